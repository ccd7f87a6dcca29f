"""Public holidays news mentions by name, and the resolver that dates them."""

from __future__ import annotations

import functools
import itertools
import re
from datetime import date, timedelta

from timeline_app.core.models import Certainty, TimexType
from timeline_app.core.tagger import timeml
from timeline_app.core.tagger.context import Context, Resolution
from timeline_app.core.tagger.cues import Direction
from timeline_app.core.tagger.helpers import nearest_year
from timeline_app.core.tagger.lexicon import PARTS_OF_DAY, WEEKDAYS

DATE = TimexType.DATE


def _easter(year: int) -> date:
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    j, k = c // 4, c % 4
    m = (a + 11 * h) // 319
    r = (2 * e + 2 * j - k - h + m + 32) % 7
    month = (h - m + r + 90) // 25
    return date(year, month, (h - m + r + month + 19) % 32)


# The first day of the Chinese lunar year (Lunar New Year), 1985-2030.
_LUNAR_NEW_YEAR = {
    year: date(year, month, day)
    for year, (month, day) in {
        1985: (2, 20),
        1986: (2, 9),
        1987: (1, 29),
        1988: (2, 17),
        1989: (2, 6),
        1990: (1, 27),
        1991: (2, 15),
        1992: (2, 4),
        1993: (1, 23),
        1994: (2, 10),
        1995: (1, 31),
        1996: (2, 19),
        1997: (2, 7),
        1998: (1, 28),
        1999: (2, 16),
        2000: (2, 5),
        2001: (1, 24),
        2002: (2, 12),
        2003: (2, 1),
        2004: (1, 22),
        2005: (2, 9),
        2006: (1, 29),
        2007: (2, 18),
        2008: (2, 7),
        2009: (1, 26),
        2010: (2, 14),
        2011: (2, 3),
        2012: (1, 23),
        2013: (2, 10),
        2014: (1, 31),
        2015: (2, 19),
        2016: (2, 8),
        2017: (1, 28),
        2018: (2, 16),
        2019: (2, 5),
        2020: (1, 25),
        2021: (2, 12),
        2022: (2, 1),
        2023: (1, 22),
        2024: (2, 10),
        2025: (1, 29),
        2026: (2, 17),
        2027: (2, 6),
        2028: (1, 26),
        2029: (2, 13),
        2030: (2, 3),
    }.items()
}
# The twelve signs in their order; 2008 was a Year of the Rat.
_SIGNS = (
    "rat",
    "ox",
    "tiger",
    "rabbit",
    "dragon",
    "snake",
    "horse",
    "goat",
    "monkey",
    "rooster",
    "dog",
    "pig",
)
_SIGN_NAMES = {"hare": "rabbit", "sheep": "goat", "ram": "goat", "boar": "pig"}


