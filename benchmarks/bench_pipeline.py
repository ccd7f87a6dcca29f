"""Whole-article analysis (tagging, sentences, events, labels) against text length.

Concatenates the development corpus's documents (or the sample article, where ../shared is
absent) into texts of growing length and times ``analyse`` on each: the cost should grow
linearly (a 10x longer text should take at most ~11x as long). The last rows are a "run-on" text
with no full stops at all (a pasted table, a PDF without punctuation): one paragraph of clauses,
which must stay linear too.

    python benchmarks/bench_pipeline.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from timeline_app.core.models import DateSource, Document, PublicationDate
from timeline_app.core.pipeline import analyse
from timeline_app.io import read_document

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PUBLISHED = PublicationDate(date(2000, 1, 10), DateSource.USER, "benchmark")


def _paragraphs() -> list[str]:
    scorer = SHARED / "eval" / "te3_eval.py"
    if not scorer.is_file():
        text = read_document(ROOT / "resources" / "samples" / "harbour-strike.txt").text
        return text.split("\n\n")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "docs.json"
        corpus = SHARED / "data" / "te3-train"
        subprocess.run([sys.executable, str(scorer), "export", str(corpus), "-o", str(out)],
                       check=True, capture_output=True)  # fmt: skip
        return [doc["text"].strip() for doc in json.loads(out.read_text(encoding="utf-8"))]


def _text(paragraphs: list[str], chars: int) -> str:
    out, size, i = [], 0, 0
    while size < chars:
        piece = paragraphs[i % len(paragraphs)]
        out.append(piece)
        size += len(piece) + 2
        i += 1
    return "\n\n".join(out)


def main() -> None:
    paragraphs = _paragraphs()
    analyse(Document("warm-up", "", paragraphs[0], PUBLISHED))
    print(f"{'characters':>12} {'events':>7} {'seconds':>8} {'us/char':>8}")
    for chars in (20_000, 200_000, 2_000_000):
        text = _text(paragraphs, chars)
        start = time.process_time()
        analysis = analyse(Document("bench", "", text, PUBLISHED))
        took = time.process_time() - start
        per_char = took / len(text) * 1e6
        print(f"{len(text):>12,} {len(analysis.events):>7,} {took:>8.2f} {per_char:>8.2f}")
    clause = "the council met on Monday, which began in 1999, and the board voted on Tuesday, and "
    for chars in (20_000, 200_000):
        text = clause * (chars // len(clause))
        start = time.process_time()
        analysis = analyse(Document("bench", "", text, PUBLISHED))
        took = time.process_time() - start
        per_char = took / len(text) * 1e6
        print(f"{len(text):>12,} {len(analysis.events):>7,} {took:>8.2f} {per_char:>8.2f}  run-on")


if __name__ == "__main__":
    main()
