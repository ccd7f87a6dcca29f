"""Clauses: where one dated fact ends and the next begins inside a sentence.

"Negotiators met this weekend, and a draft was signed late on Sunday" holds two events. Splitting
happens only between two dated expressions and only at a clause boundary (a semicolon, ", and",
"and that", a comma before a lower-case word), so "from Monday to Friday" stays one fact. A later
clause that starts with its verb borrows the sentence's subject for its label.
"""

from __future__ import annotations

import re

from timeline_app.core.label_patterns import ANY_VERB
from timeline_app.core.labels import subject_of
from timeline_app.core.models import Certainty, Granularity, Span, Timex, TimexType

__all__ = ["clause_text", "dated_clauses", "is_subject"]

# Where one dated clause ends and the next begins, strongest separator first.
_CLAUSE_BREAKS = (
    re.compile(r";\s*"),
    re.compile(r",\s+(?:and|but|while|whereas|then)\s+"),
    re.compile(r"\s+and\s+that\s+"),
    re.compile(r",\s+(?=[a-z])"),
    re.compile(r"\s+(?:and|but)\s+"),
    re.compile(r",\s*(?=\d{1,2}\b)"),  # "on 3, 5 and 7 March": each day of a list (not 500,000)
    # "the museum said on Tuesday | it would reopen on April 1": a reported clause of its own
    re.compile(
        r"\s+(?:that\s+)?(?=(?:it|he|she|they|we|I)\s+(?:would|will|could|might|may|was|were|had|"
        r"has|is|are)\b)"
    ),
)
_VERB_FIRST = re.compile(
    r"(?:will|would|was|were|is|are|had|has|have|did|could|should|can|may|might|must)\b"
)
# "Her brother, who was jailed in the 1960s, | followed in 1979": a past tense after an aside
# between commas is the main verb; elsewhere it is usually a participle (", compared with").
_PAST_FIRST = re.compile(
    # a figure's move to a level is the verb ("Net profit ..., rose to 41.2 billion")
    r"(?:rose|fell|climbed|jumped|dropped|slipped|declined|grew|surged|plunged|soared|tumbled|"
    r"increased|decreased)\s+(?=to\b)|"
    r"(?!(?:compared|based|dated|expected|presumed|included|reported|priced|"
    r"adjusted|led|owned|called|named)\b)"
    r"(?:[a-z]+ed|said|met|began|took|made|left|went|came|won|lost|rose|fell|held|sent|sold|"
    r"told)\b(?!\s+(?:by|with|to)\b)"
)
# "fiscal 2026 began on September 28 and ends on September 26": a second verb, in the present
_PRESENT_FIRST = re.compile(
    r"(?:ends|begins|starts|opens|closes|runs|expires|resumes|returns|remains|stays)\b"
)
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|which|whose)\b")
# "between 1 a.m. and 4 a.m.", "April 24 and 25": two dates of one stretch
_RANGE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s+and\s+")
# "approved a decade ago, in 2016": a second date for the same fact
_APPOSITION = re.compile(r",\s+(?:in|on)\s+")
# "Sunday, October 18, from 8 p.m.": a clock time on the day just named
_TIME_JOIN = re.compile(r",?\s+(?:(?:at|from|by|until|around|about|starting\s+at)\s+)?")


# A date that is what the clause is about: "Brindlecote's fiscal 2026 began on September 28".
_SUBJECT_VERB = re.compile(
    r"\s+(?:began|begins|ended|ends|starts|started|opened|opens|closed|closes|runs|ran|was|were|"
    r"is|will|has|had|would)\b"
)


def is_subject(text: str, timex: Timex) -> bool:
    """Whether ``timex`` is the subject of its clause ("fiscal 2026 began ..."), not its time."""
    return _SUBJECT_VERB.match(text, timex.end) is not None


