"""A small factory of hand-built events: a realistic two-article set and dense synthetic sets."""

from __future__ import annotations

import random
import sys
import types
from datetime import date, datetime, timedelta

import pytest

from timeline_app.core.models import (
    Certainty,
    Event,
    Granularity,
    Interval,
    Mention,
    Span,
    Timex,
    TimexType,
)

STRIKE = "harbour-strike.txt"
FOLLOW_UP = "harbour-follow-up.txt"
STRIKE_PUBLISHED = date(2023, 3, 13)
FOLLOW_UP_PUBLISHED = date(2023, 3, 17)
G = Granularity
C = Certainty


def make_event(
    ident: str,
    first: date | datetime,
    last: date | datetime | None = None,
    label: str = "Something happened",
    *,
    granularity: Granularity = Granularity.DAY,
    certainty: Certainty = Certainty.EXACT,
    document: str = STRIKE,
    expression: str = "on Monday",
    hidden: bool = False,
) -> Event:
    """An event over the calendar days ``first`` .. ``last`` (or an explicit datetime range)."""
    if isinstance(first, datetime):
        end = last if isinstance(last, datetime) else first + timedelta(hours=1)
        interval = Interval(first, end, granularity)
    else:
        assert last is None or not isinstance(last, datetime)
        interval = Interval.days(first, last or first, granularity)
    sentence = f"{label} {expression}."
    timex = Timex(
        start=len(label) + 1,
        end=len(label) + 1 + len(expression),
        text=expression,
        type=TimexType.TIME if granularity.is_time_of_day else TimexType.DATE,
        value=interval.start.date().isoformat(),
        interval=interval,
        certainty=certainty,
    )
    mention = Mention(Span(0, len(sentence)), sentence, timex)
    return Event(ident, document, interval, label, (mention,), certainty, hidden=hidden)


def outlier_events() -> list[Event]:
    """The harbour article plus a year-long 1998 event far away and a week of daily pickets."""
    d = date
    return [
        *harbour_events(),
        make_event("pier", d(1998, 1, 1), d(1998, 12, 31), label="Old pier rebuilt",
                   granularity=G.YEAR, expression="in 1998"),
        *(make_event(f"day{i}", d(2023, 3, 5 + i), label=f"Picket line day {i}")
          for i in range(6)),
    ]  # fmt: skip


def harbour_events() -> list[Event]:
    """About fifteen events of one strike article, with spans, inferred dates and vague ones."""
    d = date
    return [
        make_event("talks-collapse", d(2023, 3, 4), label="Contract talks collapse",
                   expression="Saturday, March 4"),
        make_event("walkout", d(2023, 3, 4), label="Walkout begins",
                   expression="Saturday, March 4"),
        make_event("offer", d(2023, 2, 1), d(2023, 2, 28), label="Authority tables 3% offer",
                   granularity=G.MONTH, certainty=C.INFERRED, expression="last month"),
        make_event("mediation", d(2023, 3, 11), d(2023, 3, 12), label="Talks at mediator's office",
                   granularity=G.WEEKEND, certainty=C.INFERRED, expression="this weekend"),
        make_event("draft", d(2023, 3, 12), label="Draft agreement signed",
                   certainty=C.INFERRED, expression="late on Sunday"),
        make_event("vote", d(2023, 3, 13), label="Dock workers vote to end strike",
                   certainty=C.INFERRED, expression="on Monday"),
        make_event("ships", datetime(2023, 3, 13, 15), datetime(2023, 3, 13, 18),
                   label="First ships brought alongside", granularity=G.PART_OF_DAY,
                   certainty=C.INFERRED, expression="later Monday"),
        make_event("resume", d(2023, 3, 15), label="Normal operations resume",
                   certainty=C.INFERRED, expression="on Wednesday"),
        make_event("backlog", d(2023, 3, 13), d(2023, 3, 19), label="Backlog cleared",
                   granularity=G.WEEK, certainty=C.INFERRED, expression="the rest of the week"),
        make_event("minister", d(2023, 3, 16), label="Union meets transport minister",
                   certainty=C.INFERRED, expression="on Thursday"),
        make_event("raise-2023", d(2023, 1, 1), d(2023, 12, 31), label="Wages rise 5 per cent",
                   granularity=G.YEAR, certainty=C.INFERRED, expression="this year"),
        make_event("raise-2024", d(2024, 1, 1), d(2024, 1, 31), label="Further 4 per cent rise",
                   granularity=G.MONTH, expression="January 2024"),
        make_event("allowances", d(2015, 1, 1), d(2015, 12, 31),
                   label="Night-shift allowances last changed", granularity=G.YEAR,
                   expression="2015"),
        make_event("stoppages", d(2019, 1, 1), d(2023, 3, 13), label="Stoppages drive trade south",
                   granularity=G.YEAR, certainty=C.VAGUE, expression="in recent years"),
        make_event("spoiled", d(2023, 3, 6), d(2023, 3, 12), label="Fruit shipments spoil",
                   granularity=G.WEEK, certainty=C.VAGUE, expression="in the past week"),
        make_event("panel", d(2023, 3, 13), d(2023, 12, 31), label="Independent panel review",
                   granularity=G.YEAR, certainty=C.VAGUE, expression="before the end of the year"),
    ]  # fmt: skip


