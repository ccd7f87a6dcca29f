"""Annotations of blind gold set 322, chosen by hand before the tagger ran.

    python tests/data/gold_blind322/annotate.py [--show]

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
    # Friday 2012-11-23 (ISO week 47), agency currency report ("FOREX-" headline, stamp "Fri
    # Nov 23, 2012 2:47am EST", bullets, "SINGAPORE, Nov 23 (Reuters) -" dateline). The stamp
    # is one DATE with its abbreviated weekday (gold_blind21, gold_blind92) and a TIME, the zone
    # in the span. US Thanksgiving is the fourth Thursday of November, 2012-11-22 (bullet and
    # body); Japan's "Labour Thanksgiving Day" falls on 23 November, the publication day.
    # Clock times: "0715 GMT", "10:40 a.m. Singapore time (0240 GMT)" (a local time and its
    # GMT equivalent two TIMEX3, gold_blind28), "1 p.m. EST (1800 GMT)" and "2 p.m. EST", the
    # early US closes of the publication day. "overnight" (said in Asia on Friday) is the night
    # begun on Thursday evening, 2012-11-22TNI (gold_blind21, gold_blind103). Narrative: "early
    # Wednesday" 2012-11-21 (DATE with its modifier, gold_blind2), "the next day" after it
    # 2012-11-22 and "that evening" 2012-11-22TEV (anchored on the narrative's last date). Future:
    # "a second meeting on Monday" and "away until Monday" 2012-11-26, "the weekend"
    # 2012-W47-WE, "this afternoon" (London's, the same day) 2012-11-23TAF, "next month"
    # 2012-12, "due on Nov. 30". Past: "since April 5", "since Nov. 14", "since Nov. 1", "late
    # 2011" 2011, "the spring" 2012-SP. "this week" (bullet) and "for the week" 2012-W47.
    # "three-week high" P3W, "one-month low" P1M, "its highest in seven months" P7M (the period
    # of a superlative, gold_blind23), "the 100-day moving average" P100D (an adjectival
    # duration like "52-week", see README), "close three hours early" PT3H (the size of a
    # shift, gold_blind38). "now near $1.2820" and "for now" -> "now" PRESENT_REF (gold_blind12);
    # "publishes ... monthly" SET P1M. Not annotated: "third weekly gain" (headline) and "a
    # third straight weekly gain" (the period of a figure, not a recurrence, like "its usual
    # monthly total" in gold_blind103), "82.64 yen", "82.86 yen", "$1.2915", "$1.2934",
    # "$1.2767", "$1.2820", "106.71 yen", "80.42", "82-83" (two price levels, not years or
    # times), "0.3 pct", "1.1 pct", "2.4 percent", "six currencies", "<JPY=>", "<EUR=>",
    # "<EURJPY=>", "<.DXY>", "less than half", "early Asian trade" (not in the text; "late New
    # York trade on Thursday" gives only "Thursday"), "the next release" (an event).
    "forex-yen-slips-thin-thanksgiving-trade": (
        "2012-11-23",
        [
            ("Fri Nov 23, 2012", "DATE", "2012-11-23"),
            ("2:47am EST", "TIME", "2012-11-23T02:47"),
            ("three-week", "DURATION", "P3W"),
            ("this week", "DATE", "2012-W47"),
            ("Thanksgiving", "DATE", "2012-11-22"),
            ("Nov 23", "DATE", "2012-11-23"),
            ("Friday", "DATE", "2012-11-23"),
            ("three-week", "DURATION", "P3W"),
            ("Labour Thanksgiving Day", "DATE", "2012-11-23"),
            ("Thursday", "DATE", "2012-11-22"),
            ("Thanksgiving", "DATE", "2012-11-22"),
            ("0715 GMT", "TIME", "2012-11-23T07:15"),
            ("10:40 a.m. Singapore time", "TIME", "2012-11-23T10:40"),
            ("0240 GMT", "TIME", "2012-11-23T02:40"),
            ("April 5", "DATE", "2012-04-05"),
            ("Nov. 14", "DATE", "2012-11-14"),
            ("next month", "DATE", "2012-12"),
            ("Thursday", "DATE", "2012-11-22"),
            ("overnight", "TIME", "2012-11-22TNI"),
            ("Nov. 1", "DATE", "2012-11-01"),
            ("the week", "DATE", "2012-W47"),
            ("100-day", "DURATION", "P100D"),
            ("now", "DATE", "PRESENT_REF"),
            ("early Wednesday", "DATE", "2012-11-21"),
            ("the next day", "DATE", "2012-11-22"),
            ("that evening", "TIME", "2012-11-22TEV"),
            ("Monday", "DATE", "2012-11-26"),
            ("the weekend", "DATE", "2012-W47-WE"),
            ("this afternoon", "TIME", "2012-11-23TAF"),
            ("three hours", "DURATION", "PT3H"),
            ("1 p.m. EST", "TIME", "2012-11-23T13:00"),
            ("1800 GMT", "TIME", "2012-11-23T18:00"),
            ("2 p.m. EST", "TIME", "2012-11-23T14:00"),
            ("Monday", "DATE", "2012-11-26"),
            ("seven months", "DURATION", "P7M"),
            ("one-month", "DURATION", "P1M"),
            ("monthly", "SET", "P1M"),
            ("Nov. 30", "DATE", "2012-11-30"),
            ("late 2011", "DATE", "2011"),
            ("now", "DATE", "PRESENT_REF"),
            ("the spring", "DATE", "2012-SP"),
        ],
    ),
    # Thursday 2013-10-10 (ISO week 41), agency central-bank wire of an invented country
    # ("UPDATE 2-" headline, stamp "Thu Oct 10, 2013 10:06am EDT", bullets, "STAVNA, Oct 10
    # (Reuters) -" dateline). The decision "on Thursday", the publication day; "announced at 2
    # p.m. local time (1200 GMT)" two TIMEs; the crown "by 1315 GMT". "last week" 2013-W40.
    # Future: "the December meeting" -> "December" 2013-12 (an adjectival month, gold_blind38),
    # "Dec. 5" (bullet and body), "Nov. 14", "Oct. 24", "Jan. 1" 2014-01-01, the budget "on
    # Tuesday" 2013-10-15 and its "2014" (an adjectival year, gold_blind51's "the 2013
    # budget"), "before spring" -> "spring" 2014-SP and "the summer" 2014-SU (the next ones),
    # "the second half of 2014" 2014-H2, "late 2014" (bullet and body) and "mid-2014" 2014
    # (gold_blind38). Past: "July" (bullet, "Its previous cut, in July", "its July
    # projections") 2013-07, "late 2009" 2009, "September" 2013-09, "August" 2013-08, "March
    # 2010", "the end of 2011" 2011 (gold_blind35). "the second quarter" 2013-Q2 and "the
    # first quarter" 2013-Q1, "Third-quarter" 2013-Q3 (a country's calendar quarters,
    # gold_blind35). "its second cut in three months" P3M (a count's period, gold_blind23),
    # "at least the next six months" P6M (modifier kept, gold_blind63), "an hour after the
    # announcement" PT1H and "two weeks after each decision" P2W (anchored durations),
    # "its weakest in three weeks" P3W. "new quarterly forecasts" SET P3M (a recurring
    # publication, gold_blind51's "quarterly inflation report"); "eight times a year" SET
    # P1Y (gold_blind23, gold_blind38); "now" PRESENT_REF; "the medium term" FUTURE_REF
    # (gold_blind23). "Thursday's meeting" -> "Thursday" 2013-10-10. Not annotated: "Annual
    # consumer price inflation" (a rate, gold_blind38), "the Central Bank Act 1998" (a
    # statute's name, like "the Enterprise Act 2002" in gold_blind100), "April Lindqvist" (an
    # economist), "4-2", "14 of 19", "six-member", "25 bps", "25 basis points", "1.25
    # percent", "8.812", "UPDATE 2", "the next step", "the next move", "each decision".
    "veltria-central-bank-cuts-rate-long-pause": (
        "2013-10-10",
        [
            ("Thu Oct 10, 2013", "DATE", "2013-10-10"),
            ("10:06am EDT", "TIME", "2013-10-10T10:06"),
            ("July", "DATE", "2013-07"),
            ("late 2014", "DATE", "2014"),
            ("Dec. 5", "DATE", "2013-12-05"),
            ("Oct 10", "DATE", "2013-10-10"),
            ("Thursday", "DATE", "2013-10-10"),
            ("three months", "DURATION", "P3M"),
            ("at least the next six months", "DURATION", "P6M"),
            ("2 p.m. local time", "TIME", "2013-10-10T14:00"),
            ("1200 GMT", "TIME", "2013-10-10T12:00"),
            ("last week", "DATE", "2013-W40"),
            ("December", "DATE", "2013-12"),
            ("quarterly", "SET", "P3M"),
            ("July", "DATE", "2013-07"),
            ("late 2009", "DATE", "2009"),
            ("September", "DATE", "2013-09"),
            ("August", "DATE", "2013-08"),
            ("March 2010", "DATE", "2010-03"),
            ("now", "DATE", "PRESENT_REF"),
            ("late 2014", "DATE", "2014"),
            ("mid-2014", "DATE", "2014"),
            ("July", "DATE", "2013-07"),
            ("an hour", "DURATION", "PT1H"),
            ("Jan. 1", "DATE", "2014-01-01"),
            ("the second quarter", "DATE", "2013-Q2"),
            ("the first quarter", "DATE", "2013-Q1"),
            ("the end of 2011", "DATE", "2011"),
            ("Third-quarter", "DATE", "2013-Q3"),
            ("Nov. 14", "DATE", "2013-11-14"),
            ("1315 GMT", "TIME", "2013-10-10T13:15"),
            ("three weeks", "DURATION", "P3W"),
            ("spring", "DATE", "2014-SP"),
            ("the summer", "DATE", "2014-SU"),
            ("the second half of 2014", "DATE", "2014-H2"),
            ("2014", "DATE", "2014"),
            ("Tuesday", "DATE", "2013-10-15"),
            ("the medium term", "DATE", "FUTURE_REF"),
            ("eight times a year", "SET", "P1Y"),
            ("two weeks", "DURATION", "P2W"),
            ("Thursday", "DATE", "2013-10-10"),
            ("Oct. 24", "DATE", "2013-10-24"),
            ("Dec. 5", "DATE", "2013-12-05"),
        ],
    ),
    # Monday 2013-02-18 (ISO week 8), news-agency oil and commodities report, headline, byline
    # line "By Tomas Reyes - Feb 18, 2013 11:42 AM ET" (DATE and TIME). Presidents Day is the
    # third Monday of February, 2013-02-18, the publication day ("closed today for Presidents
    # Day", two DATEs). Futures delivery months forward (gold_blind6, gold_blind23): Brent
    # "for April settlement", "the more actively traded April future" and gold "for April
    # delivery" 2013-04; WTI and corn "for March delivery" and "The March contract" 2013-03
    # (the month only, like "the December contract" in gold_blind23). Weekdays: "Friday's
    # close" and "showed on Friday" 2013-02-15 (past); "Tuesday's settlement" 2013-02-19 and
    # "expires on Wednesday" 2013-02-20 (ahead). "Feb. 8" 2013-02-08; "since May 2" the
    # nearest past one, 2012-05-02; "the week ended Feb. 12" -> "the week" DURATION P1W plus
    # "Feb. 12" (like "the three months ended March 31", gold_blind38); "due Feb. 21"
    # 2013-02-21; "last week" 2013-W07 twice; "since January" and "in January" 2013-01; "the
    # first quarter" 2013-Q1 (the one under way); "since the start of the year" 2013
    # (gold_blind40); "the Lunar New Year" 2013-02-10, a holiday on its day (gold_blind57).
    # Durations: "Four-Month" (headline) and "four-month" P4M, "100-day average" P100D (see
    # README), "Three-month copper" P3M (the LME contract's term, an adjectival tenor like the
    # bond tenors of gold_blind38), "seven-day break" P7D, "the least in 19 months" P19M (a
    # superlative's period), "the past four weeks" P4W, "pushed back a day" P1D (the size of a
    # delay), "Gold fell for a fifth day" -> "a fifth day" P1D (an ordinal period like "a third
    # straight week" in gold_blind23), "several weeks" PXW. "weekly Commitments of Traders
    # report" SET P1W (a recurring publication). "at 4:18 p.m. London time" and "at 7 p.m.
    # local time" TIMEs of the publication day. Not annotated: "the holiday" (twice, anaphoric
    # to Presidents Day and the Lunar New Year), "barrels a day" (a rate), "its longest losing
    # streak" beyond "September 2008", "$116.83", "$117.22", "$119.17", "$95.50", "$95.92",
    # "$1,600.40", "$8,148", "$7.18", "2.1 million barrels", "30.3 million barrels", "OPEC's 12
    # members", "nine analysts", "31 percent", "treyes4@bloomberg.net", "electronic trading".
    "brent-slips-from-four-month-high-presidents-day": (
        "2013-02-18",
        [
            ("Four-Month", "DURATION", "P4M"),
            ("Feb 18, 2013", "DATE", "2013-02-18"),
            ("11:42 AM ET", "TIME", "2013-02-18T11:42"),
            ("four-month", "DURATION", "P4M"),
            ("the start of the year", "DATE", "2013"),
            ("a fifth day", "DURATION", "P1D"),
            ("April", "DATE", "2013-04"),
            ("4:18 p.m. London time", "TIME", "2013-02-18T16:18"),
            ("Feb. 8", "DATE", "2013-02-08"),
            ("May 2", "DATE", "2012-05-02"),
            ("100-day", "DURATION", "P100D"),
            ("today", "DATE", "2013-02-18"),
            ("Presidents Day", "DATE", "2013-02-18"),
            ("March", "DATE", "2013-03"),
            ("Friday", "DATE", "2013-02-15"),
            ("Tuesday", "DATE", "2013-02-19"),
            ("March", "DATE", "2013-03"),
            ("Wednesday", "DATE", "2013-02-20"),
            ("April", "DATE", "2013-04"),
            ("January", "DATE", "2013-01"),
            ("the first quarter", "DATE", "2013-Q1"),
            ("March 2012", "DATE", "2012-03"),
            ("the week", "DURATION", "P1W"),
            ("Feb. 12", "DATE", "2013-02-12"),
            ("weekly", "SET", "P1W"),
            ("Friday", "DATE", "2013-02-15"),
            ("last week", "DATE", "2013-W07"),
            ("Feb. 21", "DATE", "2013-02-21"),
            ("a day", "DURATION", "P1D"),
            ("January", "DATE", "2013-01"),
            ("19 months", "DURATION", "P19M"),
            ("April", "DATE", "2013-04"),
            ("last week", "DATE", "2013-W07"),
            ("the past four weeks", "DURATION", "P4W"),
            ("September 2008", "DATE", "2008-09"),
            ("Three-month", "DURATION", "P3M"),
            ("today", "DATE", "2013-02-18"),
            ("seven-day", "DURATION", "P7D"),
            ("the Lunar New Year", "DATE", "2013-02-10"),
            ("several weeks", "DURATION", "PXW"),
            ("March", "DATE", "2013-03"),
            ("7 p.m. local time", "TIME", "2013-02-18T19:00"),
        ],
    ),
    # Saturday 2014-11-15 (ISO week 46), Singapore business daily's results story, section
    # label, headline, "Published on Nov 15, 2014", byline, "[SINGAPORE]" dateline. The
    # company's fiscal year ends June 30, so FY2015 runs July 2014-June 2015 and is named by
    # the year it ends (gold_blind38, gold_blind63): headline "Q1", "its first quarter ended
    # Sept 30", "the quarter" FY2015-Q1; "FY2015" (headline and body) and "the full year to
    # June 2015" -> "the full year" FY2015 plus "June 2015"; "The current quarter"
    # (October-December 2014) FY2015-Q2 (gold_blind63); "Q1 FY2014" one span FY2014-Q1 (like
    # "Q1FY13" in gold_blind74); "a year earlier" and "year-on-year" FY2014-Q1 and
    # "Quarter-on-quarter" FY2014-Q4 (the periods compared with, gold_blind63); "the April-June
    # period" the calendar quarter 2014-Q2 (like "the April-June quarter", gold_blind63); "In
    # FY2014, which ended on June 30" FY2014 plus 2014-06-30. "the three months" P3M and "the
    # six months to Dec 31" P6M plus 2014-12-31 (a fiscal half has no value, gold_blind63).
    # "yesterday" (twice) Friday 2014-11-14, "yesterday afternoon" 2014-11-14TAF, "6.12pm"
    # 2014-11-14T18:12, "in a note last night" 2014-11-14TNI (gold_blind35). "the end of June"
    # 2014-06; "its August guidance" -> "August" 2014-08; "since July" 2014-07; "from March"
    # and "in February" ahead, 2015-03 and 2015-02; "the second half of calendar 2015" one
    # span 2015-H2 (gold_blind74); "at least mid-2015" 2015 (gold_blind67); the analyst's "the
    # first quarter of next year" 2015-Q1 (calendar, "of next year"); the call "on Monday at
    # 10am" 2014-11-17 and 2014-11-17T10:00. "at least six months" P6M, "to last two years"
    # P2Y, "for nine straight weeks" P9W (a cardinal run, like "five consecutive days" in
    # gold_blind103); "every year since 2010" SET P1Y and "2010". Not annotated: "Hull 2015"
    # and "Hull 2016" (yard hull numbers, beside "calendar 2015" annotated), "long-term
    # charters" (no length given), "Day rates" (a charter price), "interim dividend", "2.5
    # cents", "41.5 cents", "35 cents", "52 cents", "1.46 cents", "2.36 cents", "$8.2
    # million", "$13.2 million", "$61.5 million", "42 vessels", "71 per cent", "84 per cent",
    # "10 to 15 per cent", "COMPANIES & MARKETS".
    "pasir-laut-q1-fy2015-profit-sinks": (
        "2014-11-15",
        [
            ("Q1", "DATE", "FY2015-Q1"),
            ("FY2015", "DATE", "FY2015"),
            ("Nov 15, 2014", "DATE", "2014-11-15"),
            ("yesterday", "DATE", "2014-11-14"),
            ("its first quarter", "DATE", "FY2015-Q1"),
            ("Sept 30", "DATE", "2014-09-30"),
            ("the full year", "DATE", "FY2015"),
            ("June 2015", "DATE", "2015-06"),
            ("the three months", "DURATION", "P3M"),
            ("a year earlier", "DATE", "FY2014-Q1"),
            ("Q1 FY2014", "DATE", "FY2014-Q1"),
            ("Quarter-on-quarter", "DATE", "FY2014-Q4"),
            ("6.12pm", "TIME", "2014-11-14T18:12"),
            ("yesterday", "DATE", "2014-11-14"),
            ("the end of June", "DATE", "2014-06"),
            ("yesterday afternoon", "TIME", "2014-11-14TAF"),
            ("the quarter", "DATE", "FY2015-Q1"),
            ("the April-June period", "DATE", "2014-Q2"),
            ("year-on-year", "DATE", "FY2014-Q1"),
            ("The current quarter", "DATE", "FY2015-Q2"),
            ("at least six months", "DURATION", "P6M"),
            ("two years", "DURATION", "P2Y"),
            ("FY2015", "DATE", "FY2015"),
            ("August", "DATE", "2014-08"),
            ("the second half of calendar 2015", "DATE", "2015-H2"),
            ("March", "DATE", "2015-03"),
            ("February", "DATE", "2015-02"),
            ("the six months", "DURATION", "P6M"),
            ("Dec 31", "DATE", "2014-12-31"),
            ("FY2014", "DATE", "FY2014"),
            ("June 30", "DATE", "2014-06-30"),
            ("1987", "DATE", "1987"),
            ("2006", "DATE", "2006"),
            ("every year", "SET", "P1Y"),
            ("2010", "DATE", "2010"),
            ("July", "DATE", "2014-07"),
            ("last night", "TIME", "2014-11-14TNI"),
            ("at least mid-2015", "DATE", "2015"),
            ("nine straight weeks", "DURATION", "P9W"),
            ("the first quarter of next year", "DATE", "2015-Q1"),
            ("Monday", "DATE", "2014-11-17"),
            ("10am", "TIME", "2014-11-17T10:00"),
        ],
    ),
    # Tuesday 2014-09-23 (ISO week 39), British financial paper's website, section label,
    # headline, standfirst ("to list in October"), "Last updated: September 23, 2014 6:58 pm"
    # (DATE and TIME), byline, an "Expected timetable" box. The company's financial year ends
    # 31 March: "the financial year to 31 March 2014" -> "the financial year" FY2014 plus the
    # date (gold_blind100), "the previous year" after it FY2013 (the granularity of what it is
    # compared with), "the 2015-16 financial year" one span FY2016 (like "the 2013 financial
    # year", gold_blind100). "this morning" 2014-09-23TMO; "on Sunday" 2014-09-21 and "that
    # evening" after it 2014-09-21TEV; "since 2009"; "next month" and "October" 2014-10;
    # "since the summer" 2014-SU; "in June" 2014-06; "since early September" 2014-09; "last
    # month" 2014-08. The timetable: "5pm on 15 October" 2014-10-15T17:00 and the DATE; "the
    # next day" 2014-10-16 and "8am" that day; "five days later" 2014-10-21 (anchored on the
    # narrative's last date, gold_blind28, gold_blind38) and "on 21 October"; the box repeats
    # them ("6 October", "5pm, 15 October", "8am, 16 October", "21 October"). "two weeks
    # earlier than its advisers had planned" P2W (the size of a shift, gold_blind38); "their
    # first month of trading" P1M (an ordinal period with the possessive, like "its first hour
    # of trading" in gold_blind23); "180-day lock-up" P180D; "for a year" P1Y; "close every
    # winter" SET XXXX-WI (gold_blind15); "Bookings for next year" 2015 and "last year's pace"
    # -> "last year" 2013; "Two years ago" 2012 (gold_blind21); "Now" PRESENT_REF. Not
    # annotated: "mardaleleisure.co.uk/ipo2014" (a year inside a web address, gold_blind74),
    # "0345 555 2014" (a helpline ending in a year-like number), "64" (an age), "1,987
    # lodges" (a count that looks like a year), "FTSE 250", "61 parks", "4,800 caravan
    # pitches", "£900m", "£64m", "£251m", "40 per cent" (twice), "22 per cent", "12 per cent",
    # "9 per cent", "4 per cent", "The timing", "Expected timetable" (a heading).
    "mardale-leisure-float-timetable": (
        "2014-09-23",
        [
            ("October", "DATE", "2014-10"),
            ("September 23, 2014", "DATE", "2014-09-23"),
            ("6:58 pm", "TIME", "2014-09-23T18:58"),
            ("2009", "DATE", "2009"),
            ("next month", "DATE", "2014-10"),
            ("the summer", "DATE", "2014-SU"),
            ("this morning", "TIME", "2014-09-23TMO"),
            ("two weeks", "DURATION", "P2W"),
            ("Sunday", "DATE", "2014-09-21"),
            ("that evening", "TIME", "2014-09-21TEV"),
            ("their first month", "DURATION", "P1M"),
            ("June", "DATE", "2014-06"),
            ("5pm", "TIME", "2014-10-15T17:00"),
            ("15 October", "DATE", "2014-10-15"),
            ("the next day", "DATE", "2014-10-16"),
            ("8am", "TIME", "2014-10-16T08:00"),
            ("five days later", "DATE", "2014-10-21"),
            ("21 October", "DATE", "2014-10-21"),
            ("180-day", "DURATION", "P180D"),
            ("a year", "DURATION", "P1Y"),
            ("every winter", "SET", "XXXX-WI"),
            ("the financial year", "DATE", "FY2014"),
            ("31 March 2014", "DATE", "2014-03-31"),
            ("the previous year", "DATE", "FY2013"),
            ("next year", "DATE", "2015"),
            ("last year", "DATE", "2013"),
            ("the 2015-16 financial year", "DATE", "FY2016"),
            ("Two years ago", "DATE", "2012"),
            ("Now", "DATE", "PRESENT_REF"),
            ("early September", "DATE", "2014-09"),
            ("last month", "DATE", "2014-08"),
            ("6 October", "DATE", "2014-10-06"),
            ("5pm", "TIME", "2014-10-15T17:00"),
            ("15 October", "DATE", "2014-10-15"),
            ("8am", "TIME", "2014-10-16T08:00"),
            ("16 October", "DATE", "2014-10-16"),
            ("21 October", "DATE", "2014-10-21"),
        ],
    ),
    # Wednesday 2015-06-10 (ISO week 24), financial newswire's Treasury auction story,
    # headline, byline, "NEW YORK--" dateline, an "Auction results:" box, the trailer "(END)
    # Dow Jones Newswires" and "June 10, 2015 13:24 ET (17:24 GMT)" (DATE and two TIMEs). The
    # tenors are DURATIONs on the adjective (gold_blind38): headline "10-Yr" (an abbreviation)
    # and "10-year" P10Y, "three-year" P3Y, "30-year" P30Y; the box's "10-year note" P10Y.
    # Weekdays: "drew tepid demand Wednesday" the publication day; "Tuesday's $24 billion
    # offering" and "late Tuesday" 2015-06-09 (the latter a DATE with its modifier,
    # gold_blind23); "sell ... Thursday" and "due Thursday at 8:30 a.m." 2015-06-11 (ahead);
    # "Friday's jobs report" 2015-06-05 (past). "the 1 p.m. EDT bidding deadline" -> "1 p.m.
    # EDT" 2015-06-10T13:00. "the issue first sold in May" and "figures for May" 2015-05, "last
    # month" 2015-05, "a month ago" 2015-05 (the unit's granularity, gold_blind28); "Since
    # December" (headline) and "since December" 2014-12; "Jan. 30" 2015-01-30; "June 16-17" ->
    # "June 16" and "17" two DATEs (like "Sept. 21-22", gold_blind23); "by September" 2015-09;
    # "since 2006"; "since mid-2014" 2014; "later this year" 2015 (gold_blind38); "this week"
    # 2015-W24; "this quarter" 2015-Q2 (the calendar quarter of publication, like "this
    # month"). "almost two years" P2Y (a superlative's period); "the following two months" P2M
    # (anchored); "each quarter" SET P3M, "every month" SET P1M; "recent months" PAST_REF. The
    # box's "June 10, 2015", "June 15, 2015" (issue date) and "May 15, 2025" (maturity) are
    # DATEs. Not annotated: "June Castell" (a strategist, in a June story), "duration" (a bond
    # term), "the previous six sales", "afternoon trading", "when-issued", "coupon auctions",
    # "fed-funds futures", "the Fed meeting" (an event; its days are annotated), "a first
    # increase", "the maturity", "2.490%", "2.475%", "2.493%", "2.433%", "1.64%", "55.6%",
    # "63%", "2.35", "35%", "48%", "$21 billion", "$24 billion", "$13 billion", "$58 billion",
    # "262,000 jobs", "45 basis points", "dana.whitlock@wsj.com", "(reopening)".
    "treasury-10-year-note-auction-soft-demand": (
        "2015-06-10",
        [
            ("10-Yr", "DURATION", "P10Y"),
            ("December", "DATE", "2014-12"),
            ("10-year", "DURATION", "P10Y"),
            ("Wednesday", "DATE", "2015-06-10"),
            ("later this year", "DATE", "2015"),
            ("May", "DATE", "2015-05"),
            ("1 p.m. EDT", "TIME", "2015-06-10T13:00"),
            ("December", "DATE", "2014-12"),
            ("this week", "DATE", "2015-W24"),
            ("Tuesday", "DATE", "2015-06-09"),
            ("three-year", "DURATION", "P3Y"),
            ("30-year", "DURATION", "P30Y"),
            ("Thursday", "DATE", "2015-06-11"),
            ("late Tuesday", "DATE", "2015-06-09"),
            ("Jan. 30", "DATE", "2015-01-30"),
            ("almost two years", "DURATION", "P2Y"),
            ("this quarter", "DATE", "2015-Q2"),
            ("June 16", "DATE", "2015-06-16"),
            ("17", "DATE", "2015-06-17"),
            ("September", "DATE", "2015-09"),
            ("a month ago", "DATE", "2015-05"),
            ("2006", "DATE", "2006"),
            ("recent months", "DATE", "PAST_REF"),
            ("mid-2014", "DATE", "2014"),
            ("May", "DATE", "2015-05"),
            ("Thursday", "DATE", "2015-06-11"),
            ("8:30 a.m.", "TIME", "2015-06-11T08:30"),
            ("Friday", "DATE", "2015-06-05"),
            ("last month", "DATE", "2015-05"),
            ("10-year", "DURATION", "P10Y"),
            ("each quarter", "SET", "P3M"),
            ("the following two months", "DURATION", "P2M"),
            ("every month", "SET", "P1M"),
            ("10-year", "DURATION", "P10Y"),
            ("June 10, 2015", "DATE", "2015-06-10"),
            ("June 15, 2015", "DATE", "2015-06-15"),
            ("May 15, 2025", "DATE", "2025-05-15"),
            ("June 10, 2015", "DATE", "2015-06-10"),
            ("13:24 ET", "TIME", "2015-06-10T13:24"),
            ("17:24 GMT", "TIME", "2015-06-10T17:24"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
