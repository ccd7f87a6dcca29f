"""Short event labels: the gist of a clause (who did what) in at most ~60 characters.

A timeline row has room for a headline, not a sentence. The label drops what the row already shows
(the date phrase), what does not say what happened (a dateline, "the ministry said", "Union leaders
said that"), and, only while it is still too long, the least informative parts of the clause:
trailing subordinate clauses, relative clauses, titles before a name, articles. Plain regular
expressions, no language model: fast and predictable.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from timeline_app.core.models import Span

__all__ = ["LABEL_MAX", "gapped_label", "make_label", "subject_of"]

LABEL_MAX = 60
_WINDOW = 600  # characters of a clause looked at, around its date phrase
_MARK = "\x00"  # where the date phrase was; lets later steps see which comma segment held it

# Words that belong to the date phrase when written just before it: "late on Sunday".
_DATE_LEAD = re.compile(
    r"(?:\b(?:also|late|early|later|earlier|most|on|in|at|during|by|from|until|till|since|of|"
    r"as of|before|after|over|for|to|throughout|through|around|within|into|about|nearly|almost|"
    r"roughly|some|approximately)\s+)+$",
    re.IGNORECASE,
)
# "HALVERSTON - ", "WASHINGTON _ ", "CANBERRA, Australia (AP)_ "
_SINCE = re.compile(r"since\s+", re.IGNORECASE)
_DATELINE = re.compile(
    r"^[A-Z][A-Z .'’-]{2,}(?:,\s+[A-Z][\w .]{1,30}?)?(?:\s*\([A-Za-z]+\))?\s*[-–—_]+\s*"
)
_SAY = r"(?:said|says|told|added|announced|reported|wrote|noted|explained|confirmed|warned)"
_ATTRIBUTION_TAIL = re.compile(
    rf",[\"”’']?\s*(?:(?:[\w'’.\-]+\s+){{0,6}}{_SAY}\b|according to\b).*$", re.IGNORECASE
)
_ATTRIBUTION_HEAD = re.compile(
    rf"^[^\x00\"“`]{{1,80}}?\s{_SAY}"
    r"(?:\s+(?:here|there|today|yesterday|again|also|later|earlier|publicly|privately|on))?"
    r"(?:\s*\x00)?\s+(?:that\s+)?"
)
_ATTRIBUTION_INSIDE = re.compile(rf",\s+(?:[\w'’.\-]+\s+){{0,5}}{_SAY},")
_LEADING_SETTING = re.compile(
    r"^(?:under|in|at|for|with|despite|amid|following|according to)\s[^,]{1,60},\s+",
    re.IGNORECASE,
)
_SENTENCE_ADVERB = re.compile(
    r"^(?:[A-Z][a-z]+ly|However|Meanwhile|Separately|Still|Moreover|Nevertheless|Instead|"
    r"Elsewhere|Yet|Indeed|In addition|Besides|Finally|Now|Also|Earlier|Later|Then|Otherwise|"
    r"Nonetheless|In fact|In turn|Overall|Likewise|Similarly|Again)(?:\s*\x00)?,\s+"
)
_LEADING_PARTICIPLE = re.compile(
    r"^(?:ending|marking|following|prompting|sparking|bringing|capping|leaving)\s+", re.IGNORECASE
)
_NAME_WHO = re.compile(r"((?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+),\s+who\s+([^,]*\x00[^,]*)$")
_AUXILIARY = re.compile(
    r"\b(?:will|would|was|were|is|are|had|has|have|did|does|do|could|should|can|may|might|must)\b"
)
_VERB = re.compile(
    r"\b(?:will|would|was|were|is|are|had|has|have|did|does|do|could|should|can|may|might|"
    r"must|said|says|\w+ed)\b"
)
# "could restrict boats if the autumn turned out dry": the date sits in the condition.
_CONDITION_WITH_DATE = re.compile(r"\s+(?:if|unless)\s[^,]*\x00.*$")
# "prices had risen since the first design was presented two years ago": the date is the design's.
_SINCE_WITH_DATE = re.compile(r"\ssince\s+((?:the|a|an|its|their|his|her)\s[^,\x00]*\x00[^,]*)$")
_AND_VERB_PHRASE = re.compile(r"\s+and\s+(?!(?:the|a|an|its|their|his|her|\d)\b)[a-z]+\s.*$")
_LEADING_FILLER = re.compile(
    r"^(?:(?:and|but|also|then|so|while|meanwhile|that|which|where|when)\b[\s,]*)+",
    re.IGNORECASE,
)
_SUBORDINATE = re.compile(
    r"(?:,\s+(?:after|when|as|because|while|and|but|which|who|although|though|where|before|"
    r"compared|or|up|down|including|excluding|from|citing|saying|adding|noting|in\s+response|"
    r"despite|amid|even|unless|until|so|thus|[a-z]+ing)\b|;)[^\x00]*$"
)
_NONRESTRICTIVE = re.compile(
    r",\s+(?:which|who|whose|where)\b[^,\x00]*,(?=\s+(?:[a-z]+ed|[a-z]+s|will|would|was|were|is|are|"
    r"had|has|have|can|could|may|might|must|should|did|does|do|also|still|now|then|never|not|"
    r"already|later|recently)\b)"
)
_NONRESTRICTIVE_END = re.compile(r",\s+(?:which|who|whose|where)\b[^\x00]*$")
_RELATIVE = re.compile(
    r"\s+(?:that|which|who)\s+(?:had|has|have|was|were|is|are|will|would)\b[^\x00]*$"
)
_LOOSE_SUBORDINATE = re.compile(
    r"\s+(?:(?:after|because|although|while|as)\s+(?:the|a|an|its|their)\b|when|if|until|"
    r"because|although|whereas)\s[^\x00]*$"
)
_PARENTHESES = re.compile(
    r"\s*(?:\([^()\x00]*\)|\s_\s[^_\x00]*\s_(?=\s)|-{2,}(?:(?!-{2})[^\x00])*?(?:-{2,}|$)|"
    r"\[[^\]\x00]*\])"
)
# ", 54," / ", a former minister," / ", formerly its chairman," after a name or noun
_APPOSITIVE = re.compile(
    r"(?<=[\w.]),\s+(?:\d{1,3}|(?:a|an|the|formerly|now|its|his|her|their)\s[^,;\x00\"`]{1,70}?),"
    r"\s+(?=[a-z])(?![a-z]+ing\b)"
)
_TAIL_CLAUSE = re.compile(r"\b(?:who|which|that|when|after|before|adding|because)\b")
# ", Gremitskikh said at a regular news briefing [today]": who said it, where and when only
_PLAIN_ATTRIBUTION = re.compile(
    r",[\"”’']*\s*(?:[\w'’.\-]+\s+){0,6}?(?:said|says|told reporters|added|wrote)"
    r"(?:\s+(?:[\w'’.\-]+|\x00)){0,8}[\s.;:!?\"”’']*$"
)
# "Mr. LaMothe, Kellogg's chairman and chief executive, forecast": the name and its verb
_NAME_APPOSITIVE = re.compile(
    r"^(?!(?:The|A|An)\s)((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*),\s+"
    r"([^,\x00]{0,40}\b[a-z]{3,}\b[^,\x00]{0,40}?),\s+(?=[a-z])"
)
_LIST_END = re.compile(r"\b(?:and|or)\s+(?:the\s+)?[A-Z]")
# ", after a 16-hour flight," / ", wondering how the gunman escaped," before the verb
_ASIDE = re.compile(
    r",\s+(?:(?:after|before|despite|amid|during|unlike|like|including|according\s+to)\s"
    r"[^,\x00]{1,60}|[a-z]+ing\s[^,\x00]{1,80}),\s+(?=(?:is|are|was|were|has|have|had|will|"
    r"would|can|could|may|might|must|should|[a-z]+ed|[a-z]+s)\b)"
)
# "The Van Nuys, Calif., thrift" / "The Fairfield, N.J., company"
_STATE = re.compile(
    r",\s+(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s+)?(?:[A-Z][a-z]{1,5}\.|[A-Z]\.\s?[A-Z]\.),(?=\s+[a-z])"
)
_HOME = r"of\s+[A-Z][^,\x00]{1,30}(?:,\s+[A-Z][\w. ]{1,20})?"
_AGE_OR_HOME = re.compile(rf",\s+(?:\d{{1,3}}(?: years old)?(?:,\s+{_HOME})?|{_HOME}),(?=\s)")
# "After talks collapsed, " / "In a statement, " / "Actually, " before the subject
_LEADING_ADVERBIAL = re.compile(
    r"^(?:(?:after|when|although|though|while|as|because|since|if|before|once|despite|amid|"
    r"following|in|on|at|for|with|under|by|through|during|from|among|unlike|like|besides|"
    r"instead\s+of|in\s+addition|however|meanwhile|moreover|still|yet|now|also|actually|indeed|"
    r"separately|elsewhere|earlier|later|today|thus)\b|[A-Za-z]+ly\b|[A-Z][a-z]+ing\b|"
    r"[A-Z][a-z]+ed\s+(?=[a-z]))"
    r"[^,\x00]{0,120},\s+",
    re.IGNORECASE,
)
_DATED_SUBORDINATE = re.compile(
    r"(?:,?\s+(?:because|after|although|though|before|until|once|whereas)|,\s+(?:and|but))\s+"
    r"([^\x00]*\x00.*)$"
)
# "perished when their boat sank in late November": the main clause happened then too
_SIMULTANEOUS = re.compile(r"(?:,?\s+(?:when|while)|,\s+as)\s.*$")
_VERB_OR_ADVERB = re.compile(r"\s*(?:[a-z]+ly\b|[a-z]+ed\b|[a-z]+s\b|took|said|will|would|was|had)")
_COMPLEMENT_VERB = (
    r"(?:complained|complain|complains|believes?|believed|argued?|argues|estimated?|estimates|"
    r"predicted|predicts?|expects?|expected|insisted|insists?|acknowledged|denied|denies|"
    r"stated|claimed|claims|suggested|indicated|disclosed|revealed|admitted|feared|fears|hoped|"
    r"hopes|thinks?|thought|agreed|concluded|found|learned|ruled|showed|shows|announced|said|says|"
    r"reported|warned|noted|added|confirmed|told\s+\w+(?:\s+\w+)?)"
)
_COMPLEMENT_HEAD = re.compile(
    r"^(?!(?i:(?:ever\s+|even\s+)?(?:since|after|when|while|although|though|because|if|as|before|once|"
    r"until|unless))\b)"
    rf"[^\x00\"“`]{{1,90}}?\s{_COMPLEMENT_VERB}(?:\s+[^\s\x00]+){{0,4}}?(?:\s*\x00)?\s+that\s+"
)
_TITLE_WORDS = (
    r"(?:Secretary|Director|Minister|President|Chairman|Chairwoman|Chief|Executive|Officer|"
    r"Spokesman|Spokeswoman|Senator|Sen\.|Rep\.|Gov\.|Governor|Judge|Justice|Ambassador|Commander|"
    r"General|Gen\.|Colonel|Col\.|Lieutenant|Lt\.|Admiral|Adm\.|Mayor|Premier|Leader|Envoy|"
    r"Attorney|Prosecutor|Commissioner|Administrator|Dr\.|Sgt\.|Capt\.|Captain)"
)
_TITLED_NAME = re.compile(
    rf"^(?:[A-Z][\w.'’-]*\s+){{0,4}}?{_TITLE_WORDS}\s+(?:(?:of|for)\s+(?:the\s+)?[A-Z]\w+\s+)?"
    r"(?=(?:[A-Z][\w'’-]+\s+(?:[A-Z]\.\s+)?)?[A-Z][\w'’-]+\s+(?:\x00\s*)?[a-z])"
)
_INFINITIVE = re.compile(r"\s+to\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these)\b)[a-z]")
_DANGLING = re.compile(
    r"(?:,?\s+(?:soon|shortly|just|only|even|long|well|right|and|or|but|since|as|when|after|"
    r"before|until|than|that|to|of|in|on|at|for|by|from|with))+$"
)
_CLAUSE_OPENING = re.compile(
    r"\s+(?:and|but|or|after|before|because|when|while|until|since|as|that|which|who)\s+"
    r"(?:[a-z]+ly\s+)?(?:[a-z]+ed|they|he|she|it|we)\b"
)
_OBJECT_START = re.compile(r"\s(?=[A-Z0-9$]|(?:the|a|an)\s)")
_NAME_OF = re.compile(r"\s+(?:of|at|in|from)\s+[A-Z]")
_QUANTITY = re.compile(
    r"(?:\d%?|percent|part|one|two|three|some|most|all|each|many|none|much|half|rest|number|lot|"
    r"share|stake|majority|consisting|made up|worth|tens|hundreds|thousands|millions|billions|"
    r"dozens|scores|more|less|fewer|group|team|member|members|unit|panel)$"
)
_PAST = re.compile(
    r"\b(?:took|made|met|began|went|came|gave|got|left|lost|won|rose|fell|held|paid|sold|bought|"
    r"built|brought|found|kept|told|thought|ran|saw|became|struck|sought|fought|spent|sent|drew|"
    r"grew|knew|wrote|stood|broke|chose)\b"
)
# Irregular past tenses news uses most, for the rules that must see a verb.
_ANY_VERB = re.compile(
    rf"{_VERB.pattern}|\b(?:took|made|met|began|went|came|gave|got|left|lost|won|rose|fell|held|"
    r"led|paid|sold|bought|built|brought|found|kept|told|thought|ran|set|put|saw|became|struck|forecast|"
    r"sought|fought|spent|sent|hit|cut|quit|shot|drew|grew|knew|wrote|stood|took|broke|chose|"
    r"agreed|plans?|wants?|seeks?|says|is|are)\b"
)
_PHRASE_START = re.compile(
    r"\s+(?=(?:to|in|at|on|for|from|with|by|into|over|under|during|through|near|against|about|"
    r"of|aboard|along|around|behind|beyond|throughout|until|upon|onto|off|per|amid|after|before|"
    r"since|as|toward|towards|across|between|among|within|without|including|and|or|but|that|which|"
    r"who|while|because|than|outside|inside|despite|following|via)\s)"
)
_TRAILING_PLACE = re.compile(
    r"\s+(?:in|at|near|outside|inside|on)\s+(?:(?:the|a|an|its|their)\s+|(?=[A-Z]))"
    r"(?:[\w'’-]+\s*){1,6}$"
)
_PURPOSE = re.compile(
    r"\s+to\s+(?:press|seek|discuss|push|ask|demand|call|try|protest|mark|help)\b.*$"
)
_TITLE_BEFORE_NAME = re.compile(r"^[^,]+,\s+((?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+),\s+")
_SUBJECT_PLACE = re.compile(
    r"^((?:\S+\s+){0,3}?\S+)\s+(?:at|in|from|of)\s+(?:the\s+)?(?:\S+\s+){0,5}?"
    r"(?=(?:\w+ed|said|met|began|was|were|is|are|will|would|has|have|had)\b)"
)
# Subject and verb at the start of a label: two or three words before a preposition or number.
_GAPPED_HEAD = re.compile(r"^((?:[\w'’-]+\s+){1,2}[\w'’-]+)\s+(?:by|to|from|of|in|on|at|for|\d)")
_GAPPED_CLAUSE = re.compile(
    r"^\W*(?:and|but)\s+(?:then\s+)?(?:a\s+further|another|an\s+additional|a|an|\d)\b"
)
_ONLY_ATTRIBUTION = re.compile(rf"^([^,]{{2,50}}?)\s+(?:{_SAY}|told reporters)$")
_ARTICLES = frozenset({"The", "A", "An"})
_ARTICLE = re.compile(r"\b(?:the|a|an)\s+", re.IGNORECASE)


def make_label(clause: str, dates: Sequence[Span] = (), *, limit: int = LABEL_MAX) -> str:
    """A readable label for ``clause``; ``dates`` are the date phrases' spans within it.

    "since 2015" stays in the label when it fits as it is ("had not changed since 2015" would say
    the opposite without it); otherwise it goes like any other date phrase.
    """
    clause, dates = _window(clause.replace(_MARK, " "), dates)
    text = _core(clause, dates, keep_since=True)
    if len(_finish(text)) > limit:
        text = _core(clause, dates, keep_since=False)
    for shorten in _SHORTENERS:
        if len(_finish(text)) <= limit:
            break
        shorter = shorten(text)
        if len(_finish(shorter).split()) >= 2:
            text = shorter
    label = _statement(_finish(text))
    if len(label) <= limit:
        return label
    return _compressed(text, limit) or _truncate(label, limit)


def _compressed(text: str, limit: int) -> str:
    """The first that fits of: trailing adjuncts dropped, articles dropped (headline style), both;
    then the same letting infinitives go too ("led employers to raise wages" needs its "to").
    """
    for infinitives in (False, True):
        dropped = _drop_trailing_phrases(text, limit, infinitives=infinitives)
        for candidate in (dropped, _ARTICLE.sub("", text), _ARTICLE.sub("", dropped)):
            label = _finish(candidate)
            if len(label) <= limit and len(label.split()) >= 2:
                return label
    return ""


def _core(clause: str, dates: Sequence[Span], *, keep_since: bool) -> str:
    """The clause without its date phrase, dateline, attribution and framing."""
    text = _squash(_mark_dates(clause, dates, keep_since=keep_since))
    text = _DATELINE.sub("", text)
    text = _MID_ADVERB.sub(_mid_adverb, _STRANDED.sub(_MARK, text))
    text = _strip_tail(_strip_head(_name_who(text)))
    text = _CONDITION_WITH_DATE.sub("", _parenthetical_event(_drop_appositives(text)))
    since = _SINCE_WITH_DATE.search(text)
    if since and _VERB.search(since.group(1)):
        text = since.group(1)
    return text.rstrip(" ,;:." + _MARK)


def _statement(label: str) -> str:
    """ "The water board said" (all that is left once the date goes) -> "Statement by the water
    board": the dated fact is the announcement itself.
    """
    match = _ONLY_ATTRIBUTION.match(label)
    if match is None:
        return label
    who = match.group(1)
    return "Statement by " + (who[:1].lower() + who[1:] if who.split()[0] in _ARTICLES else who)


def _window(clause: str, dates: Sequence[Span]) -> tuple[str, Sequence[Span]]:
    """Keep run-on "sentences" (tables, lists without full stops) fast: a label needs little."""
    if len(clause) <= _WINDOW:
        return clause, dates
    start = max(0, min((d.start for d in dates), default=0) - _WINDOW // 2)
    shifted = [Span(d.start - start, d.end - start) for d in dates if d.end <= start + _WINDOW]
    return clause[start : start + _WINDOW], shifted


def _mark_dates(clause: str, dates: Sequence[Span], *, keep_since: bool = False) -> str:
    """Replace each date phrase, with its preposition ("late on"), by one marker."""
    pieces: list[str] = []
    cursor = 0
    for span in sorted(dates, key=lambda s: s.start):
        if span.start < cursor:
            continue
        before = clause[cursor : span.start]
        lead = _DATE_LEAD.search(before)
        kept = "".join(pieces) + before[: lead.start()] if lead else ""
        if keep_since and lead and _SINCE.fullmatch(lead.group()) and kept.strip():
            # "had not changed since 2015": without "since 2015" the label says the opposite
            pieces.append(before + clause[span.start : span.end])
        else:
            pieces.append(before[: lead.start()] if lead else before)
        pieces.append(_MARK)
        cursor = span.end
        if clause.startswith(("'s", "’s"), cursor):  # "last month's figures": drop the 's too
            cursor += 2
    pieces.append(clause[cursor:])
    return "".join(pieces)


def _squash(text: str) -> str:
    """One space between words, and no space or comma orphaned by a removed date phrase."""
    text = " ".join(text.split())
    text = re.sub(rf"^\s*{_MARK}\s*,?\s*", "", text)  # "On Monday, dock workers" -> "dock workers"
    text = re.sub(rf"\s*{_MARK}\s*,?\s*{_MARK}", _MARK, text)
    return text.strip()


# "UniFirst reported that net income rose": whose income is the news; "officials said as dawn
# broke": "as dawn broke" is no reported clause.
_PRONOUN = re.compile(r"(?:it|they|he|she|we|you|i)\b", re.IGNORECASE)
_KEEP_REPORTER = re.compile(
    r"\x00?\s*(?:(?:third|fourth|first|second)-(?:quarter|period)\s+)?(?:net|profit|revenue|sales|earnings|"
    r"income|operating|pretax|as|when)\b",
    re.IGNORECASE,
)


def _strip_head(text: str) -> str:
    """Drop leading connectives and "X said (that)" when a clause follows."""
    text = _LEADING_FILLER.sub("", text.lstrip(" ,;:"))
    text = _ATTRIBUTION_INSIDE.sub("", text)
    match = _ATTRIBUTION_HEAD.match(text)
    if match and _is_clause(text[match.end() :]) and not _KEEP_REPORTER.match(text, match.end()):
        text = text[match.end() :]
    text = _without_setting(_LEADING_FILLER.sub("", text))
    text = _LEADING_PARTICIPLE.sub("", _SENTENCE_ADVERB.sub("", text))
    return re.sub(rf"^{_MARK}\s*,?\s*", "", text)


def gapped_label(previous: str, clause: str, label: str, *, limit: int = LABEL_MAX) -> str:
    """A verbless later clause shares the earlier clause's subject and verb: "Wages rise by 5 per
    cent this year and a further 4 per cent in January" -> "Wages rise a further 4 per cent".
    """
    if _VERB.search(clause) or _AUXILIARY.search(clause):
        return label
    if len(label.split()) == 1:  # "..., Germany in 1955 and Spain in 1982": a list of objects
        slot = _object_slot(previous)
        joined = f"{slot} {label}"
        return joined if slot and len(joined) <= limit else label
    if not _GAPPED_CLAUSE.match(clause):
        return label
    head = _GAPPED_HEAD.match(previous)
    if head is None:
        return label
    joined = f"{head.group(1)} {label[:1].lower()}{label[1:]}"
    return joined if len(joined) <= limit else label


def _object_slot(previous: str) -> str:
    """ "It has been expanded to include Greece and Turkey" -> "It has been expanded to include":
    the earlier label up to its verb's object, the place a listed item fills.
    """
    verb = _ANY_VERB.search(previous)
    if verb is None:
        return ""
    obj = _OBJECT_START.search(previous, verb.end())
    return previous[: obj.start()].rstrip(" ,") if obj else ""


def _is_clause(text: str) -> bool:
    """ "the offer did not keep pace" is a reported clause; "a third-quarter loss" is an object."""
    first, _, rest = text.partition(",")
    if len(text.split()) < 3:
        return False
    participle = rest.split()[0].endswith("ed") if rest.split() else False  # ", delayed since"
    verb = _VERB.search(first) or _PAST.search(first)  # "Sytenko left for Baghdad"
    return verb is not None or _AUXILIARY.search(rest) is not None or participle


def _name_who(text: str) -> str:
    """ ", said Ama Tennant, who voted last week" is about Ama Tennant: "Ama Tennant voted"."""
    match = _NAME_WHO.search(text)
    return f"{match.group(1)} {match.group(2)}" if match else text


def _plain_attribution(tail: str) -> bool:
    """Who said it, where and when; not ", announced an agreement in January"."""
    return bool(
        _PLAIN_ATTRIBUTION.match(tail)
        or (re.search(r"\b(?:said|says|told|added)\b", tail) and not _TAIL_CLAUSE.search(tail))
    )


def _strip_tail(text: str) -> str:
    """Drop ", the ministry said", also with the date in it unless it holds a clause of its own
    (", adding that the vote is on Monday").
    """
    match = _ATTRIBUTION_TAIL.search(text)
    if match is None:
        return text
    if _MARK not in match.group() or (
        _plain_attribution(match.group()) and _is_clause(text[: match.start()])
    ):  # ", Gremitskikh said at a briefing today": when it was said, not what happened
        return text[: match.start()]
    return text


def subject_of(head: str) -> str:
    """The subject that opens ``head`` ("The board said a new pontoon, delayed" -> "a new
    pontoon"), or "" when there is no short one; lent to a later clause that starts with a verb.
    """
    text = " ".join(head.split())
    match = _ATTRIBUTION_HEAD.match(text)
    if match:
        text = text[match.end() :]
    text = _without_setting(text).split(",", 1)[0]
    verb = _VERB.search(text)
    if verb:
        text = text[: verb.start()]
    words = text.split()
    return " ".join(words) if 0 < len(words) <= 6 else ""


def _without_setting(text: str) -> str:
    """ "Under the deal, wages rise" -> "wages rise", when enough is left to say what happened."""
    match = _LEADING_SETTING.match(text)
    if match and len(text[match.end() :].split()) >= 3:
        return text[match.end() :]
    return text


def _parenthetical_event(text: str) -> str:
    """ ", first tabled last month," dates the noun before it: keep noun + parenthetical only."""
    parts = text.split(",")
    for index, part in enumerate(parts[1:], start=1):
        words = part.replace(_MARK, "").split()
        if _MARK not in part or not words or not words[0].islower() or words[0] in ("and", "but"):
            continue
        if words[0] in ("which", "who"):  # ", which had not changed since 2015": the noun's fact
            return ",".join(parts[:index]) + " " + " ".join(part.split()[1:])
        if index < len(parts) - 1 and not _AUXILIARY.match(words[0]):  # ", was indicted" is
            return ",".join(parts[:index]) + " " + part.strip()  # the main verb, not an aside
    return text


# "a loss for its [third quarter]," / "sales in the [first half]": words left without their noun
_STRANDED = re.compile(
    r"(?:\s+(?:for|in|on|at|of|by|during|than|from|to|until|through|its|their|his|her|our|the|a|"
    r"an|this|these|those))+"
    r"\s*\x00(?=\s*(?:[,;.]|$|of\b))"
)
_MID_ADVERB = re.compile(
    r",\s+(?:however|meanwhile|moreover|though|too|also|in fact|of course|for example|"
    r"for instance|nevertheless|therefore|in turn|in addition),(?=\s)"
)
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([,.;:!?])")
_DOUBLE_COMMA = re.compile(r",\s*,")


@lru_cache(maxsize=512)
def _finish(text: str) -> str:
    """Tidy spacing and punctuation; cached, the shortening loop asks for it again and again."""
    text = " ".join(text.replace(_MARK, " ").split())
    text = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", text)
    text = _DOUBLE_COMMA.sub(",", text)
    text = text.strip(" ,;:.-–—\"“”'`")
    return text[:1].upper() + text[1:]


def _truncate(text: str, limit: int) -> str:
    """Cut at a word boundary and mark the cut, so a label never ends mid-word."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    phrases = [
        m.start()
        for m in _PHRASE_START.finditer(cut + " x")
        if not cut.startswith(("and ", "or "), m.end())  # "Iraq and the United States"
    ]
    if phrases and phrases[-1] >= limit * 2 // 3:  # end on a whole phrase when that keeps enough
        cut = cut[: phrases[-1]]
    return cut.rstrip(" ,;:-") + "…"


