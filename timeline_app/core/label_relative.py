"""A date inside a relative clause or a participle dates that clause, not the sentence around it.

"after a 19-hour bargaining session that began Monday morning": Monday morning is when the
session began, so its label is "A 19-hour bargaining session began"; cut out of its sentence it
would read "After a 19-hour bargaining session that began". Likewise "according to an opinion
poll published at the weekend" -> "An opinion poll was published", "with results expected in the
autumn" -> "Results are expected".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from timeline_app.core.label_grammar import PARTICIPLE, be_for, finite_verb_starts
from timeline_app.core.label_patterns import ANY_VERB, AUXILIARY, DATE_LEAD, MAYBE_VERB
from timeline_app.core.models import Span

__all__ = ["Narrowed", "own_clause"]

# "that began", "who won", "which first ran": a relative pronoun and its verb, before the date
_RELATIVE_VERB = re.compile(
    r"\s+(?:that|which|who)\s+((?:(?:first|last|then|only|originally|[a-z]+ly)\s+)?"
    r"([a-z]+)((?:\s+(?!(?:that|which|who)\b)[^\s,;:\x00\"“”]+){0,10}?))\s+$"
)
# "according to an opinion poll published", "with results expected": a phrase whose noun a
# participle describes, at the start of the clause or after a comma
_PHRASE_PARTICIPLE = re.compile(
    r"(?:^|,)\s*(?:(?:and|but)\s+)?(?i:according\s+to|in|with|under|from)\s+"
    r"(?P<np>[^,;\x00]{2,70}?)\s+(?P<part>(?:first\s+|last\s+|recently\s+|originally\s+)?"
    r"[a-z]+)\s+$"
)
# where the dated part ends: the clause ends, or its main verb follows ("that begins July 1 is")
_CLAUSE_END = re.compile(
    r"\s*(?:[,;:.)\"”]|$)|\s+(?:is|was|were|are|has|had|have|will|would|could|can|may|might|must|"
    r"should)\b"
)
_ENDS = re.compile(r"[\s,;:.)\"”]*$")
_JOIN = re.compile(r"\s*(?:to|and|until|till|through|-|–)\s*")
_NOT_IN_NOUN = frozenset(
    {"about", "above", "across", "after", "against", "along", "amid", "among", "and"}
    | {"around", "as", "at", "before", "behind", "below", "beneath", "beside", "besides"}
    | {"between", "beyond", "but", "by", "despite", "down", "during", "except", "for"}
    | {"from", "if", "in", "inside", "into", "like", "near", "nor", "of", "off", "on"}
    | {"onto", "or", "out", "outside", "over", "past", "per", "since", "so", "than", "that"}
    | {"then", "through", "throughout", "till", "to", "toward", "towards", "under", "until"}
    | {"up", "upon", "via", "when", "where", "whether", "which", "while", "who", "with"}
    | {"within", "without"}
)
_OPENING = re.compile(r"^[\s,;:]*(?:(?:and|but)\s+)?", re.IGNORECASE)
_AGE = re.compile(r",\s*\d{1,3}\s*,?\s*$")


class Narrowed(NamedTuple):
    """The clause to label instead, its date spans, and whether its subject is one of its own
    (the noun a relative clause was about), not the sentence's."""

    clause: str
    dates: list[Span]
    own_subject: bool


def own_clause(clause: str, dates: Sequence[Span]) -> Narrowed | None:
    """The clause to label when the first date phrase ends a relative clause or a participle
    phrase with nothing else in it ("that began Monday", "published at the weekend"), with the
    date spans in it; None when it does not.

    With no other verb around ("after a session that began Monday", "according to a poll
    published at the weekend") or between commas ("Bellini, who won in 2003, said"), the
    relative clause is the event: "A session began", "Bellini won". Inside a clause of its own
    ("Students who entered last autumn were the first to take it") it only says which: it goes
    with its date, "Students were the first to take it".
    """
    if not dates:
        return None
    date = dates[0]
    end = _dated_end(clause, date, dates)
    if end is None:
        return None
    before = clause[: date.start]
    lead = DATE_LEAD.search(before)
    head = before[: lead.start()] if lead else before
    relative = _RELATIVE_VERB.search(head)
    if relative is not None and _has_verb(relative.group(2), relative.group(3)):
        outside = head[: relative.start()]
        # "Bellini, who won in 2003, said"; "The embassy, a five-story building that opened in
        # 1962, will stay closed": an apposition between commas holds the relative clause too
        apposed = "," in outside and clause[end:].lstrip().startswith(",")
        aside = outside.rstrip().endswith(",") or bool(_AGE.search(outside)) or apposed
        noun = _noun_before(outside[outside.rfind(",") + 1 :] if apposed else outside, whole=aside)
        if not noun:
            return None  # "of that series", "said that talks": no relative clause
        emptied = not relative.group(3)  # "that began Monday": nothing but the verb
        if relative.group(3) and ANY_VERB.search(relative.group(3)):
            return None  # "that buried three villages rose to 104": the date is the main verb's
        main_verb_next = finite_verb_starts(clause[end:])  # "Customers who bought ... are urged"
        past = not relative.group(2).endswith("s") or ANY_VERB.fullmatch(relative.group(2))
        if aside or (
            not main_verb_next
            and (past or emptied)
            and (not emptied or not _has_clause(outside[: outside.rfind(noun)], clause[end:]))
        ):
            start = f"{noun[:1].upper()}{noun[1:]} {relative.group(1)}"
            return _narrowed(clause, dates, f"{start} {lead.group() if lead else ''}", date, end)
        if not (emptied or main_verb_next):
            return None  # "signed a contract that keeps him at the club until 2029"
        # "the budget year that begins July 1 is $9 million smaller": the relative clause only
        # says which year; it goes with its date
        shift = relative.start() - end
        kept = [d for d in dates if d.end <= relative.start()]
        kept += [Span(d.start + shift, d.end + shift) for d in dates if d.start >= end]
        return Narrowed(clause[: relative.start()] + clause[end:], kept, own_subject=False)
    absolute = _PHRASE_PARTICIPLE.search(head)
    if absolute is None or not _ENDS.match(clause, end) or _has_clause(head[: absolute.start()]):
        return None
    passive = _absolute(absolute)
    if not passive:
        return None
    return _narrowed(clause, dates, f"{passive} {lead.group() if lead else ''}", date, end)


