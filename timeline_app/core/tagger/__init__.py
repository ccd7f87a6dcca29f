"""Temporal tagging: find time expressions in a text and resolve them (TimeML TIMEX3).

Candidates come from compiled rules (``patterns``), filtered and de-overlapped in
``candidates``; ``resolve`` normalises them in text order against the publication date, the tense
of their clause (``cues``) and the previous date in the text. dateparser is used only from
``dateparse``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from datetime import date

from timeline_app.core.models import Span, Timex
from timeline_app.core.tagger.candidates import find
from timeline_app.core.tagger.casing import ordinary_case, shouting
from timeline_app.core.tagger.resolve import resolve_all

__all__ = ["tag_text"]

_WIRE_BULLET = re.compile(r"^([ \t]*)_(?=[A-Za-z0-9])", re.MULTILINE)


def tag_text(
    text: str, publication_date: date | None, *, excluded: Sequence[Span] = ()
) -> list[Timex]:
    """Find the time expressions in ``text`` resolved against ``publication_date``.

    Spans in ``excluded`` (URLs, boilerplate) never yield expressions. Returns timexes sorted by
    offset, non-overlapping.
    """
    # a wire's bullet written against its line's first word ("_March 21, 1999: Rebels seize
    # 35 workers") is read as a space, so the date is a word of its own
    read = _WIRE_BULLET.sub(r"\1 ", text) if "_" in text else text
    if shouting(read):
        # a text all in capitals is read in ordinary case, each character at its offset
        read = ordinary_case(read)
    if read is text:
        return resolve_all(text, publication_date, find(text, excluded))
    found = resolve_all(read, publication_date, find(read, excluded))
    return [dataclasses.replace(t, text=text[t.start : t.end]) for t in found]
