"""Resolvers for weekdays and clock times, dated from the tense of their clause."""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline_app.core.models import Certainty, TimexType
from timeline_app.core.tagger.candidates import title_case_line
from timeline_app.core.tagger.context import MONTH_VALUE, Context, Resolution
from timeline_app.core.tagger.cues import Cue, Direction, sentence_bounds, sentence_break
from timeline_app.core.tagger.helpers import (
    BY_BEFORE,
    LINE_START,
    RELATIVE_CLAUSE,
    SCHEDULE_VERBS,
    WEEKDAY_WORD,
    WRITTEN_YEAR,
    in_headline,
    is_attributive,
    number,
    toward,
    weekday_date,
)
from timeline_app.core.tagger.lexicon import MONTHS, SMALL_NUMBERS, WEEKDAYS
from timeline_app.core.tagger.resolve_calendar import edge_mod
from timeline_app.core.tagger.resolve_relative import (
    AHEAD,
    BACK,
    DEICTIC,
    from_narrative,
    pod_code,
    rel_words,
    relative,
)

DATE, TIME = TimexType.DATE, TimexType.TIME


def weekday(m: re.Match[str], ctx: Context) -> Resolution | None:
    res = _weekday(m, ctx)
    if res is not None and _PERIOD_ENDED_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()):
        # "the second quarter, which ended Sunday": a period's last day, no day the story is on
        res.anchors = False
    return res


# (not a week's: "in the week to Sunday, up from 58 the week before" counts from it)
_PERIOD_ENDED_BEFORE = re.compile(
    r"\b(?:quarter|period|half|half-year|year)(?:\s*,?\s*(?:which|that))?\s+(?:ended|ending|ends)"
    r"\s+(?:on\s+)?$",
    re.IGNORECASE,
)


def _weekday(m: re.Match[str], ctx: Context) -> Resolution | None:
    target = WEEKDAYS.get(m["wd"].lower()) or _ABBREVIATION[m["wd"][:3].lower()]
    pod = pod_code(m["pod"] or m["pod1"])
    if pod == "MO" and m["edge"] and "hours" in m["edge"].lower():
        pod = ""  # "the early hours of Sunday morning": that Sunday, as "the early hours of Sunday"
    if m["wdom"] and not m["plural"]:  # "on Saturday 18th": the nearest Saturday the 18th
        dom = int(m["wdom"][:-2])
        found = _weekday_on(ctx.base, target, dom)
        if found is not None:
            return _weekday_result(
                ctx, found, pod, m, "weekday and day of the month", anchored=False
            )
    shared = _shared_pod(ctx, m)
    if _EVERY_AND_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start()):
        # "Drawings are held every Wednesday and Saturday night": "every" goes with both
        suffix = f"T{pod}" if pod else ""
        return Resolution(TimexType.SET, f"XXXX-WXX-{target + 1}{suffix}", rule="every weekday")
    if m["plural"] or m["pods"] or shared:  # "Tuesday nights", "Monday and Tuesday nights"
        pod = pod or pod_code(shared)
        suffix = f"T{pod}" if pod else ""
        return Resolution(TimexType.SET, f"XXXX-WXX-{target + 1}{suffix}", rule="plural weekday")
    rel = rel_words(m)
    if ctx.filed and not rel and ctx.publication and target == ctx.publication.weekday():
        # "NEW DELHI, APRIL 24: The IMD on Thursday forecast ...": the day the story was filed
        return _weekday_result(
            ctx, ctx.publication, pod, m, "weekday, the day of the dateline", anchored=False
        )
    if rel == "that":
        # "last seen on Saturday 18 July 1987 ... between 10pm and midnight that Saturday": the
        # latest day the story named on that weekday (not the paper's own)
        named = next(
            (d for d, _ in reversed(ctx.days) if d.weekday() == target and d != ctx.publication),
            None,
        )
        if named is not None:
            res = _weekday_result(
                ctx, named, pod, m, "weekday, that day of the story", anchored=True
            )
            res.anchor = f"the day named earlier, {named.isoformat()}"
            return res
    if rel in {"the previous", "the following", "the next"}:
        day, _, _ = ctx.narrative()
        way = Direction.PAST if rel == "the previous" else Direction.FUTURE
        found = weekday_date(day, target, way, strict=True)
        return _weekday_result(ctx, found, pod, m, f"weekday, {rel}", anchored=True)
    if rel == "the" and not _BEFORE_OR_AFTER.match(ctx.text, m.end()):
        # "runs from Friday, July 31st, to Sunday, August 2nd ... will headline on the Saturday
        # night": the day of that event's days, not of the paper's week
        if (event := _event_day(ctx, target)) is not None:
            found, named, words = event
            res = _weekday_result(ctx, found, pod, m, "weekday of the event named", anchored=True)
            res.anchor = f"the day named earlier, {named.isoformat()} ('{words}')"
            return res
    elif rel == "the":
        day, _, own = ctx.narrative()
        gap = ctx.text[max(0, ctx.last_value_end) : m.start()]
        if own and 0 <= ctx.last_value_end <= m.start() and len(gap) < 200 and "\n" not in gap:
            side_word = _BEFORE_OR_AFTER.match(ctx.text, m.end())
            before = side_word is not None and side_word[1].lower() == "before"
            way = Direction.PAST if before else Direction.FUTURE
            found = weekday_date(day, target, way, strict=True)
            side = "before" if before else "after"
            return _weekday_result(
                ctx, found, pod, m, f"weekday {side} the day just named", anchored=True
            )
    if (
        not rel
        and _GMT_BRACKET_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
        and (found := _zone_day(ctx, m.start(), target)) is not None
    ):
        res = _weekday_result(ctx, found, pod, m, "weekday of a zone's hour", anchored=True)
        res.anchors = False  # (a conversion: the story stays on its own day)
        return res
    if not rel and (shifted := _shifted_from_the_day_before(ctx, m, target)) is not None:
        # "will start on Wednesday ... Teachers go back a day earlier, on Tuesday": that many
        # days from the day just named
        return _weekday_result(
            ctx, shifted, pod, m, "weekday shifted from the day named before", anchored=True
        )
    if m["wkon"] and not (m["pod"] or m["rel"] or m["rel2"]):
        # "Saturday week": the Saturday after the coming one
        found = weekday_date(ctx.base, target, Direction.FUTURE, strict=True) + timedelta(days=7)
        return _weekday_result(ctx, found, pod, m, "weekday, a week on", anchored=False)
    named_week = m["week"] or _week_named_before(ctx.text, m.start()) or _schedule_week(ctx, m)
    if named_week:  # "on Monday last week": the Monday of the week before this one
        # (and "a vote next week, probably on Wednesday": that week's Wednesday)
        step = {"last": -7, "next": 7, "this": 0}[named_week.lower()]
        monday = ctx.base - timedelta(days=ctx.base.weekday()) + timedelta(days=step)
        found, why = monday + timedelta(days=target), f"weekday of {named_week.lower()} week"
    elif rel in BACK:
        found, why = weekday_date(ctx.base, target, Direction.PAST, strict=True), f"weekday, {rel}"
        if rel.lower() == "last" and (ctx.base - found).days == 1:
            # "had been set for last Tuesday", said on a Wednesday: not yesterday, which it
            # would have been called
            found, why = found - timedelta(days=7), f"weekday, {rel} week's"
    elif rel in AHEAD:
        found, why = (
            weekday_date(ctx.base, target, Direction.FUTURE, strict=True),
            f"weekday, {rel}",
        )
        if rel.lower() == "next" and (found - ctx.base).days == 1 and not m["rel2"]:
            # "next Wednesday", said on a Tuesday: not tomorrow, which it would have been called
            # (but "from Monday next", said on a Sunday, is the coming Monday)
            found, why = found + timedelta(days=7), f"weekday, {rel} week's"
    elif rel == "this" and ctx.direction(m.start(), m.end()) is None:
        # "this Thursday", with no tense to say otherwise: that day of the paper's week
        monday = ctx.base - timedelta(days=ctx.base.weekday())
        found, why = monday + timedelta(days=target), "weekday of this week"
    elif _called_off(m, ctx):
        # "have postponed Saturday's sold-out show", "Saturday's concert has been moved to
        # Sunday": an event called off or moved was still to come (but "Thursday night's game
        # was postponed at 6:20 p.m.", told on Friday: rained off the day before)
        found = weekday_date(ctx.base, target, Direction.FUTURE)
        why = "weekday of an event called off or moved"
        if (ctx.base - timedelta(days=1)).weekday() == target and _CALLED_OFF_ON_THE_DAY.search(
            ctx.text, m.end(), sentence_bounds(ctx.text, m.start(), m.end())[1]
        ):
            found, why = ctx.base - timedelta(days=1), "weekday of an event called off on the day"
    elif _RESULT_AFTER.match(ctx.text, m.end()):
        # "will miss six weeks after hurting his knee in Saturday night's 15.9 (99) to 11.13
        # (79) win": a result is of a game gone by, whatever the sentence's tense
        found = weekday_date(ctx.base, target, Direction.PAST)
        why = "weekday of a result"
    elif (again := _named_again(m, ctx, target)) is not None:
        # "The Year of the Goat begins on Thursday, and with Thursday and Friday declared public
        # holidays": the same day, said again in the sentence
        found, why = again, "weekday, the same day named earlier in the sentence"
    elif (
        ctx.heading is not None
        and ctx.heading[0].weekday() == target
        and ctx.under_a_day_heading(m.start())
    ):
        # "Saturday, October 18: ... Saturday night is free": the day the entry is headed with
        return _weekday_result(
            ctx, ctx.heading[0], pod, m, "weekday of the entry's heading", anchored=True
        )
    else:
        way, cue = toward(ctx, m.start(), m.end())
        if (
            _HEADLINE_TO_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
            and title_case_line(ctx.text, m.start())
        ) or _headline_infinitive(ctx.text, m.start()):
            # a headline's infinitive is its future: "Full House to Vote Tuesday"
            way, cue = Direction.FUTURE, "a headline's 'to'"
        if (day_ahead := _listed_after_a_day_ahead(ctx, m)) is not None:
            way, cue = Direction.FUTURE, f"listed after {day_ahead.isoformat()}"
        if _FORECAST_LINE.match(ctx.text, m.end()) and ctx.text[
            max(0, m.start() - 1) : m.start()
        ] in {
            "",
            "\n",
        }:
            # a forecast box: "Saturday: Sunny but cold. High 7C."
            way, cue = Direction.FUTURE, "a forecast's line"
        if listed := _WITH_TODAY_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()):
            # "calls for sun today and Sunday": a day listed after today is one to come
            way, cue = Direction.FUTURE, f"future cue '{' '.join(listed[0].split())}'"
        if _DECLARED_DAY.match(ctx.text, m.end()) or _HOLIDAY_DECLARED_ON.search(
            ctx.text, max(0, m.start() - 60), m.start()
        ):
            # "The government has declared Wednesday a day of national mourning": a day
            # declared is one to come
            way, cue = Direction.FUTURE, "a day declared"
        if not pod and _FALLS_ON.search(ctx.text, max(0, m.start() - 12), m.start()):
            # "Because Veterans Day falls on Sunday this year", said on that Sunday: the
            # calendar's day in the week around the paper's, today included
            offset = (target - ctx.base.weekday() + 3) % 7 - 3
            found = ctx.base + timedelta(days=offset)
            named = ctx.last_day
            if (
                named is not None
                and named.weekday() == target
                and ctx.in_sentence_of_last_value(m.start())
            ):
                found = named  # "With Halloween falling on Saturday": that holiday's Saturday
            return _weekday_result(ctx, found, pod, m, "weekday a date falls on", anchored=False)
        if (
            way is Direction.FUTURE
            and cue.startswith("future cue 'due to")
            and _PAST_MAIN_VERB.match(ctx.text, m.end(), min(len(ctx.text), m.end() + 60))
        ):
            # "Flight 1730, due to leave at 5:30 p.m. on Monday, were told ...": what was due
            # when the story happened, not after the paper
            way, cue = Direction.PAST, "a plan told in the past tense"
        if (
            way is Direction.FUTURE
            and not (ctx.dated_by and not ctx.filed)
            and _possessive_past(ctx, m)
        ):
            way, cue = Direction.PAST, f"possessive weekday, {cue} too weak to look ahead"
        # "will fly home Monday morning" in a Monday paper: later today, not a week on
        # (a listing's "Saturday 7.30pm, Radio 4" in a Saturday paper is tonight's)
        strict = not pod and cue != "a listing's slot" and _week_on(ctx, m.start(), m.end(), way)
        if way is Direction.PAST and _HAD_BEFORE.search(
            ctx.text, max(0, m.start() - 40), m.start()
        ):
            # "a row of garages had sold on Friday, before the auction", in a Friday paper: a
            # past before the story's past is not today
            strict = True
        found, why = weekday_date(ctx.base, target, way, strict=strict), f"weekday, {cue}"
        if (
            cue == "no tense cue, past by default"
            and (worded := _worded_before(ctx, found)) is not None
        ):
            # "clocks go forward this Sunday ... at 2am on Sunday": the day the text has dated
            found, why = worded, "weekday, as the text dated it before"
        if way is Direction.FUTURE and (ahead := _next_one_named_before(ctx, m, target)):
            # "Next Monday's transit of Mercury ... runs from 9.12pm on Monday": that Monday
            found, why = ahead, "weekday, the coming one named just before"
        named = ctx.last_day
        if (
            way is Direction.FUTURE
            and named is not None
            and named > found
            and ctx.day_in_sentence(m.start())
            and 1 <= (target - named.weekday()) % 7 <= 3
            and WEEKDAY_WORD.search(ctx.last_day_text)
            and any(c.isdigit() for c in ctx.last_day_text)  # a weekday dated in full
        ):
            # "will begin at 12.01am on Friday, March 21st, with buses back on the road by 6am
            # on Saturday": the days after the one just named, in order
            found = named + timedelta(days=(target - named.weekday()) % 7)
            why = f"weekday after {named.isoformat()}, named before it in the sentence"
        if (near := _beside_a_dated_day(ctx, m, target)) is not None:
            # "at 3am local time on Saturday 8 February (1500 GMT on Friday)": the Friday
            # beside that Saturday, not the one before the publication
            res = _weekday_result(
                ctx, near, pod, m, f"weekday beside {ctx.last_day}", anchored=True
            )
            res.anchors = False
            return res
        said_on = _SAID_ON_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start()) is not None
        if way is Direction.PAST and not said_on and (old := _old_named_day(ctx)) is not None:
            # "Thirty-five years ago this week, on Thursday, April 14, 1977, the river broke
            # through ... It had rained since Sunday. By Wednesday night ...": that week's days
            found = _in_the_story_week(old, target, ctx.direction(m.start(), m.end()))
            return _weekday_result(ctx, found, pod, m, "weekday of the story's week", anchored=True)
        if way is Direction.PAST and not said_on and (old := _old_story_day(ctx, m)) is not None:
            # "The fire was not out until 4am, and by 7am on Sunday, when families gathered"
            # in a story of February 1975 told in 2000: that story's Sunday, not last Sunday
            found = old + timedelta(days=(target - old.weekday()) % 7)
            return _weekday_result(ctx, found, pod, m, "weekday of the story's week", anchored=True)
        if _flashback(ctx, m, found):
            # "On Friday night ... Rain on Wednesday had left the tournament a day behind, and
            # they did not walk on court until 9:10 p.m.": the story stays on Friday
            res = _weekday_result(ctx, found, pod, m, why, anchored=False)
            res.anchors = False
            ctx.flashback = (found, m.group(0), m.end())
            return res
        if (
            not pod
            and ctx.last_day is not None
            and ctx.last_day < found
            and _SAID_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
        ):
            # "a truck slammed into a bus early Thursday, investigators said Saturday. ... It
            # had pulled onto the shoulder at about 1:50 a.m.": the day of the telling is not
            # the story's, which stays on Thursday
            res = _weekday_result(ctx, found, pod, m, why, anchored=False)
            res.anchors = False
            return res
    return _weekday_result(ctx, found, pod, m, why, anchored=False)


