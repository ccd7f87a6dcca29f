"""Resolvers for expressions relative to the publication date or to an earlier date in the text."""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline_app.core.models import Certainty, TimexType
from timeline_app.core.tagger import timeml
from timeline_app.core.tagger.context import Context, Resolution
from timeline_app.core.tagger.cues import Direction, sentence_break
from timeline_app.core.tagger.fiscal import fiscal_year_of
from timeline_app.core.tagger.helpers import shifted, toward, value_at, weekday_date
from timeline_app.core.tagger.lexicon import MONTHS, PARTS_OF_DAY, WEEKDAYS
from timeline_app.core.tagger.resolve_calendar import edge_mod, month_number

DATE, TIME, DURATION = TimexType.DATE, TimexType.TIME, TimexType.DURATION
BACK = {
    "last",
    "past",
    "this past",
    "previous",
    "the last",
    "the past",
    "the previous",
    "the preceding",
    "the this past",
}
AHEAD = {"next", "coming", "this coming", "the coming", "the next", "following", "the following"}
_THIS = {"this", "the current", "the same", "the latest", "the full", "full", "the this", "current"}


def rel_words(m: re.Match[str]) -> str:
    rel = m["rel"] or (m["rel2"] if "rel2" in m.re.groupindex else None)
    return " ".join((rel or "").lower().split())


def pod_code(words: str | None) -> str:
    return PARTS_OF_DAY.get(" ".join((words or "").lower().split()), "")


def relative(
    ctx: Context, value: str, rule: str, *, kind: TimexType = DATE, mod: str = ""
) -> Resolution:
    return Resolution(
        kind, value, Certainty.INFERRED, rule, ctx.base_anchor(), mod, uses_publication=True
    )


_REST = re.compile(r"the\s+(?:rest|remainder)\s+of", re.IGNORECASE)


def _rest_of(res: Resolution, m: re.Match[str]) -> Resolution:
    """ "the rest of the week": the week's TimeML value, an interval from publication on."""
    if m["edge"] and _REST.match(m["edge"]) and res.value[:1].isdigit():
        res.from_publication = True
        res.rule = f"the rest of {res.rule}"
    return res


def from_narrative(
    ctx: Context, value: str, rule: str, mod: str = "", kind: TimexType = DATE
) -> Resolution:
    _, anchor, own = ctx.narrative()
    certainty = Certainty.ANCHORED if own else Certainty.INFERRED
    return Resolution(kind, value, certainty, rule, anchor, mod, uses_publication=not own)


_BEGINS_AFTER = re.compile(  # ("the fiscal year starting July 1", said in February)
    r"\s*,?\s+(?:(?:that|which)\s+(?:begins|starts|will\s+begin|will\s+start|opens)|"
    r"starting|beginning)\b",
    re.I,
)
_ENDED_AFTER = re.compile(r"\s*,?\s+(?:that|which)\s+(?:ended|closed)\b", re.I)
_OVER_BEFORE = re.compile(r"\b(?:over|during|within|throughout|for)\s+$", re.IGNORECASE)


_FOLLOWS_BEFORE = re.compile(r"\b(?:follows?|match(?:es)?|is|as|like|with)\s+$", re.IGNORECASE)


def relative_unit(m: re.Match[str], ctx: Context) -> Resolution | None:
    unit = " ".join(m["unit"].lower().split()).replace("financial", "fiscal")
    rel, unit = rel_words(m), unit.replace("budget", "fiscal").replace("business", "fiscal")
    if "full" in m.re.groupindex and m["full"]:
        rel = "full"  # "raises full-year forecast"
    if "before_last" in m.re.groupindex and m["before_last"]:
        return _before_last(ctx, unit)
    if "ahead" in m.re.groupindex and m["ahead"]:
        rel = "the coming"
        if unit == "week" and ctx.base.weekday() == 0:
            # "THE WEEK AHEAD\nMonday: ...", in a Monday paper: the week that begins today
            return relative(ctx, value_at(ctx.base, "week"), "the week ahead, from today")
    mod = edge_mod(m["edge"])
    if unit in {"year's end"}:
        unit, mod = "year", "END"
    if unit == "calendar year":  # "by the end of the calendar year": the year of the calendar
        if _FOLLOWS_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
            return None  # "a fiscal year that follows the calendar year": any year
        if not rel:
            return relative(ctx, str(ctx.base.year), "the calendar year", mod=mod)
        unit = "year"
    if unit == "year" and rel in {"the full", "full"} and ctx.fiscal_start != 1:
        # "For the full year, Quillane expects ...": its fiscal year, in a text that has one
        number = fiscal_year_of(ctx.base, ctx.fiscal_start)
        reported = ctx.reported_quarter
        if _past_clause(m, ctx) and reported.startswith("FY") and reported.endswith("Q4"):
            # "For the full year, profit fell 57 percent", after the fourth quarter's results
            return Resolution(
                DATE,
                reported[:6],
                Certainty.ANCHORED,
                "the full fiscal year reported",
                f"quarter reported {reported}",
            )
        if _results_just_out(m, ctx):
            number -= 1
        return relative(ctx, f"FY{number:04d}", "the full fiscal year", mod=mod)
    if unit == "year" and (
        (rel == "full" and _results_just_out(m, ctx))
        # "making 7.6p for the full year", in the results "for the year ended 31 December 2011"
        or (rel in {"full", "the full"} and _calendar_year_just_reported(ctx))
    ):
        # "fourth-quarter and full-year results", published in February: last year's
        return relative(ctx, f"{ctx.base.year - 1:04d}", "the full year just reported", mod=mod)
    if unit == "fiscal year":
        if not (rel in _THIS or rel in BACK or rel in AHEAD) and _SPAN_AFTER.match(
            ctx.text, m.end()
        ):
            return Resolution(DURATION, "P1Y", rule="the fiscal year (a span)")  # "ended Jan. 31"
        if ctx.fiscal_start != 1:  # "by the end of the fiscal year" that ends in September
            step = -1 if rel in BACK else 1 if rel in AHEAD else 0
            if not rel and _BEGINS_AFTER.match(ctx.text, m.end()):
                step = 1  # "a budget for the fiscal year that begins July 1", said in June
            elif not rel and _ENDED_AFTER.match(ctx.text, m.end()):
                step = -1  # "the bonus for the financial year that ended on June 30", in July
            number = fiscal_year_of(ctx.base, ctx.fiscal_start) + step
            return relative(ctx, f"FY{number:04d}", f"{rel or 'the'} fiscal year", mod=mod)
        unit = "year"  # "for the fiscal year": the one in progress
    if rel == "that" and (
        unit in {"month", "week"}
        or (unit in {"year", "decade"} and ctx.last_value[:4].isdigit())
        or (unit == "decade" and ctx.coarse[1] > ctx.last_value_end)
    ):
        # "In 1972 ... by the end of that decade": the one the date named lies in
        return _from_story(m, ctx, unit, 0, f"that {unit}", mod)
    if (
        unit == "decade"
        and rel == "the next"
        and _OVER_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
    ):
        return Resolution(DURATION, "P10Y", rule="over the next decade")  # a stretch ahead
    if (
        unit == "decade"
        and rel == "the next"
        and (not _story_in_the_past(ctx) or _future_clause(m, ctx))
    ):
        # ("... built in the 1980s, and a third will need major work in the next decade")
        # "We are talking about the next decade": the ten years ahead, not the 2020s
        return Resolution(DURATION, "P10Y", rule="the next decade, from now")
    if rel in {"the following", "the next", "the previous", "the preceding", "the same"}:
        step = {"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1}.get(
            rel, 0
        )
        return _from_story(m, ctx, unit, step, f"{rel} {unit}", mod)
    if not rel:  # "the week", "the year", "the weekend"
        res = _bare_unit(m, ctx, unit, mod)
        return None if res is None else _rest_of(res, m)
    if unit == "decade" and rel in {"past", "the past", "the last", "the coming"}:
        return Resolution(DURATION, "P10Y", rule=f"{rel} decade")  # like "the next four years"
    step = -1 if rel in BACK else 1 if rel in AHEAD else 0
    if rel == "the latest" and unit == "year":
        step = -1  # "the latest fiscal year": the last one completed, as "the latest quarter"
    if unit == "weekend" and step == 0:
        return _weekend(m, ctx, mod)
    if unit == "day":
        return None
    if (
        unit == "week"
        and rel == "this"
        and ctx.base.weekday() == 6
        and ctx.publication is not None
        and _future_clause(m, ctx)
    ):
        # "said it would send 200 more soldiers this week", in a Sunday paper: the week that
        # begins tomorrow (an ISO week ends on Sunday)
        step = 1
    value = value_at(shifted(ctx.base, step, unit), unit)
    return _rest_of(relative(ctx, value, f"{rel} {unit}", mod=mod), m)


