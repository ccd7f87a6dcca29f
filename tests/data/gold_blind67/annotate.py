"""Annotations of the sixty-seventh blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind67/annotate.py [--show]

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
    # Tuesday 2014-04-08 (ISO week 15), US newspaper tax-deadline explainer, date line "The
    # Harlow Ledger, Tuesday, April 8, 2014". The federal deadline is Tuesday 2014-04-15
    # (headline "April 15", "Tuesday, April 15", "next Tuesday": a week after a Tuesday paper);
    # "midnight" on it is 2014-04-15T24:00 (gold_blind28). "A Week to Go" is the time left,
    # DURATION P1W like "Two Weeks After Quake" (gold_blind35). "the 2013 tax year" is one DATE
    # span (gold_blind63), a US tax year being the calendar year, 2013; "the end of the year"
    # by which savers turned 50 is the end of that tax year, 2013 (year value, gold_blind35),
    # and the 401(k) money "had to go in by Dec. 31" 2013-12-31. "last Friday" 2014-04-04;
    # the IRS "said Thursday" 2014-04-03 (past); the office opens "9 a.m. to 6 p.m. Saturday"
    # 2014-04-12 (future); "until 9 p.m. each night this week" recurs, XXXX-XX-XXT21:00 and
    # the SET XXXX-XX-XXTNI, as do the library's hours "on Wednesdays" (XXXX-WXX-3).
    # "Every year the last two weeks" is generic: SET P1Y and DURATION P2W. "advice for next
    # year" is the 2015 filing season, "start in February" 2015-02; the client who "came in on
    # April 1" did so this year, 2014-04-01, and was finished "at 11 at night" the same day.
    # "quarterly" estimated payments SET P3M. Traps: "Form 4868", "401(k)", "$5,500",
    # "$6,500", "$2,870", the age "50", "one in five", "1-800-555-0147", "24/7".
    "tax-deadline-late-filers": (
        "2014-04-08",
        [
            ("A Week", "DURATION", "P1W"),
            ("April 15", "DATE", "2014-04-15"),
            ("Tuesday, April 8, 2014", "DATE", "2014-04-08"),
            ("the 2013 tax year", "DATE", "2013"),
            ("last Friday", "DATE", "2014-04-04"),
            ("midnight", "TIME", "2014-04-15T24:00"),
            ("Tuesday, April 15", "DATE", "2014-04-15"),
            ("Every year", "SET", "P1Y"),
            ("the last two weeks", "DURATION", "P2W"),
            ("1996", "DATE", "1996"),
            ("9 a.m.", "TIME", "2014-04-12T09:00"),
            ("6 p.m.", "TIME", "2014-04-12T18:00"),
            ("Saturday", "DATE", "2014-04-12"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("each night", "SET", "XXXX-XX-XXTNI"),
            ("this week", "DATE", "2014-W15"),
            ("six-month", "DURATION", "P6M"),
            ("April 15", "DATE", "2014-04-15"),
            ("Oct. 15", "DATE", "2014-10-15"),
            ("next Tuesday", "DATE", "2014-04-15"),
            ("Thursday", "DATE", "2014-04-03"),
            ("21 days", "DURATION", "P21D"),
            ("this year", "DATE", "2014"),
            ("last year", "DATE", "2013"),
            ("2013", "DATE", "2013"),
            ("2013", "DATE", "2013"),
            ("the end of the year", "DATE", "2013"),
            ("Dec. 31", "DATE", "2013-12-31"),
            ("June 16", "DATE", "2014-06-16"),
            ("2014", "DATE", "2014"),
            ("quarterly", "SET", "P3M"),
            ("three months", "DURATION", "P3M"),
            ("next year", "DATE", "2015"),
            ("February", "DATE", "2015-02"),
            ("April 1", "DATE", "2014-04-01"),
            ("two years", "DURATION", "P2Y"),
            ("11 at night", "TIME", "2014-04-01T23:00"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("2 p.m.", "TIME", "XXXX-XX-XXT14:00"),
            ("Wednesdays", "SET", "XXXX-WXX-3"),
            ("April 15", "DATE", "2014-04-15"),
        ],
    ),
    # Saturday 2013-06-15 (ISO week 24), British weekend money column, headline, standfirst,
    # byline, date line "Saturday 15 June 2013". Adjectival durations of loan and savings
    # products are DURATIONs ("Two-year deals", "a two-year fix", "five-year fix", "a 30-year
    # fixed", "25-year fix", "a 12-month introductory rate"), like "30-year" in earlier sets;
    # "the first five years" and "the first year" are ordinal periods of a product, DURATION
    # (gold_blind35). "monthly payments" recur, SET P1M; "paid annually or monthly" SETs.
    # "on Thursday" 2013-06-13 (past); "a year ago" 2012; "late last year" 2012; "last month"
    # 2013-05; "since March" 2013-03; a two-year fix taken now ends "in the summer of 2015";
    # "the autumn" ahead in June 2013-FA; "at least mid-2015" keeps its modifier (gold_blind35)
    # and takes the year's value (earlier sets' "mid-2015"). The Cash Isa year now running is
    # the UK tax year 6 April 2013-5 April 2014, named by the year it ends (gold_blind63):
    # "the tax year" and "this tax year" FY2014, "5 April" 2014-04-05. "this month" 2013-06.
    # Traps: "Fixed Saver 2015" (a product name, beside "June 2015", annotated), the account
    # "40-11-29 8837", "0845 555 0192", rates and percentages, "£999", "£150,000", "£160",
    # "£5,760", "fewer than 300", "never", "at any time".
    "fixed-rate-mortgage-savings-column": (
        "2013-06-15",
        [
            ("Two-year", "DURATION", "P2Y"),
            ("Saturday 15 June 2013", "DATE", "2013-06-15"),
            ("the past month", "DURATION", "P1M"),
            ("Thursday", "DATE", "2013-06-13"),
            ("now", "DATE", "PRESENT_REF"),
            ("two-year", "DURATION", "P2Y"),
            ("a year ago", "DATE", "2012"),
            ("five-year", "DURATION", "P5Y"),
            ("the summer of 2015", "DATE", "2015-SU"),
            ("currently", "DATE", "PRESENT_REF"),
            ("25 years", "DURATION", "P25Y"),
            ("monthly", "SET", "P1M"),
            ("three months", "DURATION", "P3M"),
            ("five-year", "DURATION", "P5Y"),
            ("the first five years", "DURATION", "P5Y"),
            ("2016", "DATE", "2016"),
            ("2017", "DATE", "2017"),
            ("30-year", "DURATION", "P30Y"),
            ("more than a decade", "DURATION", "P10Y"),
            ("25-year", "DURATION", "P25Y"),
            ("last month", "DATE", "2013-05"),
            ("late last year", "DATE", "2012"),
            ("12-month", "DURATION", "P12M"),
            ("the first year", "DURATION", "P1Y"),
            ("June 2015", "DATE", "2015-06"),
            ("annually", "SET", "P1Y"),
            ("monthly", "SET", "P1M"),
            ("the tax year", "DATE", "FY2014"),
            ("5 April", "DATE", "2014-04-05"),
            ("this tax year", "DATE", "FY2014"),
            ("every week", "SET", "P1W"),
            ("March", "DATE", "2013-03"),
            ("the autumn", "DATE", "2013-FA"),
            ("at least mid-2015", "DATE", "2015"),
            ("this month", "DATE", "2013-06"),
            ("now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Thursday 2013-08-22 (ISO week 34), US newspaper consumer recall story, headline
    # ("Refunds Offered Through December" 2013-12), byline, "BRADFORD FALLS, Vt., Aug. 22,
    # 2013 --" dateline (the publication day). The company "said Tuesday" 2013-08-20, the chief
    # executive "said on Wednesday" 2013-08-21, production "began Monday night" 2013-08-19TNI
    # (all past). "between March 1 and June 30, 2013": two DATEs, the year of the second
    # shared by the first. "since May" 2013-05; "May 9" 2013-05-09 and "two days later"
    # anchored on it, 2013-05-11 (gold_blind28's "N later"); replacements "in October"
    # 2013-10 (future); "until Dec. 31" 2013-12-31; the hotline hours recur "every day",
    # XXXX-XX-XXT08:00 and XXXX-XX-XXT20:00 (zone in the span, not in the value) and SET P1D;
    # "within the past 30 days" and "within 30 days of purchase" DURATION P30D; "a one-year
    # warranty" DURATION; "last month" 2013-07; "each year since 2009" SET P1Y and 2009; the
    # company's fiscal year is not described, so "the third quarter" is 2013-Q3. Traps:
    # "HK-2014", "HK-2016" (model numbers), batch code "4471-K", "1-888-555-0163", "24/7",
    # "$39.99", "$6 million", "210,000", "37 reports", "11 burns", the age "58", "May I keep
    # using" (the verb), "Pownal Springs".
    "hollis-kettle-recall": (
        "2013-08-22",
        [
            ("December", "DATE", "2013-12"),
            ("Aug. 22, 2013", "DATE", "2013-08-22"),
            ("Tuesday", "DATE", "2013-08-20"),
            ("March 1", "DATE", "2013-03-01"),
            ("June 30, 2013", "DATE", "2013-06-30"),
            ("May", "DATE", "2013-05"),
            ("May 9", "DATE", "2013-05-09"),
            ("two days later", "DATE", "2013-05-11"),
            ("now", "DATE", "PRESENT_REF"),
            ("October", "DATE", "2013-10"),
            ("Dec. 31", "DATE", "2013-12-31"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("8 p.m. Eastern time", "TIME", "XXXX-XX-XXT20:00"),
            ("every day", "SET", "P1D"),
            ("the past 30 days", "DURATION", "P30D"),
            ("30 days", "DURATION", "P30D"),
            ("one-year", "DURATION", "P1Y"),
            ("last month", "DATE", "2013-07"),
            ("each year", "SET", "P1Y"),
            ("2009", "DATE", "2009"),
            ("this year", "DATE", "2013"),
            ("1952", "DATE", "1952"),
            ("Wednesday", "DATE", "2013-08-21"),
            ("the third quarter", "DATE", "2013-Q3"),
            ("Monday night", "TIME", "2013-08-19TNI"),
            ("the next few weeks", "DURATION", "PXW"),
        ],
    ),
    # Wednesday 2014-11-12 (ISO week 46), British house-price report, headline ("wait for
    # spring": the coming spring, 2015-SP), standfirst, byline, date line "Wednesday 12 November
    # 2014". "the three months to October" and "the three months to July" are split into a
    # DURATION P3M and the month they end in (gold_blind23); "a year earlier" after the three
    # months takes the year, 2013 (gold_blind23). "year on year" after the October figure is the
    # month compared with, 2013-10 (earlier sets' "year-on-year" after a month), and "month on
    # month" likewise the month before, 2014-09. In "the spring market this year" only "spring"
    # is a TIMEX3, the spring just past, 2014-SP; "a quieter winter" ahead is December
    # 2014-February 2015, 2015-WI (the winter takes the year of its January), "a busy spring"
    # 2015-SP. "said on Monday" 2014-11-10 (past); approvals "will be updated on Friday"
    # 2014-11-14 (future). "last week" 2014-W45; "a decade ago" 2004; "earlier this month"
    # 2014-11; "next year" and "early next year" 2015; "published monthly" SET P1M; "over
    # Christmas" 2014-12-25; "late January" ahead 2015-01. Traps: "Annual growth", "the first
    # monthly fall" and "the lowest quarterly total" (adjectives naming the period of a
    # figure, not a recurrence, like "a monthly rise" in gold_blind23), "the seasonal lull",
    # "may" (the verb), the ages "33" and "27", "No. 14 Keel Street", prices and percentages.
    "brenshire-house-prices-october": (
        "2014-11-12",
        [
            ("spring", "DATE", "2015-SP"),
            ("2012", "DATE", "2012"),
            ("Wednesday 12 November 2014", "DATE", "2014-11-12"),
            ("the three months", "DURATION", "P3M"),
            ("October", "DATE", "2014-10"),
            ("a year earlier", "DATE", "2013"),
            ("Monday", "DATE", "2014-11-10"),
            ("the three months", "DURATION", "P3M"),
            ("July", "DATE", "2014-07"),
            ("October", "DATE", "2014-10"),
            ("year on year", "DATE", "2013-10"),
            ("month on month", "DATE", "2014-09"),
            ("January 2013", "DATE", "2013-01"),
            ("now", "DATE", "PRESENT_REF"),
            ("April", "DATE", "2014-04"),
            ("September", "DATE", "2014-09"),
            ("October", "DATE", "2014-10"),
            ("spring", "DATE", "2014-SP"),
            ("this year", "DATE", "2014"),
            ("winter", "DATE", "2015-WI"),
            ("spring", "DATE", "2015-SP"),
            ("the third quarter", "DATE", "2014-Q3"),
            ("the second quarter", "DATE", "2014-Q2"),
            ("2011", "DATE", "2011"),
            ("41 days", "DURATION", "P41D"),
            ("29 days", "DURATION", "P29D"),
            ("June", "DATE", "2014-06"),
            ("the past five years", "DURATION", "P5Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("the 1990s", "DATE", "199"),
            ("last week", "DATE", "2014-W45"),
            ("a decade ago", "DATE", "2004"),
            ("earlier this month", "DATE", "2014-11"),
            ("now", "DATE", "PRESENT_REF"),
            ("next year", "DATE", "2015"),
            ("the second half of 2015", "DATE", "2015-H2"),
            ("early next year", "DATE", "2015"),
            ("monthly", "SET", "P1M"),
            ("Friday", "DATE", "2014-11-14"),
            ("the coming months", "DURATION", "PXM"),
            ("Christmas", "DATE", "2014-12-25"),
            ("late January", "DATE", "2015-01"),
            ("2015", "DATE", "2015"),
        ],
    ),
    # Friday 2012-10-05 (ISO week 40), British pensions story, headline ("from next April"),
    # standfirst, byline, date line "Friday 5 October 2012". "next April" (headline and lead)
    # 2013-04, the scheme change taking effect "from 6 April 2013"; staff were told "on
    # Tuesday" 2012-10-02 (past); the ballot runs "over two weeks starting on 22 October"
    # 2012-10-22 ("over" a signal); "before Christmas" 2012-12-25; "since January" 2012-01.
    # "the tax year ending 5 April" is the UK tax year now running, 6 April 2012-5 April 2013,
    # FY2013 (gold_blind63), and "5 April" 2013-04-05; the returns "for 2011-12" are for the tax
    # year 2011/12, FY2012; "by 31 October" 2012-10-31 and "by midnight on 31 January" the
    # coming January, 2013-01-31T24:00 and 2013-01-31. "six years longer" is a difference,
    # DURATION P6Y; "another 30 years" keeps its determiner. The staff meetings "every
    # Thursday this month" are a SET XXXX-WXX-4 and 2012-10; the first was "at 2pm yesterday",
    # Thursday 2012-10-04. "every three years" SET P3Y. Traps: "in their 40s and 50s" (ages,
    # not decades), the ages "45" and "65" ("retired at 65"), "0800 555 0116", "24/7", "until
    # then" (anaphoric), "8%", "4%", "£410m", "£28,000", "£14,000", "3,200", "one in ten".
    "brennock-pension-scheme-closure": (
        "2012-10-05",
        [
            ("next April", "DATE", "2013-04"),
            ("30 November", "DATE", "2012-11-30"),
            ("Friday 5 October 2012", "DATE", "2012-10-05"),
            ("next April", "DATE", "2013-04"),
            ("1974", "DATE", "1974"),
            ("Tuesday", "DATE", "2012-10-02"),
            ("6 April 2013", "DATE", "2013-04-06"),
            ("annually", "SET", "P1Y"),
            ("the past decade", "DURATION", "P10Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("six years", "DURATION", "P6Y"),
            ("another 30 years", "DURATION", "P30Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("two weeks", "DURATION", "P2W"),
            ("22 October", "DATE", "2012-10-22"),
            ("Christmas", "DATE", "2012-12-25"),
            ("2020", "DATE", "2020"),
            ("the 1990s", "DATE", "199"),
            ("January", "DATE", "2012-01"),
            ("the tax year", "DATE", "FY2013"),
            ("5 April", "DATE", "2013-04-05"),
            ("2011-12", "DATE", "FY2012"),
            ("31 October", "DATE", "2012-10-31"),
            ("midnight", "TIME", "2013-01-31T24:00"),
            ("31 January", "DATE", "2013-01-31"),
            ("30 November", "DATE", "2012-11-30"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
            ("this month", "DATE", "2012-10"),
            ("2pm", "TIME", "2012-10-04T14:00"),
            ("yesterday", "DATE", "2012-10-04"),
            ("every three years", "SET", "P3Y"),
            ("2016", "DATE", "2016"),
        ],
    ),
    # Monday 2015-12-28 (ISO week 53 of 2015), British retail story on the sales season,
    # headline, byline, date line "Monday 28 December 2015". "Boxing Day" is Saturday
    # 2015-12-26 (the sales "opened" then, "from 5am on Saturday"); "Christmas" 2015-12-25,
    # "Christmas Eve" 2015-12-24. In "January sales" (headline and body) the month is a TIMEX3,
    # the coming January, 2016-01; the sales are named by it. "the five weeks to Christmas Eve"
    # is split like "the three months to October" (gold_blind23), and "a year earlier" after
    # it takes the year, 2014; "up 6% on last year" 2014. The partnership "said yesterday",
    # Sunday 2015-12-27; stock "left on Sunday" the same day. "Black Friday" (twice) was
    # Friday 2015-11-27. "Ten years ago the sales started on 27 December" is 2005 and
    # 2005-12-27; "by the end of November" this year, 2015-11 (month value, gold_blind35).
    # "every Monday" SET XXXX-WXX-1; the centre's hours "from 8am to 8pm daily until
    # Wednesday" recur, XXXX-XX-XXT08:00, XXXX-XX-XXT20:00 and SET P1D, "Wednesday"
    # 2015-12-30 (future); "at 4pm on New Year's Eve" 2015-12-31T16:00 and 2015-12-31. "the
    # spring" ahead 2016-SP; "next year" 2016; "12 January" 2016-01-12; "the fourth quarter"
    # 2015-Q4 and "the third quarter" 2015-Q3 (calendar quarters). Traps: "winter coats" (a
    # kind of coat), "the back-to-school season" (a retail period with no calendar value, like
    # "the holiday season" in gold_blind35; only its "August" 2015-08 is annotated),
    # "the run-up", "KT-2015" (a model number), "£349", "6%", "2%", "40%", "3%".
    "cransford-boxing-day-sales": (
        "2015-12-28",
        [
            ("Boxing Day", "DATE", "2015-12-26"),
            ("January", "DATE", "2016-01"),
            ("Christmas", "DATE", "2015-12-25"),
            ("Monday 28 December 2015", "DATE", "2015-12-28"),
            ("5am", "TIME", "2015-12-26T05:00"),
            ("Saturday", "DATE", "2015-12-26"),
            ("Boxing Day", "DATE", "2015-12-26"),
            ("last year", "DATE", "2014"),
            ("Christmas", "DATE", "2015-12-25"),
            ("the five weeks", "DURATION", "P5W"),
            ("Christmas Eve", "DATE", "2015-12-24"),
            ("a year earlier", "DATE", "2014"),
            ("yesterday", "DATE", "2015-12-27"),
            ("Black Friday", "DATE", "2015-11-27"),
            ("27 November", "DATE", "2015-11-27"),
            ("November", "DATE", "2015-11"),
            ("Black Friday", "DATE", "2015-11-27"),
            ("December", "DATE", "2015-12"),
            ("1988", "DATE", "1988"),
            ("Ten years ago", "DATE", "2005"),
            ("27 December", "DATE", "2005-12-27"),
            ("Now", "DATE", "PRESENT_REF"),
            ("the end of November", "DATE", "2015-11"),
            ("January", "DATE", "2016-01"),
            ("five weeks", "DURATION", "P5W"),
            ("31 January", "DATE", "2016-01-31"),
            ("every Monday", "SET", "XXXX-WXX-1"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
            ("Wednesday", "DATE", "2015-12-30"),
            ("4pm", "TIME", "2015-12-31T16:00"),
            ("New Year's Eve", "DATE", "2015-12-31"),
            ("the spring", "DATE", "2016-SP"),
            ("August", "DATE", "2015-08"),
            ("2010", "DATE", "2010"),
            ("next year", "DATE", "2016"),
            ("Sunday", "DATE", "2015-12-27"),
            ("December", "DATE", "2015-12"),
            ("12 January", "DATE", "2016-01-12"),
            ("the fourth quarter", "DATE", "2015-Q4"),
            ("the third quarter", "DATE", "2015-Q3"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
