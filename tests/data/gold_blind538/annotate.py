"""Annotations of the five-hundred-and-thirty-eighth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind538/annotate.py [--show]

Writes <name>.json next to each <name>.txt; how spans are found and checked:
tests/data/gold_tools.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_tools import Gold, write_set  # noqa: E402

GOLD: Gold = {
    # Wednesday 1999-04-07 (ISO week 14), AP story as a news archive stores it: header "April 7,
    # 1999, Wednesday, AM cycle" (date and weekday one DATE span, like "January 15, 2014
    # Wednesday" in gold_blind46; "AM cycle" names the wire's morning-paper cycle, not a time),
    # "SECTION:", "LENGTH: 414 words", "HEADLINE:", "BYLINE:", "DATELINE: KORRIT PASS, Albania".
    # AM-cycle copy names every day by its weekday: the crossing was Tuesday 1999-04-06 ("7
    # a.m.", "midafternoon" TAF of that day like gold_blind39's "By midafternoon", "about 5:30
    # p.m.", "that evening" TEV, "late Tuesday"); "early Wednesday" and the bread "Wednesday"
    # are the publication day. Past: "since Saturday" 1999-04-03, "Thursday night" 1999-04-01TNI
    # (the family's expulsion, four days' walk before Tuesday), "a day earlier, on Monday"
    # 1999-04-05 twice (the apposed weekday fixes the anchor, gold_blind32), the field hospital
    # "on Monday" 1999-04-05; "Easter Sunday" 1999-04-04 (Western Easter, the Catholic families'
    # feast). Future: the convoy "on Thursday" 1999-04-08, snow "for Friday" 1999-04-09, "the
    # weekend" 1999-W14-WE (10-11 April). "overnight" (NATO's sorties, told early Wednesday) is
    # the night begun Tuesday evening, 1999-04-06TNI (gold_blind34). "March 24, two weeks ago":
    # "two weeks ago" DATE 1999-W12 (week granularity, gold_blind5, gold_blind15; 24 March is in
    # week 12). "a little more than 10 hours" PT10H (7 a.m. to about 5:30 p.m.); the headline's
    # "10 hours" the same. Relief flights "every 40 minutes between 6 a.m. and 10 p.m." are a SET
    # PT40M with the hours of the service XXXX-XX-XXThh:mm (gold_blind32, gold_blind103).
    # "for weeks" -> "weeks" PXW. Not annotated: "AM cycle", "414 words", "9,000", "2,000",
    # "300,000", "40,000", "400 sorties", "14,000 loaves", "40 trucks", "three miles", "Tent 12",
    # "60 beds", ages "46", "63", "19", "around the clock", "twice as many".
    "kosovo-korrit-pass-refugees": (
        "1999-04-07",
        [
            ("April 7, 1999, Wednesday", "DATE", "1999-04-07"),
            ("10 hours", "DURATION", "PT10H"),
            ("Tuesday", "DATE", "1999-04-06"),
            ("7 a.m.", "TIME", "1999-04-06T07:00"),
            ("early Wednesday", "DATE", "1999-04-07"),
            ("Saturday", "DATE", "1999-04-03"),
            ("midafternoon", "TIME", "1999-04-06TAF"),
            ("about 5:30 p.m.", "TIME", "1999-04-06T17:30"),
            ("a little more than 10 hours", "DURATION", "PT10H"),
            ("that evening", "TIME", "1999-04-06TEV"),
            ("four days", "DURATION", "P4D"),
            ("Thursday night", "TIME", "1999-04-01TNI"),
            ("a day earlier", "DATE", "1999-04-05"),
            ("Monday", "DATE", "1999-04-05"),
            ("Easter Sunday", "DATE", "1999-04-04"),
            ("two days", "DURATION", "P2D"),
            ("March 24", "DATE", "1999-03-24"),
            ("two weeks ago", "DATE", "1999-W12"),
            ("the past 24 hours", "DURATION", "PT24H"),
            ("every hour", "SET", "PT1H"),
            ("late Tuesday", "DATE", "1999-04-06"),
            ("overnight", "TIME", "1999-04-06TNI"),
            ("Tuesday", "DATE", "1999-04-06"),
            ("weeks", "DURATION", "PXW"),
            ("Tuesday", "DATE", "1999-04-06"),
            ("Wednesday", "DATE", "1999-04-07"),
            ("about a week", "DURATION", "P1W"),
            ("Thursday", "DATE", "1999-04-08"),
            ("the weekend", "DATE", "1999-W14-WE"),
            ("now", "DATE", "PRESENT_REF"),
            ("every 40 minutes", "SET", "PT40M"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("Monday", "DATE", "1999-04-05"),
            ("1976", "DATE", "1976"),
            ("last month", "DATE", "1999-03"),
            ("Friday", "DATE", "1999-04-09"),
            ("48 hours", "DURATION", "PT48H"),
            ("Now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Tuesday 1998-12-29 (ISO week 53 of 1998), AP wire copy as it moved: slug line
    # "BC-Indonesia-Ferry, 2nd Ld-Writethru,0414" (the word count "0414" is not a time), editor's
    # note with photo numbers "UJP101-104", headline, byline, "UJUNG PANDANG, Indonesia (AP) _"
    # dateline without date, and the trailer stamp "AP-NY-12-29-98 0712EST": "12-29-98" DATE
    # 1998-12-29 (month first, two-digit year, like gold_blind41's "9/25/14") and "0712EST" TIME
    # 1998-12-29T07:12 (the zone glued to the clock time stays in the span, not in the value).
    # "today" is the day of the wire. The sinking: "Sunday's" -> "Sunday" 1998-12-27, "at about
    # 11:40 p.m. Sunday (1540 GMT)" three TIMEX3 (local time is GMT+8, so 1540 GMT is the same
    # Sunday), "three hours after leaving" PT3H (anchored duration, gold_blind32). Past: "early
    # Monday", "late Monday", "on Monday", "Monday" of the questioning 1998-12-28, "that evening"
    # 1998-12-28TEV, "since Dec. 20", "on Saturday" and the tickets "Saturday" 1998-12-26,
    # "Christmas" 1998-12-25. Future: "through the night" -> "the night" 1998-12-29TNI (tonight,
    # gold_blind34), "6 a.m. Wednesday" 1998-12-30, "Thursday, New Year's Eve" two DATEs
    # 1998-12-31 (gold_blind88's "Thursday, New Year's Day"), "until Friday" 1999-01-01, fares
    # "in January" 1999-01, "the end of the year" 1998. "this decade" DATE 199 (see README);
    # "Feb. 11, 1996 ... two days later" 1996-02-13 (gold_blind103); "the 1998 fare" an adjectival
    # year; "mid-1997" 1997 (gold_blind59); "in March" the last March, 1998-03. The crisis centre
    # "from 7 a.m. to 9 p.m. daily" XXXX-XX-XXThh:mm with SET P1D (gold_blind34). Not annotated:
    # "0414", "2nd Ld", "UJP101-104", "KM Bahari Jaya", "250", "410", "262", "38", "87", "4
    # meters", "17,000 islands", "1,100", "140", "60 miles", "18,500 rupiah ($2.40)", "15
    # percent", "(0411) 852-199", the age "34", "AP-NY".
    "indonesia-bahari-jaya-ferry-toll": (
        "1998-12-29",
        [
            ("today", "DATE", "1998-12-29"),
            ("Sunday", "DATE", "1998-12-27"),
            ("Christmas", "DATE", "1998-12-25"),
            ("about 11:40 p.m.", "TIME", "1998-12-27T23:40"),
            ("Sunday", "DATE", "1998-12-27"),
            ("1540 GMT", "TIME", "1998-12-27T15:40"),
            ("three hours", "DURATION", "PT3H"),
            ("early Monday", "DATE", "1998-12-28"),
            ("late Monday", "DATE", "1998-12-28"),
            ("Monday", "DATE", "1998-12-28"),
            ("that evening", "TIME", "1998-12-28TEV"),
            ("six hours", "DURATION", "PT6H"),
            ("the night", "TIME", "1998-12-29TNI"),
            ("6 a.m.", "TIME", "1998-12-30T06:00"),
            ("Wednesday", "DATE", "1998-12-30"),
            ("at least a week", "DURATION", "P1W"),
            ("Dec. 20", "DATE", "1998-12-20"),
            ("Saturday", "DATE", "1998-12-26"),
            ("the end of the year", "DATE", "1998"),
            ("nine hours", "DURATION", "PT9H"),
            ("Monday", "DATE", "1998-12-28"),
            ("Thursday", "DATE", "1998-12-31"),
            ("New Year's Eve", "DATE", "1998-12-31"),
            ("the past five years", "DURATION", "P5Y"),
            ("this decade", "DATE", "199"),
            ("Feb. 11, 1996", "DATE", "1996-02-11"),
            ("two days later", "DATE", "1996-02-13"),
            ("twice a week", "SET", "P1W"),
            ("Saturday", "DATE", "1998-12-26"),
            ("1998", "DATE", "1998"),
            ("January", "DATE", "1999-01"),
            ("mid-1997", "DATE", "1997"),
            ("1979", "DATE", "1979"),
            ("March", "DATE", "1998-03"),
            ("every six months", "SET", "P6M"),
            ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("daily", "SET", "P1D"),
            ("every three hours", "SET", "PT3H"),
            ("Friday", "DATE", "1999-01-01"),
            ("12-29-98", "DATE", "1998-12-29"),
            ("0712EST", "TIME", "1998-12-29T07:12"),
        ],
    ),
    # Sunday 1998-09-13 (ISO week 37), a US Sunday paper's World page running an AP story: folio
    # "THE CLAYBORNE SENTINEL-HERALD | Sunday, September 13, 1998 | A14" (one DATE span with its
    # weekday; "A14" a page number), section label, headline ("Tuesday"), deck ("before Jewish
    # New Year"), byline, "JERUSALEM -" dateline. "today" would be Sunday; "this morning" is
    # its morning. Future: the talks "Tuesday" (headline and lead) 1998-09-15, "by Thursday"
    # 1998-09-17, the envoy "Monday" 1998-09-14, "next Sunday" in a Sunday paper the Sunday of
    # the next week, 1998-09-20 (gold_blind79's "next Saturday" on a Saturday), "at sundown"
    # 1998-09-20TEV (gold_blind79). Past: "said Saturday" 1998-09-12, "Saturday evening"
    # 1998-09-12TEV, "since Wednesday" and "late Wednesday" 1998-09-09, "at 6 a.m. Friday"
    # 1998-09-11, "on Friday" 1998-09-11. Holidays: Rosh Hashana 5759 runs 21-22 September 1998
    # (from sundown on the 20th); a festival of two days is valued by the smallest calendar unit
    # that holds it, 1998-09 (gold_blind79), for "Rosh Hashana", its apposition "the Jewish New
    # Year" and the deck's and lead's "Jewish New Year"; "Yom Kippur" a one-day holiday on the
    # day the text gives, "Sept. 30" 1998-09-30. "for the first time in six weeks" P6W (the
    # last round, Aug. 4, was six weeks before Tuesday); "May 4 next year" two TIMEX3, 1999-05-04
    # and 1999; "the five-year interim period" -> "five-year" P5Y; "the 1995 interim agreement"
    # and "the 1967 Mideast war" adjectival years; "its weekly meeting" SET P1W (gold_blind78);
    # "every Sunday" XXXX-WXX-7; "within days, not weeks" -> "days" PXD and "weeks" PXW; "every
    # week since mid-July" a SET and a DATE 1998-07; "the 1980s" 198. Not annotated: "A14",
    # "11 percent", "three stages", "Highway 60", "3,000", "150", "750", "160,000", "four
    # settlers", the age "31-year-old", "by then", "the holidays", "as long as it takes".
    "mideast-erez-pullback-talks-resume": (
        "1998-09-13",
        [
            ("Sunday, September 13, 1998", "DATE", "1998-09-13"),
            ("Tuesday", "DATE", "1998-09-15"),
            ("Jewish New Year", "DATE", "1998-09"),
            ("Tuesday", "DATE", "1998-09-15"),
            ("six weeks", "DURATION", "P6W"),
            ("the Jewish New Year", "DATE", "1998-09"),
            ("Saturday", "DATE", "1998-09-12"),
            ("three days", "DURATION", "P3D"),
            ("Aug. 4", "DATE", "1998-08-04"),
            ("11 hours", "DURATION", "PT11H"),
            ("Dec. 31", "DATE", "1998-12-31"),
            ("1995", "DATE", "1995"),
            ("May 4", "DATE", "1999-05-04"),
            ("next year", "DATE", "1999"),
            ("five-year", "DURATION", "P5Y"),
            ("Saturday evening", "TIME", "1998-09-12TEV"),
            ("May 4", "DATE", "1999-05-04"),
            ("weekly", "SET", "P1W"),
            ("this morning", "TIME", "1998-09-13TMO"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("daily", "SET", "P1D"),
            ("Wednesday", "DATE", "1998-09-09"),
            ("late Wednesday", "DATE", "1998-09-09"),
            ("6 a.m.", "TIME", "1998-09-11T06:00"),
            ("Friday", "DATE", "1998-09-11"),
            ("days", "DURATION", "PXD"),
            ("weeks", "DURATION", "PXW"),
            ("the past 18 months", "DURATION", "P18M"),
            ("Rosh Hashana", "DATE", "1998-09"),
            ("the Jewish New Year", "DATE", "1998-09"),
            ("sundown", "TIME", "1998-09-20TEV"),
            ("next Sunday", "DATE", "1998-09-20"),
            ("two days", "DURATION", "P2D"),
            ("Yom Kippur", "DATE", "1998-09-30"),
            ("Sept. 30", "DATE", "1998-09-30"),
            ("Thursday", "DATE", "1998-09-17"),
            ("the 1980s", "DATE", "198"),
            ("July", "DATE", "1998-07"),
            ("the end of the year", "DATE", "1998"),
            ("every week", "SET", "P1W"),
            ("mid-July", "DATE", "1998-07"),
            ("Friday", "DATE", "1998-09-11"),
            ("Monday", "DATE", "1998-09-14"),
            ("1967", "DATE", "1967"),
            ("now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Thursday 2000-06-22 (ISO week 25), AP's web service: section label "AP Online | World",
    # headline, byline, stamp "Thursday, June 22, 2000; 10:52 a.m. EDT" (date with weekday one
    # DATE span, clock time a TIME with the zone in the span), "KASOLO, Zembara (AP) --"
    # dateline; Zembara is an invented country on GMT+2, so the news conference "at noon (1000
    # GMT)" is two TIMEs of today. Past: "Tuesday's presidential election" -> "Tuesday"
    # 2000-06-20 with "6 p.m. Tuesday" 2000-06-20T18:00 and "that night" 2000-06-20TNI;
    # "Wednesday morning" 2000-06-21TMO, "late Wednesday" 2000-06-21, "Wednesday night"
    # 2000-06-21TNI, clashes "on Monday" 2000-06-19, "overnight" (told on Thursday) the night
    # begun Wednesday evening, 2000-06-21TNI. Future: results "by Saturday" 2000-06-24, a runoff
    # "July 13", "next week" 2000-W26, the swearing-in "on Independence Day, Oct. 9" two DATEs
    # 2000-10-09 (the invented country's holiday, dated by the apposition). "two hours late"
    # PT2H (the size of a delay, gold_blind35); "the fiscal year that begins July 1" -> "the
    # fiscal year" FY2001 (named by the year it ends, gold_blind13, gold_blind22) and "July 1"
    # 2000-07-01; "the first 100 days" of a term DURATION P100D (gold_blind14). The curfew "from
    # 10 p.m. to 5 a.m. every night" XXXX-XX-XXThh:mm with SET XXXX-XX-XXTNI (gold_blind34);
    # "every hour since Wednesday morning" a SET and a TIME. "a 1987 coup", "the 1996
    # parliamentary elections" adjectival years; "in March" 2000-03. Not annotated: "Freedom 2000
    # Movement" (a party's name in a 2000 story), "Article 71", "38", "150", "112", "54
    # percent", "39 percent", "50 percent", "71 percent", "14 polling stations", "40 observers",
    # "$120 million", ages "67", "until the results are announced", "during the campaign".
    "zembara-election-count-stalls": (
        "2000-06-22",
        [
            ("Thursday, June 22, 2000", "DATE", "2000-06-22"),
            ("10:52 a.m. EDT", "TIME", "2000-06-22T10:52"),
            ("today", "DATE", "2000-06-22"),
            ("Tuesday", "DATE", "2000-06-20"),
            ("1987", "DATE", "1987"),
            ("July 13", "DATE", "2000-07-13"),
            ("noon", "TIME", "2000-06-22T12:00"),
            ("1000 GMT", "TIME", "2000-06-22T10:00"),
            ("at least two days", "DURATION", "P2D"),
            ("Saturday", "DATE", "2000-06-24"),
            ("seven days", "DURATION", "P7D"),
            ("6 p.m.", "TIME", "2000-06-20T18:00"),
            ("Tuesday", "DATE", "2000-06-20"),
            ("two hours", "DURATION", "PT2H"),
            ("that night", "TIME", "2000-06-20TNI"),
            ("every hour", "SET", "PT1H"),
            ("Wednesday morning", "TIME", "2000-06-21TMO"),
            ("1964", "DATE", "1964"),
            ("late Wednesday", "DATE", "2000-06-21"),
            ("four years", "DURATION", "P4Y"),
            ("1996", "DATE", "1996"),
            ("nearly three weeks", "DURATION", "P3W"),
            ("June 12", "DATE", "2000-06-12"),
            ("Wednesday night", "TIME", "2000-06-21TNI"),
            ("next week", "DATE", "2000-W26"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("5 a.m.", "TIME", "XXXX-XX-XXT05:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("Monday", "DATE", "2000-06-19"),
            ("overnight", "TIME", "2000-06-21TNI"),
            ("March", "DATE", "2000-03"),
            ("the fiscal year", "DATE", "FY2001"),
            ("July 1", "DATE", "2000-07-01"),
            ("13 years", "DURATION", "P13Y"),
            ("the first 100 days", "DURATION", "P100D"),
            ("Independence Day", "DATE", "2000-10-09"),
            ("Oct. 9", "DATE", "2000-10-09"),
        ],
    ),
    # Friday 1999-11-05 (ISO week 44), a Manila paper's website running an AP story: masthead,
    # section and stamp "Nation | Posted 11/05/1999 6:25 PM" ("11/05/1999" DATE month first, as
    # gold_blind22's Philippine stamp; "6:25 PM" TIME), headline, deck ("tonight"), credit, "SAN
    # MATIAS, Philippines (AP) -" dateline, and a box "TRACKING SABEL (all times Manila, GMT+8)"
    # whose lines "Wednesday, Nov. 3, 8 p.m." give a DATE with its weekday (one span) and a TIME,
    # and "Thursday, 5 p.m." a weekday DATE and a TIME. Landfall "early Friday" (the publication
    # day) "at about 2 a.m. (1800 GMT Thursday)": 1999-11-05T02:00, 1999-11-04T18:00 and
    # 1999-11-04 (GMT+8). The toll "from 11 at 9 a.m. to 38 by 4 p.m." today; "tonight" (deck and
    # body) 1999-11-05TNI, "this evening" 1999-11-05TEV, "by midnight" the midnight that ends
    # today, 1999-11-05T24:00 (gold_blind103). "All Saints' Day on Monday" two DATEs 1999-11-01
    # (past); schools "closed today and will stay closed Monday" 1999-11-08 (future); "Thursday
    # afternoon" 1999-11-04TAF; "the weekend" 1999-W44-WE (6-7 November). "since October" and
    # "In late October" 1999-10; "the third typhoon ... in five weeks" P5W (gold_blind34);
    # "the strongest since 1990" 1990; "two hours' warning" -> "two hours" PT2H; "a state of
    # calamity ... for 30 days" P30D; "every six hours" SET PT6H. Not annotated: "Storm Signal
    # No. 3", "Signal No. 1", "Signal No. 3", "GMT+8", "150 kph (93 mph)", "120,000", "46
    # flights", "50 million pesos ($1.3 million)", "11 provinces", "four provinces", "six
    # provinces", the age "52", the toll figures "11" and "38".
    "philippines-typhoon-sabel-luzon": (
        "1999-11-05",
        [
            ("11/05/1999", "DATE", "1999-11-05"),
            ("6:25 PM", "TIME", "1999-11-05T18:25"),
            ("tonight", "TIME", "1999-11-05TNI"),
            ("early Friday", "DATE", "1999-11-05"),
            ("about 2 a.m.", "TIME", "1999-11-05T02:00"),
            ("1800 GMT", "TIME", "1999-11-04T18:00"),
            ("Thursday", "DATE", "1999-11-04"),
            ("less than eight hours", "DURATION", "PT8H"),
            ("9 a.m.", "TIME", "1999-11-05T09:00"),
            ("4 p.m.", "TIME", "1999-11-05T16:00"),
            ("tonight", "TIME", "1999-11-05TNI"),
            ("All Saints' Day", "DATE", "1999-11-01"),
            ("Monday", "DATE", "1999-11-01"),
            ("Thursday afternoon", "TIME", "1999-11-04TAF"),
            ("Friday", "DATE", "1999-11-05"),
            ("20 minutes", "DURATION", "PT20M"),
            ("two hours", "DURATION", "PT2H"),
            ("October", "DATE", "1999-10"),
            ("five weeks", "DURATION", "P5W"),
            ("1990", "DATE", "1990"),
            ("late October", "DATE", "1999-10"),
            ("this evening", "TIME", "1999-11-05TEV"),
            ("every six hours", "SET", "PT6H"),
            ("midnight", "TIME", "1999-11-05T24:00"),
            ("the weekend", "DATE", "1999-W44-WE"),
            ("30 days", "DURATION", "P30D"),
            ("today", "DATE", "1999-11-05"),
            ("Monday", "DATE", "1999-11-08"),
            ("Wednesday, Nov. 3", "DATE", "1999-11-03"),
            ("8 p.m.", "TIME", "1999-11-03T20:00"),
            ("Thursday, Nov. 4", "DATE", "1999-11-04"),
            ("11 a.m.", "TIME", "1999-11-04T11:00"),
            ("Thursday", "DATE", "1999-11-04"),
            ("5 p.m.", "TIME", "1999-11-04T17:00"),
            ("Friday, Nov. 5", "DATE", "1999-11-05"),
            ("2:05 a.m.", "TIME", "1999-11-05T02:05"),
            ("Friday", "DATE", "1999-11-05"),
            ("10 a.m.", "TIME", "1999-11-05T10:00"),
            ("Friday", "DATE", "1999-11-05"),
            ("4 p.m.", "TIME", "1999-11-05T16:00"),
        ],
    ),
    # Monday 2000-04-24 (ISO week 17), Easter Monday; AP copy with its slug "AM-Colombia-Hostages"
    # and a date line "Monday, April 24, 2000" (one DATE span), headline, byline, "BOGOTA,
    # Colombia (AP) _" dateline, and an AP glance box ("A look at ...") of dated entries. "today"
    # is the wire's day. "Easter Sunday" (headline and lead) 2000-04-23, the Sunday before, also
    # the bare "Sunday" twice and the box's "April 23"; "13 months after seizing them" and the
    # headline's "after 13 months" DURATION P13M (anchored, gold_blind35). "that evening"
    # 2000-04-23TEV; "Holy Week" (Palm Sunday 16 April to Holy Saturday 22 April 2000) DATE
    # 2000-04, the smallest unit holding it (gold_blind79); "since December" 1999-12. Future:
    # talks "Thursday" 2000-04-27, "through the weekend" -> "the weekend" 2000-W17-WE (29-30
    # April), "Wednesday night" 2000-04-26TNI, "the next few days" PXD, "the coming weeks" PXW.
    # The truce "ends at midnight Monday" (today): "midnight" 2000-04-24T24:00 and "Monday"
    # 2000-04-24 (gold_blind32's "midnight Friday"). "A year ago" 1999 and "last year" 1999;
    # "twice a day" SET P1D; "for a year" P1Y; "The last two weeks" P2W (the captivity's last
    # fortnight, like "the past 18 days", gold_blind35); "a 30-day extension" and "the 36-year
    # conflict" adjectival durations. Box: "June 7, 1999 ... two days later" 1999-06-09; "Dec.
    # 24, 1999 ... on Christmas Eve" two DATEs 1999-12-24; "a week later" week granularity, the
    # ISO week of 31 December 1999, 1999-W52 (gold_blind79's "a week later"); "April 14" and
    # "April 23" of 2000. Not annotated: "AM-Colombia-Hostages", "HK-2000" (an aircraft's
    # registration in a 2000 story), "540-megawatt", "11", "23", "35", the age "41", "Three
    # hostages", "four times".
    "colombia-rio-lindo-hostages-freed": (
        "2000-04-24",
        [
            ("Monday, April 24, 2000", "DATE", "2000-04-24"),
            ("Easter Sunday", "DATE", "2000-04-23"),
            ("13 months", "DURATION", "P13M"),
            ("Easter Sunday", "DATE", "2000-04-23"),
            ("13 months", "DURATION", "P13M"),
            ("today", "DATE", "2000-04-24"),
            ("the coming weeks", "DURATION", "PXW"),
            ("about 3:30 p.m.", "TIME", "2000-04-23T15:30"),
            ("Sunday", "DATE", "2000-04-23"),
            ("that evening", "TIME", "2000-04-23TEV"),
            ("twice a day", "SET", "P1D"),
            ("a year", "DURATION", "P1Y"),
            ("The last two weeks", "DURATION", "P2W"),
            ("March 21, 1999", "DATE", "1999-03-21"),
            ("Sunday", "DATE", "2000-04-23"),
            ("December", "DATE", "1999-12"),
            ("Holy Week", "DATE", "2000-04"),
            ("today", "DATE", "2000-04-24"),
            ("Thursday", "DATE", "2000-04-27"),
            ("the weekend", "DATE", "2000-W17-WE"),
            ("A year ago", "DATE", "1999"),
            ("April 14", "DATE", "2000-04-14"),
            ("10 days", "DURATION", "P10D"),
            ("midnight", "TIME", "2000-04-24T24:00"),
            ("Monday", "DATE", "2000-04-24"),
            ("30-day", "DURATION", "P30D"),
            ("last year", "DATE", "1999"),
            ("36-year", "DURATION", "P36Y"),
            ("Wednesday night", "TIME", "2000-04-26TNI"),
            ("the next few days", "DURATION", "PXD"),
            ("a week", "DURATION", "P1W"),
            ("March 21, 1999", "DATE", "1999-03-21"),
            ("June 7, 1999", "DATE", "1999-06-07"),
            ("two days later", "DATE", "1999-06-09"),
            ("Dec. 24, 1999", "DATE", "1999-12-24"),
            ("Christmas Eve", "DATE", "1999-12-24"),
            ("a week later", "DATE", "1999-W52"),
            ("April 14", "DATE", "2000-04-14"),
            ("10 days", "DURATION", "P10D"),
            ("April 23", "DATE", "2000-04-23"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
