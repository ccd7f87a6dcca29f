"""The shortening rules, tried in order while a label is still too long, and the last resorts:
trailing phrases and articles dropped, then a cut at a word boundary.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from timeline_app.core.label_patterns import (
    AND_VERB_PHRASE,
    ANY_VERB,
    ARTICLE,
    ATTRIBUTION_HEAD,
    AUXILIARY,
    CLAUSE_OPENING,
    COMPLEMENT_HEAD,
    DANGLING,
    DATED_SUBORDINATE,
    INFINITIVE,
    LEADING_ADVERBIAL,
    LOOSE_SUBORDINATE,
    MARK,
    NAME_OF,
    NONRESTRICTIVE,
    NONRESTRICTIVE_END,
    PARENTHESES,
    PHRASE_START,
    PRONOUN,
    PURPOSE,
    QUANTITY,
    RELATIVE,
    SIMULTANEOUS,
    SUBJECT_PLACE,
    SUBORDINATE,
    TITLE_BEFORE_NAME,
    TITLED_NAME,
    TRAILING_PLACE,
    VERB,
    VERB_OR_ADVERB,
)
from timeline_app.core.label_trim import (
    drop_appositives,
    finish,
    is_clause,
    reported_clause,
    subject_of,
)


def compressed(text: str, limit: int) -> str:
    """The first that fits of: trailing adjuncts dropped, articles dropped (headline style), both;
    then the same letting infinitives go too ("led employers to raise wages" needs its "to").
    """
    for infinitives in (False, True):
        dropped = _drop_trailing_phrases(text, limit, infinitives=infinitives)
        without_first = _LEADING_ARTICLE.sub("", text)
        for candidate in (
            dropped,
            without_first,
            _LEADING_ARTICLE.sub("", dropped),
            _one_article_less(text),  # "will be reviewed by independent panel"
            _one_article_less(without_first),
        ):
            label = finish(candidate)
            if len(label) <= limit and len(label.split()) >= 2:
                return label
    return ""


def _one_article_less(text: str) -> str:
    """``text`` without its last article: one, as in a headline; not all of them."""
    articles = [m for m in ARTICLE.finditer(text) if m.start() > 0]
    if not articles:
        return text
    return text[: articles[-1].start()] + text[articles[-1].end() :]


# "The Security Council condemned": a headline may drop the first article; dropping every one
# ("June Hartley was in original cast, had not seen stage") reads as telegraphese
_LEADING_ARTICLE = re.compile(r"^[\s\x00]*(?:the|a|an)\s+", re.IGNORECASE)


def truncate(text: str, limit: int) -> str:
    """Cut at a word boundary and mark the cut, so a label never ends mid-word."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    phrases = [
        m.start()
        for m in PHRASE_START.finditer(cut + " x")
        if not cut.startswith(("and ", "or "), m.end())  # "Iraq and the United States"
    ]
    if phrases and phrases[-1] >= limit * 2 // 3:  # end on a whole phrase when that keeps enough
        cut = cut[: phrases[-1]]
    return cut.rstrip(" ,;:-") + "…"


def _drop_second_verb_phrase(text: str) -> str:
    """ "An exhibition will open at the town hall and run for three weeks": keep the first verb."""
    verb = VERB.search(text)
    if verb is None:
        return text
    tail = AND_VERB_PHRASE.search(text, verb.end())
    return text[: tail.start()] if tail and MARK not in tail.group() else text


def _drop_title(text: str) -> str:
    """ "The union's general secretary, Ruth Caldera, is due" -> "Ruth Caldera is due"; not when
    the part before the name has a verb of its own ("Vasquell beat the incumbent, Marten Olofsen,
    63") or no verb follows the name."""
    match = TITLE_BEFORE_NAME.match(text)
    if match is None:
        return text
    title = text[: match.start(1)]
    if ANY_VERB.search(title) or not ANY_VERB.match(text, match.end()):
        return text
    return f"{match.group(1)} {text[match.end() :]}"


def _is_name(words: str) -> bool:
    return all(word[:1].isupper() for word in words.split())


