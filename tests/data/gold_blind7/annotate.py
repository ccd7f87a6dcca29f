"""Annotations of the seventh blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind7/annotate.py [--show]

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
    # Sunday 2008-04-13 (ISO week 15), football cup semi-final report; the match was Saturday.
    "harlow-quay-cup-semifinal": (
        "2008-04-13",
        [
            ("1977", "DATE", "1977"),
            ("31 years", "DURATION", "P31Y"),
            ("yesterday afternoon", "TIME", "2008-04-12TAF"),
            ("3 p.m.", "TIME", "2008-04-12T15:00"),
            ("45 minutes", "DURATION", "PT45M"),
            ("3:45", "TIME", "2008-04-12T15:45"),
            ("October 2006", "DATE", "2006-10"),
            ("ten minutes", "DURATION", "PT10M"),
            ("Thursday", "DATE", "2008-04-10"),
            ("less than a quarter of an hour", "DURATION", "PT15M"),
            ("next month", "DATE", "2008-05"),
            ("Saturday, May 17", "DATE", "2008-05-17"),
            ("5:30 p.m.", "TIME", "2008-05-17T17:30"),
            ("tonight", "TIME", "2008-04-13TNI"),
            ("9 a.m.", "TIME", "2008-04-16T09:00"),
            ("Wednesday", "DATE", "2008-04-16"),
            ("1977", "DATE", "1977"),
            ("the summer of 2003", "DATE", "2003-SU"),
            ("Five years ago", "DATE", "2003"),
            ("Now", "DATE", "PRESENT_REF"),
            ("May", "DATE", "2008-05"),
            ("Tuesday evening", "TIME", "2008-04-15TEV"),
            ("nine days", "DURATION", "P9D"),
        ],
    ),
    # Thursday 2019-06-13 (ISO week 24), payments outage overnight Tuesday to Wednesday;
    # clock times as written, in the zone named, on the day they fall on in that zone.
    "quorvane-payments-outage": (
        "2019-06-13",
        [
            ("hours", "DURATION", "PTXH"),
            ("late Tuesday", "DATE", "2019-06-11"),
            ("Wednesday", "DATE", "2019-06-12"),
            ("11:40 p.m. Pacific time", "TIME", "2019-06-11T23:40"),
            ("Tuesday", "DATE", "2019-06-11"),
            ("2:40 a.m. Eastern time", "TIME", "2019-06-12T02:40"),
            ("Wednesday", "DATE", "2019-06-12"),
            ("every Tuesday night", "SET", "XXXX-WXX-2TNI"),
            ("four minutes", "DURATION", "PT4M"),
            ("12:25 a.m.", "TIME", "2019-06-12T00:25"),
            ("around 5:50 a.m. Pacific time", "TIME", "2019-06-12T05:50"),
            ("about six hours", "DURATION", "PT6H"),
            ("Wednesday morning", "TIME", "2019-06-12TMO"),
            ("11-year", "DURATION", "P11Y"),
            ("this year", "DATE", "2019"),
            ("February 8", "DATE", "2019-02-08"),
            ("40 minutes", "DURATION", "PT40M"),
            ("last night", "TIME", "2019-06-11TNI"),
            ("Wednesday afternoon", "TIME", "2019-06-12TAF"),
            ("30 days", "DURATION", "P30D"),
            ("Wednesday", "DATE", "2019-06-12"),
            ("today", "DATE", "2019-06-13"),
            ("now", "DATE", "PRESENT_REF"),
            ("several days", "DURATION", "PXD"),
            ("Tuesday nights", "SET", "XXXX-WXX-2TNI"),
            ("the end of the month", "DATE", "2019-06"),
            ("Thursday", "DATE", "2019-06-13"),
            ("next week", "DATE", "2019-W25"),
            ("three hours", "DURATION", "PT3H"),
        ],
    ),
    # Monday 2023-11-20 (ISO week 47), election-night wire story; the vote was on Sunday.
    "varesca-presidential-first-round": (
        "2023-11-20",
        [
            ("Nov. 20", "DATE", "2023-11-20"),
            ("Sunday", "DATE", "2023-11-19"),
            ("Dec. 3", "DATE", "2023-12-03"),
            ("early Monday", "DATE", "2023-11-20"),
            ("8 p.m.", "TIME", "2023-11-19T20:00"),
            ("about 10:45 p.m.", "TIME", "2023-11-19T22:45"),
            ("2018", "DATE", "2018"),
            ("2013", "DATE", "2013"),
            ("five-year", "DURATION", "P5Y"),
            ("1 a.m.", "TIME", "2023-11-20T01:00"),
            ("the next five years", "DURATION", "P5Y"),
            ("the autumn of 2022", "DATE", "2022-FA"),
            ("six years", "DURATION", "P6Y"),
            ("this spring", "DATE", "2023-SP"),
            ("March 2021", "DATE", "2021-03"),
            ("now", "DATE", "PRESENT_REF"),
            ("48 hours", "DURATION", "PT48H"),
            ("Wednesday", "DATE", "2023-11-22"),
            ("Nov. 28", "DATE", "2023-11-28"),
            ("24 hours", "DURATION", "PT24H"),
            ("Thursday", "DATE", "2023-11-23"),
            ("last week", "DATE", "2023-W46"),
            ("more than an hour", "DURATION", "PT1H"),
            ("the previous night", "TIME", "2023-11-18TNI"),
            ("this morning", "TIME", "2023-11-20TMO"),
            ("two years", "DURATION", "P2Y"),
        ],
    ),
    # Saturday 1997-03-15 (ISO week 11), police story with a chronology; the blast was on
    # Sunday 1997-03-09, the arrests on Wednesday, the charges on Friday night.
    "kelbrook-cash-machine-blasts": (
        "1997-03-15",
        [
            ("last night", "TIME", "1997-03-14TNI"),
            ("the early hours of Sunday", "DATE", "1997-03-09"),
            ("Monday", "DATE", "1997-03-17"),
            ("Wednesday", "DATE", "1997-03-12"),
            ("more than 48 hours", "DURATION", "PT48H"),
            ("this week", "DATE", "1997-W11"),
            ("about 3:10 a.m.", "TIME", "1997-03-09T03:10"),
            ("Sunday, March 9", "DATE", "1997-03-09"),
            ("the previous evening", "TIME", "1997-03-08TEV"),
            ("Two days earlier", "DATE", "1997-03-07"),
            ("February 21", "DATE", "1997-02-21"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("a month", "DURATION", "P1M"),
            ("September", "DATE", "1996-09"),
            ("three-year", "DURATION", "P3Y"),
            ("months", "DURATION", "PXM"),
            ("the end of April", "DATE", "1997-04"),
            ("Saturday mornings", "SET", "XXXX-WXX-6TMO"),
            ("1994", "DATE", "1994"),
            ("2 a.m.", "TIME", "1997-03-09T02:00"),
            ("4 a.m.", "TIME", "1997-03-09T04:00"),
            ("Sunday", "DATE", "1997-03-09"),
        ],
    ),
    # Wednesday 2026-10-14 (ISO week 42), tram closures and timetable; across the year boundary.
    "ferrisham-green-line-closures": (
        "2026-10-14",
        [
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("March", "DATE", "2027-03"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("March", "DATE", "2027-03"),
            ("1986", "DATE", "1986"),
            ("Tuesday", "DATE", "2026-10-13"),
            ("Saturday, October 24", "DATE", "2026-10-24"),
            ("every 10 minutes", "SET", "PT10M"),
            ("about 25 minutes", "DURATION", "PT25M"),
            ("every six minutes", "SET", "PT6M"),
            ("every 12 minutes", "SET", "PT12M"),
            ("a week", "DURATION", "P1W"),
            ("November 9", "DATE", "2026-11-09"),
            ("the spring", "DATE", "2026-SP"),
            ("two years", "DURATION", "P2Y"),
            ("last year", "DATE", "2025"),
            ("January", "DATE", "2026-01"),
            ("every four minutes", "SET", "PT4M"),
            ("May 2027", "DATE", "2027-05"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("four months", "DURATION", "P4M"),
            ("four decades", "DURATION", "P40Y"),
            ("another ten years", "DURATION", "P10Y"),
            ("November 20", "DATE", "2026-11-20"),
            ("the Saturday before Christmas", "DATE", "2026-12-19"),
            ("December 19", "DATE", "2026-12-19"),
            ("January 3", "DATE", "2027-01-03"),
            ("daily", "SET", "P1D"),
        ],
    ),
    # Tuesday 2014-10-07 (ISO week 41), obituary with a life chronology; died on Saturday.
    "agnes-vell-obituary": (
        "2014-10-07",
        [
            ("three decades", "DURATION", "P30Y"),
            ("Saturday", "DATE", "2014-10-04"),
            ("February", "DATE", "2014-02"),
            ("recently", "DATE", "PAST_REF"),
            ("June 2, 1931", "DATE", "1931-06-02"),
            ("the late 1950s", "DATE", "195"),
            ("1960", "DATE", "1960"),
            ("the following spring", "DATE", "1961-SP"),
            ("1964", "DATE", "1964"),
            ("almost four years", "DURATION", "P4Y"),
            ("the next 30 years", "DURATION", "P30Y"),
            ("every spring", "SET", "XXXX-SP"),
            ("the 1980s", "DATE", "198"),
            ("1993", "DATE", "1993"),
            ("2001", "DATE", "2001"),
            ("more than half a century", "DURATION", "P50Y"),
            ("March", "DATE", "2014-03"),
            ("Now", "DATE", "PRESENT_REF"),
            ("2009", "DATE", "2009"),
            ("Friday", "DATE", "2014-10-10"),
            ("11 a.m.", "TIME", "2014-10-10T11:00"),
            ("a week", "DURATION", "P1W"),
        ],
    ),
}


if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv[1:])
