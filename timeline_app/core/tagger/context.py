"""What a resolver knows while it walks a document, and what it hands back."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from timeline_app.core.models import Certainty, TimexType
from timeline_app.core.tagger.cues import Cue, direction
from timeline_app.core.tagger.lexicon import MONTHS

_PLACEHOLDER = date(2000, 1, 1)
_DAY_VALUE = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_MONTH_VALUE = re.compile(r"(\d{4})-(\d\d)")
_COUNTED = re.compile(r"\b(?:earlier|later|before|after|ago|previous|following)\b", re.IGNORECASE)
_ENDED = re.compile(
    rf"\s+(?:that\s+)?(?:ended|ending)\s+(?P<month>{'|'.join(MONTHS)})\.?\s+\d{{1,2}}"
    r"(?:,\s+(?P<year>\d{4}))?\b",
    re.IGNORECASE,
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


@dataclass(slots=True)
class Context:
    """The document being tagged and the dates mentioned so far (for narrative anchoring)."""

    text: str
    publication: date | None
    last_day: date | None = None
    last_day_text: str = ""
    last_value: str = ""
    last_value_text: str = ""
    last_quarter: str = ""
    last_month: date | None = None  # the latest date named to the month or finer ("in March")
    cue_cache: dict[tuple[int, int], Cue | None] = field(default_factory=dict)

    @property
    def base(self) -> date:
        return self.publication or _PLACEHOLDER

    def base_anchor(self) -> str:
        if self.publication is None:
            return "no publication date"
        return f"publication date {self.publication.isoformat()}"

    def named_year(self) -> int | None:
        """The year the text last named ("in 2015", "last year"), if the latest date was one; not
        a year that was itself counted from another ("a year earlier"), so offsets do not chain."""
        if re.fullmatch(r"\d{4}", self.last_value) and not _COUNTED.search(self.last_value_text):
            return int(self.last_value)
        return None

    def narrative(self) -> tuple[date, str, bool]:
        """The day "the next day" counts from, why, and whether the text itself named it."""
        if self.last_day is not None:
            return self.last_day, f"previous date {self.last_day} ('{self.last_day_text}')", True
        return self.base, self.base_anchor(), False

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
        """Whether ``quarter`` (1990-Q3) starts after the publication date: one forecast."""
        if self.publication is None:
            return False
        start = date(int(quarter[:4]), 3 * int(quarter[-1]) - 2, 1)
        return start > self.publication

    def remember(self, value: str, text: str) -> None:
        """Record a resolved DATE/TIME value as the anchor for what follows."""
        if not value[:4].isdigit():
            return
        self.last_value, self.last_value_text = value, text
        if re.match(r"\d{4}-Q[1-4]$", value):
            if not self._forecast(value):  # results are reported for quarters gone by
                self.last_quarter = value
        elif re.fullmatch(r"\d{4}", value):
            self.last_quarter = ""  # the text moved on to whole years
        month = _MONTH_VALUE.match(value)
        if month and 1 <= int(month[2]) <= 12:
            self.last_month = date(int(month[1]), int(month[2]), 1)
        match = _DAY_VALUE.match(value)
        if match:
            try:
                self.last_day = date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                return
            self.last_day_text = text