def _drop_second_verb_phrase(text: str) -> str:
    """ "An exhibition will open at the town hall and run for three weeks": keep the first verb."""
    verb = _VERB.search(text)
    if verb is None:
        return text
    tail = _AND_VERB_PHRASE.search(text, verb.end())
    return text[: tail.start()] if tail and _MARK not in tail.group() else text


def _drop_title(text: str) -> str:
    """ "The union's general secretary, Ruth Caldera, is due" -> "Ruth Caldera is due"."""
    return _TITLE_BEFORE_NAME.sub(r"\1 ", text)


def _is_name(words: str) -> bool:
    return all(word[:1].isupper() for word in words.split())


def _drop_subject_place(text: str) -> str:
    """ "Dock workers at the port of Halverston voted" -> "Dock workers voted", when what goes is
    a plain place ("Elian was one of 13 Cubans who were" has its verb already).
    """
    match = _SUBJECT_PLACE.match(text)
    if match is None or _ANY_VERB.search(match.group(1)) or re.search(r",|\bwho\b", match.group()):
        return text
    if _QUANTITY.search(match.group(1)) or (
        _is_name(match.group(1)) and _NAME_OF.match(text, match.end(1))
    ):
        return text  # "First of America" is one name; "A group of lawmakers" needs its "of"
    return match.group(1) + " " + text[match.end() :]