_ISO_WEEK = re.compile(r"(\d{4})-W(\d\d)")


def _numbered_week(ctx: Context) -> re.Match[str] | None:
    """The ISO week last named by its number ("week 12"), if that is the latest date."""
    if not ctx.last_value_text.lower().startswith("week"):
        return None
    return _ISO_WEEK.fullmatch(ctx.last_value)


def _future_clause(m: re.Match[str], ctx: Context) -> bool:
    cue = ctx.direction(m.start(), m.end())
    return cue is not None and cue.direction is Direction.FUTURE and not cue.after


def _story_in_the_past(ctx: Context) -> bool:
    """Whether the latest date named lies in a year before the publication's ("In 1972 ...")."""
    year = ctx.last_value[:4]
    return year.isdigit() and int(year) < ctx.base.year


def _from_story(
    m: re.Match[str], ctx: Context, unit: str, step: int, rule: str, mod: str
) -> Resolution:
    """ "the following <unit>": ``step`` units from the latest date named to that precision."""
    if unit == "day" and step and (said := _DATE_SAID_AFTER.match(ctx.text, m.end())):
        # "the tour opens Sept. 14 ... added for the next day, Sept. 15": the day named before
        # that this one follows, whatever was named since
        month, dom = month_number(said[1]), int(said[2])
        for named, _ in reversed(ctx.days):
            target = named + timedelta(days=step)
            if (target.month, target.day) == (month, dom):
                return from_narrative(ctx, target.isoformat(), f"{rule}, the date after it")
    coarse, coarse_end = ctx.coarse
    if unit in {"decade", "century"} and coarse and coarse_end > ctx.last_value_end:
        # "in the 1950s ... the following decade": the 1960s
        first = int(coarse) * (10 if len(coarse) == 3 else 100)
        value = value_at(shifted(date(first, 1, 1), step, unit), unit)
        anchor = f"previous {unit} {coarse}"
        return Resolution(DATE, value, Certainty.ANCHORED, rule, anchor, mod)
    if unit == "year" and len(coarse) == 3 and coarse_end > ctx.last_value_end:
        # "struck the reef on 24 May 1840 ... Tomorrow at 11am ... The wreck was the worst in
        # the 1840s. An inquiry the following year": counted from the day named in that decade
        inside = [(d, text) for d, text in ctx.days if f"{d.year:04d}".startswith(coarse)]
        if inside:
            day, text = inside[-1]
            anchor = f"previous date {day} ('{text}')"
            return Resolution(DATE, f"{day.year + step:04d}", Certainty.ANCHORED, rule, anchor, mod)
    if unit in {"year", "decade", "century"} and _story_year(m, ctx, step):
        # "In 1962 ... The following year": 1963
        value = value_at(shifted(date(int(ctx.last_value[:4]), 1, 1), step, unit), unit)
        anchor = f"previous date {ctx.last_value} ('{ctx.last_value_text}')"
        return Resolution(DATE, value, Certainty.ANCHORED, rule, anchor, mod)
    if unit == "week" and (week := _numbered_week(ctx)):
        # "In week 12 ... up from the previous week": week 11
        monday = date.fromisocalendar(int(week[1]), int(week[2]), 1)
        value = value_at(shifted(monday, step, unit), unit)
        anchor = f"previous week {ctx.last_value}"
        # (a week compared with, not the one the story goes on about)
        return Resolution(DATE, value, Certainty.ANCHORED, rule, anchor, mod, anchors=False)
    if unit == "week" and step and (week := _ISO_WEEK.fullmatch(ctx.last_value)):
        # "Two weeks later, the company laid off 140 workers. The following week, ...": the
        # week after the one the story has counted to
        monday = date.fromisocalendar(int(week[1]), int(week[2]), 1)
        value = value_at(shifted(monday, step, unit), unit)
        anchor = f"previous week {ctx.last_value} ('{ctx.last_value_text}')"
        return Resolution(DATE, value, Certainty.ANCHORED, rule, anchor, mod)
    if unit == "month" and ctx.last_month is not None:
        day = ctx.last_month  # "In March, ... The following month": April
        period = ctx.period_month[0]
        if period and ctx.publication is not None and ctx.last_day == ctx.publication:
            # "added 21,000 jobs in March, data showed on Friday. ... the same as in the
            # previous month": the month the figures are for, not the day they came out
            day = date(int(period[:4]), int(period[5:7]), 1)
    else:
        ctx.follow_flashback(m.start())
        day, _, _ = ctx.narrative()
        cue = ctx.direction(m.start(), m.end())
        if (
            unit == "day"
            and ctx.publication is not None
            and day > ctx.publication
            and cue is not None
            and cue.direction is Direction.PAST
        ):
            # "wages can be paid in January. ... told the conference the previous day": a past
            # clause counts from the last day gone by, not from a day ahead the story mentioned
            day = ctx.last_day_up_to(ctx.publication)
    return from_narrative(ctx, value_at(shifted(day, step, unit), unit), rule, mod)