def zodiac_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "the Year of the Horse": the lunar year of that sign nearest the publication date,
    written as the calendar year it begins in."""
    animal = m["animal"].lower()
    index = _SIGNS.index(_SIGN_NAMES.get(animal, animal))
    year = min(
        (y for y in range(ctx.base.year - 6, ctx.base.year + 7) if (y - 2008) % 12 == index),
        key=lambda y: abs(y - ctx.base.year),
    )
    return Resolution(
        DATE,
        f"{year:04d}",
        Certainty.INFERRED,
        f"Year of the {m['animal']}",
        ctx.base_anchor(),
        uses_publication=True,
    )


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` (0 = Monday) of the month; ``n`` = -1 for the last one."""
    first = date(year, month, 1)
    if n > 0:
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = timeml.add_months(first, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


# days counted from Easter Sunday ("Palm Sunday": a week before it)
_FROM_EASTER = {
    "palm": -7,
    "ash": -46,
    "shrove": -47,
    "pancake": -47,  # Pancake Day, Shrove Tuesday
    "mothering": -21,  # the fourth Sunday of Lent
    "ascension": 39,
    "pentecost": 49,
    "whit": 49,
    "whitsun": 49,
    "whitsunday": 49,
}
# saints' days ("St Nicholas's Day") and other days fixed in the calendar
_SAINTS = {"patrick": (3, 17), "nicholas": (12, 6), "george": (4, 23), "andrew": (11, 30)}
_SAINTS |= {"david": (3, 1), "valentine": (2, 14), "stephen": (12, 26)}
_FIXED = {"epiphany": (1, 6), "burns": (1, 25), "orthodox": (1, 7)}  # Orthodox Christmas
_FIXED |= {"waitangi": (2, 6)}  # New Zealand's national day
# Japan's public holidays by their English names: fixed days, and Mondays (month, nth)
_JAPAN_FIXED = {"culture": (11, 3), "showa": (4, 29), "greenery": (5, 4), "thanksgiving": (11, 23)}
# Canada's civic holiday, by its provinces' names for it
_CIVIC_HOLIDAYS = {"b.c.", "bc", "british columbia", "simcoe", "natal", "new brunswick",
                   "saskatchewan", "terry fox"}  # fmt: skip
_JAPAN_MONDAYS = {"coming": (1, 2), "marine": (7, 3), "respect": (9, 3), "health": (10, 2)}
# the year each moved to its Monday, and its fixed day before: "Health and Sports Day" was
# October 10 until 1999
_JAPAN_BEFORE_MONDAYS = {"coming": (2000, 15), "marine": (2003, 20), "respect": (2003, 15),
                         "health": (2000, 10)}  # fmt: skip
_FIXED |= {"michaelmas": (9, 29), "candlemas": (2, 2), "lammas": (8, 1), "martinmas": (11, 11)}
_FIXED |= {"groundhog": (2, 2), "bloomsday": (6, 16)}  # (Bloomsday: Dublin's Ulysses day)
_FIXED |= {"fête": (6, 24), "fete": (6, 24)}  # Quebec's Fête nationale, Saint-Jean-Baptiste Day


# Independence Days other than the United States' (a text about one of these countries means its
# own), with the words that name each country
_INDEPENDENCE = {
    "Ghana": ((3, 6), ("Ghana", "Accra", "Kumasi")),
    "Nigeria": ((10, 1), ("Nigeria", "Lagos", "Abuja")),
    "India": ((8, 15), ("India", "Delhi", "Mumbai")),
    "Pakistan": ((8, 14), ("Pakistan", "Karachi", "Lahore", "Islamabad")),
    "Bangladesh": ((3, 26), ("Bangladesh", "Dhaka")),
    "Sri Lanka": ((2, 4), ("Sri Lanka", "Colombo")),
    "Philippines": ((6, 12), ("Philippine", "Filipino", "Manila")),
    "Indonesia": ((8, 17), ("Indonesia", "Jakarta")),
    "Mexico": ((9, 16), ("Mexico", "Mexican")),
    "Brazil": ((9, 7), ("Brazil", "Bras\u00edlia", "Brasilia", "S\u00e3o Paulo", "Rio de Janeiro")),
    "Ukraine": ((8, 24), ("Ukrain", "Kiev", "Kyiv")),
    "Jamaica": ((8, 6), ("Jamaica", "Kingston")),
    "Kenya": ((12, 12), ("Kenya", "Nairobi")),
    "Tanzania": ((12, 9), ("Tanzania", "Dar es Salaam")),
    "Uganda": ((10, 9), ("Uganda", "Kampala")),
    "Zimbabwe": ((4, 18), ("Zimbabwe", "Harare")),
    "Zambia": ((10, 24), ("Zambia", "Lusaka")),
    "Finland": ((12, 6), ("Finland", "Finnish", "Helsinki")),
}
_UNITED_STATES = ("United States", "America", "U.S.", "US ")
# Republic Days and National Days: a country's own, named by the text ("Turkey marks Republic
# Day", "China's National Day holiday"); there is no default country
_REPUBLIC = {
    # (and its markets and money: "the Sensex", "Rs 1,446", "38 crore")
    "India": ((1, 26), ("India", "Delhi", "Mumbai", "Sensex", "Rs ", "crore", "lakh", "\u20b9")),
    "Turkey": ((10, 29), ("Turkey", "Turkish", "Ankara", "Istanbul")),
    "Italy": ((6, 2), ("Italy", "Italian", "Rome")),
}
_CHINA = ("China", "Chinese", "Beijing", "Shanghai", "Hong Kong")
_NATIONAL = {
    "China": ((10, 1), _CHINA),
    "Taiwan": ((10, 10), ("Taiwan", "Taipei")),
    "Singapore": ((8, 9), ("Singapore",)),
    "Malaysia": ((8, 31), ("Malaysia", "Kuala Lumpur")),
    "Vietnam": ((9, 2), ("Vietnam", "Viet Nam", "Hanoi")),
    "United Arab Emirates": ((12, 2), ("UAE", "Emirati", "Abu Dhabi", "Dubai")),
    "Qatar": ((12, 18), ("Qatar", "Doha")),
    "Saudi Arabia": ((9, 23), ("Saudi", "Riyadh")),
    "Kuwait": ((2, 25), ("Kuwait",)),
    "Bahrain": ((12, 16), ("Bahrain", "Manama")),
    "Oman": ((11, 18), ("Oman", "Muscat")),
    "Switzerland": ((8, 1), ("Swiss", "Switzerland")),
    "Spain": ((10, 12), ("Spain", "Spanish", "Madrid")),
}
# Golden Week: Japan's, 29 April to 5 May; China's, the National Day week from 1 October
_GOLDEN_WEEK = {
    "Japan": ((4, 29), ("Japan", "Tokyo", "Osaka")),
    "China": ((10, 1), _CHINA),
}
_COUNTRY_DAYS = {
    "Independence": _INDEPENDENCE,
    "Republic": _REPUBLIC,
    "National": _NATIONAL,
    "Golden Week": _GOLDEN_WEEK,
}
_NAMED_WEEKS = ("holy week", "golden week")  # a week, Sunday or holiday to the sixth day on


@functools.lru_cache(maxsize=8)  # asked once per text, however many times it names the day
def independence_country(text: str) -> str | None:
    """The country whose Independence Day a text means, when it is about one other than the
    United States: named at least twice, and more often than the United States."""
    found = _most_named(_INDEPENDENCE, text)
    states = sum(text.count(word) for word in _UNITED_STATES)
    return found[0] if found and found[1] >= 2 and found[1] > states else None


@functools.lru_cache(maxsize=8)
def _country_for(day: str, text: str) -> str | None:
    """The country whose Republic Day or National Day a text means: the one it names most."""
    found = _most_named(_COUNTRY_DAYS[day], text)
    return found[0] if found else None


def _most_named(
    countries: dict[str, tuple[tuple[int, int], tuple[str, ...]]], text: str
) -> tuple[str, int] | None:
    """The country of ``countries`` the text names most often, and how often (none on a tie)."""
    counts = sorted(
        ((sum(text.count(word) for word in words), country)
         for country, (_, words) in countries.items()),
        reverse=True,
    )  # fmt: skip
    (most, country), (second, _) = counts[0], counts[1]
    return (country, most) if most > second else None


_ORDINAL_SUNDAY = re.compile(
    r"(first|second|third|fourth|fifth|sixth|seventh) sunday (?:of|in) (advent|lent|easter)"
)
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7}
# days of the Church's year counted from Easter Sunday
_CHURCH_FROM_EASTER = {
    "laetare sunday": -21,  # the fourth Sunday of Lent
    "passion sunday": -14,
    "holy week": -7,  # from Palm Sunday to Holy Saturday
    "holy thursday": -3,
    "holy saturday": -1,
    "resurrection sunday": 0,
    "low sunday": 7,
    "trinity sunday": 56,
    "corpus christi": 60,
}


