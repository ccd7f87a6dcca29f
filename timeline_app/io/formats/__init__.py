"""One module per file format; each turns the file's bytes into an ``Extracted``."""

from __future__ import annotations

from dataclasses import dataclass, field

from timeline_app.io.pubdate import Candidate

__all__ = ["Extracted"]


@dataclass(slots=True)
class Extracted:
    """What a format reader found, before cleaning.

    ``raw_text`` is the decoded file text (plain text, Markdown) or the text layer the reader
    extracted (HTML, e-mail, PDF, Word); ``Document.raw_offsets`` point into it. ``body`` is the
    text to clean when it differs from ``raw_text`` (Markdown without its markup), with
    ``body_offsets`` (len(body) + 1 entries) mapping it into ``raw_text``.
    """

    raw_text: str
    format: str
    title: str = ""
    body: str | None = None
    body_offsets: tuple[int, ...] = ()
    dates: list[Candidate] = field(default_factory=list)
    own_urls: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
