"""Finding candidate spans: run every rule, drop what is not a date, keep the longest matches."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from timeline_app.core.models import Span
from timeline_app.core.tagger.cues import Direction, direction
from timeline_app.core.tagger.lexicon import VAGUE_NUMBERS
from timeline_app.core.tagger.patterns import RULES, Rule

# Places that look like dates but never are: web addresses, e-mail, phone numbers.
# Where no time expression can be: web addresses, e-mail addresses, phone numbers, domains. Each
# kind is looked for only when the text holds its telltale ("@", "://", a domain's ending): most
# texts hold none, and scanning every word for them cost a tenth of the tagging time.
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+")
_PHONE = re.compile(r"\+?\(?\d{2,4}\)?[ .-]\d{3,4}[ .-]\d{3,4}\b")
# A work's title in quotes: "Nine Days in August", "Hollow Lake: Friday the 13th," "Until
# Sunday" (every longer word capitalised), not a quoted saying ("I'll be back on Friday")
_TITLE_WORD = r"(?:[A-Z0-9][\w'\u2019-]*:?|the|of|in|a|an|and|on|at|to|for|with|from|by|or)"
_QUOTED_TITLE = re.compile(rf"[\"\u201c]({_TITLE_WORD}(?:[ ]+{_TITLE_WORD}){{1,7}})[,.]?[\"\u201d]")


def _is_title(m: re.Match[str]) -> bool:
    words = m[1].split()
    return sum(w[0].isupper() for w in words) >= 2 and len(m[1]) <= 60


# "Millbrook NSW 2013": an Australian postcode after its state
_POSTCODE = re.compile(r"\b(?:NSW|QLD|Qld|Vic|VIC|WA|SA|Tas|TAS|NT|ACT)\s+\d{4}\b")
# "Bill 2012/31", "Directive 2014/65", "Under Bylaw 2014-37", "Ordinance 2013-41": a law's
# number, with its year in it
_LAW_NUMBER = re.compile(
    r"\b(?:(?:Bill|Law|Decree|Directive|Regulation|Resolution|Act)\s+(?:No\.\s*)?\d{4}/\d+|"
    r"(?:By-?law|Ordinance|Order|Resolution)\s+(?:No\.\s*)?\d{4}-\d+\b)"
)
# "(HKEX: 1953)", "(SK 1987)", "tail number VAF 1988": a code of capitals and its number (not a
# capitalised word before a year: "IN 2014", "ELECTION 2014", "AD 1066")
_CODE_NUMBER_TELL = re.compile(r"[A-Z]:?[ \t]\d{4}\b")
_CODE_NUMBER = re.compile(
    r"(?<![\w-])(?!(?:AD|BC|BCE|CE|FY|IN|ON|AT|BY|OF|TO|OR|AND|THE|FOR|FROM|SINCE|UNTIL|END|"
    r"LATE|EARLY|MID|JAN|FEB|MAR|APR|MAY|JUN|JUNE|JUL|JULY|AUG|SEP|SEPT|OCT|NOV|DEC)\b)"
    r"[A-Z]{2,5}:?[ \t]+\d{4}\b(?![ \t]*[-\u2013/]\s*\d)(?=[ \t]*[),;]|[ \t]+[a-z])"
)
_DOMAIN_END = re.compile(r"\.(?:com|org|net|gov|edu|html?|php|example)", re.IGNORECASE)
_DOMAIN = re.compile(
    r"\b\w+(?:[-/.]\w+)*\.(?:com|org|net|gov|edu|html?|php|example)(?:/\S*)?", re.IGNORECASE
)
# a web address without its scheme, under any top-level domain, with a path:
# "nemo.gov.am/bulletins/2014-09-21", "council.example.co.uk/news/2013/05"
_HOST_PATH_END = re.compile(r"\.[a-z]{2,6}/")
_HOST_PATH = re.compile(r"\b[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,6}/[^\s\"'\u201d)]+")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|since|until|till|by|from|through|to|of|last|this|next|early|late|mid|and|or|between|"
    r"(?:early|late|soon)\s+as|at\s+least|"
    r"before|after|during|on|for|each|every|until|around|about|late|end|start|beginning|"
    r"the\s+[a-z]+est)[\s-]+$",  # "the wettest March on record"
    re.IGNORECASE,
)
_NOT_A_YEAR_AFTER = re.compile(
    r"\s+(?:[a-z]+s\b(?<!\bwas)(?<!\bhas)(?<!\bis)(?<!\bthis)(?<!\bas)"
    r"(?<!\bits)(?<!\bhis)(?<!\bthus)(?<!\bplus)(?<!\bpress)(?<!\bless)"
    # not a singular noun in "-s": "a 2012 gas-tax increase", "a 2010 bus safety law", "crisis"
    r"(?<!ss)(?<!us)(?<!is)(?<!\bgas)(?<!\bnews)(?<!\bseries)|"
    r"percent|per\b|times\b|feet|miles|people|model\b)"  # "a 1990 model pickup": a model year
)
_CAPITAL_AFTER = re.compile(  # on the same line: a headline's last word names nothing after it
    r"[ \t]+(?!(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\b)"
    r"[A-Z][a-z]"
)
_NAME_BEFORE = re.compile(
    r"(?<![.!?]\s)\b(?!(?:In|By|Since|Until|From|Of|To|For|During|The|And|Or|Before|After|Fiscal)\b)"
    # not a superlative: "Hottest July on record"
    r"(?!(?:Hott|Cold|Wett|Dri|Warm|Cool|Busi|Sunni|Snowi|Raini|Windi|Stormi|Deadli|Dark|Quiet|"
    r"Slow|Strong|Weak|Bigg|Long|Short|Low|High|Calm|Mild|Great|Wild)est\s)"
    r"[A-Z][a-z\u00e0-\u00ff]+\s+$"  # ("Cuv\u00e9e 1887": a wine named for its house's year)
)
_BODY_AFTER = re.compile(
    r"\s+(?-i:Committee|Society|Club|Foundation|Trust|Group|Association|Fund|Project|Players|"
    r"Collective|Coalition|Movement|Brigade|Brigades|Front|Battalion|Martyrs|"
    # "the 1920 Bar", "The 1888 Stand", "the 1812 Overture": a place or a work named for a year
    r"Bar|Stand|Overture|Lounge|Suite|Room|Building|Tower|Gallery)\b"
)
# "FieldHawk 2030", "PowerBook 2010": a product's name, written in CamelCase
_CAMEL_BEFORE = re.compile(r"\b[A-Z][a-z]+[A-Z][A-Za-z]*\s+$")
_GENERIC_AFTER = re.compile(
    r"\s+(?:youth|young|world|society|children|kids|generation|standards|families|women|men|"
    r"people|personal|teenagers|students|economy|consumers?|technology)\b",
    re.IGNORECASE,
)
_TEMPORAL_PREPOSITION = re.compile(
    r"\b(?:in|during|over|through|throughout|since|until|till|by|before|after|into|from|this|"
    r"last|next|each|every|to|for|the\s+[a-z]+est)\s+$",
    re.IGNORECASE,
)
# A lower-case word after "the summer" other than a function word or a verb ("the autumn
# turned out dry", "spent the summer rebuilding"): a noun the season modifies.
_A_KIND_OF = re.compile(
    r"\b(?:a|an)\s+(?:bitter|cold|wet|dry|warm|mild|sunny|freezing|frosty|chilly|hot|"
    r"late|early|busy|quiet|record|stormy|grey|gray|windy|rainy|snowy|glorious|miserable)\s+$"
)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:of|and|or|but|nor|when|while|as|to|in|on|at|for|with|from|by|before|after|that|"
    r"unless|once|although|though|whether|amid|despite|again|too|also|instead|"
    r"which|who|where|is|was|were|are|be|been|has|had|have|will|would|could|can|may|might|"
    r"should|must|did|does|than|then|so|if|because|until|through|into|onto|ahead|months?|"
    r"some|about|around|nearly|almost|here|there|abroad|away|home|together|alone|mostly|"
    r"season|term|break|recess|vacation|holidays?|the|a|an|its|his|her|their|our|this|that|"
    r"over|under|across|among|amid|despite|against|within|without|onwards|onward)\b)"
    r"(?![a-z]+(?:ed|ing)\b|(?:saw|brought|began|came|went|left|fell|rose|got|gave|made|took|sees|"
    r"brings|drew|hurt|cut|hit|cost|kept|held|meant|means|put|led|ran|saw|sent|showed)\b)"
    r"[a-z]+\b"
)


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    kind: str
    match: re.Match[str]


def noise_spans(text: str) -> list[Span]:
    """The stretches of ``text`` that are addresses or numbers, in order of start (they may
    overlap: a URL holds a domain)."""
    patterns = [_PHONE, _POSTCODE]
    if "@" in text:
        patterns.append(_EMAIL)
    if "://" in text or "www." in text.lower():
        patterns.append(_URL)
    if _DOMAIN_END.search(text):
        patterns.append(_DOMAIN)
    if _CODE_NUMBER_TELL.search(text):
        patterns.append(_CODE_NUMBER)
    if "/" in text or "Ordinance" in text or "law" in text:
        patterns.append(_LAW_NUMBER)
        if _HOST_PATH_END.search(text):
            patterns.append(_HOST_PATH)
    spans = [Span(m.start(), m.end()) for p in patterns for m in p.finditer(text)]
    if '"' in text or "\u201c" in text:
        spans += [Span(m.start(), m.end()) for m in _QUOTED_TITLE.finditer(text) if _is_title(m)]
    return sorted(spans, key=lambda s: s.start)


def find(text: str, excluded: Sequence[Span] = ()) -> list[Candidate]:
    """Non-overlapping candidates, longest first where they compete, in text order."""
    blocked = _SpanSet()
    for span in sorted([*excluded, *noise_spans(text)], key=lambda s: s.start):
        blocked.add_merged(span.start, span.end)
    found = [
        c for c in _all_matches(text) if _plausible(c, text) and not blocked.hits(c.start, c.end)
    ]
    # (a tie goes to the expression that is not an amount: "at 1430 hours" is a clock time)
    found.sort(key=lambda c: (c.start - c.end, c.start, c.kind == "duration"))
    taken: list[Candidate] = []
    occupied = _SpanSet()
    for cand in found:
        if not occupied.hits(cand.start, cand.end):
            occupied.add(cand.start, cand.end)
            taken.append(cand)
    taken.sort(key=lambda c: c.start)
    return taken


class _SpanSet:
    """Disjoint half-open spans kept sorted, so overlap checks cost log n, not n."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def hits(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start)
        if i and self.ends[i - 1] > start:
            return True
        return i < len(self.starts) and self.starts[i] < end

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)

    def add_merged(self, start: int, end: int) -> None:
        """Add spans in order of start, merging any that touch the last one."""
        if self.ends and start <= self.ends[-1]:
            self.ends[-1] = max(self.ends[-1], end)
        else:
            self.starts.append(start)
            self.ends.append(end)


