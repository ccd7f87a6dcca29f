"""Bytes to text: byte-order marks, UTF-8, and charset-normalizer for legacy encodings."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import CharsetMatch, from_bytes

from timeline_app.io.errors import ReadError
from timeline_app.io.settings import SNIFF_BYTES

__all__ = ["Decoded", "decode_text"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_DISPLAY_NAMES = {
    "utf_8": "UTF-8",
    "utf_8_sig": "UTF-8",
    "utf_16": "UTF-16",
    "utf_32": "UTF-32",
    "cp1250": "windows-1250",
    "cp1251": "windows-1251",
    "cp1252": "windows-1252",
    "cp1253": "windows-1253",
    "cp1254": "windows-1254",
    "latin_1": "ISO-8859-1 (Latin-1)",
    "iso8859_15": "ISO-8859-15",
    "koi8_r": "KOI8-R",
    "mac_cyrillic": "Mac Cyrillic",
}

# Tie-break order for equally good charset-normalizer matches.
_PREFERRED = ("utf_8", "cp1252", "cp1251", "latin_1", "iso8859_15", "koi8_r", "cp1250")

# Control characters that never appear in real text (tab, newlines and form feed are allowed).
_CONTROL = frozenset(chr(c) for c in range(32) if chr(c) not in "\t\n\r\f\v") | {"\x7f"}


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # a display name such as "windows-1251"
    notes: tuple[str, ...] = ()


def decode_text(data: bytes, name: str) -> Decoded:
    """Decode a text file, or raise ``ReadError`` if it is binary data."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(codec, errors="replace"), _display(codec), name)
    if b"\x00" in data[:SNIFF_BYTES]:
        raise _binary(name)
    try:
        return _checked(data.decode("utf-8"), "UTF-8", name)
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if _looks_like_damaged_utf8(data):
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        note = (
            f"The file is UTF-8 with {bad} invalid byte sequence{'s' if bad != 1 else ''} "
            f"(the first at byte {first_bad}), shown as \ufffd."
        )
        return _checked(text, "UTF-8", name, (note,))
    match = _detect(data)
    if match is None:
        raise _binary(name)
    encoding = _display(match.encoding)
    return _checked(str(match), encoding, name, (f"Encoding detected as {encoding}.",))


def _detect(data: bytes) -> CharsetMatch | None:
    """charset-normalizer's best match; on a tie, the encoding news files most often use.

    Short Western European texts score the same in windows-1250 and windows-1252: "grève" must
    not become "grčve".
    """
    results = from_bytes(data)
    best = results.best()
    if best is None:
        return None
    ties = [m for m in results if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    return min(ties, key=lambda m: _PREFERRED.index(m.encoding) if m.encoding in _PREFERRED else 99)


def _looks_like_damaged_utf8(data: bytes) -> bool:
    """UTF-8 with a few bad bytes: valid multi-byte sequences outnumber the invalid ones."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    return multibyte > 0 and bad <= max(3, multibyte // 10)


def _checked(text: str, encoding: str, name: str, notes: tuple[str, ...] = ()) -> Decoded:
    sample = text[:SNIFF_BYTES]
    if sample and sum(ch in _CONTROL for ch in sample) > len(sample) // 100 + 2:
        raise _binary(name)
    return Decoded(text, encoding, notes)


def _display(codec: str) -> str:
    key = codecs.lookup(codec).name.replace("-", "_")
    return _DISPLAY_NAMES.get(key, codec)


def _binary(name: str) -> ReadError:
    return ReadError(name, "contains binary data, not text (it may be an image or a program file).")
