"""Annotations of the two-hundred-and-eightieth blind gold set, chosen by hand before the tagger
ran.

    python tests/data/gold_blind280/annotate.py [--show]

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
    # Wednesday 2013-07-17 (ISO week 29), US entertainment website's fall premiere calendar,
    # section label "FALL TV PREVIEW" (a standing feature's name, like "FALL MOVIE PREVIEW" in
    # gold_blind84, not annotated), headline with "Sept. 16" and "Nov. 3", byline, stamp "July
    # 17, 2013 | 2:05 PM ET" (DATE and TIME, the zone in the span, gold_blind84). "the fall"
    # and "this fall" ahead in July 2013-FA; "the spring" ahead 2014-SP; "Last fall" (possessive
    # without "'s") 2012-FA; "in May" the May just past 2013-05; "in January" ahead 2014-01.
    # "just under nine weeks" DURATION P9W, the modifier kept (the premieres are 61 days off).
    # "a full week before" an anchored duration, P1W. "the 2013-14 season" -> "2013" and "14"
    # (valued 2014), "season" left out (gold_blind43, gold_blind76, gold_blind91). "the following
    # week" after Monday Sept. 16 (week 38) is the ISO week after it, 2013-W39 (gold_blind29,
    # gold_blind39). "9/8c" after "Tuesday, Sept. 24" -> "9" 2013-09-24T21:00 and "8c" T20:00,
    # three TIMEX3 with the day (gold_blind84); "that night" the premiere night 2013-09-24TNI and
    # its "8:30" T20:30. Slots: "Mondays at 10", "Wednesdays at 8/7c", "every Sunday at 9" give a
    # SET for the weekday and TIMEs XXXX-XX-XXThh:mm (gold_blind84's "the 7.30pm slot on
    # Sundays"); "the 11:35 slot" XXXX-XX-XXT23:35. "Thursday, Sept. 26", "Monday, Sept. 30" one
    # span each; "two-hour" PT2H, "within two hours" PT2H; "its 10-year run" P10Y. "the 1990s
    # family comedy" -> "the 1990s" 199 (gold_blind84); "next week" 2013-W30; "every Monday" SET.
    # Not annotated: "FALL TV PREVIEW", "its Monday lineup" and "its Friday schedule" (weekdays
    # naming a kind, like "Its Sunday movie" in gold_blind84), "last season's breakout hit",
    # "midseason", "Late night" (a daypart naming programmes), "Season 6", "Season 2", "its 10th
    # season" (beside "10-year"), "channel 212", "2.1", "18-49", "54", the titles "Twelve Minutes
    # Late", "Seventh Winter", "1987", "The Nightcap With Ray Colfax", "tvbuzz.com/fall2013".
    "fall-tv-premiere-calendar": (
        "2013-07-17",
        [
            ("Sept. 16", "DATE", "2013-09-16"),
            ("Nov. 3", "DATE", "2013-11-03"),
            ("July 17, 2013", "DATE", "2013-07-17"),
            ("2:05 PM ET", "TIME", "2013-07-17T14:05"),
            ("this morning", "TIME", "2013-07-17TMO"),
            ("the fall", "DATE", "2013-FA"),
            ("just under nine weeks", "DURATION", "P9W"),
            ("Sept. 16", "DATE", "2013-09-16"),
            ("a full week", "DURATION", "P1W"),
            ("2013", "DATE", "2013"),
            ("14", "DATE", "2014"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("10", "TIME", "XXXX-XX-XXT22:00"),
            ("the following week", "DATE", "2013-W39"),
            ("Tuesday, Sept. 24", "DATE", "2013-09-24"),
            ("9", "TIME", "2013-09-24T21:00"),
            ("8c", "TIME", "2013-09-24T20:00"),
            ("two-hour", "DURATION", "PT2H"),
            ("that night", "TIME", "2013-09-24TNI"),
            ("8:30", "TIME", "2013-09-24T20:30"),
            ("Wednesdays", "SET", "XXXX-WXX-3"),
            ("8", "TIME", "XXXX-XX-XXT20:00"),
            ("7c", "TIME", "XXXX-XX-XXT19:00"),
            ("Oct. 2", "DATE", "2013-10-02"),
            ("Thursday, Sept. 26", "DATE", "2013-09-26"),
            ("two hours", "DURATION", "PT2H"),
            ("10-year", "DURATION", "P10Y"),
            ("the spring", "DATE", "2014-SP"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("Oct. 6", "DATE", "2013-10-06"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("9", "TIME", "XXXX-XX-XXT21:00"),
            ("Oct. 27", "DATE", "2013-10-27"),
            ("this fall", "DATE", "2013-FA"),
            ("the 1990s", "DATE", "199"),
            ("January", "DATE", "2014-01"),
            ("Last fall", "DATE", "2012-FA"),
            ("May", "DATE", "2013-05"),
            ("Monday, Sept. 30", "DATE", "2013-09-30"),
            ("Nov. 3", "DATE", "2013-11-03"),
            ("11:35", "TIME", "XXXX-XX-XXT23:35"),
            ("next week", "DATE", "2013-W30"),
            ("every Monday", "SET", "XXXX-WXX-1"),
        ],
    ),
    # Friday 2013-12-27 (ISO week 52), British national paper's media-page ratings story, label,
    # headline, standfirst, byline, date line "Friday 27 December 2013". Christmas Day 2013 was
    # Wednesday 2013-12-25: "Christmas Day" (headline and body, three times) and the past
    # "Wednesday" the same day; the overnights were "released yesterday", Thursday 2013-12-26,
    # Boxing Day; "Figures for Boxing Day are due this afternoon" -> 2013-12-26 and
    # 2013-12-27TAF. The evening's clock times belong to Christmas Day: "8pm", "9pm" (twice),
    # "between 6pm and midnight" with "midnight" the one ending the day, T24:00 (gold_blind103).
    # "its final 15 minutes" PT15M (an ordinal period, "the final ten minutes" in gold_blind84);
    # "hour-long" PT1H, "90-minute" PT90M; "seven days" of catch-up viewing P7D; "3 hours 41
    # minutes" PT221M (to a whole smaller unit, gold_blind24, gold_blind84); "12 minutes less"
    # PT12M (the size of a change). "last year's finale" and "Last year" 2012; "every year since
    # 2010" SET P1Y and 2010. "ITV's Christmas Eve film" -> "Christmas Eve" 2013-12-24, an
    # attributive holiday naming what was shown on it this year (gold_blind84's "a Christmas
    # Day release"); "the 1998 comedy" 1998 (an adjectival year). "7 January" 2014-01-07;
    # "March" and "July" past, 2013; "next year" 2014; "five nights a week" SET P1W (gold_blind84's
    # "five days a week"); "New Year's Day" 2014-01-01 "at 7pm" that day; "Sunday 5 January"
    # 2014-01-05, one span; "Sundays at 9pm" SET and XXXX-XX-XXT21:00; "next Christmas"
    # 2014-12-25. Not annotated: "Overnight figures" and "The overnights" (an adjective and a
    # noun naming a kind of figure, like "Overnight lows" in gold_blind103), "festive", "the
    # first time", "peak-time", "series two", "a third series of six episodes", "turns 30" (an
    # anniversary), the title "The Fifth of November", "Channel 4", "BBC One", "ITV", "Barb",
    # "9.1m", "10.2 million", "28.4%", "31%", "a heatwave", "a double episode".
    "maddox-row-christmas-day-ratings": (
        "2013-12-27",
        [
            ("Christmas Day", "DATE", "2013-12-25"),
            ("2009", "DATE", "2009"),
            ("Friday 27 December 2013", "DATE", "2013-12-27"),
            ("Christmas Day", "DATE", "2013-12-25"),
            ("yesterday", "DATE", "2013-12-26"),
            ("8pm", "TIME", "2013-12-25T20:00"),
            ("hour-long", "DURATION", "PT1H"),
            ("its final 15 minutes", "DURATION", "PT15M"),
            ("every year", "SET", "P1Y"),
            ("2010", "DATE", "2010"),
            ("90-minute", "DURATION", "PT90M"),
            ("9pm", "TIME", "2013-12-25T21:00"),
            ("last year", "DATE", "2012"),
            ("seven days", "DURATION", "P7D"),
            ("7 January", "DATE", "2014-01-07"),
            ("6pm", "TIME", "2013-12-25T18:00"),
            ("midnight", "TIME", "2013-12-25T24:00"),
            ("Last year", "DATE", "2012"),
            ("Christmas Day", "DATE", "2013-12-25"),
            ("3 hours 41 minutes", "DURATION", "PT221M"),
            ("12 minutes", "DURATION", "PT12M"),
            ("2012", "DATE", "2012"),
            ("Christmas Eve", "DATE", "2013-12-24"),
            ("1998", "DATE", "1998"),
            ("9pm", "TIME", "2013-12-25T21:00"),
            ("Wednesday", "DATE", "2013-12-25"),
            ("March", "DATE", "2013-03"),
            ("July", "DATE", "2013-07"),
            ("next year", "DATE", "2014"),
            ("five nights a week", "SET", "P1W"),
            ("New Year's Day", "DATE", "2014-01-01"),
            ("7pm", "TIME", "2014-01-01T19:00"),
            ("Sunday 5 January", "DATE", "2014-01-05"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("9pm", "TIME", "XXXX-XX-XXT21:00"),
            ("next Christmas", "DATE", "2014-12-25"),
            ("Boxing Day", "DATE", "2013-12-26"),
            ("this afternoon", "TIME", "2013-12-27TAF"),
        ],
    ),
    # Monday 2014-05-12 (ISO week 20), US trade website's renewal and cancellation story, label,
    # headline, byline, stamp "May 12, 2014 | 7:48AM PT" (DATE and TIME). Past weekdays: "said
    # Sunday" 2014-05-11 and "Sunday night" 2014-05-11TNI; Pinnacle's cancellations "on
    # Tuesday" 2014-05-06. "a day before it presents" DURATION P1D, "two days before the season
    # finale" P2D, "a week after" P1W (durations anchored to an event, gold_blind84). The
    # presentation "at 4 p.m. ET today" -> 2014-05-12T16:00 and DATE. "the 2014-15 season" ->
    # "2014" and "15" (valued 2015), "season" out (gold_blind43, gold_blind91). "will end after
    # its seventh season next year" -> "next year" 2015 only; "to begin in January" 2015-01;
    # "in February" the past one, 2014-02; "premiering March 4" 2014-03-04; "May 20"
    # 2014-05-20; "In the fall" 2014-FA; "in June" 2014-06 and "June 24" 2014-06-24; "by the end
    # of the month" 2014-05. Slots: "the 10 p.m. slot on Thursdays", "Sundays at 10",
    # "Wednesdays at 9:30/8:30c" -> SETs and TIMEs XXXX-XX-XXThh:mm (gold_blind84). "now"
    # PRESENT_REF; "months" PXM; "the past two years" P2Y; "since 2009" 2009. Not annotated:
    # TV seasons and their counts ("a fifth season", "a second", "its seventh season", "one
    # season", "three straight seasons", "this season", "the season finale", "its second
    # season"), "midseason", "the summer drama" (an adjective naming a kind, like "Summer
    # programs" in gold_blind103), "Upfront", the titles "Half Past Nine" and "Class of '88",
    # "13 episodes", "22 episodes", "13", "six episodes", "100th episode", "4.2 million",
    # "1.1", "18-49", "47", "by a third", "that hour" (anaphoric).
    "crestline-renews-fallow-street": (
        "2014-05-12",
        [
            ("May 12, 2014", "DATE", "2014-05-12"),
            ("7:48AM PT", "TIME", "2014-05-12T07:48"),
            ("Sunday", "DATE", "2014-05-11"),
            ("a day", "DURATION", "P1D"),
            ("2014", "DATE", "2014"),
            ("15", "DATE", "2015"),
            ("4 p.m. ET", "TIME", "2014-05-12T16:00"),
            ("today", "DATE", "2014-05-12"),
            ("next year", "DATE", "2015"),
            ("January", "DATE", "2015-01"),
            ("February", "DATE", "2014-02"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("March 4", "DATE", "2014-03-04"),
            ("Sunday night", "TIME", "2014-05-11TNI"),
            ("now", "DATE", "PRESENT_REF"),
            ("May 20", "DATE", "2014-05-20"),
            ("two days", "DURATION", "P2D"),
            ("the fall", "DATE", "2014-FA"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("10", "TIME", "XXXX-XX-XXT22:00"),
            ("2009", "DATE", "2009"),
            ("Wednesdays", "SET", "XXXX-WXX-3"),
            ("9:30", "TIME", "XXXX-XX-XXT21:30"),
            ("8:30c", "TIME", "XXXX-XX-XXT20:30"),
            ("a week", "DURATION", "P1W"),
            ("Tuesday", "DATE", "2014-05-06"),
            ("months", "DURATION", "PXM"),
            ("the past two years", "DURATION", "P2Y"),
            ("June", "DATE", "2014-06"),
            ("June 24", "DATE", "2014-06-24"),
            ("the end of the month", "DATE", "2014-05"),
        ],
    ),
    # Tuesday 2015-06-09 (ISO week 24), US entertainment website's streaming-release story,
    # label, headline, byline, stamp "Tuesday, June 9, 2015, 11:02 AM ET" (DATE with its
    # weekday, one span, and TIME). The release "drop Friday" (headline) and "at 12:01 a.m. PT
    # Friday" -> Friday 2015-06-12, "12:01 a.m. PT" 2015-06-12T00:01 (gold_blind55,
    # gold_blind86); the same instant elsewhere "3:01 a.m. ET", "8:01 a.m. BST" and "5:01 p.m.
    # AEST", each its own wall-clock value on that day (gold_blind28, gold_blind84), and "the
    # same day" 2015-06-12. "confirmed Monday" 2015-06-08. "weeks" PXW; "a weekly release" SET
    # P1W (an adjectival frequency naming a recurrence, gold_blind35). "March 2014"; "its first
    # 30 days" P30D (an ordinal period, gold_blind14); "eight-year" P8Y; "within a week" P1W;
    # "the spring and summer" after March 2014 -> "the spring" 2014-SP and "summer" 2014-SU;
    # "about 11 hours", "about 50 minutes", "74 minutes" (running times, gold_blind84). "last
    # week" 2015-W23; "in August" 2015-08; "60 days"; "2007"; "now" PRESENT_REF; "a year ago"
    # 2014 (the unit's granularity); "second-quarter" 2015-Q2 (calendar, no fiscal year
    # described); "July 16" 2015-07-16; "this week" 2015-W24 with "Wednesday" 2015-06-10 and
    # "Thursday" 2015-06-11 ahead; "every Friday" SET; "through August" 2015-08; "the 1980s"
    # 198; "the 2000s drama" -> "the 2000s" 200 (gold_blind84); "this month" 2015-06; "June 30".
    # Not annotated: "13 episodes" (twice), "season 2" (twice), "the second season", "The first
    # season", "a third season", "the new season", "all four seasons", "40%", "41 million", "33
    # million", "TV-MA", "$8.99", "in one sitting", the titles "Dana Ruiz: 24/7" and "Knife
    # Hour", "DVD-by-mail".
    "tidewater-season-two-drops-friday": (
        "2015-06-09",
        [
            ("Friday", "DATE", "2015-06-12"),
            ("Tuesday, June 9, 2015", "DATE", "2015-06-09"),
            ("11:02 AM ET", "TIME", "2015-06-09T11:02"),
            ("12:01 a.m. PT", "TIME", "2015-06-12T00:01"),
            ("Friday", "DATE", "2015-06-12"),
            ("3:01 a.m. ET", "TIME", "2015-06-12T03:01"),
            ("Monday", "DATE", "2015-06-08"),
            ("weeks", "DURATION", "PXW"),
            ("weekly", "SET", "P1W"),
            ("8:01 a.m. BST", "TIME", "2015-06-12T08:01"),
            ("5:01 p.m. AEST", "TIME", "2015-06-12T17:01"),
            ("the same day", "DATE", "2015-06-12"),
            ("March 2014", "DATE", "2014-03"),
            ("its first 30 days", "DURATION", "P30D"),
            ("eight-year", "DURATION", "P8Y"),
            ("a week", "DURATION", "P1W"),
            ("the spring", "DATE", "2014-SP"),
            ("summer", "DATE", "2014-SU"),
            ("about 11 hours", "DURATION", "PT11H"),
            ("about 50 minutes", "DURATION", "PT50M"),
            ("74 minutes", "DURATION", "PT74M"),
            ("last week", "DATE", "2015-W23"),
            ("August", "DATE", "2015-08"),
            ("60 days", "DURATION", "P60D"),
            ("2007", "DATE", "2007"),
            ("now", "DATE", "PRESENT_REF"),
            ("a year ago", "DATE", "2014"),
            ("second-quarter", "DATE", "2015-Q2"),
            ("July 16", "DATE", "2015-07-16"),
            ("this week", "DATE", "2015-W24"),
            ("the 1980s", "DATE", "198"),
            ("Wednesday", "DATE", "2015-06-10"),
            ("Thursday", "DATE", "2015-06-11"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("August", "DATE", "2015-08"),
            ("this month", "DATE", "2015-06"),
            ("the 2000s", "DATE", "200"),
            ("June 30", "DATE", "2015-06-30"),
        ],
    ),
    # Sunday 2015-01-11 (ISO week 2), Canadian paper's TV critic's review of a premiere, label,
    # headline, deck ("premieres tonight at 9 p.m. (9:30 NT)"), byline, date line "Sunday,
    # January 11, 2015". "tonight" (deck, twice in the body, "Tonight's double bill", the
    # closing line) 2015-01-11TNI; "9 p.m." 2015-01-11T21:00 and the Newfoundland airing "9:30
    # NT" T21:30, each its own wall clock (gold_blind84); "until 11 p.m." T23:00. The drama's own
    # time is annotated like any narrative (gold_blind84): "Feb. 3, 1994" 1994-02-03, "six
    # months after" P6M, "that evening" 1994-02-03TEV, "the next day" 1994-02-04; "its 1994
    # setting" 1994 (an adjectival year). "the first 40 minutes" PT40M (an ordinal period);
    # "this winter" in January 2015 is the winter under way, 2015-WI (a winter takes the year
    # of its January, gold_blind10, gold_blind103); "last winter" the one before, 2014-WI, and
    # its "February and March" 2014-02 and 2014-03 (the month takes the year of its clause,
    # gold_blind43). "12 years", "three years", "61 days", "30 days", "two hours" DURATIONs;
    # "the 1990s" 199; "in 2012"; "last month" 2014-12; "Sundays at 9" SET and
    # XXXX-XX-XXT21:00; "at 6 a.m. ET every Monday" XXXX-XX-XXT06:00 and SET XXXX-WXX-1; "next
    # Sunday" in a Sunday paper seven days ahead, 2015-01-18 (gold_blind84); "the finale airs
    # Feb. 22" 2015-02-22. Not annotated: "eight-part", "all eight episodes", "The third
    # episode", "the four sent to critics", "two seasons", "Docket 24" (a title), "Channel 16"
    # (a marine radio channel), "34" (an age), "3.5 out of 4", "double bill".
    "cold-harbour-premiere-review": (
        "2015-01-11",
        [
            ("tonight", "TIME", "2015-01-11TNI"),
            ("9 p.m.", "TIME", "2015-01-11T21:00"),
            ("9:30 NT", "TIME", "2015-01-11T21:30"),
            ("Sunday, January 11, 2015", "DATE", "2015-01-11"),
            ("Feb. 3, 1994", "DATE", "1994-02-03"),
            ("six months", "DURATION", "P6M"),
            ("that evening", "TIME", "1994-02-03TEV"),
            ("the next day", "DATE", "1994-02-04"),
            ("the first 40 minutes", "DURATION", "PT40M"),
            ("tonight", "TIME", "2015-01-11TNI"),
            ("this winter", "DATE", "2015-WI"),
            ("12 years", "DURATION", "P12Y"),
            ("the 1990s", "DATE", "199"),
            ("three years", "DURATION", "P3Y"),
            ("61 days", "DURATION", "P61D"),
            ("last winter", "DATE", "2014-WI"),
            ("February", "DATE", "2014-02"),
            ("March", "DATE", "2014-03"),
            ("2012", "DATE", "2012"),
            ("1994", "DATE", "1994"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("9", "TIME", "XXXX-XX-XXT21:00"),
            ("last month", "DATE", "2014-12"),
            ("6 a.m. ET", "TIME", "XXXX-XX-XXT06:00"),
            ("every Monday", "SET", "XXXX-WXX-1"),
            ("30 days", "DURATION", "P30D"),
            ("Tonight", "TIME", "2015-01-11TNI"),
            ("two hours", "DURATION", "PT2H"),
            ("11 p.m.", "TIME", "2015-01-11T23:00"),
            ("next Sunday", "DATE", "2015-01-18"),
            ("Feb. 22", "DATE", "2015-02-22"),
            ("tonight", "TIME", "2015-01-11TNI"),
            ("9 p.m.", "TIME", "2015-01-11T21:00"),
        ],
    ),
    # Thursday 2012-07-12 (ISO week 28), US paper's website, awards-nominations story, label,
    # headline, byline, stamp "July 12, 2012, 10:52 a.m." (DATE and TIME). Nominations
    # "announced this morning at 5:40 a.m. PT" -> 2012-07-12TMO and 2012-07-12T05:40. The
    # ceremony "Sunday, Sept. 16" 2012-09-16 (one span) "airs live at 8 p.m. ET/5 p.m. PT" -> two
    # TIMEs of the same instant, each its own wall clock (gold_blind28, gold_blind55,
    # gold_blind84), the slash a separator; the red-carpet show "from 6 p.m. ET" that day. The
    # reception "on Sunday night" ahead, 2012-07-15TNI. "last year's telecast" and "Last year's
    # big winner" 2011; "22 minutes" (the size of an overrun) PT22M; "three-hour" PT3H; "this
    # year" 2012; "from 1986 to 1997" two DATEs; "Sundays at 10" SET and XXXX-XX-XXT22:00;
    # "January", "April", "May", "March" past months of 2012; "a five-year run" P5Y; "his first
    # since 1988" 1988; "the 1950s" 195; "between June 1, 2011, and May 31" 2011-06-01 and
    # 2012-05-31; "Aug. 13", "5 p.m. PT on Aug. 27" (TIME and DATE); "Sept. 8 and 9" two DATEs,
    # the bare "9" 2012-09-09 (a day of the month whose month the text gives, gold_blind43);
    # "almost every year" SET P1Y, the modifier kept (gold_blind35). Not annotated: "the 41st"
    # (an edition), "19" (headline and body), "17", "nine awards", "12 nominations", "his 14th
    # nomination", "a first-year series", "its first season" (twice), "its final season", "six
    # of his castmates", "16,000", ages "29" and "81", the title "Seat 44", "short-form".
    "meridian-awards-nominations": (
        "2012-07-12",
        [
            ("July 12, 2012", "DATE", "2012-07-12"),
            ("10:52 a.m.", "TIME", "2012-07-12T10:52"),
            ("this morning", "TIME", "2012-07-12TMO"),
            ("5:40 a.m. PT", "TIME", "2012-07-12T05:40"),
            ("2009", "DATE", "2009"),
            ("Sunday, Sept. 16", "DATE", "2012-09-16"),
            ("8 p.m. ET", "TIME", "2012-09-16T20:00"),
            ("5 p.m. PT", "TIME", "2012-09-16T17:00"),
            ("6 p.m. ET", "TIME", "2012-09-16T18:00"),
            ("2010", "DATE", "2010"),
            ("2011", "DATE", "2011"),
            ("last year", "DATE", "2011"),
            ("22 minutes", "DURATION", "PT22M"),
            ("three-hour", "DURATION", "PT3H"),
            ("this year", "DATE", "2012"),
            ("1986", "DATE", "1986"),
            ("1997", "DATE", "1997"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("10", "TIME", "XXXX-XX-XXT22:00"),
            ("January", "DATE", "2012-01"),
            ("April", "DATE", "2012-04"),
            ("Last year", "DATE", "2011"),
            ("May", "DATE", "2012-05"),
            ("five-year", "DURATION", "P5Y"),
            ("1988", "DATE", "1988"),
            ("the 1950s", "DATE", "195"),
            ("June 1, 2011", "DATE", "2011-06-01"),
            ("May 31", "DATE", "2012-05-31"),
            ("Aug. 13", "DATE", "2012-08-13"),
            ("5 p.m. PT", "TIME", "2012-08-27T17:00"),
            ("Aug. 27", "DATE", "2012-08-27"),
            ("Sept. 8", "DATE", "2012-09-08"),
            ("9", "DATE", "2012-09-09"),
            ("almost every year", "SET", "P1Y"),
            ("March", "DATE", "2012-03"),
            ("Sunday night", "TIME", "2012-07-15TNI"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
