"""The whole analysis of one document: sentences, time expressions, events, and user edits."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from timeline_app.core.edits import Edit, apply_edits, reconcile
from timeline_app.core.events import build_events
from timeline_app.core.models import Document, Event, PublicationDate, Span, Timex
from timeline_app.core.sentences import split_sentences

__all__ = ["Analysis", "Cancelled", "analyse", "with_edits"]


class Cancelled(Exception):
    """Raised by ``analyse`` when its ``is_cancelled`` callable says to stop."""


def _never() -> bool:
    return False


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the views need about one open document.

    ``events`` are the events as the user sees them (edits applied, hidden ones included with
    ``hidden=True``); ``base_events`` are the events before edits, so new edits can be applied
    without tagging again. ``lost_edits`` are the given edits that no longer match the text.
    """

    document: Document
    publication_date: PublicationDate | None
    sentences: tuple[Span, ...]
    timexes: tuple[Timex, ...]
    events: tuple[Event, ...]
    base_events: tuple[Event, ...] = ()
    edits: tuple[Edit, ...] = ()
    lost_edits: tuple[Edit, ...] = ()

    @property
    def visible_events(self) -> tuple[Event, ...]:
        return tuple(event for event in self.events if not event.hidden)


def tag_text(
    text: str, publication_date: date | None, *, excluded: Sequence[Span] = ()
) -> list[Timex]:
    """The tagger, loaded on first use: the GUI unpickles an ``Analysis`` made in another process
    at start-up, and loading the tagger (and dateparser) there would slow the first draw."""
    from timeline_app.core.tagger import tag_text as tag

    return tag(text, publication_date, excluded=excluded)


def analyse(
    document: Document,
    *,
    publication_date: PublicationDate | None = None,
    edits: Sequence[Edit] = (),
    is_cancelled: Callable[[], bool] = _never,
) -> Analysis:
    """Tag, build events and apply ``edits``.

    ``publication_date`` overrides the one detected in the document (the user's correction).
    ``is_cancelled`` is asked between stages and while events are built; when it answers True,
    ``Cancelled`` is raised (a worker thread's user pressed Cancel or closed the window).
    """
    pub = publication_date or document.publication_date
    sentences = tuple(split_sentences(document.text))
    day = pub.value if pub else None
    _check(is_cancelled)
    timexes = tuple(tag_text(document.text, day, excluded=document.excluded))
    _check(is_cancelled)
    events = tuple(
        build_events(document, timexes, sentences, publication_date=day, is_cancelled=is_cancelled)
    )
    _check(is_cancelled)
    base = Analysis(document, pub, sentences, timexes, events, base_events=events)
    return with_edits(base, edits)


def _check(is_cancelled: Callable[[], bool]) -> None:
    if is_cancelled():
        raise Cancelled


def with_edits(analysis: Analysis, edits: Sequence[Edit]) -> Analysis:
    """The same analysis with ``edits`` (the complete list, not a delta) applied instead."""
    base = analysis.base_events or analysis.events  # an Analysis built by hand has no base
    checked = reconcile(edits, base, analysis.document)
    events = apply_edits(base, checked.kept, analysis.document)
    return replace(
        analysis,
        events=tuple(events),
        base_events=base,
        edits=checked.kept,
        lost_edits=checked.lost,
    )
