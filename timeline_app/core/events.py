"""From time expressions to timeline events.

An event is a dated sentence, or a dated clause where one sentence states two dated facts ("met
this weekend, and a draft was signed late on Sunday"). Durations and sets date nothing on their
own; unresolved expressions leave their sentence off the timeline (it stays in the article view).
Vague references ("in recent years") become VAGUE events so the views can show them apart.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import PurePath

from timeline_app.core.clauses import clause_text, dated_clauses, is_subject
from timeline_app.core.labels import LABEL_MAX, gapped_label, lends_its_subject, make_label
from timeline_app.core.models import (
    Certainty,
    Document,
    Event,
    Granularity,
    Interval,
    Mention,
    Span,
    Timex,
    TimexType,
)

__all__ = ["LABEL_MAX", "build_events", "event_id", "merge_duplicates", "sentence_events"]

_VAGUE_REACH = timedelta(days=365)  # how far "recently" / "soon" reach when the tagger gave no span


def build_events(
    document: Document,
    timexes: Sequence[Timex],
    sentences: Sequence[Span],
    *,
    publication_date: date | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> list[Event]:
    """The document's events in text order, with repeated statements merged into one.

    ``publication_date`` (default: the document's) only places vague references that the tagger
    left without a span. When ``is_cancelled`` answers True (asked every few hundred sentences),
    the events found so far are returned.
    """
    if publication_date is None and document.publication_date is not None:
        publication_date = document.publication_date.value
    ordered = sorted(timexes, key=lambda t: (t.start, -t.end))
    starts = [t.start for t in ordered]
    events: list[Event] = []
    for number, sentence in enumerate(sentences):
        if is_cancelled is not None and number % 200 == 0 and is_cancelled():
            break
        if any(ex.contains(sentence) for ex in document.excluded):
            continue
        # Only this sentence's expressions, found by bisection: linear in the article's length.
        lo, hi = bisect_left(starts, sentence.start), bisect_left(starts, sentence.end)
        inside = [t for t in ordered[lo:hi] if t.end <= sentence.end]
        events.extend(sentence_events(document, sentence, inside, publication_date))
    return merge_duplicates(events)


def sentence_events(
    document: Document, sentence: Span, timexes: Sequence[Timex], pub: date | None = None
) -> list[Event]:
    """One event per dated clause of ``sentence``."""
    if _is_headline(document, sentence) or _is_dateline(document.text, sentence, timexes):
        return []
    if _is_byline(document.text, sentence, timexes):
        return []
    dated = _dating_timexes(document, sentence, timexes)
    events: list[Event] = []
    lent = True  # whether the last event's label lends its subject to the next clause
    for clause, timex in dated_clauses(document.text, sentence, dated):
        interval = _interval(timex, pub)
        if interval is None:
            continue
        interval = _through(document.text, timex, interval, dated)
        others = [
            t.span
            for t in (*dated, *_leading_sets(sentence, timexes))
            if t is not timex and clause.contains(t.span) and not is_subject(document.text, t)
        ]
        event, lends = _event(document, sentence, clause, timex, interval, others, dated)
        if events:  # "wages rise by 5% this year and a further 4% in January": lend "Wages rise"
            clause_words = document.text[clause.start : clause.end]
            rest = clause_words.replace(timex.text, " ")
            if not _BARE_LIST_ITEM.sub("", rest).strip(" ,;.\"'") or _PLACE_LIST_ITEM.match(rest):
                # "Shops open on Monday and Thursday": the same fact on another day
                event = replace(event, label=events[-1].label)
            else:
                label = gapped_label(events[-1].label, clause_words, event.label, lent=lent)
                event = replace(event, label=label)
        events.append(event)
        lent = lends
    return events


def _leading_sets(sentence: Span, timexes: Sequence[Timex]) -> list[Timex]:
    """A set opening the sentence ("Every Friday morning, a dozen papermakers meet ... as they
    have since the 1990s") is framing, like a date there, not the label's subject."""
    return [t for t in timexes if t.type is TimexType.SET and t.start - sentence.start <= 1]


def event_id(source: str, sentence_text: str, timex: Timex, sentence_start: int) -> str:
    """A short id stable across runs and across edits elsewhere in the article.

    Built from the file name, the sentence's words and the expression (with its place inside the
    sentence), not from absolute offsets, so user corrections survive text added above them.
    """
    words = " ".join(sentence_text.split())
    key = "\x1f".join((PurePath(source).name, words, timex.text, str(timex.start - sentence_start)))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


_NAMES_A_DAY = re.compile(r"(?:holiday|festival)\b")


def _event(
    document: Document,
    sentence: Span,
    clause: Span,
    timex: Timex,
    iv: Interval,
    other_dates: Sequence[Span] = (),
    sentence_timexes: Sequence[Timex] = (),
) -> tuple[Event, bool]:
    """The clause's event, and whether its label may lend its subject to the next clause's."""
    sentence_text = document.text[sentence.start : sentence.end]
    text, offset = clause_text(document.text, sentence, clause)
    # a holiday or festival names what happens ("With Diwali falling on Wednesday"): its name
    # stays in the label, though the date line shows its day too
    own = () if _NAMES_A_DAY.match(timex.rule) else (timex.span,)
    label_dates = [
        Span(span.start - offset, span.end - offset)
        for span in (*own, *other_dates)
        if span.start - offset >= 0
    ]
    label = make_label(text, label_dates)
    lends = lends_its_subject(text, label_dates)
    if _BARE_PHRASE.fullmatch(label) and clause.start > sentence.start:
        # "It was the third break this year, after ones in January and late May": a phrase
        # without a verb; the clause before it says what happened
        main = document.text[sentence.start : clause.start]
        main_dates = [
            Span(t.start - sentence.start, t.end - sentence.start)
            for t in sentence_timexes
            if sentence.start <= t.start and t.end <= clause.start
        ]
        label = make_label(main, main_dates) or label
    event = Event(
        id=event_id(document.source, sentence_text, timex, sentence.start),
        document=document.source,
        interval=iv,
        label=label or _fallback_label(sentence_text),
        mentions=(Mention(sentence, sentence_text, timex),),
        certainty=timex.certainty,
    )
    return event, lends


_BARE_PHRASE = re.compile(r"(?:After|Before|Since|Until|Following|During)(?:\s+\S+){0,2}")


def _dating_timexes(document: Document, sentence: Span, timexes: Sequence[Timex]) -> list[Timex]:
    """The sentence's expressions that can date an event, non-overlapping, in text order."""
    chosen: list[Timex] = []
    head = _DATELINE_HEAD.match(document.text, sentence.start, sentence.end)
    after_dateline = head.end() if head else sentence.start
    for timex in sorted(timexes, key=lambda t: (t.start, -t.end)):
        if not sentence.contains(timex.span) or document.is_excluded(timex.span):
            continue
        if timex.start < after_dateline:
            continue  # "CORRIN BAY, March 11 (Wire) — ...": the dateline dates the article
        if timex.type not in (TimexType.DATE, TimexType.TIME):
            continue
        if timex.interval is None and timex.certainty is not Certainty.VAGUE:
            continue
        if _AGE_OF_A_THING.search(timex.text):
            continue  # "arrested ... in the theft of an 18th-century clock": the clock's age
        if chosen and chosen[-1].span.overlaps(timex.span):
            continue
        chosen.append(timex)
    # "now", "currently": the time of writing, a state rather than something that happened.
    chosen = [t for t in chosen if t.value != "PRESENT_REF"]
    # "For the first time since 2012, Good Friday falls on ...": a record's starting point
    # frames the sentence; its other dates date what happens
    bounded = [
        t for t in chosen if _FIRST_SINCE.search(document.text, max(0, t.start - 24), t.start)
    ]
    if bounded and len(bounded) < len(chosen):
        chosen = [t for t in chosen if t not in bounded]
    return [t for t in chosen if not _narrowed(document.text, t, chosen)]


_FIRST_SINCE = re.compile(r"\bfirst\s+time\s+since\s+$", re.IGNORECASE)


def _narrowed(text: str, timex: Timex, dated: Sequence[Timex]) -> bool:
    """ "Voters at last year's town meeting, in June, agreed": the possessive names the meeting,
    and the finer date in the sentence ("June", inside last year) dates it."""
    if not text.startswith(("'s", "\u2019s"), timex.end) or timex.interval is None:
        return False
    outer = timex.interval
    return any(
        other is not timex
        and other.interval is not None
        and outer.start <= other.interval.start
        and other.interval.end <= outer.end
        and other.interval != outer
        for other in dated
    )


# "an 18th-century clock", "a 1960s-era tower", "a 1920s-style bar": what a thing is, not when
# anything in the sentence happened
_AGE_OF_A_THING = re.compile(r"-(?:century|centuries|era|style|vintage)$", re.IGNORECASE)

# A dateline opening the lede's sentence: "CORRIN BAY, March 11 (Northgate Wire) — ",
# "HALLORAN, Ore., Feb. 4, 2026 /Keystone Newswire/ -- ".
_DATELINE_HEAD = re.compile(
    r"[A-Z][A-Z .'\u2019-]{2,},\s+[^\n\u2014\u2013(/]{1,40}?"
    r"(?:\s*\([^)\n]{1,40}\)|\s*/[^/\n]{1,40}/)?"
    r"\s*(?:--|[-\u2013\u2014_])\s+"
)


def _is_dateline(text: str, sentence: Span, timexes: Sequence[Timex]) -> bool:
    """ "WASHINGTON, August 11 (Xinhua) --" or a header line "Broadcast transcript: Thursday,
    February 12, 1998" names the publication date, not an event."""
    rest = text[sentence.start : sentence.end]
    dated = False
    for timex in timexes:
        if sentence.contains(timex.span):
            rest, dated = rest.replace(timex.text, " "), True
    rest = re.sub(r"\([^)]*\)", " ", rest)
    if dated:  # a line's label before its date: "Date:", "Broadcast transcript:"
        rest = _HEADER_LABEL.sub(" ", rest)
    return not re.search(r"[a-z]", rest) and len(rest.split()) <= 6


_HEADER_LABEL = re.compile(r"^[A-Za-z][A-Za-z ]{0,40}:(?=[\s,.]*$)", re.MULTILINE)


_BYLINE_SMALL_WORDS = frozenset(
    {"and", "of", "the", "de", "van", "von", "in", "at", "for", "la", "da", "del", "bin"}
    # a byline's role, written in lower case: "Marcus Ellery Health correspondent"
    | {"correspondent", "reporter", "writer", "editor", "staff", "bureau", "desk", "by", "from"}
)


def _is_byline(text: str, sentence: Span, timexes: Sequence[Timex]) -> bool:
    """ "By Staff Reporter, 14 March 2023", "Our Staff Reporter Published March 7, 2024",
    "Keira Lund, Music Correspondent Saturday 11 October 2025 10:30 BST": a byline and the
    article's date, not something that happened."""
    rest = text[sentence.start : sentence.end]
    dated = False
    for timex in timexes:
        if sentence.contains(timex.span):
            rest, dated = rest.replace(timex.text, " "), True
    if not (rest.startswith(("By ", "From ")) or dated):
        return False
    words = re.findall(r"[^\W\d_][\w'’.-]*", rest)
    return len(words) <= 10 and all(
        w[0].isupper() or w.lower() in _BYLINE_SMALL_WORDS for w in words
    )


def _is_headline(document: Document, sentence: Span) -> bool:
    """The title restates the lede; as an event it would only duplicate it."""
    text = " ".join(document.text[sentence.start : sentence.end].split())
    return bool(document.title) and text == " ".join(document.title.split())


def _interval(timex: Timex, pub: date | None) -> Interval | None:
    """The timex's interval; a vague one without a span gets a rough year around the DCT."""
    if timex.interval is not None:
        return timex.interval
    if pub is None:
        return None
    day = datetime(pub.year, pub.month, pub.day)
    if timex.value == "FUTURE_REF":
        return Interval(day + timedelta(days=1), day + _VAGUE_REACH, Granularity.YEAR)
    if timex.value == "PRESENT_REF":
        return Interval(day, day + timedelta(days=1), Granularity.DAY)
    return Interval(day - _VAGUE_REACH, day, Granularity.YEAR)


_BARE_LIST_ITEM = re.compile(r"\b(?:and|or|on|in|at|by|the|then|again|also)\b", re.IGNORECASE)
# "... at 6:30 p.m. next Wednesday and at 9 a.m. on Saturday at the district office": a verbless
# item of a list of times and places for the same fact
_PLACE_LIST_ITEM = re.compile(
    r"\s*,?\s*(?:and|or)\s+(?:at|on|in|from)\b(?![^.;]*\b(?:will|would|was|were|is|are|has|had|"
    r"have|[a-z]+ed|said)\b)",
    re.IGNORECASE,
)
_RANGE_BEFORE = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:to|through|until|till|-|\u2013|\u2014|and)\s*", re.IGNORECASE)


def _through(text: str, timex: Timex, interval: Interval, dated: Sequence[Timex]) -> Interval:
    """ "from October 8 to 18", "between 1 a.m. and 4 a.m.": one event over the whole stretch."""
    following = [t for t in dated if t.start >= timex.end]
    if not following or following[0].interval is None:
        return interval
    end, last = following[0], following[0].interval
    join = _RANGE_JOIN.fullmatch(text, timex.end, end.start)
    if join is None:
        return interval
    ranged = _RANGE_BEFORE.search(text, max(0, timex.start - 10), timex.start)
    if join.group().strip().lower() == "and" and not ranged and last.start != interval.end:
        return interval  # "on Monday and Thursday": two days, not the stretch between them
    if last.end <= interval.start or last.granularity != interval.granularity:
        return interval
    return Interval(interval.start, last.end, interval.granularity)


def _fallback_label(sentence_text: str) -> str:
    return make_label(sentence_text) or "(untitled event)"


# Words that carry no "who did what": ignored when comparing two statements of one fact.
_STOPWORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "also",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "as",
        "after",
        "before",
        "that",
        "this",
        "these",
        "those",
        "it",
        "its",
        "is",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "said",
        "says",
        "told",
    }
)
_SAME_FACT = 0.75  # share of the shorter statement's words found in the longer one


