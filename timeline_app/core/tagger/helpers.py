"""Small calendar decisions shared by the resolvers: which year, which weekday, which unit."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import date, timedelta

from timeline_app.core.tagger import timeml
from timeline_app.core.tagger.context import MONTH_VALUE, Context
from timeline_app.core.tagger.cues import (
    RESCHEDULED,
    Cue,
    Direction,
    sentence_bounds,
    sentence_break,
)
from timeline_app.core.tagger.lexicon import SMALL_NUMBERS, TENS, UNITS, WEEKDAYS

# How much a contradicting tense cue pushes a date away. Explicit cues ("will", "is due to",
# "bought", "since") count fully; weak ones count for less: any "-ed" word (often an adjective),
# reported speech ("said", "told"), the auxiliaries, "would"/"may" (the future of a past saying,
# or a mere possibility), "had been set to", and words that belong to another time expression
# in the clause ("last Thursday", "a year ago").
_STRONG_DAYS, _WEAK_DAYS = 400, 120
_STORY_DAYS_AROUND = 31
_STORY_DAYS_BACK = 6  # days named since, at most
_ATTRIBUTIVE_DAYS = 200  # "the Jan. 14 deadline": the verb dates the noun, not the date, directly
_WEAK_CUE = re.compile(
    r"(?:[a-z]+ed|said|told|thought|knew|meant|felt|was|were|had|did|would|might|may|last|ago|"
    r"earlier|had\s+(?:been\s+)?\w+\s+to|"  # "had been due to", "had planned to": a plan
    # "which was supposed to be finished by Aug. 1, will not be": a plan that may have lapsed
    r"(?:was|were)\s+(?:supposed|due|scheduled|set|expected|meant|slated)\s+to|"
    r"deadlines?\s+(?:of|at|for|on))",  # "four days before the deadline of 26 May": a noun
    re.IGNORECASE,
)
_FRACTIONS = {"half": 0.5, "a quarter": 0.25, "three quarters": 0.75}
_HUNDREDS = re.compile(r"(?:(?P<many>[a-z]+)\s+)?hundred\s+(?:and\s+)?(?P<rest>[a-z -]+)")
_PLAIN_HUNDREDS = re.compile(r"([a-z]+)\s+hundred")
_COMPOUND = re.compile(r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s](\w+)")


def number(words: str) -> float | None:
    """The value of a count ("two", "24", "twenty-four", "2 1/2"); None when vague ("several")."""
    words = " ".join(words.lower().replace("-and-a-half", " and a half").split())
    for fraction, value in _FRACTIONS.items():
        if words.startswith(fraction):  # "half a", "a quarter of an"
            return value
    half = 0.0
    for suffix in (" and a half", " 1/2"):
        if words.endswith(suffix):
            words, half = words[: -len(suffix)], 0.5
    if (plain := _PLAIN_HUNDREDS.fullmatch(words)) and plain[1] in SMALL_NUMBERS:
        return SMALL_NUMBERS[plain[1]] * 100 + half  # "two hundred"
    hundreds = _HUNDREDS.fullmatch(words)
    if hundreds:  # "one hundred and fifty"
        rest = number(hundreds["rest"])
        many = SMALL_NUMBERS.get(hundreds["many"] or "one", 1)
        return many * 100 + rest + half if rest is not None else None
    words = re.split(r"\s+(?:or|to|and)\s+", words)[0]
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", words):  # "20,000"
        words = words.replace(",", "")
    compound = _COMPOUND.fullmatch(words)
    if compound and compound[2] in SMALL_NUMBERS:
        return TENS[compound[1]] + SMALL_NUMBERS[compound[2]] + half
    if words in SMALL_NUMBERS:
        return SMALL_NUMBERS[words] + half
    try:
        return float(words) + half
    except ValueError:
        return None


def unit_code(unit: str) -> str:
    """ "years" -> "year"; the singular unit name used by ``lexicon.UNITS``."""
    unit = unit.lower().rstrip("s")
    unit = {"min": "minute", "hr": "hour", "sec": "second"}.get(unit, unit)
    if unit.startswith("centur"):
        return "century"
    if unit in {"summer", "winter", "spring", "autumn"}:
        return "year"  # "three summers": one each year
    if unit.startswith("millenni"):
        return "millennium"
    return unit if unit in UNITS else "day"


def span_end_year(first: int, last: str) -> int:
    """The second year of "2023-24", "2016/17", "1999-00": in the first year's century, or the
    next one's when it would not come after the first; a four-digit one as written."""
    if len(last) == 4:
        return int(last)
    year = first // 100 * 100 + int(last)
    return year + 100 if year <= first else year


def duration_value(amount: float | None, unit: str) -> str:
    """A TimeML duration: P3Y, PT24H, P2Y6M, PXY."""
    unit = unit_code(unit)
    time = "T" if unit in {"second", "minute", "hour"} else ""
    if unit == "decade":
        unit, amount = "year", None if amount is None else amount * 10
    elif unit in {"century", "millennium"}:
        factor = 100 if unit == "century" else 1000
        unit, amount = "year", None if amount is None else amount * factor
    code = UNITS[unit]
    if amount is None:
        return f"P{time}X{code}"
    whole = int(amount)
    if whole == 0 and amount and unit in _SMALLER:  # "half an hour" is PT30M, not PT0H30M
        smaller, factor = _SMALLER[unit]
        if float(amount * factor).is_integer():
            return duration_value(amount * factor, smaller)
    text = f"P{time}{whole}{code}"
    rest = amount - whole
    if rest and unit in _SMALLER and float(rest * _SMALLER[unit][1]).is_integer():
        # "an hour and a quarter": PT1H15M
        smaller, factor = _SMALLER[unit]
        small_time = "T" if smaller in {"second", "minute", "hour"} and not time else ""
        text += f"{small_time}{int(rest * factor)}{UNITS[smaller]}"
    elif rest:
        text += _half(unit)
    return text


# a unit's next smaller one and how many of them it holds, for fractions of a unit
_SMALLER = {
    "year": ("month", 12),
    "month": ("day", 30),
    "week": ("day", 7),
    "day": ("hour", 24),
    "hour": ("minute", 60),
    "minute": ("second", 60),
}


def _half(unit: str) -> str:
    return {
        "year": "6M",
        "month": "15D",
        "week": "3DT12H",
        "day": "T12H",
        "hour": "30M",
        "minute": "30S",
        "quarter": "1M15D",
    }.get(unit, "")


BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)
# "on view from Thursday", "a priority window from 10am on Wednesday"
_FROM_BEFORE = re.compile(
    r"\bfrom\s+(?:\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?|noon|midday)\s+(?:on\s+)?)?$",
    re.IGNORECASE,
)
_PARTICIPLE_BY = re.compile(
    r"\b(?:received|submitted|postmarked|filed|returned|made|paid|booked|bought|purchased|"
    r"registered|ordered|delivered|completed)\s+"
    r"(?:no\s+later\s+than\s+)?by\s+$",
    re.IGNORECASE,
)


# "Game 5 is Wednesday", "Game 6 is back here on Friday", "the vote is in March": a schedule
_SCHEDULE_BEFORE = re.compile(
    r"(?:\b(?:is|are)|'re|'s)\s+(?:back\s+)?(?:(?:here|there|home|away|available)\s+)?"
    r"(?:(?:on|in)\s+)?$"
)


# "A total fire ban has been declared for", "a yellow warning issued for", "Fire ban for": what
# is declared for a day is for a day to come
_POSSESSIVE = re.compile(r"['\u2019]s\b")
_ISSUED_FOR_BEFORE = re.compile(
    r"(?:\b(?:declared|issued|posted|forecast|in\s+force)\b[^.;:!?\n]{0,60}?|"
    r"\b(?:ban|warning|watch|alert|advisory|curfew)\s+|"
    # "had sold 9.6 million lines for Saturday": tickets for a draw or a show to come
    r"\b(?:tickets|lines|entries|seats|tables|places)\s+|"
    # "Reunion dinner tables sold out for Saturday"
    r"\bsold\s+out\s+|"
    r"\b(?:re)?booked\s+(?:[a-z]+\s+){1,3})\bfor\s+$",  # "had rebooked flights home for"
    re.IGNORECASE,
)


# "The range is booked for a military launch on": a present booking is for days to come
_BOOKED_BEFORE = re.compile(
    r"\b(?:is|are)\s+(?:booked|reserved|set\s+aside|earmarked)\s+for\s+[^.,;:!?]{0,40}?"
    r"(?:on\s+)?$",
    re.IGNORECASE,
)


# a clause that opens with one of these tells the reader what to do: its days lie ahead ("Salt
# it Monday", "Monday morning: Rub the roast with salt", "Order by Friday")
_INSTRUCTION = (
    r"(?-i:(?:Please\s+)?(?:Salt|Rub|Make|Take|Roast|Cover|Heat|Bake|Order|Book|Bring|Mix|Leave|"
    r"Check|Remember|Visit|Join|Buy|Plant|Sow|Prune|Water|Feed|Apply|Register|Submit|Send|"
    r"Call|Phone|Collect|Pick|Lift|Dig|Mulch|Marinate|Prepare|Soak|Chill|Freeze|Thaw|Stir|"
    r"Serve|Don't|Try|Avoid|Add|Remove|Clean|Wash|Tune\s+in|Expect|Allow|Vote|Give|Pack|Plan))\b"
)
_INSTRUCTION_BEFORE = re.compile(
    rf"(?:^|[.!?][\"'\u201d]?\s+|\n|:\s+)[\"\u201c]?{_INSTRUCTION}[^.!?\n:]*$"
)
_INSTRUCTION_AFTER = re.compile(rf"[ \t]*:[ \t]*{_INSTRUCTION}")


_LISTING_SLOT = re.compile(
    r"[ \t]+\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\.?[ \t]*(?:,|$)"
    # a fixture list's "Saturday: Tallowood v Yarraby, Tallowood Oval, 1.45pm"
    r"|[ \t]*:[ \t]*[A-Z][^\n]*?\s(?-i:v|vs\.?)\s+[A-Z]",
    re.I | re.M,
)
_BOX_CLOCK = r"(?:\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\.?|noon|midday|midnight)"
_BOX_ENTRY_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:[-\u2022*][ \t]*)?"
    r"(?!(?:Died|Born|Last\s+seen|Arrested|Posted|Updated|Published|Filed|Opened|Closed|Founded|"
    r"Released|Previously|Last|Was)\b)(?-i:[A-Z])[\w'\u2019 -]{1,40}:[ \t]+"
    rf"(?:(?:from\s+)?{_BOX_CLOCK}(?:\s*(?:to|until|-|\u2013)\s*(?:{_BOX_CLOCK}[ \t,]+)?|"
    r"[ \t,]+))?(?:on\s+)?$",
    re.IGNORECASE,
)
_SETS_FOR_BEFORE = re.compile(r"\bsets\s+(?:[\w'-]+\s+){0,5}?for\s+$")
_REPEAT_BEFORE = re.compile(
    r"(?:^|[.!?]\s+|\n)(?-i:Repeated|Repeats|Returns|Concludes|Resumes)\s+(?:on\s+)?$", re.I
)