def _windows(hits: list[tuple[int, int]], size: int, rule: Rule) -> list[tuple[int, int]]:
    """Stretches of text around a rule's key hits, merged: the only places the rule can match."""
    windows: list[tuple[int, int]] = []
    for start, end in hits:
        lo, hi = max(0, start - rule.before), min(size, end + rule.after)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows


# a heading in capitals, alone on its line ("CHRISTMAS MASSES", "ROSH HASHANAH AND YOM KIPPUR"):
# not a dateline ("WASHINGTON (AP) --", "INDEPENDENCE, MO.")
_CAPITALS_LINE = re.compile(r"^[ \t]*(?=[^\n]*[A-Z]{3})[A-Z0-9'\u2019&/ \t-]{4,60}$", re.MULTILINE)
_NO_LOWER_LINE = re.compile(r"^[^a-z\n]{4,60}$", re.MULTILINE)
_WORD = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?")
_SMALL_WORDS = frozenset({"a", "an", "and", "at", "for", "in", "of", "on", "or", "the", "to", "al"})


def _headings_in_title_case(text: str) -> str:
    """``text`` with its headings in capitals written in title case, so that names written
    with capitals ("NEW YEAR'S DAY", "EID") read as they do in running text; the same length."""
    if not any(_CAPITALS_LINE.fullmatch(line[0]) for line in _NO_LOWER_LINE.finditer(text)):
        return text  # (a cheap scan for lines without lower case first)

    def word(w: re.Match[str]) -> str:
        lower = w[0].lower()
        return lower if lower in _SMALL_WORDS else w[0][0] + lower[1:]

    def title(line: re.Match[str]) -> str:
        return _WORD.sub(word, line[0])

    return _CAPITALS_LINE.sub(title, text)


def _all_matches(text: str) -> Iterator[Candidate]:
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters change length when lower-cased
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    titled = _headings_in_title_case(text)
    hits: dict[
        tuple[tuple[str, ...], bool, bool], list[tuple[int, int]]
    ] = {}  # rules may share a key
    for rule in RULES:
        # holidays are also looked for in headings in capitals ("NEW YEAR'S DAY")
        source = titled if rule.kind in _NAMED_DAYS else text
        key = (tuple(k.pattern for k in rule.keys), rule.cased, source is titled)
        if key not in hits:
            searched = source if rule.cased else lowered
            hits[key] = [hit.span() for k in rule.keys for hit in k.finditer(searched)]
            if len(rule.keys) > 1:
                hits[key].sort()
        for lo, hi in _windows(hits[key], len(text), rule):
            for m in _matches(rule, source, lowered, lo, hi):
                if m.end() > m.start():
                    yield Candidate(_start(m, rule.kind), m.end(), rule.kind, m)