def _headline_infinitive(text: str, at: int) -> bool:
    """Whether ``at`` lies in the text's first line, a headline in sentence case with a "to" of
    things to come before it: "Ashbury Town ownership row to go before High Court on Thursday"."""
    first = _LEADING_SPACE.match(text).end()  # type: ignore[union-attr]
    if at - first > _HEADLINE_MAX:
        return False  # far into the text: no headline (and no scan of a long text per weekday)
    end = text.find("\n", at, first + _HEADLINE_MAX + 1)
    line = text[first : end if end >= 0 else first + _HEADLINE_MAX + 1]
    if "\n" in text[first:at] or len(line) > _HEADLINE_MAX:
        return False
    if line.rstrip().endswith((".", "!", "?", '"')):
        return False
    return _INFINITIVE.search(text, first, at) is not None


_LEADING_SPACE = re.compile(r"\s*")
_HEADLINE_MAX = 120


# "to" and a verb, not a place or a state someone was sent to ("jailed to life on Friday")
_INFINITIVE = re.compile(
    r"\bto\s+(?:be\s+)?(?!(?:the|a|an|his|her|its|their|life|death|jail|prison|power|court|"
    r"hospital|work|school|office|home|safety|victory|defeat|trial|justice|date)\b)[a-z]+\b"
)
_HEADLINE_TO_BEFORE = re.compile(r"\bto\s+(?-i:[A-Z][a-z]+)\s+(?:(?-i:[A-Z][a-z]+)\s+)?$")
_FORECAST_LINE = re.compile(r":[^\n]{0,80}\b(?:High|Low|Highs|Lows|Max|Min)\b", re.IGNORECASE)
# "has declared a holiday for schools on Thursday": the day of the holiday declared
_HOLIDAY_DECLARED_ON = re.compile(
    r"\b(?:declared|announced|granted|given)\s+(?:a|an)\s+(?:(?:public|local|school|special)\s+)?"
    r"holiday\b[^.;!?\n]{0,30}\bon\s+$",
    re.IGNORECASE,
)
_DECLARED_DAY = re.compile(
    r"\s+(?:as\s+)?an?\s+(?:(?:national|public|official|special)\s+)?(?:day\s+of\s+[a-z]+|holiday)\b"
    # a day proclaimed by its name: "proclaimed Saturday 'Brandt's Dairy Day'"
    r"|\s+[\"'\u201c\u2018](?:[A-Z][\w'\u2019.-]*\s+){1,4}Day\b",
    re.IGNORECASE,
)


