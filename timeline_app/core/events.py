"""From time expressions to timeline events (walking-skeleton version).

One event per sentence that holds a resolvable DATE/TIME expression; the events issue replaces this
with clause splitting, duplicate merging and better labels.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from timeline_app.core.models import Document, Event, Mention, Span, Timex, TimexType

LABEL_MAX = 60


def build_events(
    document: Document, timexes: Sequence[Timex], sentences: Sequence[Span]
) -> list[Event]:
    """One event per sentence, dated by its first resolved DATE/TIME expression."""
    events: list[Event] = []
    for sentence in sentences:
        timex = next((t for t in timexes if _dates(t) and sentence.contains(t.span)), None)
        if timex is None or timex.interval is None:
            continue
        text = document.text[sentence.start : sentence.end]
        mention = Mention(sentence, text, timex)
        events.append(
            Event(
                id=event_id(document.source, sentence),
                document=document.source,
                interval=timex.interval,
                label=_label(text),
                mentions=(mention,),
                certainty=timex.certainty,
            )
        )
    return events


def event_id(source: str, sentence: Span) -> str:
    """A short id, stable across runs for the same file and sentence."""
    digest = hashlib.sha1(f"{source}:{sentence.start}:{sentence.end}".encode()).hexdigest()
    return digest[:10]


def _dates(timex: Timex) -> bool:
    return timex.type in (TimexType.DATE, TimexType.TIME) and timex.interval is not None


def _label(sentence: str) -> str:
    text = " ".join(sentence.split())
    return text if len(text) <= LABEL_MAX else text[: LABEL_MAX - 1].rstrip() + "…"
