"""The welcome area shown while no article is open."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    open_requested = Signal()
    sample_requested = Signal()

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
        layout.addStretch(3)
        self.setFocusProxy(self.open_button)