def _matches(rule: Rule, text: str, lowered: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """The rule's matches in ``text[lo:hi]``. A pattern with no cased part is searched for in
    the lower-cased copy without IGNORECASE (several times faster), then matched again where
    it was found, so that the match reads the original text."""
    if rule.folded is None:
        yield from rule.regex.finditer(text, lo, hi)
        return
    for found in rule.folded.finditer(lowered, lo, hi):
        m = rule.regex.match(text, found.start(), hi)
        if m is not None:  # (always, but for a character whose lower case is no single one)
            yield m


_NAMED_DAYS = frozenset({"holiday", "festival"})


def _start(m: re.Match[str], kind: str) -> int:
    """Where the TIMEX3 starts: TimeML leaves some leading words outside the tag."""
    if kind == "duration":
        num = m["num"].lower()
        if m["det"] and not m["rel"] and text_between(m, "num", "unit").startswith("-"):
            return m.start("num")  # "the [two-week] strike"
        if m["mod"] and m["mod"].lower().startswith("over") and num not in {"a", "an"}:
            return m.end("mod")  # "over [three years]", but "[over a week]"
        if num in {"a", "an"} and not m["mod"] and m.group(0).lower().endswith("-long"):
            return m.start("unit")  # "a [year-long] trial", as "a [two-day] meeting"
    if kind == "second_day":
        return m.start("day")  # "April 24 and [25]": the first day is a month_day of its own
    edge = (m["edge"] or "").lower() if kind == "relative_unit" else ""
    if edge.startswith(("earlier", "later")) and m["unit"].lower() == "week":
        return m.end("edge")  # "earlier [this week]"
    return m.start()


def text_between(m: re.Match[str], first: str, second: str) -> str:
    return m.string[m.end(first) : m.start(second)]


def _plausible(cand: Candidate, text: str) -> bool:
    check = _CHECKS.get(cand.kind)
    return check(cand.match, text) if check else True


_PLACE_AFTER = re.compile(
    r"\s+(?:Street|St\b|Road|Rd\b|Avenue|Ave\b|Lane|Square|Place|Boulevard|Drive|Hall|Park|"
    r"Bridge|House)"
)


# "June Okonkwo": a capitalised word on the same line, not a weekday or a month
_SURNAME_AFTER = re.compile(
    r"[ \t]+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|"
    r"June|July|August|September|October|November|December)\b)[A-Z][a-z]"
)
_TITLE_BEFORE = re.compile(r"\bThe\s+(?:[A-Z][a-z]+\s+){1,3}(?:in|of|at)\s+$")
_ENDS_A_TITLE = re.compile(r"[\"\u201d]")
_OPENS_A_TITLE = re.compile(r"[\"\u201c][A-Z][^\"\u201c\u201d]{0,38}$")


def _month_ok(m: re.Match[str], text: str) -> bool:
    if _in_dateline_place(m, text):
        return False
    edge = m["edge"] or ""
    if edge[:1].isupper() and not _SENTENCE_START.search(text, max(0, m.start() - 3), m.start()):
        return False  # "Now Late September, the second album": a title mid-sentence
    if (m["rel"] or "").lower() == "that" and not m["edge"]:
        return not _PLACE_AFTER.match(text, m.end())
    if m["edge"] or m["rel"]:
        return True
    if _PLACE_AFTER.match(text, m.end()):
        return False  # "March Street" is a place
    if (
        not m["rel"]
        and not m["edge"]
        and (
            _SURNAME_AFTER.match(text, m.end())
            or _NAME_BEFORE.search(text, max(0, m.start() - 20), m.start())
        )
        and not title_case_line(text, m.start())  # "Revised Data Show August Gain"
    ):
        return False  # "June Okonkwo", "Rosa June": a name
    preposition = _PREPOSITION_BEFORE.search(text, max(0, m.start() - 20), m.start())
    if (
        (not preposition and _PERSON_AFTER.match(text, m.end()))
        or (
            # "Travis April, 29, ... April's lawyer ... testify against April"
            not preposition
            and not _NUMBER_AFTER.match(text, m.end())
            and _named_before(text, m["month"], m.start())
        )
        or (
            (not preposition or preposition.group().split()[0].lower() in {"and", "or"})
            and _VERB_AFTER.match(text, m.end())
            and _named_before(text, m["month"], m.start())
        )
    ):
        return False  # "June said", "daughter, April, 11,"; "Pavel May ... and May has so far"
    if _ENDS_A_TITLE.match(text, m.end()) and _OPENS_A_TITLE.search(
        text, max(0, m.start() - 40), m.start()
    ):
        return False  # "Harbour in March" (1911): the name of a work
    if (title := _TITLE_BEFORE.search(text, max(0, m.start() - 40), m.start())) and re.search(
        r"[a-z,]\s+" + re.escape(title.group(0) + m["month"]) + r"\b", text
    ):
        return False  # "Ruth Venn wrote The Orchard in October": a title, wherever it stands
    if m["month"] == "MAY" and re.match(r"\s+(?!\d)[A-Z]{2,}\b", text[m.end() : m.end() + 20]):
        return False  # "THIS TRANSCRIPT ... MAY CONTAIN ERRORS": the verb, in capitals
    name = m["month"].lower()
    if name not in {"may", "june", "july"} and len(name) <= 4 and not name.endswith("."):
        return False  # a bare "Jan" is a name ("Jan Kavan"), not January
    if name in {"may", "march"} or (name not in {"june", "july"} and len(name) <= 4):
        if _PREPOSITION_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            return True
        if _HEADING_AFTER.match(text, m.end()) and re.search(
            r"(?:^|\n)[ \t]*$", text[max(0, m.start() - 4) : m.start()]
        ):
            return True  # a review's heading: "March: The title and the run."
        # "it may be May", "the May figures": a copula before it, or "the" and a noun after it
        before = text[max(0, m.start() - 12) : m.start()]
        if m["month"][:1].isupper() and _A_KIND_OF.search(text, max(0, m.start() - 24), m.start()):
            return True  # "after a bitter March", "a wet May": the month, described
        return bool(re.search(r"\b(?:be|is|was)\s+$", before)) or bool(
            re.search(
                r"\b(?i:the|its|their|reports|releases|publishes|for)\s+$|['\u2019]s\s+$", before
            )
            and _MONTH_NOUN_AFTER.match(text, m.end())
        )
    return True


_HEADING_AFTER = re.compile(r"(?:\s+and\s+[A-Z][a-z]+)?:\s")
_VERB_AFTER = re.compile(
    r"\s+(?:has|had|is|was|will|would|also|then|later)\b(?!\s+(?:been\s+)?(?:the|a|an)\b)"
)


_NUMBER_AFTER = re.compile(r",?\s*\d")


def _named_before(text: str, word: str, at: int) -> bool:
    """Whether ``word`` was someone's surname earlier in the text ("One of them, Pavel May,")."""
    surnames = _as_surname(text, word)
    return bool(surnames) and surnames[0] <= at


@functools.lru_cache(maxsize=32)  # (asked for every month and weekday: found once per text)
def _as_surname(text: str, word: str) -> tuple[int, ...]:
    """Where ``word`` ends as someone's surname in the text."""
    ends = []
    for hit in re.finditer(rf"\b{re.escape(word)}\b", text):
        lo = max(0, hit.start() - 24)
        if _HONORIFIC_BEFORE.search(text, lo, hit.start()) or (
            _FIRST_NAME_BEFORE.search(text, lo, hit.start())
            and (_PERSON_AFTER.match(text, hit.end()) or text.startswith(",", hit.end()))
        ):
            ends.append(hit.end())
    return tuple(ends)


_SENTENCE_START = re.compile(r"(?:^|[.!?\n\"'\u201c(:]\s*)$")
_MONTH_NOUN_AFTER = re.compile(
    r"\s+(?:figures|numbers|data|election|elections|meeting|vote|deadline|budget|report|"
    r"survey|poll|results|session|holiday|bank\s+holiday|rate|rates|inflation|sales|retail|"
    r"jobs|payrolls|output|trade|housing|consumer|producer|factory|unemployment|"
    r"contracts?|delivery|futures|options|shipments?|loadings?|"  # "the May contract"
    r"distributions?|dividends?|payments?|payouts?|auctions?|issue|edition|sitting|referendum)\b"
)


_VEHICLE_AFTER = re.compile(
    r"\s+(?-i:Honda|Toyota|Ford|Chevrolet|Chevy|Nissan|Holden|Dodge|Jeep|Volkswagen|VW|BMW|"
    r"Mercedes|Audi|Hyundai|Kia|Mazda|Subaru|Mitsubishi|Volvo|Buick|Cadillac|GMC|Chrysler|"
    r"Pontiac|Lexus|Acura|Infiniti|Suzuki|Peugeot|Renault|Vauxhall|Fiat|Skoda|Tesla|Saturn|"
    r"Jaguar|Porsche|Harley-Davidson|Yamaha|Kawasaki|Ducati)\b"
)
_STREET_AFTER = re.compile(  # (and its direction: "1915 N. Alder St.")
    r"(?:(?:\s+(?:[NSEW]\.|[NS][EW]\b))?(?:\s+[A-Z][a-z]+){1,3}\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Drive|"
    r"Dr\.|Lane|Parkway|Pkwy\.|Highway|Court|Place|Way|Terrace|Square)|"
    r"\s+(?:Street|Avenue|Road|Boulevard|Square))(?![\w])"  # "on 1821 Square"
)


# "2015-Ohio-712" (a court's citation), "2015 No. 214" (a case number), "1998 QH12" (an
# asteroid's designation), "R.S.O. 1990, c. P.13" (a statute's)
_CITATION_AFTER = re.compile(
    r"-[A-Z][A-Za-z]+-\d|\s+No\.?\s*\d|[ \t]+[A-Z]{2}\d{1,3}\b"
    r"|,\s+c(?:h|ap)?\.\s*[A-Z]?\d"  # "R.S.O. 1990, c. P.13": a statute's chapter
)
_STATUTE_BEFORE = re.compile(
    r"\b(?:Acts?|ACTS?|Order|ORDER|Regulations|REGULATIONS|Rules|RULES|Bill|BILL)\s+"
    r"(?:\d{4}\s+(?:to|and|TO|AND|-|\u2013)\s+)?$"
)


_HHMM = re.compile(r"(?:0\d|1\d|2[0-3])[0-5]\d")
# where a log's hour stands: opening an entry ("0742 - "), after "Cleared" or a numeric date
_ENTRY_DASH = re.compile(r"[ \t]+[-\u2013\u2014]")
_LOG_HOUR_BEFORE = re.compile(r"(?:\b[Cc]leared|\d/\d\d)[ \t]$")
# a log written on the 24-hour clock: an entry stamped "0742 - ", or a numeric date and an hour
# ("11/01/13 0730"), or the text says so
_LOG_TEXT = re.compile(
    r"(?m)^0\d[0-5]\d[ \t]+[-\u2013\u2014][ \t]|\d/\d\d[ \t]+0\d[0-5]\d\b|\b24-hour\s+clock\b"
)
# a text that writes 24-hour clocks: "0600 LT", "1432Z", "1900 hrs", "14:32 UTC"
# (not "began at 10:45 a.m.", a 12-hour clock)
_CLOCK_TEXT = re.compile(
    r"\b[0-2]\d[0-5]\d\s?(?:hrs|hours|LT|UTC|GMT|Z)\b|\b[0-2]\d:[0-5]\dZ?\b(?!\s?[ap]\.?m\b)",
    re.IGNORECASE,
)


# the name of the millennium bug before its noun: "Year 2000 compliant", "Year 2000 reviews"
_MILLENNIUM_BUG_AFTER = re.compile(
    r"[\s-]+(?:problems?|bugs?|complian\w*|testing|tests?|reviews?|readiness|date\s+change|"
    r"conversions?|issues?|glitch\w*|computer|remediation|fix\w*|work|preparations?|programs?|"
    r"projects?|costs?|spending|upgrades?|checks?|ready|crisis|problem)\b",
    re.IGNORECASE,
)


def _year_ok(m: re.Match[str], text: str) -> bool:
    if m.group(0).endswith("Year 2000") and _MILLENNIUM_BUG_AFTER.match(text, m.end()):
        return False  # "completed Year 2000 testing", "certified Year 2000 compliant": the bug's
    if m.group(0) != m["year"]:
        return True
    before = text[max(0, m.start() - 12) : m.start()]
    if re.search(
        r"(?:No\.(?:\s*[A-Z]{1,5})?|#|\$|\b(?-i:H\.\s?R|S|H\.\s?Res|S\.\s?Res|[HSAL]\.\s?B)\.\s?|\b(?-i:[HSAL]B|Bill)\s|"
        r"\bcode|\bPIN|\bext\.|\bflight|\broute|\broom|\bsuite|\bpage|\bplatform|"
        r"\bgate|\b(?:hotline|helpline|phone\s+line|number|dial|call|text),?|"
        # "at mile marker 1998", "1 Pa.C.S. \u00a7 1908": a place on a road, a section
        r"\bmile\s+marker|\bmilepost|\u00a7+|"
        r"\b(?:asteroid|comet|minor\s+planet))\s*$",  # "the asteroid 1622 Delmira"
        before,
        re.IGNORECASE,
    ):
        return False  # "access code 2026", "room 1912", "a hotline, 1916,"
    if re.search(r"[A-Za-z]-$", before):
        return False  # "the BX-1990 analyzer", "Model X-2000": a product's number
    if re.search(r"\bat\s$", before) and _HHMM.fullmatch(m["year"]) and _CLOCK_TEXT.search(text):
        return False  # "berthed at 1638" in a text of 24-hour clocks: a time, not a year
    if _CITATION_AFTER.match(text, m.end()):
        return False  # "2015-Ohio-712" (a court's citation), "2015 No. 214" (a case number)
    if _STATUTE_BEFORE.search(text, max(0, m.start() - 25), m.start()):
        return False  # "THE COMPANIES ACTS 1963 TO 2013": a statute's name
    if re.search(r"\bR\.S\.(?:[A-Z]\.){1,3}\s*$", before):
        return False  # "the Planning Act, R.S.O. 1990": the Revised Statutes of that year
    if re.search(r"\b[Cc]lass\s+of\s+$", before):
        return False  # "the Class of 2000": the students who finish then, a name
    if _BODY_AFTER.match(text, m.end()):
        return False  # "the 1960 Committee", "Members of the 1958 Society": a body's name
    if re.search(r"\b(?i:flight|route|bus|train)\s+[A-Z]{1,3}\s*$", before):
        return False  # "flight KA 2013"
    if re.match(r"\s+block\b", text[m.end() : m.end() + 8]):
        return False  # "the 1900 block of Lakeview Drive": a street address
    if (
        _LOG_HOUR_BEFORE.search(before)
        or (before[-1:] in {"", "\n"} and _ENTRY_DASH.match(text, m.end()))
    ) and _LOG_TEXT.search(text):
        return False  # a log's "Cleared 1603", "1735 - Vehicle fire": an hour
    if _VEHICLE_AFTER.match(text, m.end()):
        return False  # "a gray 2004 Honda Civic": a model year, part of the car's name
    if _STREET_AFTER.match(text, m.end()) and not re.search(r"\b(?:the|in)\s+$", before, re.I):
        return False  # "at 1955 Industrial Parkway", "late of 1987 Old Ferry Road": a street number
    if re.search(
        r"\b(?:the|in|since|by|until|during|from|of|before|after|their|its|his|her|our|my|your)\s+$",
        before,
        re.I,
    ):
        return True  # "the 1992 protests", "in 1998 sales rose", "their 2014 taxes"
    if (
        (_NAME_BEFORE.search(before) and not title_case_line(text, m.start()))
        or _CAMEL_BEFORE.search(before)
        or (re.search(r"'s\s+$", before) and _CAPITAL_AFTER.match(text, m.end()))
    ):
        return False  # "Orion 1980", "Kopp's 1987 Chevrolet": part of a name
    return not _NOT_A_YEAR_AFTER.match(text, m.end())


def _set_ok(m: re.Match[str], text: str) -> bool:
    if m.group(0).lower().startswith("per ") and _MEASURE_BEFORE.search(
        text, max(0, m.start() - 16), m.start()
    ):
        return False  # "winds of 150 kilometers per hour": a speed, not a recurrence
    if m.group(0).isupper() and _CAPITALS_AROUND.search(
        text[max(0, m.start() - 12) : m.end() + 12].replace(m.group(0), " ")
    ):
        return False  # "THE NIGHTLY REPORT": a programme's name
    if m["adv"] and _CAPITAL_AFTER.match(text, m.end()):
        return False  # "the Communist Party daily Granma"
    if m.group(0).lower() == "annually" and _RATE_BEFORE.search(
        text, max(0, m.start() - 30), m.start()
    ):
        return False  # "to rise 8.5% annually", "10,000 units annually": a rate, like "a year"
    # "average daily volume": a statistic's period, nothing that recurs on a timeline
    return not (m["adv"] and _AVERAGE_BEFORE.search(text, max(0, m.start() - 10), m.start()))


_MEASURE_BEFORE = re.compile(
    r"\b(?:kilomet(?:er|re)s|km|miles|met(?:er|re)s|feet|knots|lit(?:er|re)s|gallons|tonnes|tons|"
    r"barrels|inches|millimet(?:er|re)s|mm|cm|words|beats|dollars|cents|kilograms|kg|pounds)\s+$",
    re.IGNORECASE,
)
_CAPITALS_AROUND = re.compile(r"\b[A-Z]{3,}\b")
_RATE_BEFORE = re.compile(r"(?:\d%|\bpercent|\bper\s+cent|\d[\d,.]*\s+[a-z]+)\s+$", re.IGNORECASE)
_AVERAGE_BEFORE = re.compile(r"\baverage\s+$", re.IGNORECASE)


# "its Velox Q4 processor": a product's name before a noun, not a quarter
_PRODUCT_BEFORE = re.compile(r"(?<![.!?]\s)\b(?-i:[A-Z][a-z]+)\s+$")
_PRODUCT_NOUN_AFTER = re.compile(
    r"\s+(?:processor|chip|phone|tablet|model|car|engine|drone|camera|laptop|console|truck|"
    r"jet|series|edition|version)s?\b"
)


def _q_quarter_ok(m: re.Match[str], text: str) -> bool:
    return not (
        _PRODUCT_NOUN_AFTER.match(text, m.end())
        and _PRODUCT_BEFORE.search(text, max(0, m.start() - 20), m.start())
    )


_IN_A_ROW_AFTER = re.compile(r"\s+(?:in\s+a\s+row|running)\b", re.IGNORECASE)


def _quarter_ok(m: re.Match[str], text: str) -> bool:
    # "quarter-to-quarter comparison"
    if text.startswith("-to-", m.end()) or text.endswith("-to-", 0, m.start()):
        return False
    if not m["year"] and _IN_A_ROW_AFTER.match(text, m.end()):
        return False  # "below the standard for the second quarter in a row": a count
    # "led at the end of the first half": a half of a match, not of a year
    if (
        m["unit"].lower() == "half"
        and not m["year"]
        and not _OF_A_YEAR.search(m.group(0))  # "the second half of next year": a year's
        and _sports_around(text, m)
    ):
        return False
    # "scored 19 of his 31 points in the fourth quarter": a period of a game
    return not (
        m["unit"].lower() == "quarter"
        and not m["year"]
        and _GAME_AROUND.search(text, max(0, m.start() - 150), min(len(text), m.end() + 150))
    )


_OF_A_YEAR = re.compile(r"\byear\b", re.IGNORECASE)
_SPORTS = re.compile(
    r"\b(?:goals?|scored?|minute|half-time|halftime|kick-off|penalty|striker|keeper|referee|"
    r"match|innings|quarterback|touchdown|whistle|equali[sz]er)\b",
    re.IGNORECASE,
)


_GAME_AROUND = re.compile(
    r"\b(?:scored|\d+\s+rebounds|free\s+throws?|3-pointers?|three-pointers?|baskets?|touchdowns?|"
    r"quarterback|field\s+goals?|overtime|tip-off|buzzer|layups?|dunks?|playoffs?|"
    # Australian football's: "kicked five goals to one in the third quarter", "14.12 (96)"
    r"kicked\s+(?:\w+\s+){0,2}goals?|\d{1,2}\.\d{1,2}\s+\(\d{1,3}\)|high\s+bump|"
    r"(?:won|lost|beat|trailed|led)\s+(?:\w+\s+){0,3}\d{1,3}-\d{1,3})\b",
    re.IGNORECASE,
)


def _sports_around(text: str, m: re.Match[str]) -> bool:
    return bool(_SPORTS.search(text, max(0, m.start() - 150), min(len(text), m.end() + 150)))


# "councillor Bill Noon said": a surname
_NOON_AS_NAME = re.compile(r"(?-i:Noon|Midnight)\b")
_CAPITALISED_AFTER = re.compile(r"[ \t]+(?!(?:on|at|in|and|to|by|until|till)\b)[A-Z][a-z]")


_TITLE_GOES_ON = re.compile(r"\s+(?i:in|on|at|of)\s+(?i:the\s+)?[A-Z]")
_AWARD_UNITS = frozenset({"the year", "the month", "the week", "the season", "the decade"})
_AWARD_BEFORE = re.compile(
    r"\b(?:man|woman|sportsman|sportswoman|sportsperson|personality|player|team|athlete|coach|"
    r"manager|person|car|book|album|song|record|word|rookie|employee|teacher|driver|goal|try|"
    r"game|comeback|signing|performance|entertainer|artist|horse|newcomer|businessman|"
    r"businesswoman|company|citizen|volunteer)s?\s+of\s+$",
    re.IGNORECASE,
)
# "ran 2:04:38": a race time, hours, minutes and seconds run, not a clock reading
_RACE_TIME = re.compile(r"\d:[0-5]\d:[0-5]\d")
_RACE_TIME_BEFORE = re.compile(
    r"\b(?:ran|run|runs|clocked|timed|time\s+of|record\s+of|best\s+of|finished\s+in|won\s+in|"
    r"winning\s+time|in)\s+$",
    re.IGNORECASE,
)


# a gap or a result: "0:14 behind", "Ortiz, 1:52 behind. 3. Dorne, 3:09." (but "0014 GMT"),
# and a game clock: "a touchdown with 4:12 left", "trailed 58-48 with 8:15 to play"
_GAP_AFTER = re.compile(
    r"\s+(?:behind|back|adrift|clear|down\s+on|left|remaining|to\s+play|to\s+go)\b"
    # a game clock: "scored at 17:50 and 19:22 of the third period", "4:12 into overtime"
    r"|(?:\s*(?:,|and)\s*\d{1,2}:\d\d)*\s+(?:of|into)\s+(?:the\s+)?(?:first|second|third|fourth|"
    r"final|last|opening|extra)?\s*(?:period|quarter|half|overtime|OT)\b",
    re.IGNORECASE,
)
_RESULT_PLACE = re.compile(r"(?:^|[.;:]\s)[1-9]\.\s+[A-Z]", re.MULTILINE)
_BARE_CLOCK = re.compile(r"\d{1,2}:\d\d")


def _timing(m: re.Match[str], text: str) -> bool:
    """Whether a clock-like "1:32" is a time run or a gap: part of "38:04:12" or "1:32.441", a
    bare "0:14", "1:52 behind", or a time in a results line ("2. Ortiz, 1:52. 3. Dorne, 3:09")."""
    start, end = m.start(), m.end()
    if re.match(r"[.:]\d", text[end : end + 2]) or re.search(
        r"\d:$", text[max(0, start - 2) : start]
    ):
        return True
    if not _BARE_CLOCK.fullmatch(m.group(0)):
        return False
    if m.group(0).startswith("0:") or _GAP_AFTER.match(text, end):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return len(_RESULT_PLACE.findall(line)) >= 2 and text[start - 2 : start] == ", "


def _clock_ok(m: re.Match[str], text: str) -> bool:
    if _timing(m, text):
        return False
    if _DOCKET_AFTER.match(text, m.end()):
        return False  # a federal case number, "No. 4:11-CV-1927": no hour
    if (
        m.group(0).isdigit()
        and (
            (
                text[max(0, m.start() - 1) : m.start()] in {"", "\n"}
                and _ENTRY_DASH.match(text, m.end())
            )
            or _LOG_HOUR_BEFORE.search(text, max(0, m.start() - 9), m.start())
        )
        and not _LOG_TEXT.search(text)
    ):
        return False  # "1990 - The company is founded": a year, where no log writes such clocks
    if (
        _RACE_TIME.fullmatch(m.group(0))
        and (
            _RACE_TIME_BEFORE.search(text, max(0, m.start() - 16), m.start())
            # a results list, "1 Daniel Kiprotich (Ken) 2:08:44; 2 ...": a race time unless an hour
            # of the day is said ("at 2:08:44")
            or not re.search(r"\b(?:at|by|until|from)\s+$", text[max(0, m.start() - 8) : m.start()])
        )
    ):
        return False
    if (
        m.group(0).isalpha()
        and m.group(0).isupper()
        and _CAPITALS_AROUND.search(
            text[max(0, m.start() - 12) : m.end() + 12].replace(m.group(0), " ")
        )
    ):
        return False  # "MIDDAY TRAINS": a heading in capitals
    if _NOON_AS_NAME.match(text, m.start()) and _FIRST_NAME_BEFORE.search(
        text, max(0, m.start() - 24), m.start()
    ):
        return False
    if (
        _NOON_AS_NAME.match(text, m.start())
        and _CAPITALISED_AFTER.match(text, m.end())
        and not title_case_line(text, m.start())
    ):
        return False  # "our Midnight Porter", "Midnight Mass", "Midnight Harbor": a name
    if re.search(r"\bThe\s+$", text[max(0, m.start() - 5) : m.start()]) and re.match(
        r"\s+to\s+[A-Z]", text[m.end() : m.end() + 6]
    ):
        return False  # "The 4:15 to Marlow": a train, or a film named for one
    return not re.search(r"high\s+$", text[max(0, m.start() - 6) : m.start()], re.IGNORECASE)


def _overnight_ok(m: re.Match[str], text: str) -> bool:
    """ "will not be solved overnight": at once, in the idiom, no night; nor television's
    "overnight figures": the first count of viewers."""
    if _RATINGS_AFTER.match(text, m.end()):
        return False
    return not _NOT_BEFORE.search(text, max(0, m.start() - 30), m.start())


_RATINGS_AFTER = re.compile(
    r"\s+(?:figures|ratings|audiences?|viewing\s+figures|numbers|data)\b", re.IGNORECASE
)


_DOCKET_AFTER = re.compile(r"-(?:cv|cr|mj|bk|md)-", re.IGNORECASE)
_NOT_BEFORE = re.compile(r"(?:\bnot|n't|\bnever)\s+(?:[a-z]+\s+){0,3}$", re.IGNORECASE)


_YEAR_NUMBER_AFTER = re.compile(r"\s+(?:1[6-9]|20)\d\d\b")


def _title_ok(m: re.Match[str], text: str) -> bool:
    """ "This Week" in quotes or mid-sentence is a programme's name, not a week; "sportsman of
    the year" an award's."""
    if m.group(0).lower() in _AWARD_UNITS and _AWARD_BEFORE.search(
        text, max(0, m.start() - 30), m.start()
    ):
        return False
    if m.group(0).lower().endswith("year") and _YEAR_NUMBER_AFTER.match(text, m.end()):
        return False  # "the Year 2000 problem": the year named by its number, no year in progress
    words = m.group(0).split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return True
    if _TITLE_GOES_ON.match(text, m.end()):
        return False  # "The Week in the House", "THE WEEK IN THE HOUSE": a programme's name
    before = text[max(0, m.start() - 3) : m.start()].rstrip(" \t")  # (a line's start counts)
    # "House Vote Could Come Next Week": a headline capitalises every word
    return not before or before[-1] in ".!?\n" or title_case_line(text, m.start())


def _season_ok(m: re.Match[str], text: str) -> bool:
    if m["year"] or m["spelled"] or m["ystart"]:
        return True
    if text.startswith("-", m.end()) and text[m.end() + 1 : m.end() + 2].isalpha():
        return False  # "a summer-long ban": part of a compound adjective
    rel = (m["rel"] or "").lower()
    if rel == "the" and re.match(r"\s+of\b", text[m.end() :]):
        return False
    if (
        rel in {"", "the"}
        and m["season"].lower() == "fall"
        and re.match(r"\s+(?:in|of)\b", text[m.end() :])
        # (but "pupils spent the fall in portable classrooms": a time spent is the season)
        and not (rel == "the" and _SPENT_BEFORE.search(text, max(0, m.start() - 12), m.start()))
    ):
        return False  # "the fall in bond yields": a drop (not "last fall in Ohio")
    if m["edge"] and rel in {"", "the"} and _NOUN_AFTER.match(text, m.end()):
        return False  # "from 29 March, the start of the summer schedule": a timetable's name
    if rel not in {"", "the"} or m["edge"]:
        return True  # "last summer", "early spring"
    if _NOUN_AFTER.match(text, m.end()):
        return False  # "the summer regatta programme": a season naming a kind of thing
    # A bare season is a date after a preposition ("in summer"), not as a modifier ("usual
    # summer mark") or a verb ("prices fall").
    before = _TEMPORAL_PREPOSITION.search(text, max(0, m.start() - 12), m.start())
    if m["season"].lower() == "fall":
        # "unlikely to fall", "headed for a fall", "welcomed the fall": the verb and the noun;
        # the season has a preposition of time before it ("in the fall")
        if before is not None and before.group().split()[0] in {"to", "for"}:
            # "moves the cliff to the fall", but not "contributed to the fall in prices"
            return rel == "the" and not _FALL_OF_SOMETHING.match(text, m.end())
        return before is not None or (
            rel == "the"
            and _SPENT_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None
        )
    return (
        rel == "the"
        or bool(before)
        # "through spring and summer": the second shares the first's preposition
        or bool(_SEASON_AND_BEFORE.search(text, max(0, m.start() - 24), m.start()))
        # "after a warm summer", "during a wet spring"
        or bool(_SEASON_OF_A_KIND_BEFORE.search(text, max(0, m.start() - 30), m.start()))
        # "Spring has finally reached the valley": a sentence's subject
        or bool(
            m.group(0)[0].isupper()
            and _SENTENCE_START.search(text, max(0, m.start() - 3), m.start())
            and _SEASON_VERB_AFTER.match(text, m.end())
        )
    )


_SPENT_BEFORE = re.compile(r"\b(?:spent|spend|spends|spending)\s+$", re.IGNORECASE)
_FALL_OF_SOMETHING = re.compile(r"\s+(?:of|in|from|to|by|on|since)\b", re.IGNORECASE)
_SEASON_AND_BEFORE = re.compile(
    r"\b(?:in|during|over|through|throughout|until|by|before|after)\s+(?:the\s+)?"
    r"(?:spring|summer|autumn|fall|winter)\s+(?:and|or|into|to)\s+$",
    re.IGNORECASE,
)
_COMPARED = (
    r"(?:drier|wetter|warmer|colder|milder|hotter|cooler|sunnier|windier)\s+than\s+"
    r"(?:average|usual|normal)"
)
_WEATHER = (
    r"warm|hot|cold|wet|dry|mild|long|short|late|early|harsh|hard|bad|poor|good|sunny|rainy|snowy|"
    r"frozen|freezing|cool|stormy|windy|record|drought"
)
# "after a warm summer", "We need a wet autumn", "the mild December and the windy autumn"
_SEASON_OF_A_KIND_BEFORE = re.compile(
    r"(?:\b(?:after|during|in|through|over|since|before|following|need|needs|needed|want|wants|"
    r"wanted)\s+an?\s+|\bthe\s+(?=(?:wet|dry|mild|warm|hot|cold|windy|stormy|sunny|rainy|snowy)\b)"
    # "It's been a long winter for vendors", "follows a dry autumn", "face a drier than average
    # winter", a headline's "Dry, warm winter ahead"
    rf"|\b(?:an?\s+|^|\n)(?=(?:{_WEATHER}|{_COMPARED})\b))"
    rf"(?:(?:{_WEATHER}|{_COMPARED})[\s,]+(?:and\s+)?){{0,2}}$",
    re.IGNORECASE,
)
_SEASON_VERB_AFTER = re.compile(  # (not "Summer will be joined by ...": a woman's name)
    r"\s+(?:(?:has|is|was)\s+(?:finally\s+|at\s+last\s+|well\s+and\s+truly\s+)?"
    r"(?:sprung|arrived|here|come|over|gone|reached|ended|begun|coming|late)|arrives|arrived|"
    r"came|comes|began|begins|starts|started|ends|ended)\b"
)


# a dateline's place in capitals: "MONDAY FALLS (AP) —", "PORT AUGUST, Ossland (AP) —"
_DATELINE_PLACE = re.compile(
    r"(?-i:(?:[A-Z]{2,}[ \t]+)?(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|JANUARY|"
    r"FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)"
    r"(?:[ \t]+[A-Z]{2,})?(?:,[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)?"
    r"[ \t]+\((?:AP|Reuters|AFP)\))"
)


def _in_dateline_place(m: re.Match[str], text: str) -> bool:
    if not m.group(0).isupper():
        return False
    line_start = text.rfind("\n", 0, m.start()) + 1
    found = _DATELINE_PLACE.match(text, line_start)
    return bool(found and found.start() <= m.start() and m.end() <= found.end())


def _weekday_ok(m: re.Match[str], text: str) -> bool:
    if _is_surname(m, text) or _TITLE_AFTER.match(text, m.end()):
        return False
    if _in_dateline_place(m, text):
        return False
    if m["wd"].lower() == "sunday" and _SCHOOL_AFTER.match(text, m.end()):
        return False  # "taught Sunday school", "her Sunday best": a kind of thing
    if _SERVICE_AFTER.match(text, m.end()) and _ARTICLE_BEFORE.search(
        text, max(0, m.start() - 24), m.start()
    ):
        return False  # "the Sunday service will be withdrawn", "its Sunday movie": a kind
    if _HOURS_AFTER.match(text, m.end()) and _KIND_BEFORE.search(
        text, max(0, m.start() - 24), m.start()
    ):
        return False  # "restores the Saturday hours the library lost": opening hours
    if _TIMETABLES_AFTER.match(text, m.end()):
        return False  # "no transport on Christmas Day and Sunday timetables on other days"
    if re.search(r"-old\s+$", text[max(0, m.start() - 8) : m.start()]):
        return False  # "the five-year-old Tuesday's Child": a horse, "the 23-year-old Sunday"
    if (
        not (m["pod"] or m["rel"] or m["edge"] or m["pod1"])
        and not _DATE_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
        and _a_surname_here(text, m["wd"])
    ):
        return False  # "Aled Sunday kept the jersey ... Sunday last off ... Sunday's team"
    if (
        not m["pod"]
        and _PERSON_AFTER.match(text, m.end())
        and _named_before(text, m["wd"], m.start())
    ):
        return False  # "Sen. Harold Tuesday of Millport ... Tuesday said during the debate"
    return (
        m["pod"] is not None
        or not _CAPITAL_AFTER.match(text, m.end())
        or title_case_line(text, m.start())
        # "at stumps on Friday Solvia were 231 for nine": a new subject after the date
        or (
            _DAY_PREPOSITION_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None
            and _SUBJECT_VERB_AFTER.match(text, m.end()) is not None
        )
    )


_DATE_WORD_BEFORE = re.compile(
    r"\b(?:on|by|since|until|till|from|through|to|before|after|last|next|this|every|each|early|"
    r"late|between|of|for|until|since)\s+$",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=16)  # the weekdays of the document at hand; holds no old texts
def _a_surname_here(text: str, word: str) -> bool:
    """Whether the text uses the weekday ``word`` as someone's name: after a first name and, in
    a quotation's attribution, as the one speaking ('"...," Sunday said')."""
    name = re.escape(word)
    speaker = re.compile(
        rf"(?:[,\"\u201d]|[.!?])\s+{name}\s+(?:said|says|told|added|admitted|explained)\b"
    )
    if not speaker.search(text):
        return False
    first = re.compile(rf"(?:^|[.!?\n]\s*)[A-Z][a-z]+\s+{name}\s+[a-z]+", re.MULTILINE)
    return any(
        not _NOT_A_FIRST_NAME.fullmatch(hit.group().split()[0].strip(".!?"))
        for hit in first.finditer(text)
    )


_NOT_A_FIRST_NAME = re.compile(
    r"On|By|Since|Until|Till|From|Through|Before|After|Last|Next|This|That|Every|Each|Early|Late|"
    r"Good|Black|Easter|Palm|Holy|Super|Police|Officials|Authorities|The|A|An|And|But|On|Since"
)


_DAY_PREPOSITION_BEFORE = re.compile(r"\b(?:on|by|until|since|before|after)\s+$", re.IGNORECASE)
_SUBJECT_VERB_AFTER = re.compile(
    r"\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:was|were|is|are|had|has|have|will|would|said|[a-z]+ed|"
    # an irregular past: "On Tuesday Harcastle Energy became the fourth supplier"
    r"became|began|took|made|won|lost|fell|rose|gave|went|came|led|left|sold|bought|paid|ran|"
    r"struck|told|saw|sent|kept|held|met|spent|brought|wrote|grew|drew|broke|stood|says)\b"
)
# "the Sunday service", "a Sunday boat": a kind of service, after an article
_SERVICE_AFTER = re.compile(
    r"\s+(?:service|services|boat|boats|sailing|sailings|ferry|ferries|gap|timetables?|bus|buses|"
    r"schedules?|"
    r"train|trains|edition|editions|opening|openings|shift|shifts|movie|movies|film|films|"
    r"show|shows|(?:panel|chat|talk|quiz)\s+shows?|programme|programmes|slot|slots|matinees?|"
    r"(?:(?:farmers|growers|craft|food|flea)['\u2019]?\s+)?markets?|roasts?|lunch|brunch|"
    r"papers?|league|club|events?|displays?|sittings?)\b",
    re.IGNORECASE,
)
# "Sunday timetables", "Saturday shoppers will gain a new stop": a kind of thing or of people
_TIMETABLES_AFTER = re.compile(
    r"\s+(?:timetables|shoppers|passengers|commuters|travellers|travelers|churchgoers)\b",
    re.IGNORECASE,
)
_HOURS_AFTER = re.compile(
    r"\s+hours\b(?!\s+(?:after|before|later|earlier|ago|of|into|since|when|later)\b)"
)
_KIND_BEFORE = re.compile(
    r"(?:\b(?:the|its|their|our|for|extra|extended|longer|new|reduced)|['\u2019]s)\s+$",
    re.IGNORECASE,
)
_ARTICLE_BEFORE = re.compile(
    # (or a kind it is coordinated with: "cancellations on evening and Sunday services")
    r"\b(?:the|a|no|any|its|their|our|his|her|(?:evening|weekday|night|late-night)\s+and|"
    r"(?:the|a|its|their)\s+first)\s+$",
    re.IGNORECASE,
)
# "taught Sunday school", "her Sunday best": a kind of thing
_SCHOOL_AFTER = re.compile(
    r"\s+(?:school|schools|best|roast|lunch\s+club|trading\s+(?:laws?|rules|hours))\b",
    re.IGNORECASE,
)
# "THE SUNDAY EVENING NEWS", "the Saturday Night Show": the name of a programme or paper
_TITLE_AFTER = re.compile(
    r"[ \t]+(?=[A-Z])(?i:News|Show|Programme|Program|Edition|Times|Post|Telegraph|Herald|"
    r"Magazine|Live|Report|Briefing|Review|Roundup|Update|Journal|Chronicle|Ledger|Tribune|"
    r"Courier|Gazette|Express|Special|Forum)\b"
)
# "Mr. Friday said", "Gordon Friday, an analyst at", "Dale Sunday, 51,": a weekday as a surname
_HONORIFIC_BEFORE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Miss|Sen|Rep|Gov|Prof)\.?\s+$"
    # "Capt. Dana Tuesday ordered": a title and a first name
    r"|\b(?:Capt|Lt|Sgt|Det|Insp|Supt|Col|Gen|Cmdr|Officer|Chief|Judge|Mayor|Councillor|"
    r"Dr|Sen|Rep|Gov|Prof|Representative|Senator|Governor|Commissioner|Sheriff|"
    r"Deputy|Professor|Chairman|Chairwoman|Treasurer|Secretary|Justice|Councilman|Councilwoman|"
    r"Alderman|member|spokesman|spokeswoman|lawyer|coach|manager)\.?\s+[A-Z][a-z]+\s+$"
)
_FIRST_NAME_BEFORE = re.compile(
    r"(?<!\bin\s)(?<!\bat\s)(?<!\bto\s)(?<!\bof\s)(?<!\bfrom\s)\b"
    r"(?!(?:On|By|Since|Until|Till|From|Through|Before|After|Last|Next|This|That|Every|Each|"
    r"Early|Late|Good|Black|Super|Ash|Holy|Palm|Easter|Cyber|Maundy|Shrove|Bloody|Giving|"
    r"Following|Previous|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Police|"
    r"Officials|Authorities|Prosecutors|Investigators|Officers|Witnesses|Rescuers|Analysts)\b)"
    r"[A-Z][a-z]+[ \t]+$"  # (on the same line: not a headline's last word above a date line)
)
# after a name: an apposition (", 51,", ", an analyst at") or a verb of saying
_PERSON_AFTER = re.compile(
    r",\s+(?:\d{1,3}(?:,|\.(?!\d))|an?\s+[A-Za-z]+\s+(?:at|of|for|with|from)\b|who\b|"
    r"(?:said|says|told)\b)|"
    r"\s+(?:also\s+)?(?:said|says|told|added|wrote|declined|argued|insisted)\b"
)


