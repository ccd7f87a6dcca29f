"""Bundled files (samples, icons) found through one function.

Works from a source tree (``<root>/resources``), from a PyInstaller bundle, which unpacks the
same folder under ``sys._MEIPASS`` (build.spec must list the same files), and from a plain
``pip install .``, which puts it under ``<prefix>/share/timeline-app`` (pyproject's data-files).
"""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["SAMPLE_ARTICLE", "resource_path", "resources_root"]

SAMPLE_ARTICLE = ("samples", "harbour-strike.txt")


def resources_root() -> Path:
    """The folder that holds ``samples/`` and ``icons/``."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    source_tree = Path(__file__).resolve().parents[1] / "resources"
    if source_tree.is_dir():
        return source_tree
    return Path(sys.prefix) / "share" / "timeline-app"


def resource_path(*parts: str) -> Path:
    """The path of a bundled file, e.g. ``resource_path("samples", "harbour-strike.txt")``."""
    return resources_root().joinpath(*parts)