def _same_day_time(text: str, reach: int, day: Timex, time: Timex) -> bool:
    """Whether ``time`` is a clock time on the day just named: "Sunday, October 18, from 8 p.m."."""
    return (
        time.type is TimexType.TIME
        and day.interval is not None
        and time.interval is not None
        and day.interval.granularity is Granularity.DAY
        and day.interval.start <= time.interval.start < day.interval.end
        and _TIME_JOIN.fullmatch(text, reach, time.start) is not None
    )


def _next_to(first: Timex, second: Timex) -> bool:
    """Whether ``second`` starts where ``first`` ends: "Monday and Tuesday", "April 24 and 25"."""
    return (
        first.interval is not None
        and second.interval is not None
        and second.interval.start == first.interval.end
    )


_CONJUNCTION = re.compile(r"^(?:and|but|or|though|although|whereas)\s+")
# ", which began July 1", ", who conceded": a relative clause about the phrase before it
_WHICH = re.compile(r"\s*,\s*(?:which|who)\s+(?=[a-z])")
# the noun phrase a ", which" clause is about: a date, a name or a short "the ..." phrase
_YEAR_ANTECEDENT = re.compile(  # "fiscal 2027", "the first quarter of fiscal 2026"
    r"((?:the\s+(?:[\w-]+\s+){1,3}of\s+)?(?:fiscal\s+)?\d{4})\s*$", re.IGNORECASE
)
_ANTECEDENT = re.compile(
    r"((?:the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+|"
    r"(?:[A-Z][\w'’-]+\s+){0,2}(?:[A-Z][\w'’-]+|(?<=[A-Za-z]\s)\d+))(?:,\s*\d{1,3})?\s*$"
)
# "most would be reconnected within 24 hours, though some customers could wait until Wednesday":
# the date belongs to the clause after the contrast.
_CONTRAST = re.compile(r",\s+(?:though|although|whereas|but)\s+(?=[a-z])")
_PRONOUN_VERB = re.compile(r"\b(?:[Ii]t|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|who)\s+[a-z]{2,}\b")
_AND_SUBJECT = re.compile(r",\s+and\s+(?=(?:its|his|her|their|our|the|this|these|those|there)\s)")
_COLON = re.compile(r":\s+(?=[a-z])")
# "..., and this evening rescuers say": a clause that opens with its date
_AND_THEN_DATE = re.compile(
    r",\s+(?:and|but)\s+(?:(?:by|in|on|at|since|from|until|during|after|before)\s+)?$"
)
# "rain would arrive tonight and last into Tuesday morning": a second verb under the same modal
_MODAL_BEFORE_AND = re.compile(
    r"\b(will|would|could|should|may|might|must|can)\s+(?:not\s+)?[a-z]+\b[^,;]*$"
)
_PASSIVE_BEFORE_AND = re.compile(
    r"\b(was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+\s+)?[a-z]+ed\b[^,;]*$"
)
_NOT_A_VERB = re.compile(
    r"(?:the|a|an|his|her|its|their|our|this|that|these|those|some|most|many|all|it|he|she|they|"
    r"we|i|you|there|then|also|so|[a-z]+ly|today|tonight|tomorrow|yesterday|next|early|late|"
    r"last(?=\s+(?:week|weekend|month|year|night|time|season|\w+day)\b)|"
    r"in|on|at|by|from|until|for|during|after|before|again|later|earlier|[a-z]+day|[a-z]+days)\b"
)
_AND_VERB = re.compile(
    r",?\s+(?:and|but)\s+(?=(?:will|would|was|were|is|are|had|has|have|could|should|can|may|"
    r"might|must)\b)"
)


