"""Annotations of blind gold set 506, chosen by hand before the tagger ran.

    python tests/data/gold_blind506/annotate.py [--show]

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
    # Tuesday 1998-03-17 (ISO week 12), US network evening news lead story (anchor, airport
    # correspondent, transportation correspondent), programme title "UBN EVENING NEWS", header
    # "Air date: Tuesday, March 17, 1998" (one DATE span) and "Time: 6:30 p.m. ET" (TIME, the zone
    # in the span, gold_blind30). The fleet was grounded "tonight" at "6 p.m." ("As of" a signal,
    # gold_blind22), "less than five hours after" the fire: an anchored duration, PT5H with the
    # modifier kept and unrecorded (gold_blind35). The flight took off "at 12:52 this afternoon"
    # (two TIMEX3); "Twenty minutes later" after that exact clock time is an anchored TIME,
    # 1998-03-17T13:12 (gold_blind19, gold_blind44); "at 1:19" and "By 6:15" take the half of
    # the day the story fixes (13:19 after the 12:52 take-off; 18:15 between "6 p.m." and the
    # 6:30 p.m. air time, gold_blind16, gold_blind20). "the second engine failure ... in less
    # than a month" and "Two failures in three weeks" give the period of an ordinal count,
    # DURATION P1M and P3W (gold_blind103). "640 daily flights" -> "daily" SET P1D, the count
    # out of the span like "two weekly flights" (gold_blind20). "midafternoon" TIME TAF
    # (gold_blind39). Future weekdays: "at least Thursday morning" 1998-03-19TMO (modifier kept,
    # "until" a signal), "by Friday" 1998-03-20; "tomorrow" and "tomorrow morning" Wednesday
    # 1998-03-18. "Two weeks ago" 1998-W10 (the unit's granularity, gold_blind30); "the February
    # incident" -> "February" 1998-02 (an adjectival month, like "the March strikes" in
    # gold_blind10); "this week" 1998-W12, "next month" 1998-04; "overnight" the night begun
    # this evening, 1998-03-17TNI (gold_blind21); "within 30 days" -> "30 days"; "through
    # March 31" -> "March 31"; "our 11 o'clock Eastern broadcast" 1998-03-17T23:00 (gold_blind6).
    # "Right now" PRESENT_REF, one span. Not annotated: "UBN EVENING NEWS" (a title), "Good
    # evening", "Good night", "Transcript No. 98031701" (an identifier holding 98-03-17),
    # "Corvair 520" (a model number), "Flight 1998" (a flight number in a 1998 story),
    # "1-800-555-1998", "31 planes", "84 people", "212 of its 640", "118", "40 engineers",
    # "around the clock", "until every plane is cleared", "the old rules", "the second".
    "coastline-air-jet-grounding-evening-news": (
        "1998-03-17",
        [
            ("Tuesday, March 17, 1998", "DATE", "1998-03-17"),
            ("6:30 p.m. ET", "TIME", "1998-03-17T18:30"),
            ("tonight", "TIME", "1998-03-17TNI"),
            ("less than five hours", "DURATION", "PT5H"),
            ("at least Thursday morning", "TIME", "1998-03-19TMO"),
            ("12:52", "TIME", "1998-03-17T12:52"),
            ("this afternoon", "TIME", "1998-03-17TAF"),
            ("Twenty minutes later", "TIME", "1998-03-17T13:12"),
            ("1:19", "TIME", "1998-03-17T13:19"),
            ("27 minutes", "DURATION", "PT27M"),
            ("less than a month", "DURATION", "P1M"),
            ("February 24", "DATE", "1998-02-24"),
            ("Late this afternoon", "TIME", "1998-03-17TAF"),
            ("6 p.m.", "TIME", "1998-03-17T18:00"),
            ("6:15", "TIME", "1998-03-17T18:15"),
            ("daily", "SET", "P1D"),
            ("tomorrow", "DATE", "1998-03-18"),
            ("midafternoon", "TIME", "1998-03-17TAF"),
            ("Friday", "DATE", "1998-03-20"),
            ("1994", "DATE", "1994"),
            ("Right now", "DATE", "PRESENT_REF"),
            ("every 60 days", "SET", "P60D"),
            ("Two weeks ago", "DATE", "1998-W10"),
            ("February", "DATE", "1998-02"),
            ("every 30 days", "SET", "P30D"),
            ("Tonight", "TIME", "1998-03-17TNI"),
            ("three weeks", "DURATION", "P3W"),
            ("this week", "DATE", "1998-W12"),
            ("next month", "DATE", "1998-04"),
            ("this evening", "TIME", "1998-03-17TEV"),
            ("overnight", "TIME", "1998-03-17TNI"),
            ("tomorrow morning", "TIME", "1998-03-18TMO"),
            ("30 days", "DURATION", "P30D"),
            ("March 31", "DATE", "1998-03-31"),
            ("11 o'clock Eastern", "TIME", "1998-03-17T23:00"),
        ],
    ),
    # Wednesday 1999-07-07 (ISO week 27), US network morning show, live satellite interview
    # (host and guest), programme title "THE DAYBREAK HOUR", header "Wednesday, July 7, 1999"
    # (one DATE) and "7:00 a.m. ET" (TIME); the segment slug "Solo Sailor Rescued After 19 Days
    # Adrift" is a headline and its "19 Days" DURATION P19D (like "Two Weeks After Quake",
    # gold_blind35). Time check "It's 7:18" 1999-07-07T07:18 (gold_blind30); "this Wednesday
    # morning" one TIME span (like "this Sunday evening", gold_blind14); "joins us now" ->
    # "now" PRESENT_REF (gold_blind30). "a little after 11 o'clock" in the Azores ("a little
    # after" a signal, gold_blind30) is the local 11:00 of the broadcast day, a local clock time
    # keeping its local value (gold_blind20, gold_blind28); 7:18 EDT is 11:18 in the Azores.
    # The storm: "the night of June 15" one TIME span 1999-06-15TNI (gold_blind5, gold_blind30);
    # "two in the morning" one TIME span after it, 1999-06-16T02:00 (like "about 5 in the
    # morning", gold_blind65); "Around 3:30" the same night, 1999-06-16T03:30, approximator
    # kept. 19 days adrift: 16 June to 5 July. "The first few days" PXD (gold_blind79) and "the
    # first week" P1W (ordinal periods of the voyage, gold_blind35). Her habits: "every night at
    # 9 o'clock" SET XXXX-XX-XXTNI plus TIME XXXX-XX-XXT21:00 (gold_blind16, gold_blind103);
    # "once a day, at noon" SET P1D plus XXXX-XX-XXT12:00; "20 minutes every two hours" PT20M
    # and SET PT2H. Past weekdays: "Monday afternoon", "Monday" (twice) and "about 4:30 p.m."
    # 1999-07-05 (local afternoon in the Azores), "since Saturday" 1999-07-03; "that morning"
    # the Monday's, 1999-07-05TMO (gold_blind8, gold_blind36); "on June 26" and "the next day"
    # 1999-06-27 (gold_blind4). "Last week" 1999-W26; "the Fourth of July" 1999-07-04 (a
    # holiday on the day it falls on). Future: "Tomorrow" Thursday 1999-07-08, "Friday"
    # 1999-07-09, "next Tuesday" the nearest coming Tuesday 1999-07-13; "later this morning"
    # TMO (gold_blind30); "at 7:30" 1999-07-07T07:30. Not annotated: "THE DAYBREAK HOUR" (a
    # title), "34-year-old", "a 1986 model" (a model year, gold_blind16), "Channel 16", "60
    # knots", "counting the days" (generic), "After that", "three times", "every time" (a
    # count of occasions, no period), "Good morning", "good morning".
    "verhagen-rescued-sailor-morning-interview": (
        "1999-07-07",
        [
            ("Wednesday, July 7, 1999", "DATE", "1999-07-07"),
            ("7:00 a.m. ET", "TIME", "1999-07-07T07:00"),
            ("19 Days", "DURATION", "P19D"),
            ("7:18", "TIME", "1999-07-07T07:18"),
            ("this Wednesday morning", "TIME", "1999-07-07TMO"),
            ("Last week", "DATE", "1999-W26"),
            ("This morning", "TIME", "1999-07-07TMO"),
            ("19 days", "DURATION", "P19D"),
            ("Monday afternoon", "TIME", "1999-07-05TAF"),
            ("now", "DATE", "PRESENT_REF"),
            ("11 o'clock", "TIME", "1999-07-07T11:00"),
            ("June 10", "DATE", "1999-06-10"),
            ("about five weeks", "DURATION", "P5W"),
            ("The first few days", "DURATION", "PXD"),
            ("the night of June 15", "TIME", "1999-06-15TNI"),
            ("two in the morning", "TIME", "1999-06-16T02:00"),
            ("Around 3:30", "TIME", "1999-06-16T03:30"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("9 o'clock", "TIME", "XXXX-XX-XXT21:00"),
            ("the first week", "DURATION", "P1W"),
            ("once a day", "SET", "P1D"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("20 minutes", "DURATION", "PT20M"),
            ("every two hours", "SET", "PT2H"),
            ("the Fourth of July", "DATE", "1999-07-04"),
            ("Monday", "DATE", "1999-07-05"),
            ("Monday", "DATE", "1999-07-05"),
            ("about 4:30 p.m.", "TIME", "1999-07-05T16:30"),
            ("Saturday", "DATE", "1999-07-03"),
            ("that morning", "TIME", "1999-07-05TMO"),
            ("June 26", "DATE", "1999-06-26"),
            ("the next day", "DATE", "1999-06-27"),
            ("yesterday", "DATE", "1999-07-06"),
            ("Tomorrow", "DATE", "1999-07-08"),
            ("Friday", "DATE", "1999-07-09"),
            ("next Tuesday", "DATE", "1999-07-13"),
            ("later this morning", "TIME", "1999-07-07TMO"),
            ("7:30", "TIME", "1999-07-07T07:30"),
        ],
    ),
    # Saturday 2000-07-01 (ISO week 26), US network weekend evening news, lead story with a
    # correspondent live in France; programme title "PBN NEWS SATURDAY" (not annotated, a
    # title holding the weekday), header "Broadcast: Saturday, July 1, 2000, 6:30 p.m. ET" (one
    # DATE span and a TIME). At 6:30 p.m. EDT it is 00:30 on Sunday in Paris (CEST, six hours
    # ahead): the correspondent's time check "it is half past midnight here" is TIME
    # 2000-07-02T00:30, a local clock time on the local day (gold_blind28: each clock time on
    # the day the text gives it in its own zone); his "Tonight" is the night he is in, begun on
    # Saturday evening, 2000-07-01TNI (gold_blind16, gold_blind30). The strike "began Thursday"
    # "at 6 a.m. local time on Thursday" 2000-06-29T06:00 (zone words in the span); "since
    # Thursday" and "Thursday afternoon" the same day; the talks "yesterday" 2000-06-30 broke
    # off "at about 11 p.m." (Paris) and resume "at 3 p.m. Sunday, Paris time, 9 a.m. Eastern":
    # "3 p.m." 2000-07-02T15:00, "Sunday", "9 a.m. Eastern" 2000-07-02T09:00, a local time and
    # its equivalent two TIMEX3 (gold_blind27, gold_blind30); "Paris time" is a place phrase
    # left out of the span like "here on the East Coast" (gold_blind46). Future weekdays:
    # "until at least Monday night" -> "at least Monday night" 2000-07-03TNI; "Monday night"
    # again; "Tuesday" (the birthday) 2000-07-04, the Fourth itself; "Wednesday or Thursday"
    # 2000-07-05 and 2000-07-06 (the same weekday as the past "Thursday" in the other
    # direction, gold_blind103); "Monday evening" 2000-07-03TEV. "the Fourth of July"
    # 2000-07-04; "this holiday weekend" the ISO weekend of this Saturday, 2000-W26-WE
    # (gold_blind57); "the spring of 1999" 1999-SP; "by 2002"; "another week" P1W; "over the
    # next week" -> "the next week" P1W; "every two hours" SET PT2H; "now" PRESENT_REF; "this
    # Saturday" in the sign-off the broadcast day (gold_blind20). Not annotated: "Story 1 of 7",
    # "10th birthday", "retire at 50" (an age), "600 more colleagues", "2,300 flights", "71",
    # "one runway in three", "Interstate 95", "14 miles", "the holiday" (anaphoric), "Since
    # then", "Good evening", "Good night".
    "paris-controllers-strike-weekend-news": (
        "2000-07-01",
        [
            ("Saturday, July 1, 2000", "DATE", "2000-07-01"),
            ("6:30 p.m. ET", "TIME", "2000-07-01T18:30"),
            ("the Fourth of July", "DATE", "2000-07-04"),
            ("Thursday", "DATE", "2000-06-29"),
            ("this afternoon", "TIME", "2000-07-01TAF"),
            ("at least Monday night", "TIME", "2000-07-03TNI"),
            ("half past midnight", "TIME", "2000-07-02T00:30"),
            ("6 a.m. local time", "TIME", "2000-06-29T06:00"),
            ("Thursday", "DATE", "2000-06-29"),
            ("Tonight", "TIME", "2000-07-01TNI"),
            ("Thursday afternoon", "TIME", "2000-06-29TAF"),
            ("Thursday", "DATE", "2000-06-29"),
            ("Tuesday", "DATE", "2000-07-04"),
            ("2002", "DATE", "2002"),
            ("nine hours", "DURATION", "PT9H"),
            ("yesterday", "DATE", "2000-06-30"),
            ("about 11 p.m.", "TIME", "2000-06-30T23:00"),
            ("3 p.m.", "TIME", "2000-07-02T15:00"),
            ("Sunday", "DATE", "2000-07-02"),
            ("9 a.m. Eastern", "TIME", "2000-07-02T09:00"),
            ("1998", "DATE", "1998"),
            ("another week", "DURATION", "P1W"),
            ("Monday night", "TIME", "2000-07-03TNI"),
            ("Wednesday", "DATE", "2000-07-05"),
            ("Thursday", "DATE", "2000-07-06"),
            ("the spring of 1999", "DATE", "1999-SP"),
            ("48 hours", "DURATION", "PT48H"),
            ("1995", "DATE", "1995"),
            ("11 days", "DURATION", "P11D"),
            ("now", "DATE", "PRESENT_REF"),
            ("every two hours", "SET", "PT2H"),
            ("tonight", "TIME", "2000-07-01TNI"),
            ("the next week", "DURATION", "P1W"),
            ("this holiday weekend", "DATE", "2000-W26-WE"),
            ("this afternoon", "TIME", "2000-07-01TAF"),
            ("Monday evening", "TIME", "2000-07-03TEV"),
            ("this Saturday", "DATE", "2000-07-01"),
        ],
    ),
    # Thursday 1999-12-30 (ISO week 52), US network evening news consumer and technology
    # segment, programme title "CTN WORLD TONIGHT" (not annotated), header "DATE: Thursday,
    # December 30, 1999" (one DATE) and "AIR TIME: 6:30 PM EST" (TIME). The segment slug
    # "Countdown to 2000" is a headline naming the year, "2000" DATE 2000 (unlike programme
    # titles, gold_blind30); "Y2K" is a bug's name and is not annotated (gold_blind34).
    # "Tomorrow at midnight" -> "Tomorrow" 1999-12-31 and "midnight" 1999-12-31T24:00, the
    # midnight ending the named day (gold_blind17's New Year's Eve, gold_blind28). "the year
    # 2000" one span (gold_blind35). "the last two years" P2Y; "18 months ago" 1998-06 (the
    # unit's granularity). "Tomorrow night" 1999-12-31TNI and "starting at 6 p.m." that day;
    # "until at least noon on Saturday" -> "at least noon" 2000-01-01T12:00 (modifier kept,
    # like "at least Wednesday") and "Saturday" 2000-01-01; "Saturday morning" 2000-01-01TMO.
    # "through the weekend" -> "the weekend" 1 and 2 January 2000, whose Saturday lies in ISO
    # week 52 of 1999: 1999-W52-WE. "12-hour" PT12H. "will read 00 as 1900" -> "1900" DATE (the
    # year meant), "00" not annotated (two stored digits). "since April" 1999-04 and "since
    # October" 1999-10 (past months of this year); "March 1997"; "yesterday" 1999-12-29;
    # "Tuesday" (past) 1999-12-28; "at 4 p.m. Eastern tomorrow" and "at noon tomorrow" on
    # 1999-12-31 (each "tomorrow" a DATE); "until January 7" 2000-01-07, "Monday, January 3"
    # one DATE span, "on January 4" 2000-01-04 (future months across the year boundary,
    # gold_blind14); "the past two weeks" P2W; "this week" 1999-W52; "in November" 1999-11;
    # "all of 1998" -> "1998"; "your December bank statement" -> "December" 1999-12 (an
    # adjectival month, like "The March numbers" in gold_blind30); "three days" P3D. Kiribati:
    # "The first people to see 2000" -> "2000"; "where midnight comes at 5 a.m. Eastern
    # tomorrow" -> "midnight" the local midnight that begins 1 January 2000 there,
    # 2000-01-01T00:00 (a local clock time keeping its local value, gold_blind28; the midnight
    # beginning a day, gold_blind8), "5 a.m. Eastern" 1999-12-31T05:00 and "tomorrow". "On New
    # Year's Eve" 1999-12-31 "at 7 p.m. Eastern ... through 3 a.m.": 3 a.m. after the night's
    # midnight takes the new day, 2000-01-01T03:00 (gold_blind30). "this Thursday" (sign-off)
    # the broadcast day. Not annotated: "Y2K", "00", "a six-state grid", "140 engineers",
    # "four full drills", "99.6 percent", "20 percent", "$400", "12,000 generators", "a bad
    # winter storm" (an adjectival season naming a kind, gold_blind103), "Good evening".
    "y2k-countdown-evening-news": (
        "1999-12-30",
        [
            ("Thursday, December 30, 1999", "DATE", "1999-12-30"),
            ("6:30 PM EST", "TIME", "1999-12-30T18:30"),
            ("2000", "DATE", "2000"),
            ("Tomorrow", "DATE", "1999-12-31"),
            ("midnight", "TIME", "1999-12-31T24:00"),
            ("the year 2000", "DATE", "2000"),
            ("tonight", "TIME", "1999-12-30TNI"),
            ("the last two years", "DURATION", "P2Y"),
            ("18 months ago", "DATE", "1998-06"),
            ("Tomorrow night", "TIME", "1999-12-31TNI"),
            ("6 p.m.", "TIME", "1999-12-31T18:00"),
            ("every 15 minutes", "SET", "PT15M"),
            ("at least noon", "TIME", "2000-01-01T12:00"),
            ("Saturday", "DATE", "2000-01-01"),
            ("March 1997", "DATE", "1997-03"),
            ("April", "DATE", "1999-04"),
            ("12-hour", "DURATION", "PT12H"),
            ("the weekend", "DATE", "1999-W52-WE"),
            ("1900", "DATE", "1900"),
            ("yesterday", "DATE", "1999-12-29"),
            ("4 p.m. Eastern", "TIME", "1999-12-31T16:00"),
            ("tomorrow", "DATE", "1999-12-31"),
            ("January 7", "DATE", "2000-01-07"),
            ("Saturday morning", "TIME", "2000-01-01TMO"),
            ("October", "DATE", "1999-10"),
            ("the past two weeks", "DURATION", "P2W"),
            ("noon", "TIME", "1999-12-31T12:00"),
            ("tomorrow", "DATE", "1999-12-31"),
            ("Monday, January 3", "DATE", "2000-01-03"),
            ("Tuesday", "DATE", "1999-12-28"),
            ("this week", "DATE", "1999-W52"),
            ("November", "DATE", "1999-11"),
            ("1998", "DATE", "1998"),
            ("December", "DATE", "1999-12"),
            ("January 4", "DATE", "2000-01-04"),
            ("three days", "DURATION", "P3D"),
            ("2000", "DATE", "2000"),
            ("midnight", "TIME", "2000-01-01T00:00"),
            ("5 a.m. Eastern", "TIME", "1999-12-31T05:00"),
            ("tomorrow", "DATE", "1999-12-31"),
            ("New Year's Eve", "DATE", "1999-12-31"),
            ("7 p.m. Eastern", "TIME", "1999-12-31T19:00"),
            ("3 a.m.", "TIME", "2000-01-01T03:00"),
            ("this Thursday", "DATE", "1999-12-30"),
        ],
    ),
    # Friday 2000-05-26 (ISO week 21), US network morning show news update and holiday weather
    # (co-host, news reader, meteorologist), programme title "LBN SUNUP" (not annotated: a
    # title naming a time of day), header "May 26, 2000" (DATE) and "7:30 a.m. ET" (TIME), and
    # the time check "It's 7:30" the same minute. Memorial Day 2000 is the last Monday of May,
    # 2000-05-29: "Memorial Day" and "on Monday" that day; "the start of the Memorial Day
    # weekend" one DATE span (the modifier kept, like "the start of the year", gold_blind30),
    # the ISO weekend of its Saturday 2000-W21-WE (gold_blind21), as are "this holiday
    # weekend", "this weekend" and "the weekend". "this Friday morning" one TIME span.
    # "overnight" (prices rose) the night just ended, begun on Thursday evening,
    # 2000-05-25TNI (gold_blind21, gold_blind46). "the highest since February" 2000-02. Past
    # weekdays: "on Tuesday" 2000-05-23, "started Sunday" 2000-05-21; "yesterday afternoon"
    # 2000-05-25TAF. Future: "by Monday evening" 2000-05-29TEV; "tomorrow" and "Saturday"
    # 2000-05-27, the beaches open "tomorrow at 9 a.m." (two TIMEX3), "two weeks earlier than
    # last year" -> "two weeks" P2W and "last year" 1999 (gold_blind25); "by Sunday morning"
    # 2000-05-28TMO, "Sunday afternoon" 2000-05-28TAF. "a week-long recess" P1W (gold_blind31);
    # "by about 8 o'clock tonight" 2000-05-26T20:00 (the night fixing the half of the day) and
    # "tonight"; "until 2 p.m. Central today" 2000-05-26T14:00 (zone word kept) and "today";
    # "delays of up to three hours" PT3H (gold_blind35); "every half hour" SET PT30M
    # (gold_blind27, gold_blind48) with "this morning" a TIME of its own; "Coming up at 8
    # o'clock" 2000-05-26T08:00 in a morning show; "for 40 years" P40Y. Not annotated: "LBN
    # SUNUP", "34 million", "50 miles", "$1.53 a gallon", "four cents", "6,200 acres", "40
    # percent", "the 300 families", "for the season" (a beach season, no calendar unit,
    # gold_blind103), "highs in the 70s" and "near 85" (temperatures, gold_blind19), "two
    # inches", "early risers" and "the shore", "in a nutshell", "Good morning".
    "memorial-day-getaway-morning-news-weather": (
        "2000-05-26",
        [
            ("May 26, 2000", "DATE", "2000-05-26"),
            ("7:30 a.m. ET", "TIME", "2000-05-26T07:30"),
            ("7:30", "TIME", "2000-05-26T07:30"),
            ("this Friday morning", "TIME", "2000-05-26TMO"),
            ("the start of the Memorial Day weekend", "DATE", "2000-W21-WE"),
            ("this holiday weekend", "DATE", "2000-W21-WE"),
            ("overnight", "TIME", "2000-05-25TNI"),
            ("February", "DATE", "2000-02"),
            ("late this morning", "TIME", "2000-05-26TMO"),
            ("week-long", "DURATION", "P1W"),
            ("tonight", "TIME", "2000-05-26TNI"),
            ("this week", "DATE", "2000-W21"),
            ("Tuesday", "DATE", "2000-05-23"),
            ("yesterday afternoon", "TIME", "2000-05-25TAF"),
            ("Sunday", "DATE", "2000-05-21"),
            ("Monday evening", "TIME", "2000-05-29TEV"),
            ("tomorrow", "DATE", "2000-05-27"),
            ("9 a.m.", "TIME", "2000-05-27T09:00"),
            ("two weeks", "DURATION", "P2W"),
            ("last year", "DATE", "1999"),
            ("this weekend", "DATE", "2000-W21-WE"),
            ("Today", "DATE", "2000-05-26"),
            ("this afternoon", "TIME", "2000-05-26TAF"),
            ("about 8 o'clock", "TIME", "2000-05-26T20:00"),
            ("tonight", "TIME", "2000-05-26TNI"),
            ("Saturday", "DATE", "2000-05-27"),
            ("Sunday morning", "TIME", "2000-05-28TMO"),
            ("Sunday afternoon", "TIME", "2000-05-28TAF"),
            ("Memorial Day", "DATE", "2000-05-29"),
            ("2 p.m. Central", "TIME", "2000-05-26T14:00"),
            ("today", "DATE", "2000-05-26"),
            ("this evening", "TIME", "2000-05-26TEV"),
            ("up to three hours", "DURATION", "PT3H"),
            ("tomorrow", "DATE", "2000-05-27"),
            ("Monday", "DATE", "2000-05-29"),
            ("the weekend", "DATE", "2000-W21-WE"),
            ("every half hour", "SET", "PT30M"),
            ("this morning", "TIME", "2000-05-26TMO"),
            ("8 o'clock", "TIME", "2000-05-26T08:00"),
            ("40 years", "DURATION", "P40Y"),
        ],
    ),
    # Sunday 1998-11-22 (ISO week 47), US network Sunday evening news, closing human-interest
    # feature, programme title "RBN SUNDAY EVENING NEWS" (not annotated, also in the sign-off),
    # header "Air date: 11/22/98  6:00 PM ET": "11/22/98" DATE 1998-11-22 (month first as a US
    # network writes it, gold_blind48; the two-digit year is 1998, which the text confirms:
    # Thanksgiving on Thursday 26 November) and "6:00 PM ET" TIME. Thanksgiving 1998 is the
    # fourth Thursday of November, 1998-11-26 (gold_blind32): "On Thursday, Thanksgiving Day"
    # two DATEs (an apposition, gold_blind17), the later "On Thursday" and the sign-off's "a
    # happy Thanksgiving" the same day. "opened its doors at 5 a.m., seven days a week" -> TIME
    # XXXX-XX-XXT05:00 (the hour of a recurring opening) and SET P1W (gold_blind94); "every
    # morning" (twice) SET XXXX-XX-XXTMO; the quoted sign "Open Daily" -> "Daily" SET P1D (an
    # adjectival frequency naming a recurrence, like the headline "Daily walks", gold_blind28).
    # "At 4:45 this morning" 1998-11-22T04:45 plus TMO. "last Sunday" in a Sunday broadcast
    # is the Sunday of the week before, 1998-11-15 (like "last Tuesday" in a Tuesday paper,
    # gold_blind4); "all day" P1D (gold_blind30); "That evening" that Sunday's, 1998-11-15TEV
    # (gold_blind8); "until almost 10 p.m." -> "almost 10 p.m." 1998-11-15T22:00, approximator
    # kept. Future: "on Friday" (twice) 1998-11-27, "until 7 o'clock" that morning
    # 1998-11-27T07:00 (sleeping late); "from 11 a.m. to 3 p.m." on Thursday; "December 12";
    # "next spring" 1999-SP; "For now" -> "now" PRESENT_REF (gold_blind36). "52 years",
    # "31 years" and "for the first time in 40 years" (the period of a "first in",
    # gold_blind35) are DURATIONs; "I thought I'd stay a year" P1Y; "the summer of 1958" one
    # span 1958-SU; "every year since 1979" SET P1Y and "1979". "November 22" (sign-off) the
    # broadcast day. Not annotated: "Last Call at the Starlite" (a segment title), "for good"
    # (an idiom), "the day of her father's funeral" (an event-named day), "Since then", "a
    # stack of 45s" (records), "Route 7", "I'm 68", "I was 14", "$600", "three times", "more
    # than 200 people", "by half", "turkey dinners", "Good night".
    "starlite-diner-last-thanksgiving-sunday-feature": (
        "1998-11-22",
        [
            ("11/22/98", "DATE", "1998-11-22"),
            ("6:00 PM ET", "TIME", "1998-11-22T18:00"),
            ("this evening", "TIME", "1998-11-22TEV"),
            ("52 years", "DURATION", "P52Y"),
            ("5 a.m.", "TIME", "XXXX-XX-XXT05:00"),
            ("seven days a week", "SET", "P1W"),
            ("Thursday", "DATE", "1998-11-26"),
            ("Thanksgiving Day", "DATE", "1998-11-26"),
            ("this morning", "TIME", "1998-11-22TMO"),
            ("4:45", "TIME", "1998-11-22T04:45"),
            ("this morning", "TIME", "1998-11-22TMO"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("March 1979", "DATE", "1979-03"),
            ("June 3, 1946", "DATE", "1946-06-03"),
            ("the summer of 1958", "DATE", "1958-SU"),
            ("a year", "DURATION", "P1Y"),
            ("1973", "DATE", "1973"),
            ("October 1997", "DATE", "1997-10"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("31 years", "DURATION", "P31Y"),
            ("Friday", "DATE", "1998-11-27"),
            ("last Sunday", "DATE", "1998-11-15"),
            ("all day", "DURATION", "P1D"),
            ("That evening", "TIME", "1998-11-15TEV"),
            ("almost 10 p.m.", "TIME", "1998-11-15T22:00"),
            ("Friday", "DATE", "1998-11-27"),
            ("7 o'clock", "TIME", "1998-11-27T07:00"),
            ("40 years", "DURATION", "P40Y"),
            ("Thursday", "DATE", "1998-11-26"),
            ("11 a.m.", "TIME", "1998-11-26T11:00"),
            ("3 p.m.", "TIME", "1998-11-26T15:00"),
            ("every year", "SET", "P1Y"),
            ("1979", "DATE", "1979"),
            ("December 12", "DATE", "1998-12-12"),
            ("next spring", "DATE", "1999-SP"),
            ("now", "DATE", "PRESENT_REF"),
            ("Daily", "SET", "P1D"),
            ("November 22", "DATE", "1998-11-22"),
            ("Thanksgiving", "DATE", "1998-11-26"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
