"""Annotations of the twenty-first blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind21/annotate.py [--show]

Writes <name>.json next to each <name>.txt; how spans are found and checked:
tests/data/gold_tools.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_tools import Gold, write_set  # noqa: E402

GOLD: Gold = {
    # Tuesday 2023-08-15 (ISO week 33), US tech-news site: the company spoke on Monday
    # 2023-08-14; its fiscal year is not given, so "Q3", "the end of the quarter" (said on
    # Wednesday 2023-07-26) and "the July-September quarter" are the calendar quarter 2023-Q3,
    # and "the first quarter of next year" is 2024-Q1. Breach timeline: login on Saturday
    # 2023-06-03, found on Friday 2023-07-21, Corvane hired "the following day" 2023-07-22,
    # FBI told on 2023-07-24, determination on 2023-08-01; results on Thursday 2023-08-24.
    # "the spring" the speaker was promised for (after the 2022 holiday season) is 2023-SP.
    "hearthline-hub-delay-data-breach": (
        "2023-08-15",
        [
            ("next year", "DATE", "2024"),
            ("seven-week", "DURATION", "P7W"),
            ("Aug. 15, 2023", "DATE", "2023-08-15"),
            ("7:10 a.m. ET", "TIME", "2023-08-15T07:10"),
            ("9:45 a.m. ET", "TIME", "2023-08-15T09:45"),
            ("Monday", "DATE", "2023-08-14"),
            ("Q3", "DATE", "2023-Q3"),
            ("almost seven weeks", "DURATION", "P7W"),
            ("earlier this summer", "DATE", "2023-SU"),
            ("July 26", "DATE", "2023-07-26"),
            ("the end of the quarter", "DATE", "2023-Q3"),
            ("late Monday", "DATE", "2023-08-14"),
            ("the first quarter of next year", "DATE", "2024-Q1"),
            ("July", "DATE", "2023-07"),
            ("June 3", "DATE", "2023-06-03"),
            ("July 21", "DATE", "2023-07-21"),
            ("two hours", "DURATION", "PT2H"),
            ("the following day", "DATE", "2023-07-22"),
            ("July 24", "DATE", "2023-07-24"),
            ("this week", "DATE", "2023-W33"),
            ("30 days", "DURATION", "P30D"),
            ("Aug. 1", "DATE", "2023-08-01"),
            ("Monday", "DATE", "2023-08-14"),
            ("the coming weeks", "DURATION", "PXW"),
            ("two years", "DURATION", "P2Y"),
            ("Nov. 30", "DATE", "2023-11-30"),
            ("days", "DURATION", "PXD"),
            ("weeks", "DURATION", "PXW"),
            ("seven-week", "DURATION", "P7W"),
            ("2021", "DATE", "2021"),
            ("nine months", "DURATION", "P9M"),
            ("now", "DATE", "PRESENT_REF"),
            ("the next several months", "DURATION", "PXM"),
            ("2022", "DATE", "2022"),
            ("the spring", "DATE", "2023-SP"),
            ("the July-September quarter", "DATE", "2023-Q3"),
            ("Thursday, Aug. 24", "DATE", "2023-08-24"),
            ("later this year", "DATE", "2023"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("soon", "DATE", "FUTURE_REF"),
        ],
    ),
    # Wednesday 2021-06-09 (ISO week 23), British online health story with the abbreviated
    # date line "Wed 9 Jun 2021 06.00 BST": the study was published on Tuesday 2021-06-08, the
    # briefing was on Monday 2021-06-07; "last year's lockdowns" are 2020; the charity's trial
    # starts in the coming September (2021-09); the conference is on Thursday 2021-06-24;
    # "next spring" is 2022-SP. "a 10-year period" -> the adjectival "10-year" only.
    "wrexley-gardening-heart-study": (
        "2021-06-09",
        [
            ("once a week", "SET", "P1W"),
            ("10-year", "DURATION", "P10Y"),
            ("a decade", "DURATION", "P10Y"),
            ("Wed 9 Jun 2021", "DATE", "2021-06-09"),
            ("06.00 BST", "TIME", "2021-06-09T06:00"),
            ("at least once a week", "SET", "P1W"),
            ("Tuesday", "DATE", "2021-06-08"),
            ("10-year", "DURATION", "P10Y"),
            ("2010", "DATE", "2010"),
            ("2019", "DATE", "2019"),
            ("five years", "DURATION", "P5Y"),
            ("2014", "DATE", "2014"),
            ("every two weeks", "SET", "P2W"),
            ("twice a year", "SET", "P1Y"),
            ("Monday", "DATE", "2021-06-07"),
            ("two years", "DURATION", "P2Y"),
            ("early 2020", "DATE", "2020"),
            ("almost a year", "DURATION", "P1Y"),
            ("at least 30 minutes", "DURATION", "PT30M"),
            ("every day", "SET", "P1D"),
            ("the 1990s", "DATE", "199"),
            ("recent years", "DATE", "PAST_REF"),
            ("last year", "DATE", "2020"),
            ("earlier this year", "DATE", "2021"),
            ("now", "DATE", "PRESENT_REF"),
            ("more than four years", "DURATION", "P4Y"),
            ("2018", "DATE", "2018"),
            ("September", "DATE", "2021-09"),
            ("12 months", "DURATION", "P12M"),
            ("the end of 2023", "DATE", "2023"),
            ("every day", "SET", "P1D"),
            ("24 June", "DATE", "2021-06-24"),
            ("next spring", "DATE", "2022-SP"),
        ],
    ),
    # Thursday 2018-03-15 (ISO week 11), US local news site: the first closure runs from
    # 10 p.m. on Friday 2018-03-16 to 5 a.m. on Monday 2018-03-19 ("this weekend" 2018-W11-WE);
    # the parade is on Saturday 2018-03-17, St. Patrick's Day; next week (2018-W12) the bridge
    # shuts overnight from 9 p.m. on Tuesday 2018-03-20 to 5 a.m. on Wednesday 2018-03-21, the
    # night taking the date of the evening it begins on. Memorial Day 2018 is Monday 2018-05-28,
    # so its weekend (Saturday-Sunday) is 2018-W21-WE. "last fall" in March is 2017-FA.
    "larkin-street-bridge-weekend-closures": (
        "2018-03-15",
        [
            ("this weekend", "DATE", "2018-W11-WE"),
            ("4:12 p.m. CT", "TIME", "2018-03-15T16:12"),
            ("March 15, 2018", "DATE", "2018-03-15"),
            ("10 p.m.", "TIME", "2018-03-16T22:00"),
            ("Friday", "DATE", "2018-03-16"),
            ("5 a.m.", "TIME", "2018-03-19T05:00"),
            ("Monday", "DATE", "2018-03-19"),
            ("this spring", "DATE", "2018-SP"),
            ("Thursday", "DATE", "2018-03-15"),
            ("1964", "DATE", "1964"),
            ("April 6", "DATE", "2018-04-06"),
            ("April 20", "DATE", "2018-04-20"),
            ("May 4", "DATE", "2018-05-04"),
            ("May 18", "DATE", "2018-05-18"),
            ("June 1", "DATE", "2018-06-01"),
            ("Memorial Day weekend", "DATE", "2018-W21-WE"),
            ("January", "DATE", "2018-01"),
            ("last fall", "DATE", "2017-FA"),
            ("Next week", "DATE", "2018-W12"),
            ("overnight", "TIME", "2018-03-20TNI"),
            ("9 p.m.", "TIME", "2018-03-20T21:00"),
            ("Tuesday", "DATE", "2018-03-20"),
            ("5 a.m.", "TIME", "2018-03-21T05:00"),
            ("Wednesday", "DATE", "2018-03-21"),
            ("about 20 minutes", "DURATION", "PT20M"),
            ("Saturday", "DATE", "2018-03-17"),
            ("St. Patrick's Day", "DATE", "2018-03-17"),
            ("11 a.m.", "TIME", "2018-03-17T11:00"),
            ("3 p.m.", "TIME", "2018-03-17T15:00"),
            ("every 15 minutes", "SET", "PT15M"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("daily", "SET", "P1D"),
            ("June", "DATE", "2018-06"),
            ("March 26", "DATE", "2018-03-26"),
            ("5:40 a.m.", "TIME", "XXXX-XX-XXT05:40"),
            ("the past two years", "DURATION", "P2Y"),
            ("2027", "DATE", "2027"),
            ("recently", "DATE", "PAST_REF"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
        ],
    ),
    # Monday 2016-06-13 (ISO week 24), New Zealand news site: the government's financial year
    # runs 1 July-30 June and is named by the year it ends (like the Australian one in
    # gold_blind9), so "the 2016/17 financial year" is FY2017, "the 2019/20 financial year"
    # FY2020 and "the current financial year, which ends on 30 June" FY2016. Last week is
    # 2016-W23; the Queen's Birthday holiday was Monday 2016-06-06, its weekend 4-5 June
    # 2016-W22-WE; question time on Tuesday 2016-06-14; the visit on Friday 2016-06-17;
    # submissions open on Monday 2016-07-04 and close four weeks later, in 2016-W31.
    "port-kelsey-rail-link-funding": (
        "2016-06-13",
        [
            ("2020", "DATE", "2020"),
            ("17:42", "TIME", "2016-06-13T17:42"),
            ("June 13 2016", "DATE", "2016-06-13"),
            ("Monday", "DATE", "2016-06-13"),
            ("at least 18 months", "DURATION", "P18M"),
            ("1908", "DATE", "1908"),
            ("July 2011", "DATE", "2011-07"),
            ("the 2016/17 financial year", "DATE", "FY2017"),
            ("1 July", "DATE", "2016-07-01"),
            ("the following three years", "DURATION", "P3Y"),
            ("last week", "DATE", "2016-W23"),
            ("early 2018", "DATE", "2018"),
            ("the 2019/20 financial year", "DATE", "FY2020"),
            ("this afternoon", "TIME", "2016-06-13TAF"),
            ("every year", "SET", "P1Y"),
            ("2013", "DATE", "2013"),
            ("about five years", "DURATION", "P5Y"),
            ("next year", "DATE", "2017"),
            ("Tuesday", "DATE", "2016-06-14"),
            ("the Queen's Birthday weekend", "DATE", "2016-W22-WE"),
            ("30 September", "DATE", "2016-09-30"),
            ("Monday 4 July", "DATE", "2016-07-04"),
            ("four weeks later", "DATE", "2016-W31"),
            ("early next year", "DATE", "2017"),
            ("2pm", "TIME", "2016-06-17T14:00"),
            ("Friday", "DATE", "2016-06-17"),
            ("every fortnight", "SET", "P2W"),
            ("next month", "DATE", "2016-07"),
            ("the past decade", "DURATION", "P10Y"),
            ("the current financial year", "DATE", "FY2016"),
            ("30 June", "DATE", "2016-06-30"),
            ("Two years ago", "DATE", "2014"),
            ("Now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Saturday 2025-10-11 (ISO week 41), British online culture story: the album recorded in
    # March 1975 comes out on Friday 2025-11-21; the single came out on Friday 2025-10-10, the
    # surviving sister spoke on Thursday 2025-10-09, the radio broadcast is at 8pm tonight and
    # tickets go on sale at 9am on Friday 2025-10-17; "that summer" after March 1975 is
    # 1975-SU; "14 March next year" is 2026-03-14, in "next spring" 2026-SP; "April" of the
    # planned tour is 2026-04; "50 years on" takes the year's granularity, 2025.
    "hollowell-sisters-lost-album": (
        "2025-10-11",
        [
            ("50 years on", "DATE", "2025"),
            ("11 days", "DURATION", "P11D"),
            ("1975", "DATE", "1975"),
            ("November", "DATE", "2025-11"),
            ("next spring", "DATE", "2026-SP"),
            ("Saturday 11 October 2025", "DATE", "2025-10-11"),
            ("10:30 BST", "TIME", "2025-10-11T10:30"),
            ("half a century", "DURATION", "P50Y"),
            ("Now", "DATE", "PRESENT_REF"),
            ("21 November", "DATE", "2025-11-21"),
            ("50 years", "DURATION", "P50Y"),
            ("11 days", "DURATION", "P11D"),
            ("March 1975", "DATE", "1975-03"),
            ("that summer", "DATE", "1975-SU"),
            ("the 1980s", "DATE", "198"),
            ("2019", "DATE", "2019"),
            ("the past two years", "DURATION", "P2Y"),
            ("Friday", "DATE", "2025-10-10"),
            ("8pm", "TIME", "2025-10-11T20:00"),
            ("tonight", "TIME", "2025-10-11TNI"),
            ("the autumn of 1975", "DATE", "1975-FA"),
            ("Thursday", "DATE", "2025-10-09"),
            ("50 years", "DURATION", "P50Y"),
            ("2008", "DATE", "2008"),
            ("2021", "DATE", "2021"),
            ("1975", "DATE", "1975"),
            ("14 March next year", "DATE", "2026-03-14"),
            ("9am", "TIME", "2025-10-17T09:00"),
            ("Friday 17 October", "DATE", "2025-10-17"),
            ("this autumn", "DATE", "2025-FA"),
            ("Christmas", "DATE", "2025-12-25"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("April", "DATE", "2026-04"),
            ("the 1970s", "DATE", "197"),
            ("recent years", "DATE", "PAST_REF"),
            ("1972", "DATE", "1972"),
            ("2020", "DATE", "2020"),
        ],
    ),
    # Sunday 2026-08-02 (ISO week 31), US online weather story: the weather service reported
    # on Saturday 2026-08-01 and the utility acted on Friday 2026-07-31; the heat warning runs
    # until 9 p.m. on Wednesday 2026-08-05, with highs expected on Monday 2026-08-03 and
    # Tuesday 2026-08-04. "the month's highest reading" is July (2026-07), while "the middle of
    # the month" ahead is August (2026-08). "the last decade" is the ten years up to now
    # (DURATION P10Y, like "the past decade"), the bare "last decade" the previous calendar
    # decade, the 2010s (201). The watering hours and the cooling centres' hours recur.
    "marlowe-springs-hottest-july": (
        "2026-08-02",
        [
            ("July", "DATE", "2026-07"),
            ("August", "DATE", "2026-08"),
            ("Aug. 2, 2026", "DATE", "2026-08-02"),
            ("8:05 a.m. MT", "TIME", "2026-08-02T08:05"),
            ("July", "DATE", "2026-07"),
            ("1896", "DATE", "1896"),
            ("Saturday", "DATE", "2026-08-01"),
            ("every day", "SET", "P1D"),
            ("July 6", "DATE", "2026-07-06"),
            ("July 29", "DATE", "2026-07-29"),
            ("24 days", "DURATION", "P24D"),
            ("1994", "DATE", "1994"),
            ("the night of July 19", "TIME", "2026-07-19TNI"),
            ("the month", "DATE", "2026-07"),
            ("4:47 p.m.", "TIME", "2026-07-20T16:47"),
            ("July 20", "DATE", "2026-07-20"),
            ("July", "DATE", "2026-07"),
            ("1990", "DATE", "1990"),
            ("the 1970s", "DATE", "197"),
            ("the last decade", "DURATION", "P10Y"),
            ("the three decades", "DURATION", "P30Y"),
            ("Every summer", "SET", "XXXX-SU"),
            ("2020", "DATE", "2020"),
            ("last decade", "DATE", "201"),
            ("Friday", "DATE", "2026-07-31"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("at least Sept. 30", "DATE", "2026-09-30"),
            ("9 p.m.", "TIME", "2026-08-05T21:00"),
            ("Wednesday", "DATE", "2026-08-05"),
            ("Monday", "DATE", "2026-08-03"),
            ("Tuesday", "DATE", "2026-08-04"),
            ("the middle of the month", "DATE", "2026-08"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
            ("every summer", "SET", "XXXX-SU"),
            ("now", "DATE", "PRESENT_REF"),
        ],
    ),
}


if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv[1:])
