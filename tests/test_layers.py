"""The layering rules that import-linter cannot express on its own."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "timeline_app"
IMPORT = re.compile(r"^\s*(?:from|import)\s+(\w+)", re.MULTILINE)


def imports_of(path: Path) -> set[str]:
    return set(IMPORT.findall(path.read_text(encoding="utf-8")))


def test_dateparser_is_imported_by_exactly_one_module() -> None:
    users = sorted(
        str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py") if "dateparser" in imports_of(p)
    )
    assert users == ["core/tagger/dateparse.py"]


def test_only_gui_imports_qt() -> None:
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        if "PySide6" in imports_of(p) and p.relative_to(PACKAGE).parts[0] != "gui"
    ]
    assert offenders == []