def _drop_appositives(text: str) -> str:
    """ "McBride, 54, of Lewisburg, West Virginia, was" / "Amdahl Corp., a maker of mainframe
    computers, reported" -> the name and its verb. A list ("Poland, the Czech Republic and
    Hungary") is not an appositive: its last item has "and" or "or".
    """
    text = _ASIDE.sub(
        lambda m: m.group() if _after_verb(text, m) else " ",
        _STATE.sub("", _AGE_OR_HOME.sub("", text)),
    )
    match = _NAME_APPOSITIVE.match(text)
    if match and not _ANY_VERB.search(match.group(2)) and not _LIST_END.search(match.group(2)):
        text = match.group(1) + " " + text[match.end() :]
    return _APPOSITIVE.sub(lambda m: m.group() if _not_appositive(text, m) else " ", text)


def _mid_adverb(match: re.Match[str]) -> str:
    """ "In Cuba, meanwhile, tens rallied" keeps one comma; "A total, meanwhile, is" none."""
    opening = match.string[: match.start()]
    return "," if _LEADING_ADVERBIAL.match(opening + ", x") and "," not in opening else ""


def _after_verb(text: str, match: re.Match[str]) -> bool:
    """ ", toppling a building toward the embassy," after the verb is no aside of the subject."""
    return bool(_ANY_VERB.search(text[: match.start()].rsplit(",", 1)[-1]))


