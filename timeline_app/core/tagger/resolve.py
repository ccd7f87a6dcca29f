"""Turn candidates into TIMEX3s, in text order, so narrative expressions see earlier dates."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

from timeline_app.core.models import Certainty, Granularity, Interval, Timex, TimexType
from timeline_app.core.tagger import festivals, holidays, timeml
from timeline_app.core.tagger import resolve_calendar as cal
from timeline_app.core.tagger import resolve_quarter as quarters
from timeline_app.core.tagger import resolve_relative as rel
from timeline_app.core.tagger import resolve_span as spans
from timeline_app.core.tagger import resolve_weekday as weekdays
from timeline_app.core.tagger.candidates import Candidate
from timeline_app.core.tagger.context import Context, Resolution, blog_posts
from timeline_app.core.tagger.cues import sentence_bounds, sentence_break
from timeline_app.core.tagger.helpers import (
    RELATIVE_CLAUSE,
    WEEKDAY_WORD,
    WRITTEN_YEAR,
    in_headline,
)
from timeline_app.core.tagger.lexicon import MONTHS, WEEKDAYS
from timeline_app.core.tagger.sections import Section, dated_sections
from timeline_app.core.tagger.timeml import interval_for, remainder
from timeline_app.core.tagger.vague import interval_for_ref

Resolver = Callable[[re.Match[str], Context], Resolution | None]

RESOLVERS: dict[str, Resolver] = {
    "numeric_date": cal.numeric_date,
    "month_day": cal.month_day,
    "second_day": cal.second_day,
    "first_days": cal.first_days,
    "span_first_year": cal.span_first_year,
    "span_second_year": cal.span_second_year,
    "this_time": cal.this_time,
    "this_date": cal.this_date,
    "day_of_year": cal.day_of_year,
    "nth_weekday": cal.nth_weekday,
    "ordinal_day": cal.ordinal_day,
    "month_year": cal.month_year,
    "month": cal.month,
    "year": cal.year,
    "early_year": cal.early_year,
    "short_year": cal.short_year,
    "spelled_year": cal.spelled_year,
    "decade": cal.decade,
    "century": cal.century,
    "season": cal.season,
    "holiday": holidays.holiday,
    "festival": festivals.festival,
    "zodiac_year": holidays.zodiac_year,
    "quarter": quarters.quarter,
    "halves": quarters.halves,
    "q_quarter": quarters.q_quarter,
    "months_quarter": quarters.months_quarter,
    "fiscal_year": quarters.fiscal_year,
    "duration": spans.duration,
    "vague_units": spans.vague_units,
    "unit_long": spans.unit_long,
    "event_stretch": spans.event_stretch,
    "fortnight": spans.fortnight,
    "quarter_century": spans.quarter_century,
    "turn_of_century": spans.turn_of_century,
    "tax_year": quarters.tax_year,
    "its_nth": spans.its_nth,
    "set": spans.set_,
    "ref": spans.ref,
    "relative_unit": rel.relative_unit,
    "year_end": rel.year_end,
    "deictic": rel.deictic,
    "this_pod": rel.this_pod,
    "overnight": rel.overnight,
    "weekday": weekdays.weekday,
    "clock": weekdays.clock,
    "narrative": rel.narrative,
    "next_hour": spans.next_hour,
    "year_to_date": rel.year_to_date,
    "year_on_year": rel.year_on_year,
    "day_before": rel.day_before,
    "unit_before": rel.unit_before,
    "pod_before": rel.pod_before,
    "week_of": cal.week_of,
    "week_number": cal.week_number,
    "part_of_day": rel.part_of_day,
    "period": rel.period,
    "edge_in": rel.edge_in,
}

_DIGITS = re.compile(r"\d")
# "had not won since Easter": a starting point named in passing, not where the story is
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:its|their|an?)\s+)?$", re.IGNORECASE)
# "since its April 28 peak", "from a March 3 high": a day a figure is measured from
_PEAK_AFTER = re.compile(r"\s+(?:close|closing|high|low|peak|trough|record)\b")
_POD_DAY = re.compile(r"(\d{4}-\d\d-\d\d)T(?:MO|AF|EV|NI)$")  # "the previous evening"
# "ended well below Friday's close": a day a figure is measured from, not the story's day
# ("Saturday's ambush was a response to air strikes the previous day" moves the story)
_MEASURED_FROM = re.compile(
    r"['\u2019]s\s+(?:[a-z-]+\s+)?(?:close|closing|level|levels|settlement|settle|finish|high|"
    r"low|record|peak|figure|figures|price|prices|rate|reading|total|tally|count)\b"
)
# "Volume swelled to 212.4 million shares from 163.8 million Friday": the day compared with
_THAN_OF_BEFORE = re.compile(
    r"\bthan\s+(?:the|its|their|a|an)\s+(?:[\w-]+\s+){0,3}(?:of|on|in)\s+$", re.IGNORECASE
)
_FIGURE_FROM_BEFORE = re.compile(
    r"\bfrom\s+[$\u00a3\u20ac]?\d[\d.,]*(?:\s*%|\s+(?:percent|million|billion|points?|shares|"
    r"cents))*"
    # ("down from 5.94% at a similar auction on Aug. 16": the sale the figure was set at)
    r"(?:\s+at\s+(?:a|an|the|its|last)\s+(?:[a-z-]+\s+){0,2}(?:auction|sale|tender|offering)"
    r")?\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_CHANGE_FROM_BEFORE = re.compile(
    r"\d(?:\s*%|\s+(?:percent|pct|per\s+cent))\s+(?:from|on|over|against|compared\s+with)\s+"
    r"(?:the\s+|last\s+year's\s+)?$",
    re.IGNORECASE,
)
# "sales in the eight weeks to 24 November": the end of a period measured
_PERIOD_TO_BEFORE = re.compile(r"\b(?:weeks|months|days)\s+(?:to|through)\s+$", re.IGNORECASE)
# "a budget for the fiscal year that begins July 1": the day a year is bounded by
_YEAR_BOUND_BEFORE = re.compile(
    r"\b(?:fiscal|financial|budget|tax)\s+year,?\s+(?:that\s+|which\s+)?(?:begins|starts|began|"
    r"started|beginning|starting|ends|ended|ending)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# "beating the previous record, 45.9C, set on 21 December 1962": a record's day, long gone
_RECORD_SET_BEFORE = re.compile(r"\b(?:set|recorded|established)\s+(?:on|in)\s+$")
_SEASON_CODES = frozenset({"SP", "SU", "FA", "WI"})
_UNKNOWN_DAY = re.compile(r"XXXX-(?:XX|\d\d)-(?:XX|\d\d)")


def resolve_all(text: str, publication: date | None, candidates: list[Candidate]) -> list[Timex]:
    found = _resolve(text, publication, candidates)
    dated = [(s, day) for s in dated_sections(text) if (day := _header_day(s, found)) is not None]
    posts = blog_posts(text)
    if publication is not None and posts:
        # a live blog that ran past midnight: the posts of the day it is not dated by are the
        # day before or after (a page "Last modified ... 03.26" is dated by its late posts)
        dated_late = _updated_in_the_small_hours(text, found, publication)
        for start, end, stamp, late in posts:
            if late == dated_late:
                continue
            day = publication + timedelta(days=-1 if dated_late else 1)
            post = Section(f"a post stamped {stamp}", start, start + len(stamp), start, end)
            dated.append((post, day))
    dated += _dated_entries(text, found, [s for s, _ in dated])
    dated += _embedded_posts(text, found)
    if publication is not None:
        dated += _filed_datelines(text, found, publication, [s for s, _ in dated])
    dated.sort(key=lambda pair: pair[0].start)
    return _resolve(text, publication, candidates, dated) if dated else found


_MIN_ENTRIES = 2  # a diary or schedule has entries under lines that are only a date
# before the date on such a line, at most the paper an archive column quotes ("The Courier,
# Thursday, July 19, 1990")
_SOURCE_BEFORE = re.compile(
    r"[ \t]*(?:(?:The[ \t]+)?(?:[A-Z][\w.'&-]*[ \t]+){0,3}[A-Z][\w.'&-]*,[ \t]*)?"
)
# or the column's heading run into it, as a reader joins short lines ("25 years ago this week
# The Courier, Thursday, July 19, 1990")
_HEADING_AND_SOURCE_BEFORE = re.compile(
    r"[ \t]*[^\n.!?:;,]{1,40}[ \t](?:The[ \t]+)?[A-Z][\w.'&-]*,[ \t]*"
)


def _dated_entries(
    text: str, found: list[Timex], taken: Sequence[Section]
) -> list[tuple[Section, date]]:
    """A diary's or schedule's entries, each under a line that is only its date (or an archive
    column's, under the paper and date of the issue it quotes): what an entry says ("today",
    "Friday turned out dry") counts from that date, up to the next heading."""
    headings: list[tuple[int, int, str, date]] = []
    for i, first in enumerate(found):
        line_start = text.rfind("\n", 0, first.start) + 1
        if not _DAY_ONLY.fullmatch(first.value) or not (
            _SOURCE_BEFORE.fullmatch(text, line_start, first.start)
            or (
                WRITTEN_YEAR.search(first.text)
                and _HEADING_AND_SOURCE_BEFORE.fullmatch(text, line_start, first.start)
            )
        ):
            continue
        line_end = text.find("\n", first.end)
        line_end = len(text) if line_end < 0 else line_end
        # the line holds that date only, perhaps named twice ("Easter Monday, 9 April")
        left, at, j = [], first.start, i
        while j < len(found) and found[j].end <= line_end and found[j].value == first.value:
            left.append(text[at : found[j].start])
            at, j = found[j].end, j + 1
        left.append(text[at:line_end])
        if not "".join(left).strip(" \t,:."):
            words = text[first.start : line_end].strip().rstrip(":.").rstrip()
            if first.rule.startswith("holiday") and not any(c.isdigit() for c in words):
                continue  # a guide's section "EASTER", "ANZAC DAY": a topic, no dated entry
            headings.append((line_start, line_end, words, date.fromisoformat(first.value)))
    if len(headings) < _MIN_ENTRIES:
        return []
    entries = []
    for n, (_, end, words, day) in enumerate(headings):
        stop = _title_above(text, headings[n + 1][0]) if n + 1 < len(headings) else len(text)
        if n + 1 == len(headings) and _hour_by_hour(text, headings):
            # an hour-by-hour box's last day ends with its block: the story's own voice (its
            # "yesterday") comes back after it
            block_end = text.find("\n\n", end + 1)
            stop = stop if block_end < 0 else block_end
        if any(s.start < stop and end < s.end for s in taken):
            continue  # inside an e-mail or memo dated by its own header
        entries.append((Section(words, end, end, end, stop), day))
    return entries


_BOX_ENTRIES = 4  # the dated lines whose entries show a box, the last among them
_HOUR_LINE = re.compile(r"[ \t]*(?:\d{3,4}\b|\d{1,2}[:.]\d\d|\d{1,2}\s*[ap]\.?m\b)", re.I)


def _hour_by_hour(text: str, headings: list[tuple[int, int, str, date]]) -> bool:
    """Whether the entries under the dated lines just before the last are mostly lines opened
    by an hour ("0930 - Two Hercules leave Amberley"): an hour-by-hour box."""
    lines = [
        line
        for (_, end, _, _), (start, _, _, _) in pairwise(headings[-_BOX_ENTRIES:])
        for line in text[end:start].split("\n")
        if line.strip()
    ]
    return bool(lines) and 2 * sum(bool(_HOUR_LINE.match(line)) for line in lines) > len(lines)


def _title_above(text: str, line_start: int) -> int:
    """Where the short title lines just above a dated line begin ("50 years ago this week\nThe
    Courier, Wednesday, July 21, 1965"): they belong to the entry it heads."""
    start = line_start
    while start > 0:
        above = text.rfind("\n", 0, start - 1) + 1
        line = text[above : start - 1]
        if not line.strip() or len(line) > 60 or line.rstrip()[-1] in '.!?"”':
            break
        start = above
    return start


# the line under an embedded social-media post: "— Ashvale Police (@AshvalePolice) 13 June 2013"
_EMBED_BYLINE = re.compile(r"[ \t]*[\u2014\u2013-]+[ \t]*[^\n]{0,80}\(@\w{1,30}\)[ \t]*$")


def _embedded_posts(text: str, found: list[Timex]) -> list[tuple[Section, date]]:
    """A post quoted in a story counts its "tonight" and "Friday" from the date under it."""
    posts = []
    for timex in found:
        line_start = text.rfind("\n", 0, timex.start) + 1
        if not _DAY_ONLY.fullmatch(timex.value) or not _EMBED_BYLINE.fullmatch(
            text, line_start, timex.start
        ):
            continue
        # the post is the paragraph above its byline
        post_end = len(text[:line_start].rstrip())
        post_start = text.rfind("\n\n", 0, post_end) + 1
        line_end = text.find("\n", timex.end)
        header = " ".join(text[line_start : len(text) if line_end < 0 else line_end].split())
        day = date.fromisoformat(timex.value)
        posts.append((Section(header, timex.start, timex.end, post_start, line_start), day))
    return posts


# a dateline's place at the start of a paragraph, before its date ("MOSCOW, Dec. 5 —", "LESOV,
# Drevnia, Dec. 11 —", "NICOSIA, Cyprus, April 14 (AP) —")
_CAPITAL = "A-Z\u00c0-\u00de"
_DATELINE_PLACE = re.compile(
    rf"[ \t]*[{_CAPITAL}][{_CAPITAL}.'-]+(?:[ \t]+[{_CAPITAL}][{_CAPITAL}.'-]+){{0,4}}"
    r"(?:,[ \t]*[A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*){0,2}){0,2},[ \t]*"
)
_DATELINE_DASH = re.compile(r"[ \t]*(?:\([A-Za-z]+\)[ \t]*)?(?:\u2014|\u2013|--?|_|:|\n)")
_FILED_BEFORE = (1, 2)  # days: how long before its paper a dated dateline's story was filed


def _filed_datelines(
    text: str, found: list[Timex], publication: date, taken: Sequence[Section]
) -> list[tuple[Section, date]]:
    """A story filed the day before its paper under a dated dateline ("MOSCOW, Dec. 5 —" in the
    paper of Dec. 6) tells its "today", "tonight" and "yesterday" from the dateline's day, up to
    the next dated dateline (a column of briefs) or the end."""
    lines: list[tuple[int, Timex]] = []
    for timex in found:
        line_start = text.rfind("\n", 0, timex.start) + 1
        if (
            _DAY_ONLY.fullmatch(timex.value)
            and _DATELINE_PLACE.fullmatch(text, line_start, timex.start)
            and _DATELINE_DASH.match(text, timex.end)
        ):
            lines.append((line_start, timex))
    sections = []
    for n, (line_start, timex) in enumerate(lines):
        day = date.fromisoformat(timex.value)
        if not _FILED_BEFORE[0] <= (publication - day).days <= _FILED_BEFORE[1]:
            continue
        stop = lines[n + 1][0] if n + 1 < len(lines) else len(text)
        if any(s.start < stop and timex.end < s.end for s in taken):
            continue
        line_end = text.find("\n", timex.end)
        header = " ".join(text[line_start:line_end].split())[:80]
        sections.append((Section(header, timex.start, timex.end, timex.end, stop, True), day))
    return sections


def _updated_in_the_small_hours(text: str, found: list[Timex], publication: date) -> bool:
    """Whether the page says it was last updated in the small hours of its publication day
    ("Last modified on Friday 17 October 2014 03.26 BST")."""
    for stamp in _UPDATED.finditer(text, 0, _UPDATED_REACH):
        for timex in found:
            if stamp.end() <= timex.start <= stamp.end() + 60 and re.fullmatch(
                rf"{publication.isoformat()}T0[0-5]:\d\d", timex.value
            ):
                return True
    return False


_UPDATED = re.compile(r"\b(?:last\s+modified|last\s+updated|updated)\b", re.IGNORECASE)
_UPDATED_REACH = 600  # characters: a page's stamp is at its top


_HOUR_THEN_DAY = re.compile(r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*,?[ \t]+(?:on[ \t]+)?")


def _hour_before(text: str, out: list[Timex]) -> str | None:
    """The clock time written right before the day just found, if any ("6 p.m. on Friday")."""
    if len(out) < 2:
        return None
    day, hour = out[-1], out[-2]
    if len(out) > 2 and text[hour.start - 1 : hour.start] == "(":
        hour = out[-3]  # "6 p.m. (1700 GMT) on Friday": the hour, not its conversion
    time = _CLOCK_VALUE.fullmatch(hour.value)
    if time is None or not _HOUR_THEN_DAY.fullmatch(text, hour.end, day.start):
        return None
    return time[1]


def _day_follows(text: str, clock: Candidate, candidates: list[Candidate], index: int) -> bool:
    """Whether the day of a clock time comes right after it ("At 01.35 the following morning"):
    that day, not the clock's guess at it, is what the next expression counts from."""
    if index + 1 >= len(candidates):
        return False
    nxt = candidates[index + 1]
    if nxt.kind == "clock" and index + 2 < len(candidates):
        nxt = candidates[index + 2]  # "6 p.m. (1700 GMT) on Friday"
    if nxt.kind in {"weekday", "month_day"} and _HOUR_THEN_DAY.fullmatch(
        text, clock.end, nxt.start
    ):
        return True  # "at 6 p.m. on Friday": Friday's hour, not a guess at today's
    return (
        nxt.kind == "narrative"
        # "at about 1 a.m. the next day", not "at 9 a.m. next week"
        or (
            nxt.kind == "relative_unit"
            and _NEXT_DAY.fullmatch(text, nxt.start, nxt.end) is not None
        )
    ) and _CLOCK_TO_DAY.fullmatch(text, clock.end, nxt.start) is not None


_CLOCK_TO_DAY = re.compile(r"[ \t]+(?:on[ \t]+)?")
_NEXT_DAY = re.compile(
    r"(?:the[ \t]+)?(?:next|following|previous|same)[ \t]+(?:day|morning|evening|night)",
    re.IGNORECASE,
)


_SAID_BEFORE = re.compile(r"\b(?:said|announced|confirmed|reported)\s+(?:on\s+)?$", re.I)


def _attribution_after_the_event(text: str, cand: Candidate, value: str, ctx: Context) -> bool:
    """Whether a date only dates the telling ("died Monday morning, zoo officials said today"):
    the story stays on the event's day, named earlier in the sentence (not on a day ahead:
    "will last until Tuesday, forecasters said Friday")."""
    return bool(
        _SAID_BEFORE.search(text, max(0, cand.start - 16), cand.start)
        and ctx.day_in_sentence(cand.start)
        and ctx.last_day is not None
        and _DAY_ONLY.match(value)
        and ctx.last_day.isoformat() < value[:10]
    )


def _background_in_an_aside(text: str, cand: Candidate, value: str, ctx: Context) -> bool:
    """Whether a day long before the one the sentence is on is named in a relative clause about
    someone or something ("A court on Wednesday sentenced ... for the murder of Ferretti, who
    was shot dead on the evening of October 3, 2013"): background, not where the story goes."""
    if not (_DAY_ONLY.fullmatch(value) and ctx.day_in_sentence(cand.start)):
        return False
    assert ctx.last_day is not None  # (a day in the sentence)
    if (ctx.last_day - date.fromisoformat(value)).days <= _ASIDE_GAP:
        return False
    return RELATIVE_CLAUSE.search(text, ctx.last_value_end, cand.start) is not None


_ASIDE_GAP = 60  # days before the sentence's own day that a relative clause's day is background


_DATED_BEFORE = re.compile(r"\b(?:dated|postmarked|date-stamped)\s+$", re.IGNORECASE)


def _measured_from(text: str, cand: Candidate, value: str, publication: date | None) -> bool:
    """Whether a date is one a figure or a period is measured from or to ("Friday's close",
    "from 163.8 million Friday", "since its April 28 peak", "up 18 percent from Cyber Monday last
    year", "the eight weeks to 24 November", "the fiscal year that begins July 1"), not a day the
    story is on."""
    start, end = cand.start, cand.end
    return bool(
        (cand.kind == "weekday" and _MEASURED_FROM.match(text, end))
        or (_DAY_ONLY.match(value) and _FIGURE_FROM_BEFORE.search(text, max(0, start - 40), start))
        # "$1.2 billion less than the economic update of Nov. 13 projected": a figure's source
        or (_DAY_ONLY.match(value) and _THAN_OF_BEFORE.search(text, max(0, start - 50), start))
        or _SINCE_BEFORE.search(text, max(0, start - 13), start)
        or (
            _CHANGE_FROM_BEFORE.search(text, max(0, start - 40), start)
            and publication is not None
            and value[:4] < f"{publication.year:04d}"
        )
        or (cand.kind == "month_day" and _PEAK_AFTER.match(text, end))
        or _PERIOD_TO_BEFORE.search(text, max(0, start - 14), start)
        or _YEAR_BOUND_BEFORE.search(text, max(0, start - 40), start)
        # "printed receipts dated January 1, 1900": a date written on a thing
        or (_DAY_ONLY.match(value) and _DATED_BEFORE.search(text, max(0, start - 12), start))
        or (
            _RECORD_SET_BEFORE.search(text, max(0, start - 12), start)
            and publication is not None
            and value[:4] < f"{publication.year:04d}"
        )
    )


def _restated(text: str, cand: Candidate, candidates: list[Candidate], index: int) -> bool:
    """Whether a clock time in brackets restates the one just before it in another zone."""
    if index == 0 or cand.kind != "clock":
        return False
    before = candidates[index - 1]
    return (
        before.kind == "clock" and _OPEN_BRACKET.fullmatch(text, before.end, cand.start) is not None
    )


def _header_day(section: Section, found: list[Timex]) -> date | None:
    """The day an e-mail or memo header names, as the text states it ("Sent: Tuesday, March 4,
    2014 3:12 PM"): not one counted from the publication date."""
    for timex in found:
        if timex.start >= section.date_end:
            break
        if timex.end > section.date_start and timex.certainty is Certainty.EXACT:
            day = _DAY_ONLY.match(timex.value)
            if day is not None:
                return date.fromisoformat(day[0])
    return None


def _resolve(
    text: str,
    publication: date | None,
    candidates: list[Candidate],
    sections: Sequence[tuple[Section, date]] = (),
) -> list[Timex]:
    ctx = Context(text, publication)
    out: list[Timex] = []
    pending = list(reversed(sections))
    current: Section | None = None
    for index, cand in enumerate(candidates):
        if current is not None and cand.start >= current.end:
            current, ctx.publication, ctx.dated_by, ctx.filed = None, publication, "", False
        while pending and pending[-1][0].start <= cand.start:
            section, day = pending.pop()
            if cand.start < section.end:
                current, ctx.publication, ctx.dated_by = section, day, section.header
                ctx.filed = section.filed
        try:
            res = RESOLVERS[cand.kind](cand.match, ctx)
            timex = _timex(cand, res, ctx) if res is not None else None
        except (OverflowError, ValueError):
            continue  # calendar arithmetic past year 1 or 9999: no date to give
        if res is None or timex is None:
            continue
        out.append(timex)
        if _QUARTER_VALUE.fullmatch(timex.value):
            ctx.named_quarter = (timex.value, cand.end)
        if (
            res.anchors
            and not (cand.kind == "clock" and _day_follows(text, cand, candidates, index))
            and not _measured_from(text, cand, timex.value, ctx.publication)
            # (nor a restatement: "at 3:35 a.m. (0135 GMT), and ... about 10 minutes later")
            and not _restated(text, cand, candidates, index)
            and not _attribution_after_the_event(text, cand, timex.value, ctx)
            and not _background_in_an_aside(text, cand, timex.value, ctx)
            and timex.type in (TimexType.DATE, TimexType.TIME)
            and timex.certainty is not Certainty.UNRESOLVED
        ):
            ctx.remember(timex.value, timex.text, cand.end)
            if _DAY_ONLY.fullmatch(timex.value) and (hour := _hour_before(text, out)):
                # "at 6 p.m. (1700 GMT) on Friday": the hour the story is at is that day's
                ctx.reach_hour(f"{timex.value}T{hour}", cand.start, cand.end)
        elif (look_back := _POD_DAY.match(timex.value)) and timex.type is TimexType.TIME:
            ctx.look_back = (date.fromisoformat(look_back[1]), timex.text, cand.end)
        elif timex.certainty is Certainty.UNRESOLVED and _UNKNOWN_DAY.match(timex.value):
            ctx.forget_day()  # "on Friday at 11 a.m." with no publication date: no day known
        elif timex.type is TimexType.DURATION:
            ctx.remember_span(timex.value, cand.end)
    out = _at_least(
        text,
        _clock_times_take_their_day(
            text,
            _schedule_days_in_order(text, _uncued_weekdays_follow_the_text(text, out, publication)),
        ),
    )
    out = _headline_hours_take_its_day(text, out)
    out = _event_hours(text, _headline_hours_follow_the_text(text, out))
    out = _afternoon_ranges(text, out)
    out = _ranges_past_midnight(text, _weekday_ranges(text, _weeks_ending(text, out)))
    out = _month_pairs(text, _listed_days(text, _chronology(text, out, publication)), publication)
    out = _day_ranges_in_order(text, _weekday_pairs(text, out, publication), publication)
    if any(t.rule == "second year of a span" for t in out):
        out = _fiscal_spans(text, out, ctx.fiscal_start)
    out = _overnight_from(text, _compound_durations(text, _apposed_days(text, out)))
    out = _converted_days(text, _quarters_ended_on(text, out))
    return _ruled_hours(
        text, _recurring_hours(text, _recurring_lists(text, _weekly_hours(text, out)))
    )


_AT_AFTER_A_DAY = re.compile(r"[ \t]*,?[ \t]*at[ \t]+", re.IGNORECASE)
_RANGE_FROM_BEFORE = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_APPOSED = re.compile(r"\s*,\s*(?:on\s+)?")
_DAY_ONLY = re.compile(r"\d{4}-\d\d-\d\d")


_WHICH_IS = re.compile(r",?\s+(?:which\s+is|that\s+is|or)\s+")


def _converted_days(text: str, timexes: list[Timex]) -> list[Timex]:
    """ "at 8 p.m. PT Tuesday, which is 11 a.m. Wednesday in Singapore": an hour converted to
    another zone is on the named weekday beside the first hour's day, not a week away."""
    out = list(timexes)
    for i in _joined(text, out, _WHICH_IS):
        first, second = out[i], out[i + 1]
        clock = _CLOCK_VALUE.fullmatch(first.value)
        other = _CLOCK_VALUE.fullmatch(second.value)
        named = WEEKDAY_WORD.search(second.text)
        if clock is None or other is None or named is None:
            continue
        day = date.fromisoformat(first.value[:10])
        target = WEEKDAYS[named[0].lower()]
        near = next(
            (
                day + timedelta(days=k)
                for k in (0, 1, -1)
                if (day + timedelta(days=k)).weekday() == target
            ),
            None,
        )
        if near is None or near.isoformat() == second.value[:10]:
            continue
        out[i + 1] = _revalued(
            second,
            f"{near.isoformat()}T{other[1]}",
            anchor=f"the hour it converts, '{first.text}'",
            rule="clock time converted to another zone",
        )
    return out


_ENDED_ON = re.compile(r"\s+(?:that|which)\s+(?:ended|ends|closed)\s+(?:on\s+)?")


def _quarters_ended_on(text: str, timexes: list[Timex]) -> list[Timex]:
    """ "a charge in the quarter that ended Tuesday": the calendar quarter that day ends."""
    out = list(timexes)
    for i in _joined(text, out, _ENDED_ON):
        quarter, day = out[i], out[i + 1]
        if not (_QUARTER_VALUE.fullmatch(quarter.value) and _DAY_ONLY.fullmatch(day.value)):
            continue
        if quarter.value.startswith("FY"):
            continue
        end = date.fromisoformat(day.value)
        value = f"{end.year:04d}-Q{(end.month - 1) // 3 + 1}"
        if value != quarter.value:
            out[i] = _revalued(
                quarter,
                value,
                anchor=f"the day it ended, '{day.text}'",
                rule="the quarter that ended on a day",
            )
    return out


def _apposed_days(text: str, timexes: list[Timex]) -> list[Timex]:
    """ "had crossed the border a day earlier, on Oct. 14": a counted day takes the date written
    beside it, which says which day the count started from."""
    out = list(timexes)
    for i in _joined(text, out, _APPOSED):
        counted, written = out[i], out[i + 1]
        if (
            counted.rule.endswith("offset")
            and _DAY_ONLY.fullmatch(counted.value)
            and _DAY_ONLY.fullmatch(written.value)
            and counted.value[4:] == written.value[4:]
            and counted.value != written.value
            and not WRITTEN_YEAR.search(written.text)
        ):
            # "went on the night of July 24, 2011 ... Nineteen days later, on Aug. 12": the day
            # written without its year is the counted one's
            out[i + 1] = _revalued(
                written,
                counted.value,
                certainty=Certainty.ANCHORED,
                anchor=f"the count beside it, '{counted.text}'",
            )
        elif (
            counted.rule.endswith("offset")
            and _DAY_ONLY.fullmatch(counted.value)
            and _DAY_ONLY.fullmatch(written.value)
            and counted.value != written.value
        ):
            out[i] = _revalued(
                counted,
                written.value,
                certainty=Certainty.ANCHORED,
                anchor=f"the date beside it, '{written.text}'",
            )
        elif (
            written.rule.endswith("from the clock time before")
            and _CLOCK_VALUE.fullmatch(counted.value)
            and counted.value != written.value
        ):
            # "issued a warning at 7.34pm, 13 minutes later": the count restates the hour
            out[i + 1] = _revalued(
                written,
                counted.value,
                certainty=Certainty.ANCHORED,
                anchor=f"the hour beside it, '{counted.text}'",
            )
    return out


# "at 8 p.m. on Tuesday", "between 1 a.m. and 4 a.m. on Sunday": what joins a clock time to the
# day (or the next clock time) written right after it.
_CLOCK_JOIN = re.compile(  # on the same line: a list's next line has a date of its own
    r"\)?(?:[ \t]*,)?[ \t]+(?:on\s+)?|[ \t]+(?:and|to|until|till)\s+|[ \t]*[-\u2013]\s*|"
    r"[ \t]*\(\s*|"
    # "at 4 p.m. in New York Stock Exchange composite trading Tuesday"
    r"[ \t]+in[ \t]+(?:[A-Za-z.&'-]+[ \t]+){0,6}trading[ \t]+(?:on[ \t]+)?"
)
_QUARTER_VALUE = re.compile(r"(?:FY)?\d{4}-Q[1-4]")
_CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\dT(\d\d:\d\d(?::\d\d)?)")
_NO_DAY_CLOCK = re.compile(r"XXXX-XX-XXT(\d\d:\d\d(?::\d\d)?)")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def _uncued_weekdays_follow_the_text(
    text: str, timexes: list[Timex], publication: date | None
) -> list[Timex]:
    """A weekday without a tense cue (a headline's "Curtain up on Thursday", or one whose only cue
    is a headline's bare participle: "City centre closed to traffic from 8am on Monday") is the
    same weekday the text dates with a cue ("returns from Thursday until 3 May"), when there is
    one; and so are the hours that follow it on its line."""
    cued = [
        t
        for t in timexes
        if (t.rule.startswith("weekday, ") and " cue '" in t.rule)
        # "The parade steps off at 11 a.m. Sunday": a clock time on a weekday dates it too
        or (t.rule == "clock time" and WEEKDAY_WORD.search(t.text))
    ]
    out = list(timexes)
    for i, timex in enumerate(out):
        uncued = timex.rule.startswith("weekday, no tense cue") or (
            # (a bullet's "flights cancelled on Thursday", said that Thursday, is today's)
            _headline_participle(text, timex) and not timex.value.startswith(str(publication))
        )
        if not uncued or timex.interval is None:
            continue
        day = timex.interval.start.date()
        same = [
            t
            for t in cued
            if t.interval is not None
            and abs((t.interval.start.date() - day).days) == 7
            # (a part of the day goes with the day: "Last trains leave Monday afternoon ...
            # Passover begins on Monday evening")
            and (
                t.value[10:] == timex.value[10:]
                or t.rule == "clock time"
                or (t.value[10:] and timex.value[10:])
            )
        ]
        if same:
            other = min(same, key=lambda t: abs(t.start - timex.start))
            value = other.value[:10] + timex.value[10:]
            out[i] = replace(
                timex,
                value=value,
                interval=interval_for(value),
                anchor=f"the same weekday later in the text, '{other.text}'",
                rule="weekday, as the text dates it elsewhere",
            )
            # "from 8am on Monday; trams off between 10am and 5pm": that Monday's hours
            _carry_hours(
                out,
                i,
                _hours_end(text, timex),
                day.isoformat(),
                other.value[:10],
                anchor=f"previous date {other.value[:10]} ('{timex.text}')",
            )
    return out


def _hours_end(text: str, day: Timex) -> int:
    """Where the hours reckoned from ``day`` end: with its line, or, for a schedule's "Monday"
    alone on its line, with the block of lines under it."""
    line_end = text.find("\n", day.end)
    if line_end == day.end and _LABEL_BEFORE.search(text, max(0, day.start - 4), day.start):
        line_end = text.find("\n\n", day.end)
    elif line_end >= 0 and in_headline(text, day.start):
        # a headline's "Garland Sunday: up to 15,000 expected" and the standfirst under it,
        # "First Mass on the summit at 8am"
        standfirst = line_end
        while text.startswith("\n", standfirst):  # (past the blank lines under the headline)
            standfirst += 1
        below = text.find("\n\n", standfirst)
        line_end = below if below >= 0 else line_end
    return len(text) if line_end < 0 else line_end


def _carry_hours(
    out: list[Timex], i: int, end: int, was: str, day: str, anchor: str | None = None
) -> None:
    """Re-date the hours after ``out[i]`` and before ``end`` that were reckoned from its old
    day ``was``, onto ``day``."""
    for j in range(i + 1, len(out)):
        hour = out[j]
        if hour.start > end:
            break
        if (
            hour.rule == "clock time on the previous date" or hour.rule.endswith(" of the day")
        ) and hour.value.startswith(f"{was}T"):
            changes = {} if anchor is None else {"anchor": anchor}
            out[j] = _revalued(hour, day + hour.value[10:], **changes)


# a schedule's day label opening its line: "Wednesday _ House Appropriations marks up ..."
_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-\u2013\u2014\u2022*][ \t]*)?$")
_LABEL_AFTER = re.compile(r"[ \t]*(?:[:_\u2013\u2014-][ \t]|\n)")
_LABEL_GAP = 800  # characters between one day label and the next
_DEICTIC_LABEL = re.compile(r"today|tonight|tomorrow", re.IGNORECASE)


