"""Resolvers for amounts of time, sets, vague references and (fiscal) quarters."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from timeline_app.core.models import Certainty, TimexType
from timeline_app.core.tagger import dateparse, timeml
from timeline_app.core.tagger.context import Context, Resolution
from timeline_app.core.tagger.cues import sentence_break
from timeline_app.core.tagger.helpers import (
    WRITTEN_YEAR,
    duration_value,
    number,
    shifted,
    unit_code,
    value_at,
)
from timeline_app.core.tagger.lexicon import (
    MONTHS,
    PARTS_OF_DAY,
    REFERENCES,
    SEASONS,
    SETS,
    WEEKDAYS,
)

DATE, DURATION, SET = TimexType.DATE, TimexType.DURATION, TimexType.SET
_SPAN_PREPOSITION = re.compile(r"\b(?:for|over|during|within|after|in)\s+$", re.IGNORECASE)
_RATE_BEFORE = re.compile(
    r"(?:\d|million|billion|trillion|percent|%|times|once|twice|thrice|cents?|dollars|pounds|"
    r"euros|tons|barrels|people|visitors|flights|copies|units|sold)\W{0,3}(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)
# "at 3pm, a day later than usual": a shift, not "$3 a day"
_SHIFT_AFTER = re.compile(r"\s+(?:later|earlier|sooner)\b", re.I)
# a schedule moved: "started the day an hour later", "the bell rings 50 minutes earlier"
_SCHEDULE_VERB_BEFORE = re.compile(
    r"\b(?:start|starts|started|begin|begins|began|open|opens|opened|close|closes|closed|ring|"
    r"rings|rang|finish|finishes|finished|leave|leaves|depart|departs|arrive|arrives|land|"
    r"lands|run|runs|comes|falls|go\s+to\s+bed|get\s+up|wake\s+up)"
    r"(?:\s+(?:the\s+)?(?:day|school|classes|class|work|"
    # ("its 236 service would leave Ballycarrig 15 minutes earlier during the closure")
    r"shift|trading|session|schools)|\s+(?-i:[A-Z][a-z]+))?\s+$",
    re.IGNORECASE,
)
_PAST_STEPS = frozenset(
    {"started", "began", "opened", "closed", "rang", "finished", "departed", "arrived", "landed"}
)
_MOD = {
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
    "about": "APPROX",
    "around": "APPROX",
    "approximately": "APPROX",
    "roughly": "APPROX",
    "some": "APPROX",
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE",
    "less than": "LESS_THAN",
    "fewer than": "LESS_THAN",
    "under": "LESS_THAN",
    "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS",
    "at most": "EQUAL_OR_LESS",
    "as much as": "EQUAL_OR_LESS",
    "as many as": "EQUAL_OR_LESS",
}


def _mod(words: str | None) -> str:
    return _MOD.get(" ".join((words or "").lower().split()), "")


_CRICKET = re.compile(r"\b(?:cricket|wickets?|innings|batsman|batting\s+average)\b", re.IGNORECASE)


def duration(m: re.Match[str], ctx: Context) -> Resolution | None:
    unit = unit_code(m["unit"])
    if unit == "century" and m["unit"].lower().endswith("ies") and _CRICKET.search(ctx.text):
        return None  # "11 centuries" in a cricketer's career: hundreds of runs
    amount = number(m["num"])
    if amount is not None and m["half"]:  # "two and a half years", "an hour and a quarter"
        amount += 0.25 if m["half"].rstrip().lower().endswith("quarter") else 0.5
    post = " ".join((m["post"] or "").lower().split())
    num_words = " ".join(m["num"].lower().split())
    if not m["det"] and not m["rel"] and not m["mod"] and not post and num_words in {"a", "an"}:
        before = ctx.text[max(0, m.start() - 40) : m.start()]
        if (
            _RATE_BEFORE.search(before)
            and not _SHIFT_AFTER.match(ctx.text, m.end())
            and not _SPAN_PREPOSITION.search(before)  # "followed 14,200 people for a decade"
            # "killing 11 soldiers, and a week after a bomb": a new phrase, no rate
            and not re.search(r"(?:,|\band|\bbut)\s+$", before)
        ):
            return None  # "$500 million a year": a rate, which TimeBank leaves untagged
    if post.endswith("ago"):
        return _ago(m, ctx, amount, unit)
    if post.startswith("ago ") and amount is not None and amount == int(amount):
        # "Thirty years ago this week": that week (month, day) so many years back
        unit_back = post.split()[-1]
        day = shifted(ctx.base, -int(amount), unit)
        value = value_at(day, "day" if unit_back in {"today", "tonight"} else unit_back)
        kind = DATE
        if unit_back == "tonight":  # "A year ago tonight": that night
            value, kind = f"{value}TNI", TimexType.TIME
        if unit_back == "week" and unit == "year":
            # "Three years ago this week": this week's number, so many years back
            week = min(ctx.base.isocalendar()[1], date(day.year, 12, 28).isocalendar()[1])
            value = f"{day.year:04d}-W{week:02d}"
        return Resolution(
            kind,
            value,
            Certainty.INFERRED,
            f"{int(amount)} {unit}(s) ago {post[4:]}",
            ctx.base_anchor(),
            uses_publication=True,
        )
    if (
        (post.startswith("from ") or post == "hence")
        and amount is not None
        and amount == int(amount)
    ):
        # "A century from now", "two years hence", "a week from today": a date counted
        # forward from the publication (or from tomorrow)
        start = ctx.base + timedelta(days=1) if post.endswith("tomorrow") else ctx.base
        written_as = "year" if unit in {"decade", "century", "millennium"} else unit
        if post.endswith(("today", "tomorrow")) and unit in {"day", "week"}:
            written_as = "day"  # "a week from today" is that day, next Saturday
        return Resolution(
            DATE,
            value_at(shifted(start, int(amount), unit), written_as),
            Certainty.INFERRED,
            f"{int(amount)} {unit}(s) {post}",
            ctx.base_anchor(),
            mod=_mod(m["mod"]),
            uses_publication=True,
        )
    if _some_day(m, ctx, num_words, unit, post):
        return Resolution(DATE, "FUTURE_REF", Certainty.VAGUE, "one day (some day)", "")
    verb = _SCHEDULE_VERB_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
    if (
        post in {"earlier", "later"}
        and unit in {"hour", "minute"}
        and verb is not None
        # not "polls will open at 7 a.m. Sunday and close 12 hours later": from that hour
        and not ctx.in_sentence_of_last_value(m.start())
        # nor "boxes reached the centre from 10.40pm. Verification finished about two hours
        # later": a past step from the hour just told
        and not (
            verb[0].split()[0].lower() in _PAST_STEPS
            and _LAST_CLOCK.match(ctx.last_value)
            and 0 <= m.start() - ctx.last_value_end <= 200
        )
    ):
        # "schools that started the day an hour later": the shift of a schedule, no date
        return Resolution(DURATION, duration_value(amount, unit), rule="a schedule's shift")
    if post in {"earlier", "later", "on", "before"}:  # "Sixty years on" is sixty years later
        return _offset(m, ctx, amount, unit, -1 if post in {"earlier", "before"} else 1)
    return Resolution(
        DURATION, duration_value(amount, unit), rule="amount of time", mod=_mod(m["mod"])
    )


def _some_day(m: re.Match[str], ctx: Context, num_words: str, unit: str, post: str) -> bool:
    """ "Islam will one day be ...": "one day" after a modal is some future day."""
    bare = not (m["det"] or m["rel"] or m["mod"] or post)
    if not (bare and num_words == "one" and unit == "day"):
        return False
    if _MODAL_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()):
        return True
    # "One day I would like to walk ...": opening its sentence, with a modal in the clause
    opens = m.start() == 0 or bool(
        re.search(r"(?:[.!?\n][\"')\]]?\s*)$", ctx.text[max(0, m.start() - 4) : m.start()])
    )
    return opens and bool(_MODAL_SOON_AFTER.match(ctx.text, m.end()))


def _ago(m: re.Match[str], ctx: Context, amount: float | None, unit: str) -> Resolution:
    if amount is None:  # "a few minutes ago": a time of day gone by (a TIME for hours and less)
        kind = TimexType.TIME if unit in {"second", "minute", "hour"} else DATE
        return Resolution(kind, "PAST_REF", Certainty.VAGUE, "vague amount ago", ctx.base_anchor())
    if unit == "year" and amount == 1 and ctx.last_quarter:
        value = timeml.shift_value(ctx.last_quarter, -1)
        return Resolution(
            DATE,
            value,
            Certainty.ANCHORED,
            "a year ago, quarter under discussion",
            f"previous quarter {ctx.last_quarter}",
            anchors=False,
        )
    if unit in {"second", "minute", "hour"} and (clock := _LAST_CLOCK.match(ctx.last_value)):
        return _from_clock(m, clock, amount, unit, -1)  # "an hour ago", in a 15:48 entry
    whole = int(amount)
    season = (
        SEASONS.get((m["unit"] or "").lower().rstrip("s")) if "unit" in m.re.groupindex else None
    )
    if season and unit == "year":  # "two summers ago": that season, so many years back
        return Resolution(
            DATE,
            f"{ctx.base.year - whole:04d}-{season}",
            Certainty.INFERRED,
            f"{whole} {m['unit'].lower()} ago",
            ctx.base_anchor(),
            uses_publication=True,
        )
    years = whole * {"year": 1, "decade": 10, "century": 100, "millennium": 1000}.get(unit, 0)
    if years >= ctx.base.year:  # "about 20,000 years ago": before the calendar's first year
        return Resolution(DATE, "PAST_REF", Certainty.VAGUE, "before year 1", ctx.base_anchor())
    parsed = None
    if whole == amount and unit in {"day", "week", "month", "year"}:
        parsed = dateparse.parse(f"{whole} {unit}s ago", ctx.base, "past")
    day = parsed[0] if parsed else shifted(ctx.base, -whole, unit)
    rule = f"{whole} {unit}(s) ago" + (" (dateparser)" if parsed else "")
    # "a decade ago" is a year ten years back (1989), not the decade it falls in (the 1980s)
    written_as = "year" if unit in {"decade", "century", "millennium"} else unit
    return Resolution(
        DATE,
        value_at(day, written_as),
        Certainty.INFERRED,
        rule,
        ctx.base_anchor(),
        mod=_mod(m["mod"]),
        uses_publication=True,
    )


_PERIOD_REACH = 1500  # characters back a month the figures are for may lie ("in March ... from")


_YEAR_PART = re.compile(r"(\d{4})-(H[12]|SP|SU|FA|WI)")


_APPOSITION = re.compile(r",\s+(?:(?:barely|just|only|some|about|nearly|almost|exactly)\s+)?")
_UNIT_WIDTH = {"year": 4, "month": 7, "day": 10}


_PART_OF_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI)")


def _offset(
    m: re.Match[str], ctx: Context, amount: float | None, unit: str, sign: int
) -> Resolution:
    width = _UNIT_WIDTH.get(unit, 0)
    if (
        width
        and len(ctx.last_value) >= width
        and ctx.last_value[:4].isdigit()
        and ctx.last_value_end >= 0
        and _APPOSITION.fullmatch(ctx.text, ctx.last_value_end, m.start())
    ):
        # "became chief executive in June 2004, a year later", "It quit in March, barely four
        # months later": the date just named, said again as a distance from an earlier one
        return Resolution(
            DATE,
            ctx.last_value[:width],
            Certainty.ANCHORED,
            f"{unit}s later or earlier, in apposition to the date before",
            f"previous date {ctx.last_value}",
        )
    month = _MONTH_ONLY.fullmatch(ctx.last_value) if unit == "year" and amount == 1 else None
    if month and ctx.in_sentence_of_last_value(m.start()):
        period, period_end = ctx.period_month
        compared = ctx.last_value != period and ctx.last_value_end > period_end
        if (
            period
            and 0 <= period_end <= m.start()
            and m.start() - period_end <= _PERIOD_REACH
            and (compared or not sentence_break(ctx.text, period_end, m.start()))
        ):
            month = _MONTH_ONLY.fullmatch(period) or month  # not the month compared with
        # "inflation was 2.8% in April, down from 3.4% a year earlier": that month a year back,
        # even in a story about a quarter ("Tonnage in June was 9% higher than a year earlier")
        return Resolution(
            DATE,
            f"{int(month[1]) + sign:04d}-{month[2]}",
            Certainty.ANCHORED,
            "a year before/after the month",
            f"previous date {month[0]}",
            anchors=False,
        )
    if (
        unit == "year"
        and amount == 1
        and (part := _YEAR_PART.fullmatch(ctx.last_value))
        and ctx.in_sentence_of_last_value(m.start())
    ):
        # "rose 11 per cent in the first half of 2014 from a year earlier": that half a year back
        return Resolution(
            DATE,
            f"{int(part[1]) + sign:04d}-{part[2]}",
            Certainty.ANCHORED,
            "a year before/after the half or season",
            f"previous date {part[0]}",
            anchors=False,
        )
    if (
        unit == "year"
        and amount == 1
        and ctx.fiscal_year[1] > ctx.last_value_end
        and 0 <= ctx.fiscal_year[1] <= m.start()
        and not sentence_break(ctx.text, ctx.fiscal_year[1], m.start())
    ):
        # "profit fell in the 2013-14 financial year, from $50m a year earlier": the fiscal
        # year before
        return Resolution(
            DATE,
            timeml.shift_value(ctx.fiscal_year[0], sign),
            Certainty.ANCHORED,
            "a year before/after the fiscal year",
            f"previous date {ctx.fiscal_year[0]}",
            anchors=False,
        )
    if unit == "year" and amount == 1 and ctx.last_quarter:
        value = timeml.shift_value(ctx.last_quarter, sign)
        return Resolution(
            DATE,
            value,
            Certainty.ANCHORED,
            "a year before/after the quarter",
            f"previous quarter {ctx.last_quarter}",
            anchors=False,
        )
    if amount is None:
        return Resolution(DURATION, duration_value(None, unit), rule="vague offset")
    if unit in {"second", "minute", "hour"} and (clock := _LAST_CLOCK.match(ctx.last_value)):
        # "stalled at 14:35:10; about 90 seconds later": the clock time counted from
        return _from_clock(m, clock, amount, unit, sign)
    if (
        unit in {"second", "minute", "hour"}
        and ctx.last_value
        and (
            ctx.last_clock.startswith(f"{ctx.last_value}T")
            # ("took off at 12:52 this afternoon. Twenty minutes later": that afternoon's hour)
            or (
                _PART_OF_DAY_VALUE.fullmatch(ctx.last_value)
                and ctx.last_clock.startswith(ctx.last_value[:11])
            )
        )
        and (clock := _LAST_CLOCK.match(ctx.last_clock))
    ):
        # "went off at 5:31 p.m. on May 18 last year ... Twelve minutes later": that day's hour
        return _from_clock(m, clock, amount, unit, sign)
    if (
        unit in {"second", "minute"}
        and 0 <= ctx.last_clock_end <= m.start()
        and m.start() - ctx.last_clock_end <= _CLOCK_COUNT_REACH
        and "\n\n" not in ctx.text[ctx.last_clock_end : m.start()]
        and (clock := _LAST_CLOCK.match(ctx.last_clock))
        # (only past an aside about the day next to the hour's)
        and _aside_day_by(ctx.last_value, ctx.last_clock[:10])
    ):
        # "heard a loud bang at 07:42 UTC. The commander had flown the same route the day
        # before. He ditched the aircraft four minutes later": minutes count from the hour
        return _from_clock(m, clock, amount, unit, sign)
    day, anchor, own = ctx.narrative()
    if (
        own
        and len(ctx.days) > 1
        and ctx.last_value_end >= 0
        and _SUBJECT_VERB_GAP.fullmatch(ctx.text, ctx.last_value_end, m.start())
    ):
        # "Passover begins at sundown Monday, and Easter follows six days later": the day just
        # named is the one counted to, not from; the day before it is the start
        day, text = ctx.days[-2]
        anchor = f"previous date {day} ('{text}')"
    if unit == "month" and (month := _MONTH_ONLY.fullmatch(ctx.last_value)):
        # "withdrawn in April 2017 ..., resigned two months later": from that month
        day, anchor, own = date(int(month[1]), int(month[2]), 1), f"previous date {month[0]}", True
    if unit == "week" and (week := _WEEK_ONLY.fullmatch(ctx.last_value)):
        # "ends on the weekend of October 13-14. The semi-finals follow a week later": from it
        day = date.fromisocalendar(int(week[1]), int(week[2]), 1)
        anchor, own = f"previous date {week[0]}", True
    named = None
    if unit in {"year", "decade", "century"}:
        named = ctx.named_year(within=True) or ctx.year_before_the_count(m.start())
    if m["post"] and m["post"].strip().lower() == "on" and ctx.publication is not None:
        # "in 1945 ... Forty years on" is 1985; but "Two weeks on" with no event dated, or "Six
        # months on" that would pass the publication, is today: from the event until now
        start = date(named, 7, 1) if named is not None else day
        if not (own or named is not None) or shifted(start, int(amount), unit) > ctx.publication:
            return _until_now(ctx, amount, unit)
    if (
        not own
        and named is None
        and sign > 0
        and unit in {"year", "decade"}
        and ctx.publication is not None
        and not ctx.days
    ):
        # a headline's "A year later, no trace of Megan", before the text dates anything: now
        return _until_now(ctx, amount, unit)
    if named is not None:
        # "announced in 2015 and again two years later": the year last named, not a day before it
        day, anchor, own = date(named, 7, 1), f"previous date {named}", True
    target = shifted(day, sign * int(amount), unit)
    if (
        sign > 0
        and unit == "year"
        and ctx.publication is not None
        and target.year > ctx.publication.year + 1
        and (year := _year_counted_from(ctx, m.start(), int(amount))) is not None
    ):
        # "in the spring of 1849 she left ... On Monday, 163 years later": counted from 1849,
        # a count that would pass the paper's day by a century is not from the day just named
        day, anchor, own = date(year, 7, 1), f"previous year {year}", True
        target = shifted(day, int(amount), unit)
    if sign > 0 and own and (back := ctx.past_story_day(m.start(), m.end(), target)):
        # "Today, at 11 a.m., she will lay a wreath. ... it was three days later before the
        # first ship could dock": back in 1945, not three days after today
        day, anchor = back[0], f"previous date {back[0]} ('{back[1]}')"
        target = shifted(day, sign * int(amount), unit)
    certainty = Certainty.ANCHORED if own else Certainty.INFERRED
    # "a decade earlier" is a year ten years back, like "a decade ago", not a decade
    written_as = "year" if unit in {"decade", "century", "millennium"} else unit
    # "Twelve months on, the traders are still waiting": now, an aside the story's past tense
    # does not count from ("... fought it through the night")
    now = bool(
        m["post"]
        and m["post"].strip().lower() == "on"
        and ctx.publication is not None
        and abs((target - ctx.publication).days) <= 31
    )
    return Resolution(
        DATE,
        value_at(target, written_as),
        certainty,
        f"{int(amount)} {unit}(s) offset",
        anchor,
        mod=_mod(m["mod"]),
        uses_publication=not own,
        anchors=not now,
    )


def _year_counted_from(ctx: Context, start: int, years: int) -> int | None:
    """The latest year written in the 600 characters before ``start`` that ``years`` later is
    the publication's year or the one before."""
    pub = ctx.publication
    if pub is None:
        return None
    found = [int(y) for y in WRITTEN_YEAR.findall(ctx.text, max(0, start - 600), start)]
    return next((y for y in reversed(found) if pub.year - 1 <= y + years <= pub.year), None)


