"""``read_document``: any supported article file to a cleaned, dated ``Document``."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from timeline_app.core.models import DateSource, Document, Span
from timeline_app.io import settings
from timeline_app.io.cleaning import Cleaned, clean, compose_offsets
from timeline_app.io.errors import ReadError
from timeline_app.io.formats import Extracted
from timeline_app.io.formats.text import read_text
from timeline_app.io.pubdate import (
    Candidate,
    date_in_name,
    dateline_candidates,
    resolve,
    url_candidates,
)

__all__ = ["read_document"]

_Reader = Callable[[bytes, str], Extracted]


# The other readers load lxml, the e-mail package, pypdf or python-docx: only when needed, so
# opening a plain-text article (and starting the app with one) does not pay for them.
def read_html(data: bytes, name: str) -> Extracted:
    from timeline_app.io.formats.html import read_html as read

    return read(data, name)


def read_markdown(data: bytes, name: str) -> Extracted:
    from timeline_app.io.formats.markdown import read_markdown as read

    return read(data, name)


def read_email(data: bytes, name: str) -> Extracted:
    from timeline_app.io.formats.eml import read_email as read

    return read(data, name)


def read_pdf(data: bytes, name: str) -> Extracted:
    from timeline_app.io.formats.pdf import read_pdf as read

    return read(data, name)


def read_docx(data: bytes, name: str) -> Extracted:
    from timeline_app.io.formats.word import read_docx as read

    return read(data, name)


_READERS: dict[str, tuple[str, _Reader]] = {
    **{s: ("a text file", read_text) for s in settings.TEXT_SUFFIXES},
    **{s: ("a web page", read_html) for s in settings.HTML_SUFFIXES},
    **{s: ("a Markdown file", read_markdown) for s in settings.MARKDOWN_SUFFIXES},
    **{s: ("an e-mail", read_email) for s in settings.EMAIL_SUFFIXES},
    **{s: ("a PDF", read_pdf) for s in settings.PDF_SUFFIXES},
    **{s: ("a Word document", read_docx) for s in settings.DOCX_SUFFIXES},
}
_TITLE_MAX = 150


def read_document(path: str | os.PathLike[str]) -> Document:
    """Read an article file into a ``Document`` with cleaned text and a publication date.

    Plain text (.txt, .text, no suffix; UTF-8/16, Windows-1252/1251, Latin-1), HTML, Markdown,
    e-mail (.eml), PDF (text layer) and Word (.docx) are supported. Files over ``MAX_FILE_BYTES``
    (50 MB) are refused. Raises ``ReadError`` with a one-sentence reason for anything unreadable.
    """
    file = Path(path)
    name = file.name or str(file)
    kind, reader = _reader_for(file, name)
    data = _load(file, name)
    try:
        extracted = reader(data, name)
    except ReadError:
        raise
    except RecursionError as exc:
        raise ReadError(name, f"is {kind} nested too deeply to read.") from exc
    except Exception as exc:  # a library's own error on malformed input: still one sentence
        detail = str(exc).strip().rstrip(".") or type(exc).__name__
        raise ReadError(name, f"could not be read as {kind} ({detail}).") from exc
    return _document(file, name, extracted)


def _load(file: Path, name: str) -> bytes:
    try:
        info = file.stat()
        if file.is_dir():
            raise ReadError(name, "is a folder, not a file; choose an article file inside it.")
        if info.st_size > settings.MAX_FILE_BYTES:
            limit = settings.MAX_FILE_BYTES // (1024 * 1024)
            size = info.st_size / (1024 * 1024)
            raise ReadError(name, f"is {size:.0f} MB, over the {limit} MB limit for an article.")
        with file.open("rb") as stream:
            data = stream.read(settings.MAX_FILE_BYTES + 1)
    except FileNotFoundError as exc:
        raise ReadError(name, "does not exist (it may have been moved or deleted).") from exc
    except PermissionError as exc:
        raise ReadError(name, "cannot be opened: permission denied.") from exc
    except IsADirectoryError as exc:
        raise ReadError(name, "is a folder, not a file; choose an article file inside it.") from exc
    except OSError as exc:
        raise ReadError(name, f"cannot be read ({exc.strerror or exc}).") from exc
    if len(data) > settings.MAX_FILE_BYTES:
        raise ReadError(name, "grew past the size limit while it was being read.")
    if not data:
        raise ReadError(name, "is empty.")
    return data


def _reader_for(file: Path, name: str) -> tuple[str, _Reader]:
    suffix = file.suffix.lower()
    if suffix not in _READERS and not any(c.isalpha() for c in suffix):
        suffix = ""  # "notes.2021" or "report." has no real suffix
    if suffix not in _READERS:
        supported = ", ".join(settings.SUPPORTED_SUFFIXES)
        raise ReadError(
            name,
            f"is an unsupported file type ({file.suffix}); supported are {supported} "
            "and plain text without a suffix.",
        )
    return _READERS[suffix]


def _document(file: Path, name: str, extracted: Extracted) -> Document:
    source_text = extracted.body if extracted.body is not None else extracted.raw_text
    if not source_text.strip():
        raise ReadError(name, "contains only whitespace, no text.")
    if len(source_text) > settings.MAX_TEXT_CHARS:
        raise ReadError(
            name,
            f"has {len(source_text):,} characters of text, more than the "
            f"{settings.MAX_TEXT_CHARS:,} an article can have.",
        )
    cleaned = clean(source_text)
    if extracted.body is not None:
        offsets = compose_offsets(extracted.body_offsets, cleaned.offsets)
        cleaned = Cleaned(cleaned.text, offsets, cleaned.excluded)
    if not cleaned.text.strip():
        raise ReadError(name, "contains no text.")
    publication_date, date_notes = resolve(_candidates(file, extracted, cleaned.text))
    return Document(
        source=str(file),
        title=extracted.title or _guess_title(cleaned, file),
        text=cleaned.text,
        publication_date=publication_date,
        excluded=cleaned.excluded,
        raw_text=extracted.raw_text,
        raw_offsets=cleaned.offsets,
        format=extracted.format,
        notes=(*extracted.notes, *date_notes),
    )


def _candidates(file: Path, extracted: Extracted, text: str) -> list[Candidate]:
    candidates = [*extracted.dates, *dateline_candidates(text)]
    candidates += url_candidates(text, extracted.own_urls)
    from_name = date_in_name(file.name)
    if from_name:
        candidates.append(Candidate(from_name, DateSource.FILENAME, file.name))
    return candidates


def _guess_title(cleaned: Cleaned, file: Path) -> str:
    """The first paragraph if it reads like a headline, else the file name."""
    start = 0
    for paragraph in cleaned.text.split("\n\n"):
        span = Span(start, start + len(paragraph))
        start = span.end + 2
        if not any(span.overlaps(ex) for ex in cleaned.excluded):
            if len(paragraph) <= _TITLE_MAX and not paragraph.endswith("."):
                return paragraph
            break
    return file.stem.replace("-", " ").replace("_", " ").strip() or file.name
