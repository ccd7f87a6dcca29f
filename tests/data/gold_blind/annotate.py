"""Annotations of the blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind/annotate.py [--show]

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
    # Thursday, wire story with a dateline.
    "geneva-water-pact": (
        "2024-10-03",
        [
            ("Oct 3", "DATE", "2024-10-03"),
            ("Thursday", "DATE", "2024-10-03"),
            ("the end of the year", "DATE", "2024"),
            ("nine hours", "DURATION", "PT9H"),
            ("Wednesday night", "TIME", "2024-10-02TNI"),
            ("March 2026", "DATE", "2026-03"),
            ("every three months", "SET", "P3M"),
            ("Thursday afternoon", "TIME", "2024-10-03TAF"),
            ("2009", "DATE", "2009"),
            ("2014", "DATE", "2014"),
            ("June 2019", "DATE", "2019-06"),
            ("Monday", "DATE", "2024-09-30"),
            ("three-day", "DURATION", "P3D"),
            ("Tuesday", "DATE", "2024-10-01"),
            ("2022", "DATE", "2022"),
            ("forty years", "DURATION", "P40Y"),
            ("48 hours", "DURATION", "PT48H"),
            ("January", "DATE", "2025-01"),
            ("the spring", "DATE", "2025-SP"),
            ("Oct. 21", "DATE", "2024-10-21"),
            ("the past five years", "DURATION", "P5Y"),
            ("last autumn", "DATE", "2023-FA"),
            ("next week", "DATE", "2024-W41"),
        ],
    ),
    # Monday, police/court report with a narrative sequence.
    "brennock-warehouse-fire": (
        "2025-03-17",
        [
            ("Monday", "DATE", "2025-03-17"),
            ("nearly a week", "DURATION", "P1W"),
            ("this morning", "TIME", "2025-03-17TMO"),
            ("Tuesday, March 11", "DATE", "2025-03-11"),
            ("2:15 a.m.", "TIME", "2025-03-11T02:15"),
            ("six hours", "DURATION", "PT6H"),
            ("Wednesday", "DATE", "2025-03-12"),
            ("Two days later", "DATE", "2025-03-14"),
            ("That evening", "TIME", "2025-03-14TEV"),
            ("Saturday", "DATE", "2025-03-15"),
            ("the next morning", "TIME", "2025-03-16TMO"),
            ("January", "DATE", "2025-01"),
            ("the following three weeks", "DURATION", "P3W"),
            ("seven days", "DURATION", "P7D"),
            ("March 24", "DATE", "2025-03-24"),
            ("the 1920s", "DATE", "192"),
            ("eighteen months", "DURATION", "P18M"),
        ],
    ),
    # Wednesday, quarterly earnings.
    "halvard-foods-results": (
        "2024-07-31",
        [
            ("second-quarter", "DATE", "2024-Q2"),
            ("Wednesday", "DATE", "2024-07-31"),
            ("the fiscal year", "DATE", "2024"),
            ("the three months", "DURATION", "P3M"),
            ("June 30", "DATE", "2024-06-30"),
            ("a year earlier", "DATE", "2023-Q2"),
            ("the quarter", "DATE", "2024-Q2"),
            ("the first half", "DATE", "2024-H1"),
            ("the first six months of 2023", "DATE", "2023-H1"),
            ("the spring", "DATE", "2024-SP"),
            ("January", "DATE", "2024-01"),
            ("February", "DATE", "2024-02"),
            ("now", "DATE", "PRESENT_REF"),
            ("2024", "DATE", "2024"),
            ("April", "DATE", "2024-04"),
            ("third-quarter", "DATE", "2024-Q3"),
            ("Oct. 29", "DATE", "2024-10-29"),
            ("the next three years", "DURATION", "P3Y"),
            ("late 2025", "DATE", "2025"),
            ("every year", "SET", "P1Y"),
            ("2011", "DATE", "2011"),
            ("this year", "DATE", "2024"),
            ("the fourth quarter of 2021", "DATE", "2021-Q4"),
            ("the second half", "DATE", "2024-H2"),
            ("three consecutive quarters", "DURATION", "P3Q"),
        ],
    ),
    # Sunday, sports.
    "rovelle-captain-leaves": (
        "2023-09-10",
        [
            ("Sunday", "DATE", "2023-09-10"),
            ("the late 1990s", "DATE", "199"),
            ("19 years", "DURATION", "P19Y"),
            ("2011", "DATE", "2011"),
            ("Last year", "DATE", "2022"),
            ("1987", "DATE", "1987"),
            ("May", "DATE", "2023-05"),
            ("the summer", "DATE", "2023-SU"),
            ("last weekend", "DATE", "2023-W35-WE"),
            ("two decades", "DURATION", "P20Y"),
            ("next spring", "DATE", "2024-SP"),
            ("Friday", "DATE", "2023-09-15"),
            ("7:45 p.m.", "TIME", "2023-09-15T19:45"),
            ("a few weeks", "DURATION", "PXW"),
            ("2016", "DATE", "2016"),
            ("Tuesday", "DATE", "2023-09-05"),
            ("hours", "DURATION", "PTXH"),
            ("every year", "SET", "P1Y"),
            ("2019", "DATE", "2019"),
            ("this year", "DATE", "2023"),
            ("June", "DATE", "2023-06"),
            ("three-year", "DURATION", "P3Y"),
        ],
    ),
    # Friday, politics with future plans.
    "velmark-coal-vote": (
        "2025-05-16",
        [
            ("Tuesday", "DATE", "2025-05-20"),
            ("2030", "DATE", "2030"),
            ("Thursday evening", "TIME", "2025-05-15TEV"),
            ("the end of the month", "DATE", "2025-05"),
            ("two weeks", "DURATION", "P2W"),
            ("about six months", "DURATION", "P6M"),
            ("the summer of 2027", "DATE", "2027-SU"),
            ("December 2030", "DATE", "2030-12"),
            ("decades", "DURATION", "PXY"),
            ("up to 24 months", "DURATION", "P24M"),
            ("Friday morning", "TIME", "2025-05-16TMO"),
            ("2035", "DATE", "2035"),
            ("weekly", "SET", "P1W"),
            ("February", "DATE", "2025-02"),
            ("every Monday", "SET", "XXXX-WXX-1"),
            ("next month", "DATE", "2025-06"),
            ("the autumn", "DATE", "2025-FA"),
            ("mid-June", "DATE", "2025-06"),
            ("earlier this week", "DATE", "2025-W20"),
            ("January", "DATE", "2025-01"),
        ],
    ),
    # Saturday, feature with vague references.
    "sarn-village-bakery": (
        "2022-08-13",
        [
            ("each day", "SET", "P1D"),
            ("Decades ago", "DATE", "PAST_REF"),
            ("every Saturday night", "SET", "XXXX-WXX-6TNI"),
            ("These days", "DATE", "PRESENT_REF"),
            ("recent years", "DATE", "PAST_REF"),
            ("1976", "DATE", "1976"),
            ("once", "DATE", "PAST_REF"),
            ("a single day", "DURATION", "P1D"),
            ("three days", "DURATION", "P3D"),
            ("Now", "DATE", "PRESENT_REF"),
            ("this week", "DATE", "2022-W32"),
            ("Every summer", "SET", "XXXX-SU"),
            ("This year", "DATE", "2022"),
            ("July", "DATE", "2022-07"),
            ("the 1950s", "DATE", "195"),
            ("next month", "DATE", "2022-09"),
            ("recently", "DATE", "PAST_REF"),
            ("soon", "DATE", "FUTURE_REF"),
            ("2015", "DATE", "2015"),
            ("two years later", "DATE", "2017"),
            ("last summer", "DATE", "2021-SU"),
            ("a few years", "DURATION", "PXY"),
            ("now", "DATE", "PRESENT_REF"),
        ],
    ),
}


if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv[1:])