def toward(ctx: Context, start: int, end: int) -> tuple[Direction, str]:
    """The direction of an underspecified date from its tense cue; news defaults to the past."""
    cue = ctx.direction(start, end)
    booked = _BOOKED_BEFORE.search(ctx.text, max(0, start - 70), start) is not None
    if booked and cue is not None and cue.after and cue.words.lower() in {"said", "says"}:
        cue = None  # "The range is booked for a launch on Thursday, the director said"
    if (
        cue is not None
        and cue.after
        and cue.words.lower() in SCHEDULE_VERBS
        and in_headline(ctx.text, start)
    ):
        # a headline's present is its news: "Chicks fledge on Tuesday as pair return" (but
        # "pre-orders open Friday" looks ahead)
        cue = None
    if (cue is None or cue.after) and (
        _INSTRUCTION_AFTER.match(ctx.text, end)
        or _INSTRUCTION_BEFORE.search(ctx.text, max(0, start - 80), start)
    ):
        return Direction.FUTURE, "an instruction"
    if (
        WEEKDAY_WORD.match(ctx.text, start)
        and _ISSUED_FOR_BEFORE.search(ctx.text, max(0, start - 80), start)
        and not _POSSESSIVE.match(ctx.text, end)
    ) and (cue is None or cue.direction is Direction.FUTURE or not cue.after):
        return Direction.FUTURE, "a day something is declared for"  # "a fire ban for Friday"
    if (cue is None or cue.after) and _SETS_FOR_BEFORE.search(ctx.text, max(0, start - 60), start):
        return Direction.FUTURE, "a day something is set for"  # "sets keynote for 9 a.m. Tuesday"
    if _LISTING_SLOT.match(ctx.text, end) and LINE_START.search(ctx.text, max(0, start - 8), start):
        return Direction.FUTURE, "a listing's slot"  # "Sunday 2pm, RTE Radio 1"
    if _REPEAT_BEFORE.search(ctx.text, max(0, start - 16), start):
        return Direction.FUTURE, "a listing's repeat"  # "Repeated Friday at 2.15pm"
    if (
        cue is not None
        and cue.direction is Direction.PAST
        and not cue.after
        and WEEKDAY_WORD.match(ctx.text, start)
        and BY_BEFORE.search(ctx.text, max(0, start - 4), start)
        and _DIRECTIVE_IN_SENTENCE.search(ctx.text, sentence_bounds(ctx.text, start, end)[0], start)
    ):
        # "the mayor ordered a review of all shutoffs by Friday", "warned that strikers who had
        # not returned by Monday could be dismissed": a deadline set lies ahead
        return Direction.FUTURE, "a deadline ('by') someone set"
    if (
        cue is not None
        and cue.direction is Direction.PAST
        and not cue.after
        and _PROMISED.fullmatch(cue.words)
        and WEEKDAY_WORD.match(ctx.text, start)
        and _cue_to_do(ctx.text, start, cue) >= 0
    ):
        # "promised to visit Chuquillanca on Monday": what was promised lies ahead
        return Direction.FUTURE, f"what was {cue.words.lower()} to be done"
    if (
        cue is not None
        and cue.direction is Direction.PAST
        and not cue.after
        and _DIRECTED.fullmatch(cue.words)
        and _told_to_do(ctx.text, start, cue)
    ):
        # "residents told to book before Friday": what they were told to do lies ahead
        return Direction.FUTURE, f"what one was {cue.words.lower()} to do"
    if cue is None:
        if BY_BEFORE.search(ctx.text, max(0, start - 4), start):
            return Direction.FUTURE, "a deadline ('by'), no tense cue"
        if booked or _SCHEDULE_BEFORE.search(ctx.text, max(0, start - 30), start):
            return Direction.FUTURE, "a schedule ('is'), no tense cue"
        if _FROM_BEFORE.search(ctx.text, max(0, start - 24), start):
            return Direction.FUTURE, "a start ('from'), no tense cue"  # "on view from Thursday"
        if _BOX_ENTRY_BEFORE.search(ctx.text, max(0, start - 60), start):
            # a box's "Membership meeting: 7 p.m. Tuesday", "Thanksgiving dinner: noon to 4
            # p.m. Thursday": an entry with no verb names what is to come
            return Direction.FUTURE, "a box entry, no tense cue"
        if ctx.publication is not None and (day := _day_of_this_week(ctx, start)) is not None:
            # "Also new on Vireo this week: a comedy (Wednesday)": that day of the paper's week
            ahead = day >= ctx.publication.weekday()
            return (Direction.FUTURE if ahead else Direction.PAST), "no tense cue, this week's"
        if ctx.text_looks_ahead:
            return Direction.FUTURE, "no tense cue, the text looks ahead"
        if (
            ctx.dated_by and not ctx.filed
        ):  # "I'm out Thursday afternoon" in an e-mail: the days to come
            return Direction.FUTURE, "no tense cue, a message looks ahead"
        return Direction.PAST, "no tense cue, past by default"
    kind, words = cue.direction, cue.words
    return kind, f"{kind.value} cue '{words}'"


_THIS_WEEK = re.compile(r"\bthis\s+week\b(?!['\u2019]s)", re.IGNORECASE)


def _day_of_this_week(ctx: Context, start: int) -> int | None:
    """The weekday (0 = Monday) written at ``start``, where its sentence said "this week" before
    it; else None."""
    word = WEEKDAY_WORD.match(ctx.text, start)
    if word is None:
        return None
    said = [m.end() for m in _THIS_WEEK.finditer(ctx.text, max(0, start - 200), start)]
    if not said or sentence_break(ctx.text, said[-1], start):
        return None
    return WEEKDAYS[word[0].lower()]


def weekday_date(base: date, weekday: int, way: Direction, *, strict: bool = False) -> date:
    """The ``weekday`` nearest ``base`` in direction ``way``; ``base`` itself unless ``strict``."""
    if way is Direction.FUTURE:
        delta = (weekday - base.weekday()) % 7
        return base + timedelta(days=delta or (7 if strict else 0))
    delta = (base.weekday() - weekday) % 7
    return base - timedelta(days=delta or (7 if strict else 0))


# ("Nineteen days later, on Aug. 12": the day just counted to, said as a date)
_SAID_AGAIN = re.compile(r"\s*(?:,(?:\s*on\s)?|\s(?:falls|fell|is|was|will\s+be)\s+(?:on\s+)?)\s*")


_THIS_YEAR_AFTER = re.compile(
    r"(?:\s+(?:and|to|until|through|-|\u2013)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?|"
    r"[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?))?,?\s+(this|next|last)\s+year\b"
)


