"""Word documents (.docx): body paragraphs and tables; the created date is metadata evidence.

A .docx is a zip archive, so its member sizes are checked before anything is unpacked: a small
file that unpacks to gigabytes (a zip bomb) is refused.
"""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime
from io import BytesIO

from timeline_app.core.models import DateSource
from timeline_app.io.errors import ReadError
from timeline_app.io.formats import Extracted
from timeline_app.io.pubdate import Candidate
from timeline_app.io.settings import MAX_COMPRESSION_RATIO, MAX_UNPACKED_BYTES

__all__ = ["read_docx"]


def read_docx(data: bytes, name: str) -> Extracted:
    _check_archive(data, name)
    import docx

    try:
        document = docx.Document(BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors...
        raise ReadError(name, f"is not a valid Word document ({exc}).") from exc
    blocks = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            blocks.append(" | ".join(cell.text for cell in row.cells))
    text = "\n\n".join(b.strip() for b in blocks if b.strip())
    if not text:
        raise ReadError(name, "is a Word document with no text in it.")
    props = document.core_properties
    title = (props.title or "").strip() or _styled_title(document)
    extracted = Extracted(text, "docx", title=title)
    if props.created is not None and not _is_template_default(props.created):
        created = props.created.date()
        evidence = f"Word document property 'created' {created.isoformat()}"
        extracted.dates.append(Candidate(created, DateSource.METADATA, evidence))
    return extracted


# python-docx's blank template carries this 'created' stamp; a document generated from it without
# setting the property would otherwise claim to be from December 2013.
_PYTHON_DOCX_TEMPLATE_CREATED = datetime(2013, 12, 23, 23, 15, tzinfo=UTC)


def _is_template_default(created: datetime) -> bool:
    if created.tzinfo is None:
        created = created.replace(tzinfo=UTC)
    return created == _PYTHON_DOCX_TEMPLATE_CREATED


def _styled_title(document: object) -> str:
    for paragraph in getattr(document, "paragraphs", []):
        style = getattr(paragraph.style, "name", "") or ""
        if style == "Title" and paragraph.text.strip():
            return str(paragraph.text).strip()
    return ""


def _check_archive(data: bytes, name: str) -> None:
    if not zipfile.is_zipfile(BytesIO(data)):
        raise ReadError(name, "is not a valid Word document (it is not a zip archive).")
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ReadError(name, f"is not a valid Word document ({exc}).") from exc
    if "word/document.xml" not in {m.filename for m in members}:
        raise ReadError(name, "is a zip archive but not a Word document (no word/document.xml).")
    total = sum(m.file_size for m in members)
    worst = max((m.file_size / max(m.compress_size, 1) for m in members), default=0)
    if total > MAX_UNPACKED_BYTES or (worst > MAX_COMPRESSION_RATIO and total > 10_000_000):
        raise ReadError(
            name,
            f"unpacks to {total / 1e6:.0f} MB, which looks like a zip bomb; it was not opened.",
        )