def _story_year(m: re.Match[str], ctx: Context, step: int) -> bool:
    """Whether the year last named is what "the next year" counts from: not when a past year
    was named and the clause looks ahead ("lost money last year. The next year will be better")."""
    if not ctx.last_value[:4].isdigit():
        return False
    if step <= 0 or int(ctx.last_value[:4]) >= ctx.base.year:
        return True
    cue = ctx.direction(m.start(), m.end())
    return cue is None or cue.direction is not Direction.FUTURE


_ANY_YEAR_BEFORE = re.compile(
    r"(?:\b(?:the|its|their|his|her)\s+(?:[a-z]+est|most\s+[a-z]+|best|worst)\s+(?:[\w-]+\s+){0,3}"
    r"|\b(?:[Rr]estaurant|[Pp]layer|[Cc]oach|[Mm]anager|[Bb]ook|[Aa]lbum|[Cc]ar|[Tt]eam|[Pp]erson|"
    r"[Aa]thlete|[Tt]eacher|[Ee]mployer|[Pp]ub|[Hh]otel|[Cc]ompany|[Bb]usiness|[Ww]ord)\s+)of\s+$"
)
# "the year her grandmother arrived", "the year when the mill closed", "the year he was born"
_CLAUSE_AFTER = re.compile(
    r"\s+(?:when|in\s+which|that\s+(?!is\b|was\b|ended\b|began\b)|(?:he|she|they|we|I|you)\s+|"
    r"(?:her|his|their|our|my|your)\s+[a-z]+\s+[a-z]+ed\b)"
)


def _bare_unit(m: re.Match[str], ctx: Context, unit: str, mod: str) -> Resolution | None:
    if unit == "weekend":
        return _weekend(m, ctx, mod)
    if unit == "decade" and not mod and _SPAN_AFTER.match(ctx.text, m.end()):
        return Resolution(DURATION, "P10Y", rule="the decade (a span)")  # "the decade to 2013"
    if unit == "year" and not mod:
        if _SPAN_AFTER.match(ctx.text, m.end()):
            return Resolution(DURATION, "P1Y", rule="the year (a span)")
        if _CLAUSE_AFTER.match(ctx.text, m.end()):
            return None  # "it was the year her grandmother arrived": a year the clause names
        if _ANY_YEAR_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start()):
            # "the busiest travel day of the year", "named restaurant of the year": any year's
            return None
        named, named_end = ctx.year_named
        if (
            0 < named < ctx.base.year
            and ctx.last_value[:4] == f"{named:04d}"  # no later date named since
            and 0 <= named_end <= m.start()
            and not sentence_break(ctx.text, named_end, m.start())
        ):
            # "profit for 2014, as a strong second half made up for a slow start to the year"
            return from_narrative(ctx, f"{named:04d}", "the year named in the sentence")
        # "a high for the year", "the first nine months of the year": the year in progress
        return relative(ctx, f"{ctx.base.year:04d}", "the year in progress")
    if unit == "day":
        return None
    if (
        unit == "month"
        # not "his lease runs out at the end of the month", said of the present (but "dipped in
        # mid-January before rising again at the end of the month": that month's end)
        and (not mod or _past_clause(m, ctx))
        and ctx.last_month is not None
        and ctx.in_sentence_of_last_value(m.start())
        and ctx.last_value[:7] == ctx.last_month.isoformat()[:7]
    ):
        # "on the night of July 19, and the month's highest reading": the month just named
        return from_narrative(ctx, value_at(ctx.last_month, unit), "the month just named", mod)
    if (
        unit == "decade"
        and ctx.last_value[:4].isdigit()
        and int(ctx.last_value[:3]) != ctx.base.year // 10
        and ctx.in_sentence_of_last_value(m.start())
        and _past_clause(m, ctx)
    ):
        # "shut two furnaces in 1986, and by the end of the decade the workforce was under
        # 1,000": the decade of the year just named
        return Resolution(
            DATE,
            ctx.last_value[:3],
            Certainty.ANCHORED,
            "the decade of the year just named",
            f"previous date {ctx.last_value}",
            mod,
        )
    if mod == "END" and unit in {"year", "month"}:
        cue = ctx.direction(m.start(), m.end())
        first = ctx.base.replace(month=1, day=1) if unit == "year" else ctx.base.replace(day=1)
        ends = shifted(first, 1, unit) - timedelta(days=7)  # its last week
        if (
            cue is not None
            and cue.direction is Direction.PAST
            and cue.words.lower().startswith("had ")  # a past before the past: not "a goal"
            and ends > ctx.base
        ):
            # "By the end of the year the council had settled on it", said in January: the
            # end gone by, of last year (the past perfect puts it before the story's now)
            return relative(
                ctx, value_at(shifted(ctx.base, -1, unit), unit), f"the {unit} gone by", mod=mod
            )
    return relative(ctx, value_at(ctx.base, unit), f"the {unit}", mod=mod)


