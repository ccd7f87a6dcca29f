"""Cleaning: joined paragraphs, undone hyphenation, broken URLs, excluded spans, offsets."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from timeline_app.io.cleaning import clean


def excluded_texts(raw: str) -> list[str]:
    cleaned = clean(raw)
    return [cleaned.text[s.start : s.end] for s in cleaned.excluded]


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("One line\nwrapped here.\n\nNext paragraph.", "One line wrapped here.\n\nNext paragraph."),
        ("the govern-\nment said", "the government said"),
        ("a two-\nYear deal", "a two-Year deal"),  # upper case after the hyphen: kept
        ("a two-\nyear deal", "a two-year deal"),  # a compound, not a broken word
        ("in mid-\nJuly", "in mid-July"),
        ("wages rose 5-\n6 per cent", "wages rose 5- 6 per cent"),
        ("Windows\r\nline ends\r\n\r\nhere", "Windows line ends\n\nhere"),
        ("  indented   and\t\tspaced  \n\n\n\n  out ", "indented and spaced\n\nout"),
        (
            "See https://example.org/news/2021/08/16/some-\nstory for more.",
            "See https://example.org/news/2021/08/16/some-story for more.",
        ),
        (
            "Original url: https://example.org/a/b/\nc-d",
            "Original url: https://example.org/a/b/c-d",
        ),
        (
            "Source: https://example.org/2021/08/\n16/story.html",
            "Source: https://example.org/2021/08/16/story.html",
        ),
        (
            "Short line.\nA much longer line that clearly belongs to the next paragraph here.",
            "Short line.\n\nA much longer line that clearly belongs to the next paragraph here.",
        ),
        ("Photograph\nA crane stands idle.", "Photograph\n\nA crane stands idle."),
        ("Visit https://example.org/\nfor details.", "Visit https://example.org/ for details."),
        ("Go to https://example.org/a\nThen.", "Go to https://example.org/a Then."),
        ("", ""),
        # a document printed in the story keeps its lines: header fields, list items, headings
        (
            "From: Dawn Keeler\nDate: Fri, 7 Nov 2014 16:02\nSubject: Gate",
            "From: Dawn Keeler\n\nDate: Fri, 7 Nov 2014 16:02\n\nSubject: Gate",
        ),
        (
            "PROPOSED TIMETABLE\n- February 13: union told.\n- Spring 2015: no announcement",
            "PROPOSED TIMETABLE\n\n- February 13: union told.\n\n- Spring 2015: no announcement",
        ),
        (
            "Planning Committee\nMinutes of meeting held 14/05/2013",
            "Planning Committee\n\nMinutes of meeting held 14/05/2013",
        ),
        (
            "On 7 Nov 2014, Dawn wrote:\n> Gareth - see",
            "On 7 Nov 2014, Dawn wrote:\n\n> Gareth - see",
        ),
        (
            "Counting resumed.\n00.34\nTurnout is 38.2%.",
            "Counting resumed.\n\n00.34\n\nTurnout is 38.2%.",
        ),
        # a chronology's dated lines, and a list under em dashes
        (
            "Jan. 14 - Auditors flag payments.\nFeb. 2 - The council suspends him.",
            "Jan. 14 - Auditors flag payments.\n\nFeb. 2 - The council suspends him.",
        ),
        (
            "\u2014 July 19: Seized near Qarum.\n\u2014 Aug. 2: A group claims it.",
            "\u2014 July 19: Seized near Qarum.\n\n\u2014 Aug. 2: A group claims it.",
        ),
        (
            "The council met on Jan. 14 and\nFeb. 2 - the day it voted.",
            "The council met on Jan. 14 and Feb. 2 - the day it voted.",
        ),
        # a diary's entries under their dates; a wrapped sentence's date stays in it
        (
            "Wednesday 11 April\nRain. Friday may be dry.\nEaster Monday, 9 April:\nThe gates.",
            "Wednesday 11 April\n\nRain. Friday may be dry.\n\nEaster Monday, 9 April:"
            "\n\nThe gates.",
        ),
        ("The gates opened on\n9 April\nat dawn.", "The gates opened on 9 April at dawn."),
    ],
)
def test_clean_text(raw: str, text: str) -> None:
    assert clean(raw).text == text


def test_long_lines_are_paragraphs_of_their_own() -> None:
    first, second = "a" * 130 + ".", "b" * 130 + "."
    assert clean(f"{first}\n{second}").text == f"{first}\n\n{second}"


@pytest.mark.parametrize(
    ("raw", "excluded"),
    [
        (
            "Text.\n\nRelated article: Fuel prices climb\n\nMore.",
            ["Related article: Fuel prices climb"],
        ),
        ("Text.\n\nRead more: Port reopens on Friday", ["Read more: Port reopens on Friday"]),
        ("Photograph\nA crane.", ["Photograph"]),
        ("Body.\n\nReuters\n\nMore body.", ["Reuters"]),
        ("AFP/Getty\nCaption here.", ["AFP/Getty"]),
        ("Photograph: Anna Berg/Reuters\n\nText.", ["Photograph: Anna Berg/Reuters"]),
        (
            "Share this article\nSubscribe to our newsletter\n\nText.",
            ["Share this article", "Subscribe to our newsletter"],
        ),
        ("Published 13 March 2023\n\nText.", ["Published 13 March 2023"]),
        ("Write to desk@courier.example today.", ["desk@courier.example"]),
        ("Visit www.courier.example/port, then leave.", ["www.courier.example/port"]),
        (
            "Original url: https://c.example/news/2023/03/13/strike-\npay-deal",
            ["Original url: https://c.example/news/2023/03/13/strike-pay-deal"],
        ),
        ("Source: Halverston Courier", ["Source: Halverston Courier"]),
        (
            "Related article: Fuel prices climb for a\nthird straight week\nTalks go on.",
            ["Related article: Fuel prices climb for a third straight week"],
        ),
        (
            "You are receiving this because you subscribed at\ncourier.example. Bye.\n\nText.",
            ["You are receiving this because you subscribed at courier.example. Bye."],
        ),
        (
            "Body.\n\nCorrection: An earlier version of this story misstated the date of the "
            "theft. It was February 12, not February 21.",
            [
                "Correction: An earlier version of this story misstated the date of the theft. It "
                "was February 12, not February 21."
            ],
        ),
        (
            "Body.\n\n(Reporting by Lene Vasko; Editing by Paul Okoro)",
            ["(Reporting by Lene Vasko; Editing by Paul Okoro)"],
        ),
        ("Plain text with no boilerplate.", []),
    ],
)
def test_excluded_spans(raw: str, excluded: list[str]) -> None:
    assert excluded_texts(raw) == excluded


def test_a_credit_word_inside_a_sentence_is_not_excluded() -> None:
    raw = "The minister told\nReuters\nthat talks would resume."
    assert excluded_texts(raw) == []
    assert clean(raw).text == "The minister told Reuters that talks would resume."


def test_offsets_point_at_the_same_characters() -> None:
    raw = "Head\n\nThe govern-\nment said\nit   would."
    cleaned = clean(raw)
    assert len(cleaned.offsets) == len(cleaned.text) + 1
    i = cleaned.text.index("said")
    assert raw[cleaned.offsets[i] : cleaned.offsets[i + 4]] == "said"


_LINE_END_HYPHEN = re.compile(r"-(?=[ \t]*(?:\r\n|\r|\n))")
_WORDS = st.sampled_from(
    [
        "the",
        "govern-",
        "ment",
        "Two-",
        "https://x.example/2021/08/",
        "16/a-",
        "b",
        "Photograph",
        "Related article:",
        "Source:",
        "a@b.example",
        "Reuters",
        "ends.",
        "U.S.",
        "—",
        "x" * 130,
    ]
)
_SEPARATORS = st.sampled_from([" ", "  ", "\n", "\n\n", "\r\n", "\t", " \n ", "\n \n"])


@st.composite
def article_like(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(_WORDS, _SEPARATORS), max_size=40))
    return "".join(w + s for w, s in parts)


def _dropped_hyphens(raw: str, kept: set[int]) -> set[int]:
    return {m.start() for m in _LINE_END_HYPHEN.finditer(raw)} - kept


@given(st.one_of(article_like(), st.text(max_size=300)), st.data())
@example("the govern-\nment said", None)
def test_every_span_maps_back_to_the_same_characters(raw: str, data: st.DataObject | None) -> None:
    cleaned = clean(raw)
    text, offsets = cleaned.text, cleaned.offsets
    assert len(offsets) == len(text) + 1
    assert list(offsets) == sorted(offsets)
    for i, ch in enumerate(text):
        if not ch.isspace():
            assert raw[offsets[i]] == ch
    kept = {offsets[i] for i, ch in enumerate(text) if not ch.isspace()}
    dropped = _dropped_hyphens(raw, kept)
    spans = [(0, len(text))]
    if data is not None and text:
        start = data.draw(st.integers(0, len(text)))
        spans.append((start, data.draw(st.integers(start, len(text)))))
    for start, end in spans:
        raw_start, raw_end = offsets[start], offsets[end]
        raw_chars = "".join(
            raw[j] for j in range(raw_start, raw_end) if not raw[j].isspace() and j not in dropped
        )
        assert raw_chars == "".join(text[start:end].split())
    for span in cleaned.excluded:
        assert 0 <= span.start < span.end <= len(text)
