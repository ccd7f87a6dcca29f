"""Annotations of the thirty-fourth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind34/annotate.py [--show]

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
    # Tuesday 1998-10-27 (ISO week 44), wire-service space story with a dateline without date
    # ("KOLVAR SPACE CENTER, Varnia (AP) _"); "today" is the publication day (AP style of the
    # time). The launch is delayed "until Thursday" 1998-10-29 (headline, lead, "9:12 a.m.
    # Thursday", "Thursday morning"); the valve was found late Monday 1998-10-26 and the
    # engineers "worked through the night" that followed it, 1998-10-26TNI (gold_blind15,
    # gold_blind16); the launch "had been scheduled" for 9:30 a.m. local time (0630 GMT)
    # Wednesday, tomorrow, 1998-10-28 (two TIMEX3 for the times, gold_blind28). The target module
    # was "launched Saturday" 1998-10-24 (past), the next chance after Thursday "would come
    # Saturday" 1998-10-31 (future), two days after Thursday as the orbit allows "every other
    # day"; landing Nov. 8 is ten days after Oct. 29. "the end of the year" is 1998, "late 1999"
    # the year 1999 with the modifier unrecorded.
    "varnia-tern-4-launch-delayed": (
        "1998-10-27",
        [
            ("Thursday", "DATE", "1998-10-29"),
            ("Thursday", "DATE", "1998-10-29"),
            ("late Monday", "DATE", "1998-10-26"),
            ("today", "DATE", "1998-10-27"),
            ("9:30 a.m. local time", "TIME", "1998-10-28T09:30"),
            ("0630 GMT", "TIME", "1998-10-28T06:30"),
            ("Wednesday", "DATE", "1998-10-28"),
            ("10-day", "DURATION", "P10D"),
            ("next year", "DATE", "1999"),
            ("9:12 a.m.", "TIME", "1998-10-29T09:12"),
            ("Thursday", "DATE", "1998-10-29"),
            ("this morning", "TIME", "1998-10-27TMO"),
            ("the night", "TIME", "1998-10-26TNI"),
            ("tonight", "TIME", "1998-10-27TNI"),
            ("two days", "DURATION", "P2D"),
            ("August", "DATE", "1998-08"),
            ("six weeks", "DURATION", "P6W"),
            ("Oct. 20", "DATE", "1998-10-20"),
            ("1997", "DATE", "1997"),
            ("five days", "DURATION", "P5D"),
            ("April", "DATE", "1998-04"),
            ("About four days", "DURATION", "P4D"),
            ("Saturday", "DATE", "1998-10-24"),
            ("twice a day", "SET", "P1D"),
            ("every 92 minutes", "SET", "PT92M"),
            ("the past three years", "DURATION", "P3Y"),
            ("the end of the year", "DATE", "1998"),
            ("late 1999", "DATE", "1999"),
            ("2002", "DATE", "2002"),
            ("Oct. 13", "DATE", "1998-10-13"),
            ("Thursday morning", "TIME", "1998-10-29TMO"),
            ("Saturday", "DATE", "1998-10-31"),
            ("every other day", "SET", "P2D"),
            ("now", "DATE", "PRESENT_REF"),
            ("Nov. 8", "DATE", "1998-11-08"),
        ],
    ),
    # Thursday 2000-03-16 (ISO week 11), newspaper-service health story, date line "March 16,
    # 2000" (the publication day) and a "ASHBURN FALLS, Minn. —" dateline: the study was
    # "published Wednesday" 2000-03-15 and Hollis spoke Wednesday; the council's spokeswoman
    # "said Thursday", the publication day; "this week's issue" the ISO week of publication,
    # 2000-W11 (the possessive left out). The cohort was followed "over five years", 1993 to
    # 1998; "Two years ago" is 1998 at the unit's granularity; "this fall" ahead in March is
    # 2000-FA; "January" (past) 2000-01, "next month" 2000-04, "April 2" 2000-04-02.
    "ashburn-falls-night-shift-heart-study": (
        "2000-03-16",
        [
            ("March 16, 2000", "DATE", "2000-03-16"),
            ("at least three times a month", "SET", "P1M"),
            ("at least five years", "DURATION", "P5Y"),
            ("Wednesday", "DATE", "2000-03-15"),
            ("five years", "DURATION", "P5Y"),
            ("1993", "DATE", "1993"),
            ("1998", "DATE", "1998"),
            ("every six months", "SET", "P6M"),
            ("this week", "DATE", "2000-W11"),
            ("the 1980s", "DATE", "198"),
            ("now", "DATE", "PRESENT_REF"),
            ("years", "DURATION", "PXY"),
            ("Wednesday", "DATE", "2000-03-15"),
            ("more than 10 years", "DURATION", "P10Y"),
            ("12-hour", "DURATION", "PT12H"),
            ("about two years", "DURATION", "P2Y"),
            ("1996", "DATE", "1996"),
            ("next month", "DATE", "2000-04"),
            ("Thursday", "DATE", "2000-03-16"),
            ("1994", "DATE", "1994"),
            ("each year", "SET", "P1Y"),
            ("2010", "DATE", "2010"),
            ("once a year", "SET", "P1Y"),
            ("April 2", "DATE", "2000-04-02"),
            ("now", "DATE", "PRESENT_REF"),
            ("every four weeks", "SET", "P4W"),
            ("every week", "SET", "P1W"),
            ("January", "DATE", "2000-01"),
            ("Two years ago", "DATE", "1998"),
            ("months", "DURATION", "PXM"),
            ("this fall", "DATE", "2000-FA"),
            ("2003", "DATE", "2003"),
        ],
    ),
    # Monday 1999-09-20 (ISO week 38), wire-service hurricane story with a header line "Monday,
    # September 20, 1999" (one DATE span, gold_blind6, gold_blind16, gold_blind20) and a dateline
    # without date. The storm came ashore late Sunday 1999-09-19 and stalled "overnight", the
    # night of Sunday, 1999-09-19TNI (an adverb with its night fixed, gold_blind8, gold_blind21);
    # "last night" in a Monday story is the same night. "the past three days" of showers are a
    # DURATION. The clock time "by 8 a.m. EDT" has no named day and takes the day of its
    # sentence, today. "through Tuesday night" 1999-09-21TNI, "on Wednesday", "Wednesday
    # morning" and "through Wednesday" 1999-09-22 (future); "since Thursday" (past) 1999-09-16;
    # the Guard was ordered out Sunday 1999-09-19. The curfew hours recur on no particular day
    # (gold_blind16, gold_blind28), "every night this week" a SET and the ISO week; "this
    # weekend" ahead in a Monday story 1999-W38-WE; the claims offices' hours likewise recur,
    # "daily starting Tuesday" a SET and the coming Tuesday. "the end of the month" 1999-09.
    "hurricane-delphine-port-hallam-floods": (
        "1999-09-20",
        [
            ("Monday, September 20, 1999", "DATE", "1999-09-20"),
            ("late Sunday", "DATE", "1999-09-19"),
            ("overnight", "TIME", "1999-09-19TNI"),
            ("the past three days", "DURATION", "P3D"),
            ("today", "DATE", "1999-09-20"),
            ("8 a.m. EDT", "TIME", "1999-09-20T08:00"),
            ("Tuesday night", "TIME", "1999-09-21TNI"),
            ("Wednesday", "DATE", "1999-09-22"),
            ("1984", "DATE", "1984"),
            ("this morning", "TIME", "1999-09-20TMO"),
            ("Wednesday morning", "TIME", "1999-09-22TMO"),
            ("Sunday", "DATE", "1999-09-19"),
            ("nearly two decades", "DURATION", "P20Y"),
            ("40 years", "DURATION", "P40Y"),
            ("at least a week", "DURATION", "P1W"),
            ("last night", "TIME", "1999-09-19TNI"),
            ("Wednesday", "DATE", "1999-09-22"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("this week", "DATE", "1999-W38"),
            ("now", "DATE", "PRESENT_REF"),
            ("this weekend", "DATE", "1999-W38-WE"),
            ("four years", "DURATION", "P4Y"),
            ("July 1996", "DATE", "1996-07"),
            ("two weeks", "DURATION", "P2W"),
            ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
            ("7 p.m.", "TIME", "XXXX-XX-XXT19:00"),
            ("daily", "SET", "P1D"),
            ("Tuesday", "DATE", "1999-09-21"),
            ("Thursday", "DATE", "1999-09-16"),
            ("five months", "DURATION", "P5M"),
            ("the end of the month", "DATE", "1999-09"),
        ],
    ),
    # Saturday 1999-11-27 (ISO week 47), state news agency wire in Xinhua-like English, "SIRANG,
    # Nov. 27 (LNA) --" dateline (the publication day); "said here today" the publication day,
    # "here" left out. "the first 10 months of this year" (headline "first 10 months" without the
    # article) is split: "the first 10 months" DURATION P10M (like "the first three quarters"
    # P3Q, gold_blind31) and "this year" DATE 1999 (like "five months last year", gold_blind20).
    # The comparison "the same period of last year" follows "In October alone" and is October
    # 1998, one span (gold_blind16); "a year earlier" after "the end of October" 1998-10. The
    # conference opened on Thursday 1999-11-25 and closed "this afternoon"; "the previous day"
    # is Friday 1999-11-26, the day before today. "the end of this century" takes the century's
    # value, 19 (the twentieth century, said in 1999). The plan's name is not annotated, its
    # bracketed years are (gold_blind31). "Jan. 1" and "January" ahead are 2000.
    "lanmar-urban-jobs-first-10-months": (
        "1999-11-27",
        [
            ("first 10 months", "DURATION", "P10M"),
            ("Nov. 27", "DATE", "1999-11-27"),
            ("the first 10 months", "DURATION", "P10M"),
            ("this year", "DATE", "1999"),
            ("1999", "DATE", "1999"),
            ("today", "DATE", "1999-11-27"),
            ("October", "DATE", "1999-10"),
            ("the same period of last year", "DATE", "1998-10"),
            ("Thursday", "DATE", "1999-11-25"),
            ("the end of October", "DATE", "1999-10"),
            ("a year earlier", "DATE", "1998-10"),
            ("the end of this century", "DATE", "19"),
            ("1996", "DATE", "1996"),
            ("2000", "DATE", "2000"),
            ("1996", "DATE", "1996"),
            ("this year", "DATE", "1999"),
            ("last year", "DATE", "1998"),
            ("1997", "DATE", "1997"),
            ("now", "DATE", "PRESENT_REF"),
            ("twice a year", "SET", "P1Y"),
            ("next year", "DATE", "2000"),
            ("the past five years", "DURATION", "P5Y"),
            ("Jan. 1", "DATE", "2000-01-01"),
            ("three years", "DURATION", "P3Y"),
            ("recent years", "DATE", "PAST_REF"),
            ("last year", "DATE", "1998"),
            ("Dec. 31", "DATE", "1999-12-31"),
            ("January", "DATE", "2000-01"),
            ("the previous day", "DATE", "1999-11-26"),
            ("three-day", "DURATION", "P3D"),
            ("this afternoon", "TIME", "1999-11-27TAF"),
            ("the spring of 2001", "DATE", "2001-SP"),
        ],
    ),
    # Wednesday 2000-05-17 (ISO week 20), wire-service court story with a dateline without date
    # ("CRANDALL, Ky. (AP) _"); "police said today" is the publication day. Dorsett was
    # "arrested Tuesday" 2000-05-16, at about 6:45 a.m. that day (a clock time without a named
    # day on the day of its sentence); he appears before a judge Thursday 2000-05-18 (future);
    # the withdrawal was "on Friday" (past) 2000-05-12, "last week" the ISO week before
    # publication, 2000-W19. He was convicted in January 2000 and sentenced in March, on March 24
    # 2000; "a year ago" is 1999 and "four years ago" 1996 at the unit's granularity. The appeal
    # is heard "next month", June 2000, with arguments on June 14 at 10 a.m. (two TIMEX3); the
    # grand jury meets May 30 (future). "Earlier this year" the year 2000; "tonight" the evening
    # of publication.
    "crandall-former-treasurer-arrested-again": (
        "2000-05-17",
        [
            ("March", "DATE", "2000-03"),
            ("eight years", "DURATION", "P8Y"),
            ("Tuesday", "DATE", "2000-05-16"),
            ("today", "DATE", "2000-05-17"),
            ("about 6:45 a.m.", "TIME", "2000-05-16T06:45"),
            ("less than 48 hours", "DURATION", "PT48H"),
            ("Thursday", "DATE", "2000-05-18"),
            ("14 years", "DURATION", "P14Y"),
            ("a year ago", "DATE", "1999"),
            ("January", "DATE", "2000-01"),
            ("1991", "DATE", "1991"),
            ("1998", "DATE", "1998"),
            ("nine days", "DURATION", "P9D"),
            ("March 24", "DATE", "2000-03-24"),
            ("1995", "DATE", "1995"),
            ("twice a week", "SET", "P1W"),
            ("next month", "DATE", "2000-06"),
            ("June 14", "DATE", "2000-06-14"),
            ("10 a.m.", "TIME", "2000-06-14T10:00"),
            ("last week", "DATE", "2000-W19"),
            ("Friday", "DATE", "2000-05-12"),
            ("four years ago", "DATE", "1996"),
            ("1995", "DATE", "1995"),
            ("30 days", "DURATION", "P30D"),
            ("two years", "DURATION", "P2Y"),
            ("March", "DATE", "2000-03"),
            ("May 30", "DATE", "2000-05-30"),
            ("up to five years", "DURATION", "P5Y"),
            ("Earlier this year", "DATE", "2000"),
            ("1995", "DATE", "1995"),
            ("the past three years", "DURATION", "P3Y"),
            ("tonight", "TIME", "2000-05-17TNI"),
        ],
    ),
    # Friday 1998-05-22 (ISO week 21), newspaper-style sports-and-city story, date line "May 22,
    # 1998" (the publication day) and a "KESTERFIELD, Ore. —" dateline. The council agreed
    # Thursday 1998-05-21 (and "voted 5-4 Thursday"); the vote is set for June 19, 1998 (headline
    # and lead), the federation's deadline July 1 and choice Sept. 26 are 1998; "the 2008
    # Continental Games" and "the 2004 Games" give their years as adjectival years, like "the
    # 2005 election" (gold_blind28); "four years ago" 1994; the baseball game "Wednesday night"
    # 1998-05-20TNI; "November" (future) 1998-11, "January" (past) 1998-01; "this week" 1998-W21,
    # "next week" 1998-W22; the inspectors arrive "starting Tuesday" 1998-05-26. "more than six
    # years before the Games open" is a duration anchored to an event; "the summer of 2008"
    # 2008-SU. The bid committee's name "Kesterfield 2008" is not annotated.
    "kesterfield-stadium-vote-2008-games": (
        "1998-05-22",
        [
            ("June 19", "DATE", "1998-06-19"),
            ("May 22, 1998", "DATE", "1998-05-22"),
            ("Thursday", "DATE", "1998-05-21"),
            ("June 19", "DATE", "1998-06-19"),
            ("2008", "DATE", "2008"),
            ("July 1", "DATE", "1998-07-01"),
            ("Sept. 26", "DATE", "1998-09-26"),
            ("2004", "DATE", "2004"),
            ("four years ago", "DATE", "1994"),
            ("1962", "DATE", "1962"),
            ("the past decade", "DURATION", "P10Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("2016", "DATE", "2016"),
            ("Thursday", "DATE", "1998-05-21"),
            ("more than six hours", "DURATION", "PT6H"),
            ("each year", "SET", "P1Y"),
            ("30 years", "DURATION", "P30Y"),
            ("November", "DATE", "1998-11"),
            ("Wednesday night", "TIME", "1998-05-20TNI"),
            ("early 1999", "DATE", "1999"),
            ("about 30 months", "DURATION", "P30M"),
            ("the end of 2001", "DATE", "2001"),
            ("more than six years", "DURATION", "P6Y"),
            ("the summer of 2008", "DATE", "2008-SU"),
            ("this week", "DATE", "1998-W21"),
            ("January", "DATE", "1998-01"),
            ("every four years", "SET", "P4Y"),
            ("1974", "DATE", "1974"),
            ("next week", "DATE", "1998-W22"),
            ("Right now", "DATE", "PRESENT_REF"),
            ("three days", "DURATION", "P3D"),
            ("Tuesday", "DATE", "1998-05-26"),
        ],
    ),
}


if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv[1:])
