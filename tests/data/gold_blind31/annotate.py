"""Annotations of the thirty-first blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind31/annotate.py [--show]

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
    # Wednesday 1997-10-15 (ISO week 42), state news agency wire on a state visit: the visitor
    # arrived on Tuesday 1997-10-14 (evening wreath-laying the same day), talks and signing on
    # Wednesday, the publication day, and he leaves for Darband on Thursday 1997-10-16 (the
    # third day of the "three-day" visit). "the 21st century" (headline without article and
    # body) is the century 2000-2099, value `20` like "the 17th century" -> `16` (gold_blind4).
    # "last year" is 1996 and "the previous year" the year before it, 1995; "April next year"
    # is one span, like "1 April next year"; "March" of the commission's first session is the
    # coming one, 1998-03. "the 1972 joint communique" is an adjectival year. "the 25th
    # anniversary", "Its first session" and "Vision 2020" are not annotated.
    "qaradan-ostrelia-state-visit-agreements": (
        "1997-10-15",
        [
            ("21st century", "DATE", "20"),
            ("Oct. 15", "DATE", "1997-10-15"),
            ("Wednesday", "DATE", "1997-10-15"),
            ("the 21st century", "DATE", "20"),
            ("Tuesday", "DATE", "1997-10-14"),
            ("three-day", "DURATION", "P3D"),
            ("1972", "DATE", "1972"),
            ("Tuesday evening", "TIME", "1997-10-14TEV"),
            ("more than three hours", "DURATION", "PT3H"),
            ("Wednesday morning", "TIME", "1997-10-15TMO"),
            ("five-year", "DURATION", "P5Y"),
            ("1998", "DATE", "1998"),
            ("2002", "DATE", "2002"),
            ("the past 25 years", "DURATION", "P25Y"),
            ("this year", "DATE", "1997"),
            ("1972", "DATE", "1972"),
            ("last year", "DATE", "1996"),
            ("the previous year", "DATE", "1995"),
            ("the first half of this year", "DATE", "1997-H1"),
            ("earlier this month", "DATE", "1997-10"),
            ("2000", "DATE", "2000"),
            ("weekly", "SET", "P1W"),
            ("April next year", "DATE", "1998-04"),
            ("15 years", "DURATION", "P15Y"),
            ("every five years", "SET", "P5Y"),
            ("30 days", "DURATION", "P30D"),
            ("the end of this year", "DATE", "1997"),
            ("once a year", "SET", "P1Y"),
            ("March", "DATE", "1998-03"),
            ("1995", "DATE", "1995"),
            ("the 1980s", "DATE", "198"),
            ("the coming years", "DURATION", "PXY"),
            ("next year", "DATE", "1998"),
            ("1994", "DATE", "1994"),
            ("Thursday", "DATE", "1997-10-16"),
        ],
    ),
    # Thursday 2010-10-21 (ISO week 42), provincial statistics release on a state agency wire:
    # the quarters of a provincial economy are calendar quarters ("the third quarter" 2010-Q3,
    # "the second quarter" 2010-Q2, "the fourth quarter" 2010-Q4); "year on year" after the
    # third-quarter figure is the quarter compared with, 2009-Q3 (gold_blind18, gold_blind22);
    # "the first three quarters" (headline without article and three times in the body) is
    # DURATION `P3Q`, the cumulative nine months of 2010 (no DATE value names Q1-Q3); "the same
    # period last year" after "September" is 2009-09. "the 11th Five-Year Plan period
    # (2006-2010)" and "the 12th Five-Year Plan (2011-2015)": the plan names are not annotated,
    # the years in brackets are two DATEs each. "the 2010 target" and "2005 levels" are
    # adjectival years; "the previous year" after "in 2009" is 2008; "January" (wage rise) and
    # "late January" (2010 figures) are January 2011. "No. 1 Document" is not annotated.
    "qianmu-economy-first-three-quarters": (
        "2010-10-21",
        [
            ("first three quarters", "DURATION", "P3Q"),
            ("Oct. 21", "DATE", "2010-10-21"),
            ("the first three quarters", "DURATION", "P3Q"),
            ("Thursday", "DATE", "2010-10-21"),
            ("the third quarter", "DATE", "2010-Q3"),
            ("year on year", "DATE", "2009-Q3"),
            ("the second quarter", "DATE", "2010-Q2"),
            ("the fourth quarter", "DATE", "2010-Q4"),
            ("this year", "DATE", "2010"),
            ("last year", "DATE", "2009"),
            ("September", "DATE", "2010-09"),
            ("the same period last year", "DATE", "2009-09"),
            ("July 2008", "DATE", "2008-07"),
            ("the first three quarters", "DURATION", "P3Q"),
            ("this year", "DATE", "2010"),
            ("this year", "DATE", "2010"),
            ("last year", "DATE", "2009"),
            ("March", "DATE", "2010-03"),
            ("2006", "DATE", "2006"),
            ("2010", "DATE", "2010"),
            ("the end of 2010", "DATE", "2010"),
            ("2005", "DATE", "2005"),
            ("2010", "DATE", "2010"),
            ("2005", "DATE", "2005"),
            ("the first three quarters", "DURATION", "P3Q"),
            ("the past five years", "DURATION", "P5Y"),
            ("2009", "DATE", "2009"),
            ("the previous year", "DATE", "2008"),
            ("earlier this month", "DATE", "2010-10"),
            ("January", "DATE", "2011-01"),
            ("two years", "DURATION", "P2Y"),
            ("2011", "DATE", "2011"),
            ("2015", "DATE", "2015"),
            ("10 years", "DURATION", "P10Y"),
            ("early next year", "DATE", "2011"),
            ("the coming years", "DURATION", "PXY"),
            ("2010", "DATE", "2010"),
            ("late January", "DATE", "2011-01"),
        ],
    ),
    # Monday 2004-07-12 (ISO week 29), international agency wire on a flood disaster abroad,
    # country on UTC+5: the toll is given as of 6 p.m. local time (1300 GMT, two TIMEX3) on
    # Monday; "early Monday morning" is one TIME span, the landslide at about 2:30 a.m. on
    # Monday; villages cut off since Sunday night 2004-07-11; rain since Friday 2004-07-09;
    # helicopters and cabinet on Tuesday 2004-07-13, mourning on Wednesday 2004-07-14. "the
    # past 24 hours" and "the next 48 hours" are DURATIONs; "mid-June" and "September" are
    # this year's (the rains "are expected to last until September"). "A 24-hour control room"
    # (round the clock) and "The monsoon rains" are not annotated.
    "marhal-floods-landslides-toll": (
        "2004-07-12",
        [
            ("July 12", "DATE", "2004-07-12"),
            ("Monday", "DATE", "2004-07-12"),
            ("6 p.m. local time", "TIME", "2004-07-12T18:00"),
            ("1300 GMT", "TIME", "2004-07-12T13:00"),
            ("early Monday morning", "TIME", "2004-07-12TMO"),
            ("Sunday night", "TIME", "2004-07-11TNI"),
            ("7 a.m.", "TIME", "2004-07-12T07:00"),
            ("about 2:30 a.m.", "TIME", "2004-07-12T02:30"),
            ("Monday", "DATE", "2004-07-12"),
            ("about a week", "DURATION", "P1W"),
            ("about 10 hours", "DURATION", "PT10H"),
            ("the past 24 hours", "DURATION", "PT24H"),
            ("1965", "DATE", "1965"),
            ("Friday", "DATE", "2004-07-09"),
            ("the next 48 hours", "DURATION", "PT48H"),
            ("12 hours", "DURATION", "PT12H"),
            ("Sunday", "DATE", "2004-07-11"),
            ("at least three days", "DURATION", "P3D"),
            ("the past week", "DURATION", "P1W"),
            ("at least a month", "DURATION", "P1M"),
            ("every six hours", "SET", "PT6H"),
            ("Monday afternoon", "TIME", "2004-07-12TAF"),
            ("Tuesday morning", "TIME", "2004-07-13TMO"),
            ("9 a.m.", "TIME", "2004-07-13T09:00"),
            ("Tuesday", "DATE", "2004-07-13"),
            ("Wednesday", "DATE", "2004-07-14"),
            ("mid-June", "DATE", "2004-06"),
            ("September", "DATE", "2004-09"),
            ("this year", "DATE", "2004"),
            ("Last year", "DATE", "2003"),
            ("the past decade", "DURATION", "P10Y"),
            ("August 1993", "DATE", "1993-08"),
        ],
    ),
    # Saturday 2007-03-03 (ISO week 9), state agency wire on a legislature's opening: the
    # session opened on Saturday morning and lasts until Friday 2007-03-16; the agenda days are
    # the coming Sunday 2007-03-04, Monday 2007-03-05, Tuesday afternoon 2007-03-06 and Friday
    # 2007-03-09 (the nearest coming Friday, not the closing day, which the text names as
    # "March 16"); the elections "in October" are 2007-10. "the 2006-2010 development plan"
    # gives two DATEs, as a range of years; "the 2006 budget" is an adjectival year.
    # "five-year" (headline and "a five-year term") is DURATION P5Y; "The fifth session of the
    # Fourth People's Congress", "the last before general elections", "the first congress" and
    # "Government Decree No. 2007/03" are not annotated.
    "dalmira-congress-fifth-session-opens": (
        "2007-03-03",
        [
            ("five-year", "DURATION", "P5Y"),
            ("March 3", "DATE", "2007-03-03"),
            ("Saturday morning", "TIME", "2007-03-03TMO"),
            ("the past five years", "DURATION", "P5Y"),
            ("this year", "DATE", "2007"),
            ("March 16", "DATE", "2007-03-16"),
            ("three days", "DURATION", "P3D"),
            ("last year", "DATE", "2006"),
            ("October", "DATE", "2007-10"),
            ("March 2002", "DATE", "2002-03"),
            ("five-year", "DURATION", "P5Y"),
            ("the past five years", "DURATION", "P5Y"),
            ("2002", "DATE", "2002"),
            ("this year", "DATE", "2007"),
            ("2006", "DATE", "2006"),
            ("the end of 2008", "DATE", "2008"),
            ("2003", "DATE", "2003"),
            ("2006", "DATE", "2006"),
            ("2010", "DATE", "2010"),
            ("recent years", "DATE", "PAST_REF"),
            ("the next five years", "DURATION", "P5Y"),
            ("Sunday", "DATE", "2007-03-04"),
            ("Monday", "DATE", "2007-03-05"),
            ("2006", "DATE", "2006"),
            ("2007", "DATE", "2007"),
            ("the past three years", "DURATION", "P3Y"),
            ("Tuesday afternoon", "TIME", "2007-03-06TAF"),
            ("Friday", "DATE", "2007-03-09"),
            ("3 p.m.", "TIME", "2007-03-16T15:00"),
            ("March 16", "DATE", "2007-03-16"),
            ("1989", "DATE", "1989"),
            ("6 a.m.", "TIME", "2007-03-03T06:00"),
            ("noon", "TIME", "2007-03-03T12:00"),
        ],
    ),
    # Sunday 2011-09-18 (ISO week 37), state agency wire on a satellite launch from a Chinese
    # launch centre, so local time is Beijing time: lift-off at 10:23 a.m. Beijing time (0223
    # GMT, two TIMEX3) on Sunday, first signals at 11:06 a.m. the same day; fuelling ended on
    # Saturday night 2011-09-17. "about 22 minutes after liftoff" is the duration alone;
    # "December" (entry into service) is 2011-12, "from January" 2012-01, "the first half of
    # next year" 2012-H1, "March" (design work began) 2011-03. "every 100 minutes" (an orbit)
    # and "every two days" (coverage) are SETs. Satellite and rocket names with numbers
    # ("Lanhai-3", "Tianjian-2C"), "the 147th flight", "the 12th launch" and "its first flight"
    # are not annotated.
    "lanhai-3-ocean-satellite-launch": (
        "2011-09-18",
        [
            ("Sept. 18", "DATE", "2011-09-18"),
            ("Sunday", "DATE", "2011-09-18"),
            ("10:23 a.m. Beijing time", "TIME", "2011-09-18T10:23"),
            ("0223 GMT", "TIME", "2011-09-18T02:23"),
            ("about 22 minutes", "DURATION", "PT22M"),
            ("11:06 a.m.", "TIME", "2011-09-18T11:06"),
            ("an hour", "DURATION", "PT1H"),
            ("two days", "DURATION", "P2D"),
            ("Saturday night", "TIME", "2011-09-17TNI"),
            ("five years", "DURATION", "P5Y"),
            ("about three months", "DURATION", "P3M"),
            ("December", "DATE", "2011-12"),
            ("every 100 minutes", "SET", "PT100M"),
            ("every two days", "SET", "P2D"),
            ("January", "DATE", "2012-01"),
            ("April 2008", "DATE", "2008-04"),
            ("November 2009", "DATE", "2009-11"),
            ("three years", "DURATION", "P3Y"),
            ("2006", "DATE", "2006"),
            ("2015", "DATE", "2015"),
            ("2010", "DATE", "2010"),
            ("the first half of next year", "DATE", "2012-H1"),
            ("2013", "DATE", "2013"),
            ("2014", "DATE", "2014"),
            ("Sunday", "DATE", "2011-09-18"),
            ("1982", "DATE", "1982"),
            ("this year", "DATE", "2011"),
            ("the past decade", "DURATION", "P10Y"),
            ("the late 1990s", "DATE", "199"),
            ("2020", "DATE", "2020"),
            ("March", "DATE", "2011-03"),
        ],
    ),
    # Friday 2001-05-18 (ISO week 20), European agency's English service on a festival: it
    # opened on Monday 2001-05-14 and "runs through Sunday" 2001-05-20 (week-long, Monday to
    # Sunday); the gala tickets sold out on Tuesday 2001-05-15; the competition's winners are
    # announced on Saturday 2001-05-19; "Friday evening's programme" is the publication day's
    # evening. The concert, workshop and children's programme hours recur on no particular day
    # ("7:30 p.m. every evening", "each morning at 10 a.m.", "every afternoon"). "April" of the
    # new stage is 2002-04, the stage being for "Next year". "the 12th edition" and "the Twelve
    # Months ensemble" are not annotated.
    "veligrad-folklore-festival-12th-edition": (
        "2001-05-18",
        [
            ("May 18", "DATE", "2001-05-18"),
            ("Monday", "DATE", "2001-05-14"),
            ("Friday", "DATE", "2001-05-18"),
            ("week-long", "DURATION", "P1W"),
            ("Sunday", "DATE", "2001-05-20"),
            ("every year", "SET", "P1Y"),
            ("1990", "DATE", "1990"),
            ("15th-century", "DATE", "14"),
            ("7:30 p.m.", "TIME", "XXXX-XX-XXT19:30"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("about three hours", "DURATION", "PT3H"),
            ("last year", "DATE", "2000"),
            ("this year", "DATE", "2001"),
            ("Tuesday", "DATE", "2001-05-15"),
            ("two days", "DURATION", "P2D"),
            ("Friday evening", "TIME", "2001-05-18TEV"),
            ("every two years", "SET", "P2Y"),
            ("1995", "DATE", "1995"),
            ("Saturday", "DATE", "2001-05-19"),
            ("8 p.m.", "TIME", "2001-05-20T20:00"),
            ("Sunday", "DATE", "2001-05-20"),
            ("the 19th century", "DATE", "18"),
            ("the 1960s", "DATE", "196"),
            ("the past 11 years", "DURATION", "P11Y"),
            ("two-hour", "DURATION", "PT2H"),
            ("each morning", "SET", "XXXX-XX-XXTMO"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("1997", "DATE", "1997"),
            ("every afternoon", "SET", "XXXX-XX-XXTAF"),
            ("Next year", "DATE", "2002"),
            ("April", "DATE", "2002-04"),
        ],
    ),
}


if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv[1:])
