"""Annotations of the thirty-fifth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind35/annotate.py [--show]

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
    # Wednesday 1989-09-20 (ISO week 38), business-paper style congressional story, date line
    # "Wednesday, September 20, 1989", "WASHINGTON --" dateline: the House vote was yesterday,
    # Tuesday 1989-09-19; the conference "next week" (and the headline's "Next Week") is
    # 1989-W39, its first meeting "is set for Tuesday" 1989-09-26; the OMB spokesman "said
    # Monday" 1989-09-18. "the fiscal year that begins Oct. 1" is the federal fiscal 1990
    # (October 1989-September 1990), FY1990 plus 1989-10-01 (gold_blind13, gold_blind20,
    # gold_blind33); "fiscal 1990" FY1990. "Last year's budget" keeps the calendar value of its
    # wording, "Last year" 1988, and "a year earlier" after it 1987 (see README). "by the end of
    # 1990" takes the year's value; "mid-October" 1989-10; "the year 2000" DATE 2000, one span.
    "house-airport-safety-bill": (
        "1989-09-20",
        [
            ("Next Week", "DATE", "1989-W39"),
            ("Wednesday, September 20, 1989", "DATE", "1989-09-20"),
            ("yesterday", "DATE", "1989-09-19"),
            ("next week", "DATE", "1989-W39"),
            ("July", "DATE", "1989-07"),
            ("two days", "DURATION", "P2D"),
            ("the next five years", "DURATION", "P5Y"),
            ("the end of 1990", "DATE", "1990"),
            ("the fiscal year", "DATE", "FY1990"),
            ("Oct. 1", "DATE", "1989-10-01"),
            ("fiscal 1990", "DATE", "FY1990"),
            ("Nov. 15", "DATE", "1989-11-15"),
            ("Last year", "DATE", "1988"),
            ("a year earlier", "DATE", "1987"),
            ("1984", "DATE", "1984"),
            ("the 1990s", "DATE", "199"),
            ("the 1960s", "DATE", "196"),
            ("July 27", "DATE", "1989-07-27"),
            ("1993", "DATE", "1993"),
            ("today", "DATE", "1989-09-20"),
            ("Tuesday", "DATE", "1989-09-26"),
            ("Monday", "DATE", "1989-09-18"),
            ("weeks", "DURATION", "PXW"),
            ("mid-October", "DATE", "1989-10"),
            ("every month", "SET", "P1M"),
            ("90 days", "DURATION", "P90D"),
            ("the year 2000", "DATE", "2000"),
            ("last year", "DATE", "1988"),
            ("11 months", "DURATION", "P11M"),
            ("this week", "DATE", "1989-W38"),
            ("1985", "DATE", "1985"),
            ("August", "DATE", "1989-08"),
            ("last week", "DATE", "1989-W37"),
            ("now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Saturday 1989-11-04 (ISO week 44), wire-service follow-up of an earthquake, "CALDER BAY,
    # Ore. (AP) _" dateline without date; "today" is the publication day. The quake struck on
    # Tuesday 1989-10-17 at 5:04 p.m. (the clock time takes the day of the event its sentence
    # tells, gold_blind33); "Two Weeks After Quake" (headline) and "Two weeks after the quake"
    # are durations anchored to the event, P2W; "The first week" after the quake is an ordinal
    # period of an event, DURATION P1W like "its first 100 days" (gold_blind14). The mayor
    # spoke Friday 1989-11-03, the engineers Thursday 1989-11-02, the aftershock "hit at 2:15
    # a.m. Wednesday" 1989-11-01; the council meets Monday night 1989-11-06. "the end of the
    # month" November 1989; "the past 18 days" runs from the quake (Oct. 17-Nov. 4);
    # "Thanksgiving" 1989 is the fourth Thursday of November, 1989-11-23; "at least March" a
    # future month, 1990-03, with the modifier in the span (gold_blind14); "the spring" ahead
    # in November is 1990-SP; "within 60 days of the declaration" -> "60 days", "by Dec. 19"
    # the same day written out.
    "calder-bay-quake-recovery": (
        "1989-11-04",
        [
            ("Two Weeks", "DURATION", "P2W"),
            ("today", "DATE", "1989-11-04"),
            ("Oct. 17", "DATE", "1989-10-17"),
            ("the next several months", "DURATION", "PXM"),
            ("The first week", "DURATION", "P1W"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Friday", "DATE", "1989-11-03"),
            ("5:04 p.m.", "TIME", "1989-10-17T17:04"),
            ("Two weeks", "DURATION", "P2W"),
            ("the end of the month", "DATE", "1989-11"),
            ("Oct. 20", "DATE", "1989-10-20"),
            ("60 days", "DURATION", "P60D"),
            ("Dec. 19", "DATE", "1989-12-19"),
            ("the past 18 days", "DURATION", "P18D"),
            ("Thanksgiving", "DATE", "1989-11-23"),
            ("1931", "DATE", "1931"),
            ("at least March", "DATE", "1990-03"),
            ("Thursday", "DATE", "1989-11-02"),
            ("about five months", "DURATION", "P5M"),
            ("1991", "DATE", "1991"),
            ("almost every day", "SET", "P1D"),
            ("2:15 a.m.", "TIME", "1989-11-01T02:15"),
            ("Wednesday", "DATE", "1989-11-01"),
            ("1964", "DATE", "1964"),
            ("10 days", "DURATION", "P10D"),
            ("Oct. 30", "DATE", "1989-10-30"),
            ("this week", "DATE", "1989-W44"),
            ("the spring", "DATE", "1990-SP"),
            ("Dec. 31", "DATE", "1989-12-31"),
            ("last year", "DATE", "1988"),
            ("a year", "DURATION", "P1Y"),
            ("two weeks", "DURATION", "P2W"),
            ("Monday night", "TIME", "1989-11-06TNI"),
        ],
    ),
    # Tuesday 1989-08-08 (ISO week 32), business-paper regulatory story, date line "Tuesday,
    # August 8, 1989", "WASHINGTON --" dateline: the rule was issued yesterday, Monday
    # 1989-08-07, "effective Jan. 1, 1990" ("effective" a signal, gold_blind33); "last spring"
    # said in August is the spring of the same year, 1989-SP (gold_blind33); "between January
    # and April" 1989-01 and 1989-04; "a 60-day comment period" DURATION on the adjective;
    # "a year later than the board proposed" is the size of a delay, DURATION P1Y
    # (gold_blind28); "monthly leak surveys" and "report leaks ... quarterly" are SETs
    # (recurrences), "every two years" SET P2Y. The industry group spoke Friday 1989-08-04
    # (past); the Federal Register publication is "expected Thursday", 1989-08-10. Seaboard's
    # fiscal year is not described, so "the first half" is the calendar half just ended,
    # 1989-H1, and "a year earlier" after it 1988-H1 (gold_blind33).
    "pipeline-board-cast-iron-rule": (
        "1989-08-08",
        [
            ("Tuesday, August 8, 1989", "DATE", "1989-08-08"),
            ("yesterday", "DATE", "1989-08-07"),
            ("every two years", "SET", "P2Y"),
            ("Jan. 1, 1990", "DATE", "1990-01-01"),
            ("a decade", "DURATION", "P10Y"),
            ("last spring", "DATE", "1989-SP"),
            ("January", "DATE", "1989-01"),
            ("April", "DATE", "1989-04"),
            ("the past year", "DURATION", "P1Y"),
            ("60-day", "DURATION", "P60D"),
            ("June 30", "DATE", "1989-06-30"),
            ("recent months", "DATE", "PAST_REF"),
            ("Dec. 31, 1991", "DATE", "1991-12-31"),
            ("a year", "DURATION", "P1Y"),
            ("monthly", "SET", "P1M"),
            ("quarterly", "SET", "P3M"),
            ("90 days", "DURATION", "P90D"),
            ("1979", "DATE", "1979"),
            ("last year", "DATE", "1988"),
            ("20 years", "DURATION", "P20Y"),
            ("Now", "DATE", "PRESENT_REF"),
            ("1900", "DATE", "1900"),
            ("1930", "DATE", "1930"),
            ("the year 2000", "DATE", "2000"),
            ("1986", "DATE", "1986"),
            ("the next 10 years", "DURATION", "P10Y"),
            ("the 1990s", "DATE", "199"),
            ("Friday", "DATE", "1989-08-04"),
            ("Sept. 15", "DATE", "1989-09-15"),
            ("30 days", "DURATION", "P30D"),
            ("Thursday", "DATE", "1989-08-10"),
            ("the first half", "DATE", "1989-H1"),
            ("a year earlier", "DATE", "1988-H1"),
            ("yesterday", "DATE", "1989-08-07"),
        ],
    ),
    # Monday 1990-03-05 (ISO week 10), business-paper foreign-affairs story, date line
    # "Monday, March 5, 1990", "MARAVEC, Dorvania --" dateline: the government agreed yesterday,
    # Sunday 1990-03-04, and the prime minister spoke "last night", 1990-03-04TNI; the talks
    # open Friday 1990-03-09 (lead and "at 10 a.m. Friday", two TIMEX3); the meeting with the
    # opposition leader is Wednesday 1990-03-07 (future); the U.S. official spoke Saturday
    # 1990-03-03 and the banks agreed Thursday 1990-03-01 (past). The elections are "next
    # month", April 1990 (also the headline's "April Vote"); "less than six weeks before" the
    # elections is an anchored duration, P6W; "the first contested vote in the past 40 years"
    # gives the period of a "first in", DURATION P40Y. "last week's summit" -> "last week"
    # 1990-W09; "the end of the week" 1990-W10. "the fourth quarter" after "last year" in a
    # March story is the last quarter reported, 1989-Q4; "the first quarter" of payments due is
    # the current one, 1990-Q1, "until June" 1990-06; "the fall" ahead 1990-FA.
    "dorvania-roundtable-talks": (
        "1990-03-05",
        [
            ("April", "DATE", "1990-04"),
            ("Monday, March 5, 1990", "DATE", "1990-03-05"),
            ("yesterday", "DATE", "1990-03-04"),
            ("Friday", "DATE", "1990-03-09"),
            ("less than six weeks", "DURATION", "P6W"),
            ("next month", "DATE", "1990-04"),
            ("the past 40 years", "DURATION", "P40Y"),
            ("last night", "TIME", "1990-03-04TNI"),
            ("1961", "DATE", "1961"),
            ("1983", "DATE", "1983"),
            ("about two weeks", "DURATION", "P2W"),
            ("1978", "DATE", "1978"),
            ("1979", "DATE", "1979"),
            ("the end of the week", "DATE", "1990-W10"),
            ("last week", "DATE", "1990-W09"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("mid-January", "DATE", "1990-01"),
            ("Feb. 17", "DATE", "1990-02-17"),
            ("Saturday", "DATE", "1990-03-03"),
            ("January", "DATE", "1990-01"),
            ("four-year", "DURATION", "P4Y"),
            ("last year", "DATE", "1989"),
            ("the fourth quarter", "DATE", "1989-Q4"),
            ("the 1950s", "DATE", "195"),
            ("1992", "DATE", "1992"),
            ("March 30", "DATE", "1990-03-30"),
            ("Thursday", "DATE", "1990-03-01"),
            ("the first quarter", "DATE", "1990-Q1"),
            ("June", "DATE", "1990-06"),
            ("Wednesday", "DATE", "1990-03-07"),
            ("10 a.m.", "TIME", "1990-03-09T10:00"),
            ("Friday", "DATE", "1990-03-09"),
            ("the fall", "DATE", "1990-FA"),
        ],
    ),
    # Friday 1990-09-28 (ISO week 39), business-paper labor story, date line "Friday,
    # September 28, 1990", "PORT HADLEY, Mich. --" dateline: the agreement came "late
    # yesterday", 1990-09-27; the ratification vote is Sunday 1990-09-30 (headline and body),
    # the return to work Monday 1990-10-01, while the mediator's sessions ran "since Monday"
    # 1990-09-24 (past). "a strike that is in its fourth week" -> "its fourth week", an ordinal
    # period of an event, DURATION P4W with the possessive kept (gold_blind14); the walkout of
    # Sept. 4 makes the 24 days. "the three-year pact" DURATION on the adjective; "retroactive
    # to Sept. 1" -> "Sept. 1" 1990-09-01 ("retroactive to" a signal, like "effective").
    # "Earlier this month" 1990-09; "the third quarter, which ends Sunday" 1990-Q3 plus
    # 1990-09-30 (Harwell's fiscal year is not described, so calendar quarters); "the first
    # half" 1990-H1 and "a year earlier" 1989-H1; "the second half of 1991" one span.
    "harwell-forge-strike-pact": (
        "1990-09-28",
        [
            ("Sunday", "DATE", "1990-09-30"),
            ("Friday, September 28, 1990", "DATE", "1990-09-28"),
            ("late yesterday", "DATE", "1990-09-27"),
            ("its fourth week", "DURATION", "P4W"),
            ("three-year", "DURATION", "P3Y"),
            ("Sunday", "DATE", "1990-09-30"),
            ("Monday", "DATE", "1990-10-01"),
            ("Aug. 31", "DATE", "1990-08-31"),
            ("Sept. 4", "DATE", "1990-09-04"),
            ("24 days", "DURATION", "P24D"),
            ("weekly", "SET", "P1W"),
            ("Sept. 1", "DATE", "1990-09-01"),
            ("December", "DATE", "1990-12"),
            ("1992", "DATE", "1992"),
            ("1993", "DATE", "1993"),
            ("next year", "DATE", "1991"),
            ("Monday", "DATE", "1990-09-24"),
            ("up to 16 hours", "DURATION", "PT16H"),
            ("Earlier this month", "DATE", "1990-09"),
            ("Oct. 15", "DATE", "1990-10-15"),
            ("the third quarter", "DATE", "1990-Q3"),
            ("Sunday", "DATE", "1990-09-30"),
            ("the first half", "DATE", "1990-H1"),
            ("a year earlier", "DATE", "1989-H1"),
            ("yesterday", "DATE", "1990-09-27"),
            ("the second half of 1991", "DATE", "1991-H2"),
            ("1981", "DATE", "1981"),
            ("11 weeks", "DURATION", "P11W"),
            ("now", "DATE", "PRESENT_REF"),
            ("the past decade", "DURATION", "P10Y"),
            ("1979", "DATE", "1979"),
        ],
    ),
    # Thursday 1990-06-14 (ISO week 24), wire-service court story, "BRIXTON FALLS, Pa. (AP) _"
    # dateline without date; "today" is the publication day (the plea). The indictment was
    # "unsealed Tuesday", 1990-06-12, the lawyer "said Wednesday" 1990-06-13 (past) and will
    # ask "Monday" 1990-06-18 (future, "would ask"); "His trial is scheduled for January" is a
    # future month across the year boundary, 1991-01 (gold_blind14). "payments dating to 1985"
    # -> "1985" ("dating to" a signal); "the Supreme Court's 1987 ruling" -> "1987", an
    # adjectival year; "last month" May 1990, "in March" 1990-03 (past); "a 90-day jail term"
    # DURATION on the adjective; "three years of probation" P3Y; "had tripled in three years"
    # DURATION (how long a past change took, gold_blind33); "the spring of 1988" one span.
    "hallam-county-kickback-indictment": (
        "1990-06-14",
        [
            ("Tuesday", "DATE", "1990-06-12"),
            ("1985", "DATE", "1985"),
            ("four-year", "DURATION", "P4Y"),
            ("1987", "DATE", "1987"),
            ("today", "DATE", "1990-06-14"),
            ("January", "DATE", "1991-01"),
            ("1985", "DATE", "1985"),
            ("1988", "DATE", "1988"),
            ("every month", "SET", "P1M"),
            ("1987", "DATE", "1987"),
            ("Wednesday", "DATE", "1990-06-13"),
            ("five years", "DURATION", "P5Y"),
            ("Monday", "DATE", "1990-06-18"),
            ("March", "DATE", "1990-03"),
            ("last month", "DATE", "1990-05"),
            ("90-day", "DURATION", "P90D"),
            ("three years", "DURATION", "P3Y"),
            ("July 20", "DATE", "1990-07-20"),
            ("last year", "DATE", "1989"),
            ("up to 70 years", "DURATION", "P70Y"),
            ("the spring of 1988", "DATE", "1988-SP"),
            ("three years", "DURATION", "P3Y"),
            ("the early 1980s", "DATE", "198"),
            ("18 months", "DURATION", "P18M"),
            ("this week", "DATE", "1990-W24"),
            ("60 days", "DURATION", "P60D"),
            ("Sept. 10", "DATE", "1990-09-10"),
            ("Aug. 15", "DATE", "1990-08-15"),
            ("twice a week", "SET", "P1W"),
            ("six weeks", "DURATION", "P6W"),
            ("1975", "DATE", "1975"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
