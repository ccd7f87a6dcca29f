"""Annotations of blind gold set 368, chosen by hand before the tagger ran.

    python tests/data/gold_blind368/annotate.py [--show]

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
    # Tuesday 2012-12-18 (ISO week 51), Bloomberg-style earnings story, byline line "Dec 18,
    # 2012 5:12 PM ET" (a DATE and a TIME, the zone in the span, gold_blind55), no dateline.
    # Tresco's fiscal year ends Aug. 31 and is named by the year it ends: fiscal 2013 runs
    # September 2012-August 2013, so the quarter reported (September-November 2012) is
    # FY2013-Q1 ("first-quarter", "its fiscal first quarter" with the possessive kept,
    # gold_blind38, "The quarter", gold_blind63's "the quarter"); "the three months ended Nov.
    # 30" is P3M plus 2012-11-30 ("ended" a signal, gold_blind63). "the year-earlier period"
    # and "the same quarter last year" are FY2012-Q1 (the company's quarter a year before,
    # gold_blind17, gold_blind63). "the current quarter" (twice) is December 2012-February
    # 2013, FY2013-Q2 (gold_blind23, gold_blind63), as is "second-quarter"; "a year earlier"
    # after it FY2012-Q2. "which ends Aug. 31" names the end of fiscal 2013, 2013-08-31.
    # "in at least five years" is the period of a superlative, P5Y. Calendar words keep
    # calendar values: "this year" 2012, "Christmas" 2012-12-25, "Black Friday" 2012-11-23
    # (gold_blind38), "the summer" 2012-SU, "the spring" ahead 2013-SP, "next summer"
    # 2013-SU, "the end of March" 2013-03, "late March" 2013-03. Weekdays: rival Kelvin "said
    # on Thursday" 2012-12-13 (past), Okafor "speaks ... on Thursday" 2012-12-20 (future).
    # "4:30 p.m. New York time" the publication day. "every quarter" SET P3M and "two years"
    # P2Y; "quarterly dividend" SET P3M; "annual investor day" -> "annual" SET P1Y
    # (gold_blind85's "annual general meeting"). Not annotated: "TRSB", "the holidays" (twice,
    # no calendar unit, like "the holiday season"), "Tresco 2000" and "HS-450" (products),
    # "six-quart", "Standard & Poor's 500 Index", "dkessler12@bloomberg.net", "extended
    # trading", "around the clock", "third shift", the age "54", prices and percentages.
    "tresco-brands-fiscal-first-quarter": (
        "2012-12-18",
        [
            ("Dec 18, 2012", "DATE", "2012-12-18"),
            ("5:12 PM ET", "TIME", "2012-12-18T17:12"),
            ("first-quarter", "DATE", "FY2013-Q1"),
            ("the current quarter", "DATE", "FY2013-Q2"),
            ("at least five years", "DURATION", "P5Y"),
            ("the three months", "DURATION", "P3M"),
            ("Nov. 30", "DATE", "2012-11-30"),
            ("its fiscal first quarter", "DATE", "FY2013-Q1"),
            ("the year-earlier period", "DATE", "FY2012-Q1"),
            ("today", "DATE", "2012-12-18"),
            ("fiscal 2013", "DATE", "FY2013"),
            ("Aug. 31", "DATE", "2013-08-31"),
            ("the current quarter", "DATE", "FY2013-Q2"),
            ("Christmas", "DATE", "2012-12-25"),
            ("February", "DATE", "2013-02"),
            ("a year earlier", "DATE", "FY2012-Q2"),
            ("Black Friday", "DATE", "2012-11-23"),
            ("4:30 p.m. New York time", "TIME", "2012-12-18T16:30"),
            ("October", "DATE", "2012-10"),
            ("January", "DATE", "2013-01"),
            ("this year", "DATE", "2012"),
            ("the same quarter last year", "DATE", "FY2012-Q1"),
            ("the summer", "DATE", "2012-SU"),
            ("the next nine months", "DURATION", "P9M"),
            ("November", "DATE", "2012-11"),
            ("the spring", "DATE", "2013-SP"),
            ("The quarter", "DATE", "FY2013-Q1"),
            ("Oct. 9", "DATE", "2012-10-09"),
            ("June 2010", "DATE", "2010-06"),
            ("the past two years", "DURATION", "P2Y"),
            ("the end of March", "DATE", "2013-03"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("every quarter", "SET", "P3M"),
            ("two years", "DURATION", "P2Y"),
            ("next summer", "DATE", "2013-SU"),
            ("Thursday", "DATE", "2012-12-13"),
            ("Thursday", "DATE", "2012-12-20"),
            ("quarterly", "SET", "P3M"),
            ("Jan. 15", "DATE", "2013-01-15"),
            ("Dec. 31", "DATE", "2012-12-31"),
            ("annual", "SET", "P1Y"),
            ("Feb. 26", "DATE", "2013-02-26"),
            ("second-quarter", "DATE", "FY2013-Q2"),
            ("late March", "DATE", "2013-03"),
        ],
    ),
    # Thursday 2013-05-16 (ISO week 20), US food-industry trade paper's recall story, section
    # label, headline ("until at least May 28"), stamp "Thursday, May 16, 2013 | 11:42 a.m.
    # CDT" (the weekday and date one DATE span, gold_blind55, and a TIME), byline, no
    # dateline. The narrative: first recall "on May 9" (Thursday); swabs "on Friday and
    # Saturday" 2013-05-10 and 2013-05-11; the line halted "at 6 a.m. Monday" 2013-05-13T06:00
    # and 2013-05-13; results "on Tuesday afternoon" 2013-05-14TAF; "That evening" its evening,
    # 2013-05-14TEV (a narrative anchor like "that afternoon", gold_blind14, gold_blind53);
    # "the next day" anchored on it, 2013-05-15 (gold_blind55), the day of the lead's
    # "Wednesday evening" 2013-05-15TEV; Midvale pulled the cheese "on Tuesday night"
    # 2013-05-14TNI; "as of Thursday morning" the publication day, 2013-05-16TMO. Future:
    # "the Memorial Day weekend" (Memorial Day 2013-05-27) takes the ISO week of its Saturday,
    # 2013-W21-WE (gold_blind56, gold_blind103); "Tuesday, May 28" one DATE span; "at least May
    # 28" (headline) keeps the modifier (gold_blind35's "at least March"); "next week"
    # 2013-W21. "a week after" a sample is an anchored duration P1W; "up to 70 days", "at least
    # 24 hours", "30 days", "about 60 days" DURATIONs; "22 years" how long the line has run;
    # "second recall in three years" the period of an ordinal count, P3Y (gold_blind103's "the
    # third time in two weeks"); "the past few days" PXD. "swabbed daily" SET P1D; the
    # consumer line's hours recur "daily": two TIMEs XXXX-XX-XXThh:mm and the SET (gold_blind67,
    # gold_blind103). A private company with no fiscal year described: "the second quarter"
    # 2013-Q2, "last year" 2012, "Last month" 2013-04. "between April 3 and May 13" and "from
    # June 4, 2013 through Aug. 20, 2013" two DATEs each (the best-by dates again in the box).
    # Not annotated: "13-091 through 13-132" (lot codes holding the year and day number),
    # "1-800-555-1913" (beside "1913"), "aldergrovecreamery.com/recall2013", "three
    # consecutive rounds", "a score of 96.5", "41", "3,400", "88", "nine Midwestern states",
    # "shelf life", "best-by dates" (the label; its dates are annotated), money amounts.
    "aldergrove-creamery-listeria-recall": (
        "2013-05-16",
        [
            ("at least May 28", "DATE", "2013-05-28"),
            ("Thursday, May 16, 2013", "DATE", "2013-05-16"),
            ("11:42 a.m. CDT", "TIME", "2013-05-16T11:42"),
            ("Wednesday evening", "TIME", "2013-05-15TEV"),
            ("a week", "DURATION", "P1W"),
            ("May 9", "DATE", "2013-05-09"),
            ("Friday", "DATE", "2013-05-10"),
            ("Saturday", "DATE", "2013-05-11"),
            ("6 a.m.", "TIME", "2013-05-13T06:00"),
            ("Monday", "DATE", "2013-05-13"),
            ("Tuesday afternoon", "TIME", "2013-05-14TAF"),
            ("That evening", "TIME", "2013-05-14TEV"),
            ("April 1", "DATE", "2013-04-01"),
            ("the next day", "DATE", "2013-05-15"),
            ("April 3", "DATE", "2013-04-03"),
            ("May 13", "DATE", "2013-05-13"),
            ("June 4, 2013", "DATE", "2013-06-04"),
            ("Aug. 20, 2013", "DATE", "2013-08-20"),
            ("Tuesday night", "TIME", "2013-05-14TNI"),
            ("Thursday morning", "TIME", "2013-05-16TMO"),
            ("up to 70 days", "DURATION", "P70D"),
            ("22 years", "DURATION", "P22Y"),
            ("the Memorial Day weekend", "DATE", "2013-W21-WE"),
            ("Tuesday, May 28", "DATE", "2013-05-28"),
            ("at least 24 hours", "DURATION", "PT24H"),
            ("daily", "SET", "P1D"),
            ("30 days", "DURATION", "P30D"),
            ("next week", "DATE", "2013-W21"),
            ("three years", "DURATION", "P3Y"),
            ("August 2010", "DATE", "2010-08"),
            ("Last month", "DATE", "2013-04"),
            ("1913", "DATE", "1913"),
            ("last year", "DATE", "2012"),
            ("the second quarter", "DATE", "2013-Q2"),
            ("about 60 days", "DURATION", "P60D"),
            ("the past few days", "DURATION", "PXD"),
            ("June 4, 2013", "DATE", "2013-06-04"),
            ("Aug. 20, 2013", "DATE", "2013-08-20"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("5 p.m. CT", "TIME", "XXXX-XX-XXT17:00"),
            ("daily", "SET", "P1D"),
        ],
    ),
    # Monday 2014-02-03 (ISO week 6), British business paper's website (section trail,
    # headline, byline, "Last updated: February 3, 2014 6:59 pm", a DATE and a TIME,
    # gold_blind63), no dateline. Kellaway's financial year ends 31 March, named by the year
    # it ends: "whose financial year ends on 31 March" names the end of the year now running,
    # 2014-03-31 (gold_blind33, gold_blind63); "the current financial year" FY2014;
    # "third-quarter" (October-December 2013) FY2014-Q3; "full-year" FY2014; "the financial
    # year beginning in April 2015" FY2016 plus 2015-04 ("beginning in" a signal,
    # gold_blind55). Calendar words keep calendar values (gold_blind51): "the end of March next
    # year" one span 2015-03 (like "June last year", gold_blind55), "the first quarter of
    # 2015" 2015-Q1, "the end of April" 2014-04, "the end of September" 2014-09, "early June"
    # 2014-06, "the end of the summer" 2014-SU. The publication day: "10am on Monday" two
    # TIMEX3, "that afternoon" 2014-02-03TAF, the quote's "7.30 this morning" two TIMEX3
    # (gold_blind74's "8.30am BST this morning"). Past: "Friday evening" 2014-01-31TEV,
    # "November" 2013-11, "Three years ago" 2011 (the unit's granularity), "April 2013".
    # Future: "20 March" 2014-03-20 (45 days after 3 February), "Friday 2 May" one span,
    # "the early May bank holiday" 2014-05-05 (gold_blind57), "Saturday 22 February", "12
    # February", "next week" 2014-W07. The advice centre's hours recur: "9am" and "5pm"
    # XXXX-XX-XXThh:mm and "every Tuesday and Thursday" two SETs, "every Tuesday" and
    # "Thursday" (gold_blind10, gold_blind22). "45-day" adjectival DURATION; "at least 45
    # days", "90 days", "at least 12 weeks" (the possessive "weeks'" of notice, the apostrophe
    # outside the span), "a fortnight" P2W, "the past three years" P3Y, "months" PXM; "the
    # late 1980s" 198; "Now" PRESENT_REF. Not annotated: "annual savings" (an adjective naming
    # the period of a figure, gold_blind100's "annual cost savings"), "FTSE 250", "KA-310",
    # "short-time working", "the first wave", "the last working day" (its date "Friday 2 May"
    # is annotated), "640", "180", "260", "200", "2,000", "100 or more", "150", "14p", "423p",
    # "£38m", "£21m", "by a third".
    "kellaway-tolsford-plant-closure-jobs": (
        "2014-02-03",
        [
            ("February 3, 2014", "DATE", "2014-02-03"),
            ("6:59 pm", "TIME", "2014-02-03T18:59"),
            ("the end of March next year", "DATE", "2015-03"),
            ("10am", "TIME", "2014-02-03T10:00"),
            ("Monday", "DATE", "2014-02-03"),
            ("45-day", "DURATION", "P45D"),
            ("that afternoon", "TIME", "2014-02-03TAF"),
            ("the end of April", "DATE", "2014-04"),
            ("the end of September", "DATE", "2014-09"),
            ("the first quarter of 2015", "DATE", "2015-Q1"),
            ("31 March", "DATE", "2014-03-31"),
            ("the current financial year", "DATE", "FY2014"),
            ("the financial year", "DATE", "FY2016"),
            ("April 2015", "DATE", "2015-04"),
            ("1967", "DATE", "1967"),
            ("the late 1980s", "DATE", "198"),
            ("2012", "DATE", "2012"),
            ("the past three years", "DURATION", "P3Y"),
            ("November", "DATE", "2013-11"),
            ("months", "DURATION", "PXM"),
            ("Friday evening", "TIME", "2014-01-31TEV"),
            ("a fortnight", "DURATION", "P2W"),
            ("7.30", "TIME", "2014-02-03T07:30"),
            ("this morning", "TIME", "2014-02-03TMO"),
            ("Three years ago", "DATE", "2011"),
            ("Now", "DATE", "PRESENT_REF"),
            ("at least 45 days", "DURATION", "P45D"),
            ("90 days", "DURATION", "P90D"),
            ("April 2013", "DATE", "2013-04"),
            ("20 March", "DATE", "2014-03-20"),
            ("at least 12 weeks", "DURATION", "P12W"),
            ("Friday 2 May", "DATE", "2014-05-02"),
            ("the early May bank holiday", "DATE", "2014-05-05"),
            ("Saturday 22 February", "DATE", "2014-02-22"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("every Tuesday", "SET", "XXXX-WXX-2"),
            ("Thursday", "SET", "XXXX-WXX-4"),
            ("the end of the summer", "DATE", "2014-SU"),
            ("third-quarter", "DATE", "FY2014-Q3"),
            ("12 February", "DATE", "2014-02-12"),
            ("full-year", "DATE", "FY2014"),
            ("early June", "DATE", "2014-06"),
            ("next week", "DATE", "2014-W07"),
        ],
    ),
    # Friday 2014-10-24 (ISO week 43), Reuters-style "UPDATE 2-" wire with bullets and an
    # "ZURICH, Oct 24 (Reuters) -" dateline (the publication day); "said on Friday" the same
    # day, and "before Friday's announcement" -> "Friday" 2014-10-24 (possessive left out).
    # A calendar-year company: "full-year" (bullet and body) and "the full year" 2014, "the
    # third quarter" 2014-Q3, "the fourth quarter" 2014-Q4, "this year" 2014, "last year"
    # (twice) 2013. "Nine-month" and "the first nine months" DURATION P9M (gold_blind14,
    # gold_blind20, gold_blind63). The AGM is "in April" 2015-04 (future) and "on April 21"
    # 2015-04-21; "annual general meeting" -> "annual" SET P1Y (gold_blind85); the pay vote
    # "at the April meeting" is the past April, 2014-04 (the same month both ways, by the
    # tense of the clause). "May 1" (bullet and body) 2015-05-01; "January" 2015-01, "March
    # 5" 2015-03-05 and "November" 2014-11 ahead; "March" 2014-03 and "the summer" 2014-SU
    # past; the board met "on Wednesday evening" 2014-10-22TEV and "the next day" is
    # 2014-10-23. "by 1135 GMT" TIME 2014-10-24T11:35 (the zone in the span). "12 years"
    # (bullet and body) P12Y; "the next six months" P6M; "more than two years" the period of
    # a superlative P2Y; "more than a decade" P10Y; "three years" (the contract) P3Y; "the
    # coming months" PXM; "now" PRESENT_REF; "the 2016 AGM" -> "2016" (an adjectival year);
    # "every year" SET P1Y with "1987" a DATE of its own. Not annotated: "UPDATE 2",
    # "Strategy 2018" (a plan's name, beside "2018" annotated), "STOXX Europe 600", the ages
    # "47", "63" and "64", "AGM" (twice), "the capital markets day", "pct", prices, amounts,
    # "($1 = 0.9580 Swiss francs)".
    "brunnhofer-ceo-succession": (
        "2014-10-24",
        [
            ("April 21", "DATE", "2015-04-21"),
            ("12 years", "DURATION", "P12Y"),
            ("May 1", "DATE", "2015-05-01"),
            ("Nine-month", "DURATION", "P9M"),
            ("full-year", "DATE", "2014"),
            ("Oct 24", "DATE", "2014-10-24"),
            ("Friday", "DATE", "2014-10-24"),
            ("annual", "SET", "P1Y"),
            ("April", "DATE", "2015-04"),
            ("12 years", "DURATION", "P12Y"),
            ("2011", "DATE", "2011"),
            ("May 1", "DATE", "2015-05-01"),
            ("2016", "DATE", "2016"),
            ("March", "DATE", "2014-03"),
            ("the summer", "DATE", "2014-SU"),
            ("Wednesday evening", "TIME", "2014-10-22TEV"),
            ("the next day", "DATE", "2014-10-23"),
            ("the next six months", "DURATION", "P6M"),
            ("January", "DATE", "2015-01"),
            ("the first nine months", "DURATION", "P9M"),
            ("the third quarter", "DATE", "2014-Q3"),
            ("more than two years", "DURATION", "P2Y"),
            ("the full year", "DATE", "2014"),
            ("2013", "DATE", "2013"),
            ("the fourth quarter", "DATE", "2014-Q4"),
            ("full-year", "DATE", "2014"),
            ("March 5", "DATE", "2015-03-05"),
            ("1135 GMT", "TIME", "2014-10-24T11:35"),
            ("this year", "DATE", "2014"),
            ("Friday", "DATE", "2014-10-24"),
            ("more than a decade", "DURATION", "P10Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("November", "DATE", "2014-11"),
            ("1998", "DATE", "1998"),
            ("January 2003", "DATE", "2003-01"),
            ("2008", "DATE", "2008"),
            ("last year", "DATE", "2013"),
            ("2012", "DATE", "2012"),
            ("2018", "DATE", "2018"),
            ("last year", "DATE", "2013"),
            ("April", "DATE", "2014-04"),
            ("the coming months", "DURATION", "PXM"),
            ("three years", "DURATION", "P3Y"),
            ("every year", "SET", "P1Y"),
            ("1987", "DATE", "1987"),
        ],
    ),
    # Saturday 2015-03-07 (ISO week 10), Canadian national paper's business section online,
    # section label, headline ("by Canada Day"), byline block, stamps "Published Saturday,
    # Mar. 07, 2015 6:00AM EST" and "Last updated Saturday, Mar. 07, 2015 11:26AM EST" (each
    # a DATE with its weekday in one span and a TIME, gold_blind55). The retailer's fiscal
    # year ends Jan. 31 and is named by the year it ends: the year just reported (February
    # 2014-January 2015) is FY2015, its fourth quarter (November-January) FY2015-Q4
    # ("fourth-quarter", "the quarter, which ended Jan. 31"), "the year-earlier quarter"
    # FY2014-Q4; "the current fiscal year, which ends Jan. 31, 2016" (twice) FY2016; "the
    # fiscal year ended Jan. 31, 2012" FY2012 plus the date (gold_blind63). Past weekdays:
    # "on Friday" (announcement and share close) 2015-03-06, "on Friday night" 2015-03-06TNI,
    # "on Thursday afternoon" 2015-03-05TAF; future: the call "at 10 a.m. ET on Monday"
    # 2015-03-09T10:00 and 2015-03-09, talks "on Tuesday" 2015-03-10. "Christmas" 2014-12-25
    # and "December" 2014-12 (the quarter just reported); "the fall" just past 2014-FA, "this
    # fall" ahead 2015-FA. Victoria Day 2015 is Monday 2015-05-18, so "the Victoria Day long
    # weekend" takes the ISO week of its Saturday (16 May), 2015-W20-WE, like "the long
    # Thanksgiving weekend" (gold_blind56) and "Family Day weekend" (gold_blind103); "Canada
    # Day" (headline and quote) 2015-07-01. "September, 2013" (Canadian comma) one DATE.
    # "five straight years" a cardinal run P5Y (gold_blind103's "five consecutive days");
    # "12-month" price target adjectival P12M; "three years ago" 2012; "annual meeting" ->
    # "annual" SET P1Y (gold_blind85). Not annotated: "an annual profit" (the period of a
    # figure, not a recurrence, like "quarterly revenue" in gold_blind55), "1-866-555-2015",
    # "harlowfinch.ca/closing2015", "Portage Avenue", "the last day of trading", store counts
    # ("41 of its 196", "34", "seven", "155", "20"), "1,100 jobs", prices and percentages.
    "harlow-finch-store-closures": (
        "2015-03-07",
        [
            ("Canada Day", "DATE", "2015-07-01"),
            ("Saturday, Mar. 07, 2015", "DATE", "2015-03-07"),
            ("6:00AM EST", "TIME", "2015-03-07T06:00"),
            ("Saturday, Mar. 07, 2015", "DATE", "2015-03-07"),
            ("11:26AM EST", "TIME", "2015-03-07T11:26"),
            ("the next four months", "DURATION", "P4M"),
            ("Friday", "DATE", "2015-03-06"),
            ("fourth-quarter", "DATE", "FY2015-Q4"),
            ("the year-earlier quarter", "DATE", "FY2014-Q4"),
            ("at least a year", "DURATION", "P1Y"),
            ("the quarter", "DATE", "FY2015-Q4"),
            ("Jan. 31", "DATE", "2015-01-31"),
            ("Christmas", "DATE", "2014-12-25"),
            ("December", "DATE", "2014-12"),
            ("Thursday afternoon", "TIME", "2015-03-05TAF"),
            ("the fall", "DATE", "2014-FA"),
            ("five straight years", "DURATION", "P5Y"),
            ("March 20", "DATE", "2015-03-20"),
            ("the Victoria Day long weekend", "DATE", "2015-W20-WE"),
            ("May", "DATE", "2015-05"),
            ("the end of June", "DATE", "2015-06"),
            ("about 10 weeks", "DURATION", "P10W"),
            ("April 30", "DATE", "2015-04-30"),
            ("September, 2013", "DATE", "2013-09"),
            ("three years", "DURATION", "P3Y"),
            ("this fall", "DATE", "2015-FA"),
            ("the current fiscal year", "DATE", "FY2016"),
            ("Jan. 31, 2016", "DATE", "2016-01-31"),
            ("1948", "DATE", "1948"),
            ("the fiscal year", "DATE", "FY2012"),
            ("Jan. 31, 2012", "DATE", "2012-01-31"),
            ("Friday", "DATE", "2015-03-06"),
            ("the past 12 months", "DURATION", "P12M"),
            ("the current fiscal year", "DATE", "FY2016"),
            ("12-month", "DURATION", "P12M"),
            ("Friday night", "TIME", "2015-03-06TNI"),
            ("2017", "DATE", "2017"),
            ("Tuesday", "DATE", "2015-03-10"),
            ("10 a.m. ET", "TIME", "2015-03-09T10:00"),
            ("Monday", "DATE", "2015-03-09"),
            ("annual", "SET", "P1Y"),
            ("June 11", "DATE", "2015-06-11"),
            ("Canada Day", "DATE", "2015-07-01"),
            ("three years ago", "DATE", "2012"),
        ],
    ),
    # Wednesday 2015-11-18 (ISO week 47), Australian financial paper's website, section
    # label, headline, stamp "Published: 18 Nov 2015, 1:47 PM" (a DATE and a TIME), byline, no
    # dateline. Tarrawong's financial year ends June 30 and is named by the year it ends: "The
    # 2016 financial year" and "the current financial year" FY2016 (July 2015-June 2016), "the
    # 2015 financial year" and the bare "2014-15" FY2015 (gold_blind63's "2015-16"), "the
    # previous financial year" FY2014; "the 12 months to June 30" P12M plus 2015-06-30
    # (gold_blind63's "the six months to 30 September"). "December half" (headline) names
    # the half by its calendar month and takes the calendar value, 2015-H2, as "the December
    # quarter" does (gold_blind55, gold_blind63), and "the December half of 2014" is one span
    # 2014-H2 (like "the first half of 2015"); "the six months to December 31" P6M plus
    # 2015-12-31 (see README). Southern seasons are valued in the year they fall in
    # (gold_blind103): "this spring" (September-November 2015) 2015-SP. The meeting: "annual"
    # SET P1Y, "on Wednesday morning" 2015-11-18TMO, "began at 10am", "almost three hours"
    # PT3H, shares "by 1.30pm". "late June" 2015-06 and "August" 2015-08 past; "February",
    # "January", "February 24", "the end of March" (2016-03) and "June" (2016-06) ahead;
    # "Easter" 2016-03-27; "Melbourne Cup day", the first Tuesday of November, 2015-11-03;
    # "next year" (twice, "next year's meeting") 2016; "May last year" (twice) one span 2014-05
    # (gold_blind55's "June last year") and "Eighteen months later" anchored on it, 2015-11
    # (gold_blind55's "two months later"). "every month" SET P1M; "every Thursday evening in
    # December" SET XXXX-WXX-4TEV and "December" 2015-12 (gold_blind63's "every week of
    # December"). Not annotated: "a year of two halves" (an idiom), "first strike", "second
    # strike", "short-term incentive", "long-term incentives", "this season" (a dairy season
    # with no calendar unit, like gold_blind103's fire season), "interim result" (its date is
    # annotated), "nine of them" (an elided count of years, like the elided "14" of
    # gold_blind63), "ASX: TWD", "1300 555 915", the ages "68", prices and percentages.
    "tarrawong-dairy-agm-first-strike": (
        "2015-11-18",
        [
            ("December half", "DATE", "2015-H2"),
            ("18 Nov 2015", "DATE", "2015-11-18"),
            ("1:47 PM", "TIME", "2015-11-18T13:47"),
            ("the six months", "DURATION", "P6M"),
            ("December 31", "DATE", "2015-12-31"),
            ("the December half of 2014", "DATE", "2014-H2"),
            ("annual", "SET", "P1Y"),
            ("Wednesday morning", "TIME", "2015-11-18TMO"),
            ("late June", "DATE", "2015-06"),
            ("February", "DATE", "2016-02"),
            ("The 2016 financial year", "DATE", "FY2016"),
            ("January", "DATE", "2016-01"),
            ("this spring", "DATE", "2015-SP"),
            ("the past six weeks", "DURATION", "P6W"),
            ("the 12 months", "DURATION", "P12M"),
            ("June 30", "DATE", "2015-06-30"),
            ("the previous financial year", "DATE", "FY2014"),
            ("August", "DATE", "2015-08"),
            ("the current financial year", "DATE", "FY2016"),
            ("now", "DATE", "PRESENT_REF"),
            ("February 24", "DATE", "2016-02-24"),
            ("1.30pm", "TIME", "2015-11-18T13:30"),
            ("March 2009", "DATE", "2009-03"),
            ("next year", "DATE", "2016"),
            ("the 2015 financial year", "DATE", "FY2015"),
            ("three years", "DURATION", "P3Y"),
            ("the end of March", "DATE", "2016-03"),
            ("Easter", "DATE", "2016-03-27"),
            ("2014-15", "DATE", "FY2015"),
            ("Melbourne Cup day", "DATE", "2015-11-03"),
            ("almost a week", "DURATION", "P1W"),
            ("10am", "TIME", "2015-11-18T10:00"),
            ("almost three hours", "DURATION", "PT3H"),
            ("May last year", "DATE", "2014-05"),
            ("May last year", "DATE", "2014-05"),
            ("34 years", "DURATION", "P34Y"),
            ("Eighteen months later", "DATE", "2015-11"),
            ("every month", "SET", "P1M"),
            ("next year", "DATE", "2016"),
            ("14 years", "DURATION", "P14Y"),
            ("June", "DATE", "2016-06"),
            ("every Thursday evening", "SET", "XXXX-WXX-4TEV"),
            ("December", "DATE", "2015-12"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
