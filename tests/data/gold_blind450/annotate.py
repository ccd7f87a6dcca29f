"""Annotations of blind gold set 450, chosen by hand before the tagger ran.

    python tests/data/gold_blind450/annotate.py [--show]

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
    # Tuesday 2012-08-14 (ISO week 33), US local TV station's website, police story, headline
    # ("after Monday night chase" 2012-08-13TNI), stamps "Published: Tuesday, August 14, 2012,
    # 11:52 AM EDT" and "Last Updated: ..., 5:24 PM EDT" (the weekday date one DATE span, the
    # clock time a TIME with the zone in the span and not in the value, gold_blind44,
    # gold_blind56), byline, "DANNICK FALLS, Ind. (WTQE) --" dateline, an "UPDATE 5:15 p.m.:"
    # line (a TIME on the publication day). Past weekdays: the arrest "late Monday" DATE
    # 2012-08-13 (like "late Thursday", gold_blind56), "about 10:40 p.m. Monday" two TIMEX3,
    # the warrant "Monday afternoon" 2012-08-13TAF and the stake-out "that evening"
    # 2012-08-13TEV (a narrative anchor on the day just named, gold_blind8, gold_blind26),
    # "police said Tuesday" and "Tuesday afternoon", "Tuesday morning" the publication day.
    # Future: "1:30 p.m. Wednesday" 2012-08-15, "by Friday" 2012-08-17. Robberies "July 26",
    # "Aug. 2", "Aug. 7", "Saturday, Aug. 11" (one span with its weekday); "the Aug. 7 robbery"
    # an adjectival date, its "1:15 a.m." on that day; "on Aug. 8 ... the next day" 2012-08-09
    # (anchored on the narrative's last date, gold_blind3, gold_blind14); "the Saturday
    # robbery" the adjectival weekday of Aug. 11, DATE 2012-08-11. "less than three weeks"
    # P3W (July 26-Aug. 13), "about six minutes" PT6M, "almost three weeks" P3W, "two years"
    # P2Y, "four-year" P4Y, "five days" P5D; "in March" 2012-03; "until 2014"; "next month"
    # 2012-09; "recent months" PAST_REF; "so far this year" -> "this year" 2012; "2011";
    # "every night" SET XXXX-XX-XXTNI; "the end of the month" 2012-08 (gold_blind35);
    # "10 a.m. on Aug. 23" two TIMEX3. Not annotated: "4" (robberies), "a silver 2004 pickup"
    # (a model year, gold_blind16), "the 2000 block of Harmon Road", "Interstate 69", "I-69",
    # "mile marker 212", "State Road 37", "27", "19-year-old", "$1,900", "$250,000",
    # "812-555-1926", "WTQE 8", "around the clock", "a matter of time", "four counts", "fifth".
    "dannick-falls-robbery-suspect-chase": (
        "2012-08-14",
        [
            ("Monday night", "TIME", "2012-08-13TNI"),
            ("Tuesday, August 14, 2012", "DATE", "2012-08-14"),
            ("11:52 AM EDT", "TIME", "2012-08-14T11:52"),
            ("Tuesday, August 14, 2012", "DATE", "2012-08-14"),
            ("5:24 PM EDT", "TIME", "2012-08-14T17:24"),
            ("less than three weeks", "DURATION", "P3W"),
            ("late Monday", "DATE", "2012-08-13"),
            ("Tuesday", "DATE", "2012-08-14"),
            ("5:15 p.m.", "TIME", "2012-08-14T17:15"),
            ("Tuesday afternoon", "TIME", "2012-08-14TAF"),
            ("1:30 p.m.", "TIME", "2012-08-15T13:30"),
            ("Wednesday", "DATE", "2012-08-15"),
            ("about 10:40 p.m.", "TIME", "2012-08-13T22:40"),
            ("Monday", "DATE", "2012-08-13"),
            ("about six minutes", "DURATION", "PT6M"),
            ("July 26", "DATE", "2012-07-26"),
            ("Aug. 2", "DATE", "2012-08-02"),
            ("Aug. 7", "DATE", "2012-08-07"),
            ("Saturday, Aug. 11", "DATE", "2012-08-11"),
            ("Aug. 7", "DATE", "2012-08-07"),
            ("1:15 a.m.", "TIME", "2012-08-07T01:15"),
            ("Aug. 8", "DATE", "2012-08-08"),
            ("the next day", "DATE", "2012-08-09"),
            ("Monday afternoon", "TIME", "2012-08-13TAF"),
            ("that evening", "TIME", "2012-08-13TEV"),
            ("Tuesday morning", "TIME", "2012-08-14TMO"),
            ("almost three weeks", "DURATION", "P3W"),
            ("March", "DATE", "2012-03"),
            ("two years", "DURATION", "P2Y"),
            ("four-year", "DURATION", "P4Y"),
            ("2014", "DATE", "2014"),
            ("Saturday", "DATE", "2012-08-11"),
            ("five days", "DURATION", "P5D"),
            ("next month", "DATE", "2012-09"),
            ("Friday", "DATE", "2012-08-17"),
            ("recent months", "DATE", "PAST_REF"),
            ("this year", "DATE", "2012"),
            ("2011", "DATE", "2011"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("the end of the month", "DATE", "2012-08"),
            ("10 a.m.", "TIME", "2012-08-23T10:00"),
            ("Aug. 23", "DATE", "2012-08-23"),
        ],
    ),
    # Sunday 2015-04-19 (ISO week 16), US local TV station's website, severe-weather alert with
    # rolling updates, newest first: headline ("next round of storms Monday night"
    # 2015-04-20TNI), one stamp line "Posted 1:12 PM, April 19, 2015, ..., Updated at 10:48PM,
    # April 19, 2015" (TIMEs and DATEs, clock time before the date as written), "UPDATE 10:45
    # p.m.:" and "UPDATE 7:05 p.m.:" lines, "ORIGINAL STORY:", "ARDELL, Okla. (KQDF) --"
    # dateline, a forecast box. Clock times without a named day are on the story's day
    # ("expire at 10 p.m.", "shortly after 9 p.m." with "shortly after" a signal, "7 p.m.",
    # "about 6:40 p.m.", "around 6:15 p.m." with the approximator kept, "between 4 p.m. and
    # 8 p.m.", "at 3 p.m."); "5 a.m. Monday" 2015-04-20T05:00. "10 p.m. CDT tonight" two
    # TIMEX3 (gold_blind103). "later tonight" 2015-04-19TNI, the modifier kept like "late
    # tonight" (gold_blind103). The newscasts "at 5, 6 and 10 p.m.": "5" and "6" are clock
    # times sharing the "p.m." of "10 p.m.", TIMEs 17:00 and 18:00 of the story's day (bare
    # hours annotated as clock times, gold_blind76's "9-5"; see README). Past: "Saturday's
    # storms" -> "Saturday" 2015-04-18; "June 11, 2013"; "This month" 2015-04; "since April
    # 1". Future: "Monday night" (headline, body, box) 2015-04-20TNI, "late Monday" DATE
    # 2015-04-20, "early Tuesday" DATE 2015-04-21, "by Wednesday" 2015-04-22, "the weekend"
    # 2015-W17-WE (25-26 April); "the next 48 hours" PT48H; "about 15 minutes" PT15M. The
    # sirens "are tested at noon every Wednesday": "noon" XXXX-XX-XXT12:00 (the hour of a
    # recurring test, gold_blind44) and "every Wednesday" SET XXXX-WXX-3. Box labels
    # "Tonight", "Monday", "Monday night", "Tuesday" like the forecast box of gold_blind44;
    # "by midnight" after "Tonight" 2015-04-19T24:00 (gold_blind56, gold_blind103); "after 9
    # p.m." under "Monday night" 2015-04-20T21:00. Not annotated: "EF-1", "70 mph", "2
    # inches", "1 to 2 inches", "0.6 inches", "a third of normal", "Low 58", "High 82", "Low
    # 61", "High 71", "Storm Team 4" (four times), "until the watch ends", "immediately",
    # "whenever a warning is issued", "Storms early" (an adverb in the box), "first".
    "ardell-tornado-watch-expires": (
        "2015-04-19",
        [
            ("Monday night", "TIME", "2015-04-20TNI"),
            ("1:12 PM", "TIME", "2015-04-19T13:12"),
            ("April 19, 2015", "DATE", "2015-04-19"),
            ("10:48PM", "TIME", "2015-04-19T22:48"),
            ("April 19, 2015", "DATE", "2015-04-19"),
            ("10:45 p.m.", "TIME", "2015-04-19T22:45"),
            ("10 p.m.", "TIME", "2015-04-19T22:00"),
            ("9 p.m.", "TIME", "2015-04-19T21:00"),
            ("5 a.m.", "TIME", "2015-04-20T05:00"),
            ("Monday", "DATE", "2015-04-20"),
            ("7:05 p.m.", "TIME", "2015-04-19T19:05"),
            ("7 p.m.", "TIME", "2015-04-19T19:00"),
            ("about 6:40 p.m.", "TIME", "2015-04-19T18:40"),
            ("about 15 minutes", "DURATION", "PT15M"),
            ("around 6:15 p.m.", "TIME", "2015-04-19T18:15"),
            ("10 p.m. CDT", "TIME", "2015-04-19T22:00"),
            ("tonight", "TIME", "2015-04-19TNI"),
            ("this afternoon", "TIME", "2015-04-19TAF"),
            ("4 p.m.", "TIME", "2015-04-19T16:00"),
            ("8 p.m.", "TIME", "2015-04-19T20:00"),
            ("later tonight", "TIME", "2015-04-19TNI"),
            ("this year", "DATE", "2015"),
            ("Saturday", "DATE", "2015-04-18"),
            ("June 11, 2013", "DATE", "2013-06-11"),
            ("This month", "DATE", "2015-04"),
            ("April 1", "DATE", "2015-04-01"),
            ("3 p.m.", "TIME", "2015-04-19T15:00"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("every Wednesday", "SET", "XXXX-WXX-3"),
            ("today", "DATE", "2015-04-19"),
            ("Monday night", "TIME", "2015-04-20TNI"),
            ("late Monday", "DATE", "2015-04-20"),
            ("early Tuesday", "DATE", "2015-04-21"),
            ("the next 48 hours", "DURATION", "PT48H"),
            ("Wednesday", "DATE", "2015-04-22"),
            ("the weekend", "DATE", "2015-W17-WE"),
            ("5", "TIME", "2015-04-19T17:00"),
            ("6", "TIME", "2015-04-19T18:00"),
            ("10 p.m.", "TIME", "2015-04-19T22:00"),
            ("Tonight", "TIME", "2015-04-19TNI"),
            ("midnight", "TIME", "2015-04-19T24:00"),
            ("Monday", "DATE", "2015-04-20"),
            ("Monday night", "TIME", "2015-04-20TNI"),
            ("9 p.m.", "TIME", "2015-04-20T21:00"),
            ("Tuesday", "DATE", "2015-04-21"),
        ],
    ),
    # Thursday 2014-05-15 (ISO week 20), US local TV station's website, traffic and road
    # closures, headline ("close Friday night for 10 days"), byline "By: Mark Delaney", stamps
    # "CREATED: May 15, 2014 6:05 AM" and "UPDATED: May 15, 2014 3:52 PM" (a DATE and a TIME
    # each), an "UPDATE 3:50 p.m.:" line (the crash "at 3:25 p.m.", "nearly two hours" PT2H,
    # "this afternoon"), "TAMSEN, Neb. (KOVN) --" dateline and a box. The ramp closes "Friday
    # night" 2014-05-16TNI, "at 9 p.m. Friday" two TIMEX3, and reopens "by 5 a.m. Monday, May
    # 26 -- Memorial Day --": "5 a.m." 2014-05-26T05:00, "Monday, May 26" one span with its
    # weekday and "Memorial Day" (the last Monday of May 2014) the same day, like "Monday,
    # Feb. 17 -- Presidents Day" and "Monday is Presidents Day" (gold_blind56). "said
    # Wednesday" 2014-05-14; "Starting Sunday" 2014-05-18. The lane closures "from 8 p.m. to
    # 6 a.m. nightly, Sunday through Thursday": the hours XXXX-XX-XXT20:00 and T06:00 of a
    # recurring closure, "nightly" SET XXXX-XX-XXTNI (gold_blind57, gold_blind62), and the
    # ends of the range of weekdays SETs "Sunday" XXXX-WXX-7 and "Thursday" XXXX-WXX-4
    # (gold_blind76's "Tue-Sun"); "until the end of June" 2014-06. "the Memorial Day weekend"
    # 2014-W21-WE, the ISO week of its Saturday, 24 May (gold_blind21, gold_blind103).
    # "nights and weekends": bare plurals, SETs XXXX-XX-XXTNI and XXXX-WXX-WE (gold_blind57).
    # "opened in 1967", "began in March" 2014-03, "by Nov. 15" 2014-11-15; "Last summer"
    # 2013-SU; "lasted 12 days" P12D; "pushed ... back by four days" P4D (the size of a delay,
    # gold_blind44); "June 2" 2014-06-02 "for about four months" P4M; "up to 15 minutes"
    # PT15M; "6:30 p.m. next Tuesday" -> 2014-05-20 (the coming Tuesday, gold_blind56). Box:
    # "7 a.m. to 3 p.m. Saturday" 2014-05-17, "from 6 a.m. Saturday until noon Sunday"
    # 2014-05-17T06:00 and 2014-05-18T12:00. Not annotated: "I-580" (four times), "Interstate
    # 580", "Exit 19" (twice), "Exit 20", "Exit 22" (three times), "Route 9" (three times),
    # "$14.6 million", "3 out of 9", "1810 Grant St.", "511", "Two people", "one lane",
    # "the heaviest work", "kovn.com/traffic".
    "tamsen-elm-street-ramp-closure": (
        "2014-05-15",
        [
            ("Friday night", "TIME", "2014-05-16TNI"),
            ("10 days", "DURATION", "P10D"),
            ("May 15, 2014", "DATE", "2014-05-15"),
            ("6:05 AM", "TIME", "2014-05-15T06:05"),
            ("May 15, 2014", "DATE", "2014-05-15"),
            ("3:52 PM", "TIME", "2014-05-15T15:52"),
            ("3:50 p.m.", "TIME", "2014-05-15T15:50"),
            ("3:25 p.m.", "TIME", "2014-05-15T15:25"),
            ("nearly two hours", "DURATION", "PT2H"),
            ("this afternoon", "TIME", "2014-05-15TAF"),
            ("Friday night", "TIME", "2014-05-16TNI"),
            ("9 p.m.", "TIME", "2014-05-16T21:00"),
            ("Friday", "DATE", "2014-05-16"),
            ("5 a.m.", "TIME", "2014-05-26T05:00"),
            ("Monday, May 26", "DATE", "2014-05-26"),
            ("Memorial Day", "DATE", "2014-05-26"),
            ("Wednesday", "DATE", "2014-05-14"),
            ("up to 15 minutes", "DURATION", "PT15M"),
            ("Sunday", "DATE", "2014-05-18"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("Sunday", "SET", "XXXX-WXX-7"),
            ("Thursday", "SET", "XXXX-WXX-4"),
            ("the end of June", "DATE", "2014-06"),
            ("the Memorial Day weekend", "DATE", "2014-W21-WE"),
            ("nights", "SET", "XXXX-XX-XXTNI"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("1967", "DATE", "1967"),
            ("March", "DATE", "2014-03"),
            ("Nov. 15", "DATE", "2014-11-15"),
            ("Last summer", "DATE", "2013-SU"),
            ("12 days", "DURATION", "P12D"),
            ("four days", "DURATION", "P4D"),
            ("June 2", "DATE", "2014-06-02"),
            ("about four months", "DURATION", "P4M"),
            ("6:30 p.m.", "TIME", "2014-05-20T18:30"),
            ("next Tuesday", "DATE", "2014-05-20"),
            ("7 a.m.", "TIME", "2014-05-17T07:00"),
            ("3 p.m.", "TIME", "2014-05-17T15:00"),
            ("Saturday", "DATE", "2014-05-17"),
            ("6 a.m.", "TIME", "2014-05-17T06:00"),
            ("Saturday", "DATE", "2014-05-17"),
            ("noon", "TIME", "2014-05-18T12:00"),
            ("Sunday", "DATE", "2014-05-18"),
        ],
    ),
    # Wednesday 2014-02-05 (ISO week 6), US local TV station's website, school news, headline
    # ("on Presidents Day, extend year to June 3"), stamps "Story Created: Feb 5, 2014 7:41 AM
    # CST" and "Story Updated: Feb 5, 2014 6:12 PM CST", "PELL CREEK, Ill. (WJXR) --"
    # dateline. Presidents Day 2014 is the third Monday of February, 2014-02-17 (headline,
    # lead, and "Monday, Feb. 17 -- Presidents Day --" two DATEs, gold_blind56). "two days
    # longer in June" -> "two days" P2D (the size of a shift, gold_blind44) and "June" 2014-06;
    # "this winter's" -> "this winter" 2014-WI (the winter taking the year of its January,
    # gold_blind10); the vote "Tuesday night" 2014-02-04TNI; "today" 2014-02-05; "by Jan. 28"
    # 2014-01-28; "now" PRESENT_REF; "since Dec. 9" 2013-12-09 (the nearest in the past).
    # Calendar dates "Friday, May 30", "Tuesday, June 3", "Sunday, June 1" (one span each with
    # the weekday), "at 2 p.m." that Sunday, "May 22"; "Spring break, March 24-28" -> "March
    # 24" and the bare "28" 2014-03-28 (a bare day in a range its own DATE, gold_blind76);
    # "Good Friday, April 18" two DATEs 2014-04-18 (Easter 2014 fell on 20 April); "the March 7
    # teacher institute day" and "its March 11 meeting" adjectival dates. "on Saturdays" SET
    # XXXX-WXX-6 (a plural weekday, gold_blind4); "in August" 2013-08 (past); "Last winter"
    # 2013-WI; "in 2011 ... for a week in early February" 2011, P1W, 2011-02. Future:
    # "Thursday" 2014-02-06, "two-hour" PT2H, "Thursday morning" 2014-02-06TMO, "Saturday
    # night into Sunday" 2014-02-08TNI and 2014-02-09 ("into" a signal); "buses run two hours
    # later than usual" PT2H (the size of a shift); "by 6 a.m." XXXX-XX-XXT06:00, the hour of a
    # recurring announcement (gold_blind44). Not annotated: "Spring break", "snow day" and
    # "snow days", "five emergency days", "emergency days", "five days would be plenty" (a
    # count of days, gold_blind75), "eight times", "delay days", "morning preschool" (an
    # adjectival part of day naming a kind, gold_blind19), "a day off", "a day of classes", "a
    # regular day of classes", "the last day of school", "seniors' last day" (its date "May
    # 22" is annotated), "the Class of 2014" (gold_blind44), "6-1", "20 below zero", "3 to 5
    # inches", "pellcreekschools.org/alerts2014", "815-555-0217" (its "0217" like Feb. 17),
    # "The last time".
    "pell-creek-snow-day-make-up-plan": (
        "2014-02-05",
        [
            ("Presidents Day", "DATE", "2014-02-17"),
            ("June 3", "DATE", "2014-06-03"),
            ("Feb 5, 2014", "DATE", "2014-02-05"),
            ("7:41 AM CST", "TIME", "2014-02-05T07:41"),
            ("Feb 5, 2014", "DATE", "2014-02-05"),
            ("6:12 PM CST", "TIME", "2014-02-05T18:12"),
            ("Presidents Day", "DATE", "2014-02-17"),
            ("two days", "DURATION", "P2D"),
            ("June", "DATE", "2014-06"),
            ("this winter", "DATE", "2014-WI"),
            ("Tuesday night", "TIME", "2014-02-04TNI"),
            ("today", "DATE", "2014-02-05"),
            ("Jan. 28", "DATE", "2014-01-28"),
            ("now", "DATE", "PRESENT_REF"),
            ("Dec. 9", "DATE", "2013-12-09"),
            ("Monday, Feb. 17", "DATE", "2014-02-17"),
            ("Presidents Day", "DATE", "2014-02-17"),
            ("Friday, May 30", "DATE", "2014-05-30"),
            ("Tuesday, June 3", "DATE", "2014-06-03"),
            ("Sunday, June 1", "DATE", "2014-06-01"),
            ("2 p.m.", "TIME", "2014-06-01T14:00"),
            ("May 22", "DATE", "2014-05-22"),
            ("March 24", "DATE", "2014-03-24"),
            ("28", "DATE", "2014-03-28"),
            ("Good Friday", "DATE", "2014-04-18"),
            ("April 18", "DATE", "2014-04-18"),
            ("March 7", "DATE", "2014-03-07"),
            ("March 11", "DATE", "2014-03-11"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("August", "DATE", "2013-08"),
            ("Last winter", "DATE", "2013-WI"),
            ("2011", "DATE", "2011"),
            ("a week", "DURATION", "P1W"),
            ("early February", "DATE", "2011-02"),
            ("Thursday", "DATE", "2014-02-06"),
            ("two-hour", "DURATION", "PT2H"),
            ("Thursday morning", "TIME", "2014-02-06TMO"),
            ("Saturday night", "TIME", "2014-02-08TNI"),
            ("Sunday", "DATE", "2014-02-09"),
            ("two hours", "DURATION", "PT2H"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
        ],
    ),
    # Monday 2013-10-28 (ISO week 44), US local TV station's website, community-events list,
    # headline ("Trick-or-treat 2013:" -> "2013" DATE, the year the list is for), stamps
    # "Published On: Oct 28 2013 09:14:22 AM EDT" and "Updated On: Oct 28 2013 04:52:10 PM
    # EDT" (clock times to the second, TIME 2013-10-28T09:14:22 and T16:52:10, gold_blind8),
    # "HARTSBURG, Pa. (WHBZ) --" dateline, a list headed "(as of 4:45 p.m. Monday)" (two
    # TIMEX3, the publication day). Halloween 2013 is Thursday 2013-10-31: "on Halloween,
    # Thursday, from 6 to 8 p.m." -> "Halloween", "Thursday", "6" 2013-10-31T18:00 (a bare hour
    # sharing the "p.m." of its range, gold_blind76) and "8 p.m.". The list's ranges written
    # with a hyphen ("6-8 p.m.", "5:30-7:30 p.m.", "6-7:30 p.m.") are two TIMEs each, the hyphen
    # a range mark (gold_blind62, gold_blind76, gold_blind84), on the day of their line:
    # Thursday 31 October, or "Friday, Nov. 1" for Cullen. "a few towns have moved it to
    # Friday" 2013-11-01 (future); "two held theirs over the weekend" 2013-W43-WE (26-27
    # October, past), the list's "held Saturday, Oct. 26" and "held Sunday afternoon"
    # 2013-10-27TAF; "costume parade 7 p.m. Wednesday" 2013-10-30. "this year" 2013;
    # "Thursday night" 2013-10-31TNI; "by about 6:30 p.m. Thursday" two TIMEX3; daylight saving
    # time ends "at 2 a.m. Sunday, Nov. 3" (the first Sunday of November 2013) and "clocks go
    # back an hour" PT1H (the size of the shift, gold_blind44). "the township's 10 p.m.
    # curfew" XXXX-XX-XXT22:00, the hour of a standing curfew (gold_blind16, gold_blind28).
    # "Last year" 2012, "back two days" P2D; "by 3 p.m. Wednesday" 2013-10-30T15:00. Not
    # annotated: "Daylight saving time" (a clock regime, like "British Summer Time" in
    # gold_blind44), "a school night" (a kind of night), "Storm Team 16", "the upper 40s",
    # "under 17", "Route 6", "570-555-1031" (its "1031" like Oct. 31), "eight Valley towns",
    # "two" towns, "Trick-or-treat", "trunk-or-treat", "rain" and "forecast".
    "valley-trick-or-treat-times": (
        "2013-10-28",
        [
            ("2013", "DATE", "2013"),
            ("Oct 28 2013", "DATE", "2013-10-28"),
            ("09:14:22 AM EDT", "TIME", "2013-10-28T09:14:22"),
            ("Oct 28 2013", "DATE", "2013-10-28"),
            ("04:52:10 PM EDT", "TIME", "2013-10-28T16:52:10"),
            ("Halloween", "DATE", "2013-10-31"),
            ("Thursday", "DATE", "2013-10-31"),
            ("6", "TIME", "2013-10-31T18:00"),
            ("8 p.m.", "TIME", "2013-10-31T20:00"),
            ("Thursday evening", "TIME", "2013-10-31TEV"),
            ("Friday", "DATE", "2013-11-01"),
            ("the weekend", "DATE", "2013-W43-WE"),
            ("4:45 p.m.", "TIME", "2013-10-28T16:45"),
            ("Monday", "DATE", "2013-10-28"),
            ("Thursday, Oct. 31", "DATE", "2013-10-31"),
            ("6", "TIME", "2013-10-31T18:00"),
            ("8 p.m.", "TIME", "2013-10-31T20:00"),
            ("Saturday, Oct. 26", "DATE", "2013-10-26"),
            ("Thursday", "DATE", "2013-10-31"),
            ("5:30", "TIME", "2013-10-31T17:30"),
            ("7:30 p.m.", "TIME", "2013-10-31T19:30"),
            ("Friday, Nov. 1", "DATE", "2013-11-01"),
            ("6", "TIME", "2013-11-01T18:00"),
            ("8 p.m.", "TIME", "2013-11-01T20:00"),
            ("Thursday", "DATE", "2013-10-31"),
            ("6", "TIME", "2013-10-31T18:00"),
            ("7:30 p.m.", "TIME", "2013-10-31T19:30"),
            ("7 p.m.", "TIME", "2013-10-30T19:00"),
            ("Wednesday", "DATE", "2013-10-30"),
            ("Sunday afternoon", "TIME", "2013-10-27TAF"),
            ("Halloween", "DATE", "2013-10-31"),
            ("this year", "DATE", "2013"),
            ("Thursday night", "TIME", "2013-10-31TNI"),
            ("about 6:30 p.m.", "TIME", "2013-10-31T18:30"),
            ("Thursday", "DATE", "2013-10-31"),
            ("2 a.m.", "TIME", "2013-11-03T02:00"),
            ("Sunday, Nov. 3", "DATE", "2013-11-03"),
            ("an hour", "DURATION", "PT1H"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("Halloween", "DATE", "2013-10-31"),
            ("Last year", "DATE", "2012"),
            ("two days", "DURATION", "P2D"),
            ("3 p.m.", "TIME", "2013-10-30T15:00"),
            ("Wednesday", "DATE", "2013-10-30"),
        ],
    ),
    # Saturday 2015-01-17 (ISO week 3), US local TV station's website, fire story with rolling
    # updates, newest first: headline, double byline, stamps "Published 06:48 AM CST Jan 17,
    # 2015" and "Updated 02:15 PM CST Jan 17, 2015" (clock time before the date as written),
    # "UPDATE 2:10 p.m.:", "UPDATE 11:35 a.m.:", "ORIGINAL STORY (6:48 a.m.):" (each a TIME on
    # the publication day), "MARLOW, Wis. (WDLQ) --" dateline. Martin Luther King Jr. Day
    # 2015 is the third Monday of January, 2015-01-19: "closed Monday for Martin Luther King
    # Jr. Day" two DATEs; the autopsy "Tuesday" and the hotel rooms "through Tuesday"
    # 2015-01-20. The fire "about 3:50 a.m.", the call "at 4:02 a.m.", "by 5:30 a.m." and the
    # neighbour's "just before 4 o'clock" ("just before" a signal, like "shortly before") are
    # times of the early hours of the publication day; "early this morning" and "late this
    # morning" 2015-01-17TMO. Crews return "at 8 a.m. Sunday" 2015-01-18; donations "from 10
    # a.m. to 4 p.m. Sunday" on 2015-01-18. Past: the heat went out "Thursday" 2015-01-15;
    # "last night" in a story posted at 6:48 a.m. is Friday's night 2015-01-16TNI; the
    # warming centres "Friday evening" 2015-01-16TEV; "hours after" -> "hours" PTXH (a vague
    # duration anchored on an event, gold_blind2). "had lived in the building for 22 years"
    # P22Y (not an age); "more than seven hours" PT7H; "the coming days" PXD; "built in 1924";
    # "the 1980s" 198; "October 2013"; "every two years" SET P2Y; "this winter" 2015-WI (the
    # winter taking the year of its January); "this month" 2015-01; "since Thanksgiving" ->
    # 2014-11-27 (the fourth Thursday of November 2014, the nearest in the past); "Christmas
    # Eve 2011" one DATE span 2011-12-24 (like "New Year's Eve 2019", gold_blind5); "early
    # next week" 2015-W04 (gold_blind56); "once a month" SET P1M, "twice a year" SET P1Y
    # (gold_blind3, gold_blind17). Not annotated: "Woman, 71" and "71" (ages), "14 displaced",
    # "14 people", "first-floor", "911", "4 degrees", "three-story", "the 1400 block of Garland
    # Avenue", "overnight lows" (an adjective naming a kind, gold_blind13, gold_blind103),
    # "for the first time", "10 years old" (the age of an alarm), "2015 Pine St." (an address
    # holding the story's own year), "Engine 19", "Ladder 2", "two children", "second",
    # "fourth", "until the building is declared safe" (event-named).
    "marlow-garland-avenue-apartment-fire": (
        "2015-01-17",
        [
            ("06:48 AM CST", "TIME", "2015-01-17T06:48"),
            ("Jan 17, 2015", "DATE", "2015-01-17"),
            ("02:15 PM CST", "TIME", "2015-01-17T14:15"),
            ("Jan 17, 2015", "DATE", "2015-01-17"),
            ("2:10 p.m.", "TIME", "2015-01-17T14:10"),
            ("22 years", "DURATION", "P22Y"),
            ("Monday", "DATE", "2015-01-19"),
            ("Martin Luther King Jr. Day", "DATE", "2015-01-19"),
            ("Tuesday", "DATE", "2015-01-20"),
            ("11:35 a.m.", "TIME", "2015-01-17T11:35"),
            ("about 3:50 a.m.", "TIME", "2015-01-17T03:50"),
            ("4:02 a.m.", "TIME", "2015-01-17T04:02"),
            ("5:30 a.m.", "TIME", "2015-01-17T05:30"),
            ("more than seven hours", "DURATION", "PT7H"),
            ("8 a.m.", "TIME", "2015-01-18T08:00"),
            ("Sunday", "DATE", "2015-01-18"),
            ("late this morning", "TIME", "2015-01-17TMO"),
            ("the coming days", "DURATION", "PXD"),
            ("6:48 a.m.", "TIME", "2015-01-17T06:48"),
            ("early this morning", "TIME", "2015-01-17TMO"),
            ("4 o'clock", "TIME", "2015-01-17T04:00"),
            ("Thursday", "DATE", "2015-01-15"),
            ("last night", "TIME", "2015-01-16TNI"),
            ("1924", "DATE", "1924"),
            ("the 1980s", "DATE", "198"),
            ("October 2013", "DATE", "2013-10"),
            ("every two years", "SET", "P2Y"),
            ("hours", "DURATION", "PTXH"),
            ("Friday evening", "TIME", "2015-01-16TEV"),
            ("this winter", "DATE", "2015-WI"),
            ("this month", "DATE", "2015-01"),
            ("Thanksgiving", "DATE", "2014-11-27"),
            ("Christmas Eve 2011", "DATE", "2011-12-24"),
            ("early next week", "DATE", "2015-W04"),
            ("once a month", "SET", "P1M"),
            ("twice a year", "SET", "P1Y"),
            ("Tuesday", "DATE", "2015-01-20"),
            ("10 a.m.", "TIME", "2015-01-18T10:00"),
            ("4 p.m.", "TIME", "2015-01-18T16:00"),
            ("Sunday", "DATE", "2015-01-18"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
