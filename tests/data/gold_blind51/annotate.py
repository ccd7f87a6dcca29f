"""Annotations of the fifty-first blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind51/annotate.py [--show]

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
    # Wednesday 2012-10-24 (ISO week 43), agency central-bank wire, "KESTOVAR, Oct 24
    # (Reuters) -" dateline: the decision came "on Wednesday", the publication day, "at 3 p.m.
    # local time (1300 GMT)" (two TIMEX3 on that day; Dalmaria is on summer time until Oct. 28,
    # GMT+2). The output data came "on Monday" 2012-10-22 (past); the budget is "due ... on
    # Friday" 2012-10-26 (future). "mid-2015" (headline and lead, "through" a signal) takes the
    # year, like "mid-2013" in gold_blind38; "the end of June 2013" the month's value, like "the
    # end of June" in gold_blind38; "Dec. 11-12" two DATEs, the bare "12" taking the month before
    # it (gold_blind23's "Sept. 21-22"). "next year" 2013 and "the year after" 2014, anchored on
    # the "next year" just named (like "the following year" in gold_blind28). "year-on-year"
    # after the September output figure is September 2011, the period compared with
    # (gold_blind18, gold_blind38); "a fifth straight month" P1M (gold_blind18's "a third
    # straight month"); "the past four years" P4Y; "extended ... by six months" P6M, the size of
    # a shift (gold_blind38); "has not seen in more than a decade" P10Y, the period of a negated
    # "seen in" (gold_blind28); "late 2013" the year; "last week" 2012-W42; "Christmas"
    # 2012-12-25; "January" of loans that "now run until January" is future, 2013-01; "the 2013
    # budget" an adjectival year. "eight times a year" SET P1Y (gold_blind23), "quarterly
    # inflation report" SET P3M (gold_blind38), "90-day" DURATION on the adjective. Not
    # annotated: "7-2", "nine-member", "25 basis points", "4 basis points", "20 economists",
    # rates and percentages; "since the bond was first sold" (only "1998").
    "dalmaria-central-bank-holds-rate": (
        "2012-10-24",
        [
            ("mid-2015", "DATE", "2015"),
            ("Oct 24", "DATE", "2012-10-24"),
            ("Wednesday", "DATE", "2012-10-24"),
            ("mid-2015", "DATE", "2015"),
            ("2010", "DATE", "2010"),
            ("recent months", "DATE", "PAST_REF"),
            ("the past four years", "DURATION", "P4Y"),
            ("six months", "DURATION", "P6M"),
            ("the end of June 2013", "DATE", "2013-06"),
            ("Dec. 11", "DATE", "2012-12-11"),
            ("12", "DATE", "2012-12-12"),
            ("next year", "DATE", "2013"),
            ("the year after", "DATE", "2014"),
            ("3 p.m. local time", "TIME", "2012-10-24T15:00"),
            ("1300 GMT", "TIME", "2012-10-24T13:00"),
            ("September", "DATE", "2012-09"),
            ("Monday", "DATE", "2012-10-22"),
            ("September", "DATE", "2012-09"),
            ("August", "DATE", "2012-08"),
            ("year-on-year", "DATE", "2011-09"),
            ("September", "DATE", "2012-09"),
            ("a fifth straight month", "DURATION", "P1M"),
            ("this year", "DATE", "2012"),
            ("July", "DATE", "2012-07"),
            ("now", "DATE", "PRESENT_REF"),
            ("2013", "DATE", "2013"),
            ("late 2013", "DATE", "2013"),
            ("last week", "DATE", "2012-W42"),
            ("Christmas", "DATE", "2012-12-25"),
            ("now", "DATE", "PRESENT_REF"),
            ("more than a decade", "DURATION", "P10Y"),
            ("1998", "DATE", "1998"),
            ("eight times a year", "SET", "P1Y"),
            ("quarterly", "SET", "P3M"),
            ("Nov. 7", "DATE", "2012-11-07"),
            ("90-day", "DURATION", "P90D"),
            ("now", "DATE", "PRESENT_REF"),
            ("January", "DATE", "2013-01"),
            ("2013", "DATE", "2013"),
            ("Friday", "DATE", "2012-10-26"),
        ],
    ),
    # Thursday 2012-11-29 (ISO week 48), agency economics wire in Bloomberg style, headline in
    # title case, byline, "Nov. 29 (Bloomberg) --" dateline: this wire still writes "today"
    # (the publication day) and "yesterday" (Wednesday 2012-11-28, the governor's remark), as
    # the bond wire of gold_blind38 did, and weekdays for other days: the retail figures came
    # "on Tuesday" 2012-11-27 (past), the minister will brief G20 deputies "on Monday"
    # 2012-12-03 (future). A national economy keeps calendar quarters: "Third Quarter"
    # (headline), "the July-September period" (like "the July-September quarter" in
    # gold_blind18), "the third quarter", "the quarter" after it and "The third quarter" are
    # 2012-Q3; "a year earlier" after the third quarter 2011-Q3; "the final three months of the
    # year" one span, 2012-Q4, like "the last three months of 2025" (gold_blind11). "an annual
    # rate" is not annotated (gold_blind33). "early 2010" takes the year; a recession "that had
    # lasted 18 months" P18M; "the most in more than two years" P2Y, the period of a
    # superlative; "May" and "October" past months of 2012; the next meeting "on Dec. 13"
    # 2012-12-13 and "next month" 2012-12; "last week" 2012-W47; "2013 growth" an adjectival
    # year; "11:30 a.m. local time" of the publication day (the market sentence's day);
    # "every month" SET P1M and "annually" SET P1Y (revisions); "fourth-quarter" 2012-Q4, "Jan.
    # 25" 2013-01-25. Not annotated: "G20", "the Halstadt Composite Index", "1,241.6", "31
    # economists", "for the first time" (twice), "for as long as necessary", percentages.
    "norvenia-gdp-third-quarter-revised": (
        "2012-11-29",
        [
            ("Third Quarter", "DATE", "2012-Q3"),
            ("Nov. 29", "DATE", "2012-11-29"),
            ("the July-September period", "DATE", "2012-Q3"),
            ("today", "DATE", "2012-11-29"),
            ("Oct. 26", "DATE", "2012-10-26"),
            ("the second quarter", "DATE", "2012-Q2"),
            ("the third quarter", "DATE", "2012-Q3"),
            ("a year earlier", "DATE", "2011-Q3"),
            ("early 2010", "DATE", "2010"),
            ("18 months", "DURATION", "P18M"),
            ("the quarter", "DATE", "2012-Q3"),
            ("the first half of the year", "DATE", "2012-H1"),
            ("more than two years", "DURATION", "P2Y"),
            ("the first quarter of 2010", "DATE", "2010-Q1"),
            ("The third quarter", "DATE", "2012-Q3"),
            ("the final three months of the year", "DATE", "2012-Q4"),
            ("Tuesday", "DATE", "2012-11-27"),
            ("October", "DATE", "2012-10"),
            ("May", "DATE", "2012-05"),
            ("yesterday", "DATE", "2012-11-28"),
            ("Dec. 13", "DATE", "2012-12-13"),
            ("next month", "DATE", "2012-12"),
            ("Monday", "DATE", "2012-12-03"),
            ("last week", "DATE", "2012-W47"),
            ("2013", "DATE", "2013"),
            ("11:30 a.m. local time", "TIME", "2012-11-29T11:30"),
            ("every month", "SET", "P1M"),
            ("annually", "SET", "P1Y"),
            ("fourth-quarter", "DATE", "2012-Q4"),
            ("Jan. 25", "DATE", "2013-01-25"),
        ],
    ),
    # Friday 2013-04-05 (ISO week 14), agency jobs-report wire, "KORVAL, April 5 (Reuters) -"
    # dateline: the figures came "on Friday", the publication day; the private survey "on
    # Wednesday" 2013-04-03 and the claims figures "on Thursday" 2013-04-04 (past), the claims
    # "last week" 2013-W13; the central bank meets "on April 17" 2013-04-17 and the ministry
    # publishes "two days later", 2013-04-19, anchored on that date (gold_blind38); parliament
    # "next week" 2013-W15. "March" (headline, lead, body) 2013-03; "the previous month" after
    # March is 2013-02, an anchored DATE like "the month before" (gold_blind23); "January" and
    # "February" of the revised figures 2013-01, 2013-02; "a year earlier" after the March
    # earnings figure 2012-03; "the fewest in nine months" P9M, the period of a superlative;
    # "the start of the year" takes the year's value, 2013 (gold_blind30);
    # "such a good winter" just past in April is the winter of 2012-13, 2013-WI (the winter
    # takes the year of its January, gold_blind28, gold_blind42); "the spring" now under way
    # 2013-SP; "the past year" P1Y; "the end of 2009" and "early 2008" the years; "July" past,
    # 2012-07; "every month" SET P1M with "mid-2011" a DATE of its own (gold_blind35's "every
    # Saturday since mid-January"); "their highest since November" 2012-11, "since November
    # 2011" 2011-11; "every week" SET P1W; "11 a.m. (0900 GMT)" two TIMEX3 on the publication
    # day (GMT+2 summer time); "April figures" the report's month as an adjective, 2013-04
    # (gold_blind33); "May 3" 2013-05-03. Not annotated: "7.7 pct", "S&P 500", "4,872.35", the
    # counts of jobs and people.
    "kelvania-hiring-slows-march": (
        "2013-04-05",
        [
            ("March", "DATE", "2013-03"),
            ("April 5", "DATE", "2013-04-05"),
            ("March", "DATE", "2013-03"),
            ("nine months", "DURATION", "P9M"),
            ("the start of the year", "DATE", "2013"),
            ("Friday", "DATE", "2013-04-05"),
            ("the previous month", "DATE", "2013-02"),
            ("January", "DATE", "2013-01"),
            ("February", "DATE", "2013-02"),
            ("February", "DATE", "2013-02"),
            ("January", "DATE", "2013-01"),
            ("March", "DATE", "2013-03"),
            ("winter", "DATE", "2013-WI"),
            ("The first quarter", "DATE", "2013-Q1"),
            ("March", "DATE", "2013-03"),
            ("the spring", "DATE", "2013-SP"),
            ("February", "DATE", "2013-02"),
            ("a year earlier", "DATE", "2012-03"),
            ("the past year", "DURATION", "P1Y"),
            ("the end of 2009", "DATE", "2009"),
            ("early 2008", "DATE", "2008"),
            ("July", "DATE", "2012-07"),
            ("every month", "SET", "P1M"),
            ("mid-2011", "DATE", "2011"),
            ("Wednesday", "DATE", "2013-04-03"),
            ("Thursday", "DATE", "2013-04-04"),
            ("last week", "DATE", "2013-W13"),
            ("November", "DATE", "2012-11"),
            ("every week", "SET", "P1W"),
            ("11 a.m.", "TIME", "2013-04-05T11:00"),
            ("0900 GMT", "TIME", "2013-04-05T09:00"),
            ("November 2011", "DATE", "2011-11"),
            ("April 17", "DATE", "2013-04-17"),
            ("two days later", "DATE", "2013-04-19"),
            ("next week", "DATE", "2013-W15"),
            ("April", "DATE", "2013-04"),
            ("May 3", "DATE", "2013-05-03"),
        ],
    ),
    # Wednesday 2013-12-11 (ISO week 50), agency budget story in AP style, headline, byline,
    # "DELMONT, Torvania (AP) —" dateline without date: the ministry "said Wednesday", the
    # publication day; the minister spoke "Tuesday night" 2013-12-10TNI and the IMF "said
    # Monday" 2013-12-09 (past). The government's fiscal year runs October-September ("fiscal
    # 2014, which began Oct. 1") and is named by the year it ends (gold_blind33, gold_blind35):
    # "fiscal 2014" and "the full year" FY2014 (gold_blind23), "the fiscal year that ended Sept.
    # 30" -> "the fiscal year" FY2013 plus 2013-09-30, "fiscal 2012", "fiscal 2015", "fiscal
    # 2016" (after "by"). "the first two months of fiscal 2014" is split, "the first two
    # months" DURATION P2M plus "fiscal 2014", like "the first 10 months of this year" in
    # gold_blind34 (see README), and "a year earlier" after it takes the fiscal year, FY2013
    # (gold_blind28, gold_blind38); "a year earlier" after November 2013-11 is 2012-11.
    # "November" (headline, lead, body) and "last month" 2013-11; "July" past 2013-07,
    # "October" past 2013-10; "January" of the pension rise future 2014-01; "the end of
    # September" of the coming deadline 2014-09; "last year" and "2014" keep their calendar
    # values (gold_blind35). "smallest shortfall in six years" P6Y and "the first time in five
    # years" P5Y (periods of a superlative and of a "first in"); "the 1990s" 199; "90-day"
    # DURATION on the adjective; "two weeks" P2W; "recently" PAST_REF; "every month" SET P1M;
    # "December" of the next report 2013-12, "Jan. 14" 2014-01-14. Not annotated: "Article
    # 104", amounts in florins, percentages.
    "torvania-budget-deficit-november": (
        "2013-12-11",
        [
            ("November", "DATE", "2013-11"),
            ("November", "DATE", "2013-11"),
            ("six years", "DURATION", "P6Y"),
            ("Wednesday", "DATE", "2013-12-11"),
            ("last month", "DATE", "2013-11"),
            ("November 2012", "DATE", "2012-11"),
            ("the first two months", "DURATION", "P2M"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("Oct. 1", "DATE", "2013-10-01"),
            ("a year earlier", "DATE", "FY2013"),
            ("the fiscal year", "DATE", "FY2013"),
            ("Sept. 30", "DATE", "2013-09-30"),
            ("fiscal 2012", "DATE", "FY2012"),
            ("five years", "DURATION", "P5Y"),
            ("November", "DATE", "2013-11"),
            ("a year earlier", "DATE", "2012-11"),
            ("July", "DATE", "2013-07"),
            ("the full year", "DATE", "FY2014"),
            ("Tuesday night", "TIME", "2013-12-10TNI"),
            ("fiscal 2016", "DATE", "FY2016"),
            ("more than three years", "DURATION", "P3Y"),
            ("January", "DATE", "2014-01"),
            ("the 1990s", "DATE", "199"),
            ("fiscal 2015", "DATE", "FY2015"),
            ("the end of September", "DATE", "2014-09"),
            ("last year", "DATE", "2012"),
            ("90-day", "DURATION", "P90D"),
            ("two weeks", "DURATION", "P2W"),
            ("October", "DATE", "2013-10"),
            ("Monday", "DATE", "2013-12-09"),
            ("2014", "DATE", "2014"),
            ("recently", "DATE", "PAST_REF"),
            ("2008", "DATE", "2008"),
            ("every month", "SET", "P1M"),
            ("December", "DATE", "2013-12"),
            ("Jan. 14", "DATE", "2014-01-14"),
        ],
    ),
    # Tuesday 2014-11-18 (ISO week 47), agency inflation and retail-sales story in AP style,
    # headline, byline, "LINDGARD, Estmoria (AP) —" dateline without date: the statistics
    # office "said Tuesday" and "A separate report Tuesday" are the publication day; the
    # deputy governor "said Monday" 2014-11-17 (past); the budget goes to parliament
    # "Thursday" 2014-11-20 (future). "the 12 months through October" is split, "the 12
    # months" DURATION P12M plus "October" 2014-10, "through" a signal (gold_blind23's "the
    # three months to October", gold_blind38's "the five days through Monday"). "Month-on-month"
    # (sentence-initial, before the October figure) is the month compared with, September
    # 2014, as "Year-on-year" is the period compared with (gold_blind18; see README);
    # "year-on-year" after the October fuel prices 2013-10; "the previous month" after October
    # 2014-09; "a year earlier" after the October sales 2013-10, after "the third quarter"
    # 2013-Q3. The headline's "5-year low" P5Y (adjectival duration of a superlative, like
    # "seven-year low" in gold_blind23) and "the smallest increase in five years" P5Y; "20
    # months" P20M; "the summer" just past 2014-SU; "last December" said in November 2013-12;
    # "last winter" 2014-WI (the winter of 2013-14, taking the year of its January); "early
    # next year" 2015; "January", "September" past months of 2014; "November and December" of
    # the retailers' forecast 2014-11, 2014-12; "November prices" 2014-11 and "Dec. 16"; the
    # rate meeting "Dec. 4" 2014-12-04; "recently" and "recent years" PAST_REF; "now"
    # PRESENT_REF; "annually" SET P1Y. Not annotated: "annual inflation" (a rate, gold_blind38),
    # "a strong holiday season" (gold_blind38), percentages.
    "estmoria-inflation-five-year-low": (
        "2014-11-18",
        [
            ("5-year", "DURATION", "P5Y"),
            ("the 12 months", "DURATION", "P12M"),
            ("October", "DATE", "2014-10"),
            ("five years", "DURATION", "P5Y"),
            ("Tuesday", "DATE", "2014-11-18"),
            ("Month-on-month", "DATE", "2014-09"),
            ("October", "DATE", "2014-10"),
            ("January", "DATE", "2014-01"),
            ("year-on-year", "DATE", "2013-10"),
            ("the summer", "DATE", "2014-SU"),
            ("September", "DATE", "2014-09"),
            ("Tuesday", "DATE", "2014-11-18"),
            ("October", "DATE", "2014-10"),
            ("the previous month", "DATE", "2014-09"),
            ("September", "DATE", "2014-09"),
            ("a year earlier", "DATE", "2013-10"),
            ("now", "DATE", "PRESENT_REF"),
            ("Dec. 4", "DATE", "2014-12-04"),
            ("last December", "DATE", "2013-12"),
            ("Monday", "DATE", "2014-11-17"),
            ("20 months", "DURATION", "P20M"),
            ("early next year", "DATE", "2015"),
            ("last winter", "DATE", "2014-WI"),
            ("recently", "DATE", "PAST_REF"),
            ("the third quarter", "DATE", "2014-Q3"),
            ("a year earlier", "DATE", "2013-Q3"),
            ("2011", "DATE", "2011"),
            ("recent years", "DATE", "PAST_REF"),
            ("November", "DATE", "2014-11"),
            ("December", "DATE", "2014-12"),
            ("Thursday", "DATE", "2014-11-20"),
            ("annually", "SET", "P1Y"),
            ("November", "DATE", "2014-11"),
            ("Dec. 16", "DATE", "2014-12-16"),
        ],
    ),
    # Monday 2014-03-17 (ISO week 12), agency housing wire in Bloomberg style, headline in
    # title case, byline, "March 17 (Bloomberg) --" dateline: the ministry "said today", the
    # publication day; the central bank data came "on Friday" 2014-03-14 (past); the governor
    # testifies "this week, on Wednesday afternoon" -> "this week" 2014-W12 and "Wednesday
    # afternoon" TIME 2014-03-19TAF; the builders' survey is "due Thursday" 2014-03-20. "July
    # 2008" (headline and lead); "February" and "last month" 2014-02, "January's figure" ->
    # "January" 2014-01 (possessive without the "'s"); "February 2013"; "a five-year slump"
    # DURATION on the adjective; "the highest level in more than five years" P5Y; "every month"
    # SET P1M with "late last year" a DATE of its own, 2013 (the modifier kept, like "late
    # 2012" 2012); "The winter" just ended 2014-WI; "January and February" past months of 2014;
    # "the spring" ahead 2014-SP; "the fourth quarter" 2013-Q4 and "a year earlier" after it
    # 2012-Q4; "the first half of 2008" one span; "the coming months" PXM; "earlier this month"
    # 2014-03; "the second half of 2015" one span; "all of 2013" -> "2013" ("all of" left out
    # like "most of", gold_blind23); "recent weeks" PAST_REF; "the next decade" P10Y ("over" a
    # signal); "10:45 a.m. local time" of the publication day; "March figures" the report's
    # month, 2014-03; "April 16"; "quarterly survey" SET P3M. Not annotated: "a seasonally
    # adjusted annual rate" (gold_blind33), "future construction" (an adjective, not a
    # reference like "the near future"), "S&P 500", "612.44", "14 economists", the counts of
    # homes and permits, percentages.
    "brenmark-housing-starts-february": (
        "2014-03-17",
        [
            ("July 2008", "DATE", "2008-07"),
            ("March 17", "DATE", "2014-03-17"),
            ("February", "DATE", "2014-02"),
            ("July 2008", "DATE", "2008-07"),
            ("five-year", "DURATION", "P5Y"),
            ("last month", "DATE", "2014-02"),
            ("today", "DATE", "2014-03-17"),
            ("January", "DATE", "2014-01"),
            ("February 2013", "DATE", "2013-02"),
            ("more than five years", "DURATION", "P5Y"),
            ("every month", "SET", "P1M"),
            ("late last year", "DATE", "2013"),
            ("The winter", "DATE", "2014-WI"),
            ("January", "DATE", "2014-01"),
            ("February", "DATE", "2014-02"),
            ("the spring", "DATE", "2014-SP"),
            ("the fourth quarter", "DATE", "2013-Q4"),
            ("a year earlier", "DATE", "2012-Q4"),
            ("the first half of 2008", "DATE", "2008-H1"),
            ("Friday", "DATE", "2014-03-14"),
            ("the coming months", "DURATION", "PXM"),
            ("late 2012", "DATE", "2012"),
            ("earlier this month", "DATE", "2014-03"),
            ("the second half of 2015", "DATE", "2015-H2"),
            ("this week", "DATE", "2014-W12"),
            ("Wednesday afternoon", "TIME", "2014-03-19TAF"),
            ("2013", "DATE", "2013"),
            ("2007", "DATE", "2007"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("the next decade", "DURATION", "P10Y"),
            ("10:45 a.m. local time", "TIME", "2014-03-17T10:45"),
            ("March", "DATE", "2014-03"),
            ("April 16", "DATE", "2014-04-16"),
            ("quarterly", "SET", "P3M"),
            ("Thursday", "DATE", "2014-03-20"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