def merge_duplicates(events: Sequence[Event]) -> list[Event]:
    """Merge events that state one fact twice (a lede repeated at the bottom, a copied sentence).

    Two events are one when they have the same interval and the shorter statement's content words
    (date phrase left out) are nearly all in the longer one; two clauses of one sentence never
    merge, but two dates of one clause do ("pack the centre today for Super Saturday": one event,
    the same label). The first statement becomes the primary mention.
    """
    merged: list[Event] = []
    by_interval: dict[Interval, list[tuple[int, frozenset[str]]]] = {}
    for event in events:
        mine = _content_words(event)
        candidates = by_interval.setdefault(event.interval, [])
        for index, words in candidates:
            other = merged[index]
            same_clause = other.sentence == event.sentence and other.label == event.label
            if same_clause or (other.sentence != event.sentence and _same_fact(words, mine)):
                merged[index] = replace(other, mentions=other.mentions + event.mentions)
                break
        else:
            candidates.append((len(merged), mine))
            merged.append(event)
    return merged


def _content_words(event: Event) -> frozenset[str]:
    mention = event.mentions[0]
    text = mention.sentence_text
    start = mention.timex.start - mention.sentence.start
    if 0 <= start <= len(text):
        text = text[:start] + " " + text[start + len(mention.timex.text) :]
    tokens = re.findall(r"[\w'’-]+", text.lower())
    return frozenset(t for t in tokens if t not in _STOPWORDS)


def _same_fact(first: frozenset[str], second: frozenset[str]) -> bool:
    if first == second:
        return True
    smaller = min(len(first), len(second))
    if smaller < 3:
        return False
    return len(first & second) / smaller >= _SAME_FACT
