from __future__ import annotations

from datetime import datetime

import pytest

from timeline_app.core.models import Granularity, Interval
from timeline_app.core.wording import format_interval


@pytest.mark.parametrize(
    ("start", "end", "granularity", "expected"),
    [
        (datetime(2025, 1, 1), datetime(2026, 1, 1), Granularity.YEAR, "2025"),
        # a fiscal year or quarter that is not the calendar one says which months it covers
        (datetime(2025, 10, 1), datetime(2026, 10, 1), Granularity.YEAR, "Oct 2025 – Sep 2026"),
        (datetime(2025, 10, 1), datetime(2026, 1, 1), Granularity.QUARTER, "1 Oct – 31 Dec 2025"),
        (datetime(2025, 3, 1), datetime(2025, 4, 1), Granularity.MONTH, "March 2025"),
        (
            datetime(2012, 9, 22, 14, 35, 10),
            datetime(2012, 9, 22, 14, 35, 11),
            Granularity.SECOND,
            "Sat 22 Sep 2012 14:35:10",
        ),
    ],
)
def test_interval_wording(
    start: datetime, end: datetime, granularity: Granularity, expected: str
) -> None:
    assert format_interval(Interval(start, end, granularity)) == expected