def _drop_subject_place(text: str) -> str:
    """ "Dock workers at the port of Halverston voted" -> "Dock workers voted", when what goes is
    a plain place ("Elian was one of 13 Cubans who were" has its verb already).
    """
    match = SUBJECT_PLACE.match(text)
    if match is None or ANY_VERB.search(match.group(1)) or re.search(r",|\bwho\b", match.group()):
        return text
    if _CLAUSE_INSIDE.search(text, match.end(1), match.end()):
        return text  # "Health officials in Dalmeria say a cholera outbreak has": not a place
    if QUANTITY.search(match.group(1)) or (
        _is_name(match.group(1)) and NAME_OF.match(text, match.end(1))
    ):
        return text  # "First of America" is one name; "A group of lawmakers" needs its "of"
    return match.group(1) + " " + text[match.end() :]


_CLAUSE_INSIDE = re.compile(r"\b(?:say|says|said|that|which|think|believe|fear|hope|warn)\b")


def _drop_leading_adverbial(text: str) -> str:
    """ "After talks collapsed, the union walked out" -> "the union walked out", unless the date
    was in the opening phrase (it then says when, and the label keeps it) or nothing is left.
    """
    match = LEADING_ADVERBIAL.match(text)
    if match is None or not is_clause(text[match.end() :]):
        return text
    return text[match.end() :]


def _dated_subordinate(text: str) -> str:
    """ "Dock workers voted to end the strike because the authority agreed on Monday to a deal":
    the date belongs to the subordinate clause, which becomes the label.
    """
    match = DATED_SUBORDINATE.search(text)
    if match is None:
        return text
    own = match.group(1).replace(MARK, " ")
    if match.group().lstrip(" ,").startswith(("and", "but")) and VERB_OR_ADVERB.match(own):
        subject = subject_of(text[: match.start()])  # ", and took a loss": the first one's
        return f"{subject} {match.group(1).strip()}" if subject else text
    opening = " ".join(own.split()[:6])  # "after its 1990 invasion of Kuwait until": no clause
    if not (ANY_VERB.search(opening) and is_clause(own)):
        return text
    clause = match.group(1)
    if match.group().lstrip(" ,").startswith("where"):
        # "The stadium, where the team won on Sunday, has become a camp": the aside ends at its
        # comma; the verb after it is the stadium's
        clause = re.sub(r"(\x00[^,]*),.*$", r"\1", clause)
    return clause


def _drop_attribution_head(text: str) -> str:
    """ "Victor Miranda[, who lives nearby,] said the machines were removed": once the aside is
    gone the head is short enough to be seen as "X said".
    """
    match = ATTRIBUTION_HEAD.match(text)
    if match is None or not re.search(r"\s(?:said|says)\b", match.group()):
        return text  # "the company told customers": the telling is the event
    rest = reported_clause(text, match)
    return rest if rest and not PRONOUN.match(rest) else text  # "Sun said it earned" keeps "Sun"


def _drop_complement_head(text: str) -> str:
    """ "Local businesses have complained that the stoppages drive trade away" -> the complement."""
    return reported_clause(text, COMPLEMENT_HEAD.match(text)) or text


def _drop_name_title(text: str) -> str:
    """ "Secretary of State Madeleine Albright has invited" -> "Madeleine Albright has invited"."""
    return TITLED_NAME.sub("", text, count=1)


