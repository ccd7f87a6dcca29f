"""Annotations of the six-hundred-and-eighth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind608/annotate.py [--show]

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
    # Thursday 1999-10-21 (ISO week 42), US business-wire earnings release of a storage maker
    # whose fiscal year is the calendar year (its 10-K is "for the year ended Dec. 31, 1998"),
    # headline, wire dateline "SANTA CLARITA, Calif.--(PACIFIC COMMERCE WIRE)--Oct. 21, 1999--".
    # Headline "Third-Quarter" 1999-Q3 and "Nine-Month" DURATION P9M (gold_blind20). "the third
    # quarter ended Sept. 30, 1999" two TIMEX3, the period and the date (gold_blind29,
    # gold_blind33); "the quarter" 1999-Q3; "the year-ago period" and "a year earlier" (gross
    # margin) 1998-Q3, the granularity of what they are compared with; "the second quarter"
    # 1999-Q2 (the quarter before); "the third quarter of 1998" one span. "the nine months
    # ended Sept. 30, 1999" P9M plus the date; "the first nine months of 1998" -> "the first
    # nine months" P9M plus "1998", split like "the first two months of fiscal 2014"
    # (gold_blind51). "the best quarter in our 12-year history" -> "12-year" P12Y (the period of
    # a superlative); "late July" 1999-07; "before Thanksgiving" 1999-11-25 (fourth Thursday of
    # November); "fourth-quarter" 1999-Q4; "early next year" 2000; "On Monday" (past)
    # 1999-10-18; "three-year" P3Y; "on Tuesday" (future, a conference) 1999-10-26; "in June"
    # (past) 1999-06; "updated weekly" SET P1W. Call "at 2:00 p.m. Pacific Time (5:00 p.m.
    # Eastern Time) today": two TIMEs for one moment and the DATE (gold_blind27); "for 90
    # days" P90D; replay "from 8:00 p.m. Eastern Time tonight until 11:59 p.m. Eastern Time on
    # Thursday, Oct. 28": TIME, TIME (TNI), TIME, DATE. "in April" (past) 1999-04. "the
    # Private Securities Litigation Reform Act of 1995" -> "1995" DATE, the year the act was
    # passed, like "a private act of 1769" (gold_blind92) and "the 1947 flood" (gold_blind103).
    # "the year ended Dec. 31, 1998" and "the quarter ended June 30, 1999" two TIMEX3 each
    # (1998, 1999-Q2). Not annotated: "Year 2000" (the name of the date-change problem, like
    # "Y2K" in gold_blind34), "StorBridge 2000", "StorBridge 2400", "Nasdaq:KLVN",
    # "www.kelvion.com/y2k/1999", "1-800-555-1999", "reservation number 102199" (shaped like
    # 10/21/99), "100,000th", "Annual Report" and "Quarterly Report" (names of filings,
    # gold_blind73), "Form 10-K", "Form 10-Q", "661/555-0187", "may differ", "the best quarter".
    "kelvion-systems-third-quarter-1999-results": (
        "1999-10-21",
        [
            ("Third-Quarter", "DATE", "1999-Q3"),
            ("Nine-Month", "DURATION", "P9M"),
            ("Oct. 21, 1999", "DATE", "1999-10-21"),
            ("today", "DATE", "1999-10-21"),
            ("the third quarter", "DATE", "1999-Q3"),
            ("Sept. 30, 1999", "DATE", "1999-09-30"),
            ("the quarter", "DATE", "1999-Q3"),
            ("the year-ago period", "DATE", "1998-Q3"),
            ("the second quarter", "DATE", "1999-Q2"),
            ("the third quarter of 1998", "DATE", "1998-Q3"),
            ("a year earlier", "DATE", "1998-Q3"),
            ("the nine months", "DURATION", "P9M"),
            ("Sept. 30, 1999", "DATE", "1999-09-30"),
            ("the first nine months", "DURATION", "P9M"),
            ("1998", "DATE", "1998"),
            ("12-year", "DURATION", "P12Y"),
            ("late July", "DATE", "1999-07"),
            ("Thanksgiving", "DATE", "1999-11-25"),
            ("fourth-quarter", "DATE", "1999-Q4"),
            ("early next year", "DATE", "2000"),
            ("Monday", "DATE", "1999-10-18"),
            ("three-year", "DURATION", "P3Y"),
            ("Tuesday", "DATE", "1999-10-26"),
            ("June", "DATE", "1999-06"),
            ("weekly", "SET", "P1W"),
            ("2:00 p.m. Pacific Time", "TIME", "1999-10-21T14:00"),
            ("5:00 p.m. Eastern Time", "TIME", "1999-10-21T17:00"),
            ("today", "DATE", "1999-10-21"),
            ("90 days", "DURATION", "P90D"),
            ("8:00 p.m. Eastern Time", "TIME", "1999-10-21T20:00"),
            ("tonight", "TIME", "1999-10-21TNI"),
            ("11:59 p.m. Eastern Time", "TIME", "1999-10-28T23:59"),
            ("Thursday, Oct. 28", "DATE", "1999-10-28"),
            ("1987", "DATE", "1987"),
            ("April", "DATE", "1999-04"),
            ("1995", "DATE", "1995"),
            ("the fourth quarter", "DATE", "1999-Q4"),
            ("the year", "DATE", "1998"),
            ("Dec. 31, 1998", "DATE", "1998-12-31"),
            ("the quarter", "DATE", "1999-Q2"),
            ("June 30, 1999", "DATE", "1999-06-30"),
        ],
    ),
    # Tuesday 1998-07-14 (ISO week 29), US newswire profit warning (pre-announcement) of a
    # medical-device maker whose fiscal year ends June 30, headline, dateline "MINNETONKA, Minn.,
    # July 14 /Northstar Newswire/ --" and the wire's closing stamp "-0- 07/14/98" (a DATE of
    # the publication day). Fiscal 1998 ran July 1997-June 1998 and is FY1998, named by the year
    # it ends (gold_blind14, gold_blind33); its fourth quarter (April-June 1998) is FY1998-Q4 in
    # every company phrase: the headline's "Fiscal Fourth-Quarter" (one span, like "Fiscal 3rd
    # Quarter" in gold_blind14), "its fiscal fourth quarter" (possessive kept, gold_blind38),
    # "fourth-quarter", "the fourth quarter", "the quarter". "which ended June 30" 1998-06-30;
    # "the year-ago quarter" FY1997-Q4; "whose fiscal year ends June 30" (present tense) the end
    # of the year now running, FY1999, 1999-06-30 (gold_blind33's decision); "the fourth quarter
    # of fiscal 1997" one span FY1997-Q4; "the previous fiscal year" FY1997; "fiscal 1999, which
    # began July 1" FY1999 plus 1998-07-01; "the first quarter of fiscal 1999" FY1999-Q1;
    # "the company now expects" -> "now" PRESENT_REF.
    # Calendar months keep calendar values: "April and May", "in June", "in April" 1998-04/05/06;
    # "March 31, 1999". "the next nine months" P9M; "52-week" P52W. Weekdays: "approved the
    # closing on Friday" 1998-07-10 and "closed Monday" 1998-07-13 (past), "meet analysts ... on
    # Thursday" 1998-07-16 (future); "Tuesday, July 28" (and the headline's "July 28")
    # 1998-07-28, "that evening" its evening 1998-07-28TEV, "5 p.m. CDT" 1998-07-28T17:00.
    # "quarterly dividend" SET P3M (gold_blind6); "payable Aug. 14 to shareholders of record
    # July 31" two DATEs. "for one week" P1W. Not annotated: "InfuSafe 2000" (a product), "Year
    # 2000" (the date-change problem, gold_blind34), "PM-98" (a model), "NYSE: BRM",
    # "1-888-555-0174", "612-555-0161", "-0-", "after the market closes" (a trading-session
    # phrase, gold_blind38), "$27.50", "$38.25", "140", "210", "1,900", "may differ".
    "brannock-medical-fiscal-fourth-quarter-warning": (
        "1998-07-14",
        [
            ("Fiscal Fourth-Quarter", "DATE", "FY1998-Q4"),
            ("July 28", "DATE", "1998-07-28"),
            ("July 14", "DATE", "1998-07-14"),
            ("today", "DATE", "1998-07-14"),
            ("its fiscal fourth quarter", "DATE", "FY1998-Q4"),
            ("June 30", "DATE", "1998-06-30"),
            ("the year-ago quarter", "DATE", "FY1997-Q4"),
            ("June 30", "DATE", "1999-06-30"),
            ("fourth-quarter", "DATE", "FY1998-Q4"),
            ("the fourth quarter of fiscal 1997", "DATE", "FY1997-Q4"),
            ("fiscal 1998", "DATE", "FY1998"),
            ("the previous fiscal year", "DATE", "FY1997"),
            ("April", "DATE", "1998-04"),
            ("May", "DATE", "1998-05"),
            ("June", "DATE", "1998-06"),
            ("the first quarter of fiscal 1999", "DATE", "FY1999-Q1"),
            ("fiscal 1999", "DATE", "FY1999"),
            ("July 1", "DATE", "1998-07-01"),
            ("now", "DATE", "PRESENT_REF"),
            ("April", "DATE", "1998-04"),
            ("the fourth quarter", "DATE", "FY1998-Q4"),
            ("1974", "DATE", "1974"),
            ("the next nine months", "DURATION", "P9M"),
            ("March 31, 1999", "DATE", "1999-03-31"),
            ("Friday", "DATE", "1998-07-10"),
            ("Monday", "DATE", "1998-07-13"),
            ("52-week", "DURATION", "P52W"),
            ("Thursday", "DATE", "1998-07-16"),
            ("quarterly", "SET", "P3M"),
            ("Aug. 14", "DATE", "1998-08-14"),
            ("July 31", "DATE", "1998-07-31"),
            ("the quarter", "DATE", "FY1998-Q4"),
            ("fiscal 1998", "DATE", "FY1998"),
            ("Tuesday, July 28", "DATE", "1998-07-28"),
            ("that evening", "TIME", "1998-07-28TEV"),
            ("5 p.m. CDT", "TIME", "1998-07-28T17:00"),
            ("one week", "DURATION", "P1W"),
            ("1961", "DATE", "1961"),
            ("fiscal 1999", "DATE", "FY1999"),
            ("07/14/98", "DATE", "1998-07-14"),
        ],
    ),
    # Sunday 1999-03-07 (ISO week 9), Australian company's product-launch media release timed
    # for a trade show opening on Monday, embargo line "EMBARGOED UNTIL 6.00PM AEDT SUNDAY 7
    # MARCH 1999" (TIME plus one DATE span with its weekday, in capitals, gold_blind73) and
    # dateline "SYDNEY, 7 March 1999 -". The expo "opens tomorrow" 1999-03-08 "and runs until
    # Thursday" 1999-03-11; "9.30am tomorrow" 1999-03-08T09:30 and "the next day" after it
    # 1999-03-09 (anchored on the narrative's last date, gold_blind4, gold_blind14); "each day of
    # the expo from 10am to 6pm" SET P1D with the recurring hours XXXX-XX-XXThh:mm
    # (gold_blind27's "daily at 13:00" within a tournament). "two years in development" P2Y;
    # "Monday 15 March" (future) 1999-03-15; "late April, after Easter" 1999-04 and 1999-04-04
    # (Easter Sunday 1999); "the June quarter" 1999-Q2 (a quarter named by its calendar month
    # takes the calendar value, gold_blind63, gold_blind74); "the past 18 months" P18M; "dates
    # after 31 December 1999" 1999-12-31; "before Christmas" 1999-12-25; "with months to spare"
    # PXM; "more than 15 years" P15Y; "three-year" P3Y; "quarterly" SET P3M; "later this year"
    # 1999. Financial year ending 30 June (July-June): "ends on 30 June" the end of the year now
    # running, 1999-06-30; "the half-year to 31 December 1998" -> "the half-year" 1998-H2 plus
    # the date and "the prior corresponding period" 1997-H2 (gold_blind74's decision); "the
    # 1999-2000 financial year" one span FY2000, named by the year it ends (like "the financial
    # year 2014-15" FY2015 in gold_blind49); "full-year results in August" FY1999 and 1999-08.
    # "closed ... on Friday" 1999-03-05; "up 11 cents for the week" -> "the week" 1999-W09, the
    # trading week just ended (like "down for the week" in gold_blind38). Not annotated:
    # "TILLPOINT 2000" / "TillPoint 2000" (a product), "Model T-400", "ASX: CDS", "stand 412",
    # "$2.84", "11 cents", "(02) 9555 1999", "0412 555 983", "www.corrimal.com.au/expo99",
    # "EMBARGOED UNTIL" and "MEDIA RELEASE" (labels), "260 people", "1,900 stores".
    "corrimal-tillpoint-terminal-launch": (
        "1999-03-07",
        [
            ("6.00PM AEDT", "TIME", "1999-03-07T18:00"),
            ("SUNDAY 7 MARCH 1999", "DATE", "1999-03-07"),
            ("7 March 1999", "DATE", "1999-03-07"),
            ("tomorrow", "DATE", "1999-03-08"),
            ("Thursday", "DATE", "1999-03-11"),
            ("two years", "DURATION", "P2Y"),
            ("each day", "SET", "P1D"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("9.30am", "TIME", "1999-03-08T09:30"),
            ("tomorrow", "DATE", "1999-03-08"),
            ("the next day", "DATE", "1999-03-09"),
            ("Monday 15 March", "DATE", "1999-03-15"),
            ("late April", "DATE", "1999-04"),
            ("Easter", "DATE", "1999-04-04"),
            ("the June quarter", "DATE", "1999-Q2"),
            ("the past 18 months", "DURATION", "P18M"),
            ("31 December 1999", "DATE", "1999-12-31"),
            ("Christmas", "DATE", "1999-12-25"),
            ("months", "DURATION", "PXM"),
            ("more than 15 years", "DURATION", "P15Y"),
            ("three-year", "DURATION", "P3Y"),
            ("quarterly", "SET", "P3M"),
            ("later this year", "DATE", "1999"),
            ("30 June", "DATE", "1999-06-30"),
            ("the half-year", "DATE", "1998-H2"),
            ("31 December 1998", "DATE", "1998-12-31"),
            ("the prior corresponding period", "DATE", "1997-H2"),
            ("the 1999-2000 financial year", "DATE", "FY2000"),
            ("full-year", "DATE", "FY1999"),
            ("August", "DATE", "1999-08"),
            ("Friday", "DATE", "1999-03-05"),
            ("the week", "DATE", "1999-W09"),
            ("1983", "DATE", "1983"),
            ("1994", "DATE", "1994"),
        ],
    ),
    # Wednesday 1998-11-25 (ISO week 48), British stock-exchange announcement of a chief
    # executive's succession, header "Released: 07:00 25-Nov-98" (TIME and DATE, gold_blind85;
    # the two-digit year read as 1998). Financial year ending 31 March: "the end of the current
    # financial year, on 31 March 1999" -> one DATE span FY1999 (April 1998-March 1999, like
    # "the end of the fiscal year" FY2013 in gold_blind85) plus the date; "the financial year"
    # of the preliminary results "in June" the same FY1999. "currently Managing Director" ->
    # "currently" PRESENT_REF (like "Currently" in gold_blind14). "with effect from 1 January 1999",
    # "on 1 April 1999" DATEs ("with effect from" a signal). "the past seven years" P7Y; "for six
    # months after his retirement" P6M (anchored duration alone); "where she spent nine years"
    # P9Y; "the six months to 30 September 1998" P6M plus the date (gold_blind63); "last
    # Thursday" 1998-11-19 (the most recent Thursday); "26 years" P26Y; "last spring" 1998-SP
    # (the spring of the same year, gold_blind35); "the next four months" P4M; "in April"
    # 1999-04 (future); "annual general meeting on 22 July 1999" -> "annual" SET P1Y (an
    # adjective naming a recurrence, gold_blind85) and the date; "ten years" P10Y; "with effect
    # from today" and the contact line's "(today)" 1998-11-25; "twelve months' notice" ->
    # "twelve months" P12M (like "seven days' written notice" in gold_blind27); "exercisable
    # between 2001 and 2008" two DATEs; "on Monday" (future) 1998-11-30; "mid-January" 1999-01.
    # Not annotated: "Number: 4719R", "61" and "44" (ages), "£8.4m", "22 per cent", "almost
    # doubled", "150,000", "paragraph 16.4", "0113 496 0972", "0171 555 1998" (a phone number
    # ending in a year), "interim results", "preliminary results", "his retirement", "may be
    # terminated".
    "harrowgate-engineering-chief-executive-succession": (
        "1998-11-25",
        [
            ("07:00", "TIME", "1998-11-25T07:00"),
            ("25-Nov-98", "DATE", "1998-11-25"),
            ("1991", "DATE", "1991"),
            ("the end of the current financial year", "DATE", "FY1999"),
            ("31 March 1999", "DATE", "1999-03-31"),
            ("currently", "DATE", "PRESENT_REF"),
            ("1 January 1999", "DATE", "1999-01-01"),
            ("1 April 1999", "DATE", "1999-04-01"),
            ("1972", "DATE", "1972"),
            ("the past seven years", "DURATION", "P7Y"),
            ("six months", "DURATION", "P6M"),
            ("March 1995", "DATE", "1995-03"),
            ("nine years", "DURATION", "P9Y"),
            ("1996", "DATE", "1996"),
            ("the six months", "DURATION", "P6M"),
            ("30 September 1998", "DATE", "1998-09-30"),
            ("last Thursday", "DATE", "1998-11-19"),
            ("26 years", "DURATION", "P26Y"),
            ("last spring", "DATE", "1998-SP"),
            ("the next four months", "DURATION", "P4M"),
            ("April", "DATE", "1999-04"),
            ("1989", "DATE", "1989"),
            ("annual", "SET", "P1Y"),
            ("22 July 1999", "DATE", "1999-07-22"),
            ("ten years", "DURATION", "P10Y"),
            ("today", "DATE", "1998-11-25"),
            ("twelve months", "DURATION", "P12M"),
            ("2001", "DATE", "2001"),
            ("2008", "DATE", "2008"),
            ("Monday", "DATE", "1998-11-30"),
            ("mid-January", "DATE", "1999-01"),
            ("the financial year", "DATE", "FY1999"),
            ("June", "DATE", "1999-06"),
            ("today", "DATE", "1998-11-25"),
        ],
    ),
    # Friday 2000-01-21 (ISO week 3), Canadian newswire advisory of a results conference call,
    # "Attention Business Editors:" header, headline, dateline "TORONTO, Jan. 21 /Maple
    # Newswire/ -", "-30-" end mark; the company's year is the calendar year ("the year ended
    # December 31, 1999" -> "the year" 1999 plus the date). Headline "1999 results" -> "1999"
    # (an adjectival year) and "February 3" 2000-02-03. "Thursday, February 3, 2000" one DATE
    # span; "4:30 p.m. Eastern Standard Time that afternoon" TIME 2000-02-03T16:30 and TIME
    # 2000-02-03TAF (a narrative anchor on the date just named, like "that afternoon" in
    # gold_blind14). "the first quarter" (of 2000) 2000-Q1; "ten minutes before the call
    # begins" PT10M (gold_blind27); "for two weeks, from 7:00 p.m. EST on February 3 until
    # February 17" DURATION, TIME, DATE, DATE. "In December" 1999-12; "fourth-quarter" 1999-Q4;
    # "the third quarter" 1999-Q3; "Last week" 2000-W02; "the past two years" P2Y; "On Tuesday"
    # (past) 2000-01-18; "shut for two weeks over the holidays, as they are every year" -> "two
    # weeks" P2W and "every year" SET P1Y ("the holidays" not annotated, no dates,
    # gold_blind23); "restarted on Jan. 4" 2000-01-04. "the New Year weekend" DATE 1999-W52-WE:
    # New Year's Day 2000 fell on Saturday 1 January, which lies in ISO week 52 of 1999, and a
    # holiday weekend takes the ISO week of its Saturday (gold_blind56, gold_blind103).
    # "annual meeting" -> "annual" SET P1Y (gold_blind85); "10:30 a.m. on Wednesday, April 26"
    # TIME and DATE; "First-quarter results ... in late April" 2000-Q1 and 2000-04; "every
    # quarter since 1952" SET P3M and 1952. Not annotated: "Year 2000" (the date-change problem,
    # gold_blind34), "TSE: GFP", "1-800-555-2000", "416-555-0199",
    # "www.glenholme.com/investors/q4-99" (a quarter and a year in a web address),
    # "1-800-555-0133", "passcode 31299", "(416) 555-1919", "(416) 555-0164", "-30-", "$18
    # million", "$14 million", "five sawmills", "3,400", "after markets close", "before the
    # meeting".
    "glenholme-forest-products-results-call-notice": (
        "2000-01-21",
        [
            ("1999", "DATE", "1999"),
            ("February 3", "DATE", "2000-02-03"),
            ("Jan. 21", "DATE", "2000-01-21"),
            ("the fourth quarter", "DATE", "1999-Q4"),
            ("the year", "DATE", "1999"),
            ("December 31, 1999", "DATE", "1999-12-31"),
            ("Thursday, February 3, 2000", "DATE", "2000-02-03"),
            ("4:30 p.m. Eastern Standard Time", "TIME", "2000-02-03T16:30"),
            ("that afternoon", "TIME", "2000-02-03TAF"),
            ("2000", "DATE", "2000"),
            ("the first quarter", "DATE", "2000-Q1"),
            ("ten minutes", "DURATION", "PT10M"),
            ("two weeks", "DURATION", "P2W"),
            ("7:00 p.m. EST", "TIME", "2000-02-03T19:00"),
            ("February 3", "DATE", "2000-02-03"),
            ("February 17", "DATE", "2000-02-17"),
            ("December", "DATE", "1999-12"),
            ("fourth-quarter", "DATE", "1999-Q4"),
            ("the third quarter", "DATE", "1999-Q3"),
            ("Last week", "DATE", "2000-W02"),
            ("the past two years", "DURATION", "P2Y"),
            ("Tuesday", "DATE", "2000-01-18"),
            ("two weeks", "DURATION", "P2W"),
            ("every year", "SET", "P1Y"),
            ("Jan. 4", "DATE", "2000-01-04"),
            ("the New Year weekend", "DATE", "1999-W52-WE"),
            ("annual", "SET", "P1Y"),
            ("10:30 a.m.", "TIME", "2000-04-26T10:30"),
            ("Wednesday, April 26", "DATE", "2000-04-26"),
            ("First-quarter", "DATE", "2000-Q1"),
            ("late April", "DATE", "2000-04"),
            ("1919", "DATE", "1919"),
            ("every quarter", "SET", "P3M"),
            ("1952", "DATE", "1952"),
        ],
    ),
    # Monday 2000-05-15 (ISO week 20), US newswire release of a dividend increase and a stock
    # split, dateline "DAYTON, Ohio, May 15, 2000 /Midland Newswire/ --"; the company's year is
    # the calendar year (its "earnings for 2000"). Headline "Quarterly Dividend" -> "Quarterly"
    # SET P3M, like the body's "quarterly cash dividend" (gold_blind6). "payable June 30 to
    # shareholders of record on June 9", "on June 16, 2000, to shareholders of record on May
    # 26" and "on Monday, June 19" (future) are DATEs. "first-quarter results, reported last
    # month" 2000-Q1 and 2000-04; "today's action" -> "today"; "the second half of the year"
    # one span 2000-H2 (gold_blind38), twice; "a year earlier" after "the first quarter"
    # 1999-Q1; "every year since 1973" and "every quarter since ... 1958" SETs P1Y, P3M and the
    # years; "third since 1990" only "1990"; "August 1997"; "Since 1995"; "on Friday" (past,
    # twice) 2000-05-12; "the next 18 months" P18M; "last month's annual meeting" -> "last
    # month" 2000-04 and "annual" SET P1Y; "near its high for the year" -> "the year" 2000 (the
    # year of publication, like "year to date", gold_blind23); "on Thursday" (future)
    # 2000-05-18 and "that evening" 2000-05-18TEV; the transfer agent's hours "from 8 a.m. to 6
    # p.m. Eastern time daily" two TIMEs XXXX-XX-XXThh:mm and SET P1D (gold_blind14,
    # gold_blind27). Not annotated: "3-for-2", "three-for-two", "two-for-one", "10%", "50%",
    # "third", "pre-split", "split-adjusted", "NYSE: FRD", "Model 2000" (a product line),
    # "www.ferrand.com/ir/2000", "1-800-555-1958" (a phone number ending in the year it went
    # public), "937-555-0142", "$1.12", "86 cents", "$412 million", "$4.35 to $4.50", "9.2
    # million", "2 million", "150 million", "75 million", "$1.25", "$68.875", "6,800", "11
    # countries", "may call", "may differ", "the best in the company's history".
    "ferrand-industries-dividend-increase-stock-split": (
        "2000-05-15",
        [
            ("Quarterly", "SET", "P3M"),
            ("May 15, 2000", "DATE", "2000-05-15"),
            ("today", "DATE", "2000-05-15"),
            ("quarterly", "SET", "P3M"),
            ("June 30", "DATE", "2000-06-30"),
            ("June 9", "DATE", "2000-06-09"),
            ("June 16, 2000", "DATE", "2000-06-16"),
            ("May 26", "DATE", "2000-05-26"),
            ("Monday, June 19", "DATE", "2000-06-19"),
            ("first-quarter", "DATE", "2000-Q1"),
            ("last month", "DATE", "2000-04"),
            ("today", "DATE", "2000-05-15"),
            ("the second half of the year", "DATE", "2000-H2"),
            ("the first quarter", "DATE", "2000-Q1"),
            ("a year earlier", "DATE", "1999-Q1"),
            ("2000", "DATE", "2000"),
            ("every year", "SET", "P1Y"),
            ("1973", "DATE", "1973"),
            ("every quarter", "SET", "P3M"),
            ("1958", "DATE", "1958"),
            ("1990", "DATE", "1990"),
            ("August 1997", "DATE", "1997-08"),
            ("1995", "DATE", "1995"),
            ("Friday", "DATE", "2000-05-12"),
            ("the next 18 months", "DURATION", "P18M"),
            ("last month", "DATE", "2000-04"),
            ("annual", "SET", "P1Y"),
            ("Friday", "DATE", "2000-05-12"),
            ("the year", "DATE", "2000"),
            ("Thursday", "DATE", "2000-05-18"),
            ("that evening", "TIME", "2000-05-18TEV"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("6 p.m. Eastern time", "TIME", "XXXX-XX-XXT18:00"),
            ("daily", "SET", "P1D"),
            ("2000", "DATE", "2000"),
            ("the second half of the year", "DATE", "2000-H2"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