def _is_surname(m: re.Match[str], text: str) -> bool:
    if m["rel"] or m["edge"] or m["pod1"]:
        return False
    lo = max(0, m.start() - 24)
    if _HONORIFIC_BEFORE.search(text, lo, m.start()):
        return True
    return bool(
        _FIRST_NAME_BEFORE.search(text, lo, m.start())
        and _PERSON_AFTER.match(text, m.end())
        and not title_case_line(text, m.start())
    )


_LONG_WORD = re.compile(r"[A-Za-z][\w'-]{3,}")
_HEADLINE_CHARS = 160


def title_case_line(text: str, at: int) -> bool:
    """Whether ``at`` lies in a short line in Title Case without a full stop ("Judge Halts
    Expansion Until October Hearing"), where a capital after a month or weekday names nothing."""
    start = text.rfind("\n", max(0, at - _HEADLINE_CHARS), at) + 1
    if start == 0 and at > _HEADLINE_CHARS:
        return False
    end = text.find("\n", at, at + _HEADLINE_CHARS)
    if end < 0:
        end = len(text) if len(text) - at <= _HEADLINE_CHARS else -1
    if end < 0:
        return False
    if text[start:end].rstrip().endswith((".", "!", "?", '"', "'")):
        return False  # a sentence, not a headline
    words = _LONG_WORD.findall(text, start, end)
    capitals = sum(w[0].isupper() for w in words)
    return len(words) >= 4 and capitals >= 0.8 * len(words)


