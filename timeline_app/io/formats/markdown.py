"""Markdown files: the text without its markup; YAML front matter's title and date are metadata.

Markup characters are deleted, never rewritten, so the text keeps a map into the file.
"""

from __future__ import annotations

import re

from timeline_app.core.models import DateSource
from timeline_app.io.cleaning import LABELLED_LINE
from timeline_app.io.decoding import decode_text
from timeline_app.io.formats import Extracted
from timeline_app.io.pubdate import Candidate, parse_date

__all__ = ["read_markdown", "strip_markdown"]

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_FRONT_FIELD = re.compile(
    r"^(title|date|published|pubdate)\s*:\s*[\"']?(.*?)[\"']?\s*$", re.I | re.M
)
_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6}[ \t]+)(.*?)([ \t]+#+)?[ \t]*$", re.M)
# Rules, code fences and setext underlines ("Title" over "=====") become blank lines.
_RULE_OR_FENCE = re.compile(r"^[ \t]{0,3}(?:(?:[-*_][ \t]*){3,}|=+[ \t]*|```.*|~~~.*)$", re.M)
_QUOTE = re.compile(r"^[ \t]{0,3}(>[ \t]?)+", re.M)
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = re.compile(r"\[(?P<text>[^\]\n]+)\]\((?P<url>[^)\s]+)(?:[ \t]+\"[^\"\n]*\")?\)")
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^>\s]+)>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\w*])")
_CODE = re.compile(r"(`+)([^`\n]+?)\1")


def read_markdown(data: bytes, name: str) -> Extracted:
    decoded = decode_text(data, name)
    raw = decoded.text
    extracted = Extracted(raw, "markdown", notes=list(decoded.notes))
    front = _FRONT_MATTER.match(raw)
    if front:
        for key, value in _FRONT_FIELD.findall(front.group(1)):
            if key.lower() == "title":
                extracted.title = value
            elif found := parse_date(value):
                evidence = f"front matter {key}: {value}"
                extracted.dates.append(Candidate(found[0], DateSource.METADATA, evidence))
    body, offsets = strip_markdown(raw, skip=front.end() if front else 0)
    extracted.body, extracted.body_offsets = body, offsets
    return extracted


def strip_markdown(raw: str, *, skip: int = 0) -> tuple[str, tuple[int, ...]]:
    """``raw`` without Markdown markup, and each kept character's index in ``raw``."""
    keep = [True] * len(raw)
    keep[:skip] = [False] * skip

    def drop(start: int, end: int) -> None:
        keep[start:end] = [False] * (end - start)

    for match in _RULE_OR_FENCE.finditer(raw, skip):
        drop(match.start(), match.end())
    for match in _HEADING.finditer(raw, skip):
        drop(*match.span(1))
        if match.group(3):
            drop(*match.span(3))
    for match in _QUOTE.finditer(raw, skip):
        drop(*match.span())
    for match in _IMAGE.finditer(raw, skip):
        drop(*match.span())
    for match in _LINK.finditer(raw, skip):
        labelled = LABELLED_LINE.match(raw, raw.rfind("\n", 0, match.start()) + 1)
        kept = "url" if labelled or match.group("text") == match.group("url") else "text"
        drop(match.start(), match.start(kept))
        drop(match.end(kept), match.end())
    for pattern in (_AUTOLINK, _STRONG, _EMPHASIS, _CODE):
        for match in pattern.finditer(raw, skip):
            if keep[match.start()] and keep[match.end() - 1]:
                drop(match.start(), match.start(2 if pattern is not _AUTOLINK else 1))
                drop(match.end(2 if pattern is not _AUTOLINK else 1), match.end())
    kept_indices = [i for i, k in enumerate(keep) if k]
    text = "".join(raw[i] for i in kept_indices)
    return text, (*kept_indices, len(raw))
