"""Date phrases that cannot simply go: removing them would leave the words around without sense.

"Tickets for June performances go on sale" without "June" reads "Tickets performances go on
sale"; "its best run came in the 1986-87 season" reads "in the - season". A date that modifies a
noun is part of what the clause is about, so the label keeps it.
"""

from __future__ import annotations

import re

from timeline_app.core.label_patterns import ANY_VERB
from timeline_app.core.models import Span

__all__ = ["DETERMINER_END", "RELATIVE_TIME_WORD", "date_before_noun", "noun_follows"]

_DETERMINERS = r"the|a|an|its|his|her|their|our|my|your|each|every"
# "the 1986-87 season", "its 2019 accounts": a determiner just before the date
DETERMINER_END = re.compile(rf"\b(?:{_DETERMINERS})\s+$", re.IGNORECASE)
# "for June performances", "of the 1950s": a preposition just before it, after other words
_PREPOSITION_END = re.compile(
    r"\S\s+(?:for|of|in|from|to|at|on|with|by|since|before|after|during|until|about)\s+$"
)
# "a 0.1 percent rise the month before,": the word that makes the date relative goes with it
RELATIVE_TIME_WORD = re.compile(
    r"\s+(?:before|earlier|later|previously|prior|ago)\b(?=\s*(?:[,;:.)\"”]|$))"
)
# Date phrases that name a time relative to now, not the name of a year or month: these are
# never part of a noun's name ("last week performances" is no phrase).
_RELATIVE_DATE = re.compile(
    r"\b(?:today|tonight|yesterday|tomorrow|now|ago|last|next|this|recently|earlier|later|"
    r"previous|following|coming|past)\b",
    re.IGNORECASE,
)
_NOT_A_NOUN = frozenset(
    {"a", "about", "above", "across", "after", "afternoon", "again", "against", "ago"}
    | {"ahead", "all", "alone", "along", "already", "also", "although", "am", "amid"}
    | {"among", "an", "and", "another", "any", "apart", "are", "around", "as", "aside", "at"}
    | {"away", "back", "be", "became", "because", "becomes", "been", "before", "began"}
    | {"begins", "behind", "being", "below", "between", "beyond", "both", "brings"}
    | {"brought", "but", "by", "came", "can", "closed", "closes", "comes", "could", "cut"}
    | {"cuts", "did", "do", "does", "down", "during", "each", "either", "else", "ended"}
    | {"ends", "even", "evening", "ever", "every", "except", "expired", "expires", "falls"}
    | {"fell", "few", "for", "from", "gave", "gets", "gives", "gmt", "goes", "got", "had"}
    | {"has", "have", "he", "held", "her", "here", "hers", "him", "his", "hit", "hits"}
    | {"holds", "hours", "how", "however", "i", "if", "in", "including", "inside", "instead"}
    | {"into", "is", "it", "its", "just", "last", "later", "leaves", "left", "less", "like"}
    | {"local", "looks", "loses", "lost", "made", "makes", "many", "marked", "marks", "may"}
    | {"me", "means", "meant", "meets", "met", "midnight", "might", "more", "morning"}
    | {"most", "much", "must", "my", "near", "neither", "never", "next", "night", "no"}
    | {"noon", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "onto"}
    | {"onwards", "opened", "opens", "or", "other", "our", "out", "outside", "over", "own"}
    | {"paid", "past", "pays", "per", "plus", "put", "puts", "ran", "remained", "remains"}
    | {"respectively", "rises", "rose", "runs", "said", "same", "saw", "says", "seems"}
    | {"sees", "sells", "sends", "sent", "set", "sets", "several", "sharp", "she", "should"}
    | {"showed", "shows", "since", "so", "sold", "some", "started", "starts", "still"}
    | {"stood", "such", "takes", "than", "that", "the", "their", "them", "then", "there"}
    | {"these", "they", "this", "those", "though", "through", "till", "time", "to", "today"}
    | {"told", "tomorrow", "tonight", "too", "took", "toward", "towards", "under", "unless"}
    | {"until", "up", "upon", "us", "utc", "very", "via", "was", "we", "went", "were"}
    | {"what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why"}
    | {"will", "wins", "with", "within", "without", "won", "would", "yesterday", "yet"}
    | {"you", "your"}
)
_NEXT_WORD = re.compile(r"\s+([a-z][a-z'’-]+)\b(?!['’]s)")
# "the 2019 series", not "a jury on Thursday found the": a verb's object would follow
_OBJECT_NEXT = re.compile(
    r"\s+(?:a|an|the|his|her|its|their|our|my|your|this|these|those|it|him|them|us|me|\d)\b"
)
_WEEKDAY = re.compile(r"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
# a date phrase that is a noun phrase of its own ("the second half") names no other noun
_OWN_DETERMINER = re.compile(
    r"^(?:the|a|an|this|that|its)\s+(?!(?:spring|summer|autumn|fall|winter)$)"
)


def date_before_noun(clause: str, span: Span, before: str) -> str:
    """How to remove a date phrase that modifies the noun after it: "" when it does not.

    "the" when a determiner stands before it ("the 1986-87 season", "a third-quarter loss",
    "by the Friday deadline"): the date alone goes, the determiner and the noun stay; "keep"
    after a bare preposition ("Tickets for June performances", "for July delivery"), where
    "Tickets for performances" would no longer say which. A date opening the clause ("Tonight
    whole blocks are gone") is when, not what.
    """
    date = clause[span.start : span.end]
    if _RELATIVE_DATE.search(date) or _OWN_DETERMINER.match(date):
        return ""
    described = None if _WEEKDAY.match(date) else _DESCRIBED.search(before)
    if described and not any(_not_an_adjective(w) for w in described.group(1).split()):
        return "keep"  # "We expect a slower second half": the date is the noun itself
    if not noun_follows(clause, span.end):
        return ""
    if DETERMINER_END.search(before):
        return "the"
    if _WEEKDAY.match(date) or not _PREPOSITION_END.search(before):
        return ""  # "a jury on Thursday found": a weekday after a preposition says when
    return "keep"


# "a slower [second half]", "a strong [fourth quarter]": a determiner and adjectives before it
_DESCRIBED = re.compile(
    rf"\b(?:{_DETERMINERS})\s+((?:[a-z-]+(?:est|er)\s+|(?:record|weak|strong|busy|quiet|"
    r"difficult|tough|solid|first|wet|dry|hot|cold|mild|poor|good|bad|disappointing|bumper)\s+)"
    r"(?:[a-z-]+(?:est|er)\s+)?)$"
)


def _not_an_adjective(word: str) -> bool:
    return word in _NOT_A_NOUN or ANY_VERB.fullmatch(word) is not None or word.endswith("ly")


def noun_follows(clause: str, end: int) -> bool:
    """Whether the word at ``end`` looks like a noun ("season", "performances"), not a verb, a
    preposition or an adverb ("ago", "alone", "found")."""
    word = _NEXT_WORD.match(clause, end)
    if word is None:
        return False
    noun = word.group(1).lower()
    return (
        len(noun) > 2
        and noun not in _NOT_A_NOUN
        and not noun.endswith(("ly", "ed", "ing"))
        and ANY_VERB.fullmatch(noun) is None
        and _OBJECT_NEXT.match(clause, word.end()) is None
    )
