"""Annotations of blind gold set 556, chosen by hand before the tagger ran.

    python tests/data/gold_blind556/annotate.py [--show]

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
    # Wednesday 2017-07-26 (ISO week 30), British daily's online business story on a
    # calendar-year packaging group's interim results: section label, headline, standfirst,
    # byline, date line "Wednesday 26 July 2017 07.52 BST" (one DATE span with its weekday and
    # the clock time a TIME, the zone in the span, gold_blind63, gold_blind74). The financial
    # year follows the calendar, so halves and "full-year" take calendar values (gold_blind74's
    # engineer): headline "first-half" and "the first half of the year" 2017-H1, the
    # standfirst's "the second half" and "The second half" 2017-H2, "full-year" 2017, the
    # analyst's "2017" 2017, "next year" and the standfirst's "2018" 2018. "on Wednesday" the
    # publication day. "a strong March" -> "March" 2017-03 (head noun); "Easter falling in
    # April this year" -> "Easter" 2017-04-16, "April" 2017-04, "this year" 2017. "the six
    # months to 30 June" -> DURATION P6M plus 2017-06-30; "a year earlier" after it 2016-H1: the
    # six months are exactly the calendar first half, so the period compared with is the half
    # a year before (see README). Dividend dates, all future: ex-dividend "7 September"
    # 2017-09-07, paid "6 October" 2017-10-06, register "8 September" 2017-09-08. "the first
    # three weeks of July" -> P3W plus 2017-07 (like "the first seven weeks of the new financial
    # year", gold_blind74). "the AGM on 11 May" 2017-05-11 (past). "the run-up to Christmas" ->
    # "Christmas" 2017-12-25. "the past 12 months" P12M; "every quarter" SET P3M, "once a year"
    # SET P1Y; "the end of March" ahead 2018-03; "March 2016" 2016-03; "by a further 12 months"
    # P12M; "the end of July 2018" 2018-07; "opened in February" 2017-02; "from September"
    # 2017-09; "the end of the decade" 201 (gold_blind74); "Last year" 2016; "January 2016";
    # "by 9am" and "at 9.30am" clock times on the publication day; "founded in 1964". Not
    # annotated: "interim dividend", "ex-dividend", "AGM", "the City", "FTSE 250", "Pack 2020"
    # (a programme, beside "the end of the decade"), "thornburyplc.com/results/2017-h1" (a half
    # and a year inside a web address), "so far", "around the clock", "£48.6m", "£42.6m",
    # "£412m", "4.4p", "4p", "38p", "1,216p", "£50m", "£31m", "£6m", "£97m", "£93m", "£88.4m",
    # "a fifth", "almost a third", "two-thirds", "4,100 people", "23 sites", percentages.
    "thornbury-packaging-interim-dividend": (
        "2017-07-26",
        [
            ("first-half", "DATE", "2017-H1"),
            ("the second half", "DATE", "2017-H2"),
            ("2018", "DATE", "2018"),
            ("Wednesday 26 July 2017", "DATE", "2017-07-26"),
            ("07.52 BST", "TIME", "2017-07-26T07:52"),
            ("Wednesday", "DATE", "2017-07-26"),
            ("the first half of the year", "DATE", "2017-H1"),
            ("March", "DATE", "2017-03"),
            ("Easter", "DATE", "2017-04-16"),
            ("April", "DATE", "2017-04"),
            ("this year", "DATE", "2017"),
            ("the six months", "DURATION", "P6M"),
            ("30 June", "DATE", "2017-06-30"),
            ("a year earlier", "DATE", "2016-H1"),
            ("7 September", "DATE", "2017-09-07"),
            ("6 October", "DATE", "2017-10-06"),
            ("8 September", "DATE", "2017-09-08"),
            ("the first three weeks", "DURATION", "P3W"),
            ("July", "DATE", "2017-07"),
            ("full-year", "DATE", "2017"),
            ("11 May", "DATE", "2017-05-11"),
            ("The second half", "DATE", "2017-H2"),
            ("Christmas", "DATE", "2017-12-25"),
            ("the past 12 months", "DURATION", "P12M"),
            ("next year", "DATE", "2018"),
            ("every quarter", "SET", "P3M"),
            ("once a year", "SET", "P1Y"),
            ("the end of March", "DATE", "2018-03"),
            ("March 2016", "DATE", "2016-03"),
            ("12 months", "DURATION", "P12M"),
            ("the end of July 2018", "DATE", "2018-07"),
            ("February", "DATE", "2017-02"),
            ("September", "DATE", "2017-09"),
            ("the end of the decade", "DATE", "201"),
            ("2017", "DATE", "2017"),
            ("Last year", "DATE", "2016"),
            ("January 2016", "DATE", "2016-01"),
            ("9am", "TIME", "2017-07-26T09:00"),
            ("9.30am", "TIME", "2017-07-26T09:30"),
            ("1964", "DATE", "1964"),
        ],
    ),
    # Saturday 2018-10-20 (ISO week 42), Indian business paper's website story on an IT firm's
    # buyback and second-quarter results: section label, headline, stamp "Updated: Oct 20,
    # 2018, 05.48 AM IST" (DATE and TIME, gold_blind74), byline "By Our Bureau", "HARIPURAM:"
    # dateline. April-March financial year: headline "Q2" and "the second quarter of FY19"
    # FY2019-Q2, "the September quarter" its calendar name 2018-Q3 (gold_blind63, gold_blind74);
    # "year-on-year" and "the year-ago quarter" FY2018-Q2; "Quarter-on-quarter" the quarter
    # before, FY2019-Q1 (gold_blind63); "the current fiscal" and "2018-19" FY2019; "FY18"
    # FY2018; "the five years to FY23" -> DURATION P5Y plus FY2023. The board met "on Friday"
    # 2018-10-19 (four times, with "Friday's closing price" and "ended ... on Friday"), the
    # filing "at 6.12 pm on Friday" 2018-10-19T18:12, the press conference "on Friday evening"
    # 2018-10-19TEV. Future: record date "November 2" 2018-11-02, "the end of December"
    # 2018-12, "by March" 2019-03, interim dividend record date "October 31" 2018-10-31, paid
    # "on or before November 9" 2018-11-09 ("on or before" a signal). Past: "December 2016",
    # "since July" 2018-07, the 52-week high "on September 3" 2018-09-03, "since we listed in
    # 2006". "less than two years" P2Y; "the last six months" P6M; "nearly four hours" PT4H;
    # "a trailing 12-month basis" -> "12-month" DURATION P12M (an adjectival duration); "a year
    # ago" 2017 (the unit's granularity, gold_blind33); "this year" 2018; "52-week" P52W; "the
    # next few months" PXM. Not annotated: "earlier" in "from 10-12 per cent earlier" (an
    # adverb with no anchor of its own), "after market hours", "the record date", "interim
    # dividend", "ISO 27001:2013" (a standard holding a year), "24x7" (an idiom like "around the
    # clock"), "₹2,400-crore", "1.6 crore", "₹1,500", "₹1,239.60", "₹412.7 crore", "₹2,918
    # crore", "₹38 crore", "₹1,800 crore", "₹1,100", "₹2,900 crore", "₹8", "₹1,318", "4,000
    # freshers", "9,000 engineers", "42 countries", "12-13 per cent", "10-12 per cent", "the BSE",
    # "the Sensex", percentages.
    "vedanth-tech-buyback-q2-results": (
        "2018-10-20",
        [
            ("Q2", "DATE", "FY2019-Q2"),
            ("Oct 20, 2018", "DATE", "2018-10-20"),
            ("05.48 AM IST", "TIME", "2018-10-20T05:48"),
            ("Friday", "DATE", "2018-10-19"),
            ("less than two years", "DURATION", "P2Y"),
            ("6.12 pm", "TIME", "2018-10-19T18:12"),
            ("Friday", "DATE", "2018-10-19"),
            ("November 2", "DATE", "2018-11-02"),
            ("the end of December", "DATE", "2018-12"),
            ("Friday", "DATE", "2018-10-19"),
            ("the September quarter", "DATE", "2018-Q3"),
            ("the second quarter of FY19", "DATE", "FY2019-Q2"),
            ("year-on-year", "DATE", "FY2018-Q2"),
            ("Quarter-on-quarter", "DATE", "FY2019-Q1"),
            ("the year-ago quarter", "DATE", "FY2018-Q2"),
            ("the current fiscal", "DATE", "FY2019"),
            ("December 2016", "DATE", "2016-12"),
            ("FY18", "DATE", "FY2018"),
            ("the last six months", "DURATION", "P6M"),
            ("2006", "DATE", "2006"),
            ("Friday evening", "TIME", "2018-10-19TEV"),
            ("nearly four hours", "DURATION", "PT4H"),
            ("March", "DATE", "2019-03"),
            ("July", "DATE", "2018-07"),
            ("12-month", "DURATION", "P12M"),
            ("a year ago", "DATE", "2017"),
            ("2018-19", "DATE", "FY2019"),
            ("October 31", "DATE", "2018-10-31"),
            ("November 9", "DATE", "2018-11-09"),
            ("the five years", "DURATION", "P5Y"),
            ("FY23", "DATE", "FY2023"),
            ("Friday", "DATE", "2018-10-19"),
            ("this year", "DATE", "2018"),
            ("52-week", "DURATION", "P52W"),
            ("September 3", "DATE", "2018-09-03"),
            ("the next few months", "DURATION", "PXM"),
        ],
    ),
    # Thursday 2018-11-15 (ISO week 46), Australian business website story on a retailer's AGM
    # downgrade: section label, headline, byline, stamps "Nov 15, 2018 — 12.58pm" and
    # "Updated Nov 15, 2018 — 4.41pm" (two DATEs and two TIMEs; no zone written, Melbourne
    # time). July-June financial year: "FY19", "full-year" and "the end of the financial year"
    # FY2019 (the end valued as the period it ends, like "the end of the calendar year",
    # gold_blind74); "FY18, which ended on 30 June" FY2018 plus 2018-06-30; "FY20" FY2020. "the
    # half-year to 31 December" (twice "the half-year") 2018-H2 plus 2018-12-31 and "the prior
    # corresponding period" (twice) 2017-H2, as decided in gold_blind74 (July-December is the
    # calendar second half). "the first 19 weeks of FY19" -> DURATION P19W plus FY2019, and "a
    # year earlier" after that stretch the fiscal year before, FY2018 (gold_blind63). The
    # southern "spring" (headline and "a dry spring") is September-November 2018, 2018-SP,
    # valued in the year it falls in (gold_blind68, gold_blind88, gold_blind103's "winter").
    # "Melbourne Cup day", the first Tuesday of November, 2018-11-06 (gold_blind83). "the
    # October long weekend" (NSW Labour Day, Monday 1 October 2018) is the ISO weekend of its
    # Saturday, 29 September, 2018-W39-WE (gold_blind9, gold_blind103). Past: "the driest
    # September" 2018-09 (head noun), "October was flat" 2018-10, "since March" 2018-03, the
    # final dividend "on 28 September" 2018-09-28, "since August 2016". Future: "reports on 19
    # February" 2019-02-19, "next week" 2018-W47, "a wet December" -> "December" 2018-12,
    # "expires on 4 December" 2018-12-04, "the March quarter" 2019-Q1 (calendar name), "the
    # 2019 AGM" -> "2019" (an adjectival year, gold_blind74's "the 2014 AGM"). "the next six
    # weeks" P6W; "the past three months" P3M; "every six months" SET P6M; "nine years" P9Y;
    # "10.30am AEDT" 2018-11-15T10:30; "in 1946". Not annotated: "13pc", "15 per cent", "AGM",
    # "on record" (idiom), "a first strike", "a second strike", "board spill vote", "S&P/ASX
    # 200", "ASX: WGV", "$75 million", "$52 million", "$41 million", "$44 million", "$48.9
    # million", "$96.2 million", "11.5 cents", "$3.12", "67" (an age), "212 stores", "9,400
    # people", percentages.
    "wattlegrove-agm-dry-spring-downgrade": (
        "2018-11-15",
        [
            ("spring", "DATE", "2018-SP"),
            ("Nov 15, 2018", "DATE", "2018-11-15"),
            ("12.58pm", "TIME", "2018-11-15T12:58"),
            ("Nov 15, 2018", "DATE", "2018-11-15"),
            ("4.41pm", "TIME", "2018-11-15T16:41"),
            ("Thursday", "DATE", "2018-11-15"),
            ("the half-year", "DATE", "2018-H2"),
            ("31 December", "DATE", "2018-12-31"),
            ("the prior corresponding period", "DATE", "2017-H2"),
            ("spring", "DATE", "2018-SP"),
            ("Melbourne Cup day", "DATE", "2018-11-06"),
            ("the first 19 weeks", "DURATION", "P19W"),
            ("FY19", "DATE", "FY2019"),
            ("a year earlier", "DATE", "FY2018"),
            ("the October long weekend", "DATE", "2018-W39-WE"),
            ("September", "DATE", "2018-09"),
            ("October", "DATE", "2018-10"),
            ("the half-year", "DATE", "2018-H2"),
            ("the prior corresponding period", "DATE", "2017-H2"),
            ("full-year", "DATE", "FY2019"),
            ("19 February", "DATE", "2019-02-19"),
            ("FY18", "DATE", "FY2018"),
            ("30 June", "DATE", "2018-06-30"),
            ("the next six weeks", "DURATION", "P6W"),
            ("10.30am AEDT", "TIME", "2018-11-15T10:30"),
            ("next week", "DATE", "2018-W47"),
            ("December", "DATE", "2018-12"),
            ("4 December", "DATE", "2018-12-04"),
            ("March", "DATE", "2018-03"),
            ("28 September", "DATE", "2018-09-28"),
            ("every six months", "SET", "P6M"),
            ("August 2016", "DATE", "2016-08"),
            ("the past three months", "DURATION", "P3M"),
            ("FY19", "DATE", "FY2019"),
            ("FY20", "DATE", "FY2020"),
            ("the March quarter", "DATE", "2019-Q1"),
            ("2019", "DATE", "2019"),
            ("nine years", "DURATION", "P9Y"),
            ("the end of the financial year", "DATE", "FY2019"),
            ("1946", "DATE", "1946"),
        ],
    ),
    # Tuesday 2019-11-12 (ISO week 46), US regional paper's website business story on a
    # lab-equipment maker's fiscal fourth quarter: section label, headline, byline with the
    # paper's name, stamp "Published 6:02 a.m. CT Nov. 12, 2019" (TIME then DATE),
    # "GRANVILLE FALLS, Wis. —" dateline. Fiscal year ending on the last Saturday of September:
    # the year just reported ended Sept. 28, 2019, and is FY2019 ("fiscal 2019" three times);
    # headline and body "fourth-quarter", "its fiscal fourth quarter" (possessive kept,
    # gold_blind38) and "the quarter ended Sept. 28" FY2019-Q4 plus 2019-09-28; "a year earlier"
    # FY2018-Q4. "fiscal 2020 began Sept. 29 and ends Sept. 26, 2020" FY2020 plus 2019-09-29
    # and 2020-09-26; "this fiscal year" the one now running, FY2020. "calendar 2020" 2020 (one
    # span, gold_blind74); "this year" 2019. Results "said Monday" 2019-11-11, "at 4:05 p.m. ET"
    # that day, "after-hours trading Monday", "a conference call Monday afternoon"
    # 2019-11-11TAF; "Veterans Day" 2019-11-11 (a holiday on its day). Past months "August",
    # "September", "October" of 2019, "since September 2018", "February 2017", "since 2008",
    # "in 1987", "launched in the spring" 2019-SP; Pellwood's "full-year" (no fiscal year given)
    # 2019 and "last week" 2019-W45. Future: "payable Dec. 13" 2019-12-13, "of record Nov. 29"
    # 2019-11-29 ("payable" and "of record" signals, gold_blind74), "Feb. 20" 2020-02-20, "Jan.
    # 28" 2020-01-28, replay "until Nov. 26" 2019-11-26. "quarterly dividend" SET P3M twice
    # (gold_blind63), "every quarter" SET P3M; "the next 12 months" P12M. Not annotated: "the
    # 11th time" (a count), "after the market closed", "after-hours" beyond "Monday", "no
    # expiration date", "M-2020 analyzer" (a model, in a story with "fiscal 2020"),
    # "1-877-555-2019" (a phone number, in a 2019 story), "MRLW", "FactLine", "58" (an age),
    # "$400 million", "$61.4 million", "$1.12", "93 cents", "$588 million", "$1.04", "$575
    # million", "$131.20", "$125.19", "$2.21 billion", "$4.55 to $4.70", "$4.48", "$9 million",
    # "$14 million", "$150 million", "2 cents", "38 cents", "$250 million", "$30 million",
    # "6,200 people", percentages.
    "marlow-instruments-fiscal-fourth-quarter": (
        "2019-11-12",
        [
            ("fourth-quarter", "DATE", "FY2019-Q4"),
            ("6:02 a.m. CT", "TIME", "2019-11-12T06:02"),
            ("Nov. 12, 2019", "DATE", "2019-11-12"),
            ("Monday", "DATE", "2019-11-11"),
            ("its fiscal fourth quarter", "DATE", "FY2019-Q4"),
            ("quarterly", "SET", "P3M"),
            ("2008", "DATE", "2008"),
            ("the quarter", "DATE", "FY2019-Q4"),
            ("Sept. 28", "DATE", "2019-09-28"),
            ("a year earlier", "DATE", "FY2018-Q4"),
            ("4:05 p.m. ET", "TIME", "2019-11-11T16:05"),
            ("Monday", "DATE", "2019-11-11"),
            ("this year", "DATE", "2019"),
            ("fiscal 2019", "DATE", "FY2019"),
            ("fiscal 2020", "DATE", "FY2020"),
            ("Sept. 29", "DATE", "2019-09-29"),
            ("Sept. 26, 2020", "DATE", "2020-09-26"),
            ("August", "DATE", "2019-08"),
            ("September", "DATE", "2019-09"),
            ("calendar 2020", "DATE", "2020"),
            ("October", "DATE", "2019-10"),
            ("fiscal 2019", "DATE", "FY2019"),
            ("Monday afternoon", "TIME", "2019-11-11TAF"),
            ("September 2018", "DATE", "2018-09"),
            ("fiscal 2019", "DATE", "FY2019"),
            ("this fiscal year", "DATE", "FY2020"),
            ("the next 12 months", "DURATION", "P12M"),
            ("quarterly", "SET", "P3M"),
            ("Dec. 13", "DATE", "2019-12-13"),
            ("Nov. 29", "DATE", "2019-11-29"),
            ("every quarter", "SET", "P3M"),
            ("1987", "DATE", "1987"),
            ("February 2017", "DATE", "2017-02"),
            ("Veterans Day", "DATE", "2019-11-11"),
            ("full-year", "DATE", "2019"),
            ("last week", "DATE", "2019-W45"),
            ("Feb. 20", "DATE", "2020-02-20"),
            ("Jan. 28", "DATE", "2020-01-28"),
            ("the spring", "DATE", "2019-SP"),
            ("fourth-quarter", "DATE", "FY2019-Q4"),
            ("Nov. 26", "DATE", "2019-11-26"),
        ],
    ),
    # Friday 2019-05-24 (ISO week 21), British daily website's London market close report:
    # label "Markets report", headline, byline "Business desk", date line "Friday 24 May 2019
    # 17.41 BST". The headline's bare "week" ("ends week lower", a headline without its article,
    # like the headline "second half" of gold_blind38) and "on the week" and "this week" are
    # the current week 2019-W21 (gold_blind30, gold_blind38); "Next week" 2019-W22 and "a
    # four-day week" -> "four-day" DURATION P4D (gold_blind30's "four-day trading week"). "the
    # spring bank holiday on Monday" -> the holiday with its determiner and "Monday", both
    # 2019-05-27 (gold_blind56). Clock times on the day of the report: "opened at 8am", "at
    # 4.35pm", "by 5pm"; "8am on Tuesday" 2019-05-28T08:00 and "Tuesday". "now" PRESENT_REF;
    # "the seven-month high" -> "seven-month" P7M (like "the 52-week high"); "on 3 May"
    # 2019-05-03; "the start of the year" and "year to date" 2019 (gold_blind30, gold_blind23);
    # results "due on Tuesday" 2019-05-28 (future) postponed "to 11 June" 2019-06-11; "the
    # second half of last year" one span 2018-H2; "since March" 2019-03; "the 20 weeks since 1
    # January" P20W plus 2019-01-01; "the same weeks of 2018" -> "2018" only (a stretch of weeks
    # without a value shape); Kestrel's year ends on 30 June, so its "full-year" is FY2019 and
    # "30 June" 2019-06-30; "twice a year" SET P1Y; "in November" 2019-11; "since October 2016";
    # "since early January" 2019-01; "a third straight week" DURATION P1W (gold_blind23); "on 20
    # June" 2019-06-20; "July delivery" 2019-07 (gold_blind6, gold_blind38); "its steepest fall
    # in six months" P6M (the period of a superlative); "the past month" P1M; "recent weeks"
    # PAST_REF; Corvane's "first-quarter" (no fiscal year given) 2019-Q1 (gold_blind38);
    # "Wednesday" 2019-05-29 and "Thursday" 2019-05-30 ahead. Not annotated:
    # "ex-dividend", "the closing auction", "a daily average" (a rate), "trading update", "more
    # time", "FTSE 100", "FTSE 250", "7,216.07", "19,405.34", "2,019p" (a share price, in a 2019
    # story), "21.4 points", "9 points", "$1.2605", "$67.90", "25p", "3.1bn", "4.4bn", "the Dow",
    # "Wall Street", "the Bank of England" beyond its date, percentages.
    "london-close-rexford-kestrel-bank-holiday": (
        "2019-05-24",
        [
            ("week", "DATE", "2019-W21"),
            ("Friday 24 May 2019", "DATE", "2019-05-24"),
            ("17.41 BST", "TIME", "2019-05-24T17:41"),
            ("Friday", "DATE", "2019-05-24"),
            ("the week", "DATE", "2019-W21"),
            ("the spring bank holiday", "DATE", "2019-05-27"),
            ("Monday", "DATE", "2019-05-27"),
            ("8am", "TIME", "2019-05-24T08:00"),
            ("4.35pm", "TIME", "2019-05-24T16:35"),
            ("now", "DATE", "PRESENT_REF"),
            ("seven-month", "DURATION", "P7M"),
            ("3 May", "DATE", "2019-05-03"),
            ("the start of the year", "DATE", "2019"),
            ("year to date", "DATE", "2019"),
            ("Tuesday", "DATE", "2019-05-28"),
            ("11 June", "DATE", "2019-06-11"),
            ("the second half of last year", "DATE", "2018-H2"),
            ("March", "DATE", "2019-03"),
            ("the 20 weeks", "DURATION", "P20W"),
            ("1 January", "DATE", "2019-01-01"),
            ("2018", "DATE", "2018"),
            ("full-year", "DATE", "FY2019"),
            ("30 June", "DATE", "2019-06-30"),
            ("twice a year", "SET", "P1Y"),
            ("November", "DATE", "2019-11"),
            ("October 2016", "DATE", "2016-10"),
            ("early January", "DATE", "2019-01"),
            ("a third straight week", "DURATION", "P1W"),
            ("20 June", "DATE", "2019-06-20"),
            ("July", "DATE", "2019-07"),
            ("six months", "DURATION", "P6M"),
            ("5pm", "TIME", "2019-05-24T17:00"),
            ("the past month", "DURATION", "P1M"),
            ("this week", "DATE", "2019-W21"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("Next week", "DATE", "2019-W22"),
            ("four-day", "DURATION", "P4D"),
            ("first-quarter", "DATE", "2019-Q1"),
            ("Wednesday", "DATE", "2019-05-29"),
            ("Thursday", "DATE", "2019-05-30"),
            ("8am", "TIME", "2019-05-28T08:00"),
            ("Tuesday", "DATE", "2019-05-28"),
        ],
    ),
    # Monday 2016-05-30 (ISO week 22), Indian news agency's business wire on a cement maker's
    # fourth-quarter results: headline, stamp "Published: 30 May 2016 18:47 IST" (DATE and
    # TIME), dated dateline "MANGALPUR, May 30 (NBW)" (a DATE of its own, the day of the
    # results, like "SURANAGAR, April 20:" in gold_blind74). April-March financial year:
    # headline "Q4" and "the quarter ended March 31, 2016" FY2016-Q4 plus 2016-03-31; "the same
    # quarter of 2014-15" one span FY2015-Q4 (like "the same quarter of the previous fiscal",
    # gold_blind63); "Quarter-on-quarter" the quarter before, FY2016-Q3 (gold_blind63); "the
    # financial year 2015-16" one span FY2016 (gold_blind49) and "FY16" FY2016; "the previous
    # fiscal" FY2015; "the current fiscal" and "FY17" FY2017, "The first two months of FY17"
    # DURATION P2M plus FY2017 (gold_blind51); "by FY18" FY2018. "on Monday" (twice) the
    # publication day; "on Saturday last" the most recent Saturday, 2016-05-28, one span
    # (gold_blind9, gold_blind49); "touched a record high ... on Friday" 2016-05-27. Clock
    # times of the day: "at 2.50 pm", "at 5 pm". "against Rs 7 a year ago" 2015 (the unit's
    # granularity, gold_blind74's calendar values in fiscal stories). AGM "on August 12"
    # 2016-08-12, record date "August 5", book closure "from August 6 to August 12" (two DATEs,
    # "from"/"to" signals); "within 30 days of the AGM" -> P30D (a duration anchored to an
    # event). "since April" 2016-04; "by December" 2016-12; "about six months behind
    # schedule" P6M (the size of a delay, gold_blind28); "over three years" P3Y; "by June-end"
    # 2016-06 (like "July-end", gold_blind49); "the last three months" P3M; "set up in 1979
    # and listed in 1995"; "every year since 2002" SET P1Y plus 2002. Not annotated: "a normal
    # monsoon" (a weather season of no calendar unit, gold_blind22, gold_blind49), "per
    # annum" and "MTPA" (rates), "both days inclusive", "during market hours", "the record
    # date", "final dividend", "the AGM", "Rs 2,016 crore" (an amount that reads like the year
    # of the story), "53-grade", "Sindhu Shakti 1000", "ISO 9001:2008", "1800 425 1995" (a
    # phone number holding 1995, beside "listed in 1995"), "NBW", "the BSE", "the Sensex", "Rs
    # 9", "Rs 164.2 crore", "Rs 119 crore", "Rs 1,612 crore", "2.9 million tonnes", "Rs 501
    # crore", "Rs 414 crore", "Rs 15-20 a bag", "2.5 million tonnes", "14 MTPA", "Rs
    # 1,016.35", "Rs 1,048", percentages.
    "sindhu-cement-q4-final-dividend": (
        "2016-05-30",
        [
            ("Q4", "DATE", "FY2016-Q4"),
            ("30 May 2016", "DATE", "2016-05-30"),
            ("18:47 IST", "TIME", "2016-05-30T18:47"),
            ("May 30", "DATE", "2016-05-30"),
            ("Monday", "DATE", "2016-05-30"),
            ("the quarter", "DATE", "FY2016-Q4"),
            ("March 31, 2016", "DATE", "2016-03-31"),
            ("the same quarter of 2014-15", "DATE", "FY2015-Q4"),
            ("Quarter-on-quarter", "DATE", "FY2016-Q3"),
            ("Saturday last", "DATE", "2016-05-28"),
            ("Monday", "DATE", "2016-05-30"),
            ("2.50 pm", "TIME", "2016-05-30T14:50"),
            ("the financial year 2015-16", "DATE", "FY2016"),
            ("the previous fiscal", "DATE", "FY2015"),
            ("FY16", "DATE", "FY2016"),
            ("a year ago", "DATE", "2015"),
            ("August 12", "DATE", "2016-08-12"),
            ("August 5", "DATE", "2016-08-05"),
            ("August 6", "DATE", "2016-08-06"),
            ("August 12", "DATE", "2016-08-12"),
            ("30 days", "DURATION", "P30D"),
            ("5 pm", "TIME", "2016-05-30T17:00"),
            ("April", "DATE", "2016-04"),
            ("the current fiscal", "DATE", "FY2017"),
            ("The first two months", "DURATION", "P2M"),
            ("FY17", "DATE", "FY2017"),
            ("December", "DATE", "2016-12"),
            ("about six months", "DURATION", "P6M"),
            ("FY18", "DATE", "FY2018"),
            ("three years", "DURATION", "P3Y"),
            ("June-end", "DATE", "2016-06"),
            ("the last three months", "DURATION", "P3M"),
            ("Friday", "DATE", "2016-05-27"),
            ("1979", "DATE", "1979"),
            ("1995", "DATE", "1995"),
            ("every year", "SET", "P1Y"),
            ("2002", "DATE", "2002"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
