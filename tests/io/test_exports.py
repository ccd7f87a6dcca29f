"""Every export parsed back with a real parser: JSON, CSV, TimelineJS, iCalendar, TimeML."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from timeline_app.core.edits import AddEvent, EditDate, HideEvent, apply_edits
from timeline_app.core.events import build_events
from timeline_app.core.models import (
    Certainty,
    DateSource,
    Document,
    Granularity,
    Interval,
    PublicationDate,
    Span,
    Timex,
    TimexType,
)
from timeline_app.core.pipeline import Analysis, with_edits
from timeline_app.core.sentences import split_sentences
from timeline_app.io.export_ics import escape_text, fold_line
from timeline_app.io.exports import (
    CSV_COLUMNS,
    FORMATS,
    analyses_to_csv,
    analysis_to_json,
    interval_bounds,
    render_events,
    write_events,
)

PUB = PublicationDate(date(2023, 3, 13), DateSource.URL, "https://example.org/2023/03/13/x")
NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
TEXT = (
    "Port strike ends\n\n"
    "Dock workers voted on Monday to end the strike, the union said.\n\n"
    'The offer, first tabled last month, "did not keep pace" with prices & rents <sic>.\n\n'
    "Members approved it on Monday morning; a ceremony follows next week.\n\n"
    "Prices have risen in recent years.\n\n"
    "The strike lasted nine days."
)
DATES = [
    ("Monday", Interval.day(date(2023, 3, 13)), TimexType.DATE, Certainty.INFERRED),
    (
        "last month",
        Interval.days(date(2023, 2, 1), date(2023, 2, 28), Granularity.MONTH),
        TimexType.DATE,
        Certainty.INFERRED,
    ),
    (
        "Monday morning",
        Interval(datetime(2023, 3, 13, 6), datetime(2023, 3, 13, 12), Granularity.PART_OF_DAY),
        TimexType.TIME,
        Certainty.INFERRED,
    ),
    (
        "next week",
        Interval.days(date(2023, 3, 20), date(2023, 3, 26), Granularity.WEEK),
        TimexType.DATE,
        Certainty.INFERRED,
    ),
    (
        "recent years",
        Interval.days(date(2020, 3, 13), date(2023, 3, 12), Granularity.YEAR),
        TimexType.DATE,
        Certainty.VAGUE,
    ),
    ("nine days", None, TimexType.DURATION, Certainty.EXACT),
]


def make_analysis(text: str = TEXT, pub: PublicationDate | None = PUB) -> Analysis:
    document = Document("/news/port.txt", "Port strike ends", text, pub)
    timexes = []
    cursor = 0
    for phrase, interval, kind, certainty in DATES:
        start = text.index(phrase, cursor)
        cursor = start + len(phrase)
        value = "P9D" if interval is None else interval.start.date().isoformat()
        timexes.append(Timex(start, cursor, phrase, kind, value, interval, certainty))
    events = tuple(build_events(document, timexes, split_sentences(text)))
    return Analysis(document, pub, tuple(split_sentences(text)), tuple(timexes), events, events)


def hidden_first(analysis: Analysis) -> Analysis:
    events = apply_edits(analysis.events, [HideEvent(analysis.events[0].id)], analysis.document)
    return replace(analysis, events=tuple(events))


@pytest.mark.parametrize(
    ("interval", "start", "end"),
    [
        (
            Interval.days(date(2021, 7, 1), date(2021, 7, 31), Granularity.MONTH),
            "2021-07-01",
            "2021-07-31",
        ),
        (
            Interval.days(date(2023, 3, 11), date(2023, 3, 12), Granularity.WEEKEND),
            "2023-03-11",
            "2023-03-12",
        ),
        (Interval.day(date(2023, 3, 13)), "2023-03-13", "2023-03-13"),
        (
            Interval.days(date(2024, 1, 1), date(2024, 12, 31), Granularity.YEAR),
            "2024-01-01",
            "2024-12-31",
        ),
        (
            Interval(datetime(2023, 3, 13, 9), datetime(2023, 3, 13, 10), Granularity.HOUR),
            "2023-03-13T09:00",
            "2023-03-13T09:59",
        ),
        (
            Interval(
                datetime(2023, 3, 13, 9, 30, 5), datetime(2023, 3, 13, 9, 30, 6), Granularity.SECOND
            ),
            "2023-03-13T09:30:05",
            "2023-03-13T09:30:05",
        ),
    ],
)
def test_interval_bounds_are_iso_with_inclusive_end(
    interval: Interval, start: str, end: str
) -> None:
    assert interval_bounds(interval) == (start, end)


def test_json_parses_back_with_offsets_into_text() -> None:
    analysis = make_analysis()
    payload = json.loads(json.dumps(analysis_to_json(analysis)))
    assert payload["source"] == "/news/port.txt" and payload["title"] == "Port strike ends"
    assert payload["publication_date"] == {
        "value": "2023-03-13",
        "source": "url",
        "evidence": PUB.evidence,
    }
    text = payload["text"]
    assert text == TEXT
    labels = [e["label"] for e in payload["events"]]
    assert labels[0] == "Dock workers voted to end the strike"
    for event in payload["events"]:
        expression, sentence = event["expression"], event["sentence"]
        assert text[expression["start"] : expression["end"]] == expression["text"]
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]
        assert event["mentions"][0]["sentence"] == sentence
        assert set(event) >= {"id", "start", "end", "granularity", "certainty", "hidden"}
    by_expression = {e["expression"]["text"]: e for e in payload["events"]}
    assert (by_expression["last month"]["start"], by_expression["last month"]["end"]) == (
        "2023-02-01",
        "2023-02-28",
    )
    assert by_expression["Monday morning"]["start"] == "2023-03-13T06:00"
    assert by_expression["recent years"]["certainty"] == "vague"
    assert "nine days" not in by_expression


def test_json_without_publication_date_says_null() -> None:
    assert analysis_to_json(make_analysis(pub=None))["publication_date"] is None


def test_csv_has_one_row_per_event_and_survives_quotes() -> None:
    analysis = hidden_first(make_analysis())
    rows = list(csv.DictReader(io.StringIO(analyses_to_csv([analysis, make_analysis()]))))
    assert len(rows) == 2 * len(analysis.events)
    assert tuple(rows[0]) == CSV_COLUMNS
    assert rows[0]["hidden"] == "true" and rows[len(analysis.events)]["hidden"] == "false"
    quoted = next(r for r in rows if r["expression"] == "last month")
    assert (
        quoted["sentence"]
        == 'The offer, first tabled last month, "did not keep pace" with prices & rents <sic>.'
    )
    assert TEXT[int(quoted["sentence_start"]) : int(quoted["sentence_end"])] == quoted["sentence"]


def test_timelinejs_names_only_the_known_date_parts() -> None:
    payload = json.loads(render_events([hidden_first(make_analysis())], "timelinejs"))
    assert payload["title"]["text"]["headline"] == "Port strike ends"
    slides = {s["text"]["headline"]: s for s in payload["events"]}
    assert "Dock workers voted to end the strike" not in slides  # hidden
    month = next(s for s in payload["events"] if s["start_date"] == {"year": 2023, "month": 2})
    assert "end_date" in month and month["end_date"] == {"year": 2023, "month": 2}
    week = next(s for s in payload["events"] if s["start_date"].get("day") == 20)
    assert week["end_date"] == {"year": 2023, "month": 3, "day": 26}
    vague = next(s for s in payload["events"] if s["group"].endswith("(approximate)"))
    assert vague["start_date"]["display_date"].startswith("approximately")
    morning = next(s for s in payload["events"] if s["start_date"].get("hour") == 6)
    assert morning["start_date"]["minute"] == 0
    assert all(set(s) >= {"start_date", "text", "group"} for s in payload["events"])


def unfold_ics(content: str) -> list[str]:
    """Check the RFC 5545 line rules strictly, then return the unfolded content lines."""
    raw = content.encode("utf-8")
    assert raw.endswith(b"\r\n")
    physical = raw[:-2].split(b"\r\n")
    assert all(b"\n" not in line and b"\r" not in line for line in physical)
    assert all(len(line) <= 75 for line in physical)
    lines: list[str] = []
    for octets in physical:
        text = octets.decode("utf-8")  # raises if a fold split a character
        if text.startswith(" "):
            lines[-1] += text[1:]
        else:
            lines.append(text)
    open_blocks: list[str] = []
    for line in lines:
        assert ":" in line, line  # every content line is NAME[;PARAMS]:VALUE
        if line.startswith("BEGIN:"):
            open_blocks.append(line[6:])
        elif line.startswith("END:"):
            assert open_blocks.pop() == line[4:]
    assert open_blocks == []
    assert [lines[0], lines[-1]] == ["BEGIN:VCALENDAR", "END:VCALENDAR"]
    return lines


def test_ics_is_strict_rfc5545_with_all_day_events() -> None:
    lines = unfold_ics(render_events([make_analysis()], "ics", now=NOW))
    assert lines.count("BEGIN:VEVENT") == 5 == lines.count("END:VEVENT")
    assert "VERSION:2.0" in lines and any(line.startswith("PRODID:") for line in lines)
    assert lines.count("DTSTAMP:20261127T100000Z") == 5
    assert sum(line.startswith("UID:") for line in lines) == 5
    assert "DTSTART;VALUE=DATE:20230313" in lines and "DTEND;VALUE=DATE:20230314" in lines
    assert "DTSTART;VALUE=DATE:20230201" in lines and "DTEND;VALUE=DATE:20230301" in lines
    assert "DTSTART:20230313T060000" in lines and "DTEND:20230313T120000" in lines
    assert "SUMMARY:Prices have risen (approximate)" in lines and "STATUS:TENTATIVE" in lines
    description = next(line for line in lines if "did not keep pace" in line)
    assert "The offer\\, first tabled last month\\," in description


def test_ics_skips_hidden_events() -> None:
    lines = unfold_ics(render_events([hidden_first(make_analysis())], "ics", now=NOW))
    assert lines.count("BEGIN:VEVENT") == 4


@pytest.mark.parametrize("line", ["x" * 200, "SUMMARY:" + "é" * 100, "A:" + "€😀" * 40, "short"])
def test_folding_keeps_lines_short_and_characters_whole(line: str) -> None:
    folded = fold_line(line).encode("utf-8").split(b"\r\n")
    assert all(len(part) <= 75 for part in folded)
    assert (
        "".join(p.decode("utf-8")[1:] if i else p.decode("utf-8") for i, p in enumerate(folded))
        == line
    )


def test_timeml_is_xml_whose_text_is_the_document() -> None:
    root = ET.fromstring(render_events([make_analysis()], "timeml").encode("utf-8"))
    assert root.tag == "TimeML"
    dct = root.find("DCT/TIMEX3")
    assert dct is not None and dct.get("value") == "2023-03-13"
    assert dct.get("functionInDocument") == "CREATION_TIME"
    body = root.find("TEXT")
    assert body is not None and "".join(body.itertext()) == TEXT
    tags = body.findall("TIMEX3")
    assert [t.text for t in tags] == [d[0] for d in DATES]
    assert [t.get("tid") for t in tags] == [f"t{i}" for i in range(1, 7)]
    assert tags[-1].get("type") == "DURATION" and tags[-1].get("value") == "P9D"
    assert tags[0].get("anchorTimeID") == "t0"


def test_timeml_of_several_articles_is_one_collection() -> None:
    root = ET.fromstring(
        render_events([make_analysis(), make_analysis()], "timeml").encode("utf-8")
    )
    assert root.tag == "TimeMLCollection" and len(root.findall("TimeML")) == 2


def test_timeml_keeps_carriage_returns_and_drops_control_characters() -> None:
    text = TEXT.replace("\n\nThe offer", "\r\nThe\x0coffer")
    root = ET.fromstring(render_events([make_analysis(text)], "timeml").encode("utf-8"))
    body = root.find("TEXT")
    assert body is not None and "".join(body.itertext()) == text.replace("\x0c", " ")


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_write_events_writes_every_format_atomically(tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"out{FORMATS[fmt][0]}"
    write_events([make_analysis()], target, fmt, now=NOW)
    expected = render_events([make_analysis()], fmt, now=NOW)
    assert target.read_bytes() == expected.encode("utf-8")
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_write_events_rejects_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown export format 'pdf'"):
        write_events([make_analysis()], tmp_path / "x.pdf", "pdf")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_user_edits_reach_every_format(fmt: str) -> None:
    analysis = make_analysis()
    span = Span(TEXT.index("The strike lasted"), len(TEXT))
    add = AddEvent.from_selection(analysis.document, span, Interval.day(date(2023, 3, 4)), "Strike")
    redate = EditDate(analysis.events[0].id, Interval.day(date(2023, 3, 14)))
    edited = with_edits(analysis, [add, redate])
    text = render_events([edited], fmt, now=NOW)
    if fmt == "json":
        events = json.loads(text)["events"]
        assert events[0]["start"] == "2023-03-14" and events[0]["certainty"] == "exact"
        assert events[-1]["label"] == "Strike" and events[-1]["expression"]["text"] == ""
    elif fmt == "csv":
        assert list(csv.DictReader(io.StringIO(text)))[-1]["label"] == "Strike"
    elif fmt == "timelinejs":
        assert json.loads(text)["events"][-1]["text"]["headline"] == "Strike"
    elif fmt == "ics":
        assert "SUMMARY:Strike" in unfold_ics(text)
    else:
        assert ET.fromstring(text.encode("utf-8")).tag == "TimeML"


def test_json_of_several_articles_is_a_list() -> None:
    payload = json.loads(render_events([make_analysis(), make_analysis(pub=None)], "json"))
    assert [a["publication_date"] is None for a in payload] == [False, True]
    assert isinstance(json.loads(render_events([make_analysis()], "json")), dict)


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("a,b;c\\d", "a\\,b\\;c\\\\d"),
        ("line one\r\nline two\nthree", "line one\\nline two\\nthree"),
        ("form\x0cfeed\ttab", "form feed\ttab"),
    ],
)
def test_ics_text_escaping(text: str, escaped: str) -> None:
    assert escape_text(text) == escaped
