"""Properties of tag_text for any text and any date (hypothesis)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.models import Span
from timeline_app.core.tagger import tag_text

# Text built from date-like pieces finds the corner cases faster than arbitrary unicode alone.
_PIECES = st.sampled_from(
    [
        "Monday",
        "May",
        "March 3",
        "Aug. 16, 2021",
        "the 1990s",
        "last week",
        "two days ago",
        "1998",
        "3:30 p.m.",
        "the next day",
        "every week",
        "now",
        "years",
        "the third quarter",
        ", ",
        ". ",
        " ",
        "\n\n",
        "-",
        "'s",
        "12",
        "https://x.example/2021/08",
        "mid-",
        "early",
        "the",
        "of",
        "$",
    ]
)
TEXTS = st.one_of(st.text(max_size=200), st.lists(_PIECES, max_size=30).map("".join))
DATES = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, pub=DATES)
def test_tagging_never_raises_and_spans_are_well_formed(text: str, pub: date | None) -> None:
    timexes = tag_text(text, pub)
    previous_end = 0
    for t in timexes:
        assert 0 <= t.start < t.end <= len(text)
        assert t.start >= previous_end  # sorted and non-overlapping
        assert text[t.start : t.end] == t.text
        previous_end = t.end


@settings(max_examples=100, deadline=None)
@given(text=TEXTS, pub=DATES, data=st.data())
def test_excluded_spans_never_yield_expressions(
    text: str, pub: date | None, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    excluded = Span(start, end)
    assert not any(t.span.overlaps(excluded) for t in tag_text(text, pub, excluded=[excluded]))
