"""Annotations of the twenty-sixth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind26/annotate.py [--show]

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
    # Sunday 2011-10-16 (ISO week 41), US profile of a retiring cooper: he spoke on Tuesday
    # 2011-10-11, the last order ships on Friday 2011-10-21, the shop closes at the end of
    # October. "the winter of 1961" is the winter of January 1961 (a winter takes the year of
    # its January, gold_blind10); "A decade later" counts from "the spring of 1963" and is
    # confirmed by "in 1973"; "the winter" he will spend in Arizona is the coming one,
    # December 2011-February 2012, 2012-WI. The shop's Saturday hours are a recurring habit.
    "ossory-bend-cooper-retires": (
        "2011-10-16",
        [
            ("50 years", "DURATION", "P50Y"),
            ("the end of October", "DATE", "2011-10"),
            ("6:30", "TIME", "XXXX-XX-XXT06:30"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("September", "DATE", "2011-09"),
            ("Friday", "DATE", "2011-10-21"),
            ("the winter of 1961", "DATE", "1961-WI"),
            ("January", "DATE", "1961-01"),
            ("the first two years", "DURATION", "P2Y"),
            ("the spring of 1963", "DATE", "1963-SP"),
            ("seven years", "DURATION", "P7Y"),
            ("Tuesday", "DATE", "2011-10-11"),
            ("about 40 years", "DURATION", "P40Y"),
            ("A decade later", "DATE", "1973"),
            ("1973", "DATE", "1973"),
            ("the mid-1980s", "DATE", "198"),
            ("1994", "DATE", "1994"),
            ("the next year", "DATE", "1995"),
            ("These days", "DATE", "PRESENT_REF"),
            ("18 months", "DURATION", "P18M"),
            ("every week", "SET", "P1W"),
            ("roughly six hours", "DURATION", "PT6H"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("three years", "DURATION", "P3Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("the end of the month", "DATE", "2011-10"),
            ("next spring", "DATE", "2012-SP"),
            ("June 1967", "DATE", "1967-06"),
            ("the winter", "DATE", "2012-WI"),
            ("Christmas", "DATE", "2011-12-25"),
            ("about a week", "DURATION", "P1W"),
        ],
    ),
    # Tuesday 2000-02-15 (ISO week 7), British anniversary piece: the ballroom fire of the night
    # of Saturday 1975-02-15, 25 years ago today. The night's clock times up to "midnight" (the
    # midnight that ends Saturday, T24:00) are Saturday's, those from "12.40am" on Sunday
    # 1975-02-16's. Today's ceremony: 6.30pm walk, 7pm bell. "Last spring" in February 2000
    # is 1999-SP and "since May" May 1999; "a year later" counts from 1996.
    "hessary-lantern-ballroom-fire-25-years": (
        "2000-02-15",
        [
            ("25 years on", "DATE", "2000"),
            ("Tuesday 15 February 2000", "DATE", "2000-02-15"),
            ("Twenty-five years ago", "DATE", "1975"),
            ("the night of 15 February 1975", "TIME", "1975-02-15TNI"),
            ("7pm", "TIME", "2000-02-15T19:00"),
            ("today", "DATE", "2000-02-15"),
            ("now", "DATE", "PRESENT_REF"),
            ("The evening", "TIME", "1975-02-15TEV"),
            ("8pm", "TIME", "1975-02-15T20:00"),
            ("10pm", "TIME", "1975-02-15T22:00"),
            ("their second hour", "DURATION", "PT1H"),
            ("11.20pm", "TIME", "1975-02-15T23:20"),
            ("five minutes", "DURATION", "PT5M"),
            ("11.31pm", "TIME", "1975-02-15T23:31"),
            ("11 minutes", "DURATION", "PT11M"),
            ("midnight", "TIME", "1975-02-15T24:00"),
            ("12.40am", "TIME", "1975-02-16T00:40"),
            ("4am", "TIME", "1975-02-16T04:00"),
            ("7am", "TIME", "1975-02-16T07:00"),
            ("Sunday", "DATE", "1975-02-16"),
            ("years", "DURATION", "PXY"),
            ("six weeks", "DURATION", "P6W"),
            ("the summer of 1975", "DATE", "1975-SU"),
            ("the following year", "DATE", "1976"),
            ("1977", "DATE", "1977"),
            ("two years", "DURATION", "P2Y"),
            ("two decades", "DURATION", "P20Y"),
            ("1996", "DATE", "1996"),
            ("a year later", "DATE", "1997"),
            ("Last spring", "DATE", "1999-SP"),
            ("May", "DATE", "1999-05"),
            ("Tonight", "TIME", "2000-02-15TNI"),
            ("6.30pm", "TIME", "2000-02-15T18:30"),
            ("a minute", "DURATION", "PT1M"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("every day", "SET", "P1D"),
            ("every year", "SET", "P1Y"),
            ("that night", "TIME", "1975-02-15TNI"),
            ("Now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Wednesday 1996-07-10 (ISO week 28), US travel piece: the trip ran from Thursday
    # 1996-06-13 ("last month") to Saturday 1996-06-15; "three hours later" counts from the
    # skiff's "8 a.m."; "the second day" is an ordinal day of the trip, DURATION P1D (like "the
    # final day", gold_blind24), its "the afternoon" Friday 1996-06-14's; "The following
    # morning" and "dawn" are Saturday 1996-06-15's morning. The sailing season runs from
    # Thursday June 6 to Thursday Sept. 12, 1996; the boat's and the inn's hours recur.
    "kerrow-islands-mail-boat-trip": (
        "1996-07-10",
        [
            ("three days", "DURATION", "P3D"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
            ("summer", "SET", "XXXX-SU"),
            ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
            ("last month", "DATE", "1996-06"),
            ("June 13", "DATE", "1996-06-13"),
            ("7:10", "TIME", "1996-06-13T07:10"),
            ("ten minutes", "DURATION", "PT10M"),
            ("a week", "DURATION", "P1W"),
            ("8 a.m.", "TIME", "1996-06-13T08:00"),
            ("three hours later", "TIME", "1996-06-13T11:00"),
            ("1979", "DATE", "1979"),
            ("17 years", "DURATION", "P17Y"),
            ("6 p.m.", "TIME", "1996-06-13T18:00"),
            ("the second day", "DURATION", "P1D"),
            ("the afternoon", "TIME", "1996-06-14TAF"),
            ("The following morning", "TIME", "1996-06-15TMO"),
            ("dawn", "TIME", "1996-06-15TMO"),
            ("two hours", "DURATION", "PT2H"),
            ("4:30 p.m.", "TIME", "1996-06-15T16:30"),
            ("more than 11 hours", "DURATION", "PT11H"),
            ("1998", "DATE", "1998"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
            ("June 6", "DATE", "1996-06-06"),
            ("Sept. 12", "DATE", "1996-09-12"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("at least two weeks", "DURATION", "P2W"),
            ("40-minute", "DURATION", "PT40M"),
            ("Oct. 15", "DATE", "1996-10-15"),
            ("6:30 a.m.", "TIME", "XXXX-XX-XXT06:30"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("Next summer", "DATE", "1997-SU"),
            ("under four hours", "DURATION", "PT4H"),
            ("last week", "DATE", "1996-W27"),
        ],
    ),
    # Friday 2016-04-29 (ISO week 17), British theatre review: the revival opened on Tuesday
    # 2016-04-26 and runs until Tuesday 2016-06-14; "Fifty-eight years on" from 1958 is 2016;
    # "Last autumn" is 2015-FA, "This spring" 2016-SP; the post-show talk is on Tuesday
    # 2016-05-03, the June tickets go on sale tomorrow, Saturday 2016-04-30. Performance and
    # matinee times recur. The play's own time ("a single week in March 1953") is annotated.
    "brackhurst-salt-widows-revival-review": (
        "2016-04-29",
        [
            ("two-hour", "DURATION", "PT2H"),
            ("1958", "DATE", "1958"),
            ("Friday 29 April 2016", "DATE", "2016-04-29"),
            ("1958", "DATE", "1958"),
            ("Fifty-eight years on", "DATE", "2016"),
            ("Tuesday", "DATE", "2016-04-26"),
            ("the 1950s", "DATE", "195"),
            ("a single week", "DURATION", "P1W"),
            ("March 1953", "DATE", "1953-03"),
            ("Last autumn", "DATE", "2015-FA"),
            ("This spring", "DATE", "2016-SP"),
            ("two hours", "DURATION", "PT2H"),
            ("1958", "DATE", "1958"),
            ("barely 90 minutes", "DURATION", "PT90M"),
            ("20 years", "DURATION", "P20Y"),
            ("five-minute", "DURATION", "PT5M"),
            ("1991", "DATE", "1991"),
            ("1974", "DATE", "1974"),
            ("1958", "DATE", "1958"),
            ("this week", "DATE", "2016-W17"),
            ("14 June", "DATE", "2016-06-14"),
            ("last week", "DATE", "2016-W16"),
            ("a fortnight", "DURATION", "P2W"),
            ("7.30pm", "TIME", "XXXX-XX-XXT19:30"),
            ("2.30pm", "TIME", "XXXX-XX-XXT14:30"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("Tuesday 3 May", "DATE", "2016-05-03"),
            ("June", "DATE", "2016-06"),
            ("10am", "TIME", "2016-04-30T10:00"),
            ("tomorrow", "DATE", "2016-04-30"),
        ],
    ),
    # Monday 2025-03-10 (ISO week 11), US opinion column: "A century ago" at year
    # granularity is 1925; "Last summer" is 2024-SU and its "August" 2024-08; the council meets
    # at 7 p.m. on Tuesday 2025-03-25; the market could open in May 2025 and run through
    # October 2025; "Last week" is 2025-W10. Vague and generic time: "decades" PXY, "Nowadays",
    # "now", "Right now" PRESENT_REF, "the past" PAST_REF (twice), "One day" FUTURE_REF.
    "kellerton-square-market-column": (
        "2025-03-10",
        [
            ("Monday, March 10, 2025", "DATE", "2025-03-10"),
            ("decades", "DURATION", "PXY"),
            ("1871", "DATE", "1871"),
            ("A century ago", "DATE", "1925"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("the 1990s", "DATE", "199"),
            ("Nowadays", "DATE", "PRESENT_REF"),
            ("1962", "DATE", "1962"),
            ("1979", "DATE", "1979"),
            ("now", "DATE", "PRESENT_REF"),
            ("the past", "DATE", "PAST_REF"),
            ("the past", "DATE", "PAST_REF"),
            ("Last summer", "DATE", "2024-SU"),
            ("every Thursday evening", "SET", "XXXX-WXX-4TEV"),
            ("eight weeks", "DURATION", "P8W"),
            ("August", "DATE", "2024-08"),
            ("two hours", "DURATION", "PT2H"),
            ("this summer", "DATE", "2025-SU"),
            ("7 p.m.", "TIME", "2025-03-25T19:00"),
            ("Tuesday, March 25", "DATE", "2025-03-25"),
            ("May", "DATE", "2025-05"),
            ("October", "DATE", "2025-10"),
            ("Last week", "DATE", "2025-W10"),
            ("a year", "DURATION", "P1Y"),
            ("2026", "DATE", "2026"),
            ("63 years", "DURATION", "P63Y"),
            ("years", "DURATION", "PXY"),
            ("41 years", "DURATION", "P41Y"),
            ("every week", "SET", "P1W"),
            ("One day", "DATE", "FUTURE_REF"),
            ("Right now", "DATE", "PRESENT_REF"),
            ("every Monday", "SET", "XXXX-WXX-1"),
        ],
    ),
    # Saturday 2022-11-19 (ISO week 46), British science feature on a tar funnel set up in
    # October 1927: "Over 95 years" -> "95 years" ("Over" a preposition); the eight drop years
    # are each a DATE; the technician's "Sunday 17 August" is 1997's (the 1997 drop); the
    # camera of 2013 caught the 2018 drop "five years later", in the early hours of Monday
    # 2018-04-02; "Next month" is December 2022, the open week 5-9 December 2022; "A century
    # from now" at year granularity is 2122.
    "tamsley-tar-funnel-experiment": (
        "2022-11-19",
        [
            ("Ninety-five years", "DURATION", "P95Y"),
            ("Saturday 19 November 2022", "DATE", "2022-11-19"),
            ("1927", "DATE", "1927"),
            ("every 12 years", "SET", "P12Y"),
            ("October 1927", "DATE", "1927-10"),
            ("three years", "DURATION", "P3Y"),
            ("December 1938", "DATE", "1938-12"),
            ("95 years", "DURATION", "P95Y"),
            ("1938", "DATE", "1938"),
            ("1950", "DATE", "1950"),
            ("1961", "DATE", "1961"),
            ("1973", "DATE", "1973"),
            ("1986", "DATE", "1986"),
            ("1997", "DATE", "1997"),
            ("2005", "DATE", "2005"),
            ("2018", "DATE", "2018"),
            ("about 900 years", "DURATION", "P900Y"),
            ("1997", "DATE", "1997"),
            ("minutes", "DURATION", "PTXM"),
            ("two days", "DURATION", "P2D"),
            ("6pm", "TIME", "1997-08-17T18:00"),
            ("Sunday 17 August", "DATE", "1997-08-17"),
            ("2013", "DATE", "2013"),
            ("five years later", "DATE", "2018"),
            ("the early hours of 2 April 2018", "DATE", "2018-04-02"),
            ("3.52am", "TIME", "2018-04-02T03:52"),
            ("more than 12 years", "DURATION", "P12Y"),
            ("2009", "DATE", "2009"),
            ("twice a day", "SET", "P1D"),
            ("every five minutes", "SET", "PT5M"),
            ("the 1990s", "DATE", "199"),
            ("now", "DATE", "PRESENT_REF"),
            ("the 2030s", "DATE", "203"),
            ("the early 2030s", "DATE", "203"),
            ("Next month", "DATE", "2022-12"),
            ("40 years", "DURATION", "P40Y"),
            ("5", "DATE", "2022-12-05"),
            ("9 December", "DATE", "2022-12-09"),
            ("A century from now", "DATE", "2122"),
        ],
    ),
}


if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv[1:])
