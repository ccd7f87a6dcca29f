"""What the app remembers between runs (QSettings): recent files, folders, formats, layout."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

ORGANIZATION = "timeline-app"
APPLICATION = "timeline-app"
MAX_RECENT = 8

RECENT_FILES = "files/recent"
LAST_OPEN_DIR = "files/lastOpenDir"
LAST_SAVE_DIR = "files/lastSaveDir"
LAST_IMAGE_FILTER = "export/imageFilter"
LAST_EVENTS_FILTER = "export/eventsFilter"
IMAGE_WIDTH = "export/imageWidth"
IMAGE_HEIGHT = "export/imageHeight"
IMAGE_DPI = "export/imageDpi"
IMAGE_VISIBLE_ONLY = "export/imageVisibleOnly"
IMAGE_WITH_TITLE = "export/imageWithTitle"
DARK_TIMELINE = "view/darkTimeline"
WINDOW_GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
MAIN_SPLITTER = "window/mainSplitter"
LOWER_SPLITTER = "window/lowerSplitter"


def settings() -> QSettings:
    """The app's settings, for the organisation and application names set in ``app.py``."""
    return QSettings()


def value(key: str, default: Any = None, kind: type | None = None) -> Any:
    store = settings()
    if kind is None:
        return store.value(key, default)
    raw = store.value(key, default)
    if raw is None:
        return default
    if kind is bool:
        return raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true", "yes")
    try:
        return kind(raw)
    except (TypeError, ValueError):
        return default


def set_value(key: str, data: Any) -> None:
    settings().setValue(key, data)


def recent_files() -> list[str]:
    raw = settings().value(RECENT_FILES, [])
    items = [raw] if isinstance(raw, str) else list(raw) if isinstance(raw, list | tuple) else []
    return [str(p) for p in items if p][:MAX_RECENT]


def add_recent_file(path: str) -> list[str]:
    path = str(Path(path).resolve())
    files = [path] + [p for p in recent_files() if p != path]
    settings().setValue(RECENT_FILES, files[:MAX_RECENT])
    return files[:MAX_RECENT]


def remove_recent_file(path: str) -> None:
    resolved = str(Path(path).resolve())
    settings().setValue(RECENT_FILES, [p for p in recent_files() if p not in (path, resolved)])


def clear_recent_files() -> None:
    settings().setValue(RECENT_FILES, [])
