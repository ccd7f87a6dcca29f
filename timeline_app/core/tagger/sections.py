"""Parts of a text that carry their own date: an e-mail, memo, notice or minutes printed inside a
story. Their "tomorrow" and "on Friday" count from the date in their header ("Sent: Tuesday,
March 4, 2014 3:12 PM"), not from the story's publication date.

Only where the header lies is found here; its date is read by the tagger itself (``resolve``).
The reader keeps such headers' lines, and a live blog's post stamps, lines of their own
(``timeline_app.core.document_parts``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline_app.core.document_parts import HEADER_FIELDS

# a header line that dates what follows it
_HEADER = re.compile(
    r"^[ \t>]*(?:"
    r"(?:Date|Sent|Issued|Dated|Date\s+sent)[ \t]*:[ \t]*(?P<date>\S[^\n]*)"
    r"|(?P<wrote>On[ \t]+\S[^\n]{5,160}?[ \t]wrote:)[ \t]*"
    r"|(?:Minutes[ \t]+of[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,4}?meeting[ \t]+|Meeting[ \t]+)"
    r"(?:held[ \t]+)?(?:on[ \t]+)?(?P<held>\d[^\n]*|(?:Mon|Tues?|Wed|Thu|Fri|Sat|Sun)[^\n]*)"
    r")$",
    re.MULTILINE | re.IGNORECASE,
)
# the lines of a header block around the dating line ("From: ...", "Subject: ...")
_FIELD = re.compile(rf"[ \t>]*{HEADER_FIELDS}[ \t]*:", re.IGNORECASE)
_QUOTED = re.compile(r"[ \t]*>")
# where the story's own voice comes back: a reporter's verb of saying, outside quotation marks
_REPORTING = re.compile(r"\b(?:said|says|told|according\s+to|added|declined\s+to)\b")
_QUOTATION = re.compile(r"[\"\u201c][^\"\u201d]*[\"\u201d]")
_RUN_DATES = re.compile(r"(?:Published|Publish|Run\s+dates?|Pub\.?\s+dates?)[ \t]*:", re.I)
_MAX_PARAGRAPHS = 30  # a memo's headings and list items are paragraphs of their own
_MAX_LENGTH = 5000


@dataclass(frozen=True, slots=True)
class Section:
    """A stretch of text dated by its header: ``date_start``/``date_end`` is the header's date
    expression; what lies between ``start`` and ``end`` counts from that date."""

    header: str  # the header line, for the reason a date gives ("Sent: Tuesday, March 4, ...")
    date_start: int
    date_end: int
    start: int
    end: int
    filed: bool = False  # a story under a dateline dated before its paper ("MOSCOW, Dec. 5 -")


def dated_sections(text: str) -> list[Section]:
    """The sections of ``text`` that an e-mail, memo or minutes header dates, in text order."""
    if ":" not in text:
        return []
    headers = [m for m in _HEADER.finditer(text) if _header_block_ok(text, m)]
    sections = []
    for i, m in enumerate(headers):
        group = "date" if m["date"] else "wrote" if m["wrote"] else "held"
        limit = _block_start(text, headers[i + 1].start()) if i + 1 < len(headers) else len(text)
        end = _body_end(text, m.end(), limit)
        if end > m.end():
            header = " ".join(m[0].strip(" \t>").split())
            sections.append(Section(header, m.start(group), m.end(group), m.end(), end))
    return sections


def _header_block_ok(text: str, m: re.Match[str]) -> bool:
    """A "Date:" line counts only inside a block of header fields or on a line of its own
    after a heading (a memo's "DATE: January 22, 2015"), not "Date: to be confirmed" prose."""
    if not m["date"]:
        return True
    return any(ch.isdigit() for ch in m["date"])


def _block_start(text: str, at: int) -> int:
    """Where the header block holding the line at ``at`` begins ("From:" above "Sent:")."""
    start = at
    while start > 0:
        prev = text.rfind("\n", 0, start - 1) + 1
        if not _FIELD.match(text, prev, start):
            break
        start = prev
    return start


def _body_end(text: str, at: int, limit: int) -> int:
    """Where the message or document after a header at ``at`` ends: at the next header block
    (``limit``), after its quoted ("> ") lines when it is quoted, else at the first paragraph
    in the reporter's voice, within a few dozen paragraphs."""
    pos = at
    while pos < limit and text[pos] in " \t\n":
        pos += 1
    if _QUOTED.match(text, pos):
        end = pos
        for line in re.finditer(r"[^\n]*(?:\n|$)", text[pos:limit]):
            if not line[0].strip():
                continue
            if not _QUOTED.match(line[0]):
                break
            end = pos + line.end()
        return end
    end = pos
    for count, para in enumerate(re.finditer(r"\S(?:[^\n]|\n(?![ \t]*\n))*", text[pos:limit])):
        body = _QUOTATION.sub("", para[0])
        if count > 0 and _REPORTING.search(body):
            break
        if count >= _MAX_PARAGRAPHS or para.end() > _MAX_LENGTH:
            break
        end = pos + para.end()
        if _RUN_DATES.match(para[0]):
            break  # a legal notice ends with the dates it runs: "Published: Jan. 8, 15, 22, 2014"
    return end
