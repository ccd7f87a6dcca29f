"""Annotations of the seventy-eighth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind78/annotate.py [--show]

Writes <name>.json next to each <name>.txt; how spans are found and checked:
tests/data/gold_tools.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_tools import Gold, write_set  # noqa: E402

# Where the earlier sets differ: gold_blind16 avoided "year-on-year" as a comparison, while
# gold_blind18, gold_blind31, gold_blind38, gold_blind51, gold_blind63 and gold_blind67 annotate it
# (and "month on month") as the period compared with; this set follows them and TimeML, which
# annotates every expression referring to a period ("year on year", "on-year", "On-month").
GOLD: Gold = {
    # Friday 2014-03-14 (ISO week 11), Chinese state agency's provincial statistics release,
    # "HUAIYUN, March 14 (Xinhe) --" dateline (the publication day; "said here on Friday" the
    # same day, "here" left out). "first two months" (headline) and "the first two months" are
    # the cumulative January-February stretch, DURATION P2M, with "this year" a DATE of its own
    # (gold_blind34's "the first 10 months of this year"). The press conference "began at 10:00
    # a.m. Beijing time (0200 GMT)" today: two TIMEX3, the zone in the span (gold_blind31). The
    # Spring Festival (lunar new year) fell on 2014-01-31, "10 days earlier than in 2013" (10
    # February 2013): P10D is the size of the shift (gold_blind25, gold_blind28). "year on
    # year" after "February alone" is 2013-02, "month on month" the month compared with,
    # January 2014 (gold_blind51, gold_blind67). "January-February" is two DATEs, one per month
    # (see README). "the Spring Festival holiday" takes the day of the festival it is named
    # for, 2014-01-31, its seven days (Jan. 31-Feb. 6) given beside it (see README); "last
    # year's holiday" -> "last year" 2013. "a year earlier" after "the end of February"
    # 2013-02. "the first quarter" is the quarter now running, 2014-Q1, as is "first-quarter".
    # The contracts were signed "on Tuesday local time" in a foreign capital, 2014-03-11, one
    # span with the zone words (see README). "this year's session" -> "this year" 2014; "last
    # November" 2013-11; "the lowest in more than a decade" the period of a superlative P10Y;
    # the plan's bracketed years only (gold_blind31); the Expo opens in the future, 2014-09-18,
    # and its organizers spoke Thursday 2014-03-13 (past). Not annotated: "the 12th Five-Year
    # Plan" (twice, a name), "the third plenary session", "the 10th provincial Party committee",
    # "Yunshan International Trade Expo 2014" (a name, see README), amounts and percentages.
    "yunshan-industrial-output-first-two-months": (
        "2014-03-14",
        [
            ("first two months", "DURATION", "P2M"),
            ("March 14", "DATE", "2014-03-14"),
            ("the first two months", "DURATION", "P2M"),
            ("this year", "DATE", "2014"),
            ("2013", "DATE", "2013"),
            ("Friday", "DATE", "2014-03-14"),
            ("10:00 a.m. Beijing time", "TIME", "2014-03-14T10:00"),
            ("0200 GMT", "TIME", "2014-03-14T02:00"),
            ("the Spring Festival", "DATE", "2014-01-31"),
            ("10 days", "DURATION", "P10D"),
            ("2013", "DATE", "2013"),
            ("February", "DATE", "2014-02"),
            ("February", "DATE", "2014-02"),
            ("year on year", "DATE", "2013-02"),
            ("January", "DATE", "2014-01"),
            ("month on month", "DATE", "2014-01"),
            ("January", "DATE", "2014-01"),
            ("February", "DATE", "2014-02"),
            ("the Spring Festival holiday", "DATE", "2014-01-31"),
            ("seven days", "DURATION", "P7D"),
            ("Jan. 31", "DATE", "2014-01-31"),
            ("Feb. 6", "DATE", "2014-02-06"),
            ("last year", "DATE", "2013"),
            ("the end of February", "DATE", "2014-02"),
            ("a year earlier", "DATE", "2013-02"),
            ("recent days", "DATE", "PAST_REF"),
            ("the first quarter", "DATE", "2014-Q1"),
            ("first-quarter", "DATE", "2014-Q1"),
            ("April 16", "DATE", "2014-04-16"),
            ("Tuesday local time", "DATE", "2014-03-11"),
            ("this year", "DATE", "2014"),
            ("2014", "DATE", "2014"),
            ("more than a decade", "DURATION", "P10Y"),
            ("last November", "DATE", "2013-11"),
            ("2010", "DATE", "2010"),
            ("the end of 2015", "DATE", "2015"),
            ("2011", "DATE", "2011"),
            ("2015", "DATE", "2015"),
            ("the past decade", "DURATION", "P10Y"),
            ("annually", "SET", "P1Y"),
            ("2017", "DATE", "2017"),
            ("Thursday", "DATE", "2014-03-13"),
            ("Sept. 18", "DATE", "2014-09-18"),
        ],
    ),
    # Monday 2013-10-14 (ISO week 42), Russian agency's regional story, "NOVOLESSK, October 14.
    # /NORD-INFORM/." dateline (the publication day; the press service spoke "on Monday", the
    # same day). The first flight leaves "at 07:40 Moscow time (03:40 GMT) on October 21", the
    # Monday of next week (headline "next week" 2013-W43); Moscow time was GMT+4 in 2013. The
    # route's schedule recurs: "twice a week" P1W, "Mondays" and "Fridays" SETs, the landing
    # "at 09:55 local time" on no particular day (XXXX-XX-XXT09:55). "the airport's winter
    # schedule" is a timetable season's name; its dates "October 27" and "March 29, 2014" are
    # annotated. The runway opens "on Friday", 2013-10-18 (future); it was certified "on
    # October 8" and "two days later" is 2013-10-10, anchored on that date. "January-September"
    # is two DATEs; "the first nine months of 2012" is split (gold_blind51); "year-on-year"
    # after "September alone" is 2012-09. "starting in January" of a coming closure 2014-01
    # ("starting" a signal); "from December" 2013-12; "next spring" 2014-SP; "next February"
    # 2014-02; "last week" 2013-W41. Not annotated: "Flight NV-2013" (a flight number),
    # "Nord-2014" (a forum's name, see README), "3,200-metre", roubles, "the first" flight.
    "novolessk-airport-tarvik-flights": (
        "2013-10-14",
        [
            ("next week", "DATE", "2013-W43"),
            ("October 14", "DATE", "2013-10-14"),
            ("07:40 Moscow time", "TIME", "2013-10-21T07:40"),
            ("03:40 GMT", "TIME", "2013-10-21T03:40"),
            ("October 21", "DATE", "2013-10-21"),
            ("Monday", "DATE", "2013-10-14"),
            ("twice a week", "SET", "P1W"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("09:55 local time", "TIME", "XXXX-XX-XXT09:55"),
            ("October 27", "DATE", "2013-10-27"),
            ("March 29, 2014", "DATE", "2014-03-29"),
            ("the past two years", "DURATION", "P2Y"),
            ("Friday", "DATE", "2013-10-18"),
            ("October 8", "DATE", "2013-10-08"),
            ("two days later", "DATE", "2013-10-10"),
            ("more than 20 years", "DURATION", "P20Y"),
            ("January", "DATE", "2013-01"),
            ("September", "DATE", "2013-09"),
            ("the first nine months", "DURATION", "P9M"),
            ("2012", "DATE", "2012"),
            ("this year", "DATE", "2013"),
            ("September", "DATE", "2013-09"),
            ("year-on-year", "DATE", "2012-09"),
            ("the 1960s", "DATE", "196"),
            ("about 18 months", "DURATION", "P18M"),
            ("January", "DATE", "2014-01"),
            ("currently", "DATE", "PRESENT_REF"),
            ("three times a day", "SET", "P1D"),
            ("daily", "SET", "P1D"),
            ("December", "DATE", "2013-12"),
            ("the coming months", "DURATION", "PXM"),
            ("last week", "DATE", "2013-W41"),
            ("next spring", "DATE", "2014-SP"),
            ("next February", "DATE", "2014-02"),
            ("2016", "DATE", "2016"),
        ],
    ),
    # Wednesday 2012-07-18 (ISO week 29), Japanese agency's weather story, "KAGIYAMA, July 18
    # (Shinsei) --" dateline (the publication day; "on Wednesday" the same day). "a day after
    # the Meteorological Agency said" is an anchored duration, P1D (gold_blind28), and "about a
    # week earlier than usual" the size of a shift, P1W. The peak "at 2:41 p.m. (0541 GMT)" is
    # today's (JST is GMT+9). "so far this summer" -> "this summer" 2012-SU. "last week" in a
    # Wednesday story is 2012-W28 and "the previous week" 2012-W27; the agency "said Tuesday"
    # 2012-07-17, the woman was found "on Tuesday evening" 2012-07-17TEV, demand peaked "at
    # around 3 p.m. Tuesday". The rainy season ran from June 6 to Tuesday, 41 days (P41D);
    # "the rainy season" itself has no calendar value and is not annotated. Ahead: "Saturday"
    # 2012-07-21, "the weekend" 2012-W29-WE, "at least the next two weeks" P2W, "next month"
    # 2012-08, "the end of August" 2012-08, the schools' "Friday" 2012-07-20 ("a day earlier
    # than planned" P1D, the size of a shift). The power-saving hours recur every day
    # (XXXX-XX-XXT09:00, XXXX-XX-XXT20:00). Not annotated: "the rainy season", "summer
    # vacation" (a school break, like "the school holidays" in gold_blind22), "around the
    # clock", the hotline "0120-555-741", "78-year-old", "may be considered", the readings.
    "kagiyama-heat-wave-rainy-season-ends": (
        "2012-07-18",
        [
            ("July 18", "DATE", "2012-07-18"),
            ("Wednesday", "DATE", "2012-07-18"),
            ("a day", "DURATION", "P1D"),
            ("about a week", "DURATION", "P1W"),
            ("2:41 p.m.", "TIME", "2012-07-18T14:41"),
            ("0541 GMT", "TIME", "2012-07-18T05:41"),
            ("this summer", "DATE", "2012-SU"),
            ("August 2010", "DATE", "2010-08"),
            ("the 1990s", "DATE", "199"),
            ("last week", "DATE", "2012-W28"),
            ("the previous week", "DATE", "2012-W27"),
            ("Tuesday", "DATE", "2012-07-17"),
            ("Tuesday evening", "TIME", "2012-07-17TEV"),
            ("June 6", "DATE", "2012-06-06"),
            ("41 days", "DURATION", "P41D"),
            ("Saturday", "DATE", "2012-07-21"),
            ("the weekend", "DATE", "2012-W29-WE"),
            ("at least the next two weeks", "DURATION", "P2W"),
            ("around 3 p.m.", "TIME", "2012-07-17T15:00"),
            ("Tuesday", "DATE", "2012-07-17"),
            ("June", "DATE", "2012-06"),
            ("every day", "SET", "P1D"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("Sept. 7", "DATE", "2012-09-07"),
            ("next month", "DATE", "2012-08"),
            ("every week", "SET", "P1W"),
            ("recent years", "DATE", "PAST_REF"),
            ("now", "DATE", "PRESENT_REF"),
            ("the end of August", "DATE", "2012-08"),
            ("Friday", "DATE", "2012-07-20"),
            ("a day", "DURATION", "P1D"),
        ],
    ),
    # Thursday 2015-10-01 (ISO week 40), Korean agency's trade-data story, byline, "JUNGAN,
    # Oct. 1 (Hanbit) --" dateline (the publication day; "data showed Thursday" the same day).
    # The agency's "on-year" is "year-on-year", the period compared with: September 2014;
    # "On-month" the month compared with, August 2015 (see README). "last month" is September
    # 2015; the report came out "at 9 a.m. (0000 GMT)" today (KST is GMT+9). "every month since
    # January" a SET and a DATE. "For the third quarter ... from a year earlier" 2015-Q3 and
    # 2014-Q3; "the first half of this year" one span 2015-H1; "the first nine months" P9M and
    # "this year" 2015. "down from $96 a year ago" takes the unit's granularity, 2014
    # (gold_blind28); "mid-2014" and "late last year" 2014. Ahead: "the fourth quarter"
    # 2015-Q4, the meeting "on Monday" 2015-10-05, "next week" 2015-W41, "Jan. 1" 2016-01-01
    # across the year boundary, "next year" 2016; "went on sale last week" 2015-W39. Not
    # annotated: "G20", "Lumo 2016" (a phone model), "Article 14", "a barrel", amounts.
    "exports-fall-september-oil-prices": (
        "2015-10-01",
        [
            ("September", "DATE", "2015-09"),
            ("Oct. 1", "DATE", "2015-10-01"),
            ("on-year", "DATE", "2014-09"),
            ("September", "DATE", "2015-09"),
            ("Thursday", "DATE", "2015-10-01"),
            ("last month", "DATE", "2015-09"),
            ("9 a.m.", "TIME", "2015-10-01T09:00"),
            ("0000 GMT", "TIME", "2015-10-01T00:00"),
            ("every month", "SET", "P1M"),
            ("January", "DATE", "2015-01"),
            ("On-month", "DATE", "2015-08"),
            ("August", "DATE", "2015-08"),
            ("about a week", "DURATION", "P1W"),
            ("the third quarter", "DATE", "2015-Q3"),
            ("a year earlier", "DATE", "2014-Q3"),
            ("the first half of this year", "DATE", "2015-H1"),
            ("the first nine months", "DURATION", "P9M"),
            ("this year", "DATE", "2015"),
            ("September", "DATE", "2015-09"),
            ("a year ago", "DATE", "2014"),
            ("mid-2014", "DATE", "2014"),
            ("late last year", "DATE", "2014"),
            ("2012", "DATE", "2012"),
            ("recently", "DATE", "PAST_REF"),
            ("the coming months", "DURATION", "PXM"),
            ("the fourth quarter", "DATE", "2015-Q4"),
            ("last week", "DATE", "2015-W39"),
            ("Monday", "DATE", "2015-10-05"),
            ("next week", "DATE", "2015-W41"),
            ("Jan. 1", "DATE", "2016-01-01"),
            ("next year", "DATE", "2016"),
            ("2009", "DATE", "2009"),
            ("2008", "DATE", "2008"),
        ],
    ),
    # Tuesday 2014-10-28 (ISO week 44), Turkish agency's city story, byline, stamp "28.10.2014
    # 14:32" (a DATE and a TIME, see README), "SARIKENT (BHA) –" dateline without date. The
    # line opens "on Wednesday, Republic Day": 2014-10-29 twice (two TIMEX3, the holiday on the
    # day it falls, gold_blind57), as is the headline's "Republic Day"; the municipality spoke
    # "on Tuesday", the mayor "on Tuesday morning" (today). "more than four years after
    # construction began" (March 2010) is an anchored duration, P4Y. The ceremony "at 2 p.m.
    # local time (1200 GMT)" is tomorrow's (Turkey on GMT+2 after 26 October 2014). The trains'
    # hours recur (XXXX-XX-XXT06:00, XXXX-XX-XXT23:30). "the first three days" of the line is an
    # ordinal period of an event, P3D (gold_blind35). "delayed the work by about 10 months" the
    # size of a delay, P10M. "last weekend" 2014-W43-WE. "January-September" is two DATEs and
    # "the first nine months of 2013" split. "the city's 2023 targets" an adjectival year.
    # Not annotated: "the centenary of the Republic", the "Sarikent March" (a song), "M2",
    # "16.4-kilometer", "2.9-billion-lira", the URL "www.sarikent.bel.tr/metro/29102014".
    "sarikent-metro-opens-republic-day": (
        "2014-10-28",
        [
            ("Republic Day", "DATE", "2014-10-29"),
            ("28.10.2014", "DATE", "2014-10-28"),
            ("14:32", "TIME", "2014-10-28T14:32"),
            ("Wednesday", "DATE", "2014-10-29"),
            ("Republic Day", "DATE", "2014-10-29"),
            ("more than four years", "DURATION", "P4Y"),
            ("Tuesday", "DATE", "2014-10-28"),
            ("2 p.m. local time", "TIME", "2014-10-29T14:00"),
            ("1200 GMT", "TIME", "2014-10-29T12:00"),
            ("every four minutes", "SET", "PT4M"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("11:30 p.m.", "TIME", "XXXX-XX-XXT23:30"),
            ("about 70 minutes", "DURATION", "PT70M"),
            ("24 minutes", "DURATION", "PT24M"),
            ("the first three days", "DURATION", "P3D"),
            ("March 2010", "DATE", "2010-03"),
            ("the end of 2013", "DATE", "2013"),
            ("last year", "DATE", "2013"),
            ("about 10 months", "DURATION", "P10M"),
            ("last weekend", "DATE", "2014-W43-WE"),
            ("every day", "SET", "P1D"),
            ("now", "DATE", "PRESENT_REF"),
            ("up to two hours", "DURATION", "PT2H"),
            ("Tuesday morning", "TIME", "2014-10-28TMO"),
            ("January", "DATE", "2014-01"),
            ("September", "DATE", "2014-09"),
            ("the first nine months", "DURATION", "P9M"),
            ("2013", "DATE", "2013"),
            ("2017", "DATE", "2017"),
            ("2023", "DATE", "2023"),
            ("Oct. 29, 1923", "DATE", "1923-10-29"),
            ("the 1990s", "DATE", "199"),
            ("recent years", "DATE", "PAST_REF"),
        ],
    ),
    # Saturday 2015-11-14 (ISO week 46), Gulf agency's court-circular story, "AL WAHA, 14th
    # November, 2015 (RNA) --" dateline (one DATE span, the publication day; "announced today"
    # the same day). The visit runs "from Sunday to Wednesday", 2015-11-15 and 2015-11-18
    # (headline "from Sunday" likewise); the departure "at 9:30 a.m. local time (0530 GMT) on
    # Sunday" (GST is GMT+4); the talks "on Monday morning" 2015-11-16TMO (future), while the
    # ministers approved the texts at their "weekly meeting on Monday", 2015-11-09 (past); the
    # Emir received the businessmen "On Thursday evening", 2015-11-12TEV (past), and returns "on
    # Wednesday evening", 2015-11-18TEV. "the first ... in more than two decades" the period of a
    # "first in", P20Y; "for the period 2016-2020" one DATE per year; "90-day" adjectival. The
    # minister arrived "on 3rd November" and "two days later" is 2015-11-05, anchored on it;
    # "earlier this month" 2015-11. "January-October" two DATEs; "for 2014 as a whole" -> "2014".
    # "in May" past, 2015-05; "in March" ahead, 2016-03; "within five years" -> "five years".
    # "National Day on 9th December" two DATEs, 2015-12-09. Not annotated: "Gulf Energy Forum
    # 2016" (a name), "the Al Waha Sunday Tribune", "Petra May", "44th", "2-1", "58", riyals.
    "al-rimal-emir-state-visit-ostravia": (
        "2015-11-14",
        [
            ("Sunday", "DATE", "2015-11-15"),
            ("14th November, 2015", "DATE", "2015-11-14"),
            ("Sunday", "DATE", "2015-11-15"),
            ("Wednesday", "DATE", "2015-11-18"),
            ("today", "DATE", "2015-11-14"),
            ("more than two decades", "DURATION", "P20Y"),
            ("9:30 a.m. local time", "TIME", "2015-11-15T09:30"),
            ("0530 GMT", "TIME", "2015-11-15T05:30"),
            ("Sunday", "DATE", "2015-11-15"),
            ("Monday morning", "TIME", "2015-11-16TMO"),
            ("2016", "DATE", "2016"),
            ("2020", "DATE", "2020"),
            ("90-day", "DURATION", "P90D"),
            ("earlier this month", "DATE", "2015-11"),
            ("3rd November", "DATE", "2015-11-03"),
            ("two days later", "DATE", "2015-11-05"),
            ("weekly", "SET", "P1W"),
            ("Monday", "DATE", "2015-11-09"),
            ("January", "DATE", "2015-01"),
            ("October", "DATE", "2015-10"),
            ("2014", "DATE", "2014"),
            ("the past five years", "DURATION", "P5Y"),
            ("1974", "DATE", "1974"),
            ("annually", "SET", "P1Y"),
            ("May", "DATE", "2015-05"),
            ("Thursday evening", "TIME", "2015-11-12TEV"),
            ("five years", "DURATION", "P5Y"),
            ("this week", "DATE", "2015-W46"),
            ("March", "DATE", "2016-03"),
            ("last month", "DATE", "2015-10"),
            ("Wednesday evening", "TIME", "2015-11-18TEV"),
            ("National Day", "DATE", "2015-12-09"),
            ("9th December", "DATE", "2015-12-09"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
