"""Annotations of the twenty-eighth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind28/annotate.py [--show]

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
    # Tuesday 2002-10-15 (ISO week 42), agency wire story, "KESTOW, Oct 15 (Reuters) -"
    # dateline (the publication day): the talks open on Monday 2002-10-21 (headline and lead)
    # at 10 a.m. local time (0800 GMT), two TIMEX3; the minister spoke late Monday 2002-10-14;
    # the ambush was on Saturday 2002-10-12 ("three days after" the announcement), the air
    # strikes "the previous day", Friday 2002-10-11; the army spoke on Sunday 2002-10-13 (past),
    # the deputy prime minister arrives on Sunday 2002-10-20 (future, "is due to"); the League's
    # envoy visits on Thursday 2002-10-17 and Friday 2002-10-18. The ceasefire of March 2000
    # held almost 18 months, to "September last year" (2001-09, one span). "the winter" ahead in
    # October 2002 is December 2002-February 2003, 2003-WI (gold_blind26). The curfew hours
    # recur on no particular day.
    "marovia-talvar-rebels-kestow-talks": (
        "2002-10-15",
        [
            ("Monday", "DATE", "2002-10-21"),
            ("Oct 15", "DATE", "2002-10-15"),
            ("more than two years", "DURATION", "P2Y"),
            ("Monday", "DATE", "2002-10-21"),
            ("Tuesday", "DATE", "2002-10-15"),
            ("three days", "DURATION", "P3D"),
            ("a week", "DURATION", "P1W"),
            ("10 a.m. local time", "TIME", "2002-10-21T10:00"),
            ("0800 GMT", "TIME", "2002-10-21T08:00"),
            ("up to a week", "DURATION", "P1W"),
            ("late Monday", "DATE", "2002-10-14"),
            ("a year ago", "DATE", "2001"),
            ("1991", "DATE", "1991"),
            ("the past decade", "DURATION", "P10Y"),
            ("March 2000", "DATE", "2000-03"),
            ("almost 18 months", "DURATION", "P18M"),
            ("September last year", "DATE", "2001-09"),
            ("August 2000", "DATE", "2000-08"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("Sunday", "DATE", "2002-10-13"),
            ("two-day", "DURATION", "P2D"),
            ("Saturday", "DATE", "2002-10-12"),
            ("the previous day", "DATE", "2002-10-11"),
            ("7 p.m.", "TIME", "XXXX-XX-XXT19:00"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("Tuesday morning", "TIME", "2002-10-15TMO"),
            ("Sunday", "DATE", "2002-10-20"),
            ("the winter", "DATE", "2003-WI"),
            ("next month", "DATE", "2002-11"),
            ("twice a month", "SET", "P1M"),
            ("Thursday", "DATE", "2002-10-17"),
            ("Friday", "DATE", "2002-10-18"),
            ("10 days", "DURATION", "P10D"),
            ("weeks", "DURATION", "PXW"),
            ("2003", "DATE", "2003"),
            ("this year", "DATE", "2002"),
            ("11 years", "DURATION", "P11Y"),
            ("Oct 1", "DATE", "2002-10-01"),
        ],
    ),
    # Saturday 1999-11-20 (ISO week 46), agency follow-up of an earthquake, "VARNE, Nov 20,
    # 1999 (AFP) -" dateline: the quake struck at 4:12 a.m. local time on Tuesday 1999-11-16,
    # which was 2212 GMT on Monday 1999-11-15 (the GMT time and its day on the day before, like
    # "midnight on Sunday (2200 GMT on Saturday)" in gold_blind8); toll updates on Tuesday
    # evening, Wednesday 1999-11-17, by Thursday night 1999-11-18, Friday 1999-11-19 and early
    # Saturday, the publication day; the old man was found on Wednesday night, "about 40 hours"
    # after 4:12 a.m. Tuesday, the girl "the following morning", Thursday; the aftershock at
    # 11:40 p.m. on Friday; the search goes on until Monday 1999-11-22, mourning starts on Sunday
    # 1999-11-21, while the football match "on Sunday" (past tense) was 1999-11-14.
    "harrask-kalvik-quake-toll": (
        "1999-11-20",
        [
            ("Nov 20, 1999", "DATE", "1999-11-20"),
            ("Tuesday", "DATE", "1999-11-16"),
            ("Saturday", "DATE", "1999-11-20"),
            ("now", "DATE", "PRESENT_REF"),
            ("4:12 a.m. local time", "TIME", "1999-11-16T04:12"),
            ("Tuesday", "DATE", "1999-11-16"),
            ("2212 GMT", "TIME", "1999-11-15T22:12"),
            ("Monday", "DATE", "1999-11-15"),
            ("1957", "DATE", "1957"),
            ("Tuesday evening", "TIME", "1999-11-16TEV"),
            ("Wednesday", "DATE", "1999-11-17"),
            ("Thursday night", "TIME", "1999-11-18TNI"),
            ("Friday", "DATE", "1999-11-19"),
            ("early Saturday", "DATE", "1999-11-20"),
            ("Wednesday night", "TIME", "1999-11-17TNI"),
            ("about 40 hours", "DURATION", "PT40H"),
            ("the following morning", "TIME", "1999-11-18TMO"),
            ("11:40 p.m.", "TIME", "1999-11-19T23:40"),
            ("Friday", "DATE", "1999-11-19"),
            ("Monday", "DATE", "1999-11-22"),
            ("five days", "DURATION", "P5D"),
            ("three days", "DURATION", "P3D"),
            ("Sunday", "DATE", "1999-11-21"),
            ("Wednesday", "DATE", "1999-11-17"),
            ("Thursday", "DATE", "1999-11-18"),
            ("Wednesday", "DATE", "1999-11-17"),
            ("at least a month", "DURATION", "P1M"),
            ("late Thursday", "DATE", "1999-11-18"),
            ("now", "DATE", "PRESENT_REF"),
            ("twice a day", "SET", "P1D"),
            ("Sunday", "DATE", "1999-11-14"),
            ("Friday night", "TIME", "1999-11-19TNI"),
            ("a decade", "DURATION", "P10Y"),
            ("Wednesday", "DATE", "1999-11-17"),
            ("the end of next year", "DATE", "2000"),
            ("1957", "DATE", "1957"),
            ("1994", "DATE", "1994"),
            ("years", "DURATION", "PXY"),
        ],
    ),
    # Thursday 2007-10-25 (ISO week 43), agency earnings wire, "SORREN, Oct 25 (Reuters) -"
    # dateline. Halvern's fiscal year runs April-March and is named by the year it ends ("the
    # fiscal year to March 2008", "the fiscal second quarter, which ended Sept 30"), so it is
    # FY2008; the quarter reported (July-September 2007) is FY2008-Q2 in every company phrase
    # ("second-quarter" twice, "the fiscal second quarter", "the latest quarter"), the year-ago
    # period and the "a year earlier" after the latest quarter FY2007-Q2; the analysts' "the
    # July-September quarter" keeps the calendar value of its wording, 2007-Q3 (gold_blind20);
    # "the six months to September" is a DURATION plus "September", and "a year earlier" after
    # it takes the fiscal year, FY2007 (gold_blind14); "the full year" and the headline's
    # "full-year" FY2008; "the previous fiscal year" FY2007; "third-quarter" results FY2008-Q3
    # on Jan 31 2008. The call is at 10 a.m. EDT (US daylight time until 4 November 2007), 1400
    # GMT, on Friday 2007-10-26; the shares at 0930 GMT today.
    "halvern-steel-second-quarter-profit": (
        "2007-10-25",
        [
            ("second-quarter", "DATE", "FY2008-Q2"),
            ("full-year", "DATE", "FY2008"),
            ("Oct 25", "DATE", "2007-10-25"),
            ("Thursday", "DATE", "2007-10-25"),
            ("second-quarter", "DATE", "FY2008-Q2"),
            ("the fiscal year", "DATE", "FY2008"),
            ("March 2008", "DATE", "2008-03"),
            ("the fiscal second quarter", "DATE", "FY2008-Q2"),
            ("Sept 30", "DATE", "2007-09-30"),
            ("the year-ago period", "DATE", "FY2007-Q2"),
            ("the July-September quarter", "DATE", "2007-Q3"),
            ("the latest quarter", "DATE", "FY2008-Q2"),
            ("a year earlier", "DATE", "FY2007-Q2"),
            ("every month", "SET", "P1M"),
            ("April", "DATE", "2007-04"),
            ("the six months", "DURATION", "P6M"),
            ("September", "DATE", "2007-09"),
            ("a year earlier", "DATE", "FY2007"),
            ("now", "DATE", "PRESENT_REF"),
            ("the full year", "DATE", "FY2008"),
            ("July", "DATE", "2007-07"),
            ("the previous fiscal year", "DATE", "FY2007"),
            ("at least the next six months", "DURATION", "P6M"),
            ("20 years", "DURATION", "P20Y"),
            ("last week", "DATE", "2007-W42"),
            ("Nov 1", "DATE", "2007-11-01"),
            ("January", "DATE", "2008-01"),
            ("six months", "DURATION", "P6M"),
            ("2005", "DATE", "2005"),
            ("2006", "DATE", "2006"),
            ("Dec 14", "DATE", "2007-12-14"),
            ("10 a.m. EDT", "TIME", "2007-10-26T10:00"),
            ("1400 GMT", "TIME", "2007-10-26T14:00"),
            ("Friday", "DATE", "2007-10-26"),
            ("third-quarter", "DATE", "FY2008-Q3"),
            ("Jan 31", "DATE", "2008-01-31"),
            ("0930 GMT", "TIME", "2007-10-25T09:30"),
            ("this year", "DATE", "2007"),
            ("the past two years", "DURATION", "P2Y"),
            ("recently", "DATE", "PAST_REF"),
        ],
    ),
    # Monday 2010-06-07 (ISO week 23), agency election wire, "SORVIK, June 7, 2010 (AFP) -"
    # dateline: the campaign opened today (Monday morning rally); the poll was published "over
    # the weekend" just past, 5-6 June, 2010-W22-WE; polling day is Sunday 2010-06-27, a runoff
    # "two weeks later" on Sunday 2010-07-11, in ISO week 27 (like "four weeks later" in
    # gold_blind21 and gold_blind27); Haas speaks at 7 p.m. (1700 GMT) on Tuesday 2010-06-08;
    # the unions' strike "on Thursday" (past tense) was 2010-06-03, the first debate is on
    # Thursday, June 10; campaigning stops at the midnight that ends Friday, June 25
    # (gold_blind10); the polling hours are on June 27, the results by 2 a.m. on June 28.
    # "Five years ago" is 2005, the year Haas took office.
    "valdora-presidential-campaign-opens": (
        "2010-06-07",
        [
            ("June 7, 2010", "DATE", "2010-06-07"),
            ("Monday", "DATE", "2010-06-07"),
            ("2005", "DATE", "2005"),
            ("the weekend", "DATE", "2010-W22-WE"),
            ("May 31", "DATE", "2010-05-31"),
            ("June 4", "DATE", "2010-06-04"),
            ("a month ago", "DATE", "2010-05"),
            ("weekly", "SET", "P1W"),
            ("Sunday, June 27", "DATE", "2010-06-27"),
            ("two weeks later", "DATE", "2010-W27"),
            ("July 11", "DATE", "2010-07-11"),
            ("2005", "DATE", "2005"),
            ("Monday morning", "TIME", "2010-06-07TMO"),
            ("7 p.m.", "TIME", "2010-06-08T19:00"),
            ("1700 GMT", "TIME", "2010-06-08T17:00"),
            ("Tuesday", "DATE", "2010-06-08"),
            ("Five years ago", "DATE", "2005"),
            ("Now", "DATE", "PRESENT_REF"),
            ("June 27", "DATE", "2010-06-27"),
            ("February 2009", "DATE", "2009-02"),
            ("six months", "DURATION", "P6M"),
            ("last month", "DATE", "2010-05"),
            ("2020", "DATE", "2020"),
            ("24-hour", "DURATION", "PT24H"),
            ("Thursday", "DATE", "2010-06-03"),
            ("Thursday, June 10", "DATE", "2010-06-10"),
            ("the evening of June 24", "TIME", "2010-06-24TEV"),
            ("ten minutes", "DURATION", "PT10M"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("midnight", "TIME", "2010-06-25T24:00"),
            ("Friday, June 25", "DATE", "2010-06-25"),
            ("7 a.m.", "TIME", "2010-06-27T07:00"),
            ("June 27", "DATE", "2010-06-27"),
            ("8 p.m.", "TIME", "2010-06-27T20:00"),
            ("2 a.m.", "TIME", "2010-06-28T02:00"),
            ("June 28", "DATE", "2010-06-28"),
            ("2005", "DATE", "2005"),
            ("2000", "DATE", "2000"),
            ("every five years", "SET", "P5Y"),
        ],
    ),
    # Wednesday 1996-04-17 (ISO week 16), wire-service court story with a dateline without
    # date ("PORT ELDRIN, Castavia (AP) _"): the defendant testified today; the trial opened
    # Monday 1996-04-15 (the relatives' vigil "since Monday" too), the inspectors testified
    # Tuesday 1996-04-16, the owner "had been arrested on Sunday", 1996-04-14; the verdict is
    # due next month (May 1996), the court sits until Friday 1996-05-10. The ferry sank shortly
    # after 11 p.m. on Dec. 3, 1992 ("four years ago" at year granularity, 1992); the director
    # was dismissed in January 1993 and arrested "the following year", 1994. "the summer of
    # 1992" and the inspections "every week" within it are a DATE and a SET.
    "santa-lida-ferry-trial": (
        "1996-04-17",
        [
            ("1992", "DATE", "1992"),
            ("Wednesday", "DATE", "1996-04-17"),
            ("four years ago", "DATE", "1992"),
            ("1989", "DATE", "1989"),
            ("1992", "DATE", "1992"),
            ("up to 20 years", "DURATION", "P20Y"),
            ("Monday", "DATE", "1996-04-15"),
            ("about three weeks", "DURATION", "P3W"),
            ("next month", "DATE", "1996-05"),
            ("11 p.m.", "TIME", "1992-12-03T23:00"),
            ("Dec. 3, 1992", "DATE", "1992-12-03"),
            ("about two hours", "DURATION", "PT2H"),
            ("Tuesday", "DATE", "1996-04-16"),
            ("every week", "SET", "P1W"),
            ("the summer of 1992", "DATE", "1992-SU"),
            ("every month", "SET", "P1M"),
            ("11 years", "DURATION", "P11Y"),
            ("January 1993", "DATE", "1993-01"),
            ("the following year", "DATE", "1994"),
            ("eight months", "DURATION", "P8M"),
            ("1995", "DATE", "1995"),
            ("10-year", "DURATION", "P10Y"),
            ("1993", "DATE", "1993"),
            ("Sunday", "DATE", "1996-04-14"),
            ("30 days", "DURATION", "P30D"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("Monday", "DATE", "1996-04-15"),
            ("more than three years", "DURATION", "P3Y"),
            ("every day", "SET", "P1D"),
            ("next week", "DATE", "1996-W17"),
            ("May 10", "DATE", "1996-05-10"),
            ("1994", "DATE", "1994"),
            ("next year", "DATE", "1997"),
            ("1994", "DATE", "1994"),
            ("twice a month", "SET", "P1M"),
            ("now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Friday 2014-09-26 (ISO week 39), wire-service health story with a dateline without date
    # ("HALLSBERG, Norland (AP) _"): the study was published Wednesday 2014-09-24 and presented
    # on Thursday 2014-09-25; the ministry spoke on Friday, the publication day. The cohort was
    # followed "over five years", from 2006 to 2011; the trial starts in January 2015; "two
    # years ago" is 2012. The walking club's 9 a.m. start recurs on no particular day.
    "norland-walking-dementia-study": (
        "2014-09-26",
        [
            ("Daily", "SET", "P1D"),
            ("at least 30 minutes", "DURATION", "PT30M"),
            ("every day", "SET", "P1D"),
            ("five years", "DURATION", "P5Y"),
            ("Wednesday", "DATE", "2014-09-24"),
            ("2006", "DATE", "2006"),
            ("2011", "DATE", "2011"),
            ("every year", "SET", "P1Y"),
            ("daily", "SET", "P1D"),
            ("less than once a week", "SET", "P1W"),
            ("Thursday", "DATE", "2014-09-25"),
            ("the 1990s", "DATE", "199"),
            ("2030", "DATE", "2030"),
            ("the past decade", "DURATION", "P10Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("two-year", "DURATION", "P2Y"),
            ("January", "DATE", "2015-01"),
            ("twice a week", "SET", "P1W"),
            ("Friday", "DATE", "2014-09-26"),
            ("2009", "DATE", "2009"),
            ("every five years", "SET", "P5Y"),
            ("Currently", "DATE", "PRESENT_REF"),
            ("recent years", "DATE", "PAST_REF"),
            ("2010", "DATE", "2010"),
            ("now", "DATE", "PRESENT_REF"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("two years ago", "DATE", "2012"),
            ("Now", "DATE", "PRESENT_REF"),
            ("every week", "SET", "P1W"),
            ("2017", "DATE", "2017"),
        ],
    ),
}


if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv[1:])
