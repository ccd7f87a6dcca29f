"""Hand annotations for the eleventh blind gold set; writes <name>.json next to each <name>.txt.

    python tests/data/gold_blind11/annotate.py          # write the JSON files
    python tests/data/gold_blind11/annotate.py --show   # also print each span in its context

Spans and values below were chosen by hand (TimeML TIMEX3 conventions, see README.md), before the
project's tagger was run on these articles. This script only finds each annotated string in the
article, in order, so the offsets are exact; it raises if a span is not found. As a guard against
typing slips it also checks that every span naming a weekday has a value falling on that weekday,
and that every value has one of the shapes the conventions allow.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_tools import Gold, write_set  # noqa: E402

GOLD: Gold = {
    # Monday 1998-11-16 (ISO week 47), UK flood follow-up two weeks on; the river burst its banks
    # on Sunday 1998-11-01 and the water peaked in the early hours of Monday 1998-11-02 (week 45).
    "lowbridge-flood-two-weeks-on": (
        "1998-11-16",
        [
            ("Two weeks on", "DATE", "1998-W47"),
            ("Two weeks", "DURATION", "P2W"),
            ("Christmas", "DATE", "1998-12-25"),
            ("less than 12 hours", "DURATION", "PT12H"),
            ("Sunday 1 November", "DATE", "1998-11-01"),
            ("October", "DATE", "1998-10"),
            ("1911", "DATE", "1911"),
            ("the early hours of Monday", "DATE", "1998-11-02"),
            ("Yesterday", "DATE", "1998-11-15"),
            ("The first few days", "DURATION", "PXD"),
            ("Now", "DATE", "PRESENT_REF"),
            ("at least six months", "DURATION", "P6M"),
            ("the summer", "DATE", "1999-SU"),
            ("Friday", "DATE", "1998-11-13"),
            ("48 hours", "DURATION", "PT48H"),
            ("last night", "TIME", "1998-11-15TNI"),
            ("March 1994", "DATE", "1994-03"),
            ("now", "DATE", "PRESENT_REF"),
            ("the spring", "DATE", "1999-SP"),
            ("two years", "DURATION", "P2Y"),
            ("the end of the month", "DATE", "1998-11"),
            ("every day", "SET", "P1D"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("Friday 27 November", "DATE", "1998-11-27"),
            ("Wednesday", "DATE", "1998-11-11"),
            ("January", "DATE", "1999-01"),
            ("Thursday", "DATE", "1998-11-19"),
            ("a fortnight ago", "DATE", "1998-W45"),
            ("the weekend", "DATE", "1998-W46-WE"),
            ("Saturday", "DATE", "1998-11-14"),
            ("ten days ago", "DATE", "1998-11-06"),
            ("now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Thursday 2016-02-11 (ISO week 6), UK hospital waiting-times report; the NHS trust's
    # financial year runs April 2015 to 31 March 2016 (FY2016, named by the year it ends).
    "penrick-hospital-waiting-times": (
        "2016-02-11",
        [
            ("a decade", "DURATION", "P10Y"),
            ("Thursday 11 February 2016", "DATE", "2016-02-11"),
            ("the past ten years", "DURATION", "P10Y"),
            ("yesterday", "DATE", "2016-02-10"),
            ("the end of December", "DATE", "2015-12"),
            ("more than 18 weeks", "DURATION", "P18W"),
            ("a year earlier", "DATE", "2014-12"),
            ("18 weeks", "DURATION", "P18W"),
            ("four hours", "DURATION", "PT4H"),
            ("January", "DATE", "2016-01"),
            ("2004", "DATE", "2004"),
            ("19 January", "DATE", "2016-01-19"),
            ("more than 12 hours", "DURATION", "PT12H"),
            ("the autumn", "DATE", "2015-FA"),
            ("last year", "DATE", "2015"),
            ("March", "DATE", "2016-03"),
            ("2014", "DATE", "2014"),
            ("the summer", "DATE", "2016-SU"),
            ("18-week", "DURATION", "P18W"),
            ("the end of September", "DATE", "2016-09"),
            ("2013", "DATE", "2013"),
            ("2015", "DATE", "2015"),
            ("Every winter", "SET", "XXXX-WI"),
            ("every year", "SET", "P1Y"),
            ("11 months", "DURATION", "P11M"),
            ("April", "DATE", "2015-04"),
            ("Christmas", "DATE", "2015-12-25"),
            ("Last week", "DATE", "2016-W05"),
            ("May", "DATE", "2016-05"),
            ("the financial year", "DATE", "FY2016"),
            ("31 March", "DATE", "2016-03-31"),
            ("Tuesday 23 February", "DATE", "2016-02-23"),
            ("Monday", "DATE", "2016-02-15"),
            ("now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Friday 2003-10-24 (ISO week 43), US federal trial verdict (returned on Thursday
    # 2003-10-23) with sentencing on Friday 2004-01-09.
    "dellmont-chief-bribery-verdict": (
        "2003-10-24",
        [
            ("Jan. 9", "DATE", "2004-01-09"),
            ("Thursday", "DATE", "2003-10-23"),
            ("nearly five years", "DURATION", "P5Y"),
            ("about nine hours", "DURATION", "PT9H"),
            ("two days", "DURATION", "P2D"),
            ("3 p.m.", "TIME", "2003-10-23T15:00"),
            ("10 a.m.", "TIME", "2004-01-09T10:00"),
            ("Friday, Jan. 9", "DATE", "2004-01-09"),
            ("10 years", "DURATION", "P10Y"),
            ("1994", "DATE", "1994"),
            ("March 2002", "DATE", "2002-03"),
            ("a week", "DURATION", "P1W"),
            ("each winter", "SET", "XXXX-WI"),
            ("the summer of 1997", "DATE", "1997-SU"),
            ("late 2001", "DATE", "2001"),
            ("two days", "DURATION", "P2D"),
            ("last week", "DATE", "2003-W42"),
            ("every month", "SET", "P1M"),
            ("three-week", "DURATION", "P3W"),
            ("Sept. 29", "DATE", "2003-09-29"),
            ("December", "DATE", "2003-12"),
            ("Thursday night", "TIME", "2003-10-23TNI"),
            ("14 days", "DURATION", "P14D"),
            ("years", "DURATION", "PXY"),
            ("2002", "DATE", "2002"),
            ("the past 18 months", "DURATION", "P18M"),
            ("1971", "DATE", "1971"),
            ("Monday", "DATE", "2003-10-27"),
        ],
    ),
    # Saturday 2021-01-30 (ISO week 4), UK football transfer story in a weekend paper; the
    # January transfer window closes at 11pm on Monday 2021-02-01.
    "castlegate-striker-fee-agreed": (
        "2021-01-30",
        [
            ("Saturday 30 January 2021", "DATE", "2021-01-30"),
            ("Monday night", "TIME", "2021-02-01TNI"),
            ("yesterday afternoon", "TIME", "2021-01-29TAF"),
            ("Sunday", "DATE", "2021-01-31"),
            ("four-and-a-half-year", "DURATION", "P54M"),
            ("the summer of 2025", "DATE", "2025-SU"),
            ("the autumn", "DATE", "2020-FA"),
            ("April", "DATE", "2021-04"),
            ("months", "DURATION", "PXM"),
            ("Tuesday", "DATE", "2021-01-26"),
            ("earlier this month", "DATE", "2021-01"),
            ("Thursday evening", "TIME", "2021-01-28TEV"),
            ("December", "DATE", "2020-12"),
            ("2014", "DATE", "2014"),
            ("two years later", "DATE", "2016"),
            ("January", "DATE", "2021-01"),
            ("8 January", "DATE", "2021-01-08"),
            ("2 January", "DATE", "2021-01-02"),
            ("11pm", "TIME", "2021-02-01T23:00"),
            ("Monday", "DATE", "2021-02-01"),
            ("last summer", "DATE", "2020-SU"),
            ("last week", "DATE", "2021-W03"),
            ("November", "DATE", "2020-11"),
            ("Tuesday", "DATE", "2021-02-02"),
            ("next Saturday", "DATE", "2021-02-06"),
            ("Forty-eight hours", "DURATION", "PT48H"),
            ("Tuesday", "DATE", "2021-02-02"),
        ],
    ),
    # Tuesday 2026-05-12 (ISO week 20), wire story on April inflation figures released that day;
    # the central bank's next meeting is Thursday 2026-06-18, the May figures come on 2026-06-09.
    "ardenne-inflation-april": (
        "2026-05-12",
        [
            ("April", "DATE", "2026-04"),
            ("three years", "DURATION", "P3Y"),
            ("May 12", "DATE", "2026-05-12"),
            ("April", "DATE", "2026-04"),
            ("a year earlier", "DATE", "2025-04"),
            ("Tuesday", "DATE", "2026-05-12"),
            ("three years", "DURATION", "P3Y"),
            ("March", "DATE", "2026-03"),
            ("last week", "DATE", "2026-W19"),
            ("March", "DATE", "2026-03"),
            ("April", "DATE", "2026-04"),
            ("August 2023", "DATE", "2023-08"),
            ("six weeks", "DURATION", "P6W"),
            ("18 June", "DATE", "2026-06-18"),
            ("last September", "DATE", "2025-09"),
            ("2023", "DATE", "2023"),
            ("2024", "DATE", "2024"),
            ("June", "DATE", "2026-06"),
            ("now", "DATE", "PRESENT_REF"),
            ("May", "DATE", "2026-05"),
            ("the first quarter", "DATE", "2026-Q1"),
            ("the last three months of 2025", "DATE", "2025-Q4"),
            ("March", "DATE", "2026-03"),
            ("the spring of 2021", "DATE", "2021-SP"),
            ("last month", "DATE", "2026-04"),
            ("Monday", "DATE", "2026-05-11"),
            ("three years", "DURATION", "P3Y"),
            ("October 2022", "DATE", "2022-10"),
            ("more than four decades", "DURATION", "P40Y"),
            ("last summer", "DATE", "2025-SU"),
            ("this year", "DATE", "2026"),
            ("the first half of 2027", "DATE", "2027-H1"),
            ("May", "DATE", "2026-05"),
            ("9 June", "DATE", "2026-06-09"),
            ("9 a.m.", "TIME", "2026-06-09T09:00"),
            ("midday", "TIME", "2026-05-12T12:00"),
        ],
    ),
    # Wednesday 2011-03-16 (ISO week 11), US city-council housing vote taken at 11:40 p.m. on
    # Tuesday 2011-03-15, reported in the next morning's paper.
    "harmon-rail-yard-housing-vote": (
        "2011-03-16",
        [
            ("March 16, 2011", "DATE", "2011-03-16"),
            ("late Tuesday", "DATE", "2011-03-15"),
            ("more than two years", "DURATION", "P2Y"),
            ("11:40 p.m.", "TIME", "2011-03-15T23:40"),
            ("nearly six hours", "DURATION", "PT6H"),
            ("the fall", "DATE", "2011-FA"),
            ("the summer of 2013", "DATE", "2013-SU"),
            ("55 years", "DURATION", "P55Y"),
            ("2008", "DATE", "2008"),
            ("2010", "DATE", "2010"),
            ("30 years", "DURATION", "P30Y"),
            ("more than four years", "DURATION", "P4Y"),
            ("last May", "DATE", "2010-05"),
            ("January", "DATE", "2011-01"),
            ("30 days", "DURATION", "P30D"),
            ("Saturday", "DATE", "2011-03-19"),
            ("Tuesday night", "TIME", "2011-03-15TNI"),
            ("June", "DATE", "2011-06"),
            ("about 18 months", "DURATION", "P18M"),
            ("1987", "DATE", "1987"),
            ("the end of the year", "DATE", "2011"),
            ("April 5", "DATE", "2011-04-05"),
            ("March 29", "DATE", "2011-03-29"),
        ],
    ),
}


if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv[1:])