def _schedule_days_in_order(text: str, timexes: list[Timex]) -> list[Timex]:
    """A schedule's weekday labels ("Monday _ The Senate convenes at noon ...\n\nTuesday _ At
    2:15 p.m. the Senate votes ...\n\nWednesday _ House Appropriations marks up ...") run
    forward: a label dated before the one above it is the first such day after it; and a first
    label with no tense of its own ("Sunday\n4 p.m. - Interfaith service\n\nMonday\n8 a.m. -
    ...") is the last such day before the one below it. The hours under a label go with it."""
    out = list(timexes)
    labels = [
        i
        for i, timex in enumerate(out)
        if (WEEKDAY_WORD.fullmatch(timex.text) or _DEICTIC_LABEL.fullmatch(timex.text))
        and _DAY_ONLY.fullmatch(timex.value)
        and _LABEL_BEFORE.search(text, max(0, timex.start - 4), timex.start)
        and _LABEL_AFTER.match(text, timex.end)
    ]
    for k in range(1, len(labels)):
        above, i = out[labels[k - 1]], out[labels[k]]
        first, day = date.fromisoformat(above.value), date.fromisoformat(i.value)
        if (
            i.start - above.end <= _LABEL_GAP
            and day <= first
            and WEEKDAY_WORD.fullmatch(i.text)  # ("Today:" is the paper's day, wherever)
        ):
            ahead = first + timedelta(days=(day.weekday() - first.weekday()) % 7 or 7)
            _move_label(text, out, labels, k, ahead, f"after the day above it, {first}")
    for k in range(len(labels) - 2, -1, -1):
        i, below = out[labels[k]], out[labels[k + 1]]
        day, then = date.fromisoformat(i.value), date.fromisoformat(below.value)
        if (
            below.start - i.end <= _LABEL_GAP
            and i.rule.startswith("weekday, no tense cue")
            and WEEKDAY_WORD.fullmatch(i.text)
            and (then - day).days >= 7
        ):
            back = then - timedelta(days=(then.weekday() - day.weekday()) % 7 or 7)
            _move_label(text, out, labels, k, back, f"before the day below it, {then}")
    return out


