"""Hard-wrapped text to paragraphs, with a map back to the raw text and the spans to ignore.

``clean`` joins the lines of a paragraph with one space, undoes end-of-line hyphenation
("govern-\\nment"), re-joins URLs broken across lines, gives boilerplate lines ("Related article:",
photo credits, "Original url:" footers, share buttons) paragraphs of their own, and separates
paragraphs with a blank line. Only whitespace and undone hyphens are dropped, so every span of the
cleaned text maps back (``offsets``) to raw text with the same non-whitespace characters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from timeline_app.core.document_parts import DATE_HEADING, HEADER_FIELDS, POST_STAMP
from timeline_app.core.models import Span

__all__ = [
    "LABELLED_LINE",
    "OWN_URL_LABELS",
    "URL",
    "Cleaned",
    "clean",
    "compose_offsets",
    "find_excluded",
]

# A line that introduces a link or names the source rather than telling the story.
LABELLED_LINE = re.compile(
    r"(?P<label>related(?:\s+(?:articles?|stories|story|content|coverage|reading))?|read\s+more"
    r"|read\s+also|also\s+read|see\s+also|more\s+on\s+this(?:\s+story)?|original\s+url"
    r"|original\s+article|source\s+url|source|url|link|canonical(?:\s+url)?|permalink"
    r"|article\s+url)\s*:",
    re.IGNORECASE,
)
# Labels whose URL is the article's own address (the others point at other articles).
OWN_URL_LABELS = frozenset(
    {
        "original url",
        "original article",
        "source url",
        "source",
        "url",
        "link",
        "canonical",
        "canonical url",
        "permalink",
        "article url",
    }
)
_DATELINE_LINE = re.compile(
    r"(?:first\s+)?(?:published|posted|updated|last\s+updated|last\s+modified)\b(?=.*\d).{0,80}",
    re.IGNORECASE,
)
_SHARE_LINE = re.compile(
    r"(?:share(?:\s+(?:this|on|via)\b.*)?|subscribe\b.*|sign\s+up\b.*|follow\s+us\b.*"
    r"|click\s+here\b.*|advertisement|advertising|sponsored(?:\s+content)?|comments?"
    r"|newsletter\b.*|skip\s+to\b.*|back\s+to\s+top|print(?:\s+this\s+(?:article|page))?"
    r"|e-?mail\s+this\b.*|tweet(?:\s+this)?|copy\s+link|unsubscribe\b.*"
    r"|you(?:'re|\s+are)\s+receiving\s+this\b.*|manage\s+your\s+subscription\b.*)",
    re.IGNORECASE,
)
_NOTE_LINE = re.compile(
    r"(?:(?:correction|clarification|editor['\u2019]s\s+note)\s*:|an\s+earlier\s+version\s+of\s+"
    r"this\s+(?:story|article|report)\b).{0,400}"
    r"|\(\s*(?:reporting|writing|editing|additional\s+reporting)\s+by\s+[^)]{1,200}\)",
    re.IGNORECASE | re.DOTALL,
)
_CREDIT_WORDS_TEXT = """
    photo photos photograph photographs picture pictures image images video illustration credit
    file handout courtesy via reuters afp ap getty epa shutterstock pa bloomberg xinhua alamy
    anadolu efe tass ansa dpa upi
