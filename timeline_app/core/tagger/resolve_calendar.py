"""Resolvers for expressions that name the calendar: dates, months, years, quarters, seasons."""

from __future__ import annotations

import contextlib
import re
from datetime import date, timedelta

from timeline_app.core.models import Certainty, TimexType
from timeline_app.core.tagger import dateparse, timeml
from timeline_app.core.tagger.context import Context, Resolution
from timeline_app.core.tagger.cues import Direction, sentence_bounds
from timeline_app.core.tagger.helpers import nearest_year, span_end_year, toward, year_for
from timeline_app.core.tagger.holidays import nth_weekday as nth
from timeline_app.core.tagger.lexicon import (
    DECADE_WORDS,
    MONTHS,
    ORDINALS,
    SEASONS,
    TENS,
    WEEKDAYS,
)
from timeline_app.core.tagger.patterns import MONTH, YEAR

DATE = TimexType.DATE
_EDGE_MODS = {
    "early": "START",
    "the early hours of": "START",
    "earlier": "START",
    "late": "END",
    "later": "END",
    "mid": "MID",
    "the end of": "END",
    "the first half of": "START",
    "the second half of": "END",
    "the latter half of": "END",
    "the beginning of": "START",
    "the start of": "START",
    "the middle of": "MID",
    "around": "APPROX",
    "at around": "APPROX",
    "c.": "APPROX",  # "c. 1840"
    "ca.": "APPROX",
    "circa": "APPROX",
}


def edge_mod(edge: str | None) -> str:
    if not edge:
        return ""
    return _EDGE_MODS.get(" ".join(edge.lower().strip(" -").split()), "")


def month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _ymd(day: date) -> str:
    return day.isoformat()


def numeric_date(m: re.Match[str], ctx: Context) -> Resolution | None:
    if m["nwd"]:  # "Mon 3/10": the reading whose day that weekday is, nearest the publication
        return _weekday_numeric(m, ctx)
    if m["mm"]:  # "BEST BEFORE END 06/2015": that month
        return Resolution(DATE, f"{m['yyyy']}-{m['mm']}", rule="numeric month and year")
    if m["isotime"]:  # "2022-07-14T09:30:00Z": the time as written (its zone is not kept)
        clock = re.match(r"T(\d\d:\d\d(?::\d\d)?)", m["isotime"])[1]  # type: ignore[index]
        return Resolution(TimexType.TIME, f"{m.group(0)[:10]}T{clock}", rule="ISO date and time")
    if wire := m["wire"] or m["wire2"]:  # "AP-NY-03-14-90 1702EST": month, day, year
        month, dom, year = (int(part) for part in wire.split("-"))
        try:
            stamped = date(two_digit_year(year, ctx.base.year), month, dom)
        except ValueError:
            return None
        return Resolution(DATE, stamped.isoformat(), rule="a wire's transmission stamp")
    slashed = _SLASHED.fullmatch(m.group(0))
    if slashed is not None:  # "8/16/2021", "10.02.2015"; "12/06/2015" in a text writing "14 May"
        first, second, year = int(slashed[1]), int(slashed[2]), int(slashed[3])
        if year < 100:
            year = two_digit_year(year, ctx.base.year)
        dotted = "." in m.group(0)  # "10.02.2015" is European: day first
        day_first = first > 12 or (second <= 12 and (dotted or ctx.writes_day_first))
        if not day_first and second <= 12 and _day_first_is_the_papers(ctx, year, first, second):
            day_first = True  # "Published 02/11/2014 15:20", on 2 November: the page's own day
        month, dom = (second, first) if day_first else (first, second)
        try:
            value = date(year, month, dom)
        except ValueError:
            return None
        order = "day first" if day_first else "month first"
        return Resolution(DATE, value.isoformat(), rule=f"numeric date, {order}")
    parsed = dateparse.parse(m.group(0), ctx.base)
    if parsed is None:
        return None
    return Resolution(DATE, _ymd(parsed[0]), rule="numeric date (dateparser)")


def two_digit_year(year: int, base: int) -> int:
    """The year "98" or "16" stands for: the one of that ending nearest the paper's ("3/16/98" in
    1998 or 2014 is 1998, "FY16" in 2014 is 2016)."""
    full = base // 100 * 100 + year
    return min((full - 100, full, full + 100), key=lambda y: abs(y - base))


def _day_first_is_the_papers(ctx: Context, year: int, first: int, second: int) -> bool:
    """Whether, read day first, a numeric date is the paper's day (or the day beside it) while,
    read month first, it lies months away."""
    if ctx.publication is None:
        return False
    try:
        as_day, as_month = date(year, second, first), date(year, first, second)
    except ValueError:
        return False
    near = abs((as_day - ctx.publication).days) <= 1
    return near and abs((as_month - ctx.publication).days) > 60


def _weekday_numeric(m: re.Match[str], ctx: Context) -> Resolution | None:
    weekday = _ABBREVIATED[m["nwd"][:3]]
    a, b = int(m["na"]), int(m["nb"])
    best: date | None = None
    for month, dom in ((a, b), (b, a)):
        for year in (ctx.base.year - 1, ctx.base.year, ctx.base.year + 1):
            with contextlib.suppress(ValueError):
                day = date(year, month, dom)
                near = best is None or abs((day - ctx.base).days) < abs((best - ctx.base).days)
                if day.weekday() == weekday and near:
                    best = day
    if best is None:
        return None
    return Resolution(
        DATE,
        best.isoformat(),
        Certainty.INFERRED,
        "weekday and numeric day and month, nearest year",
        ctx.base_anchor(),
        uses_publication=True,
    )


