"""Hand annotations for the second blind gold set; writes <name>.json next to each <name>.txt.

    python tests/data/gold_blind2/annotate.py

Spans and values below were chosen by hand (TimeML TIMEX3 conventions, see README.md), before the
project's tagger was run on these articles. This script only finds each annotated string in the
article, in order, so the offsets are exact; it raises if a span is not found. As a guard against
typing slips it also checks that every span naming a weekday has a value falling on that weekday.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name -> (publication date, [(text, type, value), ...] in reading order)
GOLD: dict[str, tuple[str, list[tuple[str, str, str]]]] = {
    # Wednesday 2026-03-11 (ISO week 11), election-night wire report with a dateline.
    "corrin-bay-mayor-vote": (
        "2026-03-11",
        [
            ("March 11", "DATE", "2026-03-11"),
            ("four years ago", "DATE", "2022"),
            ("early Wednesday", "DATE", "2026-03-11"),
            ("nearly two decades", "DURATION", "P20Y"),
            ("2:40 a.m.", "TIME", "2026-03-11T02:40"),
            ("3 a.m.", "TIME", "2026-03-11T03:00"),
            ("1998", "DATE", "1998"),
            ("8 p.m.", "TIME", "2026-03-10T20:00"),
            ("Tuesday", "DATE", "2026-03-10"),
            ("almost three hours", "DURATION", "PT3H"),
            ("Friday", "DATE", "2026-03-13"),
            ("Thursday", "DATE", "2026-03-12"),
            ("April 1", "DATE", "2026-04-01"),
            ("last autumn", "DATE", "2025-FA"),
            ("every Saturday morning", "SET", "XXXX-WXX-6TMO"),
            ("January", "DATE", "2026-01"),
            ("February", "DATE", "2026-02"),
            ("weekly", "SET", "P1W"),
            ("the final two months", "DURATION", "P2M"),
            ("2007", "DATE", "2007"),
            ("the early 2010s", "DATE", "201"),
            ("Monday", "DATE", "2026-03-09"),
            ("a few weeks", "DURATION", "PXW"),
            ("a year ago", "DATE", "2025"),
            ("the summer of 2027", "DATE", "2027-SU"),
            ("about 30 months", "DURATION", "P30M"),
            ("next week", "DATE", "2026-W12"),
            ("every Monday evening", "SET", "XXXX-WXX-1TEV"),
            ("the end of June", "DATE", "2026-06"),
            ("recent years", "DATE", "PAST_REF"),
            ("Now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Wednesday 2026-10-14 (ISO week 42), court appeal with a hearing schedule.
    "drummel-appeal-hearing": (
        "2026-10-14",
        [
            ("January", "DATE", "2027-01"),
            ("Tuesday", "DATE", "2026-10-13"),
            ("two-day", "DURATION", "P2D"),
            ("January 19", "DATE", "2027-01-19"),
            ("20", "DATE", "2027-01-20"),
            ("June", "DATE", "2026-06"),
            ("at least 14 months", "DURATION", "P14M"),
            ("6:40 a.m.", "TIME", "2024-08-03T06:40"),
            ("August 3, 2024", "DATE", "2024-08-03"),
            ("two days later", "DATE", "2024-08-05"),
            ("Tuesday afternoon", "TIME", "2026-10-13TAF"),
            ("November 27", "DATE", "2026-11-27"),
            ("December 11", "DATE", "2026-12-11"),
            ("Friday", "DATE", "2026-10-16"),
            ("10:30 a.m.", "TIME", "2026-10-16T10:30"),
            ("Monday", "DATE", "2026-10-12"),
            ("six-week", "DURATION", "P6W"),
            ("May", "DATE", "2026-05"),
            ("every Tuesday", "SET", "XXXX-WXX-2"),
            ("months", "DURATION", "PXM"),
            ("2023", "DATE", "2023"),
            ("90 days", "DURATION", "P90D"),
            ("the spring", "DATE", "2027-SP"),
            ("the third quarter", "DATE", "2026-Q3"),
            ("last weekend", "DATE", "2026-W41-WE"),
            ("more than two years", "DURATION", "P2Y"),
            ("the 1960s", "DATE", "196"),
            ("Every winter", "SET", "XXXX-WI"),
            ("recent years", "DATE", "PAST_REF"),
            ("next month", "DATE", "2026-11"),
        ],
    ),
    # Tuesday 2025-12-30 (ISO week 2026-W01), transport strike over the year boundary.
    "estvale-rail-strike": (
        "2025-12-30",
        [
            ("January", "DATE", "2026-01"),
            ("48 hours", "DURATION", "PT48H"),
            ("4 a.m.", "TIME", "2026-01-02T04:00"),
            ("Friday, January 2", "DATE", "2026-01-02"),
            ("Monday night", "TIME", "2025-12-29TNI"),
            ("Monday, January 12", "DATE", "2026-01-12"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("the end of February", "DATE", "2026-02"),
            ("New Year's Eve", "DATE", "2025-12-31"),
            ("New Year's Day", "DATE", "2026-01-01"),
            ("September", "DATE", "2025-09"),
            ("2026", "DATE", "2026"),
            ("December 19", "DATE", "2025-12-19"),
            ("the next day", "DATE", "2025-12-20"),
            ("Saturday", "DATE", "2025-12-27"),
            ("eleven hours", "DURATION", "PT11H"),
            ("Monday", "DATE", "2025-12-29"),
            ("11:40 p.m.", "TIME", "2025-12-29T23:40"),
            ("November", "DATE", "2025-11"),
            ("Tuesday morning", "TIME", "2025-12-30TMO"),
            ("Wednesday", "DATE", "2025-12-31"),
            ("Last January", "DATE", "2025-01"),
            ("a whole week", "DURATION", "P1W"),
            ("Now", "DATE", "PRESENT_REF"),
            ("each day", "SET", "P1D"),
            ("early December", "DATE", "2025-12"),
            ("2019", "DATE", "2019"),
            ("nine days", "DURATION", "P9D"),
            ("A year earlier", "DATE", "2018"),
            ("Sunday", "DATE", "2026-01-04"),
            ("days", "DURATION", "PXD"),
            ("January 9", "DATE", "2026-01-09"),
            ("2021", "DATE", "2021"),
            ("later this week", "DATE", "2026-W01"),
        ],
    ),
    # Sunday 2026-06-21 (ISO week 25), obituary spanning decades.
    "corravel-radio-obituary": (
        "2026-06-21",
        [
            ("more than three decades", "DURATION", "P30Y"),
            ("Thursday", "DATE", "2026-06-18"),
            ("February", "DATE", "2026-02"),
            ("last month", "DATE", "2026-05"),
            ("1937", "DATE", "1937"),
            ("the late 1950s", "DATE", "195"),
            ("the spring of 1968", "DATE", "1968-SP"),
            ("that October", "DATE", "1968-10"),
            ("two hours", "DURATION", "PT2H"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("the next ten years", "DURATION", "P10Y"),
            ("1974", "DATE", "1974"),
            ("11 days", "DURATION", "P11D"),
            ("1979", "DATE", "1979"),
            ("the 1980s", "DATE", "198"),
            ("1990s", "DATE", "199"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("1982", "DATE", "1982"),
            ("2019", "DATE", "2019"),
            ("2001", "DATE", "2001"),
            ("a year later", "DATE", "2002"),
            ("recent years", "DATE", "PAST_REF"),
            ("weekly", "SET", "P1W"),
            ("Saturday", "DATE", "2026-06-27"),
            ("11 a.m.", "TIME", "2026-06-27T11:00"),
            ("one minute", "DURATION", "PT1M"),
            ("noon", "TIME", "2026-06-27T12:00"),
            ("last summer", "DATE", "2025-SU"),
        ],
    ),
    # Wednesday 2026-02-04 (ISO week 6), product launch with quarters and fiscal years.
    "lumetra-arc-fold-launch": (
        "2026-02-04",
        [
            ("second half", "DATE", "2026-H2"),
            ("Feb 4", "DATE", "2026-02-04"),
            ("Wednesday", "DATE", "2026-02-04"),
            ("the second half of the year", "DATE", "2026-H2"),
            ("fourth quarter", "DATE", "2025-Q4"),
            ("March 20", "DATE", "2026-03-20"),
            ("the second quarter", "DATE", "2026-Q2"),
            ("9 a.m.", "TIME", "2026-02-09T09:00"),
            ("Monday", "DATE", "2026-02-09"),
            ("the three months", "DURATION", "P3M"),
            ("December 31", "DATE", "2025-12-31"),
            ("a year earlier", "DATE", "2024-Q4"),
            ("fiscal 2025", "DATE", "2025"),
            ("nearly four years", "DURATION", "P4Y"),
            ("18 months ago", "DATE", "2024-08"),
            ("the past decade", "DURATION", "P10Y"),
            ("Wednesday afternoon", "TIME", "2026-02-04TAF"),
            ("first-quarter", "DATE", "2026-Q1"),
            ("fiscal 2026", "DATE", "2026"),
            ("every month", "SET", "P1M"),
            ("annually", "SET", "P1Y"),
            ("mid-November", "DATE", "2025-11"),
            ("Tuesday", "DATE", "2026-02-03"),
            ("later this year", "DATE", "2026"),
            ("the end of 2027", "DATE", "2027"),
            ("last year", "DATE", "2025"),
            ("31 years", "DURATION", "P31Y"),
            ("first-quarter", "DATE", "2026-Q1"),
            ("April 29", "DATE", "2026-04-29"),
            ("the autumn", "DATE", "2026-FA"),
            ("soon", "DATE", "FUTURE_REF"),
            ("the summer", "DATE", "2026-SU"),
        ],
    ),
    # Monday 2026-09-28 (ISO week 40), storm report with clock times and parts of day.
    "storm-wenna-power-cuts": (
        "2026-09-28",
        [
            ("tonight", "TIME", "2026-09-28TNI"),
            ("the weekend", "DATE", "2026-W39-WE"),
            ("Sunday", "DATE", "2026-09-27"),
            ("10 p.m.", "TIME", "2026-09-26T22:00"),
            ("Saturday", "DATE", "2026-09-26"),
            ("1 a.m.", "TIME", "2026-09-27T01:00"),
            ("4 a.m.", "TIME", "2026-09-27T04:00"),
            ("Sunday", "DATE", "2026-09-27"),
            ("Sunday evening", "TIME", "2026-09-27TEV"),
            ("this morning", "TIME", "2026-09-28TMO"),
            ("24 hours", "DURATION", "PT24H"),
            ("Wednesday", "DATE", "2026-09-30"),
            ("tonight", "TIME", "2026-09-28TNI"),
            ("Tuesday morning", "TIME", "2026-09-29TMO"),
            ("noon", "TIME", "2026-09-29T12:00"),
            ("Tuesday", "DATE", "2026-09-29"),
            ("today", "DATE", "2026-09-28"),
            ("tomorrow", "DATE", "2026-09-29"),
            ("2011", "DATE", "2011"),
            ("recent decades", "DATE", "PAST_REF"),
            ("the autumn", "DATE", "2026-FA"),
            ("two years ago", "DATE", "2024"),
            ("Saturday night", "TIME", "2026-09-26TNI"),
            ("hours", "DURATION", "PTXH"),
            ("the next two weeks", "DURATION", "P2W"),
            ("October 9", "DATE", "2026-10-09"),
            ("monthly", "SET", "P1M"),
            ("next week", "DATE", "2026-W41"),
            ("late October 2023", "DATE", "2023-10"),
            ("months", "DURATION", "PXM"),
            ("now", "DATE", "PRESENT_REF"),
            ("every six hours", "SET", "PT6H"),
            ("this weekend", "DATE", "2026-W40-WE"),
        ],
    ),
}

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def locate(text: str, spans: list[tuple[str, str, str]]) -> list[dict[str, object]]:
    """Each span found as a whole word at or after the previous one (case-sensitive)."""
    out: list[dict[str, object]] = []
    cursor = 0
    for surface, kind, value in spans:
        start = text.find(surface, cursor)
        while start >= 0 and not _whole(text, start, start + len(surface)):
            start = text.find(surface, start + 1)
        if start < 0:
            raise ValueError(f"{surface!r} not found after offset {cursor}")
        end = start + len(surface)
        out.append({"start": start, "end": end, "text": surface, "type": kind, "value": value})
        cursor = end
    return out


def _whole(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def check_weekdays(name: str, spans: list[tuple[str, str, str]]) -> None:
    """A span naming a weekday (not a SET) must carry a full date falling on that weekday."""
    for surface, kind, value in spans:
        named = [i for i, day in enumerate(WEEKDAYS) if day in surface]
        if not named or kind == "SET":
            continue
        m = re.match(r"(\d{4}-\d{2}-\d{2})", value)
        if not m or dt.date.fromisoformat(m.group(1)).weekday() != named[0]:
            raise ValueError(f"{name}: {surface!r} -> {value!r} is not a {WEEKDAYS[named[0]]}")


def main() -> None:
    for name, (dct, spans) in GOLD.items():
        check_weekdays(name, spans)
        text = (HERE / f"{name}.txt").read_text(encoding="utf-8")
        doc = {"dct": dct, "timexes": locate(text, spans)}
        path = HERE / f"{name}.json"
        path.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{path.name}: {len(spans)} TIMEX3")


if __name__ == "__main__":
    main()
