"""Annotations of the three-hundred-and-sixth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind306/annotate.py [--show]

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
    # Sunday 2012-03-11 (ISO week 10), Canadian Press sports story on a website, section label,
    # headline, credit, stamp "Published Sunday, March 11, 2012 11:26PM EDT" (the date with its
    # weekday one DATE span, the clock time a TIME with the zone in the span, gold_blind49;
    # daylight time began that morning), "SASKATOON —" dateline. The final was "On Sunday
    # night" 2012-03-11TNI, "Tonight" in the skip's quote the same night; "started at 6:30 p.m.
    # local time (8:30 p.m. ET)" two TIMEs of the same moment, each as written (gold_blind28,
    # gold_blind20). Past weekdays of the week: "Tuesday's draws" 2012-03-06 (the possessive
    # without the "'s"), "on Wednesday" 2012-03-07, "at 9 a.m. Thursday" 2012-03-08T09:00 and
    # the DATE, "Friday night" 2012-03-09TNI, "on Friday" 2012-03-09, "Saturday afternoon's
    # semifinal" 2012-03-10TAF. Future: "on Monday" 2012-03-12, "at noon Tuesday"
    # 2012-03-13T12:00 and the DATE. "Five days ago" 2012-03-06, a day unit (gold_blind28's
    # granularity rule); "A year ago" 2011; "Earlier this week" 2012-W10 (the week that ends
    # on the publication Sunday); "next month" 2012-04; "Next year's championship" -> "Next
    # year" 2013. "14 years" P14Y (1998-2012); "almost three hours" PT3H; "for the second time
    # in three years" -> "three years" P3Y (the period of an ordinal count, gold_blind103's
    # "the third time in two weeks"); "for weeks" -> "weeks" PXW; "the nine-day event" P9D;
    # "the past two decades" P20Y; "four times a week" SET P1W (gold_blind35's "twice a week")
    # with "since October" 2011-10; "often at 6 a.m. before work" a habitual clock time on no
    # particular day, XXXX-XX-XXT06:00 (gold_blind16, gold_blind19); "December 2013" 2013-12.
    # Not annotated: scores "7-6", "5-4", "7-4", "9-4", "8-7", "6-3", "6-5", "the 3-4 game",
    # "the 1-2 game", "the 10th end", "the 11th", "nine ends", "first 10 games", ages "38",
    # "44", "6,218", "148,300", "the worlds", "the Olympic trials" beyond its date, "often".
    "marchand-rink-mens-curling-final": (
        "2012-03-11",
        [
            ("Sunday, March 11, 2012", "DATE", "2012-03-11"),
            ("11:26PM EDT", "TIME", "2012-03-11T23:26"),
            ("14 years", "DURATION", "P14Y"),
            ("Sunday night", "TIME", "2012-03-11TNI"),
            ("almost three hours", "DURATION", "PT3H"),
            ("Five days ago", "DATE", "2012-03-06"),
            ("1998", "DATE", "1998"),
            ("Tonight", "TIME", "2012-03-11TNI"),
            ("Tuesday", "DATE", "2012-03-06"),
            ("Wednesday", "DATE", "2012-03-07"),
            ("9 a.m.", "TIME", "2012-03-08T09:00"),
            ("Thursday", "DATE", "2012-03-08"),
            ("Friday night", "TIME", "2012-03-09TNI"),
            ("Saturday afternoon", "TIME", "2012-03-10TAF"),
            ("Friday", "DATE", "2012-03-09"),
            ("three years", "DURATION", "P3Y"),
            ("A year ago", "DATE", "2011"),
            ("6:30 p.m. local time", "TIME", "2012-03-11T18:30"),
            ("8:30 p.m. ET", "TIME", "2012-03-11T20:30"),
            ("weeks", "DURATION", "PXW"),
            ("Earlier this week", "DATE", "2012-W10"),
            ("nine-day", "DURATION", "P9D"),
            ("1993", "DATE", "1993"),
            ("the past two decades", "DURATION", "P20Y"),
            ("four times a week", "SET", "P1W"),
            ("October", "DATE", "2011-10"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("next month", "DATE", "2012-04"),
            ("December 2013", "DATE", "2013-12"),
            ("Monday", "DATE", "2012-03-12"),
            ("noon", "TIME", "2012-03-13T12:00"),
            ("Tuesday", "DATE", "2012-03-13"),
            ("2005", "DATE", "2005"),
            ("Next year", "DATE", "2013"),
            ("March 2, 2013", "DATE", "2013-03-02"),
        ],
    ),
    # Thursday 2012-11-15 (ISO week 46), Canadian Press court story on a website, headline,
    # byline and stamp "Thu, Nov 15, 2012 5:41 PM EST" (the date with its abbreviated weekday
    # one DATE span, the clock time a TIME), "OTTAWA —" dateline. The ruling was "released
    # Thursday" 2012-11-15, the harvester "said Thursday", the ministry "said late Thursday"
    # (DATE with the modifier in the span, gold_blind8, gold_blind23); "at 11 a.m." that day.
    # "On Tuesday" 2012-11-13 (past); "Saturday night" 2012-11-17TNI (future, the meeting).
    # The closure: "March 2011" 2011-03, "on March 18, 2011", "10 days later, on March 28" an
    # anchored DATE 2011-03-28 besides the date (gold_blind49's "two days later, on October
    # 2nd"); "a week earlier" than the Friday 18 March order, an ISO week at the unit's
    # granularity, 2011-W10 (gold_blind22); "10 days' notice" P10D; "September 2011" 2011-09.
    # "within 90 days" P90D, "60 days to seek leave" P60D, "the 18 months before the order"
    # P18M (an anchored duration alone, gold_blind35), "20 months" P20M (March 2011 to November
    # 2012), "over three days in August 2009" P3D and 2009-08, "over two days ... in June"
    # P2D and 2012-06. "for decades" -> "decades" PXY (gold_blind6); "every spring since the
    # 1970s" SET XXXX-SP plus DATE 197 (gold_blind6's "Every winter" XXXX-WI; gold_blind49's
    # "every year since 1919" a SET and a DATE); "every month since 2010" SET P1M plus 2010;
    # "at least twice a year" SET P1Y, the modifier in the span ("at least once a day",
    # gold_blind103). "this winter" in November 2012 is the coming winter of 2012-13, 2013-WI
    # (a northern winter takes the year of its January, gold_blind10, gold_blind103); "next
    # spring" 2013-SP; "the 2013 season" -> "2013" (the season left out, gold_blind43); "this
    # year" 2012. Not annotated: "two seasons" (a fishing season has no calendar unit, like
    # "this season" in gold_blind103), "3-0", "41-page", "A-412-11" (a docket number holding
    # "11"), "140", "61", "$2.3 million", "the Supreme Court of Canada".
    "cassidy-bay-clam-fishery-appeal-ruling": (
        "2012-11-15",
        [
            ("Thu, Nov 15, 2012", "DATE", "2012-11-15"),
            ("5:41 PM EST", "TIME", "2012-11-15T17:41"),
            ("10 days", "DURATION", "P10D"),
            ("Thursday", "DATE", "2012-11-15"),
            ("March 2011", "DATE", "2011-03"),
            ("90 days", "DURATION", "P90D"),
            ("September 2011", "DATE", "2011-09"),
            ("decades", "DURATION", "PXY"),
            ("every spring", "SET", "XXXX-SP"),
            ("the 1970s", "DATE", "197"),
            ("March 18, 2011", "DATE", "2011-03-18"),
            ("10 days later", "DATE", "2011-03-28"),
            ("March 28", "DATE", "2011-03-28"),
            ("a week earlier", "DATE", "2011-W10"),
            ("three days", "DURATION", "P3D"),
            ("August 2009", "DATE", "2009-08"),
            ("every month", "SET", "P1M"),
            ("2010", "DATE", "2010"),
            ("at least twice a year", "SET", "P1Y"),
            ("the 18 months", "DURATION", "P18M"),
            ("Thursday", "DATE", "2012-11-15"),
            ("11 a.m.", "TIME", "2012-11-15T11:00"),
            ("20 months", "DURATION", "P20M"),
            ("2010", "DATE", "2010"),
            ("late Thursday", "DATE", "2012-11-15"),
            ("60 days", "DURATION", "P60D"),
            ("Tuesday", "DATE", "2012-11-13"),
            ("this winter", "DATE", "2013-WI"),
            ("next spring", "DATE", "2013-SP"),
            ("2013", "DATE", "2013"),
            ("Saturday night", "TIME", "2012-11-17TNI"),
            ("two days", "DURATION", "P2D"),
            ("June", "DATE", "2012-06"),
            ("this year", "DATE", "2012"),
        ],
    ),
    # Monday 2013-09-09 (ISO week 37), Canadian Press politics story, headline, credit, date
    # line "Monday, Sept. 9, 2013 — 2:14 PM CT" (a DATE with its weekday and a TIME), "WINNIPEG
    # —" dateline. The vote is "Oct. 15" 2013-10-15 (headline, lead, "polls close at 8 p.m. on
    # Oct. 15" with the TIME on that day). The headline's "two years early" and "two years
    # ahead of schedule" -> "two years" DURATION P2Y, the size of a shift (gold_blind28's "six
    # months later than planned"). "on Monday morning" 2013-09-09TMO, "a 1 p.m. rally"
    # 2013-09-09T13:00 (an adjectival clock time), "said Monday" the publication day; "on
    # Friday" 2013-09-06 (past); "Wednesday" 2013-09-11 (future). Thanksgiving is the second
    # Monday of October, 2013-10-14: "the Thanksgiving weekend" is the ISO week of its
    # Saturday, 2013-W41-WE (gold_blind56, gold_blind103). "a 36-day campaign" P36D; "weeks of
    # fighting" -> "weeks" PXW; "for months" -> "months" PXM; "a month of late sittings" P1M;
    # "after 14 years" P14Y (1999-2013); "for decades" PXY; "the coming weeks" PXW; "more than
    # a decade" P10Y (the period of a superlative, gold_blind103). "Two years ago" 2011; "This
    # fall" 2013-FA; "the summer" (just past, in September) 2013-SU; "since the spring"
    # 2013-SP; "July 1" 2013-07-01; "in June" 2013-06; "last week" 2013-W36, "next week"
    # 2013-W38; the poll "conducted Aug. 27 to Sept. 2" two DATEs; "at 2 p.m. on Sept. 24" a
    # TIME and a DATE; "from Saturday, Oct. 5, to Oct. 9" two DATEs (the weekday in the first
    # span), "from 10 a.m. to 8 p.m. each day" two recurring clock times XXXX-XX-XXThh:mm and
    # the SET P1D (gold_blind49, gold_blind103); "at 6:30 p.m. on Sept. 30"; "the 2011
    # election" -> "2011" (gold_blind36's "the 2008 election"). Not annotated: "Bill 18", "37
    # of the legislature's 57 seats", "41 per cent", "36 per cent", "1,004", "3.1 percentage
    # points", "19 times out of 20" (a confidence level, not a frequency), "1-866-555-1999" (a
    # phone number holding 1999, in a story with "since 1999" annotated), "56 per cent", "58",
    # "a byelection", "the election" (an event, not a date).
    "manitoba-premier-calls-october-election": (
        "2013-09-09",
        [
            ("Oct. 15", "DATE", "2013-10-15"),
            ("two years", "DURATION", "P2Y"),
            ("Monday, Sept. 9, 2013", "DATE", "2013-09-09"),
            ("2:14 PM CT", "TIME", "2013-09-09T14:14"),
            ("Oct. 15", "DATE", "2013-10-15"),
            ("Monday morning", "TIME", "2013-09-09TMO"),
            ("36-day", "DURATION", "P36D"),
            ("the Thanksgiving weekend", "DATE", "2013-W41-WE"),
            ("two years", "DURATION", "P2Y"),
            ("weeks", "DURATION", "PXW"),
            ("July 1", "DATE", "2013-07-01"),
            ("Two years ago", "DATE", "2011"),
            ("1 p.m.", "TIME", "2013-09-09T13:00"),
            ("This fall", "DATE", "2013-FA"),
            ("2009", "DATE", "2009"),
            ("1999", "DATE", "1999"),
            ("last week", "DATE", "2013-W36"),
            ("Aug. 27", "DATE", "2013-08-27"),
            ("Sept. 2", "DATE", "2013-09-02"),
            ("the summer", "DATE", "2013-SU"),
            ("Monday", "DATE", "2013-09-09"),
            ("14 years", "DURATION", "P14Y"),
            ("Wednesday", "DATE", "2013-09-11"),
            ("months", "DURATION", "PXM"),
            ("March 2012", "DATE", "2012-03"),
            ("June", "DATE", "2013-06"),
            ("a month", "DURATION", "P1M"),
            ("Friday", "DATE", "2013-09-06"),
            ("the spring", "DATE", "2013-SP"),
            ("decades", "DURATION", "PXY"),
            ("2 p.m.", "TIME", "2013-09-24T14:00"),
            ("Sept. 24", "DATE", "2013-09-24"),
            ("Saturday, Oct. 5", "DATE", "2013-10-05"),
            ("Oct. 9", "DATE", "2013-10-09"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("each day", "SET", "P1D"),
            ("8 p.m.", "TIME", "2013-10-15T20:00"),
            ("Oct. 15", "DATE", "2013-10-15"),
            ("6:30 p.m.", "TIME", "2013-09-30T18:30"),
            ("Sept. 30", "DATE", "2013-09-30"),
            ("next week", "DATE", "2013-W38"),
            ("the coming weeks", "DURATION", "PXW"),
            ("2011", "DATE", "2011"),
            ("more than a decade", "DURATION", "P10Y"),
        ],
    ),
    # Wednesday 2014-08-20 (ISO week 34), AAP business story on a website, section label,
    # headline, credit, stamp "20 August 2014, 1:12 pm" (a DATE and a TIME), dated AAP dateline
    # "PERTH, Aug 20 AAP -" (the day of filing, the publication day, a DATE of its own,
    # gold_blind74's dated dateline). Wandoo's financial year ends on June 30 and is named by
    # the year it ends (gold_blind9, gold_blind21, gold_blind49, gold_blind74): "FY15"
    # (headline and body) and "the 2014/15 financial year" FY2015, "the 2013/14 financial year"
    # FY2014 (one span with its two years, gold_blind21); "a year earlier" after it FY2013 (the
    # granularity of what it is compared with, gold_blind35); "the 12 months to June 30" ->
    # "the 12 months" P12M plus 2014-06-30 (gold_blind28's "the six months to September");
    # "the previous corresponding period" (the Australian "pcp") the year before, FY2013 (like
    # gold_blind74's "the prior corresponding period"). "the second half" of FY2014 is
    # January-June 2014, valued as the calendar half it is, 2014-H1, and "the end of the
    # December half" (July-December 2014) 2014-H2, as gold_blind74 valued "the half-year to 31
    # December" 2013-H2; "the June quarter" 2014-Q2, "the September quarter" 2014-Q3 (calendar
    # names of quarters, gold_blind55, gold_blind74). "on Wednesday" (twice) the publication
    # day; "late Tuesday" 2014-08-19. "at 10am AWST (noon AEST)" two TIMEs of one moment
    # (AWST GMT+8, AEST GMT+10). "a year ago" 2013 (the unit's granularity); "every year since
    # 2011" SET P1Y plus 2011; "three years" P3Y; "March" 2014-03 and "two months ahead of
    # schedule" P2M (the size of a shift); "since January" 2014-01; "this week" 2014-W34;
    # "September 2012" 2012-09; "the next 12 months" P12M; "the past year" P1Y; "the next six
    # months" P6M; "last month" 2014-07; "the start of the year" 2014 (gold_blind30); "26
    # September", "14 October", "19 November" ahead in 2014; "late October" 2014-10. "recent
    # months" PAST_REF. Not annotated: "annual profit" (an adjective naming the period of a
    # figure, gold_blind103's "its usual monthly total"), "38pc", "Mine 14", "Vision 2020" (a
    # plan's name), "31.2 million tonnes", "24.5 million tonnes", "US$94 a tonne", "$38 a
    # tonne", "33 to 35 million tonnes", amounts, percentages, "180", "52", "ASX", "AAP
    # ms/jsm", "the annual general meeting" beyond its date.
    "wandoo-minerals-full-year-profit": (
        "2014-08-20",
        [
            ("FY15", "DATE", "FY2015"),
            ("20 August 2014", "DATE", "2014-08-20"),
            ("1:12 pm", "TIME", "2014-08-20T13:12"),
            ("Aug 20", "DATE", "2014-08-20"),
            ("recent months", "DATE", "PAST_REF"),
            ("the 2014/15 financial year", "DATE", "FY2015"),
            ("the 12 months", "DURATION", "P12M"),
            ("June 30", "DATE", "2014-06-30"),
            ("the previous corresponding period", "DATE", "FY2013"),
            ("Wednesday", "DATE", "2014-08-20"),
            ("the 2013/14 financial year", "DATE", "FY2014"),
            ("a year earlier", "DATE", "FY2013"),
            ("the second half", "DATE", "2014-H1"),
            ("the June quarter", "DATE", "2014-Q2"),
            ("26 September", "DATE", "2014-09-26"),
            ("a year ago", "DATE", "2013"),
            ("every year", "SET", "P1Y"),
            ("2011", "DATE", "2011"),
            ("three years", "DURATION", "P3Y"),
            ("March", "DATE", "2014-03"),
            ("two months", "DURATION", "P2M"),
            ("January", "DATE", "2014-01"),
            ("this week", "DATE", "2014-W34"),
            ("September 2012", "DATE", "2012-09"),
            ("the next 12 months", "DURATION", "P12M"),
            ("the past year", "DURATION", "P1Y"),
            ("10am AWST", "TIME", "2014-08-20T10:00"),
            ("noon AEST", "TIME", "2014-08-20T12:00"),
            ("FY15", "DATE", "FY2015"),
            ("the end of the December half", "DATE", "2014-H2"),
            ("the next six months", "DURATION", "P6M"),
            ("last month", "DATE", "2014-07"),
            ("late Tuesday", "DATE", "2014-08-19"),
            ("Wednesday", "DATE", "2014-08-20"),
            ("the start of the year", "DATE", "2014"),
            ("14 October", "DATE", "2014-10-14"),
            ("19 November", "DATE", "2014-11-19"),
            ("the September quarter", "DATE", "2014-Q3"),
            ("late October", "DATE", "2014-10"),
            ("2006", "DATE", "2006"),
            ("2009", "DATE", "2009"),
        ],
    ),
    # Tuesday 2015-01-27 (ISO week 5), AAP weather story on a website, section label,
    # headline, credit, stamp "Updated 4:31 PM AEST, Tuesday 27 January 2015" (a TIME and a
    # DATE with its weekday), dated dateline "BRISBANE, Jan 27 AAP -" (a DATE). Queensland
    # keeps AEST all year. Australia Day, 26 January, fell on Monday 2015-01-26: "Monday,
    # Australia Day" two DATEs (gold_blind103's "Monday is Family Day"); "the Australia Day
    # long weekend" (Saturday 24 to Monday 26 January) one span, the ISO week of its Saturday,
    # 2015-W04-WE, although its Monday lies in week 5 (gold_blind103's "Family Day weekend").
    # Past weekdays: the cyclone "on Friday" 2015-01-23, "on Saturday" 2015-01-24 and "since
    # Saturday" the same, "The following day" 2015-01-25 (a narrative anchor on Saturday,
    # gold_blind16, gold_blind21), "on Sunday night" 2015-01-25TNI, the peak "at 2am on Monday"
    # 2015-01-26T02:00, "the night" after Monday's flooding 2015-01-26TNI, "overnight" (told on
    # Tuesday) the night begun on Monday evening, 2015-01-26TNI (gold_blind103); "the 72 hours
    # to 9am Monday" PT72H plus 2015-01-26T09:00 and the DATE. Today: "on Tuesday" (three
    # times), "4.50am AEST" and "10am" that day. Future: "on Wednesday" 2015-01-28, "by
    # Wednesday morning" 2015-01-28TMO, "at least Friday" 2015-01-30, "from Thursday"
    # 2015-01-29, "this week" and "later this week" 2015-W05, "the weekend" 2015-W05-WE (31
    # January-1 February). "Only a week earlier" -> "a week earlier", the week before the long
    # weekend, 2015-W03 (an ISO week at the unit's granularity, gold_blind22). "its driest
    # December since 2006" -> "December" 2014-12 (the December just past, gold_blind103) and
    # "2006"; "four years ago" 2011, "January 2011" 2011-01; "March 1991"; "since 2011";
    # "promised in 2012"; "the 2015 school year" -> "2015" (a school year left out, its year
    # annotated, gold_blind44); "The past few days" PXD; "every two hours" SET PT2H; "12-hour"
    # PT12H. Not annotated: "until dark" (no clock time or date), "Owena" (a cyclone's name),
    # "9.42 metres", "9.1 metres", "8.7 metres", "480mm", "50 to 100mm", "340 homes", "1200
    # residents" (a count that looks like a year or a clock time), "38 people", "57", "$1000",
    # "the Bruce Highway (A1)", "132 500", "13 19 40", "emergency warning", "the monsoon
    # trough", "three places".
    "kerrimundi-flood-second-peak": (
        "2015-01-27",
        [
            ("4:31 PM AEST", "TIME", "2015-01-27T16:31"),
            ("Tuesday 27 January 2015", "DATE", "2015-01-27"),
            ("Jan 27", "DATE", "2015-01-27"),
            ("Wednesday", "DATE", "2015-01-28"),
            ("the Australia Day long weekend", "DATE", "2015-W04-WE"),
            ("2am", "TIME", "2015-01-26T02:00"),
            ("Monday", "DATE", "2015-01-26"),
            ("March 1991", "DATE", "1991-03"),
            ("Tuesday", "DATE", "2015-01-27"),
            ("Wednesday morning", "TIME", "2015-01-28TMO"),
            ("Monday", "DATE", "2015-01-26"),
            ("Australia Day", "DATE", "2015-01-26"),
            ("the night", "TIME", "2015-01-26TNI"),
            ("the 72 hours", "DURATION", "PT72H"),
            ("9am", "TIME", "2015-01-26T09:00"),
            ("Monday", "DATE", "2015-01-26"),
            ("Friday", "DATE", "2015-01-23"),
            ("Saturday", "DATE", "2015-01-24"),
            ("The following day", "DATE", "2015-01-25"),
            ("Sunday night", "TIME", "2015-01-25TNI"),
            ("The past few days", "DURATION", "PXD"),
            ("2011", "DATE", "2011"),
            ("4.50am AEST", "TIME", "2015-01-27T04:50"),
            ("Tuesday", "DATE", "2015-01-27"),
            ("10am", "TIME", "2015-01-27T10:00"),
            ("overnight", "TIME", "2015-01-26TNI"),
            ("every two hours", "SET", "PT2H"),
            ("at least Friday", "DATE", "2015-01-30"),
            ("2015", "DATE", "2015"),
            ("Tuesday", "DATE", "2015-01-27"),
            ("this week", "DATE", "2015-W05"),
            ("later this week", "DATE", "2015-W05"),
            ("the weekend", "DATE", "2015-W05-WE"),
            ("a week earlier", "DATE", "2015-W03"),
            ("December", "DATE", "2014-12"),
            ("2006", "DATE", "2006"),
            ("four years ago", "DATE", "2011"),
            ("January 2011", "DATE", "2011-01"),
            ("2012", "DATE", "2012"),
            ("12-hour", "DURATION", "PT12H"),
            ("Saturday", "DATE", "2015-01-24"),
            ("Thursday", "DATE", "2015-01-29"),
        ],
    ),
    # Friday 2014-12-19 (ISO week 51), AAP weather story on a website, section label,
    # headline, credit, stamp "19 December 2014, 6:05 pm" (a DATE and a TIME), dated dateline
    # "MELBOURNE, Dec 19 AAP -" (a DATE). Victoria is on AEDT; no zone is written. The
    # headline's "52-year record" -> "52-year" DURATION P52Y (an adjectival duration, how long
    # the record stood, 1962-2014), "more than half a century" P50Y (gold_blind7). Today:
    # "3.41pm on Friday", "4.12pm", "4.30pm"; "after midnight tonight" -> "midnight"
    # 2014-12-19T24:00 (the midnight that ends the day, gold_blind103) and "tonight"
    # 2014-12-19TNI. Past: "on Thursday" 2014-12-18, "on Wednesday" 2014-12-17, "since
    # Tuesday" 2014-12-16. Future: "Saturday" (twice, the forecast and the fire ban)
    # 2014-12-20, "9pm on Saturday" 2014-12-20T21:00 and the DATE, "late Sunday" 2014-12-21,
    # "until Sunday evening" 2014-12-21TEV, "the weekend" 2014-W51-WE (20-21 December), "next
    # week" 2014-W52; "Christmas Day" 2014-12-25; "the Boxing Day Test" -> "Boxing Day"
    # 2014-12-26 (a holiday inside an event's name, like "the Anzac Day service", gold_blind49).
    # "this week" 2014-W51; "A week earlier" 2014-W50 (gold_blind22). "21 December 1962";
    # "almost two years" P2Y (the period of a superlative); "the past 24 hours" PT24H; "since
    # January" 2014-01; "45 years" P45Y; "I've never seen December like this" -> "December"
    # 2014-12 (this December). "between 11am and 5pm every day until the change arrives"
    # -> two recurring clock times XXXX-XX-XXThh:mm and the SET P1D; "every hour over the
    # weekend" SET PT1H. "this summer" in December 2014 is the southern summer of 2014-15,
    # taking the year of its January, 2015-SU (gold_blind9); "the coming months" PXM; "the
    # past decade" P10Y. Not annotated: "the fourth day above 40" (an ordinal count), "the
    # opening day" of the Test (an event's day), "until the change" and "until the change
    # arrives" (event-named), "46.2C", "45.9C", "41.3C", "39.8C", "43C", "47C", "30C", "24C",
    # "27C", "40", "1870 calls" (a count that looks like a year), "9460 megawatts", "46
    # people", "300 sheep", "71", "1300 555 203", "total fire ban", "heat health alert".
    "victoria-heatwave-kelvale-record": (
        "2014-12-19",
        [
            ("52-year", "DURATION", "P52Y"),
            ("19 December 2014", "DATE", "2014-12-19"),
            ("6:05 pm", "TIME", "2014-12-19T18:05"),
            ("Dec 19", "DATE", "2014-12-19"),
            ("more than half a century", "DURATION", "P50Y"),
            ("Sunday evening", "TIME", "2014-12-21TEV"),
            ("3.41pm", "TIME", "2014-12-19T15:41"),
            ("Friday", "DATE", "2014-12-19"),
            ("21 December 1962", "DATE", "1962-12-21"),
            ("4.12pm", "TIME", "2014-12-19T16:12"),
            ("almost two years", "DURATION", "P2Y"),
            ("Thursday", "DATE", "2014-12-18"),
            ("Saturday", "DATE", "2014-12-20"),
            ("Saturday", "DATE", "2014-12-20"),
            ("late Sunday", "DATE", "2014-12-21"),
            ("midnight", "TIME", "2014-12-19T24:00"),
            ("tonight", "TIME", "2014-12-19TNI"),
            ("this week", "DATE", "2014-W51"),
            ("Wednesday", "DATE", "2014-12-17"),
            ("11am", "TIME", "XXXX-XX-XXT11:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("every day", "SET", "P1D"),
            ("the past 24 hours", "DURATION", "PT24H"),
            ("4.30pm", "TIME", "2014-12-19T16:30"),
            ("January", "DATE", "2014-01"),
            ("Tuesday", "DATE", "2014-12-16"),
            ("A week earlier", "DATE", "2014-W50"),
            ("45 years", "DURATION", "P45Y"),
            ("December", "DATE", "2014-12"),
            ("9pm", "TIME", "2014-12-20T21:00"),
            ("Saturday", "DATE", "2014-12-20"),
            ("every hour", "SET", "PT1H"),
            ("the weekend", "DATE", "2014-W51-WE"),
            ("next week", "DATE", "2014-W52"),
            ("Christmas Day", "DATE", "2014-12-25"),
            ("Boxing Day", "DATE", "2014-12-26"),
            ("this summer", "DATE", "2015-SU"),
            ("the coming months", "DURATION", "PXM"),
            ("the past decade", "DURATION", "P10Y"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
