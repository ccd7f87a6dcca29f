"""Annotations of the twenty-second blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind22/annotate.py [--show]

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
    # Friday 2022-04-08 (ISO week 14), Nigerian politics story: the headline's "2023:" is the
    # election year. The NWC met on Tuesday 2022-04-05, the timetable was presented on Thursday
    # 2022-04-07 and an aspirant spoke on Wednesday 2022-04-06 (all past); forms go on sale on
    # Monday 2022-04-11 (the trustees meet at 11am that day) and close on Friday 2022-04-22; the
    # governorship primaries are "a week earlier" than Saturday 2022-05-28, i.e. on 2022-05-21,
    # in week 20; "last week" is week 13; "next Wednesday" is the nearest coming one, 2022-04-13.
    # The secretariat's hours are a recurring service ("from 9am to 5pm daily").
    "nrp-presidential-primary-timetable": (
        "2022-04-08",
        [
            ("2023", "DATE", "2023"),
            ("May 28", "DATE", "2022-05-28"),
            ("now", "DATE", "PRESENT_REF"),
            ("Friday, April 8, 2022", "DATE", "2022-04-08"),
            ("Saturday, May 28", "DATE", "2022-05-28"),
            ("2023", "DATE", "2023"),
            ("a week earlier", "DATE", "2022-W20"),
            ("May 21", "DATE", "2022-05-21"),
            ("Tuesday", "DATE", "2022-04-05"),
            ("Thursday", "DATE", "2022-04-07"),
            ("Monday", "DATE", "2022-04-11"),
            ("Friday, April 22", "DATE", "2022-04-22"),
            ("48 hours", "DURATION", "PT48H"),
            ("April 27", "DATE", "2022-04-27"),
            ("30", "DATE", "2022-04-30"),
            ("seven days", "DURATION", "P7D"),
            ("May 7", "DATE", "2022-05-07"),
            ("June 18", "DATE", "2022-06-18"),
            ("2018", "DATE", "2018"),
            ("last week", "DATE", "2022-W13"),
            ("June 10", "DATE", "2022-06-10"),
            ("30 days", "DURATION", "P30D"),
            ("2019", "DATE", "2019"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("daily", "SET", "P1D"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("Wednesday", "DATE", "2022-04-06"),
            ("four years", "DURATION", "P4Y"),
            ("1999", "DATE", "1999"),
            ("2018", "DATE", "2018"),
            ("October", "DATE", "2022-10"),
            ("2017", "DATE", "2017"),
            ("recently", "DATE", "PAST_REF"),
            ("months", "DURATION", "PXM"),
            ("soon", "DATE", "FUTURE_REF"),
            ("next Wednesday", "DATE", "2022-04-13"),
            ("11am", "TIME", "2022-04-11T11:00"),
            ("Monday", "DATE", "2022-04-11"),
        ],
    ),
    # Monday 2016-07-18 (ISO week 29), Kenyan business story: last week's auction (week 28) was
    # held on Monday and Tuesday 2016-07-11/12, so "Tuesday's sale" is 2016-07-12 and "a week
    # earlier" week 27; "the same week last year" is week 28 of 2015; "the week ending Friday" is
    # week 28 and Friday 2016-07-15; "year-on-year" after "the first half of the year" is the
    # first half of 2015. This week's sale (week 29) opens today. The tea factories' financial
    # year runs July-June and is named by the year it ends, so the one "that ended on June 30"
    # is FY2016; the bonus is announced in October 2016, the short rains are due then too.
    "mombasa-tea-auction-dry-spell": (
        "2016-07-18",
        [
            ("10-month", "DURATION", "P10M"),
            ("Monday July 18 2016", "DATE", "2016-07-18"),
            ("last week", "DATE", "2016-W28"),
            ("September", "DATE", "2015-09"),
            ("Tuesday", "DATE", "2016-07-12"),
            ("a week earlier", "DATE", "2016-W27"),
            ("the same week last year", "DATE", "2015-W28"),
            ("every Monday", "SET", "XXXX-WXX-1"),
            ("Tuesday", "SET", "XXXX-WXX-2"),
            ("May", "DATE", "2016-05"),
            ("the first half of the year", "DATE", "2016-H1"),
            ("year-on-year", "DATE", "2015-H1"),
            ("October", "DATE", "2016-10"),
            ("January", "DATE", "2016-01"),
            ("June", "DATE", "2016-06"),
            ("the same period of 2015", "DATE", "2015-H1"),
            ("recently", "DATE", "PAST_REF"),
            ("the first quarter", "DATE", "2016-Q1"),
            ("the week", "DATE", "2016-W28"),
            ("Friday", "DATE", "2016-07-15"),
            ("January", "DATE", "2016-01"),
            ("at least the next three weeks", "DURATION", "P3W"),
            ("This week", "DATE", "2016-W29"),
            ("9am", "TIME", "2016-07-18T09:00"),
            ("today", "DATE", "2016-07-18"),
            ("2012", "DATE", "2012"),
            ("every month", "SET", "P1M"),
            ("once a year", "SET", "P1Y"),
            ("the financial year", "DATE", "FY2016"),
            ("June 30", "DATE", "2016-06-30"),
            ("October", "DATE", "2016-10"),
            ("recent years", "DATE", "PAST_REF"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Christmas", "DATE", "2016-12-25"),
        ],
    ),
    # Thursday 2024-03-07 (ISO week 10), Pakistani court story: the bench sat on Wednesday
    # 2024-03-06 (at 11am) and adjourned till Thursday 2024-03-14; "Monday last" is the most
    # recent Monday, 2024-03-04 (as in a Friday paper in gold_blind17); "Tuesday next" is the
    # coming Tuesday, 2024-03-12; "next week" is week 11; "month-end" is March 2024. The
    # Pakistani fiscal year runs July-June and is named by the year it ends: FY24 and "the
    # current fiscal year" are FY2024 (July 2023-June 2024), "the previous fiscal" FY2023, "the
    # next fiscal year", beginning on July 1, FY2025. "December" (twice, past) is 2023-12.
    "darbarabad-wasa-tariff-petition": (
        "2024-03-07",
        [
            ("month-end", "DATE", "2024-03"),
            ("March 7, 2024", "DATE", "2024-03-07"),
            ("Wednesday", "DATE", "2024-03-06"),
            ("March 14", "DATE", "2024-03-14"),
            ("month-end", "DATE", "2024-03"),
            ("January", "DATE", "2024-01"),
            ("January 1", "DATE", "2024-01-01"),
            ("Monday last", "DATE", "2024-03-04"),
            ("a fortnight", "DURATION", "P2W"),
            ("Wednesday", "DATE", "2024-03-06"),
            ("next week", "DATE", "2024-W11"),
            ("the previous fiscal", "DATE", "FY2023"),
            ("FY24", "DATE", "FY2024"),
            ("two years", "DURATION", "P2Y"),
            ("August 2022", "DATE", "2022-08"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("the past three weeks", "DURATION", "P3W"),
            ("monthly", "SET", "P1M"),
            ("December", "DATE", "2023-12"),
            ("July 2023", "DATE", "2023-07"),
            ("December", "DATE", "2023-12"),
            ("the current fiscal year", "DATE", "FY2024"),
            ("now", "DATE", "PRESENT_REF"),
            ("2019", "DATE", "2019"),
            ("August 2022", "DATE", "2022-08"),
            ("the next fiscal year", "DATE", "FY2025"),
            ("July 1", "DATE", "2024-07-01"),
            ("Tuesday next", "DATE", "2024-03-12"),
            ("15 days", "DURATION", "P15D"),
            ("recent years", "DATE", "PAST_REF"),
            ("11am", "TIME", "2024-03-06T11:00"),
            ("about 40 minutes", "DURATION", "PT40M"),
        ],
    ),
    # Wednesday 2010-08-18 (ISO week 33), Philippine typhoon story, first posted at 06:12 on the
    # publication day ("08/18/2010", month first); "As of 5 a.m." is that morning. Himig entered
    # on Monday night 2010-08-16 and became a typhoon on Tuesday 2010-08-17 (people moved since
    # 10 p.m. that day); landfall by Thursday afternoon 2010-08-19, across Luzon on Thursday
    # night, out by Saturday morning 2010-08-21, rains until Friday 2010-08-20. The boats were
    # moved "over the weekend" just past, 14-15 August (2010-W32-WE). "last year's typhoon
    # season" is 2009; "Twelve years ago" is 1998. The bulletin hours are a recurring service.
    "typhoon-himig-signal-no-3": (
        "2010-08-18",
        [
            ("Thursday", "DATE", "2010-08-19"),
            ("06:12:00", "TIME", "2010-08-18T06:12:00"),
            ("08/18/2010", "DATE", "2010-08-18"),
            ("early Wednesday", "DATE", "2010-08-18"),
            ("Thursday afternoon", "TIME", "2010-08-19TAF"),
            ("5 a.m.", "TIME", "2010-08-18T05:00"),
            ("the next 24 hours", "DURATION", "PT24H"),
            ("the next 12 hours", "DURATION", "PT12H"),
            ("now", "DATE", "PRESENT_REF"),
            ("tonight", "TIME", "2010-08-18TNI"),
            ("this year", "DATE", "2010"),
            ("Monday night", "TIME", "2010-08-16TNI"),
            ("Tuesday", "DATE", "2010-08-17"),
            ("Thursday night", "TIME", "2010-08-19TNI"),
            ("Saturday morning", "TIME", "2010-08-21TMO"),
            ("every six hours", "SET", "PT6H"),
            ("5 a.m.", "TIME", "XXXX-XX-XXT05:00"),
            ("11 a.m.", "TIME", "XXXX-XX-XXT11:00"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("11 p.m.", "TIME", "XXXX-XX-XXT23:00"),
            ("every three hours", "SET", "PT3H"),
            ("Friday", "DATE", "2010-08-20"),
            ("today", "DATE", "2010-08-18"),
            ("tomorrow", "DATE", "2010-08-19"),
            ("Tuesday", "DATE", "2010-08-17"),
            ("last year", "DATE", "2009"),
            ("June", "DATE", "2010-06"),
            ("the weekend", "DATE", "2010-W32-WE"),
            ("2 p.m.", "TIME", "2010-08-18T14:00"),
            ("today", "DATE", "2010-08-18"),
            ("10 p.m.", "TIME", "2010-08-17T22:00"),
            ("Tuesday", "DATE", "2010-08-17"),
            ("more than a decade", "DURATION", "P10Y"),
            ("Twelve years ago", "DATE", "1998"),
            ("four months", "DURATION", "P4M"),
            ("the coming days", "DURATION", "PXD"),
        ],
    ),
    # Tuesday 2023-11-14 (ISO week 46), Malaysian transport and education story, posted at
    # 7:12 AM that day: the exco met yesterday, Monday 2023-11-13; the holiday ferries run from
    # 2023-12-01 to 2023-12-31, "the same period last year" being December 2022, and the Dec 24
    # of "Last year" 2022-12-24; ticket sales open on Friday 2023-11-17 at 10am, the extra crew
    # start on Monday 2023-11-20; "the 2024 academic year" gives the year only, "next year" is
    # 2024. Ferry, bus and student hours are recurring ("daily", "each morning").
    "pulau-lintang-ferry-school-holidays": (
        "2023-11-14",
        [
            ("Tuesday, 14 Nov 2023", "DATE", "2023-11-14"),
            ("7:12 AM MYT", "TIME", "2023-11-14T07:12"),
            ("every two hours", "SET", "PT2H"),
            ("Dec 1", "DATE", "2023-12-01"),
            ("31", "DATE", "2023-12-31"),
            ("currently", "DATE", "PRESENT_REF"),
            ("daily", "SET", "P1D"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("7pm", "TIME", "XXXX-XX-XXT19:00"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("every hour", "SET", "PT1H"),
            ("yesterday", "DATE", "2023-11-13"),
            ("the same period last year", "DATE", "2022-12"),
            ("Last year", "DATE", "2022"),
            ("up to four hours", "DURATION", "PT4H"),
            ("Dec 24", "DATE", "2022-12-24"),
            ("December", "DATE", "2023-12"),
            ("Friday", "DATE", "2023-11-17"),
            ("10am", "TIME", "2023-11-17T10:00"),
            ("30 minutes", "DURATION", "PT30M"),
            ("2019", "DATE", "2019"),
            ("2020", "DATE", "2020"),
            ("2021", "DATE", "2021"),
            ("2024", "DATE", "2024"),
            ("now", "DATE", "PRESENT_REF"),
            ("every month", "SET", "P1M"),
            ("next year", "DATE", "2024"),
            ("the 1980s", "DATE", "198"),
            ("next year", "DATE", "2024"),
            ("18 months", "DURATION", "P18M"),
            ("Monday", "DATE", "2023-11-20"),
            ("6.30am", "TIME", "XXXX-XX-XXT06:30"),
            ("each morning", "SET", "XXXX-XX-XXTMO"),
            ("every 30 minutes", "SET", "PT30M"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("11pm", "TIME", "XXXX-XX-XXT23:00"),
        ],
    ),
    # Saturday 2005-08-06 (ISO week 31), Ghanaian culture and sports story: the festival opens
    # today and runs this weekend (6-7 August, 2005-W31-WE) to Monday 2005-08-08; the durbar is
    # at 2pm tomorrow, Sunday 2005-08-07, the thanksgiving service on Sunday morning, the gala
    # on Monday afternoon. "20 years ago" is 1985, the year it has been held annually since;
    # "Last year" (twice) is 2004; "March" and "May" are past months of 2005.
    "ampenkrom-canoe-festival": (
        "2005-08-06",
        [
            ("today", "DATE", "2005-08-06"),
            ("Saturday, August 6, 2005", "DATE", "2005-08-06"),
            ("this weekend", "DATE", "2005-W31-WE"),
            ("annually", "SET", "P1Y"),
            ("1985", "DATE", "1985"),
            ("today", "DATE", "2005-08-06"),
            ("three-day", "DURATION", "P3D"),
            ("Monday", "DATE", "2005-08-08"),
            ("2pm", "TIME", "2005-08-07T14:00"),
            ("tomorrow", "DATE", "2005-08-07"),
            ("20 years ago", "DATE", "1985"),
            ("the 1970s", "DATE", "197"),
            ("the 1990s", "DATE", "199"),
            ("Today", "DATE", "2005-08-06"),
            ("6am", "TIME", "2005-08-06T06:00"),
            ("9am", "TIME", "2005-08-06T09:00"),
            ("about 15 minutes", "DURATION", "PT15M"),
            ("Last year", "DATE", "2004"),
            ("March", "DATE", "2005-03"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
            ("May", "DATE", "2005-05"),
            ("the past two months", "DURATION", "P2M"),
            ("twice a day", "SET", "P1D"),
            ("every Tuesday", "SET", "XXXX-WXX-2"),
            ("Sunday morning", "TIME", "2005-08-07TMO"),
            ("this year", "DATE", "2005"),
            ("Monday afternoon", "TIME", "2005-08-08TAF"),
            ("11 years", "DURATION", "P11Y"),
            ("Last year", "DATE", "2004"),
            ("recent years", "DATE", "PAST_REF"),
            ("2003", "DATE", "2003"),
            ("now", "DATE", "PRESENT_REF"),
            ("two-week", "DURATION", "P2W"),
            ("2010", "DATE", "2010"),
        ],
    ),
}


if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv[1:])