def year_for(ctx: Context, start: int, end: int, month: int, day: int | None) -> tuple[int, str]:
    """The year of a month (and day) given without one: see ``nearest_year``."""

    def on(year: int) -> date | None:
        try:
            return date(year, month, day or 15)
        except ValueError:
            return None

    if (listed := _chronology_year(ctx, start, end, month, day)) is not None:
        return listed, "the year of the chronology's line above"
    said = _THIS_YEAR_AFTER.match(ctx.text, end)
    if said is not None:
        # "between 2 January and 14 February this year", "from June 19 to June 28 next year":
        # the year the range ends with, whatever the tense
        year = ctx.base.year + {"this": 0, "next": 1, "last": -1}[said[1].lower()]
        if on(year) is not None:
            return year, f"'{said[1].lower()} year' after it"
    if (
        day is not None
        and (named_month := MONTH_VALUE.fullmatch(ctx.last_value)) is not None
        and int(named_month[2]) == month
        and ctx.in_sentence_of_last_value(start)
        and on(int(named_month[1])) is not None
    ):
        # "lasted until October 1995, when a ceasefire took effect on 5 October": a day of the
        # month the sentence just named
        return int(named_month[1]), f"the month named in the sentence, {ctx.last_value}"
    if (
        day is not None
        and ctx.last_value[5:10] == f"{month:02d}-{day:02d}"
        and ctx.last_value[:4].isdigit()
        and len(ctx.last_value) == 10
        and ctx.in_sentence_of_last_value(start)
        and _SAID_AGAIN.fullmatch(ctx.text, max(0, ctx.last_value_end), start)
    ):
        # "Next year's Chinese New Year falls on Feb. 8": the day just named, said as a date
        return int(ctx.last_value[:4]), f"the day just named, {ctx.last_value}"
    cue = ctx.direction(start, end)
    named = ctx.year_of_sentence(start, end)
    when = on(named) if named is not None else None
    if named is not None and when is not None:
        # not "the first of four elections this year for seats come open since November",
        # said in April: a past tense does not take a day still ahead
        against = cue is not None and (
            (
                cue.direction is Direction.PAST
                and when > ctx.base
                and (
                    named == ctx.base.year
                    # "the 2014/15 marketing year, which began on July 1": not 2015's
                    or (ctx.last_value_text.isdigit() and len(ctx.last_value_text) == 2)
                )
            )
            # nor "passed the 2014 budget on Dec 19", said in December 2013: a year naming a thing
            or (
                cue.direction is Direction.PAST
                and when > ctx.base
                and named > ctx.base.year
                and is_attributive(
                    ctx.text, ctx.last_value_end - len(ctx.last_value_text), ctx.last_value_end
                )
            )
            # nor "will publish its 2010 figures in late January", said in October 2010
            or (cue.direction is Direction.FUTURE and when < ctx.base and named == ctx.base.year)
        )
        # nor, in any tense, a far year naming a thing: "the 2022 Winter Games ... on April 14"
        far_name = abs(named - ctx.base.year) > 1 and is_attributive(
            ctx.text, ctx.last_value_end - len(ctx.last_value_text), ctx.last_value_end
        )
        against = against or far_name
        if not against:
            return named, f"year named in the sentence, {named}"
    season = _SEASON_VALUE.fullmatch(ctx.last_value)
    if (
        season
        and ctx.in_sentence_of_last_value(start)
        and not _NEW_CLAUSE.search(ctx.text, ctx.last_value_end, start)
    ):
        # "Last winter was the mildest in years, with barely a frost between December and
        # February": the months of that winter
        span = timeml.interval_for(ctx.last_value, southern=ctx.southern)
        for year in (int(season[1]) - 1, int(season[1])):
            when = on(year)
            if (
                span is not None
                and when is not None
                and span.start.date() <= when < span.end.date()
            ):
                return year, f"in {ctx.last_value}, named in the sentence"
    if day is not None:  # "Polling day is Saturday 24 October ... elected on 24 October"
        same = next(
            (
                d
                for d, text in reversed(ctx.days)
                if (d.month, d.day) == (month, day)
                and _FIRMLY_DATED.search(text)
                and not _birth_date(ctx.text, text)
            ),
            None,
        )
        if same is not None:
            return same.year, f"the same day named earlier, {same.isoformat()}"
        # "on the night of Feb. 9, 2012 ... whose son was shot on Feb. 10": the days gone by
        # around a day named with its year lie in that year
        for d, text in reversed(ctx.days if cue and cue.direction is Direction.PAST else ()):
            if not WRITTEN_YEAR.search(text) or d.year == ctx.base.year or d > ctx.base:
                continue
            if _birth_date(ctx.text, text):
                continue  # "born after 1 January 1994 ... lost at home on 2 January"
            near = on(d.year)
            if near is not None and abs((near - d).days) <= 3:
                return d.year, f"beside {d.isoformat()} ('{text}')"
    related = ctx.months_ahead.get(month)
    if (
        day is not None
        and related is not None
        and cue is not None
        and 0 <= start - related[1] <= _RELATED_MONTH_REACH
        and cue.direction is Direction.FUTURE
        and related[0] > ctx.base.year
    ):
        # "will stop generating next March ... The final unit is due to shut down at 11pm on
        # 30 March": a day of the March the story named
        return related[0], f"a day of the month named before, {related[0]}-{month:02d}"
    story = ctx.last_day
    if (
        day is None
        and story is not None
        and cue is not None
        and cue.words.lower().split()[0] == "had"
        and (ctx.base - story).days > 365
        and 0 <= start - ctx.last_value_end < _STORY_REACH
    ):
        # "One hundred years ago today, on Tuesday 1 September 1914, ... Recruiting posters had
        # gone up in late August": a past perfect looks back from the story's day
        year = story.year if month <= story.month else story.year - 1
        return year, f"before the story's day, {story.isoformat()}"
    found, why = nearest_year(
        ctx, start, end, on, slack=0 if day else 15, from_the_sentence=day is None
    )
    return (found.year if found else ctx.base.year), why


_AND_NEXT = re.compile(r",?\s+and\s+(?:must|will|would|should|can|could|may|has|have|had)\b")
_COUNTED_DAY = re.compile(
    r"\b(?:earlier|later|before|after|ago|previous|following|next|that|this)\b", re.IGNORECASE
)
_AHEAD_STORY_DAYS = 60  # how far ahead of the paper the story's day is for undated days to follow
_AHEAD_STORY_REACH = 400  # characters after that day
_RELATED_MONTH_REACH = 3000  # characters after "next March" that a day of March is in it
_STORY_REACH = 800  # characters after the story's last day that a past perfect still looks from


# a chronology's line: "June 17: Ostmark unveils a plan", under "March 2013: ..."
# the start of a line (of a list item): a heading or a chronology's entry begins there
LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:[-\u2022*][ \t]*)?$")
# a relative clause set off by a comma: "Ferretti, who was shot dead ...", "Webb, who first won"
RELATIVE_CLAUSE = re.compile(r",\s+(?:who|which)\b")
WEEKDAY_WORD = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.IGNORECASE)
_ENTRY_AFTER = re.compile(r"[ \t]*(?::|\u2014|--|-\s)")
_BOX_ENTRY_AFTER = re.compile(r"[ \t]+(?-i:[A-Z])(?![^\n]*[.!?][\"'\u201d]?[ \t]*\n)")
_DATED_VALUE = re.compile(r"(\d{4})-(\d\d)(?:-(\d\d))?$")


def _chronology_year(ctx: Context, start: int, end: int, month: int, day: int | None) -> int | None:
    """The year of a chronology's undated line ("June 17:"), from the dated line above it
    ("March 2013:"), moved on a year where the list has crossed into the next one."""
    if not (
        LINE_START.search(ctx.text, max(0, start - 8), start)
        and (above := _DATED_VALUE.match(ctx.last_value))
    ):
        return None
    above_start = ctx.last_value_end - len(ctx.last_value_text)
    if above_start < 0 or not LINE_START.search(ctx.text, max(0, above_start - 8), above_start):
        return None
    # the entries' dates set off by a colon or dash, or (a box's "1 January 2000 Teleron cuts
    # prices\n1 March Competition Act takes effect") by a space before a capital, on both lines
    if not any(
        after.match(ctx.text, end) and after.match(ctx.text, ctx.last_value_end)
        for after in (_ENTRY_AFTER, _BOX_ENTRY_AFTER)
    ):
        return None
    year = int(above[1])
    if (month, day or 1) < (int(above[2]), int(above[3] or 1)):
        year += 1
    return year