def _move_label(
    text: str, out: list[Timex], labels: list[int], k: int, day: date, why: str
) -> None:
    """Re-date schedule label ``k`` and the hours reckoned from it up to the next label."""
    i = labels[k]
    was = out[i].value
    out[i] = _revalued(
        out[i], day.isoformat(), anchor=f"the schedule's day {why}", rule="weekday of a schedule"
    )
    stop = out[labels[k + 1]].start - 1 if k + 1 < len(labels) else len(text)
    _carry_hours(out, i, min(stop, _hours_end(text, out[i])), was, day.isoformat())


def _headline_participle(text: str, timex: Timex) -> bool:
    """Whether a weekday's only tense cue is a bare participle in a headline or standfirst line
    near the top ("City centre closed to traffic from 8am on Monday"): a passive, no past."""
    cue = _PARTICIPLE_CUE.fullmatch(timex.rule)
    if cue is None or not in_headline(text, timex.start):
        return False
    start = text.rfind("\n", 0, timex.start) + 1
    return re.search(rf"\b{cue[1]}\b", text[start : timex.start]) is not None


_PARTICIPLE_CUE = re.compile(r"weekday, past cue '([a-z]+ed)'")


_EVENT = (
    r"ceremony|race|match|game|final|concert|parade|vote|election|launch|wedding|funeral|"
    r"meeting|hearing|trial|summit|festival|premiere|debate|rally|marathon|referendum|"
    r"inauguration|coronation|auction|gala|finale"
)
# "a five-week sprint to the ceremony on Sunday, Feb. 22": the day an event is named with
# a day named for what happens on it, with or without "the": "before polling day on November 21"
_DAY_EVENT = r"(?:[Pp]olling|[Ee]lection|[Vv]oting|[Rr]ace|[Mm]atch|[Oo]pening|[Rr]esults)\s+day"
_EVENT_ON_BEFORE = re.compile(
    rf"\b(?:[Tt]he\s+(?P<event>{_EVENT})|(?:[Tt]he\s+)?(?P<day_event>{_DAY_EVENT}))\s+"
    r"(?:(?:is|will\s+be|was)\s+(?:held\s+)?)?(?:on|set\s+for|scheduled\s+for)\s+$"
)
# "Sunday night's season finale drew 9.1 million viewers": the day an event is named with
_EVENT_OF_THE_DAY = re.compile(rf"['\u2019]s\s+(?:[a-z-]+\s+){{0,2}}?(?P<event>{_EVENT})\b")
_THE_EVENT = re.compile(rf"\b(?:[Tt]he\s+(?P<event>{_EVENT})|(?P<day_event>{_DAY_EVENT}))\b")


_DAY_OF_VALUE = re.compile(r"\d{4}-\d\d-\d\d(?=$|T(?:MO|AF|EV|NI)$)")


def _event_name(m: re.Match[str]) -> str:
    return " ".join((m["event"] or m["day_event"]).lower().split())


_GUESSED_HOUR = frozenset({"clock time", "clock time on the previous date"})


