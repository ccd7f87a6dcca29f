"""The publication date of an article, and the evidence for it.

Order of trust: document metadata, then a dateline or "Published ..." line in the text (published
before updated), then the article's own URL (the "Original url:"/"Source:"/canonical one, never a
related article's link), then a date in the file name, and last a wire dateline without a year
("CORRIN BAY, March 11 (Wire) -"), dated to the latest March 11 up to today and said so. Never
today's date itself or the file's mtime.
Plain ``datetime``/``re`` only: dateparser belongs to the tagger.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from timeline_app.core.models import DateSource, PublicationDate
from timeline_app.io.cleaning import LABELLED_LINE, OWN_URL_LABELS, URL

__all__ = [
    "Candidate",
    "date_in_name",
    "date_in_url",
    "dateline_candidates",
    "parse_date",
    "resolve",
    "url_candidates",
]

_TRUST = {DateSource.METADATA: 0, DateSource.DATELINE: 1, DateSource.URL: 2, DateSource.FILENAME: 3}
_SOURCE_PHRASE = {
    DateSource.METADATA: "the document's metadata",
    DateSource.DATELINE: "a dateline in the text",
    DateSource.URL: "the article URL",
    DateSource.FILENAME: "the file name",
}

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_DATE_FORMS = (
    rf"{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}",  # Monday, March 13, 2023 / Aug. 16 2021
    rf"{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}",  # Mon 13 Mar 2023
    rf"{_YEAR}-(?P<mnum>\d\d)-(?P<day>\d\d)",  # 2023-03-13
    rf"{_WEEKDAY}(?P<day>[0-3]?\d)\.(?P<mnum>[01]?\d)\.{_YEAR}",  # 13.03.2023
    # 08/18/2010 (month first, as US sites write it, unless the first number cannot be a month)
    rf"{_WEEKDAY}(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/{_YEAR}",
)
_DATE = [re.compile(rf"\b{form}(?!\d)", re.IGNORECASE) for form in _DATE_FORMS]

_PUBLISHED = re.compile(
    r"(?:^|[|•·]\s*)(?P<label>(?:first\s+)?(?:published|posted|updated|last\s+updated"
    r"|last\s+modified|modified))\b(?:\s+on)?\s*:?\s*"
    # ... or capitalised after a byline that unwrapping joined to it: "Our Staff Reporter
    # Published March 7, 2024", "By Marites de la Paz First Posted 06:12:00 08/18/2010"
    # (or to a heading that ends in a date: "CALL LOG: Dec. 29, 2014 - Jan. 4, 2015 Posted ...")
    r"|(?<=[a-z0-9.,]\s)(?P<inline>(?-i:(?:First\s+)?(?:Published|Posted|Updated)|Last\s+updated))"
    r"\b(?:\s+on)?\s*:?\s*",
    re.IGNORECASE | re.MULTILINE,
)
# a clock time written before the date: "Published 4:12 p.m. CT March 15, 2018"
_TIME_FIRST = re.compile(
    r"\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?,?\s+", re.IGNORECASE
)
# "KABUL, Aug. 16, 2021 (Reuters) -" or a paragraph that is only a date.
# ... also with a state or country after the city: "HALLORAN, Ore., Feb. 4, 2026 /Newswire/ --"
_CITY_DATELINE = re.compile(r"[A-Z][A-Z .'’-]{1,40},\s*(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?,\s*)?")
_DATELINE_PARAGRAPHS = 6
_HEADER_BLOCK = 300  # a header paragraph (joined short lines) at most this long
_STORY_PARAGRAPH = 200  # a paragraph this long is the story itself: its date lines came before
# "By Staff Reporter, 14 March 2023"; "From Clara Webb in Lenvik Thursday 19 February 2026"
_BYLINE = re.compile(
    r"(?:by|from)\s+(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|"
    r"sat|sun)[a-z]*\b)[A-Z]",
    re.IGNORECASE,
)
_BYLINE_MAX = 120

_URL_DATES = (
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)[/_.-](?P<mnum>\d\d?)[/_.-](?P<day>\d\d?)(?!\d)"),
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)(?P<mnum>[01]\d)(?P<day>[0-3]\d)(?!\d)"),
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One piece of evidence for the publication date; lower ``rank`` wins within a source."""

    value: date
    source: DateSource
    evidence: str
    rank: int = 0
    year_assumed: bool = False  # a dateline gave the day and month only; trusted least


