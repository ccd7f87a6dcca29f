"""Events as data: JSON and CSV (``timeline-app events``), and the GUI's "Export data" formats.

Every event carries its provenance: the expression and sentence with offsets into
``Document.text``, the merged duplicates (mentions), how sure the date is, and the user's edits
(``hidden``, ``edited``). Dates are ISO 8601 with an INCLUSIVE end, as a reader would write them:
"last month" in an August 2021 article is 2021-07-01 .. 2021-07-31; time-of-day events get
date-times. ``write_events`` picks a format by name and writes atomically.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from timeline_app.core.models import Event, Granularity, Interval, Mention, PublicationDate, Timex
from timeline_app.core.pipeline import Analysis

__all__ = [
    "CSV_COLUMNS",
    "FORMATS",
    "analyses_to_csv",
    "analyses_to_json",
    "analysis_to_json",
    "event_to_json",
    "interval_bounds",
    "render_events",
    "write_events",
]

# Format name -> (file suffix, description for a save dialog).
FORMATS: dict[str, tuple[str, str]] = {
    "json": (".json", "Events as JSON"),
    "csv": (".csv", "Events as CSV (one row per event)"),
    "timelinejs": (".json", "TimelineJS3 JSON"),
    "ics": (".ics", "iCalendar"),
    "timeml": (".tml", "TimeML (article text with TIMEX3 tags)"),
}

CSV_COLUMNS = (
    "document",
    "id",
    "start",
    "end",
    "granularity",
    "label",
    "certainty",
    "hidden",
    "edited",
    "expression",
    "expression_start",
    "expression_end",
    "type",
    "value",
    "sentence",
    "sentence_start",
    "sentence_end",
    "mentions",
)


def interval_bounds(interval: Interval) -> tuple[str, str]:
    """ISO start and INCLUSIVE end: dates for day-level or coarser, date-times for times of day."""
    if not interval.granularity.is_time_of_day:
        return interval.first_day.isoformat(), interval.last_day.isoformat()
    step = (
        timedelta(seconds=1) if interval.granularity is Granularity.SECOND else timedelta(minutes=1)
    )
    spec = "seconds" if interval.granularity is Granularity.SECOND else "minutes"
    return interval.start.isoformat(timespec=spec), (interval.end - step).isoformat(timespec=spec)


def _event_fields(event: Event) -> dict[str, Any]:
    """The fields every export writes first, in this order."""
    start, end = interval_bounds(event.interval)
    return {
        "id": event.id,
        "start": start,
        "end": end,
        "granularity": event.interval.granularity.value,
        "label": event.label,
        "certainty": event.certainty.value,
    }


def event_to_json(event: Event) -> dict[str, Any]:
    return {
        **_event_fields(event),
        "hidden": event.hidden,
        "edited": event.edited,
        "expression": _timex_json(event.timex),
        "sentence": _sentence_json(event.mentions[0]),
        "mentions": [
            {"sentence": _sentence_json(m), "expression": _timex_json(m.timex)}
            for m in event.mentions
        ],
    }


def analysis_to_json(analysis: Analysis) -> dict[str, Any]:
    """One article with its events; offsets index into ``"text"``."""
    document = analysis.document
    return {
        "source": document.source,
        "title": document.title,
        "text": document.text,
        "publication_date": _pub_json(analysis.publication_date),
        "events": [event_to_json(event) for event in analysis.events],
    }


def analyses_to_json(analyses: Sequence[Analysis]) -> dict[str, Any] | list[dict[str, Any]]:
    """One object for one article, a list for several (as ``timeline-app events`` prints)."""
    payload = [analysis_to_json(a) for a in analyses]
    return payload[0] if len(payload) == 1 else payload


def analyses_to_csv(analyses: Sequence[Analysis]) -> str:
    """One row per event, hidden ones included (column ``hidden``)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for analysis in analyses:
        for event in analysis.events:
            writer.writerow(_csv_row(analysis.document.source, event))
    return buffer.getvalue()


def render_events(analyses: Sequence[Analysis], fmt: str, *, now: datetime | None = None) -> str:
    """The export as text; ``now`` stamps iCalendar files (default: the current UTC time)."""
    renderer = _renderers().get(fmt)
    if renderer is None:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return renderer(analyses, now)


def write_events(
    analyses: Sequence[Analysis],
    path: str | os.PathLike[str],
    fmt: str,
    *,
    now: datetime | None = None,
) -> None:
    """Export to ``path`` atomically: an interrupted export never leaves half a file behind.

    Raises ``ValueError`` for an unknown format and ``OSError`` when the file cannot be written.
    """
    from timeline_app.io.project import atomic_write

    text = render_events(analyses, fmt, now=now)
    atomic_write(Path(path), text.encode("utf-8"))


def _renderers() -> dict[str, Callable[[Sequence[Analysis], datetime | None], str]]:
    from timeline_app.io.export_ics import analyses_to_ics
    from timeline_app.io.export_timelinejs import analyses_to_timelinejs
    from timeline_app.io.export_timeml import analyses_to_timeml

    def as_json(payload: object) -> str:
        return json.dumps(payload, ensure_ascii=False, indent=1) + "\n"

    return {
        "json": lambda a, _: as_json(analyses_to_json(a)),
        "csv": lambda a, _: analyses_to_csv(a),
        "timelinejs": lambda a, _: as_json(analyses_to_timelinejs(a)),
        "ics": lambda a, now: analyses_to_ics(a, now=now),
        "timeml": lambda a, _: analyses_to_timeml(a),
    }


def _csv_row(source: str, event: Event) -> dict[str, object]:
    timex, sentence = event.timex, event.sentence
    return {
        "document": source,
        **_event_fields(event),
        "hidden": str(event.hidden).lower(),
        "edited": str(event.edited).lower(),
        "expression": timex.text,
        "expression_start": timex.start,
        "expression_end": timex.end,
        "type": timex.type.value,
        "value": timex.value,
        "sentence": event.sentence_text,
        "sentence_start": sentence.start,
        "sentence_end": sentence.end,
        "mentions": len(event.mentions),
    }


def _timex_json(timex: Timex) -> dict[str, Any]:
    return {
        "text": timex.text,
        "start": timex.start,
        "end": timex.end,
        "type": timex.type.value,
        "value": timex.value,
        "mod": timex.mod,
        "anchor": timex.anchor,
        "rule": timex.rule,
    }


def _sentence_json(mention: Mention) -> dict[str, Any]:
    return {
        "text": mention.sentence_text,
        "start": mention.sentence.start,
        "end": mention.sentence.end,
    }


def _pub_json(pub: PublicationDate | None) -> dict[str, str] | None:
    if pub is None:
        return None
    return {"value": pub.value.isoformat(), "source": pub.source.value, "evidence": pub.evidence}
