"""Project files (``*.timeline.json``): open files, publication-date overrides, user edits and
which articles the timeline hides.

The file is plain JSON with a ``"schema"`` number so a newer app can migrate an older file and an
older app refuses a newer one instead of misreading it. Saving is atomic (a temporary file in the
same directory, then ``os.replace``): a crash mid-save leaves the previous file intact. Paths are
stored relative to the project file, so a folder of articles and its project can be moved together.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from timeline_app.core.edits import AddEvent, Edit
from timeline_app.core.models import Document, PublicationDate
from timeline_app.core.pipeline import Analysis, analyse
from timeline_app.io.errors import ReadError
from timeline_app.io.project_codec import decode_file_entry, encode_file_entry

__all__ = [
    "PROJECT_SUFFIX",
    "SCHEMA_VERSION",
    "Project",
    "ProjectError",
    "Restored",
    "atomic_write",
    "load_project",
    "restore_project",
    "save_project",
]

SCHEMA_VERSION = 1
PROJECT_SUFFIX = ".timeline.json"


class ProjectError(Exception):
    """A project file that cannot be used; the message is one sentence for the user."""


@dataclass(frozen=True, slots=True)
class Project:
    """What a user's session holds besides the articles themselves.

    Keys of ``publication_dates`` and ``edits`` and members of ``hidden`` (articles open but
    unticked in the compare list) are document sources (the paths in ``files``). Methods return a
    changed copy: the GUI keeps one current ``Project`` and replaces it.
    """

    files: tuple[str, ...] = ()
    publication_dates: Mapping[str, PublicationDate] = field(default_factory=dict)
    edits: Mapping[str, tuple[Edit, ...]] = field(default_factory=dict)
    hidden: frozenset[str] = frozenset()

    def edits_for(self, source: str) -> tuple[Edit, ...]:
        return tuple(self.edits.get(source, ()))

    def with_file(self, source: str) -> Project:
        return self if source in self.files else replace(self, files=(*self.files, source))

    def without_file(self, source: str) -> Project:
        """Close a file; its edits, date override and hidden state are forgotten with it."""
        return Project(
            tuple(f for f in self.files if f != source),
            {k: v for k, v in self.publication_dates.items() if k != source},
            {k: v for k, v in self.edits.items() if k != source},
            self.hidden - {source},
        )

    def with_shown(self, source: str, shown: bool) -> Project:
        """Show or hide ``source``'s events on the timeline."""
        hidden = self.hidden - {source} if shown else self.hidden | {source}
        return replace(self, hidden=hidden)

    def with_publication_date(self, source: str, value: PublicationDate | None) -> Project:
        """Set (a ``PublicationDate``) or clear (``None``) the user's date for ``source``."""
        dates = {k: v for k, v in self.publication_dates.items() if k != source}
        if value is not None:
            dates[source] = value
        return replace(self, publication_dates=dates)

    def with_edit(self, source: str, edit: Edit) -> Project:
        return self.with_edits(source, (*self.edits_for(source), edit))

    def with_edits(self, source: str, edits: tuple[Edit, ...]) -> Project:
        """Replace the whole edit list of ``source`` (after an undo, or after reconciling)."""
        changed = {k: v for k, v in self.edits.items() if k != source}
        if edits:
            changed[source] = tuple(edits)
        return replace(self, edits=changed)


def save_project(path: str | os.PathLike[str], project: Project) -> None:
    """Write ``project`` to ``path`` atomically; raises ``ProjectError`` when it cannot."""
    target = Path(path)
    base = target.resolve().parent
    sources = list(dict.fromkeys([*project.files, *project.publication_dates, *project.edits]))
    entries = [
        encode_file_entry(
            _relative(source, base),
            open_=source in project.files,
            publication_date=project.publication_dates.get(source),
            edits=project.edits_for(source),
            shown=source not in project.hidden,
        )
        for source in sources
    ]
    payload = {"schema": SCHEMA_VERSION, "app": "timeline-app", "files": entries}
    text = json.dumps(payload, ensure_ascii=False, indent=1) + "\n"
    try:
        atomic_write(target, text.encode("utf-8"))
    except OSError as exc:
        raise ProjectError(f"Cannot save the project {target.name}: {exc.strerror}.") from exc


