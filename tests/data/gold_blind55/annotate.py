"""Annotations of the fifty-fifth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind55/annotate.py [--show]

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
    # Wednesday 2012-09-12 (ISO week 37), tech-site product-launch story, byline and date line
    # "September 12, 2012 1:47 PM PDT" (a DATE and a TIME, gold_blind38). The launch was "on
    # Wednesday", the publication day (twice, and the shares "on Wednesday"); pre-orders
    # "begin Friday" (headline and body) 2012-09-14 "at 12:01 a.m. Pacific time" (two TIMEX3,
    # the zone in the span); the phone "goes on sale Sept. 21" (a Friday, headline and body);
    # the update arrives "next Wednesday", a week after the publication day, 2012-09-19; the
    # developers get the final version "on Monday" 2012-09-17 (future, "will get"). The stores
    # close "at 6 p.m. on Thursday, Sept. 20" (TIME plus a weekday-and-date DATE, one span like
    # "Sunday, June 27" in gold_blind28) and reopen "at 8 a.m. the next day", anchored on Sept.
    # 20: 2012-09-21T08:00 and "the next day" 2012-09-21. "two-year contract" and "90-minute
    # event" are adjectival durations (P2Y, PT90M). Tessaly's fiscal year is not described, so
    # its quarters are calendar quarters: "the April-June quarter" 2012-Q2 and "a year earlier"
    # after it 2011-Q2; "second-quarter sales" 2012-Q2; "third-quarter results on Oct. 24"
    # 2012-Q3 plus 2012-10-24; "the holiday quarter, which ends in December" 2012-Q4 plus
    # 2012-12 (see README). "the last two years" P2Y (like "the past two years"); "Last fall"
    # in September is the fall of 2011, 2011-FA; "within hours" -> "hours" PTXH; "more than six
    # weeks" P6W; "since July", "since June" past months of 2012; "since the spring, when the
    # company warned" 2012-SP (past, in September); "the end of next year" 2013 (gold_blind28);
    # "late October" ahead 2012-10; "the first half of 2013" one span 2013-H1; "every week" SET
    # P1W, "annually" SET P1Y, "twice a year" SET P1Y (the count kept in the span). Not
    # annotated: "Arc 4", "Arc 3", "ArcOS 6", "the Arc Slate 2013 Edition" (a product name
    # holding a year, in a 2012 story), "4G LTE", "4.7-inch", "16GB", "64GB", "NASDAQ: TSLY",
    # "the original Arc", "launch dates", "the first sales", "the holiday crowd", prices,
    # percentages and counts.
    "tessaly-arc-4-phone-launch": (
        "2012-09-12",
        [
            ("Friday", "DATE", "2012-09-14"),
            ("Sept. 21", "DATE", "2012-09-21"),
            ("September 12, 2012", "DATE", "2012-09-12"),
            ("1:47 PM PDT", "TIME", "2012-09-12T13:47"),
            ("Wednesday", "DATE", "2012-09-12"),
            ("Sept. 21", "DATE", "2012-09-21"),
            ("Friday", "DATE", "2012-09-14"),
            ("12:01 a.m. Pacific time", "TIME", "2012-09-14T00:01"),
            ("two-year", "DURATION", "P2Y"),
            ("next Wednesday", "DATE", "2012-09-19"),
            ("90-minute", "DURATION", "PT90M"),
            ("this year", "DATE", "2012"),
            ("2009", "DATE", "2009"),
            ("the April-June quarter", "DATE", "2012-Q2"),
            ("a year earlier", "DATE", "2011-Q2"),
            ("the holiday quarter", "DATE", "2012-Q4"),
            ("December", "DATE", "2012-12"),
            ("the last two years", "DURATION", "P2Y"),
            ("Last fall", "DATE", "2011-FA"),
            ("hours", "DURATION", "PTXH"),
            ("more than six weeks", "DURATION", "P6W"),
            ("Wednesday", "DATE", "2012-09-12"),
            ("July", "DATE", "2012-07"),
            ("now", "DATE", "PRESENT_REF"),
            ("every week", "SET", "P1W"),
            ("the end of next year", "DATE", "2013"),
            ("late October", "DATE", "2012-10"),
            ("the first half of 2013", "DATE", "2013-H1"),
            ("annually", "SET", "P1Y"),
            ("2009", "DATE", "2009"),
            ("twice a year", "SET", "P1Y"),
            ("June", "DATE", "2012-06"),
            ("Monday", "DATE", "2012-09-17"),
            ("Wednesday", "DATE", "2012-09-12"),
            ("the spring", "DATE", "2012-SP"),
            ("second-quarter", "DATE", "2012-Q2"),
            ("third-quarter", "DATE", "2012-Q3"),
            ("Oct. 24", "DATE", "2012-10-24"),
            ("6 p.m.", "TIME", "2012-09-20T18:00"),
            ("Thursday, Sept. 20", "DATE", "2012-09-20"),
            ("8 a.m.", "TIME", "2012-09-21T08:00"),
            ("the next day", "DATE", "2012-09-21"),
        ],
    ),
    # Friday 2013-11-22 (ISO week 47), agency court wire, "UPDATE 2-" headline, "HARWICK,
    # Calif., Nov 22 (Reuters) -" dateline: the verdict came "on Friday", the publication day,
    # "shortly after 2:30 p.m. local time" (that day; "shortly after" a signal, gold_blind28);
    # the jury "deliberated for three days, starting on Tuesday afternoon" -> "three days" P3D
    # and TIME 2013-11-19TAF; the judge "said on Tuesday" 2013-11-19 (past). The trial "opened
    # Nov 4" 2013-11-04 and "heard eight days of testimony" -> "eight days" P8D (like "three
    # years of probation", gold_blind35). "Today's verdict" in the spokeswoman's statement of
    # the same day -> "Today" 2013-11-22 (the possessive left out). "a fight that has dragged
    # on for more than two years" P2Y (since August 2011); "the coming weeks" PXW (like "the
    # coming months" PXM); the hearing "set for Jan 14" and the second trial "scheduled for
    # March" are future dates across the year boundary, 2014-01-14 and 2014-03 (gold_blind35);
    # "a 90-day postponement" P90D on the adjective; "since 2010", "since January 2012" and
    # "every year since 2011" -> "2010", "2012-01", SET P1Y and "2011"; "recent years"
    # PAST_REF; "over the past decade" -> "the past decade" P10Y; "In June last year" -> "June
    # last year" 2012-06, one span (gold_blind28), and "two months later" anchored on it,
    # 2012-08 (gold_blind38); "a 2006 patent" an adjectival year; "founded in 1998"; "so far
    # this year" -> "this year" 2013 (gold_blind28); "For nearly three years" P3Y. Not
    # annotated: "UPDATE 2" (a wire header), "U.S. Patent No. 7,469,381", "No. 8,012,447",
    # "Nova S3", "Nova S4", "Nova Tab 10.1", "eight-person", "14 phones", "two-thirds", "the
    # latest turn", "the last word", "A second trial", amounts and percentages.
    "orrin-vantrell-touchscreen-patent-verdict": (
        "2013-11-22",
        [
            ("Nov 22", "DATE", "2013-11-22"),
            ("Friday", "DATE", "2013-11-22"),
            ("more than two years", "DURATION", "P2Y"),
            ("three days", "DURATION", "P3D"),
            ("Tuesday afternoon", "TIME", "2013-11-19TAF"),
            ("2:30 p.m. local time", "TIME", "2013-11-22T14:30"),
            ("Nov 4", "DATE", "2013-11-04"),
            ("eight days", "DURATION", "P8D"),
            ("August 2011", "DATE", "2011-08"),
            ("Today", "DATE", "2013-11-22"),
            ("the coming weeks", "DURATION", "PXW"),
            ("Jan 14", "DATE", "2014-01-14"),
            ("March", "DATE", "2014-03"),
            ("Tuesday", "DATE", "2013-11-19"),
            ("90-day", "DURATION", "P90D"),
            ("2010", "DATE", "2010"),
            ("recent years", "DATE", "PAST_REF"),
            ("the past decade", "DURATION", "P10Y"),
            ("June last year", "DATE", "2012-06"),
            ("2006", "DATE", "2006"),
            ("two months later", "DATE", "2012-08"),
            ("1998", "DATE", "1998"),
            ("this year", "DATE", "2013"),
            ("January 2012", "DATE", "2012-01"),
            ("every year", "SET", "P1Y"),
            ("2011", "DATE", "2011"),
            ("nearly three years", "DURATION", "P3Y"),
            ("Friday", "DATE", "2013-11-22"),
        ],
    ),
    # Tuesday 2013-08-27 (ISO week 35), AP-style business story, byline "AP Technology Writer",
    # "DELMONT, Wash. (AP) --" dateline without date: the company "said Tuesday", the
    # publication day (also the interview, the shares and the call "Tuesday morning", TIME
    # 2013-08-27TMO); the board "met Sunday night" 2013-08-25TNI and decided "late Monday"
    # 2013-08-26. "effective immediately" is not annotated (gold_blind25, gold_blind42).
    # "ending his 14 years at the business-software maker" -> "his 14 years" DURATION P14Y, the
    # possessive determiner kept like "its first 100 days" (gold_blind14) and "its fourth week"
    # (gold_blind35); "After 14 years" in the memo P14Y. "after months of pressure" -> "months"
    # PXM; "up to six months" P6M; "through the end of the year" -> "the end of the year" 2013,
    # "through" a signal. Calloway's fiscal year ends June 30 and is named by the year it ends:
    # "the fiscal year that ended June 30" FY2013 plus 2013-06-30, "fiscal 2014, which began
    # July 1" FY2014 plus 2013-07-01, "its fiscal first quarter, which ends Sept. 30" FY2014-Q1
    # (the possessive kept, gold_blind38) plus 2013-09-30, reported "in late October" 2013-10.
    # Calendar words keep calendar values: "early 2014" 2014, "this year" 2013, "since April"
    # 2013-04, "earlier this month" 2013-08, the shareholder meeting "in November" 2013-11.
    # "its first decline in more than a decade" P10Y (the period of a "first in"); "over the
    # past year" -> "the past year" P1Y; "it came two years too late" P2Y (the size of a delay,
    # gold_blind28); "one-day gain" P1D; "since January 2012"; "since 2010"; "the quarterly
    # dividend" SET P3M (gold_blind38); "may not join a competitor for 18 months" P18M. Not
    # annotated: "Calloway 2.0" (a slogan holding a version number), "at first", "the financial
    # crisis", "two rounds", "the third departure", ages "58" and "46", amounts, percentages.
    "calloway-ceo-haskett-steps-down": (
        "2013-08-27",
        [
            ("Tuesday", "DATE", "2013-08-27"),
            ("his 14 years", "DURATION", "P14Y"),
            ("months", "DURATION", "PXM"),
            ("up to six months", "DURATION", "P6M"),
            ("the end of the year", "DATE", "2013"),
            ("Sunday night", "TIME", "2013-08-25TNI"),
            ("late Monday", "DATE", "2013-08-26"),
            ("1999", "DATE", "1999"),
            ("2008", "DATE", "2008"),
            ("the fiscal year", "DATE", "FY2013"),
            ("June 30", "DATE", "2013-06-30"),
            ("more than a decade", "DURATION", "P10Y"),
            ("the past year", "DURATION", "P1Y"),
            ("April", "DATE", "2013-04"),
            ("earlier this month", "DATE", "2013-08"),
            ("November", "DATE", "2013-11"),
            ("two years", "DURATION", "P2Y"),
            ("Tuesday", "DATE", "2013-08-27"),
            ("Tuesday", "DATE", "2013-08-27"),
            ("one-day", "DURATION", "P1D"),
            ("January 2012", "DATE", "2012-01"),
            ("2010", "DATE", "2010"),
            ("Tuesday morning", "TIME", "2013-08-27TMO"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("July 1", "DATE", "2013-07-01"),
            ("quarterly", "SET", "P3M"),
            ("its fiscal first quarter", "DATE", "FY2014-Q1"),
            ("Sept. 30", "DATE", "2013-09-30"),
            ("late October", "DATE", "2013-10"),
            ("early 2014", "DATE", "2014"),
            ("14 years", "DURATION", "P14Y"),
            ("18 months", "DURATION", "P18M"),
            ("this year", "DATE", "2013"),
        ],
    ),
    # Thursday 2014-05-15 (ISO week 20), tech-blog funding story, date line "Posted May 15, 2014
    # by Jenna Ruiz (@jruiz)": the round was "announced today", the publication day; the
    # founder spoke "on Tuesday" 2014-05-13 and version 3.0 was "released Monday" 2014-05-12
    # (past). "spent its first three years as a side project" -> "its first three years"
    # DURATION P3Y, the ordinal period with the possessive kept (gold_blind14's "its first five
    # years"); "Over the past 18 months" -> "the past 18 months" P18M; "since last summer" in
    # May is the summer of 2013, 2013-SU; "billed monthly" SET P1M; "every Thursday night" SET
    # XXXX-WXX-4TNI; "lose hours every week" -> "hours" PTXH and "every week" SET P1W; "by the
    # end of the year" 2014; "the coming months" PXM; "the first quarter of 2015" one span
    # 2015-Q1; "two years ago" 2012 and "a year ago" 2013 (the unit's granularity,
    # gold_blind33); "every quarter" SET P3M; "last month" 2014-04, "in March" 2014-03 (past);
    # "in 2013, more than double the total a year earlier" 2013 and 2012; "recent weeks"
    # PAST_REF; "the second half of next year" one span 2015-H2; "last week" 2014-W19; "once a
    # month" SET P1M. Not annotated: "Series B", "Series A", "Web 2.0", "24/7" (round the
    # clock, gold_blind20), "Version 3.0", "@jruiz", "10,000 Restaurants", "that time" (in the
    # quote, anaphoric), "a dinner shift" (a meal, not a time), "not yet", "a demo day", amounts.
    "plotwise-series-b-funding": (
        "2014-05-15",
        [
            ("May 15, 2014", "DATE", "2014-05-15"),
            ("today", "DATE", "2014-05-15"),
            ("October 2012", "DATE", "2012-10"),
            ("2009", "DATE", "2009"),
            ("its first three years", "DURATION", "P3Y"),
            ("the past 18 months", "DURATION", "P18M"),
            ("Tuesday", "DATE", "2014-05-13"),
            ("last summer", "DATE", "2013-SU"),
            ("monthly", "SET", "P1M"),
            ("every Thursday night", "SET", "XXXX-WXX-4TNI"),
            ("Monday", "DATE", "2014-05-12"),
            ("hours", "DURATION", "PTXH"),
            ("every week", "SET", "P1W"),
            ("the end of the year", "DATE", "2014"),
            ("the coming months", "DURATION", "PXM"),
            ("the first quarter of 2015", "DATE", "2015-Q1"),
            ("two years ago", "DATE", "2012"),
            ("every quarter", "SET", "P3M"),
            ("last month", "DATE", "2014-04"),
            ("March", "DATE", "2014-03"),
            ("2013", "DATE", "2013"),
            ("a year earlier", "DATE", "2012"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("the second half of next year", "DATE", "2015-H2"),
            ("a year ago", "DATE", "2013"),
            ("last week", "DATE", "2014-W19"),
            ("once a month", "SET", "P1M"),
        ],
    ),
    # Saturday 2014-02-08 (ISO week 6), online business-paper technology story, byline and
    # date line "Feb. 8, 2014 11:20 a.m. ET" (a DATE and a TIME). The outage was on Tuesday
    # 2014-02-04 (headline "Tuesday's Four-Hour Outage" -> "Tuesday" and "Four-Hour" PT4H;
    # "Tuesday's failure"; "on Tuesday" twice); the postmortem came "late Friday" 2014-02-07.
    # The clock times of the postmortem's sentences are those of the outage day, which those
    # sentences tell (gold_blind33, gold_blind35): "1:15 p.m. ET (10:15 a.m. PT)" two TIMEX3,
    # 2014-02-04T13:15 and 2014-02-04T10:15, "until 5:40 p.m. ET" 2014-02-04T17:40 ("from then"
    # anaphoric, not annotated), "until Tuesday night" 2014-02-04TNI, "for most of Tuesday
    # afternoon" -> "Tuesday afternoon" 2014-02-04TAF. "for about four hours" PT4H; "within two
    # minutes" PT2M; "more than an hour" PT1H; "its second in less than a month" and "Two in
    # four weeks" are the periods of a "second in" (gold_blind42), P1M and P4W; "on Jan. 13"
    # 2014-01-13, "for 50 minutes" PT50M; "starting March 1" 2014-03-01; "within 30 days" P30D;
    # "now" PRESENT_REF; "over several days" PXD; "only on weekends" SET XXXX-WXX-WE; "monthly
    # reliability reports" SET P1M; "beginning in April" 2014-04; "last year" 2013; "the second
    # half of this year" one span 2014-H2; "this week" in a Saturday story 2014-W06; "recent
    # months" PAST_REF; "about 11 hours in December" PT11H and 2013-12 (past); "Christmas Eve"
    # 2013-12-24 (a holiday on the date it falls on, gold_blind19). Not annotated: "24/7",
    # "99.9% uptime", "one-time", "ten times its usual load", "12-person", "from then", the
    # counts and amounts.
    "nimbly-storage-outage-postmortem": (
        "2014-02-08",
        [
            ("Tuesday", "DATE", "2014-02-04"),
            ("Four-Hour", "DURATION", "PT4H"),
            ("Feb. 8, 2014", "DATE", "2014-02-08"),
            ("11:20 a.m. ET", "TIME", "2014-02-08T11:20"),
            ("about four hours", "DURATION", "PT4H"),
            ("Tuesday", "DATE", "2014-02-04"),
            ("late Friday", "DATE", "2014-02-07"),
            ("1:15 p.m. ET", "TIME", "2014-02-04T13:15"),
            ("10:15 a.m. PT", "TIME", "2014-02-04T10:15"),
            ("5:40 p.m. ET", "TIME", "2014-02-04T17:40"),
            ("Tuesday night", "TIME", "2014-02-04TNI"),
            ("two minutes", "DURATION", "PT2M"),
            ("more than an hour", "DURATION", "PT1H"),
            ("Tuesday", "DATE", "2014-02-04"),
            ("2008", "DATE", "2008"),
            ("less than a month", "DURATION", "P1M"),
            ("Jan. 13", "DATE", "2014-01-13"),
            ("50 minutes", "DURATION", "PT50M"),
            ("March 1", "DATE", "2014-03-01"),
            ("30 days", "DURATION", "P30D"),
            ("Tuesday afternoon", "TIME", "2014-02-04TAF"),
            ("Tuesday", "DATE", "2014-02-04"),
            ("now", "DATE", "PRESENT_REF"),
            ("several days", "DURATION", "PXD"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("monthly", "SET", "P1M"),
            ("April", "DATE", "2014-04"),
            ("last year", "DATE", "2013"),
            ("the second half of this year", "DATE", "2014-H2"),
            ("this week", "DATE", "2014-W06"),
            ("recent months", "DATE", "PAST_REF"),
            ("about 11 hours", "DURATION", "PT11H"),
            ("December", "DATE", "2013-12"),
            ("Christmas Eve", "DATE", "2013-12-24"),
            ("four weeks", "DURATION", "P4W"),
        ],
    ),
    # Monday 2012-10-22 (ISO week 43), financial-wire earnings preview, byline line "By Kevin
    # Aldous - Oct 22, 2012 6:00 AM ET" (a DATE and a TIME) and "Oct. 22 (Bloomberg) --"
    # dateline (the publication day). Marlow's "fiscal fourth quarter, which ended Sept. 28"
    # (a Friday) gives its calendar: the fiscal year ends in late September and is named by the
    # year it ends (gold_blind9, gold_blind38), so "last quarter" in the lead and "its fiscal
    # fourth quarter" are FY2012-Q4 (July-September 2012), "the year-earlier quarter" FY2011-Q4,
    # "fiscal 2012" FY2012, "its fiscal first quarter" FY2013-Q1, "the fiscal third quarter"
    # FY2012-Q3 and "a year earlier" after it FY2011-Q3, "the end of fiscal 2013" FY2013 (the
    # end of a year takes the year's value, gold_blind35). "the December quarter", named by a
    # calendar month, is calendar 2012-Q4 like "the July-September quarter" (gold_blind28); the
    # apposition "its fiscal first quarter" names the same months. Industry figures are
    # calendar: "the third quarter" 2012-Q3, "a year earlier" 2011-Q3. Results come "after the
    # bell on Thursday" 2012-10-25 and the call "at 5 p.m. New York time on Thursday" (TIME
    # 2012-10-25T17:00 plus the day); Corvent "releases ... on Friday" 2012-10-26 (future),
    # while the shares closed "on Friday" 2012-10-19 (past). "has now lasted more than a year"
    # -> "now" PRESENT_REF and "more than a year" P1Y; "for weeks" -> "weeks" PXW; "the
    # steepest drop in 11 years" P11Y (period of a superlative); "on Oct. 10"; "the spring of
    # 2011" one span; "on Sept. 14" 2012-09-14 (past); "January 2011"; "last month" 2012-09;
    # "by March" 2013-03 (future); "the past four quarters" P4Q (like "the first three
    # quarters" P3Q); "each quarter since 2010" SET P3M and "2010"; "this year" 2012; "the late
    # 1990s" 199; "about every three years" SET P3Y, the modifier kept and not recorded (like
    # "almost every day", gold_blind35); "Now" PRESENT_REF; "five years or more" P5Y (like "six
    # weeks or more", gold_blind42); "last week" 2012-W42. Not annotated: "Quill OS 8", "Quill
    # 8" (an operating system), "Slate Mini", "after the bell" (a trading term, gold_blind38),
    # "quarterly revenue" (the adjective naming the period of a figure, not a recurrence,
    # gold_blind28), "The holiday season" (gold_blind19, gold_blind38), "Marlow's year",
    # "third-largest", "2,000 jobs", "38 cents", prices and percentages.
    "marlow-systems-earnings-preview": (
        "2012-10-22",
        [
            ("Oct 22, 2012", "DATE", "2012-10-22"),
            ("6:00 AM ET", "TIME", "2012-10-22T06:00"),
            ("Oct. 22", "DATE", "2012-10-22"),
            ("last quarter", "DATE", "FY2012-Q4"),
            ("now", "DATE", "PRESENT_REF"),
            ("more than a year", "DURATION", "P1Y"),
            ("its fiscal fourth quarter", "DATE", "FY2012-Q4"),
            ("Sept. 28", "DATE", "2012-09-28"),
            ("Thursday", "DATE", "2012-10-25"),
            ("the year-earlier quarter", "DATE", "FY2011-Q4"),
            ("fiscal 2012", "DATE", "FY2012"),
            ("the December quarter", "DATE", "2012-Q4"),
            ("its fiscal first quarter", "DATE", "FY2013-Q1"),
            ("Friday", "DATE", "2012-10-26"),
            ("weeks", "DURATION", "PXW"),
            ("the third quarter", "DATE", "2012-Q3"),
            ("a year earlier", "DATE", "2011-Q3"),
            ("11 years", "DURATION", "P11Y"),
            ("Oct. 10", "DATE", "2012-10-10"),
            ("the fiscal third quarter", "DATE", "FY2012-Q3"),
            ("a year earlier", "DATE", "FY2011-Q3"),
            ("the spring of 2011", "DATE", "2011-SP"),
            ("Sept. 14", "DATE", "2012-09-14"),
            ("January 2011", "DATE", "2011-01"),
            ("the end of fiscal 2013", "DATE", "FY2013"),
            ("last month", "DATE", "2012-09"),
            ("March", "DATE", "2013-03"),
            ("the past four quarters", "DURATION", "P4Q"),
            ("each quarter", "SET", "P3M"),
            ("2010", "DATE", "2010"),
            ("this year", "DATE", "2012"),
            ("Friday", "DATE", "2012-10-19"),
            ("the late 1990s", "DATE", "199"),
            ("about every three years", "SET", "P3Y"),
            ("Now", "DATE", "PRESENT_REF"),
            ("five years or more", "DURATION", "P5Y"),
            ("last week", "DATE", "2012-W42"),
            ("5 p.m. New York time", "TIME", "2012-10-25T17:00"),
            ("Thursday", "DATE", "2012-10-25"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
