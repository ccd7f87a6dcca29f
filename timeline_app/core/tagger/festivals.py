"""Festivals of moving calendars ("Passover", "Eid al-Fitr", "the first day of Ramadan",
"Diwali", "the Mid-Autumn Festival").

Their dates move against the Gregorian calendar. The Hebrew calendar is pure arithmetic (the
molad of Tishri and the four postponement rules); the Islamic dates are those of the Umm
al-Qura calendar (``hijridate``), the one Saudi Arabia publishes, except that Singapore's and
Malaysia's names ("Hari Raya Haji") take the day Singapore keeps. Hindu, Sikh, Chinese and
Buddhist festivals are the days the ``holidays`` package lists for India, China and Singapore
(India's Hindu festivals only for the years its tables cover, 2001-2035). Communities that go
by a sighting of the new moon may keep a festival a day later, so these dates are inferred,
never exact.

A festival of one day gets that day's value. One that lasts a week or a month (Ramadan,
Passover, Hanukkah, Sukkot) is a stretch no TimeML value shape fits: its value is the smallest
calendar unit that holds it (the month, else the year), and its interval the festival's days.
"""

from __future__ import annotations

import re
import warnings
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from hijridate import Gregorian, Hijri

from timeline_app.core.models import Certainty, TimexType
from timeline_app.core.tagger.context import Context, Resolution
from timeline_app.core.tagger.helpers import nearest_year
from timeline_app.core.tagger.holidays import YEARS_BEFORE
from timeline_app.core.tagger.lexicon import PARTS_OF_DAY

_HEBREW_EPOCH = -1373427  # 1 Tishri AM 1 as a proleptic Gregorian ordinal (date.toordinal)


def _months_elapsed_days(hebrew_year: int) -> int:
    """Days from the epoch to the molad of Tishri of ``hebrew_year``, with the rule that moves
    Rosh Hashanah off a Sunday, Wednesday or Friday."""
    months = (235 * hebrew_year - 234) // 19
    parts = 12084 + 13753 * months
    day = 29 * months + parts // 25920
    return day + 1 if (3 * (day + 1)) % 7 < 3 else day


def _year_delay(hebrew_year: int) -> int:
    """The postponements that keep every year 353-355 or 383-385 days long."""
    before, this, after = (_months_elapsed_days(hebrew_year + k) for k in (-1, 0, 1))
    if after - this == 356:
        return 2
    return 1 if this - before == 382 else 0


def rosh_hashanah(hebrew_year: int) -> date:
    """1 Tishri, the first day of ``hebrew_year``."""
    days = _months_elapsed_days(hebrew_year) + _year_delay(hebrew_year)
    return date.fromordinal(_HEBREW_EPOCH + days)


class Festival(NamedTuple):
    first: date
    days: int


def _jewish(name: str, year: int) -> Festival | None:
    """A Jewish festival in Gregorian ``year`` (the diaspora's length where they differ)."""
    tishri = rosh_hashanah(year + 3761)  # the Hebrew year that begins this autumn
    passover = tishri - timedelta(days=163)  # 15 Nisan is always 163 days before 1 Tishri
    if name == "rosh":
        return Festival(tishri, 1)
    if name == "yom":
        return Festival(tishri + timedelta(days=9), 1)
    if name in {"sukkot", "succot"}:
        return Festival(tishri + timedelta(days=14), 7)
    if name in {"hanukkah", "hanukah", "chanukah", "chanukkah"}:
        long_heshvan = (rosh_hashanah(year + 3762) - tishri).days % 10 == 5  # 355 or 385 days
        return Festival(tishri + timedelta(days=30 + (30 if long_heshvan else 29) + 24), 8)
    if name in {"passover", "pesach"}:
        return Festival(passover, 8)
    if name == "purim":  # 14 Adar (Adar II in a leap year), a month before Passover
        return Festival(passover - timedelta(days=30), 1)
    if name == "shavuot":  # 6 Sivan
        return Festival(passover + timedelta(days=50), 1)
    return None


# name -> (Islamic month, day); Ramadan is the whole ninth month
_ISLAMIC = {
    "ramadan": (9, 1),
    "fitr": (10, 1),
    "adha": (12, 10),
    "ashura": (1, 10),
    "new year": (1, 1),
}


def _islamic_key(name: str) -> str:
    lowered = name.lower()
    if lowered.startswith(("ramadan", "ramadhan", "ramzan")):
        return "ramadan"
    if re.search(r"adha|azha|haji|korban|bakr", lowered):
        return "adha"
    if "ashura" in lowered:
        return "ashura"
    if "new year" in lowered:  # the Islamic (Hijri) New Year
        return "new year"
    return "fitr"  # Eid al-Fitr, Hari Raya Puasa, Lebaran