def _until_now(ctx: Context, amount: float, unit: str) -> Resolution:
    return Resolution(
        DATE,
        value_at(ctx.base, unit),
        Certainty.INFERRED,
        f"{int(amount)} {unit}(s) on, to the publication",
        ctx.base_anchor(),
        uses_publication=True,
        anchors=False,
    )


# a day named as the subject of the count: "Easter follows six days later"
_SUBJECT_VERB_GAP = re.compile(r"\s+(?:follows|followed|comes|came|falls|fell|arrives|arrived)\s+")


def _from_clock(
    m: re.Match[str], clock: re.Match[str], amount: float, unit: str, sign: int
) -> Resolution:
    """A clock time ``amount`` units after (``sign`` 1) or before ``clock``, the text's last."""
    moved = datetime.fromisoformat(clock.group(0)) + sign * timedelta(**{f"{unit}s": amount})
    shape = "%Y-%m-%dT%H:%M:%S" if unit == "second" or clock["s"] else "%Y-%m-%dT%H:%M"
    return Resolution(
        TimexType.TIME,
        moved.strftime(shape),
        Certainty.ANCHORED,
        f"{amount:g} {unit}(s) from the clock time before",
        f"previous time {clock.group(0)}",
        mod=_mod(m["mod"]),
    )


