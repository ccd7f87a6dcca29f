"""Annotations of the seventeenth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind17/annotate.py [--show]

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
    # Wednesday 2019-05-15 (ISO week 20), Canadian city-hall story: council voted late on
    # Tuesday 2019-05-14, shortly before 11 p.m.; Victoria Day is Monday 2019-05-20, so the
    # long weekend is Saturday 18 to Monday 20 May, whose Saturday and Sunday are 2019-W20-WE;
    # the next meeting is on Tuesday 2019-05-28.
    "lockhart-bay-short-term-rental-bylaw": (
        "2019-05-15",
        [
            ("Sept. 1", "DATE", "2019-09-01"),
            ("Jan. 1", "DATE", "2020-01-01"),
            ("less than 30 days", "DURATION", "P30D"),
            ("soon", "DATE", "FUTURE_REF"),
            ("late Tuesday", "DATE", "2019-05-14"),
            ("11 p.m.", "TIME", "2019-05-14T23:00"),
            ("almost seven hours", "DURATION", "PT7H"),
            ("more than a year", "DURATION", "P1Y"),
            ("Sept. 1", "DATE", "2019-09-01"),
            ("each year", "SET", "P1Y"),
            ("the end of the year", "DATE", "2019"),
            ("Jan. 1", "DATE", "2020-01-01"),
            ("2016", "DATE", "2016"),
            ("this spring", "DATE", "2019-SP"),
            ("two years", "DURATION", "P2Y"),
            ("Tuesday afternoon", "TIME", "2019-05-14TAF"),
            ("this summer", "DATE", "2019-SU"),
            ("July 5", "DATE", "2019-07-05"),
            ("7", "DATE", "2019-07-07"),
            ("the late 1990s", "DATE", "199"),
            ("the Victoria Day long weekend", "DATE", "2019-W20-WE"),
            ("August", "DATE", "2019-08"),
            ("22 years", "DURATION", "P22Y"),
            ("March", "DATE", "2019-03"),
            ("three years", "DURATION", "P3Y"),
            ("last fall", "DATE", "2018-FA"),
            ("2008", "DATE", "2008"),
            ("recent years", "DATE", "PAST_REF"),
            ("twice a year", "SET", "P1Y"),
            ("12 months", "DURATION", "P12M"),
            ("the spring of 2021", "DATE", "2021-SP"),
            ("now", "DATE", "PRESENT_REF"),
            ("Tuesday", "DATE", "2019-05-14"),
            ("2 a.m.", "TIME", "XXXX-XX-XXT02:00"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("next month", "DATE", "2019-06"),
            ("June 3", "DATE", "2019-06-03"),
            ("6 p.m.", "TIME", "2019-05-28T18:00"),
            ("Tuesday, May 28", "DATE", "2019-05-28"),
        ],
    ),
    # Tuesday 2022-11-29 (ISO week 48), Scottish fatal accident inquiry report: the fall was
    # shortly after 6.15am on Tuesday 2019-12-03, the death two days later; the determination
    # was published yesterday, Monday 2022-11-28; the family meets the owners on Friday
    # 2022-12-02.
    "port-ardoch-harbour-ladder-inquiry": (
        "2022-11-29",
        [
            ("nine days", "DURATION", "P9D"),
            ("Tuesday 29 November 2022", "DATE", "2022-11-29"),
            ("almost three years ago", "DATE", "2019"),
            ("yesterday", "DATE", "2022-11-28"),
            ("the spring of 2018", "DATE", "2018-SP"),
            ("6.15am", "TIME", "2019-12-03T06:15"),
            ("3 December 2019", "DATE", "2019-12-03"),
            ("two days later", "DATE", "2019-12-05"),
            ("nine days", "DURATION", "P9D"),
            ("June", "DATE", "2022-06"),
            ("September", "DATE", "2022-09"),
            ("every three months", "SET", "P3M"),
            ("more than 18 months", "DURATION", "P18M"),
            ("April 2018", "DATE", "2018-04"),
            ("that summer", "DATE", "2018-SU"),
            ("October 2018", "DATE", "2018-10"),
            ("the following March", "DATE", "2019-03"),
            ("5am", "TIME", "XXXX-XX-XXT05:00"),
            ("once a month", "SET", "P1M"),
            ("every ten years", "SET", "P10Y"),
            ("February 2020", "DATE", "2020-02"),
            ("March last year", "DATE", "2021-03"),
            ("yesterday", "DATE", "2022-11-28"),
            ("nearly three years", "DURATION", "P3Y"),
            ("last week", "DATE", "2022-W47"),
            ("Friday", "DATE", "2022-12-02"),
            ("the end of next year", "DATE", "2023"),
            ("the summer", "DATE", "2022-SU"),
            ("now", "DATE", "PRESENT_REF"),
            ("more than two years", "DURATION", "P2Y"),
            ("this June", "DATE", "2022-06"),
            ("two and a half years", "DURATION", "P30M"),
        ],
    ),
    # Friday 2024-07-19 (ISO week 29), Indian business story: the fiscal year runs April-March
    # and is named by the year it ends (FY25 = FY2025, April 2024-March 2025); results were
    # announced on Monday last (2024-07-15), the analysts' call was on Tuesday 2024-07-16 and
    # the shares rose on Thursday 2024-07-18. Quarters named by calendar months take calendar
    # values ("the April-June quarter" 2024-Q2), as in gold_blind9.
    "kesari-agrotech-monsoon-first-quarter": (
        "2024-07-19",
        [
            ("Q1", "DATE", "FY2025-Q1"),
            ("July-September quarter", "DATE", "2024-Q3"),
            ("July 19", "DATE", "2024-07-19"),
            ("Thursday", "DATE", "2024-07-18"),
            ("this month", "DATE", "2024-07"),
            ("days", "DURATION", "PXD"),
            ("the April-June quarter", "DATE", "2024-Q2"),
            ("the first quarter of FY25", "DATE", "FY2025-Q1"),
            ("Monday last", "DATE", "2024-07-15"),
            ("the same quarter last year", "DATE", "FY2024-Q1"),
            ("June 14", "DATE", "2024-06-14"),
            ("nearly a week", "DURATION", "P1W"),
            ("almost a fortnight", "DURATION", "P2W"),
            ("June", "DATE", "2024-06"),
            ("earlier this month", "DATE", "2024-07"),
            ("every week", "SET", "P1W"),
            ("every fortnight", "SET", "P2W"),
            ("June", "DATE", "2024-06"),
            ("five years", "DURATION", "P5Y"),
            ("Tuesday", "DATE", "2024-07-16"),
            ("July 1", "DATE", "2024-07-01"),
            ("last year", "DATE", "2023"),
            ("July 12", "DATE", "2024-07-12"),
            ("the past fortnight", "DURATION", "P2W"),
            ("the next six weeks", "DURATION", "P6W"),
            ("FY25", "DATE", "FY2025"),
            ("a decade", "DURATION", "P10Y"),
            ("the second quarter", "DATE", "FY2025-Q2"),
            ("the October-December quarter", "DATE", "2024-Q4"),
            ("recently", "DATE", "PAST_REF"),
            ("now", "DATE", "PRESENT_REF"),
            ("1978", "DATE", "1978"),
            ("October", "DATE", "2024-10"),
            ("the end of FY26", "DATE", "FY2026"),
            ("24th October", "DATE", "2024-10-24"),
            ("the July-September quarter", "DATE", "2024-Q3"),
            ("2nd August", "DATE", "2024-08-02"),
        ],
    ),
    # Sunday 2017-12-31 (ISO week 52), Australian ocean-race report: the fleet left on Boxing
    # Day, Tuesday 2017-12-26, at 1pm; the southerly hit late on Wednesday 2017-12-27; line
    # honours at 3.42am on Thursday 2017-12-28; the result is announced tomorrow, New Year's
    # Day, Monday 2018-01-01. The southern summer that has just begun (December 2017-February
    # 2018) takes the year of its January and February, as in gold_blind9.
    "merrigal-dalby-yacht-race-finish": (
        "2017-12-31",
        [
            ("Sunday 31 December 2017", "DATE", "2017-12-31"),
            ("early this morning", "TIME", "2017-12-31TMO"),
            ("five days", "DURATION", "P5D"),
            ("Boxing Day", "DATE", "2017-12-26"),
            ("3.42am", "TIME", "2017-12-28T03:42"),
            ("Thursday", "DATE", "2017-12-28"),
            ("almost 63 hours", "DURATION", "PT63H"),
            ("2012", "DATE", "2012"),
            ("almost five hours", "DURATION", "PT5H"),
            ("Wednesday night", "TIME", "2017-12-27TNI"),
            ("the last six hours", "DURATION", "PT6H"),
            ("late Wednesday", "DATE", "2017-12-27"),
            ("almost two decades", "DURATION", "P20Y"),
            ("Christmas Eve", "DATE", "2017-12-24"),
            ("Wednesday", "DATE", "2017-12-27"),
            ("1am", "TIME", "2017-12-28T01:00"),
            ("Thursday", "DATE", "2017-12-28"),
            ("yesterday", "DATE", "2017-12-30"),
            ("11.20pm", "TIME", "2017-12-29T23:20"),
            ("Friday", "DATE", "2017-12-29"),
            ("10am", "TIME", "2018-01-01T10:00"),
            ("tomorrow", "DATE", "2018-01-01"),
            ("New Year's Day", "DATE", "2018-01-01"),
            ("twice a day", "SET", "P1D"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("7pm", "TIME", "XXXX-XX-XXT19:00"),
            ("the coming months", "DURATION", "PXM"),
            ("more than 12 hours", "DURATION", "PT12H"),
            ("every year", "SET", "P1Y"),
            ("1969", "DATE", "1969"),
            ("1974", "DATE", "1974"),
            ("next year", "DATE", "2018"),
            ("March", "DATE", "2018-03"),
            ("summer", "DATE", "2018-SU"),
            ("a decade", "DURATION", "P10Y"),
            ("late January", "DATE", "2018-01"),
            ("tonight", "TIME", "2017-12-31TNI"),
            ("6pm", "TIME", "2017-12-31T18:00"),
            ("New Year's Eve", "DATE", "2017-12-31"),
            ("midnight", "TIME", "2017-12-31T24:00"),
        ],
    ),
    # Monday 2025-08-18 (ISO week 34), US consumer story on a store closing: announced on
    # Saturday 2025-08-16, staff told on Thursday 2025-08-14; the pharmacy stops at 5 p.m. on
    # Friday 2025-08-22; Labor Day is Monday 2025-09-01; the last day is Saturday 2025-09-06;
    # the council meets on Tuesday 2025-08-26.
    "pruitts-market-closing-sale": (
        "2025-08-18",
        [
            ("61 years", "DURATION", "P61Y"),
            ("Labor Day", "DATE", "2025-09-01"),
            ("Friday", "DATE", "2025-08-22"),
            ("Sept. 6", "DATE", "2025-09-06"),
            ("Saturday", "DATE", "2025-08-16"),
            ("1964", "DATE", "1964"),
            ("today", "DATE", "2025-08-18"),
            ("Labor Day", "DATE", "2025-09-01"),
            ("Aug. 31", "DATE", "2025-08-31"),
            ("5 p.m.", "TIME", "2025-08-22T17:00"),
            ("Friday", "DATE", "2025-08-22"),
            ("the end of the year", "DATE", "2025"),
            ("the past five years", "DURATION", "P5Y"),
            ("2011", "DATE", "2011"),
            ("every month", "SET", "P1M"),
            ("last year", "DATE", "2024"),
            ("this spring", "DATE", "2025-SP"),
            ("Thursday", "DATE", "2025-08-14"),
            ("Sept. 30", "DATE", "2025-09-30"),
            ("noon", "TIME", "2025-09-06T12:00"),
            ("4 p.m.", "TIME", "2025-09-06T16:00"),
            ("Saturday, Sept. 6", "DATE", "2025-09-06"),
            ("every Tuesday", "SET", "XXXX-WXX-2"),
            ("1998", "DATE", "1998"),
            ("this week", "DATE", "2025-W34"),
            ("next summer", "DATE", "2026-SU"),
            ("the coming months", "DURATION", "PXM"),
            ("every other week", "SET", "P2W"),
            ("next month", "DATE", "2025-09"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("2 p.m.", "TIME", "XXXX-XX-XXT14:00"),
            ("Wednesdays", "SET", "XXXX-WXX-3"),
            ("Sept. 10", "DATE", "2025-09-10"),
            ("every 90 minutes", "SET", "PT90M"),
            ("twice a week", "SET", "P1W"),
            ("more than a decade", "DURATION", "P10Y"),
            ("the 1970s", "DATE", "197"),
            ("recent years", "DATE", "PAST_REF"),
            ("7 p.m.", "TIME", "2025-08-26T19:00"),
            ("Tuesday, Aug. 26", "DATE", "2025-08-26"),
        ],
    ),
    # Thursday 2016-10-13 (ISO week 41), British regional council-meeting story: the cabinet
    # met from 7pm on Tuesday 2016-10-11 and voted shortly before the midnight that ended that
    # Tuesday; the sign was painted in the early hours of Sunday 2016-10-09; comments run for
    # 21 days from Monday 2016-10-17.
    "marrowby-seafront-parking-charges": (
        "2016-10-13",
        [
            ("five-hour", "DURATION", "PT5H"),
            ("Thursday 13 October 2016", "DATE", "2016-10-13"),
            ("next spring", "DATE", "2017-SP"),
            ("midnight", "TIME", "2016-10-11T24:00"),
            ("Tuesday", "DATE", "2016-10-11"),
            ("7pm", "TIME", "2016-10-11T19:00"),
            ("5.30pm", "TIME", "2016-10-11T17:30"),
            ("the following morning", "TIME", "2016-10-12TMO"),
            ("up to two hours", "DURATION", "PT2H"),
            ("9.30am", "TIME", "XXXX-XX-XXT09:30"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("every day", "SET", "P1D"),
            ("1 April next year", "DATE", "2017-04-01"),
            ("the end of September", "DATE", "2017-09"),
            ("earlier this year", "DATE", "2016"),
            ("the first year", "DURATION", "P1Y"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("January", "DATE", "2017-01"),
            ("July", "DATE", "2016-07"),
            ("19 years", "DURATION", "P19Y"),
            ("this summer", "DATE", "2016-SU"),
            ("a few hours", "DURATION", "PTXH"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("next year", "DATE", "2017"),
            ("last month", "DATE", "2016-09"),
            ("the early hours of Sunday", "DATE", "2016-10-09"),
            ("about 2.15am", "TIME", "2016-10-09T02:15"),
            ("2009", "DATE", "2009"),
            ("year-long", "DURATION", "P1Y"),
            ("the past decade", "DURATION", "P10Y"),
            ("21 days", "DURATION", "P21D"),
            ("Monday", "DATE", "2016-10-17"),
            ("10am", "TIME", "2016-10-22T10:00"),
            ("4pm", "TIME", "2016-10-22T16:00"),
            ("Saturday 22 October", "DATE", "2016-10-22"),
            ("2pm", "TIME", "2016-10-25T14:00"),
            ("Tuesday 25 October", "DATE", "2016-10-25"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("December", "DATE", "2016-12"),
        ],
    ),
}


if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv[1:])
