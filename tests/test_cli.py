"""The timeline-app command, run in-process as a user would run it."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from timeline_app.cli import main

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "samples" / "harbour-strike.txt"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for command in ("tag", "events", "export"):
        assert command in out


def test_events_json_has_the_documented_fields(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "events", str(SAMPLE))
    assert code == 0
    payload = json.loads(out)
    assert {"source", "title", "text", "publication_date", "events"} <= payload.keys()
    assert payload["publication_date"]["value"] == "2023-03-13"
    assert payload["events"], "the sample has dated events"
    text = payload["text"]
    for event in payload["events"]:
        sentence = event["sentence"]
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]


def test_pub_date_option_overrides_detection(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "events", str(SAMPLE), "--pub-date", "2024-01-08")
    assert code == 0
    assert json.loads(out)["publication_date"]["source"] == "user"


def test_tag_offsets_index_the_file_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "tag", str(SAMPLE))
    assert code == 0
    payload = json.loads(out)
    raw = SAMPLE.read_text(encoding="utf-8")
    assert payload["dct"] == "2023-03-13"
    assert payload["timexes"]
    for timex in payload["timexes"]:
        assert raw[timex["start"] : timex["end"]] == timex["text"]


def test_tag_jsonl_processes_every_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        {"id": "a", "dct": "2021-08-16", "text": "The talks collapsed on Sunday."},
        {"id": "b", "dct": "2021-08-16", "text": "Nothing happened."},
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    code, out, _ = run(capsys, "tag", "--jsonl", str(source))
    assert code == 0
    results = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in results] == ["a", "b"]
    assert results[0]["timexes"][0]["value"] == "2021-08-15"
    assert results[1]["timexes"] == []


def test_tag_jsonl_reads_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    line = {"id": "a", "dct": "2021-08-16", "text": "The talks collapsed on Sunday."}
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(line) + "\n"))
    code, out, _ = run(capsys, "tag", "--jsonl", "-")
    assert code == 0
    assert json.loads(out)["timexes"][0]["value"] == "2021-08-15"


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_export_writes_an_image_headless(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    out_path = tmp_path / f"timeline{suffix}"
    code, _, err = run(capsys, "export", str(SAMPLE), "-o", str(out_path))
    assert code == 0, err
    data = out_path.read_bytes()
    magic = {".png": b"\x89PNG", ".pdf": b"%PDF", ".svg": b"<?xml"}[suffix]
    assert data.startswith(magic)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["events", "no/such/article.txt"], "article.txt"),
        (["export", "SAMPLE", "-o", "out.bmpx"], "bmpx"),
        (["export", "SAMPLE", "-o", "x.png", "--range", "2023-03-10:2023-03-01"], "--range"),
        (["tag"], "FILE"),
    ],
)
def test_bad_input_is_one_clear_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    args = [str(SAMPLE) if a == "SAMPLE" else a for a in args]
    code, _, err = run(capsys, *args)
    assert code != 0
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert message in lines[0]
    assert "Traceback" not in err


def test_export_keys_publication_dates_by_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Regression: the CLI passed titles, so footers lost the date and lines lost their colour."""
    out_path = tmp_path / "timeline.svg"
    code, _, err = run(capsys, "export", str(SAMPLE), "-o", str(out_path))
    assert code == 0, err
    assert "(harbour-strike.txt, published 13 Mar 2023)" in out_path.read_text(encoding="utf-8")


def test_version_goes_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    from timeline_app import __version__

    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out == f"timeline-app {__version__}\n"


def test_a_dateline_without_a_year_is_assumed_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "wire.txt"
    article.write_text(
        "SALTREY, March 31 (Meridian Wire) - Police recovered two paintings on Sunday.\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "tag", str(article))
    assert code == 0, err
    assert "has no year" in err and "assumed" in err and "--pub-date" in err
    assert '"dct": "' in out
