"""A later clause of a sentence that leaves out what the earlier one said: it borrows it.

"The union kept its members working on Friday, gave notice of a strike on Saturday and walked
out two days later": the second clause has no subject ("Gave notice of a strike"); the earlier
label lends it ("The union gave notice of a strike"). "Net income fell 25% to $14.2 million, or
61 cents a share, from $18.9 million, or 81 cents a share, a year earlier": the later clause is
the earlier figure ("Net income was $18.9 million").
"""

from __future__ import annotations

import re

from timeline_app.core.label_grammar import PARTICIPLE, be_for
from timeline_app.core.label_patterns import ANY_VERB, AUXILIARY
from timeline_app.core.label_trim import subject_of

__all__ = ["borrowed_subject", "earlier_figure"]

# the clause opens with its verb: ", gave notice", "and walked out", "but has not run"
_VERB_FIRST = re.compile(
    r"^[\s,;:]*(?:(?:and|but|then|or)\s+)?(?:(?:then|also|later)\s+)?([a-z]+)\b"
)
# present tenses the general verb patterns do not know ("meets every Saturday")
_PRESENT = re.compile(
    r"(?:meets|opens|closes|runs|begins|ends|starts|plays|returns|remains|expects|plans|wants|"
    r"says|holds|faces|hopes|takes|goes|comes|leaves|stays|sits|serves|arrives|follows|"
    r"continues|lasts|costs|rises|falls|grows|stands|lies|seems|needs|offers|reopens)$"
)
# a subject no later verb can share: a time ("The fiscal second quarter [ended]"; not "net
# income for the quarter"), a pronoun without its noun, a statement
_NO_SUBJECT = re.compile(
    r"(?:^(?:(?!\s(?:of|for|in|at|from)\s).)*\b(?:quarter|year|month|week|period|half|season|day|"
    r"night|morning|evening|decade|century|term)s?$|^(?:there|it|this|that|these|those|"
    r"statement|\d))",
    re.IGNORECASE,
)


def borrowed_subject(previous: str, clause: str, label: str) -> str:
    """``label`` with the earlier label's subject when the clause opens with its verb ("Gave
    notice of a strike" after "The union kept its members working"); "" when it does not."""
    opening = _VERB_FIRST.match(clause)
    if opening is None or not label or label.split()[0].lower() != opening.group(1):
        return ""
    verb = opening.group(1)
    if not (AUXILIARY.fullmatch(verb) or ANY_VERB.fullmatch(verb) or _PRESENT.match(verb)):
        return ""
    if _PARTICIPLE_OPENING.match(verb) or _SECOND_VERB.search(label):
        return ""  # "compared with ...", "held in Port Selwyn, drew a record crowd"
    subject = subject_of(previous)
    if not subject or _NO_SUBJECT.search(subject) or not _verb_follows(previous, subject):
        return ""  # "President Alma Suren flew to Bantola": no verb known to end the subject
    if subject.endswith(("'s", "’s", "s'")):
        return ""  # "The folk trio's [shelved second record]": not a whole subject
    if _REPORTING.match(verb) and re.match(r"(?i:the|a|an|its|their)\s", subject):
        return ""  # "The pilots' strike [said]": only a speaker says
    rest = f"{label[:1].lower()}{label[1:]}"
    after = label.split()[1] if len(label.split()) > 1 else ""
    if (
        PARTICIPLE.match(verb)
        and re.match(r"\s*,\s*(?!(?:and|but|or|then)\b)[a-z]", clause)  # not ", and ended only"
        and after
        and not _OBJECT.match(after)
        and after not in _PREPOSITIONS
    ):
        return ""  # ", held every two years": a participle about something, not a past tense
    if verb.endswith("ed") and (not after or after in _PREPOSITIONS):
        # "and suspended during the pandemic": a passive; not ", suspended since 1979" after
        # "restoring direct flights", which may be about the flights
        if clause.lstrip().startswith(",") or (
            not _PASSIVE_VERB.match(verb) and after not in ("by", "since")
        ):
            return ""  # "missed with a wrist injury", "moved from clay": not sure which
        return f"{subject[:1].upper()}{subject[1:]} {be_for(subject, rest)} {rest}"
    return f"{subject[:1].upper()}{subject[1:]} {rest}"