# "the year ended Sept. 30", "the year to March", "the year before": a span or another year.
_SPAN_AFTER = re.compile(r"\s+(?:ended|ending|to|before|after|earlier|later|through)\b", re.I)


def _weekend(m: re.Match[str], ctx: Context, mod: str) -> Resolution:
    if ctx.holiday_weekend and _LONG_WEEKEND.match(m.group(0)):
        # "the Labour Day long weekend ... the long weekend means the town will be quiet"
        return Resolution(
            DATE,
            ctx.holiday_weekend,
            Certainty.ANCHORED,
            "the holiday weekend named before",
            f"previous date {ctx.holiday_weekend}",
            mod,
        )
    way, why = toward(ctx, m.start(), m.end())
    saturday = timeml.weekend_of(ctx.base)
    # with no tense at all, a Thursday or Friday paper's "the weekend" is the one coming
    # and "this weekend" ("organizers canceled this weekend's festival") or "by the weekend"
    # ("had expected to end the search by the weekend") in one, whatever the tense
    by = re.search(r"\b(?:by|for)\s+$", ctx.text[max(0, m.start() - 5) : m.start()]) is not None
    ahead = why.endswith("past by default") or rel_words(m) == "this" or by
    coming = ctx.base.weekday() in (3, 4) and ahead
    if why.endswith("past by default") and rel_words(m) == "this":
        coming = True  # a headline's "soldiers back this weekend", on a Wednesday
    if way is Direction.PAST and saturday > ctx.base and not coming:
        saturday -= timedelta(weeks=1)
    return relative(ctx, timeml.week_value(saturday) + "-WE", f"weekend, {why}", mod=mod)


_LONG_WEEKEND = re.compile(r"the\s+(?:long|holiday|bank\s+holiday)\s+weekend", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)


def year_end(m: re.Match[str], ctx: Context) -> Resolution | None:
    """Year-end and midyear: this year's, unless "since" one that is still to come; month-end:
    this month's ("clear all arrears by month-end")."""
    if m["month"]:
        return relative(ctx, value_at(ctx.base, "month"), "month end", mod="END")
    mod, month, rule = ("MID", 7, "midyear") if m["mid"] else ("END", 12, "year end")
    year = ctx.base.year
    if _SINCE_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()) and ctx.base.month < month:
        # "the change since year-end": the end of the year gone by, this one is still to come
        year, rule = year - 1, f"{rule}, since"
    return relative(ctx, f"{year:04d}", rule, mod=mod)


DEICTIC = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def deictic(m: re.Match[str], ctx: Context) -> Resolution | None:
    word = m["day"].lower()
    day = ctx.base + timedelta(days=DEICTIC[word])
    if m["dweeks"]:  # "a fortnight today": two weeks on from today
        weeks = 2 if "fortnight" in m["dweeks"].lower() else 1
        return relative(ctx, (day + timedelta(weeks=weeks)).isoformat(), f"{m['dweeks']} {word}")
    pod = pod_code(m["pod"] or m["pod1"]) or ("NI" if word == "tonight" else "")
    if pod:
        return relative(ctx, f"{day.isoformat()}T{pod}", f"{word}, part of day", kind=TIME)
    if word == "today" and not m["edge"] and _nowadays(m, ctx):
        return Resolution(
            DATE, "PRESENT_REF", Certainty.VAGUE, "today, set against the past (nowadays)"
        )
    return relative(ctx, day.isoformat(), word, mod=edge_mod(m["edge"]))