# "next week, probably on Wednesday", "early next week, most likely Monday night"
_WEEK_THEN_DAY = re.compile(
    r"\b(last|this|next)\s+week,?\s+(?:(?:probably|possibly|likely|most\s+likely|perhaps|maybe|"
    r"either|possibly\s+as\s+early\s+as)\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)


def _beside_a_dated_day(ctx: Context, m: re.Match[str], target: int) -> date | None:
    """The ``target`` weekday next to the day the sentence just named, when that day lies
    six days or more from the publication and the weekday is set off beside it (in brackets)."""
    day = ctx.last_day
    if day is None or not ctx.day_in_sentence(m.start()) or abs((day - ctx.base).days) < 6:
        return None
    before = ctx.text[max(0, m.start() - 30) : m.start()]
    if "(" not in before or ")" in before[before.rindex("(") :]:
        return None  # not inside brackets
    for step in (-1, 1, -2, 2, -3, 3):
        near = day + timedelta(days=step)
        if near.weekday() == target:
            return near
    return None


_SCHEDULE_WEEK = re.compile(
    r"\b(?:(?P<next>next\s+week|(?:the\s+)?week\s+ahead|the\s+coming\s+week)|"
    r"(?P<this>this\s+week))\b",
    re.IGNORECASE,
)


def _schedule_week(ctx: Context, m: re.Match[str]) -> str:
    """ "Business week ahead ... Monday: Factory orders for December.": a calendar's weekday
    heading is a day of the week the text schedules."""
    if not (
        m.end() == m.end("wd")
        and ctx.text.startswith(":", m.end())
        and LINE_START.search(ctx.text, max(0, m.start() - 4), m.start())
    ):
        return ""
    named = list(_SCHEDULE_WEEK.finditer(ctx.text, max(0, m.start() - 600), m.start()))
    if not named:
        return ""
    if named[-1]["next"] and "ahead" in named[-1]["next"].lower() and ctx.base.weekday() == 0:
        return "this"  # a Monday paper's week ahead begins today
    return "next" if named[-1]["next"] else "this"


def _week_named_before(text: str, start: int) -> str:
    found = _WEEK_THEN_DAY.search(text, max(0, start - 50), start)
    if found:
        return found[1]
    # "Next week brings the rate decision on Thursday and the Autumn Statement on Wednesday":
    # the week the sentence opens with
    begin, _ = sentence_bounds(text, start, start)
    opening = _SENTENCE_WEEK.match(text, begin, start)
    if _RELATIVE_PAST_BEFORE.search(text, max(0, start - 24), start):
        # a relative clause's past: "Next week, companies report on the quarter, which ended
        # Sunday"
        return ""
    if opening and ";" not in text[opening.end() : start]:
        return opening[1]
    # "takes the plan on the road next week, with town-hall stops in Greenville on Tuesday":
    # a plan's week, said earlier in the sentence, with no other day between
    inside = list(_NEXT_WEEK.finditer(text, begin, start))
    if inside and not _SEPARATE.search(text, inside[-1].end(), start):
        return "next"
    return ""


_RELATIVE_PAST_BEFORE = re.compile(r"\b(?:which|that)\s+[a-z]{2,}ed\s+(?:on\s+)?$")
_SENTENCE_WEEK = re.compile(r"(Next)\s+week\b(?!'s|\s+(?:and|or)\b)")
_NEXT_WEEK = re.compile(r"\bnext\s+week\b(?!['\u2019]s|\s+(?:and|or)\b)", re.IGNORECASE)
# a day or a new clause between "next week" and the weekday ("next week; the vote on Tuesday")
_SEPARATE = re.compile(
    r"[;:]|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:last|this)\s+week\b|"
    r"\b(?:was|were|said|told|had|has|have|did|since|after|before|ago)\b",
    re.IGNORECASE,
)


def _in_the_story_week(old: date, target: int, tense: Cue | None) -> date:
    """The ``target`` weekday nearest the old story's day ``old``: the one before it after a past
    perfect or "since" ("It had rained since Sunday"), else the nearer of the two around it."""
    before = tense is not None and tense.words.lower().startswith(("had ", "since"))
    back = (old.weekday() - target) % 7 or (7 if before else 0)
    ahead = (target - old.weekday()) % 7
    return old - timedelta(days=back) if before or back <= ahead else old + timedelta(days=ahead)


# "... my wife asked me whether I had passed," he said on Friday': the day it was said, now
_SAID_ON_BEFORE = re.compile(r"\b(?:said|says|told\s+\w+|added)\s+(?:on\s+)?$", re.IGNORECASE)


def _old_named_day(ctx: Context) -> date | None:
    """The day the story is on when the last expression named it with its weekday, more than a
    year before the publication ("on Thursday, April 14, 1977")."""
    day = ctx.last_day
    if (
        day is None
        or ctx.publication is None
        or (ctx.publication - day).days < 366
        or ctx.last_value != day.isoformat()
        or not WEEKDAY_WORD.search(ctx.last_value_text)
    ):
        return None
    return day


def _old_story_day(ctx: Context, m: re.Match[str]) -> date | None:
    """The day the story is on when it is a past day well before the publication and the last
    expression was a time of it, the story told hour by hour (a past weekday then goes on from
    that day); not when that time is the weekday's own ("at 1400 local (1100 GMT) on Sunday")."""
    day = ctx.last_day
    if (
        day is None
        or ctx.publication is None
        or (ctx.publication - day).days < 60
        or not ctx.last_value.startswith(f"{day.isoformat()}T")  # told hour by hour
        or _CLOCK_THEN_DAY.fullmatch(ctx.text, max(0, ctx.last_value_end), m.start())
    ):
        return None
    return day


# a wire's "at 1400 local (1100 GMT) on Sunday": the day of the bracketed hour, not an old story's
_CLOCK_THEN_DAY = re.compile(r"\)[\s,]*(?:on\s+)?", re.IGNORECASE)


def _flashback(ctx: Context, m: re.Match[str], found: date) -> bool:
    """Whether a weekday in a past-perfect clause ("had left") looks back from a later day the
    story is already on."""
    cue = ctx.direction(m.start(), m.end())
    return (
        cue is not None
        and cue.words.lower().startswith("had")
        and ctx.last_day is not None
        and ctx.last_day > found
    )


_AND_PLURAL = re.compile(
    r"\s+and\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?P<pod>morning|afternoon|evening|night)s\b"
)


_EVERY_AND_BEFORE = re.compile(
    r"\bevery\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:and|or)\s+$", re.IGNORECASE
)


# a weekday's result: "Saturday's win", "Friday night's 3-1 defeat"
_RESULT_AFTER = re.compile(
    r"['\u2019]s\s+(?:[^\s;!?]+\s+){0,6}?(?:win|victory|defeat|loss|upset|rout|triumph|"
    r"thrashing|shutout|comeback)\b",
    re.IGNORECASE,
)
_CALLED_OFF_ON_THE_DAY = re.compile(
    r"\b(?:was|were)\s+(?:postponed|cancell?ed|called\s+off|abandoned|rained\s+out)\s+"
    r"(?:at|after|before|shortly|about|minutes|an\s+hour)\b",
    re.IGNORECASE,
)
_CALLED_OFF = re.compile(
    r"\b(?:postpone[sd]?|cancel(?:l?ed|s)?|call(?:ed|s)?\s+off|scrap(?:ped|s)?|"
    r"move[sd]?\s+to|moved\s+(?:back|forward)|moved\s+(?:[\w'\u2019]+\s+){1,4}to|"
    r"reschedule[sd]?)\b",
    re.IGNORECASE,
)


def _called_off(m: re.Match[str], ctx: Context) -> bool:
    """Whether a weekday's event ("Saturday's gig") is one postponed, cancelled or moved in its
    sentence."""
    if not ctx.text.startswith(("'s", "\u2019s"), m.end()) or m["rel"] or m["rel2"]:
        return False
    lo, hi = sentence_bounds(ctx.text, m.start(), m.end())
    return _CALLED_OFF.search(ctx.text, max(lo, m.start() - 40), min(hi, m.end() + 100)) is not None


def _shared_pod(ctx: Context, m: re.Match[str]) -> str:
    """ "on Monday and Tuesday nights": the plural part of day both weekdays share."""
    if m["pod"] or m["plural"]:
        return ""
    found = _AND_PLURAL.match(ctx.text, m.end())
    return found["pod"] if found else ""


def _zone_day(ctx: Context, at: int, target: int) -> date | None:
    """ "announced at 7 p.m. local time (0000 GMT Friday)": the same moment in another zone, so
    weekday ``target`` a day at most from the story's (the sentence's day, or the paper's)."""
    story = ctx.last_day if ctx.in_sentence_of_last_value(at) else ctx.base
    if story is None or (offset := (target - story.weekday() + 1) % 7 - 1) > 1:
        return None
    return story + timedelta(days=offset)


_GMT_BRACKET_BEFORE = re.compile(r"\(\s*\d{1,2}:?\d\d\s*(?:GMT|UTC)\s+(?:on\s+)?$")
_SHIFT_BEFORE = re.compile(
    r"\b(?P<n>a|an|one|two|three|four|five|six|\d)\s+(?P<unit>days?|weeks?)\s+"
    r"(?P<side>earlier|later),?\s+(?:on\s+)?$",
    re.IGNORECASE,
)


def _shifted_from_the_day_before(ctx: Context, m: re.Match[str], target: int) -> date | None:
    """ "a day earlier, on Tuesday" after a Wednesday named in the text: the day that many days
    from it, when it is the weekday written."""
    shift = _SHIFT_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
    if shift is None:
        return None
    words = ctx.text[shift.start() : shift.end("side")]
    day = next((d for d, said in reversed(ctx.days) if said != words), None)
    if day is None:
        return None
    n = int(shift["n"]) if shift["n"].isdigit() else SMALL_NUMBERS[shift["n"].lower()]
    days = n * (7 if shift["unit"].lower().startswith("week") else 1)
    found = day + timedelta(days=days if shift["side"].lower() == "later" else -days)
    return found if found.weekday() == target else None


def _possessive_past(ctx: Context, m: re.Match[str]) -> bool:
    """ "get around Wednesday's ruling": a weekday naming an event by its day is one gone by,
    unless an explicit future cue ("will", "is due to") rather than "would"/"may" says otherwise."""
    if not ctx.text.startswith(("'s", "\u2019s"), m.end()):
        return False
    cue = ctx.direction(m.start(), m.end())
    if cue is None:
        return False
    if cue.after and _POSSESSIVE_SUBJECT.match(ctx.text, m.end()):
        return False  # "Saturday's high of 7C would be the lowest since March": a forecast
    words = cue.words.lower()
    if words == "would" and _SAID_TODAY_BEFORE.search(ctx.text, max(0, m.start() - 120), m.start()):
        return False  # "said today that the two-a-days would end after Saturday's workout"
    # "asked his relatives to end their battle after Thursday's ruling": the ruling is done;
    # "Wednesday's ruling by Judge Lomax gives the boy until Jan. 14": so is that one
    return words in {"would", "may", "might", "should", "until"} or words.startswith(_WEAK_AHEAD)


_POSSESSIVE_SUBJECT = re.compile(
    # (not a reported clause: "told families at Wednesday night's ceremony that the brigade would")
    r"['\u2019]s\s+(?:(?!that\b)[\w.-]+\s+){1,4}(?:would|will|could|should|is\s+expected)\b",
    re.IGNORECASE,
)
_SAID_TODAY_BEFORE = re.compile(
    r"\b(?:said|says|announced|told\s+\w+)\s+(?:today|this\s+(?:morning|afternoon))\b"
    r"[^.;!?]{0,100}$",
    re.IGNORECASE,
)
_WEAK_AHEAD = ("asked ", "urged ", "advised ", "told ", "warned ", "could ")


_SAME_DAY_BEFORE = re.compile(r"\b(?:later|by)\s+(?:(?:late|early)\s+)?$", re.IGNORECASE)


def _week_on(ctx: Context, start: int, end: int, way: Direction) -> bool:
    """Whether a future weekday naming the publication day means a week on.

    "will be allowed back from Wednesday" written on a Wednesday would say "from today" if it
    meant today. Not so for reported speech ("said ... would be brought alongside later Monday",
    the future of a past saying) or for "later/by Monday", which stay on the day.
    """
    if way is not Direction.FUTURE:
        return False
    cue = ctx.direction(start, end)
    if cue is not None and cue[1].lower() == "would":
        return False
    if ctx.text.startswith(("'s", "\u2019s"), end):
        return False  # "the record of Thursday's meeting is due" in a Thursday paper: today's
    if _IS_AFTER.match(ctx.text, end):
        return False  # "Friday is Fireworks Night", in a Friday paper: tonight's
    if cue is not None and ctx.clock_today and cue.words.lower() in SCHEDULE_VERBS:
        return False  # "Published Thursday, 6:00 AM ... The shares begin trading on Thursday"
    following = _AND_DAY_AFTER.match(ctx.text, end)
    if following and (WEEKDAYS[following[1].lower()] - ctx.base.weekday()) % 7 == 1:
        return False  # "sampled again Monday and Tuesday" in a Monday paper: today and tomorrow
    if _CLOCK_BEFORE_DAY.search(ctx.text, max(0, start - 45), start):
        return False  # "a conference call at 5 p.m. EDT (2100 GMT) on Thursday": later today
    return not _SAME_DAY_BEFORE.search(ctx.text, max(0, start - 10), start)


# a clock time just before the weekday ("at 5 p.m. EDT (2100 GMT) on", "at 10 a.m.")
_CLOCK_BEFORE_DAY = re.compile(
    r"(?:\d\s*[ap]\.?m\.?|\d:\d\d|\d{4}\s+GMT|noon)"
    # a zone: "EDT", "New York time", "local time"
    r"(?:\s+(?:[A-Z]{2,4}|(?-i:[A-Z][a-z]+\s+){1,2}time|local\s+time))?(?:\s*\([^()]{1,20}\))?"
    r",?\s+(?:on\s+)?$",
    re.IGNORECASE,
)


_IS_AFTER = re.compile(r"[ \t]+is\b")
_AND_DAY_AFTER = re.compile(
    r"\s+(?:and|or)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.I
)


_ABBREVIATION = {name[:3]: number for name, number in WEEKDAYS.items()}  # "next Tues"
POST_STAMP = "a post's time stamp, on the page's day"
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")


def _weekday_on(base: date, target: int, dom: int) -> date | None:
    """The day nearest ``base`` that is both weekday ``target`` and day ``dom`` of its month."""
    for distance in range(0, 400):
        for day in (base - timedelta(days=distance), base + timedelta(days=distance)):
            if day.day == dom and day.weekday() == target:
                return day
    return None


_TIMETABLE_LINE = re.compile(r"[ \t]*[:\u2013\u2014-][ \t]")
_DAY_NAMED_AFTER = re.compile(
    r"\s+(?:on\s+)?(?:the\s+)?(?:following|next|same|that)\s+(?:day|morning)\b", re.IGNORECASE
)
_PAST_MAIN_VERB = re.compile(r"[^.;!?]*?,\s+(?:was|were|had\s+been)\b", re.IGNORECASE)
_FALLS_ON = re.compile(r"\b(?:falls|falling)\s+(?:on\s+)?$", re.IGNORECASE)


def _weekday_result(
    ctx: Context, day: date, pod: str, m: re.Match[str], why: str, *, anchored: bool
) -> Resolution:
    value = f"{day.isoformat()}T{pod}" if pod else day.isoformat()
    kind = TIME if pod else DATE  # TimeML: a part of a day ("Friday night") is a TIME
    if anchored:
        return from_narrative(ctx, value, why, kind=kind)
    return relative(ctx, value, why, kind=kind, mod=edge_mod(m["edge"]))


_H_CLOCK = re.compile(r"^(\d{1,2})h(\d\d)?\b")
_CLOCK = re.compile(r"(\d{1,2})(?:[:.]?(\d\d))?(?::(\d\d))?\s*([ap])?", re.IGNORECASE)
_HOUR_NAMES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_HOUR_WORDS = {  # "about ten o'clock"
    word: str(SMALL_NUMBERS[word]) for word in (*_HOUR_NAMES, "eleven", "twelve")
}


_MINUTES_PAST = re.compile(
    r"(?P<count>.+?)(?:\s+minutes?)?\s+(?P<side>past|after|to|before)\s+(?P<hour>\w+)$"
)


def _said_as_minutes(words: str) -> str:
    """ "six minutes past one" as "1:06"; "a quarter to four" as "3:45"; else ``words``."""
    found = _MINUTES_PAST.match(words)
    if found is None or found["hour"] not in (*_HOUR_WORDS, "midnight", "noon"):
        return words
    count = found["count"].removeprefix("a ").strip()
    minutes = {"quarter": 15, "half": 30}.get(count)
    if minutes is None:
        value = number(count)
        minutes = int(value) if value is not None and value == int(value) else None
    if minutes is None or not 0 < minutes < 60:
        return words
    if found["hour"] in {"midnight", "noon"}:
        # "one minute past midnight" is 00:01, "five to midnight" 23:55: on the 24-hour clock
        hour = 0 if found["hour"] == "midnight" else 12
        if found["side"] in {"to", "before"}:
            hour, minutes = (hour - 1) % 24, 60 - minutes
        return f"{hour:02d}:{minutes:02d}"
    hour = int(_HOUR_WORDS[found["hour"]])
    if found["side"] in {"to", "before"}:
        hour, minutes = (hour - 1) or 12, 60 - minutes
    return f"{hour}:{minutes:02d}"


def clock(m: re.Match[str], ctx: Context) -> Resolution | None:
    words = re.sub(r"^12\s+(?=noon|midnight)", "", m["clock"].lower())  # "12 noon"
    seconds = ""
    bare = False  # no a.m./p.m. and nothing around it to tell
    if words.startswith(("noon", "midday")):
        hour, minute = 12, 0
    elif words.startswith("midnight"):
        hour, minute = 24, 0
    else:
        words = _said_as_minutes(words)
        words = _H_CLOCK.sub(lambda h: f"{int(h[1]):02d}:{h[2] or '00'}", words)  # "18h30"
        first = words.split()[0]
        if first in _HOUR_WORDS:  # "about ten o'clock"
            words = _HOUR_WORDS[first] + words[len(first) :]
        parts = _CLOCK.match(words)
        if parts is None:
            return None
        hour, minute, seconds = int(parts[1]), int(parts[2] or 0), parts[3] or ""
        pod = m["cpod"] or m["opod"]
        meridiem = parts[4] or ("p" if pod in {"afternoon", "evening"} else "")
        if pod in {"morning", "forenoon"} and not meridiem:
            meridiem = "a"
        if not parts[4] and _TWENTY_FOUR_HOUR.match(words):
            meridiem = "24"  # "(1100 GMT)" after "2 p.m. local time" is no afternoon hour
        if (
            not parts[4]
            and m["zone"]
            and _UNIVERSAL.match(m["zone"])
            and _COLON_CLOCK.match(m["clock"])
        ):
            meridiem = "24"  # "from 14:00 UTC on Tuesday to 10:00 UTC on Wednesday"
        if not meridiem and _MORNING_AFTER.match(ctx.text, m.end()):
            meridiem = "a"  # "left the tracks at 4:50 this morning"
        if not meridiem and _TIME_CHECK_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
            # "It's 7:46": said as the clock shows it; but "Aired ... 14:00 ET ... It is two
            # o'clock Eastern": the afternoon hour the broadcast is stamped with
            last = _LAST_CLOCK.match(ctx.last_clock)
            near = last is not None and abs(int(last[1]) - (hour + 12)) <= 1
            meridiem = "p" if near and hour < 12 else "24"
        if (
            not meridiem
            and _afternoon_so_far(ctx, hour)
            # not "19:42 GMT (11:42 PST)": the same moment in another zone
            and not _CONVERTED_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
        ):
            meridiem = "p"  # "set for 3 p.m., ... did not come out until 3:45"
        if not meridiem and _small_hours_so_far(ctx, hour):
            meridiem = "a"  # "caught him at 12.08am. ... shouting some time after half past twelve"
        if (
            not meridiem
            and 1 <= hour <= 5
            and not words.startswith("0")
            and not _SMALL_HOURS_AROUND.search(
                ctx.text, max(0, m.start() - 120), min(len(ctx.text), m.end() + 30)
            )
        ):
            # "at 2 o'clock", "by 5:30", "first pitch is 1:05": an hour of the working day,
            # which nobody names for the small hours without saying so
            meridiem = "p"
        if not meridiem and (
            _EVENING_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
            or _EVENING_AFTER.match(ctx.text, m.end())
            or (m["deictic"] and m["deictic"].lower() == "tonight")
            or (
                5 <= hour < 12
                and ctx.last_value.endswith(("TEV", "TNI"))
                and ctx.in_sentence_of_last_value(m.start())
            )
        ):
            # "tonight at 11 o'clock", "4:15 this afternoon", "until 10 o'clock tonight",
            # "killed last night ... shortly before 11 o'clock"
            meridiem = "p"
        if meridiem == "p" and hour < 12:
            hour += 12
        elif meridiem == "a" and hour == 12:
            hour = 0
        bare = not meridiem
    time = f"{hour:02d}:{minute:02d}" + (f":{seconds}" if seconds else "")  # "14:35:10 UTC"
    if (
        not (m["wd"] or m["deictic"] or m["month"])
        and _LINE_START.search(ctx.text, max(0, m.start() - 4), m.start())
        and _LINE_END.match(ctx.text, m.end())
    ):
        # a live blog's post, "4:58 p.m." on a line of its own: the page's day (or, in a blog
        # that ran past midnight, its post's: ``resolve`` dates each post)
        return Resolution(
            TIME,
            f"{ctx.base.isoformat()}T{time}",
            Certainty.INFERRED,
            POST_STAMP,
            ctx.base_anchor(),
            uses_publication=True,
        )
    if _names_a_recurring_slot(m, ctx):
        # "takes the 6.30am ferry each morning", "moved into the 7.30pm slot", "a 2am licence":
        # the hour of a service or a routine, on no one day
        return Resolution(
            TIME, f"XXXX-XX-XXT{time}", Certainty.VAGUE, "clock time naming a recurring slot", ""
        )
    if lead := _on_the_lead_day(m, ctx):
        day, anchor, own = ctx.lead_day()
        return Resolution(
            TIME,
            f"{day.isoformat()}T{time}",
            Certainty.ANCHORED if own else Certainty.INFERRED,
            lead,
            anchor,
            uses_publication=not own,
        )
    if not (m["wd"] or m["deictic"] or m["month"]) and _TIME_CHECK_BEFORE.search(
        ctx.text, max(0, m.start() - 12), m.start()
    ):
        # a broadcast's time check, "It's 8:22. You're listening to ...": now, on air (or then,
        # in an archive recording dated just before: "[NEWSCAST, MARCH 17, 1982] It is 6 a.m.")
        day = ctx.base
        if (
            ctx.last_day is not None
            and ctx.last_value == ctx.last_day.isoformat()
            and WRITTEN_YEAR.search(ctx.last_value_text)
            and 0 <= m.start() - ctx.last_value_end <= _HEADER_REACH
        ):
            day = ctx.last_day
        return Resolution(
            TIME,
            f"{day.isoformat()}T{time}",
            Certainty.INFERRED,
            "time check, the moment of speaking",
            ctx.base_anchor() if day == ctx.base else f"the recording's date {day}",
            uses_publication=day == ctx.base,
        )
    if not (m["wd"] or m["deictic"] or m["month"]) and _AS_OF_BEFORE.search(
        ctx.text, max(0, m.start() - 8), m.start()
    ):
        # "As of 5 a.m., the eye of the typhoon was ...": a bulletin's time, the paper's own day
        return Resolution(
            TIME,
            f"{ctx.base.isoformat()}T{time}",
            Certainty.INFERRED,
            "clock time of a bulletin ('as of')",
            ctx.base_anchor(),
            uses_publication=True,
        )
    if look_back := _in_look_back(m, ctx):
        day, text = look_back
        return Resolution(
            TIME,
            f"{day.isoformat()}T{time}",
            Certainty.ANCHORED,
            "clock time in the part of a day named before it",
            f"previous part of a day {day} ('{text}')",
        )
    if (
        not (m["wd"] or m["deictic"] or m["month"])
        and _COARSE_VALUE.fullmatch(ctx.last_value)
        # (or "starting next year, ... at 6:30 p.m."; not "a year ago")
        and (
            WRITTEN_YEAR.search(ctx.last_value_text)
            or _NEXT_OR_LAST_YEAR.fullmatch(ctx.last_value_text)
        )
        and ctx.in_sentence_of_last_value(m.start())
        and not _story_day_in(ctx, int(ctx.last_value[:4]))
        # (not a year in an aside about someone: "Webb, who first won the seat in 2002, asked
        # for a recount at about 3.40am")
        and not _in_a_closed_aside(ctx, m.start())
    ):
        # "In the spring of 1926 she took a job ..., working the night board from 6 p.m. to
        # 6 a.m.": hours within a season or a year, on no day the text gives
        return Resolution(
            TIME,
            f"XXXX-XX-XXT{time}",
            Certainty.VAGUE,
            "clock time in a period longer than a day",
            f"previous date {ctx.last_value}",
        )
    day, anchored = _clock_day(m, ctx)
    if anchored == _STORY_WEEK:
        return Resolution(
            TIME,
            f"{day.isoformat()}T{time}",
            Certainty.ANCHORED,
            "clock time on a weekday of the story's week",
            f"previous date {ctx.last_day}",
        )
    if anchored == _AHEAD:
        return Resolution(
            TIME,
            f"{day.isoformat()}T{time}",
            Certainty.INFERRED,
            "clock time on the day the story looks ahead to",
            f"the coming day {day}",
        )
    back_to: tuple[date, str] | None = None
    back_why = "clock time back in the story after an aside about today"
    if (
        anchored
        and day == ctx.publication
        and not (m["wd"] or m["deictic"] or m["month"])
        # (not a page's stamp: "Published Monday, Feb. 09, 2015 06:00AM EST")
        and not _STAMP_GAP.fullmatch(ctx.text, max(0, ctx.last_value_end), m.start())
    ):
        cue = ctx.direction(m.start(), m.end())
        older = ctx.older_story_day()
        if (
            cue is not None
            and cue.direction is Direction.PAST
            # (not a later clause's: "is taking her to lunch at noon, and tonight the club,
            # which she helped found in 1988, holds its party")
            and (not cue.after or cue.near)
            and older is not None
            # not "On Thursday morning thousands gathered ... At 4:30 a.m. the bells rang": the
            # hour of the part of today just named
            and ctx.last_value not in {f"{day.isoformat()}T{pod}" for pod in _PARTS}
        ):
            day, back_to = older[0], older  # a past clause after an aside about today
    if (
        anchored
        and back_to is None
        and ctx.publication is not None
        and day > ctx.publication
        and not (m["wd"] or m["deictic"] or m["month"])
        and (cue := ctx.direction(m.start(), m.end())) is not None
        and cue.direction is Direction.PAST
        and cue.adjacent
        and not cue.after
        and _PAST_AT.search(ctx.text, max(0, m.start() - 30), m.start())
    ):
        # "held early so as not to clash with Easter, started at 9:30 a.m.": what happened is
        # not on a day still ahead, but on the last day named up to the paper's own
        back_to = ctx.last_named_up_to(ctx.publication) or (
            ctx.publication,
            "the publication date",
        )
        day = back_to[0]
        back_why = "clock time of a past verb, not on a day still ahead"
    if (
        anchored
        and hour < 6
        and not m["wd"]
        and _after_the_evening(ctx, day, m)
        # (not past the paper's day in the past tense: "Aired November 21 - 18:00 GMT ... The
        # two sides signed the agreement at 4 a.m.")
        and not (
            ctx.publication is not None
            and day >= ctx.publication
            and _told_past(ctx, m)
            # (but a live page that ran past midnight: "Last modified on Friday 17 October")
            and not any(d > ctx.publication for d, _ in ctx.days)
        )
    ):
        day += timedelta(days=1)  # "around 10:30 p.m. ... He called 911 at 12:07 a.m."
    elif (
        anchored
        and hour < 10
        and not m["wd"]
        and (
            ctx.last_value == f"{day.isoformat()}TNI"
            # "slipped overnight, as investors braced for figures later this week. ... at 0630
            # GMT": only a week or month named since the night
            or (
                ctx.last_day == day
                and _NIGHT_WORD.search(ctx.last_day_text) is not None
                and not _FULL_DAY.match(ctx.last_value)
            )
        )
        and ctx.publication is not None
        and day < ctx.publication  # not "Tonight whole blocks are gone. The sirens at 6:02"
        and not _DAY_NAMED_AFTER.match(ctx.text, m.end())  # "at 8am the following day"
    ):
        day += timedelta(days=1)  # "Frost overnight: -3C on the shed thermometer at 7am"
    elif anchored and 18 <= hour < 24 and _before_the_small_hours(ctx, m):
        day -= timedelta(days=1)  # "counted early Monday ... Polls closed at 8 p.m."
    if hour == 24 and _AFTER_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start()):
        # "shortly after midnight": the start of the story's next day (of the paper's own day
        # when the story has named none, unless it looks ahead: "Snow to start after midnight")
        ahead = toward(ctx, m.start(), m.end())[0] is Direction.FUTURE or _headline_infinitive(
            ctx.text, m.start()
        )
        day, time = (day + timedelta(days=1) if anchored or ahead else day), "00:00"
    if (
        hour == 24
        and time.startswith("24")
        and not (m["wd"] or m["deictic"] or m["month"])
        and day == ctx.publication
        and (cue := ctx.direction(m.start(), m.end())) is not None
        and cue.direction is Direction.PAST
        and (cue.near or cue.adjacent)
        # (not a deadline, "any bill that has not passed by midnight is dead", nor the future in
        # the past, "the session was to end at midnight")
        and not _DEADLINE_WORD_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
        and not _WAS_TO.search(ctx.text, max(0, m.start() - 40), m.start())
    ):
        # "staff have been on the phones since midnight", "broke down at midnight", told that
        # day: the midnight the day began with, the end of the day before
        day -= timedelta(days=1)
    if bare and hour < 12 and _later_that_day(m, ctx, day, hour):
        time = f"{hour + 12:02d}{time[2:]}"  # "4:15 this afternoon ... a report at 11 o'clock"
    value = f"{day.isoformat()}T{time}"
    if back_to is not None:
        return Resolution(
            TIME,
            value,
            Certainty.ANCHORED,
            back_why,
            f"previous date {back_to[0]} ('{back_to[1]}')",
        )
    if anchored:
        return from_narrative(ctx, value, "clock time on the previous date", kind=TIME)
    return relative(ctx, value, "clock time", kind=TIME)