def _event_hours(text: str, timexes: list[Timex]) -> list[Timex]:
    """ "... the ceremony on Sunday, Feb. 22. ... The ceremony will be broadcast live at 8 p.m.
    EST": the hours of an event the text has dated are on its day, not the paper's."""
    events: dict[str, str] = {}
    out = list(timexes)
    for i, timex in enumerate(out):
        if _DAY_VALUE.fullmatch(timex.value) and (
            named := _EVENT_ON_BEFORE.search(text, max(0, timex.start - 40), timex.start)
        ):
            events[_event_name(named)] = timex.value
            continue
        if (day_of := _DAY_OF_VALUE.match(timex.value)) and (
            named := _EVENT_OF_THE_DAY.match(text, timex.end)
        ):
            events[_event_name(named)] = day_of[0]
            continue
        time = _CLOCK_VALUE.fullmatch(timex.value)
        if (
            not events
            or time is None
            or timex.rule not in _GUESSED_HOUR
            or _own_day(text, timex.start, timex.end)
        ):
            continue
        begin, _ = sentence_bounds(text, timex.start, timex.end)
        said = [_event_name(e) for e in _THE_EVENT.finditer(text, begin, timex.start)]
        day = next((events[e] for e in reversed(said) if e in events), None)
        if day is not None and day != timex.value[:10]:
            out[i] = _revalued(
                timex,
                f"{day}T{time[1]}",
                certainty=Certainty.ANCHORED,
                anchor=f"the day of the {said[-1]}, {day}",
                rule="clock time of an event dated earlier",
            )
    return out


def _headline_hours_follow_the_text(text: str, timexes: list[Timex]) -> list[Timex]:
    """A clock time before the text dates anything ("gives birth to a son at 4.24pm", a
    headline) is the same hour the text later gives its day ("at 4.24pm yesterday")."""
    out = list(timexes)
    for i, timex in enumerate(out):
        if _DAY_VALUE.match(timex.value) and timex.rule != "clock time":
            break  # the text has dated something: its hours are its own
        time = _CLOCK_VALUE.fullmatch(timex.value)
        if time is None or timex.rule != "clock time":
            continue
        later = next(
            (
                t
                for t in out[i + 1 :]
                if t.rule.startswith("clock time")
                and _own_day(text, t.start, t.end)
                and (same := _CLOCK_VALUE.fullmatch(t.value)) is not None
                and same[1] == time[1]
            ),
            None,
        )
        if later is not None and later.value != timex.value:
            out[i] = _revalued(
                timex,
                later.value,
                certainty=later.certainty,
                anchor=f"the same hour dated later in the text, '{later.text}'",
                rule="clock time, as the text dates it later",
            )
    return out


# "plays on Friday nights, with kickoff at 7 p.m.", "every Sunday, starting at 10 a.m."
_SET_THEN_HOUR = re.compile(r"[ \t]*,?[ \t]*(?:with[ \t]+)?(?:[a-z-]+[ \t]+){1,2}(?:at|from)[ \t]+")
_WEEKDAY_SET = re.compile(r"XXXX-WXX-[1-7]")
_SET_JOIN = re.compile(
    r"[ \t]*(?:,|and|or|&)?[ \t]*(?:(?:from|between|at|until|till|to|through|and|-|\u2013)[ \t]*)?",
    re.IGNORECASE,
)


def _day_after_the_hours(text: str, timexes: list[Timex], i: int) -> bool:
    """Whether the hour ``timexes[i]`` (or the range it opens) is followed by its day: "between
    9 p.m. and 11:30 p.m. on Saturday"."""
    j = i + 1
    if j < len(timexes) and _RANGE_TO.fullmatch(text, timexes[i].end, timexes[j].start):
        i, j = j, j + 1
    return (
        j < len(timexes)
        and timexes[j].type is TimexType.DATE
        and _DAY_VALUE.match(timexes[j].value) is not None
        and _ITS_DAY.fullmatch(text, timexes[i].end, timexes[j].start) is not None
    )


_TODAY_AFTER = re.compile(r",?[ \t]+(?:today|tonight|tomorrow|yesterday)\b", re.IGNORECASE)


def _recurring_lists(text: str, timexes: list[Timex]) -> list[Timex]:
    """ "every Tuesday and Thursday from 9 a.m. to 1 p.m.": the days and hours joined to a set
    recur with it (Thursday is XXXX-WXX-4, 9 a.m. any day's 09:00), not one date each."""
    out = list(timexes)
    for i in range(1, len(out)):
        before, timex = out[i - 1], out[i]
        if before.type is not TimexType.SET and not _ANY_DAY_TIME.fullmatch(before.value):
            continue
        season = (
            _SEASON_VALUE.fullmatch(timex.value) is not None
            and timex.text.lower() in _SEASON_WORDS
            and _IN.fullmatch(text, before.end, timex.start) is not None
        )  # "every Thursday in summer": each summer's Thursdays
        if not (
            season
            or _SET_JOIN.fullmatch(text, before.end, timex.start)
            or (
                _CLOCK_VALUE.fullmatch(timex.value)
                and _SET_THEN_HOUR.fullmatch(text, before.end, timex.start)
            )
            or _habit_hour(text, before, timex)
        ):
            continue
        if _CLOCK_VALUE.fullmatch(timex.value) and _TODAY_AFTER.match(text, timex.end):
            continue  # "the weekly crop report comes out at 3 p.m. today": today's hour
        if before.value.startswith("PT") and _day_after_the_hours(text, out, i):
            continue  # "extra trains every 10 minutes between 9 p.m. and 11:30 p.m. on Saturday"
        listed = _LIST_JOIN.fullmatch(text, before.end, timex.start) or (  # not "from Wednesday"
            # "nightly, Sunday through Thursday": a range of days that recur
            _WEEKDAY_SET.fullmatch(before.value)
            and _RANGE_TO.fullmatch(text, before.end, timex.start)
        )
        if (
            listed
            and timex.rule.startswith("weekday")
            and (day := _DAY_VALUE.fullmatch(timex.value))
        ):
            weekday = date.fromisoformat(day.group()).isoweekday()
            value, kind = f"XXXX-WXX-{weekday}", TimexType.SET
        elif (time := _CLOCK_VALUE.fullmatch(timex.value)) is not None:
            value, kind = f"XXXX-XX-XXT{time[1]}", TimexType.TIME
        elif season:
            value, kind = f"XXXX-{timex.value[-2:]}", TimexType.SET
        else:
            continue
        out[i] = replace(
            timex,
            type=kind,
            value=value,
            interval=None,
            certainty=Certainty.EXACT,
            anchor=f"recurring with '{before.text}'",
            rule="part of a recurring time",
        )
    return out


_BARE_HOUR = re.compile(
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|noon|midnight|midday|\w+\s+o'clock)", re.I
)


_DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their|his|her|this|that)\s+$", re.IGNORECASE)


def _habit_hour(text: str, habit: Timex, timex: Timex) -> bool:
    """ "Twice a week she drove a circuit; on the other days the clinic opened at 8am": a bare
    hour later in the sentence of a habit is the habit's hour, not one day's."""
    gap = text[habit.end : timex.start]
    return (
        habit.type is TimexType.SET
        and not habit.value.startswith("PT")  # not "tested the air every two hours ... at 8"
        and timex.rule in {"clock time", "clock time on the previous date"}
        and _BARE_HOUR.fullmatch(timex.text) is not None  # not "noon Tuesday"
        and _CLOCK_VALUE.fullmatch(timex.value) is not None
        and len(gap.split()) <= 16
        # not "the monthly news conference that followed at 2:30 p.m.": one of them
        and not _DETERMINER_BEFORE.search(text, max(0, habit.start - 8), habit.start)
        and not sentence_break(text, habit.end, timex.start)
        and "\n" not in gap
    )


def _recurring_hours(text: str, timexes: list[Timex]) -> list[Timex]:
    """Hours before a set ("from 1 p.m. to 5 p.m. on Sundays", "8 a.m. to 6 p.m. daily",
    "until 9 p.m. every Thursday") or after "normally" ("normally open from 10 a.m. to 6 p.m.")
    are any day's hours, not one day's."""
    out = list(timexes)
    for i in range(len(out) - 1, -1, -1):
        timex = out[i]
        # a clock time left without its day for want of a publication date is one too
        time = _CLOCK_VALUE.fullmatch(timex.value) or _DAYLESS_CLOCK.fullmatch(timex.value)
        if time is None or not timex.rule.startswith("clock time"):
            continue
        if _own_day(text, timex.start, timex.end):
            continue  # "at noon Tuesday": one day's hour, though "every day" came before
        if (
            i > 0
            and out[i - 1].type is TimexType.DATE
            and _DAY_VALUE.match(out[i - 1].value)
            and _AT_AFTER_A_DAY.fullmatch(text, out[i - 1].end, timex.start)
        ):
            continue  # "opens Wednesday at noon and runs daily": the day's own hour
        after = out[i + 1] if i + 1 < len(out) else None
        if _in_a_nightly_range(text, out, i):
            out[i] = _any_day(timex, time[1])  # "a curfew from 9 p.m. to 6 a.m. ... every night"
            continue
        recurs = after is not None and (
            (
                after.type is TimexType.SET
                and (
                    _HOURS_THEN_SET.fullmatch(text, timex.end, after.start) is not None
                    # "the 6.30am ferry each morning"
                    or _A_NOUN_THEN_SET.fullmatch(text, timex.end, after.start) is not None
                )
            )
            or (
                _ANY_DAY_TIME.fullmatch(after.value) is not None
                and _RANGE_TO.fullmatch(text, timex.end, after.start) is not None
            )
            # "will work from 7.30 a.m. to 1.30 p.m. till June 30": a range of hours each day
            or (
                after.type is TimexType.DATE
                and _DAY_VALUE.match(after.value) is not None
                and _HOURS_UNTIL_A_DAY.fullmatch(text, timex.end, after.start) is not None
                and i > 0
                and _CLOCK_VALUE.fullmatch(out[i - 1].value) is not None
                and _RANGE_TO.fullmatch(text, out[i - 1].end, timex.start) is not None
                and not _own_day(text, out[i - 1].start, out[i - 1].end)
            )
            # "will stay open until 11 p.m. through Monday": each evening up to that day
            or (
                after.type is TimexType.DATE
                and _THROUGH.fullmatch(text, timex.end, after.start) is not None
                and _CLOSING_HOUR_BEFORE.search(text, max(0, timex.start - 8), timex.start)
                is not None
            )
        )
        previous = out[i - 1] if i > 0 else None
        if (
            previous is not None
            and i > 1
            and out[i - 2].type is TimexType.SET
            and not _DAY_VALUE.match(previous.value)
            and not _CLOCK_VALUE.fullmatch(previous.value)
        ):
            previous = out[i - 2]  # "closures every night next week, from 8pm to 6am"
        j = i - 1
        while j > 0 and _PERIOD_BOUND_BEFORE.search(text, max(0, out[j].start - 8), out[j].start):
            j -= 1  # "close each night from tonight until Thursday, between 9pm and 5am"
        if (
            j < i - 1
            and out[j].type is TimexType.SET
            and _DAILY.fullmatch(out[j].value)
            and _RANGE_FROM_BEFORE.search(text, max(0, timex.start - 10), timex.start)
        ):
            previous = out[j]  # (not "every evening from Wednesday, when the first opens at 5")
        if (
            recurs
            or _HABITUAL_BEFORE.search(text, max(0, timex.start - 30), timex.start)
            or _HOURS_BEFORE.search(text, max(0, timex.start - 30), timex.start)
            or _timetable_hour(text, timex)
            # "The centres will open from 9am to 5pm": opening hours, on no one day
            or (
                _OPEN_FROM_BEFORE.search(text, max(0, timex.start - 20), timex.start)
                # (not one day's, in the past: "kept the polls open from 6:30 a.m.")
                and not _KEPT_OPEN_BEFORE.search(text, max(0, timex.start - 50), timex.start)
                and after is not None
                and (_CLOCK_VALUE.fullmatch(after.value) or _DAYLESS_CLOCK.fullmatch(after.value))
                and _RANGE_TO.fullmatch(text, timex.end, after.start)
                and not _DAY_AFTER.match(text, after.end)
                and not _own_day(text, after.start, after.end)
                # not "Polling day is Saturday 24 October, when booths will be open from 8am"
                and not (
                    previous is not None
                    and _DAY_VALUE.match(previous.value)
                    and (
                        not sentence_break(text, previous.end, timex.start)
                        # "VOTING DAY: Monday, Oct. 27. Polls are open from 10 a.m."
                        or _DAY_THEN_HOURS.fullmatch(text, previous.end, timex.start) is not None
                    )
                    # but "open until Oct. 15, and breakfast is served from 6:30 a.m." (a season)
                    and not _CLOSING_HOUR_BEFORE.search(
                        text, max(0, previous.start - 8), previous.start
                    )
                )
            )
            # "Every morning the line reaches the door by 6:30"
            or (
                previous is not None
                and previous.type is TimexType.SET
                # not "every two hours"; "Every year on the anniversary, the bell rings at
                # 11:40 p.m." recurs too
                and (_DAILY.fullmatch(previous.value) is not None or previous.value == "P1Y")
                and not sentence_break(text, previous.end, timex.start)
                # not "twice a year, said it would hold a briefing at 10 a.m. on Friday"
                and not (
                    after is not None
                    and after.type is TimexType.DATE
                    and _ITS_DAY.fullmatch(text, timex.end, after.start)
                )
            )
        ):
            out[i] = _any_day(timex, time[1])
    for i in range(1, len(out)):
        before, timex = out[i - 1], out[i]
        time = _CLOCK_VALUE.fullmatch(timex.value)
        if (
            time is not None
            and timex.rule.startswith("clock time")
            and _ANY_DAY_TIME.fullmatch(before.value)
            and before.rule in {"part of a recurring time", "recurring clock time"}
            and not sentence_break(text, before.end, timex.start)
            and not _DAY_AFTER.match(text, timex.end)
        ):
            # "six trips daily between 7am and 7pm, ... the first ferry leaving at 6am and the
            # last at 10pm": the hours of the same service
            out[i] = _any_day(timex, time[1])
    for i in range(1, len(out)):  # "normally open from 10 a.m. to 6 p.m.": the range's end too
        before, timex = out[i - 1], out[i]
        time = _CLOCK_VALUE.fullmatch(timex.value)
        if (
            time is not None
            and timex.rule.startswith("clock time")
            and _ANY_DAY_TIME.fullmatch(before.value)
            and _RANGE_TO.fullmatch(text, before.end, timex.start)
        ):
            out[i] = _any_day(timex, time[1])
    return out


