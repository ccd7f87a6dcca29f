"""Annotations of the thirty-third blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind33/annotate.py [--show]

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
    # Thursday 1990-10-25 (ISO week 43), business-paper earnings story, byline and a
    # "COLUMBUS, Ohio --" dateline without date; "yesterday" is Wednesday 1990-10-24 (results
    # after the close, composite trading). Talmadge's fiscal year ends June 30 and is named by
    # the year it ends (gold_blind14, gold_blind23): the fiscal first quarter "ended Sept. 30"
    # (July-September 1990) is FY1991-Q1 in every company phrase (headline "Fiscal First
    # Quarter" one span like "Fiscal 3rd Quarter" in gold_blind14, "the fiscal first quarter",
    # "the quarter", "the latest quarter" as in gold_blind28); "the year-earlier quarter" and
    # "the comparable period of fiscal 1990" (one span, like "the same period of last year" in
    # gold_blind16) FY1990-Q1; "the second quarter, which ends Dec. 31" FY1991-Q2; "the fourth
    # quarter" (April-June 1991) FY1991-Q4, the company's own next quarters (gold_blind14);
    # "fiscal 1990" FY1990, "fiscal 1991" FY1991. "whose fiscal year ends June 30" names the end
    # of the year now running, 1991-06-30 (like "whose fiscal year ends Dec. 31" in
    # gold_blind29), while "fiscal 1990, which ended June 30" is 1990-06-30. "a year ago" takes
    # the unit's granularity, 1989 (gold_blind14). The rival's calendar "nine months ended Sept.
    # 30" are a DURATION plus the date (gold_blind6). The plant closes "by March" (deck and
    # body), the coming March 1991-03; "since January" 1990-01; "last spring" 1990-SP. Not
    # annotated: "No. 2", "BX-1990 analyzer", "Model 2000 analyzer", "the calendar", ages and
    # amounts.
    "talmadge-instruments-fiscal-first-quarter": (
        "1990-10-25",
        [
            ("Fiscal First Quarter", "DATE", "FY1991-Q1"),
            ("March", "DATE", "1991-03"),
            ("the fiscal first quarter", "DATE", "FY1991-Q1"),
            ("Sept. 30", "DATE", "1990-09-30"),
            ("the quarter", "DATE", "FY1991-Q1"),
            ("the year-earlier quarter", "DATE", "FY1990-Q1"),
            ("June 30", "DATE", "1991-06-30"),
            ("the latest quarter", "DATE", "FY1991-Q1"),
            ("the comparable period of fiscal 1990", "DATE", "FY1990-Q1"),
            ("1983", "DATE", "1983"),
            ("yesterday", "DATE", "1990-10-24"),
            ("yesterday", "DATE", "1990-10-24"),
            ("a year ago", "DATE", "1989"),
            ("last spring", "DATE", "1990-SP"),
            ("now", "DATE", "PRESENT_REF"),
            ("the second quarter", "DATE", "FY1991-Q2"),
            ("Dec. 31", "DATE", "1990-12-31"),
            ("the fourth quarter", "DATE", "FY1991-Q4"),
            ("fiscal 1990", "DATE", "FY1990"),
            ("June 30", "DATE", "1990-06-30"),
            ("now", "DATE", "PRESENT_REF"),
            ("fiscal 1991", "DATE", "FY1991"),
            ("1979", "DATE", "1979"),
            ("March", "DATE", "1991-03"),
            ("January", "DATE", "1990-01"),
            ("last week", "DATE", "1990-W42"),
            ("the nine months", "DURATION", "P9M"),
            ("Sept. 30", "DATE", "1990-09-30"),
            ("quarterly", "SET", "P3M"),
            ("Dec. 14", "DATE", "1990-12-14"),
            ("Nov. 30", "DATE", "1990-11-30"),
            ("every year", "SET", "P1Y"),
            ("1984", "DATE", "1984"),
        ],
    ),
    # Monday 1989-11-13 (ISO week 46), business-page takeover story, byline, date line
    # "Monday, November 13, 1989" (one span) and a "NEW YORK --" dateline. Carrow's offer, begun
    # Monday 1989-10-16, "remains open through Friday" and expires "at midnight Friday": the
    # text fixes the midnight that ends Friday 1989-11-17, TIME T24:00 with "Friday" its own
    # DATE (gold_blind29, "at midnight Thursday"). The statement came late yesterday, Sunday
    # 1989-11-12, after a board meeting on Saturday 1989-11-11; Ridgefield's bid was announced
    # last week (1989-W45), its own offer starts next week (1989-W47); Carrow decides this
    # week (1989-W46); "composite trading ... Friday" is the past Friday 1989-11-10; Carrow
    # sued Thursday 1989-11-09, the hearing is on Wednesday 1989-11-15. "by year end" is the
    # current year (like "by year-end" in gold_blind29), the special meeting the coming
    # December; "since the spring" 1989-SP. Pell's quarters are calendar quarters:
    # "third-quarter" 1989-Q3, "the year-ago period" 1988-Q3, "a year earlier" after "the nine
    # months" the year 1988 (gold_blind6). Not annotated: "Carrow 1985 Partners L.P.", "No. 3",
    # ages, prices and percentages.
    "pell-stratton-ridgefield-carrow-bids": (
        "1989-11-13",
        [
            ("Monday, November 13, 1989", "DATE", "1989-11-13"),
            ("midnight", "TIME", "1989-11-17T24:00"),
            ("Friday", "DATE", "1989-11-17"),
            ("late yesterday", "DATE", "1989-11-12"),
            ("last week", "DATE", "1989-W45"),
            ("Saturday", "DATE", "1989-11-11"),
            ("more than six hours", "DURATION", "PT6H"),
            ("today", "DATE", "1989-11-13"),
            ("next week", "DATE", "1989-W47"),
            ("early this year", "DATE", "1989"),
            ("Oct. 16", "DATE", "1989-10-16"),
            ("Friday", "DATE", "1989-11-17"),
            ("yesterday", "DATE", "1989-11-12"),
            ("this week", "DATE", "1989-W46"),
            ("Friday", "DATE", "1989-11-10"),
            ("year end", "DATE", "1989"),
            ("December", "DATE", "1989-12"),
            ("30 days", "DURATION", "P30D"),
            ("the spring", "DATE", "1989-SP"),
            ("last month", "DATE", "1989-10"),
            ("Thursday", "DATE", "1989-11-09"),
            ("1986", "DATE", "1986"),
            ("Wednesday", "DATE", "1989-11-15"),
            ("third-quarter", "DATE", "1989-Q3"),
            ("the year-ago period", "DATE", "1988-Q3"),
            ("the nine months", "DURATION", "P9M"),
            ("a year earlier", "DATE", "1988"),
            ("1987", "DATE", "1987"),
            ("quarterly", "SET", "P3M"),
            ("1952", "DATE", "1952"),
            ("weeks", "DURATION", "PXW"),
        ],
    ),
    # Tuesday 1991-04-16 (ISO week 16), stock- and bond-market day story, byline, date line
    # "Tuesday, April 16, 1991" and a "NEW YORK --" dateline. The session reported is
    # yesterday, Monday 1991-04-15 ("yesterday", "Yesterday's loss"), so the bare "2 p.m." of
    # that session is on Monday; "the previous session", "Friday's close" and the volume and
    # yield "Friday" are Friday 1991-04-12 (only the weekday is annotated); Dunmore spoke "late
    # Sunday" 1991-04-14 ("Sunday's announcement"). Last week 1991-W15; "the week's biggest
    # test" and "later this week" the current week 1991-W16; the retail-sales report comes
    # Thursday 1991-04-18 ("March retail sales" 1991-03), the note auction Wednesday
    # 1991-04-17. "last month's rally" 1991-03, "since January" twice 1991-01, "since
    # mid-March" 1991-03, the record "April 9" 1991-04-09; "the first quarter",
    # "first-quarter" 1991-Q1 and "the third quarter" 1991-Q3 are calendar quarters of banks;
    # "gold for June delivery" 1991-06 (gold_blind6). Not annotated: "the previous session",
    # "its worst day", "the record", the index levels and points ("61.39 points", "2,872.48",
    # "41.58", "132 points", "3,004.46"), "8 3/4%", "5/8 point", "1/2 point", "Series 1990",
    # "Vantage 1990 Growth Fund", "No. 2", "the Big Board".
    "stocks-slide-dunmore-bank-worries": (
        "1991-04-16",
        [
            ("Tuesday, April 16, 1991", "DATE", "1991-04-16"),
            ("last week", "DATE", "1991-W15"),
            ("yesterday", "DATE", "1991-04-15"),
            ("Yesterday", "DATE", "1991-04-15"),
            ("January", "DATE", "1991-01"),
            ("April 9", "DATE", "1991-04-09"),
            ("this year", "DATE", "1991"),
            ("late Sunday", "DATE", "1991-04-14"),
            ("the first quarter", "DATE", "1991-Q1"),
            ("quarterly", "SET", "P3M"),
            ("Friday", "DATE", "1991-04-12"),
            ("October 1987", "DATE", "1987-10"),
            ("Friday", "DATE", "1991-04-12"),
            ("2 p.m.", "TIME", "1991-04-15T14:00"),
            ("the final hour", "DURATION", "PT1H"),
            ("last month", "DATE", "1991-03"),
            ("now", "DATE", "PRESENT_REF"),
            ("January", "DATE", "1991-01"),
            ("Sunday", "DATE", "1991-04-14"),
            ("the third quarter", "DATE", "1991-Q3"),
            ("1992", "DATE", "1992"),
            ("the week", "DATE", "1991-W16"),
            ("Thursday", "DATE", "1991-04-18"),
            ("March", "DATE", "1991-03"),
            ("first-quarter", "DATE", "1991-Q1"),
            ("later this week", "DATE", "1991-W16"),
            ("Friday", "DATE", "1991-04-12"),
            ("the past two weeks", "DURATION", "P2W"),
            ("mid-March", "DATE", "1991-03"),
            ("Wednesday", "DATE", "1991-04-17"),
            ("June", "DATE", "1991-06"),
        ],
    ),
    # Wednesday 1989-06-21 (ISO week 25), management-succession story and company profile,
    # byline, date line "Wednesday, June 21, 1989" and a "PITTSBURGH --" dateline: the
    # announcement came after the close yesterday, Tuesday 1989-06-20; Ms. Nolan meets analysts
    # today. Ferris retires "at the end of the year" (1989) and Nolan becomes chief executive
    # "effective Jan. 1" -> "Jan. 1" 1990-01-01 ("effective" stays out like a signal); the
    # shareholders' meeting "in April" is the coming April 1990-04; "since March" 1989-03; the
    # decision "by September" 1989-09; "the first half of next year" one span 1990-H1; "last
    # fall" in June is the autumn of 1988 (gold_blind17, gold_blind21). "Last year" 1988 and "a
    # year earlier" after it 1987; "a year earlier" after "the first quarter" (1989-Q1) is
    # 1988-Q1 (gold_blind6). "the early 1980s" and "The 1980s" 198, "The 1990s" 199. "every
    # year since" -> "every year" SET, the anaphoric "since" left out. Not annotated: "effective
    # immediately" (gold_blind25), "Clearview 2000", "No. 3", "the first woman", ages, "$45.25".
    "halbrook-glass-nolan-succession": (
        "1989-06-21",
        [
            ("Wednesday, June 21, 1989", "DATE", "1989-06-21"),
            ("the past decade", "DURATION", "P10Y"),
            ("the end of the year", "DATE", "1989"),
            ("Jan. 1", "DATE", "1990-01-01"),
            ("1972", "DATE", "1972"),
            ("1987", "DATE", "1987"),
            ("41 years", "DURATION", "P41Y"),
            ("April", "DATE", "1990-04"),
            ("yesterday", "DATE", "1989-06-20"),
            ("March", "DATE", "1989-03"),
            ("yesterday", "DATE", "1989-06-20"),
            ("today", "DATE", "1989-06-21"),
            ("1979", "DATE", "1979"),
            ("the early 1980s", "DATE", "198"),
            ("1982", "DATE", "1982"),
            ("1983", "DATE", "1983"),
            ("every year", "SET", "P1Y"),
            ("Last year", "DATE", "1988"),
            ("a year earlier", "DATE", "1987"),
            ("the first quarter", "DATE", "1989-Q1"),
            ("a year earlier", "DATE", "1988-Q1"),
            ("1981", "DATE", "1981"),
            ("1987", "DATE", "1987"),
            ("five-year", "DURATION", "P5Y"),
            ("last fall", "DATE", "1988-FA"),
            ("The 1980s", "DATE", "198"),
            ("The 1990s", "DATE", "199"),
            ("the next three years", "DURATION", "P3Y"),
            ("September", "DATE", "1989-09"),
            ("months", "DURATION", "PXM"),
            ("the first half of next year", "DATE", "1990-H1"),
            ("1887", "DATE", "1887"),
            ("1986", "DATE", "1986"),
        ],
    ),
    # Saturday 1991-10-19 (ISO week 42), economics story on federal production figures, a
    # Saturday paper, headline and deck, byline, date line "Saturday, October 19, 1991" and a
    # "WASHINGTON --" dateline: the figures came out yesterday, Friday 1991-10-18. "September"
    # (headline and body) 1991-09, "August" and "revised figures for August" 1991-08, "last
    # month" 1991-09; "a year earlier" after September's capacity figure 1990-09 (gold_blind20).
    # "the third quarter" and "Third Quarter" 1991-Q3, "the fourth quarter of 1988" one span
    # 1988-Q4, "the fourth quarter" ahead 1991-Q4, "The second half" (said in October) 1991-H2
    # (gold_blind13), "the spring" past 1991-SP, "early next year" 1992. "the past six months"
    # in "five of the past six months" and "seven months" in "the sixth decline in seven
    # months" are the periods a count is made in (gold_blind14, gold_blind23). Next week's GNP
    # report (1991-W43) is due Thursday 1991-10-24. "the week ended Oct. 12" is "the week"
    # 1991-W41 plus "Oct. 12" (gold_blind22, "the week ending Friday"); "Weekly claims" SET like
    # "the weekly jobless claims figures" (gold_blind6). The federal fiscal year runs
    # October-September and is named by the year it ends: "fiscal 1992, which began Oct. 1" is
    # FY1992 plus 1991-10-01. Not annotated: "an annual rate" (twice, see the README), "the
    # downturn", index and capacity percentages, "442,000", "421,000".
    "industrial-output-september-rise": (
        "1991-10-19",
        [
            ("September", "DATE", "1991-09"),
            ("August", "DATE", "1991-08"),
            ("Third Quarter", "DATE", "1991-Q3"),
            ("1988", "DATE", "1988"),
            ("Saturday, October 19, 1991", "DATE", "1991-10-19"),
            ("September", "DATE", "1991-09"),
            ("yesterday", "DATE", "1991-10-18"),
            ("August", "DATE", "1991-08"),
            ("the past six months", "DURATION", "P6M"),
            ("the third quarter", "DATE", "1991-Q3"),
            ("the fourth quarter of 1988", "DATE", "1988-Q4"),
            ("the past 12 months", "DURATION", "P12M"),
            ("the summer of 1990", "DATE", "1990-SU"),
            ("September", "DATE", "1991-09"),
            ("August", "DATE", "1991-08"),
            ("a year earlier", "DATE", "1990-09"),
            ("The second half", "DATE", "1991-H2"),
            ("the spring", "DATE", "1991-SP"),
            ("the fourth quarter", "DATE", "1991-Q4"),
            ("September", "DATE", "1991-09"),
            ("early next year", "DATE", "1992"),
            ("next week", "DATE", "1991-W43"),
            ("third-quarter", "DATE", "1991-Q3"),
            ("Thursday", "DATE", "1991-10-24"),
            ("August", "DATE", "1991-08"),
            ("seven months", "DURATION", "P7M"),
            ("last month", "DATE", "1991-09"),
            ("Weekly", "SET", "P1W"),
            ("the week", "DATE", "1991-W41"),
            ("Oct. 12", "DATE", "1991-10-12"),
            ("fiscal 1992", "DATE", "FY1992"),
            ("Oct. 1", "DATE", "1991-10-01"),
            ("1992", "DATE", "1992"),
            ("every month", "SET", "P1M"),
            ("1919", "DATE", "1919"),
        ],
    ),
    # Friday 1990-03-16 (ISO week 11), legal and regulatory business story, byline and a
    # "CHICAGO --" dateline without date: the ruling came yesterday, Thursday 1990-03-15 (the
    # enforcement director spoke "late yesterday", soybean futures settled yesterday); the
    # spokesman spoke Tuesday 1990-03-13; the damages conference is on Monday 1990-03-19; the
    # penalty hearing next month, 1990-04. The corner ran "between June 1 and July 20, 1987"
    # (the year of the second date carried to the first), "the July 1987 contract" 1987-07; the
    # trial ended "last fall", in March the autumn of 1989, with testimony "in October" 1989-10;
    # Pendle has been in Chapter 11 "since last August" 1989-08 ("Last October" in April was
    # 1996-10 in gold_blind14); "earlier this year" 1990. "within 60 days", "30 days to file",
    # "for two years", "a week after a federal jury ... acquitted" are durations alone
    # (gold_blind29); "daily position reports" SET P1D (gold_blind28, "weekly polls").
    # "Soybean futures for May delivery" 1990-05. Not annotated: "Chapter 11", "No. 4",
    # "74-page", ages, amounts.
    "marland-grain-soybean-ruling": (
        "1990-03-16",
        [
            ("1987", "DATE", "1987"),
            ("yesterday", "DATE", "1990-03-15"),
            ("the summer of 1987", "DATE", "1987-SU"),
            ("60 days", "DURATION", "P60D"),
            ("June 1", "DATE", "1987-06-01"),
            ("July 20, 1987", "DATE", "1987-07-20"),
            ("July 1987", "DATE", "1987-07"),
            ("11-week", "DURATION", "P11W"),
            ("last fall", "DATE", "1989-FA"),
            ("1974", "DATE", "1974"),
            ("1987", "DATE", "1987"),
            ("late yesterday", "DATE", "1990-03-15"),
            ("30 days", "DURATION", "P30D"),
            ("two years", "DURATION", "P2Y"),
            ("next month", "DATE", "1990-04"),
            ("1988", "DATE", "1988"),
            ("earlier this year", "DATE", "1990"),
            ("last August", "DATE", "1989-08"),
            ("three days", "DURATION", "P3D"),
            ("October", "DATE", "1989-10"),
            ("daily", "SET", "P1D"),
            ("two weeks", "DURATION", "P2W"),
            ("June 1987", "DATE", "1987-06"),
            ("every week", "SET", "P1W"),
            ("1992", "DATE", "1992"),
            ("a week", "DURATION", "P1W"),
            ("Tuesday", "DATE", "1990-03-13"),
            ("March 1988", "DATE", "1988-03"),
            ("May", "DATE", "1990-05"),
            ("yesterday", "DATE", "1990-03-15"),
            ("Monday", "DATE", "1990-03-19"),
        ],
    ),
}


if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv[1:])
