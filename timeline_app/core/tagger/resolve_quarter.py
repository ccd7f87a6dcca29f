"""Resolvers for quarters and halves, calendar or fiscal ("third-quarter", "first half")."""

from __future__ import annotations

import functools
import re
from datetime import date

from timeline_app.core.models import Certainty, TimexType
from timeline_app.core.tagger import timeml
from timeline_app.core.tagger.context import Context, Resolution
from timeline_app.core.tagger.cues import Direction, sentence_break
from timeline_app.core.tagger.fiscal import fiscal_year_of, follows_calendar
from timeline_app.core.tagger.helpers import (
    WRITTEN_YEAR,
    span_end_year,
    toward,
    weekday_date,
    year_for,
)
from timeline_app.core.tagger.lexicon import ORDINALS, WEEKDAYS
from timeline_app.core.tagger.patterns import MONTH
from timeline_app.core.tagger.resolve_calendar import edge_mod, month_number, two_digit_year

DATE = TimexType.DATE
_INDEFINITE_BEFORE = re.compile(r"\ban?\s+(?:[a-z]+\s+)?$", re.IGNORECASE)


def quarter(m: re.Match[str], ctx: Context) -> Resolution | None:
    res = _quarter(m, ctx)
    if res is not None and m["qedge"]:  # "by the end of the first half of next year"
        res.mod = edge_mod(f"the {m['qedge'].lower()} of")
    return res


_RESULTS_TEXT = re.compile(
    r"\b(?:profits?|revenues?|sales|earnings|net\s+income|GDP|output|exports)\b", re.IGNORECASE
)
_SCHOOL_OR_BIRTH = re.compile(
    r"\b(?:pregnan\w*|pupils?|students?|school|university|college|tuition)\b", re.IGNORECASE
)


_HALF_SIDES = {"front": 1, "back": 2}  # a call's "the back half of the year"


def _quarter(m: re.Match[str], ctx: Context) -> Resolution | None:
    words = " ".join(m["words"].lower().replace("-", " ").split())
    det = " ".join((m["det"] or "").lower().split())
    unit = m["unit"].lower()
    if unit in {"trimester", "semester"}:
        # a translation's "the third trimester" ("trimestre") of results is a quarter, its
        # "first semester" a half; not a pregnancy's trimester nor a school's semester
        if not _RESULTS_TEXT.search(ctx.text) or _SCHOOL_OR_BIRTH.search(ctx.text):
            return None
        unit = "quarter" if unit == "trimester" else "half"
    ordinal = next(
        (
            _HALF_SIDES.get(w) or ORDINALS[w]
            for w in words.split()
            if w in ORDINALS or w in _HALF_SIDES
        ),
        None,
    )
    year_match = re.search(r"\b(1[6-9]\d\d|20\d\d)\b", words)
    if unit == "quarters":
        return None
    if unit == "half":
        return _half(m, ctx, words, ordinal, year_match)
    if ordinal is not None and ordinal > 4:
        return None
    explicit_year = m["year"] or m["pyear"] or (year_match[1] if year_match else None)
    if m["fyq"]:  # "the same quarter of FY24"
        explicit_year = f"FY{_fy_number(m['fyq'], ctx.base.year):04d}"
    elif m["fysplit"]:  # "the first quarter of 2013-14"
        first, last = re.split(r"[/\u2013-]", m["fysplit"])
        explicit_year = f"FY{span_end_year(int(first), last):04d}"
    elif m["qfrel"]:  # "the last quarter of the previous fiscal"
        step = {"previous": -1, "last": -1, "next": 1}.get(m["qfrel"].lower(), 0)
        explicit_year = f"FY{fiscal_year_of(ctx.base, ctx.fiscal_start) + step:04d}"
        ordinal = 4 if "last" in words.split() else ordinal
    elif m["year2"]:  # "First-Quarter Fiscal 2026"
        explicit_year = f"FY{m['year2']}" if ctx.fiscal_start != 1 else m["year2"]
    elif explicit_year and _fiscal(m, ctx, words):  # "the first quarter of fiscal 2026"
        explicit_year = f"FY{explicit_year}"
    year_ago = any(
        w in words for w in ("year ago", "year earlier", "comparable", "corresponding")
    ) or (det == "last year's" or bool(m["ago"]))
    if ordinal is None and "last" in words.split() and not explicit_year:
        return _relative_quarter(ctx, -1, "last quarter")
    if ordinal is None and words.split() == ["next"] and not explicit_year:
        if det and re.fullmatch(r"\d{4}-Q[1-4]", ctx.last_quarter):
            # "fell in the first quarter of 2012 and rose in the next quarter"
            return Resolution(
                DATE,
                timeml.shift_quarter(ctx.last_quarter, 1),
                Certainty.ANCHORED,
                "the quarter after the one before",
                f"previous quarter {ctx.last_quarter}",
            )
        if not det or det == "the":
            return _relative_quarter(ctx, 1, "next quarter")  # "plans to launch next quarter"
    if ordinal is None and ("final" in words.split() or "last" in words.split()):
        ordinal = 4  # "the last quarter of 2013" (with no year, "last quarter" went back one)
    if ordinal is None:
        if det == "a" or not (det or words):
            return None
        return _contextual_quarter(m, ctx, words, explicit_year, year_ago)
    return _ordinal_quarter(m, ctx, ordinal, explicit_year, det, year_ago)


