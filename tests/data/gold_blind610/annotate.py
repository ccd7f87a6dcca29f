"""Annotations of blind gold set 610, chosen by hand before the tagger ran.

    python tests/data/gold_blind610/annotate.py [--show]

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
    # Monday 1998-05-25 (ISO week 22), Reuters-style election wire from an invented Latin
    # American republic, headline ("for June 21 run-off"), "SAN LUCERO, Valmora, May 25
    # (Reuters) -" dateline (the publication day), newsroom line at the end. The first round
    # was "Sunday's presidential election" 1998-05-24 (possessive without the "'s",
    # gold_blind28), "on Sunday night" 1998-05-24TNI; "said on Monday" is the day of the wire.
    # Local time is GMT-5: "10 a.m. local time (1500 GMT)" two TIMEX3 on the publication day,
    # the zone in the span and not in the value (gold_blind28, gold_blind54). Future weekdays:
    # results "by Friday" 1998-05-29, "on Tuesday evening" 1998-05-26TEV, "on Wednesday"
    # 1998-05-27. The run-off "June 21" (a Sunday) three times; "7 a.m." and "4 p.m." are
    # clock times of polling day, the day their sentence names. "the final 72 hours" DURATION
    # PT72H (anchored to the run-off, the duration alone); "four days before the vote" P4D;
    # "the first time in 17 years" -> "17 years" P17Y, the period of a "first in"
    # (gold_blind20, gold_blind35); "the previous government, from 1989 to 1993" -> the two
    # years only (see README); "August 1993" 1993-08, "five-year" P5Y (adjectival duration),
    # "Aug 10" 1998-08-10 (wire date without a period). "Four years ago" 1994 and "A month
    # ago" 1998-04 at the unit's granularity; "last year" 1997; "within 18 months" -> "18
    # months"; "by 2000" DATE 2000 before the coalition's name "Alianza 2000" (not
    # annotated); "since January" 1998-01 (past); "one-day" P1D; "every two hours" SET PT2H,
    # "every five years" SET P5Y. Not annotated: "1,998" and "2,104" (polling stations, in a
    # 1998 story), "38.4 percent", "33.1 percent", "71 percent", "14.2 percent", "22 percent",
    # "1.2 percent", "3.4 percent", "ten points", "120-seat", ages "54" and "47", "Alianza
    # 2000", "www.tse.gov.vl/1998/" (a year in a URL), "2 441 1998" (a phone number), "until
    # then" (anaphoric), "this time", "first round" and "run-off" (events), "early trade", "the
    # previous government" (no time of its own), "Third-placed".
    "valmora-presidential-runoff-june-21": (
        "1998-05-25",
        [
            ("June 21", "DATE", "1998-06-21"),
            ("May 25", "DATE", "1998-05-25"),
            ("June 21", "DATE", "1998-06-21"),
            ("Sunday", "DATE", "1998-05-24"),
            ("Monday", "DATE", "1998-05-25"),
            ("10 a.m. local time", "TIME", "1998-05-25T10:00"),
            ("1500 GMT", "TIME", "1998-05-25T15:00"),
            ("Friday", "DATE", "1998-05-29"),
            ("every two hours", "SET", "PT2H"),
            ("1989", "DATE", "1989"),
            ("17 years", "DURATION", "P17Y"),
            ("five years", "DURATION", "P5Y"),
            ("the next four weeks", "DURATION", "P4W"),
            ("Sunday night", "TIME", "1998-05-24TNI"),
            ("1989", "DATE", "1989"),
            ("1993", "DATE", "1993"),
            ("August 1993", "DATE", "1993-08"),
            ("five-year", "DURATION", "P5Y"),
            ("Aug 10", "DATE", "1998-08-10"),
            ("1996", "DATE", "1996"),
            ("the final 72 hours", "DURATION", "PT72H"),
            ("7 a.m.", "TIME", "1998-06-21T07:00"),
            ("June 21", "DATE", "1998-06-21"),
            ("4 p.m.", "TIME", "1998-06-21T16:00"),
            ("June 4", "DATE", "1998-06-04"),
            ("June 17", "DATE", "1998-06-17"),
            ("four days", "DURATION", "P4D"),
            ("Tuesday evening", "TIME", "1998-05-26TEV"),
            ("Wednesday", "DATE", "1998-05-27"),
            ("Four years ago", "DATE", "1994"),
            ("March 1997", "DATE", "1997-03"),
            ("2000", "DATE", "2000"),
            ("last year", "DATE", "1997"),
            ("18 months", "DURATION", "P18M"),
            ("Sunday", "DATE", "1998-05-24"),
            ("July 28", "DATE", "1998-07-28"),
            ("Monday", "DATE", "1998-05-25"),
            ("one-day", "DURATION", "P1D"),
            ("January", "DATE", "1998-01"),
            ("A month ago", "DATE", "1998-04"),
            ("Now", "DATE", "PRESENT_REF"),
            ("every five years", "SET", "P5Y"),
        ],
    ),
    # Tuesday 1999-10-19 (ISO week 42), AFP-style coalition-talks wire from an invented
    # Central European country, headline ("as November deadline nears" -> "November"
    # 1999-11), "BRENICH, Oct 19 (AFP) -" dateline. AFP spells months out ("October 8",
    # "November 7", "October 11", "October 30", "October 3", "December 31", "January 1").
    # Talks "broke down on Tuesday" (the day of the wire) "16 days after" the election of
    # Sunday "October 3" (P16D, the duration alone, gold_blind54); the mandate of "October 8"
    # plus the "30-day" limit ends "November 7" (checked with datetime). "next year's budget"
    # -> "next year" 2000 and "the 2000 budget" an adjectival year (gold_blind54's "a 2014
    # budget"); "this year's level" -> "this year" 1999; "January 1" 2000-01-01. "3:00 pm
    # (1300 GMT)" two TIMEX3 on the publication day (local time GMT+2 in October). Future:
    # "Thursday morning" 1999-10-21TMO, "Christmas" 1999-12-25, "the end of the year" 1999,
    # "spring" (bare, "until spring", said in October) 2000-SP like "the spring" ahead in
    # November (gold_blind35), "July" 2000-07 (future clause), "2002". Past: "Monday evening"
    # 1999-10-18TEV, "published on Monday" 1999-10-18, "June" 1999-06, "a month ago" 1999-09.
    # "every day since October 11" a SET P1D and a DATE (gold_blind35, gold_blind54); "this
    # week" 1999-W42; "at least ten days" P10D; "four decades" P40Y (gold_blind7); "14 months"
    # P14M; "four-year" P4Y; "up to two years" P2Y; "A weekly poll" SET P1W (gold_blind28's
    # "weekly polls"); "within weeks" -> "weeks" PXW; "more than five weeks" P5W. Not
    # annotated: "Article 68", "94 of the 180 seats", "61 seats", "19 seats", "three-party",
    # "Movement 89" (a party named after 1989; the annotated "1989" follows it), "the Brenich
    # daily Vecernik" (a newspaper), "22 percent", "35 percent", "5.8 percent", "three
    # percent", "0.4 percent", "may" (the verb), "since then" (anaphoric), "caretaker", "the
    # previous government", "a second candidate", "first free vote".
    "ostrevia-coalition-talks-stall": (
        "1999-10-19",
        [
            ("November", "DATE", "1999-11"),
            ("Oct 19", "DATE", "1999-10-19"),
            ("Tuesday", "DATE", "1999-10-19"),
            ("next year", "DATE", "2000"),
            ("16 days", "DURATION", "P16D"),
            ("October 8", "DATE", "1999-10-08"),
            ("November 7", "DATE", "1999-11-07"),
            ("30-day", "DURATION", "P30D"),
            ("60 days", "DURATION", "P60D"),
            ("every day", "SET", "P1D"),
            ("October 11", "DATE", "1999-10-11"),
            ("3:00 pm", "TIME", "1999-10-19T15:00"),
            ("1300 GMT", "TIME", "1999-10-19T13:00"),
            ("Thursday morning", "TIME", "1999-10-21TMO"),
            ("Christmas", "DATE", "1999-12-25"),
            ("the end of the year", "DATE", "1999"),
            ("spring", "DATE", "2000-SP"),
            ("2000", "DATE", "2000"),
            ("December 31", "DATE", "1999-12-31"),
            ("this year", "DATE", "1999"),
            ("January 1", "DATE", "2000-01-01"),
            ("this week", "DATE", "1999-W42"),
            ("at least ten days", "DURATION", "P10D"),
            ("October 30", "DATE", "1999-10-30"),
            ("October 3", "DATE", "1999-10-03"),
            ("1990", "DATE", "1990"),
            ("four decades", "DURATION", "P40Y"),
            ("June", "DATE", "1999-06"),
            ("14 months", "DURATION", "P14M"),
            ("Monday evening", "TIME", "1999-10-18TEV"),
            ("four-year", "DURATION", "P4Y"),
            ("July", "DATE", "2000-07"),
            ("2002", "DATE", "2002"),
            ("1999", "DATE", "1999"),
            ("1989", "DATE", "1989"),
            ("up to two years", "DURATION", "P2Y"),
            ("weekly", "SET", "P1W"),
            ("Monday", "DATE", "1999-10-18"),
            ("a month ago", "DATE", "1999-09"),
            ("weeks", "DURATION", "PXW"),
            ("more than five weeks", "DURATION", "P5W"),
            ("Tuesday", "DATE", "1999-10-19"),
        ],
    ),
    # Thursday 2000-11-16 (ISO week 46), dpa-style strike wire from an invented Central
    # European country, headline ("48-hour strike, talks set for Monday"), dpa header
    # "16.11.2000 14:32" (day-first date DATE and clock TIME of the publication day, like
    # "12.03.2014" in gold_blind87), "Haldenburg (dpa) -" dateline, dpa's closing initials.
    # 24-hour clocks without colon in the dpa manner: "0400 (0300 GMT) on Thursday" three
    # TIMEX3 (local time GMT+1 in November), the end "0400 on Saturday" 2000-11-18T04:00 and
    # "Saturday"; "between 0700 and 0900" clock times of the publication day; "Monday at 1000
    # (0900 GMT)" 2000-11-20 with 10:00 and 09:00 that day (clock and day separate TIMEX3,
    # gold_blind28). Future weekdays: "Monday" (headline, talks, "Monday's talks") 2000-11-20,
    # "before Sunday" and "runs until Sunday" 2000-11-19, "Friday morning" 2000-11-17TMO.
    # Past: "Wednesday evening" 2000-11-15TEV, the fair "opened on Tuesday" 2000-11-14,
    # "November 3" 2000-11-03. "since the summer" -> "the summer" 2000-SU (gold_blind54's
    # "since the summer" in October); "January 1" 2001-01-01 (the offer, ahead); "Christmas"
    # 2000-12-25; "the third time this year" -> "this year" 2000, the period of a count of
    # times (gold_blind103's "the third time in two weeks"); "May" 2000-05; "March 1994"
    # 1994-03, "since 1994" 1994; "throughout the 1990s" -> "the 1990s" 199. Durations:
    # "48-hour" PT48H (twice), "more than two hours" PT2H (a journey), "12 months" P12M,
    # "two years" P2Y, "five-day" P5D, "nine days" P9D, "months" PXM, "within days" -> "days"
    # PXD, "at least 72 hours in advance" -> "at least 72 hours" PT72H; "every 30 minutes" SET
    # PT30M; "now" PRESENT_REF. Not annotated: "Mobilia 2000" (a fair's name), "0180 2000
    # 16" (a hotline), "4,200 scheduled trains", "one in five", "40 kilometres", "the A7
    # motorway", "6.5 per cent", "2.8 per cent", "600 crowns", "60 million crowns", "3,000
    # driver jobs", "eleven rounds", "52" (age), "by a third", "two warning strikes", "split
    # shifts", "overtime", "shift rosters", "in advance", "dpa rk gm".
    "norvelia-train-drivers-48-hour-strike": (
        "2000-11-16",
        [
            ("48-hour", "DURATION", "PT48H"),
            ("Monday", "DATE", "2000-11-20"),
            ("16.11.2000", "DATE", "2000-11-16"),
            ("14:32", "TIME", "2000-11-16T14:32"),
            ("0400", "TIME", "2000-11-16T04:00"),
            ("0300 GMT", "TIME", "2000-11-16T03:00"),
            ("Thursday", "DATE", "2000-11-16"),
            ("48-hour", "DURATION", "PT48H"),
            ("1994", "DATE", "1994"),
            ("0400", "TIME", "2000-11-18T04:00"),
            ("Saturday", "DATE", "2000-11-18"),
            ("Sunday", "DATE", "2000-11-19"),
            ("this morning", "TIME", "2000-11-16TMO"),
            ("0700", "TIME", "2000-11-16T07:00"),
            ("0900", "TIME", "2000-11-16T09:00"),
            ("every 30 minutes", "SET", "PT30M"),
            ("more than two hours", "DURATION", "PT2H"),
            ("12 months", "DURATION", "P12M"),
            ("January 1", "DATE", "2001-01-01"),
            ("November 3", "DATE", "2000-11-03"),
            ("the summer", "DATE", "2000-SU"),
            ("Wednesday evening", "TIME", "2000-11-15TEV"),
            ("Monday", "DATE", "2000-11-20"),
            ("1000", "TIME", "2000-11-20T10:00"),
            ("0900 GMT", "TIME", "2000-11-20T09:00"),
            ("two years", "DURATION", "P2Y"),
            ("Monday", "DATE", "2000-11-20"),
            ("five-day", "DURATION", "P5D"),
            ("Christmas", "DATE", "2000-12-25"),
            ("March 1994", "DATE", "1994-03"),
            ("nine days", "DURATION", "P9D"),
            ("months", "DURATION", "PXM"),
            ("this year", "DATE", "2000"),
            ("May", "DATE", "2000-05"),
            ("Friday morning", "TIME", "2000-11-17TMO"),
            ("Tuesday", "DATE", "2000-11-14"),
            ("Sunday", "DATE", "2000-11-19"),
            ("days", "DURATION", "PXD"),
            ("the 1990s", "DATE", "199"),
            ("1997", "DATE", "1997"),
            ("now", "DATE", "PRESENT_REF"),
            ("1998", "DATE", "1998"),
            ("at least 72 hours", "DURATION", "PT72H"),
        ],
    ),
    # Friday 1998-11-27 (ISO week 48), EFE-style court wire in English from an invented
    # South American republic, headline ("gets eight years"), "Villa Rosales, Nov 27
    # (EFE).-" dateline (the publication day), EFE's closing initials. The verdict was read
    # "on Thursday night" 1998-11-26TNI, "at 11:40 pm local time (0240 GMT on Friday)": local
    # time is GMT-3, so the GMT clock time falls on the next day and takes it, "Friday"
    # 1998-11-27 a DATE of its own (gold_blind28's "(2212 GMT Monday)" the other way round).
    # Past: "early Thursday" 1998-11-26 (a DATE, gold_blind40), "through the night" -> "the
    # night" 1998-11-26TNI, "Thursday afternoon" 1998-11-26TAF, "Wednesday evening"
    # 1998-11-25TEV with "a day before the verdict" P1D (the duration alone). Future: the
    # appeal "on Monday" 1998-11-30; the absent defendant's trial "from 15 January" 1999-01-15
    # (day-first, the next January). EFE's calques: "since last 3 March" -> "last 3 March"
    # 1998-03-03 (gold_blind87's "last 12 March"), "told EFE this Friday" -> "this Friday" the
    # day of the wire itself, 1998-11-27 (gold_blind87's "this Monday"). "14 September"
    # 1998-09-14; "between 1991 and 1994", "from 1990 to 1994" the years; "a 1995 audit"
    # adjectival year; "this year" 1998; "July" 1998-07. Sentences are durations: "eight
    # years" (headline and lead) P8Y, "12 years" P12Y, "four years" P4Y, "Prison terms of
    # more than five years" P5Y (generic, the modifier in the span); "more than 14 hours"
    # PT14H, "ten days" P10D, "five years" P5Y, "six months" P6M; "twice a week" SET P1W.
    # Not annotated: "case 3441/95" (a file number ending in a year), "Constructora Andina
    # 91" (a firm), "Ruta 14", "Article 213", "Second Criminal Court", "14 million dollars",
    # "63 witnesses", "22 sessions", "40 rural bridges", "200 supporters", "61" (age),
    # "twice" (paid twice, a count), "the previous government", "the second conviction", "as
    # long as necessary", "Until the appeal is heard" (event-named), "EFE rp/jm".
    "alcandia-ex-minister-embezzlement-verdict": (
        "1998-11-27",
        [
            ("eight years", "DURATION", "P8Y"),
            ("Nov 27", "DATE", "1998-11-27"),
            ("eight years", "DURATION", "P8Y"),
            ("1991", "DATE", "1991"),
            ("1994", "DATE", "1994"),
            ("Thursday night", "TIME", "1998-11-26TNI"),
            ("11:40 pm local time", "TIME", "1998-11-26T23:40"),
            ("0240 GMT", "TIME", "1998-11-27T02:40"),
            ("Friday", "DATE", "1998-11-27"),
            ("more than 14 hours", "DURATION", "PT14H"),
            ("last 3 March", "DATE", "1998-03-03"),
            ("Monday", "DATE", "1998-11-30"),
            ("ten days", "DURATION", "P10D"),
            ("12 years", "DURATION", "P12Y"),
            ("this Friday", "DATE", "1998-11-27"),
            ("14 September", "DATE", "1998-09-14"),
            ("1991", "DATE", "1991"),
            ("1995", "DATE", "1995"),
            ("four years", "DURATION", "P4Y"),
            ("1996", "DATE", "1996"),
            ("15 January", "DATE", "1999-01-15"),
            ("early Thursday", "DATE", "1998-11-26"),
            ("the night", "TIME", "1998-11-26TNI"),
            ("1995", "DATE", "1995"),
            ("Wednesday evening", "TIME", "1998-11-25TEV"),
            ("a day", "DURATION", "P1D"),
            ("1990", "DATE", "1990"),
            ("1994", "DATE", "1994"),
            ("five years", "DURATION", "P5Y"),
            ("Thursday afternoon", "TIME", "1998-11-26TAF"),
            ("six months", "DURATION", "P6M"),
            ("2001", "DATE", "2001"),
            ("this year", "DATE", "1998"),
            ("July", "DATE", "1998-07"),
            ("twice a week", "SET", "P1W"),
            ("more than five years", "DURATION", "P5Y"),
            ("1992", "DATE", "1992"),
        ],
    ),
    # Saturday 2000-03-25 (ISO week 12), AP-style protest-anniversary story from an invented
    # Central European country, headline ("10 Years After Square Shootings"), AP header date
    # line "Saturday, March 25, 2000" (one DATE span with its weekday, gold_blind34), byline,
    # "KOLBRIN, Drevania (AP) _" dateline; AP copy of the time uses "today" and "tonight" for
    # the day of the wire (gold_blind34). The shootings were on 1990-03-25: "10 Years After"
    # and "exactly 10 years after" are durations anchored to the event, P10Y, the modifier
    # kept (gold_blind35's "Two Weeks After Quake"); "within three months" P3M; "10 a.m." and
    # "noon" (T12:00, gold_blind2) clock times of today's march; "two minutes" PT2M. "every
    # year since 1991" and "every Wednesday since 1992" a SET and a DATE each (gold_blind54);
    # "this year's" -> "this year" 2000; "the largest since 1995" 1995; "January" 2000-01
    # and "December" 1999-12 (past); "April" 2000-04 (future); "by the end of June" -> "the
    # end of June" 2000-06 (the month's value, gold_blind34). Past weekdays: "said Friday"
    # 2000-03-24, "Friday evening" 2000-03-24TEV with "hours before" PTXH. Future: "tonight"
    # 2000-03-25TNI, "Sunday morning" 2000-03-26TMO, "Next Saturday" in a Saturday story the
    # Saturday a week ahead, 2000-04-01 (gold_blind47's "next Sunday" in a Sunday paper). The
    # 1990 story line: "the 1990 shootings" (adjectival year), "the spring of 1990" 1990-SP,
    # "daily demonstrations" SET P1D (an adjectival frequency naming a recurrence,
    # gold_blind35), "11 weeks" P11W, "Within days" -> "days" PXD, "June 12" and "November" in
    # 1990 (the narrative's year, gold_blind28). "For 10 years" P10Y; "in 1997 for 30 years"
    # 1997 and P30Y; "the 1998 election"; "the fall of 2002" 2002-FA. Not annotated: "14
    # people", "14 times", "40,000", "100,000", "250,000 signatures", "tram line 90" (in a
    # story about 1990), ages "31" and "19-year-old", "all-night" (an adjective, gold_blind80),
    # "Civic Alliance", "the previous government", "Patience is over", "the first free
    # elections", "Liberty Square".
    "kolbrin-square-shootings-anniversary-march": (
        "2000-03-25",
        [
            ("10 Years", "DURATION", "P10Y"),
            ("Saturday, March 25, 2000", "DATE", "2000-03-25"),
            ("today", "DATE", "2000-03-25"),
            ("exactly 10 years", "DURATION", "P10Y"),
            ("three months", "DURATION", "P3M"),
            ("10 a.m.", "TIME", "2000-03-25T10:00"),
            ("noon", "TIME", "2000-03-25T12:00"),
            ("two minutes", "DURATION", "PT2M"),
            ("every year", "SET", "P1Y"),
            ("1991", "DATE", "1991"),
            ("this year", "DATE", "2000"),
            ("1995", "DATE", "1995"),
            ("January", "DATE", "2000-01"),
            ("1990", "DATE", "1990"),
            ("1994", "DATE", "1994"),
            ("1996", "DATE", "1996"),
            ("December", "DATE", "1999-12"),
            ("10 years", "DURATION", "P10Y"),
            ("every Wednesday", "SET", "XXXX-WXX-3"),
            ("1992", "DATE", "1992"),
            ("1998", "DATE", "1998"),
            ("Friday", "DATE", "2000-03-24"),
            ("Friday evening", "TIME", "2000-03-24TEV"),
            ("hours", "DURATION", "PTXH"),
            ("1997", "DATE", "1997"),
            ("30 years", "DURATION", "P30Y"),
            ("April", "DATE", "2000-04"),
            ("the end of June", "DATE", "2000-06"),
            ("the spring of 1990", "DATE", "1990-SP"),
            ("daily", "SET", "P1D"),
            ("11 weeks", "DURATION", "P11W"),
            ("days", "DURATION", "PXD"),
            ("June 12", "DATE", "1990-06-12"),
            ("November", "DATE", "1990-11"),
            ("tonight", "TIME", "2000-03-25TNI"),
            ("Sunday morning", "TIME", "2000-03-26TMO"),
            ("Next Saturday", "DATE", "2000-04-01"),
            ("the fall of 2002", "DATE", "2002-FA"),
        ],
    ),
    # Wednesday 1999-04-21 (ISO week 16), AP-style referendum story from an invented Latin
    # American republic, headline ("Vote Sunday"), AP header date line "Wednesday, April 21,
    # 1999" (one DATE span), byline, "CIUDAD ALVEAR, Quenaria (AP) _" dateline; "today" the
    # day of the wire. The vote is Sunday 1999-04-25 (headline, lead, "4 p.m. Sunday");
    # "with four days to go" P4D. Future weekdays: "midnight Thursday" -> "midnight"
    # 1999-04-22T24:00, the midnight ending the named day (gold_blind32, gold_blind54), and
    # "Thursday"; "from 6 p.m. Saturday until 6 a.m. Monday" 1999-04-24T18:00, Saturday,
    # 1999-04-26T06:00, Monday; "from 8 a.m. to 4 p.m. Sunday" the clock times on 1999-04-25;
    # "by 9 p.m." the same polling day, the day of its narrative (gold_blind28's "8 p.m."
    # of polling day); "until Monday's count" 1999-04-26; "Sunday afternoon" 1999-04-25TAF.
    # Past weekdays: "published Monday" 1999-04-19, "Tuesday night" 1999-04-20TNI, "arrived
    # Tuesday" 1999-04-20. "the 1967 constitution" adjectival year; "in force for 32 years"
    # P32Y; "August 1996"; "four-year" P4Y; "February" and "March" 1999 (past); "seven months"
    # P7M; "six years" P6Y; "July 1" 1999-07-01 (future); "May 2000" and "a runoff a month
    # later" 2000-06, "N later" at the unit's granularity from the last date of its story
    # line (gold_blind60); "until 2006" 2006; "a month ago" 1999-03; "three years ago" 1996;
    # "every night this week" a SET XXXX-XX-XXTNI and a DATE 1999-W16 (gold_blind34); "after
    # two weeks" P2W; "In recent weeks" -> "recent weeks" PAST_REF; "almost every day" SET P1D
    # (gold_blind35); quoted generic "Four years" P4Y and "twelve years" P12Y. Not annotated:
    # "Decree 67" (a decree number echoing 1967), "the daily El Vigia" (a newspaper), "52
    # percent", "41 percent", "30,000 people", "4.3 million", ages "58", "44", "aged 18 to 70",
    # "the Organization of American States", "a second term", "one immediate re-election",
    # "only once" (a count), "always", "the previous government".
    "quenaria-charter-referendum-sunday": (
        "1999-04-21",
        [
            ("Sunday", "DATE", "1999-04-25"),
            ("Wednesday, April 21, 1999", "DATE", "1999-04-21"),
            ("Sunday", "DATE", "1999-04-25"),
            ("1967", "DATE", "1967"),
            ("four days", "DURATION", "P4D"),
            ("today", "DATE", "1999-04-21"),
            ("August 1996", "DATE", "1996-08"),
            ("four-year", "DURATION", "P4Y"),
            ("February", "DATE", "1999-02"),
            ("seven months", "DURATION", "P7M"),
            ("six years", "DURATION", "P6Y"),
            ("July 1", "DATE", "1999-07-01"),
            ("May 2000", "DATE", "2000-05"),
            ("a month later", "DATE", "2000-06"),
            ("midnight", "TIME", "1999-04-22T24:00"),
            ("Thursday", "DATE", "1999-04-22"),
            ("6 p.m.", "TIME", "1999-04-24T18:00"),
            ("Saturday", "DATE", "1999-04-24"),
            ("6 a.m.", "TIME", "1999-04-26T06:00"),
            ("Monday", "DATE", "1999-04-26"),
            ("8 a.m.", "TIME", "1999-04-25T08:00"),
            ("4 p.m.", "TIME", "1999-04-25T16:00"),
            ("Sunday", "DATE", "1999-04-25"),
            ("9 p.m.", "TIME", "1999-04-25T21:00"),
            ("March", "DATE", "1999-03"),
            ("Monday", "DATE", "1999-04-19"),
            ("a month ago", "DATE", "1999-03"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("this week", "DATE", "1999-W16"),
            ("three years ago", "DATE", "1996"),
            ("2006", "DATE", "2006"),
            ("Tuesday night", "TIME", "1999-04-20TNI"),
            ("1993", "DATE", "1993"),
            ("two weeks", "DURATION", "P2W"),
            ("32 years", "DURATION", "P32Y"),
            ("1988", "DATE", "1988"),
            ("Tuesday", "DATE", "1999-04-20"),
            ("Monday", "DATE", "1999-04-26"),
            ("Sunday afternoon", "TIME", "1999-04-25TAF"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("almost every day", "SET", "P1D"),
            ("Four years", "DURATION", "P4Y"),
            ("twelve years", "DURATION", "P12Y"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