_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while)\b|;")
_SEASON_VALUE = re.compile(r"(\d{4})-(?:SP|SU|FA|WI)")
WRITTEN_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b")  # "in 1849", "the 2014 season"
# a day named with its weekday or its year: its year is known, not guessed
_FIRMLY_DATED = re.compile(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:1[6-9]|20)\d\d\b", re.IGNORECASE
)


# a pronoun subject between a date opening its clause and the verb: "In January they told"
_SUBJECT_THEN = re.compile(r"\s+(?:they|we|he|she|I|you|officials|police)\s+", re.IGNORECASE)
_STORY_YEAR_REACH = 1500  # characters after a story's opening year that its days are in it


def _story_year(ctx: Context, start: int, cue: Cue | None) -> int | None:
    """ "In the summer of 1979 ... from Friday 20 July, when school broke up": a month or day
    told in the past tense, while the story stays in a year it opened with (two or more years
    before the paper's), is in that year."""
    year, end = ctx.story_year
    if (
        end < 0
        or year > ctx.base.year - 2
        or cue is None
        or cue.direction is not Direction.PAST
        or ctx.last_value[:4] != f"{year:04d}"
        or not 0 <= start - end <= _STORY_YEAR_REACH
    ):
        return None
    between = ctx.text[end:start]
    if between.count('"') % 2 or between.count("\u201c") > between.count("\u201d"):
        return None  # '"The ground is as dry as it was in August," said a farmer': a quote's
    return year


# the date printed on a pack: no verb's tense tells which way it lies
_FIGURES_FOR_BEFORE = re.compile(
    r"\b(?:[Ff]igures|[Rr]atings|[Tt]akings|[Vv]iewing\s+figures|(?:price|output)\s+index|"
    r"[Ss]tatistics)\s+for\s+(?:the\s+)?$"
    # "when the Labor Department reports on hiring in June": the month a statistic counts
    r"|\breports?\s+on\s+(?:hiring|jobs|payrolls|employment|unemployment|inflation|prices|"
    r"spending|sales|output|production|exports|imports|orders|activity|growth)\s+in\s+$"
)
_LABEL_DATE_BEFORE = re.compile(
    r"\b(?:use[- ]by|best[- ]before(?:[- ]end)?|sell[- ]by|display[- ]until|expiry|"
    r"expiration)(?:\s+dates?)?(?:\s+(?:of|from|between|marked))?\s+"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s*(?:to|and|-|\u2013)\s*)?$",
    re.IGNORECASE,
)


_PUT_OFF_BEFORE = re.compile(
    r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:put\s+(?:back|off)|delayed|"
    r"postponed|deferred|pushed\s+back|held\s+over)\s+until\s+(?:after\s+)?$",
    re.IGNORECASE,
)
_MODAL_AFTER = re.compile(r"[ \t]+(?:will|would)\b", re.IGNORECASE)
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:best|worst|strongest|weakest|busiest|quietest|biggest|wettest|driest|hottest|"
    r"coldest|warmest)\s+$",
    re.IGNORECASE,
)


def in_headline(text: str, start: int) -> bool:
    """Whether ``start`` is in a headline: the text's first line, or a line under it near the
    top (a standfirst), that ends without a full stop."""
    if start > 400:
        return False
    line_end = text.find("\n", start)
    if line_end < 0:
        return False
    return not text[:line_end].rstrip().endswith((".", "!", "?", '"', "\u201d"))


_FALLS_AFTER = re.compile(r"\s+falls\s+on\b", re.IGNORECASE)
_MOVED_FROM_BEFORE = re.compile(rf"\b{RESCHEDULED}\s+from\s+$", re.IGNORECASE)
_UP_TO_NOW = re.compile(r"\b(?:since|now|has|have|'ve)\b", re.IGNORECASE)


def _story_day_with_year(ctx: Context, last_day: date) -> date | None:
    """The last day named with its year ("21 August 1990"), if the days named since lie close
    around ``last_day``, the latest."""
    for day, text in reversed(ctx.days[-_STORY_DAYS_BACK:]):
        if abs((day - last_day).days) > _STORY_DAYS_AROUND:
            return None
        if WRITTEN_YEAR.search(text):
            return day
    return None


