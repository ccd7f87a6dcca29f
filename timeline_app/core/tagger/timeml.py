"""TimeML values: calendar arithmetic that builds them and the intervals they denote."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from timeline_app.core.models import Granularity, Interval

SEASON_MONTHS = {"SP": (3, 6), "SU": (6, 9), "FA": (9, 12), "WI": (12, 15)}
# south of the equator (an Australian, New Zealand or South African text): winter is June to
# August, and a summer runs from the December of its year into the next
SOUTHERN_SEASON_MONTHS = {"SP": (9, 12), "SU": (12, 15), "FA": (3, 6), "WI": (6, 9)}


def season_months(code: str, *, southern: bool = False) -> tuple[int, int]:
    """The first month of the season ``code`` and the month after its last (past 12 for the
    next year's)."""
    return (SOUTHERN_SEASON_MONTHS if southern else SEASON_MONTHS)[code]


PART_OF_DAY_HOURS = {"MO": (6, 12), "MI": (12, 13), "AF": (12, 18), "EV": (18, 22), "NI": (21, 30)}


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the first of the month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def shift_year(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def week_value(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def weekend_of(day: date) -> date:
    """The Saturday of the ISO week containing ``day``."""
    return day + timedelta(days=5 - day.weekday())


def quarter_value(day: date) -> str:
    return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"


def shift_quarter(value: str, quarters: int) -> str:
    year, q = int(value[:4]), int(value[6])
    index = year * 4 + q - 1 + quarters
    return f"{index // 4:04d}-Q{index % 4 + 1}"


def shift_value(value: str, years: int) -> str:
    """A year-based TimeML value (1989, 1989-Q3, 1989-SU, 1989-06, FY1990-Q1 ...) moved by whole
    years."""
    if value.startswith("FY") and re.match(r"FY\d{4}", value):
        return f"FY{int(value[2:6]) + years:04d}{value[6:]}"
    if not re.match(r"\d{4}", value):
        return value
    return f"{int(value[:4]) + years:04d}{value[4:]}"


def _dt(day: date, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day) + timedelta(hours=hour, minutes=minute)


def _month_interval(year: int, first: int, stop: int, granularity: Granularity) -> Interval:
    start = date(year + (first - 1) // 12, (first - 1) % 12 + 1, 1)
    end = date(year + (stop - 1) // 12, (stop - 1) % 12 + 1, 1)
    return Interval(_dt(start), _dt(end), granularity)


_VALUE = re.compile(
    r"(?P<year>\d{4})(?:-(?:(?P<month>\d\d)(?:-(?P<day>\d\d))?|W(?P<week>\d\d)(?P<we>-WE)?|"
    r"Q(?P<q>[1-4])|H(?P<h>[12])|(?P<season>SP|SU|FA|WI)))?"
    r"(?:T(?:(?P<pod>MO|MI|AF|EV|NI)|(?P<hour>\d\d)(?::(?P<minute>\d\d)(?::(?P<second>\d\d))?)?))?$"
)


_FISCAL = re.compile(r"FY(?P<year>\d{4})(?:-Q(?P<q>[1-4]))?")


def interval_for(value: str, fiscal_start: int = 1, *, southern: bool = False) -> Interval | None:
    """The half-open interval a TimeML DATE/TIME value denotes, or None if it has none.

    ``FY2026`` and ``FY2026-Q1`` cover the fiscal year that starts in month ``fiscal_start`` and
    ends in 2026 (the calendar year when it is 1), or that year's quarter; ``southern`` seasons
    are those south of the equator (``2019-WI`` is June to August 2019).
    """
    if fiscal := _FISCAL.fullmatch(value):
        year = int(fiscal["year"])
        if not 2 <= year <= 9998:
            return None
        first = date(year - (fiscal_start > 1), fiscal_start, 1)
        if fiscal["q"]:
            start = add_months(first, 3 * (int(fiscal["q"]) - 1))
            return Interval(_dt(start), _dt(add_months(start, 3)), Granularity.QUARTER)
        return Interval(_dt(first), _dt(add_months(first, 12)), Granularity.YEAR)
    if re.fullmatch(r"\d{3}", value):
        return _years(int(value) * 10, 10, Granularity.DECADE)
    if re.fullmatch(r"\d\d", value):
        return _years(int(value) * 100, 100, Granularity.CENTURY)
    match = _VALUE.match(value)
    if not match:
        return None
    try:
        return _interval(match, southern)
    except ValueError:
        return None


def _years(first: int, count: int, granularity: Granularity) -> Interval | None:
    if not 1 <= first <= 9999 - count:
        return None
    return Interval(datetime(first, 1, 1), datetime(first + count, 1, 1), granularity)


def _interval(m: re.Match[str], southern: bool = False) -> Interval | None:
    year = int(m["year"])
    if m["day"]:
        day = date(year, int(m["month"]), int(m["day"]))
        if m["pod"]:
            lo, hi = PART_OF_DAY_HOURS[m["pod"]]
            return Interval(_dt(day, lo), _dt(day, hi), Granularity.PART_OF_DAY)
        if m["hour"] and m["second"]:  # "14:35:10"
            start = _dt(day, int(m["hour"]), int(m["minute"])) + timedelta(seconds=int(m["second"]))
            return Interval(start, start + timedelta(seconds=1), Granularity.SECOND)
        if m["hour"]:
            hour, minute = int(m["hour"]), int(m["minute"] or 0)
            step = Granularity.MINUTE if m["minute"] else Granularity.HOUR
            start = _dt(day, hour, minute)
            return Interval(start, start + timedelta(minutes=1 if m["minute"] else 60), step)
        return Interval.day(day)
    if m["month"]:
        month = int(m["month"])
        return _month_interval(year, month, month + 1, Granularity.MONTH)
    if m["week"]:
        monday = date.fromisocalendar(year, int(m["week"]), 1)
        if m["we"]:
            return Interval.days(monday + timedelta(5), monday + timedelta(6), Granularity.WEEKEND)
        return Interval.days(monday, monday + timedelta(6), Granularity.WEEK)
    if m["q"]:
        q = int(m["q"])
        return _month_interval(year, 3 * q - 2, 3 * q + 1, Granularity.QUARTER)
    if m["h"]:
        h = int(m["h"])
        return _month_interval(year, 6 * h - 5, 6 * h + 1, Granularity.HALF)
    if m["season"]:
        first, stop = season_months(m["season"], southern=southern)
        if m["season"] == ("SU" if southern else "WI"):
            # "2012-WI": December 2011 to February 2012 (and a southern "2014-SU" December 2013
            # to February 2014): a season across the new year is named by its January
            first, stop = first - 12, stop - 12
        return _month_interval(year, first, stop, Granularity.SEASON)
    return _years(year, 1, Granularity.YEAR)


def remainder(interval: Interval, day: date) -> Interval:
    """What is left of ``interval`` from ``day`` on ("the rest of the week" said on a Monday)."""
    start = _dt(day)
    if not interval.start < start < interval.end:
        return interval
    return Interval(start, interval.end, interval.granularity)


# Which part of an interval "early", "mid" and "late" (TimeML mod START, MID, END) cover: the
# first, middle or last third of it (days 1-10, 11-20 and 21 on of a month; Monday-Tuesday,
# Wednesday-Thursday and Friday-Sunday of a week; the first, middle and last month of a quarter
# or season; years 0-3, 4-6 and 7-9 of a decade), except a year, which is split by quarter:
# "early 2021" is January to March, "mid-2021" April to September, "late 2021" and "the end of
# the year" October to December. The value and granularity stay those of the whole period.
_THIRDS = {"START": (0, 1), "MID": (1, 2), "END": (2, 3)}
_YEAR_MONTHS = {"START": (1, 4), "MID": (4, 10), "END": (10, 13)}


def part(interval: Interval, mod: str) -> Interval:
    """The part of ``interval`` that TimeML ``mod`` START, MID or END picks; same granularity."""
    if mod not in _THIRDS or interval.granularity.is_time_of_day:
        return interval
    grain = interval.granularity
    if grain is Granularity.DAY:
        return interval
    if grain is Granularity.YEAR:
        first, stop = _YEAR_MONTHS[mod]  # months counted from the year's start (a fiscal year's)
        offset = interval.start.month - 1
        return _month_interval(interval.start.year, first + offset, stop + offset, grain)
    lo, hi = _THIRDS[mod]
    if grain in {Granularity.MONTH, Granularity.WEEK, Granularity.WEEKEND}:
        days = (interval.end - interval.start).days
        cuts = (
            [0, 10, 20, days] if grain is Granularity.MONTH else [0, days // 3, 2 * days // 3, days]
        )
        start = interval.start + timedelta(days=cuts[lo])
        return Interval(start, interval.start + timedelta(days=cuts[hi]), grain)
    if grain in {Granularity.DECADE, Granularity.CENTURY}:
        years = interval.end.year - interval.start.year
        cuts = [0, round(years * 0.4), round(years * 0.7), years]
        first = interval.start.year + cuts[lo]
        return Interval(
            datetime(first, 1, 1), datetime(interval.start.year + cuts[hi], 1, 1), grain
        )
    months = (
        (interval.end.year - interval.start.year) * 12 + interval.end.month - interval.start.month
    )
    step = months // 3 or 1
    first = interval.start.month + step * lo
    stop = interval.start.month + (step * hi if hi < 3 else months)
    return _month_interval(interval.start.year, first, stop, grain)
