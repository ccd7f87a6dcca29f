"""Annotations of the twenty-third blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind23/annotate.py [--show]

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
    # Tuesday 1996-10-22 (ISO week 43), stock-market close report with a dated dateline: the
    # third straight losing session is today; Halsey's warning came late on Monday 1996-10-21,
    # as did the wholesale-price report and Aubel's announcement (Monday afternoon); last week's
    # rally is week 42; Corrigan reports on the coming Thursday 1996-10-24; "Aug. 30" and
    # "Sept. 13" are past Fridays of this year, "Dec. 16", "Nov. 13" and "Oct. 31" future dates.
    # "year to date" is this year (like "so far this year" -> "this year", gold_blind6).
    "stanhope-stocks-bank-shares-third-loss": (
        "1996-10-22",
        [
            ("Third Straight Day", "DURATION", "P1D"),
            ("Oct. 22", "DATE", "1996-10-22"),
            ("Tuesday", "DATE", "1996-10-22"),
            ("March", "DATE", "1996-03"),
            ("4 p.m.", "TIME", "1996-10-22T16:00"),
            ("last week", "DATE", "1996-W42"),
            ("Aug. 30", "DATE", "1996-08-30"),
            ("year to date", "DATE", "1996"),
            ("midday", "TIME", "1996-10-22T12:00"),
            ("the final hour", "DURATION", "PT1H"),
            ("late Monday", "DATE", "1996-10-21"),
            ("the third quarter", "DATE", "1996-Q3"),
            ("July", "DATE", "1996-07"),
            ("the fourth quarter", "DATE", "1996-Q4"),
            ("January 1995", "DATE", "1995-01"),
            ("one-day", "DURATION", "P1D"),
            ("more than two years", "DURATION", "P2Y"),
            ("June", "DATE", "1996-06"),
            ("Monday", "DATE", "1996-10-21"),
            ("September", "DATE", "1996-09"),
            ("months", "DURATION", "PXM"),
            ("Now", "DATE", "PRESENT_REF"),
            ("the coming weeks", "DURATION", "PXW"),
            ("Sept. 13", "DATE", "1996-09-13"),
            ("Monday afternoon", "TIME", "1996-10-21TAF"),
            ("Dec. 16", "DATE", "1996-12-16"),
            ("the past 12 months", "DURATION", "P12M"),
            ("this week", "DATE", "1996-W43"),
            ("Thursday", "DATE", "1996-10-24"),
            ("weekly", "SET", "P1W"),
            ("Nov. 13", "DATE", "1996-11-13"),
            ("now", "DATE", "PRESENT_REF"),
            ("early next year", "DATE", "1997"),
            ("third-quarter", "DATE", "1996-Q3"),
            ("8:30 a.m.", "TIME", "1996-10-31T08:30"),
            ("Oct. 31", "DATE", "1996-10-31"),
        ],
    ),
    # Saturday 2000-10-14 (ISO week 41), business-page IPO and merger story, dateline without
    # a date: the shares were priced late on Wednesday 2000-10-11 (the day the regulators
    # opened their 90-day review, which therefore ends on Tuesday 2001-01-09, as the text
    # says), began trading on Thursday 2000-10-12 and slipped on Friday 2000-10-13; "two weeks
    # ago" is week 39; the deal was agreed in January 2000 and now should close in 2001-H1;
    # the Penlow vote is on Friday 2000-11-03; "Next week" is week 42. Selmar's fiscal year is
    # not given, so its halves and quarters are calendar ones.
    "selmar-wireless-debut-penlow-deal": (
        "2000-10-14",
        [
            ("Now", "DATE", "PRESENT_REF"),
            ("First Half of 2001", "DATE", "2001-H1"),
            ("Thursday", "DATE", "2000-10-12"),
            ("the summer", "DATE", "2000-SU"),
            ("late Wednesday", "DATE", "2000-10-11"),
            ("two weeks ago", "DATE", "2000-W39"),
            ("11 a.m.", "TIME", "2000-10-12T11:00"),
            ("Thursday", "DATE", "2000-10-12"),
            ("its first hour", "DURATION", "PT1H"),
            ("Friday", "DATE", "2000-10-13"),
            ("Sept. 28", "DATE", "2000-09-28"),
            ("January", "DATE", "2000-01"),
            ("the end of this year", "DATE", "2000"),
            ("now", "DATE", "PRESENT_REF"),
            ("the first half of next year", "DATE", "2001-H1"),
            ("August", "DATE", "2000-08"),
            ("90-day", "DURATION", "P90D"),
            ("Wednesday", "DATE", "2000-10-11"),
            ("Nov. 3", "DATE", "2000-11-03"),
            ("Jan. 9", "DATE", "2001-01-09"),
            ("1994", "DATE", "1994"),
            ("a year ago", "DATE", "1999"),
            ("the first half", "DATE", "2000-H1"),
            ("2002", "DATE", "2002"),
            ("third-quarter", "DATE", "2000-Q3"),
            ("Oct. 26", "DATE", "2000-10-26"),
            ("quarterly", "SET", "P3M"),
            ("180 days", "DURATION", "P180D"),
            ("30 days", "DURATION", "P30D"),
            ("the spring", "DATE", "2000-SP"),
            ("the start of September", "DATE", "2000-09"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("right now", "DATE", "PRESENT_REF"),
            ("Next week", "DATE", "2000-W42"),
        ],
    ),
    # Wednesday 2005-12-14 (ISO week 50), agency wire story on labour-market and price figures,
    # "CITY, Dec 14 (Agency) -" dateline: the figures came out today; the jobless rate is for
    # "the three months to October" (August-October 2005: a DURATION and the month it ends
    # in), prices for November 2005 against October ("the month before" November); "Over the
    # year" is the 12 months to November, a DURATION; "a year earlier" after the three months
    # takes the year (2004), as after "the nine months" (gold_blind6); "last week" is week 49;
    # the next meeting, the January figures and "next year" fall in 2006.
    "caldoria-jobless-rate-lowest-since-2001": (
        "2005-12-14",
        [
            ("2001", "DATE", "2001"),
            ("November", "DATE", "2005-11"),
            ("Dec 14", "DATE", "2005-12-14"),
            ("the three months", "DURATION", "P3M"),
            ("October", "DATE", "2005-10"),
            ("February 2001", "DATE", "2001-02"),
            ("Wednesday", "DATE", "2005-12-14"),
            ("a ninth straight month", "DURATION", "P1M"),
            ("November", "DATE", "2005-11"),
            ("November", "DATE", "2005-11"),
            ("October", "DATE", "2005-10"),
            ("the month before", "DATE", "2005-10"),
            ("the year", "DURATION", "P1Y"),
            ("October", "DATE", "2005-10"),
            ("last week", "DATE", "2005-W49"),
            ("the three months", "DURATION", "P3M"),
            ("October", "DATE", "2005-10"),
            ("a year earlier", "DATE", "2004"),
            ("the spring of 2003", "DATE", "2003-SP"),
            ("now", "DATE", "PRESENT_REF"),
            ("the past five years", "DURATION", "P5Y"),
            ("recent months", "DATE", "PAST_REF"),
            ("January", "DATE", "2006-01"),
            ("Jan. 11", "DATE", "2006-01-11"),
            ("August", "DATE", "2005-08"),
            ("last week", "DATE", "2005-W49"),
            ("next year", "DATE", "2006"),
            ("two weeks", "DURATION", "P2W"),
            ("monthly", "SET", "P1M"),
            ("annual", "SET", "P1Y"),
            ("9:30 a.m.", "TIME", "2006-01-18T09:30"),
            ("Jan. 18", "DATE", "2006-01-18"),
            ("December", "DATE", "2005-12"),
            ("Jan. 17", "DATE", "2006-01-17"),
        ],
    ),
    # Monday 2015-12-14 (ISO week 51), agency commodities report, "CITY, Dec 14 (Agency) -"
    # dateline: today's trading; last week is week 50; heating oil touched its low on Friday
    # 2015-12-11, the producers met on Friday 2015-12-04; the coming U.S. figures are due on
    # Tuesday 2015-12-15 and Wednesday 2015-12-16. Delivery months run forward: crude for
    # January and Brent and gold for February are 2016, "the December contract" is 2015-12.
    # "the second half of the year" follows "the first quarter of 2016" and is 2016-H2. The
    # exchange's early close is Thursday 2015-12-24; Monday 2015-12-28 lies in ISO week 53.
    "port-avery-oil-glut-gold-steady": (
        "2015-12-14",
        [
            ("seven-year", "DURATION", "P7Y"),
            ("Dec 14", "DATE", "2015-12-14"),
            ("Monday", "DATE", "2015-12-14"),
            ("last week", "DATE", "2015-W50"),
            ("mid-2014", "DATE", "2014"),
            ("next year", "DATE", "2016"),
            ("February", "DATE", "2016-02"),
            ("early 2009", "DATE", "2009"),
            ("January", "DATE", "2016-01"),
            ("this year", "DATE", "2015"),
            ("June 2014", "DATE", "2014-06"),
            ("Wednesday", "DATE", "2015-12-16"),
            ("a third straight week", "DURATION", "P1W"),
            ("Christmas", "DATE", "2015-12-25"),
            ("2004", "DATE", "2004"),
            ("Friday", "DATE", "2015-12-11"),
            ("right now", "DATE", "PRESENT_REF"),
            ("the coming weeks", "DURATION", "PXW"),
            ("Dec. 4", "DATE", "2015-12-04"),
            ("decades", "DURATION", "PXY"),
            ("June", "DATE", "2016-06"),
            ("recent months", "DATE", "PAST_REF"),
            ("the first quarter of 2016", "DATE", "2016-Q1"),
            ("the second half of the year", "DATE", "2016-H2"),
            ("Tuesday", "DATE", "2015-12-15"),
            ("February", "DATE", "2016-02"),
            ("December", "DATE", "2015-12"),
            ("later this month", "DATE", "2015-12"),
            ("two-week", "DURATION", "P2W"),
            ("1:30 p.m.", "TIME", "2015-12-24T13:30"),
            ("Dec. 24", "DATE", "2015-12-24"),
            ("weekly", "SET", "P1W"),
            ("Monday, Dec. 28", "DATE", "2015-12-28"),
        ],
    ),
    # Friday 2019-08-16 (ISO week 33), business-paper earnings story, dateline without a
    # date; "yesterday" is Thursday 2019-08-15 (results after the close, call at 5 p.m.).
    # Quillane's fiscal year ends June 30 and is named by the year it ends (gold_blind8,
    # gold_blind14): the fiscal fourth quarter "ended June 30" is FY2019-Q4, the year-ago
    # quarter FY2018-Q4; "the fiscal year that began July 1" is FY2020, "the current quarter"
    # its first quarter (July-September 2019), "the second quarter" (October-December 2019)
    # FY2020-Q2, "the full year" the guided year FY2020, "next fiscal year" FY2021. Calendar
    # months keep calendar values.
    "quillane-learning-fiscal-fourth-quarter": (
        "2019-08-16",
        [
            ("Fourth-Quarter", "DATE", "FY2019-Q4"),
            ("Fiscal 2020", "DATE", "FY2020"),
            ("the fiscal fourth quarter", "DATE", "FY2019-Q4"),
            ("the fiscal year", "DATE", "FY2020"),
            ("July 1", "DATE", "2019-07-01"),
            ("the quarter", "DATE", "FY2019-Q4"),
            ("June 30", "DATE", "2019-06-30"),
            ("a year earlier", "DATE", "FY2018-Q4"),
            ("the year-ago quarter", "DATE", "FY2018-Q4"),
            ("fiscal 2013", "DATE", "FY2013"),
            ("fiscal 2019", "DATE", "FY2019"),
            ("June 30", "DATE", "2019-06-30"),
            ("fiscal 2018", "DATE", "FY2018"),
            ("yesterday", "DATE", "2019-08-15"),
            ("March", "DATE", "2019-03"),
            ("next spring", "DATE", "2020-SP"),
            ("May", "DATE", "2019-05"),
            ("June", "DATE", "2019-06"),
            ("the current quarter", "DATE", "FY2020-Q1"),
            ("5 p.m.", "TIME", "2019-08-15T17:00"),
            ("yesterday", "DATE", "2019-08-15"),
            ("the full year", "DATE", "FY2020"),
            ("the current quarter", "DATE", "FY2020-Q1"),
            ("the second quarter", "DATE", "FY2020-Q2"),
            ("October", "DATE", "2019-10"),
            ("December", "DATE", "2019-12"),
            ("fourth-quarter", "DATE", "FY2019-Q4"),
            ("Fiscal 2020", "DATE", "FY2020"),
            ("now", "DATE", "PRESENT_REF"),
            ("recently", "DATE", "PAST_REF"),
            ("the coming months", "DURATION", "PXM"),
            ("next fiscal year", "DATE", "FY2021"),
            ("1952", "DATE", "1952"),
            ("every quarter", "SET", "P3M"),
            ("1987", "DATE", "1987"),
            ("quarterly", "SET", "P3M"),
            ("Sept. 13", "DATE", "2019-09-13"),
            ("Aug. 30", "DATE", "2019-08-30"),
        ],
    ),
    # Thursday 2022-07-28 (ISO week 30), agency wire story on a rate decision, "CITY, July 28
    # (Agency) -" dateline: the rise was announced today at 2:30 p.m. after a two-day meeting;
    # the GDP estimate came out on Tuesday 2022-07-26; the next meeting runs from Wednesday
    # 2022-09-21 to Thursday 2022-09-22 ("Sept. 21-22", two DATEs like "October 8 to 18" in
    # gold_blind3); quarters are calendar quarters of 2022; "next year" is 2023, "the end of
    # the year" 2022; "a year earlier" after June is 2021-06.
    "vestria-central-bank-first-hike-since-2008": (
        "2022-07-28",
        [
            ("2008", "DATE", "2008"),
            ("July 28", "DATE", "2022-07-28"),
            ("Thursday", "DATE", "2022-07-28"),
            ("2008", "DATE", "2008"),
            ("two-day", "DURATION", "P2D"),
            ("nearly three decades", "DURATION", "P30Y"),
            ("June", "DATE", "2022-06"),
            ("a year earlier", "DATE", "2021-06"),
            ("now", "DATE", "PRESENT_REF"),
            ("the fourth quarter", "DATE", "2022-Q4"),
            ("the end of 2023", "DATE", "2023"),
            ("the second half of 2024", "DATE", "2024-H2"),
            ("the medium term", "DATE", "FUTURE_REF"),
            ("2:30 p.m.", "TIME", "2022-07-28T14:30"),
            ("Sept. 21", "DATE", "2022-09-21"),
            ("22", "DATE", "2022-09-22"),
            ("the spring", "DATE", "2022-SP"),
            ("the second quarter", "DATE", "2022-Q2"),
            ("Tuesday", "DATE", "2022-07-26"),
            ("the first quarter", "DATE", "2022-Q1"),
            ("this year", "DATE", "2022"),
            ("next year", "DATE", "2023"),
            ("March 2020", "DATE", "2020-03"),
            ("a week", "DURATION", "P1W"),
            ("Thursday", "DATE", "2022-07-28"),
            ("July 2008", "DATE", "2008-07"),
            ("two months", "DURATION", "P2M"),
            ("recent months", "DATE", "PAST_REF"),
            ("weeks", "DURATION", "PXW"),
            ("the end of the year", "DATE", "2022"),
            ("eight times a year", "SET", "P1Y"),
            ("Aug. 11", "DATE", "2022-08-11"),
            ("October", "DATE", "2022-10"),
            ("September", "DATE", "2022-09"),
            ("each month", "SET", "P1M"),
        ],
    ),
}


if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv[1:])
