"""The publication date bar: the date relative expressions are resolved against, and why.

Shows the current document's detected date and its source; ``publicationDateEdit`` overrides it
(the state re-analyses the document, so every event re-resolves). With no date found, the bar
asks for one. A typed date applies after a short pause; all the dates applied during one visit to
the field (until Enter, leaving it, a calendar pick or an undo) carry the same ``visit`` number, so
they make one undo step.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QDate, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from timeline_app.core.models import Certainty, DateSource
from timeline_app.gui.date_field import DateField, qdate
from timeline_app.gui.formatting import publication_words
from timeline_app.gui.state import AppState

NO_DATE = QDate(1900, 1, 1)
DEBOUNCE_MS = 350


class PubDateBar(QFrame):
    # document source, date (None: back to the detected one), visit number
    date_chosen = Signal(str, object, int)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publicationDateBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._state = state
        self._source: str | None = None
        self._visit = 0
        self.message = QLabel(self)
        self.message.setObjectName("publicationDateMessage")
        self.message.setWordWrap(True)
        self.edit = DateField(parent=self)
        self.edit.setObjectName("publicationDateEdit")
        self.edit.setAccessibleName("Publication date")
        self.edit.setToolTip(
            "The date the article was published. Relative dates ('on Monday', 'last month') "
            "are resolved against it; change it and every event is re-dated."
        )
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setSpecialValueText("choose a date")
        self.reset_button = QPushButton("Use Detected", self)
        self.reset_button.setToolTip("Go back to the publication date found in the article")
        label = QLabel("&Published:", self)
        label.setBuddy(self.edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 8, 3)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(self.reset_button)
        layout.addWidget(self.message, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_timeout)
        self.edit.dateChanged.connect(self._on_date_changed)
        self.edit.editingFinished.connect(self._on_editing_finished)
        self.edit.installEventFilter(self)
        self.edit.calendarWidget().installEventFilter(self)
        self.edit.calendarWidget().clicked.connect(self._on_calendar_clicked)
        self.reset_button.clicked.connect(self._on_reset_clicked)
        state.current_document_changed.connect(self._on_refresh)
        state.documents_changed.connect(self._on_refresh)
        self._on_refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.edit.date() == NO_DATE:
            if watched is self.edit and event.type() == QEvent.Type.FocusIn:
                # "choose a date" cannot be typed over: offer a real date to edit instead
                guess = self.likely_month()
                self.edit.blockSignals(True)
                self.edit.setDate(qdate(guess))
                self.edit.blockSignals(False)
            elif event.type() == QEvent.Type.Show and watched is not self.edit:
                # the calendar opens on a likely month instead of January 1900
                guess = self.likely_month()
                self.edit.calendarWidget().setCurrentPage(guess.year, guess.month)
        return super().eventFilter(watched, event)

    def likely_month(self) -> date:
        """The latest exact date the article names, else today."""
        doc = self._state.current_document
        days = [
            t.interval.last_day
            for t in (doc.analysis.timexes if doc is not None else ())
            if t.interval is not None and t.certainty is Certainty.EXACT
        ]
        return max(days, default=date.today())

    def _on_refresh(self, *_: object) -> None:
        doc = self._state.current_document
        if doc is None or doc.source != self._source:
            self.commit_pending()  # a date typed just before switching articles still applies
        self._source = doc.source if doc is not None else None
        self.setVisible(doc is not None)
        if doc is None:
            return
        pub = doc.analysis.publication_date
        detected = doc.analysis.document.publication_date
        value = self._shown_date(doc.source)
        if not self._timer.isActive():  # a re-analysis arriving must not overwrite typing
            self.edit.blockSignals(True)  # showing the date is not choosing it
            self.edit.setDate(qdate(value) if value else NO_DATE)
            self.edit.blockSignals(False)
        self.reset_button.setVisible(
            pub is not None and pub.source is DateSource.USER and detected is not None
        )
        if pub is None:
            self.message.setText(
                f"<b>No publication date found in {escape(doc.title)}.</b> Relative dates "
                "('on Monday', 'last month') stay unresolved until you enter one."
            )
            self.setStyleSheet("#publicationDateBar { background: #fff4d6; }")
        else:
            words = escape(publication_words(pub, evidence=False))
            several = len(self._state.documents) > 1
            self.message.setText(f"{escape(doc.title)}: {words}" if several else words)
            self.setStyleSheet("")
        self.message.setToolTip(publication_words(pub))

    def commit_pending(self) -> None:
        """Apply a date still waiting for the pause in typing, and end the visit."""
        if self._timer.isActive():
            self._timer.stop()
            self._on_timeout()
        self._visit += 1

    def _shown_date(self, source: str) -> date | None:
        """The date the user chose (or is having applied), else the one found in the article."""
        override = self._state.publication_override(source)
        return override if override is not None else self._detected(source)

    def _detected(self, source: str) -> date | None:
        doc = self._state.document(source)
        detected = doc.analysis.document.publication_date if doc is not None else None
        return detected.value if detected is not None else None

    def _on_date_changed(self, _value: QDate) -> None:
        self._timer.start()

    def _on_calendar_clicked(self, _value: QDate) -> None:
        self._timer.start()  # even the day offered: picking it is a choice
        self.commit_pending()

    def _on_editing_finished(self) -> None:
        if self._timer.isActive():  # Enter or leaving the field applies the date at once
            self.commit_pending()
            return
        self._visit += 1
        if not self.edit.hasFocus() and not self.edit.calendarWidget().isVisible():
            self._on_refresh()  # the date offered for typing was left as it was

    def _on_timeout(self) -> None:
        value = self.edit.date()
        if self._source is None or value == NO_DATE:
            return
        chosen: date = value.toPython()  # type: ignore[assignment]
        if chosen != self._shown_date(self._source):
            # the date found in the article, typed back: use it again, as "Use Detected" does
            override = None if chosen == self._detected(self._source) else chosen
            self.date_chosen.emit(self._source, override, self._visit)

    def _on_reset_clicked(self) -> None:
        if self._source is not None:
            self.commit_pending()
            self.date_chosen.emit(self._source, None, self._visit)
            self._visit += 1
