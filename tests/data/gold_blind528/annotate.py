"""Annotations of blind gold set 528, chosen by hand before the tagger ran.

    python tests/data/gold_blind528/annotate.py [--show]

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
    # Monday 2013-11-25 (ISO week 48), Scottish daily's football match report, section label,
    # headline ("six-week wait", adjectival DURATION P6W), score line, byline, date line "Monday
    # 25 November 2013" (one span with its weekday). The match was "on Saturday" 2013-11-23;
    # the cup tie is "tomorrow night" 2013-11-26TNI, "kick-off 7.45pm" that night. Quoted
    # speech is anchored to the day it was spoken (gold_blind40): the manager's "on Saturday
    # evening" quote "you saw it today" is Saturday 2013-11-23, with "Friday morning"
    # 2013-11-22TMO; his quote of "yesterday" (Sunday 2013-11-24) "We'll train tomorrow
    # morning" is Monday 2013-11-25TMO, "on Tuesday" 2013-11-26 and "home by midnight" the
    # midnight ending the Tuesday, 2013-11-26T24:00 (gold_blind56, gold_blind103). "the best
    # part of two months" -> "two months" P2M ("the best part of" left out like "most of",
    # gold_blind24). "the 2009-10 season" -> "2009" and "10" 2010, "season" left out
    # (gold_blind43, gold_blind91). "the first 20 minutes" an ordinal period of a match, PT20M
    # (like "the first 45 minutes", gold_blind43). "the weekend of 1-2 February" one DATE span,
    # the ISO weekend 2014-W05-WE (gold_blind66, gold_blind91); "Tuesday 11 February"
    # 2014-02-11. "a year ago" 2012 (the unit's granularity). December fixtures: "the 7th"
    # 2013-12-07 and "the 14th" 2013-12-14, days of the month just named (like "the 13th",
    # gold_blind43); "Boxing Day" 2013-12-26 and its "1pm"; "New Year's Day" 2014-01-01; "for
    # the first time in a decade" -> "a decade" P10Y (the period of a "first in"). "the
    # summer" (Rossi signed) 2013-SU, "in June" 2013-06, "the summer of 2016" one span; "the
    # January window" -> "January" 2014-01 (gold_blind24, gold_blind43). Tickets "until 5pm
    # today" 2013-11-25T17:00; buses "at 5pm tomorrow" 2013-11-26T17:00. Not annotated: "the
    # 71st minute", "stoppage time", "(Boyd 78)", "the campaign", "the fourth round", "fifth
    # round", "fifth-round tie", "lunch", "3", "1", "2-0", "24-year-old", "47", "3,214", "nine
    # goals", "01555 201 314", "glenmarrthistle.co.uk/cup2013" (a URL holding the year).
    "glenmarr-thistle-port-annan-cup-tie": (
        "2013-11-25",
        [
            ("six-week", "DURATION", "P6W"),
            ("Monday 25 November 2013", "DATE", "2013-11-25"),
            ("six weeks", "DURATION", "P6W"),
            ("Saturday", "DATE", "2013-11-23"),
            ("tomorrow night", "TIME", "2013-11-26TNI"),
            ("7.45pm", "TIME", "2013-11-26T19:45"),
            ("the first 20 minutes", "DURATION", "PT20M"),
            ("the summer", "DATE", "2013-SU"),
            ("August", "DATE", "2013-08"),
            ("12 October", "DATE", "2013-10-12"),
            ("2009", "DATE", "2009"),
            ("10", "DATE", "2010"),
            ("two months", "DURATION", "P2M"),
            ("Saturday evening", "TIME", "2013-11-23TEV"),
            ("Friday morning", "TIME", "2013-11-22TMO"),
            ("today", "DATE", "2013-11-23"),
            ("18 months", "DURATION", "P18M"),
            ("May 2015", "DATE", "2015-05"),
            ("September", "DATE", "2013-09"),
            ("yesterday", "DATE", "2013-11-24"),
            ("Tuesday", "DATE", "2013-11-26"),
            ("tomorrow morning", "TIME", "2013-11-25TMO"),
            ("Tuesday", "DATE", "2013-11-26"),
            ("midnight", "TIME", "2013-11-26T24:00"),
            ("the weekend of 1-2 February", "DATE", "2014-W05-WE"),
            ("Tuesday 11 February", "DATE", "2014-02-11"),
            ("March", "DATE", "2013-03"),
            ("a year ago", "DATE", "2012"),
            ("Saturday 30 November", "DATE", "2013-11-30"),
            ("December", "DATE", "2013-12"),
            ("the 7th", "DATE", "2013-12-07"),
            ("the 14th", "DATE", "2013-12-14"),
            ("Boxing Day", "DATE", "2013-12-26"),
            ("1pm", "TIME", "2013-12-26T13:00"),
            ("New Year's Day", "DATE", "2014-01-01"),
            ("a decade", "DURATION", "P10Y"),
            ("the summer of 2016", "DATE", "2016-SU"),
            ("January", "DATE", "2014-01"),
            ("three-year", "DURATION", "P3Y"),
            ("June", "DATE", "2013-06"),
            ("Tuesday", "DATE", "2013-11-26"),
            ("5pm", "TIME", "2013-11-25T17:00"),
            ("today", "DATE", "2013-11-25"),
            ("5pm", "TIME", "2013-11-26T17:00"),
            ("tomorrow", "DATE", "2013-11-26"),
        ],
    ),
    # Tuesday 2015-01-13 (ISO week 3), Australian paper's website tennis report, section
    # label, headline, stamp "January 13, 2015 - 11:52PM" (DATE and TIME), byline, no
    # dateline. The match "ended shortly after 10.30pm on Tuesday" -> "10.30pm"
    # 2015-01-13T22:30 ("shortly after" a signal, gold_blind24) and "Tuesday", the day of the
    # page. "started almost an hour late" -> "almost an hour" PT1H (the size of a delay,
    # gold_blind24); "for most of the afternoon" -> "the afternoon" 2015-01-13TAF; "one hour
    # and 48 minutes" one DURATION in the smaller unit, PT108M (gold_blind24, gold_blind66).
    # "turned 16 in October" 2014-10, "a year ago" 2014, "now" PRESENT_REF, "in November"
    # 2014-11, "since May 2013". Future: "tomorrow morning" 2015-01-14TMO, "from Thursday"
    # 2015-01-15, "starts on Monday" 2015-01-19, "Thursday's quarter-finals" 2015-01-15 with
    # "not before 7pm" and "5pm" that day ("not before" a signal, gold_blind12), "Wednesday's
    # order of play" 2015-01-14 and its "11am", "tomorrow" 2015-01-14, "Saturday, January 17"
    # and "2pm AEDT" (zone in the span), "Sunday morning" 2015-01-18TMO, "February 2"
    # 2015-02-02. Past: "washed out on Monday" 2015-01-12, "on Sunday and Monday" 2015-01-11
    # and 2015-01-12, "on Tuesday night" 2015-01-13TNI (the organisers' statement, the night of
    # the page). The director's "We played until 1am last night": "last night" is Monday
    # night 2015-01-12TNI, and "1am" after it falls on the new day, 2015-01-13T01:00
    # (gold_blind24). "six days" P6D; "Christmas" 2014-12-25; "Last year" 2014; "the first
    # week" in Melbourne an ordinal period of an event, P1W (gold_blind35); "the next three
    # days" P3D; "the first four days" of the tournament P4D (gold_blind66); "the 2017 event"
    # -> "2017" (adjectival year); "nearly nine hours" PT9H; "this month" 2015-01; "Every
    # weekend" SET XXXX-WXX-WE. Not annotated: "16" (headline and body, ages), "Sixteen-year-
    # old", "nine", "27", "7-6 (5), 6-4", "the 10th game", "the second set", "412th", "143rd",
    # "No. 6", "second-round", "first-round", "the low 30s" (temperatures), "$45", "$120",
    # "Channel 11", "portcarricktennis.com.au/2015", "1300 555 017", "under lights".
    "port-carrick-international-mirra-upsets-voss": (
        "2015-01-13",
        [
            ("January 13, 2015", "DATE", "2015-01-13"),
            ("11:52PM", "TIME", "2015-01-13T23:52"),
            ("10.30pm", "TIME", "2015-01-13T22:30"),
            ("Tuesday", "DATE", "2015-01-13"),
            ("almost an hour", "DURATION", "PT1H"),
            ("the afternoon", "TIME", "2015-01-13TAF"),
            ("one hour and 48 minutes", "DURATION", "PT108M"),
            ("October", "DATE", "2014-10"),
            ("a year ago", "DATE", "2014"),
            ("now", "DATE", "PRESENT_REF"),
            ("November", "DATE", "2014-11"),
            ("May 2013", "DATE", "2013-05"),
            ("tomorrow morning", "TIME", "2015-01-14TMO"),
            ("Thursday", "DATE", "2015-01-15"),
            ("Monday", "DATE", "2015-01-19"),
            ("six days", "DURATION", "P6D"),
            ("Christmas", "DATE", "2014-12-25"),
            ("Last year", "DATE", "2014"),
            ("the first week", "DURATION", "P1W"),
            ("Thursday", "DATE", "2015-01-15"),
            ("7pm", "TIME", "2015-01-15T19:00"),
            ("5pm", "TIME", "2015-01-15T17:00"),
            ("Wednesday", "DATE", "2015-01-14"),
            ("11am", "TIME", "2015-01-14T11:00"),
            ("Monday", "DATE", "2015-01-12"),
            ("Tuesday night", "TIME", "2015-01-13TNI"),
            ("the next three days", "DURATION", "P3D"),
            ("the first four days", "DURATION", "P4D"),
            ("2017", "DATE", "2017"),
            ("nearly nine hours", "DURATION", "PT9H"),
            ("Sunday", "DATE", "2015-01-11"),
            ("Monday", "DATE", "2015-01-12"),
            ("1am", "TIME", "2015-01-13T01:00"),
            ("last night", "TIME", "2015-01-12TNI"),
            ("tomorrow", "DATE", "2015-01-14"),
            ("Saturday, January 17", "DATE", "2015-01-17"),
            ("2pm AEDT", "TIME", "2015-01-17T14:00"),
            ("Sunday morning", "TIME", "2015-01-18TMO"),
            ("February 2", "DATE", "2015-02-02"),
            ("this month", "DATE", "2015-01"),
            ("Every weekend", "SET", "XXXX-WXX-WE"),
        ],
    ),
    # Wednesday 2014-05-21 (ISO week 21), cycling website's stage report, section label,
    # headline, standfirst ("tomorrow" 2014-05-22, "on Saturday" 2014-05-24), byline, stamp
    # "Published: Wednesday, May 21, 2014 - 18:42 CEST" (the weekday date one DATE span, the
    # clock a TIME with the zone in the span), results boxes. The race runs Sunday 18 to
    # Sunday 25 May: the leader took yellow "on Monday" 2014-05-19; the manager spoke "on
    # Tuesday" 2014-05-20. "this afternoon" 2014-05-21TAF; the start "at 11.15am" and the feed
    # zone "at about 1.30pm" on the day of the stage; "led by six minutes" the size of a lead,
    # PT6M, like "by a minute" (gold_blind24); "less than a minute" PT1M likewise; "the final
    # hour" of the stage an ordinal period PT1H (gold_blind24's "the last hour"). "three weeks
    # ago" 2014-W18 (ISO week 21 less three, the unit's granularity, gold_blind24); "two years"
    # P2Y, "ten days" P10D, "April" 2014-04. Future: "the next four days" P4D (Thursday to
    # Sunday), "Tomorrow's fourth stage" 2014-05-22 with "between 4.45pm and 5.15pm" two TIMEs;
    # "Friday" 2014-05-23 (the rest day); "On Saturday" 2014-05-24 with "1pm" and "about
    # 4.50pm", "every two minutes" SET PT2M; "Sunday's final stage" 2014-05-25 "at noon"
    # T12:00; "Until Saturday evening" 2014-05-24TEV; "July" 2014-07; "the end of 2015" the
    # year's value (gold_blind35). "Last year" 2013. The daily coverage "at 2pm CEST every day"
    # -> XXXX-XX-XXT14:00 and SET P1D (gold_blind66). Not annotated: race and gap times to the
    # second in the results ("4:31:07", "s.t.", "+0:02", "13:02:44", "+0:41", "+1:15"; no value
    # shape, like "2:04:38" in gold_blind43), "stage 3" (headline, body, results), "fourth
    # stage", "rest day" (the day itself annotated as "Friday"), "the last 10 kilometres",
    # "km 20", "3km", "186km", "201km", "11km", "32km", "6km", "eight laps", "25-year-old",
    # "five-man", "the yellow jersey", "the Tour de France" (a name; its month "July" is
    # annotated), "the feed zone".
    "haute-sevre-stage-three-kowal-wins": (
        "2014-05-21",
        [
            ("tomorrow", "DATE", "2014-05-22"),
            ("Saturday", "DATE", "2014-05-24"),
            ("Wednesday, May 21, 2014", "DATE", "2014-05-21"),
            ("18:42 CEST", "TIME", "2014-05-21T18:42"),
            ("this afternoon", "TIME", "2014-05-21TAF"),
            ("almost four hours", "DURATION", "PT4H"),
            ("Monday", "DATE", "2014-05-19"),
            ("11.15am", "TIME", "2014-05-21T11:15"),
            ("six minutes", "DURATION", "PT6M"),
            ("about 1.30pm", "TIME", "2014-05-21T13:30"),
            ("the final hour", "DURATION", "PT1H"),
            ("two years", "DURATION", "P2Y"),
            ("2012", "DATE", "2012"),
            ("ten days", "DURATION", "P10D"),
            ("April", "DATE", "2014-04"),
            ("three weeks ago", "DATE", "2014-W18"),
            ("2011", "DATE", "2011"),
            ("less than a minute", "DURATION", "PT1M"),
            ("the next four days", "DURATION", "P4D"),
            ("Tomorrow", "DATE", "2014-05-22"),
            ("4.45pm", "TIME", "2014-05-22T16:45"),
            ("5.15pm", "TIME", "2014-05-22T17:15"),
            ("Friday", "DATE", "2014-05-23"),
            ("Saturday", "DATE", "2014-05-24"),
            ("1pm", "TIME", "2014-05-24T13:00"),
            ("every two minutes", "SET", "PT2M"),
            ("about 4.50pm", "TIME", "2014-05-24T16:50"),
            ("Sunday", "DATE", "2014-05-25"),
            ("noon", "TIME", "2014-05-25T12:00"),
            ("Saturday evening", "TIME", "2014-05-24TEV"),
            ("Last year", "DATE", "2013"),
            ("1987", "DATE", "1987"),
            ("2002", "DATE", "2002"),
            ("2006", "DATE", "2006"),
            ("2007", "DATE", "2007"),
            ("the end of 2015", "DATE", "2015"),
            ("Tuesday", "DATE", "2014-05-20"),
            ("July", "DATE", "2014-07"),
            ("2pm CEST", "TIME", "XXXX-XX-XXT14:00"),
            ("every day", "SET", "P1D"),
        ],
    ),
    # Thursday 2014-04-17 (ISO week 16), Indian daily's city-edition cricket report, section
    # label, headline, stamp "TNN | Apr 17, 2014, 02.14AM IST" (DATE and TIME, the zone in the
    # span), "PUNE:" dateline. The match was "on Wednesday night" 2014-04-16TNI; it "began 45
    # minutes late" (PT45M, the size of a delay) "at 8.45pm" after a shower "around 6pm" (the
    # modifier kept, like "about 2.30pm" in gold_blind103), and ended "just before midnight"
    # -> "midnight" 2014-04-16T24:00 (the midnight ending that day, gold_blind103). The
    # batsman's quote after the match, "Tonight it paid off", is the Wednesday night
    # 2014-04-16TNI (quoted speech on the day spoken, gold_blind40); his routine "every
    # morning from 6.30am" -> SET XXXX-XX-XXTMO and TIME XXXX-XX-XXT06:30 (the hour of a
    # recurring routine, gold_blind91). "would rest on Thursday" is the publication day
    # 2014-04-17 (gold_blind43); "Friday evening" 2014-04-18TEV; "Saturday's game" 2014-04-19
    # "at 4pm"; "three weeks" P3W. The committee "met on Tuesday" 2014-04-15; the final moved to
    # "Sunday, May 11" (one span) "a week later than planned" -> "a week" P1W (the size of a
    # shift, gold_blind91); "May 3 and 4" and "May 7 and 8" two DATEs each, the bare day its own
    # (gold_blind24); "10am on Monday" 2014-04-21. "warmed up twice in three hours" -> "three
    # hours" PT3H, the period of a count (gold_blind103's "the third time in two weeks"); "every
    # year" SET P1Y; "Last year's final" -> "Last year" 2013; "until 2016"; "in February"
    # 2014-02; "next year" 2015; "in October" 2014-10 (future). The closing fixture line
    # "Friday, 8pm" -> "Friday" 2014-04-18 and "8pm" that day. Not annotated: "T20", "84 off 52
    # balls", "seven wickets", "12 points", "eight games", "17 overs", "20 overs", "151", "nine
    # balls", "341 runs", "22", "31" (ages), "Rs 100", "Rs 1,500", "deccant20.in/2014",
    # "the off-season", "last season", "the league's first season" (its year "2012" annotated),
    # "the semi-finals", "the final", "Under-23", "30-man", "one-day" (a format), "the
    # monsoon" and "pre-monsoon" (a weather season with no calendar value), "twice".
    "deccan-t20-league-strikers-top-table": (
        "2014-04-17",
        [
            ("Apr 17, 2014", "DATE", "2014-04-17"),
            ("02.14AM IST", "TIME", "2014-04-17T02:14"),
            ("Wednesday night", "TIME", "2014-04-16TNI"),
            ("45 minutes", "DURATION", "PT45M"),
            ("8.45pm", "TIME", "2014-04-16T20:45"),
            ("around 6pm", "TIME", "2014-04-16T18:00"),
            ("midnight", "TIME", "2014-04-16T24:00"),
            ("March 28", "DATE", "2014-03-28"),
            ("two months", "DURATION", "P2M"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("6.30am", "TIME", "XXXX-XX-XXT06:30"),
            ("Tonight", "TIME", "2014-04-16TNI"),
            ("Thursday", "DATE", "2014-04-17"),
            ("Friday evening", "TIME", "2014-04-18TEV"),
            ("Saturday", "DATE", "2014-04-19"),
            ("4pm", "TIME", "2014-04-19T16:00"),
            ("three weeks", "DURATION", "P3W"),
            ("Tuesday", "DATE", "2014-04-15"),
            ("Sunday, May 11", "DATE", "2014-05-11"),
            ("a week", "DURATION", "P1W"),
            ("May 3", "DATE", "2014-05-03"),
            ("4", "DATE", "2014-05-04"),
            ("May 7", "DATE", "2014-05-07"),
            ("8", "DATE", "2014-05-08"),
            ("10am", "TIME", "2014-04-21T10:00"),
            ("Monday", "DATE", "2014-04-21"),
            ("three hours", "DURATION", "PT3H"),
            ("2012", "DATE", "2012"),
            ("2012", "DATE", "2012"),
            ("every year", "SET", "P1Y"),
            ("Last year", "DATE", "2013"),
            ("2016", "DATE", "2016"),
            ("February", "DATE", "2014-02"),
            ("next year", "DATE", "2015"),
            ("October", "DATE", "2014-10"),
            ("Friday", "DATE", "2014-04-18"),
            ("8pm", "TIME", "2014-04-18T20:00"),
        ],
    ),
    # Saturday 2012-12-22 (ISO week 51), Irish daily's racing preview, section label,
    # headline, standfirst, byline, date line "Saturday, December 22, 2012". St Stephen's Day
    # (headline and lead) is Wednesday 2012-12-26, the festival's first day. Races named by
    # their off time are annotated on the time alone (gold_blind24's "the 3.15"): "the 2.10"
    # (standfirst and body) 2012-12-26T14:10, "the 12.15" and "3.45" the same day, afternoon
    # by the racecard's order. "over the next four days" P4D; "since October" 2012-10;
    # "Thursday morning" 2012-12-20TMO; "five weeks" P5W; "yesterday" Friday 2012-12-21. The
    # trainer's "If it rains on Christmas Eve and again on Christmas night" -> 2012-12-24 and
    # 2012-12-25TNI. "The four-day Christmas festival" -> "four-day" P4D only (see README);
    # "opens on Wednesday" 2012-12-26. "last April" in December 2012 is 2012-04, the April of
    # the same year (like "last spring" in August, gold_blind35). The gates' and buses' daily
    # hours "at 10.30am each day" and "from 10am" -> XXXX-XX-XXT10:30 with SET P1D, and
    # XXXX-XX-XXT10:00 with "every 15 minutes" SET PT15M (gold_blind66). The clerk's quote
    # of Friday: "overnight" the night begun on Thursday evening, 2012-12-20TNI (gold_blind103);
    # "forecast for Monday" 2012-12-24; "by Wednesday" 2012-12-26; the inspection "for 7.30am
    # on Wednesday" 2012-12-26T07:30. "Thursday 27 December" and "2.45pm"; "Last year's
    # winner" -> "Last year" 2011; "since 2000"; "1969"; "last year" 2011; "since May 1"
    # 2012-05-01; "since 2008". "The final day, Saturday, December 29": "The final day" an
    # ordinal period of the meeting, DURATION P1D (gold_blind24, gold_blind66), the date one
    # DATE span beside it; "half an hour earlier" -> "half an hour" PT30M (the size of a
    # shift); "at 11.45am" that Saturday. Not annotated: "Christmas festival" and "Christmas
    # Chase" (names of a meeting and a race, see README), "Easter Bonnet" (a horse), "six-year-
    # old", "three starts", "by a neck", "€75,000", "eight-race", "9mm", "3-1", "twice", "61
    # winners", "four winners", "£500", "Grade Two", "the bumper", "€25", "€20", "under-16s",
    # "ballinvarraraces.ie/christmas2012" (a URL holding the year), "the failing light".
    "ballinvarra-christmas-festival-dunmore-lass": (
        "2012-12-22",
        [
            ("St Stephen's Day", "DATE", "2012-12-26"),
            ("2.10", "TIME", "2012-12-26T14:10"),
            ("Saturday, December 22, 2012", "DATE", "2012-12-22"),
            ("St Stephen's Day", "DATE", "2012-12-26"),
            ("the next four days", "DURATION", "P4D"),
            ("October", "DATE", "2012-10"),
            ("Thursday morning", "TIME", "2012-12-20TMO"),
            ("five weeks", "DURATION", "P5W"),
            ("yesterday", "DATE", "2012-12-21"),
            ("Christmas Eve", "DATE", "2012-12-24"),
            ("Christmas night", "TIME", "2012-12-25TNI"),
            ("four-day", "DURATION", "P4D"),
            ("Wednesday", "DATE", "2012-12-26"),
            ("12.15", "TIME", "2012-12-26T12:15"),
            ("3.45", "TIME", "2012-12-26T15:45"),
            ("2.10", "TIME", "2012-12-26T14:10"),
            ("last April", "DATE", "2012-04"),
            ("10.30am", "TIME", "XXXX-XX-XXT10:30"),
            ("each day", "SET", "P1D"),
            ("every 15 minutes", "SET", "PT15M"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("8am", "TIME", "2012-12-21T08:00"),
            ("yesterday", "DATE", "2012-12-21"),
            ("overnight", "TIME", "2012-12-20TNI"),
            ("Monday", "DATE", "2012-12-24"),
            ("Wednesday", "DATE", "2012-12-26"),
            ("7.30am", "TIME", "2012-12-26T07:30"),
            ("Wednesday", "DATE", "2012-12-26"),
            ("Thursday 27 December", "DATE", "2012-12-27"),
            ("2.45pm", "TIME", "2012-12-27T14:45"),
            ("Last year", "DATE", "2011"),
            ("2000", "DATE", "2000"),
            ("1969", "DATE", "1969"),
            ("last year", "DATE", "2011"),
            ("May 1", "DATE", "2012-05-01"),
            ("2008", "DATE", "2008"),
            ("The final day", "DURATION", "P1D"),
            ("Saturday, December 29", "DATE", "2012-12-29"),
            ("half an hour", "DURATION", "PT30M"),
            ("11.45am", "TIME", "2012-12-29T11:45"),
        ],
    ),
    # Friday 2015-05-15 (ISO week 20), US paper's baseball story, section label, headline
    # ("play two Saturday" 2015-05-16), byline "Staff Writer", date line "Friday, May 15,
    # 2015", "RIVERTON —" dateline. "this week" 2015-W20. Past: "Thursday night's game"
    # 2015-05-14TNI, postponed "at 6:20 p.m." that day, "about 45 minutes before the scheduled
    # first pitch" PT45M (an anchored duration, gold_blind35), rain "in the afternoon"
    # 2015-05-14TAF, lightning "until after 8 p.m." 2015-05-14T20:00 ("until after" signals),
    # "said Thursday" (twice) and "scheduled to start Thursday" 2015-05-14, "Tuesday's series
    # opener" 2015-05-12, "Wednesday afternoon" 2015-05-13TAF, "since May 8" 2015-05-08.
    # Future: the doubleheader "Saturday" 2015-05-16 at "1:05 p.m." and "7:05 p.m.", "the first
    # game Saturday", "starts tonight at 7:05 p.m." 2015-05-15TNI and 2015-05-15T19:05,
    # "through Sunday" 2015-05-17, "Friday is Fireworks Night" 2015-05-15 (the publication day)
    # with "gates open at 5:30 p.m.", "Sunday's series finale" 2015-05-17 "at 1:35 p.m.",
    # "After Sunday" 2015-05-17, "off Monday" 2015-05-18, "Memorial Day" 2015-05-25 (the last
    # Monday of May), "July 13-16" -> "July 13" and "16" 2015-07-16, two DATEs (gold_blind24).
    # "four games in nine days" -> "nine days" P9D (the period of a count); "since Opening Day on
    # April 9" -> "April 9" 2015-04-09 only (see README); "the next month" P1M; "since 2009";
    # "over the winter" -> "the winter" 2015-WI, the winter just past, valued by the year of its
    # January (gold_blind10, gold_blind103); "within an hour of the rain stopping" -> "an hour"
    # PT1H (anchored); "through Aug. 30" 2015-08-30; the box office "open daily from 10 a.m. to
    # 5 p.m." -> SET P1D and XXXX-XX-XXT10:00, XXXX-XX-XXT17:00 (gold_blind66); "since 2011";
    # "a year ago" 2014. Not annotated: "Opening Day", "Fireworks Night" (a promotion's name),
    # "The All-Star break", "the break", "the fifth inning", "the end of the fifth inning",
    # "seven scoreless innings", "game days", "this season", "afternoon games" (a kind of game),
    # "regular-season", "(18-14)", "(4-1, 2.35 ERA)", "3-1", "26" (age), "the other five",
    # "six games", "three doubleheaders", "home dates", "seven-game", "$1.2 million", "an
    # inch", "6 percent", "4,812", "555-201-0515" (a phone number holding 0515, the page's
    # month and day), "For the second time".
    "riverton-river-hawks-rainout-doubleheader": (
        "2015-05-15",
        [
            ("Saturday", "DATE", "2015-05-16"),
            ("Friday, May 15, 2015", "DATE", "2015-05-15"),
            ("this week", "DATE", "2015-W20"),
            ("Thursday night", "TIME", "2015-05-14TNI"),
            ("6:20 p.m.", "TIME", "2015-05-14T18:20"),
            ("about 45 minutes", "DURATION", "PT45M"),
            ("the afternoon", "TIME", "2015-05-14TAF"),
            ("Saturday", "DATE", "2015-05-16"),
            ("1:05 p.m.", "TIME", "2015-05-16T13:05"),
            ("7:05 p.m.", "TIME", "2015-05-16T19:05"),
            ("Tuesday", "DATE", "2015-05-12"),
            ("Wednesday afternoon", "TIME", "2015-05-13TAF"),
            ("nine days", "DURATION", "P9D"),
            ("Thursday", "DATE", "2015-05-14"),
            ("April 9", "DATE", "2015-04-09"),
            ("the next month", "DURATION", "P1M"),
            ("2009", "DATE", "2009"),
            ("Thursday", "DATE", "2015-05-14"),
            ("Saturday", "DATE", "2015-05-16"),
            ("May 8", "DATE", "2015-05-08"),
            ("tonight", "TIME", "2015-05-15TNI"),
            ("7:05 p.m.", "TIME", "2015-05-15T19:05"),
            ("Sunday", "DATE", "2015-05-17"),
            ("the winter", "DATE", "2015-WI"),
            ("Thursday", "DATE", "2015-05-14"),
            ("an hour", "DURATION", "PT1H"),
            ("8 p.m.", "TIME", "2015-05-14T20:00"),
            ("Thursday", "DATE", "2015-05-14"),
            ("Aug. 30", "DATE", "2015-08-30"),
            ("daily", "SET", "P1D"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("Friday", "DATE", "2015-05-15"),
            ("5:30 p.m.", "TIME", "2015-05-15T17:30"),
            ("Sunday", "DATE", "2015-05-17"),
            ("1:35 p.m.", "TIME", "2015-05-17T13:35"),
            ("Sunday", "DATE", "2015-05-17"),
            ("Monday", "DATE", "2015-05-18"),
            ("Memorial Day", "DATE", "2015-05-25"),
            ("July 13", "DATE", "2015-07-13"),
            ("16", "DATE", "2015-07-16"),
            ("2011", "DATE", "2011"),
            ("a year ago", "DATE", "2014"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
