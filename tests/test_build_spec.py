"""build.spec and the desktop entry stay in step with the source tree (read as text, no build)."""

from __future__ import annotations

import ast
import configparser
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from timeline_app.resources import SAMPLE_ARTICLE

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
DESKTOP_FILE = RESOURCES / "linux" / "timeline-app.desktop"


def _spec_constants() -> dict[str, Any]:
    """The literal module-level assignments of build.spec (it is Python, parsed not run)."""
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    constants: dict[str, Any] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name) and target.id.isupper():
                try:
                    constants[target.id] = ast.literal_eval(node.value)
                except ValueError:
                    continue
    return constants


def test_spec_accounts_for_every_resource_folder() -> None:
    spec = _spec_constants()
    bundled = set(spec["RESOURCE_DIRS"])
    left_out = set(spec["RESOURCE_DIRS_NOT_BUNDLED"])
    on_disk = {p.name for p in RESOURCES.iterdir() if p.is_dir()}

    assert bundled.isdisjoint(left_out)
    assert bundled | left_out == on_disk


def test_spec_bundles_the_sample_and_icons() -> None:
    bundled = _spec_constants()["RESOURCE_DIRS"]

    assert SAMPLE_ARTICLE[0] in bundled
    assert "icons" in bundled


@pytest.mark.parametrize("name", ["timeline-app.svg", "timeline-app.png"])
def test_the_application_icon_exists(name: str) -> None:
    assert (RESOURCES / "icons" / name).is_file()


def test_spec_keeps_only_the_backends_and_bindings_we_use() -> None:
    spec = _spec_constants()

    assert set(spec["MATPLOTLIB_BACKENDS"]) == {"QtAgg", "Agg", "PDF", "SVG"}
    assert {"PyQt5", "PyQt6", "PySide2", "tkinter", "IPython"} <= set(spec["EXCLUDES"])


def test_desktop_entry_opens_every_supported_format() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP_FILE, encoding="utf-8")
    desktop = entry["Desktop Entry"]

    assert desktop["Type"] == "Application"
    assert desktop["Exec"].split()[0] == "timeline-app"
    assert desktop["Icon"] == "timeline-app"
    assert set(desktop["MimeType"].rstrip(";").split(";")) == {
        "text/plain",
        "text/html",
        "text/markdown",
        "message/rfc822",
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    }


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_install_desktop_points_the_entry_at_the_bundle(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle dir"
    bundle.mkdir()
    (bundle / "timeline-app").write_text("#!/bin/sh\n", encoding="utf-8")
    (bundle / "timeline-app").chmod(0o755)
    data = tmp_path / "share"

    done = subprocess.run(
        ["bash", str(ROOT / "scripts" / "install_desktop.sh"), str(bundle)],
        env={**os.environ, "XDG_DATA_HOME": str(data)},
        capture_output=True,
        text=True,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    entry = (data / "applications" / "timeline-app.desktop").read_text(encoding="utf-8")
    assert f'Exec="{bundle}/timeline-app" %F' in entry.splitlines()
    assert (data / "icons/hicolor/scalable/apps/timeline-app.svg").is_file()
    assert len(list(data.glob("icons/hicolor/*x*/apps/timeline-app.png"))) == 1


def test_install_desktop_refuses_a_folder_without_the_app(tmp_path: Path) -> None:
    done = subprocess.run(
        ["bash", str(ROOT / "scripts" / "install_desktop.sh"), str(tmp_path)],
        env={**os.environ, "XDG_DATA_HOME": str(tmp_path / "share")},
        capture_output=True,
        text=True,
        check=False,
    )

    assert done.returncode == 2
    assert "no timeline-app executable" in done.stderr
    assert not (tmp_path / "share").exists()