def nearest_year(
    ctx: Context,
    start: int,
    end: int,
    on: Callable[[int], date | None],
    *,
    slack: int = 0,
    from_the_sentence: bool = False,
) -> tuple[date | None, str]:
    """The date ``on(year)`` nearest the publication date, among its year and the two around it.

    A date on the wrong side of the clause's tense cue counts as further away: a lot for a strong
    cue, less for a weak one ("-ed" words that may be adjectives) or for a date naming a thing
    ("the Jan. 14 deadline"). ``slack`` days are taken off every distance (a month's middle
    stands for the whole month). With ``from_the_sentence`` (a month or a holiday, whose year a
    full date in its sentence sets), a past clause counts from such a date.
    """
    base = ctx.base
    cue = ctx.direction(start, end)
    story = _story_year(ctx, start, cue)
    if story is not None and (when := on(story)) is not None:
        return when, f"the story's year, {story}"
    if (owner := _YEARS_THING_BEFORE.search(ctx.text, max(0, start - 40), start)) and (
        when := on(base.year + (1 if owner[1].lower() == "next" else -1))
    ) is not None:
        # "a week later than last year's opener on Oct. 5": the day of last year's
        return when, f"{owner[1].lower()} year's, the thing's day"
    if (
        cue is not None
        and cue.direction is Direction.PAST
        and _LAST_YEAR_OPENING.search(ctx.text, max(0, start - 150), start)
        and (when := on(base.year - 1)) is not None
    ):
        # "Last year Passover began March 25 and Easter was March 31": that year's
        return when, "the year before, the sentence's 'last year'"
    if (
        cue is not None
        and cue.direction is Direction.FUTURE
        and ctx.last_day is not None
        and (base - ctx.last_day).days > 31
        and _AT_THE_TIME_BEFORE.search(ctx.text, max(0, start - 120), start)
    ):
        # "an engagement party on New Year's Eve. At the time they planned to marry in
        # January": a plan ahead of the day the story is on, not of the paper's
        base = ctx.last_day
    if (
        from_the_sentence
        and cue is not None
        and cue.direction is Direction.PAST
        and not cue.after
        and ctx.last_day is not None
        and ctx.last_value == ctx.last_day.isoformat()
        and (base - ctx.last_day).days > 60
        and ctx.in_sentence_of_last_value(start)
        and WRITTEN_YEAR.search(ctx.last_value_text)
        # (not "took effect on Aug 23, 2009, and the two sides have since held 14 rounds of
        # talks, the last in March": the present perfect comes up to now)
        and not _UP_TO_NOW.search(ctx.text, ctx.last_value_end, start)
    ):
        # "came to light on the evening of 4 January 2013, when ... found withdrawals made in
        # December, three of them on Christmas Day": the December before that day, not the
        # paper's
        base = ctx.last_day
    if (
        cue is not None
        and cue.direction is Direction.PAST
        and ctx.last_day is not None
        and 60 < (base - ctx.last_day).days <= 366
        and 0 <= start - ctx.last_value_end <= _STORY_YEAR_REACH
        and (story_day := _story_day_with_year(ctx, ctx.last_day)) is not None
        and (when := on(story_day.year)) is not None
        and abs((when - story_day).days) <= _STORY_DAYS_AROUND
        and when < base
    ):
        # "ditched on 21 August 1990 ... had warned of particles on 14 August and again on 16
        # August": the days around the day the story is on, told in the past, are in its year
        return when, f"the year of the story's day {story_day}"
    if (
        cue is not None
        and cue.after
        and cue.words.lower() in {"said", "says", "told"}
        # (but "In January they told us September 5": the date's own verb)
        and not _SUBJECT_THEN.fullmatch(ctx.text, end, max(end, ctx.text.find(cue.words, end)))
    ):
        cue = None  # '"... a government by Christmas or by Easter," said Lind': not the clause's
    if _FALLS_AFTER.match(ctx.text, end):
        # "The Fourth of July falls on Friday this year, and he had hoped to": the calendar's
        cue = None
    if _MOVED_FROM_BEFORE.search(ctx.text, max(0, start - 30), start):
        cue = None  # "Fireworks moved from Independence Day to July 12": the nearest one
    if _LABEL_DATE_BEFORE.search(ctx.text, max(0, start - 30), start):
        cue = None  # "tubs with use-by dates from 3 to 9 February, sold ...": a label's date
    if cue is not None and _LISTING_CLOSED_BEFORE.search(ctx.text, max(0, start - 30), start):
        cue = None  # a listing's "Open daily 10am-5pm; closed 24-26 December": no tense
    if _DUE_BEFORE.search(ctx.text, max(0, start - 12), start) and not _MISSED_BEFORE.search(
        ctx.text, max(0, start - 80), start
    ):
        # "putting its answer due June 18" (but "skipped a $9.8 million interest payment due
        # Sept. 15": a payment missed was due on a day gone by)
        cue = Cue(Direction.FUTURE, "due", True, True)
    if _SINCE_BEFORE.search(ctx.text, max(0, start - 12), start):
        # "had advised against all but essential travel ... since 14 May": since's own date
        cue = Cue(Direction.PAST, "since", True, True)
    if _FIGURES_FOR_BEFORE.search(ctx.text, max(0, start - 30), start):
        # "Figures for Boxing Day are due this afternoon": a day counted is a day gone by
        cue = Cue(Direction.PAST, "figures for", True, True)
    if _DATELINE_BEFORE.search(ctx.text, max(0, start - 40), start) and _DATELINE_AFTER.match(
        ctx.text, end
    ):
        cue = None  # "VARANPUR, OCTOBER 26: With Diwali falling next Sunday": the day it was filed
    first_break = ctx.text.find("\n")
    headline = first_break > start and not ctx.text[:first_break].rstrip().endswith((".", "!", "?"))
    if headline and (to := _TO_VERB_BEFORE.search(ctx.text, max(0, start - 24), start)):
        cue = Cue(Direction.FUTURE, to.group(0).strip(), True, True)  # "classes to begin Aug. 25"
    elif headline and cue is not None and cue.words.lower() in SCHEDULE_VERBS:
        cue = None  # a headline's present is its news: "Boxing Day crowds return as shops hope"
    if BY_BEFORE.search(ctx.text, max(0, start - 4), start) and (
        cue is None
        # "must be 18 by Nov. 8 and must have lived there 30 days": the next verb's, not the
        # deadline's
        or (cue.after and _AND_NEXT.match(ctx.text, end) is not None)
        # "would be cut by 20 weeks if he completed a course by 30 November": a condition
        or (
            cue.direction is Direction.FUTURE
            and _IF_PAST_BEFORE.search(ctx.text, max(0, start - 80), start) is not None
        )
        or _PARTICIPLE_BY.search(ctx.text, max(0, start - 24), start)
    ):
        # a deadline lies ahead (and "items received by Jan. 14 will appear": its participle
        # is no past tense)
        cue = Cue(Direction.FUTURE, "by", True, True)
    if (
        cue is None
        and ctx.last_day is not None
        and (ctx.last_day - base).days > _AHEAD_STORY_DAYS
        and ctx.last_value.startswith(ctx.last_day.isoformat())
        and not _COUNTED_DAY.search(ctx.last_value_text)  # a day named, not counted
        # (not a chronology's line, "September 3rd: The unit arrives", set in order later)
        and not _ENTRY_AFTER.match(ctx.text, ctx.last_value_end)
        and 0 <= start - ctx.last_value_end <= _AHEAD_STORY_REACH
    ):
        # a fixture list published in June: "Boxing Day, Saturday, Dec. 26 ... no games on New
        # Year's Day": with no tense to go by, the one nearest the day the text has moved on to
        base = ctx.last_day
    attributive = (
        is_attributive(ctx.text, start, end)
        or bool(
            cue
            and cue.direction is Direction.PAST
            and (
                _NOUN_ON_BEFORE.search(ctx.text, max(0, start - 30), start)
                # "The crash came days before Thanksgiving": what a past event came before may
                # still lie ahead
                or _BEFORE_OBJECT.search(ctx.text, max(0, start - 30), start)
            )
        )
        or bool(
            cue
            and cue.direction is Direction.FUTURE
            and (
                # "warns Black Friday will dent profit": the day is the subject; its effect lies
                # ahead, the day itself may not
                (cue.after and _MODAL_AFTER.match(ctx.text, end))
                # "its best Christmas in five years"
                or _SUPERLATIVE_BEFORE.search(ctx.text, max(0, start - 16), start)
            )
        )
    )
    best: tuple[float, date] | None = None
    for year in (base.year - 1, base.year, base.year + 1):
        when = on(year)
        if when is None:
            continue
        distance = abs((when - base).days) - slack
        if cue and (cue[0] is Direction.PAST) == (when > base) and distance > 0:
            perfect = cue.words.startswith("had ")  # "had announced": a verb, strong nearby
            # ("is not expected back until October, and Okoro is serving a ban for a red card
            # on 23 May": a far "until" is another clause's)
            far_until = (
                cue.words.lower() in {"until", "till"}
                and not cue.near
                and not _UNTIL_JUST_BEFORE.search(ctx.text, max(0, start - 20), start)
            )
            weak = (
                _WEAK_CUE.fullmatch(cue.words)
                or (perfect and not cue.near)
                or far_until
                or _agreed_to(ctx.text, start, cue)
                # "marking 100 years since the Gallipoli landing, the biggest crowd for Anzac
                # Day": since governs its own object, not every date after it
                or (
                    cue.words.lower() == "since"
                    and not cue.adjacent
                    and not _SINCE_NEAR.search(ctx.text, max(0, start - 30), start)
                    # ("Since then the agency has flown two more crews, the last in April")
                    and not _SINCE_THEN.search(ctx.text, max(0, start - 150), start)
                )
            ) and not (
                cue.adjacent
                or _verb_with_object(ctx.text, start, cue.words)
                # "said in a statement that the commission would hand its report over before
                # Christmas": a future reported
                or (
                    cue.words.lower() == "would"
                    and not cue.after
                    and _REPORTED_WOULD.search(ctx.text, max(0, start - 160), start) is not None
                )
                # "has cut jobs several times, most recently in March": a time gone by
                or _RECENTLY_BEFORE.search(ctx.text, max(0, start - 24), start) is not None
            )
            if cue.words.lower() in {"until", "till"} and _PUT_OFF_BEFORE.search(
                ctx.text, max(0, start - 50), start
            ):
                weak = True  # "was put back until after Christmas": a day gone by, or not
            if attributive:
                distance += _ATTRIBUTIVE_DAYS
            else:
                distance += _WEAK_DAYS if weak else _STRONG_DAYS
        if best is None or distance < best[0]:
            best = (distance, when)
    why = f"nearest year, {cue[0].value} cue '{cue[1]}'" if cue else "nearest year"
    return (best[1] if best else None), why