_WEEK_ONLY = re.compile(r"(\d{4})-W(\d\d)(?:-WE)?")
_MONTH_ONLY = re.compile(r"(\d{4})-(\d\d)")
_LAST_CLOCK = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?P<s>:\d\d)?$")
_MODAL_SOON_AFTER = re.compile(
    r",?\s+(?:[A-Za-z']+,?\s+){0,4}?(?:will|would|could|might|may|shall|'ll|'d)\b"
)
_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|may|might|can|shall)\s+$", re.IGNORECASE)
_STRETCH_OF = re.compile(
    r"\s+of\s+(?!age\b|the\b|this\b|that\b|these\b|those\b|its\b|his\b|her\b)[a-z]{3,}", re.I
)
_VAGUE_BEFORE = re.compile(
    r"\b(?:for|in|over|within|than|after|take|took|takes|last|lasted|be|been|spent|spend|"
    r"waited|wait)\s+$",
    re.I,
)


def vague_units(m: re.Match[str], ctx: Context) -> Resolution | None:
    pre = " ".join((m["pre"] or "").lower().split())
    unit = unit_code(m["unit"])
    post = (m["post"] or "").lower().strip()
    if post == "ago":
        return Resolution(
            DATE, "PAST_REF", Certainty.VAGUE, f"{m['unit'].lower()} ago", ctx.base_anchor()
        )
    if "early" in pre and unit in {"hour", "minute"}:
        return None  # "the early hours of Thursday" is a part of a day, not an amount of time
    if "recent" in pre and unit in {"year", "decade"}:  # "in recent years", "recent decades"
        return Resolution(DATE, "PAST_REF", Certainty.VAGUE, f"recent {unit}s", ctx.base_anchor())
    if (
        not pre
        and not post
        and not _VAGUE_BEFORE.search(ctx.text[max(0, m.start() - 12) : m.start()])
        and not _STRETCH_OF.match(ctx.text, m.end())  # "followed months of preparation"
    ):
        return None
    return Resolution(DURATION, duration_value(None, unit), rule="vague amount of time")


