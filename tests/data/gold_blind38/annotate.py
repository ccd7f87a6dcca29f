"""Annotations of the thirty-eighth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind38/annotate.py [--show]

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
    # Wednesday 2012-10-10 (ISO week 41), online business-paper market story, byline and date
    # line "Updated Oct. 10, 2012 4:58 p.m. ET" (the date and the clock time two TIMEX3, like
    # "Published Aug. 15, 2023, 7:10 a.m. ET" in gold_blind21). An online story of the day: the
    # bare "Wednesday" (twice) is the publication day, "Tuesday's close" 2012-10-09 (only the
    # weekday), the bank results and the retail-sales report come "Friday" 2012-10-12 (future),
    # "September retail sales" 2012-09 (a report's month as an adjective, gold_blind33). "the
    # biggest one-day drop since August 2011": "one-day" DURATION P1D (gold_blind6), "since" a
    # signal; headline and lead "August 2011". Alvera's fiscal year is not described, so "the
    # second half" is 2012-H2, "the third quarter, which ended Sept. 30" 2012-Q3 plus the date,
    # "the previous quarter" 2012-Q2 (gold_blind18), "the fourth quarter" 2012-Q4 and
    # "third-quarter" results 2012-Q3. "year to date" is this year, 2012 (gold_blind23); "the
    # week" of "down for the week" the current week 2012-W41 (gold_blind6, gold_blind33); "next
    # week" 2012-W42. "10:45 a.m. EDT" on the publication day, the zone in the span. "the
    # 52-week high" -> "52-week" P52W, reached "in April" 2012-04; "launched in March" 2012-03;
    # "since mid-June" 2012-06, "since Aug. 2" 2012-08-02, "since July" 2012-07; "People came
    # into October" 2012-10. "the benchmark 10-year note": the tenor is DURATION P10Y (see
    # README). A futures delivery month looks forward: "Gold for December delivery" 2012-12
    # (gold_blind6). "its fourth decline in five sessions" is not annotated (sessions are no
    # calendar unit, gold_blind11, gold_blind23). Not annotated: "in early trading"
    # (gold_blind14), "Velox Q4 processor" (a product name), "ALVR", "S&P 500", "Stoxx Europe
    # 600", index levels, prices, "twice" (a count), "every earnings call", "last policy
    # meeting", "Trading was heavy".
    "stocks-alvera-warning-biggest-drop": (
        "2012-10-10",
        [
            ("August 2011", "DATE", "2011-08"),
            ("Oct. 10, 2012", "DATE", "2012-10-10"),
            ("4:58 p.m. ET", "TIME", "2012-10-10T16:58"),
            ("one-day", "DURATION", "P1D"),
            ("August 2011", "DATE", "2011-08"),
            ("Wednesday", "DATE", "2012-10-10"),
            ("the second half", "DATE", "2012-H2"),
            ("year to date", "DATE", "2012"),
            ("now", "DATE", "PRESENT_REF"),
            ("the week", "DATE", "2012-W41"),
            ("10:45 a.m. EDT", "TIME", "2012-10-10T10:45"),
            ("the third quarter", "DATE", "2012-Q3"),
            ("Sept. 30", "DATE", "2012-09-30"),
            ("the previous quarter", "DATE", "2012-Q2"),
            ("March", "DATE", "2012-03"),
            ("the next six months", "DURATION", "P6M"),
            ("the spring of 2010", "DATE", "2010-SP"),
            ("52-week", "DURATION", "P52W"),
            ("April", "DATE", "2012-04"),
            ("recent months", "DATE", "PAST_REF"),
            ("October", "DATE", "2012-10"),
            ("Now", "DATE", "PRESENT_REF"),
            ("the next few weeks", "DURATION", "PXW"),
            ("mid-June", "DATE", "2012-06"),
            ("the fourth quarter", "DATE", "2012-Q4"),
            ("Wednesday", "DATE", "2012-10-10"),
            ("Aug. 2", "DATE", "2012-08-02"),
            ("third-quarter", "DATE", "2012-Q3"),
            ("Friday", "DATE", "2012-10-12"),
            ("September", "DATE", "2012-09"),
            ("next week", "DATE", "2012-W42"),
            ("July", "DATE", "2012-07"),
            ("10-year", "DURATION", "P10Y"),
            ("Tuesday", "DATE", "2012-10-09"),
            ("December", "DATE", "2012-12"),
        ],
    ),
    # Sunday 2013-07-21 (ISO week 29), online business-paper merger story, bylines and date
    # line "Updated July 21, 2013 7:42 p.m. ET": the deal was agreed today, "Sunday"; the boards met
    # "Saturday night" 2013-07-20 (TIME TNI); Oakvale's
    # "closing price Friday" and "closed Friday" are 2013-07-19; the formal announcement and
    # the call "at 8:30 a.m. Eastern time Monday" are on 2013-07-22 (two TIMEX3). Brennard's
    # fiscal year is not described, so "the second half" (closing, said in July) is the
    # calendar half now running, 2013-H2, and "the first quarter ... from a year earlier" is
    # 2013-Q1 and 2012-Q1 (gold_blind33). "the biggest acquisition in more than a decade" ->
    # DURATION P10Y, the period of a superlative; "barely grown in three years" P3Y (how long a
    # past change took, gold_blind35); "over the past 30 days" P30D. "late 2012" takes the
    # year's value (gold_blind18, "late next year"); "stalled in the spring" past in July,
    # 2013-SP; the first offer "on June 26" was rejected "two days later", 2013-06-28, the
    # narrative's last date plus two days ("N later" at the unit's granularity, gold_blind28);
    # "earlier this month" 2013-07. The go-shop runs "for 45 days" (P45D) to "Sept. 4"
    # (2013-07-21 plus 45 days). "the past two years" P2Y; "in April" (past) 2013-04; "for 20
    # years" P20Y; "at least five years" P5Y; "since mid-2012" 2012 (a middle of a year takes
    # the year, gold_blind13); "the end of next year" 2014 (gold_blind28); "within weeks" ->
    # "weeks" PXW; the vote "in October" ahead, 2013-10. "the 1990s" 199. "$180 million in
    # annual cost savings" is a rate scaled to a year, not a recurrence, and is not annotated
    # (gold_blind33's "an annual rate"). Not annotated: "OKVD", "S&P 500", "the Milwaukee
    # Sunday Ledger" (a paper), "57", prices and percentages.
    "brennard-foods-oakvale-dairy-deal": (
        "2013-07-21",
        [
            ("July 21, 2013", "DATE", "2013-07-21"),
            ("7:42 p.m. ET", "TIME", "2013-07-21T19:42"),
            ("Sunday", "DATE", "2013-07-21"),
            ("more than a decade", "DURATION", "P10Y"),
            ("three years", "DURATION", "P3Y"),
            ("Friday", "DATE", "2013-07-19"),
            ("the past 30 days", "DURATION", "P30D"),
            ("Saturday night", "TIME", "2013-07-20TNI"),
            ("Monday", "DATE", "2013-07-22"),
            ("the second half", "DATE", "2013-H2"),
            ("2014", "DATE", "2014"),
            ("2016", "DATE", "2016"),
            ("late 2012", "DATE", "2012"),
            ("the spring", "DATE", "2013-SP"),
            ("June 26", "DATE", "2013-06-26"),
            ("two days later", "DATE", "2013-06-28"),
            ("earlier this month", "DATE", "2013-07"),
            ("45 days", "DURATION", "P45D"),
            ("Sept. 4", "DATE", "2013-09-04"),
            ("the 1990s", "DATE", "199"),
            ("last year", "DATE", "2012"),
            ("the past two years", "DURATION", "P2Y"),
            ("April", "DATE", "2013-04"),
            ("20 years", "DURATION", "P20Y"),
            ("at least five years", "DURATION", "P5Y"),
            ("the first quarter", "DATE", "2013-Q1"),
            ("a year earlier", "DATE", "2012-Q1"),
            ("mid-2012", "DATE", "2012"),
            ("2001", "DATE", "2001"),
            ("February", "DATE", "2013-02"),
            ("the end of next year", "DATE", "2014"),
            ("8:30 a.m. Eastern time", "TIME", "2013-07-22T08:30"),
            ("Monday", "DATE", "2013-07-22"),
            ("Friday", "DATE", "2013-07-19"),
            ("weeks", "DURATION", "PXW"),
            ("October", "DATE", "2013-10"),
        ],
    ),
    # Thursday 2013-04-25 (ISO week 17), agency earnings wire with bullet points, "BRAYFIELD,
    # Wash., April 25 (Reuters) -" dateline; "on Thursday" (three times) is the publication day.
    # Tellwright's fiscal year runs July-June and is named by the year it ends ("fiscal 2013,
    # which ends June 30", "fiscal 2014, which begins July 1"). "the three months ended March
    # 31" is "the three months" DURATION P3M plus "March 31" (gold_blind30), and the apposed
    # "its fiscal third quarter" (the possessive kept, like "its first 100 days" in
    # gold_blind14) names the same months as FY2013-Q3, the value of every company phrase for
    # that quarter (the bullet's "Fiscal Q3" one span like "Fiscal First Quarter" in
    # gold_blind33); "a year earlier" after it FY2012-Q3, and the bullet's "year-over-year" likewise
    # FY2012-Q3, the period
    # compared with (gold_blind18's "Year-on-year"); "the full year" (lead) and "fiscal 2013"
    # (headline and body) FY2013; "the fourth quarter" and "fourth-quarter" results FY2013-Q4
    # (April-June 2013), reported "in early August" 2013-08; "fiscal 2014" FY2014, beginning
    # 2013-07-01. "In the first nine months" is DURATION P9M like "the nine months"
    # (gold_blind14), and "a year earlier" after it the fiscal year FY2012 (gold_blind14,
    # gold_blind28). Calendar words keep calendar values: "mid-2011" 2011, "in January"
    # 2013-01, "its Form 10-K in August" 2012-08 (the last August before April 2013), the
    # shares "up 18 percent this year" 2013. "the service customers pay for monthly" SET P1M;
    # "reviews subscription prices annually" SET P1Y; "a quarterly dividend" SET P3M. "over the
    # next 18 months" P18M; "For three years" P3Y; "has since renewed it" (anaphoric "since")
    # and "its first ever" are not annotated. The call "at 5 p.m. EDT (2100 GMT) on Thursday": two
    # clock
    # times and the day, three TIMEX3 (gold_blind28). Not annotated: "UPDATE 1", "Ledger 365"
    # (a product), "Form 10-K", the dial-in number "1-888-555-0136", "after the bell" and "in
    # extended trading" (trading terms), amounts, "EPS", percentages.
    "tellwright-fiscal-third-quarter": (
        "2013-04-25",
        [
            ("fiscal 2013", "DATE", "FY2013"),
            ("Fiscal Q3", "DATE", "FY2013-Q3"),
            ("year-over-year", "DATE", "FY2012-Q3"),
            ("April 25", "DATE", "2013-04-25"),
            ("Thursday", "DATE", "2013-04-25"),
            ("the full year", "DATE", "FY2013"),
            ("the three months", "DURATION", "P3M"),
            ("March 31", "DATE", "2013-03-31"),
            ("its fiscal third quarter", "DATE", "FY2013-Q3"),
            ("a year earlier", "DATE", "FY2012-Q3"),
            ("monthly", "SET", "P1M"),
            ("now", "DATE", "PRESENT_REF"),
            ("mid-2011", "DATE", "2011"),
            ("annually", "SET", "P1Y"),
            ("the first nine months", "DURATION", "P9M"),
            ("a year earlier", "DATE", "FY2012"),
            ("now", "DATE", "PRESENT_REF"),
            ("fiscal 2013", "DATE", "FY2013"),
            ("June 30", "DATE", "2013-06-30"),
            ("January", "DATE", "2013-01"),
            ("the fourth quarter", "DATE", "FY2013-Q4"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("July 1", "DATE", "2013-07-01"),
            ("fourth-quarter", "DATE", "FY2013-Q4"),
            ("early August", "DATE", "2013-08"),
            ("three years", "DURATION", "P3Y"),
            ("Now", "DATE", "PRESENT_REF"),
            ("the next 18 months", "DURATION", "P18M"),
            ("quarterly", "SET", "P3M"),
            ("May 31", "DATE", "2013-05-31"),
            ("May 10", "DATE", "2013-05-10"),
            ("August", "DATE", "2012-08"),
            ("Thursday", "DATE", "2013-04-25"),
            ("this year", "DATE", "2013"),
            ("5 p.m. EDT", "TIME", "2013-04-25T17:00"),
            ("2100 GMT", "TIME", "2013-04-25T21:00"),
            ("Thursday", "DATE", "2013-04-25"),
        ],
    ),
    # Monday 2015-04-27 (ISO week 18), agency central-bank wire, "PARVIK, April 27 (Reuters) -"
    # dateline: the decision came "on Monday", the publication day, "at 2 p.m. local time (1200
    # GMT)" (Central European summer time, two TIMEX3 on that day); the statistics office
    # spoke "on Friday" 2015-04-24; the poll was "last week" 2015-W17. The headline's bare "second
    # half" and
    # the lead's "the second half of the year" (one span) are the current year's, 2015-H2;
    # "later this year" 2015, "next year" 2016, the rise "in September" 2015-09, the next
    # meeting "on June 15" 2015-06-15, the end of bond buying "at the end of June" 2015-06
    # (the month's value, like "the end of the month" in gold_blind35), "March 2017" the end of
    # a "six-year" term (DURATION on the adjective). "since December 2008" 2008-12; "mid-2013"
    # and "mid-2016" take the year; "recent months" PAST_REF; "the first quarter" 2015-Q1 and
    # "the previous quarter" 2014-Q4 (gold_blind18), "year-on-year" after it the first quarter
    # of 2014, 2014-Q1 (gold_blind18); "the fastest pace in four years" P4Y (period of a
    # superlative); "in March from ... in February" past months 2015-03, 2015-02; "October
    # 2012"; "the medium term" FUTURE_REF (gold_blind23); "six months earlier than it forecast
    # in January" -> "six months" P6M, the size of a shift (gold_blind28, gold_blind35), and
    # "January" 2015-01; "since January" 2015-01; "now" (twice) PRESENT_REF; "eight times a
    # year" SET P1Y (the count kept in the span, gold_blind23); "quarterly" SET P3M; "the 90-day
    # interbank rate" -> "90-day" DURATION P90D, the term of the loans the rate is for (like the
    # bond tenors, see README); "the coming months" PXM; "May 14" 2015-05-14. "Annual
    # inflation" is a rate scaled to a year and is not annotated (gold_blind33). Not annotated:
    # "Andrew May" (a person) and "may not like" (the verb), "quarter-point", "150 basis
    # points", "19 economists", rates and percentages.
    "sardovia-central-bank-holds-rate": (
        "2015-04-27",
        [
            ("second half", "DATE", "2015-H2"),
            ("April 27", "DATE", "2015-04-27"),
            ("Monday", "DATE", "2015-04-27"),
            ("the second half of the year", "DATE", "2015-H2"),
            ("2 p.m. local time", "TIME", "2015-04-27T14:00"),
            ("1200 GMT", "TIME", "2015-04-27T12:00"),
            ("December 2008", "DATE", "2008-12"),
            ("last week", "DATE", "2015-W17"),
            ("mid-2013", "DATE", "2013"),
            ("recent months", "DATE", "PAST_REF"),
            ("later this year", "DATE", "2015"),
            ("June 15", "DATE", "2015-06-15"),
            ("now", "DATE", "PRESENT_REF"),
            ("September", "DATE", "2015-09"),
            ("next year", "DATE", "2016"),
            ("the first quarter", "DATE", "2015-Q1"),
            ("the previous quarter", "DATE", "2014-Q4"),
            ("four years", "DURATION", "P4Y"),
            ("year-on-year", "DATE", "2014-Q1"),
            ("March", "DATE", "2015-03"),
            ("February", "DATE", "2015-02"),
            ("Friday", "DATE", "2015-04-24"),
            ("the medium term", "DATE", "FUTURE_REF"),
            ("now", "DATE", "PRESENT_REF"),
            ("mid-2016", "DATE", "2016"),
            ("six months", "DURATION", "P6M"),
            ("January", "DATE", "2015-01"),
            ("the end of June", "DATE", "2015-06"),
            ("January", "DATE", "2015-01"),
            ("90-day", "DURATION", "P90D"),
            ("the coming months", "DURATION", "PXM"),
            ("six-year", "DURATION", "P6Y"),
            ("March 2017", "DATE", "2017-03"),
            ("eight times a year", "SET", "P1Y"),
            ("quarterly", "SET", "P3M"),
            ("May 14", "DATE", "2015-05-14"),
        ],
    ),
    # Friday 2014-09-12 (ISO week 37), wire-service bond story, byline line "Sep 12, 2014 4:51
    # PM ET" (date and clock time two TIMEX3): the sale was "yesterday", Thursday 2014-09-11
    # (this wire's house style still writes "yesterday" and "today"); the secondary trading
    # "today" 2014-09-12; the Fed "meets next week" 2014-W38; "this week" 2014-W37, "this
    # year" (twice) 2014, "last year" 2013 ("last year's record"),
    # "late last year" 2013. Tenors and maturities (see README): "five-year", "10-year" (four
    # times, the benchmark Treasury note included), "30-year" (twice), "seven-year" and
    # "100-year" are DURATIONs on the adjective (P5Y, P10Y, P30Y, P7Y, P100Y), the term of the
    # loan, like "three-year pact" (gold_blind35); "due 2019", "due 2024", "due 2044" and "due
    # 2097" are DATEs, the year the principal is repaid, "due" a signal like "by"; "notes that
    # mature in April" 2015-04 (the next April); "six months before they mature" P6M (a duration
    # anchored to an event, gold_blind28). "Interest is paid semiannually" SET P6M. "the
    # highest since July 7" 2014-07-07; "since May 2013"; "in February" 2014-02; "in 1997";
    # "in May 2012"; "its biggest offering ever" has no date. Marston's "fiscal year follows the
    # calendar", so "the second
    # quarter" is 2014-Q2 and "a year earlier" 2013-Q2. "recently" PAST_REF, "now" PRESENT_REF, "the
    # coming months" PXM. Not annotated:
    # "Form S-3", "Baa1", "BBB+", "MRR", "similar-maturity" (no length), "125 basis points",
    # "6.25 percent", "four times" (a multiple), "the calendar", amounts and yields.
    "marston-rail-bond-sale": (
        "2014-09-12",
        [
            ("Sep 12, 2014", "DATE", "2014-09-12"),
            ("4:51 PM ET", "TIME", "2014-09-12T16:51"),
            ("next week", "DATE", "2014-W38"),
            ("yesterday", "DATE", "2014-09-11"),
            ("five-year", "DURATION", "P5Y"),
            ("2019", "DATE", "2019"),
            ("10-year", "DURATION", "P10Y"),
            ("2024", "DATE", "2024"),
            ("30-year", "DURATION", "P30Y"),
            ("2044", "DATE", "2044"),
            ("10-year", "DURATION", "P10Y"),
            ("semiannually", "SET", "P6M"),
            ("30-year", "DURATION", "P30Y"),
            ("six months", "DURATION", "P6M"),
            ("April", "DATE", "2015-04"),
            ("late last year", "DATE", "2013"),
            ("this week", "DATE", "2014-W37"),
            ("May 2013", "DATE", "2013-05"),
            ("this year", "DATE", "2014"),
            ("last year", "DATE", "2013"),
            ("now", "DATE", "PRESENT_REF"),
            ("the coming months", "DURATION", "PXM"),
            ("10-year", "DURATION", "P10Y"),
            ("July 7", "DATE", "2014-07-07"),
            ("February", "DATE", "2014-02"),
            ("seven-year", "DURATION", "P7Y"),
            ("100-year", "DURATION", "P100Y"),
            ("2097", "DATE", "2097"),
            ("1997", "DATE", "1997"),
            ("May 2012", "DATE", "2012-05"),
            ("the second quarter", "DATE", "2014-Q2"),
            ("a year earlier", "DATE", "2013-Q2"),
            ("recently", "DATE", "PAST_REF"),
            ("this year", "DATE", "2014"),
            ("10-year", "DURATION", "P10Y"),
            ("today", "DATE", "2014-09-12"),
        ],
    ),
    # Tuesday 2014-12-02 (ISO week 49), online business-paper retail story, byline and date
    # line "Updated Dec. 2, 2014 6:15 p.m. ET". Thanksgiving 2014 is the fourth Thursday of
    # November, 2014-11-27 ("Thanksgiving Day", and "Thanksgiving night" TIME TNI); Black Friday
    # the day after, 2014-11-28; Cyber Monday the Monday after, 2014-12-01 (shopping days named
    # like holidays, on the date they fall on, see README). "the five days through Monday" ->
    # "the five days" P5D (Thursday-Monday) plus "Monday" 2014-12-01, "through" a signal
    # (gold_blind23's "the three months to October"). "the long Thanksgiving weekend" and "the
    # weekend" are the ISO weekend 2014-W48-WE (gold_blind17, gold_blind21: long and holiday
    # weekends as ISO weekends). "than a year ago" takes the unit's granularity, 2013
    # (gold_blind33); "last year" (twice) 2013. The survey "on Saturday and Sunday" 2014-11-29,
    # 2014-11-30; the estimates "released Tuesday" and the shares "on Tuesday" the publication
    # day; the chief executive spoke "Monday" 2014-12-01; the glitch "on Friday morning" TIME
    # 2014-11-28TMO. Clock times on Thanksgiving: "6 p.m." and "9 p.m." / "11 p.m. Eastern
    # time"; "publishes online sales figures every day" SET P1D. "two hours earlier than last
    # year" -> "two hours" PT2H, the size of a shift (gold_blind28). "since Halloween"
    # 2014-10-31;
    # "before November" 2014-11; "sales in November and December" 2014-11, 2014-12. Hallworth's
    # fiscal year "ends in late January" (2015-01, the end of the year now running, like
    # "whose fiscal year ends June 30" in gold_blind33) and is named by the year it ends, so
    # its "fourth quarter, which includes November, December and January" is FY2015-Q4 with
    # calendar months 2014-11, 2014-12, 2015-01; "in early January" 2015-01. "stores open at least
    # a year" DURATION P1Y. "in recent years" -> "recent years" PAST_REF; "for weeks" PXW;
    # "until just before Christmas" -> "Christmas" 2014-12-25; "December is going to decide
    # this year" 2014-12 and 2014. Not annotated: "the holiday season" (gold_blind19), "holiday
    # shopping", "holiday sales", "Holiday Shoppers", "anymore", "at once", the phone number
    # "1-800-555-0172", "S&P 500", "61", "4,100", prices and percentages.
    "thanksgiving-weekend-store-sales-fall": (
        "2014-12-02",
        [
            ("Dec. 2, 2014", "DATE", "2014-12-02"),
            ("6:15 p.m. ET", "TIME", "2014-12-02T18:15"),
            ("the long Thanksgiving weekend", "DATE", "2014-W48-WE"),
            ("a year ago", "DATE", "2013"),
            ("the five days", "DURATION", "P5D"),
            ("Monday", "DATE", "2014-12-01"),
            ("Tuesday", "DATE", "2014-12-02"),
            ("Saturday", "DATE", "2014-11-29"),
            ("Sunday", "DATE", "2014-11-30"),
            ("6 p.m.", "TIME", "2014-11-27T18:00"),
            ("Thanksgiving Day", "DATE", "2014-11-27"),
            ("two hours", "DURATION", "PT2H"),
            ("last year", "DATE", "2013"),
            ("Black Friday", "DATE", "2014-11-28"),
            ("9 p.m.", "TIME", "2014-11-27T21:00"),
            ("11 p.m. Eastern time", "TIME", "2014-11-27T23:00"),
            ("Thanksgiving night", "TIME", "2014-11-27TNI"),
            ("every day", "SET", "P1D"),
            ("Cyber Monday", "DATE", "2014-12-01"),
            ("Halloween", "DATE", "2014-10-31"),
            ("recent years", "DATE", "PAST_REF"),
            ("November", "DATE", "2014-11"),
            ("November", "DATE", "2014-11"),
            ("December", "DATE", "2014-12"),
            ("last year", "DATE", "2013"),
            ("at least a year", "DURATION", "P1Y"),
            ("the weekend", "DATE", "2014-W48-WE"),
            ("Friday morning", "TIME", "2014-11-28TMO"),
            ("late January", "DATE", "2015-01"),
            ("the fourth quarter", "DATE", "FY2015-Q4"),
            ("November", "DATE", "2014-11"),
            ("December", "DATE", "2014-12"),
            ("January", "DATE", "2015-01"),
            ("early January", "DATE", "2015-01"),
            ("Tuesday", "DATE", "2014-12-02"),
            ("weeks", "DURATION", "PXW"),
            ("Christmas", "DATE", "2014-12-25"),
            ("December", "DATE", "2014-12"),
            ("this year", "DATE", "2014"),
            ("Monday", "DATE", "2014-12-01"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
