"""Annotations of the blind gold set 238, chosen by hand before the tagger ran.

    python tests/data/gold_blind238/annotate.py [--show]

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
    # Monday 2012-11-05 (ISO week 45), edited earnings-call transcript of a transcript site,
    # headline "... Discusses F1Q13 Results", header "Nov. 5, 2012 5:00 PM ET" (a DATE and a
    # TIME, the zone in the span), the operator's "today, Monday, November 5, 2012" ("today"
    # and the date with its weekday, two DATEs). Varden's fiscal year ends June 30 (the text
    # says so), so fiscal 2013 runs July 2012-June 2013: "F1Q13" (analysts' shorthand, one
    # span like "Q1FY13" in gold_blind74) and "first-quarter fiscal 2013" (one span like
    # "First-Quarter Fiscal 2026", gold_blind9) FY2013-Q1; "ends June 30" the end of the year
    # now running, 2013-06-30 (gold_blind33, gold_blind38); "the quarter" reported FY2013-Q1,
    # "the second quarter" and "this quarter" (the pipeline of the quarter under way, Oct-Dec)
    # FY2013-Q2; "fiscal '13", "fiscal '12", "fiscal '14" (spoken shorthand, one span each)
    # FY2013, FY2012, FY2014. Quarters named by calendar months keep calendar values ("the
    # September quarter" 2012-Q3, "the December quarter" 2012-Q4, "the June quarter"
    # 2013-Q2, the adjectival "March-quarter" 2013-Q1; gold_blind55, gold_blind63). "year
    # over year" right after "the September quarter" is the period compared with, the same
    # calendar quarter a year before, 2011-Q3 (the nearer antecedent, gold_blind74); "a year
    # ago" twice 2011 (the unit's granularity), its "mid-December" 2011-12 and "late January"
    # 2012-01; "the last two weeks of September" -> "the last two weeks" P2W and "September"
    # 2012-09; "the last couple of quarters" P2Q ("a couple of" read as two, gold_blind30);
    # "about nine months" P9M; "19 months" P19M (to June 30, 2014). Future: "by Dec. 31"
    # 2012-12-31, "on Dec. 3" 2012-12-03, "on Feb. 12" 2013-02-12, "in late January" 2013-01.
    # Not annotated: "Good afternoon" (a greeting), "Version 9" and "Version 7" (products),
    # "VRDN", "14 deals", "60 reps", "2,300 customers", "410 of them", "the 25% operating
    # margin target", "analyst day" (an event; only "Feb. 12" annotated), amounts and
    # percentages.
    "varden-software-f1q13-call-transcript": (
        "2012-11-05",
        [
            ("F1Q13", "DATE", "FY2013-Q1"),
            ("Nov. 5, 2012", "DATE", "2012-11-05"),
            ("5:00 PM ET", "TIME", "2012-11-05T17:00"),
            ("first-quarter fiscal 2013", "DATE", "FY2013-Q1"),
            ("today", "DATE", "2012-11-05"),
            ("Monday, November 5, 2012", "DATE", "2012-11-05"),
            ("June 30", "DATE", "2013-06-30"),
            ("the quarter", "DATE", "FY2013-Q1"),
            ("the September quarter", "DATE", "2012-Q3"),
            ("year over year", "DATE", "2011-Q3"),
            ("now", "DATE", "PRESENT_REF"),
            ("a year ago", "DATE", "2011"),
            ("the second quarter", "DATE", "FY2013-Q2"),
            ("fiscal '13", "DATE", "FY2013"),
            ("the June quarter", "DATE", "2013-Q2"),
            ("fiscal '12", "DATE", "FY2012"),
            ("the quarter", "DATE", "FY2013-Q1"),
            ("the last two weeks", "DURATION", "P2W"),
            ("September", "DATE", "2012-09"),
            ("this quarter", "DATE", "FY2013-Q2"),
            ("Dec. 31", "DATE", "2012-12-31"),
            ("this quarter", "DATE", "FY2013-Q2"),
            ("A year ago", "DATE", "2011"),
            ("mid-December", "DATE", "2011-12"),
            ("late January", "DATE", "2012-01"),
            ("the last couple of quarters", "DURATION", "P2Q"),
            ("about nine months", "DURATION", "P9M"),
            ("fiscal '14", "DATE", "FY2014"),
            ("Dec. 3", "DATE", "2012-12-03"),
            ("the December quarter", "DATE", "2012-Q4"),
            ("March-quarter", "DATE", "2013-Q1"),
            ("June 30, 2014", "DATE", "2014-06-30"),
            ("19 months", "DURATION", "P19M"),
            ("the September quarter", "DATE", "2012-Q3"),
            ("fiscal '14", "DATE", "FY2014"),
            ("fiscal '13", "DATE", "FY2013"),
            ("fiscal '14", "DATE", "FY2014"),
            ("Feb. 12", "DATE", "2013-02-12"),
            ("the December quarter", "DATE", "2012-Q4"),
            ("late January", "DATE", "2013-01"),
        ],
    ),
    # Saturday 2013-03-30 (ISO week 13), US regional paper's weekly column on earnings calls,
    # column head, headline, byline, date line "Saturday, March 30, 2013" (one span with its
    # weekday), "CEDAR HOLLOW -" dateline. Past weekdays: the numbers came out "Wednesday
    # afternoon" 2013-03-27TAF and the call was "Thursday morning" 2013-03-28TMO (parts of
    # day, TIME). Renwick's fiscal year "runs from Sept. 1 to Aug. 31" (present tense, the
    # year now running, like "whose fiscal year ends June 30" in gold_blind33): "Sept. 1"
    # 2012-09-01 and "Aug. 31" 2013-08-31; fiscal 2013 is FY2013, so "second-quarter" and "the
    # quarter" (three times, December-February) FY2013-Q2, "a year earlier" FY2012-Q2, "the
    # third quarter, which runs March through May" FY2013-Q3 with "March" 2013-03 and "May"
    # 2013-05, "its third quarter" (possessive kept, gold_blind38) FY2013-Q3; "a record fiscal
    # '11" -> "fiscal '11" FY2011. "this spring" 2013-SP, "the spring of 2011" 2011-SP;
    # "a year ago as of March 22" -> "a year ago" 2012 (the unit's granularity) and "March 22";
    # "mid-May" 2013-05, "late June" 2013-06 ahead; "filed in January" 2013-01; "the 2016
    # season" -> "2016" and "the 2012 drought" -> "2012" (adjectival years, gold_blind27,
    # gold_blind103); "about six years" P6Y; "the semiannual dividend" SET P6M (like
    # "semiannually", gold_blind38); "due by April 9" -> "April 9"; "appears every Saturday"
    # SET XXXX-WXX-6. Not annotated: "late springs" (generic plural, no particular spring),
    # "the calendar", "annual sales" (the period of a figure, gold_blind28), "the Renwick 1213
    # corn hybrid" (a product number that reads like a month and year), "10-Q", "By then"
    # and "on time" (anaphoric, idiomatic), "400,000 shares", "Three of the seven analysts",
    # "70 percent", "319-555-0187", amounts.
    "renwick-seed-call-sheet-column": (
        "2013-03-30",
        [
            ("Saturday, March 30, 2013", "DATE", "2013-03-30"),
            ("second-quarter", "DATE", "FY2013-Q2"),
            ("Wednesday afternoon", "TIME", "2013-03-27TAF"),
            ("Thursday morning", "TIME", "2013-03-28TMO"),
            ("Sept. 1", "DATE", "2012-09-01"),
            ("Aug. 31", "DATE", "2013-08-31"),
            ("the quarter", "DATE", "FY2013-Q2"),
            ("December", "DATE", "2012-12"),
            ("February", "DATE", "2013-02"),
            ("the quarter", "DATE", "FY2013-Q2"),
            ("a year earlier", "DATE", "FY2012-Q2"),
            ("this spring", "DATE", "2013-SP"),
            ("a year ago", "DATE", "2012"),
            ("March 22", "DATE", "2013-03-22"),
            ("mid-May", "DATE", "2013-05"),
            ("the spring of 2011", "DATE", "2011-SP"),
            ("about two weeks", "DURATION", "P2W"),
            ("fiscal '11", "DATE", "FY2011"),
            ("fiscal 2013", "DATE", "FY2013"),
            ("the third quarter", "DATE", "FY2013-Q3"),
            ("March", "DATE", "2013-03"),
            ("May", "DATE", "2013-05"),
            ("the quarter", "DATE", "FY2013-Q2"),
            ("2012", "DATE", "2012"),
            ("2016", "DATE", "2016"),
            ("about six years", "DURATION", "P6Y"),
            ("semiannual", "SET", "P6M"),
            ("April 15", "DATE", "2013-04-15"),
            ("January", "DATE", "2013-01"),
            ("2012", "DATE", "2012"),
            ("April 9", "DATE", "2013-04-09"),
            ("its third quarter", "DATE", "FY2013-Q3"),
            ("late June", "DATE", "2013-06"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
        ],
    ),
    # Wednesday 2013-10-30 (ISO week 44), AP-style restaurant earnings story, headline ("3Q"),
    # byline "AP Food Industry Writer", "BRAYBURN, Ky. (AP) -" dateline without date; "said
    # Wednesday" and "afternoon trading Wednesday" the publication day, the call "at 8:30 a.m.
    # Eastern" that morning, 2013-10-30T08:30. No fiscal year is described, so calendar
    # quarters and halves: "3Q" (headline shorthand, one span), "third-quarter" and "the
    # quarter" 2013-Q3; "the three months ended Sept. 30" -> "the three months" P3M and
    # "Sept. 30" (gold_blind38), "A year earlier" after them the quarter a year before,
    # 2012-Q3; "the back half of the year" (spoken for "the second half of the year") 2013-H2
    # and "the first half" after it 2013-H1; "full-year" 2013; "the first half of 2014"
    # 2014-H1. "next year" twice and "early next year" 2014; "this year" 2013; "this summer"
    # 2013-SU; "in July" and "in early August" past, 2013-07 and 2013-08. "at least 18 months"
    # P18M (the comparable-restaurant rule, like "at least a year" in gold_blind38); "the best
    # showing in more than two years" P2Y (the period of a superlative); "a decade" P10Y;
    # "their first year after reopening" P1Y (an ordinal period with its possessive,
    # gold_blind85); "the last couple of quarters" P2Q; "the quarterly dividend" SET P3M.
    # Not annotated: "the holidays" (no calendar value, like "the holiday season"),
    # "weekday lunch traffic" (an adjective naming a kind), "since then" (anaphoric),
    # "afternoon trading" (gold_blind38), "the $7.99 Creek Plates menu", "418 restaurants",
    # "23 states", "31", "18 to 20 restaurants", "120 of its oldest locations", "six
    # restaurants", "four to six more", amounts and percentages.
    "cobble-creek-grill-third-quarter": (
        "2013-10-30",
        [
            ("3Q", "DATE", "2013-Q3"),
            ("Wednesday", "DATE", "2013-10-30"),
            ("third-quarter", "DATE", "2013-Q3"),
            ("next year", "DATE", "2014"),
            ("the three months", "DURATION", "P3M"),
            ("Sept. 30", "DATE", "2013-09-30"),
            ("A year earlier", "DATE", "2012-Q3"),
            ("at least 18 months", "DURATION", "P18M"),
            ("more than two years", "DURATION", "P2Y"),
            ("a decade", "DURATION", "P10Y"),
            ("8:30 a.m. Eastern", "TIME", "2013-10-30T08:30"),
            ("July", "DATE", "2013-07"),
            ("now", "DATE", "PRESENT_REF"),
            ("next year", "DATE", "2014"),
            ("this year", "DATE", "2013"),
            ("the next two years", "DURATION", "P2Y"),
            ("their first year", "DURATION", "P1Y"),
            ("the quarter", "DATE", "2013-Q3"),
            ("early next year", "DATE", "2014"),
            ("the back half of the year", "DATE", "2013-H2"),
            ("the first half", "DATE", "2013-H1"),
            ("full-year", "DATE", "2013"),
            ("the last couple of quarters", "DURATION", "P2Q"),
            ("2014", "DATE", "2014"),
            ("the first half of 2014", "DATE", "2014-H1"),
            ("this summer", "DATE", "2013-SU"),
            ("quarterly", "SET", "P3M"),
            ("Nov. 22", "DATE", "2013-11-22"),
            ("Nov. 8", "DATE", "2013-11-08"),
            ("1987", "DATE", "1987"),
            ("early August", "DATE", "2013-08"),
            ("Wednesday", "DATE", "2013-10-30"),
        ],
    ),
    # Tuesday 2014-07-29 (ISO week 31), edited earnings-call transcript of a transcript site,
    # headline ("Q2 2014 Results", one span like "H1 2014" in gold_blind74), header "Jul. 29,
    # 2014 8:30 AM ET" (DATE and TIME); "Today's call" -> "Today" the day of the call; "Our
    # release went out last night" the evening before the morning call, 2014-07-28TNI. No
    # fiscal year is described and the quarter is April-June (the months are named), so
    # calendar values: "second-quarter 2014" (one span) and "the quarter" 2014-Q2, "the
    # year-ago quarter" 2013-Q2, "Q3" (three times) and "this quarter" (renewals "coming up",
    # the quarter under way) 2014-Q3, "Q4" and "This Q4" 2014-Q4 (determiner kept); "the back
    # half of the year" 2014-H2 (the elided "the first" is not annotated); "full-year",
    # "this year" and "exit the year" -> "the year" 2014 (the year the run-rate is reached);
    # "next year" 2015, "next June" 2015-06 ("lap it" a year after June 1); "April", "May",
    # "June", "July so far" -> "July" (gold_blind13), "the spring" twice 2014-SP, "in
    # February" 2014-02, "on June 1" 2014-06-01 past. "Labor Day" 2014-09-01 (first Monday
    # of September); "between now and Labor Day" -> "now" and "Labor Day". "a couple of years
    # ago" 2012 (gold_blind65); "by 2016" and "the goal for 2016" -> "2016". "for 30 days"
    # P30D (the replay, gold_blind9); "52-year" P52Y (adjectival); "in years" -> "years" PXY;
    # "the last couple of quarters" P2Q; "the last three weeks" P3W; "through December 2015".
    # Not annotated: "Tonnage per day" and "Three cents a mile" (rates), "$9 million
    # annualized", "the close" (a trading word), "passcode 2914" (a code), "1-877-555-0142",
    # "TRWF", "140 basis points", "150 basis points", "88.6%",
    # "a 91 operating ratio", "85", "Eighty-five", "410 tractors", "two of our 61 terminals",
    # "6,200 tractors", "1.2 million shares", "about a third of the book" (a fraction),
    # "normal seasonality", amounts and percentages.
    "tarrow-freight-q2-2014-call-transcript": (
        "2014-07-29",
        [
            ("Q2 2014", "DATE", "2014-Q2"),
            ("Jul. 29, 2014", "DATE", "2014-07-29"),
            ("8:30 AM ET", "TIME", "2014-07-29T08:30"),
            ("second-quarter 2014", "DATE", "2014-Q2"),
            ("Today", "DATE", "2014-07-29"),
            ("last night", "TIME", "2014-07-28TNI"),
            ("30 days", "DURATION", "P30D"),
            ("52-year", "DURATION", "P52Y"),
            ("the year-ago quarter", "DATE", "2013-Q2"),
            ("the last couple of quarters", "DURATION", "P2Q"),
            ("years", "DURATION", "PXY"),
            ("April", "DATE", "2014-04"),
            ("May", "DATE", "2014-05"),
            ("June", "DATE", "2014-06"),
            ("July", "DATE", "2014-07"),
            ("the back half of the year", "DATE", "2014-H2"),
            ("full-year", "DATE", "2014"),
            ("this year", "DATE", "2014"),
            ("Q3", "DATE", "2014-Q3"),
            ("the year", "DATE", "2014"),
            ("next year", "DATE", "2015"),
            ("the quarter", "DATE", "2014-Q2"),
            ("December 2015", "DATE", "2015-12"),
            ("this quarter", "DATE", "2014-Q3"),
            ("the spring", "DATE", "2014-SP"),
            ("the spring", "DATE", "2014-SP"),
            ("the last three weeks", "DURATION", "P3W"),
            ("now", "DATE", "PRESENT_REF"),
            ("Labor Day", "DATE", "2014-09-01"),
            ("June 1", "DATE", "2014-06-01"),
            ("Q3", "DATE", "2014-Q3"),
            ("next June", "DATE", "2015-06"),
            ("a couple of years ago", "DATE", "2012"),
            ("Q4", "DATE", "2014-Q4"),
            ("2016", "DATE", "2016"),
            ("This Q4", "DATE", "2014-Q4"),
            ("Q3", "DATE", "2014-Q3"),
            ("2016", "DATE", "2016"),
            ("February", "DATE", "2014-02"),
        ],
    ),
    # Thursday 2015-01-29 (ISO week 5), Reuters-style earnings wire written from the call,
    # "UPDATE 1-" headline, bullets, byline, "Jan 29 (Reuters) -" dateline; "on Thursday" the
    # publication day. Ostrander's fiscal year ends Sept. 30 (the text says so), so fiscal
    # 2015 runs October 2014-September 2015: "fiscal 2015" (headline and body), "fiscal '15"
    # (bullet and quote), "full-year" and "Exiting the year" -> "the year" FY2015 (the year
    # whose exit the CFO means, the fiscal year now running, like "the full year" in
    # gold_blind38); "ends Sept. 30" the end of that year, 2015-09-30; "Fiscal Q1" and "the
    # first quarter, which ended Dec. 31" FY2015-Q1 plus 2014-12-31; "a year earlier" and "the
    # year-ago quarter" FY2014-Q1; "the second quarter" and "the current quarter" FY2015-Q2;
    # "fiscal 2018" FY2018. Calendar words keep calendar values (gold_blind51, gold_blind63):
    # "most of last year" -> "last year" 2014 ("most of" left out, gold_blind15), "December"
    # twice 2014-12, "January" 2015-01, "February last year" one span 2014-02 (like "June last
    # year", gold_blind55), "the spring" ahead 2015-SP, "in March" ahead 2015-03, "January
    # 2013", "May 14", "March 2", "Feb. 13". "the first increase in four quarters" -> "four
    # quarters" P4Q (the period of a "first in"); "the next 18 months" P18M; "the past six
    # months" P6M; "a quarterly dividend" SET P3M. Not annotated: "after the bell" and
    # "extended trading" (trading words), "adj EPS", "est", "about a third of sales" (a
    # fraction), "a 310-unit order", "Pellbrook Data", "the U.S. medical device tax",
    # "the New York Stock Exchange", "(Reuters)", "UPDATE 1", amounts and percentages.
    "ostrander-medical-fiscal-q1-outlook": (
        "2015-01-29",
        [
            ("fiscal 2015", "DATE", "FY2015"),
            ("Fiscal Q1", "DATE", "FY2015-Q1"),
            ("fiscal '15", "DATE", "FY2015"),
            ("Jan 29", "DATE", "2015-01-29"),
            ("full-year", "DATE", "FY2015"),
            ("Thursday", "DATE", "2015-01-29"),
            ("last year", "DATE", "2014"),
            ("December", "DATE", "2014-12"),
            ("December", "DATE", "2014-12"),
            ("January", "DATE", "2015-01"),
            ("fiscal '15", "DATE", "FY2015"),
            ("now", "DATE", "PRESENT_REF"),
            ("Sept. 30", "DATE", "2015-09-30"),
            ("fiscal 2015", "DATE", "FY2015"),
            ("the first quarter", "DATE", "FY2015-Q1"),
            ("Dec. 31", "DATE", "2014-12-31"),
            ("a year earlier", "DATE", "FY2014-Q1"),
            ("the year-ago quarter", "DATE", "FY2014-Q1"),
            ("four quarters", "DURATION", "P4Q"),
            ("the second quarter", "DATE", "FY2015-Q2"),
            ("February last year", "DATE", "2014-02"),
            ("the spring", "DATE", "2015-SP"),
            ("the current quarter", "DATE", "FY2015-Q2"),
            ("March", "DATE", "2015-03"),
            ("the year", "DATE", "FY2015"),
            ("the next 18 months", "DURATION", "P18M"),
            ("January 2013", "DATE", "2013-01"),
            ("fiscal 2018", "DATE", "FY2018"),
            ("May 14", "DATE", "2015-05-14"),
            ("the past six months", "DURATION", "P6M"),
            ("quarterly", "SET", "P3M"),
            ("March 2", "DATE", "2015-03-02"),
            ("Feb. 13", "DATE", "2015-02-13"),
        ],
    ),
    # Friday 2015-02-27 (ISO week 9), Canadian paper's website banking story, headline ("Q1"),
    # byline, stamps "Published Friday, Feb. 27, 2015 6:02AM EST" and "Last updated Friday,
    # Feb. 27, 2015 9:41AM EST" (a DATE with its weekday and a TIME each). The results and
    # the call were Thursday 2015-02-26 ("on Thursday" twice): "the call, which began at 8
    # a.m. ET, an hour after the results were released" -> "8 a.m. ET" 2015-02-26T08:00 and
    # "an hour" PT1H (an anchored duration). Northgate's fiscal year ends Oct. 31 (the text
    # says so): fiscal 2015 runs November 2014-October 2015, so "Q1" and "the first quarter
    # ended Jan. 31" FY2015-Q1 plus 2015-01-31, "a year earlier" and "year over year"
    # FY2014-Q1, "the previous quarter" FY2014-Q4, "the quarter" FY2015-Q1; "ends Oct. 31"
    # the end of the year now running, 2015-10-31; "fiscal '16" and "fiscal 2016" FY2016,
    # which "begins this November" 2015-11; "all of fiscal 2014" -> "fiscal 2014" FY2014
    # ("all of" left out like "most of"). Calendar words keep calendar values (gold_blind51,
    # gold_blind63): "their 2015 output" -> "2015"; "since June" 2014-06; "through 2016";
    # "the end of the summer" 2015-SU (the season's value, like "the end of June" the
    # month's); "by October, 2016" 2016-10; "Not this year" 2015 (see README); "in December"
    # 2015-12; "the start of the year" 2015 (gold_blind42). "the coming months" PXM; "the
    # last couple of quarters" P2Q; "its second increase in six months" -> "six months" P6M;
    # "quarterly dividend" SET P3M; "next week" 2015-W10 and the rival's report "on Tuesday"
    # 2015-03-03 (future). Not annotated: "roughly a quarter of that lending" (a fraction,
    # not a quarter of a year), "more than half", "6 basis points", "2.31 per cent",
    # "7-per-cent annual earnings growth" (a rate), "sixth-largest", "640 jobs", "30 of its
    # 1,180 branches", "in the low-to-mid single digits", "the Toronto Stock Exchange",
    # amounts and percentages.
    "northgate-bank-q1-oil-credit-outlook": (
        "2015-02-27",
        [
            ("Q1", "DATE", "FY2015-Q1"),
            ("Friday, Feb. 27, 2015", "DATE", "2015-02-27"),
            ("6:02AM EST", "TIME", "2015-02-27T06:02"),
            ("Friday, Feb. 27, 2015", "DATE", "2015-02-27"),
            ("9:41AM EST", "TIME", "2015-02-27T09:41"),
            ("Thursday", "DATE", "2015-02-26"),
            ("the coming months", "DURATION", "PXM"),
            ("the first quarter", "DATE", "FY2015-Q1"),
            ("Jan. 31", "DATE", "2015-01-31"),
            ("a year earlier", "DATE", "FY2014-Q1"),
            ("the previous quarter", "DATE", "FY2014-Q4"),
            ("now", "DATE", "PRESENT_REF"),
            ("8 a.m. ET", "TIME", "2015-02-26T08:00"),
            ("an hour", "DURATION", "PT1H"),
            ("fiscal '16", "DATE", "FY2016"),
            ("Oct. 31", "DATE", "2015-10-31"),
            ("fiscal 2016", "DATE", "FY2016"),
            ("this November", "DATE", "2015-11"),
            ("2015", "DATE", "2015"),
            ("June", "DATE", "2014-06"),
            ("year over year", "DATE", "FY2014-Q1"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("the last couple of quarters", "DURATION", "P2Q"),
            ("2016", "DATE", "2016"),
            ("the quarter", "DATE", "FY2015-Q1"),
            ("the end of the summer", "DATE", "2015-SU"),
            ("October, 2016", "DATE", "2016-10"),
            ("quarterly", "SET", "P3M"),
            ("six months", "DURATION", "P6M"),
            ("this year", "DATE", "2015"),
            ("December", "DATE", "2015-12"),
            ("Thursday", "DATE", "2015-02-26"),
            ("the start of the year", "DATE", "2015"),
            ("next week", "DATE", "2015-W10"),
            ("Tuesday", "DATE", "2015-03-03"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