def _advent_sunday(year: int) -> date:
    """The first Sunday of Advent: the fourth Sunday before Christmas."""
    christmas = date(year, 12, 25)
    return christmas - timedelta(days=christmas.weekday() + 1 + 21)


def _church_day(name: str, year: int) -> date | None:
    """ "the Third Sunday of Advent", "Gaudete Sunday", "the Second Sunday of Easter", "All
    Souls' Day": days of the Church's year, or None for another name."""
    if m := _ORDINAL_SUNDAY.fullmatch(name):
        n, season = _NTH[m[1]], m[2]
        if season == "advent":
            return _advent_sunday(year) + timedelta(weeks=n - 1) if n <= 4 else None
        if season == "lent":
            return _easter(year) - timedelta(weeks=7 - n) if n <= 6 else None
        return _easter(year) + timedelta(weeks=n - 1) if n >= 2 else None
    if name == "gaudete sunday":
        return _advent_sunday(year) + timedelta(weeks=2)
    if name in _CHURCH_FROM_EASTER:
        return _easter(year) + timedelta(days=_CHURCH_FROM_EASTER[name])
    if name.startswith("all saints"):
        return date(year, 11, 1)
    if name.startswith("all souls"):
        return date(year, 11, 2)
    return None


def holiday_date(name: str, suffix: str, year: int) -> date | None:
    kind, _, country = name.partition(" of ")  # "Independence of Ghana", "National of China"
    if kind in _COUNTRY_DAYS and country in _COUNTRY_DAYS[kind]:
        return date(year, *_COUNTRY_DAYS[kind][country][0])
    if suffix == "eve" and name.lower().split()[0] not in {"christmas", "new", "lunar", "chinese"}:
        # "Thanksgiving eve": the day before (Christmas and New Year's Eves are named days)
        day = holiday_date(name, "", year) or holiday_date(name, "day", year)
        return day - timedelta(days=1) if day else None
    words = name.lower().replace("\u2019", "'").split()
    if words[0] in {"labour", "labor"} and words[1:2] == ["thanksgiving"]:
        return date(year, *_JAPAN_FIXED["thanksgiving"])  # Japan's Labour Thanksgiving Day
    if words[0] in _JAPAN_FIXED and words[0] != "thanksgiving":
        return date(year, *_JAPAN_FIXED[words[0]])
    if " ".join(words) in _CIVIC_HOLIDAYS or words[:2] == ["civic", "holiday"]:
        return nth_weekday(year, 8, 0, 1)  # Canada's August civic holiday: the first Monday
    if words[0] in _JAPAN_MONDAYS:
        month, nth = _JAPAN_MONDAYS[words[0]]
        fixed_until, dom = _JAPAN_BEFORE_MONDAYS[words[0]]
        if year < fixed_until:  # a fixed day before the "Happy Monday" laws
            return date(year, month, dom)
        return nth_weekday(year, month, 0, nth)
    if (church := _church_day(" ".join(words), year)) is not None:
        return church
    name = words[0].removesuffix("'s").rstrip("'")
    if name == "stephen":  # Ireland's "Stephen's Day", St Stephen's
        words, name = ["st", *words], "st"
    if name in {"st.", "st", "saint"}:  # "St. Patrick's Day", "St Nicholas's Day"
        saint = words[1].removesuffix("'s").rstrip("'") if len(words) > 1 else ""
        month_day = _SAINTS.get(saint)
        return date(year, *month_day) if month_day and suffix == "day" else None
    if name in _FROM_EASTER:
        return _easter(year) + timedelta(days=_FROM_EASTER[name])
    if name in _FIXED:
        return date(year, *_FIXED[name])
    if name == "advent":  # Advent Sunday: the fourth Sunday before Christmas
        return _advent_sunday(year)
    if name in {"martin", "mlk"} and suffix == "day":  # Martin Luther King Jr. Day
        return nth_weekday(year, 1, 0, 3)  # the third Monday of January
    if name == "father":  # Father's Day: the third Sunday of June
        return nth_weekday(year, 6, 6, 3)
    if name == "mother":  # (American) Mother's Day: the second Sunday of May
        return nth_weekday(year, 5, 6, 2)
    if name == "family" and suffix == "day":  # Canada's Family Day: the third Monday of February
        return nth_weekday(year, 2, 0, 3)
    if name == "remembrance" and suffix == "sunday":  # Britain's: the second Sunday of November
        return nth_weekday(year, 11, 6, 2)
    if name == "juneteenth":
        return date(year, 6, 19)
    if name == "thanksgiving":
        return nth_weekday(year, 11, 3, 4)
    if name == "black":  # Black Friday, the day after (US) Thanksgiving
        return nth_weekday(year, 11, 3, 4) + timedelta(days=1)
    if name == "small":  # Small Business Saturday, the Saturday after it
        return nth_weekday(year, 11, 3, 4) + timedelta(days=2)
    if name == "cyber":  # Cyber Monday, the Monday after it
        return nth_weekday(year, 11, 3, 4) + timedelta(days=4)
    if name == "halloween":
        return date(year, 10, 31)
    if name in {"bonfire", "guy"}:  # Bonfire (Guy Fawkes) Night
        return date(year, 11, 5)
    if name == "hogmanay":
        return date(year, 12, 31)
    if name == "christmas":
        return date(year, 12, 24 if suffix == "eve" else 25)
    if name == "new":
        return date(year, 12, 31) if suffix == "eve" else date(year, 1, 1)
    if name in {"lunar", "chinese"} and suffix == "eve":  # the day before the lunar new year
        first = _LUNAR_NEW_YEAR.get(year)
        return first - timedelta(days=1) if first else None
    if name == "easter":
        return _easter(year) + timedelta(days=1 if suffix == "monday" else 0)
    if name == "good":  # Good Friday
        return _easter(year) - timedelta(days=2)
    if name in {"may", "early"}:  # the (early) May Day bank holiday: the first Monday of May
        return nth_weekday(year, 5, 0, 1)
    if name == "spring":  # the spring bank holiday: the last Monday of May
        return nth_weekday(year, 5, 0, -1)
    if name == "irish":  # Ireland's (and Scotland's) August bank holiday: the first Monday
        return nth_weekday(year, 8, 0, 1)
    if name in {"august", "summer"}:  # the (English) August bank holiday: the last Monday of August
        return nth_weekday(year, 8, 0, -1)
    if name == "june":  # the (Irish) June bank holiday: the first Monday of June
        return nth_weekday(year, 6, 0, 1)
    if name == "october":  # the (Irish) October bank holiday: the last Monday of October
        return nth_weekday(year, 10, 0, -1)
    if name == "maundy":  # the Thursday before Easter
        return _easter(year) - timedelta(days=3)
    if name == "super":  # Super Saturday, the last Saturday before Christmas
        christmas = date(year, 12, 25)
        return christmas - timedelta(days=(christmas.weekday() - 5 - 1) % 7 + 1)
    if name == "fourth":  # the Fourth of July
        return date(year, 7, 4)
    if name in {"lunar", "chinese"}:  # the first day of the lunar year, where we know it
        return _LUNAR_NEW_YEAR.get(year)
    if name == "election" and suffix == "day":
        return nth_weekday(year, 11, 0, 1) + timedelta(days=1)
    fixed = {
        "independence": (7, 4),
        "valentine": (2, 14),
        "valentine'": (2, 14),
        "boxing": (12, 26),
        "veterans": (11, 11),
        "remembrance": (11, 11),
        "armistice": (11, 11),
        "anzac": (4, 25),
        "australia": (1, 26),
        "canada": (7, 1),
        "bastille": (7, 14),
        # South Africa's and Kenya's national days
        "heritage": (9, 24),
        "freedom": (4, 27),
        "reconciliation": (12, 16),
        "youth": (6, 16),  # South Africa's Youth Day
        "madaraka": (6, 1),
        "jamhuri": (12, 12),
        "mashujaa": (10, 20),
        "world": (12, 1),  # World AIDS Day
    }
    if name in fixed and suffix == "day":
        return date(year, *fixed[name])
    if name in {"labor", "labour"} and suffix == "day":  # the US's and Canada's
        return nth_weekday(year, 9, 0, 1)
    if name == "nz" and suffix == "day":  # New Zealand's Labour Day: the fourth Monday of October
        return nth_weekday(year, 10, 0, 4)
    if name == "victoria" and suffix == "day":  # Canada's: the last Monday before May 25
        return date(year, 5, 24) - timedelta(days=date(year, 5, 24).weekday())
    if name == "queen" and suffix == "day":  # the Queen's Birthday: Australia's second Monday
        return nth_weekday(year, 6, 0, 2)  # of June (most states)
    if name == "cathanksgiving":
        return nth_weekday(year, 10, 0, 2)
    if name == "aufather":
        return nth_weekday(year, 9, 6, 1)
    if name == "nzqueen" and suffix == "day":  # New Zealand's: the first Monday of June
        return nth_weekday(year, 6, 0, 1)
    if name == "memorial" and suffix == "day":
        return nth_weekday(year, 5, 0, -1)
    if name == "columbus" and suffix == "day":
        return nth_weekday(year, 10, 0, 2)
    if name == "presidents" and suffix == "day":
        return nth_weekday(year, 2, 0, 3)
    return None


