"""Annotations of the blind gold set 434, chosen by hand before the tagger ran.

    python tests/data/gold_blind434/annotate.py [--show]

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
    # Thursday 1998-10-08 (ISO week 41), agency stock-market close report, "KORVESTAD, Oct 8
    # (Corlett News) -" dateline (the publication day). "on Thursday" is that day; past
    # weekdays "Wednesday evening" 1998-10-07TEV and "on Monday" 1998-10-05; future "next
    # Tuesday" 1998-10-13 (board meeting) and "on Friday" twice 1998-10-09 ("1400 local time
    # (1200 GMT)" two TIMEs that day, gold_blind28). "a fifth straight day" DURATION P1D, an
    # ordinal run like "for fifth straight day" (gold_blind13) and "Third Straight Day"
    # (gold_blind23); "14-month" (headline) and "14 months" P14M, the period of a superlative;
    # "one-day" P1D, "two-month" P2M adjectival. "the end of the year" 1998; "year to date"
    # 1998 (gold_blind23); "the final hour" PT1H (gold_blind6, gold_blind23); "the weekend"
    # 1998-W41-WE (10-11 October); "third-quarter" twice 1998-Q3 (calendar quarters, no
    # fiscal year given); "late October" 1998-10; "the morning" of the analysts' meeting is
    # the day of its sentence, 1998-10-08TMO (like "the evening" in gold_blind8); "this
    # autumn" 1998-FA; "a week ago" 1998-W40 (the unit's granularity, gold_blind23); "by
    # December" 1998-12; "three months ahead of schedule" and "close two hours early" are
    # sizes of a shift, P3M and PT2H (gold_blind28, gold_blind38); "the start of August"
    # 1998-08 (gold_blind23); "monthly turnover report" SET P1M (an adjectival frequency of a
    # recurring publication, gold_blind35, gold_blind38). Not annotated: "KSX-30" (an index
    # name), "1,947.22 points", "1,000 points", "1998 crowns" (a share price, in a 1998
    # story), "318 crowns", "a quarter-point", "4.75 percent", "after the open" (a trading
    # word), "by a third", "555 1987" (a phone number beside "October 1987").
    "korvestad-stocks-banks-slide": (
        "1998-10-08",
        [
            ("14-month", "DURATION", "P14M"),
            ("Oct 8", "DATE", "1998-10-08"),
            ("a fifth straight day", "DURATION", "P1D"),
            ("Thursday", "DATE", "1998-10-08"),
            ("14 months", "DURATION", "P14M"),
            ("the end of the year", "DATE", "1998"),
            ("August 1997", "DATE", "1997-08"),
            ("one-day", "DURATION", "P1D"),
            ("October 1987", "DATE", "1987-10"),
            ("July 20", "DATE", "1998-07-20"),
            ("year to date", "DATE", "1998"),
            ("Sept 1", "DATE", "1998-09-01"),
            ("the final hour", "DURATION", "PT1H"),
            ("the weekend", "DATE", "1998-W41-WE"),
            ("third-quarter", "DATE", "1998-Q3"),
            ("late October", "DATE", "1998-10"),
            ("Wednesday evening", "TIME", "1998-10-07TEV"),
            ("the past six weeks", "DURATION", "P6W"),
            ("30 minutes", "DURATION", "PT30M"),
            ("third-quarter", "DATE", "1998-Q3"),
            ("Oct 27", "DATE", "1998-10-27"),
            ("the morning", "TIME", "1998-10-08TMO"),
            ("June", "DATE", "1998-06"),
            ("the coming months", "DURATION", "PXM"),
            ("next Tuesday", "DATE", "1998-10-13"),
            ("February", "DATE", "1998-02"),
            ("Monday", "DATE", "1998-10-05"),
            ("September", "DATE", "1998-09"),
            ("this autumn", "DATE", "1998-FA"),
            ("a week ago", "DATE", "1998-W40"),
            ("December", "DATE", "1998-12"),
            ("15-year", "DURATION", "P15Y"),
            ("the first half of 1999", "DATE", "1999-H1"),
            ("three months", "DURATION", "P3M"),
            ("the start of August", "DATE", "1998-08"),
            ("two-month", "DURATION", "P2M"),
            ("1992", "DATE", "1992"),
            ("Friday", "DATE", "1998-10-09"),
            ("two hours", "DURATION", "PT2H"),
            ("1400 local time", "TIME", "1998-10-09T14:00"),
            ("1200 GMT", "TIME", "1998-10-09T12:00"),
            ("Friday", "DATE", "1998-10-09"),
            ("monthly", "SET", "P1M"),
            ("Oct 15", "DATE", "1998-10-15"),
            ("January 1990", "DATE", "1990-01"),
        ],
    ),
    # Tuesday 1999-11-02 (ISO week 44), newswire earnings story, headline, byline, "DES
    # MOINES, Iowa (Larkfield)--" dateline without date, end line "(END) LARKFIELD
    # NEWSWIRES 11-02-99 10:42 AM" (a numeric month-day-year date and its clock time, two
    # TIMEX3, like the stamp "2/3/14 5:12 PM EST" in gold_blind41). The fiscal year ends
    # Sept. 30 and is named by the year it ends (gold_blind20, gold_blind33): "4Q" (headline,
    # like "Q3" in gold_blind21), "fiscal fourth-quarter" and "the quarter ended Sept. 30" ->
    # "the quarter" FY1999-Q4 plus "Sept. 30" 1999-09-30; "a year earlier" FY1998-Q4; "fiscal
    # 1999" FY1999; "Fiscal 2000" (headline) and "fiscal 2000, which began Oct. 1" FY2000 plus
    # 1999-10-01; "The first quarter, which runs through December" FY2000-Q1 plus "December"
    # 1999-12; "the end of the fiscal second quarter, in March" FY2000-Q2 (the end takes the
    # period's value, like "the end of the year") plus "March" 2000-03. Calendar words keep
    # calendar values: "August" twice 1999-08, "the summer" 1999-SU, "mid-September"
    # 1999-09, "next June" 2000-06, "Nov. 19" 1999-11-19, "early 1998" 1998, "Dec. 31"
    # 1999-12-31 with "6 p.m." that day, "the morning of Jan. 2" one TIME span 2000-01-02TMO
    # (like "the morning of Oct. 23" in gold_blind12), "New Year's Eve" 1999-12-31
    # (gold_blind4), "the year 2000" one DATE span 2000 (gold_blind35), "April" 1999-04 (the
    # 52-week high, past). "Tuesday" (three times) is the publication day, "Tuesday morning"
    # 1999-11-02TMO; "On Monday" 1999-11-01. "five years" P5Y (period of a superlative); "62
    # years", "60 days", "three weeks" durations; "the past three years" P3Y; "quarterly
    # dividend" SET P3M; "52-week" P52W. Not annotated: "Y2K" (the name of a software
    # problem, gold_blind34), "in morning trading" (a trading word; only "Tuesday"), "EPS",
    # "$2.10-$2.15", "1 3/16", "36 1/8", "45 1/2", "14 plants", "515-555-1999" (a phone
    # number in a 1999 story), "holders of record".
    "tamsworth-brands-fiscal-fourth-quarter": (
        "1999-11-02",
        [
            ("4Q", "DATE", "FY1999-Q4"),
            ("Fiscal 2000", "DATE", "FY2000"),
            ("Tuesday", "DATE", "1999-11-02"),
            ("fiscal fourth-quarter", "DATE", "FY1999-Q4"),
            ("August", "DATE", "1999-08"),
            ("fiscal 2000", "DATE", "FY2000"),
            ("Oct. 1", "DATE", "1999-10-01"),
            ("the quarter", "DATE", "FY1999-Q4"),
            ("Sept. 30", "DATE", "1999-09-30"),
            ("a year earlier", "DATE", "FY1998-Q4"),
            ("fiscal 1999", "DATE", "FY1999"),
            ("fiscal 2000", "DATE", "FY2000"),
            ("August", "DATE", "1999-08"),
            ("five years", "DURATION", "P5Y"),
            ("Tuesday morning", "TIME", "1999-11-02TMO"),
            ("the summer", "DATE", "1999-SU"),
            ("mid-September", "DATE", "1999-09"),
            ("next June", "DATE", "2000-06"),
            ("The first quarter", "DATE", "FY2000-Q1"),
            ("December", "DATE", "1999-12"),
            ("Nov. 19", "DATE", "1999-11-19"),
            ("62 years", "DURATION", "P62Y"),
            ("Monday", "DATE", "1999-11-01"),
            ("60 days", "DURATION", "P60D"),
            ("three weeks", "DURATION", "P3W"),
            ("the year 2000", "DATE", "2000"),
            ("early 1998", "DATE", "1998"),
            ("6 p.m.", "TIME", "1999-12-31T18:00"),
            ("Dec. 31", "DATE", "1999-12-31"),
            ("the morning of Jan. 2", "TIME", "2000-01-02TMO"),
            ("New Year's Eve", "DATE", "1999-12-31"),
            ("the end of the fiscal second quarter", "DATE", "FY2000-Q2"),
            ("March", "DATE", "2000-03"),
            ("the past three years", "DURATION", "P3Y"),
            ("quarterly", "SET", "P3M"),
            ("Dec. 10", "DATE", "1999-12-10"),
            ("Nov. 26", "DATE", "1999-11-26"),
            ("Tuesday", "DATE", "1999-11-02"),
            ("52-week", "DURATION", "P52W"),
            ("April", "DATE", "1999-04"),
            ("11-02-99", "DATE", "1999-11-02"),
            ("10:42 AM", "TIME", "1999-11-02T10:42"),
        ],
    ),
    # Monday 2000-01-24 (ISO week 4), British financial newswire takeover story, stamp "24
    # Jan 2000 11:06 GMT" (date and clock time two TIMEX3), "UPDATE 2:" headline, "LONDON
    # (Ashdown) -" dateline without date, desk initials at the end. Past: "on Friday"
    # 2000-01-21 (the close), "Saturday evening" 2000-01-22TEV; future: "by 5 pm on Friday"
    # 2000-01-28T17:00 and 2000-01-28. "in October", "in November and December" 1999 (past
    # months in January); "Oct 28" 1999-10-28 and "the next day" 1999-10-29, anchored on the
    # date just named (gold_blind28, gold_blind32); "the autumn" 1999-FA; "today" in the
    # chairman's quote the publication day; "9.30 am" the briefing that day (British time,
    # gold_blind13); "the second quarter" 2000-Q2 and "the spring" 2000-SP ahead; "early March"
    # 2000-03. Harcastle's year ends Sept 30: "its financial year to Sept 30, 1999" -> "its
    # financial year" FY1999 plus "Sept 30, 1999" (like "the fiscal year to March 2008",
    # gold_blind28); "the final quarter of 1999" one span 1999-Q4 (like "the final three
    # months of the year", gold_blind51) and "a year earlier" 1998-Q4. "the start of 1999"
    # 1999 (gold_blind51). "three months" of talks, "the past three months", "28 days", "two
    # years", "six months" durations. Not annotated: "UPDATE 2", "annual cost savings" (a
    # rate, gold_blind38), "in morning trade", "FTSE 250", "17 times", "around the clock"
    # (idiom), "rw/jdb", prices in pence, "1.42 bln stg", "900 jobs", "6,400 people".
    "harcastle-velland-takeover": (
        "2000-01-24",
        [
            ("24 Jan 2000", "DATE", "2000-01-24"),
            ("11:06 GMT", "TIME", "2000-01-24T11:06"),
            ("three months", "DURATION", "P3M"),
            ("October", "DATE", "1999-10"),
            ("Friday", "DATE", "2000-01-21"),
            ("Saturday evening", "TIME", "2000-01-22TEV"),
            ("the past three months", "DURATION", "P3M"),
            ("Oct 28", "DATE", "1999-10-28"),
            ("the next day", "DATE", "1999-10-29"),
            ("28 days", "DURATION", "P28D"),
            ("the second quarter", "DATE", "2000-Q2"),
            ("Feb 7", "DATE", "2000-02-07"),
            ("the autumn", "DATE", "1999-FA"),
            ("today", "DATE", "2000-01-24"),
            ("9.30 am", "TIME", "2000-01-24T09:30"),
            ("two years", "DURATION", "P2Y"),
            ("2002", "DATE", "2002"),
            ("November", "DATE", "1999-11"),
            ("December", "DATE", "1999-12"),
            ("5 pm", "TIME", "2000-01-28T17:00"),
            ("Friday", "DATE", "2000-01-28"),
            ("six months", "DURATION", "P6M"),
            ("1874", "DATE", "1874"),
            ("its financial year", "DATE", "FY1999"),
            ("Sept 30, 1999", "DATE", "1999-09-30"),
            ("Jan 11", "DATE", "2000-01-11"),
            ("the final quarter of 1999", "DATE", "1999-Q4"),
            ("a year earlier", "DATE", "1998-Q4"),
            ("2000", "DATE", "2000"),
            ("1997", "DATE", "1997"),
            ("the spring", "DATE", "2000-SP"),
            ("the start of 1999", "DATE", "1999"),
            ("1996", "DATE", "1996"),
            ("early March", "DATE", "2000-03"),
        ],
    ),
    # Sunday 1998-12-13 (ISO week 50), financial-wire preview of a central-bank meeting,
    # headline ("Tuesday"), "Kota Baru, Dec. 13 (Tallis) --" dateline, a forecasts box and a
    # sign-off line. The meeting is Tuesday 1998-12-15 (headline, lead, "Tuesday morning"
    # 1998-12-15TMO, "4 p.m. local time (0800 GMT)" two TIMEs that day, gold_blind28, and the
    # box's "Dec. 15"); the survey ran "between 9 a.m. Friday and noon Saturday" (1998-12-11
    # and 1998-12-12, clock times two TIMEX3 each with their days, "noon" T12:00, gold_blind6,
    # gold_blind13); the rupa "on Friday" 1998-12-11; the budget "on Thursday" 1998-12-17,
    # "two days after the rate decision" DURATION P2D (anchored, gold_blind35). "the third
    # time in two months" -> "two months" P2M (gold_blind103); "one-week" and "five-year" tenor
    # adjectives P1W, P5Y (gold_blind38). "January" ahead 1999-01 and "January" past
    # 1998-01 (direction of the clause); "the third quarter" 1998-Q3 with "a year earlier"
    # 1997-Q3; "November" 1998-11 with "a year earlier" 1997-11 (granularity of the figure);
    # "the middle of next year" 1999 (gold_blind40); "Dec. 4" 1998-12-04 and "that evening"
    # 1998-12-04TEV (gold_blind8); "the months ahead" PXM like "the coming months"; "six
    # weeks" P6W (how long a past change took, gold_blind35); "twice a month" SET P1M
    # (gold_blind28); "after 14 days" a generic duration P14D (gold_blind28); "Christmas"
    # 1998-12-25; "Lunar New Year" 1999-02-16 (gold_blind57, gold_blind78) and "Feb. 16" the
    # same day; "1999 budget" an adjectival year; the box's "End-March 1999" 1999-03 (see
    # README). Sunday paper: no "last week"/"next week" written (gold_blind37, gold_blind60).
    # Not annotated: "Nine of 12", "half a percentage point", "a full point", "11 percent",
    # "8,950", "28 percent", the box's rates ("10.00", "8.50" ...), "12 forecasts",
    # "(88-2) 555-1998" (a phone number), "may prefer" (verb), "when trading is thin".
    "sardana-central-bank-rate-cut-preview": (
        "1998-12-13",
        [
            ("Tuesday", "DATE", "1998-12-15"),
            ("Dec. 13", "DATE", "1998-12-13"),
            ("Tuesday", "DATE", "1998-12-15"),
            ("two months", "DURATION", "P2M"),
            ("1985", "DATE", "1985"),
            ("9 a.m.", "TIME", "1998-12-11T09:00"),
            ("Friday", "DATE", "1998-12-11"),
            ("noon", "TIME", "1998-12-12T12:00"),
            ("Saturday", "DATE", "1998-12-12"),
            ("one-week", "DURATION", "P1W"),
            ("Nov. 17", "DATE", "1998-11-17"),
            ("Tuesday morning", "TIME", "1998-12-15TMO"),
            ("4 p.m. local time", "TIME", "1998-12-15T16:00"),
            ("0800 GMT", "TIME", "1998-12-15T08:00"),
            ("the end of the year", "DATE", "1998"),
            ("Tuesday", "DATE", "1998-12-15"),
            ("January", "DATE", "1999-01"),
            ("the third quarter", "DATE", "1998-Q3"),
            ("a year earlier", "DATE", "1997-Q3"),
            ("Nov. 30", "DATE", "1998-11-30"),
            ("November", "DATE", "1998-11"),
            ("a year earlier", "DATE", "1997-11"),
            ("June", "DATE", "1998-06"),
            ("the middle of next year", "DATE", "1999"),
            ("Friday", "DATE", "1998-12-11"),
            ("February", "DATE", "1998-02"),
            ("five-year", "DURATION", "P5Y"),
            ("March 2000", "DATE", "2000-03"),
            ("Dec. 4", "DATE", "1998-12-04"),
            ("that evening", "TIME", "1998-12-04TEV"),
            ("the months ahead", "DURATION", "PXM"),
            ("January", "DATE", "1998-01"),
            ("six weeks", "DURATION", "P6W"),
            ("September", "DATE", "1998-09"),
            ("twice a month", "SET", "P1M"),
            ("14 days", "DURATION", "P14D"),
            ("the first quarter of 1999", "DATE", "1999-Q1"),
            ("Christmas", "DATE", "1998-12-25"),
            ("Lunar New Year", "DATE", "1999-02-16"),
            ("Feb. 16", "DATE", "1999-02-16"),
            ("1999", "DATE", "1999"),
            ("Thursday", "DATE", "1998-12-17"),
            ("two days", "DURATION", "P2D"),
            ("Dec. 15", "DATE", "1998-12-15"),
            ("End-March 1999", "DATE", "1999-03"),
        ],
    ),
    # Wednesday 1999-05-12 (ISO week 19), agency bond-auction story, "VARNIA BONDS-"
    # headline, "STAVEN, May 12 (Corlett News) -" dateline, a results box and a newsroom line.
    # "on Wednesday" (twice) the publication day with "11 a.m. (0900 GMT)", "11:40 a.m." and
    # "6 p.m." that day; "on Tuesday" past 1999-05-11; "Next week" 1999-W20 and "on Tuesday"
    # in it 1999-05-18. Tenors are DURATIONs on the adjective ("10-year" four times,
    # "two-year", "30-year" twice), maturity years after "due" DATEs ("due 2029", "due May
    # 15, 2009"), gold_blind38; "The 2009 bond" (a bond called by its maturity year) DATE
    # 2009 (see README). "this year" (headline and body) 1999; "last summer" 1998-SU; "the
    # end of the month" 1999-05; "today" in a quote the publication day; "January" 1999-01;
    # "annually" SET P1Y (coupon, like "semiannually" in gold_blind38); "mid-March" 1999-03;
    # "June 3", "June 9" ahead; "quarterly" SET P3M; "the second quarter" 1999-Q2; "the
    # January-March quarter" 1999-Q1 (gold_blind29); "so far in 1999" -> "1999"; "the year"
    # after it 1999; "eight years" P8Y; "three years ahead of its earlier target" P3Y (size of
    # a shift); "extended by two hours" PT2H; box: "Apr 14" 1999-04-14, "May 17" 1999-05-17.
    # Not annotated: "5.12 percent", "11.6 billion marks", "2.9 times", "40 basis points",
    # "a quarter point", "5.50%", "5.31%", "in late trading", "when-issued" (trading terms),
    # "555 2009" (a phone number beside "2009").
    "varnia-ten-year-bond-auction": (
        "1999-05-12",
        [
            ("10-year", "DURATION", "P10Y"),
            ("this year", "DATE", "1999"),
            ("May 12", "DATE", "1999-05-12"),
            ("10-year", "DURATION", "P10Y"),
            ("Wednesday", "DATE", "1999-05-12"),
            ("10-year", "DURATION", "P10Y"),
            ("1991", "DATE", "1991"),
            ("this year", "DATE", "1999"),
            ("11 a.m.", "TIME", "1999-05-12T11:00"),
            ("0900 GMT", "TIME", "1999-05-12T09:00"),
            ("11:40 a.m.", "TIME", "1999-05-12T11:40"),
            ("last summer", "DATE", "1998-SU"),
            ("the end of the month", "DATE", "1999-05"),
            ("today", "DATE", "1999-05-12"),
            ("2009", "DATE", "2009"),
            ("January", "DATE", "1999-01"),
            ("annually", "SET", "P1Y"),
            ("10-year", "DURATION", "P10Y"),
            ("Tuesday", "DATE", "1999-05-11"),
            ("mid-March", "DATE", "1999-03"),
            ("June 3", "DATE", "1999-06-03"),
            ("quarterly", "SET", "P3M"),
            ("the second quarter", "DATE", "1999-Q2"),
            ("the January-March quarter", "DATE", "1999-Q1"),
            ("1999", "DATE", "1999"),
            ("the year", "DATE", "1999"),
            ("Next week", "DATE", "1999-W20"),
            ("two-year", "DURATION", "P2Y"),
            ("Tuesday", "DATE", "1999-05-18"),
            ("30-year", "DURATION", "P30Y"),
            ("2029", "DATE", "2029"),
            ("June 9", "DATE", "1999-06-09"),
            ("eight years", "DURATION", "P8Y"),
            ("30-year", "DURATION", "P30Y"),
            ("1998", "DATE", "1998"),
            ("2002", "DATE", "2002"),
            ("three years", "DURATION", "P3Y"),
            ("two hours", "DURATION", "PT2H"),
            ("6 p.m.", "TIME", "1999-05-12T18:00"),
            ("Wednesday", "DATE", "1999-05-12"),
            ("May 15, 2009", "DATE", "2009-05-15"),
            ("Apr 14", "DATE", "1999-04-14"),
            ("May 17", "DATE", "1999-05-17"),
        ],
    ),
    # Friday 2000-07-14 (ISO week 28), commodities newswire report, stamp "07/14/2000 15:48
    # ET" (numeric date and clock time, two TIMEX3, gold_blind41), headline, byline, "PORT
    # HALDEN (Pennant)--" dateline without date. "Friday" the publication day; past "the
    # early hours of Tuesday" one DATE span 2000-07-11 (gold_blind7, gold_blind103), "the next
    # day" 2000-07-12, "Thursday" 2000-07-13; future "Sunday night" 2000-07-16TNI, "early
    # Monday" 2000-07-17, "Monday morning" 2000-07-17TMO (possessive without "'s"), "3:30
    # p.m. on Monday" 2000-07-17T15:30 and 2000-07-17. "the weekend" twice 2000-W28-WE
    # (15-16 July); "the week" and "this week" 2000-W28 (gold_blind6, gold_blind38); "the end
    # of next week" 2000-W29 (gold_blind14). Delivery months forward (gold_blind6,
    # gold_blind23): "September arabica", "December", "sugar for October delivery", "cocoa
    # for September" -> 2000-09, 2000-12, 2000-10, 2000-09. "11-Month" (headline) and
    # "11-month" P11M; "at least two weeks" P2W; "the next two weeks" P2W; "the 2001 crop" an
    # adjectival year; "September and October" of the flowering 2000-09, 2000-10; "May",
    # "late September", "the end of June", "April" of the harvest 2000; "weekly stocks
    # report" SET P1W (gold_blind33). Not annotated: "a fourth straight session" and "its
    # third loss in four sessions" (trading sessions, gold_blind23), "minus 2 Celsius",
    # "60-kilogram", "28.5 million", "1.92 million bags", "6,000 lots", "98.40 cents",
    # "$1.0315", "$1.10", "60%", "17%", "212-555-2000" (a phone number in a 2000 story).
    "port-halden-coffee-frost-rally": (
        "2000-07-14",
        [
            ("07/14/2000", "DATE", "2000-07-14"),
            ("15:48 ET", "TIME", "2000-07-14T15:48"),
            ("11-Month", "DURATION", "P11M"),
            ("Friday", "DATE", "2000-07-14"),
            ("11-month", "DURATION", "P11M"),
            ("the weekend", "DATE", "2000-W28-WE"),
            ("September", "DATE", "2000-09"),
            ("Aug. 12, 1999", "DATE", "1999-08-12"),
            ("the week", "DATE", "2000-W28"),
            ("May 1997", "DATE", "1997-05"),
            ("December", "DATE", "2000-12"),
            ("the early hours of Tuesday", "DATE", "2000-07-11"),
            ("June 1994", "DATE", "1994-06"),
            ("the next day", "DATE", "2000-07-12"),
            ("Thursday", "DATE", "2000-07-13"),
            ("at least two weeks", "DURATION", "P2W"),
            ("2001", "DATE", "2001"),
            ("September", "DATE", "2000-09"),
            ("October", "DATE", "2000-10"),
            ("Sunday night", "TIME", "2000-07-16TNI"),
            ("early Monday", "DATE", "2000-07-17"),
            ("the weekend", "DATE", "2000-W28-WE"),
            ("Monday morning", "TIME", "2000-07-17TMO"),
            ("the end of next week", "DATE", "2000-W29"),
            ("February", "DATE", "2000-02"),
            ("this week", "DATE", "2000-W28"),
            ("the next two weeks", "DURATION", "P2W"),
            ("May", "DATE", "2000-05"),
            ("late September", "DATE", "2000-09"),
            ("the end of June", "DATE", "2000-06"),
            ("April", "DATE", "2000-04"),
            ("1978", "DATE", "1978"),
            ("weekly", "SET", "P1W"),
            ("3:30 p.m.", "TIME", "2000-07-17T15:30"),
            ("Monday", "DATE", "2000-07-17"),
            ("October", "DATE", "2000-10"),
            ("September", "DATE", "2000-09"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv[1:])
