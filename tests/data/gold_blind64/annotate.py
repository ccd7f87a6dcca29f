"""Annotations of the sixty-fourth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind64/annotate.py [--show]

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
    # Thursday 2012-11-15 (ISO week 46), AP-style page of world briefs, six items, each with
    # its own "CITY, Country (AP) —" dateline and no date; every bare weekday is counted from
    # the one publication day, in the tense of its clause. Tarvik: the floods "on Thursday"
    # are today; the road stays closed "until Sunday" (ahead, 2012-11-18); the river burst
    # "Wednesday night" 2012-11-14TNI; the rain eases "by Friday afternoon" 2012-11-16TAF.
    # Port August: the court ruled Wednesday 2012-11-14; the runoff moves from Sunday Dec. 2
    # to Dec. 16, "by two weeks" the size of the shift (P2W) and "a day after" the commission's
    # request an anchored duration, P1D (gold_blind35: durations anchored to an event are the
    # duration alone); the march "on Saturday" is ahead, 2012-11-17. Kessaro: the match was on
    # Tuesday night 2012-11-13, kick-off 8:45 p.m. local time = 1945 GMT the same evening (the
    # GMT time looks like a year but is a clock time); "first home loss in six years" P6Y, the
    # period of a "first in"; "March 22" the next one ahead, 2013-03-22. May Harbor: the
    # 19-day strike ran from Saturday Oct. 27 to early Thursday, today; "by the weekend" the
    # coming one, 2012-W46-WE; "next week" 2012-W47; "last year" 2011. Volna: "a fourth
    # straight month" DURATION P1M like "a ninth straight month" (gold_blind23); "July" past,
    # 2012-07; "the first half of next year" 2013-H1; "the third quarter" 2012-Q3, a country's
    # calendar quarter; figures "released Monday" 2012-11-12; "monthly" SET; "Dec. 13" ahead.
    # Gravin: the tortoise left "in the summer of 1998"; spotted "Monday morning" 2012-11-12TMO,
    # identified "the next day", Tuesday 2012-11-13, counted within its own brief; the director
    # "said Wednesday" 2012-11-14; "Fourteen years" P14Y. Not annotated: "0800 2012 444" (a
    # hotline), "5-4", "3-1", "46 percent", "41", "about 60" (an age), "Number 7", "a march"
    # (the noun), the datelines "PORT AUGUST" and "MAY HARBOR" and the headline's "May Harbor".
    "world-briefs-tarvik-floods-ossland-runoff": (
        "2012-11-15",
        [
            ("Thursday", "DATE", "2012-11-15"),
            ("three days", "DURATION", "P3D"),
            ("Sunday", "DATE", "2012-11-18"),
            ("Wednesday night", "TIME", "2012-11-14TNI"),
            ("1987", "DATE", "1987"),
            ("Friday afternoon", "TIME", "2012-11-16TAF"),
            ("Wednesday", "DATE", "2012-11-14"),
            ("Dec. 2", "DATE", "2012-12-02"),
            ("two weeks", "DURATION", "P2W"),
            ("Dec. 16", "DATE", "2012-12-16"),
            ("a day", "DURATION", "P1D"),
            ("more than a decade", "DURATION", "P10Y"),
            ("Oct. 21", "DATE", "2012-10-21"),
            ("Saturday", "DATE", "2012-11-17"),
            ("Tuesday night", "TIME", "2012-11-13TNI"),
            ("8:45 p.m. local time", "TIME", "2012-11-13T20:45"),
            ("1945 GMT", "TIME", "2012-11-13T19:45"),
            ("six years", "DURATION", "P6Y"),
            ("March 22", "DATE", "2013-03-22"),
            ("19-day", "DURATION", "P19D"),
            ("early Thursday", "DATE", "2012-11-15"),
            ("three-year", "DURATION", "P3Y"),
            ("Oct. 27", "DATE", "2012-10-27"),
            ("the weekend", "DATE", "2012-W46-WE"),
            ("next week", "DATE", "2012-W47"),
            ("last year", "DATE", "2011"),
            ("Thursday", "DATE", "2012-11-15"),
            ("a fourth straight month", "DURATION", "P1M"),
            ("July", "DATE", "2012-07"),
            ("the first half of next year", "DATE", "2013-H1"),
            ("the third quarter", "DATE", "2012-Q3"),
            ("Monday", "DATE", "2012-11-12"),
            ("monthly", "SET", "P1M"),
            ("Dec. 13", "DATE", "2012-12-13"),
            ("the summer of 1998", "DATE", "1998-SU"),
            ("Monday morning", "TIME", "2012-11-12TMO"),
            ("the next day", "DATE", "2012-11-13"),
            ("Fourteen years", "DURATION", "P14Y"),
            ("Wednesday", "DATE", "2012-11-14"),
        ],
    ),
    # Tuesday 2014-06-10 (ISO week 24), AP-style almanac column ("Today in History" kind),
    # headline "The almanac for June 10", no dateline. "Today is Tuesday, June 10, the 161st
    # day of 2014" holds three DATEs of the publication day: "Today", "Tuesday, June 10" (one
    # span with its weekday, gold_blind28) and "the 161st day of 2014" (an ordinal day of a
    # year, one span like "this 16th day of November, 2012" in gold_blind46); 365 - 161 = 204
    # days are "left in the year", "204 days" P204D and "the year" 2014. "On this date in 1919"
    # -> "this date in 1919" one DATE span, 1919-06-10: the phrase names June 10 of that year
    # (see README). The other items' bare years ("In 1862", "In 1927", ...) are the years they
    # name, and the labels "Ten years ago:", "Five years ago:", "One year ago:" take the
    # unit's granularity, 2004, 2009, 2013 (gold_blind28: "N ago" at the unit's granularity);
    # "two years later" is counted within its own item (after 1862 -> 1864; after "Ten years
    # ago" 2004 -> 2006). "by the 1950s" -> "the 1950s" 195. Durations anchored to events
    # ("more than a year ahead of schedule", "11 months after a fire", "after 112 years") are
    # the duration alone. The bracketed life years "(1840-1911)" are two DATEs (gold_blind34,
    # gold_blind60). Not annotated: the ages in "Birthdays" ("86", "71", "44", "38"), the names
    # "Mia Sunday" and "Tomas April", "May your troubles" (the verb), "88-71", "Sabbath Falls",
    # "Thirty-one of her 40 crew members", "80,000 people", "the first women's clinic".
    "almanac-june-10-halloran-bridge": (
        "2014-06-10",
        [
            ("June 10", "DATE", "2014-06-10"),
            ("Today", "DATE", "2014-06-10"),
            ("Tuesday, June 10", "DATE", "2014-06-10"),
            ("the 161st day of 2014", "DATE", "2014-06-10"),
            ("204 days", "DURATION", "P204D"),
            ("the year", "DATE", "2014"),
            ("this date in 1919", "DATE", "1919-06-10"),
            ("nearly 80 years", "DURATION", "P80Y"),
            ("four minutes", "DURATION", "PT4M"),
            ("1862", "DATE", "1862"),
            ("five months", "DURATION", "P5M"),
            ("two years later", "DATE", "1864"),
            ("1927", "DATE", "1927"),
            ("three days", "DURATION", "P3D"),
            ("1938", "DATE", "1938"),
            ("the 1950s", "DATE", "195"),
            ("1956", "DATE", "1956"),
            ("more than a year", "DURATION", "P1Y"),
            ("1967", "DATE", "1967"),
            ("four days", "DURATION", "P4D"),
            ("1994", "DATE", "1994"),
            ("Jan. 1, 1995", "DATE", "1995-01-01"),
            ("Ten years ago", "DATE", "2004"),
            ("2020", "DATE", "2020"),
            ("two years later", "DATE", "2006"),
            ("Five years ago", "DATE", "2009"),
            ("112 years", "DURATION", "P112Y"),
            ("One year ago", "DATE", "2013"),
            ("11 months", "DURATION", "P11M"),
            ("1840", "DATE", "1840"),
            ("1911", "DATE", "1911"),
        ],
    ),
    # Friday 2013-05-24 (ISO week 21), AP state-wire weekend events calendar, seven items with
    # "TOWN (AP) —" datelines. Memorial Day 2013 is Monday 2013-05-27 (last Monday of May), so
    # "the Memorial Day weekend" is 2013-W21-WE (gold_blind21); "Friday night" is tonight,
    # 2013-05-24TNI. Every bare weekday is ahead: Saturday 2013-05-25, Sunday 2013-05-26,
    # Monday 2013-05-27, Tuesday morning 2013-05-28TMO. Clock times take the day their
    # sentence tells ("a parade at 2 p.m. Sunday", the half marathon's "7:30 a.m. Sunday" and
    # its road closure "from 6 a.m. to noon" that Sunday, the speedway's "starts at 7" on
    # Saturday night -> 2013-05-25T19:00); hours that recur daily or weekly are
    # XXXX-XX-XXThh:mm (the ship's "10 a.m. to 5 p.m. daily", the market's "8 a.m. to 1 p.m."
    # every Saturday, gold_blind39, gold_blind44). "annual" SET P1Y (gold_blind39); "Last
    # year's winner" -> "Last year" 2012; "two weeks late" the size of a delay, P2W, the rained-
    # out opener "May 11" (Saturday 2013-05-11) in the past; "Oct. 26" ahead, 2013-10-26;
    # "more than a century" P100Y; "the past four years" P4Y. Not annotated: the datelines and
    # names "MAY RIVER", "May River Half Marathon", "SUNDAY CREEK", "The Sunday Creek Historical
    # Society", "41st", "555-0148", "555-0191", "www.haldenrhubarb.org/2013", "$8", "under 12",
    # "24", "9 of 14", "last season" and "season opener" (a racing season), "for the season"
    # (a market season), "No. 21", "$42,000".
    "weekend-calendar-memorial-day-rhubarb-festival": (
        "2013-05-24",
        [
            ("the Memorial Day weekend", "DATE", "2013-W21-WE"),
            ("Friday night", "TIME", "2013-05-24TNI"),
            ("annual", "SET", "P1Y"),
            ("Saturday", "DATE", "2013-05-25"),
            ("Sunday", "DATE", "2013-05-26"),
            ("2 p.m.", "TIME", "2013-05-26T14:00"),
            ("Sunday", "DATE", "2013-05-26"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("daily", "SET", "P1D"),
            ("Monday", "DATE", "2013-05-27"),
            ("Tuesday morning", "TIME", "2013-05-28TMO"),
            ("7:30 a.m.", "TIME", "2013-05-26T07:30"),
            ("Sunday", "DATE", "2013-05-26"),
            ("Last year", "DATE", "2012"),
            ("6 a.m.", "TIME", "2013-05-26T06:00"),
            ("noon", "TIME", "2013-05-26T12:00"),
            ("9 a.m.", "TIME", "2013-05-25T09:00"),
            ("Saturday", "DATE", "2013-05-25"),
            ("Memorial Day", "DATE", "2013-05-27"),
            ("1 p.m.", "TIME", "2013-05-27T13:00"),
            ("the 1880s", "DATE", "188"),
            ("about three hours", "DURATION", "PT3H"),
            ("Saturday", "DATE", "2013-05-25"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("1 p.m.", "TIME", "XXXX-XX-XXT13:00"),
            ("Oct. 26", "DATE", "2013-10-26"),
            ("now", "DATE", "PRESENT_REF"),
            ("Saturday night", "TIME", "2013-05-25TNI"),
            ("two weeks", "DURATION", "P2W"),
            ("May 11", "DATE", "2013-05-11"),
            ("7", "TIME", "2013-05-25T19:00"),
            ("3 p.m.", "TIME", "2013-05-27T15:00"),
            ("Monday", "DATE", "2013-05-27"),
            ("more than a century", "DURATION", "P100Y"),
            ("1988", "DATE", "1988"),
            ("the past four years", "DURATION", "P4Y"),
        ],
    ),
    # Wednesday 2012-08-22 (ISO week 34), AP state-wire court and police briefs, six items
    # with "TOWN (AP) —" datelines. Dunmore: sentenced Tuesday 2012-08-21; "last winter" in
    # August is the winter of December 2011-February 2012, 2012-WI (a winter takes the year of
    # its January, gold_blind10, gold_blind28), so "Dec. 3" is 2011-12-03 and "Feb. 9"
    # 2012-02-09, and "two days later" is counted from Feb. 9 within this brief, 2012-02-11.
    # Lake Ormond: the crash "about 1:30 a.m. Saturday" 2012-08-18 ("about" kept, gold_blind39),
    # "the next day" Sunday 2012-08-19 within this brief; arraigned Monday 2012-08-20;
    # "90-day" DURATION on the adjective; "Sept. 10" ahead. Monday Falls: the jury's Monday
    # 2012-08-20; "Oct. 15" ahead; "every week" SET P1W; "until then" anaphoric, left out.
    # Braxton: the fire Tuesday night 2012-08-21TNI, reported at 11:20 p.m. that night; "since
    # April" 2012-04; "recent years" PAST_REF. Orley Falls: the court ruled today, Wednesday;
    # "the 2009 murder conviction" an adjectival year; "nearly three years ago" 2009 at year
    # granularity. Portman: "last week" 2012-W33; "Monday afternoon" 2012-08-20TAF; "earlier
    # this month" 2012-08; "after 61 years" P61Y. Not annotated: "34", "19-year-old", "52",
    # "67" (ages), "Route 14", "MONDAY FALLS" (a town), "$84,000", "the third fire",
    # "555-0123", "case No. 2008-CR-1147", "Ruth Mayer", "may have dozed" (the verb), "$20".
    "court-police-briefs-dunmore-pharmacy-robber": (
        "2012-08-22",
        [
            ("12 years", "DURATION", "P12Y"),
            ("last winter", "DATE", "2012-WI"),
            ("Tuesday", "DATE", "2012-08-21"),
            ("12 years", "DURATION", "P12Y"),
            ("Dec. 3", "DATE", "2011-12-03"),
            ("Feb. 9", "DATE", "2012-02-09"),
            ("two days later", "DATE", "2012-02-11"),
            ("at least 10 years", "DURATION", "P10Y"),
            ("about 1:30 a.m.", "TIME", "2012-08-18T01:30"),
            ("Saturday", "DATE", "2012-08-18"),
            ("the next day", "DATE", "2012-08-19"),
            ("Monday", "DATE", "2012-08-20"),
            ("90-day", "DURATION", "P90D"),
            ("Sept. 10", "DATE", "2012-09-10"),
            ("about five hours", "DURATION", "PT5H"),
            ("Monday", "DATE", "2012-08-20"),
            ("2007", "DATE", "2007"),
            ("2011", "DATE", "2011"),
            ("22 years", "DURATION", "P22Y"),
            ("up to 15 years", "DURATION", "P15Y"),
            ("Oct. 15", "DATE", "2012-10-15"),
            ("every week", "SET", "P1W"),
            ("Tuesday night", "TIME", "2012-08-21TNI"),
            ("11:20 p.m.", "TIME", "2012-08-21T23:20"),
            ("more than three hours", "DURATION", "PT3H"),
            ("April", "DATE", "2012-04"),
            ("recent years", "DATE", "PAST_REF"),
            ("Wednesday", "DATE", "2012-08-22"),
            ("2009", "DATE", "2009"),
            ("nearly three years ago", "DATE", "2009"),
            ("1989", "DATE", "1989"),
            ("last week", "DATE", "2012-W33"),
            ("Monday afternoon", "TIME", "2012-08-20TAF"),
            ("earlier this month", "DATE", "2012-08"),
            ("61 years", "DURATION", "P61Y"),
            ("June 1989", "DATE", "1989-06"),
        ],
    ),
    # Saturday 2014-01-25 (ISO week 4), AP-style business "week ahead" calendar for the
    # invented Carvania plus four business briefs with datelines. The calendar's "next week" is
    # 2014-W05 and its day labels are the coming days: Monday 2014-01-27, Tuesday 2014-01-28,
    # Wednesday 2014-01-29 (the rate decision "1 p.m. local time" and the news conference
    # "2:30 p.m." that day), Thursday 2014-01-30, Friday 2014-01-31. The data months are the
    # latest ones: "December" 2013-12, "January" 2014-01; "fourth-quarter" and "the fourth
    # quarter" 2013-Q4; "2013" the year just ended. Brightwater's fiscal year ends March 31
    # ("the fiscal year that ends March 31" -> FY2014 plus 2014-03-31, fiscal years named by the
    # year they end, gold_blind28), so "its fiscal third quarter, which ended Dec. 31" is
    # October-December 2013, FY2014-Q3, kept with its possessive (gold_blind35's "its fourth
    # week"); "fiscal 2008" FY2008. In the briefs the weekdays are past: "said Friday"
    # 2014-01-24, "jumped ... Thursday" 2014-01-23. "mid-2015" and "late last year" take the
    # year (gold_blind39), 2015 and 2013; "the third quarter" 2013-Q3; "the coming months" PXM;
    # "a year earlier" after December 2013 is 2012-12; "for most of this year" -> "this year"
    # 2014 ("most of" left out, gold_blind23); the exchange's new opening hour "8 a.m." recurs,
    # XXXX-XX-XXT08:00, "starting Feb. 3" 2014-02-03, "90 minutes earlier than now" PT90M and
    # PRESENT_REF. Not annotated: "Kellan 1800" (a model), "Peter March" (a name), "a record
    # for any month", "1,200 jobs", "9 percent", "400,000", "7.9 percent", "8.6 percent",
    # "trading hours".
    "business-week-ahead-carvania-rate-decision": (
        "2014-01-25",
        [
            ("fourth-quarter", "DATE", "2013-Q4"),
            ("next week", "DATE", "2014-W05"),
            ("Monday", "DATE", "2014-01-27"),
            ("December", "DATE", "2013-12"),
            ("fourth-quarter", "DATE", "2013-Q4"),
            ("Tuesday", "DATE", "2014-01-28"),
            ("January", "DATE", "2014-01"),
            ("two-day", "DURATION", "P2D"),
            ("Wednesday", "DATE", "2014-01-29"),
            ("1 p.m. local time", "TIME", "2014-01-29T13:00"),
            ("2:30 p.m.", "TIME", "2014-01-29T14:30"),
            ("Thursday", "DATE", "2014-01-30"),
            ("the fourth quarter", "DATE", "2013-Q4"),
            ("2013", "DATE", "2013"),
            ("Weekly", "SET", "P1W"),
            ("Friday", "DATE", "2014-01-31"),
            ("December", "DATE", "2013-12"),
            ("its fiscal third quarter", "DATE", "FY2014-Q3"),
            ("Dec. 31", "DATE", "2013-12-31"),
            ("Friday", "DATE", "2014-01-24"),
            ("the next two years", "DURATION", "P2Y"),
            ("mid-2015", "DATE", "2015"),
            ("the third quarter", "DATE", "2013-Q3"),
            ("late last year", "DATE", "2013"),
            ("the coming months", "DURATION", "PXM"),
            ("Thursday", "DATE", "2014-01-23"),
            ("December", "DATE", "2013-12"),
            ("the fiscal year", "DATE", "FY2014"),
            ("March 31", "DATE", "2014-03-31"),
            ("fiscal 2008", "DATE", "FY2008"),
            ("December", "DATE", "2013-12"),
            ("a year earlier", "DATE", "2012-12"),
            ("Friday", "DATE", "2014-01-24"),
            ("this year", "DATE", "2014"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("Feb. 3", "DATE", "2014-02-03"),
            ("90 minutes", "DURATION", "PT90M"),
            ("now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Monday 2013-02-04 (ISO week 6), AP-style obituary briefs, five items with datelines.
    # Deaths are past weekdays: Saturday 2013-02-02, Thursday 2013-01-31, Sunday night
    # 2013-02-03TNI, Friday 2013-02-01; the newspaper printed its border today, Monday. What is
    # to come is ahead: the memorial "at 11 a.m. Saturday" 2013-02-09, mourning "starting
    # Tuesday" 2013-02-05, the funeral Thursday 2013-02-07. Dunning's daily broadcast "every
    # morning at 6:15" is a SET and a recurring clock time XXXX-XX-XXT06:15; "on Sundays" SET
    # XXXX-WXX-7; "last spring" in February is 2012-SP. "two years ago" 2011 (the 100th
    # birthday of a woman who died at 102). "the fall of 1934" one span; decades "the 1940s"
    # 194, "the early 1990s" 199, "the 1950s" 195; "1958" an adjectival year. Not annotated:
    # the ages "91", "nearly 90", "84", "102", "79", "88", the titles "The Long Winter" and
    # "Tuesday Blues", "The Kessaro Sunday Herald" (a newspaper), "MARCH HILL" and "March Hill
    # Elementary", "WCPM", "first grade", "her 100th birthday party", "a short illness".
    "obituary-briefs-irena-vashko-sculptor": (
        "2013-02-04",
        [
            ("Saturday", "DATE", "2013-02-02"),
            ("the 1940s", "DATE", "194"),
            ("every day", "SET", "P1D"),
            ("1967", "DATE", "1967"),
            ("38 years", "DURATION", "P38Y"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("6:15", "TIME", "XXXX-XX-XXT06:15"),
            ("Thursday", "DATE", "2013-01-31"),
            ("1961", "DATE", "1961"),
            ("1999", "DATE", "1999"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("last spring", "DATE", "2012-SP"),
            ("44 years", "DURATION", "P44Y"),
            ("Jan. 29", "DATE", "2013-01-29"),
            ("the fall of 1934", "DATE", "1934-FA"),
            ("1978", "DATE", "1978"),
            ("two years ago", "DATE", "2011"),
            ("11 a.m.", "TIME", "2013-02-09T11:00"),
            ("Saturday", "DATE", "2013-02-09"),
            ("the early 1990s", "DATE", "199"),
            ("Sunday night", "TIME", "2013-02-03TNI"),
            ("1989", "DATE", "1989"),
            ("1997", "DATE", "1997"),
            ("three days", "DURATION", "P3D"),
            ("Tuesday", "DATE", "2013-02-05"),
            ("Thursday", "DATE", "2013-02-07"),
            ("Monday", "DATE", "2013-02-04"),
            ("the 1950s", "DATE", "195"),
            ("three decades", "DURATION", "P30Y"),
            ("Friday", "DATE", "2013-02-01"),
            ("1958", "DATE", "1958"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
