"""Interval wording shared by the timeline, its tooltips, the event table and the details pane.

"Sat 4 Mar 2023", "March 2023", "8–18 Oct 2026", "Sun 27 Sep 2026 01:00–04:00": as precise as the
interval's granularity, never more.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from timeline_app.core.models import Granularity, Interval

__all__ = ["format_date", "format_interval"]


def format_date(day: date, *, weekday: bool = True) -> str:
    """ "Sat 4 Mar 2023", or "4 Mar 2023" without the weekday."""
    text = f"{day.day} {day:%b %Y}"
    return f"{day:%a} {text}" if weekday else text


def format_interval(interval: Interval, *, weekday: bool = True) -> str:
    """Human wording of an interval at its own precision; ``weekday`` names the day of a day."""
    g = interval.granularity
    start, first, last = interval.start, interval.first_day, interval.last_day
    if g is Granularity.PART_OF_DAY:  # "Mon 13 Mar 2023, morning", not a made-up 06:00
        part = _PARTS.get((start.hour, (interval.end - start).seconds // 3600 or 24))
        day = format_date(start.date(), weekday=weekday)
        return f"{day}, {part}" if part else f"{day} {start:%H:%M}–{interval.end:%H:%M}"
    if g.is_time_of_day:
        last_minute = interval.end - timedelta(minutes=1)
        if g is Granularity.MINUTE and last_minute > start:  # "between 1 a.m. and 4 a.m."
            same_day = last_minute.date() == start.date()
            until = f"{last_minute:%H:%M}" if same_day else _moment(last_minute, weekday)
            return f"{_moment(start, weekday)}–{until}"
        return _moment(start, weekday)
    if first == last:
        return format_date(first, weekday=weekday)
    if g is Granularity.MONTH:
        return f"{start:%B %Y}"
    if g is Granularity.YEAR and (start.month, start.day) == (1, 1):
        return f"{start.year}"
    if g in (Granularity.YEAR, Granularity.QUARTER) and start.day == 1 and first.year != last.year:
        return f"{start:%b %Y} – {last:%b %Y}"  # a fiscal year or quarter: "Oct 2025 – Sep 2026"
    if g in (Granularity.DECADE, Granularity.CENTURY):
        return f"{first.year}–{last.year}"
    if first.year != last.year:
        return f"{format_date(first, weekday=False)} – {format_date(last, weekday=False)}"
    if first.month != last.month:
        return f"{first.day} {first:%b} – {format_date(last, weekday=False)}"
    return f"{first.day}–{format_date(last, weekday=False)}"


# (start hour, length in hours) of the parts of day the tagger writes (TMO, TAF, TEV, TNI, TMI)
_PARTS = {
    (6, 6): "morning",
    (12, 6): "afternoon",
    (18, 4): "evening",
    (21, 9): "night",
    (12, 1): "midday",
}


def _moment(moment: datetime, weekday: bool) -> str:
    clock = f"{moment:%H:%M:%S}" if moment.second else f"{moment:%H:%M}"  # "14:35:10 UTC"
    return f"{format_date(moment.date(), weekday=weekday)} {clock}"
