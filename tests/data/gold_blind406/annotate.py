"""Annotations of the four-hundred-and-sixth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind406/annotate.py [--show]

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
    # Tuesday 1998-05-19 (ISO week 21), AP wire story as a news archive stores it: header
    # "May 19, 1998, Tuesday, BC cycle" (date and weekday one DATE span, like the date lines
    # with weekday of gold_blind35 and gold_blind32, the weekday here after the date; "BC
    # cycle" a wire cycle, not annotated), SECTION, LENGTH, HEADLINE, BYLINE, DATELINE fields
    # and a "MERIDEN CROSSING, Ark. (AP) _" dateline; "today" is the day of the wire. Past:
    # "late Sunday" 1998-05-17 and "Monday" 1998-05-18; the 30-hour span "began about 4 p.m.
    # Sunday" 1998-05-17T16:00 (the approximator kept, gold_blind103), the town hit "shortly
    # after 9:40 p.m. Sunday" ("shortly after" a signal, gold_blind32); "Monday afternoon",
    # "late Monday", "early Monday" (DATE, gold_blind28), "that afternoon" after "early Monday"
    # 1998-05-18TAF; "overnight" (crews, told on Tuesday) the night begun on Monday evening,
    # 1998-05-18TNI (gold_blind34, gold_blind103); "since Monday" 1998-05-18 and "Monday night"
    # 1998-05-18TNI. Future: "by Thursday" (headline and lead) 1998-05-21, "Wednesday"
    # 1998-05-20 and "Wednesday night" 1998-05-20TNI, "Thursday afternoon" 1998-05-21TAF, "the
    # weekend" 1998-W21-WE (23-24 May), "through Friday" 1998-05-22. "6 a.m. today"
    # 1998-05-19T06:00 and the DATE. "about 12 minutes before it hit" and "for about 20 minutes"
    # are durations (anchored, gold_blind35); "every spring for 40 years" a SET XXXX-SP and a
    # DURATION P40Y (like "every Sunday for 40 years" in gold_blind47); "built in 1957";
    # "May 1968"; "the state's second this year" -> "this year" 1998; "In March" 1998-03 (past);
    # "at least two weeks" P2W; "months" PXM; "last week" in a Tuesday story 1998-W20;
    # "three times a day" SET P1D (gold_blind34's "twice a day"). Not annotated: "BC cycle",
    # "LENGTH: 408 words", "23 tornadoes", "30 homes", "2,400", "F4", "200 mph", "64" (an
    # age), "Route 67", "9,000 customers", "140 people", "1-800-555-1998" (a phone number
    # holding the year of the story), "the first one", "second" (an ordinal count).
    "meriden-crossing-tornado-outbreak": (
        "1998-05-19",
        [
            ("May 19, 1998, Tuesday", "DATE", "1998-05-19"),
            ("Thursday", "DATE", "1998-05-21"),
            ("late Sunday", "DATE", "1998-05-17"),
            ("Monday", "DATE", "1998-05-18"),
            ("today", "DATE", "1998-05-19"),
            ("Thursday", "DATE", "1998-05-21"),
            ("30-hour", "DURATION", "PT30H"),
            ("about 4 p.m.", "TIME", "1998-05-17T16:00"),
            ("Sunday", "DATE", "1998-05-17"),
            ("9:40 p.m.", "TIME", "1998-05-17T21:40"),
            ("Sunday", "DATE", "1998-05-17"),
            ("about 12 minutes", "DURATION", "PT12M"),
            ("about 20 minutes", "DURATION", "PT20M"),
            ("every spring", "SET", "XXXX-SP"),
            ("40 years", "DURATION", "P40Y"),
            ("1957", "DATE", "1957"),
            ("Monday afternoon", "TIME", "1998-05-18TAF"),
            ("late Monday", "DATE", "1998-05-18"),
            ("early Monday", "DATE", "1998-05-18"),
            ("that afternoon", "TIME", "1998-05-18TAF"),
            ("overnight", "TIME", "1998-05-18TNI"),
            ("6 a.m.", "TIME", "1998-05-19T06:00"),
            ("today", "DATE", "1998-05-19"),
            ("at least two weeks", "DURATION", "P2W"),
            ("May 1968", "DATE", "1968-05"),
            ("this year", "DATE", "1998"),
            ("March", "DATE", "1998-03"),
            ("Wednesday", "DATE", "1998-05-20"),
            ("months", "DURATION", "PXM"),
            ("Wednesday night", "TIME", "1998-05-20TNI"),
            ("Thursday afternoon", "TIME", "1998-05-21TAF"),
            ("the weekend", "DATE", "1998-W21-WE"),
            ("last week", "DATE", "1998-W20"),
            ("Friday", "DATE", "1998-05-22"),
            ("three times a day", "SET", "P1D"),
            ("Monday", "DATE", "1998-05-18"),
            ("Monday night", "TIME", "1998-05-18TNI"),
        ],
    ),
    # Wednesday 1999-02-10 (ISO week 6), New York Times-style national story, headline, byline,
    # "KANSAS CITY, Mo., Feb. 10 —" dateline (month and day, the publication day, gold_blind32);
    # "today" and "this afternoon" are that day, "4:30 p.m." its clock time. Past: "on Monday
    # and Tuesday" 1999-02-08 and 1999-02-09, "On cross-examination Tuesday" and "late Tuesday"
    # 1999-02-09, "that evening" after "late Tuesday" 1999-02-09TEV (gold_blind8, gold_blind26);
    # "the previous week" 1999-W05, the week before that of the renewed motion, which is also the
    # week of publication, so both anchors give one value (gold_blind47). Future: "9 a.m.
    # Thursday" 1999-02-11T09:00 and the DATE, "late next week" 1999-W07 (the modifier kept and
    # not recorded, like "early next week" in gold_blind32), "until early March" 1999-03 (a
    # plan made before, still about this year). The cooperative's fiscal year ends Aug. 31 and
    # is named by the year it ends (like the federal one, gold_blind35): "the end of the
    # fiscal year on Aug. 31" in August 1996 -> "the end of the fiscal year" one span FY1996
    # (the year's value, gold_blind9, gold_blind41) and "Aug. 31" 1996-08-31; "fiscal 1994"
    # FY1994. "weeks before the end" PXW (an anchored vague duration); "every morning for a week"
    # SET XXXX-XX-XXTMO and DURATION P1W (gold_blind16's "every morning"); "June 12" in June
    # 1997 1997-06-12 and "the next day" 1997-06-13 (gold_blind32); "last spring" 1998-SP;
    # "up to 30 years" P30Y; "between 1992 and 1996" and "from 1990 to 1996" two DATEs each;
    # "every year" SET P1Y; "for three years" P3Y; "about four days" P4D; "before 2001" 2001.
    # Not annotated: "23 counts", "4,300 members", "$4.2 million", "58" and "44" (ages), "Rule
    # 29" (a rule of procedure), "about 12 witnesses", "$11 million", "$960", "No.
    # 97-0412-CR-W-3" (a case number holding "97"), "United States v. Dorsey".
    "heartland-coop-fraud-trial": (
        "1999-02-10",
        [
            ("Feb. 10", "DATE", "1999-02-10"),
            ("today", "DATE", "1999-02-10"),
            ("17 days", "DURATION", "P17D"),
            ("14 years", "DURATION", "P14Y"),
            ("1992", "DATE", "1992"),
            ("1996", "DATE", "1996"),
            ("up to 30 years", "DURATION", "P30Y"),
            ("Jan. 11", "DATE", "1999-01-11"),
            ("early March", "DATE", "1999-03"),
            ("this afternoon", "TIME", "1999-02-10TAF"),
            ("9 a.m.", "TIME", "1999-02-11T09:00"),
            ("Thursday", "DATE", "1999-02-11"),
            ("late next week", "DATE", "1999-W07"),
            ("Monday", "DATE", "1999-02-08"),
            ("Tuesday", "DATE", "1999-02-09"),
            ("August 1996", "DATE", "1996-08"),
            ("weeks", "DURATION", "PXW"),
            ("the end of the fiscal year", "DATE", "FY1996"),
            ("Aug. 31", "DATE", "1996-08-31"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("a week", "DURATION", "P1W"),
            ("fiscal 1994", "DATE", "FY1994"),
            ("Tuesday", "DATE", "1999-02-09"),
            ("March 1997", "DATE", "1997-03"),
            ("three years", "DURATION", "P3Y"),
            ("June 1997", "DATE", "1997-06"),
            ("June 12", "DATE", "1997-06-12"),
            ("the next day", "DATE", "1997-06-13"),
            ("the previous week", "DATE", "1999-W05"),
            ("late Tuesday", "DATE", "1999-02-09"),
            ("that evening", "TIME", "1999-02-09TEV"),
            ("about four days", "DURATION", "P4D"),
            ("every year", "SET", "P1Y"),
            ("1990", "DATE", "1990"),
            ("1996", "DATE", "1996"),
            ("4:30 p.m.", "TIME", "1999-02-10T16:30"),
            ("1921", "DATE", "1921"),
            ("November 1997", "DATE", "1997-11"),
            ("last spring", "DATE", "1998-SP"),
            ("2001", "DATE", "2001"),
        ],
    ),
    # Friday 2000-03-10 (ISO week 10), Washington Post-style congressional story, headline, deck
    # ("negotiators ... to meet next week"), byline, "Washington Post Staff Writer", date line
    # "Friday, March 10, 2000; Page A04" (one DATE span with its weekday; "Page A04" not
    # annotated), no dateline. "yesterday" is Thursday 2000-03-09 and "last night" its night,
    # 2000-03-09TNI (gold_blind35), the vote "at 7:15 p.m." that evening. Past weekdays: "a 61
    # to 38 vote on Wednesday" 2000-03-08, "held it up until Tuesday" 2000-03-07; "the previous
    # week" 2000-W09 (the week before that of the vote, which is the week of publication). The
    # future "Tuesday" (conferees meet) 2000-03-14; "next week" (deck and lead) 2000-W11. The
    # federal fiscal year runs October-September: "the current fiscal year, which ends Sept. 30"
    # FY2000 and 2000-09-30, "fiscal 2001" FY2001 (gold_blind35, gold_blind47). "last year's
    # drought" -> "last year" 1999 (possessive left out); "last September" and "in September"
    # 1999-09; "since August" 1999-08 and "in February" 2000-02 (nearest in the past); "March 1"
    # 2000-03-01; "April 14" and "a two-week recess" P2W; "the end of the month" 2000-03; "1999
    # harvests" an adjectival year; "by early June" 2000-06; "this spring" in March the spring
    # ahead, 2000-SP; "within 60 days" P60D; "for nine days" P9D; "every year since 1998" SET
    # P1Y and DATE 1998; "The 1996 farm law" 1996; "over seven years" P7Y; "Now" PRESENT_REF;
    # "in recent weeks" -> "recent weeks" PAST_REF. Not annotated: "58 to 41", "61 to 38", "240
    # to 183" (vote counts), "$7.9 billion" and other amounts, "35 percent", "planting season"
    # (no calendar value), "for the first time", "Interstate 95", "14 of 28 members", "S. 2251"
    # (a bill number), "Hurricane Lorna", "(R-Kan.)", "(R-Okla.)".
    "senate-emergency-farm-flood-aid": (
        "2000-03-10",
        [
            ("next week", "DATE", "2000-W11"),
            ("Friday, March 10, 2000", "DATE", "2000-03-10"),
            ("last night", "TIME", "2000-03-09TNI"),
            ("last year", "DATE", "1999"),
            ("last September", "DATE", "1999-09"),
            ("next week", "DATE", "2000-W11"),
            ("7:15 p.m.", "TIME", "2000-03-09T19:15"),
            ("two days", "DURATION", "P2D"),
            ("Wednesday", "DATE", "2000-03-08"),
            ("the previous week", "DATE", "2000-W09"),
            ("Tuesday", "DATE", "2000-03-07"),
            ("the current fiscal year", "DATE", "FY2000"),
            ("Sept. 30", "DATE", "2000-09-30"),
            ("fiscal 2001", "DATE", "FY2001"),
            ("August", "DATE", "1999-08"),
            ("February", "DATE", "2000-02"),
            ("yesterday", "DATE", "2000-03-09"),
            ("March 1", "DATE", "2000-03-01"),
            ("April 14", "DATE", "2000-04-14"),
            ("two-week", "DURATION", "P2W"),
            ("Tuesday", "DATE", "2000-03-14"),
            ("the end of the month", "DATE", "2000-03"),
            ("1999", "DATE", "1999"),
            ("60 days", "DURATION", "P60D"),
            ("early June", "DATE", "2000-06"),
            ("this spring", "DATE", "2000-SP"),
            ("nine days", "DURATION", "P9D"),
            ("September", "DATE", "1999-09"),
            ("every year", "SET", "P1Y"),
            ("1998", "DATE", "1998"),
            ("1996", "DATE", "1996"),
            ("seven years", "DURATION", "P7Y"),
            ("Now", "DATE", "PRESENT_REF"),
            ("recent weeks", "DATE", "PAST_REF"),
        ],
    ),
    # Monday 1999-12-06 (ISO week 49), Reuters-style space wire, "UPDATE 2-" headline, byline,
    # "CAPE CANAVERAL, Fla., Dec 6 (Reuters) -" dateline, credit line. Liftoff "early Monday",
    # the publication day (DATE, gold_blind44, gold_blind103's "early Friday"), "at 6:47 a.m.
    # EST (1147 GMT)" two TIMEs 1999-12-06T06:47 and T11:47 (gold_blind28, gold_blind32);
    # "three minutes into a 39-minute launch window" -> "three minutes" PT3M (like "About four
    # days into the flight", gold_blind34) and "39-minute" PT39M; orbit "about nine minutes
    # later" counted from the clock time, TIME 1999-12-06T06:56 (gold_blind47). Past: the
    # scrubs "on Thursday" 1999-12-02 and "again on Saturday" 1999-12-04, "less than an hour
    # before the scheduled liftoff" PT1H; "a week of delays" P1W. Future: "on Wednesday"
    # 1999-12-08, spacewalks "on Thursday, Friday and Sunday" 1999-12-09, 1999-12-10,
    # 1999-12-12, the first "at about 3 p.m. EST Thursday" 1999-12-09T15:00 and the DATE;
    # "Tonight" 1999-12-06TNI; landing "12:22 a.m. EST on Dec 17" 1999-12-17T00:22 and
    # 1999-12-17; "Dec 19" 1999-12-19. "about two weeks before the year 2000 begins" ->
    # "about two weeks" P2W and "the year 2000" one DATE span 2000 (gold_blind35). "the New
    # Year's weekend" is the weekend of New Year's Day, Saturday 1 January 2000, valued as the
    # ISO week of its Saturday: 2000-01-01 lies in ISO week 52 of 1999, so 1999-W52-WE (like
    # "the long Thanksgiving weekend" in gold_blind56 and "Family Day weekend" in
    # gold_blind103). "the last before 2000" 2000; "the third shuttle mission this year" ->
    # "this year" 1999; "the first half of next year" one span 2000-H1; "since October"
    # 1999-10; "nearly two months" P2M; "launched in 1994"; "March 1997"; "every 95 minutes" SET
    # PT95M; "every day" SET P1D; "for 18 months" P18M; "about six hours" PT6H. Not annotated:
    # "UPDATE 2", "Pad 39B", "17,500 mph (28,000 kph)", "12-ton", "370 miles (595 km)", "four
    # gyroscopes", "two of its six", "46" (an age), "his fourth flight", "NASA's fourth", "50
    # times", "$75 million", "$450 million", "the date change", "seven astronauts".
    "shuttle-aurora-observatory-repair-launch": (
        "1999-12-06",
        [
            ("11-day", "DURATION", "P11D"),
            ("Dec 6", "DATE", "1999-12-06"),
            ("early Monday", "DATE", "1999-12-06"),
            ("11-day", "DURATION", "P11D"),
            ("a week", "DURATION", "P1W"),
            ("6:47 a.m. EST", "TIME", "1999-12-06T06:47"),
            ("1147 GMT", "TIME", "1999-12-06T11:47"),
            ("three minutes", "DURATION", "PT3M"),
            ("39-minute", "DURATION", "PT39M"),
            ("about nine minutes later", "TIME", "1999-12-06T06:56"),
            ("Thursday", "DATE", "1999-12-02"),
            ("Saturday", "DATE", "1999-12-04"),
            ("less than an hour", "DURATION", "PT1H"),
            ("Wednesday", "DATE", "1999-12-08"),
            ("Thursday", "DATE", "1999-12-09"),
            ("Friday", "DATE", "1999-12-10"),
            ("Sunday", "DATE", "1999-12-12"),
            ("about six hours", "DURATION", "PT6H"),
            ("about 3 p.m. EST", "TIME", "1999-12-09T15:00"),
            ("Thursday", "DATE", "1999-12-09"),
            ("1994", "DATE", "1994"),
            ("every 95 minutes", "SET", "PT95M"),
            ("March 1997", "DATE", "1997-03"),
            ("October", "DATE", "1999-10"),
            ("nearly two months", "DURATION", "P2M"),
            ("every day", "SET", "P1D"),
            ("Tonight", "TIME", "1999-12-06TNI"),
            ("12:22 a.m. EST", "TIME", "1999-12-17T00:22"),
            ("Dec 17", "DATE", "1999-12-17"),
            ("about two weeks", "DURATION", "P2W"),
            ("the year 2000", "DATE", "2000"),
            ("the New Year's weekend", "DATE", "1999-W52-WE"),
            ("Dec 19", "DATE", "1999-12-19"),
            ("this year", "DATE", "1999"),
            ("2000", "DATE", "2000"),
            ("the first half of next year", "DATE", "2000-H1"),
            ("18 months", "DURATION", "P18M"),
        ],
    ),
    # Saturday 1998-09-05 (ISO week 36), US metro paper's business page, section label
    # "BUSINESS", headline ("as holiday weekend begins"), deck ("310 daily flights ... before
    # Tuesday"), byline, date line "Saturday, September 5, 1998", "OMAHA —" dateline; the paper
    # says "yesterday" (Friday 1998-09-04), "today" and "tomorrow" (Sunday 1998-09-06). Labor
    # Day 1998 is Monday 1998-09-07 (the first Monday of September); "the Labor Day weekend"
    # and the headline's "holiday weekend" are the ISO week of its Saturday, 1998-W36-WE (like
    # "the long Thanksgiving weekend", gold_blind56). The pilots walked out "at 12:01 a.m."
    # yesterday, 1998-09-04T00:01 (gold_blind55, gold_blind75), after the cooling-off period
    # "ran out at midnight Thursday": the midnight that ends Thursday, 1998-09-03T24:00, with
    # "Thursday" its own DATE (gold_blind32); "late Thursday night" one TIME span 1998-09-03TNI
    # (gold_blind47); "the previous week" 1998-W35 (the week before that of the collapse, which
    # is also the week of publication). "daily" (headline) SET P1D, an adjective naming a
    # recurrence (gold_blind13's "daily ... weekly flights"). "Tuesday" (deck and last
    # paragraph) the coming Tuesday 1998-09-08. "the third quarter, which ends Sept. 30"
    # 1998-Q3 and 1998-09-30 (gold_blind35); "last year" 1997 and "a year earlier" after it
    # 1996; "in June" 1998-06; "2 p.m. tomorrow" 1998-09-06T14:00 and the DATE; "noon today"
    # 1998-09-05T12:00 and the DATE; the picket hours "from 6 a.m. to 6 p.m. every day"
    # XXXX-XX-XXT06:00, XXXX-XX-XXT18:00 and the SET P1D (gold_blind28, gold_blind34); "the
    # first week of a strike" DURATION P1W (an ordinal period of an event, gold_blind35);
    # "26-day", "30-day" DURATIONs; "since May 1996"; "More than two years" P2Y; "over four
    # years", "over five years"; "12 years at the airline" P12Y (time served, not an age,
    # gold_blind34's "for 40 years"); "now" PRESENT_REF; "through Sept. 15"; "for 60 days";
    # "before Labor Day" 1998-09-07; "more than two weeks" P2W. Not annotated: "1,850 pilots",
    # "18 percent", "9 percent", "$5,000", "$141,000", "$40 million", "$62 million", "14
    # percent", "one-time", "51" and "34" (ages), "1-800-555-1985" (a phone number, after the
    # annotated "1985"), "52 percent", "94 jets", "Boeing 737-300s", "MD-80s", "the Railway
    # Labor Act", "Abbott Drive", "Council Bluffs", "tens of thousands".
    "transprairie-pilots-strike": (
        "1998-09-05",
        [
            ("holiday weekend", "DATE", "1998-W36-WE"),
            ("daily", "SET", "P1D"),
            ("Tuesday", "DATE", "1998-09-08"),
            ("Saturday, September 5, 1998", "DATE", "1998-09-05"),
            ("yesterday", "DATE", "1998-09-04"),
            ("12:01 a.m.", "TIME", "1998-09-04T00:01"),
            ("the Labor Day weekend", "DATE", "1998-W36-WE"),
            ("26-day", "DURATION", "P26D"),
            ("1985", "DATE", "1985"),
            ("30-day", "DURATION", "P30D"),
            ("midnight", "TIME", "1998-09-03T24:00"),
            ("Thursday", "DATE", "1998-09-03"),
            ("the previous week", "DATE", "1998-W35"),
            ("late Thursday night", "TIME", "1998-09-03TNI"),
            ("May 1996", "DATE", "1996-05"),
            ("More than two years", "DURATION", "P2Y"),
            ("four years", "DURATION", "P4Y"),
            ("five years", "DURATION", "P5Y"),
            ("12 years", "DURATION", "P12Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("the first week", "DURATION", "P1W"),
            ("the third quarter", "DATE", "1998-Q3"),
            ("Sept. 30", "DATE", "1998-09-30"),
            ("last year", "DATE", "1997"),
            ("a year earlier", "DATE", "1996"),
            ("yesterday morning", "TIME", "1998-09-04TMO"),
            ("June", "DATE", "1998-06"),
            ("2 p.m.", "TIME", "1998-09-06T14:00"),
            ("tomorrow", "DATE", "1998-09-06"),
            ("Sept. 15", "DATE", "1998-09-15"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("every day", "SET", "P1D"),
            ("noon", "TIME", "1998-09-05T12:00"),
            ("today", "DATE", "1998-09-05"),
            ("60 days", "DURATION", "P60D"),
            ("yesterday", "DATE", "1998-09-04"),
            ("Labor Day", "DATE", "1998-09-07"),
            ("Tuesday", "DATE", "1998-09-08"),
            ("more than two weeks", "DURATION", "P2W"),
        ],
    ),
    # Thursday 2000-06-22 (ISO week 25), USA Today-style website story, stamp "06/22/2000 -
    # Updated 10:38 PM ET" (numeric DATE and TIME, the zone in the span, like "2/3/14 5:12 PM
    # EST" in gold_blind41), headline, deck, byline "USA TODAY", "WASHINGTON —" dateline and a
    # "THE CASE AT A GLANCE" box. The court "ruled Thursday", the publication day (gold_blind34),
    # as do "issued Thursday" and the box's "Thursday:". Future: "Monday and Wednesday"
    # 2000-06-26 and 2000-06-28; "before it recesses for the summer" -> "the summer" 2000-SU.
    # Past: "on Tuesday" 2000-06-20, "Earlier this month" 2000-06, "in January" 2000-01 and the
    # box's "Jan. 11" 2000-01-11, "last year" 1999. The case history: "in 1991", "the next year"
    # 1992 (gold_blind32's "the next day" at year granularity), "Aug. 8, 1997", "Five months
    # later" 1998-01 (the unit's granularity, like "two months later" in gold_blind55), "14
    # months", "March 22, 1999", "nearly 20 months". The "one-year deadline" (deck, lead, box)
    # and "one year" (three times) are DURATION P1Y; "months" PXM; "every year" SET P1Y; "now"
    # PRESENT_REF; "within 25 days" P25D; "Over the past four years" P4Y; "a 1996 federal law"
    # 1996. Not annotated: "5-4" (three times, a vote), "Corliss v. Hatcher", "41" (an age),
    # "the 11th U.S. Circuit Court of Appeals", "About 30 inmates", "about 200", "3,650",
    # "11 cases", "one of four", "No. 99-1432" (a docket number holding "99"), "the clock",
    # "again and again", "USA TODAY".
    "supreme-court-death-row-appeal-deadline": (
        "2000-06-22",
        [
            ("06/22/2000", "DATE", "2000-06-22"),
            ("10:38 PM ET", "TIME", "2000-06-22T22:38"),
            ("one-year", "DURATION", "P1Y"),
            ("one-year", "DURATION", "P1Y"),
            ("Thursday", "DATE", "2000-06-22"),
            ("1996", "DATE", "1996"),
            ("one year", "DURATION", "P1Y"),
            ("one year", "DURATION", "P1Y"),
            ("one year", "DURATION", "P1Y"),
            ("months", "DURATION", "PXM"),
            ("1991", "DATE", "1991"),
            ("the next year", "DATE", "1992"),
            ("Aug. 8, 1997", "DATE", "1997-08-08"),
            ("Five months later", "DATE", "1998-01"),
            ("14 months", "DURATION", "P14M"),
            ("March 22, 1999", "DATE", "1999-03-22"),
            ("nearly 20 months", "DURATION", "P20M"),
            ("last year", "DATE", "1999"),
            ("January", "DATE", "2000-01"),
            ("every year", "SET", "P1Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("25 days", "DURATION", "P25D"),
            ("the past four years", "DURATION", "P4Y"),
            ("Thursday", "DATE", "2000-06-22"),
            ("the summer", "DATE", "2000-SU"),
            ("Monday", "DATE", "2000-06-26"),
            ("Wednesday", "DATE", "2000-06-28"),
            ("Earlier this month", "DATE", "2000-06"),
            ("Tuesday", "DATE", "2000-06-20"),
            ("1991", "DATE", "1991"),
            ("Aug. 8, 1997", "DATE", "1997-08-08"),
            ("one-year", "DURATION", "P1Y"),
            ("March 22, 1999", "DATE", "1999-03-22"),
            ("Jan. 11", "DATE", "2000-01-11"),
            ("Thursday", "DATE", "2000-06-22"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
