"""TempEval-3 Task A measures over in-memory documents, for the blind gold set.

Alignment and measures follow the shared scorer (``../shared/eval/te3_eval.py``), which the
repository cannot rely on: identical spans pair first, then the remaining overlapping pairs
greedily by largest overlap, one-to-one. Strict and relaxed are span F1; type and value are
accuracy over relaxed matches times relaxed F1.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

GOLD_DIR = Path(__file__).resolve().parents[1] / "data" / "gold_blind"
MEASURES = ("strict", "relaxed", "type", "value")


@dataclass(frozen=True, slots=True)
class Timex:
    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class Doc:
    name: str
    dct: date
    text: str
    gold: tuple[Timex, ...]


@dataclass(frozen=True, slots=True)
class Disagreement:
    kind: str  # MISSED, SPURIOUS, or PARTIAL/TYPE/VALUE joined by "+"
    gold: Timex | None
    system: Timex | None


def load_docs(directory: Path = GOLD_DIR) -> list[Doc]:
    docs = []
    for path in sorted(directory.glob("*.json")):
        raw = json.loads(path.read_text(encoding="utf-8"))
        text = path.with_suffix(".txt").read_text(encoding="utf-8")
        gold = tuple(Timex(t["start"], t["end"], t["type"], t["value"]) for t in raw["timexes"])
        docs.append(Doc(path.stem, date.fromisoformat(raw["dct"]), text, gold))
    return docs


def align(gold: list[Timex], system: list[Timex]) -> list[tuple[int, int]]:
    """Index pairs (gold, system): identical spans first, then by largest overlap."""
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_s: set[int] = set()
    for si, s in enumerate(system):
        gi = next((i for i, g in enumerate(gold) if (g.start, g.end) == (s.start, s.end)), None)
        if gi is not None and gi not in used_g:
            pairs.append((gi, si))
            used_g.add(gi)
            used_s.add(si)
    candidates = sorted(
        (-(min(g.end, s.end) - max(g.start, s.start)), g.start, s.start, gi, si)
        for gi, g in enumerate(gold)
        for si, s in enumerate(system)
        if gi not in used_g and si not in used_s and min(g.end, s.end) > max(g.start, s.start)
    )
    for *_, gi, si in candidates:
        if gi not in used_g and si not in used_s:
            pairs.append((gi, si))
            used_g.add(gi)
            used_s.add(si)
    return pairs


def count(gold: list[Timex], system: list[Timex]) -> tuple[Counter[str], list[Disagreement]]:
    """Match counts for one document and every disagreement, in gold/system order."""
    c: Counter[str] = Counter(gold=len(gold), sys=len(system))
    out: list[Disagreement] = []
    pairs = align(gold, system)
    for gi, si in pairs:
        g, s = gold[gi], system[si]
        ok = {
            "PARTIAL": (g.start, g.end) == (s.start, s.end),
            "TYPE": g.type == s.type,
            "VALUE": g.value == s.value,
        }
        c["relaxed"] += 1
        c["strict"] += ok["PARTIAL"]
        c["type"] += ok["TYPE"]
        c["value"] += ok["VALUE"]
        if not all(ok.values()):
            out.append(Disagreement("+".join(k for k, v in ok.items() if not v), g, s))
    matched_g = {gi for gi, _ in pairs}
    matched_s = {si for _, si in pairs}
    out += [Disagreement("MISSED", g, None) for i, g in enumerate(gold) if i not in matched_g]
    out += [Disagreement("SPURIOUS", None, s) for i, s in enumerate(system) if i not in matched_s]
    out.sort(key=lambda d: (d.gold or d.system).start)  # type: ignore[union-attr]
    return c, out


def scores(c: Counter[str]) -> dict[str, float]:
    """F1 for each of MEASURES from summed counts."""

    def f1(hits: int) -> float:
        p = hits / c["sys"] if c["sys"] else 0.0
        r = hits / c["gold"] if c["gold"] else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    relaxed = f1(c["relaxed"])
    out = {"strict": f1(c["strict"]), "relaxed": relaxed}
    for attr in ("type", "value"):
        out[attr] = (c[attr] / c["relaxed"] if c["relaxed"] else 0.0) * relaxed
    return out


def table(rows: list[tuple[str, Counter[str]]]) -> str:
    """A per-document table with an overall row (micro-averaged)."""
    head = f"{'document':<26}{'gold':>5}{'sys':>5}" + "".join(f"{m:>9}" for m in MEASURES)
    lines = [head, "-" * len(head)]
    total: Counter[str] = Counter()
    for name, c in rows:
        total.update(c)
        lines.append(_row(name, c))
    lines += ["-" * len(head), _row("overall", total)]
    return "\n".join(lines)


def _row(name: str, c: Counter[str]) -> str:
    s = scores(c)
    return f"{name:<26}{c['gold']:>5}{c['sys']:>5}" + "".join(f"{s[m]:>9.3f}" for m in MEASURES)


def describe(d: Disagreement, text: str) -> str:
    def side(t: Timex | None) -> str:
        if t is None:
            return "-"
        return f"{text[t.start : t.end]!r} {t.type} {t.value}"

    return f"{d.kind:<20} gold {side(d.gold):<44} system {side(d.system)}"
