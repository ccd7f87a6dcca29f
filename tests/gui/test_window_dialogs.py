"""Dialog helpers: the interval a date picker's days stand for."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.models import Certainty, Granularity, Interval, Timex, TimexType
from timeline_app.gui.dialogs import interval_for_days, with_suffix
from timeline_app.gui.formatting import resolution_words

WEEKEND = Interval.days(date(2023, 3, 11), date(2023, 3, 12), Granularity.WEEKEND)


@pytest.mark.parametrize(
    ("first", "last", "current", "granularity"),
    [
        (date(2023, 3, 4), date(2023, 3, 4), None, Granularity.DAY),
        (date(2023, 2, 1), date(2023, 2, 28), None, Granularity.MONTH),
        (date(2023, 1, 1), date(2023, 12, 31), None, Granularity.YEAR),
        (date(2023, 3, 6), date(2023, 3, 9), None, Granularity.WEEK),
        (date(2023, 3, 11), date(2023, 3, 12), WEEKEND, Granularity.WEEKEND),
    ],
)
def test_interval_for_days(first, last, current, granularity) -> None:
    interval = interval_for_days(first, last, current)
    assert (interval.first_day, interval.last_day) == (first, last)
    assert interval.granularity is granularity


@pytest.mark.parametrize(
    ("path", "expected"),
    [("a", "a.png"), ("a.png", "a.png"), ("a.SVG", "a.SVG"), ("a.b", "a.b.png")],
)
def test_with_suffix(path: str, expected: str) -> None:
    assert with_suffix(path, ".png", (".svg", ".pdf")) == expected


@pytest.mark.parametrize(
    ("timex", "words"),
    [
        (
            Timex(
                0,
                7,
                "Tuesday",
                TimexType.DATE,
                "2021-08-17",
                Interval.day(date(2021, 8, 17)),
                Certainty.INFERRED,
                "publication date 2021-08-16",
                "future cue 'was due to'",
            ),
            "Tuesday → 2021-08-17: future cue 'was due to', "
            "anchored on publication date 2021-08-16",
        ),
        (
            Timex(
                0,
                6,
                "Monday",
                TimexType.DATE,
                "XXXX-XX-XX",
                None,
                Certainty.UNRESOLVED,
                "no publication date",
                "weekday",
            ),
            "Monday → unresolved (weekday): needs the publication date",
        ),
        (
            Timex(0, 8, "nine-day", TimexType.DURATION, "P9D"),
            "nine-day → P9D: a length of time, not a date on the timeline",
        ),
    ],
)
def test_resolution_words(timex: Timex, words: str) -> None:
    assert resolution_words(timex) == words