_PAST_AT = re.compile(r"(?<!\bhave\s)(?<!\bhas\s)\b[a-z]{3,}ed\s+(?:at|by)\s+$", re.IGNORECASE)


_ED_WORD = re.compile(r"[a-z]+ed", re.IGNORECASE)
_DEADLINE_WORD_BEFORE = re.compile(r"\b(?:by|until|till)\s+$", re.IGNORECASE)
_WAS_TO = re.compile(r"\b(?:was|were)\s+(?:due\s+)?to\s+[a-z]+\s+(?:\w+\s+){0,3}$", re.I)
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|announced)\s+(?:on\s+)?$", re.IGNORECASE)
_DATE_AFTER_WEEKDAY = re.compile(r",?\s+(?:\d{1,2}\b|[A-Z][a-z]{2,8}\.?\s+\d)")
_RELATIVE_WORD_BEFORE = re.compile(r"\b(?:last|next|this|that|the|every|each|on\s+a)\s+$", re.I)


def _next_one_named_before(ctx: Context, m: re.Match[str], target: int) -> date | None:
    """The day of "next Monday" (or "this coming Monday") named shortly before a bare "Monday"
    in the same paragraph, if the text dated it."""
    if m["rel"] or m["rel2"] or m["wd"] is None:
        return None
    lo = max(0, m.start() - _NEXT_ONE_REACH)
    paragraph = ctx.text.rfind("\n\n", lo, m.start())
    before = ctx.text[max(lo, paragraph + 1) : m.start()]
    word = m["wd"].lower()
    if not re.search(rf"\b(?:next|this\s+coming|coming)\s+{word}\b", before, re.IGNORECASE):
        return None
    return next(
        (
            d
            for d, text in reversed(ctx.days)
            if d.weekday() == target and d > ctx.base and word in text.lower()
        ),
        None,
    )


