"""Annotations of the seventy-fourth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind74/annotate.py [--show]

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
    # Wednesday 2015-04-22 (ISO week 17), British daily's online business story, standfirst,
    # byline, date line "Wednesday 22 April 2015 07.48 BST" (a DATE and a TIME, gold_blind63).
    # Fenwright's financial year ends on the last Saturday of February and is named by the year
    # it ends: "the 52 weeks to 28 February 2015" (Saturday) is "the 52 weeks" P52W plus the
    # date, split at "to" like "the six months to 30 September" (gold_blind63); that year
    # (2 March 2014-28 February 2015) is "FY2014/15" FY2015 and "the full year" FY2015; "the
    # prior year" FY2014; the year that began on Sunday 1 March 2015 is "the new financial year"
    # (standfirst and body), "this financial year", "the current financial year" and the
    # analyst's "FY2015/16", all FY2016 (like "2015-16" FY2016 in gold_blind63). "the first
    # seven weeks" P7W, split from the year like "the first six months of its financial year".
    # Calendar words keep calendar values: "a year ago" 2014 (the unit's granularity,
    # gold_blind28); "the six weeks to 3 January" P6W plus 2015-01-03; the Tamsley closure "in
    # January" 2015-01; the store openings "in September" and "in November" 2014; "the autumn"
    # just past 2014-FA; "next spring" in April 2015 is 2016-SP; "last month" 2015-03; "the end
    # of the decade" the decade's value, 201 (gold_blind10, gold_blind13, gold_blind29). The
    # dividend dates are future: 3 July, 5 June, the AGM on 24 June 2015.
    # The call "at 8.30am BST this morning" is two TIMEX3 (gold_blind69). "at least 2018" keeps
    # its modifier (gold_blind35's "at least March"); "annually" SET P1Y. Not annotated:
    # "Vision 2020" (a programme), "The Sunday Chronicle" (a paper), "may sell" (a verb),
    # "Gemma May" (a name), "46 shops", "7.6p per share", "11.2p", "14p", "412p", "early
    # trading", "Like-for-like".
    "fenwrights-full-year-results": (
        "2015-04-22",
        [
            ("the new financial year", "DATE", "FY2016"),
            ("Wednesday 22 April 2015", "DATE", "2015-04-22"),
            ("07.48 BST", "TIME", "2015-04-22T07:48"),
            ("the 52 weeks", "DURATION", "P52W"),
            ("28 February 2015", "DATE", "2015-02-28"),
            ("FY2014/15", "DATE", "FY2015"),
            ("the prior year", "DATE", "FY2014"),
            ("now", "DATE", "PRESENT_REF"),
            ("the full year", "DATE", "FY2015"),
            ("3 July", "DATE", "2015-07-03"),
            ("5 June", "DATE", "2015-06-05"),
            ("24 June", "DATE", "2015-06-24"),
            ("1 March", "DATE", "2015-03-01"),
            ("the first seven weeks", "DURATION", "P7W"),
            ("the new financial year", "DATE", "FY2016"),
            ("a year ago", "DATE", "2014"),
            ("this financial year", "DATE", "FY2016"),
            ("the six weeks", "DURATION", "P6W"),
            ("3 January", "DATE", "2015-01-03"),
            ("the autumn", "DATE", "2014-FA"),
            ("September", "DATE", "2014-09"),
            ("November", "DATE", "2014-11"),
            ("next spring", "DATE", "2016-SP"),
            ("January", "DATE", "2015-01"),
            ("38 years", "DURATION", "P38Y"),
            ("90-day", "DURATION", "P90D"),
            ("2012", "DATE", "2012"),
            ("the end of the decade", "DATE", "201"),
            ("the current financial year", "DATE", "FY2016"),
            ("8.30am BST", "TIME", "2015-04-22T08:30"),
            ("this morning", "TIME", "2015-04-22TMO"),
            ("last month", "DATE", "2015-03"),
            ("FY2015/16", "DATE", "FY2016"),
            ("annually", "SET", "P1Y"),
            ("at least 2018", "DATE", "2018"),
        ],
    ),
    # Tuesday 2013-07-30 (ISO week 31), agency wire on a Japanese carmaker's first-quarter
    # results, "TOKYO, July 30 (Asia Business Wire) --" dateline. Takemura's business year runs
    # April-March and is named by the year it ends (the Japanese "fiscal 2013" for it is not
    # used, gold_blind63): "the business year to March 2014" -> "the business year" FY2014 plus
    # "March 2014", "to" a signal (gold_blind28); "the full year", "full-year" FY2014; "the
    # previous business year" FY2013. The quarter reported is "the April-June quarter", a
    # calendar name, 2013-Q2 (gold_blind17, gold_blind63), while the company's "first-quarter"
    # (headline), "the first quarter" and "the quarter" are FY2014-Q1; "a year earlier" after
    # "the first quarter" and "year-on-year" (the period compared with, gold_blind38) FY2013-Q1.
    # "the six months to September" P6M plus 2013-09 (a fiscal half has no value shape);
    # "late October" 2013-10; "since November" 2012-11; "launched in May" 2013-05; "the end
    # of last year" 2012; "the autumn" ahead 2013-FA; "On Monday" (past) 2013-07-29; Hoshida
    # "reports on Friday" 2013-08-02; the close "at 3 p.m. (0600 GMT)" two TIMEX3 on the
    # publication day (JST is GMT+9). "two weeks from mid-August" P2W plus 2013-08; "every
    # summer" SET XXXX-SU. Not annotated: "Sora 1800" (a model, twice), "Step Up 2016" (a
    # plan), "95 yen to the dollar", "83 yen", "1,742 yen", "42,000", "74 percent".
    "takemura-motor-first-quarter-profit": (
        "2013-07-30",
        [
            ("first-quarter", "DATE", "FY2014-Q1"),
            ("July 30", "DATE", "2013-07-30"),
            ("Tuesday", "DATE", "2013-07-30"),
            ("the April-June quarter", "DATE", "2013-Q2"),
            ("the business year", "DATE", "FY2014"),
            ("March 2014", "DATE", "2014-03"),
            ("the first quarter", "DATE", "FY2014-Q1"),
            ("a year earlier", "DATE", "FY2013-Q1"),
            ("November", "DATE", "2012-11"),
            ("the full year", "DATE", "FY2014"),
            ("the previous business year", "DATE", "FY2013"),
            ("full-year", "DATE", "FY2014"),
            ("the six months", "DURATION", "P6M"),
            ("September", "DATE", "2013-09"),
            ("late October", "DATE", "2013-10"),
            ("year-on-year", "DATE", "FY2013-Q1"),
            ("the quarter", "DATE", "FY2014-Q1"),
            ("the end of last year", "DATE", "2012"),
            ("May", "DATE", "2013-05"),
            ("Monday", "DATE", "2013-07-29"),
            ("three months", "DURATION", "P3M"),
            ("the 1990s", "DATE", "199"),
            ("recent years", "DATE", "PAST_REF"),
            ("the next three years", "DURATION", "P3Y"),
            ("the autumn", "DATE", "2013-FA"),
            ("two weeks", "DURATION", "P2W"),
            ("mid-August", "DATE", "2013-08"),
            ("every summer", "SET", "XXXX-SU"),
            ("3 p.m.", "TIME", "2013-07-30T15:00"),
            ("0600 GMT", "TIME", "2013-07-30T06:00"),
            ("this year", "DATE", "2013"),
            ("Friday", "DATE", "2013-08-02"),
        ],
    ),
    # Thursday 2014-04-24 (ISO week 17), US newspaper business story in title-case headline
    # style, deck, byline, "MILBROOK, Ohio —" dateline without date (the day is fixed by the
    # "said Thursday" of the lead). Harlow's fiscal year ends on Saturday June 28, 2014 (the
    # text: "whose fiscal year ends June 28") and is named by the year it ends: fiscal 2014 runs
    # June 30, 2013-June 28, 2014, FY2014 ("fiscal 2014" twice, "full-year"); "fiscal 2015,
    # which begins June 29" FY2015 plus 2014-06-29 (three times "fiscal 2015"). The quarter
    # reported, "the 13 weeks ended March 29" (Dec. 29, 2013-Saturday March 29, 2014), is
    # FY2014-Q3: "fiscal third-quarter" (adjective, gold_blind28) FY2014-Q3, "the 13 weeks"
    # DURATION P13W plus "March 29" ("ended" a signal, gold_blind38); "the prior-year period"
    # and "year over year" FY2013-Q3. "the nine months to March" P9M plus 2014-03. Calendar
    # words keep calendar values: "this year" and "year to date" 2014, "the end of the calendar
    # year" 2014, "through December" 2014-12, "in January" 2014-01, "in August" 2014-08 (future),
    # "The winter" just past 2014-WI (named by its January). "8:30 a.m. EDT Thursday" two
    # TIMEX3; "Tuesday night" (past) 2014-04-22TNI; "quarterly dividend" SET P3M. Not annotated:
    # "March" in the headline (a noun, "March Into Frozen Aisle"), "Crunchwell 100-calorie
    # packs", "NYSE: HLW", "1-800-555-0148" (a phone number), "harlowfoods.com/q3-2014" (a
    # URL), "may raise" (a verb), "for the second time", "afternoon trading", prices.
    "harlow-foods-fiscal-third-quarter": (
        "2014-04-24",
        [
            ("fiscal 2014", "DATE", "FY2014"),
            ("fiscal 2015", "DATE", "FY2015"),
            ("Thursday", "DATE", "2014-04-24"),
            ("fiscal third-quarter", "DATE", "FY2014-Q3"),
            ("full-year", "DATE", "FY2014"),
            ("this year", "DATE", "2014"),
            ("the 13 weeks", "DURATION", "P13W"),
            ("March 29", "DATE", "2014-03-29"),
            ("the prior-year period", "DATE", "FY2013-Q3"),
            ("June 28", "DATE", "2014-06-28"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("fiscal 2015", "DATE", "FY2015"),
            ("June 29", "DATE", "2014-06-29"),
            ("year over year", "DATE", "FY2013-Q3"),
            ("The winter", "DATE", "2014-WI"),
            ("8:30 a.m. EDT", "TIME", "2014-04-24T08:30"),
            ("Thursday", "DATE", "2014-04-24"),
            ("the next two years", "DURATION", "P2Y"),
            ("the end of the calendar year", "DATE", "2014"),
            ("the nine months", "DURATION", "P9M"),
            ("March", "DATE", "2014-03"),
            ("January", "DATE", "2014-01"),
            ("quarterly", "SET", "P3M"),
            ("May 30", "DATE", "2014-05-30"),
            ("May 9", "DATE", "2014-05-09"),
            ("Tuesday night", "TIME", "2014-04-22TNI"),
            ("December", "DATE", "2014-12"),
            ("Thursday", "DATE", "2014-04-24"),
            ("year to date", "DATE", "2014"),
            ("fiscal 2015", "DATE", "FY2015"),
            ("the past two years", "DURATION", "P2Y"),
            ("August", "DATE", "2014-08"),
            ("May 13", "DATE", "2014-05-13"),
            ("May 8", "DATE", "2014-05-08"),
        ],
    ),
    # Friday 2013-10-25 (ISO week 43), Australian business paper's website, byline, stamp
    # "Published: 25 Oct 2013, 12:05am" (a DATE and a TIME), "PERTH |" dateline. Tarrant's
    # financial year ends 30 June and is named by the year it ends: "FY13, which ended on 30
    # June" FY2013 plus 2013-06-30; "FY14" FY2014 (July 2013-June 2014), "FY15" FY2015; "its
    # first quarter of FY14" one span with the possessive kept (gold_blind38, gold_blind63)
    # FY2014-Q1, in apposition to "the September quarter", a calendar name, 2013-Q3 (like "the
    # December quarter, its fiscal first quarter", gold_blind55); "year-on-year" after them the
    # company's quarter a year before, FY2013-Q1. "the half-year to 31 December" -> "the
    # half-year" DATE 2013-H2 plus "31 December" (see README: July-December is the calendar
    # second half), and "the prior corresponding period" (the Australian "pcp") the same half
    # a year before, 2012-H2; "the six months to December 2012" P6M plus 2012-12. "The December
    # quarter" (now running) 2013-Q4, "the March quarter" ahead 2014-Q1, "calendar 2014" 2014,
    # "mid-2014" 2014, "Christmas" 2013-12-25, "February" ahead 2014-02, "this year" 2013. The
    # AGM was "on Thursday" 2013-10-24, the shares fell "on Thursday" too; the briefing "at
    # 10am AWST (1pm AEDT) on Monday" is two TIMEX3 on 2013-10-28 (AWST GMT+8, AEDT GMT+11 since
    # 6 October 2013) plus "Monday"; "next week" 2013-W44; "at the weekend" just past
    # 2013-W42-WE (gold_blind63). Not annotated: "The Sunday Westerner" (a paper), "ASX: TRS",
    # "67" (an age), "400 jobs", "$1.62", "the interim dividend", "AGM" (event words).
    "tarrant-services-agm-profit-warning": (
        "2013-10-25",
        [
            ("25 Oct 2013", "DATE", "2013-10-25"),
            ("12:05am", "TIME", "2013-10-25T00:05"),
            ("the half-year", "DATE", "2013-H2"),
            ("31 December", "DATE", "2013-12-31"),
            ("the prior corresponding period", "DATE", "2012-H2"),
            ("Thursday", "DATE", "2013-10-24"),
            ("the six months", "DURATION", "P6M"),
            ("December 2012", "DATE", "2012-12"),
            ("the September quarter", "DATE", "2013-Q3"),
            ("its first quarter of FY14", "DATE", "FY2014-Q1"),
            ("year-on-year", "DATE", "FY2013-Q1"),
            ("calendar 2014", "DATE", "2014"),
            ("Christmas", "DATE", "2013-12-25"),
            ("The December quarter", "DATE", "2013-Q4"),
            ("this year", "DATE", "2013"),
            ("the March quarter", "DATE", "2014-Q1"),
            ("mid-2014", "DATE", "2014"),
            ("FY13", "DATE", "FY2013"),
            ("30 June", "DATE", "2013-06-30"),
            ("February", "DATE", "2014-02"),
            ("the next six months", "DURATION", "P6M"),
            ("every year", "SET", "P1Y"),
            ("2001", "DATE", "2001"),
            ("more than a decade", "DURATION", "P10Y"),
            ("10am AWST", "TIME", "2013-10-28T10:00"),
            ("1pm AEDT", "TIME", "2013-10-28T13:00"),
            ("Monday", "DATE", "2013-10-28"),
            ("next week", "DATE", "2013-W44"),
            ("FY14", "DATE", "FY2014"),
            ("FY15", "DATE", "FY2015"),
            ("at least a year", "DURATION", "P1Y"),
            ("Thursday", "DATE", "2013-10-24"),
            ("March 2009", "DATE", "2009-03"),
            ("the past year", "DURATION", "P1Y"),
            ("the weekend", "DATE", "2013-W42-WE"),
            ("recent months", "DATE", "PAST_REF"),
            ("2004", "DATE", "2004"),
            ("2014", "DATE", "2014"),
        ],
    ),
    # Saturday 2012-04-21 (ISO week 16), Indian business paper's website, stamp "Updated: Apr
    # 21, 2012, 02.14 AM IST" (a DATE and a TIME, gold_blind49), byline "Our Bureau", dated
    # dateline "SURANAGAR, April 20:" (Indian papers date the dateline with the day of filing,
    # Friday 2012-04-20, the day of the results; a DATE of its own). The Indian financial year
    # runs April-March and is named by the year it ends (gold_blind9, gold_blind17): "FY12",
    # "2011-12" and "last fiscal" FY2012; "FY13" (headline), "2012-13", "fiscal 2013" and "the
    # current fiscal" FY2013; "FY15" FY2015. The quarter reported (January-March 2012) is "Q4"
    # (headline), "the fourth quarter of FY12" (one span, gold_blind63) and "the quarter"
    # FY2012-Q4, while "the March quarter" keeps its calendar value 2012-Q1; "the year-ago
    # quarter" and "year-on-year" FY2011-Q4; "the December quarter" 2011-Q4, "The June quarter"
    # 2012-Q2; "the second half of calendar 2012" one span 2012-H2; "Q1FY13" FY2013-Q1.
    # Calendar words keep calendar values: "late last year" and "a year ago" 2011, "earlier
    # this month" 2012-04, "last week" 2012-W15, "as on March 31" -> "March 31", "from July"
    # 2012-07, "from June 1" 2012-06-01; "two months later than usual" the size of a delay,
    # P2M (gold_blind28). Shares fell "on Friday" 2012-04-20; the note came "on Thursday"
    # 2012-04-19. Not annotated: "Mission 2015" (a plan, beside "FY15"), "the BSE", "the
    # Sensex", "seventh-largest", "11-13 per cent", "8-10 per cent", the crore and rupee sums.
    "kaveri-infotech-q4-fy12-results": (
        "2012-04-21",
        [
            ("Q4", "DATE", "FY2012-Q4"),
            ("FY13", "DATE", "FY2013"),
            ("Apr 21, 2012", "DATE", "2012-04-21"),
            ("02.14 AM IST", "TIME", "2012-04-21T02:14"),
            ("April 20", "DATE", "2012-04-20"),
            ("Friday", "DATE", "2012-04-20"),
            ("the March quarter", "DATE", "2012-Q1"),
            ("2012-13", "DATE", "FY2013"),
            ("the fourth quarter of FY12", "DATE", "FY2012-Q4"),
            ("the year-ago quarter", "DATE", "FY2011-Q4"),
            ("year-on-year", "DATE", "FY2011-Q4"),
            ("the December quarter", "DATE", "2011-Q4"),
            ("FY12", "DATE", "FY2012"),
            ("fiscal 2013", "DATE", "FY2013"),
            ("last fiscal", "DATE", "FY2012"),
            ("last week", "DATE", "2012-W15"),
            ("The June quarter", "DATE", "2012-Q2"),
            ("the second half of calendar 2012", "DATE", "2012-H2"),
            ("late last year", "DATE", "2011"),
            ("earlier this month", "DATE", "2012-04"),
            ("the quarter", "DATE", "FY2012-Q4"),
            ("March 31", "DATE", "2012-03-31"),
            ("a year ago", "DATE", "2011"),
            ("the current fiscal", "DATE", "FY2013"),
            ("July", "DATE", "2012-07"),
            ("annually", "SET", "P1Y"),
            ("June 1", "DATE", "2012-06-01"),
            ("two months", "DURATION", "P2M"),
            ("2011-12", "DATE", "FY2012"),
            ("July 6", "DATE", "2012-07-06"),
            ("July 19", "DATE", "2012-07-19"),
            ("Q1FY13", "DATE", "FY2013-Q1"),
            ("July 17", "DATE", "2012-07-17"),
            ("FY15", "DATE", "FY2015"),
            ("2008", "DATE", "2008"),
            ("Friday", "DATE", "2012-04-20"),
            ("the past three months", "DURATION", "P3M"),
            ("Thursday", "DATE", "2012-04-19"),
        ],
    ),
    # Monday 2014-07-28 (ISO week 31), British paper's business-page piece on analysts' notes,
    # standfirst, byline, date line "Monday 28 July 2014". Castlereagh's financial year
    # "follows the calendar" (the text says so), so its halves and quarters are calendar ones
    # and "FY2014"/"FY2015" in the broker's note are 2014 and 2015 with no FY prefix, like
    # "fiscal 2025" -> 2025 in gold_blind2 and "fiscal 1988" -> 1988 in gold_blind6. The
    # interims came "on Thursday" 2014-07-24, the broker's note "on Friday" 2014-07-25. "the
    # half-year to 30 June" -> "the half-year" 2014-H1 plus 2014-06-30; "the prior-year period"
    # and "year-on-year" after "H1 2014" 2013-H1; "second-half" (headline adjective, like a
    # headline "second half" in gold_blind38), "the second half of the year" and "2H14"
    # 2014-H2, "1H14" 2014-H1, "Q4'14" and "the fourth quarter" 2014-Q4, "the full year" and
    # "full-year" 2014; "next year" 2015; "the end of June" 2014-06 and "a year earlier" after
    # it 2013-06; "the second half of 2012" one span. "2 July" 2014-07-02 and "two
    # days later" 2014-07-04 (anchored on the narrative's last date, gold_blind63); "every week
    # since March" a SET and 2014-03; "the nine months to September" P9M plus 2014-09; the
    # full-year results "in March" ahead 2015-03. Not annotated: "Hydra 3000" (a product),
    # "EPS", "4.2p", "640p", "three profit warnings", "the City", "interim dividend".
    "castlereagh-interims-broker-views": (
        "2014-07-28",
        [
            ("second-half", "DATE", "2014-H2"),
            ("Monday 28 July 2014", "DATE", "2014-07-28"),
            ("the second half of the year", "DATE", "2014-H2"),
            ("Thursday", "DATE", "2014-07-24"),
            ("the half-year", "DATE", "2014-H1"),
            ("30 June", "DATE", "2014-06-30"),
            ("the prior-year period", "DATE", "2013-H1"),
            ("H1 2014", "DATE", "2014-H1"),
            ("year-on-year", "DATE", "2013-H1"),
            ("June", "DATE", "2014-06"),
            ("3 October", "DATE", "2014-10-03"),
            ("5 September", "DATE", "2014-09-05"),
            ("the fourth quarter", "DATE", "2014-Q4"),
            ("the full year", "DATE", "2014"),
            ("next year", "DATE", "2015"),
            ("FY2014", "DATE", "2014"),
            ("FY2015", "DATE", "2015"),
            ("recently", "DATE", "PAST_REF"),
            ("Friday", "DATE", "2014-07-25"),
            ("2H14", "DATE", "2014-H2"),
            ("1H14", "DATE", "2014-H1"),
            ("Q4'14", "DATE", "2014-Q4"),
            ("the end of June", "DATE", "2014-06"),
            ("a year earlier", "DATE", "2013-06"),
            ("the second half of 2012", "DATE", "2012-H2"),
            ("2009", "DATE", "2009"),
            ("2011", "DATE", "2011"),
            ("more than two years", "DURATION", "P2Y"),
            ("2 July", "DATE", "2014-07-02"),
            ("two days later", "DATE", "2014-07-04"),
            ("the coming months", "DURATION", "PXM"),
            ("every week", "SET", "P1W"),
            ("March", "DATE", "2014-03"),
            ("the nine months", "DURATION", "P9M"),
            ("September", "DATE", "2014-09"),
            ("6 November", "DATE", "2014-11-06"),
            ("full-year", "DATE", "2014"),
            ("March", "DATE", "2015-03"),
            ("the last 12 months", "DURATION", "P12M"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
