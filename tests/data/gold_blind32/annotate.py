"""Annotations of the thirty-second blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind32/annotate.py [--show]

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
    # Wednesday 1998-05-13 (ISO week 20), newspaper news-service story, "BRANDON CITY, Okla.,
    # May 13 —" dateline (the publication day): the committee voted late Tuesday 1998-05-12, at
    # 11:20 p.m. that night; the full House votes "next Tuesday" (headline "Tuesday" too),
    # 1998-05-19, convening at 10 a.m. that day; the lawyer asks the House "on Monday"
    # (future) 1998-05-18. The hearings were "last month" (1998-04), the testimony "last week"
    # (1998-W19): the deputy testified on Thursday 1998-05-07 and returned "the next day",
    # Friday 1998-05-08. "the first time since 1911" -> "1911" ("since" a signal). "November"
    # (the election) is the coming one, 1998-11; "January" and "February" the past ones of
    # 1998; "last year" 1997. "Nora Friday" / "Mrs. Friday" (the committee chairwoman),
    # "Proposition 1986" (a ballot measure), the tally "9-4", "101-member" and the age "58" are
    # not annotated.
    "brandon-city-treasurer-impeachment-vote": (
        "1998-05-13",
        [
            ("Tuesday", "DATE", "1998-05-19"),
            ("May 13", "DATE", "1998-05-13"),
            ("late Tuesday", "DATE", "1998-05-12"),
            ("next Tuesday", "DATE", "1998-05-19"),
            ("1911", "DATE", "1911"),
            ("11:20 p.m.", "TIME", "1998-05-12T23:20"),
            ("more than six hours", "DURATION", "PT6H"),
            ("three-month", "DURATION", "P3M"),
            ("1991", "DATE", "1991"),
            ("today", "DATE", "1998-05-13"),
            ("this morning", "TIME", "1998-05-13TMO"),
            ("four days", "DURATION", "P4D"),
            ("last month", "DATE", "1998-04"),
            ("last week", "DATE", "1998-W19"),
            ("March 1996", "DATE", "1996-03"),
            ("nearly five hours", "DURATION", "PT5H"),
            ("Thursday", "DATE", "1998-05-07"),
            ("the next day", "DATE", "1998-05-08"),
            ("June 1", "DATE", "1998-06-01"),
            ("about three weeks", "DURATION", "P3W"),
            ("1911", "DATE", "1911"),
            ("1956", "DATE", "1956"),
            ("1979", "DATE", "1979"),
            ("four-year", "DURATION", "P4Y"),
            ("this year", "DATE", "1998"),
            ("Monday", "DATE", "1998-05-18"),
            ("Aug. 4", "DATE", "1998-08-04"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("November", "DATE", "1998-11"),
            ("10 a.m.", "TIME", "1998-05-19T10:00"),
            ("Tuesday", "DATE", "1998-05-19"),
            ("four hours", "DURATION", "PT4H"),
            ("January", "DATE", "1998-01"),
            ("the past two years", "DURATION", "P2Y"),
            ("February", "DATE", "1998-02"),
            ("currently", "DATE", "PRESENT_REF"),
            ("last year", "DATE", "1997"),
            ("1990", "DATE", "1990"),
            ("years", "DURATION", "PXY"),
        ],
    ),
    # Tuesday 1998-10-20 (ISO week 43), wire-service story with a dateline without date
    # ("KARESH, Sulevia (AP) _"): the bomb went off "Thursday" (past, "Thursday's bombing")
    # 1998-10-15 at 10:42 a.m. local time, 0742 GMT the same day (GMT+3); the toll stood at 61
    # on Friday 1998-10-16 and 70 by Sunday night 1998-10-18, two more died late Monday
    # 1998-10-19 and it "rose to 74 on Tuesday", the publication day; the suspects were seized
    # early Sunday 1998-10-18; the truck was rented on Oct. 9, "six days before the bombing"
    # (a duration anchored to an event), and the fourth man left "a day earlier, on Oct. 14",
    # the day before the bombing (an anchored DATE, confirmed by the apposed date). The foreign
    # minister "will arrive Thursday", 1998-10-22; the memorial is "next week", 1998-W44. The
    # consulate's hours recur daily. "in their 20s", "at that hour", "since" alone and "until
    # then" are not annotated.
    "karesh-embassy-bombing-arrests": (
        "1998-10-20",
        [
            ("Thursday", "DATE", "1998-10-15"),
            ("Tuesday", "DATE", "1998-10-20"),
            ("Sunday", "DATE", "1998-10-18"),
            ("late Monday", "DATE", "1998-10-19"),
            ("Friday", "DATE", "1998-10-16"),
            ("Sunday night", "TIME", "1998-10-18TNI"),
            ("weeks", "DURATION", "PXW"),
            ("10:42 a.m.", "TIME", "1998-10-15T10:42"),
            ("0742 GMT", "TIME", "1998-10-15T07:42"),
            ("Thursday", "DATE", "1998-10-15"),
            ("early Sunday", "DATE", "1998-10-18"),
            ("late Monday", "DATE", "1998-10-19"),
            ("Oct. 9", "DATE", "1998-10-09"),
            ("six days", "DURATION", "P6D"),
            ("a day earlier", "DATE", "1998-10-14"),
            ("Oct. 14", "DATE", "1998-10-14"),
            ("Friday", "DATE", "1998-10-16"),
            ("every day", "SET", "P1D"),
            ("Tuesday morning", "TIME", "1998-10-20TMO"),
            ("recent months", "DATE", "PAST_REF"),
            ("the past year", "DURATION", "P1Y"),
            ("July", "DATE", "1998-07"),
            ("earlier this year", "DATE", "1998"),
            ("1974", "DATE", "1974"),
            ("two years", "DURATION", "P2Y"),
            ("Thursday", "DATE", "1998-10-22"),
            ("next week", "DATE", "1998-W44"),
            ("1962", "DATE", "1962"),
            ("Nov. 2", "DATE", "1998-11-02"),
            ("decades", "DURATION", "PXY"),
            ("now", "DATE", "PRESENT_REF"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("1 p.m.", "TIME", "XXXX-XX-XXT13:00"),
            ("daily", "SET", "P1D"),
        ],
    ),
    # Friday 1999-01-08 (ISO week 1), newspaper news-service story, "PORT SABLE, Fla., Jan. 8 —"
    # dateline (the publication day): the judge ruled on Wednesday 1999-01-06 ("Wednesday's
    # ruling"; the vigil "every night since Wednesday" too); the lawyers spoke late Thursday and
    # the father on Thursday, 1999-01-07; the appeal comes "early next week", 1999-W02; the
    # subcommittee hearing is "On Tuesday" (future) 1999-01-12; the deadline is 5 p.m. on Jan.
    # 14 (a Thursday; headline "Until Jan. 14" with "Until" a signal), and custody could follow
    # "the next morning", 1999-01-15TMO. The boy was found on Thanksgiving Day 1998 (the fourth
    # Thursday of November, 1998-11-26), "on the morning of Nov. 26" one TIME span, "shortly
    # after 7 a.m." that day, "two days after" the capsizing (a duration anchored to an event);
    # "the next day" in hospital is 1998-11-27. "last month" and "mid-December" are December
    # 1998, "Christmas" the one just past, 1998-12-25. Ages ("6-year-old", "turns 7",
    # "24-year-old"), "Route 9", "Carol Monday" (a teacher), "Since then" and "then" are not
    # annotated.
    "port-sable-boy-custody-ruling": (
        "1999-01-08",
        [
            ("Jan. 14", "DATE", "1999-01-14"),
            ("Jan. 8", "DATE", "1999-01-08"),
            ("Thanksgiving Day", "DATE", "1998-11-26"),
            ("Wednesday", "DATE", "1999-01-06"),
            ("Jan. 14", "DATE", "1999-01-14"),
            ("late Thursday", "DATE", "1999-01-07"),
            ("early next week", "DATE", "1999-W02"),
            ("Thursday", "DATE", "1999-01-07"),
            ("Feb. 20", "DATE", "1999-02-20"),
            ("the morning of Nov. 26", "TIME", "1998-11-26TMO"),
            ("two days", "DURATION", "P2D"),
            ("7 a.m.", "TIME", "1998-11-26T07:00"),
            ("the next day", "DATE", "1998-11-27"),
            ("1980", "DATE", "1980"),
            ("weeks", "DURATION", "PXW"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("Wednesday", "DATE", "1999-01-06"),
            ("last month", "DATE", "1998-12"),
            ("mid-December", "DATE", "1998-12"),
            ("today", "DATE", "1999-01-08"),
            ("the end of the month", "DATE", "1999-01"),
            ("currently", "DATE", "PRESENT_REF"),
            ("1961", "DATE", "1961"),
            ("1994", "DATE", "1994"),
            ("the past five years", "DURATION", "P5Y"),
            ("this week", "DATE", "1999-W01"),
            ("Christmas", "DATE", "1998-12-25"),
            ("every day", "SET", "P1D"),
            ("now", "DATE", "PRESENT_REF"),
            ("Tuesday", "DATE", "1999-01-12"),
            ("5 p.m.", "TIME", "1999-01-14T17:00"),
            ("Jan. 14", "DATE", "1999-01-14"),
            ("the next morning", "TIME", "1999-01-15TMO"),
        ],
    ),
    # Monday 1999-09-13 (ISO week 37), wire-service story with a dateline without date
    # ("HOLLIS GAP, Tenn. (AP) _"): the dogs found the scent late Sunday 1999-09-12 (the
    # brother spoke "Sunday" too); the search resumes at 6 a.m. Tuesday 1999-09-14 after rain
    # "Monday afternoon", the publication day; the sighting was on Saturday 1999-09-11, the
    # report "Thursday" 1999-09-09, the governor's reward "on Friday" 1999-09-10, the football
    # game "Friday night" 1999-09-10TNI; "over the weekend" -> "the weekend" just gone,
    # 1999-W36-WE. The deputy was shot "on the night of July 24" (a Saturday; one TIME span),
    # the suspect listed "since Aug. 2, nine days after the shooting", the 12-hour shifts ran
    # "since July 25"; "seven weeks" is the time since the shooting. "the weeks after the
    # shooting" and "the days before the shooting" are vague DURATIONs (PXW, PXD), like "the
    # hours that followed" (gold_blind8) and "the decades since" (gold_blind26). "last month"
    # is August 1999, "early July" 1999-07, "the end of the month" September 1999. "Route 9",
    # "the Class of 2000", "Lt. Ann Tuesday", the byline "CAROL WEEKS", "so far", "911" and
    # the ages are not annotated.
    "hollis-gap-deputy-shooting-manhunt": (
        "1999-09-13",
        [
            ("late Sunday", "DATE", "1999-09-12"),
            ("seven weeks", "DURATION", "P7W"),
            ("6 a.m.", "TIME", "1999-09-14T06:00"),
            ("Tuesday", "DATE", "1999-09-14"),
            ("Monday afternoon", "TIME", "1999-09-13TAF"),
            ("the night of July 24", "TIME", "1999-07-24TNI"),
            ("Aug. 2", "DATE", "1999-08-02"),
            ("nine days", "DURATION", "P9D"),
            ("Saturday", "DATE", "1999-09-11"),
            ("Thursday", "DATE", "1999-09-09"),
            ("the weekend", "DATE", "1999-W36-WE"),
            ("the weeks", "DURATION", "PXW"),
            ("the days", "DURATION", "PXD"),
            ("1994", "DATE", "1994"),
            ("six years", "DURATION", "P6Y"),
            ("more than once a month", "SET", "P1M"),
            ("last month", "DATE", "1999-08"),
            ("Friday", "DATE", "1999-09-10"),
            ("the past week", "DURATION", "P1W"),
            ("12-hour", "DURATION", "PT12H"),
            ("every day", "SET", "P1D"),
            ("July 25", "DATE", "1999-07-25"),
            ("1987", "DATE", "1987"),
            ("11 days", "DURATION", "P11D"),
            ("Friday night", "TIME", "1999-09-10TNI"),
            ("Sunday", "DATE", "1999-09-12"),
            ("early July", "DATE", "1999-07"),
            ("months", "DURATION", "PXM"),
            ("soon", "DATE", "FUTURE_REF"),
            ("the end of the month", "DATE", "1999-09"),
            ("Oct. 1", "DATE", "1999-10-01"),
            ("Monday morning", "TIME", "1999-09-13TMO"),
            ("now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Thursday 2000-01-27 (ISO week 4), newspaper news-service campaign story, "NASHFORD, N.H.,
    # Jan. 27 —" dateline (the publication day): the primary is "next Tuesday", "on Feb. 1" and
    # the headline's "Tuesday Primary", 2000-02-01, polls closing at 8 p.m. that day and results
    # by 11 p.m.; "five days left before" it (Thursday to Tuesday); the Iowa caucuses were "on
    # Monday" (past) 2000-01-24, "eight days" before the primary; the town meeting "Tuesday
    # night" (past) 2000-01-25TNI; the rival arrives Friday 2000-01-28 and the debate is at 8
    # p.m. EST on Saturday 2000-01-29; the poll was taken Sunday 2000-01-23 through Wednesday
    # 2000-01-26; "this weekend" 2000-W04-WE, "this week" 2000-W04. "Four years ago" and "in
    # 1996" are 1996; "last spring" and "the fall" in January 2000 are 1999-SP and 1999-FA.
    # "the Class of 2000", "Proposition 188", "Air Force One", the tally "52-47", "100th",
    # "two-term", "This time" and the age "58" are not annotated.
    "nashford-hadley-primary-gains": (
        "2000-01-27",
        [
            ("Tuesday", "DATE", "2000-02-01"),
            ("Jan. 27", "DATE", "2000-01-27"),
            ("five days", "DURATION", "P5D"),
            ("this week", "DATE", "2000-W04"),
            ("today", "DATE", "2000-01-27"),
            ("next Tuesday", "DATE", "2000-02-01"),
            ("Feb. 1", "DATE", "2000-02-01"),
            ("eight days", "DURATION", "P8D"),
            ("Monday", "DATE", "2000-01-24"),
            ("Four years ago", "DATE", "1996"),
            ("41 days", "DURATION", "P41D"),
            ("last spring", "DATE", "1999-SP"),
            ("Tuesday night", "TIME", "2000-01-25TNI"),
            ("the fall", "DATE", "1999-FA"),
            ("this morning", "TIME", "2000-01-27TMO"),
            ("Now", "DATE", "PRESENT_REF"),
            ("1996", "DATE", "1996"),
            ("the past year", "DURATION", "P1Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("Friday", "DATE", "2000-01-28"),
            ("three-day", "DURATION", "P3D"),
            ("8 p.m. EST", "TIME", "2000-01-29T20:00"),
            ("Saturday", "DATE", "2000-01-29"),
            ("Sunday", "DATE", "2000-01-23"),
            ("Wednesday", "DATE", "2000-01-26"),
            ("this weekend", "DATE", "2000-W04-WE"),
            ("1995", "DATE", "1995"),
            ("1997", "DATE", "1997"),
            ("1992", "DATE", "1992"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("Jan. 3", "DATE", "2000-01-03"),
            ("Feb. 19", "DATE", "2000-02-19"),
            ("March 7", "DATE", "2000-03-07"),
            ("8 p.m.", "TIME", "2000-02-01T20:00"),
            ("Tuesday", "DATE", "2000-02-01"),
            ("11 p.m.", "TIME", "2000-02-01T23:00"),
        ],
    ),
    # Saturday 2000-09-16 (ISO week 37), newspaper news-service diplomacy story with a date
    # line "Saturday, September 16, 2000" (one DATE span) and a "TARNHOLM, Vellmark —"
    # dateline without date: the talks resume on Monday 2000-09-18 (headline, lead, and the
    # first session at 10 a.m. local time (0800 GMT) Monday, two TIMEX3); the deadline is "at
    # midnight Friday", the midnight that ends Friday 2000-09-22 (T24:00, gold_blind10,
    # gold_blind28), and "That period expires Friday" is the same Friday, while "The army said
    # Friday" (past) is 2000-09-15; the invitations were accepted late Thursday 2000-09-14, the
    # prime minister spoke Thursday night, the rebel leader on Wednesday 2000-09-13; "ready to
    # sign next week" is 2000-W38 whether read from Thursday or from the publication day; "a
    # week ago" 2000-W36. "early today" is one DATE span, the publication day. "the 1993
    # accords" and "early 1999" are DATEs of their years. "Kessa 2005" (the plan's name),
    # "since" alone, "the first session" and "The previous round" are not annotated.
    "tarnholm-doravia-kessa-talks-resume": (
        "2000-09-16",
        [
            ("Monday", "DATE", "2000-09-18"),
            ("Saturday, September 16, 2000", "DATE", "2000-09-16"),
            ("Monday", "DATE", "2000-09-18"),
            ("today", "DATE", "2000-09-16"),
            ("less than a week", "DURATION", "P1W"),
            ("midnight", "TIME", "2000-09-22T24:00"),
            ("Friday", "DATE", "2000-09-22"),
            ("Aug. 30", "DATE", "2000-08-30"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("early today", "DATE", "2000-09-16"),
            ("late Thursday", "DATE", "2000-09-14"),
            ("10 a.m. local time", "TIME", "2000-09-18T10:00"),
            ("0800 GMT", "TIME", "2000-09-18T08:00"),
            ("Monday", "DATE", "2000-09-18"),
            ("1993", "DATE", "1993"),
            ("11 years", "DURATION", "P11Y"),
            ("1998", "DATE", "1998"),
            ("every three months", "SET", "P3M"),
            ("early 1999", "DATE", "1999"),
            ("March", "DATE", "2000-03"),
            ("six months", "DURATION", "P6M"),
            ("Friday", "DATE", "2000-09-22"),
            ("Thursday night", "TIME", "2000-09-14TNI"),
            ("next week", "DATE", "2000-W38"),
            ("Wednesday", "DATE", "2000-09-13"),
            ("recent months", "DATE", "PAST_REF"),
            ("June", "DATE", "2000-06"),
            ("a week ago", "DATE", "2000-W36"),
            ("Friday", "DATE", "2000-09-15"),
            ("five years", "DURATION", "P5Y"),
            ("the 1970s", "DATE", "197"),
            ("currently", "DATE", "PRESENT_REF"),
            ("five days", "DURATION", "P5D"),
            ("July", "DATE", "2000-07"),
            ("two days", "DURATION", "P2D"),
            ("this year", "DATE", "2000"),
        ],
    ),
}


if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv[1:])
