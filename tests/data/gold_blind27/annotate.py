"""Annotations of the twenty-seventh blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind27/annotate.py [--show]

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
    # Tuesday 2014-04-08 (ISO week 15), US company press release with a wire dateline: the
    # company's fiscal year follows the calendar (the text says so), so "later this quarter" is
    # 2014-Q2 and the results of "the first quarter" (ended March 31) 2014-Q1; results and call
    # on Thursday 2014-04-10, the Eastern and the Pacific clock time two TIMEX3; the dealers'
    # demonstration hours "every Saturday in May" recur on no particular day.
    "tessendale-fieldhawk-drone-launch": (
        "2014-04-08",
        [
            ("May 15", "DATE", "2014-05-15"),
            ("today", "DATE", "2014-04-08"),
            ("first-quarter", "DATE", "2014-Q1"),
            ("Thursday", "DATE", "2014-04-10"),
            ("April 8, 2014", "DATE", "2014-04-08"),
            ("today", "DATE", "2014-04-08"),
            ("90-minute", "DURATION", "PT90M"),
            ("today", "DATE", "2014-04-08"),
            ("May 15", "DATE", "2014-05-15"),
            ("later this quarter", "DATE", "2014-Q2"),
            ("2015", "DATE", "2015"),
            ("last spring", "DATE", "2013-SP"),
            ("hours", "DURATION", "PTXH"),
            ("weeks", "DURATION", "PXW"),
            ("2011", "DATE", "2011"),
            ("Now", "DATE", "PRESENT_REF"),
            ("every five minutes", "SET", "PT5M"),
            ("20 minutes", "DURATION", "PT20M"),
            ("two-year", "DURATION", "P2Y"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("May", "DATE", "2014-05"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("3 p.m. local time", "TIME", "XXXX-XX-XXT15:00"),
            ("1998", "DATE", "1998"),
            ("last year", "DATE", "2013"),
            ("2014", "DATE", "2014"),
            ("the first quarter", "DATE", "2014-Q1"),
            ("March 31", "DATE", "2014-03-31"),
            ("Thursday, April 10", "DATE", "2014-04-10"),
            ("4:30 p.m. Eastern Time", "TIME", "2014-04-10T16:30"),
            ("1:30 p.m. Pacific Time", "TIME", "2014-04-10T13:30"),
            ("about ten minutes", "DURATION", "PT10M"),
            ("30 days", "DURATION", "P30D"),
            ("one year", "DURATION", "P1Y"),
            ("2006", "DATE", "2006"),
        ],
    ),
    # Sunday 2009-11-15 (ISO week 46), British police appeal issued at 11:40 hours: the
    # collision was at 02:15 hours on Saturday 2009-11-14; the witness window runs from 10pm on
    # Friday 2009-11-13 to 3am on Saturday (after midnight, so Saturday's); the council agreed
    # the crossing on Tuesday 2009-11-10; bail runs to 8 January 2010; the earlier collision was
    # on Friday 2009-10-23. "02:15 hours" style times keep "hours" in the span.
    "ashcombe-penhallow-road-cyclist-appeal": (
        "2009-11-15",
        [
            ("Sunday 15 November 2009", "DATE", "2009-11-15"),
            ("11:40 hours", "TIME", "2009-11-15T11:40"),
            ("approximately 02:15 hours", "TIME", "2009-11-14T02:15"),
            ("Saturday", "DATE", "2009-11-14"),
            ("this morning", "TIME", "2009-11-15TMO"),
            ("Saturday morning", "TIME", "2009-11-14TMO"),
            ("almost seven hours", "DURATION", "PT7H"),
            ("09:05 hours", "TIME", "2009-11-14T09:05"),
            ("Saturday", "DATE", "2009-11-14"),
            ("the 24 hours", "DURATION", "PT24H"),
            ("18:30 hours", "TIME", "2009-11-14T18:30"),
            ("Saturday", "DATE", "2009-11-14"),
            ("Saturday evening", "TIME", "2009-11-14TEV"),
            ("8 January", "DATE", "2010-01-08"),
            ("10pm", "TIME", "2009-11-13T22:00"),
            ("Friday", "DATE", "2009-11-13"),
            ("3am", "TIME", "2009-11-14T03:00"),
            ("Saturday", "DATE", "2009-11-14"),
            ("three weeks", "DURATION", "P3W"),
            ("Friday 23 October", "DATE", "2009-10-23"),
            ("2007", "DATE", "2007"),
            ("Tuesday", "DATE", "2009-11-10"),
            ("next spring", "DATE", "2010-SP"),
            ("tonight", "TIME", "2009-11-15TNI"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("Saturday nights", "SET", "XXXX-WXX-6TNI"),
            ("December", "DATE", "2009-12"),
            ("2008", "DATE", "2008"),
            ("48 hours", "DURATION", "PT48H"),
            ("14:00 hours", "TIME", "2009-11-15T14:00"),
            ("today", "DATE", "2009-11-15"),
        ],
    ),
    # Thursday 2025-07-10 (ISO week 28), British research-council announcement: the window
    # opens on Monday 2025-09-01 and closes on Friday 2025-11-28; interviews on 20 and 21
    # January 2026, offers by the end of February 2026, start on Monday 2026-09-28. "the
    # 2026/27 academic year" gives two DATEs, "2026" and the bare "27" (2027), like "the 2023-24
    # season" in gold_blind10. "September" of the previous round's start is the coming one.
    "nmsrc-tidewater-doctoral-studentships": (
        "2025-07-10",
        [
            ("Thursday 10 July 2025", "DATE", "2025-07-10"),
            ("1 September", "DATE", "2025-09-01"),
            ("four-year", "DURATION", "P4Y"),
            ("2026", "DATE", "2026"),
            ("27", "DATE", "2027"),
            ("today", "DATE", "2025-07-10"),
            ("2019", "DATE", "2019"),
            ("2026", "DATE", "2026"),
            ("27", "DATE", "2027"),
            ("four-year", "DURATION", "P4Y"),
            ("9am", "TIME", "2025-09-01T09:00"),
            ("1 September", "DATE", "2025-09-01"),
            ("5pm", "TIME", "2025-11-28T17:00"),
            ("28 November", "DATE", "2025-11-28"),
            ("20", "DATE", "2026-01-20"),
            ("21 January", "DATE", "2026-01-21"),
            ("the end of February", "DATE", "2026-02"),
            ("Monday 28 September 2026", "DATE", "2026-09-28"),
            ("the past five years", "DURATION", "P5Y"),
            ("Four years", "DURATION", "P4Y"),
            ("up to eight years", "DURATION", "P8Y"),
            ("at least six weeks", "DURATION", "P6W"),
            ("the three years", "DURATION", "P3Y"),
            ("December 2024", "DATE", "2024-12"),
            ("September", "DATE", "2025-09"),
            ("1994", "DATE", "1994"),
            ("2pm", "TIME", "2025-10-08T14:00"),
            ("4pm", "TIME", "2025-10-08T16:00"),
            ("Wednesday 8 October", "DATE", "2025-10-08"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("22:00", "TIME", "XXXX-XX-XXT22:00"),
            ("23:00", "TIME", "XXXX-XX-XXT23:00"),
            ("two days", "DURATION", "P2D"),
            ("Later this year", "DATE", "2025"),
            ("2027", "DATE", "2027"),
        ],
    ),
    # Friday 2008-02-22 (ISO week 8), British rail service notice: the reduced service starts on
    # Monday 2008-03-03; the recurring daily hours, the last trains' departure times, the car
    # park's closing time and the helpline's hours recur on no particular day. Easter Sunday
    # 2008 is 23 March, so the Easter weekend is 2008-W12-WE, Good Friday 2008-03-21 and Easter
    # Monday 2008-03-24; the May Day bank holiday is the first Monday of May, 2008-05-05.
    "norrow-valley-line-viaduct-buses": (
        "2008-02-22",
        [
            ("Friday 22 February 2008", "DATE", "2008-02-22"),
            ("Monday 3 March", "DATE", "2008-03-03"),
            ("every day", "SET", "P1D"),
            ("09:30", "TIME", "XXXX-XX-XXT09:30"),
            ("15:30", "TIME", "XXXX-XX-XXT15:30"),
            ("1874", "DATE", "1874"),
            ("January", "DATE", "2008-01"),
            ("every 15 minutes", "SET", "PT15M"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("every 20 minutes", "SET", "PT20M"),
            ("up to 25 minutes", "DURATION", "PT25M"),
            ("every half hour", "SET", "PT30M"),
            ("23:05", "TIME", "XXXX-XX-XXT23:05"),
            ("23:40", "TIME", "XXXX-XX-XXT23:40"),
            ("22:50", "TIME", "XXXX-XX-XXT22:50"),
            ("23:15", "TIME", "XXXX-XX-XXT23:15"),
            ("Sunday 9 March", "DATE", "2008-03-09"),
            ("the Easter weekend", "DATE", "2008-W12-WE"),
            ("Good Friday", "DATE", "2008-03-21"),
            ("21 March", "DATE", "2008-03-21"),
            ("Easter Monday", "DATE", "2008-03-24"),
            ("24 March", "DATE", "2008-03-24"),
            ("about nine weeks", "DURATION", "P9W"),
            ("the May Day bank holiday", "DATE", "2008-05-05"),
            ("Monday 5 May", "DATE", "2008-05-05"),
            ("April", "DATE", "2008-04"),
            ("Last year", "DATE", "2007"),
            ("the next two months", "DURATION", "P2M"),
            ("20:00", "TIME", "XXXX-XX-XXT20:00"),
            ("each evening", "SET", "XXXX-XX-XXTEV"),
            ("28 days", "DURATION", "P28D"),
            ("tomorrow", "DATE", "2008-02-23"),
            ("Monday", "DATE", "2008-02-25"),
            ("08:00", "TIME", "XXXX-XX-XXT08:00"),
            ("22:00", "TIME", "XXXX-XX-XXT22:00"),
            ("daily", "SET", "P1D"),
        ],
    ),
    # Wednesday 2003-02-12 (ISO week 7), translated ministry statement: the ceasefire takes
    # effect at 18:00 local time (15:00 GMT, two TIMEX3) on Thursday 2003-02-13; signed
    # yesterday evening, Tuesday 2003-02-11; the commission meets every Monday from Monday
    # 2003-02-17, the day of the special session; the minister travels on Friday 2003-02-14.
    # "Q2" is the calendar quarter of 2003; the fighting resumed in August 2002, so "last
    # summer" is 2002-SU.
    "dalvenia-upper-varosh-ceasefire-statement": (
        "2003-02-12",
        [
            ("12 February 2003", "DATE", "2003-02-12"),
            ("18:00 local time", "TIME", "2003-02-13T18:00"),
            ("15:00 GMT", "TIME", "2003-02-13T15:00"),
            ("Thursday, 13 February 2003", "DATE", "2003-02-13"),
            ("yesterday evening", "TIME", "2003-02-11TEV"),
            ("four days", "DURATION", "P4D"),
            ("October 2001", "DATE", "2001-10"),
            ("72 hours", "DURATION", "PT72H"),
            ("20 February", "DATE", "2003-02-20"),
            ("the end of March", "DATE", "2003-03"),
            ("Q2", "DATE", "2003-Q2"),
            ("May", "DATE", "2003-05"),
            ("30 days", "DURATION", "P30D"),
            ("90 days", "DURATION", "P90D"),
            ("every 30 days", "SET", "P30D"),
            ("seven days", "DURATION", "P7D"),
            ("every Monday", "SET", "XXXX-WXX-1"),
            ("10:00", "TIME", "XXXX-XX-XXT10:00"),
            ("17 February", "DATE", "2003-02-17"),
            ("every two weeks", "SET", "P2W"),
            ("Monday", "DATE", "2003-02-17"),
            ("2003", "DATE", "2003"),
            ("2004", "DATE", "2004"),
            ("August 2002", "DATE", "2002-08"),
            ("1999", "DATE", "1999"),
            ("almost three years", "DURATION", "P3Y"),
            ("11:00", "TIME", "2003-02-13T11:00"),
            ("tomorrow", "DATE", "2003-02-13"),
            ("Friday", "DATE", "2003-02-14"),
            ("today", "DATE", "2003-02-12"),
            ("last summer", "DATE", "2002-SU"),
            ("the coming weeks", "DURATION", "PXW"),
        ],
    ),
    # Monday 2026-10-19 (ISO week 43), sports federation media release: tickets on sale at 10am
    # on Friday 2026-10-23, club members from 10am on Wednesday 2026-10-21; the tournament runs
    # from Friday 2027-03-12 to Sunday 2027-03-21 (semi-finals Saturday 2027-03-20); early-bird
    # prices until 31 January 2027; volunteer applications open on Monday 2026-11-02 and close
    # four weeks later, in 2026-W49; "next March" is 2027-03. The daily match and helpline hours
    # recur on no particular day.
    "harbour-cup-netball-2027-fixtures": (
        "2026-10-19",
        [
            ("Monday 19 October 2026", "DATE", "2026-10-19"),
            ("2027", "DATE", "2027"),
            ("Friday", "DATE", "2026-10-23"),
            ("today", "DATE", "2026-10-19"),
            ("2027", "DATE", "2027"),
            ("Friday 12 March", "DATE", "2027-03-12"),
            ("Sunday 21 March 2027", "DATE", "2027-03-21"),
            ("ten days", "DURATION", "P10D"),
            ("daily", "SET", "P1D"),
            ("13:00", "TIME", "XXXX-XX-XXT13:00"),
            ("15:30", "TIME", "XXXX-XX-XXT15:30"),
            ("18:00", "TIME", "XXXX-XX-XXT18:00"),
            ("Saturday 20 March", "DATE", "2027-03-20"),
            ("14:00", "TIME", "2027-03-20T14:00"),
            ("16:30", "TIME", "2027-03-20T16:30"),
            ("Sunday 21 March", "DATE", "2027-03-21"),
            ("19:30", "TIME", "2027-03-21T19:30"),
            ("10am", "TIME", "2026-10-23T10:00"),
            ("Friday", "DATE", "2026-10-23"),
            ("31 January", "DATE", "2027-01-31"),
            ("1 February", "DATE", "2027-02-01"),
            ("two-day", "DURATION", "P2D"),
            ("10am", "TIME", "2026-10-21T10:00"),
            ("Wednesday", "DATE", "2026-10-21"),
            ("2026", "DATE", "2026"),
            ("April", "DATE", "2026-04"),
            ("2019", "DATE", "2019"),
            ("1987", "DATE", "1987"),
            ("every year", "SET", "P1Y"),
            ("2023", "DATE", "2023"),
            ("eight years", "DURATION", "P8Y"),
            ("next March", "DATE", "2027-03"),
            ("2 November", "DATE", "2026-11-02"),
            ("four weeks later", "DATE", "2026-W49"),
            ("90 minutes", "DURATION", "PT90M"),
            ("each day", "SET", "P1D"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("daily", "SET", "P1D"),
        ],
    ),
}


if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv[1:])
