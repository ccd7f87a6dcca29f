"""Sentence segmentation of cleaned article text (pure Python, no models).

News text is full of full stops that do not end sentences: "Aug. 16", "the U.S. embassy",
"Mr. Voll", "No. 10", "John F. Kennedy". A full stop, "?" or "!" (with any closing quotes or
brackets) ends a sentence only when whitespace and a sentence-like start follow and the word before
it is not a known abbreviation or an initial. A paragraph break (a blank line) always ends one, so
a headline without final punctuation is a sentence of its own.
"""

from __future__ import annotations

import re

from timeline_app.core.models import Span

__all__ = ["ABBREVIATIONS", "NUMBER_ABBREVIATIONS", "split_sentences"]

# Lower-cased, without the final dot. Months and weekdays are here because news writes "Aug. 16"
# and "Tues. night"; titles because of "Mr. Voll".
_ABBREVIATIONS_TEXT = """
    mr mrs ms messrs dr prof sen sens rep reps gov gen lt col maj capt cmdr adm sgt cpl pvt rev
    fr sr jr st mt ft hon pres supt insp det atty jan feb mar apr jun jul aug sep sept oct nov
    dec mon tue tues wed thu thur thurs fri sat sun approx est dept univ assn bros inc ltd co
    corp plc llc cie vs v cf al ca
"""
ABBREVIATIONS = frozenset(_ABBREVIATIONS_TEXT.split())

# Abbreviations only before a number: "No. 10", "p. 4"; "said no. Then" ends a sentence.
NUMBER_ABBREVIATIONS = frozenset(
    ["no", "nos", "vol", "vols", "fig", "figs", "p", "pp", "ch", "art", "sec", "para"]
)

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
# A candidate end: terminal punctuation, then any closing quotes/brackets.
_TERMINAL = re.compile(r"[.!?]+[\"'”’»)\]]*")
# What may start the next sentence: an upper-case letter, a digit, or an opening quote/bracket.
_SENTENCE_START = re.compile(r"[\"'“‘«(\[]*[\w]")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_INITIALISM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]$")  # "U.S", "a.m" (final dot stripped)


def split_sentences(text: str) -> list[Span]:
    """Split ``text`` into sentence spans, each trimmed of surrounding whitespace."""
    spans: list[Span] = []
    start = 0
    for brk in _PARAGRAPH_BREAK.finditer(text):
        spans.extend(_split_paragraph(text, start, brk.start()))
        start = brk.end()
    spans.extend(_split_paragraph(text, start, len(text)))
    return spans


def _split_paragraph(text: str, start: int, end: int) -> list[Span]:
    spans: list[Span] = []
    sentence_start = start
    for match in _TERMINAL.finditer(text, start, end):
        if _ends_sentence(text, match, end):
            spans.extend(_trimmed(text, sentence_start, match.end()))
            sentence_start = match.end()
    spans.extend(_trimmed(text, sentence_start, end))
    return spans


def _ends_sentence(text: str, match: re.Match[str], end: int) -> bool:
    after = match.end()
    if after >= end:
        return True
    if not text[after].isspace():
        return False  # "3.5", "example.com", "?!"" mid-token
    nxt = after
    while nxt < end and text[nxt].isspace():
        nxt += 1
    start_match = _SENTENCE_START.match(text, nxt, end)
    if start_match is None:
        return True  # a dash or symbol after a full stop: still a new sentence
    first = start_match.group()[-1]
    if first.islower():
        return False
    if match.group().startswith(".") and len(match.group().rstrip("\"'”’»)]")) == 1:
        if _CLOCK_END.search(text, max(0, match.start() - 6), match.start() + 1):
            # "... at 3 a.m. Turnout was high": a clock time ends the sentence unless a zone,
            # a day or a month follows ("5 p.m. EST", "3 p.m. Tuesday")
            return not _CLOCK_CONTINUES.match(text, nxt, end)
        return not _is_abbreviation(text, match.start(), next_is_digit=first.isdigit())
    return True


_CLOCK_END = re.compile(r"\d\s*[ap]\.m\.$", re.IGNORECASE)
_CLOCK_CONTINUES = re.compile(
    r"(?:[A-Z]{2,4}\b|Eastern|Central|Pacific|Mountain|Atlantic|Greenwich|local|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|"
    r"\d|[(\[])"
)


def _is_abbreviation(text: str, dot: int, *, next_is_digit: bool) -> bool:
    """Whether the word ending at the full stop ``text[dot]`` is an abbreviation or initial."""
    before = _WORD_BEFORE.search(text, max(0, dot - 40), dot)
    if before is None:
        return False
    word = before.group(1)
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # an initial: "John F. Kennedy"
    if _INITIALISM.fullmatch(word):
        return True  # "U.S.", "a.m."
    word = word.lower()
    return word in ABBREVIATIONS or (next_is_digit and word in NUMBER_ABBREVIATIONS)


def _trimmed(text: str, start: int, end: int) -> list[Span]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start > MAX_SENTENCE:
        return _pieces(text, start, end)
    return [Span(start, end)] if start < end else []


# A "sentence" longer than this (a table or list pasted without full stops) is cut at its last
# semicolon, comma or space before the limit, so the work per sentence stays bounded and the
# whole analysis linear in the article's length.
MAX_SENTENCE = 1_000


def _pieces(text: str, start: int, end: int) -> list[Span]:
    spans: list[Span] = []
    while end - start > MAX_SENTENCE:
        window = text[start : start + MAX_SENTENCE]
        cut = max(window.rfind("; "), window.rfind(", "))
        if cut < MAX_SENTENCE // 2:
            cut = window.rfind(" ")
        cut = start + (cut + 1 if cut > 0 else MAX_SENTENCE)
        spans.extend(_trimmed(text, start, cut))
        start = cut
    spans.extend(_trimmed(text, start, end))
    return spans