def _narrowed(
    clause: str, dates: Sequence[Span], start: str, date: Span, end: int
) -> Narrowed | None:
    """``start`` followed by the date phrase, with the date spans moved along."""
    if not start.strip():
        return None
    shift = len(start) - date.start
    inside = [Span(d.start + shift, d.end + shift) for d in dates if date.start <= d.start < end]
    return Narrowed(start + clause[date.start : end], inside, own_subject=True)


def _has_verb(word: str, rest: str) -> bool:
    """ "began", "runs", "won": a verb that tells what happened; not "is" ("which is on Monday"),
    nor the noun of "the fact that prices rose"."""
    if AUXILIARY.fullmatch(word):
        return False
    if ANY_VERB.fullmatch(word) or PARTICIPLE.match(word):
        return True
    following = rest.split()[0] if rest.split() else ""
    return word.endswith("s") and not (
        ANY_VERB.fullmatch(following) or AUXILIARY.fullmatch(following)
    )


def _has_clause(*texts: str) -> bool:
    """Whether there is a verb outside the dated phrase ("Analysts expect Alcor to earn 62 cents
    for the three months [that ended March 31]"): then that is what happened."""
    return any(MAYBE_VERB.search(text) for text in texts)


def _dated_end(clause: str, date: Span, dates: Sequence[Span]) -> int | None:
    """Where the date phrase (with the dates joined to it: "from 6 p.m. to 9 p.m.") ends, if the
    clause or its relative clause ends there."""
    end = date.end
    for other in sorted(dates, key=lambda d: d.start):
        if other.start >= end and _JOIN.fullmatch(clause, end, other.start):
            end = other.end
    return end if _CLAUSE_END.match(clause, end) else None


def _absolute(match: re.Match[str]) -> str:
    """ "according to an opinion poll published" -> "An opinion poll was published"."""
    noun, part = match.group("np"), match.group("part")
    if not PARTICIPLE.match(part) or ANY_VERB.search(noun) or AUXILIARY.search(noun):
        return ""
    return f"{noun[:1].upper()}{noun[1:]} {be_for(noun, part)} {part}"


def _noun_before(text: str, *, whole: bool = False) -> str:
    """The noun phrase that ends ``text``: "ended an experiment" -> "an experiment", "the maker of
    frozen dinners" (not "frozen dinners": a bare noun after a preposition belongs to the phrase
    before it); with ``whole``, all of ``text`` when it is a short noun phrase ("Bellini, 34,").
    """
    text = _AGE.sub("", text.rstrip()).rstrip(" ,")
    if whole:
        words = _OPENING.sub("", text).split()
        if 0 < len(words) <= 6 and not any(_stops(word) for word in words):
            return " ".join(words)
        return ""  # "his wife, Ruth, who married", "The harvest now under way, which began"
    every = text.split()
    words = _phrase_before(every)
    if not words:
        return ""
    before = every[: len(every) - len(words)]
    if not _HEADED.match(words[0]) and before and before[-1] in _NOUN_PREPOSITIONS:
        outer = _headed(_phrase_before(before[:-1]))  # "the maker of | frozen dinners"
        if outer and _HEADED.match(outer[0]) and len(outer) + 1 + len(words) <= 6:
            return " ".join([*outer, before[-1], *words])
    return " ".join(_headed(words))


_NOUN_PREPOSITIONS = frozenset({"of", "on", "for", "to", "about", "in", "at", "from", "over"})
_HEADED = re.compile(
    r"^(?:a|an|the|its|his|her|their|our|this|these|those|some|many|most|all|several|"
    r"[A-Z\d$£€].*)$"
)


def _stops(word: str) -> bool:
    bare = word.strip("\"'“”‘’").lower()
    return (
        word.endswith((",", ";", ":"))
        or bare in _NOT_IN_NOUN
        or bool(ANY_VERB.fullmatch(bare) or AUXILIARY.fullmatch(bare))
    )


def _phrase_before(words: list[str]) -> list[str]:
    """The words at the end of ``words`` up to a preposition, a verb or a comma (at most 6)."""
    phrase: list[str] = []
    for word in reversed(words):
        if _stops(word):
            break
        phrase.insert(0, word)
    return phrase if len(phrase) <= 6 else []


def _headed(words: list[str]) -> list[str]:
    """The longest end of ``words`` opening with a determiner, a number or a name; else the
    last word ("importers rebuilt stocks": "rebuilt" is a verb the lists do not know)."""
    for index, word in enumerate(words):
        if _HEADED.match(word):
            return words[index:]
    return words[-1:]