def _islamic(key: str, year: int, near: date | None = None) -> Festival | None:
    """The festival ``key`` that begins in Gregorian ``year``: the first, or (a year holds two
    about every 33 years: Eid al-Fitr on 8 January and 27 December 2000) the one nearest
    ``near``."""
    month, day = _ISLAMIC[key]
    found = []
    try:
        hijri_year = Gregorian(year, 1, 1).to_hijri().year
        for hy in (hijri_year, hijri_year + 1):
            first = Hijri(hy, month, day).to_gregorian()
            if first.year == year:
                start = date(first.year, first.month, first.day)
                if key != "ramadan":
                    found.append(Festival(start, 1))
                else:
                    end = Hijri(hy, 10, 1).to_gregorian()
                    found.append(Festival(start, (end - first).days))
    except (OverflowError, ValueError):  # outside the Umm al-Qura tables (1924-2077)
        return None
    if not found:
        return None
    if near is None:
        return found[0]
    return min(found, key=lambda festival: abs((festival.first - near).days))


class _Listed(NamedTuple):
    country: str  # ISO code of the country whose calendar the ``holidays`` package keeps
    holiday: str  # the holiday's English name there
    offset: int = 0  # days from that holiday to this festival's first day
    days: int = 1


_DIWALI = _Listed("IN", "Diwali")
_DUSSEHRA = _Listed("IN", "Dussehra")
_MID_AUTUMN = _Listed("CN", "Mid-Autumn Festival")
# a festival's first word (lowercased, hyphens as spaces) -> where its date is listed
_LISTED = {
    "diwali": _DIWALI,
    "divali": _DIWALI,
    "deepavali": _Listed("SG", "Diwali"),  # the name Singapore and Malaysia use, and their day
    "dhanteras": _Listed("IN", "Diwali", -2),
    "bhai": _Listed("IN", "Bhai Duj"),
    "bhaiya": _Listed("IN", "Bhai Duj"),
    "dussehra": _DUSSEHRA,
    "dasara": _DUSSEHRA,
    "vijayadashami": _DUSSEHRA,
    "navratri": _Listed("IN", "Dussehra", -9, 9),  # the nine nights before Dussehra
    "navaratri": _Listed("IN", "Dussehra", -9, 9),
    "holi": _Listed("IN", "Holi"),
    "vaisakhi": _Listed("IN", "Vaisakhi"),
    "baisakhi": _Listed("IN", "Vaisakhi"),
    "raksha": _Listed("IN", "Raksha Bandhan"),
    "ganesh": _Listed("IN", "Ganesh Chaturthi"),
    "janmashtami": _Listed("IN", "Janmashtami"),
    "onam": _Listed("IN", "Onam"),
    "pongal": _Listed("IN", "Pongal"),
    "guru": _Listed("IN", "Guru Nanak's Birthday"),
    "mid": _MID_AUTUMN,
    "moon": _MID_AUTUMN,
    "mooncake": _MID_AUTUMN,
    "dragon": _Listed("CN", "Dragon Boat Festival"),
    "chuseok": _Listed("KR", "Chuseok"),
    "spring": _Listed("CN", "Chinese New Year"),  # the Spring Festival
    "qingming": _Listed("CN", "Tomb-Sweeping Day"),
    "tomb": _Listed("CN", "Tomb-Sweeping Day"),
    "vesak": _Listed("SG", "Vesak Day"),
    "wesak": _Listed("SG", "Vesak Day"),
}
_SINGAPORE_EID = {"fitr": "Eid al-Fitr", "adha": "Eid al-Adha"}


@lru_cache(maxsize=64)
def _listed_days(country: str, year: int) -> dict[str, date]:
    """Each holiday ``country`` keeps in ``year``, by name, on its own day (not a day off in
    lieu): {"Diwali": date(2015, 11, 11), ...}."""
    import holidays  # here, not at the top: most texts name no such festival

    categories = ("public", "optional") if country == "IN" else ("public",)
    try:
        with warnings.catch_warnings():  # "available only from 2001 to 2035": then none
            warnings.simplefilter("ignore")
            listed = holidays.country_holidays(country, years=year, categories=categories)
            days = sorted(listed.items())
    except (NotImplementedError, KeyError, ValueError, OverflowError):
        return {}
    out: dict[str, date] = {}
    plain: set[str] = set()
    for day, names in days:
        for name in str(names).split("; "):
            if "observed" in name or "substituted" in name:
                continue
            base = re.split(r" \(| / ", name)[0]
            if base == name and base not in plain:  # "Diwali", not "Diwali (South India)"
                out[base] = day
                plain.add(base)
            else:
                out.setdefault(base, day)
    return out


def _listed(festival: _Listed, year: int) -> Festival | None:
    day = _listed_days(festival.country, year).get(festival.holiday)
    if day is None:
        return None
    return Festival(day + timedelta(days=festival.offset), festival.days)


def festival_dates(name: str, year: int, near: date | None = None) -> Festival | None:
    """The festival called ``name`` that begins in Gregorian ``year``, if we can date it (of
    two in one year, the one nearest ``near``)."""
    first = name.lower().replace("-", " ").split()[0]
    if first in _LISTED:
        return _listed(_LISTED[first], year)
    jewish = _jewish(first, year)
    if jewish is not None:
        return jewish
    key = _islamic_key(name)
    if first == "hari" and key in _SINGAPORE_EID:  # "Hari Raya Haji": Singapore's day
        kept = _listed(_Listed("SG", _SINGAPORE_EID[key]), year)
        if kept is not None:
            return kept
    return _islamic(key, year, near)