def clause_text(text: str, sentence: Span, clause: Span) -> tuple[str, int]:
    """The clause's text to label, with a borrowed subject if it needs one, and the offset to
    subtract from document positions to get positions in that text.
    """
    subject = _borrowed_subject(text, sentence, clause)
    rest = text[clause.start : clause.end]
    if which := _WHICH.match(rest):
        clause = Span(clause.start + which.end(), clause.end)
    elif subject or _CONTRAST.match(rest) or _AND_SUBJECT.match(rest):
        # start the clause at its verb ("allowances, will be" would keep the comma) or after its
        # contrast (", though some customers could wait")
        clause = Span(clause.end - len(_CONJUNCTION.sub("", rest.lstrip(" ,;"))), clause.end)
    return subject + text[clause.start : clause.end], clause.start - len(subject)


# an attribution between two dated clauses goes with the first ("..., officials said, as ...")
_ATTRIBUTION_AT = re.compile(
    r"[\s,]*(?:[A-Za-z.'-]+\s+){0,3}(?:said|says|told\s+\w+|reported|added)\s*,\s*"
)


def _within(inner: Timex, outer: Timex) -> bool:
    """Whether ``inner`` names a shorter stretch inside ``outer``'s ("Easter" in "last year")."""
    if inner.interval is None or outer.interval is None:
        return False
    a, b = inner.interval, outer.interval
    return b.start <= a.start and a.end <= b.end and (a.start, a.end) != (b.start, b.end)


def dated_clauses(text: str, sentence: Span, dated: list[Timex]) -> list[tuple[Span, Timex]]:
    """Split the sentence between consecutive dated expressions at a clause boundary.

    Two expressions with no boundary between them ("from Monday to Friday", "Saturday, March 4"
    tagged in two pieces) describe one fact: the first one dates the clause.
    """
    pieces: list[tuple[Span, Timex]] = []
    start = sentence.start
    current: Timex | None = None
    reach = 0  # where the current fact's date phrases end ("between 1 a.m. and 4 a.m.")
    for timex in dated:
        if current is None:
            current, reach = timex, timex.end
            continue
        cut = _clause_break(text, reach, timex.start)
        if cut is None and _ends_a_relative_clause(text, sentence.start, current.start, reach):
            cut = reach  # "A man who cut cable on May 2 | pleaded not guilty on Friday"
        if (
            cut is not None
            and _RANGE_JOIN.fullmatch(text, reach, timex.start)
            and (
                _RANGE.search(text, max(0, current.start - 12), current.start)
                or _next_to(current, timex)
            )
        ):
            cut = None  # "between 1 a.m. and 4 a.m.", "April 24 and 25": one stretch, one fact
        if cut is not None and _same_day_time(text, reach, current, timex):
            cut, current = None, timex  # "on Sunday, October 18, from 8 p.m.": the time dates it
        elif cut is not None and _APPOSITION.fullmatch(text, reach, timex.start):
            # "approved a decade ago, in 2016": one fact; the date the text states dates it
            cut = None
            if timex.certainty is Certainty.EXACT and current.certainty is not Certainty.EXACT:
                current = timex
        if cut is None:
            reach = timex.end
            if current.certainty is Certainty.VAGUE and timex.certainty is not Certainty.VAGUE:
                current = timex  # "most recently, in February": the month dates the clause
            elif is_subject(text, current) or _within(timex, current):
                # "fiscal 2026 began on September 28", "Last year the parish moved its Easter
                # vigil": the day, inside the other's period, dates the fact
                current = timex
            continue
        said = _ATTRIBUTION_AT.match(text, cut)
        if said is not None and said.end() <= timex.start:
            cut = said.end()  # "rose on Wednesday, officials said, | as aftershocks overnight"
        pieces.append((Span(start, cut), current))
        start, current, reach = cut, timex, timex.end
    if current is not None:
        pieces.append((Span(start, sentence.end), current))
    return [(_own_verb_phrase(text, span, timex), timex) for span, timex in pieces]