"""
_CREDIT_WORDS = frozenset(_CREDIT_WORDS_TEXT.split())
_CREDIT_LABEL = re.compile(
    r"(?:photo(?:graph)?s?|pictures?|images?|illustration|credit)\s*:\s*[^.!?]{1,80}",
    re.IGNORECASE,
)
_WORD_SPLIT = re.compile(r"[\s/,;|&]+")

URL = re.compile(r"(?:https?://|ftp://|www\.)[^\s<>\"'\[\](){}]+", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL_TRAIL = ".,;:!?'\"”’)»"
_CLOSERS = "\"'”’)»"
_URL_CONTINUES = "-_=&?#%~+"  # a URL ending in one of these at a line end goes on
_UNWRAPPED_LINE = 120  # a block with a line this long has one paragraph per line
_SHORT_LINE = 0.6  # a line ending "." this much shorter than its block's longest ends a paragraph


@dataclass(frozen=True, slots=True)
class Cleaned:
    text: str
    offsets: tuple[int, ...]  # len(text) + 1 indices into the raw text
    excluded: tuple[Span, ...]


@dataclass(slots=True)
class _Line:
    start: int  # raw index of the first non-blank character
    content: str  # the line without surrounding whitespace

    @property
    def end(self) -> int:
        return self.start + len(self.content)


def clean(raw: str) -> Cleaned:
    """Clean ``raw`` (see the module docstring)."""
    paragraphs: list[list[_Line]] = []
    boiler: list[bool] = []
    for block in _blocks(raw):
        for para, is_boiler in _paragraphs(block):
            paragraphs.append(para)
            boiler.append(is_boiler)
    text, offsets, para_spans = _emit(paragraphs)
    excluded = [span for span, b in zip(para_spans, boiler, strict=True) if b]
    excluded.extend(find_excluded(text))
    return Cleaned(text, tuple(offsets), _merge(excluded))


def find_excluded(text: str) -> list[Span]:
    """URL and e-mail address spans in ``text``."""
    spans = [Span(m.start(), m.start() + len(_url_text(m.group()))) for m in URL.finditer(text)]
    spans.extend(Span(m.start(), m.end()) for m in _EMAIL.finditer(text))
    return spans


def compose_offsets(outer: Sequence[int], inner: Sequence[int]) -> tuple[int, ...]:
    """Offsets into the raw text for a text whose ``inner`` offsets point into an ``outer`` one."""
    return tuple(outer[i] for i in inner)


def _url_text(candidate: str) -> str:
    return candidate.rstrip(_URL_TRAIL)


def _blocks(raw: str) -> list[list[_Line]]:
    """Runs of non-blank lines."""
    blocks: list[list[_Line]] = [[]]
    pos = 0
    for line in raw.splitlines(keepends=True):
        body = line.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        stripped = body.strip()
        if stripped:
            lead = len(body) - len(body.lstrip())
            blocks[-1].append(_Line(pos + lead, stripped))
        elif blocks[-1]:
            blocks.append([])
        pos += len(line)
    return [b for b in blocks if b]


def _paragraphs(block: list[_Line]) -> list[tuple[list[_Line], bool]]:
    """Split a block into paragraphs; boilerplate lines get their own (flagged True)."""
    longest = max(len(line.content) for line in block)
    result: list[tuple[list[_Line], bool]] = []
    current: list[_Line] = []
    for line in block:
        if current and _url_continues(current[-1], line):
            current.append(line)
        elif not current and result and result[-1][1] and _goes_on(result[-1][0][-1], line):
            result[-1][0].append(line)  # "Original url: https://...-" then "pay-deal"
        elif _starts_fresh(current) and _is_boilerplate(line.content):
            if current:
                result.append((current, False))
            current = []
            result.append(([line], True))
        else:
            if current and (_paragraph_ends(current[-1], longest) or _own_lines(current, line)):
                result.append((current, False))
                current = []
            current.append(line)
    if current:
        result.append((current, False))
    return result


def _goes_on(line: _Line, nxt: _Line) -> bool:
    """Whether ``nxt`` continues a boilerplate line: the rest of its URL or of its sentence."""
    if _url_continues(line, nxt):
        return True
    ended = line.content.rstrip(_CLOSERS).endswith((".", "!", "?"))
    return not ended and nxt.content[0].islower()


def _starts_fresh(current: list[_Line]) -> bool:
    """Whether the next line can start a line of its own (not the middle of a sentence)."""
    return not current or current[-1].content.rstrip(_CLOSERS).endswith((".", "!", "?", ":"))


# lines of a document printed inside the story, each its own line and never wrapped text: the
# fields of an e-mail or memo header, a minutes' heading, list items, and the line before a
# quoted reply
_FIELD_LINE = re.compile(rf"{HEADER_FIELDS}[ \t]*:[ \t]", re.IGNORECASE)
_MINUTES_LINE = re.compile(r"Minutes\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?meeting\b", re.IGNORECASE)
_STAMP_LINE = re.compile(POST_STAMP, re.IGNORECASE)
_LIST_ITEM = re.compile(r"(?:[-\u2022*\u2013\u2014]|\d{1,2}\.)[ \t]+[A-Z0-9]")
# a chronology's line, its date first: "Jan. 14 - Auditors flag ...", "3 March 2012: Police raid"
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATED_LINE = re.compile(
    rf"(?:{_MONTH_WORD}[ \t]+\d{{1,2}}(?:,?[ \t]+\d{{4}})?|"
    rf"\d{{1,2}}[ \t]+{_MONTH_WORD}(?:[ \t]+\d{{4}})?|{_MONTH_WORD}[ \t]+\d{{4}})"
    r"[ \t]*[:\u2013\u2014-][ \t]+[A-Z0-9]"
)
_DATE_HEADING = re.compile(DATE_HEADING)


def _own_lines(current: list[_Line], nxt: _Line) -> bool:
    """Whether the last line of ``current`` and ``nxt`` are lines of their own, not one wrapped
    sentence: header fields ("From: ..." / "Sent: ..."), list items, a heading in capitals
    before them, a diary's date headings, and "On 7 Nov 2014, Dawn Keeler wrote:" before what
    she wrote."""
    line = current[-1]
    if _FIELD_LINE.match(nxt.content) or _LIST_ITEM.match(nxt.content):
        return True
    if _DATED_LINE.match(nxt.content) and _DATED_LINE.match(line.content):
        return True  # a chronology: one dated line under another
    if _MINUTES_LINE.match(nxt.content):
        return True
    content = line.content
    if content.endswith("wrote:") or _FIELD_LINE.match(content):
        return True
    if _STAMP_LINE.fullmatch(content) or _STAMP_LINE.fullmatch(nxt.content):
        return True  # a live blog's post stamped "00.34", the post below it
    if (_DATE_HEADING.fullmatch(content) and _starts_fresh(current[:-1])) or (
        _DATE_HEADING.fullmatch(nxt.content) and _starts_fresh(current)
    ):
        return True  # a diary's entry under its date, "Saturday 14 April"
    return content.isupper() and not content.rstrip(_CLOSERS).endswith((",", "-"))


def _paragraph_ends(line: _Line, longest: int) -> bool:
    if longest >= _UNWRAPPED_LINE:
        return True
    content = line.content.rstrip(_CLOSERS)
    return content.endswith((".", "!", "?")) and len(line.content) < _SHORT_LINE * longest


def _is_boilerplate(content: str) -> bool:
    if _NOTE_LINE.fullmatch(content):
        return True  # corrections and agency credits speak about the story, not its events
    if len(content) > 200:
        return False
    if LABELLED_LINE.match(content) or _SHARE_LINE.fullmatch(content):
        return True
    if _DATELINE_LINE.fullmatch(content) or _CREDIT_LABEL.fullmatch(content):
        return True
    words = [w for w in _WORD_SPLIT.split(content.lower()) if w]
    return 0 < len(words) <= 4 and all(w in _CREDIT_WORDS for w in words)


def _last_url(line: _Line) -> str | None:
    """The URL the line ends with, if its last token is one."""
    token = line.content.rsplit(None, 1)[-1]
    match = URL.search(token)
    return token[match.start() :] if match and match.end() == len(token) else None


def _url_continues(line: _Line, nxt: _Line) -> bool:
    """Whether ``nxt`` goes on with the URL that ``line`` ends with."""
    url = _last_url(line)
    if url is None:
        return False
    if url.endswith(tuple(_URL_CONTINUES)):
        return True
    tokens = nxt.content.split()
    if any(c in tokens[0] for c in "/_=?&#%"):
        return True  # ".../2021/08/" then "16/story.html ..."
    return len(tokens) == 1 and any(c in tokens[0].rstrip(_URL_TRAIL) for c in ".-")


# Words that form hyphenated compounds ("two-year", "self-made", "mid-July"): a hyphen after one
# of them at a line end is a real hyphen, not a word broken by the wrap.
_COMPOUND_HEADS_TEXT = """
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred thousand million billion first second third fourth fifth sixth seventh eighth ninth
    tenth half quarter self well long short full part high low non anti pre post mid co ex semi
    multi cross all ill year day week month time so far near state
