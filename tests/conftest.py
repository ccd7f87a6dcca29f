"""Test configuration shared by every layer: Qt runs offscreen, settings go to a temp dir."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def samples_dir() -> Path:
    return SAMPLES