_CRICKET_FORMAT = re.compile(
    r"(?<=-day)\s+(?:international|internationals|series|match|matches|game|games|format|side|"
    r"squad|cup|cricket|team|leg)\b",
    re.IGNORECASE,
)
_ROUND_THE_CLOCK = re.compile(
    r"(?<=-hour)\s+(?:[a-z]+\s+)?(?:line|hotline|helpline|service|news|coverage|access|desk|"
    r"pharmacy|shop|store|diner|gym|channel|security|surveillance|support|room|centre|center|"
    r"operations?|watch|patrol|guard|clinic|emergency)\b",
    re.IGNORECASE,
)


_DAY_OF_SOMETHING = re.compile(
    r"\s+of\s+(?:(?:national|public)\s+)?(?:mourning|prayer|action|protest|rest|remembrance|"
    r"celebration|reflection|solidarity|fasting|thanksgiving)\b",
    re.IGNORECASE,
)
_INSIDE_A_SENTENCE = re.compile(r"[a-z,]\s+$")
_OPEN_QUOTES = frozenset("\"\u201c'\u2018")
_QUOTE_SHUT = re.compile(r"[,.]?[\"\u201d'\u2019]")
_NAME_GOES_ON = re.compile(r"[ \t-]+(?:of[ \t]+)?(?:the[ \t]+)?[A-Z][a-z]")


