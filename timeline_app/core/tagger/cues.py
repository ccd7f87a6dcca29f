"""Tense cues: which way an underspecified date ("on Tuesday", "in March") points.

News is written about the past, so the default is backwards; a future cue in the same clause
("will", "is due to", "was due to", "is expected to", "plans", "scheduled", "next") turns it
forwards. The cue nearest the expression wins, looking back first, then ahead.
"""

from __future__ import annotations

import re
from enum import Enum


class Direction(Enum):
    PAST = "past"
    FUTURE = "future"


_FUTURE = (
    r"will|won't|wo\s+n't|'ll|shall|(?:is|are|was|were|be|been)\s+(?:due|expected|scheduled|set|"
    r"slated|planned|going|likely|unlikely|poised|about)\s+to|(?:un)?likely\s+to|plans?\s+to|"
    r"planned|planning|scheduled|(?:is|are)\s+to|set\s+to|intends?\s+to|expects?\s+to|hopes?\s+to|"
    r"going\s+to|would|could|might|may|next(?!\s+to)|upcoming|until|as\s+(?:soon|early)\s+as"
)
_PAST = (
    r"had\s+been\s+(?:due|expected|scheduled|set|slated)\s+to|was|were|had|did|said|told|ago|last|"
    r"earlier|since|spoke|met|went|came|took|gave|made|left|began|fell|rose|won|lost|held|saw|"
    r"found|fled|sold|bought|paid|struck|ran|wrote|became|brought|thought|kept|sent|built|fought|"
    r"broke|drove|flew|knew|led|meant|stood|grew|threw|tore|shot|swore|wore|got|forgot|hung|sat|"
    r"lay|laid|sank|spent|lent|felt|dealt|sought|taught|caught|fed|bled|hid|bit|rang|sang|"
    r"(?-i:(?!(?:need|feed|seed|speed|bed|red|shed|proceed|exceed|succeed|indeed|hundred|embed)\b)"
    r"[a-z]{2,}ed)"
)
_CUE = re.compile(rf"\b(?:(?P<future>{_FUTURE})|(?P<past>{_PAST}))\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"'`(])|\n\s*\n")
_WINDOW = 150


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - _WINDOW)
    before = text[lo:start]
    ends = list(_SENTENCE_END.finditer(before))
    if ends:
        lo += ends[-1].end()
    after = text[end : end + _WINDOW]
    stop = _SENTENCE_END.search(after)
    return lo, end + (stop.start() if stop else len(after))


def direction(text: str, start: int, end: int) -> tuple[Direction, str] | None:
    """The tense cue nearest ``text[start:end]`` in its sentence, and the cue's words."""
    lo, hi = _clause_bounds(text, start, end)
    nearest: tuple[int, re.Match[str]] | None = None
    for match in _CUE.finditer(text, lo, start):
        nearest = (start - match.end(), match)
    if nearest is None:
        for match in _CUE.finditer(text, end, hi):
            nearest = (match.start() - end, match)
            break
    if nearest is None:
        return None
    match = nearest[1]
    kind = Direction.FUTURE if match.group("future") else Direction.PAST
    return kind, " ".join(match.group(0).split())
