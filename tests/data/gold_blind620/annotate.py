"""Annotations of blind gold set 620, chosen by hand before the tagger ran.

    python tests/data/gold_blind620/annotate.py [--show]

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
    # Wednesday 1989-10-25 (ISO week 43), business-paper airline earnings story, headline and
    # deck ("Loss for Third Quarter", "Dividend Cut Tuesday"), byline, date line "Wednesday,
    # October 25, 1989" (one DATE span, gold_blind33, gold_blind35), "DALLAS --" dateline.
    # Carridan's fiscal year is not described, so its quarters are calendar quarters
    # (gold_blind33): "Third Quarter", "third-quarter" and "the quarter ended Sept. 30"
    # 1989-Q3 (the quarter and the date two TIMEX3), "the year-ago quarter" 1988-Q3, "the
    # fourth quarter" 1989-Q4, "The first half of 1990" 1990-H1. "the first nine months" P9M
    # and "a year earlier" after it the year 1988 (gold_blind6, gold_blind38); "a year
    # earlier" after a September figure 1988-09 (gold_blind20). "late yesterday" and
    # "yesterday" Tuesday 1989-10-24. Future weekdays: the board meets Tuesday 1989-10-31
    # (headline, lead and "at 9 a.m. Tuesday", two TIMEX3). Past: Mr. Brinsley flew to
    # Washington Monday 1989-10-23 and met "that evening" 1989-10-23TEV (a narrative anchor
    # on that Monday, gold_blind8). "July 17" 1989-07-17 and "the next day" 1989-07-18
    # (gold_blind54, gold_blind55). "a terrible summer" -> the head noun "summer", the summer
    # just past, 1989-SU (like "a wetter than average autumn", gold_blind103); "this isn't
    # 1982 all over again" -> "1982" DATE. "early August" 1989-08, "September" 1989-09,
    # "Oct. 3" past; "Nov. 1" ("effective" a signal), "Dec. 15" ("starting" a signal), "Dec.
    # 1", "March" 1990-03 ahead; "Thanksgiving" 1989-11-23, the fourth Thursday of November
    # (gold_blind35). "daily flights" SET P1D (gold_blind13, gold_blind78); "quarterly" P3M;
    # "every year" P1Y; "three-year" contract P3Y; "next week" 1989-W44; "recent weeks"
    # PAST_REF; "now" PRESENT_REF. Not annotated: "1-800-555-1989" (a phone number), "Boeing
    # 757", "10-cent", "$39", "one-way", "61" (age), "61% full", "ninth-largest", "Ever" (an
    # emphatic adverb), "for the first time" beyond "1978".
    "carridan-airlines-third-quarter-loss": (
        "1989-10-25",
        [
            ("Third Quarter", "DATE", "1989-Q3"),
            ("Tuesday", "DATE", "1989-10-31"),
            ("Wednesday, October 25, 1989", "DATE", "1989-10-25"),
            ("third-quarter", "DATE", "1989-Q3"),
            ("Tuesday", "DATE", "1989-10-31"),
            ("quarterly", "SET", "P3M"),
            ("1978", "DATE", "1978"),
            ("the quarter", "DATE", "1989-Q3"),
            ("Sept. 30", "DATE", "1989-09-30"),
            ("the year-ago quarter", "DATE", "1988-Q3"),
            ("the first nine months", "DURATION", "P9M"),
            ("a year earlier", "DATE", "1988"),
            ("late yesterday", "DATE", "1989-10-24"),
            ("yesterday", "DATE", "1989-10-24"),
            ("early August", "DATE", "1989-08"),
            ("September", "DATE", "1989-09"),
            ("a year earlier", "DATE", "1988-09"),
            ("July 17", "DATE", "1989-07-17"),
            ("the next day", "DATE", "1989-07-18"),
            ("summer", "DATE", "1989-SU"),
            ("1982", "DATE", "1982"),
            ("the 1980s", "DATE", "198"),
            ("every year", "SET", "P1Y"),
            ("1983", "DATE", "1983"),
            ("1988", "DATE", "1988"),
            ("Nov. 1", "DATE", "1989-11-01"),
            ("daily", "SET", "P1D"),
            ("Dec. 15", "DATE", "1989-12-15"),
            ("Thanksgiving", "DATE", "1989-11-23"),
            ("1990", "DATE", "1990"),
            ("1992", "DATE", "1992"),
            ("9 a.m.", "TIME", "1989-10-31T09:00"),
            ("Tuesday", "DATE", "1989-10-31"),
            ("Oct. 3", "DATE", "1989-10-03"),
            ("Dec. 1", "DATE", "1989-12-01"),
            ("Monday", "DATE", "1989-10-23"),
            ("that evening", "TIME", "1989-10-23TEV"),
            ("next week", "DATE", "1989-W44"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("now", "DATE", "PRESENT_REF"),
            ("the fourth quarter", "DATE", "1989-Q4"),
            ("next year", "DATE", "1990"),
            ("three-year", "DURATION", "P3Y"),
            ("March", "DATE", "1990-03"),
            ("The first half of 1990", "DATE", "1990-H1"),
        ],
    ),
    # Saturday 1990-03-24 (ISO week 12), US regional daily's business page, section label and
    # date line "BUSINESS ... Saturday, March 24, 1990" (one DATE span), headline, byline
    # "Staff Writer", "SAN ANTONIO —" dateline. The paper names the days of the week before
    # by their weekdays: the seizure "late Friday" 1990-03-23 (the modifier kept, like "late
    # yesterday", gold_blind33), "at 5 p.m." that Friday 1990-03-23T17:00 (a clock time on the
    # day of its sentence's event, gold_blind33), "about an hour" before it PT1H (an anchored
    # duration), "the night" (from "through the night", the signal out) 1990-03-23TNI,
    # "Friday evening" 1990-03-23TEV, "Thursday afternoon" 1990-03-22TAF, "Wednesday"
    # 1990-03-21 and "the next day" 1990-03-22 (gold_blind54). Future: the branches reopen
    # "at 9 a.m. Monday" 1990-03-26 (headline and body); "today" the closed Saturday;
    # "the weekend" of a Saturday paper is the current one, 1990-W12-WE (gold_blind6). "last
    # August" 1989-08; "last summer" in March is the summer of 1989, 1989-SU; "last year" 1989;
    # "the fourth quarter" after it 1989-Q4 (gold_blind35); "October", "November" past months
    # of 1989; "last month" 1990-02; "this year" 1990; "the end of June" 1990-06; "May 15",
    # "April 7" ahead. The hot line's hours "from 8 a.m. to 8 p.m. daily" are
    # XXXX-XX-XXThh:mm with SET P1D (gold_blind49); "monthly payments" are payments made every
    # month, SET P1M (like "monthly leak surveys", gold_blind35). "two-year" P2Y, "90 days"
    # ("within" a signal), "31 years" P31Y, "a few weeks" PXW. Not annotated: "1-800-555-1990",
    # "11th-largest", "23 branches", "$100,000", "58" (age), "Commerce Street", "may" (verb,
    # twice), "After that" (anaphoric), "400".
    "pecos-federal-savings-seized": (
        "1990-03-24",
        [
            ("Saturday, March 24, 1990", "DATE", "1990-03-24"),
            ("Monday", "DATE", "1990-03-26"),
            ("late Friday", "DATE", "1990-03-23"),
            ("two-year", "DURATION", "P2Y"),
            ("last August", "DATE", "1989-08"),
            ("5 p.m.", "TIME", "1990-03-23T17:00"),
            ("about an hour", "DURATION", "PT1H"),
            ("today", "DATE", "1990-03-24"),
            ("9 a.m.", "TIME", "1990-03-26T09:00"),
            ("Monday", "DATE", "1990-03-26"),
            ("the night", "TIME", "1990-03-23TNI"),
            ("the weekend", "DATE", "1990-W12-WE"),
            ("Thursday afternoon", "TIME", "1990-03-22TAF"),
            ("Wednesday", "DATE", "1990-03-21"),
            ("the next day", "DATE", "1990-03-22"),
            ("Friday evening", "TIME", "1990-03-23TEV"),
            ("January 1988", "DATE", "1988-01"),
            ("last year", "DATE", "1989"),
            ("1988", "DATE", "1988"),
            ("the fourth quarter", "DATE", "1989-Q4"),
            ("October", "DATE", "1989-10"),
            ("the early 1980s", "DATE", "198"),
            ("1986", "DATE", "1986"),
            ("November", "DATE", "1989-11"),
            ("last month", "DATE", "1990-02"),
            ("90 days", "DURATION", "P90D"),
            ("May 15", "DATE", "1990-05-15"),
            ("the end of June", "DATE", "1990-06"),
            ("this year", "DATE", "1990"),
            ("last summer", "DATE", "1989-SU"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
            ("April 7", "DATE", "1990-04-07"),
            ("monthly", "SET", "P1M"),
            ("31 years", "DURATION", "P31Y"),
            ("a few weeks", "DURATION", "PXW"),
        ],
    ),
    # Tuesday 1991-02-05 (ISO week 6), British broadsheet's business page, section label and
    # date line "Tuesday 5 February 1991" (one DATE span), headline, standfirst, byline.
    # "yesterday" Monday 1991-02-04, the union meeting "at 11am yesterday" 1991-02-04T11:00;
    # the warning "on Friday" 1991-02-01 (past); the council meets "on Thursday evening"
    # 1991-02-07TEV and weekly talks begin "from next Monday", the coming Monday 1991-02-11
    # (like "next Tuesday" in gold_blind6). Calderwick's financial year ends in March and is
    # named by the year it ends (gold_blind61, gold_blind63): the current one (April
    # 1990-March 1991) is FY1991 ("full-year" in the standfirst and "its full-year results",
    # adjectival fiscal periods, gold_blind28; "the financial year to the end of March" split
    # at "to", "the end of March" 1991-03), "the previous financial year" FY1990; "the six
    # months to September" P6M plus "September" 1990-09 (a fiscal half has no value shape),
    # and "a year earlier" after it the fiscal year before, FY1990 (gold_blind63). Months in
    # both directions: the closure "by the end of September" 1991-09 and "1 April" 1991-04-01
    # ahead, "the summer" ahead 1991-SU; "since November" 1990-11 and "since before
    # Christmas" 1990-12-25 past (gold_blind13). "at least the end of 1992" 1992 with the
    # modifier kept (gold_blind63's "at least the next two years"); "a fortnight" P2W
    # (gold_blind9); "90-day" P90D; "weekly" SET P1W; "the past two years" P2Y; "five years"
    # P5Y; "the worst news for this town in ten years" -> "ten years" P10Y, the period of a
    # superlative (gold_blind103); "now" PRESENT_REF twice; "next month" 1991-03. Not
    # annotated: "No 2 furnace", "6p", "148p", "1,450", "4,000", "31,000", "12,400", "58 per
    # cent", "£40 million", "two-thirds", "the flotation" (an anaphoric event), "short-time".
    "calderwick-steel-rotherby-closure": (
        "1991-02-05",
        [
            ("Tuesday 5 February 1991", "DATE", "1991-02-05"),
            ("full-year", "DATE", "FY1991"),
            ("yesterday", "DATE", "1991-02-04"),
            ("the end of September", "DATE", "1991-09"),
            ("1957", "DATE", "1957"),
            ("1 April", "DATE", "1991-04-01"),
            ("the summer", "DATE", "1991-SU"),
            ("11am", "TIME", "1991-02-04T11:00"),
            ("yesterday", "DATE", "1991-02-04"),
            ("Friday", "DATE", "1991-02-01"),
            ("the past two years", "DURATION", "P2Y"),
            ("1993", "DATE", "1993"),
            ("November", "DATE", "1990-11"),
            ("Christmas", "DATE", "1990-12-25"),
            ("now", "DATE", "PRESENT_REF"),
            ("90-day", "DURATION", "P90D"),
            ("weekly", "SET", "P1W"),
            ("next Monday", "DATE", "1991-02-11"),
            ("a fortnight", "DURATION", "P2W"),
            ("at least the end of 1992", "DATE", "1992"),
            ("June 1988", "DATE", "1988-06"),
            ("the financial year", "DATE", "FY1991"),
            ("the end of March", "DATE", "1991-03"),
            ("the previous financial year", "DATE", "FY1990"),
            ("the six months", "DURATION", "P6M"),
            ("September", "DATE", "1990-09"),
            ("a year earlier", "DATE", "FY1990"),
            ("1980", "DATE", "1980"),
            ("now", "DATE", "PRESENT_REF"),
            ("The 1980s", "DATE", "198"),
            ("five years", "DURATION", "P5Y"),
            ("the early 1980s", "DATE", "198"),
            ("ten years", "DURATION", "P10Y"),
            ("Thursday evening", "TIME", "1991-02-07TEV"),
            ("next month", "DATE", "1991-03"),
            ("yesterday", "DATE", "1991-02-04"),
            ("full-year", "DATE", "FY1991"),
            ("21 May", "DATE", "1991-05-21"),
        ],
    ),
    # Friday 1989-11-17 (ISO week 46), agency earnings wire from Tokyo, headline, stamp "17 Nov
    # 1989 09:12 GMT" (a DATE and a TIME, the zone in the span, gold_blind103), "TOKYO, Nov
    # 17 (Reuters) -" dateline ("Nov 17" DATE, gold_blind28), "REUTER" sign-off. Sakimoto's
    # business year runs April-March and is named by the year it ends (gold_blind28): "the
    # full business year to March 31, 1990" -> "the full business year" FY1990 plus the date,
    # "the previous business year" FY1989 (gold_blind63). The fiscal half has no value shape:
    # "six-month" (headline) and "the six months to September 30" (twice "the six months")
    # are P6M, and "a year earlier" after them the fiscal year before, FY1989 (gold_blind63).
    # "said on Friday" and "on Friday" are the publication day; the results came "at 3 p.m.
    # (0600 GMT)", Tokyo time and its GMT equivalent, both TIME on 1989-11-17 (gold_blind34).
    # Future: the analysts' meeting "on Tuesday" 1989-11-21, "December 8", "January" 1990-01,
    # "the end of March" 1990-03 (the export limit), "the end of the year" 1989, "the spring
    # of 1991"; past: Ohkawa reported "on Wednesday" 1989-11-15, "since April" and "in August"
    # 1989. "The 1980s" 198, "The 1990s" 199; "between 1980 and 1986" two DATEs; "the past
    # three years" P3Y (the period of a count, "in each of"); "renewed every year since 1981"
    # SET P1Y plus 1981; "The next six months" P6M; "18 months" P18M; "1992". Not annotated:
    # "1990 models" (a model year, gold_blind16), "Lyra 1800" (a product), "1,380" (a price),
    # "4.6 percent", "18 pct", "sixth-largest", "150,000", "interim dividend" (gold_blind63),
    # "REUTER".
    "sakimoto-motor-six-month-profit": (
        "1989-11-17",
        [
            ("six-month", "DURATION", "P6M"),
            ("1991", "DATE", "1991"),
            ("17 Nov 1989", "DATE", "1989-11-17"),
            ("09:12 GMT", "TIME", "1989-11-17T09:12"),
            ("Nov 17", "DATE", "1989-11-17"),
            ("Friday", "DATE", "1989-11-17"),
            ("the six months", "DURATION", "P6M"),
            ("September 30", "DATE", "1989-09-30"),
            ("a year earlier", "DATE", "FY1989"),
            ("the full business year", "DATE", "FY1990"),
            ("March 31, 1990", "DATE", "1990-03-31"),
            ("the previous business year", "DATE", "FY1989"),
            ("the six months", "DURATION", "P6M"),
            ("April", "DATE", "1989-04"),
            ("August", "DATE", "1989-08"),
            ("the spring of 1991", "DATE", "1991-SP"),
            ("the end of the year", "DATE", "1989"),
            ("January", "DATE", "1990-01"),
            ("Tuesday", "DATE", "1989-11-21"),
            ("The 1980s", "DATE", "198"),
            ("The 1990s", "DATE", "199"),
            ("1980", "DATE", "1980"),
            ("1986", "DATE", "1986"),
            ("the past three years", "DURATION", "P3Y"),
            ("every year", "SET", "P1Y"),
            ("1981", "DATE", "1981"),
            ("the end of March", "DATE", "1990-03"),
            ("Wednesday", "DATE", "1989-11-15"),
            ("The next six months", "DURATION", "P6M"),
            ("18 months", "DURATION", "P18M"),
            ("1992", "DATE", "1992"),
            ("Friday", "DATE", "1989-11-17"),
            ("3 p.m.", "TIME", "1989-11-17T15:00"),
            ("0600 GMT", "TIME", "1989-11-17T06:00"),
            ("December 8", "DATE", "1989-12-08"),
        ],
    ),
    # Thursday 1990-12-06 (ISO week 49), Canadian daily's business page, section label and
    # date line "Thursday, December 6, 1990" (one DATE span), headline, deck, byline,
    # "TORONTO —" dateline. The bank's fiscal year ends Oct. 31 ("fiscal 1990, which ended
    # Oct. 31") and is named by the year it ends (gold_blind33): "fiscal 1990" FY1990
    # (November 1989-October 1990), "fiscal 1989" FY1989, "fiscal 1991" FY1991 (deck and
    # body); its quarters "fourth-quarter" FY1990-Q4 and "first-quarter" FY1991-Q1
    # (adjectival fiscal periods, gold_blind28), "the year-earlier quarter" FY1989-Q4; "the
    # three months ended Oct. 31" and "the three months ending Jan. 31" P3M plus the date.
    # Calendar words keep their calendar values (gold_blind35, gold_blind51): "the spring"
    # (the recession's start, past) 1990-SP, "the middle of next year" 1991 (the modifier not
    # recorded, gold_blind40), "next year" 1991, "this winter" in December 1991-WI (the
    # winter of its January, gold_blind103), "January, 1989" 1989-01. "yesterday" Wednesday
    # 1990-12-05 (three times) with the release "at 4 p.m." that day; "met Tuesday"
    # 1990-12-04 and "on Monday" 1990-12-03 past. "payable Feb. 1 to shareholders of record
    # Jan. 4", "Jan. 17", "Jan. 1", "Jan. 31" ahead, 1991. "its second cut in two weeks" ->
    # "two weeks" P2W (gold_blind103); "the next six months" P6M; "every month" P1M; "twice a
    # year" P1Y (gold_blind35); "quarterly" P3M; "the 1970s" 197, "the 1980s" 198; "now"
    # PRESENT_REF twice. Not annotated: "$180-million", "12.75 per cent", "half a percentage
    # point", "two-for-one", "$24.75", "59" (age), "fifth-largest", "9,400", "780".
    "fraser-laurentian-bank-fourth-quarter": (
        "1990-12-06",
        [
            ("Thursday, December 6, 1990", "DATE", "1990-12-06"),
            ("fiscal 1991", "DATE", "FY1991"),
            ("yesterday", "DATE", "1990-12-05"),
            ("fourth-quarter", "DATE", "FY1990-Q4"),
            ("the three months", "DURATION", "P3M"),
            ("Oct. 31", "DATE", "1990-10-31"),
            ("the year-earlier quarter", "DATE", "FY1989-Q4"),
            ("fiscal 1990", "DATE", "FY1990"),
            ("Oct. 31", "DATE", "1990-10-31"),
            ("fiscal 1989", "DATE", "FY1989"),
            ("fiscal 1990", "DATE", "FY1990"),
            ("yesterday", "DATE", "1990-12-05"),
            ("fiscal 1991", "DATE", "FY1991"),
            ("the spring", "DATE", "1990-SP"),
            ("the middle of next year", "DATE", "1991"),
            ("January, 1989", "DATE", "1989-01"),
            ("the 1970s", "DATE", "197"),
            ("1987", "DATE", "1987"),
            ("Tuesday", "DATE", "1990-12-04"),
            ("quarterly", "SET", "P3M"),
            ("Feb. 1", "DATE", "1991-02-01"),
            ("Jan. 4", "DATE", "1991-01-04"),
            ("Jan. 17", "DATE", "1991-01-17"),
            ("Monday", "DATE", "1990-12-03"),
            ("two weeks", "DURATION", "P2W"),
            ("the next six months", "DURATION", "P6M"),
            ("Jan. 1", "DATE", "1991-01-01"),
            ("this winter", "DATE", "1991-WI"),
            ("first-quarter", "DATE", "FY1991-Q1"),
            ("the three months", "DURATION", "P3M"),
            ("Jan. 31", "DATE", "1991-01-31"),
            ("1992", "DATE", "1992"),
            ("now", "DATE", "PRESENT_REF"),
            ("every month", "SET", "P1M"),
            ("twice a year", "SET", "P1Y"),
            ("the 1980s", "DATE", "198"),
            ("now", "DATE", "PRESENT_REF"),
            ("next year", "DATE", "1991"),
            ("yesterday", "DATE", "1990-12-05"),
            ("4 p.m.", "TIME", "1990-12-05T16:00"),
        ],
    ),
    # Monday 1991-06-10 (ISO week 24), US trade weekly's Washington page, masthead "MOTOR
    # FLEET & DEALER REPORT Vol. 14, No. 23 June 10, 1991" (the date one DATE span), section
    # label, headline, deck, byline, "WASHINGTON —" dateline, run-in labels and a "RULE
    # CALENDAR" box. "last Tuesday" in a Monday weekly is the most recent Tuesday, 1991-06-04
    # (gold_blind4, gold_blind10); the rule was published "on Friday" 1991-06-07 and the
    # chairman spoke "in an interview Wednesday" 1991-06-05 (past); she testifies "at 9:30
    # a.m. Thursday" 1991-06-13 (two TIMEX3). "takes effect July 8, a month after
    # publication" -> "July 8" and "a month" P1M (an anchored duration, gold_blind35); "26
    # months after the board first proposed it" P26M likewise. The federal fiscal year runs
    # October-September (gold_blind33, gold_blind35): "fiscal 1992, which begins Oct. 1" and
    # the box's "Fiscal 1992" FY1992 plus 1991-10-01; "the current fiscal year" FY1991. The
    # box's dates are all ahead in 1991; "June 27-28" gives "June 27" and the bare "28"
    # (gold_blind23). "Each Monday" SET XXXX-WXX-1 (like "every Saturday", gold_blind35).
    # "throughout 1990" -> "1990" ("throughout" a signal like "through"); "later this summer"
    # 1991-SU, one span (like "earlier this summer", gold_blind21); "Last month" 1991-05;
    # "six months" ("within" a signal); "the past decade" P10Y; "phased in over three years"
    # P3Y. Not annotated: "the 1997 model year" and "1986-88 model pickups" (model years,
    # gold_blind16, gold_blind94), "Vol. 14", "No. 23", "Room 2123", "Docket 91-14", "(202)
    # 555-1991", "20%", "60%", "6%", "$88 million", "$35", "214", "410,000", "31 failures",
    # "16", "for as long as we've kept records" (no calendar value), "more time" (twice).
    "vehicle-standards-board-tire-lamp-rule": (
        "1991-06-10",
        [
            ("June 10, 1991", "DATE", "1991-06-10"),
            ("Sept. 1, 1995", "DATE", "1995-09-01"),
            ("July 22", "DATE", "1991-07-22"),
            ("last Tuesday", "DATE", "1991-06-04"),
            ("Sept. 1, 1993", "DATE", "1993-09-01"),
            ("Sept. 1, 1994", "DATE", "1994-09-01"),
            ("Sept. 1, 1995", "DATE", "1995-09-01"),
            ("Friday", "DATE", "1991-06-07"),
            ("July 8", "DATE", "1991-07-08"),
            ("a month", "DURATION", "P1M"),
            ("26 months", "DURATION", "P26M"),
            ("April 1989", "DATE", "1989-04"),
            ("120-day", "DURATION", "P120D"),
            ("Wednesday", "DATE", "1991-06-05"),
            ("9:30 a.m.", "TIME", "1991-06-13T09:30"),
            ("Thursday", "DATE", "1991-06-13"),
            ("fiscal 1992", "DATE", "FY1992"),
            ("Oct. 1", "DATE", "1991-10-01"),
            ("the current fiscal year", "DATE", "FY1991"),
            ("1990", "DATE", "1990"),
            ("July 22", "DATE", "1991-07-22"),
            ("May 21", "DATE", "1991-05-21"),
            ("Sept. 1, 1994", "DATE", "1994-09-01"),
            ("60-day", "DURATION", "P60D"),
            ("later this summer", "DATE", "1991-SU"),
            ("Last month", "DATE", "1991-05"),
            ("January 1990", "DATE", "1990-01"),
            ("six months", "DURATION", "P6M"),
            ("the past decade", "DURATION", "P10Y"),
            ("three years", "DURATION", "P3Y"),
            ("1984", "DATE", "1984"),
            ("June 14", "DATE", "1991-06-14"),
            ("10 a.m.", "TIME", "1991-06-14T10:00"),
            ("June 27", "DATE", "1991-06-27"),
            ("28", "DATE", "1991-06-28"),
            ("July 8", "DATE", "1991-07-08"),
            ("July 22", "DATE", "1991-07-22"),
            ("Sept. 1", "DATE", "1991-09-01"),
            ("Oct. 1", "DATE", "1991-10-01"),
            ("Fiscal 1992", "DATE", "FY1992"),
            ("Each Monday", "SET", "XXXX-WXX-1"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
