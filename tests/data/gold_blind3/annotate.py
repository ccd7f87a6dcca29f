"""Hand annotations for the third blind gold set; writes <name>.json next to each <name>.txt.

    python tests/data/gold_blind3/annotate.py          # write the JSON files
    python tests/data/gold_blind3/annotate.py --show   # also print each span in its context

Spans and values below were chosen by hand (TimeML TIMEX3 conventions, see README.md), before the
project's tagger was run on these articles. This script only finds each annotated string in the
article, in order, so the offsets are exact; it raises if a span is not found. As a guard against
typing slips it also checks that every span naming a weekday has a value falling on that weekday,
and that every value has one of the shapes the conventions allow.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name -> (publication date, [(text, type, value), ...] in reading order)
GOLD: dict[str, tuple[str, list[tuple[str, str, str]]]] = {
    # Thursday 2026-12-10 (ISO week 50), central bank rate decision, wire dateline.
    "kestria-rate-decision": (
        "2026-12-10",
        [
            ("early next year", "DATE", "2027"),
            ("Dec 10", "DATE", "2026-12-10"),
            ("Thursday", "DATE", "2026-12-10"),
            ("early next year", "DATE", "2027"),
            ("the past 12 months", "DURATION", "P12M"),
            ("the spring of 2025", "DATE", "2025-SP"),
            ("Tuesday", "DATE", "2026-12-08"),
            ("November", "DATE", "2026-11"),
            ("2 p.m.", "TIME", "2026-12-10T14:00"),
            ("the summer", "DATE", "2026-SU"),
            ("the first quarter", "DATE", "2027-Q1"),
            ("now", "DATE", "PRESENT_REF"),
            ("this week", "DATE", "2026-W50"),
            ("March", "DATE", "2026-03"),
            ("every six weeks", "SET", "P6W"),
            ("2019", "DATE", "2019"),
            ("January 28", "DATE", "2027-01-28"),
            ("February", "DATE", "2027-02"),
            ("the third quarter", "DATE", "2026-Q3"),
            ("the second quarter", "DATE", "2026-Q2"),
            ("next year", "DATE", "2027"),
            ("three months ago", "DATE", "2026-09"),
            ("six-year", "DURATION", "P6Y"),
            ("2028", "DATE", "2028"),
            ("Wednesday", "DATE", "2026-12-09"),
            ("every month", "SET", "P1M"),
            ("next month", "DATE", "2027-01"),
            ("February", "DATE", "2027-02"),
            ("March", "DATE", "2027-03"),
            ("the summer", "DATE", "2027-SU"),
            ("the first half of 2027", "DATE", "2027-H1"),
            ("nearly two years", "DURATION", "P2Y"),
            ("the fourth quarter of last year", "DATE", "2025-Q4"),
            ("twice a year", "SET", "P1Y"),
            ("10 a.m.", "TIME", "2026-12-11T10:00"),
            ("Friday", "DATE", "2026-12-11"),
            ("January 4", "DATE", "2027-01-04"),
        ],
    ),
    # Tuesday 2026-01-06 (ISO week 2), missing walker search and rescue, over the year boundary.
    "carrow-ridge-walker-found": (
        "2026-01-06",
        [
            ("55 hours", "DURATION", "PT55H"),
            ("the weekend", "DATE", "2026-W01-WE"),
            ("Monday afternoon", "TIME", "2026-01-05TAF"),
            ("about 8:30 a.m.", "TIME", "2026-01-03T08:30"),
            ("Saturday", "DATE", "2026-01-03"),
            ("6 p.m.", "TIME", "2026-01-03T18:00"),
            ("less than an hour", "DURATION", "PT1H"),
            ("11:30 p.m.", "TIME", "2026-01-03T23:30"),
            ("7 a.m.", "TIME", "2026-01-04T07:00"),
            ("the next morning", "TIME", "2026-01-04TMO"),
            ("Saturday night", "TIME", "2026-01-03TNI"),
            ("36 hours", "DURATION", "PT36H"),
            ("two days later", "DATE", "2026-01-05"),
            ("roughly 55 hours", "DURATION", "PT55H"),
            ("Sunday evening", "TIME", "2026-01-04TEV"),
            ("The first 48 hours", "DURATION", "PT48H"),
            ("Thursday", "DATE", "2026-01-08"),
            ("Tuesday morning", "TIME", "2026-01-06TMO"),
            ("the 1980s", "DATE", "198"),
            ("New Year's Day", "DATE", "2026-01-01"),
            ("December 28", "DATE", "2025-12-28"),
            ("2025", "DATE", "2025"),
            ("the past decade", "DURATION", "P10Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("Sunday afternoons", "SET", "XXXX-WXX-7TAF"),
            ("every Thursday evening", "SET", "XXXX-WXX-4TEV"),
            ("recently", "DATE", "PAST_REF"),
            ("Sunday", "DATE", "2026-01-04"),
            ("Friday", "DATE", "2026-01-09"),
            ("this weekend", "DATE", "2026-W02-WE"),
            ("twice a day", "SET", "P1D"),
        ],
    ),
    # Wednesday 2026-09-30 (ISO week 40), film festival preview.
    "lissom-bay-film-festival": (
        "2026-09-30",
        [
            ("four-hour", "DURATION", "PT4H"),
            ("October 8", "DATE", "2026-10-08"),
            ("18", "DATE", "2026-10-18"),
            ("2001", "DATE", "2001"),
            ("tonight", "TIME", "2026-09-30TNI"),
            ("Thursday, October 8", "DATE", "2026-10-08"),
            ("four-hour", "DURATION", "PT4H"),
            ("three years", "DURATION", "P3Y"),
            ("7:30 p.m.", "TIME", "2026-10-08T19:30"),
            ("6 p.m.", "TIME", "2026-10-08T18:00"),
            ("11 days", "DURATION", "P11D"),
            ("the opening weekend", "DATE", "2026-W41-WE"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("each afternoon", "SET", "XXXX-XX-XXTAF"),
            ("this weekend", "DATE", "2026-W40-WE"),
            ("the 1970s", "DATE", "197"),
            ("nearly a decade", "DURATION", "P10Y"),
            ("a decade ago", "DATE", "2016"),
            ("last spring", "DATE", "2026-SP"),
            ("Monday", "DATE", "2026-09-28"),
            ("Friday", "DATE", "2026-10-02"),
            ("9 a.m.", "TIME", "2026-10-02T09:00"),
            ("this Saturday", "DATE", "2026-10-03"),
            ("Last year", "DATE", "2025"),
            ("48 hours", "DURATION", "PT48H"),
            ("recent years", "DATE", "PAST_REF"),
            ("Sunday, October 18", "DATE", "2026-10-18"),
            ("8 p.m.", "TIME", "2026-10-18T20:00"),
            ("the future", "DATE", "FUTURE_REF"),
            ("2028", "DATE", "2028"),
        ],
    ),
    # Thursday 2026-09-03 (ISO week 36), school-board budget dispute, fiscal years from July 1.
    "ellery-valley-school-budget": (
        "2026-09-03",
        [
            ("Tuesday night", "TIME", "2026-09-01TNI"),
            ("less than four weeks", "DURATION", "P4W"),
            ("the end of the month", "DATE", "2026-09"),
            ("nearly four hours", "DURATION", "PT4H"),
            ("11 p.m.", "TIME", "2026-09-01T23:00"),
            ("Sept. 17", "DATE", "2026-09-17"),
            ("last spring", "DATE", "2026-SP"),
            ("fiscal 2027", "DATE", "FY2027"),
            ("July 1", "DATE", "2026-07-01"),
            ("fiscal 2026", "DATE", "FY2026"),
            ("a decade", "DURATION", "P10Y"),
            ("June", "DATE", "2026-06"),
            ("next spring", "DATE", "2027-SP"),
            ("January", "DATE", "2027-01"),
            ("a week", "DURATION", "P1W"),
            ("one year", "DURATION", "P1Y"),
            ("Nov. 3", "DATE", "2026-11-03"),
            ("last week", "DATE", "2026-W35"),
            ("this fall", "DATE", "2026-FA"),
            ("Now", "DATE", "PRESENT_REF"),
            ("the past three years", "DURATION", "P3Y"),
            ("next summer", "DATE", "2027-SU"),
            ("6:30 p.m.", "TIME", "2026-09-09T18:30"),
            ("next Wednesday", "DATE", "2026-09-09"),
            ("9 a.m.", "TIME", "2026-09-12T09:00"),
            ("Saturday, Sept. 12", "DATE", "2026-09-12"),
            ("Monday", "DATE", "2026-09-07"),
            ("Labor Day", "DATE", "2026-09-07"),
            ("twice a month", "SET", "P1M"),
            ("two days", "DURATION", "P2D"),
            ("2014", "DATE", "2014"),
            ("soon", "DATE", "FUTURE_REF"),
        ],
    ),
    # Tuesday 2026-02-17 (ISO week 8), space mission update: launch window, cruise, decades.
    "tessaly-probe-launch-window": (
        "2026-02-17",
        [
            ("next month", "DATE", "2026-03"),
            ("21-day", "DURATION", "P21D"),
            ("March 9", "DATE", "2026-03-09"),
            ("nine years", "DURATION", "P9Y"),
            ("06:14 UTC", "TIME", "2026-03-09T06:14"),
            ("Monday, March 9", "DATE", "2026-03-09"),
            ("Monday", "DATE", "2026-02-16"),
            ("every 19 months", "SET", "P19M"),
            ("late 2027", "DATE", "2027"),
            ("seven-year", "DURATION", "P7Y"),
            ("2031", "DATE", "2031"),
            ("2033", "DATE", "2033"),
            ("four-year", "DURATION", "P4Y"),
            ("December", "DATE", "2025-12"),
            ("the past six weeks", "DURATION", "P6W"),
            ("last Friday", "DATE", "2026-02-13"),
            ("Sunday", "DATE", "2026-02-15"),
            ("2011", "DATE", "2011"),
            ("a decade ago", "DATE", "2016"),
            ("2016", "DATE", "2016"),
            ("2019", "DATE", "2019"),
            ("more than two years", "DURATION", "P2Y"),
            ("the early 2010s", "DATE", "201"),
            ("The 2030s", "DATE", "203"),
            ("05:30 UTC", "TIME", "2026-03-09T05:30"),
            ("Thursday", "DATE", "2026-02-19"),
            ("daily", "SET", "P1D"),
            ("the first three months", "DURATION", "P3M"),
            ("weekly", "SET", "P1W"),
            ("the 1990s", "DATE", "199"),
            ("currently", "DATE", "PRESENT_REF"),
            ("this summer", "DATE", "2026-SU"),
        ],
    ),
    # Tuesday 2026-03-31 (ISO week 14), wire story with a dateline and a correction note.
    "saltrey-paintings-recovered": (
        "2026-03-31",
        [
            ("March 31", "DATE", "2026-03-31"),
            ("February", "DATE", "2026-02"),
            ("Tuesday", "DATE", "2026-03-31"),
            ("April 1", "DATE", "2026-04-01"),
            ("1911", "DATE", "1911"),
            ("1914", "DATE", "1914"),
            ("3 a.m.", "TIME", "2026-02-12T03:00"),
            ("February 12", "DATE", "2026-02-12"),
            ("the following day", "DATE", "2026-02-13"),
            ("March 9", "DATE", "2026-03-09"),
            ("three weeks later", "DATE", "2026-03-30"),
            ("11:40 a.m.", "TIME", "2026-03-30T11:40"),
            ("0940 GMT", "TIME", "2026-03-30T09:40"),
            ("Monday", "DATE", "2026-03-30"),
            ("almost seven weeks", "DURATION", "P7W"),
            ("Sunday", "DATE", "2026-03-29"),
            ("Tuesday morning", "TIME", "2026-03-31TMO"),
            ("1958", "DATE", "1958"),
            ("more than three decades", "DURATION", "P30Y"),
            ("the past 20 years", "DURATION", "P20Y"),
            ("last year", "DATE", "2025"),
            ("the next few days", "DURATION", "PXD"),
            ("Easter", "DATE", "2026-04-05"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("next month", "DATE", "2026-04"),
            ("the Easter weekend", "DATE", "2026-W14-WE"),
            ("2023", "DATE", "2023"),
            ("Thursday", "DATE", "2026-04-02"),
            ("February 12", "DATE", "2026-02-12"),
            ("February 21", "DATE", "2026-02-21"),
        ],
    ),
}

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TYPES = {"DATE", "TIME", "DURATION", "SET"}
VALUE_SHAPES = [
    r"\d{4}(-\d{2}(-\d{2}(T(\d{2}:\d{2}|MO|AF|EV|NI))?)?)?",  # year, month, day, time of day
    r"\d{2,3}",  # century, decade
    r"\d{4}-(SP|SU|FA|WI|H[12]|Q[1-4])",  # season, half, quarter
    r"\d{4}-W\d{2}(-WE)?",  # ISO week, weekend
    r"FY\d{4}",  # fiscal year
    r"PAST_REF|PRESENT_REF|FUTURE_REF",
    r"P(\d+|X)[YMWD]|PT(\d+|X)[HM]",  # durations
    r"XXXX-WXX-[1-7](T(MO|AF|EV|NI))?|XXXX-XX-XXT(MO|AF|EV|NI)",  # sets on days / parts of day
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


def main() -> None:
    show = "--show" in sys.argv[1:]
    total = 0
    for name, (dct, spans) in GOLD.items():
        check_weekdays(name, spans)
        check_values(name, spans)
        text = (HERE / f"{name}.txt").read_text(encoding="utf-8")
        doc = {"dct": dct, "timexes": locate(text, spans)}
        path = HERE / f"{name}.json"
        path.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{path.name}: {len(spans)} TIMEX3")
        total += len(spans)
        if show:
            for t in doc["timexes"]:
                s, e = t["start"], t["end"]
                left = text[max(0, s - 40) : s].replace("\n", " ")
                right = text[e : e + 30].replace("\n", " ")
                print(f"   {left:>40}[{text[s:e]}]{right:<30}  {t['type']:8} {t['value']}")
    print(f"{total} TIMEX3 in all")


if __name__ == "__main__":
    main()
