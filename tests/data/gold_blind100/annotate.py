"""Annotations of the hundredth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind100/annotate.py [--show]

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
    # Monday 2012-08-20 (ISO week 34), US online-paper takeover story, headline, deck, bylines,
    # "Updated Aug. 20, 2012 8:14 a.m. ET" (a DATE and a TIME, gold_blind38). The deal was
    # agreed Sunday 2012-08-19 (the finance chief spoke "Sunday night", 2012-08-19TNI), the
    # board met "Saturday afternoon" 2012-08-18TAF, the premium is to the "closing price
    # Friday" 2012-08-17 (and "closed Friday" again at the end); the analyst call "at 8:30
    # a.m. Eastern time Monday" is on the publication day (two TIMEX3), the town-hall meeting
    # "Wednesday" is ahead, 2012-08-22. The deck's "45-Day" and the body's "45-day go-shop
    # period" are DURATION P45D on the adjective (gold_blind38's go-shop "for 45 days"); the
    # go-shop runs from the signing on Aug. 19 to Oct. 3 (45 days, checked with datetime).
    # "The offer expires at 5 p.m. New York time on Oct. 12" -> TIME 2012-10-12T17:00 with
    # the zone in the span and DATE 2012-10-12 (gold_blind29's "5 p.m. Eastern time"). The
    # company's fiscal year is not described, so "second-quarter" results are 2012-Q2 and
    # "the fourth quarter" 2012-Q4; "the first half of 2013" one span 2013-H1. "late last
    # year" takes the year's value, 2011 (gold_blind38's "late 2012"); "the spring" past in
    # August 2012-SP; "mid-July" 2012-07; "later this week" the ISO week of publication,
    # 2012-W34; "since January" 2012-01. "every quarter since 1998" is a SET P3M and a DATE.
    # "within three years" -> "three years"; "five-year term loan" DURATION on the adjective.
    # Not annotated: "Model 2011" (a product, in a story whose "late last year" is 2011),
    # "Form 8-K", "CRGN", "annual cost savings" (a rate, gold_blind38), "a fifth", "a third",
    # "third deal", prices, premiums, the age "59", "1,400 employees".
    "ashwell-corrigan-diagnostics-deal": (
        "2012-08-20",
        [
            ("45-Day", "DURATION", "P45D"),
            ("Aug. 31", "DATE", "2012-08-31"),
            ("Aug. 20, 2012", "DATE", "2012-08-20"),
            ("8:14 a.m. ET", "TIME", "2012-08-20T08:14"),
            ("Sunday", "DATE", "2012-08-19"),
            ("more than a decade", "DURATION", "P10Y"),
            ("this year", "DATE", "2012"),
            ("Friday", "DATE", "2012-08-17"),
            ("the past three months", "DURATION", "P3M"),
            ("second-quarter", "DATE", "2012-Q2"),
            ("Aug. 31", "DATE", "2012-08-31"),
            ("5 p.m. New York time", "TIME", "2012-10-12T17:00"),
            ("Oct. 12", "DATE", "2012-10-12"),
            ("45-day", "DURATION", "P45D"),
            ("Oct. 3", "DATE", "2012-10-03"),
            ("the fourth quarter", "DATE", "2012-Q4"),
            ("the first half of 2013", "DATE", "2013-H1"),
            ("Sunday night", "TIME", "2012-08-19TNI"),
            ("late last year", "DATE", "2011"),
            ("the spring", "DATE", "2012-SP"),
            ("mid-July", "DATE", "2012-07"),
            ("Saturday afternoon", "TIME", "2012-08-18TAF"),
            ("20 years", "DURATION", "P20Y"),
            ("at least two years", "DURATION", "P2Y"),
            ("1987", "DATE", "1987"),
            ("the 1990s", "DATE", "199"),
            ("last year", "DATE", "2011"),
            ("2009", "DATE", "2009"),
            ("recent years", "DATE", "PAST_REF"),
            ("every quarter", "SET", "P3M"),
            ("1998", "DATE", "1998"),
            ("2014", "DATE", "2014"),
            ("three years", "DURATION", "P3Y"),
            ("five-year", "DURATION", "P5Y"),
            ("8:30 a.m. Eastern time", "TIME", "2012-08-20T08:30"),
            ("Monday", "DATE", "2012-08-20"),
            ("Wednesday", "DATE", "2012-08-22"),
            ("later this week", "DATE", "2012-W34"),
            ("Friday", "DATE", "2012-08-17"),
            ("January", "DATE", "2012-01"),
            ("now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Saturday 2015-06-20 (ISO week 25), British Saturday-paper story on a hostile bid's
    # timetable, headline, byline, date line "Saturday 20 June 2015" (one DATE span, like
    # gold_blind35's date lines): the defence document came out "yesterday", Friday
    # 2015-06-19, "two weeks before the first closing date" (P2W, an anchored duration; June
    # 19 to July 3); the shares closed "last night", the evening of yesterday, 2015-06-19TNI
    # (gold_blind35). Chronology in 2015: first proposal 16 February, rejected "two days
    # later" 2015-02-18 (anchored on the last date told, gold_blind38); "since the winter"
    # -> "the winter" 2015-WI (December 2014-February 2015, the winter taking the year of its
    # January, gold_blind28); approaches "in March" 2015-03; the possible offer confirmed on
    # 28 April starts "the 28-day ... period" (P28D), whose deadline is "5pm on 26 May" (TIME
    # 2015-05-26T17:00 and DATE 2015-05-26; 28 April + 28 days = 26 May); the firm offer of
    # 22 May came "four days before" it (P4D); then "a 28-day window" (P28D) to post the offer
    # document, posted on 12 June (Day 0 of the code's timetable). "Day 21", "Day 39", "Day
    # 46" and "Day 60" are DATEs on the day they fall on, counted from 12 June (checked with
    # datetime): 3 July, 21 July, 28 July, 11 August; the headline's "Day 60" is this bid's
    # Day 60 too (see README). "may not return for 12 months" P12M. Kettering's financial
    # year ends in March: "the financial year to March 2016" -> "the financial year" FY2016
    # plus "March 2016" (gold_blind28's "the fiscal year to March 2008"). "last month"
    # 2015-05; the meetings "on Monday and Tuesday" are ahead, 2015-06-22 and 2015-06-23.
    # Not annotated: "the Sunday Times" (a paper, in a Saturday story), "Rule 2.6", "Series
    # 4000", "FTSE 250", "the first closing date" and "the deadline" (event nouns whose dates
    # are annotated), "the calendar", "52-page", "415p", "441p", "6p", percentages, amounts.
    "kettering-rail-branscombe-hostile-bid": (
        "2015-06-20",
        [
            ("Day 60", "DATE", "2015-08-11"),
            ("Saturday 20 June 2015", "DATE", "2015-06-20"),
            ("yesterday", "DATE", "2015-06-19"),
            ("two weeks", "DURATION", "P2W"),
            ("the winter", "DATE", "2015-WI"),
            ("16 February", "DATE", "2015-02-16"),
            ("two days later", "DATE", "2015-02-18"),
            ("March", "DATE", "2015-03"),
            ("28 April", "DATE", "2015-04-28"),
            ("28-day", "DURATION", "P28D"),
            ("22 May", "DATE", "2015-05-22"),
            ("four days", "DURATION", "P4D"),
            ("5pm", "TIME", "2015-05-26T17:00"),
            ("26 May", "DATE", "2015-05-26"),
            ("28-day", "DURATION", "P28D"),
            ("12 June", "DATE", "2015-06-12"),
            ("Day 21", "DATE", "2015-07-03"),
            ("3 July", "DATE", "2015-07-03"),
            ("Day 39", "DATE", "2015-07-21"),
            ("21 July", "DATE", "2015-07-21"),
            ("Day 46", "DATE", "2015-07-28"),
            ("Day 60", "DATE", "2015-08-11"),
            ("11 August", "DATE", "2015-08-11"),
            ("12 months", "DURATION", "P12M"),
            ("three years", "DURATION", "P3Y"),
            ("the financial year", "DATE", "FY2016"),
            ("March 2016", "DATE", "2016-03"),
            ("the next two years", "DURATION", "P2Y"),
            ("last night", "TIME", "2015-06-19TNI"),
            ("last month", "DATE", "2015-05"),
            ("Monday", "DATE", "2015-06-22"),
            ("Tuesday", "DATE", "2015-06-23"),
            ("1868", "DATE", "1868"),
            ("the end of 2017", "DATE", "2017"),
            ("recent years", "DATE", "PAST_REF"),
            ("2011", "DATE", "2011"),
            ("now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Thursday 2014-06-12 (ISO week 24), Canadian online-paper IPO story, headline, byline,
    # "CALGARY — Published Thursday, Jun. 12 2014, 6:00 AM EDT" (the weekday and date one
    # DATE span, the clock time a TIME). The offering was priced "late Wednesday" 2014-06-11
    # (DATE, gold_blind23); the shares "begin trading ... on Thursday", the publication day,
    # with the market "opening at 9:30 a.m. ET" that day; the book was covered "by Tuesday
    # evening" 2014-06-10TEV and closed "on Wednesday morning" 2014-06-11TMO; the interview
    # was "Wednesday night" 2014-06-11TNI. "last fall" said in June is the autumn of 2013,
    # 2013-FA, and "shelved in November" after it 2013-11; "the fall" ahead 2014-FA. The
    # fiscal year follows the calendar (the text says so): "first-quarter" 2014-Q1 with "a
    # year earlier" 2013-Q1, "second-quarter" 2014-Q2, reported "in early August" 2014-08;
    # "starting in September" 2014-09. "two weeks after reporting" P2W (anchored duration);
    # "180-day lock-up", "12-month lock-up", "30-day option" DURATION on the adjective;
    # "a quarterly dividend" SET P3M (gold_blind38); "so far this year" -> "this year" 2014;
    # "the mid-2000s" a decade, 200 (like "the early 1980s" 198 in gold_blind35); "within 12
    # months" (a price target's horizon) P12M. Not annotated: "Rule 144A", "NMK", "since
    # then" (anaphoric), "the calendar", "$17-to-$19", "six times", "fourth fund", "a fifth",
    # "a third", "3.15 million", prices, the age "51".
    "northmark-energy-services-ipo": (
        "2014-06-12",
        [
            ("2012", "DATE", "2012"),
            ("Thursday, Jun. 12 2014", "DATE", "2014-06-12"),
            ("6:00 AM EDT", "TIME", "2014-06-12T06:00"),
            ("late Wednesday", "DATE", "2014-06-11"),
            ("2012", "DATE", "2012"),
            ("May 26", "DATE", "2014-05-26"),
            ("Thursday", "DATE", "2014-06-12"),
            ("9:30 a.m. ET", "TIME", "2014-06-12T09:30"),
            ("Tuesday evening", "TIME", "2014-06-10TEV"),
            ("Wednesday morning", "TIME", "2014-06-11TMO"),
            ("2008", "DATE", "2008"),
            ("180-day", "DURATION", "P180D"),
            ("12-month", "DURATION", "P12M"),
            ("30-day", "DURATION", "P30D"),
            ("last fall", "DATE", "2013-FA"),
            ("November", "DATE", "2013-11"),
            ("May 12", "DATE", "2014-05-12"),
            ("two weeks", "DURATION", "P2W"),
            ("first-quarter", "DATE", "2014-Q1"),
            ("a year earlier", "DATE", "2013-Q1"),
            ("2013", "DATE", "2013"),
            ("2012", "DATE", "2012"),
            ("quarterly", "SET", "P3M"),
            ("September", "DATE", "2014-09"),
            ("second-quarter", "DATE", "2014-Q2"),
            ("early August", "DATE", "2014-08"),
            ("18 months", "DURATION", "P18M"),
            ("recently", "DATE", "PAST_REF"),
            ("Wednesday night", "TIME", "2014-06-11TNI"),
            ("2010", "DATE", "2010"),
            ("the past two years", "DURATION", "P2Y"),
            ("this year", "DATE", "2014"),
            ("the next few months", "DURATION", "PXM"),
            ("the fall", "DATE", "2014-FA"),
            ("2011", "DATE", "2011"),
            ("the mid-2000s", "DATE", "200"),
            ("Now", "DATE", "PRESENT_REF"),
            ("12 months", "DURATION", "P12M"),
        ],
    ),
    # Tuesday 2013-12-10 (ISO week 50), Australian online business story, headline, byline,
    # "Published: December 10, 2013 - 3:00AM" (a DATE and a TIME). The administrators spoke
    # "on Monday" 2013-12-09; the US unit filed "on Sunday" 2013-12-08 (past), while the
    # clearance sale "runs until Sunday" is the coming one, 2013-12-15 (present tense of a
    # scheduled end); the Federal Court ruled "on Friday" 2013-12-06. The Delaware hearing
    # "set for 10am local time on January 14" -> TIME 2014-01-14T10:00 (zone in the span) and
    # DATE 2014-01-14, January being the next one; "a 90-day sale process" P90D. Administrators
    # appointed "last month, on November 18" -> 2013-11 and 2013-11-18; the loan "fell due
    # three days earlier" 2013-11-15 (anchored on November 18). "until at least the end of
    # the year" -> "at least the end of the year" 2013, the modifier kept (gold_blind35's "at
    # least March"); "late last year" 2012; "early next year" 2014; "Earlier this month"
    # 2013-12. "Christmas" (headline and twice in the body) is the day, 2013-12-25
    # (gold_blind38); "into January" 2014-01. "until 9pm every night from December 16": the
    # closing hour of a recurrence XXXX-XX-XXT21:00, "every night" SET XXXX-XX-XXTNI
    # (gold_blind28's curfew), "December 16" a DATE. "the 2013 financial year" is Tallowood's
    # year to June 2013, FY2013 (an Australian July-June year named by the year it ends).
    # The analyst's quoted "a 1990s business in a 2013 market" holds two adjectival DATEs,
    # 199 and 2013 (adjectival years are DATEs, gold_blind35). Not annotated: "Chapter 11"
    # (twice), "Chapter 7", "case No. 13-12874", "$US212 million", "annual leave" (an
    # entitlement), "for the first time", "118", "26 stores", "2,300 staff", "9 cents".
    "tallowood-administration-us-chapter-11": (
        "2013-12-10",
        [
            ("Christmas", "DATE", "2013-12-25"),
            ("December 10, 2013", "DATE", "2013-12-10"),
            ("3:00AM", "TIME", "2013-12-10T03:00"),
            ("at least the end of the year", "DATE", "2013"),
            ("Monday", "DATE", "2013-12-09"),
            ("Sunday", "DATE", "2013-12-08"),
            ("10am local time", "TIME", "2014-01-14T10:00"),
            ("January 14", "DATE", "2014-01-14"),
            ("90-day", "DURATION", "P90D"),
            ("last month", "DATE", "2013-11"),
            ("November 18", "DATE", "2013-11-18"),
            ("three days earlier", "DATE", "2013-11-15"),
            ("late last year", "DATE", "2012"),
            ("the past three weeks", "DURATION", "P3W"),
            ("Sunday", "DATE", "2013-12-15"),
            ("Christmas", "DATE", "2013-12-25"),
            ("January", "DATE", "2014-01"),
            ("January 31", "DATE", "2014-01-31"),
            ("9pm", "TIME", "XXXX-XX-XXT21:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("December 16", "DATE", "2013-12-16"),
            ("every week", "SET", "P1W"),
            ("Christmas", "DATE", "2013-12-25"),
            ("November 28", "DATE", "2013-11-28"),
            ("late February", "DATE", "2014-02"),
            ("Friday", "DATE", "2013-12-06"),
            ("two-month", "DURATION", "P2M"),
            ("Earlier this month", "DATE", "2013-12"),
            ("1961", "DATE", "1961"),
            ("2004", "DATE", "2004"),
            ("2011", "DATE", "2011"),
            ("the 2013 financial year", "DATE", "FY2013"),
            ("three years", "DURATION", "P3Y"),
            ("November 18", "DATE", "2013-11-18"),
            ("early next year", "DATE", "2014"),
            ("1990s", "DATE", "199"),
            ("2013", "DATE", "2013"),
            ("the past decade", "DURATION", "P10Y"),
            ("The next three weeks", "DURATION", "P3W"),
            ("now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Wednesday 2014-09-24 (ISO week 39), British online-paper regulatory story, headline,
    # standfirst, byline, date line "Wednesday 24 September 2014 13.45 BST" (one DATE span
    # and a TIME with the zone in the span, gold_blind28). The authority spoke "on Wednesday",
    # the publication day (and the shares fell "on Wednesday"); "last Wednesday's deadline"
    # in a Wednesday story -> "last Wednesday" the Wednesday a week before, 2014-09-17 (like
    # "last Wednesday" in a Tuesday story, the most recent one before the publication day).
    # "The 24-week review" P24W on the adjective; "the statutory deadline of 10 March" ->
    # "10 March" 2015-03-10 (24 weeks beginning with the reference date, checked with
    # datetime); "up to eight weeks" P8W. Past months of 2014: "agreed in February", "since
    # June"; "next month" 2014-10; "late November", "early December" 2014; "in January" ahead
    # 2015-01; "the spring" ahead in September 2015-SP. "in the past year" P1Y (gold_blind35);
    # "every 10 minutes" SET PT10M; "reviews ... annually" SET P1Y; "within a fortnight" P2W;
    # "the 1980s" 198; "last year" 2013; "guidance for 2014" 2014. Not annotated: "phase 2"
    # (twice) and "phase 1" (stages), "the Enterprise Act 2002" (a statute's name), "X42"
    # (a route), "the calendar", "40 bus routes", "14 towns", "900 buses", "12 depots",
    # "186p", "3%", "9%", "£620m", "£540m".
    "harrowby-lydgate-cma-phase-2": (
        "2014-09-24",
        [
            ("Wednesday 24 September 2014", "DATE", "2014-09-24"),
            ("13.45 BST", "TIME", "2014-09-24T13:45"),
            ("Wednesday", "DATE", "2014-09-24"),
            ("last Wednesday", "DATE", "2014-09-17"),
            ("24-week", "DURATION", "P24W"),
            ("10 March", "DATE", "2015-03-10"),
            ("up to eight weeks", "DURATION", "P8W"),
            ("February", "DATE", "2014-02"),
            ("1 May", "DATE", "2014-05-01"),
            ("June", "DATE", "2014-06"),
            ("30 July", "DATE", "2014-07-30"),
            ("the past year", "DURATION", "P1Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("every 10 minutes", "SET", "PT10M"),
            ("next month", "DATE", "2014-10"),
            ("late November", "DATE", "2014-11"),
            ("early December", "DATE", "2014-12"),
            ("January", "DATE", "2015-01"),
            ("the coming months", "DURATION", "PXM"),
            ("the 1980s", "DATE", "198"),
            ("a fortnight", "DURATION", "P2W"),
            ("Wednesday", "DATE", "2014-09-24"),
            ("last year", "DATE", "2013"),
            ("2014", "DATE", "2014"),
            ("1926", "DATE", "1926"),
            ("1 April", "DATE", "2014-04-01"),
            ("annually", "SET", "P1Y"),
            ("the spring", "DATE", "2015-SP"),
            ("recent years", "DATE", "PAST_REF"),
        ],
    ),
    # Friday 2015-08-28 (ISO week 35), Australian online business retrospective of a completed
    # deal, headline, deck, byline, "Published: Aug 28 2015 at 12:15 AM" (a DATE and a TIME).
    # Wexcombe's fiscal year runs July-June and is named by the year it ends: "the fiscal
    # year ended June 30" -> "the fiscal year" FY2015 plus "June 30" 2015-06-30
    # (gold_blind38); the headline's "full-year" result is that year's, FY2015 (gold_blind28);
    # "fiscal 2014" FY2014, "the end of fiscal 2016" and "fiscal 2016, which began on July
    # 1" FY2016 plus 2015-07-01. "the June quarter", named by a calendar month, is 2015-Q2
    # and "a year earlier" after it 2014-Q2 (gold_blind28's convention for month-named
    # quarters). The results came out "On Thursday" 2015-08-27 (and the shares rose "on
    # Thursday"). Chronology: announced "in March 2013", completed "14 months later" ->
    # 2014-05 (the unit's granularity, anchored on March 2013, like "two months later" in
    # earlier sets); "April 29, 2014" and "10 days later" 2014-05-09; "Two years ago" said in
    # August 2015 -> 2013; "late 2012" 2012; "mid-2014" 2014; "until last month" 2015-07;
    # "about seven weeks" P7W (May 9 to June 30, 2014); "a nine-month competition review"
    # P9M (April 2013 to January 2014). "every year" SET P1Y. Not annotated: "Dairy 2020" (a
    # programme), "in a single session" (a trading session), "over the same period" and
    # "since the deal was completed" (anaphoric, event), "final dividend", "WXF", "ASX 200",
    # "$4.35 a share", "40 cents a share", percentages, amounts, the age "54".
    "wexcombe-lanark-dairies-deal-pays-off": (
        "2015-08-28",
        [
            ("full-year", "DATE", "FY2015"),
            ("2013", "DATE", "2013"),
            ("Aug 28 2015", "DATE", "2015-08-28"),
            ("12:15 AM", "TIME", "2015-08-28T00:15"),
            ("March 2013", "DATE", "2013-03"),
            ("14 months later", "DATE", "2014-05"),
            ("nine-month", "DURATION", "P9M"),
            ("Thursday", "DATE", "2015-08-27"),
            ("the fiscal year", "DATE", "FY2015"),
            ("June 30", "DATE", "2015-06-30"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("about seven weeks", "DURATION", "P7W"),
            ("the end of fiscal 2016", "DATE", "FY2016"),
            ("Two years ago", "DATE", "2013"),
            ("Now", "DATE", "PRESENT_REF"),
            ("late 2012", "DATE", "2012"),
            ("April 2013", "DATE", "2013-04"),
            ("August 2013", "DATE", "2013-08"),
            ("January 2014", "DATE", "2014-01"),
            ("April 29, 2014", "DATE", "2014-04-29"),
            ("10 days later", "DATE", "2014-05-09"),
            ("the past two years", "DURATION", "P2Y"),
            ("mid-2014", "DATE", "2014"),
            ("last month", "DATE", "2015-07"),
            ("every year", "SET", "P1Y"),
            ("the coming months", "DURATION", "PXM"),
            ("the June quarter", "DATE", "2015-Q2"),
            ("a year earlier", "DATE", "2014-Q2"),
            ("October 2", "DATE", "2015-10-02"),
            ("November 19", "DATE", "2015-11-19"),
            ("fiscal 2016", "DATE", "FY2016"),
            ("July 1", "DATE", "2015-07-01"),
            ("Thursday", "DATE", "2015-08-27"),
            ("2008", "DATE", "2008"),
            ("15 years", "DURATION", "P15Y"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