_AGE_GROUP_BEFORE = re.compile(
    r"\b(?:infants|babies|toddlers|children|kids|boys|girls|pupils|patients|adults)\s+"
    r"(?:aged\s+)?(?:under|over|below|above|younger\s+than|older\s+than)\s+$|"
    r"\bdoses?\b[^.;]{0,30}\bat\s+(?:(?:one|two|three|four|five|six|\d+)(?:,\s*|\s+and\s+))*$",
    re.IGNORECASE,
)


_CAPITALISED_BEFORE = re.compile(r"(?<![.!?:\n]\s)(?<!^)\b[A-Z][a-z]+\s+$")


_TICKET_AFTER = re.compile(r"\s+(?:ticket|tickets|pass|passes|return|returns|card)\b")


def _duration_ok(m: re.Match[str], text: str) -> bool:
    num = " ".join(m["num"].lower().split())
    unit = m["unit"].lower()
    if m.start() > 0 and text[m.start() - 1] in ",.$":
        return False
    if unit == "hrs" and re.search(r"\b[0-2]\d[0-5]\d$", num):
        return False  # "1900 hrs", "between 0700 and 1900 hrs": clock times
    if (m["old"] or "").lower() == "-old" or re.match(
        r"[\s-]+(?:olds?\b|of\s+age\b)", text[m.end() :], re.IGNORECASE
    ):
        return False  # "aspirants below 40 years of age", "a race for 3-year-olds": an age
    if re.search(r"\d[-\u2013/]$", text[max(0, m.start() - 2) : m.start()]):
        return False  # "the 7-2 second choice": odds or a score, not a span of time
    mod = re.match(r"(?:under|over|below|above)\s+", m.group(0), re.IGNORECASE)
    if _AGE_GROUP_BEFORE.search(
        text, max(0, m.start() - 40), m.start() + (mod.end() if mod else 0)
    ):
        return False  # "Infants under six months", "further doses at four and six months": ages
    if unit.startswith("second") and not re.match(r"\d|[a-z]{3,}", num) and num not in {"a", "an"}:
        return False
    if unit == "second" and num in {"a", "an"}:
        return False
    if unit == "second" and (
        re.fullmatch(r"(?:19|20)\d\d", num) or re.match(r"-|\s+round\b", text[m.end() :])
    ):
        return False  # "a 2017 second-round pick", "three second-hand buses": an ordinal
    if num in {"a", "an", "one"} and unit.endswith("s") and not unit.endswith("ss"):
        return False  # "a decades-long feud": "a" goes with the noun, the unit is vague
    if num == "24" and _ROUND_THE_CLOCK.match(text, m.end()):
        return False  # "a 24-hour crisis line": open round the clock, no period of anything
    if num == "one" and unit == "day" and _CRICKET_FORMAT.match(text, m.end()):
        return False  # "the one-day series": a form of cricket, not a day's span
    if (
        (m["num"][:1].isupper() or m["num"][:1].isdigit())
        and m["unit"][:1].isupper()
        and (
            _NAME_GOES_ON.match(text, m.end())
            or (
                text[m.start() - 1 : m.start()] in _OPEN_QUOTES and _QUOTE_SHUT.match(text, m.end())
            )
            # "won its class at the Ardmore 24 Hours": a race named after its place
            or (
                m["num"][:1].isdigit()
                and _CAPITALISED_BEFORE.search(text, max(0, m.start() - 24), m.start()) is not None
            )
            # "featuring the Twelve Months ensemble": capitals inside a sentence
            or (
                m["num"][:1].isupper()
                and _INSIDE_A_SENTENCE.search(text, max(0, m.start() - 8), m.start()) is not None
            )
        )
        and not title_case_line(text, m.start())
    ):
        return False  # "the 11th Five-Year Plan", "The Twelve Months of Music", "60 Seconds"
    if num in {"a", "an"} and _TICKET_AFTER.match(text, m.end("unit")):
        return False  # "A day ticket stays at £4.20", "a week pass": a kind of ticket
    if num in {"a", "one"} and unit == "day" and _DAY_OF_SOMETHING.match(text, m.end()):
        return False  # "declared Wednesday a day of national mourning": a name for that day
    if re.match(r"[\s-]on[\s-]year\b", text[m.end() : m.end() + 9]):
        return False  # "on a year-on-year basis": a comparison, not a year's span
    if num == "24" and unit == "hours" and re.match(r"\s+a\s+day\b", text[m.end() :]):
        return False  # "on the air 24 hours a day": round the clock, like "24/7"
    vague = num in VAGUE_NUMBERS or num.startswith("a few")
    if unit.startswith("quarter") and not vague and re.match(r"\s+of\b", text[m.end() :]):
        return False  # "three-quarters of the vote", but "after several quarters of losses"
    return not (unit == "quarter" and num in {"a", "an", "one"} and not (m["det"] or m["rel"]))


