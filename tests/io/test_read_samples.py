"""The bundled sample articles read as a user would expect."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline_app.core.models import DateSource, Document
from timeline_app.core.sentences import split_sentences
from timeline_app.io import read_document


def excluded(document: Document) -> list[str]:
    return [document.text[s.start : s.end] for s in document.excluded]


def test_harbour_strike(samples_dir: Path) -> None:
    document = read_document(samples_dir / "harbour-strike.txt")
    assert document.format == "text"
    assert document.title == "Dock workers end nine-day strike as port authority agrees to pay deal"
    pub = document.publication_date
    assert pub is not None
    assert (pub.value, pub.source) == (date(2023, 3, 13), DateSource.URL)
    assert pub.evidence == (
        "https://www.halverston-courier.example/news/2023/03/13/dock-workers-end-strike-pay-deal"
    )
    assert excluded(document) == [
        "Related article: Fuel prices climb for a third straight week",
        "Photograph",
        "Original url: https://www.halverston-courier.example/news/2023/03/13/"
        "dock-workers-end-strike-pay-deal",
    ]
    paragraphs = document.text.split("\n\n")
    assert paragraphs[2] == (
        "HALVERSTON - Dock workers at the port of Halverston voted on Monday to end a nine-day "
        "strike that had left more than 40 container ships waiting offshore, after the port "
        "authority agreed to a two-year pay deal brokered by the regional labour mediator."
    )
    assert "Photograph\n\nA crane stands idle" in document.text
    assert "\n" not in document.text.replace("\n\n", "")


def test_harbour_strike_maps_back_to_the_file(samples_dir: Path) -> None:
    document = read_document(samples_dir / "harbour-strike.txt")
    raw = (samples_dir / "harbour-strike.txt").read_text(encoding="utf-8")
    assert document.raw_text == raw
    for span in split_sentences(document.text):
        start, end = document.raw_span(span.start, span.end)
        assert "".join(raw[start:end].split()) == "".join(
            document.text[span.start : span.end].split()
        )
    url = document.excluded[-1]
    start, end = document.raw_span(url.start, url.end)
    assert raw[start:end].endswith("dock-workers-end-strike-\npay-deal")


def test_harbour_strike_sentences(samples_dir: Path) -> None:
    document = read_document(samples_dir / "harbour-strike.txt")
    sentences = [document.text[s.start : s.end] for s in split_sentences(document.text)]
    assert sentences[0] == document.title
    assert "Photograph" in sentences
    assert sentences[-1].startswith("Original url: https://")
    assert len(sentences) == 22


def test_saved_web_page(samples_dir: Path) -> None:
    document = read_document(samples_dir / "reservoir-reopens.html")
    assert document.format == "html"
    assert document.title == "Greywater reservoir reopens to boats after summer-long drought ban"
    pub = document.publication_date
    assert pub is not None
    assert (pub.value, pub.source) == (date(2024, 9, 2), DateSource.METADATA)
    assert "Sailing and rowing clubs will be allowed back" in document.text
    assert "installed before the end of the month." in document.text
    for unwanted in ("Autumn sale", "What's on", "Lakeside_Lou", "morning briefing", "2031", "©"):
        assert unwanted not in document.text


def test_email_briefing(samples_dir: Path) -> None:
    document = read_document(samples_dir / "library-vote.eml")
    assert document.format == "email"
    assert document.title == "Council approves new central library after two-year delay"
    pub = document.publication_date
    assert pub is not None
    assert (pub.value, pub.source) == (date(2024, 5, 14), DateSource.METADATA)
    assert "the council's planning committee" in document.text
    assert "€38 million" in document.text
    assert excluded(document) == [
        "Related article: Bus depot land sale stalls again",
        "Read more: https://kestrel-gazette.example/2023/06/02/library-design-unveiled",
        "Original url: https://kestrel-gazette.example/news/2024/05/14/"
        "council-approves-central-library",
        "You are receiving this briefing because you subscribed at kestrel-gazette.example. "
        "Unsubscribe: briefing-stop@kestrel-gazette.example",
    ]


@pytest.mark.parametrize(
    "name", ["harbour-strike.txt", "reservoir-reopens.html", "library-vote.eml"]
)
def test_every_sample_reads_without_warnings(samples_dir: Path, name: str) -> None:
    document = read_document(samples_dir / name)
    assert document.publication_date is not None
    assert len(document.raw_offsets) == len(document.text) + 1
