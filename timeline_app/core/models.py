"""The domain model: frozen dataclasses shared by every layer.

Offsets are Python ``str`` indices into ``Document.text`` (the text the article view shows), end
exclusive. Intervals are half-open ``[start, end)`` datetimes; ``first_day``/``last_day`` give the
inclusive calendar days that exports print.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta


class TimexType(enum.StrEnum):
    """TimeML TIMEX3 types."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Granularity(enum.StrEnum):
    """How precise a resolved interval is, coarsest first."""

    CENTURY = "century"
    DECADE = "decade"
    YEAR = "year"
    HALF = "half"
    QUARTER = "quarter"
    SEASON = "season"
    MONTH = "month"
    WEEK = "week"
    WEEKEND = "weekend"
    DAY = "day"
    PART_OF_DAY = "part_of_day"
    HOUR = "hour"
    MINUTE = "minute"
    SECOND = "second"

    @property
    def is_time_of_day(self) -> bool:
        return self in _TIME_OF_DAY


_TIME_OF_DAY = frozenset(
    {Granularity.PART_OF_DAY, Granularity.HOUR, Granularity.MINUTE, Granularity.SECOND}
)


class Certainty(enum.StrEnum):
    """How sure we are of a date, from most to least."""

    EXACT = "exact"  # the text names the date ("Aug. 16, 2021")
    INFERRED = "inferred"  # relative to the publication date, direction from tense ("on Tuesday")
    ANCHORED = "anchored"  # relative to another date in the text ("two days later")
    VAGUE = "vague"  # "in recent years", "recently": an approximate span
    UNRESOLVED = "unresolved"  # relative, but no publication date to resolve it against


class DateSource(enum.StrEnum):
    """Where a publication date came from, most trusted first."""

    METADATA = "metadata"
    DATELINE = "dateline"
    URL = "url"
    FILENAME = "filename"
    USER = "user"


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` in a document's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Interval:
    """A half-open time interval ``[start, end)`` and how precise it is."""

    start: datetime
    end: datetime
    granularity: Granularity

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise ValueError(f"empty interval {self.start} .. {self.end}")

    @classmethod
    def day(cls, day: date) -> Interval:
        start = datetime(day.year, day.month, day.day)
        return cls(start, start + timedelta(days=1), Granularity.DAY)

    @classmethod
    def days(cls, first: date, last: date, granularity: Granularity) -> Interval:
        """The interval covering the calendar days ``first`` .. ``last`` inclusive."""
        start = datetime(first.year, first.month, first.day)
        end = datetime(last.year, last.month, last.day) + timedelta(days=1)
        return cls(start, end, granularity)

    @property
    def first_day(self) -> date:
        return self.start.date()

    @property
    def last_day(self) -> date:
        """The last calendar day the interval touches (inclusive)."""
        return (self.end - timedelta(microseconds=1)).date()

    @property
    def midpoint(self) -> datetime:
        return self.start + (self.end - self.start) / 2

    @property
    def is_point(self) -> bool:
        """True for a single day or a time of day: drawn as a marker, not a bar. A stretch of
        days ("from October 8 to 18") is a bar."""
        if self.granularity is Granularity.DAY:
            return self.end - self.start <= timedelta(days=1)
        return self.granularity.is_time_of_day


@dataclass(frozen=True, slots=True)
class PublicationDate:
    """The date relative expressions are resolved against, and why we believe it."""

    value: date
    source: DateSource
    evidence: str = ""


@dataclass(frozen=True, slots=True)
class Timex:
    """One time expression found in a text (a TimeML TIMEX3) and how it was resolved.

    ``interval`` is None for durations, sets, and expressions that could not be resolved (for
    example a relative date with no publication date). ``anchor`` and ``rule`` say why it got its
    value, for the details pane ("publication date 2021-08-16", "weekday, future cue 'was due to'").
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    interval: Interval | None = None
    certainty: Certainty = Certainty.EXACT
    anchor: str = ""
    rule: str = ""
    mod: str = ""

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True, slots=True)
class Document:
    """An article as read from a file.

    ``text`` is the cleaned text (hard wraps joined, hyphenation undone) that the article view shows
    and every offset refers to. ``raw_offsets`` maps it back to the decoded file: for each index
    ``i`` of ``text`` (and ``len(text)``), ``raw_offsets[i]`` is the matching index in ``raw_text``.
    An empty ``raw_offsets`` means ``text`` is ``raw_text``. ``excluded`` spans (URLs, "Related
    article:" lines, photo credits, source footers) never yield time expressions or events.
    """

    source: str
    title: str
    text: str
    publication_date: PublicationDate | None = None
    excluded: tuple[Span, ...] = ()
    raw_text: str = ""
    raw_offsets: tuple[int, ...] = ()
    format: str = "text"
    notes: tuple[str, ...] = field(default=())

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of ``text`` to the matching span of the decoded file text."""
        if not self.raw_offsets:
            return start, end
        return self.raw_offsets[start], self.raw_offsets[end]

    def is_excluded(self, span: Span) -> bool:
        return any(span.overlaps(ex) for ex in self.excluded)


@dataclass(frozen=True, slots=True)
class Mention:
    """One place in the text that states an event: the sentence and its time expression."""

    sentence: Span
    sentence_text: str
    timex: Timex


@dataclass(frozen=True, slots=True)
class Event:
    """One dated thing that happened, as drawn on the timeline.

    ``mentions[0]`` is the primary mention; later ones are merged duplicates (a repeated lede).
    """

    id: str
    document: str  # Document.source
    interval: Interval
    label: str
    mentions: tuple[Mention, ...]
    certainty: Certainty
    hidden: bool = False
    edited: bool = False

    @property
    def timex(self) -> Timex:
        return self.mentions[0].timex

    @property
    def sentence(self) -> Span:
        return self.mentions[0].sentence

    @property
    def sentence_text(self) -> str:
        return self.mentions[0].sentence_text

    @property
    def is_vague(self) -> bool:
        return self.certainty is Certainty.VAGUE