def _not_appositive(text: str, match: re.Match[str]) -> bool:
    """A list's item, or a phrase after a clause ("As pressure built in this city, the home of
    many exiles, officials said"), not a phrase naming the subject again.
    """
    before = text[: match.start()].rsplit(",", 1)[-1]
    return re.search(r"\b(?:and|or)\b", match.group()) is not None or bool(_ANY_VERB.search(before))


def _drop_leading_adverbial(text: str) -> str:
    """ "After talks collapsed, the union walked out" -> "the union walked out", unless the date
    was in the opening phrase (it then says when, and the label keeps it) or nothing is left.
    """
    match = _LEADING_ADVERBIAL.match(text)
    if match is None or not _is_clause(text[match.end() :]):
        return text
    return text[match.end() :]


def _dated_subordinate(text: str) -> str:
    """ "Dock workers voted to end the strike because the authority agreed on Monday to a deal":
    the date belongs to the subordinate clause, which becomes the label.
    """
    match = _DATED_SUBORDINATE.search(text)
    if match is None:
        return text
    own = match.group(1).replace(_MARK, " ")
    if match.group().lstrip(" ,").startswith(("and", "but")) and _VERB_OR_ADVERB.match(own):
        subject = subject_of(text[: match.start()])  # ", and took a loss": the first one's
        return f"{subject} {match.group(1).strip()}" if subject else text
    opening = " ".join(own.split()[:6])  # "after its 1990 invasion of Kuwait until": no clause
    return match.group(1) if _ANY_VERB.search(opening) and _is_clause(own) else text


