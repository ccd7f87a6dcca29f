"""Word lists and the regular-expression fragments built from them.

Everything here is data: names of months, weekdays, seasons, parts of day, number words and
time units, with the TimeML codes they map to. ``patterns`` assembles the fragments into rules.
"""

from __future__ import annotations

from collections.abc import Iterable

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip

SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "fall": "FA",
    "autumn": "FA",
    "winter": "WI",
}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "mid-afternoon": "AF", "midafternoon": "AF",
    "mid afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}  # fmt: skip

UNITS: dict[str, str] = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "weekend": "WE",
    "month": "M", "quarter": "Q", "year": "Y", "decade": "E", "century": "C", "centurie": "C",
    "millennium": "L", "millennia": "L",
}  # fmt: skip

SMALL_NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a hundred": 100, "one hundred": 100, "dozen": 12, "a dozen": 12,
    "a couple of": 2, "a couple": 2, "couple of": 2, "single": 1, "a single": 1, "another": 1,
}  # fmt: skip
# "twenty" .. "ninety": the words a unit can follow ("twenty-four").
TENS: dict[str, int] = {word: n for word, n in SMALL_NUMBERS.items() if 20 <= n < 100}

VAGUE_NUMBERS = frozenset({"a few", "few", "several", "many", "some", "a number of", "the"})

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21,
}  # fmt: skip

DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip

SETS: dict[str, str] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "XXXX-XX-XXTNI", "weekly": "P1W", "monthly": "P1M",
    "quarterly": "P3M", "yearly": "P1Y", "annually": "P1Y", "annual": "P1Y", "fortnightly": "P2W",
    "half-hourly": "PT30M",
}  # fmt: skip

# Vague references and the TimeML value each gets.
REFERENCES: dict[str, str] = {
    "now": "PRESENT_REF",
    "then current": "PAST_REF",  # "the then current market price"
    "then-current": "PAST_REF",
    "currently": "PRESENT_REF",
    "current": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "recently": "PAST_REF",
    "more recently": "PAST_REF",
    "lately": "PAST_REF",
    "formerly": "PAST_REF",
    "the past": "PAST_REF",
    "a generation ago": "PAST_REF",
    "the other day": "PAST_REF",
    "a while ago": "PAST_REF", "a little while ago": "PAST_REF", "a long while ago": "PAST_REF",
    "some time ago": "PAST_REF", "a long time ago": "PAST_REF",
    "any day now": "FUTURE_REF", "any time now": "FUTURE_REF", "any minute now": "FUTURE_REF",
}  # fmt: skip
# Anything else the "ref" rule matches ("the future", "the near term") is FUTURE_REF.


def alternation(words: Iterable[str], *, title: bool = False) -> str:
    """A regex alternation of ``words``, longest first; ``title`` adds Title and UPPER forms."""
    forms: set[str] = set()
    for word in words:
        escaped = word.replace(".", r"\.").replace(" ", r"\s+")
        if title:
            forms.update({escaped[:1].upper() + escaped[1:], escaped.upper()})
        else:
            forms.add(escaped)
    return "(?:" + "|".join(sorted(forms, key=len, reverse=True)) + ")"