# "a generation ago", "decades ago", "in the 1960s": a past the present is set against
_LONG_AGO = re.compile(
    r"\b(?:generations?|decades|centuries|(?:many|several|\w+ty|two|three|four|five|six|seven|"
    r"eight|nine|ten|\d+)\s+years)\s+ago\b",
    re.IGNORECASE,
)
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]['\"\u201d]?\s+|\n\s*)$")
_STATE_BEFORE = re.compile(
    r"\b(?:stands|stand|remains|remain|lives|live|exists|survives|hangs|sits|lies)\b[\w\s,]{0,25}$"
)
_CONTRAST_REACH = 300  # characters before "today" that the past it is set against may lie in


def _nowadays(m: re.Match[str], ctx: Context) -> bool:
    """ "A generation ago, a home sold for three times the income. Today it sells for six":
    "today" set against a past years back, in a clause without a past tense of its own, is the
    present of the time (PRESENT_REF), not the day of publication."""
    lo = max(0, m.start() - _CONTRAST_REACH)
    year = ctx.last_value[:4]
    long_ago = _LONG_AGO.search(ctx.text, lo, m.start()) is not None or (
        year.isdigit() and int(year) <= ctx.base.year - 5 and lo <= ctx.last_value_end <= m.start()
    )
    if not long_ago:
        return False
    before = ctx.text[max(0, m.start() - 40) : m.start()]
    if _STATE_BEFORE.search(before):
        return True  # "the memorial that stands on the quay today"
    if not _OPENS_SENTENCE.search(before):
        return False  # "we today accept the guarantee": that day's act
    cue = ctx.direction(m.start(), m.end())
    if cue is not None and cue.after and cue.words.lower() in {"said", "says", "told"}:
        return True  # "Today it's one in twelve," he said: the saying is not the clause's tense
    return cue is None or not (cue.near or cue.adjacent)


# "that night cargo would": "that" opens a clause whose subject is "night cargo"
_NOUN_THEN_VERB = re.compile(
    r"\s+(?!(?:he|she|they|it|we|i|you|the|a|an|his|her|their|its|our|police|officials|"
    r"there|this|that|and|or|but|when|as|before|after|until|while|so)\b)[a-z]+\s+"
    r"(?:would|will|could|should|might|must|can|is|was|were|are|"
    r"had|has|have)\b"
)


def this_pod(m: re.Match[str], ctx: Context) -> Resolution | None:
    rel, pod = m["rel"].lower(), pod_code(m["pod"])
    if rel == "that":
        if _NOUN_THEN_VERB.match(ctx.text, m.end()):
            return None  # "promised that night cargo would never exceed 20 flights"
        ctx.follow_flashback(m.start())
        day, _, _ = ctx.narrative()
        if (
            pod == "NI"
            and ctx.last_night is not None
            and day == ctx.publication
            and (day - ctx.last_night).days > 1
        ):
            # "the crash happened at about 11.50pm on Saturday 4 January ... arrived at court
            # shortly before 10am ... had not touched alcohol since that night": the night told
            # by the hour, not the day the story has come back to
            return Resolution(
                TIME,
                f"{ctx.last_night.isoformat()}TNI",
                Certainty.ANCHORED,
                "that night, the night told by the hour",
                f"previous night {ctx.last_night}",
                anchors=False,
            )
        return from_narrative(
            ctx, f"{day.isoformat()}T{pod}", f"that {m['pod'].lower()}", kind=TIME
        )
    day = ctx.base + timedelta(days={"this": 0, "last": -1, "tomorrow": 1}[rel])
    return relative(
        ctx,
        f"{day.isoformat()}T{pod}",
        f"{rel} {m['pod'].lower()}",
        kind=TIME,
        mod=edge_mod(m["edge"]),
    )


_SLEEP_THROUGH = re.compile(r"\bsle(?:ep|eps|pt|eping)\s+(?:\w+\s+)?through\s+$", re.I)


def part_of_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "in the morning", "by mid-afternoon": that part of the day under discussion."""
    if m["pod"] and re.search(
        r"(?<![\d.,])(?:[1-9]|1[0-2])\s+in\s+$", ctx.text[max(0, m.start() - 8) : m.start()]
    ):
        return None  # "4 in the morning" is a clock time (not "could reach 105 in the afternoon")
    if _SLEEP_THROUGH.search(ctx.text, max(0, m.start() - 30), m.start()):
        return None  # "we can finally sleep through the night": any night
    words = m["pod"] or m["npod"] or m["mid"] or f"{m['edge']} {m['epod']}"
    pod = pod_code(m["pod"] or m["npod"] or m["epod"]) or (
        "MO" if "morning" in words.lower() else "AF"
    )
    day = _night_of(ctx) if pod == "NI" else ctx.narrative()[0]
    if (
        pod == "MO"
        and day == ctx.last_day
        and ctx.last_day_text.lower().endswith("night")
        and m.group(0).lower()[:4] == "the "
    ):
        # "4,000 people moved to shelters on Monday night. ... held them through the morning":
        # the morning after that night
        day += timedelta(days=1)
    if (
        pod == "NI"
        and ctx.publication is not None
        and 0 <= (ctx.publication - day).days <= 3
        and _THIS_MORNING_AFTER.match(ctx.text, m.end(), min(len(ctx.text), m.end() + 80))
    ):
        # "crews searched through the night and went back out at 6 o'clock this morning": the
        # night before the paper's (the programme's) morning
        return _last_night(ctx, "the night before this morning")
    cue = ctx.direction(m.start(), m.end())
    if (
        pod == "NI"
        and _THROUGH_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start())
        and ctx.publication is not None
        and 0 <= (day - ctx.publication).days <= _DAYS_AHEAD_OF_A_NIGHT_GONE_BY
        and cue is not None
        and cue.direction is Direction.PAST
    ):
        # "the toll rose on Wednesday, as aftershocks through the night kept people out": the
        # night gone by before the day of the report (and "will reopen Monday ... teams worked
        # through the night": not a night still ahead)
        return _last_night(ctx, "the night gone by")
    if (
        m["pod"]
        and ctx.publication is not None
        and cue is not None
        and cue.direction is Direction.FUTURE
        and day != ctx.publication
        # not "trick-or-treating on Halloween next Wednesday ... rain forecast for the evening"
        and not ctx.day_in_sentence(m.start())
        and not ctx.under_a_day_heading(m.start())  # an itinerary's "In the afternoon"
    ):
        # "Rain is forecast for the afternoon", "she would spend the morning on the practice
        # courts": the coming part of the paper's own day, not of the day the story last named
        return relative(
            ctx, f"{ctx.publication.isoformat()}T{pod}", f"{words.lower()} ahead", kind=TIME
        )
    return from_narrative(
        ctx,
        f"{day.isoformat()}T{pod}",
        f"{words.lower()} of the day",
        kind=TIME,
        mod=edge_mod(m["edge"]),
    )


_DAYS_AHEAD_OF_A_NIGHT_GONE_BY = 7


def _last_night(ctx: Context, rule: str) -> Resolution:
    """The night before the publication day (a night the report looks back on)."""
    night = ctx.base - timedelta(days=1)
    return relative(ctx, f"{night.isoformat()}TNI", rule, kind=TIME)


_THROUGH_BEFORE = re.compile(r"\b(?:through|throughout|during|all)\s+$", re.IGNORECASE)
_THIS_MORNING_AFTER = re.compile(r"[^.;!?]*\bthis\s+morning\b", re.IGNORECASE)


def overnight(m: re.Match[str], ctx: Context) -> Resolution | None:
    before = ctx.text[max(0, m.start() - 80) : m.start()]
    if _SUDDENLY.search(before) and _CLAUSE_END.match(ctx.text, m.end()):
        return None  # "you cannot fix a shortage like this overnight": at once, no night
    night = _night_of(ctx)
    if ctx.last_value.endswith("TMO") and ctx.publication is not None and night > ctx.publication:
        # "the first frost, forecast for tomorrow morning. ... minus 3C overnight": tonight
        night -= timedelta(days=1)
    cue = ctx.direction(m.start(), m.end())
    if (
        ctx.publication is not None
        and night > ctx.publication
        and cue is not None
        and cue.direction is Direction.PAST
        and (cue.near or cue.adjacent)
        and sentence_break(ctx.text, max(0, ctx.last_value_end), m.start())
    ):
        # "ferries resume on Thursday. ... Dairy prices fell overnight": a night gone by, not
        # one ahead the story named in another sentence
        night = ctx.publication
    if (
        ctx.publication is not None
        and night == ctx.publication
        and (
            (
                cue is None
                and not _MODAL_BEFORE_NIGHT.search(ctx.text, max(0, m.start() - 60), m.start())
            )
            or (cue is not None and cue.direction is Direction.PAST and (cue.near or cue.adjacent))
        )
    ):
        # "the rivers burst their banks overnight", reported that day: last night
        return _last_night(ctx, "overnight, gone by")
    return from_narrative(ctx, f"{night.isoformat()}TNI", "overnight", kind=TIME)


_MODAL_BEFORE_NIGHT = re.compile(
    r"\b(?:could|would|may|might|will|should|can|expected|forecast)\b[^.;!?]*$", re.IGNORECASE
)
# "overnight" as "at once": after a negation of what can or does happen ("won't happen
# overnight", not "did not find him overnight") or after "almost"
_SUDDENLY = re.compile(
    r"(?:\b(?:cannot|can't|won't|will\s+not|don't|doesn't|do\s+not|does\s+not|isn't|is\s+not|"
    r"aren't|are\s+not)\b[^.,;:!?]*|"
    r"\b(?:almost|virtually|practically|seemingly)\s+)$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?\"'\u201d]|$)")
_SMALL_HOURS = re.compile(r"\d{4}-\d\d-\d\dT0[0-6]:\d\d")  # "It is 6 a.m. ... through the night"
_SMALL_HOURS_ON = re.compile(r"\b(?:[1-5]|12)(?:[:.]\d\d)?\s*a\.?m\.?,?\s+(?:on\s+)?$", re.I)


def _night_of(ctx: Context) -> date:
    """The day whose night the story is in: after "at 1:15 a.m. on Saturday", Friday's."""
    day, _, _ = ctx.narrative()
    if _SMALL_HOURS.match(ctx.last_value):
        return day - timedelta(days=1)
    start = ctx.last_value_end - len(ctx.last_value_text)
    if ctx.last_value_end > 0 and _SMALL_HOURS_ON.search(ctx.text, max(0, start - 24), start):
        return day - timedelta(days=1)  # "at 1:15 a.m. on Saturday. Many spent the night ..."
    return day


_LOOK_BACK_DAY = re.compile(r"the\s+(?:previous|preceding|prior)\s+day|the\s+day\s+before", re.I)
_NARRATIVE_STEP = {
    "the next": 1,
    "the following": 1,
    "the previous": -1,
    "the preceding": -1,
    "the prior": -1,
}


def narrative(m: re.Match[str], ctx: Context) -> Resolution | None:
    rel, unit = rel_words(m), m["unit"].lower()
    if unit == "time":
        return Resolution(DATE, "PAST_REF", Certainty.VAGUE, "that time", ctx.base_anchor())
    ctx.follow_flashback(m.start())
    day, _, _ = ctx.narrative()
    pod = pod_code(unit)
    if pod:  # "the next morning", "the previous evening", "that night"
        step = _NARRATIVE_STEP.get(rel, 0)
        if step == 1 and pod == "MO" and _SMALL_HOURS.match(ctx.last_value):
            step = 0  # "By 2am they had landed. The next morning": the morning after that night
        if step == 0 and pod == "NI":
            day = _night_of(ctx)  # "at 2 a.m. on Sunday, on the same night": Saturday's
        if (
            step == -1
            and _LOOK_BACK_DAY.fullmatch(ctx.last_value_text)
            and ctx.in_sentence_of_last_value(m.start())
        ):
            # "had flown a duty the previous day and went off duty ... the previous evening":
            # both look back from the same day
            day += timedelta(days=1)
        target = day + timedelta(days=step)
        res = from_narrative(ctx, f"{target.isoformat()}T{pod}", f"{rel} {unit}", kind=TIME)
        # a look back ("the previous evening") leaves the story's day; so does the end of what
        # the night held ("the fire burned until early the next morning. The next day, ...")
        res.anchors = step >= 0 and not (
            step == 1 and _UNTIL_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
        )
        return res
    if m["ly"] and rel == "the same" and unit in {"day", "week", "weekend", "month", "quarter"}:
        # "US$2.38 in the same week last year": the story's week, a year back
        if unit == "week" and (week := _numbered_week(ctx)):
            # "1,240 cases in week 12, against 960 in the same week last year": week 12 of then
            value = f"{int(week[1]) - 1:04d}-W{week[2]}"
            return Resolution(
                DATE, value, Certainty.ANCHORED, "the same week last year", "", anchors=False
            )
        if unit == "month" and ctx.last_month and ctx.in_sentence_of_last_value(m.start()):
            day = ctx.last_month  # "bookings for December ... the same month last year"
        back = timeml.shift_year(day, -1)
        # "up 9 percent from the same weekend last year": that weekend's week a year back
        weekend = unit == "weekend"
        value = timeml.week_value(back) + "-WE" if weekend else value_at(back, unit)
        return Resolution(
            DATE, value, Certainty.ANCHORED, f"the same {unit} last year", "", anchors=False
        )
    if unit == "quarter" and ctx.last_quarter:
        step = _NARRATIVE_STEP.get(rel, 0)
        return from_narrative(ctx, timeml.shift_quarter(ctx.last_quarter, step), f"{rel} quarter")
    step = _NARRATIVE_STEP.get(rel, 0)
    if unit == "year" and step == 0 and ctx.fiscal_year[1] > ctx.last_value_end:
        # "launch 25 products in FY16 and guided for growth of 12 per cent that year"
        fiscal = ctx.fiscal_year[0]
        return Resolution(
            DATE, fiscal, Certainty.ANCHORED, f"{rel} fiscal year", f"previous date {fiscal}"
        )
    if unit == "year" and ctx.last_value[:4].isdigit() and step == 0:
        return from_narrative(ctx, ctx.last_value[:4], f"{rel} year")
    return _from_story(m, ctx, unit, step, f"{rel} {unit}", edge_mod(m["edge"]))


_DATE_SAID_AFTER = re.compile(
    r",[ \t]+(?-i:(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)[ \t]+(\d{1,2})\b"
)


def pod_before(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "The night before": that part of the day before (or after) the story's day."""
    day, _, _ = ctx.narrative()
    step = -1 if m["dir"].lower() == "before" else 1
    target = day + timedelta(days=step)
    res = from_narrative(
        ctx,
        f"{target.isoformat()}T{pod_code(m['pod'])}",
        f"the {m['pod'].lower()} {m['dir']}",
        kind=TIME,
    )
    res.anchors = step > 0  # a look back leaves the story's day
    return res


def day_before(m: re.Match[str], ctx: Context) -> Resolution | None:
    step = -1 if m["dir"].lower() == "before" else 1
    if m["wd"]:  # "the day before last Tuesday's hearing"
        target = WEEKDAYS[m["wd"].lower()]
        rel = (m["rel"] or "").lower()
        way = Direction.PAST if rel == "last" else Direction.FUTURE if rel == "next" else None
        if way is None:
            way, _ = toward(ctx, m.start("wd"), m.end())
        found = weekday_date(ctx.base, target, way, strict=bool(rel))
        day = found + timedelta(days=step)
        return relative(ctx, day.isoformat(), f"the day {m['dir'].lower()} a weekday")
    if m["deictic"]:
        step += DEICTIC[m["deictic"].lower()]
        day = ctx.base + timedelta(days=step)
        return relative(ctx, day.isoformat(), f"the day {m['dir'].lower()} {m['deictic'].lower()}")
    day, _, _ = ctx.narrative()
    if (
        re.fullmatch(r"\d{4}-\d\d-\d\d", ctx.last_value)
        and 0 <= m.start() - ctx.last_value_end <= 3
        and _APPOSED_COMMA.fullmatch(ctx.text, ctx.last_value_end, m.start())
        and _EVENT_AFTER.match(ctx.text, m.end())
    ):
        # "she last spoke to her on July 18, the day before the kidnapping": the date beside it
        return Resolution(
            DATE,
            ctx.last_value,
            Certainty.ANCHORED,
            f"the day {m['dir'].lower()} an event, dated beside it",
            f"previous date {ctx.last_value} ('{ctx.last_value_text}')",
        )
    return from_narrative(
        ctx, (day + timedelta(days=step)).isoformat(), f"the day {m['dir'].lower()}"
    )


def _before_last(ctx: Context, unit: str) -> Resolution:
    """ "the week before last", "the weekend before last": two back from this one."""
    if unit == "weekend":
        last = ctx.base - timedelta(days=ctx.base.weekday() + 2)  # last weekend's Saturday
        value = timeml.week_value(last - timedelta(days=7)) + "-WE"
    else:
        value = value_at(shifted(ctx.base, -2, unit), unit)
    return relative(ctx, value, f"the {unit} before last")


_RESULTS_AFTER = re.compile(r"[\s-]+(?:results?|figures|earnings)\b", re.IGNORECASE)
_RESULTS_SEASON_DAYS = 100  # how long after a year ends its results come out


def _results_just_out(m: re.Match[str], ctx: Context) -> bool:
    """Whether "full-year results" are those of the year just ended: published within a few
    months of its end, and not said to lie ahead ("will come with the full-year results")."""
    if not _RESULTS_AFTER.match(ctx.text, m.end()):
        return False
    start = ctx.fiscal_start
    year_began = date(ctx.base.year if ctx.base.month >= start else ctx.base.year - 1, start, 1)
    if (ctx.base - year_began).days > _RESULTS_SEASON_DAYS:
        return False
    cue = ctx.direction(m.start(), m.end())
    return cue is None or cue.direction is not Direction.FUTURE


_UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+(?:early\s+|late\s+)?$", re.IGNORECASE)
_APPOSED_COMMA = re.compile(r"\s*,\s*")
_EVENT_AFTER = re.compile(r"\s+(?:the|his|her|their|its)\s+(?!same\b|next\b|following\b)[a-z]+")


_YEAR_ENDED_DECEMBER = re.compile(
    r"\byear\s+(?:ended|to)\s+(?:31(?:st)?\s+Dec(?:ember|\.)?|Dec(?:ember|\.)?\s+31),?\s+"
    r"((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _calendar_year_just_reported(ctx: Context) -> bool:
    """Whether the text reports on the calendar year that ended a few months before it ("Final
    Results for the year ended 31 December 2011", published in February 2012)."""
    if ctx.base.month > 4:
        return False
    reported = _YEAR_ENDED_DECEMBER.search(ctx.text)
    return reported is not None and int(reported[1]) == ctx.base.year - 1


def _past_clause(m: re.Match[str], ctx: Context) -> bool:
    cue = ctx.direction(m.start(), m.end())
    return cue is not None and cue.direction is Direction.PAST


def unit_before(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "down from 58 the week before": the week (month) before the story's."""
    step = -1 if m["dir"].lower() == "before" else 1
    unit = m["unit"].lower()
    rule = f"the {unit} {m['dir'].lower()}"
    if (
        unit == "week"
        and _WEEK_VALUE.fullmatch(ctx.last_value)
        and ctx.in_sentence_of_last_value(m.start())
    ):
        # "412 cases last week, up from 187 the week before": the week before that one
        week = date.fromisocalendar(int(ctx.last_value[:4]), int(ctx.last_value[6:]), 1)
        value = value_at(week + timedelta(weeks=step), unit)
        anchor = f"previous date {ctx.last_value} ('{ctx.last_value_text}')"
        return Resolution(DATE, value, Certainty.ANCHORED, rule, anchor)
    if (
        unit == "month"
        and _MONTH_VALUE.fullmatch(ctx.last_value)
        and ctx.in_sentence_of_last_value(m.start())
    ):
        # "added 9,400 jobs last month after cutting 2,100 the month before": that month's (but
        # "rose 0.3 percent in November from October, after a rise the month before": the
        # month the figure is for)
        month = ctx.last_value
        period, period_end = ctx.period_month
        if (
            _MONTH_VALUE.fullmatch(period)
            and 0 <= period_end <= m.start()
            and not sentence_break(ctx.text, period_end, m.start())
        ):
            month = period
        first = date(int(month[:4]), int(month[5:7]), 1)
        value = value_at(timeml.add_months(first, step), unit)
        anchor = f"previous date {month}"
        return Resolution(DATE, value, Certainty.ANCHORED, rule, anchor)
    return _from_story(m, ctx, unit, step, rule, "")


_WEEK_VALUE = re.compile(r"\d{4}-W\d\d")


def period(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "the year-earlier period": the quarter (or year) under discussion, a year back if asked."""
    which = m["which"].lower()
    if which[0].isdigit():
        named = ctx.named_quarter
        in_sentence = named and not sentence_break(ctx.text, named[1], m.start())
        quarter = named[0] if named and in_sentence else ctx.last_quarter
        if quarter:  # "the 1988 period": the quarter under discussion, in 1988
            fiscal = "FY" if quarter.startswith("FY") else ""
            value = f"{fiscal}{which}{quarter.removeprefix('FY')[4:]}"
            return Resolution(DATE, value, rule="the <year> period, quarter", anchors=False)
        return Resolution(DATE, which, rule="the <year> period", anchors=False)
    if m["pyear"] and (ctx.last_quarter or ctx.reported_quarter):
        # "fell 9% from the comparable period of fiscal 1990": the quarter under discussion,
        # in the year named
        quarter = ctx.last_quarter or ctx.reported_quarter
        fiscal = "FY" if m["pfiscal"] or quarter.startswith("FY") else ""
        value = f"{fiscal}{m['pyear']}{quarter.removeprefix('FY')[4:]}"
        return Resolution(
            DATE,
            value,
            Certainty.ANCHORED,
            f"{which} period of a named year",
            f"quarter under discussion {quarter}",
            anchors=False,
        )
    back = which.startswith("year-") or bool(m["ago"])  # "the corresponding period last year"
    if _MONTH_VALUE.fullmatch(ctx.last_value) and ctx.in_sentence_of_last_value(m.start()):
        # "Output rose 15.2 percent in September from the same period last year"
        value = timeml.shift_value(ctx.last_value, -1) if back else ctx.last_value
        return Resolution(
            DATE,
            value,
            Certainty.ANCHORED,
            f"{which} period, the month in its sentence",
            f"previous date {ctx.last_value}",
            anchors=False,
        )
    if ctx.last_quarter:
        reference, unit = ctx.last_quarter, "quarter"
    elif re.fullmatch(r"\d{4}-H[12]", ctx.last_value):  # "the first half ... the same period"
        reference, unit = ctx.last_value, "half year"
    elif which == "latest":  # "the latest period" of a report: the last completed quarter
        reference, unit = timeml.shift_quarter(timeml.quarter_value(ctx.base), -1), "quarter"
    else:
        reference, unit = f"{ctx.base.year:04d}", "year"
    value = timeml.shift_value(reference, -1) if back else reference
    known = bool(ctx.last_quarter) or unit == "half year"
    return Resolution(
        DATE,
        value,
        Certainty.ANCHORED if known else Certainty.INFERRED,
        f"{which} period",
        f"{unit} under discussion {reference}",
        uses_publication=not known,
        anchors=False,
    )


def edge_in(m: re.Match[str], ctx: Context) -> Resolution | None:
    unit = m["unit"].lower()
    if unit == "day":
        day, _, _ = ctx.narrative()
        return from_narrative(
            ctx, day.isoformat(), f"{m['edge'].lower()} in the day", edge_mod(m["edge"])
        )
    value = value_at(ctx.base, unit)
    return relative(ctx, value, f"{m['edge'].lower()} in the {unit}", mod=edge_mod(m["edge"]))


_MONTH_VALUE = re.compile(r"\d{4}-\d\d")
_PERIOD_VALUE = re.compile(r"(?:FY)?\d{4}-(?:Q[1-4]|H[12]|\d\d)")


def year_on_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "In the third quarter, growth slowed to 12.4 percent year on year": the period just
    named, a year back; nothing when no period is named nearby or reported on."""
    if month := _MONTH_AFTER.match(ctx.text, m.end()):
        # "deliveries fell 11 per cent year-on-year in September": the month named after it
        number = MONTHS[month[1].lower()]
        year = ctx.base.year if number <= ctx.base.month else ctx.base.year - 1
        return _a_year_back(f"{year:04d}-{number:02d}", "the month named after it")
    near = 0 <= m.start() - ctx.last_value_end <= _YEAR_ON_YEAR_REACH
    reference = ctx.last_value if near and _PERIOD_VALUE.fullmatch(ctx.last_value) else ""
    if "-Q" in reference and ctx.lead_quarter:
        # "fell 0.4 percent in the third quarter, after a contraction in the April-June quarter.
        # Year-on-year, output was 1.1 percent lower": the quarter the story reports on
        reference = ctx.lead_quarter
    if (
        not reference
        and near
        and ctx.in_sentence_of_last_value(m.start())
        and re.fullmatch(r"\d{4}", ctx.last_value)
    ):
        reference = ctx.last_value  # "fell by 4% in 2013, the steepest year-on-year drop"
    if not reference and ctx.lead_quarter:
        reference = ctx.lead_quarter  # "Revenue up 12 pct year-over-year" in a results story
    if not reference:
        return None
    named = ctx.last_value_end - len(ctx.last_value_text)
    if reference == ctx.last_value and _COMPARED_WITH_BEFORE.search(
        ctx.text, max(0, named - 20), max(0, named)
    ):
        # "Compared with January 2014, the region had 4,100 more people working, a rise of 2.6
        # per cent year over year": the period compared with is the year-back one itself
        return Resolution(
            DATE,
            reference,
            Certainty.ANCHORED,
            "year on year: the period compared with",
            f"previous date {reference}",
            anchors=False,
        )
    return _a_year_back(reference, f"previous date {reference}")


def _a_year_back(reference: str, anchor: str) -> Resolution:
    return Resolution(
        DATE,
        timeml.shift_value(reference, -1),
        Certainty.ANCHORED,
        "year on year: the period named, a year back",
        anchor,
        anchors=False,
    )


_COMPARED_WITH_BEFORE = re.compile(r"\b(?:compared\s+(?:with|to)|against)\s+$", re.IGNORECASE)
_MONTH_AFTER = re.compile(
    r"\s+in\s+(January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b(?!\s+\d)"
)
_YEAR_ON_YEAR_REACH = 250  # characters: the period's own sentence, or the one before


def year_to_date(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "year to date": the year in progress, up to the publication."""
    return relative(ctx, f"{ctx.base.year:04d}", "year to date")
