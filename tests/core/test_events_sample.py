"""Acceptance: the events of resources/samples/harbour-strike.txt are what a careful reader notes.

End to end (reader, sentence splitter, tagger, events), so these tests follow the tagger's
quality. harbour-strike.txt was published Monday 2023-03-13 (the date is in the article URL).
Rows the current tagger cannot yet get right are skipped with the reason.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline_app.core.models import Certainty, Event, Granularity
from timeline_app.core.pipeline import Analysis, analyse
from timeline_app.io import read_document

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"

# sample file -> rows: label, first day, last day (inclusive), granularity, certainty, mentions
EXPECTED = {
    "harbour-strike.txt": [
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
        (
            "Normal operations were expected to resume",
            "2023-03-15",
            "2023-03-15",
            "day",
            "inferred",
            1,
        ),
        (
            "Ruth Caldera is due to meet the transport minister",
            "2023-03-16",
            "2023-03-16",
            "day",
            "inferred",
            1,
        ),
        (
            "A formal signing ceremony would be held",
            "2023-03-20",
            "2023-03-26",
            "week",
            "inferred",
            1,
        ),
        (
            "Freight rates on the route were unlikely to fall",
            "2023-04-01",
            "2023-04-30",
            "month",
            "inferred",
            1,
        ),
        (
            "Members approved it by a show of hands",
            "2023-03-13",
            "2023-03-13",
            "part_of_day",
            "inferred",
            1,
        ),
        (
            "Night-shift allowances had not changed since 2015",
            "2015-01-01",
            "2015-12-31",
            "year",
            "exact",
            1,
        ),
        ("Wages rise by 5 per cent", "2023-01-01", "2023-12-31", "year", "inferred", 1),
        ("Wages rise by a further 4 per cent", "2024-01-01", "2024-01-31", "month", "exact", 1),
        (
            "Night-shift allowances will be reviewed by independent panel",
            "2023-10-01",
            "2023-12-31",
            "year",
            "inferred",
            1,
        ),
        ("Two of her shipments had spoiled", "2023-03-06", "2023-03-12", "week", "inferred", 1),
    ],
    "library-vote.eml": [
        (
            "Kestrel city council voted to build a new central library",
            "2024-05-14",
            "2024-05-14",
            "day",
            "inferred",
            1,
        ),
        (
            "A dispute that has held up the project",
            "2022-03-01",
            "2022-05-31",
            "season",
            "exact",
            1,
        ),
        ("The vote had been postponed twice", "2024-02-01", "2024-02-29", "month", "inferred", 1),
        ("Demolition is due to start", "2024-09-01", "2024-09-30", "month", "inferred", 1),
        ("The library should open", "2026-10-01", "2026-12-31", "year", "exact", 1),
        (
            "The current library on Harrow Street built",
            "1961-01-01",
            "1961-12-31",
            "year",
            "exact",
            1,
        ),
        ("The first design was presented", "2022-01-01", "2022-12-31", "year", "inferred", 1),
        (
            "Ama Tennant voted against the plan in committee as well",
            "2024-05-06",
            "2024-05-12",
            "week",
            "inferred",
            1,
        ),
        (
            "A public exhibition of the design will open at the town hall",
            "2024-05-18",
            "2024-05-18",
            "day",
            "inferred",
            1,
        ),
    ],
    "reservoir-reopens.html": [
        (
            "Sailing and rowing clubs will be allowed back",
            "2024-09-04",
            "2024-09-04",
            "day",
            "inferred",
            1,
        ),
        (
            "Statement by the Upper Valley Water Board",
            "2024-09-02",
            "2024-09-02",
            "day",
            "inferred",
            1,
        ),
        ("A ban on boats that began", "2024-07-01", "2024-07-10", "month", "inferred", 1),
        (
            "The board closed the reservoir to all craft",
            "2024-07-05",
            "2024-07-05",
            "day",
            "inferred",
            1,
        ),
        (
            "The board would review the level again",
            "2024-10-01",
            "2024-10-01",
            "day",
            "inferred",
            1,
        ),
        (
            "The board could restrict motor boats",
            "2024-09-01",
            "2024-11-30",
            "season",
            "inferred",
            1,
        ),
        (
            "The club had refunded about 120 junior course places",
            "2024-08-01",
            "2024-08-31",
            "month",
            "inferred",
            1,
        ),
        ("Anglers may use boats again", "2024-09-07", "2024-09-07", "day", "inferred", 1),
        (
            "A new floating pontoon, delayed since last year",
            "2023-01-01",
            "2023-12-31",
            "year",
            "inferred",
            1,
        ),
        (
            "A new floating pontoon would be installed",
            "2024-09-21",
            "2024-09-30",
            "month",
            "inferred",
            1,
        ),
    ],
}
CASES = [
    pytest.param(name, *row, id=f"{name}:{row[0]}")
    for name, rows in EXPECTED.items()
    for row in rows
]
_ANALYSES: dict[str, Analysis] = {}


def analysed(name: str) -> Analysis:
    """Each sample is analysed once per test run."""
    if name not in _ANALYSES:
        _ANALYSES[name] = analyse(read_document(SAMPLES / name))
    return _ANALYSES[name]


@pytest.fixture(scope="module")
def analysis() -> Analysis:
    return analysed("harbour-strike.txt")


def find(analysis: Analysis, label: str) -> Event:
    matches = [e for e in analysis.events if e.label == label]
    assert matches, f"no event labelled {label!r}; got {[e.label for e in analysis.events]}"
    return matches[0]


@pytest.mark.parametrize(
    ("sample", "label", "first", "last", "granularity", "certainty", "mentions"), CASES
)
def test_sample_event(
    sample: str,
    label: str,
    first: str,
    last: str,
    granularity: str,
    certainty: str,
    mentions: int,
) -> None:
    event = find(analysed(sample), label)
    assert (event.interval.first_day.isoformat(), event.interval.last_day.isoformat()) == (
        first,
        last,
    )
    assert event.interval.granularity is Granularity(granularity)
    assert event.certainty is Certainty(certainty)
    assert len(event.mentions) == mentions


@pytest.mark.parametrize("sample", list(EXPECTED))
def test_headline_and_boilerplate_give_no_events(sample: str) -> None:
    analysis = analysed(sample)
    headline = " ".join(analysis.document.title.split())
    for event in analysis.events:
        assert " ".join(event.sentence_text.split()) != headline
        assert not analysis.document.is_excluded(event.timex.span)


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