# "Monday", or a clock time read with it ("5pm, Monday"), at the end of an expression
_ENDS_IN_WEEKDAY = re.compile(
    r"(?P<clock>.*?\S)?,?[ \t]*(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)",
    re.IGNORECASE,
)
_HOUR_OF_DAYS = re.compile(r"\b(?:at|until|till|from|by)\s+$", re.IGNORECASE)
_FROM_DAYS = re.compile(r"[ \t]*,?[ \t]*from[ \t]+")
_COMMA_ONLY = re.compile(r"[ \t]*,?[ \t]*")
_HOURS_JOIN = re.compile(r"[ \t]*,?[ \t]*(?:(?:from|between)[ \t]+)?")
_NOT_WEEKLY_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:this|next|last|that|the\s+following)\s+week\b", re.IGNORECASE
)


def _weekly_hours(text: str, timexes: list[Timex]) -> list[Timex]:
    """ "between 8.45am and 5pm, Monday to Friday", "(Monday to Friday, 9am to 5pm)": opening
    hours, a span of weekdays beside a span of hours, recur every week (Monday is XXXX-WXX-1,
    9am any day's 09:00), not one week's days."""
    out = list(timexes)
    for i in reversed(list(_joined(text, out, _WEEKDAY_RANGE_TO))):  # last first: it inserts
        first, second = out[i], out[i + 1]
        head = _ENDS_IN_WEEKDAY.fullmatch(first.text)
        if head is None or not WEEKDAY_WORD.fullmatch(second.text):
            continue
        if _NOT_WEEKLY_AFTER.match(text, second.end):
            continue  # "Monday to Friday next week"
        clocks = _hours_of_the_days(text, out, i, bool(head["clock"]))
        if clocks is None:
            continue
        # the sentence's other hours go with them ("Lunch from noon to 3pm and dinner from 6pm,
        # with last orders at 10.30pm, Tuesday to Saturday")
        j = min(clocks, default=i) - 1
        while (
            j >= 0
            and _CLOCK_VALUE.fullmatch(out[j].value)
            and not _own_day(text, out[j].start, out[j].end)
            and not sentence_break(text, out[j].end, first.start)
        ):
            clocks.append(j)
            j -= 1
        for j in clocks:
            time = _CLOCK_VALUE.fullmatch(out[j].value)
            assert time is not None
            out[j] = _any_day(out[j], time[1])
        out[i + 1] = _every_weekday(second, second.start, second.text)
        if head["clock"]:
            time = _CLOCK_VALUE.fullmatch(first.value)
            if time is None:
                continue
            day_start = first.start + head.start("wd")
            clock_end = first.start + len(head["clock"])
            clock = replace(first, end=clock_end, text=head["clock"])
            out[i] = _every_weekday(first, day_start, head["wd"])
            out.insert(i, _any_day(clock, time[1]))
        else:
            out[i] = _every_weekday(first, first.start, first.text)
    return out


def _hours_of_the_days(text: str, out: list[Timex], i: int, with_clock: bool) -> list[int] | None:
    """The indexes of the clock times that go with the weekday range at ``i``, or None when no
    hours stand beside it (then its days are one week's)."""
    first, second = out[i], out[i + 1]
    before = out[i - 1] if i > 0 else None
    if with_clock:  # "between 8.45am and 5pm, Monday": the range's end came with the day
        if (
            before is not None
            and _CLOCK_VALUE.fullmatch(before.value)
            and _RANGE_TO.fullmatch(text, before.end, first.start)
        ):
            return [i - 1]
        if _HOUR_OF_DAYS.search(text, max(0, first.start - 30), first.start):
            return []  # "with last orders at 10.30pm, Tuesday to Saturday" recurs too
        return None
    if i + 3 < len(out) and all(_CLOCK_VALUE.fullmatch(out[j].value) for j in (i + 2, i + 3)):
        # "Monday to Friday, 9am to 5pm"
        if (
            _HOURS_JOIN.fullmatch(text, second.end, out[i + 2].start)
            and _RANGE_TO.fullmatch(text, out[i + 2].end, out[i + 3].start)
            and not _DAY_AFTER.match(text, out[i + 3].end)
        ):
            return [i + 2, i + 3]
        return None
    if i >= 2 and all(_CLOCK_VALUE.fullmatch(out[j].value) for j in (i - 2, i - 1)):
        if _RANGE_TO.fullmatch(text, out[i - 2].end, out[i - 1].start) and _COMMA_ONLY.fullmatch(
            text, out[i - 1].end, first.start
        ):
            return [i - 2, i - 1]  # "8am-8pm, Monday-Saturday"
        return None
    if (
        before is not None
        and _CLOCK_VALUE.fullmatch(before.value)
        and _FROM_DAYS.fullmatch(text, before.end, first.start)
    ):
        return [i - 1]  # "licences until 11pm from Sunday to Thursday"
    return None


def _every_weekday(timex: Timex, start: int, word: str) -> Timex:
    return replace(
        timex,
        start=start,
        end=start + len(word),
        text=word,
        type=TimexType.SET,
        value=f"XXXX-WXX-{WEEKDAYS[word.lower()] + 1}",
        interval=None,
        certainty=Certainty.EXACT,
        anchor="days that recur",
        rule="weekly hours",
    )


# "the first train from Kilbarrow will leave at 05:50", "the last bus runs until": a timetable
_SERVICE_BEFORE = re.compile(
    r"\b(?:first|last|final|earliest|latest)\s+(?:trains?|bus(?:es)?|trams?|ferr(?:y|ies)|"
    r"services?|departures?|sailings?|boats?)\b[^.;:!?]{0,60}?\b(?:will|would|now|to)\s+"
    r"(?:leave|depart|run|arrive|sail|go)\b[^.;:!?]{0,30}?\b(?:at|until|from)\s+$",
    re.IGNORECASE,
)
_A_DAY_NAMED = re.compile(
    r"\b(?:today|tonight|tomorrow)\b|\bon\s+(?:[A-Z]|\d)|"
    r"\b(?:this|next|that)\s+(?:[A-Z]|morning|afternoon|evening|night|week)"
)
_INSTEAD_OF_BEFORE = re.compile(
    r"\b(?:instead\s+of|rather\s+than)\s+(?:the\s+)?(?:usual\s+|present\s+|current\s+)?$",
    re.IGNORECASE,
)


def _timetable_hour(text: str, timex: Timex) -> bool:
    """Whether a clock time is a timetable's, an hour every day the service runs ("the last
    train will depart at 23:45 instead of 23:10"), not one day's."""
    service = _SERVICE_BEFORE.search(text, max(0, timex.start - 120), timex.start)
    if service is not None:
        # not "The last trains on Good Friday will leave at about 20:00": that day's
        return not _A_DAY_NAMED.search(service.group(0))
    return bool(_INSTEAD_OF_BEFORE.search(text, max(0, timex.start - 30), timex.start)) and bool(
        _SERVICE_BEFORE.search(text, max(0, timex.start - 160), timex.start - 10)
        or re.search(r"\b(?:timetable|service)\b", text[max(0, timex.start - 160) : timex.start])
    )


def _in_a_nightly_range(text: str, timexes: list[Timex], i: int) -> bool:
    """Whether ``timexes[i]`` is an end of a clock range the clause says recurs: "a curfew from
    9 p.m. to 6 a.m. will stay in force every night this week"."""
    for first, second in ((i, i + 1), (i - 1, i)):
        if first < 0 or second >= len(timexes):
            continue
        if (
            _CLOCK_VALUE.fullmatch(timexes[first].value)
            and _CLOCK_VALUE.fullmatch(timexes[second].value)
            and _RANGE_TO.fullmatch(text, timexes[first].end, timexes[second].start)
            and _NIGHTLY_AFTER.match(text, timexes[second].end)
        ):
            return True
    return False


# "may not park between 2 a.m. and 6 a.m.", "allows blasting only between 9am and 5pm", "barred
# from village lanes before 9.30am and after 3pm": hours a rule allows or forbids, on any day
_RULE_CUE = re.compile(
    r"\b(?:may|must|cannot|can't|shall)\b|\b(?:allow(?:s|ed|ing)?|permit(?:s|ted)?|barred|"
    r"banned|forbid(?:s|den)?|prohibit(?:s|ed)?|restrict(?:s|ed)?|only|curfew|limits?)\b",
    re.IGNORECASE,
)
_BOUND_BEFORE = re.compile(r"\b(?:between|before|after)\s+$", re.IGNORECASE)
# "his normal hours of 9.30am to 6pm", "site working hours of 8am to 6pm"
_KEPT_HOURS_BEFORE = re.compile(
    r"\b(?:opening|working|normal|usual|trading|office|business|visiting|licensing|operating|"
    r"core|school|shop|site)\s+hours\s*(?:of|are|were|will\s+be|:)\s*(?:from\s+)?$"
    # a listing's "District office: 205 Main St. ... Open 8:30 a.m. to 5 p.m."
    r"|(?<![\w,]\s)(?-i:Open)\s+(?:daily\s+|weekdays\s+)?(?:from\s+)?$",
    re.IGNORECASE,
)
_PERIOD_BOUND_BEFORE = re.compile(
    r"\b(?:until|till|through|to|since|from|starting|beginning|effective)\s+$", re.IGNORECASE
)


def _ruled_hours(text: str, timexes: list[Timex]) -> list[Timex]:
    """Hours bounded by a rule in a sentence that names no day ("may not park between 2 a.m.
    and 6 a.m."), or someone's working hours ("his normal hours of 9.30am to 6pm"), hold on
    any day the rule or the habit does, not on the day of the story."""
    out = list(timexes)
    for i, timex in enumerate(out):
        time = _CLOCK_VALUE.fullmatch(timex.value)
        if (
            time is None
            or not timex.rule.startswith("clock time")
            or _own_day(text, timex.start, timex.end)
        ):
            continue
        begin, end = sentence_bounds(text, timex.start, timex.end)
        paired = (
            i > 0
            and out[i - 1].rule == "hours kept on any day"
            and _RANGE_TO.fullmatch(text, out[i - 1].end, timex.start) is not None
        )
        if paired:
            out[i] = replace(_any_day(timex, time[1]), rule="hours kept on any day")
            continue
        kept = _KEPT_HOURS_BEFORE.search(text, max(begin, timex.start - 40), timex.start)
        if not kept and not (
            _BOUND_BEFORE.search(text, max(begin, timex.start - 10), timex.start)
            and _RULE_CUE.search(text, begin, timex.start)
        ):
            continue
        if any(
            begin <= t.start < end
            and t is not timex
            and not t.rule.startswith("clock time")
            and t.type in (TimexType.DATE, TimexType.TIME)
            and _DAY_VALUE.match(t.value)
            and not _PERIOD_BOUND_BEFORE.search(text, max(0, t.start - 14), t.start)
            for t in out
        ):
            continue  # "may not park ... until April 15": the end of the rule's period
        out[i] = replace(_any_day(timex, time[1]), rule="hours kept on any day")
    return out


def _any_day(timex: Timex, time: str) -> Timex:
    return replace(
        timex,
        value=f"XXXX-XX-XXT{time}",
        interval=None,
        certainty=Certainty.EXACT,
        anchor="hours that recur",
        rule="recurring clock time",
    )


