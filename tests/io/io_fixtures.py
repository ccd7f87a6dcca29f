"""Builders for binary test files: a PDF with (or without) a text layer, Word, e-mail, zip bomb."""

from __future__ import annotations

import zipfile
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path


def make_pdf(lines: list[str], title: str = "") -> bytes:
    """A one-page PDF whose text layer holds ``lines`` (none: a page with only a drawn box)."""
    if lines:
        shown = " ".join(f"({_pdf_escape(line)}) Tj 0 -16 Td" for line in lines)
        content = f"BT /F1 12 Tf 72 720 Td {shown} ET".encode("latin-1")
    else:
        content = b"0.5 g 72 72 200 200 re f"
    info = f"<< /Title ({_pdf_escape(title)}) >>" if title else "<< >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        info.encode("latin-1"),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def _pdf_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_docx(
    path: Path, paragraphs: list[str], *, title: str = "", created: datetime | None = None
) -> Path:
    import docx

    document = docx.Document()
    if title:
        document.add_heading(title, level=0)
    for text in paragraphs:
        document.add_paragraph(text)
    document.core_properties.title = title
    if created is not None:
        document.core_properties.created = created
    document.save(str(path))
    return path


def make_email(subject: str, date: str, plain: str | None, html: str | None = None) -> bytes:
    message = EmailMessage()
    message["From"] = "Newsdesk <desk@courier.example>"
    message["To"] = "reader@example.org"
    message["Subject"] = subject
    message["Date"] = date
    if plain is not None:
        message.set_content(plain)
        if html is not None:
            message.add_alternative(html, subtype="html")
    elif html is not None:
        message.set_content(html, subtype="html")
    return message.as_bytes()


def make_zip_bomb(path: Path, unpacked_bytes: int) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as member:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(unpacked_bytes // len(chunk)):
                member.write(chunk)
    return path
