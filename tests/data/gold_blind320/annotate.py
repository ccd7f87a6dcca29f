"""Annotations of blind gold set 320, chosen by hand before the tagger ran.

    python tests/data/gold_blind320/annotate.py [--show]

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
    # Wednesday 2014-06-11 (ISO week 24), US mid-size daily's website, city-council budget
    # vote, "Posted: Wednesday, June 11, 2014 5:40 am | Updated: 10:15 am, Wed Jun 11, 2014."
    # (two DATEs and two TIMEs, the update time on the stamp's day, gold_blind44) and a
    # "BRAMWELL —" dateline. The vote came "late Tuesday" 2014-06-10 (DATE, gold_blind13),
    # "shortly after 11 p.m." -> "11 p.m." 2014-06-10T23:00 ("shortly after" a signal,
    # gold_blind18), the meeting "began at 7 p.m." that day; "Tuesday night's vote" ->
    # "Tuesday night" 2014-06-10TNI. The mayor "said Monday" 2014-06-09 (past). The city's
    # fiscal year runs July-June and is named by the year it ends (gold_blind13, gold_blind37):
    # "the fiscal year that begins July 1" -> "the fiscal year" FY2015 plus "July 1"
    # 2014-07-01; "fiscal 2015" FY2015 (twice); "the current fiscal year, which ends June 30"
    # FY2014 plus 2014-06-30. "this year" keeps the calendar value of its wording, 2014
    # (gold_blind35). The library's Sunday hours recur on no particular day: "Sundays" SET
    # XXXX-WXX-7 with "1 p.m." and "5 p.m." XXXX-XX-XXThh:mm (gold_blind13), "starting Sept. 7"
    # 2014-09-07 (a Sunday, no weekday written), "Saturdays" XXXX-WXX-6. Future: "Nov. 15"
    # 2014-11-15, "August" 2014-08, "this summer" 2014-SU, "next spring" 2015-SP, "Jan. 1"
    # 2015-01-01, the vote "at 7 p.m. June 24" (two TIMEX3), the town hall "6:30 p.m. Thursday"
    # 2014-06-12. Past: "last month" 2014-05, "2011", "since last winter" 2014-WI (the winter
    # of 2013-14, taking the year of its January, gold_blind10, gold_blind97). "the third
    # increase in three years" -> "three years" P3Y (the period of an ordinal count,
    # gold_blind103); "doubled in a decade" -> "a decade" P10Y (how long a past change took,
    # gold_blind35); "for 41 years" P41Y; "the first quarter of 2014" 2014-Q1 one span and "a
    # year earlier" after it 2013-Q1 (gold_blind44). "every Friday afternoon" SET
    # XXXX-WXX-5TAF. Not annotated: "6-3", "41 of whom", "$148.6 million", "2.5 percent", "$86",
    # "$150,000", "31 positions", "12 miles", "4 percent", "3.1 percent", "67", "34" (ages),
    # "Route 38", "1918 Oakmont Ave.", "bramwellil.gov/council/2014-06-10" (the meeting's
    # date inside a URL), "217-555-2015" (a phone number ending in a year-like 2015, in a
    # story with "fiscal 2015"), "for the first time" (the "since 2009" beside it annotated),
    # "since the recession", "one-time money", "The first installment".
    "bramwell-council-budget-vote": (
        "2014-06-11",
        [
            ("2009", "DATE", "2009"),
            ("Wednesday, June 11, 2014", "DATE", "2014-06-11"),
            ("5:40 am", "TIME", "2014-06-11T05:40"),
            ("10:15 am", "TIME", "2014-06-11T10:15"),
            ("Wed Jun 11, 2014", "DATE", "2014-06-11"),
            ("nearly four hours", "DURATION", "PT4H"),
            ("late Tuesday", "DATE", "2014-06-10"),
            ("the fiscal year", "DATE", "FY2015"),
            ("July 1", "DATE", "2014-07-01"),
            ("2009", "DATE", "2009"),
            ("11 p.m.", "TIME", "2014-06-10T23:00"),
            ("7 p.m.", "TIME", "2014-06-10T19:00"),
            ("fiscal 2015", "DATE", "FY2015"),
            ("the current fiscal year", "DATE", "FY2014"),
            ("June 30", "DATE", "2014-06-30"),
            ("Nov. 15", "DATE", "2014-11-15"),
            ("the past five years", "DURATION", "P5Y"),
            ("Monday", "DATE", "2014-06-09"),
            ("this year", "DATE", "2014"),
            ("last month", "DATE", "2014-05"),
            ("two-year", "DURATION", "P2Y"),
            ("Tuesday night", "TIME", "2014-06-10TNI"),
            ("2011", "DATE", "2011"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("1 p.m.", "TIME", "XXXX-XX-XXT13:00"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("Sept. 7", "DATE", "2014-09-07"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("26-week", "DURATION", "P26W"),
            ("August", "DATE", "2014-08"),
            ("this summer", "DATE", "2014-SU"),
            ("next spring", "DATE", "2015-SP"),
            ("Jan. 1", "DATE", "2015-01-01"),
            ("three years", "DURATION", "P3Y"),
            ("fiscal 2015", "DATE", "FY2015"),
            ("the first quarter of 2014", "DATE", "2014-Q1"),
            ("a year earlier", "DATE", "2013-Q1"),
            ("41 years", "DURATION", "P41Y"),
            ("a decade", "DURATION", "P10Y"),
            ("last winter", "DATE", "2014-WI"),
            ("7 p.m.", "TIME", "2014-06-24T19:00"),
            ("June 24", "DATE", "2014-06-24"),
            ("6:30 p.m.", "TIME", "2014-06-12T18:30"),
            ("Thursday", "DATE", "2014-06-12"),
            ("every Friday afternoon", "SET", "XXXX-WXX-5TAF"),
        ],
    ),
    # Tuesday 2013-08-20 (ISO week 34), US morning daily's print page, section label
    # "EDUCATION", date line "Tuesday, August 20, 2013" (one DATE span), headline, deck, byline,
    # "HARMON VALLEY —" dateline. Classes start "Wednesday" 2013-08-21 (headline and lead, "at
    # 7:45 a.m. Wednesday" two TIMEX3); the deck's "beginning in January" 2014-01, the body's
    # "Jan. 6" 2014-01-06. "the 2013-14 school year" -> "2013" 2013 and the bare "14" 2014,
    # "school year" left out (gold_blind44). Past: "Friday afternoon" 2013-08-16TAF, "the
    # weekend" just past 2013-W33-WE (17-18 August, the ISO week of its Saturday), "yesterday"
    # Monday 2013-08-19, "Saturday morning" 2013-08-17TMO, the board's "meeting Monday night"
    # 2013-08-19TNI, "Aug. 1" 2013-08-01, "last fall" 2012-FA. "two years ago" 2011 (the unit's
    # granularity, gold_blind28). The bell times recur on no particular day, XXXX-XX-XXThh:mm
    # ("7:20 a.m.", "8:05 a.m.", "2:50 p.m.", "8:15 a.m.", like "the first bell at 8:10 a.m."
    # in gold_blind44); "dismiss two hours early" -> "two hours" PT2H, the size of a shift
    # (gold_blind44); "every Wednesday" SET XXXX-WXX-3 "starting Sept. 4" 2013-09-04. "the
    # first week" of school is an ordinal period of an event, DURATION P1W (gold_blind35);
    # "about 20 minutes late" PT20M, the size of a delay. The hotline's hours "from 6 a.m. to
    # 6 p.m. daily through Friday": two TIMEs XXXX-XX-XXThh:mm, SET P1D and "Friday"
    # 2013-08-23 (the coming Friday, as is "before Friday"). "Monday, Sept. 2" and "Labor Day"
    # (the first Monday of September) both 2013-09-02, two DATEs like "Monday is Presidents Day"
    # (gold_blind56). "from last year" 2012 and "this summer" 2013-SU keep their calendar
    # values; "the past two weeks" P2W; "now" PRESENT_REF; "Wednesday morning" 2013-08-21TMO;
    # "June 5, 2014"; "Last winter" in August 2013 is the winter of 2012-13, 2013-WI
    # (gold_blind10, gold_blind44); "the 1990s" 199; "7 p.m. Monday, Sept. 9" two TIMEX3;
    # "built in 19 months" P19M (how long a past job took). Not annotated: "school year",
    # "winter break", "snow days", "The last day of classes", "later in the morning" (a
    # generic part of day in a finding about teenagers), "9,800", "412", "$18.2 million",
    # "5-2", "3 percent", "64", "11", "harmonvalleyschools.org/buses2013" (a year in a URL),
    # "555-0180", "1960 Carver Road" (an address with a year-like number), "seven".
    "harmon-valley-schools-open-whitfield": (
        "2013-08-20",
        [
            ("Tuesday, August 20, 2013", "DATE", "2013-08-20"),
            ("Wednesday", "DATE", "2013-08-21"),
            ("January", "DATE", "2014-01"),
            ("2013", "DATE", "2013"),
            ("14", "DATE", "2014"),
            ("7:45 a.m.", "TIME", "2013-08-21T07:45"),
            ("Wednesday", "DATE", "2013-08-21"),
            ("two years ago", "DATE", "2011"),
            ("1998", "DATE", "1998"),
            ("Friday afternoon", "TIME", "2013-08-16TAF"),
            ("the weekend", "DATE", "2013-W33-WE"),
            ("yesterday", "DATE", "2013-08-19"),
            ("Aug. 1", "DATE", "2013-08-01"),
            ("19 months", "DURATION", "P19M"),
            ("Saturday morning", "TIME", "2013-08-17TMO"),
            ("Monday night", "TIME", "2013-08-19TNI"),
            ("7:20 a.m.", "TIME", "XXXX-XX-XXT07:20"),
            ("8:05 a.m.", "TIME", "XXXX-XX-XXT08:05"),
            ("Jan. 6", "DATE", "2014-01-06"),
            ("last fall", "DATE", "2012-FA"),
            ("2:50 p.m.", "TIME", "XXXX-XX-XXT14:50"),
            ("8:15 a.m.", "TIME", "XXXX-XX-XXT08:15"),
            ("two hours", "DURATION", "PT2H"),
            ("every Wednesday", "SET", "XXXX-WXX-3"),
            ("Sept. 4", "DATE", "2013-09-04"),
            ("the first week", "DURATION", "P1W"),
            ("about 20 minutes", "DURATION", "PT20M"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("daily", "SET", "P1D"),
            ("Friday", "DATE", "2013-08-23"),
            ("Monday, Sept. 2", "DATE", "2013-09-02"),
            ("Labor Day", "DATE", "2013-09-02"),
            ("last year", "DATE", "2012"),
            ("this summer", "DATE", "2013-SU"),
            ("the past two weeks", "DURATION", "P2W"),
            ("Friday", "DATE", "2013-08-23"),
            ("now", "DATE", "PRESENT_REF"),
            ("Wednesday morning", "TIME", "2013-08-21TMO"),
            ("June 5, 2014", "DATE", "2014-06-05"),
            ("Last winter", "DATE", "2013-WI"),
            ("the 1990s", "DATE", "199"),
            ("7 p.m.", "TIME", "2013-09-09T19:00"),
            ("Monday, Sept. 9", "DATE", "2013-09-09"),
        ],
    ),
    # Thursday 2015-02-19 (ISO week 8), US regional daily's website, county court case after a
    # preliminary hearing, stamps "Posted Feb. 19, 2015 at 6:12 PM" and "Updated Feb. 19, 2015
    # at 9:40 PM" (DATE and TIME each), byline, "MARSHFIELD —" dateline. The judge "ruled
    # Thursday", the publication day itself, 2015-02-19 (a same-day web story names its own
    # day by weekday); the trooper "testified Wednesday" 2015-02-18; the hearing was last
    # postponed "on Monday" 2015-02-16, "Presidents Day" (the third Monday of February) the
    # same day; the vigil "at 7 p.m. Saturday" 2015-02-21 (future). The crash: "the night of
    # Oct. 11" one TIME span 2014-10-11TNI (gold_blind5, gold_blind21); "about 11:50 p.m."
    # that night 2014-10-11T23:50; "about 20 minutes later" an anchored TIME counted from it,
    # across midnight, 2014-10-12T00:10 (gold_blind44, gold_blind47); "early the next morning"
    # 2014-10-12TMO (gold_blind47); "four days later, on Oct. 15" both 2014-10-15
    # (gold_blind58, gold_blind69); "that evening" the evening of the crash, 2014-10-11TEV.
    # "stretched over two days" P2D; "more than 80 hours afterward" PT80H (an anchored
    # duration); "Four months" P4M; "every night" SET XXXX-XX-XXTNI; "this afternoon"
    # 2015-02-19TAF; "up to 20 years" P20Y; "three-year" and "six-month" adjectival durations;
    # "the past year" P1Y. Future months: "March 27" at "9 a.m." (two TIMEX3), "March 13",
    # "September" 2015-09, "the fall" 2015-FA; past "December" 2014-12. Not annotated:
    # "19-year-old", "28", "Route 7" (three times), "2006 Ford F-150" (a model year,
    # gold_blind16), "$250,000", "five charges", "three times", "both days" (anaphoric), "the
    # time of the crash", "14 fatal", "four of them", "mile marker 14", "his 20th birthday"
    # (an ordinal count of birthdays; the vigil's Saturday is annotated), the docket number
    # "CP-41-CR-0001187-2014" (a 2014 inside an identifier).
    "kessler-county-hit-and-run-hearing": (
        "2015-02-19",
        [
            ("Feb. 19, 2015", "DATE", "2015-02-19"),
            ("6:12 PM", "TIME", "2015-02-19T18:12"),
            ("Feb. 19, 2015", "DATE", "2015-02-19"),
            ("9:40 PM", "TIME", "2015-02-19T21:40"),
            ("Thursday", "DATE", "2015-02-19"),
            ("the night of Oct. 11", "TIME", "2014-10-11TNI"),
            ("two days", "DURATION", "P2D"),
            ("9 a.m.", "TIME", "2015-03-27T09:00"),
            ("March 27", "DATE", "2015-03-27"),
            ("about 11:50 p.m.", "TIME", "2014-10-11T23:50"),
            ("about 20 minutes later", "TIME", "2014-10-12T00:10"),
            ("early the next morning", "TIME", "2014-10-12TMO"),
            ("four days later", "DATE", "2014-10-15"),
            ("Oct. 15", "DATE", "2014-10-15"),
            ("Wednesday", "DATE", "2015-02-18"),
            ("that evening", "TIME", "2014-10-11TEV"),
            ("more than 80 hours", "DURATION", "PT80H"),
            ("March 13", "DATE", "2015-03-13"),
            ("the fall", "DATE", "2015-FA"),
            ("December", "DATE", "2014-12"),
            ("Monday", "DATE", "2015-02-16"),
            ("Presidents Day", "DATE", "2015-02-16"),
            ("Four months", "DURATION", "P4M"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("this afternoon", "TIME", "2015-02-19TAF"),
            ("up to 20 years", "DURATION", "P20Y"),
            ("three-year", "DURATION", "P3Y"),
            ("2009", "DATE", "2009"),
            ("2012", "DATE", "2012"),
            ("six-month", "DURATION", "P6M"),
            ("2013", "DATE", "2013"),
            ("2010", "DATE", "2010"),
            ("the past year", "DURATION", "P1Y"),
            ("7 p.m.", "TIME", "2015-02-21T19:00"),
            ("Saturday", "DATE", "2015-02-21"),
            ("September", "DATE", "2015-09"),
        ],
    ),
    # Monday 2015-06-22 (ISO week 26), US regional daily's website (newspaper-network style),
    # storm and clean-up, stamp "Published 5:47 a.m. CT June 22, 2015 | Updated 1:30 p.m. CT
    # June 22, 2015" (the zone in the TIME span, not in the value, gold_blind103), byline
    # without "By", "LANSFORD —" dateline, a "WHAT TO KNOW" box. The storm: "Saturday's
    # storms" (headline) and "Saturday night" 2015-06-20 / 2015-06-20TNI, "10 p.m. Saturday"
    # two TIMEX3, the tornado "at 9:42 p.m." that night 2015-06-20T21:42; "two days after" ->
    # "two days" P2D (an anchored duration, gold_blind35). "Sunday" 2015-06-21 (the weather
    # service's statement), "Father's Day" (the third Sunday of June) 2015-06-21, "early
    # Sunday" DATE 2015-06-21 (gold_blind28, gold_blind44). Future: "Tuesday" 2015-06-23
    # (headline and body), "late Wednesday" DATE 2015-06-24, "the weekend" 2015-W26-WE
    # (27-28 June), "July 3", "at least Friday" 2015-06-26, "Tuesday afternoon" 2015-06-23TAF,
    # "Wednesday and Thursday" 2015-06-24 and 2015-06-25; "The Fourth of July fireworks" ->
    # "Fourth of July" 2015-07-04, a holiday in attributive position for an event on that day
    # (gold_blind57), the determiner belonging to "fireworks". Publication day: "Monday
    # morning" 2015-06-22TMO, "this morning", "tonight" 2015-06-22TNI, "9 p.m. today". The
    # compost site's and the pickup's hours recur: XXXX-XX-XXThh:mm with "daily" SET P1D. "the
    # first 12 hours after the storm" PT12H (an ordinal period of an event); "the county's
    # worst in at least 15 years" P15Y (the period of a superlative, gold_blind103); "less than
    # an hour" PT1H (how long a past rainfall took); "more than two hours" PT2H (a generic
    # period, like "the first two hours" in gold_blind44); "every two hours" SET PT2H. Not
    # annotated: "80 mph", "EF1", "3 miles", "14,000", "31,000", "48,000", "212 calls", "58",
    # "6-foot", "County Road 1850", "2.4 inches", "the low 90s" (temperatures, not a decade,
    # gold_blind13), "1-800-555-2011", "sentinelnews.com/storm2015" (a year in a URL), "40
    # degrees", "a family of four", "collection days", "until further notice", "At the peak".
    "lansford-storm-power-outages": (
        "2015-06-22",
        [
            ("Saturday", "DATE", "2015-06-20"),
            ("Tuesday", "DATE", "2015-06-23"),
            ("5:47 a.m. CT", "TIME", "2015-06-22T05:47"),
            ("June 22, 2015", "DATE", "2015-06-22"),
            ("1:30 p.m. CT", "TIME", "2015-06-22T13:30"),
            ("June 22, 2015", "DATE", "2015-06-22"),
            ("Monday morning", "TIME", "2015-06-22TMO"),
            ("two days", "DURATION", "P2D"),
            ("Saturday night", "TIME", "2015-06-20TNI"),
            ("late Wednesday", "DATE", "2015-06-24"),
            ("the weekend", "DATE", "2015-W26-WE"),
            ("10 p.m.", "TIME", "2015-06-20T22:00"),
            ("Saturday", "DATE", "2015-06-20"),
            ("Sunday", "DATE", "2015-06-21"),
            ("9:42 p.m.", "TIME", "2015-06-20T21:42"),
            ("about four minutes", "DURATION", "PT4M"),
            ("the first 12 hours", "DURATION", "PT12H"),
            ("Father's Day", "DATE", "2015-06-21"),
            ("eight hours", "DURATION", "PT8H"),
            ("1962", "DATE", "1962"),
            ("Tuesday", "DATE", "2015-06-23"),
            ("July 3", "DATE", "2015-07-03"),
            ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
            ("at least 15 years", "DURATION", "P15Y"),
            ("less than an hour", "DURATION", "PT1H"),
            ("Fourth of July", "DATE", "2015-07-04"),
            ("this morning", "TIME", "2015-06-22TMO"),
            ("at least Friday", "DATE", "2015-06-26"),
            ("tonight", "TIME", "2015-06-22TNI"),
            ("Tuesday afternoon", "TIME", "2015-06-23TAF"),
            ("Wednesday", "DATE", "2015-06-24"),
            ("Thursday", "DATE", "2015-06-25"),
            ("9 p.m.", "TIME", "2015-06-22T21:00"),
            ("today", "DATE", "2015-06-22"),
            ("every two hours", "SET", "PT2H"),
            ("early Sunday", "DATE", "2015-06-21"),
            ("more than two hours", "DURATION", "PT2H"),
        ],
    ),
    # Friday 2013-04-12 (ISO week 15), US daily's weekly "ROAD WATCH" column, date line
    # "Friday, April 12, 2013", headline, byline, no dateline, a bulleted "WHAT DRIVERS SHOULD
    # EXPECT" box. Work starts "Monday" 2013-04-15 (headline, lead and box); the headline's
    # "for 90 days" is the bridge closure, P90D; the project manager "said Wednesday" 2013-04-10 and
    # the diner owner "said Thursday" 2013-04-11 (past); the public meeting "6 p.m. Tuesday"
    # 2013-04-16 (future). "until the fall of 2014" one span 2014-FA; the deadline "Nov. 26,
    # 2014"; "a month early" -> "a month" P1M (the size of a shift, gold_blind44); "the next
    # 19 months" P19M. The box: lane closures "daily from 9 a.m. to 3:30 p.m." (SET P1D and
    # two TIMEs XXXX-XX-XXThh:mm) "for about three weeks" P3W; the bridge closes "at 8 p.m.
    # April 22" (two TIMEX3) "for 90 days" P90D; "Tuesday, May 28" one DATE span; "from 8 p.m.
    # to 5 a.m. every night" two TIMEs XXXX-XX-XXThh:mm and SET XXXX-XX-XXTNI (gold_blind103);
    # "Memorial Day weekend" 2013-W21-WE (Saturday 25 May to Memorial Day, Monday 27 May, the
    # ISO week of its Saturday, gold_blind21, gold_blind43); "from noon July 3 until 6 a.m.
    # July 8" four TIMEX3, "noon" T12:00; "the Fourth of July" 2013-07-04. "through late
    # October" 2013-10; "for the winter" -> "the winter" ahead, the winter of 2013-14,
    # 2014-WI (a winter taking the year of its January, gold_blind10, gold_blind97);
    # "mid-November" 2013-11; "April 2014". "since 2001", "since 1987", "the summer of 1996"
    # one span 1996-SU (gold_blind35), "the past three years" P3Y, "Three months" P3M, "Now"
    # PRESENT_REF. "every Friday afternoon" XXXX-WXX-5TAF and "runs Fridays" XXXX-WXX-5 (a
    # plural weekday, gold_blind8). Not annotated: "Route 30" (eight times), "Exit 19", "Exit
    # 21", "Exits 19 and 21", "$34.7 million", "No. 2013-117" (a contract number holding 2013),
    # "$500,000", "45 mph", "40 percent", "212 crashes", "a third", "2014 Mill St." (an address
    # holding 2014, in a story with "April 2014" annotated), "555-0130", "around the clock",
    # "The first phase", "the last time". "nearly a decade" of planning is P10Y.
    "ridgeville-route-30-widening": (
        "2013-04-12",
        [
            ("Friday, April 12, 2013", "DATE", "2013-04-12"),
            ("Monday", "DATE", "2013-04-15"),
            ("90 days", "DURATION", "P90D"),
            ("nearly a decade", "DURATION", "P10Y"),
            ("Monday", "DATE", "2013-04-15"),
            ("the fall of 2014", "DATE", "2014-FA"),
            ("February", "DATE", "2013-02"),
            ("Nov. 26, 2014", "DATE", "2014-11-26"),
            ("a month", "DURATION", "P1M"),
            ("the next 19 months", "DURATION", "P19M"),
            ("Wednesday", "DATE", "2013-04-10"),
            ("Monday", "DATE", "2013-04-15"),
            ("daily", "SET", "P1D"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("3:30 p.m.", "TIME", "XXXX-XX-XXT15:30"),
            ("about three weeks", "DURATION", "P3W"),
            ("8 p.m.", "TIME", "2013-04-22T20:00"),
            ("April 22", "DATE", "2013-04-22"),
            ("90 days", "DURATION", "P90D"),
            ("Tuesday, May 28", "DATE", "2013-05-28"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("5 a.m.", "TIME", "XXXX-XX-XXT05:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("Memorial Day weekend", "DATE", "2013-W21-WE"),
            ("noon", "TIME", "2013-07-03T12:00"),
            ("July 3", "DATE", "2013-07-03"),
            ("6 a.m.", "TIME", "2013-07-08T06:00"),
            ("July 8", "DATE", "2013-07-08"),
            ("the Fourth of July", "DATE", "2013-07-04"),
            ("late October", "DATE", "2013-10"),
            ("the winter", "DATE", "2014-WI"),
            ("mid-November", "DATE", "2013-11"),
            ("April 2014", "DATE", "2014-04"),
            ("2001", "DATE", "2001"),
            ("the past three years", "DURATION", "P3Y"),
            ("1987", "DATE", "1987"),
            ("the summer of 1996", "DATE", "1996-SU"),
            ("Three months", "DURATION", "P3M"),
            ("Thursday", "DATE", "2013-04-11"),
            ("Now", "DATE", "PRESENT_REF"),
            ("90 days", "DURATION", "P90D"),
            ("6 p.m.", "TIME", "2013-04-16T18:00"),
            ("Tuesday", "DATE", "2013-04-16"),
            ("every Friday afternoon", "SET", "XXXX-WXX-5TAF"),
            ("Fridays", "SET", "XXXX-WXX-5"),
        ],
    ),
    # Saturday 2012-11-17 (ISO week 46), US daily's business page, section label and date
    # line "BUSINESS | Saturday, Nov. 17, 2012" (one DATE span), headline, byline, "DUNMORE —"
    # dateline, an information line at the foot. The opening was "Friday" 2012-11-16, the line
    # forming "before 3 p.m." and the beer gone "by 7 p.m." that day; "an hour before the
    # doors opened" -> "an hour" PT1H (an anchored duration, gold_blind57, gold_blind91). The
    # downtown director "said Thursday" 2012-11-15 (past). "the 1912 building" -> "1912" DATE,
    # an adjectival year (gold_blind28's "The 1957 quake"); "its door dated 1923" DATE 1923.
    # "last spring" in November 2012 is the spring of the same year, 2012-SP (gold_blind35);
    # "August" 2012-08, "Oct. 30" 2012-10-30 past; "December" 2012-12 and "by spring" 2013-SP
    # ahead. The taproom's hours recur: "from 4 p.m. to 11 p.m. daily except Mondays" -> two
    # TIMEs XXXX-XX-XXThh:mm, SET P1D and "Mondays" SET XXXX-WXX-1 (gold_blind20's "closed
    # Mondays"); "at noon on Sundays starting next week" -> "noon" XXXX-XX-XXT12:00, "Sundays"
    # XXXX-WXX-7, "next week" 2012-W47. "Thanksgiving Day" (the fourth Thursday of November)
    # 2012-11-22 and "at 11 a.m. the next day" 2012-11-23T11:00 with "the next day" anchored
    # on it, 2012-11-23 (gold_blind54, gold_blind55). "every 10 days" SET P10D; "each weekend"
    # SET XXXX-WXX-WE; "every year" SET P1Y; "Five years ago" 2007; "now" PRESENT_REF; the party
    # "2 p.m. to 10 p.m. Saturday, Dec. 1" two TIMEs and one DATE; "4 p.m. today" and
    # "tonight" the publication day. Not annotated: "1912 Amber" (a beer named for a year, in
    # a story with the adjectival "1912" annotated), "1912 Main St." (an address), "Black
    # Friday" (the name of a coffee stout released on 23 November, not the day), "the year
    # the bank opened" (event-anchored), "Prohibition" (an era's name; its end "in 1933" is
    # annotated), "300 people", "about 900", "36", "$180,000", "$1.2 million", "a third",
    # "15-barrel", "64-ounce", "about 800 barrels", "14 people", "eight", "full time", "the
    # third brewery", "three more storefronts", "555-0142".
    "dunmore-farmers-trust-brewery-opens": (
        "2012-11-17",
        [
            ("Saturday, Nov. 17, 2012", "DATE", "2012-11-17"),
            ("3 p.m.", "TIME", "2012-11-16T15:00"),
            ("Friday", "DATE", "2012-11-16"),
            ("an hour", "DURATION", "PT1H"),
            ("7 p.m.", "TIME", "2012-11-16T19:00"),
            ("15 years", "DURATION", "P15Y"),
            ("1912", "DATE", "1912"),
            ("March 2011", "DATE", "2011-03"),
            ("1994", "DATE", "1994"),
            ("14 months", "DURATION", "P14M"),
            ("last spring", "DATE", "2012-SP"),
            ("August", "DATE", "2012-08"),
            ("Oct. 30", "DATE", "2012-10-30"),
            ("1923", "DATE", "1923"),
            ("now", "DATE", "PRESENT_REF"),
            ("4 p.m.", "TIME", "XXXX-XX-XXT16:00"),
            ("11 p.m.", "TIME", "XXXX-XX-XXT23:00"),
            ("daily", "SET", "P1D"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("next week", "DATE", "2012-W47"),
            ("Thanksgiving Day", "DATE", "2012-11-22"),
            ("11 a.m.", "TIME", "2012-11-23T11:00"),
            ("the next day", "DATE", "2012-11-23"),
            ("December", "DATE", "2012-12"),
            ("every 10 days", "SET", "P10D"),
            ("2013", "DATE", "2013"),
            ("each weekend", "SET", "XXXX-WXX-WE"),
            ("2010", "DATE", "2010"),
            ("1933", "DATE", "1933"),
            ("every year", "SET", "P1Y"),
            ("2009", "DATE", "2009"),
            ("spring", "DATE", "2013-SP"),
            ("Five years ago", "DATE", "2007"),
            ("Thursday", "DATE", "2012-11-15"),
            ("2 p.m.", "TIME", "2012-12-01T14:00"),
            ("10 p.m.", "TIME", "2012-12-01T22:00"),
            ("Saturday, Dec. 1", "DATE", "2012-12-01"),
            ("4 p.m.", "TIME", "2012-11-17T16:00"),
            ("today", "DATE", "2012-11-17"),
            ("tonight", "TIME", "2012-11-17TNI"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
