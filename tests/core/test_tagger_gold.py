"""The tagger scored on the project's own hand-annotated articles (tests/data/gold).

Runs anywhere, unlike the TempEval-3 gate: the gold set ships with the repository. Each file holds
one article, its publication date, the spans the reader would exclude, and TIMEX3 annotations.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from timeline_app.core.models import Span
from timeline_app.core.tagger import tag_text

GOLD_DIR = Path(__file__).resolve().parents[1] / "data" / "gold"
GOLD = sorted(GOLD_DIR.glob("*.json"))
# Floors just under today's scores over the whole gold set; raise them as the tagger improves.
FLOORS = {"strict": 0.99, "relaxed": 0.99, "value": 0.99}


def _load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def _tag(doc: dict[str, Any]) -> list[tuple[int, int, str, str]]:
    excluded = [Span(s, e) for s, e in doc["excluded"]]
    timexes = tag_text(doc["text"], date.fromisoformat(doc["dct"]), excluded=excluded)
    return [(t.start, t.end, str(t.type), t.value) for t in timexes]


def _scores(pairs: list[tuple[list[Any], list[Any]]]) -> dict[str, float]:
    counts = {"gold": 0, "sys": 0, "strict": 0, "relaxed": 0, "value": 0}
    for gold, system in pairs:
        counts["gold"] += len(gold)
        counts["sys"] += len(system)
        free = list(system)
        for g in gold:
            match = next((s for s in free if s[0] < g[1] and g[0] < s[1]), None)
            if match is None:
                continue
            free.remove(match)
            counts["relaxed"] += 1
            counts["strict"] += match[:2] == g[:2]
            counts["value"] += match[2:] == g[2:]
    f1 = {}
    for name in ("strict", "relaxed", "value"):
        p, r = counts[name] / max(counts["sys"], 1), counts[name] / max(counts["gold"], 1)
        f1[name] = 2 * p * r / (p + r) if p + r else 0.0
    return f1


def test_gold_files_are_consistent() -> None:
    assert len(GOLD) >= 3
    for path in GOLD:
        doc = _load(path)
        for t in doc["timexes"]:
            assert doc["text"][t["start"] : t["end"]] == t["text"], (path.name, t)


def test_gold_set_scores_stay_above_the_floor() -> None:
    pairs = []
    for path in GOLD:
        doc = _load(path)
        gold = [(t["start"], t["end"], t["type"], t["value"]) for t in doc["timexes"]]
        pairs.append((gold, _tag(doc)))
    scores = _scores(pairs)
    for name, floor in FLOORS.items():
        assert scores[name] >= floor, f"{name} F1 {scores[name]:.3f} fell below {floor}"


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_nothing_is_tagged_inside_excluded_spans(path: Path) -> None:
    doc = _load(path)
    excluded = [Span(s, e) for s, e in doc["excluded"]]
    assert not any(Span(s, e).overlaps(x) for s, e, *_ in _tag(doc) for x in excluded)


def test_sample_article_resolves_against_its_monday_publication() -> None:
    doc = _load(GOLD_DIR / "harbour-strike.json")
    values = {doc["text"][s:e]: v for s, e, _, v in _tag(doc)}
    assert values["Saturday, March 4"] == "2023-03-04"
    assert values["Thursday"] == "2023-03-16"  # "is due to meet ... on Thursday"
    assert values["Sunday"] == "2023-03-12"  # "signed late on Sunday"
    assert values["last month"] == "2023-02"
