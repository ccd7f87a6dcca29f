"""Annotations of the hundred-and-eighteenth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind118/annotate.py [--show]

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
    # Wednesday 2012-09-12 (ISO week 37), agency wire on an invented central bank's rate
    # decision, "VELSKA, Sept 12 (Ambry News) -" dateline: the decision "on Wednesday" is the
    # publication day. Forward guidance: the headline's "until mid-2015" -> "mid-2015" and the
    # lead's "until at least mid-2015" -> "at least mid-2015" (the modifier kept, like "at least
    # March" in gold_blind35), both 2015 (a middle of a year takes the year, gold_blind51);
    # "six months longer than it had signalled in June" -> the size of a shift, DURATION P6M
    # (gold_blind38, gold_blind51), and "June" 2012-06. "for a considerable time" is not
    # annotated (a vague length with no unit, see README). "2 p.m. local time (1200 GMT)" two
    # TIMEs (gold_blind51); "through late 2014" -> "late 2014" 2014; the governor's "today" the
    # day she spoke, 2012-09-12; "the coming months" PXM; "last week" 2012-W36; "this year"
    # 2012; "before 2014" -> "2014"; the calendar quarters of a national economy "the second
    # quarter" 2012-Q2 and "the first quarter" 2012-Q1. The statistics office spoke "on Friday",
    # 2012-09-07 (past); "a third straight month" DURATION P1M (gold_blind18). "the July 24-25
    # meeting" -> "July 24" 2012-07-24 and the bare "25" 2012-07-25 (gold_blind23's "Sept.
    # 21-22"); "released three weeks later" is anchored on the decision of Wednesday July 25
    # (ISO week 30) and counted at week granularity, 2012-W33 (gold_blind29), which the apposed
    # "Aug. 15" (week 33) confirms; "this week's meeting" -> "this week" 2012-W37; "Oct. 3";
    # "Oct. 23-24" -> "Oct. 23" and "24"; "its quarterly Monetary Policy Report" SET P3M
    # (gold_blind38); "eight times a year" SET P1Y with the count in the span; "December"
    # 2012-12 ahead; "early next year" 2013; "benchmark 10-year bond" DURATION P10Y on the
    # tenor adjective (gold_blind38). Not annotated: "a considerable time", "then" (anaphoric),
    # "0.75 percent", "eight-member", "6-2", "quarter-point", "22 economists", "0.9 percent",
    # "1.4 percent", "0.3 percent", "8.4 percent", "1.6 percent", "2.1 percent", "2 percent",
    # "8.12 per euro", "6 basis points", "1.92 percent", "Minutes" (twice, a document), "the
    # Monetary Policy Report" beyond "quarterly", "pre-crisis", "a record low".
    "solmark-central-bank-holds-until-mid-2015": (
        "2012-09-12",
        [
            ("mid-2015", "DATE", "2015"),
            ("Sept 12", "DATE", "2012-09-12"),
            ("Wednesday", "DATE", "2012-09-12"),
            ("at least mid-2015", "DATE", "2015"),
            ("six months", "DURATION", "P6M"),
            ("June", "DATE", "2012-06"),
            ("two-day", "DURATION", "P2D"),
            ("March 2011", "DATE", "2011-03"),
            ("2 p.m. local time", "TIME", "2012-09-12T14:00"),
            ("1200 GMT", "TIME", "2012-09-12T12:00"),
            ("late 2014", "DATE", "2014"),
            ("today", "DATE", "2012-09-12"),
            ("the coming months", "DURATION", "PXM"),
            ("last week", "DATE", "2012-W36"),
            ("this year", "DATE", "2012"),
            ("2014", "DATE", "2014"),
            ("the second quarter", "DATE", "2012-Q2"),
            ("the first quarter", "DATE", "2012-Q1"),
            ("1997", "DATE", "1997"),
            ("August", "DATE", "2012-08"),
            ("July", "DATE", "2012-07"),
            ("Friday", "DATE", "2012-09-07"),
            ("a third straight month", "DURATION", "P1M"),
            ("July 24", "DATE", "2012-07-24"),
            ("25", "DATE", "2012-07-25"),
            ("three weeks later", "DATE", "2012-W33"),
            ("Aug. 15", "DATE", "2012-08-15"),
            ("this week", "DATE", "2012-W37"),
            ("Oct. 3", "DATE", "2012-10-03"),
            ("Oct. 23", "DATE", "2012-10-23"),
            ("24", "DATE", "2012-10-24"),
            ("quarterly", "SET", "P3M"),
            ("eight times a year", "SET", "P1Y"),
            ("December", "DATE", "2012-12"),
            ("early next year", "DATE", "2013"),
            ("10-year", "DURATION", "P10Y"),
        ],
    ),
    # Tuesday 2015-04-14 (ISO week 16), British paper's website, inflation figures for March,
    # headline, standfirst, byline, date line "Tuesday 14 April 2015 10.47 BST" (a DATE with its
    # weekday and a TIME, gold_blind40). The standfirst's "in March" 2015-03 and "the spring"
    # 2015-SP (the spring now beginning, as in the body). "February's record low" ->
    # "February" 2015-02 (possessive without the "'s"). "the year to March" -> "the year"
    # DURATION P1Y and "March" 2015-03, "to" a signal: the twelve months over which a price
    # index is measured, like "Over the year" and "the three months to October" in gold_blind23
    # (see README). "a fifth month running" DURATION P1M (an ordinal run, gold_blind18);
    # "between February and March" two DATEs; "January" 2015-01; "since December 2013"
    # 2013-12; "the autumn of 2012" one span 2012-FA; "its lowest since 2006" 2006; "the month
    # before" after the March figure is 2015-02 (gold_blind23). The statistician's "the past six
    # months" P6M and "the January sales" -> "January" 2015-01 (the sales just over, like
    # "January sales" in gold_blind67). "the April figures" -> "April" 2015-04 (a report's
    # month as an adjective, gold_blind51), "due on 19 May" 2015-05-19; "began in 1989".
    # "last Thursday" in a Tuesday paper is the most recent Thursday, 2015-04-09 (gold_blind8),
    # "since March 2009", "22 April" ahead. "this year" 2015; "now" PRESENT_REF twice;
    # "February 2016"; "due tomorrow" 2015-04-15; "the three months to February" -> "the three
    # months" P3M and "February" 2015-02 (gold_blind23); "three weeks before the general
    # election" an anchored duration P3W (gold_blind35), "7 May" 2015-05-07; "collects ...
    # each month" SET P1M. Not annotated: "0.2%" (three times), "2.9%", "2%" (twice), "3%",
    # "1.0%" (twice), "0.9%", "0.5%", "180,000 prices", "700 items", "141 locations", "Bank
    # rate", "CPI", "the minutes of that meeting", "that meeting", "record low", "once".
    "uk-inflation-holds-march-clothing": (
        "2015-04-14",
        [
            ("March", "DATE", "2015-03"),
            ("the spring", "DATE", "2015-SP"),
            ("Tuesday 14 April 2015", "DATE", "2015-04-14"),
            ("10.47 BST", "TIME", "2015-04-14T10:47"),
            ("March", "DATE", "2015-03"),
            ("February", "DATE", "2015-02"),
            ("the year", "DURATION", "P1Y"),
            ("March", "DATE", "2015-03"),
            ("a fifth month running", "DURATION", "P1M"),
            ("February", "DATE", "2015-02"),
            ("March", "DATE", "2015-03"),
            ("January", "DATE", "2015-01"),
            ("December 2013", "DATE", "2013-12"),
            ("the autumn of 2012", "DATE", "2012-FA"),
            ("2006", "DATE", "2006"),
            ("the month before", "DATE", "2015-02"),
            ("the past six months", "DURATION", "P6M"),
            ("January", "DATE", "2015-01"),
            ("the spring", "DATE", "2015-SP"),
            ("April", "DATE", "2015-04"),
            ("19 May", "DATE", "2015-05-19"),
            ("1989", "DATE", "1989"),
            ("last Thursday", "DATE", "2015-04-09"),
            ("March 2009", "DATE", "2009-03"),
            ("22 April", "DATE", "2015-04-22"),
            ("this year", "DATE", "2015"),
            ("now", "DATE", "PRESENT_REF"),
            ("February 2016", "DATE", "2016-02"),
            ("now", "DATE", "PRESENT_REF"),
            ("tomorrow", "DATE", "2015-04-15"),
            ("the three months", "DURATION", "P3M"),
            ("February", "DATE", "2015-02"),
            ("three weeks", "DURATION", "P3W"),
            ("7 May", "DATE", "2015-05-07"),
            ("each month", "SET", "P1M"),
        ],
    ),
    # Thursday 2013-12-05 (ISO week 49), agency wire on the ECB's monthly press conference,
    # "FRANKFURT, Dec 5 (Tamar Wire) -" dateline; the decision "on Thursday" is the publication
    # day. The headline's and lead's "through 2015" -> "2015"; "a month after an unexpected cut"
    # an anchored duration P1M (gold_blind35). "at 1:45 p.m. (1245 GMT)" two TIMEs, "at 2:30
    # p.m." a TIME on the day; "just over an hour" PT1H with the modifier kept; "the monthly
    # news conference" SET P1M, an adjectival frequency naming a recurring event like
    # "quarterly inflation report" (gold_blind38); "published quarterly" SET P3M; "now"
    # PRESENT_REF; "extended by a year" the size of a shift, P1Y (gold_blind51); "2014",
    # "2015"; "the medium term" FUTURE_REF (gold_blind23). "in November from ... in October"
    # 2013-11 and 2013-10; "late 2009" 2009; "last Friday" in a Thursday story is the most
    # recent Friday, 2013-11-29 (gold_blind8); the calendar quarters 2013-Q3 and 2013-Q2;
    # "on Wednesday" 2013-12-04 (past). "two three-year loan operations" -> "three-year" P3Y
    # (an adjectival duration, the loans' term); "December 2011", "February 2012"; "every week"
    # SET P1W; "November 2014"; "starts in February" 2014-02 ahead; "about nine months" P9M;
    # "Jan. 1" 2014-01-01, "Jan. 9" 2014-01-09; the economist's "until January" 2014-01, "the
    # December inflation figures" -> "December" 2013-12 (a report's month, gold_blind23), "the
    # first half of next year" 2014-H1, "before Christmas" 2013-12-25; "since late October"
    # 2013-10. Not annotated: "for as long as necessary" (gold_blind51), "17-nation", "18th",
    # "0.25 percent", "0.9 percent", "0.7 percent", "0.1 percent", "0.3 percent", "40 percent",
    # "1 trillion euros", "1.1 percent", "1.3 percent", "2 percent", "$1.3620", "a record low",
    # "the next rate meeting" beyond its date, "flash estimate", "the news conference" (twice).
    "ecb-holds-rates-inflation-below-target-2015": (
        "2013-12-05",
        [
            ("2015", "DATE", "2015"),
            ("Dec 5", "DATE", "2013-12-05"),
            ("Thursday", "DATE", "2013-12-05"),
            ("a month", "DURATION", "P1M"),
            ("2015", "DATE", "2015"),
            ("1:45 p.m.", "TIME", "2013-12-05T13:45"),
            ("1245 GMT", "TIME", "2013-12-05T12:45"),
            ("monthly", "SET", "P1M"),
            ("2:30 p.m.", "TIME", "2013-12-05T14:30"),
            ("just over an hour", "DURATION", "PT1H"),
            ("quarterly", "SET", "P3M"),
            ("now", "DATE", "PRESENT_REF"),
            ("a year", "DURATION", "P1Y"),
            ("2014", "DATE", "2014"),
            ("2015", "DATE", "2015"),
            ("the medium term", "DATE", "FUTURE_REF"),
            ("November", "DATE", "2013-11"),
            ("October", "DATE", "2013-10"),
            ("late 2009", "DATE", "2009"),
            ("last Friday", "DATE", "2013-11-29"),
            ("the third quarter", "DATE", "2013-Q3"),
            ("the second quarter", "DATE", "2013-Q2"),
            ("Wednesday", "DATE", "2013-12-04"),
            ("three-year", "DURATION", "P3Y"),
            ("December 2011", "DATE", "2011-12"),
            ("February 2012", "DATE", "2012-02"),
            ("every week", "SET", "P1W"),
            ("November 2014", "DATE", "2014-11"),
            ("February", "DATE", "2014-02"),
            ("about nine months", "DURATION", "P9M"),
            ("Jan. 1", "DATE", "2014-01-01"),
            ("Jan. 9", "DATE", "2014-01-09"),
            ("January", "DATE", "2014-01"),
            ("December", "DATE", "2013-12"),
            ("the first half of next year", "DATE", "2014-H1"),
            ("Christmas", "DATE", "2013-12-25"),
            ("late October", "DATE", "2013-10"),
        ],
    ),
    # Saturday 2014-08-02 (ISO week 31), an Asian local daily printing an invented central
    # bank's statement, headline, byline, date line "Saturday, 2 August 2014", "PORT SERAYA:"
    # dateline. The paper's own "yesterday" is Friday 2014-08-01, the day of the decision,
    # "at 6pm" that day; "first hike in three years" (headline) -> "three years" P3Y (the
    # period of a "first in", gold_blind35), "since May 2011"; "last week" 2014-W30; "from
    # Monday" 2014-08-04 (and "open firmer on Monday" the same day); "monthly instalments" SET
    # P1M (payments recur, like "monthly payments" in gold_blind67); "from next month" 2014-09.
    # The reproduced statement is read against its own date, "1 August 2014" (header and
    # sign-off, two DATEs): its "today" is 2014-08-01 (gold_blind70's "each document against
    # its own date"; the paper's word for that day is "yesterday"). In it: "the first quarter
    # of 2014" 2014-Q1, "the second quarter" 2014-Q2, "five consecutive months" P5M
    # (gold_blind103), "June" 2014-06, "the first half of the year" 2014-H1, "until mid-2015"
    # 2015, "15 July" 2014-07-15, "the past five years" P5Y, "the 2014-15 fiscal year" FY2015
    # (an April-March government year named by the year it ends, gold_blind93) with "31 March
    # 2015" its own DATE, "the coming months" PXM, "13 and 14 November 2014" -> the bare "13"
    # 2014-11-13 and "14 November 2014", "six times a year" SET P1Y. After it: "this year" and
    # "2014" 2014; "at least the first quarter of next year" 2015-Q1 with the modifier kept;
    # "the past week" P1W. Not annotated: "Ref: KRB/MPS/04/2014" (a reference code that looks
    # like a month and a year), "3.25pc", "3.25 per cent" (twice), "25 basis points", "14 of 19
    # economists", "1.2 million", "6.2 per cent", "3.3 per cent", "3.2 per cent", "3 per cent",
    # "86 per cent", "3.5 per cent", "0.4 per cent", "One and done", "OPR", "MPC".
    "kalindra-reserve-bank-raises-opr": (
        "2014-08-02",
        [
            ("three years", "DURATION", "P3Y"),
            ("Saturday, 2 August 2014", "DATE", "2014-08-02"),
            ("yesterday", "DATE", "2014-08-01"),
            ("May 2011", "DATE", "2011-05"),
            ("6pm", "TIME", "2014-08-01T18:00"),
            ("last week", "DATE", "2014-W30"),
            ("Monday", "DATE", "2014-08-04"),
            ("monthly", "SET", "P1M"),
            ("next month", "DATE", "2014-09"),
            ("1 August 2014", "DATE", "2014-08-01"),
            ("today", "DATE", "2014-08-01"),
            ("the first quarter of 2014", "DATE", "2014-Q1"),
            ("the second quarter", "DATE", "2014-Q2"),
            ("five consecutive months", "DURATION", "P5M"),
            ("June", "DATE", "2014-06"),
            ("the first half of the year", "DATE", "2014-H1"),
            ("mid-2015", "DATE", "2015"),
            ("15 July", "DATE", "2014-07-15"),
            ("the past five years", "DURATION", "P5Y"),
            ("the 2014-15 fiscal year", "DATE", "FY2015"),
            ("31 March 2015", "DATE", "2015-03-31"),
            ("the coming months", "DURATION", "PXM"),
            ("13", "DATE", "2014-11-13"),
            ("14 November 2014", "DATE", "2014-11-14"),
            ("six times a year", "SET", "P1Y"),
            ("1 August 2014", "DATE", "2014-08-01"),
            ("this year", "DATE", "2014"),
            ("2014", "DATE", "2014"),
            ("at least the first quarter of next year", "DATE", "2015-Q1"),
            ("the past week", "DURATION", "P1W"),
            ("Monday", "DATE", "2014-08-04"),
        ],
    ),
    # Sunday 2015-12-13 (ISO week 50), US paper's explainer, headline, byline, date line
    # "Sunday, December 13, 2015". The Fed's decision "on Wednesday" and "at 2 p.m. Eastern time
    # Wednesday" are the coming Wednesday, 2015-12-16, with "2:30 p.m." that day (a clock time
    # and its day separate TIMEX3, the zone in the span, gold_blind38); "on Thursday" (a past
    # weekly survey) 2015-12-10. "for seven years" P7Y; "within weeks" -> "weeks" PXW; "within a
    # day" -> "a day" P1D; "by February" 2016-02 ahead; the tenors "30-year" (twice) P30Y,
    # "10-year" P10Y, "15-year" P15Y and "60-month" P60M are adjectival durations (gold_blind38);
    # "since the summer" 2015-SU; "weekly survey" SET P1W (a recurring publication, like
    # "quarterly survey" in gold_blind51); "for five years" P5Y, "once a year" SET P1Y, "in
    # 2011", "next year" 2016 (twice); "adjust monthly" SET P1M; "the January statement" ->
    # "January" 2016-01; "the end of the year" 2015; "since 2009"; "within a month" -> "a month"
    # P1M; "in 2012"; "12 years" P12Y (time left on a loan); "last spring" in December 2015 is
    # 2015-SP; "Now" PRESENT_REF; "Jan. 26-27" -> "Jan. 26" and the bare "27". "this week" is
    # not used in the Sunday paper (the ISO or the US week, gold_blind56). Not annotated: "5/1"
    # (an adjustable-rate mortgage type, five years fixed then yearly, not May 1), "one or two
    # billing cycles", "a quarter of a percentage point", "zero-percent", "3.95 percent", "3.1
    # percent", "41" (an age), "four increases", "1-800-555-2016" (a phone number holding 2016),
    # "the prime rate", "prime", "the meeting after this one" beyond its dates.
    "fed-rate-rise-what-it-means-for-borrowers": (
        "2015-12-13",
        [
            ("Sunday, December 13, 2015", "DATE", "2015-12-13"),
            ("Wednesday", "DATE", "2015-12-16"),
            ("seven years", "DURATION", "P7Y"),
            ("weeks", "DURATION", "PXW"),
            ("a day", "DURATION", "P1D"),
            ("February", "DATE", "2016-02"),
            ("30-year", "DURATION", "P30Y"),
            ("10-year", "DURATION", "P10Y"),
            ("the summer", "DATE", "2015-SU"),
            ("30-year", "DURATION", "P30Y"),
            ("Thursday", "DATE", "2015-12-10"),
            ("weekly", "SET", "P1W"),
            ("five years", "DURATION", "P5Y"),
            ("once a year", "SET", "P1Y"),
            ("2011", "DATE", "2011"),
            ("next year", "DATE", "2016"),
            ("monthly", "SET", "P1M"),
            ("January", "DATE", "2016-01"),
            ("60-month", "DURATION", "P60M"),
            ("the end of the year", "DATE", "2015"),
            ("2009", "DATE", "2009"),
            ("a month", "DURATION", "P1M"),
            ("2012", "DATE", "2012"),
            ("15-year", "DURATION", "P15Y"),
            ("12 years", "DURATION", "P12Y"),
            ("last spring", "DATE", "2015-SP"),
            ("Now", "DATE", "PRESENT_REF"),
            ("next year", "DATE", "2016"),
            ("2 p.m. Eastern time", "TIME", "2015-12-16T14:00"),
            ("Wednesday", "DATE", "2015-12-16"),
            ("2:30 p.m.", "TIME", "2015-12-16T14:30"),
            ("Jan. 26", "DATE", "2016-01-26"),
            ("27", "DATE", "2016-01-27"),
        ],
    ),
    # Friday 2014-12-05 (ISO week 49), British paper's markets live page, newest post first,
    # headline, standfirst, byline, "Friday 5 December 2014 16.48 GMT" and "First published on
    # Friday 5 December 2014 08.02 GMT" (each a DATE and a TIME, gold_blind75); post stamps
    # "4.48pm GMT" to "8.02am GMT" are TIMEs on the page's day (gold_blind9, gold_blind75), and
    # words inside a post are read from its stamp. Standfirst: "in November" 2014-11, "the most
    # in almost three years" P3Y (the period of a superlative), "by mid-2015" 2015. "That's all
    # for today" 2014-12-05; "ending the week" -> "the week" 2014-W49 (gold_blind38's "down for
    # the week"); "back on Monday morning" 2014-12-08TMO; "the first half-hour of trading" ->
    # "the first half-hour" PT30M (an ordinal period, like "its first hour" in gold_blind23 and
    # "the last half-hour" in gold_blind24). The economist: "since January 2012", "in November",
    # "in June" 2015-06 ahead, "now", "on 16 and 17 December" -> the bare "16" 2014-12-16 and
    # "17 December" 2014-12-17; the quoted "a considerable time" is not annotated (see README).
    # "October's figure" -> "October" 2014-10; "the third quarter" 2014-Q3 and "a year earlier"
    # after it 2013-Q3 (gold_blind35). "A quick recap of yesterday" 2014-12-04; "early next
    # year" 2015; "for 69 months" P69M (March 2009-December 2014); "22 January" 2015-01-22;
    # "17 December" 2014-12-17. "Today's big event" -> "Today"; "at 1.30pm GMT (8.30am in New
    # York)" two TIMEs, each clock time as written (gold_blind51); "November's payrolls" ->
    # "November"; "since October 2009"; "on 27 November" 2014-11-27; "so far this week" -> "this
    # week" 2014-W49 ("so far" left out, gold_blind19). Not annotated: "a third weekly fall" (the
    # adjective names the period of a price move, not a recurrence, like "its usual monthly
    # total" in gold_blind103), "314,000" (twice), "230,000" (twice), "249,000", "214,000",
    # "5.7%", "0.2%", "0.8%", "0.5%", "0.4%" (twice), "0.6%", "1.2%", "21 points", "6,742",
    # "17,958", "$69.50 a barrel", "FTSE 100" (three times), "as it happened", "a record".
    "us-jobs-report-markets-live": (
        "2014-12-05",
        [
            ("November", "DATE", "2014-11"),
            ("almost three years", "DURATION", "P3Y"),
            ("mid-2015", "DATE", "2015"),
            ("Friday 5 December 2014", "DATE", "2014-12-05"),
            ("16.48 GMT", "TIME", "2014-12-05T16:48"),
            ("Friday 5 December 2014", "DATE", "2014-12-05"),
            ("08.02 GMT", "TIME", "2014-12-05T08:02"),
            ("4.48pm GMT", "TIME", "2014-12-05T16:48"),
            ("today", "DATE", "2014-12-05"),
            ("the week", "DATE", "2014-W49"),
            ("Monday morning", "TIME", "2014-12-08TMO"),
            ("3.10pm GMT", "TIME", "2014-12-05T15:10"),
            ("the first half-hour", "DURATION", "PT30M"),
            ("1.45pm GMT", "TIME", "2014-12-05T13:45"),
            ("January 2012", "DATE", "2012-01"),
            ("November", "DATE", "2014-11"),
            ("June", "DATE", "2015-06"),
            ("now", "DATE", "PRESENT_REF"),
            ("16", "DATE", "2014-12-16"),
            ("17 December", "DATE", "2014-12-17"),
            ("1.31pm GMT", "TIME", "2014-12-05T13:31"),
            ("November", "DATE", "2014-11"),
            ("October", "DATE", "2014-10"),
            ("11.20am GMT", "TIME", "2014-12-05T11:20"),
            ("the third quarter", "DATE", "2014-Q3"),
            ("a year earlier", "DATE", "2013-Q3"),
            ("9.05am GMT", "TIME", "2014-12-05T09:05"),
            ("yesterday", "DATE", "2014-12-04"),
            ("early next year", "DATE", "2015"),
            ("69 months", "DURATION", "P69M"),
            ("22 January", "DATE", "2015-01-22"),
            ("17 December", "DATE", "2014-12-17"),
            ("8.02am GMT", "TIME", "2014-12-05T08:02"),
            ("Today", "DATE", "2014-12-05"),
            ("1.30pm GMT", "TIME", "2014-12-05T13:30"),
            ("8.30am", "TIME", "2014-12-05T08:30"),
            ("November", "DATE", "2014-11"),
            ("October 2009", "DATE", "2009-10"),
            ("27 November", "DATE", "2014-11-27"),
            ("this week", "DATE", "2014-W49"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