"""
_COMPOUND_HEADS = frozenset(_COMPOUND_HEADS_TEXT.split())
_LAST_WORD = re.compile(r"([A-Za-z]+)-$")


def _join(line: _Line, nxt: _Line) -> str:
    """How two lines of a paragraph join: "" (URL or hyphenation), "-" (drop the hyphen) or " "."""
    if _url_continues(line, nxt):
        return ""
    c = line.content
    if len(c) >= 3 and c.endswith("-") and c[-2].isalpha() and nxt.content[0].isalpha():
        if _last_url(line) is not None:
            return " "
        broken_word = c[-2].islower() and nxt.content[0].islower() and not _is_compound_head(c)
        return "-" if broken_word else ""  # "govern-ment" -> "government"; "two-year" stays
    return " "


def _is_compound_head(content: str) -> bool:
    match = _LAST_WORD.search(content)
    return match is not None and match.group(1).lower() in _COMPOUND_HEADS


def _emit(paragraphs: list[list[_Line]]) -> tuple[str, list[int], list[Span]]:
    chars: list[str] = []
    offsets: list[int] = []
    spans: list[Span] = []
    last_end = 0
    for para in paragraphs:
        if chars:
            chars.extend("\n\n")
            offsets.extend((last_end, last_end))
        start = len(chars)
        for i, line in enumerate(para):
            joiner = _join(line, para[i + 1]) if i + 1 < len(para) else ""
            content = line.content[:-1] if joiner == "-" else line.content
            _emit_line(content, line.start, chars, offsets)
            last_end = line.end
            if joiner == " ":
                chars.append(" ")
                offsets.append(line.end)
        spans.append(Span(start, len(chars)))
    offsets.append(last_end)
    return "".join(chars), offsets, spans


def _emit_line(content: str, start: int, chars: list[str], offsets: list[int]) -> None:
    """Copy a line, collapsing runs of inner whitespace to one space."""
    previous_space = False
    for i, ch in enumerate(content):
        if ch.isspace():
            if previous_space:
                continue
            ch = " "
            previous_space = True
        else:
            previous_space = False
        chars.append(ch)
        offsets.append(start + i)


def _merge(spans: list[Span]) -> tuple[Span, ...]:
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if merged and span.start <= merged[-1].end:
            last = merged.pop()
            span = Span(last.start, max(last.end, span.end))
        merged.append(span)
    return tuple(merged)
