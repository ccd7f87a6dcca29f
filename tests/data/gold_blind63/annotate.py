"""Annotations of the sixty-third blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind63/annotate.py [--show]

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
    # Wednesday 2014-03-05 (ISO week 10), AP-style retail earnings story, "CALLOWAY, Ohio (AP)
    # —" dateline without date. Dunbarton's fiscal year ends on the Saturday nearest Jan. 31
    # and is named by the year it ends (see README): the year just reported ran 2013-02-03 to
    # Saturday 2014-02-01, FY2014; its fourth quarter, the 13 weeks 2013-11-03 to 2014-02-01,
    # is FY2014-Q4 in every company phrase ("holiday-quarter" in the headline, "the holiday
    # quarter", "the fourth quarter ended Feb. 1", "the latest quarter"); "A year earlier" and
    # "the year-earlier quarter" FY2013-Q4; "the fiscal year ending Feb. 2, 2013" (Saturday) is
    # FY2013, a 53-week year, and "the fiscal year ending Jan. 31, 2015" (Saturday) FY2015,
    # whose first quarter (February-April 2014) is "first-quarter" and "the current quarter",
    # FY2015-Q1. "ended"/"ending" are signals: "the fourth quarter" and "Feb. 1" two TIMEX3
    # (gold_blind28, gold_blind38). "the 13 weeks" and "13 weeks" DURATION P13W; "53-week" and
    # "52-week" (low) adjectival durations. The analyst "had cut" his target "On Tuesday"
    # 2014-03-04 (past), the chief executive presents "on Tuesday" 2014-03-11 (future); "next
    # week" 2014-W11; "Two days later" after Jan. 7 is 2014-01-09. "the fall" just past
    # 2013-FA; "the Thanksgiving weekend" of 2013 (Thanksgiving 2013-11-28) 2013-W48-WE
    # (gold_blind38); "every week of December" a SET and a DATE (gold_blind28's "every week in
    # the summer of 1992"); "the end of June" 2014-06; "mid-2014" and "late last year" the
    # year's value. Not annotated: "the holiday season", "holiday sales", "Home 360", "DBH".
    "dunbarton-home-holiday-quarter-loss": (
        "2014-03-05",
        [
            ("holiday-quarter", "DATE", "FY2014-Q4"),
            ("the holiday quarter", "DATE", "FY2014-Q4"),
            ("January", "DATE", "2014-01"),
            ("Wednesday", "DATE", "2014-03-05"),
            ("the end of June", "DATE", "2014-06"),
            ("the fourth quarter", "DATE", "FY2014-Q4"),
            ("Feb. 1", "DATE", "2014-02-01"),
            ("A year earlier", "DATE", "FY2013-Q4"),
            ("the latest quarter", "DATE", "FY2014-Q4"),
            ("13 weeks", "DURATION", "P13W"),
            ("the year-earlier quarter", "DATE", "FY2013-Q4"),
            ("the fiscal year", "DATE", "FY2013"),
            ("Feb. 2, 2013", "DATE", "2013-02-02"),
            ("53-week", "DURATION", "P53W"),
            ("at least a year", "DURATION", "P1Y"),
            ("the 13 weeks", "DURATION", "P13W"),
            ("the full year", "DATE", "FY2014"),
            ("the fall", "DATE", "2013-FA"),
            ("more than a decade", "DURATION", "P10Y"),
            ("Wednesday morning", "TIME", "2014-03-05TMO"),
            ("the Thanksgiving weekend", "DATE", "2013-W48-WE"),
            ("every week", "SET", "P1W"),
            ("December", "DATE", "2013-12"),
            ("recent years", "DATE", "PAST_REF"),
            ("late last year", "DATE", "2013"),
            ("mid-2014", "DATE", "2014"),
            ("annually", "SET", "P1Y"),
            ("the coming months", "DURATION", "PXM"),
            ("next week", "DATE", "2014-W11"),
            ("the fiscal year", "DATE", "FY2015"),
            ("Jan. 31, 2015", "DATE", "2015-01-31"),
            ("first-quarter", "DATE", "FY2015-Q1"),
            ("now", "DATE", "PRESENT_REF"),
            ("the current quarter", "DATE", "FY2015-Q1"),
            ("quarterly", "SET", "P3M"),
            ("52-week", "DURATION", "P52W"),
            ("Tuesday", "DATE", "2014-03-04"),
            ("Jan. 7", "DATE", "2014-01-07"),
            ("Two days later", "DATE", "2014-01-09"),
            ("Tuesday", "DATE", "2014-03-11"),
        ],
    ),
    # Thursday 2013-10-24 (ISO week 43), agency earnings wire ("UPDATE 1-" headline, bullets),
    # "ASHGROVE, Wash., Oct 24 (Reuters) -" dateline. Vellacort's fiscal year ends June 30 and
    # is named by the year it ends: fiscal 2014 runs July 2013-June 2014, so the quarter just
    # reported (July-September 2013) is FY2014-Q1 ("first-quarter", "Fiscal Q1", "its fiscal
    # first quarter" with the possessive kept as in gold_blind38, "the quarter ended Sept 30",
    # "the quarter"), "the year-earlier period" and the bullet's "a year earlier" FY2013-Q1;
    # "full-year" (headline) and "the full year" FY2014 (gold_blind28); "whose fiscal year ends
    # June 30" names the end of the year now running, 2014-06-30 (gold_blind33), while "fiscal
    # 2013, which ended June 30" is 2013-06-30. "the second quarter, which ends in December" is
    # the company's FY2014-Q2 plus 2013-12, and the analysts' "the December quarter" the
    # calendar 2013-Q4 (gold_blind55). The board met "on Tuesday night" 2013-10-22 (past);
    # Tamsin "reports on Monday" 2013-10-28 (future); "last week" 2013-W42; "Earlier this
    # month" 2013-10; "the spring" ahead 2014-SP; "three years after" an anchored duration.
    # Not annotated: "Ledgerline 2013" (a product), "UPDATE 1", "after the bell", "extended
    # trading", "a 40-person startup".
    "vellacort-fiscal-first-quarter-profit": (
        "2013-10-24",
        [
            ("first-quarter", "DATE", "FY2014-Q1"),
            ("full-year", "DATE", "FY2014"),
            ("Fiscal Q1", "DATE", "FY2014-Q1"),
            ("a year earlier", "DATE", "FY2013-Q1"),
            ("Oct 24", "DATE", "2013-10-24"),
            ("Thursday", "DATE", "2013-10-24"),
            ("its fiscal first quarter", "DATE", "FY2014-Q1"),
            ("the full year", "DATE", "FY2014"),
            ("the quarter", "DATE", "FY2014-Q1"),
            ("Sept 30", "DATE", "2013-09-30"),
            ("the year-earlier period", "DATE", "FY2013-Q1"),
            ("June 30", "DATE", "2014-06-30"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("the second quarter", "DATE", "FY2014-Q2"),
            ("December", "DATE", "2013-12"),
            ("the December quarter", "DATE", "2013-Q4"),
            ("monthly", "SET", "P1M"),
            ("30-day", "DURATION", "P30D"),
            ("the quarter", "DATE", "FY2014-Q1"),
            ("fiscal 2013", "DATE", "FY2013"),
            ("June 30", "DATE", "2013-06-30"),
            ("the spring", "DATE", "2014-SP"),
            ("three years", "DURATION", "P3Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("every week", "SET", "P1W"),
            ("the past two years", "DURATION", "P2Y"),
            ("fiscal 2015", "DATE", "FY2015"),
            ("Earlier this month", "DATE", "2013-10"),
            ("Tuesday night", "TIME", "2013-10-22TNI"),
            ("4 p.m. EDT", "TIME", "2013-10-24T16:00"),
            ("52-week", "DURATION", "P52W"),
            ("Oct 2", "DATE", "2013-10-02"),
            ("this year", "DATE", "2013"),
            ("last week", "DATE", "2013-W42"),
            ("Monday", "DATE", "2013-10-28"),
            ("1994", "DATE", "1994"),
            ("Nov 12", "DATE", "2013-11-12"),
        ],
    ),
    # Tuesday 2014-11-11 (ISO week 46), British daily's online business story, standfirst,
    # byline, date line "Tuesday 11 November 2014 09.14 GMT" (a DATE and a TIME with its zone,
    # gold_blind40, gold_blind61). Bramwell's financial year ends 31 March and is named by the
    # year it ends: the current one (April 2014-March 2015) is FY2015 ("full-year" in the
    # standfirst, "the full year", "its financial year", "the financial year to 31 March 2015"
    # split at "to", "the current financial year"), "the previous financial year" FY2014, the
    # analyst's "2015-16" FY2016 (gold_blind49's "the financial year 2014-15"). The fiscal
    # half has no value shape: "the first six months of its financial year" is P6M plus FY2015
    # (gold_blind51), "the six months to 30 September" P6M plus 2014-09-30, and "a year
    # earlier" after it the fiscal year FY2014 (gold_blind28). "at the weekend" just past
    # 2014-W45-WE; Marsh meets the unions "on Thursday" 2014-11-13, Northdene warned "on
    # Friday" 2014-11-07; "9 January" and "from January" 2015-01 (future), "5 December"
    # 2014-12-05; "the summer" and "this autumn" 2014, "the spring" ahead 2015-SP; "in May"
    # 2014-05. Not annotated: "Project 2016", "FTSE 250", "The Sunday Ledger", "interim".
    "bramwell-foods-interim-profit-warning": (
        "2014-11-11",
        [
            ("full-year", "DATE", "FY2015"),
            ("Tuesday 11 November 2014", "DATE", "2014-11-11"),
            ("09.14 GMT", "TIME", "2014-11-11T09:14"),
            ("the full year", "DATE", "FY2015"),
            ("the first six months", "DURATION", "P6M"),
            ("its financial year", "DATE", "FY2015"),
            ("the six months", "DURATION", "P6M"),
            ("30 September", "DATE", "2014-09-30"),
            ("a year earlier", "DATE", "FY2014"),
            ("Tuesday", "DATE", "2014-11-11"),
            ("now", "DATE", "PRESENT_REF"),
            ("the financial year", "DATE", "FY2015"),
            ("31 March 2015", "DATE", "2015-03-31"),
            ("the previous financial year", "DATE", "FY2014"),
            ("9 January", "DATE", "2015-01-09"),
            ("5 December", "DATE", "2014-12-05"),
            ("the summer", "DATE", "2014-SU"),
            ("now", "DATE", "PRESENT_REF"),
            ("weekly", "SET", "P1W"),
            ("2006", "DATE", "2006"),
            ("the spring", "DATE", "2015-SP"),
            ("the end of 2015", "DATE", "2015"),
            ("the next 12 months", "DURATION", "P12M"),
            ("Thursday", "DATE", "2014-11-13"),
            ("the 1970s", "DATE", "197"),
            ("1998", "DATE", "1998"),
            ("recent years", "DATE", "PAST_REF"),
            ("May", "DATE", "2014-05"),
            ("March 2013", "DATE", "2013-03"),
            ("this year", "DATE", "2014"),
            ("the weekend", "DATE", "2014-W45-WE"),
            ("January", "DATE", "2015-01"),
            ("this autumn", "DATE", "2014-FA"),
            ("the current financial year", "DATE", "FY2015"),
            ("2015-16", "DATE", "FY2016"),
            ("Friday", "DATE", "2014-11-07"),
        ],
    ),
    # Saturday 2014-08-09 (ISO week 32), Indian business-page story on a paper's website,
    # stamp "Published: 9th August 2014 04:31 AM" (a DATE and a TIME, gold_blind49),
    # "MADHOGARH:" dateline. The Indian financial year runs April-March and is named by the
    # year it ends (gold_blind9, gold_blind17): "FY15" FY2015, "FY14" FY2014 (three times),
    # "the current fiscal" FY2015; the quarter reported (April-June 2014) is "Q1" (headline)
    # and "the first quarter of FY15" FY2015-Q1, while "the April-June quarter" keeps its
    # calendar value 2014-Q2 and "the July-September quarter" 2014-Q3 (gold_blind17); "the
    # same quarter of the previous fiscal" one span FY2014-Q1 (like "the same quarter of FY24",
    # gold_blind9); "year-on-year" the period compared with, FY2014-Q1 (gold_blind38), and
    # "Quarter-on-quarter" likewise the quarter before, January-March 2014, FY2014-Q4 (see
    # README). Results came "on Friday" 2014-08-08 (twice), the call "on Friday evening"; "on
    # Monday last" in a Saturday paper is the most recent Monday, 2014-08-04 (gold_blind17);
    # "within a fortnight of the AGM" -> "a fortnight" P2W; the AGM "on September 12"
    # 2014-09-12. Not annotated: "BSE code: 532614", "the Sensex", "20-25 per cent", crore sums.
    "suryakant-cables-first-quarter-fy15": (
        "2014-08-09",
        [
            ("Q1", "DATE", "FY2015-Q1"),
            ("9th August 2014", "DATE", "2014-08-09"),
            ("04:31 AM", "TIME", "2014-08-09T04:31"),
            ("Friday", "DATE", "2014-08-08"),
            ("the April-June quarter", "DATE", "2014-Q2"),
            ("the first quarter of FY15", "DATE", "FY2015-Q1"),
            ("the same quarter of the previous fiscal", "DATE", "FY2014-Q1"),
            ("Quarter-on-quarter", "DATE", "FY2014-Q4"),
            ("FY14", "DATE", "FY2014"),
            ("Monday last", "DATE", "2014-08-04"),
            ("FY14", "DATE", "FY2014"),
            ("a fortnight", "DURATION", "P2W"),
            ("September 12", "DATE", "2014-09-12"),
            ("Friday evening", "TIME", "2014-08-08TEV"),
            ("June 30", "DATE", "2014-06-30"),
            ("the next nine months", "DURATION", "P9M"),
            ("the current fiscal", "DATE", "FY2015"),
            ("FY14", "DATE", "FY2014"),
            ("recently", "DATE", "PAST_REF"),
            ("year-on-year", "DATE", "FY2014-Q1"),
            ("January", "DATE", "2014-01"),
            ("every week", "SET", "P1W"),
            ("1986", "DATE", "1986"),
            ("every year", "SET", "P1Y"),
            ("2010", "DATE", "2010"),
            ("March 2015", "DATE", "2015-03"),
            ("two years", "DURATION", "P2Y"),
            ("the July-September quarter", "DATE", "2014-Q3"),
            ("November", "DATE", "2014-11"),
            ("Friday", "DATE", "2014-08-08"),
            ("the past six months", "DURATION", "P6M"),
        ],
    ),
    # Friday 2015-02-06 (ISO week 6), agency wire on a Japanese company's nine-month results,
    # "TOKYO, Feb. 6 (Pacific Wire) --" dateline. Hanazono's business year runs April-March and
    # is named by the year it ends (the Japanese companies' own "fiscal 2014" for it was avoided,
    # see README): "the business year through March" -> "the business year" FY2015 plus "March"
    # 2015-03, "through" a signal (like "the fiscal year to March 2008", gold_blind28); "the
    # full year" FY2015; "the previous business year" FY2014; "the business year starting in
    # April" FY2016 plus 2015-04. "the nine months through December" P9M plus 2014-12, and "a
    # year earlier" after it the fiscal year FY2014 (gold_blind14, gold_blind28); "the
    # October-December quarter" 2014-Q4 and "the January-March quarter" 2015-Q1 (calendar
    # names), "a year earlier" after the latter 2014-Q1. The close "at 3 p.m. (0600 GMT)" two
    # TIMEX3 on the publication day; the 52-week high "on Wednesday" 2015-02-04 (past), Kotobuki
    # "reports ... on Tuesday" 2015-02-10 (future); "annual wage talks" -> "annual" SET P1Y
    # (gold_blind39); "next month" 2015-03; "the autumn" ahead 2015-FA; "the late 1990s" 199.
    # Not annotated: "HZ-7", "for the first time", "about twice", the yen amounts.
    "hanazono-electronics-raises-forecast": (
        "2015-02-06",
        [
            ("Feb. 6", "DATE", "2015-02-06"),
            ("Friday", "DATE", "2015-02-06"),
            ("the business year", "DATE", "FY2015"),
            ("March", "DATE", "2015-03"),
            ("now", "DATE", "PRESENT_REF"),
            ("the full year", "DATE", "FY2015"),
            ("the previous business year", "DATE", "FY2014"),
            ("the nine months", "DURATION", "P9M"),
            ("December", "DATE", "2014-12"),
            ("a year earlier", "DATE", "FY2014"),
            ("the October-December quarter", "DATE", "2014-Q4"),
            ("late 2012", "DATE", "2012"),
            ("the past year", "DURATION", "P1Y"),
            ("the January-March quarter", "DATE", "2015-Q1"),
            ("a year earlier", "DATE", "2014-Q1"),
            ("seven years", "DURATION", "P7Y"),
            ("annual", "SET", "P1Y"),
            ("next month", "DATE", "2015-03"),
            ("the late 1990s", "DATE", "199"),
            ("1999", "DATE", "1999"),
            ("2002", "DATE", "2002"),
            ("the autumn", "DATE", "2015-FA"),
            ("the business year", "DATE", "FY2016"),
            ("April", "DATE", "2015-04"),
            ("May 12", "DATE", "2015-05-12"),
            ("at least the next two years", "DURATION", "P2Y"),
            ("3 p.m.", "TIME", "2015-02-06T15:00"),
            ("0600 GMT", "TIME", "2015-02-06T06:00"),
            ("52-week", "DURATION", "P52W"),
            ("Wednesday", "DATE", "2015-02-04"),
            ("Tuesday", "DATE", "2015-02-10"),
        ],
    ),
    # Monday 2012-11-05 (ISO week 45), agency wire on an airline's monthly traffic, "PORT
    # CALLAN, Nov 5 (Reuters) -" dateline. Skelmora's fiscal year ends March 31 and is named by
    # the year it ends: the current one (April 2012-March 2013) is FY2013 ("the current fiscal
    # year"), and "Fiscal year-to-date traffic, counted from April 1" is FY2013 plus 2012-04-01
    # (see README); "whose fiscal year ends March 31" names the end of the year now running,
    # 2013-03-31. The traffic month is October 2012 (headline, lead, "October traffic" twice);
    # "a year earlier" after it 2011-10; "Month-on-month" the month compared with, 2012-09
    # (gold_blind51); "the same month last year" after December bookings 2011-12 (gold_blind22).
    # "two days later" after Oct 18 is 2012-10-20. "the winter" ahead 2013-WI (named by its
    # January), "the summer" just past 2012-SU, "in the spring" (past, "we feared") 2012-SP and
    # "next spring" 2013-SP. The vote is "on Thursday" 2012-11-08 (future), Brisca spoke "on
    # Friday" 2012-11-02 (past); "the six months to Sept 30" P6M plus 2012-09-30. Not
    # annotated: "Flight SK 2012" (a flight number in a 2012 story), "Julia May", "C-190",
    # "Pan-Euro 350", "load factor".
    "skelmora-air-october-traffic": (
        "2012-11-05",
        [
            ("October", "DATE", "2012-10"),
            ("Nov 5", "DATE", "2012-11-05"),
            ("October", "DATE", "2012-10"),
            ("a year earlier", "DATE", "2011-10"),
            ("Monday", "DATE", "2012-11-05"),
            ("the winter", "DATE", "2013-WI"),
            ("Month-on-month", "DATE", "2012-09"),
            ("the summer", "DATE", "2012-SU"),
            ("Fiscal year-to-date", "DATE", "FY2013"),
            ("April 1", "DATE", "2012-04-01"),
            ("March 31", "DATE", "2013-03-31"),
            ("the past 12 months", "DURATION", "P12M"),
            ("December", "DATE", "2012-12"),
            ("the same month last year", "DATE", "2011-12"),
            ("the spring", "DATE", "2012-SP"),
            ("now", "DATE", "PRESENT_REF"),
            ("the current fiscal year", "DATE", "FY2013"),
            ("October", "DATE", "2012-10"),
            ("Oct 18", "DATE", "2012-10-18"),
            ("two days later", "DATE", "2012-10-20"),
            ("six hours", "DURATION", "PT6H"),
            ("the six months", "DURATION", "P6M"),
            ("Sept 30", "DATE", "2012-09-30"),
            ("Nov 19", "DATE", "2012-11-19"),
            ("next spring", "DATE", "2013-SP"),
            ("Dec 14", "DATE", "2012-12-14"),
            ("three times a week", "SET", "P1W"),
            ("Thursday", "DATE", "2012-11-08"),
            ("Friday", "DATE", "2012-11-02"),
            ("October", "DATE", "2012-10"),
            ("more than two years", "DURATION", "P2Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("recent years", "DATE", "PAST_REF"),
            ("the next 12 months", "DURATION", "P12M"),
            ("0912 GMT", "TIME", "2012-11-05T09:12"),
            ("this year", "DATE", "2012"),
            ("1998", "DATE", "1998"),
            ("monthly", "SET", "P1M"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