YEARS_BEFORE = re.compile(r"\b(last|this|next)\s+year[\u2019']s\s+$", re.IGNORECASE)


def _first_day(m: re.Match[str], day: date) -> date:
    """When a holiday, or its week, begins: "Easter week" is Holy Week, the week up to Easter
    (Monday to Saturday before it); any other holiday's week is the week it falls in."""
    if (m["suffix"] or "").lower() != "week":
        return day
    if m["name"].lower() == "easter":
        day -= timedelta(days=1)
    return day - timedelta(days=day.weekday())


# Canada's Thanksgiving falls on a Monday (the United States' on a Thursday)
_THANKSGIVING_MONDAY = re.compile(r"\bThanksgiving\s+Monday\b")


def _australian_labour_day(
    m: re.Match[str], ctx: Context, named: int | None, weekend: bool
) -> Resolution | None:
    """The Labour Day (first Monday of October, of March, of May, or the second of March, as the
    states keep it) nearest the publication date: "the Labour Day long weekend", in September,
    is October's."""
    if m["eve"] or m["wd"] or m["hpod"]:
        return None
    years = [named] if named is not None else [ctx.base.year - 1, ctx.base.year, ctx.base.year + 1]
    days = [
        nth_weekday(year, month, 0, n)
        for year in years
        for month, n in ((10, 1), (3, 1), (3, 2), (5, 1))
    ]
    day = min(days, key=lambda d: abs((d - ctx.base).days))
    value = timeml.week_value(_weekend_saturday(day)) + "-WE" if weekend else day.isoformat()
    return Resolution(
        DATE,
        value,
        Certainty.INFERRED,
        "Australian Labour Day, the states' one nearest the paper's day",
        ctx.base_anchor(),
        uses_publication=True,
    )


