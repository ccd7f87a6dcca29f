"""Annotations of the sixty-sixth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind66/annotate.py [--show]

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
    # Thursday 2013-10-03 (ISO week 40), Reuters-style motor-racing preview, "PORT SAVREN,
    # Kelvara, Oct 3 (Reuters) -" dateline; "warned on Thursday" is the day of the wire. The
    # grand prix weekend is Friday 2013-10-04 (practice), Saturday 2013-10-05 (qualifying) and
    # Sunday 2013-10-06 (the race; headline and lead "on Sunday" future). Kelvara is two hours
    # ahead of GMT: "10 a.m. local (0800 GMT)", "2 p.m. (1200 GMT)", "1400 local (1200 GMT)"
    # are two TIMEX3 each on the same day (gold_blind28, gold_blind45: "local" in the span,
    # "GMT" in the span, no zone in the value). "Saturday afternoon" in the quote is the coming
    # one. "the winner here a year ago" 2012 (unit's granularity), "Last year's race" -> "Last
    # year" 2012 and "A year earlier" after it 2011 (gold_blind35). "since June" 2013-06 (past
    # month); "this weekend" 2013-W40-WE; "Nov 24" 2013-11-24 (the finale ahead);
    # "earlier this week" the publication week 2013-W40, like "Earlier this month"
    # (gold_blind35); "from 2015" -> "2015"; "said on Wednesday" 2013-10-02; "for days" PXD;
    # "5 p.m. today" two TIMEX3. "90-minute" adjectival DURATION. Not annotated: "car number
    # 7", "56-lap", "lap 31", "43 points", "18 points", "five races left", "the season finale"
    # (dated by "Nov 24"), "third", "27" (age), "may" (verb), "Night racing", "parc ferme".
    "kelvara-grand-prix-storm-threat": (
        "2013-10-03",
        [
            ("Sunday", "DATE", "2013-10-06"),
            ("Oct 3", "DATE", "2013-10-03"),
            ("Sunday", "DATE", "2013-10-06"),
            ("Thursday", "DATE", "2013-10-03"),
            ("2008", "DATE", "2008"),
            ("Friday", "DATE", "2013-10-04"),
            ("10 a.m. local", "TIME", "2013-10-04T10:00"),
            ("0800 GMT", "TIME", "2013-10-04T08:00"),
            ("90-minute", "DURATION", "PT90M"),
            ("2 p.m.", "TIME", "2013-10-04T14:00"),
            ("1200 GMT", "TIME", "2013-10-04T12:00"),
            ("Saturday", "DATE", "2013-10-05"),
            ("3 p.m.", "TIME", "2013-10-05T15:00"),
            ("Sunday", "DATE", "2013-10-06"),
            ("1400 local", "TIME", "2013-10-06T14:00"),
            ("1200 GMT", "TIME", "2013-10-06T12:00"),
            ("Saturday afternoon", "TIME", "2013-10-05TAF"),
            ("three weeks", "DURATION", "P3W"),
            ("September", "DATE", "2013-09"),
            ("June", "DATE", "2013-06"),
            ("a year ago", "DATE", "2012"),
            ("this weekend", "DATE", "2013-W40-WE"),
            ("Nov 24", "DATE", "2013-11-24"),
            ("Last year", "DATE", "2012"),
            ("almost an hour", "DURATION", "PT1H"),
            ("A year earlier", "DATE", "2011"),
            ("45 minutes", "DURATION", "PT45M"),
            ("another five years", "DURATION", "P5Y"),
            ("earlier this week", "DATE", "2013-W40"),
            ("2015", "DATE", "2015"),
            ("Friday night", "TIME", "2013-10-04TNI"),
            ("Saturday morning", "TIME", "2013-10-05TMO"),
            ("8 p.m.", "TIME", "2013-10-05T20:00"),
            ("Saturday", "DATE", "2013-10-05"),
            ("Wednesday", "DATE", "2013-10-02"),
            ("days", "DURATION", "PXD"),
            ("Now", "DATE", "PRESENT_REF"),
            ("5 p.m.", "TIME", "2013-10-03T17:00"),
            ("today", "DATE", "2013-10-03"),
        ],
    ),
    # Wednesday 2012-08-22 (ISO week 34), US paper's golf preview, headline, byline, date line
    # "Wednesday, August 22, 2012", "GRANTHAM FALLS —" dateline. The Classic runs Thursday
    # 2012-08-23 to Sunday 2012-08-26: "tees off at 8:42 a.m. Thursday" (headline "tees off
    # Thursday" the same day), "1:27 p.m. Friday" 2012-08-24, "Friday's second round" ->
    # "Friday", "the final round Sunday" 2012-08-26, "the afternoon" of that Sunday
    # 2012-08-26TAF. "Okafor won Sunday" is the past Sunday, 2012-08-19; "Tuesday morning"
    # past, 2012-08-21TMO. "since April" 2012-04, "a four-month drought" (April to August)
    # P4M; "a year ago" and "last year" 2011; "next month's playoffs" -> "next month" 2012-09;
    # "through the weekend" -> "the weekend" 2012-W34-WE; "next summer" 2013-SU. "Gates open
    # at 6:30 a.m. each day": the clock time of a recurring opening XXXX-XX-XXT06:30 and the
    # SET "each day" P1D (gold_blind28). Clock times with their zone keep it in the span ("6
    # p.m. EDT", "about 6:15 p.m. EDT", like "4 p.m. EDT" in gold_blind52 and "about 6:40 a.m.
    # EDT" in gold_blind59). Not annotated: "the first two rounds", "the final round", "the
    # final-round tee times" (rounds of an event), "36-hole cut", "nine-hole", "the 10th tee",
    # "No. 1", "No. 3", "top 10", "144", "top 70", "the mid-90s" (temperatures), "50th
    # edition", "$6.2 million", "$5.5 million", "34" (age), "may" (verb), the URL
    # "brookvaleclassic.com/2012/tickets", the phone number "555-201-2012", "Route 18".
    "brookvale-classic-hadley-tee-times": (
        "2012-08-22",
        [
            ("Thursday", "DATE", "2012-08-23"),
            ("Wednesday, August 22, 2012", "DATE", "2012-08-22"),
            ("April", "DATE", "2012-04"),
            ("8:42 a.m.", "TIME", "2012-08-23T08:42"),
            ("Thursday", "DATE", "2012-08-23"),
            ("four-month", "DURATION", "P4M"),
            ("2009", "DATE", "2009"),
            ("2010", "DATE", "2010"),
            ("a year ago", "DATE", "2011"),
            ("Tuesday morning", "TIME", "2012-08-21TMO"),
            ("two hours", "DURATION", "PT2H"),
            ("today", "DATE", "2012-08-22"),
            ("a decade", "DURATION", "P10Y"),
            ("8:42 a.m.", "TIME", "2012-08-23T08:42"),
            ("Thursday", "DATE", "2012-08-23"),
            ("1:27 p.m.", "TIME", "2012-08-24T13:27"),
            ("Friday", "DATE", "2012-08-24"),
            ("Friday", "DATE", "2012-08-24"),
            ("Sunday", "DATE", "2012-08-19"),
            ("three weeks", "DURATION", "P3W"),
            ("next month", "DATE", "2012-09"),
            ("the weekend", "DATE", "2012-W34-WE"),
            ("an hour", "DURATION", "PT1H"),
            ("Sunday", "DATE", "2012-08-26"),
            ("the afternoon", "TIME", "2012-08-26TAF"),
            ("6:30 a.m.", "TIME", "XXXX-XX-XXT06:30"),
            ("each day", "SET", "P1D"),
            ("Thursday", "DATE", "2012-08-23"),
            ("3 p.m.", "TIME", "2012-08-23T15:00"),
            ("6 p.m. EDT", "TIME", "2012-08-23T18:00"),
            ("Sunday", "DATE", "2012-08-26"),
            ("1 p.m.", "TIME", "2012-08-26T13:00"),
            ("about 6:15 p.m. EDT", "TIME", "2012-08-26T18:15"),
            ("1962", "DATE", "1962"),
            ("1987", "DATE", "1987"),
            ("next summer", "DATE", "2013-SU"),
            ("last year", "DATE", "2011"),
        ],
    ),
    # Tuesday 2014-12-23 (ISO week 52), British paper's cricket preview, headline, byline, date
    # line "Tuesday 23 December 2014". The third Test starts on Boxing Day, Friday 2014-12-26
    # (headline and body), "at 10.30am on Friday (2330 GMT on Christmas Day)": the ground is
    # eleven hours ahead of GMT, so the GMT time falls on the day before, with its own day
    # "Christmas Day" 2014-12-25 (gold_blind28's "(2212 GMT Monday)"). "last week" 2014-W51;
    # "said yesterday" 2014-12-22; "since Saturday" 2014-12-20 and "said on Sunday" 2014-12-21
    # (past); "this morning" 2014-12-23TMO; "tomorrow" 2014-12-24; "Christmas morning"
    # 2014-12-25TMO. Ordinal days and periods of a match are DURATIONs (gold_blind24's "the
    # final day", gold_blind26, gold_blind29): "the third day" (twice: of the past Test, and of
    # this one, dated by "Sunday afternoon" 2014-12-28TAF), "the first day", "the opening two
    # days" P2D, "the first four days" P4D, "the fifth day" P1D with its "Tuesday" 2014-12-30.
    # The daily hours of play "start at 10.30am and end at 5pm" recur over four days,
    # XXXX-XX-XXT10:30 and XXXX-XX-XXT17:00 (gold_blind28's recurring hours). "every year" SET
    # P1Y; "in October" 2014-10 (past); "January 3" 2015-01-03 and "January 16" 2015-01-16
    # (ahead); "appointed in March" 2014-03; "the 2015 World Cup" -> "2015"; "a fortnight ago"
    # at the unit's granularity, two ISO weeks back, 2014-W50. Not annotated: "stumps", "the
    # final session", "overs", "day-night", "one-day internationals" (formats), "the second
    # Test", "the first Test", "the third of four", "96 runs", "2-0", "41 runs", "163 for
    # eight", "112", "80,000", "Dale Summer" (a batsman), "The Sunday Mail" (a paper).
    "harbour-oval-boxing-day-test-preview": (
        "2014-12-23",
        [
            ("Boxing Day", "DATE", "2014-12-26"),
            ("Tuesday 23 December 2014", "DATE", "2014-12-23"),
            ("five-day", "DURATION", "P5D"),
            ("Boxing Day", "DATE", "2014-12-26"),
            ("last week", "DATE", "2014-W51"),
            ("yesterday", "DATE", "2014-12-22"),
            ("10.30am", "TIME", "2014-12-26T10:30"),
            ("Friday", "DATE", "2014-12-26"),
            ("2330 GMT", "TIME", "2014-12-25T23:30"),
            ("Christmas Day", "DATE", "2014-12-25"),
            ("the third day", "DURATION", "P1D"),
            ("two days", "DURATION", "P2D"),
            ("one hour", "DURATION", "PT1H"),
            ("Saturday", "DATE", "2014-12-20"),
            ("this morning", "TIME", "2014-12-23TMO"),
            ("tomorrow", "DATE", "2014-12-24"),
            ("Christmas morning", "TIME", "2014-12-25TMO"),
            ("every year", "SET", "P1Y"),
            ("1979", "DATE", "1979"),
            ("1986", "DATE", "1986"),
            ("2003", "DATE", "2003"),
            ("the first day", "DURATION", "P1D"),
            ("Sunday", "DATE", "2014-12-21"),
            ("the opening two days", "DURATION", "P2D"),
            ("October", "DATE", "2014-10"),
            ("Sunday afternoon", "TIME", "2014-12-28TAF"),
            ("the third day", "DURATION", "P1D"),
            ("the first four days", "DURATION", "P4D"),
            ("10.30am", "TIME", "XXXX-XX-XXT10:30"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("the fifth day", "DURATION", "P1D"),
            ("Tuesday", "DATE", "2014-12-30"),
            ("half an hour", "DURATION", "PT30M"),
            ("January 3", "DATE", "2015-01-03"),
            ("January 16", "DATE", "2015-01-16"),
            ("the 1990s", "DATE", "199"),
            ("March", "DATE", "2014-03"),
            ("2015", "DATE", "2015"),
            ("a fortnight ago", "DATE", "2014-W50"),
        ],
    ),
    # Friday 2015-04-17 (ISO week 16), US paper's marathon preview, headline, byline, date line
    # "Friday, April 17, 2015", "LAKEPORT —" dateline. The race is on Sunday 2015-04-19
    # (headline "Sunday's race" -> "Sunday"); the wave start times carry no day and take the
    # race morning's (gold_blind24): "6:45 a.m." to "8:15 a.m." 2015-04-19, "at 2:15 p.m." the
    # course's close, "by midmorning" -> "midmorning" 2015-04-19TMO. "said Thursday"
    # 2015-04-16 (past); "until 8 p.m. today" 2015-04-17T20:00; "from 9 a.m. to 6 p.m.
    # Saturday" 2015-04-18; "Saturday's 5K" and "8 a.m. Saturday" 2015-04-18; "posted Monday"
    # 2015-04-20 (future). Finishing times are one DURATION each in the smaller unit
    # (gold_blind24: "2 hours 11 minutes" PT131M, "2 hours 9 minutes" PT129M). "a year ago"
    # and "last year" 2014; "since January" 2015-01 beside the SET "every week" P1W; "the past
    # two decades" P20Y; "in recent years" -> "recent years" PAST_REF; "next year" 2016;
    # "about 3 p.m." with the modifier (gold_blind59). Not annotated: "Wave 1" to "Wave 4",
    # "Bibs 1 to 5999", "Mile 3", "the 38th Lakeport Marathon", "5K", "21,400", "the Lakeport
    # 2015 Challenge" (a name holding a year, like "Kesterfield 2008" in gold_blind34), "the
    # low 40s" (temperatures), "15 mph", "555-0138", "may" (verb), "for the first time".
    "lakeport-marathon-start-waves": (
        "2015-04-17",
        [
            ("Sunday", "DATE", "2015-04-19"),
            ("Friday, April 17, 2015", "DATE", "2015-04-17"),
            ("Sunday morning", "TIME", "2015-04-19TMO"),
            ("6:45 a.m.", "TIME", "2015-04-19T06:45"),
            ("15 minutes", "DURATION", "PT15M"),
            ("7 a.m.", "TIME", "2015-04-19T07:00"),
            ("7:25 a.m.", "TIME", "2015-04-19T07:25"),
            ("7:50 a.m.", "TIME", "2015-04-19T07:50"),
            ("8:15 a.m.", "TIME", "2015-04-19T08:15"),
            ("Thursday", "DATE", "2015-04-16"),
            ("last year", "DATE", "2014"),
            ("six hours", "DURATION", "PT6H"),
            ("2:15 p.m.", "TIME", "2015-04-19T14:15"),
            ("8 p.m.", "TIME", "2015-04-17T20:00"),
            ("today", "DATE", "2015-04-17"),
            ("9 a.m.", "TIME", "2015-04-18T09:00"),
            ("6 p.m.", "TIME", "2015-04-18T18:00"),
            ("Saturday", "DATE", "2015-04-18"),
            ("Sunday", "DATE", "2015-04-19"),
            ("2 hours 11 minutes", "DURATION", "PT131M"),
            ("a year ago", "DATE", "2014"),
            ("2 hours 9 minutes", "DURATION", "PT129M"),
            ("2007", "DATE", "2007"),
            ("every week", "SET", "P1W"),
            ("January", "DATE", "2015-01"),
            ("5 a.m.", "TIME", "2015-04-19T05:00"),
            ("Sunday", "DATE", "2015-04-19"),
            ("about 3 p.m.", "TIME", "2015-04-19T15:00"),
            ("Saturday", "DATE", "2015-04-18"),
            ("8 a.m.", "TIME", "2015-04-18T08:00"),
            ("Saturday", "DATE", "2015-04-18"),
            ("midmorning", "TIME", "2015-04-19TMO"),
            ("1978", "DATE", "1978"),
            ("the past two decades", "DURATION", "P20Y"),
            ("recent years", "DATE", "PAST_REF"),
            ("next year", "DATE", "2016"),
            ("Monday", "DATE", "2015-04-20"),
        ],
    ),
    # Monday 2014-01-06 (ISO week 2), AP-style cup-draw story, headline, byline, "HALDEN,
    # England (AP) —" dateline without date; the draw was "made Monday", the day of the wire.
    # "the weekend of Jan. 25-26" is one DATE, the ISO weekend 2014-W04-WE (Saturday 25 and
    # Sunday 26 January), with its dates inside the span like "the spring of 1988"
    # (gold_blind35) and "the summer of 2028" (gold_blind24); "Tuesday, Feb. 4" and
    # "Wednesday, Feb. 5" one span each with their weekday. "10 days before the fifth round"
    # -> "10 days" (Feb. 5 to Feb. 15). Past weekdays: "beat Ashwell 3-1 on Saturday" and the
    # 4-0 win "on Saturday" 2014-01-04, "drew 2-2 on Sunday" 2014-01-05; future: the replay
    # "Tuesday night" 2014-01-07TNI, "by Friday" 2014-01-10, "on sale Thursday at 9 a.m."
    # 2014-01-09. "in the summer" (a shirt taken over) the past summer 2013-SU; "won the cup in
    # May" 2013-05 (past) and "the first time in 22 years" -> "22 years" (gold_blind35);
    # "almost 15 years" since "March 1999"; "next week" 2014-W03; "the final is on May 17"
    # 2014-05-17; "a week after the league season ends" -> "a week". "every year" and
    # "annually" SET P1Y. Not annotated: "March Rovers" (a club from a town named March),
    # "the Halden Sunday Post" (a paper), "the fourth round", "the fifth round", "the last 32",
    # "third-round replay", "halftime", "the league season", "the two world wars", "No. 19",
    # scores "3-1", "2-2", "4-0", "second-tier", "Eighth-tier", "18,000", "last four home
    # games", "the first time".
    "marlow-cup-fourth-round-draw": (
        "2014-01-06",
        [
            ("the weekend of Jan. 25-26", "DATE", "2014-W04-WE"),
            ("Monday", "DATE", "2014-01-06"),
            ("Tuesday, Feb. 4", "DATE", "2014-02-04"),
            ("Wednesday, Feb. 5", "DATE", "2014-02-05"),
            ("10 days", "DURATION", "P10D"),
            ("Feb. 15", "DATE", "2014-02-15"),
            ("Saturday", "DATE", "2014-01-04"),
            ("the summer", "DATE", "2013-SU"),
            ("11 minutes", "DURATION", "PT11M"),
            ("Tuesday night", "TIME", "2014-01-07TNI"),
            ("Sunday", "DATE", "2014-01-05"),
            ("7 p.m.", "TIME", "2014-01-06T19:00"),
            ("1900 GMT", "TIME", "2014-01-06T19:00"),
            ("Friday", "DATE", "2014-01-10"),
            ("Jan. 25", "DATE", "2014-01-25"),
            ("next week", "DATE", "2014-W03"),
            ("every year", "SET", "P1Y"),
            ("2008", "DATE", "2008"),
            ("May", "DATE", "2013-05"),
            ("22 years", "DURATION", "P22Y"),
            ("March 1999", "DATE", "1999-03"),
            ("almost 15 years", "DURATION", "P15Y"),
            ("Saturday", "DATE", "2014-01-04"),
            ("the 1990s", "DATE", "199"),
            ("the 1950s", "DATE", "195"),
            ("Thursday", "DATE", "2014-01-09"),
            ("9 a.m.", "TIME", "2014-01-09T09:00"),
            ("May 17", "DATE", "2014-05-17"),
            ("a week", "DURATION", "P1W"),
            ("1881", "DATE", "1881"),
            ("annually", "SET", "P1Y"),
        ],
    ),
    # Saturday 2015-04-25 (ISO week 17), US paper's schedule-release story, headline, byline,
    # date line "Saturday, April 25, 2015", "CARVER CITY —" dateline. Opener "Sunday, Sept. 13"
    # 2015-09-13 (headline "Sept. 13"); the headline's "2015 schedule" -> "2015", an adjectival
    # year (gold_blind24). "Week 9" is a numbered week of the season, like rounds and stages a
    # period of the competition, and is not annotated (see README); the calendar weekend the
    # text gives for it, "the weekend of Nov. 7-8", is 2015-W45-WE (Saturday 7 and Sunday 8
    # November), one span as in the cup story. "released Thursday night" 2015-04-23TNI and
    # "said Friday" 2015-04-24 (past); "the draft, which begins Thursday" 2015-04-30 (future).
    # London game "Oct. 25 ... 9:30 a.m. EDT (1:30 p.m. local)": Britain is back on GMT from
    # that day, four hours ahead of EDT. "a Monday night game ... on Oct. 19" -> "Monday night"
    # 2015-10-19TNI. "Thanksgiving Day" 2015 is the fourth Thursday of November, 2015-11-26;
    # "Jan. 3" the season's last game, 2016-01-03, and "the following weekend" 2016-W01-WE
    # (9-10 January 2016). "9-7 a year ago" -> "a year ago" 2014; "a week off" P1W; "the first
    # increase in three years" -> "three years" and "for the first time in a decade" -> "a
    # decade" (gold_blind35); "mid-July" 2015-07; "every summer" SET XXXX-SU. Not annotated:
    # "Week 9", "the season", "The regular season", "the preseason", "the playoffs", "the first
    # round", "9-7", "19th", "three straight road games", "four prime-time games", "4%", the
    # festival name "Kickoff 2015", the URL "ironmenfootball.com/schedule2015".
    "carver-city-ironmen-2015-schedule": (
        "2015-04-25",
        [
            ("Sept. 13", "DATE", "2015-09-13"),
            ("2015", "DATE", "2015"),
            ("Saturday, April 25, 2015", "DATE", "2015-04-25"),
            ("Sunday, Sept. 13", "DATE", "2015-09-13"),
            ("a week", "DURATION", "P1W"),
            ("Thursday night", "TIME", "2015-04-23TNI"),
            ("the weekend of Nov. 7-8", "DATE", "2015-W45-WE"),
            ("Friday", "DATE", "2015-04-24"),
            ("October", "DATE", "2015-10"),
            ("Oct. 25", "DATE", "2015-10-25"),
            ("9:30 a.m. EDT", "TIME", "2015-10-25T09:30"),
            ("1:30 p.m. local", "TIME", "2015-10-25T13:30"),
            ("Wednesday, Oct. 21", "DATE", "2015-10-21"),
            ("a year ago", "DATE", "2014"),
            ("2009", "DATE", "2009"),
            ("Monday night", "TIME", "2015-10-19TNI"),
            ("Oct. 19", "DATE", "2015-10-19"),
            ("8:30 p.m. EDT", "TIME", "2015-10-19T20:30"),
            ("Thanksgiving Day", "DATE", "2015-11-26"),
            ("a decade", "DURATION", "P10Y"),
            ("4:30 p.m. EST", "TIME", "2015-11-26T16:30"),
            ("Jan. 3", "DATE", "2016-01-03"),
            ("the following weekend", "DATE", "2016-W01-WE"),
            ("July 29", "DATE", "2015-07-29"),
            ("Saturday, Aug. 15", "DATE", "2015-08-15"),
            ("7 p.m.", "TIME", "2015-08-15T19:00"),
            ("May 15", "DATE", "2015-05-15"),
            ("mid-July", "DATE", "2015-07"),
            ("this year", "DATE", "2015"),
            ("three years", "DURATION", "P3Y"),
            ("2017", "DATE", "2017"),
            ("the past two weeks", "DURATION", "P2W"),
            ("Thursday", "DATE", "2015-04-30"),
            ("Every week", "SET", "P1W"),
            ("Now", "DATE", "PRESENT_REF"),
            ("every summer", "SET", "XXXX-SU"),
            ("Aug. 8", "DATE", "2015-08-08"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