def parse_date(text: str, *, start: int = 0, anchored: bool = False) -> tuple[date, str] | None:
    """The first full date (day, month, year) in ``text`` from ``start`` and the matched words."""
    best: tuple[int, date, str] | None = None
    for pattern in _DATE:
        match = pattern.match(text, start) if anchored else pattern.search(text, start)
        if match is None:
            continue
        value = _date_from(match)
        if value is not None and (best is None or match.start() < best[0]):
            best = (match.start(), value, match.group().strip())
    return (best[1], best[2]) if best else None


def dateline_candidates(text: str, today: date | None = None) -> list[Candidate]:
    """Datelines and "Published ..."/"Updated ..." lines of the cleaned text.

    A wire dateline without a year ("SALTREY, March 31 (Meridian Wire) -") gives the latest such
    day up to ``today`` (default: the real today), marked ``year_assumed``.
    """
    candidates: list[Candidate] = []
    story_began = False
    for index, para in enumerate(text.split("\n\n")):
        if LABELLED_LINE.match(para):
            continue
        for match in _PUBLISHED.finditer(para):
            if match.group("inline") and index >= _DATELINE_PARAGRAPHS:
                continue  # "... Posted on March 3, 2020, the video": the body, no date line
            start = match.end()
            if clock := _TIME_FIRST.match(para, start):
                start = clock.end()
            found = parse_date(para, start=start, anchored=True)
            if found:
                words = match.group("label") or match.group("inline")
                label = words.lower()
                rank = 1 if "updated" in label or "modified" in label else 0
                evidence = f"{words} {found[1]}"
                candidates.append(Candidate(found[0], DateSource.DATELINE, evidence, rank))
        # (not the "Date:" of an e-mail printed after the story began)
        if index < _DATELINE_PARAGRAPHS and not story_began:
            found = (
                _leading_date(para)
                or _byline_date(para)
                or _header_line_date(para)
                or (_trailing_date(para) if index else _masthead_date(para))
            )
            if found:
                candidates.append(Candidate(found[0], DateSource.DATELINE, found[1], 0))
            elif (partial := _yearless_dateline(para, today or date.today())) is not None:
                candidates.append(partial)
            elif (
                index  # (not the headline: "Vote set for Friday, March 13, 2026")
                and len(para) <= _HEADER_BLOCK
                and not para.rstrip().endswith((".", "?", "!", '"'))  # nor a sentence
                and (anywhere := parse_date(para)) is not None
            ):
                # a stamp in a header block that unwrapping joined to the byline, or written
                # with a dash or a label the forms above do not know ("By LYDIA HARROW Associated
                # Press Oct. 3, 2014 3:48 PM ET", "Monday, Sept. 9, 2013 — 2:14 PM CT",
                # "Aired October 19, 2012 - 06:00 ET"): trusted below a date line
                evidence = f"{anywhere[1]} (in the header: {' '.join(para.split())[:80]})"
                candidates.append(Candidate(anywhere[0], DateSource.DATELINE, evidence, 5))
        story_began = story_began or len(para) > _STORY_PARAGRAPH
        if (stamp := _wire_stamp(para)) is not None:
            candidates.append(Candidate(stamp[0], DateSource.DATELINE, stamp[1], 0))
    return candidates


# an agency's closing stamp, "AP-NY-09-10-90 1547EDT": desk, month, day, two-digit year, hour
_WIRE_STAMP = re.compile(
    r"^[ \t]*(?P<agency>AP|UPI|Reuter|RTR)-[A-Z]{2,3}-(?P<month>\d\d)-(?P<day>\d\d)-(?P<year>\d\d)"
    r"[ \t]+\d{4}[A-Z]{3}\b",
    re.MULTILINE,
)


