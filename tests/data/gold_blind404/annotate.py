"""Annotations of blind gold set 404, chosen by hand before the tagger ran.

    python tests/data/gold_blind404/annotate.py [--show]

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
    # Thursday 1998-03-19 (ISO week 12), AP Washington story on a House subcommittee's
    # impeachment hearing, archive date line "Thursday, March 19, 1998; 6:48 p.m. EST" (one DATE
    # span with its weekday, and the clock time with its zone a TIME, gold_blind103), "WASHINGTON
    # (AP) _" dateline; "today" and "this morning" are the publication day (gold_blind32). Past
    # weekdays: "said Tuesday" 1998-03-17, "on Wednesday" and "late Wednesday" 1998-03-18 (the
    # modifier kept and not recorded, gold_blind32). Future: "Monday afternoon" 1998-03-23TAF,
    # "9:30 a.m. Friday" 1998-03-20T09:30 and 1998-03-20 (two TIMEX3). "before Easter" ->
    # "Easter" 1998-04-12 (Easter Sunday 1998, a holiday on the day it falls on). "last fall"
    # 1997-FA and "in November" 1997-11 (the nearest past November); "in January" 1998-01;
    # "next week" 1998-W13; "last week" 1998-W11; "Earlier this month" 1998-03; "the first
    # impeachment inquiry ... in nearly a decade" DURATION P10Y (the period of a "first in",
    # gold_blind35); "the past nine months" P9M; "now" PRESENT_REF; "an average of 26 months"
    # and "14 months" DURATIONs (waiting times), "1995"; "twice a year" SET P1Y (gold_blind34);
    # "more than a year" P1Y; "late April" 1998-04 and "May" 1998-05 (ahead); "from 1991 to
    # 1996" two DATEs. Not annotated: "annual" in "$136,700 annual salary" (an adjective
    # naming the period of a figure, like "its usual monthly total" in gold_blind103), "for
    # life" (an idiom), "the day he was indicted" (event-named apposition of the annotated
    # "June 10, 1997"), "Room 2141", "Section 1623" (numbers that look like years), "R-Ohio",
    # "61" (age), "13 judges", "two jurors", "$48,500", "40 percent", "long enough".
    "amberson-judge-impeachment-hearing": (
        "1998-03-19",
        [
            ("Thursday, March 19, 1998", "DATE", "1998-03-19"),
            ("6:48 p.m. EST", "TIME", "1998-03-19T18:48"),
            ("today", "DATE", "1998-03-19"),
            ("last fall", "DATE", "1997-FA"),
            ("Easter", "DATE", "1998-04-12"),
            ("10 a.m.", "TIME", "1998-03-19T10:00"),
            ("more than seven hours", "DURATION", "PT7H"),
            ("nearly a decade", "DURATION", "P10Y"),
            ("November", "DATE", "1997-11"),
            ("January", "DATE", "1998-01"),
            ("18 months", "DURATION", "P18M"),
            ("1803", "DATE", "1803"),
            ("1989", "DATE", "1989"),
            ("Tuesday", "DATE", "1998-03-17"),
            ("next week", "DATE", "1998-W13"),
            ("June 10, 1997", "DATE", "1997-06-10"),
            ("today", "DATE", "1998-03-19"),
            ("Wednesday", "DATE", "1998-03-18"),
            ("six months", "DURATION", "P6M"),
            ("late Wednesday", "DATE", "1998-03-18"),
            ("this morning", "TIME", "1998-03-19TMO"),
            ("the past nine months", "DURATION", "P9M"),
            ("now", "DATE", "PRESENT_REF"),
            ("26 months", "DURATION", "P26M"),
            ("14 months", "DURATION", "P14M"),
            ("1995", "DATE", "1995"),
            ("Earlier this month", "DATE", "1998-03"),
            ("twice a year", "SET", "P1Y"),
            ("1988", "DATE", "1988"),
            ("Monday afternoon", "TIME", "1998-03-23TAF"),
            ("9:30 a.m.", "TIME", "1998-03-20T09:30"),
            ("Friday", "DATE", "1998-03-20"),
            ("last week", "DATE", "1998-W11"),
            ("1989", "DATE", "1989"),
            ("more than a year", "DURATION", "P1Y"),
            ("late April", "DATE", "1998-04"),
            ("May", "DATE", "1998-05"),
            ("1985", "DATE", "1985"),
            ("1991", "DATE", "1991"),
            ("1996", "DATE", "1996"),
        ],
    ),
    # Saturday 1998-10-24 (ISO week 43), New York Times News Service foreign story on a summit,
    # headline, byline, service line, date line "Saturday, October 24, 1998" (one DATE span)
    # and "BRENHOLM, Tavria, Oct. 24 —" dateline (its date the publication day, gold_blind32);
    # "today" and "tonight" the publication day and its night. Past weekdays: "Friday's
    # session" -> "Friday" 1998-10-23 (possessive left out), "Thursday night" 1998-10-22TNI,
    # "nearly 4 a.m. Friday" 1998-10-23T04:00 and the DATE, "midday Friday" 1998-10-23T12:00
    # (gold_blind9) and the DATE, "said Friday" 1998-10-23. Future: the confidence vote "on
    # Tuesday" 1998-10-27. "the previous week" is the week before the summit's week, read from
    # the negotiations of Thursday night, 1998-W42 (gold_blind47, gold_blind78). "two-day"
    # DURATION P2D; "by 2003" -> "2003"; "since August" and "late August" 1998-08; "the spring
    # of 2000" 2000-SP; "within five years" -> "five years" P5Y; "the first time in the past
    # decade" -> "the past decade" P10Y; "May 1988"; "after one day" P1D; "14 hours" PT14H;
    # "since January" 1998-01; "every day" SET P1D; "this week" 1998-W43; "winter, which
    # reaches the mountain camps by mid-November" -> "winter" 1999-WI (the coming winter of
    # 1998-99, taking the year of its January, gold_blind103) and "mid-November" 1998-11; "the
    # coming weeks" PXW; "the end of the year" 1998; "next spring" 1999-SP; "annually" SET
    # P1Y; "Dec. 7" 1998-12-07; "for most of the 1980s" -> "the 1980s" 198 ("most of" left
    # out, like "most of August" in gold_blind17). Not annotated: "Article 14", "1,140-mile",
    # "$2.4 billion", "40,000", "5,000", "1,500", "58" (age), "six", "the last full summit".
    "sorva-basin-summit-pipeline-pact": (
        "1998-10-24",
        [
            ("Saturday, October 24, 1998", "DATE", "1998-10-24"),
            ("Oct. 24", "DATE", "1998-10-24"),
            ("two-day", "DURATION", "P2D"),
            ("today", "DATE", "1998-10-24"),
            ("2003", "DATE", "2003"),
            ("August", "DATE", "1998-08"),
            ("11:30 a.m.", "TIME", "1998-10-24T11:30"),
            ("the spring of 2000", "DATE", "2000-SP"),
            ("five years", "DURATION", "P5Y"),
            ("the past decade", "DURATION", "P10Y"),
            ("May 1988", "DATE", "1988-05"),
            ("one day", "DURATION", "P1D"),
            ("Friday", "DATE", "1998-10-23"),
            ("14 hours", "DURATION", "PT14H"),
            ("Thursday night", "TIME", "1998-10-22TNI"),
            ("nearly 4 a.m.", "TIME", "1998-10-23T04:00"),
            ("Friday", "DATE", "1998-10-23"),
            ("the previous week", "DATE", "1998-W42"),
            ("midday", "TIME", "1998-10-23T12:00"),
            ("Friday", "DATE", "1998-10-23"),
            ("Tuesday", "DATE", "1998-10-27"),
            ("January", "DATE", "1998-01"),
            ("late August", "DATE", "1998-08"),
            ("every day", "SET", "P1D"),
            ("this week", "DATE", "1998-W43"),
            ("winter", "DATE", "1999-WI"),
            ("mid-November", "DATE", "1998-11"),
            ("the coming weeks", "DURATION", "PXW"),
            ("1991", "DATE", "1991"),
            ("the end of the year", "DATE", "1998"),
            ("tonight", "TIME", "1998-10-24TNI"),
            ("next spring", "DATE", "1999-SP"),
            ("annually", "SET", "P1Y"),
            ("Dec. 7", "DATE", "1998-12-07"),
            ("Friday", "DATE", "1998-10-23"),
            ("1972", "DATE", "1972"),
            ("the 1980s", "DATE", "198"),
        ],
    ),
    # Monday 1999-05-17 (ISO week 20), British broadcaster's news website of 1999, section
    # label, stamp "Monday, 17 May, 1999, 14:52 GMT 15:52 UK" (one DATE span with its weekday;
    # the GMT time and the UK summer time two TIMEX3, each valued by its own clock reading,
    # like a local time and its GMT equivalent in gold_blind28 and gold_blind32), headline,
    # crosshead and a "Key dates" box. The election was "Sunday" 1999-05-16 ("Sunday's
    # parliamentary election", "on Sunday", "Sunday night" 1999-05-16TNI); polls closed at
    # "2000 local time (1800 GMT)" 1999-05-16T20:00 and T18:00 (a clock time in 24-hour figures
    # that looks like a year); "an hour later than planned" DURATION PT1H (the size of a delay,
    # gold_blind24); "shortly after midnight" on Sunday night -> "midnight" 1999-05-16T24:00,
    # the midnight that ends Sunday (gold_blind32, gold_blind103). "by midday on Monday" ->
    # "midday" 1999-05-17T12:00 and "Monday". Future: "on Wednesday" 1999-05-19, "30 May",
    # "two weeks after the first" DURATION P2W (anchored, gold_blind28), "the summer" 1999-SU,
    # "late June" 1999-06; the box's "16 May", "19 May", "30 May", "19 June" (1999). "since
    # mid-April" 1999-04; "every evening" SET XXXX-XX-XXTEV; "the last three weeks of the
    # campaign" DURATION P3W (gold_blind20); "in February" 1999-02; "a year early" DURATION P1Y;
    # "the past two years" P2Y; "paid monthly" SET P1M; "weeks late" PXW; "since last autumn"
    # 1998-FA; "the autumn of 1997" 1997-FA; "Last week" 1999-W19 (13-19 May, before the
    # publication week). Not annotated: "the Selvania 2000 alliance" and "Channel 24" (names),
    # "Early election" (a crosshead: "Early" an adjective of the event), "87%", "41%", "33%",
    # "63%", "6%", "5%", "35 constituencies", "150 seats", "44" (age), "the third", "the first"
    # (the first round), "First round", "Second round", "half the vote".
    "selvania-election-opposition-lead": (
        "1999-05-17",
        [
            ("Monday, 17 May, 1999", "DATE", "1999-05-17"),
            ("14:52 GMT", "TIME", "1999-05-17T14:52"),
            ("15:52 UK", "TIME", "1999-05-17T15:52"),
            ("Sunday", "DATE", "1999-05-16"),
            ("1991", "DATE", "1991"),
            ("midday", "TIME", "1999-05-17T12:00"),
            ("Monday", "DATE", "1999-05-17"),
            ("2000 local time", "TIME", "1999-05-16T20:00"),
            ("1800 GMT", "TIME", "1999-05-16T18:00"),
            ("Sunday", "DATE", "1999-05-16"),
            ("an hour", "DURATION", "PT1H"),
            ("1991", "DATE", "1991"),
            ("1995", "DATE", "1995"),
            ("Sunday night", "TIME", "1999-05-16TNI"),
            ("midnight", "TIME", "1999-05-16T24:00"),
            ("Wednesday", "DATE", "1999-05-19"),
            ("30 May", "DATE", "1999-05-30"),
            ("two weeks", "DURATION", "P2W"),
            ("mid-April", "DATE", "1999-04"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("the last three weeks", "DURATION", "P3W"),
            ("February", "DATE", "1999-02"),
            ("a year", "DURATION", "P1Y"),
            ("the past two years", "DURATION", "P2Y"),
            ("monthly", "SET", "P1M"),
            ("weeks", "DURATION", "PXW"),
            ("last autumn", "DATE", "1998-FA"),
            ("the autumn of 1997", "DATE", "1997-FA"),
            ("the summer", "DATE", "1999-SU"),
            ("Last week", "DATE", "1999-W19"),
            ("late June", "DATE", "1999-06"),
            ("16 May", "DATE", "1999-05-16"),
            ("19 May", "DATE", "1999-05-19"),
            ("30 May", "DATE", "1999-05-30"),
            ("19 June", "DATE", "1999-06-19"),
        ],
    ),
    # Tuesday 1999-11-23 (ISO week 47), AP foreign story on an earthquake's aftermath, headline
    # ("Four Days After ... Quake" DURATION P4D, like "Two Weeks After Quake" in gold_blind35),
    # byline, archive date line "Tuesday, November 23, 1999; 12:17 p.m. EST", "ISTERA, Valdonia
    # (AP) _" dateline; "today", "this morning" and "shortly before 9 a.m. today" the
    # publication day (-> "9 a.m." 1999-11-23T09:00). The quake "struck at 4:52 a.m. Friday
    # (0252 GMT)" 1999-11-19T04:52 and T02:52 (local time GMT+2) with "Friday" 1999-11-19; "more
    # than 100 hours after" it DURATION PT100H (Friday 4:52 to Tuesday about 8:55 is 100 hours
    # 3 minutes). Past weekdays: "on Monday", "said Monday" 1999-11-22, "on Sunday" and "late
    # Sunday" 1999-11-21, "arrived Saturday" and "since Saturday" 1999-11-20, "Monday night"
    # 1999-11-22TNI, "since Friday" 1999-11-19; "worked through the night" -> "the night" the
    # night before the publication day, 1999-11-22TNI (gold_blind34); "yesterday" 1999-11-22.
    # Future: "due to fly home Thursday" 1999-11-25 and "Thanksgiving Day" 1999-11-25 (the
    # fourth Thursday of November, gold_blind32); "until at least Wednesday night" -> "at least
    # Wednesday night" 1999-11-24TNI (the modifier kept, like "at least Wednesday",
    # gold_blind103); "the end of December" 1999-12; "until January" 2000-01. "After five days"
    # P5D; "every night" SET XXXX-XX-XXTNI; "three days of national mourning" P3D; "the 1970s
    # and 1980s" -> "the 1970s" 197 and "1980s" 198; "a 1968 building code" -> "1968"; "within
    # 30 days" P30D; "Earlier this month" 1999-11; "for years" PXY; "March 1987". Not
    # annotated: "1-800-555-1953" (a hotline number holding 1953, after the annotated "since
    # 1953"), "magnitude-6.9", "magnitude-5.4", "34-year-old", "five-story", "1,184", "960",
    # "610", "4,000", "14 countries", "60-member", "80,000", "60 tent camps", "212", "6,000".
    "istera-quake-woman-rescued": (
        "1999-11-23",
        [
            ("Four Days", "DURATION", "P4D"),
            ("Tuesday, November 23, 1999", "DATE", "1999-11-23"),
            ("12:17 p.m. EST", "TIME", "1999-11-23T12:17"),
            ("9 a.m.", "TIME", "1999-11-23T09:00"),
            ("today", "DATE", "1999-11-23"),
            ("more than 100 hours", "DURATION", "PT100H"),
            ("this morning", "TIME", "1999-11-23TMO"),
            ("Monday", "DATE", "1999-11-22"),
            ("Sunday", "DATE", "1999-11-21"),
            ("4:52 a.m.", "TIME", "1999-11-19T04:52"),
            ("Friday", "DATE", "1999-11-19"),
            ("0252 GMT", "TIME", "1999-11-19T02:52"),
            ("1953", "DATE", "1953"),
            ("late Sunday", "DATE", "1999-11-21"),
            ("the night", "TIME", "1999-11-22TNI"),
            ("Saturday", "DATE", "1999-11-20"),
            ("Thursday", "DATE", "1999-11-25"),
            ("Thanksgiving Day", "DATE", "1999-11-25"),
            ("five days", "DURATION", "P5D"),
            ("yesterday", "DATE", "1999-11-22"),
            ("at least Wednesday night", "TIME", "1999-11-24TNI"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("Saturday", "DATE", "1999-11-20"),
            ("the end of December", "DATE", "1999-12"),
            ("Monday", "DATE", "1999-11-22"),
            ("three days", "DURATION", "P3D"),
            ("Monday night", "TIME", "1999-11-22TNI"),
            ("January", "DATE", "2000-01"),
            ("the 1970s", "DATE", "197"),
            ("1980s", "DATE", "198"),
            ("1968", "DATE", "1968"),
            ("30 days", "DURATION", "P30D"),
            ("Earlier this month", "DATE", "1999-11"),
            ("today", "DATE", "1999-11-23"),
            ("years", "DURATION", "PXY"),
            ("March 1987", "DATE", "1987-03"),
            ("Friday", "DATE", "1999-11-19"),
        ],
    ),
    # Wednesday 2000-02-09 (ISO week 6), Reuters-style wire on the end of a hijacking,
    # "UPDATE 3-" headline, stamp "08:41 a.m. Feb 09, 2000 Eastern" (TIME 2000-02-09T08:41, US
    # Eastern, and the DATE), byline, "KORVASA, Feb 9 (Reuters) -" dateline. Local time is
    # GMT+2. The jet was seized on "Monday" 2000-02-07, "about 25 minutes after it took off ...
    # at 7:15 a.m. (0515 GMT)" (DURATION PT25M anchored to the take-off, TIMEs T07:15 and
    # T05:15), landed "at 11:20 a.m. on Monday"; "that evening" is the evening of that Monday,
    # 2000-02-07TEV, the last date of its story line (gold_blind14's "that afternoon"); "Tuesday
    # afternoon" 2000-02-08TAF; "through Monday night" 2000-02-07TNI; "on Tuesday" 2000-02-08
    # (twice); "By Tuesday night" 2000-02-08TNI. The end came "before dawn on Wednesday" ->
    # "dawn" 2000-02-09TMO (gold_blind53) and "Wednesday"; "at 3:35 a.m. (0135 GMT)" that day
    # 2000-02-09T03:35 and T01:35; "about 10 minutes later" TIME 2000-02-09T03:45 (gold_blind47);
    # "an ordeal of almost 44 hours" PT44H (7:40 a.m. Monday to 3:35 a.m. Wednesday). "reopened
    # at 10 a.m. (0800 GMT)", no day named, is on Wednesday, the day of its paragraph. Future:
    # "on Thursday" 2000-02-10, "on Friday" 2000-02-11, "the end of the month" 2000-02. "The
    # first day" DURATION P1D (an ordinal period of an event, gold_blind53, gold_blind66);
    # "once an hour" SET PT1H; "twice a day" SET P1D; "in 1997 for 15 years"; "since 1996";
    # "the first in more than two years" -> "more than two years" P2Y (the period of a "first
    # in"); "November 1997"; "recent months" PAST_REF; "up to 25 years" P25Y; "last year" 1999.
    # Not annotated: "UPDATE 3", "Flight 742", "Tupolev-154" (a model), "+386 52 1999 740" (a
    # newsroom phone number holding 1999), "131", "37", "54", "40" hostages, "29" (age), "1.2
    # million", "the third hijacking", "the last one".
    "varnish-airways-hijack-ends-korvasa": (
        "2000-02-09",
        [
            ("08:41 a.m.", "TIME", "2000-02-09T08:41"),
            ("Feb 09, 2000", "DATE", "2000-02-09"),
            ("Feb 9", "DATE", "2000-02-09"),
            ("Monday", "DATE", "2000-02-07"),
            ("dawn", "TIME", "2000-02-09TMO"),
            ("Wednesday", "DATE", "2000-02-09"),
            ("almost 44 hours", "DURATION", "PT44H"),
            ("about 25 minutes", "DURATION", "PT25M"),
            ("7:15 a.m.", "TIME", "2000-02-07T07:15"),
            ("0515 GMT", "TIME", "2000-02-07T05:15"),
            ("Monday", "DATE", "2000-02-07"),
            ("11:20 a.m.", "TIME", "2000-02-07T11:20"),
            ("Monday", "DATE", "2000-02-07"),
            ("that evening", "TIME", "2000-02-07TEV"),
            ("Tuesday afternoon", "TIME", "2000-02-08TAF"),
            ("Monday night", "TIME", "2000-02-07TNI"),
            ("Tuesday", "DATE", "2000-02-08"),
            ("3:35 a.m.", "TIME", "2000-02-09T03:35"),
            ("0135 GMT", "TIME", "2000-02-09T01:35"),
            ("about 10 minutes later", "TIME", "2000-02-09T03:45"),
            ("The first day", "DURATION", "P1D"),
            ("Tuesday night", "TIME", "2000-02-08TNI"),
            ("once an hour", "SET", "PT1H"),
            ("twice a day", "SET", "P1D"),
            ("1997", "DATE", "1997"),
            ("15 years", "DURATION", "P15Y"),
            ("Tuesday", "DATE", "2000-02-08"),
            ("1996", "DATE", "1996"),
            ("more than two years", "DURATION", "P2Y"),
            ("November 1997", "DATE", "1997-11"),
            ("Wednesday", "DATE", "2000-02-09"),
            ("recent months", "DATE", "PAST_REF"),
            ("Monday", "DATE", "2000-02-07"),
            ("10 a.m.", "TIME", "2000-02-09T10:00"),
            ("0800 GMT", "TIME", "2000-02-09T08:00"),
            ("Thursday", "DATE", "2000-02-10"),
            ("up to 25 years", "DURATION", "P25Y"),
            ("last year", "DATE", "1999"),
            ("Friday", "DATE", "2000-02-11"),
            ("the end of the month", "DATE", "2000-02"),
        ],
    ),
    # Friday 2000-07-14 (ISO week 28), New York Times News Service science story on a
    # spacecraft's orbit insertion, section label, headline, byline, date line "July 14, 2000",
    # "PASADENA, Calif., July 14 —" dateline, a fact box. "early today" DATE 2000-07-14 (one
    # span, gold_blind32); the burn "at 2:06 a.m. Pacific time" 2000-07-14T02:06 (the zone in
    # the span); confirmation "at 2:36 a.m." (2:06 + 19 minutes of burn + 11 minutes of signal
    # travel); "Tonight" (quoted at the 5 a.m. news conference) 2000-07-14TNI; "On Monday"
    # 2000-07-17 (future); "The House voted Wednesday" 2000-07-12 (past). "last December"
    # 1999-12, "on Dec. 20" 1999-12-20, "since December" 1999-12; "on Jan. 10" 2000-01-10 (the
    # missed arrival); "two minutes into a 22-minute burn" -> "two minutes" PT2M (a duration
    # tied to the start of an event, like "About four days into the flight", gold_blind34) and
    # "22-minute" PT22M; "the next three weeks" P3W; "six months" P6M (the delay, Jan. 10 to July
    # 14); "now" PRESENT_REF twice; "a year" P1Y; "every 90 minutes" SET PT90M; "next week"
    # 2000-W29; "in October" 2000-10; "July 2001" (also in the box); "Sept. 30, 2001"; "fiscal
    # 2001" FY2001 (the federal year October 2000-September 2001, gold_blind35); "the fiscal
    # year that begins Oct. 1" -> "the fiscal year" FY2001 and "Oct. 1" 2000-10-01; "in
    # September" 2000-09; "August 1998"; "twice a day" SET P1D; "For years" PXY; "This
    # morning" 2000-07-14TMO; the box's "Feb. 17, 1996" and "July 14, 2000". Not annotated:
    # "1622 Delmira" (twice, an asteroid's catalogue number), "Launch Complex 17B", "124
    # million miles", "21 miles" (twice), "22 miles", "$212 million" (twice), "4 percent", "47"
    # (age), "about 40 engineers", "six engineers", "SCIENCE | SPACE", "Orbit insertion".
    "halcyon-probe-asteroid-orbit": (
        "2000-07-14",
        [
            ("July 14, 2000", "DATE", "2000-07-14"),
            ("July 14", "DATE", "2000-07-14"),
            ("more than four years", "DURATION", "P4Y"),
            ("last December", "DATE", "1999-12"),
            ("19 minutes", "DURATION", "PT19M"),
            ("early today", "DATE", "2000-07-14"),
            ("2:06 a.m. Pacific time", "TIME", "2000-07-14T02:06"),
            ("now", "DATE", "PRESENT_REF"),
            ("11 minutes", "DURATION", "PT11M"),
            ("2:36 a.m.", "TIME", "2000-07-14T02:36"),
            ("Tonight", "TIME", "2000-07-14TNI"),
            ("5 a.m.", "TIME", "2000-07-14T05:00"),
            ("Monday", "DATE", "2000-07-17"),
            ("Feb. 17, 1996", "DATE", "1996-02-17"),
            ("Jan. 10", "DATE", "2000-01-10"),
            ("Dec. 20", "DATE", "1999-12-20"),
            ("two minutes", "DURATION", "PT2M"),
            ("22-minute", "DURATION", "PT22M"),
            ("the next three weeks", "DURATION", "P3W"),
            ("six months", "DURATION", "P6M"),
            ("now", "DATE", "PRESENT_REF"),
            ("a year", "DURATION", "P1Y"),
            ("every 90 minutes", "SET", "PT90M"),
            ("next week", "DATE", "2000-W29"),
            ("October", "DATE", "2000-10"),
            ("July 2001", "DATE", "2001-07"),
            ("Sept. 30, 2001", "DATE", "2001-09-30"),
            ("fiscal 2001", "DATE", "FY2001"),
            ("Wednesday", "DATE", "2000-07-12"),
            ("the fiscal year", "DATE", "FY2001"),
            ("Oct. 1", "DATE", "2000-10-01"),
            ("September", "DATE", "2000-09"),
            ("August 1998", "DATE", "1998-08"),
            ("twice a day", "SET", "P1D"),
            ("December", "DATE", "1999-12"),
            ("1993", "DATE", "1993"),
            ("years", "DURATION", "PXY"),
            ("This morning", "TIME", "2000-07-14TMO"),
            ("Feb. 17, 1996", "DATE", "1996-02-17"),
            ("July 14, 2000", "DATE", "2000-07-14"),
            ("July 2001", "DATE", "2001-07"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