def _fy_number(digits: str, base: int) -> int:
    return two_digit_year(int(digits), base) if len(digits) == 2 else int(digits)


_FISCAL_QUARTERS = re.compile(
    r"quarter\s+of\s+fiscal|fiscal[\s-]+(?:first|second|third|fourth)[\s-]+quarter|"
    r"(?-i:\bQ[1-4]\s?FY)|quarter\s+of\s+(?-i:FY)|fiscal\s+(?-i:Q[1-4])\b|"
    # "kept its forecast for the business year to March 2014": Japanese and Indian companies
    # count their quarters from April
    r"\bbusiness\s+year\s+(?:to|through|ending|ended)\s+(?:March|February)|"
    # "the fourth quarter ended Feb. 1": a quarter ending where no calendar quarter does
    r"quarter,?\s+(?:which\s+|that\s+)?(?:ended|ending)\s+(?:on\s+)?(?:(?:Feb|May|Aug|Nov)[a-z]*\.?"
    r"\s+\d|(?:Jan|Apr|Jul|Oct)[a-z]*\.?\s+(?:[89]|[12]\d|3[01])\b)",
    re.IGNORECASE,
)


def _fiscal(m: re.Match[str], ctx: Context, words: str) -> bool:
    """Whether a quarter is counted in the text's fiscal year: it says so ("the fiscal first
    quarter", "of fiscal 2026"), or the text counts its quarters that way and its fiscal year is
    not the calendar one."""
    if ctx.fiscal_start == 1:
        return False
    if m["fiscal"] or "fiscal" in words:
        return True
    # "It expects revenue of $250 million in fiscal 2013 and will report first-quarter results"
    named = _FISCAL_YEAR_NAMED.search(ctx.text, max(0, m.start() - 120), m.start())
    if named and not sentence_break(ctx.text, named.end(), m.start()):
        return True
    if (months := _MONTHS_AFTER.match(ctx.text, m.end())) is not None:
        # "In the fourth quarter, from April to June": the months say whose count it is
        first = month_number(months["first"])
        ordinal = next((ORDINALS[w] for w in words.split() if w in ORDINALS), None)
        return ordinal == ((first - ctx.fiscal_start) % 12) // 3 + 1 and ordinal != (first + 2) // 3
    if _ended_at_a_calendar_quarter_s_end(m, ctx):
        # "the second quarter, which ended Sunday", in a text that says "its fiscal fourth
        # quarter, which ends July 27" of another company: the calendar's
        return False
    if ctx.fiscal_start not in {1, 4, 7, 10}:
        # "Renwick's fiscal year runs from Sept. 1 ... its second-quarter numbers": a year that
        # starts off a calendar quarter counts its quarters its own way
        return True
    return ctx.text_counts_fiscal_quarters(_FISCAL_QUARTERS, _CALENDAR_QUARTER_ENDED, m.start())


_MONTHS_AFTER = re.compile(
    rf",?\s+(?:from\s+|covering\s+|\()?(?P<first>{MONTH})\.?\s*(?:to|through|-|\u2013)\s*{MONTH}",
    re.IGNORECASE,
)


