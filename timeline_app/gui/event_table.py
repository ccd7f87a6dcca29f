"""The event table: a ``QAbstractTableModel`` over the state's events, sortable and filterable."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.models import Event
from timeline_app.core.wording import format_interval
from timeline_app.gui.formatting import certainty_words
from timeline_app.gui.state import AppState

COLUMNS = ("Date", "Label", "Expression", "Doc")
DATE, LABEL, EXPRESSION, DOCUMENT = range(4)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3  # every column's text and the sentences

_Index = QModelIndex | QPersistentModelIndex


class EventTableModel(QAbstractTableModel):
    """One row per event of the visible documents, hidden events greyed."""

    label_edited = Signal(str, str)  # event id, new label

    def __init__(self, state: AppState, parent: Any = None) -> None:
        super().__init__(parent)
        self._state = state
        self._events: list[Event] = []
        state.events_changed.connect(self._on_events_changed)
        self._on_events_changed()

    def event_at(self, row: int) -> Event:
        return self._events[row]

    def row_of(self, event_id: str) -> int:
        return next((i for i, e in enumerate(self._events) if e.id == event_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return "The article, in its colour on the timeline" if section == DOCUMENT else None
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == LABEL else flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        event = self._events[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.EditRole and column == LABEL:
            return event.label  # not the " (hidden)" the cell shows
        if role == Qt.ItemDataRole.DisplayRole and column == DOCUMENT:
            return ""  # the colour says which article; its title is the tooltip
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(event, column)
        if role == SORT_ROLE:
            return event.interval.start.isoformat() if column == DATE else self._text(event, column)
        if role == EVENT_ID_ROLE:
            return event.id
        if role == SEARCH_ROLE:
            words = [self._text(event, c) for c in range(len(COLUMNS))]
            return " ".join(words + [m.sentence_text for m in event.mentions])
        if role == Qt.ItemDataRole.ToolTipRole and column == DOCUMENT:
            return self._text(event, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{event.sentence_text}\n({certainty_words(event)})"
        if role == Qt.ItemDataRole.ForegroundRole and event.hidden:
            return QBrush(QColor("#999999"))
        if role == Qt.ItemDataRole.FontRole and (event.hidden or event.edited):
            font = QFont()
            font.setItalic(event.hidden)
            font.setBold(event.edited and column in (DATE, LABEL))
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == DOCUMENT:
            doc = self._state.document(event.document)
            return QColor(doc.colour) if doc is not None else None
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != LABEL or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value).strip()
        event = self._events[index.row()]
        if not text or text == event.label:
            return False
        self.label_edited.emit(event.id, text)
        return True

    def _text(self, event: Event, column: int) -> str:
        if column == DATE:
            return format_interval(event.interval, weekday=False)
        if column == LABEL:
            return event.label + (" (hidden)" if event.hidden else "")
        if column == EXPRESSION:
            return event.timex.text
        doc = self._state.document(event.document)
        return doc.title if doc is not None else Path(event.document).name

    def _on_events_changed(self) -> None:
        self.beginResetModel()
        self._events = self._state.events()
        self.endResetModel()


class EventTable(QWidget):
    """Filter box above a sorted table; the selection follows the state both ways."""

    date_edit_requested = Signal()  # a double click on a date

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.model = EventTableModel(state, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(DATE)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("eventFilter")
        self.filter_edit.setPlaceholderText("Find in events and article (Ctrl+F)")
        self.filter_edit.setAccessibleName("Find")
        self.filter_edit.setToolTip(
            "Show the events whose date, label, expression or document match, and mark the "
            "words in the article"
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._on_filter_changed)
        self._filtering = False
        self.view = self._make_view()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view)
        self.setFocusProxy(self.view)
        self.model.modelReset.connect(self._on_model_reset)
        state.documents_changed.connect(self._on_documents_changed)
        state.selection_changed.connect(self._on_selection_changed)

    def _make_view(self) -> QTableView:
        view = QTableView(self)
        view.setObjectName("eventTable")
        view.setAccessibleName("Events")
        view.setToolTip("Every dated event. Click a header to sort; F2 renames an event.")
        view.setModel(self.proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(22)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        for column, width in ((DATE, 140), (EXPRESSION, 90), (DOCUMENT, 36)):
            view.setColumnWidth(column, width)
        # the selection, not the current row: Qt moves the current row to the first one when the
        # table gets the focus (Tab, a dialog closing), which is not the user choosing an event
        view.selectionModel().selectionChanged.connect(self._on_rows_selected)
        view.doubleClicked.connect(self._on_double_clicked)
        return view

    def selected_event_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(EVENT_ID_ROLE) if index.isValid() else None

    def visible_event_ids(self) -> list[str]:
        """Event ids in the order the table shows them (sorted and filtered)."""
        return [self.proxy.index(r, 0).data(EVENT_ID_ROLE) for r in range(self.proxy.rowCount())]

    def _on_filter_changed(self, text: str) -> None:
        # Rows leaving the view move Qt's current row to a neighbour; that is not the user's choice.
        self._filtering = True
        try:
            self.proxy.setFilterFixedString(text)
        finally:
            self._filtering = False
        self._on_selection_changed(self._state.selected_event_id)

    def _on_rows_selected(self, *_: object) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows and not self._filtering:
            self._state.select_event(rows[0].data(EVENT_ID_ROLE))

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.column() == DATE:
            self.date_edit_requested.emit()

    def _on_selection_changed(self, event_id: str | None) -> None:
        row = self.model.row_of(event_id) if event_id is not None else -1
        selection = self.view.selectionModel()
        if row < 0:
            selection.clear()
            return
        index = self.proxy.mapFromSource(self.model.index(row, DATE))
        if not index.isValid():  # filtered out: show no stale selection
            selection.clear()
            selection.clearCurrentIndex()
            return
        if index == self.view.currentIndex():
            return
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        selection.setCurrentIndex(index, flags)
        self.view.scrollTo(index)

    def _on_documents_changed(self) -> None:
        self.view.setColumnHidden(DOCUMENT, len(self._state.documents) < 2)

    def _on_model_reset(self) -> None:
        self._on_selection_changed(self._state.selected_event_id)