def fortnight(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "a fortnight": two weeks; "a fortnight ago": the week two weeks back."""
    if m["ago"]:
        return _ago(m, ctx, 2, "week")
    if m["every"]:  # "from every week to every fortnight"
        return Resolution(TimexType.SET, "P2W", rule="every fortnight")
    return Resolution(DURATION, "P2W", rule="a fortnight", mod=_mod(m["mod"]))


def its_nth(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "the strike entered its ninth day": the one day (week, month) of it under way."""
    return Resolution(DURATION, duration_value(1, m["unit"]), rule="one unit of an event")


def quarter_century(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "the next quarter of a century": 25 years; "a quarter-century ago": the year 25 back;
    "to mark a half-century": 50 years."""
    years = 50 if m["part"].lower() == "half" else 25
    if m["ago"]:
        return _ago(m, ctx, years, "year")
    rule = f"a {m['part'].lower()} of a century"
    return Resolution(DURATION, f"P{years}Y", rule=rule, mod=_mod(m["mod"]))


_CENTURY_TURNED = {"19th": 1800, "nineteenth": 1800, "20th": 1900, "twentieth": 1900}
_CENTURY_TURNED |= {"21st": 2000, "twenty-first": 2000}


def turn_of_century(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "the turn of the century": the year the century turned, 1900 in a story told of the
    1880s, 2000 in one of today (the turn of the 20th century: 1900)."""
    if m["ord"]:
        year = _CENTURY_TURNED[m["ord"].lower()]
        return Resolution(DATE, f"{year:04d}", rule="the turn of a named century")
    told = ctx.last_value[:4]
    if m["last"]:
        year = (ctx.base.year - 1) // 100 * 100 - 100  # said in 2012: 1900
        why = "the turn of the last century"
    elif told.isdigit() and int(told) < ctx.base.year - 30:
        year = (int(told) + 50) // 100 * 100  # "in the 1880s ... by the turn of the century"
        why = f"the turn of the century of the story, {told}"
    else:
        year = (ctx.base.year + 50) // 100 * 100
        why = "the turn of the century nearest the publication"
    return Resolution(DATE, f"{year:04d}", Certainty.INFERRED, why, ctx.base_anchor())


def event_stretch(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "the first week of the truce": that much of the event (the first hours: some hours)."""
    amount = None if m["plural"] else 1
    return Resolution(DURATION, duration_value(amount, m["unit"]), rule="a stretch of an event")


def _aside_day_by(value: str, day: str) -> bool:
    """Whether ``value`` is a whole day just before or after ``day`` (both ISO dates)."""
    try:
        return (
            len(value) == 10
            and abs((date.fromisoformat(value) - date.fromisoformat(day)).days) == 1
        )
    except ValueError:
        return False


_CLOCK_COUNT_REACH = 400  # characters from a clock time that minutes later count from


def unit_long(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "a day-long meeting": one of the unit; "a half-hour film": half an hour."""
    if m["half"]:
        return Resolution(DURATION, "PT30M", rule="half-hour")
    return Resolution(DURATION, duration_value(1, m["unit"]), rule="<unit>-long")


_AND_WEEKDAY_POD = re.compile(
    r"\s+(?:and|or)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+"
    r"(?P<pod>night|morning|afternoon|evening)\b",
    re.IGNORECASE,
)


def set_(m: re.Match[str], ctx: Context) -> Resolution | None:
    if m["weekends"]:
        return Resolution(SET, "XXXX-WXX-WE", rule="weekends")
    if m["funit"]:  # "twice a month": TimeML keeps the count in freq, the value is the period
        if m["funit"].lower() == "fortnight":  # "once a fortnight"
            return Resolution(SET, "P2W", rule="n times a fortnight")
        return Resolution(SET, duration_value(1, m["funit"]), rule="n times a unit")
    if m["adv"] or m["qadv"]:
        return Resolution(SET, SETS[(m["adv"] or m["qadv"]).lower()], rule="frequency adverb")
    if m["units"]:  # "every three months"
        return Resolution(SET, duration_value(number(m["count"]), m["units"]), rule="every n units")
    unit = " ".join(m["unit"].lower().split())
    if unit in WEEKDAYS:
        pod = PARTS_OF_DAY.get((m["pod"] or "").lower(), "")
        if not pod and (paired := _AND_WEEKDAY_POD.match(ctx.text, m.end())):
            # "every Tuesday and Wednesday night": the night of both
            pod = PARTS_OF_DAY.get(paired["pod"].lower(), "")
        value = f"XXXX-WXX-{WEEKDAYS[unit] + 1}" + (f"T{pod}" if pod else "")
        return Resolution(SET, value, rule="every weekday")
    if unit.rstrip(".") in MONTHS:
        return Resolution(SET, f"XXXX-{MONTHS[unit.rstrip('.')]:02d}", rule="every month name")
    if unit in SEASONS:
        return Resolution(SET, f"XXXX-{SEASONS[unit]}", rule="every season")
    if unit in {"morning", "afternoon", "night", "evening"}:
        # "every evening": like "each July" (XXXX-07), the point it recurs at, any day
        return Resolution(SET, f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}", rule="every part of day")
    if unit == "weekend":
        return Resolution(SET, "XXXX-WXX-WE", rule="every weekend")
    if unit.startswith("half"):  # "every half hour"
        return Resolution(SET, "PT30M", rule="every half hour")
    every = 2 if m["other"] else 1  # "every other week"
    return Resolution(SET, duration_value(every, unit), rule="every unit")


def ref(m: re.Match[str], ctx: Context) -> Resolution | None:
    words = " ".join(m.group(0).lower().split())
    value = REFERENCES.get(words, "FUTURE_REF")
    return Resolution(DATE, value, Certainty.VAGUE, f"vague reference '{words}'", ctx.base_anchor())


def next_hour(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "within the next hour", "in the final minute": one hour's (one minute's) span."""
    value = "PT1H" if m["unit"].lower() == "hour" else "PT1M"
    return Resolution(DURATION, value, rule=f"the {m['rel'].lower()} {m['unit'].lower()}")
