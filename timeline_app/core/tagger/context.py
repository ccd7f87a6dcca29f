"""What a resolver knows while it walks a document, and what it hands back."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from timeline_app.core.models import Certainty, TimexType
from timeline_app.core.tagger.cues import (
    Cue,
    Direction,
    direction,
    looks_ahead,
    sentence_break,
    words_into_sentence,
)
from timeline_app.core.tagger.fiscal import fiscal_start, southern_hemisphere
from timeline_app.core.tagger.lexicon import MONTHS
from timeline_app.core.tagger.timeml import interval_for

_PLACEHOLDER = date(2000, 1, 1)
_DAY_VALUE = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
MONTH_VALUE = re.compile(r"(\d{4})-(\d\d)")  # a month's value, "2014-06"
_MONTH_RELATED = re.compile(r"\bnext\b", re.IGNORECASE)
_SENTENCE_REACH = 600  # characters a sentence's earlier date may lie back
_MONTH_NAMED = re.compile(rf"\b(?:{'|'.join(MONTHS)})\b", re.IGNORECASE)
_COMPARED_RIGHT_BEFORE = re.compile(r"\b(?:from|than|versus|vs\.?)\s+(?:in\s+)?$", re.I)
_COMPARED = re.compile(r"\b(?:from|compared\s+(?:with|to)|versus|vs\.?|than|against)\b", re.I)
_FISCAL_QUARTER = re.compile(r"FY\d{4}-Q[1-4]")
_FISCAL_YEAR = re.compile(r"FY\d{4}")
_HOLIDAY_WEEKEND = re.compile(r"(?-i:[A-Z][\w'\u2019]+)\s+(?:Day\s+)?(?:long\s+)?weekend")
_COARSE_VALUE = re.compile(r"\d{2,4}(?:-\d\d)?")  # a century, decade, year or month
_COARSE_ONLY = re.compile(r"\d{2,3}")  # a century or decade
_WRITTEN = re.compile(r"\b(?:1[6-9]|20)\d\d\b")
_STORY_OPENER = re.compile(r"(?:\b(?:In|During|Throughout|By)\s+)?$")


def _opens_a_story(text: str, value: str, words: str, end: int) -> bool:
    """Whether a date with its year written ("In the summer of 1979", "In March 1994") opens
    its sentence, as a story's time is set."""
    start = end - len(words)
    if start < 0 or not _YEAR_BASED.fullmatch(value[:7]) or not _WRITTEN.search(words):
        return False
    before = _STORY_OPENER.search(text, max(0, start - 12), start)
    return before is not None and words_into_sentence(text, before.start()) == 0


_STORY_LOOKBACK = 40  # days named: how far back a story line is looked for
_NAME_AFTER_YEAR = re.compile(r"[ \t]+(?-i:[A-Z][a-z]+)")  # "2022 Winter Games", "2014 World Cup"
_ASIDE_BEFORE = re.compile(
    r",\s+(?:(?:originally|initially|once|previously|formerly|first)\s+)?"
    r"(?:which|who|[a-z]+ed|built|born|made|founded|begun|set\s+up|due)\b[^,.;]*$",
    re.I,
)
_OPENING_WORDS = 5  # "A century ago, in 1913, ...": a year this far in sets the sentence's time
_STARTING_POINT = re.compile(r"\b(?:since|from|after|before|until|till|through|by)\s+$", re.I)
_YEAR_ONLY = re.compile(r"\d{4}")
_YEAR_BASED = re.compile(r"\d{4}(?:-(?:SP|SU|FA|WI|Q[1-4]|H[12]|\d\d))?")
# a year counted from another date, or the twelve months up to now ("the past year"): not a
# calendar year that other dates in the sentence fall in
_COUNTED = re.compile(
    r"\b(?:earlier|later|before|after|ago|previous|following|past)\b", re.IGNORECASE
)
_LOOK_BACK = re.compile(r"\b(?:earlier|before|ago|previous)\b", re.IGNORECASE)
_ENDED = re.compile(
    rf"\s+(?:that\s+)?(?:ended|ending)\s+(?P<month>{'|'.join(MONTHS)})\.?\s+\d{{1,2}}"
    r"(?:,\s+(?P<year>\d{4}))?\b",
    re.IGNORECASE,
)


