"""Annotations of blind gold set 490, chosen by hand before the tagger ran.

    python tests/data/gold_blind490/annotate.py [--show]

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
    # Friday 1999-06-04 (ISO week 22), metro-section city hall budget story, section label,
    # date line "Friday, June 4, 1999" (one DATE span with its weekday), headline, deck, byline,
    # no dateline (a New York City story: "yesterday" would be Thursday 1999-06-03). "late last
    # night" is Thursday's night, 1999-06-03TNI (gold_blind35: "last night" is the night of the
    # day before publication), and "shortly after 11 p.m." that night 1999-06-03T23:00 (the
    # modifier "shortly after" a signal, gold_blind32). The headline's "Weeks Ahead" -> "Weeks"
    # PXW. New York City's fiscal year runs July-June and is named by the year it ends
    # (gold_blind29, Paso Lindo): "the fiscal year that begins July 1" -> "the fiscal year"
    # FY2000 plus "July 1" 1999-07-01; "fiscal 2000" FY2000; "the current fiscal year, which
    # ends June 30" FY1999 plus "June 30" 1999-06-30; "fiscal 2001" FY2001. "almost four weeks"
    # P4W (anchored on the deadline, the duration alone). "next Thursday" in a Friday paper is
    # the nearest coming Thursday, 1999-06-10 (gold_blind29, gold_blind32), and the stated
    # meeting "at 1:30 p.m. Thursday" the same day. Past weekdays: "a 14-hour session on
    # Tuesday" 1999-06-01, "warned on Wednesday" 1999-06-02. "every day since Memorial Day" a
    # SET P1D and its frame, Memorial Day 1999 the last Monday of May, 1999-05-31
    # (gold_blind16). "the end of 2000" the year's value; "Jan. 1" ahead 2000-01-01. "Saturdays"
    # SET XXXX-WXX-6; "September", "July 6", "July" (police classes) ahead in 1999; "next
    # January" 2000-01; "February" (the mayor's proposal) and "January and February" (tax
    # collections) past, 1999-02 and 1999-01; "Last year" 1998 and its "June 29" 1998-06-29;
    # "This year" 1999; "the Fourth of July" 1999-07-04 (a holiday on its day, the article
    # kept like "the Fourth of July weekend" in gold_blind57); "Two years from now" 2001 (the
    # unit's granularity, like "A century from now", gold_blind26); "March 2000"; "next
    # spring" 2000-SP; "last year" 1998; "today" the paper's day. Adjectival durations
    # "one-year", "three-year", "14-hour". Not annotated: "Saturday Hours" in the deck and
    # "summer jobs" (adjectives naming kinds, gold_blind56, gold_blind95), "45 to 6" (a vote),
    # "Local 1880" (a union local, like "Local 1990" in gold_blind35), "Room 1998" (a room
    # number in a 1999 story with "last year" 1998 annotated), "$38.2 billion", "$1.1 billion",
    # "$22 million", "$9 million" (twice), "$1.9 billion", "1,500", "1,000", "two classes".
    "city-council-budget-deal-fiscal-2000": (
        "1999-06-04",
        [
            ("Friday, June 4, 1999", "DATE", "1999-06-04"),
            ("Weeks", "DURATION", "PXW"),
            ("late last night", "TIME", "1999-06-03TNI"),
            ("the fiscal year", "DATE", "FY2000"),
            ("July 1", "DATE", "1999-07-01"),
            ("almost four weeks", "DURATION", "P4W"),
            ("June 30", "DATE", "1999-06-30"),
            ("1989", "DATE", "1989"),
            ("11 p.m.", "TIME", "1999-06-03T23:00"),
            ("next Thursday", "DATE", "1999-06-10"),
            ("fiscal 2000", "DATE", "FY2000"),
            ("the current fiscal year", "DATE", "FY1999"),
            ("June 30", "DATE", "1999-06-30"),
            ("one-year", "DURATION", "P1Y"),
            ("Jan. 1", "DATE", "2000-01-01"),
            ("the end of 2000", "DATE", "2000"),
            ("three-year", "DURATION", "P3Y"),
            ("February", "DATE", "1999-02"),
            ("every day", "SET", "P1D"),
            ("Memorial Day", "DATE", "1999-05-31"),
            ("14-hour", "DURATION", "PT14H"),
            ("Tuesday", "DATE", "1999-06-01"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("September", "DATE", "1999-09"),
            ("July 6", "DATE", "1999-07-06"),
            ("Last year", "DATE", "1998"),
            ("June 29", "DATE", "1998-06-29"),
            ("This year", "DATE", "1999"),
            ("the Fourth of July", "DATE", "1999-07-04"),
            ("fiscal 2001", "DATE", "FY2001"),
            ("Wednesday", "DATE", "1999-06-02"),
            ("January", "DATE", "1999-01"),
            ("February", "DATE", "1999-02"),
            ("Two years from now", "DATE", "2001"),
            ("July", "DATE", "1999-07"),
            ("next January", "DATE", "2000-01"),
            ("March 2000", "DATE", "2000-03"),
            ("next spring", "DATE", "2000-SP"),
            ("1:30 p.m.", "TIME", "1999-06-10T13:30"),
            ("Thursday", "DATE", "1999-06-10"),
            ("last year", "DATE", "1998"),
            ("today", "DATE", "1999-06-04"),
        ],
    ),
    # Monday 1998-11-16 (ISO week 47), metro-section transit story with a service-change box,
    # section label, date line "Monday, November 16, 1998", headline, byline, no dateline.
    # "said on Friday" is past, 1998-11-13; "The next shutdown begins at 11 p.m. Friday" and
    # the box's "11 p.m. Friday to 5 a.m. Monday" are ahead, 1998-11-20T23:00 and
    # 1998-11-23T05:00 (the same weekdays in both directions, gold_blind32); "54 hours" PT54H is
    # that span. The shutdown hours that recur every weekend, "from 11 p.m. on Fridays until 5
    # a.m. on Mondays", are TIMEs of no particular day, XXXX-XX-XXT23:00 and XXXX-XX-XXT05:00,
    # with the plural weekdays SETs XXXX-WXX-5 and XXXX-WXX-1 (gold_blind95, gold_blind27), as
    # are the restored night trains "between 1 a.m. and 5 a.m." and the box's "from 1 a.m. to
    # 5 a.m. nightly" ("nightly" SET XXXX-XX-XXTNI). "on weekends" SET XXXX-WXX-WE (bare
    # plural, gold_blind13), "every weekend" the same. The headline's "Into February" and the
    # body's "Feb. 21" are 1999 (the next February). "the Thanksgiving weekend" is the weekend
    # after Thanksgiving (Thursday 1998-11-26), 1998-W48-WE, like "the long Thanksgiving
    # weekend" (gold_blind56); "the weekend of Sept. 12-13" one span, 1998-W37-WE
    # (gold_blind95). "Dec. 19" 1998-12-19 and "Jan. 3" 1999-01-03; "by Nov. 22" 1998-11-22;
    # "in July" 1998-07; "since September" 1998-09; "Sunday night" the night just gone,
    # 1998-11-15TNI; "the spring" ahead in November 1999-SP; "Beginning Jan. 1" 1999-01-01.
    # "30-day" (the unlimited-ride card) DURATION P30D, an adjectival duration (see README).
    # The box title's "THIS WEEK" 1998-W47. "through Thursday" 1998-11-19. Not annotated:
    # "Weekend Shutdowns" (headline adjective), "holiday crowds", "overnight service" (an
    # adjective naming a kind of service, gold_blind95), "65 years old" (an age), "R-46" (a car
    # model), "163rd Street", "Court Square", "(718) 555-1998" (a phone number holding 1998),
    # "$120 million", "$1.50", "140 newsstands", "the four boroughs", "34" (an age), "the F".
    "g-line-weekend-shutdowns-extended": (
        "1998-11-16",
        [
            ("Monday, November 16, 1998", "DATE", "1998-11-16"),
            ("February", "DATE", "1999-02"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("Feb. 21", "DATE", "1999-02-21"),
            ("Friday", "DATE", "1998-11-13"),
            ("three months", "DURATION", "P3M"),
            ("this month", "DATE", "1998-11"),
            ("11 p.m.", "TIME", "XXXX-XX-XXT23:00"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("5 a.m.", "TIME", "XXXX-XX-XXT05:00"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("every 10 minutes", "SET", "PT10M"),
            ("11 p.m.", "TIME", "1998-11-20T23:00"),
            ("Friday", "DATE", "1998-11-20"),
            ("54 hours", "DURATION", "PT54H"),
            ("the Thanksgiving weekend", "DATE", "1998-W48-WE"),
            ("Dec. 19", "DATE", "1998-12-19"),
            ("Jan. 3", "DATE", "1999-01-03"),
            ("the weekend of Sept. 12-13", "DATE", "1998-W37-WE"),
            ("1933", "DATE", "1933"),
            ("July", "DATE", "1998-07"),
            ("Nov. 22", "DATE", "1998-11-22"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("September", "DATE", "1998-09"),
            ("40 minutes", "DURATION", "PT40M"),
            ("Sunday night", "TIME", "1998-11-15TNI"),
            ("1995", "DATE", "1995"),
            ("the spring", "DATE", "1999-SP"),
            ("every 20 minutes", "SET", "PT20M"),
            ("1 a.m.", "TIME", "XXXX-XX-XXT01:00"),
            ("5 a.m.", "TIME", "XXXX-XX-XXT05:00"),
            ("Jan. 1", "DATE", "1999-01-01"),
            ("30-day", "DURATION", "P30D"),
            ("THIS WEEK", "DATE", "1998-W47"),
            ("11 p.m.", "TIME", "1998-11-20T23:00"),
            ("Friday", "DATE", "1998-11-20"),
            ("5 a.m.", "TIME", "1998-11-23T05:00"),
            ("Monday", "DATE", "1998-11-23"),
            ("every 10 minutes", "SET", "PT10M"),
            ("1 a.m.", "TIME", "XXXX-XX-XXT01:00"),
            ("5 a.m.", "TIME", "XXXX-XX-XXT05:00"),
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("Thursday", "DATE", "1998-11-19"),
        ],
    ),
    # Thursday 2000-08-31 (ISO week 35), metro-section schools story, section label, date line
    # "Thursday, August 31, 2000", headline, byline, no dateline; "yesterday" Wednesday
    # 2000-08-30, "tomorrow" Friday 2000-09-01. Classes "begin next Thursday" 2000-09-07, the
    # nearest coming Thursday (gold_blind32). The headline's "A Week Before Classes", "a week
    # before school starts" and "With a week to go" are durations anchored to the opening, P1W
    # (gold_blind35's "Two Weeks After Quake"). Ahead: appeals "until 5 p.m. Tuesday"
    # 2000-09-05T17:00, hearings "on Saturday" 2000-09-02 "and on Wednesday" 2000-09-06, the
    # fair "from 9 a.m. to 4 p.m. tomorrow", "November", "October", "September" (2000), the
    # board's "monthly meeting" (an adjectival frequency naming a recurrence, SET P1M, like
    # "monthly leak surveys" in gold_blind35) "on Sept. 20 at 6 p.m.". Past: "in June",
    # "in April", "July 5", "Aug. 11", "Aug. 14", "Aug. 25", "since July", "since March" (2000);
    # "Tuesday night" 2000-08-29TNI. "every morning" SET XXXX-XX-XXTMO; "every day" SET P1D.
    # "Last summer" 1999-SU; "last year's" -> "last year" 1999; "the fall of 1998" 1998-FA;
    # "the 1970s" 197; "Two years ago" 1998 and "a year ago" 1999 (the unit's granularity;
    # "at this point a year ago" compares a count, gold_blind103's "a year ago"). Not
    # annotated: "summer school" (twice), "the summer students" and "the summer results"
    # (adjectives naming a kind of school and its pupils, gold_blind56's "Summer programs"),
    # "one morning" ("never missed one morning", a count of mornings, no particular one),
    # "the next grade", "third, sixth and eighth graders", "the sixth grade", "Intermediate
    # School 137", "Public School 33", "110 Livingston Street", "1998 Creston Avenue" (a street
    # number like a year, in a story with "the fall of 1998" annotated, like "1931 Canal
    # Street" in gold_blind29), "12" (an age), "25 percent", "33 percent", "$31,900",
    # "$8,000", "9,200", "36,500", "11,400", "35,000", "7,800", "9,000", "8,100", "2,100",
    # "600", "32 district offices".
    "summer-school-results-held-back": (
        "2000-08-31",
        [
            ("Thursday, August 31, 2000", "DATE", "2000-08-31"),
            ("A Week", "DURATION", "P1W"),
            ("next Thursday", "DATE", "2000-09-07"),
            ("yesterday", "DATE", "2000-08-30"),
            ("June", "DATE", "2000-06"),
            ("April", "DATE", "2000-04"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("six weeks", "DURATION", "P6W"),
            ("July 5", "DATE", "2000-07-05"),
            ("Aug. 11", "DATE", "2000-08-11"),
            ("Aug. 14", "DATE", "2000-08-14"),
            ("Last summer", "DATE", "1999-SU"),
            ("1999", "DATE", "1999"),
            ("the fall of 1998", "DATE", "1998-FA"),
            ("the 1970s", "DATE", "197"),
            ("5 p.m.", "TIME", "2000-09-05T17:00"),
            ("Tuesday", "DATE", "2000-09-05"),
            ("Saturday", "DATE", "2000-09-02"),
            ("Wednesday", "DATE", "2000-09-06"),
            ("Tuesday night", "TIME", "2000-08-29TNI"),
            ("Aug. 25", "DATE", "2000-08-25"),
            ("every day", "SET", "P1D"),
            ("July", "DATE", "2000-07"),
            ("Now", "DATE", "PRESENT_REF"),
            ("a week", "DURATION", "P1W"),
            ("last year", "DATE", "1999"),
            ("1999", "DATE", "1999"),
            ("Two years ago", "DATE", "1998"),
            ("a week", "DURATION", "P1W"),
            ("a year ago", "DATE", "1999"),
            ("9 a.m.", "TIME", "2000-09-01T09:00"),
            ("4 p.m.", "TIME", "2000-09-01T16:00"),
            ("tomorrow", "DATE", "2000-09-01"),
            ("November", "DATE", "2000-11"),
            ("March", "DATE", "2000-03"),
            ("October", "DATE", "2000-10"),
            ("September", "DATE", "2000-09"),
            ("monthly", "SET", "P1M"),
            ("Sept. 20", "DATE", "2000-09-20"),
            ("6 p.m.", "TIME", "2000-09-20T18:00"),
        ],
    ),
    # Tuesday 1999-02-02 (ISO week 5), regional court story, section label, date line
    # "Tuesday, February 2, 1999", headline, byline, "MINEOLA, N.Y., Feb. 2 —" dateline (the
    # dateline's date the publication day, gold_blind32), "today" the same day, "this morning"
    # its morning 1999-02-02TMO, "at 10:15 a.m." and "by 9 a.m." clock times on it. "up to 15
    # years" (headline and lead) P15Y, the modifier kept (gold_blind52's "up to five years").
    # "the night of Dec. 21, 1997" one TIME span 1997-12-21TNI (gold_blind32); the fire
    # "reported at 11:42 p.m." that night 1997-12-21T23:42; "six minutes later" after the exact
    # clock time an anchored TIME 1997-12-21T23:48 (gold_blind44's "40 minutes later" after
    # "1:15 a.m."); "early the next morning" TIME 1997-12-22TMO (gold_blind47). "13 months"
    # (twice) P13M and "six weeks" P6W are anchored durations (fire to sentencing, verdict to
    # sentencing: Dec. 22 + 42 days = Feb. 2). "Two months later" after "October 1997" is the
    # month two months on, 1997-12 (the unit's granularity, gold_blind29's "a year later").
    # "Dec. 22" is the verdict's, the nearest past one, 1998-12-22; "Jan. 19" 1999-01-19;
    # "on Friday" 1999-01-29; "Feb. 22" ahead 1999-02-22 "at 7 p.m."; "last April" 1998-04;
    # "starting in July" 1999-07; "last week" 1999-W04; "since 1990". "eligible for parole
    # in five years" -> "five years" P5Y (a length, not a date); "within 30 days"
    # P30D; "can take a year" P1Y; "three-week" P3W; "three days" P3D; "each month" SET P1M;
    # "every two years" SET P2Y. Not annotated: "since then" (anaphoric, gold_blind32), "So
    # far", "Indictment No. 2274-98" (a case number holding 98), "Part 9", "80 seats",
    # "4-year-old", "58", "31" (ages), "$550", "1,212", "11 other houses", "three violation
    # notices", "twice" (a count of postponements), "the first" (of the notices).
    "kettle-cove-basement-fire-landlord-sentenced": (
        "1999-02-02",
        [
            ("Tuesday, February 2, 1999", "DATE", "1999-02-02"),
            ("Up to 15 Years", "DURATION", "P15Y"),
            ("Feb. 2", "DATE", "1999-02-02"),
            ("the night of Dec. 21, 1997", "TIME", "1997-12-21TNI"),
            ("today", "DATE", "1999-02-02"),
            ("up to 15 years", "DURATION", "P15Y"),
            ("13 months", "DURATION", "P13M"),
            ("six weeks", "DURATION", "P6W"),
            ("March 1995", "DATE", "1995-03"),
            ("October 1997", "DATE", "1997-10"),
            ("Two months later", "DATE", "1997-12"),
            ("11:42 p.m.", "TIME", "1997-12-21T23:42"),
            ("three-week", "DURATION", "P3W"),
            ("six minutes later", "TIME", "1997-12-21T23:48"),
            ("early the next morning", "TIME", "1997-12-22TMO"),
            ("three days", "DURATION", "P3D"),
            ("Dec. 22", "DATE", "1998-12-22"),
            ("five years", "DURATION", "P5Y"),
            ("30 days", "DURATION", "P30D"),
            ("a year", "DURATION", "P1Y"),
            ("the summer of 1997", "DATE", "1997-SU"),
            ("each month", "SET", "P1M"),
            ("10:15 a.m.", "TIME", "1999-02-02T10:15"),
            ("13 months", "DURATION", "P13M"),
            ("this morning", "TIME", "1999-02-02TMO"),
            ("Jan. 19", "DATE", "1999-01-19"),
            ("Friday", "DATE", "1999-01-29"),
            ("9 a.m.", "TIME", "1999-02-02T09:00"),
            ("last April", "DATE", "1998-04"),
            ("Jan. 1, 2000", "DATE", "2000-01-01"),
            ("every two years", "SET", "P2Y"),
            ("July", "DATE", "1999-07"),
            ("Feb. 22", "DATE", "1999-02-22"),
            ("7 p.m.", "TIME", "1999-02-22T19:00"),
            ("last week", "DATE", "1999-W04"),
            ("1990", "DATE", "1990"),
        ],
    ),
    # Sunday 2000-04-09 (ISO week 14), Sunday city-section neighborhood column, label
    # "NEIGHBORHOOD REPORT: LOWER EAST SIDE", date line "Sunday, April 9, 2000", headline,
    # byline, no dateline; "yesterday" Saturday 2000-04-08. "Last Sunday" in a Sunday paper is
    # the Sunday of the week before, 2000-04-02 (like "last Wednesday" in a Wednesday paper,
    # gold_blind29), and "at about 3:15 a.m." that day 2000-04-02T03:15 (the approximator kept,
    # gold_blind103). "Next weekend" in a Sunday paper is the weekend of the following week,
    # 2000-W15-WE (15-16 April; gold_blind18). Ahead: "On Tuesday at 6:30 p.m." 2000-04-11 and
    # 2000-04-11T18:30, "May 17", "this summer" 2000-SU, "the fall" 2000-FA. Past: "said on
    # Thursday" 2000-04-06, "January" 2000-01, "last summer" 1999-SU, "since Labor Day" the
    # most recent one, 1999-09-06 (first Monday of September), "February 1999", "November
    # 1998". The bar's hours recur: the headline's "4 A.M." and "until 4 a.m." (twice) TIME
    # XXXX-XX-XXT04:00, "past 2 a.m." on the logged nights XXXX-XX-XXT02:00, "at 11 p.m. every
    # night" XXXX-XX-XXT23:00 plus the SET XXXX-XX-XXTNI, the offered "3 a.m. this summer"
    # XXXX-XX-XXT03:00 plus its DATE, and the violinist's habit "until midnight" in 1952,
    # XXXX-XX-XXT24:00 (a recurring midnight, gold_blind102). "monthly meeting" SET P1M;
    # "Saturday nights" SET XXXX-WXX-6TNI; "14 months" P14M; "20 years" P20Y; "three months"
    # P3M; "two years" P2Y; "49 years" P49Y (how long she has lived there, like "61 years" in
    # gold_blind103); "1905" (an adjectival year, "their 1905 tenement"), "1995", "1951",
    # "1952". Not annotated: "The Midnight Room" (the bar's name, in a story with "midnight"
    # annotated), "each one a night" and "a Saturday" (no particular night or day), "after dark"
    # (an idiom), "97 Orchard Street", "No. 97", "Community Board 3", "the Seventh Precinct",
    # "31 times", "911", "212 entries", "41", "83" (ages), "$38,000", "six blocks", "70
    # degrees", "dozens".
    "orchard-street-bar-closing-time-dispute": (
        "2000-04-09",
        [
            ("Sunday, April 9, 2000", "DATE", "2000-04-09"),
            ("4 A.M.", "TIME", "XXXX-XX-XXT04:00"),
            ("14 months", "DURATION", "P14M"),
            ("February 1999", "DATE", "1999-02"),
            ("1905", "DATE", "1905"),
            ("2 a.m.", "TIME", "XXXX-XX-XXT02:00"),
            ("Tuesday", "DATE", "2000-04-11"),
            ("6:30 p.m.", "TIME", "2000-04-11T18:30"),
            ("monthly", "SET", "P1M"),
            ("May 17", "DATE", "2000-05-17"),
            ("January", "DATE", "2000-01"),
            ("last summer", "DATE", "1999-SU"),
            ("11 p.m.", "TIME", "XXXX-XX-XXT23:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("4 a.m.", "TIME", "XXXX-XX-XXT04:00"),
            ("4 a.m.", "TIME", "XXXX-XX-XXT04:00"),
            ("Thursday", "DATE", "2000-04-06"),
            ("20 years", "DURATION", "P20Y"),
            ("November 1998", "DATE", "1998-11"),
            ("3 a.m.", "TIME", "XXXX-XX-XXT03:00"),
            ("this summer", "DATE", "2000-SU"),
            ("three months", "DURATION", "P3M"),
            ("1995", "DATE", "1995"),
            ("two years", "DURATION", "P2Y"),
            ("the fall", "DATE", "2000-FA"),
            ("Labor Day", "DATE", "1999-09-06"),
            ("Saturday nights", "SET", "XXXX-WXX-6TNI"),
            ("Last Sunday", "DATE", "2000-04-02"),
            ("about 3:15 a.m.", "TIME", "2000-04-02T03:15"),
            ("1951", "DATE", "1951"),
            ("49 years", "DURATION", "P49Y"),
            ("yesterday", "DATE", "2000-04-08"),
            ("1952", "DATE", "1952"),
            ("midnight", "TIME", "XXXX-XX-XXT24:00"),
            ("Next weekend", "DATE", "2000-W15-WE"),
        ],
    ),
    # Wednesday 1998-03-18 (ISO week 12), metro-section briefs roundup, label "METRO
    # BRIEFING", date line "Wednesday, March 18, 1998", state headings and six items, each
    # with a borough or town and a headline, signed by a reporter or "(AP)"; no datelines.
    # "today" Wednesday, "yesterday" Tuesday 1998-03-17, St. Patrick's Day 1998: "the St.
    # Patrick's Day parade yesterday" -> "St. Patrick's Day" (a holiday inside an event name,
    # gold_blind21) and "yesterday", two DATEs of the same day; the parade's "11 a.m." and
    # "4:50 p.m." that day; the crews "until 3 a.m. today" 1998-03-18T03:00. Past Monday
    # 1998-03-16: the boiler "on Monday morning" TMO, the Newark hearing "after 11 p.m. Monday"
    # 1998-03-16T23:00, the Stamford derailment "on Monday" with the train named by its
    # departure, "the 5:42 p.m. train" -> "5:42 p.m." 1998-03-16T17:42 (a clock time inside
    # a name of one run, like "the 3.15" in gold_blind24), "by 10 p.m." that day, the Yonkers
    # board "on Monday night" 1998-03-16TNI. Ahead: "through Friday" 1998-03-20, "until April
    # 1", "in May", "beginning April 5" (1998). Yonkers's fiscal year runs July-June: "the
    # fiscal year that ends June 30" FY1998 plus 1998-06-30. "five years' probation" -> "five
    # years" P5Y (gold_blind95's "seven days' notice"); "90 days" P90D; "three-hour" PT3H; "two
    # weeks" P2W ("within" a signal); "up to 90 minutes" PT90M. Sets: buses "at 7:45 a.m.
    # daily" XXXX-XX-XXT07:45 plus "daily" P1D; "every 60 days" P60D, "every three months" P3M;
    # "Sundays" XXXX-WXX-7, "6 p.m. on Thursdays" XXXX-XX-XXT18:00 plus XXXX-WXX-4. "last year"
    # 1997; "1931" (its "1931 boiler", an adjectival year). Not annotated: "Evening hours" (an
    # adjective naming a kind, gold_blind95), "61 tons", "86th Street", "Fifth Avenue", "27
    # arrests", "40" (arrests), "$14,000", "Public School 229", "1,100 students", "$4.2
    # million", "14 trains", "$310,000", "three public libraries", "(AP)".
    "metro-briefing-parade-cleanup-train-derailment": (
        "1998-03-18",
        [
            ("Wednesday, March 18, 1998", "DATE", "1998-03-18"),
            ("3 a.m.", "TIME", "1998-03-18T03:00"),
            ("today", "DATE", "1998-03-18"),
            ("St. Patrick's Day", "DATE", "1998-03-17"),
            ("yesterday", "DATE", "1998-03-17"),
            ("11 a.m.", "TIME", "1998-03-17T11:00"),
            ("4:50 p.m.", "TIME", "1998-03-17T16:50"),
            ("last year", "DATE", "1997"),
            ("yesterday", "DATE", "1998-03-17"),
            ("90 days", "DURATION", "P90D"),
            ("five years", "DURATION", "P5Y"),
            ("August 1995", "DATE", "1995-08"),
            ("April 1997", "DATE", "1997-04"),
            ("Friday", "DATE", "1998-03-20"),
            ("1931", "DATE", "1931"),
            ("Monday morning", "TIME", "1998-03-16TMO"),
            ("7:45 a.m.", "TIME", "XXXX-XX-XXT07:45"),
            ("daily", "SET", "P1D"),
            ("April 1", "DATE", "1998-04-01"),
            ("three-hour", "DURATION", "PT3H"),
            ("11 p.m.", "TIME", "1998-03-16T23:00"),
            ("Monday", "DATE", "1998-03-16"),
            ("1996", "DATE", "1996"),
            ("1997", "DATE", "1997"),
            ("two weeks", "DURATION", "P2W"),
            ("5:42 p.m.", "TIME", "1998-03-16T17:42"),
            ("Monday", "DATE", "1998-03-16"),
            ("up to 90 minutes", "DURATION", "PT90M"),
            ("10 p.m.", "TIME", "1998-03-16T22:00"),
            ("May", "DATE", "1998-05"),
            ("every 60 days", "SET", "P60D"),
            ("every three months", "SET", "P3M"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("April 5", "DATE", "1998-04-05"),
            ("Monday night", "TIME", "1998-03-16TNI"),
            ("the fiscal year", "DATE", "FY1998"),
            ("June 30", "DATE", "1998-06-30"),
            ("1991", "DATE", "1991"),
            ("1994", "DATE", "1994"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