def _own_verb_phrase(text: str, clause: Span, timex: Timex) -> Span:
    """Start the clause at the coordinated verb phrase that holds the date, if there is one.

    "Rates had jumped since the strike began and were unlikely to fall before April": April dates
    the second verb phrase; its label borrows the subject ("Rates were unlikely to fall").
    """
    last = None
    for match in _AND_VERB.finditer(text, clause.start, timex.start):
        last = match
    for match in _CONTRAST.finditer(text, clause.start, timex.start):
        if last is None or match.start() > last.start():
            last = match
    for match in _WHICH.finditer(text, clause.start, timex.start):
        # "... against the incumbent, Marten Olofsen, 63, who conceded at 3 a.m.": the date is in
        # the relative clause, once the clause before it has its own verb
        head = text[clause.start : match.start()]
        if (last is None or match.start() > last.start()) and ANY_VERB.search(head):
            last = match
    for match in _AND_SUBJECT.finditer(text, clause.start, timex.start):
        # "It meets every Monday, and its budget must be passed by June": a clause of its own,
        # when the one before has its verb
        head = text[clause.start : match.start()]
        if (last is None or match.start() > last.start()) and (
            ANY_VERB.search(head) or _PRONOUN_VERB.search(head)
        ):
            last = match
    for match in _COLON.finditer(text, clause.start, timex.start):
        # "Her voters may decide the runoff: in a poll published last week, ...": what follows
        if (last is None or match.start() > last.start()) and ANY_VERB.search(
            text, clause.start, match.start()
        ):
            last = match
    opening = _AND_THEN_DATE.search(text, max(clause.start, timex.start - 20), timex.start)
    after = text[timex.end : timex.end + 30].lstrip(" ,")
    if (
        opening is not None
        and not (_VERB_FIRST.match(after) or _PAST_FIRST.match(after))  # "and recently ordered"
        and ANY_VERB.search(text, clause.start, opening.start())
        and (last is None or opening.start() > last.start())
    ):
        return Span(opening.start(), clause.end)
    return Span(last.start(), clause.end) if last else clause


def _ends_a_relative_clause(text: str, sentence_start: int, date_start: int, date_end: int) -> bool:
    """Whether the date closes a relative clause that no comma sets off, the sentence's own verb
    coming right after it: "A man who cut cable on May 2 pleaded not guilty on Friday"."""
    opened = _bare_relative(text, sentence_start, date_start)
    if opened is None or "," in text[opened.end() : date_start]:
        return False
    return _MAIN_VERB_NEXT.match(text, date_end) is not None


# "who cut", "that halted": a relative clause with no comma before it (not the "that" of "said
# yesterday that", "so that", "now that": a noun comes before a relative "that")
_BARE_RELATIVE = re.compile(
    r"(?<!,)\s(?:who|which|(?<=[a-z]{3}\s)(?<!\bsaid\s)(?<!\bsays\s)(?<!\btold\s)"
    r"(?<!\bso\s)(?<!\bnow\s)(?<!\bday\s)(?<!\bweek\s)(?<!\byear\s)(?<!\bthan\s)that)"
    r"\s+(?!is\b|was\b|the\b|a\b|an\b|his\b|her\b|its\b|their\b|this\b|these\b)(?=[a-z]+\b)"
)
_PREPOSITION_BEFORE_NP = re.compile(
    r"\b(?:in|of|on|at|from|with|by|for|to|into|about|after|before|during|over|under)\s*$",
    re.IGNORECASE,
)
_NOT_A_RELATIVE_HEAD = re.compile(
    r"(?:said|says|say|told|tells|reported|announced|added|argued|claimed|warned|noted|insisted|"
    r"suggested|confirmed|denied|believes?|believed|thinks?|thought|knows?|knew|hopes?|hoped|"
    r"expects?|expected|feared|fears?|yesterday|today|tonight|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|ago|later|earlier|recently|also|and|but|such|so|now)$",
    re.IGNORECASE,
)
_MAIN_VERB_NEXT = re.compile(
    r"\s+(?:(?!compared|based|dated|expected|reported|priced|adjusted|led|owned|called|named)"
    r"[a-z]{3,}ed|said|met|began|took|made|left|went|came|won|lost|rose|fell|held|sent|sold|told|"
    r"was|were|will|has|had|faces|remains|is|are)\b(?!\s+(?:by|with|to)\b)"
)


