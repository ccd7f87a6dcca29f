"""The plain loading function behind the worker: results, per-file errors, cancellation."""

from __future__ import annotations

from pathlib import Path

from timeline_app.gui.worker import AnalysisWorker, WorkItem, run_items


def _run(items: list[WorkItem], cancel_after: int | None = None) -> dict[str, list]:
    seen: dict[str, list] = {"results": [], "errors": [], "progress": []}

    def is_cancelled() -> bool:
        return cancel_after is not None and len(seen["results"]) >= cancel_after

    seen["completed"] = [
        run_items(
            items,
            on_result=lambda item, analysis: seen["results"].append(analysis.document.source),
            on_error=lambda item, message: seen["errors"].append((item.name, message)),
            progress=lambda done, total, name: seen["progress"].append((done, total, name)),
            is_cancelled=is_cancelled,
        )
    ]
    return seen


def test_errors_are_reported_per_file(sample_path: Path, tmp_path: Path) -> None:
    seen = _run([WorkItem(path=str(tmp_path / "missing.txt")), WorkItem(path=str(sample_path))])
    assert seen["results"] == [str(sample_path)]
    assert seen["errors"][0][0] == "missing.txt" and seen["errors"][0][1]
    assert seen["progress"][-1] == (2, 2, "")
    assert seen["completed"] == [True]


def test_cancelling_stops_between_files(sample_path: Path) -> None:
    seen = _run([WorkItem(path=str(sample_path))] * 3, cancel_after=1)
    assert len(seen["results"]) == 1
    assert seen["completed"] == [False]


def test_the_worker_thread_runs_only_while_busy(qtbot, sample_path: Path) -> None:
    worker = AnalysisWorker()
    with qtbot.waitSignal(worker.finished, timeout=30_000) as finished:
        worker.submit([WorkItem(path=str(sample_path))])
    assert finished.args[1]
    worker.shutdown()
    with qtbot.waitSignal(worker.destroyed):
        worker.deleteLater()


def test_emitting_signals_keeps_true_alive() -> None:
    """PySide6 6.12.0 drops a reference to True per emit; gui/_pyside_fix.py makes up for it."""
    import sys

    from timeline_app.gui import _pyside_fix

    probe = _pyside_fix._Probe()
    before = sys.getrefcount(True)
    for _ in range(50):
        probe.ping.emit()
    assert sys.getrefcount(True) >= before
    assert not _pyside_fix.emit_loses_references()
