"""Annotations of the forty-fourth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind44/annotate.py [--show]

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
    # Wednesday 2014-01-22 (ISO week 4), US local paper's website, city-council story with a
    # "Posted:" stamp (date and clock time two TIMEX3, gold_blind21, gold_blind38) and an
    # "ALDER SPRINGS —" dateline. The meeting was "Tuesday night" 2014-01-21 (from 7 p.m. to
    # about 10:50 p.m., clock times without a named day on the day of the meeting); the mayor
    # "said Tuesday" 2014-01-21; the next vote is Feb. 4, 2014, a Tuesday (headline and body),
    # at 7 p.m. that day. The meters' hours and the recycling center's hours recur on no
    # particular day (XXXX-XX-XXThh:mm, gold_blind19, gold_blind39). "the first year" of the
    # meters is an ordinal period of an event, DURATION P1Y (like "the first year" of parking
    # charges in gold_blind17). "as early as April" -> "April" 2014-04 ("as early as" a signal);
    # "December" past 2013-12; "late last year" 2013; "this spring" 2014-SP; "the fourth
    # quarter of 2013" one span, and "a year earlier" after it 2012-Q4 (gold_blind35).
    # "last week" 2014-W03; "starting next month" -> "next month" 2014-02; "earlier this
    # month" 2014-01. Not annotated: "1985 Main St.", "200 Depot Ave.", "Route 9", "Channel
    # 17", the URL ".../2014-01-21", "740-555-0182", "5-2", "since the recession".
    "alder-springs-council-parking-meters": (
        "2014-01-22",
        [
            ("Feb. 4", "DATE", "2014-02-04"),
            ("Wednesday, January 22, 2014", "DATE", "2014-01-22"),
            ("5:45 am", "TIME", "2014-01-22T05:45"),
            ("nearly four hours", "DURATION", "PT4H"),
            ("Tuesday night", "TIME", "2014-01-21TNI"),
            ("Feb. 4", "DATE", "2014-02-04"),
            ("7 p.m.", "TIME", "2014-01-21T19:00"),
            ("about 10:50 p.m.", "TIME", "2014-01-21T22:50"),
            ("2009", "DATE", "2009"),
            ("two-hour", "DURATION", "PT2H"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("daily", "SET", "P1D"),
            ("the first year", "DURATION", "P1Y"),
            ("1987", "DATE", "1987"),
            ("the late 1990s", "DATE", "199"),
            ("2006", "DATE", "2006"),
            ("more than a decade", "DURATION", "P10Y"),
            ("Tuesday", "DATE", "2014-01-21"),
            ("last week", "DATE", "2014-W03"),
            ("90-day", "DURATION", "P90D"),
            ("April", "DATE", "2014-04"),
            ("December", "DATE", "2013-12"),
            ("late last year", "DATE", "2013"),
            ("this spring", "DATE", "2014-SP"),
            ("the fourth quarter of 2013", "DATE", "2013-Q4"),
            ("a year earlier", "DATE", "2012-Q4"),
            ("Right now", "DATE", "PRESENT_REF"),
            ("14 years", "DURATION", "P14Y"),
            ("recently", "DATE", "PAST_REF"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("4 p.m.", "TIME", "XXXX-XX-XXT16:00"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("next month", "DATE", "2014-02"),
            ("two-year", "DURATION", "P2Y"),
            ("earlier this month", "DATE", "2014-01"),
            ("Feb. 4", "DATE", "2014-02-04"),
            ("7 p.m.", "TIME", "2014-02-04T19:00"),
        ],
    ),
    # Monday 2012-09-17 (ISO week 38), US local paper's weekly police column on its website,
    # "Posted: ... | Updated: 9:35 am" (the update time on the date of the stamp,
    # gold_blind21). The crash was at about 11:40 p.m. Saturday 2012-09-15 and the arrest
    # "early Sunday" 2012-09-16 (DATE, gold_blind28); bail "Sunday afternoon" 2012-09-16TAF.
    # "so far this month" -> "this month" 2012-09; "September last year" one span 2011-09
    # (gold_blind28). The chief "said Friday" 2012-09-14. The burglary ran from 10 p.m.
    # Thursday 2012-09-13 to 6 a.m. Friday 2012-09-14; the car theft was "reported Wednesday"
    # 2012-09-12, stolen "overnight", the night before the report, 2012-09-11TNI (TIME like
    # "overnight" in gold_blind21, gold_blind30 and gold_blind34), and found
    # "two days later", counted from the report, Friday 2012-09-14; the robbery "shortly
    # before 2 a.m. Friday" -> "2 a.m." ("shortly before" a signal) 2012-09-14T02:00; the
    # woman was "charged Thursday" 2012-09-13; the party call "at 1:15 a.m. Sunday" and "40
    # minutes later" an anchored TIME 2012-09-16T01:55 (like "An hour later", gold_blind19).
    # The registration is future, "from 9 a.m. to noon Saturday" 2012-09-22. "every fall"
    # XXXX-FA, "every Monday" XXXX-WXX-1. Not annotated: "Route 9" (three times), "412 Elm
    # St.", "the 1900 block", "in his 30s" (an age), "413-555-0143", "23-year-old", "41",
    # "the night shift", "the third time", "twice".
    "harlow-falls-police-beat": (
        "2012-09-17",
        [
            ("Monday, September 17, 2012", "DATE", "2012-09-17"),
            ("6:10 am", "TIME", "2012-09-17T06:10"),
            ("9:35 am", "TIME", "2012-09-17T09:35"),
            ("early Sunday", "DATE", "2012-09-16"),
            ("about 11:40 p.m.", "TIME", "2012-09-15T23:40"),
            ("Saturday", "DATE", "2012-09-15"),
            ("about three hours", "DURATION", "PT3H"),
            ("Sunday afternoon", "TIME", "2012-09-16TAF"),
            ("Oct. 2", "DATE", "2012-10-02"),
            ("this month", "DATE", "2012-09"),
            ("September last year", "DATE", "2011-09"),
            ("Friday", "DATE", "2012-09-14"),
            ("Oct. 1", "DATE", "2012-10-01"),
            ("10 p.m.", "TIME", "2012-09-13T22:00"),
            ("Thursday", "DATE", "2012-09-13"),
            ("6 a.m.", "TIME", "2012-09-14T06:00"),
            ("Friday", "DATE", "2012-09-14"),
            ("the past year", "DURATION", "P1Y"),
            ("Wednesday", "DATE", "2012-09-12"),
            ("overnight", "TIME", "2012-09-11TNI"),
            ("two days later", "DATE", "2012-09-14"),
            ("2 a.m.", "TIME", "2012-09-14T02:00"),
            ("Friday", "DATE", "2012-09-14"),
            ("Thursday", "DATE", "2012-09-13"),
            ("two years", "DURATION", "P2Y"),
            ("1:15 a.m.", "TIME", "2012-09-16T01:15"),
            ("Sunday", "DATE", "2012-09-16"),
            ("40 minutes later", "TIME", "2012-09-16T01:55"),
            ("9 a.m.", "TIME", "2012-09-22T09:00"),
            ("noon", "TIME", "2012-09-22T12:00"),
            ("Saturday", "DATE", "2012-09-22"),
            ("every fall", "SET", "XXXX-FA"),
            ("2005", "DATE", "2005"),
            ("last year", "DATE", "2011"),
            ("every Monday", "SET", "XXXX-WXX-1"),
        ],
    ),
    # Thursday 2013-05-30 (ISO week 22), US local paper's school story, "KETTLE CREEK —"
    # dateline without date. The board approved the calendar "Tuesday night" 2013-05-28; the
    # superintendent "said Wednesday" 2013-05-29. "the 2013-14 school year" and the headline's
    # "2013-14 calendar" give two DATEs each, "2013" and the bare "14" (2014), as gold_blind10,
    # gold_blind27 and gold_blind29 split two-year seasons; gold_blind39 avoided a school year
    # instead, so the sets disagree and the TIMEX3 reading is followed: both years are time
    # expressions, while "school year" has no value shape (see README). Next year's dates:
    # "Monday, Aug. 26" 2013, "Dec. 23" 2013, "Jan. 3" and "Monday, Jan. 6" 2014, "April 14"
    # 2014, "June 11, 2014"; "Labor Day" 2013 is the first Monday of September, 2013-09-02.
    # This year's: "the last day of classes, June 12" 2013-06-12 (headline and body),
    # "February" 2013-02, "Saturday, June 15" at 10 a.m., "May 14", and the old schedule's
    # "back on Jan. 2" in the past, 2013-01-02. "a week earlier than usual" and "pushed back
    # ... by a week" are sizes of shifts, P1W (gold_blind35); "20 minutes later each day" a
    # DURATION and a SET, the new first bell recurring, XXXX-XX-XXT08:10. "This year" 2013;
    # "next week" 2013-W23; "last fall" 2012-FA; "Starting in the fall" -> "the fall"
    # 2013-FA; "an August start" 2013-08, the month the coming year starts. The dance is
    # "annual" (SET P1Y) and "1940s-themed" ("1940s" DATE 194, see README), at 7 p.m. Friday
    # 2013-05-31. Not annotated: "winter break", "Spring break", "the holidays", "snow days"
    # (school holidays and a count of days, like "the summer holidays" in gold_blind13),
    # "the Class of 2013", "the school year", "Summer school", "summer jobs", "6-1", "2012
    # Ridge Road", "3,400".
    "kettle-creek-school-calendar": (
        "2013-05-30",
        [
            ("2013", "DATE", "2013"),
            ("14", "DATE", "2014"),
            ("June 12", "DATE", "2013-06-12"),
            ("2013", "DATE", "2013"),
            ("14", "DATE", "2014"),
            ("a week", "DURATION", "P1W"),
            ("Tuesday night", "TIME", "2013-05-28TNI"),
            ("Monday, Aug. 26", "DATE", "2013-08-26"),
            ("Dec. 23", "DATE", "2013-12-23"),
            ("Jan. 3", "DATE", "2014-01-03"),
            ("Monday, Jan. 6", "DATE", "2014-01-06"),
            ("April 14", "DATE", "2014-04-14"),
            ("June 11, 2014", "DATE", "2014-06-11"),
            ("a decade", "DURATION", "P10Y"),
            ("Labor Day", "DATE", "2013-09-02"),
            ("This year", "DATE", "2013"),
            ("February", "DATE", "2013-02"),
            ("June 12", "DATE", "2013-06-12"),
            ("a week", "DURATION", "P1W"),
            ("Saturday, June 15", "DATE", "2013-06-15"),
            ("10 a.m.", "TIME", "2013-06-15T10:00"),
            ("next week", "DATE", "2013-W23"),
            ("last fall", "DATE", "2012-FA"),
            ("two months", "DURATION", "P2M"),
            ("May 14", "DATE", "2013-05-14"),
            ("Jan. 2", "DATE", "2013-01-02"),
            ("barely a week", "DURATION", "P1W"),
            ("Wednesday", "DATE", "2013-05-29"),
            ("the fall", "DATE", "2013-FA"),
            ("20 minutes", "DURATION", "PT20M"),
            ("each day", "SET", "P1D"),
            ("8:10 a.m.", "TIME", "XXXX-XX-XXT08:10"),
            ("August", "DATE", "2013-08"),
            ("now", "DATE", "PRESENT_REF"),
            ("annual", "SET", "P1Y"),
            ("1940s", "DATE", "194"),
            ("7 p.m.", "TIME", "2013-05-31T19:00"),
            ("Friday", "DATE", "2013-05-31"),
            ("recent years", "DATE", "PAST_REF"),
            ("six weeks", "DURATION", "P6W"),
            ("June 24", "DATE", "2013-06-24"),
            ("June 11", "DATE", "2013-06-11"),
            ("7 p.m.", "TIME", "2013-06-11T19:00"),
        ],
    ),
    # Friday 2012-10-26 (ISO week 43), British local paper's weather story, date line "Friday
    # 26 October 2012". The headline's "the autumn" is this autumn, 2012-FA, while "the first
    # frost of the season" in the body is not annotated (a frost season, like "the first of
    # the season" in gold_blind9; see README). "tonight" (three times), "overnight" and the
    # box's "Tonight" are the night of 2012-10-26; "after about 9pm" and "from 8pm tonight"
    # that evening; "tomorrow morning" and "Saturday morning" 2012-10-27TMO; "Saturday's high"
    # and the box's "Saturday" are the coming Saturday 2012-10-27; "through the weekend" ->
    # "the weekend" 2012-W43-WE (27-28 October); "arriving on Tuesday" 2012-10-30. British
    # Summer Time ended at 2am on Sunday 2012-10-28 (the last Sunday of October); "go back an
    # hour" is the size of a shift, PT1H. "Halloween" 2012-10-31 (gold_blind5, gold_blind38)
    # is "next Wednesday" in a Friday paper, the coming one (gold_blind19), and "the evening"
    # its evening. "since
    # March" and "since early March" 2012-03; "a mild start to October" -> "October" 2012-10;
    # "the warmest September nights in a decade" -> "September" 2012-09 and "a decade" P10Y
    # (the period of a superlative, gold_blind28). "Last winter" in October 2012 is the winter
    # of 2011-12, 2012-WI (a winter takes the year of its January, gold_blind10), and its
    # "between December and February" 2011-12 and 2012-02. "about a fortnight later than
    # average" is the size of a delay, P2W. Not annotated: "the A40", "the B4017", "British
    # Summer Time", "Dr Simon Winter" / "Dr Winter", "minus 3C", "7C", "19C", "9C", "9,000
    # tonnes", "the first time", "than average".
    "wenham-vale-first-frost": (
        "2012-10-26",
        [
            ("the autumn", "DATE", "2012-FA"),
            ("Friday 26 October 2012", "DATE", "2012-10-26"),
            ("tonight", "TIME", "2012-10-26TNI"),
            ("tomorrow morning", "TIME", "2012-10-27TMO"),
            ("overnight", "TIME", "2012-10-26TNI"),
            ("Saturday", "DATE", "2012-10-27"),
            ("March", "DATE", "2012-03"),
            ("the weekend", "DATE", "2012-W43-WE"),
            ("Tuesday", "DATE", "2012-10-30"),
            ("October", "DATE", "2012-10"),
            ("3 October", "DATE", "2012-10-03"),
            ("about a fortnight", "DURATION", "P2W"),
            ("September", "DATE", "2012-09"),
            ("a decade", "DURATION", "P10Y"),
            ("yesterday", "DATE", "2012-10-25"),
            ("tonight", "TIME", "2012-10-26TNI"),
            ("about 9pm", "TIME", "2012-10-26T21:00"),
            ("8pm", "TIME", "2012-10-26T20:00"),
            ("tonight", "TIME", "2012-10-26TNI"),
            ("early March", "DATE", "2012-03"),
            ("Saturday morning", "TIME", "2012-10-27TMO"),
            ("an hour", "DURATION", "PT1H"),
            ("2am", "TIME", "2012-10-28T02:00"),
            ("Sunday", "DATE", "2012-10-28"),
            ("Halloween", "DATE", "2012-10-31"),
            ("next Wednesday", "DATE", "2012-10-31"),
            ("the evening", "TIME", "2012-10-31TEV"),
            ("Last winter", "DATE", "2012-WI"),
            ("20 years", "DURATION", "P20Y"),
            ("December", "DATE", "2011-12"),
            ("February", "DATE", "2012-02"),
            ("December 2010", "DATE", "2010-12"),
            ("1963", "DATE", "1963"),
            ("every autumn", "SET", "XXXX-FA"),
            ("the 1980s", "DATE", "198"),
            ("now", "DATE", "PRESENT_REF"),
            ("November", "DATE", "2012-11"),
            ("Tonight", "TIME", "2012-10-26TNI"),
            ("Saturday", "DATE", "2012-10-27"),
            ("Sunday", "DATE", "2012-10-28"),
        ],
    ),
    # Saturday 2013-03-16 (ISO week 11), British local paper's obituary, date line "Saturday
    # 16 March 2013". He died "on Tuesday" 2013-03-12, aged 86 (born 4 June 1926); "since last
    # autumn" -> "last autumn" 2012-FA. The post office from 1961 to 1998 is the "37 years" of
    # the headline and lead; "the summer of 1952" one span; "57 years of marriage" to 2009.
    # The habits of a life are sets with clock times on no particular day ("at 6am every
    # morning", "Every Sunday morning ... by 7am", gold_blind19's switchboard hours).
    # "A fortnight ago" from week 11 is week 9, 2013-W09 (week granularity, like "a fortnight
    # ago" in gold_blind11); "December" past 2012-12; "last year" 2012; the
    # funeral "at 11am on Thursday 28 March" two TIMEX3. "For half a century" -> "half a
    # century" P50Y. Not annotated: "the Saturday Market" (twice, a name), "the Calder Sunday
    # Chronicle" (a paper), "at the age of 86", "at 14", "in his 80s" (an age), "58", "24",
    # "after the war", "four miles", "01632 960 417".
    "arthur-denby-obituary": (
        "2013-03-16",
        [
            ("37 years", "DURATION", "P37Y"),
            ("Saturday 16 March 2013", "DATE", "2013-03-16"),
            ("37 years", "DURATION", "P37Y"),
            ("Tuesday", "DATE", "2013-03-12"),
            ("last autumn", "DATE", "2012-FA"),
            ("4 June 1926", "DATE", "1926-06-04"),
            ("1944", "DATE", "1944"),
            ("1947", "DATE", "1947"),
            ("the summer of 1952", "DATE", "1952-SU"),
            ("2009", "DATE", "2009"),
            ("57 years", "DURATION", "P57Y"),
            ("1961", "DATE", "1961"),
            ("1998", "DATE", "1998"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("more than a week", "DURATION", "P1W"),
            ("the late 1970s", "DATE", "197"),
            ("four-year", "DURATION", "P4Y"),
            ("1979", "DATE", "1979"),
            ("more than two decades", "DURATION", "P20Y"),
            ("weekly", "SET", "P1W"),
            ("1985", "DATE", "1985"),
            ("last year", "DATE", "2012"),
            ("Every Sunday morning", "SET", "XXXX-WXX-7TMO"),
            ("30 years", "DURATION", "P30Y"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("A fortnight ago", "DATE", "2013-W09"),
            ("more than six decades", "DURATION", "P60Y"),
            ("December", "DATE", "2012-12"),
            ("half a century", "DURATION", "P50Y"),
            ("11am", "TIME", "2013-03-28T11:00"),
            ("Thursday 28 March", "DATE", "2013-03-28"),
        ],
    ),
    # Tuesday 2014-04-08 (ISO week 15), British local paper's website, business story with a
    # "First published 14:32, Tuesday 8 April 2014" stamp (a TIME and a DATE). The bakery
    # opens "on Friday at 10am" 2014-04-11 (headline and lead), the preview is "from 6pm on
    # Thursday" 2014-04-10, hot cross buns "from Friday until Easter", Easter Sunday
    # 2014-04-20 (a holiday on the date it falls on, like "Easter" in gold_blind12). "after
    # three years" empty (since 2011) is P3Y; "every week since 2008" a SET and a DATE; the
    # baker's "at 4am" habit and the opening hours "7am to 9pm daily" recur on no particular
    # day. "Work began in October" 2013-10, "in January" 2014-01,
    # "until the end of September" -> "the end of September" 2014-09 (the month's value,
    # like "the end of the month"); "the first half of 2015" one span; "the spring of 2013"
    # one span; "Two years ago" 2012 and "Today" meaning nowadays PRESENT_REF (gold_blind6,
    # gold_blind37); "free for the first two hours" of any stay, DURATION PT2H. Not
    # annotated: "the Saturday Market" (twice), "the A40", "Edwardian", "Opening hours",
    # "the long hours", "longer hours", "full time", "34", "£80,000", "8 per cent", "one in
    # twelve", "1-3 Market Square", "01632 960 418".
    "ashcombe-bakery-opens": (
        "2014-04-08",
        [
            ("Friday", "DATE", "2014-04-11"),
            ("14:32", "TIME", "2014-04-08T14:32"),
            ("Tuesday 8 April 2014", "DATE", "2014-04-08"),
            ("Friday", "DATE", "2014-04-11"),
            ("10am", "TIME", "2014-04-11T10:00"),
            ("three years", "DURATION", "P3Y"),
            ("1907", "DATE", "1907"),
            ("2011", "DATE", "2011"),
            ("every week", "SET", "P1W"),
            ("2008", "DATE", "2008"),
            ("six years", "DURATION", "P6Y"),
            ("4am", "TIME", "XXXX-XX-XXT04:00"),
            ("Now", "DATE", "PRESENT_REF"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("9pm", "TIME", "XXXX-XX-XXT21:00"),
            ("daily", "SET", "P1D"),
            ("the 1990s", "DATE", "199"),
            ("the past six months", "DURATION", "P6M"),
            ("October", "DATE", "2013-10"),
            ("January", "DATE", "2014-01"),
            ("the end of September", "DATE", "2014-09"),
            ("6pm", "TIME", "2014-04-10T18:00"),
            ("Thursday", "DATE", "2014-04-10"),
            ("Friday", "DATE", "2014-04-11"),
            ("Easter", "DATE", "2014-04-20"),
            ("the first half of 2015", "DATE", "2015-H1"),
            ("the past year", "DURATION", "P1Y"),
            ("the spring of 2013", "DATE", "2013-SP"),
            ("Two years ago", "DATE", "2012"),
            ("Today", "DATE", "PRESENT_REF"),
            ("the first two hours", "DURATION", "PT2H"),
            ("the coming months", "DURATION", "PXM"),
        ],
    ),
}


if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv[1:])
