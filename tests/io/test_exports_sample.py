"""End to end on the sample article: ``timeline-app events`` and every data export parse back."""

from __future__ import annotations

import csv
import io as stdio
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from timeline_app.cli import main
from timeline_app.core.pipeline import analyse
from timeline_app.io.exports import FORMATS, write_events

io = pytest.importorskip("timeline_app.io")
if not hasattr(io, "read_document"):
    pytest.skip("timeline_app.io.read_document has not landed yet", allow_module_level=True)

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "harbour-strike.txt"


def test_events_command_prints_json_with_offsets_into_text(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["events", str(SAMPLE)]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["publication_date"]["value"] == "2023-03-13"
    text = payload["text"]
    vote = payload["events"][0]
    assert (vote["start"], vote["end"], vote["label"]) == (
        "2023-03-13",
        "2023-03-13",
        "Dock workers voted to end a nine-day strike",
    )
    assert len(vote["mentions"]) == 2
    for event in payload["events"]:
        sentence = event["sentence"]
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]


def test_events_command_prints_csv(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["events", str(SAMPLE), "--format", "csv"]) == 0
    rows = list(csv.DictReader(stdio.StringIO(capsys.readouterr().out)))
    offer = next(r for r in rows if r["expression"] == "last month")
    assert (offer["start"], offer["end"], offer["granularity"]) == (
        "2023-02-01",
        "2023-02-28",
        "month",
    )


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format_exports_the_sample(tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"strike{FORMATS[fmt][0]}"
    analysis = analyse(io.read_document(SAMPLE))
    write_events([analysis], target, fmt)
    data = target.read_bytes()
    if fmt in ("json", "timelinejs"):
        assert json.loads(data)["events"]
    elif fmt == "csv":
        assert len(list(csv.DictReader(stdio.StringIO(data.decode())))) == len(analysis.events)
    elif fmt == "timeml":
        body = ET.fromstring(data).find("TEXT")
        assert body is not None and "".join(body.itertext()) == analysis.document.text
    else:
        lines = data.split(b"\r\n")
        assert lines[-1] == b"" and all(len(line) <= 75 for line in lines)
        assert data.count(b"BEGIN:VEVENT") == len(analysis.visible_events)
