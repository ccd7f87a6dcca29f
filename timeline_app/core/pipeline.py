"""The whole analysis of one document: sentences, time expressions and events."""

from __future__ import annotations

from dataclasses import dataclass

from timeline_app.core.events import build_events
from timeline_app.core.models import Document, Event, PublicationDate, Span, Timex
from timeline_app.core.sentences import split_sentences
from timeline_app.core.tagger import tag_text


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the views need about one open document."""

    document: Document
    publication_date: PublicationDate | None
    sentences: tuple[Span, ...]
    timexes: tuple[Timex, ...]
    events: tuple[Event, ...]


def analyse(document: Document, *, publication_date: PublicationDate | None = None) -> Analysis:
    """Tag and build events; ``publication_date`` overrides the one detected in the document."""
    pub = publication_date or document.publication_date
    sentences = tuple(split_sentences(document.text))
    timexes = tuple(
        tag_text(document.text, pub.value if pub else None, excluded=document.excluded)
    )
    events = tuple(build_events(document, timexes, sentences))
    return Analysis(document, pub, sentences, timexes, events)
