"""Annotations of blind gold set 646, chosen by hand before the tagger ran.

    python tests/data/gold_blind646/annotate.py [--show]

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
    # Wednesday 1989-12-27 (ISO week 52), US regional daily's business page, section label,
    # page line "THE CEDAR PRAIRIE COURIER | Wednesday, December 27, 1989 | Page 6B" (one DATE
    # span with its weekday, gold_blind29, gold_blind35), headline, deck, byline, "OSTRANDER -"
    # dateline and a fact box. Quarterly results of a company whose fiscal year ends Aug. 31:
    # fiscal 1990 runs September 1989-August 1990 (FY values named by the year they end,
    # gold_blind23, gold_blind33), so the quarter reported (September-November 1989) is
    # FY1990-Q1 ("the fiscal first quarter", "the quarter"), "a year earlier" after it and "the
    # year-earlier quarter" FY1989-Q1 (gold_blind9, gold_blind23), "the second quarter, which
    # runs through Feb. 28" FY1990-Q2 plus 1990-02-28, "the second quarter of fiscal 1989" one
    # span FY1989-Q2, "the year ended Aug. 31" -> "the year" FY1989 plus 1989-08-31, "Fiscal
    # 1989" FY1989. "whose fiscal year ends Aug. 31" (present tense) is the end of the fiscal
    # year now running, 1990-08-31 (gold_blind33), and so is the fact box's "Fiscal year ends:
    # Aug. 31". "yesterday" 1989-12-26; "this fall" in late December is the autumn just past,
    # 1989-FA; "a year ago" (orders "behind the pace of a year ago") the calendar year counted
    # back, 1988 (the unit's granularity; "a year ago" in a fiscal-year company's story,
    # gold_blind33). The plant "closed Friday" 1989-12-22 (past) and reopens "at 7 a.m.
    # Tuesday, Jan. 2": 1990-01-02T07:00 and one DATE span with its weekday (like "Sunday, June
    # 3" in gold_blind16); the headline's "until Jan. 2" the same day. "In 1988 the plant
    # closed for just three days at Christmas" -> "1988", "three days" P3D and "Christmas"
    # 1988-12-25 (the holiday of the year its sentence tells); "10 days" P10D; "Christmas Day"
    # 1989-12-25 and "New Year's Day" 1990-01-01 (future). "by March" 1990-03, "next summer"
    # 1990-SU, "in August" (past) 1989-08, "in June" (future) 1990-06; "the past 52 weeks"
    # P52W; "a quarterly dividend" SET P3M (gold_blind6); "Jan. 15" and "Jan. 5" 1990;
    # "Thursday, Feb. 8" one DATE with "2 p.m." on it. Not annotated: "planting season" (a
    # farming season with no calendar unit, like crop seasons in gold_blind17), "the
    # holidays" (gold_blind18), "Model 1990" (a product name in a 1989 story), "1927 Railroad
    # St.", "(515) 555-1946" (a phone number beside "Founded in 1946"), "this time" (an
    # occasion, not a period), "52 cents", "43 cents", "$14.75", "$18,400", "410 people",
    # "22%", "64" (an age), "Page 6B".
    "holmgren-bin-first-quarter-profit": (
        "1989-12-27",
        [
            ("Wednesday, December 27, 1989", "DATE", "1989-12-27"),
            ("Jan. 2", "DATE", "1990-01-02"),
            ("yesterday", "DATE", "1989-12-26"),
            ("the fiscal first quarter", "DATE", "FY1990-Q1"),
            ("Nov. 30", "DATE", "1989-11-30"),
            ("this fall", "DATE", "1989-FA"),
            ("Aug. 31", "DATE", "1990-08-31"),
            ("the quarter", "DATE", "FY1990-Q1"),
            ("a year earlier", "DATE", "FY1989-Q1"),
            ("the year-earlier quarter", "DATE", "FY1989-Q1"),
            ("the second quarter", "DATE", "FY1990-Q2"),
            ("Feb. 28", "DATE", "1990-02-28"),
            ("a year ago", "DATE", "1988"),
            ("1988", "DATE", "1988"),
            ("the second quarter", "DATE", "FY1990-Q2"),
            ("the second quarter of fiscal 1989", "DATE", "FY1989-Q2"),
            ("Friday", "DATE", "1989-12-22"),
            ("7 a.m.", "TIME", "1990-01-02T07:00"),
            ("Tuesday, Jan. 2", "DATE", "1990-01-02"),
            ("1988", "DATE", "1988"),
            ("three days", "DURATION", "P3D"),
            ("Christmas", "DATE", "1988-12-25"),
            ("10 days", "DURATION", "P10D"),
            ("Christmas Day", "DATE", "1989-12-25"),
            ("New Year's Day", "DATE", "1990-01-01"),
            ("the year", "DATE", "FY1989"),
            ("Aug. 31", "DATE", "1989-08-31"),
            ("Fiscal 1989", "DATE", "FY1989"),
            ("1981", "DATE", "1981"),
            ("March", "DATE", "1990-03"),
            ("next summer", "DATE", "1990-SU"),
            ("August", "DATE", "1989-08"),
            ("June", "DATE", "1990-06"),
            ("yesterday", "DATE", "1989-12-26"),
            ("the past 52 weeks", "DURATION", "P52W"),
            ("quarterly", "SET", "P3M"),
            ("Jan. 15", "DATE", "1990-01-15"),
            ("Jan. 5", "DATE", "1990-01-05"),
            ("1946", "DATE", "1946"),
            ("1958", "DATE", "1958"),
            ("2 p.m.", "TIME", "1990-02-08T14:00"),
            ("Thursday, Feb. 8", "DATE", "1990-02-08"),
            ("Aug. 31", "DATE", "1990-08-31"),
            ("Fiscal 1989", "DATE", "FY1989"),
        ],
    ),
    # Saturday 1990-04-21 (ISO week 16), US regional daily's business section, page line "The
    # Daily Sentinel | Harmonsburg, Ky. | Saturday, April 21, 1990 | Page 1C", headline, deck,
    # byline, no dateline (a local story). The groundbreaking was "yesterday", Friday
    # 1990-04-20, "at 10:30 a.m." that day; "half an hour late" is the size of a delay,
    # DURATION PT30M (like "a year later than the board proposed" in gold_blind35); "about 45
    # minutes" PT45M. Hiring "in January" (deck and body) is the coming January, 1991-01;
    # "fall 1991" (deck, no article) 1991-FA; "next spring" 1991-SP; "the summer of 1991"
    # 1991-SU and "the fall of that year" 1991-FA, one span with its anaphoric year (a
    # narrative anchor on the year just named, like "That winter" in gold_blind103); "May 1"
    # 1990-05-01; "eight weeks" P8W; "after 18 months" P18M (a duration anchored to an event,
    # the duration alone). "Monday, Dec. 3" 1990-12-03, one span with its weekday; the office
    # "is open from 8 a.m. to 4:30 p.m." -> opening hours XXXX-XX-XXThh:mm (gold_blind13,
    # gold_blind20). "10-year" abatement P10Y (adjectival duration); "in February" 1990-02
    # (past); "the end of the year" 1990; "the early 1980s" 198; "October 1988"; "more than a
    # year" P1Y; "last December" 1989-12; "weeks" PXW; "last year" 1989. "every Thursday
    # afternoon" SET XXXX-WXX-4TAF "through the summer" -> "the summer" 1990-SU. The open house
    # "from 1 p.m. to 4 p.m. on Saturday, April 28" (two TIMEs and one DATE span); the
    # contractors' meeting "at 7 p.m. Tuesday" is the coming Tuesday, 1990-04-24. Not
    # annotated: "Fiscal Court" (a Kentucky county's governing body, not a fiscal year), "Ky.
    # 1958" (a state road number), "Interstate 64", "Until then" (anaphoric), "80-acre",
    # "210,000-square-foot", "two-lane", "$8.75 an hour", "$10.40", "$42 million", "450
    # people", "14 sites", "51" (an age), "Page 1C".
    "sakuragi-brake-plant-groundbreaking": (
        "1990-04-21",
        [
            ("Saturday, April 21, 1990", "DATE", "1990-04-21"),
            ("January", "DATE", "1991-01"),
            ("fall 1991", "DATE", "1991-FA"),
            ("yesterday", "DATE", "1990-04-20"),
            ("1993", "DATE", "1993"),
            ("10:30 a.m.", "TIME", "1990-04-20T10:30"),
            ("half an hour", "DURATION", "PT30M"),
            ("about 45 minutes", "DURATION", "PT45M"),
            ("May 1", "DATE", "1990-05-01"),
            ("next spring", "DATE", "1991-SP"),
            ("the summer of 1991", "DATE", "1991-SU"),
            ("the fall of that year", "DATE", "1991-FA"),
            ("January", "DATE", "1991-01"),
            ("eight weeks", "DURATION", "P8W"),
            ("1992", "DATE", "1992"),
            ("18 months", "DURATION", "P18M"),
            ("Monday, Dec. 3", "DATE", "1990-12-03"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("4:30 p.m.", "TIME", "XXXX-XX-XXT16:30"),
            ("10-year", "DURATION", "P10Y"),
            ("February", "DATE", "1990-02"),
            ("the end of the year", "DATE", "1990"),
            ("the early 1980s", "DATE", "198"),
            ("October 1988", "DATE", "1988-10"),
            ("more than a year", "DURATION", "P1Y"),
            ("last December", "DATE", "1989-12"),
            ("weeks", "DURATION", "PXW"),
            ("1937", "DATE", "1937"),
            ("last year", "DATE", "1989"),
            ("every Thursday afternoon", "SET", "XXXX-WXX-4TAF"),
            ("the summer", "DATE", "1990-SU"),
            ("1 p.m.", "TIME", "1990-04-28T13:00"),
            ("4 p.m.", "TIME", "1990-04-28T16:00"),
            ("Saturday, April 28", "DATE", "1990-04-28"),
            ("7 p.m.", "TIME", "1990-04-24T19:00"),
            ("Tuesday", "DATE", "1990-04-24"),
        ],
    ),
    # Tuesday 1991-01-15 (ISO week 3), US small-town daily's local business page, page line
    # "The Ashby Springs Herald | Tuesday, January 15, 1991 | Page 5A", headline, deck, byline,
    # no dateline, and a "WHAT HAPPENS WHEN" box. The closing was announced "yesterday
    # afternoon", Monday 1991-01-14TAF, "at 2:30 p.m." and to the second shift "an hour later",
    # an anchored TIME 1991-01-14T15:30 (gold_blind19, gold_blind29); the interview
    # "yesterday" 1991-01-14; the knitter left "at 11 p.m. last night", two TIMEX3, Monday's
    # night (gold_blind35). Future: the first layoffs "Friday" (deck, body and box)
    # 1991-01-18, the sessions "at 9 a.m. and 3 p.m. Thursday" 1991-01-17, "Feb. 22", "March
    # 15", "March 29" (lead and box), "Saturday, Feb. 2" one span; "until at least April"
    # -> "at least April" 1991-04 (gold_blind13); "this spring" 1991-SP; "midyear" 1991
    # (gold_blind6). Past: "since Jan. 7" 1991-01-07, "last fall" 1990-FA, "in September"
    # 1990-09, "last week" 1991-W02. "the next 10 weeks" P10W; "weeks" PXW; "60 days' notice"
    # -> "60 days" P60D (gold_blind18); "the worst ... in 20 years" P20Y (the period of a
    # superlative); "now" PRESENT_REF; "a decade ago" 1981 (the unit's granularity counted back,
    # as "a decade ago" from 1990 was 1980 in gold_blind29); "the mid-1970s" 197; "each of the
    # past three years" -> "the past three years" P3Y; "at least five years" P5Y with its
    # modifier; "90 days" P90D; "the second large layoff ... in four months" P4M (the period
    # of an ordinal count, gold_blind103); "26 years" and "31 years" (how long each worked
    # there) P26Y, P31Y. Not annotated: "first-shift", "the second shift" (work shifts, not
    # times), "a shortened schedule", "early" ("workers let go early"), "until the plant
    # closes" (event-named), "555-1991" (a phone number in a 1991 story), "260", "90", "100",
    # "540", "$1.8 million", "$61 million", "$900,000", "40 percent", "15 percent", "120 jobs",
    # "60 more", "47" and "49" (ages), "Page 5A".
    "lowder-hosiery-dobbins-mill-closing": (
        "1991-01-15",
        [
            ("Tuesday, January 15, 1991", "DATE", "1991-01-15"),
            ("Friday", "DATE", "1991-01-18"),
            ("March 29", "DATE", "1991-03-29"),
            ("the next 10 weeks", "DURATION", "P10W"),
            ("yesterday afternoon", "TIME", "1991-01-14TAF"),
            ("2:30 p.m.", "TIME", "1991-01-14T14:30"),
            ("an hour later", "TIME", "1991-01-14T15:30"),
            ("weeks", "DURATION", "PXW"),
            ("Friday", "DATE", "1991-01-18"),
            ("Feb. 22", "DATE", "1991-02-22"),
            ("60 days", "DURATION", "P60D"),
            ("March 15", "DATE", "1991-03-15"),
            ("1922", "DATE", "1922"),
            ("1949", "DATE", "1949"),
            ("Jan. 7", "DATE", "1991-01-07"),
            ("at least April", "DATE", "1991-04"),
            ("last fall", "DATE", "1990-FA"),
            ("20 years", "DURATION", "P20Y"),
            ("yesterday", "DATE", "1991-01-14"),
            ("this spring", "DATE", "1991-SP"),
            ("1990", "DATE", "1990"),
            ("1989", "DATE", "1989"),
            ("now", "DATE", "PRESENT_REF"),
            ("a decade ago", "DATE", "1981"),
            ("the mid-1970s", "DATE", "197"),
            ("the past three years", "DURATION", "P3Y"),
            ("at least five years", "DURATION", "P5Y"),
            ("90 days", "DURATION", "P90D"),
            ("9 a.m.", "TIME", "1991-01-17T09:00"),
            ("3 p.m.", "TIME", "1991-01-17T15:00"),
            ("Thursday", "DATE", "1991-01-17"),
            ("Saturday, Feb. 2", "DATE", "1991-02-02"),
            ("four months", "DURATION", "P4M"),
            ("September", "DATE", "1990-09"),
            ("last week", "DATE", "1991-W02"),
            ("midyear", "DATE", "1991"),
            ("26 years", "DURATION", "P26Y"),
            ("31 years", "DURATION", "P31Y"),
            ("11 p.m.", "TIME", "1991-01-14T23:00"),
            ("last night", "TIME", "1991-01-14TNI"),
            ("Friday", "DATE", "1991-01-18"),
            ("Feb. 22", "DATE", "1991-02-22"),
            ("March 29", "DATE", "1991-03-29"),
        ],
    ),
    # Thursday 1990-11-15 (ISO week 46), US regional daily's business page, page line
    # "WESTBROOK VALLEY TIMES | Thursday, November 15, 1990 | Page D1", headline, deck, byline,
    # no dateline. The store opens "on Saturday" (headline, lead, "customers on Saturday")
    # 1990-11-17: "9 a.m.", the ribbon-cutting "at 8:45 a.m." and "until 10 p.m." are clock
    # times on that day; "On Sunday" 1990-11-18 "from noon to 6 p.m." likewise ("noon" T12:00,
    # gold_blind2). "Starting Monday" 1990-11-19; the regular hours "10 a.m. to 9 p.m., and noon
    # to 5 p.m. on Sundays" recur, XXXX-XX-XXThh:mm, with "Sundays" SET XXXX-WXX-7 (gold_blind13,
    # gold_blind20); "until 10 p.m. every night" from Nov. 23 to Dec. 23 likewise, with "every
    # night" SET XXXX-XX-XXTNI (gold_blind103) and the bounding days DATEs (gold_blind13); "from
    # 8 a.m. daily" XXXX-XX-XXT08:00 plus SET P1D; "every Saturday morning" SET XXXX-WXX-6TMO.
    # Holidays on the day they fall on: "Thanksgiving" 1990-11-22 (the fourth Thursday of
    # November, gold_blind35), "Christmas Eve" 1990-12-24 with "6 p.m." on it, "until
    # Christmas" 1990-12-25, "by Christmas 1989" one span 1989-12-25. "nearly three years"
    # (deck) and "almost three years" P3Y; "every year since 1981" SET P1Y plus "1981"; "a
    # 20-year lease" P20Y; "five months" P5M; "the third quarter" 1990-Q3 (calendar: no fiscal
    # year described, gold_blind29) and "a year earlier" after it 1989-Q3; "the end of the
    # year" 1990; "right now" PRESENT_REF (gold_blind6). Not annotated: "the holiday season"
    # (no calendar unit, gold_blind19), "holiday workers", "full time", "1,990 customers" (a
    # count looking like a year, in a 1990 story), "(717) 555-1928" (a phone number beside
    # "since 1928"), "Route 22", "86,000-square-foot", "two-level", "240", "90", "60", "41
    # other stores", "6 percent", "38" (an age), "Page D1".
    "fenwicks-riverside-plaza-store-opening": (
        "1990-11-15",
        [
            ("Thursday, November 15, 1990", "DATE", "1990-11-15"),
            ("Saturday", "DATE", "1990-11-17"),
            ("nearly three years", "DURATION", "P3Y"),
            ("Saturday", "DATE", "1990-11-17"),
            ("9 a.m.", "TIME", "1990-11-17T09:00"),
            ("8:45 a.m.", "TIME", "1990-11-17T08:45"),
            ("10 p.m.", "TIME", "1990-11-17T22:00"),
            ("Sunday", "DATE", "1990-11-18"),
            ("noon", "TIME", "1990-11-18T12:00"),
            ("6 p.m.", "TIME", "1990-11-18T18:00"),
            ("Saturday", "DATE", "1990-11-17"),
            ("almost three years", "DURATION", "P3Y"),
            ("1928", "DATE", "1928"),
            ("January 1988", "DATE", "1988-01"),
            ("every year", "SET", "P1Y"),
            ("1981", "DATE", "1981"),
            ("20-year", "DURATION", "P20Y"),
            ("March 1989", "DATE", "1989-03"),
            ("Christmas 1989", "DATE", "1989-12-25"),
            ("five months", "DURATION", "P5M"),
            ("Dec. 1", "DATE", "1990-12-01"),
            ("Monday", "DATE", "1990-11-19"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("Thanksgiving", "DATE", "1990-11-22"),
            ("Nov. 23", "DATE", "1990-11-23"),
            ("Dec. 23", "DATE", "1990-12-23"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("Christmas Eve", "DATE", "1990-12-24"),
            ("6 p.m.", "TIME", "1990-12-24T18:00"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("daily", "SET", "P1D"),
            ("every Saturday morning", "SET", "XXXX-WXX-6TMO"),
            ("Christmas", "DATE", "1990-12-25"),
            ("1974", "DATE", "1974"),
            ("1988", "DATE", "1988"),
            ("the third quarter", "DATE", "1990-Q3"),
            ("a year earlier", "DATE", "1989-Q3"),
            ("the end of the year", "DATE", "1990"),
            ("right now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Sunday 1991-06-09 (ISO week 23), US regional Sunday paper's real-estate section, page line
    # "The Cholla Valley Sunday Star | Sunday, June 9, 1991 | Section H", headline, deck,
    # byline, no dateline, and an "OPEN HOUSES TODAY" list. "May" (deck, an adjectival month,
    # and body) and "last month" 1991-05; "best in 14 months" / "highest level in 14 months"
    # P14M (the period of a superlative, gold_blind35, gold_blind103); "sat out the winter" the
    # winter just past, 1991-WI (a winter takes the year of its January, gold_blind103);
    # "April" 1991-04; "May 1990"; "a year earlier" after May's median price 1990-05 (the
    # granularity of what it is compared with, gold_blind35); "last fall" 1990-FA; "1988".
    # Past weekdays: the board "reported Thursday" 1991-06-06, the rate "on Friday"
    # 1991-06-07; future: the members "meet at 7:30 p.m. Tuesday" 1991-06-11 (a clock time and
    # its day two TIMEX3). "today" (twice, and the list heading "TODAY") 1991-06-09; the
    # barbecue "from noon to 3 p.m. today" and the open houses' "1 p.m. to 4 p.m." and "2 p.m.
    # to 5 p.m." are clock times of the publication day; the models' "10 a.m. to 6 p.m. daily"
    # recur, XXXX-XX-XXThh:mm plus SET P1D (gold_blind13). "the board's weekly survey" and
    # "four monthly payments" SETs P1W and P1M (adjectives naming a recurrence, like "weekly
    # strike benefits" and "monthly leak surveys" in gold_blind35). "the fall of 1989"
    # 1989-FA; "almost 18 months" P18M; "by October" 1991-10 (future); "the end of 1992" 1992;
    # "1987"; the auction "at 11 a.m. on July 16"; "in March" 1991-03 (past); "February
    # 1990"; "the end of March" 1991-03; "at least three years" P3Y; "June figures" (an
    # adjectival month) 1991-06; "July 8". No "last week", "this week", "next week" or "the
    # weekend" in this Sunday paper (avoided, gold_blind16, gold_blind41). Not annotated:
    # "the recession", "for the first time" beyond "1988", "starter homes", "1990 E. Mesquite
    # Drive" (an address beside "May 1990"), "555-1991", "4412 N. Ocotillo Lane", "2217 W.
    # Palo Brea Drive", "612 sales", "18 percent", "9 percent", "9.65 percent", "10.2
    # percent", "10 percent", "27 percent", "$78,500", "$76,200", "$69,900", "$94,900",
    # "$84,500", "$112,000", "14-story" (beside "14 months"), "40 homes", "120 more", "five
    # model homes", "Section H".
    "cholla-valley-may-home-sales": (
        "1991-06-09",
        [
            ("Sunday, June 9, 1991", "DATE", "1991-06-09"),
            ("May", "DATE", "1991-05"),
            ("14 months", "DURATION", "P14M"),
            ("May", "DATE", "1991-05"),
            ("14 months", "DURATION", "P14M"),
            ("the winter", "DATE", "1991-WI"),
            ("last month", "DATE", "1991-05"),
            ("April", "DATE", "1991-04"),
            ("May 1990", "DATE", "1990-05"),
            ("Thursday", "DATE", "1991-06-06"),
            ("a year earlier", "DATE", "1990-05"),
            ("last fall", "DATE", "1990-FA"),
            ("1988", "DATE", "1988"),
            ("Friday", "DATE", "1991-06-07"),
            ("January", "DATE", "1991-01"),
            ("weekly", "SET", "P1W"),
            ("today", "DATE", "1991-06-09"),
            ("noon", "TIME", "1991-06-09T12:00"),
            ("3 p.m.", "TIME", "1991-06-09T15:00"),
            ("today", "DATE", "1991-06-09"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("daily", "SET", "P1D"),
            ("the fall of 1989", "DATE", "1989-FA"),
            ("almost 18 months", "DURATION", "P18M"),
            ("October", "DATE", "1991-10"),
            ("the end of 1992", "DATE", "1992"),
            ("1987", "DATE", "1987"),
            ("11 a.m.", "TIME", "1991-07-16T11:00"),
            ("July 16", "DATE", "1991-07-16"),
            ("March", "DATE", "1991-03"),
            ("monthly", "SET", "P1M"),
            ("February 1990", "DATE", "1990-02"),
            ("the end of March", "DATE", "1991-03"),
            ("1988", "DATE", "1988"),
            ("at least three years", "DURATION", "P3Y"),
            ("June", "DATE", "1991-06"),
            ("July 8", "DATE", "1991-07-08"),
            ("7:30 p.m.", "TIME", "1991-06-11T19:30"),
            ("Tuesday", "DATE", "1991-06-11"),
            ("TODAY", "DATE", "1991-06-09"),
            ("1 p.m.", "TIME", "1991-06-09T13:00"),
            ("4 p.m.", "TIME", "1991-06-09T16:00"),
            ("2 p.m.", "TIME", "1991-06-09T14:00"),
            ("5 p.m.", "TIME", "1991-06-09T17:00"),
        ],
    ),
    # Monday 1990-03-12 (ISO week 11), US regional daily's weekly business section ("BUSINESS
    # MONDAY", a section name, not annotated), page line "The Eastbury Record-Journal | Monday,
    # March 12, 1990 | Page 11", headline, deck, byline, "EASTBURY -" dateline and a box. The
    # merger was "announced yesterday", Sunday 1990-03-11; the boards met "Saturday"
    # 1990-03-10; the shares "closed Friday" (twice) 1990-03-09, "up from $8 a week earlier"
    # -> "a week earlier" 1990-W09 (the unit's granularity counted back from that Friday,
    # gold_blind29); the news conference "at 10 a.m. today". "by fall" (deck) 1990-FA; "in
    # December" (past) 1989-12; "in January" (past) 1990-01; "in June" (body and box) and "by
    # the end of May" future, 1990-06 and 1990-05; "April 2" 1990-04-02. Mill River's fiscal
    # year is not described, so its quarters are calendar quarters (gold_blind6, gold_blind29):
    # "the quarter ended Dec. 31" -> "the quarter" 1989-Q4 plus 1989-12-31, "a year earlier"
    # after it 1988-Q4, "the third quarter" (the completion hoped for) 1990-Q3, the box's
    # "third quarter of 1990" one span 1990-Q3. Quinnatuck Federal's fiscal year ends June 30
    # (present tense: 1990-06-30, the end of the fiscal year now running, gold_blind33), so
    # "its fiscal second quarter" (October-December 1989, the determiner kept) is FY1990-Q2
    # and "the year-earlier quarter" FY1989-Q2. "every quarter since 1987" SET P3M plus
    # "1987"; "has led it for 17 years" P17Y; "within 18 months" -> "18 months" P18M; "the end
    # of 1991" 1991; "the summer of 1987" 1987-SU; "the coming months" PXM; "A year ago" 1989;
    # "Now" PRESENT_REF. Not annotated: "BUSINESS MONDAY", "Saturday morning hours" (an
    # adjectival weekday naming a kind of hours, like "holiday hours" in gold_blind103),
    # "1851 Main St." (an address beside "founded in 1851"), "which ended the same day"
    # (anaphoric), "1.15 Mill River shares", "$74 million", "$1.3 billion", "$1.2 million",
    # "$3.2 million", "$4.5 million", "$2.1 million", "$800,000", "$11.25", "$23.50", "$9.75",
    # "$8", "63 percent", "31 branches", "140", "760", "58" and "63" (ages), "Page 11".
    "mill-river-quinnatuck-bank-merger": (
        "1990-03-12",
        [
            ("Monday, March 12, 1990", "DATE", "1990-03-12"),
            ("fall", "DATE", "1990-FA"),
            ("yesterday", "DATE", "1990-03-11"),
            ("Saturday", "DATE", "1990-03-10"),
            ("December", "DATE", "1989-12"),
            ("1959", "DATE", "1959"),
            ("17 years", "DURATION", "P17Y"),
            ("the end of 1991", "DATE", "1991"),
            ("June", "DATE", "1990-06"),
            ("the third quarter", "DATE", "1990-Q3"),
            ("Jan. 1, 1991", "DATE", "1991-01-01"),
            ("the quarter", "DATE", "1989-Q4"),
            ("Dec. 31", "DATE", "1989-12-31"),
            ("a year earlier", "DATE", "1988-Q4"),
            ("every quarter", "SET", "P3M"),
            ("1987", "DATE", "1987"),
            ("January", "DATE", "1990-01"),
            ("June 30", "DATE", "1990-06-30"),
            ("its fiscal second quarter", "DATE", "FY1990-Q2"),
            ("the year-earlier quarter", "DATE", "FY1989-Q2"),
            ("18 months", "DURATION", "P18M"),
            ("the end of May", "DATE", "1990-05"),
            ("1851", "DATE", "1851"),
            ("1986", "DATE", "1986"),
            ("Friday", "DATE", "1990-03-09"),
            ("the summer of 1987", "DATE", "1987-SU"),
            ("Friday", "DATE", "1990-03-09"),
            ("a week earlier", "DATE", "1990-W09"),
            ("the coming months", "DURATION", "PXM"),
            ("A year ago", "DATE", "1989"),
            ("Now", "DATE", "PRESENT_REF"),
            ("April 2", "DATE", "1990-04-02"),
            ("10 a.m.", "TIME", "1990-03-12T10:00"),
            ("today", "DATE", "1990-03-12"),
            ("June", "DATE", "1990-06"),
            ("third quarter of 1990", "DATE", "1990-Q3"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