_NIGHTLY_AFTER = re.compile(
    r"[^.;!?]{0,40}?\b(?:(?:every|each)\s+(?:night|day|evening|morning)|nightly|daily)\b", re.I
)
_CLOSING_HOUR_BEFORE = re.compile(r"\b(?:until|till)\s+$", re.IGNORECASE)
_THROUGH = re.compile(r"[ \t]*,?[ \t]*(?:through|thru)[ \t]+", re.IGNORECASE)
# "5 p.m. on Sundays", "6 p.m. daily", "9 p.m. every Thursday"
_HOURS_THEN_SET = re.compile(  # "only before 8 a.m., and only on Tuesdays and Saturdays"
    r"[ \t]*,?[ \t]*(?:(?:and[ \t]+)?(?:only[ \t]+)?on[ \t]+)?"
)
# "normally open from 10 a.m.", "usually starts at 9am": no sentence end in between
_HABITUAL_BEFORE = re.compile(
    r"\b(?:normally|usually|typically|generally|routinely|regularly)\b[^.;!?]*"
    r"\b(?:from|at|between|until|till)\s+$"
    r"|\b(?:the|its|their)\s+usual\s+$",  # "instead of the usual 10 a.m. to 5 p.m."
    re.IGNORECASE,
)
# "will work from 7.30 a.m. to 1.30 p.m. till June 30": each day's hours up to that day
_HOURS_UNTIL_A_DAY = re.compile(r"[ \t]*,?[ \t]*(?:till|until|through|thru)[ \t]+", re.I)
_DAILY = re.compile(r"P1D|XXXX-XX-XXT[A-Z]{2}|XXXX-WXX-\d(?:T[A-Z]{2})?")
# the hours of one day's voting or event, said right after its date
_DAY_THEN_HOURS = re.compile(
    r"\.[ \t]+(?:(?:the|its|all)[ \t]+)?(?:polls|polling[ \t]+(?:stations|places)|booths|voting|"
    r"doors|gates)[ \t]+(?:are|will[ \t]+be|(?:will[ \t]+)?open|(?:will[ \t]+)?run)"
    r"(?:[ \t]+open)?[ \t]+from[ \t]+",
    re.IGNORECASE,
)
_OPEN_FROM_BEFORE = re.compile(
    r"\b(?:open|opens|be\s+open|(?:is|are)\s+(?:served|staffed))\s+(?:daily\s+)?from\s+$", re.I
)
_KEPT_OPEN_BEFORE = re.compile(
    r"\b(?:kept|stayed|remained)\s+(?:[\w']+\s+){0,3}?open\s+from\s+$", re.IGNORECASE
)
_A_NOUN_THEN_SET = re.compile(r"[ \t]+[a-z]+(?:[ \t]+[a-z]+)?[ \t]+")
_DAY_AFTER = re.compile(
    r",?\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tomorrow|tonight)\b"
)
_ITS_DAY = re.compile(r"[ \t]*,?[ \t]*(?:on[ \t]+)?")
# "has kept his grandmother's hours, 5 a.m. to 2 p.m.", "opening hours are 9am to 5pm"
_HOURS_BEFORE = re.compile(
    r"(?:'s|\u2019s|\bits|\btheir|\bhis|\bher|\bopening|\bbusiness|\boffice|\bnormal|\busual|"
    r"\bvisiting)\s+hours,?\s+(?:(?:are|were|will\s+be)\s+)?(?:from\s+)?$",
    re.IGNORECASE,
)
_ANY_DAY_TIME = re.compile(r"XXXX-XX-XXT\d\d:\d\d")
_DAYLESS_CLOCK = re.compile(r"XXXX-XX-XXT(\d\d:\d\d(?::\d\d)?)")
_SEASON_VALUE = re.compile(r"\d{4}-(?:SP|SU|FA|WI)")
_SEASON_WORDS = frozenset({"spring", "summer", "autumn", "fall", "winter"})
_IN = re.compile(r"[ \t]+in[ \t]+", re.IGNORECASE)
_LIST_JOIN = re.compile(r"[ \t]*(?:,|and|or|&)[ \t]*(?:and[ \t]+)?", re.IGNORECASE)
_RANGE_TO = re.compile(r"\s*(?:and|to|until|till|through|-|\u2013)\s*", re.IGNORECASE)


_AT_LEAST_BEFORE = re.compile(r"\bat\s+least\s+$", re.IGNORECASE)


def _at_least(text: str, timexes: list[Timex]) -> list[Timex]:
    """ "until at least Tuesday", "since at least October": the bound joins the date's span
    (TimeML keeps such modifiers inside, mod EQUAL_OR_MORE), as it does a duration's."""
    out: list[Timex] = []
    for timex in timexes:
        bound = None
        if (
            (timex.type in (TimexType.DATE, TimexType.TIME) and timex.value[:1].isdigit())
            or timex.type is TimexType.SET  # "at least once a week"
            or (timex.type is TimexType.DURATION and timex.text[:4].lower() == "the ")
        ):  # "for at least the next two weeks"
            bound = _AT_LEAST_BEFORE.search(text, max(0, timex.start - 10), timex.start)
        if bound is not None and (not out or out[-1].end <= bound.start()):
            start = bound.start()
            timex = replace(timex, start=start, text=text[start : timex.end], mod="EQUAL_OR_MORE")
        out.append(timex)
    return out


_AMOUNT = re.compile(r"P(T?)(\d+)([YMWDHS])")
_UNIT_ORDER = {("", "Y"): 0, ("", "M"): 1, ("", "W"): 2, ("", "D"): 3, ("T", "H"): 4,
               ("T", "M"): 5, ("T", "S"): 6}  # fmt: skip
_COMPOUND_JOIN = re.compile(r"[ \t]*(?:,|and|,\s*and)?[ \t]*", re.IGNORECASE)


def _compound_durations(text: str, timexes: list[Timex]) -> list[Timex]:
    """ "2 hours 5 minutes", "three years and two months": one amount of time, PT2H5M, P3Y2M."""
    out: list[Timex] = []
    for timex in timexes:
        before = out[-1] if out else None
        first = _AMOUNT.fullmatch(before.value) if before is not None else None
        second = _AMOUNT.fullmatch(timex.value)
        if (
            before is not None
            and first is not None
            and second is not None
            and before.type is TimexType.DURATION
            and timex.type is TimexType.DURATION
            and _UNIT_ORDER[(first[1], first[3])] < _UNIT_ORDER[(second[1], second[3])]
            and _COMPOUND_JOIN.fullmatch(text, before.end, timex.start)
        ):
            time = "T" if first[1] or second[1] else ""
            left = f"{first[2]}{first[3]}"
            right = f"{'T' if second[1] and not first[1] else ''}{second[2]}{second[3]}"
            value = f"P{first[1]}{left}{right}" if time else f"P{left}{right}"
            out[-1] = replace(
                before,
                end=timex.end,
                text=text[before.start : timex.end],
                value=value,
                rule="amount of time in two units",
            )
            continue
        out.append(timex)
    return out


def _joined(text: str, timexes: list[Timex], join: re.Pattern[str]) -> Iterator[int]:
    """The index of each expression that ``join`` links to the next one ("overnight, from",
    "the week ending", "Tuesday to"); read lazily, so a caller may re-value as it goes."""
    for i in range(len(timexes) - 1):
        if join.fullmatch(text, timexes[i].end, timexes[i + 1].start):
            yield i


def _fiscal_spans(text: str, timexes: list[Timex], fiscal: int) -> list[Timex]:
    """In a text whose fiscal year is not the calendar year, "49% in 2011-12" is one fiscal year
    (FY2012), not two calendar years; a "2013-14 season" stays two."""
    pairs = [i for i in range(len(timexes) - 1) if _year_pair(text, timexes[i], timexes[i + 1])]
    # in a text of calendar years, only a budget's ("a surplus ... until 2015-16"), and then
    # every such pair in the text (a headline's "books will balance in 2017-18")
    budget = fiscal != 1 or any(
        _budget_sentence(text, timexes[i].start, timexes[i + 1].end) for i in pairs
    )
    out: list[Timex] = []
    for timex in timexes:
        last = out[-1] if out else None
        if (
            budget
            and last is not None
            and _year_pair(text, last, timex)
            # (never a school's or a season's: "tuition rose 4.8 percent for 2014-15")
            and not _not_a_budget_sentence(text, last.start, timex.end)
        ):
            value = f"FY{timex.value}"
            out[-1] = replace(
                last,
                end=timex.end,
                text=text[last.start : timex.end],
                value=value,
                interval=interval_for(value, fiscal),
                rule="fiscal year named by its two years",
            )
            continue
        out.append(timex)
    return out


_BUDGET_WORDS = re.compile(
    r"\b(?:budgets?|deficits?|surplus(?:es)?|spending|revenues?|borrowing|financial|fiscal|"
    r"tax|taxes)\b",
    re.IGNORECASE,
)


def _year_pair(text: str, first: Timex, second: Timex) -> bool:
    """Whether two years are written as one span of consecutive years ("2011-12")."""
    return (
        first.rule == "first year of a span"
        and second.rule == "second year of a span"
        and second.start == first.end + 1
        and len(second.text) == 2  # "2011-12", not the two years "2008-2009"
        and second.value.isdigit()
        and int(second.value) == int(first.value) + 1
        and not _NOT_FISCAL_AFTER.match(text, second.end)
    )


def _not_a_budget_sentence(text: str, start: int, end: int) -> bool:
    begin, stop = sentence_bounds(text, start, end)
    return _NOT_A_BUDGET.search(text, begin, stop) is not None


def _budget_sentence(text: str, start: int, end: int) -> bool:
    begin, stop = sentence_bounds(text, start, end)
    return (
        _BUDGET_WORDS.search(text, begin, stop) is not None
        and _NOT_A_BUDGET.search(text, begin, stop) is None
    )


# a season, a school or a crop year in the same sentence
_NOT_A_BUDGET = re.compile(
    r"\b(?:seasons?|school|academic|marketing|crop|harvest|league|flu|calendar|tuition)\b",
    re.IGNORECASE,
)
_NOT_FISCAL_AFTER = re.compile(
    r"\s+(?:season|academic|school|term|campaign|winter|summer|ski|tour|series|league|cup)\b",
    re.IGNORECASE,
)


def _revalued(timex: Timex, value: str, **changes: Any) -> Timex:
    """``timex`` with a new value (and the interval it denotes), and any other ``changes``."""
    return replace(timex, value=value, interval=interval_for(value), **changes)


_FROM_JOIN = re.compile(r"\s*,?\s*(?:(?:from|between)\s+)?", re.IGNORECASE)


def _overnight_from(text: str, timexes: list[Timex]) -> list[Timex]:
    """ "shut the bridge overnight, from 9 p.m. Tuesday to 5 a.m. Wednesday", "the shower peaks
    overnight Tuesday into Wednesday": that night."""
    out = list(timexes)
    for i in _joined(text, out, _FROM_JOIN):
        night, start = out[i], out[i + 1]
        if not night.rule.startswith("overnight") or not _DAY_VALUE.match(start.value):
            continue
        if not re.match(r"\s+into\s", text[start.end :]) and not re.search(
            r"(?:from|between)\s+$", text[night.end : start.start], re.IGNORECASE
        ):
            continue
        value = f"{start.value[:10]}TNI"
        out[i] = _revalued(
            night,
            value,
            anchor=f"the night it starts, '{start.text}'",
            rule="overnight, from a day",
        )
    return out


_ENDING = re.compile(r"\s+(?:ending|ended|to)\s+(?:on\s+)?", re.IGNORECASE)


def _weeks_ending(text: str, timexes: list[Timex]) -> list[Timex]:
    """ "the week ending Friday": the week of that day, not the week of publication; "the month
    ended Sept. 30": that day's month."""
    out = list(timexes)
    for i in _joined(text, out, _ENDING):
        span, day = out[i], out[i + 1]
        unit = span.text.lower().removeprefix("the ")
        if unit not in {"week", "month"} or not _DAY_VALUE.fullmatch(day.value):
            continue
        ends = date.fromisoformat(day.value)
        value = timeml.week_value(ends) if unit == "week" else ends.isoformat()[:7]
        out[i] = _revalued(
            span,
            value,
            anchor=f"the day it ends, '{day.text}'",
            rule=f"the {unit} ending a day",
        )
    return out


_WEEKDAY_RANGE_TO = re.compile(r"\s*(?:to|until|till|through|-|\u2013)\s*", re.IGNORECASE)
_MONTH_WORD = re.compile(  # "Oct. 5", and day first: "Thursday 12 June"
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|"
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",
    re.IGNORECASE,
)


def _weekday_ranges(text: str, timexes: list[Timex]) -> list[Timex]:
    """ "from 9 p.m. Tuesday to 5 a.m. Wednesday", "from 6 p.m. Saturday until noon Sunday": the
    two weekdays of a range lie less than a week apart, the end after the start (each alone may
    have been read the other way)."""
    out = list(timexes)
    for i, j in _weekday_range_ends(text, out):  # not "statements made Friday and Thursday"
        first, second = out[i], out[j]
        if not (_DAY_VALUE.match(first.value) and _DAY_VALUE.match(second.value)):
            continue
        if not all(
            WEEKDAY_WORD.search(t.text) and not _MONTH_WORD.search(t.text) for t in (first, second)
        ):
            continue
        start = date.fromisoformat(first.value[:10])
        end = date.fromisoformat(second.value[:10])
        if end < start:
            out[j] = _moved(second, end + timedelta(days=7), f"after '{first.text}'")
            if j > i + 1:  # "until 5am on Tuesday": the hour goes with its day
                out[i + 1] = _moved(out[i + 1], end + timedelta(days=7), f"after '{first.text}'")
        elif (end - start).days >= 7 and j == i + 1:
            out[i] = _moved(first, start + timedelta(days=7), f"before '{second.text}'")
    return out


_CLOCK_ON = re.compile(r"[ \t]*(?:,[ \t]*|on[ \t]+)?", re.IGNORECASE)


def _weekday_range_ends(text: str, timexes: list[Timex]) -> Iterator[tuple[int, int]]:
    """The indexes of a weekday range's two days: "Tuesday to Friday", and with the end's hour
    written before it, "from 11pm on Thursday until 5am on Tuesday"."""
    for i in _joined(text, timexes, _WEEKDAY_RANGE_TO):
        yield i, i + 1
        clock, j = timexes[i + 1], i + 2
        if (
            j < len(timexes)
            and _CLOCK_VALUE.fullmatch(clock.value)
            and clock.rule == "clock time on the day that follows"
            and clock.value[:10] == timexes[j].value
            and _CLOCK_ON.fullmatch(text, clock.end, timexes[j].start)
        ):
            yield i, j


_MONTH_JOIN = re.compile(r"\s*(?:,\s*|\s+and\s+|\s+or\s+|\s+to\s+|\s+through\s+|-|\u2013)\s*")
_MONTH_ONLY = re.compile(r"(\d{4})-(\d\d)")
_BARE_MONTH = re.compile(r"[A-Za-z]+\.?")