# "For the quarter ended Sept. 28": a quarter closed at a calendar quarter's end, not said fiscal
_CALENDAR_QUARTER_ENDED = re.compile(
    r"(?<!fiscal )\bquarter,?\s+(?:which\s+|that\s+)?ended\s+(?:on\s+)?"
    r"(?:(?:March|Mar\.|June|Sept?\.|September|Dec\.|December)\s+(?:2[5-9]|3[01])\b|"
    r"(?:2[5-9]|3[01])\s+(?:March|June|September|December)\b)",
    re.IGNORECASE,
)
_ENDED_ON_A_WEEKDAY = re.compile(
    r",?\s+(?:which|that)\s+ended\s+(?:on\s+|last\s+)?(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|"
    r"Sun)day)\b",
    re.IGNORECASE,
)


def _ended_at_a_calendar_quarter_s_end(m: re.Match[str], ctx: Context) -> bool:
    """Whether the quarter is said to have ended on a weekday that was a calendar quarter's
    last week ("which ended Sunday", in a paper of July 3)."""
    found = _ENDED_ON_A_WEEKDAY.match(ctx.text, m.end())
    if found is None:
        return False
    day = weekday_date(ctx.base, WEEKDAYS[found["wd"].lower()], Direction.PAST, strict=True)
    return day.month in {3, 6, 9, 12} and day.day >= _QUARTER_END_FROM


_QUARTER_END_FROM = 25  # a quarter closed on a weekend from the 25th ends with its month
_FISCAL_YEAR_NAMED = re.compile(r"\bfiscal\s+(?:year\s+)?(?:19|20)\d\d\b", re.IGNORECASE)


def _fiscal_ordinal_quarter(
    m: re.Match[str], ctx: Context, ordinal: int, year_ago: bool
) -> Resolution:
    """ "second-quarter results in early May", in a text whose fiscal year began in October."""
    start = ctx.fiscal_start
    number = fiscal_year_of(ctx.base, start)
    current = ((ctx.base.month - start) % 12) // 3 + 1
    way = _way(m, ctx)
    if way is Direction.PAST and ordinal > current:
        number -= 1
    elif way is Direction.FUTURE and current - ordinal >= 2:
        number += 1
    if year_ago:
        number -= 1
    return Resolution(
        DATE,
        f"FY{number:04d}-Q{ordinal}",
        Certainty.INFERRED,
        "ordinal quarter of the fiscal year",
        ctx.base_anchor(),
        uses_publication=True,
        # "would open terminals in the fourth quarter": a plan; the quarter reported stays
        anchors=not year_ago
        and not (way is Direction.FUTURE and (ctx.last_quarter or ctx.reported_quarter)),
    )


# "Posts Fourth-Quarter Loss", "third-quarter earnings rose": results are of a quarter gone by
_RESULTS_AFTER = re.compile(
    r"[\s-]+(?:loss|losses|profit|profits|earnings|results|net|income|sales|revenues?)\b", re.I
)


# "its fiscal fourth quarter, which ended Sept. 28": a quarter that has ended
_ENDED_AFTER = re.compile(r",?\s+(?:which|that)\s+(?:ended|closed)\b", re.I)


def _way(m: re.Match[str], ctx: Context) -> Direction:
    """Which way an ordinal quarter without a year points: its results are reported after it ends
    (unless a cue before it looks ahead: "expects fourth-quarter earnings")."""
    if _ENDED_AFTER.match(ctx.text, m.end()):
        return Direction.PAST
    cue = ctx.direction(m.start(), m.end())
    if _RESULTS_AFTER.match(ctx.text, m.end()) and (cue is None or cue.after):
        return Direction.PAST
    way, _ = toward(ctx, m.start(), m.end())
    return way


_COMPARED_WITH_BEFORE = re.compile(r"\b(?:compared\s+(?:with|to)|versus|against)\s+$", re.I)


def _month_of_sentence(m: re.Match[str], ctx: Context) -> str | None:
    """A month named with its year earlier in the sentence, in a year before the paper's."""
    month, end = ctx.period_month
    if (
        not month
        or not 0 <= end <= m.start()
        or int(month[:4]) >= ctx.base.year
        or sentence_break(ctx.text, end, m.start())
    ):
        return None
    return month


