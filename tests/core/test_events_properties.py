"""Properties that hold for any text: events never crash, point into the text, stay short."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.edits import EditLabel, HideEvent, apply_edits
from timeline_app.core.events import build_events
from timeline_app.core.labels import LABEL_MAX, make_label
from timeline_app.core.models import Document, Interval, Span, Timex, TimexType
from timeline_app.core.sentences import split_sentences

WORDS = st.sampled_from(
    [
        "the",
        "port",
        "said",
        "on",
        "Monday",
        ",",
        ".",
        ";",
        "and",
        "who",
        "which",
        "Ruth",
        "Caldera",
        "voted",
        "\n",
        "when",
        "after",
        "“",
        "”",
        '"',
        "'",
        "-",
        "HALVERSTON",
        "that",
        "had",
        "will",
        "be",
        "at",
        "of",
        "in",
        "since",
        "last",
        "week",
        "\x00",
        "é",
        "😀",
    ]
)
TEXTS = st.lists(WORDS, min_size=0, max_size=80).map(" ".join)
DAY = Interval.day(date(2023, 3, 13))


@st.composite
def texts_with_dates(draw: st.DrawFn) -> tuple[str, list[Timex]]:
    text = draw(TEXTS)
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8, unique=True)))
    timexes = []
    for start, end in zip(cuts[::2], cuts[1::2], strict=False):
        if end > start:
            timexes.append(Timex(start, end, text[start:end], TimexType.DATE, "x", DAY))
    return text, timexes


@settings(max_examples=200, deadline=None)
@given(texts_with_dates())
def test_events_point_into_the_text_with_short_labels(case: tuple[str, list[Timex]]) -> None:
    text, timexes = case
    document = Document("a.txt", "", text)
    events = build_events(document, timexes, split_sentences(text))
    assert len({e.id for e in events}) == len(events)
    for event in events:
        assert 0 < len(event.label) <= LABEL_MAX
        for mention in event.mentions:
            assert text[mention.sentence.start : mention.sentence.end] == mention.sentence_text
            assert mention.sentence.contains(mention.timex.span)
    edits = [HideEvent(e.id) for e in events] + [EditLabel(e.id, "x") for e in events]
    edited = apply_edits(events, edits, document)
    assert [e.id for e in edited] == [e.id for e in events]
    assert all(e.hidden and e.label == "x" and e.edited for e in edited)


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.integers(0, 500), st.integers(0, 40))
def test_labels_are_short_for_any_clause(clause: str, at: int, size: int) -> None:
    start = min(at, len(clause))
    label = make_label(clause, [Span(start, min(start + size, len(clause)))])
    assert len(label) <= LABEL_MAX
    assert "\x00" not in label
