"""Short event labels: the gist of a clause (who did what) in at most ~60 characters.

A timeline row has room for a headline, not a sentence. The label drops what the row already shows
(the date phrase), what does not say what happened (a dateline, "the ministry said", "Union leaders
said that"), and, only while it is still too long, the least informative parts of the clause:
trailing subordinate clauses, relative clauses, titles before a name, the first article. Plain
regular expressions, no language model: fast and predictable.

What is left must read as English: a date phrase goes with the words that only make sense with it
("on the night of", "no later than", "the month before"), stays where it names a noun ("Tickets
for June performances") and leaves "the" for a possessive ("Saturday's ambush" -> "The ambush").
The label is the clause the date belongs to (a relative clause, the last of two clauses, a
participle: ``label_relative``, ``label_grammar``), and a later clause of a sentence borrows the
subject or the figure it leaves out (``label_gapped``). A cut with "…" beats telegraphese.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline_app.core.label_compress import SHORTENERS, compressed, truncate
from timeline_app.core.label_gapped import borrowed_subject, earlier_figure
from timeline_app.core.label_patterns import (
    ANY_VERB,
    ARTICLE,
    ARTICLES,
    AUXILIARY,
    GAPPED_CLAUSE,
    GAPPED_HEAD,
    LEADING_ADVERBIAL,
    MARK,
    MAYBE_VERB,
    OBJECT_START,
    ONLY_ATTRIBUTION,
)
from timeline_app.core.label_relative import own_clause
from timeline_app.core.label_trim import finish, subject_of, trimmed
from timeline_app.core.models import Span
from timeline_app.core.tagger.casing import ordinary_case

__all__ = ["LABEL_MAX", "gapped_label", "lends_its_subject", "make_label", "subject_of"]


def _in_capitals(clause: str) -> bool:
    """Whether ``clause`` is written in capitals: no lower-case letter and a dozen capitals."""
    return not any(ch.islower() for ch in clause) and sum(ch.isupper() for ch in clause) >= 12


LABEL_MAX = 60
_WINDOW = 600  # characters of a clause looked at, around its date phrase


def make_label(clause: str, dates: Sequence[Span] = (), *, limit: int = LABEL_MAX) -> str:
    """A readable label for ``clause``; ``dates`` are the date phrases' spans within it.

    "since 2015" stays in the label when it fits as it is ("had not changed since 2015" would say
    the opposite without it); otherwise it goes like any other date phrase.
    """
    if _in_capitals(clause):
        # a wire script in capitals: trimmed as ordinary text (its possessives, its nouns), shown
        # in capitals like its source ("THE REPORT RATED 58 PERCENT ...", not "S REPORT ...")
        return make_label(ordinary_case(clause), dates, limit=limit).upper()
    clause = clause.replace(MARK, " ")
    # a quoted e-mail's "> " marks (blanked, so the dates' spans still fit)
    clause = _QUOTE_MARKS.sub(lambda m: m[1] + " " * len(m[2]), clause)
    own = own_clause(clause, dates)
    if own is not None:
        # "after a bargaining session that began Monday": the session began then
        clause, dates = own.clause, own.dates
    clause, dates = _window(clause, dates)
    dates = [d for d in dates if not _date_is_subject(clause, d)]
    if (opening := _AS_OPENING.match(clause)) and all(d.start >= opening.end() for d in dates):
        # "as strong aftershocks kept people out": the fact, without its conjunction
        cut = opening.end()
        clause, dates = clause[cut:], [Span(d.start - cut, d.end - cut) for d in dates]
    text = trimmed(clause, dates, keep_since=True)
    if not finish(text):  # "in the early hours of 2 April": all the clause says
        text = trimmed(clause, dates, keep_since=True, wide=False)
    if len(finish(text)) > limit:
        text = trimmed(clause, dates, keep_since=False)
    return _shortened(text, limit)


_QUOTE_MARKS = re.compile(r"(?m)^([ \t]*)(>[> \t]*)")
# a clause opening with "as"/"while" after an attribution ("..., officials said, as ...")
_AS_OPENING = re.compile(
    r"^\s*(?:as|while)\s+(?!(?:recently|early|late|soon|long|far|of|much|many|well)\b)"
    r"(?=(?:the\s+|a\s+|an\s+)?[a-z]+\s+[a-z]+)"
)


def lends_its_subject(clause: str, dates: Sequence[Span] = ()) -> bool:
    """Whether a later clause of the sentence may borrow the subject of ``clause``'s label: not
    when the label was made from a relative clause with a subject of its own ("A theft halted
    trains", from "a man accused of cutting cable in a theft that halted trains": the man, not
    the theft, "pleaded not guilty")."""
    own = own_clause(clause.replace(MARK, " "), dates)
    return own is None or not own.own_subject


def _shortened(text: str, limit: int) -> str:
    """``text`` made a label of at most ``limit`` characters by the shortening rules."""
    for shorten in SHORTENERS:
        if len(finish(text)) <= limit:
            break
        shorter = shorten(text)
        if len(finish(shorter).split()) >= 2 and _keeps_the_verb(text, shorter):
            text = shorter
    label = _statement(finish(text))
    if len(label) <= limit:
        return label
    return compressed(text, limit) or truncate(label, limit)


def _has_verb(text: str) -> bool:
    """ "meets", "cutting demand for heating oil" too: any word that may be a verb."""
    return bool(MAYBE_VERB.search(text) or _S_OR_ING.search(text))


_S_OR_ING = re.compile(r"\b[a-z]{2,}(?:s|ing)\b")


def _keeps_the_verb(text: str, shorter: str) -> bool:
    """Whether a shortening keeps a verb when ``text`` had one: not "Shirin Vale" of "Shirin Vale
    who was in the first company, had not seen the hall", nor "The heat wave" of "The heat wave
    that has gripped the region will last". A noun that loses only its ", which ..." clause
    stays a fine label ("The draft budget[, which raises defence spending]")."""
    if _has_verb(shorter) or not _has_verb(text):
        return True
    removed = text[len(shorter) :] if text.startswith(shorter) else ""
    return bool(
        re.match(r",\s+(?:which|who|whose)\b", removed) and ARTICLE.match(shorter.lstrip(MARK))
    )


# "2019 was a record year", "Fiscal 2020 is a show-me year": the date is what the clause is about
_SUBJECT_VERB = re.compile(
    r"\s+(?:is|was|were|are|will\s+be|has\s+been|had\s+been|marks|marked|looks|looked|"
    r"promises|seems|seemed)\b"
)


def _date_is_subject(clause: str, date: Span) -> bool:
    """Whether the date phrase opens the clause as its subject: without it the label would start
    with a bare verb ("Was a record year for the port")."""
    opening = clause[: date.start]
    setting = LEADING_ADVERBIAL.match(opening)  # "Looking further ahead, early next week looks"
    if setting and setting.end() == len(opening):
        opening = ""
    return not _OPENING.sub("", opening) and bool(_SUBJECT_VERB.match(clause, date.end))


# what may stand before a subject: quotes, a comma and a conjunction (", and yesterday was worse")
_OPENING = re.compile(r"^[\s,;\"'\u201c\u2018]*(?:(?:and|but|or|so)\s+)?$", re.IGNORECASE)


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


def gapped_label(
    previous: str, clause: str, label: str, *, limit: int = LABEL_MAX, lent: bool = True
) -> str:
    """A verbless later clause shares the earlier clause's subject and verb: "Wages rise by 5 per
    cent this year and a further 4 per cent in January" -> "Wages rise a further 4 per cent";
    ``lent`` is False when the earlier label's subject is not the sentence's
    (``lends_its_subject``).
    """
    for joined in (
        borrowed_subject(previous, clause, label) if lent else "",
        earlier_figure(previous, clause) if lent else "",
    ):
        if joined:  # "Gave notice of a strike" -> "The union gave notice of a strike"
            return joined if len(joined) <= limit else (_shortened(joined, limit) or label)
    if ANY_VERB.search(clause) or AUXILIARY.search(clause):
        return label  # "which began July 1" has its own verb
    if label.lower() in _NO_CONTENT:
        return previous  # ", not before 2pm", ", including this month": the same fact again
    if (
        len(label.split()) == 1
        and (label[:1].isupper() or label[:1] in _FIGURE)
        and label in clause
    ):
        # "..., Germany in 1955 and Spain in 1982", "61 on Friday and 70 by Sunday": a list of
        # objects (names and figures, not "Again")
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


_FIGURE = frozenset("0123456789$£€")
# words that say nothing alone: what is left of ", not before 2pm", ", starting next month"
_NO_CONTENT = frozenset(
    {"not", "including", "starting", "possibly", "probably", "perhaps", "due", "well", "also"}
    | {"again", "then", "too", "only", "even", "just", "both", "either", "all", "from", "until"}
    | {"since", "through", "and", "or", "but", "as", "yet", "still", "already"}
)


def _object_slot(previous: str) -> str:
    """ "It has been expanded to include Greece and Turkey" -> "It has been expanded to include":
    the earlier label up to its verb's object, the place a listed item fills.
    """
    verb = ANY_VERB.search(previous)
    if verb is None:
        return ""
    obj = OBJECT_START.search(previous, verb.end())
    return previous[: obj.start()].rstrip(" ,") if obj else ""