def _deictic_ok(m: re.Match[str], text: str) -> bool:
    if text.startswith("'s", m.end()) and _GENERIC_AFTER.match(text, m.end() + 2):
        return False  # "today's youth": an attribute of the present, not a date
    if m.group(0)[0].islower() or title_case_line(text, m.start()):  # "Talks to Resume Tomorrow"
        return True
    # not "USA Today", "NBC's Today show": a paper's or a show's name
    return not re.search(r"[A-Z][\w']*[ \t]+$", text[max(0, m.start() - 12) : m.start()])


def _period_ok(m: re.Match[str], text: str) -> bool:
    which = m["which"].lower()
    if which[0].isdigit():
        return bool(m["noun"]) and m.group(0)[:3].lower() == "the"
    return bool(m["noun"]) if which in {"latest", "comparable", "corresponding", "same"} else True


def _ref_ok(m: re.Match[str], text: str) -> bool:
    words = m.group(0).lower()
    if words == "soon":  # "it will soon begin", not "soon after", "as soon as" or "soon became"
        if re.match(r"\s+(?:after|before|as|afterwards?|thereafter)\b", text[m.end() :]):
            return False
        if re.search(r"\bas\s+$", text[max(0, m.start() - 4) : m.start()], re.IGNORECASE):
            return False
        cue = direction(text, m.start(), m.end())
        return cue is not None and cue.direction is Direction.FUTURE
    if words == "current":
        return not re.match(
            r"\s+(?:account|accounts|affairs|events|assets|liabilities)\b", text[m.end() :]
        )
    if words == "the future":  # "the future of our peoples": a fate, not a time
        return not text.startswith(" of ", m.end())
    if words == "recently":  # "most recently at the Open in January": the latest of several
        if re.match(r"\s+as\b", text[m.end() :]) and re.search(
            r"\bas\s+$", text[max(0, m.start() - 4) : m.start()], re.I
        ):
            return False  # "As recently as July 26": a signal of the date after it
        return not re.search(r"\bmost\s+$", text[max(0, m.start() - 6) : m.start()], re.I)
    return True


