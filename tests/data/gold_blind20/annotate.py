"""Annotations of the twentieth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind20/annotate.py [--show]

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
    # Tuesday 1994-07-26 (ISO week 30), business-paper earnings story: results released
    # yesterday, Monday 1994-07-25. The fiscal year ends Sept. 30 and is named by the year it
    # ends, so fiscal 1994 runs October 1993-September 1994 (FY1994): the quarter ended June 30
    # is FY1994-Q3, the year-earlier period FY1993-Q3, "a year earlier" after the nine months
    # FY1993 (gold_blind14), the fourth quarter (July-September 1994) FY1994-Q4. Calendar months
    # keep calendar values; "a year earlier" after "June" is June 1993; "two years ago" is 1992.
    "cormack-transport-fiscal-third-quarter": (
        "1994-07-26",
        [
            ("Fiscal Third Quarter", "DATE", "FY1994-Q3"),
            ("the fiscal third quarter", "DATE", "FY1994-Q3"),
            ("fiscal 1994", "DATE", "FY1994"),
            ("the quarter", "DATE", "FY1994-Q3"),
            ("June 30", "DATE", "1994-06-30"),
            ("the year-earlier period", "DATE", "FY1993-Q3"),
            ("the nine months", "DURATION", "P9M"),
            ("a year earlier", "DATE", "FY1993"),
            ("Nine-month", "DURATION", "P9M"),
            ("The fiscal year", "DATE", "FY1994"),
            ("Sept. 30", "DATE", "1994-09-30"),
            ("yesterday", "DATE", "1994-07-25"),
            ("yesterday", "DATE", "1994-07-25"),
            ("January", "DATE", "1994-01"),
            ("the quarter", "DATE", "FY1994-Q3"),
            ("24-day", "DURATION", "P24D"),
            ("April", "DATE", "1994-04"),
            ("now", "DATE", "PRESENT_REF"),
            ("June", "DATE", "1994-06"),
            ("a year earlier", "DATE", "1993-06"),
            ("July", "DATE", "1994-07"),
            ("fiscal 1994", "DATE", "FY1994"),
            ("April", "DATE", "1994-04"),
            ("fiscal 1993", "DATE", "FY1993"),
            ("the next 18 months", "DURATION", "P18M"),
            ("the fourth quarter", "DATE", "FY1994-Q4"),
            ("July", "DATE", "1994-07"),
            ("September", "DATE", "1994-09"),
            ("December 1995", "DATE", "1995-12"),
            ("every year", "SET", "P1Y"),
            ("weekly", "SET", "P1W"),
            ("the quarter", "DATE", "FY1994-Q3"),
            ("April 28", "DATE", "1994-04-28"),
            ("1946", "DATE", "1946"),
            ("quarterly", "SET", "P3M"),
            ("Aug. 19", "DATE", "1994-08-19"),
            ("Aug. 5", "DATE", "1994-08-05"),
            ("October", "DATE", "1994-10"),
            ("two years ago", "DATE", "1992"),
        ],
    ),
    # Thursday 1991-04-11 (ISO week 15), wire-service political story: the Senate voted late
    # Wednesday 1991-04-10 at 9:40 p.m.; the governor and two House members spoke Thursday, the
    # day of the story; the House committee meets Monday 1991-04-15 and the House could vote as
    # early as Wednesday 1991-04-17, both in next week (1991-W16); last week is 1991-W14; the
    # gasoline-tax vote is expected Friday morning 1991-04-12. The state's fiscal year begins
    # July 1 and is named by the year it ends (gold_blind13), so the coming one is FY1992; the
    # governor was re-elected in November 1990.
    "corvale-senate-lottery-vote": (
        "1991-04-11",
        [
            ("Next Week", "DATE", "1991-W16"),
            ("late Wednesday", "DATE", "1991-04-10"),
            ("two years ago", "DATE", "1989"),
            ("9:40 p.m.", "TIME", "1991-04-10T21:40"),
            ("nearly four hours", "DURATION", "PT4H"),
            ("Thursday", "DATE", "1991-04-11"),
            ("Monday", "DATE", "1991-04-15"),
            ("Wednesday", "DATE", "1991-04-17"),
            ("48 hours", "DURATION", "PT48H"),
            ("next week", "DATE", "1991-W16"),
            ("April 30", "DATE", "1991-04-30"),
            ("June", "DATE", "1991-06"),
            ("the fiscal year", "DATE", "FY1992"),
            ("July 1", "DATE", "1991-07-01"),
            ("January", "DATE", "1991-01"),
            ("1987", "DATE", "1987"),
            ("the end of 1992", "DATE", "1992"),
            ("Jan. 1, 1992", "DATE", "1992-01-01"),
            ("twice a week", "SET", "P1W"),
            ("7:30 p.m.", "TIME", "XXXX-XX-XXT19:30"),
            ("Wednesdays", "SET", "XXXX-WXX-3"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("every year", "SET", "P1Y"),
            ("the past decade", "DURATION", "P10Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("every week", "SET", "P1W"),
            ("the last three weeks", "DURATION", "P3W"),
            ("last week", "DATE", "1991-W14"),
            ("Thursday", "DATE", "1991-04-11"),
            ("1989", "DATE", "1989"),
            ("more than six hours", "DURATION", "PT6H"),
            ("the 1980s", "DATE", "198"),
            ("Wednesday", "DATE", "1991-04-10"),
            ("Oct. 1", "DATE", "1991-10-01"),
            ("Friday morning", "TIME", "1991-04-12TMO"),
            ("four-year", "DURATION", "P4Y"),
            ("November", "DATE", "1990-11"),
            ("Recently", "DATE", "PAST_REF"),
            ("weekends", "SET", "XXXX-WXX-WE"),
        ],
    ),
    # Sunday 1997-10-19 (ISO week 42), neighbourhood feature: "A century ago" is 1897 (year
    # granularity, as gold_blind6's "A century ago" -> 1913); the condominiums were converted
    # two years ago (1995) and the last sold in August 1997; the procession moved this summer
    # (1997-SU); the planning board votes next month (1997-11), the hearing is on Wednesday
    # 1997-11-12; Labor Day 1997 was Monday 1997-09-01; the grandson took over in January 1997
    # and spoke on Thursday 1997-10-16. The bakery's hours are those of a recurring service.
    "port-ardell-wharf-street-feature": (
        "1997-10-19",
        [
            ("a Century", "DURATION", "P100Y"),
            ("Every morning", "SET", "XXXX-XX-XXTMO"),
            ("6:30", "TIME", "XXXX-XX-XXT06:30"),
            ("1952", "DATE", "1952"),
            ("A century ago", "DATE", "1897"),
            ("each spring", "SET", "XXXX-SP"),
            ("the 1920s", "DATE", "192"),
            ("the 1950s", "DATE", "195"),
            ("Saturday nights", "SET", "XXXX-WXX-6TNI"),
            ("1948", "DATE", "1948"),
            ("1971", "DATE", "1971"),
            ("the late 1970s", "DATE", "197"),
            ("more than 40 years", "DURATION", "P40Y"),
            ("10 years", "DURATION", "P10Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("the early 1980s", "DATE", "198"),
            ("recent years", "DATE", "PAST_REF"),
            ("the past decade", "DURATION", "P10Y"),
            ("Two years ago", "DATE", "1995"),
            ("August", "DATE", "1997-08"),
            ("every year", "SET", "P1Y"),
            ("1924", "DATE", "1924"),
            ("this summer", "DATE", "1997-SU"),
            ("more than six hours", "DURATION", "PT6H"),
            ("the 1960s", "DATE", "196"),
            ("next month", "DATE", "1997-11"),
            ("7 p.m.", "TIME", "1997-11-12T19:00"),
            ("Nov. 12", "DATE", "1997-11-12"),
            ("weekly", "SET", "P1W"),
            ("Labor Day", "DATE", "1997-09-01"),
            ("January", "DATE", "1997-01"),
            ("5 a.m.", "TIME", "XXXX-XX-XXT05:00"),
            ("2 p.m.", "TIME", "XXXX-XX-XXT14:00"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("recently", "DATE", "PAST_REF"),
            ("the future", "DATE", "FUTURE_REF"),
            ("Thursday", "DATE", "1997-10-16"),
            ("1939", "DATE", "1939"),
        ],
    ),
    # Wednesday 1999-04-14 (ISO week 15), evening broadcast transcript aired at 6:30 p.m. ET: the
    # Bellwood tornado struck at 6:15 this morning (sirens at 6:02); classes were cancelled last
    # night (Tuesday 1999-04-13TNI) and the Missouri tornado struck shortly before 11 o'clock last
    # night (1999-04-13T23:00); the outbreak began Monday evening 1999-04-12; the watch runs
    # until 10 o'clock tonight; more storms tomorrow afternoon (Thursday 1999-04-15), when the
    # federal team arrives; shelters stay open through the coming weekend, 1999-W15-WE.
    "bellwood-tornadoes-broadcast": (
        "1999-04-14",
        [
            ("Wednesday, April 14, 1999", "DATE", "1999-04-14"),
            ("6:30 p.m. ET", "TIME", "1999-04-14T18:30"),
            ("tonight", "TIME", "1999-04-14TNI"),
            ("the last 24 hours", "DURATION", "PT24H"),
            ("6:15", "TIME", "1999-04-14T06:15"),
            ("this morning", "TIME", "1999-04-14TMO"),
            ("yesterday", "DATE", "1999-04-13"),
            ("Tonight", "TIME", "1999-04-14TNI"),
            ("about 20 minutes", "DURATION", "PT20M"),
            ("6:02", "TIME", "1999-04-14T06:02"),
            ("about 13 minutes", "DURATION", "PT13M"),
            ("last night", "TIME", "1999-04-13TNI"),
            ("Earlier today", "DATE", "1999-04-14"),
            ("early this morning", "TIME", "1999-04-14TMO"),
            ("right now", "DATE", "PRESENT_REF"),
            ("tomorrow afternoon", "TIME", "1999-04-15TAF"),
            ("10 o'clock", "TIME", "1999-04-14T22:00"),
            ("tonight", "TIME", "1999-04-14TNI"),
            ("Monday evening", "TIME", "1999-04-12TEV"),
            ("two-day", "DURATION", "P2D"),
            ("1974", "DATE", "1974"),
            ("last night", "TIME", "1999-04-13TNI"),
            ("11 o'clock", "TIME", "1999-04-13T23:00"),
            ("two days", "DURATION", "P2D"),
            ("the weekend", "DATE", "1999-W15-WE"),
            ("every 30 minutes", "SET", "PT30M"),
            ("tonight", "TIME", "1999-04-14TNI"),
            ("this afternoon", "TIME", "1999-04-14TAF"),
            ("Thursday", "DATE", "1999-04-15"),
            ("May 1955", "DATE", "1955-05"),
            ("tonight", "TIME", "1999-04-14TNI"),
            ("at least two years", "DURATION", "P2Y"),
            ("three hours", "DURATION", "PT3H"),
            ("this morning", "TIME", "1999-04-14TMO"),
            ("10:30 a.m.", "TIME", "1999-04-14T10:30"),
            ("tomorrow", "DATE", "1999-04-15"),
            ("this Wednesday", "DATE", "1999-04-14"),
        ],
    ),
    # Saturday 1989-05-20 (ISO week 20), agency wire story, "QUINTARA, May 20 (ANA) --" dateline
    # (the publication day): the minister arrived this afternoon; talks tomorrow morning and a
    # banquet on Sunday evening (1989-05-21); the signing, the call on the president and the
    # departure on Monday 1989-05-22; he spoke at home on Thursday 1989-05-18. Relations were
    # broken in 1967 (22 years before 1989), restored in March 1987; trade "last year" is 1988,
    # the first quarter of this year 1989-Q1 and "a year earlier" 1988-Q1; the meetings of
    # February and the postponement in April are past months of 1989; next month is June 1989.
    "tarsenia-lomaria-minister-visit": (
        "1989-05-20",
        [
            ("22 Years", "DURATION", "P22Y"),
            ("May 20", "DATE", "1989-05-20"),
            ("this afternoon", "TIME", "1989-05-20TAF"),
            ("three-day", "DURATION", "P3D"),
            ("1967", "DATE", "1967"),
            ("3:30 p.m. local time", "TIME", "1989-05-20T15:30"),
            ("1330 GMT", "TIME", "1989-05-20T13:30"),
            ("tomorrow morning", "TIME", "1989-05-21TMO"),
            ("Sunday evening", "TIME", "1989-05-21TEV"),
            ("Monday", "DATE", "1989-05-22"),
            ("1979", "DATE", "1979"),
            ("weekly", "SET", "P1W"),
            ("July 1", "DATE", "1989-07-01"),
            ("Monday morning", "TIME", "1989-05-22TMO"),
            ("Monday evening", "TIME", "1989-05-22TEV"),
            ("March 1987", "DATE", "1987-03"),
            ("two decades", "DURATION", "P20Y"),
            ("last year", "DATE", "1988"),
            ("1985", "DATE", "1985"),
            ("the first quarter of this year", "DATE", "1989-Q1"),
            ("a year earlier", "DATE", "1988-Q1"),
            ("Thursday", "DATE", "1989-05-18"),
            ("the 1960s", "DATE", "196"),
            ("1987", "DATE", "1987"),
            ("now", "DATE", "PRESENT_REF"),
            ("every year", "SET", "P1Y"),
            ("next month", "DATE", "1989-06"),
            ("later this year", "DATE", "1989"),
            ("the past two years", "DURATION", "P2Y"),
            ("February", "DATE", "1989-02"),
            ("months", "DURATION", "PXM"),
            ("April", "DATE", "1989-04"),
            ("the early 1980s", "DATE", "198"),
            ("the near future", "DATE", "FUTURE_REF"),
            ("tomorrow", "DATE", "1989-05-21"),
            ("1965", "DATE", "1965"),
        ],
    ),
    # Friday 2001-03-16 (ISO week 11), US court story: the robber was sentenced Thursday
    # 2001-03-15, when the co-defendant's lawyer spoke and the first teller was in court; the
    # robberies ran from Friday 2000-05-12 to Wednesday 2000-10-25, two days before the arrest
    # on Friday 2000-10-27 ("five months ago" from March 2001 is October 2000); he pleaded
    # guilty in December 2000; the motion hearing is Monday 2001-04-02 at 10 a.m., the trial
    # begins Monday 2001-05-07 (the headline's "May"), and the lawyer will ask the court on the
    # coming Monday, 2001-03-19; "Last month" is February 2001.
    "wexford-cardigan-bandit-sentenced": (
        "2001-03-16",
        [
            ("12 Years", "DURATION", "P12Y"),
            ("May", "DATE", "2001-05"),
            ("five months", "DURATION", "P5M"),
            ("last year", "DATE", "2000"),
            ("Thursday", "DATE", "2001-03-15"),
            ("12 years", "DURATION", "P12Y"),
            ("December", "DATE", "2000-12"),
            ("three years", "DURATION", "P3Y"),
            ("May 12, 2000", "DATE", "2000-05-12"),
            ("about 9:15 a.m.", "TIME", "2000-05-12T09:15"),
            ("the following five months", "DURATION", "P5M"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("Oct. 27", "DATE", "2000-10-27"),
            ("two days", "DURATION", "P2D"),
            ("the mid-1990s", "DATE", "199"),
            ("five months ago", "DATE", "2000-10"),
            ("weekly", "SET", "P1W"),
            ("15 years", "DURATION", "P15Y"),
            ("1991", "DATE", "1991"),
            ("six years", "DURATION", "P6Y"),
            ("May 7", "DATE", "2001-05-07"),
            ("about two weeks", "DURATION", "P2W"),
            ("10 a.m.", "TIME", "2001-04-02T10:00"),
            ("April 2", "DATE", "2001-04-02"),
            ("Thursday", "DATE", "2001-03-15"),
            ("Monday", "DATE", "2001-03-19"),
            ("2000", "DATE", "2000"),
            ("1999", "DATE", "1999"),
            ("this year", "DATE", "2001"),
            ("Last month", "DATE", "2001-02"),
            ("now", "DATE", "PRESENT_REF"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("Thursday", "DATE", "2001-03-15"),
            ("every day", "SET", "P1D"),
            ("weeks", "DURATION", "PXW"),
            ("Now", "DATE", "PRESENT_REF"),
        ],
    ),
}


if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv[1:])
