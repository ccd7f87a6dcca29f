"""Annotations of the hundred-and-twenty-second blind gold set, chosen by hand before the tagger
ran.

    python tests/data/gold_blind122/annotate.py [--show]

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
    # Monday 2012-07-16 (ISO week 29), agency-style hedge-fund story quoting a quarterly
    # letter, title-case headline ("Worst Quarter Since 2008" -> only "2008"), byline, "July 16
    # (Halyard News) --" dateline (the publication day). The fund's year is the calendar year
    # (no fiscal year described): "the second quarter" (twice) 2012-Q2, "the first half"
    # 2012-H1, "the quarter ending Sept. 30" -> "the quarter" 2012-Q3 plus "Sept. 30" (two
    # TIMEX3, gold_blind6, gold_blind38), "third-quarter letter" 2012-Q3 (adjectival quarter),
    # "the fourth quarter of 2008" one span. "the quarterly letter" and "withdraw money
    # quarterly" are SETs P3M (a recurring publication and a recurring right, like "quarterly
    # dividend", gold_blind6, and "its annual revision", gold_blind23). The letter is "dated
    # July 13" and was "sent ... on Friday", 2012-07-13 (past); the call is "on Thursday" and
    # "at 11 a.m. New York time on Thursday", 2012-07-19 (future), the clock time and its day
    # two TIMEX3 with the zone words in the span (gold_blind55, gold_blind100). Past months of
    # this year: "April", "May", "June 4", "June 20", "June" (twice, "in June alone" and "the
    # three months through June", the latter "the three months" P3M plus "June", gold_blind23).
    # "In 2008 ... by September and still ended that year ahead": "September" 2008-09 and
    # "that year" 2008, a narrative anchor on the year just named (like "That winter",
    # gold_blind103). "the next 18 months" P18M, "an 18-month horizon" P18M, "the next six
    # months" P6M, "45 days' notice" -> "45 days" P45D (the possessive left out), "years" PXY, "most
    # of the past decade" -> "the past decade" P10Y ("most of" left out, gold_blind23);
    # "today" is the publication day. Not annotated: "Worst Quarter" and "its worst result"
    # beyond their dates, "over the same stretch" (anaphoric), "may" (the verb), "52" (an
    # age), "$2.3 billion", "$40 million", "$85 million", "2 percent management fee", "20
    # percent of gains" (the fee terms), "ashbylane.com/letters/2012-q2" (a web address
    # holding a year and a quarter), "Halloway County Employees' Retirement System".
    "ashby-lane-fund-quarterly-letter": (
        "2012-07-16",
        [
            ("2008", "DATE", "2008"),
            ("July 16", "DATE", "2012-07-16"),
            ("the second quarter", "DATE", "2012-Q2"),
            ("the fourth quarter of 2008", "DATE", "2008-Q4"),
            ("the first half", "DATE", "2012-H1"),
            ("quarterly", "SET", "P3M"),
            ("July 13", "DATE", "2012-07-13"),
            ("Friday", "DATE", "2012-07-13"),
            ("2003", "DATE", "2003"),
            ("the past three months", "DURATION", "P3M"),
            ("the next 18 months", "DURATION", "P18M"),
            ("April", "DATE", "2012-04"),
            ("May", "DATE", "2012-05"),
            ("June 4", "DATE", "2012-06-04"),
            ("June 20", "DATE", "2012-06-20"),
            ("June", "DATE", "2012-06"),
            ("2011", "DATE", "2011"),
            ("the three months", "DURATION", "P3M"),
            ("June", "DATE", "2012-06"),
            ("18-month", "DURATION", "P18M"),
            ("the next six months", "DURATION", "P6M"),
            ("quarterly", "SET", "P3M"),
            ("45 days", "DURATION", "P45D"),
            ("the quarter", "DATE", "2012-Q3"),
            ("Sept. 30", "DATE", "2012-09-30"),
            ("Aug. 16", "DATE", "2012-08-16"),
            ("the second quarter", "DATE", "2012-Q2"),
            ("2005", "DATE", "2005"),
            ("2008", "DATE", "2008"),
            ("September", "DATE", "2008-09"),
            ("that year", "DATE", "2008"),
            ("Thursday", "DATE", "2012-07-19"),
            ("11 a.m. New York time", "TIME", "2012-07-19T11:00"),
            ("Thursday", "DATE", "2012-07-19"),
            ("third-quarter", "DATE", "2012-Q3"),
            ("October", "DATE", "2012-10"),
            ("years", "DURATION", "PXY"),
            ("the past decade", "DURATION", "P10Y"),
            ("today", "DATE", "2012-07-16"),
        ],
    ),
    # Saturday 2012-12-01 (ISO week 48), British broadsheet's market report, headline,
    # standfirst, byline, date line "Saturday 1 December 2012" (one span with its weekday).
    # "yesterday" is Friday 2012-11-30, the session reported; the 4.30pm closing auction is on
    # that day, 2012-11-30T16:30, and "Half an hour before the close" is an anchored duration,
    # PT30M (gold_blind35). "tomorrow" and "Tomorrow's numbers" are Sunday 2012-12-02. "on the
    # week" -> "the week" 2012-W48, the trading week just ended (gold_blind6, gold_blind38);
    # "last week's floods" and "last week" of Thanksgiving 2012-W47; "Thanksgiving" 2012 is the
    # fourth Thursday of November, 2012-11-22; "Next week" 2012-W49 with "Thursday" 2012-12-06
    # and "Wednesday" 2012-12-05 (future). "November" (three times) 2012-11; "July" (headline
    # and lead) 2012-07; "the three months to October" -> P3M plus 2012-10 (gold_blind23);
    # "the 11 weeks since 1 September" -> P11W plus 2012-09-01; "the eight weeks to 24
    # November" -> P8W plus 2012-11-24; "its best December in three years" -> "December"
    # 2012-12 (the month ahead) and "three years" P3Y (the period of a superlative); "a
    # stronger autumn after a wet summer" -> head nouns "autumn" 2012-FA and "summer" 2012-SU
    # (like "a wet winter", gold_blind103); "results for 2012 on 28 February" 2012 and
    # 2013-02-28 (future); "this year's average" and "this year" 2012; "its 2007 peak" 2007 (an
    # adjectival year); "Christmas" 2012-12-25; "Brent crude for January delivery" 2013-01
    # (a delivery month forward, gold_blind6); "the Bank of England's monthly rate decision"
    # SET P1M (an adjective naming a recurrence, like "monthly leak surveys", gold_blind35).
    # Not annotated: "FTSE 100", "FTSE 250", "10 of the past 12 sessions" (trading sessions,
    # gold_blind14, gold_blind23), "the close", "the closing auction", "its strongest month"
    # and "its best month" beyond their months, "Autumn Statement" (the name of a fiscal event,
    # beside the annotated "autumn"), index levels, prices ("1,412p", "2,207p", "318p",
    # "276.5p", "144p", "$1.6024", "$111.23"), "£40m", "3.9bn", "3.4bn", percentages.
    "ftse-miners-best-month-since-july": (
        "2012-12-01",
        [
            ("July", "DATE", "2012-07"),
            ("Saturday 1 December 2012", "DATE", "2012-12-01"),
            ("July", "DATE", "2012-07"),
            ("yesterday", "DATE", "2012-11-30"),
            ("tomorrow", "DATE", "2012-12-02"),
            ("the week", "DATE", "2012-W48"),
            ("November", "DATE", "2012-11"),
            ("the three months", "DURATION", "P3M"),
            ("October", "DATE", "2012-10"),
            ("about six weeks", "DURATION", "P6W"),
            ("two decades", "DURATION", "P20Y"),
            ("Tomorrow", "DATE", "2012-12-02"),
            ("November", "DATE", "2012-11"),
            ("Christmas", "DATE", "2012-12-25"),
            ("the 11 weeks", "DURATION", "P11W"),
            ("1 September", "DATE", "2012-09-01"),
            ("autumn", "DATE", "2012-FA"),
            ("summer", "DATE", "2012-SU"),
            ("last week", "DATE", "2012-W47"),
            ("2012", "DATE", "2012"),
            ("28 February", "DATE", "2013-02-28"),
            ("the eight weeks", "DURATION", "P8W"),
            ("24 November", "DATE", "2012-11-24"),
            ("December", "DATE", "2012-12"),
            ("three years", "DURATION", "P3Y"),
            ("Half an hour", "DURATION", "PT30M"),
            ("4.30pm", "TIME", "2012-11-30T16:30"),
            ("this year", "DATE", "2012"),
            ("this year", "DATE", "2012"),
            ("2007", "DATE", "2007"),
            ("January", "DATE", "2013-01"),
            ("Next week", "DATE", "2012-W49"),
            ("monthly", "SET", "P1M"),
            ("Thursday", "DATE", "2012-12-06"),
            ("Wednesday", "DATE", "2012-12-05"),
            ("Thanksgiving", "DATE", "2012-11-22"),
            ("last week", "DATE", "2012-W47"),
            ("November", "DATE", "2012-11"),
        ],
    ),
    # Wednesday 2013-03-13 (ISO week 11), agency currency report, "FOREX-" headline, byline,
    # "NEW YORK, March 13 (Halyard News) -" dateline. "on Wednesday" is the publication day;
    # "Monday's high" 2013-03-11 and "on Tuesday" 2013-03-12 past; "on Thursday" 2013-03-14 and
    # "on Friday" 2013-03-15 future; "next Wednesday" in a Wednesday story is a week ahead,
    # 2013-03-20 (like "next Tuesday" in gold_blind6), the day the Fed's meeting ends ("ending
    # March 20"); "next week" 2013-W12, "the week" of "up 1.1 percent for the week" 2013-W11.
    # US daylight time began on 10 March 2013, so "8:30 a.m. EDT (1230 GMT)" are the same
    # instant, two TIMEX3 on 2013-03-13. Sydney is on daylight time (UTC+11) until April, so
    # "11:30 a.m. Sydney time on Thursday (0030 GMT)" is 2013-03-14T11:30 and
    # 2013-03-14T00:30 (each clock time on its own day, here the same Thursday, gold_blind96).
    # "last month" and "in February" 2013-02, "February jobs data" 2013-02 (a report's month
    # as an adjective, gold_blind33); "January" 2013-01; "since Aug. 2" 2012-08-02, "since Dec.
    # 10" 2012-12-10, "since mid-November" 2012-11 (the nearest ones in the past); "August
    # 2009"; "the second half of the year" 2013-H2, "the second quarter" 2013-Q2; "the end of
    # the year" 2013; "this year" 2013. Headline "7-month" and lead "seven-month" P7M, "a
    # 32-month low" P32M (periods of a superlative, gold_blind23), "the biggest gain in five
    # months" P5M, "two-day" P2D, "one-month ... implied volatility" P1M (an option tenor, like
    # "the 90-day interbank rate", gold_blind38), "its 30-day average" P30D (the window of an
    # average, an adjectival duration), "most of the past nine months" -> "the past nine
    # months" P9M. Not annotated: "In late New York trade" (a trading term, like "in early
    # trading", gold_blind38), "shortly after" (a signal), exchange rates and levels ("83.11",
    # "82.95", "96.24 yen", "96.71", "$1.2958", "$1.2921", "$1.4890", "$1.4832", "$1.0264"),
    # "parity", "six currencies", percentages.
    "forex-dollar-seven-month-high-retail-sales": (
        "2013-03-13",
        [
            ("7-month", "DURATION", "P7M"),
            ("March 13", "DATE", "2013-03-13"),
            ("seven-month", "DURATION", "P7M"),
            ("Wednesday", "DATE", "2013-03-13"),
            ("February", "DATE", "2013-02"),
            ("8:30 a.m. EDT", "TIME", "2013-03-13T08:30"),
            ("1230 GMT", "TIME", "2013-03-13T12:30"),
            ("Aug. 2", "DATE", "2012-08-02"),
            ("the week", "DATE", "2013-W11"),
            ("this year", "DATE", "2013"),
            ("last month", "DATE", "2013-02"),
            ("five months", "DURATION", "P5M"),
            ("January", "DATE", "2013-01"),
            ("the second half of the year", "DATE", "2013-H2"),
            ("the second quarter", "DATE", "2013-Q2"),
            ("Monday", "DATE", "2013-03-11"),
            ("August 2009", "DATE", "2009-08"),
            ("mid-November", "DATE", "2012-11"),
            ("Dec. 10", "DATE", "2012-12-10"),
            ("Thursday", "DATE", "2013-03-14"),
            ("Friday", "DATE", "2013-03-15"),
            ("one-month", "DURATION", "P1M"),
            ("32-month", "DURATION", "P32M"),
            ("Tuesday", "DATE", "2013-03-12"),
            ("next Wednesday", "DATE", "2013-03-20"),
            ("two-day", "DURATION", "P2D"),
            ("next week", "DATE", "2013-W12"),
            ("March 20", "DATE", "2013-03-20"),
            ("the end of the year", "DATE", "2013"),
            ("February", "DATE", "2013-02"),
            ("11:30 a.m. Sydney time", "TIME", "2013-03-14T11:30"),
            ("Thursday", "DATE", "2013-03-14"),
            ("0030 GMT", "TIME", "2013-03-14T00:30"),
            ("the past nine months", "DURATION", "P9M"),
            ("30-day", "DURATION", "P30D"),
        ],
    ),
    # Thursday 2014-03-27 (ISO week 13), agency closing-market report, "US STOCKS-" headline,
    # bullets, byline, "NEW YORK, March 27 (Halyard News) -" dateline, credit line. "on
    # Thursday" (twice) and "today" are the publication day; "said late Wednesday" 2014-03-26;
    # "Friday's data" 2014-03-28 (future, the possessive left out). "biggest one-day fall since
    # August 2011" (headline and lead): "one-day" P1D and "August 2011" (gold_blind6,
    # gold_blind38). "Tech sector has worst day in more than two years" (bullet) -> "more than
    # two years" P2Y, the period of a superlative. "year to date" 2014 (gold_blind23); "the
    # week" of "down 1.5 percent for the week" 2014-W13; "its first weekly loss in four weeks"
    # -> "four weeks" P4W, and "weekly" there is not annotated (it names the period of a
    # figure, not a recurrence, like "its usual monthly total", gold_blind103), while "weekly
    # jobless claims" is SET P1W (gold_blind33); "last week" 2014-W12; "so far this month" ->
    # "this month" 2014-03. Clock times on the day of the session: "2 p.m. EDT (1800 GMT)"
    # (US daylight time since 9 March, the UK still on GMT) and "the 4 p.m. close" -> "4 p.m."
    # (gold_blind6); "the final hour" PT1H (gold_blind6, gold_blind23). Halvern's year is not
    # described: "the quarter ending March 31" 2014-Q1 plus the date; "2014 revenue outlook"
    # and "forecast for 2014" 2014. "its lowest since October" 2013-10, "the 52-week high" ->
    # "52-week" P52W, "in January" 2014-01, "since Feb. 5" 2014-02-05, "on March 7"
    # 2014-03-07; "consumer spending in February" 2014-02, "the March jobs report" 2014-03,
    # "due April 4" 2014-04-04 ("due" a signal); "since the summer" said in March is the
    # summer of 2013, 2013-SU; "a harsh winter" -> "winter" 2014-WI (the winter of 2013-14,
    # which takes the year of its January, gold_blind103); "most of the past year" -> "the past
    # year" P1Y; "now" twice PRESENT_REF. Not annotated: "worst day" beyond its period, "at
    # once", "its low of the session" and "its lowest close", "the record close", "PN-1812" (a
    # router's model number, in a story with the index at "1,812.40"), "S&P 500", "Dow",
    # "Nasdaq", index levels, "$41.06", "$58.90", "$600 million", "10,000", "311,000", "8.1
    # billion", "6.4 billion", "5.3-to-1", "10 major", percentages.
    "us-stocks-halvern-biggest-fall-since-2011": (
        "2014-03-27",
        [
            ("one-day", "DURATION", "P1D"),
            ("August 2011", "DATE", "2011-08"),
            ("2014", "DATE", "2014"),
            ("more than two years", "DURATION", "P2Y"),
            ("March 27", "DATE", "2014-03-27"),
            ("Thursday", "DATE", "2014-03-27"),
            ("one-day", "DURATION", "P1D"),
            ("August 2011", "DATE", "2011-08"),
            ("2014", "DATE", "2014"),
            ("the past year", "DURATION", "P1Y"),
            ("Feb. 5", "DATE", "2014-02-05"),
            ("year to date", "DATE", "2014"),
            ("2 p.m. EDT", "TIME", "2014-03-27T14:00"),
            ("1800 GMT", "TIME", "2014-03-27T18:00"),
            ("the final hour", "DURATION", "PT1H"),
            ("4 p.m.", "TIME", "2014-03-27T16:00"),
            ("October", "DATE", "2013-10"),
            ("52-week", "DURATION", "P52W"),
            ("January", "DATE", "2014-01"),
            ("late Wednesday", "DATE", "2014-03-26"),
            ("the quarter", "DATE", "2014-Q1"),
            ("March 31", "DATE", "2014-03-31"),
            ("2014", "DATE", "2014"),
            ("today", "DATE", "2014-03-27"),
            ("the summer", "DATE", "2013-SU"),
            ("now", "DATE", "PRESENT_REF"),
            ("now", "DATE", "PRESENT_REF"),
            ("the week", "DATE", "2014-W13"),
            ("four weeks", "DURATION", "P4W"),
            ("March 7", "DATE", "2014-03-07"),
            ("Friday", "DATE", "2014-03-28"),
            ("February", "DATE", "2014-02"),
            ("March", "DATE", "2014-03"),
            ("April 4", "DATE", "2014-04-04"),
            ("winter", "DATE", "2014-WI"),
            ("Thursday", "DATE", "2014-03-27"),
            ("weekly", "SET", "P1W"),
            ("last week", "DATE", "2014-W12"),
            ("this month", "DATE", "2014-03"),
        ],
    ),
    # Sunday 2014-08-10 (ISO week 32), US paper's Sunday business column, column label,
    # headline ("Ten years on" DATE 2014, like "Fifty years on", gold_blind29), byline, date
    # line "Sunday, August 10, 2014" (one span), "PORTLAND, Ore. —" dateline. "Ten years ago
    # this week" is one span, 2004-W32 (gold_blind30, gold_blind60), and the apposed "on Aug.
    # 5, 2004" (a Thursday) falls in that week. "By Friday's close" 2014-08-08; "marked the
    # anniversary Tuesday" 2014-08-05 (past: Aug. 5, 2014 is the Tuesday before). "the past 10
    # years" P10Y; "For its first three years as a public company" -> "its first three years"
    # P3Y, an ordinal period of an event with the possessive kept (gold_blind14, gold_blind35);
    # "four times in two years" -> "two years" P2Y (the period within which a count is made,
    # gold_blind23); "more than tripled in five years" P5Y (how long a past change took,
    # gold_blind35); "the slowest pace in three years" P3Y; "a decade in Cardell stock" P10Y.
    # "for most of 2009" -> "2009"; "We spent that year" 2009, a narrative anchor; "the spring
    # of 2009" one span and "had sold by the summer" 2009-SU, the summer of that year (a
    # narrative anchor like "That winter", gold_blind103). Cardell's fiscal year runs
    # July-June and is named by the year it ends (gold_blind23, gold_blind38): "fiscal 2015,
    # which began July 1" FY2015 plus 2014-07-01, "the current fiscal year" FY2015, "its fiscal
    # fourth quarter, which ended June 30" FY2014-Q4 plus 2014-06-30, "from a year earlier"
    # FY2013-Q4 (the granularity of what it is compared with); calendar words keep calendar
    # values ("in May" 2014-05, "next month" 2014-09, "the end of next year" 2015, with "at
    # least until" outside the span). "its quarterly dividend" SET P3M and "every year" SET
    # P1Y; "now" PRESENT_REF; "52-week range" -> "52-week" P52W. Not annotated: "THE LONG VIEW"
    # (a column label), "annualized" (a rate, like "an annual rate", gold_blind33), "Heritage
    # 1919" (a product name), "503-555-2004" (a phone number holding 2004), the e-mail address,
    # "61" and "62" (ages; only "next month" of "turns 62 next month"), "the anniversary", "the
    # opening bell", "the offering", "the crisis", "that long", "S&P 500", "$14", "$46.31",
    # "$7.92", "$9", "38 cents", "$38.10", "$49.75", "24 times", "9 million shares", "2 million
    # cans", "58 percent", "13.1 percent", "7.8 percent", "4 percent".
    "cardell-foods-decade-long-view": (
        "2014-08-10",
        [
            ("Ten years on", "DATE", "2014"),
            ("Sunday, August 10, 2014", "DATE", "2014-08-10"),
            ("Ten years ago this week", "DATE", "2004-W32"),
            ("Aug. 5, 2004", "DATE", "2004-08-05"),
            ("Friday", "DATE", "2014-08-08"),
            ("the past 10 years", "DURATION", "P10Y"),
            ("its first three years", "DURATION", "P3Y"),
            ("two years", "DURATION", "P2Y"),
            ("the spring of 2006", "DATE", "2006-SP"),
            ("October 2007", "DATE", "2007-10"),
            ("March 2009", "DATE", "2009-03"),
            ("March 6, 2009", "DATE", "2009-03-06"),
            ("2009", "DATE", "2009"),
            ("1997", "DATE", "1997"),
            ("that year", "DATE", "2009"),
            ("quarterly", "SET", "P3M"),
            ("every year", "SET", "P1Y"),
            ("2009", "DATE", "2009"),
            ("now", "DATE", "PRESENT_REF"),
            ("five years", "DURATION", "P5Y"),
            ("fiscal 2015", "DATE", "FY2015"),
            ("July 1", "DATE", "2014-07-01"),
            ("52-week", "DURATION", "P52W"),
            ("May", "DATE", "2014-05"),
            ("the current fiscal year", "DATE", "FY2015"),
            ("its fiscal fourth quarter", "DATE", "FY2014-Q4"),
            ("June 30", "DATE", "2014-06-30"),
            ("Aug. 21", "DATE", "2014-08-21"),
            ("a year earlier", "DATE", "FY2013-Q4"),
            ("three years", "DURATION", "P3Y"),
            ("Tuesday", "DATE", "2014-08-05"),
            ("next month", "DATE", "2014-09"),
            ("the end of next year", "DATE", "2015"),
            ("a decade", "DURATION", "P10Y"),
            ("2004", "DATE", "2004"),
            ("the spring of 2009", "DATE", "2009-SP"),
            ("the summer", "DATE", "2009-SU"),
        ],
    ),
    # Tuesday 2015-06-09 (ISO week 24), agency Asian markets wrap from two desks, "GLOBAL
    # MARKETS-" headline, bylines, "TOKYO/HONG KONG, June 9 (Halyard News) -" dateline. "on
    # Tuesday" is the publication day in Asia; "Wall Street slipped overnight" is Monday's New
    # York session, which ran through the Asian night that began on Monday evening, TIME
    # 2015-06-08TNI (the night dated by the evening it begins on, gold_blind46, gold_blind103).
    # Clock times each on their own day in their own zone, the zone words in the span and the
    # value the clock time as written (gold_blind28, gold_blind96): "0630 GMT", "3 p.m. Tokyo
    # time (0600 GMT)", "3:30 p.m. local time (0730 GMT)" and "9:30 a.m. Beijing time" on
    # 2015-06-09; "8:30 a.m. Washington time on Thursday (1230 GMT), which is 9:30 p.m.
    # Thursday in Tokyo" all on 2015-06-11; "5:30 p.m. New York time on Tuesday, 5:30 a.m.
    # Wednesday in Hong Kong" -> 2015-06-09T17:30 and 2015-06-10T05:30 (EDT is UTC-4, Hong
    # Kong UTC+8), each with its weekday as a separate DATE. "half an hour before the close"
    # PT30M (anchored). Past: "on Monday" (four times) 2015-06-08, "on Friday" 2015-06-05,
    # "since April 27", "its April 28 peak" (an adjectival date). "the Queen's Birthday
    # holiday" (Australia, the second Monday of June) 2015-06-08, one span with the determiner
    # (gold_blind9); "their biggest one-day drop in two months" -> "one-day" P1D and "two
    # months" P2M (gold_blind6, gold_blind23). Future: "later this week" 2015-W24, "Thursday"
    # 2015-06-11, "in September" 2015-09, "U.S. crude for July delivery" 2015-07 (gold_blind6).
    # "May inflation figures", "May trade data", "May retail sales" 2015-05 (a report's month
    # as an adjective, gold_blind33); "for a seventh straight month" -> "a seventh straight
    # month" P1M (gold_blind23); "the January-March quarter" 2015-Q1 (gold_blind42); "June
    # 2002"; "six-week" (headline and lead) P6W; "The 10-year Japanese government bond" ->
    # "10-year" P10Y (gold_blind38). Not annotated: "its third straight losing session"
    # (sessions, gold_blind23), "the close", "annualised" (a rate, gold_blind33), "Nikkei",
    # "Hang Seng", "Shanghai Composite", "S&P 500", "125 yen" (a level, in a story with
    # "125.85"), "124.48 yen", "20,096.30", "3 basis points", "$58.90", percentages.
    "asia-markets-six-week-low-two-time-zones": (
        "2015-06-09",
        [
            ("six-week", "DURATION", "P6W"),
            ("June 9", "DATE", "2015-06-09"),
            ("six-week", "DURATION", "P6W"),
            ("Tuesday", "DATE", "2015-06-09"),
            ("overnight", "TIME", "2015-06-08TNI"),
            ("later this week", "DATE", "2015-W24"),
            ("September", "DATE", "2015-09"),
            ("0630 GMT", "TIME", "2015-06-09T06:30"),
            ("April 27", "DATE", "2015-04-27"),
            ("April 28", "DATE", "2015-04-28"),
            ("3 p.m. Tokyo time", "TIME", "2015-06-09T15:00"),
            ("0600 GMT", "TIME", "2015-06-09T06:00"),
            ("3:30 p.m. local time", "TIME", "2015-06-09T15:30"),
            ("0730 GMT", "TIME", "2015-06-09T07:30"),
            ("half an hour", "DURATION", "PT30M"),
            ("May", "DATE", "2015-05"),
            ("9:30 a.m. Beijing time", "TIME", "2015-06-09T09:30"),
            ("May", "DATE", "2015-05"),
            ("Monday", "DATE", "2015-06-08"),
            ("a seventh straight month", "DURATION", "P1M"),
            ("Monday", "DATE", "2015-06-08"),
            ("the Queen's Birthday holiday", "DATE", "2015-06-08"),
            ("one-day", "DURATION", "P1D"),
            ("two months", "DURATION", "P2M"),
            ("Monday", "DATE", "2015-06-08"),
            ("Thursday", "DATE", "2015-06-11"),
            ("May", "DATE", "2015-05"),
            ("8:30 a.m. Washington time", "TIME", "2015-06-11T08:30"),
            ("Thursday", "DATE", "2015-06-11"),
            ("1230 GMT", "TIME", "2015-06-11T12:30"),
            ("9:30 p.m.", "TIME", "2015-06-11T21:30"),
            ("Thursday", "DATE", "2015-06-11"),
            ("5:30 p.m. New York time", "TIME", "2015-06-09T17:30"),
            ("Tuesday", "DATE", "2015-06-09"),
            ("5:30 a.m.", "TIME", "2015-06-10T05:30"),
            ("Wednesday", "DATE", "2015-06-10"),
            ("Friday", "DATE", "2015-06-05"),
            ("June 2002", "DATE", "2002-06"),
            ("Monday", "DATE", "2015-06-08"),
            ("the January-March quarter", "DATE", "2015-Q1"),
            ("10-year", "DURATION", "P10Y"),
            ("July", "DATE", "2015-07"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