def _bare_relative(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first relative pronoun in ``text[start:end]`` that opens a relative clause: not after
    a verb of saying, a date word or a conjunction ("said yesterday that the company ...")."""
    for match in _BARE_RELATIVE.finditer(text, start, end):
        before = text[max(start, match.start() - 20) : match.start()].split()
        if before and not _NOT_A_RELATIVE_HEAD.match(before[-1]):
            return match
    return None


def _clause_break(text: str, after: int, before: int) -> int | None:
    for pattern in _CLAUSE_BREAKS:
        # one character more, so a break's look-ahead can see the date it stops at ("3, 5")
        match = pattern.search(text, after, min(len(text), before + 1))
        if match and match.end() <= before:
            return match.start()
    return None


def _borrowed_subject(text: str, sentence: Span, clause: Span) -> str:
    """The sentence's subject, for a later clause that starts with its verb.

    "Allowances, which had not changed since 2015, | will be reviewed by the end of the year": the
    second clause alone would be labelled "Will be reviewed".
    """
    if clause.start == sentence.start:
        return ""
    opening = text[clause.start : clause.end]
    which = _WHICH.match(opening)
    if which is not None:  # "fiscal 2027, which began July 1": "Fiscal 2027 began"; "…, who …"
        antecedent = _YEAR_ANTECEDENT.search(
            text, sentence.start, clause.start
        ) or _ANTECEDENT.search(text, sentence.start, clause.start)
        return antecedent.group(1) + " " if antecedent else ""
    rest = _CONJUNCTION.sub("", opening.lstrip(" ,;"))
    head = text[sentence.start : clause.start]
    aside = head.count(",") >= 2 or _RELATIVE_ASIDE.search(head)
    after_aside = opening.startswith(",") and aside and _PAST_FIRST.match(rest)
    after_and = opening.lstrip().startswith("and ")
    modal = _MODAL_BEFORE_AND.search(head) if after_and else None
    # "Talks lasted eleven hours on Monday and ended at 11:40 p.m.": a second past verb
    past_after_and = after_and and bool(_PAST_FIRST.match(rest) or _PRESENT_FIRST.match(rest))
    passive = _PASSIVE_BEFORE_AND.search(head) if past_after_and else None
    shared_modal = modal is not None and rest[:1].islower() and not _NOT_A_VERB.match(rest)
    relative = _bare_relative(head, 0, len(head))
    # "A man who cut cable on May 2 | pleaded not guilty on Friday": the verb after a relative
    # clause that no comma closed is the sentence's own
    after_relative = (
        relative is not None
        and not opening.startswith((",", ";"))
        and bool(_PAST_FIRST.match(rest) or _VERB_FIRST.match(rest))
    )
    if not (
        _VERB_FIRST.match(rest) or after_aside or shared_modal or past_after_and or after_relative
    ):
        return ""
    if after_relative and relative is not None:
        # "fears that the glut that has weighed on the market since mid-2014 | will last": the
        # noun the clause describes; but "a man accused of theft in a raid that ... | pleaded":
        # a noun inside a prepositional phrase is not the verb's subject, the sentence's is
        before = head[: relative.start()]
        antecedent = _ANTECEDENT.search(before)
        if antecedent is not None and not _PREPOSITION_BEFORE_NP.search(
            before, 0, antecedent.start()
        ):
            noun = antecedent.group(1)
            return noun[:1].upper() + noun[1:] + " "
        subject = subject_of(before)
        return subject + " " if subject else ""
    subject = subject_of(head)
    if subject and shared_modal and not _VERB_FIRST.match(rest):
        return f"{subject} {modal[1]} "  # type: ignore[index]
    if subject and passive is not None:  # "was first proposed in 2011 and approved in 2016"
        return f"{subject} {passive[1]} "
    return subject + " " if subject else ""
