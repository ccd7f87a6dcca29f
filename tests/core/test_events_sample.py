"""Acceptance: the events of resources/samples/harbour-strike.txt are what a careful reader notes.

End to end (reader, sentence splitter, tagger, events), so these tests follow the tagger's
quality. Published Monday 2023-03-13 (the date is in the article URL).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline_app.core.models import Certainty, Event, Granularity
from timeline_app.core.pipeline import Analysis, analyse

io = pytest.importorskip("timeline_app.io")
if not hasattr(io, "read_document"):
    pytest.skip("timeline_app.io.read_document has not landed yet", allow_module_level=True)

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "harbour-strike.txt"

# label, first day, last day (inclusive), granularity, certainty, number of mentions
EXPECTED = [
    (
        "Dock workers voted to end a nine-day strike",
        "2023-03-13",
        "2023-03-13",
        "day",
        "inferred",
        2,
    ),
    ("The walkout began", "2023-03-04", "2023-03-04", "day", "inferred", 1),
    (
        "The authority's offer of a 3 per cent raise first tabled",
        "2023-02-01",
        "2023-02-28",
        "month",
        "inferred",
        1,
    ),
    (
        "Negotiators met again at the mediator's office",
        "2023-03-11",
        "2023-03-12",
        "weekend",
        "inferred",
        1,
    ),
    ("A draft agreement was signed", "2023-03-12", "2023-03-12", "day", "inferred", 1),
    (
        "The first ships would be brought alongside",
        "2023-03-13",
        "2023-03-13",
        "day",
        "inferred",
        1,
    ),
    ("Normal operations were expected to resume", "2023-03-15", "2023-03-15", "day", "inferred", 1),
    (
        "Ruth Caldera is due to meet the transport minister",
        "2023-03-16",
        "2023-03-16",
        "day",
        "inferred",
        1,
    ),
    ("A formal signing ceremony would be held", "2023-03-20", "2023-03-26", "week", "inferred", 1),
]


@pytest.fixture(scope="module")
def analysis() -> Analysis:
    return analyse(io.read_document(SAMPLE))


def find(analysis: Analysis, label: str) -> Event:
    matches = [e for e in analysis.events if e.label == label]
    assert matches, f"no event labelled {label!r}; got {[e.label for e in analysis.events]}"
    return matches[0]


@pytest.mark.parametrize(
    ("label", "first", "last", "granularity", "certainty", "mentions"), EXPECTED
)
def test_sample_event(
    analysis: Analysis,
    label: str,
    first: str,
    last: str,
    granularity: str,
    certainty: str,
    mentions: int,
) -> None:
    event = find(analysis, label)
    assert (event.interval.first_day.isoformat(), event.interval.last_day.isoformat()) == (
        first,
        last,
    )
    assert event.interval.granularity is Granularity(granularity)
    assert event.certainty is Certainty(certainty)
    assert len(event.mentions) == mentions


def test_publication_date_comes_from_the_article(analysis: Analysis) -> None:
    assert analysis.publication_date is not None
    assert analysis.publication_date.value == date(2023, 3, 13)


def test_repeated_lede_is_a_mention_of_the_first_event(analysis: Analysis) -> None:
    event = find(analysis, "Dock workers voted to end a nine-day strike")
    first, repeat = event.mentions
    assert first.sentence_text.startswith("HALVERSTON - Dock workers")
    assert repeat.sentence_text.startswith("On Monday, dock workers")


def test_recent_years_is_kept_apart_as_vague(analysis: Analysis) -> None:
    [vague] = [e for e in analysis.events if e.is_vague]
    assert "recent years" in vague.timex.text
    assert vague.interval.last_day < date(2023, 3, 13)


def test_no_event_from_durations_headline_or_boilerplate(analysis: Analysis) -> None:
    text = analysis.document.text
    headline_end = text.index("\n")
    for event in analysis.events:
        assert event.timex.type.value in ("DATE", "TIME")
        assert event.sentence.start > headline_end
        assert not analysis.document.is_excluded(event.timex.span)
        assert "Related article" not in event.sentence_text


def test_every_label_is_short_and_every_offset_points_into_the_text(analysis: Analysis) -> None:
    text = analysis.document.text
    for event in analysis.events:
        assert 0 < len(event.label) <= 60
        for mention in event.mentions:
            span = mention.sentence
            assert text[span.start : span.end] == mention.sentence_text
            assert text[mention.timex.start : mention.timex.end] == mention.timex.text
