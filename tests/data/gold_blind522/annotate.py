"""Annotations of blind gold set 522, chosen by hand before the tagger ran.

    python tests/data/gold_blind522/annotate.py [--show]

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
    # Friday 1990-06-15 (ISO week 24), national news page of a New York paper, folio line
    # "THE NEW YORK TIMES, FRIDAY, JUNE 15, 1990 -- A18" (the publication day, one DATE span
    # with its weekday), section label, two-deck headline, byline, "Special to" line and the
    # dateline "WASHINGTON, June 14 —". In this paper's print copy the dateline carries the day
    # the story was filed, the day before the paper, and "today" in the body is that day:
    # "today" (twice) is Thursday 1990-06-14, not the dct (see README). The vote "at 4:10
    # p.m." that day 1990-06-14T16:10; "nearly three hours" PT3H. Past weekday: "At Tuesday's
    # hearing" 1990-06-12 (the possessive left out), "that evening" its evening 1990-06-12TEV
    # (gold_blind8), "The next day" 1990-06-13. Future: the floor vote "as early as Tuesday"
    # 1990-06-19 ("as early as" a signal, gold_blind16), "Wednesday, June 20" one DATE span
    # (like "Sunday, June 3" in gold_blind16). "next week" 1990-W25, "this week" 1990-W24;
    # "July 4" (headline and body, "the July 4 recess") 1990-07-04; "February" 1990-02; "last
    # month" 1990-05; "March 30" 1990-03-30; "last year" 1989; "the next year" after the 1986
    # blast 1987 (a narrative anchor at year granularity). "the night of Jan. 21, 1986" one TIME
    # span (gold_blind32, gold_blind40). Federal fiscal year October-September, named by the
    # year it ends: "the fiscal year that begins Oct. 1" -> "the fiscal year" FY1991 and "Oct.
    # 1" 1990-10-01; "fiscal 1990" FY1990 (gold_blind35). "the first quarter" 1990-Q1 (the
    # last calendar quarter reported); "the 1977 mine safety law" adjectival year 1977; "four
    # times a year" SET P1Y (only the period kept, like "twice a week" P1W in gold_blind35);
    # "quarterly" SET P3M; "every month" SET P1M; "every day" SET P1D; "for weeks" -> "weeks"
    # PXW; "the fall" ahead in June 1990-FA; "Now" (quoted) PRESENT_REF; "four years" (since
    # the 1986 blast) P4Y, "For 20 years" P20Y. Not annotated: "A18" (a page), "12 to 4" (a
    # vote), "54" (an age), "No. 4" (a mine), "nine", "212 mines", "$310,000", "$163
    # million", "4 percent", "the 101st Congress" (an ordinal Congress), "Special to".
    "senate-panel-mine-safety-nominee": (
        "1990-06-15",
        [
            ("FRIDAY, JUNE 15, 1990", "DATE", "1990-06-15"),
            ("Two Days", "DURATION", "P2D"),
            ("July 4", "DATE", "1990-07-04"),
            ("June 14", "DATE", "1990-06-14"),
            ("two days", "DURATION", "P2D"),
            ("1986", "DATE", "1986"),
            ("today", "DATE", "1990-06-14"),
            ("4:10 p.m.", "TIME", "1990-06-14T16:10"),
            ("nearly three hours", "DURATION", "PT3H"),
            ("next week", "DATE", "1990-W25"),
            ("July 4", "DATE", "1990-07-04"),
            ("February", "DATE", "1990-02"),
            ("14 months", "DURATION", "P14M"),
            ("1977", "DATE", "1977"),
            ("four times a year", "SET", "P1Y"),
            ("the first quarter", "DATE", "1990-Q1"),
            ("1974", "DATE", "1974"),
            ("last year", "DATE", "1989"),
            ("the night of Jan. 21, 1986", "TIME", "1986-01-21TNI"),
            ("the next year", "DATE", "1987"),
            ("weeks", "DURATION", "PXW"),
            ("1986", "DATE", "1986"),
            ("1988", "DATE", "1988"),
            ("Tuesday", "DATE", "1990-06-12"),
            ("that evening", "TIME", "1990-06-12TEV"),
            ("The next day", "DATE", "1990-06-13"),
            ("every day", "SET", "P1D"),
            ("four years", "DURATION", "P4Y"),
            ("today", "DATE", "1990-06-14"),
            ("20 years", "DURATION", "P20Y"),
            ("Now", "DATE", "PRESENT_REF"),
            ("six months", "DURATION", "P6M"),
            ("quarterly", "SET", "P3M"),
            ("the fiscal year", "DATE", "FY1991"),
            ("Oct. 1", "DATE", "1990-10-01"),
            ("fiscal 1990", "DATE", "FY1990"),
            ("last month", "DATE", "1990-05"),
            ("March 30", "DATE", "1990-03-30"),
            ("this week", "DATE", "1990-W24"),
            ("every month", "SET", "P1M"),
            ("Tuesday", "DATE", "1990-06-19"),
            ("Wednesday, June 20", "DATE", "1990-06-20"),
            ("the fall", "DATE", "1990-FA"),
        ],
    ),
    # Saturday 1991-03-16 (ISO week 11), national news page, folio line "THE NEW YORK TIMES,
    # SATURDAY, MARCH 16, 1991 -- A9", two-deck headline, byline, "Special to" line, dateline
    # "CHICAGO, March 15 —": the ruling "today", "this afternoon" and "this evening" are
    # Friday 1991-03-15, the dateline's day (see README). The headline's "1989 Trial" and "by
    # Fall" -> "1989" and "Fall" 1991-FA (the fall ahead). Future: "decide by Monday"
    # 1991-03-18, the bail hearing "set for Thursday" 1991-03-21, "as early as September"
    # 1991-09, "before Labor Day" 1991-09-02 (the first Monday of September). Past: "On
    # Wednesday" 1991-03-13. "the following January" after "October 1989" 1990-01 (a
    # narrative anchor); "that August" after "April 1989" 1989-08 (like "that autumn",
    # gold_blind10). "mid-1985" 1985 (gold_blind59); "the spring of 1987" one span 1987-SP;
    # "the late 1980s" 198. The association's "fiscal year ended June 30, 1988" -> "its fiscal
    # year" FY1988 (a July-June year named by the year it ends, gold_blind29) and "June 30,
    # 1988"; "Oct. 27, 1989" a Friday, not named. "last fall" in March 1991 1990-FA; the
    # dissent's "more than five months ago" 1990-10, the unit's granularity (gold_blind28),
    # the modifier kept in the span; "last year" 1990; "now" PRESENT_REF. Durations: "14 days",
    # "12 years", "seven weeks", "four days", "17 months", "30 months", "up to 20 years" (the
    # approximator kept, like "up to 70 years" in gold_blind35). "every Monday" SET
    # XXXX-WXX-1. Not annotated: "A9", "2-to-1", "61", "44" (ages), "11 counts", "$500,000",
    # "14 Illinois savings associations", "$214 million", "$38 million", "$3.1 million",
    # "34-page", "No. 90-1187" (a docket number), "Section 1344", "Seventh Circuit" (an
    # ordinal court), "since then" (anaphoric).
    "seventh-circuit-savings-chief-retrial": (
        "1991-03-16",
        [
            ("SATURDAY, MARCH 16, 1991", "DATE", "1991-03-16"),
            ("1989", "DATE", "1989"),
            ("Fall", "DATE", "1991-FA"),
            ("March 15", "DATE", "1991-03-15"),
            ("today", "DATE", "1991-03-15"),
            ("1989", "DATE", "1989"),
            ("14 days", "DURATION", "P14D"),
            ("this afternoon", "TIME", "1991-03-15TAF"),
            ("Monday", "DATE", "1991-03-18"),
            ("1963", "DATE", "1963"),
            ("October 1989", "DATE", "1989-10"),
            ("the following January", "DATE", "1990-01"),
            ("12 years", "DURATION", "P12Y"),
            ("every Monday", "SET", "XXXX-WXX-1"),
            ("the late 1980s", "DATE", "198"),
            ("April 1989", "DATE", "1989-04"),
            ("that August", "DATE", "1989-08"),
            ("now", "DATE", "PRESENT_REF"),
            ("mid-1985", "DATE", "1985"),
            ("the spring of 1987", "DATE", "1987-SP"),
            ("its fiscal year", "DATE", "FY1988"),
            ("June 30, 1988", "DATE", "1988-06-30"),
            ("seven weeks", "DURATION", "P7W"),
            ("four days", "DURATION", "P4D"),
            ("Oct. 27, 1989", "DATE", "1989-10-27"),
            ("last fall", "DATE", "1990-FA"),
            ("more than five months ago", "DATE", "1990-10"),
            ("this evening", "TIME", "1991-03-15TEV"),
            ("17 months", "DURATION", "P17M"),
            ("Labor Day", "DATE", "1991-09-02"),
            ("September", "DATE", "1991-09"),
            ("Thursday", "DATE", "1991-03-21"),
            ("Wednesday", "DATE", "1991-03-13"),
            ("30 months", "DURATION", "P30M"),
            ("last year", "DATE", "1990"),
            ("up to 20 years", "DURATION", "P20Y"),
        ],
    ),
    # Monday 1990-05-14 (ISO week 20), national news page, folio line "THE NEW YORK TIMES,
    # MONDAY, MAY 14, 1990 -- A12", headline, byline, "Special to" line, dateline "LARKIN
    # SPRINGS, Kan., May 13 —": "today", "early this morning", "this morning", "this
    # afternoon", "tonight" and "5 p.m. today" are Sunday 1990-05-13, the dateline's day (see
    # README). Mother's Day (headline and lead) is the second Sunday of May, 1990-05-13. The
    # tornado struck "on Saturday evening" 1990-05-12TEV, "about 7:40 p.m." that evening
    # (approximator kept), the warning "at 7:22 p.m."; "18 minutes before the storm" an
    # anchored duration PT18M; "through the night" -> "the night" 1990-05-12TNI; the shelter
    # "at 9 p.m. Saturday" two TIMEX3; "shortly before noon" -> "noon" 1990-05-13T12:00. Past:
    # "warned on Friday" 1990-05-11, "over the weekend" -> "the weekend" 1990-W19-WE (12-13
    # May, the weekend of the dateline's Sunday). Future: "by Tuesday" 1990-05-15, "Tuesday
    # night" 1990-05-15TNI, "at least Wednesday" 1990-05-16, funerals "Thursday" 1990-05-17,
    # "next Sunday afternoon" one TIME span, the nearest coming Sunday after the dateline's
    # Sunday, 1990-05-20TAF (gold_blind32's "next Tuesday"). "June 8, 1966" and "the next day"
    # after it 1966-06-09 (gold_blind32); "in '66" DATE 1966 (a two-digit year, gold_blind65).
    # "three times a day" SET P1D; "two weeks" P2W; "years" twice PXY; "now" PRESENT_REF. Not
    # annotated: "A12", "11", "70", "3,100", "30 homes", "140 homes", "240 people", "two
    # miles", "83-year-old" and "71" (ages), "F4" (a rating), "200 miles an hour", "Route 38",
    # "(316) 555-1966" (a phone number holding 1966, beside the annotated '66), "may" (the
    # verb), "soon after" and "then" (anaphoric), "a breakfast for mothers" (no holiday name).
    "larkin-springs-tornado-mothers-day": (
        "1990-05-14",
        [
            ("MONDAY, MAY 14, 1990", "DATE", "1990-05-14"),
            ("Mother's Day", "DATE", "1990-05-13"),
            ("May 13", "DATE", "1990-05-13"),
            ("Mother's Day", "DATE", "1990-05-13"),
            ("today", "DATE", "1990-05-13"),
            ("Saturday evening", "TIME", "1990-05-12TEV"),
            ("about 7:40 p.m.", "TIME", "1990-05-12T19:40"),
            ("about 25 minutes", "DURATION", "PT25M"),
            ("7:22 p.m.", "TIME", "1990-05-12T19:22"),
            ("18 minutes", "DURATION", "PT18M"),
            ("the night", "TIME", "1990-05-12TNI"),
            ("early this morning", "TIME", "1990-05-13TMO"),
            ("noon", "TIME", "1990-05-13T12:00"),
            ("June 8, 1966", "DATE", "1966-06-08"),
            ("the next day", "DATE", "1966-06-09"),
            ("this morning", "TIME", "1990-05-13TMO"),
            ("this afternoon", "TIME", "1990-05-13TAF"),
            ("Tuesday", "DATE", "1990-05-15"),
            ("Friday", "DATE", "1990-05-11"),
            ("the weekend", "DATE", "1990-W19-WE"),
            ("Tuesday night", "TIME", "1990-05-15TNI"),
            ("9 p.m.", "TIME", "1990-05-12T21:00"),
            ("Saturday", "DATE", "1990-05-12"),
            ("tonight", "TIME", "1990-05-13TNI"),
            ("three times a day", "SET", "P1D"),
            ("5 p.m.", "TIME", "1990-05-13T17:00"),
            ("today", "DATE", "1990-05-13"),
            ("two weeks", "DURATION", "P2W"),
            ("at least Wednesday", "DATE", "1990-05-16"),
            ("Thursday", "DATE", "1990-05-17"),
            ("next Sunday afternoon", "TIME", "1990-05-20TAF"),
            ("'66", "DATE", "1966"),
            ("years", "DURATION", "PXY"),
            ("years", "DURATION", "PXY"),
            ("now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Tuesday 1989-10-10 (ISO week 41), weekly science section, folio line "THE NEW YORK
    # TIMES, TUESDAY, OCTOBER 10, 1989 -- C1", section label, headline, byline, no dateline:
    # "Last night" is the night before the paper, Monday 1989-10-09TNI, and "this week"
    # 1989-W41. "two weeks ago" 1989-W39, the unit's granularity (gold_blind32's "a week
    # ago"), which holds the find on Tuesday "Sept. 26" at "4:15 a.m. Mountain time"
    # 1989-09-26T04:15 (the zone in the span, not in the value); "the next morning"
    # 1989-09-27TMO and "that afternoon" the same day, 1989-09-27TAF (narrative anchors,
    # gold_blind8, gold_blind32). Past: "on Friday" 1989-10-06; "last week" 1989-W40.
    # Ahead: "early December" 1989-12, "Nov. 29", "Dec. 14", "mid-December" 1989-12,
    # "mid-January" 1990-01, "Jan. 1" 1990-01-01, "late November" 1989-11, "Christmas"
    # (headline and quote) 1989-12-25, "Thanksgiving" 1989-11-23 (the fourth Thursday of
    # November), "the end of the year" 1989. "the two weeks before Christmas" -> "the two
    # weeks" P2W, an anchored duration, and "Christmas"; "a few nights" PXD; "about 3,400
    # years" P3400Y (an orbital period, like gold_blind96's "about 3,400 years"); "Ten years"
    # P10Y; "seven weeks" P7W ("forecasts made seven weeks ahead"); "about six hours" PT6H;
    # "a day too late" -> "a day" DURATION P1D (the size of a delay, gold_blind35). Habits:
    # "nearly every morning" SET XXXX-XX-XXTMO and "nearly every night" XXXX-XX-XXTNI (the
    # modifier kept, like "almost every day" in gold_blind35), "usually starting at 3 a.m."
    # XXXX-XX-XXT03:00 (a clock time of a recurring habit, gold_blind28), "every Friday" SET
    # XXXX-WXX-5. "now named" -> "now" PRESENT_REF. Not annotated: "C1", "10-inch", "Circular
    # No. 4873", "1989t" (a comet designation holding the year), "68" (an age), "eighth-grade",
    # "38 million miles", "magnitude 8", "16 times", "may" (the verb), "Since the discovery"
    # (event-named), "before the Sun" (no time), "the invention of the telescope".
    "comet-tallis-naked-eye-by-christmas": (
        "1989-10-10",
        [
            ("TUESDAY, OCTOBER 10, 1989", "DATE", "1989-10-10"),
            ("Christmas", "DATE", "1989-12-25"),
            ("two weeks ago", "DATE", "1989-W39"),
            ("early December", "DATE", "1989-12"),
            ("now", "DATE", "PRESENT_REF"),
            ("4:15 a.m. Mountain time", "TIME", "1989-09-26T04:15"),
            ("Sept. 26", "DATE", "1989-09-26"),
            ("the next morning", "TIME", "1989-09-27TMO"),
            ("that afternoon", "TIME", "1989-09-27TAF"),
            ("Sept. 28", "DATE", "1989-09-28"),
            ("31 years", "DURATION", "P31Y"),
            ("1984", "DATE", "1984"),
            ("nearly every morning", "SET", "XXXX-XX-XXTMO"),
            ("1979", "DATE", "1979"),
            ("3 a.m.", "TIME", "XXXX-XX-XXT03:00"),
            ("last week", "DATE", "1989-W40"),
            ("Ten years", "DURATION", "P10Y"),
            ("nearly every night", "SET", "XXXX-XX-XXTNI"),
            ("about 3,400 years", "DURATION", "P3400Y"),
            ("Nov. 29", "DATE", "1989-11-29"),
            ("Dec. 14", "DATE", "1989-12-14"),
            ("the two weeks", "DURATION", "P2W"),
            ("Christmas", "DATE", "1989-12-25"),
            ("a few nights", "DURATION", "PXD"),
            ("mid-December", "DATE", "1989-12"),
            ("mid-January", "DATE", "1990-01"),
            ("Last night", "TIME", "1989-10-09TNI"),
            ("this week", "DATE", "1989-W41"),
            ("about two hours", "DURATION", "PT2H"),
            ("Thanksgiving", "DATE", "1989-11-23"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("the end of the year", "DATE", "1989"),
            ("seven weeks", "DURATION", "P7W"),
            ("Jan. 1", "DATE", "1990-01-01"),
            ("about six hours", "DURATION", "PT6H"),
            ("a day", "DURATION", "P1D"),
            ("Friday", "DATE", "1989-10-06"),
            ("late November", "DATE", "1989-11"),
        ],
    ),
    # Thursday 1991-10-17 (ISO week 42), health page, folio line "THE NEW YORK TIMES,
    # THURSDAY, OCTOBER 17, 1991 -- B14", section label, headline, byline, no dateline: "today's
    # issue" -> "today" the publication day 1991-10-17, "yesterday" 1991-10-16, "on Tuesday"
    # 1991-10-15 (past). "from 1986 to 1990" two DATEs; "an average of 26 months" -> "26
    # months" P26M; "within six hours of their first symptoms" and "After a year" anchored
    # durations PT6H and P1Y; "the first 30 days after the attack" an ordinal period of an
    # event, DURATION P30D (gold_blind35's "The first week"). The trial "stopped ... in
    # September 1990"; "the morning of Sept. 14" one TIME span 1990-09-14TMO (gold_blind32)
    # and "that evening" the same day 1990-09-14TEV. "last November" 1990-11; "until now" ->
    # "now" PRESENT_REF (and "is now recruiting"). The maker's fiscal year ended June 30: "its
    # fiscal year that ended June 30" -> "its fiscal year" FY1991 and "June 30" 1991-06-30, "a
    # year earlier" FY1990 (the granularity of what it is compared with, gold_blind35). Ahead:
    # "the end of the year" 1991; "in February" 1992-02 and "Jan. 6" 1992-01-06 (across the
    # year boundary); "next summer" 1992-SU; "by 1995" 1995. "the 1970s" 197; "since 1987".
    # Sets: "twice a day" P1D, "every three months" P3M, "every six months" P6M, "daily" P1D
    # with the hours of a recurring service "9 a.m." and "5 p.m." XXXX-XX-XXThh:mm
    # (gold_blind32, gold_blind103). Not annotated: "B14", "38 hospitals", "4,120 patients",
    # "aged 35 to 79" (ages, not durations), "9.4 percent", "14.2 percent", "52" (an age),
    # "25-milligram", "$240 million", "$188 million", "6,000 patients", "1-800-555-1987" (a
    # phone number holding 1987, beside the annotated "since 1987"), "may" (the verb), "the
    # end of the study" (event-named), "second attacks", "a second trial".
    "dalimoprol-heart-attack-study": (
        "1991-10-17",
        [
            ("THURSDAY, OCTOBER 17, 1991", "DATE", "1991-10-17"),
            ("six hours", "DURATION", "PT6H"),
            ("today", "DATE", "1991-10-17"),
            ("1986", "DATE", "1986"),
            ("1990", "DATE", "1990"),
            ("26 months", "DURATION", "P26M"),
            ("twice a day", "SET", "P1D"),
            ("the first 30 days", "DURATION", "P30D"),
            ("a year", "DURATION", "P1Y"),
            ("every three months", "SET", "P3M"),
            ("every six months", "SET", "P6M"),
            ("September 1990", "DATE", "1990-09"),
            ("the morning of Sept. 14", "TIME", "1990-09-14TMO"),
            ("that evening", "TIME", "1990-09-14TEV"),
            ("last November", "DATE", "1990-11"),
            ("now", "DATE", "PRESENT_REF"),
            ("at least two years", "DURATION", "P2Y"),
            ("1995", "DATE", "1995"),
            ("the 1970s", "DATE", "197"),
            ("1987", "DATE", "1987"),
            ("yesterday", "DATE", "1991-10-16"),
            ("the end of the year", "DATE", "1991"),
            ("its fiscal year", "DATE", "FY1991"),
            ("June 30", "DATE", "1991-06-30"),
            ("a year earlier", "DATE", "FY1990"),
            ("Tuesday", "DATE", "1991-10-15"),
            ("February", "DATE", "1992-02"),
            ("next summer", "DATE", "1992-SU"),
            ("now", "DATE", "PRESENT_REF"),
            ("Jan. 6", "DATE", "1992-01-06"),
            ("five years", "DURATION", "P5Y"),
            ("15 years", "DURATION", "P15Y"),
            ("daily", "SET", "P1D"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
        ],
    ),
    # Wednesday 1989-11-08 (ISO week 45), election page, folio line "THE NEW YORK TIMES,
    # WEDNESDAY, NOVEMBER 8, 1989 -- B10", page label "THE 1989 ELECTIONS: OHIO" ("1989" an
    # adjectival year), headline, byline, "Special to" line, dateline "ASHBY FALLS, Ohio, Nov.
    # 7 —": election night, "tonight" (three times) is Tuesday 1989-11-07TNI, the dateline's
    # day (see README); the clock times "6:30 a.m.", "7:30 p.m.", "7 a.m.", "11:30 p.m." and
    # "11:50 p.m." and "the afternoon" are on that day. Future: "by Friday" 1989-11-10, "on
    # Thursday" 1989-11-09, "on Veterans Day, Saturday" two DATEs 1989-11-11 (like "Monday is
    # Family Day", gold_blind103), "Jan. 1" 1990-01-01, "Dec. 31" 1989-12-31, "Nov. 21"
    # 1989-11-21, the deficit "in 1990". Past: "on Sunday afternoon" 1989-11-05TAF, "last week"
    # 1989-W44, "since Labor Day" 1989-09-04 (the first Monday of September), "the Republican
    # primary in May" 1989-05, "since January 1974" 1974-01, "this year" 1989. "On May 7,
    # 1985 ... the next day" 1985-05-08. Durations: "28 Years" (headline) and "after 28 years"
    # P28Y, "16-year" and "four-year" and "three-month" (adjectives), "two decades" P20Y,
    # "For months" -> "months" PXM, "the past decade" P10Y, "over five years" -> "five
    # years", "within 10 days" -> "10 days". "six days a week" SET P1W. Not annotated: "B10",
    # "84 precincts", "24,118", "53 percent", "21,390", "46", "58", "71" (ages), "61 percent",
    # "1977 Market Street" (a street number, beside the annotated "since 1977"), "312 votes",
    # "a fifth term", "$3.2 million", "The city's fiscal year follows the calendar year" (kinds
    # of year, no particular one), "14 percent", "6.8 percent", "9,000 residents", "Issue 4",
    # "$9.5 million", "the Third Ward", "41 votes", "Mayor-elect".
    "ashby-falls-mayor-election-night": (
        "1989-11-08",
        [
            ("WEDNESDAY, NOVEMBER 8, 1989", "DATE", "1989-11-08"),
            ("1989", "DATE", "1989"),
            ("28 Years", "DURATION", "P28Y"),
            ("Nov. 7", "DATE", "1989-11-07"),
            ("16-year", "DURATION", "P16Y"),
            ("tonight", "TIME", "1989-11-07TNI"),
            ("1961", "DATE", "1961"),
            ("11:30 p.m.", "TIME", "1989-11-07T23:30"),
            ("May", "DATE", "1989-05"),
            ("1977", "DATE", "1977"),
            ("6:30 a.m.", "TIME", "1989-11-07T06:30"),
            ("7:30 p.m.", "TIME", "1989-11-07T19:30"),
            ("11:50 p.m.", "TIME", "1989-11-07T23:50"),
            ("28 years", "DURATION", "P28Y"),
            ("tonight", "TIME", "1989-11-07TNI"),
            ("7 a.m.", "TIME", "1989-11-07T07:00"),
            ("two decades", "DURATION", "P20Y"),
            ("the afternoon", "TIME", "1989-11-07TAF"),
            ("six days a week", "SET", "P1W"),
            ("Labor Day", "DATE", "1989-09-04"),
            ("May 7, 1985", "DATE", "1985-05-07"),
            ("the next day", "DATE", "1985-05-08"),
            ("months", "DURATION", "PXM"),
            ("Sunday afternoon", "TIME", "1989-11-05TAF"),
            ("Jan. 1", "DATE", "1990-01-01"),
            ("four-year", "DURATION", "P4Y"),
            ("tonight", "TIME", "1989-11-07TNI"),
            ("Friday", "DATE", "1989-11-10"),
            ("Thursday", "DATE", "1989-11-09"),
            ("Veterans Day", "DATE", "1989-11-11"),
            ("Saturday", "DATE", "1989-11-11"),
            ("January 1974", "DATE", "1974-01"),
            ("last week", "DATE", "1989-W44"),
            ("1990", "DATE", "1990"),
            ("Dec. 31", "DATE", "1989-12-31"),
            ("three-month", "DURATION", "P3M"),
            ("1983", "DATE", "1983"),
            ("this year", "DATE", "1989"),
            ("the past decade", "DURATION", "P10Y"),
            ("five years", "DURATION", "P5Y"),
            ("10 days", "DURATION", "P10D"),
            ("Nov. 21", "DATE", "1989-11-21"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
