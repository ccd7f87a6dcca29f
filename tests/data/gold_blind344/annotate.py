"""Annotations of blind gold set 344, chosen by hand before the tagger ran.

    python tests/data/gold_blind344/annotate.py [--show]

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
    # Sunday 2012-03-18 (ISO week 11), US paper's foreign-affairs story in a Sunday paper,
    # section label, headline, byline, "VASHTI, Almara, March 17 —" dateline (the day before
    # publication, the Saturday the story was filed: "March 17" DATE 2012-03-17 as written,
    # gold_blind16), and the print line "appeared in print on March 18, 2012", the publication
    # day. No relative expression resolves differently from the two dates: "agreed on Saturday"
    # and "late Saturday" 2012-03-17 ("late" kept in the span, a DATE like "late Monday",
    # gold_blind39); "said Friday" 2012-03-16; the report "on Thursday" 2012-03-15 and the
    # march "on Thursday night" 2012-03-15TNI (past); the talks "will resume on Wednesday"
    # 2012-03-21 and the briefing "on Monday" 2012-03-19 (future). "this week", "next week" and
    # "last week" were avoided (ambiguous in a Sunday paper, gold_blind41, gold_blind60).
    # "most of the past decade" -> "the past decade" P10Y ("most of" left out, gold_blind15).
    # "before the summer" 2012-SU; "in November" 2011-11 (past); "six-hour" PT6H; "at least two
    # weeks" P2W; "every day" SET P1D; "10 years" P10Y; "Now" PRESENT_REF. "last July and
    # August" -> "last July" 2011-07 and "August" 2011-08; "last year's cotton crop" -> "last
    # year" 2011. "the end of 2013" 2013 (the year's value); "each summer" SET XXXX-SU; "recent
    # weeks" PAST_REF; "every three months" SET P3M; "weekly" SET P1W; "60 days" P60D. "dates to
    # 1974" and "the 1974 accord" DATE 1974 twice (an adjectival year); "the early 1990s" 199.
    # "its driest winter in 40 years" -> "winter" 2012-WI (the winter of 2011-12 just ending,
    # named by its January, gold_blind10) and "40 years" P40Y (the period of a superlative);
    # "April 2" and "May" ahead 2012-04-02, 2012-05; "this year" 2012; "Every spring" SET
    # XXXX-SP, "every autumn" SET XXXX-FA; "20 years" P20Y. Not annotated: "the summer flows"
    # (an adjectival season, like "Summer programs", gold_blind103), "I have waited for 10"
    # (the number without its unit, like the elided "14" of gold_blind63), "the first session",
    # "142-meter", "12-point", "a fifth", "a third", "58" (an age), "40 acres", "A12" (a page).
    "almara-teshvia-dam-talks": (
        "2012-03-18",
        [
            ("March 17", "DATE", "2012-03-17"),
            ("Saturday", "DATE", "2012-03-17"),
            ("the past decade", "DURATION", "P10Y"),
            ("the summer", "DATE", "2012-SU"),
            ("November", "DATE", "2011-11"),
            ("six-hour", "DURATION", "PT6H"),
            ("Wednesday", "DATE", "2012-03-21"),
            ("late Saturday", "DATE", "2012-03-17"),
            ("every day", "SET", "P1D"),
            ("at least two weeks", "DURATION", "P2W"),
            ("10 years", "DURATION", "P10Y"),
            ("Now", "DATE", "PRESENT_REF"),
            ("2004", "DATE", "2004"),
            ("last July", "DATE", "2011-07"),
            ("August", "DATE", "2011-08"),
            ("last year", "DATE", "2011"),
            ("the end of 2013", "DATE", "2013"),
            ("Friday", "DATE", "2012-03-16"),
            ("each summer", "SET", "XXXX-SU"),
            ("2009", "DATE", "2009"),
            ("2011", "DATE", "2011"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("every three months", "SET", "P3M"),
            ("weekly", "SET", "P1W"),
            ("60 days", "DURATION", "P60D"),
            ("1974", "DATE", "1974"),
            ("1974", "DATE", "1974"),
            ("the early 1990s", "DATE", "199"),
            ("1995", "DATE", "1995"),
            ("Thursday", "DATE", "2012-03-15"),
            ("2016", "DATE", "2016"),
            ("winter", "DATE", "2012-WI"),
            ("40 years", "DURATION", "P40Y"),
            ("Thursday night", "TIME", "2012-03-15TNI"),
            ("April 2", "DATE", "2012-04-02"),
            ("Monday", "DATE", "2012-03-19"),
            ("2010", "DATE", "2010"),
            ("May", "DATE", "2012-05"),
            ("this year", "DATE", "2012"),
            ("Every spring", "SET", "XXXX-SP"),
            ("every autumn", "SET", "XXXX-FA"),
            ("20 years", "DURATION", "P20Y"),
            ("March 18, 2012", "DATE", "2012-03-18"),
        ],
    ),
    # Tuesday 2012-11-20 (ISO week 47), AP-style labor story, headline, byline, stamp "Updated
    # 6:42 p.m., Tuesday, Nov. 20, 2012" (a TIME and the date with its weekday one DATE span,
    # gold_blind35), "CARVER FALLS, Ohio (AP) —" dateline. Thanksgiving 2012 is the fourth
    # Thursday of November, 2012-11-22 ("Thanksgiving" twice, "Thanksgiving Day"); the
    # headline's "two days before Thanksgiving" -> "two days" P2D, an anchored duration like
    # "Two Weeks After Quake" (gold_blind35). Past: the walkout "at 12:01 a.m. Saturday"
    # 2012-11-17T00:01 and the DATE; "at midnight Friday" -> "midnight" 2012-11-16T24:00, the
    # midnight that ends Friday (gold_blind75, gold_blind103), and "Friday" 2012-11-16; "last
    # Thursday" 2012-11-15; "Sunday afternoon" 2012-11-18TAF; "Monday" 2012-11-19 and "Monday
    # evening" 2012-11-19TEV. Future: "Wednesday morning" 2012-11-21TMO, "10 a.m. Wednesday"
    # 2012-11-21T10:00 and the DATE, "by Wednesday" 2012-11-21. "the holiday weekend" and "the
    # weekend" are the Thanksgiving weekend, the ISO week of its Saturday (24 November),
    # 2012-W47-WE (gold_blind38). "the first nine months of this year" -> "the first nine
    # months" P9M and "this year" 2012 (gold_blind38, gold_blind51); "the past five years" P5Y;
    # "four-year" P4Y; "seven weeks" P7W; "90 days" P90D; "about four hours" PT4H; "19 years"
    # P19Y (time at the plant, not an age); "four years" P4Y. "last winter" in November 2012 is
    # the winter of 2011-12, 2012-WI (gold_blind103); "every Saturday" SET XXXX-WXX-6; "since
    # March" 2012-03; "next year" 2013; "Christmas" 2012-12-25. Not annotated: "the 93-year-old
    # company" (an age, like the ages of the earlier sets), "44" (an age), "the busiest time of
    # the year" (generic), "Local 1877" (a union local), "1,212-96" (a vote count), "Route 33",
    # "1-800-555-1919" (a phone number holding the founding year, beside the annotated
    # "1919"), "the first two" (years without their noun), "since" alone (anaphoric, "have not
    # had a counterproposal since"), "around the clock", "1,400", "$38 million", "61 stores".
    "hollis-bread-strike-thanksgiving": (
        "2012-11-20",
        [
            ("two days", "DURATION", "P2D"),
            ("Thanksgiving", "DATE", "2012-11-22"),
            ("6:42 p.m.", "TIME", "2012-11-20T18:42"),
            ("Tuesday, Nov. 20, 2012", "DATE", "2012-11-20"),
            ("Tuesday", "DATE", "2012-11-20"),
            ("Thanksgiving", "DATE", "2012-11-22"),
            ("12:01 a.m.", "TIME", "2012-11-17T00:01"),
            ("Saturday", "DATE", "2012-11-17"),
            ("midnight", "TIME", "2012-11-16T24:00"),
            ("Friday", "DATE", "2012-11-16"),
            ("Tuesday", "DATE", "2012-11-20"),
            ("Wednesday morning", "TIME", "2012-11-21TMO"),
            ("1987", "DATE", "1987"),
            ("seven weeks", "DURATION", "P7W"),
            ("four-year", "DURATION", "P4Y"),
            ("the first nine months", "DURATION", "P9M"),
            ("this year", "DATE", "2012"),
            ("the past five years", "DURATION", "P5Y"),
            ("Nov. 9", "DATE", "2012-11-09"),
            ("90 days", "DURATION", "P90D"),
            ("last Thursday", "DATE", "2012-11-15"),
            ("Sunday afternoon", "TIME", "2012-11-18TAF"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("last winter", "DATE", "2012-WI"),
            ("Now", "DATE", "PRESENT_REF"),
            ("next year", "DATE", "2013"),
            ("March", "DATE", "2012-03"),
            ("2006", "DATE", "2006"),
            ("about four hours", "DURATION", "PT4H"),
            ("Monday", "DATE", "2012-11-19"),
            ("10 a.m.", "TIME", "2012-11-21T10:00"),
            ("Wednesday", "DATE", "2012-11-21"),
            ("the holiday weekend", "DATE", "2012-W47-WE"),
            ("Monday evening", "TIME", "2012-11-19TEV"),
            ("Wednesday", "DATE", "2012-11-21"),
            ("the weekend", "DATE", "2012-W47-WE"),
            ("19 years", "DURATION", "P19Y"),
            ("Thanksgiving Day", "DATE", "2012-11-22"),
            ("Christmas", "DATE", "2012-12-25"),
            ("November 2008", "DATE", "2008-11"),
            ("four years", "DURATION", "P4Y"),
            ("1919", "DATE", "1919"),
        ],
    ),
    # Wednesday 2013-11-06 (ISO week 45), US business paper's online story on a German company,
    # section label, headline, deck, byline, stamp "Updated Nov. 6, 2013 1:47 p.m. ET" (DATE and
    # TIME, the zone in the span, gold_blind38), "STUTTGART, Germany—" dateline. Hallberg's
    # fiscal year ends Sept. 30 and is named by the year it ends: the quarter just reported
    # (July-September 2013) is FY2013-Q4 ("fiscal fourth-quarter", one adjectival span like
    # "fiscal third-quarter" in gold_blind74; "the quarter" twice; "the fourth quarter"), "the
    # year-earlier period" and "a year earlier" after it FY2012-Q4; "For the quarter ended
    # Sept. 30" -> "the quarter" and "Sept. 30" 2013-09-30 ("ended" a signal, gold_blind63);
    # "whose fiscal year ends Sept. 30" names the end of the year now running, 2014-09-30
    # (gold_blind63); "fiscal 2014" (deck and body) FY2014, "fiscal 2013" and "the full year"
    # FY2013, "fiscal 2012" FY2012, "fiscal 2009" FY2009; "its fiscal first quarter, which ends
    # Dec. 31" FY2014-Q1 (the possessive kept, gold_blind38) plus 2013-12-31; "first-quarter
    # results" FY2014-Q1. "the July-September quarter" of a rival with no fiscal year described
    # is calendar 2013-Q3 (gold_blind63). "unchanged from a year earlier" after the dividend
    # proposed for the year just ended -> FY2012 (the granularity of what it is compared
    # with). "this year", "early 2012", "mid-2011" calendar (gold_blind51). "at 7 a.m."
    # 2013-11-06T07:00 on the story's day; "on Wednesday" the publication day and "Wednesday
    # morning" 2013-11-06TMO; "reports on Thursday" 2013-11-07 (future); "last week" 2013-W44.
    # "one-day" P1D (the superlative's period, adjectival, gold_blind38) and "August 2011";
    # "the next six months" P6M; "the spring" ahead 2014-SP; "by the end of March" 2014-03;
    # "every quarter since mid-2011" SET P3M plus 2011; "August" 2013-08; "next year's harvest"
    # -> "next year" 2014; "Jan. 28" 2014-01-28; "Feb. 12" 2014-02-12. Not annotated: "Series
    # 2014" (a product holding a year, in a story with "fiscal 2014" annotated), "trading
    # opened", "310 people", "900 jobs", "€1.20 a share", "a third", prices and percentages.
    "hallberg-sensor-fourth-quarter-outlook": (
        "2013-11-06",
        [
            ("Fiscal 2014", "DATE", "FY2014"),
            ("Nov. 6, 2013", "DATE", "2013-11-06"),
            ("1:47 p.m. ET", "TIME", "2013-11-06T13:47"),
            ("fiscal fourth-quarter", "DATE", "FY2013-Q4"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("the quarter", "DATE", "FY2013-Q4"),
            ("Sept. 30", "DATE", "2013-09-30"),
            ("the year-earlier period", "DATE", "FY2012-Q4"),
            ("Sept. 30", "DATE", "2014-09-30"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("fiscal 2013", "DATE", "FY2013"),
            ("7 a.m.", "TIME", "2013-11-06T07:00"),
            ("Wednesday", "DATE", "2013-11-06"),
            ("one-day", "DURATION", "P1D"),
            ("August 2011", "DATE", "2011-08"),
            ("this year", "DATE", "2013"),
            ("Wednesday morning", "TIME", "2013-11-06TMO"),
            ("the fourth quarter", "DATE", "FY2013-Q4"),
            ("a year earlier", "DATE", "FY2012-Q4"),
            ("the next six months", "DURATION", "P6M"),
            ("the spring", "DATE", "2014-SP"),
            ("1978", "DATE", "1978"),
            ("the end of March", "DATE", "2014-03"),
            ("its fiscal first quarter", "DATE", "FY2014-Q1"),
            ("Dec. 31", "DATE", "2013-12-31"),
            ("early 2012", "DATE", "2012"),
            ("July 2011", "DATE", "2011-07"),
            ("the quarter", "DATE", "FY2013-Q4"),
            ("every quarter", "SET", "P3M"),
            ("mid-2011", "DATE", "2011"),
            ("the full year", "DATE", "FY2013"),
            ("fiscal 2012", "DATE", "FY2012"),
            ("fiscal 2009", "DATE", "FY2009"),
            ("last week", "DATE", "2013-W44"),
            ("the July-September quarter", "DATE", "2013-Q3"),
            ("Thursday", "DATE", "2013-11-07"),
            ("August", "DATE", "2013-08"),
            ("next year", "DATE", "2014"),
            ("a year earlier", "DATE", "FY2012"),
            ("Jan. 28", "DATE", "2014-01-28"),
            ("first-quarter", "DATE", "FY2014-Q1"),
            ("Feb. 12", "DATE", "2014-02-12"),
        ],
    ),
    # Monday 2014-06-09 (ISO week 24), Canadian national paper's business feature on an
    # industry trend, section label, headline, byline with place, stamps "Published Monday,
    # Jun. 09 2014, 6:00 AM EDT" and "Last updated Monday, Jun. 09 2014, 9:41 AM EDT" (each a
    # DATE with its weekday and a TIME, the zone in the span, gold_blind49), no dateline in the
    # body. "31 years" P31Y (his time driving, not an age); "the past six months" P6M; "every
    # weekend" SET XXXX-WXX-WE; "In March" 2014-03 and "a year earlier" after it 2013-03;
    # "Ten years ago" 2004 (the unit's granularity, gold_blind28); "said on Friday" 2014-06-06
    # (past); "leaves ... on Wednesday" 2014-06-11 and "by Saturday evening" 2014-06-14TEV
    # (future); "most of the past decade" -> "the past decade" P10Y (gold_blind15); "last
    # week" in a Monday paper 2014-W23; "the first quarter" 2014-Q1 (calendar, a trade group's
    # survey) twice, "the same quarter of 2013" one span 2013-Q1 (like "the same quarter of the
    # previous fiscal", gold_blind63), "from a year earlier" after the first quarter 2013-Q1;
    # "by 2020" 2020; "this spring" 2014-SP; "now" PRESENT_REF twice, "Now" once; "the next
    # decade" P10Y; "seven-week" P7W; "two years" P2Y; "2013", "2008", "1962"; "this year" and
    # "This year" 2014; "last fall" 2013-FA; "since April" 2014-04; "every month" SET P1M, a
    # past habit; "since January" 2014-01; "in May" 2014-05; "over three years" -> "three years"
    # P3Y; "10 months" P10M; "Canada Day" 2014-07-01 (ahead); "in the fall" 2014-FA; "For 20
    # years" P20Y. Not annotated: "54-year-old", "47", "under 25" (ages), "Highway 1",
    # "1-888-555-2020" (a phone number holding 2020, beside the annotated "2020"), "by the hour"
    # (a rate of pay), "52 cents a kilometre", "$14-million", "25,000 drivers", "410 carriers",
    # "61 per cent", "at some point", "the Winnipeg-Calgary lane".
    "prairie-truckers-driver-shortage": (
        "2014-06-09",
        [
            ("Monday, Jun. 09 2014", "DATE", "2014-06-09"),
            ("6:00 AM EDT", "TIME", "2014-06-09T06:00"),
            ("Monday, Jun. 09 2014", "DATE", "2014-06-09"),
            ("9:41 AM EDT", "TIME", "2014-06-09T09:41"),
            ("31 years", "DURATION", "P31Y"),
            ("the past six months", "DURATION", "P6M"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("March", "DATE", "2014-03"),
            ("a year earlier", "DATE", "2013-03"),
            ("Ten years ago", "DATE", "2004"),
            ("Friday", "DATE", "2014-06-06"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Wednesday", "DATE", "2014-06-11"),
            ("Saturday evening", "TIME", "2014-06-14TEV"),
            ("the past decade", "DURATION", "P10Y"),
            ("last week", "DATE", "2014-W23"),
            ("the first quarter", "DATE", "2014-Q1"),
            ("the same quarter of 2013", "DATE", "2013-Q1"),
            ("2020", "DATE", "2020"),
            ("this spring", "DATE", "2014-SP"),
            ("now", "DATE", "PRESENT_REF"),
            ("the next decade", "DURATION", "P10Y"),
            ("seven-week", "DURATION", "P7W"),
            ("two years", "DURATION", "P2Y"),
            ("2013", "DATE", "2013"),
            ("2008", "DATE", "2008"),
            ("this year", "DATE", "2014"),
            ("1962", "DATE", "1962"),
            ("last fall", "DATE", "2013-FA"),
            ("April", "DATE", "2014-04"),
            ("every month", "SET", "P1M"),
            ("This year", "DATE", "2014"),
            ("January", "DATE", "2014-01"),
            ("May", "DATE", "2014-05"),
            ("three years", "DURATION", "P3Y"),
            ("10 months", "DURATION", "P10M"),
            ("the first quarter", "DATE", "2014-Q1"),
            ("a year earlier", "DATE", "2013-Q1"),
            ("Canada Day", "DATE", "2014-07-01"),
            ("the fall", "DATE", "2014-FA"),
            ("now", "DATE", "PRESENT_REF"),
            ("20 years", "DURATION", "P20Y"),
        ],
    ),
    # Thursday 2015-02-12 (ISO week 7), British daily's online story on a public audit report,
    # section label, headline, standfirst, byline, date line "Thursday 12 February 2015 00.01
    # GMT" (the embargo time; DATE with its weekday and TIME, gold_blind63), no dateline.
    # "published on Thursday" is the publication day, 2015-02-12 (gold_blind63). English
    # councils' financial year runs April-March and is named by the year it ends: "the
    # financial year 2013-14" one span FY2014 (gold_blind49), the bare "2013-14" (standfirst
    # and body) FY2014 and "2010-11" FY2011 (gold_blind63); "a decade earlier" after the
    # financial year 2013-14 takes its granularity, FY2004. "14 years" (headline and lead)
    # P14Y, the time the backlog would take; "the coldest January in three years" -> "January"
    # 2015-01 and "three years" P3Y (the period of a superlative); "over the past decade" ->
    # "the past decade" P10Y; "every month" SET P1M; "since 2011", "since 2010", "in 2012"
    # twice; "Every winter" SET XXXX-WI, "every spring" SET XXXX-SP; "41 days" P41D (anchored
    # to a report), "28 days" P28D, "within 24 hours" -> "24 hours" PT24H; "nine years" P9Y;
    # "next year" 2016; "this month" 2015-02 and "in November" 2014-11 (past); "one-year" P1Y;
    # "every night since 19 January" SET XXXX-XX-XXTNI plus 2015-01-19; "working weekends"
    # SET XXXX-WXX-WE (a bare plural of recurrence, like "on Saturdays"); "since Christmas"
    # 2014-12-25; "in the spring" ahead 2015-SP; "2 March" 2015-03-02; "now" PRESENT_REF. Not
    # annotated: "HC 1042" (a report number), "the B4113", "year-round" and "a winter one"
    # (kinds, like "Overnight lows" in gold_blind103), "current rates", "£11.8bn", "2.2m",
    # "1.4m", "one council in four", "38 councils", "4,600 defects", "twice", percentages.
    "pothole-backlog-audit-report": (
        "2015-02-12",
        [
            ("14 years", "DURATION", "P14Y"),
            ("2013-14", "DATE", "FY2014"),
            ("Thursday 12 February 2015", "DATE", "2015-02-12"),
            ("00.01 GMT", "TIME", "2015-02-12T00:01"),
            ("14 years", "DURATION", "P14Y"),
            ("January", "DATE", "2015-01"),
            ("three years", "DURATION", "P3Y"),
            ("Thursday", "DATE", "2015-02-12"),
            ("the financial year 2013-14", "DATE", "FY2014"),
            ("a decade earlier", "DATE", "FY2004"),
            ("the past decade", "DURATION", "P10Y"),
            ("every month", "SET", "P1M"),
            ("2011", "DATE", "2011"),
            ("2010", "DATE", "2010"),
            ("Every winter", "SET", "XXXX-WI"),
            ("every spring", "SET", "XXXX-SP"),
            ("41 days", "DURATION", "P41D"),
            ("28 days", "DURATION", "P28D"),
            ("24 hours", "DURATION", "PT24H"),
            ("2012", "DATE", "2012"),
            ("2013-14", "DATE", "FY2014"),
            ("2010-11", "DATE", "FY2011"),
            ("2012", "DATE", "2012"),
            ("nine years", "DURATION", "P9Y"),
            ("next year", "DATE", "2016"),
            ("this month", "DATE", "2015-02"),
            ("November", "DATE", "2014-11"),
            ("one-year", "DURATION", "P1Y"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("19 January", "DATE", "2015-01-19"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("Christmas", "DATE", "2014-12-25"),
            ("the spring", "DATE", "2015-SP"),
            ("2 March", "DATE", "2015-03-02"),
            ("now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Friday 2013-06-28 (ISO week 26), agency markets wire on an invented country's stock,
    # currency and bond markets, headline, bullets, stamp "Fri Jun 28, 2013 2:17pm GMT" (DATE
    # and TIME), "ORVESA, June 28 (Meridian Wire) -" dateline. Orvesa keeps GMT+3, so "9:30
    # a.m. (0630 GMT)" on Tuesday is one instant written twice, two TIMEs 2013-07-02T09:30 and
    # 2013-07-02T06:30 (gold_blind63). "worst quarter since 2008" (headline) and "since late
    # 2008" -> 2008 (the comparison "worst quarter" itself not annotated, like "its worst day"
    # in gold_blind23); "the week" (bullet and body) 2013-W26; "the quarter" (bullet and body)
    # 2013-Q2; "4-year low" P4Y (the period of a superlative, like "seven-year low" in
    # gold_blind23), matching "its lowest since June 2009"; "July 11" (bullet, quote, poll)
    # 2013-07-11; "on Friday" twice the publication day; "next month" 2013-07; "the start of
    # the year" 2013 (gold_blind46); "its gains of 2012" -> "2012"; "in June" 2013-06; "2005";
    # "seven consecutive weeks" P7W (a cardinal run, gold_blind103); "mid-May" 2013-05; "May
    # 16" 2013-05-16; "this year" 2013; "this week" 2013-W26; "the fourth quarter" 2013-Q4 and
    # "the third quarter" 2013-Q3 (a country's calendar quarters, gold_blind35); "since April
    # 2" 2013-04-02; "at 11:40 a.m." 2013-06-28T11:40 on the story's day; "10-year" and
    # "three-month" tenors DURATION P10Y, P3M (gold_blind38); "on Thursday" 2013-06-27 (past);
    # "two weeks ago" 2013-W24 (the unit's granularity); "the weekend" 2013-W26-WE; "Monday,
    # Constitution Day" two DATEs 2013-07-01 (an invented national holiday, like "Monday is
    # Family Day", gold_blind103); "five years" P5Y (the period of a superlative);
    # "second-quarter" 2013-Q2 and "a year earlier" after it 2012-Q2; "Aug. 14" 2013-08-14.
    # Not annotated: "a quarter of its value" (a fraction), "half-point", "50 basis points", "14
    # basis points", "4,812.36 points", "14 economists" and "11" (beside "July 11"), "3.81 per
    # dollar", "28.15 lira", "Meridian Wire", prices, yields and percentages.
    "kestria-stocks-worst-quarter": (
        "2013-06-28",
        [
            ("2008", "DATE", "2008"),
            ("the week", "DATE", "2013-W26"),
            ("the quarter", "DATE", "2013-Q2"),
            ("4-year", "DURATION", "P4Y"),
            ("July 11", "DATE", "2013-07-11"),
            ("Fri Jun 28, 2013", "DATE", "2013-06-28"),
            ("2:17pm GMT", "TIME", "2013-06-28T14:17"),
            ("June 28", "DATE", "2013-06-28"),
            ("Friday", "DATE", "2013-06-28"),
            ("late 2008", "DATE", "2008"),
            ("next month", "DATE", "2013-07"),
            ("the week", "DATE", "2013-W26"),
            ("the quarter", "DATE", "2013-Q2"),
            ("the start of the year", "DATE", "2013"),
            ("2012", "DATE", "2012"),
            ("June", "DATE", "2013-06"),
            ("2005", "DATE", "2005"),
            ("seven consecutive weeks", "DURATION", "P7W"),
            ("mid-May", "DATE", "2013-05"),
            ("July 11", "DATE", "2013-07-11"),
            ("May 16", "DATE", "2013-05-16"),
            ("this year", "DATE", "2013"),
            ("Friday", "DATE", "2013-06-28"),
            ("June 2009", "DATE", "2009-06"),
            ("this week", "DATE", "2013-W26"),
            ("July 11", "DATE", "2013-07-11"),
            ("the fourth quarter", "DATE", "2013-Q4"),
            ("April 2", "DATE", "2013-04-02"),
            ("11:40 a.m.", "TIME", "2013-06-28T11:40"),
            ("10-year", "DURATION", "P10Y"),
            ("three-month", "DURATION", "P3M"),
            ("Thursday", "DATE", "2013-06-27"),
            ("two weeks ago", "DATE", "2013-W24"),
            ("the weekend", "DATE", "2013-W26-WE"),
            ("Monday", "DATE", "2013-07-01"),
            ("Constitution Day", "DATE", "2013-07-01"),
            ("Tuesday", "DATE", "2013-07-02"),
            ("9:30 a.m.", "TIME", "2013-07-02T09:30"),
            ("0630 GMT", "TIME", "2013-07-02T06:30"),
            ("the third quarter", "DATE", "2013-Q3"),
            ("five years", "DURATION", "P5Y"),
            ("second-quarter", "DATE", "2013-Q2"),
            ("Aug. 14", "DATE", "2013-08-14"),
            ("a year earlier", "DATE", "2012-Q2"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