_NEXT_ONE_REACH = 300  # characters


def _named_again(m: re.Match[str], ctx: Context, target: int) -> date | None:
    """The day a bare weekday said earlier in the same sentence was read as, if it was ("begins
    on Thursday, and with Thursday and Friday declared holidays"), else None."""
    if m["pod1"] or m["edge"]:
        return None
    cue = ctx.direction(m.start(), m.end())
    if cue is not None and not _ED_WORD.fullmatch(cue.words):
        return None  # "taken Wednesday, and results are expected Tuesday or Wednesday": its own
    if _SAID_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None  # "at a Seder on Friday night, Rabbi Feld said Friday": the day she said it
    begin, _ = sentence_bounds(ctx.text, m.start(), m.end())
    word = m["wd"]
    earlier = [
        e
        for e in re.finditer(rf"\b{re.escape(word)}\b", ctx.text[begin : m.start()])
        if not _RELATIVE_WORD_BEFORE.search(
            ctx.text, max(0, begin + e.start() - 8), begin + e.start()
        )
        # (not "on Monday, March 9": a date of its own)
        and not _DATE_AFTER_WEEKDAY.match(ctx.text, begin + e.end())
    ]
    if not earlier:
        return None
    return next(
        (d for d, text in reversed(ctx.days) if d.weekday() == target and word in text), None
    )


_WITH_NOUN = re.compile(r"\bwith\s+(?:[a-z-]+\s+){1,2}$", re.IGNORECASE)


def _with_participle(text: str, start: int, words: str) -> bool:
    """Whether a cue is a participle after "with" and its noun ("with fireworks fired from
    barges at 9.30pm"): it describes the noun, and tells no tense."""
    if not _ED_WORD.fullmatch(words):
        return False
    at = text.rfind(words, max(0, start - 120), start)
    if at >= 0 and _AS_BY.match(text, at + len(words)) and text[max(0, at - 2) : at] == ", ":
        return True  # "starts at 6.45am on Sunday, followed by the 10km at 7.30am"
    return at >= 0 and _WITH_NOUN.search(text, max(0, at - 40), at) is not None