def holiday(m: re.Match[str], ctx: Context) -> Resolution | None:
    suffix = " ".join((m["suffix"] or "").lower().split())
    if (beside := _weekday_beside(m, ctx)) is not None:
        return beside
    weekend = suffix in {
        "weekend",
        "day weekend",
        "bank holiday weekend",
        "long weekend",
        "day long weekend",
        "holiday weekend",  # "the Fourth of July holiday weekend"
        "day holiday weekend",
    }
    if weekend:
        suffix = "day"  # "the Labor Day weekend", "the Easter weekend": the weekend by the day
    named = int(m["year"]) if m["year"] else None  # "Christmas 2024"
    # "Easter last year", "last year's Black Friday": the holiday of the year before
    before = YEARS_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start())
    shift = m["trel"] or m["tseason"] or (before[1] if before else None)
    if named is None and shift:
        named = ctx.base.year + {"last": -1, "this": 0, "next": 1}[shift.lower()]
    name = m["name"]
    if (
        name.lower().startswith("mother")
        and ctx.writes_day_first
        # (Australia's and New Zealand's Mother's Day is in May, as the United States')
        and not _antipodean(ctx.text)
    ):
        name = "Mothering Sunday"  # a British "Mother's Day" is Mothering Sunday, in Lent
    if name != m["name"]:
        suffix = ""
    if name.lower() == "august" and _irish(ctx.text):
        name = "Irish August"
    if name.lower().startswith(("labour", "queen")) and "thanksgiving" not in name.lower():
        suffix = "day"  # "Labour Weekend", "the Queen's Birthday": the holiday's own Monday
        labour = name.lower().startswith("labour")
        if _names(_AUSTRALIA, ctx.text):
            if labour:
                # Australia's Labour Days differ state by state: the one nearest the paper's day
                return _australian_labour_day(m, ctx, named, weekend)
        elif _names(_NEW_ZEALAND, ctx.text) or (labour and ctx.southern):
            # New Zealand's (a southern Labour Day not Australia's is too; Canada's Labour Day
            # is the United States' Labor Day, and a Queen's Birthday named nowhere Australia's)
            name = "NZ" if labour else "NZqueen"
    first_word = name.lower().split()[0] if name.split() else ""
    if first_word == "thanksgiving" and (
        _names(_CANADA, ctx.text) >= 2
        or _names(_THANKSGIVING_MONDAY, ctx.text)
        or (_names(_CANADA, ctx.text) and _between_the_thanksgivings(m, ctx, named))
        or _the_week_before_canadas(ctx, named)
    ):
        name = "CAthanksgiving"  # Canada's: the second Monday of October
    elif (
        first_word == "independence"
        and suffix == "day"
        and (country := independence_country(ctx.text))
    ):
        name = f"Independence of {country}"  # "Ghana's Independence Day": 6 March
    elif first_word in {"republic", "national"}:
        if suffix != "day" or not (country := _country_for(name, ctx.text)):
            return None  # (a country the text does not name: its day is not known)
        name = f"{name} of {country}"  # "Turkey's Republic Day": 29 October
    elif first_word == "golden":
        if not (country := _country_for("Golden Week", ctx.text)):
            return None
        name = f"Golden Week of {country}"
    elif first_word.startswith("father") and (_antipodean(ctx.text) or ctx.southern):
        # Australia's and New Zealand's (a southern text's, "on the first weekend of spring",
        # too): the first Sunday of September
        name = "AUfather"
    day = holiday_date(name, suffix, named or ctx.base.year)
    if day is None:
        return None
    if named is None:
        day, why = _holiday_year(m, ctx, name, suffix, day)
    if m["eve"]:
        day -= timedelta(days=1)
    if m["wd"]:  # "the Saturday before Christmas"
        target = WEEKDAYS[m["wd"].lower()]
        if m["side"].lower() == "before":
            day -= timedelta(days=(day.weekday() - target - 1) % 7 + 1)
        else:
            day += timedelta(days=(target - day.weekday() - 1) % 7 + 1)
    if name.lower().startswith(_NAMED_WEEKS):
        # the week's days, and as its value the smallest unit that holds them: Holy Week 2014
        # ("2014-04"), Japan's Golden Week ("2014": April into May)
        this_one = holiday_date(name, suffix, ctx.base.year)
        if named is None and this_one and this_one <= ctx.base <= this_one + timedelta(days=6):
            day, why = this_one, "the one under way"  # "Palm Sunday, which opens Holy Week"
        last = day + timedelta(days=6)
        value = f"{day:%Y-%m}" if day.month == last.month else str(day.year)
        if named is not None:
            return Resolution(DATE, value, rule="holiday week of a named year", days=(day, last))
        return Resolution(
            DATE, value, Certainty.INFERRED, f"holiday week, {why}", ctx.base_anchor(),
            uses_publication=True, days=(day, last),
        )  # fmt: skip
    if weekend:
        value = timeml.week_value(_weekend_saturday(day)) + "-WE"
    elif suffix == "week":
        value = timeml.week_value(_first_day(m, day))
    else:
        value = day.isoformat()
    kind = DATE
    if m["hpod"] and not weekend and suffix != "week":  # "Thanksgiving night"
        value, kind = f"{value}T{PARTS_OF_DAY[m['hpod'].lower()]}", TimexType.TIME
    if named is not None:
        return Resolution(kind, value, rule="holiday of a named year")
    return Resolution(
        kind,
        value,
        Certainty.INFERRED,
        f"holiday, {why}",
        ctx.base_anchor(),
        uses_publication=True,
    )