# "March 21st, 24th and 28th": more days of the month just named
_MORE_DAYS = re.compile(
    r"(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)"
    r"([12]?\d(?:st|nd|rd|th)|3[01](?:st|th))\b"
    r"(?![ \t]+(?:of\b|(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)))"
)
# a chronology's line: "— Aug. 2: The 17 July Brigade claims the kidnapping."
_ENTRY_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-\u2013\u2014\u2022*][ \t]*)?$")
_ENTRY_AFTER = re.compile(r"[ \t]*[:\u2013\u2014-]")


def _chronology(text: str, timexes: list[Timex], publication: date | None) -> list[Timex]:
    """A list of dated lines in order of time ("— July 19: Seized. — Aug. 2: The Brigade
    claims the kidnapping. — Sept. 28: ...") keeps its order: an entry in the present of
    chronologies is in the year of the entries either side, not a year ahead; and a list that
    runs up to the paper's day is of the year gone by, not of the one ahead ("Jan. 14 -
    Auditors flag irregular payments. ... Nov. 12 - The council approves a policy", published
    in December)."""
    entries = [
        i
        for i, t in enumerate(timexes)
        if _DAY_ONLY.fullmatch(t.value)
        and not re.search(r"\d{4}", t.text)
        and re.search(r"\d", t.text)  # a date written, not a box's "Monday:" or "Today:"
        and _ENTRY_BEFORE.search(text, max(0, t.start - 4), t.start)
        and _ENTRY_AFTER.match(text, t.end)
    ]
    out = list(timexes)
    for k, i in enumerate(entries):
        before = entries[k - 1] if k else None
        after = entries[k + 1] if k + 1 < len(entries) else None
        if before is None or after is None:
            continue
        prev, this, nxt = (date.fromisoformat(out[j].value) for j in (before, i, after))
        if prev.year != nxt.year or this.year == prev.year or prev > nxt:
            continue
        try:
            moved = this.replace(year=prev.year)
        except ValueError:
            continue
        if prev <= moved <= nxt:
            out[i] = _revalued(
                out[i],
                moved.isoformat(),
                anchor=f"the chronology's entries either side, {prev} and {nxt}",
                rule="date in a chronology",
            )
    if publication is not None:
        for run in _entry_runs(text, out, entries):
            out = _in_order_up_to(publication, out, run)
            out = _run_up_to(publication, out, run)
    out = _in_year_entries(text, _under_year_headings(text, out), publication)
    return _carried_along_the_line(text, timexes, out)


_MOVABLE_VALUE = re.compile(r"\d{4}-(?:\d\d-\d\d(?:T[\d:]+|T[A-Z]{2})?|W\d\d)")


def _carried_along_the_line(text: str, before: list[Timex], after: list[Timex]) -> list[Timex]:
    """An entry moved to another year takes along what its line reckoned from it ("- Aug 15: A
    ceasefire takes effect at 6:00 am"; "- Feb 5: Talks open. They are suspended two weeks
    later")."""
    out = list(after)
    for i, (old, new) in enumerate(zip(before, after, strict=True)):
        if old.value == new.value or not (
            _DAY_ONLY.fullmatch(old.value) and _DAY_ONLY.fullmatch(new.value)
        ):
            continue
        was, now = old.value[:4], new.value[:4]
        line_end = text.find("\n", new.end)
        line_end = len(text) if line_end < 0 else line_end
        for j in range(i + 1, len(out)):
            t = out[j]
            if t.start >= line_end:
                break
            if (
                t.value != before[j].value
                or not t.value.startswith(was)
                or not _MOVABLE_VALUE.fullmatch(t.value)
                or re.search(r"\d{4}", t.text)
            ):
                continue
            value = now + t.value[4:]
            if WEEKDAY_WORD.search(t.text) and (day := _DAY_ONLY.match(t.value)):
                # "the following Tuesday" stays a Tuesday: the nearest one to the same date
                was_day = date.fromisoformat(day[0])
                try:
                    moved = was_day.replace(year=int(now))
                except ValueError:
                    continue
                moved += timedelta(days=(was_day.weekday() - moved.weekday() + 3) % 7 - 3)
                value = moved.isoformat() + t.value[10:]
            out[j] = _revalued(t, value, rule=f"{t.rule}; with '{new.text}', {now}")
    return out


# a chronology's year entry: "- 2008: The army launches a new offensive in the spring"
_YEAR_ENTRY = re.compile(
    r"^[ \t]*(?:[-\u2013\u2014\u2022*][ \t]*)?((?:1[6-9]|20)\d\d)[ \t]*:[^\n]*", re.MULTILINE
)
_YEARLESS_VALUE = re.compile(r"\d{4}(?:-\d\d(?:-\d\d(?:T[\d:]+|T[A-Z]{2})?)?|-(?:SP|SU|FA|WI))?")


def _in_year_entries(text: str, timexes: list[Timex], publication: date | None) -> list[Timex]:
    """In a chronology of years ("- 2008: The army launches a new offensive in the spring and
    retakes Osrin in September. - 2011: On New Year's Eve a bomb ..."), the days, months and
    seasons written without a year on an entry's line are in its year."""
    entries = list(_YEAR_ENTRY.finditer(text))
    if publication is None or len(entries) < 2:
        return timexes
    out = list(timexes)
    for entry in entries:
        year = entry[1]
        if int(year) >= publication.year:
            continue  # not a rubric's year ahead: "2023: NRP fixes May 28 for its primary"
        for i, t in enumerate(out):
            if not (entry.end(1) < t.start and t.end <= entry.end()):
                continue
            if (
                t.value[:4] == year
                or t.type not in (TimexType.DATE, TimexType.TIME)
                or not _YEARLESS_VALUE.fullmatch(t.value)
                or re.search(r"\d{4}|(?<!new )\byears?\b", t.text, re.IGNORECASE)
                or abs(int(t.value[:4]) - publication.year) > 1
            ):
                continue
            out[i] = _revalued(
                t,
                year + t.value[4:],
                anchor=f"the year of the chronology's entry, {year}",
                rule="date in a chronology's year entry",
            )
    return out


def _in_order_up_to(publication: date, timexes: list[Timex], run: list[int]) -> list[Timex]:
    """A chronology ending by the paper's day is in order: an entry in the present of
    chronologies later than the one after it is a year earlier ("Dec 24 - Police arrest 17
    pickets. ... Jan 7 - Mediation resumes. ... Feb 10 - Workers vote", published Feb 11)."""
    out = list(timexes)
    after = date.fromisoformat(out[run[-1]].value)
    if after > publication + timedelta(days=3):
        return out
    for i in reversed(run[:-1]):
        day = date.fromisoformat(out[i].value)
        if day > after:
            try:
                back = day.replace(year=day.year - 1)
            except ValueError:
                return out
            if back > after:
                return out  # not a slip of one year: leave the list as it reads
            out[i] = _revalued(
                out[i],
                back.isoformat(),
                anchor=f"the chronology's next entry, {after}",
                rule="date in a chronology",
            )
            day = back
        after = day
    return out


_YEAR_HEADING = re.compile(r"^[ \t]*((?:1[6-9]|20)\d\d)[ \t]*$", re.MULTILINE)
_LONG_LINE = re.compile(r"[^\n]{200}")
_DAY_OR_MONTH = re.compile(r"\d{4}-\d\d(?:-\d\d)?")


def _under_year_headings(text: str, timexes: list[Timex]) -> list[Timex]:
    """A timeline's entries under a year written alone on a line ("2014\n\n3 March Undergoes
    heart surgery.\n\n21 April Back in the dugout") are in that year."""
    headings = list(_YEAR_HEADING.finditer(text))
    if not headings:
        return timexes
    out = list(timexes)
    for i, t in enumerate(out):
        if (
            not _DAY_OR_MONTH.fullmatch(t.value)
            or re.search(r"\d{4}", t.text)
            or not _ENTRY_BEFORE.search(text, max(0, t.start - 4), t.start)
        ):
            continue
        heading = next((h for h in reversed(headings) if h.end() <= t.start), None)
        if (
            heading is None
            or heading[1] == t.value[:4]
            or _LONG_LINE.search(text, heading.end(), t.start)
            or t.start - heading.end() > 1500
        ):
            continue
        out[i] = _revalued(
            t,
            heading[1] + t.value[4:],
            anchor=f"the year heading the entries, {heading[1]}",
            rule="date under a year heading",
        )
    return out


def _entry_runs(text: str, timexes: list[Timex], entries: list[int]) -> list[list[int]]:
    """The chronology's entries in runs of three or more on lines close together."""
    runs: list[list[int]] = []
    for i in entries:
        if (
            runs
            and timexes[i].start - timexes[runs[-1][-1]].end <= _ENTRY_GAP
            and ("\n\n\n" not in text[timexes[runs[-1][-1]].end : timexes[i].start])
        ):
            runs[-1].append(i)
        else:
            runs.append([i])
    return [run for run in runs if len(run) >= 3]


def _run_up_to(publication: date, timexes: list[Timex], run: list[int]) -> list[Timex]:
    days = [date.fromisoformat(timexes[i].value) for i in run]
    if days != sorted(days) or max(days) <= publication + timedelta(days=3):
        return timexes
    try:
        back = [d.replace(year=d.year - 1) for d in days]
    except ValueError:
        return timexes
    if not publication - timedelta(days=_RUN_REACH) <= max(back) <= publication:
        return timexes  # a schedule of days ahead, not a story up to now
    out = list(timexes)
    for i, day in zip(run, back, strict=True):
        out[i] = _revalued(
            out[i],
            day.isoformat(),
            anchor=f"a chronology running up to the publication date {publication}",
            rule="date in a chronology",
        )
    return out


_ENTRY_GAP = 400  # characters between one chronology line's date and the next
_RUN_REACH = 90  # days before the paper's that a chronology's last entry may lie


_MONTH_DAY_TEXT = re.compile(r"(?i:[a-z]{3,9}\.?)\s+\d{1,2}(?:st|nd|rd|th)")


def _listed_days(text: str, timexes: list[Timex]) -> list[Timex]:
    """ "Stoppages set for March 21st, 24th and 28th", "Published: Jan. 8, 15, 22, 2014": the
    days listed after a month and day are days of that month, each a date of its own (the year
    after the last, one span with it, is the list's)."""
    out: list[Timex] = []
    skip = -1
    for i, timex in enumerate(timexes):
        if i == skip:
            continue
        out.append(timex)
        if not _DAY_ONLY.fullmatch(timex.value):
            continue
        if _MONTH_DAY_TEXT.search(timex.text):
            pattern = _MORE_DAYS
        elif _MONTH_DAY_DIGITS.fullmatch(timex.text):
            pattern = _MORE_BARE_DAYS
        else:
            continue
        limit = timexes[i + 1].start if i + 1 < len(timexes) else len(text)
        at = timex.end
        first = len(out) - 1
        while (more := pattern.match(text, at)) is not None and more.end() <= limit:
            try:
                day = date.fromisoformat(timex.value).replace(day=int(more[1].rstrip("stndrh")))
            except ValueError:
                break
            out.append(
                replace(
                    timex,
                    start=more.start(1),
                    end=more.end(1),
                    text=more[1],
                    value=day.isoformat(),
                    interval=interval_for(day.isoformat()),
                    anchor=f"the month of '{timex.text}'",
                    rule="a day listed after a month and day",
                )
            )
            at = more.end()
        after = timexes[i + 1] if i + 1 < len(timexes) else None
        if (
            len(out) - 1 > first
            and after is not None
            and _YEAR_AFTER_LIST.fullmatch(text, at, after.start)
            and after.text == after.value
            and len(after.value) == 4
        ):
            # "Jan. 8, 15, 22, 2014": the last day takes the year into its span, and every day
            # of the list is in it
            skip = i + 1
            for k in range(first, len(out)):
                try:
                    value = date.fromisoformat(out[k].value).replace(year=int(after.value))
                except ValueError:
                    continue
                end = after.end if k == len(out) - 1 else out[k].end
                out[k] = replace(
                    _revalued(out[k], value.isoformat()), end=end, text=text[out[k].start : end]
                )
    return out


# a month and day in digits, after which a list goes on in bare days: "Jan. 8", "April 4"
_MONTH_DAY_DIGITS = re.compile(r"(?i:[a-z]{3,9}\.?)\s+\d{1,2}")
_MORE_BARE_DAYS = re.compile(
    r"(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)"
    r"([12]?\d|3[01])(?=[ \t]*(?:[,.;)]|and\b|&|\n|$))(?![.,]\d)"  # (not "and 20,000")
)
_YEAR_AFTER_LIST = re.compile(r",[ \t]*")


def _month_pairs(text: str, timexes: list[Timex], publication: date | None) -> list[Timex]:
    """ "sales in November and December", "November, December and January": months listed
    together lie within a year, in order; the one farther from the publication moves a year
    (each alone may have been read the other way)."""
    out = list(timexes)
    if publication is None:
        return out
    here = publication.year * 12 + publication.month - 1
    for i in _joined(text, out, _MONTH_JOIN):
        first, second = out[i], out[i + 1]
        a, b = _MONTH_ONLY.fullmatch(first.value), _MONTH_ONLY.fullmatch(second.value)
        if not (
            a and b and _BARE_MONTH.fullmatch(first.text) and _BARE_MONTH.fullmatch(second.text)
        ):
            continue
        m1, m2 = int(a[1]) * 12 + int(a[2]) - 1, int(b[1]) * 12 + int(b[2]) - 1
        if 0 < m2 - m1 < 12:
            continue
        # the one the sentence dated stays ("Last winter ..., between December and February")
        pinned_first = "named in the sentence" in first.rule
        pinned_second = "named in the sentence" in second.rule
        farther_first = abs(m1 - here) > abs(m2 - here)
        if pinned_second or (farther_first and not pinned_first):  # the first moves
            m1 = m2 - (m2 - m1) % 12 if (m2 - m1) % 12 else m2 - 12
            out[i] = _revalued(
                first,
                f"{m1 // 12:04d}-{m1 % 12 + 1:02d}",
                rule=f"{first.rule}; listed with '{second.text}'",
            )
        else:
            m2 = m1 + (m2 - m1) % 12 if (m2 - m1) % 12 else m1 + 12
            out[i + 1] = _revalued(
                second,
                f"{m2 // 12:04d}-{m2 % 12 + 1:02d}",
                rule=f"{second.rule}; listed after '{first.text}'",
            )
    return out


