"""Annotations of the two-hundred-and-fourteenth blind gold set, chosen by hand before the tagger
ran.

    python tests/data/gold_blind214/annotate.py [--show]

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
    # Wednesday 2012-02-29 (ISO week 9), leap day, US small daily's website, headline, stamp
    # "Posted: Wednesday, February 29, 2012 5:00 am | Updated: 11:42 am, Wed Feb 29, 2012." (two
    # DATEs and two TIMEs; the abbreviated "Wed" checked by hand), byline, "TULLIS CREEK —"
    # dateline. "today" (three times) is the paper's day; "Born Feb. 29, 1932" (1932 is a leap
    # year). "once every four years" and "Every four years" SET P4Y ("once" kept in the span,
    # like "at least once a day", gold_blind103). "Last year it was March 1" -> "Last year" 2011
    # and "March 1" 2011-03-01 (a past birthday, the year given by its clause). "said Monday"
    # 2012-02-27; "posted Friday" 2012-02-24; "last week" 2012-W08; "This year" and "this year"
    # 2012. "all 24 hours of it" -> "24 hours" PT24H; "the number of days in four calendar
    # years" -> "four calendar years" P4Y; "noon" 2012-02-29T12:00; "tonight" 2012-02-29TNI;
    # "by 9 a.m." and "this evening" the paper's day; "a one-year sentence" P1Y on the
    # adjective; "366 days" P366D; "for 31 years" P31Y; "born between 1932 and 2008" two
    # DATEs; "the club's next party, on Monday, Feb. 29, 2016" one DATE span (2016-02-29 is a
    # Monday). Not annotated: "leap day" in "born on leap day" (any 29 February, a generic
    # day; no value shape for a day of every leap year), "Leap day" in the headline (a kind of
    # baby), "leap years" and "The extra day" (kinds, not periods of the calendar), "a day to
    # borrow", "most of her life", "monthly salary" (an adjective naming a kind of pay, like
    # "its usual monthly total", gold_blind103), the ages "80", "20", "52", "21", "1,461"
    # (days in four years, a count), "VFW Post 7429", "Route 29", "14 members", "fourth
    # grade", "in no hurry".
    "tullis-creek-leap-day-birthday": (
        "2012-02-29",
        [
            ("Wednesday, February 29, 2012", "DATE", "2012-02-29"),
            ("5:00 am", "TIME", "2012-02-29T05:00"),
            ("11:42 am", "TIME", "2012-02-29T11:42"),
            ("Wed Feb 29, 2012", "DATE", "2012-02-29"),
            ("four years", "DURATION", "P4Y"),
            ("today", "DATE", "2012-02-29"),
            ("Feb. 29, 1932", "DATE", "1932-02-29"),
            ("today", "DATE", "2012-02-29"),
            ("once every four years", "SET", "P4Y"),
            ("Last year", "DATE", "2011"),
            ("March 1", "DATE", "2011-03-01"),
            ("Monday", "DATE", "2012-02-27"),
            ("1961", "DATE", "1961"),
            ("This year", "DATE", "2012"),
            ("24 hours", "DURATION", "PT24H"),
            ("noon", "TIME", "2012-02-29T12:00"),
            ("tonight", "TIME", "2012-02-29TNI"),
            ("1988", "DATE", "1988"),
            ("1932", "DATE", "1932"),
            ("2008", "DATE", "2008"),
            ("four calendar years", "DURATION", "P4Y"),
            ("9 a.m.", "TIME", "2012-02-29T09:00"),
            ("this evening", "TIME", "2012-02-29TEV"),
            ("last week", "DATE", "2012-W08"),
            ("Friday", "DATE", "2012-02-24"),
            ("Every four years", "SET", "P4Y"),
            ("one-year", "DURATION", "P1Y"),
            ("366 days", "DURATION", "P366D"),
            ("this year", "DATE", "2012"),
            ("today", "DATE", "2012-02-29"),
            ("31 years", "DURATION", "P31Y"),
            ("1994", "DATE", "1994"),
            ("Monday, Feb. 29, 2016", "DATE", "2016-02-29"),
        ],
    ),
    # Tuesday 2013-03-12 (ISO week 11), US small daily's website, headline, stamps "Posted Mar.
    # 12, 2013 at 6:01 AM" and "Updated Mar 12, 2013 at 9:15 AM", byline, "HOLLIS BEND, Ind. —"
    # dateline. US daylight saving time began at 2 a.m. on Sunday 2013-03-10: "at 2 a.m. Sunday"
    # and "jumped straight to 3 a.m." are TIMEs on that day (3 a.m. is the first clock reading
    # after the jump), with "Sunday" its DATE. The past weekend, "the weekend" (twice), is
    # 2013-W10-WE (9-10 March); "Saturday night" 2013-03-09TNI; "Sunday morning" TMO, "Sunday
    # afternoon" TAF; "the 9:30 service ... began on Sunday" 2013-03-10T09:30 (that Sunday's
    # service); "yesterday" (twice) Monday 2013-03-11, "Monday morning" 2013-03-11TMO, "at
    # 10:40 a.m. Monday" two TIMEX3. The headline's "an hour out of step", "ran an hour out of
    # step", "an hour late", "an hour early" and "one hour behind" are the size of a shift or
    # of a clock difference, DURATION PT1H (gold_blind44, gold_blind66). "for six days after
    # the spring change" P6D; "several days" PXD; "15 minutes earlier" PT15M; "each night this
    # week" SET XXXX-XX-XXTNI and 2013-W11. "twice a year" SET P1Y. The clocks "fall back on
    # Nov. 3" 2013-11-03 (future). "a 7:45 shift there starts at 8:45 here" are the hours of a
    # recurring shift, XXXX-XX-XXT07:45 and XXXX-XX-XXT08:45 (gold_blind28, gold_blind103).
    # "the 2012 fiscal year, which ended June 30" -> FY2012 (named by the year it ends) and
    # 2012-06-30. "filed in January" 2013-01; "every spring" SET XXXX-SP; "One hour" PT1H; "a
    # week of sleep" P1W. Not annotated: "Daylight saving time", "standard time", "Central
    # time", "daylight time" (clock regimes, like "British Summer Time", gold_blind44), "the
    # spring change" (a season naming a kind of change), "the later sunsets", "permanently",
    # "House Bill 1413", "5K", "40", "212", "67", "11", "6 percent", "600", "Third Street",
    # "By the closing hymn" (event-named), "about twice the usual number" (a count).
    "hollis-bend-clocks-spring-forward": (
        "2013-03-12",
        [
            ("an hour", "DURATION", "PT1H"),
            ("Mar. 12, 2013", "DATE", "2013-03-12"),
            ("6:01 AM", "TIME", "2013-03-12T06:01"),
            ("Mar 12, 2013", "DATE", "2013-03-12"),
            ("9:15 AM", "TIME", "2013-03-12T09:15"),
            ("9:30", "TIME", "2013-03-10T09:30"),
            ("Sunday", "DATE", "2013-03-10"),
            ("2 a.m.", "TIME", "2013-03-10T02:00"),
            ("Sunday", "DATE", "2013-03-10"),
            ("3 a.m.", "TIME", "2013-03-10T03:00"),
            ("the weekend", "DATE", "2013-W10-WE"),
            ("an hour", "DURATION", "PT1H"),
            ("Sunday morning", "TIME", "2013-03-10TMO"),
            ("an hour", "DURATION", "PT1H"),
            ("Saturday night", "TIME", "2013-03-09TNI"),
            ("Sunday afternoon", "TIME", "2013-03-10TAF"),
            ("an hour", "DURATION", "PT1H"),
            ("yesterday", "DATE", "2013-03-11"),
            ("the weekend", "DATE", "2013-W10-WE"),
            ("Monday morning", "TIME", "2013-03-11TMO"),
            ("2009", "DATE", "2009"),
            ("six days", "DURATION", "P6D"),
            ("several days", "DURATION", "PXD"),
            ("15 minutes", "DURATION", "PT15M"),
            ("each night", "SET", "XXXX-XX-XXTNI"),
            ("this week", "DATE", "2013-W11"),
            ("10:40 a.m.", "TIME", "2013-03-11T10:40"),
            ("Monday", "DATE", "2013-03-11"),
            ("twice a year", "SET", "P1Y"),
            ("yesterday", "DATE", "2013-03-11"),
            ("Nov. 3", "DATE", "2013-11-03"),
            ("one hour", "DURATION", "PT1H"),
            ("7:45", "TIME", "XXXX-XX-XXT07:45"),
            ("8:45", "TIME", "XXXX-XX-XXT08:45"),
            ("the 2012 fiscal year", "DATE", "FY2012"),
            ("June 30", "DATE", "2012-06-30"),
            ("January", "DATE", "2013-01"),
            ("every spring", "SET", "XXXX-SP"),
            ("One hour", "DURATION", "PT1H"),
            ("a week", "DURATION", "P1W"),
        ],
    ),
    # Saturday 2014-10-25 (ISO week 43), British regional daily, headline, standfirst, date line
    # "Saturday 25 October 2014", byline, no dateline. British Summer Time ends at 2am on Sunday
    # 2014-10-26: "tonight" (headline) 2014-10-25TNI, "overnight" (phones changing themselves) the
    # same night; "tomorrow" (standfirst and body, four times) 2014-10-26; "one hour", "an extra
    # hour" (headline and body), "an hour earlier", "gaining an hour" and "an hour ahead of GMT" are
    # sizes of a shift or a difference, PT1H ("more than an hour earlier" keeps its modifier). The
    # pub's "late licence until 1am" gives the hours of a recurring licence, XXXX-XX-XXT01:00, while
    # "last orders at 1am twice" is tonight's 1am, 2014-10-26T01:00 (one value for the two readings
    # of the clock; TimeML values carry no zone). Sunset "at 4.49pm" is tomorrow's; "than on Friday"
    # is yesterday, 2014-10-24 (past), while "Halloween falls on Friday" is two DATEs 2014-10-31
    # (future; a holiday on the day it falls on) and "that day" after it the same day, with its
    # "4.41pm". "21 December, the shortest day" two DATEs 2014-12-21 (like "Monday is Family Day",
    # gold_blind103), its "3.58pm". "a 13-hour shift" PT13H; "once a year" and "twice a year" SET
    # P1Y; "the four weeks after the change last year" P4W and 2013; "from Monday" 2014-10-27; "7am
    # tomorrow" two TIMEX3; "by Tuesday" 2014-10-28; "a few days" PXD; "30 March" 2014-03-30; "29
    # March next year" one span 2015-03-29 (gold_blind18's "September last year"); "since the
    # summer" 2014-SU; "next week" 2014-W44. Not annotated: "British Summer Time", "Greenwich Mean
    # Time", "GMT", "GMT+1" (a zone's name and offset code), "Sunset" (a subject naming the event
    # whose clock time is given), "darker evenings" (a kind), "the autumn change" (a season naming a
    # kind), "ran out of time" (an idiom), "the school run", "2,014 local signatures", "31 public
    # clocks", "123" (the talking clock), "kelbridgestar.co.uk/time", "almost a third".
    "kelbridge-clocks-go-back": (
        "2014-10-25",
        [
            ("tonight", "TIME", "2014-10-25TNI"),
            ("an extra hour", "DURATION", "PT1H"),
            ("an hour", "DURATION", "PT1H"),
            ("tomorrow", "DATE", "2014-10-26"),
            ("Saturday 25 October 2014", "DATE", "2014-10-25"),
            ("one hour", "DURATION", "PT1H"),
            ("2am", "TIME", "2014-10-26T02:00"),
            ("tomorrow", "DATE", "2014-10-26"),
            ("an extra hour", "DURATION", "PT1H"),
            ("13-hour", "DURATION", "PT13H"),
            ("1am", "TIME", "XXXX-XX-XXT01:00"),
            ("1am", "TIME", "2014-10-26T01:00"),
            ("once a year", "SET", "P1Y"),
            ("tomorrow", "DATE", "2014-10-26"),
            ("4.49pm", "TIME", "2014-10-26T16:49"),
            ("more than an hour", "DURATION", "PT1H"),
            ("Friday", "DATE", "2014-10-24"),
            ("21 December", "DATE", "2014-12-21"),
            ("the shortest day", "DATE", "2014-12-21"),
            ("3.58pm", "TIME", "2014-12-21T15:58"),
            ("the four weeks", "DURATION", "P4W"),
            ("last year", "DATE", "2013"),
            ("Monday", "DATE", "2014-10-27"),
            ("overnight", "TIME", "2014-10-25TNI"),
            ("7am", "TIME", "2014-10-26T07:00"),
            ("tomorrow", "DATE", "2014-10-26"),
            ("Tuesday", "DATE", "2014-10-28"),
            ("an hour", "DURATION", "PT1H"),
            ("a few days", "DURATION", "PXD"),
            ("30 March", "DATE", "2014-03-30"),
            ("29 March next year", "DATE", "2015-03-29"),
            ("twice a year", "SET", "P1Y"),
            ("1916", "DATE", "1916"),
            ("1968", "DATE", "1968"),
            ("1971", "DATE", "1971"),
            ("an hour", "DURATION", "PT1H"),
            ("2012", "DATE", "2012"),
            ("the summer", "DATE", "2014-SU"),
            ("next week", "DATE", "2014-W44"),
            ("Halloween", "DATE", "2014-10-31"),
            ("Friday", "DATE", "2014-10-31"),
            ("that day", "DATE", "2014-10-31"),
            ("4.41pm", "TIME", "2014-10-31T16:41"),
        ],
    ),
    # Thursday 2015-03-26 (ISO week 13), wire story of an invented agency, headline, "VELINSK,
    # March 26 (Northline) -" dateline. The invented Karsenia sets its clocks back "at 2 a.m. on
    # Sunday" 2015-03-29, "on the same night" that Europe moves its clocks forward: the night
    # of Saturday to Sunday, dated by the evening it begins on, 2015-03-28TNI (like "overnight",
    # gold_blind103). Past: "on Feb. 11" 2015-02-11, the law signed "on Monday" 2015-03-23,
    # "on Wednesday" 2015-03-25, "on Tuesday" 2015-03-24; "In December" 2014-12 (said in March).
    # Future: "After Sunday" and "which begins on Sunday" 2015-03-29, "from Monday" and "On
    # Monday" 2015-03-30. "a 2011 reform" an adjectival year; "four years" (headline and quote)
    # P4Y; "an hour" (headline), "one hour" (the shift) and "one hour ahead of Berlin" (a clock
    # difference) PT1H. The airline's "will still leave at 07:40", the exchange's "10 a.m.
    # opening" and its "0700 GMT" are hours of recurring events, XXXX-XX-XXThh:mm; "from 6 a.m.
    # each day" the same with SET P1D. "the fourth quarter of 2014" one span 2014-Q4 and "a
    # year earlier" 2013-Q4 (the granularity of what it is compared with, gold_blind35); "the
    # next 12 months" P12M; "the past two months" P2M; "a referendum in 2016"; "since 1991";
    # "this week" 2015-W13; "March 27, 2011"; "waited years" PXY. Not annotated: "UTC+4",
    # "UTC+3", "UTC+2" (offset codes naming zones, not times), "summer time", "summer and
    # winter time" (clock regimes), "the summer season" (an airline's timetable season, like
    # "the summer timetable", gold_blind7), "the dark mornings" (a kind), "working day",
    # "seasonal clock changes", "the sunrise" (an object, the event seen), "instead of three"
    # (an elided unit), "for good", "KV 2150", "214 votes to 38", "8-800-2015-329",
    # "vremya.gov.ks/2015/03/29", "3 percent", "2 percent", "140,000", "58".
    "karsenia-clocks-back-to-utc3": (
        "2015-03-26",
        [
            ("an hour", "DURATION", "PT1H"),
            ("four years", "DURATION", "P4Y"),
            ("March 26", "DATE", "2015-03-26"),
            ("one hour", "DURATION", "PT1H"),
            ("2 a.m.", "TIME", "2015-03-29T02:00"),
            ("Sunday", "DATE", "2015-03-29"),
            ("the same night", "TIME", "2015-03-28TNI"),
            ("Feb. 11", "DATE", "2015-02-11"),
            ("Monday", "DATE", "2015-03-23"),
            ("2011", "DATE", "2011"),
            ("four years", "DURATION", "P4Y"),
            ("Wednesday", "DATE", "2015-03-25"),
            ("December", "DATE", "2014-12"),
            ("Sunday", "DATE", "2015-03-29"),
            ("one hour", "DURATION", "PT1H"),
            ("07:40", "TIME", "XXXX-XX-XXT07:40"),
            ("Sunday", "DATE", "2015-03-29"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("Monday", "DATE", "2015-03-30"),
            ("0700 GMT", "TIME", "XXXX-XX-XXT07:00"),
            ("2012", "DATE", "2012"),
            ("the fourth quarter of 2014", "DATE", "2014-Q4"),
            ("a year earlier", "DATE", "2013-Q4"),
            ("Tuesday", "DATE", "2015-03-24"),
            ("the next 12 months", "DURATION", "P12M"),
            ("the past two months", "DURATION", "P2M"),
            ("2016", "DATE", "2016"),
            ("1991", "DATE", "1991"),
            ("this week", "DATE", "2015-W13"),
            ("March 27, 2011", "DATE", "2011-03-27"),
            ("years", "DURATION", "PXY"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("each day", "SET", "P1D"),
            ("Monday", "DATE", "2015-03-30"),
        ],
    ),
    # Monday 2015-06-29 (ISO week 27), US technology website, headline, byline, stamp "June 29,
    # 2015 7:15 AM PDT", "SANTA LUCERA, Calif. --" dateline. The leap second is inserted after
    # 23:59:59 UTC on Tuesday 2015-06-30: "23:59:59 Coordinated Universal Time" (zone written
    # out, in the span, gold_blind7) and "23:59:60" are clock times to the second (the shape of
    # gold_blind8's "14:35:10 UTC"; ISO 8601 allows second 60 for a leap second), "00:00:00 on
    # Wednesday, July 1" TIME 2015-07-01T00:00:00 with its DATE; "just before 5 p.m. Pacific
    # time on Tuesday" -> "5 p.m. Pacific time" ("just before" a signal, like "just before
    # Christmas", gold_blind38). Stratafield's smear "from 14:00 UTC on Tuesday to 10:00 UTC on
    # Wednesday" four TIMEX3, "across 20 hours" PT20H. The exchange closes "30 minutes early on
    # Tuesday, at 7:30 p.m. Eastern time" and reopens "at 4 a.m. Wednesday" 2015-07-01T04:00.
    # The 2012 leap second, "June 30, 2012", and "that night" after it 2012-06-30TNI (the
    # airline's night in California, where the second fell before 5 p.m.); "for hours" PTXH;
    # "about two hours" PT2H. "spent months" PXM; "six months to prepare" P6M; "every week
    # since April" SET P1W and 2015-04; "over the weekend" 2015-W26-WE (27-28 June, past);
    # "until Thursday" 2015-07-02; "last week" 2015-W26; "more than a decade" P10Y; "in
    # November" 2015-11; "about six months' notice" -> "about six months" P6M; "second-quarter
    # results" 2015-Q2 (no fiscal year described, calendar quarters) "on July 23" 2015-07-23.
    # Not annotated: "leap second" / "Leap seconds" (the adjustment, a thing; durations in
    # seconds have no value shape and were avoided, gold_blind16, gold_blind86), "atomic time",
    # "the official time scale", "evening session" (a part of day naming a kind of session),
    # "around the clock" (idiom), "Until then" (anaphoric), "This time", "as usual", "a repeated
    # tick", "a single tick", "the 26th", "TR-2015" (a model number), "version 4.30" (a version,
    # not a clock time), "navtrek.com/support/2015-06-30" (a date inside a URL), "Linux".
    "leap-second-servers-brace": (
        "2015-06-29",
        [
            ("Tuesday", "DATE", "2015-06-30"),
            ("June 29, 2015", "DATE", "2015-06-29"),
            ("7:15 AM PDT", "TIME", "2015-06-29T07:15"),
            ("Tuesday", "DATE", "2015-06-30"),
            ("months", "DURATION", "PXM"),
            ("23:59:59 Coordinated Universal Time", "TIME", "2015-06-30T23:59:59"),
            ("Tuesday, June 30", "DATE", "2015-06-30"),
            ("23:59:60", "TIME", "2015-06-30T23:59:60"),
            ("00:00:00", "TIME", "2015-07-01T00:00:00"),
            ("Wednesday, July 1", "DATE", "2015-07-01"),
            ("5 p.m. Pacific time", "TIME", "2015-06-30T17:00"),
            ("Tuesday", "DATE", "2015-06-30"),
            ("1972", "DATE", "1972"),
            ("June 30, 2012", "DATE", "2012-06-30"),
            ("hours", "DURATION", "PTXH"),
            ("about two hours", "DURATION", "PT2H"),
            ("that night", "TIME", "2012-06-30TNI"),
            ("20 hours", "DURATION", "PT20H"),
            ("14:00 UTC", "TIME", "2015-06-30T14:00"),
            ("Tuesday", "DATE", "2015-06-30"),
            ("10:00 UTC", "TIME", "2015-07-01T10:00"),
            ("Wednesday", "DATE", "2015-07-01"),
            ("six months", "DURATION", "P6M"),
            ("every week", "SET", "P1W"),
            ("April", "DATE", "2015-04"),
            ("the weekend", "DATE", "2015-W26-WE"),
            ("Thursday", "DATE", "2015-07-02"),
            ("30 minutes", "DURATION", "PT30M"),
            ("Tuesday", "DATE", "2015-06-30"),
            ("7:30 p.m. Eastern time", "TIME", "2015-06-30T19:30"),
            ("4 a.m.", "TIME", "2015-07-01T04:00"),
            ("Wednesday", "DATE", "2015-07-01"),
            ("last week", "DATE", "2015-W26"),
            ("more than a decade", "DURATION", "P10Y"),
            ("November", "DATE", "2015-11"),
            ("about six months", "DURATION", "P6M"),
            ("second-quarter", "DATE", "2015-Q2"),
            ("July 23", "DATE", "2015-07-23"),
        ],
    ),
    # Friday 2014-06-20 (ISO week 25), Irish daily, headline, standfirst, date line "Friday 20
    # June 2014", byline, no dateline. The summer solstice falls tomorrow, Saturday 2014-06-21:
    # "the longest day" (headline) and "the longest day of the year" are DATE 2014-06-21, a day
    # the text names and fixes ("tomorrow"), like a holiday on the day it falls on (see
    # README); "early tomorrow morning" 2014-06-21TMO (modifier kept); sunrise "at 4.57am",
    # sunset "9.57pm", the solstice "at 11.51am Irish time", the car park "at 3am", the ride "at
    # 5am tomorrow" and "the afternoon" are all tomorrow's. "almost 17 hours of daylight" PT17H.
    # "Last year" 2013, "in 2012". "From Sunday" 2014-06-22, "until 21 December" 2014-12-21.
    # "published on Monday" 2014-06-16. "a 364-day year" P364D, "quarters of 91 days" P91D, "an
    # extra week" P1W; "each year" SET P1Y; "the 1990s" 199; "1 January 2018" and "that year"
    # after it 2018 (a narrative anchor, like "That winter", gold_blind103); "in 1752, when 11
    # days were dropped from September" 1752, P11D, 1752-09; "some 170 years after" P170Y (the
    # size of a delay) and "1582"; "twice in a thousand years" -> "a thousand years" P1000Y (the
    # period of a count, like "the third time in two weeks", gold_blind103); "for 2018"; the
    # last line's "tomorrow's gathering" -> "tomorrow". Not annotated: "the solstice" (three
    # times) and "a few solstices" (the astronomical event, like an eclipse), "the sun come up",
    # "time the year was rebuilt" (the calendar year as a structure, and "time" a noun), "The
    # Longest Day Cycle" (an event's name), "more than 5,000 years old" (an age), "for longer
    # than anyone can remember", "four identical quarters" and "quarterly figures" (kinds),
    # "the same weekday", "the right day of the week", "the Julian", "the Gregorian calendar",
    # "just yet", "200km", "Vol 12", "600", "100", "090 662 0214", "knockcarra.ie".
    "knockcarra-longest-day-calendar": (
        "2014-06-20",
        [
            ("the longest day", "DATE", "2014-06-21"),
            ("tomorrow", "DATE", "2014-06-21"),
            ("Friday 20 June 2014", "DATE", "2014-06-20"),
            ("early tomorrow morning", "TIME", "2014-06-21TMO"),
            ("the longest day of the year", "DATE", "2014-06-21"),
            ("4.57am", "TIME", "2014-06-21T04:57"),
            ("9.57pm", "TIME", "2014-06-21T21:57"),
            ("almost 17 hours", "DURATION", "PT17H"),
            ("11.51am Irish time", "TIME", "2014-06-21T11:51"),
            ("tomorrow", "DATE", "2014-06-21"),
            ("3am", "TIME", "2014-06-21T03:00"),
            ("Last year", "DATE", "2013"),
            ("2012", "DATE", "2012"),
            ("5am", "TIME", "2014-06-21T05:00"),
            ("tomorrow", "DATE", "2014-06-21"),
            ("the afternoon", "TIME", "2014-06-21TAF"),
            ("Sunday", "DATE", "2014-06-22"),
            ("21 December", "DATE", "2014-12-21"),
            ("Monday", "DATE", "2014-06-16"),
            ("364-day", "DURATION", "P364D"),
            ("91 days", "DURATION", "P91D"),
            ("an extra week", "DURATION", "P1W"),
            ("each year", "SET", "P1Y"),
            ("the 1990s", "DATE", "199"),
            ("1 January 2018", "DATE", "2018-01-01"),
            ("that year", "DATE", "2018"),
            ("1752", "DATE", "1752"),
            ("11 days", "DURATION", "P11D"),
            ("September", "DATE", "1752-09"),
            ("some 170 years", "DURATION", "P170Y"),
            ("1582", "DATE", "1582"),
            ("a thousand years", "DURATION", "P1000Y"),
            ("2018", "DATE", "2018"),
            ("tomorrow", "DATE", "2014-06-21"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
