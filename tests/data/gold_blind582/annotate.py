"""Annotations of the five-hundred-and-eighty-second blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind582/annotate.py [--show]

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
    # Saturday 1989-09-23 (ISO week 38), AFP-style ferry-sinking wire, headline, dateline
    # "NERISA, Velonia, Sept 23, 1989 (AFP) -" (the date a DATE of the publication day). The
    # divers worked "on Saturday", the publication day itself (gold_blind53). The ferry rolled
    # over "at about 2:40 am local time on Thursday (2340 GMT Wednesday)": Velonia is put three
    # hours ahead of GMT (summer time), so "about 2:40 am local time" 1989-09-21T02:40 (the
    # approximator and the zone in the span, not in the value), "Thursday" 1989-09-21, "2340
    # GMT" on its own day 1989-09-20T23:40 and "Wednesday" 1989-09-20 (gold_blind28,
    # gold_blind53). "two days after the ship capsized" P2D, "less than an hour into its ...
    # crossing" PT1H, "the first 12 hours" PT12H and "more than 13 hours after the sinking"
    # PT13H are durations anchored to the event, the duration alone (gold_blind35); "six-hour"
    # an adjectival duration; "shortly after 2 am" -> "2 am" 1989-09-21T02:00 ("shortly after" a
    # signal, gold_blind53); "Within ten minutes" -> "ten minutes"; "more than 48 hours in
    # water of 19 degrees" a generic duration PT48H. Past: "on Friday" 1989-09-22, "since 1974",
    # "in May" 1989-05, "twice this year" -> "this year" 1989, "in February" 1989-02, "on July
    # 30" 1989-07-30, "the winter of 1987-88" one DATE span 1988-WI (gold_blind76; a winter
    # takes the year of its January, gold_blind10), "since January 1966" 1966-01, "every
    # morning since Thursday" a SET XXXX-XX-XXTMO and the DATE 1989-09-21 (like "every night
    # since Wednesday", gold_blind32). Future: "next month" 1989-10, "by the end of the year"
    # 1989 (gold_blind35), "three days of national mourning starting on Monday" P3D and
    # 1989-09-25, flags at half-mast "until Wednesday evening" 1989-09-27TEV (the third day of
    # mourning). "its annual safety inspection" SET P1Y (an adjectival frequency naming a
    # recurrence, like "monthly leak surveys" in gold_blind35); "sailed overloaded at weekends"
    # -> bare plural "weekends" SET XXXX-WXX-WE (gold_blind13, gold_blind20); the lists posted
    # "at 9 am and 6 pm each day" -> two clock times of a recurring schedule XXXX-XX-XXThh:mm
    # and the SET "each day" P1D (gold_blind16, gold_blind28). Not annotated: "11 more bodies",
    # "40", "63", "4,200-tonne", "force 9", "312", "209", "two navy frigates", "17-year-old",
    # "34", "19 degrees", "twice", "140 people", "(01) 362 1967" (a phone number ending in a
    # year-like 1967, beside "built in 1967", annotated), "the sinking", "as long as there is any
    # hope" (event-named), "Nerisa-Tavros route".
    "velonia-ferry-marina-voss-divers": (
        "1989-09-23",
        [
            ("Sept 23, 1989", "DATE", "1989-09-23"),
            ("Saturday", "DATE", "1989-09-23"),
            ("two days", "DURATION", "P2D"),
            ("1967", "DATE", "1967"),
            ("about 2:40 am local time", "TIME", "1989-09-21T02:40"),
            ("Thursday", "DATE", "1989-09-21"),
            ("2340 GMT", "TIME", "1989-09-20T23:40"),
            ("Wednesday", "DATE", "1989-09-20"),
            ("less than an hour", "DURATION", "PT1H"),
            ("six-hour", "DURATION", "PT6H"),
            ("the first 12 hours", "DURATION", "PT12H"),
            ("4:15 pm", "TIME", "1989-09-21T16:15"),
            ("Thursday", "DATE", "1989-09-21"),
            ("more than 13 hours", "DURATION", "PT13H"),
            ("2 am", "TIME", "1989-09-21T02:00"),
            ("ten minutes", "DURATION", "PT10M"),
            ("Friday", "DATE", "1989-09-22"),
            ("more than 48 hours", "DURATION", "PT48H"),
            ("1974", "DATE", "1974"),
            ("annual", "SET", "P1Y"),
            ("May", "DATE", "1989-05"),
            ("this year", "DATE", "1989"),
            ("February", "DATE", "1989-02"),
            ("July 30", "DATE", "1989-07-30"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("six weeks", "DURATION", "P6W"),
            ("the winter of 1987-88", "DATE", "1988-WI"),
            ("next month", "DATE", "1989-10"),
            ("the end of the year", "DATE", "1989"),
            ("three days", "DURATION", "P3D"),
            ("Monday", "DATE", "1989-09-25"),
            ("Wednesday evening", "TIME", "1989-09-27TEV"),
            ("January 1966", "DATE", "1966-01"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("Thursday", "DATE", "1989-09-21"),
            ("9 am", "TIME", "XXXX-XX-XXT09:00"),
            ("6 pm", "TIME", "XXXX-XX-XXT18:00"),
            ("each day", "SET", "P1D"),
        ],
    ),
    # Thursday 1990-02-08 (ISO week 6), US national paper's front page, running head "THE
    # NATIONAL LEDGER | THURSDAY, FEBRUARY 8, 1990 | PAGE A1" (the date line one DATE span with
    # its weekday, in capitals), headline, deck, byline, "HOLLIS FALLS, Mich. -" dateline
    # without date; "yesterday" is Wednesday 1990-02-07 and "last night" its night
    # 1990-02-07TNI (gold_blind35). The crash was "Tuesday night" 1990-02-06TNI, at 10:41 p.m.
    # EST. "Minutes Before Impact" (deck) -> "Minutes" PTXM, a vague anchored duration like
    # "minutes after takeoff" (gold_blind53); the box heading "THE FINAL MINUTES" PTXM likewise
    # (like "the last 40 minutes" of gold_blind8, with no number). "left ... at 8:52
    # p.m. Central time (9:52 p.m. Eastern)": one instant in two zones, two TIMEX3 on Tuesday,
    # the zone words in the span (gold_blind27); "47 minutes late" PT47M, the size of a delay
    # (gold_blind53). "since late Tuesday afternoon" one TIME span 1990-02-06TAF, the modifier
    # kept; the warning "at 4 p.m." the same day. "not removed until 6 a.m. yesterday" two
    # TIMEX3 on Wednesday. "flown to Washington overnight" -> the night just ended, between
    # Wednesday and Thursday, 1990-02-07TNI (gold_blind46: "overnight" dated by the evening it
    # begins on); "today" 1990-02-08, "tomorrow" 1990-02-09. "within 30 days" P30D; "about a
    # year" P1Y; "on Jan. 28, nine days before the crash" 1990-01-28 and P9D; "four times a day"
    # SET P1D; "the second ... in 14 months" P14M (the period of an ordinal count, gold_blind103)
    # and "December 1988" 1988-12. Future: flights suspended "until Monday" 1990-02-12, the
    # memorial "Sunday afternoon" 1990-02-11TAF. The box gives each step in EST and GMT: five
    # TIMEs on Tuesday 1990-02-06 and five on Wednesday 1990-02-07 (GMT is five hours ahead, so
    # every GMT time falls on the next day, gold_blind28). Not annotated: "Flight 1902" (twice in
    # the box and body), "Pellham 340", "Runway 27" (twice), "Route 46", "6,000 feet", "half a
    # mile", "21 people", "19", "9-year-old", "41-year-old", "1-800-555-1987" (beside "since
    # 1987", annotated), "Eastern Standard Time" and "Greenwich Mean Time" (the names of zones
    # in the box's key, not times), "the end" ("right up to the end", idiom).
    "hollis-falls-commuter-crash-snow": (
        "1990-02-08",
        [
            ("THURSDAY, FEBRUARY 8, 1990", "DATE", "1990-02-08"),
            ("Minutes", "DURATION", "PTXM"),
            ("Tuesday night", "TIME", "1990-02-06TNI"),
            ("1987", "DATE", "1987"),
            ("8:52 p.m. Central time", "TIME", "1990-02-06T20:52"),
            ("9:52 p.m. Eastern", "TIME", "1990-02-06T21:52"),
            ("47 minutes", "DURATION", "PT47M"),
            ("yesterday", "DATE", "1990-02-07"),
            ("late Tuesday afternoon", "TIME", "1990-02-06TAF"),
            ("4 p.m.", "TIME", "1990-02-06T16:00"),
            ("almost two hours", "DURATION", "PT2H"),
            ("6 a.m.", "TIME", "1990-02-07T06:00"),
            ("yesterday", "DATE", "1990-02-07"),
            ("last night", "TIME", "1990-02-07TNI"),
            ("overnight", "TIME", "1990-02-07TNI"),
            ("today", "DATE", "1990-02-08"),
            ("tomorrow", "DATE", "1990-02-09"),
            ("30 days", "DURATION", "P30D"),
            ("about a year", "DURATION", "P1Y"),
            ("1978", "DATE", "1978"),
            ("Jan. 28", "DATE", "1990-01-28"),
            ("nine days", "DURATION", "P9D"),
            ("April 1988", "DATE", "1988-04"),
            ("four times a day", "SET", "P1D"),
            ("14 months", "DURATION", "P14M"),
            ("December 1988", "DATE", "1988-12"),
            ("Monday", "DATE", "1990-02-12"),
            ("Sunday afternoon", "TIME", "1990-02-11TAF"),
            ("THE FINAL MINUTES", "DURATION", "PTXM"),
            ("10:31 p.m.", "TIME", "1990-02-06T22:31"),
            ("0331 GMT", "TIME", "1990-02-07T03:31"),
            ("10:36 p.m.", "TIME", "1990-02-06T22:36"),
            ("0336 GMT", "TIME", "1990-02-07T03:36"),
            ("10:39 p.m.", "TIME", "1990-02-06T22:39"),
            ("0339 GMT", "TIME", "1990-02-07T03:39"),
            ("10:41 p.m.", "TIME", "1990-02-06T22:41"),
            ("0341 GMT", "TIME", "1990-02-07T03:41"),
            ("10:58 p.m.", "TIME", "1990-02-06T22:58"),
            ("0358 GMT", "TIME", "1990-02-07T03:58"),
        ],
    ),
    # Wednesday 1991-04-17 (ISO week 16), British aviation trade weekly, masthead date line
    # "Wednesday 17 April 1991" (one DATE span with its weekday, gold_blind8), section label,
    # headline, deck, byline "David Renshaw/LONDON", a key-dates box. "daily vibration checks"
    # (deck and body) SET P1D, an adjectival frequency naming a recurrence (gold_blind35). The
    # report was "published on Monday" 1991-04-15 (and the box's "15 April 1991"); "last August"
    # in April 1991 is 1990-08. The ditching "on 21 August 1990" (a Tuesday): "07:42 UTC (08:42
    # local time)" two TIMEs of one instant on that day (BST one hour ahead); "38 minutes after
    # take-off" PT38M (anchored duration); "the day before" 1990-08-20 (anchored on the
    # narrative's date, gold_blind8); "four minutes later" after the exact "07:42 UTC" is a TIME
    # with the clock value, 1990-08-21T07:46, on the UTC clock of its anchor (gold_blind53's
    # "Four minutes later", gold_blind8's "about 90 seconds later" after a UTC time); "within 70
    # minutes" PT70M. "the previous week" is the ISO week before the ditching's week (1990-W34),
    # 1990-W33, which holds "14 August" and "16 August" (gold_blind47). "in January" 1991-01,
    # "until 30 June" 1991-06-30, "on Tuesday" 1991-04-16, "over the next two months" P2M, "for
    # 11 days" P11D. Brenmoor's "the 1990/91 financial year, which ended on 31 March" is one
    # DATE span FY1991 (the UK April-March year named by the year it ends; a year written with
    # two years one span, gold_blind21) plus 1991-03-31; "since 1984"; results "in late June"
    # 1991-06; "twice a day" SET P1D; "next Monday" in a Wednesday paper the coming Monday,
    # 1991-04-22 (gold_blind18). "the branch's first on a helicopter this year" -> "this year"
    # 1991; "almost eight months" P8M; "the third ... in five years" P5Y (the period of an
    # ordinal count, gold_blind103); "November 1988"; "before the end of May" 1991-05. The box's
    # four dates DATEs. Not annotated: "Vol 139 No 4261", "HX-330" (model, also "HX-330s"),
    # "G-BRNX", "14 offshore workers", "two pilots", "16 occupants", "3m swell", "1,989 flight
    # cycles" (a count of cycles that looks like a year, in a story with "March 1989"),
    # "Service Bulletin 330-63-1990" (an identifier holding 1990), "by a third", "six", "£2.1m",
    # "its first annual loss" ("annual" the period of a figure, not a recurrence, like "its
    # usual monthly total" in gold_blind103), "night flying" (a kind of flying), "46nm",
    # "overhaul life" (no length given), "each time".
    "brenmoor-hx330-ditching-final-report": (
        "1991-04-17",
        [
            ("Wednesday 17 April 1991", "DATE", "1991-04-17"),
            ("daily", "SET", "P1D"),
            ("last August", "DATE", "1990-08"),
            ("Monday", "DATE", "1991-04-15"),
            ("21 August 1990", "DATE", "1990-08-21"),
            ("07:42 UTC", "TIME", "1990-08-21T07:42"),
            ("08:42 local time", "TIME", "1990-08-21T08:42"),
            ("38 minutes", "DURATION", "PT38M"),
            ("the day before", "DATE", "1990-08-20"),
            ("four minutes later", "TIME", "1990-08-21T07:46"),
            ("70 minutes", "DURATION", "PT70M"),
            ("March 1989", "DATE", "1989-03"),
            ("the previous week", "DATE", "1990-W33"),
            ("14 August", "DATE", "1990-08-14"),
            ("16 August", "DATE", "1990-08-16"),
            ("daily", "SET", "P1D"),
            ("January", "DATE", "1991-01"),
            ("30 June", "DATE", "1991-06-30"),
            ("Tuesday", "DATE", "1991-04-16"),
            ("the next two months", "DURATION", "P2M"),
            ("11 days", "DURATION", "P11D"),
            ("the 1990/91 financial year", "DATE", "FY1991"),
            ("31 March", "DATE", "1991-03-31"),
            ("1984", "DATE", "1984"),
            ("late June", "DATE", "1991-06"),
            ("twice a day", "SET", "P1D"),
            ("next Monday", "DATE", "1991-04-22"),
            ("this year", "DATE", "1991"),
            ("almost eight months", "DURATION", "P8M"),
            ("five years", "DURATION", "P5Y"),
            ("November 1988", "DATE", "1988-11"),
            ("the end of May", "DATE", "1991-05"),
            ("21 August 1990", "DATE", "1990-08-21"),
            ("1 September 1990", "DATE", "1990-09-01"),
            ("12 December 1990", "DATE", "1990-12-12"),
            ("15 April 1991", "DATE", "1991-04-15"),
        ],
    ),
    # Monday 1998-11-23 (ISO week 48), Canadian national paper, running head "THE DOMINION
    # HERALD - Monday, November 23, 1998 - NATIONAL - A3", headline, deck, byline "Staff
    # Reporter", "KELLAN LAKE, Ont. -" dateline without date; "yesterday" is Sunday 1998-11-22,
    # "last night" its night 1998-11-22TNI. "home after 30 hours in northern Ontario"
    # (headline) PT30H and "more than 30 hours after a hydraulic failure" PT30H (anchored
    # durations). "the weekend" in a Monday paper the weekend just gone, 1998-W47-WE (21-22
    # November, gold_blind2). The flight "left Vancouver at 7:40 a.m. Pacific time Saturday"
    # 1998-11-21T07:40 and "Saturday" 1998-11-21; "About three hours into the five-hour flight"
    # PT3H and PT5H; "at 12:58 p.m. Central time (1858 GMT)" two TIMEs of one instant on
    # Saturday (six hours behind GMT, so the same day); "within 17 minutes" PT17M. "about 15
    # minutes" (deck and quote) PT15M. "Saturday night" and "worked through the night" ->
    # "the night" both 1998-11-21TNI. "until yesterday morning" 1998-11-22TMO; the replacement
    # took off "at 7:50 p.m. Central time" and landed "at 10:25 p.m. Eastern", both Sunday
    # 1998-11-22 (the zones in the spans). The quoted "a few hours" PTXH and "Sunday morning",
    # "Sunday evening" (promises made on Saturday; the only Sunday of the story, 1998-11-22).
    # "tomorrow" (deck and body) 1998-11-24; "for at least two weeks" P2W with the modifier
    # (gold_blind53). Past: "in September" 1998-09, "on Nov. 12, nine days before the flight"
    # 1998-11-12 and P9D, "this year" 1998, "in March" 1998-03, "since 1993", "in 1995". "two
    # scheduled flights daily" SET P1D (like "six trips daily", gold_blind22). Future: the
    # supper "on Friday" 1998-11-27; "valid until Dec. 31, 1999" 1999-12-31. Not annotated:
    # "Flight 318", "Corvan 610", "1,800-metre", "about 400 metres", "146 passengers", "4,100",
    # "38" (an age), "11-year-old" (a plane's age, gold_blind53), "one of two", "1-888-555-1993"
    # (a phone number ending in 1993, beside "since 1993", annotated), "TSB", "A3".
    "kellan-lake-northcan-nose-gear-landing": (
        "1998-11-23",
        [
            ("Monday, November 23, 1998", "DATE", "1998-11-23"),
            ("30 hours", "DURATION", "PT30H"),
            ("about 15 minutes", "DURATION", "PT15M"),
            ("tomorrow", "DATE", "1998-11-24"),
            ("the weekend", "DATE", "1998-W47-WE"),
            ("last night", "TIME", "1998-11-22TNI"),
            ("more than 30 hours", "DURATION", "PT30H"),
            ("7:40 a.m. Pacific time", "TIME", "1998-11-21T07:40"),
            ("Saturday", "DATE", "1998-11-21"),
            ("About three hours", "DURATION", "PT3H"),
            ("five-hour", "DURATION", "PT5H"),
            ("12:58 p.m. Central time", "TIME", "1998-11-21T12:58"),
            ("1858 GMT", "TIME", "1998-11-21T18:58"),
            ("17 minutes", "DURATION", "PT17M"),
            ("about 15 minutes", "DURATION", "PT15M"),
            ("Saturday night", "TIME", "1998-11-21TNI"),
            ("the night", "TIME", "1998-11-21TNI"),
            ("yesterday morning", "TIME", "1998-11-22TMO"),
            ("7:50 p.m. Central time", "TIME", "1998-11-22T19:50"),
            ("10:25 p.m. Eastern", "TIME", "1998-11-22T22:25"),
            ("a few hours", "DURATION", "PTXH"),
            ("Sunday morning", "TIME", "1998-11-22TMO"),
            ("Sunday evening", "TIME", "1998-11-22TEV"),
            ("yesterday", "DATE", "1998-11-22"),
            ("tomorrow", "DATE", "1998-11-24"),
            ("at least two weeks", "DURATION", "P2W"),
            ("September", "DATE", "1998-09"),
            ("Nov. 12", "DATE", "1998-11-12"),
            ("nine days", "DURATION", "P9D"),
            ("this year", "DATE", "1998"),
            ("March", "DATE", "1998-03"),
            ("1993", "DATE", "1993"),
            ("daily", "SET", "P1D"),
            ("1995", "DATE", "1995"),
            ("Friday", "DATE", "1998-11-27"),
            ("Dec. 31, 1999", "DATE", "1999-12-31"),
        ],
    ),
    # Tuesday 1999-12-28 (ISO week 52), Australian daily, masthead and date line "Tuesday,
    # December 28, 1999", section label, headline, deck, byline, no dateline; "yesterday"
    # (also "Yesterday's search", the possessive dropped) is Monday 1999-12-27 and "last night"
    # its night 1999-12-27TNI. The deck's "resume ... at 5am" and the body's "at 5am today" are
    # the publication day, 1999-12-28T05:00. "almost three days after the boat's emergency
    # beacon went off" P3D (anchored). The signal "at 11.52pm on Christmas Eve (1252 UTC
    # Friday)": AEDT is eleven hours ahead of UTC, so both times fall on Friday 1999-12-24;
    # "Christmas Eve" (twice) 1999-12-24, "Christmas Day" 1999-12-25, "Boxing Day" (twice)
    # 1999-12-26, holidays on the day they fall on (gold_blind4, gold_blind17). "left ... on
    # Wednesday morning" 1999-12-22TMO; "a five-day trip" P5D; "at about 7pm on Christmas Eve"
    # 1999-12-24T19:00; "more than 30 hours between them" PT30H (a total flown); the raft
    # "spotted ... at 3.20pm" yesterday 1999-12-27T15:20 and lifted aboard "two hours later",
    # a TIME with the clock value after an exact clock time, 1999-12-27T17:20 (gold_blind53).
    # The quote: "now" PRESENT_REF, "about four days" P4D, "tomorrow" 1999-12-29. "reviewed
    # at 6pm" today; "every four hours" SET PT4H. "over the New Year weekend" -> "the New Year
    # weekend" 1999-W52-WE: Saturday 1 January 2000 lies in ISO week 52 of 1999, and a weekend
    # takes the ISO week of its Saturday (gold_blind103's "Family Day weekend"). "tested in
    # November" 1999-11; "the third ... lost in 18 months" P18M (an ordinal count's period);
    # "since ... June 1994" 1994-06. "the town's New Year's Eve fireworks on Friday" ->
    # "New Year's Eve" and "Friday" both 1999-12-31 (future); "a minute's silence" -> "a
    # minute" DURATION PT1M, the possessive dropped (gold_blind26). Not annotated: "time runs
    # out" (deck, idiom), "60 nautical miles", "19-metre", "51" (an age), "45 knots",
    # "5-metre", "an RAAF Orion", "14,000 square nautical miles", "16 degrees", "a survival
    # time" and "that window" (no length of their own; "about four days" is annotated), "Y2K" (a
    # name for the year 2000 problem, not a time), "the Elsie May" (a boat's name holding
    # "May"), "Cape Sorell", "four fishermen", "third".
    "marlin-bay-trawler-bass-strait-search": (
        "1999-12-28",
        [
            ("Tuesday, December 28, 1999", "DATE", "1999-12-28"),
            ("5am", "TIME", "1999-12-28T05:00"),
            ("yesterday", "DATE", "1999-12-27"),
            ("almost three days", "DURATION", "P3D"),
            ("11.52pm", "TIME", "1999-12-24T23:52"),
            ("Christmas Eve", "DATE", "1999-12-24"),
            ("1252 UTC", "TIME", "1999-12-24T12:52"),
            ("Friday", "DATE", "1999-12-24"),
            ("1978", "DATE", "1978"),
            ("Wednesday morning", "TIME", "1999-12-22TMO"),
            ("five-day", "DURATION", "P5D"),
            ("about 7pm", "TIME", "1999-12-24T19:00"),
            ("Christmas Eve", "DATE", "1999-12-24"),
            ("Boxing Day", "DATE", "1999-12-26"),
            ("yesterday", "DATE", "1999-12-27"),
            ("Christmas Day", "DATE", "1999-12-25"),
            ("Boxing Day", "DATE", "1999-12-26"),
            ("more than 30 hours", "DURATION", "PT30H"),
            ("Yesterday", "DATE", "1999-12-27"),
            ("3.20pm", "TIME", "1999-12-27T15:20"),
            ("two hours later", "TIME", "1999-12-27T17:20"),
            ("now", "DATE", "PRESENT_REF"),
            ("about four days", "DURATION", "P4D"),
            ("tomorrow", "DATE", "1999-12-29"),
            ("5am", "TIME", "1999-12-28T05:00"),
            ("today", "DATE", "1999-12-28"),
            ("6pm", "TIME", "1999-12-28T18:00"),
            ("every four hours", "SET", "PT4H"),
            ("the New Year weekend", "DATE", "1999-W52-WE"),
            ("November", "DATE", "1999-11"),
            ("18 months", "DURATION", "P18M"),
            ("June 1994", "DATE", "1994-06"),
            ("last night", "TIME", "1999-12-27TNI"),
            ("New Year's Eve", "DATE", "1999-12-31"),
            ("Friday", "DATE", "1999-12-31"),
            ("a minute", "DURATION", "PT1M"),
        ],
    ),
    # Friday 2000-03-03 (ISO week 9), Irish national daily, masthead and date line "Friday,
    # March 3, 2000", section label, headline, deck, byline "From ..., in Dunmore East", no
    # dateline; "yesterday" is Thursday 2000-03-02, "today" 2000-03-03, "tomorrow" Saturday
    # 2000-03-04. "over the weekend" (deck and body) 2000-W09-WE (4-5 March); "next week"
    # 2000-W10. The coaster sank "in the early hours of Sunday" -> one DATE span 2000-02-27
    # (gold_blind7, gold_blind103), struck "at about 1.20am on Sunday" 2000-02-27T01:20 and
    # "due to berth at 8am on Sunday" 2000-02-27T08:00 (a planned time of the same Sunday);
    # Ireland keeps GMT in winter, so no second zone is given. "within 12 minutes" PT12M,
    # "within 40 minutes" PT40M, "about a quarter of an hour" PT15M. The leap day: "on
    # Tuesday, February 29th" one DATE span with its weekday and ordinal suffix, 2000-02-29
    # (2000 is a leap year); "flew from Riga on Wednesday" 2000-03-01; the body "brought
    # ashore ... at 4.10pm" yesterday 2000-03-02T16:10. "two-hour shifts since Monday" PT2H and
    # 2000-02-28; the helicopter search "from 7am daily" -> the hour of a recurring search
    # XXXX-XX-XXT07:00 and the SET "daily" P1D (gold_blind16). "ordered an investigation on
    # Monday" 2000-02-28; "within six months" P6M; "held at Waterford since Sunday evening"
    # 2000-02-27TEV; "questioned ... for five hours on Tuesday" PT5H and 2000-02-29. "Built in
    # 1981", "in 1996", "every 10 days" SET P10D, "on February 18th" 2000-02-18 (Irish-paper
    # ordinal date). Future: the funeral "tomorrow at 11am" 2000-03-04 and 2000-03-04T11:00;
    # the Mass "on Ash Wednesday" 2000-03-08 (Easter Sunday 2000 fell on 23 April, and Ash
    # Wednesday is 46 days before it); "St Patrick's Day" 2000-03-17; "before the summer" ->
    # "the summer" 2000-SU (gold_blind5); "since ... January 1993" 1993-01. Not annotated:
    # "the 12-to-4 watch" (a ship's watch named by its hours, a kind of duty like "a night
    # shift" in gold_blind53), "(44)" and "(57)" (ages), "1,600-tonne", "six crew", "38 metres",
    # "10 miles", "four men", "(051) 382 1981" (a phone number ending in 1981, beside "Built in
    # 1981", annotated), "Three of her six", "a third man".
    "lough-carra-coaster-second-body": (
        "2000-03-03",
        [
            ("Friday, March 3, 2000", "DATE", "2000-03-03"),
            ("the weekend", "DATE", "2000-W09-WE"),
            ("yesterday", "DATE", "2000-03-02"),
            ("the early hours of Sunday", "DATE", "2000-02-27"),
            ("4.10pm", "TIME", "2000-03-02T16:10"),
            ("Tuesday, February 29th", "DATE", "2000-02-29"),
            ("Wednesday", "DATE", "2000-03-01"),
            ("8am", "TIME", "2000-02-27T08:00"),
            ("Sunday", "DATE", "2000-02-27"),
            ("about 1.20am", "TIME", "2000-02-27T01:20"),
            ("Sunday", "DATE", "2000-02-27"),
            ("12 minutes", "DURATION", "PT12M"),
            ("40 minutes", "DURATION", "PT40M"),
            ("about a quarter of an hour", "DURATION", "PT15M"),
            ("two-hour", "DURATION", "PT2H"),
            ("Monday", "DATE", "2000-02-28"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("daily", "SET", "P1D"),
            ("today", "DATE", "2000-03-03"),
            ("the weekend", "DATE", "2000-W09-WE"),
            ("next week", "DATE", "2000-W10"),
            ("Monday", "DATE", "2000-02-28"),
            ("six months", "DURATION", "P6M"),
            ("Sunday evening", "TIME", "2000-02-27TEV"),
            ("five hours", "DURATION", "PT5H"),
            ("Tuesday", "DATE", "2000-02-29"),
            ("1981", "DATE", "1981"),
            ("1996", "DATE", "1996"),
            ("every 10 days", "SET", "P10D"),
            ("February 18th", "DATE", "2000-02-18"),
            ("tomorrow", "DATE", "2000-03-04"),
            ("11am", "TIME", "2000-03-04T11:00"),
            ("Ash Wednesday", "DATE", "2000-03-08"),
            ("St Patrick's Day", "DATE", "2000-03-17"),
            ("the summer", "DATE", "2000-SU"),
            ("January 1993", "DATE", "1993-01"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
