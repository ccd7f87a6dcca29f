"""Annotations of the eighth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind8/annotate.py [--show]

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
    # Saturday 1995-02-11 (ISO week 6), earthquake wire story; the quake struck at 10:42 p.m.
    # local time (GMT+3) on Friday 1995-02-10; the night after it is Friday's night.
    "korsava-earthquake": (
        "1995-02-11",
        [
            ("Feb. 11", "DATE", "1995-02-11"),
            ("late Friday", "DATE", "1995-02-10"),
            ("Saturday", "DATE", "1995-02-11"),
            ("10:42 p.m. local time", "TIME", "1995-02-10T22:42"),
            ("1942 GMT", "TIME", "1995-02-10T19:42"),
            ("Friday", "DATE", "1995-02-10"),
            ("1968", "DATE", "1968"),
            ("the hours", "DURATION", "PTXH"),
            ("1:15 a.m.", "TIME", "1995-02-11T01:15"),
            ("Saturday", "DATE", "1995-02-11"),
            ("the night", "TIME", "1995-02-10TNI"),
            ("Overnight", "TIME", "1995-02-10TNI"),
            ("today", "DATE", "1995-02-11"),
            ("next week", "DATE", "1995-W07"),
            ("Saturday morning", "TIME", "1995-02-11TMO"),
            ("the evening", "TIME", "1995-02-11TEV"),
            ("72 hours", "DURATION", "PT72H"),
            ("72-hour", "DURATION", "PT72H"),
            ("late Monday", "DATE", "1995-02-13"),
            ("6 a.m.", "TIME", "1995-02-11T06:00"),
            ("the 1930s", "DATE", "193"),
            ("27 years ago", "DATE", "1968"),
            ("three days", "DURATION", "P3D"),
            ("Sunday", "DATE", "1995-02-12"),
            ("Wednesday", "DATE", "1995-02-15"),
            ("1968", "DATE", "1968"),
            ("1991", "DATE", "1991"),
        ],
    ),
    # Tuesday 2006-08-15 (ISO week 33), harvest and drought story; "last year" is 2005.
    "eastmoor-drought-harvest": (
        "2006-08-15",
        [
            ("three decades", "DURATION", "P30Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("1976", "DATE", "1976"),
            ("late May", "DATE", "2006-05"),
            ("last week", "DATE", "2006-W32"),
            ("yesterday", "DATE", "2006-08-14"),
            ("last year", "DATE", "2005"),
            ("March", "DATE", "2006-03"),
            ("the spring", "DATE", "2006-SP"),
            ("now", "DATE", "PRESENT_REF"),
            ("March", "DATE", "2006-03"),
            ("the six weeks", "DURATION", "P6W"),
            ("Sunday", "DATE", "2006-08-13"),
            ("1910", "DATE", "1910"),
            ("the past three summers", "DURATION", "P3Y"),
            ("mid-October", "DATE", "2006-10"),
            ("two weeks", "DURATION", "P2W"),
            ("July 3", "DATE", "2006-07-03"),
            ("Friday", "DATE", "2006-08-11"),
            ("Monday", "DATE", "2006-08-14"),
            ("January", "DATE", "2006-01"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("1862", "DATE", "1862"),
            ("this year", "DATE", "2006"),
            ("Last year", "DATE", "2005"),
            ("This year", "DATE", "2006"),
            ("next spring", "DATE", "2007-SP"),
            ("Thursday", "DATE", "2006-08-17"),
            ("five years", "DURATION", "P5Y"),
            ("July", "DATE", "2006-07"),
            ("a month", "DURATION", "P1M"),
            ("September", "DATE", "2006-09"),
            ("the 1990s", "DATE", "199"),
        ],
    ),
    # Thursday 2012-11-15 (ISO week 46), air accident interim report; the crash was on Saturday
    # 2012-09-22, local time UTC+2; clock times as written, in the zone named.
    "serrow-air-interim-report": (
        "2012-11-15",
        [
            ("September", "DATE", "2012-09"),
            ("almost 11 minutes", "DURATION", "PT11M"),
            ("yesterday", "DATE", "2012-11-14"),
            ("the last 40 minutes", "DURATION", "PT40M"),
            ("13:52 UTC", "TIME", "2012-09-22T13:52"),
            ("15:52 local time", "TIME", "2012-09-22T15:52"),
            ("Saturday, September 22", "DATE", "2012-09-22"),
            ("14:19 UTC", "TIME", "2012-09-22T14:19"),
            ("14:24 UTC", "TIME", "2012-09-22T14:24"),
            ("14:35:10 UTC", "TIME", "2012-09-22T14:35:10"),
            ("about 90 seconds later", "TIME", "2012-09-22T14:36:40"),
            ("the day before", "DATE", "2012-09-21"),
            ("that evening", "TIME", "2012-09-21TEV"),
            ("06:10 local time", "TIME", "2012-09-22T06:10"),
            ("the morning of the accident", "TIME", "2012-09-22TMO"),
            ("1998", "DATE", "1998"),
            ("May 2010", "DATE", "2010-05"),
            ("less than two years", "DURATION", "P2Y"),
            ("Wednesday", "DATE", "2012-11-14"),
            ("early next year", "DATE", "2013"),
            ("30 days", "DURATION", "P30D"),
            ("last night", "TIME", "2012-11-14TNI"),
            ("the end of the month", "DATE", "2012-11"),
            ("two weeks", "DURATION", "P2W"),
            ("October", "DATE", "2012-10"),
            ("1994", "DATE", "1994"),
            ("Saturday", "DATE", "2012-11-17"),
        ],
    ),
    # Wednesday 2019-10-16 (ISO week 42), ceasefire story with a chronology; the truce took
    # effect at midnight at the start of Sunday 2019-10-13 (local time GMT+2).
    "ostrel-ceasefire-chronology": (
        "2019-10-16",
        [
            ("midnight", "TIME", "2019-10-13T00:00"),
            ("Sunday", "DATE", "2019-10-13"),
            ("2200 GMT", "TIME", "2019-10-12T22:00"),
            ("Saturday", "DATE", "2019-10-12"),
            ("Tuesday", "DATE", "2019-10-15"),
            ("last Thursday", "DATE", "2019-10-10"),
            ("eleven days", "DURATION", "P11D"),
            ("the 48 hours", "DURATION", "PT48H"),
            ("Monday", "DATE", "2019-10-14"),
            ("the first 24 hours", "DURATION", "PT24H"),
            ("late Monday", "DATE", "2019-10-14"),
            ("The first week", "DURATION", "P1W"),
            ("Friday", "DATE", "2019-10-18"),
            ("the next few days", "DURATION", "PXD"),
            ("Thursday", "DATE", "2019-10-17"),
            ("Saturday", "DATE", "2019-10-19"),
            ("Oct. 28", "DATE", "2019-10-28"),
            ("2017", "DATE", "2017"),
            ("nine days", "DURATION", "P9D"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("months", "DURATION", "PXM"),
            ("2014", "DATE", "2014"),
            ("March 2017", "DATE", "2017-03"),
            ("days", "DURATION", "PXD"),
            ("Sept. 1, 2019", "DATE", "2019-09-01"),
            ("Oct. 10", "DATE", "2019-10-10"),
            ("Sept. 29", "DATE", "2019-09-29"),
            ("Oct. 13", "DATE", "2019-10-13"),
            ("five years", "DURATION", "P5Y"),
        ],
    ),
    # Sunday 2022-04-10 (ISO week 14), British theatre festival preview; the festival runs from
    # Thursday 14 April to Tuesday 3 May 2022; "last year" is 2021.
    "brackwater-theatre-festival": (
        "2022-04-10",
        [
            ("Thursday", "DATE", "2022-04-14"),
            ("Thursday", "DATE", "2022-04-14"),
            ("3 May", "DATE", "2022-05-03"),
            ("2019", "DATE", "2019"),
            ("2020", "DATE", "2020"),
            ("more than six weeks", "DURATION", "P6W"),
            ("12 April", "DATE", "2022-04-12"),
            ("Thursday 14 April", "DATE", "2022-04-14"),
            ("three weeks", "DURATION", "P3W"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("21 April", "DATE", "2022-04-21"),
            ("the past five months", "DURATION", "P5M"),
            ("last year", "DATE", "2021"),
            ("Friday", "DATE", "2022-04-08"),
            ("the final week", "DURATION", "P1W"),
            ("10am", "TIME", "2022-04-11T10:00"),
            ("tomorrow", "DATE", "2022-04-11"),
            ("1973", "DATE", "1973"),
            ("next year", "DATE", "2023"),
            ("the next three years", "DURATION", "P3Y"),
            ("recent years", "DATE", "PAST_REF"),
            ("2019", "DATE", "2019"),
            ("the spring of 1981", "DATE", "1981-SP"),
            ("Saturday 30 April", "DATE", "2022-04-30"),
        ],
    ),
    # Monday 2024-06-10 (ISO week 24), takeover under regulatory review; the target's financial
    # year ends on June 30 (fiscal 2025 runs from July 2024 to June 2025), the bidder's follows
    # the calendar.
    "arlen-kessway-takeover-review": (
        "2024-06-10",
        [
            ("next year", "DATE", "2025"),
            ("Friday", "DATE", "2024-06-07"),
            ("45-day", "DURATION", "P45D"),
            ("that morning", "TIME", "2024-06-07TMO"),
            ("July 22", "DATE", "2024-07-22"),
            ("up to 24 weeks", "DURATION", "P24W"),
            ("March", "DATE", "2024-03"),
            ("the end of the first half of next year", "DATE", "2025-H1"),
            ("last autumn", "DATE", "2023-FA"),
            ("June 27", "DATE", "2024-06-27"),
            ("June 30", "DATE", "2024-06-30"),
            ("April", "DATE", "2024-04"),
            ("fiscal 2024", "DATE", "FY2024"),
            ("fiscal 2023", "DATE", "FY2023"),
            ("January", "DATE", "2024-01"),
            ("fiscal 2025", "DATE", "FY2025"),
            ("July 1", "DATE", "2024-07-01"),
            ("first-quarter", "DATE", "2024-Q1"),
            ("last month", "DATE", "2024-05"),
            ("second-quarter", "DATE", "2024-Q2"),
            ("the first half", "DATE", "2024-H1"),
            ("August 1", "DATE", "2024-08-01"),
            ("Forty-five days", "DURATION", "P45D"),
            ("the past decade", "DURATION", "P10Y"),
            ("2019", "DATE", "2019"),
            ("almost six months", "DURATION", "P6M"),
            ("Friday", "DATE", "2024-06-07"),
            ("the end of the year", "DATE", "2024"),
        ],
    ),
}


if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv[1:])
