"""Annotations of blind gold set 580, chosen by hand before the tagger ran.

    python tests/data/gold_blind580/annotate.py [--show]

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
    # Tuesday 2012-05-08 (ISO week 19), British financial newswire's intraday report, headline
    # ("To Four-Month Low", the adjectival duration P4M like the "seven-year low" of gold_blind23),
    # stamp "Tuesday, 08 May 2012 12:14 BST" (one DATE span with its weekday, and a TIME, the
    # zone in the span), byline, "LONDON (Thameside Newswire) -" dateline. "by midday Tuesday"
    # -> "midday" T12:00 (gold_blind11, gold_blind23) and "Tuesday", the publication day.
    # "the early May bank holiday" is Monday 2012-05-07, the first Monday of May (gold_blind57);
    # "overnight" the night begun that Monday evening, 2012-05-07TNI (gold_blind21, gold_blind103).
    # "1200 BST" and "1430 BST" (the Wall Street open) are today's clock times. "last week"
    # 2012-W18; "year to date" 2012 (gold_blind23); "its 2012 high" an adjectival year; "16
    # March", "6 January", "late January" past. Colliard's year is the calendar: "the first
    # quarter" and "The March quarter" 2012-Q1, "a year earlier" 2011-Q1 (the quarter compared
    # with), "the second half" 2012-H2. Hatherley's year ends 31 March: "full-year" and "the
    # financial year" (to 31 March) FY2012, named by the year it ends, "the new financial year"
    # FY2013 (gold_blind63, gold_blind74); "April lettings" 2012-04; "the best for five years"
    # P5Y (the period of a superlative). "the 10 weeks to 14 April" is "the 10 weeks" P10W plus
    # "14 April" (gold_blind74); "Easter" is Easter Sunday 2012-04-08; "about a fortnight earlier
    # than last year" -> "about a fortnight" P2W (the size of a shift, gold_blind28) and "last
    # year" 2011. "Thursday" (the bank's statement, the rate decision "at noon on Thursday")
    # 2012-05-10; "tomorrow" 2012-05-09; "Friday" 2012-05-11; "March" (industrial production)
    # 2012-03; "August" 2012-08; "the quarterly Inflation Report" SET P3M (an adjectival
    # frequency naming a recurring publication, gold_blind23, gold_blind35); "10-year" P10Y
    # (gold_blind38); "two-day" P2D; "20-day" P20D. Not annotated: "FTSE 100" (twice), "FTSE
    # 250" (twice), "AIM All-Share", "2,012.00 pence" (a price holding 2012), "1,850 pence",
    # "5,493.81", "10,904.52", "737.18", "30.90p", "6.2p", "58" (an age), "six basis points",
    # "a third monthly fall" (an adjective naming the period of a figure, gold_blind103), "so
    # far", "the full session", "a lower open", "the worst performer", "the best performer",
    # "+44 (0)20 7946 2012" (a phone number holding 2012).
    "london-midday-miners-bank-holiday": (
        "2012-05-08",
        [
            ("Four-Month", "DURATION", "P4M"),
            ("Tuesday, 08 May 2012", "DATE", "2012-05-08"),
            ("12:14 BST", "TIME", "2012-05-08T12:14"),
            ("four-month", "DURATION", "P4M"),
            ("midday", "TIME", "2012-05-08T12:00"),
            ("Tuesday", "DATE", "2012-05-08"),
            ("the early May bank holiday", "DATE", "2012-05-07"),
            ("overnight", "TIME", "2012-05-07TNI"),
            ("1200 BST", "TIME", "2012-05-08T12:00"),
            ("6 January", "DATE", "2012-01-06"),
            ("now", "DATE", "PRESENT_REF"),
            ("2012", "DATE", "2012"),
            ("16 March", "DATE", "2012-03-16"),
            ("year to date", "DATE", "2012"),
            ("last week", "DATE", "2012-W18"),
            ("the first quarter", "DATE", "2012-Q1"),
            ("a year earlier", "DATE", "2011-Q1"),
            ("several weeks", "DURATION", "PXW"),
            ("The March quarter", "DATE", "2012-Q1"),
            ("the second half", "DATE", "2012-H2"),
            ("Thursday", "DATE", "2012-05-10"),
            ("full-year", "DATE", "FY2012"),
            ("the financial year", "DATE", "FY2012"),
            ("31 March", "DATE", "2012-03-31"),
            ("20 July", "DATE", "2012-07-20"),
            ("the new financial year", "DATE", "FY2013"),
            ("April", "DATE", "2012-04"),
            ("five years", "DURATION", "P5Y"),
            ("the 10 weeks", "DURATION", "P10W"),
            ("14 April", "DATE", "2012-04-14"),
            ("Easter", "DATE", "2012-04-08"),
            ("about a fortnight", "DURATION", "P2W"),
            ("last year", "DATE", "2011"),
            ("10-year", "DURATION", "P10Y"),
            ("late January", "DATE", "2012-01"),
            ("two-day", "DURATION", "P2D"),
            ("tomorrow", "DATE", "2012-05-09"),
            ("noon", "TIME", "2012-05-10T12:00"),
            ("Thursday", "DATE", "2012-05-10"),
            ("quarterly", "SET", "P3M"),
            ("August", "DATE", "2012-08"),
            ("20-day", "DURATION", "P20D"),
            ("1430 BST", "TIME", "2012-05-08T14:30"),
            ("Friday", "DATE", "2012-05-11"),
            ("March", "DATE", "2012-03"),
        ],
    ),
    # Sunday 2012-12-16 (ISO week 50), US Sunday paper's business-section "week ahead" column,
    # section label, headline ("before Christmas"), byline, date line "Sunday, December 16,
    # 2012", then a calendar box. In a Sunday paper "next week" is the week that starts the next
    # day, 2012-W51 (gold_blind25), and the week just ended is named by "the week ended Friday"
    # -> "the week" 2012-W50 plus "Friday" 2012-12-14 (split like "the week ending Friday",
    # gold_blind22), as is "ended the week" 2012-W50 with "a week earlier" 2012-W49 (the
    # granularity of what it is compared with). "The holiday will shorten the following week"
    # -> 2012-W52, anchored on "next week" (gold_blind39). Coming weekdays: "Tuesday" 2012-12-18,
    # "After Wednesday" 2012-12-19, "the 21st" 2012-12-21 (a bare ordinal day, the nearest ahead,
    # gold_blind43, gold_blind54); "Monday, Dec. 24" one span (gold_blind23); "Christmas Day,
    # Tuesday" two DATEs 2012-12-25; "2 p.m. that day" -> "that day" 2012-12-24 (an anaphoric
    # day, gold_blind18). The box labels are the coming days 2012-12-17 to 2012-12-21
    # (gold_blind64). Mercer's fiscal year "ends May 31" (the year now running, 2013-05-31,
    # gold_blind33, gold_blind38): "the three months ended Nov. 30" P3M plus the date, "its
    # fiscal second quarter" and the box's "fiscal second-quarter" FY2013-Q2 (September-November
    # 2012), "a year earlier" FY2012-Q2, "fiscal 2013" FY2013. Calendar periods: "Fourth-quarter"
    # and "fourth-quarter" 2012-Q4, "a year earlier" after them 2011-Q4, "third-quarter" 2012-Q3;
    # "Jan. 8" 2013-01-08; "September" 2012-09; the data months "December" 2012-12 and "November"
    # 2012-11. "its first weekly decline in four weeks" -> "four weeks" P4W (the period of a
    # "first in", gold_blind35); "two weeks before the books close" P2W (anchored duration);
    # "this year" 2012; "10-year" P10Y; "Quarterly expiration" SET P3M. Not annotated: "THE
    # WEEK AHEAD" (the column's standing name, like "PICK OF THE DAY" and "FALL MOVIE PREVIEW"
    # in gold_blind84), "THE CALENDAR", "the last full one" (a pronoun), "the so-called January
    # effect" (the name of a market pattern, no particular January), "weekly decline" (an
    # adjective naming the period of a figure), "The holiday" (an anaphoric event
    # noun; its day, "Christmas Day", is annotated), "earnings season", "the closing bell", "the
    # opening bell", "the books close", "Russell 2000", "S&P 500", "$1.41", "$1.57", "1.70
    # percent", "212-555-2013" (a phone number holding 2013).
    "week-ahead-mercer-freight-christmas-eve": (
        "2012-12-16",
        [
            ("Christmas", "DATE", "2012-12-25"),
            ("Sunday, December 16, 2012", "DATE", "2012-12-16"),
            ("next week", "DATE", "2012-W51"),
            ("Christmas", "DATE", "2012-12-25"),
            ("this year", "DATE", "2012"),
            ("the week", "DATE", "2012-W50"),
            ("Friday", "DATE", "2012-12-14"),
            ("four weeks", "DURATION", "P4W"),
            ("Tuesday", "DATE", "2012-12-18"),
            ("the three months", "DURATION", "P3M"),
            ("Nov. 30", "DATE", "2012-11-30"),
            ("its fiscal second quarter", "DATE", "FY2013-Q2"),
            ("May 31", "DATE", "2013-05-31"),
            ("fiscal 2013", "DATE", "FY2013"),
            ("September", "DATE", "2012-09"),
            ("a year earlier", "DATE", "FY2012-Q2"),
            ("Wednesday", "DATE", "2012-12-19"),
            ("the 21st", "DATE", "2012-12-21"),
            ("two weeks", "DURATION", "P2W"),
            ("the following week", "DATE", "2012-W52"),
            ("1 p.m.", "TIME", "2012-12-24T13:00"),
            ("Monday, Dec. 24", "DATE", "2012-12-24"),
            ("Christmas Day", "DATE", "2012-12-25"),
            ("Tuesday", "DATE", "2012-12-25"),
            ("2 p.m.", "TIME", "2012-12-24T14:00"),
            ("that day", "DATE", "2012-12-24"),
            ("Fourth-quarter", "DATE", "2012-Q4"),
            ("Jan. 8", "DATE", "2013-01-08"),
            ("fourth-quarter", "DATE", "2012-Q4"),
            ("a year earlier", "DATE", "2011-Q4"),
            ("10-year", "DURATION", "P10Y"),
            ("the week", "DATE", "2012-W50"),
            ("a week earlier", "DATE", "2012-W49"),
            ("Monday", "DATE", "2012-12-17"),
            ("December", "DATE", "2012-12"),
            ("Tuesday", "DATE", "2012-12-18"),
            ("fiscal second-quarter", "DATE", "FY2013-Q2"),
            ("Wednesday", "DATE", "2012-12-19"),
            ("November", "DATE", "2012-11"),
            ("Thursday", "DATE", "2012-12-20"),
            ("third-quarter", "DATE", "2012-Q3"),
            ("Friday", "DATE", "2012-12-21"),
            ("November", "DATE", "2012-11"),
            ("Quarterly", "SET", "P3M"),
        ],
    ),
    # Wednesday 2013-07-03 (ISO week 27), US wire's closing market wrap, headline ("before July
    # Fourth"), byline, stamp "Published: July 3, 2013 2:41 PM ET" (DATE and TIME), "NEW YORK
    # (AP) —" dateline. "July Fourth" and "Independence Day" 2013-07-04 (holidays on their day);
    # "Wednesday" the publication day; "Thursday" 2013-07-04, "Friday" (three times: the jobs
    # report, "reopen Friday", "the calm before Friday") 2013-07-05 and the report's "8:30 a.m."
    # that day; "late Tuesday" 2013-07-02 (gold_blind23); "overnight" the night begun on
    # Tuesday evening, 2013-07-02TNI. "1 p.m. Eastern time" (the early close, zone in the span)
    # and "2 p.m." (the bond market) today. "June" (hiring, Tandem's sales, the Fed's June
    # meeting) 2013-06; "last month" 2013-06; "a year earlier" after June 2012-06. "the first
    # half of the year" 2013-H1; "1998", "November 2007", "May 2012" as written; "May 21"
    # 2013-05-21 and "over the next month" -> "the next month" P1M (a past stretch from it);
    # "later this year" 2013; "July 10" 2013-07-10; "the second quarter, which ended Sunday"
    # 2013-Q2 and 2013-06-30 (gold_blind35); "next week" 2013-W28; "two weeks ago" 2013-W25
    # (the unit's granularity, gold_blind23). Quorra's fiscal year ends in late July: "its
    # fiscal fourth quarter, which ends July 27" FY2013-Q4 plus 2013-07-27; "Aug. 14"
    # 2013-08-14. "Crude oil for August delivery" 2013-08 (delivery months forward, gold_blind6).
    # "10-year" P10Y. Not annotated: "a shortened session", "early trading", "an early slump",
    # "a holiday" (indefinite, in a quote), "its best performance", "a record", "since" alone
    # ("has since recovered"), "14,988.55", "1,615.41", "3,443.67", "188,000 jobs", "$31 a
    # share", "$101.24", "$1,241.50", "Nikkei 225", "FTSE 100", "S&P 500".
    "stocks-edge-up-before-july-fourth": (
        "2013-07-03",
        [
            ("July Fourth", "DATE", "2013-07-04"),
            ("July 3, 2013", "DATE", "2013-07-03"),
            ("2:41 PM ET", "TIME", "2013-07-03T14:41"),
            ("Wednesday", "DATE", "2013-07-03"),
            ("Friday", "DATE", "2013-07-05"),
            ("1 p.m. Eastern time", "TIME", "2013-07-03T13:00"),
            ("Thursday", "DATE", "2013-07-04"),
            ("Independence Day", "DATE", "2013-07-04"),
            ("Friday", "DATE", "2013-07-05"),
            ("June", "DATE", "2013-06"),
            ("8:30 a.m.", "TIME", "2013-07-05T08:30"),
            ("overnight", "TIME", "2013-07-02TNI"),
            ("last month", "DATE", "2013-06"),
            ("Friday", "DATE", "2013-07-05"),
            ("the first half of the year", "DATE", "2013-H1"),
            ("1998", "DATE", "1998"),
            ("May 21", "DATE", "2013-05-21"),
            ("the next month", "DURATION", "P1M"),
            ("later this year", "DATE", "2013"),
            ("June", "DATE", "2013-06"),
            ("July 10", "DATE", "2013-07-10"),
            ("Next week", "DATE", "2013-W28"),
            ("the second quarter", "DATE", "2013-Q2"),
            ("Sunday", "DATE", "2013-06-30"),
            ("June", "DATE", "2013-06"),
            ("a year earlier", "DATE", "2012-06"),
            ("November 2007", "DATE", "2007-11"),
            ("its fiscal fourth quarter", "DATE", "FY2013-Q4"),
            ("July 27", "DATE", "2013-07-27"),
            ("Aug. 14", "DATE", "2013-08-14"),
            ("two weeks ago", "DATE", "2013-W25"),
            ("10-year", "DURATION", "P10Y"),
            ("late Tuesday", "DATE", "2013-07-02"),
            ("2 p.m.", "TIME", "2013-07-03T14:00"),
            ("August", "DATE", "2013-08"),
            ("May 2012", "DATE", "2012-05"),
        ],
    ),
    # Thursday 2014-02-27 (ISO week 9), German financial agency's English bond column, stamp
    # "27.02.2014 | 17:52" (a German day-first numeric date, DATE, like "12.03.2014" in
    # gold_blind87, and a TIME), headline ("ECB next week" 2014-W10), "FRANKFURT (Rhein-Main
    # Finanzdienst) -" dateline. "for a fourth straight day" -> "a fourth straight day" P1D,
    # an ordinal day of a run (gold_blind13, gold_blind23,
    # gold_blind45); "three consecutive weeks" P3W (a cardinal run, gold_blind103). Past
    # weekdays: "late Wednesday" (twice) and "On Wednesday" (the auction) 2014-02-26, the Ifo
    # index "published on Monday" 2014-02-24. Ahead: "on Friday" 2014-02-28 with "11:00 CET" and
    # "09:55 CET" that day; "next Thursday" in a Thursday story is the Thursday of the next week
    # (as "last Tuesday" in a Tuesday paper is the previous week's, gold_blind4), 2014-03-06,
    # confirmed by "6 March"; "On Tuesday" 2014-03-04; "Rose Monday" (the Rhineland carnival
    # Monday, 48 days before Easter Sunday 2014-04-20) 2014-03-03, a named day on the day it
    # falls on like "Family Day" (gold_blind103). "February" (the inflation and labour
    # figures) 2014-02, "a year earlier" 2013-02; "The March Bund future" 2014-03 (a delivery
    # month, gold_blind23); "Month-end" 2014-02 (gold_blind9, gold_blind22); "Thursday
    # afternoon" 2014-02-27TAF; "the start of the year" 2014 (the period whose start it names,
    # like "the start of September" in gold_blind23); "the first quarter" 2014-Q1; "last week"
    # 2014-W08; "its monthly report" SET P1M (a recurring publication, gold_blind35); "the first
    # time in three years" P3Y (gold_blind63); "forecasts running to 2016" 2016; "2013", "July
    # 2011" as written. Tenors are DURATIONs (gold_blind38): "ten-year" (three times) P10Y,
    # "two-year" P2Y, "five-year" P5Y; "maturing in February 2024" -> "February 2024" 2024-02
    # (the repayment date, like "due 2024" in gold_blind38). "for now" and "have now gained"
    # PRESENT_REF. Not annotated: "the overnight rate Eonia" (an adjective naming a kind of
    # rate, like "Overnight lows" in gold_blind103), "144.23 points", "41 ticks", "111.3", "1.6
    # times", "0.25 percent", "35 basis points", "3.3 billion euros", "1.3690 dollars", "may or
    # may not" (verbs), "for the first time" beyond "three years", "longer maturities".
    "german-bonds-bunds-gain-inflation-ecb": (
        "2014-02-27",
        [
            ("27.02.2014", "DATE", "2014-02-27"),
            ("17:52", "TIME", "2014-02-27T17:52"),
            ("next week", "DATE", "2014-W10"),
            ("a fourth straight day", "DURATION", "P1D"),
            ("Thursday", "DATE", "2014-02-27"),
            ("February", "DATE", "2014-02"),
            ("ten-year", "DURATION", "P10Y"),
            ("late Wednesday", "DATE", "2014-02-26"),
            ("two-year", "DURATION", "P2Y"),
            ("March", "DATE", "2014-03"),
            ("February", "DATE", "2014-02"),
            ("a year earlier", "DATE", "2013-02"),
            ("February", "DATE", "2014-02"),
            ("Friday", "DATE", "2014-02-28"),
            ("11:00 CET", "TIME", "2014-02-28T11:00"),
            ("February", "DATE", "2014-02"),
            ("09:55 CET", "TIME", "2014-02-28T09:55"),
            ("next Thursday", "DATE", "2014-03-06"),
            ("6 March", "DATE", "2014-03-06"),
            ("2016", "DATE", "2016"),
            ("now", "DATE", "PRESENT_REF"),
            ("Wednesday", "DATE", "2014-02-26"),
            ("five-year", "DURATION", "P5Y"),
            ("Tuesday", "DATE", "2014-03-04"),
            ("ten-year", "DURATION", "P10Y"),
            ("February 2024", "DATE", "2024-02"),
            ("now", "DATE", "PRESENT_REF"),
            ("three consecutive weeks", "DURATION", "P3W"),
            ("the start of the year", "DATE", "2014"),
            ("ten-year", "DURATION", "P10Y"),
            ("2013", "DATE", "2013"),
            ("three years", "DURATION", "P3Y"),
            ("Month-end", "DATE", "2014-02"),
            ("Thursday afternoon", "TIME", "2014-02-27TAF"),
            ("monthly", "SET", "P1M"),
            ("last week", "DATE", "2014-W08"),
            ("the first quarter", "DATE", "2014-Q1"),
            ("Monday", "DATE", "2014-02-24"),
            ("July 2011", "DATE", "2011-07"),
            ("Rose Monday", "DATE", "2014-03-03"),
            ("17:30 CET", "TIME", "2014-02-27T17:30"),
            ("late Wednesday", "DATE", "2014-02-26"),
        ],
    ),
    # Friday 2014-03-28 (ISO week 13), Japanese agency's English currency column, headline
    # ("upper 102 yen zone", not temporal), "Tokyo, March 28 (Nippon Market Press)--" dateline
    # (the publication day). Japanese companies' business year runs April-March and is named by
    # the year it ends (gold_blind63, gold_blind74): "the end of the business year on Monday" ->
    # FY2014 (the end of a period takes its value, like "the end of the fiscal year" in
    # gold_blind9) and "Monday" 2014-03-31; "the new business year" (twice) FY2015, starting
    # "Tuesday, April 1" (one span with its weekday) 2014-04-01. The Tankan "due out at 8:50
    # a.m. the same day" -> 2014-04-01T08:50 and "the same day" 2014-04-01 (anaphoric, like
    # "that day", gold_blind18). "At 5 p.m." today 2014-03-28T17:00; New York's "5 p.m.
    # Thursday" 2014-03-27T17:00 (the clock of the place named) and "Thursday"; "late Thursday"
    # 2014-03-27; "the 9:55 a.m. fixing" 2014-03-28T09:55; "the afternoon" 2014-03-28TAF. "next
    # week" 2014-W14; "For the week" and "for the week" 2014-W13 (gold_blind38). "two-day"
    # P2D, "April 8" 2014-04-08; "nonfarm payrolls for March, due April 4" 2014-03 and
    # 2014-04-04; "early February" 2014-02; "a five-year high" P5Y (gold_blind63); "Jan. 2"
    # 2014-01-02; "the January-March quarter" 2014-Q1 (a quarter named by calendar months,
    # gold_blind74); "2013"; "late April" 2014-04; "the coming months" PXM; "its first weekly
    # rise in three weeks" P3W and "its biggest gain in five weeks" P5W (the period of a "first
    # in" and of a superlative); "the past 12 months" P12M; "quarterly" SET P3M; "10-year" P10Y;
    # "mid-December" 2013-12. Not annotated: the two-way quotes "102.48-50", "102.18-28",
    # "102.06-08", "1.3751-3753", "140.95-99" (prices, not ranges of days), "102.75 yen", "101
    # yen and 103 yen", "105.44 yen", "0.620 percent", "1,186.91", "Nikkei 225", "Topix",
    # "overnight implied volatility" (an adjective naming a kind of option), "usually",
    # "weekly rise", "the book-closing", "since" alone ("has since regained").
    "tokyo-forex-dollar-firm-book-closing": (
        "2014-03-28",
        [
            ("March 28", "DATE", "2014-03-28"),
            ("Friday", "DATE", "2014-03-28"),
            ("the end of the business year", "DATE", "FY2014"),
            ("Monday", "DATE", "2014-03-31"),
            ("5 p.m.", "TIME", "2014-03-28T17:00"),
            ("5 p.m.", "TIME", "2014-03-27T17:00"),
            ("Thursday", "DATE", "2014-03-27"),
            ("late Thursday", "DATE", "2014-03-27"),
            ("9:55 a.m.", "TIME", "2014-03-28T09:55"),
            ("the afternoon", "TIME", "2014-03-28TAF"),
            ("next week", "DATE", "2014-W14"),
            ("the new business year", "DATE", "FY2015"),
            ("Tuesday, April 1", "DATE", "2014-04-01"),
            ("quarterly", "SET", "P3M"),
            ("8:50 a.m.", "TIME", "2014-04-01T08:50"),
            ("the same day", "DATE", "2014-04-01"),
            ("two-day", "DURATION", "P2D"),
            ("April 8", "DATE", "2014-04-08"),
            ("March", "DATE", "2014-03"),
            ("April 4", "DATE", "2014-04-04"),
            ("early February", "DATE", "2014-02"),
            ("five-year", "DURATION", "P5Y"),
            ("Jan. 2", "DATE", "2014-01-02"),
            ("the January-March quarter", "DATE", "2014-Q1"),
            ("2013", "DATE", "2013"),
            ("the new business year", "DATE", "FY2015"),
            ("late April", "DATE", "2014-04"),
            ("the coming months", "DURATION", "PXM"),
            ("the week", "DATE", "2014-W13"),
            ("three weeks", "DURATION", "P3W"),
            ("the past 12 months", "DURATION", "P12M"),
            ("10-year", "DURATION", "P10Y"),
            ("the week", "DATE", "2014-W13"),
            ("five weeks", "DURATION", "P5W"),
            ("mid-December", "DATE", "2013-12"),
        ],
    ),
    # Monday 2015-03-09 (ISO week 11), Hong Kong English-language paper's website, section
    # label, headline ("this week"), standfirst ("second-half"), stamps "PUBLISHED : Monday, 09
    # March, 2015, 12:01am" and "UPDATED : ... 11:20am" (each a DATE with its weekday and a
    # TIME), byline, then a results box. The blue chips follow the calendar year: "full-year
    # figures" reported in March 2015 are for 2014, "second-half", "the second half" and "The
    # second half of 2014" 2014-H2, "fourth quarter" 2014-Q4 (the head of "a weak fourth
    # quarter", like "autumn" of "a wetter than average autumn" in gold_blind103). "this week"
    # and "opens the week today" 2015-W11; "today" 2015-03-09; "by Friday" and the Friday
    # reports 2015-03-13; "closed ... on Friday" 2015-03-06 and "for the week" 2015-W10; "last
    # week" 2015-W10 and its "on Tuesday" 2015-03-03, "over two days" P2D. The Fed meeting "on
    # March 17 and 18" -> two DATEs 2015-03-17 and the bare "18" 2015-03-18 (like "Sept. 21-22"
    # in gold_blind23). "Lunar New Year" 2015-02-19 (gold_blind57). Lung Kee's year "ends on
    # March 31" 2015-03-31 (the year now running); "the nine months to December" P9M plus
    # 2014-12 (gold_blind23, gold_blind74), the box's "nine-month update" P9M. "a ninth
    # consecutive month" P1M (an ordinal month of a run, like "a ninth straight month" in
    # gold_blind23), "in February" 2015-02, "a year earlier" 2014-02. "November 17" 2014-11-17;
    # "since 2012", "since 1983", "guidance for 2015" as written; "now" PRESENT_REF. The box's
    # labels "Today", "Tuesday" ... "Friday" are this week's days (gold_blind64). Not annotated:
    # "results season", "(stock code: 1988)" and "Lung Kee Power (2015)" (stock codes holding
    # year-like numbers, like "stock code 1998" in gold_blind23), "RESULTS CALENDAR",
    # "24,164.00", "7.80", "14 of the 50", "8 per cent", "38 per cent", "final dividend", "the
    # market close", "the easy gains", "the strong end of its trading band".
    "hong-kong-results-season-busiest-week": (
        "2015-03-09",
        [
            ("this week", "DATE", "2015-W11"),
            ("second-half", "DATE", "2014-H2"),
            ("Monday, 09 March, 2015", "DATE", "2015-03-09"),
            ("12:01am", "TIME", "2015-03-09T00:01"),
            ("Monday, 09 March, 2015", "DATE", "2015-03-09"),
            ("11:20am", "TIME", "2015-03-09T11:20"),
            ("this week", "DATE", "2015-W11"),
            ("full-year", "DATE", "2014"),
            ("Friday", "DATE", "2015-03-13"),
            ("Friday", "DATE", "2015-03-06"),
            ("the week", "DATE", "2015-W10"),
            ("March 17", "DATE", "2015-03-17"),
            ("18", "DATE", "2015-03-18"),
            ("2014", "DATE", "2014"),
            ("2012", "DATE", "2012"),
            ("fourth quarter", "DATE", "2014-Q4"),
            ("The second half of 2014", "DATE", "2014-H2"),
            ("now", "DATE", "PRESENT_REF"),
            ("2015", "DATE", "2015"),
            ("the week", "DATE", "2015-W11"),
            ("today", "DATE", "2015-03-09"),
            ("the second half", "DATE", "2014-H2"),
            ("Lunar New Year", "DATE", "2015-02-19"),
            ("last week", "DATE", "2015-W10"),
            ("Tuesday", "DATE", "2015-03-03"),
            ("two days", "DURATION", "P2D"),
            ("March 31", "DATE", "2015-03-31"),
            ("the nine months", "DURATION", "P9M"),
            ("December", "DATE", "2014-12"),
            ("Wednesday", "DATE", "2015-03-11"),
            ("Thursday", "DATE", "2015-03-12"),
            ("a ninth consecutive month", "DURATION", "P1M"),
            ("February", "DATE", "2015-02"),
            ("a year earlier", "DATE", "2014-02"),
            ("November 17", "DATE", "2014-11-17"),
            ("Friday", "DATE", "2015-03-13"),
            ("1983", "DATE", "1983"),
            ("Today", "DATE", "2015-03-09"),
            ("Tuesday", "DATE", "2015-03-10"),
            ("Wednesday", "DATE", "2015-03-11"),
            ("nine-month", "DURATION", "P9M"),
            ("Thursday", "DATE", "2015-03-12"),
            ("Friday", "DATE", "2015-03-13"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
