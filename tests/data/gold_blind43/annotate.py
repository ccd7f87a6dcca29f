"""Annotations of the forty-third blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind43/annotate.py [--show]

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
    # Saturday 2013-03-16 (ISO week 11), British sports website match report, stamp "16 March
    # 2013 Last updated at 17:08 GMT" (a DATE and a TIME, the zone in the span, gold_blind36);
    # the match was played on the publication day. "the January transfer window" -> "January"
    # 2013-01 (gold_blind24's "the January window"), "three-year" an adjectival duration.
    # Tolworth "beat leaders Carnforth on Tuesday" is past, 2013-03-12; Harbury "travel to
    # Ashworth on Tuesday night" is future, 2013-03-19TNI; "next Saturday" in a Saturday paper is
    # the coming Saturday, 2013-03-23 (gold_blind11), its "12:45 kick-off" 2013-03-23T12:45.
    # "within four minutes of the restart" and "held up for three minutes" are durations anchored
    # to match events (gold_blind7); "the first 45 minutes" an ordinal period of an event, PT45M
    # like "the first two hours" (gold_blind24). New Year's Day 2013-01-01 (a Tuesday);
    # "almost 11 weeks" since then (74 days); "less than a month" since 19 February (25 days);
    # "almost a fortnight" until Good Friday 2013-03-29 (Easter Sunday was 31 March), P2W;
    # "every morning this week" a SET and the ISO week; "since 1 December" the past one,
    # 2012-12-01. "the 1970s" 197. Not annotated: "3-1", "the 11th minute", "the 89th minute",
    # "half-time", "the restart", "the second half" (of the match), "last season", "the play-off
    # final", "22nd-placed", "nine league games", "nine matches left", "the number 9 shirt", "44",
    # "about 300", "March organiser" (the noun, in a March story), "may" (the verb), "at every
    # home game until the owners sell" (a set of events, no calendar value).
    "harbury-athletic-tolworth-rovers-report": (
        "2013-03-16",
        [
            ("16 March 2013", "DATE", "2013-03-16"),
            ("17:08 GMT", "TIME", "2013-03-16T17:08"),
            ("1998", "DATE", "1998"),
            ("three-year", "DURATION", "P3Y"),
            ("January", "DATE", "2013-01"),
            ("Tuesday", "DATE", "2013-03-12"),
            ("four minutes", "DURATION", "PT4M"),
            ("three minutes", "DURATION", "PT3M"),
            ("New Year's Day", "DATE", "2013-01-01"),
            ("less than a month", "DURATION", "P1M"),
            ("19 February", "DATE", "2013-02-19"),
            ("almost three years", "DURATION", "P3Y"),
            ("almost 11 weeks", "DURATION", "P11W"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("this week", "DATE", "2013-W11"),
            ("now", "DATE", "PRESENT_REF"),
            ("August 2011", "DATE", "2011-08"),
            ("1 December", "DATE", "2012-12-01"),
            ("the first 45 minutes", "DURATION", "PT45M"),
            ("almost a fortnight", "DURATION", "P2W"),
            ("1884", "DATE", "1884"),
            ("the 1970s", "DATE", "197"),
            ("Tuesday night", "TIME", "2013-03-19TNI"),
            ("next Saturday", "DATE", "2013-03-23"),
            ("12:45", "TIME", "2013-03-23T12:45"),
            ("Good Friday", "DATE", "2013-03-29"),
        ],
    ),
    # Friday 2014-01-31 (ISO week 5), wire-service transfer story, "LONDON, Jan 31 (Reuters) -"
    # dateline (the publication day); deadline day is the publication day: the signing "on
    # Friday", "hours before" the window closed (an anchored vague duration, PTXH), "at 2300 GMT"
    # 2014-01-31T23:00. "the January transfer window" -> "January" 2014-01 (gold_blind24);
    # "three-and-a-half-year" an adjectival duration converted to months, P42M (like "a
    # four-and-a-half-year contract" P54M, gold_blind11). "the 2012-13 season" gives two DATEs,
    # "2012" and the bare "13" 2013, "season" left out (gold_blind10, gold_blind29). The medical
    # "on Thursday" is past, 2014-01-30; the debut "on Sunday" future, 2014-02-02; Millbrook
    # sacked its manager "on Wednesday night", 2014-01-29TNI. "last summer" 2013-SU; "last
    # weekend" in a Friday story the weekend just gone, 25-26 January, 2014-W04-WE; "until May"
    # 2014-05, "since October" 2013-10, "in June" 2014-06; "mid-2014" the year's value; "the 2014
    # Continental Cup finals" -> "2014", an adjectival year like "the 2027 edition"
    # (gold_blind27). "a year earlier" after "the window" (January 2014) is the window of
    # January 2013, 2013-01 (the granularity of what it is compared with). "every year since
    # 2010" a SET and a DATE. Not annotated: "deadline day", "so far this term", "the second half
    # of the season" and "the rest of the season" (halves and remainders of a sports season,
    # gold_blind24), "the mid-season window", "the Sunday Clarion" (a newspaper, beside the
    # annotated "Sunday"), "the number 11 shirt", "a proper number nine", "4-0", "19 goals",
    # "three appearances", "26", "31", "14 million pounds ($23.0 million)", "130 million pounds".
    "castleford-sign-vasquez-deadline-day": (
        "2014-01-31",
        [
            ("2016", "DATE", "2016"),
            ("Jan 31", "DATE", "2014-01-31"),
            ("three-and-a-half-year", "DURATION", "P42M"),
            ("Friday", "DATE", "2014-01-31"),
            ("hours", "DURATION", "PTXH"),
            ("January", "DATE", "2014-01"),
            ("2300 GMT", "TIME", "2014-01-31T23:00"),
            ("June 2017", "DATE", "2017-06"),
            ("2012", "DATE", "2012"),
            ("13", "DATE", "2013"),
            ("last summer", "DATE", "2013-SU"),
            ("Thursday", "DATE", "2014-01-30"),
            ("Sunday", "DATE", "2014-02-02"),
            ("almost two weeks", "DURATION", "P2W"),
            ("last weekend", "DATE", "2014-W04-WE"),
            ("2016", "DATE", "2016"),
            ("mid-2014", "DATE", "2014"),
            ("October", "DATE", "2013-10"),
            ("2014", "DATE", "2014"),
            ("June", "DATE", "2014-06"),
            ("May", "DATE", "2014-05"),
            ("Wednesday night", "TIME", "2014-01-29TNI"),
            ("10 days", "DURATION", "P10D"),
            ("May 2012", "DATE", "2012-05"),
            ("a year earlier", "DATE", "2013-01"),
            ("every year", "SET", "P1Y"),
            ("2010", "DATE", "2010"),
        ],
    ),
    # Sunday 2013-09-15 (ISO week 37), wire-service weekend box-office story, "LOS ANGELES (AP)
    # —" dateline without date; the studio estimates came "Sunday", the publication day. The
    # film opened on Friday 2013-09-13, which fell on the 13th: "it opened on the 13th" is DATE
    # 2013-09-13 (the day of the month, its month and year from the story), while the title
    # "Hollow Lake: Friday the 13th" (headline, lead, chart) is a name and is not annotated.
    # "the three-day weekend" (Friday to Sunday) is one DATE span, the ISO weekend 2013-W37-WE,
    # its modifier kept like "the long Thanksgiving weekend" (gold_blind38); "The weekend's" ->
    # "The weekend" the same weekend; "Last weekend's champ" -> "Last weekend" 2013-W36-WE;
    # "Next weekend" in a Sunday story the following one, 2013-W38-WE (gold_blind18), with the
    # thriller opening "Friday" 2013-09-20; final figures "Monday" 2013-09-16; "Friday's
    # opening" 2013-09-13 and "Thursday night previews" 2013-09-12TNI; the chart's "Friday
    # through Sunday" two DATEs. "Labor Day weekend" is the Saturday and Sunday before Labor Day
    # (Monday 2013-09-02), 2013-W35-WE (gold_blind21's "Memorial Day weekend"); "this summer"
    # just ended 2013-SU; "September" the month of publication; "last fall" 2012-FA; "two years
    # ago" 2011; "the late 1980s" 198; "shot in 38 days" how long a past task took, P38D; "30
    # years after a massacre" an anchored duration; "10-day total" (Friday 6 to Sunday 15
    # September) and "a 90-day window" adjectival durations; "the lowest in five years" the
    # period of a superlative, P5Y. Stellan's fiscal year is not described, so "third-quarter"
    # is the calendar quarter 2013-Q3, reported "in November" 2013-11; "Halloween" 2013-10-31.
    # Not annotated: the titles "Hollow Lake: Friday the 13th", "Nine Days in August", "The
    # Tuesday Club", "Summer of the Hawk", "Until Sunday" and "Midnight Harbor"; "No. 1",
    # "second place", "in third", "R-rated", "the fifth", "the last one", "the right time", the
    # dollar figures and "1.2 percent", "40 international markets", "about 2,800 theaters".
    "hollow-lake-friday-the-13th-box-office": (
        "2013-09-15",
        [
            ("the three-day weekend", "DATE", "2013-W37-WE"),
            ("Sunday", "DATE", "2013-09-15"),
            ("the 13th", "DATE", "2013-09-13"),
            ("Friday", "DATE", "2013-09-13"),
            ("Thursday night", "TIME", "2013-09-12TNI"),
            ("this year", "DATE", "2013"),
            ("1986", "DATE", "1986"),
            ("the late 1980s", "DATE", "198"),
            ("38 days", "DURATION", "P38D"),
            ("last fall", "DATE", "2012-FA"),
            ("30 years", "DURATION", "P30Y"),
            ("two years ago", "DATE", "2011"),
            ("Last weekend", "DATE", "2013-W36-WE"),
            ("10-day", "DURATION", "P10D"),
            ("The weekend", "DATE", "2013-W37-WE"),
            ("September", "DATE", "2013-09"),
            ("this summer", "DATE", "2013-SU"),
            ("Labor Day weekend", "DATE", "2013-W35-WE"),
            ("five years", "DURATION", "P5Y"),
            ("this year", "DATE", "2013"),
            ("2009", "DATE", "2009"),
            ("90-day", "DURATION", "P90D"),
            ("Oct. 4", "DATE", "2013-10-04"),
            ("Halloween", "DATE", "2013-10-31"),
            ("third-quarter", "DATE", "2013-Q3"),
            ("November", "DATE", "2013-11"),
            ("Next weekend", "DATE", "2013-W38-WE"),
            ("Friday", "DATE", "2013-09-20"),
            ("Monday", "DATE", "2013-09-16"),
            ("Friday", "DATE", "2013-09-13"),
            ("Sunday", "DATE", "2013-09-15"),
        ],
    ),
    # Tuesday 2012-11-13 (ISO week 46), British broadcaster's entertainment page on a band's
    # reunion tour, stamp "13 November 2012 Last updated at 10:42 GMT"; the dates were announced
    # "on Tuesday morning", the publication day, 2012-11-13TMO. The headline's "next year" and
    # "early next year" are 2013; the tour "starts in March" 2013-03 ("4 March" 2013-03-04), the
    # European leg "in April" 2013-04, the last shows "on 17 and 18 May" two DATEs, the bare "17"
    # included (gold_blind24's "July 30 and 31"); "the second half of 2013" one span. Tickets "at
    # 9am on Friday" 2012-11-16 and the pre-sale "from 9am on Wednesday" 2012-11-14 (future), the
    # clock times and the days separate TIMEX3. "Nineties band" -> "Nineties" DATE 199, a decade
    # written in words (TimeML values "the nineties" as 199), like "a 1990s act" -> "1990s".
    # "their first shows together in 11 years" the period of a "first in", P11Y; "late last
    # year" 2011, "last Christmas" in November the Christmas of the year before, 2011-12-25;
    # "since September" 2012-09; "Saturday 6 July" one span 2013-07-06; "after the summer" the
    # coming one, 2013-SU; "within an hour" -> "an hour". Not annotated: "40-date" (a count of
    # shows), "28 UK shows", the titles "Seven Winters", "Late in the Year", "March of the Quiet"
    # (after the annotated "March") and "Sunday Again", "number one", "top-five", "41", "may"
    # (the verb), the address "ferrislane.com/tour2013" and the phone number "0844 555 0199".
    "ferris-lane-reunion-tour": (
        "2012-11-13",
        [
            ("next year", "DATE", "2013"),
            ("13 November 2012", "DATE", "2012-11-13"),
            ("10:42 GMT", "TIME", "2012-11-13T10:42"),
            ("Nineties", "DATE", "199"),
            ("March", "DATE", "2013-03"),
            ("11 years", "DURATION", "P11Y"),
            ("2001", "DATE", "2001"),
            ("Tuesday morning", "TIME", "2012-11-13TMO"),
            ("an hour", "DURATION", "PT1H"),
            ("4 March", "DATE", "2013-03-04"),
            ("April", "DATE", "2013-04"),
            ("17", "DATE", "2013-05-17"),
            ("18 May", "DATE", "2013-05-18"),
            ("the second half of 2013", "DATE", "2013-H2"),
            ("9am", "TIME", "2012-11-16T09:00"),
            ("Friday", "DATE", "2012-11-16"),
            ("9am", "TIME", "2012-11-14T09:00"),
            ("Wednesday", "DATE", "2012-11-14"),
            ("the coming months", "DURATION", "PXM"),
            ("1995", "DATE", "1995"),
            ("11 weeks", "DURATION", "P11W"),
            ("2000", "DATE", "2000"),
            ("late last year", "DATE", "2011"),
            ("last Christmas", "DATE", "2011-12-25"),
            ("ten years", "DURATION", "P10Y"),
            ("Now", "DATE", "PRESENT_REF"),
            ("every week", "SET", "P1W"),
            ("the past decade", "DURATION", "P10Y"),
            ("twice a week", "SET", "P1W"),
            ("September", "DATE", "2012-09"),
            ("10 December", "DATE", "2012-12-10"),
            ("early next year", "DATE", "2013"),
            ("Saturday 6 July", "DATE", "2013-07-06"),
            ("1990s", "DATE", "199"),
            ("recent years", "DATE", "PAST_REF"),
            ("the summer", "DATE", "2013-SU"),
        ],
    ),
    # Monday 2012-12-10 (ISO week 50), wire-service sports-awards story, "MANCHESTER, England,
    # Dec 10 (Reuters) -" dateline (the publication day; organisers gave the ratings "on
    # Monday"). The ceremony was Sunday 2012-12-09: "Sunday night's Northern Sports Awards" ->
    # "Sunday night" TIME 2012-12-09TNI, "on Sunday" 2012-12-09, voting "at 8 p.m." and "9:45
    # p.m." that evening. The record run "on April 22" 2012 (a Sunday), "in April" 2012-04;
    # "taking almost a minute off a record" the size of a change, PT1M (like "by a minute",
    # gold_blind24); "another minute" (quoted, "find another minute") likewise, PT1M, "another"
    # kept like "another three months" (gold_blind40). "held annually since 1959" a SET and a
    # DATE (gold_blind39); "three and a half hours" converted to PT210M (gold_blind24); "40
    # minutes longer than last year" the size of a change and 2011; "a year ago" 2011; "for the
    # second time in three years" the period of an ordinal, P3Y; "44-year" and "six-week"
    # adjectival durations; "next month" 2013-01, the title defence "on April 21" 2013-04-21 (a
    # Sunday), "Christmas" 2012-12-25; "in May" 2012-05 (the league title this year). Not
    # annotated: the finishing time "2:04:38" (a race time to the second: no value shape, and the
    # genre's trap of a clock-like figure; see README), "sportsman of the year", "sportswoman of
    # the year" and "team of the year" (award names), "the last day of the season", "the
    # lifetime achievement award", "three world titles", "29", "71", "1.2 million votes", "8.1
    # million", "9.4 million".
    "harrigan-northern-sports-awards": (
        "2012-12-10",
        [
            ("Dec 10", "DATE", "2012-12-10"),
            ("April", "DATE", "2012-04"),
            ("Sunday night", "TIME", "2012-12-09TNI"),
            ("1998", "DATE", "1998"),
            ("April 22", "DATE", "2012-04-22"),
            ("almost a minute", "DURATION", "PT1M"),
            ("1985", "DATE", "1985"),
            ("August", "DATE", "2012-08"),
            ("twice a day", "SET", "P1D"),
            ("three years", "DURATION", "P3Y"),
            ("2009", "DATE", "2009"),
            ("this year", "DATE", "2012"),
            ("three years", "DURATION", "P3Y"),
            ("May", "DATE", "2012-05"),
            ("44-year", "DURATION", "P44Y"),
            ("annually", "SET", "P1Y"),
            ("1959", "DATE", "1959"),
            ("three and a half hours", "DURATION", "PT210M"),
            ("Sunday", "DATE", "2012-12-09"),
            ("40 minutes", "DURATION", "PT40M"),
            ("last year", "DATE", "2011"),
            ("8 p.m.", "TIME", "2012-12-09T20:00"),
            ("9:45 p.m.", "TIME", "2012-12-09T21:45"),
            ("1963", "DATE", "1963"),
            ("the 1970s", "DATE", "197"),
            ("more than a decade", "DURATION", "P10Y"),
            ("Monday", "DATE", "2012-12-10"),
            ("a year ago", "DATE", "2011"),
            ("two weeks", "DURATION", "P2W"),
            ("Christmas", "DATE", "2012-12-25"),
            ("six-week", "DURATION", "P6W"),
            ("next month", "DATE", "2013-01"),
            ("April 21", "DATE", "2013-04-21"),
            ("Now", "DATE", "PRESENT_REF"),
            ("another minute", "DURATION", "PT1M"),
        ],
    ),
    # Thursday 2014-08-28 (ISO week 35), sports website game story on a record chase, stamp
    # "Updated: Aug. 28, 2014, 2:36 AM ET" (a DATE and a TIME; 2:36 a.m. Eastern is 11:36 p.m.
    # Pacific on Wednesday, after the game ended "at 10:41 p.m. PT", 2014-08-27T22:41), "PORTLAND,
    # Ore. --" dateline. The homer came "Wednesday night", 2014-08-27TNI, the night before the
    # publication day; Vance "said Wednesday" 2014-08-27, the club "said Tuesday" 2014-08-26
    # (past); the homestand opens "Friday" 2014-08-29 and "The Gulls are off Thursday", the
    # publication day, 2014-08-28 (a schedule in the present tense). "before September" ->
    # "September" 2014-09 ("before" a signal), "late September" 2014-09, "in August" 2014-08,
    # "in March" 2014-03, "through 2020". "Last season he ... spent three weeks on the disabled
    # list in July": the July of last season, 2013-07, not the nearest past July, while "Last
    # season" itself is a sports season and is left out. Vance's 54th "on Sept. 28, 1977" and
    # his 55th "two days later", anchored on that date, 1977-09-30; "the summer of 1977" one
    # span; "the final six weeks" (of that season) an ordinal period, P6W; "the 1980s or 1990s"
    # -> "the 1980s" 198 and the bare "1990s" 199. "six-year" adjectival; "delayed 47 minutes"
    # the size of a delay; "every day" SET P1D, "every night" SET XXXX-XX-XXTNI; "recently"
    # PAST_REF; "the coming weeks" PXW. Not annotated: "55th" (headline and lead), "the eighth
    # inning", "6-4", "a 3-1 pitch", "No. 8", "his rookie year" (only "2011"), "54th", "his
    # 55th", "49", "14", "31", "22 home runs", "30 games left", "62", "four straight games", "a
    # seven-game homestand", "the final game of that season", "since the streak began", "27",
    # "66", "$84 million", "three games", "may" (the verb).
    "pruitt-ties-gulls-home-run-record": (
        "2014-08-28",
        [
            ("Aug. 28, 2014", "DATE", "2014-08-28"),
            ("2:36 AM ET", "TIME", "2014-08-28T02:36"),
            ("Wednesday night", "TIME", "2014-08-27TNI"),
            ("1977", "DATE", "1977"),
            ("1998", "DATE", "1998"),
            ("September", "DATE", "2014-09"),
            ("2011", "DATE", "2011"),
            ("Sept. 28, 1977", "DATE", "1977-09-28"),
            ("two days later", "DATE", "1977-09-30"),
            ("the 1980s", "DATE", "198"),
            ("1990s", "DATE", "199"),
            ("Wednesday", "DATE", "2014-08-27"),
            ("Friday", "DATE", "2014-08-29"),
            ("Thursday", "DATE", "2014-08-28"),
            ("August", "DATE", "2014-08"),
            ("June 1999", "DATE", "1999-06"),
            ("three weeks", "DURATION", "P3W"),
            ("July", "DATE", "2013-07"),
            ("47 minutes", "DURATION", "PT47M"),
            ("10:41 p.m. PT", "TIME", "2014-08-27T22:41"),
            ("six-year", "DURATION", "P6Y"),
            ("March", "DATE", "2014-03"),
            ("2020", "DATE", "2020"),
            ("recently", "DATE", "PAST_REF"),
            ("every day", "SET", "P1D"),
            ("late September", "DATE", "2014-09"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("Tuesday", "DATE", "2014-08-26"),
            ("the coming weeks", "DURATION", "PXW"),
            ("the summer of 1977", "DATE", "1977-SU"),
            ("the final six weeks", "DURATION", "P6W"),
            ("1987", "DATE", "1987"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
