"""Annotations of the thirtieth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind30/annotate.py [--show]

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
    # Thursday 1997-01-16 (ISO week 3), evening network news transcript aired at 6:30 p.m. ET:
    # the train derailed at 4:50 this morning, the leak was plugged after noon, "By 7 o'clock"
    # (after doors knocked "in the dark" of the early morning) is 07:00 of the broadcast day;
    # inspected Tuesday 1997-01-14; schools closed tomorrow 1997-01-17 and Monday 1997-01-20;
    # "the day after tomorrow" Saturday 1997-01-18; the next storm by Sunday night 1997-01-19.
    # "Three years ago this week" is one span, the ISO week three years back, 1994-W03; "the
    # next couple of days" P2D; "throughout the evening" -> "the evening"; "late today" keeps
    # its modifier like "late Friday"; the late edition "at 11 o'clock Eastern" is 23:00.
    "keswick-falls-chlorine-derailment-broadcast": (
        "1997-01-16",
        [
            ("Thursday, January 16, 1997", "DATE", "1997-01-16"),
            ("6:30 p.m. ET", "TIME", "1997-01-16T18:30"),
            ("tonight", "TIME", "1997-01-16TNI"),
            ("early this morning", "TIME", "1997-01-16TMO"),
            ("the day after tomorrow", "DATE", "1997-01-18"),
            ("noon", "TIME", "1997-01-16T12:00"),
            ("right now", "DATE", "PRESENT_REF"),
            ("every 15 minutes", "SET", "PT15M"),
            ("4:50", "TIME", "1997-01-16T04:50"),
            ("this morning", "TIME", "1997-01-16TMO"),
            ("7 o'clock", "TIME", "1997-01-16T07:00"),
            ("tonight", "TIME", "1997-01-16TNI"),
            ("Tuesday", "DATE", "1997-01-14"),
            ("this afternoon", "TIME", "1997-01-16TAF"),
            ("the next couple of days", "DURATION", "P2D"),
            ("last night", "TIME", "1997-01-15TNI"),
            ("Three years ago this week", "DATE", "1994-W03"),
            ("nine hours", "DURATION", "PT9H"),
            ("1990", "DATE", "1990"),
            ("41 years", "DURATION", "P41Y"),
            ("today", "DATE", "1997-01-16"),
            ("tomorrow", "DATE", "1997-01-17"),
            ("Monday", "DATE", "1997-01-20"),
            ("late today", "DATE", "1997-01-16"),
            ("1968", "DATE", "1968"),
            ("the end of March", "DATE", "1997-03"),
            ("today", "DATE", "1997-01-16"),
            ("a week", "DURATION", "P1W"),
            ("Sunday night", "TIME", "1997-01-19TNI"),
            ("the evening", "TIME", "1997-01-16TEV"),
            ("this Thursday", "DATE", "1997-01-16"),
            ("11 o'clock Eastern", "TIME", "1997-01-16T23:00"),
        ],
    ),
    # Saturday 2000-08-12 (ISO week 32), public-radio weekend interview; the host's "Good
    # morning" and "It's 8:22" put the segment in the morning, so "the top of the hour" is
    # 09:00. Tonight's viewing window runs "from about 11 p.m. until 2 a.m.", the 2 a.m. after
    # midnight being Sunday 2000-08-13's; closest approach on Monday 2000-08-14; "A week from
    # today, next Saturday" are both 2000-08-19; "Two weeks ago" from week 32 is 2000-W30;
    # "That autumn" follows "In 1868" -> 1868-FA; "this weekend" in a Saturday broadcast is
    # its own weekend.
    "ardent-kellow-comet-radio-interview": (
        "2000-08-12",
        [
            ("Saturday, August 12, 2000", "DATE", "2000-08-12"),
            ("tonight", "TIME", "2000-08-12TNI"),
            ("10 o'clock", "TIME", "2000-08-12T22:00"),
            ("1868", "DATE", "1868"),
            ("March", "DATE", "2000-03"),
            ("the past three weeks", "DURATION", "P3W"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("now", "DATE", "PRESENT_REF"),
            ("tonight", "TIME", "2000-08-12TNI"),
            ("Tonight", "TIME", "2000-08-12TNI"),
            ("about 11 p.m.", "TIME", "2000-08-12T23:00"),
            ("2 a.m. local time", "TIME", "2000-08-13T02:00"),
            ("Tomorrow night", "TIME", "2000-08-13TNI"),
            ("Monday", "DATE", "2000-08-14"),
            ("the end of the month", "DATE", "2000-08"),
            ("October", "DATE", "2000-10"),
            ("once every 132 years", "SET", "P132Y"),
            ("around 2132", "DATE", "2132"),
            ("1868", "DATE", "1868"),
            ("That autumn", "DATE", "1868-FA"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("July", "DATE", "2000-07"),
            ("Two weeks ago", "DATE", "2000-W30"),
            ("the coming weeks", "DURATION", "PXW"),
            ("A week from today", "DATE", "2000-08-19"),
            ("next Saturday", "DATE", "2000-08-19"),
            ("this weekend", "DATE", "2000-W32-WE"),
            ("the end of August", "DATE", "2000-08"),
            ("8:22", "TIME", "2000-08-12T08:22"),
            ("the top of the hour", "TIME", "2000-08-12T09:00"),
            ("weekly", "SET", "P1W"),
            ("later this morning", "TIME", "2000-08-12TMO"),
        ],
    ),
    # Sunday 2009-12-06 (ISO week 49), US cable-news storm report aired at 14:00 ET ("It is
    # two o'clock Eastern", so "the top of the hour" is 15:00 and "at 2:30" 14:30): the bands
    # set up Friday night 2009-12-04 (the snow began about 9 o'clock that night, 21:00); the
    # emergency at 6 a.m. Saturday 2009-12-05; "overnight" is tonight's night; Monday night
    # 2009-12-07, Tuesday morning 2009-12-08 ("the day after tomorrow", and "the afternoon" of
    # that Tuesday), Wednesday 2009-12-09, "through Friday" 2009-12-11. "a few minutes ago" is
    # TIME PAST_REF (vague distance); "all day" DURATION P1D.
    "pratt-falls-lake-effect-snow-cable": (
        "2009-12-06",
        [
            ("December 6, 2009", "DATE", "2009-12-06"),
            ("14:00 ET", "TIME", "2009-12-06T14:00"),
            ("two o'clock Eastern", "TIME", "2009-12-06T14:00"),
            ("right now", "DATE", "PRESENT_REF"),
            ("the last 24 hours", "DURATION", "PT24H"),
            ("Earlier today", "DATE", "2009-12-06"),
            ("a few minutes ago", "TIME", "PAST_REF"),
            ("Friday night", "TIME", "2009-12-04TNI"),
            ("noon", "TIME", "2009-12-06T12:00"),
            ("today", "DATE", "2009-12-06"),
            ("this evening", "TIME", "2009-12-06TEV"),
            ("overnight", "TIME", "2009-12-06TNI"),
            ("now", "DATE", "PRESENT_REF"),
            ("Tuesday morning", "TIME", "2009-12-08TMO"),
            ("Monday night", "TIME", "2009-12-07TNI"),
            ("Wednesday", "DATE", "2009-12-09"),
            ("Friday", "DATE", "2009-12-11"),
            ("about 9 o'clock", "TIME", "2009-12-04T21:00"),
            ("Friday night", "TIME", "2009-12-04TNI"),
            ("about an hour", "DURATION", "PT1H"),
            ("this morning", "TIME", "2009-12-06TMO"),
            ("6 a.m.", "TIME", "2009-12-05T06:00"),
            ("Saturday", "DATE", "2009-12-05"),
            ("all day", "DURATION", "P1D"),
            ("12-hour", "DURATION", "PT12H"),
            ("tomorrow", "DATE", "2009-12-07"),
            ("yesterday afternoon", "TIME", "2009-12-05TAF"),
            ("Friday", "DATE", "2009-12-04"),
            ("1977", "DATE", "1977"),
            ("a week", "DURATION", "P1W"),
            ("today", "DATE", "2009-12-06"),
            ("Monday morning", "TIME", "2009-12-07TMO"),
            ("the day after tomorrow", "DATE", "2009-12-08"),
            ("Tuesday", "DATE", "2009-12-08"),
            ("the afternoon", "TIME", "2009-12-08TAF"),
            ("2:30", "TIME", "2009-12-06T14:30"),
            ("every 30 minutes", "SET", "PT30M"),
            ("the top of the hour", "TIME", "2009-12-06T15:00"),
        ],
    ),
    # Wednesday 2003-10-08 (ISO week 41), international radio bulletin at 1430 GMT: Varela is
    # four hours behind GMT, so the eruption "at 0410 local time, 0810 GMT" is on the bulletin's
    # day in both zones (two TIMEX3), and the correspondent's "about five o'clock this morning"
    # is 05:00 local; the airport is closed until at least Friday 2003-10-10; "last weekend" in a
    # Wednesday bulletin is 2003-W40-WE; the aid workers were freed late last night (Tuesday
    # 2003-10-07) and fly home on Friday; the summit opens tomorrow, 2003-10-09; "three weeks
    # ago" from week 41 is 2003-W38; the qualifier was on Tuesday night; the next bulletin, "at
    # the top of the hour", is at 15:00 GMT.
    "world-radio-service-bulletin-varela-eruption": (
        "2003-10-08",
        [
            ("Wednesday 8 October 2003", "DATE", "2003-10-08"),
            ("1430 GMT", "TIME", "2003-10-08T14:30"),
            ("early this morning", "TIME", "2003-10-08TMO"),
            ("1951", "DATE", "1951"),
            ("0410 local time", "TIME", "2003-10-08T04:10"),
            ("0810 GMT", "TIME", "2003-10-08T08:10"),
            ("now", "DATE", "PRESENT_REF"),
            ("more than six hours", "DURATION", "PT6H"),
            ("about five o'clock", "TIME", "2003-10-08T05:00"),
            ("this morning", "TIME", "2003-10-08TMO"),
            ("at least Friday", "DATE", "2003-10-10"),
            ("the past two weeks", "DURATION", "P2W"),
            ("last weekend", "DATE", "2003-W40-WE"),
            ("47 days", "DURATION", "P47D"),
            ("22 August", "DATE", "2003-08-22"),
            ("late last night", "TIME", "2003-10-07TNI"),
            ("Friday", "DATE", "2003-10-10"),
            ("two-day", "DURATION", "P2D"),
            ("tomorrow", "DATE", "2003-10-09"),
            ("April", "DATE", "2003-04"),
            ("1998", "DATE", "1998"),
            ("the end of the year", "DATE", "2003"),
            ("three weeks ago", "DATE", "2003-W38"),
            ("now", "DATE", "PRESENT_REF"),
            ("this year", "DATE", "2003"),
            ("September", "DATE", "2003-09"),
            ("five years", "DURATION", "P5Y"),
            ("6 November", "DATE", "2003-11-06"),
            ("Tuesday night", "TIME", "2003-10-07TNI"),
            ("20 years", "DURATION", "P20Y"),
            ("Wednesday 15 October", "DATE", "2003-10-15"),
            ("1900 GMT", "TIME", "2003-10-08T19:00"),
            ("the top of the hour", "TIME", "2003-10-08T15:00"),
        ],
    ),
    # Tuesday 2006-04-11 (ISO week 15), US morning-show business segment at 7:42 a.m. ET: stocks
    # closed yesterday, Monday 2006-04-10; "the week" is the current week 2006-W15; "this past
    # weekend" the weekend just gone, 2006-W14-WE; "last August" 2005-08; Easter Sunday 2006 is
    # 16 April, so Good Friday (and the "Friday" of the closed markets) is 2006-04-14; "the day
    # after tomorrow" and "Thursday" are both 2006-04-13 (the retail report at 8:30 a.m. that
    # day); "a week from today" is Tuesday 2006-04-18. Futures delivery and report months are
    # DATEs ("May delivery" 2006-05, "The March numbers", "March report" 2006-03).
    "morning-watch-business-oil-earnings": (
        "2006-04-11",
        [
            ("Tuesday, April 11, 2006", "DATE", "2006-04-11"),
            ("7:42 a.m. ET", "TIME", "2006-04-11T07:42"),
            ("this morning", "TIME", "2006-04-11TMO"),
            ("the week", "DATE", "2006-W15"),
            ("yesterday", "DATE", "2006-04-10"),
            ("January", "DATE", "2006-01"),
            ("Right now", "DATE", "PRESENT_REF"),
            ("this morning", "TIME", "2006-04-11TMO"),
            ("May", "DATE", "2006-05"),
            ("yesterday", "DATE", "2006-04-10"),
            ("last August", "DATE", "2005-08"),
            ("the next couple of weeks", "DURATION", "P2W"),
            ("this past weekend", "DATE", "2006-W14-WE"),
            ("today", "DATE", "2006-04-11"),
            ("this afternoon", "TIME", "2006-04-11TAF"),
            ("tomorrow", "DATE", "2006-04-12"),
            ("the three months", "DURATION", "P3M"),
            ("March 31", "DATE", "2006-03-31"),
            ("last night", "TIME", "2006-04-10TNI"),
            ("the end of June", "DATE", "2006-06"),
            ("the past 12 months", "DURATION", "P12M"),
            ("52-week", "DURATION", "P52W"),
            ("February", "DATE", "2006-02"),
            ("four months", "DURATION", "P4M"),
            ("March", "DATE", "2006-03"),
            ("a week from today", "DATE", "2006-04-18"),
            ("Friday", "DATE", "2006-04-14"),
            ("Good Friday", "DATE", "2006-04-14"),
            ("four-day", "DURATION", "P4D"),
            ("March", "DATE", "2006-03"),
            ("the day after tomorrow", "DATE", "2006-04-13"),
            ("8:30 a.m. Eastern", "TIME", "2006-04-13T08:30"),
            ("Thursday", "DATE", "2006-04-13"),
            ("the start of the year", "DATE", "2006"),
            ("May 2002", "DATE", "2002-05"),
            ("4 p.m. Eastern", "TIME", "2006-04-11T16:00"),
            ("7:46", "TIME", "2006-04-11T07:46"),
            ("this morning", "TIME", "2006-04-11TMO"),
        ],
    ),
    # Friday 2012-03-16 (ISO week 11), radio documentary with no date in its header (the
    # anniversary falls on the broadcast day: "Tonight it will ring for the thirtieth time").
    # "Thirty years ago this week" is one span, 1982-W11, the week of the night of Tuesday
    # 16 March 1982; "11:40 that night" and "About a quarter to twelve" are 23:40 and 23:45 of
    # that night; "By morning" the next morning, 1982-03-17; the archive newscast dated March
    # 17, 1982 is read against its own date ("6 a.m.", "the night" before, "this morning");
    # "eight years ago" from 2012 is 2004; the bell's "11:40 p.m." recurs every year; "Next
    # Friday" is 2012-03-23.
    "corbin-mills-dam-break-thirty-years": (
        "2012-03-16",
        [
            ("Thirty years ago this week", "DATE", "1982-W11"),
            ("the night of March 16, 1982", "TIME", "1982-03-16TNI"),
            ("six days", "DURATION", "P6D"),
            ("11:40", "TIME", "1982-03-16T23:40"),
            ("that night", "TIME", "1982-03-16TNI"),
            ("5 a.m.", "TIME", "1982-03-16T05:00"),
            ("all day", "DURATION", "P1D"),
            ("About a quarter to twelve", "TIME", "1982-03-16T23:45"),
            ("40 minutes", "DURATION", "PT40M"),
            ("morning", "TIME", "1982-03-17TMO"),
            ("MARCH 17, 1982", "DATE", "1982-03-17"),
            ("6 a.m.", "TIME", "1982-03-17T06:00"),
            ("the night", "TIME", "1982-03-16TNI"),
            ("this morning", "TIME", "1982-03-17TMO"),
            ("the next three weeks", "DURATION", "P3W"),
            ("April 4", "DATE", "1982-04-04"),
            ("years", "DURATION", "PXY"),
            ("1974", "DATE", "1974"),
            ("the fall of 1981", "DATE", "1981-FA"),
            ("the 1940s", "DATE", "194"),
            ("1985", "DATE", "1985"),
            ("the summer of 1982", "DATE", "1982-SU"),
            ("eight years ago", "DATE", "2004"),
            ("now", "DATE", "PRESENT_REF"),
            ("1991", "DATE", "1991"),
            ("1980", "DATE", "1980"),
            ("Every year", "SET", "P1Y"),
            ("11:40 p.m.", "TIME", "XXXX-XX-XXT23:40"),
            ("Tonight", "TIME", "2012-03-16TNI"),
            ("Next Friday", "DATE", "2012-03-23"),
            ("1936", "DATE", "1936"),
        ],
    ),
}


if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv[1:])
