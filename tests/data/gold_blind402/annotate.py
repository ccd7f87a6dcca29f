"""Annotations of the blind gold set 402, chosen by hand before the tagger ran.

    python tests/data/gold_blind402/annotate.py [--show]

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
    # Thursday 1989-11-09 (ISO week 45), business-paper earnings story, three-deck headline,
    # byline "Staff Reporter", date line "Thursday, November 9, 1989" (one span) and a
    # "MINNEAPOLIS --" dateline. "yesterday", "late yesterday" and "4:30 p.m. yesterday" are
    # Wednesday 1989-11-08 (results after the close, the call that afternoon). Halvorsen's
    # fiscal year ends Sept. 30 and is named by the year it ends (gold_blind20, gold_blind33):
    # the headline's "Fiscal Fourth Quarter" (one span like "Fiscal First Quarter" in
    # gold_blind33), "its fiscal fourth quarter" (the possessive determiner kept, like "its
    # fourth week" in gold_blind35) and "the quarter" are July-September 1989, FY1989-Q4; "the
    # year-earlier quarter" FY1988-Q4; "fiscal 1989", "the year" (its revenue) and "fiscal
    # 1989's" FY1989; "fiscal 1988" FY1988; "the second quarter" of the fiscal 1989 figures
    # (the sale of a unit) FY1989-Q2, January-March 1989; "the current quarter, which ends Dec.
    # 31" FY1990-Q1 plus 1989-12-31; "fiscal 1990, which began Oct. 1" FY1990 plus 1989-10-01.
    # "the summer" and "The summer" 1989-SU; "the weakest three months ... in a decade" P3M
    # and the period of a superlative P10Y (gold_blind35); "July" and "August" 1989 (past);
    # "next spring" 1990-SP, "the spring" (past, "since") 1989-SP; "the end of January"
    # 1990-01; the analyst's "Tuesday" 1989-11-07; "the second half of next year" is said by
    # an analyst without "fiscal", so it keeps its calendar value 1990-H2 (gold_blind33, only
    # "fiscal" phrases and the company's own quarters take FY values); "March" (introduced)
    # 1989-03; "early June" 1989-06; "the next two years" P2Y; "Monday" ahead 1989-11-13; "Jan.
    # 23" 1990-01-23; "quarterly" dividend SET P3M. Not annotated: "No. 3", "2000-series
    # sorters" (a product line holding a year-like number), "2,400 checks a minute" (a rate),
    # "57" (age), "400 jobs", "6%", "$31.875", "12.4 million shares", "1.5 million", "stock of
    # record", "composite trading".
    "halvorsen-data-fiscal-fourth-quarter": (
        "1989-11-09",
        [
            ("Fiscal Fourth Quarter", "DATE", "FY1989-Q4"),
            ("Thursday, November 9, 1989", "DATE", "1989-11-09"),
            ("its fiscal fourth quarter", "DATE", "FY1989-Q4"),
            ("Sept. 30", "DATE", "1989-09-30"),
            ("the summer", "DATE", "1989-SU"),
            ("late yesterday", "DATE", "1989-11-08"),
            ("the quarter", "DATE", "FY1989-Q4"),
            ("the year-earlier quarter", "DATE", "FY1988-Q4"),
            ("fiscal 1989", "DATE", "FY1989"),
            ("fiscal 1988", "DATE", "FY1988"),
            ("the year", "DATE", "FY1989"),
            ("fiscal 1989", "DATE", "FY1989"),
            ("the second quarter", "DATE", "FY1989-Q2"),
            ("quarterly", "SET", "P3M"),
            ("1971", "DATE", "1971"),
            ("Dec. 15", "DATE", "1989-12-15"),
            ("Nov. 24", "DATE", "1989-11-24"),
            ("The summer", "DATE", "1989-SU"),
            ("three months", "DURATION", "P3M"),
            ("a decade", "DURATION", "P10Y"),
            ("4:30 p.m.", "TIME", "1989-11-08T16:30"),
            ("yesterday", "DATE", "1989-11-08"),
            ("July", "DATE", "1989-07"),
            ("August", "DATE", "1989-08"),
            ("the past three weeks", "DURATION", "P3W"),
            ("next spring", "DATE", "1990-SP"),
            ("the end of January", "DATE", "1990-01"),
            ("the current quarter", "DATE", "FY1990-Q1"),
            ("Dec. 31", "DATE", "1989-12-31"),
            ("fiscal 1990", "DATE", "FY1990"),
            ("Oct. 1", "DATE", "1989-10-01"),
            ("fiscal 1989", "DATE", "FY1989"),
            ("fiscal 1990", "DATE", "FY1990"),
            ("Tuesday", "DATE", "1989-11-07"),
            ("the spring", "DATE", "1989-SP"),
            ("the second half of next year", "DATE", "1990-H2"),
            ("March", "DATE", "1989-03"),
            ("now", "DATE", "PRESENT_REF"),
            ("yesterday", "DATE", "1989-11-08"),
            ("early June", "DATE", "1989-06"),
            ("the next two years", "DURATION", "P2Y"),
            ("Monday", "DATE", "1989-11-13"),
            ("Jan. 23", "DATE", "1990-01-23"),
        ],
    ),
    # Tuesday 1991-03-12 (ISO week 11), British financial paper's companies page, section
    # label, headline ("as Day 60 nears"), byline, date line "Tuesday March 12 1991" (one span
    # with its weekday). "yesterday" is Monday 1991-03-11, "yesterday afternoon" its afternoon,
    # "last night" (twice) its night 1991-03-11TNI (gold_blind35, gold_blind100), the bare
    # "6.15pm" of the board's statement that Monday. The Takeover Code's day numbers are DATEs
    # counted from the posting of the offer document on Friday 15 February (Day 0), checked
    # with datetime, as in gold_blind100: "Day 21" 1991-03-08 (the "Friday" beside it, past),
    # "Day 39" 1991-03-26, "Day 46" 1991-04-02, "Day 60" (headline and body twice) 1991-04-16,
    # each apposed date annotated as well. The revised offer stays open "until 3pm on Tuesday
    # March 26": "3pm" 1991-03-26T15:00 and "Tuesday March 26" one DATE span. "tomorrow"
    # 1991-03-13; results "on Thursday" ahead 1991-03-14, "two weeks earlier than usual" the
    # size of a shift P2W (gold_blind28); "full-year" figures of a calendar-year company 1990
    # (the adjectival period of gold_blind74); "the current year" 1991. "last Wednesday" in a
    # Tuesday paper is the most recent Wednesday, 1991-03-06 (gold_blind18, gold_blind100);
    # "the next day" 1991-03-07 and "That evening" 1991-03-07TEV (gold_blind8, gold_blind26);
    # "on Saturday" 1991-03-09 (past). "within minutes" -> "minutes" PTXM (gold_blind53);
    # "the next fortnight" P2W; "about six months" P6M; "for 12 months" P12M. Aldermoor's year
    # ends September 30: "the financial year to September 30" -> "the financial year" FY1990
    # plus "September 30" 1990-09-30 (gold_blind100's "the financial year to March 2016").
    # Not annotated: "the first closing date" (an event noun beside its dates), "Fair Trading
    # Act 1973" (a statute's name), "the Takeover Panel", "315p", "287p", "309p", "318p",
    # "198p", "4p", "11p", "£344m", "£31m", "£27.4m", "£58.2m", "11.4 per cent", "14.9 per
    # cent", "2.6m shares", "52" (age), "14 acquisitions", "4,100 people", "seven plants".
    "aldermoor-hatherleigh-revised-offer": (
        "1991-03-12",
        [
            ("Day 60", "DATE", "1991-04-16"),
            ("Tuesday March 12 1991", "DATE", "1991-03-12"),
            ("yesterday", "DATE", "1991-03-11"),
            ("Day 21", "DATE", "1991-03-08"),
            ("Friday", "DATE", "1991-03-08"),
            ("tomorrow", "DATE", "1991-03-13"),
            ("3pm", "TIME", "1991-03-26T15:00"),
            ("Tuesday March 26", "DATE", "1991-03-26"),
            ("last night", "TIME", "1991-03-11TNI"),
            ("three hours", "DURATION", "PT3H"),
            ("yesterday afternoon", "TIME", "1991-03-11TAF"),
            ("minutes", "DURATION", "PTXM"),
            ("6.15pm", "TIME", "1991-03-11T18:15"),
            ("February 15", "DATE", "1991-02-15"),
            ("Day 39", "DATE", "1991-03-26"),
            ("March 26", "DATE", "1991-03-26"),
            ("Day 46", "DATE", "1991-04-02"),
            ("April 2", "DATE", "1991-04-02"),
            ("Day 60", "DATE", "1991-04-16"),
            ("April 16", "DATE", "1991-04-16"),
            ("12 months", "DURATION", "P12M"),
            ("full-year", "DATE", "1990"),
            ("Thursday", "DATE", "1991-03-14"),
            ("two weeks", "DURATION", "P2W"),
            ("1990", "DATE", "1990"),
            ("1989", "DATE", "1989"),
            ("the current year", "DATE", "1991"),
            ("last Wednesday", "DATE", "1991-03-06"),
            ("the next day", "DATE", "1991-03-07"),
            ("October 1987", "DATE", "1987-10"),
            ("That evening", "TIME", "1991-03-07TEV"),
            ("Saturday", "DATE", "1991-03-09"),
            ("Day 60", "DATE", "1991-04-16"),
            ("the next fortnight", "DURATION", "P2W"),
            ("about six months", "DURATION", "P6M"),
            ("1983", "DATE", "1983"),
            ("the financial year", "DATE", "FY1990"),
            ("September 30", "DATE", "1990-09-30"),
            ("last night", "TIME", "1991-03-11TNI"),
            ("1892", "DATE", "1892"),
        ],
    ),
    # Friday 1989-08-04 (ISO week 31), business paper's "CREDIT MARKETS" column, two-deck
    # headline, byline, date line "Friday, August 4, 1989", "NEW YORK --" dateline. The
    # session reported is yesterday, Thursday 1989-08-03, so the bare "3 p.m." and "5 p.m."
    # are on that day (gold_blind33's "By 2 p.m."); "today" (three times) and "8:30 a.m. EDT
    # today" 1989-08-04. "July" (headline, "July employment", "the July figures") and "last
    # month" 1989-07; "June" 1989-06; "May" (the last refunding) 1989-05. The same weekday
    # both ways: the yield "from 7.88% Wednesday" 1989-08-02, the 10-year notes "Wednesday"
    # 1989-08-09; next week (headline "Next Week", "next week's", "Next week" 1989-W32) holds
    # "Tuesday" 1989-08-08 and "Thursday" 1989-08-10; "Monday's weekly auction" 1989-07-31.
    # Tenors on the adjective alone, DURATION, and the years after "due" DATEs (gold_blind38):
    # "30-year" P30Y, "three-year" P3Y, "10-year" P10Y, "three-month" P3M, "due 2019" (twice)
    # 2019, "the longest due in 2014" 2014. "quarterly refunding" and "weekly auction" are
    # adjectival frequencies naming recurrences, SET P3M and P1W (gold_blind33, gold_blind35).
    # "Labor Day" 1989-09-04 (first Monday of September); "Christmas" 1989-12-25; "the fall"
    # ahead in August 1989-FA; "a year ago" 1988 (gold_blind14); "Aug. 22" 1989-08-22; "can't
    # be called for five years" P5Y; futures "for September delivery" 1989-09 (gold_blind6);
    # "six months' worth of volatility" -> "six months" P6M; "the past two weeks" P2W;
    # "recent weeks" PAST_REF. Not annotated: "Series 1989-B" (a bond series), "8 1/8%", "3/8
    # point", "101 7/8", "5/8 point", "7 3/4%", "7 1/2%", "11/32", "97 5/32", "$3.75 for each
    # $1,000 face amount", yields and rates, "150,000", "124,000", "5.3%", "late in the
    # session" (a trading-session phrase, gold_blind23), "Long Bonds", "Short-term rates" and
    # "long-term rates" (kinds of instrument, like "short-term" in gold_blind17), "a full
    # point", "single-A", "two-thirds".
    "treasuries-slip-before-july-jobs-report": (
        "1989-08-04",
        [
            ("July", "DATE", "1989-07"),
            ("Next Week", "DATE", "1989-W32"),
            ("Friday, August 4, 1989", "DATE", "1989-08-04"),
            ("yesterday", "DATE", "1989-08-03"),
            ("today", "DATE", "1989-08-04"),
            ("July", "DATE", "1989-07"),
            ("next week", "DATE", "1989-W32"),
            ("quarterly", "SET", "P3M"),
            ("30-year", "DURATION", "P30Y"),
            ("Wednesday", "DATE", "1989-08-02"),
            ("3 p.m.", "TIME", "1989-08-03T15:00"),
            ("July", "DATE", "1989-07"),
            ("8:30 a.m. EDT", "TIME", "1989-08-04T08:30"),
            ("today", "DATE", "1989-08-04"),
            ("last month", "DATE", "1989-07"),
            ("June", "DATE", "1989-06"),
            ("Labor Day", "DATE", "1989-09-04"),
            ("Next week", "DATE", "1989-W32"),
            ("three-year", "DURATION", "P3Y"),
            ("Tuesday", "DATE", "1989-08-08"),
            ("10-year", "DURATION", "P10Y"),
            ("Wednesday", "DATE", "1989-08-09"),
            ("30-year", "DURATION", "P30Y"),
            ("Thursday", "DATE", "1989-08-10"),
            ("2019", "DATE", "2019"),
            ("May", "DATE", "1989-05"),
            ("a year ago", "DATE", "1988"),
            ("Aug. 22", "DATE", "1989-08-22"),
            ("yesterday", "DATE", "1989-08-03"),
            ("three-month", "DURATION", "P3M"),
            ("Monday", "DATE", "1989-07-31"),
            ("weekly", "SET", "P1W"),
            ("late yesterday", "DATE", "1989-08-03"),
            ("2019", "DATE", "2019"),
            ("five years", "DURATION", "P5Y"),
            ("5 p.m.", "TIME", "1989-08-03T17:00"),
            ("2014", "DATE", "2014"),
            ("September", "DATE", "1989-09"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("six months", "DURATION", "P6M"),
            ("the past two weeks", "DURATION", "P2W"),
            ("the fall", "DATE", "1989-FA"),
            ("today", "DATE", "1989-08-04"),
            ("Christmas", "DATE", "1989-12-25"),
        ],
    ),
    # Wednesday 1990-05-16 (ISO week 20), Australian broadsheet's business page, section label,
    # headline, byline "Economics Writer", date line "WEDNESDAY, MAY 16, 1990" (one span),
    # "CANBERRA:" dateline. "yesterday" is Tuesday 1990-05-15, with "11.30am" of the release
    # and "yesterday afternoon" of Treasury's comment. Months without a year to the nearest
    # occurrence in the clause's direction: "April" 1990-04 (three times), "March" 1990-03,
    # "since October" 1989-10, "since November" 1989-11, "January" 1990-01; "the May current
    # account figures" 1990-05, an adjectival report month like "March retail sales"
    # (gold_blind33). The Australian financial year runs July-June and is named by the year it
    # ends (gold_blind9, gold_blind100): "the 1989-90 financial year" one span FY1990 (like
    # "the 2012-13 financial year" in gold_blind49), "1988-89" FY1989 and "1989-90" FY1990
    # (like "2012-13" in gold_blind74); "the first 10 months" P10M (like "the nine months");
    # quarters named by a month keep calendar values (gold_blind74, gold_blind100): "The June
    # quarter" 1990-Q2, "the March quarter" 1990-Q1. Holidays on the day they fall on:
    # "Easter" (Sunday) 1990-04-15, "Anzac Day" 1990-04-25. "the end of March" 1990-03, "the
    # end of December" 1989-12, "the end of June" 1990-06; "the mid-1980s" 198; "late last
    # year" 1989; "last August's Budget" -> "last August" 1989-08; "two years ago" 1988;
    # "the past 13 months" P13M; "the past fortnight" P2W; "Ten-year" bond yields P10Y
    # (gold_blind38); "published ... monthly since 1976" SET P1M plus 1976; "on Monday" (past)
    # 1990-05-14; "tomorrow" 1990-05-17; "June 13" and "June 14" 1990; "on Friday" (ahead)
    # 1990-05-18. Not annotated: "the smallest monthly shortfall" (the adjective names the
    # period of a figure, not a recurrence, like "its usual monthly total" in gold_blind103),
    # "the Budget" (an event; its date is not given), "One good number", "in late trading",
    # "US77.05c", "US77.62c", "1.5 US cents", "13.42 per cent", "15 per cent", "9.6 points",
    # "1,512.3", "$1.37 billion" and the other amounts and percentages.
    "current-account-deficit-narrows-april": (
        "1990-05-16",
        [
            ("WEDNESDAY, MAY 16, 1990", "DATE", "1990-05-16"),
            ("April", "DATE", "1990-04"),
            ("March", "DATE", "1990-03"),
            ("October", "DATE", "1989-10"),
            ("11.30am", "TIME", "1990-05-15T11:30"),
            ("yesterday", "DATE", "1990-05-15"),
            ("the first 10 months", "DURATION", "P10M"),
            ("the 1989-90 financial year", "DATE", "FY1990"),
            ("1988-89", "DATE", "FY1989"),
            ("November", "DATE", "1989-11"),
            ("Easter", "DATE", "1990-04-15"),
            ("Anzac Day", "DATE", "1990-04-25"),
            ("April", "DATE", "1990-04"),
            ("the end of March", "DATE", "1990-03"),
            ("the end of December", "DATE", "1989-12"),
            ("the mid-1980s", "DATE", "198"),
            ("yesterday afternoon", "TIME", "1990-05-15TAF"),
            ("late last year", "DATE", "1989"),
            ("1989-90", "DATE", "FY1990"),
            ("last August", "DATE", "1989-08"),
            ("The June quarter", "DATE", "1990-Q2"),
            ("the end of June", "DATE", "1990-06"),
            ("January", "DATE", "1990-01"),
            ("the past 13 months", "DURATION", "P13M"),
            ("two years ago", "DATE", "1988"),
            ("Monday", "DATE", "1990-05-14"),
            ("the past fortnight", "DURATION", "P2W"),
            ("Ten-year", "DURATION", "P10Y"),
            ("monthly", "SET", "P1M"),
            ("1976", "DATE", "1976"),
            ("April", "DATE", "1990-04"),
            ("tomorrow", "DATE", "1990-05-17"),
            ("the March quarter", "DATE", "1990-Q1"),
            ("June 13", "DATE", "1990-06-13"),
            ("May", "DATE", "1990-05"),
            ("June 14", "DATE", "1990-06-14"),
            ("Friday", "DATE", "1990-05-18"),
        ],
    ),
    # Monday 1991-06-10 (ISO week 24), Canadian national paper's business section, section
    # label, headline and deck, byline "Business Reporter", date line "MONDAY, JUNE 10, 1991"
    # (one span), "TORONTO --" dateline. "yesterday" is Sunday 1991-06-09. Past weekdays: the
    # board met "on Thursday" 1991-06-06, "The next day" 1991-06-07 and "that evening"
    # 1991-06-07TEV (narrative anchors on Thursday); "resigned on Friday", "late Friday" (a
    # DATE, gold_blind23) and the share price "on Friday" 1991-06-07; "last Tuesday" in a Monday
    # paper is the most recent Tuesday, 1991-06-04 (gold_blind18). Ahead: "tomorrow"
    # 1991-06-11, "on Wednesday" 1991-06-12, "Canada Day" 1991-07-01, "next month" 1991-07,
    # "Sept. 30" 1991-09-30, "the end of September" 1991-09, "Dec. 31" 1991-12-31, "at least
    # next spring" 1992-SP (modifier kept, gold_blind35). "the Victoria Day weekend" is the
    # ISO weekend of its Saturday, 18 May, 1991-W20-WE (gold_blind17, gold_blind103), although
    # Victoria Day itself (20 May) lies in week 21. Ravensholme's fiscal year ends Oct. 31:
    # "its fiscal second quarter, ended April 30" (February-April 1991) FY1991-Q2 plus
    # 1991-04-30; "the year-earlier period" FY1990-Q2 (gold_blind20); "fiscal 1991, which ends
    # Oct. 31" FY1991 plus 1991-10-31; "the first six months" P6M. "two days after the company
    # reported", "less than three years into" and "14 months late" are durations anchored to
    # an event or the size of a delay (gold_blind35); "the past nine years" P9Y; "six months"
    # (deck and body) P6M; "more than five hours" PT5H; "52-week" P52W (gold_blind38). "last
    # October" 1990-10; "January" and "February" 1991; "the fall of 1988" 1988-FA, "the spring
    # of 1990" 1990-SP (one span each); "the 1980s" 198; "now" (in the memo) PRESENT_REF. Not
    # annotated: "quarterly loss" ("third consecutive quarterly loss": the adjective names the
    # period of a figure, not a recurrence), "PM 1990" (a paper machine's name), "on an
    # interim basis", "Bay Street", "58", "66" (ages), "$600-million", "$21.4-million", "62
    # cents", "$8.9-million", "14 per cent", "$412-million", "$38.7-million", "20 per cent",
    # "50 cents", "$11.25", "$19".
    "ravensholme-paper-chief-resigns": (
        "1991-06-10",
        [
            ("six months", "DURATION", "P6M"),
            ("MONDAY, JUNE 10, 1991", "DATE", "1991-06-10"),
            ("Friday", "DATE", "1991-06-07"),
            ("two days", "DURATION", "P2D"),
            ("less than three years", "DURATION", "P3Y"),
            ("the past nine years", "DURATION", "P9Y"),
            ("late Friday", "DATE", "1991-06-07"),
            ("Dec. 31", "DATE", "1991-12-31"),
            ("six months", "DURATION", "P6M"),
            ("more than five hours", "DURATION", "PT5H"),
            ("Thursday", "DATE", "1991-06-06"),
            ("The next day", "DATE", "1991-06-07"),
            ("that evening", "TIME", "1991-06-07TEV"),
            ("now", "DATE", "PRESENT_REF"),
            ("the Victoria Day weekend", "DATE", "1991-W20-WE"),
            ("yesterday", "DATE", "1991-06-09"),
            ("its fiscal second quarter", "DATE", "FY1991-Q2"),
            ("April 30", "DATE", "1991-04-30"),
            ("the year-earlier period", "DATE", "FY1990-Q2"),
            ("the first six months", "DURATION", "P6M"),
            ("fiscal 1991", "DATE", "FY1991"),
            ("Oct. 31", "DATE", "1991-10-31"),
            ("last October", "DATE", "1990-10"),
            ("last Tuesday", "DATE", "1991-06-04"),
            ("the end of September", "DATE", "1991-09"),
            ("the fall of 1988", "DATE", "1988-FA"),
            ("January", "DATE", "1991-01"),
            ("14 months", "DURATION", "P14M"),
            ("the spring of 1990", "DATE", "1990-SP"),
            ("at least next spring", "DATE", "1992-SP"),
            ("1964", "DATE", "1964"),
            ("1982", "DATE", "1982"),
            ("the 1980s", "DATE", "198"),
            ("Friday", "DATE", "1991-06-07"),
            ("52-week", "DURATION", "P52W"),
            ("February", "DATE", "1991-02"),
            ("Canada Day", "DATE", "1991-07-01"),
            ("tomorrow", "DATE", "1991-06-11"),
            ("Wednesday", "DATE", "1991-06-12"),
            ("Sept. 30", "DATE", "1991-09-30"),
            ("next month", "DATE", "1991-07"),
        ],
    ),
    # Saturday 1990-10-20 (ISO week 42), US regional daily's business page, section label,
    # headline and deck ("to resume talks Tuesday"), byline "Plainsman Business Writer", date
    # line "Saturday, October 20, 1990" (one span), no dateline. "yesterday" (three times) is
    # Friday 1990-10-19, "yesterday afternoon" its afternoon and "last night" in a Saturday
    # paper its night, 1990-10-19TNI (gold_blind35, gold_blind100). The strike "began at 12:01
    # a.m. Aug. 4" (a Saturday): "12:01 a.m." 1990-08-04T00:01 and "Aug. 4", two TIMEX3; on
    # 20 October it is "now in its 12th week": "now" PRESENT_REF and "its 12th week" DURATION
    # P12W, how long the strike has run, with the possessive determiner (gold_blind35's "its
    # fourth week"; see README). Tallgrass's quarters are calendar quarters (its
    # fiscal year is not described, gold_blind33): "the third quarter" and "the quarter ended
    # Sept. 30" 1990-Q3, "a year earlier" after the quarter 1989-Q3, "the nine months" P9M and
    # "a year earlier" after it the year 1989 (gold_blind6, gold_blind33), "the fourth
    # quarter" 1990-Q4. Ahead: "Tuesday" (deck and body) 1990-10-23 with "10 a.m." that day;
    # "Nov. 5" 1990-11-05; "Thanksgiving" 1990-11-22 (fourth Thursday of November); "1991".
    # Past: "Oct. 2", "Sept. 27", "earlier this month" 1990-10, "since August" 1990-08, "July"
    # 1990-07. Sets: "quarterly dividend" P3M, "weekly strike pay" P1W (gold_blind35), "every
    # Friday" XXXX-WXX-5 with the recurring hour "noon" XXXX-XX-XXT12:00 (the hours of a
    # recurring event, gold_blind28, gold_blind103), "six days a week" P1W (the count kept in
    # the span, like "twice a week" in gold_blind35 and "eight times a year" in gold_blind38),
    # "twice a day" P1D. Durations: "three-year" contract P3Y, "over three years" P3Y,
    # "10-hour" shifts PT10H, "96 days" P96D. Not annotated: "Lodge 1987" (a union lodge's
    # number, like "Local 1990" in gold_blind35), "Ardent 1900" (an aircraft model),
    # "316-555-1990" (a phone number), "around the clock", "a third", "2,300 members", "400",
    # "450 salaried employees", "$100", "11 percent", "14 percent", "37 percent", "48 cents",
    # "41 cents", "$13.50", "75 cents", "$22", "$14.2 million" and the other amounts.
    "tallgrass-aerostructures-strike-cost": (
        "1990-10-20",
        [
            ("Tuesday", "DATE", "1990-10-23"),
            ("Saturday, October 20, 1990", "DATE", "1990-10-20"),
            ("now", "DATE", "PRESENT_REF"),
            ("its 12th week", "DURATION", "P12W"),
            ("the third quarter", "DATE", "1990-Q3"),
            ("1983", "DATE", "1983"),
            ("yesterday", "DATE", "1990-10-19"),
            ("the quarter", "DATE", "1990-Q3"),
            ("Sept. 30", "DATE", "1990-09-30"),
            ("a year earlier", "DATE", "1989-Q3"),
            ("the nine months", "DURATION", "P9M"),
            ("a year earlier", "DATE", "1989"),
            ("12:01 a.m.", "TIME", "1990-08-04T00:01"),
            ("Aug. 4", "DATE", "1990-08-04"),
            ("three-year", "DURATION", "P3Y"),
            ("yesterday afternoon", "TIME", "1990-10-19TAF"),
            ("quarterly", "SET", "P3M"),
            ("earlier this month", "DATE", "1990-10"),
            ("Nov. 5", "DATE", "1990-11-05"),
            ("10 a.m.", "TIME", "1990-10-23T10:00"),
            ("Tuesday", "DATE", "1990-10-23"),
            ("Oct. 2", "DATE", "1990-10-02"),
            ("Sept. 27", "DATE", "1990-09-27"),
            ("three years", "DURATION", "P3Y"),
            ("weekly", "SET", "P1W"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("last night", "TIME", "1990-10-19TNI"),
            ("10-hour", "DURATION", "PT10H"),
            ("six days a week", "SET", "P1W"),
            ("August", "DATE", "1990-08"),
            ("the fourth quarter", "DATE", "1990-Q4"),
            ("Thanksgiving", "DATE", "1990-11-22"),
            ("1991", "DATE", "1991"),
            ("1977", "DATE", "1977"),
            ("96 days", "DURATION", "P96D"),
            ("yesterday", "DATE", "1990-10-19"),
            ("July", "DATE", "1990-07"),
            ("twice a day", "SET", "P1D"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
