"""The JSON-lines batch interface the CLI's ``tag --jsonl`` and the benchmark share."""

from __future__ import annotations

import json
from datetime import date

import pytest

from timeline_app.core.tagger import tag_text
from timeline_app.core.tagger.batch import parse_dct, tag_jsonl, timex_to_json


@pytest.mark.parametrize(
    ("dct", "expected"),
    [
        ("19980108", date(1998, 1, 8)),
        ("1998-01-08", date(1998, 1, 8)),
        ("1998-02-13T14:26:00", date(1998, 2, 13)),
        (None, None),
        ("", None),
        ("19981340", None),
    ],
)
def test_parse_dct_reads_the_corpus_spellings(dct: str | None, expected: date | None) -> None:
    assert parse_dct(dct) == expected


def test_tag_jsonl_yields_one_line_per_document() -> None:
    lines = [
        json.dumps({"id": "a", "dct": "19980108", "text": "It fell on Tuesday."}),
        "",
        json.dumps({"id": "b", "dct": None, "text": "Nothing here."}),
    ]
    out = [json.loads(line) for line in tag_jsonl(lines)]
    assert out == [
        {
            "id": "a",
            "timexes": [
                {"start": 11, "end": 18, "text": "Tuesday", "type": "DATE", "value": "1998-01-06"}
            ],
        },
        {"id": "b", "timexes": []},
    ]


def test_timex_to_json_has_the_scorer_fields() -> None:
    (t,) = tag_text("Rates rose last month.", date(2021, 8, 16))
    assert timex_to_json(t) == {
        "start": 11,
        "end": 21,
        "text": "last month",
        "type": "DATE",
        "value": "2021-07",
    }
