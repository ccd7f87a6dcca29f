"""Reading article files: plain text, HTML, Markdown, e-mail, PDF and Word into a ``Document``.

``read_document`` refuses files over ``MAX_FILE_BYTES`` (50 MB) and raises ``ReadError`` with a
one-sentence reason for anything it cannot read; no other exception escapes for bad input.
Nothing is fetched from the network and no script in a file is run.
"""

from __future__ import annotations

from timeline_app.io.errors import ReadError
from timeline_app.io.readers import read_document
from timeline_app.io.settings import MAX_FILE_BYTES, SUPPORTED_SUFFIXES

__all__ = ["MAX_FILE_BYTES", "SUPPORTED_SUFFIXES", "ReadError", "read_document"]
