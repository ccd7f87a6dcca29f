"""Annotations of the three-hundred-and-eightieth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind380/annotate.py [--show]

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
    # Sunday 2013-11-17 (ISO week 46), AP-style NFL game story on a paper's website, section
    # label, headline, byline, stamp "Posted Nov. 17, 2013, 7:52 p.m. ET | Updated 9:15 p.m.
    # ET" (a DATE and two TIMEs, the zone in the span and not in the value, gold_blind43),
    # "KESSLER BAY, Md. (AP) —" dateline. The game was played "on Sunday", the publication
    # day; "Today" in the coach's quote the same day. Past weekdays: Oduya "turned 31 on
    # Tuesday" 2013-11-12, Brandt "said Wednesday" 2013-11-13, the injury "in practice
    # Wednesday morning" 2013-11-13TMO. "the previous week" (benched in the last game) is the
    # ISO week before the game's week, 2013-W45 (anchored on the story's game, gold_blind47);
    # "every night this week" -> SET XXXX-XX-XXTNI and "this week" 2013-W46 (Monday 11 to
    # Sunday 17 November). "three days after the Admirals placed ..." DURATION P3D (anchored on
    # an event, the duration alone). Future: "Thursday night" 2013-11-21TNI, "11 o'clock
    # tonight" -> "11 o'clock" 2013-11-17T23:00 and "tonight" 2013-11-17TNI (gold_blind6's "at
    # 11 o'clock"), "next Sunday" in a Sunday story the Sunday seven days ahead, 2013-11-24
    # (gold_blind11, gold_blind47), "Thanksgiving Day" 2013-11-28 (fourth Thursday of
    # November) with its kickoff "4:30 p.m. ET", "10 a.m. Monday" 2013-11-18. "for a month"
    # P1M; "since December 2010" 2010-12; "five-year" P5Y; "in March" 2013-03; "six weeks"
    # P6W ("last season" left out); "sold out in August" 2013-08; "the team's first sellout in
    # two years" P2Y (the period of a "first in"). Not annotated: the game clock ("6:12 into
    # overtime", "11:40 left", "1:58 to play"), "three quarters", "two quarters", "the fourth
    # quarter", "halftime", "the first half"/"first-half", "after the break", "overtime",
    # "the rest of the season", "last season", "this season", "the holiday" (anaphoric), scores
    # and records ("30-24", "5-5", "6-4", "21-10", "30-13", "14-3"), "No. 12", yardage
    # ("67-yard", "9-yard", "22-yarder", "48-yard", "14-yarder", "288 yards", "38 yards"),
    # ages "31", "27", "38", "$28 million", "68,412", "2,000", "admiralsfootball.com/2013tickets".
    "admirals-plainsmen-overtime-game-story": (
        "2013-11-17",
        [
            ("Nov. 17, 2013", "DATE", "2013-11-17"),
            ("7:52 p.m. ET", "TIME", "2013-11-17T19:52"),
            ("9:15 p.m. ET", "TIME", "2013-11-17T21:15"),
            ("Sunday", "DATE", "2013-11-17"),
            ("a month", "DURATION", "P1M"),
            ("December 2010", "DATE", "2010-12"),
            ("Today", "DATE", "2013-11-17"),
            ("Tuesday", "DATE", "2013-11-12"),
            ("the previous week", "DATE", "2013-W45"),
            ("Wednesday", "DATE", "2013-11-13"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("this week", "DATE", "2013-W46"),
            ("Sept. 22", "DATE", "2013-09-22"),
            ("three days", "DURATION", "P3D"),
            ("Wednesday morning", "TIME", "2013-11-13TMO"),
            ("five-year", "DURATION", "P5Y"),
            ("March", "DATE", "2013-03"),
            ("six weeks", "DURATION", "P6W"),
            ("Thursday night", "TIME", "2013-11-21TNI"),
            ("11 o'clock", "TIME", "2013-11-17T23:00"),
            ("tonight", "TIME", "2013-11-17TNI"),
            ("next Sunday", "DATE", "2013-11-24"),
            ("Thanksgiving Day", "DATE", "2013-11-28"),
            ("1986", "DATE", "1986"),
            ("4:30 p.m. ET", "TIME", "2013-11-28T16:30"),
            ("August", "DATE", "2013-08"),
            ("two years", "DURATION", "P2Y"),
            ("10 a.m.", "TIME", "2013-11-18T10:00"),
            ("Monday", "DATE", "2013-11-18"),
            ("2003", "DATE", "2003"),
            ("2009", "DATE", "2009"),
            ("Oct. 6", "DATE", "2013-10-06"),
        ],
    ),
    # Tuesday 2015-02-17 (ISO week 8), US sports website's NBA trade story, section label,
    # headline ("two days before deadline" -> "two days" DURATION P2D, anchored on the
    # deadline, the duration alone), stamp "Updated: Feb. 17, 2015, 6:48 PM ET" (DATE and
    # TIME), byline, no dateline; a "THE DEAL" box and a deadline and next-game box. "agreed
    # Tuesday" is the publication day. Past: "Monday night" 2015-02-16TNI, "confirmed Sunday"
    # 2015-02-15, "Tuesday afternoon" and "Tuesday morning" of the publication day. Future:
    # the deal "completed Wednesday" 2015-02-18, the deadline "3 p.m. ET on Thursday"
    # 2015-02-19T15:00 and the DATE (body and box), the debut "as soon as Friday" 2015-02-20
    # (box: "Friday, 7:30 p.m. ET"), "Wednesday night" 2015-02-18TNI, "on Saturday"
    # 2015-02-21, "this weekend" 2015-W08-WE. "after the 2015-16 season" -> "2015" and "16"
    # DATE 2016, the season named by two years giving two DATEs and "season" left out
    # (gold_blind43, gold_blind91). "last month" and "in January" 2015-01; "before the summer"
    # 2015-SU; "now" PRESENT_REF; "since Dec. 15" 2014-12-15; "the 2012 draft" -> "2012", an
    # adjectival year (gold_blind19's "the 2019 season"); "a 2016 first-round pick" and "a
    # 2017 second-rounder" (and the box's) -> "2016", "2017": the picks are in those years'
    # drafts, adjectival years (see README). "The last three weeks" DURATION P3W; "seven years"
    # P7Y; "four-year" P4Y; "every year" SET P1Y. Not annotated: "the All-Star break", "his
    # seventh season", "this season", "after the season", "the stretch run", "a back-to-back",
    # "trade deadline" and "deadline deal" (event-named), "No. 8", "No. 5", "No. 33", records
    # and statistics ("19-35", "33-20", "11 of its past 13 games", "eight straight", "17.4
    # points", "6.1 rebounds"), ages "29", "24", "33", "$48 million", "$2.9 million", "$4
    # million", "first-round", "second-round", "second-rounder".
    "comets-ruffin-three-team-trade": (
        "2015-02-17",
        [
            ("two days", "DURATION", "P2D"),
            ("Feb. 17, 2015", "DATE", "2015-02-17"),
            ("6:48 PM ET", "TIME", "2015-02-17T18:48"),
            ("Tuesday", "DATE", "2015-02-17"),
            ("Monday night", "TIME", "2015-02-16TNI"),
            ("Wednesday", "DATE", "2015-02-18"),
            ("3 p.m. ET", "TIME", "2015-02-19T15:00"),
            ("Thursday", "DATE", "2015-02-19"),
            ("four-year", "DURATION", "P4Y"),
            ("July 2013", "DATE", "2013-07"),
            ("2015", "DATE", "2015"),
            ("16", "DATE", "2016"),
            ("last month", "DATE", "2015-01"),
            ("Sunday", "DATE", "2015-02-15"),
            ("The last three weeks", "DURATION", "P3W"),
            ("Tuesday afternoon", "TIME", "2015-02-17TAF"),
            ("seven years", "DURATION", "P7Y"),
            ("January", "DATE", "2015-01"),
            ("the summer", "DATE", "2015-SU"),
            ("now", "DATE", "PRESENT_REF"),
            ("Dec. 15", "DATE", "2014-12-15"),
            ("2012", "DATE", "2012"),
            ("July 1", "DATE", "2015-07-01"),
            ("1997", "DATE", "1997"),
            ("2009", "DATE", "2009"),
            ("every year", "SET", "P1Y"),
            ("Tuesday morning", "TIME", "2015-02-17TMO"),
            ("2016", "DATE", "2016"),
            ("2017", "DATE", "2017"),
            ("February 2011", "DATE", "2011-02"),
            ("Friday", "DATE", "2015-02-20"),
            ("this weekend", "DATE", "2015-W08-WE"),
            ("Wednesday night", "TIME", "2015-02-18TNI"),
            ("Saturday", "DATE", "2015-02-21"),
            ("2016", "DATE", "2016"),
            ("2017", "DATE", "2017"),
            ("Thursday", "DATE", "2015-02-19"),
            ("3 p.m. ET", "TIME", "2015-02-19T15:00"),
            ("Friday", "DATE", "2015-02-20"),
            ("7:30 p.m. ET", "TIME", "2015-02-20T19:30"),
        ],
    ),
    # Wednesday 2014-04-16 (ISO week 16), college-town daily's football schedule-change story,
    # section label, headline ("moves to Black Friday"), date line "Wednesday, April 16, 2014"
    # (one DATE span with its weekday), byline, "BRANNOCK —" dateline. Thanksgiving 2014 is
    # Thursday 27 November: "the day after Thanksgiving" one DATE span 2014-11-28 (an anchored
    # holiday, like "the Wednesday before Thanksgiving" in gold_blind57), "Black Friday"
    # (headline and quote) 2014-11-28, "Thanksgiving morning" 2014-11-27TMO and "that evening"
    # after it 2014-11-27TEV (a narrative anchor, gold_blind8). "announced Tuesday" 2014-04-15,
    # "Tuesday afternoon" 2014-04-15TAF. Weekday-plus-date phrases one DATE span each
    # ("Saturday, Nov. 29", "Friday, Nov. 28", "Saturday, Nov. 22", "Thursday, Sept. 4",
    # "Wednesday, Nov. 26", "Sunday, Nov. 30"; gold_blind66). "Tech has an open date that
    # weekend" -> "that weekend" the weekend of Saturday 22 November just named, 2014-W47-WE.
    # "usually steps off at 10 a.m. on game day" -> "10 a.m." XXXX-XX-XXT10:00, the hour of a
    # routine on every game day (gold_blind91), "game day" left out; "at 11 a.m. Nov. 28" two
    # TIMEX3; "at noon on Wednesday, Nov. 26" 2014-11-26T12:00. "the spring game at 1 p.m.
    # Saturday" 2014-04-19T13:00 and 2014-04-19; "next week" 2014-W17. "for a decade" P10Y;
    # "only six days between games" P6D; "its first win over Tech in five years" P5Y (the
    # period of a "first in"); "every year since 1946" SET P1Y; "last year's game" -> "last
    # year" 2013; "through 2017"; "the next three years" P3Y. Not annotated: "on a Saturday"
    # and "a Friday game" (generic weekdays, no particular day), "this offseason" (a sports
    # off-season, like "the close season" in gold_blind91), "regular-season finale", "open
    # date", "game day", "the holiday" (anaphoric), "spring game" and "spring practice"
    # (seasonal adjectives naming kinds, gold_blind56), "Season-ticket", "Single-game", "home
    # opener", "The Kettle March" (a parade's name), "double overtime", "48-41-3", "31-28",
    # "brannockstate.edu/tix2014", "800-555-1994".
    "iron-kettle-game-moves-to-black-friday": (
        "2014-04-16",
        [
            ("Black Friday", "DATE", "2014-11-28"),
            ("Wednesday, April 16, 2014", "DATE", "2014-04-16"),
            ("1994", "DATE", "1994"),
            ("Tuesday", "DATE", "2014-04-15"),
            ("Saturday, Nov. 29", "DATE", "2014-11-29"),
            ("Friday, Nov. 28", "DATE", "2014-11-28"),
            ("the day after Thanksgiving", "DATE", "2014-11-28"),
            ("3:30 p.m. ET", "TIME", "2014-11-28T15:30"),
            ("Black Friday", "DATE", "2014-11-28"),
            ("a decade", "DURATION", "P10Y"),
            ("six days", "DURATION", "P6D"),
            ("Saturday, Nov. 22", "DATE", "2014-11-22"),
            ("that weekend", "DATE", "2014-W47-WE"),
            ("Tuesday afternoon", "TIME", "2014-04-15TAF"),
            ("Thanksgiving morning", "TIME", "2014-11-27TMO"),
            ("that evening", "TIME", "2014-11-27TEV"),
            ("2011", "DATE", "2011"),
            ("February", "DATE", "2014-02"),
            ("Sept. 6", "DATE", "2014-09-06"),
            ("Thursday, Sept. 4", "DATE", "2014-09-04"),
            ("7 p.m.", "TIME", "2014-09-04T19:00"),
            ("July 15", "DATE", "2014-07-15"),
            ("May 1", "DATE", "2014-05-01"),
            ("9 a.m.", "TIME", "2014-06-02T09:00"),
            ("June 2", "DATE", "2014-06-02"),
            ("1921", "DATE", "1921"),
            ("every year", "SET", "P1Y"),
            ("1946", "DATE", "1946"),
            ("last year", "DATE", "2013"),
            ("five years", "DURATION", "P5Y"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("11 a.m.", "TIME", "2014-11-28T11:00"),
            ("Nov. 28", "DATE", "2014-11-28"),
            ("noon", "TIME", "2014-11-26T12:00"),
            ("Wednesday, Nov. 26", "DATE", "2014-11-26"),
            ("Sunday, Nov. 30", "DATE", "2014-11-30"),
            ("2017", "DATE", "2017"),
            ("the next three years", "DURATION", "P3Y"),
            ("1 p.m.", "TIME", "2014-04-19T13:00"),
            ("Saturday", "DATE", "2014-04-19"),
            ("next week", "DATE", "2014-W17"),
        ],
    ),
    # Saturday 2015-05-16 (ISO week 20), AP-style golf story after a tournament's third round,
    # section label, headline, stamp "Published 8:31 p.m. ET May 16, 2015" (TIME and DATE),
    # byline, "PORT TILLMAN, S.C. (AP) —" dateline. The round was played "on Saturday", the
    # publication day; "Saturday afternoon" (the delay) 2015-05-16TAF and "until 7:48 p.m."
    # that day. The final round is Sunday 2015-05-17: "into Sunday", "Sunday afternoon"
    # 2015-05-17TAF, the tee times "between 7:30 a.m. and 9:20 a.m.", "last at 9:20 a.m.",
    # "by 2 p.m." (clock times without a named day on the day of their sentence), "in the
    # morning" -> "the morning" 2015-05-17TMO, "A win Sunday", "6:30 a.m. Sunday". Past
    # weekdays: "on Thursday and Friday" 2015-05-14 and 2015-05-15; future "Monday"
    # 2015-05-18. "the summer of 2011" 2011-SU; "four years" P4Y; "the 2012 season" -> "2012"
    # (adjectival year, the sports season left out, gold_blind19); "spent 2013" and "won here
    # in 2013" DATE 2013; "2 hours, 14 minutes" one DURATION in the smaller unit, PT134M (like
    # "2 hours 11 minutes" in gold_blind66); "11 years" P11Y; "this year" 2015; "in January"
    # 2015-01; "three weeks ago" 2015-W17, three ISO weeks back at the unit's granularity
    # (like "a fortnight ago" in gold_blind66); "early June" 2015-06; "two-year" P2Y; "next
    # month" 2015-06; "every 15 minutes" SET PT15M. Not annotated: "on a Saturday night"
    # (generic, no particular night), "final round", "second-round", "the tournament", "54-hole",
    # scores ("65", "7-under", "14-under 202", "68", "66", "70", "10 under", "64 and 67", "75"),
    # "the first and 10th tees", "the par-3 16th", "a tie for eighth", "187th", "212 starts",
    # "four of his first nine starts", "never once", "since" alone ("has not missed a cut
    # since", anaphoric), ages "34" and "35", "20 mph", "$1.17 million", "Route 17", "15 and
    # under".
    "coastal-pines-classic-third-round": (
        "2015-05-16",
        [
            ("8:31 p.m. ET", "TIME", "2015-05-16T20:31"),
            ("May 16, 2015", "DATE", "2015-05-16"),
            ("the summer of 2011", "DATE", "2011-SU"),
            ("Sunday", "DATE", "2015-05-17"),
            ("Saturday", "DATE", "2015-05-16"),
            ("2010", "DATE", "2010"),
            ("four years", "DURATION", "P4Y"),
            ("2012", "DATE", "2012"),
            ("2013", "DATE", "2013"),
            ("2 hours, 14 minutes", "DURATION", "PT134M"),
            ("Saturday afternoon", "TIME", "2015-05-16TAF"),
            ("7:48 p.m.", "TIME", "2015-05-16T19:48"),
            ("Sunday afternoon", "TIME", "2015-05-17TAF"),
            ("7:30 a.m.", "TIME", "2015-05-17T07:30"),
            ("9:20 a.m.", "TIME", "2015-05-17T09:20"),
            ("9:20 a.m.", "TIME", "2015-05-17T09:20"),
            ("2 p.m.", "TIME", "2015-05-17T14:00"),
            ("the morning", "TIME", "2015-05-17TMO"),
            ("2013", "DATE", "2013"),
            ("Monday", "DATE", "2015-05-18"),
            ("early June", "DATE", "2015-06"),
            ("Thursday", "DATE", "2015-05-14"),
            ("Friday", "DATE", "2015-05-15"),
            ("11 years", "DURATION", "P11Y"),
            ("this year", "DATE", "2015"),
            ("January", "DATE", "2015-01"),
            ("three weeks ago", "DATE", "2015-W17"),
            ("Sunday", "DATE", "2015-05-17"),
            ("two-year", "DURATION", "P2Y"),
            ("next month", "DATE", "2015-06"),
            ("1968", "DATE", "1968"),
            ("1999", "DATE", "1999"),
            ("6:30 a.m.", "TIME", "2015-05-17T06:30"),
            ("Sunday", "DATE", "2015-05-17"),
            ("every 15 minutes", "SET", "PT15M"),
        ],
    ),
    # Monday 2012-07-02 (ISO week 27), US local paper's baseball series story, section label,
    # date line "Monday, July 2, 2012" (one DATE span), headline, byline, "ASHLAND —" dateline,
    # "UP NEXT" box. The four-game series: "Thursday night" 2012-06-28TNI, the rain-out
    # "Friday's game" 2012-06-29, the doubleheader "Saturday" 2012-06-30 ("at 1:05 p.m." and
    # "at 11:52 p.m." that day; "Saturday night" 2012-06-30TNI), the finale "Sunday"
    # 2012-07-01 (three times), "Sunday night" 2012-07-01TNI, "Sunday morning" 2012-07-01TMO.
    # Ahead: "tonight" and "Tonight's game" 2012-07-02TNI with "7:05 p.m." (body and box, with
    # the box's "Monday" the publication day), "the Fourth of July" 2012-07-04 with "12:35
    # p.m." and "9:30 p.m." that day, "on Wednesday" the same day, "Friday night"
    # 2012-07-06TNI. "Three weeks ago" 2012-W24 (three ISO weeks back, the unit's
    # granularity); "last week" 2012-W26; "June" twice 2012-06 ("the month" after it left out,
    # anaphoric); "every month" SET P1M; "4 hours, 22 minutes" one DURATION PT262M (the length
    # of a game, like a race time, gold_blind66); "10 games in 10 days" -> "10 days" P10D;
    # "1962" (throwback uniforms from that year); "three-year" P3Y. Not annotated: "holiday
    # homestand" and "the holiday" (an adjective and an anaphor), ".500", records and scores
    # ("41-39", "6-2", "19-8", "8-4", "4-3", "7-6", "5-5", "three-games-to-one", "eight of
    # 11"), "seven innings", "11 innings", "a 10-game homestand", "a day game", "the All-Star
    # break", "the franchise's first season", "opening day", "the final year", "after the
    # season", "the 15-day disabled list" (a roster list named by its length), "No. 24",
    # ".341", "3.88", "4.12", "Triple-A", "WKRA 1490 AM", ages "58", "20,000", "38,114",
    # "9,000".
    "foxes-senators-series-holiday-homestand": (
        "2012-07-02",
        [
            ("Monday, July 2, 2012", "DATE", "2012-07-02"),
            ("Three weeks ago", "DATE", "2012-W24"),
            ("Sunday", "DATE", "2012-07-01"),
            ("April 22", "DATE", "2012-04-22"),
            ("June", "DATE", "2012-06"),
            ("June", "DATE", "2012-06"),
            ("every month", "SET", "P1M"),
            ("Sunday", "DATE", "2012-07-01"),
            ("May 27", "DATE", "2012-05-27"),
            ("Saturday night", "TIME", "2012-06-30TNI"),
            ("June 8", "DATE", "2012-06-08"),
            ("Thursday night", "TIME", "2012-06-28TNI"),
            ("4 hours, 22 minutes", "DURATION", "PT262M"),
            ("Saturday", "DATE", "2012-06-30"),
            ("Friday", "DATE", "2012-06-29"),
            ("1:05 p.m.", "TIME", "2012-06-30T13:05"),
            ("11:52 p.m.", "TIME", "2012-06-30T23:52"),
            ("tonight", "TIME", "2012-07-02TNI"),
            ("10 days", "DURATION", "P10D"),
            ("the Fourth of July", "DATE", "2012-07-04"),
            ("12:35 p.m.", "TIME", "2012-07-04T12:35"),
            ("9:30 p.m.", "TIME", "2012-07-04T21:30"),
            ("Tonight", "TIME", "2012-07-02TNI"),
            ("7:05 p.m.", "TIME", "2012-07-02T19:05"),
            ("1962", "DATE", "1962"),
            ("Wednesday", "DATE", "2012-07-04"),
            ("Friday night", "TIME", "2012-07-06TNI"),
            ("Sunday", "DATE", "2012-07-01"),
            ("Sunday night", "TIME", "2012-07-01TNI"),
            ("three-year", "DURATION", "P3Y"),
            ("last week", "DATE", "2012-W26"),
            ("June 19", "DATE", "2012-06-19"),
            ("Sunday morning", "TIME", "2012-07-01TMO"),
            ("June 28", "DATE", "2012-06-28"),
            ("7:05 p.m.", "TIME", "2012-07-02T19:05"),
            ("Monday", "DATE", "2012-07-02"),
        ],
    ),
    # Friday 2014-08-22 (ISO week 34), Canadian paper's website, motor-racing weekend preview,
    # section label, headline ("three days of racing" -> DURATION P3D), stamp "Published on:
    # August 22, 2014 | Last Updated: August 22, 2014 6:40 AM EDT" (two DATEs and a TIME, like
    # gold_blind103's Canadian stamp), byline, "PORT SOREL, Ont. —" dateline. Race weekend
    # Friday 22 to Sunday 24 August, "the weekend" (twice) 2014-W34-WE: practice "at 10:15
    # a.m. today" and "at 2:30 p.m." today, qualifying "Saturday at 1 p.m.", the race "at 2:40
    # p.m. Sunday", "Saturday afternoon" 2014-08-23TAF, "a clear, warm Sunday" -> the head noun
    # "Sunday" 2014-08-24 (like "a wetter than average autumn", gold_blind103), closures "at 6
    # a.m. today ... until 11 p.m. Sunday", "Sunday's race", "through Sunday". Past: "said
    # Thursday" 2014-08-21, "Wednesday night" 2014-08-20TNI; future "Wednesday morning"
    # 2014-08-27TMO. "two weeks ago" 2014-W32 (two ISO weeks back); "this morning"
    # 2014-08-22TMO; "last year" (three times) and "Last year" 2013, "in 2013" 2013; "three
    # days without rain" P3D; "every day for 12 months" SET P1D and DURATION P12M; "about 60
    # hours" PT60H; "45-minute" PT45M; "three-year" P3Y, "five-year" P5Y; "Sept. 9"
    # 2014-09-09; "this year" 2014; "in June" 2014-06. The shuttles "from 7 a.m. to 8 p.m.
    # daily" -> two TIMEs XXXX-XX-XXThh:mm (the hours of a recurring service) and "daily" SET
    # P1D (gold_blind66, gold_blind103), "every 10 minutes" SET PT10M. Not annotated: "The
    # fifth Port Sorel Grand Prix", "85-lap", "Lap 41", "the No. 14 car", "31 points", "three
    # races left", "40 per cent", "27C", "120,000", "104,000", "$1.8 million", "26" (age),
    # "Environment Canada" and the names, "portsorelgp.ca/2014", "1-888-555-2014".
    "port-sorel-grand-prix-race-weekend": (
        "2014-08-22",
        [
            ("three days", "DURATION", "P3D"),
            ("August 22, 2014", "DATE", "2014-08-22"),
            ("August 22, 2014", "DATE", "2014-08-22"),
            ("6:40 AM EDT", "TIME", "2014-08-22T06:40"),
            ("two weeks ago", "DATE", "2014-W32"),
            ("this morning", "TIME", "2014-08-22TMO"),
            ("10:15 a.m.", "TIME", "2014-08-22T10:15"),
            ("today", "DATE", "2014-08-22"),
            ("45-minute", "DURATION", "PT45M"),
            ("2:30 p.m.", "TIME", "2014-08-22T14:30"),
            ("Saturday", "DATE", "2014-08-23"),
            ("1 p.m.", "TIME", "2014-08-23T13:00"),
            ("2:40 p.m.", "TIME", "2014-08-24T14:40"),
            ("Sunday", "DATE", "2014-08-24"),
            ("the weekend", "DATE", "2014-W34-WE"),
            ("last year", "DATE", "2013"),
            ("three days", "DURATION", "P3D"),
            ("Thursday", "DATE", "2014-08-21"),
            ("Last year", "DATE", "2013"),
            ("Saturday afternoon", "TIME", "2014-08-23TAF"),
            ("Sunday", "DATE", "2014-08-24"),
            ("the weekend", "DATE", "2014-W34-WE"),
            ("2012", "DATE", "2012"),
            ("last year", "DATE", "2013"),
            ("every day", "SET", "P1D"),
            ("12 months", "DURATION", "P12M"),
            ("Wednesday night", "TIME", "2014-08-20TNI"),
            ("6 a.m.", "TIME", "2014-08-22T06:00"),
            ("today", "DATE", "2014-08-22"),
            ("11 p.m.", "TIME", "2014-08-24T23:00"),
            ("Sunday", "DATE", "2014-08-24"),
            ("Wednesday morning", "TIME", "2014-08-27TMO"),
            ("about 60 hours", "DURATION", "PT60H"),
            ("2013", "DATE", "2013"),
            ("three-year", "DURATION", "P3Y"),
            ("Sunday", "DATE", "2014-08-24"),
            ("five-year", "DURATION", "P5Y"),
            ("Sept. 9", "DATE", "2014-09-09"),
            ("this year", "DATE", "2014"),
            ("June", "DATE", "2014-06"),
            ("every 10 minutes", "SET", "PT10M"),
            ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
            ("Sunday", "DATE", "2014-08-24"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
