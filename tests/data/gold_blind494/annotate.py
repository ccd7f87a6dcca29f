"""Annotations of blind gold set 494, chosen by hand before the tagger ran.

    python tests/data/gold_blind494/annotate.py [--show]

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
    # Wednesday 1990-05-16 (ISO week 20), business-paper daily stock-market report, headline,
    # byline "Staff Reporter", date line "Wednesday, May 16, 1990" (one DATE span,
    # gold_blind33), "NEW YORK --" dateline. The session told is "yesterday", Tuesday
    # 1990-05-15, so its clock times without a named day ("shortly after 11 a.m." -> "11 a.m.",
    # "about 3 o'clock" with the approximator kept, "the 4 p.m. close" -> "4 p.m.") and
    # "Yesterday morning" / "By the afternoon" take that day (gold_blind33's "By 2 p.m.").
    # "Final Hour" (headline) and "the final hour" DURATION PT1H (gold_blind6). Past weekdays:
    # "Monday" (four times: "Monday's gain", "from 139.8 million Monday", "said Monday", "from
    # 8.68% Monday") 1990-05-14, "late Monday" the same day, "last Thursday" in a Wednesday
    # paper the most recent Thursday 1990-05-10 (gold_blind8, gold_blind49). Future: "due
    # tomorrow at 8:30 a.m." 1990-05-17 and 1990-05-17T08:30, "Thursday morning" the same
    # morning 1990-05-17TMO; "Monday, May 28" one span with its weekday, and "Memorial Day"
    # (the last Monday of May) the same day. "the week ended May 4" -> "the week" 1990-W18
    # (the ISO week holding that Friday) plus "May 4" (gold_blind33). "the April consumer price
    # report" and "April traffic" -> "April" 1990-04 (a report's month as an adjective,
    # gold_blind33); "a year earlier" after April traffic 1989-04; "late April" 1990-04;
    # "first-quarter" 1990-Q1; "the fourth quarter" 1990-Q4 (a company whose fiscal year is not
    # described); "six months later than planned" DURATION P6M (the size of a delay,
    # gold_blind35); "every week" SET P1W; "quarterly dividend" SET P3M, "payable July 2 to
    # stock of record June 8"; "Gold for June delivery" 1990-06; "the next few weeks" PXW;
    # "since January" 1990-01; "the summer of 1989" 1989-SU. Not annotated: "Early Rally" and
    # "A late wave" (adjectives of manner), "its third monthly decline" (the period of a
    # figure, not a recurrence, like "a monthly rise" in gold_blind23), "Model 2400",
    # "500-stock", "2,801.58", "2,812.09", "2,800", "12 points", "19 points", "23.61 points",
    # "14.12 points", "3/8 point", "8.71%", "8.68%", "12.4%", "a dozen times", "the record",
    # "close" in "the 4 p.m. close" beyond "4 p.m.", prices and volumes.
    "stocks-slide-late-program-selling": (
        "1990-05-16",
        [
            ("Final Hour", "DURATION", "PT1H"),
            ("Wednesday, May 16, 1990", "DATE", "1990-05-16"),
            ("yesterday", "DATE", "1990-05-15"),
            ("11 a.m.", "TIME", "1990-05-15T11:00"),
            ("the final hour", "DURATION", "PT1H"),
            ("Monday", "DATE", "1990-05-14"),
            ("last Thursday", "DATE", "1990-05-10"),
            ("Monday", "DATE", "1990-05-14"),
            ("Yesterday morning", "TIME", "1990-05-15TMO"),
            ("the afternoon", "TIME", "1990-05-15TAF"),
            ("about 3 o'clock", "TIME", "1990-05-15T15:00"),
            ("4 p.m.", "TIME", "1990-05-15T16:00"),
            ("the week", "DATE", "1990-W18"),
            ("May 4", "DATE", "1990-05-04"),
            ("Monday", "DATE", "1990-05-14"),
            ("every week", "SET", "P1W"),
            ("April", "DATE", "1990-04"),
            ("tomorrow", "DATE", "1990-05-17"),
            ("8:30 a.m.", "TIME", "1990-05-17T08:30"),
            ("Thursday morning", "TIME", "1990-05-17TMO"),
            ("the past six weeks", "DURATION", "P6W"),
            ("the summer of 1989", "DATE", "1989-SU"),
            ("first-quarter", "DATE", "1990-Q1"),
            ("late April", "DATE", "1990-04"),
            ("yesterday", "DATE", "1990-05-15"),
            ("Monday", "DATE", "1990-05-14"),
            ("the fourth quarter", "DATE", "1990-Q4"),
            ("six months", "DURATION", "P6M"),
            ("quarterly", "SET", "P3M"),
            ("July 2", "DATE", "1990-07-02"),
            ("June 8", "DATE", "1990-06-08"),
            ("late Monday", "DATE", "1990-05-14"),
            ("April", "DATE", "1990-04"),
            ("a year earlier", "DATE", "1989-04"),
            ("this year", "DATE", "1990"),
            ("June", "DATE", "1990-06"),
            ("the next few weeks", "DURATION", "PXW"),
            ("January", "DATE", "1990-01"),
            ("Monday, May 28", "DATE", "1990-05-28"),
            ("Memorial Day", "DATE", "1990-05-28"),
        ],
    ),
    # Monday 1991-02-11 (ISO week 7), business-paper analysts' column on one company's shares,
    # section label "SHARE WATCH", headline, byline, date line "Monday, February 11, 1991",
    # "NEW YORK --" dateline. Tessaly's fiscal year ends in September ("whose fiscal year ends
    # in September", present tense -> the current year's September 1991-09, like "whose fiscal
    # year ends June 30" in gold_blind33), so fiscal 1991 runs October 1990-September 1991 and
    # its quarters are FY1991-Qn (gold_blind23, gold_blind33): "its fiscal first quarter, ended
    # Dec. 31" FY1991-Q1 (the possessive kept, gold_blind38) plus 1990-12-31, "first-quarter"
    # FY1991-Q1 and "a year earlier" after it FY1990-Q1, "the fiscal third quarter, which runs
    # from April through June" FY1991-Q3 with 1991-04 and 1991-06, "the fourth quarter" (Mr.
    # March's quote, the company's own quarter) FY1991-Q4, "the fiscal second quarter, which
    # ends March 31" FY1991-Q2 plus 1991-03-31, "fiscal 1992, which begins Oct. 1" FY1992 plus
    # 1991-10-01. Past weekdays: "closed Friday" and "Friday's price" 1991-02-08, "last
    # Tuesday" in a Monday paper 1991-02-05 (the Tuesday of the week before, gold_blind65).
    # Future: the meeting "Wednesday at 9 a.m." 1991-02-13 and 1991-02-13T09:00. "For most of
    # the past year" -> "the past year" P1Y ("most of" left out, gold_blind23); "lost half its
    # value in seven months" P7M (how long a past change took, gold_blind35); "on Jan. 17, a
    # day after the company warned" -> "a day" DURATION P1D (a duration anchored to an event,
    # like "a week after a federal jury" in gold_blind33); "52-week" P52W; "last July"
    # 1990-07; "since October" 1990-10; "the past 18 months" P18M; "every quarter" SET P3M;
    # "two years" P2Y; "as of Jan. 15" -> "Jan. 15" ("as of" a signal, gold_blind30);
    # "mid-December" 1990-12; "the February figures" 1991-02 (a report's month as an
    # adjective); "Feb. 21"; "1983"; "the mid-1980s" 198; "in November" (a past plan)
    # 1990-11; "until the summer" 1991-SU; "Now" and "now" PRESENT_REF; "The next few weeks"
    # PXW. Not annotated: "TX-1991" (a product, twice, in a 1991 story), "Gerald March" and
    # "Mr. March" (an analyst, before "March 31"), "No. 3", "3.5-inch", "6 1/4-point",
    # "3/8", "11 times", "three times", "58" (an age), "early" and "late" in "I'd rather be
    # early than late" (manner, no time named), prices and amounts.
    "tessaly-computer-analysts-split": (
        "1991-02-11",
        [
            ("Monday, February 11, 1991", "DATE", "1991-02-11"),
            ("the past year", "DURATION", "P1Y"),
            ("Now", "DATE", "PRESENT_REF"),
            ("last July", "DATE", "1990-07"),
            ("Friday", "DATE", "1991-02-08"),
            ("seven months", "DURATION", "P7M"),
            ("Jan. 17", "DATE", "1991-01-17"),
            ("a day", "DURATION", "P1D"),
            ("its fiscal first quarter", "DATE", "FY1991-Q1"),
            ("Dec. 31", "DATE", "1990-12-31"),
            ("52-week", "DURATION", "P52W"),
            ("Jan. 29", "DATE", "1991-01-29"),
            ("September", "DATE", "1991-09"),
            ("first-quarter", "DATE", "FY1991-Q1"),
            ("Jan. 24", "DATE", "1991-01-24"),
            ("a year earlier", "DATE", "FY1990-Q1"),
            ("last Tuesday", "DATE", "1991-02-05"),
            ("the fiscal third quarter", "DATE", "FY1991-Q3"),
            ("April", "DATE", "1991-04"),
            ("June", "DATE", "1991-06"),
            ("the fourth quarter", "DATE", "FY1991-Q4"),
            ("Friday", "DATE", "1991-02-08"),
            ("fiscal 1992", "DATE", "FY1992"),
            ("Oct. 1", "DATE", "1991-10-01"),
            ("October", "DATE", "1990-10"),
            ("the past 18 months", "DURATION", "P18M"),
            ("the fiscal second quarter", "DATE", "FY1991-Q2"),
            ("March 31", "DATE", "1991-03-31"),
            ("every quarter", "SET", "P3M"),
            ("two years", "DURATION", "P2Y"),
            ("Jan. 15", "DATE", "1991-01-15"),
            ("mid-December", "DATE", "1990-12"),
            ("February", "DATE", "1991-02"),
            ("Feb. 21", "DATE", "1991-02-21"),
            ("1983", "DATE", "1983"),
            ("the mid-1980s", "DATE", "198"),
            ("Wednesday", "DATE", "1991-02-13"),
            ("9 a.m.", "TIME", "1991-02-13T09:00"),
            ("November", "DATE", "1990-11"),
            ("now", "DATE", "PRESENT_REF"),
            ("the summer", "DATE", "1991-SU"),
            ("The next few weeks", "DURATION", "PXW"),
        ],
    ),
    # Tuesday 1990-07-10 (ISO week 28), business-paper quarterly mutual-fund review, section
    # label "MUTUAL FUNDS: Quarterly Review", headline, byline, date line "Tuesday, July 10,
    # 1990", "NEW YORK --" dateline, a performance box. "Quarterly" in the label is the
    # adjective of a review run every quarter, SET P3M (like "quarterly dividend" and "Weekly
    # claims", gold_blind6, gold_blind33). "Best Quarter in More Than a Year" (headline) and
    # "their best quarter in more than a year" -> DURATION P1Y, the period of a superlative
    # (gold_blind23). "last winter" in July 1990 is the winter of 1989-90, 1990-WI (a winter
    # takes the year of its January, gold_blind10, gold_blind103); the money it brought came
    # "in January and February" 1990-01 and 1990-02. Calendar quarters (no fiscal year):
    # "the second quarter, which ended June 30" 1990-Q2 plus 1990-06-30, "the first half"
    # 1990-H1, "the first quarter" 1990-Q1, "the quarter" (twice) 1990-Q2, "The fourth quarter
    # of last year" one span 1989-Q4 (like "the fourth quarter of 1988", gold_blind33), "the
    # third quarter" ahead 1990-Q3. The box's heading "periods ended June 30" gives "June 30";
    # its column heads "Second quarter" 1990-Q2, "12 months" P12M, "Five years" P5Y. "Over the
    # 12 months ended June 30" -> "the 12 months" P12M plus "June 30" (gold_blind30). "every
    # Friday" SET XXXX-WXX-5; "each year" SET P1Y; "since April 1987" 1987-04; "at the end of
    # July" 1990-07 (gold_blind38's "the end of June"); "mature in 2010" DATE 2010 (a
    # maturity year, gold_blind38), while the fund name "Ashgrove Target 2010 Trust" is not
    # annotated; "April" and "early May" 1990-04, 1990-05 (past); "in May" 1990-05; "its June
    # figures" 1990-06; "later this month" 1990-07; "yesterday" Monday 1990-07-09; "since the
    # Fourth of July" the holiday on its day 1990-07-04; "Over five years" P5Y; "Friday night"
    # 1990-07-06TNI; "periods of up to 10 years" -> "up to 10 years" P10Y (the modifier kept,
    # gold_blind35); "next week" 1990-W29. Not annotated: "Robert Sunday" and "Mr. Sunday" (a
    # fund manager), "their third straight quarterly loss" (the period of a figure),
    # "long-term rates" (no length), "S&P 500", "500-stock", "12b-1" (a rule number),
    # "1-800-555-1990" (a phone number, in a 1990 story), "1,214 funds", "may" (the verb),
    # percentages and amounts.
    "mutual-funds-second-quarter-review": (
        "1990-07-10",
        [
            ("Quarterly", "SET", "P3M"),
            ("More Than a Year", "DURATION", "P1Y"),
            ("Tuesday, July 10, 1990", "DATE", "1990-07-10"),
            ("more than a year", "DURATION", "P1Y"),
            ("last winter", "DATE", "1990-WI"),
            ("the second quarter", "DATE", "1990-Q2"),
            ("June 30", "DATE", "1990-06-30"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("the first half", "DATE", "1990-H1"),
            ("the first quarter", "DATE", "1990-Q1"),
            ("June 30", "DATE", "1990-06-30"),
            ("Second quarter", "DATE", "1990-Q2"),
            ("12 months", "DURATION", "P12M"),
            ("Five years", "DURATION", "P5Y"),
            ("the 12 months", "DURATION", "P12M"),
            ("June 30", "DATE", "1990-06-30"),
            ("January", "DATE", "1990-01"),
            ("February", "DATE", "1990-02"),
            ("the quarter", "DATE", "1990-Q2"),
            ("The fourth quarter of last year", "DATE", "1989-Q4"),
            ("January", "DATE", "1990-01"),
            ("April 1987", "DATE", "1987-04"),
            ("the third quarter", "DATE", "1990-Q3"),
            ("the end of July", "DATE", "1990-07"),
            ("the quarter", "DATE", "1990-Q2"),
            ("2010", "DATE", "2010"),
            ("April", "DATE", "1990-04"),
            ("early May", "DATE", "1990-05"),
            ("May", "DATE", "1990-05"),
            ("June", "DATE", "1990-06"),
            ("later this month", "DATE", "1990-07"),
            ("yesterday", "DATE", "1990-07-09"),
            ("the Fourth of July", "DATE", "1990-07-04"),
            ("each year", "SET", "P1Y"),
            ("five years", "DURATION", "P5Y"),
            ("Friday night", "TIME", "1990-07-06TNI"),
            ("up to 10 years", "DURATION", "P10Y"),
            ("next week", "DATE", "1990-W29"),
        ],
    ),
    # Thursday 1989-12-14 (ISO week 50), business-paper futures-and-options column previewing
    # an expiration, section label "FUTURES & OPTIONS", headline, byline, date line
    # "Thursday, December 14, 1989", "CHICAGO --" dateline. The expiration is "tomorrow"
    # (headline, lead, "tomorrow's opening prices", "by 5:30 p.m. Eastern time tomorrow",
    # "keep tomorrow calm", "After tomorrow"), Friday 1989-12-15; the opening deadlines "by 9
    # a.m. New York time" and "at about 9:15 a.m." are clock times of that day (the zone in
    # the span, not the value, gold_blind38), "Tomorrow morning" 1989-12-15TMO; the index
    # contract's last trading "at 3:15 p.m. Chicago time today" 1989-12-14T15:15; the equity
    # options "expire Saturday" 1989-12-16. Past weekdays: "unwound on Monday and Tuesday"
    # 1989-12-11 and 1989-12-12. "quarterly expirations" SET P3M (an adjectival frequency naming
    # a recurrence) and "four times a year" SET P1Y (the count kept, gold_blind23). "the final
    # hour" PT1H; "the first 20 minutes" PT20M (an ordinal period, gold_blind24); "for up to 40
    # minutes" PT40M. "the December contract" and "the December S&P 500 contract" 1989-12,
    # "the March contract" and "The March expiration" 1990-03 (delivery and expiry months
    # forward, gold_blind23), "expires March 16" 1990-03-16 (the third Friday of March 1990).
    # "Sept. 15" (the last expiration) 1989-09-15; "June" twice 1989-06 (past). "a week ago"
    # 1989-W49 (N ago takes the unit's granularity, gold_blind23, gold_blind94); "yesterday"
    # 1989-12-13; "the last few days" PXD; "this afternoon" 1989-12-14TAF; "the crash of
    # October 1987" -> "October 1987"; "for 1989"; "this year" twice 1989; "the two weeks
    # between it and New Year's" -> "the two weeks" P2W and "New Year's" 1990-01-01 (the
    # holiday on its day); "Monday, Dec. 25" and "Monday, Jan. 1" one span each with their
    # weekdays; "two four-day weeks" -> "four-day" P4D (gold_blind30); "Christmas" 1989-12-25;
    # "fourth-quarter" 1989-Q4; "the start of 1990" 1990 (gold_blind23's "the start of
    # September"). Not annotated: "the morning open" and "the afternoon close" (adjectival parts
    # of day naming kinds of price, like "Overnight lows", gold_blind103), "the opening" (four
    # times), "the last expiration", "an expiration", "the last time", "triple witching",
    # "S&P 500", "500-stock", "31 points", "142,318 contracts", "128,900", "23 stocks",
    # "$1 billion", "two factors", "the Federal Reserve's next policy meeting".
    "triple-witching-december-expiration": (
        "1989-12-14",
        [
            ("Tomorrow", "DATE", "1989-12-15"),
            ("Thursday, December 14, 1989", "DATE", "1989-12-14"),
            ("tomorrow", "DATE", "1989-12-15"),
            ("this year", "DATE", "1989"),
            ("quarterly", "SET", "P3M"),
            ("four times a year", "SET", "P1Y"),
            ("the final hour", "DURATION", "PT1H"),
            ("Sept. 15", "DATE", "1989-09-15"),
            ("the first 20 minutes", "DURATION", "PT20M"),
            ("December", "DATE", "1989-12"),
            ("3:15 p.m. Chicago time", "TIME", "1989-12-14T15:15"),
            ("today", "DATE", "1989-12-14"),
            ("tomorrow", "DATE", "1989-12-15"),
            ("9 a.m. New York time", "TIME", "1989-12-15T09:00"),
            ("about 9:15 a.m.", "TIME", "1989-12-15T09:15"),
            ("5:30 p.m. Eastern time", "TIME", "1989-12-15T17:30"),
            ("tomorrow", "DATE", "1989-12-15"),
            ("Saturday", "DATE", "1989-12-16"),
            ("Tomorrow morning", "TIME", "1989-12-15TMO"),
            ("June", "DATE", "1989-06"),
            ("June", "DATE", "1989-06"),
            ("up to 40 minutes", "DURATION", "PT40M"),
            ("December", "DATE", "1989-12"),
            ("yesterday", "DATE", "1989-12-13"),
            ("a week ago", "DATE", "1989-W49"),
            ("the last few days", "DURATION", "PXD"),
            ("March", "DATE", "1990-03"),
            ("March 16", "DATE", "1990-03-16"),
            ("this afternoon", "TIME", "1989-12-14TAF"),
            ("October 1987", "DATE", "1987-10"),
            ("tomorrow", "DATE", "1989-12-15"),
            ("Monday", "DATE", "1989-12-11"),
            ("Tuesday", "DATE", "1989-12-12"),
            ("1989", "DATE", "1989"),
            ("this year", "DATE", "1989"),
            ("the two weeks", "DURATION", "P2W"),
            ("New Year's", "DATE", "1990-01-01"),
            ("Monday, Dec. 25", "DATE", "1989-12-25"),
            ("Monday, Jan. 1", "DATE", "1990-01-01"),
            ("four-day", "DURATION", "P4D"),
            ("tomorrow", "DATE", "1989-12-15"),
            ("Christmas", "DATE", "1989-12-25"),
            ("March", "DATE", "1990-03"),
            ("fourth-quarter", "DATE", "1989-Q4"),
            ("the start of 1990", "DATE", "1990"),
        ],
    ),
    # Friday 1989-09-22 (ISO week 38), wire-service business story as the wire's archive
    # stores it: a slug line "AP-NY-09-22-89 1647EDT" (the numeric date "09-22-89" DATE
    # 1989-09-22 and the filing time "1647EDT" TIME 1989-09-22T16:47, the zone in the span,
    # see README), headline, byline "AP Business Writer", "NEW YORK (AP) _" dateline with
    # "today" for the day of the wire and weekdays for the others (gold_blind35). "the week
    # ended Sept. 15" -> "the week" 1989-W37 plus "Sept. 15" (gold_blind33); "the week before"
    # 1989-W36 (an anchored week like "the month before", gold_blind23); "that week" the week
    # just named, 1989-W37 (a narrative anchor like "That winter", gold_blind103); "the week
    # ended Sept. 22" 1989-W38 plus "Sept. 22". "the weekly figures" SET P1W (an adjectival
    # frequency naming a recurring release, gold_blind33's "Weekly claims"); "every Thursday
    # at 4:30 p.m." SET XXXX-WXX-4 and the hour of the recurring release XXXX-XX-XXT16:30
    # (gold_blind28, gold_blind103); "this week's report" and "said this week" 1989-W38;
    # "this morning" 1989-09-22TMO; "this afternoon" 1989-09-22TAF and "At 3 p.m. EDT"
    # 1989-09-22T15:00. Past weekdays: "said Wednesday" 1989-09-20, "late Thursday"
    # 1989-09-21, "released Tuesday" 1989-09-19; future: "would stop on Monday" 1989-09-25,
    # "release data ... on Thursday" 1989-09-28. "the crash of 1987" -> "1987"; "Sept. 7",
    # "Sept. 1", "Oct. 4" as written; "in half an hour" PT30M (how long a change takes,
    # gold_blind35); "in August" and "through August" 1989-08; "this year" 1989; "since 1985";
    # "Last year" 1988; "recent weeks" PAST_REF; "now" PRESENT_REF; "the near future"
    # FUTURE_REF (gold_blind20); "the end of the year" 1989; "every week" SET P1W; "since
    # 1988"; "the end of the month" 1989-09; "the quarter" (fund managers' quarter-end)
    # 1989-Q3. Not annotated: "daily price swings" (the span a swing is measured over, not a
    # recurrence, like "a monthly rise", gold_blind23), "Every time" (a generic, no period),
    # "58-point", "40 points", "15 or more stocks", "$1 million", "79.4 million shares",
    # "13.2 percent", "11.6 percent", "41 percent", "9.9 percent", "14 percent", "Twelve or 13
    # percent", "2,682.71", "$2.3 billion", "61" (an age), "AP-NY" (the slug's desk code).
    "program-trading-share-rises": (
        "1989-09-22",
        [
            ("09-22-89", "DATE", "1989-09-22"),
            ("1647EDT", "TIME", "1989-09-22T16:47"),
            ("the week", "DATE", "1989-W37"),
            ("Sept. 15", "DATE", "1989-09-15"),
            ("the week before", "DATE", "1989-W36"),
            ("today", "DATE", "1989-09-22"),
            ("weekly", "SET", "P1W"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
            ("4:30 p.m.", "TIME", "XXXX-XX-XXT16:30"),
            ("this week", "DATE", "1989-W38"),
            ("this morning", "TIME", "1989-09-22TMO"),
            ("that week", "DATE", "1989-W37"),
            ("1987", "DATE", "1987"),
            ("Sept. 7", "DATE", "1989-09-07"),
            ("half an hour", "DURATION", "PT30M"),
            ("this week", "DATE", "1989-W38"),
            ("August", "DATE", "1989-08"),
            ("Wednesday", "DATE", "1989-09-20"),
            ("Monday", "DATE", "1989-09-25"),
            ("late Thursday", "DATE", "1989-09-21"),
            ("Sept. 1", "DATE", "1989-09-01"),
            ("the near future", "DATE", "FUTURE_REF"),
            ("Tuesday", "DATE", "1989-09-19"),
            ("this year", "DATE", "1989"),
            ("August", "DATE", "1989-08"),
            ("1985", "DATE", "1985"),
            ("Last year", "DATE", "1988"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("now", "DATE", "PRESENT_REF"),
            ("Oct. 4", "DATE", "1989-10-04"),
            ("the end of the year", "DATE", "1989"),
            ("every week", "SET", "P1W"),
            ("1988", "DATE", "1988"),
            ("the week", "DATE", "1989-W38"),
            ("Sept. 22", "DATE", "1989-09-22"),
            ("Thursday", "DATE", "1989-09-28"),
            ("this afternoon", "TIME", "1989-09-22TAF"),
            ("3 p.m. EDT", "TIME", "1989-09-22T15:00"),
            ("the end of the month", "DATE", "1989-09"),
            ("the quarter", "DATE", "1989-Q3"),
        ],
    ),
    # Saturday 1991-03-23 (ISO week 12), British Saturday paper's personal-investing column,
    # section label "WEEKEND MONEY | YOUR INVESTMENTS", headline, standfirst with byline, date
    # line "Saturday March 23 1991" (one DATE span). The UK tax year runs 6 April-5 April and
    # is named by the year it ends (gold_blind25, gold_blind94): "the tax year" (standfirst),
    # "THE tax year" (the lead's capitals as printed) and "the 1990-91 tax year" FY1991; "the
    # new tax year" and "1991-92" FY1992. The deadline "Friday April 5" one span 1991-04-05,
    # "by April 5" the same day, "the next day, on April 6" -> "the next day" 1991-04-06
    # (anchored on April 5, gold_blind32) and "April 6"; "by 5pm on Thursday April 4"
    # 1991-04-04T17:00 and 1991-04-04. Easter 1991 is 31 March: "Easter" (headline)
    # 1991-03-31, "Good Friday on March 29" and "Easter Monday on April 1" two DATEs each (a
    # holiday and its date, like "Good Friday, 21 March" in gold_blind27). "Two weeks to use
    # this year's PEP" -> "Two weeks" DURATION P2W (the time left before a deadline, like "A
    # week to beat the Isa deadline", gold_blind94) and "this year" 1991 (the wording's
    # calendar year, gold_blind94's "last year's deadline"); "less than a fortnight" P2W; "a
    # fortnight ahead" P2W. "tomorrow from 10am to 4pm" -> Sunday 1991-03-24 and its two
    # clock times; "again next Saturday" in a Saturday paper the Saturday a week on, 1991-03-30
    # (the nearest coming one, like "next Tuesday" in gold_blind6). "Every year" and "every
    # year" SET P1Y; "the final week" DURATION P1W (an ordinal period, like "The first week" in
    # gold_blind35); "last night" (Friday's close) 1991-03-22TNI; "mid-January" 1991-01; "last
    # summer" in March 1991 1990-SU (gold_blind94); "the summer of 1987" 1987-SU; "more than
    # two years" P2Y; "that October" 1987-10 (a narrative anchor on the year just named);
    # "monthly payments" SET P1M; "every month" SET P1M; "the start of 1986" 1986; "the five
    # years" P5Y; "now" PRESENT_REF; "since 1972"; "last year's stars" -> "last year" 1990;
    # "this week's tables" 1991-W12; "over 12 months" P12M; "1989 and 1990". Not annotated:
    # "annual charges" (a rate's period, like "annual cost savings" in gold_blind38), "initial
    # charges", "the calendar", "over 18" and "52" (ages), "£6,000" (twice), "£3,000",
    # "2,456.3", "FT-SE 100", "15 per cent", "70 per cent", "1 per cent", "5.5 per cent", "38
    # per cent", "41 per cent", "a third", "0800 555 1991" (a phone number, in a 1991 story),
    # "may" (the verb, twice), "the top", "the crash" beyond "that October".
    "pep-deadline-unit-trusts-column": (
        "1991-03-23",
        [
            ("Two weeks", "DURATION", "P2W"),
            ("this year", "DATE", "1991"),
            ("Easter", "DATE", "1991-03-31"),
            ("the tax year", "DATE", "FY1991"),
            ("Saturday March 23 1991", "DATE", "1991-03-23"),
            ("THE tax year", "DATE", "FY1991"),
            ("Friday April 5", "DATE", "1991-04-05"),
            ("Good Friday", "DATE", "1991-03-29"),
            ("March 29", "DATE", "1991-03-29"),
            ("Easter Monday", "DATE", "1991-04-01"),
            ("April 1", "DATE", "1991-04-01"),
            ("less than a fortnight", "DURATION", "P2W"),
            ("the 1990-91 tax year", "DATE", "FY1991"),
            ("April 5", "DATE", "1991-04-05"),
            ("the next day", "DATE", "1991-04-06"),
            ("April 6", "DATE", "1991-04-06"),
            ("5pm", "TIME", "1991-04-04T17:00"),
            ("Thursday April 4", "DATE", "1991-04-04"),
            ("Every year", "SET", "P1Y"),
            ("the final week", "DURATION", "P1W"),
            ("tomorrow", "DATE", "1991-03-24"),
            ("10am", "TIME", "1991-03-24T10:00"),
            ("4pm", "TIME", "1991-03-24T16:00"),
            ("next Saturday", "DATE", "1991-03-30"),
            ("last night", "TIME", "1991-03-22TNI"),
            ("mid-January", "DATE", "1991-01"),
            ("last summer", "DATE", "1990-SU"),
            ("the summer of 1987", "DATE", "1987-SU"),
            ("more than two years", "DURATION", "P2Y"),
            ("that October", "DATE", "1987-10"),
            ("monthly", "SET", "P1M"),
            ("every month", "SET", "P1M"),
            ("the start of 1986", "DATE", "1986"),
            ("the five years", "DURATION", "P5Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("the new tax year", "DATE", "FY1992"),
            ("a fortnight", "DURATION", "P2W"),
            ("every year", "SET", "P1Y"),
            ("1972", "DATE", "1972"),
            ("last year", "DATE", "1990"),
            ("this week", "DATE", "1991-W12"),
            ("12 months", "DURATION", "P12M"),
            ("1989", "DATE", "1989"),
            ("1990", "DATE", "1990"),
            ("1991-92", "DATE", "FY1992"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
