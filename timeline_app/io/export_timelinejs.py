"""TimelineJS3 JSON export (https://timeline.knightlab.com/docs/json-format.html).

A date names only the parts the text gave: "last month" is ``{"year", "month"}``, not a made-up
first day. Spans get an ``end_date`` (inclusive, as TimelineJS draws it); single days do not.
Each article is a ``group``; vague references go to their own group and say "approximately" in
``display_date`` so the published timeline never shows them as exact. Hidden events are left out.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import PurePath
from typing import Any

from timeline_app.core.models import Event, Granularity, Interval
from timeline_app.core.pipeline import Analysis
from timeline_app.io.exports import interval_bounds

__all__ = ["analyses_to_timelinejs"]

_MONTH_PARTS = frozenset({Granularity.YEAR, Granularity.DECADE, Granularity.CENTURY})
_DAY_PARTS = frozenset(
    {Granularity.HALF, Granularity.QUARTER, Granularity.SEASON, Granularity.MONTH}
)


def analyses_to_timelinejs(analyses: Sequence[Analysis]) -> dict[str, Any]:
    titles = [_title(a) for a in analyses]
    headline = titles[0] if len(titles) == 1 else "Timeline of " + "; ".join(titles)
    events = [
        _slide(event, _title(analysis))
        for analysis in analyses
        for event in analysis.visible_events
    ]
    return {
        "title": {"text": {"headline": html.escape(headline, quote=False), "text": ""}},
        "events": events,
    }


def _slide(event: Event, title: str) -> dict[str, Any]:
    slide: dict[str, Any] = {
        "unique_id": event.id,
        "start_date": _date(event.interval.start, event.interval.granularity),
        "text": {
            "headline": html.escape(event.label, quote=False),
            "text": html.escape(" ".join(event.sentence_text.split()), quote=False),
        },
        "group": f"{title} (approximate)" if event.is_vague else title,
    }
    if not event.interval.is_point:
        last = event.interval.end - _resolution(event.interval)
        slide["end_date"] = _date(last, event.interval.granularity)
    if event.is_vague:
        start, end = interval_bounds(event.interval)
        slide["start_date"]["display_date"] = f"approximately {start} – {end}"
    return slide


def _date(when: datetime, granularity: Granularity) -> dict[str, Any]:
    parts: dict[str, Any] = {"year": when.year}
    if granularity in _MONTH_PARTS:
        return parts
    parts["month"] = when.month
    if granularity in _DAY_PARTS:
        return parts
    parts["day"] = when.day
    if granularity.is_time_of_day:
        parts.update(hour=when.hour, minute=when.minute)
    return parts


def _resolution(interval: Interval) -> timedelta:
    """The smallest step of the interval's unit, to turn its exclusive end into an inclusive one."""
    if interval.granularity.is_time_of_day:
        return timedelta(minutes=1)
    return timedelta(days=1)


def _title(analysis: Analysis) -> str:
    return analysis.document.title or PurePath(analysis.document.source).name
