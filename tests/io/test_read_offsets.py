"""Property: through read_document, every span of the text maps back with raw_span()."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from timeline_app.io import ReadError, read_document

_LINE_END_HYPHEN = re.compile(r"-(?=[ \t]*(?:\r\n|\r|\n))")
_TOKENS = st.sampled_from(
    ["Dock", "govern-", "ment", "two-", "Year", "https://c.example/2023/03/", "13/strike-",
     "pay", "Photograph", "Related article:", "Original url:", "desk@c.example", "U.S.", "é",
     "«Ну»", "Aug.", "16,", "2021", "x" * 125]
)  # fmt: skip
_GAPS = st.sampled_from([" ", "\n", "\n\n", "\r\n", "\t ", " \n\n "])
_ARTICLES = st.lists(st.tuples(_TOKENS, _GAPS), min_size=1, max_size=50).map(
    lambda parts: "".join(token + gap for token, gap in parts)
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    raw=st.one_of(
        _ARTICLES, st.text(st.characters(codec="utf-8", exclude_categories=["Cc", "Cs"]))
    ),
    data=st.data(),
)
def test_raw_span_maps_back(raw: str, data: st.DataObject) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "article.txt"
        path.write_bytes(raw.encode("utf-8"))
        try:
            document = read_document(path)
        except ReadError:
            assume(False)
            return
    assert document.raw_text == raw.removeprefix("\ufeff")
    text, source = document.text, document.raw_text
    kept = {document.raw_span(i, i + 1)[0] for i, ch in enumerate(text) if not ch.isspace()}
    dropped = {m.start() for m in _LINE_END_HYPHEN.finditer(source)} - kept
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    raw_start, raw_end = document.raw_span(start, end)
    raw_chars = "".join(
        source[j] for j in range(raw_start, raw_end) if not source[j].isspace() and j not in dropped
    )
    assert raw_chars == "".join(text[start:end].split())