def _drop_trailing_phrase(text: str, *, infinitives: bool) -> str:
    """Drop the last prepositional or coordinated phrase, if it holds no dated verb, and keep a
    subject, a verb and a word after it ("has worked to Tanzania's advantage" stays whole), three
    before an "of" phrase ("was part of a crew", "58% of sales").
    """
    for match in reversed(list(PHRASE_START.finditer(text))):
        head, tail = text[: match.start()], text[match.start() :]
        if MARK in tail and _dated_verb(tail.replace(MARK, " ")):
            return text
        verbs = list(ANY_VERB.finditer(head))
        after = head[verbs[-1].end() :].replace(MARK, " ").split() if verbs else []
        if tail.startswith(" that ") and ANY_VERB.fullmatch(head.split()[-1]):
            return text  # "noted that the order entry has increased": the gist follows
        if _verbs_only_in_relative(head) and (ANY_VERB.search(tail) or AUXILIARY.search(tail)):
            return text  # "The heat wave that has gripped the region [since May] will last"
        if INFINITIVE.match(tail) and (not infinitives or _NEEDS_INFINITIVE.search(head)):
            return text  # "led employers to raise wages": the infinitive is the gist
        coordinated = re.match(r"\s+(?:and|or|but)\s+", tail)
        if coordinated and not _coordinated_clause(tail[coordinated.end() :]):
            continue  # "in Kenya and Tanzania": one phrase
        if tail.startswith(" of ") and (len(after) < 3 or QUANTITY.search(head)):
            continue  # "was part of a crew", "58% of sales", "one of the 10 most"
        if tail.startswith(" than ") and _COMPARATIVE.search(head):
            continue  # "rose four metres in less [than three hours]": "less" needs its "than"
        if _OPEN_WHAT.search(head):
            continue  # "closed for what was meant [to be a refurbishment]": "what" needs its end
        passive = _PASSIVE_END.search(head.replace(MARK, " ").rstrip())
        if after or (verbs and passive):  # "due to be sentenced [for ...]"
            # the date stays marked: a later cut must not pass the verb it dates
            head = DANGLING.sub("", head.rstrip(" ,;:"))
            return head + (MARK if MARK in tail else "")
    return text


_COMPARATIVE = re.compile(r"\b(?:less|more|fewer|rather|other)$")
_OPEN_WHAT = re.compile(r"\bwhat(?:ever)?(?:\s+[\w'’-]+){1,3}$")
# "due to be sentenced [for an unrelated offence]": a passive infinitive is whole without more
_PASSIVE_END = re.compile(r"\bto\s+be\s+(?:\w+ly\s+)?\w+(?:ed|en)$")
# "about [to break]", "are expected [to sign]": words that need their infinitive
_NEEDS_INFINITIVE = re.compile(
    r"\b(?:is|are|was|were|be|been)\s+(?:\w+ly\s+|also\s+|not\s+)?(?:about|due|going|able|"
    r"unable|set|expected|likely|unlikely|scheduled|supposed)$"
)


def _verbs_only_in_relative(head: str) -> bool:
    """Whether every verb of ``head`` is in a relative clause ("Older people who walked"): the
    main verb is still to come."""
    verb = ANY_VERB.search(head) or AUXILIARY.search(head)
    relative = re.search(r"\b(?:that|which|who)\b", head)
    return bool(verb and relative and relative.start() < verb.start())


def _coordinated_clause(rest: str) -> bool:
    """ "and the company's shares are wallowing" is a clause; "and blue Cuban flags" is not."""
    return bool(VERB_OR_ADVERB.match(rest) or AUXILIARY.search(" ".join(rest.split()[:6])))


def _dated_verb(tail: str) -> bool:
    """ "and have moved to Washington [in March]" has a verb; "from discontinued operations" not."""
    return bool(AUXILIARY.search(tail) or CLAUSE_OPENING.match(tail))


def _drop_trailing_phrases(text: str, limit: int, *, infinitives: bool) -> str:
    """Adjuncts go from the end while the label is too long."""
    for _ in range(8):
        if len(finish(text)) <= limit:
            break
        dropped = _drop_trailing_phrase(text, infinitives=infinitives)
        if dropped == text:
            break
        text = dropped
    return text


def _deleting(pattern: re.Pattern[str]) -> Callable[[str], str]:
    """A rule that deletes whatever ``pattern`` matches."""
    return partial(pattern.sub, "")


# Tried in order, each only while the label is still too long.
SHORTENERS: tuple[Callable[[str], str], ...] = (
    _deleting(PARENTHESES),
    _deleting(NONRESTRICTIVE),
    _deleting(NONRESTRICTIVE_END),
    drop_appositives,
    _drop_attribution_head,
    _drop_leading_adverbial,
    _deleting(SUBORDINATE),
    _drop_complement_head,
    _dated_subordinate,
    _deleting(RELATIVE),
    _deleting(LOOSE_SUBORDINATE),
    _drop_second_verb_phrase,
    _deleting(TRAILING_PLACE),
    _deleting(TRAILING_PLACE),
    _deleting(PURPOSE),
    _drop_title,
    _drop_name_title,
    _drop_subject_place,
    _deleting(SIMULTANEOUS),
)