def _wire_stamp(para: str) -> tuple[date, str] | None:
    """The day of an agency's closing stamp (its two-digit year taken in 1950-2049)."""
    match = _WIRE_STAMP.search(para)
    if match is None:
        return None
    year = int(match["year"])
    try:
        day = date(year + (1900 if year >= 50 else 2000), int(match["month"]), int(match["day"]))
    except ValueError:
        return None
    return day, f"the wire stamp {match.group().strip()}"


# "SALTREY, March 31 (Meridian Wire) - ", "VALDERHOLM, Dec 10 (Northline) -": city in capitals,
# day and month, then an agency in brackets or a dash.
_YEARLESS_DATELINE = re.compile(
    # "BELMORA, Sardana, April 23 (Globe Wire) -", "CARVERTON, Pa., March 8 —", and the Indian
    # "SONAKHEDA, April 7:"
    rf"(?P<city>[A-Z][A-Z .'’-]{{1,40}}),\s*(?:[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+)?,\s*)?"
    rf"(?:{_MONTH}\s+{_DAY}|"
    rf"{_DAY.replace('<day>', '<day2>')}\s+{_MONTH.replace('<month>', '<month2>')})"
    r"(?!,?\s*\d)(?:\s*\([^)\n]{1,40}\))?\s*(?:--?|\u2013|\u2014|_|:)\s",
    re.IGNORECASE,
)


def _yearless_dateline(para: str, today: date) -> Candidate | None:
    match = _YEARLESS_DATELINE.match(para)
    if match is None or not match["city"].strip().replace(" ", "").isupper():
        return None
    month = _MONTHS[(match["month"] or match["month2"]).lower()]
    day = int(match["day"] or match["day2"])
    for year in (today.year, today.year - 1):
        try:
            value = date(year, month, day)
        except ValueError:
            continue  # February 29 in a common year
        if value <= today:
            evidence = " ".join(match.group().split()).rstrip(" -\u2013\u2014_")
            return Candidate(
                value, DateSource.DATELINE, f"{evidence}; year not given, {year} assumed",
                rank=9, year_assumed=True,
            )  # fmt: skip
    return None


def _byline_date(para: str) -> tuple[date, str] | None:
    """ "By Staff Reporter, 14 March 2023": a short byline paragraph that carries the date."""
    if not _BYLINE.match(para) or len(para) > _BYLINE_MAX:
        return None
    found = parse_date(para)
    return (found[0], para.strip()) if found else None


# "Broadcast transcript: Thursday, February 12, 1998, 6:30 p.m.", "Date: 3 March 2021": a short
# header line, a label and a full date (a clock time may follow).
_HEADER_LABEL = re.compile(r"[A-Za-z][A-Za-z ]{0,40}:[ \t]*")
_HEADER_TAIL = re.compile(
    r"[,\s]*(?:(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?\s*$"
)


def _header_line_date(para: str) -> tuple[date, str] | None:
    for line in para.splitlines()[:4]:
        label = _HEADER_LABEL.match(line)
        found = parse_date(line, start=label.end() if label else 0, anchored=True)
        if found is None:
            continue
        rest = line[(label.end() if label else 0) :].strip()
        if _HEADER_TAIL.fullmatch(rest[len(found[1]) :]) and rest.startswith(found[1]):
            return found[0], line.strip()
    return None


_WORD_START = re.compile(r"\b\w")


def _trailing_date(para: str) -> tuple[date, str] | None:
    """A short byline-like line that ends with a full date and perhaps a clock time: "Keira Lund,
    Music Correspondent Saturday 11 October 2025 10:30 BST", "Anna Whitlow 17:42, June 13 2016"
    (not a headline, paragraph 0, and not a sentence)."""
    if len(para) > _BYLINE_MAX or para.rstrip().endswith((".", "?", "!", '"')):
        return None
    for word in _WORD_START.finditer(para):
        start = word.start()
        found = parse_date(para, start=start, anchored=True)
        if found and _HEADER_TAIL.fullmatch(para[start + len(found[1]) :]):
            return found[0], para.strip()
    return None


