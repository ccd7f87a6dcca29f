"""Status bar progress for the worker: which file is being read, how far, and Cancel.

It shows only once a job has run for ``SHOW_AFTER_MS``: a small file opens without the bar
flashing up, and without the synchronous repaints ``QProgressBar.setValue`` costs at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from timeline_app.gui.worker import AnalysisWorker

SHOW_AFTER_MS = 300


class LoadProgress(QWidget):
    def __init__(self, worker: AnalysisWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loadProgressBox")
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("loadProgress")
        self.bar.setAccessibleName("Loading progress")
        self.bar.setMaximumWidth(220)
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.setObjectName("cancelLoadButton")
        self.cancel_button.setToolTip("Stop opening: the files not shown yet are not opened")
        self.cancel_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.cancel_button.clicked.connect(worker.cancel)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.bar, self.cancel_button):
            layout.addWidget(widget)
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.setInterval(SHOW_AFTER_MS)
        self._show_timer.timeout.connect(self._on_show_timeout)
        self._worker = worker
        worker.progressed.connect(self._on_progress)
        worker.busy_changed.connect(self._on_busy_changed)
        self.hide()

    def _on_progress(self, job: int, done: int, total: int, name: str) -> None:
        if self._worker.is_cancelled(job):
            return  # "Cancelling…" until the file under way is done
        self.cancel_button.setEnabled(True)  # a job queued after Cancel can be cancelled too
        # one file gives no steps to count: a busy bar, not "0%" until it is done
        self.bar.setRange(0, total if total > 1 else 0)
        self.bar.setValue(done)
        self.label.setText(f"Finding dates in {name}…" if name else "")

    def _on_show_timeout(self) -> None:
        # the GUI thread may have been busy past the timeout (start-up draws the timeline) while
        # the job itself finished quickly: its results are only waiting to be delivered
        if self._worker.working():
            self.show()

    def _on_cancel_clicked(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText("Cancelling…")

    def _on_busy_changed(self, busy: bool) -> None:
        if busy:
            self.bar.setRange(0, 0)
            self.cancel_button.setEnabled(True)
            self._show_timer.start()
        else:
            self._show_timer.stop()
            self.hide()