_PAGE_STAMP_LINE = re.compile(
    r"[ \t]*(?:updated|posted|published|last\s+(?:updated|modified)|first\s+published)\b",
    re.IGNORECASE,
)
_CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")


_COORDINATED = re.compile(r",\s+(?:and|but)\s+")
_SPAN_DASHES = ("-", "/", "\u2013")  # "2012-13", "2012/13"
_MONTH_NAMES = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
)
_DAY_MONTH = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_NAMES}")
_DAY_FIRST_SIGNS = re.compile(r"\beuros?\b|€|£|\b\d{1,2}h\d\d\b|\bkm\b")
_MONTH_DAY = re.compile(
    rf"\b{_MONTH_NAMES}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*(?:,\s*)?\d{{3}})|"
    rf"\b{_MONTH_NAMES}\.?\s+\d{{1,2}},\s+\d{{4}}"
)


@dataclass(slots=True)
class Resolution:
    """One resolver's answer: the TIMEX3 type and value, and why."""

    type: TimexType
    value: str
    certainty: Certainty = Certainty.EXACT
    rule: str = ""
    anchor: str = ""
    mod: str = ""
    uses_publication: bool = False  # value depends on the publication date
    keep_after_year: bool = False  # when unresolved, only the year is unknown ("XXXX-08-16")
    anchors: bool = True  # later narrative expressions may count from it
    from_publication: bool = False  # "the rest of the week": the interval starts at publication
    days: tuple[date, date] | None = None  # first and last day, where the value cannot say them


