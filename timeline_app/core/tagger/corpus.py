"""Scoring the tagger on a TimeML corpus with the shared TempEval-3 scorer.

The scorer (``te3_eval.py``) lives outside the repository, in ``../shared/eval``; it is loaded
from its path. Used by the benchmark and by the CI quality gate.
"""

from __future__ import annotations

import importlib.util
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from timeline_app.core.tagger import dateparse
from timeline_app.core.tagger.batch import parse_dct, tag_document

System = dict[str, list[dict[str, Any]]]


@dataclass(frozen=True, slots=True)
class Run:
    name: str
    scores: dict[str, Any]
    errors: list[Any]
    seconds: float
    chars: int


def load_scorer(shared: Path) -> ModuleType:
    path = shared / "eval" / "te3_eval.py"
    spec = importlib.util.spec_from_file_location("te3_eval", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def export(scorer: ModuleType, corpus: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The gold documents and the ``{"id", "dct", "text"}`` list the scorer's export writes."""
    gold = scorer.load_gold(str(corpus))
    docs = [{"id": d, "dct": gold[d]["dct"], "text": gold[d]["text"]} for d in sorted(gold)]
    return gold, docs


def run(
    name: str,
    tagger: Callable[[dict[str, Any]], list[dict[str, Any]]],
    scorer: ModuleType,
    gold: dict[str, Any],
    docs: list[dict[str, Any]],
) -> Run:
    started = time.process_time()
    system: System = {doc["id"]: tagger(doc) for doc in docs}
    seconds = time.process_time() - started  # CPU time: the machine may be shared
    parsed = {
        doc_id: sorted(
            (scorer.Timex(t["start"], t["end"], t["type"], t["value"], None) for t in items),
            key=lambda t: (t.start, t.end),
        )
        for doc_id, items in system.items()
    }
    scores, errors = scorer.evaluate(gold, parsed)
    return Run(name, scores, errors, seconds, sum(len(d["text"]) for d in docs))


def ours(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return tag_document(doc)["timexes"]


_PREPOSITION = re.compile(r"^(?:(?:on|in|at|since|by|from|until|of|during|for)\s+)+", re.IGNORECASE)
_PERIOD_FORMAT = {"year": "%Y", "month": "%Y-%m"}


def dateparser_baseline(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """dateparser ``search_dates``: granularity from its period, leading prepositions trimmed."""
    base = parse_dct(doc["dct"])
    text = doc["text"]
    if base is None:
        return []
    out, cursor = [], 0
    for phrase, day, period in dateparse.search_dates_baseline(text, base):
        start = text.find(phrase, cursor)
        if start < 0:
            continue
        cursor = start + len(phrase)
        trimmed = _PREPOSITION.match(phrase)
        offset = trimmed.end() if trimmed else 0
        value = day.strftime(_PERIOD_FORMAT.get(period, "%Y-%m-%d"))
        out.append({"start": start + offset, "end": cursor, "type": "DATE", "value": value})
    return out
