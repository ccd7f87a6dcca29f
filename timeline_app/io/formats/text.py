"""Plain text files (.txt, .text, no suffix) in any common encoding."""

from __future__ import annotations

from timeline_app.io.decoding import decode_text
from timeline_app.io.formats import Extracted

__all__ = ["read_text"]


def read_text(data: bytes, name: str) -> Extracted:
    decoded = decode_text(data, name)
    return Extracted(decoded.text, "text", notes=list(decoded.notes))
