"""The one module that talks to dateparser.

dateparser parses what it parses well here: explicit calendar dates ("Aug. 16, 2021",
"16 August 2021", "8/16/2021", "August 16") and counted offsets ("two weeks ago"), always in
English, relative to the publication date, with an explicit direction preference. It is not
thread-safe, so every call goes through one lock; results are cached per (string, base date).
"""

from __future__ import annotations

import threading
from datetime import date, datetime
from functools import lru_cache
from typing import Literal

from dateparser.date import DateDataParser

Prefer = Literal["past", "future", "current_period"]

_LOCK = threading.Lock()


@lru_cache(maxsize=64)
def _parser(base: date, prefer: Prefer) -> DateDataParser:
    settings = {
        "RELATIVE_BASE": datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": prefer,
        "PREFER_DAY_OF_MONTH": "first",
        "DATE_ORDER": "MDY",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "STRICT_PARSING": False,
    }
    return DateDataParser(languages=["en"], settings=settings)


@lru_cache(maxsize=8192)
def parse(text: str, base: date, prefer: Prefer = "current_period") -> tuple[date, str] | None:
    """``text`` as (date, dateparser period: "day", "month", "year"...), or None if unparsable."""
    with _LOCK:
        try:
            data = _parser(base, prefer).get_date_data(text)
        except (ValueError, OverflowError):
            return None
    if data.date_obj is None:
        return None
    return data.date_obj.date(), data.period or "day"


def search_dates_baseline(text: str, base: date) -> list[tuple[str, date, str]]:
    """dateparser's own ``search_dates`` over ``text``: the baseline the benchmark compares with."""
    from dateparser.search import search_dates

    settings = {
        "RELATIVE_BASE": datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "RETURN_TIME_AS_PERIOD": True,
    }
    with _LOCK:
        found = search_dates(text, languages=["en"], settings=settings) or []
    return [(phrase, when.date(), _period(phrase)) for phrase, when in found]


def _period(phrase: str) -> str:
    data = _parser(date(2000, 1, 1), "past").get_date_data(phrase)
    return data.period or "day"
