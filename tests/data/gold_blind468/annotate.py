"""Annotations of the blind gold set 468, chosen by hand before the tagger ran.

    python tests/data/gold_blind468/annotate.py [--show]

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
    # Thursday 2012-12-06 (ISO week 49), Canadian wire-service earnings story as a news site
    # carries it: headline, credit "The Canadian Press", stamps "Published Thursday, Dec. 6,
    # 2012 7:48AM EST" and "Last Updated Thursday, Dec. 6, 2012 11:15AM EST" (each a DATE with
    # its weekday, one span like a date line, and a TIME with the zone in the span, gold_blind63,
    # gold_blind74), "TORONTO —" dateline. Stanhope's fiscal year ends Oct. 31 and is named by
    # the year it ends (gold_blind63): fiscal 2012 ran November 2011-October 2012, so the quarter
    # reported (August-October 2012) is FY2012-Q4 ("fourth-quarter" in headline and lead, "the
    # quarter" twice), "a year earlier" FY2011-Q4 (the granularity of the quarter), "the third
    # quarter" FY2012-Q3, "fiscal 2013, which began Nov. 1" FY2013 plus 2012-11-01, and its
    # "first-quarter" (November 2012-January 2013) FY2013-Q1. "the three months ended Oct. 31"
    # is P3M plus 2012-10-31 ("ended" a signal). "said Thursday" is the publication day; "on
    # Tuesday" 2012-12-04 and "on Wednesday" 2012-12-05 past; "next Thursday" 2012-12-13, one
    # span. "the end of calendar 2013" 2013 ("calendar" kept, gold_blind74); "the end of
    # October" 2012-10; "since the spring" 2012-SP; "from January" 2013-01 and "Feb. 26", "Jan.
    # 31", "Feb. 27" ahead in 2013; "Christmas" 2012-12-25; "quarterly dividend" SET P3M and
    # "twice a year" SET P1Y (gold_blind63, gold_blind3); "this year" and "so far this year"
    # -> "this year" 2012. Not annotated: "best quarter" (no particular quarter), "TSX:SFG",
    # "Basel III", "24-hour phone banking centre" (a kind of service, gold_blind3's "24-hour
    # hotline"), "June Castellano" (a name), "morning trading", "so far", "1-800-555-2013" (a
    # phone number holding 2013, beside "calendar 2013"), "stanhope.ca/investors/2012-q4",
    # "1,180 branches", amounts and percentages.
    "stanhope-financial-fourth-quarter-dividend": (
        "2012-12-06",
        [
            ("fourth-quarter", "DATE", "FY2012-Q4"),
            ("Thursday, Dec. 6, 2012", "DATE", "2012-12-06"),
            ("7:48AM EST", "TIME", "2012-12-06T07:48"),
            ("Thursday, Dec. 6, 2012", "DATE", "2012-12-06"),
            ("11:15AM EST", "TIME", "2012-12-06T11:15"),
            ("fourth-quarter", "DATE", "FY2012-Q4"),
            ("2007", "DATE", "2007"),
            ("Thursday", "DATE", "2012-12-06"),
            ("the three months", "DURATION", "P3M"),
            ("Oct. 31", "DATE", "2012-10-31"),
            ("a year earlier", "DATE", "FY2011-Q4"),
            ("fiscal 2012", "DATE", "FY2012"),
            ("quarterly", "SET", "P3M"),
            ("Feb. 26", "DATE", "2013-02-26"),
            ("Jan. 31", "DATE", "2013-01-31"),
            ("this week", "DATE", "2012-W49"),
            ("Tuesday", "DATE", "2012-12-04"),
            ("Wednesday", "DATE", "2012-12-05"),
            ("next Thursday", "DATE", "2012-12-13"),
            ("fiscal 2013", "DATE", "FY2013"),
            ("Nov. 1", "DATE", "2012-11-01"),
            ("the next 12 months", "DURATION", "P12M"),
            ("the spring", "DATE", "2012-SP"),
            ("8 a.m. ET", "TIME", "2012-12-06T08:00"),
            ("the end of calendar 2013", "DATE", "2013"),
            ("the quarter", "DATE", "FY2012-Q4"),
            ("the third quarter", "DATE", "FY2012-Q3"),
            ("the end of October", "DATE", "2012-10"),
            ("January", "DATE", "2013-01"),
            ("2006", "DATE", "2006"),
            ("Christmas", "DATE", "2012-12-25"),
            ("the next two years", "DURATION", "P2Y"),
            ("the quarter", "DATE", "FY2012-Q4"),
            ("first-quarter", "DATE", "FY2013-Q1"),
            ("Feb. 27", "DATE", "2013-02-27"),
            ("twice a year", "SET", "P1Y"),
            ("2010", "DATE", "2010"),
            ("this year", "DATE", "2012"),
            ("Dec. 20", "DATE", "2012-12-20"),
        ],
    ),
    # Wednesday 2013-07-24 (ISO week 30), Australian business website's mining story: section
    # label, headline, standfirst, byline, stamp "Published: July 24, 2013 - 12:31PM" (a DATE
    # and a TIME), no dateline. Kalgara's financial year runs July-June and is named by the year
    # it ends (gold_blind9, gold_blind74): "FY13" FY2013, "FY14" (headline and twice in the
    # body) and "the new financial year" FY2014; "full-year results" are those of FY2013, due
    # "on August 28". Quarters named by their last month take calendar values (gold_blind74):
    # "the June quarter" (twice) 2013-Q2, "the March quarter" 2013-Q1, "The September quarter"
    # 2013-Q3; "the prior corresponding period" is the June quarter a year before, 2012-Q2
    # (gold_blind74's "pcp"). "the three months to June 30" P3M plus 2013-06-30; "the previous
    # three months" and "The last three months" P3M (like "the past three months"). "this
    # morning" 2013-07-24TMO; the call "at 11am AWST (1pm AEST)" two TIMEs for one instant
    # (gold_blind74's "10am AWST (1pm AEDT)"); "by 12.15pm" that day. "in February" and "in
    # April" past months of 2013; "since early April" 2013-04; "a three-year low" -> "three-year"
    # P3Y (like "a two-week high", gold_blind23); "late last month" 2013-06; "the end of March"
    # 2013-03; "August" (the shutdown) 2013-08 and "next month" 2013-08; "last week" 2013-W29;
    # "June 2015", "December 2016" as written; "at least the next 18 months" P18M with the
    # modifier kept; "the next six weeks" P6W; "a seven-year mine life" -> "seven-year" P7Y;
    # "this calendar year" one span, 2013 ("calendar" kept like "calendar 2014", gold_blind74).
    # Not annotated: "ASX: KGA", "Stage 4", "Pit 2", "reporting season" (no calendar value,
    # gold_blind30's "Earnings season"), "final dividend", "All-in sustaining costs", "$A1,520
    # an ounce", "$1,240", "$1,105", ounce counts, "140 jobs", percentages.
    "kalgara-gold-june-quarter-guidance-cut": (
        "2013-07-24",
        [
            ("FY14", "DATE", "FY2014"),
            ("July 24, 2013", "DATE", "2013-07-24"),
            ("12:31PM", "TIME", "2013-07-24T12:31"),
            ("the new financial year", "DATE", "FY2014"),
            ("the June quarter", "DATE", "2013-Q2"),
            ("this morning", "TIME", "2013-07-24TMO"),
            ("the three months", "DURATION", "P3M"),
            ("June 30", "DATE", "2013-06-30"),
            ("the March quarter", "DATE", "2013-Q1"),
            ("the prior corresponding period", "DATE", "2012-Q2"),
            ("FY13", "DATE", "FY2013"),
            ("February", "DATE", "2013-02"),
            ("FY14", "DATE", "FY2014"),
            ("now", "DATE", "PRESENT_REF"),
            ("April", "DATE", "2013-04"),
            ("The September quarter", "DATE", "2013-Q3"),
            ("10-day", "DURATION", "P10D"),
            ("August", "DATE", "2013-08"),
            ("the June quarter", "DATE", "2013-Q2"),
            ("the previous three months", "DURATION", "P3M"),
            ("early April", "DATE", "2013-04"),
            ("three-year", "DURATION", "P3Y"),
            ("late last month", "DATE", "2013-06"),
            ("The last three months", "DURATION", "P3M"),
            ("2009", "DATE", "2009"),
            ("11am AWST", "TIME", "2013-07-24T11:00"),
            ("1pm AEST", "TIME", "2013-07-24T13:00"),
            ("at least the next 18 months", "DURATION", "P18M"),
            ("the next six weeks", "DURATION", "P6W"),
            ("2011", "DATE", "2011"),
            ("seven-year", "DURATION", "P7Y"),
            ("FY14", "DATE", "FY2014"),
            ("June 2015", "DATE", "2015-06"),
            ("June 30", "DATE", "2013-06-30"),
            ("the end of March", "DATE", "2013-03"),
            ("December 2016", "DATE", "2016-12"),
            ("full-year", "DATE", "FY2013"),
            ("August 28", "DATE", "2013-08-28"),
            ("last week", "DATE", "2013-W29"),
            ("next month", "DATE", "2013-08"),
            ("12.15pm", "TIME", "2013-07-24T12:15"),
            ("2008", "DATE", "2008"),
            ("this calendar year", "DATE", "2013"),
        ],
    ),
    # Tuesday 2015-11-03 (ISO week 45), Australian news-agency wire on a central-bank decision:
    # headline, byline "AAP Economics Writer", stamp "Updated 3:42pm, Tuesday, 3 November 2015"
    # (a TIME and a DATE), "SYDNEY, Nov 3 AAP -" dateline (the day of the wire, a DATE of its
    # own), sign-off "AAP tl/kb". The decision day is Melbourne Cup Day, the first Tuesday of
    # November, 2015-11-03 (gold_blind83): the headline's "Cup Day" and "Melbourne Cup Day" in
    # the body. "announced at 2.30pm AEDT" 2015-11-03T14:30; "half an hour before" the race
    # DURATION PT30M and "within 10 minutes" -> "10 minutes" PT10M (anchored durations);
    # "tonight" 2015-11-03TNI; "today's meeting" -> "today". "a sixth straight month" DURATION
    # P1M (gold_blind23, gold_blind64). Past: "on Monday" 2015-11-02, "last week's ... figures"
    # -> "last week" 2015-W44, "since August" 2015-08, "the last time in May" 2015-05,
    # "November 2011". Ahead: the headline's "December cut" 2015-12, "on December 1", "in
    # January" 2016-01, "February 2" 2016-02-02, "in February" 2016-02, "late January" 2016-01,
    # "on Friday" 2015-11-06 (the Statement on Monetary Policy), "on November 17", "Thursday's
    # labour force figures" -> "Thursday" 2015-11-05, "on December 2", "next year" 2016.
    # "the September quarter" and the adjectival "September quarter GDP" 2015-Q3, "the December
    # quarter" 2015-Q4 (calendar quarters, no company); "the three months to September" P3M
    # plus 2015-09; "the 12 months to October" P12M plus 2015-10; "figures for October"
    # 2015-10. "bought itself a month" DURATION P1M; "a day after the board meets" DURATION P1D
    # (an anchored duration, gold_blind35); "over the spring" -> "the spring" 2015-SP, the
    # southern spring (September-November) now running, valued in the year it falls in
    # (gold_blind9). "quarterly Statement" SET P3M (an adjectival recurrence, gold_blind35);
    # "11 times a year" SET P1Y (the count in the span, like "eight times a year",
    # gold_blind23); "the coming months" PXM. Not annotated: "2.0 per cent", "1.75 per cent",
    # "6.2 per cent", "the bank's 2-3 per cent target band", "2.75 percentage points", "71.95 US
    # cents", "55 per cent", "$6.2 million race", "the 3200-metre race", "annual" (an adjective
    # naming the period of a figure, gold_blind103), "the minutes" (a document), "AAP tl/kb".
    "rba-holds-on-melbourne-cup-day": (
        "2015-11-03",
        [
            ("Cup Day", "DATE", "2015-11-03"),
            ("December", "DATE", "2015-12"),
            ("3:42pm", "TIME", "2015-11-03T15:42"),
            ("Tuesday, 3 November 2015", "DATE", "2015-11-03"),
            ("Nov 3", "DATE", "2015-11-03"),
            ("a sixth straight month", "DURATION", "P1M"),
            ("2.30pm AEDT", "TIME", "2015-11-03T14:30"),
            ("Melbourne Cup Day", "DATE", "2015-11-03"),
            ("half an hour", "DURATION", "PT30M"),
            ("10 minutes", "DURATION", "PT10M"),
            ("Monday", "DATE", "2015-11-02"),
            ("last week", "DATE", "2015-W44"),
            ("the September quarter", "DATE", "2015-Q3"),
            ("the three months", "DURATION", "P3M"),
            ("September", "DATE", "2015-09"),
            ("December 1", "DATE", "2015-12-01"),
            ("January", "DATE", "2016-01"),
            ("February 2", "DATE", "2016-02-02"),
            ("quarterly", "SET", "P3M"),
            ("Friday", "DATE", "2015-11-06"),
            ("today", "DATE", "2015-11-03"),
            ("November 17", "DATE", "2015-11-17"),
            ("a month", "DURATION", "P1M"),
            ("February", "DATE", "2016-02"),
            ("the December quarter", "DATE", "2015-Q4"),
            ("late January", "DATE", "2016-01"),
            ("next year", "DATE", "2016"),
            ("Thursday", "DATE", "2015-11-05"),
            ("October", "DATE", "2015-10"),
            ("August", "DATE", "2015-08"),
            ("September quarter", "DATE", "2015-Q3"),
            ("December 2", "DATE", "2015-12-02"),
            ("a day", "DURATION", "P1D"),
            ("the 12 months", "DURATION", "P12M"),
            ("October", "DATE", "2015-10"),
            ("the spring", "DATE", "2015-SP"),
            ("November 2011", "DATE", "2011-11"),
            ("May", "DATE", "2015-05"),
            ("11 times a year", "SET", "P1Y"),
            ("tonight", "TIME", "2015-11-03TNI"),
            ("the coming months", "DURATION", "PXM"),
        ],
    ),
    # Monday 2013-09-09 (ISO week 37), Canadian regional paper's business story: section label,
    # headline ("could start next spring"), deck ("by Dec. 31"), byline, paper's name, date line
    # "Monday, September 9, 2013", "FORT KESTREL, B.C. —" dateline. The certificate came "on
    # Friday" 2013-09-06, "late Friday afternoon" one TIME span 2013-09-06TAF with the modifier
    # kept; "That evening" 2013-09-06TEV (a narrative anchor on that Friday), "the next day"
    # 2013-09-07 (gold_blind64), "by noon on Saturday" -> "noon" 2013-09-07T12:00 and "Saturday"
    # 2013-09-07 (a clock time and its day two TIMEX3); "said Sunday" 2013-09-08; shares "on
    # Friday" 2013-09-06 again. "a 180-day review ... accepted in March" -> "180-day" P180D and
    # "March" 2013-03. "the end of the year" 2013; "Dec. 31" (deck and body) 2013-12-31; "next
    # spring" (headline and body) 2014-SP; "a two-year construction period" P2Y; "the summer of
    # 2015" 2015-SU, one span; "early 2016" 2016; "run for 23 years" P23Y; "seven years of
    # drilling" P7Y; "Now" PRESENT_REF. Tamarack's fiscal year ends June 30: "fiscal 2013, which
    # ended June 30" FY2013 plus 2013-06-30; "last week" 2013-W36; "since June" 2013-06; "in May"
    # 2013-05. "every winter" SET XXXX-WI (gold_blind103's "Every winter" shape). Labour Day
    # 2013 was Monday 2 September; "the Labour Day long weekend" (Saturday 31 August to Monday)
    # takes the ISO week of its Saturday, 2013-W35-WE (gold_blind9, gold_blind103). Ahead: the
    # open house "on Thursday from 4 p.m. to 8 p.m." 2013-09-12 with T16:00 and T20:00, "Sept.
    # 19" 2013-09-19. "within the 60-day window" -> "60-day" P60D. Not annotated: "6-1" (a
    # vote), "TSX-V: TRR", "Highway 37", "Km 88", "NI 43-101", "2.1 billion pounds", "140
    # kilometres", "400 workers", "310 people", "full-time", "900 calls", "250-555-1987" (a phone
    # number), "$240-million", "$6.8 million", "58 cents", "the Legion hall".
    "sable-lake-mine-provincial-approval": (
        "2013-09-09",
        [
            ("next spring", "DATE", "2014-SP"),
            ("Dec. 31", "DATE", "2013-12-31"),
            ("Monday, September 9, 2013", "DATE", "2013-09-09"),
            ("Friday", "DATE", "2013-09-06"),
            ("180-day", "DURATION", "P180D"),
            ("March", "DATE", "2013-03"),
            ("late Friday afternoon", "TIME", "2013-09-06TAF"),
            ("That evening", "TIME", "2013-09-06TEV"),
            ("the next day", "DATE", "2013-09-07"),
            ("noon", "TIME", "2013-09-07T12:00"),
            ("Saturday", "DATE", "2013-09-07"),
            ("seven years", "DURATION", "P7Y"),
            ("Sunday", "DATE", "2013-09-08"),
            ("Now", "DATE", "PRESENT_REF"),
            ("the end of the year", "DATE", "2013"),
            ("Dec. 31", "DATE", "2013-12-31"),
            ("next spring", "DATE", "2014-SP"),
            ("two-year", "DURATION", "P2Y"),
            ("the summer of 2015", "DATE", "2015-SU"),
            ("early 2016", "DATE", "2016"),
            ("23 years", "DURATION", "P23Y"),
            ("every winter", "SET", "XXXX-WI"),
            ("fiscal 2013", "DATE", "FY2013"),
            ("June 30", "DATE", "2013-06-30"),
            ("last week", "DATE", "2013-W36"),
            ("Friday", "DATE", "2013-09-06"),
            ("June", "DATE", "2013-06"),
            ("May", "DATE", "2013-05"),
            ("2010", "DATE", "2010"),
            ("2012", "DATE", "2012"),
            ("the Labour Day long weekend", "DATE", "2013-W35-WE"),
            ("Thursday", "DATE", "2013-09-12"),
            ("4 p.m.", "TIME", "2013-09-12T16:00"),
            ("8 p.m.", "TIME", "2013-09-12T20:00"),
            ("Sept. 19", "DATE", "2013-09-19"),
            ("2008", "DATE", "2008"),
            ("60-day", "DURATION", "P60D"),
        ],
    ),
    # Saturday 2014-08-23 (ISO week 34), Australian Saturday paper's reporting-season column:
    # section label, headline, byline, date line "Saturday 23 August 2014", a "The week ahead"
    # box of five weekday lines. "this week" and "over the week" -> 2014-W34; the results came
    # "on Monday" 2014-08-18, "on Wednesday" 2014-08-20, "on Thursday" 2014-08-21, the index
    # closed "on Friday" 2014-08-22 and "by Friday" the same day. The box's "The week ahead" is
    # 2014-W35 (like "The winter ahead", gold_blind103) and its weekdays the coming ones,
    # 2014-08-25 to 2014-08-29; "(11.30am)" on the Friday line 2014-08-29T11:30. July-June
    # companies (gold_blind9, gold_blind74): "the 12 months to June 30" P12M plus 2014-06-30,
    # "the previous financial year" FY2013, "FY15" FY2015, "full-year" (Copperhead; Oakvale and
    # Ridgeway; Kestrel) FY2014, "FY13" FY2013; "The June half" (Harbourline's January-June
    # 2014) 2014-H1, a half named by its last month taking the calendar value like "the June
    # quarter" (see README). Ellery & Finch's year "ended on Sunday, June 29" -> one DATE span
    # with the weekday, 2014-06-29 (gold_blind66's "Sunday, Sept. 13"); "the first seven weeks
    # of the new financial year" P7W plus FY2015 (gold_blind74). Meridian's year "ends on
    # September 30": the end of the year now running, 2014-09-30 (gold_blind63), so its
    # "third-quarter" is April-June 2014, FY2014-Q3. "a week after" DURATION P1W (anchored);
    # "the December quarter" 2014-Q4; "June quarter" (box) 2014-Q2; "Christmas" 2014-12-25; "a
    # six-year low" -> "six-year" P6Y; "June 2008"; "on September 2" 2014-09-02 (the bank's
    # next meeting); "since August last year" one span 2013-08 (gold_blind44's "September last
    # year"); "as in February" 2014-02 (the previous reporting season); "July" (three box lines)
    # 2014-07. Not annotated: "Reporting season", "profit season", "the halfway mark", "a record
    # year" (no particular year), "Beyond 2018" (a program), "Miriam August" (a name, in a story
    # with "August last year"), "51" (an age), "S&P/ASX 200", "5,612.4 points", "2.5 per cent",
    # "annualised", "final dividend", amounts and percentages.
    "reporting-season-halfway-scorecard": (
        "2014-08-23",
        [
            ("Saturday 23 August 2014", "DATE", "2014-08-23"),
            ("this week", "DATE", "2014-W34"),
            ("the 12 months", "DURATION", "P12M"),
            ("June 30", "DATE", "2014-06-30"),
            ("Monday", "DATE", "2014-08-18"),
            ("the previous financial year", "DATE", "FY2013"),
            ("The June half", "DATE", "2014-H1"),
            ("FY15", "DATE", "FY2015"),
            ("full-year", "DATE", "FY2014"),
            ("Wednesday", "DATE", "2014-08-20"),
            ("FY13", "DATE", "FY2013"),
            ("a week", "DURATION", "P1W"),
            ("the December quarter", "DATE", "2014-Q4"),
            ("Sunday, June 29", "DATE", "2014-06-29"),
            ("the first seven weeks", "DURATION", "P7W"),
            ("the new financial year", "DATE", "FY2015"),
            ("Christmas", "DATE", "2014-12-25"),
            ("September 30", "DATE", "2014-09-30"),
            ("third-quarter", "DATE", "FY2014-Q3"),
            ("Thursday", "DATE", "2014-08-21"),
            ("six-year", "DURATION", "P6Y"),
            ("the week", "DATE", "2014-W34"),
            ("Friday", "DATE", "2014-08-22"),
            ("June 2008", "DATE", "2008-06"),
            ("September 2", "DATE", "2014-09-02"),
            ("August last year", "DATE", "2013-08"),
            ("Friday", "DATE", "2014-08-22"),
            ("February", "DATE", "2014-02"),
            ("The week ahead", "DATE", "2014-W35"),
            ("Monday", "DATE", "2014-08-25"),
            ("full-year", "DATE", "FY2014"),
            ("Tuesday", "DATE", "2014-08-26"),
            ("July", "DATE", "2014-07"),
            ("Wednesday", "DATE", "2014-08-27"),
            ("June quarter", "DATE", "2014-Q2"),
            ("Thursday", "DATE", "2014-08-28"),
            ("July", "DATE", "2014-07"),
            ("Friday", "DATE", "2014-08-29"),
            ("full-year", "DATE", "FY2014"),
            ("July", "DATE", "2014-07"),
            ("11.30am", "TIME", "2014-08-29T11:30"),
        ],
    ),
    # Friday 2014-10-17 (ISO week 42), Canadian financial paper's weekly market wrap: section
    # label, headline ("Wednesday's rout"), deck, byline line "David Marchand, Financial Markets
    # Reporter | October 17, 2014 | Last Updated: Oct 17 5:10 PM ET" (two DATEs and a TIME), a
    # "The week ahead" box. Canadian Thanksgiving 2014 was Monday 13 October (the second Monday):
    # "closed Monday for Thanksgiving" two DATEs. "a turbulent four-day week" -> "four-day" P4D
    # (adjectival duration); "for the week" -> "the week" 2014-W42; "each of the next two days"
    # -> "the next two days" DURATION P2D (Tuesday and Wednesday, counted from the holiday);
    # "Wednesday's sell-off" and the headline's "Wednesday's rout" 2014-10-15; "the first hour of
    # trading" DURATION PT1H (an ordinal period, gold_blind23); "By Thursday afternoon"
    # 2014-10-16TAF; "today" 2014-10-17; "on Thursday" 2014-10-16. "weak September retail sales
    # figures" 2014-09 and "The November crude contract" 2014-11 (a delivery month, forward,
    # gold_blind6). "the past month" P1M; "year to date" 2014 (gold_blind23); "now" PRESENT_REF.
    # Ahead: the rate decision "at 10 a.m. ET Wednesday" 2014-10-22T10:00 and 2014-10-22 (two
    # TIMEX3), "quarterly Monetary Policy Report" SET P3M, "the second half of next year" one
    # span 2015-H2 (gold_blind35's "the first half of next year"), "early December" 2014-12,
    # "their fiscal year ending Oct. 31" -> "their fiscal year" FY2014 (the banks' November-
    # October year, named by the year it ends; possessive kept like "its financial year",
    # gold_blind63) plus 2014-10-31; "Third-quarter earnings" 2014-Q3 (calendar, no fiscal year
    # given); "next week" and "The week ahead" 2014-W43; box weekdays 2014-10-20 to 2014-10-24,
    # "August" (twice) 2014-08 and "September" 2014-09 the months of the figures, "8:30 a.m. ET"
    # on Monday and on Friday. Not annotated: "earnings season", "in the session" (a trading
    # session, gold_blind38), "Whitcombe 2015 Target Date Fund" (a fund's name, in a story with
    # "next year" 2015), "S&P/TSX", index levels ("14,227.28", "15,657.63"), "420 points",
    # "$82.71 (U.S.) a barrel", "1 per cent", "about a fifth", percentages.
    "tsx-week-ends-higher-bank-of-canada-next": (
        "2014-10-17",
        [
            ("Wednesday", "DATE", "2014-10-15"),
            ("October 17, 2014", "DATE", "2014-10-17"),
            ("Oct 17", "DATE", "2014-10-17"),
            ("5:10 PM ET", "TIME", "2014-10-17T17:10"),
            ("four-day", "DURATION", "P4D"),
            ("Friday", "DATE", "2014-10-17"),
            ("Wednesday", "DATE", "2014-10-15"),
            ("the week", "DATE", "2014-W42"),
            ("Sept. 3", "DATE", "2014-09-03"),
            ("Monday", "DATE", "2014-10-13"),
            ("Thanksgiving", "DATE", "2014-10-13"),
            ("the next two days", "DURATION", "P2D"),
            ("Wednesday", "DATE", "2014-10-15"),
            ("the first hour", "DURATION", "PT1H"),
            ("September", "DATE", "2014-09"),
            ("Thursday afternoon", "TIME", "2014-10-16TAF"),
            ("today", "DATE", "2014-10-17"),
            ("November", "DATE", "2014-11"),
            ("June 2012", "DATE", "2012-06"),
            ("Thursday", "DATE", "2014-10-16"),
            ("the past month", "DURATION", "P1M"),
            ("year to date", "DATE", "2014"),
            ("now", "DATE", "PRESENT_REF"),
            ("10 a.m. ET", "TIME", "2014-10-22T10:00"),
            ("Wednesday", "DATE", "2014-10-22"),
            ("quarterly", "SET", "P3M"),
            ("September 2010", "DATE", "2010-09"),
            ("the second half of next year", "DATE", "2015-H2"),
            ("early December", "DATE", "2014-12"),
            ("their fiscal year", "DATE", "FY2014"),
            ("Oct. 31", "DATE", "2014-10-31"),
            ("Third-quarter", "DATE", "2014-Q3"),
            ("next week", "DATE", "2014-W43"),
            ("The week ahead", "DATE", "2014-W43"),
            ("Monday", "DATE", "2014-10-20"),
            ("August", "DATE", "2014-08"),
            ("8:30 a.m. ET", "TIME", "2014-10-20T08:30"),
            ("Tuesday", "DATE", "2014-10-21"),
            ("Wednesday", "DATE", "2014-10-22"),
            ("August", "DATE", "2014-08"),
            ("Thursday", "DATE", "2014-10-23"),
            ("Friday", "DATE", "2014-10-24"),
            ("September", "DATE", "2014-09"),
            ("8:30 a.m. ET", "TIME", "2014-10-24T08:30"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
