"""Annotations of the tenth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind10/annotate.py [--show]

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
    # Tuesday 1999-11-16 (ISO week 46), university magazine profile (autumn issue) told out of
    # order: summer 1974 on the ice, back to 1972, on to the end of the 1970s, 1981 and 1982,
    # then the present and the coming year.
    "oduya-cryoacoustics-profile": (
        "1999-11-16",
        [
            ("Autumn 1999", "DATE", "1999-FA"),
            ("three decades", "DURATION", "P30Y"),
            ("the summer of 1974", "DATE", "1974-SU"),
            ("the next six weeks", "DURATION", "P6W"),
            ("Two years earlier", "DATE", "1972"),
            ("June 1972", "DATE", "1972-06"),
            ("that autumn", "DATE", "1972-FA"),
            ("the end of that decade", "DATE", "197"),
            ("Christmas Eve 1978", "DATE", "1978-12-24"),
            ("1981", "DATE", "1981"),
            ("a year", "DURATION", "P1Y"),
            ("The following spring", "DATE", "1982-SP"),
            ("every summer", "SET", "XXXX-SU"),
            ("Today", "DATE", "PRESENT_REF"),
            ("the 1970s", "DATE", "197"),
            ("last year", "DATE", "1998"),
            ("now", "DATE", "PRESENT_REF"),
            ("1974", "DATE", "1974"),
            ("this spring", "DATE", "1999-SP"),
            ("August 1974", "DATE", "1974-08"),
            ("nine-hour", "DURATION", "PT9H"),
            ("last month", "DATE", "1999-10"),
            ("March", "DATE", "2000-03"),
            ("Next year", "DATE", "2000"),
            ("26 years", "DURATION", "P26Y"),
            ("a fortnight", "DURATION", "P2W"),
            ("three weeks", "DURATION", "P3W"),
            ("Monday 6 December", "DATE", "1999-12-06"),
            ("5.30pm", "TIME", "1999-12-06T17:30"),
        ],
    ),
    # Saturday 2020-01-25 (ISO week 4), consumer-affairs story; the refund scheme closes at
    # midnight at the end of Friday 2020-01-31; claims began in March 2019.
    "kettlewick-toaster-refund-deadline": (
        "2020-01-25",
        [
            ("Friday", "DATE", "2020-01-31"),
            ("less than a week", "DURATION", "P1W"),
            ("months ago", "DATE", "PAST_REF"),
            ("March 2019", "DATE", "2019-03"),
            ("midnight", "TIME", "2020-01-31T24:00"),
            ("Friday", "DATE", "2020-01-31"),
            ("31 January", "DATE", "2020-01-31"),
            ("Saturday 1 February", "DATE", "2020-02-01"),
            ("28 days", "DURATION", "P28D"),
            ("2 September", "DATE", "2019-09-02"),
            ("Christmas Eve", "DATE", "2019-12-24"),
            ("almost four months", "DURATION", "P4M"),
            ("the summer", "DATE", "2019-SU"),
            ("Thursday", "DATE", "2020-01-23"),
            ("the autumn", "DATE", "2019-FA"),
            ("a single week", "DURATION", "P1W"),
            ("2020", "DATE", "2020"),
            ("now", "DATE", "PRESENT_REF"),
            ("the end of February", "DATE", "2020-02"),
            ("the past fortnight", "DURATION", "P2W"),
            ("yesterday", "DATE", "2020-01-24"),
            ("Friday", "DATE", "2020-01-31"),
            ("ten months", "DURATION", "P10M"),
            ("A fortnight", "DURATION", "P2W"),
            ("1957", "DATE", "1957"),
            ("the spring", "DATE", "2020-SP"),
        ],
    ),
    # Wednesday 2023-10-04 (ISO week 40), public-health advisory; the clinics' hours recur on
    # every Tuesday and Thursday, so their clock times belong to no particular day.
    "marlow-vale-flu-clinics": (
        "2023-10-04",
        [
            ("every Tuesday", "SET", "XXXX-WXX-2"),
            ("Thursday", "SET", "XXXX-WXX-4"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("1 p.m.", "TIME", "XXXX-XX-XXT13:00"),
            ("the end of the month", "DATE", "2023-10"),
            ("Tuesday", "DATE", "2023-10-03"),
            ("2023", "DATE", "2023"),
            ("24", "DATE", "2024"),
            ("Tuesday 10 October", "DATE", "2023-10-10"),
            ("Saturday 14 October", "DATE", "2023-10-14"),
            ("10 a.m.", "TIME", "2023-10-14T10:00"),
            ("4 p.m.", "TIME", "2023-10-14T16:00"),
            ("the end of October", "DATE", "2023-10"),
            ("Monday", "DATE", "2023-10-09"),
            ("the past 12 months", "DURATION", "P12M"),
            ("2017", "DATE", "2017"),
            ("Last year", "DATE", "2022"),
            ("early December", "DATE", "2022-12"),
            ("This year", "DATE", "2023"),
            ("November", "DATE", "2023-11"),
            ("about 14 days", "DURATION", "P14D"),
            ("2022", "DATE", "2022"),
            ("three years earlier", "DATE", "2019"),
            ("three weeks", "DURATION", "P3W"),
            ("the spring", "DATE", "2023-SP"),
            ("weekly", "SET", "P1W"),
            ("next week", "DATE", "2023-W41"),
            ("48 hours", "DURATION", "PT48H"),
        ],
    ),
    # Sunday 2025-02-16 (ISO week 7), UK transport strike story with a strike-dates box; the
    # dispute began in October 2024; walkouts on Monday 3, Wednesday 5 and Friday 7 March 2025;
    # Easter Sunday 2025 is 20 April (the Easter weekend is 2025-W16-WE).
    "norbridge-bus-strike-dates": (
        "2025-02-16",
        [
            ("three days", "DURATION", "P3D"),
            ("March", "DATE", "2025-03"),
            ("Sunday 16 February 2025", "DATE", "2025-02-16"),
            ("3", "DATE", "2025-03-03"),
            ("5", "DATE", "2025-03-05"),
            ("7 March", "DATE", "2025-03-07"),
            ("Monday", "DATE", "2025-02-17"),
            ("2011", "DATE", "2011"),
            ("Friday", "DATE", "2025-02-14"),
            ("now", "DATE", "PRESENT_REF"),
            ("its fifth month", "DURATION", "P1M"),
            ("October", "DATE", "2024-10"),
            ("the past decade", "DURATION", "P10Y"),
            ("last Tuesday", "DATE", "2025-02-11"),
            ("Thursday", "DATE", "2025-02-20"),
            ("Christmas", "DATE", "2024-12-25"),
            ("24 hours", "DURATION", "PT24H"),
            ("five months", "DURATION", "P5M"),
            ("5 March", "DATE", "2025-03-05"),
            ("this year", "DATE", "2025"),
            ("March", "DATE", "2025-03"),
            ("14 years", "DURATION", "P14Y"),
            ("2011", "DATE", "2011"),
            ("11 days", "DURATION", "P11D"),
            ("Saturday", "DATE", "2025-02-15"),
            ("Monday 17 February", "DATE", "2025-02-17"),
            ("Monday 3 March", "DATE", "2025-03-03"),
            ("24-hour", "DURATION", "PT24H"),
            ("4am", "TIME", "2025-03-03T04:00"),
            ("Wednesday 5 March", "DATE", "2025-03-05"),
            ("24-hour", "DURATION", "PT24H"),
            ("4am", "TIME", "2025-03-05T04:00"),
            ("Friday 7 March", "DATE", "2025-03-07"),
            ("24-hour", "DURATION", "PT24H"),
            ("4am", "TIME", "2025-03-07T04:00"),
            ("the Easter weekend", "DATE", "2025-W16-WE"),
        ],
    ),
    # Monday 2005-05-09 (ISO week 19), anniversary retrospective; the town was liberated on the
    # morning of Wednesday 1945-05-09 after an occupation begun in April 1940; the winter after
    # it is the one of January 1946.
    "harvensund-liberation-sixty-years": (
        "2005-05-09",
        [
            ("Sixty years on", "DATE", "2005"),
            ("the morning", "TIME", "1945-05-09TMO"),
            ("the morning of 9 May 1945", "TIME", "1945-05-09TMO"),
            ("April 1940", "DATE", "1940-04"),
            ("five years", "DURATION", "P5Y"),
            ("noon", "TIME", "1945-05-09T12:00"),
            ("The night before", "TIME", "1945-05-08TNI"),
            ("about ten o'clock", "TIME", "1945-05-08T22:00"),
            ("Today", "DATE", "2005-05-09"),
            ("11 a.m.", "TIME", "2005-05-09T11:00"),
            ("now", "DATE", "PRESENT_REF"),
            ("The first weeks", "DURATION", "PXW"),
            ("three days later", "DATE", "1945-05-12"),
            ("The following winter", "DATE", "1946-WI"),
            ("January 1946", "DATE", "1946-01"),
            ("a month", "DURATION", "P1M"),
            ("the summer of 1946", "DATE", "1946-SU"),
            ("each year", "SET", "P1Y"),
            ("1946", "DATE", "1946"),
            ("the 1960s", "DATE", "196"),
            ("1965", "DATE", "1965"),
            ("today", "DATE", "PRESENT_REF"),
            ("Forty years on", "DATE", "1985"),
            ("1985", "DATE", "1985"),
            ("This morning", "TIME", "2005-05-09TMO"),
            ("the decades", "DURATION", "PXY"),
            ("Last year", "DATE", "2004"),
            ("the past two decades", "DURATION", "P20Y"),
            ("that morning", "TIME", "1945-05-09TMO"),
            ("7 p.m.", "TIME", "2005-05-09T19:00"),
            ("10 p.m.", "TIME", "2005-05-09T22:00"),
            ("tonight", "TIME", "2005-05-09TNI"),
            ("tomorrow", "DATE", "2005-05-10"),
        ],
    ),
    # Thursday 2022-06-09 (ISO week 23), business interview in Q&A form; the company's financial
    # year follows the calendar, so "last quarter" and "first-quarter" are 2022-Q1.
    "brannock-cycles-ceo-interview": (
        "2022-06-09",
        [
            ("Three years ago", "DATE", "2019"),
            ("four months", "DURATION", "P4M"),
            ("Thursday 9 June 2022", "DATE", "2022-06-09"),
            ("2018", "DATE", "2018"),
            ("Last week", "DATE", "2022-W22"),
            ("first-quarter", "DATE", "2022-Q1"),
            ("Monday", "DATE", "2022-06-06"),
            ("Three years ago", "DATE", "2019"),
            ("four months", "DURATION", "P4M"),
            ("a year", "DURATION", "P1Y"),
            ("last quarter", "DATE", "2022-Q1"),
            ("the same quarter last year", "DATE", "2021-Q1"),
            ("now", "DATE", "PRESENT_REF"),
            ("2021", "DATE", "2021"),
            ("40 weeks", "DURATION", "P40W"),
            ("now", "DATE", "PRESENT_REF"),
            ("about 12 weeks", "DURATION", "P12W"),
            ("second half", "DATE", "2022-H2"),
            ("September", "DATE", "2022-09"),
            ("the next 18 months", "DURATION", "P18M"),
            ("this time next year", "DATE", "2023"),
            ("2030", "DATE", "2030"),
            ("January", "DATE", "2022-01"),
            ("at least the end of the year", "DATE", "2022"),
            ("1996", "DATE", "1996"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Friday afternoons", "SET", "XXXX-WXX-5TAF"),
            ("the summer", "DATE", "2022-SU"),
            ("the end of the decade", "DATE", "202"),
            ("1964", "DATE", "1964"),
        ],
    ),
}


if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv[1:])
