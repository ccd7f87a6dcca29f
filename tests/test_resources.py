"""Bundled files are found from a source tree, a PyInstaller bundle and a plain pip install."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from timeline_app import resources

ROOT = Path(__file__).resolve().parent.parent


def test_source_tree_resources_are_found() -> None:
    assert resources.resource_path(*resources.SAMPLE_ARTICLE).is_file()
    assert resources.resources_root() == ROOT / "resources"


def test_a_bundle_uses_its_unpacked_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_root() == tmp_path / "resources"


def test_an_installed_copy_without_source_tree_uses_the_shared_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Regression: after `pip install .` the sample article was looked for in site-packages."""
    fake_module = tmp_path / "site-packages" / "timeline_app" / "resources.py"
    monkeypatch.setattr(resources, "__file__", str(fake_module))
    monkeypatch.setattr(sys, "prefix", str(tmp_path / "venv"))
    assert resources.resources_root() == tmp_path / "venv" / "share" / "timeline-app"


def test_pyproject_installs_every_resource_folder() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for folder in (p.name for p in (ROOT / "resources").iterdir() if p.is_dir()):
        assert f'"share/timeline-app/{folder}" = ["resources/{folder}/*"]' in text
