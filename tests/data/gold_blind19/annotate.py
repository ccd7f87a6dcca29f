"""Annotations of the nineteenth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind19/annotate.py [--show]

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
    # Thursday 2009-02-12 (ISO week 7), US small-town obituary: she died early on Tuesday
    # 2009-02-10; visitation today, the funeral at 11 a.m. on Friday 2009-02-13. The exchange
    # went over to dial at the midnight that ended Sunday 1948-10-31; "A month later" is
    # November 1948. "Three weeks ago" from week 7 is week 4.
    "opal-haugland-obituary": (
        "2009-02-12",
        [
            ("40 years", "DURATION", "P40Y"),
            ("40 years", "DURATION", "P40Y"),
            ("early Tuesday", "DATE", "2009-02-10"),
            ("2004", "DATE", "2004"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("Tuesday", "DATE", "2009-02-10"),
            ("Three weeks ago", "DATE", "2009-W04"),
            ("Aug. 9, 1907", "DATE", "1907-08-09"),
            ("the spring of 1926", "DATE", "1926-SP"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("June 14, 1930", "DATE", "1930-06-14"),
            ("the next 74 years", "DURATION", "P74Y"),
            ("1944", "DATE", "1944"),
            ("midnight", "TIME", "1948-10-31T24:00"),
            ("Oct. 31, 1948", "DATE", "1948-10-31"),
            ("A month later", "DATE", "1948-11"),
            ("1953", "DATE", "1953"),
            ("the 1960s", "DATE", "196"),
            ("1964", "DATE", "1964"),
            ("1966", "DATE", "1966"),
            ("the next two decades", "DURATION", "P20Y"),
            ("1987", "DATE", "1987"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("more than 60 years", "DURATION", "P60Y"),
            ("2004", "DATE", "2004"),
            ("August 2007", "DATE", "2007-08"),
            ("an hour", "DURATION", "PT1H"),
            ("Last summer", "DATE", "2008-SU"),
            ("twice a day", "SET", "P1D"),
            ("November", "DATE", "2008-11"),
            ("4 p.m.", "TIME", "2009-02-12T16:00"),
            ("today", "DATE", "2009-02-12"),
            ("11 a.m.", "TIME", "2009-02-13T11:00"),
            ("Friday", "DATE", "2009-02-13"),
            ("the spring", "DATE", "2009-SP"),
        ],
    ),
    # Friday 2015-11-20 (ISO week 47), US weather and travel story: the forecast was issued on
    # Thursday 2015-11-19; rain tonight turns to snow after the midnight ending Friday; the
    # storm runs through the weekend of 21-22 November (2015-W47-WE) and roads should be clear
    # by Monday 2015-11-23; Thanksgiving is Thursday 2015-11-26, the day before it Wednesday
    # 2015-11-25; "Tuesday's high" is the past Tuesday 2015-11-17, the snow showers "possible
    # Tuesday" the coming one, 2015-11-24; next week is 2015-W48.
    "aubrey-warm-november-first-snowstorm": (
        "2015-11-20",
        [
            ("November", "DATE", "2015-11"),
            ("Sunday", "DATE", "2015-11-22"),
            ("the weekend", "DATE", "2015-W47-WE"),
            ("12-hour", "DURATION", "PT12H"),
            ("Monday", "DATE", "2015-11-23"),
            ("November", "DATE", "2015-11"),
            ("1884", "DATE", "1884"),
            ("tonight", "TIME", "2015-11-20TNI"),
            ("tomorrow morning", "TIME", "2015-11-21TMO"),
            ("Thursday", "DATE", "2015-11-19"),
            ("the weekend", "DATE", "2015-W47-WE"),
            ("6 p.m.", "TIME", "2015-11-21T18:00"),
            ("Saturday", "DATE", "2015-11-21"),
            ("noon", "TIME", "2015-11-22T12:00"),
            ("Sunday", "DATE", "2015-11-22"),
            ("this month", "DATE", "2015-11"),
            ("Tuesday", "DATE", "2015-11-17"),
            ("1931", "DATE", "1931"),
            ("weeks", "DURATION", "PXW"),
            ("now", "DATE", "PRESENT_REF"),
            ("around 7 p.m.", "TIME", "2015-11-20T19:00"),
            ("tonight", "TIME", "2015-11-20TNI"),
            ("midnight", "TIME", "2015-11-20T24:00"),
            ("Saturday afternoon", "TIME", "2015-11-21TAF"),
            ("Sunday evening", "TIME", "2015-11-22TEV"),
            ("Saturday", "DATE", "2015-11-21"),
            ("at least Monday", "DATE", "2015-11-23"),
            ("12-hour", "DURATION", "PT12H"),
            ("two days", "DURATION", "P2D"),
            ("2013", "DATE", "2013"),
            ("Saturday", "DATE", "2015-11-21"),
            ("4 p.m.", "TIME", "2015-11-19T16:00"),
            ("Thursday", "DATE", "2015-11-19"),
            ("up to three hours", "DURATION", "PT3H"),
            ("5 a.m.", "TIME", "2015-11-23T05:00"),
            ("Monday", "DATE", "2015-11-23"),
            ("Thanksgiving", "DATE", "2015-11-26"),
            ("Monday", "DATE", "2015-11-23"),
            ("Wednesday", "DATE", "2015-11-25"),
            ("at least a week", "DURATION", "P1W"),
            ("Tuesday", "DATE", "2015-11-24"),
            ("the end of next week", "DATE", "2015-W48"),
        ],
    ),
    # Wednesday 2024-09-18 (ISO week 38), British health-service story: the figures were
    # published yesterday, Tuesday 2024-09-17; the NHS financial year runs April-March and is
    # named by the year it ends (gold_blind11), so the current one (April 2024-March 2025) is
    # FY2025 and the last one FY2024; the scrutiny committee meets on Tuesday 2024-10-01.
    "tarnside-children-mental-health-waits": (
        "2024-09-18",
        [
            ("up to two years", "DURATION", "P2Y"),
            ("more than a year", "DURATION", "P1Y"),
            ("March 2025", "DATE", "2025-03"),
            ("Wednesday 18 September 2024", "DATE", "2024-09-18"),
            ("more than a year", "DURATION", "P1Y"),
            ("almost two years", "DURATION", "P2Y"),
            ("yesterday", "DATE", "2024-09-17"),
            ("18 weeks", "DURATION", "P18W"),
            ("the end of August", "DATE", "2024-08"),
            ("a year earlier", "DATE", "2023-08"),
            ("the past 12 months", "DURATION", "P12M"),
            ("2019", "DATE", "2019"),
            ("nine weeks", "DURATION", "P9W"),
            ("now", "DATE", "PRESENT_REF"),
            ("31 weeks", "DURATION", "P31W"),
            ("more than a year", "DURATION", "P1Y"),
            ("March 2025", "DATE", "2025-03"),
            ("the end of the current financial year", "DATE", "FY2025"),
            ("18-week", "DURATION", "P18W"),
            ("the end of 2026", "DATE", "2026"),
            ("the last financial year", "DATE", "FY2024"),
            ("next month", "DATE", "2024-10"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("November", "DATE", "2024-11"),
            ("every six months", "SET", "P6M"),
            ("October 2022", "DATE", "2022-10"),
            ("months", "DURATION", "PXM"),
            ("June", "DATE", "2024-06"),
            ("January", "DATE", "2025-01"),
            ("almost two years", "DURATION", "P2Y"),
            ("Every week", "SET", "P1W"),
            ("every week", "SET", "P1W"),
            ("soon", "DATE", "FUTURE_REF"),
            ("four hours", "DURATION", "PT4H"),
            ("April", "DATE", "2024-04"),
            ("10am", "TIME", "2024-10-01T10:00"),
            ("Tuesday 1 October", "DATE", "2024-10-01"),
            ("every month", "SET", "P1M"),
            ("the spring", "DATE", "2025-SP"),
        ],
    ),
    # Sunday 2021-08-22 (ISO week 33), US high-school football preview: the scrimmage was on
    # Friday night 2021-08-20, the coach spoke on Thursday 2021-08-19; the opener is next
    # Saturday, 2021-08-28 (six days ahead, like "next Friday" in a Saturday paper in
    # gold_blind5), moved from the Friday before it, 2021-08-27. "Last fall" is the autumn of
    # 2020, when the pandemic-shortened season was played.
    "tilden-ridge-football-preview": (
        "2021-08-22",
        [
            ("2019", "DATE", "2019"),
            ("Friday night", "TIME", "2021-08-20TNI"),
            ("next Saturday", "DATE", "2021-08-28"),
            ("2019", "DATE", "2019"),
            ("the spring of 2019", "DATE", "2019-SP"),
            ("This summer", "DATE", "2021-SU"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("June 7", "DATE", "2021-06-07"),
            ("Thursday", "DATE", "2021-08-19"),
            ("August", "DATE", "2021-08"),
            ("Last fall", "DATE", "2020-FA"),
            ("this year", "DATE", "2021"),
            ("Friday night", "TIME", "2021-08-20TNI"),
            ("1975", "DATE", "1975"),
            ("next Saturday", "DATE", "2021-08-28"),
            ("1 p.m.", "TIME", "2021-08-28T13:00"),
            ("Friday", "DATE", "2021-08-27"),
            ("Sept. 10", "DATE", "2021-09-10"),
            ("1987", "DATE", "1987"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("5:30", "TIME", "XXXX-XX-XXT05:30"),
            ("March", "DATE", "2021-03"),
            ("Oct. 18, 2013", "DATE", "2013-10-18"),
            ("Oct. 22", "DATE", "2021-10-22"),
            ("Friday nights", "SET", "XXXX-WXX-5TNI"),
            ("7 p.m.", "TIME", "XXXX-XX-XXT19:00"),
            ("Oct. 1", "DATE", "2021-10-01"),
            ("Oct. 29", "DATE", "2021-10-29"),
            ("Aug. 28", "DATE", "2021-08-28"),
            ("1 p.m.", "TIME", "2021-08-28T13:00"),
            ("Sept. 3", "DATE", "2021-09-03"),
            ("Sept. 10", "DATE", "2021-09-10"),
            ("Oct. 1", "DATE", "2021-10-01"),
            ("Oct. 22", "DATE", "2021-10-22"),
        ],
    ),
    # Saturday 2005-10-15 (ISO week 41), US business story: the bookstore opens on Monday
    # 2005-10-17 (doors at 7 a.m., ribbon at 10 a.m.); the shoe store's sale started on
    # Wednesday 2005-10-12, repairs are taken until Saturday 2005-10-22, and it closes on
    # Saturday 2005-10-29; the downtown walk is on Friday 2005-10-21.
    "granton-bookstore-opens-shoe-store-closes": (
        "2005-10-15",
        [
            ("Monday", "DATE", "2005-10-17"),
            ("Oct. 29", "DATE", "2005-10-29"),
            ("52 years", "DURATION", "P52Y"),
            ("nearly four years", "DURATION", "P4Y"),
            ("Monday", "DATE", "2005-10-17"),
            ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("daily", "SET", "P1D"),
            ("1998", "DATE", "1998"),
            ("the end of the month", "DATE", "2005-10"),
            ("the summer of 1979", "DATE", "1979-SU"),
            ("December 2001", "DATE", "2001-12"),
            ("68 years", "DURATION", "P68Y"),
            ("January", "DATE", "2005-01"),
            ("March", "DATE", "2005-03"),
            ("the summer", "DATE", "2005-SU"),
            ("7 a.m.", "TIME", "2005-10-17T07:00"),
            ("Monday", "DATE", "2005-10-17"),
            ("10 a.m.", "TIME", "2005-10-17T10:00"),
            ("later this year", "DATE", "2005"),
            ("1953", "DATE", "1953"),
            ("Oct. 29", "DATE", "2005-10-29"),
            ("Christmas", "DATE", "2005-12-25"),
            ("the end of the month", "DATE", "2005-10"),
            ("Wednesday", "DATE", "2005-10-12"),
            ("Oct. 22", "DATE", "2005-10-22"),
            ("the past two years", "DURATION", "P2Y"),
            ("spring", "DATE", "2005-SP"),
            ("5 p.m.", "TIME", "2005-10-21T17:00"),
            ("8 p.m.", "TIME", "2005-10-21T20:00"),
            ("Friday, Oct. 21", "DATE", "2005-10-21"),
        ],
    ),
    # Monday 2019-01-28 (ISO week 5), US fire report: the dryer was started the previous
    # evening, Saturday 2019-01-26, around 10:30 p.m.; the alarm was raised shortly after the
    # midnight that began Sunday 2019-01-27 and every clock time of the night after it falls on
    # that Sunday; "An hour later" is counted from the exact "3 a.m."; the collection is on
    # Wednesday 2019-01-30.
    "elmwood-linden-street-apartment-fire": (
        "2019-01-28",
        [
            ("midnight", "TIME", "2019-01-27T00:00"),
            ("about 2:40 a.m.", "TIME", "2019-01-27T02:40"),
            ("Sunday", "DATE", "2019-01-27"),
            ("early Sunday", "DATE", "2019-01-27"),
            ("the previous evening", "TIME", "2019-01-26TEV"),
            ("around 10:30 p.m.", "TIME", "2019-01-26T22:30"),
            ("years", "DURATION", "PXY"),
            ("midnight", "TIME", "2019-01-27T00:00"),
            ("12:07 a.m.", "TIME", "2019-01-27T00:07"),
            ("about 10 minutes", "DURATION", "PT10M"),
            ("four minutes", "DURATION", "PT4M"),
            ("12:30 a.m.", "TIME", "2019-01-27T00:30"),
            ("1:15 a.m.", "TIME", "2019-01-27T01:15"),
            ("About 2:40 a.m.", "TIME", "2019-01-27T02:40"),
            ("Sunday", "DATE", "2019-01-27"),
            ("3 a.m.", "TIME", "2019-01-27T03:00"),
            ("An hour later", "TIME", "2019-01-27T04:00"),
            ("9:15 a.m.", "TIME", "2019-01-27T09:15"),
            ("7 a.m.", "TIME", "2019-01-27T07:00"),
            ("at least the next two weeks", "DURATION", "P2W"),
            ("19 years", "DURATION", "P19Y"),
            ("1924", "DATE", "1924"),
            ("October", "DATE", "2018-10"),
            ("Sunday evening", "TIME", "2019-01-27TEV"),
            ("30 days", "DURATION", "P30D"),
            ("14 months", "DURATION", "P14M"),
            ("Monday morning", "TIME", "2019-01-28TMO"),
            ("later this week", "DATE", "2019-W05"),
            ("4 p.m.", "TIME", "2019-01-30T16:00"),
            ("7 p.m.", "TIME", "2019-01-30T19:00"),
            ("Wednesday", "DATE", "2019-01-30"),
        ],
    ),
}


if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv[1:])
