"""Small repairs that keep a label a sentence once its clause has been cut around the date.

"Rick Amsel, a seasonal hand hired three weeks ago" is a noun and a participle: "Rick Amsel was
hired". "June Hartley was in the original cast, had not seen the stage since 1975": two verb
phrases of one subject, the second about the date: "June Hartley had not seen the stage".
"""

from __future__ import annotations

import re

from timeline_app.core.label_patterns import ANY_VERB, AUXILIARY, MARK, PAST

__all__ = [
    "PARTICIPLE",
    "as_passive",
    "be_for",
    "dated_part",
    "describes",
    "finite_verb_starts",
    "one_verb_phrase",
]

_PARTICIPLES = (
    r"[a-z]+ed|built|held|run|made|set|born|shown|known|taken|given|written|begun|sold|paid|hit|"
    r"cut|put|won|lost|brought|kept|left|sent|spent|thought|told|found|bought|grown|drawn|"
    r"chosen|broken|stolen|seen|done|laid|led|read|shut|struck|sunk|sworn|torn|worn|driven|"
    r"ridden|hidden|beaten|fallen|forgotten|spoken|frozen|bitten|shaken|woven"
)
# "first tabled", "originally built", "published": a past participle, perhaps after an adverb
PARTICIPLE = re.compile(
    rf"^(?:(?:first|originally|initially|later|recently|once|then|also|last|newly|only|"
    rf"[a-z]+ly)\s+)?(?:{_PARTICIPLES})\b"
)
# "a Democrat elected to a second term": a short noun phrase before the participle
_NOUN_THEN_PARTICIPLE = re.compile(
    rf"^(?:a|an|the)\s+(?:[\w'’-]+\s+){{1,3}}?(?=(?:{_PARTICIPLES})\b)"
)
_PLURAL = re.compile(r"(?<![su'’])s$|^(?:people|police|children|men|women|staff)$")
# "Firefighters", "Residents": a plural noun capitalized at the start; not "Jones", "Halvern"
_CAPITAL_PLURAL = re.compile(r"(?:ers|ors|ists|ants|ents|ies|ians|ions|als|ees|ites)$")
# a future meaning: "expected", "due", "scheduled" are "is expected"
_LOOKS_AHEAD = re.compile(
    r"^(?:expected|scheduled|due|planned|slated|likely|set(?=\s*(?:\x00|$|to\b|for\b)))"
)
# the noun a phrase is about: "A survey of 2,000 parents" is about the survey
_HEAD_NOUN = re.compile(
    r"^(.*?)\s+(?:of|for|against|in|on|at|by|with|from|to|about|over|near|among|between|"
    r"across|within|under)\s"
)
_PRESENT = re.compile(r"\b(?:recalls|says|notes|reports|announces|adds|confirms|shows|warns)\b")
_PRESENT_VERBS = (
    r"\b(?:holds|remains|employs|owns|runs|includes|says|lives|works|makes|sells|stands|lies|"
    r"plans|wants|expects|hopes|begins|ends|starts|opens|closes|expires|falls|comes)\b"
)
# what a subject opens with: a name, a number, a determiner or a pronoun
_SUBJECT_START = re.compile(
    r"^(?:[A-Z0-9]|(?:the|a|an|its|his|her|their|our|this|these|those|some|many|most|all|no|any|"
    r"each|every|he|she|it|they|we|i|you|there|nobody|everyone|none)\s)"
)
# ", had reached", ", has a prologue", ", took off a few tiles", ", never came back": a verb that
# can only be finite (not "built", "aged", which may be participles, nor "its", "results")
_FINITE = re.compile(
    r"(?:(?:also|still|now|then|later|never|not|already|only|just|quickly|soon)\s+)?"
    rf"(?:{AUXILIARY.pattern}|{PAST.pattern}|{_PRESENT_VERBS})"
)


def be_for(subject: str, phrase: str) -> str:
    """ "was", "were", "has been", "is" ...: the form of "be" that fits ``subject`` and
    ``phrase`` ("held each summer since 1993" -> "has been")."""
    head = _HEAD_NOUN.match(subject)
    words = (head.group(1) if head else subject).split()
    last = words[-1] if words else ""
    plural = (
        bool(_PLURAL.search(last)) and (last.islower() or bool(_CAPITAL_PLURAL.search(last)))
    ) or (len(words) == 1 and last.lower() in ("they", "we", "you"))
    if re.search(r"\bsince\b", phrase) and " and " not in phrase:
        return "have been" if plural else "has been"
    if _LOOKS_AHEAD.match(phrase):
        return "are" if plural else "is"
    return "were" if plural else "was"