_PAIR_JOIN = re.compile(r"[ \t]*(?:,[ \t]*)?(?:and|or|&)[ \t]+", re.IGNORECASE)


_WEEKDAY_POD = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:morning|afternoon|evening|night)",
    re.IGNORECASE,
)


def _weekday_pairs(text: str, timexes: list[Timex], publication: date | None) -> list[Timex]:
    """ "with Thursday and Friday declared public holidays": a weekday paired with the one
    before it is the first such day after it, whatever its own clause's tense said."""
    out = list(timexes)
    for i in _joined(text, out, _PAIR_JOIN):
        first, second = out[i], out[i + 1]
        if not (
            first.rule.startswith("weekday")
            and second.rule.startswith("weekday, ")
            and " cue '" in second.rule
            # (or a part of it: "snow was forecast for Tuesday night and Wednesday")
            and (WEEKDAY_WORD.fullmatch(first.text) or _WEEKDAY_POD.fullmatch(first.text))
            and WEEKDAY_WORD.fullmatch(second.text)
            and _DAY_ONLY.match(first.value)
            and _DAY_ONLY.fullmatch(second.value)
        ):
            continue
        one, two = date.fromisoformat(first.value[:10]), date.fromisoformat(second.value)
        if publication is None or not two < publication < one:
            continue  # only a pair split across the paper's day ("made Friday and Thursday")
        day = one + timedelta(days=(two.weekday() - one.weekday()) % 7 or 7)
        out[i + 1] = _revalued(
            second, day.isoformat(), rule=f"{second.rule}; paired after '{first.text}'"
        )
    return out


_DAY_RANGE_FROM = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)


def _day_ranges_in_order(text: str, timexes: list[Timex], publication: date | None) -> list[Timex]:
    """ "for travel between 2 June and 30 September": a range's days, each read on its own to
    the nearest year, run forward; the one farther from the publication moves a year."""
    out = list(timexes)
    if publication is None:
        return out
    for i in _joined(text, out, _RANGE_TO):
        first, second = out[i], out[i + 1]
        if not (
            "nearest year" in first.rule
            and "nearest year" in second.rule
            and _DAY_ONLY.fullmatch(first.value)
            and _DAY_ONLY.fullmatch(second.value)
            and _DAY_RANGE_FROM.search(text, max(0, first.start - 9), first.start)
        ):
            continue
        one, two = date.fromisoformat(first.value), date.fromisoformat(second.value)
        if two >= one:
            continue
        if abs((two - publication).days) >= abs((one - publication).days):
            moved = _shift_year(two, 1)
            if moved is not None:
                out[i + 1] = _moved(second, moved, f"after '{first.text}'")
        elif (moved := _shift_year(one, -1)) is not None:
            out[i] = _moved(first, moved, f"before '{second.text}'")
    return out


def _shift_year(day: date, step: int) -> date | None:
    try:
        return day.replace(year=day.year + step)
    except ValueError:  # 29 February
        return None


def _moved(timex: Timex, day: date, why: str) -> Timex:
    value = day.isoformat() + timex.value[10:]
    return _revalued(timex, value, rule=f"{timex.rule}; a range's day {why}")


def _ranges_past_midnight(text: str, timexes: list[Timex]) -> list[Timex]:
    """ "between 9pm and 3am": a range's end earlier in the day than its start is the next day."""
    out = list(timexes)
    for i in range(1, len(out)):
        first, second = out[i - 1], out[i]
        start, end = _CLOCK_VALUE.fullmatch(first.value), _CLOCK_VALUE.fullmatch(second.value)
        if not (start and end) or first.value[:10] != second.value[:10]:
            continue
        if end[1] >= start[1] or not _RANGE_TO.fullmatch(text, first.end, second.start):
            continue
        if _own_day(text, second.start, second.end):
            continue  # "until noon Sunday": the day is written
        day = date.fromisoformat(second.value[:10]) + timedelta(days=1)
        value = f"{day.isoformat()}T{end[1]}"
        out[i] = _revalued(
            second,
            value,
            rule=f"{second.rule}; past midnight after '{first.text}'",
        )
    return out


_PM = re.compile(r"\dp\.?m\b|\d\s+p\.?m\b", re.IGNORECASE)


def _afternoon_ranges(text: str, timexes: list[Timex]) -> list[Timex]:
    """ "from 7:46 to 7:49 p.m.": the first hour of a range takes the "p.m." of the second."""
    out = list(timexes)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        a, b = _CLOCK_VALUE.fullmatch(first.value), _CLOCK_VALUE.fullmatch(second.value)
        if a is None or b is None or _MERIDIEM.search(first.text) or not _PM.search(second.text):
            continue
        if not _RANGE_TO.fullmatch(text, first.end, second.start):
            continue
        hour, later = int(a[1][:2]), int(b[1][:2])
        if hour < 12 and hour + 12 <= later and first.value[:10] == second.value[:10]:
            out[i] = _revalued(first, f"{first.value[:11]}{hour + 12:02d}{first.value[13:]}")
    return out


_HEADLINE_LENGTH = 160  # characters


def _headline_hours_take_its_day(text: str, timexes: list[Timex]) -> list[Timex]:
    """A headline's hour is on the day the headline names after it ("Roads shut from 6am as
    28,000 runners take on Sunday's Calderby Marathon"), not on the paper's day."""
    first = len(text) - len(text.lstrip())
    line_end = text.find("\n", first)
    if line_end < 0 or line_end - first > _HEADLINE_LENGTH:
        return timexes  # no headline line: a text of one paragraph
    heads = [i for i, t in enumerate(timexes) if first <= t.start and t.end <= line_end]
    days = [timexes[i] for i in heads if _DAY_VALUE.fullmatch(timexes[i].value)]
    out = list(timexes)
    for i in heads:
        clock = out[i]
        time = _CLOCK_VALUE.fullmatch(clock.value)
        later = [d for d in days if d.start > clock.end]
        if clock.rule != "clock time" or time is None or len(later) != 1:
            continue
        if sentence_break(text, clock.end, later[0].start):
            continue
        if WEEKDAY_WORD.search(clock.text):
            continue  # "sets 12:01 a.m. Wednesday strike deadline ... over Thanksgiving": its own
        value = f"{later[0].value}T{time[1]}"
        if value != clock.value:
            out[i] = _revalued(
                clock,
                value,
                certainty=later[0].certainty,
                anchor=f"the day its headline names, '{later[0].text}'",
                rule="clock time on the headline's day",
            )
    return out


def _clock_times_take_their_day(text: str, timexes: list[Timex]) -> list[Timex]:
    """A bare clock time is dated by the day written after it, not by the one before it."""
    out = list(timexes)
    for i in range(len(out) - 2, -1, -1):
        clock, after = out[i], out[i + 1]
        time = _CLOCK_VALUE.fullmatch(clock.value) or _NO_DAY_CLOCK.fullmatch(clock.value)
        if not (clock.rule.startswith("clock time") and time) or _own_day(
            text, clock.start, clock.end
        ):
            continue  # "from 6 p.m. Saturday until noon Sunday": each has its day
        if not _CLOCK_JOIN.fullmatch(text, clock.end, after.start) or _new_sentence(
            text, clock, after
        ):
            continue
        if (
            i
            and _DAY_ONLY.fullmatch(out[i - 1].value)
            and not text[out[i - 1].end : clock.start].strip(" \t")
        ):
            continue  # a log's "Occurred: 10/31/13 2300 - 11/01/13 0200": the day just before
        day = _DAY_VALUE.match(after.value) if after.certainty is not Certainty.UNRESOLVED else None
        if day is None:
            continue
        hour = int(time[1][:2])
        if hour < 12 and after.value.endswith(("TAF", "TEV")) and not _MERIDIEM.search(clock.text):
            hour += 12  # "about 2:30 Friday afternoon", "4:15 this afternoon"
        day_text = day[0]
        if (
            _OPEN_BRACKET.match(text, clock.end)
            # (a local hour with or without its zone: "left the road at about 11:40 pm (0340
            # GMT Monday)"; but "midnight (2100 GMT on Saturday)" is that Saturday's end)
            and (_ZONE_WORD.search(clock.text) or hour < 24)
            and (utc := _UTC_CLOCK.fullmatch(after.value)) is not None
            and (_GMT.search(after.text) or _US_ZONE.search(after.text))
        ):
            # "7.30am AEDT (2030 GMT Tuesday)": the same moment, in a zone a day behind
            local = hour * 60 + int(time[1][3:5])
            gmt = int(utc[2]) * 60 + int(utc[3])
            # the zone's offset, from Hawaii's 10 hours behind GMT to 14 ahead (New Zealand's
            # 2 p.m. is 0200 GMT the same day, 12 hours ahead, and 13 in its summer); from an
            # American zone, "8 a.m. (midnight EST Tuesday)" in Riyadh, up to 18 hours ahead
            behind = 600 if _GMT.search(after.text) else 360
            ahead = (local - gmt + behind) % 1440 - behind
            moved = date.fromisoformat(utc[1]) + timedelta(days=(gmt + ahead) // 1440)
            day_text = moved.isoformat()
        value = f"{day_text}T{hour:02d}{time[1][2:]}"
        if value == clock.value:
            continue
        out[i] = _revalued(
            clock,
            value,
            certainty=after.certainty,
            anchor=f"the day written after it, '{after.text}'",
            rule="clock time on the day that follows",
        )
    return out


_OPEN_BRACKET = re.compile(r"[ \t]*\(")
_ZONE_WORD = re.compile(r"\b[A-Z]{2,4}T\b|\blocal\s+time\b")
_GMT = re.compile(r"\b(?:GMT|UTC)\b|\dZ\b")
_US_ZONE = re.compile(r"\b(?:[ECMP][SD]T|Eastern|Central|Mountain|Pacific)\b")
_UTC_CLOCK = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)")
_OWN_DAY = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight|tomorrow|"
    r"yesterday|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",
    re.IGNORECASE,
)
_MERIDIEM = re.compile(r"[ap]\.?m\b|noon|midnight|o'clock", re.IGNORECASE)
# "at 4.24pm yesterday": the day right after a clock time, a separate expression
_DEICTIC_AFTER = re.compile(
    r",?[ \t]+(?:today|tonight|tomorrow|yesterday)\b"
    r"(?![ \t]+(?:morning|afternoon|evening|night)\b)",
    re.IGNORECASE,
)


def _own_day(text: str, start: int, end: int) -> bool:
    """Whether a clock time between start and end names its day, in it or right after it."""
    return bool(_OWN_DAY.search(text, start, end) or _DEICTIC_AFTER.match(text, end))


def _new_sentence(text: str, clock: Timex, after: Timex) -> bool:
    """Whether the full stop of "p.m." also ends the sentence: "left at 10 p.m. The next day"
    (but "at 9 a.m. Wednesday", "at 9 a.m. Oct. 5", "at 10 p.m. on Christmas Eve" go on)."""
    first = after.text.split()[0].lower().rstrip(".,")
    return (
        clock.text.endswith(".")
        and not text[clock.end : after.start].strip()
        and not after.rule.startswith("holiday")
        and after.text[:1].isupper()
        and first not in WEEKDAYS
        and first not in MONTHS
    )


def _timex(cand: Candidate, res: Resolution, ctx: Context) -> Timex:
    value, certainty, anchor = res.value, res.certainty, res.anchor or "stated in the text"
    if ctx.publication is None and res.uses_publication:
        value, certainty, anchor = _unresolved(res), Certainty.UNRESOLVED, "no publication date"
    interval = None
    if res.type in (TimexType.DATE, TimexType.TIME) and certainty is not Certainty.UNRESOLVED:
        fiscal = ctx.fiscal_start if value.startswith("FY") else 1
        southern = value[-2:] in _SEASON_CODES and ctx.southern  # asked of seasons only
        interval = interval_for(value, fiscal, southern=southern) or interval_for_ref(
            value, ctx.publication
        )
        if res.days is not None:  # a festival's own days: "Passover" is 4-11 April 2015
            first, last = res.days
            grain = Granularity.DAY if first == last else Granularity.WEEK  # Diwali: one day
            interval = Interval.days(first, last, grain)
        if interval is not None and res.mod:
            interval = timeml.part(interval, res.mod)
        if interval is not None and res.from_publication and ctx.publication is not None:
            interval = remainder(interval, ctx.publication)
    return Timex(
        cand.start,
        cand.end,
        ctx.text[cand.start : cand.end],
        res.type,
        value,
        interval,
        certainty,
        anchor,
        res.rule,
        res.mod,
    )


def _unresolved(res: Resolution) -> str:
    if res.keep_after_year:
        return "XXXX" + res.value[4:]
    day, t, time = res.value.partition("T")
    return _DIGITS.sub("X", day) + t + time  # "XXXX-XX-XXT11:00": the clock time is known
