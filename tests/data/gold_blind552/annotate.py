"""Annotations of blind gold set 552, chosen by hand before the tagger ran.

    python tests/data/gold_blind552/annotate.py [--show]

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
    # Tuesday 1998-11-10 (ISO week 46), VOA correspondent report, script header "DATE=11/10/98"
    # (a slash date, month first, two-digit year: DATE of the publication day, like the
    # Politico stamp "9/25/14" in gold_blind41) and "DATELINE=KISANTA"; footer stamp
    # "10-Nov-98 4:47 AM EST (0947 UTC)": a DATE and two TIMEs, a local time and its UTC
    # equivalent two TIMEX3 with the zone in the span and not in the value (gold_blind28,
    # gold_blind32). "today" is the day of the report; "shortly after 10 a.m. local time" ->
    # "10 a.m. local time" 1998-11-10T10:00 ("shortly after" a signal, gold_blind32); "last
    # night" Monday's night 1998-11-09TNI; "this afternoon" 1998-11-10TAF (ahead: the report
    # was filed at 12:47 local time). Past: "October 21st" 1998-10-21, "The next day"
    # 1998-10-22 (anchored on it, gold_blind32), "on Sunday" 1998-11-08 and "that evening"
    # 1998-11-08TEV (a narrative anchor on Sunday, gold_blind8, gold_blind26), "on Monday"
    # 1998-11-09, "late Sunday" 1998-11-08, "since April" 1998-04, "October 27th" 1998-10-27.
    # Future: "Christmas" 1998-12-25, "on Thursday" 1998-11-12, "next week" 1998-W47,
    # "tomorrow at 4 p.m." 1998-11-11 and 1998-11-11T16:00, "the end of the week" 1998-W46
    # (gold_blind35), "next Tuesday" 1998-11-17 (in a Tuesday report the Tuesday seven days
    # ahead, gold_blind30, gold_blind32; the round's first week ends on Monday 1998-11-16); in
    # the quote "the end of the year" 1998 and "the spring" ahead in November 1999-SP
    # (gold_blind35). "nearly three weeks" P3W; "the next 30 days" P30D; "14 years" P14Y; "six
    # months" P6M (anchored duration); "ten days" P10D; "the first week" of the round P1W (an
    # ordinal period of an event, gold_blind35); "twice a week" SET P1W, "daily" SET P1D,
    # "every morning" SET XXXX-XX-XXTMO (gold_blind5). Not
    # annotated: "NUMBER=2-241187", "(L-ONLY)", "Antonov-26", "200,000", "AK-47", "SA-7",
    # "47-year-old" (an age), "ever since" (anaphoric), "this round", "another round",
    # "NEB/POM/JWH/RAE", "NNNN", "Source: Voice of America".
    "kaleria-peace-talks-resume-kisanta": (
        "1998-11-10",
        [
            ("11/10/98", "DATE", "1998-11-10"),
            ("today", "DATE", "1998-11-10"),
            ("nearly three weeks", "DURATION", "P3W"),
            ("Christmas", "DATE", "1998-12-25"),
            ("10 a.m. local time", "TIME", "1998-11-10T10:00"),
            ("last night", "TIME", "1998-11-09TNI"),
            ("this afternoon", "TIME", "1998-11-10TAF"),
            ("October 21st", "DATE", "1998-10-21"),
            ("The next day", "DATE", "1998-10-22"),
            ("Sunday", "DATE", "1998-11-08"),
            ("that evening", "TIME", "1998-11-08TEV"),
            ("Monday", "DATE", "1998-11-09"),
            ("the next 30 days", "DURATION", "P30D"),
            ("late Sunday", "DATE", "1998-11-08"),
            ("April", "DATE", "1998-04"),
            ("October 27th", "DATE", "1998-10-27"),
            ("Thursday", "DATE", "1998-11-12"),
            ("twice a week", "SET", "P1W"),
            ("daily", "SET", "P1D"),
            ("14 years", "DURATION", "P14Y"),
            ("1984", "DATE", "1984"),
            ("May 1997", "DATE", "1997-05"),
            ("six months", "DURATION", "P6M"),
            ("ten days", "DURATION", "P10D"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("next week", "DATE", "1998-W47"),
            ("three weeks", "DURATION", "P3W"),
            ("the end of the year", "DATE", "1998"),
            ("the spring", "DATE", "1999-SP"),
            ("tomorrow", "DATE", "1998-11-11"),
            ("4 p.m.", "TIME", "1998-11-11T16:00"),
            ("the end of the week", "DATE", "1998-W46"),
            ("next Tuesday", "DATE", "1998-11-17"),
            ("the first week", "DURATION", "P1W"),
            ("10-Nov-98", "DATE", "1998-11-10"),
            ("4:47 AM EST", "TIME", "1998-11-10T04:47"),
            ("0947 UTC", "TIME", "1998-11-10T09:47"),
        ],
    ),
    # Thursday 1998-06-11 (ISO week 24), VOA world newscast, header "DATE=6/11/98" and
    # "TITLE=WORLD NEWS 1500 UTC" (the air time of the newscast, a TIME like the header's
    # "1400 UTC" in gold_blind16; see README), footer "11-Jun-98 10:58 AM EDT (1458 UTC)".
    # Sundara's vote was on Sunday 1998-06-07 ("Sunday's parliamentary election", the
    # possessive left out); the results came "at 8 p.m. local time (1200 UTC)" today,
    # 1998-06-11T20:00 and 1998-06-11T12:00 (UTC+8, the same day in both zones); "four days
    # after the polls closed" P4D (anchored). The count's hours recur: "from 8 a.m. to 10 p.m.
    # every day" two TIMEs XXXX-XX-XXThh:mm and a SET P1D (gold_blind28, gold_blind32). Past:
    # "late Wednesday" 1998-06-10 (twice), "Wednesday" 1998-06-10, "last July" 1997-07, "late
    # May" 1998-05, "overnight" the night begun on Wednesday evening 1998-06-10TNI
    # (gold_blind21, gold_blind59). Future: "Saturday" 1998-06-13 (twice), "July 1st"
    # 1998-07-01, "early next week" 1998-W25 (gold_blind32), "Friday" 1998-06-12, "September"
    # 1998-09, "until Monday" 1998-06-15, "at 1600 UTC" 1998-06-11T16:00. "two weeks early" is
    # the size of an advance, DURATION P2W (like "a year later than the board proposed",
    # gold_blind35); "within two weeks" P2W, "within 30 days" P30D; "the past 11 months" P11M;
    # "18 months" P18M; "27 years" P27Y; "two-day" P2D; "the next 48 hours" PT48H. Not
    # annotated: "NUMBER=1-0611" (a script number holding the month and day), "310 seats",
    # "131", "two-thirds", "2,940", "38 percent", "12-nation", "38 people", "three provinces",
    # "The monsoon rains" (a season with no calendar unit, like "the rainy season",
    # gold_blind18, gold_blind78), "the Asian financial crisis", "1548 kilohertz" (a frequency
    # that looks like a clock time, like "9410 kilohertz" in gold_blind48), "31-meter band".
    "voa-world-news-sundara-count": (
        "1998-06-11",
        [
            ("6/11/98", "DATE", "1998-06-11"),
            ("1500 UTC", "TIME", "1998-06-11T15:00"),
            ("Sunday", "DATE", "1998-06-07"),
            ("8 p.m. local time", "TIME", "1998-06-11T20:00"),
            ("1200 UTC", "TIME", "1998-06-11T12:00"),
            ("four days", "DURATION", "P4D"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("every day", "SET", "P1D"),
            ("Saturday", "DATE", "1998-06-13"),
            ("late Wednesday", "DATE", "1998-06-10"),
            ("two weeks", "DURATION", "P2W"),
            ("27 years", "DURATION", "P27Y"),
            ("1971", "DATE", "1971"),
            ("1955", "DATE", "1955"),
            ("July 1st", "DATE", "1998-07-01"),
            ("today", "DATE", "1998-06-11"),
            ("last July", "DATE", "1997-07"),
            ("the past 11 months", "DURATION", "P11M"),
            ("18 months", "DURATION", "P18M"),
            ("late Wednesday", "DATE", "1998-06-10"),
            ("December 1996", "DATE", "1996-12"),
            ("Saturday", "DATE", "1998-06-13"),
            ("early next week", "DATE", "1998-W25"),
            ("Friday", "DATE", "1998-06-12"),
            ("two-day", "DURATION", "P2D"),
            ("Wednesday", "DATE", "1998-06-10"),
            ("30 days", "DURATION", "P30D"),
            ("September", "DATE", "1998-09"),
            ("1975", "DATE", "1975"),
            ("late May", "DATE", "1998-05"),
            ("overnight", "TIME", "1998-06-10TNI"),
            ("the next 48 hours", "DURATION", "PT48H"),
            ("Monday", "DATE", "1998-06-15"),
            ("two weeks", "DURATION", "P2W"),
            ("this year", "DATE", "1998"),
            ("1600 UTC", "TIME", "1998-06-11T16:00"),
            ("11-Jun-98", "DATE", "1998-06-11"),
            ("10:58 AM EDT", "TIME", "1998-06-11T10:58"),
            ("1458 UTC", "TIME", "1998-06-11T14:58"),
        ],
    ),
    # Friday 1999-04-16 (ISO week 15), VOA background report, header "DATE=4/16/99",
    # "DATELINE=WASHINGTON", footer "16-Apr-99 2:36 PM EDT (1836 UTC)". The referendum is "on
    # Sunday" 1999-04-18 (intro, "Sunday's vote", "Sunday's referendum", "at 7 a.m. on Sunday"
    # 1999-04-18T07:00 and "6 p.m." the same day 1999-04-18T18:00); "Saturday morning" ahead
    # 1999-04-17TMO; "tomorrow" 1999-04-17. Past: "on Tuesday" 1999-04-13, "said Wednesday"
    # 1999-04-14, "last November" 1998-11, "New Year's Eve" 1998-12-31 (a holiday on the day
    # it falls on), "January" and "February" 1999-01 and 1999-02, "in March" 1999-03, "last
    # year" 1998. Future: "January 1st, 2000", "August" 1999-08, "mid-October" 1999-10
    # (gold_blind35), "November 7th" 1999-11-07. Ambara's budget year starts in July: "fiscal
    # 2000, which begins July 1st" -> FY2000 (July 1999-June 2000, named by the year it ends,
    # gold_blind35, gold_blind63) plus 1999-07-01. "seven years of military rule" P7Y; "less
    # than six years later" P6Y, the modifier kept (gold_blind35's "less than six weeks
    # before"); "14 months" P14M; "his first year in office" -> "his first year" DURATION P1Y,
    # an ordinal period of an event with the possessive kept (gold_blind35's "its fourth
    # week"); the quoted "within three years" P3Y; "six weeks" P6W; "within 72 hours" PT72H;
    # "five-year" P5Y; "the past ten years" P10Y. "the 1992 coup" 1992 (an adjectival year),
    # "the coup of May 1992" 1992-05; "the late 1980s" 198. Not annotated: "NUMBER=5-43208",
    # "2.3 million", "2.9 million", "54" (an age), "40 Commonwealth observers", "four percent",
    # "120 million dollars", "14 districts", "two five-year terms" beyond "five-year", "the
    # first step", "the long road", "the present ruler", "the last transition" beyond "the
    # late 1980s".
    "ambara-referendum-background": (
        "1999-04-16",
        [
            ("4/16/99", "DATE", "1999-04-16"),
            ("Sunday", "DATE", "1999-04-18"),
            ("seven years", "DURATION", "P7Y"),
            ("January 1st, 2000", "DATE", "2000-01-01"),
            ("Sunday", "DATE", "1999-04-18"),
            ("1960", "DATE", "1960"),
            ("January 1966", "DATE", "1966-01"),
            ("less than six years", "DURATION", "P6Y"),
            ("1975", "DATE", "1975"),
            ("1991", "DATE", "1991"),
            ("14 months", "DURATION", "P14M"),
            ("May 1992", "DATE", "1992-05"),
            ("November 1995", "DATE", "1995-11"),
            ("his first year", "DURATION", "P1Y"),
            ("three years", "DURATION", "P3Y"),
            ("last November", "DATE", "1998-11"),
            ("New Year's Eve", "DATE", "1998-12-31"),
            ("Sunday", "DATE", "1999-04-18"),
            ("August", "DATE", "1999-08"),
            ("mid-October", "DATE", "1999-10"),
            ("November 7th", "DATE", "1999-11-07"),
            ("six weeks", "DURATION", "P6W"),
            ("January", "DATE", "1999-01"),
            ("February", "DATE", "1999-02"),
            ("7 a.m.", "TIME", "1999-04-18T07:00"),
            ("Sunday", "DATE", "1999-04-18"),
            ("6 p.m.", "TIME", "1999-04-18T18:00"),
            ("72 hours", "DURATION", "PT72H"),
            ("five-year", "DURATION", "P5Y"),
            ("the past ten years", "DURATION", "P10Y"),
            ("March", "DATE", "1999-03"),
            ("Tuesday", "DATE", "1999-04-13"),
            ("tomorrow", "DATE", "1999-04-17"),
            ("Wednesday", "DATE", "1999-04-14"),
            ("last year", "DATE", "1998"),
            ("1997", "DATE", "1997"),
            ("fiscal 2000", "DATE", "FY2000"),
            ("July 1st", "DATE", "1999-07-01"),
            ("1992", "DATE", "1992"),
            ("the late 1980s", "DATE", "198"),
            ("May 1992", "DATE", "1992-05"),
            ("Saturday morning", "TIME", "1999-04-17TMO"),
            ("16-Apr-99", "DATE", "1999-04-16"),
            ("2:36 PM EDT", "TIME", "1999-04-16T14:36"),
            ("1836 UTC", "TIME", "1999-04-16T18:36"),
        ],
    ),
    # Wednesday 1999-12-15 (ISO week 50), VOA news analysis, header "DATE=12/15/99",
    # "DATELINE=PELANGI", footer "15-Dec-99 6:12 AM EST (1112 UTC)". Meranti's fiscal year
    # ends on March 31st: the year now running (April 1999-March 2000) is FY2000 ("The current
    # fiscal year", "end the fiscal year"), its end "March 31st" 2000-03-31; "the 2000-01
    # budget" -> "2000-01" FY2001, a fiscal year written as two years (like "2015-16" FY2016
    # in gold_blind63), not January 2000; "the fiscal year that begins April 1st" FY2001 plus
    # 2000-04-01. "the July-September quarter" keeps its calendar value 1999-Q3
    # (gold_blind63). "Two years after the ... crisis" P2Y (anchored); "the next ten months"
    # P10M. Past: "said Monday" 1999-12-13, "on Friday" 1999-12-10, "last week" 1999-W49,
    # "since March" 1999-03, "November" 1999-11, "late 1997" 1997, "early 1997" 1997, "two
    # years ago" 1997 (the unit's granularity). Future: "the end of January" 2000-01, "October
    # 2000", "the spring" 2000-SP, "every Thursday in January" a SET XXXX-WXX-4 and a DATE
    # 2000-01 (like "every Saturday since mid-January", gold_blind35), "from December 28th to
    # January 7th" 1999-12-28 and 2000-01-07, "noon on Friday, December 31st" 1999-12-31T12:00
    # and one DATE span with its weekday, "Tuesday, January 4th" 2000-01-04, "February 10th"
    # 2000-02-10. "every month" SET P1M, "every year" SET P1Y, "quarterly" SET P3M; "Now"
    # PRESENT_REF; "the coming months" PXM; "the 1960s" 196, "the late 1990s" 199. Not
    # annotated: "NUMBER=5-44871", "4.1 percent", "half its value", "more than seven percent",
    # "twice what it was" (a multiple), "five percent", "12 percent", "the so-called Y2K
    # computer problem" (a name, gold_blind34), "around the clock", "the dark months" beyond
    # "late 1997", "the election", "a date", "the calendar itself".
    "meranti-recovery-budget-analysis": (
        "1999-12-15",
        [
            ("12/15/99", "DATE", "1999-12-15"),
            ("Two years", "DURATION", "P2Y"),
            ("the 1960s", "DATE", "196"),
            ("the next ten months", "DURATION", "P10M"),
            ("Monday", "DATE", "1999-12-13"),
            ("the July-September quarter", "DATE", "1999-Q3"),
            ("early 1997", "DATE", "1997"),
            ("every month", "SET", "P1M"),
            ("March", "DATE", "1999-03"),
            ("this year", "DATE", "1999"),
            ("late 1997", "DATE", "1997"),
            ("eight weeks", "DURATION", "P8W"),
            ("1998", "DATE", "1998"),
            ("two years ago", "DATE", "1997"),
            ("Now", "DATE", "PRESENT_REF"),
            ("The current fiscal year", "DATE", "FY2000"),
            ("March 31st", "DATE", "2000-03-31"),
            ("2000-01", "DATE", "FY2001"),
            ("the end of January", "DATE", "2000-01"),
            ("Friday", "DATE", "1999-12-10"),
            ("last week", "DATE", "1999-W49"),
            ("the fiscal year", "DATE", "FY2000"),
            ("October 2000", "DATE", "2000-10"),
            ("the spring", "DATE", "2000-SP"),
            ("the fiscal year", "DATE", "FY2001"),
            ("April 1st", "DATE", "2000-04-01"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
            ("January", "DATE", "2000-01"),
            ("December 28th", "DATE", "1999-12-28"),
            ("January 7th", "DATE", "2000-01-07"),
            ("noon", "TIME", "1999-12-31T12:00"),
            ("Friday, December 31st", "DATE", "1999-12-31"),
            ("Tuesday, January 4th", "DATE", "2000-01-04"),
            ("November", "DATE", "1999-11"),
            ("every year", "SET", "P1Y"),
            ("1996", "DATE", "1996"),
            ("the late 1990s", "DATE", "199"),
            ("the coming months", "DURATION", "PXM"),
            ("quarterly", "SET", "P3M"),
            ("February 10th", "DATE", "2000-02-10"),
            ("15-Dec-99", "DATE", "1999-12-15"),
            ("6:12 AM EST", "TIME", "1999-12-15T06:12"),
            ("1112 UTC", "TIME", "1999-12-15T11:12"),
        ],
    ),
    # Saturday 2000-07-29 (ISO week 30), VOA Special English "IN THE NEWS" script, header
    # "DATE=7/29/00", footer "29-Jul-2000 10:05 AM EDT (1405 UTC)". "this week" and "This
    # week" 2000-W30; "This year" 2000; the meeting "opened on Tuesday" 2000-07-25 and "ended at
    # noon on Friday" 2000-07-28T12:00 and 2000-07-28; "one day later than planned" the size
    # of a delay, DURATION P1D (gold_blind35); "most of Thursday night" -> "Thursday night"
    # 2000-07-27TNI, the quantifier left out. "the first half of this year" one DATE span
    # 2000-H1 (like "the first half of 2015", gold_blind103); "all of 1999" -> "1999". Future:
    # "in November" 2000-11 (twice), "August 1st" 2000-08-01, "early next year" 2001, "by
    # 2003", "next week" 2000-W31. Past: "Last year" 1999 (twice), "in September" after it
    # 1999-09 (the September of that year), "In 1997", "in 1963", "in 1971"; "this month"
    # 2000-07. "once a year" SET P1Y (gold_blind34), "every night" SET XXXX-XX-XXTNI, "six-month"
    # P6M, "ten days" P10D. The programme's slot "every Saturday at 1430 and 2030 Universal
    # Time" is a SET XXXX-WXX-6 and two TIMEs XXXX-XX-XXThh:mm, the hours of a recurring event
    # (gold_blind28, gold_blind32), the zone in the second span only. Not annotated:
    # "NUMBER=7-33904", "IN THE NEWS" (a programme title), "ten Southeast Asian nations",
    # "sixty-five ships", "millions of people", "three problems", "The third problem", "an old
    # one", "more time", "www.sacc2000.org" (a web address holding a year), "The Hague".
    "special-english-in-the-news-sacc-ministers": (
        "2000-07-29",
        [
            ("7/29/00", "DATE", "2000-07-29"),
            ("this week", "DATE", "2000-W30"),
            ("1971", "DATE", "1971"),
            ("once a year", "SET", "P1Y"),
            ("This year", "DATE", "2000"),
            ("Tuesday", "DATE", "2000-07-25"),
            ("noon", "TIME", "2000-07-28T12:00"),
            ("Friday", "DATE", "2000-07-28"),
            ("one day", "DURATION", "P1D"),
            ("Thursday night", "TIME", "2000-07-27TNI"),
            ("the first half of this year", "DATE", "2000-H1"),
            ("1999", "DATE", "1999"),
            ("November", "DATE", "2000-11"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("Last year", "DATE", "1999"),
            ("ten days", "DURATION", "P10D"),
            ("September", "DATE", "1999-09"),
            ("1997", "DATE", "1997"),
            ("This week", "DATE", "2000-W30"),
            ("six-month", "DURATION", "P6M"),
            ("August 1st", "DATE", "2000-08-01"),
            ("1963", "DATE", "1963"),
            ("Last year", "DATE", "1999"),
            ("early next year", "DATE", "2001"),
            ("2003", "DATE", "2003"),
            ("November", "DATE", "2000-11"),
            ("this month", "DATE", "2000-07"),
            ("next week", "DATE", "2000-W31"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("1430", "TIME", "XXXX-XX-XXT14:30"),
            ("2030 Universal Time", "TIME", "XXXX-XX-XXT20:30"),
            ("29-Jul-2000", "DATE", "2000-07-29"),
            ("10:05 AM EDT", "TIME", "2000-07-29T10:05"),
            ("1405 UTC", "TIME", "2000-07-29T14:05"),
        ],
    ),
    # Monday 2000-05-08 (ISO week 19), VOA interview script, header "DATE=5/8/00",
    # "DATELINE=WASHINGTON", footer in the archive's mixed form "08-May-2000 17:40 PM EDT
    # (08-May-2000 2140 UTC)": two DATEs and two TIMEs, "17:40 PM EDT" 2000-05-08T17:40 (the
    # 24-hour figure gives the time; see README). The envoy leaves "tomorrow" 2000-05-09,
    # arrives "on Wednesday" 2000-05-10 ("at 2:30 p.m. local time Wednesday"
    # 2000-05-10T14:30), returns "on May 19th" 2000-05-19 and flies home "the following week",
    # the week after her Wednesday arrival, 2000-W20 (anchored on the narrative's last date,
    # gold_blind39, gold_blind42). "this afternoon" 2000-05-08TAF. Past: "over the weekend"
    # and "since the weekend" the weekend just gone 2000-W18-WE (gold_blind32), "Saturday
    # night" 2000-05-06TNI, "last Thursday" in a Monday story 2000-05-04, "last July" 1999-07,
    # "ten months ago" 1999-07 (the unit's granularity, like "two months ago" in gold_blind16),
    # "last year" 1999, "since January" 2000-01. Future: "later this month" 2000-05, "soon"
    # FUTURE_REF, "in September" 2000-09, "next year" 2001, "the end of 2001" 2001;
    # "Independence Day is June 30th" two DATEs 2000-06-30 (like "Monday is Family Day",
    # gold_blind103). "from 1991 to 1994" two DATEs; "the early 1990s" 199; "four years after I
    # left" P4Y (anchored); "now" PRESENT_REF; "more than two years" P2Y; "for months at a
    # time" -> "months" PXM (gold_blind34); "the past decade" P10Y; "ten-day" P10D, "ten days"
    # P10D, "45 days" P45D, "two-year" P2Y; "almost every week" SET P1W (gold_blind35's "almost
    # every day"), "twice a month" SET P1M. Not annotated: "NUMBER=3-11962", "(Q&A)", "Mi-24",
    # "Route N4", "every time" (a set of occasions, gold_blind82, gold_blind95), "even once",
    # "the rainy season" (no calendar unit, gold_blind18, gold_blind78), "national holidays",
    # "the worst since the cease-fire" (anaphoric event), "Port Amity".
    "luvera-envoy-trip-interview": (
        "2000-05-08",
        [
            ("5/8/00", "DATE", "2000-05-08"),
            ("tomorrow", "DATE", "2000-05-09"),
            ("ten-day", "DURATION", "P10D"),
            ("almost every week", "SET", "P1W"),
            ("January", "DATE", "2000-01"),
            ("this afternoon", "TIME", "2000-05-08TAF"),
            ("1991", "DATE", "1991"),
            ("1994", "DATE", "1994"),
            ("Wednesday", "DATE", "2000-05-10"),
            ("ten days", "DURATION", "P10D"),
            ("last July", "DATE", "1999-07"),
            ("45 days", "DURATION", "P45D"),
            ("ten months ago", "DATE", "1999-07"),
            ("the weekend", "DATE", "2000-W18-WE"),
            ("Saturday night", "TIME", "2000-05-06TNI"),
            ("last year", "DATE", "1999"),
            ("last Thursday", "DATE", "2000-05-04"),
            ("the early 1990s", "DATE", "199"),
            ("1991", "DATE", "1991"),
            ("March 1998", "DATE", "1998-03"),
            ("four years", "DURATION", "P4Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("more than two years", "DURATION", "P2Y"),
            ("months", "DURATION", "PXM"),
            ("September", "DATE", "2000-09"),
            ("later this month", "DATE", "2000-05"),
            ("soon", "DATE", "FUTURE_REF"),
            ("next year", "DATE", "2001"),
            ("1999", "DATE", "1999"),
            ("1986", "DATE", "1986"),
            ("the past decade", "DURATION", "P10Y"),
            ("two-year", "DURATION", "P2Y"),
            ("the end of 2001", "DATE", "2001"),
            ("May 19th", "DATE", "2000-05-19"),
            ("twice a month", "SET", "P1M"),
            ("the weekend", "DATE", "2000-W18-WE"),
            ("Independence Day", "DATE", "2000-06-30"),
            ("June 30th", "DATE", "2000-06-30"),
            ("2:30 p.m. local time", "TIME", "2000-05-10T14:30"),
            ("Wednesday", "DATE", "2000-05-10"),
            ("the following week", "DATE", "2000-W20"),
            ("08-May-2000", "DATE", "2000-05-08"),
            ("17:40 PM EDT", "TIME", "2000-05-08T17:40"),
            ("08-May-2000", "DATE", "2000-05-08"),
            ("2140 UTC", "TIME", "2000-05-08T21:40"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
