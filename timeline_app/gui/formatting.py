"""Words the views show for dates, intervals, certainties and date sources."""

from __future__ import annotations

from html import escape

from timeline_app.core.models import (
    Certainty,
    DateSource,
    Event,
    Granularity,
    Interval,
    PublicationDate,
    Timex,
    TimexType,
)
from timeline_app.core.wording import format_date

SOURCE_WORDS = {
    DateSource.METADATA: "from the page metadata",
    DateSource.DATELINE: "from the dateline",
    DateSource.URL: "from the article URL",
    DateSource.FILENAME: "from the file name",
    DateSource.USER: "set by you",
}

CERTAINTY_WORDS = {
    Certainty.EXACT: "exact: the text names the date",
    Certainty.INFERRED: "inferred from the publication date and tense",
    Certainty.ANCHORED: "anchored on another date in the text",
    Certainty.VAGUE: "vague: an approximate span",
    Certainty.UNRESOLVED: "unresolved: needs a publication date",
}


def sort_key(interval: Interval) -> str:
    return interval.start.isoformat()


def publication_words(pub: PublicationDate | None, *, evidence: bool = True) -> str:
    if pub is None:
        return "no publication date found"
    words = f"{format_date(pub.value)}, {SOURCE_WORDS.get(pub.source, pub.source.value)}"
    if evidence and pub.evidence:
        return f"{words} ({pub.evidence})"
    if "year not given" in pub.evidence:
        return f"{words}, which gives no year: {pub.value.year} assumed, check it"
    return words


def resolution_words(timex: Timex) -> str:
    """Why an expression got its date: “Tuesday → 2021-08-17: future cue, anchored on …”."""
    if timex.type in (TimexType.DURATION, TimexType.SET):
        what = "a length of time" if timex.type is TimexType.DURATION else "a repetition"
        return f"{timex.text} → {timex.value}: {what}, not a date on the timeline"
    if timex.certainty is Certainty.UNRESOLVED or timex.interval is None:
        why = f" ({timex.rule})" if timex.rule else ""
        return f"{timex.text} → unresolved{why}: needs the publication date"
    value = timex.value
    if timex.interval.granularity is Granularity.DAY:
        value = timex.interval.first_day.isoformat()
    anchor = timex.anchor
    if anchor and any(ch.isdigit() for ch in anchor):
        anchor = f"anchored on {anchor}"  # "publication date 2021-08-16", "… on 2021-08-12"
    reasons = [r for r in (timex.rule, anchor) if r]
    why = ", ".join(reasons) if reasons else CERTAINTY_WORDS[timex.certainty]
    return f"{timex.text} → {value}: {why}"


def emphasise(sentence: str, offset: int, timex: Timex) -> str:
    """HTML of a sentence with its time expression in bold (``offset`` = sentence start)."""
    start, end = timex.start - offset, timex.end - offset
    if not 0 <= start <= end <= len(sentence):
        return escape(sentence)
    return (
        escape(sentence[:start])
        + f"<b><u>{escape(sentence[start:end])}</u></b>"
        + escape(sentence[end:])
    )


def _added(timex: Timex) -> bool:
    return timex.anchor == "user"


def _redated(event: Event) -> bool:
    """The user gave the event a date of their own (the text's reading no longer applies)."""
    return event.edited and (_added(event.timex) or event.interval != event.timex.interval)


def certainty_words(event: Event) -> str:
    if _redated(event):
        return "set by you"
    if event.certainty is Certainty.INFERRED and event.timex.anchor.startswith("header date"):
        return "inferred from the date of the e-mail, memo, post or diary entry it is in, and tense"
    if event.certainty is Certainty.INFERRED and event.timex.anchor.startswith("dateline date"):
        return "inferred from the date of its dateline (the day the story was filed), and tense"
    return CERTAINTY_WORDS[event.certainty]


def why_words(event: Event, timex: Timex) -> str:
    if _added(timex):
        return "you added this event from the selected text, with this date"
    if _redated(event):
        return f"you changed the date; the text gave {resolution_words(timex)}"
    return resolution_words(timex)
