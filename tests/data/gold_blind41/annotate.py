"""Annotations of the forty-first blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind41/annotate.py [--show]

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
    # Thursday 2014-09-25 (ISO week 39), Politico-style budget-deadline story, stamp "9/25/14
    # 6:48 PM EDT" (the slash date a DATE, the clock time a TIME of its own, gold_blind21,
    # gold_blind22). The House voted Wednesday 2014-09-24 ("Wednesday's vote" the same day,
    # possessive left out); the program lapses "at midnight Tuesday", the midnight that ends
    # Tuesday 2014-09-30, TIME T24:00 with "Tuesday" its own DATE (gold_blind32's "midnight
    # Friday"); the headline's "until Tuesday" is the same day, the last day of the federal
    # fiscal 2014 ("the fiscal year ends on Sept. 30" -> "the fiscal year" FY2014). "said
    # Thursday" is the publication day; "early next week" 2014-W40 (gold_blind32), "Monday
    # night" 2014-09-29TNI, the Senate returns "at 2 p.m. Monday" (two TIMEX3, 2014-09-29).
    # "less than a week left before" the lapse is an anchored duration, P1W. "five-year" and
    # "10-year budget window" are adjectival durations; "every fall" SET XXXX-FA; "18 percent
    # annually" SET P1Y (gold_blind18's "5 percent annually"). "late last year" 2013 (like
    # "late 2001" -> 2001); "mid-2015" 2015; "the end of the year" 2014; "In January" the
    # coming one, 2015-01, when the 114th Congress meets; "the first 100 days" of it P100D
    # (gold_blind14's "its first 100 days"); "in July" past 2014-07, "October" ahead 2014-10.
    # Not annotated: "H.R. 2014" (a bill number, in a 2014 story), "224-191", "114th
    # Congress", "1st District", "the fourth short-term extension", "the lame-duck session",
    # "The last time", "as soon as it reaches his desk", amounts and percentages.
    "storm-insurance-stopgap-house-vote": (
        "2014-09-25",
        [
            ("Tuesday", "DATE", "2014-09-30"),
            ("9/25/14", "DATE", "2014-09-25"),
            ("6:48 PM EDT", "TIME", "2014-09-25T18:48"),
            ("Wednesday", "DATE", "2014-09-24"),
            ("three months", "DURATION", "P3M"),
            ("less than a week", "DURATION", "P1W"),
            ("midnight", "TIME", "2014-09-30T24:00"),
            ("Tuesday", "DATE", "2014-09-30"),
            ("the fiscal year", "DATE", "FY2014"),
            ("Sept. 30", "DATE", "2014-09-30"),
            ("Thursday", "DATE", "2014-09-25"),
            ("early next week", "DATE", "2014-W40"),
            ("Monday night", "TIME", "2014-09-29TNI"),
            ("Oct. 1", "DATE", "2014-10-01"),
            ("Dec. 31", "DATE", "2014-12-31"),
            ("five-year", "DURATION", "P5Y"),
            ("Nov. 4", "DATE", "2014-11-04"),
            ("Wednesday", "DATE", "2014-09-24"),
            ("more than a decade", "DURATION", "P10Y"),
            ("every fall", "SET", "XXXX-FA"),
            ("2012", "DATE", "2012"),
            ("2005", "DATE", "2005"),
            ("July", "DATE", "2014-07"),
            ("five-year", "DURATION", "P5Y"),
            ("10-year", "DURATION", "P10Y"),
            ("late last year", "DATE", "2013"),
            ("fiscal 2013", "DATE", "FY2013"),
            ("annually", "SET", "P1Y"),
            ("mid-2015", "DATE", "2015"),
            ("Thursday", "DATE", "2014-09-25"),
            ("the end of the year", "DATE", "2014"),
            ("January", "DATE", "2015-01"),
            ("the first 100 days", "DURATION", "P100D"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("June 2010", "DATE", "2010-06"),
            ("nearly two weeks", "DURATION", "P2W"),
            ("now", "DATE", "PRESENT_REF"),
            ("October", "DATE", "2014-10"),
            ("two-week", "DURATION", "P2W"),
            ("2 p.m.", "TIME", "2014-09-29T14:00"),
            ("Monday", "DATE", "2014-09-29"),
        ],
    ),
    # Wednesday 2013-07-17 (ISO week 29), Washington Post-style confirmation story, byline line
    # "Published: July 17" (the publication day). The hearing was "on Tuesday", 2013-07-16;
    # two groups endorsed her "on Monday", 2013-07-15; the committee votes "next week"
    # 2013-W30, "probably on Wednesday", the Wednesday of that week, 2013-07-24 (future, not
    # the publication day). The headline's "by end of 2015" -> "end of 2015" DATE 2015 (the
    # headline drops the article). "a 90-day review" and "125-day goal" adjectival durations;
    # "286 days", "119 days" durations; "more than a year" P1Y; "quarterly" SET P3M, "every
    # week" SET P1W, "twice a month" SET P1M. "earlier this month" and "later this month"
    # 2013-07; "in March" past 2013-03; the report "made public March 12" and "Sayles resigned
    # two days later" 2013-03-14, anchored on the last date told; "the past four months"
    # P4M. "mid-2012" 2012; "Now I'm told next year" PRESENT_REF and 2014. The federal fiscal
    # 2014 runs October 2013-September 2014, so "the second quarter of fiscal 2014, which
    # begins in January" is FY2014-Q2 and "January" 2014-01. "the 1990s" 199; "recent years"
    # PAST_REF; "leaves Aug. 2 for a five-week recess" 2013-08-02 and P5W. Not annotated:
    # "Title 38 of the U.S. Code", the age "54", "$537 million", "612,000", "56 regional
    # centers", "two-thirds", "two tours", "When?" (a question, no time named).
    "veterans-claims-nominee-hearing": (
        "2013-07-17",
        [
            ("end of 2015", "DATE", "2015"),
            ("July 17", "DATE", "2013-07-17"),
            ("Tuesday", "DATE", "2013-07-16"),
            ("the end of 2015", "DATE", "2015"),
            ("2010", "DATE", "2010"),
            ("90-day", "DURATION", "P90D"),
            ("more than a year", "DURATION", "P1Y"),
            ("quarterly", "SET", "P3M"),
            ("three years", "DURATION", "P3Y"),
            ("30 months", "DURATION", "P30M"),
            ("now", "DATE", "PRESENT_REF"),
            ("286 days", "DURATION", "P286D"),
            ("119 days", "DURATION", "P119D"),
            ("2009", "DATE", "2009"),
            ("earlier this month", "DATE", "2013-07"),
            ("125-day", "DURATION", "P125D"),
            ("later this month", "DATE", "2013-07"),
            ("March", "DATE", "2013-03"),
            ("March 12", "DATE", "2013-03-12"),
            ("two days later", "DATE", "2013-03-14"),
            ("the past four months", "DURATION", "P4M"),
            ("mid-2012", "DATE", "2012"),
            ("2011", "DATE", "2011"),
            ("mid-2012", "DATE", "2012"),
            ("Now", "DATE", "PRESENT_REF"),
            ("next year", "DATE", "2014"),
            ("the second quarter of fiscal 2014", "DATE", "FY2014-Q2"),
            ("January", "DATE", "2014-01"),
            ("the 1990s", "DATE", "199"),
            ("recent years", "DATE", "PAST_REF"),
            ("next week", "DATE", "2013-W30"),
            ("Wednesday", "DATE", "2013-07-24"),
            ("Aug. 2", "DATE", "2013-08-02"),
            ("five-week", "DURATION", "P5W"),
            ("Monday", "DATE", "2013-07-15"),
            ("every week", "SET", "P1W"),
            ("1981", "DATE", "1981"),
            ("2004", "DATE", "2004"),
            ("2007", "DATE", "2007"),
            ("twice a month", "SET", "P1M"),
        ],
    ),
    # Monday 2014-02-03 (ISO week 6), Politico-style campaign story, stamp "2/3/14 5:12 PM
    # EST", "CEDAR FORKS, Iowa —" dateline. The launch was "on Monday", the publication day
    # ("Cutter said Monday" too); the Manchester fundraiser "on Saturday" 2014-02-01 and
    # Pettit "said Sunday" 2014-02-02 (past); the town hall "at 7 p.m. Tuesday" 2014-02-04 and
    # the stop "on Thursday" 2014-02-06 (future, "will spend this week", 2014-W06). "the 2016
    # race" and the headline's "2016 door" -> "2016", adjectival years; "about 2016" and
    # "decide on 2016" the year of the race, 2016. "the GOP primary in June" 2014-06, "the
    # June 3 primary" 2014-06-03; "Election Day" (twice) the general election of the year,
    # Tuesday 2014-11-04, a named day on the date it falls on (see README). "Four years ago"
    # 2010; "two years" and "the past four years" durations; "for months" -> "months" PXM;
    # "the past year" P1Y; "return in March" 2014-03; "early next year" 2015. "the end of
    # 2013" 2013 and, after it, "the second half of the year" the second half of that year,
    # 2013-H2. "Jan. 28" 2014-01-28; "September" and "October" the most recent, 2013-09 and
    # 2013-10 (past tense); "every four years" SET P4Y, "every week" SET P1W; "until the fall"
    # -> "the fall" ahead in February, 2014-FA. Not annotated: "a two-term Republican" (a
    # count of terms, gold_blind32), "third term", "the Sunday Clarion" (a newspaper), "Title
    # IX", "the 113th Congress", "4th District", "99 counties", "47 percent to 39 percent",
    # "15-point", the ages "58" and "41", amounts.
    "halvorsen-third-term-launch": (
        "2014-02-03",
        [
            ("2016", "DATE", "2016"),
            ("2/3/14", "DATE", "2014-02-03"),
            ("5:12 PM EST", "TIME", "2014-02-03T17:12"),
            ("Monday", "DATE", "2014-02-03"),
            ("2016", "DATE", "2016"),
            ("June", "DATE", "2014-06"),
            ("June 3", "DATE", "2014-06-03"),
            ("Election Day", "DATE", "2014-11-04"),
            ("Four years ago", "DATE", "2010"),
            ("two years", "DURATION", "P2Y"),
            ("the past four years", "DURATION", "P4Y"),
            ("2016", "DATE", "2016"),
            ("months", "DURATION", "PXM"),
            ("Election Day", "DATE", "2014-11-04"),
            ("the past year", "DURATION", "P1Y"),
            ("Saturday", "DATE", "2014-02-01"),
            ("March", "DATE", "2014-03"),
            ("2016", "DATE", "2016"),
            ("early next year", "DATE", "2015"),
            ("1994", "DATE", "1994"),
            ("Sunday", "DATE", "2014-02-02"),
            ("2009", "DATE", "2009"),
            ("the end of 2013", "DATE", "2013"),
            ("the second half of the year", "DATE", "2013-H2"),
            ("Jan. 28", "DATE", "2014-01-28"),
            ("September", "DATE", "2013-09"),
            ("2011", "DATE", "2011"),
            ("2012", "DATE", "2012"),
            ("October", "DATE", "2013-10"),
            ("every four years", "SET", "P4Y"),
            ("Monday", "DATE", "2014-02-03"),
            ("every week", "SET", "P1W"),
            ("this week", "DATE", "2014-W06"),
            ("7 p.m.", "TIME", "2014-02-04T19:00"),
            ("Tuesday", "DATE", "2014-02-04"),
            ("Thursday", "DATE", "2014-02-06"),
            ("the fall", "DATE", "2014-FA"),
        ],
    ),
    # Friday 2012-08-17 (ISO week 33), AP Washington regulatory story, "WASHINGTON (AP) —"
    # dateline without date. The rules were "proposed Thursday" 2012-08-16 (the administrator
    # "said Thursday" the same day); the operators' group "said Friday", the day of the wire;
    # publication in the Federal Register "on Monday" 2012-08-20 opens "a 60-day comment
    # period that ends Oct. 19" (Aug. 20 plus 60 days), 2012-10-19. "effective July 1" ->
    # "July 1" the nearest one ahead, 2013-07-01, after the final rule expected "in the first
    # half of 2013" ("effective" a signal, gold_blind33). The crash of Nov. 14, 2010 (a
    # Sunday) "shortly before 5 a.m." -> TIME 2010-11-14T05:00; "nearly two years after" it
    # an anchored duration P2Y; "the previous two days" the two days before the crash,
    # DURATION P2D. "a 2010 bus safety law" -> "2010"; "October 2011" 2011-10. "at least 10
    # consecutive hours" PT10H, "up to 14 hours" PT14H, "34 hours" PT34H with "every week"
    # SET P1W; "annually" SET P1Y; "every weekend" SET XXXX-WXX-WE; "Saturday nights" SET
    # XXXX-WXX-6TNI (gold_blind20, gold_blind27); "the 2000s" 200; "10 years" P10Y.
    # Not annotated: "Section 8", "Interstate 75", "202-555-0184" (a telephone number), "may
    # simply stop" (the verb), "in that time" (anaphoric), "before every shift", "38
    # passengers", the age "61", "about a third", "9,000 comments", amounts.
    "motorcoach-driver-rest-rule": (
        "2012-08-17",
        [
            ("at least 10 consecutive hours", "DURATION", "PT10H"),
            ("Thursday", "DATE", "2012-08-16"),
            ("nearly two years", "DURATION", "P2Y"),
            ("Monday", "DATE", "2012-08-20"),
            ("60-day", "DURATION", "P60D"),
            ("Oct. 19", "DATE", "2012-10-19"),
            ("July 1", "DATE", "2013-07-01"),
            ("the end of 2014", "DATE", "2014"),
            ("2010", "DATE", "2010"),
            ("October 2011", "DATE", "2011-10"),
            ("Thursday", "DATE", "2012-08-16"),
            ("5 a.m.", "TIME", "2010-11-14T05:00"),
            ("Nov. 14, 2010", "DATE", "2010-11-14"),
            ("about four hours", "DURATION", "PT4H"),
            ("the previous two days", "DURATION", "P2D"),
            ("up to 14 hours", "DURATION", "PT14H"),
            ("34 hours", "DURATION", "PT34H"),
            ("every week", "SET", "P1W"),
            ("annually", "SET", "P1Y"),
            ("six months", "DURATION", "P6M"),
            ("Friday", "DATE", "2012-08-17"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("Saturday nights", "SET", "XXXX-WXX-6TNI"),
            ("the past decade", "DURATION", "P10Y"),
            ("the 2000s", "DATE", "200"),
            ("Sept. 12", "DATE", "2012-09-12"),
            ("Sept. 26", "DATE", "2012-09-26"),
            ("the first half of 2013", "DATE", "2013-H1"),
            ("10 years", "DURATION", "P10Y"),
        ],
    ),
    # Saturday 2012-04-14 (ISO week 15), AP state-capital story on a governor's veto,
    # "JEFFERSON CITY, Mo. (AP) —" dateline without date. The veto came "Friday" 2012-04-13
    # (the message "released late Friday"); the sponsor "said Saturday", the day of the wire,
    # that he met the governor "Thursday night" 2012-04-12TNI and heard nothing "until
    # Thursday" 2012-04-12; the House override vote "could come as soon as Wednesday"
    # 2012-04-18 (future). The House passed the bill "on March 13" and the committee approved
    # it "two days later", 2012-03-15; the Senate "April 2". "the session ends May 18"
    # 2012-05-18; "the veto session that begins Sept. 12" 2012-09-12. Missouri's fiscal year
    # runs July-June and is named by the year it ends: "the fiscal year that begins July 1"
    # FY2013 plus 2012-07-01, "fiscal 2013" FY2013, "fiscal 2017" FY2017. "The cut would have
    # started Jan. 1" -> the coming Jan. 1, 2013-01-01. "in 2010, and a year earlier" -> 2009;
    # "the early 2000s" 200; "last month" 2012-03; "November" 2012-11; "this year" 2012; "Now
    # is not the time" PRESENT_REF. Not annotated: "House Bill 2011" (a bill number, beside
    # "2010" and "2009"), "109-48", "24-9", "the 96th General Assembly", "a two-term
    # Republican", "a first-term governor", "fourth veto", "a march on the Capitol" (the
    # noun), "10 percent", amounts.
    "missouri-business-tax-veto": (
        "2012-04-14",
        [
            ("Friday", "DATE", "2012-04-13"),
            ("five years", "DURATION", "P5Y"),
            ("this year", "DATE", "2012"),
            ("January 2009", "DATE", "2009-01"),
            ("Now", "DATE", "PRESENT_REF"),
            ("late Friday", "DATE", "2012-04-13"),
            ("March 13", "DATE", "2012-03-13"),
            ("two days later", "DATE", "2012-03-15"),
            ("April 2", "DATE", "2012-04-02"),
            ("May 18", "DATE", "2012-05-18"),
            ("Wednesday", "DATE", "2012-04-18"),
            ("Sept. 12", "DATE", "2012-09-12"),
            ("Saturday", "DATE", "2012-04-14"),
            ("about an hour", "DURATION", "PT1H"),
            ("Thursday night", "TIME", "2012-04-12TNI"),
            ("10 days", "DURATION", "P10D"),
            ("Thursday", "DATE", "2012-04-12"),
            ("Jan. 1", "DATE", "2013-01-01"),
            ("the fiscal year", "DATE", "FY2013"),
            ("July 1", "DATE", "2012-07-01"),
            ("fiscal 2017", "DATE", "FY2017"),
            ("fiscal 2013", "DATE", "FY2013"),
            ("the early 2000s", "DATE", "200"),
            ("2010", "DATE", "2010"),
            ("a year earlier", "DATE", "2009"),
            ("1982", "DATE", "1982"),
            ("last month", "DATE", "2012-03"),
            ("November", "DATE", "2012-11"),
        ],
    ),
    # Sunday 2013-11-17 (ISO week 46), Washington Post-style preview of an oversight hearing,
    # date line "Sunday, November 17, 2013" (one DATE span with its weekday). The hearing is
    # "at 9:30 a.m. Tuesday" (two TIMEX3, 2013-11-19) and the headline's adjectival "Tuesday
    # hearing" the same day (gold_blind32's "Tuesday Primary"); the administrator meets staff
    # "Monday afternoon" 2013-11-18TAF and testifies "the next day", 2013-11-19; "Wednesday's
    # committee vote" 2013-11-20 (future); the report was "released late Friday" 2013-11-15,
    # her letter came "on Thursday" 2013-11-14 and the chairman spoke "Saturday" 2013-11-16
    # (past). The federal fiscal year runs October-September: "the end of fiscal 2013 on Sept.
    # 30" -> "the end of fiscal 2013" FY2013 (the year's value, like "the end of 1990") and
    # "Sept. 30" 2013-09-30; "the end of the first quarter of fiscal 2014, or Dec. 31" ->
    # FY2014-Q1 (October-December 2013) and 2013-12-31; "fiscal 2010" FY2010 and "a year
    # earlier" after it FY2009. "since at least 2010" -> "at least 2010", the modifier kept
    # like "at least March" (gold_blind35); "the spring of 2010" 2010-SP; "late last year"
    # 2012; "mid-2011" 2011; "quarterly" SET P3M; "recently" PAST_REF, "soon" FUTURE_REF.
    # Not annotated: "oig.rca.gov/reports/2013-114" (a web address), "H.R. 3310", "21st
    # District", "41 of the agency's 300 grantees", "a mile of cable", amounts.
    "rural-broadband-grants-ig-hearing": (
        "2013-11-17",
        [
            ("Tuesday", "DATE", "2013-11-19"),
            ("Sunday, November 17, 2013", "DATE", "2013-11-17"),
            ("9:30 a.m.", "TIME", "2013-11-19T09:30"),
            ("Tuesday", "DATE", "2013-11-19"),
            ("late Friday", "DATE", "2013-11-15"),
            ("2009", "DATE", "2009"),
            ("2012", "DATE", "2012"),
            ("the end of fiscal 2013", "DATE", "FY2013"),
            ("Sept. 30", "DATE", "2013-09-30"),
            ("more than three years", "DURATION", "P3Y"),
            ("mid-2011", "DATE", "2011"),
            ("Monday afternoon", "TIME", "2013-11-18TAF"),
            ("the next day", "DATE", "2013-11-19"),
            ("Thursday", "DATE", "2013-11-14"),
            ("the coming months", "DURATION", "PXM"),
            ("the end of the first quarter of fiscal 2014", "DATE", "FY2014-Q1"),
            ("Dec. 31", "DATE", "2013-12-31"),
            ("Saturday", "DATE", "2013-11-16"),
            ("at least 2010", "DATE", "2010"),
            ("the spring of 2010", "DATE", "2010-SP"),
            ("late last year", "DATE", "2012"),
            ("four years", "DURATION", "P4Y"),
            ("2009", "DATE", "2009"),
            ("two years", "DURATION", "P2Y"),
            ("fiscal 2010", "DATE", "FY2010"),
            ("a year earlier", "DATE", "FY2009"),
            ("recently", "DATE", "PAST_REF"),
            ("Wednesday", "DATE", "2013-11-20"),
            ("quarterly", "SET", "P3M"),
            ("three years", "DURATION", "P3Y"),
            ("the 1990s", "DATE", "199"),
            ("2011", "DATE", "2011"),
            ("soon", "DATE", "FUTURE_REF"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
