"""iCalendar (RFC 5545) export: one VEVENT per visible event, for any calendar application.

Day-level and coarser dates become all-day events (``DTSTART;VALUE=DATE`` with the exclusive
``DTEND`` the RFC asks for); times of day become floating local date-times, since articles rarely
name a time zone. Vague references are kept but marked ``STATUS:TENTATIVE`` and "(approximate)",
so a calendar never shows them as exact. Lines end in CRLF and are folded at 75 octets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import PurePath

from timeline_app import __version__
from timeline_app.core.models import Event, Interval
from timeline_app.core.pipeline import Analysis

__all__ = ["analyses_to_ics", "escape_text", "fold_line"]

_MAX_OCTETS = 75
_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f]")


def analyses_to_ics(analyses: Sequence[Analysis], *, now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//timeline-app//timeline-app {__version__}//EN",
        "CALSCALE:GREGORIAN",
    ]
    if len(analyses) == 1:
        lines.append("X-WR-CALNAME:" + escape_text(_title(analyses[0])))
    for analysis in analyses:
        for event in analysis.visible_events:
            lines.extend(_vevent(event, _title(analysis), stamp))
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + "\r\n" for line in lines)


def escape_text(text: str) -> str:
    """RFC 5545 TEXT escaping: backslash, semicolon, comma and newlines."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    text = text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")
    return _CONTROL.sub(" ", text)  # RFC 5545 TEXT allows no other control characters


def fold_line(line: str) -> str:
    """Split a content line into pieces of at most 75 octets, never inside a UTF-8 character."""
    pieces: list[str] = []
    current, size = "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        limit = _MAX_OCTETS if not pieces else _MAX_OCTETS - 1  # continuation lines start " "
        if size + width > limit:
            pieces.append(current)
            current, size = "", 0
        current += char
        size += width
    pieces.append(current)
    return "\r\n ".join(pieces)


def _vevent(event: Event, title: str, stamp: str) -> list[str]:
    summary = event.label + (" (approximate)" if event.is_vague else "")
    description = f"{' '.join(event.sentence_text.split())}\n\nFrom: {title}"
    lines = [
        "BEGIN:VEVENT",
        f"UID:{event.id}@timeline-app",
        f"DTSTAMP:{stamp}",
        *_dates(event.interval),
        "SUMMARY:" + escape_text(summary),
        "DESCRIPTION:" + escape_text(description),
        "CATEGORIES:" + escape_text(event.certainty.value),
    ]
    if event.is_vague:
        lines.append("STATUS:TENTATIVE")
    lines.append("END:VEVENT")
    return lines


def _dates(interval: Interval) -> list[str]:
    if interval.granularity.is_time_of_day:
        return [
            f"DTSTART:{interval.start.strftime('%Y%m%dT%H%M%S')}",
            f"DTEND:{interval.end.strftime('%Y%m%dT%H%M%S')}",
        ]
    return [
        f"DTSTART;VALUE=DATE:{interval.start.strftime('%Y%m%d')}",
        f"DTEND;VALUE=DATE:{interval.end.strftime('%Y%m%d')}",
    ]


def _title(analysis: Analysis) -> str:
    return analysis.document.title or PurePath(analysis.document.source).name