def _ordinal_quarter(
    m: re.Match[str], ctx: Context, ordinal: int, explicit: str | None, det: str, year_ago: bool
) -> Resolution:
    if explicit:
        # ("Compared with the third quarter of 2012, output was 1.8 percent higher": a quarter
        # compared with is not the one under discussion)
        compared = _COMPARED_WITH_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())
        return Resolution(
            DATE, f"{explicit}-Q{ordinal}", rule="quarter of a named year", anchors=not compared
        )
    words = " ".join(m["words"].lower().split())
    # ("we do not see a floor before the first quarter of next year": the calendar's, unless
    # the words say fiscal)
    calendar = bool(m["rel"]) and not m["fiscal"] and "fiscal" not in words
    if not calendar and _fiscal(m, ctx, words):
        return _fiscal_ordinal_quarter(m, ctx, ordinal, year_ago)
    rel = m["rel"] or ("next" if det == "next year's" else "")
    way = None
    if rel:
        year = ctx.base.year + {"this": 0, "the": 0, "last": -1, "next": 1}[rel.lower()]
    elif (
        (named := _QUARTER_VALUE.fullmatch(ctx.last_value)) is not None
        and ctx.in_sentence_of_last_value(m.start())
        and int(named[2]) < ordinal
        and int(named[1]) != ctx.base.year
    ):
        # "set for the second quarter of next year, with trial transits in the fourth quarter":
        # a later quarter of the year the sentence named
        year = int(named[1])
    elif (month := _month_of_sentence(m, ctx)) is not None:
        # "March 2013 was the coldest since 1962, and gas demand in the first quarter was 9%
        # higher": the quarter of the year the sentence is about
        year = int(month[:4])
    else:
        year = ctx.base.year
        way = _way(m, ctx)
        current = (ctx.base.month - 1) // 3 + 1
        if (
            way is Direction.PAST
            and current < ordinal
            # "room to run into the second quarter", said in March with no tense to go by: the
            # quarter to come rather than one gone three quarters before
            and not (ordinal == current + 1 and ctx.direction(m.start(), m.end()) is None)
        ):
            year -= 1
        elif way is Direction.FUTURE and (ctx.base.month - 1) // 3 + 1 - ordinal >= 2:
            # "we expect to act in the first quarter", said in December; but "expects to report
            # third-quarter results", said in October, is the quarter just ended
            year += 1
    if year_ago:
        year -= 1
    return Resolution(
        DATE,
        f"{year:04d}-Q{ordinal}",
        Certainty.INFERRED,
        "ordinal quarter",
        ctx.base_anchor(),
        uses_publication=True,
        keep_after_year=True,
        anchors=not year_ago
        and not _in_passing(m, ctx)
        and not (way is Direction.FUTURE and (ctx.last_quarter or ctx.reported_quarter)),
    )


_QUARTER_VALUE = re.compile(r"(\d{4})-Q([1-4])")


def _in_passing(m: re.Match[str], ctx: Context) -> bool:
    """ "after a flat second quarter": an indefinite quarter (the noun, not "a third-quarter
    loss") is mentioned in passing; the quarter under discussion stays."""
    noun = m["unit"] and ctx.text[m.start("unit") - 1] != "-"
    return bool(noun and _INDEFINITE_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start()))


