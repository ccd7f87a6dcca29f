"""The open flows: files, the sample, projects and re-analysis, run on the worker thread.

``Opening`` turns requests into worker jobs and worker results into state changes; it reports
what went wrong as ``message`` signals, which the window shows without blocking.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from timeline_app.gui import settings as cfg
from timeline_app.gui.state import AppState
from timeline_app.gui.worker import AnalysisWorker, WorkItem
from timeline_app.resources import SAMPLE_ARTICLE, resource_path

if TYPE_CHECKING:
    from timeline_app.core.pipeline import Analysis

PROJECT_SUFFIX = ".timeline.json"


class Opening(QObject):
    documents_loaded = Signal(list)  # sources analysed by a finished job
    message = Signal(str, str)  # text, kind ("error" or "info")
    project_requested = Signal(str)  # a *.timeline.json among the paths
    recent_changed = Signal()
    files_requested = Signal()  # the user asked for files: old messages are out of date

    def __init__(self, window: QWidget, state: AppState, worker: AnalysisWorker) -> None:
        super().__init__(window)
        self._window = window
        self._state = state
        self._worker = worker
        self._job_sources: dict[int, list[str]] = {}
        worker.analysed.connect(self._on_analysed)
        worker.failed.connect(self._on_failed)
        worker.finished.connect(self._on_job_finished)
        state.publication_date_requested.connect(self.reanalyse)

    def open_paths(self, paths: Iterable[str | Path]) -> int:
        """Queue ``paths`` for reading; returns the job id (-1 when only projects were given)."""
        self.files_requested.emit()
        articles = []
        for path in map(str, paths):
            if path.lower().endswith(PROJECT_SUFFIX):
                self.project_requested.emit(path)
            else:
                articles.append(WorkItem(path=path))
        return self.submit(articles) if articles else -1

    def open_sample(self) -> int:
        return self.open_paths([resource_path(*SAMPLE_ARTICLE)])

    def ask_and_open(self) -> None:
        from timeline_app.gui import dialogs
        from timeline_app.io import SUPPORTED_SUFFIXES

        directory = cfg.value(cfg.LAST_OPEN_DIR, str(Path.home()), str)
        paths = dialogs.ask_open_paths(self._window, directory, tuple(SUPPORTED_SUFFIXES))
        if paths:
            cfg.set_value(cfg.LAST_OPEN_DIR, str(Path(paths[0]).parent))
            self.open_paths(paths)

    def submit(self, items: list[WorkItem]) -> int:
        job = self._worker.submit(items)
        self._job_sources[job] = []
        return job

    def reanalyse(self, source: str, day: date | None) -> None:
        """Resolve the document again against ``day`` (None: the date found in the article)."""
        from timeline_app.core.models import DateSource, PublicationDate

        doc = self._state.document(source)
        if doc is None:
            return
        override = PublicationDate(day, DateSource.USER, "entered by you") if day else None
        self.submit([WorkItem(document=doc.analysis.document, publication_date=override)])

    def _on_analysed(self, job: int, item: WorkItem, analysis: Analysis) -> None:
        fresh = item.document is None  # read from a file, not re-analysed
        # a project brings its edits; re-opening an open file keeps the edits made to it
        self._state.add_analysis(analysis, edits=list(analysis.edits) if item.edits else None)
        self._job_sources.setdefault(job, []).append(analysis.document.source)
        if analysis.lost_edits:
            self.message.emit(
                f"{len(analysis.lost_edits)} of your corrections to {item.name} no longer match "
                "the article's text and were dropped.",
                "info",
            )
        if fresh:  # (a re-dated one is an undo step: the undo stack marks the project changed)
            cfg.add_recent_file(item.path)
            self.recent_changed.emit()

    def _on_failed(self, _job: int, item: WorkItem, message: str) -> None:
        if item.document is None and not Path(item.path).exists():
            cfg.remove_recent_file(item.path)  # moved or deleted: no use offering it again
            self.recent_changed.emit()
        if item.document is not None:
            self._state.publication_request_failed(item.document.source)
        verb = "open" if item.document is None else "re-date the events of"
        kept = " Your corrections to it stay in the project." if item.edits else ""
        self.message.emit(f"Could not {verb} {item.name}: {message}{kept}", "error")

    def _on_job_finished(self, job: int, completed: bool) -> None:
        sources = self._job_sources.pop(job, [])
        if not completed:
            self.message.emit("Opening cancelled: the files not shown yet were not opened.", "info")
        self.documents_loaded.emit(sources)
