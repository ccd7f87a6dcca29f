"""What the hand-annotated gold sets share: locating each chosen span in its article, checking
values and weekdays, and writing ``<name>.json``. Each set's ``annotate.py`` holds only its
annotations and calls ``write_set``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

Gold = dict[str, tuple[str, list[tuple[str, str, str]]]]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TYPES = {"DATE", "TIME", "DURATION", "SET"}
VALUE_SHAPES = [
    r"\d{4}(-\d{2}(-\d{2}(T(\d{2}:\d{2}|MO|AF|EV|NI))?)?)?",  # year, month, day, time of day
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}",  # clock time to the second
    r"\d{2,3}",  # century, decade
    r"\d{4}-(SP|SU|FA|WI|H[12]|Q[1-4])",  # season, half, quarter
    r"\d{4}-W\d{2}(-WE)?",  # ISO week, weekend
    r"FY\d{4}",  # fiscal year
    r"FY\d{4}-Q[1-4]",  # quarter of a fiscal year
    r"PAST_REF|PRESENT_REF|FUTURE_REF",
    r"P(\d+|X)[YMWDQ]|PT(\d+|X)[HM]",  # durations
    r"XXXX-WXX-[1-7](T(MO|AF|EV|NI))?|XXXX-XX-XXT(MO|AF|EV|NI)",  # sets on days / parts of day
    r"XXXX-WXX-WE|XXXX-(SP|SU|FA|WI)",  # every weekend, every winter
    r"XXXX-XX-XXT\d{2}:\d{2}",  # clock time on no particular day (hours of a recurring event)
]


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


def check_values(name: str, spans: list[tuple[str, str, str]]) -> None:
    """Types from the TIMEX3 set; values in one of the shapes used by these conventions."""
    for surface, kind, value in spans:
        if kind not in TYPES:
            raise ValueError(f"{name}: {surface!r} has unknown type {kind!r}")
        if not any(re.fullmatch(shape, value) for shape in VALUE_SHAPES):
            raise ValueError(f"{name}: {surface!r} has an unexpected value {value!r}")
        m = re.match(r"(\d{4}-\d{2}-\d{2})", value)
        if m:
            dt.date.fromisoformat(m.group(1))  # raises on an impossible date


def write_set(here: Path, gold: Gold, argv: list[str]) -> None:
    """Check every annotation, locate it in ``here/<name>.txt`` and write ``<name>.json``;
    ``--show`` in ``argv`` prints each span in its context for review."""
    show = "--show" in argv
    total = 0
    for name, (dct, spans) in gold.items():
        check_weekdays(name, spans)
        check_values(name, spans)
        text = (here / f"{name}.txt").read_text(encoding="utf-8")
        timexes = locate(text, spans)
        doc = {"dct": dct, "timexes": timexes}
        path = here / f"{name}.json"
        path.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{path.name}: {len(spans)} TIMEX3")
        total += len(spans)
        if show:
            for t in timexes:
                s, e = int(str(t["start"])), int(str(t["end"]))
                left = text[max(0, s - 40) : s].replace("\n", " ")
                right = text[e : e + 30].replace("\n", " ")
                print(f"   {left:>40}[{text[s:e]}]{right:<30}  {t['type']:8} {t['value']}")
    print(f"{total} TIMEX3 in all")
