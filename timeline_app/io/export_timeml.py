"""TimeML export: the article text with ``<TIMEX3>`` tags and its creation time (DCT).

This is the format temporal-tagging corpora (TimeBank, TempEval) use, so the tagger's output can
be compared with other tools. The text inside ``<TEXT>`` is exactly ``Document.text`` (minus
characters XML 1.0 cannot hold), so the tags' character positions match the app's offsets.
Several articles are written as ``<TimeMLCollection>`` of ``<TimeML>`` documents.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

from timeline_app.core.models import Certainty, Timex
from timeline_app.core.pipeline import Analysis

__all__ = ["analyses_to_timeml", "analysis_to_timeml"]

# Characters XML 1.0 forbids; replaced by a space so offsets stay put.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_RELATIVE = frozenset({Certainty.INFERRED, Certainty.ANCHORED, Certainty.UNRESOLVED})


def analyses_to_timeml(analyses: Sequence[Analysis]) -> str:
    header = '<?xml version="1.0" encoding="UTF-8"?>\n'
    if len(analyses) == 1:
        return header + analysis_to_timeml(analyses[0])
    body = "".join(analysis_to_timeml(a) for a in analyses)
    return f"{header}<TimeMLCollection>\n{body}</TimeMLCollection>\n"


def analysis_to_timeml(analysis: Analysis) -> str:
    """One ``<TimeML>`` element (without the XML declaration)."""
    document = analysis.document
    parts = [
        "<TimeML>\n",
        f"<DOCID>{_text(document.source)}</DOCID>\n",
        _dct(analysis),
        f"<TITLE>{_text(document.title)}</TITLE>\n",
        "<TEXT>",
        _tagged(document.text, analysis.timexes, has_dct=analysis.publication_date is not None),
        "</TEXT>\n</TimeML>\n",
    ]
    return "".join(parts)


def _dct(analysis: Analysis) -> str:
    pub = analysis.publication_date
    if pub is None:
        return "<DCT></DCT>\n"
    value = pub.value.isoformat()
    return (
        f'<DCT><TIMEX3 tid="t0" type="DATE" value="{value}" temporalFunction="false" '
        f'functionInDocument="CREATION_TIME">{value}</TIMEX3></DCT>\n'
    )


def _tagged(text: str, timexes: Sequence[Timex], *, has_dct: bool) -> str:
    pieces: list[str] = []
    cursor = 0
    number = 0
    for timex in sorted(timexes, key=lambda t: t.start):
        if timex.start < cursor or timex.end > len(text):
            continue  # overlapping tags cannot nest in XML; the tagger promises none anyway
        number += 1
        pieces.append(_text(text[cursor : timex.start]))
        pieces.append(_open_tag(timex, number, has_dct=has_dct))
        pieces.append(_text(text[timex.start : timex.end]) + "</TIMEX3>")
        cursor = timex.end
    pieces.append(_text(text[cursor:]))
    return "".join(pieces)


def _open_tag(timex: Timex, number: int, *, has_dct: bool) -> str:
    attributes = {
        "tid": f"t{number}",
        "type": timex.type.value,
        "value": timex.value,
        "temporalFunction": "true" if timex.certainty in _RELATIVE else "false",
    }
    if timex.mod:
        attributes["mod"] = timex.mod
    if has_dct and timex.interval is not None and timex.certainty in _RELATIVE:
        attributes["anchorTimeID"] = "t0"
    rendered = " ".join(
        f"{name}={quoteattr(_NOT_XML.sub(' ', v))}" for name, v in attributes.items()
    )
    return f"<TIMEX3 {rendered}>"


def _text(text: str) -> str:
    """Escaped text; a carriage return as a reference, since parsers turn a raw CR LF into LF."""
    return escape(_NOT_XML.sub(" ", text)).replace("\r", "&#13;")
