"""Hand annotations for the ninth blind gold set; writes <name>.json next to each <name>.txt.

    python tests/data/gold_blind9/annotate.py          # write the JSON files
    python tests/data/gold_blind9/annotate.py --show   # also print each span in its context

Spans and values below were chosen by hand (TimeML TIMEX3 conventions, see README.md), before the
project's tagger was run on these articles. This script only finds each annotated string in the
article, in order, so the offsets are exact; it raises if a span is not found. As a guard against
typing slips it also checks that every span naming a weekday has a value falling on that weekday,
and that every value has one of the shapes the conventions allow.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_tools import Gold, write_set  # noqa: E402

GOLD: Gold = {
    # Wednesday 2026-02-04 (ISO week 6), corporate press release; Brindlecote's fiscal year ends
    # on the last Saturday of September: fiscal 2026 runs from 2025-09-28 to 2026-09-26, its
    # first quarter ended 2025-12-27 and its fourth quarter is July-September 2026.
    "brindlecote-first-quarter-release": (
        "2026-02-04",
        [
            ("First-Quarter Fiscal 2026", "DATE", "FY2026-Q1"),
            ("Feb. 4, 2026", "DATE", "2026-02-04"),
            ("today", "DATE", "2026-02-04"),
            ("the first quarter of fiscal 2026", "DATE", "FY2026-Q1"),
            ("December 27, 2025", "DATE", "2025-12-27"),
            ("the quarter", "DATE", "FY2026-Q1"),
            ("the year-ago quarter", "DATE", "FY2025-Q1"),
            ("the spring of 2024", "DATE", "2024-SP"),
            ("January", "DATE", "2026-01"),
            ("the fiscal year", "DATE", "FY2026"),
            ("the past 13 weeks", "DURATION", "P13W"),
            ("two decades", "DURATION", "P20Y"),
            ("fiscal 2026", "DATE", "FY2026"),
            ("September 28, 2025", "DATE", "2025-09-28"),
            ("September 26, 2026", "DATE", "2026-09-26"),
            ("Monday", "DATE", "2026-02-02"),
            ("the fourth quarter of fiscal 2026", "DATE", "FY2026-Q4"),
            ("1987", "DATE", "1987"),
            ("the second quarter of fiscal 2026", "DATE", "FY2026-Q2"),
            ("fiscal 2026", "DATE", "FY2026"),
            ("now", "DATE", "PRESENT_REF"),
            ("November", "DATE", "2025-11"),
            ("the end of the fiscal year", "DATE", "FY2026"),
            ("second-quarter", "DATE", "FY2026-Q2"),
            ("early May", "DATE", "2026-05"),
            ("8:30 a.m. ET", "TIME", "2026-02-05T08:30"),
            ("Thursday, February 5", "DATE", "2026-02-05"),
            ("about ten minutes", "DURATION", "PT10M"),
            ("30 days", "DURATION", "P30D"),
            ("one year", "DURATION", "P1Y"),
            ("1998", "DATE", "1998"),
            ("2004", "DATE", "2004"),
            ("fiscal 2026", "DATE", "FY2026"),
        ],
    ),
    # Saturday 2010-07-17 (ISO week 28), live blog; entries stamped in local time, newest first;
    # the newest entry is 16:42, the cabins stopped at 12:48.
    "mount-orrin-cable-car-live": (
        "2010-07-17",
        [
            ("Saturday 17 July 2010", "DATE", "2010-07-17"),
            ("3 minutes ago", "TIME", "2010-07-17T16:42"),
            ("about 12:50", "TIME", "2010-07-17T12:50"),
            ("16:42", "TIME", "2010-07-17T16:42"),
            ("the hour", "DURATION", "PT1H"),
            ("almost four hours", "DURATION", "PT4H"),
            ("16:20", "TIME", "2010-07-17T16:20"),
            ("now", "DATE", "PRESENT_REF"),
            ("the last 20 minutes", "DURATION", "PT20M"),
            ("16:05", "TIME", "2010-07-17T16:05"),
            ("15:48", "TIME", "2010-07-17T15:48"),
            ("an hour ago", "TIME", "2010-07-17T14:48"),
            ("15:20", "TIME", "2010-07-17T15:20"),
            ("Earlier this afternoon", "TIME", "2010-07-17TAF"),
            ("14:05", "TIME", "2010-07-17T14:05"),
            ("12:48", "TIME", "2010-07-17T12:48"),
            ("June 30", "DATE", "2010-06-30"),
            ("tomorrow", "DATE", "2010-07-18"),
            ("Monday", "DATE", "2010-07-19"),
            ("13:37", "TIME", "2010-07-17T13:37"),
            ("1987", "DATE", "1987"),
            ("August 2003", "DATE", "2003-08"),
            ("90 minutes", "DURATION", "PT90M"),
            ("18 months", "DURATION", "P18M"),
            ("13:15", "TIME", "2010-07-17T13:15"),
            ("1pm", "TIME", "2010-07-17T13:00"),
            ("the afternoon", "TIME", "2010-07-17TAF"),
        ],
    ),
    # Friday 2014-10-10 (ISO week 41), weather forecast; the coming weekend is 11-12 October
    # (2014-W41-WE), "next week" is 2014-W42.
    "kelford-weekend-forecast": (
        "2014-10-10",
        [
            ("tonight", "TIME", "2014-10-10TNI"),
            ("weekend", "DATE", "2014-W41-WE"),
            ("Friday 10 October 2014", "DATE", "2014-10-10"),
            ("2011", "DATE", "2011"),
            ("Thursday", "DATE", "2014-10-09"),
            ("this afternoon", "TIME", "2014-10-10TAF"),
            ("tonight", "TIME", "2014-10-10TNI"),
            ("9pm", "TIME", "2014-10-10T21:00"),
            ("3am", "TIME", "2014-10-11T03:00"),
            ("the next 48 hours", "DURATION", "PT48H"),
            ("tomorrow morning", "TIME", "2014-10-11TMO"),
            ("Saturday", "DATE", "2014-10-11"),
            ("Saturday night", "TIME", "2014-10-11TNI"),
            ("the weekend", "DATE", "2014-W41-WE"),
            ("April", "DATE", "2014-04"),
            ("Sunday", "DATE", "2014-10-12"),
            ("Sunday afternoon", "TIME", "2014-10-12TAF"),
            ("Sunday", "DATE", "2014-10-12"),
            ("early next week", "DATE", "2014-W42"),
            ("Thursday", "DATE", "2014-10-16"),
            ("five days", "DURATION", "P5D"),
            ("eight days", "DURATION", "P8D"),
            ("a decade", "DURATION", "P10Y"),
            ("2011", "DATE", "2011"),
            ("1 October", "DATE", "2011-10-01"),
            ("every afternoon", "SET", "XXXX-XX-XXTAF"),
            ("Sunday", "DATE", "2014-10-05"),
            ("August", "DATE", "2014-08"),
            ("late October", "DATE", "2014-10"),
            ("around the middle of November", "DATE", "2014-11"),
            ("monthly", "SET", "P1M"),
            ("Wednesday", "DATE", "2014-10-15"),
            ("Tonight", "TIME", "2014-10-10TNI"),
            ("Tomorrow", "DATE", "2014-10-11"),
            ("Sunday", "DATE", "2014-10-12"),
            ("midday", "TIME", "2014-10-12T12:00"),
            ("Monday", "DATE", "2014-10-13"),
            ("Tuesday", "DATE", "2014-10-14"),
        ],
    ),
    # Monday 2025-04-07 (ISO week 15), Indian-English district news report; the Indian fiscal
    # year runs April-March: FY25 (FY2025) ended on 2025-03-31, its fourth quarter is
    # January-March 2025, its third October-December 2024; "Monday last" is 2025-03-31.
    "sonakheda-cane-dues-dharna": (
        "2025-04-07",
        [
            ("month-end", "DATE", "2025-04"),
            ("April 7", "DATE", "2025-04-07"),
            ("Sunday", "DATE", "2025-04-06"),
            ("January", "DATE", "2025-01"),
            ("14th March", "DATE", "2025-03-14"),
            ("the last quarter of the previous fiscal", "DATE", "FY2025-Q4"),
            ("the previous fiscal", "DATE", "FY2025"),
            ("six years", "DURATION", "P6Y"),
            ("over two hours", "DURATION", "PT2H"),
            ("month-end", "DATE", "2025-04"),
            ("Monday last", "DATE", "2025-03-31"),
            ("a fortnight", "DURATION", "P2W"),
            ("December", "DATE", "2024-12"),
            ("Last year", "DATE", "2024"),
            ("a month", "DURATION", "P1M"),
            ("four months", "DURATION", "P4M"),
            ("now", "DATE", "PRESENT_REF"),
            ("the January-March quarter", "DATE", "2025-Q1"),
            ("this week", "DATE", "2025-W15"),
            ("Q3 FY25", "DATE", "FY2025-Q3"),
            ("the same quarter of FY24", "DATE", "FY2024-Q3"),
            ("FY25", "DATE", "FY2025"),
            ("the last week of May", "DATE", "2025-W22"),
            ("14 days", "DURATION", "P14D"),
            ("17th April", "DATE", "2025-04-17"),
            ("Thursday", "DATE", "2025-04-10"),
            ("11 am", "TIME", "2025-04-10T11:00"),
            ("15th April", "DATE", "2025-04-15"),
            ("the past fortnight", "DURATION", "P2W"),
        ],
    ),
    # Sunday 2019-06-02 (ISO week 22), Australian news report; southern-hemisphere seasons
    # (autumn March-May, winter June-August, summer December-February, valued by the year of its
    # January); the financial year runs July-June, valued by the year it ends (the current one
    # is FY2019); the June long weekend is Saturday 8 to Monday 10 June 2019 (2019-W23-WE).
    "mount-corrabin-snow-season": (
        "2019-06-02",
        [
            ("June long weekend", "DATE", "2019-W23-WE"),
            ("Sunday 2 June 2019", "DATE", "2019-06-02"),
            ("Wednesday", "DATE", "2019-05-29"),
            ("the June long weekend", "DATE", "2019-W23-WE"),
            ("autumn", "DATE", "2019-FA"),
            ("20 years", "DURATION", "P20Y"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("Friday", "DATE", "2019-06-07"),
            ("Saturday", "DATE", "2019-06-08"),
            ("Friday 7 June", "DATE", "2019-06-07"),
            ("The Queen's Birthday holiday", "DATE", "2019-06-10"),
            ("Monday 10 June", "DATE", "2019-06-10"),
            ("this year", "DATE", "2019"),
            ("Last year", "DATE", "2018"),
            ("a week", "DURATION", "P1W"),
            ("16 June", "DATE", "2018-06-16"),
            ("winter", "DATE", "2018-WI"),
            ("Tuesday night", "TIME", "2019-06-04TNI"),
            ("Wednesday morning", "TIME", "2019-06-05TMO"),
            ("winter", "DATE", "2019-WI"),
            ("July", "DATE", "2019-07"),
            ("the last financial year", "DATE", "FY2018"),
            ("the long weekend", "DATE", "2019-W23-WE"),
            ("a year ago", "DATE", "2018"),
            ("summer", "DATE", "2019-SU"),
            ("mid-April", "DATE", "2019-04"),
            ("two weeks", "DURATION", "P2W"),
            ("The last few years", "DURATION", "PXY"),
            ("This winter", "DATE", "2019-WI"),
            ("Friday", "DATE", "2019-06-07"),
            ("9am", "TIME", "2019-06-07T09:00"),
            ("6pm", "TIME", "2019-06-02T18:00"),
            ("tonight", "TIME", "2019-06-02TNI"),
            ("the October long weekend", "DATE", "2019-W40-WE"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("July", "DATE", "2019-07"),
            ("autumn 2021", "DATE", "2021-FA"),
        ],
    ),
    # Thursday 2022-11-17 (ISO week 46), Q&A explainer with a bulleted timeline; the baths
    # closed on Sunday 2019-03-31; "next spring" is 2023-SP.
    "larkmoor-baths-explainer": (
        "2022-11-17",
        [
            ("Thursday 17 November 2022", "DATE", "2022-11-17"),
            ("more than three years", "DURATION", "P3Y"),
            ("this week", "DATE", "2022-W46"),
            ("31 March 2019", "DATE", "2019-03-31"),
            ("18-month", "DURATION", "P18M"),
            ("weeks", "DURATION", "PXW"),
            ("the 1890s", "DATE", "189"),
            ("the autumn of 2020", "DATE", "2020-FA"),
            ("the following spring", "DATE", "2021-SP"),
            ("late 2021", "DATE", "2021"),
            ("this year", "DATE", "2022"),
            ("this week", "DATE", "2022-W46"),
            ("Tuesday evening", "TIME", "2022-11-15TEV"),
            ("Monday", "DATE", "2022-11-14"),
            ("next spring", "DATE", "2023-SP"),
            ("April", "DATE", "2023-04"),
            ("the summer", "DATE", "2023-SU"),
            ("Christmas", "DATE", "2022-12-25"),
            ("April 2019", "DATE", "2019-04"),
            ("now", "DATE", "PRESENT_REF"),
            ("a month", "DURATION", "P1M"),
            ("March 2019", "DATE", "2019-03"),
            ("May 2019", "DATE", "2019-05"),
            ("October 2020", "DATE", "2020-10"),
            ("Late 2021", "DATE", "2021"),
            ("June 2022", "DATE", "2022-06"),
            ("This week", "DATE", "2022-W46"),
            ("Next spring", "DATE", "2023-SP"),
            ("Summer 2023", "DATE", "2023-SU"),
            ("Saturday 3 December", "DATE", "2022-12-03"),
            ("10am", "TIME", "2022-12-03T10:00"),
            ("2pm", "TIME", "2022-12-03T14:00"),
            ("every two months", "SET", "P2M"),
            ("January", "DATE", "2023-01"),
        ],
    ),
}


if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv[1:])
