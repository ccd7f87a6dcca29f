"""Annotations of the three-hundred-and-ninetieth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind390/annotate.py [--show]

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
    # Tuesday 2013-04-23 (ISO week 17), US newspaper website's AP home-sales story, section
    # label, headline, byline, stamp "Published 11:42 am, Tuesday, April 23, 2013" (clock time
    # TIME, weekday and date one DATE span), "HARTWELL, Conn. (AP) —" dateline. "said Tuesday"
    # is the publication day itself (gold_blind51). "March" 2013-03; "the year-earlier month"
    # one DATE span 2012-03, like "the year-earlier period" (gold_blind6) at the granularity
    # of the month it is compared with; "spring selling season" (headline and lead) -> only
    # the season word, 2013-SP, like "the spring market" (gold_blind67). "its monthly report"
    # is a recurring report, SET P1M (like "quarterly survey", gold_blind51), while "its
    # eighth straight monthly gain" names the period of a figure and is left out (gold_blind67's
    # "the first monthly fall"). "the first quarter" 2013-Q1 (no fiscal year described);
    # "early 2007" 2007; "Easter Sunday" 2013-03-31 (a holiday on its day); "Two years ago"
    # 2011 (the unit's granularity). "94 days" and "121 days" DURATIONs (days on the market,
    # like "41 days" in gold_blind67); "a year earlier" after March figures 2012-03 (twice);
    # "a third consecutive month" DURATION P1M (an ordinal run, like "a fifth straight month"
    # in gold_blind51). Past: "late February" 2013-02, "closed Friday" 2013-04-19. "the week
    # ended Thursday" -> "the week" 2013-W16, the ISO week holding the Thursday it ended on,
    # and "Thursday" 2013-04-18 (gold_blind33). "30-year" DURATION P30Y (gold_blind67). "the
    # summer of 2005" 2005-SU; "the fall" ahead 2013-FA; "the first three months of 2013" one
    # span 2013-Q1 (like "the final three months of the year", gold_blind51), "the same period
    # last year" one span 2012-Q1 (gold_blind16, gold_blind22). "April figures" -> "April"
    # 2013-04 (gold_blind51); "May 21" with "10 a.m."; "every Thursday evening" SET
    # XXXX-WXX-4TEV through "June" 2013-06. Not annotated: "2013 Ridge Road" (an address in a
    # 2013 story), "2,850 square feet", "1.2 acres", "in their 60s" (ages), "18 percent",
    # "6.2 percent", "$287,500", "412", "349", "61 units", "3.41
    # percent", "corlissrealtors.org/2013/seminars", "860-555-2006", "its eighth straight
    # monthly gain", "a long way to go".
    "corliss-county-march-home-sales": (
        "2013-04-23",
        [
            ("March", "DATE", "2013-03"),
            ("spring", "DATE", "2013-SP"),
            ("11:42 am", "TIME", "2013-04-23T11:42"),
            ("Tuesday, April 23, 2013", "DATE", "2013-04-23"),
            ("March", "DATE", "2013-03"),
            ("the year-earlier month", "DATE", "2012-03"),
            ("spring", "DATE", "2013-SP"),
            ("2006", "DATE", "2006"),
            ("Tuesday", "DATE", "2013-04-23"),
            ("last month", "DATE", "2013-03"),
            ("March 2012", "DATE", "2012-03"),
            ("monthly", "SET", "P1M"),
            ("the first quarter", "DATE", "2013-Q1"),
            ("early 2007", "DATE", "2007"),
            ("five years", "DURATION", "P5Y"),
            ("1982", "DATE", "1982"),
            ("Easter Sunday", "DATE", "2013-03-31"),
            ("Two years ago", "DATE", "2011"),
            ("94 days", "DURATION", "P94D"),
            ("121 days", "DURATION", "P121D"),
            ("a year earlier", "DATE", "2012-03"),
            ("a third consecutive month", "DURATION", "P1M"),
            ("May", "DATE", "2013-05"),
            ("June", "DATE", "2013-06"),
            ("late February", "DATE", "2013-02"),
            ("four days", "DURATION", "P4D"),
            ("Friday", "DATE", "2013-04-19"),
            ("March", "DATE", "2013-03"),
            ("a year earlier", "DATE", "2012-03"),
            ("30-year", "DURATION", "P30Y"),
            ("the week", "DATE", "2013-W16"),
            ("Thursday", "DATE", "2013-04-18"),
            ("April 2012", "DATE", "2012-04"),
            ("the summer of 2005", "DATE", "2005-SU"),
            ("this year", "DATE", "2013"),
            ("the fall", "DATE", "2013-FA"),
            ("the first three months of 2013", "DATE", "2013-Q1"),
            ("the same period last year", "DATE", "2012-Q1"),
            ("April", "DATE", "2013-04"),
            ("May 21", "DATE", "2013-05-21"),
            ("10 a.m.", "TIME", "2013-05-21T10:00"),
            ("every Thursday evening", "SET", "XXXX-WXX-4TEV"),
            ("June", "DATE", "2013-06"),
        ],
    ),
    # Wednesday 2014-08-20 (ISO week 34), Bloomberg-style wire on weekly mortgage applications,
    # title-case headline, byline line "Aug 20, 2014 7:00 AM ET" (DATE and TIME, the zone in
    # the span, gold_blind55), "Aug. 20 (Bloomberg) --" dateline; "said today" the publication
    # day. "last week" 2014-W33 and "the week ended Aug. 15" -> "the week" 2014-W33 (the ISO
    # week holding Friday 15 August, gold_blind33) and "Aug. 15"; "the prior week" anchored on
    # it, 2014-W32 (like "the week before", gold_blind61). "for the first time in a month" ->
    # "a month" DURATION P1M (the period of a "first in"). "30-year" and "15-year" DURATIONs
    # (loan terms, gold_blind67); "fixed for five years" P5Y and "resets annually" SET P1Y.
    # "the past eight weeks" P8W; "the start of the year" 2014 (gold_blind51); "in January"
    # 2014-01 and "by December" ahead 2014-12; "more than a year" P1Y; "Monday" 2014-08-18.
    # "the same week a year earlier" one span 2013-W33, like "the same week last year"
    # (gold_blind22); "this year's spring selling season" -> "this year" 2014 and "spring"
    # 2014-SP (gold_blind67). "tomorrow" 2014-08-21; "July" (twice) 2014-07; "Aug. 25" with
    # "10 a.m." that day. "compiled weekly" SET P1W, "since 1990"; "every Wednesday" SET
    # XXXX-WXX-3 and its hour "7 a.m. New York time" XXXX-XX-XXT07:00 (gold_blind90); "Labor
    # Day" 2014-09-01 (first Monday of September); "due Sept. 3" 2014-09-03; "a day later" the
    # size of a delay, DURATION P1D (gold_blind35); "Thursday, Sept. 4" one DATE span. Not
    # annotated: "5/1" of "a 5/1 adjustable-rate mortgage" (a loan type's label that reads like
    # a date; its meaning is given by "five years" and "annually", annotated), "a 5.02 million
    # annual pace" (a rate, gold_blind51), "three-quarters" (a fraction), "a normal day"
    # (generic), "4.26 percent" and the other rates, "74 applications", "68 economists".
    "us-mortgage-applications-refinancing": (
        "2014-08-20",
        [
            ("Aug 20, 2014", "DATE", "2014-08-20"),
            ("7:00 AM ET", "TIME", "2014-08-20T07:00"),
            ("Aug. 20", "DATE", "2014-08-20"),
            ("last week", "DATE", "2014-W33"),
            ("a month", "DURATION", "P1M"),
            ("the week", "DATE", "2014-W33"),
            ("Aug. 15", "DATE", "2014-08-15"),
            ("the prior week", "DATE", "2014-W32"),
            ("today", "DATE", "2014-08-20"),
            ("30-year", "DURATION", "P30Y"),
            ("June 2013", "DATE", "2013-06"),
            ("15-year", "DURATION", "P15Y"),
            ("five years", "DURATION", "P5Y"),
            ("annually", "SET", "P1Y"),
            ("the past eight weeks", "DURATION", "P8W"),
            ("the start of the year", "DATE", "2014"),
            ("January", "DATE", "2014-01"),
            ("December", "DATE", "2014-12"),
            ("more than a year", "DURATION", "P1Y"),
            ("2012", "DATE", "2012"),
            ("Monday", "DATE", "2014-08-18"),
            ("the same week a year earlier", "DATE", "2013-W33"),
            ("this year", "DATE", "2014"),
            ("spring", "DATE", "2014-SP"),
            ("tomorrow", "DATE", "2014-08-21"),
            ("July", "DATE", "2014-07"),
            ("July", "DATE", "2014-07"),
            ("Aug. 25", "DATE", "2014-08-25"),
            ("10 a.m.", "TIME", "2014-08-25T10:00"),
            ("weekly", "SET", "P1W"),
            ("1990", "DATE", "1990"),
            ("every Wednesday", "SET", "XXXX-WXX-3"),
            ("7 a.m. New York time", "TIME", "XXXX-XX-XXT07:00"),
            ("Labor Day", "DATE", "2014-09-01"),
            ("Sept. 3", "DATE", "2014-09-03"),
            ("a day later", "DURATION", "P1D"),
            ("Thursday, Sept. 4", "DATE", "2014-09-04"),
        ],
    ),
    # Saturday 2012-09-15 (ISO week 37), Australian regional paper's website, section labels,
    # headline, stamp "15 Sep, 2012 06:00 AM" (DATE and TIME, gold_blind103), byline. The vote
    # was "on Tuesday night" 2012-09-11TNI; "in August last year" one DATE span 2011-08 (like
    # "the same month last year", gold_blind63); "again in May" 2012-05; "in February"
    # 2012-02. The conditions' hours recur: "7am to 6pm Monday to Friday and 8am to 1pm on
    # Saturdays" -> the four hours XXXX-XX-XXThh:mm and the SETs "Monday" XXXX-WXX-1, "Friday"
    # XXXX-WXX-5, "Saturdays", "Sundays" (gold_blind76, gold_blind90); "before 6am" the hour.
    # "the 1920s woolstore" -> "1920s" DATE 192 (an adjectival decade, gold_blind90). "within
    # six weeks" P6W; "by early November" 2012-11; "the second half of 2014" 2014-H2; "about
    # another nine months" one DURATION span (like "another 30 years", gold_blind67); "Saturday,
    # 29 September" one span; "before Christmas" 2012-12-25; "28 days" P28D; the group meets
    # "at 7.30pm on Monday" 2012-09-17 (future). "from about 2pm every day in winter": the
    # recurring hour XXXX-XX-XXT14:00 with its modifier in the span, "every day" SET P1D and
    # "winter" SET XXXX-WI (a generic season framing a recurrence, gold_blind90). "over two
    # years" P2Y; "over two weeks" P2W; "the 2013-14 financial year" FY2014 (the Australian
    # July-June year named by the year it ends, like "the 2012-13 financial year" in
    # gold_blind90). Not annotated: "DA 2011/0342" (an application number), "1912-1920
    # Esplanade Road" (street numbers that read like a range of years), "7-4" (a vote),
    # "eight and 11 storeys", "Eleven storeys", "126 apartments", "210 car spaces", "64
    # conditions", "300 objections", "71" (an age), "240 construction jobs", "$48m", "$1.2
    # million", "public holidays" (generic), "the morning peak" (a generic part of the traffic
    # day, like "peak times" in gold_blind90), "long enough", "may" (the verb).
    "carrowbay-harbour-point-towers-approved": (
        "2012-09-15",
        [
            ("18-month", "DURATION", "P18M"),
            ("15 Sep, 2012", "DATE", "2012-09-15"),
            ("06:00 AM", "TIME", "2012-09-15T06:00"),
            ("18 months", "DURATION", "P18M"),
            ("Tuesday night", "TIME", "2012-09-11TNI"),
            ("March 2011", "DATE", "2011-03"),
            ("August last year", "DATE", "2011-08"),
            ("May", "DATE", "2012-05"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Friday", "SET", "XXXX-WXX-5"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("1pm", "TIME", "XXXX-XX-XXT13:00"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("1920s", "DATE", "192"),
            ("six weeks", "DURATION", "P6W"),
            ("early November", "DATE", "2012-11"),
            ("the second half of 2014", "DATE", "2014-H2"),
            ("about another nine months", "DURATION", "P9M"),
            ("Saturday, 29 September", "DATE", "2012-09-29"),
            ("Christmas", "DATE", "2012-12-25"),
            ("28 days", "DURATION", "P28D"),
            ("1968", "DATE", "1968"),
            ("7.30pm", "TIME", "2012-09-17T19:30"),
            ("Monday", "DATE", "2012-09-17"),
            ("about 2pm", "TIME", "XXXX-XX-XXT14:00"),
            ("every day", "SET", "P1D"),
            ("winter", "SET", "XXXX-WI"),
            ("two years", "DURATION", "P2Y"),
            ("2004", "DATE", "2004"),
            ("two weeks", "DURATION", "P2W"),
            ("February", "DATE", "2012-02"),
            ("the 2013-14 financial year", "DATE", "FY2014"),
            ("1997", "DATE", "1997"),
            ("2010", "DATE", "2010"),
        ],
    ),
    # Thursday 2015-02-26 (ISO week 9), Canadian paper's website, section label, headline,
    # stamp "First posted: Thursday, February 26, 2015 06:12 PM EST | Updated: ... 08:40 PM
    # EST" (two DATEs and two TIMEs), byline, "PORT ELLIS, Ont. —" dateline, a timeline box.
    # "this week" 2015-W09; "a letter dated Monday" 2015-02-23; "in an interview Thursday" the
    # publication day; "told its board on Tuesday" 2015-02-24. "summer 2016" (headline) and
    # "the summer of 2016" 2016-SU; "almost three years" P3Y; "most recently set for Oct. 15"
    # the coming 15 October, 2015-10-15 (the date in force until this week); "fall 2013"
    # 2013-FA; "a 10-week strike ... that began last spring" -> "10-week" P10W and "last
    # spring" 2014-SP; "the coldest February ... since 1979" -> "February" 2015-02 (this
    # February, like "its driest December since 1982" in gold_blind103) and "1979"; "before
    # Christmas" 2014-12-25 (past); "by April 10" ahead 2015-04-10. The buyer's "2013" and
    # "the end of that year" 2013, anchored on the year just named; "18 months" P18M. "up to
    # 365 days" P365D; "at least 90 days' notice" -> "at least 90 days" P90D (the apostrophe
    # left out, gold_blind90); "Jan. 31, 2016"; "by March 20" 2015-03-20; "the end of the year"
    # 2015; "next spring" 2016-SP. "for 99 years" P99Y (a lease's term, gold_blind90); "its
    # 2015-16 fiscal year, which begins April 1" -> FY2016 (named by the year it ends,
    # gold_blind90) plus "April 1" 2015-04-01; "the current fiscal year" FY2015 (gold_blind61).
    # Timeline: "within six weeks" P6W; "May to mid-July 2014" -> "May" 2014-05 (the year
    # written once after the range belongs to both ends, gold_blind33) and "mid-July 2014"
    # 2014-07. Not annotated: "32-storey", "284-unit", "284 units", "230", "the 19th floor",
    # "44" (an age), "$389,900", "$78,000", "$5,000", "$410,000", "third delay", "the date in
    # their original contracts", "the contracts' outside date" (named by events; their dates
    # are annotated), "Every time" (not a frequency of a time unit).
    "kinsley-quay-condo-occupancy-delay": (
        "2015-02-26",
        [
            ("summer 2016", "DATE", "2016-SU"),
            ("Thursday, February 26, 2015", "DATE", "2015-02-26"),
            ("06:12 PM EST", "TIME", "2015-02-26T18:12"),
            ("Thursday, February 26, 2015", "DATE", "2015-02-26"),
            ("08:40 PM EST", "TIME", "2015-02-26T20:40"),
            ("this week", "DATE", "2015-W09"),
            ("the summer of 2016", "DATE", "2016-SU"),
            ("almost three years", "DURATION", "P3Y"),
            ("Monday", "DATE", "2015-02-23"),
            ("Oct. 15", "DATE", "2015-10-15"),
            ("Aug. 31, 2016", "DATE", "2016-08-31"),
            ("March 2011", "DATE", "2011-03"),
            ("fall 2013", "DATE", "2013-FA"),
            ("10-week", "DURATION", "P10W"),
            ("last spring", "DATE", "2014-SP"),
            ("February", "DATE", "2015-02"),
            ("1979", "DATE", "1979"),
            ("Christmas", "DATE", "2014-12-25"),
            ("Feb. 13", "DATE", "2015-02-13"),
            ("April 10", "DATE", "2015-04-10"),
            ("April 2011", "DATE", "2011-04"),
            ("2013", "DATE", "2013"),
            ("the end of that year", "DATE", "2013"),
            ("18 months", "DURATION", "P18M"),
            ("up to 365 days", "DURATION", "P365D"),
            ("at least 90 days", "DURATION", "P90D"),
            ("Jan. 31, 2016", "DATE", "2016-01-31"),
            ("Thursday", "DATE", "2015-02-26"),
            ("March 20", "DATE", "2015-03-20"),
            ("the end of the year", "DATE", "2015"),
            ("next spring", "DATE", "2016-SP"),
            ("99 years", "DURATION", "P99Y"),
            ("its 2015-16 fiscal year", "DATE", "FY2016"),
            ("April 1", "DATE", "2015-04-01"),
            ("the current fiscal year", "DATE", "FY2015"),
            ("Tuesday", "DATE", "2015-02-24"),
            ("March 2011", "DATE", "2011-03"),
            ("six weeks", "DURATION", "P6W"),
            ("November 2012", "DATE", "2012-11"),
            ("September 2013", "DATE", "2013-09"),
            ("June 2014", "DATE", "2014-06"),
            ("May", "DATE", "2014-05"),
            ("mid-July 2014", "DATE", "2014-07"),
            ("Aug. 31, 2016", "DATE", "2016-08-31"),
        ],
    ),
    # Monday 2012-11-19 (ISO week 47), British regional daily, headline, standfirst, byline,
    # date line "Monday 19 November 2012"; "yesterday" Sunday 2012-11-18. Past weekdays: "told
    # on Friday" 2012-11-16, "On Saturday night" 2012-11-17TNI; future: "by Wednesday"
    # 2012-11-21, the deadline "expires on Friday" 2012-11-23 (9 November + 14 days, which
    # confirms it), the meeting "at 7pm on Thursday" 2012-11-22 (clock time and day two
    # TIMEX3). "next month" (standfirst) 2012-12; "3 December" (twice) 2012-12-03; "the week
    # beginning 10 December" -> "the week" 2012-W50 and "10 December" (a Monday), "beginning" a
    # signal like "ending" and "to" (gold_blind61, gold_blind73). "three weeks" and "more than
    # three weeks" P3W; "within 48 hours" PT48H, "within 24 hours" PT24H, "within 28 days"
    # P28D, "14 days" P14D, "eight weeks in arrears" P8W (an amount of time owed), "within a
    # fortnight" P2W, "11 days" P11D. "the 2013-14 financial year" FY2014 (a housing trust's
    # April-March year, gold_blind90); "the spring of 2011" 2011-SP; "this year's charges" ->
    # "this year" 2012; "14 and 15 January" -> "14" 2013-01-14 and "15 January" 2013-01-15 (the
    # month written once, like "Dec. 11-12" in gold_blind51). "collected every Monday" SET
    # XXXX-WXX-1; "each week" SET P1W. "Last winter" in November 2012 is the winter of 2011-12,
    # 2012-WI (named by the year of its January, gold_blind103), its "Christmas" 2011-12-25;
    # "next summer" 2013-SU; "2013 and 2014". Not annotated: "15-storey", "88 flats", "the
    # ninth floor", "67" (an age), "minus 2", "60 electric heaters", "18 per cent", "14 flats",
    # "£94.50 a week" (a rent, a rate), "£2.1m", "two lifts", "0300 555 1968" (a phone number
    # holding 1968, beside the annotated "1968"), "until the heating is back" (event-named).
    "greyfriars-court-tenants-rent-strike": (
        "2012-11-19",
        [
            ("three weeks", "DURATION", "P3W"),
            ("next month", "DATE", "2012-12"),
            ("Monday 19 November 2012", "DATE", "2012-11-19"),
            ("more than three weeks", "DURATION", "P3W"),
            ("3 December", "DATE", "2012-12-03"),
            ("1968", "DATE", "1968"),
            ("26 October", "DATE", "2012-10-26"),
            ("48 hours", "DURATION", "PT48H"),
            ("Friday", "DATE", "2012-11-16"),
            ("the week", "DATE", "2012-W50"),
            ("10 December", "DATE", "2012-12-10"),
            ("1981", "DATE", "1981"),
            ("Saturday night", "TIME", "2012-11-17TNI"),
            ("Wednesday", "DATE", "2012-11-21"),
            ("yesterday", "DATE", "2012-11-18"),
            ("1990", "DATE", "1990"),
            ("2009", "DATE", "2009"),
            ("the 2013-14 financial year", "DATE", "FY2014"),
            ("the spring of 2011", "DATE", "2011-SP"),
            ("this year", "DATE", "2012"),
            ("14", "DATE", "2013-01-14"),
            ("15 January", "DATE", "2013-01-15"),
            ("24 hours", "DURATION", "PT24H"),
            ("28 days", "DURATION", "P28D"),
            ("9 November", "DATE", "2012-11-09"),
            ("14 days", "DURATION", "P14D"),
            ("Friday", "DATE", "2012-11-23"),
            ("every Monday", "SET", "XXXX-WXX-1"),
            ("each week", "SET", "P1W"),
            ("3 December", "DATE", "2012-12-03"),
            ("eight weeks", "DURATION", "P8W"),
            ("7pm", "TIME", "2012-11-22T19:00"),
            ("Thursday", "DATE", "2012-11-22"),
            ("a fortnight", "DURATION", "P2W"),
            ("Last winter", "DATE", "2012-WI"),
            ("11 days", "DURATION", "P11D"),
            ("Christmas", "DATE", "2011-12-25"),
            ("next summer", "DATE", "2013-SU"),
            ("2013", "DATE", "2013"),
            ("2014", "DATE", "2014"),
        ],
    ),
    # Sunday 2015-10-11 (ISO week 41), New Zealand Sunday paper's property pages, section
    # label, headline, stamp "5:00 AM Sunday Oct 11, 2015" (TIME and a DATE span with its
    # weekday), byline, a results box. "spring market" -> "spring" 2015-SP, the southern
    # spring valued in the year it falls in (gold_blind67, gold_blind103). The auction was "on
    # Wednesday" 2015-10-07 (and the box's "Wednesday"); its clock times "at 10am", "almost
    # 5pm", "at 1pm" are on that day. "a ... 1950s bungalow" -> "1950s" 195 (gold_blind90);
    # "22 minutes" PT22M; "its 2014 rating valuation" -> "2014" (an adjectival year); "Two
    # years ago" 2013; "since 1994". "in the week to Friday" -> "the week" 2015-W41 (the ISO
    # week holding Friday 9 October, gold_blind33, gold_blind61) and "Friday" 2015-10-09; "the
    # previous week" 2015-W40, anchored on it. "the same month last year" after September one
    # span 2014-09 (gold_blind63). "Labour Weekend": Labour Day is the fourth Monday of October,
    # 2015-10-26, and the weekend takes the ISO week of its Saturday, 2015-W43-WE ("Family Day
    # weekend", gold_blind103); "Labour Day ..., October 26" two DATEs (like "Monday 31 August,
    # the summer bank holiday", gold_blind90); "between 19 and 23 October" two DATEs; "from 9am
    # to 4pm on Saturday 24 October" two TIMEs and the DATE. "built in 2002", "in 2008",
    # "within five minutes" PT5M; "4pm on Thursday, October 22". "November" ahead 2015-11;
    # "this year" 2015; "the past 12 months" P12M; "next year" 2016. Box: "(1972)" and "(built
    # 2011)" DATEs (like "(2011)" in gold_blind90); "Wednesday 14 October" with "10am"; "today"
    # the publication day with "1pm-1.45pm", two TIMEs (a hyphen between clock times is a
    # range mark, gold_blind76). Not annotated: "1957 Kowhai Road" / "1957 Kowhai Rd" and
    # "3/1998 Harbourview Road" / "Rd" (addresses that read like years), "612sq m", "Forty-one
    # properties", "33", "14 bidders", "412", "356", "58 auctions", "32 listings", "3 bdrm"
    # and the other bedroom counts, "14 Ngaio St", "88 Totara Cres", "$1.186 million" and the
    # other prices, "14 per cent", "22 per cent", "annual price growth" (the period of a
    # figure, like "Annual growth" in gold_blind67), "earlier than usual" (no anchor),
    # "Labour Day itself" beyond "Labour Day".
    "harcourt-bay-spring-auctions": (
        "2015-10-11",
        [
            ("spring", "DATE", "2015-SP"),
            ("5:00 AM", "TIME", "2015-10-11T05:00"),
            ("Sunday Oct 11, 2015", "DATE", "2015-10-11"),
            ("Wednesday", "DATE", "2015-10-07"),
            ("March 2014", "DATE", "2014-03"),
            ("10am", "TIME", "2015-10-07T10:00"),
            ("almost 5pm", "TIME", "2015-10-07T17:00"),
            ("1pm", "TIME", "2015-10-07T13:00"),
            ("1950s", "DATE", "195"),
            ("22 minutes", "DURATION", "PT22M"),
            ("2014", "DATE", "2014"),
            ("Two years ago", "DATE", "2013"),
            ("1994", "DATE", "1994"),
            ("the week", "DATE", "2015-W41"),
            ("Friday", "DATE", "2015-10-09"),
            ("the previous week", "DATE", "2015-W40"),
            ("September", "DATE", "2015-09"),
            ("the same month last year", "DATE", "2014-09"),
            ("Labour Weekend", "DATE", "2015-W43-WE"),
            ("19", "DATE", "2015-10-19"),
            ("23 October", "DATE", "2015-10-23"),
            ("Labour Day", "DATE", "2015-10-26"),
            ("October 26", "DATE", "2015-10-26"),
            ("9am", "TIME", "2015-10-24T09:00"),
            ("4pm", "TIME", "2015-10-24T16:00"),
            ("Saturday 24 October", "DATE", "2015-10-24"),
            ("2002", "DATE", "2002"),
            ("five minutes", "DURATION", "PT5M"),
            ("2008", "DATE", "2008"),
            ("4pm", "TIME", "2015-10-22T16:00"),
            ("Thursday, October 22", "DATE", "2015-10-22"),
            ("November", "DATE", "2015-11"),
            ("this year", "DATE", "2015"),
            ("the past 12 months", "DURATION", "P12M"),
            ("next year", "DATE", "2016"),
            ("Wednesday", "DATE", "2015-10-07"),
            ("1972", "DATE", "1972"),
            ("2011", "DATE", "2011"),
            ("Wednesday 14 October", "DATE", "2015-10-14"),
            ("10am", "TIME", "2015-10-14T10:00"),
            ("today", "DATE", "2015-10-11"),
            ("1pm", "TIME", "2015-10-11T13:00"),
            ("1.45pm", "TIME", "2015-10-11T13:45"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
