"""The document list: one row per open article, in its timeline colour, with a show/hide box."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from timeline_app.gui.state import AppState

SOURCE_ROLE = Qt.ItemDataRole.UserRole + 1


def swatch(colour: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class DocumentList(QListWidget):
    close_requested = Signal(str)  # source; the window confirms before losing corrections

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentList")
        self.setAccessibleName("Open articles")
        self.setToolTip("Open articles. Untick one to hide its events; select one to read it.")
        self._state = state
        self._updating = False
        # long titles end in "…" (full title and path in the tooltip); a scroll bar would hide rows
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setUniformItemSizes(True)
        state.documents_changed.connect(self._on_documents_changed)
        state.current_document_changed.connect(self._on_current_document_changed)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        close = QAction("Close Article", self)
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        close.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        close.triggered.connect(self._on_close_triggered)
        self.addAction(close)
        self.itemChanged.connect(self._on_item_changed)
        self.currentItemChanged.connect(self._on_current_item_changed)

    def _on_documents_changed(self) -> None:
        docs = self._state.documents
        self._updating = True
        listed = [self.item(r).data(SOURCE_ROLE) for r in range(self.count())]
        if listed != [d.source for d in docs]:
            self.clear()
            for doc in docs:
                item = QListWidgetItem(swatch(doc.colour), doc.title)
                item.setData(SOURCE_ROLE, doc.source)
                item.setToolTip(f"{doc.title}\n{doc.source}")
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                self.addItem(item)
        for row, doc in enumerate(docs):
            item = self.item(row)
            item.setText(doc.title)
            item.setCheckState(Qt.CheckState.Checked if doc.visible else Qt.CheckState.Unchecked)
        self._updating = False
        rows = max(1, min(4, self.count()))
        row_height = self.sizeHintForRow(0) if self.count() else 18
        self.setFixedHeight(rows * row_height + 2 * self.frameWidth() + 4)
        current = self._state.current_document
        self._on_current_document_changed(current.source if current is not None else None)

    def _on_current_document_changed(self, source: str | None) -> None:
        self._updating = True
        for row in range(self.count()):
            if self.item(row).data(SOURCE_ROLE) == source:
                self.setCurrentRow(row)
        self._updating = False

    def _on_close_triggered(self) -> None:
        item = self.currentItem()
        if item is not None:
            self.close_requested.emit(item.data(SOURCE_ROLE))

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if not self._updating:
            checked = item.checkState() == Qt.CheckState.Checked
            self._state.set_visible(item.data(SOURCE_ROLE), checked)

    def _on_current_item_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None and not self._updating:
            self._state.set_current_document(item.data(SOURCE_ROLE))
