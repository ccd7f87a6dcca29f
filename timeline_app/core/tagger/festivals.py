"""Jewish and Islamic festivals ("Passover", "Eid al-Fitr", "the first day of Ramadan").

Their dates move against the Gregorian calendar. The Hebrew calendar is pure arithmetic (the
molad of Tishri and the four postponement rules); the Islamic dates are those of the Umm
al-Qura calendar (``hijridate``), the one Saudi Arabia publishes. Communities that go by a
sighting of the new moon may keep a festival a day later, so these dates are inferred, never
exact.

A festival of one day gets that day's value. One that lasts a week or a month (Ramadan,
Passover, Hanukkah, Sukkot) is a stretch no TimeML value shape fits: its value is the smallest
calendar unit that holds it (the month, else the year), and its interval the festival's days.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple

from hijridate import Gregorian, Hijri

from timeline_app.core.models import Certainty, TimexType
from timeline_app.core.tagger.context import Context, Resolution
from timeline_app.core.tagger.helpers import nearest_year
from timeline_app.core.tagger.holidays import YEARS_BEFORE

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


def _islamic(key: str, year: int) -> Festival | None:
    month, day = _ISLAMIC[key]
    try:
        hijri_year = Gregorian(year, 1, 1).to_hijri().year
        for hy in (hijri_year, hijri_year + 1):
            first = Hijri(hy, month, day).to_gregorian()
            if first.year == year:
                if key != "ramadan":
                    return Festival(date(first.year, first.month, first.day), 1)
                end = Hijri(hy, 10, 1).to_gregorian()
                return Festival(date(first.year, first.month, first.day), (end - first).days)
    except (OverflowError, ValueError):  # outside the Umm al-Qura tables (1924-2077)
        return None
    return None


def festival_dates(name: str, year: int) -> Festival | None:
    """The festival called ``name`` that begins in Gregorian ``year``, if we can date it."""
    first = name.lower().replace("-", " ").split()[0]
    jewish = _jewish(first, year)
    return jewish if jewish is not None else _islamic(_islamic_key(name), year)


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


def festival(m: re.Match[str], ctx: Context) -> Resolution | None:
    name = " ".join(m["name"].split())
    if name == "Eid":
        name = _which_eid(ctx.text, m.start())
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
        f"{name}, {why}",
        "" if m["year"] else ctx.base_anchor(),
        uses_publication=m["year"] is None,
        days=span,
    )


def _festival_year(m: re.Match[str], ctx: Context, name: str) -> tuple[Festival | None, str]:
    base = ctx.base
    rel = (m["rel"] or "").lower()
    years = [festival_dates(name, y) for y in (base.year - 1, base.year, base.year + 1)]
    if rel == "last":  # the latest that began before the publication
        past = [f for f in years if f is not None and f.first < base]
        return (past[-1] if past else None), "last"
    if rel == "next":
        ahead = [f for f in years if f is not None and f.first > base]
        return (ahead[0] if ahead else None), "next"

    def begins(year: int) -> date | None:
        found = festival_dates(name, year)
        return found.first if found else None

    # a festival under way at publication ("during Ramadan", said on its tenth day) is that one
    for found in years:
        if found and found.first <= base < found.first + timedelta(days=found.days):
            return found, "under way at publication"
    day, why = nearest_year(ctx, m.start(), m.end(), begins)
    return (festival_dates(name, day.year) if day else None), why


def _value(m: re.Match[str], first: date, days: int) -> tuple[str, TimexType, tuple[date, date]]:
    """The value, type and days of the festival, or of its first or last day or night."""
    last = first + timedelta(days=days - 1)
    edge = (m["edge"] or "").lower()
    unit = (m["unit"] or "").lower()
    if m["eve"] or (m["suffix"] or "").lower() == "eve":
        day = first - timedelta(days=1)
        return day.isoformat(), TimexType.DATE, (day, day)
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