def load_project(path: str | os.PathLike[str]) -> Project:
    """Read a project file; raises ``ProjectError`` for unreadable, corrupt or newer files."""
    source = Path(path)
    payload = _read_json(source)
    schema = payload.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        raise ProjectError(f"{source.name} is not a timeline project (no schema number).")
    if schema > SCHEMA_VERSION:
        raise ProjectError(
            f"{source.name} was saved by a newer version of the app (schema {schema}); "
            "update the app to open it."
        )
    base = source.resolve().parent
    try:
        return _project_from(payload.get("files", []), base)
    except KeyError as exc:
        raise ProjectError(f"{source.name} is damaged: the field {exc} is missing.") from exc
    except (TypeError, ValueError) as exc:
        raise ProjectError(f"{source.name} is damaged: {exc}.") from exc


@dataclass(frozen=True, slots=True)
class Restored:
    """The reopened session: what could be analysed, and what the user must be told.

    ``project`` no longer holds the ``lost`` edits (their sentences changed or vanished) and has
    the spans of moved selections updated; save it to make that permanent. ``errors`` maps files
    that could not be read to a one-sentence reason.
    """

    project: Project
    analyses: tuple[Analysis, ...]
    lost: Mapping[str, tuple[Edit, ...]]
    errors: Mapping[str, str]


def restore_project(project: Project, read: Callable[[str], Document] | None = None) -> Restored:
    """Read and analyse every open file of ``project`` with its date override and edits.

    ``read`` defaults to ``timeline_app.io.read_document``; it may raise ``ReadError``/``OSError``.
    A long, plain function: the GUI runs it off the main thread.
    """
    reader = read or _read_document
    analyses: list[Analysis] = []
    lost: dict[str, tuple[Edit, ...]] = {}
    errors: dict[str, str] = {}
    for source in project.files:
        try:
            document = reader(source)
        except (ReadError, OSError, ValueError) as exc:
            errors[source] = str(exc)
            continue
        analysis = analyse(
            document,
            publication_date=project.publication_dates.get(source),
            edits=[_owned(edit, document.source) for edit in project.edits_for(source)],
        )
        analyses.append(analysis)
        project = project.with_edits(source, analysis.edits)
        if analysis.lost_edits:
            lost[source] = analysis.lost_edits
    return Restored(project, tuple(analyses), lost, errors)


def _read_document(source: str) -> Document:
    from timeline_app.io.readers import read_document

    return read_document(source)


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so readers see the old file or the new one, never a mix."""
    fd, temp = tempfile.mkstemp(dir=path.resolve().parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _read_json(source: Path) -> dict[str, Any]:
    try:
        payload = json.loads(source.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ProjectError(f"Cannot read the project {source.name}: {exc.strerror}.") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ProjectError(f"{source.name} is damaged and is not valid JSON ({exc}).") from exc
    if not isinstance(payload, dict):
        raise ProjectError(f"{source.name} is not a timeline project.")
    return payload


def _project_from(entries: Any, base: Path) -> Project:
    if not isinstance(entries, list):
        raise TypeError("'files' must be a list")
    files: list[str] = []
    dates: dict[str, PublicationDate] = {}
    edits: dict[str, tuple[Edit, ...]] = {}
    hidden: set[str] = set()
    for entry in entries:
        decoded = decode_file_entry(entry)
        source = str(_absolute(decoded.path, base))
        if decoded.open:
            files.append(source)
        if decoded.publication_date is not None:
            dates[source] = decoded.publication_date
        if decoded.edits:
            edits[source] = tuple(_owned(edit, source) for edit in decoded.edits)
        if not decoded.shown:
            hidden.add(source)
    return Project(tuple(files), dates, edits, frozenset(hidden))


def _owned(edit: Edit, source: str) -> Edit:
    """Added events belong to the file entry they are stored under, wherever it now lives."""
    return replace(edit, document=source) if isinstance(edit, AddEvent) else edit


def _relative(source: str, base: Path) -> str:
    path = Path(source).resolve()
    try:
        return Path(os.path.relpath(path, base)).as_posix()
    except ValueError:  # another drive on Windows
        return str(path)


def _absolute(stored: str, base: Path) -> Path:
    path = Path(stored)
    return path if path.is_absolute() else (base / path).resolve()