@dataclass(slots=True)
class Context:
    """The document being tagged and the dates mentioned so far (for narrative anchoring)."""

    text: str
    publication: date | None
    last_day: date | None = None
    last_day_text: str = ""
    heading: tuple[date, int] | None = None  # a day heading its paragraph, and where it ends
    last_value: str = ""
    last_value_text: str = ""
    last_value_end: int = -1  # where the latest date ends in the text
    last_quarter: str = ""
    reported_quarter: str = ""  # the latest quarter reported on, kept through talk of years
    lead_quarter: str = ""  # the first quarter reported on: the one a results story is about
    # the latest quarter named, even in passing or ahead, and where it ends ("expects
    # fourth-quarter net below the 1988 period": the period is that quarter's)
    named_quarter: tuple[str, int] | None = None
    # the latest decade or century named ("the 1840s") and where it ends: what "the following
    # decade" counts from, while other dates go on counting from the story's year ("the wreck
    # was the worst of the 1840s. An inquiry the following year": the year after the wreck's)
    coarse: tuple[str, int] = ("", -1)
    fiscal_year: tuple[str, int] = ("", -1)  # the latest fiscal year named ("FY2016"), its end
    holiday_weekend: str = ""  # the latest holiday's weekend named ("the Labour Day weekend")
    # a day told in the past perfect that the story is not on ("had dipped early Wednesday"),
    # and where it ends: "the next day" just after it counts from it
    flashback: tuple[date, str, int] | None = None
    # inside an e-mail or memo printed in the story, its header: ``publication`` is then the
    # header's date, what its "tomorrow" and "Friday" count from
    dated_by: str = ""
    filed: bool = False  # ``publication`` is then a dated dateline's day, the day before the paper
    last_clock: str = ""  # the latest clock time named ("1993-08-30T16:15")
    last_clock_end: int = -1  # where that clock time ends in the text
    last_night: date | None = None  # the latest night the text told by the hour ("11.50pm")
    clock_today: bool = False  # a clock time on the publication day was named ("1400 UTC")
    clock_days: set[str] = field(default_factory=set)  # days told by the hour ("1989-10-17")
    # the part of a day a look back named ("the previous evening"), its text and end: clock
    # times later in its sentence are on that day, though the story's day stays
    look_back: tuple[date, str, int] | None = None
    last_month: date | None = None  # the latest date named to the month or finer ("in March")
    # the latest month a figure is given for, and where it ends: not the month it is compared
    # with ("rose 0.4% in September, up from 0.2% in August": September)
    period_month: tuple[str, int] = ("", -1)
    # the latest year named for itself ("in 1967"), not counted ("a year earlier"), and its end
    year_named: tuple[int, int] = (0, -1)
    # the year a sentence opened with ("In the summer of 1979 my brother and I ...") and where
    # it ends: the year of the story's months and days told without one, while it lasts
    story_year: tuple[int, int] = (0, -1)
    days: list[tuple[date, str]] = field(default_factory=list)  # every day named, in order
    # months named with "next" ("will close next March"), by number: (year, where it ends)
    months_ahead: dict[int, tuple[int, int]] = field(default_factory=dict)
    cue_cache: dict[tuple[int, int], Cue | None] = field(default_factory=dict)
    _ahead: bool | None = None
    _day_first: bool | None = None
    _fiscal: int | None = None
    _southern: bool | None = None
    _fiscal_quarters: int | None = None  # where the text first words a quarter as fiscal

    @property
    def base(self) -> date:
        return self.publication or _PLACEHOLDER

    def base_anchor(self) -> str:
        if self.publication is None:
            return "no publication date"
        if self.filed:  # a story filed under a dated dateline the day before its paper
            return f"dateline date {self.publication.isoformat()} ('{self.dated_by}')"
        if self.dated_by:
            return f"header date {self.publication.isoformat()} ('{self.dated_by}')"
        return f"publication date {self.publication.isoformat()}"

    def year_before_the_count(self, at: int) -> int | None:
        """The year named for itself just before a year counted from it ("won in 1967; her
        sister had been second a year earlier. Quillet won 12 years later": 1967), when the
        latest date was so counted and the year is in the same paragraph."""
        year, end = self.year_named
        if end < 0 or not _LOOK_BACK.search(self.last_value_text) or "\n\n" in self.text[end:at]:
            return None  # (after "the following spring" the story has moved on to it)
        return year

    def named_year(self, *, within: bool = False) -> int | None:
        """The year the text last named ("in 2015", "last year"), if the latest date was one (or,
        ``within``, a season, quarter or month of one: "the summer of 1974 ... Two years
        earlier"); not a year that was itself counted from another ("a year earlier"), so offsets
        do not chain."""
        shape = _YEAR_BASED if within else _YEAR_ONLY
        if shape.fullmatch(self.last_value) and not _COUNTED.search(self.last_value_text):
            return int(self.last_value[:4])
        return None

    def last_day_up_to(self, limit: date) -> date:
        """The last day named that is not after ``limit`` (else ``limit``): where a past clause's
        clock time falls when the story last looked ahead."""
        found = self.last_named_up_to(limit)
        return found[0] if found is not None else limit

    def last_named_up_to(self, limit: date) -> tuple[date, str] | None:
        """The last day named that is not after ``limit``, and its words."""
        return next(((day, text) for day, text in reversed(self.days) if day <= limit), None)

    def past_story_day(self, start: int, end: int, target: date) -> tuple[date, str] | None:
        """The day a past clause's "three days later" counts from when counting from the story's
        last day would pass the publication date (the story went back to its past after an
        aside about today): the last day named before the publication."""
        if self.publication is None or target <= self.publication:
            return None
        cue = self.direction(start, end)
        if cue is None or cue.direction is not Direction.PAST:
            return None
        return next(((d, t) for d, t in reversed(self.days) if d < self.publication), None)

    def older_story_day(self) -> tuple[date, str] | None:
        """The last day named that lies well before the publication (a month or more): where a
        past clause goes back to after an aside about today ("Twenty-five years ago, on the night
        of 15 February 1975 ... At 7pm today the bell will ring ... The doors opened at 8pm")."""
        if self.publication is None:
            return None
        limit = self.publication - timedelta(days=30)
        for i in range(len(self.days) - 1, -1, -1):
            day, text = self.days[i]
            if day <= limit:
                # not when the story came back to recent days after it ("hit his 55th two days
                # later, in 1977. ... Vance said Wednesday ...": the game ended last night)
                later = self.days[i + 1 :]
                return None if any(day < d < self.publication for d, _ in later) else (day, text)
        return None

    def lead_day(self) -> tuple[date, str, bool]:
        """The day the story leads with (the first day it names: its dateline or its lede),
        why, and whether the text named it; the publication date when it named none."""
        if self.days:
            day, text = self.days[0]
            if (
                day == self.publication
                and len(self.days) > 1
                and _WRITTEN.search(text)
                and 1 <= (day - self.days[1][0]).days <= 2
            ):
                # "Sunday 23 February 2014 ... Yesterday he scored twice ... The 3pm kick-off":
                # past the date line, the day the lede tells of
                day, text = self.days[1]
            return day, f"the story's first date {day} ('{text}')", True
        return self.base, self.base_anchor(), False

    def in_sentence_of_last_value(self, start: int) -> bool:
        """Whether the latest date was named earlier in the sentence of ``start``."""
        return 0 <= self.last_value_end <= start and not sentence_break(
            self.text, self.last_value_end, start
        )

    def day_in_sentence(self, start: int) -> bool:
        """Whether the latest date, a day, was named earlier in the sentence of ``start``."""
        return (
            self.last_day is not None
            and _DAY_VALUE.match(self.last_value) is not None
            and 0 <= self.last_value_end <= start
            and not sentence_break(self.text, self.last_value_end, start)
        )

    def under_a_day_heading(self, start: int) -> bool:
        """Whether ``start`` is in a paragraph that opens with a day as its heading ("Thursday,
        October 16: The busiest day begins at 9am ..."), and the text is still on that day."""
        if self.heading is None or self.last_day != self.heading[0]:
            return False
        return 0 <= self.heading[1] <= start and "\n\n" not in self.text[self.heading[1] : start]

    def year_of_sentence(self, start: int, end: int) -> int | None:
        """The year that opens the sentence of ``text[start:end]`` ("In 1913, the ice did not go
        out until April 29", "Last year it was gone by March 14"), if it was the latest date; not
        a fiscal year, a starting point ("since 2019") nor a past year for a date in a future
        clause."""
        year = self.named_year()
        named_at = self.last_value_end - len(self.last_value_text)
        if year is None or named_at < 0 or self.last_value_end > start:
            return None
        this_year = self.last_value_text.lower().endswith("this year")  # anywhere in the sentence
        if "fiscal" in self.last_value_text.lower() or (
            not this_year and words_into_sentence(self.text, named_at) > _OPENING_WORDS
        ):
            return None
        if _STARTING_POINT.search(self.text, max(0, named_at - 8), named_at):
            return None
        if len(self.last_value_text) == 2 and self.text[named_at - 1 : named_at] in _SPAN_DASHES:
            return None  # "Tuition for 2012-13 will be set at its May 18 meeting": a span's end
        if self.text.startswith(":", self.last_value_end) and year > self.base.year:
            return None  # a headline's rubric, "2023: NRP fixes May 28 for presidential primary"
        if _ASIDE_BEFORE.search(self.text, max(0, named_at - 40), named_at):
            return None  # "The museum, founded in 1926 by ..., reopened Oct. 28": an aside's year
        if (
            abs(year - self.base.year) > 1
            and _NAME_AFTER_YEAR.match(self.text, self.last_value_end)
            and self.text[named_at - 1 : named_at] not in {"", "\n"}  # (not "2011 Floods in ...")
        ):
            return None  # "backs 2022 Winter Games bid, referendum set for April 14": a name's
        if sentence_break(self.text, self.last_value_end, start):
            return None
        if ";" in self.text[self.last_value_end : start]:
            return None  # "A protocol adopted in 1987 allows ...; parliament voted in June"
        if self.text[max(0, named_at - 4) : named_at].lower() == "for ":
            return None  # "Quotas for next year must be set by 15 December": what it is for
        if _COORDINATED.search(self.text, self.last_value_end, start):
            return None  # "The viaduct opened in 1874, and inspections in January found cracks"
        cue = self.direction(start, end)
        if (
            year < self.base.year
            and cue is not None
            and cue.direction is Direction.FUTURE
            and cue.words.lower() != "until"  # "Last year's results were delayed until Sept. 1"
        ):
            return None
        return year

    def reach_hour(self, value: str, at: int, end: int = -1) -> None:
        """The story is at the clock time ``value`` (written at ``at``), unless that is a page's
        stamp ("updated 9:14 PM EST, Sun January 13, 2013"), which tells no story's hour."""
        if not _PAGE_STAMP_LINE.match(self.text, self.text.rfind("\n", 0, at) + 1):
            self.last_clock, self.last_clock_end = value, end
            hour, day = int(value[11:13]), date.fromisoformat(value[:10])
            if hour >= 20:
                self.last_night = day
            elif hour < 4:
                self.last_night = day - timedelta(days=1)

    def narrative(self) -> tuple[date, str, bool]:
        """The day "the next day" counts from, why, and whether the text itself named it."""
        day, text = self._story_day()
        if day is not None:
            return day, f"previous date {day} ('{text}')", True
        return self.base, self.base_anchor(), False

    def _story_day(self) -> tuple[date | None, str]:
        """The last day named, unless the text has since moved to a year, decade or month that
        day is not in: then the last day named inside that period ("One hundred and fifty years
        ago ... at about 10 p.m." is on the night of July 11, 1876 named before, not on the
        Saturday of the anniversary named since)."""
        coarse = self.last_value
        if self.last_day is None or not _COARSE_VALUE.fullmatch(coarse):
            return self.last_day, self.last_day_text
        if self.last_day.isoformat().startswith(coarse):
            return self.last_day, self.last_day_text
        for day, text in reversed(self.days):
            if day.isoformat().startswith(coarse):
                return day, text
        return self.last_day, self.last_day_text

    @property
    def writes_day_first(self) -> bool:
        """Whether the text writes its dates day first ("14 May", "31st December"), as British
        and most non-US papers do: its "12/06/2015" is then 12 June."""
        if self._day_first is None:
            first = len(_DAY_MONTH.findall(self.text))
            second = len(_MONTH_DAY.findall(self.text))
            # a tie goes to day first in a text of euros, pounds or "18h30" clocks
            self._day_first = first > second or (
                first == second and _DAY_FIRST_SIGNS.search(self.text) is not None
            )
        return self._day_first

    @property
    def text_looks_ahead(self) -> bool:
        """Whether the whole text is mostly about what is to come (a forecast, a preview)."""
        if self._ahead is None:
            self._ahead = looks_ahead(self.text)
        return self._ahead

    def direction(self, start: int, end: int) -> Cue | None:
        key = (start, end)
        if key not in self.cue_cache:
            self.cue_cache[key] = direction(self.text, start, end)
        return self.cue_cache[key]

    def remember_span(self, value: str, end: int) -> None:
        """A stretch of months ("the nine months") ends talk of a single quarter, unless it is one:
        "the three months ended June 30" is the quarter a later "a year earlier" counts from."""
        if value == "P3M" and (ended := _ENDED.match(self.text, end)):
            month = MONTHS[ended["month"].lower().rstrip(".")]
            year = int(ended["year"]) if ended["year"] else self.base.year
            if not ended["year"] and month > self.base.month:
                year -= 1  # a quarter reported on has ended
            self.last_quarter = f"{year:04d}-Q{(month - 1) // 3 + 1}"
        elif re.fullmatch(r"P\d+M", value):
            self.last_quarter = ""

    def _forecast(self, quarter: str) -> bool:
        """Whether ``quarter`` (1990-Q3, FY1990-Q1) starts after the publication date."""
        if self.publication is None:
            return False
        span = interval_for(quarter, self.fiscal_start)
        return span is not None and span.start.date() > self.publication

    def text_counts_fiscal_quarters(
        self, pattern: re.Pattern[str], calendar: re.Pattern[str] | None = None, at: int = 0
    ) -> bool:
        """Whether ``pattern`` (fiscal quarter wording) occurs in the text; asked once. When the
        text first closes a quarter on a calendar quarter's end (``calendar``: "For the quarter
        ended Sept. 28"), only fiscal wording in the paragraph at ``at`` counts: the story's own
        quarters are calendar ones, another company's fiscal ("Rival Gorrick's sales fell in
        the fiscal first quarter")."""
        if self._fiscal_quarters is None:
            found = pattern.search(self.text)
            self._fiscal_quarters = -1 if found is None else found.start()
        first = self._fiscal_quarters
        if first < 0:
            return False
        if calendar is None or not calendar.search(self.text, 0, first):
            return True
        lo, hi = self.text.rfind("\n\n", 0, at), self.text.find("\n\n", at)
        return lo < first < (len(self.text) if hi < 0 else hi)

    @property
    def southern(self) -> bool:
        """Whether the text is from south of the equator, where winter is June to August."""
        if self._southern is None:
            self._southern = southern_hemisphere(self.text)
        return self._southern

    @property
    def fiscal_start(self) -> int:
        """The month the text's fiscal year starts in (1: calendar year, or not said)."""
        if self._fiscal is None:
            self._fiscal = fiscal_start(self.text, self.publication)
        return self._fiscal

    def compared(self, start: int) -> bool:
        """Whether a month starting at ``start`` is the one a figure is compared with: the
        sentence named a month before it, and a comparison word comes between them."""
        month, end = self.period_month
        if month and _COMPARED_RIGHT_BEFORE.search(self.text, max(0, start - 14), start):
            return True  # "rose 0.1 percent from February", said of March figures
        return (
            bool(month)
            and 0 <= end <= start
            and start - end <= _SENTENCE_REACH  # (and no scan of a long text per month)
            and not sentence_break(self.text, end, start)
            and _COMPARED.search(self.text, end, start) is not None
        )

    def forget_day(self) -> None:
        """The story moved to a day that cannot be dated: later narrative expressions neither."""
        self.last_day = None
        self.last_value = ""

    def follow_flashback(self, at: int) -> None:
        """Move the story to the past-perfect day told just before ``at``, in its paragraph:
        "The euro had dipped early Wednesday ... It steadied the next day" goes on from it."""
        if self.flashback is None:
            return
        day, text, end = self.flashback
        self.flashback = None
        if (
            self.last_value_end < end <= at <= end + _SENTENCE_REACH
            and "\n\n" not in self.text[end:at]
        ):
            self.last_day, self.last_day_text = day, text

    def remember(self, value: str, text: str, end: int = -1) -> None:
        """Record a resolved DATE/TIME value (ending at ``end``) as the anchor for what follows."""
        self.flashback = None
        if _FISCAL_QUARTER.fullmatch(value):  # "the first quarter of fiscal 2026"
            if not self._forecast(value):
                self.last_quarter = self.reported_quarter = value
                self.lead_quarter = self.lead_quarter or value
            return
        if not value[:4].isdigit():
            if _FISCAL_YEAR.fullmatch(value):
                self.fiscal_year = (value, end)
            return
        if _COARSE_ONLY.fullmatch(value):
            self.coarse = (value, end)
            return
        self.last_value, self.last_value_text, self.last_value_end = value, text, end
        if value.endswith("-WE") and _HOLIDAY_WEEKEND.search(text):
            self.holiday_weekend = value
        if _YEAR_ONLY.fullmatch(value) and not _COUNTED.search(text):
            self.year_named = (int(value), end)
        if _opens_a_story(self.text, value, text, end):
            self.story_year = (int(value[:4]), end)
        if _CLOCK_VALUE.match(value):
            self.reach_hour(value, end - len(text), end)
            self.clock_days.add(value[:10])
            if self.publication is not None and value.startswith(self.publication.isoformat()):
                self.clock_today = True
        if re.match(r"\d{4}-Q[1-4]$", value):
            if not self._forecast(value):  # results are reported for quarters gone by
                self.last_quarter = self.reported_quarter = value
                self.lead_quarter = self.lead_quarter or value
        elif re.fullmatch(r"\d{4}", value):
            self.last_quarter = ""  # the text moved on to whole years
        month = MONTH_VALUE.match(value)
        if month and 1 <= int(month[2]) <= 12:
            self.last_month = date(int(month[1]), int(month[2]), 1)
            named = _MONTH_NAMED.search(text) is not None  # not "the previous month"
            if len(value) == 7 and named and not self.compared(end - len(text)):
                self.period_month = (value, end)
            if len(value) == 7 and named and _MONTH_RELATED.search(text):
                # "will stop generating next March": the year of that March, for its days
                self.months_ahead[int(month[2])] = (int(month[1]), end)
        match = _DAY_VALUE.match(value)
        if match:
            try:
                self.last_day = date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                return
            self.last_day_text = text
            self.days.append((self.last_day, text))
            if _NIGHT_OF.search(self.text, max(0, end - len(text) - 24), end - len(text)):
                self.clock_days.add(value[:10])  # "struck on the night of Oct. 11": told by hour
            line = self.text.rfind("\n", 0, end - len(text)) + 1
            if (
                len(value) == 10
                and self.text.startswith(":", end)
                and not self.text[line : end - len(text)].strip()
            ):
                self.heading = (self.last_day, end)  # "Thursday, October 16: ..."
            if len(self.days) > 2 * _STORY_LOOKBACK:
                del self.days[1:-_STORY_LOOKBACK]  # the first (the lead's day) stays


