"""Score the temporal tagger on the blind gold set and list every disagreement.

    python benchmarks/bench_blind.py [--set tests/data/gold_blind2]

A set (tests/data/gold_blind by default; gold_blind2 is a second, fresh one) is six invented
articles annotated by hand before the tagger was run on them. Prints strict/relaxed span F1 and
type/value F1 (TempEval-3) per document and overall, then each disagreement: gold text, type and
value beside the system's.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "core"))

from blind_scoring import GOLD_DIR, Timex, count, describe, load_docs, table  # noqa: E402

from timeline_app.core.tagger import tag_text  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", type=Path, default=GOLD_DIR, help="folder of <name>.txt/.json pairs")
    args = ap.parse_args(argv)
    rows: list[tuple[str, Counter[str]]] = []
    lines: list[str] = []
    for doc in load_docs(args.set):
        system = [Timex(t.start, t.end, str(t.type), t.value) for t in tag_text(doc.text, doc.dct)]
        c, disagreements = count(list(doc.gold), system)
        rows.append((doc.name, c))
        lines += [f"{doc.name:<26}{describe(d, doc.text)}" for d in disagreements]
    print(table(rows))
    print(f"\n{len(lines)} disagreements")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
