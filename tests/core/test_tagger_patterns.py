"""The tagger's pattern machinery: fast paths must find exactly what the plain patterns find."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from timeline_app.core.tagger import candidates, cues
from timeline_app.core.tagger.patterns import RULES, _cased

SAMPLES = Path(__file__).parents[2] / "resources" / "samples"


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    texts.append(
        "For THREE YEARS, Nearly Six Months and the Past Two Weeks, Officials SAID they'd "
        "Wait Until Next Year. It Will Start Later This Month; We'll See In Recent Years."
    )
    return texts + [t.upper() for t in texts] + [t.title() for t in texts]


@pytest.mark.parametrize(
    ("pattern", "cased"),
    [
        (r"(?P<num>\d+)\s+(?:days|weeks)", False),
        (r"\S+\s+years\u2013", False),
        (r"(?-i:May)\s+\d", True),
        (r"\s+(?:AD|CE)\b", True),
        (r"(?P=num)[A-Z]", True),
    ],
)
def test_a_pattern_is_cased_where_it_names_a_capital(pattern: str, cased: bool) -> None:
    assert _cased(pattern) is cased


def test_patterns_searched_in_the_lower_cased_copy_find_what_ignorecase_finds() -> None:
    folded = [rule for rule in RULES if rule.folded is not None]
    assert len(folded) > 20  # (the busiest rules, "duration" first, take the fast path)
    for text in _texts():
        lowered = text.lower()
        for rule in folded:
            fast = [m.span() for m in candidates._matches(rule, text, lowered, 0, len(text))]
            plain = [m.span() for m in rule.regex.finditer(text)]
            assert fast == plain, rule.kind


def test_tense_cues_start_a_word_or_are_a_contracted_will() -> None:
    plain = re.compile(r"(?<!-)\b" + cues._CUE_WORDS, re.IGNORECASE)
    for text in _texts():
        assert [m.span() for m in cues._CUE.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]
