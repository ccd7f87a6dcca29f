"""JSON form of one project file entry: its path, date override, edits and whether the timeline
shows it (schema 1; ``"shown"`` is optional, so files saved before it existed open with every
article shown, and older apps ignore it).

Kept apart from ``project`` so the file format can be read in one place. Decoding is strict: a
missing or mistyped field raises ``KeyError``/``TypeError``/``ValueError``, which ``load_project``
turns into one ``ProjectError`` for the user.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from timeline_app.core.edits import AddEvent, Edit, EditDate, EditLabel, HideEvent
from timeline_app.core.models import DateSource, Granularity, Interval, PublicationDate, Span

__all__ = ["FileEntry", "decode_file_entry", "encode_file_entry"]


@dataclass(frozen=True, slots=True)
class FileEntry:
    path: str
    open: bool
    publication_date: PublicationDate | None
    edits: tuple[Edit, ...]
    shown: bool = True


def encode_file_entry(
    path: str,
    *,
    open_: bool,
    publication_date: PublicationDate | None,
    edits: tuple[Edit, ...],
    shown: bool = True,
) -> dict[str, Any]:
    return {
        "path": path,
        "open": open_,
        "shown": shown,
        "publication_date": _encode_pub(publication_date) if publication_date else None,
        "edits": [_encode_edit(edit) for edit in edits],
    }


def decode_file_entry(entry: Any) -> FileEntry:
    if not isinstance(entry, dict):
        raise TypeError("a file entry is not an object")
    path = _str(entry, "path")
    pub = entry.get("publication_date")
    edits = entry.get("edits", [])
    if not isinstance(edits, list):
        raise TypeError("'edits' must be a list")
    shown = entry.get("shown", True)
    if not isinstance(shown, bool):
        raise TypeError("'shown' must be true or false")
    return FileEntry(
        path=path,
        open=bool(entry.get("open", True)),
        publication_date=_decode_pub(pub) if pub is not None else None,
        edits=tuple(_decode_edit(edit) for edit in edits),
        shown=shown,
    )


def _encode_edit(edit: Edit) -> dict[str, Any]:
    if isinstance(edit, AddEvent):
        return {
            "kind": "add",
            "start": edit.span.start,
            "end": edit.span.end,
            "text": edit.text,
            "interval": _encode_interval(edit.interval),
            "label": edit.label,
        }
    common = {"event_id": edit.event_id, "sentence": edit.sentence}
    if isinstance(edit, EditDate):
        return {"kind": "date", **common, "interval": _encode_interval(edit.interval)}
    if isinstance(edit, EditLabel):
        return {"kind": "label", **common, "label": edit.label}
    return {"kind": "hide", **common, "hidden": edit.hidden}


def _decode_edit(item: Any) -> Edit:
    if not isinstance(item, dict):
        raise TypeError("an edit is not an object")
    kind = item.get("kind")
    if kind == "add":
        span = Span(_int(item, "start"), _int(item, "end"))
        interval = _decode_interval(item["interval"])
        return AddEvent("", span, interval, _str(item, "label"), _str(item, "text"))
    event_id, sentence = _str(item, "event_id"), str(item.get("sentence", ""))
    if kind == "date":
        return EditDate(event_id, _decode_interval(item["interval"]), sentence)
    if kind == "label":
        return EditLabel(event_id, _str(item, "label"), sentence)
    if kind == "hide":
        return HideEvent(event_id, bool(item.get("hidden", True)), sentence)
    raise ValueError(f"unknown edit kind {kind!r}")


def _encode_interval(interval: Interval) -> dict[str, str]:
    return {
        "start": interval.start.isoformat(),
        "end": interval.end.isoformat(),
        "granularity": interval.granularity.value,
    }


def _decode_interval(item: Any) -> Interval:
    if not isinstance(item, dict):
        raise TypeError("an interval is not an object")
    return Interval(
        datetime.fromisoformat(_str(item, "start")),
        datetime.fromisoformat(_str(item, "end")),
        Granularity(_str(item, "granularity")),
    )


def _encode_pub(pub: PublicationDate) -> dict[str, str]:
    return {"value": pub.value.isoformat(), "source": pub.source.value, "evidence": pub.evidence}


def _decode_pub(item: Any) -> PublicationDate:
    if not isinstance(item, dict):
        raise TypeError("a publication date is not an object")
    source = DateSource(item.get("source", DateSource.USER.value))
    return PublicationDate(
        date.fromisoformat(_str(item, "value")), source, item.get("evidence", "")
    )


def _str(item: dict[str, Any], key: str) -> str:
    value = item[key]
    if not isinstance(value, str):
        raise TypeError(f"'{key}' must be text")
    return value


def _int(item: dict[str, Any], key: str) -> int:
    value = item[key]
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"'{key}' must be a whole number")
    return value
