"""What never belongs in a label: the date phrase, a dateline, "the ministry said", framing
before the subject; and the small tests of a clause that the shortening rules share.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from timeline_app.core.label_dates import (
    DETERMINER_END,
    RELATIVE_TIME_WORD,
    date_before_noun,
    noun_follows,
)
from timeline_app.core.label_grammar import (
    as_passive,
    dated_part,
    describes,
    finite_verb_starts,
    one_verb_phrase,
)
from timeline_app.core.label_patterns import (
    AGE_OR_HOME,
    ANY_VERB,
    APPOSITIVE,
    ASIDE,
    ATTRIBUTION_HEAD,
    ATTRIBUTION_INSIDE,
    ATTRIBUTION_TAIL,
    AUXILIARY,
    CONDITION_WITH_DATE,
    DATE_LEAD,
    DATE_LEAD_WIDE,
    DATELINE,
    DOUBLE_COMMA,
    KEEP_REPORTER,
    LEADING_ADVERBIAL,
    LEADING_FILLER,
    LEADING_PARTICIPLE,
    LEADING_SETTING,
    LIST_END,
    MARK,
    MID_ADVERB,
    NAME_APPOSITIVE,
    NAME_WHO,
    NAME_WHOSE,
    PAST,
    PLAIN_ATTRIBUTION,
    SENTENCE_ADVERB,
    SINCE,
    SINCE_WITH_DATE,
    SPACE_BEFORE_PUNCTUATION,
    SPEAKER,
    STATE,
    STRANDED,
    TAIL_CLAUSE,
    VERB,
    WHERE_SAID,
)
from timeline_app.core.models import Span

# Verbs whose object is a stretch of time: "families spent Saturday night in a school gym" loses
# its sense without it; "some dating to the 1950s", "the charter dates from 1871" too.
_TIME_AS_OBJECT = re.compile(
    r"\b(?:spent|spend|spends|spending|marked|marks|mark|celebrated|celebrates|celebrate|"
    r"chose|picked|named|designated|declared|(?:dates?|dating|dated)(?:\s+back)?\s+(?:to|from))\s+$",
    re.IGNORECASE,
)


def _mark_dates(
    clause: str, dates: Sequence[Span], *, keep_since: bool = False, wide: bool = True
) -> str:
    """Replace each date phrase, with its preposition ("late on"), by one marker.

    Some date phrases stay, because without them the words around would not read: one that
    modifies a noun ("Tickets for June performances", "the 1986-87 season"), one that is the
    object of its verb ("spent Saturday night", "some dating to the 1950s"). A possessive date
    gives way to "the" ("Saturday's ambush" -> "the ambush").
    """
    pieces: list[str] = []
    cursor = 0
    for span in _joined(clause, dates):
        if span.start < cursor:
            continue
        before = clause[cursor : span.start]
        modifier = date_before_noun(clause, span, before)
        lead = None if modifier else DATE_LEAD.search(before)  # "for" of "for June tickets"
        if wide and not modifier:
            lead = DATE_LEAD_WIDE.search(before) or lead  # "On the night of 15 May, 11 died"
        kept = "".join(pieces) + before[: lead.start()] if lead else ""
        possessive = clause.startswith(("'s", "’s"), span.end)
        if keep_since and lead and SINCE.fullmatch(lead.group()) and kept.strip():
            # "had not changed since 2015": without "since 2015" the label says the opposite
            pieces.append(before + clause[span.start : span.end])
        elif possessive and (
            noun_follows(clause, span.end + 2) or _NOUN_PHRASE_NEXT.match(clause, span.end + 2)
        ):
            # "from Tuesday's earthquake" -> "from the earthquake"
            pieces.append(before if DETERMINER_END.search(before) else before + "the ")
            pieces.append(MARK)
            cursor = span.end + 2
            continue
        elif possessive:  # "cut next year's to 0.9 percent": no noun to hold on to
            pieces.append(before[: lead.start()] if lead else before)
            pieces.append(MARK)
            cursor = span.end + 2
            continue
        elif _TIME_AS_OBJECT.search(before) or modifier == "keep":
            pieces.append(before + clause[span.start : span.end] + MARK)  # "spent Saturday night"
            cursor = span.end
            continue
        else:
            pieces.append(before[: lead.start()] if lead else before)
        pieces.append(MARK)
        cursor = span.end
        after = RELATIVE_TIME_WORD.match(clause, cursor)  # "a 0.1 percent rise the month before"
        cursor = after.end() if after else cursor
    pieces.append(clause[cursor:])
    return "".join(pieces)


# after a possessive date a noun phrase follows ("Tuesday's magnitude 7.1 earthquake", "Friday's
# 3-1 win"), unless a preposition or a verb does ("cut next year's to 0.9 percent")
_NOUN_PHRASE_NEXT = re.compile(
    r"\s+(?!(?:to|from|by|of|in|on|at|and|or|was|is|were|are|will|would|has|had)\b)[\w-]"
)


def _joined(clause: str, dates: Sequence[Span]) -> list[Span]:
    """The spans in order, "1986" and "87" of "1986-87" joined into one."""
    spans: list[Span] = []
    for span in sorted(dates, key=lambda s: s.start):
        if spans and clause[spans[-1].end : span.start] in ("-", "–", "/", "—"):
            spans[-1] = Span(spans[-1].start, max(span.end, spans[-1].end))
        else:
            spans.append(span)
    return spans


# "the quarter ended Sept. 30", "the financial year that ended on June 30": a period named by
# its end or start, which goes with the date
_PERIOD_BOUNDED = re.compile(
    r"(\b(?:for|in|of|during|over|from)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:quarter|year|period|months|month|weeks|week|half|season|term|\x00)\s*)"
    r"(?:,?\s*(?:that|which)\s+)?(?:ended|ending|ends|began|begins|beginning|begun|started|starting|"
    r"starts)\s*\x00"
)


def _squash(text: str) -> str:
    """One space between words, and no space or comma orphaned by a removed date phrase."""
    text = " ".join(text.split())
    text = re.sub(rf"\s*\(\s*(?:{MARK}\s*)?\)", "", text)  # "(0940 GMT)" once its time has gone
    text = re.sub(rf"\b(?:between|from)\s+{MARK}\s+(?:and|to|until|till)\s+{MARK}", MARK, text)
    text = re.sub(rf"{MARK}\s+(?:and|or|to|through|until|till)\s+{MARK}", MARK, text)
    text = re.sub(rf"\bbetween\s+(?:now|then|today)\s+and\s+{MARK}", MARK, text)
    text = re.sub(rf"^\s*{MARK}\s*,?\s*", "", text)  # "On Monday, dock workers" -> "dock workers"
    text = _PERIOD_BOUNDED.sub(rf"\1{MARK}", text)  # "net for the quarter ended Sept. 30 was"
    text = re.sub(rf"\s*{MARK}\s*,?\s*{MARK}", MARK, text)
    # "Opening night, Thursday, October 8, belongs to": the date was an aside between commas
    aside = re.search(rf"(?<=\w),\s*{MARK}\s*,\s*(?=[a-z])", text)
    if aside and len(text[: aside.start()].split()) >= 2:  # not "Actually, two years ago, the"
        text = text[: aside.start()] + " " + text[aside.end() :]
    return text.strip()


def trimmed(clause: str, dates: Sequence[Span], *, keep_since: bool, wide: bool = True) -> str:
    """The clause without its date phrase, dateline, attribution and framing; ``wide``: with the
    part of the day it names ("on the night of")."""
    text = _squash(_mark_dates(clause, dates, keep_since=keep_since, wide=wide))
    text = WHERE_SAID.sub(lambda m: m[1] or m[2], DATELINE.sub("", text))
    text = MID_ADVERB.sub(_mid_adverb, STRANDED.sub(MARK, text))
    text = _strip_tail(_strip_head(_name_who(text)))
    text = CONDITION_WITH_DATE.sub("", _parenthetical_event(drop_appositives(text)))
    text = one_verb_phrase(text)  # "June Hartley was in the cast, had not seen the stage since"
    text = dated_part(text)  # "It meets twice a month, and its secretary will visit on Friday"
    since = SINCE_WITH_DATE.search(text)
    if since and VERB.search(since.group(1).split(MARK)[0]):
        # "risen since the strike began in March" dates the strike; not "the direction since
        # the summer has been clear", where the summer is what "since" counts from
        text = since.group(1)
    return _ELLIPTIC_AS.sub("", text.rstrip(" ,;:." + MARK)).rstrip(" ,;:." + MARK)


# "issued shortly after 4 a.m. Thursday, about two hours [after a main burst]": an amount of
# time left without what it counts from
_DANGLING_AMOUNT = re.compile(
    r",\s+(?:about|some|nearly|almost|just|only|roughly|more\s+than|less\s+than)?\s*"
    r"(?:[\w-]+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|miles?|"
    r"kilometres?|kilometers?|metres?|meters?|feet|yards?|km)$"  # ", less than a mile [from]"
)
# "meet for coffee, as they have [since the 1990s]": with its date gone, an empty comparison
_ELLIPTIC_AS = re.compile(
    r",?\s+as\s+(?:they|it|he|she|we|you|I)\s+(?:have|has|had|did|do|does|were|was|always\s+have)"
    r"(?:\s+(?:done|been))?$"
)


def _strip_head(text: str) -> str:
    """Drop leading connectives and "X said (that)" when a clause follows."""
    text = LEADING_FILLER.sub("", SPEAKER.sub("", text.lstrip(" ,;:")))
    text = ATTRIBUTION_INSIDE.sub("", text)
    text = reported_clause(text, ATTRIBUTION_HEAD.match(text)) or text
    text = LEADING_FILLER.sub("", _without_setting(LEADING_FILLER.sub("", text)))
    text = LEADING_PARTICIPLE.sub("", SENTENCE_ADVERB.sub("", text))
    text = _OF_WHICH.sub(r"\1 ", text)  # "the most recent of which wrecked" -> "the most recent"
    return re.sub(rf"^{MARK}\s*,?\s*", "", text)


_OF_WHICH = re.compile(
    r"^((?:the\s+)?(?:most\s+recent|latest|last|first|one|two|three|four|five|some|many|most|"
    r"all|none|several|both|each|half|neither|either))\s+of\s+(?:which|whom)\s+",
    re.IGNORECASE,
)


def reported_clause(text: str, head: re.Match[str] | None) -> str:
    """What follows ``head`` ("X said (that)", "X complained that") when it is a clause of its own
    and the reporter is not needed ("UniFirst reported that net income rose"); else "".
    """
    if head is None:
        return ""
    rest = text[head.end() :]
    if head.group().rstrip().endswith("told") and (
        whom := _TOLD_WHOM.match(rest) or _TOLD_WHOM_NO_THAT.match(rest)
    ):
        rest = rest[whom.end() :]  # "told supporters on March Avenue that ...": what was told
    reporter = text[: head.end()].split()
    if _PRONOUN_START.match(rest) and "," not in text[: head.end()] and len(reporter) <= 6:
        return ""  # "Hadson Corp. said it expects": "It expects" says too little
    return rest if is_clause(rest) and not KEEP_REPORTER.match(rest) else ""


_TOLD_WHOM = re.compile(r"(?:[\w'’.-]+\s+){1,6}?(?:\x00\s*)?that\s+")
# "told investors the speaker would be": whom, then the clause told without its "that"
_TOLD_WHOM_NO_THAT = re.compile(
    r"(?:[\w'’.-]+\s+){1,3}?(?:\x00\s*)?(?=(?:the|a|an|its|his|her|their|it|he|she|they|we)\s"
    r"(?:[\w'’-]+\s+){0,3}?(?:would|will|was|were|is|are|had|has|could)\b)"
)
_PRONOUN_START = re.compile(r"\x00?\s*(?:it|he|she|they|we|I)\s", re.IGNORECASE)


def _name_who(text: str) -> str:
    """ ", said Ama Tennant, who voted last week" is about Ama Tennant: "Ama Tennant voted"."""
    if whose := NAME_WHOSE.match(text):
        # "Bredal, 44, whose movement was founded in 2021": "Bredal's movement was founded"
        owner, fact = whose.group(1).strip(), whose.group(2)
        if not owner:  # ", whose winners will be announced on Saturday": its winners
            return "the " + fact
        if len(owner.split()) > 4:
            return fact
        return f"{owner}{chr(39) if owner.endswith('s') else chr(39) + 's'} {fact}"
    match = NAME_WHO.search(text)
    return f"{match.group(1)} {match.group(2)}" if match else text


def _plain_attribution(tail: str) -> bool:
    """Who said it, where and when; not ", announced an agreement in January"."""
    return bool(
        PLAIN_ATTRIBUTION.match(tail)
        or (re.search(r"\b(?:said|says|told|added)\b", tail) and not TAIL_CLAUSE.search(tail))
    )


def _strip_tail(text: str) -> str:
    """Drop ", the ministry said", also with the date in it unless it holds a clause of its own
    (", adding that the vote is on Monday").
    """
    match = ATTRIBUTION_TAIL.search(text)
    if match is None:
        return text
    if MARK not in match.group() or (
        _plain_attribution(match.group()) and is_clause(text[: match.start()])
    ):  # ", Gremitskikh said at a briefing today": when it was said, not what happened
        return text[: match.start()]
    return text


def subject_of(head: str) -> str:
    """The subject that opens ``head`` ("The board said a new pontoon, delayed" -> "a new
    pontoon"), or "" when there is no short one; lent to a later clause that starts with a verb.
    """
    text = DATELINE.sub("", " ".join(head.split()))
    match = ATTRIBUTION_HEAD.match(text)
    if match:
        text = _WHEN_SAID.sub("", text[match.end() :])
    text = re.split(r",(?!\d)", _without_setting(text), maxsplit=1)[0]  # not "1,400"
    starts = [  # not the "based" of "The Oslo-based group", the "shelved" of "its shelved record"
        m.start()
        for pattern in (ANY_VERB, _PRESENT_VERB)
        for m in pattern.finditer(text)
        if text[m.start() - 1 : m.start()] != "-" and not _ADJECTIVE_SLOT.search(text[: m.start()])
    ]
    if starts:
        text = text[: min(starts)]
    text = _RELATIVE_IN_SUBJECT.sub("", text)  # "A club that [started with 12 members]"
    words = text.split()
    if len(words) > 6 and (cut := _PERIOD_PHRASE.search(text)) is not None:
        words = text[: cut.start()].split()  # "Net profit [for the fiscal second quarter]"
    return " ".join(words) if 0 < len(words) <= 6 else ""


# the period a figure is for, after its noun: "Net profit for the fiscal second quarter"
_PERIOD_PHRASE = re.compile(r"(?<=\w)\s+(?:for|in|during)\s+(?:the|its|their|this|last)\s+")


# "A club that started with 12 members": the relative clause after the subject's noun (not the
# "that" of "Game 5 of that series")
_ADJECTIVE_SLOT = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|our|this)|['’]s)\s+$", re.I)
_RELATIVE_IN_SUBJECT = re.compile(
    r"(?<!\bof)(?<!\bin)(?<!\bon)(?<!\bat)(?<!\bfor)(?<!\bto)\s+(?:that|which|who)\s+"
    r"(?=[a-z]+(?:ed|s)\b).*$|\s+(?:that|which|who)\s*$"
)


# "[Harwick council said] last night that it had inspected": when it was said, before the clause
_WHEN_SAID = re.compile(
    r"^(?:(?:on|late|early|last|this|yesterday|today|tonight|\w+day|night|morning|afternoon|"
    r"evening|week|month)\s+){1,3}that\s+",
    re.IGNORECASE,
)
# Present-tense verbs a company or a person is often the subject of ("The company employs ...")
_PRESENT_VERB = re.compile(
    r"\b(?:employs|makes|owns|operates|runs|sells|builds|produces|serves|provides|offers|holds|"
    r"lives|works|leads|manages|designs|controls|represents|supplies|opens|closes|begins|ends|"
    r"starts|meets|expires|resumes|returns|remains|stays|plays|faces)\b"
)


def _without_setting(text: str) -> str:
    """ "Under the deal, wages rise" -> "wages rise", when enough is left to say what happened."""
    match = LEADING_SETTING.match(text)
    if match and len(text[match.end() :].split()) >= 3:
        return text[match.end() :]
    return text


_NOT_ASIDE = frozenset(
    {"and", "but", "or", "so", "where", "when", "while", "as", "because", "if", "after"}
    | {"before", "until", "since", "although", "though", "whereas", "whose"}
)
_SOME = frozenset({"some", "many", "most", "all", "several", "both", "each", "one", "two"})


def _parenthetical_event(text: str) -> str:
    """ ", first tabled last month," dates the noun before it: keep noun + parenthetical only."""
    parts = text.split(",")
    for index, part in enumerate(parts[1:], start=1):
        words = part.replace(MARK, "").split()
        if MARK not in part or not words or not words[0].islower() or words[0] in _NOT_ASIDE:
            continue  # ", and ...", ", where a hearing is set for 9am": a clause, not an aside
        if words[0] in _SOME:  # "The letters, some dating to the 1880s,": part of the noun
            return ",".join(parts[: index + 1])
        if words[0] in ("which", "who"):  # ", which had not changed since 2015": the noun's fact
            return ",".join(parts[:index]) + " " + " ".join(part.split()[1:])
        if (
            index < len(parts) - 1
            and not AUXILIARY.match(words[0])  # ", was indicted" is the main verb, not an aside
            and describes(" ".join(words))  # not "After a break, the squad returns on Monday"
            # "The offer, first tabled in May, did": an aside after the noun, or before the verb;
            # not the verb after an aside ("The quake, of magnitude 6.8, struck at 4:12 a.m.")
            and (index == 1 or finite_verb_starts(parts[index + 1]))
        ):
            head = ",".join(parts[:index])
            return as_passive(head, part, be=False) or head + " " + part.strip()
    return text


def drop_appositives(text: str) -> str:
    """ "McBride, 54, of Lewisburg, West Virginia, was" / "Amdahl Corp., a maker of mainframe
    computers, reported" -> the name and its verb. A list ("Poland, the Czech Republic and
    Hungary") is not an appositive: its last item has "and" or "or".
    """
    text = ASIDE.sub(
        lambda m: m.group() if _after_verb(text, m) else " ",
        STATE.sub("", AGE_OR_HOME.sub(_age_or_home, text)),
    )
    match = NAME_APPOSITIVE.match(text)
    if match and not ANY_VERB.search(match.group(2)) and not LIST_END.search(match.group(2)):
        text = match.group(1) + " " + text[match.end() :]
    return APPOSITIVE.sub(lambda m: m.group() if _not_appositive(text, m) else " ", text)


def _age_or_home(match: re.Match[str]) -> str:
    """ ", 71," goes; its comma stays before "who" ("Vale, 71, who was" -> "Vale, who was")."""
    return "," if re.match(r"\s+(?:who|which|whose)\b", match.string[match.end() :]) else ""


def _mid_adverb(match: re.Match[str]) -> str:
    """ "In Cuba, meanwhile, tens rallied" keeps one comma; "A total, meanwhile, is" none."""
    opening = match.string[: match.start()]
    return "," if LEADING_ADVERBIAL.match(opening + ", x") and "," not in opening else ""


def _after_verb(text: str, match: re.Match[str]) -> bool:
    """ ", toppling a building toward the embassy," after the verb is no aside of the subject."""
    return bool(ANY_VERB.search(text[: match.start()].rsplit(",", 1)[-1]))


def _not_appositive(text: str, match: re.Match[str]) -> bool:
    """A list's item, or a phrase after a clause ("As pressure built in this city, the home of
    many exiles, officials said"), not a phrase naming the subject again.
    """
    before = text[: match.start()].rsplit(",", 1)[-1]
    return re.search(r"\b(?:and|or)\b", match.group()) is not None or bool(ANY_VERB.search(before))


def is_clause(text: str) -> bool:
    """ "the offer did not keep pace" is a reported clause; "a third-quarter loss" is an object."""
    first, _, rest = text.partition(",")
    if len(text.split()) < 3:
        return False
    participle = rest.split()[0].endswith("ed") if rest.split() else False  # ", delayed since"
    verb = VERB.search(first) or PAST.search(first)  # "Sytenko left for Baghdad"
    return verb is not None or AUXILIARY.search(rest) is not None or participle


_COMMA_BEFORE_SUBORDINATE = re.compile(
    r"(?<=[a-z]),\s+(?=(?:when|after|before|because|while|until)\s+[a-z]+\s+[a-z]+)"
)
_DANGLING_COPULA = re.compile(r"(?<=\w)\s+(?:is|are|was|were|will\s+be)$")
_DANGLING_JOIN = re.compile(
    r",?\s+(?:and|or|but|the|a|an)$|,\s+(?:partly|mainly|largely|mostly|chiefly|in\s+part)$"
)


@lru_cache(maxsize=512)
def finish(text: str) -> str:
    """Tidy spacing and punctuation; cached, the shortening loop asks for it again and again."""
    text = " ".join(text.replace(MARK, " ").split())
    text = SPACE_BEFORE_PUNCTUATION.sub(r"\1", text)
    text = DOUBLE_COMMA.sub(",", text)
    text = text.strip(" ,;:.-–—_\"“”'`")  # (and a wire's "_" dash: "Monday _ The Senate ...")
    text = _DANGLING_COPULA.sub("", text)  # "The next meeting is (on January 28)"
    text = _DANGLING_JOIN.sub("", text)  # "her son, two grandchildren and[, as she put it]"
    text = _DANGLING_AMOUNT.sub("", text)  # "issued, about two hours (after the burst)"
    text = _COMMA_BEFORE_SUBORDINATE.sub(" ", text)  # "The walkout began when talks collapsed"
    if text.count('"') % 2:  # the closing quote went with the punctuation: put it back
        text += '"'
    if text.count("\u201c") > text.count("\u201d"):
        text += "\u201d"
    return text[:1].upper() + text[1:]
