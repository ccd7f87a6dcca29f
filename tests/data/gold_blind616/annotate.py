"""Annotations of blind gold set 616, chosen by hand before the tagger ran.

    python tests/data/gold_blind616/annotate.py [--show]

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
    # Tuesday 1998-06-16 (ISO week 25), New York daily's Metro page, "PUBLIC LIVES" profile of
    # a Queens diner owner, section label, date line "Tuesday, June 16, 1998" (one DATE span
    # with its weekday, gold_blind35), headline ("After 41 Years ..., One Last Saturday":
    # "41 Years" P41Y, the closing "Saturday" 1998-06-20), byline. Future weekdays: "On
    # Saturday at 3 p.m." 1998-06-20 and 1998-06-20T15:00, "Thursday morning" 1998-06-18TMO
    # and "that night" after it 1998-06-18TNI, "Friday evening" 1998-06-19TEV, "on Sunday"
    # 1998-06-21 with "8 a.m." that day, the box's "through Saturday". Past: "last Wednesday"
    # in a Tuesday paper is the Wednesday of the week before, 1998-06-10 (like "last Tuesday"
    # in gold_blind4). "His last week" is his final week at work, the week now running,
    # 1998-W25, "last" meaning final (like "The last Christmas" in gold_blind81; see README).
    # "March" 1998-03 (past), "the end of the month" 1998-06. Habits: "arrives at 4:30 a.m."
    # and "at about 7:15" XXXX-XX-XXThh:mm (gold_blind81), "every four minutes" PT4M, "almost
    # every day" P1D (the modifier kept, gold_blind35), "every Thursday morning"
    # XXXX-WXX-4TMO, "Every afternoon" XXXX-XX-XXTAF, the box's "daily from 5 a.m. to 3 p.m."
    # (P1D and two XXXX-XX-XXThh:mm, gold_blind16). "an hour later than he did" PT1H (the size
    # of a difference, like "a year later than the board proposed", gold_blind35); "For
    # years" -> "years" PXY; "a generation ago" PAST_REF (gold_blind6); "recent years"
    # PAST_REF; "These days", "now" PRESENT_REF; "last fall" 1997-FA; "after 60 years" P60Y;
    # "the next century" 20, the 21st century said in 1998 (like "the 21st century" 20,
    # gold_blind31); "the first time in 41 years" -> "41 years" P41Y (a "first in",
    # gold_blind35). Not annotated: "43rd Street", "the No. 7 train", "the early shift", "the
    # night shift", "the Eisenhower administration" (a named era, gold_blind92), "the last
    # time", ages "74", "65" (twice), "17", "48", "a dime", "$4,000", "$1.95", "$1.2 million",
    # "45 cents", "$3.25", "200 regulars", "twice", "41-19 Halsey Avenue", "(718) 555-1957".
    "aster-diner-last-shift-profile": (
        "1998-06-16",
        [
            ("Tuesday, June 16, 1998", "DATE", "1998-06-16"),
            ("41 Years", "DURATION", "P41Y"),
            ("Saturday", "DATE", "1998-06-20"),
            ("the spring of 1957", "DATE", "1957-SP"),
            ("every four minutes", "SET", "PT4M"),
            ("almost every day", "SET", "P1D"),
            ("Saturday", "DATE", "1998-06-20"),
            ("3 p.m.", "TIME", "1998-06-20T15:00"),
            ("March", "DATE", "1998-03"),
            ("the end of the month", "DATE", "1998-06"),
            ("These days", "DATE", "PRESENT_REF"),
            ("4:30 a.m.", "TIME", "XXXX-XX-XXT04:30"),
            ("an hour", "DURATION", "PT1H"),
            ("the 1960s", "DATE", "196"),
            ("years", "DURATION", "PXY"),
            ("last Wednesday", "DATE", "1998-06-10"),
            ("1951", "DATE", "1951"),
            ("six years", "DURATION", "P6Y"),
            ("1989", "DATE", "1989"),
            ("the early 1990s", "DATE", "199"),
            ("every Thursday morning", "SET", "XXXX-WXX-4TMO"),
            ("1972", "DATE", "1972"),
            ("about 7:15", "TIME", "XXXX-XX-XXT07:15"),
            ("Every afternoon", "SET", "XXXX-XX-XXTAF"),
            ("a generation ago", "DATE", "PAST_REF"),
            ("recent years", "DATE", "PAST_REF"),
            ("1996", "DATE", "1996"),
            ("last fall", "DATE", "1997-FA"),
            ("60 years", "DURATION", "P60Y"),
            ("the summer of 1997", "DATE", "1997-SU"),
            ("the next century", "DATE", "20"),
            ("1957", "DATE", "1957"),
            ("now", "DATE", "PRESENT_REF"),
            ("His last week", "DATE", "1998-W25"),
            ("Thursday morning", "TIME", "1998-06-18TMO"),
            ("that night", "TIME", "1998-06-18TNI"),
            ("Friday evening", "TIME", "1998-06-19TEV"),
            ("Sunday", "DATE", "1998-06-21"),
            ("41 years", "DURATION", "P41Y"),
            ("8 a.m.", "TIME", "1998-06-21T08:00"),
            ("daily", "SET", "P1D"),
            ("5 a.m.", "TIME", "XXXX-XX-XXT05:00"),
            ("3 p.m.", "TIME", "XXXX-XX-XXT15:00"),
            ("Saturday", "DATE", "1998-06-20"),
        ],
    ),
    # Sunday 1999-08-15 (ISO week 32), New York daily's National page, anniversary
    # retrospective of an invented dam failure, date line "Sunday, August 15, 1999", headline
    # ("Thirty Years After the Water": P30Y, a duration anchored to an event like "Two Weeks
    # After Quake", gold_blind35), byline, dateline "ORRIN FALLS, Vt., Aug. 14 —" (the filing
    # day, DATE 1999-08-14 as written, gold_blind16; every weekday of the text resolves to the
    # same day from either date, and the text has no "today" or "yesterday"). The story of
    # 1969: "Aug. 14, 1969" (a Thursday), "At 11:40 on that Thursday night" two TIMEX3,
    # 1969-08-14T23:40 and 1969-08-14TNI; "the next morning" 1969-08-15TMO; "that night"
    # (twice) 1969-08-14TNI; "Within an hour" -> "an hour" PT1H (how long the rise took,
    # gold_blind35); "five days" P5D. "built at the turn of the century" -> 1900 (the dam of a
    # mill running "since the 1920s", gold_blind92; see README). Today's events: "On
    # Saturday" 1999-08-14 with "11:40 a.m." that day, "voted on Tuesday" 1999-08-10, "said on
    # Friday" 1999-08-13 (past); "At 7 p.m. Wednesday" 1999-08-18T19:00 and 1999-08-18,
    # "Labor Day" 1999-09-06 (the first Monday of September), "next spring" 2000-SP, "until
    # Aug. 31" 1999-08-31 (future). "three decades" P30Y; "every year" SET P1Y; "For years"
    # -> "years" PXY; "a decade ago" 1989 (the unit's granularity, gold_blind16); "last
    # fall" 1998-FA; "the past five years" P5Y; "A generation ago" PAST_REF; "recent years"
    # PAST_REF; "Now", "now", "These days" PRESENT_REF; "Thirty years is not so long" P30Y.
    # Not annotated: "before the war" (an event), "2,300", "14 feet", "Nine people", "600
    # people", "nine times", ages "9", "52", "81", "a third", "a fifth", "Route 155", "the No.
    # 3 unit", "(802) 555-1969", "may" (the verb).
    "orrin-falls-flood-thirty-years": (
        "1999-08-15",
        [
            ("Sunday, August 15, 1999", "DATE", "1999-08-15"),
            ("Thirty Years", "DURATION", "P30Y"),
            ("Aug. 14", "DATE", "1999-08-14"),
            ("Aug. 14, 1969", "DATE", "1969-08-14"),
            ("three decades", "DURATION", "P30Y"),
            ("11:40", "TIME", "1969-08-14T23:40"),
            ("that Thursday night", "TIME", "1969-08-14TNI"),
            ("the turn of the century", "DATE", "1900"),
            ("five days", "DURATION", "P5D"),
            ("an hour", "DURATION", "PT1H"),
            ("the next morning", "TIME", "1969-08-15TMO"),
            ("the 1920s", "DATE", "192"),
            ("Saturday", "DATE", "1999-08-14"),
            ("every year", "SET", "P1Y"),
            ("1970", "DATE", "1970"),
            ("11:40 a.m.", "TIME", "1999-08-14T11:40"),
            ("the 1990s", "DATE", "199"),
            ("years", "DURATION", "PXY"),
            ("that night", "TIME", "1969-08-14TNI"),
            ("Now", "DATE", "PRESENT_REF"),
            ("1971", "DATE", "1971"),
            ("the 1970s", "DATE", "197"),
            ("1978", "DATE", "1978"),
            ("a decade ago", "DATE", "1989"),
            ("1958", "DATE", "1958"),
            ("the spring of 1966", "DATE", "1966-SP"),
            ("recent years", "DATE", "PAST_REF"),
            ("1994", "DATE", "1994"),
            ("last fall", "DATE", "1998-FA"),
            ("now", "DATE", "PRESENT_REF"),
            ("the past five years", "DURATION", "P5Y"),
            ("A generation ago", "DATE", "PAST_REF"),
            ("1993", "DATE", "1993"),
            ("These days", "DATE", "PRESENT_REF"),
            ("Tuesday", "DATE", "1999-08-10"),
            ("Labor Day", "DATE", "1999-09-06"),
            ("7 p.m.", "TIME", "1999-08-18T19:00"),
            ("Wednesday", "DATE", "1999-08-18"),
            ("next spring", "DATE", "2000-SP"),
            ("that night", "TIME", "1969-08-14TNI"),
            ("Friday", "DATE", "1999-08-13"),
            ("1979", "DATE", "1979"),
            ("Thirty years", "DURATION", "P30Y"),
            ("Aug. 31", "DATE", "1999-08-31"),
        ],
    ),
    # Monday 2000-01-24 (ISO week 4), New York daily's business section, "NEWS ANALYSIS" of an
    # invented piano maker, date line "Monday, January 24, 2000", headline ("After a Century
    # of Uprights": "a Century" P100Y, a fronted headline duration like "35 Years of Promises",
    # gold_blind16), byline. Stellwagen's fiscal year ends on Sept. 30 ("Stellwagen's fiscal
    # 2000 ends Sept. 30"): "fiscal 2000" FY2000 and "Sept. 30" 2000-09-30; "its fiscal first
    # quarter, which ended Dec. 31" FY2000-Q1 (the possessive kept, like "its fiscal third
    # quarter" in gold_blind38) and 1999-12-31; "a year earlier" after it FY1999-Q1 (the
    # granularity of what it is compared with, gold_blind14); "the end of fiscal 2001"
    # FY2001 (gold_blind17); "fiscal 1997" FY1997; "the second quarter of fiscal 2000"
    # FY2000-Q2. Weekdays: "10 a.m. Wednesday" 2000-01-26T10:00 and 2000-01-26 (future); "On
    # Friday", "Friday's announcement" 2000-01-21, "Friday afternoon" 2000-01-21TAF, "on
    # Saturday" 2000-01-22 (past). "last week" 2000-W03; "last year" 1999; "Jan. 1"
    # 2000-01-01; "the 20th century" 19 ("most of" left out, gold_blind92); "1900" (a plain
    # year, the text avoids "the turn of the century" in a January 2000 story); "decades"
    # PXY; "the past decade" P10Y; "the year 2000" one span 2000 (gold_blind35);
    # "Thirty-five years" P35Y; "the fall" ahead in January 2000-FA; "at least two years"
    # P2Y; "The next 18 months" P18M; "April" 2000-04. Not annotated: "to the month" (an
    # idiom), "its fifth consecutive quarterly decline" (an adjective naming the period of a
    # figure, not a recurrence, like "its usual monthly total" in gold_blind103), "Its best
    # year", "a profitable year", "the Y2K changeover" ("Y2K" a name, gold_blind34), "The
    # Depression" (an event), "Model 1050", "Local 102", "4,100 instruments", "more than 100",
    # "$14 million", "210 jobs", "18 percent", "$9.6 million", "70 percent", "$300,000", ages
    # "61" and "19".
    "stellwagen-pianos-news-analysis": (
        "2000-01-24",
        [
            ("Monday, January 24, 2000", "DATE", "2000-01-24"),
            ("a Century", "DURATION", "P100Y"),
            ("10 a.m.", "TIME", "2000-01-26T10:00"),
            ("Wednesday", "DATE", "2000-01-26"),
            ("1887", "DATE", "1887"),
            ("Friday", "DATE", "2000-01-21"),
            ("the end of fiscal 2001", "DATE", "FY2001"),
            ("the next three years", "DURATION", "P3Y"),
            ("fiscal 2000", "DATE", "FY2000"),
            ("Sept. 30", "DATE", "2000-09-30"),
            ("its fiscal first quarter", "DATE", "FY2000-Q1"),
            ("Dec. 31", "DATE", "1999-12-31"),
            ("a year earlier", "DATE", "FY1999-Q1"),
            ("last week", "DATE", "2000-W03"),
            ("the 20th century", "DATE", "19"),
            ("1900", "DATE", "1900"),
            ("1926", "DATE", "1926"),
            ("the 1950s", "DATE", "195"),
            ("decades", "DURATION", "PXY"),
            ("Friday", "DATE", "2000-01-21"),
            ("the 1990s", "DATE", "199"),
            ("now", "DATE", "PRESENT_REF"),
            ("1990", "DATE", "1990"),
            ("the past decade", "DURATION", "P10Y"),
            ("Saturday", "DATE", "2000-01-22"),
            ("the year 2000", "DATE", "2000"),
            ("last year", "DATE", "1999"),
            ("Jan. 1", "DATE", "2000-01-01"),
            ("fiscal 1997", "DATE", "FY1997"),
            ("Friday afternoon", "TIME", "2000-01-21TAF"),
            ("1964", "DATE", "1964"),
            ("Thirty-five years", "DURATION", "P35Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("Feb. 3", "DATE", "2000-02-03"),
            ("the fall", "DATE", "2000-FA"),
            ("at least two years", "DURATION", "P2Y"),
            ("The next 18 months", "DURATION", "P18M"),
            ("the second quarter of fiscal 2000", "DATE", "FY2000-Q2"),
            ("April", "DATE", "2000-04"),
        ],
    ),
    # Saturday 1998-11-21 (ISO week 47), British daily's Saturday review section, music
    # retrospective of an invented 1960s folk band's reunion, section label, date line
    # "Saturday 21 November 1998", headline "Thirty years on" (DATE 1998, the year thirty on
    # from the 1968 album, like "Sixty years on" in gold_blind10), standfirst with byline.
    # The story line of 1968-69: "the autumn of 1968" 1968-FA, "eleven days" P11D, "the
    # following February" 1969-02 and "that summer" 1969-SU (against the last date of the
    # story line, gold_blind16, gold_blind81); "the end of the Sixties" 196 and "the middle of
    # the Seventies" 197 (decades in words, the modifier unrecorded, gold_blind81). Today:
    # "on Tuesday afternoon" 1998-11-17TAF (past, the interview); "on Thursday 3 December"
    # 1998-12-03, "Friday 4 December" 1998-12-04, "on Monday" 1998-11-23 and "January" 1999-01
    # (future); "August", "September", "October" 1998 and "last month" 1998-10 (past); "last
    # year" 1997; "a week before Christmas" -> "a week" P1W and "Christmas" 1998-12-25 (an
    # anchored duration beside its holiday); "within a fortnight" -> "a fortnight" P2W; "in two
    # days" P2D (how long the recording took). Sets: "three evenings a week" and "two days a
    # week" SET P1W (the period only, like "twice a week", gold_blind35); the rehearsal hours
    # "from 7 till 10" (evenings) XXXX-XX-XXT19:00 and XXXX-XX-XXT22:00 (bare clock numerals of
    # a habit, gold_blind81). "For years" -> "years" PXY; "recent months" PAST_REF; "A
    # generation ago" PAST_REF; "Now" (twice), "These days" PRESENT_REF. Not annotated: "this
    # time", "Bright Water Hours" (a title, twice), "1,412 copies", "a 45" (a record format),
    # "500", "nine-date tour", "late-night radio" (an adjective naming a kind), "the original
    # four", "twenty people", ages "52" and "24", "£12.99", "0113 555 1968" (beside "1968").
    "harrowgate-lanterns-reunion-review": (
        "1998-11-21",
        [
            ("Saturday 21 November 1998", "DATE", "1998-11-21"),
            ("Thirty years on", "DATE", "1998"),
            ("1968", "DATE", "1968"),
            ("Now", "DATE", "PRESENT_REF"),
            ("the autumn of 1968", "DATE", "1968-FA"),
            ("eleven days", "DURATION", "P11D"),
            ("the following February", "DATE", "1969-02"),
            ("that summer", "DATE", "1969-SU"),
            ("the end of the Sixties", "DATE", "196"),
            ("the middle of the Seventies", "DATE", "197"),
            ("Now", "DATE", "PRESENT_REF"),
            ("years", "DURATION", "PXY"),
            ("Tuesday afternoon", "TIME", "1998-11-17TAF"),
            ("the spring of 1996", "DATE", "1996-SP"),
            ("last year", "DATE", "1997"),
            ("recent months", "DATE", "PAST_REF"),
            ("1969", "DATE", "1969"),
            ("August", "DATE", "1998-08"),
            ("Thursday 3 December", "DATE", "1998-12-03"),
            ("a week", "DURATION", "P1W"),
            ("Christmas", "DATE", "1998-12-25"),
            ("1991", "DATE", "1991"),
            ("September", "DATE", "1998-09"),
            ("three evenings a week", "SET", "P1W"),
            ("7", "TIME", "XXXX-XX-XXT19:00"),
            ("10", "TIME", "XXXX-XX-XXT22:00"),
            ("1968", "DATE", "1968"),
            ("A generation ago", "DATE", "PAST_REF"),
            ("These days", "DATE", "PRESENT_REF"),
            ("a fortnight", "DURATION", "P2W"),
            ("October", "DATE", "1998-10"),
            ("Friday 4 December", "DATE", "1998-12-04"),
            ("two days", "DURATION", "P2D"),
            ("last month", "DATE", "1998-10"),
            ("Monday", "DATE", "1998-11-23"),
            ("January", "DATE", "1999-01"),
            ("two days a week", "SET", "P1W"),
            ("3 December", "DATE", "1998-12-03"),
        ],
    ),
    # Wednesday 1999-03-17 (ISO week 11), Canadian national paper's news analysis, section
    # label, date line "Wednesday, March 17, 1999", headline, deck, byline "Prairie Bureau",
    # "REGINA —" dateline. Weekdays: "On Monday" 1999-03-15 (past), "meets on Friday at 7:30
    # p.m." 1999-03-19 and 1999-03-19T19:30 (future); "yesterday" 1999-03-16, "tomorrow"
    # 1999-03-18; "next week" 1999-W12. Saskatchewan's fiscal year runs April-March and is
    # named by the year it ends (gold_blind70): "the fiscal year that begins April 1" ->
    # "the fiscal year" FY2000 and "April 1" 1999-04-01 (gold_blind13), "fiscal 2000-01" one
    # span FY2001 (like "fiscal 2016-17" FY2017, gold_blind70). "June 30" 1999-06-30; "Nov.
    # 2" 1998-11-02 (past); "last October" 1998-10; "January 1998" 1998-01. "this fall" and
    # "This fall" 1999-FA; "the fall of 1997" 1997-FA; "the summer of 1997" 1997-SU. "laid in
    # 1912 and reached Kestrel Lake the following year" -> 1913. "Thirty years ago" 1969 (the
    # unit's granularity). "87 years" P87Y; "every week" SET P1W; "the past decade" P10Y;
    # "60 days" P60D; "two more years" P2Y; "about 15 weeks" P15W (15 March to 30 June);
    # "the next five years" P5Y; "For decades" -> "decades" PXY; "105 days" P105D (17 March
    # to 30 June); "recent years" PAST_REF; "These days", "Now" PRESENT_REF. Not annotated:
    # "No. 1 wheat" (a grade), "140 kilometres", "60 kilometres", "three generations" (no
    # fixed length, see README), "at harvest", "the harvest" (a farming season with no
    # calendar unit), "around the clock", "forever", "by half", "three times that", "twice",
    # "$3.2-million", "Grid Road 612" (twice), "14 abandonments", age "58".
    "kestrel-branch-line-closing-analysis": (
        "1999-03-17",
        [
            ("Wednesday, March 17, 1999", "DATE", "1999-03-17"),
            ("87 years", "DURATION", "P87Y"),
            ("every week", "SET", "P1W"),
            ("Monday", "DATE", "1999-03-15"),
            ("June 30", "DATE", "1999-06-30"),
            ("this fall", "DATE", "1999-FA"),
            ("the past decade", "DURATION", "P10Y"),
            ("1996", "DATE", "1996"),
            ("60 days", "DURATION", "P60D"),
            ("Nov. 2", "DATE", "1998-11-02"),
            ("last October", "DATE", "1998-10"),
            ("two more years", "DURATION", "P2Y"),
            ("about 15 weeks", "DURATION", "P15W"),
            ("1912", "DATE", "1912"),
            ("the following year", "DATE", "1913"),
            ("Thirty years ago", "DATE", "1969"),
            ("the summer of 1997", "DATE", "1997-SU"),
            ("These days", "DATE", "PRESENT_REF"),
            ("1995", "DATE", "1995"),
            ("1919", "DATE", "1919"),
            ("This fall", "DATE", "1999-FA"),
            ("the fiscal year", "DATE", "FY2000"),
            ("April 1", "DATE", "1999-04-01"),
            ("tomorrow", "DATE", "1999-03-18"),
            ("the next five years", "DURATION", "P5Y"),
            ("fiscal 2000-01", "DATE", "FY2001"),
            ("yesterday", "DATE", "1999-03-16"),
            ("the fall of 1997", "DATE", "1997-FA"),
            ("the 1970s", "DATE", "197"),
            ("recent years", "DATE", "PAST_REF"),
            ("January 1998", "DATE", "1998-01"),
            ("Friday", "DATE", "1999-03-19"),
            ("7:30 p.m.", "TIME", "1999-03-19T19:30"),
            ("next week", "DATE", "1999-W12"),
            ("decades", "DURATION", "PXY"),
            ("Now", "DATE", "PRESENT_REF"),
            ("105 days", "DURATION", "P105D"),
        ],
    ),
    # Thursday 2000-05-04 (ISO week 18), Irish national daily's rural-affairs feature on a
    # village school reopening, section label, date line "Thursday, May 4, 2000", headline
    # ("26 years on": DATE 2000, the year 26 on from the 1974 closing, gold_blind10),
    # standfirst with byline. The closing: "on Friday, June 28th, 1974" one DATE span
    # 1974-06-28 (a Friday), "for the afternoon" -> "the afternoon" 1974-06-28TAF. Today:
    # "On Tuesday" 2000-05-02, "On Tuesday evening" 2000-05-02TEV, "hours after he got the
    # keys" -> "hours" PTXH (an anchored vague duration, gold_blind6), "the next morning"
    # 2000-05-03TMO (the day after that evening); "last week" 2000-W17; "a Mass at 11am on
    # Sunday" 2000-05-07T11:00 and 2000-05-07; "the June bank holiday weekend" 2000-W22-WE
    # (Saturday 3 to Monday 5 June 2000, the ISO week of its Saturday, like "Family Day
    # weekend" in gold_blind103); "September" (twice) 2000-09; "the end of August" 2000-08;
    # "Thursday, August 31st" 2000-08-31. "At the turn of the last century" -> "the turn of
    # the last century" DATE 1900 (see README). "Forty years ago" 1960; "14 years" P14Y;
    # "For decades" -> "decades" PXY; "every summer" SET XXXX-SU; "a fortnight" P2W; "the
    # past three years" P3Y; "These days", "For now" PRESENT_REF ("for now", gold_blind13);
    # "the 1974 roll" -> "1974" (a year naming when a thing was made, gold_blind92). Not
    # annotated: "In my own time" (an idiom naming a person's era, like "In my day",
    # gold_blind81), "this time", "The first day of term" (an event-named day; its date is
    # annotated), "good times", "eight-year-old", ages "34" and "71", "31 pupils",
    # "Twenty-two families", "140 children", "60", "nine" (twice), "£180,000", "(094) 55
    # 1974" (beside "1974").
    "gortnaglass-school-reopens-feature": (
        "2000-05-04",
        [
            ("Thursday, May 4, 2000", "DATE", "2000-05-04"),
            ("26 years on", "DATE", "2000"),
            ("1974", "DATE", "1974"),
            ("September", "DATE", "2000-09"),
            ("Friday, June 28th, 1974", "DATE", "1974-06-28"),
            ("the afternoon", "TIME", "1974-06-28TAF"),
            ("Tuesday", "DATE", "2000-05-02"),
            ("1998", "DATE", "1998"),
            ("14 years", "DURATION", "P14Y"),
            ("last week", "DATE", "2000-W17"),
            ("September", "DATE", "2000-09"),
            ("Forty years ago", "DATE", "1960"),
            ("the 1950s", "DATE", "195"),
            ("the 1980s", "DATE", "198"),
            ("1983", "DATE", "1983"),
            ("1991", "DATE", "1991"),
            ("decades", "DURATION", "PXY"),
            ("every summer", "SET", "XXXX-SU"),
            ("a fortnight", "DURATION", "P2W"),
            ("These days", "DATE", "PRESENT_REF"),
            ("the past three years", "DURATION", "P3Y"),
            ("the turn of the last century", "DATE", "1900"),
            ("1884", "DATE", "1884"),
            ("the 1940s", "DATE", "194"),
            ("11am", "TIME", "2000-05-07T11:00"),
            ("Sunday", "DATE", "2000-05-07"),
            ("the June bank holiday weekend", "DATE", "2000-W22-WE"),
            ("the end of August", "DATE", "2000-08"),
            ("Thursday, August 31st", "DATE", "2000-08-31"),
            ("1957", "DATE", "1957"),
            ("1969", "DATE", "1969"),
            ("For now", "DATE", "PRESENT_REF"),
            ("Tuesday evening", "TIME", "2000-05-02TEV"),
            ("hours", "DURATION", "PTXH"),
            ("1974", "DATE", "1974"),
            ("the next morning", "TIME", "2000-05-03TMO"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
