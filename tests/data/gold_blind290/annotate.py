"""Annotations of blind gold set 290, chosen by hand before the tagger ran.

    python tests/data/gold_blind290/annotate.py [--show]

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
    # Monday 2014-11-17 (ISO week 47), financial news service's deal story, section label
    # "Deals", headline, bylines, stamps "November 17, 2014 — 7:02 AM EST" and "Updated on
    # November 17, 2014 — 4:48 PM EST" (a DATE and a TIME each, the zone in the span and not
    # in the value, gold_blind38, gold_blind103). Kestrel's statement came "Monday" (the
    # publication day); the boards approved the deal "on Sunday" 2014-11-16 and Whitcomb spoke
    # "Sunday evening" 2014-11-16TEV; "closing price on Friday" and "this year through Friday"
    # 2014-11-14. "the second half of next year" one span 2015-H2 (like "the first half of next
    # year", gold_blind23); the vote "in the first quarter" ahead, 2015-Q1 (calendar quarters:
    # no fiscal year is described). "9:47 a.m. in New York" and "4 p.m. in New York" are TIMEs
    # on the publication day, "in New York" a locative outside the span; "8:30 a.m. New York
    # time" keeps its zone phrase in the span like "8:30 a.m. Eastern time" (gold_blind38).
    # "the past 60 days" P60D, "the past 12 months" P12M, "the next five years" P5Y; "the
    # summer" (talks began) 2014-SU, "April" 2014-04, "June" 2014-06 (past); "a decade ago"
    # 2004, the unit's granularity (gold_blind3, gold_blind16); "the end of the month" 2014-11
    # (gold_blind35); "30-day" DURATION P30D; "the spring" ahead in November 2015-SP; "the first
    # nine months" P9M with "this year" 2014 beside it, and "a year earlier" after the
    # nine-month stretch the year, 2013 (gold_blind6, gold_blind23); "Third-quarter" 2014-Q3 and
    # "fourth-quarter" 2014-Q4; "February" ahead 2015-02; "quarterly" dividend SET P3M. Not
    # annotated: "then" (anaphoric), "intraday" (a trading word), "annual cost savings" (a rate,
    # gold_blind38), "Series 2000", "KV-1500", "MVC", "KSTR", "2,041.32" (an index level), "the
    # Standard & Poor's 500 Index", "$46 a share", "58" (an age), "4,300 employees", "11
    # plants", "by a third", "$95 million", "18 cents", "until the deal closes".
    "kestrel-marlow-valve-deal": (
        "2014-11-17",
        [
            ("November 17, 2014", "DATE", "2014-11-17"),
            ("7:02 AM EST", "TIME", "2014-11-17T07:02"),
            ("November 17, 2014", "DATE", "2014-11-17"),
            ("4:48 PM EST", "TIME", "2014-11-17T16:48"),
            ("Monday", "DATE", "2014-11-17"),
            ("Friday", "DATE", "2014-11-14"),
            ("the past 60 days", "DURATION", "P60D"),
            ("Sunday", "DATE", "2014-11-16"),
            ("the second half of next year", "DATE", "2015-H2"),
            ("the first quarter", "DATE", "2015-Q1"),
            ("9:47 a.m.", "TIME", "2014-11-17T09:47"),
            ("March 2009", "DATE", "2009-03"),
            ("this year", "DATE", "2014"),
            ("Friday", "DATE", "2014-11-14"),
            ("4 p.m.", "TIME", "2014-11-17T16:00"),
            ("2007", "DATE", "2007"),
            ("the past 12 months", "DURATION", "P12M"),
            ("the summer", "DATE", "2014-SU"),
            ("April", "DATE", "2014-04"),
            ("Sunday evening", "TIME", "2014-11-16TEV"),
            ("a decade ago", "DATE", "2004"),
            ("2009", "DATE", "2009"),
            ("June", "DATE", "2014-06"),
            ("the next five years", "DURATION", "P5Y"),
            ("2017", "DATE", "2017"),
            ("2016", "DATE", "2016"),
            ("8:30 a.m. New York time", "TIME", "2014-11-17T08:30"),
            ("the end of the month", "DATE", "2014-11"),
            ("30-day", "DURATION", "P30D"),
            ("the spring", "DATE", "2015-SP"),
            ("1962", "DATE", "1962"),
            ("the first nine months", "DURATION", "P9M"),
            ("this year", "DATE", "2014"),
            ("a year earlier", "DATE", "2013"),
            ("Third-quarter", "DATE", "2014-Q3"),
            ("Oct. 30", "DATE", "2014-10-30"),
            ("quarterly", "SET", "P3M"),
            ("fourth-quarter", "DATE", "2014-Q4"),
            ("February", "DATE", "2015-02"),
        ],
    ),
    # Tuesday 2013-11-19 (ISO week 47), US regional paper's business page, masthead line, date
    # line "Tuesday, November 19, 2013" (one span with its weekday, gold_blind35), headline,
    # byline, "MILLBROOK —" dateline. Hadley & Pine's fiscal year ends on Saturday 2014-02-01:
    # the year (2013-02-03 to 2014-02-01) is FY2014, named by the year it ends (gold_blind38,
    # gold_blind63); the text never names it by number. The results came "Monday" 2013-11-18,
    # "at 4:05 p.m. Monday", the call "Monday evening" 2013-11-18TEV. "third-quarter" and the
    # quarter of "the 13 weeks ended Nov. 2" are FY2014-Q3: "the 13 weeks" P13W plus "Nov. 2"
    # (gold_blind63); "the year-earlier period" FY2013-Q3 (gold_blind6). "at least a year" P1Y
    # (gold_blind38). "year to date" 2013, the calendar year of the share price (gold_blind23).
    # "October" 2013-10; "two years" the period of a superlative P2Y. "fiscal year ends Feb. 1"
    # -> "Feb. 1" 2014-02-01, the end of the year now running (gold_blind38). "full-year"
    # FY2014; "August" 2013-08; "the first nine months" P9M and "a year earlier" after that
    # fiscal stretch the fiscal year before, FY2013 (gold_blind63). "now" PRESENT_REF; "the
    # current quarter" (November-January) FY2014-Q4 (gold_blind23, gold_blind63). The headline's
    # "late Thanksgiving" -> "Thanksgiving" 2013-11-28 only (see README); "Thanksgiving falls on
    # Nov. 28 this year, a week later than last year" -> two DATEs 2013-11-28, "this year" 2013,
    # "a week" P1W (the size of a shift, gold_blind38), "last year" 2012 (Thanksgiving 2012 was
    # 22 November). "Thanksgiving Day" 2013-11-28; "5 a.m." 2013-11-29T05:00 and "Black Friday"
    # 2013-11-29 (gold_blind38); "an hour earlier than a year ago" -> "an hour" PT1H and "a year
    # ago" 2012 (the unit's granularity). "11:59 p.m. on Dec. 20" two TIMEX3; "Christmas Eve"
    # 2013-12-24. "the next six weeks" P6W; "1974"; "the second quarter, which ended Aug. 3"
    # FY2014-Q2 plus 2013-08-03; "Last week" 2013-W46; "22-year" P22Y (an adjectival
    # duration); "quarterly" dividend SET P3M; "fourth-quarter" FY2014-Q4; "early March" 2014-03.
    # Not annotated: "after-hours trading" (a trading word, gold_blind21, gold_blind30), "annual
    # sales" (the period of a figure, gold_blind103's "its usual monthly total"), "The late
    # calendar", "usually", "holiday catalog", "hadleyandpine.com/holiday2013" (a URL),
    # "1-800-555-1974" (beside "1974", annotated), "212 stores", "14 states", "six stores",
    # "52" (an age), "41 cents", "46 cents", "43 cents", "$23.18", "$1.60 to $1.70", "11
    # percent", "40 percent", "12 cents".
    "hadley-pine-third-quarter-late-thanksgiving": (
        "2013-11-19",
        [
            ("Tuesday, November 19, 2013", "DATE", "2013-11-19"),
            ("Thanksgiving", "DATE", "2013-11-28"),
            ("Monday", "DATE", "2013-11-18"),
            ("third-quarter", "DATE", "FY2014-Q3"),
            ("the 13 weeks", "DURATION", "P13W"),
            ("Nov. 2", "DATE", "2013-11-02"),
            ("the year-earlier period", "DATE", "FY2013-Q3"),
            ("at least a year", "DURATION", "P1Y"),
            ("4:05 p.m.", "TIME", "2013-11-18T16:05"),
            ("Monday", "DATE", "2013-11-18"),
            ("year to date", "DATE", "2013"),
            ("October", "DATE", "2013-10"),
            ("two years", "DURATION", "P2Y"),
            ("Monday evening", "TIME", "2013-11-18TEV"),
            ("March 2012", "DATE", "2012-03"),
            ("Feb. 1", "DATE", "2014-02-01"),
            ("full-year", "DATE", "FY2014"),
            ("August", "DATE", "2013-08"),
            ("the first nine months", "DURATION", "P9M"),
            ("a year earlier", "DATE", "FY2013"),
            ("now", "DATE", "PRESENT_REF"),
            ("the current quarter", "DATE", "FY2014-Q4"),
            ("Thanksgiving", "DATE", "2013-11-28"),
            ("Nov. 28", "DATE", "2013-11-28"),
            ("this year", "DATE", "2013"),
            ("a week", "DURATION", "P1W"),
            ("last year", "DATE", "2012"),
            ("Thanksgiving Day", "DATE", "2013-11-28"),
            ("5 a.m.", "TIME", "2013-11-29T05:00"),
            ("Black Friday", "DATE", "2013-11-29"),
            ("an hour", "DURATION", "PT1H"),
            ("a year ago", "DATE", "2012"),
            ("11:59 p.m.", "TIME", "2013-12-20T23:59"),
            ("Dec. 20", "DATE", "2013-12-20"),
            ("Christmas Eve", "DATE", "2013-12-24"),
            ("the next six weeks", "DURATION", "P6W"),
            ("1974", "DATE", "1974"),
            ("the second quarter", "DATE", "FY2014-Q2"),
            ("Aug. 3", "DATE", "2013-08-03"),
            ("Last week", "DATE", "2013-W46"),
            ("22-year", "DURATION", "P22Y"),
            ("quarterly", "SET", "P3M"),
            ("fourth-quarter", "DATE", "FY2014-Q4"),
            ("early March", "DATE", "2014-03"),
        ],
    ),
    # Thursday 2015-03-12 (ISO week 11), British financial daily's website, section label
    # "Banks", headline, standfirst, byline, stamp "March 12, 2015 6:14 pm" (a DATE and a TIME).
    # The bank's year is the calendar year (no fiscal year is described). The final notice was
    # "published at 7am on Thursday" 2015-03-12T07:00 and the DATE; "by 30 June" (standfirst
    # "until 30 June" and body) 2015-06-30; "between April 2011 and June 2014" two DATEs;
    # "more than three years" P3Y twice (the standfirst-free lead and the quote); "weekly
    # targets" SET P1W (an adjectival frequency naming a recurrence, like "weekly strike
    # benefits" in gold_blind35); "within 20 minutes" -> "20 minutes" PT20M; "this year" 2015;
    # "January" 2015-01 (past); "within eight weeks of each reply" -> "eight weeks" P8W (an
    # anchored duration); "1 May" 2015-05-01 (ahead); "the end of March 2016" 2016-03 (like "the
    # end of 1990", gold_blind35); "monthly progress reports" SET P1M; "the fourth quarter of
    # last year" one span 2014-Q4 (like "the first quarter of 2016", gold_blind103); "November
    # 2013" and "Two months later" 2014-01 (the unit's granularity, gold_blind100's "14 months
    # later"); "February 2014"; "took five months" P5M; "last summer" in March 2015 is 2014-SU;
    # "on Tuesday" ahead 2015-03-17; "for 2014 on 24 February" -> "2014" and 2015-02-24, "the
    # previous year" 2013; "since 16 January" 2015-01-16; "first-quarter" 2015-Q1 and "29
    # April" 2015-04-29; "between 8am and 8pm every day" -> two TIMEs of no particular day
    # XXXX-XX-XXT08:00, XXXX-XX-XXT20:00 and the SET P1D (gold_blind103's "from 7 p.m. to 7
    # a.m. every night"). Not annotated: "that period" (anaphoric), "never", "an early stage",
    # "until it closes" (event-named), "seventh-largest", "0800 555 2011" (a phone number
    # holding 2011, beside "April 2011"), "harrowgate.co.uk/review2015" (a URL), "£28.4m",
    # "£40.6m", "30 per cent", "£14.7m", "190,000 customers", "£115m", "£38m", "by half",
    # "£1.21bn", "9 per cent", "1.1 per cent", "318.4p", "two complaints centres".
    "harrowgate-bank-fca-complaints-fine": (
        "2015-03-12",
        [
            ("30 June", "DATE", "2015-06-30"),
            ("March 12, 2015", "DATE", "2015-03-12"),
            ("6:14 pm", "TIME", "2015-03-12T18:14"),
            ("more than three years", "DURATION", "P3Y"),
            ("7am", "TIME", "2015-03-12T07:00"),
            ("Thursday", "DATE", "2015-03-12"),
            ("April 2011", "DATE", "2011-04"),
            ("June 2014", "DATE", "2014-06"),
            ("weekly", "SET", "P1W"),
            ("20 minutes", "DURATION", "PT20M"),
            ("this year", "DATE", "2015"),
            ("January", "DATE", "2015-01"),
            ("30 June", "DATE", "2015-06-30"),
            ("eight weeks", "DURATION", "P8W"),
            ("1 May", "DATE", "2015-05-01"),
            ("the end of March 2016", "DATE", "2016-03"),
            ("monthly", "SET", "P1M"),
            ("the fourth quarter of last year", "DATE", "2014-Q4"),
            ("more than three years", "DURATION", "P3Y"),
            ("November 2013", "DATE", "2013-11"),
            ("Two months later", "DATE", "2014-01"),
            ("February 2014", "DATE", "2014-02"),
            ("five months", "DURATION", "P5M"),
            ("last summer", "DATE", "2014-SU"),
            ("Tuesday", "DATE", "2015-03-17"),
            ("2014", "DATE", "2014"),
            ("24 February", "DATE", "2015-02-24"),
            ("the previous year", "DATE", "2013"),
            ("16 January", "DATE", "2015-01-16"),
            ("first-quarter", "DATE", "2015-Q1"),
            ("29 April", "DATE", "2015-04-29"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("every day", "SET", "P1D"),
        ],
    ),
    # Wednesday 2012-12-05 (ISO week 49), aviation trade weekly's website, masthead, section label,
    # headline ("November traffic" 2012-11, "December bookings" 2012-12), byline, stamp "Posted Dec.
    # 5, 2012, 10:22 a.m. ET" (a DATE and a TIME). Borealis's year is the calendar year ("full-year
    # traffic" 2012). The figures came "on Tuesday" 2012-12-04, "at 7 a.m. Eastern time on Tuesday",
    # shares rose "by midday" 2012-12-04T12:00 (gold_blind23), the interview "on Tuesday afternoon"
    # 2012-12-04TAF. "in November than a year earlier" 2012-11 and 2011-11; "the year to date" 2012
    # (gold_blind23, with its determiner) and "a year earlier" after it 2011. "daily flights" SET
    # P1D and "a weekly service" SET P1W (gold_blind13, gold_blind20); "Nov. 1" 2012-11-01, "Nov.
    # 17" 2012-11-17; the schedule "took effect on Oct. 28" 2012-10-28 "and runs until April 6"
    # 2013-04-06 (ahead); "the past 12 months" P12M; "December bookings" 2012-12 and "the same month
    # last year" one span 2011-12 (gold_blind63); "Dec. 21" 2012-12-21 and "Jan. 2" 2013-01-02;
    # "since 2008"; "A 72-hour seat sale" PT72H; "this morning" 2012-12-05TMO; "ends at midnight
    # Friday" -> "midnight" 2012-12-07T24:00, the midnight that ends Friday (gold_blind75,
    # gold_blind103), and "Friday" 2012-12-07; "since 2003"; "third-quarter" 2012-Q3 and "Nov. 8";
    # "the fourth quarter" 2012-Q4; "since 2009"; "in 2013, the first in March" 2013 and 2013-03;
    # "Three months ago" 2012-09 (the unit's granularity); "Now" PRESENT_REF; "through the winter"
    # -> "the winter" ahead, the winter of 2012-13, 2013-WI (named by its January, gold_blind103);
    # "monthly" SET P1M; "December and full-year traffic on Jan. 4" 2012-12, 2012, 2013-01-04; "its
    # November figures on Thursday" 2012-11 and 2012-12-06 (ahead). Not annotated: "winter schedule"
    # (an adjective naming a kind of timetable, like "Summer programs" in gold_blind103), "the ski
    # season" (a season of no calendar unit), "for the first time", "TSX: BOR", "Boeing 737-800s",
    # "737-800s", "Bombardier Q400" (a model, not a quarter), "C$6.12", "C$21.6 million", "2.1
    # points", "78.4%", "81.2%", "80.5%", "11 routes", "19 routes", "38", "14", "six more".
    "borealis-airways-november-traffic": (
        "2012-12-05",
        [
            ("November", "DATE", "2012-11"),
            ("December", "DATE", "2012-12"),
            ("Dec. 5, 2012", "DATE", "2012-12-05"),
            ("10:22 a.m. ET", "TIME", "2012-12-05T10:22"),
            ("November", "DATE", "2012-11"),
            ("a year earlier", "DATE", "2011-11"),
            ("Tuesday", "DATE", "2012-12-04"),
            ("the year to date", "DATE", "2012"),
            ("a year earlier", "DATE", "2011"),
            ("7 a.m. Eastern time", "TIME", "2012-12-04T07:00"),
            ("Tuesday", "DATE", "2012-12-04"),
            ("midday", "TIME", "2012-12-04T12:00"),
            ("daily", "SET", "P1D"),
            ("Nov. 1", "DATE", "2012-11-01"),
            ("weekly", "SET", "P1W"),
            ("Nov. 17", "DATE", "2012-11-17"),
            ("Oct. 28", "DATE", "2012-10-28"),
            ("April 6", "DATE", "2013-04-06"),
            ("the past 12 months", "DURATION", "P12M"),
            ("December", "DATE", "2012-12"),
            ("the same month last year", "DATE", "2011-12"),
            ("Dec. 21", "DATE", "2012-12-21"),
            ("Jan. 2", "DATE", "2013-01-02"),
            ("2008", "DATE", "2008"),
            ("Tuesday afternoon", "TIME", "2012-12-04TAF"),
            ("72-hour", "DURATION", "PT72H"),
            ("this morning", "TIME", "2012-12-05TMO"),
            ("midnight", "TIME", "2012-12-07T24:00"),
            ("Friday", "DATE", "2012-12-07"),
            ("2003", "DATE", "2003"),
            ("third-quarter", "DATE", "2012-Q3"),
            ("Nov. 8", "DATE", "2012-11-08"),
            ("the fourth quarter", "DATE", "2012-Q4"),
            ("2009", "DATE", "2009"),
            ("2013", "DATE", "2013"),
            ("March", "DATE", "2013-03"),
            ("Three months ago", "DATE", "2012-09"),
            ("Now", "DATE", "PRESENT_REF"),
            ("the winter", "DATE", "2013-WI"),
            ("monthly", "SET", "P1M"),
            ("December", "DATE", "2012-12"),
            ("full-year", "DATE", "2012"),
            ("Jan. 4", "DATE", "2013-01-04"),
            ("November", "DATE", "2012-11"),
            ("Thursday", "DATE", "2012-12-06"),
        ],
    ),
    # Saturday 2015-05-16 (ISO week 20), US regional paper's business page, masthead, section and
    # date line "Business | Saturday, May 16, 2015" (one DATE span with its weekday), headline ("at
    # month's end"), standfirst ("After 14 years" P14Y), byline, "LAKEPORT —" dateline. Ambrose's
    # fiscal year ends Sept. 30: FY2015 runs October 2014-September 2015. The announcement was
    # "Friday" 2015-05-15 (three times), the interview "Friday afternoon" 2015-05-15TAF; the board
    # "meets Tuesday" ahead, 2015-05-19. "at the end of the month" 2015-05 (gold_blind35) and the
    # headline's "month's end" the same (see README); "effective June 1" 2015-06-01 ("effective" a
    # signal, gold_blind33); "at least six months" P6M; "February" 2015-02 (past); "the annual
    # meeting next January" -> "annual" SET P1Y (gold_blind85) and "next January" 2016-01; "fiscal
    # 2016, which begins Oct. 1" FY2016 plus 2015-10-01 (gold_blind38); "through Dec. 31"
    # 2015-12-31; "Fourteen years" and "For 14 years" P14Y; "the next 10 years" P10Y; "every Monday
    # morning" SET XXXX-WXX-1TMO (a habit on a weekday's part of day, like "Every Sunday morning" in
    # gold_blind44). "fiscal year ends Sept. 30" -> "Sept. 30" 2015-09-30 (the end of the year now
    # running); "the quarter ended March 31, its fiscal second quarter" -> "the quarter" FY2015-Q2,
    # "March 31" 2015-03-31 and the apposition FY2015-Q2 (three TIMEX3, gold_blind38's "the three
    # months ended March 31, its fiscal third quarter"); "the year-earlier period" FY2014-Q2;
    # "fiscal 2014" FY2014, "fiscal 2015" FY2015; "third-quarter results on Aug. 6" FY2015-Q3
    # (April-June 2015) and 2015-08-06; "now" PRESENT_REF; "1999", "2008", "January 2013"; "one-day"
    # P1D (gold_blind38); "since October" 2014-10 (the nearest past October); "the past three years"
    # P3Y; "turns 65 in July" 2015-07; "the summer" ahead 2015-SU; "this fall" 2015-FA. Not
    # annotated: "When Greaves took over" (an event; "2001" is annotated), "an interim basis",
    # "Route 9", "1987 Harbor Road" (an address holding a year-like number), "AC-2000", "Nasdaq:
    # AMBC", the ages "64", "51", "65", "480 workers", "2,100 people", "900", "$11.3 million", "$164
    # million", "$41 million", "$622 million", "$38.41", "3.2 percent", "8 percent".
    "ambrose-controls-ceo-steps-down": (
        "2015-05-16",
        [
            ("Saturday, May 16, 2015", "DATE", "2015-05-16"),
            ("month's end", "DATE", "2015-05"),
            ("14 years", "DURATION", "P14Y"),
            ("2001", "DATE", "2001"),
            ("the end of the month", "DATE", "2015-05"),
            ("Friday", "DATE", "2015-05-15"),
            ("June 1", "DATE", "2015-06-01"),
            ("at least six months", "DURATION", "P6M"),
            ("Friday afternoon", "TIME", "2015-05-15TAF"),
            ("Tuesday", "DATE", "2015-05-19"),
            ("February", "DATE", "2015-02"),
            ("annual", "SET", "P1Y"),
            ("next January", "DATE", "2016-01"),
            ("fiscal 2016", "DATE", "FY2016"),
            ("Oct. 1", "DATE", "2015-10-01"),
            ("Dec. 31", "DATE", "2015-12-31"),
            ("Fourteen years", "DURATION", "P14Y"),
            ("the next 10 years", "DURATION", "P10Y"),
            ("14 years", "DURATION", "P14Y"),
            ("every Monday morning", "SET", "XXXX-WXX-1TMO"),
            ("Sept. 30", "DATE", "2015-09-30"),
            ("the quarter", "DATE", "FY2015-Q2"),
            ("March 31", "DATE", "2015-03-31"),
            ("its fiscal second quarter", "DATE", "FY2015-Q2"),
            ("the year-earlier period", "DATE", "FY2014-Q2"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("Friday", "DATE", "2015-05-15"),
            ("fiscal 2015", "DATE", "FY2015"),
            ("third-quarter", "DATE", "FY2015-Q3"),
            ("Aug. 6", "DATE", "2015-08-06"),
            ("now", "DATE", "PRESENT_REF"),
            ("1999", "DATE", "1999"),
            ("2008", "DATE", "2008"),
            ("January 2013", "DATE", "2013-01"),
            ("Friday", "DATE", "2015-05-15"),
            ("one-day", "DURATION", "P1D"),
            ("October", "DATE", "2014-10"),
            ("the past three years", "DURATION", "P3Y"),
            ("July", "DATE", "2015-07"),
            ("the summer", "DATE", "2015-SU"),
            ("this fall", "DATE", "2015-FA"),
        ],
    ),
    # Friday 2013-02-08 (ISO week 6), Australian business paper's website, section label
    # "Markets | Commodities", headline, stamp "Published: February 8, 2013 - 5:48PM" (a DATE
    # and a TIME, gold_blind100), byline. Lunar New Year 2013 fell on Sunday 2013-02-10: "the
    # Lunar New Year break" -> "Lunar New Year" 2013-02-10 (a holiday in attributive position
    # whose break includes the day, gold_blind57), "Lunar New Year falls on Sunday" two DATEs,
    # "the Year of the Snake" 2013 (gold_blind57). "a fourth straight week" DURATION P1W (an
    # ordinal run, like "a third straight week" in gold_blind23); the headline's "fourth weekly
    # gain" is not annotated (see README). "16 months" the period of a superlative P16M; "on
    # Thursday" 2013-02-07; "this week" and "the week" 2013-W06; "three-year" P3Y; "September 5"
    # 2012-09-05 (past); "October 2011"; "published daily at 5pm Singapore time" -> SET P1D and
    # the TIME XXXX-XX-XXT17:00 of no particular day (gold_blind98); "next week" 2013-W07;
    # "close from Saturday" 2013-02-09; "week-long" P1W (gold_blind31); "Monday, February 18"
    # one span 2013-02-18 (gold_blind23); "since mid-December" 2012-12; "since 2010"; "the swap
    # contract for March settlement" -> "March" 2013-03, a settlement month forward
    # (gold_blind23, gold_blind38); "Friday afternoon" 2013-02-08TAF; "since Christmas"
    # 2012-12-25; "the March quarter" 2013-Q1 (a quarter named by its last month, gold_blind74);
    # "in five months last year" -> "five months" P5M (how long a past change took,
    # gold_blind35) and "last year" 2012; "On Wednesday" 2013-02-06; "the six months to December
    # 31" -> "the six months" P6M and 2012-12-31, "a year earlier" after that fiscal stretch the
    # fiscal year before, FY2012 (gold_blind63); "the 2013 financial year" one span FY2013
    # (July 2012-June 2013, gold_blind100); "the next three years" P3Y; "mid-2015" 2015;
    # "January" 2013-01 and "a year earlier" 2012-01; "on Monday" 2013-02-04. Not annotated:
    # "weekly" in the headline, "holiday" and "the holiday" (event nouns), "the new normal",
    # "Harbour Metal Index", "ASX: YIO", "S&P/ASX 200", "4,987.3" (an index level), "62 per
    # cent", "$US158.90 a tonne", "$US86.70", "$US151.50", "$4.26", "$212 million", "40 million
    # tonnes", "$1.4 billion", every percentage.
    "iron-ore-fourth-weekly-gain-lunar-new-year": (
        "2013-02-08",
        [
            ("February 8, 2013", "DATE", "2013-02-08"),
            ("5:48PM", "TIME", "2013-02-08T17:48"),
            ("a fourth straight week", "DURATION", "P1W"),
            ("Lunar New Year", "DATE", "2013-02-10"),
            ("16 months", "DURATION", "P16M"),
            ("Thursday", "DATE", "2013-02-07"),
            ("this week", "DATE", "2013-W06"),
            ("three-year", "DURATION", "P3Y"),
            ("September 5", "DATE", "2012-09-05"),
            ("October 2011", "DATE", "2011-10"),
            ("daily", "SET", "P1D"),
            ("5pm Singapore time", "TIME", "XXXX-XX-XXT17:00"),
            ("next week", "DATE", "2013-W07"),
            ("Saturday", "DATE", "2013-02-09"),
            ("week-long", "DURATION", "P1W"),
            ("Lunar New Year", "DATE", "2013-02-10"),
            ("Sunday", "DATE", "2013-02-10"),
            ("the Year of the Snake", "DATE", "2013"),
            ("Monday, February 18", "DATE", "2013-02-18"),
            ("mid-December", "DATE", "2012-12"),
            ("2010", "DATE", "2010"),
            ("March", "DATE", "2013-03"),
            ("Friday afternoon", "TIME", "2013-02-08TAF"),
            ("Christmas", "DATE", "2012-12-25"),
            ("the March quarter", "DATE", "2013-Q1"),
            ("five months", "DURATION", "P5M"),
            ("last year", "DATE", "2012"),
            ("Friday", "DATE", "2013-02-08"),
            ("the week", "DATE", "2013-W06"),
            ("Wednesday", "DATE", "2013-02-06"),
            ("the six months", "DURATION", "P6M"),
            ("December 31", "DATE", "2012-12-31"),
            ("a year earlier", "DATE", "FY2012"),
            ("the 2013 financial year", "DATE", "FY2013"),
            ("the next three years", "DURATION", "P3Y"),
            ("mid-2015", "DATE", "2015"),
            ("January", "DATE", "2013-01"),
            ("a year earlier", "DATE", "2012-01"),
            ("Monday", "DATE", "2013-02-04"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
