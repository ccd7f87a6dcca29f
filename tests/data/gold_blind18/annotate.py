"""Annotations of the eighteenth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind18/annotate.py [--show]

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
    # Tuesday 2009-11-17 (ISO week 47), wire story: the third round was today; the first two
    # were on Oct 28 and "last Wednesday", 2009-11-11 (the most recent Wednesday); the fourth
    # round is on Thursday 2009-11-19 at 11 a.m. local time (0900 GMT), the fifth "next Monday",
    # the coming Monday 2009-11-23; the president's term ended on Sept 30.
    "velmira-president-vote-third-round": (
        "2009-11-17",
        [
            ("Thursday", "DATE", "2009-11-19"),
            ("Nov 17", "DATE", "2009-11-17"),
            ("Tuesday", "DATE", "2009-11-17"),
            ("almost two months", "DURATION", "P2M"),
            ("early next year", "DATE", "2010"),
            ("1400 GMT", "TIME", "2009-11-17T14:00"),
            ("Oct 28", "DATE", "2009-10-28"),
            ("last Wednesday", "DATE", "2009-11-11"),
            ("Thursday", "DATE", "2009-11-19"),
            ("11 a.m. local time", "TIME", "2009-11-19T11:00"),
            ("0900 GMT", "TIME", "2009-11-19T09:00"),
            ("five days", "DURATION", "P5D"),
            ("next Monday", "DATE", "2009-11-23"),
            ("1991", "DATE", "1991"),
            ("60 days", "DURATION", "P60D"),
            ("January", "DATE", "2010-01"),
            ("less than three years", "DURATION", "P3Y"),
            ("the spring of 2007", "DATE", "2007-SP"),
            ("48 hours", "DURATION", "PT48H"),
            ("tonight", "TIME", "2009-11-17TNI"),
            ("Wednesday morning", "TIME", "2009-11-18TMO"),
            ("2003", "DATE", "2003"),
            ("the end of March", "DATE", "2010-03"),
            ("five-year", "DURATION", "P5Y"),
            ("Sept 30", "DATE", "2009-09-30"),
            ("1999", "DATE", "1999"),
            ("2004", "DATE", "2004"),
            ("Monday", "DATE", "2009-11-16"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("early October", "DATE", "2009-10"),
            ("each month", "SET", "P1M"),
            ("Two months ago", "DATE", "2009-09"),
            ("Now", "DATE", "PRESENT_REF"),
            ("The next seven days", "DURATION", "P7D"),
            ("Christmas", "DATE", "2009-12-25"),
            ("Dec 2", "DATE", "2009-12-02"),
            ("May", "DATE", "2009-05"),
        ],
    ),
    # Saturday 2013-09-14 (ISO week 37), agency follow-up with a dateline without date: the
    # slides came shortly after 4 a.m. on Tuesday 2013-09-10; the toll was 23 on Tuesday
    # evening, 51 on Wednesday 2013-09-11, 87 by Thursday night 2013-09-12; the last survivor
    # was found on Wednesday afternoon, her mother's body two days later, Friday 2013-09-13;
    # the search goes on until Monday 2013-09-16; mourning begins tomorrow, Sunday 2013-09-15.
    "serevan-landslide-toll-rises": (
        "2013-09-14",
        [
            ("Saturday", "DATE", "2013-09-14"),
            ("now", "DATE", "PRESENT_REF"),
            ("more than four days", "DURATION", "P4D"),
            ("almost a week", "DURATION", "P1W"),
            ("4 a.m.", "TIME", "2013-09-10T04:00"),
            ("Tuesday", "DATE", "2013-09-10"),
            ("Tuesday evening", "TIME", "2013-09-10TEV"),
            ("Wednesday", "DATE", "2013-09-11"),
            ("Thursday night", "TIME", "2013-09-12TNI"),
            ("Seventy-two hours", "DURATION", "PT72H"),
            ("Monday", "DATE", "2013-09-16"),
            ("now", "DATE", "PRESENT_REF"),
            ("Wednesday afternoon", "TIME", "2013-09-11TAF"),
            ("about 33 hours", "DURATION", "PT33H"),
            ("two days later", "DATE", "2013-09-13"),
            ("Friday", "DATE", "2013-09-13"),
            ("Wednesday", "DATE", "2013-09-11"),
            ("the following morning", "TIME", "2013-09-12TMO"),
            ("late Thursday", "DATE", "2013-09-12"),
            ("twice a day", "SET", "P1D"),
            ("Wednesday", "DATE", "2013-09-11"),
            ("Friday morning", "TIME", "2013-09-13TMO"),
            ("at least three months", "DURATION", "P3M"),
            ("three days", "DURATION", "P3D"),
            ("tomorrow", "DATE", "2013-09-15"),
            ("tonight", "TIME", "2013-09-14TNI"),
            ("Monday", "DATE", "2013-09-16"),
            ("the coming days", "DURATION", "PXD"),
            ("1998", "DATE", "1998"),
            ("more than two decades", "DURATION", "P20Y"),
            ("almost every year", "SET", "P1Y"),
            ("recent years", "DATE", "PAST_REF"),
            ("2011", "DATE", "2011"),
            ("last month", "DATE", "2013-08"),
            ("March", "DATE", "2013-03"),
        ],
    ),
    # Wednesday 2012-11-14 (ISO week 46), wire story on third-quarter GDP (calendar quarters:
    # a national economy); "Year-on-year" compares the third quarter with the third quarter of
    # 2011; exports figures "on Tuesday", 2012-11-13; the central bank cut in June and July and
    # next meets on Thursday, Dec 6; a breakdown follows on Nov 30.
    "brastova-recession-third-quarter": (
        "2012-11-14",
        [
            ("third quarter", "DATE", "2012-Q3"),
            ("Nov 14", "DATE", "2012-11-14"),
            ("the July-September quarter", "DATE", "2012-Q3"),
            ("Wednesday", "DATE", "2012-11-14"),
            ("2008", "DATE", "2008"),
            ("next month", "DATE", "2012-12"),
            ("the third quarter", "DATE", "2012-Q3"),
            ("the previous quarter", "DATE", "2012-Q2"),
            ("the April-June quarter", "DATE", "2012-Q2"),
            ("Year-on-year", "DATE", "2011-Q3"),
            ("the fourth quarter of 2009", "DATE", "2009-Q4"),
            ("every quarter", "SET", "P3M"),
            ("the middle of last year", "DATE", "2011"),
            ("more than a decade", "DURATION", "P10Y"),
            ("September", "DATE", "2012-09"),
            ("Tuesday", "DATE", "2012-11-13"),
            ("October", "DATE", "2012-10"),
            ("a third straight month", "DURATION", "P1M"),
            ("this year", "DATE", "2012"),
            ("now", "DATE", "PRESENT_REF"),
            ("2012", "DATE", "2012"),
            ("the second half of next year", "DATE", "2013-H2"),
            ("the end of next year", "DATE", "2013"),
            ("March", "DATE", "2012-03"),
            ("the spring", "DATE", "2012-SP"),
            ("next summer", "DATE", "2013-SU"),
            ("June", "DATE", "2012-06"),
            ("July", "DATE", "2012-07"),
            ("every six weeks", "SET", "P6W"),
            ("last week", "DATE", "2012-W45"),
            ("the coming months", "DURATION", "PXM"),
            ("Dec 6", "DATE", "2012-12-06"),
            ("October", "DATE", "2012-10"),
            ("a month earlier", "DATE", "2012-09"),
            ("February 2010", "DATE", "2010-02"),
            ("third-quarter", "DATE", "2012-Q3"),
            ("10 a.m.", "TIME", "2012-11-30T10:00"),
            ("0900 GMT", "TIME", "2012-11-30T09:00"),
            ("Nov 30", "DATE", "2012-11-30"),
        ],
    ),
    # Thursday 2014-06-12 (ISO week 24), wire-service court story with a dateline without
    # date: verdict today; the roof fell shortly before noon on Saturday, Feb 7, 2009; charges
    # in December 2009, trial opened "three years later" (2012), suspended "the following
    # spring" (2013), resumed in October 2013; "last month's hearing" was in May 2014;
    # passports by Monday 2014-06-16.
    "drevnik-market-roof-verdict": (
        "2014-06-12",
        [
            ("Thursday", "DATE", "2014-06-12"),
            ("2009", "DATE", "2009"),
            ("four years", "DURATION", "P4Y"),
            ("30-month", "DURATION", "P30M"),
            ("two years", "DURATION", "P2Y"),
            ("almost three hours", "DURATION", "PT3H"),
            ("early morning", "TIME", "2014-06-12TMO"),
            ("noon", "TIME", "2009-02-07T12:00"),
            ("Saturday, Feb 7, 2009", "DATE", "2009-02-07"),
            ("more than 30 hours", "DURATION", "PT30H"),
            ("1997", "DATE", "1997"),
            ("that day", "DATE", "2009-02-07"),
            ("2004", "DATE", "2004"),
            ("December 2009", "DATE", "2009-12"),
            ("three years later", "DATE", "2012"),
            ("the following spring", "DATE", "2013-SP"),
            ("October 2013", "DATE", "2013-10"),
            ("last month", "DATE", "2014-05"),
            ("the past decade", "DURATION", "P10Y"),
            ("the 15 days", "DURATION", "P15D"),
            ("that day", "DATE", "2009-02-07"),
            ("1952", "DATE", "1952"),
            ("Monday", "DATE", "2014-06-16"),
            ("next year", "DATE", "2015"),
            ("five years", "DURATION", "P5Y"),
            ("Today", "DATE", "2014-06-12"),
            ("2010", "DATE", "2010"),
            ("every two years", "SET", "P2Y"),
            ("2011", "DATE", "2011"),
            ("currently", "DATE", "PRESENT_REF"),
            ("September 2012", "DATE", "2012-09"),
            ("each year", "SET", "P1Y"),
        ],
    ),
    # Sunday 2011-10-09 (ISO week 40), sports wire story on a qualifier played today: kick-off
    # planned for 3 p.m. local time (1300 GMT), played from 4:20 p.m.; the next games are on
    # Tuesday 2011-10-11 (the rival), Wednesday 2011-10-12 and Nov 11; the visitors arrived on
    # Friday 2011-10-07; "next weekend" is 15-16 October, 2011-W41-WE.
    "istravia-pellonia-nations-cup-qualifier": (
        "2011-10-09",
        [
            ("1986", "DATE", "1986"),
            ("Oct 9", "DATE", "2011-10-09"),
            ("a quarter of a century", "DURATION", "P25Y"),
            ("Sunday", "DATE", "2011-10-09"),
            ("more than an hour", "DURATION", "PT1H"),
            ("3 p.m. local time", "TIME", "2011-10-09T15:00"),
            ("1300 GMT", "TIME", "2011-10-09T13:00"),
            ("4:20 p.m.", "TIME", "2011-10-09T16:20"),
            ("almost two years", "DURATION", "P2Y"),
            ("four minutes", "DURATION", "PT4M"),
            ("recently", "DATE", "PAST_REF"),
            ("now", "DATE", "PRESENT_REF"),
            ("March 2009", "DATE", "2009-03"),
            ("Wednesday", "DATE", "2011-10-12"),
            ("Nov 11", "DATE", "2011-11-11"),
            ("Tuesday", "DATE", "2011-10-11"),
            ("Tuesday night", "TIME", "2011-10-11TNI"),
            ("January 2010", "DATE", "2010-01"),
            ("21 months", "DURATION", "P21M"),
            ("Two years ago", "DATE", "2009"),
            ("Now", "DATE", "PRESENT_REF"),
            ("a month", "DURATION", "P1M"),
            ("September last year", "DATE", "2010-09"),
            ("every four years", "SET", "P4Y"),
            ("next June", "DATE", "2012-06"),
            ("Friday", "DATE", "2011-10-07"),
            ("2:45", "TIME", "2011-10-09T14:45"),
            ("the next hour", "DURATION", "PT1H"),
            ("this year", "DATE", "2011"),
            ("two weeks", "DURATION", "P2W"),
            ("1958", "DATE", "1958"),
            ("2004", "DATE", "2004"),
            ("next summer", "DATE", "2012-SU"),
            ("next weekend", "DATE", "2011-W41-WE"),
            ("tonight", "TIME", "2011-10-09TNI"),
        ],
    ),
    # Friday 2010-04-23 (ISO week 16), wire story: the two-day summit ran from Thursday
    # 2010-04-22 to today; the foreign ministers met late Tuesday 2010-04-20 and the delegation
    # threatened to leave on Wednesday morning 2010-04-21; experts meet on Monday 2010-04-26
    # and Tuesday 2010-04-27, the presidents speak "next Thursday", 2010-04-29.
    "sardana-vostria-gas-summit": (
        "2010-04-23",
        [
            ("April 23", "DATE", "2010-04-23"),
            ("two-day", "DURATION", "P2D"),
            ("Friday", "DATE", "2010-04-23"),
            ("Monday", "DATE", "2010-04-26"),
            ("the end of May", "DATE", "2010-05"),
            ("almost five hours", "DURATION", "PT5H"),
            ("Thursday", "DATE", "2010-04-22"),
            ("three hours", "DURATION", "PT3H"),
            ("this morning", "TIME", "2010-04-23TMO"),
            ("a year ago", "DATE", "2009"),
            ("2 p.m. local time", "TIME", "2010-04-23T14:00"),
            ("1100 GMT", "TIME", "2010-04-23T11:00"),
            ("January 2009", "DATE", "2009-01"),
            ("11 days", "DURATION", "P11D"),
            ("March", "DATE", "2010-03"),
            ("June 30", "DATE", "2010-06-30"),
            ("this year", "DATE", "2010"),
            ("two-day", "DURATION", "P2D"),
            ("late Tuesday", "DATE", "2010-04-20"),
            ("Wednesday morning", "TIME", "2010-04-21TMO"),
            ("earlier this week", "DATE", "2010-W16"),
            ("the 1990s", "DATE", "199"),
            ("Friday", "DATE", "2010-04-23"),
            ("every six months", "SET", "P6M"),
            ("annually", "SET", "P1Y"),
            ("the next decade", "DURATION", "P10Y"),
            ("15-year", "DURATION", "P15Y"),
            ("ten years", "DURATION", "P10Y"),
            ("2006", "DATE", "2006"),
            ("30 days", "DURATION", "P30D"),
            ("Monday", "DATE", "2010-04-26"),
            ("Tuesday", "DATE", "2010-04-27"),
            ("next Thursday", "DATE", "2010-04-29"),
            ("the summer", "DATE", "2010-SU"),
            ("July 8", "DATE", "2010-07-08"),
            ("November", "DATE", "2009-11"),
            ("2008", "DATE", "2008"),
            ("now", "DATE", "PRESENT_REF"),
            ("weeks", "DURATION", "PXW"),
            ("the past", "DATE", "PAST_REF"),
        ],
    ),
}


if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv[1:])