def _drop_attribution_head(text: str) -> str:
    """ "Victor Miranda[, who lives nearby,] said the machines were removed": once the aside is
    gone the head is short enough to be seen as "X said".
    """
    match = _ATTRIBUTION_HEAD.match(text)
    if match is None or not re.search(r"\s(?:said|says)\b", match.group()):
        return text  # "the company told customers": the telling is the event
    rest = text[match.end() :]
    if _is_clause(rest) and not _KEEP_REPORTER.match(rest) and not _PRONOUN.match(rest):
        return rest  # "Sun said it earned $5 million" keeps who "it" is
    return text


def _drop_complement_head(text: str) -> str:
    """ "Local businesses have complained that the stoppages drive trade away" -> the complement."""
    match = _COMPLEMENT_HEAD.match(text)
    if match and _is_clause(text[match.end() :]) and not _KEEP_REPORTER.match(text, match.end()):
        return text[match.end() :]
    return text


def _drop_name_title(text: str) -> str:
    """ "Secretary of State Madeleine Albright has invited" -> "Madeleine Albright has invited"."""
    return _TITLED_NAME.sub("", text, count=1)


def _drop_trailing_phrase(text: str, *, infinitives: bool) -> str:
    """Drop the last prepositional or coordinated phrase, if it holds no dated verb, and keep a
    subject, a verb and a word after it ("has worked to Tanzania's advantage" stays whole), three
    before an "of" phrase ("was part of a crew", "58% of sales").
    """
    for match in reversed(list(_PHRASE_START.finditer(text))):
        head, tail = text[: match.start()], text[match.start() :]
        if _MARK in tail and _dated_verb(tail.replace(_MARK, " ")):
            return text
        verbs = list(_ANY_VERB.finditer(head))
        after = head[verbs[-1].end() :].replace(_MARK, " ").split() if verbs else []
        if tail.startswith(" that ") and _ANY_VERB.fullmatch(head.split()[-1]):
            return text  # "noted that the order entry has increased": the gist follows
        if _INFINITIVE.match(tail) and not infinitives:
            return text  # "led employers to raise wages": the infinitive is the gist
        coordinated = re.match(r"\s+(?:and|or|but)\s+", tail)
        if coordinated and not _coordinated_clause(tail[coordinated.end() :]):
            continue  # "in Kenya and Tanzania": one phrase
        if tail.startswith(" of ") and (len(after) < 3 or _QUANTITY.search(head)):
            continue  # "was part of a crew", "58% of sales", "one of the 10 most"
        if after:  # the date stays marked: a later cut must not pass the verb it dates
            head = _DANGLING.sub("", head.rstrip(" ,;:"))
            return head + (_MARK if _MARK in tail else "")
    return text


