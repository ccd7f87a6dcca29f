"""Annotations of the eighty-fifth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind85/annotate.py [--show]

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
    # Tuesday 2013-02-19 (ISO week 8), US press release on a chief executive's retirement,
    # dateline "LAKE ARDEN, Wis., Feb. 19, 2013 /Lakeshore Business Wire/ --"; "today" is the
    # day of the release. Dunmore's fiscal year ends Sept. 30 and is named by the year it ends
    # (gold_blind28, gold_blind55): "the end of the fiscal year, which closes Sept. 30" is the
    # year now running, FY2013 (like "the end of the fiscal year", gold_blind9), plus
    # 2013-09-30; "fiscal 2012" FY2012, "fiscal 2009" FY2009, "fiscal 2013" FY2013; "the first
    # quarter of fiscal 2013, which ended Dec. 31" FY2013-Q1 (one span) plus 2012-12-31, and
    # "a year earlier" after it FY2012-Q1; "the fiscal year ended Sept. 30, 2012" FY2012 plus
    # the date. "by the summer" -> "the summer" ahead in February, 2013-SU. "weeks after the
    # company reported its first loss in 20 years" -> "weeks" PXW (an anchored vague
    # duration) and "20 years" P20Y (the period of a "first in", gold_blind35). "later this
    # week" 2013-W08. The call is "at 10 a.m. Central time on Wednesday", two TIMEX3, the
    # coming Wednesday 2013-02-20. Not annotated: "effective immediately" (gold_blind25,
    # gold_blind55), "until a successor is found" and "by then" (event-named and anaphoric),
    # "the right time", "Vision 2020" (a plan's name), "Form 8-K", "Rule 10b5-1", "Form 10-K",
    # "NASDAQ: DNMC", the phone number and "conference ID 2013219", "may differ", ages "62" and
    # "48", "120,000" shares, the salary and other amounts.
    "dunmore-castings-ceo-keane-retirement": (
        "2013-02-19",
        [
            ("Feb. 19, 2013", "DATE", "2013-02-19"),
            ("today", "DATE", "2013-02-19"),
            ("the end of the fiscal year", "DATE", "FY2013"),
            ("Sept. 30", "DATE", "2013-09-30"),
            ("2009", "DATE", "2009"),
            ("the summer", "DATE", "2013-SU"),
            ("27 years", "DURATION", "P27Y"),
            ("1986", "DATE", "1986"),
            ("more than a decade", "DURATION", "P10Y"),
            ("2007", "DATE", "2007"),
            ("January 2009", "DATE", "2009-01"),
            ("weeks", "DURATION", "PXW"),
            ("20 years", "DURATION", "P20Y"),
            ("fiscal 2012", "DATE", "FY2012"),
            ("fiscal 2009", "DATE", "FY2009"),
            ("the first quarter of fiscal 2013", "DATE", "FY2013-Q1"),
            ("Dec. 31", "DATE", "2012-12-31"),
            ("a year earlier", "DATE", "FY2012-Q1"),
            ("2011", "DATE", "2011"),
            ("12 years", "DURATION", "P12Y"),
            ("Sept. 30", "DATE", "2013-09-30"),
            ("fiscal 2013", "DATE", "FY2013"),
            ("12 months", "DURATION", "P12M"),
            ("later this week", "DATE", "2013-W08"),
            ("the next 18 months", "DURATION", "P18M"),
            ("10 a.m. Central time", "TIME", "2013-02-20T10:00"),
            ("Wednesday", "DATE", "2013-02-20"),
            ("30 days", "DURATION", "P30D"),
            ("1921", "DATE", "1921"),
            ("the fiscal year", "DATE", "FY2012"),
            ("Sept. 30, 2012", "DATE", "2012-09-30"),
        ],
    ),
    # Thursday 2014-03-20 (ISO week 12), British stock-exchange announcement (RNS style) of
    # board changes, header "Released: 07:00 20-Mar-2014", a TIME and a DATE (like the online
    # date lines of gold_blind55 and gold_blind63). "the Company's annual general meeting on 14
    # May 2014" -> "annual" SET P1Y (an adjective naming a recurrence, gold_blind39,
    # gold_blind63, gold_blind82) and "14 May 2014" (a Wednesday). "last autumn" in March is
    # the autumn of 2013, 2013-FA. "a second three-year term in September 2013" -> "three-year"
    # P3Y and 2013-09; "His second term, which ends in 2016, will be extended by one year" ->
    # "2016" and "one year" P1Y (the size of an extension, like the size of a delay in
    # gold_blind28); the term itself is not annotated. "with effect from 1 April 2014" ->
    # "1 April 2014" ("with effect from" a signal, like "effective", gold_blind33); "joins the
    # Board on 1 April" the same day, 2014-04-01. "last month" 2014-02; "now" PRESENT_REF. "the
    # 2015 AGM" and "the 2013 results" adjectival years; the dividend dates "6 June" and "9
    # May" are future, 2014. Not annotated: "RNS Number: 3147D", "Halstead 1887 Properties
    # Limited" (a name holding a year), "Listing Rule 9.6.13R", "the Ledger's Sunday Business
    # section" (a paper's section), "Finance Director of the Year" (an award's title), "at the
    # close of that meeting", "during the transition", "9.4p", "12.5p", "25,000" shares, ages
    # "41" and "57", the phone number.
    "halstead-brewing-board-changes": (
        "2014-03-20",
        [
            ("07:00", "TIME", "2014-03-20T07:00"),
            ("20-Mar-2014", "DATE", "2014-03-20"),
            ("2006", "DATE", "2006"),
            ("2003", "DATE", "2003"),
            ("annual", "SET", "P1Y"),
            ("14 May 2014", "DATE", "2014-05-14"),
            ("eleven years", "DURATION", "P11Y"),
            ("last autumn", "DATE", "2013-FA"),
            ("September 2010", "DATE", "2010-09"),
            ("three-year", "DURATION", "P3Y"),
            ("September 2013", "DATE", "2013-09"),
            ("February 2010", "DATE", "2010-02"),
            ("2016", "DATE", "2016"),
            ("one year", "DURATION", "P1Y"),
            ("the past eight years", "DURATION", "P8Y"),
            ("2008", "DATE", "2008"),
            ("1 April 2014", "DATE", "2014-04-01"),
            ("1 April", "DATE", "2014-04-01"),
            ("nine years", "DURATION", "P9Y"),
            ("2011", "DATE", "2011"),
            ("last month", "DATE", "2014-02"),
            ("three-year", "DURATION", "P3Y"),
            ("1 June 2014", "DATE", "2014-06-01"),
            ("2004", "DATE", "2004"),
            ("2012", "DATE", "2012"),
            ("now", "DATE", "PRESENT_REF"),
            ("2009", "DATE", "2009"),
            ("2015", "DATE", "2015"),
            ("2013", "DATE", "2013"),
            ("6 March", "DATE", "2014-03-06"),
            ("6 June", "DATE", "2014-06-06"),
            ("9 May", "DATE", "2014-05-09"),
        ],
    ),
    # Wednesday 2012-10-03 (ISO week 40), AP-style business story on an interim appointment,
    # byline "AP Business Writer", "CEDAR FORKS, Iowa (AP) —" dateline without date: the
    # company "said Wednesday", the publication day (also the call "Wednesday morning", TIME
    # 2012-10-03TMO, and the shares "in afternoon trading Wednesday"); Marsh "takes over ... on
    # Thursday" 2012-10-04 (future); the 8-K was "filed late Tuesday" 2012-10-02. "for up to 6
    # months" (headline) and "for an interim period of up to six months" -> P6M each. Pellworth's
    # fiscal year ends June 30 (gold_blind55's Calloway): "fiscal 2013, which ends June 30"
    # FY2013 plus 2013-06-30; "the fiscal year that ended June 30" FY2012 plus 2012-06-30;
    # "first-quarter results on Oct. 31" are those of July-September 2012, FY2013-Q1. Calendar
    # words keep calendar values: "the end of the year" 2012, "this year" 2012, "next week"
    # 2012-W41, "last month" 2012-09 ("As recently as" kept out as a signal; the span is the
    # month). "the second ... to leave in three years" P3Y (the period of an ordinal,
    # gold_blind39); "the past six quarters" P6Q (like "the past four quarters", gold_blind55).
    # Not annotated: "effective immediately", "until a successor is found", "the day of the
    # warning", "afternoon trading" (gold_blind38), "Form 8-K", "Smokehouse 1948" (a brand
    # holding a year, after the annotated "1948"), the symbol "PWF", "four of" the quarters,
    # ages "55" and "49", amounts and percentages.
    "pellworth-foods-interim-ceo": (
        "2012-10-03",
        [
            ("up to 6 months", "DURATION", "P6M"),
            ("Wednesday", "DATE", "2012-10-03"),
            ("up to six months", "DURATION", "P6M"),
            ("March 2010", "DATE", "2010-03"),
            ("less than two weeks", "DURATION", "P2W"),
            ("fiscal 2013", "DATE", "FY2013"),
            ("June 30", "DATE", "2013-06-30"),
            ("Sept. 21", "DATE", "2012-09-21"),
            ("Thursday", "DATE", "2012-10-04"),
            ("Wednesday morning", "TIME", "2012-10-03TMO"),
            ("the end of the year", "DATE", "2012"),
            ("next week", "DATE", "2012-W41"),
            ("late Tuesday", "DATE", "2012-10-02"),
            ("2008", "DATE", "2008"),
            ("11 years", "DURATION", "P11Y"),
            ("2009", "DATE", "2009"),
            ("the coming months", "DURATION", "PXM"),
            ("three years", "DURATION", "P3Y"),
            ("January 2010", "DATE", "2010-01"),
            ("nine years", "DURATION", "P9Y"),
            ("last month", "DATE", "2012-09"),
            ("Now", "DATE", "PRESENT_REF"),
            ("the past six quarters", "DURATION", "P6Q"),
            ("the fiscal year", "DATE", "FY2012"),
            ("June 30", "DATE", "2012-06-30"),
            ("first-quarter", "DATE", "FY2013-Q1"),
            ("Oct. 31", "DATE", "2012-10-31"),
            ("Nov. 14", "DATE", "2012-11-14"),
            ("Wednesday", "DATE", "2012-10-03"),
            ("this year", "DATE", "2012"),
            ("1948", "DATE", "1948"),
        ],
    ),
    # Friday 2015-01-09 (ISO week 2), trade weekly's people-moves column, date line "Friday,
    # January 9, 2015" (one span with its weekday). "joins ... on Monday" 2015-01-12 (future);
    # the council's vote "on Tuesday" 2015-01-06 (past). "effective Jan. 1" 2015-01-01 (past,
    # "has been named"); "since October" 2014-10; "retired at the end of December" 2014-12;
    # "late last year" 2014 (gold_blind23); "from next month" -> "next month" 2015-02 ("from" a
    # signal), with its day "Feb. 2"; Coastline's fiscal year is not described, so "the first
    # quarter" ahead is 2015-Q1; "until the end of June" 2015-06; "Earlier this month" 2015-01
    # (gold_blind35). "nearly two decades" P20Y (like "almost four decades", earlier sets);
    # "the last six years" P6Y like "the past four years"; "two-year term" -> "two-year" P2Y;
    # "the 1990s" 199; "appears every Friday" SET XXXX-WXX-5; the deadline "Jan. 14" and "the
    # Jan. 16 issue" future dates. Not annotated: "1,400 Class 8 trucks", "2200 Riverside
    # Parkway" (an address), "Interstate 64", "HKEX: 1953" (a stock code shaped like a year),
    # "has since advised" (anaphoric), the phone number, ages "44" and "66".
    "freightline-people-on-the-move": (
        "2015-01-09",
        [
            ("Friday, January 9, 2015", "DATE", "2015-01-09"),
            ("Monday", "DATE", "2015-01-12"),
            ("12 years", "DURATION", "P12Y"),
            ("1998", "DATE", "1998"),
            ("October", "DATE", "2014-10"),
            ("Jan. 1", "DATE", "2015-01-01"),
            ("the past four years", "DURATION", "P4Y"),
            ("the end of December", "DATE", "2014-12"),
            ("31 years", "DURATION", "P31Y"),
            ("late last year", "DATE", "2014"),
            ("next month", "DATE", "2015-02"),
            ("the last six years", "DURATION", "P6Y"),
            ("Feb. 2", "DATE", "2015-02-02"),
            ("March 31", "DATE", "2015-03-31"),
            ("nearly two decades", "DURATION", "P20Y"),
            ("the first quarter", "DATE", "2015-Q1"),
            ("the end of June", "DATE", "2015-06"),
            ("Jan. 19", "DATE", "2015-01-19"),
            ("2007", "DATE", "2007"),
            ("the past 18 months", "DURATION", "P18M"),
            ("two-year", "DURATION", "P2Y"),
            ("Tuesday", "DATE", "2015-01-06"),
            ("last year", "DATE", "2014"),
            ("2011", "DATE", "2011"),
            ("Earlier this month", "DATE", "2015-01"),
            ("22 years", "DURATION", "P22Y"),
            ("2013", "DATE", "2013"),
            ("Feb. 16", "DATE", "2015-02-16"),
            ("the 1990s", "DATE", "199"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("Jan. 14", "DATE", "2015-01-14"),
            ("Jan. 16", "DATE", "2015-01-16"),
        ],
    ),
    # Saturday 2014-11-22 (ISO week 47), weekend business-page succession story, date line
    # "Saturday, November 22, 2014", "PORTHAVEN, Conn. —" dateline: Whitcombe was named "on
    # Tuesday" 2014-11-18, the filing was "on Wednesday" 2014-11-19 and the board "voted on
    # Monday night" 2014-11-17TNI (all past); she "starts on Dec. 1" 2014-12-01. "18 Months"
    # (headline) and "In the 18 months since the board ousted" -> P18M each (the event after
    # "since" is not annotated); "the third person to hold the job in five years" and "Three
    # chief executives in five years" -> P5Y (the period of an ordinal or count, gold_blind39).
    # "a 90-day appointment" -> "90-day" P90D. "late 2009" the year (gold_blind23); "his first
    # year" P1Y, an ordinal period with its possessive (gold_blind55's "its first three
    # years"). "Two days later" after "May 7, 2013" -> DATE 2013-05-09 (anchored on the
    # narrative's last date, gold_blind55). "in February" (past, November story) 2014-02;
    # "early this year" 2014; Carrow's fiscal year is not described, so "the first half of this
    # year" 2014-H1 and "the third quarter" 2014-Q3, "a year earlier" after it 2013-Q3;
    # "since January" 2014-01. "in April" (future) 2015-04; "next month" 2014-12. "recent
    # years" and "recently" PAST_REF, "Now" PRESENT_REF. Not annotated: "turns 70" and "51"
    # (ages), "9.8 percent", "$40 million", "$850,000", "140,000" shares, "the first woman",
    # "twice", "a second search firm", "never left".
    "carrow-instruments-succession-look-back": (
        "2014-11-22",
        [
            ("18 Months", "DURATION", "P18M"),
            ("Saturday, November 22, 2014", "DATE", "2014-11-22"),
            ("Tuesday", "DATE", "2014-11-18"),
            ("five years", "DURATION", "P5Y"),
            ("the 18 months", "DURATION", "P18M"),
            ("90-day", "DURATION", "P90D"),
            ("May 2013", "DATE", "2013-05"),
            ("Dec. 1", "DATE", "2014-12-01"),
            ("the past seven years", "DURATION", "P7Y"),
            ("the 1990s", "DATE", "199"),
            ("late 2009", "DATE", "2009"),
            ("four decades", "DURATION", "P40Y"),
            ("January 2010", "DATE", "2010-01"),
            ("his first year", "DURATION", "P1Y"),
            ("2011", "DATE", "2011"),
            ("2012", "DATE", "2012"),
            ("the spring of 2013", "DATE", "2013-SP"),
            ("May 7, 2013", "DATE", "2013-05-07"),
            ("Two days later", "DATE", "2013-05-09"),
            ("August 2013", "DATE", "2013-08"),
            ("February", "DATE", "2014-02"),
            ("the fall of 2013", "DATE", "2013-FA"),
            ("early this year", "DATE", "2014"),
            ("the first half of this year", "DATE", "2014-H1"),
            ("January", "DATE", "2014-01"),
            ("the third quarter", "DATE", "2014-Q3"),
            ("a year earlier", "DATE", "2013-Q3"),
            ("five years", "DURATION", "P5Y"),
            ("Now", "DATE", "PRESENT_REF"),
            ("at least three years", "DURATION", "P3Y"),
            ("recent years", "DATE", "PAST_REF"),
            ("2012", "DATE", "2012"),
            ("recently", "DATE", "PAST_REF"),
            ("three years", "DURATION", "P3Y"),
            ("2019", "DATE", "2019"),
            ("four years", "DURATION", "P4Y"),
            ("Wednesday", "DATE", "2014-11-19"),
            ("next month", "DATE", "2014-12"),
            ("April", "DATE", "2015-04"),
            ("Monday night", "TIME", "2014-11-17TNI"),
            ("12 years", "DURATION", "P12Y"),
            ("1961", "DATE", "1961"),
        ],
    ),
    # Monday 2013-06-03 (ISO week 23), US press release on a change of fiscal calendar with
    # first-quarter results, dateline "SPRING LAKE, Mich., June 3, 2013 /Lakeshore Business
    # Wire/ --"; "today" twice the day of the release ("as of today", "as of" a signal). The
    # retailer's current fiscal year runs from Sunday 2013-01-27 to Saturday 2014-01-25 (52
    # weeks) and is named by the year it ends, FY2014, like the retailer of gold_blind63: "The
    # current fiscal year" and "the current fiscal year" FY2014; "the last Saturday of January",
    # said of that year, is the day it ends, DATE 2014-01-25 (like "the last Saturday of
    # February", gold_blind5; see README). Its quarters are FY2014-Qn in every company phrase:
    # the headline's "First-Quarter" and "its first quarter, the 13 weeks ended April 27"
    # FY2014-Q1 plus P13W and 2013-04-27, "a year earlier" FY2013-Q1, "second-quarter results,
    # for the 13 weeks ending July 27" FY2014-Q2 plus P13W and 2013-07-27, "in late August"
    # 2013-08. The transition period is only its length and ends ("about 11 months" P11M,
    # "Jan. 26, 2014", "Dec. 31, 2014"); from "Jan. 1, 2015" the fiscal year is the calendar
    # year, so "the first quarter of fiscal 2015" FY2015-Q1 ends on "March 31, 2015". The board
    # met "on Thursday" 2013-05-30 (past); the call is "at 8:30 a.m. Eastern time Tuesday",
    # two TIMEX3, 2013-06-04. "a 53-week year" -> "53-week" P53W (gold_blind63); "stores open
    # at least a year" P1Y; "annually since 2006" SET P1Y plus 2006; "mid-2014" 2014. Not
    # annotated: "the company's fiscal year end" and "Penwick's fiscal years will match calendar
    # years" (generic, no particular year), "the retail calendar", "the old calendar",
    # "Calendar-Year" (headline), "the new calendar", "March Into Spring" (a promotion's name),
    # "Form 10-K", "Rule 13a-10", "NASDAQ: PNWK", "212" stores, "may differ", the phone number,
    # amounts and percentages.
    "penwick-stores-fiscal-year-change": (
        "2013-06-03",
        [
            ("First-Quarter", "DATE", "FY2014-Q1"),
            ("June 3, 2013", "DATE", "2013-06-03"),
            ("today", "DATE", "2013-06-03"),
            ("The current fiscal year", "DATE", "FY2014"),
            ("Jan. 27", "DATE", "2013-01-27"),
            ("the last Saturday of January", "DATE", "2014-01-25"),
            ("about 11 months", "DURATION", "P11M"),
            ("Jan. 26, 2014", "DATE", "2014-01-26"),
            ("Dec. 31, 2014", "DATE", "2014-12-31"),
            ("Jan. 1, 2015", "DATE", "2015-01-01"),
            ("the first quarter of fiscal 2015", "DATE", "FY2015-Q1"),
            ("March 31, 2015", "DATE", "2015-03-31"),
            ("Thursday", "DATE", "2013-05-30"),
            ("last year", "DATE", "2012"),
            ("53-week", "DURATION", "P53W"),
            ("its first quarter", "DATE", "FY2014-Q1"),
            ("the 13 weeks", "DURATION", "P13W"),
            ("April 27", "DATE", "2013-04-27"),
            ("a year earlier", "DATE", "FY2013-Q1"),
            ("at least a year", "DURATION", "P1Y"),
            ("the current fiscal year", "DATE", "FY2014"),
            ("mid-2014", "DATE", "2014"),
            ("annually", "SET", "P1Y"),
            ("2006", "DATE", "2006"),
            ("8:30 a.m. Eastern time", "TIME", "2013-06-04T08:30"),
            ("Tuesday", "DATE", "2013-06-04"),
            ("second-quarter", "DATE", "FY2014-Q2"),
            ("the 13 weeks", "DURATION", "P13W"),
            ("July 27", "DATE", "2013-07-27"),
            ("late August", "DATE", "2013-08"),
            ("today", "DATE", "2013-06-03"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
