"""Annotations of blind gold set 592, chosen by hand before the tagger ran.

    python tests/data/gold_blind592/annotate.py [--show]

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
    # Tuesday 1990-01-16 (ISO week 3), business-paper takeover story, headline, deck, byline,
    # date line "Tuesday, January 16, 1990" (one span) and a "STAMFORD, Conn. --" dateline.
    # "yesterday" is Monday 1990-01-15, which was Martin Luther King Jr. Day (the third Monday
    # of January, a holiday on the day it falls on, gold_blind35's "Thanksgiving"); "last
    # night" the night of that yesterday, 1990-01-15TNI (gold_blind35). The board meets
    # "Thursday" (deck and body) 1990-01-18; Harrowgate's own report is "due Monday"
    # 1990-01-22 (future). Past: "late last week" 1990-W02 (the modifier not recorded), "last
    # Thursday" 1990-01-11 (the most recent Thursday, in the week before), "Sunday afternoon"
    # 1990-01-14TAF and "that evening" the evening of that Sunday, 1990-01-14TEV
    # (gold_blind8). The offer "expires at midnight Feb. 13" and holders "can tender through
    # Feb. 13": the text fixes the midnight that ends the day, 1990-02-13T24:00, with the day
    # its own DATE (gold_blind33). "early October" in January is 1989-10; "last spring" in
    # January the spring of the year before, 1989-SP (gold_blind33's "last fall" in June).
    # Tolland and Harrowgate keep calendar quarters (no fiscal year is described):
    # "fourth-quarter" 1989-Q4 twice, "the end of the first quarter" 1990-Q1 (the value of the
    # period whose end it names, like "the end of the year" 1990). "the first nine months of
    # 1989" is split like "the first two months of fiscal 2014" (gold_blind51): P9M plus 1989,
    # and "a year earlier" after it the year 1988 (gold_blind6, gold_blind33). "two months
    # before the market crash" P2M (anchored duration); "the year 2000" one span
    # (gold_blind35); "1988 sales" an adjectival year. Not annotated: "the daily average"
    # (an adjective naming the period of a figure, like "its usual monthly total" in
    # gold_blind103), "until then" (anaphoric), "Tolrez 1990" (a product line named with the
    # story's year), "No. 4", "$41-a-share", "$1.3 Billion", "$9.875", "$43.25", "4.1 million
    # shares", "10 times", "58" (an age), "$36", "14%", "$68.4 million", "$712 million", "22
    # cents", "$47", "$95 million", "composite trading", "the market crash" beyond its date.
    "harrowgate-tolland-hostile-bid": (
        "1990-01-16",
        [
            ("Thursday", "DATE", "1990-01-18"),
            ("Tuesday, January 16, 1990", "DATE", "1990-01-16"),
            ("yesterday", "DATE", "1990-01-15"),
            ("three months", "DURATION", "P3M"),
            ("late last week", "DATE", "1990-W02"),
            ("today", "DATE", "1990-01-16"),
            ("midnight", "TIME", "1990-02-13T24:00"),
            ("Feb. 13", "DATE", "1990-02-13"),
            ("Feb. 13", "DATE", "1990-02-13"),
            ("Thursday", "DATE", "1990-01-18"),
            ("yesterday", "DATE", "1990-01-15"),
            ("the past three months", "DURATION", "P3M"),
            ("yesterday", "DATE", "1990-01-15"),
            ("Martin Luther King Jr. Day", "DATE", "1990-01-15"),
            ("early October", "DATE", "1989-10"),
            ("the next 10 weeks", "DURATION", "P10W"),
            ("last Thursday", "DATE", "1990-01-11"),
            ("Sunday afternoon", "TIME", "1990-01-14TAF"),
            ("that evening", "TIME", "1990-01-14TEV"),
            ("last night", "TIME", "1990-01-15TNI"),
            ("last spring", "DATE", "1989-SP"),
            ("today", "DATE", "1990-01-16"),
            ("1988", "DATE", "1988"),
            ("the year 2000", "DATE", "2000"),
            ("1988", "DATE", "1988"),
            ("the first nine months", "DURATION", "P9M"),
            ("1989", "DATE", "1989"),
            ("a year earlier", "DATE", "1988"),
            ("fourth-quarter", "DATE", "1989-Q4"),
            ("Jan. 30", "DATE", "1990-01-30"),
            ("quarterly", "SET", "P3M"),
            ("Feb. 9", "DATE", "1990-02-09"),
            ("Jan. 26", "DATE", "1990-01-26"),
            ("the end of the first quarter", "DATE", "1990-Q1"),
            ("August 1987", "DATE", "1987-08"),
            ("two months", "DURATION", "P2M"),
            ("1987", "DATE", "1987"),
            ("nine months", "DURATION", "P9M"),
            ("30 days", "DURATION", "P30D"),
            ("1988", "DATE", "1988"),
            ("the end of the year", "DATE", "1990"),
            ("every year", "SET", "P1Y"),
            ("1976", "DATE", "1976"),
            ("fourth-quarter", "DATE", "1989-Q4"),
            ("Monday", "DATE", "1990-01-22"),
        ],
    ),
    # Thursday 1990-11-15 (ISO week 46), news-wire page of two items, each closed by the
    # wire's stamp "(END) DOW JONES NEWS 11-15-90" and a clock time ("10:22 AM", "3:07 PM"):
    # the month-day-year date with a two-digit year is a DATE (gold_blind41's "9/25/14") and
    # the clock time a TIME on that day. Corvell's fiscal year ends Sept. 30 (the text: "its
    # fiscal fourth quarter, ended Sept. 30", "fiscal 1991" beginning with October), so fiscal
    # 1990 is October 1989-September 1990, FY1990, named by the year it ends. The headline's
    # "4TH QTR", "its fiscal fourth quarter" (possessive kept, gold_blind38), "the latest
    # period" (see README) and "fourth-quarter" are FY1990-Q4; "the year-earlier period"
    # FY1989-Q4; "the full year" FY1990 and "a year earlier" after it FY1989; "orders in
    # October, the first month of fiscal 1991" -> "October" 1990-10, "the first month" P1M and
    # "fiscal 1991" FY1991 (split like gold_blind51), "a year earlier" after a month 1989-10
    # (gold_blind20). "FY91" and "the current fiscal year" FY1991; "the second quarter of
    # fiscal 1991" one span FY1991-Q2 (like "the fourth quarter of 1988", gold_blind33), with
    # "January through March" 1991-01 and 1991-03. "2 p.m. EST today": TIME with the zone in
    # the span and "today" its own DATE. "yesterday" 1990-11-14; "this afternoon" 1990-11-15TAF;
    # "last spring" in November 1990-SP; "next September" 1991-09; "July" 1990-07; "the end of
    # 1991" 1991; "Three years ago" 1987 (the unit's granularity). Not annotated: "51C", "44C",
    # "12%-15%", "CM-2000" (a product), "afternoon trading" (a trading session, gold_blind63),
    # "a one-product company", "64" and "49" (ages), prices, amounts and percentages.
    "corvell-medical-fiscal-fourth-quarter-wire": (
        "1990-11-15",
        [
            ("4TH QTR", "DATE", "FY1990-Q4"),
            ("its fiscal fourth quarter", "DATE", "FY1990-Q4"),
            ("Sept. 30", "DATE", "1990-09-30"),
            ("the year-earlier period", "DATE", "FY1989-Q4"),
            ("the latest period", "DATE", "FY1990-Q4"),
            ("fiscal 1990", "DATE", "FY1990"),
            ("fiscal 1989", "DATE", "FY1989"),
            ("the full year", "DATE", "FY1990"),
            ("a year earlier", "DATE", "FY1989"),
            ("fourth-quarter", "DATE", "FY1990-Q4"),
            ("Aug. 24", "DATE", "1990-08-24"),
            ("October", "DATE", "1990-10"),
            ("the first month", "DURATION", "P1M"),
            ("fiscal 1991", "DATE", "FY1991"),
            ("a year earlier", "DATE", "1989-10"),
            ("2 p.m. EST", "TIME", "1990-11-15T14:00"),
            ("today", "DATE", "1990-11-15"),
            ("quarterly", "SET", "P3M"),
            ("Jan. 4", "DATE", "1991-01-04"),
            ("Dec. 7", "DATE", "1990-12-07"),
            ("yesterday", "DATE", "1990-11-14"),
            ("the past 52 weeks", "DURATION", "P52W"),
            ("11-15-90", "DATE", "1990-11-15"),
            ("10:22 AM", "TIME", "1990-11-15T10:22"),
            ("FY91", "DATE", "FY1991"),
            ("the current fiscal year", "DATE", "FY1991"),
            ("this afternoon", "TIME", "1990-11-15TAF"),
            ("1971", "DATE", "1971"),
            ("Feb. 5", "DATE", "1991-02-05"),
            ("the end of 1991", "DATE", "1991"),
            ("last spring", "DATE", "1990-SP"),
            ("the second quarter of fiscal 1991", "DATE", "FY1991-Q2"),
            ("January", "DATE", "1991-01"),
            ("March", "DATE", "1991-03"),
            ("nine months", "DURATION", "P9M"),
            ("next September", "DATE", "1991-09"),
            ("Three years ago", "DATE", "1987"),
            ("Now", "DATE", "PRESENT_REF"),
            ("1987", "DATE", "1987"),
            ("the next 12 months", "DURATION", "P12M"),
            ("July", "DATE", "1990-07"),
            ("the spring of 1989", "DATE", "1989-SP"),
            ("every six months", "SET", "P6M"),
            ("11-15-90", "DATE", "1990-11-15"),
            ("3:07 PM", "TIME", "1990-11-15T15:07"),
        ],
    ),
    # Monday 1989-05-22 (ISO week 21), business weekly's markets column, issue line
    # "COMMERCE WEEKLY | MAY 22, 1989" (the cover date, the dct), section label, headline,
    # deck, byline. The headline's "MAY" is the verb and is not annotated. The deck's "by
    # summer" and "the end of the summer" are the coming summer, 1989-SU; "late summer" of
    # "Twelve months ago" is 1988-SU. "Twelve months ago" 1988-05 (the unit's granularity,
    # gold_blind28); "next week" is the week after the cover date's, 1989-W22. Months without
    # a year, past: "mid-March", "April" ("April's producer price index"), "February" (twice),
    # "January", "March"; ahead: "August" (the refunding), "late July". "Labor Day" 1989 is
    # Monday 1989-09-04. Tenor adjectives are DURATIONs (gold_blind38): "30-year" (twice),
    # "two-year", "three-year", "10-year", "13-week", "26-week", "five-year"; "due 2019" a
    # DATE with "due" a signal (gold_blind38). "the 1985-87 slide" -> "1985" and "87" (1987),
    # two DATEs like "the 1981-2010 average" (gold_blind103) and "Sept. 21-22" (gold_blind23).
    # Sets: "the weekly money-supply figures" P1W (like "Weekly claims", gold_blind33),
    # "released at 4:30 p.m. every Thursday" XXXX-XX-XXT16:30 plus XXXX-WXX-4 (the hours of a
    # recurring event, gold_blind103), "every month" P1M, "quarterly refunding" P3M, "every
    # Monday" XXXX-WXX-1. "the first quarter" and "second-quarter" are the economy's calendar
    # quarters. Not annotated: "MAY" (verb), "short-term rates", "long-term yields" and "the
    # long bond" (generic, gold_blind17), "current yields", "the same stretch" (anaphoric),
    # "9.3%", "8.85%", "1.9650 marks", "141.20 yen", "$4.1 billion", "$28 billion", "8 7/8%",
    # "4 points", "0.2%", "11%", "a record", "the top".
    "dollar-bonds-markets-weekly": (
        "1989-05-22",
        [
            ("MAY 22, 1989", "DATE", "1989-05-22"),
            ("summer", "DATE", "1989-SU"),
            ("the past two months", "DURATION", "P2M"),
            ("mid-March", "DATE", "1989-03"),
            ("30-year", "DURATION", "P30Y"),
            ("May 17", "DATE", "1989-05-17"),
            ("late 1987", "DATE", "1987"),
            ("the end of the summer", "DATE", "1989-SU"),
            ("April", "DATE", "1989-04"),
            ("February", "DATE", "1989-02"),
            ("the first quarter", "DATE", "1989-Q1"),
            ("Labor Day", "DATE", "1989-09-04"),
            ("six weeks", "DURATION", "P6W"),
            ("weekly", "SET", "P1W"),
            ("4:30 p.m.", "TIME", "XXXX-XX-XXT16:30"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
            ("two-year", "DURATION", "P2Y"),
            ("next week", "DATE", "1989-W22"),
            ("every month", "SET", "P1M"),
            ("January", "DATE", "1989-01"),
            ("March", "DATE", "1989-03"),
            ("this year", "DATE", "1989"),
            ("1988", "DATE", "1988"),
            ("Twelve months ago", "DATE", "1988-05"),
            ("late summer", "DATE", "1988-SU"),
            ("1988", "DATE", "1988"),
            ("the past three weeks", "DURATION", "P3W"),
            ("three-year", "DURATION", "P3Y"),
            ("10-year", "DURATION", "P10Y"),
            ("30-year", "DURATION", "P30Y"),
            ("quarterly", "SET", "P3M"),
            ("August", "DATE", "1989-08"),
            ("13-week", "DURATION", "P13W"),
            ("26-week", "DURATION", "P26W"),
            ("every Monday", "SET", "XXXX-WXX-1"),
            ("five-year", "DURATION", "P5Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("late July", "DATE", "1989-07"),
            ("second-quarter", "DATE", "1989-Q2"),
            ("the next three months", "DURATION", "P3M"),
            ("2019", "DATE", "2019"),
            ("February", "DATE", "1989-02"),
            ("1985", "DATE", "1985"),
            ("87", "DATE", "1987"),
        ],
    ),
    # Friday 1989-09-15 (ISO week 37), regional business weekly, masthead, date line "Friday,
    # September 15, 1989" (one span; "Vol. 6, No. 37" and "75 cents" are not annotated),
    # section label, headline, byline, and a "BUSINESS CALENDAR" box. Past weekdays: "the
    # company said Monday" 1989-09-11, "on Tuesday" 1989-09-12, "last Friday" in a Friday paper
    # the Friday of the week before, 1989-09-08 (gold_blind4's "last Tuesday" in a Tuesday
    # paper). "the Labor Day weekend" is the ISO weekend of its Saturday, 1989-W35-WE (Labor
    # Day 1989 is Monday 1989-09-04; gold_blind43, gold_blind76). Haberman's fiscal year ends
    # June 30: "fiscal 1989, which ended June 30" FY1989 plus 1989-06-30, "a year earlier"
    # FY1988, "the first two months of fiscal 1990" P2M plus FY1990 (gold_blind51). "last
    # fall" in September is the autumn of the year before, 1988-FA (gold_blind33); "next
    # spring" 1990-SP; "January" ahead 1990-01; "February" past 1989-02; "through 1990" 1990.
    # "a 23-year veteran" P23Y (an adjectival duration); "wait a decade too long" P10Y (the
    # size of a delay, gold_blind35); "for 31 years" P31Y. The open house "from 1 p.m. to 4
    # p.m. Saturday, Sept. 30" and the box's dated entries ("Tuesday, Sept. 19", "Thursday,
    # Sept. 21", one span each) with their clock times ("7:30 a.m.", "9 a.m. to noon");
    # "Every Wednesday" SET XXXX-WXX-3 with its "noon" XXXX-XX-XXT12:00 (the hours of a
    # recurring event); "Oct. 3-5" -> "Oct. 3" and "5" (1989-10-05), like "Sept. 21-22"
    # (gold_blind23). Not annotated: "67-year-old" (the company's age, gold_blind61), "at 35",
    # "47", "66", "for the first time", "a second shift",
    # "555-1922" (a phone number beside the annotated "1922"), "Vol. 6, No. 37", "$78
    # million", "640 people", "14 distributors", "$12", "$450".
    "haberman-valve-succession-business-journal": (
        "1989-09-15",
        [
            ("Friday, September 15, 1989", "DATE", "1989-09-15"),
            ("31 years", "DURATION", "P31Y"),
            ("Dec. 31", "DATE", "1989-12-31"),
            ("1922", "DATE", "1922"),
            ("23-year", "DURATION", "P23Y"),
            ("Oct. 2", "DATE", "1989-10-02"),
            ("Jan. 1", "DATE", "1990-01-01"),
            ("Monday", "DATE", "1989-09-11"),
            ("last Friday", "DATE", "1989-09-08"),
            ("1990", "DATE", "1990"),
            ("1982", "DATE", "1982"),
            ("Tuesday", "DATE", "1989-09-12"),
            ("the Labor Day weekend", "DATE", "1989-W35-WE"),
            ("fiscal 1989", "DATE", "FY1989"),
            ("June 30", "DATE", "1989-06-30"),
            ("a year earlier", "DATE", "FY1988"),
            ("the first two months", "DURATION", "P2M"),
            ("fiscal 1990", "DATE", "FY1990"),
            ("next spring", "DATE", "1990-SP"),
            ("the next three months", "DURATION", "P3M"),
            ("January", "DATE", "1990-01"),
            ("last fall", "DATE", "1988-FA"),
            ("February", "DATE", "1989-02"),
            ("seven months", "DURATION", "P7M"),
            ("a decade", "DURATION", "P10Y"),
            ("1946", "DATE", "1946"),
            ("1958", "DATE", "1958"),
            ("1 p.m.", "TIME", "1989-09-30T13:00"),
            ("4 p.m.", "TIME", "1989-09-30T16:00"),
            ("Saturday, Sept. 30", "DATE", "1989-09-30"),
            ("Tuesday, Sept. 19", "DATE", "1989-09-19"),
            ("7:30 a.m.", "TIME", "1989-09-19T07:30"),
            ("Thursday, Sept. 21", "DATE", "1989-09-21"),
            ("9 a.m.", "TIME", "1989-09-21T09:00"),
            ("noon", "TIME", "1989-09-21T12:00"),
            ("Every Wednesday", "SET", "XXXX-WXX-3"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("Oct. 3", "DATE", "1989-10-03"),
            ("5", "DATE", "1989-10-05"),
        ],
    ),
    # Wednesday 1990-06-13 (ISO week 24), London broadsheet's City page: section label and
    # date line "Wednesday 13 June 1990" (one span), headline, standfirst, byline, a results
    # story and a "MARKET REPORT". British copy: "yesterday" Tuesday 1990-06-12 (twice), "last
    # night" its night 1990-06-12TNI, "today" 1990-06-13. Brackley's financial year ends 31
    # March: "the financial year to 31 March" FY1990 plus 1990-03-31 (gold_blind63), "the
    # first ten weeks of the new financial year" P10W plus FY1991 (gold_blind74). "payable on
    # 3 August to shareholders on the register on 6 July": two DATEs, "payable" and "on the
    # register on" signals (gold_blind74). "the three months to March" P3M plus 1990-03; "at
    # least until the spring of next year" -> "the spring of next year" 1991-SP, one span, "at
    # least" before the signal and outside it; "since October" 1989-10; "over the winter"
    # 1989-90, "the winter" 1990-WI (named by its January, gold_blind103); Hallmoor's stake "in
    # February" 1990-02, "on 8 February and the next day" 1990-02-08 and 1990-02-09
    # (gold_blind32, gold_blind40); "for six months" P6M; "January" 1990-01; "24 July" ahead.
    # Market report: "at midday" of yesterday's session 1990-06-12T12:00 (gold_blind11,
    # gold_blind23); "May's inflation figures" -> "May" 1990-05; "due on Friday" 1990-06-15;
    # "two-week" P2W; "on Friday week" 1990-06-22 (see README); "Easter Monday" 1990-04-16
    # (Easter Sunday 1990 is 15 April); "10-year" P10Y (a tenor); "recent weeks" PAST_REF;
    # "the 19 weeks to 9 June" P19W plus 1990-06-09; "Monday's figures" -> "Monday"
    # 1990-06-11; "April" 1990-04. Not annotated: "the account" (a settlement period of the
    # Stock Exchange, not a calendar unit), "the AGM", "final dividend", "like-for-like",
    # "thin trading", "the FT-SE 100 index" and "Footsie", "no present intention", "(8.5p)",
    # "14.9 per cent", "2,352.4", "6.8 points", "$1.6935", "DM2.8620", "£1bn", pence and
    # pound sums, "420 jobs", "412.6 million shares".
    "brackley-results-city-page": (
        "1990-06-13",
        [
            ("Wednesday 13 June 1990", "DATE", "1990-06-13"),
            ("yesterday", "DATE", "1990-06-12"),
            ("the first ten weeks", "DURATION", "P10W"),
            ("the new financial year", "DATE", "FY1991"),
            ("the financial year", "DATE", "FY1990"),
            ("31 March", "DATE", "1990-03-31"),
            ("3 August", "DATE", "1990-08-03"),
            ("6 July", "DATE", "1990-07-06"),
            ("the three months", "DURATION", "P3M"),
            ("March", "DATE", "1990-03"),
            ("the spring of next year", "DATE", "1991-SP"),
            ("October", "DATE", "1989-10"),
            ("the winter", "DATE", "1990-WI"),
            ("February", "DATE", "1990-02"),
            ("8 February", "DATE", "1990-02-08"),
            ("the next day", "DATE", "1990-02-09"),
            ("six months", "DURATION", "P6M"),
            ("last night", "TIME", "1990-06-12TNI"),
            ("January", "DATE", "1990-01"),
            ("24 July", "DATE", "1990-07-24"),
            ("the next 18 months", "DURATION", "P18M"),
            ("1874", "DATE", "1874"),
            ("1959", "DATE", "1959"),
            ("the 1970s", "DATE", "197"),
            ("yesterday", "DATE", "1990-06-12"),
            ("midday", "TIME", "1990-06-12T12:00"),
            ("May", "DATE", "1990-05"),
            ("Friday", "DATE", "1990-06-15"),
            ("two-week", "DURATION", "P2W"),
            ("Friday week", "DATE", "1990-06-22"),
            ("Easter Monday", "DATE", "1990-04-16"),
            ("today", "DATE", "1990-06-13"),
            ("10-year", "DURATION", "P10Y"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("the 19 weeks", "DURATION", "P19W"),
            ("9 June", "DATE", "1990-06-09"),
            ("Monday", "DATE", "1990-06-11"),
            ("April", "DATE", "1990-04"),
        ],
    ),
    # Saturday 1991-03-09 (ISO week 10), English-language Japanese paper's weekly market
    # column: label, date line "Saturday, March 9, 1991" (one span), headline, byline. The
    # week reviewed is 1991-W10 ("the week's gains", "ended the week"); "a week earlier"
    # (the Nikkei's rise) and "the previous week" 1991-W09 (gold_blind12, gold_blind47);
    # "Next week" 1991-W11. Past weekdays: "closed Friday" and "the final hour of trading
    # Friday" 1991-03-08, "on Monday and Tuesday" 1991-03-04 and 1991-03-05, "on Wednesday"
    # 1991-03-06, Hoshida's "on Thursday" 1991-03-07 and "the next day" 1991-03-08; future,
    # in next week: "due on Tuesday" 1991-03-12 and "announce on Thursday" 1991-03-14 (the
    # same weekday both ways, gold_blind103). "shortly before 3 p.m." -> "3 p.m." on Friday,
    # 1991-03-08T15:00 ("shortly before" left out, gold_blind13). Japanese companies' year
    # runs April-March and is named by the year it ends (gold_blind63): "their business year",
    # "the fiscal year ends on March 31" and "the business year through March" FY1991, with
    # "March 31" 1991-03-31 and "March" 1991-03; "the six months to September" P6M plus
    # 1990-09 and "a year earlier" after that fiscal stretch the fiscal year before, FY1990
    # (gold_blind63); "the October-December quarter" 1990-Q4 (a calendar name) and "a year
    # earlier" after it 1989-Q4. "a third straight week" P1W (gold_blind23); "the end of 1989"
    # 1989; "late March" 1991-03; "April 1" 1991-04-01; "early January" 1991-01;
    # "mid-February" 1991-02; "the summer" ahead 1991-SU; "at least until June" -> "June"
    # 1991-06; "November" 1990-11; "this spring's wage talks" -> "this spring" 1991-SP;
    # "Thursday, March 21" and "Vernal Equinox Day" (Japan's spring holiday, on 21 March in
    # 1991) two DATEs for the same day; "Every year" SET P1Y; "the government's monthly report"
    # SET P1M (a report made every month); "three weeks" P3W. Not annotated: "book-closing"
    # (the event, its date annotated), "window dressing", "225-issue", "first-section",
    # "its session high" (a trading session, gold_blind63), "a third", "26,409.13", "612.48 points",
    # "1,946.20", "410 million shares", "133.85 yen", "6%", yen sums, percentages.
    "tokyo-stocks-book-closing-column": (
        "1991-03-09",
        [
            ("Saturday, March 9, 1991", "DATE", "1991-03-09"),
            ("a third straight week", "DURATION", "P1W"),
            ("March 31", "DATE", "1991-03-31"),
            ("their business year", "DATE", "FY1991"),
            ("Friday", "DATE", "1991-03-08"),
            ("a week earlier", "DATE", "1991-W09"),
            ("the end of 1989", "DATE", "1989"),
            ("the previous week", "DATE", "1991-W09"),
            ("the fiscal year", "DATE", "FY1991"),
            ("March 31", "DATE", "1991-03-31"),
            ("Every year", "SET", "P1Y"),
            ("late March", "DATE", "1991-03"),
            ("April 1", "DATE", "1991-04-01"),
            ("the week", "DATE", "1991-W10"),
            ("Monday", "DATE", "1991-03-04"),
            ("Tuesday", "DATE", "1991-03-05"),
            ("Wednesday", "DATE", "1991-03-06"),
            ("the final hour", "DURATION", "PT1H"),
            ("Friday", "DATE", "1991-03-08"),
            ("3 p.m.", "TIME", "1991-03-08T15:00"),
            ("the week", "DATE", "1991-W10"),
            ("March 1", "DATE", "1991-03-01"),
            ("early January", "DATE", "1991-01"),
            ("mid-February", "DATE", "1991-02"),
            ("the summer", "DATE", "1991-SU"),
            ("June", "DATE", "1991-06"),
            ("Thursday", "DATE", "1991-03-07"),
            ("the business year", "DATE", "FY1991"),
            ("March", "DATE", "1991-03"),
            ("November", "DATE", "1990-11"),
            ("the next day", "DATE", "1991-03-08"),
            ("the six months", "DURATION", "P6M"),
            ("September", "DATE", "1990-09"),
            ("a year earlier", "DATE", "FY1990"),
            ("1990", "DATE", "1990"),
            ("the October-December quarter", "DATE", "1990-Q4"),
            ("a year earlier", "DATE", "1989-Q4"),
            ("Next week", "DATE", "1991-W11"),
            ("monthly", "SET", "P1M"),
            ("Tuesday", "DATE", "1991-03-12"),
            ("this spring", "DATE", "1991-SP"),
            ("Thursday", "DATE", "1991-03-14"),
            ("Thursday, March 21", "DATE", "1991-03-21"),
            ("Vernal Equinox Day", "DATE", "1991-03-21"),
            ("three weeks", "DURATION", "P3W"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