# words that tell which Eid a bare "Eid" is: the one after Ramadan, or the one of the Hajj
_WHICH_EID = re.compile(
    r"(?P<adha>Adha|Azha|Hajj|Haji|Korban|Qurbani|Bakr[ai]?[\s-]?Eid|Bakrid)|"
    r"(?P<fitr>Fitr|Ramadan|Ramadhan|Ramzan|Puasa|Aidilfitri|Lebaran)"
)


def _which_eid(text: str, at: int) -> str:
    """ "Eid al-Adha" when the nearest word before (else after) a bare "Eid" is of the Hajj."""
    before = list(_WHICH_EID.finditer(text, 0, at))
    hint = before[-1] if before else _WHICH_EID.search(text, at)
    return "Eid al-Adha" if hint is not None and hint["adha"] else "Eid al-Fitr"


_AT_HAND = 10  # days: an Eid this close to the paper is the one a bare "Eid" means


def _eid_at_hand(base: date) -> str | None:
    """The Eid within days of the paper, when only one of the two is ("Eid ul Fitr tomorrow
    ... the committee expects Eid ul Azha on October 27 ... three days of holidays for Eid")."""
    near = {
        name
        for name in ("Eid al-Fitr", "Eid al-Adha")
        for year in (base.year - 1, base.year, base.year + 1)
        if (found := festival_dates(name, year, base)) is not None
        and abs((found.first - base).days) <= _AT_HAND
    }
    return near.pop() if len(near) == 1 else None


def festival(m: re.Match[str], ctx: Context) -> Resolution | None:
    name = " ".join(m["name"].split())
    if name == "Eid":
        name = _eid_at_hand(ctx.base) or _which_eid(ctx.text, m.start())
    named = int(m["year"]) if m["year"] else None  # "Ramadan 2013"
    before = YEARS_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start())
    shift = (m["trel"] or (before[1] if before else "")).lower()
    if named is None and shift:
        named = ctx.base.year + {"last": -1, "this": 0, "next": 1}[shift]
    why = "festival of a named year"
    if named is not None:
        found = festival_dates(name, named)
    else:
        found, why = _festival_year(m, ctx, name)
    if found is None:
        return None
    first, days = found
    value, kind, span = _value(m, first, days)
    certainty = Certainty.INFERRED
    return Resolution(
        kind,
        value,
        certainty,
        f"festival {name}, {why}",
        "" if m["year"] else ctx.base_anchor(),
        uses_publication=m["year"] is None,
        days=span,
    )


def _festival_year(m: re.Match[str], ctx: Context, name: str) -> tuple[Festival | None, str]:
    base = ctx.base
    rel = (m["rel"] or "").lower()
    years = [festival_dates(name, y, base) for y in (base.year - 1, base.year, base.year + 1)]
    if rel == "last":  # the latest that began before the publication
        past = [f for f in years if f is not None and f.first < base]
        return (past[-1] if past else None), "last"
    if rel == "next":
        ahead = [f for f in years if f is not None and f.first > base]
        return (ahead[0] if ahead else None), "next"

    def begins(year: int) -> date | None:
        found = festival_dates(name, year, base)
        return found.first if found else None

    # a festival under way at publication ("during Ramadan", said on its tenth day) is that one
    for found in years:
        if found and found.first <= base < found.first + timedelta(days=found.days):
            return found, "under way at publication"
    day, why = nearest_year(ctx, m.start(), m.end(), begins)
    return (festival_dates(name, day.year, base) if day else None), why


def _value(m: re.Match[str], first: date, days: int) -> tuple[str, TimexType, tuple[date, date]]:
    """The value, type and days of the festival, or of its first or last day or night."""
    last = first + timedelta(days=days - 1)
    edge = (m["edge"] or "").lower()
    unit = (m["unit"] or "").lower()
    if m["eve"] or (m["suffix"] or "").lower() == "eve":
        day = first - timedelta(days=1)
        return day.isoformat(), TimexType.DATE, (day, day)
    if m["fpod"]:  # "Diwali night": that part of its (first) day
        code = PARTS_OF_DAY[m["fpod"].lower()]
        return f"{first.isoformat()}T{code}", TimexType.TIME, (first, first)
    if edge:
        day = first if edge == "first" else last
        if unit in {"night", "evening"}:  # a festival's night is the evening before its day
            day -= timedelta(days=1)
            code = "NI" if unit == "night" else "EV"
            return f"{day.isoformat()}T{code}", TimexType.TIME, (day, day)
        return day.isoformat(), TimexType.DATE, (day, day)
    if days == 1:
        return first.isoformat(), TimexType.DATE, (first, first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first:%Y-%m}", TimexType.DATE, (first, last)
    return f"{first.year:04d}", TimexType.DATE, (first, last)
