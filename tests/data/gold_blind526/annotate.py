"""Annotations of blind gold set 526, chosen by hand before the tagger ran.

    python tests/data/gold_blind526/annotate.py [--show]

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
    # Monday 1999-03-08 (ISO week 10), US bank-merger press release on an invented newswire,
    # headline, deck, "EAU GALLE, Wis.--(MIDLAND NEWSWIRE)--March 8, 1999--" dateline (the
    # release's day), "today" the same day. Past weekdays: "Friday's closing prices" 1999-03-05
    # (the possessive dropped), "approved late Sunday" 1999-03-07 (modifier kept). Harrowgate
    # reports by calendar year ("the year ended December 31, 1998" -> "the year" 1998 and the
    # date, split at "ended" like "the quarter ended Sept. 30", gold_blind33); the deal "in the
    # third quarter of 1999" (and the deck's "the third quarter") is the calendar 1999-Q3, the
    # year written out. First Pellston's fiscal year ends June 30: "whose fiscal year ends June
    # 30" is the end of the year now running, 1999-06-30 (gold_blind33); "fiscal 1998" FY1998;
    # its 10-Q "for the quarter ended Dec. 31" is its fiscal second quarter FY1999-Q2 plus
    # 1998-12-31. "a year earlier" after the calendar year 1998 -> 1997. "more than a century"
    # P100Y (like "more than 100 years", gold_blind103); "for three years" P3Y; "the next 18
    # months" P18M; "the end of 2000" 2000; "quarterly dividends" SET P3M; "every year since
    # 1976" SET P1Y and 1976; "its annual meeting" -> "annual" SET P1Y (gold_blind85) and "April
    # 27" ahead, 1999-04-27. Call: "11 a.m. Eastern" (deck), "11:00 a.m. Eastern Time (10:00
    # a.m. Central Time)" two TIMEs on the day (gold_blind27); "about 10 minutes" PT10M (before
    # the call); the replay "from 2:00 p.m. Eastern Time March 8 through 5:00 p.m. Eastern Time
    # on Monday, March 15" -> two TIMEs and two DATEs, "Monday, March 15" one span. "Form 10-K
    # for 1998" -> "1998". Not annotated: "annual cost savings" (an adjective giving the period
    # of a figure, like "annual sales", gold_blind33), "the quarter in which the merger closes"
    # (event-named), "until the closing", "Y2K", "Form 10-K", "Form 10-Q", "Nasdaq:HRGB",
    # "NYSE:FPF", "1-800-555-1998", "1-800-555-2000", "access code 1999",
    # "www.harrowgate.com/ir/1999/merger", "715/555-0142", "1.32 shares", "212 branches", ages
    # "58" and "51", amounts and "11%", "may" (verb).
    "harrowgate-pellston-merger-release": (
        "1999-03-08",
        [
            ("the third quarter", "DATE", "1999-Q3"),
            ("today", "DATE", "1999-03-08"),
            ("11 a.m. Eastern", "TIME", "1999-03-08T11:00"),
            ("March 8, 1999", "DATE", "1999-03-08"),
            ("today", "DATE", "1999-03-08"),
            ("Friday", "DATE", "1999-03-05"),
            ("late Sunday", "DATE", "1999-03-07"),
            ("the third quarter of 1999", "DATE", "1999-Q3"),
            ("June", "DATE", "1999-06"),
            ("1991", "DATE", "1991"),
            ("three years", "DURATION", "P3Y"),
            ("more than a century", "DURATION", "P100Y"),
            ("the next 18 months", "DURATION", "P18M"),
            ("the end of 2000", "DATE", "2000"),
            ("2000", "DATE", "2000"),
            ("quarterly", "SET", "P3M"),
            ("every year", "SET", "P1Y"),
            ("1976", "DATE", "1976"),
            ("1887", "DATE", "1887"),
            ("the year", "DATE", "1998"),
            ("December 31, 1998", "DATE", "1998-12-31"),
            ("a year earlier", "DATE", "1997"),
            ("June 30", "DATE", "1999-06-30"),
            ("fiscal 1998", "DATE", "FY1998"),
            ("today", "DATE", "1999-03-08"),
            ("11:00 a.m. Eastern Time", "TIME", "1999-03-08T11:00"),
            ("10:00 a.m. Central Time", "TIME", "1999-03-08T10:00"),
            ("about 10 minutes", "DURATION", "PT10M"),
            ("2:00 p.m. Eastern Time", "TIME", "1999-03-08T14:00"),
            ("March 8", "DATE", "1999-03-08"),
            ("5:00 p.m. Eastern Time", "TIME", "1999-03-15T17:00"),
            ("Monday, March 15", "DATE", "1999-03-15"),
            ("annual", "SET", "P1Y"),
            ("April 27", "DATE", "1999-04-27"),
            ("1998", "DATE", "1998"),
            ("the quarter", "DATE", "FY1999-Q2"),
            ("Dec. 31", "DATE", "1998-12-31"),
        ],
    ),
    # Tuesday 1999-12-14 (ISO week 50), agency earnings wire (invented agency), "UPDATE 1-"
    # headline, "SAN JOSE, Calif., Dec 14 (Capstan News) -" dateline; the year is fixed by the
    # text ("fiscal 2000", "the spring of 1997"). Corvane's fiscal year ends May 31, so fiscal
    # 2000 runs June 1999-May 2000: the headline's "fiscal Q2" (one span, like "Fiscal Q1" in
    # gold_blind63), "its fiscal second quarter" and "the quarter ended Nov. 30" are FY2000-Q2,
    # "the year-earlier quarter" FY1999-Q2, "whose fiscal year ends May 31" 2000-05-31 (the year
    # now running), "the third quarter, which ends Feb. 29" FY2000-Q3 plus 2000-02-29 (a leap
    # day), "a year earlier" after it FY1999-Q3, "third-quarter results" FY2000-Q3, "the first
    # six months of fiscal 2000" split into P6M and FY2000 (gold_blind63), "fiscal 2001" FY2001.
    # "said on Tuesday" is the publication day; "Tuesday's numbers" the same. Future weekdays:
    # "Oberon ... on Thursday" 1999-12-16, "Tessaly ... on Monday" 1999-12-20; "later this week"
    # 1999-W50, "next week" 1999-W51. "Three months ago" 1999-09 (the unit's granularity,
    # gold_blind23); "freeze spending in December" the current month 1999-12; "September and
    # October ... November" 1999; "by the summer" 1999-SU (past); "from Dec. 15 until Jan. 10"
    # 1999-12-15 and 2000-01-10; "released in September" 1999-09; "at 4 p.m. EST" on the day.
    # "52-week" P52W; "the past 12 months" P12M; "the next six months" P6M; "lose support
    # after 18 months" P18M (anchored); "fell 40 percent in a day" -> "a day" P1D, the time a
    # past change took (gold_blind33); "the next three months" P3M; "its annual analyst day"
    # -> "annual" SET P1Y. Not annotated: "after hours", "after-hours trading", "the market
    # closed", "a quarterly forecast" (the adjective naming the period of a figure, like
    # "quarterly loss", gold_blind63), "the best month we have ever had", "Y2K" (twice,
    # gold_blind34), "CorvaneDB 2000" (a product, in a story with "fiscal 2000" annotated
    # before it), "Release 7.3", "<CRVN.O>", "408-555-0163", fractional prices "1-1/4",
    # "46-3/4", "48-1/2", "51", amounts and percentages.
    "corvane-fiscal-second-quarter-beats": (
        "1999-12-14",
        [
            ("fiscal Q2", "DATE", "FY2000-Q2"),
            ("Dec 14", "DATE", "1999-12-14"),
            ("Tuesday", "DATE", "1999-12-14"),
            ("its fiscal second quarter", "DATE", "FY2000-Q2"),
            ("December", "DATE", "1999-12"),
            ("the quarter", "DATE", "FY2000-Q2"),
            ("Nov. 30", "DATE", "1999-11-30"),
            ("the year-earlier quarter", "DATE", "FY1999-Q2"),
            ("Three months ago", "DATE", "1999-09"),
            ("the past 12 months", "DURATION", "P12M"),
            ("52-week", "DURATION", "P52W"),
            ("Nov. 22", "DATE", "1999-11-22"),
            ("September", "DATE", "1999-09"),
            ("October", "DATE", "1999-10"),
            ("November", "DATE", "1999-11"),
            ("4 p.m. EST", "TIME", "1999-12-14T16:00"),
            ("the summer", "DATE", "1999-SU"),
            ("now", "DATE", "PRESENT_REF"),
            ("Dec. 15", "DATE", "1999-12-15"),
            ("Jan. 10", "DATE", "2000-01-10"),
            ("May 31", "DATE", "2000-05-31"),
            ("the third quarter", "DATE", "FY2000-Q3"),
            ("Feb. 29", "DATE", "2000-02-29"),
            ("a year earlier", "DATE", "FY1999-Q3"),
            ("the first six months", "DURATION", "P6M"),
            ("fiscal 2000", "DATE", "FY2000"),
            ("the next six months", "DURATION", "P6M"),
            ("September", "DATE", "1999-09"),
            ("18 months", "DURATION", "P18M"),
            ("third-quarter", "DATE", "FY2000-Q3"),
            ("March 16", "DATE", "2000-03-16"),
            ("annual", "SET", "P1Y"),
            ("Jan. 26", "DATE", "2000-01-26"),
            ("1984", "DATE", "1984"),
            ("1991", "DATE", "1991"),
            ("the spring of 1997", "DATE", "1997-SP"),
            ("a day", "DURATION", "P1D"),
            ("later this week", "DATE", "1999-W50"),
            ("next week", "DATE", "1999-W51"),
            ("Thursday", "DATE", "1999-12-16"),
            ("Monday", "DATE", "1999-12-20"),
            ("Tuesday", "DATE", "1999-12-14"),
            ("the next three months", "DURATION", "P3M"),
            ("1996", "DATE", "1996"),
            ("fiscal 2001", "DATE", "FY2001"),
        ],
    ),
    # Wednesday 1998-10-21 (ISO week 43), business newswire story (invented wire in the style
    # of the US business newswires of the time), headline ("By Mid-1999" -> "Mid-1999" the
    # year's value 1999, like "mid-2012", gold_blind59), byline, "MARION FALLS, Ohio
    # (Tradeline)--" dateline without date, closing stamp "(END) TRADELINE NEWS 10-21-98" and
    # "11:48 AM EDT" (a month-first numeric date with a two-digit year, like "9/25/14" in
    # gold_blind41, and its clock time, two TIMEX3). Kestrel's quarters are calendar ones (no
    # fiscal year described). "said Wednesday", "Wednesday morning" (TIME TMO) and "at 7 a.m.
    # Wednesday" (TIME and DATE) are the publication day; "reported Monday" 1998-10-19 (past);
    # the union meets "Friday and again Monday" 1998-10-23 and 1998-10-26 (future: the same
    # weekday both ways). "since last year" and "Last year" 1997; "the fourth quarter"
    # 1998-Q4; "third-quarter" 1998-Q3; "by March 31" 1999-03-31 and "in June" 1999-06 ahead;
    # "the end of the second quarter of 1999" 1999-Q2 (modifier not recorded); "by Dec. 31"
    # 1998-12-31; "For most of the past year" -> "the past year" P1Y ("most of" left out,
    # gold_blind23); "by the spring" in a past hope, told in October -> 1998-SP (gold_blind33);
    # "over two years" P2Y; "six months of health coverage" P6M; "at 10:12 a.m. EDT, 42 minutes
    # after the opening bell" -> TIME and PT42M (anchored); "overdue by about six months" P6M
    # (the size of a delay, gold_blind35); "his 1999 earnings estimate" 1999 (adjectival);
    # "a week after rival ..." P1W (anchored); "profitable every quarter for the past 10 years"
    # SET P3M and P10Y. Not annotated: "400 Series" (a product line), "Local 1971" (a union
    # local, after the annotated "opened in 1971", like "Local 1990" in gold_blind35), "(KAP)",
    # "216-555-0147", "the opening bell", "morning trading", "1 3/8", "23 1/4", "1,850 jobs",
    # "12%", "22%", "640", "500", "900 positions", "700 jobs", "710", the age "47", amounts.
    "kestrel-appliance-job-cuts": (
        "1998-10-21",
        [
            ("Mid-1999", "DATE", "1999"),
            ("Wednesday", "DATE", "1998-10-21"),
            ("the next nine months", "DURATION", "P9M"),
            ("last year", "DATE", "1997"),
            ("the fourth quarter", "DATE", "1998-Q4"),
            ("third-quarter", "DATE", "1998-Q3"),
            ("Monday", "DATE", "1998-10-19"),
            ("March 31", "DATE", "1999-03-31"),
            ("1971", "DATE", "1971"),
            ("June", "DATE", "1999-06"),
            ("the end of the second quarter of 1999", "DATE", "1999-Q2"),
            ("Dec. 31", "DATE", "1998-12-31"),
            ("1999", "DATE", "1999"),
            ("2000", "DATE", "2000"),
            ("Wednesday morning", "TIME", "1998-10-21TMO"),
            ("the past year", "DURATION", "P1Y"),
            ("the spring", "DATE", "1998-SP"),
            ("7 a.m.", "TIME", "1998-10-21T07:00"),
            ("Wednesday", "DATE", "1998-10-21"),
            ("six months", "DURATION", "P6M"),
            ("1993", "DATE", "1993"),
            ("two years", "DURATION", "P2Y"),
            ("10:12 a.m. EDT", "TIME", "1998-10-21T10:12"),
            ("42 minutes", "DURATION", "PT42M"),
            ("about six months", "DURATION", "P6M"),
            ("1999", "DATE", "1999"),
            ("a week", "DURATION", "P1W"),
            ("Friday", "DATE", "1998-10-23"),
            ("Monday", "DATE", "1998-10-26"),
            ("every quarter", "SET", "P3M"),
            ("the past 10 years", "DURATION", "P10Y"),
            ("Last year", "DATE", "1997"),
            ("10-21-98", "DATE", "1998-10-21"),
            ("11:48 AM EDT", "TIME", "1998-10-21T11:48"),
        ],
    ),
    # Thursday 1998-11-12 (ISO week 46), business-wire story on Y2K spending (invented agency
    # in the style of a national wire's business desk), headline ("by June" -> 1999-06, ahead),
    # date line "Thursday, November 12, 1998" (one span with its weekday), byline, "PITTSBURGH
    # (UBN) _" dateline; "today" (twice) the publication day. "the year 2000" DATE 2000 (the
    # head kept, gold_blind35). "estimated in March" 1998-03; "the third increase in a year"
    # -> "a year" P1Y (the period of an "Nth in", gold_blind34); "its quarterly report" SET P3M
    # (a report made every quarter, like "quarterly dividend"); "the quarter ended Sept. 30"
    # 1998-Q3 plus 1998-09-30; "filed Wednesday" 1998-11-11 (past); "since 1996"; "the middle
    # of next year" 1999 (modifier not recorded, like "the middle of next week" in
    # gold_blind103); "by June 30, 1999"; "Sometime in the spring" -> "the spring" 1999-SP
    # (ahead); "as if it were Dec. 31, 1999" 1999-12-31 (a simulated day is still that date,
    # see README); "Sept. 9, 1999" and "Feb. 29, 2000" the test dates; "from New Year's Eve 1999
    # through Monday, Jan. 3, 2000" -> one span each (like "New Year's Eve 2019", gold_blind5;
    # 2000-01-03 is a Monday). "set up in 1995"; "now" (twice) PRESENT_REF; "the 1970s" 197;
    # "this year" 1998; "last week" 1998-W45; "its 1998 profit" and "its 1999 profit"
    # adjectival years; "Every quarter" SET P3M; "the next 13 months" P13M; "a few weeks after
    # Jan. 1, 2000" PXW (anchored vague duration) and 2000-01-01; "third-quarter" 1998-Q3,
    # "reported Oct. 22" 1998-10-22, "a year earlier" 1997-Q3 (the quarter compared with);
    # "on Tuesday" 1998-11-17 (future), "by Dec. 15" 1998-12-15, "for April 9" 1999-04-09;
    # "every weekend in January" -> SET XXXX-WXX-WE and DATE 1999-01, like "every week of
    # December" (gold_blind63). Not annotated: "Y2K" (three times, gold_blind34), "Project 2000
    # office" (a name holding a year, after the annotated "Jan. 3, 2000"), "9999" (an
    # end-of-file marker), "Unit 2", "in their 60s" (ages), "1/4", "31 3/8", "31 of its 44
    # members", "80 percent", "140 contract programmers", "1.4 million customers", amounts.
    "sheffield-energy-y2k-budget": (
        "1998-11-12",
        [
            ("June", "DATE", "1999-06"),
            ("Thursday, November 12, 1998", "DATE", "1998-11-12"),
            ("today", "DATE", "1998-11-12"),
            ("now", "DATE", "PRESENT_REF"),
            ("the year 2000", "DATE", "2000"),
            ("March", "DATE", "1998-03"),
            ("a year", "DURATION", "P1Y"),
            ("quarterly", "SET", "P3M"),
            ("the quarter", "DATE", "1998-Q3"),
            ("Sept. 30", "DATE", "1998-09-30"),
            ("Wednesday", "DATE", "1998-11-11"),
            ("1996", "DATE", "1996"),
            ("the middle of next year", "DATE", "1999"),
            ("June 30, 1999", "DATE", "1999-06-30"),
            ("the spring", "DATE", "1999-SP"),
            ("Dec. 31, 1999", "DATE", "1999-12-31"),
            ("Sept. 9, 1999", "DATE", "1999-09-09"),
            ("Feb. 29, 2000", "DATE", "2000-02-29"),
            ("New Year's Eve 1999", "DATE", "1999-12-31"),
            ("Monday, Jan. 3, 2000", "DATE", "2000-01-03"),
            ("1995", "DATE", "1995"),
            ("now", "DATE", "PRESENT_REF"),
            ("the 1970s", "DATE", "197"),
            ("this year", "DATE", "1998"),
            ("last week", "DATE", "1998-W45"),
            ("1998", "DATE", "1998"),
            ("1999", "DATE", "1999"),
            ("Every quarter", "SET", "P3M"),
            ("the next 13 months", "DURATION", "P13M"),
            ("a few weeks", "DURATION", "PXW"),
            ("Jan. 1, 2000", "DATE", "2000-01-01"),
            ("third-quarter", "DATE", "1998-Q3"),
            ("Oct. 22", "DATE", "1998-10-22"),
            ("a year earlier", "DATE", "1997-Q3"),
            ("today", "DATE", "1998-11-12"),
            ("Tuesday", "DATE", "1998-11-17"),
            ("Dec. 15", "DATE", "1998-12-15"),
            ("April 9", "DATE", "1999-04-09"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("January", "DATE", "1999-01"),
        ],
    ),
    # Friday 2000-02-11 (ISO week 6), financial news service's IPO story (invented service, in
    # the style of the market wires of the time), headline, "New York, Feb. 11 (Ledger News)
    # --" dateline (the year fixed by "February 1999" and "in 1999 ... a year earlier"),
    # sign-off and the closing stamp "02/11 10:52" (month/day and clock time, two TIMEX3).
    # "rose for a second day" and the headline's "a Second Day" DURATION P1D (an ordinal day of
    # a run, like "Third Straight Day", gold_blind23). "yesterday" (three times) is Thursday
    # 2000-02-10, the first day of trading; "last night" its night 2000-02-10TNI; "sold ... late
    # Wednesday" 2000-02-09. "at 10:35 a.m. New York time" today's clock time, the zone words
    # in the span. "this year" 2000; "this month" 2000-02; "February 1999"; "since October"
    # 1999-10; "since Dec. 31" 1999-12-31; "Jan. 24" 2000-01-24. "delayed for more than two
    # hours" PT2H; "the next three years" P3Y; "now" PRESENT_REF; "in 2001" and "the end of
    # 2001" 2001; "for 180 days after the offering, until Aug. 7" P180D (anchored) and
    # 2000-08-07 (180 days after 9 February); "on March 6, 25 days after the shares began
    # trading" 2000-03-06 and P25D (25 days after 10 February in a leap year). Vantora's year
    # follows the calendar: "the third quarter" 2000-Q3, "fourth-quarter results" 1999-Q4,
    # "March 2" 2000-03-02. "next week" 2000-W07 with "on Tuesday" 2000-02-15 and "on Thursday"
    # 2000-02-17. "in 1999 from ... a year earlier" -> 1999 and 1998. Not annotated: "Debut",
    # "the biggest opening gain", "a profitable quarter" (indefinite), "the quiet period"
    # (event-named), "Arbor Growth 2000 Fund" (a fund), "VX-2000" (a product), "200 percent",
    # "8 1/2", "62 1/2", "54", "$14 to $16", "(212) 555-0166", "four of the 10", "Thirty-one",
    # "19", "81 percent", the age "44", "may" (verb).
    "vantora-networks-ipo-debut": (
        "2000-02-11",
        [
            ("a Second Day", "DURATION", "P1D"),
            ("Feb. 11", "DATE", "2000-02-11"),
            ("a second day", "DURATION", "P1D"),
            ("yesterday", "DATE", "2000-02-10"),
            ("this year", "DATE", "2000"),
            ("10:35 a.m. New York time", "TIME", "2000-02-11T10:35"),
            ("late Wednesday", "DATE", "2000-02-09"),
            ("Jan. 24", "DATE", "2000-01-24"),
            ("yesterday", "DATE", "2000-02-10"),
            ("more than two hours", "DURATION", "PT2H"),
            ("1997", "DATE", "1997"),
            ("1999", "DATE", "1999"),
            ("a year earlier", "DATE", "1998"),
            ("the next three years", "DURATION", "P3Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("2001", "DATE", "2001"),
            ("this month", "DATE", "2000-02"),
            ("February 1999", "DATE", "1999-02"),
            ("180 days", "DURATION", "P180D"),
            ("Aug. 7", "DATE", "2000-08-07"),
            ("October", "DATE", "1999-10"),
            ("March 6", "DATE", "2000-03-06"),
            ("25 days", "DURATION", "P25D"),
            ("last night", "TIME", "2000-02-10TNI"),
            ("the third quarter", "DATE", "2000-Q3"),
            ("the end of 2001", "DATE", "2001"),
            ("fourth-quarter", "DATE", "1999-Q4"),
            ("March 2", "DATE", "2000-03-02"),
            ("yesterday", "DATE", "2000-02-10"),
            ("Dec. 31", "DATE", "1999-12-31"),
            ("next week", "DATE", "2000-W07"),
            ("Tuesday", "DATE", "2000-02-15"),
            ("Thursday", "DATE", "2000-02-17"),
            ("02/11", "DATE", "2000-02-11"),
            ("10:52", "TIME", "2000-02-11T10:52"),
        ],
    ),
    # Saturday 2000-07-22 (ISO week 29), a national wire's weekly market wrap (invented
    # agency), headline ("End Week" -> "Week" 2000-W29, the week just ended), date line
    # "Saturday, July 22, 2000", byline, "NEW YORK (UBN) _" dateline. "the week" and "for the
    # week" (twice) 2000-W29 (Monday 17 to Friday 21 July). Past weekdays: "Friday" (four
    # times, "Friday's session" without the "'s") 2000-07-21, "Wednesday" 2000-07-19, "reported
    # Tuesday night" 2000-07-18TNI, "Thursday afternoon" 2000-07-20TAF, "said late Wednesday"
    # 2000-07-19; "until 2:15 p.m. EDT" Friday's clock time. Future: "next week" 2000-W30,
    # "at 7:30 a.m. EDT Monday" 2000-07-24T07:30 and 2000-07-24, "two hours before the opening
    # bell" PT2H (anchored), "after the close Tuesday" 2000-07-25, "on Thursday" 2000-07-27 (so
    # Tuesday and Thursday are in both directions). "second-quarter" (twice) 2000-Q2 and "the
    # third quarter" 2000-Q3, "the second half" 2000-H2 (calendar: no fiscal year described);
    # "the fourth quarter of 1998" one span; "next month" 2000-08; "Until Aug. 22" and "Aug. 22
    # is the date" 2000-08-22; "in June" 2000-06; "the July 4 holiday" -> "July 4" 2000-07-04
    # (like "the Oct. 17 quake", gold_blind35); "a week earlier" after Friday's yield is the
    # ISO week before, 2000-W28 (gold_blind22's "at Tuesday's sale ... a week earlier"); "For
    # the year" -> "the year" 2000 (the year to date, like "year to date", gold_blind23); "a
    # year ago" 1999 (the unit's granularity); "the final hour" PT1H (gold_blind23); "about 40
    # minutes" PT40M; "every quarter since 1997" SET P3M and 1997; "the monthly expiration date" ->
    # "monthly" SET P1M (an expiration recurring every month); "Now" PRESENT_REF. Not
    # annotated: "five choppy sessions", "the past 15 sessions" (trading sessions, gold_blind23),
    # "its third straight weekly gain" ("weekly" names the period of a figure, like "a monthly
    # rise", gold_blind23), "so far", "the opening bell", "after the close",
    # "after that" (anaphoric), "Russell 2000" (an index name, in a 2000 story), "Standard &
    # Poor's 500", "S&P 500", index levels "10,733.56", points "68.44" and "147", percentages,
    # "1.07 billion shares", "163 companies", "About 240 companies", "a penny".
    "wall-street-week-earnings-beat": (
        "2000-07-22",
        [
            ("Week", "DATE", "2000-W29"),
            ("Saturday, July 22, 2000", "DATE", "2000-07-22"),
            ("the week", "DATE", "2000-W29"),
            ("Friday", "DATE", "2000-07-21"),
            ("second-quarter", "DATE", "2000-Q2"),
            ("next month", "DATE", "2000-08"),
            ("Friday", "DATE", "2000-07-21"),
            ("the week", "DATE", "2000-W29"),
            ("the week", "DATE", "2000-W29"),
            ("second-quarter", "DATE", "2000-Q2"),
            ("the fourth quarter of 1998", "DATE", "1998-Q4"),
            ("Wednesday", "DATE", "2000-07-19"),
            ("the final hour", "DURATION", "PT1H"),
            ("Tuesday night", "TIME", "2000-07-18TNI"),
            ("Thursday afternoon", "TIME", "2000-07-20TAF"),
            ("every quarter", "SET", "P3M"),
            ("1997", "DATE", "1997"),
            ("late Wednesday", "DATE", "2000-07-19"),
            ("June", "DATE", "2000-06"),
            ("Friday", "DATE", "2000-07-21"),
            ("2:15 p.m. EDT", "TIME", "2000-07-21T14:15"),
            ("about 40 minutes", "DURATION", "PT40M"),
            ("Friday", "DATE", "2000-07-21"),
            ("monthly", "SET", "P1M"),
            ("July 4", "DATE", "2000-07-04"),
            ("Aug. 22", "DATE", "2000-08-22"),
            ("Aug. 22", "DATE", "2000-08-22"),
            ("a week earlier", "DATE", "2000-W28"),
            ("the year", "DATE", "2000"),
            ("next week", "DATE", "2000-W30"),
            ("7:30 a.m. EDT", "TIME", "2000-07-24T07:30"),
            ("Monday", "DATE", "2000-07-24"),
            ("two hours", "DURATION", "PT2H"),
            ("a year ago", "DATE", "1999"),
            ("Tuesday", "DATE", "2000-07-25"),
            ("Thursday", "DATE", "2000-07-27"),
            ("Now", "DATE", "PRESENT_REF"),
            ("the third quarter", "DATE", "2000-Q3"),
            ("2001", "DATE", "2001"),
            ("the second half", "DATE", "2000-H2"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