def _contextual_quarter(
    m: re.Match[str], ctx: Context, words: str, explicit: str | None, year_ago: bool
) -> Resolution:
    """A quarter without an ordinal: "this quarter", "the current quarter", "the quarter"."""
    det = (m["det"] or "").lower()
    if det in {"this", "that"} and ctx.last_quarter:
        return Resolution(
            DATE,
            ctx.last_quarter,
            Certainty.ANCHORED,
            f"{det} quarter",
            f"quarter under discussion {ctx.last_quarter}",
        )
    if "current" in words or det == "this":
        if _fiscal(m, ctx, words):  # "the current quarter" of a fiscal year from July
            start = ctx.fiscal_start
            number = ((ctx.base.month - start) % 12) // 3 + 1
            return Resolution(
                DATE,
                f"FY{fiscal_year_of(ctx.base, start):04d}-Q{number}",
                Certainty.INFERRED,
                "current quarter of the fiscal year",
                ctx.base_anchor(),
                uses_publication=True,
            )
        return _relative_quarter(ctx, 0, "current quarter")
    if "latest" in words and not explicit:
        completed = timeml.shift_quarter(timeml.quarter_value(ctx.base), -1)
        reported = ctx.reported_quarter
        # "Steel shipments rose 9 percent in the latest quarter": the one reported, if it is over
        if reported and (reported.startswith("FY") or reported <= completed):
            return Resolution(
                DATE,
                ctx.reported_quarter,
                Certainty.ANCHORED,
                "latest quarter, the one reported",
                f"quarter reported {ctx.reported_quarter}",
            )
        return _relative_quarter(ctx, -1, "latest (last completed) quarter")
    if _BEFORE_THE_ONE.search(words) and not explicit and not year_ago:
        # "fell in the third quarter from the previous quarter": the one before that quarter
        if ctx.last_quarter and not _quarter_in_progress(m, ctx):
            reference = ctx.last_quarter
            named = ctx.named_quarter
            if ctx.lead_quarter and (
                named is None or sentence_break(ctx.text, named[1], m.start())
            ):
                # "grew 2.7 percent in the third quarter ... revised second-quarter growth ...
                # Consumption rose 0.8 percent from the previous quarter": the story's quarter's
                reference = ctx.lead_quarter
            return Resolution(
                DATE,
                timeml.shift_quarter(reference, -1),
                Certainty.ANCHORED,
                "the quarter before the one under discussion",
                f"quarter under discussion {reference}",
                anchors=False,
            )
        return _relative_quarter(ctx, -2, "the quarter before the last completed one")
    return _quarter_under_discussion(m, ctx, explicit, year_ago)


_BEFORE_THE_ONE = re.compile(r"\b(?:previous|prior|preceding)\b", re.IGNORECASE)


def _quarter_in_progress(m: re.Match[str], ctx: Context) -> bool:
    """Whether the quarter last named is the one still running, and "the previous quarter" is
    said of a figure gone by ("heading into the fourth quarter. Consumption rose 0.8 percent
    from the previous quarter", said in November): the previous one is then before the quarter
    last completed."""
    if ctx.last_quarter != timeml.quarter_value(ctx.base):
        return False
    named = ctx.named_quarter
    if named is not None and not sentence_break(ctx.text, named[1], m.start()):
        return False  # "Output fell in the third quarter from the previous quarter"
    cue = ctx.direction(m.start(), m.end())
    return cue is not None and cue.direction is Direction.PAST


def _quarter_under_discussion(
    m: re.Match[str], ctx: Context, explicit: str | None, year_ago: bool
) -> Resolution:
    """ "the quarter": the one the article is about (else the one ending here, else the last
    completed one), moved to a named year or back a year for "the year-ago quarter".
    """
    reference = (
        ctx.last_quarter
        or _quarter_ending(ctx, m.end())
        # "For the nine months, ... The quarter included a charge": back to the one reported
        or ctx.reported_quarter
        or _closing_quarter(ctx)
        or timeml.shift_quarter(timeml.quarter_value(ctx.base), -1)
    )
    if explicit:
        reference = f"{explicit}{reference[reference.index('-Q') :]}"
    elif year_ago:
        return Resolution(
            DATE,
            timeml.shift_value(reference, -1),
            Certainty.ANCHORED,
            "the year-ago quarter",
            f"quarter under discussion {reference}",
            anchors=False,
        )
    known = ctx.last_quarter or ctx.reported_quarter
    anchor = f"quarter under discussion {reference}" if known else ctx.base_anchor()
    return Resolution(
        DATE,
        reference,
        Certainty.ANCHORED if known else Certainty.INFERRED,
        "the quarter under discussion",
        anchor,
        uses_publication=not known,
    )


def _closing_quarter(ctx: Context) -> str:
    """The quarter the paper closes ("Kestrian stocks ended their worst quarter since 2008 ...
    down 14.6 pct in the quarter", on June 28): in its last ten days, the quarter is its own."""
    base = ctx.base
    closing = base.month % 3 == 0 and (timeml.add_months(base, 1) - base).days <= 10
    return timeml.quarter_value(base) if ctx.publication is not None and closing else ""


