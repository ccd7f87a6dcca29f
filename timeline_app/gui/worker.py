"""Reading and analysing articles off the GUI thread.

``run_items`` is a plain function with ``progress`` and ``is_cancelled`` callables;
``AnalysisWorker`` runs it in one QThread (dateparser is not thread-safe, so there is exactly
one worker) and hands results back by signal. Errors are reported per file, so one bad file
never stops the others.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal, Slot

if TYPE_CHECKING:
    from timeline_app.core.edits import Edit
    from timeline_app.core.models import Document, PublicationDate
    from timeline_app.core.pipeline import Analysis


@dataclass(frozen=True, slots=True)
class WorkItem:
    """One unit of work: read ``path``, or re-analyse an already read ``document``."""

    path: str = ""
    document: Document | None = None
    publication_date: PublicationDate | None = None
    edits: tuple[Edit, ...] = ()

    @property
    def name(self) -> str:
        source = self.document.source if self.document is not None else self.path
        return Path(source).name


def run_item(item: WorkItem, is_cancelled: Callable[[], bool] = lambda: False) -> Analysis:
    """Read (if needed) and analyse one item; raises ``ReadError`` for unreadable files and
    ``Cancelled`` when ``is_cancelled`` answers True part-way."""
    if item.document is None and item.publication_date is None and not item.edits:
        from timeline_app import startup

        ready = startup.take(item.path, is_cancelled)
        if ready is not None:  # (without loading the readers and tagger here: see startup)
            return ready
    from timeline_app.core.pipeline import Cancelled, analyse

    if is_cancelled():
        raise Cancelled
    from timeline_app.io import read_document

    document = item.document if item.document is not None else read_document(item.path)
    return analyse(
        document,
        publication_date=item.publication_date,
        edits=item.edits,
        is_cancelled=is_cancelled,
    )


def run_items(
    items: Sequence[WorkItem],
    *,
    on_result: Callable[[WorkItem, Analysis], None],
    on_error: Callable[[WorkItem, str], None],
    progress: Callable[[int, int, str], None],
    is_cancelled: Callable[[], bool],
) -> bool:
    """Run every item in turn; returns False if cancelled before the end."""
    from timeline_app.core.pipeline import Cancelled

    for done, item in enumerate(items):
        if is_cancelled():
            return False
        progress(done, len(items), item.name)
        try:
            analysis = run_item(item, is_cancelled)
        except Cancelled:
            return False
        except Exception as exc:
            on_error(item, error_message(exc))
        else:
            on_result(item, analysis)
    progress(len(items), len(items), "")
    return True


def error_message(exc: Exception) -> str:
    """What the user reads: the reader's own message, or the kind of failure."""
    from timeline_app.io import ReadError

    if isinstance(exc, ReadError):
        return str(exc)
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return f"unexpected error ({type(exc).__name__}: {exc})"


@dataclass(frozen=True, slots=True)
class Job:
    id: int
    items: tuple[WorkItem, ...]
    cancel: threading.Event
    done: threading.Event = field(default_factory=threading.Event)  # set by the worker thread


class _Runner(QObject):
    """Lives in the worker thread; runs jobs one after another."""

    progressed = Signal(int, int, int, str)  # job, done, total, current file name
    analysed = Signal(int, object, object)  # job, WorkItem, Analysis
    failed = Signal(int, object, str)  # job, WorkItem, message
    finished = Signal(int, bool)  # job, completed (False when cancelled)

    @Slot(object)
    def run(self, job: Job) -> None:
        completed = run_items(
            job.items,
            on_result=lambda item, analysis: self.analysed.emit(job.id, item, analysis),
            on_error=lambda item, message: self.failed.emit(job.id, item, message),
            progress=lambda done, total, name: self.progressed.emit(job.id, done, total, name),
            is_cancelled=job.cancel.is_set,
        )
        job.done.set()
        self.finished.emit(job.id, completed)


class AnalysisWorker(QObject):
    """The GUI-side handle: submit jobs, cancel them, and hear back by signal."""

    progressed = Signal(int, int, int, str)
    analysed = Signal(int, object, object)
    failed = Signal(int, object, str)
    finished = Signal(int, bool)
    busy_changed = Signal(bool)
    _submit = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._pending: dict[int, Job] = {}
        self._thread = QThread()
        self._thread.setObjectName("analysisWorker")
        self._runner = _Runner()
        self._runner.moveToThread(self._thread)
        self._submit.connect(self._runner.run)
        self._runner.progressed.connect(self.progressed)
        self._runner.analysed.connect(self._on_analysed)
        self._runner.failed.connect(self._on_failed)
        self._runner.finished.connect(self._on_finished)
        self._stopping = False

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def working(self) -> bool:
        """Whether the thread is still on a job (``busy`` also waits for its results' signals)."""
        return any(not job.done.is_set() for job in self._pending.values())

    def submit(self, items: Sequence[WorkItem]) -> int:
        """Queue a job; the thread runs only while there is work, so an idle app holds none."""
        job = Job(next(self._ids), tuple(items), threading.Event())
        was_busy = self.busy
        self._pending[job.id] = job
        if self._stopping:
            self._thread.wait()
            self._stopping = False
        if not self._thread.isRunning():
            self._thread.start()
        self._submit.emit(job)
        if not was_busy:
            self.busy_changed.emit(True)
        return job.id

    def cancel(self) -> None:
        for job in self._pending.values():
            job.cancel.set()

    def shutdown(self) -> None:
        """Cancel what is queued and stop the thread (waits for the current file)."""
        self.cancel()
        self._thread.quit()
        self._thread.wait()
        self._stopping = False

    def is_cancelled(self, job_id: int) -> bool:
        return self._cancelled(job_id)

    def _cancelled(self, job_id: int) -> bool:
        job = self._pending.get(job_id)
        return job is not None and job.cancel.is_set()

    @Slot(int, object, object)
    def _on_analysed(self, job_id: int, item: WorkItem, analysis: object) -> None:
        # a file cannot be stopped half-way; what it gives after Cancel is dropped
        if not self._cancelled(job_id):
            self.analysed.emit(job_id, item, analysis)

    @Slot(int, object, str)
    def _on_failed(self, job_id: int, item: WorkItem, message: str) -> None:
        if not self._cancelled(job_id):
            self.failed.emit(job_id, item, message)

    @Slot(int, bool)
    def _on_finished(self, job_id: int, completed: bool) -> None:
        completed = completed and not self._cancelled(job_id)
        self._pending.pop(job_id, None)
        if not self._pending:
            self._thread.quit()
            self._stopping = True
        self.finished.emit(job_id, completed)
        if not self._pending:
            self.busy_changed.emit(False)
