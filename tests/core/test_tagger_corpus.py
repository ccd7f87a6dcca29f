"""CI quality gate: the tagger scored on the TempEval-3 development corpus in ../shared.

Floors sit just under the scores reached (trafilatura's eval gate); raise them as the tagger
improves. Skipped where ../shared is absent, e.g. on a machine without the corpus. Speed is not
tested here (no timed unit tests): benchmarks/bench_tagger.py prints it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.tagger import corpus

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "data" / "te3-train"
# Reached: strict 90.4, relaxed 95.3, type 91.2, value 83.9 (benchmarks/bench_tagger.py).
FLOORS = {"strict": 0.9, "relaxed": 0.948, "type": 0.908, "value": 0.835}

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(
        not (CORPUS.is_dir() and (SHARED / "eval" / "te3_eval.py").is_file()),
        reason=f"TempEval-3 corpus and scorer not found at {SHARED} (../shared beside the repo)",
    ),
]


@pytest.fixture(scope="module")
def run() -> corpus.Run:
    scorer = corpus.load_scorer(SHARED)
    gold, docs = corpus.export(scorer, CORPUS)
    corpus.run("warm-up", corpus.ours, scorer, gold, docs[:5])
    return corpus.run("timeline_app tagger", corpus.ours, scorer, gold, docs)


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_score_stays_above_the_floor(run: corpus.Run, measure: str) -> None:
    f1 = run.scores[measure]["F1"]
    assert f1 >= FLOORS[measure], (
        f"{measure} F1 {100 * f1:.1f} fell below {100 * FLOORS[measure]:.1f}"
    )
