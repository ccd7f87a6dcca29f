"""User corrections to the events, as data: re-date, relabel, hide, add from selected text.

Edits are values, applied by a pure function over freshly built events, so they can be saved in a
project file, replayed after the article is analysed again, and checked against a changed article
(``reconcile``). They point at events by ``Event.id``, which is derived from the sentence's words
and the expression, not from offsets, so text added above a sentence does not orphan its edits.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import PurePath

from timeline_app.core.models import (
    Certainty,
    Document,
    Event,
    Interval,
    Mention,
    Span,
    Timex,
    TimexType,
)

__all__ = [
    "AddEvent",
    "Edit",
    "EditDate",
    "EditLabel",
    "HideEvent",
    "Reconciled",
    "added_event_id",
    "apply_edits",
    "describe_edit",
    "reconcile",
]


@dataclass(frozen=True, slots=True)
class EditDate:
    """Give an event another date; ``sentence`` is kept to tell the user which one it was."""

    event_id: str
    interval: Interval
    sentence: str = ""


@dataclass(frozen=True, slots=True)
class EditLabel:
    event_id: str
    label: str
    sentence: str = ""


@dataclass(frozen=True, slots=True)
class HideEvent:
    event_id: str
    hidden: bool = True
    sentence: str = ""


@dataclass(frozen=True, slots=True)
class AddEvent:
    """An event the user made from a selected ``span`` of the document's text.

    ``text`` is the selected text at the time, so the span can be found again if the article
    changes; leave it empty to take it from the document when the edit is made.
    """

    document: str
    span: Span
    interval: Interval
    label: str
    text: str = ""

    @property
    def event_id(self) -> str:
        return added_event_id(self.document, self.text)

    @classmethod
    def from_selection(
        cls, document: Document, span: Span, interval: Interval, label: str = ""
    ) -> AddEvent:
        """The edit for "add event from selected text"; the label defaults to the selection."""
        text = document.text[span.start : span.end]
        return cls(document.source, span, interval, label or _short(text, 60), text)


Edit = EditDate | EditLabel | HideEvent | AddEvent


@dataclass(frozen=True, slots=True)
class Reconciled:
    """Edits that still fit the current article, and those that no longer do."""

    kept: tuple[Edit, ...]
    lost: tuple[Edit, ...]


def added_event_id(source: str, text: str) -> str:
    """The id of a user-added event: file name and selected words, so it survives moves."""
    key = "\x1f".join((PurePath(source).name, "user", " ".join(text.split())))
    return "u" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:11]


def apply_edits(events: Sequence[Event], edits: Iterable[Edit], document: Document) -> list[Event]:
    """The events with ``edits`` applied in order (a later edit wins), in text order.

    Changed events get ``edited=True``. Edits for other documents or for ids that are not there are
    ignored here; ``reconcile`` is where missing targets are reported.
    """
    by_id = {event.id: event for event in events}
    for edit in edits:
        if isinstance(edit, AddEvent):
            added = _added_event(edit, document)
            if added is not None and added.id not in by_id:
                by_id[added.id] = added
        elif edit.event_id in by_id:
            by_id[edit.event_id] = _changed(by_id[edit.event_id], edit)
    return sorted(by_id.values(), key=lambda e: (e.sentence.start, e.timex.start))


def reconcile(edits: Iterable[Edit], events: Sequence[Event], document: Document) -> Reconciled:
    """Split ``edits`` into those that still apply to this version of the document and the rest.

    An added event whose text moved is kept with its span updated to the nearest place the same
    text appears; other edits are kept when their event still exists, or re-pointed when exactly
    one event still has the sentence they were made on (the tagger now reads its date phrase
    differently, so the id changed).
    """
    kept: list[Edit] = []
    lost: list[Edit] = []
    known = {event.id for event in events}
    for edit in edits:
        if isinstance(edit, AddEvent):
            found = _refind(edit, document)
            (kept if found else lost).append(found or edit)
            if found:
                known.add(found.event_id)
        elif edit.event_id in known:
            kept.append(edit)
        else:
            moved = _retarget(edit, events)
            (kept if moved else lost).append(moved or edit)
    return Reconciled(tuple(kept), tuple(lost))


def describe_edit(edit: Edit) -> str:
    """One line a user understands: what the edit did and to which sentence."""
    if isinstance(edit, AddEvent):
        return f"added event “{edit.label}” ({_short(edit.text)})"
    what = {EditDate: "new date", EditLabel: "new label", HideEvent: "hidden event"}[type(edit)]
    return f"{what} for “{_short(edit.sentence) or edit.event_id}”"


def _retarget(
    edit: EditDate | EditLabel | HideEvent, events: Sequence[Event]
) -> EditDate | EditLabel | HideEvent | None:
    wanted = " ".join(edit.sentence.split())
    if not wanted:
        return None
    same = [e for e in events if " ".join(e.sentence_text.split()) == wanted]
    return replace(edit, event_id=same[0].id) if len(same) == 1 else None


def _changed(event: Event, edit: EditDate | EditLabel | HideEvent) -> Event:
    if isinstance(edit, EditDate):
        return replace(event, interval=edit.interval, certainty=Certainty.EXACT, edited=True)
    if isinstance(edit, EditLabel):
        return replace(event, label=edit.label, edited=True)
    return replace(event, hidden=edit.hidden, edited=True)


def _added_event(edit: AddEvent, document: Document) -> Event | None:
    if edit.document != document.source or edit.span.end > len(document.text):
        return None
    text = document.text[edit.span.start : edit.span.end]
    timex = Timex(
        start=edit.span.start,
        end=edit.span.start,
        text="",
        type=TimexType.TIME if edit.interval.granularity.is_time_of_day else TimexType.DATE,
        value=_iso_value(edit.interval.start, edit.interval),
        interval=edit.interval,
        certainty=Certainty.EXACT,
        anchor="user",
        rule="added by the user",
    )
    return Event(
        id=added_event_id(edit.document, edit.text or text),
        document=document.source,
        interval=edit.interval,
        label=edit.label,
        mentions=(Mention(edit.span, text, timex),),
        certainty=Certainty.EXACT,
        edited=True,
    )


def _refind(edit: AddEvent, document: Document) -> AddEvent | None:
    text = document.text
    if not edit.text:
        if edit.span.end > len(text):
            return None
        return replace(edit, text=text[edit.span.start : edit.span.end])
    if text[edit.span.start : edit.span.end] == edit.text:
        return edit
    starts = _occurrences(text, edit.text)
    if not starts:
        return None
    best = min(starts, key=lambda s: abs(s - edit.span.start))
    return replace(edit, span=Span(best, best + len(edit.text)))


def _occurrences(text: str, needle: str) -> list[int]:
    starts: list[int] = []
    index = text.find(needle)
    while index >= 0:
        starts.append(index)
        index = text.find(needle, index + 1)
    return starts


def _iso_value(start: datetime, interval: Interval) -> str:
    if interval.granularity.is_time_of_day:
        return start.isoformat(timespec="minutes")
    return start.date().isoformat()


def _short(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