_AS_BY = re.compile(r"\s+by\b")
_HEADER_REACH = 120  # characters from a dated header to the time said under it
_MORNING_AFTER = re.compile(
    r",?\s+(?:(?:this|yesterday|tomorrow|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday))\s+morning|in\s+the\s+morning)\b",
    re.IGNORECASE,
)
# "It's 8:22.", "It is now 7:46": the time said on air
_TIME_CHECK_BEFORE = re.compile(r"(?:^|[.!?:\n\"]\s*)It(?:'s|\u2019s|\s+is)\s+(?:now\s+)?$")
_AFTER_BEFORE = re.compile(r"\bafter\s+$", re.IGNORECASE)


_EVE = re.compile(r"(?:Year's|Years|Christmas|Hallowe'en|Halloween)\s+(?:Eve|Night)\b")
_NIGHT_OF = re.compile(r"\b(?:night|evening)\s+of\s+$", re.IGNORECASE)


def _told_past(ctx: Context, m: re.Match[str]) -> bool:
    cue = ctx.direction(m.start(), m.end())
    return cue is not None and cue.direction is Direction.PAST and (not cue.after or cue.near)


def _after_the_evening(ctx: Context, day: date, m: re.Match[str]) -> bool:
    """Whether the story's last clock time was that day's evening, so the small hours that
    follow it are the next day's (a range, "between 9pm and 3am", is read as a whole later)."""
    if ctx.last_value == day.isoformat() and _NIGHT_OF.search(
        ctx.text,
        max(0, ctx.last_value_end - len(ctx.last_value_text) - 24),
        ctx.last_value_end - len(ctx.last_value_text),
    ):
        return True  # "On the night of 5 June 1944 ... By 2am": the small hours of the 6th
    if ctx.last_value == day.isoformat() and _EVE.search(ctx.last_value_text):
        return True  # "On New Year's Eve, extra trains will leave at 12.40am": after midnight
    if ctx.last_value == day.isoformat() and _UNTIL_GAP.fullmatch(
        ctx.text, max(0, ctx.last_value_end), m.start()
    ):
        return True  # "the House sat on Monday until 2.40am": the night ran into Tuesday
    last = _LAST_CLOCK.match(ctx.last_clock)
    if last is None or not ctx.last_clock.startswith(day.isoformat()) or int(last[1]) < 18:
        return False
    return ctx.last_value != ctx.last_clock or not _RANGE_JOIN.fullmatch(
        ctx.text, ctx.last_value_end, m.start()
    )


def _after_a_flashback(ctx: Context, m: re.Match[str]) -> bool:
    """Whether the latest date was told in the past perfect ("had been adjourned on 17
    January") in an earlier paragraph, and the clock time's own sentence is in the simple past
    of a story the paper dates today ("this morning")."""
    named_at = ctx.last_value_end - len(ctx.last_value_text)
    if named_at < 0 or "\n\n" not in ctx.text[ctx.last_value_end : m.start()]:
        return False
    if not _TODAY_WORDS.search(ctx.text, 0, named_at):
        return False
    if not _HAD_IN_CLAUSE.search(ctx.text, max(0, named_at - 80), named_at):
        return False
    sentence = ctx.text.rfind("\n", 0, m.start())
    cue = ctx.direction(m.start(), m.end())
    return (
        cue is not None
        and cue.direction is Direction.PAST
        and _HAD_IN_CLAUSE.search(ctx.text, max(sentence, m.start() - 80), m.start()) is None
    )


_UNTIL_GAP = re.compile(
    r"\s+(?:until|till|to|into)\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?", re.IGNORECASE
)
_TODAY_WORDS = re.compile(r"\b(?:this\s+morning|today|this\s+afternoon)\b", re.IGNORECASE)
_PARTS = ("MO", "AF", "EV", "NI")
_HAD_IN_CLAUSE = re.compile(r"\bhad\s+(?:been\s+)?[a-z]+\b[^.;!?]*$", re.IGNORECASE)


def _before_the_small_hours(ctx: Context, m: re.Match[str]) -> bool:
    """Whether an evening hour told in the past follows a day named by its small hours ("with
    94% counted early Monday ... Polls closed at 8 p.m."): the evening before."""
    if ctx.last_day is None:
        return False
    cue = ctx.direction(m.start(), m.end())
    if cue is None or cue.direction is not Direction.PAST:
        return False
    named = ctx.last_value_end - len(ctx.last_value_text)
    if (
        ctx.last_value == ctx.last_day.isoformat()
        and _INTO_BEFORE.search(ctx.text, max(0, named - 12), max(0, named))
        and any(d == ctx.last_day - timedelta(days=1) for d, _ in ctx.days[-4:-1])
    ):
        # "struck late Wednesday, ... aftershocks hampered rescuers through the night and into
        # Thursday. The quake hit at 11:47 p.m.": the evening of the day before that bound
        return True
    small = _LAST_CLOCK.match(ctx.last_value)
    if small is not None and int(small[1]) < 5:
        # "A breath test at 12.35am ... The shelter had been empty since the last bus left at
        # 11.15pm": a past before the small hours is the evening before them
        lo = max(0, m.start() - 80)
        return _HAD_IN_CLAUSE.search(ctx.text, lo, m.start()) is not None
    return ctx.last_value == ctx.last_day.isoformat() and ctx.last_value_text.lower().startswith(
        ("early ", "the early hours of")
    )


def _story_day_in(ctx: Context, year: int) -> bool:
    """Whether the story has named a day in ``year`` ("on the night of July 11, 1876 ... In 1876
    ... at about 10 p.m." is that night)."""
    day, _, own = ctx.narrative()
    return own and day.year == year


_AS_OF_BEFORE = re.compile(r"\bas\s+of\s+$", re.IGNORECASE)
_COARSE_VALUE = re.compile(r"\d{4}(?:-(?:SP|SU|FA|WI|H[12]|Q[1-4]))?")
_NEXT_OR_LAST_YEAR = re.compile(r"(?:next|last)\s+year", re.IGNORECASE)
_SMALL_HOURS = re.compile(r"\b(?:12|0?[1-4])(?::\d\d)?\s*a\.?m\b", re.IGNORECASE)
_NIGHT_WORD = re.compile(r"\b(?:overnight|night)\b", re.IGNORECASE)
_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d")
# "1100 GMT", "06:10 local time": written on the 24-hour clock
_UNIVERSAL = re.compile(r"(?:UTC|GMT|Z)\b")
_COLON_CLOCK = re.compile(r"(?:about\s+|around\s+)?\d{1,2}:\d\d")
_TWENTY_FOUR_HOUR = re.compile(
    r"[0-2]\d[0-5]\d(?:\b|hrs)|0\d[:.][0-5]\d|(?:1[3-9]|2[0-3])\.[0-5]\d"
)
_RANGE_JOIN = re.compile(r"\s*(?:and|to|until|till|through|-|\u2013)\s*", re.IGNORECASE)


_SMALL_HOURS_AROUND = re.compile(
    r"\b(?:early|dawn|daybreak|overnight|night|morning|a\.m\.?|am|before\s+sunrise|wee\s+hours|"
    r"small\s+hours)\b",
    re.IGNORECASE,
)


def _later_that_day(m: re.Match[str], ctx: Context, day: date, hour: int) -> bool:
    """Whether a bare hour looked forward to (or said in words, in no tense) comes after an
    afternoon clock time of its day."""
    last = _LAST_CLOCK.match(ctx.last_clock)
    if last is None or not ctx.last_clock.startswith(day.isoformat()):
        return False
    cue = ctx.direction(m.start(), m.end())
    # (or, for an hour said in words, with no tense at all: "After the news at half past six",
    # at 18:20; not "rises at 5:30 every morning", nor "19:42 GMT (11:42 PST)")
    spoken = not any(ch.isdigit() for ch in m[0])
    ahead = (cue is None and spoken) or (cue is not None and cue.direction is Direction.FUTURE)
    return ahead and 12 <= int(last[1]) <= hour + 12


_EVENING_AFTER = re.compile(
    r",?\s+(?:(?:this|that|yesterday|tomorrow|last|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday))\s+(?:afternoon|evening|night)|tonight)\b",
    re.IGNORECASE,
)
_EVENING_BEFORE = re.compile(
    r"\b(?:tonight|this\s+(?:afternoon|evening)|last\s+night)\s+(?:at|by|until|from)\s+$",
    re.IGNORECASE,
)


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|my|your)\s+$", re.I)
_RECURRING_SLOT_AFTER = re.compile(
    r"\s+(?:first\s+)?(?:bus|train|ferry|tram|shuttle|sailing|departure|slot|bell|licen[cs]e|"
    r"curfew|scramble|battle|start|reading|Eucharist|Mass|school\s+run)\b"
)
_ONE_DAY = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?!s)|yesterday|today|tomorrow|tonight|"
    r"(?:last|this)\s+(?:night|morning|afternoon|evening))\b",
    re.IGNORECASE,
)


def _names_a_recurring_slot(m: re.Match[str], ctx: Context) -> bool:
    """Whether a clock time names a timetable's or a routine's slot ("the 7.15am bus", "its
    09:05 departure", "the 8am scramble") in a sentence that names no one day."""
    if m["wd"] or m["deictic"] or m["month"]:
        return False
    if not (
        _DETERMINER_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
        and _RECURRING_SLOT_AFTER.match(ctx.text, m.end())
    ):
        return False
    lo, hi = sentence_bounds(ctx.text, m.start(), m.end())
    return _ONE_DAY.search(ctx.text, lo, hi) is None and not ctx.day_in_sentence(m.start())


def _on_the_lead_day(m: re.Match[str], ctx: Context) -> str:
    """Why a clock time falls on the day the story leads with, or "" when it does not: it names
    the event the story is about ("after the 2 p.m. announcement", "ahead of the 4 p.m. close",
    unless a day was named earlier in its sentence), or it heads an entry of a live page."""
    if (
        not (m["wd"] or m["deictic"] or m["month"])
        and is_attributive(ctx.text, m.start(), m.end())
        and not ctx.day_in_sentence(m.start())  # "on Saturday, May 17, with a 5:30 p.m. kick-off"
    ):
        return "clock time naming an event, on the story's day"
    if _alone_on_its_line(ctx.text, m.start(), m.end()):
        return "clock time heading an entry"
    return ""


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    before = text.rfind("\n", max(0, start - 4), start)
    after = text.find("\n", end, end + 4)
    return (
        (before >= 0 or start < 4)
        and not text[before + 1 : start].strip()
        and (after >= 0 or len(text) - end < 4)
        and not text[end : after if after >= 0 else len(text)].strip()
    )