def _early_year_ok(m: re.Match[str], text: str) -> bool:
    before = text[max(0, m.start() - 12) : m.start()]
    if (
        re.search(r"\b(?:at|before|after|until|by)\s$", before)
        and _HHMM.fullmatch(m.group(0))
        and int(m.group(0)) < 1600
        and _CLOCK_TEXT.search(text)
    ):
        return False  # "flights before 1400 were cancelled" in a text of 24-hour clocks
    return not _NOT_A_YEAR_AFTER.match(text, m.end())  # "in 1500 games" is a number


_POSSESSIVE_BEFORE = re.compile(
    r"\b(?:her|his|their|my|your|our|its)\s+(?:(?:early|mid|late)[\s-]+)?$", re.IGNORECASE
)


def _decade_ok(m: re.Match[str], text: str) -> bool:
    """ "well into her seventies", "in their seventies and eighties" are ages, not the 1970s."""
    if not m["word"]:
        return True
    lo = max(0, m.start() - 40)
    return not (
        _POSSESSIVE_BEFORE.search(text, max(0, m.start() - 14), m.start())
        or _AGES_LISTED_BEFORE.search(text, lo, m.start())
    )


_AGES_LISTED_BEFORE = re.compile(
    r"\b(?:her|his|their|my|your|our|its)\s+(?:(?:early|mid|late)[\s-]+)?[a-z]+ties\s+"
    r"(?:and|or|to)\s+(?:(?:early|mid|late)[\s-]+)?$",
    re.IGNORECASE,
)


# "Ruth Easter, told reporters", "Easter also said": a surname, not the holiday
_HOLIDAY_AS_NAME = re.compile(
    r"(?<![.!?]\s)\b(?!(?:Happy|Merry|Orthodox|Western|Eastern|Catholic|Last|Next|This|Since|Until|"
    r"Before|After|By|On|At|Over|Through|During|For|From|The|A|An|With|Without|Till|Like|Unlike|"
    r"Around|Near|And|But|Or|As|Once|When|If)\b)[A-Z][a-z]+[ \t]+$"  # (not across a line break)
)


# "the Easter rush", "Easter trading hours", "Christmas dinner": a thing of the holiday's
_THING_OF_THE_HOLIDAY = re.compile(
    r"[ \t]+(?:rush|trading|dinners?|lunch(?:es)?|eggs?|markets?|trees?|period|bonus|jumpers?|"
    r"shopping|card|cards|lights|decorations|parties|party|menus?|hampers?|pudding|cake|spirit|"
    r"single|album|display|bookings|travel|specials?|hours|tree|stockings?|presents|gifts)\b"
)


_MEAL_AFTER = re.compile(r"[ \t]+(?:dinner|lunch)\b")
_MEAL_OCCASION_BEFORE = re.compile(
    r"\b(?:their|his|her|our|my|to|at|after|before|over|during)\s+$", re.IGNORECASE
)
_LABEL_AFTER = re.compile(r"[ \t]*:")


def _holiday_ok(m: re.Match[str], text: str) -> bool:
    if m["rel"] or m["year"] or m["suffix"]:
        return True
    lo = max(0, m.start() - 20)
    thing = _THING_OF_THE_HOLIDAY.match(text, m.end())
    if (
        thing
        and _MEAL_AFTER.match(text, m.end())
        and (
            _MEAL_OCCASION_BEFORE.search(text, lo, m.start())
            or _LABEL_AFTER.match(text, thing.end())
        )
    ):
        thing = None  # "will eat their Thanksgiving dinner tomorrow": the holiday's own meal
    return not (
        thing
        or _HOLIDAY_AS_NAME.search(text, lo, m.start())
        or _HONORIFIC_BEFORE.search(text, lo, m.start())
        or _PERSON_AFTER.match(text, m.end())
    )


_COUNT_BEFORE = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several))\s+$",
    re.IGNORECASE,
)


# (the words between may be dates: "Minutes of July 31-Aug. 1 meeting")
_MINUTES_OF = re.compile(
    r"minutes\s+of\s+(?:the\s+|its\s+)?(?:[\w.,-]+\s+){0,4}?meetings?\b", re.IGNORECASE
)


def _vague_units_ok(m: re.Match[str], text: str) -> bool:
    """ "weeks ahead" in "plan two weeks ahead" is part of an amount the duration rule reads;
    "pupils in Years 9 to 11" are school years."""
    if re.match(r"(?-i:Years?)\s+\d{1,2}\b(?![,:]?\d)", text[m.start() : m.end() + 4]):
        return False
    if _MINUTES_OF.match(text, m.start()):
        return False  # "Minutes of meeting held 14/05/2013": a record, no stretch of time
    return m["pre"] is not None or not _COUNT_BEFORE.search(text, max(0, m.start() - 10), m.start())


def _span_year_ok(m: re.Match[str], text: str) -> bool:
    """ "Decree No. 2007/03", "Ref. 2009/1184": a reference number, no span of years."""
    before = text[max(0, m.start() - 12) : m.start()]
    return not re.search(r"(?:No\.?|#|\bRef\.?|\bNumber|\bcode|\bcase)\s*$", before, re.I)


def _month_day_ok(m: re.Match[str], text: str) -> bool:
    """Not a body named after a day: "the 17 July Brigade", "the 6 April Movement"."""
    return not _BODY_AFTER.match(text, m.end())


_CHECKS = {
    "month_day": _month_day_ok,
    "decade": _decade_ok,
    "holiday": _holiday_ok,
    "festival": _holiday_ok,
    "vague_units": _vague_units_ok,
    "early_year": _early_year_ok,
    "month": _month_ok,
    "year": _year_ok,
    "season": _season_ok,
    "weekday": _weekday_ok,
    "duration": _duration_ok,
    "deictic": _deictic_ok,
    "ref": _ref_ok,
    "overnight": _overnight_ok,
    "relative_unit": _title_ok,
    "clock": _clock_ok,
    "set": _set_ok,
    "quarter": _quarter_ok,
    "q_quarter": _q_quarter_ok,
    "period": _period_ok,
    "span_first_year": _span_year_ok,
}
