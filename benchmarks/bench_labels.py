"""Label quality at a glance on the TempEval-3 development corpus.

    python benchmarks/bench_labels.py [--shared ../shared] [--sample 25] [--seed 7] [--dump out.tsv]

Runs the whole pipeline on every document and prints the number of events, the share of labels
cut with "…", the mean label length, the time ``make_label`` takes per event and a seeded random
sample of sentence -> label pairs, so anyone can judge the labels by eye.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline_app.core import events  # noqa: E402
from timeline_app.core.models import DateSource, Document, PublicationDate  # noqa: E402
from timeline_app.core.pipeline import analyse  # noqa: E402
from timeline_app.core.tagger import corpus  # noqa: E402


class _TimedLabels:
    """Wraps ``make_label`` where events.py calls it, adding up the CPU time it takes."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.calls = 0
        self._inner = events.make_label

    def __call__(self, *args: Any, **kwargs: Any) -> str:
        started = time.process_time()
        try:
            return self._inner(*args, **kwargs)
        finally:
            self.seconds += time.process_time() - started
            self.calls += 1


def _analyse(docs: list[dict[str, Any]]) -> tuple[list[tuple[str, str]], float]:
    pairs: list[tuple[str, str]] = []
    started = time.process_time()
    for doc in docs:
        published = PublicationDate(date.fromisoformat(doc["dct"][:10]), DateSource.METADATA, "")
        document = Document(
            source=doc["id"], title="", text=doc["text"], publication_date=published
        )
        for event in analyse(document).events:
            pairs.append((" ".join(event.sentence_text.split()), event.label))
    return pairs, time.process_time() - started


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--sample", type=int, default=25, help="sentence -> label pairs to print")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--dump", type=Path, help="write every sentence -> label pair as TSV")
    args = ap.parse_args(argv)

    scorer = corpus.load_scorer(args.shared)
    _, docs = corpus.export(scorer, args.shared / "data" / "te3-train")
    timer = _TimedLabels()
    events.make_label = timer
    try:
        pairs, seconds = _analyse(docs)
    finally:
        events.make_label = timer._inner
    labels = [label for _, label in pairs]
    cut = sum(label.endswith("…") for label in labels)
    print(f"{len(docs)} docs, {len(pairs)} events, pipeline {seconds:.2f} s CPU")
    print(f"truncated with '…': {cut} ({100 * cut / max(len(pairs), 1):.1f}%)")
    print(f"mean label length: {statistics.fmean(len(x) for x in labels):.1f} chars")
    print(f"make_label: {1e6 * timer.seconds / max(timer.calls, 1):.0f} µs per call")
    print(f"labels of one word or empty: {sum(len(x.split()) < 2 for x in labels)}")
    for sentence, label in random.Random(args.seed).sample(pairs, min(args.sample, len(pairs))):
        print(f"\n  {sentence}\n  -> {label}")
    if args.dump:
        args.dump.write_text("".join(f"{s}\t{lab}\n" for s, lab in pairs), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