# a paper's masthead line in an archive's layout: "The Washington Post December 6, 1990,
# Thursday, Final Edition" (its edition tells it from a headline that ends with a date)
_EDITION_TAIL = re.compile(
    r"[,\s]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day[,\s]+)?(?:[A-Z][a-z]+\s+)?Edition\s*$"
)


def _masthead_date(para: str) -> tuple[date, str] | None:
    if len(para) > _BYLINE_MAX:
        return None
    for word in _WORD_START.finditer(para):
        found = parse_date(para, start=word.start(), anchored=True)
        if found and _EDITION_TAIL.fullmatch(para[word.start() + len(found[1]) :]):
            return found[0], " ".join(para.split())
    return None


def _leading_date(para: str) -> tuple[date, str] | None:
    city = _CITY_DATELINE.match(para)
    found = parse_date(para, start=city.end() if city else 0, anchored=True)
    if found is None:
        return None
    if city is None and len(para) > len(found[1]) + 30:
        return None  # a sentence that starts with a date, not a date line
    return found[0], (city.group() if city else "") + found[1]


def date_in_url(url: str) -> date | None:
    """A date in a URL's path: /2021/08/16/, /20210816/, 2021-08-16."""
    path = re.sub(r"^[a-z]+://[^/]*", "", url, flags=re.IGNORECASE)
    for pattern in _URL_DATES:
        for match in pattern.finditer(path):
            value = _date_from(match)
            if value:
                return value
    return None


def date_in_name(name: str) -> date | None:
    """A date in a file name such as 2021-08-16-kabul.txt."""
    return date_in_url("/" + name)


def url_candidates(text: str, own_urls: Iterable[str] = ()) -> list[Candidate]:
    """Dates in the article's own URL: ``own_urls`` from metadata, then labelled footers."""
    urls = list(own_urls)
    for para in text.split("\n\n"):
        label = LABELLED_LINE.match(para)
        if label and _normal(label.group("label")) in OWN_URL_LABELS:
            urls.extend(m.group().rstrip(".,;:)") for m in URL.finditer(para, label.end()))
    candidates = []
    for url in urls:
        value = date_in_url(url)
        if value:
            candidates.append(Candidate(value, DateSource.URL, url))
    return candidates


def resolve(candidates: Sequence[Candidate]) -> tuple[PublicationDate | None, list[str]]:
    """The most trusted candidate, and notes on where it came from and what disagrees."""
    if not candidates:
        return None, ["No publication date found in the file; relative dates need one."]
    ordered = sorted(candidates, key=lambda c: (c.year_assumed, _TRUST[c.source], c.rank))
    best = ordered[0]
    note = f"Publication date from {_SOURCE_PHRASE[best.source]} ({best.evidence})"
    disagreeing: dict[DateSource, date] = {}
    for other in ordered[1:]:
        if other.value != best.value and other.source != best.source:
            disagreeing.setdefault(other.source, other.value)
    for source, value in disagreeing.items():
        note += f"; {_SOURCE_PHRASE[source]} suggests {value.isoformat()}"
    return PublicationDate(best.value, best.source, best.evidence), [note + "."]


def _date_from(match: re.Match[str]) -> date | None:
    groups = match.groupdict()
    if groups.get("first"):  # 08/18/2010: month first unless the first cannot be a month
        first, second = int(groups["first"]), int(groups["second"])
        numbers = (second, first) if first > 12 else (first, second)
        try:
            return date(int(groups["year"]), *numbers)
        except ValueError:
            return None
    month = _MONTHS.get(groups["month"].lower()) if groups.get("month") else None
    if month is None and groups.get("mnum"):
        month = int(groups["mnum"])
    try:
        return date(int(groups["year"]), month or 0, int(groups["day"]))
    except (TypeError, ValueError):
        return None


def _normal(label: str) -> str:
    return " ".join(label.lower().split())