_WITH_TODAY_BEFORE = re.compile(
    r"\b(?:today|tonight|tomorrow)\s+(?:and|or|through|to|until|till)\s+"
    # (an hour between: "between 11 p.m. tonight and 1 a.m. on Thursday")
    r"(?:(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)


def _worded_before(ctx: Context, found: date) -> date | None:
    """The same weekday a week from ``found`` that the text has named with "this"."""
    for day, text in ctx.days:
        if abs((day - found).days) == 7 and _WORDED_WEEKDAY.match(text):
            return day
    return None


# (not "next Sunday": a plain "Sunday" beside it is another one)
_WORDED_WEEKDAY = re.compile(r"this\s+(?:coming\s+)?[MTWFS][a-z]+day\b", re.IGNORECASE)
_LAST_CLOCK = re.compile(r"\d{4}-\d\d-\d\dT(\d\d):\d\d(?::\d\d)?$")
# a clock time given in brackets after another: "19:42 GMT (11:42 PST)"
_CONVERTED_BEFORE = re.compile(
    r"\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?\s*[(\[]\s*$", re.IGNORECASE
)


def _afternoon_so_far(ctx: Context, hour: int) -> bool:
    """Whether a bare hour ("3:45") follows an afternoon or evening clock time it comes after."""
    last = _LAST_CLOCK.match(ctx.last_value)
    return bool(last) and 1 <= hour < 12 and 12 <= int(last[1]) <= hour + 12  # type: ignore[index]


def _small_hours_so_far(ctx: Context, hour: int) -> bool:
    """Whether a bare hour ("half past twelve", "1:15") follows a small-hours clock time no
    later than it."""
    last = _LAST_CLOCK.match(ctx.last_value)
    return bool(last) and int(last[1]) < 5 and int(last[1]) <= hour % 12 < 5  # type: ignore[index]


def _in_look_back(m: re.Match[str], ctx: Context) -> tuple[date, str] | None:
    """The day of a look back earlier in the sentence ("was taken the previous evening, during a
    reception that ran from 6 p.m. to 9 p.m."), when no other date came between."""
    if ctx.look_back is None or m["wd"] or m["deictic"] or m["month"]:
        return None
    day, text, end = ctx.look_back
    if end < ctx.last_value_end or end > m.start() or sentence_break(ctx.text, end, m.start()):
        return None
    return day, text


# a present-tense schedule: "is the first match on court at", "starts at", "are due at"
_PRESENT_BEFORE = re.compile(
    r"\b(?:is|are|starts|begins|opens|closes|kicks\s+off|resumes)\b[^.;!?]{0,60}$", re.IGNORECASE
)


# "is thought to have started at 10 p.m.": a report of the past
_REPORTED_PAST = re.compile(
    r"\b(?:thought|believed|said|alleged|reported|understood|known|suspected|likely|to\s+have)\b",
    re.IGNORECASE,
)


def _in_the_present(m: re.Match[str], ctx: Context) -> bool:
    """Whether a bare clock time sits in a present-tense schedule, so on the publication day
    rather than on a past day the story told of."""
    cue = ctx.direction(m.start(), m.end())
    if cue is not None and cue.direction is Direction.PAST:
        return False
    present = _PRESENT_BEFORE.search(ctx.text, max(0, m.start() - 80), m.start())
    return present is not None and not _REPORTED_PAST.search(present[0])


_WEEK = timedelta(days=7)
_NEXT_BULLETIN = re.compile(
    r"\bnext\s+(?:news\s+)?(?:bulletin|newscast|summary|update|broadcast|news)\b[^.!?\n]{0,30}$",
    re.IGNORECASE,
)


def _listed_after_a_day_ahead(ctx: Context, m: re.Match[str]) -> date | None:
    """The day ahead named earlier in the sentence when the expression has no tense of its own:
    "a town hall at 7 p.m. Tuesday and a stop in Kettering Falls on Thursday" lies ahead too."""
    if (
        ctx.direction(m.start(), m.end()) is None
        and ctx.day_in_sentence(m.start())
        and ctx.last_day is not None
        and ctx.last_day > ctx.base
    ):
        return ctx.last_day
    return None


_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:[a-z]+\s+)?[a-z]+ed\b[^.;!?]*$")
_BEFORE_OR_AFTER = re.compile(r"\s+(before|after)\b", re.IGNORECASE)
_DAY_NUMBER = re.compile(r"(?<![:.\d])\b\d{1,2}(?:st|nd|rd|th)?\b(?![:.]\d)")


def _event_day(ctx: Context, target: int) -> tuple[date, date, str] | None:
    """The ``target`` weekday within three days of the latest day the story dated in full for
    an event ("Sunday, August 2nd"; not a bare "Thursday", nor a day beside the publication's,
    when things were said)."""
    pub = ctx.publication
    for day, text in reversed(ctx.days[-8:]):
        if (pub is not None and abs((day - pub).days) <= 2) or not _DAY_NUMBER.search(text):
            continue
        offset = (target - day.weekday() + 3) % 7 - 3
        return day + timedelta(days=offset), day, text
    return None


# (not "had been released by Sunday afternoon": a deadline, which may be today)
_HAD_BEFORE = re.compile(r"\bhad\s+(?!to\b)(?:[a-z]+\s+){0,2}(?!by\b)[a-z]+\s+(?:on\s+)?$")

# a paragraph opened by an update's hour: "Update, 3:05pm PST:", "UPDATE (4.10pm):"
_EDS_NOTE = re.compile(r"[ \t]*Eds?:[^\n]*", re.IGNORECASE)
_UPDATE_STAMP = re.compile(
    r"[ \t*#>]*(?:updated?|latest|edit)\b[ \t,:\u2013-]*(?:at[ \t]+)?\(?", re.IGNORECASE
)
# nothing but a comma between the date just named and its hours
_RIGHT_AFTER = re.compile(r",[ \t]*(?:from[ \t]+|at[ \t]+)?")  # "on Friday, April 5, at 7:05 p.m."
_STAMP_GAP = re.compile(r"[ \t]*(?:,|at|@|\|)?[ \t]*")


# _clock_day's answer for a clock time on the day the story looks ahead to
_FUTURE_AFTER = re.compile(r"[^.;!?]{0,40}?\b(?:will|must|has\s+to|have\s+to)\b", re.IGNORECASE)
_AHEAD = "ahead"
_STORY_WEEK = "the story's week"


_SHARES_MOVED = re.compile(  # (over a price's point: "fell 7.2 per cent to 23.15 euros by")
    # (or a company by its ticker: "Marlow (MVC) jumped 26 percent to $45.10 at 9:47 a.m.")
    r"(?:\b(?:shares|stock|stocks)\b|\((?-i:[A-Z]{1,5})\))(?:[^.;!?\n]|\.\d)*\b(?:fell|rose|"
    r"dropped|climbed|jumped|slid|slipped|gained|lost|surged|tumbled|plunged|advanced|declined|"
    r"were\s+(?:up|down)|was\s+(?:up|down)|traded)\b(?:[^.;!?\n]|\.\d)*\b(?:by|at)\s+$",
    re.IGNORECASE,
)


# "said on Sunday", "said in an interview Sunday evening"
_TOLD_BEFORE = re.compile(
    r"\b(?:said|says|told|announced)\s+(?:(?:in|on|to)\s+(?:an?\s+)?[a-z]+\s+)?(?:on\s+)?$"
)


def _only_told(ctx: Context, m: re.Match[str], day: date) -> bool:
    """Whether the day the story is on was only named as the day someone said something
    ("said on Sunday"), in an earlier paragraph, and told by no hour."""
    if ctx.last_day != day or day.isoformat() in ctx.clock_days or not ctx.last_day_text:
        return False
    at = ctx.text.rfind(ctx.last_day_text, 0, m.start())
    return (
        at >= 0
        and _TOLD_BEFORE.search(ctx.text, max(0, at - 40), at) is not None
        and "\n\n" in ctx.text[at : m.start()]
    )


def _in_a_closed_aside(ctx: Context, at: int) -> bool:
    """Whether the latest date was named in a relative clause set off by commas that closed
    before ``at`` ("Webb, who first won the seat in 2002, asked ... at about 3.40am")."""
    named = ctx.last_value_end - len(ctx.last_value_text)
    opened = [c.end() for c in RELATIVE_CLAUSE.finditer(ctx.text, max(0, named - 80), named)]
    return (
        bool(opened)
        and not re.search(r"[,;.]", ctx.text[opened[-1] : named])
        and "," in ctx.text[ctx.last_value_end : at]
    )