def follow_up_events() -> list[Event]:
    d = date
    doc = FOLLOW_UP
    return [
        make_event("f-backlog", d(2023, 3, 17), label="Last waiting ship berths", document=doc,
                   certainty=C.INFERRED, expression="on Friday"),
        make_event("f-minister", d(2023, 3, 16), label="Minister promises staffing review",
                   document=doc, certainty=C.INFERRED, expression="on Thursday"),
        make_event("f-review", d(2023, 4, 1), d(2023, 4, 30), label="Staffing review opens",
                   granularity=G.MONTH, document=doc, expression="in April"),
        make_event("f-strike", d(2023, 3, 4), d(2023, 3, 12), label="Nine-day strike",
                   granularity=G.WEEK, document=doc, expression="March 4 to 12"),
        make_event("f-rivals", d(2023, 3, 6), d(2023, 3, 17), label="Rival ports gain trade",
                   granularity=G.WEEK, certainty=C.VAGUE, document=doc, expression="recently"),
    ]  # fmt: skip


WORDS = (
    "port", "strike", "talks", "vote", "deal", "union", "ships", "minister", "review", "wages",
    "panel", "court", "ruling", "fire", "storm", "flood", "election", "budget", "protest",
    "agreement",
)  # fmt: skip


def synthetic_events(n: int, seed: int = 7, days: int = 730, documents: int = 2) -> list[Event]:
    """``n`` events over ``days`` days: mostly single days, some spans, a few vague ones."""
    rng = random.Random(seed)
    words = WORDS
    base = date(2022, 1, 1)
    out = []
    for i in range(n):
        first = base + timedelta(days=rng.randrange(days))
        label = " ".join(rng.choice(words) for _ in range(rng.randint(1, 5))).capitalize()
        doc = f"article-{i % documents}.txt"
        roll = rng.random()
        if roll < 0.75:
            out.append(
                make_event(
                    f"e{i}",
                    first,
                    label=label,
                    document=doc,
                    certainty=C.EXACT if rng.random() < 0.6 else C.INFERRED,
                )
            )
        elif roll < 0.95:
            last = first + timedelta(days=rng.randint(1, 40))
            out.append(make_event(f"e{i}", first, last, label, granularity=G.WEEK, document=doc))
        else:
            last = first + timedelta(days=rng.randint(30, 300))
            out.append(
                make_event(
                    f"e{i}",
                    first,
                    last,
                    label,
                    granularity=G.YEAR,
                    certainty=C.VAGUE,
                    document=doc,
                    expression="recently",
                )
            )
    return out  # fmt: skip


_THIS = sys.modules[__name__]  # taken now: pytest reuses the name "conftest" for other folders


@pytest.fixture
def factory() -> types.ModuleType:
    """This module, for tests that build their own events (conftest is not importable by name)."""
    return _THIS


@pytest.fixture
def harbour() -> list[Event]:
    return harbour_events()


@pytest.fixture
def two_documents() -> list[Event]:
    return harbour_events() + follow_up_events()


@pytest.fixture
def publication_dates() -> list[tuple[str, date]]:
    return [(STRIKE, STRIKE_PUBLISHED), (FOLLOW_UP, FOLLOW_UP_PUBLISHED)]


@pytest.fixture
def dense() -> list[Event]:
    return synthetic_events(500)
