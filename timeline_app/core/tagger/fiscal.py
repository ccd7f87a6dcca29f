"""Fiscal years that are not calendar years: when a text says when its fiscal year starts or
ends, "fiscal 2026", "FY25" and "the first quarter of fiscal 2026" are written ``FY2026``,
``FY2025``, ``FY2026-Q1`` (a fiscal year is named by the calendar year it ends in) and drawn
over the months they really cover.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline_app.core.tagger.lexicon import MONTHS, WEEKDAYS
from timeline_app.core.tagger.patterns import MONTH

__all__ = ["fiscal_start", "fiscal_year_of", "follows_calendar", "southern_hemisphere"]

_ENDS = re.compile(  # (also "In FY2014, which ended on June 30")
    rf"\b(?:(?:fiscal|financial|budget|business)\s+(?:year|\d{{4}})|FY\s?'?\d{{2,4}})"
    rf"(?:,?\s+which)?\s+(?:that\s+)?"
    rf"(?:ends|ended|ending|closes|closed|runs\s+to|to|through|will\s+end)\s+(?:on\s+|in\s+)?"
    # (the day first too: "the financial year ending 30 June")
    rf"(?:(?P<dayfirst>\d{{1,2}})(?:st|nd|rd|th)?\s+)?(?P<month>{MONTH})(?:\s+(?P<day>\d{{1,2}}))?",
    re.IGNORECASE,
)
# "expects to end the financial year, on 31 March, with a deficit"
_ENDS_IT = re.compile(
    rf"\b(?:end|ends|ended|ending|close|closes|closed)\s+(?:the|its|their)\s+(?:fiscal|financial)\s+"
    rf"year,?\s+(?:on\s+)?(?P<day>\d{{1,2}})\s+(?P<month>{MONTH})",
    re.IGNORECASE,
)
# "net profit for the 12 months to 30 June": a company's results year
_RESULTS_YEAR_ENDED = re.compile(
    rf"\b(?:profit|revenue|earnings|loss|sales|income)\s+(?:\w+\s+){{0,2}}for\s+the\s+"
    rf"(?:12|twelve)\s+months\s+(?:to|ended|ending|through)\s+"
    rf"(?:(?P<day>\d{{1,2}})\s+(?P<month>{MONTH})|(?P<month2>{MONTH})\.?\s+(?P<day2>\d{{1,2}}))",
    re.IGNORECASE,
)
_BEGINS = re.compile(
    # (not "the second quarter of fiscal 2015, which runs from January": a quarter's start)
    rf"(?<!quarter\sof\s)(?<!half\sof\s)\b(?:fiscal|financial|budget)\s+(?:year|\d{{4}})(?:,?\s+which)?\s+(?:that\s+)?"
    rf"(?:begins|began|beginning|starts|started|starting|will\s+start|will\s+begin|"
    # "Renwick's fiscal year runs from Sept. 1", "fiscal 2016, which runs from April 2015"
    rf"runs\s+from|ran\s+from)\s+"
    rf"(?:on\s+|in\s+)?(?P<month>{MONTH})(?:\s+(?P<day>\d{{1,2}}))?",
    re.IGNORECASE,
)
_TURNS_NEAR = re.compile(
    r"\b(?:fiscal|financial|budget)\s+year,?\s+(?:that|which)\s+(?P<way>begins|starts|ends)\s+"
    r"(?:on\s+|at\s+midnight\s+)?(?P<when>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|today|tomorrow|tonight)\b",
    re.IGNORECASE,
)
_NEAR_DAYS = {"today": 0, "tonight": 0, "tomorrow": 1}
# "the fiscal second quarter, which ended Sept 30": the year started six months before
_QUARTER_ENDED = re.compile(
    rf"\bfiscal[\s-]+(?P<nth>first|second|third|fourth)[\s-]+quarter,?\s+(?:which\s+|that\s+)?"
    rf"(?:ended|ends|ending|closed)\s+(?:on\s+)?(?P<month>{MONTH})\.?(?:\s+(?P<day>\d{{1,2}}))?",
    re.IGNORECASE,
)
_CALENDAR_YEAR = re.compile(
    r"\b(?:fiscal|financial|business)\s+year\s+(?:follows|matches|is|runs\s+with)\s+the\s+"
    r"calendar\b",
    re.IGNORECASE,
)
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# Rupees, crores and lakhs: an Indian text, whose fiscal year runs from April to March.
_INDIAN = re.compile(r"₹|\bcrores?\b|\blakhs?\b|\bRs\.?\s?\d")
# A British text's "financial year" is the state's, April to March (pounds, the NHS, councils);
# an Australian or New Zealand one's runs from July.
_FINANCIAL_YEAR = re.compile(r"\b(?:financial|tax)\s+year\b", re.IGNORECASE)
_BRITISH = re.compile(
    r"£|\bNHS\b|\bHMRC\b|\bWhitehall\b|\bcouncil\s+tax\b|\bHansard\b|"
    r"\bHouse\s+of\s+(?:Commons|Lords)\b|\bSecretary\s+of\s+State\s+for\b|\bMinistry\s+of\s+Defence\b"
)
_AUSTRALIAN = re.compile(
    r"\bA\$|\bAustralian?\b|\bCentrelink\b|\bATO\b|\bNZ\$|\bNew\s+Zealand\b|\bKiwiRail\b|"
    r"\b(?:NSW|QLD|Qld|Vic|WA|SA|Tas|NT|ACT)\s+\d{4}\b|\bNSW\b|\bRFS\b|"  # "Millbrook NSW 2013"
    r"\b(?:Queen|King)['\u2019]s\s+Birthday\s+(?:holiday|weekend|long\s+weekend)\b|"
    # its stock exchange, time zones, states, tax office and pension funds
    r"\bASX\b|\bA[CEW][SD]T\b|\bQueensland\b|\bTasmania\b|\bNew\s+South\s+Wales\b|"
    r"\bTax\s+Office\b|\bsuperannuation\b|\bsuper\s+(?:fund|contributions?)\b"
)
# Words of texts from south of the equator, whose seasons run the other way round (counted with
# str.count, far faster on a long text than a regular expression's alternation)
_SOUTHERN_WORDS = (
    "Australia",
    "New Zealand",
    "South Africa",
    "Argentin",
    "Chile",
    "Sydney",
    "Melbourne",
    "Brisbane",
    "Adelaide",
    "Canberra",
    "Hobart",
    "Perth",
    "Queensland",
    "Tasmania",
    "Northern Territory",
    "Auckland",
    "Wellington",
    "Christchurch",
    "Johannesburg",
    "Cape Town",
    "Durban",
    "Buenos Aires",
    "Santiago",
    "Montevideo",
    "Kiwi",
    "Aussie",
    "Anzac",
    "Maori",
    "M\u0101ori",
    "Gallipoli",
    "Tax Office",  # Australia's, and its pension savings
    "super contribution",
    " Shire",  # a local council ("Tallowood Shire"), not Yorkshire
    " shire",
)
# signs no northern text gives: its currencies, agencies and holidays (each counts twice)
_SOUTHERN_ONLY = (
    "A$",
    "NZ$",
    "Centrelink",
    "KiwiRail",
    "NSW",  # New South Wales, its Rural Fire Service
    "Bureau of Meteorology",  # Australia's weather service
    "Energy Market Operator",  # Australia's electricity market
    "RFS",
    " Cr ",  # a councillor, "Cr Haddow" (a British one is "Cllr")
    "AEST",  # Australia's time zones
    "AEDT",
    "ASX",  # its stock exchange
    "superannuation",
    *(
        f"{who}{mark}s Birthday {what}"
        for who in ("Queen", "King")
        for mark in ("'", "\u2019")
        for what in ("holiday", "weekend", "long weekend")
    ),
)


def fiscal_start(text: str, publication: date | None = None) -> int:
    """The month a fiscal year starts in, as the text states it (1 when it does not say, or when
    its fiscal year is the calendar year)."""
    if publication is not None and (found := _TURNS_NEAR.search(text)):
        # "the fiscal year that begins Wednesday", "which ends at midnight tonight": a turn of the
        # year in the paper's own week
        word = found["when"].lower()
        day = publication + timedelta(
            days=(WEEKDAYS[word] - publication.weekday()) % 7
            if word in WEEKDAYS
            else _NEAR_DAYS[word]
        )
        begins = found["way"].lower().startswith(("begin", "start"))
        return day.month if begins else (day + timedelta(days=1)).month
    if found := _BEGINS.search(text):
        month = MONTHS[found["month"].lower().rstrip(".")]
        late = found["day"] is not None and int(found["day"]) >= 15  # "began September 28"
        return month % 12 + 1 if late else month
    if found := _ENDS.search(text):
        return _month_after(found["month"], found["day"] or found["dayfirst"])
    if found := _ENDS_IT.search(text):
        return _month_after(found["month"], found["day"])
    if found := _RESULTS_YEAR_ENDED.search(text):
        return _month_after(found["month"] or found["month2"], found["day"] or found["day2"])
    if found := _QUARTER_ENDED.search(text):
        month = MONTHS[found["month"].lower().rstrip(".")]
        if found["day"] is not None and int(found["day"]) < 15:  # "ended Oct. 2": 13 weeks
            month = (month - 2) % 12 + 1
        return (month - 3 * _NTH[found["nth"].lower()]) % 12 + 1
    if follows_calendar(text):  # "whose financial year follows the calendar"
        return 1
    if _INDIAN.search(text):
        return 4
    if _FINANCIAL_YEAR.search(text):
        if _AUSTRALIAN.search(text):
            return 7
        if _BRITISH.search(text):
            return 4
    return 1


def _month_after(month: str, day: str | None) -> int:
    """The month a fiscal year starts in, after one that ends in ``month`` (on ``day``): a year
    ending early in a month (a 52-week year, "ended Oct. 2") starts in that month."""
    number = MONTHS[month.lower().rstrip(".")]
    return number if day is not None and int(day) < 15 else number % 12 + 1


def follows_calendar(text: str) -> bool:
    """Whether the text says its fiscal year is the calendar year: its "FY2014" is 2014."""
    return _CALENDAR_YEAR.search(text) is not None


def fiscal_year_of(day: date, start: int) -> int:
    """The number of the fiscal year holding ``day`` (named by the calendar year it ends in)."""
    if start == 1:
        return day.year
    return day.year + 1 if day.month >= start else day.year


def southern_hemisphere(text: str) -> bool:
    """Whether the text is written south of the equator (Australia, New Zealand, South Africa,
    the Southern Cone), so that its winter is June to August. Counted, not just seen: one passing
    mention of Sydney in a London paper does not turn its seasons round, but one Queen's Birthday
    holiday or one A$ does."""
    hits = sum(text.count(word) for word in _SOUTHERN_WORDS)
    hits += 2 * sum(text.count(word) for word in _SOUTHERN_ONLY)
    return hits >= 2
