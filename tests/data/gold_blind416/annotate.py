"""Annotations of the four-hundred-and-sixteenth blind gold set, chosen by hand before the tagger
ran.

    python tests/data/gold_blind416/annotate.py [--show]

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
    # Wednesday 2016-09-21 (ISO week 38), AP-style Fed decision, headline ("by December"),
    # byline, stamp "Sep. 21, 2016 4:12 PM EDT" (a DATE and a TIME, the zone in the span and not
    # in the value, gold_blind38, gold_blind103), "WASHINGTON (AP) —" dateline. The decision
    # came "Wednesday", the publication day; the statement "at 2 p.m. Eastern time" the same
    # day; the note's yield compared with "late Tuesday" 2016-09-20 (like "late yesterday",
    # gold_blind35). "the end of the year" 2016 (the year's value, gold_blind35); "the coming
    # months" PXM; "a two-day policy meeting" DURATION on the adjective (gold_blind23);
    # "since last December" 2015-12. The forecasts: "this year" 2016, "2017", "next year"
    # 2017, "in June" 2016-06 (past), "three months ago" 2016-06 (the unit's granularity,
    # gold_blind23). "The Fed meets eight times a year" SET P1Y with the count in the span
    # (gold_blind23, gold_blind38). "Nov. 1-2" and "Dec. 13-14" are two DATEs each, the bare
    # day included (gold_blind23's "Sept. 21-22"). "December" (headline, "consider December",
    # "a December move") 2016-12, the nearest one ahead; "the October and November jobs
    # reports" adjectival months 2016-10 and 2016-11 (gold_blind33's "September retail sales").
    # "since January" 2016-01; "for most of the past year" -> "the past year" P1Y ("most of"
    # left out, gold_blind23); "more than four years" P4Y; "its biggest gain in two weeks" P2W
    # (the period of a superlative, gold_blind35); "the 10-year Treasury note" -> "10-year"
    # P10Y (a tenor, gold_blind38). "in August", "in July and August" past months of 2016;
    # "the April-June quarter" 2016-Q2 (gold_blind63); "the start of this year" 2016 (like "the
    # start of September" the month, gold_blind23); "now" PRESENT_REF; "for almost a year"
    # P1Y; "on Thursday, Sept. 29" one span with its weekday, 2016-09-29 (gold_blind16,
    # gold_blind23). Not annotated: "'next meeting'" (a quoted event), "immediate", "0.25
    # percent to 0.5 percent", "2 percent" (the target), "1.8 percent", "Three of the 10", "1.6
    # million jobs", "4.9 percent", "164 points", "1.66 percent", "1.69 percent", "a 4.4 percent
    # annual rate" (a rate, gold_blind33), "four increases", "a news conference", "At some
    # point" (indefinite).
    "fed-holds-rates-signals-december-hike": (
        "2016-09-21",
        [
            ("December", "DATE", "2016-12"),
            ("Sep. 21, 2016", "DATE", "2016-09-21"),
            ("4:12 PM EDT", "TIME", "2016-09-21T16:12"),
            ("Wednesday", "DATE", "2016-09-21"),
            ("the end of the year", "DATE", "2016"),
            ("the coming months", "DURATION", "PXM"),
            ("two-day", "DURATION", "P2D"),
            ("last December", "DATE", "2015-12"),
            ("2 p.m. Eastern time", "TIME", "2016-09-21T14:00"),
            ("this year", "DATE", "2016"),
            ("2017", "DATE", "2017"),
            ("next year", "DATE", "2017"),
            ("June", "DATE", "2016-06"),
            ("2016", "DATE", "2016"),
            ("three months ago", "DATE", "2016-06"),
            ("eight times a year", "SET", "P1Y"),
            ("Nov. 1", "DATE", "2016-11-01"),
            ("2", "DATE", "2016-11-02"),
            ("this year", "DATE", "2016"),
            ("Dec. 13", "DATE", "2016-12-13"),
            ("14", "DATE", "2016-12-14"),
            ("December", "DATE", "2016-12"),
            ("December", "DATE", "2016-12"),
            ("October", "DATE", "2016-10"),
            ("November", "DATE", "2016-11"),
            ("January", "DATE", "2016-01"),
            ("the past year", "DURATION", "P1Y"),
            ("more than four years", "DURATION", "P4Y"),
            ("two weeks", "DURATION", "P2W"),
            ("10-year", "DURATION", "P10Y"),
            ("late Tuesday", "DATE", "2016-09-20"),
            ("August", "DATE", "2016-08"),
            ("July", "DATE", "2016-07"),
            ("August", "DATE", "2016-08"),
            ("the April-June quarter", "DATE", "2016-Q2"),
            ("the start of this year", "DATE", "2016"),
            ("2016", "DATE", "2016"),
            ("now", "DATE", "PRESENT_REF"),
            ("almost a year", "DURATION", "P1Y"),
            ("Thursday, Sept. 29", "DATE", "2016-09-29"),
        ],
    ),
    # Monday 2017-03-13 (ISO week 11), national paper's website, section label, headline,
    # byline line with "Published 11:42 a.m. ET March 13, 2017 | Updated 3:05 p.m. ET March 13,
    # 2017" (two TIMEs and two DATEs, the zone in the span). The recall was announced "Monday",
    # the publication day; the chief executive spoke "Monday afternoon" 2017-03-13TAF; the
    # shares fell "on Monday". "from August 2015 through January 2017" two DATEs ("through" a
    # signal); "since the first complaint in December 2015" -> "December 2015"; "hurt on
    # Thanksgiving" the most recent one, the fourth Thursday of November 2016, 2016-11-24
    # (gold_blind35, gold_blind38); "in early April" ahead 2017-04; "last week" 2017-W10, "this
    # week" 2017-W11; "in January" past 2017-01; "last fall" in March 2017 is 2016-FA (gold_
    # blind33's "last spring" read the same way); "since 2014"; "its second in two years" P2Y
    # (the period of an ordinal count, gold_blind103's "the third time in two weeks"); "March
    # 2015"; "since November" 2016-11; "over the past 12 months" P12M. Brookfield's fiscal year
    # "ends in late November": the year now running ends in November 2017, "late November"
    # 2017-11 (gold_blind38's "ends in late January"), and its "first-quarter results" are
    # those of December 2016-February 2017, FY2017-Q1, due "on March 28" 2017-03-28. The hot
    # line's hours "from 8 a.m. to 8 p.m. ET daily" -> two TIMEs XXXX-XX-XXThh:mm and the SET
    # "daily" P1D (gold_blind103's "from 7 p.m. to 7 a.m. every night"); "within 48 hours"
    # PT48H, "within six weeks" P6W (durations anchored to an event). "so far this month" ->
    # "this month" 2017-03; "February" 2017-02; "a weekly recall e-mail" SET P1W (an
    # adjectival frequency naming a recurrence, gold_blind35's "weekly strike benefits").
    # Not annotated: "model BPC-2016" (a model number, in a story with 2015-2017 dates), "date
    # codes 1531 through 1704" (manufacturing codes, not dates), "866-555-1531" (a phone number
    # ending like the first code), "www.brookfieldhome.com/recall2017" (a web address), "NYSE:
    # BRKH", "6-quart", "480,000", "117 reports", "26 burns", "Nine", "4-year-old" (an age),
    # "$80", "$40", "$23.16", "4.2 percent", "18 percent", "60,000", "23 recalls", "31",
    # "immediately", "Until then" (anaphoric), "the first complaint", "the company's second".
    "brookfield-pressure-cooker-recall": (
        "2017-03-13",
        [
            ("11:42 a.m. ET", "TIME", "2017-03-13T11:42"),
            ("March 13, 2017", "DATE", "2017-03-13"),
            ("3:05 p.m. ET", "TIME", "2017-03-13T15:05"),
            ("March 13, 2017", "DATE", "2017-03-13"),
            ("Monday", "DATE", "2017-03-13"),
            ("August 2015", "DATE", "2015-08"),
            ("January 2017", "DATE", "2017-01"),
            ("December 2015", "DATE", "2015-12"),
            ("Thanksgiving", "DATE", "2016-11-24"),
            ("early April", "DATE", "2017-04"),
            ("last week", "DATE", "2017-W10"),
            ("this week", "DATE", "2017-W11"),
            ("Monday afternoon", "TIME", "2017-03-13TAF"),
            ("January", "DATE", "2017-01"),
            ("last fall", "DATE", "2016-FA"),
            ("2014", "DATE", "2014"),
            ("two years", "DURATION", "P2Y"),
            ("March 2015", "DATE", "2015-03"),
            ("Monday", "DATE", "2017-03-13"),
            ("November", "DATE", "2016-11"),
            ("the past 12 months", "DURATION", "P12M"),
            ("late November", "DATE", "2017-11"),
            ("first-quarter", "DATE", "FY2017-Q1"),
            ("March 28", "DATE", "2017-03-28"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("8 p.m. ET", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
            ("48 hours", "DURATION", "PT48H"),
            ("six weeks", "DURATION", "P6W"),
            ("this month", "DATE", "2017-03"),
            ("February", "DATE", "2017-02"),
            ("weekly", "SET", "P1W"),
        ],
    ),
    # Tuesday 2017-10-24 (ISO week 43), markets website's merger-vote story, headline, deck
    # ("the first quarter of 2018"), byline, "Published: Oct 24, 2017 5:36 p.m. ET" (DATE and
    # TIME). The vote was "Tuesday", the publication day, the polls closing "at 11:15 a.m.
    # Eastern time"; the fund spoke "late Monday" 2017-10-23; Merriam's call is "at 8:30 a.m.
    # Eastern time Wednesday", 2017-10-25T08:30 and 2017-10-25 (future). "a three-month fight"
    # DURATION on the adjective; "announced July 17" 2017-07-17, a Monday, so "the previous
    # Friday" is 2017-07-14, an anchored DATE like "the day before" (gold_blind8, gold_blind23);
    # the adjournments "on Sept. 28" and "on Oct. 10"; "on Aug. 30"; "earlier this month"
    # 2017-10; "in recent weeks" PAST_REF; "in mid-September" 2017-09; "now" (deck and body)
    # PRESENT_REF; "the first quarter of 2018" (deck and body) 2018-Q1; "the end of 2017" 2017;
    # "in July"
    # 2017-07; "founded in 1931"; "at least a year" P1Y (gold_blind38). Calverton's fiscal year
    # "ends in June": the year now running (July 2017-June 2018) ends in June 2018, "June"
    # 2018-06 (gold_blind38); "fiscal 2019" FY2019 (July 2018-June 2019, named by the year it
    # ends); "its fiscal first quarter, which ended Sept. 30" FY2018-Q1 plus 2017-09-30, with
    # the possessive kept (gold_blind38), and "the year-ago quarter" FY2017-Q1 (gold_blind9,
    # gold_blind23). "on Nov. 7, a week later than usual" -> "Nov. 7" and "a week" P1W (the
    # size of a shift, gold_blind35). Merriam: "year to date" 2017 (gold_blind23); "since
    # 2014"; "in August" 2017-08; "within 18 months of closing" P18M (anchored); "by 2020".
    # Not annotated: "CVTN, +0.38%" and "MRBR, -1.12%" (tickers with their day's moves), "$4.1
    # billion", "71%", "$52 a share", "24%", "$51.08", "1.1%", "6.2%", "2%", "6%", "61" (an age),
    # "$612 million", "3%", "9%", "four acquisitions", "$150 million in annual cost savings" (a
    # rate, gold_blind38), "twice", "closing price" beyond "the previous Friday", "after the
    # polls closed" (an event), "usual", "closing" (an event).
    "calverton-foods-holders-approve-merriam-deal": (
        "2017-10-24",
        [
            ("now", "DATE", "PRESENT_REF"),
            ("the first quarter of 2018", "DATE", "2018-Q1"),
            ("Oct 24, 2017", "DATE", "2017-10-24"),
            ("5:36 p.m. ET", "TIME", "2017-10-24T17:36"),
            ("Tuesday", "DATE", "2017-10-24"),
            ("three-month", "DURATION", "P3M"),
            ("11:15 a.m. Eastern time", "TIME", "2017-10-24T11:15"),
            ("Sept. 28", "DATE", "2017-09-28"),
            ("Oct. 10", "DATE", "2017-10-10"),
            ("July 17", "DATE", "2017-07-17"),
            ("the previous Friday", "DATE", "2017-07-14"),
            ("Tuesday", "DATE", "2017-10-24"),
            ("fiscal 2019", "DATE", "FY2019"),
            ("June", "DATE", "2018-06"),
            ("late Monday", "DATE", "2017-10-23"),
            ("Tuesday", "DATE", "2017-10-24"),
            ("earlier this month", "DATE", "2017-10"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("mid-September", "DATE", "2017-09"),
            ("Aug. 30", "DATE", "2017-08-30"),
            ("now", "DATE", "PRESENT_REF"),
            ("the first quarter of 2018", "DATE", "2018-Q1"),
            ("the end of 2017", "DATE", "2017"),
            ("July", "DATE", "2017-07"),
            ("1931", "DATE", "1931"),
            ("at least a year", "DURATION", "P1Y"),
            ("Tuesday", "DATE", "2017-10-24"),
            ("its fiscal first quarter", "DATE", "FY2018-Q1"),
            ("Sept. 30", "DATE", "2017-09-30"),
            ("the year-ago quarter", "DATE", "FY2017-Q1"),
            ("Nov. 7", "DATE", "2017-11-07"),
            ("a week", "DURATION", "P1W"),
            ("year to date", "DATE", "2017"),
            ("2014", "DATE", "2014"),
            ("August", "DATE", "2017-08"),
            ("18 months", "DURATION", "P18M"),
            ("2020", "DATE", "2020"),
            ("8:30 a.m. Eastern time", "TIME", "2017-10-25T08:30"),
            ("Wednesday", "DATE", "2017-10-25"),
        ],
    ),
    # Thursday 2019-05-02 (ISO week 18), agency earnings wire, "UPDATE 2-" headline ("fiscal
    # 2019"), stamp "MAY 2, 2019 / 5:18 PM" (DATE and TIME; no zone printed), byline, bullets,
    # "May 2 (Reuters) -" dateline (no city, as the agency's corporate wires of those years).
    # Harrowgate's fiscal year "ends Sept. 30" (the year now running, FY2019, October
    # 2018-September 2019; "Sept. 30" 2019-09-30, gold_blind33, gold_blind38). So "Fiscal Q2"
    # (bullet), "second-quarter", "its fiscal second quarter" and "the quarter" (twice, the
    # quarter just reported, gold_blind9) are FY2019-Q2 (January-March 2019); "the three months
    # ended March 31" is "the three months" P3M plus "March 31" (gold_blind38); the bullet
    # "year-over-year", "the year-ago quarter" and "a year earlier" are FY2018-Q2 (gold_blind38,
    # gold_blind63); "fiscal 2019" (headline and twice in the body) FY2019, "fiscal 2018"
    # FY2018, "the end of fiscal 2021" FY2021 (the value of the period whose end it names,
    # gold_blind74); "the third quarter, which runs from April through June" FY2019-Q3 with
    # its months 2019-04 and 2019-06 (gold_blind23). "on Thursday" the publication day; "its
    # February forecast" 2019-02; "since ... 2015"; "over the next two years" P2Y; "the
    # quarterly dividend" SET P3M (gold_blind63); "payable June 14 ... of record on May 31";
    # "so far this year" -> "this year" 2019 (calendar, gold_blind51, gold_blind63); "on April
    # 23" 2019-04-23; "a week after" -> "a week" P1W (anchored); the rival's "2019 outlook"
    # 2019 (an adjectival year); "at the end of December" 2018-12 (gold_blind38's "the end of
    # June"); "the next 12 months" P12M; "now" PRESENT_REF twice. Not annotated: "UPDATE 2",
    # "Q2 adj EPS" beyond "Fiscal Q2", "after the bell" and "extended trading" (trading words,
    # gold_blind38), "any quarter" (indefinite), "S&P 500", "$1.14", "$1.02", "31 pct", "7 pct",
    # "$88.40", "$426.2 million", "$373.9 million", "$411.5 million", "$48.7 million", "98
    # cents", "$31.2 million", "63 cents", "40 percent", "212 cloud customers", "$1.70 billion
    # to $1.72 billion", "$1.66 billion to $1.69 billion", "$1.49 billion", "$432 million",
    # "$438 million", "$427 million", "$300 million", "2 cents", "18 cents", "38 percent", "21
    # percent", "$91.05", "3,900", "400", "half".
    "harrowgate-systems-fiscal-q2-cloud": (
        "2019-05-02",
        [
            ("fiscal 2019", "DATE", "FY2019"),
            ("MAY 2, 2019", "DATE", "2019-05-02"),
            ("5:18 PM", "TIME", "2019-05-02T17:18"),
            ("Fiscal Q2", "DATE", "FY2019-Q2"),
            ("year-over-year", "DATE", "FY2018-Q2"),
            ("May 2", "DATE", "2019-05-02"),
            ("second-quarter", "DATE", "FY2019-Q2"),
            ("Thursday", "DATE", "2019-05-02"),
            ("fiscal 2019", "DATE", "FY2019"),
            ("the three months", "DURATION", "P3M"),
            ("March 31", "DATE", "2019-03-31"),
            ("its fiscal second quarter", "DATE", "FY2019-Q2"),
            ("the year-ago quarter", "DATE", "FY2018-Q2"),
            ("a year earlier", "DATE", "FY2018-Q2"),
            ("now", "DATE", "PRESENT_REF"),
            ("the quarter", "DATE", "FY2019-Q2"),
            ("2015", "DATE", "2015"),
            ("the quarter", "DATE", "FY2019-Q2"),
            ("the end of fiscal 2021", "DATE", "FY2021"),
            ("Sept. 30", "DATE", "2019-09-30"),
            ("now", "DATE", "PRESENT_REF"),
            ("fiscal 2019", "DATE", "FY2019"),
            ("February", "DATE", "2019-02"),
            ("fiscal 2018", "DATE", "FY2018"),
            ("the third quarter", "DATE", "FY2019-Q3"),
            ("April", "DATE", "2019-04"),
            ("June", "DATE", "2019-06"),
            ("the next two years", "DURATION", "P2Y"),
            ("quarterly", "SET", "P3M"),
            ("June 14", "DATE", "2019-06-14"),
            ("May 31", "DATE", "2019-05-31"),
            ("this year", "DATE", "2019"),
            ("April 23", "DATE", "2019-04-23"),
            ("a week", "DURATION", "P1W"),
            ("2019", "DATE", "2019"),
            ("the end of December", "DATE", "2018-12"),
            ("the next 12 months", "DURATION", "P12M"),
        ],
    ),
    # Saturday 2018-12-15 (ISO week 50), regional paper's Saturday business page, section
    # label, headline ("November retail sales", an adjectival month, gold_blind33), byline,
    # date line "Saturday, December 15, 2018" (one DATE span, gold_blind35). The department
    # "said Friday" 2018-12-14; "last month" and the other Novembers 2018-11; "October"
    # 2018-10; "November 2017"; "for the month" -> "the month" 2018-11 (the month just named,
    # like "the quarter", gold_blind9); "over the past year" P1Y; "the four weeks that include
    # Black Friday" -> "the four weeks" P4W; Thanksgiving 2018 is Thursday 2018-11-22, so
    # "Black Friday" and "Nov. 23" 2018-11-23, "this year" 2018, "Cyber Monday" 2018-11-26
    # and "three days later" the same day, anchored on Nov. 23 (gold_blind38); "the past six
    # weeks" P6W; "Christmas" 2018-12-25; "November and December" (twice) 2018-11 and 2018-12;
    # "last year's gain" -> "last year" 2017; "Thanksgiving weekend" (no article) the ISO
    # weekend of its Saturday, 2018-W47-WE (gold_blind38, gold_blind103), and "from a year
    # ago" 2017 (the unit's granularity, gold_blind38); the mall's hours "until 11 p.m. every
    # night from Dec. 17 through Dec. 23" -> "11 p.m." XXXX-XX-XXT23:00 and the SET "every
    # night" XXXX-XX-XXTNI with the two DATEs (gold_blind103), "Christmas Eve" 2018-12-24 and
    # its "6 p.m." 2018-12-24T18:00; "since 1996"; "so far this month" -> "this month"
    # 2018-12; "Last year" 2017; "December figures" 2018-12; "on Jan. 16" 2019-01-16; "in
    # mid-January" 2019-01; "in early November" 2018-11. "Stocks fell Friday for a second
    # straight week" -> "Friday" and "a second straight week" P1W (an ordinal period,
    # gold_blind23's "a third straight week"); "the week ended Friday" -> "the week" 2018-W50
    # and "Friday" 2018-12-14 (gold_blind22, gold_blind33); "since early October" 2018-10.
    # Not annotated: "the holiday shopping season" and "The holidays" (gold_blind19,
    # gold_blind38), "their third straight monthly decline" ("monthly" names the period of a
    # figure, gold_blind103's "its usual monthly total"), "the final stretch", "extended hours",
    # "Exit 14", "Interstate 90", "westbrookcommons.com/holiday2018" (a web address),
    # "555-1996" (a phone number beside "since 1996"), "S&P 500", "0.4 percent", "0.6 percent",
    # "4.1 percent", "2.2 percent", "11 percent", "1 percent", "0.5 percent", "5.3 percent",
    # "6 percent", "a third", "4 percent", "1.3 percent".
    "november-retail-sales-holiday-start": (
        "2018-12-15",
        [
            ("November", "DATE", "2018-11"),
            ("Saturday, December 15, 2018", "DATE", "2018-12-15"),
            ("November", "DATE", "2018-11"),
            ("Friday", "DATE", "2018-12-14"),
            ("last month", "DATE", "2018-11"),
            ("October", "DATE", "2018-10"),
            ("November 2017", "DATE", "2017-11"),
            ("the month", "DATE", "2018-11"),
            ("the past year", "DURATION", "P1Y"),
            ("the four weeks", "DURATION", "P4W"),
            ("Black Friday", "DATE", "2018-11-23"),
            ("Nov. 23", "DATE", "2018-11-23"),
            ("this year", "DATE", "2018"),
            ("Cyber Monday", "DATE", "2018-11-26"),
            ("three days later", "DATE", "2018-11-26"),
            ("the past six weeks", "DURATION", "P6W"),
            ("Christmas", "DATE", "2018-12-25"),
            ("November", "DATE", "2018-11"),
            ("December", "DATE", "2018-12"),
            ("last year", "DATE", "2017"),
            ("Thanksgiving weekend", "DATE", "2018-W47-WE"),
            ("a year ago", "DATE", "2017"),
            ("11 p.m.", "TIME", "XXXX-XX-XXT23:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("Dec. 17", "DATE", "2018-12-17"),
            ("Dec. 23", "DATE", "2018-12-23"),
            ("Christmas Eve", "DATE", "2018-12-24"),
            ("6 p.m.", "TIME", "2018-12-24T18:00"),
            ("1996", "DATE", "1996"),
            ("this month", "DATE", "2018-12"),
            ("Last year", "DATE", "2017"),
            ("December", "DATE", "2018-12"),
            ("Jan. 16", "DATE", "2019-01-16"),
            ("mid-January", "DATE", "2019-01"),
            ("early November", "DATE", "2018-11"),
            ("November", "DATE", "2018-11"),
            ("December", "DATE", "2018-12"),
            ("Friday", "DATE", "2018-12-14"),
            ("a second straight week", "DURATION", "P1W"),
            ("the week", "DATE", "2018-W50"),
            ("Friday", "DATE", "2018-12-14"),
            ("early October", "DATE", "2018-10"),
        ],
    ),
    # Friday 2019-01-11 (ISO week 2), financial news site's oil-market story, section label,
    # headline, byline, stamp "January 11, 2019, 2:41 PM EST" (DATE and TIME), no dateline.
    # The settlement "at 2:30 p.m." on the publication day, 2019-01-11T14:30; "the week ended
    # Friday" -> "the week" 2019-W02 and "Friday" (gold_blind22, gold_blind33); "on Monday"
    # past 2019-01-07; the agency "said Wednesday" 2019-01-09; "this week" 2019-W02; the rig
    # count "released Friday" the publication day; "in the week to Jan. 4" -> "the week"
    # 2019-W01 (31 December-6 January, holding that Friday) and "Jan. 4"; "last week" 2019-W01.
    # "the fourth quarter" 2018-Q4 (calendar); delivery months forward ("for February
    # delivery" twice 2019-02, "for March settlement" 2019-03, gold_blind6, gold_blind23);
    # "since December 2016"; "so far this year" -> "this year" 2019; "since Christmas Eve"
    # 2018-12-24; "an 18-month low" and "a four-year high" DURATIONs (the period of a market
    # superlative, gold_blind23); "in early December" 2018-12; "for six months starting Jan.
    # 1" -> "six months" P6M and "Jan. 1" 2019-01-01 ("starting" a signal, gold_blind63);
    # "fell sharply in January" the current month 2019-01; "in April" ahead 2019-04; "the
    # second half" 2019-H2; "Castleford ... weekly count" SET P1W (a recurring publication,
    # gold_blind23's "annual revision"); "in early October" 2018-10; "a 12th time in 13 weeks"
    # -> "13 weeks" P13W (the period of a count); "since Dec. 14" 2018-12-14; "within weeks"
    # -> "weeks" PXW; "in 2019", "next year" 2020; "the coming months" PXM. Not annotated:
    # "Second Weekly Gain", "a second weekly gain" and "its biggest weekly advance" ("weekly"
    # names the period of a figure, not a recurrence; see README), "a ninth straight session"
    # (a trading session, gold_blind23), "CLG9" (a contract code that encodes February 2019,
    # like "MWZ4" in gold_blind80), "ICE Futures Europe", "WTI", "Brent", "$52.96", "37
    # cents", "7.6 percent", "28 cents", "$61.96", "15 percent", "23 percent", "1.7 million
    # barrels", "11.7 million barrels a day" (a rate), "six oil rigs", "873", "more than 40
    # percent", "a 12th time", "1.1 percent", "$1.38", "$55", "$58", "a third".
    "oil-second-weekly-gain-supply-cuts": (
        "2019-01-11",
        [
            ("January 11, 2019", "DATE", "2019-01-11"),
            ("2:41 PM EST", "TIME", "2019-01-11T14:41"),
            ("the fourth quarter", "DATE", "2018-Q4"),
            ("February", "DATE", "2019-02"),
            ("2:30 p.m.", "TIME", "2019-01-11T14:30"),
            ("the week", "DATE", "2019-W02"),
            ("Friday", "DATE", "2019-01-11"),
            ("December 2016", "DATE", "2016-12"),
            ("Monday", "DATE", "2019-01-07"),
            ("March", "DATE", "2019-03"),
            ("this year", "DATE", "2019"),
            ("Christmas Eve", "DATE", "2018-12-24"),
            ("18-month", "DURATION", "P18M"),
            ("early December", "DATE", "2018-12"),
            ("six months", "DURATION", "P6M"),
            ("Jan. 1", "DATE", "2019-01-01"),
            ("January", "DATE", "2019-01"),
            ("April", "DATE", "2019-04"),
            ("the second half", "DATE", "2019-H2"),
            ("the week", "DATE", "2019-W01"),
            ("Jan. 4", "DATE", "2019-01-04"),
            ("Wednesday", "DATE", "2019-01-09"),
            ("this week", "DATE", "2019-W02"),
            ("weekly", "SET", "P1W"),
            ("Friday", "DATE", "2019-01-11"),
            ("four-year", "DURATION", "P4Y"),
            ("early October", "DATE", "2018-10"),
            ("13 weeks", "DURATION", "P13W"),
            ("last week", "DATE", "2019-W01"),
            ("February", "DATE", "2019-02"),
            ("Dec. 14", "DATE", "2018-12-14"),
            ("weeks", "DURATION", "PXW"),
            ("2019", "DATE", "2019"),
            ("next year", "DATE", "2020"),
            ("the coming months", "DURATION", "PXM"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