def _coordinated_clause(rest: str) -> bool:
    """ "and the company's shares are wallowing" is a clause; "and blue Cuban flags" is not."""
    return bool(_VERB_OR_ADVERB.match(rest) or _AUXILIARY.search(" ".join(rest.split()[:6])))


def _dated_verb(tail: str) -> bool:
    """ "and have moved to Washington [in March]" has a verb; "from discontinued operations" not."""
    return bool(_AUXILIARY.search(tail) or _CLAUSE_OPENING.match(tail))


def _drop_trailing_phrases(text: str, limit: int, *, infinitives: bool) -> str:
    """Adjuncts go from the end while the label is too long."""
    for _ in range(8):
        if len(_finish(text)) <= limit:
            break
        dropped = _drop_trailing_phrase(text, infinitives=infinitives)
        if dropped == text:
            break
        text = dropped
    return text


_SHORTENERS: tuple[Callable[[str], str], ...] = (
    lambda t: _PARENTHESES.sub("", t),
    lambda t: _NONRESTRICTIVE.sub("", t),
    lambda t: _NONRESTRICTIVE_END.sub("", t),
    _drop_appositives,
    _drop_attribution_head,
    _drop_leading_adverbial,
    lambda t: _SUBORDINATE.sub("", t),
    _drop_complement_head,
    _dated_subordinate,
    lambda t: _RELATIVE.sub("", t),
    lambda t: _LOOSE_SUBORDINATE.sub("", t),
    _drop_second_verb_phrase,
    lambda t: _TRAILING_PLACE.sub("", t),
    lambda t: _TRAILING_PLACE.sub("", t),
    lambda t: _PURPOSE.sub("", t),
    _drop_title,
    _drop_name_title,
    _drop_subject_place,
    lambda t: _SIMULTANEOUS.sub("", t),
)
