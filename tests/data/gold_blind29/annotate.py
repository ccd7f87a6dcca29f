"""Annotations of the twenty-ninth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind29/annotate.py [--show]

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
    # Tuesday 2003-11-18 (ISO week 47), US newspaper obituary, byline and no date line or
    # dateline: "died Saturday" is the past Saturday 2003-11-15, the memorial "at 11 a.m.
    # Saturday" the coming one, 2003-11-22; "said yesterday" is Monday 2003-11-17. The life
    # chronology: "a year later" after 1956 is 1957; "last spring" in November is 2003-SP (the
    # spring of the same year, gold_blind3, gold_blind15) and "this fall" 2003-FA. "His wife of 47
    # years" gives the length of the marriage, DURATION P47Y (see the README). Not annotated:
    # "72" (headline and body), "Route 17", the "Class of '68 Fund", "1931 Canal Street" (an
    # address equal to the birth year), "a night course", "At the time", "later".
    "pettibone-bridge-engineer-obituary": (
        "2003-11-18",
        [
            ("two decades", "DURATION", "P20Y"),
            ("Saturday", "DATE", "2003-11-15"),
            ("yesterday", "DATE", "2003-11-17"),
            ("1999", "DATE", "1999"),
            ("several months", "DURATION", "PXM"),
            ("1931", "DATE", "1931"),
            ("two years", "DURATION", "P2Y"),
            ("1956", "DATE", "1956"),
            ("a year later", "DATE", "1957"),
            ("the 1960s", "DATE", "196"),
            ("1910", "DATE", "1910"),
            ("1974", "DATE", "1974"),
            ("a century", "DURATION", "P100Y"),
            ("every seven years", "SET", "P7Y"),
            ("March 1979", "DATE", "1979-03"),
            ("now", "DATE", "PRESENT_REF"),
            ("22 years", "DURATION", "P22Y"),
            ("1996", "DATE", "1996"),
            ("twice a year", "SET", "P1Y"),
            ("1965", "DATE", "1965"),
            ("six years", "DURATION", "P6Y"),
            ("every Thursday evening", "SET", "XXXX-WXX-4TEV"),
            ("last spring", "DATE", "2003-SP"),
            ("Recently", "DATE", "PAST_REF"),
            ("Earlier this year", "DATE", "2003"),
            ("the 1950s", "DATE", "195"),
            ("this fall", "DATE", "2003-FA"),
            ("every Sunday morning", "SET", "XXXX-WXX-7TMO"),
            ("47 years", "DURATION", "P47Y"),
            ("2001", "DATE", "2001"),
            ("11 a.m.", "TIME", "2003-11-22T11:00"),
            ("Saturday", "DATE", "2003-11-22"),
        ],
    ),
    # Thursday 1990-05-17 (ISO week 20), US city budget story with a date line: the mayor
    # proposed the budget yesterday, Wednesday 1990-05-16. The city's fiscal year runs July-June
    # and is named by the year it ends (gold_blind13, gold_blind20): "fiscal 1991", "the budget
    # year that begins July 1" ("the budget year" + "July 1") and "next fiscal year" are FY1991,
    # "the current fiscal year, which ends June 30" FY1990, "fiscal 1989" FY1989. The committee
    # meets on Monday and Tuesday 1990-05-21/22 (future), so "the following week" is 1990-W22;
    # the budget director "said on Monday", 1990-05-14 (past). "the January-March quarter" is
    # the calendar quarter 1990-Q1, "a year earlier" after it 1989-Q1. Not annotated:
    # "Proposition 19", "1968 Mesa Road", "Route 1", "April Soto", "the current budget".
    "paso-lindo-fiscal-1991-budget": (
        "1990-05-17",
        [
            ("Thursday, May 17, 1990", "DATE", "1990-05-17"),
            ("yesterday", "DATE", "1990-05-16"),
            ("fiscal 1991", "DATE", "FY1991"),
            ("the past three years", "DURATION", "P3Y"),
            ("the budget year", "DATE", "FY1991"),
            ("July 1", "DATE", "1990-07-01"),
            ("1983", "DATE", "1983"),
            ("Monday", "DATE", "1990-05-21"),
            ("Tuesday", "DATE", "1990-05-22"),
            ("the following week", "DATE", "1990-W22"),
            ("June 15", "DATE", "1990-06-15"),
            ("the future", "DATE", "FUTURE_REF"),
            ("last night", "TIME", "1990-05-16TNI"),
            ("Monday", "DATE", "1990-05-14"),
            ("the current fiscal year", "DATE", "FY1990"),
            ("June 30", "DATE", "1990-06-30"),
            ("quarterly", "SET", "P3M"),
            ("the January-March quarter", "DATE", "1990-Q1"),
            ("a year earlier", "DATE", "1989-Q1"),
            ("1986", "DATE", "1986"),
            ("fiscal 1989", "DATE", "FY1989"),
            ("the next five years", "DURATION", "P5Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("a decade ago", "DATE", "1980"),
            ("September", "DATE", "1990-09"),
            ("next fiscal year", "DATE", "FY1991"),
            ("the end of the decade", "DATE", "199"),
            ("currently", "DATE", "PRESENT_REF"),
            ("recent years", "DATE", "PAST_REF"),
            ("earlier this year", "DATE", "1990"),
            ("the past decade", "DURATION", "P10Y"),
            ("December", "DATE", "1990-12"),
        ],
    ),
    # Wednesday 1997-09-17 (ISO week 38), US transit-strike story with a date line: the strike
    # began at 4 a.m. Monday 1997-09-15 and "entered its third day today" (an ordinal day of an
    # event, P1D, like "its ninth day" in gold_blind12; the headline's "Third Day" likewise).
    # Talks broke off at 11 p.m. Thursday 1997-09-11; "an hour later, at midnight Thursday" is
    # the midnight that ends that Thursday, T24:00 ("an hour later" an anchored TIME like "An
    # hour later" in gold_blind19). Friday 1997-09-12, "the weekend" just past 1997-W37-WE,
    # notice on Saturday 1997-09-13, "two days later" Monday 1997-09-15. "last Wednesday" in a
    # Wednesday paper is the Wednesday of the previous week, 1997-09-10 (gold_blind4); the
    # board "will meet on Friday", 1997-09-19; talks resume tomorrow, Thursday 1997-09-18.
    # Not annotated: "Route 9", "a normal day", "the night shift", "In the meantime", "a
    # declaration of war".
    "calder-city-bus-strike-third-day": (
        "1997-09-17",
        [
            ("Third Day", "DURATION", "P1D"),
            ("Tomorrow", "DATE", "1997-09-18"),
            ("Wednesday, September 17, 1997", "DATE", "1997-09-17"),
            ("its third day", "DURATION", "P1D"),
            ("today", "DATE", "1997-09-17"),
            ("tomorrow morning", "TIME", "1997-09-18TMO"),
            ("4 a.m.", "TIME", "1997-09-15T04:00"),
            ("Monday", "DATE", "1997-09-15"),
            ("1987", "DATE", "1987"),
            ("11 days", "DURATION", "P11D"),
            ("11 p.m.", "TIME", "1997-09-11T23:00"),
            ("Thursday", "DATE", "1997-09-11"),
            ("three-year", "DURATION", "P3Y"),
            ("an hour later", "TIME", "1997-09-11T24:00"),
            ("midnight", "TIME", "1997-09-11T24:00"),
            ("Thursday", "DATE", "1997-09-11"),
            ("Friday", "DATE", "1997-09-12"),
            ("the weekend", "DATE", "1997-W37-WE"),
            ("Saturday", "DATE", "1997-09-13"),
            ("two days later", "DATE", "1997-09-15"),
            ("yesterday", "DATE", "1997-09-16"),
            ("10 a.m.", "TIME", "1997-09-18T10:00"),
            ("tomorrow", "DATE", "1997-09-18"),
            ("the past two weeks", "DURATION", "P2W"),
            ("Now", "DATE", "PRESENT_REF"),
            ("1994", "DATE", "1994"),
            ("June", "DATE", "1997-06"),
            ("last Wednesday", "DATE", "1997-09-10"),
            ("Friday", "DATE", "1997-09-19"),
            ("weeks", "DURATION", "PXW"),
            ("Monday", "DATE", "1997-09-15"),
            ("the early 1990s", "DATE", "199"),
            ("Monday morning", "TIME", "1997-09-15TMO"),
            ("more than two hours", "DURATION", "PT2H"),
            ("yesterday", "DATE", "1997-09-16"),
            ("this week", "DATE", "1997-W38"),
            ("a few days", "DURATION", "PXD"),
            ("a month", "DURATION", "P1M"),
            ("up to three days", "DURATION", "P3D"),
        ],
    ),
    # Friday 1998-10-23 (ISO week 43), US business-page takeover story, deck, byline and a
    # dateline without date: the bid was announced yesterday, Thursday 1998-10-22, against
    # "Wednesday's closing price" (1998-10-21); the board meets Monday 1998-10-26 (deck and
    # body); the offer expires at 5 p.m. Eastern time on Friday 1998-11-20. Corvay's fiscal year
    # ends Dec. 31 (the text says so), so its quarters are calendar quarters: "Third-Quarter"
    # and "the quarter ended Sept. 30" 1998-Q3, "the year-earlier period" 1997-Q3, "the fourth
    # quarter" 1998-Q4, and "a year earlier" after "the nine months" the year 1997
    # (gold_blind6). "by year-end" is the current year, 1998, like "by month-end" (gold_blind9).
    # "last spring" and "since the summer" in October are 1998-SP and 1998-SU. Not annotated:
    # "Harvest 2000" (a product line), "at the time", "the holidays", prices and percentages.
    "halvorsen-corvay-foods-bid": (
        "1998-10-23",
        [
            ("Monday", "DATE", "1998-10-26"),
            ("Third-Quarter", "DATE", "1998-Q3"),
            ("last spring", "DATE", "1998-SP"),
            ("yesterday", "DATE", "1998-10-22"),
            ("Wednesday", "DATE", "1998-10-21"),
            ("yesterday", "DATE", "1998-10-22"),
            ("52-week", "DURATION", "P52W"),
            ("March", "DATE", "1998-03"),
            ("April", "DATE", "1998-04"),
            ("1946", "DATE", "1946"),
            ("Monday", "DATE", "1998-10-26"),
            ("10 days", "DURATION", "P10D"),
            ("5 p.m. Eastern time", "TIME", "1998-11-20T17:00"),
            ("Nov. 20", "DATE", "1998-11-20"),
            ("a day", "DURATION", "P1D"),
            ("the quarter", "DATE", "1998-Q3"),
            ("Sept. 30", "DATE", "1998-09-30"),
            ("the year-earlier period", "DATE", "1997-Q3"),
            ("the nine months", "DURATION", "P9M"),
            ("a year earlier", "DATE", "1997"),
            ("Dec. 31", "DATE", "1998-12-31"),
            ("early this year", "DATE", "1998"),
            ("Earlier this month", "DATE", "1998-10"),
            ("last year", "DATE", "1997"),
            ("year-end", "DATE", "1998"),
            ("the next three years", "DURATION", "P3Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("the past six months", "DURATION", "P6M"),
            ("recently", "DATE", "PAST_REF"),
            ("the summer", "DATE", "1998-SU"),
            ("the next few weeks", "DURATION", "PXW"),
            ("the fourth quarter", "DATE", "1998-Q4"),
            ("1995", "DATE", "1995"),
        ],
    ),
    # Saturday 2009-10-10 (ISO week 41), British court story with a date line: the landlord
    # appeared yesterday, Friday 2009-10-09, and was charged on Thursday 2009-10-08; the crown
    # court hearing is at 10am on Tuesday 2009-10-13 (deck "on Tuesday", body "next Tuesday",
    # the nearest coming one), the passport due by 4pm on Monday 2009-10-12. Chronology: the
    # fire broke out in the early hours of Sunday 2009-02-22 (one DATE span, gold_blind7,
    # gold_blind26), firefighters called at 1.52am that Sunday; "the night of the fire" is the
    # night that began on Saturday 2009-02-21 (a night takes the date of the evening it begins
    # on, gold_blind15), one TIME span like "the morning of the accident" (gold_blind8);
    # "Three weeks later" counts from the fire's ISO week 8 -> 2009-W11; arrested on Friday 3
    # July (week 27), "the following week" 2009-W28. "this weekend" in a Saturday paper is its
    # own weekend (gold_blind22). Not annotated: "14 Quayside Road", ages, counts.
    "harwick-quayside-fire-landlord-charged": (
        "2009-10-10",
        [
            ("Tuesday", "DATE", "2009-10-13"),
            ("Saturday 10 October 2009", "DATE", "2009-10-10"),
            ("February", "DATE", "2009-02"),
            ("yesterday", "DATE", "2009-10-09"),
            ("15-minute", "DURATION", "PT15M"),
            ("10am", "TIME", "2009-10-13T10:00"),
            ("next Tuesday", "DATE", "2009-10-13"),
            ("30 days", "DURATION", "P30D"),
            ("4pm", "TIME", "2009-10-12T16:00"),
            ("Monday", "DATE", "2009-10-12"),
            ("the early hours of Sunday 22 February", "DATE", "2009-02-22"),
            ("1.52am", "TIME", "2009-02-22T01:52"),
            ("almost six hours", "DURATION", "PT6H"),
            ("1998", "DATE", "1998"),
            ("11 years", "DURATION", "P11Y"),
            ("2006", "DATE", "2006"),
            ("the night of the fire", "TIME", "2009-02-21TNI"),
            ("Three weeks later", "DATE", "2009-W11"),
            ("May", "DATE", "2009-05"),
            ("3 July", "DATE", "2009-07-03"),
            ("the following week", "DATE", "2009-W28"),
            ("Thursday", "DATE", "2009-10-08"),
            ("months", "DURATION", "PXM"),
            ("weeks", "DURATION", "PXW"),
            ("next spring", "DATE", "2010-SP"),
            ("this weekend", "DATE", "2009-W41-WE"),
            ("almost eight months", "DURATION", "P8M"),
            ("currently", "DATE", "PRESENT_REF"),
            ("last night", "TIME", "2009-10-09TNI"),
            ("recent years", "DATE", "PAST_REF"),
            ("the end of 2010", "DATE", "2010"),
        ],
    ),
    # Monday 2012-05-14 (ISO week 20), British arts feature with a date line: "At the weekend"
    # is the weekend just gone, 2012-W19-WE, and the box office "stayed open on Saturday until
    # 8pm" that Saturday, 2012-05-12; tickets go on sale at 10am tomorrow, Tuesday 2012-05-15.
    # "Fifty years on" (headline) is 2012, like "Fifty-eight years on" (gold_blind26); "its 50th
    # anniversary" is not annotated (gold_blind8, gold_blind15). "the 1986-87 season" gives two
    # DATEs, "1986" and the bare "87" (1987), like "the 2023-24 season" (gold_blind10), "season"
    # and "last season" left out; "the following spring" after 2001 is 2002-SP; "next March"
    # 2013-03. The exhibition title "The 1990s Generation" is not annotated, while "during the
    # 1990s" is. Not annotated: "June Hartley", "Harbour Lights", "Slipway", "At the time".
    "kelder-playhouse-fiftieth-anniversary": (
        "2012-05-14",
        [
            ("Fifty years on", "DATE", "2012"),
            ("this summer", "DATE", "2012-SU"),
            ("1962", "DATE", "1962"),
            ("Monday 14 May 2012", "DATE", "2012-05-14"),
            ("the weekend", "DATE", "2012-W19-WE"),
            ("29 June 1962", "DATE", "1962-06-29"),
            ("a decade", "DURATION", "P10Y"),
            ("1975", "DATE", "1975"),
            ("28 June", "DATE", "2012-06-28"),
            ("six weeks", "DURATION", "P6W"),
            ("2008", "DATE", "2008"),
            ("a year", "DURATION", "P1Y"),
            ("next March", "DATE", "2013-03"),
            ("October", "DATE", "2012-10"),
            ("its first decade", "DURATION", "P10Y"),
            ("the 1970s", "DATE", "197"),
            ("1986", "DATE", "1986"),
            ("87", "DATE", "1987"),
            ("nine months", "DURATION", "P9M"),
            ("1991", "DATE", "1991"),
            ("18 months", "DURATION", "P18M"),
            ("the mid-1990s", "DATE", "199"),
            ("2001", "DATE", "2001"),
            ("the following spring", "DATE", "2002-SP"),
            ("A decade ago", "DATE", "2002"),
            ("now", "DATE", "PRESENT_REF"),
            ("the 1980s", "DATE", "198"),
            ("the 1990s", "DATE", "199"),
            ("now", "DATE", "PRESENT_REF"),
            ("This summer", "DATE", "2012-SU"),
            ("every Saturday afternoon", "SET", "XXXX-WXX-6TAF"),
            ("10am", "TIME", "2012-05-15T10:00"),
            ("tomorrow", "DATE", "2012-05-15"),
            ("Saturday", "DATE", "2012-05-12"),
            ("8pm", "TIME", "2012-05-12T20:00"),
        ],
    ),
}


if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv[1:])
