"""A non-blocking message strip above the panes (errors while opening, hints)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

STYLES = {
    "error": "#messageBar { background: #fde2e1; border: 1px solid #e0a3a0; }",
    "info": "#messageBar { background: #e3effc; border: 1px solid #a9c6ea; }",
}


class MessageBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setAccessibleName("Messages")
        self.label = QLabel(self)
        self.label.setObjectName("messageText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip("Dismiss")
        close.setAccessibleName("Dismiss message")
        close.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self._lines: list[str] = []
        self.hide()

    @property
    def messages(self) -> list[str]:
        return list(self._lines)

    def show_message(self, text: str, kind: str = "error") -> None:
        """Add a line; messages pile up until dismissed so a multi-file open shows every error."""
        self._lines.append(text)
        self.label.setText("\n".join(self._lines))
        self.setStyleSheet(STYLES.get(kind, STYLES["info"]))
        self.show()

    def dismiss(self) -> None:
        self._lines.clear()
        self.label.clear()
        self.hide()