def _weekday_beside(m: re.Match[str], ctx: Context) -> Resolution | None:
    """A holiday set beside the weekday just named ("will mark 50 years of independence on
    Friday, Independence Day"): that day, whatever the calendar's default for the name."""
    day = ctx.last_day
    if (
        day is None
        or (m["suffix"] or "day").lower() != "day"  # (not "Friday, the Easter weekend")
        # (nor a name that is no holiday without its "Day": "on Saturday, Labor held the seat")
        or (not m["suffix"] and m["name"].lower().rstrip("'") in _NEEDS_ITS_DAY)
        or ctx.last_value != day.isoformat()
        or ctx.last_value_text.lower() not in WEEKDAYS
        or not _APPOSED_BEFORE.fullmatch(ctx.text, max(0, ctx.last_value_end), m.start())
    ):
        return None
    return Resolution(
        DATE,
        day.isoformat(),
        Certainty.ANCHORED,
        "holiday, the weekday beside it",
        f"previous date {day} ('{ctx.last_value_text}')",
    )


_NEEDS_ITS_DAY = frozenset({"labor", "labour", "memorial", "independence", "election", "veterans"})
_APPOSED_BEFORE = re.compile(r"[ \t]*,[ \t]*(?:the[ \t]+)?")
_NEW_ZEALAND = re.compile(
    r"\b(?:New\s+Zealand|Auckland|Wellington|Christchurch|Dunedin|M[āa]ori|NZ|kiwis?|iwi|"
    r"marae|Waitangi|Aotearoa|Labour\s+Weekend|(?:co|org|govt)\.nz)\b"  # (its own name; web)
)