def _relative_quarter(ctx: Context, step: int, rule: str) -> Resolution:
    value = timeml.shift_quarter(timeml.quarter_value(ctx.base), step)
    return Resolution(
        DATE, value, Certainty.INFERRED, rule, ctx.base_anchor(), uses_publication=True
    )


def _gone_but_ahead(ctx: Context, year: int, m: re.Match[str]) -> bool:
    """A year gone by for a half the sentence looks ahead to ("sold 68 per cent in the fourth
    quarter of 2012, and it expects the second half of the year to be busier"): not that year."""
    if year >= ctx.base.year:
        return False
    cue = ctx.direction(m.start(), m.end())
    return cue is not None and cue.direction is Direction.FUTURE


_MATCH_CUE = re.compile(
    r"\b(?:half-time|halftime|kick-off|kickoff|\d+(?:st|nd|rd|th)\s+minute|stoppage\s+time|"
    r"injury\s+time|extra\s+time)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=8)
def _match_report(text: str) -> bool:
    """Whether the text reports a match (half-time, the 89th minute, stoppage time): its halves
    are the match's, not the year's."""
    return len(_MATCH_CUE.findall(text)) >= 2


_SO_FAR = re.compile(r"'(?:has|have)\s")  # a perfect's cue: "have fallen in the first half"


def _half(
    m: re.Match[str],
    ctx: Context,
    words: str,
    ordinal: int | None,
    year_match: re.Match[str] | None,
) -> Resolution | None:
    if "last" in words.split() or "final" in words.split():
        ordinal = 2
    if ordinal not in {1, 2}:
        return None
    explicit = m["year"] or m["pyear"] or (year_match[1] if year_match else None)
    if explicit:
        return Resolution(DATE, f"{explicit}-H{ordinal}", rule="half of a named year")
    rel = (m["rel"] or "").lower()
    det = (m["det"] or "").lower()
    if not rel and det in {"", "the"} and _match_report(ctx.text):
        return None  # "for most of the second half they defended with ten men": a match's half
    if (
        (
            rel == "the"
            # "profit for 2014, as films in the second half made up for ...": a year written
            or (not rel and det in {"", "the"} and WRITTEN_YEAR.search(ctx.last_value_text))
        )
        and ctx.in_sentence_of_last_value(m.start())
        and ctx.last_value[:4].isdigit()
        and not _gone_but_ahead(ctx, int(ctx.last_value[:4]), m)
    ):
        # "its forecast for the first quarter of 2016 ... before the second half of the year"
        year = int(ctx.last_value[:4])
        return Resolution(
            DATE,
            f"{year:04d}-H{ordinal}",
            Certainty.ANCHORED,
            "half of the year named in the sentence",
            f"previous date {ctx.last_value}",
        )
    shift = {"this": 0, "the": 0, "last": -1, "next": 1, "": 0}[rel]
    year = ctx.base.year + shift
    if not rel and det in {"", "the"} and ctx.base.month <= (6 if ordinal == 2 else 4):
        way, why = toward(ctx, m.start(), m.end())
        if way is Direction.PAST and not why.endswith("by default") and not _SO_FAR.search(why):
            # "profit jumps after blockbuster second half", said in March; "Volumes fell 4% in
            # the first half", said in February (but "have fallen in the first half": so far)
            year -= 1
    return Resolution(
        DATE,
        f"{year:04d}-H{ordinal}",
        Certainty.INFERRED,
        "half year",
        ctx.base_anchor(),
        uses_publication=True,
        keep_after_year=True,
    )


def halves(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "the first two quarters", "the first six months of 2023": a half year."""
    if m["ord3"]:  # "the last three months of 2025": its fourth quarter
        quarter = 1 if m["ord3"].lower() == "first" else 4
        return Resolution(
            DATE, f"{m['year3']}-Q{quarter}", rule="first/last three months of a year"
        )
    if m["ord6"]:
        half = 1 if m["ord6"].lower() == "first" else 2
        return Resolution(DATE, f"{m['year6']}-H{half}", rule="first/last six months of a year")
    half = 1 if m["ord"].lower() == "first" else 2
    year = m["year"] or f"{ctx.base.year:04d}"
    return Resolution(DATE, f"{year}-H{half}", rule="first/second two quarters")


_ENDED = re.compile(rf"\s+(?:ended|ending|that\s+ended)\s+(?P<month>{MONTH})\s+\d", re.IGNORECASE)


def _quarter_ending(ctx: Context, end: int) -> str:
    """ "the quarter ended July 31": the calendar quarter holding most of its three months
    (May to July: the second), in the latest year it can have ended by the publication date."""
    found = _ENDED.match(ctx.text, end)
    if found is None:
        return ""
    last = month_number(found["month"])
    year = ctx.base.year if last <= ctx.base.month else ctx.base.year - 1
    middle = timeml.add_months(date(year, last, 1), -1)
    return timeml.quarter_value(middle)


def fiscal_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "FY25" (the fiscal year ending in 2025), "the previous fiscal"."""
    if m["fy1"] or m["fyend"] or m["fye"]:  # "FY2022/23", "the 2016/17 financial year"
        first, last = (
            (m["fy1"], m["fy2"])
            if m["fy1"]
            else (m["fystart"], m["fyend"])
            if m["fyend"]
            else (m["fys"], m["fye"])
        )
        number = span_end_year(int(first), last)
        return Resolution(DATE, f"FY{number:04d}", rule="fiscal year named by its two years")
    if m["fy"] or m["fyone"] or m["fyap"]:
        written = m["fy"] or m["fyone"] or m["fyap"]
        number = _fy_number(written, ctx.base.year)
        if ctx.fiscal_start == 1 and follows_calendar(ctx.text):
            return Resolution(DATE, f"{number:04d}", rule="fiscal year, the calendar year")
        return Resolution(
            DATE, f"FY{number:04d}", rule="fiscal year named", mod=edge_mod(m["edge"])
        )
    rel = (m["frel"] or m["frel2"]).lower()
    step = {"previous": -1, "last": -1, "next": 1, "coming": 1}.get(rel, 0)
    number = fiscal_year_of(ctx.base, ctx.fiscal_start) + step
    return Resolution(
        DATE,
        f"FY{number:04d}",
        Certainty.INFERRED,
        f"{rel} fiscal year",
        ctx.base_anchor(),
        uses_publication=True,
    )


def months_quarter(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "the January-March quarter", "the December quarter", "the holiday quarter": the calendar
    quarter of its middle month, in the year the tense points to (or the one named)."""
    if (
        m["holiday"]
        and ctx.fiscal_start not in {1, 4, 7, 10}
        and ctx.text_counts_fiscal_quarters(_FISCAL_QUARTERS)
    ):
        # a retailer's year from February: its holiday quarter is its fourth, November-January
        start = ctx.fiscal_start
        number = ((12 - start) % 12) // 3 + 1
        year, why = year_for(ctx, m.start(), m.end(), 11, None)
        fiscal = fiscal_year_of(date(year, 12, 1), start)
        return Resolution(
            DATE,
            f"FY{fiscal:04d}-Q{number}",
            Certainty.INFERRED,
            f"the holiday quarter of the fiscal year, {why}",
            ctx.base_anchor(),
            uses_publication=True,
        )
    if m["holiday"]:
        middle = 11
    elif m["endm"]:
        middle = month_number(m["endm"]) - 1
    else:
        middle = (month_number(m["first"]) % 12) + 1
    number = (middle - 1) // 3 + 1
    if named := m["year"] or m["year2"]:
        return Resolution(DATE, f"{named}-Q{number}", rule="quarter named by its months")
    year, why = year_for(ctx, m.start(), m.end(), middle, None)
    if year == ctx.base.year + 1 and (ctx.base.month - 1) // 3 + 1 - number == 1:
        # "The City expects growth in the July-September period", said in October: the quarter
        # just ended, whose figures are awaited (as "expects to report third-quarter results")
        year, why = ctx.base.year, "the quarter just ended, its figures awaited"
    return Resolution(
        DATE,
        f"{year:04d}-Q{number}",
        Certainty.INFERRED,
        f"quarter named by its months, {why}",
        ctx.base_anchor(),
        uses_publication=True,
        keep_after_year=True,
    )


_QUALIFYING = re.compile(r"\b(?:qualifying|pole\s+position|on\s+pole|the\s+grid)\b", re.I)


def q_quarter(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "Q3 sales", "Q4 2026": the quarter of the year given, else the one under discussion's or
    the publication's (a quarter not yet begun is last year's, as results are for quarters gone)."""
    if m["ny"]:  # "1H14", "3Q13"
        year = 2000 + int(m["ny"])
        if m["nh"]:
            return Resolution(DATE, f"{year:04d}-H{m['nh']}", rule="half of a named year")
        return Resolution(DATE, f"{year:04d}-Q{m['nq']}", rule="quarter of a named year")
    if m["h"]:  # "H1 2023", "H2'24": a half of the year named
        half = int(m["h"])
        if m["fy"]:
            return Resolution(
                DATE, f"FY{_fy_number(m['fy'], ctx.base.year):04d}-H{half}", rule="fiscal half"
            )
        year = int(m["year"]) if m["year"] else 2000 + int(m["short"])
        return Resolution(DATE, f"{year:04d}-H{half}", rule="H-half of a named year")
    number = int(m["q"])
    if m["fy"]:  # "Q3 FY25"
        return Resolution(
            DATE, f"FY{_fy_number(m['fy'], ctx.base.year):04d}-Q{number}", rule="fiscal Q-quarter"
        )
    if m["year"] or m["short"]:
        year = int(m["year"]) if m["year"] else 2000 + int(m["short"])
        return Resolution(DATE, f"{year:04d}-Q{number}", rule="Q-quarter of a named year")
    if number < 4 and _QUALIFYING.search(ctx.text):
        return None  # "Varga falls in Q2", "failing to reach Q3": a race's qualifying session
    if ctx.fiscal_start != 1:  # "Kesari Agrotech Q1 profit falls", its year starting in April
        fiscal = fiscal_year_of(ctx.base, ctx.fiscal_start)
        if ((ctx.base.month - ctx.fiscal_start) % 12) // 3 + 1 < number:
            fiscal -= 1
        return Resolution(
            DATE,
            f"FY{fiscal:04d}-Q{number}",
            Certainty.INFERRED,
            "Q-quarter of the text's fiscal year, latest one begun",
            ctx.base_anchor(),
            uses_publication=True,
        )
    year = ctx.base.year
    cue = ctx.direction(m.start(), m.end())
    ahead = (
        cue is not None
        and cue.direction is Direction.FUTURE
        and not _RESULTS_AFTER.match(ctx.text, m.end())
    )
    if (ctx.base.month - 1) // 3 + 1 < number and not ahead:
        year -= 1  # "Q4 sales" in May are last year's; "in Q2, people will return" is this year's
    return Resolution(
        DATE,
        f"{year:04d}-Q{number}",
        Certainty.INFERRED,
        "Q-quarter, latest one begun" if not ahead else "Q-quarter ahead",
        ctx.base_anchor(),
        uses_publication=True,
        keep_after_year=True,
    )


_TAX_STEP = {"the new": 1, "next": 1, "the next": 1, "the coming": 1, "the following": 1}
_TAX_STEP |= {"last": -1, "the last": -1, "the previous": -1}
_BRITISH_TAX = re.compile(r"\u00a3|\bHMRC\b|\bIsas?\b|\bself-assessment\b", re.IGNORECASE)


def tax_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "this tax year": Britain's runs from 6 April (2013-14 is FY2014), Australia's from
    1 July; elsewhere (the United States) a tax year is the calendar year."""
    rel = " ".join(m["rel"].lower().split())
    step = _TAX_STEP.get(rel, 0)
    base = ctx.base
    if ctx.southern:
        end = base.year + 1 if base >= date(base.year, 7, 1) else base.year
        value, why = f"FY{end + step:04d}", "Australia's tax year, from 1 July"
    elif _BRITISH_TAX.search(ctx.text) or ctx.writes_day_first:
        end = base.year + 1 if base >= date(base.year, 4, 6) else base.year
        value, why = f"FY{end + step:04d}", "Britain's tax year, from 6 April"
    else:
        value, why = f"{base.year + step:04d}", "a tax year is the calendar year"
    return Resolution(
        DATE,
        value,
        Certainty.INFERRED,
        f"{rel} tax year, {why}",
        ctx.base_anchor(),
        uses_publication=True,
    )
