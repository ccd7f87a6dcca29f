"""Annotations of blind gold set 342, chosen by hand before the tagger ran.

    python tests/data/gold_blind342/annotate.py [--show]

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
    # Thursday 2012-03-22 (ISO week 12), US local daily's website, section label, headline,
    # stamp "Posted: Thursday, March 22, 2012 6:05 am | Updated: 4:48 pm, Thu Mar 22, 2012."
    # (the weekday date one DATE span, gold_blind52; the clock times TIMEs; the abbreviated
    # "Thu Mar 22, 2012" a DATE of its own), byline, "TAMSEN CREEK, Ore. —" dateline. The
    # escape was on Sunday 2012-03-18: "Sunday afternoon" TAF, "about 3:15 p.m. Sunday" two
    # TIMEX3, "that evening" 2012-03-18TEV and "overnight" the night begun that evening,
    # 2012-03-18TNI (gold_blind21, gold_blind59, gold_blind103); "The next morning" Monday
    # 2012-03-19TMO (gold_blind5, gold_blind32), "Monday night" 2012-03-19TNI. Tuesday
    # 2012-03-20: "7:42 a.m." and "Three hours later" after that exact clock time, an anchored
    # TIME 2012-03-20T10:42 (gold_blind14, gold_blind16, gold_blind26); "late Tuesday" DATE
    # (gold_blind39); "said Wednesday" 2012-03-21; "less than a day" P1D. Headline "enters
    # fifth day" and "its fifth day" DURATION P1D, the ordinal period of an event (gold_blind12,
    # gold_blind29, gold_blind36, gold_blind53; gold_blind35's P4W is the minority reading, see
    # README). Future: "closed Friday" 2012-03-23, "resume Monday" 2012-03-26, "the weekend"
    # 2012-W12-WE (24-25 March). "after 8 p.m. each night" -> "8 p.m." XXXX-XX-XXT20:00 and the
    # SET XXXX-XX-XXTNI (gold_blind28, gold_blind103); "every night" SET; "every two hours" SET
    # PT2H. "a 2009 armed robbery" adjectival year DATE; "12-year" P12Y; "January"
    # 2012-01; "six years" P6Y; "2021"; "this year" 2012. Not annotated: "1998" in "a 1998
    # Ford Ranger" (a model year, like "a 1990 model pickup truck" in gold_blind16), "34",
    # "11 inmates instead of 12", "14 miles", "120 officers", "six agencies", "$5,000", "6
    # feet 1", "190 pounds", "911", "541-555-2012", "dunmiresheriff.org/2012/escape", "by
    # then", "until further notice", "Sooner or later", "the third escape".
    "tamsen-creek-manhunt-fifth-day": (
        "2012-03-22",
        [
            ("fifth day", "DURATION", "P1D"),
            ("Thursday, March 22, 2012", "DATE", "2012-03-22"),
            ("6:05 am", "TIME", "2012-03-22T06:05"),
            ("4:48 pm", "TIME", "2012-03-22T16:48"),
            ("Thu Mar 22, 2012", "DATE", "2012-03-22"),
            ("Thursday", "DATE", "2012-03-22"),
            ("Sunday afternoon", "TIME", "2012-03-18TAF"),
            ("its fifth day", "DURATION", "P1D"),
            ("12-year", "DURATION", "P12Y"),
            ("2009", "DATE", "2009"),
            ("about 3:15 p.m.", "TIME", "2012-03-18T15:15"),
            ("Sunday", "DATE", "2012-03-18"),
            ("that evening", "TIME", "2012-03-18TEV"),
            ("overnight", "TIME", "2012-03-18TNI"),
            ("The next morning", "TIME", "2012-03-19TMO"),
            ("Monday night", "TIME", "2012-03-19TNI"),
            ("Tuesday", "DATE", "2012-03-20"),
            ("7:42 a.m.", "TIME", "2012-03-20T07:42"),
            ("Three hours later", "TIME", "2012-03-20T10:42"),
            ("late Tuesday", "DATE", "2012-03-20"),
            ("Wednesday", "DATE", "2012-03-21"),
            ("less than a day", "DURATION", "P1D"),
            ("12-hour", "DURATION", "PT12H"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("Monday", "DATE", "2012-03-19"),
            ("2 p.m.", "TIME", "2012-03-22T14:00"),
            ("today", "DATE", "2012-03-22"),
            ("Sunday", "DATE", "2012-03-18"),
            ("Friday", "DATE", "2012-03-23"),
            ("Monday", "DATE", "2012-03-26"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("each night", "SET", "XXXX-XX-XXTNI"),
            ("January", "DATE", "2012-01"),
            ("six years", "DURATION", "P6Y"),
            ("2021", "DATE", "2021"),
            ("this year", "DATE", "2012"),
            ("the weekend", "DATE", "2012-W12-WE"),
            ("every two hours", "SET", "PT2H"),
        ],
    ),
    # Sunday 2014-11-16 (ISO week 46), wire story, headline, "SANTA ROSA DE QUIVILLA, Peru,
    # Nov 16 (Meridian Wire) -" dateline ("Nov 16" the wire's date, gold_blind12, gold_blind18),
    # reporting and editing credit. The quake struck "at 11:52 p.m. local time on Friday (0452
    # GMT on Saturday)": four TIMEX3, the zone in the span and not in the value, the GMT time
    # on its own day (gold_blind8, gold_blind18). The girl came out "at about 6 a.m. on
    # Sunday" (the wire's day), "some 30 hours after" the quake -> "some 30 hours" PT30H, the
    # duration alone ("some" kept like "about"); headline "30 hours" the same. Saturday
    # 2014-11-15: "8 a.m.", "that afternoon" TAF, "Saturday night" TNI, "3:10 p.m." and "Two
    # hours later" after that exact clock time, 2014-11-15T17:10 (anchored TIME, gold_blind14,
    # gold_blind16), "Saturday evening" TEV, "the night" (crews "worked through the night")
    # 2014-11-15TNI, "late Saturday" DATE; "shortly after 1 a.m." -> "1 a.m." on Sunday
    # 2014-11-16T01:00, a clock time after midnight taking the new day (gold_blind30). "since
    # Friday night" 2014-11-14TNI (the quake's night). "last night" in a Sunday wire is
    # Saturday's night and "again spent the night" the same night (gold_blind35). "The first
    # 72 hours" DURATION PT72H (an ordinal period of an event, gold_blind8). Future: "After
    # Monday" 2014-11-17, "by Tuesday" 2014-11-18, "this week" in a Sunday wire 2014-W47, the
    # week that starts the next day (gold_blind25), "2 p.m. today", "at least two weeks" P2W.
    # "60-day" P60D; "more than a century" P100Y; "April 1958" 1958-04; "the next 12 years"
    # P12Y after it. Not annotated: "9-year-old", "magnitude 6.9", "magnitude 5.2", "61",
    # "33 km", "43", "11", "19 aftershocks", "200 more soldiers", "4,000", "2 degrees Celsius",
    # "212", "38", "40 tonnes", "0800-1-1958" (a phone number holding 1958, beside the annotated
    # "April 1958"), "since the quake" (event-named), "alone".
    "quivilla-quake-girl-rescued": (
        "2014-11-16",
        [
            ("30 hours", "DURATION", "PT30H"),
            ("Nov 16", "DATE", "2014-11-16"),
            ("about 6 a.m.", "TIME", "2014-11-16T06:00"),
            ("Sunday", "DATE", "2014-11-16"),
            ("some 30 hours", "DURATION", "PT30H"),
            ("11:52 p.m. local time", "TIME", "2014-11-14T23:52"),
            ("Friday", "DATE", "2014-11-14"),
            ("0452 GMT", "TIME", "2014-11-15T04:52"),
            ("Saturday", "DATE", "2014-11-15"),
            ("8 a.m.", "TIME", "2014-11-15T08:00"),
            ("Saturday", "DATE", "2014-11-15"),
            ("that afternoon", "TIME", "2014-11-15TAF"),
            ("Saturday night", "TIME", "2014-11-15TNI"),
            ("Friday night", "TIME", "2014-11-14TNI"),
            ("Saturday", "DATE", "2014-11-15"),
            ("The first 72 hours", "DURATION", "PT72H"),
            ("Monday", "DATE", "2014-11-17"),
            ("3:10 p.m.", "TIME", "2014-11-15T15:10"),
            ("Saturday", "DATE", "2014-11-15"),
            ("Two hours later", "TIME", "2014-11-15T17:10"),
            ("Saturday evening", "TIME", "2014-11-15TEV"),
            ("the night", "TIME", "2014-11-15TNI"),
            ("1 a.m.", "TIME", "2014-11-16T01:00"),
            ("60-day", "DURATION", "P60D"),
            ("late Saturday", "DATE", "2014-11-15"),
            ("this week", "DATE", "2014-W47"),
            ("last night", "TIME", "2014-11-15TNI"),
            ("the night", "TIME", "2014-11-15TNI"),
            ("Friday", "DATE", "2014-11-14"),
            ("more than a century", "DURATION", "P100Y"),
            ("April 1958", "DATE", "1958-04"),
            ("the next 12 years", "DURATION", "P12Y"),
            ("Tuesday", "DATE", "2014-11-18"),
            ("2 p.m.", "TIME", "2014-11-16T14:00"),
            ("today", "DATE", "2014-11-16"),
            ("at least two weeks", "DURATION", "P2W"),
        ],
    ),
    # Friday 2015-05-22 (ISO week 21), Australian paper's website, section label, headline,
    # stamp "Updated May 22 2015 - 11:20AM" (DATE and TIME, gold_blind49, gold_blind103),
    # byline, no dateline. "yesterday" Thursday 2015-05-21, the report's release. The crash "at
    # 7.48pm on Tuesday 12 May" (two TIMEX3, the weekday date one span), "last week" 2015-W20;
    # the flight timeline that evening: "6.58pm", "23 minutes" late (the size of a delay, a
    # DURATION, gold_blind12), "7.31pm", "Six minutes later" after that exact time, an anchored
    # TIME 2015-05-12T19:37 (gold_blind8, gold_blind14), "7.47pm", "8.29pm". Headline "17
    # minutes before impact" and "about 17 minutes before impact" DURATION PT17M (anchored
    # durations, the duration alone). "the next day" after the crash 2015-05-13 (gold_blind32);
    # "on Saturday" 2015-05-16, "on Monday" 2015-05-18, "Thursday morning" 2015-05-21TMO,
    # "said on Wednesday" 2015-05-20 (all past); "on Tuesday" ahead 2015-05-26, so one story
    # holds Tuesday in both directions. "the financial year to June 30" -> "the financial year"
    # FY2015 (the Australian year July 2014-June 2015, named by the year it ends, gold_blind8)
    # and "June 30" 2015-06-30; "its first in a decade" -> "a decade" P10Y (gold_blind3);
    # "26-year" P26Y; "50-minute" PT50M; "within 12 months" -> "12 months" P12M; "four days"
    # P4D; "March", "February" past, "next month" 2015-06, "September" ahead; "since 2009";
    # "built in 1967"; "now" PRESENT_REF; "10am tomorrow" two TIMEX3 on Saturday 2015-05-23.
    # Not annotated: "AL-340" (a model), "VH-ZKL", "flight 1915" (a flight number reading like a
    # year, gold_blind16, gold_blind46), "AO-2015-061" (an investigation number holding the
    # year), "6km", "seven passengers", "52", "two engines", "$1.8 million", "three victims",
    # "sooner", "straight away", "the first fatal accident".
    "barrangul-crash-atsb-preliminary": (
        "2015-05-22",
        [
            ("17 minutes", "DURATION", "PT17M"),
            ("May 22 2015", "DATE", "2015-05-22"),
            ("11:20AM", "TIME", "2015-05-22T11:20"),
            ("last week", "DATE", "2015-W20"),
            ("about 17 minutes", "DURATION", "PT17M"),
            ("yesterday", "DATE", "2015-05-21"),
            ("7.48pm", "TIME", "2015-05-12T19:48"),
            ("Tuesday 12 May", "DATE", "2015-05-12"),
            ("50-minute", "DURATION", "PT50M"),
            ("6.58pm", "TIME", "2015-05-12T18:58"),
            ("23 minutes", "DURATION", "PT23M"),
            ("7.31pm", "TIME", "2015-05-12T19:31"),
            ("Six minutes later", "TIME", "2015-05-12T19:37"),
            ("7.47pm", "TIME", "2015-05-12T19:47"),
            ("8.29pm", "TIME", "2015-05-12T20:29"),
            ("four days", "DURATION", "P4D"),
            ("Saturday", "DATE", "2015-05-16"),
            ("March", "DATE", "2015-03"),
            ("next month", "DATE", "2015-06"),
            ("2009", "DATE", "2009"),
            ("12 months", "DURATION", "P12M"),
            ("the next day", "DATE", "2015-05-13"),
            ("Monday", "DATE", "2015-05-18"),
            ("Thursday morning", "TIME", "2015-05-21TMO"),
            ("Wednesday", "DATE", "2015-05-20"),
            ("now", "DATE", "PRESENT_REF"),
            ("the financial year", "DATE", "FY2015"),
            ("June 30", "DATE", "2015-06-30"),
            ("a decade", "DURATION", "P10Y"),
            ("26-year", "DURATION", "P26Y"),
            ("1967", "DATE", "1967"),
            ("February", "DATE", "2015-02"),
            ("September", "DATE", "2015-09"),
            ("10am", "TIME", "2015-05-23T10:00"),
            ("tomorrow", "DATE", "2015-05-23"),
            ("Tuesday", "DATE", "2015-05-26"),
        ],
    ),
    # Monday 2013-01-28 (ISO week 5), British regional daily, headline, standfirst, byline
    # with beat, date line "Monday 28 January 2013". "confirmed on Friday" 2013-01-25 and "on
    # Friday afternoon" 2013-01-25TAF; "on Wednesday" ahead 2013-01-30. "Easter" (headline and
    # quote, "until after Easter") is Easter Sunday 2013-03-31 (gold_blind3, gold_blind25).
    # The collision "at about 9.40pm on Thursday 3 November 2011" (two TIMEX3); "the next
    # morning" 2011-11-04TMO; "the evening" (at a pub) 2011-11-03TEV, "that night" 2011-11-03TNI
    # (gold_blind24, gold_blind39), "between 9.15pm and 10pm" that evening's times; "two days
    # after he was struck" -> "two days" P2D (an anchored duration, the duration alone). The
    # trial "opened on 8 October" 2012-10-08, "lasted nine days" P9D; "in October" 2012-10;
    # "19 October" 2012-10-19; "in November" 2012-11; "9 January" 2013-01-09. Future: "16 April"
    # and "10.30am on Tuesday 16 April" 2013-04-16, "21 days, until 15 February" P21D and
    # 2013-02-15, "until 4 March" 2013-03-04, "one-day" P1D, "the autumn" 2013-FA, "October 2016",
    # "This year's" -> "This year" 2013 and its "Saturday 9 March at 7.30pm". "eight years" P8Y
    # (a sentence, gold_blind25, gold_blind52); "more than 14 months" P14M; "Now" and "now"
    # PRESENT_REF; "every year" SET P1Y; "2011"; "1986". Not annotated: "B6472", "41", "67",
    # "58mph", "30mph", "201207348 C4" (a case number holding 2012), "one in eight", "£8",
    # "long wait" (no time expression), "halfway through his sentence", "Court of Appeal".
    "hatherby-cyclist-death-appeal-date": (
        "2013-01-28",
        [
            ("Easter", "DATE", "2013-03-31"),
            ("Monday 28 January 2013", "DATE", "2013-01-28"),
            ("16 April", "DATE", "2013-04-16"),
            ("Friday", "DATE", "2013-01-25"),
            ("eight years", "DURATION", "P8Y"),
            ("October", "DATE", "2012-10"),
            ("two days", "DURATION", "P2D"),
            ("about 9.40pm", "TIME", "2011-11-03T21:40"),
            ("Thursday 3 November 2011", "DATE", "2011-11-03"),
            ("the next morning", "TIME", "2011-11-04TMO"),
            ("8 October", "DATE", "2012-10-08"),
            ("nine days", "DURATION", "P9D"),
            ("the evening", "TIME", "2011-11-03TEV"),
            ("that night", "TIME", "2011-11-03TNI"),
            ("November", "DATE", "2012-11"),
            ("9.15pm", "TIME", "2011-11-03T21:15"),
            ("10pm", "TIME", "2011-11-03T22:00"),
            ("9 January", "DATE", "2013-01-09"),
            ("21 days", "DURATION", "P21D"),
            ("15 February", "DATE", "2013-02-15"),
            ("4 March", "DATE", "2013-03-04"),
            ("one-day", "DURATION", "P1D"),
            ("10.30am", "TIME", "2013-04-16T10:30"),
            ("Tuesday 16 April", "DATE", "2013-04-16"),
            ("Friday afternoon", "TIME", "2013-01-25TAF"),
            ("more than 14 months", "DURATION", "P14M"),
            ("nine days", "DURATION", "P9D"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Easter", "DATE", "2013-03-31"),
            ("Wednesday", "DATE", "2013-01-30"),
            ("the autumn", "DATE", "2013-FA"),
            ("2011", "DATE", "2011"),
            ("19 October", "DATE", "2012-10-19"),
            ("October 2016", "DATE", "2016-10"),
            ("1986", "DATE", "1986"),
            ("now", "DATE", "PRESENT_REF"),
            ("every year", "SET", "P1Y"),
            ("This year", "DATE", "2013"),
            ("Saturday 9 March", "DATE", "2013-03-09"),
            ("7.30pm", "TIME", "2013-03-09T19:30"),
        ],
    ),
    # Saturday 2015-08-01 (ISO week 31), Canadian paper's live-updates page, section label,
    # headline, staff credit, stamp "Last updated: Saturday, August 1, 2015 5:12 PM PDT" (the
    # weekday date one DATE span, the clock time a TIME with its zone in the span), entries
    # newest first. Each entry timestamp ("5:12 p.m." to "8:15 a.m.") is TIME on the page's
    # date (gold_blind9). B.C. Day is the first Monday of August, 2015-08-03; "B.C. Day long
    # weekend" (headline) is the Saturday-Monday holiday weekend, the ISO week of its Saturday,
    # 2015-W31-WE (gold_blind9, gold_blind56, gold_blind103); "for B.C. Day on Monday" two
    # DATEs. "within an hour" -> "an hour" PT1H (like "within the hour", gold_blind9); "now"
    # twice PRESENT_REF; "at 6 p.m." the briefing later that day; "at 9 a.m.", "this afternoon",
    # "10 a.m. today" the page's day. Past: "6:40 p.m. Thursday" 2015-07-30 (two TIMEX3),
    # "Wednesday night" 2015-07-29TNI, "Friday morning" 2015-07-31TMO, "Friday night"
    # 2015-07-31TNI, "since noon on July 17" -> "noon" 2015-07-17T12:00 and "July 17". Future:
    # "tomorrow" 2015-08-02, "through Tuesday" 2015-08-04, "the middle of next week" 2015-W32
    # (the modifier not recorded, gold_blind103), the regatta "scheduled for Sunday and Monday"
    # 2015-08-02 and 2015-08-03, "Aug. 22" 2015-08-22. "less than three hours" PT3H, "about 90
    # minutes" PT90M, "the second time in three years" -> "three years" P3Y (the period of an
    # ordinal count, gold_blind103), "July 2013", "six days" P6D. Not annotated: "Good
    # morning" (a greeting), "Highway 6" (twice), "Highway 23", "1,850 hectares", "400
    # hectares", "120 hectares", "60 km/h", "four kilometres", "12 kilometres", "300 strikes",
    # "85 firefighters", "40 more firefighters", "35 C", "150 people", "240 more properties",
    # "600 homes", "360 properties", "1915 Arena Road", "250-555-0917", "around the clock", "no
    # estimated time of reopening", "immediately".
    "cinder-creek-wildfire-live-updates": (
        "2015-08-01",
        [
            ("B.C. Day long weekend", "DATE", "2015-W31-WE"),
            ("Saturday, August 1, 2015", "DATE", "2015-08-01"),
            ("5:12 PM PDT", "TIME", "2015-08-01T17:12"),
            ("5:12 p.m.", "TIME", "2015-08-01T17:12"),
            ("now", "DATE", "PRESENT_REF"),
            ("an hour", "DURATION", "PT1H"),
            ("6 p.m.", "TIME", "2015-08-01T18:00"),
            ("4:40 p.m.", "TIME", "2015-08-01T16:40"),
            ("now", "DATE", "PRESENT_REF"),
            ("9 a.m.", "TIME", "2015-08-01T09:00"),
            ("less than three hours", "DURATION", "PT3H"),
            ("this afternoon", "TIME", "2015-08-01TAF"),
            ("3:55 p.m.", "TIME", "2015-08-01T15:55"),
            ("about 90 minutes", "DURATION", "PT90M"),
            ("2:30 p.m.", "TIME", "2015-08-01T14:30"),
            ("1:05 p.m.", "TIME", "2015-08-01T13:05"),
            ("10:45 a.m.", "TIME", "2015-08-01T10:45"),
            ("6:40 p.m.", "TIME", "2015-07-30T18:40"),
            ("Thursday", "DATE", "2015-07-30"),
            ("Wednesday night", "TIME", "2015-07-29TNI"),
            ("Friday morning", "TIME", "2015-07-31TMO"),
            ("Friday night", "TIME", "2015-07-31TNI"),
            ("10 a.m.", "TIME", "2015-08-01T10:00"),
            ("today", "DATE", "2015-08-01"),
            ("9:30 a.m.", "TIME", "2015-08-01T09:30"),
            ("today", "DATE", "2015-08-01"),
            ("tomorrow", "DATE", "2015-08-02"),
            ("noon", "TIME", "2015-07-17T12:00"),
            ("July 17", "DATE", "2015-07-17"),
            ("Tuesday", "DATE", "2015-08-04"),
            ("the middle of next week", "DATE", "2015-W32"),
            ("8:15 a.m.", "TIME", "2015-08-01T08:15"),
            ("B.C. Day", "DATE", "2015-08-03"),
            ("Monday", "DATE", "2015-08-03"),
            ("Sunday", "DATE", "2015-08-02"),
            ("Monday", "DATE", "2015-08-03"),
            ("Aug. 22", "DATE", "2015-08-22"),
            ("three years", "DURATION", "P3Y"),
            ("July 2013", "DATE", "2013-07"),
            ("six days", "DURATION", "P6D"),
        ],
    ),
    # Wednesday 2014-07-02 (ISO week 27), US daily's print page, headline, deck, byline with
    # paper, date line "Wednesday, July 2, 2014", "ASHBY FORKS —" dateline. The crest "Friday
    # evening" 2014-07-04TEV (headline "Friday" 2014-07-04), which is Independence Day (deck,
    # 2014-07-04); the fireworks' "Friday night" 2014-07-04TNI moved to "July 12" (deck) and
    # "Saturday, July 12" (one span) 2014-07-12. Past: "said Tuesday", "10 a.m. Tuesday", "4
    # p.m. Tuesday", "Tuesday night" (2014-07-01), "Monday's forecast" -> "Monday" 2014-06-30,
    # "Sunday night" 2014-06-29TNI, "early Monday" DATE 2014-06-30 (gold_blind39,
    # gold_blind103), "since Saturday" 2014-06-28. "the fiscal year that began Tuesday" -> "the
    # fiscal year" FY2015 (July 2014-June 2015, named by the year it ends, gold_blind3,
    # gold_blind35, gold_blind39) and "Tuesday" 2014-07-01. Future: "Thursday morning"
    # 2014-07-03TMO, "through Friday" 2014-07-04, "at least next Wednesday" 2014-07-09 (the
    # modifier kept, gold_blind14, gold_blind103), "6 p.m. Monday" 2014-07-07, "the weekend"
    # 2014-W27-WE (5-6 July), "early next week" 2014-W28 (gold_blind9, gold_blind39). "from 7
    # a.m. to 9 p.m. daily" -> two TIMEs XXXX-XX-XXThh:mm and the SET P1D (gold_blind44). "up
    # 2.4 feet in 24 hours" -> "24 hours" PT24H (gold_blind35, gold_blind103). "Last year's
    # flood" -> "Last year" 2013 and "April 19, 2013"; "March 30, 1961" and "1961"; "19 days"
    # P19D. Not annotated: "24.8 feet", "Fifth Street", "nearly 10 feet", "second-highest",
    # "1.3 feet", "3 to 5 inches", "26.1 feet", "21.3 feet", "2.4 feet", "90,000 sandbags",
    # "2014 Grant Ave." (an address holding the year), "140 homes", "Highway 150", "$310,000",
    # "19.6 feet", "$1.2 million", "24 feet", "319-555-1961" (beside the annotated "1961"),
    # "ashbyforksgazette.com/flood2014", "around the clock", "so far", "on record", "The last
    # time".
    "ashby-forks-wapsanee-crest-forecast": (
        "2014-07-02",
        [
            ("Friday", "DATE", "2014-07-04"),
            ("Independence Day", "DATE", "2014-07-04"),
            ("July 12", "DATE", "2014-07-12"),
            ("Wednesday, July 2, 2014", "DATE", "2014-07-02"),
            ("Friday evening", "TIME", "2014-07-04TEV"),
            ("Tuesday", "DATE", "2014-07-01"),
            ("10 a.m.", "TIME", "2014-07-01T10:00"),
            ("Tuesday", "DATE", "2014-07-01"),
            ("Monday", "DATE", "2014-06-30"),
            ("Sunday night", "TIME", "2014-06-29TNI"),
            ("early Monday", "DATE", "2014-06-30"),
            ("March 30, 1961", "DATE", "1961-03-30"),
            ("6 a.m.", "TIME", "2014-07-02T06:00"),
            ("today", "DATE", "2014-07-02"),
            ("24 hours", "DURATION", "PT24H"),
            ("at least next Wednesday", "DATE", "2014-07-09"),
            ("Saturday", "DATE", "2014-06-28"),
            ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("daily", "SET", "P1D"),
            ("Friday", "DATE", "2014-07-04"),
            ("4 p.m.", "TIME", "2014-07-01T16:00"),
            ("Tuesday", "DATE", "2014-07-01"),
            ("Thursday morning", "TIME", "2014-07-03TMO"),
            ("Tuesday night", "TIME", "2014-07-01TNI"),
            ("Friday night", "TIME", "2014-07-04TNI"),
            ("Saturday, July 12", "DATE", "2014-07-12"),
            ("the fiscal year", "DATE", "FY2015"),
            ("Tuesday", "DATE", "2014-07-01"),
            ("6 p.m.", "TIME", "2014-07-07T18:00"),
            ("Monday", "DATE", "2014-07-07"),
            ("Last year", "DATE", "2013"),
            ("April 19, 2013", "DATE", "2013-04-19"),
            ("1961", "DATE", "1961"),
            ("19 days", "DURATION", "P19D"),
            ("the weekend", "DATE", "2014-W27-WE"),
            ("early next week", "DATE", "2014-W28"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
