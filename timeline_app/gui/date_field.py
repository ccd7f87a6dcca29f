"""A ``QDateEdit`` that takes a date typed the way people type it: "2024-05-10".

Plain ``QDateEdit`` jumps to the month once four year digits are typed, and then treats the "-"
the user types next as "skip to the day", so "2024-05-10" became 2024-12-05. Select All put the
whole text in one selection that typing could not replace, either.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

SEPARATORS = "-/."
DISPLAY_FORMAT = "yyyy-MM-dd"


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DateField(QDateEdit):
    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if value is not None:
            self.setDate(qdate(value))
        self.setCalendarPopup(True)
        self.setDisplayFormat(DISPLAY_FORMAT)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.SelectAll):
            self.setSelectedSection(QDateTimeEdit.Section.YearSection)  # type from the start
            event.accept()
            return
        if event.text() and event.text() in SEPARATORS and self._just_after_separator():
            event.accept()  # Qt already moved to the next part when the last one was full
            return
        super().keyPressEvent(event)

    def _just_after_separator(self) -> bool:
        line = self.lineEdit()
        start = line.selectionStart() if line.hasSelectedText() else line.cursorPosition()
        return start > 0 and line.text()[start - 1] in SEPARATORS