def _the_week_before_canadas(ctx: Context, named: int | None) -> bool:
    """Whether the paper is dated in the week up to Canada's Thanksgiving ("what's on in
    Ravensport this Thanksgiving weekend", the Friday before): its Thanksgiving is that one, not
    the United States' seven weeks on."""
    if named is not None or ctx.publication is None:
        return False
    canada = holiday_date("CAthanksgiving", "day", ctx.publication.year)
    return canada is not None and canada - timedelta(days=7) <= ctx.publication <= canada


def _between_the_thanksgivings(m: re.Match[str], ctx: Context, named: int | None) -> bool:
    """Whether a Thanksgiving told in the past comes in a paper dated after Canada's and before
    the United States' ("handled 11 ships over the Thanksgiving weekend", in mid-October): it can
    only be Canada's."""
    if named is not None or ctx.publication is None:
        return False
    canada = holiday_date("CAthanksgiving", "day", ctx.publication.year)
    states = holiday_date("thanksgiving", "day", ctx.publication.year)
    if canada is None or states is None or not canada < ctx.publication < states:
        return False
    cue = ctx.direction(m.start(), m.end())
    return cue is not None and cue.direction is Direction.PAST


_CANADA = re.compile(
    r"\b(?:Canada|Canadians?|Ontario|Quebec|Alberta|Manitoba|Saskatchewan|Nova\s+Scotia|"
    r"New\s+Brunswick|British\s+Columbia|Toronto|Montreal|Ottawa|Winnipeg|Calgary|"
    r"Edmonton|Vancouver|Halifax|Regina|Saskatoon|Kelowna)\b|\bB\.C\.(?!\w)"
    # a dateline's province: "PEMBURY, Ont. —"
    r"|,\s(?:Ont|Alta|Sask|Que|Nfld)\.|,\s(?:N\.S|N\.B|P\.E\.I)\."
)
_AUSTRALIA = re.compile(
    r"\b(?:Australian?|A\$|NSW|New\s+South\s+Wales|Victoria(?!\s+Day)|VICTORIA(?!\s+DAY)|"
    r"Queensland|Tasmania|Sydney|Labor\s+(?:MPs?|candidate|government|Party)|"
    r"Melbourne|Brisbane|Perth|Adelaide|Canberra|Hobart|Darwin)\b|\bA\$"
)
# what only Ireland has: its June and October bank holidays, its parliament and parties
_IRISH_ONLY = re.compile(
    r"\b(?:June|October)\s+bank\s+holiday|\b(?:Oireachtas|Seanad|Fianna\s+F[áa]il|Fine\s+Gael|"
    r"Sinn\s+F[ée]in|Gaeltacht|[ÉE]ireann)\b"
)
_IRISH_WORDS = re.compile(
    r"\b(?:Ireland|Irish|Dublin|Cork|Galway|Limerick|Kerry|Donegal|Gardaí|Garda|Taoiseach|"
    r"Dáil|RTÉ)\b"
)


