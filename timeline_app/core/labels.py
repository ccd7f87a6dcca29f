"""Short event labels: the gist of a clause (who did what) in at most ~60 characters.

A timeline row has room for a headline, not a sentence. The label drops what the row already shows
(the date phrase), what does not say what happened (a dateline, "the ministry said", "Union leaders
said that"), and, only while it is still too long, the least informative parts of the clause:
trailing subordinate clauses, relative clauses, titles before a name, articles. Plain regular
expressions, no language model: fast and predictable.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline_app.core.label_compress import SHORTENERS, compressed, truncate
from timeline_app.core.label_patterns import (
    ANY_VERB,
    ARTICLES,
    AUXILIARY,
    GAPPED_CLAUSE,
    GAPPED_HEAD,
    MARK,
    OBJECT_START,
    ONLY_ATTRIBUTION,
)
from timeline_app.core.label_trim import finish, subject_of, trimmed
from timeline_app.core.models import Span

__all__ = ["LABEL_MAX", "gapped_label", "make_label", "subject_of"]


LABEL_MAX = 60
_WINDOW = 600  # characters of a clause looked at, around its date phrase


def make_label(clause: str, dates: Sequence[Span] = (), *, limit: int = LABEL_MAX) -> str:
    """A readable label for ``clause``; ``dates`` are the date phrases' spans within it.

    "since 2015" stays in the label when it fits as it is ("had not changed since 2015" would say
    the opposite without it); otherwise it goes like any other date phrase.
    """
    clause, dates = _window(clause.replace(MARK, " "), dates)
    dates = [d for d in dates if not _date_is_subject(clause, d)]
    text = trimmed(clause, dates, keep_since=True)
    if len(finish(text)) > limit:
        text = trimmed(clause, dates, keep_since=False)
    for shorten in SHORTENERS:
        if len(finish(text)) <= limit:
            break
        shorter = shorten(text)
        if len(finish(shorter).split()) >= 2:
            text = shorter
    label = _statement(finish(text))
    if len(label) <= limit:
        return label
    return compressed(text, limit) or truncate(label, limit)


# "2019 was a record year", "Fiscal 2020 is a show-me year": the date is what the clause is about
_SUBJECT_VERB = re.compile(r"\s+(?:is|was|were|are|will\s+be|has\s+been|had\s+been|marks|marked)\b")


def _date_is_subject(clause: str, date: Span) -> bool:
    """Whether the date phrase opens the clause as its subject: without it the label would start
    with a bare verb ("Was a record year for the port")."""
    return not clause[: date.start].strip(" \t\n\"'\u201c\u2018") and bool(
        _SUBJECT_VERB.match(clause, date.end)
    )


def _statement(label: str) -> str:
    """ "The water board said" (all that is left once the date goes) -> "Statement by the water
    board": the dated fact is the announcement itself.
    """
    match = ONLY_ATTRIBUTION.match(label)
    if match is None:
        return label
    who = match.group(1)
    return "Statement by " + (who[:1].lower() + who[1:] if who.split()[0] in ARTICLES else who)


def _window(clause: str, dates: Sequence[Span]) -> tuple[str, Sequence[Span]]:
    """Keep run-on "sentences" (tables, lists without full stops) fast: a label needs little."""
    if len(clause) <= _WINDOW:
        return clause, dates
    start = max(0, min((d.start for d in dates), default=0) - _WINDOW // 2)
    shifted = [Span(d.start - start, d.end - start) for d in dates if d.end <= start + _WINDOW]
    return clause[start : start + _WINDOW], shifted


def gapped_label(previous: str, clause: str, label: str, *, limit: int = LABEL_MAX) -> str:
    """A verbless later clause shares the earlier clause's subject and verb: "Wages rise by 5 per
    cent this year and a further 4 per cent in January" -> "Wages rise a further 4 per cent".
    """
    if ANY_VERB.search(clause) or AUXILIARY.search(clause):
        return label  # "which began July 1" has its own verb
    if len(label.split()) == 1:  # "..., Germany in 1955 and Spain in 1982": a list of objects
        slot = _object_slot(previous)
        joined = f"{slot} {label}"
        return joined if slot and len(joined) <= limit else label
    if not GAPPED_CLAUSE.match(clause):
        return label
    head = GAPPED_HEAD.match(previous)
    if head is None:
        return label
    joined = f"{head.group(1)} {label[:1].lower()}{label[1:]}"
    return joined if len(joined) <= limit else label


def _object_slot(previous: str) -> str:
    """ "It has been expanded to include Greece and Turkey" -> "It has been expanded to include":
    the earlier label up to its verb's object, the place a listed item fills.
    """
    verb = ANY_VERB.search(previous)
    if verb is None:
        return ""
    obj = OBJECT_START.search(previous, verb.end())
    return previous[: obj.start()].rstrip(" ,") if obj else ""
