"""Annotations of the blind gold set 622, chosen by hand before the tagger ran.

    python tests/data/gold_blind622/annotate.py [--show]

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
    # Monday 1999-03-15 (ISO week 11), AP "World in Brief", date line "Monday, March 15, 1999"
    # (one DATE span with its weekday), four items with "CITY, Country (AP) _" datelines
    # without date. "today" is the publication day in every item. Past weekdays: talks "began
    # Sunday" 1999-03-14, "arrived here Saturday" 1999-03-13, "on Sunday morning"
    # 1999-03-14TMO, "said Friday" 1999-03-12, "a television address Sunday night"
    # 1999-03-14TNI, credentials "presented Thursday" 1999-03-11 (last week). Future weekdays:
    # the envoy "is to travel ... on Wednesday" 1999-03-17, "will host a reception Friday"
    # 1999-03-19. "1330 GMT" beside "2:30 p.m. local time" two TIMEX3 (gold_blind28,
    # gold_blind64); "a year before the two countries cut diplomatic ties" DURATION P1Y, the
    # duration alone (gold_blind35); "three weeks later" after "Dec. 24" the anchored date
    # 1999-01-14 (gold_blind3); "May" of the rains 1999-05; "last fall" in March 1998-FA;
    # "more than a year ahead of schedule" P1Y (gold_blind64); "five days after ..." P5D;
    # polling "from 7 a.m. to 8 p.m." on election day June 6; "the following year" after
    # "February 1996" 1997 (gold_blind58); the visa office's "9 a.m. to noon daily" recurring
    # hours XXXX-XX-XXT09:00 and T12:00 with SET P1D (gold_blind34). "a few more weeks" PXW.
    # Not annotated: "six-nation", "112-97", "58", "40 business leaders", "by a third",
    # "2000-4411" (a phone number), "after the army pulls back" (an event clause).
    "world-briefs-ostrania-kelvia-border-talks": (
        "1999-03-15",
        [
            ("Monday, March 15, 1999", "DATE", "1999-03-15"),
            ("two days", "DURATION", "P2D"),
            ("today", "DATE", "1999-03-15"),
            ("next month", "DATE", "1999-04"),
            ("Sunday", "DATE", "1999-03-14"),
            ("11 years", "DURATION", "P11Y"),
            ("the end of April", "DATE", "1999-04"),
            ("1988", "DATE", "1988"),
            ("a few more weeks", "DURATION", "PXW"),
            ("2:30 p.m. local time", "TIME", "1999-03-15T14:30"),
            ("1330 GMT", "TIME", "1999-03-15T13:30"),
            ("the summer of 1987", "DATE", "1987-SU"),
            ("a year", "DURATION", "P1Y"),
            ("Saturday", "DATE", "1999-03-13"),
            ("week-long", "DURATION", "P1W"),
            ("nearly a decade", "DURATION", "P10Y"),
            ("Sunday morning", "TIME", "1999-03-14TMO"),
            ("Wednesday", "DATE", "1999-03-17"),
            ("Dec. 24", "DATE", "1998-12-24"),
            ("three weeks later", "DATE", "1999-01-14"),
            ("May", "DATE", "1999-05"),
            ("Friday", "DATE", "1999-03-12"),
            ("last fall", "DATE", "1998-FA"),
            ("June 6", "DATE", "1999-06-06"),
            ("more than a year", "DURATION", "P1Y"),
            ("Sunday night", "TIME", "1999-03-14TNI"),
            ("five days", "DURATION", "P5D"),
            ("the autumn of 2000", "DATE", "2000-FA"),
            ("May 7", "DATE", "1999-05-07"),
            ("four weeks", "DURATION", "P4W"),
            ("January", "DATE", "1999-01"),
            ("7 a.m.", "TIME", "1999-06-06T07:00"),
            ("8 p.m.", "TIME", "1999-06-06T20:00"),
            ("last week", "DATE", "1999-W10"),
            ("three-year", "DURATION", "P3Y"),
            ("today", "DATE", "1999-03-15"),
            ("Thursday", "DATE", "1999-03-11"),
            ("Friday", "DATE", "1999-03-19"),
            ("next week", "DATE", "1999-W12"),
            ("February 1996", "DATE", "1996-02"),
            ("the following year", "DATE", "1997"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("daily", "SET", "P1D"),
            ("March 22", "DATE", "1999-03-22"),
        ],
    ),
    # Tuesday 1998-11-10 (ISO week 46), economic dispatches of an invented state news agency
    # in Xinhua-like English, service header and date line "November 10, 1998", four items
    # with "CITY, Nov. 10 (HNA) --" datelines (each "Nov. 10" the publication day, gold_blind16,
    # gold_blind34); "said here today" -> "today", "here" a signal. The headline's "third
    # quarter" without the article 1998-Q3 like the body's "the third quarter of this year"
    # (one span, like "the first half of this year", gold_blind16); "a year earlier" after it
    # 1997-Q3 (gold_blind35). "In October alone" -> "October" ("alone" outside, gold_blind34);
    # "the same month of last year" one span 1997-10 (gold_blind16's "the same period of last
    # year"); "five consecutive months" P5M; "the beginning of the year" 1998, like "the end of
    # the year". The rate cut "from Monday" is the coming Monday 1998-11-16; the minister
    # "said here Monday" 1998-11-09 (the same weekday in both directions, gold_blind64). "the
    # first half of the year" 1998-H1 and "the same period of 1997" 1997-H1; "weekly" SET P1W;
    # "the end of March" 1999-03 (future). The fair "will close on Saturday" 1998-11-14; "the
    # weekend" 1998-W46-WE; its daily hours XXXX-XX-XXT08:30 and T17:00 with "each day" P1D.
    # "the spring and summer" -> "the spring" 1998-SP and "summer" 1998-SU; "late September"
    # 1998-09; "last weekend" 1998-W45-WE; "next April" 1999-04. Not annotated: "Full-year
    # figures" (an adjective naming the period of a figure, like "its usual monthly total",
    # gold_blind103), "sixth", "the previous fair", "2009-1998" (a hotline), percentages,
    # dollar amounts, counts, "212 million tons".
    "hallan-economy-dispatches-exports-rate-cut": (
        "1998-11-10",
        [
            ("November 10, 1998", "DATE", "1998-11-10"),
            ("third quarter", "DATE", "1998-Q3"),
            ("Nov. 10", "DATE", "1998-11-10"),
            ("the third quarter of this year", "DATE", "1998-Q3"),
            ("a year earlier", "DATE", "1997-Q3"),
            ("July 1997", "DATE", "1997-07"),
            ("today", "DATE", "1998-11-10"),
            ("October", "DATE", "1998-10"),
            ("the same month of last year", "DATE", "1997-10"),
            ("five consecutive months", "DURATION", "P5M"),
            ("this year", "DATE", "1998"),
            ("the beginning of the year", "DATE", "1998"),
            ("mid-January", "DATE", "1999-01"),
            ("Nov. 10", "DATE", "1998-11-10"),
            ("Monday", "DATE", "1998-11-16"),
            ("this year", "DATE", "1998"),
            ("today", "DATE", "1998-11-10"),
            ("July 1", "DATE", "1998-07-01"),
            ("the first half of the year", "DATE", "1998-H1"),
            ("the same period of 1997", "DATE", "1997-H1"),
            ("weekly", "SET", "P1W"),
            ("the end of March", "DATE", "1999-03"),
            ("Nov. 10", "DATE", "1998-11-10"),
            ("this morning", "TIME", "1998-11-10TMO"),
            ("five-day", "DURATION", "P5D"),
            ("every two years", "SET", "P2Y"),
            ("1988", "DATE", "1988"),
            ("Saturday", "DATE", "1998-11-14"),
            ("today", "DATE", "1998-11-10"),
            ("October 1996", "DATE", "1996-10"),
            ("five days", "DURATION", "P5D"),
            ("the weekend", "DATE", "1998-W46-WE"),
            ("8:30 a.m.", "TIME", "XXXX-XX-XXT08:30"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("each day", "SET", "P1D"),
            ("Nov. 10", "DATE", "1998-11-10"),
            ("this year", "DATE", "1998"),
            ("1997", "DATE", "1997"),
            ("the spring", "DATE", "1998-SP"),
            ("summer", "DATE", "1998-SU"),
            ("Monday", "DATE", "1998-11-09"),
            ("late September", "DATE", "1998-09"),
            ("last weekend", "DATE", "1998-W45-WE"),
            ("next April", "DATE", "1999-04"),
            ("four years", "DURATION", "P4Y"),
        ],
    ),
    # Wednesday 2000-08-23 (ISO week 34), AP "Business Briefs", date line "Wednesday, Aug. 23,
    # 2000", four items with headlines and "CITY, State (AP) _" datelines without date.
    # Harlow Foods' fiscal year ends on the last Saturday of July (written nowhere as a
    # phrase): its fourth quarter, the 13 weeks ended Saturday July 29, 2000, is
    # "its fiscal fourth quarter" FY2000-Q4 with the possessive kept (gold_blind64), "a year
    # earlier" FY1999-Q4 at the granularity of the quarter, "fiscal 2000" FY2000; "the summer"
    # 2000-SU; "this afternoon" the trading session of the publication day; "its annual
    # meeting" -> "annual" SET P1Y (gold_blind39); "next spring" 2001-SP. "said Tuesday"
    # 2000-08-22; "early June" 2000-06; "about six months" P6M; "over the next two years" ->
    # "the next two years" P2Y. The airline's "third daily flight" -> "daily" SET P1D; "on
    # Sundays" SET XXXX-WXX-7; its schedule "5:50 p.m." and "9:05 p.m. local time" recur
    # (XXXX-XX-XXThh:mm, gold_blind34); "the first half" the airline's 2000-H1;
    # "Thanksgiving" 2000, the fourth Thursday of November, 2000-11-23; "last year" 1999.
    # "for the first time in four months" -> "four months" P4M (the period of a "first in");
    # "now" PRESENT_REF; "the fourth quarter" 2000-Q4 (the economy's calendar quarter);
    # "each month" SET P1M; "Sept. 26 at 10 a.m. EDT" two TIMEX3. Not annotated: "Model 2000"
    # (a leasing unit), "Flight 2001" (a flight number before the annotated 2000-H1), "88
    # cents", "79 cents", "$1.125", "$34.50", "138.4", "141.2", "400 jobs", "5,000
    # households", "1.4 million passengers", percentages, "usually".
    "business-briefs-harlow-foods-calder-rail": (
        "2000-08-23",
        [
            ("Wednesday, Aug. 23, 2000", "DATE", "2000-08-23"),
            ("today", "DATE", "2000-08-23"),
            ("its fiscal fourth quarter", "DATE", "FY2000-Q4"),
            ("July 29", "DATE", "2000-07-29"),
            ("the summer", "DATE", "2000-SU"),
            ("the 13 weeks", "DURATION", "P13W"),
            ("July 29", "DATE", "2000-07-29"),
            ("a year earlier", "DATE", "FY1999-Q4"),
            ("fiscal 2000", "DATE", "FY2000"),
            ("this afternoon", "TIME", "2000-08-23TAF"),
            ("annual", "SET", "P1Y"),
            ("Oct. 12", "DATE", "2000-10-12"),
            ("next spring", "DATE", "2001-SP"),
            ("Tuesday", "DATE", "2000-08-22"),
            ("early June", "DATE", "2000-06"),
            ("the first quarter of 2001", "DATE", "2001-Q1"),
            ("about six months", "DURATION", "P6M"),
            ("Sept. 28", "DATE", "2000-09-28"),
            ("1887", "DATE", "1887"),
            ("the next two years", "DURATION", "P2Y"),
            ("daily", "SET", "P1D"),
            ("Oct. 1", "DATE", "2000-10-01"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("January", "DATE", "2000-01"),
            ("today", "DATE", "2000-08-23"),
            ("5:50 p.m.", "TIME", "XXXX-XX-XXT17:50"),
            ("9:05 p.m. local time", "TIME", "XXXX-XX-XXT21:05"),
            ("the first half", "DATE", "2000-H1"),
            ("Thanksgiving", "DATE", "2000-11-23"),
            ("last year", "DATE", "1999"),
            ("August", "DATE", "2000-08"),
            ("four months", "DURATION", "P4M"),
            ("today", "DATE", "2000-08-23"),
            ("August", "DATE", "2000-08"),
            ("July", "DATE", "2000-07"),
            ("February", "DATE", "2000-02"),
            ("now", "DATE", "PRESENT_REF"),
            ("the fourth quarter", "DATE", "2000-Q4"),
            ("each month", "SET", "P1M"),
            ("Sept. 26", "DATE", "2000-09-26"),
            ("10 a.m. EDT", "TIME", "2000-09-26T10:00"),
        ],
    ),
    # Thursday 1999-12-02 (ISO week 48), AP "Nation in Brief", date line "Thursday, December
    # 2, 1999", four accident items with headlines and datelines without date. Bus crash:
    # "early today" DATE (like "early Thursday", gold_blind64), "about 5:40 a.m. MST" today
    # (the approximator kept, gold_blind39), "less than an hour" PT1H, "Tuesday night"
    # 1999-11-30TNI, "due home by noon" today at T12:00, "closed for six hours Monday"
    # 1999-11-29, "until at least Saturday" -> "at least Saturday" 1999-12-04 (gold_blind14).
    # Mine fire: "three days after a fire broke out" P3D (Monday to Thursday); the fire
    # "started Monday at about 2 p.m." 1999-11-29 and T14:00; "that evening" its evening,
    # 1999-11-29TEV (gold_blind8); "through the night" -> "the night" 1999-11-29TNI
    # (gold_blind34); "the next day" 1999-11-30, counted in its own brief (gold_blind64);
    # "until Wednesday" 1999-12-01; "the last in October" -> "October" 1999-10 (gold_blind34).
    # Boat: "since Sunday" 1999-11-28; "through the weekend" the coming 1999-W48-WE; "7:15 that
    # evening" after "4 a.m. Sunday" two TIMEX3, 1999-11-28T19:15 and 1999-11-28TEV (like "4:15
    # this afternoon", gold_blind16); "every night" SET XXXX-XX-XXTNI. Chlorine: "30 hours
    # after they were ordered out" PT30H (1:20 a.m. Wednesday to about 7:20 a.m. today);
    # "Friday evening" 1999-12-03TEV; "March" 1999-03. Not annotated: "Interstate 90", "Hollins
    # No. 4", "mile marker 1998", "11 times", "the second derailment", "the same stretch",
    # "until the men are found", ages and counts ("61", "23", "14", "42-foot", "6,000 square
    # miles", "600", "12 cars").
    "nation-briefs-choir-bus-crash-mine-fire": (
        "1999-12-02",
        [
            ("Thursday, December 2, 1999", "DATE", "1999-12-02"),
            ("early today", "DATE", "1999-12-02"),
            ("about 5:40 a.m. MST", "TIME", "1999-12-02T05:40"),
            ("less than an hour", "DURATION", "PT1H"),
            ("nine hours", "DURATION", "PT9H"),
            ("Tuesday night", "TIME", "1999-11-30TNI"),
            ("noon", "TIME", "1999-12-02T12:00"),
            ("six hours", "DURATION", "PT6H"),
            ("Monday", "DATE", "1999-11-29"),
            ("this afternoon", "TIME", "1999-12-02TAF"),
            ("at least Saturday", "DATE", "1999-12-04"),
            ("today", "DATE", "1999-12-02"),
            ("three days", "DURATION", "P3D"),
            ("Monday", "DATE", "1999-11-29"),
            ("about 2 p.m.", "TIME", "1999-11-29T14:00"),
            ("that evening", "TIME", "1999-11-29TEV"),
            ("the night", "TIME", "1999-11-29TNI"),
            ("the next day", "DATE", "1999-11-30"),
            ("Wednesday", "DATE", "1999-12-01"),
            ("1971", "DATE", "1971"),
            ("the past two years", "DURATION", "P2Y"),
            ("October", "DATE", "1999-10"),
            ("at least a month", "DURATION", "P1M"),
            ("Sunday", "DATE", "1999-11-28"),
            ("Wednesday afternoon", "TIME", "1999-12-01TAF"),
            ("the weekend", "DATE", "1999-W48-WE"),
            ("4 a.m.", "TIME", "1999-11-28T04:00"),
            ("Sunday", "DATE", "1999-11-28"),
            ("two-day", "DURATION", "P2D"),
            ("7:15", "TIME", "1999-11-28T19:15"),
            ("that evening", "TIME", "1999-11-28TEV"),
            ("Monday morning", "TIME", "1999-11-29TMO"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("this morning", "TIME", "1999-12-02TMO"),
            ("30 hours", "DURATION", "PT30H"),
            ("1:20 a.m.", "TIME", "1999-12-01T01:20"),
            ("Wednesday", "DATE", "1999-12-01"),
            ("Friday evening", "TIME", "1999-12-03TEV"),
            ("this year", "DATE", "1999"),
            ("March", "DATE", "1999-03"),
        ],
    ),
    # Friday 2000-04-14 (ISO week 15), culture dispatches of an invented agency in
    # Xinhua-like English, header stamp "2000-04-14 18:30 GMT" (the date and the clock time two
    # TIMEX3, gold_blind56), four items with "CITY, April 14 (SNA) --" datelines. Festival:
    # "this evening" 2000-04-14TEV; "until May 5" -> "May 5"; "three-week" P3W (April 14 to May
    # 5); "held annually since 1986" -> "annually" P1Y and "1986" (the 15th festival); "last
    # Friday" in a Friday story is the Friday of the week before, 2000-04-07 (gold_blind15,
    # gold_blind87); "this year's program" -> "this year"; "Easter on April 23" two DATEs of
    # Easter Sunday 2000, 2000-04-23, and "8 p.m." that day. Icons: "the 14th century" 13
    # (gold_blind34); "on Tuesday" 2000-04-18; "the past four years" P4Y; "until 9 p.m. on
    # Thursdays" -> XXXX-XX-XXT21:00 and SET XXXX-WXX-4; "on Sundays" XXXX-WXX-7. Film week:
    # "seven-day" P7D (Thursday night April 13 through April 19); "Thursday night"
    # 2000-04-13TNI; "twice a day, at 3 p.m. and 7:30 p.m." SET P1D and two recurring clock
    # times; "last October" in April 1999-10; "38 days" P38D. Walls: "17 months" P17M
    # (December 1998 to May 2000); "the 1480s" 148; "the coming months" PXM. Not annotated:
    # "Spring Arts Festival" and the headline's "Spring arts festival" (a season in a name and
    # an adjective naming a kind, gold_blind56), the film titles "Winter of 1956" and
    # "Saturday Bride", "15th", "during the exhibition", counts and percentages.
    "sorvan-culture-dispatches-dorvan-festival": (
        "2000-04-14",
        [
            ("2000-04-14", "DATE", "2000-04-14"),
            ("18:30 GMT", "TIME", "2000-04-14T18:30"),
            ("April 14", "DATE", "2000-04-14"),
            ("this evening", "TIME", "2000-04-14TEV"),
            ("May 5", "DATE", "2000-05-05"),
            ("three-week", "DURATION", "P3W"),
            ("annually", "SET", "P1Y"),
            ("1986", "DATE", "1986"),
            ("March 1", "DATE", "2000-03-01"),
            ("last Friday", "DATE", "2000-04-07"),
            ("this year", "DATE", "2000"),
            ("last year", "DATE", "1999"),
            ("Easter", "DATE", "2000-04-23"),
            ("April 23", "DATE", "2000-04-23"),
            ("8 p.m.", "TIME", "2000-04-23T20:00"),
            ("April 14", "DATE", "2000-04-14"),
            ("the 14th century", "DATE", "13"),
            ("Tuesday", "DATE", "2000-04-18"),
            ("three months", "DURATION", "P3M"),
            ("today", "DATE", "2000-04-14"),
            ("1939", "DATE", "1939"),
            ("the past four years", "DURATION", "P4Y"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("April 14", "DATE", "2000-04-14"),
            ("seven-day", "DURATION", "P7D"),
            ("Thursday night", "TIME", "2000-04-13TNI"),
            ("1995", "DATE", "1995"),
            ("April 19", "DATE", "2000-04-19"),
            ("twice a day", "SET", "P1D"),
            ("3 p.m.", "TIME", "XXXX-XX-XXT15:00"),
            ("7:30 p.m.", "TIME", "XXXX-XX-XXT19:30"),
            ("last October", "DATE", "1999-10"),
            ("38 days", "DURATION", "P38D"),
            ("the summer of 1998", "DATE", "1998-SU"),
            ("April 14", "DATE", "2000-04-14"),
            ("November 1998", "DATE", "1998-11"),
            ("May 1", "DATE", "2000-05-01"),
            ("17 months", "DURATION", "P17M"),
            ("today", "DATE", "2000-04-14"),
            ("the 1480s", "DATE", "148"),
            ("1997", "DATE", "1997"),
            ("the coming months", "DURATION", "PXM"),
        ],
    ),
    # Saturday 1998-06-20 (ISO week 25), AP "Entertainment Briefs", date line "Saturday, June
    # 20, 1998", four items with headlines and datelines without date. Singer: surgery
    # "Thursday" 1998-06-18, "said Friday" 1998-06-19; "was to have played Pittsburgh on
    # Tuesday night, the first of the canceled shows" is the coming Tuesday night
    # 1998-06-23TNI (a plan about a coming day, gold_blind34); "at least six weeks" P6W; "in
    # April" 1998-04; "Aug. 29", "July 31" 1998; "1994 album" -> "1994" (gold_blind64's "1958
    # album"). Film: "this weekend" in a Saturday paper the current one 1998-W25-WE
    # (gold_blind4); "its first three days last weekend" P3D and 1998-W24-WE (opened Friday
    # June 12); "on Friday alone" -> "Friday" 1998-06-19; "the Fourth of July" 1998-07-04;
    # "its second week" DURATION P2W, an ordinal period of an event like "its fourth week"
    # (gold_blind35). Playwright: "Monday evening" 1998-06-22TEV; "nearly four decades" P40Y
    # (gold_blind7); "recent years" PAST_REF; "annually" P1Y; "September" 1998-09. Sitcom:
    # "hourlong" adjectival DURATION PT1H; "Thursday at 9 p.m. EDT" 1998-06-25 and T21:00 (the
    # coming Thursday); "said this week" 1998-W25; "on Thursday nights" SET XXXX-WXX-4TNI
    # (gold_blind19's "Friday nights"); "the fall of 1991" 1991-FA; "10-hour" PT10H; "Father's
    # Day" 1998, the third Sunday of June, 1998-06-21, with "noon" that day. Not annotated:
    # "seven seasons" (TV seasons, no calendar unit, gold_blind7), the titles "Sunday Morning
    # Highway", "August Rain" and "The Long Tuesday", "1-800-555-1998", "40-city", "11 dates",
    # "47", "72", "31 plays", "41 percent", dollar amounts, "2,900 screens".
    "entertainment-briefs-rayburn-tour-pirate-moon": (
        "1998-06-20",
        [
            ("Saturday, June 20, 1998", "DATE", "1998-06-20"),
            ("Thursday", "DATE", "1998-06-18"),
            ("Friday", "DATE", "1998-06-19"),
            ("Tuesday night", "TIME", "1998-06-23TNI"),
            ("at least six weeks", "DURATION", "P6W"),
            ("April", "DATE", "1998-04"),
            ("Aug. 29", "DATE", "1998-08-29"),
            ("July 31", "DATE", "1998-07-31"),
            ("1994", "DATE", "1994"),
            ("this weekend", "DATE", "1998-W25-WE"),
            ("its first three days", "DURATION", "P3D"),
            ("last weekend", "DATE", "1998-W24-WE"),
            ("1995", "DATE", "1995"),
            ("June 12", "DATE", "1998-06-12"),
            ("Friday", "DATE", "1998-06-19"),
            ("today", "DATE", "1998-06-20"),
            ("the Fourth of July", "DATE", "1998-07-04"),
            ("its second week", "DURATION", "P2W"),
            ("1961", "DATE", "1961"),
            ("Monday evening", "TIME", "1998-06-22TEV"),
            ("nearly four decades", "DURATION", "P40Y"),
            ("recent years", "DATE", "PAST_REF"),
            ("annually", "SET", "P1Y"),
            ("1978", "DATE", "1978"),
            ("September", "DATE", "1998-09"),
            ("hourlong", "DURATION", "PT1H"),
            ("Thursday", "DATE", "1998-06-25"),
            ("9 p.m. EDT", "TIME", "1998-06-25T21:00"),
            ("this week", "DATE", "1998-W25"),
            ("Thursday nights", "SET", "XXXX-WXX-4TNI"),
            ("the fall of 1991", "DATE", "1991-FA"),
            ("10-hour", "DURATION", "PT10H"),
            ("Father's Day", "DATE", "1998-06-21"),
            ("noon", "TIME", "1998-06-21T12:00"),
            ("September 1999", "DATE", "1999-09"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