def as_passive(subject: str, phrase: str, *, be: bool = True) -> str:
    """``subject`` + ``phrase`` when the phrase is a participle about it ("founded in 1946 by his
    grandfather", "a Democrat elected to a second term"): "The company was founded by his
    grandfather", "Pryce was elected to a second term"; "" when it is not one.

    Without ``be``, a noun phrase in the style of the earlier labels ("The current library on
    Harrow Street built", "Pryce, a Democrat elected to a second term") when ``subject`` is one;
    a subject found after "that" ("recalls that the previous ceasefire") still gets its verb.
    """
    phrase = phrase.strip(" ,")
    subject = subject.strip()
    if ANY_VERB.search(subject) or _PRESENT.search(subject):
        # "the ministry recalls that the previous ceasefire, agreed in 1999," is about the
        # ceasefire; "It missed the race record, set in 2012," has a subject of its own
        that = re.search(r"\bthat\s+([^,]+)$", subject)
        if that is None or ANY_VERB.search(that.group(1)):
            return ""
        subject, be = that.group(1), True
    apposition = _NOUN_THEN_PARTICIPLE.match(phrase)
    participle = phrase[apposition.end() :] if apposition else phrase
    if not subject or not PARTICIPLE.match(participle.replace(MARK, " ").strip()):
        return ""
    subject = f"{subject[:1].upper()}{subject[1:]}"
    if not be:  # "Pryce, a Democrat elected to a second four-year term"
        return f"{subject}, {phrase}" if apposition else f"{subject} {phrase}"
    return f"{subject} {be_for(subject, participle)} {participle}"


def describes(phrase: str) -> bool:
    """Whether ``phrase`` may describe the noun before it ("first tabled last month", "a Democrat
    elected to a second term", "in place since May"), not a clause with a subject of its own
    ("the squad returns for training on Monday")."""
    words = phrase.split()
    if not words or not _SUBJECT_START.match(words[0] + " "):
        return True
    head = " ".join(words[:5])
    return not (
        AUXILIARY.search(head)
        or PAST.search(head)
        or any(w.endswith("s") and not w.endswith("'s") for w in words[2:5])
    )


def finite_verb_starts(text: str) -> bool:
    """Whether ``text`` opens with a finite verb and no subject (", had reached $6.2 million",
    ", has a prologue"): the main verb of a subject named earlier."""
    words = text.replace(MARK, " ").split()
    if not words or not words[0].islower():
        return False
    return bool(_FINITE.match(" ".join(words[:3])))


# a participle that cannot be an intransitive past ("He arrived, took off"): "held", or a verb
# with its agent ("founded in 1946 by")
_PASSIVE_ONLY = re.compile(
    r"(?:held|built|run|born|known|shown|taken|given|written|sold|paid|kept|sent|bought|chosen|"
    r"[a-z]+ed\b(?=(?:\s+\S+){0,4}?\s+by\s))\b"
)
_SUBORDINATE_WORD = re.compile(
    r"\b(?:that|which|who|whom|whose|as|because|when|while|if|after|before|until|since|though|"
    r"although)\b|,"
)


def one_verb_phrase(text: str) -> str:
    """ "June Hartley was in the original cast, had not seen the stage since @": a subject with
    two verb phrases, the second the main one after a relative clause (its "who" gone). Keep the
    subject and the phrase that holds the date; ``text`` as it is when it has no such shape.
    """
    head, comma, tail = text.partition(", ")
    if not comma or _SUBORDINATE_WORD.search(head) or not finite_verb_starts(tail):
        return text
    verb = AUXILIARY.search(head) or ANY_VERB.search(head) or re.search(_PRESENT_VERBS, head)
    if verb is None or verb.start() == 0:
        return text
    subject = head[: verb.start()].rstrip()
    if len(subject.split()) > 5 or not _SUBJECT_START.match(subject):
        return text
    if MARK in tail.split(",")[0] and MARK not in head:
        return f"{subject} {tail}"
    if MARK in head and MARK not in tail:
        # "The race held each summer since 1993, has": "held" is a participle, as the verb after
        # the comma is the main one
        verb_on = head[verb.start() :]
        return (as_passive(subject, verb_on) if _PASSIVE_ONLY.match(verb_on) else "") or head
    return text


