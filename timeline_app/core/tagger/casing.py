"""Texts written all in capitals: a broadcast wire's script, an old telex ("THE YARDS ARE CLOSED
TODAY AND REOPEN TUESDAY MORNING"). The rules read case ("May" the month, "may" the verb; a
line in capitals a heading), so such a text is tagged in ordinary case: lower case, with the
first word of each sentence and the names of months and weekdays capitalised. Every character
keeps its offset, so what is found maps back onto the text as written.
"""

from __future__ import annotations

import re
import string

# letters in capitals, as a share of all letters, above which a text is read as written in them
_SHOUTING_SHARE = 0.8
_MIN_LETTERS = 200
_NAMES = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|june|july|"
    r"august|september|october|november|december|(?:jan|feb|mar|apr|aug|sept?|oct|nov|dec)\.)"
    # "may" only where it is the month: "May 31", "in May", "early May"
    r"|\bmay\b(?=,?\s+\d)|(?<=\bin\s)may\b|(?<=\bof\s)may\b|(?<=-)may\b|(?<=\bearly\s)may\b"
    r"|(?<=\blate\s)may\b|(?<=\bsince\s)may\b|(?<=\buntil\s)may\b|(?<=\blast\s)may\b"
)
_CODE = re.compile(r"[A-Z0-9-]*\d[A-Z0-9-]*[A-Z][A-Z0-9-]*|[A-Z][A-Z0-9-]*\d[A-Z0-9-]*")
_NO_LOWER = str.maketrans("", "", string.ascii_lowercase)
_NO_UPPER = str.maketrans("", "", string.ascii_uppercase)
_SENTENCE_START = re.compile(
    # (not after "p.m.", "Mr.", "Jan.": "at 3 p.m. today")
    r"(?:^|(?<![ap]\.m)(?<!\b(?:mr|ms|dr|st))(?<!\bmrs)"
    r"(?<!\b(?:jan|feb|mar|apr|aug|sep|oct|nov|dec))(?<!\bsept)[.!?][\"')]*\s+|\n\s*|--\s*)([a-z])"
)


def shouting(text: str) -> bool:
    """Whether ``text`` is written (almost) all in capitals (counted on ASCII letters, fast)."""
    lower = len(text) - len(text.translate(_NO_LOWER))
    if lower * 4 > len(text):
        return False  # (then capitals cannot be four times as many)
    upper = len(text) - len(text.translate(_NO_UPPER))
    letters = upper + lower
    return letters >= _MIN_LETTERS and upper >= _SHOUTING_SHARE * letters


def ordinary_case(text: str) -> str:
    """``text`` in ordinary case, each character at its offset (see the module's note)."""
    lowered = "".join(low if len(low := ch.lower()) == 1 else ch for ch in text)
    chars = list(lowered)
    for m in _CODE.finditer(text):  # a wire's stamp or code as written: "AP-IL-08-13-90 0548CDT"
        chars[m.start() : m.end()] = m.group(0)
    for m in _NAMES.finditer(lowered):
        chars[m.start()] = chars[m.start()].upper()
    for m in _SENTENCE_START.finditer(lowered):
        chars[m.start(1)] = chars[m.start(1)].upper()
    return "".join(chars)
