"""Sentence segmentation: abbreviations, initials, paragraph breaks, headlines."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.core.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two! Three? Four.", ["One.", "Two!", "Three?", "Four."]),
        (
            "The U.S. embassy closed on Aug. 16. Staff left.",
            ["The U.S. embassy closed on Aug. 16.", "Staff left."],
        ),
        (
            "Mr. Voll and Dr. Caldera met. They agreed.",
            ["Mr. Voll and Dr. Caldera met.", "They agreed."],
        ),
        ("It was No. 10 on Jan. 5. Then it fell.", ["It was No. 10 on Jan. 5.", "Then it fell."]),
        (
            "John F. Kennedy spoke. J. R. R. Tolkien wrote.",
            ["John F. Kennedy spoke.", "J. R. R. Tolkien wrote."],
        ),
        ("He said no. Then he left.", ["He said no.", "Then he left."]),
        ('"We will not wait." The union agreed.', ['"We will not wait."', "The union agreed."]),
        (
            "Rates rose 3.5 per cent. See example.com for more.",
            ["Rates rose 3.5 per cent.", "See example.com for more."],
        ),
        ("It ended at 9 a.m. on Monday.", ["It ended at 9 a.m. on Monday."]),
        ("Why? because.", ["Why? because."]),
        (
            "Dock workers end strike\n\nThe walkout began.",
            ["Dock workers end strike", "The walkout began."],
        ),
        ("A line without a stop\n\nAnother one", ["A line without a stop", "Another one"]),
        ("It ended in the U.S.\n\nNext paragraph.", ["It ended in the U.S.", "Next paragraph."]),
        ("Hard\nwrapped line. Next.", ["Hard\nwrapped line.", "Next."]),
        ("", []),
        ("   \n\n  ", []),
        ("Talks collapsed... Then a deal.", ["Talks collapsed...", "Then a deal."]),
        (
            "(Reuters) - Talks ended. (The union disagreed.) Rates fell.",
            ["(Reuters) - Talks ended.", "(The union disagreed.)", "Rates fell."],
        ),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_spans_are_offsets_into_the_text() -> None:
    text = "Headline\n\nFirst one. Second one."
    spans = split_sentences(text)
    assert [(s.start, s.end) for s in spans] == [(0, 8), (10, 20), (21, 32)]


@given(st.text(alphabet='ab .?!\n"U.S', max_size=200))
def test_spans_are_trimmed_ordered_and_cover_all_words(text: str) -> None:
    spans = split_sentences(text)
    previous_end = 0
    for span in spans:
        assert previous_end <= span.start < span.end
        assert not text[span.start].isspace() and not text[span.end - 1].isspace()
        previous_end = span.end
    covered = "".join(text[s.start : s.end] for s in spans)
    assert "".join(covered.split()) == "".join(text.split())


def test_a_run_on_text_is_cut_into_bounded_pieces_that_cover_it() -> None:
    from timeline_app.core.sentences import MAX_SENTENCE

    text = "the council met on Monday, which began in 1999, and " * 400
    spans = split_sentences(text)
    assert all(s.end - s.start <= MAX_SENTENCE for s in spans)
    assert "".join(text[s.start : s.end] for s in spans).replace(" ", "") == text.replace(" ", "")
