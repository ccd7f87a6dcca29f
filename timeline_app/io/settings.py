"""Limits and vocabularies of the file readers, in one place."""

from __future__ import annotations

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Files larger than this (50 MB) are refused before they are read: no news article is that big."""

MAX_TEXT_CHARS = 5_000_000
"""Text longer than this after decoding or extraction is refused (an article is ~10,000)."""

MAX_UNPACKED_BYTES = 200 * 1024 * 1024
"""A .docx whose parts unpack to more than this (200 MB) is refused as a probable zip bomb."""

MAX_COMPRESSION_RATIO = 200
"""A .docx part that unpacks to more than this many times its packed size is refused."""

MAX_PDF_PAGES = 2000
"""PDFs with more pages than this are refused: extracting their text would take minutes."""

SNIFF_BYTES = 64 * 1024
"""How much of a file is inspected to tell text from binary data."""

TEXT_SUFFIXES = ("", ".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MARKDOWN_SUFFIXES = (".md", ".markdown")
EMAIL_SUFFIXES = (".eml",)
PDF_SUFFIXES = (".pdf",)
DOCX_SUFFIXES = (".docx",)

SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(
    s
    for s in (
        *TEXT_SUFFIXES,
        *HTML_SUFFIXES,
        *MARKDOWN_SUFFIXES,
        *EMAIL_SUFFIXES,
        *PDF_SUFFIXES,
        *DOCX_SUFFIXES,
    )
    if s
)
"""Suffixes for the GUI's file dialog filter; files without a suffix are read as plain text too."""