def _birth_date(text: str, written: str) -> bool:
    """Whether ``written`` is a birth date or an age limit in ``text`` ("born after 1 January
    1994"), no day the story is on."""
    return any(after.startswith(written) for after in _after_born(text))


@functools.lru_cache(maxsize=8)
def _after_born(text: str) -> tuple[str, ...]:
    """What follows each "born (after)" in ``text``, looked for once per text."""
    return tuple(text[m.end() : m.end() + 40] for m in _BORN.finditer(text))


_BORN = re.compile(r"\bborn\s+(?:(?:on|after|before|in|since)\s+)?")


_MISSED_BEFORE = re.compile(
    r"\b(?:missed|skipped|failed\s+to\s+(?:make|pay)|defaulted\s+on)\b[^;!?\n]*\bdue\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_LISTING_CLOSED_BEFORE = re.compile(
    r"(?:^|[.;:\n]|\bexcept|\bbut)\s*(?-i:[Cc]losed)\s+(?:on\s+)?$", re.IGNORECASE
)
_REPORTED_WOULD = re.compile(
    r"\b(?:said|announced|confirmed|promised|pledged|told\s+\w+)\b[^.;!?]{0,60}?\bthat\s+"
    r"[^.;!?,]{0,60}?\bwould\b(?!\s+have\b)[^.;!?]*$",
    re.IGNORECASE,
)
_SINCE_NEAR = re.compile(
    r"\bsince\s+(?:(?:at\s+least|about|around|early|late|mid-?|the\s+end\s+of)\s*)+$",
    re.IGNORECASE,
)
_SINCE_THEN = re.compile(r"\bsince\s+(?:then|that\s+time|which|when)\b[^.;!?]*$", re.I)
_DUE_BEFORE = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\bdue\s+$", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\b(?:ever\s+)?since\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
# a sentence that opens with last year: "Last year's Chinese New Year fell on Jan 31"
_YEARS_THING_BEFORE = re.compile(
    r"\b(last|next)\s+year['\u2019]s\s+(?:[\w-]+\s+){1,3}(?:on|of|was|fell\s+on)\s+$",
    re.IGNORECASE,
)
_LAST_YEAR_OPENING = re.compile(
    r"(?:^|[.!?]\s+|\n)[\"'\u201c]?(?:Last\s+year(?:['\u2019]s)?|A\s+year\s+(?:ago|earlier))\b"
    r"(?:(?!,\s+(?:and|but)\b)[^.!?;\n])*$"  # (not "..., and the manager was replaced in May")
)
# a dateline's place at the start of a line ("VARANPUR, ", "NEW DELHI, "), its date followed by a
# colon or a dash
_DATELINE_BEFORE = re.compile(  # (and its state or country: "LARKIN SPRINGS, Kan., May 13 -")
    r"(?:^|\n)[ \t]*(?-i:[A-Z][A-Z.'-]+(?:[ \t]+[A-Z][A-Z.'-]+){0,2}),"
    r"(?:[ \t]*(?-i:[A-Z][A-Za-z.'-]*(?:[ \t]+[A-Z][A-Za-z.'-]*)?),)?[ \t]*$"
)
_DATELINE_AFTER = re.compile(r"[ \t]*(?:\((?:[A-Z]+|[A-Z][a-z]+)\)[ \t]*)?[:\u2014\u2013-]")
_UNTIL_JUST_BEFORE = re.compile(r"\b(?:until|till)\s+(?:after\s+|before\s+)?(?:the\s+)?$")
_AT_THE_TIME_BEFORE = re.compile(r"\b[Aa]t\s+(?:the|that)\s+time\b[^.!?]*$")
_IF_PAST_BEFORE = re.compile(r"\bif\s+(?:he|she|they|it|we|you|I)\s+[a-z]+ed\b[^.;!?]*$")
_RECENTLY_BEFORE = re.compile(r"\b(?:most\s+)?recently,?\s+(?:in|on|last)\s+$", re.IGNORECASE)


_AUXILIARY_BEFORE = re.compile(r"\b(?:was|were|been|had)\s+$", re.IGNORECASE)
_DIRECTIVE_IN_SENTENCE = re.compile(
    r"\b(?:ordered|asked|told|urged|advised|warned|demanded|instructed|promised|pledged|vowed)\b"
    r"(?![^.;!?]*\b(?:said|says)\b)",
    re.IGNORECASE,
)
_PROMISED = re.compile(r"promised|pledged|vowed", re.IGNORECASE)
_DIRECTED = re.compile(r"told|asked|urged|ordered|advised|instructed|warned", re.IGNORECASE)
_TO_DO_AFTER = re.compile(r"\s+to\s+(?!be\b|have\b)[a-z]+")