_SLASHED = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d\d)")


_ABBREVIATED = {"Mon": 0, "Tue": 1, "Wed": 2, "Thu": 3, "Fri": 4, "Sat": 5, "Sun": 6}


def month_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    if m["month"]:
        month_name, day = m["month"], m["day"]
    elif m["month2"]:
        month_name, day = m["month2"], m["day2"]
    else:  # "28-Feb-2012"
        month_name, day = m["month3"], m["day3"]
    month, dom = month_number(month_name), int(re.match(r"\d+", day)[0])  # type: ignore[index]
    if m["year"]:
        parsed = dateparse.parse(f"{month_name} {dom}, {m['year']}", ctx.base)
        if parsed is None:
            return None
        return Resolution(DATE, _ymd(parsed[0]), rule="month and day with year (dateparser)")
    if m["yrel"]:
        step = -1 if m["yrel"].lower() == "last" else 1
        year, why = ctx.base.year + step, f"{m['yrel'].lower()} year"
    elif (rel := " ".join((m["rel"] or "").lower().split())) in {"last", "the past", "next"}:
        # "the past 12 January", "last 5 October": the latest; "next Monday 3 March": the coming
        year = ctx.base.year
        if rel == "next" and (month, dom) <= (ctx.base.month, ctx.base.day):
            year += 1
        elif rel != "next" and (month, dom) >= (ctx.base.month, ctx.base.day):
            year -= 1
        why = f"{rel} such day"
    elif (ranged := _RANGE_YEAR_AFTER.match(ctx.text, m.end())) is not None:
        # "between June 1 and July 20, 1987": the year written once, at the range's end
        year, why = int(ranged["year"]), f"the year of the range's end, {ranged['year']}"
        end_month = ranged["m1"] or ranged["m2"]
        if end_month and month_number(end_month) < month:
            # "due June 15, Sept. 17 and Jan. 15, 1991": the year before the end's
            year, why = year - 1, f"the year before the range's end, {ranged['year']}"
    else:
        year, why = year_for(ctx, m.start(), m.end(), month, dom)
    if m["wd"] or m["wdab"]:
        weekday = WEEKDAYS[m["wd"].lower()] if m["wd"] else _ABBREVIATED[m["wdab"][:3]]
        if why.startswith("the same day named earlier") and not _falls_on(
            year, month, dom, weekday
        ):
            # "who died on March 9th, 2003. Anniversary Mass on Saturday, March 9th": its
            # weekday says this year's, not the day named before
            year, why = ctx.base.year, "nearest year with its weekday"
        year = _year_matching_weekday(year, month, dom, weekday, ctx.text[: m.start()])
    parsed = dateparse.parse(f"{month_name} {dom}", ctx.base)
    if parsed is None:
        return None
    try:
        value = parsed[0].replace(year=year)
    except ValueError:
        return None
    return Resolution(
        DATE,
        _ymd(value),
        Certainty.INFERRED,
        f"month and day, {why} (dateparser)",
        ctx.base_anchor(),
        uses_publication=True,
        keep_after_year=True,
    )


_DATA_AFTER = re.compile(  # (and a possessive: "Economists expect November's payrolls to show")
    r"(?:['\u2019]s)?\s+(?:retail\s+sales|jobs?\s+(?:report|data|figures)|payrolls|trade\s+(?:figures|data|deficit)|"
    r"(?:consumer|producer|wholesale)\s+prices?|housing\s+starts|industrial\s+output|"
    r"unemployment\s+(?:rate|figures|data)|inflation\s+(?:rate|figures|data))\b",
    re.IGNORECASE,
)
# "full figures for December will be published next month": figures of a month gone by
# (and "publishes consumer price inflation for September", not "prices for March delivery")
_DATA_BEFORE = re.compile(
    r"\b(?:figures|data|statistics|numbers|inflation|prices|(?:retail|car|home|vehicle)\s+sales|output|payrolls|unemployment|"
    r"exports|imports|GDP)\s+for\s+(?:the\s+month\s+of\s+)?$",
    re.IGNORECASE,
)
# "to fall to 2.2% from 2.5% in August", "higher than in August": the month compared with
_FIGURE_COMPARED_BEFORE = re.compile(
    r"\b(?:from|than|versus|vs\.?|against)\s+(?:[$\u00a3\u20ac]?\d[\d.,]*\s*(?:%|per\s*cent|"
    r"percent|points?|[mb]n|billion|million)?\s+)?in\s+$",
    re.IGNORECASE,
)
_DELIVERY_AFTER = re.compile(r"\s+(?:delivery|contracts?|futures|shipment|loading)\b", re.I)
_PERIOD_END_BEFORE = re.compile(
    r"\b(?:three|six|nine|twelve|\d+)\s+months\s+(?:to|ending|ended)\s+$", re.IGNORECASE
)
_RANGE_YEAR_AFTER = re.compile(
    rf"\s*(?:and|to|through|until|till|-|\u2013)\s+(?:(?P<m1>{MONTH})\s+)?\d{{1,2}}(?:st|nd|rd|th)?"
    rf"(?:\s+(?P<m2>{MONTH}))?,?\s+(?P<year>(?:1[6-9]|20)\d\d)\b",
    re.IGNORECASE,
)
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}