@functools.lru_cache(maxsize=32)  # (asked for every holiday in a text: counted once per text)
def _names(place: re.Pattern[str], text: str) -> int:
    """How many times ``text`` names the place (up to two: enough for every question)."""
    return len(list(itertools.islice(place.finditer(text), 2)))


def _antipodean(text: str) -> bool:
    """Whether the text names Australia or New Zealand."""
    return bool(_names(_AUSTRALIA, text) or _names(_NEW_ZEALAND, text))


@functools.lru_cache(maxsize=8)
def _irish(text: str) -> bool:
    """Whether the text is Irish: two mentions of Ireland, its places or institutions."""
    return len(_IRISH_WORDS.findall(text, 0, 20000)) >= 2 or bool(_IRISH_ONLY.search(text))


def _holiday_year(
    m: re.Match[str], ctx: Context, name: str, suffix: str, day: date
) -> tuple[date, str]:
    """The holiday ``day`` of the publication year moved to last or next year where the words
    or the clause's tense say so."""
    base = ctx.base
    rel = (m["rel"] or "").lower()
    named = ctx.last_day
    if (
        not rel
        and named is not None
        and named.year != base.year
        and ctx.in_sentence_of_last_value(m.start())
        and holiday_date(name, suffix, named.year) == named
    ):
        # "His last performance was on Dec. 31, 1998, a New Year's Eve show": that day
        return named, f"the day just named, {named.isoformat()}"
    if rel == "last":
        if _first_day(m, day) > base:
            day = holiday_date(name, suffix, base.year - 1) or day
        return day, rel
    if rel == "next":
        if day < base:
            day = holiday_date(name, suffix, base.year + 1) or day
        return day, rel
    # "on New Year's Eve", said on Dec. 30: the one tomorrow, unless the tense says otherwise

    def begins(year: int) -> date | None:
        on = holiday_date(name, suffix, year)
        return _first_day(m, on) if on else None

    found, why = nearest_year(ctx, m.start(), m.end(), begins, from_the_sentence=True)
    if found is not None:
        day = holiday_date(name, suffix, found.year) or day
    return day, why


def _weekend_saturday(day: date) -> date:
    """The Saturday of the weekend a holiday belongs to: the one just before a Monday, Tuesday
    or Sunday holiday (a Tuesday's Fourth of July makes a long weekend with the Monday), else
    the next one."""
    if day.weekday() in {0, 1}:
        return day - timedelta(days=2 + day.weekday())
    if day.weekday() == 6:
        return day - timedelta(days=1)
    return day + timedelta(days=(5 - day.weekday()) % 7)