def _clock_day(m: re.Match[str], ctx: Context) -> tuple[date, bool | str]:
    if (
        m["wd"]
        and m["zone"]
        and ctx.text[max(0, m.start() - 2) : m.start()].rstrip().endswith("(")
        and (found := _zone_day(ctx, m.start(), WEEKDAYS[m["wd"].lower()])) is not None
    ):
        return found, False
    if m["wd"]:
        way, _ = toward(ctx, m.start(), m.end())
        cue = ctx.direction(m.start(), m.end())
        if _listed_after_a_day_ahead(ctx, m) is not None:
            way = Direction.FUTURE  # "from 10 a.m. to 6 p.m. Saturday and from 11 a.m. to 5 p.m.
            # Sunday"
        if (
            way is Direction.PAST
            and BY_BEFORE.search(ctx.text, max(0, m.start() - 4), m.start())
            and _FUTURE_AFTER.match(ctx.text, m.end())
        ):
            # "students who have not cleared holds by 5 p.m. Friday will be locked out": a
            # deadline the sentence's future hangs on
            way = Direction.FUTURE
        if (cue is None or cue.after) and _PRESENT_BEFORE.search(
            ctx.text, max(0, m.start() - 80), m.start()
        ):
            way = Direction.FUTURE  # "The new launch time is 9:12 a.m. Thursday": a schedule
        if way is Direction.PAST and (old := _old_named_day(ctx) or _old_story_day(ctx, m)):
            # "had finished a shift at 8 a.m. Saturday", in a report of February's crash told
            # in September: that story's Saturday
            return _in_the_story_week(old, WEEKDAYS[m["wd"].lower()], cue), _STORY_WEEK
        # "will speak at 10 a.m. Thursday" in a Thursday paper: later today, not a week on
        return weekday_date(ctx.base, WEEKDAYS[m["wd"].lower()], way), False
    if m["deictic"]:
        return ctx.base + timedelta(days=DEICTIC[m["deictic"].lower()]), False
    if m["month"]:
        month = MONTHS[m["month"].lower().rstrip(".")]
        try:
            return date(ctx.base.year, month, int(re.match(r"\d+", m["day"])[0])), False  # type: ignore[index]
        except ValueError:
            return ctx.base, False
    if (
        ctx.heading is not None
        and 0 <= ctx.heading[1] <= m.start()
        and "\n" not in ctx.text[ctx.heading[1] : m.start()]
        and abs((ctx.heading[0] - ctx.base).days) <= _WEEK.days
    ):
        # "Monday: Purchasing managers' survey, June, 10 a.m.": the hour of the line's day
        return ctx.heading[0], True
    day, _, own = ctx.narrative()
    named = ctx.last_value_end - len(ctx.last_value_text)
    if (
        own
        and ctx.publication is not None
        and _UPDATE_STAMP.fullmatch(ctx.text, ctx.text.rfind("\n", 0, m.start()) + 1, m.start())
    ):
        return ctx.publication, False  # "Update, 3:05pm PST: A spokesman says": the page's day
    if (
        ctx.publication is not None
        and _EDS_NOTE.fullmatch(
            ctx.text, (line := ctx.text.rfind("\n", 0, m.start()) + 1), m.start()
        )
        and ctx.last_value_end <= line
    ):
        # a wire's "Eds: UPDATES with Senate recess at 5:40 p.m.": the day the copy moved
        return ctx.publication, False
    if (
        own
        and ctx.publication is not None
        and _NEXT_BULLETIN.search(ctx.text, max(0, m.start() - 60), m.start())
    ):
        return ctx.publication, False  # "The next bulletin is at 1230 UTC": the station's today
    if own and _RIGHT_AFTER.fullmatch(ctx.text, max(0, ctx.last_value_end), m.start()):
        return day, own  # "on view from Thursday, 10am-7pm": the hours of the day just named
    if own and ctx.publication is not None and day < ctx.publication and _in_the_present(m, ctx):
        # "The other semi-final is the first match at 12.30pm": today's schedule; but in a
        # preview of Saturday's race ("will run ... on Saturday"), "The first race is at
        # 1.30pm" is that day's (not in a text stamped with today's hour: "1400 UTC ... The
        # next news summary is at 1500 UTC")
        pub = ctx.publication
        ahead = next((d for d, _ in ctx.days if pub < d <= pub + _WEEK), None)
        if ahead and not ctx.clock_today:
            return ahead, _AHEAD
        return pub, False
    if (
        own
        and ctx.publication is not None
        and _WEEK_ENDED_BEFORE.search(ctx.text, max(0, named - 40), max(0, named))
        and sentence_break(ctx.text, ctx.last_value_end, m.start())
    ):
        # "in the week ended Nov. 9, the office said ... in its weekly report, released at
        # 10:30 a.m.": a week's last day is no day things happen on at an hour
        return ctx.publication, False
    if (
        own
        and ctx.publication is not None
        and day != ctx.publication
        and _SHARES_MOVED.search(ctx.text, max(0, m.start() - 120), m.start())
        and (
            sentence_break(ctx.text, ctx.last_value_end, m.start())
            or _COARSE_VALUE.fullmatch(ctx.last_value)  # "listed in Frankfurt since 2006"
            # "fell by a fifth after a profit warning in January 2016, rose 38p to 1,216p by 9am"
            or MONTH_VALUE.fullmatch(ctx.last_value)
        )
    ):
        # "Black Friday, 28 November, was the busiest day. ... Shares in the group fell 4% to
        # 286p by 9am": a market's move at an hour is the paper's own day's
        return ctx.publication, False
    if own and ctx.publication is not None and day < ctx.publication and _only_told(ctx, m, day):
        # "Their lawyer said on Sunday they would seek damages. ...\n\n... when the hearing
        # ended at 11:52 am": a day something was only said on is not the story's day
        return ctx.publication, False
    if own and ctx.publication is not None and day < ctx.publication and _after_a_flashback(ctx, m):
        # "The case had been adjourned on 17 January ...\n\nKindersley made no comment as he
        # left court at 11.20am": the story is back on its own day after a past perfect aside
        return ctx.publication, False
    if own and ctx.publication is not None and day < ctx.publication:
        cue = ctx.direction(m.start(), m.end())
        if (
            cue is not None
            and cue.direction is Direction.FUTURE
            and not cue.after
            and cue.words.lower() not in {"until", "till", "by"}  # "stayed open until 8pm"
            # not "issued a warning at 7.34pm, saying waves could reach the coast from 9pm":
            # a future reported in the past is that day's
            and not _REPORTED_BEFORE.search(
                ctx.text, max(0, m.start() - 120), max(0, m.start() - len(cue.words))
            )
        ):
            # "..., Capt. Sikes said Sunday. Streets will close to traffic at 6 p.m.": a plan
            # made in the future tense is not on a day gone by; it is the paper's own day's
            return ctx.publication, False
    if own and ctx.publication is not None and day > ctx.publication:
        cue = ctx.direction(m.start(), m.end())
        deadline = ctx.last_value_end - len(ctx.last_value_text)
        if _DEADLINE_BEFORE.search(ctx.text, max(0, deadline - 40), deadline) and sentence_break(
            ctx.text, ctx.last_value_end, m.start()
        ):
            # "must arrive by Nov. 15 to be counted. Fordyce expects results by about 11 p.m.":
            # a deadline is no day things happen on at an hour; the paper's own day is
            return ctx.publication, False
        named = ctx.last_value_end - len(ctx.last_value_text)
        if (
            _LINE_START.search(ctx.text, max(0, m.start() - 4), m.start())
            and named >= 0
            and _alone_on_its_line(ctx.text, named, ctx.last_value_end)
            and ctx.text.count("\n", ctx.last_value_end, m.start()) <= 4
        ):
            # an agenda's "Monday, October 20, 2014\nCouncil Chambers\n\n5:30 p.m. - Work
            # Session": the entries under a dated heading are on its day
            return day, True
        if (
            (cue is None or (cue.after and not cue.near))
            and "\n\n" in ctx.text[max(0, ctx.last_value_end) : m.start()]
            # (not a standfirst's hour under its headline's day: "Roads to close on Thursday\n\n
            # Parking suspended from 6am")
            and not (in_headline(ctx.text, m.start()) and in_headline(ctx.text, named))
            # not a timetable's next line: "Christmas Day, 10 a.m.: Take the roast out ...
            # \n\nNoon: Roast for about 3½ hours"
            and not (
                _TIMETABLE_LINE.match(ctx.text, m.end())
                and _TIMETABLE_LINE.match(ctx.text, max(0, ctx.last_value_end))
                and ctx.text[max(0, m.start() - 1) : m.start()] in {"", "\n"}
            )
        ):
            # "The return match is on Wednesday 15 October.\n\n... a full report at 1900 GMT":
            # a new paragraph with no tense of its own is back on the paper's own day
            return ctx.publication, False
        gap = ctx.text[max(0, ctx.last_value_end) : m.start()]
        if (
            cue is not None
            and cue.direction is Direction.PAST
            # (not a headline's participle: "Roads to close on Thursday\n\nParking suspended
            # from 6am")
            and not (in_headline(ctx.text, m.start()) and in_headline(ctx.text, named))
            # ("buying in the closing auction at 4.30pm added almost 20 points")
            and (not cue.after or cue.near)
            # (not "ending on Sunday night with fireworks fired from barges at 9.30pm": a
            # participle describing a noun after "with")
            and not _with_participle(ctx.text, m.start(), cue.words)
            and not (len(gap) <= 25 and not re.search(r"[.;:!?\n]", gap))
            # (not "have allowed crackers between 8pm and 10pm that night": a present perfect
            # sets what holds for the day ahead)
            and not _PRESENT_PERFECT.search(ctx.text, max(0, m.start() - 80), m.start())
        ):
            # (but "has booked the park for this year's Eid prayers at 8am": the hour of the
            # day just named, whatever the verb's tense)
            # "would close late Monday. ... who arrived at 6 a.m.": not on that Monday; nor on
            # a day weeks back the story did not tell by the hour ("will report on Jan 31. Its
            # shares rose ... by 0930 GMT")
            back = ctx.last_day_up_to(ctx.publication)
            if (
                ctx.publication - back
            ).days > _WEEK.days and back.isoformat() not in ctx.clock_days:
                return ctx.publication, False
            last = ctx.last_named_up_to(ctx.publication)
            if (
                last is not None
                and _NIGHT_WORD.search(last[1])
                and back < ctx.publication
                and _SMALL_HOURS.search(m[0])
            ):
                # "no failures were reported overnight ... meters stopped at 12:01 a.m.": the
                # small hours that ended the night
                return back + timedelta(days=1), True
            return back, True
    if (
        own
        and ctx.publication is not None
        and day <= ctx.publication
        and not ctx.clock_today
        and _MEET_AT.search(ctx.text, max(0, m.start() - 40), m.start())
    ):
        # "will hold talks ... on Monday, the ministry said on Tuesday. ... the delegations
        # would meet at 10 a.m.": the meeting the story announced, on its day
        cue = ctx.direction(m.start(), m.end())
        pub = ctx.publication
        coming = {d for d, _ in ctx.days if pub < d <= pub + _WEEK}
        if cue is not None and cue.direction is Direction.FUTURE and len(coming) == 1:
            return coming.pop(), _AHEAD
    return day, own


_INTO_BEFORE = re.compile(r"\b(?:into|until|till)\s+$", re.IGNORECASE)
_REPORTED_BEFORE = re.compile(
    r"\b(?:saying|said|warned|announced|predicted)\b(?:\s+that)?[^.;!?]*$",
    re.IGNORECASE,
)
# (and "For the quarter ended Sept. 28", "In FY18, which ended on 30 June": a period's end)
_WEEK_ENDED_BEFORE = re.compile(
    r"(?:\b(?:week|quarter|period|half|half-year|year|months|weeks)|\bFY\d\d)"
    r"(?:\s*,?\s*(?:which|that))?\s+(?:ended|ending|ends|to|through)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_DEADLINE_BEFORE = re.compile(
    # (and "by Remembrance Day, 11 November": the day the deadline's name is given)
    r"\b(?:by|before|no\s+later\s+than)\s+(?:(?:[A-Z][a-z']+\s+){1,3}(?:Day|Eve),\s+)?$",
    re.IGNORECASE,
)
# a meeting, talk or session that someone would or will hold at an hour
_MEET_AT = re.compile(
    r"\b(?:would|will|to)\s+(?:meet|convene|resume|begin|start|open|hold\s+[a-z\s]{0,30})\s+"
    r"(?:[a-z]+\s+){0,3}?at\s+(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)