# ", and its secretary-general will visit Varro [on Thursday]": the last clause, with its subject
_LAST_CLAUSE = re.compile(r"(?:,\s+(?:and|but)|;)\s+((?:(?!,\s+(?:and|but)\s|;).)*)$")
# "some dating to the 1950s, to the polytechnic's library": the phrase after belongs to the
# sentence's verb, which the clause does not have
_LOOSE_PHRASE = re.compile(r"(?<=\x00),\s+(?:to|in|at|on|for|from|with|into)\s[^,]*$")
# "after a 0.1 percent rise the month before, pushed up by heating oil": what came before
_BEFORE_WHAT = re.compile(
    r"^(?:after|following|before)\s+((?:a|an|the|its|their|\d)[^,\x00]*?)\s*\x00"
    rf"(?:,\s+(?:{_PARTICIPLES})\b.*)?$",
    re.IGNORECASE,
)
_DANGLING_NUMBER = re.compile(
    r",\s+(?:about\s+|some\s+|nearly\s+)?[$£€]?\d[\d,.]*%?\s*\x00?[\s.,;:\"”]*$"
)


def dated_part(text: str) -> str:
    """The part of ``text`` that the date ("\\x00") belongs to, when the clause has several.

    "It meets twice a month, and its secretary-general will visit Varro @": the last clause
    ends with the date and has a subject of its own. "Founded @ by his grandfather, was not for
    sale": the participle with the date, not the verb after it (its subject is elsewhere).
    "After a 0.1 percent rise @, pushed up by heating oil": the rise.
    """
    ends_dated = text.rstrip(" ,;:.\"'”’").endswith(MARK)
    last = _LAST_CLAUSE.search(text) if ends_dated else None
    if last and _own_subject(last.group(1)):
        clause = re.sub(r"^that\s+", "", last.group(1))  # ", and that a levy would"
        return _apposition_passive(clause) or clause
    head, comma, tail = text.partition(", ")
    if (
        comma
        and MARK in head
        and PARTICIPLE.match(head)
        and len(head.replace(MARK, " ").split()) >= 3
        and finite_verb_starts(tail)
    ):
        return head  # "founded @ by his grandfather, was not for sale"
    before = _BEFORE_WHAT.match(text)
    if (
        before
        and len(before.group(1).split()) <= 6
        and not (ANY_VERB.search(before.group(1)) or AUXILIARY.search(before.group(1)))
    ):
        return before.group(1) + MARK  # "a 0.1 percent rise"
    text = _DANGLING_NUMBER.sub(MARK, text)  # "employs about 3,100 people, 400 [more than ...]"
    first = text.split(MARK)[0]
    if len(first.split()) >= 2 and (not ANY_VERB.search(first) or PARTICIPLE.match(text)):
        text = _LOOSE_PHRASE.sub("", text)
    return text


# "Rick Amsel, a seasonal hand hired @": the name and what was done to it
_APPOSITION_PARTICIPLE = re.compile(r"^([^,\x00]{2,60}),\s+((?:a|an|the)\s[^,]*\x00[^,]*)$")


def _apposition_passive(clause: str) -> str:
    """ "Rick Amsel, a seasonal hand hired @" -> "Rick Amsel was hired @"; "" if no such shape."""
    match = _APPOSITION_PARTICIPLE.match(clause)
    if match is None or ANY_VERB.search(match.group(1)):
        return ""
    return as_passive(match.group(1), match.group(2))


def _own_subject(clause: str) -> bool:
    """ "its secretary-general, Piet Aldana, will visit Varro": a clause with its own subject (not
    "took a loss", which shares the first clause's)."""
    words = re.sub(r"^that\s+", "", clause.replace(MARK, " ")).split()
    if len(words) < 3 or not words[0][:1].isalpha():
        return False
    first = words[0].lower()
    if AUXILIARY.fullmatch(first) or ANY_VERB.fullmatch(first) or first.endswith("ly"):
        return False
    if not (_SUBJECT_START.match(words[0] + " ") or words[0][:1].isupper()):
        # "arrears reached", "postal claims received"; not "sets aside $3.1 million"
        if not any(ANY_VERB.fullmatch(w) or AUXILIARY.fullmatch(w) for w in words[1:4]):
            return False
        if (
            first.endswith(("s", "ed"))
            and not words[1].endswith(("s", "ed"))
            and not (ANY_VERB.fullmatch(words[1]) or AUXILIARY.fullmatch(words[1]))
        ):
            return False
    return bool(AUXILIARY.search(" ".join(words)) or ANY_VERB.search(" ".join(words[1:])))
