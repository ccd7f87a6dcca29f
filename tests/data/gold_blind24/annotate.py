"""Annotations of the twenty-fourth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind24/annotate.py [--show]

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
    # Monday 2022-02-14 (ISO week 7), British-style cricket report written after the fourth
    # day of a Test that began on Thursday 2022-02-10: day two Friday 2022-02-11, the third
    # morning Saturday 2022-02-12, the fourth day yesterday, Sunday 2022-02-13, and the final
    # day today. "the final day" is an ordinal period of the match, DURATION P1D, like "the
    # final week" (gold_blind8); "the third morning" has no duration value and names the
    # Saturday morning. The batsman "Marcus Winter" / "Winter, 31" is not annotated.
    "solvia-kelvary-second-test-fourth-day": (
        "2022-02-14",
        [
            ("final day", "DURATION", "P1D"),
            ("Monday 14 February 2022", "DATE", "2022-02-14"),
            ("the third morning", "TIME", "2022-02-12TMO"),
            ("the last half-hour", "DURATION", "PT30M"),
            ("yesterday", "DATE", "2022-02-13"),
            ("more than 11 hours", "DURATION", "PT11H"),
            ("the final day", "DURATION", "P1D"),
            ("today", "DATE", "2022-02-14"),
            ("Thursday", "DATE", "2022-02-10"),
            ("Friday", "DATE", "2022-02-11"),
            ("Friday", "DATE", "2022-02-11"),
            ("Saturday", "DATE", "2022-02-12"),
            ("an hour", "DURATION", "PT1H"),
            ("more than three years", "DURATION", "P3Y"),
            ("January 2019", "DATE", "2019-01"),
            ("Saturday afternoon", "TIME", "2022-02-12TAF"),
            ("yesterday", "DATE", "2022-02-13"),
            ("5.30pm", "TIME", "2022-02-13T17:30"),
            ("2019", "DATE", "2019"),
            ("last night", "TIME", "2022-02-13TNI"),
            ("Saturday night", "TIME", "2022-02-12TNI"),
            ("Sunday", "DATE", "2022-02-13"),
            ("now", "DATE", "PRESENT_REF"),
            ("March 2006", "DATE", "2006-03"),
            ("the past ten years", "DURATION", "P10Y"),
            ("the first two hours", "DURATION", "PT2H"),
            ("the afternoon", "TIME", "2022-02-14TAF"),
            ("half an hour", "DURATION", "PT30M"),
            ("10am", "TIME", "2022-02-14T10:00"),
            ("12.10pm", "TIME", "2022-02-14T12:10"),
            ("6.30pm", "TIME", "2022-02-14T18:30"),
            ("Sunday", "DATE", "2022-02-13"),
            ("today", "DATE", "2022-02-14"),
            ("9am", "TIME", "2022-02-14T09:00"),
            ("February 24", "DATE", "2022-02-24"),
            ("March", "DATE", "2022-03"),
        ],
    ),
    # Saturday 2017-08-12 (ISO week 32), US wire tennis report: the quarterfinal was played on
    # Friday night 2017-08-11 (on court at 9:10 p.m., over at 11:48 p.m.; the winner left
    # after 1 a.m. on Saturday); rain fell on Wednesday 2017-08-09; the semifinals are today
    # (noon and "not before 2 p.m."), the final on Sunday 2017-08-13 at 3 p.m. after the
    # doubles final at 12:30 p.m. "last year's champion" and "a year ago" are 2016, "last
    # August" 2016-08. The player "Elias May" / "May, 30" (headline too) is not annotated.
    "cedar-harbor-open-haldane-beats-champion": (
        "2017-08-12",
        [
            ("Saturday", "DATE", "2017-08-12"),
            ("2016", "DATE", "2016"),
            ("Friday night", "TIME", "2017-08-11TNI"),
            ("11:48 p.m.", "TIME", "2017-08-11T23:48"),
            ("last year", "DATE", "2016"),
            ("Wednesday", "DATE", "2017-08-09"),
            ("a day", "DURATION", "P1D"),
            ("9:10 p.m.", "TIME", "2017-08-11T21:10"),
            ("more than two and a half hours", "DURATION", "PT150M"),
            ("a year ago", "DATE", "2016"),
            ("now", "DATE", "PRESENT_REF"),
            ("1 a.m.", "TIME", "2017-08-12T01:00"),
            ("the morning", "TIME", "2017-08-12TMO"),
            ("the afternoon", "TIME", "2017-08-12TAF"),
            ("2 p.m.", "TIME", "2017-08-12T14:00"),
            ("today", "DATE", "2017-08-12"),
            ("64 minutes", "DURATION", "PT64M"),
            ("Friday afternoon", "TIME", "2017-08-11TAF"),
            ("this week", "DATE", "2017-W32"),
            ("2012", "DATE", "2012"),
            ("the past five years", "DURATION", "P5Y"),
            ("noon", "TIME", "2017-08-12T12:00"),
            ("June", "DATE", "2017-06"),
            ("Sunday", "DATE", "2017-08-13"),
            ("3 p.m.", "TIME", "2017-08-13T15:00"),
            ("an hour", "DURATION", "PT1H"),
            ("12:30 p.m.", "TIME", "2017-08-13T12:30"),
            ("Sunday", "DATE", "2017-08-13"),
            ("10 a.m.", "TIME", "2017-08-13T10:00"),
            ("last August", "DATE", "2016-08"),
            ("2014", "DATE", "2014"),
            ("two weeks", "DURATION", "P2W"),
            ("Aug. 28", "DATE", "2017-08-28"),
            ("a few days", "DURATION", "PXD"),
            ("1979", "DATE", "1979"),
            ("1998", "DATE", "1998"),
            ("this week", "DATE", "2017-W32"),
        ],
    ),
    # Wednesday 2005-07-20 (ISO week 29), British cycling stage report: the race began with a
    # prologue on Saturday 2005-07-16; the leader took the jersey on Sunday 2005-07-17; the
    # third stage was yesterday, Tuesday 2005-07-19; today is a rest day, tomorrow a flat
    # stage, the mountain stage on Friday 2005-07-22, the time trial on Saturday 2005-07-23 and
    # the final stage on Sunday 2005-07-24. "next weekend" is the weekend after the race ends,
    # 30-31 July (2005-W30-WE, as the text says); "three weeks later" is counted from it,
    # 2005-W33, which holds "21 August". The rider "Aled Sunday" / "Sunday" (headline, "Sunday
    # last off", "Sunday said", "Sunday's team") is not annotated.
    "tour-of-valmora-third-stage-sunday-leads": (
        "2005-07-20",
        [
            ("Wednesday 20 July 2005", "DATE", "2005-07-20"),
            ("yesterday", "DATE", "2005-07-19"),
            ("almost five hours", "DURATION", "PT5H"),
            ("5pm", "TIME", "2005-07-19T17:00"),
            ("Sunday", "DATE", "2005-07-17"),
            ("now", "DATE", "PRESENT_REF"),
            ("more than a minute", "DURATION", "PT1M"),
            ("three days", "DURATION", "P3D"),
            ("4 hours 56 minutes", "DURATION", "PT296M"),
            ("1998", "DATE", "1998"),
            ("the afternoon", "TIME", "2005-07-19TAF"),
            ("1987", "DATE", "1987"),
            ("each summer", "SET", "XXXX-SU"),
            ("1993", "DATE", "1993"),
            ("nine days", "DURATION", "P9D"),
            ("today", "DATE", "2005-07-20"),
            ("tomorrow", "DATE", "2005-07-21"),
            ("Friday", "DATE", "2005-07-22"),
            ("11am", "TIME", "2005-07-22T11:00"),
            ("the last two hours", "DURATION", "PT2H"),
            ("Saturday", "DATE", "2005-07-23"),
            ("1.15pm", "TIME", "2005-07-23T13:15"),
            ("every two minutes", "SET", "PT2M"),
            ("about 4.30pm", "TIME", "2005-07-23T16:30"),
            ("July 24", "DATE", "2005-07-24"),
            ("Sunday evening", "TIME", "2005-07-24TEV"),
            ("Last year", "DATE", "2004"),
            ("the last hour", "DURATION", "PT1H"),
            ("last night", "TIME", "2005-07-19TNI"),
            ("twelve months", "DURATION", "P12M"),
            ("Friday", "DATE", "2005-07-22"),
            ("2003", "DATE", "2003"),
            ("Friday evening", "TIME", "2005-07-22TEV"),
            ("next weekend", "DATE", "2005-W30-WE"),
            ("July 30", "DATE", "2005-07-30"),
            ("31", "DATE", "2005-07-31"),
            ("three weeks later", "DATE", "2005-W33"),
            ("21 August", "DATE", "2005-08-21"),
            ("September", "DATE", "2005-09"),
        ],
    ),
    # Friday 2014-04-11 (ISO week 15), US marathon preview: the race is on Sunday 2014-04-13
    # (starts at 7:30, 7:50 and 8:20 a.m., roads closed from 5 a.m.), packet pickup ends on
    # Saturday 2014-04-12; the favourite arrived on Tuesday 2014-04-08 and spoke on Thursday
    # 2014-04-10. "Last year" is 2013, "last October" 2013-10. Race times written out in hours
    # and minutes are one DURATION each, converted to minutes ("2 hours 5 minutes" PT125M).
    # The bib "No. 2014" is no year.
    "port-ellery-marathon-kiprono-record-bid": (
        "2014-04-11",
        [
            ("Sunday", "DATE", "2014-04-13"),
            ("a minute", "DURATION", "PT1M"),
            ("2011", "DATE", "2011"),
            ("2 hours 5 minutes", "DURATION", "PT125M"),
            ("Last year", "DATE", "2013"),
            ("a minute", "DURATION", "PT1M"),
            ("Sunday", "DATE", "2014-04-13"),
            ("2 hours 4 minutes", "DURATION", "PT124M"),
            ("last October", "DATE", "2013-10"),
            ("2011", "DATE", "2011"),
            ("Last year", "DATE", "2013"),
            ("almost an hour", "DURATION", "PT1H"),
            ("Thursday", "DATE", "2014-04-10"),
            ("Sunday", "DATE", "2014-04-13"),
            ("Tuesday", "DATE", "2014-04-08"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("this week", "DATE", "2014-W15"),
            ("2 hours 7 minutes", "DURATION", "PT127M"),
            ("1999", "DATE", "1999"),
            ("12 years", "DURATION", "P12Y"),
            ("2 hours 22 minutes", "DURATION", "PT142M"),
            ("April 2009", "DATE", "2009-04"),
            ("every spring", "SET", "XXXX-SP"),
            ("1976", "DATE", "1976"),
            ("7:30 a.m.", "TIME", "2014-04-13T07:30"),
            ("Sunday", "DATE", "2014-04-13"),
            ("7:50 a.m.", "TIME", "2014-04-13T07:50"),
            ("8:20 a.m.", "TIME", "2014-04-13T08:20"),
            ("5 a.m.", "TIME", "2014-04-13T05:00"),
            ("Sunday", "DATE", "2014-04-13"),
            ("3 p.m.", "TIME", "2014-04-13T15:00"),
            ("six hours", "DURATION", "PT6H"),
            ("2:20 p.m.", "TIME", "2014-04-13T14:20"),
            ("5 p.m.", "TIME", "2014-04-12T17:00"),
            ("Saturday", "DATE", "2014-04-12"),
            ("early afternoon", "TIME", "2014-04-13TAF"),
            ("the past two years", "DURATION", "P2Y"),
            ("2 hours 6 minutes", "DURATION", "PT126M"),
            ("a decade", "DURATION", "P10Y"),
        ],
    ),
    # Thursday 2002-05-02 (ISO week 18), British racing story: race day is Saturday 2002-05-04
    # (gates 11.30am, first race 1.30pm, "the 3.15", "the 4.25", last race 5.10pm); "Saturday
    # week" is the Saturday after it, 2002-05-11 (the "May 11" of the body); the trainer spoke
    # yesterday, Wednesday 2002-05-01; the filly worked on Tuesday 2002-04-30; rain fell on
    # Monday 2002-04-29; the entry closes at noon on the coming Monday, 2002-05-06. "last
    # autumn" is 2001-FA. The jockey "Kieran May" / "May, 23" and the horse "Tuesday's Child"
    # are not annotated.
    "quiet-harbour-brennock-stakes-aldbury": (
        "2002-05-02",
        [
            ("3.15", "TIME", "2002-05-04T15:15"),
            ("Saturday week", "DATE", "2002-05-11"),
            ("Thursday 2 May 2002", "DATE", "2002-05-02"),
            ("Saturday", "DATE", "2002-05-04"),
            ("yesterday", "DATE", "2002-05-01"),
            ("Saturday week", "DATE", "2002-05-11"),
            ("March", "DATE", "2002-03"),
            ("yesterday morning", "TIME", "2002-05-01TMO"),
            ("Tuesday", "DATE", "2002-04-30"),
            ("that night", "TIME", "2002-04-30TNI"),
            ("Now", "DATE", "PRESENT_REF"),
            ("3.15", "TIME", "2002-05-04T15:15"),
            ("1.30pm", "TIME", "2002-05-04T13:30"),
            ("5.10pm", "TIME", "2002-05-04T17:10"),
            ("11.30am", "TIME", "2002-05-04T11:30"),
            ("every 20 minutes", "SET", "PT20M"),
            ("11am", "TIME", "2002-05-04T11:00"),
            ("last autumn", "DATE", "2001-FA"),
            ("September", "DATE", "2001-09"),
            ("October", "DATE", "2001-10"),
            ("almost seven months", "DURATION", "P7M"),
            ("eight days", "DURATION", "P8D"),
            ("last month", "DATE", "2002-04"),
            ("Friday", "DATE", "2002-05-03"),
            ("Monday", "DATE", "2002-04-29"),
            ("the weekend", "DATE", "2002-W18-WE"),
            ("7.30am", "TIME", "2002-05-04T07:30"),
            ("Saturday", "DATE", "2002-05-04"),
            ("Friday night", "TIME", "2002-05-03TNI"),
            ("1994", "DATE", "1994"),
            ("1997", "DATE", "1997"),
            ("five years", "DURATION", "P5Y"),
            ("Saturday", "DATE", "2002-05-04"),
            ("4.25", "TIME", "2002-05-04T16:25"),
            ("2.40pm", "TIME", "2002-05-11T14:40"),
            ("May 11", "DATE", "2002-05-11"),
            ("noon", "TIME", "2002-05-06T12:00"),
            ("Monday", "DATE", "2002-05-06"),
            ("Saturday", "DATE", "2002-05-04"),
            ("the summer", "DATE", "2002-SU"),
        ],
    ),
    # Tuesday 2024-06-25 (ISO week 26), British football club-news story: the signing was
    # completed yesterday, Monday 2024-06-24; the captain's deal and the striker's contract
    # end on Sunday 2024-06-30; "the January window" is January 2024; "last summer" is
    # 2023-SU; "last Thursday" is the most recent Thursday, 2024-06-20 (gold_blind18); season
    # tickets go on sale on Friday 2024-06-28; the window closes on Friday 2024-08-30. The
    # captain "Carl August" / "August, 31" is not annotated, "August 2019" and the other dates
    # in August are.
    "kingsmere-city-sign-bankole-august-new-deal": (
        "2024-06-25",
        [
            ("three-year", "DURATION", "P3Y"),
            ("Tuesday 25 June 2024", "DATE", "2024-06-25"),
            ("yesterday", "DATE", "2024-06-24"),
            ("three-year", "DURATION", "P3Y"),
            ("June 2027", "DATE", "2027-06"),
            ("the coming days", "DURATION", "PXD"),
            ("January", "DATE", "2024-01"),
            ("March", "DATE", "2024-03"),
            ("a year", "DURATION", "P1Y"),
            ("a further year", "DURATION", "P1Y"),
            ("the summer of 2028", "DATE", "2028-SU"),
            ("April", "DATE", "2024-04"),
            ("May 12", "DATE", "2024-05-12"),
            ("August 2019", "DATE", "2019-08"),
            ("last summer", "DATE", "2023-SU"),
            ("Sunday", "DATE", "2024-06-30"),
            ("six weeks", "DURATION", "P6W"),
            ("the end of the week", "DATE", "2024-W26"),
            ("June 30", "DATE", "2024-06-30"),
            ("July 1", "DATE", "2024-07-01"),
            ("Monday, July 1", "DATE", "2024-07-01"),
            ("July 8", "DATE", "2024-07-08"),
            ("ten days", "DURATION", "P10D"),
            ("Saturday, July 13", "DATE", "2024-07-13"),
            ("3pm", "TIME", "2024-07-13T15:00"),
            ("last Thursday", "DATE", "2024-06-20"),
            ("Saturday, August 10", "DATE", "2024-08-10"),
            ("9am", "TIME", "2024-06-28T09:00"),
            ("Friday", "DATE", "2024-06-28"),
            ("May 31", "DATE", "2024-05-31"),
            ("11pm", "TIME", "2024-08-30T23:00"),
            ("August 30", "DATE", "2024-08-30"),
            ("last summer", "DATE", "2023-SU"),
        ],
    ),
}


if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv[1:])
