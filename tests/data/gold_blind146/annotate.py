"""Annotations of the hundred-and-forty-sixth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind146/annotate.py [--show]

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
    # Saturday 2015-11-14 (ISO week 46), British paper's consumer column in questions and
    # answers, headline ("within 14 days"), standfirst ("This week": the week of the column,
    # 2015-W46), byline, date line "Saturday 14 November 2015". "outlived its guarantee by two
    # months" is the size of a difference, DURATION P2M (gold_blind35's "a year later than").
    # "Sunday 25 October" one DATE span (weekday and date); "three days later" after it is
    # 2015-10-28 (the unit's granularity, gold_blind28). "14-day" and each "14 days" of the
    # cooling-off period and refund window DURATION P14D (anchored durations are the duration
    # alone). "on Thursday" (the website checked) 2015-11-12, past; "yesterday morning"
    # 2015-11-13TMO and "by 4pm" the same day; "Friday 20 November" 2015-11-20. "last month"
    # 2015-10; "26 months after it was fitted" P26M; "two-year" (the guarantee) P2Y; "1 October
    # this year" one span (post-posed year, gold_blind94) 2015-10-01, and the later bare "1
    # October" the same day; "up to six years" P6Y; "the first six months" P6M. "every day
    # since" SET P1D ("since" anaphoric, out). "30 days of purchase" -> "30 days" P30D; "next
    # Friday" in a Saturday paper is the coming Friday, 2015-11-20 (gold_blind5), which is also
    # 21 October plus 30 days; "this weekend" in a Saturday paper is its own weekend,
    # 2015-W46-WE (gold_blind4). The reader line's hours recur: "10am" and "2pm"
    # XXXX-XX-XXThh:mm with the SET "every Tuesday" XXXX-WXX-2. Not annotated: "Sale of Goods
    # Act 1979" and "Consumer Rights Act 2015" (years in statutes' short titles, gold_blind88),
    # "Vantor V2015" (a model), "0345 555 1979", "020 5550 1430", "EC4 5XX", "£1,249" (twice),
    # "£180", "£349", "a reasonable time", "the day the goods reach you", "before that", "After
    # that", "the start", "one chance".
    "consumer-column-sofa-cooling-off": (
        "2015-11-14",
        [
            ("14 days", "DURATION", "P14D"),
            ("This week", "DATE", "2015-W46"),
            ("two months", "DURATION", "P2M"),
            ("Saturday 14 November 2015", "DATE", "2015-11-14"),
            ("Sunday 25 October", "DATE", "2015-10-25"),
            ("three days later", "DATE", "2015-10-28"),
            ("14-day", "DURATION", "P14D"),
            ("14 days", "DURATION", "P14D"),
            ("14 days", "DURATION", "P14D"),
            ("Thursday", "DATE", "2015-11-12"),
            ("yesterday morning", "TIME", "2015-11-13TMO"),
            ("4pm", "TIME", "2015-11-13T16:00"),
            ("Friday 20 November", "DATE", "2015-11-20"),
            ("last month", "DATE", "2015-10"),
            ("26 months", "DURATION", "P26M"),
            ("two-year", "DURATION", "P2Y"),
            ("1 October this year", "DATE", "2015-10-01"),
            ("up to six years", "DURATION", "P6Y"),
            ("the first six months", "DURATION", "P6M"),
            ("14 days", "DURATION", "P14D"),
            ("21 October", "DATE", "2015-10-21"),
            ("every day", "SET", "P1D"),
            ("1 October", "DATE", "2015-10-01"),
            ("30 days", "DURATION", "P30D"),
            ("next Friday", "DATE", "2015-11-20"),
            ("this weekend", "DATE", "2015-W46-WE"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("2pm", "TIME", "XXXX-XX-XXT14:00"),
            ("every Tuesday", "SET", "XXXX-WXX-2"),
        ],
    ),
    # Tuesday 2014-12-16 (ISO week 51), US local paper's story on a city rental ordinance,
    # headline ("60 days' notice ... starting Jan. 1"), deck, byline, date line "The Cedar Flats
    # Courier, Tuesday, December 16, 2014" (only the weekday and date are a TIMEX3), "CEDAR
    # FLATS, Wash. —" dateline. The council "passed 6-1 late Monday" -> "late Monday" DATE
    # 2014-12-15 with the modifier in the span (like "late yesterday", gold_blind35); Okafor
    # "said Monday" and the statement "Monday night" (2014-12-15TNI) the same day; the mayor
    # signs "Thursday" 2014-12-18 (future). "60 days' notice" -> "60 days" and "at least 60
    # days" P60D, "20 days' notice" -> "20 days" P20D (the genitive out, gold_blind18,
    # gold_blind94). "The rules take effect Jan. 1" and "starting Jan. 1" 2015-01-01. "date to
    # 1998" -> "1998" ("date to" a signal, gold_blind35). "last month" 2014-11; "from Dec. 1"
    # (the raise already in force) 2014-12-01; "this month" 2014-12; "Nov. 10" 2014-11-10.
    # "for nine years" P9Y; "within 21 days" and "45 days" DURATIONs; "three-hour" PT3H;
    # "Dec. 2" and "Dec. 9" past; "last week" 2014-W50; "after a year" -> "a year" P1Y (an
    # anchored duration); "once a year at most" -> "once a year" SET P1Y (the trailing "at
    # most" not in the span); "more than 30 days" P30D; "since October" 2014-10; "the past
    # five years" P5Y; "recent months" PAST_REF; "2006"; "The city's 2015 budget" -> "2015"
    # DATE (an adjectival year); "by March" 2015-03 (future); "Jan. 13 at 6:30 p.m." a DATE and
    # a TIME on that day. Not annotated: "6-1" (twice, a vote), "10 percent", "35 percent", "5
    # percent", "28 percent", "2 percent", "Ordinance 2014-31" (an ordinance number in a 2014
    # story), "a month-to-month lease" (a kind of tenancy, not a recurrence), "the monthly
    # rent" (the period of a sum, like "its usual monthly total" in gold_blind103), "two
    # paychecks", "41" (an age), "$925", "$1,250", "$140,000", "about 400 landlords", "twice"
    # (a count of postponements), "360-555-1998" (a phone number holding 1998, beside the
    # annotated "1998"), "cedarflats.gov/rent2015", "enough time".
    "cedar-flats-rent-notice-ordinance": (
        "2014-12-16",
        [
            ("60 days", "DURATION", "P60D"),
            ("Jan. 1", "DATE", "2015-01-01"),
            ("Tuesday, December 16, 2014", "DATE", "2014-12-16"),
            ("at least 60 days", "DURATION", "P60D"),
            ("late Monday", "DATE", "2014-12-15"),
            ("Jan. 1", "DATE", "2015-01-01"),
            ("1998", "DATE", "1998"),
            ("20 days", "DURATION", "P20D"),
            ("last month", "DATE", "2014-11"),
            ("Dec. 1", "DATE", "2014-12-01"),
            ("Twenty days", "DURATION", "P20D"),
            ("Sixty days", "DURATION", "P60D"),
            ("nine years", "DURATION", "P9Y"),
            ("this month", "DATE", "2014-12"),
            ("Nov. 10", "DATE", "2014-11-10"),
            ("21 days", "DURATION", "P21D"),
            ("45 days", "DURATION", "P45D"),
            ("three-hour", "DURATION", "PT3H"),
            ("Dec. 2", "DATE", "2014-12-02"),
            ("last week", "DATE", "2014-W50"),
            ("Monday", "DATE", "2014-12-15"),
            ("a year", "DURATION", "P1Y"),
            ("once a year", "SET", "P1Y"),
            ("more than 30 days", "DURATION", "P30D"),
            ("October", "DATE", "2014-10"),
            ("the past five years", "DURATION", "P5Y"),
            ("recent months", "DATE", "PAST_REF"),
            ("2006", "DATE", "2006"),
            ("Thursday", "DATE", "2014-12-18"),
            ("2015", "DATE", "2015"),
            ("Dec. 9", "DATE", "2014-12-09"),
            ("March", "DATE", "2015-03"),
            ("Jan. 13", "DATE", "2015-01-13"),
            ("6:30 p.m.", "TIME", "2015-01-13T18:30"),
            ("Jan. 1", "DATE", "2015-01-01"),
            ("Monday night", "TIME", "2014-12-15TNI"),
        ],
    ),
    # Wednesday 2013-04-17 (ISO week 16), Australian regional paper's website, headline, stamp
    # "17 Apr, 2013 11:30 AM" (DATE and TIME, gold_blind103), byline, no dateline. "monthly
    # fees" (headline and lead) are fees charged every month, SET P1M like "Monthly fees" in
    # gold_blind88; "continue each month" SET P1M. "last month" 2013-03; "12-month" (terms,
    # agreements) P12M. The clubs shut "on 28 March, just before Easter" 2013-03-28, and
    # "Easter" (also "since Easter") is Easter Sunday 2013-03-31 (a holiday on the day it
    # falls on). Past weekdays: the letters "on Monday" 2013-04-15, the gathering "on
    # Saturday" 2013-04-13, the website "until Tuesday" 2013-04-16; "yesterday" 2013-04-16.
    # Future: "Monday 6 May" one span 2013-05-06, "tomorrow" 2013-04-18, "next week" 2013-W17.
    # "in January" 2013-01; "for a year" P1Y; "10 weeks" P10W; "10 April" 2013-04-10; "Now"
    # PRESENT_REF; "nine months of fees" P9M; "a month free" P1M. The club's hours recur: "from
    # 5am to 10pm seven days a week" -> two TIMEs XXXX-XX-XXThh:mm and the SET "seven days a
    # week" P1W (gold_blind94). "a 25-minute drive" PT25M (an adjectival duration); "seven
    # days after signing" P7D. "the 2011-12 financial year" FY2012 (the Australian financial
    # year July-June, named by the year it ends, gold_blind88); "the first quarter of this
    # year" one span 2013-Q1 (calendar, no fiscal year of the regulator described).
    # "this afternoon" 2013-04-17TAF; "by winter" -> "winter" 2013-WI, the southern winter of
    # 2013, valued in the year it falls in (gold_blind88, gold_blind103); "within 30 days" P30D;
    # "late 2012" DATE 2012 (the year's value, like "late last year"); "three months" P3M. Not
    # annotated: "$59", "$199", "34" (an age), "2,300", "About 60", "140 complaints", "40 per
    # cent", "three clubs", "within a reasonable distance", "the nearest Pulse gym", "early",
    # "latest", "flexzone.com.au/join2013" (a URL holding 2013), "no lock-in contracts",
    # "Kembla Street".
    "yarrandale-gym-contracts-closure": (
        "2013-04-17",
        [
            ("monthly", "SET", "P1M"),
            ("last month", "DATE", "2013-03"),
            ("17 Apr, 2013", "DATE", "2013-04-17"),
            ("11:30 AM", "TIME", "2013-04-17T11:30"),
            ("monthly", "SET", "P1M"),
            ("last month", "DATE", "2013-03"),
            ("12-month", "DURATION", "P12M"),
            ("28 March", "DATE", "2013-03-28"),
            ("Easter", "DATE", "2013-03-31"),
            ("last week", "DATE", "2013-W15"),
            ("Monday", "DATE", "2013-04-15"),
            ("each month", "SET", "P1M"),
            ("January", "DATE", "2013-01"),
            ("a year", "DURATION", "P1Y"),
            ("10 weeks", "DURATION", "P10W"),
            ("10 April", "DATE", "2013-04-10"),
            ("Now", "DATE", "PRESENT_REF"),
            ("nine months", "DURATION", "P9M"),
            ("Monday 6 May", "DATE", "2013-05-06"),
            ("a month", "DURATION", "P1M"),
            ("5am", "TIME", "XXXX-XX-XXT05:00"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("seven days a week", "SET", "P1W"),
            ("25-minute", "DURATION", "PT25M"),
            ("Saturday", "DATE", "2013-04-13"),
            ("yesterday", "DATE", "2013-04-16"),
            ("Easter", "DATE", "2013-03-31"),
            ("seven days", "DURATION", "P7D"),
            ("the 2011-12 financial year", "DATE", "FY2012"),
            ("the first quarter of this year", "DATE", "2013-Q1"),
            ("tomorrow", "DATE", "2013-04-18"),
            ("next week", "DATE", "2013-W17"),
            ("this afternoon", "TIME", "2013-04-17TAF"),
            ("winter", "DATE", "2013-WI"),
            ("30 days", "DURATION", "P30D"),
            ("12-month", "DURATION", "P12M"),
            ("late 2012", "DATE", "2012"),
            ("three months", "DURATION", "P3M"),
            ("Tuesday", "DATE", "2013-04-16"),
        ],
    ),
    # Thursday 2012-09-20 (ISO week 38), Irish national daily's energy story, headline, standfirst,
    # byline, date line "Thursday, September 20, 2012". "12 working days" (headline and body) is
    # DURATION P12D: a count of working days, annotated as a duration of that many days (see
    # README, a decision this set takes; earlier sets avoided the phrase). "next month" (the
    # standfirst and body) 2012-10; "for the winter" ahead in September -> "the winter" 2013-WI,
    # the winter of 2012-13 taking the year of its January (gold_blind94's "for the winter" in
    # November 2012). "published yesterday" 2012-09-19; "now" PRESENT_REF; "up to five weeks"
    # P5W; "Monday, October 1" one span 2012-10-01 (future); "said on Monday" 2012-09-17
    # (past). "2005"; "next week" 2012-W39; "October 15" and "November 1" future. "three days of
    # the request" P3D; "14-day" P14D; "six weeks of switching" P6W; "31 days in June and July"
    # P31D with "June" 2012-06 and "July" 2012-07 (past). "every morning" SET XXXX-XX-XXTMO;
    # "every two months" SET P2M. "the second quarter" 2012-Q2 (calendar, the quarter just
    # reported); "this year" 2012; "2011". "Last autumn" in September 2012 is 2011-FA (the
    # autumn of 2012 has barely begun, and the quotation tells a finished past). "weeks" PXW;
    # "over a year" -> "a year" P1Y; "12-month" P12M; "after 12 months" P12M; "quarterly" SET
    # P3M; "since March" 2012-03; "tonight" 2012-09-20TNI. Not annotated: "6.5 per cent", "8
    # per cent", "18 per cent", "€30", "€150", "290,000", "a typical two-monthly bill" (the
    # period of a bill, not a recurrence, like "the monthly rent"), "the same period", "the
    # day of transfer", "the deadline", "more than enough time", "Powerhop.ie", "1890 555 2011"
    # (a phone number ending in 2011, beside the annotated "2011"), "12 Fenian Street", "Dublin
    # 2".
    "energy-switch-twelve-working-days": (
        "2012-09-20",
        [
            ("12 working days", "DURATION", "P12D"),
            ("next month", "DATE", "2012-10"),
            ("the winter", "DATE", "2013-WI"),
            ("Thursday, September 20, 2012", "DATE", "2012-09-20"),
            ("12 working days", "DURATION", "P12D"),
            ("next month", "DATE", "2012-10"),
            ("yesterday", "DATE", "2012-09-19"),
            ("now", "DATE", "PRESENT_REF"),
            ("up to five weeks", "DURATION", "P5W"),
            ("Monday, October 1", "DATE", "2012-10-01"),
            ("2005", "DATE", "2005"),
            ("next week", "DATE", "2012-W39"),
            ("Monday", "DATE", "2012-09-17"),
            ("October 15", "DATE", "2012-10-15"),
            ("November 1", "DATE", "2012-11-01"),
            ("three days", "DURATION", "P3D"),
            ("14-day", "DURATION", "P14D"),
            ("six weeks", "DURATION", "P6W"),
            ("31 days", "DURATION", "P31D"),
            ("June", "DATE", "2012-06"),
            ("July", "DATE", "2012-07"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("every two months", "SET", "P2M"),
            ("the second quarter", "DATE", "2012-Q2"),
            ("this year", "DATE", "2012"),
            ("2011", "DATE", "2011"),
            ("Last autumn", "DATE", "2011-FA"),
            ("weeks", "DURATION", "PXW"),
            ("a year", "DURATION", "P1Y"),
            ("12-month", "DURATION", "P12M"),
            ("12 months", "DURATION", "P12M"),
            ("quarterly", "SET", "P3M"),
            ("March", "DATE", "2012-03"),
            ("tonight", "TIME", "2012-09-20TNI"),
        ],
    ),
    # Monday 2014-03-03 (ISO week 10), Canadian paper's website, headline ("within seven
    # business days"), stamp "Published on: March 3, 2014 | Last Updated: March 3, 2014 6:40
    # PM EST" (two DATEs and a TIME, the zone in the span, gold_blind103), byline, "OTTAWA —"
    # dateline. "seven business days" (headline and twice in the body) DURATION P7D, a count
    # of business days as a duration of that many days (see README). "just before Christmas"
    # -> "Christmas" 2013-12-25; the cancellations "between Dec. 21 and Dec. 24" and the
    # family's "Dec. 22 and Dec. 23" are December 2013 (past). "ruled Friday" 2014-02-28;
    # "she said Monday" in a Monday story is the publication day (gold_blind88); "on the
    # weekend" (the statement, past) the weekend just gone, 2014-W09-WE; "last week"
    # 2014-W09; "today" 2014-03-03. "until April 2" 2014-04-02; "30 days to claim" P30D;
    # "expires in 12 months" P12M (how long the credit lasts); "20 days" P20D; "more than 48
    # hours" PT48H; "for more than two months" P2M; "Jan. 8" 2014-01-08; "in January"
    # 2014-01; "within 90 days" P90D. Borealis's fiscal year "ends Oct. 31" -> "Oct. 31"
    # 2014-10-31, the end of the fiscal year now running (gold_blind33); it is named by the
    # year it ends, so "its first fiscal quarter" (November-January) is FY2014-Q1 with the
    # possessive kept (gold_blind35's "its fourth week"), "the three months ended Jan. 31"
    # split into P3M and 2014-01-31 (gold_blind67), "the current quarter" (February-April)
    # FY2014-Q2 (gold_blind23); "last month" 2014-02 (calendar). "the past three years" P3Y;
    # "within a week" P1W; "2011"; "this spring" 2014-SP; "quarterly" SET P3M; "starting in
    # April" 2014-04. Not annotated: "holiday passengers" (a kind), "No. 114-C-A-2014" (a
    # decision number in a 2014 story), "38-page", "1-866-555-2014" (a phone number),
    # "$400", "$1,860", "$3.2 million", "$2 million", "$4.85", "6 per cent", "4,100", "22
    # routes", "family of four", "twice" (a count of times told), "Ottawa" (the government).
    "borealis-air-refund-ruling": (
        "2014-03-03",
        [
            ("seven business days", "DURATION", "P7D"),
            ("March 3, 2014", "DATE", "2014-03-03"),
            ("March 3, 2014", "DATE", "2014-03-03"),
            ("6:40 PM EST", "TIME", "2014-03-03T18:40"),
            ("Christmas", "DATE", "2013-12-25"),
            ("seven business days", "DURATION", "P7D"),
            ("Friday", "DATE", "2014-02-28"),
            ("Dec. 21", "DATE", "2013-12-21"),
            ("Dec. 24", "DATE", "2013-12-24"),
            ("April 2", "DATE", "2014-04-02"),
            ("30 days", "DURATION", "P30D"),
            ("12 months", "DURATION", "P12M"),
            ("seven business days", "DURATION", "P7D"),
            ("20 days", "DURATION", "P20D"),
            ("more than 48 hours", "DURATION", "PT48H"),
            ("Dec. 22", "DATE", "2013-12-22"),
            ("Dec. 23", "DATE", "2013-12-23"),
            ("more than two months", "DURATION", "P2M"),
            ("Jan. 8", "DATE", "2014-01-08"),
            ("last week", "DATE", "2014-W09"),
            ("Monday", "DATE", "2014-03-03"),
            ("January", "DATE", "2014-01"),
            ("90 days", "DURATION", "P90D"),
            ("the weekend", "DATE", "2014-W09-WE"),
            ("Oct. 31", "DATE", "2014-10-31"),
            ("its first fiscal quarter", "DATE", "FY2014-Q1"),
            ("the three months", "DURATION", "P3M"),
            ("Jan. 31", "DATE", "2014-01-31"),
            ("last month", "DATE", "2014-02"),
            ("the current quarter", "DATE", "FY2014-Q2"),
            ("the past three years", "DURATION", "P3Y"),
            ("a week", "DURATION", "P1W"),
            ("2011", "DATE", "2011"),
            ("this spring", "DATE", "2014-SP"),
            ("quarterly", "SET", "P3M"),
            ("April", "DATE", "2014-04"),
            ("today", "DATE", "2014-03-03"),
        ],
    ),
    # Friday 2012-07-27 (ISO week 30), US federal regulator's recall press release, agency
    # header, "FOR IMMEDIATE RELEASE", date line "July 27, 2012", release number, hotline and
    # media contact, headline, "WASHINGTON, D.C. -" dateline, then the agency's labelled
    # sections. "today announced" 2012-07-27. The refund deadline "until 5 p.m. ET on Friday,
    # September 28, 2012" -> a TIME 2012-09-28T17:00 and the DATE (weekday and date one span).
    # "recalled in March" 2012-03 and "March 15, 2012"; "on June 9" 2012-06-09 and "Two days
    # later" 2012-06-11 (anchored on the narrative's last date, gold_blind94); "the Memorial
    # Day weekend" (Saturday 26-Monday 28 May 2012) 2012-W21-WE, the ISO week of its Saturday
    # (gold_blind56, gold_blind103); "since 2010"; "In the four months since the recall" P4M;
    # "recent weeks" PAST_REF; "in May" 2012-05; "this summer" (possessive phrase "the
    # busiest camping weeks of this summer") 2012-SU; "through August and September" 2012-08
    # and 2012-09 (future); "by the end of the year" 2012 (the year's value, gold_blind35).
    # "made between March 2011 and December 2011", "from October 2010 through February 2012"
    # as written. "at least 30 minutes" PT30M; "within 10 days of a request" P10D; "within six
    # weeks" P6W. The hotline's hours recur: "between 8 a.m. and 8 p.m. ET daily" -> two TIMEs
    # XXXX-XX-XXThh:mm (the zone in the span) and "daily" SET P1D. The federal fiscal year
    # runs October-September and is named by the year it ends, so "the first quarter of
    # fiscal year 2013" (October-December 2012) is one DATE span FY2013-Q1 (gold_blind35,
    # gold_blind28); "every week" SET P1W. Not annotated: "DC 20207" (a ZIP code), "Release
    # #12-231", "(877) 555-2010" (twice), "(616) 555-0142", "model TH-2011 and TH-2011X" (model
    # numbers holding 2011, beside the annotated "March 2011"), "date codes 0311 through 1211"
    # (codes of month and year stamped on the product, not dates of the text), "$25", "$90",
    # "About 19,000", "23 more reports", "61 reports", "29,000", "48,000", "Three of the
    # reports", "fewer than half", "After that date" (anaphoric), "immediately",
    # "www.lorranceoutdoor.com/recall2012", "the busiest camping weeks".
    "trailmate-heater-recall-refund-deadline": (
        "2012-07-27",
        [
            ("July 27, 2012", "DATE", "2012-07-27"),
            ("today", "DATE", "2012-07-27"),
            ("5 p.m. ET", "TIME", "2012-09-28T17:00"),
            ("Friday, September 28, 2012", "DATE", "2012-09-28"),
            ("March", "DATE", "2012-03"),
            ("March 15, 2012", "DATE", "2012-03-15"),
            ("June 9", "DATE", "2012-06-09"),
            ("Two days later", "DATE", "2012-06-11"),
            ("the Memorial Day weekend", "DATE", "2012-W21-WE"),
            ("2010", "DATE", "2010"),
            ("the four months", "DURATION", "P4M"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("May", "DATE", "2012-05"),
            ("this summer", "DATE", "2012-SU"),
            ("August", "DATE", "2012-08"),
            ("September", "DATE", "2012-09"),
            ("the end of the year", "DATE", "2012"),
            ("March 2011", "DATE", "2011-03"),
            ("December 2011", "DATE", "2011-12"),
            ("October 2010", "DATE", "2010-10"),
            ("February 2012", "DATE", "2012-02"),
            ("at least 30 minutes", "DURATION", "PT30M"),
            ("10 days", "DURATION", "P10D"),
            ("six weeks", "DURATION", "P6W"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("8 p.m. ET", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
            ("the first quarter of fiscal year 2013", "DATE", "FY2013-Q1"),
            ("every week", "SET", "P1W"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
