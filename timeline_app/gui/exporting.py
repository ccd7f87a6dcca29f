"""Save and export flows: project files, timeline images and event data.

The last folder and format are remembered in QSettings. Failures reach the user as a message box
naming the file and the reason. ``dialogs`` is imported where a dialog is needed, not at start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from timeline_app.core.models import DateSource
from timeline_app.gui import settings as cfg
from timeline_app.gui.state import AppState
from timeline_app.gui.worker import WorkItem

if TYPE_CHECKING:
    from timeline_app.core.edits import Edit
    from timeline_app.core.models import PublicationDate
    from timeline_app.gui import dialogs
    from timeline_app.gui.actions import Actions

PROJECT_SUFFIX = ".timeline.json"


class Exporting(QObject):
    project_opened = Signal(list)  # WorkItems to read for the project's files
    file_written = Signal(str)
    status = Signal(str)  # a one-line report for the status bar

    def __init__(self, window: QWidget, state: AppState, canvas: Any) -> None:
        super().__init__(window)
        self._window = window
        self._state = state
        self._canvas = canvas
        # files of the open project that did not open (moved, deleted): saving keeps them
        self._unopened: dict[str, tuple[PublicationDate | None, tuple[Edit, ...], bool]] = {}
        state.documents_changed.connect(self._on_documents_changed)

    def connect_actions(self, actions: Actions) -> None:
        actions.save.triggered.connect(self.save_project)
        actions.save_as.triggered.connect(self.save_project_as)
        actions.open_project.triggered.connect(self._on_open_project)
        actions.export_image.triggered.connect(self.export_image)
        actions.image_options.triggered.connect(self._on_image_options)
        actions.export_events.triggered.connect(self.export_events)

    # -- projects -------------------------------------------------------------------------------
    def confirm_discard(self) -> bool:
        """Offer to save unsaved corrections; False means the user cancelled."""
        if not self._state.is_dirty:
            return True
        answer = QMessageBox.question(
            self._window,
            "Unsaved Changes",
            "Your corrections are not saved. Save them as a project first?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save_project()
        return answer == QMessageBox.StandardButton.Discard

    def save_project(self) -> bool:
        if self._state.project_path is None:
            return self.save_project_as()
        return self._write_project(self._state.project_path)

    def save_project_as(self) -> bool:
        from timeline_app.gui import dialogs

        suggested = self._suggest_name(PROJECT_SUFFIX)
        path, _ = dialogs.ask_save_path(
            self._window,
            "Save Project",
            suggested,
            [dialogs.PROJECT_FILTER],
            dialogs.PROJECT_FILTER,
        )
        if not path:
            return False
        path = dialogs.with_suffix(path, PROJECT_SUFFIX)
        return self._write_project(path)

    def _write_project(self, path: str) -> bool:
        from timeline_app.io.project import Project, ProjectError, save_project

        docs = self._state.documents
        overrides = {
            d.source: d.analysis.publication_date
            for d in docs
            if d.analysis.publication_date is not None
            and d.analysis.publication_date.source is DateSource.USER
        }
        edits = {d.source: tuple(d.edits) for d in docs if d.edits}
        hidden = {d.source for d in docs if not d.visible}
        for source, (day, kept, shown) in self._unopened.items():
            if day is not None:
                overrides[source] = day
            if kept:
                edits[source] = kept
            if not shown:
                hidden.add(source)
        files = tuple(d.source for d in docs) + tuple(self._unopened)
        project = Project(files, overrides, edits, frozenset(hidden))
        try:
            save_project(path, project)
        except ProjectError as exc:
            self._error("Could Not Save Project", str(exc))
            return False
        self._remember_folder(path)
        self._state.mark_saved(path)
        self.file_written.emit(path)
        return True

    def _on_open_project(self) -> None:
        from timeline_app.gui import dialogs

        directory = cfg.value(cfg.LAST_SAVE_DIR, str(Path.home()), str)
        path = dialogs.ask_open_project(self._window, directory)
        if path:
            self.open_project(path)

    def open_project(self, path: str) -> bool:
        from timeline_app.io.project import ProjectError, load_project

        if not self.confirm_discard():
            return False
        try:
            project = load_project(path)
        except ProjectError as exc:
            self._error("Could Not Open Project", str(exc))
            return False
        self._state.close_all()
        self._state.project_path = path
        self._state.open_hidden(project.hidden)
        self._unopened = {
            source: (
                project.publication_dates.get(source),
                project.edits_for(source),
                source not in project.hidden,
            )
            for source in project.files
        }
        items = [
            WorkItem(
                path=source,
                publication_date=project.publication_dates.get(source),
                edits=project.edits_for(source),
            )
            for source in project.files
        ]
        self.project_opened.emit(items)
        return True

    def _on_documents_changed(self) -> None:
        if self._state.project_path is None:  # Close All, or no project
            self._unopened.clear()
        for doc in self._state.documents:  # opened: from now on it is saved as it is
            self._unopened.pop(doc.source, None)

    # -- images ---------------------------------------------------------------------------------
    def image_options(self) -> dialogs.ImageOptions:
        from timeline_app.gui import dialogs

        return dialogs.ImageOptions(
            cfg.value(cfg.IMAGE_WIDTH, 10.0, float),
            cfg.value(cfg.IMAGE_HEIGHT, 5.0, float),
            cfg.value(cfg.IMAGE_DPI, 150, int),
            cfg.value(cfg.IMAGE_VISIBLE_ONLY, False, bool),
            cfg.value(cfg.IMAGE_WITH_TITLE, True, bool),
        )

    def _on_image_options(self) -> None:
        from timeline_app.gui import dialogs

        options = dialogs.ask_image_options(self._window, self.image_options())
        if options is not None:
            cfg.set_value(cfg.IMAGE_WIDTH, options.width)
            cfg.set_value(cfg.IMAGE_HEIGHT, options.height)
            cfg.set_value(cfg.IMAGE_DPI, options.dpi)
            cfg.set_value(cfg.IMAGE_VISIBLE_ONLY, options.visible_only)
            cfg.set_value(cfg.IMAGE_WITH_TITLE, options.with_title)

    def export_image(self) -> str:
        """Ask for a file and draw the timeline into it; the extension picks PNG, SVG or PDF."""
        from timeline_app.gui import dialogs

        filters = list(dialogs.IMAGE_FILTERS)
        selected = cfg.value(cfg.LAST_IMAGE_FILTER, filters[0], str)
        suffix = "." + dialogs.IMAGE_FILTERS.get(selected, "png")
        path, chosen = dialogs.ask_save_path(
            self._window, "Export Image", self._suggest_name(suffix), filters, selected
        )
        if not path:
            return ""
        fmt = dialogs.IMAGE_FILTERS.get(chosen, "png")
        path = dialogs.with_suffix(path, "." + fmt, (".png", ".svg", ".pdf"))
        if self._write_image(path):
            cfg.set_value(cfg.LAST_IMAGE_FILTER, _filter_for(path, chosen))
            return path
        return ""

    def _write_image(self, path: str) -> bool:
        from timeline_app.plotting import ExportOptions, export_timeline

        choice = self.image_options()
        visible = self._visible_range() if choice.visible_only else None
        options = ExportOptions(
            width=choice.width,
            height=choice.height,
            dpi=float(choice.dpi),
            title=self._image_title() if choice.with_title else "",
            range=visible,
            style=getattr(self._canvas, "style_", None),
        )
        try:
            export_timeline(
                self._state.events(include_hidden=False),
                path,
                options,
                publication_dates=self._state.publication_dates(),
                doc_colors=self._state.doc_colours(),
                doc_titles=self._state.doc_titles(),
            )
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self._error("Could Not Export Image", f"Could not write {Path(path).name}: {reason}")
            return False
        self._remember_folder(path)
        self.file_written.emit(path)
        extent = "visible range" if visible else "whole timeline"
        self.status.emit(
            f"Saved {Path(path).name}: {choice.width:g}×{choice.height:g} in, {choice.dpi} dpi, "
            f"{extent} (File ▸ Image Export Options to change)"
        )
        return True

    def _image_title(self) -> str:
        titles = [d.title for d in self._state.documents if d.visible]
        return titles[0] if len(titles) == 1 else ""

    def _visible_range(self) -> Any:
        getter = getattr(self._canvas, "visible_range", None)
        return getter() if callable(getter) else None

    # -- event data -----------------------------------------------------------------------------
    def export_events(self) -> str:
        from timeline_app.gui import dialogs

        filters = list(dialogs.EVENT_FILTERS)
        selected = cfg.value(cfg.LAST_EVENTS_FILTER, filters[0], str)
        suffix = dialogs.EVENT_FILTERS.get(selected, ("csv", ".csv"))[1]
        path, chosen = dialogs.ask_save_path(
            self._window, "Export Events", self._suggest_name(suffix), filters, selected
        )
        if not path:
            return ""
        fmt, suffix = dialogs.EVENT_FILTERS.get(chosen) or _format_from_suffix(path)
        path = dialogs.with_suffix(path, suffix)
        try:
            from timeline_app.io.exports import write_events

            write_events(self._state.analyses_with_edits(include_hidden=True), path, fmt)
        except ImportError:
            self._error("Export Not Available", "Exporting events is not available in this build.")
            return ""
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self._error("Could Not Export Events", f"Could not write {Path(path).name}: {reason}")
            return ""
        cfg.set_value(cfg.LAST_EVENTS_FILTER, chosen or selected)
        self._remember_folder(path)
        self.file_written.emit(path)
        return path

    # -- helpers --------------------------------------------------------------------------------
    def _suggest_name(self, suffix: str) -> str:
        folder = cfg.value(cfg.LAST_SAVE_DIR, str(Path.home()), str)
        docs = self._state.documents
        stem = Path(docs[0].source).stem if docs else "timeline"
        if self._state.project_path and suffix == PROJECT_SUFFIX:
            return self._state.project_path
        return str(Path(folder) / f"{stem}{suffix}")

    def _remember_folder(self, path: str) -> None:
        cfg.set_value(cfg.LAST_SAVE_DIR, str(Path(path).resolve().parent))

    def _error(self, title: str, message: str) -> None:
        QMessageBox.warning(self._window, title, message)


def _filter_for(path: str, chosen: str) -> str:
    from timeline_app.gui import dialogs

    suffix = Path(path).suffix.lower().lstrip(".")
    return next((f for f, fmt in dialogs.IMAGE_FILTERS.items() if fmt == suffix), chosen)


def _format_from_suffix(path: str) -> tuple[str, str]:
    from timeline_app.gui import dialogs

    suffix = Path(path).suffix.lower()
    for fmt, known in dialogs.EVENT_FILTERS.values():
        if known == suffix:
            return fmt, known
    return "csv", ".csv"