def _verb_follows(previous: str, subject: str) -> bool:
    """Whether a verb follows ``subject`` in ``previous``, so the subject is a whole one."""
    at = previous.lower().find(subject.lower())
    rest = previous[at + len(subject) :].split() if at >= 0 else []
    if not rest:
        return False
    word = rest[0].lower()
    if word in ("that", "which", "who", ","):
        return True  # "A club that started with 12 members now has", "The record, taped in"
    return bool(
        AUXILIARY.fullmatch(word) or ANY_VERB.fullmatch(word) or _PRESENT.match(word)
    ) or word.endswith("s")


# what opens an object: "directed the agency", "tracked 14,200 adults", "told Parliament"
_OBJECT = re.compile(r"^(?:the|a|an|his|her|its|their|our|this|these|those|it|him|them|[\dA-Z$£€])")
_PARTICIPLE_OPENING = re.compile(
    r"^(?:compared|including|excluding|based|according|citing|adding|saying|following|"
    r"given|led|helped|hit|driven|boosted|pushed|hurt)$"
)
_SECOND_VERB = re.compile(r",\s+(?:[a-z]+ed|drew|took|made|won|lost|was|were|has|had|is|are)\b")
_REPORTING = re.compile(r"^(?:said|says|told|warned|added|noted|announced|confirmed|reported)$")
_PASSIVE_VERB = re.compile(
    r"^(?:suspended|extended|postponed|delayed|cancell?ed|approved|introduced|founded|elected|"
    r"appointed|launched|published|released|signed|established|abolished|renamed|rebuilt|"
    r"closed|reopened|restored|replaced|demolished|completed|installed|discovered|arrested|"
    r"charged|jailed|sentenced|convicted|acquitted|injured|killed|hired|fired|sacked|dropped)$"
)
_PREPOSITIONS = frozenset(
    {"across", "after", "at", "by", "during", "for", "from", "in", "into", "on", "over"}
    | {"since", "to", "under", "until", "with"}
)


# ", or 61 cents a share, from $18.9 million, or 81 cents a share, in the year-earlier period"
_COMPARISON = re.compile(
    r"^[\s,;]*(?:or\s+[^,]{1,40},\s+)?(?:up\s+|down\s+)?(?:from|compared\s+with)\s+"
    r"(?P<amount>(?:about\s+|nearly\s+|some\s+)?[$£€]?\d[\d.,]*%?"
    r"(?:\s+(?:million|billion|thousand)\b)?(?:\s+(?:U\.S\.\s+)?(?:per\s+cent|percent|crowns|"
    r"euros|dollars|pounds|yen|rupees|francs|kronor)\b)?)"
)
# the earlier clause's verb says the level ("was", "reached") or a change to it ("fell 25% to")
_LEVEL_VERB = re.compile(r"^(?:was|were|stood|totaled|totalled|reached|came)$")
_CHANGE_VERB = re.compile(
    r"^(?:rose|fell|grew|climbed|jumped|dropped|declined|slipped|gained|increased|decreased|"
    r"surged|slumped|climbed)$"
)
_SAME_VERB = re.compile(r"^(?:earned|lost|had|posted|reported|made|recorded|netted)$")


def earlier_figure(previous: str, clause: str) -> str:
    """ "Net income was $18.9 million": the earlier figure a later clause compares with, in the
    words of the earlier label ("Net income fell 25% to $14.2 million"); "" when the clause is
    no such comparison or the earlier label has no subject and verb to lend."""
    match = _COMPARISON.match(clause)
    subject = subject_of(previous)
    if match is None or not subject or _NO_SUBJECT.search(subject):
        return ""
    at = previous.lower().find(subject.lower())
    rest = previous[at + len(subject) :].split() if at >= 0 else []
    if not rest:
        return ""
    verb, amount = rest[0], match.group("amount")
    # "grew 4.6%, down from 5.2%": a rate, the same verb; "fell to 61%", "fell 25% to $14.2
    # million, from $18.9 million": a level, "was"
    rate = bool(re.search(r"%|per\s*cent", amount)) and not re.search(r"\bto\s", " ".join(rest))
    if _LEVEL_VERB.match(verb) or (_CHANGE_VERB.match(verb) and not rate):
        verb = be_for(subject, amount)
    elif not (_SAME_VERB.match(verb) or _CHANGE_VERB.match(verb)):
        return ""
    return f"{subject[:1].upper()}{subject[1:]} {verb} {amount}"
