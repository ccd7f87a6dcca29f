"""PDF files: the text layer, read by pypdf. Scanned pages without one get a clear message."""

from __future__ import annotations

import logging
from io import BytesIO

from timeline_app.io.errors import ReadError
from timeline_app.io.formats import Extracted
from timeline_app.io.settings import MAX_PDF_PAGES

__all__ = ["read_pdf"]


def read_pdf(data: bytes, name: str) -> Extracted:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise ReadError(name, "is not a valid PDF (it does not start with %PDF).")
    try:
        reader = PdfReader(BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError(name, "is a password-protected PDF; save an unprotected copy first.")
        if len(reader.pages) > MAX_PDF_PAGES:
            raise ReadError(name, f"has more than {MAX_PDF_PAGES} pages, too many for an article.")
        pages = [page.extract_text() or "" for page in reader.pages]
        metadata = reader.metadata
        title = str(metadata.title or "").strip() if metadata is not None else ""
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ReadError(name, f"is not a valid PDF ({exc}).") from exc
    text = "\n".join(pages)
    if not text.strip():
        raise ReadError(
            name,
            "is a PDF without a text layer (probably scanned pages); run OCR on it or save the "
            "article as text first.",
        )
    return Extracted(text, "pdf", title=title)
