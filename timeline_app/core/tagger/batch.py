"""Batch tagging for the CLI and the scorer: JSON lines in, JSON lines out.

Input lines are ``{"id", "dct", "text"}`` where ``dct`` is a TimeML creation time such as
"1998-01-08", "19980108" or "1998-02-13T14:26:00" (or null); each output line is
``{"id", "timexes": [{"start", "end", "text", "type", "value"}]}``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from timeline_app.core.models import Timex
from timeline_app.core.tagger import tag_text

_DCT = re.compile(r"(\d{4})-?(\d\d)-?(\d\d)")


def parse_dct(value: str | None) -> date | None:
    """A document creation time in any of the corpus's spellings, or None."""
    match = _DCT.match(value or "")
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def timex_to_json(timex: Timex) -> dict[str, Any]:
    return {
        "start": timex.start,
        "end": timex.end,
        "text": timex.text,
        "type": str(timex.type),
        "value": timex.value,
    }


def tag_document(doc: dict[str, Any]) -> dict[str, Any]:
    timexes = tag_text(doc.get("text") or "", parse_dct(doc.get("dct")))
    return {"id": doc.get("id"), "timexes": [timex_to_json(t) for t in timexes]}


def tag_jsonl(lines: Iterable[str]) -> Iterator[str]:
    """Tag each ``{"id", "dct", "text"}`` line; blank lines are skipped."""
    for line in lines:
        if line.strip():
            yield json.dumps(tag_document(json.loads(line)), ensure_ascii=False)
