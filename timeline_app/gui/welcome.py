"""The welcome area shown while no article is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    open_requested = Signal()
    sample_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        title = QLabel("<h1>Timeline App</h1>", self)
        text = QLabel(
            "Turn a news article into a timeline of its dated events.<br>"
            "Open a text, HTML, PDF or Word file, or drop one on this window.",
            self,
        )
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.open_button = QPushButton("&Open article…", self)
        self.open_button.setObjectName("openArticleButton")
        self.open_button.setToolTip("Choose one or more article files (Ctrl+O)")
        self.open_button.clicked.connect(self.open_requested)
        self.sample_button = QPushButton("Open &sample article", self)
        self.sample_button.setObjectName("openSampleButton")
        self.sample_button.setToolTip("Open a short example: a news story about a harbour strike")
        self.sample_button.clicked.connect(self.sample_requested)
        for button in (self.open_button, self.sample_button):
            button.setMinimumWidth(220)
            button.setMinimumHeight(34)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for widget in (title, text):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(18)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.sample_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(18)
        self._recent_title = QLabel("<b>Recent articles</b>", self)
        layout.addWidget(self._recent_title, 0, Qt.AlignmentFlag.AlignHCenter)
        self._recent_box = QVBoxLayout()
        layout.addLayout(self._recent_box)
        layout.addStretch(3)
        self.setFocusProxy(self.open_button)
        self.set_recent([])

    def set_recent(self, paths: list[str]) -> None:
        """Offer up to five recently opened files as links."""
        while self._recent_box.count():
            item = self._recent_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for path in paths[:5]:
            button = QPushButton(Path(path).name, self)
            button.setFlat(True)
            button.setToolTip(path)
            button.setAccessibleName(f"Open recent article {Path(path).name}")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet("QPushButton { color: #1f5fa8; text-decoration: underline; }")
            button.clicked.connect(lambda _=False, p=path: self.recent_requested.emit(p))
            self._recent_box.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        self._recent_title.setVisible(bool(paths))
