"""Annotations of the twenty-fifth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind25/annotate.py [--show]

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
    # Tuesday 2018-05-15 (ISO week 20), British parliamentary story: the second reading was
    # voted last night, Monday 2018-05-14; the committee is named on Thursday 2018-05-17 and
    # starts next Tuesday, 2018-05-22 (seven days ahead; its sittings "on 22 and 24 May" are
    # that Tuesday and Thursday 2018-05-24). The summer recess begins on Tuesday 2018-07-24;
    # the Lords stages fall in the autumn of 2018, royal assent by the end of 2018 (Christmas
    # 2018-12-25). "January" of the crash is the past January, 2018-01.
    "commons-private-ambulance-bill-timetable": (
        "2018-05-15",
        [
            ("Christmas", "DATE", "2018-12-25"),
            ("the next six weeks", "DURATION", "P6W"),
            ("Tuesday 15 May 2018", "DATE", "2018-05-15"),
            ("last night", "TIME", "2018-05-14TNI"),
            ("almost six hours", "DURATION", "PT6H"),
            ("now", "DATE", "PRESENT_REF"),
            ("twice a week", "SET", "P1W"),
            ("the next six weeks", "DURATION", "P6W"),
            ("next Tuesday", "DATE", "2018-05-22"),
            ("Thursday", "DATE", "2018-05-17"),
            ("22", "DATE", "2018-05-22"),
            ("24 May", "DATE", "2018-05-24"),
            ("24 July", "DATE", "2018-07-24"),
            ("early July", "DATE", "2018-07"),
            ("the autumn", "DATE", "2018-FA"),
            ("the end of the year", "DATE", "2018"),
            ("2015", "DATE", "2015"),
            ("April 2016", "DATE", "2016-04"),
            ("the past five years", "DURATION", "P5Y"),
            ("last year", "DATE", "2017"),
            ("2013", "DATE", "2013"),
            ("every three years", "SET", "P3Y"),
            ("at least once a year", "SET", "P1Y"),
            ("no more than 12 hours", "DURATION", "PT12H"),
            ("at least 11 hours", "DURATION", "PT11H"),
            ("six months", "DURATION", "P6M"),
            ("spring 2019", "DATE", "2019-SP"),
            ("January", "DATE", "2018-01"),
            ("19 hours", "DURATION", "PT19H"),
            ("2019", "DATE", "2019"),
            ("now", "DATE", "PRESENT_REF"),
            ("weeks", "DURATION", "PXW"),
            ("1 June", "DATE", "2018-06-01"),
            ("14-hour", "DURATION", "PT14H"),
            ("the 1990s", "DATE", "199"),
        ],
    ),
    # Sunday 2011-02-20 (ISO week 7), British planning story in a Sunday paper: the site
    # notices went up on Monday 2011-02-14, and the 28-day consultation ends at the midnight
    # that closes Monday 2011-03-14; "next week" is 2011-W08, the public meeting is on Thursday
    # 2011-03-03 and the exhibition opens tomorrow, Monday 2011-02-21. The application came in
    # in December 2010, the villagers heard of it in November 2010; "last summer" is 2010-SU.
    # The blasting and lorry hours are the rules of every working day, times on no day.
    "harwick-edge-quarry-extension-consultation": (
        "2011-02-20",
        [
            ("28 days", "DURATION", "P28D"),
            ("midnight", "TIME", "2011-03-14T24:00"),
            ("14 March", "DATE", "2011-03-14"),
            ("the autumn", "DATE", "2011-FA"),
            ("Sunday 20 February 2011", "DATE", "2011-02-20"),
            ("midnight", "TIME", "2011-03-14T24:00"),
            ("Monday 14 March", "DATE", "2011-03-14"),
            ("30 more years", "DURATION", "P30Y"),
            ("December", "DATE", "2010-12"),
            ("Monday", "DATE", "2011-02-14"),
            ("28-day", "DURATION", "P28D"),
            ("28 days", "DURATION", "P28D"),
            ("1962", "DATE", "1962"),
            ("2025", "DATE", "2025"),
            ("2055", "DATE", "2055"),
            ("twice a week", "SET", "P1W"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("7.30am", "TIME", "XXXX-XX-XXT07:30"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("last year", "DATE", "2010"),
            ("September", "DATE", "2011-09"),
            ("the autumn", "DATE", "2011-FA"),
            ("2003", "DATE", "2003"),
            ("eleven months", "DURATION", "P11M"),
            ("2003", "DATE", "2003"),
            ("almost 50 years", "DURATION", "P50Y"),
            ("November", "DATE", "2010-11"),
            ("Now", "DATE", "PRESENT_REF"),
            ("four weeks", "DURATION", "P4W"),
            ("next week", "DATE", "2011-W08"),
            ("7.30pm", "TIME", "2011-03-03T19:30"),
            ("Thursday 3 March", "DATE", "2011-03-03"),
            ("2pm", "TIME", "2011-02-21T14:00"),
            ("tomorrow", "DATE", "2011-02-21"),
            ("every Tuesday", "SET", "XXXX-WXX-2"),
            ("last summer", "DATE", "2010-SU"),
            ("the past two years", "DURATION", "P2Y"),
            ("six months", "DURATION", "P6M"),
        ],
    ),
    # Friday 2014-06-13 (ISO week 24), US court story: the arraignment was on Wednesday
    # 2014-06-11, the footage arrived on Monday 2014-06-09 and the defence lawyer spoke on
    # Thursday 2014-06-12; the co-defendant's arraignment resumes next Thursday, 2014-06-19 (six
    # days ahead). The trial is on Tuesday 2014-09-09, the pretrial hearing on Monday
    # 2014-08-18. The theft was in the early hours of Tuesday 2014-04-22; the first arrest on
    # Friday 2014-05-30, "the following day" Saturday 2014-05-31.
    "kellogg-junction-rail-cable-theft-arraignment": (
        "2014-06-13",
        [
            ("Sept. 9", "DATE", "2014-09-09"),
            ("next Thursday", "DATE", "2014-06-19"),
            ("nearly five hours", "DURATION", "PT5H"),
            ("April 22", "DATE", "2014-04-22"),
            ("Wednesday", "DATE", "2014-06-11"),
            ("Sept. 9", "DATE", "2014-09-09"),
            ("2005", "DATE", "2005"),
            ("10 a.m.", "TIME", "2014-08-18T10:00"),
            ("Aug. 18", "DATE", "2014-08-18"),
            ("about a week", "DURATION", "P1W"),
            ("up to 10 years", "DURATION", "P10Y"),
            ("Wednesday afternoon", "TIME", "2014-06-11TAF"),
            ("every week", "SET", "P1W"),
            ("next Thursday", "DATE", "2014-06-19"),
            ("14 hours", "DURATION", "PT14H"),
            ("Monday", "DATE", "2014-06-09"),
            ("1 a.m.", "TIME", "2014-04-22T01:00"),
            ("3 a.m.", "TIME", "2014-04-22T03:00"),
            ("April 22", "DATE", "2014-04-22"),
            ("5:40 a.m.", "TIME", "2014-04-22T05:40"),
            ("about 10:30 a.m.", "TIME", "2014-04-22T10:30"),
            ("May 30", "DATE", "2014-05-30"),
            ("more than five weeks", "DURATION", "P5W"),
            ("the following day", "DATE", "2014-05-31"),
            ("18 months", "DURATION", "P18M"),
            ("2009", "DATE", "2009"),
            ("March 2012", "DATE", "2012-03"),
            ("Thursday", "DATE", "2014-06-12"),
            ("two years", "DURATION", "P2Y"),
            ("January 2013", "DATE", "2013-01"),
            ("now", "DATE", "PRESENT_REF"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("30 days", "DURATION", "P30D"),
        ],
    ),
    # Thursday 2026-10-08 (ISO week 41), Australian local-election story: nominations closed
    # yesterday, Wednesday 2026-10-07, at noon; the ballot draw is tomorrow, Friday 2026-10-09;
    # early voting runs from Monday 2026-10-12 to Friday 2026-10-23; polling day is Saturday
    # 2026-10-24, and "by midnight" is the midnight that ends it. The early-voting centres'
    # hours are times on no particular day. "next month" and "early November" are 2026-11.
    "wirrabee-shire-council-election-timetable": (
        "2026-10-08",
        [
            ("Monday", "DATE", "2026-10-12"),
            ("Thursday 8 October 2026", "DATE", "2026-10-08"),
            ("noon", "TIME", "2026-10-07T12:00"),
            ("yesterday", "DATE", "2026-10-07"),
            ("10am", "TIME", "2026-10-09T10:00"),
            ("tomorrow", "DATE", "2026-10-09"),
            ("noon", "TIME", "2026-10-16T12:00"),
            ("Friday 16 October", "DATE", "2026-10-16"),
            ("Monday", "DATE", "2026-10-12"),
            ("two weeks", "DURATION", "P2W"),
            ("6pm", "TIME", "2026-10-23T18:00"),
            ("Friday 23 October", "DATE", "2026-10-23"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("5pm", "TIME", "2026-10-21T17:00"),
            ("Wednesday 21 October", "DATE", "2026-10-21"),
            ("Saturday 24 October", "DATE", "2026-10-24"),
            ("8am", "TIME", "2026-10-24T08:00"),
            ("6pm", "TIME", "2026-10-24T18:00"),
            ("midnight", "TIME", "2026-10-24T24:00"),
            ("up to 10 days", "DURATION", "P10D"),
            ("2022", "DATE", "2022"),
            ("2018", "DATE", "2018"),
            ("this year", "DATE", "2026"),
            ("5pm", "TIME", "2026-09-28T17:00"),
            ("Monday 28 September", "DATE", "2026-09-28"),
            ("12 years", "DURATION", "P12Y"),
            ("the past four years", "DURATION", "P4Y"),
            ("2024", "DATE", "2024"),
            ("next month", "DATE", "2026-11"),
            ("24 October", "DATE", "2026-10-24"),
            ("four-year", "DURATION", "P4Y"),
            ("14 days", "DURATION", "P14D"),
            ("early November", "DATE", "2026-11"),
        ],
    ),
    # Wednesday 2010-05-05 (ISO week 18), Irish education story: the exams office spoke
    # yesterday, Tuesday 2010-05-04; the orals ended on Friday 2010-04-30. Results day is
    # Wednesday 2010-08-25 ("10am" and "noon" are on it); last year's results came on
    # 2009-09-01, so "a week earlier than last year" gives "a week" and "last year" (2009).
    # The school calendar runs into 2011 (schools reopen on Thursday 2011-01-06); "by Easter"
    # is the past Easter Sunday, 2010-04-04; "March" is 2010-03, "September" the coming one.
    "leaving-cert-results-school-calendar": (
        "2010-05-05",
        [
            ("August 25", "DATE", "2010-08-25"),
            ("a week", "DURATION", "P1W"),
            ("last year", "DATE", "2009"),
            ("October", "DATE", "2010-10"),
            ("Wednesday, May 5, 2010", "DATE", "2010-05-05"),
            ("Wednesday, August 25", "DATE", "2010-08-25"),
            ("a week", "DURATION", "P1W"),
            ("last year", "DATE", "2009"),
            ("yesterday", "DATE", "2010-05-04"),
            ("Wednesday, June 9", "DATE", "2010-06-09"),
            ("9.30am", "TIME", "2010-06-09T09:30"),
            ("Friday, June 25", "DATE", "2010-06-25"),
            ("two weeks", "DURATION", "P2W"),
            ("April", "DATE", "2010-04"),
            ("Friday", "DATE", "2010-04-30"),
            ("Last year", "DATE", "2009"),
            ("September 1", "DATE", "2009-09-01"),
            ("This year", "DATE", "2010"),
            ("about six weeks", "DURATION", "P6W"),
            ("July", "DATE", "2010-07"),
            ("August", "DATE", "2010-08"),
            ("10am", "TIME", "2010-08-25T10:00"),
            ("noon", "TIME", "2010-08-25T12:00"),
            ("Monday, August 30", "DATE", "2010-08-30"),
            ("5pm", "TIME", "2010-09-03T17:00"),
            ("Friday, September 3", "DATE", "2010-09-03"),
            ("mid-October", "DATE", "2010-10"),
            ("the end of August", "DATE", "2010-08"),
            ("October", "DATE", "2010-10"),
            ("Monday, October 25th", "DATE", "2010-10-25"),
            ("Friday, October 29th", "DATE", "2010-10-29"),
            ("Christmas", "DATE", "2010-12-25"),
            ("Wednesday, December 22", "DATE", "2010-12-22"),
            ("Thursday, January 6", "DATE", "2011-01-06"),
            ("Easter", "DATE", "2010-04-04"),
            ("2008", "DATE", "2008"),
            ("March", "DATE", "2010-03"),
            ("months", "DURATION", "PXM"),
            ("September", "DATE", "2010-09"),
        ],
    ),
    # Monday 2024-03-04 (ISO week 10), British benefits story: the minister announced the
    # change on Friday 2024-03-01; the new limit applies from Saturday 2024-04-06, when the UK
    # tax year 2024/25 (6 April 2024 to 5 April 2025) begins, named like a financial year by
    # the year it ends, FY2025. The restored payments are backdated to January 2024; the
    # committee hearing is on Wednesday 2024-03-06, the next payment on Tuesday 2024-03-12.
    # "last year" is 2023, the autumn statement's "November" 2023-11.
    "carers-supplement-earnings-limit-change": (
        "2024-03-04",
        [
            ("April 6", "DATE", "2024-04-06"),
            ("January", "DATE", "2024-01"),
            ("Monday 4 March 2024", "DATE", "2024-03-04"),
            ("April 6", "DATE", "2024-04-06"),
            ("the 2024/25 tax year", "DATE", "FY2025"),
            ("Friday", "DATE", "2024-03-01"),
            ("2019", "DATE", "2019"),
            ("2015", "DATE", "2015"),
            ("the previous 13 weeks", "DURATION", "P13W"),
            ("January 1", "DATE", "2024-01-01"),
            ("January", "DATE", "2024-01"),
            ("the end of April", "DATE", "2024-04"),
            ("this week", "DATE", "2024-W10"),
            ("every four weeks", "SET", "P4W"),
            ("Tuesday 12 March", "DATE", "2024-03-12"),
            ("up to 12 months", "DURATION", "P12M"),
            ("up to six months", "DURATION", "P6M"),
            ("the autumn", "DATE", "2024-FA"),
            ("last year", "DATE", "2023"),
            ("the past five years", "DURATION", "P5Y"),
            ("2016", "DATE", "2016"),
            ("Wednesday", "DATE", "2024-03-06"),
            ("November", "DATE", "2023-11"),
            ("the first year", "DURATION", "P1Y"),
            ("April 2025", "DATE", "2025-04"),
            ("the spring of 2022", "DATE", "2022-SP"),
            ("almost two years", "DURATION", "P2Y"),
            ("months", "DURATION", "PXM"),
            ("the next three weeks", "DURATION", "P3W"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
            ("the end of March", "DATE", "2024-03"),
        ],
    ),
}


if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv[1:])