def _cue_to_do(text: str, start: int, cue: Cue) -> int:
    """Where a past cue written before ``start`` stands, if "to" and a verb follow it ("had
    agreed to meet", "told to book"); -1 otherwise."""
    if cue.direction is not Direction.PAST or cue.after:
        return -1
    at = text.rfind(cue.words, max(0, start - 150), start)
    return at if at >= 0 and _TO_DO_AFTER.match(text, at + len(cue.words)) else -1


def _agreed_to(text: str, start: int, cue: Cue) -> bool:
    """Whether a past cue agreed or planned to do something ("had agreed to meet again in
    Geneva on 10 February"): what was agreed may still lie ahead."""
    return _cue_to_do(text, start, cue) >= 0


def _told_to_do(text: str, start: int, cue: Cue) -> bool:
    """Whether someone is told to do something ("residents told to book before Friday"), not
    was told to then ("Residents were told to lock their doors over the weekend")."""
    at = _cue_to_do(text, start, cue)
    return at >= 0 and not _AUXILIARY_BEFORE.search(text, max(0, start - 160), at)


def _verb_with_object(text: str, start: int, words: str) -> bool:
    """ "Linnholm survived a confidence vote on Jan 22": an "-ed" word before an object's
    determiner is a verb, not an adjective ("the delayed vote"); so is "Brenton trimmed jobs in
    March", after a name or pronoun, with a bare object (not "Series H preferred shares on")."""
    if not words.lower().endswith("ed") or " " in words:
        return False
    before = text[max(0, start - 60) : start]
    at = before.rfind(words)
    if at < 0 or (at and before[at - 1].isalnum()):
        return False
    head, tail = before[:at], before[at + len(words) :]
    return bool(
        _OBJECT_THEN_ON.fullmatch(tail)
        # "issued a warrant for Velich's arrest in April"; but what is announced or planned may
        # lie ahead ("announced an overtime ban every weekend in June")
        or (_LONG_OBJECT_THEN_ON.fullmatch(tail) and not _ANNOUNCING.fullmatch(words))
        or (_SUBJECT_BEFORE.search(head) and _BARE_OBJECT_THEN_ON.fullmatch(tail))
    )


# ("joined the mainboard between January and June", "listed on the mainboard in January")
_OBJECT_THEN_ON = re.compile(
    r"\s+(?:(?:on|at|to|into|onto|from|with)\s+)?(?:a|an|the|its|his|her|their)\s+"
    r"(?:[\w-]+\s+){1,2}(?:on|in|between|during)\s+"
)
_LONG_OBJECT_THEN_ON = re.compile(
    r"\s+(?:a|an|the|its|his|her|their)\s+(?:[\w'-]+\s+){3,5}(?:on|in)\s+"
)
_ANNOUNCING = re.compile(
    r"(?:announc|unveil|propos|plann|schedul|order|call|agre|promis|pledg|vow|warn|predict|"
    r"forecast|expect|intend|design|aim|set|booked|reserv)ed",
    re.IGNORECASE,
)
_BARE_OBJECT_THEN_ON = re.compile(r"\s+[a-z]+s\s+(?:on|in)\s+")
_SUBJECT_BEFORE = re.compile(r"\b(?:[A-Z][a-z][\w'-]*|he|she|it|they|we|I|which|who)\s+$")


_TO_VERB_BEFORE = re.compile(r"\bto\s+[a-z]{3,}\s+(?:on\s+|in\s+|by\s+|after\s+|before\s+)?$")
SCHEDULE_VERBS = frozenset(
    {
        "return",
        "returns",
        "open",
        "opens",
        "reopen",
        "reopens",
        "begin",
        "begins",
        "start",
        "starts",
        "close",
        "closes",
        "end",
        "ends",
        "resume",
        "resumes",
        "meet",
        "meets",
    }
)
_DETERMINER_BEFORE = re.compile(
    # (and a possessive: "Minutes of the Fed's June meeting")
    r"(?:\b(?:the|a|an|its|their|his|her|this|that)|\b(?-i:[A-Z])[\w.]*['\u2019]s)\s+$",
    re.IGNORECASE,
)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:of|and|or|to|in|at|on|for|when|with|by|from|as|is|was|were|are|that|which|"
    r"after|before|but)\b)[a-z]{3,}\b"
)


_BEFORE_OBJECT = re.compile(
    r"\b(?:days|hours|weeks|shortly|just|right|a\s+(?:day|week)|[a-z]+\s+(?:days|weeks))\s+"
    r"(?:before|ahead\s+of)\s+$",
    re.IGNORECASE,
)


def is_attributive(text: str, start: int, end: int) -> bool:
    """ "the Jan. 14 deadline": a date naming a thing, dated only weakly by the clause's tense."""
    return bool(
        _DETERMINER_BEFORE.search(text, max(0, start - 8), start) and _NOUN_AFTER.match(text, end)
    )


# "fell short, setting up a runoff on Dec. 3": the date of the noun before it, which a past verb
# dates only weakly (a future verb's noun lies ahead too: "will fly a mission in December")
_NOUN_ON_BEFORE = re.compile(
    r"\b(?:a|an)\s+(?!(?:few|lot|number|couple|day|week|month|year)\b)[a-z]{3,}\s+(?:on|in)\s+$"
)


def shifted(day: date, amount: int, unit: str) -> date:
    """``day`` moved by ``amount`` calendar units (negative = earlier)."""
    unit = unit_code(unit)
    if unit == "day":
        return day + timedelta(days=amount)
    if unit == "week":
        return day + timedelta(weeks=amount)
    if unit == "weekend":
        return day + timedelta(weeks=amount)
    if unit == "month":
        target = timeml.add_months(day, amount)
        return target.replace(day=min(day.day, 28))
    if unit == "quarter":
        target = timeml.add_months(day, 3 * amount)
        return target.replace(day=min(day.day, 28))
    years = {"year": 1, "decade": 10, "century": 100, "millennium": 1000}.get(unit, 0)
    return timeml.shift_year(day, amount * years) if years else day


def value_at(day: date, unit: str) -> str:
    """``day`` written at the granularity of ``unit``: 1998-03-08, 1998-W10, 1998-03, 1998."""
    unit = unit_code(unit)
    if unit in {"day", "hour", "minute", "second"}:
        return day.isoformat()
    if unit == "week":
        return timeml.week_value(day)
    if unit == "weekend":
        return timeml.week_value(day) + "-WE"
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "quarter":
        return timeml.quarter_value(day)
    if unit == "decade":
        return f"{day.year // 10:03d}"
    if unit == "century":
        return f"{day.year // 100:02d}"
    return f"{day.year:04d}"
