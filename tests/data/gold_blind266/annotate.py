"""Annotations of blind gold set 266, chosen by hand before the tagger ran.

    python tests/data/gold_blind266/annotate.py [--show]

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
    # Wednesday 2015-06-10 (ISO week 24), British national paper's website, section label,
    # headline, standfirst, byline, date line "Wednesday 10 June 2015 16.05 BST" (a DATE and a
    # TIME with the zone in the span, not in the value). Marivela is four hours behind BST:
    # "four hours behind the UK" is the size of a shift, DURATION PT4H (like "starts an hour
    # later", gold_blind84). Future weekdays: the opener on Friday 2015-06-12 ("Friday's
    # opener" -> "Friday") "at 9pm local time (1am BST on Saturday)" -> 2015-06-12T21:00,
    # 2015-06-13T01:00 and "Saturday" 2015-06-13, each clock time on its own day
    # (gold_blind28, gold_blind66); "from 12.30am" the same Saturday night; highlights "at
    # 10.30pm on Saturday". England: "Monday 15 June", "a 5pm start there" -> "5pm" 17:00
    # local (a clock time inside an event's name annotated alone, gold_blind43), "from 8.15pm"
    # UK; "Sunday 21 June ... at 9pm local time, in the early hours of Monday UK time" ->
    # "the early hours of Monday UK time" one DATE span 2015-06-22 (the early hours as in
    # gold_blind7 and gold_blind11, the zone words kept with the day as "Tuesday local time"
    # in gold_blind78); "Thursday 25 June ... a 1pm kick-off, 5pm in Britain" two TIMEs.
    # Recurring hours on no particular day are XXXX-XX-XXThh:mm: "24 of the 36 group games
    # kick off at 1am British time", the quote's "up at 2am", "on the ITV Hub by 6am", "at 7am
    # every morning" (with the SET XXXX-XX-XXTMO). "a few hours later" -> "a few hours" PTXH.
    # "4 and 5 July", "8 and 9 July": the bare day its own DATE (gold_blind77). "last month"
    # 2015-05; "yesterday" 2015-06-09; "Four years ago" 2011 (the unit's granularity);
    # "weekends" SET XXXX-WXX-WE; "recent years" PAST_REF; "30 days afterwards" -> "30 days".
    # Not annotated: "51 matches", "24 of the 36 group games", "the group stage", "The
    # quarter-finals", "the semi-finals", "BBC One", "BBC Two", "ITV4", "ITV Hub", "BBC Four",
    # "BBC Radio 5 Live", "channel 24", "Solent 1500" (a model number), "up to 14 million",
    # "40%", "while the tournament is on" (event-named), "a strong pot of coffee".
    "atlantic-nations-cup-uk-tv-guide": (
        "2015-06-10",
        [
            ("four hours", "DURATION", "PT4H"),
            ("Friday", "DATE", "2015-06-12"),
            ("12 July", "DATE", "2015-07-12"),
            ("Wednesday 10 June 2015", "DATE", "2015-06-10"),
            ("16.05 BST", "TIME", "2015-06-10T16:05"),
            ("Friday", "DATE", "2015-06-12"),
            ("1am British time", "TIME", "XXXX-XX-XXT01:00"),
            ("9pm local time", "TIME", "2015-06-12T21:00"),
            ("1am BST", "TIME", "2015-06-13T01:00"),
            ("Saturday", "DATE", "2015-06-13"),
            ("12.30am", "TIME", "2015-06-13T00:30"),
            ("10.30pm", "TIME", "2015-06-13T22:30"),
            ("Saturday", "DATE", "2015-06-13"),
            ("12 June", "DATE", "2015-06-12"),
            ("26 June", "DATE", "2015-06-26"),
            ("last month", "DATE", "2015-05"),
            ("yesterday", "DATE", "2015-06-09"),
            ("Monday 15 June", "DATE", "2015-06-15"),
            ("5pm", "TIME", "2015-06-15T17:00"),
            ("8.15pm", "TIME", "2015-06-15T20:15"),
            ("Sunday 21 June", "DATE", "2015-06-21"),
            ("9pm local time", "TIME", "2015-06-21T21:00"),
            ("the early hours of Monday UK time", "DATE", "2015-06-22"),
            ("Thursday 25 June", "DATE", "2015-06-25"),
            ("1pm", "TIME", "2015-06-25T13:00"),
            ("5pm", "TIME", "2015-06-25T17:00"),
            ("2am", "TIME", "XXXX-XX-XXT02:00"),
            ("a few hours", "DURATION", "PTXH"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("4", "DATE", "2015-07-04"),
            ("5 July", "DATE", "2015-07-05"),
            ("8", "DATE", "2015-07-08"),
            ("9 July", "DATE", "2015-07-09"),
            ("Sunday 12 July", "DATE", "2015-07-12"),
            ("4pm local time", "TIME", "2015-07-12T16:00"),
            ("8pm", "TIME", "2015-07-12T20:00"),
            ("Four years ago", "DATE", "2011"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("recent years", "DATE", "PAST_REF"),
            ("30 days", "DURATION", "P30D"),
        ],
    ),
    # Thursday 2013-02-07 (ISO week 6), US paper's sports section, label, headline, byline
    # "Staff Writer", date line "Thursday, February 7, 2013". Senhara is 14 hours ahead of ET
    # (EST in February): "14 hours ahead" -> "14 hours" DURATION PT14H (size of a shift). The
    # opening ceremony "Friday at 8 p.m. local time, which is 6 a.m. ET Friday here" ->
    # "Friday" 2013-02-08 twice and both clock times on that day; "8 p.m. ET/PT" one TIME
    # 2013-02-08T20:00 (one clock time shown at the same wall-clock hour in two zones; see
    # README). Competition "begins Saturday, Day 1 on the organizers' schedule": "Day 1" DATE
    # 2013-02-09 and "Day 9, Sunday, Feb. 17" -> "Day 9" DATE 2013-02-17 beside the apposed
    # date (day numbers of a timetable used as dates, gold_blind100). "Alpine races start at
    # 10 a.m. local time" a recurring hour, XXXX-XX-XXT10:00; the downhill "on Sunday"
    # 2013-02-10 is live "at 8 p.m. ET Saturday" 2013-02-09T20:00. "2 a.m. local time Monday,
    # which is noon ET Sunday" -> 2013-02-18T02:00, "Monday" 2013-02-18, "noon ET"
    # 2013-02-17T12:00, "Sunday" 2013-02-17. "7 p.m. Thursday, Feb. 21 ... or 5 a.m. that day"
    # -> "that day" DATE 2013-02-21 beside "5 a.m." (like "11:40 that night", gold_blind65).
    # "9 a.m. local time on Saturday, Feb. 23 ... 7 p.m. ET on Friday, Feb. 22": each time on
    # its own day; "the following morning" after the Friday-evening race, 2013-02-23TMO, and
    # "9 a.m. ET" that morning; "that evening" the Saturday evening in Senhara, 2013-02-23TEV.
    # "three-hour delay" DURATION; "for years" -> "years" PXY; "Now" PRESENT_REF; "the 2009
    # Games" adjectival year; "the second week" (of those Games) and "the first few days" (of
    # these) ordinal periods of an event, DURATION P1W and PXD (gold_blind53). Cascade's
    # "fiscal 2013 began Oct. 1", so it runs October 2012-September 2013 and is named by the
    # year it ends (gold_blind14): "its fiscal second quarter, which ends March 31" FY2013-Q2
    # and 2013-03-31; "fiscal 2013" FY2013; "Oct. 1" 2012-10-01 (past). "the 16 days of the
    # Games" -> "the 16 days" DURATION P16D. Not annotated: "$410 million", "CSN2", "11 medal
    # events", "500 meters", "50-kilometer", "21 million", "the overnight window" (an
    # adjective), "after dinner", "breakfast", "$14.99", "1-800-555-2013" (a phone number
    # ending in the year).
    "boreal-games-us-viewers-guide": (
        "2013-02-07",
        [
            ("Thursday, February 7, 2013", "DATE", "2013-02-07"),
            ("14 hours", "DURATION", "PT14H"),
            ("Friday", "DATE", "2013-02-08"),
            ("8 p.m. local time", "TIME", "2013-02-08T20:00"),
            ("6 a.m. ET", "TIME", "2013-02-08T06:00"),
            ("Friday", "DATE", "2013-02-08"),
            ("8 p.m. ET/PT", "TIME", "2013-02-08T20:00"),
            ("Saturday", "DATE", "2013-02-09"),
            ("Day 1", "DATE", "2013-02-09"),
            ("10 a.m. local time", "TIME", "XXXX-XX-XXT10:00"),
            ("Sunday", "DATE", "2013-02-10"),
            ("8 p.m. ET", "TIME", "2013-02-09T20:00"),
            ("Saturday", "DATE", "2013-02-09"),
            ("Day 9", "DATE", "2013-02-17"),
            ("Sunday, Feb. 17", "DATE", "2013-02-17"),
            ("2 a.m. local time", "TIME", "2013-02-18T02:00"),
            ("Monday", "DATE", "2013-02-18"),
            ("noon ET", "TIME", "2013-02-17T12:00"),
            ("Sunday", "DATE", "2013-02-17"),
            ("7 p.m.", "TIME", "2013-02-21T19:00"),
            ("Thursday, Feb. 21", "DATE", "2013-02-21"),
            ("5 a.m.", "TIME", "2013-02-21T05:00"),
            ("that day", "DATE", "2013-02-21"),
            ("9 a.m. local time", "TIME", "2013-02-23T09:00"),
            ("Saturday, Feb. 23", "DATE", "2013-02-23"),
            ("7 p.m. ET", "TIME", "2013-02-22T19:00"),
            ("Friday, Feb. 22", "DATE", "2013-02-22"),
            ("the following morning", "TIME", "2013-02-23TMO"),
            ("9 a.m. ET", "TIME", "2013-02-23T09:00"),
            ("that evening", "TIME", "2013-02-23TEV"),
            ("three-hour", "DURATION", "PT3H"),
            ("years", "DURATION", "PXY"),
            ("Now", "DATE", "PRESENT_REF"),
            ("2009", "DATE", "2009"),
            ("the second week", "DURATION", "P1W"),
            ("the first few days", "DURATION", "PXD"),
            ("its fiscal second quarter", "DATE", "FY2013-Q2"),
            ("March 31", "DATE", "2013-03-31"),
            ("fiscal 2013", "DATE", "FY2013"),
            ("Oct. 1", "DATE", "2012-10-01"),
            ("the 16 days", "DURATION", "P16D"),
        ],
    ),
    # Saturday 2014-07-05 (ISO week 27), Australian news website, headline, stamp "5 Jul, 2014
    # 06:00 AM" (DATE and TIME, gold_blind103), byline. Valmont (CEST) is eight hours behind
    # AEST, Western Australia two hours behind the east: "eight hours", "two hours" DURATIONs
    # (size of a shift). "tonight" and "Tonight's opening stage" the publication night,
    # 2014-07-05TNI; "the next three weeks" P3W. "most stages finish between 5pm and 6pm local
    # time, or 1am to 2am AEST": hours of a recurring finish, XXXX-XX-XXThh:mm, each end of a
    # range its own TIME with the zone only where written (like "11.05pm-1am", gold_blind84).
    # Stage 1: "about 5.40pm local time" 2014-07-05T17:40 (approximator kept), "1.40am on
    # Sunday" 2014-07-06T01:40 and "Sunday" 2014-07-06; "10.30pm AEST" 2014-07-05T22:30.
    # "one-hour" DURATION; "at 6.30pm each day" XXXX-XX-XXT18:30 and SET P1D; "by 7am"
    # XXXX-XX-XXT07:00. "The first week" (of the race) an ordinal period, DURATION P1W
    # (gold_blind35, gold_blind53). "about 6.15pm local time" on Sunday 13 July; "about 7pm
    # local time" on Sunday 27 July is "3am AEST on Monday 28 July", each on its own day.
    # "Last year's race" -> "Last year" 2013; "in 2012", "since 2009"; "up at 2am"
    # XXXX-XX-XXT02:00; "until the end of the month" 2014-07. The KEY DATES box: abbreviated
    # weekdays checked by hand with datetime ("Sat 5 Jul" 2014-07-05, "Sun 13 Jul" 2014-07-13,
    # "Sun 27 Jul" 2014-07-27), each line's clock time on its day. Not annotated: "stage 9",
    # "Stage 1", "Stage 9", "Stage 21", "stage 12" (numbered stages of a race, like "Week 9" in
    # gold_blind66 and rounds), "190km", "412,000", "27" (an age), "SBS ONE", "SBS 2", "Kestrel
    # K2014" (a model number holding the year), "tourvalmont.com/2014/tv", "the eastern states".
    "tour-of-valmont-australian-tv-times": (
        "2014-07-05",
        [
            ("5 Jul, 2014", "DATE", "2014-07-05"),
            ("06:00 AM", "TIME", "2014-07-05T06:00"),
            ("tonight", "TIME", "2014-07-05TNI"),
            ("the next three weeks", "DURATION", "P3W"),
            ("eight hours", "DURATION", "PT8H"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("6pm local time", "TIME", "XXXX-XX-XXT18:00"),
            ("1am", "TIME", "XXXX-XX-XXT01:00"),
            ("2am AEST", "TIME", "XXXX-XX-XXT02:00"),
            ("two hours", "DURATION", "PT2H"),
            ("Tonight", "TIME", "2014-07-05TNI"),
            ("about 5.40pm local time", "TIME", "2014-07-05T17:40"),
            ("1.40am", "TIME", "2014-07-06T01:40"),
            ("Sunday", "DATE", "2014-07-06"),
            ("10.30pm AEST", "TIME", "2014-07-05T22:30"),
            ("one-hour", "DURATION", "PT1H"),
            ("6.30pm", "TIME", "XXXX-XX-XXT18:30"),
            ("each day", "SET", "P1D"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("The first week", "DURATION", "P1W"),
            ("Sunday 13 July", "DATE", "2014-07-13"),
            ("about 6.15pm local time", "TIME", "2014-07-13T18:15"),
            ("Monday 14 July", "DATE", "2014-07-14"),
            ("Tuesday 22 July", "DATE", "2014-07-22"),
            ("Sunday 27 July", "DATE", "2014-07-27"),
            ("about 7pm local time", "TIME", "2014-07-27T19:00"),
            ("3am AEST", "TIME", "2014-07-28T03:00"),
            ("Monday 28 July", "DATE", "2014-07-28"),
            ("Last year", "DATE", "2013"),
            ("2012", "DATE", "2012"),
            ("2009", "DATE", "2009"),
            ("2am", "TIME", "XXXX-XX-XXT02:00"),
            ("the end of the month", "DATE", "2014-07"),
            ("Sat 5 Jul", "DATE", "2014-07-05"),
            ("10.30pm", "TIME", "2014-07-05T22:30"),
            ("Sun 13 Jul", "DATE", "2014-07-13"),
            ("11pm", "TIME", "2014-07-13T23:00"),
            ("Sun 27 Jul", "DATE", "2014-07-27"),
            ("11.55pm", "TIME", "2014-07-27T23:55"),
        ],
    ),
    # Tuesday 2013-08-13 (ISO week 33), Irish daily, section label, headline, standfirst with
    # byline, date line "Tuesday, August 13, 2013". Verania is five hours ahead of Irish summer
    # time ("five hours", standfirst and body, DURATION PT5H). "begin tomorrow" 2013-08-14.
    # "the two daily sessions" SET P1D (an adjectival frequency, gold_blind35), their hours
    # "at 1pm and 7pm local time ... 8am and 2pm here" XXXX-XX-XXThh:mm; "every day from
    # Thursday" SET P1D and 2013-08-15; "at 11.15pm each night" XXXX-XX-XXT23:15 and SET
    # XXXX-XX-XXTNI. Nolan "on Thursday at 3.30pm local time, or 10.30am Irish time"
    # 2013-08-15. "confirmed on Sunday" 2013-08-11, "a draw sheet dated 11.08.2013" the
    # European dotted day.month.year, DATE 2013-08-11 (a Sunday, which "on Sunday" confirms).
    # "two years ago" 2011; "Friday 16 August"; "a fortnight" P2W; "yesterday" 2013-08-12;
    # the quote's habitual "Up at 4am, in bed by 8pm" XXXX-XX-XXThh:mm; "the past six weeks"
    # P6W; "Saturday morning" 2013-08-10TMO; "since 2009". "20 and 21 August" two DATEs, the
    # bare day its own (gold_blind77); "the weekend of 24-25 August" one DATE span 2013-W34-WE
    # (gold_blind66). The last bout "at 6pm local time on Sunday, 1pm Irish time" 2013-08-25.
    # "a daily round-up at 1pm" SET P1D and XXXX-XX-XXT13:00. Not annotated: "Morning bouts"
    # and "the weekend sessions" (adjectives naming kinds), "the evening session" (a session
    # of the competition), "the final", "quarter-finals", "semi-finals", "nine boxers", "No 3
    # seed", "four medals", "RTÉ Two", "RTÉ Radio 1", "TG4", "tarsk2013.org", "early" ("We
    # spar early"), "while most of us are at work".
    "tarsk-boxing-worlds-irish-viewers": (
        "2013-08-13",
        [
            ("five hours", "DURATION", "PT5H"),
            ("Tuesday, August 13, 2013", "DATE", "2013-08-13"),
            ("tomorrow", "DATE", "2013-08-14"),
            ("five hours", "DURATION", "PT5H"),
            ("daily", "SET", "P1D"),
            ("1pm", "TIME", "XXXX-XX-XXT13:00"),
            ("7pm local time", "TIME", "XXXX-XX-XXT19:00"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("2pm", "TIME", "XXXX-XX-XXT14:00"),
            ("every day", "SET", "P1D"),
            ("Thursday", "DATE", "2013-08-15"),
            ("11.15pm", "TIME", "XXXX-XX-XXT23:15"),
            ("each night", "SET", "XXXX-XX-XXTNI"),
            ("Thursday", "DATE", "2013-08-15"),
            ("3.30pm local time", "TIME", "2013-08-15T15:30"),
            ("10.30am Irish time", "TIME", "2013-08-15T10:30"),
            ("Sunday", "DATE", "2013-08-11"),
            ("11.08.2013", "DATE", "2013-08-11"),
            ("two years ago", "DATE", "2011"),
            ("Friday 16 August", "DATE", "2013-08-16"),
            ("a fortnight", "DURATION", "P2W"),
            ("yesterday", "DATE", "2013-08-12"),
            ("4am", "TIME", "XXXX-XX-XXT04:00"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("the past six weeks", "DURATION", "P6W"),
            ("Saturday morning", "TIME", "2013-08-10TMO"),
            ("2009", "DATE", "2009"),
            ("20", "DATE", "2013-08-20"),
            ("21 August", "DATE", "2013-08-21"),
            ("Friday 23 August", "DATE", "2013-08-23"),
            ("the weekend of 24-25 August", "DATE", "2013-W34-WE"),
            ("6pm local time", "TIME", "2013-08-25T18:00"),
            ("Sunday", "DATE", "2013-08-25"),
            ("1pm", "TIME", "2013-08-25T13:00"),
            ("2011", "DATE", "2011"),
            ("2007", "DATE", "2007"),
            ("daily", "SET", "P1D"),
            ("1pm", "TIME", "XXXX-XX-XXT13:00"),
        ],
    ),
    # Friday 2012-03-30 (ISO week 13), Canadian paper's website, headline, stamp "Published on:
    # March 30, 2012 | Last Updated: March 30, 2012 1:05 PM ET" (two DATEs and a TIME), byline,
    # "BRENNVIK, Vestmark —" dateline. Vestmark (CEST since 25 March) is six hours ahead of
    # ET (EDT): "six hours" DURATION PT6H. "the next nine days" P9D (31 March-8 April). Most
    # games "fall at 9 a.m. ET, or 6 a.m. in Vancouver. Two start at 3 a.m. ET": hours of
    # recurring games, XXXX-XX-XXThh:mm; "the morning games repeated at 7 p.m. ET" likewise.
    # "this weekend" 2012-W13-WE; "3 p.m. local time Saturday, 9 a.m. ET" 2012-03-31; "8 p.m.
    # Sunday, which is 2 p.m. ET" 2012-04-01. Past weekdays: "said Thursday" 2012-03-29,
    # "arrived Tuesday" 2012-03-27; "nine-hour" DURATION; "the past two days" P2D. Future:
    # "Thursday, April 5", tiebreakers "on Friday morning" 2012-04-06TMO, "Friday night"
    # 2012-04-06TNI, "Saturday, April 7", the final "Sunday, April 8, at 3 p.m. local time, 9
    # a.m. ET on Easter Sunday" -> both TIMEs on 2012-04-08 and "Easter Sunday" 2012-04-08
    # (the holiday's date given by the text itself, "Sunday, April 8"); "10 a.m. local that
    # morning" 2012-04-08T10:00 and "that morning" 2012-04-08TMO ("local" kept, gold_blind45).
    # "in 2010", "since 2008", "last year" 2011. The box lists ISO dates ("2012-03-31") with
    # ET clock times, each a DATE and a TIME. Not annotated: "the round robin", "round-robin
    # games", "the opening draw", "every draw", "tiebreakers", "The page playoffs", "the
    # final", "The bronze-medal game", "the morning games" (an adjective naming a kind), "34
    # times", "all 11 of Canada's", "fourth", "NSN", "nsn.ca/worlds2012", "the local clock".
    "brennvik-curling-worlds-canada-schedule": (
        "2012-03-30",
        [
            ("March 30, 2012", "DATE", "2012-03-30"),
            ("March 30, 2012", "DATE", "2012-03-30"),
            ("1:05 PM ET", "TIME", "2012-03-30T13:05"),
            ("the next nine days", "DURATION", "P9D"),
            ("Saturday", "DATE", "2012-03-31"),
            ("six hours", "DURATION", "PT6H"),
            ("9 a.m. ET", "TIME", "XXXX-XX-XXT09:00"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("3 a.m. ET", "TIME", "XXXX-XX-XXT03:00"),
            ("this weekend", "DATE", "2012-W13-WE"),
            ("3 p.m. local time", "TIME", "2012-03-31T15:00"),
            ("Saturday", "DATE", "2012-03-31"),
            ("9 a.m. ET", "TIME", "2012-03-31T09:00"),
            ("8 p.m.", "TIME", "2012-04-01T20:00"),
            ("Sunday", "DATE", "2012-04-01"),
            ("2 p.m. ET", "TIME", "2012-04-01T14:00"),
            ("7 p.m. ET", "TIME", "XXXX-XX-XXT19:00"),
            ("Thursday", "DATE", "2012-03-29"),
            ("Tuesday", "DATE", "2012-03-27"),
            ("nine-hour", "DURATION", "PT9H"),
            ("the past two days", "DURATION", "P2D"),
            ("Thursday, April 5", "DATE", "2012-04-05"),
            ("Friday morning", "TIME", "2012-04-06TMO"),
            ("Friday night", "TIME", "2012-04-06TNI"),
            ("Saturday, April 7", "DATE", "2012-04-07"),
            ("Sunday, April 8", "DATE", "2012-04-08"),
            ("3 p.m. local time", "TIME", "2012-04-08T15:00"),
            ("9 a.m. ET", "TIME", "2012-04-08T09:00"),
            ("Easter Sunday", "DATE", "2012-04-08"),
            ("10 a.m. local", "TIME", "2012-04-08T10:00"),
            ("that morning", "TIME", "2012-04-08TMO"),
            ("2010", "DATE", "2010"),
            ("2008", "DATE", "2008"),
            ("last year", "DATE", "2011"),
            ("2012-03-31", "DATE", "2012-03-31"),
            ("9 a.m.", "TIME", "2012-03-31T09:00"),
            ("2012-04-01", "DATE", "2012-04-01"),
            ("2 p.m.", "TIME", "2012-04-01T14:00"),
            ("2012-04-02", "DATE", "2012-04-02"),
            ("3 a.m.", "TIME", "2012-04-02T03:00"),
        ],
    ),
    # Monday 2014-06-02 (ISO week 23), Indian paper's website, section line, headline, stamp
    # "TNN | Jun 2, 2014, 04.35 AM IST" (DATE and TIME, gold_blind49), "NEW DELHI:" dateline.
    # Santa Vera is on UTC-4, IST on UTC+5.30: "9.30am local time, which is 7pm IST" and the
    # day-night games' "1.30pm, or 11pm in India" are the hours of recurring games,
    # XXXX-XX-XXThh:mm, as are "its pre-match show from 6.30pm IST", the manager's "The 9.30
    # starts" (a clock time inside an event's name) and "after 6pm". "the next three weeks"
    # (headline) P3W; the tournament "begins on Friday" 2014-06-06; "Saturday, June 7",
    # "Tuesday, June 10", "Sunday, 22nd June" (Indian ordinal day-month) one span each with
    # the weekday. "a 30-minute delay" DURATION. "11.59pm on 05/06/2014, the eve of the
    # opening match": Indian day/month/year, 2014-06-05, which "the eve of the opening match"
    # (Friday 6 June) confirms, and the clock time on that day. Past: "Saturday night"
    # 2014-05-31TNI, "yesterday" 2014-06-01, "said on Sunday" 2014-06-01; "22-hour" DURATION;
    # future "Wednesday" 2014-06-04. "the first quarter of this financial year": the Indian
    # financial year runs April-March and is named by the year it ends (gold_blind9), so in
    # June 2014 it is FY2015 and its first quarter (April-June 2014) FY2015-Q1, one span.
    # "in 2011", "since 1997", "first played in 2005", "now" PRESENT_REF, "every three years"
    # SET P3Y. Not annotated: "six league games", "day-night games", "pre-match", "Crest
    # Sports 1", "DD National", "Rs 99", "Rs 85 crore", "Board XI", "two of their five
    # games", "56565", "1800 555 2014" (a helpline number ending in the year), "early on", "the
    # eve of the opening match" (event-named; its date is written beside it).
    "tri-nation-cup-india-tv-timings": (
        "2014-06-02",
        [
            ("the next three weeks", "DURATION", "P3W"),
            ("Jun 2, 2014", "DATE", "2014-06-02"),
            ("04.35 AM IST", "TIME", "2014-06-02T04:35"),
            ("Friday", "DATE", "2014-06-06"),
            ("9.30am local time", "TIME", "XXXX-XX-XXT09:30"),
            ("7pm IST", "TIME", "XXXX-XX-XXT19:00"),
            ("1.30pm", "TIME", "XXXX-XX-XXT13:30"),
            ("11pm", "TIME", "XXXX-XX-XXT23:00"),
            ("Saturday, June 7", "DATE", "2014-06-07"),
            ("Tuesday, June 10", "DATE", "2014-06-10"),
            ("Sunday, 22nd June", "DATE", "2014-06-22"),
            ("6.30pm IST", "TIME", "XXXX-XX-XXT18:30"),
            ("30-minute", "DURATION", "PT30M"),
            ("11.59pm", "TIME", "2014-06-05T23:59"),
            ("05/06/2014", "DATE", "2014-06-05"),
            ("Saturday night", "TIME", "2014-05-31TNI"),
            ("yesterday", "DATE", "2014-06-01"),
            ("22-hour", "DURATION", "PT22H"),
            ("Wednesday", "DATE", "2014-06-04"),
            ("9.30", "TIME", "XXXX-XX-XXT09:30"),
            ("Sunday", "DATE", "2014-06-01"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("the first quarter of this financial year", "DATE", "FY2015-Q1"),
            ("2011", "DATE", "2011"),
            ("1997", "DATE", "1997"),
            ("2005", "DATE", "2005"),
            ("now", "DATE", "PRESENT_REF"),
            ("every three years", "SET", "P3Y"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
