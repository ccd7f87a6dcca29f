"""Annotations of the hundred-and-ninety-eighth blind gold set, chosen by hand before the tagger
ran.

    python tests/data/gold_blind198/annotate.py [--show]

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
    # Wednesday 2014-08-13 (ISO week 33), British daily's online business story on the jobless
    # figures, headline, standfirst, byline, date line "Wednesday 13 August 2014 11.02 BST"
    # (one DATE span with its weekday, the clock time a TIME with the zone in the span and not
    # in the value). "figures showed on Wednesday" is the page's own day, 2014-08-13; markets
    # "sold sterling on Tuesday" 2014-08-12. "the three months to June" (standfirst, lead),
    # "the three months to March" and "the three months to July" are each "the three months"
    # DURATION P3M plus the month they end in (gold_blind23, gold_blind38, gold_blind51), even
    # where the months make a calendar quarter (see README). "between April and June" 2014-04
    # and 2014-06, the range at its ends. "almost six years" (twice) is the period of a
    # superlative, P6Y. "In June alone ... a year earlier" 2013-06, the granularity of the
    # month compared with. "the summer of 2008" 2008-SU, "the spring of 2013" 2013-SP; "last
    # year" 2013; "quarterly inflation report" SET P3M (gold_blind51); "later today" the
    # page's day, modifier kept (gold_blind75); "the first quarter of next year" one span
    # 2015-Q1; "It next meets in September" 2014-09; "10 September" 2014-09-10. Not
    # annotated: "the biggest quarterly fall" and "its 21st consecutive monthly fall"
    # ("quarterly" and "monthly" name the period of a figure, not a recurrence, gold_blind103),
    # "seasonally adjusted", "6.4%", "2.08 million", "132,000", "plus or minus 82,000",
    # "nine-member", "0.5%", "1.25%", "for the first time", "records began" (its year 1971 is
    # annotated), the URL "ons-labourstats.example.gov.uk/lms/2014/08".
    "uk-jobless-falls-pay-shrinks": (
        "2014-08-13",
        [
            ("2009", "DATE", "2009"),
            ("almost six years", "DURATION", "P6Y"),
            ("the three months", "DURATION", "P3M"),
            ("June", "DATE", "2014-06"),
            ("Wednesday 13 August 2014", "DATE", "2014-08-13"),
            ("11.02 BST", "TIME", "2014-08-13T11:02"),
            ("the three months", "DURATION", "P3M"),
            ("June", "DATE", "2014-06"),
            ("almost six years", "DURATION", "P6Y"),
            ("2009", "DATE", "2009"),
            ("Wednesday", "DATE", "2014-08-13"),
            ("April", "DATE", "2014-04"),
            ("June", "DATE", "2014-06"),
            ("the three months", "DURATION", "P3M"),
            ("March", "DATE", "2014-03"),
            ("1971", "DATE", "1971"),
            ("the summer of 2008", "DATE", "2008-SU"),
            ("June", "DATE", "2014-06"),
            ("a year earlier", "DATE", "2013-06"),
            ("2001", "DATE", "2001"),
            ("June", "DATE", "2014-06"),
            ("now", "DATE", "PRESENT_REF"),
            ("the past six years", "DURATION", "P6Y"),
            ("last year", "DATE", "2013"),
            ("the spring of 2013", "DATE", "2013-SP"),
            ("July", "DATE", "2014-07"),
            ("quarterly", "SET", "P3M"),
            ("later today", "DATE", "2014-08-13"),
            ("this year", "DATE", "2014"),
            ("Tuesday", "DATE", "2014-08-12"),
            ("now", "DATE", "PRESENT_REF"),
            ("July 2007", "DATE", "2007-07"),
            ("the first quarter of next year", "DATE", "2015-Q1"),
            ("March 2009", "DATE", "2009-03"),
            ("September", "DATE", "2014-09"),
            ("the three months", "DURATION", "P3M"),
            ("July", "DATE", "2014-07"),
            ("10 September", "DATE", "2014-09-10"),
        ],
    ),
    # Friday 2013-11-29 (ISO week 48), agency wire on Canada's third-quarter GDP, "UPDATE 1-"
    # headline, three bullets, "OTTAWA, Nov 29 (Harbourline) -" dateline (its date the day of
    # the wire). A national economy's quarters are calendar quarters: "third quarter"
    # (headline, lead) and "Q3" (one span, gold_blind21) 2013-Q3, "Second-quarter" and
    # "second-quarter" 2013-Q2, "the previous quarter" the quarter before the one of the story
    # line, 2013-Q2 (gold_blind18), "the fourth quarter" and "fourth-quarter GDP" 2013-Q4.
    # "a sluggish first half" -> the head "first half" 2013-H1 (like "a wetter than average
    # autumn", gold_blind103). "said on Friday" the wire's day; the rate decision "on
    # Wednesday" ahead, 2013-12-04. "August" (bullet, "first reported in August", "a 0.2
    # percent gain in August") 2013-08; "September" 2013-09; "In October" 2013-10 (the bank's
    # forecast, past) and "Figures for October" 2013-10; "Dec. 23" 2013-12-23, "Feb. 28"
    # 2014-02-28. "almost two years" the period of a superlative, P2Y; "the next few months"
    # PXM; "the past three years" P3Y; "the end of 2015" the year's value; "8:30 a.m." the
    # release on the wire's day. Not annotated: "the third quarter in a row" (a count of
    # quarters, not the third quarter of 2013; see README), "On a monthly basis" (the period
    # of a figure), "annualized", "an annualized rate", "a regular overhaul", "UPDATE 1-",
    # "2.7 pct", "94.12 U.S. cents", "1 percent", the other percentages.
    "canada-gdp-third-quarter-beats": (
        "2013-11-29",
        [
            ("third quarter", "DATE", "2013-Q3"),
            ("Q3", "DATE", "2013-Q3"),
            ("Second-quarter", "DATE", "2013-Q2"),
            ("September", "DATE", "2013-09"),
            ("August", "DATE", "2013-08"),
            ("Nov 29", "DATE", "2013-11-29"),
            ("the third quarter", "DATE", "2013-Q3"),
            ("almost two years", "DURATION", "P2Y"),
            ("first half", "DATE", "2013-H1"),
            ("Friday", "DATE", "2013-11-29"),
            ("second-quarter", "DATE", "2013-Q2"),
            ("August", "DATE", "2013-08"),
            ("the third quarter of 2012", "DATE", "2012-Q3"),
            ("September", "DATE", "2013-09"),
            ("August", "DATE", "2013-08"),
            ("the fourth quarter", "DATE", "2013-Q4"),
            ("the previous quarter", "DATE", "2013-Q2"),
            ("the first quarter of 2011", "DATE", "2011-Q1"),
            ("8:30 a.m.", "TIME", "2013-11-29T08:30"),
            ("the next few months", "DURATION", "PXM"),
            ("September 2010", "DATE", "2010-09"),
            ("Wednesday", "DATE", "2013-12-04"),
            ("October", "DATE", "2013-10"),
            ("2013", "DATE", "2013"),
            ("next year", "DATE", "2014"),
            ("the end of 2015", "DATE", "2015"),
            ("the past three years", "DURATION", "P3Y"),
            ("2012", "DATE", "2012"),
            ("October", "DATE", "2013-10"),
            ("Dec. 23", "DATE", "2013-12-23"),
            ("fourth-quarter", "DATE", "2013-Q4"),
            ("Feb. 28", "DATE", "2014-02-28"),
        ],
    ),
    # Tuesday 2012-02-14 (ISO week 7), US paper's website business story on January retail
    # sales, stamp "Updated 10:47 a.m. ET Tue, Feb 14, 2012" (a TIME with the zone in the span,
    # and one DATE span with the abbreviated weekday, checked by hand: 2012-02-14 is a
    # Tuesday), byline, "WASHINGTON —" dateline. "said Tuesday" the page's day; the chain
    # "said Monday" 2012-02-13; consumer prices "On Thursday" ahead, 2012-02-16. "last month"
    # and every bare "January" 2012-01, except "January 2011"; "December" and "November" the
    # past ones, 2011-12 and 2011-11; "last June" 2011-06; "February" (twice) 2012-02 ahead.
    # "the start of 2012" the year (gold_blind51). Holidays on their dates: "Christmas"
    # 2011-12-25, "New Year's Day" 2012-01-01, "Valentine's Day" the page's own day
    # 2012-02-14. "the October-December quarter" 2011-Q4. Kettering Stores' "fiscal year ended
    # Jan. 28" -> "its fiscal year" FY2012 (named by the year it ends) plus "Jan. 28"
    # 2012-01-28, and its "fourth-quarter" FY2012-Q4 (gold_blind51's late-January year).
    # "seven months" and "almost three years" periods of superlatives; "the past 20 months"
    # P20M; "at least a year" P1Y (modifier kept); "late 2010" 2010; "this spring" 2012-SP;
    # "every week" SET P1W; "10:15 a.m." the page's day. Not annotated: "The holiday season"
    # (no dates, gold_blind35), "their third monthly decline in a row" (a count), "a
    # seasonally adjusted 0.4%", "a 2.8% annual rate", "20 cents a gallon" (a rate), "the
    # Corvell 2100 tablet" (a model number), "19 of", "140 stores", "243,000 jobs", "12,829",
    # "45 points", "704-555-2011" (a phone number ending in a year-like 2011).
    "us-retail-sales-january": (
        "2012-02-14",
        [
            ("January", "DATE", "2012-01"),
            ("10:47 a.m. ET", "TIME", "2012-02-14T10:47"),
            ("Tue, Feb 14, 2012", "DATE", "2012-02-14"),
            ("January", "DATE", "2012-01"),
            ("the start of 2012", "DATE", "2012"),
            ("last month", "DATE", "2012-01"),
            ("Tuesday", "DATE", "2012-02-14"),
            ("December", "DATE", "2011-12"),
            ("last June", "DATE", "2011-06"),
            ("January 2011", "DATE", "2011-01"),
            ("Jan. 27", "DATE", "2012-01-27"),
            ("November", "DATE", "2011-11"),
            ("December", "DATE", "2011-12"),
            ("seven months", "DURATION", "P7M"),
            ("December", "DATE", "2011-12"),
            ("Christmas", "DATE", "2011-12-25"),
            ("the past 20 months", "DURATION", "P20M"),
            ("late 2010", "DATE", "2010"),
            ("Monday", "DATE", "2012-02-13"),
            ("January", "DATE", "2012-01"),
            ("at least a year", "DURATION", "P1Y"),
            ("fourth-quarter", "DATE", "FY2012-Q4"),
            ("March 1", "DATE", "2012-03-01"),
            ("its fiscal year", "DATE", "FY2012"),
            ("Jan. 28", "DATE", "2012-01-28"),
            ("New Year's Day", "DATE", "2012-01-01"),
            ("every week", "SET", "P1W"),
            ("the October-December quarter", "DATE", "2011-Q4"),
            ("Valentine's Day", "DATE", "2012-02-14"),
            ("February", "DATE", "2012-02"),
            ("this spring", "DATE", "2012-SP"),
            ("January", "DATE", "2012-01"),
            ("almost three years", "DURATION", "P3Y"),
            ("10:15 a.m.", "TIME", "2012-02-14T10:15"),
            ("February", "DATE", "2012-02"),
            ("March 14", "DATE", "2012-03-14"),
            ("Thursday", "DATE", "2012-02-16"),
            ("January", "DATE", "2012-01"),
        ],
    ),
    # Thursday 2015-07-23 (ISO week 30), Australian paper's website story on the quarterly CPI,
    # headline, standfirst, stamp "23 Jul 2015, 12:00am" (DATE and TIME, gold_blind74), byline.
    # The ABS released the figures "yesterday", Wednesday 2015-07-22, at "11.30am" that day.
    # "the June quarter" (standfirst, lead) and "the quarter" after it (twice) 2015-Q2, "the
    # September quarter of 2014" 2014-Q3, "The September quarter" ahead 2015-Q3 (Australian
    # quarters named by their last month are calendar quarters). "year-on-year" after the
    # quarter's figure is the quarter compared with, 2014-Q2 (gold_blind18, gold_blind38).
    # "the 12 months to June" and "the 12 months to March" are "the 12 months" P12M plus the
    # month (gold_blind51). "an August rate cut" and "an August move" -> "August" 2015-08, like
    # "next month"; "meets on 4 August" 2015-08-04. "2015-16" is the Australian July-June
    # financial year, FY2016, named by the year it ends (gold_blind74, gold_blind98).
    # "the coming year" DURATION P1Y; "early next year" and "early 2014" the year's value;
    # "more than 20 years" the period of a superlative, P20Y; "two decades" P20Y; "monthly"
    # and "quarterly" (how often prices are published) SETs P1M and P3M; past "May" (twice),
    # "April", "January", "1 March" 2015; "November" ahead 2015-11. Not annotated: "the
    # school holidays" (no dates), "the sixth consecutive quarter" (a count), "a quarter of a
    # cent" (money), "the annual rate", "by the close", "US73.8c", "10 US cents", "2.5 per
    # cent", "2 to 3 per cent", the other percentages, "Perth and Darwin".
    "australia-cpi-june-quarter": (
        "2015-07-23",
        [
            ("the June quarter", "DATE", "2015-Q2"),
            ("August", "DATE", "2015-08"),
            ("23 Jul 2015", "DATE", "2015-07-23"),
            ("12:00am", "TIME", "2015-07-23T00:00"),
            ("the June quarter", "DATE", "2015-Q2"),
            ("next month", "DATE", "2015-08"),
            ("yesterday", "DATE", "2015-07-22"),
            ("the 12 months", "DURATION", "P12M"),
            ("June", "DATE", "2015-06"),
            ("the 12 months", "DURATION", "P12M"),
            ("March", "DATE", "2015-03"),
            ("the quarter", "DATE", "2015-Q2"),
            ("the September quarter of 2014", "DATE", "2014-Q3"),
            ("April", "DATE", "2015-04"),
            ("more than 20 years", "DURATION", "P20Y"),
            ("the quarter", "DATE", "2015-Q2"),
            ("year-on-year", "DATE", "2014-Q2"),
            ("early 2014", "DATE", "2014"),
            ("May", "DATE", "2015-05"),
            ("4 August", "DATE", "2015-08-04"),
            ("August", "DATE", "2015-08"),
            ("the coming year", "DURATION", "P1Y"),
            ("early next year", "DATE", "2016"),
            ("November", "DATE", "2015-11"),
            ("11.30am", "TIME", "2015-07-22T11:30"),
            ("January", "DATE", "2015-01"),
            ("monthly", "SET", "P1M"),
            ("quarterly", "SET", "P3M"),
            ("May", "DATE", "2015-05"),
            ("2015-16", "DATE", "FY2016"),
            ("1 March", "DATE", "2015-03-01"),
            ("two decades", "DURATION", "P20Y"),
            ("The September quarter", "DATE", "2015-Q3"),
            ("28 October", "DATE", "2015-10-28"),
        ],
    ),
    # Saturday 2012-10-13 (ISO week 41), British Saturday paper's "week ahead" column,
    # headline, standfirst, byline, date line "Saturday 13 October 2012". "The week ahead"
    # (headline) and "Next week" are the coming ISO week, 2012-W42 (gold_blind23's "Next week"
    # in a Saturday paper); "the week" the FTSE "ended" is the week just gone, 2012-W41. The
    # weekdays are all ahead: "Tuesday" (standfirst, body) 2012-10-16, "Wednesday" 2012-10-17
    # with "9.30am the same morning" (TIME 2012-10-17T09:30 and "the same morning"
    # 2012-10-17TMO, an anchored part of the day like "the same day" in gold_blind89),
    # "Thursday" 2012-10-18, "Monday 22 October" one DATE span. "this month" (the MPC's
    # meeting, a possessive) 2012-10. "September" 2012-09; "August" (three times) 2012-08;
    # "a month earlier" after August 2012-07. "the three months to August" and "the three
    # months to July" P3M plus the month. "the third quarter" (headline, body) and "the
    # July-September period" 2012-Q3; "the second quarter" 2012-Q2; "the final quarter of
    # last year" one span 2011-Q4. "the autumn" 2012-FA; "a dismal spring" -> "spring"
    # 2012-SP. "early 2008" 2008; "every year" SET P1Y; "quarterly inflation report" SET P3M.
    # Not annotated: "the third quarterly fall in a row" (a count), "a busy one", "the retail
    # prices index", "5,793", "2.59 million", "7,000", "0.4%", "0.7%", "at least 0.6%", "3%",
    # "FTSE 100", the URL "weekahead.example.co.uk/2012/10/13".
    "uk-week-ahead-gdp-jobs": (
        "2012-10-13",
        [
            ("The week ahead", "DATE", "2012-W42"),
            ("the third quarter", "DATE", "2012-Q3"),
            ("Tuesday", "DATE", "2012-10-16"),
            ("Saturday 13 October 2012", "DATE", "2012-10-13"),
            ("Next week", "DATE", "2012-W42"),
            ("Tuesday", "DATE", "2012-10-16"),
            ("September", "DATE", "2012-09"),
            ("August", "DATE", "2012-08"),
            ("November 2009", "DATE", "2009-11"),
            ("every year", "SET", "P1Y"),
            ("Wednesday", "DATE", "2012-10-17"),
            ("the three months", "DURATION", "P3M"),
            ("August", "DATE", "2012-08"),
            ("the three months", "DURATION", "P3M"),
            ("July", "DATE", "2012-07"),
            ("this month", "DATE", "2012-10"),
            ("9.30am", "TIME", "2012-10-17T09:30"),
            ("the same morning", "TIME", "2012-10-17TMO"),
            ("September", "DATE", "2012-09"),
            ("Thursday", "DATE", "2012-10-18"),
            ("August", "DATE", "2012-08"),
            ("a month earlier", "DATE", "2012-07"),
            ("the autumn", "DATE", "2012-FA"),
            ("25 October", "DATE", "2012-10-25"),
            ("the third quarter", "DATE", "2012-Q3"),
            ("the second quarter", "DATE", "2012-Q2"),
            ("the July-September period", "DATE", "2012-Q3"),
            ("spring", "DATE", "2012-SP"),
            ("the final quarter of last year", "DATE", "2011-Q4"),
            ("early 2008", "DATE", "2008"),
            ("September", "DATE", "2012-09"),
            ("Monday 22 October", "DATE", "2012-10-22"),
            ("8 November", "DATE", "2012-11-08"),
            ("quarterly", "SET", "P3M"),
            ("14 November", "DATE", "2012-11-14"),
            ("the week", "DATE", "2012-W41"),
        ],
    ),
    # Monday 2014-03-10 (ISO week 11), agency wire on German trade figures, headline, three
    # bullets, "BERLIN, March 10 (Calloway Wire) -" dateline (the wire's day). "data showed on
    # Monday" the wire's day; Orbach "said on Friday" 2014-03-07; the ECB "on Thursday"
    # 2014-03-06; industrial production "due on Tuesday" ahead, 2014-03-11. "January" 2014-01
    # throughout except "January 2013"; "December" (four times) 2013-12; "a month earlier"
    # after January 2013-12; "year-on-year" after a January figure 2013-01 (gold_blind51).
    # "first quarter" (bullet) and "the first quarter" 2014-Q1, "the fourth quarter" 2013-Q4,
    # "the third quarter" 2013-Q3 (calendar quarters of an economy). "2014" in "started 2014"
    # the year; "last month" 2014-02; "last year" and "2013" 2013; "this year" 2014; "the
    # autumn" the last one, 2013-FA; "late 2016" 2016; "the past two years" P2Y; "monthly"
    # (how often the data appear) SET P1M; "about six weeks" P6W. Not annotated: "OR-2014"
    # (a press's model number, in a 2014 story), "the end of the month they cover" (a generic
    # month), "Seasonally adjusted", "Unadjusted", "17.2 bln euros", "0.25 percent", "9,405",
    # "1,200", "+1.0 pct", the other percentages, "after the data".
    "german-exports-january-rise": (
        "2014-03-10",
        [
            ("January", "DATE", "2014-01"),
            ("December", "DATE", "2013-12"),
            ("first quarter", "DATE", "2014-Q1"),
            ("March 10", "DATE", "2014-03-10"),
            ("January", "DATE", "2014-01"),
            ("Monday", "DATE", "2014-03-10"),
            ("2014", "DATE", "2014"),
            ("December", "DATE", "2013-12"),
            ("December", "DATE", "2013-12"),
            ("January", "DATE", "2014-01"),
            ("a month earlier", "DATE", "2013-12"),
            ("December", "DATE", "2013-12"),
            ("January 2013", "DATE", "2013-01"),
            ("the past two years", "DURATION", "P2Y"),
            ("the fourth quarter", "DATE", "2013-Q4"),
            ("the third quarter", "DATE", "2013-Q3"),
            ("last month", "DATE", "2014-02"),
            ("the first quarter", "DATE", "2014-Q1"),
            ("year-on-year", "DATE", "2013-01"),
            ("January", "DATE", "2014-01"),
            ("last year", "DATE", "2013"),
            ("Friday", "DATE", "2014-03-07"),
            ("the autumn", "DATE", "2013-FA"),
            ("this year", "DATE", "2014"),
            ("2013", "DATE", "2013"),
            ("Thursday", "DATE", "2014-03-06"),
            ("late 2016", "DATE", "2016"),
            ("January", "DATE", "2014-01"),
            ("Tuesday", "DATE", "2014-03-11"),
            ("February", "DATE", "2014-02"),
            ("April 9", "DATE", "2014-04-09"),
            ("monthly", "SET", "P1M"),
            ("about six weeks", "DURATION", "P6W"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
