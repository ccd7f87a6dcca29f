"""Annotations of the blind gold set 382, chosen by hand before the tagger ran.

    python tests/data/gold_blind382/annotate.py [--show]

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
    # Tuesday 2014-07-22 (ISO week 30), US conference-call notice on a business wire: headline,
    # deck, stamp "July 22, 2014 08:00 AM Eastern Daylight Time" (DATE and TIME, the zone in
    # the span and not in the value), "REDLAND HEIGHTS, Calif.--(CARDINAL BUSINESS WIRE)--"
    # dateline. Quillmark's fiscal year ends June 30 ("the fiscal year ended June 30, 2014",
    # "fiscal 2015, which began July 1"), so "Fiscal 2014" FY2014 and its "Fourth Quarter",
    # "the fourth quarter of fiscal 2014" and "fourth-quarter" FY2014-Q4 (April-June 2014);
    # "a year earlier" after "fourth-quarter bookings" FY2013-Q4 (the granularity of what it is
    # compared with); "the first quarter of fiscal 2015, which ends September 30" FY2015-Q1 and
    # 2014-09-30. The call "at 4:30 p.m. Eastern Time (1:30 p.m. Pacific Time) that day":
    # each clock time in its own zone on 2014-08-07, T16:30 and T13:30 (gold_blind7), and
    # "that day" DATE 2014-08-07, the day just named (gold_blind18); the deck's "4:30 p.m.
    # ET" and the details box ("Date: Thursday, August 7, 2014", "Time: 4:30 p.m. ET / 1:30
    # p.m. PT") the same. Replay "through 11:59 p.m. ET on Thursday, August 21, 2014" two
    # TIMEX3; "about two hours" after the call PT2H, "at least 10 minutes" before it PT10M (the
    # duration alone, gold_blind35), archive "for 90 days" P90D. "Last Wednesday" 2014-07-16;
    # "the end of the calendar year" 2014 (gold_blind74); "nine years" P9Y; "its annual
    # investor day" -> "annual" SET P1Y (gold_blind85); "Tuesday, September 16" one span;
    # "quarterly" SET P3M; "every month" SET P1M; "as of today" -> "today". Not annotated:
    # "NASDAQ: QMRK", "1-877-555-2014" (a phone number ending in the year), "+1-612-555-0730",
    # "Conference ID: 7082014" (shaped like 7/08/2014), "1-877-555-0815", "passcode 1930",
    # "investors.quillmark.com/events/2014-q4" (a URL holding a year and a quarter), "$118
    # million", "$121 million", the age "47", "FieldDesk 360", "1.8 million", "2,400", "+1
    # 650-555-1999", "after the market closes", "after the call ends", "the start of the
    # call", the labels "Date:" and "Time:", "may differ".
    "quillmark-q4-fiscal-2014-call-notice": (
        "2014-07-22",
        [
            ("Fourth Quarter", "DATE", "FY2014-Q4"),
            ("Fiscal 2014", "DATE", "FY2014"),
            ("August 7", "DATE", "2014-08-07"),
            ("4:30 p.m. ET", "TIME", "2014-08-07T16:30"),
            ("July 22, 2014", "DATE", "2014-07-22"),
            ("08:00 AM Eastern Daylight Time", "TIME", "2014-07-22T08:00"),
            ("today", "DATE", "2014-07-22"),
            ("the fourth quarter of fiscal 2014", "DATE", "FY2014-Q4"),
            ("the fiscal year", "DATE", "FY2014"),
            ("June 30, 2014", "DATE", "2014-06-30"),
            ("Thursday, August 7, 2014", "DATE", "2014-08-07"),
            ("4:30 p.m. Eastern Time", "TIME", "2014-08-07T16:30"),
            ("1:30 p.m. Pacific Time", "TIME", "2014-08-07T13:30"),
            ("that day", "DATE", "2014-08-07"),
            ("fiscal 2015", "DATE", "FY2015"),
            ("July 1", "DATE", "2014-07-01"),
            ("Thursday, August 7, 2014", "DATE", "2014-08-07"),
            ("4:30 p.m. ET", "TIME", "2014-08-07T16:30"),
            ("1:30 p.m. PT", "TIME", "2014-08-07T13:30"),
            ("at least 10 minutes", "DURATION", "PT10M"),
            ("about two hours", "DURATION", "PT2H"),
            ("11:59 p.m. ET", "TIME", "2014-08-21T23:59"),
            ("Thursday, August 21, 2014", "DATE", "2014-08-21"),
            ("90 days", "DURATION", "P90D"),
            ("June 16", "DATE", "2014-06-16"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("fourth-quarter", "DATE", "FY2014-Q4"),
            ("a year earlier", "DATE", "FY2013-Q4"),
            ("Last Wednesday", "DATE", "2014-07-16"),
            ("the end of the calendar year", "DATE", "2014"),
            ("nine years", "DURATION", "P9Y"),
            ("annual", "SET", "P1Y"),
            ("Tuesday, September 16", "DATE", "2014-09-16"),
            ("quarterly", "SET", "P3M"),
            ("the first quarter of fiscal 2015", "DATE", "FY2015-Q1"),
            ("September 30", "DATE", "2014-09-30"),
            ("1997", "DATE", "1997"),
            ("every month", "SET", "P1M"),
            ("today", "DATE", "2014-07-22"),
        ],
    ),
    # Monday 2012-12-17 (ISO week 51), Canadian REIT's distribution declaration on a newswire,
    # headline, "TORONTO, ONTARIO--(Northstar Newswire - Dec. 17, 2012) -" dateline, a
    # three-column table. The declared months lie ahead: "January" 2013-01, "February"
    # 2013-02, "March 2013" (headline and lead, the year written once after the list, each
    # month its own DATE); the table's months, record dates and payment dates are DATEs as
    # written. "March 29, 2013 is Good Friday" two DATEs 2013-03-29 (Easter 2013 is 31 March;
    # like "Monday is Presidents Day", gold_blind56), "the March distribution" -> "March"
    # 2013-03 and "the January distribution" -> "January" 2013-01 (a month naming a monthly
    # item, like "the March strikes", gold_blind10, "The March numbers", gold_blind30); the
    # record date "set one day earlier than usual" -> "one day" DURATION P1D (the size of a
    # shift, gold_blind28, gold_blind38). Past: "As announced on November 15" 2012-11-15,
    # "the last time in May" 2012-05. "the December 2012 distribution" -> "December 2012";
    # "Christmas" 2012-12-25, "Boxing Day" 2012-12-26 (adjectives of "holidays", but each
    # names its day); ex-distribution "on Thursday, December 27, 2012" one span; "by 5:00
    # p.m. (Toronto time) on January 24, 2013" TIME 2013-01-24T17:00 and DATE, the zone words
    # in parentheses outside the span. "monthly cash distributions" SET P1M (gold_blind35's
    # "monthly leak surveys"); "every month since ... June 2004" SET P1M plus DATE; "the past
    # five years" P5Y; "the nine months ended September 30, 2012" P9M plus DATE (gold_blind38);
    # "the fourth quarter and the full year ending December 31, 2012" -> 2012-Q4, 2012 (a
    # trust whose year is the calendar year) and the DATE; results "on Wednesday, February 20,
    # 2013" one span; the call "at 10:00 a.m. ET the following day" -> TIME 2013-02-21T10:00
    # and "the following day" DATE 2013-02-21 (gold_blind16, gold_blind21); "quarterly" SET
    # P3M. Not annotated: "TSX:LRR.UN", "$0.0525" (twice), "$0.63", "an annualized basis" (a
    # rate), "4%", "79%", "3,214", "41 properties", "the 412-suite Parkview 1967 tower" (a
    # building named by a year), "416-555-2012", "Suite 2013" (an office number in a story
    # with 2013 annotated), "a statutory holiday", "after markets close", "may differ", the
    # table's column heads "Record date" and "Payment date".
    "larchmont-reit-monthly-distributions": (
        "2012-12-17",
        [
            ("January", "DATE", "2013-01"),
            ("February", "DATE", "2013-02"),
            ("March 2013", "DATE", "2013-03"),
            ("Dec. 17, 2012", "DATE", "2012-12-17"),
            ("today", "DATE", "2012-12-17"),
            ("monthly", "SET", "P1M"),
            ("January", "DATE", "2013-01"),
            ("February", "DATE", "2013-02"),
            ("March 2013", "DATE", "2013-03"),
            ("January 2013", "DATE", "2013-01"),
            ("January 31, 2013", "DATE", "2013-01-31"),
            ("February 15, 2013", "DATE", "2013-02-15"),
            ("February 2013", "DATE", "2013-02"),
            ("February 28, 2013", "DATE", "2013-02-28"),
            ("March 15, 2013", "DATE", "2013-03-15"),
            ("March 2013", "DATE", "2013-03"),
            ("March 28, 2013", "DATE", "2013-03-28"),
            ("April 15, 2013", "DATE", "2013-04-15"),
            ("March 29, 2013", "DATE", "2013-03-29"),
            ("Good Friday", "DATE", "2013-03-29"),
            ("March", "DATE", "2013-03"),
            ("one day", "DURATION", "P1D"),
            ("November 15", "DATE", "2012-11-15"),
            ("December 2012", "DATE", "2012-12"),
            ("January 15, 2013", "DATE", "2013-01-15"),
            ("December 31, 2012", "DATE", "2012-12-31"),
            ("Christmas", "DATE", "2012-12-25"),
            ("Boxing Day", "DATE", "2012-12-26"),
            ("Thursday, December 27, 2012", "DATE", "2012-12-27"),
            ("5:00 p.m.", "TIME", "2013-01-24T17:00"),
            ("January 24, 2013", "DATE", "2013-01-24"),
            ("January", "DATE", "2013-01"),
            ("every month", "SET", "P1M"),
            ("June 2004", "DATE", "2004-06"),
            ("the past five years", "DURATION", "P5Y"),
            ("May", "DATE", "2012-05"),
            ("the nine months", "DURATION", "P9M"),
            ("September 30, 2012", "DATE", "2012-09-30"),
            ("the fourth quarter", "DATE", "2012-Q4"),
            ("the full year", "DATE", "2012"),
            ("December 31, 2012", "DATE", "2012-12-31"),
            ("Wednesday, February 20, 2013", "DATE", "2013-02-20"),
            ("10:00 a.m. ET", "TIME", "2013-02-21T10:00"),
            ("the following day", "DATE", "2013-02-21"),
            ("quarterly", "SET", "P3M"),
        ],
    ),
    # Wednesday 2013-09-11 (ISO week 37), British product-launch release on a newswire:
    # headline ("on sale from 1 October"), deck ("today ... next Thursday"), embargo line
    # "EMBARGOED UNTIL 00:01 BST, Wednesday 11 September 2013" (TIME and DATE, the zone in the
    # span), "LEEDS, England, September 11, 2013 /Pennant Newswire/ --" dateline. "next
    # Thursday" in a Wednesday release is 2013-09-19, not tomorrow: the body's apposition
    # "next Thursday, 19 September" fixes it (two DATEs). "1 October" and "Tuesday 1 October
    # 2013" 2013-10-01. "its first week" DURATION P1W (an ordinal period of an event with the
    # possessive kept, gold_blind35, gold_blind38); "every 15 minutes" SET PT15M; "three
    # years" P3Y; "two hours before the family returns" PT2H (anchored, the duration alone).
    # "the winter of 2012-13" one span 2013-WI (gold_blind76, gold_blind103) and "the previous
    # winter" 2012-WI (2011-12, named by its January); "for years" PXY; "the end of 2014"
    # 2014. The show's demonstrations "at 11am and 3pm each day of the three-day show": the
    # hours of a recurring event XXXX-XX-XXT11:00 and T15:00 with the SET "each day" P1D
    # (gold_blind28, gold_blind103), "three-day" P3D. "before 31 October" 2013-10-31; "the
    # end of the year" 2013; "five-year" P5Y; "two years" P2Y and "up to two years" P2Y;
    # "November" 2013-11; "quarterly" SET P3M; "mid-October" 2013-10; "Sunday 27 October"
    # one span (the end of British Summer Time in 2013); "Christmas" 2013-12-25; "1986".
    # Not annotated: "Ember 365" (a product named by a count of days, six times),
    # "ember365.co.uk", "model EM365-2013", "0113 496 2013" (a phone number ending in the
    # year), "£179", "120,000", "400 homes", "14%", "£160", "20%", "230 people", "two AA
    # batteries", "84mm x 84mm", "for the first time", "the clocks going back", "ENDS".
    "hollyfield-ember-365-thermostat-launch": (
        "2013-09-11",
        [
            ("1 October", "DATE", "2013-10-01"),
            ("today", "DATE", "2013-09-11"),
            ("next Thursday", "DATE", "2013-09-19"),
            ("00:01 BST", "TIME", "2013-09-11T00:01"),
            ("Wednesday 11 September 2013", "DATE", "2013-09-11"),
            ("September 11, 2013", "DATE", "2013-09-11"),
            ("today", "DATE", "2013-09-11"),
            ("its first week", "DURATION", "P1W"),
            ("every 15 minutes", "SET", "PT15M"),
            ("Tuesday 1 October 2013", "DATE", "2013-10-01"),
            ("today", "DATE", "2013-09-11"),
            ("three years", "DURATION", "P3Y"),
            ("March 2010", "DATE", "2010-03"),
            ("two hours", "DURATION", "PT2H"),
            ("the winter of 2012-13", "DATE", "2013-WI"),
            ("the previous winter", "DATE", "2012-WI"),
            ("years", "DURATION", "PXY"),
            ("the end of 2014", "DATE", "2014"),
            ("next Thursday", "DATE", "2013-09-19"),
            ("19 September", "DATE", "2013-09-19"),
            ("11am", "TIME", "XXXX-XX-XXT11:00"),
            ("3pm", "TIME", "XXXX-XX-XXT15:00"),
            ("each day", "SET", "P1D"),
            ("three-day", "DURATION", "P3D"),
            ("31 October", "DATE", "2013-10-31"),
            ("the end of the year", "DATE", "2013"),
            ("five-year", "DURATION", "P5Y"),
            ("two years", "DURATION", "P2Y"),
            ("November", "DATE", "2013-11"),
            ("quarterly", "SET", "P3M"),
            ("mid-October", "DATE", "2013-10"),
            ("Sunday 27 October", "DATE", "2013-10-27"),
            ("Christmas", "DATE", "2013-12-25"),
            ("1986", "DATE", "1986"),
            ("up to two years", "DURATION", "P2Y"),
        ],
    ),
    # Friday 2015-02-27 (ISO week 9), Australian listed company's announcement of a completed
    # acquisition, header "ASX ANNOUNCEMENT" with date line "27 February 2015", headline,
    # "SYDNEY, 27 February 2015 /Austral Newswire/ --" dateline; financial year ending 30 June
    # (the results "for the six months to 31 December 2014" out on 18 February, "the four
    # months to 30 June 2015"), so "FY2015" and "the end of the financial year" FY2015 (July
    # 2014-June 2015), "FY2016", "FY2017" as written. "at 4.00pm AEDT today" TIME
    # 2015-02-27T16:00 and DATE; "two weeks ahead of the timetable" P2W (the size of a shift);
    # "on Tuesday" past 2015-02-24; "19 February" 2015-02-19; "by the end of March" 2015-03;
    # "in January" 2015-01; "until 27 August 2015, six months from today" -> the DATE and
    # "six months from today" one DATE span 2015-08-27 (like "a week from today",
    # gold_blind30); "12 months and 24 months after completion" P12M, P24M (anchored, the
    # durations alone); "the four months" P4M and "the six months" P6M with their dates
    # (gold_blind63, gold_blind74); "a decade" P10Y; "the summer" just ended, the southern
    # summer of 2014-15, 2015-SU (a southern summer takes the year of its January, gold_blind9,
    # gold_blind17); "from Monday" future 2015-03-02; "the next 18 months" P18M; the briefing
    # "at 11.00am AEDT on Tuesday 3 March 2015" TIME and DATE; "within 24 hours" PT24H;
    # "since 2006"; "weekly" SET P1W (a weekly service); "36 years" P36Y. Not annotated:
    # "ASX: TWL", "$86 million", "14 refrigerated warehouses", "310 trucks", "$61 million",
    # "$75 million", "9.2 million", "$2.72", "$8 million", "two instalments", "$38 million",
    # "$31 million to $33 million", "$3 million", "1800 555 079", "+61 2 5550 1979" (beside
    # "1979", annotated), "Passcode: 270215" (shaped like 27/02/15), "+61 2 5550 2015", "900
    # customers", "on completion", "after completion", "Completion" (events).
    "tallowood-coolabah-acquisition-completed": (
        "2015-02-27",
        [
            ("27 February 2015", "DATE", "2015-02-27"),
            ("27 February 2015", "DATE", "2015-02-27"),
            ("4.00pm AEDT", "TIME", "2015-02-27T16:00"),
            ("today", "DATE", "2015-02-27"),
            ("two weeks", "DURATION", "P2W"),
            ("8 December 2014", "DATE", "2014-12-08"),
            ("Tuesday", "DATE", "2015-02-24"),
            ("19 February", "DATE", "2015-02-19"),
            ("the end of March", "DATE", "2015-03"),
            ("1979", "DATE", "1979"),
            ("36 years", "DURATION", "P36Y"),
            ("January", "DATE", "2015-01"),
            ("27 August 2015", "DATE", "2015-08-27"),
            ("six months from today", "DATE", "2015-08-27"),
            ("12 months", "DURATION", "P12M"),
            ("24 months", "DURATION", "P24M"),
            ("FY2016", "DATE", "FY2016"),
            ("FY2017", "DATE", "FY2017"),
            ("1 March 2015", "DATE", "2015-03-01"),
            ("the four months", "DURATION", "P4M"),
            ("30 June 2015", "DATE", "2015-06-30"),
            ("FY2015", "DATE", "FY2015"),
            ("the six months", "DURATION", "P6M"),
            ("31 December 2014", "DATE", "2014-12-31"),
            ("18 February", "DATE", "2015-02-18"),
            ("the end of the financial year", "DATE", "FY2015"),
            ("a decade", "DURATION", "P10Y"),
            ("the summer", "DATE", "2015-SU"),
            ("Monday", "DATE", "2015-03-02"),
            ("the next 18 months", "DURATION", "P18M"),
            ("11.00am AEDT", "TIME", "2015-03-03T11:00"),
            ("Tuesday 3 March 2015", "DATE", "2015-03-03"),
            ("24 hours", "DURATION", "PT24H"),
            ("2006", "DATE", "2006"),
            ("weekly", "SET", "P1W"),
        ],
    ),
    # Thursday 2014-09-25 (ISO week 39), Irish company's webinar invitation on a newswire,
    # headline, deck ("Free 45-minute session on Tuesday, 14 October"), "DUBLIN, Ireland, Sept.
    # 25, 2014 (EMERALD NEWSWIRE) --" dateline, an agenda box. "IST" is Irish Summer Time
    # (Ireland keeps summer time until 26 October 2014); each clock time is valued in its own
    # zone on its own day: "3:00 p.m. IST (10:00 a.m. EDT / 7:00 a.m. PDT)" 2014-10-14T15:00,
    # T10:00, T07:00; the repeat "at 9:00 a.m. AEDT on Wednesday, 15 October (11:00 p.m. IST
    # on Tuesday, 14 October)" 2014-10-15T09:00 and 2014-10-14T23:00 with their DATEs
    # (gold_blind7's "11:40 p.m. Pacific time Tuesday (2:40 a.m. Eastern time on
    # Wednesday)"); the agenda's "3:00 p.m." to "3:35 p.m." TIMEs on 2014-10-14 and their
    # "(5 minutes)" etc. DURATIONs. "open now" PRESENT_REF; "at noon on Monday, 13 October"
    # 2014-10-13T12:00 and DATE; "for six months" P6M. "the company's monthly close" SET P1M
    # (a close made every month, like "monthly leak surveys", gold_blind35); "from almost
    # three weeks to five days" P3W, P5D; "during 2013"; "Corrib's 2014 close survey" 2014
    # (adjectival year); "in June and July" 2014-06, 2014-07 (past); "11 days", "nine days";
    # "each month" SET P1M; "more than 60 days" P60D; "its 2013 annual accounts" -> "2013"
    # only. "in 20 years" P20Y (the period of "hasn't changed"); "the third quarter ending
    # next Tuesday" -> 2014-Q3 (calendar) and "next Tuesday" 2014-09-30, the nearest coming
    # Tuesday, which the quarter's end confirms; "budgets for 2015"; "within weeks" PXW;
    # "last year" 2013; "the past 12 months" P12M. Not annotated: "annual" in "annual
    # accounts" (names the period the accounts cover, like "its usual monthly total",
    # gold_blind103), "The quarter-end crunch" (a kind), "Where the days go" (a talk title),
    # "corrib.ie/webinar-1410" (shaped like 14/10), "+353 1 555 2014", "500 per session",
    # "212 finance teams", "one in four", "340 companies", "19 countries", "2.6 million",
    # "on demand", "Agenda (Irish time)".
    "corrib-analytics-month-end-webinar": (
        "2014-09-25",
        [
            ("45-minute", "DURATION", "PT45M"),
            ("Tuesday, 14 October", "DATE", "2014-10-14"),
            ("Sept. 25, 2014", "DATE", "2014-09-25"),
            ("today", "DATE", "2014-09-25"),
            ("Tuesday, 14 October 2014", "DATE", "2014-10-14"),
            ("3:00 p.m. IST", "TIME", "2014-10-14T15:00"),
            ("10:00 a.m. EDT", "TIME", "2014-10-14T10:00"),
            ("7:00 a.m. PDT", "TIME", "2014-10-14T07:00"),
            ("9:00 a.m. AEDT", "TIME", "2014-10-15T09:00"),
            ("Wednesday, 15 October", "DATE", "2014-10-15"),
            ("11:00 p.m. IST", "TIME", "2014-10-14T23:00"),
            ("Tuesday, 14 October", "DATE", "2014-10-14"),
            ("now", "DATE", "PRESENT_REF"),
            ("noon", "TIME", "2014-10-13T12:00"),
            ("Monday, 13 October", "DATE", "2014-10-13"),
            ("six months", "DURATION", "P6M"),
            ("monthly", "SET", "P1M"),
            ("almost three weeks", "DURATION", "P3W"),
            ("five days", "DURATION", "P5D"),
            ("2013", "DATE", "2013"),
            ("3:00 p.m.", "TIME", "2014-10-14T15:00"),
            ("5 minutes", "DURATION", "PT5M"),
            ("3:05 p.m.", "TIME", "2014-10-14T15:05"),
            ("2014", "DATE", "2014"),
            ("15 minutes", "DURATION", "PT15M"),
            ("3:20 p.m.", "TIME", "2014-10-14T15:20"),
            ("15 minutes", "DURATION", "PT15M"),
            ("3:35 p.m.", "TIME", "2014-10-14T15:35"),
            ("10 minutes", "DURATION", "PT10M"),
            ("June", "DATE", "2014-06"),
            ("July", "DATE", "2014-07"),
            ("11 days", "DURATION", "P11D"),
            ("each month", "SET", "P1M"),
            ("nine days", "DURATION", "P9D"),
            ("2011", "DATE", "2011"),
            ("more than 60 days", "DURATION", "P60D"),
            ("2013", "DATE", "2013"),
            ("20 years", "DURATION", "P20Y"),
            ("the third quarter", "DATE", "2014-Q3"),
            ("next Tuesday", "DATE", "2014-09-30"),
            ("2015", "DATE", "2015"),
            ("weeks", "DURATION", "PXW"),
            ("2008", "DATE", "2008"),
            ("last year", "DATE", "2013"),
            ("the past 12 months", "DURATION", "P12M"),
        ],
    ),
    # Saturday 2015-10-17 (ISO week 42), Indian IT company's quarterly results release on a
    # newswire, headline, "PUNE, India, October 17, 2015 /Sahyadri Newswire/ --" dateline;
    # April-March fiscal year, named by the year it ends (gold_blind9, gold_blind63): "fiscal
    # 2016" and "FY16" FY2016, "Q2 FY16", "the second quarter of fiscal 2016", "the quarter"
    # and "the end of the quarter" FY2016-Q2 (July-September 2015), "the July-September
    # quarter" the calendar 2015-Q3 and "the October-December quarter" 2015-Q4 (quarters named
    # by months keep calendar values, gold_blind63, gold_blind74); "Y-o-Y" (headline) and
    # "year-on-year" (twice) the period compared with, FY2015-Q2, "quarter-on-quarter"
    # FY2016-Q1 (gold_blind63); "a year earlier" after "the six months ended September 30,
    # 2015" (a fiscal half has no value) the fiscal year before, FY2015 (gold_blind63). "the
    # three months ended September 30, 2015" P3M plus DATE (gold_blind38). "earlier today"
    # 2015-10-17. "trailing twelve-month" P12M (adjectival). "five-year" P5Y; "September 29"
    # past; "its third new centre in 18 months" P18M (the period of an ordinal count). Record
    # date "Friday, October 30, 2015" one span; "on or after November 9, 2015" the DATE;
    # "Diwali, which falls on November 11 this year" -> "Diwali" 2015-11-11 (Lakshmi Puja,
    # 11 November 2015), "November 11", "this year" 2015. "the last two quarters" P2Q
    # (gold_blind85's "the past six quarters" P6Q); "July 16" past; "the class of 2016" 2016;
    # "the first quarter of FY17" FY2017-Q1; "Annual salary increases" SET P1Y (a yearly
    # round, like "annual wage talks", gold_blind39); "effective April 1" 2015-04-01 (past,
    # the effective date a signal); "in the first quarter" FY2016-Q1; "January 1, 2016". The
    # call "on Monday, October 19, 2015 at 4:30 p.m. IST (7:00 a.m. US Eastern Time)" -> DATE,
    # T16:30 and T07:00 (India Standard Time UTC+5:30, EDT UTC-4); "within 48 hours" PT48H;
    # "1991". Not annotated: "₹412 crore" (twice), "BSE: 532019", "NSE: KAVERI", "₹2,946
    # crore", "3.1%", "11.8%", "14.2%", "21.4%", "23,418", "1,207", "15.6%", "₹5,803 crore",
    # "10.9%", "$180 million", "₹6", "₹5", "10-12%", "2,140", "180 clients", "14 delivery
    # centres", "+91 20 5555 2016" (a phone number ending in a year annotated before it),
    # "its third new centre" (an ordinal), "interim", "constant currency", "may cause".
    "kaveri-infosystems-q2-fy16-results": (
        "2015-10-17",
        [
            ("Q2 FY16", "DATE", "FY2016-Q2"),
            ("Y-o-Y", "DATE", "FY2015-Q2"),
            ("October 17, 2015", "DATE", "2015-10-17"),
            ("today", "DATE", "2015-10-17"),
            ("the second quarter of fiscal 2016", "DATE", "FY2016-Q2"),
            ("the three months", "DURATION", "P3M"),
            ("September 30, 2015", "DATE", "2015-09-30"),
            ("earlier today", "DATE", "2015-10-17"),
            ("the July-September quarter", "DATE", "2015-Q3"),
            ("quarter-on-quarter", "DATE", "FY2016-Q1"),
            ("year-on-year", "DATE", "FY2015-Q2"),
            ("year-on-year", "DATE", "FY2015-Q2"),
            ("the end of the quarter", "DATE", "FY2016-Q2"),
            ("June 30, 2015", "DATE", "2015-06-30"),
            ("twelve-month", "DURATION", "P12M"),
            ("the six months", "DURATION", "P6M"),
            ("September 30, 2015", "DATE", "2015-09-30"),
            ("a year earlier", "DATE", "FY2015"),
            ("the quarter", "DATE", "FY2016-Q2"),
            ("five-year", "DURATION", "P5Y"),
            ("September 29", "DATE", "2015-09-29"),
            ("18 months", "DURATION", "P18M"),
            ("FY16", "DATE", "FY2016"),
            ("Friday, October 30, 2015", "DATE", "2015-10-30"),
            ("November 9, 2015", "DATE", "2015-11-09"),
            ("Diwali", "DATE", "2015-11-11"),
            ("November 11", "DATE", "2015-11-11"),
            ("this year", "DATE", "2015"),
            ("the last two quarters", "DURATION", "P2Q"),
            ("the October-December quarter", "DATE", "2015-Q4"),
            ("FY16", "DATE", "FY2016"),
            ("July 16", "DATE", "2015-07-16"),
            ("2016", "DATE", "2016"),
            ("the first quarter of FY17", "DATE", "FY2017-Q1"),
            ("Annual", "SET", "P1Y"),
            ("April 1", "DATE", "2015-04-01"),
            ("the first quarter", "DATE", "FY2016-Q1"),
            ("January 1, 2016", "DATE", "2016-01-01"),
            ("Monday, October 19, 2015", "DATE", "2015-10-19"),
            ("4:30 p.m. IST", "TIME", "2015-10-19T16:30"),
            ("7:00 a.m. US Eastern Time", "TIME", "2015-10-19T07:00"),
            ("48 hours", "DURATION", "PT48H"),
            ("1991", "DATE", "1991"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
