"""Annotations of blind gold set 334, chosen by hand before the tagger ran.

    python tests/data/gold_blind334/annotate.py [--show]

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
    # Sunday 2012-11-25 (ISO week 47), British Sunday paper's football match report, section
    # label, score headline, standfirst, byline "at Ferry Road", date line "Sunday 25 November
    # 2012". The match was "yesterday", Saturday 2012-11-24, "yesterday afternoon" its
    # afternoon. "nine-week" (headline) P9W; "the last nine minutes" an ordinal period of the
    # match, PT9M (like "the first 45 minutes", gold_blind43); "For 80 minutes" PT80M; "since
    # August" and "since September" the nearest past ones, 2012-08 and 2012-09. Okafor's
    # quote (spoken on Saturday): "on Thursday" 2012-11-22; "every afternoon" SET
    # XXXX-XX-XXTAF; "the start of the month" 2012-11 (like "the start of the year" taking
    # the year, gold_blind30, gold_blind91). Lusk's quote is anchored to the day he spoke,
    # Saturday (gold_blind40, gold_blind93): "Last Saturday" 2012-11-17, "on Tuesday night"
    # 2012-11-20TNI, "at 8am the next day" 2012-11-21T08:00 and DATE 2012-11-21, "this
    # afternoon" 2012-11-24TAF. Future: "on Tuesday for a 7.45pm kick-off" 2012-11-27 and
    # 2012-11-27T19:45 (the clock time inside the kick-off annotated alone, gold_blind24);
    # "next Saturday, 1 December" two DATEs 2012-12-01 (gold_blind68); "12.45pm" that day;
    # "Boxing Day" 2012-12-26 with "a 3pm start"; "until Christmas" 2012-12-25; "The January
    # window" -> "January" 2013-01 (gold_blind24, gold_blind43); "the next 15 days" P15D;
    # "9am tomorrow" 2012-11-26T09:00 and DATE. "three-year" P3Y; "the summer of 2011" one
    # span; "a fortnight ago" two ISO weeks back, 2012-W45 (gold_blind66). Not annotated:
    # "2" and "1" (the score), "the 34th minute", "the 81st minute", "stoppage time",
    # "half-time", "the break", "this season", "a tenth game", "one point from a possible
    # 21", "four in a row", "22-year-old", "number 19 shirt", "36", "400th", "11,240", "six
    # yards", "five games", "01632 960 198", "harwickcity.co.uk/tickets2012".
    "harwick-city-caldmoor-rovers-match-report": (
        "2012-11-25",
        [
            ("nine-week", "DURATION", "P9W"),
            ("the last nine minutes", "DURATION", "PT9M"),
            ("yesterday", "DATE", "2012-11-24"),
            ("August", "DATE", "2012-08"),
            ("Sunday 25 November 2012", "DATE", "2012-11-25"),
            ("80 minutes", "DURATION", "PT80M"),
            ("yesterday afternoon", "TIME", "2012-11-24TAF"),
            ("September", "DATE", "2012-09"),
            ("nine weeks", "DURATION", "P9W"),
            ("two months", "DURATION", "P2M"),
            ("1 September", "DATE", "2012-09-01"),
            ("Thursday", "DATE", "2012-11-22"),
            ("every afternoon", "SET", "XXXX-XX-XXTAF"),
            ("the start of the month", "DATE", "2012-11"),
            ("Last Saturday", "DATE", "2012-11-17"),
            ("Tuesday night", "TIME", "2012-11-20TNI"),
            ("8am", "TIME", "2012-11-21T08:00"),
            ("the next day", "DATE", "2012-11-21"),
            ("this afternoon", "TIME", "2012-11-24TAF"),
            ("Tuesday", "DATE", "2012-11-27"),
            ("7.45pm", "TIME", "2012-11-27T19:45"),
            ("next Saturday", "DATE", "2012-12-01"),
            ("1 December", "DATE", "2012-12-01"),
            ("12.45pm", "TIME", "2012-12-01T12:45"),
            ("Boxing Day", "DATE", "2012-12-26"),
            ("3pm", "TIME", "2012-12-26T15:00"),
            ("three-year", "DURATION", "P3Y"),
            ("the summer of 2011", "DATE", "2011-SU"),
            ("Christmas", "DATE", "2012-12-25"),
            ("a fortnight ago", "DATE", "2012-W45"),
            ("the next 15 days", "DURATION", "P15D"),
            ("January", "DATE", "2013-01"),
            ("9am", "TIME", "2012-11-26T09:00"),
            ("tomorrow", "DATE", "2012-11-26"),
        ],
    ),
    # Thursday 2014-10-02 (ISO week 40), US paper's baseball play-off series preview, section
    # label, headline, standfirst, byline "Staff Writer", date line "Thursday, October 2,
    # 2014" (one span), "RIDGEPORT —" dateline. Future: Game 1 "Friday" 2014-10-03 "at 7:07
    # p.m. ET" (headline, standfirst, body); Game 2 "Saturday at 4:37 p.m." 2014-10-04; Game 3
    # "Monday at 10:07 p.m. ET (7:07 p.m. PT)" 2014-10-06, both clock times on that day, the
    # zones in the spans (gold_blind66); Game 4 "Tuesday at 9:37 p.m. ET" 2014-10-07; "next
    # Thursday night, Oct. 9" in a Thursday paper seven days ahead, TIME 2014-10-09TNI and
    # DATE (gold_blind43, gold_blind68); "this weekend" 2014-W40-WE; "Friday night" and "after
    # 9 p.m." 2014-10-03; a rained-out Game 1 "played Saturday" 2014-10-04; "move back a day"
    # P1D (the size of a shift, gold_blind66); "through Oct. 31"; "the weekend of Oct. 18-19"
    # one span, 2014-W42-WE (gold_blind66, gold_blind91). Past: "Wednesday afternoon"
    # 2014-10-01TAF, "said Wednesday" 2014-10-01, "on Sunday" 2014-09-28, "late Tuesday night"
    # 2014-09-30TNI and "in relief Tuesday" 2014-09-30, "last pitched Saturday" 2014-09-27,
    # "on Monday morning" 2014-09-29TMO. "the past week" P1W ("most of" left out, gold_blind24);
    # "five days of rest" P5D; "in 40 minutes" PT40M (how long a past sell-out took,
    # gold_blind35); "two hours before first pitch" PT2H (anchored duration); "at 10 a.m.
    # today"; "in August" 2014-08, "Aug. 19"; "since 2003", "that 2003 team" (an adjectival
    # year, gold_blind91), "two years ago" 2012, "Eleven years" P11Y, "in 1987". Not
    # annotated: "Game 1" to "Game 5" (numbered games, like "Week 9", gold_blind66), "first
    # pitch", "regular-season", "the wild-card game", "best-of-five", "the first round", "4-2",
    # "12 innings", "17-6", "2.84 ERA", "7 1/3", "three straight", "a late night" (generic),
    # "34", "1,500", "four per customer", "1-800-555-2003", "Route 9", "24/7", "the low 50s",
    # "30 percent".
    "ridgeport-anglers-division-series-preview": (
        "2014-10-02",
        [
            ("Friday", "DATE", "2014-10-03"),
            ("7:07 p.m.", "TIME", "2014-10-03T19:07"),
            ("10:07 p.m. ET", "TIME", "2014-10-06T22:07"),
            ("Monday", "DATE", "2014-10-06"),
            ("Thursday, October 2, 2014", "DATE", "2014-10-02"),
            ("Wednesday afternoon", "TIME", "2014-10-01TAF"),
            ("the past week", "DURATION", "P1W"),
            ("Sunday", "DATE", "2014-09-28"),
            ("late Tuesday night", "TIME", "2014-09-30TNI"),
            ("Saturday", "DATE", "2014-09-27"),
            ("five days", "DURATION", "P5D"),
            ("Friday", "DATE", "2014-10-03"),
            ("7:07 p.m. ET", "TIME", "2014-10-03T19:07"),
            ("Saturday", "DATE", "2014-10-04"),
            ("4:37 p.m.", "TIME", "2014-10-04T16:37"),
            ("Monday", "DATE", "2014-10-06"),
            ("10:07 p.m. ET", "TIME", "2014-10-06T22:07"),
            ("7:07 p.m. PT", "TIME", "2014-10-06T19:07"),
            ("Tuesday", "DATE", "2014-10-07"),
            ("9:37 p.m. ET", "TIME", "2014-10-07T21:37"),
            ("next Thursday night", "TIME", "2014-10-09TNI"),
            ("Oct. 9", "DATE", "2014-10-09"),
            ("Wednesday", "DATE", "2014-10-01"),
            ("August", "DATE", "2014-08"),
            ("Aug. 19", "DATE", "2014-08-19"),
            ("Tuesday", "DATE", "2014-09-30"),
            ("2003", "DATE", "2003"),
            ("two years ago", "DATE", "2012"),
            ("2003", "DATE", "2003"),
            ("Eleven years", "DURATION", "P11Y"),
            ("this weekend", "DATE", "2014-W40-WE"),
            ("40 minutes", "DURATION", "PT40M"),
            ("Monday morning", "TIME", "2014-09-29TMO"),
            ("10 a.m.", "TIME", "2014-10-02T10:00"),
            ("today", "DATE", "2014-10-02"),
            ("two hours", "DURATION", "PT2H"),
            ("Friday", "DATE", "2014-10-03"),
            ("Oct. 31", "DATE", "2014-10-31"),
            ("Friday night", "TIME", "2014-10-03TNI"),
            ("9 p.m.", "TIME", "2014-10-03T21:00"),
            ("Saturday", "DATE", "2014-10-04"),
            ("a day", "DURATION", "P1D"),
            ("1987", "DATE", "1987"),
            ("the weekend of Oct. 18-19", "DATE", "2014-W42-WE"),
        ],
    ),
    # Monday 2015-03-02 (ISO week 10), US sports website's ice-hockey trade story, section
    # label, headline, stamp "Updated: March 2, 2015, 5:48 PM ET" (DATE and TIME, gold_blind43),
    # byline, "ST. CLAIR, Minn. --" dateline. The deadline is "Monday's 3 p.m. ET" ->
    # "Monday" 2015-03-02 (the publication day, possessive without the "'s") and TIME
    # 2015-03-02T15:00; "two minutes before" (headline and lead) PT2M and "41 minutes after
    # the deadline" PT41M are anchored durations; "3:41 p.m.", "2:58 p.m.", "6 p.m. ET" and
    # "around 8:30 p.m. CT" (the approximator kept, gold_blind30) are clock times of that day.
    # "Tuesday night's home game" -> "Tuesday night" 2015-03-03TNI. Dreyer's quote (spoken
    # "this afternoon", 2015-03-02TAF): "since the middle of December" 2014-12 (like "the
    # middle of next week", gold_blind103), "two weeks" P2W, "Friday night" 2015-02-27TNI,
    # "until 1 a.m. Saturday" 2015-02-28T01:00 and DATE, "on Sunday" 2015-03-01, "the next
    # eight weeks" P8W and "the next eight years" P8Y. "since Christmas" 2014-12-25; "the
    # 2016 draft" and "first-round pick in 2013" adjectival or plain years; "this winter" in
    # March 2015 is the winter of 2014-15, 2015-WI (gold_blind10, gold_blind103); "in
    # January" 2015-01, "since Jan. 27" 2015-01-27; "the weekend of Feb. 14-15" 2015-W07-WE;
    # "over the weekend" just past 2015-W09-WE (28 February-1 March) and "on Monday"; "since
    # 2010"; "through the 2016-17 season" -> "2016" and the bare "17" 2017, "season" left out
    # (gold_blind91); "on March 21 for a 1 p.m. ET matinee" 2015-03-21T13:00; the phone
    # line's hours recur: "9 a.m." and "5 p.m. CT" XXXX-XX-XXThh:mm and "Monday through
    # Friday" two SETs (gold_blind90). Not annotated: "the All-Star break" (event-named),
    # "last season", "parts of three seasons", "seven seasons", "deadline period", "a
    # second-round pick", "first-round", "$4.5 million a season", "34-21-8", "19 games left",
    # "four of their last six", "14 goals", "No. 17", "11 games", "12 points", "24 trades",
    # "47 players", ages "31", "24", "19", "612-555-2016", "his first game back there".
    "granite-city-foxes-deadline-trade": (
        "2015-03-02",
        [
            ("two minutes", "DURATION", "PT2M"),
            ("March 2, 2015", "DATE", "2015-03-02"),
            ("5:48 PM ET", "TIME", "2015-03-02T17:48"),
            ("two minutes", "DURATION", "PT2M"),
            ("Monday", "DATE", "2015-03-02"),
            ("3 p.m. ET", "TIME", "2015-03-02T15:00"),
            ("Christmas", "DATE", "2014-12-25"),
            ("2016", "DATE", "2016"),
            ("3:41 p.m.", "TIME", "2015-03-02T15:41"),
            ("41 minutes", "DURATION", "PT41M"),
            ("2:58 p.m.", "TIME", "2015-03-02T14:58"),
            ("two years", "DURATION", "P2Y"),
            ("Tuesday night", "TIME", "2015-03-03TNI"),
            ("6 p.m. ET", "TIME", "2015-03-02T18:00"),
            ("around 8:30 p.m. CT", "TIME", "2015-03-02T20:30"),
            ("the middle of December", "DATE", "2014-12"),
            ("this afternoon", "TIME", "2015-03-02TAF"),
            ("two weeks", "DURATION", "P2W"),
            ("Friday night", "TIME", "2015-02-27TNI"),
            ("1 a.m.", "TIME", "2015-02-28T01:00"),
            ("Saturday", "DATE", "2015-02-28"),
            ("Sunday", "DATE", "2015-03-01"),
            ("the next eight weeks", "DURATION", "P8W"),
            ("the next eight years", "DURATION", "P8Y"),
            ("2013", "DATE", "2013"),
            ("this winter", "DATE", "2015-WI"),
            ("January", "DATE", "2015-01"),
            ("Jan. 27", "DATE", "2015-01-27"),
            ("2006", "DATE", "2006"),
            ("the weekend of Feb. 14-15", "DATE", "2015-W07-WE"),
            ("the weekend", "DATE", "2015-W09-WE"),
            ("Monday", "DATE", "2015-03-02"),
            ("2010", "DATE", "2010"),
            ("2016", "DATE", "2016"),
            ("17", "DATE", "2017"),
            ("March 21", "DATE", "2015-03-21"),
            ("1 p.m. ET", "TIME", "2015-03-21T13:00"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("5 p.m. CT", "TIME", "XXXX-XX-XXT17:00"),
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Friday", "SET", "XXXX-WXX-5"),
        ],
    ),
    # Wednesday 2013-12-11 (ISO week 50), British paper's rugby union injury update, section
    # label, headline ("out until March"), standfirst, byline, date line "Wednesday 11
    # December 2013"; "yesterday" is Tuesday 2013-12-10. Past: surgery "on Monday evening"
    # 2013-12-09TEV; "Saturday's 24-17 defeat" -> "Saturday" 2013-12-07; "on Sunday morning"
    # 2013-12-08TMO; Hale "trained fully on Monday and Tuesday" 2013-12-09 and 2013-12-10;
    # "on 16 November"; "in October" 2013-10; "in mid-August" 2013-08; "since September"
    # 2013-09; "at 6am yesterday" 2013-12-10T06:00 and DATE, "less than 12 hours after the
    # operation" PT12H (an anchored duration). Future: "until March" (headline) 2014-03;
    # "Saturday (5.30pm kick-off)" and "for Saturday" (standfirst, body) 2013-12-14 and
    # 2013-12-14T17:30; "the Boxing Day derby" 2013-12-26 (standfirst and body); "the New
    # Year's Day trip" 2014-01-01; "both pool games in January" 2014-01; "the first weekend of
    # March" (quoted) the ISO weekend of Saturday 1 March 2014, 2014-W09-WE (gold_blind76);
    # "the weekend of 5-6 April" 2014-W14-WE; "over Christmas" 2013-12-25 (gold_blind43); "a
    # return in February" 2014-02; "this week" 2013-W50; "until 31 January" 2014-01-31; "the
    # end of January" 2014-01; "first home game of 2014"; "Saturday 4 January" one span with
    # "3pm"; "ring back in the spring" 2014-SP. "at least 12 weeks" P12W; "four months" P4M
    # and "six months" P6M; "a fortnight" P2W; "now" PRESENT_REF three times; "twice a day"
    # SET P1D and "six days a week" SET P1W (frequencies keep the period, gold_blind35); "the
    # club record set in 2009-10" a season written with two years -> "2009" and the bare
    # "10" 2010 (gold_blind43, gold_blind91). Not annotated: "the 55th minute", "24-17", "the
    # pool stage", "the quarter-finals", "the knockout stage", "pre-season", "this season",
    # "the rest of the pool stage", "three or four games", "then" (anaphoric), "41 players",
    # "two short", "27", "0117 496 0134", "kelbridgerugby.co.uk/1314".
    "kelbridge-rugby-injury-update": (
        "2013-12-11",
        [
            ("March", "DATE", "2014-03"),
            ("Boxing Day", "DATE", "2013-12-26"),
            ("Saturday", "DATE", "2013-12-14"),
            ("Wednesday 11 December 2013", "DATE", "2013-12-11"),
            ("at least 12 weeks", "DURATION", "P12W"),
            ("Monday evening", "TIME", "2013-12-09TEV"),
            ("yesterday", "DATE", "2013-12-10"),
            ("Saturday", "DATE", "2013-12-07"),
            ("Sunday morning", "TIME", "2013-12-08TMO"),
            ("the first weekend of March", "DATE", "2014-W09-WE"),
            ("Saturday", "DATE", "2013-12-14"),
            ("5.30pm", "TIME", "2013-12-14T17:30"),
            ("Boxing Day", "DATE", "2013-12-26"),
            ("New Year's Day", "DATE", "2014-01-01"),
            ("January", "DATE", "2014-01"),
            ("the weekend of 5-6 April", "DATE", "2014-W14-WE"),
            ("now", "DATE", "PRESENT_REF"),
            ("16 November", "DATE", "2013-11-16"),
            ("Monday", "DATE", "2013-12-09"),
            ("Tuesday", "DATE", "2013-12-10"),
            ("Saturday", "DATE", "2013-12-14"),
            ("October", "DATE", "2013-10"),
            ("Christmas", "DATE", "2013-12-25"),
            ("mid-August", "DATE", "2013-08"),
            ("four months", "DURATION", "P4M"),
            ("six months", "DURATION", "P6M"),
            ("now", "DATE", "PRESENT_REF"),
            ("February", "DATE", "2014-02"),
            ("twice a day", "SET", "P1D"),
            ("six days a week", "SET", "P1W"),
            ("September", "DATE", "2013-09"),
            ("2009", "DATE", "2009"),
            ("10", "DATE", "2010"),
            ("this week", "DATE", "2013-W50"),
            ("31 January", "DATE", "2014-01-31"),
            ("now", "DATE", "PRESENT_REF"),
            ("the end of January", "DATE", "2014-01"),
            ("2014", "DATE", "2014"),
            ("Saturday 4 January", "DATE", "2014-01-04"),
            ("3pm", "TIME", "2014-01-04T15:00"),
            ("a fortnight", "DURATION", "P2W"),
            ("6am", "TIME", "2013-12-10T06:00"),
            ("yesterday", "DATE", "2013-12-10"),
            ("less than 12 hours", "DURATION", "PT12H"),
            ("the spring", "DATE", "2014-SP"),
        ],
    ),
    # Tuesday 2013-02-19 (ISO week 8), Australian regional paper's website, weekend sport
    # round-up with code sub-heads and a results box, headline, stamp "19 Feb, 2013 06:00 AM"
    # (DATE and TIME, gold_blind103), byline. The weekend just past: "Saturday" 2013-02-16
    # (the semi-final, the practice matches, the results box's "(Saturday)"), "Saturday
    # afternoon" 2013-02-16TAF, "Sunday" 2013-02-17 (semi-final, athletics, surf carnival),
    # "Sunday morning" 2013-02-17TMO, "shortly after 2.30pm" -> "2.30pm" 2013-02-17T14:30,
    # "Sunday afternoon" 2013-02-17TAF with "at 1pm" and "at 1.45pm" on it. "since 1999"
    # (headline) and "since 1998-99" (body) -> 1999, and "1998" with the bare "99" 1999
    # (gold_blind91). "two-day" P2D. Future: "at 11am on Saturday, March 2" 2013-03-02T11:00
    # and one DATE span; "at 10.30am on the Sunday" 2013-03-03T10:30 and "the Sunday" DATE
    # 2013-03-03 (the Sunday of that match, with its article); "in April" 2013-04; "the Labour
    # Day long weekend" (Victoria's Labour Day is the second Monday of March, 2013-03-11) the
    # ISO week of its Saturday, 2013-W10-WE (gold_blind103's "the long weekend"); "until Anzac
    # Day" 2013-04-25; "on April 6" 2013-04-06; "this weekend" 2013-W08-WE. Habits: "at
    # 5.30am six days a week since October" -> XXXX-XX-XXT05:30, SET P1W, 2012-10; "every
    # weekend" SET XXXX-WXX-WE with the patrol hours "from 9am to 5pm" XXXX-XX-XXThh:mm
    # (gold_blind28, gold_blind66); "three nights a week" SET P1W; "by 9pm on Sundays" ->
    # XXXX-XX-XXT21:00 and SET XXXX-WXX-7. "in 1987"; "almost three hours" PT3H; "45 minutes"
    # PT45M; "six weeks before the season opens" P6W (anchored); "since early December"
    # 2012-12; the coach's "Last year" 2012, "This year" 2013 and "before Christmas"
    # 2012-12-25. Not annotated: race and record times "10.41" (headline, body, box),
    # "9.58", "10.35", "2:11.58", "six hundredths"; cricket and footy scores "214", "2/96",
    # "5/38", "173", "6/288 (dec)", "201", "12.14 (86)", "9.8 (62)", "by 41 runs"; tennis
    # "6-4, 3-6, 7-5", "Third seed"; "stumps", "the first session", "the minor premiership",
    # "this season", "round 10", "the second round" (of practice matches); "100m", "800m",
    # "38-degree"; "24-hour rescue line" (a service name, like "a 24-hour crisis line",
    # gold_blind19, gold_blind30); "1800 555 213"; "412 nippers aged 7 to 14"; "19".
    "dunleith-weekend-sport-wrap": (
        "2013-02-19",
        [
            ("1999", "DATE", "1999"),
            ("19 Feb, 2013", "DATE", "2013-02-19"),
            ("06:00 AM", "TIME", "2013-02-19T06:00"),
            ("1998", "DATE", "1998"),
            ("99", "DATE", "1999"),
            ("two-day", "DURATION", "P2D"),
            ("Saturday", "DATE", "2013-02-16"),
            ("Sunday", "DATE", "2013-02-17"),
            ("Saturday afternoon", "TIME", "2013-02-16TAF"),
            ("Sunday morning", "TIME", "2013-02-17TMO"),
            ("2.30pm", "TIME", "2013-02-17T14:30"),
            ("11am", "TIME", "2013-03-02T11:00"),
            ("Saturday, March 2", "DATE", "2013-03-02"),
            ("10.30am", "TIME", "2013-03-03T10:30"),
            ("the Sunday", "DATE", "2013-03-03"),
            ("Sunday", "DATE", "2013-02-17"),
            ("1987", "DATE", "1987"),
            ("April", "DATE", "2013-04"),
            ("the Labour Day long weekend", "DATE", "2013-W10-WE"),
            ("5.30am", "TIME", "XXXX-XX-XXT05:30"),
            ("six days a week", "SET", "P1W"),
            ("October", "DATE", "2012-10"),
            ("almost three hours", "DURATION", "PT3H"),
            ("Sunday afternoon", "TIME", "2013-02-17TAF"),
            ("45 minutes", "DURATION", "PT45M"),
            ("1pm", "TIME", "2013-02-17T13:00"),
            ("1.45pm", "TIME", "2013-02-17T13:45"),
            ("Sunday", "DATE", "2013-02-17"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("Anzac Day", "DATE", "2013-04-25"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("Saturday", "DATE", "2013-02-16"),
            ("six weeks", "DURATION", "P6W"),
            ("April 6", "DATE", "2013-04-06"),
            ("this weekend", "DATE", "2013-W08-WE"),
            ("three nights a week", "SET", "P1W"),
            ("early December", "DATE", "2012-12"),
            ("Last year", "DATE", "2012"),
            ("This year", "DATE", "2013"),
            ("Christmas", "DATE", "2012-12-25"),
            ("Saturday", "DATE", "2013-02-16"),
            ("9pm", "TIME", "XXXX-XX-XXT21:00"),
            ("Sundays", "SET", "XXXX-WXX-7"),
        ],
    ),
    # Friday 2014-05-09 (ISO week 19), Australian website's football season review, section
    # label, headline, stamp "Friday 9 May 2014 - 6:12am AEST" (one DATE span with its
    # weekday and a TIME, gold_blind84), byline, a "SEASON IN NUMBERS" box. The headline's
    # "2013-14" and "The 2013-14 campaign" are a season named by two years -> "2013" and the
    # bare "14" 2014 each time ("campaign", like "season", left out; gold_blind43). The grand
    # final was "on Sunday night" 2014-05-04TNI; "Five days after the grand final" P5D (an
    # anchored duration); "on Tuesday" 2014-05-06 and "on Wednesday" 2014-05-07 past. Coach's
    # quote: "every morning at 7am" SET XXXX-XX-XXTMO and XXXX-XX-XXT07:00, "every afternoon"
    # SET XXXX-XX-XXTAF, "Now" PRESENT_REF, "eight weeks" P8W, "July 7" 2014-07-07; "annual"
    # SET P1Y (gold_blind91); "six games in 22 days" -> "22 days" P22D (the period of a count,
    # like "the third time in two weeks", gold_blind103). Australian financial years run
    # July-June and are named by the year they end: "the 2013-14 financial year, which ends
    # on June 30" FY2014 (one span, gold_blind49) plus 2014-06-30; "the 2012-13 financial
    # year" FY2013. "on October 12" 2013-10-12; "by Christmas" 2013-12-25; "January" and
    # "February" 2014; "Australia Day" 2014-01-26 and the box's "26 January"; "on April 26";
    # "in March" 2014-03; "in 2011"; "the next three years" P3Y; "by 2017"; "at the end of
    # June" 2014-06; "one-year" P1Y; "the next fortnight" P2W; "two years left" P2Y; "on July
    # 31"; "until 5pm AEST on May 30" 2014-05-30T17:00 and DATE; "from 10am on Sunday, which
    # is also Mother's Day" (the second Sunday of May in Australia) 2014-05-11T10:00 and two
    # DATEs 2014-05-11 (like "Monday is Family Day", gold_blind103); "the weekend of 11-12
    # October" 2014-W41-WE. Not annotated: "the 118th minute", "extra time", "the off-season",
    # "the club's best season", "regular-season", "the final round", "the semi-final", "the
    # decider", "pre-season", "last season's prices", "the new season", "the Golden Boot",
    # "2-1", "3-0", "six points", "24,611", "two of their last eight", "17 goals", "33", "$1.8
    # million", "$2.4 million", "10 per cent", "1300 555 201",
    # "harbourside.com.au/members2014-15", the box's "27", "16", "5", "6", "49", "28", "9
    # games".
    "harbourside-fc-season-review": (
        "2014-05-09",
        [
            ("2013", "DATE", "2013"),
            ("14", "DATE", "2014"),
            ("Friday 9 May 2014", "DATE", "2014-05-09"),
            ("6:12am AEST", "TIME", "2014-05-09T06:12"),
            ("Five days", "DURATION", "P5D"),
            ("Sunday night", "TIME", "2014-05-04TNI"),
            ("2011", "DATE", "2011"),
            ("2013", "DATE", "2013"),
            ("14", "DATE", "2014"),
            ("October 12", "DATE", "2013-10-12"),
            ("Christmas", "DATE", "2013-12-25"),
            ("seven-week", "DURATION", "P7W"),
            ("January", "DATE", "2014-01"),
            ("February", "DATE", "2014-02"),
            ("Australia Day", "DATE", "2014-01-26"),
            ("April 26", "DATE", "2014-04-26"),
            ("22 days", "DURATION", "P22D"),
            ("March", "DATE", "2014-03"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("every afternoon", "SET", "XXXX-XX-XXTAF"),
            ("annual", "SET", "P1Y"),
            ("Tuesday", "DATE", "2014-05-06"),
            ("Now", "DATE", "PRESENT_REF"),
            ("eight weeks", "DURATION", "P8W"),
            ("July 7", "DATE", "2014-07-07"),
            ("the 2013-14 financial year", "DATE", "FY2014"),
            ("June 30", "DATE", "2014-06-30"),
            ("the 2012-13 financial year", "DATE", "FY2013"),
            ("Wednesday", "DATE", "2014-05-07"),
            ("the next three years", "DURATION", "P3Y"),
            ("2017", "DATE", "2017"),
            ("the end of June", "DATE", "2014-06"),
            ("one-year", "DURATION", "P1Y"),
            ("the next fortnight", "DURATION", "P2W"),
            ("two years", "DURATION", "P2Y"),
            ("July 31", "DATE", "2014-07-31"),
            ("5pm AEST", "TIME", "2014-05-30T17:00"),
            ("May 30", "DATE", "2014-05-30"),
            ("10am", "TIME", "2014-05-11T10:00"),
            ("Sunday", "DATE", "2014-05-11"),
            ("Mother's Day", "DATE", "2014-05-11"),
            ("the weekend of 11-12 October", "DATE", "2014-W41-WE"),
            ("26 January", "DATE", "2014-01-26"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
