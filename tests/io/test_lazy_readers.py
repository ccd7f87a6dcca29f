"""Opening a plain-text article must not load the HTML, PDF and Word libraries (start-up time)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "harbour-strike.txt"

PROBE = """
import sys
from timeline_app.io import read_document
read_document(sys.argv[1])
print(" ".join(m for m in ("lxml", "trafilatura", "htmldate", "pypdf", "docx") if m in sys.modules))
"""


def test_reading_a_text_file_loads_no_other_format_library() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(SAMPLE)], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
