"""Annotations of blind gold set 574, chosen by hand before the tagger ran.

    python tests/data/gold_blind574/annotate.py [--show]

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
    # Wednesday 1989-08-02 (ISO week 31), business-paper commodities column, section label,
    # headline and deck, byline "Staff Reporter", date line "Wednesday, August 2, 1989" (one
    # DATE span, gold_blind33), "CHICAGO --" dateline. "yesterday" is Tuesday 1989-08-01, the
    # session reported; "the 9:30 a.m. opening" is that session's, 1989-08-01T09:30 (a clock
    # time without a named day takes the day of the event its sentence tells, gold_blind33).
    # Past weekdays: showers "Saturday and Sunday" 1989-07-29 and 1989-07-30, "the weekend"
    # 1989-W30-WE (29-30 July); the outlook "issued late Monday" -> "late Monday" 1989-07-31;
    # the report "released at 3 p.m. Monday" 1989-07-31T15:00 and the DATE; "as of Sunday"
    # 1989-07-30; "Monday's announcement" 1989-07-31; "after the close Friday" 1989-07-28.
    # "a week earlier" after a weekly figure as of Sunday is the ISO week before, 1989-W29
    # (gold_blind80); "Two weeks ago" 1989-W29 at the unit's granularity (gold_blind5,
    # gold_blind23). Delivery and contract months look forward (gold_blind6, gold_blind33):
    # "The November contract" 1989-11, "December delivery" 1989-12, "The September contract"
    # 1989-09, "The October live-cattle contract" 1989-10, "August delivery" the current month
    # 1989-08 (gold_blind23's December contract in December). "this fall's harvest" -> "this
    # fall" 1989-FA; "last year's" -> "last year" 1988; "the middle of the month" 1989-08
    # (gold_blind21); "this month" 1989-08. "the drought of 1988" -> "1988" (like "the 1947
    # flood", gold_blind103); "the 1989 soybean crop" and "The 1990 farm bill" adjectival
    # years (gold_blind80); "The 1989-90 marketing year" two DATEs, "1989" and the bare "90"
    # 1990, "marketing year" left out (gold_blind80); "begins Sept. 1" 1989-09-01. "Labor Day"
    # 1989 is the first Monday of September, 1989-09-04 ("after" a signal). "in June than a
    # year earlier" -> "June" 1989-06 and "a year earlier" 1988-06 (the granularity of what
    # it is compared with). "the next 10 days" P10D and the adjectival "10-day" P10D; "the
    # next three weeks" P3W; "weekly" and "monthly" reports SET P1W, P1M (gold_blind80).
    # Not annotated: "the daily limit" (an adjective naming the span of a price limit, not a
    # recurrence, like "its usual monthly total" in gold_blind103), "the most allowed in one
    # session", "a third straight session" and "the close" (trading sessions, gold_blind14,
    # gold_blind23), "$6.12 a bushel", "30 cents", "6 1/4 cents", "$2.31 1/2", "1 to 2
    # inches", "38%", "31%", "12%", "7%", "1.9 billion bushels", "1.55 billion", "300,000
    # metric tons", "0.45 cent", "73.60 cents", "0.82 cent", "44.95 cents", "$3.98 1/2",
    # "Brandt & Voss Futures", "Plainsview Weather Services", "Another Midwest Drought".
    "soybean-futures-limit-drop-rain": (
        "1989-08-02",
        [
            ("Wednesday, August 2, 1989", "DATE", "1989-08-02"),
            ("yesterday", "DATE", "1989-08-01"),
            ("the weekend", "DATE", "1989-W30-WE"),
            ("the next 10 days", "DURATION", "P10D"),
            ("this fall", "DATE", "1989-FA"),
            ("last year", "DATE", "1988"),
            ("November", "DATE", "1989-11"),
            ("June 19", "DATE", "1989-06-19"),
            ("December", "DATE", "1989-12"),
            ("9:30 a.m.", "TIME", "1989-08-01T09:30"),
            ("Saturday", "DATE", "1989-07-29"),
            ("Sunday", "DATE", "1989-07-30"),
            ("10-day", "DURATION", "P10D"),
            ("late Monday", "DATE", "1989-07-31"),
            ("the middle of the month", "DATE", "1989-08"),
            ("Two weeks ago", "DATE", "1989-W29"),
            ("Now", "DATE", "PRESENT_REF"),
            ("this month", "DATE", "1989-08"),
            ("the next three weeks", "DURATION", "P3W"),
            ("weekly", "SET", "P1W"),
            ("3 p.m.", "TIME", "1989-07-31T15:00"),
            ("Monday", "DATE", "1989-07-31"),
            ("Sunday", "DATE", "1989-07-30"),
            ("a week earlier", "DATE", "1989-W29"),
            ("A year ago", "DATE", "1988"),
            ("1988", "DATE", "1988"),
            ("1989", "DATE", "1989"),
            ("monthly", "SET", "P1M"),
            ("Aug. 10", "DATE", "1989-08-10"),
            ("last year", "DATE", "1988"),
            ("1989", "DATE", "1989"),
            ("90", "DATE", "1990"),
            ("Sept. 1", "DATE", "1989-09-01"),
            ("1990", "DATE", "1990"),
            ("Labor Day", "DATE", "1989-09-04"),
            ("yesterday", "DATE", "1989-08-01"),
            ("September", "DATE", "1989-09"),
            ("Monday", "DATE", "1989-07-31"),
            ("March", "DATE", "1989-03"),
            ("October", "DATE", "1989-10"),
            ("Friday", "DATE", "1989-07-28"),
            ("June", "DATE", "1989-06"),
            ("a year earlier", "DATE", "1988-06"),
            ("August", "DATE", "1989-08"),
        ],
    ),
    # Friday 1989-10-27 (ISO week 43), US regional farm weekly's market and auction page,
    # section label, headline ("biggest in two years" -> "two years" DURATION P2Y, the period
    # of a superlative, gold_blind103), folio line "PLAINS FARM WEEKLY | Friday, October 27,
    # 1989 | Page 14" (the date one DATE span), byline, "HALLSTED, Kan. —" dateline.
    # "Tuesday's sale" and "sold 96 steers Tuesday" are Tuesday 1989-10-24; the box heading
    # "Tuesday, Oct. 24" one DATE span; the sale's "10 a.m." and "11:40 p.m." are on that
    # day. "a week earlier" after Tuesday's sale and the box's "week ago" are the ISO week
    # before, 1989-W42 (gold_blind22); the box's "year ago" is 1988 at the unit's
    # granularity, like "A year ago" in the body. "a dry summer" -> "summer" 1989-SU (the head
    # noun of a particular season, gold_blind103); "last fall" in October is the autumn of the
    # year before, 1988-FA (gold_blind33); "until spring" 1990-SP and "through the winter"
    # 1990-WI (the coming winter takes the year of its January, gold_blind10, gold_blind103).
    # Bred cows "to calve in March and April" look ahead: 1990-03, 1990-04. "the 1988
    # drought" -> "1988". Future: "Next Tuesday" 1989-10-31 (the coming one, gold_blind80),
    # "Halloween" the same day; "Saturday, Nov. 11" and its "noon" T12:00; "Monday, Nov. 27";
    # "Thanksgiving" 1989 is the fourth Thursday of November, 1989-11-23 ("Because of" is
    # not part of it); "Wednesday, Nov. 22"; "5 p.m. Friday, Nov. 3" a TIME and a DATE. The
    # regular sales are SETs: "every Tuesday" XXXX-WXX-2 with "10 a.m." XXXX-XX-XXT10:00,
    # "Thursdays" XXXX-WXX-4 with "1 p.m." XXXX-XX-XXT13:00 (gold_blind19, gold_blind20);
    # "every 90 minutes" SET PT90M; "every week" SET P1W and "Labor Day" 1989-09-04. "about
    # three weeks" P3W (the size of a lead, gold_blind80); "close to 14 hours" PT14H;
    # "another month" P1M; "This year" 1989; "now" PRESENT_REF. Not annotated: "spring
    # calves" (an adjectival season naming a kind, like "Summer programs", gold_blind103),
    # "3 to 6 years old" and "61" (ages), "4,212 head", "2,866", "3,140", "3,500 head",
    # "400-500 lb.", "500-600 lb.", "700-800 lb.", "under 500 pounds", every price ("$96.00-
    # $104.50", "$610-$700 a head", "$35 a ton"), "9.8 inches", "60 percent", "180 cows",
    # "96 steers", "Page 14", "316-555-1989", "Rural Route 2, Box 1988", "67518".
    "hallsted-calf-run-early-weaning": (
        "1989-10-27",
        [
            ("two years", "DURATION", "P2Y"),
            ("Friday, October 27, 1989", "DATE", "1989-10-27"),
            ("Tuesday", "DATE", "1989-10-24"),
            ("October 1987", "DATE", "1987-10"),
            ("about three weeks", "DURATION", "P3W"),
            ("summer", "DATE", "1989-SU"),
            ("10 a.m.", "TIME", "1989-10-24T10:00"),
            ("11:40 p.m.", "TIME", "1989-10-24T23:40"),
            ("close to 14 hours", "DURATION", "PT14H"),
            ("every 90 minutes", "SET", "PT90M"),
            ("a week earlier", "DATE", "1989-W42"),
            ("Tuesday, Oct. 24", "DATE", "1989-10-24"),
            ("March", "DATE", "1990-03"),
            ("April", "DATE", "1990-04"),
            ("week ago", "DATE", "1989-W42"),
            ("year ago", "DATE", "1988"),
            ("last fall", "DATE", "1988-FA"),
            ("the middle of August", "DATE", "1989-08"),
            ("April 1", "DATE", "1989-04-01"),
            ("June", "DATE", "1989-06"),
            ("every week", "SET", "P1W"),
            ("Labor Day", "DATE", "1989-09-04"),
            ("A year ago", "DATE", "1988"),
            ("1988", "DATE", "1988"),
            ("another month", "DURATION", "P1M"),
            ("Tuesday", "DATE", "1989-10-24"),
            ("This year", "DATE", "1989"),
            ("now", "DATE", "PRESENT_REF"),
            ("spring", "DATE", "1990-SP"),
            ("Next Tuesday", "DATE", "1989-10-31"),
            ("Halloween", "DATE", "1989-10-31"),
            ("Saturday, Nov. 11", "DATE", "1989-11-11"),
            ("noon", "TIME", "1989-11-11T12:00"),
            ("Monday, Nov. 27", "DATE", "1989-11-27"),
            ("Thanksgiving", "DATE", "1989-11-23"),
            ("Wednesday, Nov. 22", "DATE", "1989-11-22"),
            ("every Tuesday", "SET", "XXXX-WXX-2"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("the winter", "DATE", "1990-WI"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("1 p.m.", "TIME", "XXXX-XX-XXT13:00"),
            ("Nov. 11", "DATE", "1989-11-11"),
            ("5 p.m.", "TIME", "1989-11-03T17:00"),
            ("Friday, Nov. 3", "DATE", "1989-11-03"),
        ],
    ),
    # Tuesday 1991-03-19 (ISO week 12), wire statehouse story with a header line "Tuesday,
    # March 19, 1991" (one DATE span, like gold_blind34's AP header line), headline, byline
    # "Associated Press Writer", "BISMARCK, N.D. (AP) _" dateline; "today" is the day of the
    # wire (gold_blind35) and the vote "shortly after 4 p.m. CST" that day, 1991-03-19T16:00
    # ("shortly after" a signal, the zone in the span, gold_blind16). "a drought now in its
    # third year" -> "now" PRESENT_REF and "its third year" DURATION P3Y (like "its fourth
    # week", gold_blind35). Past: "passed ... Feb. 26" 1991-02-26; the outlook "issued
    # Monday" and the spokesman "said Monday" 1991-03-18; "last week" 1991-W11; "last summer"
    # in March 1990-SU; "since December" 1990-12. Future: the conference "Thursday"
    # 1991-03-21; "the end of next week" 1991-W13 (like "the end of the week" in gold_blind35);
    # "by April 12" 1991-04-12; "from April through June" 1991-04 and 1991-06; "between May
    # 1 and Sept. 30" 1991-05-01 and 1991-09-30; "This spring" 1991-SP. The state's fiscal
    # year runs July-June and is named by the year it ends: "fiscal 1992, which begins July
    # 1" FY1992 plus 1991-07-01 (gold_blind33). "the 1991 growing season" -> "1991" (the
    # season a farm operation, left out, gold_blind80); "the 1988 crop", "the 1989 crop"
    # adjectival years; "last year" 1990; "in 1989, checks did not reach farmers until
    # October" -> "October" 1989-10, anchored on the narrative's year (gold_blind80's "April
    # 28" after "In 2011"). "the fall of 1987" one span 1987-FA (gold_blind33's "the summer of
    # 1987"); "the 1930s" 193. "meets every two years" SET P2Y (gold_blind35); "every week"
    # SET P1W; "its 80-day limit" DURATION P80D and "90-day outlook" P90D (adjectival
    # durations); "the next two years" P2Y; "three hours" PT3H; "within 30 days of the
    # governor's signature" -> "30 days" (anchored, gold_blind35); "Earlier this month"
    # 1991-03; "now" (twice more) PRESENT_REF. Not annotated: "Senate Bill 2061" and "House
    # Bill 1989" (bill numbers, the second holding a year-like number beside the annotated
    # "1989", gold_blind35), "41-12" (a vote), "$18 million", "$11 million", "$12 a ton",
    # "$30 a ton", "$85", "8.1 inches", "60 percent", "31 of the state's 53 counties", "2,300
    # cows", "dry years" (a kind of year, no particular one), "the 1991 growing season"
    # beyond "1991", "make or break", "the governor's signature".
    "north-dakota-senate-drought-aid": (
        "1991-03-19",
        [
            ("Tuesday, March 19, 1991", "DATE", "1991-03-19"),
            ("today", "DATE", "1991-03-19"),
            ("the next two years", "DURATION", "P2Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("its third year", "DURATION", "P3Y"),
            ("Feb. 26", "DATE", "1991-02-26"),
            ("4 p.m. CST", "TIME", "1991-03-19T16:00"),
            ("three hours", "DURATION", "PT3H"),
            ("1991", "DATE", "1991"),
            ("May 1", "DATE", "1991-05-01"),
            ("Sept. 30", "DATE", "1991-09-30"),
            ("1988", "DATE", "1988"),
            ("1989", "DATE", "1989"),
            ("last year", "DATE", "1990"),
            ("This spring", "DATE", "1991-SP"),
            ("Jan. 1, 1991", "DATE", "1991-01-01"),
            ("Thursday", "DATE", "1991-03-21"),
            ("the end of next week", "DATE", "1991-W13"),
            ("every two years", "SET", "P2Y"),
            ("April 12", "DATE", "1991-04-12"),
            ("80-day", "DURATION", "P80D"),
            ("fiscal 1992", "DATE", "FY1992"),
            ("July 1", "DATE", "1991-07-01"),
            ("90-day", "DURATION", "P90D"),
            ("Monday", "DATE", "1991-03-18"),
            ("April", "DATE", "1991-04"),
            ("June", "DATE", "1991-06"),
            ("1990", "DATE", "1990"),
            ("Jan. 1", "DATE", "1991-01-01"),
            ("Monday", "DATE", "1991-03-18"),
            ("last summer", "DATE", "1990-SU"),
            ("the fall of 1987", "DATE", "1987-FA"),
            ("now", "DATE", "PRESENT_REF"),
            ("every week", "SET", "P1W"),
            ("December", "DATE", "1990-12"),
            ("last week", "DATE", "1991-W11"),
            ("1989", "DATE", "1989"),
            ("October", "DATE", "1989-10"),
            ("30 days", "DURATION", "P30D"),
            ("the 1930s", "DATE", "193"),
            ("Earlier this month", "DATE", "1991-03"),
            ("now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Saturday 1990-08-04 (ISO week 31), British regional paper's farming page, section label,
    # headline ("from Monday"), standfirst, byline, date line "Saturday 4 August 1990";
    # "yesterday" is Friday 1990-08-03, "Yesterday afternoon" 1990-08-03TAF and its "two
    # o'clock" 1990-08-03T14:00 (a clock time without a.m./p.m. fixed by the afternoon,
    # gold_blind16). The ban starts "from 6am on Monday" 1990-08-06T06:00 and the DATE
    # ("from" a signal); the headline's "from Monday" and the grower's "From Monday" the same
    # day. "the driest summer since 1976" -> "summer" 1990-SU (the season of a superlative,
    # the head noun only, gold_blind80) and "1976"; "the first such ban on the Dene since
    # 1976" -> "1976" again. Night-time irrigation "only between 8pm and 7am" since 16 July
    # is the recurring hours of a rule, XXXX-XX-XXT20:00 and XXXX-XX-XXT07:00 (gold_blind15,
    # gold_blind103); "every eight days" SET P8D. "The Ministry of Agriculture said on
    # Thursday" is past, 1990-08-02; the showers "on Thursday" ahead 1990-08-09 (one weekday
    # in both directions, gold_blind80); "on Tuesday at 7.30pm" 1990-08-07 and T19:30. "the
    # August bank holiday" 1990 is the last Monday of August, 1990-08-27 (a holiday on the day
    # it falls on, gold_blind78's "the early May bank holiday"). "a fortnight ahead of last
    # year" -> "a fortnight" P2W (the size of a lead, gold_blind80) and "last year" 1989;
    # "about ten days" P10D likewise; "the next fortnight" P2W; "at least four weeks" P4W.
    # "this week" 1990-W31; "July" (the month just past) 1990-07; "the middle of July"
    # 1990-07; "the end of September" 1990-09; "by September" 1990-09; "into the middle of
    # the month" 1990-08 (gold_blind21); "a year ago" 1989; "Last summer" 1989-SU. Not
    # annotated: "its normal August flow" (an adjectival month naming a kind of flow, no
    # particular August, like "its usual monthly total" in gold_blind103), "Winter barley" and
    # "winter silage" (crop and feed classes, gold_blind80), "Stowmarsh 1976" (an old-style
    # exchange telephone number beside the annotated "1976"), "the harvest", "38 per cent",
    # "140 acres", "220 acres", "29mm", "4mm", "33C", "2.9 tonnes", "3.3", "£70 a tonne",
    # "£45", "120 Friesians", "the dry weather holds".
    "stowmarsh-irrigation-ban-drought": (
        "1990-08-04",
        [
            ("Monday", "DATE", "1990-08-06"),
            ("summer", "DATE", "1990-SU"),
            ("1976", "DATE", "1976"),
            ("Saturday 4 August 1990", "DATE", "1990-08-04"),
            ("6am", "TIME", "1990-08-06T06:00"),
            ("Monday", "DATE", "1990-08-06"),
            ("1976", "DATE", "1976"),
            ("yesterday", "DATE", "1990-08-03"),
            ("at least four weeks", "DURATION", "P4W"),
            ("the end of September", "DATE", "1990-09"),
            ("16 July", "DATE", "1990-07-16"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("every eight days", "SET", "P8D"),
            ("Monday", "DATE", "1990-08-06"),
            ("Yesterday afternoon", "TIME", "1990-08-03TAF"),
            ("two o'clock", "TIME", "1990-08-03T14:00"),
            ("1 May", "DATE", "1990-05-01"),
            ("July", "DATE", "1990-07"),
            ("22 June", "DATE", "1990-06-22"),
            ("yesterday", "DATE", "1990-08-03"),
            ("Thursday", "DATE", "1990-08-02"),
            ("1 August", "DATE", "1990-08-01"),
            ("9 July", "DATE", "1990-07-09"),
            ("about ten days", "DURATION", "P10D"),
            ("this week", "DATE", "1990-W31"),
            ("the August bank holiday", "DATE", "1990-08-27"),
            ("a fortnight", "DURATION", "P2W"),
            ("last year", "DATE", "1989"),
            ("1989", "DATE", "1989"),
            ("the middle of July", "DATE", "1990-07"),
            ("a year ago", "DATE", "1989"),
            ("Last summer", "DATE", "1989-SU"),
            ("September", "DATE", "1990-09"),
            ("Tuesday", "DATE", "1990-08-07"),
            ("7.30pm", "TIME", "1990-08-07T19:30"),
            ("the next fortnight", "DURATION", "P2W"),
            ("Thursday", "DATE", "1990-08-09"),
            ("the middle of the month", "DATE", "1990-08"),
        ],
    ),
    # Monday 1991-08-26 (ISO week 35), western Canadian daily's agriculture page, section
    # label, headline, deck ("forecast for tonight"), byline "Farm Writer", date line "Monday,
    # August 26, 1991", "KESSOCK, Sask. —" dateline. The frost came "early Sunday" 1991-08-25
    # (a DATE with its modifier, gold_blind103), "at 5 a.m. Sunday" T05:00 and the DATE, above
    # freezing "by 9 a.m." T09:00 that day; "Skies cleared Saturday night" 1991-08-24TNI; "the
    # weekend" 1991-W34-WE (24-25 August). "tonight" (deck and body) 1991-08-26TNI; "early
    # Tuesday" 1991-08-27. The crop report "released Thursday" 1991-08-22 and "The next report
    # is due Thursday" 1991-08-29 (both directions); "as of Aug. 19" 1991-08-19. "within 14
    # days, by Sept. 8" -> "14 days" P14D and 1991-09-08 (14 days after the frost). "the
    # Labour Day long weekend": Labour Day 1991 is Monday 2 September, and the holiday weekend
    # takes the ISO week of its Saturday (31 August), 1991-W35-WE, one span like "the Memorial
    # Day weekend" (gold_blind80) and "the long weekend" (gold_blind103). The office's hours
    # "from 8 a.m. to 5 p.m. daily" are XXXX-XX-XXT08:00, XXXX-XX-XXT17:00 and SET P1D
    # (gold_blind21); "Saturdays" SET XXXX-WXX-6. "the 1991-92 crop year, which began Aug. 1"
    # -> "1991", the bare "92" 1992 and "Aug. 1" 1991-08-01, "crop year" left out
    # (gold_blind80); "the lowest since 1986" -> "1986". "Last year the first frost at
    # Kessock came on Sept. 14" -> "Last year" 1990 and "Sept. 14" 1990-09-14, anchored on
    # the year just named. "seeded in early June after a wet spring" -> "early June" 1991-06,
    # "spring" 1991-SP; "until mid-September" 1991-09. "about two weeks" (twice) P2W, the
    # size of a lead; "about four hours" PT4H; "at least five days" P5D; "this week"
    # 1991-W35; "Now" PRESENT_REF; "weekly" SET P1W; "a five-year average" -> "five-year" P5Y
    # (gold_blind80). Not annotated: "this early in the season" (a crop season, gold_blind80),
    # "a killing frost" and "the first frost" beyond their dates, "minus 2.4 C", "minus 3 to
    # minus 4", "minus 2", "8 per cent", "15 per cent", "1,600 acres", "54" (an age), "No. 3
    # canola" (a grade), "RM of Kettle Creek No. 287" (a rural municipality's number),
    # "306-555-1974" (a phone number holding 1974, beside the annotated "1974"), "at least two
    # grades", "Don't swath in a panic".
    "kessock-early-frost-canola": (
        "1991-08-26",
        [
            ("tonight", "TIME", "1991-08-26TNI"),
            ("Monday, August 26, 1991", "DATE", "1991-08-26"),
            ("early Sunday", "DATE", "1991-08-25"),
            ("about two weeks", "DURATION", "P2W"),
            ("early June", "DATE", "1991-06"),
            ("spring", "DATE", "1991-SP"),
            ("mid-September", "DATE", "1991-09"),
            ("Saturday night", "TIME", "1991-08-24TNI"),
            ("5 a.m.", "TIME", "1991-08-25T05:00"),
            ("Sunday", "DATE", "1991-08-25"),
            ("about four hours", "DURATION", "PT4H"),
            ("9 a.m.", "TIME", "1991-08-25T09:00"),
            ("tonight", "TIME", "1991-08-26TNI"),
            ("early Tuesday", "DATE", "1991-08-27"),
            ("about two weeks", "DURATION", "P2W"),
            ("Last year", "DATE", "1990"),
            ("Sept. 14", "DATE", "1990-09-14"),
            ("1974", "DATE", "1974"),
            ("the weekend", "DATE", "1991-W34-WE"),
            ("this week", "DATE", "1991-W35"),
            ("Now", "DATE", "PRESENT_REF"),
            ("weekly", "SET", "P1W"),
            ("Thursday", "DATE", "1991-08-22"),
            ("Aug. 19", "DATE", "1991-08-19"),
            ("five-year", "DURATION", "P5Y"),
            ("Thursday", "DATE", "1991-08-29"),
            ("at least five days", "DURATION", "P5D"),
            ("14 days", "DURATION", "P14D"),
            ("Sept. 8", "DATE", "1991-09-08"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("the Labour Day long weekend", "DATE", "1991-W35-WE"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("daily", "SET", "P1D"),
            ("1991", "DATE", "1991"),
            ("92", "DATE", "1992"),
            ("Aug. 1", "DATE", "1991-08-01"),
            ("1986", "DATE", "1986"),
        ],
    ),
    # Thursday 1990-11-22 (ISO week 47), Australian rural weekly's harvest page, section label
    # "HARVEST 1990" ("1990" a DATE, the year of the harvest the page covers, like an
    # adjectival year), headline ("dry spring"), deck, byline, date line "Thursday, November
    # 22, 1990", "COORABIN:" dateline; "yesterday" is Wednesday 1990-11-21. Southern seasons
    # take the year they fall in, a summer the year of its January (gold_blind9, gold_blind99):
    # "dry spring" (headline and lead) and "the spring just didn't come" 1990-SP (September-
    # November 1990), "a good winter" 1990-WI, "a long, hot summer" ahead 1991-SU. "by Tuesday
    # night" 1990-11-20TNI and "the same date last year" one span 1989-11-20 (gold_blind80).
    # "Melbourne Cup Day" 1990 is the first Tuesday of November, 1990-11-06 (gold_blind83).
    # The depot's hours "from 7am to 9pm every day, Sundays included" -> XXXX-XX-XXT07:00,
    # XXXX-XX-XXT21:00, SET P1D and SET XXXX-WXX-7; "not ... before 6.30am" XXXX-XX-XXT06:30
    # (the hour of every day's queue); the deck's "every day" SET P1D. "Christmas Eve"
    # 1990-12-24 (deck and body), "Boxing Day" 1990-12-26. Pools written with two years
    # ("the 1990-91 pool", "the 1989-90 pool's") give two DATEs each, "pool" left out, like
    # the marketing years of gold_blind80; "the end of the 1990-91 financial year" is one
    # DATE span FY1991 (the July-June Australian year named by the year it ends, gold_blind9,
    # gold_blind19, gold_blind21), beside "30 June" 1991-06-30. "a fortnight ahead of last
    # season" -> "a fortnight" P2W ("last season" a crop season, gold_blind80); "down by a
    # third on 1989" -> "1989". "last Friday" in a Thursday paper is the most recent Friday,
    # 1990-11-16 (gold_blind80's "last Thursday"); "on Monday" 1990-11-19; "the weekend"
    # ahead 1990-W47-WE (24-25 November). Months: "since 1 April" 1990-04-01, "in October"
    # 1990-10, "since September" 1990-09 (past); "in March" 1991-03, "April or May" 1991-04
    # and 1991-05, "December to February" 1990-12 and 1991-02, "before January" 1991-01, "31
    # January" 1991-01-31 (future). "within 21 days of delivery" -> "21 days"; "for six
    # months" P6M; "since 1983". Not annotated: "the autumn break" (the season's first
    # soaking rain, an event with no calendar value), "last season", "Australian Standard
    # White" and "ASW" (a grade), "41,300 tonnes", "12,800 tonnes", "10 to 11 per cent",
    # "$128 a tonne", "148mm", "9mm", "14mm", "12km", "400 of her 1,200 ewes", "60 per cent",
    # "(069) 24 1983" (a phone number holding 1983, beside the annotated "1983").
    "coorabin-wheat-receivals-dry-spring": (
        "1990-11-22",
        [
            ("1990", "DATE", "1990"),
            ("spring", "DATE", "1990-SP"),
            ("every day", "SET", "P1D"),
            ("Christmas Eve", "DATE", "1990-12-24"),
            ("Thursday, November 22, 1990", "DATE", "1990-11-22"),
            ("a fortnight", "DURATION", "P2W"),
            ("spring", "DATE", "1990-SP"),
            ("1989", "DATE", "1989"),
            ("Tuesday night", "TIME", "1990-11-20TNI"),
            ("the same date last year", "DATE", "1989-11-20"),
            ("Melbourne Cup Day", "DATE", "1990-11-06"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("9pm", "TIME", "XXXX-XX-XXT21:00"),
            ("every day", "SET", "P1D"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("Christmas Eve", "DATE", "1990-12-24"),
            ("Boxing Day", "DATE", "1990-12-26"),
            ("6.30am", "TIME", "XXXX-XX-XXT06:30"),
            ("1990", "DATE", "1990"),
            ("91", "DATE", "1991"),
            ("21 days", "DURATION", "P21D"),
            ("1989", "DATE", "1989"),
            ("90", "DATE", "1990"),
            ("March", "DATE", "1991-03"),
            ("1 April", "DATE", "1990-04-01"),
            ("October", "DATE", "1990-10"),
            ("last Friday", "DATE", "1990-11-16"),
            ("Monday", "DATE", "1990-11-19"),
            ("1983", "DATE", "1983"),
            ("six months", "DURATION", "P6M"),
            ("September", "DATE", "1990-09"),
            ("winter", "DATE", "1990-WI"),
            ("the spring", "DATE", "1990-SP"),
            ("April", "DATE", "1991-04"),
            ("May", "DATE", "1991-05"),
            ("December", "DATE", "1990-12"),
            ("February", "DATE", "1991-02"),
            ("the weekend", "DATE", "1990-W47-WE"),
            ("January", "DATE", "1991-01"),
            ("31 January", "DATE", "1991-01-31"),
            ("30 June", "DATE", "1991-06-30"),
            ("the end of the 1990-91 financial year", "DATE", "FY1991"),
            ("yesterday", "DATE", "1990-11-21"),
            ("summer", "DATE", "1991-SU"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
