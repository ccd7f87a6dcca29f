"""Bundled files (samples, icons) found through one function.

Works from a source tree (``<root>/resources``) and from a PyInstaller bundle, which unpacks the
same folder under ``sys._MEIPASS``; build.spec must list the same files.
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
    return Path(__file__).resolve().parents[1] / "resources"


def resource_path(*parts: str) -> Path:
    """The path of a bundled file, e.g. ``resource_path("samples", "harbour-strike.txt")``."""
    return resources_root().joinpath(*parts)