_NIGHT_OF = re.compile(r"\b(?:night|evening|morning|afternoon)\s+of\s+$", re.IGNORECASE)
_STAMP_LINE = re.compile(
    r"^[ \t]*((?:[01]?\d|2[0-3])[.:][0-5]\d)(?:\s*([ap])\.?m\.?)?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_WRAP = 6 * 60  # minutes: a jump this big between neighbouring posts crosses midnight


def blog_posts(text: str) -> list[tuple[int, int, str, bool]]:
    """The posts of a live blog that ran past midnight (its time stamps on lines of their own:
    "23.51", then "00.34"): where each begins (its stamp), ends (the next stamp), its stamp, and
    whether it was posted after midnight. Empty for a blog that kept to one day."""
    if "\n" not in text:
        return []
    lines = list(_STAMP_LINE.finditer(text))
    late = _late_stamps(lines)
    if not late:
        return []
    ends = {a.start(1): b.start() for a, b in itertools.pairwise(lines)}
    return [(m.start(1), ends.get(m.start(1), len(text)), m[1], m.start(1) in late) for m in lines]


def _late_stamps(lines: list[re.Match[str]]) -> frozenset[int]:
    stamps = []
    for line in lines:
        hour, minute = (int(n) for n in re.split(r"[.:]", line[1]))
        if line[2] and line[2].lower() == "p" and hour < 12:
            hour += 12
        elif line[2] and line[2].lower() == "a" and hour == 12:
            hour = 0
        stamps.append((line.start(1), hour * 60 + minute))
    if len(stamps) < 3:
        return frozenset()
    pairs = list(itertools.pairwise(stamps))
    newest_first = sum(b[1] < a[1] for a, b in pairs) > sum(b[1] > a[1] for a, b in pairs)
    for i, (a, b) in enumerate(pairs):
        if newest_first and b[1] - a[1] > _WRAP:  # "00.34" above "23.51"
            return frozenset(pos for pos, _ in stamps[: i + 1])
        if not newest_first and a[1] - b[1] > _WRAP:  # "23.51" then "00.34"
            return frozenset(pos for pos, _ in stamps[i + 1 :])
    return frozenset()
