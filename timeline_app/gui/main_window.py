"""The main window: lays out the views and wires them to the state and the flows.

The flows live beside it: ``opening.py`` (open, re-analyse), ``editing.py`` (corrections),
``exporting.py`` (projects, images, event data).

Layout: message bar and publication date bar on top, then the timeline canvas, and below it the
document list with the article, the event table and the details pane, side by side.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from timeline_app.gui import settings as cfg
from timeline_app.gui.actions import build_actions
from timeline_app.gui.article_view import ArticleView
from timeline_app.gui.canvas_host import CanvasHost
from timeline_app.gui.details import EventDetails
from timeline_app.gui.documents import DocumentList
from timeline_app.gui.editing import Editing
from timeline_app.gui.event_table import EventTable
from timeline_app.gui.exporting import Exporting
from timeline_app.gui.message_bar import MessageBar
from timeline_app.gui.opening import Opening
from timeline_app.gui.progress import LoadProgress
from timeline_app.gui.pubdate_bar import PubDateBar
from timeline_app.gui.state import AppState
from timeline_app.gui.welcome import WelcomePage
from timeline_app.gui.worker import AnalysisWorker

APP_TITLE = "Timeline App"


class MainWindow(QMainWindow):
    """The app window. ``open_paths`` reads and analyses files on the worker thread."""

    documents_loaded = Signal(list)  # sources analysed by a finished job
    events_changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, lazy_canvas: bool = False) -> None:
        """``lazy_canvas``: create the matplotlib canvas after the window shows (start-up)."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(f"{APP_TITLE}[*]")
        self.setAccessibleName(APP_TITLE)
        self.setAcceptDrops(True)
        self.state = AppState(self)
        self._shown_documents: tuple[object, ...] = ()
        self._close_confirmed = False
        self.worker = AnalysisWorker(self)
        self._build_views()
        self.actions_ = build_actions(self)
        self.editing = Editing(self, self.state, self.article_view)
        self.exporting = Exporting(self, self.state, self.canvas)
        self.opening = Opening(self, self.state, self.worker)
        self._build_status_bar()
        self._connect()
        self._refresh_recent_menu()
        self._on_documents_changed()
        self._restore_layout()
        a = self.actions_
        a.dark.setChecked(cfg.value(cfg.DARK_TIMELINE, False, bool))
        if not lazy_canvas:
            self.canvas.ensure()

    # -- building -------------------------------------------------------------------------------
    def _build_views(self) -> None:
        self.welcome = WelcomePage(self)
        self.message_bar = MessageBar(self)
        self.pubdate_bar = PubDateBar(self.state, self)
        self.canvas = CanvasHost(self)
        self.document_list = DocumentList(self.state, self)
        self.article_view = ArticleView(self.state, self)
        self.event_table = EventTable(self.state, self)
        self.details = EventDetails(self.state, self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.document_list, 1)
        left_layout.addWidget(self.article_view, 5)
        self.lower_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.lower_splitter.setObjectName("lowerSplitter")
        for widget in (left, self.event_table, self.details):
            self.lower_splitter.addWidget(widget)
        self.lower_splitter.setSizes([440, 480, 360])
        self.main_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.canvas)
        self.main_splitter.addWidget(self.lower_splitter)
        self.main_splitter.setSizes([400, 300])
        self.main_splitter.setChildrenCollapsible(False)
        workspace = QWidget(self)
        layout = QVBoxLayout(workspace)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(4)
        layout.addWidget(self.pubdate_bar)
        layout.addWidget(self.main_splitter, 1)
        self.workspace = workspace
        chain = [
            self.pubdate_bar.edit,
            self.canvas,
            self.document_list,
            self.article_view,
            self.event_table.filter_edit,
            self.event_table.view,
            self.details,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(workspace)
        # messages sit above both pages: a file that failed to open leaves the welcome page up
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(4, 4, 4, 0)
        central_layout.setSpacing(4)
        central_layout.addWidget(self.message_bar)
        central_layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

    def _build_status_bar(self) -> None:
        self.load_progress = LoadProgress(self.worker, self)
        self.progress = self.load_progress.bar
        self.cancel_button = self.load_progress.cancel_button
        self.statusBar().addPermanentWidget(self.load_progress)

    def _connect(self) -> None:
        a = self.actions_
        a.open.triggered.connect(self.opening.ask_and_open)
        a.open_sample.triggered.connect(self.open_sample)
        a.close_all.triggered.connect(self._on_close_all)
        a.quit.triggered.connect(self.close)
        a.find.triggered.connect(self._on_find)
        a.fit.triggered.connect(self._on_fit)
        a.next_event.triggered.connect(lambda: self._on_step_event(1))
        a.previous_event.triggered.connect(lambda: self._on_step_event(-1))
        a.dark.toggled.connect(self._on_dark_toggled)
        a.help.triggered.connect(self._on_help)
        a.about.triggered.connect(self._on_about)
        self.editing.connect_actions(a)
        self.event_table.model.label_edited.connect(self.editing.rename_by_id)
        self.exporting.connect_actions(a)
        self.exporting.project_opened.connect(self.opening.submit)
        self.opening.project_requested.connect(self.exporting.open_project)
        self.opening.documents_loaded.connect(self.documents_loaded)
        self.opening.message.connect(self._on_message)
        self.opening.files_requested.connect(self.message_bar.dismiss)
        self.opening.recent_changed.connect(self._refresh_recent_menu)
        self.exporting.file_written.connect(self._on_file_written)
        self.exporting.status.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.event_table.date_edit_requested.connect(a.edit_date.trigger)
        self.details.action_requested.connect(self._on_details_action)
        self.document_list.close_requested.connect(self._on_close_document_requested)
        self.event_table.filter_edit.textChanged.connect(self.article_view.set_search)
        self.welcome.open_requested.connect(self.opening.ask_and_open)
        self.welcome.sample_requested.connect(self.open_sample)
        self.welcome.recent_requested.connect(lambda path: self.open_paths([path]))
        self.pubdate_bar.date_chosen.connect(self.editing.change_publication_date)
        self.editing.step_requested.connect(self.pubdate_bar.commit_pending)
        self.canvas.event_clicked.connect(self.state.select_event)
        self.canvas.selection_cleared.connect(lambda: self.state.select_event(None))
        self.state.events_changed.connect(self._on_events_changed)
        self.state.documents_changed.connect(self._on_documents_changed)
        self.state.selection_changed.connect(self._on_selection_changed)
        self.state.dirty_changed.connect(self.setWindowModified)

    # -- opening --------------------------------------------------------------------------------
    def open_paths(self, paths: Iterable[str | Path]) -> int:
        """Read and analyse ``paths`` off the GUI thread; ``documents_loaded`` fires when done.

        A ``*.timeline.json`` among them opens as a project instead.
        """
        return self.opening.open_paths(paths)

    def open_sample(self) -> int:
        return self.opening.open_sample()

    def _on_message(self, text: str, kind: str) -> None:
        self.message_bar.show_message(text, kind)

    def _on_file_written(self, path: str) -> None:
        self.statusBar().showMessage(f"Saved {Path(path).name} in {Path(path).parent}", 8000)

    def _refresh_recent_menu(self) -> None:
        self.welcome.set_recent(cfg.recent_files())
        menu = self.actions_.recent_menu
        menu.clear()
        menu.setToolTipsVisible(True)
        recent = cfg.recent_files()
        names = [Path(p).name for p in recent]
        for path, name in zip(recent, names, strict=True):
            # two "article.html" from different folders: say which folder
            text = name if names.count(name) == 1 else f"{name} — {Path(path).parent.name}"
            action = menu.addAction(text)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_paths([p]))
        menu.addSeparator()
        clear = menu.addAction("Clear Menu")
        clear.triggered.connect(self._on_clear_recent)
        menu.setEnabled(bool(cfg.recent_files()))

    def _on_clear_recent(self) -> None:
        cfg.clear_recent_files()
        self._refresh_recent_menu()

    def _on_close_all(self) -> None:
        if self.exporting.confirm_discard():
            self.state.close_all()
            self.message_bar.dismiss()

    def _on_close_document_requested(self, source: str) -> None:
        doc = self.state.document(source)
        if doc is None:
            return
        if doc.edits:  # closing cannot be undone, and the corrections go with the article
            buttons = QMessageBox.StandardButton
            answer = QMessageBox.question(
                self,
                "Close Article",
                f"Close “{doc.title}”? Your {len(doc.edits)} correction(s) to it will be lost.",
                buttons.Discard | buttons.Cancel,
                buttons.Cancel,
            )
            if answer != buttons.Discard:
                return
        self.state.close_document(source)

    # -- drag and drop --------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_paths(paths)

    # -- listeners ------------------------------------------------------------------------------
    def _on_events_changed(self) -> None:
        # A correction keeps the zoom; new, closed, shown/hidden or re-dated articles refit.
        shown = tuple(
            (d.source, d.analysis.publication_date) for d in self.state.documents if d.visible
        )
        keep_view, self._shown_documents = shown == self._shown_documents, shown
        self.canvas.set_events(
            self.state.events(include_hidden=False),
            publication_dates=self.state.publication_dates(),
            doc_colors=self.state.doc_colours(),
            doc_titles=self.state.doc_titles(),
            keep_view=keep_view,
        )
        self._on_selection_changed(self.state.selected_event_id)
        self.events_changed.emit()

    def _on_documents_changed(self) -> None:
        docs = self.state.documents
        has_docs = bool(docs)
        page = self.workspace if has_docs else self.welcome
        if self.pages.currentWidget() is not page:
            self.pages.setCurrentWidget(page)
            # keyboard users land where they can act: the events, or the Open button
            (self.event_table.view if has_docs else self.welcome.open_button).setFocus()
        self.document_list.setVisible(len(docs) > 1)
        # headlines are long: the first one, and how many more
        names = (
            docs[0].title + (f" (+{len(docs) - 1} more)" if len(docs) > 1 else "") if docs else ""
        )

        # the app name ends the title, or Qt appends the display name a second time
        self.setWindowTitle(f"{names}[*] — {APP_TITLE}" if has_docs else f"{APP_TITLE}[*]")
        for action in self._document_actions():
            action.setEnabled(has_docs)
        shown = any(d.visible for d in docs)  # every article unticked: an export would be empty
        self.actions_.export_image.setEnabled(shown)
        self.actions_.export_events.setEnabled(shown)

    def _document_actions(self) -> list:
        a = self.actions_
        return [a.save, a.save_as, a.export_image, a.export_events, a.close_all, a.fit, a.find]

    def _on_selection_changed(self, event_id: str | None) -> None:
        event = self.state.find_event(event_id)
        self.canvas.select_event(event_id if event is not None and not event.hidden else None)
        self.editing.update_actions()

    def _on_details_action(self, name: str) -> None:
        a = self.actions_
        action = {"edit-date": a.edit_date, "rename": a.rename, "toggle-hidden": a.toggle_hidden}
        if name in action:
            action[name].trigger()

    def _on_find(self) -> None:
        self.event_table.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.event_table.filter_edit.selectAll()

    def _on_fit(self) -> None:
        self.canvas.fit_all()

    def _on_step_event(self, step: int) -> None:
        ids = self.event_table.visible_event_ids()
        if not ids:
            return
        current = self.state.selected_event_id
        index = ids.index(current) + step if current in ids else (0 if step > 0 else len(ids) - 1)
        self.state.select_event(ids[max(0, min(index, len(ids) - 1))])

    def _on_dark_toggled(self, dark: bool) -> None:
        from timeline_app.plotting import TimelineStyle

        cfg.set_value(cfg.DARK_TIMELINE, dark)
        self.canvas.set_style(TimelineStyle.dark() if dark else TimelineStyle.light())

    def _on_help(self) -> None:
        from timeline_app.gui import dialogs

        dialog = dialogs.ShortcutsDialog(self, self.actions_.shortcut_list())
        dialog.setObjectName("helpDialog")
        dialog.open()

    def _on_about(self) -> None:
        from timeline_app import __version__
        from timeline_app.gui import dialogs

        QMessageBox.about(self, f"About {APP_TITLE}", dialogs.about_html(__version__))

    # -- closing and layout ---------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.state.is_dirty and not self._close_confirmed:
            event.ignore()  # ask without blocking; the answer closes the window again
            self._ask_before_closing()
            return
        self._save_layout()
        if self.worker.busy:
            self.hide()  # a file half-analysed cannot be stopped: do not show a frozen window
        self.worker.shutdown()
        event.accept()

    def _ask_before_closing(self) -> None:
        if self.findChild(QMessageBox, "unsavedChangesBox") is not None:
            return
        buttons = QMessageBox.StandardButton
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Unsaved Changes",
            "Your corrections are not saved. Save them as a project before closing?",
            buttons.Save | buttons.Discard | buttons.Cancel,
            self,
        )
        box.setObjectName("unsavedChangesBox")
        box.setDefaultButton(buttons.Save)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(lambda _result: self._on_close_answered(box))
        box.open()

    def _on_close_answered(self, box: QMessageBox) -> None:
        answer = box.standardButton(box.clickedButton())
        box.deleteLater()
        box.setObjectName("")
        buttons = QMessageBox.StandardButton
        if answer == buttons.Discard or (answer == buttons.Save and self.exporting.save_project()):
            self._close_confirmed = True
            self.close()

    def _restore_layout(self) -> None:
        for key, splitter in (
            (cfg.MAIN_SPLITTER, self.main_splitter),
            (cfg.LOWER_SPLITTER, self.lower_splitter),
        ):
            saved = cfg.value(key)
            if isinstance(saved, QByteArray) and not saved.isEmpty():
                splitter.restoreState(saved)
        geometry = cfg.value(cfg.WINDOW_GEOMETRY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(self._default_size())

    def _default_size(self) -> QSize:
        """1280×800, or 90% of a smaller screen (a laptop, or 200% scaling) so it all shows."""
        screen = self.screen().availableGeometry().size()
        return QSize(1280, 800).boundedTo(screen * 0.9)

    def _save_layout(self) -> None:
        cfg.set_value(cfg.MAIN_SPLITTER, self.main_splitter.saveState())
        cfg.set_value(cfg.LOWER_SPLITTER, self.lower_splitter.saveState())
        cfg.set_value(cfg.WINDOW_GEOMETRY, self.saveGeometry())