def nth_weekday(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "the last Saturday of February": that day of the month, in the year the tense points to."""
    weekday, n = WEEKDAYS[m["wd"].lower()], _NTH[m["nth"].lower()]
    if m["mrel"]:  # "the last Friday of this month", "the first Monday of next month"
        first = timeml.add_months(ctx.base.replace(day=1), 1 if m["mrel"].lower() == "next" else 0)
        return Resolution(
            DATE,
            nth(first.year, first.month, weekday, n).isoformat(),
            Certainty.INFERRED,
            f"{m['nth'].lower()} {m['wd'].lower()} of {m['mrel'].lower()} month",
            ctx.base_anchor(),
            uses_publication=True,
        )
    month = month_number(m["month"])
    if m["year"]:
        return Resolution(
            DATE, nth(int(m["year"]), month, weekday, n).isoformat(), rule="nth weekday"
        )
    found, why = nearest_year(ctx, m.start(), m.end(), lambda year: nth(year, month, weekday, n))
    if found is None:
        return None
    return Resolution(
        DATE,
        found.isoformat(),
        Certainty.INFERRED,
        f"{m['nth'].lower()} {m['wd'].lower()} of the month, {why}",
        ctx.base_anchor(),
        uses_publication=True,
        keep_after_year=True,
    )


def second_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "April 24 and 25": the same month and year as the day just before it."""
    month, dom = month_number(m["month"]), int(m["day"])
    first = ctx.last_day
    year = first.year if first is not None and first.month == month else ctx.base.year
    if m["year"]:
        year = int(m["year"])
    try:
        day = date(year, month, dom)
    except ValueError:
        return None
    return Resolution(
        DATE,
        day.isoformat(),
        Certainty.INFERRED if first is None and not m["year"] else Certainty.ANCHORED,
        "second day of a range",
        f"previous date {first}" if first is not None else ctx.base_anchor(),
        uses_publication=first is None,
    )


def span_first_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    return Resolution(DATE, m["year"], rule="first year of a span")


def span_second_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "2023-24": 2024, in the century of the year before it (1999-00 is 2000)."""
    first = int(ctx.text[m.start() - 5 : m.start() - 1])
    year = int(m["yy"]) if len(m["yy"]) == 4 else span_end_year(first, m["yy"])
    if not 0 < year - first <= (50 if len(m["yy"]) == 4 else 10):
        return None  # "2023-45", "2010-2006" are no spans of years
    return Resolution(DATE, f"{year:04d}", rule="second year of a span")


def this_time(m: re.Match[str], ctx: Context) -> Resolution | None:
    step = 1 if m["rel"].lower() == "next" else -1
    return Resolution(
        DATE,
        f"{ctx.base.year + step:04d}",
        Certainty.INFERRED,
        f"this time {m['rel'].lower()} year",
        ctx.base_anchor(),
        uses_publication=True,
    )


def this_date(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "On this date in 1944": the paper's month and day, in that year."""
    try:
        day = ctx.base.replace(year=int(m["year"]))
    except ValueError:
        return None  # 29 February in a year without one
    return Resolution(
        DATE,
        day.isoformat(),
        Certainty.INFERRED,
        "this date in a year",
        ctx.base_anchor(),
        uses_publication=True,
    )


def day_of_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "the 328th day of 2012": counted from 1 January of that year (of the paper's, for "the
    year")."""
    year = int(m["year"]) if m["year"] else ctx.base.year
    day = date(year, 1, 1) + timedelta(days=int(m["n"]) - 1)
    if day.year != year:
        return None
    return Resolution(
        DATE,
        day.isoformat(),
        Certainty.EXACT if m["year"] else Certainty.INFERRED,
        "day of the year",
        "stated in the text" if m["year"] else ctx.base_anchor(),
        uses_publication=not m["year"],
    )


def first_days(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "on 3, 5 and 7 March": a day of the month named after the list, in its year."""
    month, dom = month_number(m["month"]), int(m["day"])
    if m["year"]:
        year, why = int(m["year"]), f"the year written after its month, {m['year']}"
    else:
        year, why = year_for(ctx, m.start(), m.end(), month, dom)
    try:
        day = date(year, month, dom)
    except ValueError:
        return None
    return Resolution(
        DATE,
        day.isoformat(),
        Certainty.INFERRED,
        f"a day listed before its month, {why}",
        ctx.base_anchor(),
        uses_publication=True,
        keep_after_year=True,
    )


def _falls_on(year: int, month: int, dom: int, weekday: int) -> bool:
    try:
        return date(year, month, dom).weekday() == weekday
    except ValueError:
        return False


def _year_matching_weekday(year: int, month: int, dom: int, weekday: int, before: str) -> int:
    """The year near ``year`` in which the day falls on its weekday; else the latest year the text
    named before it that does ("The 1997 drop ... left at 6pm on Sunday 17 August")."""
    named = [int(y) for y in reversed(_YEAR_WORD.findall(before[-3000:]))]
    for candidate in (year, year - 1, year + 1, *named):
        try:
            if date(candidate, month, dom).weekday() == weekday:
                return candidate
        except ValueError:
            continue
    return year


_YEAR_WORD = re.compile(r"(?<![\w/.-])((?:1[89]|20)\d\d)(?![\w/-])")


def month_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    month = month_number(m["month"])
    if m["year"]:
        return Resolution(DATE, f"{m['year']}-{month:02d}", rule="month and year")
    shift = {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    return Resolution(
        DATE,
        f"{ctx.base.year + shift:04d}-{month:02d}",
        Certainty.INFERRED,
        f"month, {m['rel'].lower()} year",
        ctx.base_anchor(),
        uses_publication=True,
        keep_after_year=True,
    )


# A futures or options contract is named by the month it delivers or expires in: still to come.
_CONTRACT_AFTER = re.compile(  # (on the same line: not "since July\n\nCopper producers")
    r"[ \t]+(?:(?:(?![a-z]+ed\s)[a-z]+\s+)?(?:delivery|contracts?|futures|options|expiry)|"
    # a commodity's contract month: "December corn was unchanged", "November soybeans rose"
    r"(?:wheat|corn|soybeans?|soymeal|soyoil|cotton|sugar|coffee|cocoa|crude|gold|silver|"
    r"copper|oats|canola|rapeseed|cattle|hogs|lumber)\b(?!\s+(?:harvest|crop|planting)))",
    re.I,
)
_CONTRACT_BEFORE = re.compile(
    r"\b(?:sugar|cocoa|coffee|arabica|robusta|crude|oil|gold|silver|copper|platinum|wheat|corn|"
    r"soybeans?|soymeal|cotton|gasoline|natural\s+gas|cattle|hogs|lumber|oats|rice|orange\s+juice)"
    r"\s+for\s+$",
    re.IGNORECASE,
)


_RANGE_TO_MONTH_YEAR = re.compile(
    rf"\s*(?:and|to|until|till|through|-|\u2013)\s*(?P<month>{MONTH})\.?,?\s+(?P<year>{YEAR})"
)


_DAY_WITH_YEAR = re.compile(
    rf"\b(?:(?P<m1>{MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+"
    rf"(?P<m2>{MONTH})\.?),?\s+(?P<year>{YEAR})\b"
)


def _dated_in_the_sentence(ctx: Context, at: int, number: int) -> int | None:
    """The year of a day of month ``number`` written in full earlier in the sentence."""
    lo, _ = sentence_bounds(ctx.text, at, at)
    years = [
        int(found["year"])
        for found in _DAY_WITH_YEAR.finditer(ctx.text, lo, at)
        if month_number(found["m1"] or found["m2"]) == number
    ]
    return years[-1] if years else None


def month(m: re.Match[str], ctx: Context) -> Resolution | None:
    number = month_number(m["month"])
    rel = " ".join((m["rel"] or "").lower().split())
    base = ctx.base
    if rel in {"last", "this past", "past", "previous"}:
        # the month just gone would be "last month": "last February" said in March is a year back
        recent = number < base.month - (1 if rel == "last" else 0)
        year, why = (base.year if recent else base.year - 1), f"{rel} month name"
    elif rel == "the following" and ctx.last_value[:4].isdigit():
        # "vacant from October 2018 until the following March": the March after that date
        named = ctx.last_value
        year = int(named[:4])
        if re.match(r"\d{4}-(\d\d)", named) and number <= int(named[5:7]):
            year += 1
        elif not re.match(r"\d{4}-\d\d", named):
            year += 1  # "In 2018 ... the following March"
        why = f"the following month name, previous date {named}"
    elif rel in {"next", "this coming", "coming", "following", "the following"}:
        year, why = (base.year if number > base.month else base.year + 1), f"{rel} month name"
    elif rel == "this":
        year, why = base.year, "this month name"
    elif rel == "that" and ctx.last_value[:4].isdigit():  # "in the spring of 1968 ... that October"
        year, why = int(ctx.last_value[:4]), f"that month name, previous date {ctx.last_value}"
    elif _CONTRACT_AFTER.match(ctx.text, m.end()) or _CONTRACT_BEFORE.search(
        ctx.text, max(0, m.start() - 30), m.start()
    ):  # "crude for November delivery", "sugar for July rose"
        year, why = (base.year if number >= base.month else base.year + 1), "contract month"
    elif (span := _RANGE_TO_MONTH_YEAR.match(ctx.text, m.end())) is not None:
        # "between April and October 2013": the range's year, a year before if it wraps
        second = month_number(span["month"])
        year = int(span["year"]) - (1 if number > second else 0)
        why = "month of a range ending in a named year"
    elif _PERIOD_END_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
        # a period of figures ending with it, "earnings up 2% in the three months to February",
        # ends near the paper's day whatever the tense of its report: the nearest such month
        year = min(
            (base.year - 1, base.year, base.year + 1),
            key=lambda y: abs((y - base.year) * 12 + number - base.month),
        )
        cue = ctx.direction(m.start(), m.end())
        ahead = year > base.year or (year == base.year and number > base.month)
        if ahead and cue is not None and cue.direction is Direction.PAST:
            year -= 1  # "reported a loss for the nine months to September", in April
        why = "month a period of figures ends with"
    elif (
        _DATA_AFTER.match(ctx.text, m.end())
        or (
            _DATA_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
            and not _DELIVERY_AFTER.match(ctx.text, m.end())
        )
    ) and not ctx.year_of_sentence(m.start(), m.end()):
        # "the government reports March retail sales": figures for a month gone by (or, "figures
        # for December will be published", said in December, this one)
        this_one = number == base.month and (
            not _DATA_AFTER.match(ctx.text, m.end())
            # "when they will have the December inflation figures", said in December
            or (
                (cue := ctx.direction(m.start(), m.end())) is not None
                and cue.direction is Direction.FUTURE
            )
        )
        year = base.year if number < base.month or this_one else base.year - 1
        why = "month of figures"
    elif (
        (period := ctx.period_month[0])
        and int(period[5:7]) != number
        and ctx.last_value == period
        and ctx.in_sentence_of_last_value(m.start())
        and _FIGURE_COMPARED_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
        and not ctx.year_of_sentence(m.start(), m.end())
    ):
        # "inflation for September, which economists expect to fall to 2.2% from 2.5% in
        # August": the month the figure is compared with, the last such before the period's
        year = int(period[:4]) - (1 if number > int(period[5:7]) else 0)
        why = f"month compared with {period}"
    elif (dated := _dated_in_the_sentence(ctx, m.start(), number)) is not None:
        # "Because March 29, 2013 is Good Friday, the record date for the March distribution":
        # the year of that month's day, written in full just before
        year, why = dated, f"month of a day written with its year, {dated}"
    else:
        year, why = year_for(ctx, m.start(), m.end(), number, None)
        why = f"month name, {why}"
    return Resolution(
        DATE,
        f"{year:04d}-{number:02d}",
        Certainty.INFERRED,
        why,
        ctx.base_anchor(),
        mod=edge_mod(m["edge"]),
        uses_publication=True,
        keep_after_year=True,
    )


def short_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "in '79": the latest year so written up to the publication (1979 in 2014, 2012 in 2014
    for "'12")."""
    if re.search(r"\bclass\s+of\s+$", ctx.text[max(0, m.start() - 10) : m.start()], re.I):
        return None  # "the Class of '99": its students, a name
    yy = int(m["yy"])
    year = 2000 + yy if 2000 + yy <= ctx.base.year else 1900 + yy
    return Resolution(DATE, f"{year:04d}", rule="year by its last two digits")


def early_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "given to the cathedral in 1532": a year before 1600, named after a preposition."""
    return Resolution(DATE, m["year"] or m["from"] or m["to"], rule="year")


def year(m: re.Match[str], ctx: Context) -> Resolution | None:
    mod = edge_mod(m["edge"]) or ("AFTER" if m["beyond"] else "")
    if _FISCAL_WORD.match(m.group(0)[len(m["edge"] or "") :]) and ctx.fiscal_start != 1:
        # "fiscal 2026" where the text says its fiscal year is not the calendar one
        return Resolution(DATE, f"FY{m['year']}", rule="fiscal year named", mod=mod)
    return Resolution(DATE, m["year"], rule="year", mod=mod)


_FISCAL_WORD = re.compile(r"fiscal\b", re.IGNORECASE)


_SPELLED_UNITS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
_SPELLED_TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}


def spelled_year_value(words: str) -> int | None:
    tokens = re.findall(r"[a-z]+", words.lower())
    if tokens[:2] == ["the", "year"]:
        tokens = tokens[2:]
    if tokens[:2] == ["two", "thousand"]:
        rest = [t for t in tokens[2:] if t != "and"]
        return 2000 + (_SPELLED_UNITS.get(rest[0], 0) if rest else 0)
    if tokens[:1] != ["nineteen"]:
        return None
    rest = [t for t in tokens[1:] if t not in {"and", "hundred"}]
    total = 1900
    for token in rest:
        total += TENS.get(token) or _SPELLED_TEENS.get(token) or _SPELLED_UNITS.get(token, 0)
    return total


def spelled_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    value = spelled_year_value(m["spelled"])
    if value is None:
        return None
    if m["month"]:
        return Resolution(
            DATE, f"{value:04d}-{month_number(m['month']):02d}", rule="month, spelled year"
        )
    return Resolution(DATE, f"{value:04d}", rule="spelled-out year")


def decade(m: re.Match[str], ctx: Context) -> Resolution | None:
    if m["decade"]:
        if m["decade"].endswith("00") and m["decade"] < "2000":
            # "the late 1800s": the century (TimeML "18"), not its first ten years
            return Resolution(
                DATE, m["decade"][:2], rule="hundreds (a century)", mod=edge_mod(m["edge"])
            )
        return Resolution(DATE, m["decade"][:3], rule="decade", mod=edge_mod(m["edge"]))
    tens = int(m["short"][0]) if m["short"] else DECADE_WORDS[m["word"].lower()]
    century = ctx.base.year // 100
    if century * 100 + tens * 10 > ctx.base.year:
        century -= 1  # "the seventies", "the '80s" said in 2014: the last ones gone by
    return Resolution(
        DATE,
        f"{century:02d}{tens}",
        Certainty.INFERRED,
        "decade without its century",
        ctx.base_anchor(),
        mod=edge_mod(m["edge"]),
        uses_publication=True,
    )


def century(m: re.Match[str], ctx: Context) -> Resolution | None:
    if m["midc"]:  # "by mid-century": the middle of this one
        return Resolution(
            DATE,
            f"{ctx.base.year // 100:02d}",
            Certainty.INFERRED,
            "mid-century",
            ctx.base_anchor(),
            mod="MID",
            uses_publication=True,
        )
    if m["past"]:  # "over the past century": the hundred years up to now, as "the past decade"
        return Resolution(TimexType.DURATION, "P100Y", rule="the past century")
    if m["rel"] or m["of"]:  # "this century", "the end of the century"
        shift = {"this": 0, "last": -1, "next": 1}[(m["rel"] or "this").lower()]
        value = ctx.base.year // 100 + shift
        return Resolution(
            DATE,
            f"{value:02d}",
            Certainty.INFERRED,
            f"{(m['rel'] or 'this').lower()} century",
            ctx.base_anchor(),
            mod=edge_mod(m["edge"] or (m["of"] and f"the {m['of']} of")),
            uses_publication=True,
        )
    ordinal = m["ord"].lower()
    number = int(ordinal[:-2]) if ordinal[0].isdigit() else ORDINALS.get(ordinal, 21)
    return Resolution(DATE, f"{number - 1:02d}", rule="ordinal century", mod=edge_mod(m["edge"]))


def season(m: re.Match[str], ctx: Context) -> Resolution | None:
    if m["pair"] and m["year"]:  # "spring/summer 2016": a fashion season, half the year
        half = "H1" if m["pair"].lower().startswith("spring") else "H2"
        return Resolution(DATE, f"{m['year']}-{half}", rule="fashion season")
    code = SEASONS[m["season"].lower()]
    rel = " ".join((m["rel"] or "").lower().split())
    if m["short"]:  # "the spring of '62": the latest such year up to the publication
        yy = int(m["short"][1:])
        short = 2000 + yy if 2000 + yy <= ctx.base.year else 1900 + yy
        return Resolution(
            DATE, f"{short:04d}-{code}", rule="season and short year", mod=edge_mod(m["edge"])
        )
    if m["ystart"]:  # "the winter of 2013-14"
        value = season_value(int(m["ystart"]), code, ctx)
        return Resolution(DATE, value, rule="season of two years", mod=edge_mod(m["edge"]))
    if m["year"] or m["spelled"]:
        year = int(m["year"]) if m["year"] else spelled_year_value(m["spelled"])
        return Resolution(
            DATE, f"{year:04d}-{code}", rule="season and year", mod=edge_mod(m["edge"])
        )
    if rel.startswith("the ") and rel != "the" and ctx.last_value[:4].isdigit():
        return _narrative_season(ctx, code, rel, m)
    if rel == "that" and ctx.last_value[:4].isdigit():  # "In 1972 she moved. That autumn ..."
        return Resolution(
            DATE,
            season_value(int(ctx.last_value[:4]), code, ctx),
            Certainty.ANCHORED,
            "that season",
            f"previous date {ctx.last_value}",
            mod=edge_mod(m["edge"]),
        )
    base = ctx.base
    first = timeml.season_months(code, southern=ctx.southern)[0]
    dated = _DATED_VALUE.match(ctx.last_value)
    if (
        rel in {"", "the"}
        and dated is not None
        and ctx.in_sentence_of_last_value(m.start())
        and (int(dated[1]) != base.year or (base.month - int(dated[2])) >= 4)
        and not _COORDINATED.search(ctx.text, ctx.last_value_end, m.start())
        and not _against_the_tense(ctx, m, int(dated[1]))
    ):
        # "Last year the resort opened late, on 16 June, after a warm start to winter": the
        # season nearest the month the sentence named
        named = int(dated[1]) * 12 + int(dated[2]) - 1
        year = min(
            (int(dated[1]) + step for step in (-1, 0, 1)),
            key=lambda y: _months_away(named, y * 12 + first - 1),
        )
        return Resolution(
            DATE,
            season_value(year, code, ctx),
            Certainty.ANCHORED,
            "season of the date in its sentence",
            f"previous date {ctx.last_value}",
            mod=edge_mod(m["edge"]),
        )
    current = base.month >= first and base.month < first + 3
    if rel in {"last", "this past", "past", "previous"}:
        year = base.year if base.month >= first else base.year - 1  # the latest to begin
        if (base.month - first) % 12 < 3:
            year -= 1  # not the one under way ("last winter", said in January)
    elif rel in {"next", "this coming", "coming", "following"}:
        year = base.year if base.month < first else base.year + 1
    elif rel == "this":  # said in March to May, "this winter" is the one just gone
        year = base.year - 1 if code == "WI" and base.month < 6 else base.year
        if ctx.southern and code == "SU" and base.month < 3:
            year = base.year - 1  # "This summer", said in a southern February: begun in December
        if not current and base.month < first and year == base.year:
            ended = (base.month - (first + 2)) % 12  # months since the last one ended
            if ended <= 4 and _PERFECT_AFTER.match(ctx.text, m.end()):
                year -= 1  # "This winter has been kind to stargazers so far", said in June
    else:
        way, why = toward(ctx, m.start(), m.end())
        by = re.search(r"\bby\s+$", ctx.text[max(0, m.start() - 4) : m.start()])
        if by and not ctx.in_sentence_of_last_value(m.start()):
            # '"hoped to be back at sea by the autumn"': a deadline lies ahead (but not "A year
            # ago he promised victory by the summer", the year named before)
            way, why = Direction.FUTURE, "a deadline ('by')"
        year = base.year
        if not current and why.endswith("past by default"):
            # no tense at all ("the autumn is harder to read", said in July): the nearer one
            ahead = (first - base.month) % 12
            year = base.year + (1 if base.month >= first + 3 else 0) if ahead <= 4 else year
            if ahead > 4 and base.month < first:
                year -= 1
        elif not current and way is Direction.PAST and base.month < first:
            year -= 1
        elif not current and way is Direction.FUTURE and base.month >= first + 3:
            year += 1  # "will report by the spring", said in October
    return Resolution(
        DATE,
        season_value(year, code, ctx),
        Certainty.INFERRED,
        f"season, {rel or 'bare'}",
        ctx.base_anchor(),
        mod=edge_mod(m["edge"]),
        uses_publication=True,
    )


def season_value(year: int, code: str, ctx: Context) -> str:
    """The TimeML value of the season ``code`` that begins in ``year``: a northern winter is
    named by the year it ends in, as writers name it ("last winter", said in October 2012, is
    2012-WI, December 2011 to February 2012)."""
    if code == "WI" and not ctx.southern:
        year += 1
    if code == "SU" and ctx.southern:  # a southern summer too: December 2013 to February 2014
        year += 1
    return f"{year:04d}-{code}"


_DATED_VALUE = re.compile(r"(\d{4})-(\d\d)\b")
_PERFECT_AFTER = re.compile(r"\s+(?:has|have)\s+(?:been|brought|seen|given|had|left|proved)\b")
_COORDINATED = re.compile(r",\s+(?:and|but)\s+")


def _months_away(month: int, season_start: int) -> int:
    """How many months ``month`` (counted from year 0) lies outside the three-month season that
    starts at ``season_start``."""
    if season_start <= month < season_start + 3:
        return 0
    return season_start - month if month < season_start else month - (season_start + 2)


def _against_the_tense(ctx: Context, m: re.Match[str], year: int) -> bool:
    """Whether the season's clause looks the other way from the year the sentence named ("grounded
    its fleet in May last year, and said demand should stay firm through the autumn")."""
    cue = ctx.direction(m.start(), m.end())
    if cue is None:
        return False
    return (cue.direction is Direction.FUTURE) == (year < ctx.base.year)


def _narrative_season(ctx: Context, code: str, rel: str, m: re.Match[str]) -> Resolution:
    """ "married in 1960, and the following spring ...": the season after (or before) the date
    the story last named; after a whole year, the next year's."""
    named = ctx.last_value
    year = int(named[:4])
    month = int(named[5:7]) if re.match(r"\d{4}-\d\d\b", named) else None
    first = timeml.season_months(code, southern=ctx.southern)[0]
    if rel in {"the following", "the next"}:
        year += 1 if month is None or month >= first else 0
    else:
        year -= 1 if month is None or month < first + 3 else 0
    return Resolution(
        DATE,
        season_value(year, code, ctx),
        Certainty.ANCHORED,
        f"{rel} season",
        f"previous date {named}",
        mod=edge_mod(m["edge"]),
    )


def ordinal_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "on the 16th": that day of the publication month or a neighbour, nearest first."""
    word = (m["day"] or m["dday"] or m["oday"] or f"{m['nday']}th").lower()
    dom = int(word[:-2]) if word[0].isdigit() else ORDINALS.get(word, 0)
    base = ctx.base
    if m["orel"]:  # "the 15th of this month", "the 3rd of next month"
        step = {"next": 1, "last": -1}.get(m["orel"].lower(), 0)
        try:
            day = timeml.add_months(base.replace(day=1), step).replace(day=dom)
        except ValueError:
            return None
        return Resolution(
            DATE,
            day.isoformat(),
            Certainty.INFERRED,
            f"day of {' '.join(m['orel'].lower().split())} month",
            ctx.base_anchor(),
            uses_publication=True,
        )
    cue = ctx.direction(m.start(), m.end())
    if m["dday"] and not (cue and cue[0] is Direction.PAST):
        # a deadline, "circulate by the 28th": the next such day
        for step in (0, 1, 2):
            with contextlib.suppress(ValueError):
                day = timeml.add_months(base.replace(day=1), step).replace(day=dom)
                if day >= base:
                    return Resolution(
                        DATE,
                        day.isoformat(),
                        Certainty.INFERRED,
                        "day of the month, a deadline ahead",
                        ctx.base_anchor(),
                        uses_publication=True,
                    )
        return None
    story = ctx.last_month
    if story is not None and story.year <= base.year - 2:
        # "That August was the best month ... On the night of the 18th": the story's month
        with contextlib.suppress(ValueError):
            return Resolution(
                DATE,
                story.replace(day=dom).isoformat(),
                Certainty.ANCHORED,
                "day of the story's month",
                f"previous date {story:%Y-%m}",
            )
    said = next(
        (d for d, _ in reversed(ctx.days) if d.day == dom and abs((d - base).days) <= _NEAR_DAYS),
        None,
    )
    if said is not None:
        # "midterms scheduled for Feb. 25 and 26 ... 'I have two midterms on the 25th'": the
        # day the text has dated
        return Resolution(
            DATE,
            said.isoformat(),
            Certainty.ANCHORED,
            "day of the month, the date named before",
            f"previous date {said}",
        )
    best: tuple[int, date] | None = None
    for step in (-1, 0, 1):
        try:
            day = timeml.add_months(base.replace(day=1), step).replace(day=dom)
        except ValueError:
            continue
        distance = abs((day - base).days)
        if cue and (cue[0] is Direction.PAST) == (day > base):
            distance += 31
        if best is None or distance < best[0]:
            best = (distance, day)
    if best is None:
        return None
    why = f"{cue[0].value} cue '{cue[1]}'" if cue else "no tense cue"
    return Resolution(
        DATE,
        best[1].isoformat(),
        Certainty.INFERRED,
        f"day of the month, nearest, {why}",
        ctx.base_anchor(),
        uses_publication=True,
    )


_NEAR_DAYS = 62  # a date this near the paper's day that an ordinal day says again

_NTH_WEEK_DAY = {"first": 4, "second": 11, "third": 18, "fourth": 25}


def _nth_weekend(m: re.Match[str], ctx: Context, month: int, nth: str) -> Resolution | None:
    """ "the first weekend of September": the weekend of the month's first Saturday (its last:
    of its last Saturday)."""
    if m["nyear"]:
        year, why, inferred = int(m["nyear"]), "the nth weekend of a month", False
    else:
        year, why = year_for(ctx, m.start(), m.end(), month, 1)
        why, inferred = f"the nth weekend of a month, {why}", True
    first = date(year, month, 1)
    saturday = first + timedelta(days=(5 - first.weekday()) % 7)
    if nth in {"last", "final"}:
        while (saturday + timedelta(days=7)).month == month:
            saturday += timedelta(days=7)
    else:
        saturday += timedelta(days=7 * (_NTH_WEEK_DAY[nth] // 7))
    value = timeml.week_value(saturday) + "-WE"
    if not inferred:
        return Resolution(DATE, value, rule=why)
    return Resolution(
        DATE, value, Certainty.INFERRED, why, ctx.base_anchor(), uses_publication=True
    )


# a week numbered with its year, which tells that the text counts ISO weeks
_NUMBERED_WEEK = re.compile(r"(?-i:[Ww]eek)\s+\d{1,2}(?:,\s*|\s+of\s+|\s+)(?:19|20)\d\d\b")


def week_number(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "week 49 of 2014": that ISO week; a bare "week 12" only in a text that numbers weeks
    with their year (not "week 3 of the trial"), in the latest year it has begun by."""
    number = int(m["wn"])
    if m["wyear"]:
        year = int(m["wyear"])
        if number > date(year, 12, 28).isocalendar()[1]:
            return None
        return Resolution(DATE, f"{year:04d}-W{number:02d}", rule="numbered week of a year")
    if ctx.publication is None or not _NUMBERED_WEEK.search(ctx.text):
        return None
    year, week, _ = ctx.publication.isocalendar()
    if number > week + 1:
        year -= 1
    if number > date(year, 12, 28).isocalendar()[1]:
        return None
    return Resolution(
        DATE,
        f"{year:04d}-W{number:02d}",
        Certainty.INFERRED,
        "numbered week, in the year of the report",
        ctx.base_anchor(),
        uses_publication=True,
    )


def week_of(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "the week of March 6": the (ISO) week that holds the day; "the last week of March": the
    week that holds the month's fourth-last day (its first: the month's fourth day)."""
    if m["nth"]:
        month = month_number(m["nmonth"])
        nth = m["nth"].lower()
        last = (timeml.add_months(date(2001, month, 1), 1) - date(2001, month, 1)).days
        dom = _NTH_WEEK_DAY.get(nth, last - 3)
        year_text = m["nyear"]
        if m["nwk"].lower() == "weekend":
            return _nth_weekend(m, ctx, month, nth)
    elif m["cmonth"] or m["bmonth"]:  # "w/c 17 Nov"
        month = month_number(m["cmonth"] or m["bmonth"])
        dom = int(re.match(r"\d+", m["cday"] or m["bday"])[0])  # type: ignore[index]
        year_text = m["cyear"]
    elif m["fmonth"]:  # "the weekend of 7-8 September"
        month, dom, year_text = month_number(m["fmonth"]), int(m["fday"]), m["year"]
    else:
        month, dom = month_number(m["month"]), int(re.match(r"\d+", m["day"])[0])  # type: ignore[index]
        year_text = m["year"]
    if year_text:
        year, why, inferred = int(year_text), "the week of a date", False
    else:
        year, why = year_for(ctx, m.start(), m.end(), month, dom)
        why, inferred = f"the week of a date, {why}", True
    try:
        day = date(year, month, dom)
    except ValueError:
        return None
    value = timeml.week_value(day)
    if m["wk"] and m["wk"].lower() == "weekend":  # "the weekend of Jan. 25-26"
        value += "-WE"
    if not inferred:
        return Resolution(DATE, value, rule=why)
    return Resolution(
        DATE,
        value,
        Certainty.INFERRED,
        why,
        ctx.base_anchor(),
        uses_publication=True,
    )
