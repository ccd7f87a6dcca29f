"""Annotations of blind gold set 606, chosen by hand before the tagger ran.

    python tests/data/gold_blind606/annotate.py [--show]

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
    # Thursday 1990-02-15 (ISO week 7), AP court story as a morning member paper prints it:
    # folio "THE COOSA VALLEY LEDGER  Thursday, February 15, 1990  Page 5A" (one DATE span with
    # its weekday, gold_blind35), section label, headline and deck, AP byline, "CULLEN
    # SPRINGS, Ga. (AP) _" dateline. AMs-cycle copy names the wire's day by its weekday: the
    # verdict "Wednesday" 1990-02-14 ("shortly after 4 p.m. Wednesday" -> "4 p.m."
    # 1990-02-14T16:00 and the DATE, "shortly after" a signal, gold_blind32), "Odom said
    # Wednesday night" 1990-02-14TNI, "returned to the jury room early Wednesday" DATE
    # 1990-02-14 (gold_blind32's "early today"), "since Monday" 1990-02-12, "at 2:15 p.m.
    # Tuesday" 1990-02-13T14:15 plus the DATE. Future: the cousin "to be arraigned Friday"
    # (deck and body) 1990-02-16, "Mama would have been 63 on Saturday" 1990-02-17 (the
    # birthday still ahead; the counterfactual does not move the day, gold_blind103's "Five
    # years ago"), "on Sunday" 1990-02-18; "9 a.m. March 2" 1990-03-02T09:00 and the DATE;
    # "probably in April" 1990-04. The crime: "the night of Aug. 19" one TIME span
    # 1989-08-19TNI (gold_blind32's "the night of July 24"); the tape "stamped 11:38 p.m." is
    # that night's clock time; "15 minutes later" an anchored TIME on the exact 11:38 p.m.,
    # 1989-08-19T23:53 (gold_blind44, gold_blind47); "the next morning" 1989-08-20TMO;
    # Odom's "that night" the night of the crime, 1989-08-19TNI; "last summer" in February
    # 1990 is 1989-SU; the headline's "1989" DATE 1989. Durations: "about five hours over two
    # days" PT5H and P2D; "at least seven years" P7Y; "two days after the shooting" P2D and
    # "closed for a month after the shooting" P1M (durations anchored to an event are the
    # duration alone, gold_blind35); "within 30 days of sentencing" P30D; "took three days"
    # P3D; "the county's first murder trial in three years" P3Y (the period of a "first in");
    # "We've waited six months" P6M. Sets: "every Sunday" XXXX-WXX-7, "same as every week"
    # P1W, "on weekends" -> "weekends" XXXX-WXX-WE (gold_blind7); "now locks its doors at 11
    # p.m." a habitual closing hour, XXXX-XX-XXT23:00 (gold_blind32, gold_blind103), "now"
    # PRESENT_REF. Not annotated: "Page 5A", "STATE", "U.S. 411", "$188", "404-555-1989" (a
    # phone number holding 1989, beside the annotated "1989"), "No. 89-CR-0819" (a case
    # number holding 89 and 0819, the year and day of the crime), "a mandatory life sentence"
    # (no duration value; gold_blind46 avoided "life in prison"), "the night shift" (a kind
    # of shift), "24-year-old", "62", "17", "41", "63" (ages), "a second clerk".
    "tolliver-county-clerk-slaying-verdict": (
        "1990-02-15",
        [
            ("Thursday, February 15, 1990", "DATE", "1990-02-15"),
            ("1989", "DATE", "1989"),
            ("March 2", "DATE", "1990-03-02"),
            ("Friday", "DATE", "1990-02-16"),
            ("about five hours", "DURATION", "PT5H"),
            ("two days", "DURATION", "P2D"),
            ("Wednesday", "DATE", "1990-02-14"),
            ("last summer", "DATE", "1989-SU"),
            ("4 p.m.", "TIME", "1990-02-14T16:00"),
            ("Wednesday", "DATE", "1990-02-14"),
            ("9 a.m.", "TIME", "1990-03-02T09:00"),
            ("March 2", "DATE", "1990-03-02"),
            ("at least seven years", "DURATION", "P7Y"),
            ("the night of Aug. 19", "TIME", "1989-08-19TNI"),
            ("11:38 p.m.", "TIME", "1989-08-19T23:38"),
            ("15 minutes later", "TIME", "1989-08-19T23:53"),
            ("the next morning", "TIME", "1989-08-20TMO"),
            ("1983", "DATE", "1983"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("two days", "DURATION", "P2D"),
            ("that night", "TIME", "1989-08-19TNI"),
            ("Wednesday night", "TIME", "1990-02-14TNI"),
            ("30 days", "DURATION", "P30D"),
            ("Feb. 5", "DATE", "1990-02-05"),
            ("three days", "DURATION", "P3D"),
            ("Monday", "DATE", "1990-02-12"),
            ("2:15 p.m.", "TIME", "1990-02-13T14:15"),
            ("Tuesday", "DATE", "1990-02-13"),
            ("early Wednesday", "DATE", "1990-02-14"),
            ("Friday", "DATE", "1990-02-16"),
            ("April", "DATE", "1990-04"),
            ("three years", "DURATION", "P3Y"),
            ("six months", "DURATION", "P6M"),
            ("Saturday", "DATE", "1990-02-17"),
            ("Sunday", "DATE", "1990-02-18"),
            ("every week", "SET", "P1W"),
            ("a month", "DURATION", "P1M"),
            ("now", "DATE", "PRESENT_REF"),
            ("11 p.m.", "TIME", "XXXX-XX-XXT23:00"),
            ("weekends", "SET", "XXXX-WXX-WE"),
        ],
    ),
    # Wednesday 1989-08-16 (ISO week 33), AP PM-cycle wire copy: header date line "Wednesday,
    # August 16, 1989" (one DATE span, gold_blind34), headline, editor's note ("Eds: UPDATES
    # with mayor's comments today ..."; its "today" is the wire's day), byline, "COTTONWOOD
    # BLUFFS, Kan. (AP) _" dateline; "today" and "early today" are the publication day
    # (gold_blind32's "early today"). The meeting "began at 7 p.m. Tuesday" 1989-08-15T19:00
    # plus the DATE "and ended at 12:40 a.m.", a clock time after midnight taking the new day,
    # 1989-08-16T00:40 (gold_blind30); Pacheco "said Tuesday night" 1989-08-15TNI. Future:
    # signatures from "Saturday" 1989-08-19; "perhaps as early as November" -> "November"
    # 1989-11 ("as early as" a signal, gold_blind32); bills "in November" 1989-11, due "on Dec.
    # 20 and May 10" 1989-12-20 and 1990-05-10; "by Aug. 25" 1989-08-25; "starting Oct. 1"
    # 1989-10-01; "beginning Jan. 1" 1990-01-01; "starting next month" 1989-09; the pool "on
    # Aug. 27, eight days before Labor Day" -> 1989-08-27, DURATION P8D and "Labor Day"
    # 1989-09-04 (the first Monday of September). Past: "on July 25" 1989-07-25, "last week"
    # 1989-W32, "twice this summer" -> "this summer" 1989-SU, "since the 1970s" -> "the 1970s"
    # 197, "the last increase, in 1984, was followed a year later" -> "1984" and the anchored
    # "a year later" DATE 1985 (the unit's granularity, gold_blind17). "a $38.6 million
    # budget for 1990" -> "1990" (the city's budget year is the calendar year, no fiscal year
    # named); the water board's "fiscal 1990, which for the board begins Oct. 1" -> FY1990
    # (named by the year it ends, gold_blind13, gold_blind20) plus "Oct. 1" 1989-10-01.
    # Sets: "from twice a week to once a week" two SETs P1W (gold_blind35); "on Sundays and
    # Monday evenings" XXXX-WXX-7 and XXXX-WXX-1TEV (gold_blind2, gold_blind13). Durations:
    # "nearly four hours" PT4H, "three minutes each" PT3M, "after three years of flat
    # budgets" P3Y, "for 90 days" P90D, "within 30 days" P30D. Not annotated: "4-3", "1200 N.
    # Main St.", "38.2 to 42.6 mills", "$38.6 million", "$60,000", "$29", "6 percent",
    # "2,400", "150", "68", "316-555-1984" (a phone number holding 1984, beside the annotated
    # "1984"), "twice" and "a third time" (counts of postponements), "this time" (this
    # increase, gold_blind32), "around the clock" (idiom), "for the first time since 1984"
    # beyond "1984", "No pickup" and "TRIMS" (editors' words).
    "cottonwood-bluffs-property-tax-budget": (
        "1989-08-16",
        [
            ("Wednesday, August 16, 1989", "DATE", "1989-08-16"),
            ("1984", "DATE", "1984"),
            ("today", "DATE", "1989-08-16"),
            ("early today", "DATE", "1989-08-16"),
            ("1984", "DATE", "1984"),
            ("1990", "DATE", "1990"),
            ("7 p.m.", "TIME", "1989-08-15T19:00"),
            ("Tuesday", "DATE", "1989-08-15"),
            ("12:40 a.m.", "TIME", "1989-08-16T00:40"),
            ("nearly four hours", "DURATION", "PT4H"),
            ("three minutes", "DURATION", "PT3M"),
            ("November", "DATE", "1989-11"),
            ("Dec. 20", "DATE", "1989-12-20"),
            ("May 10", "DATE", "1990-05-10"),
            ("today", "DATE", "1989-08-16"),
            ("three years", "DURATION", "P3Y"),
            ("this summer", "DATE", "1989-SU"),
            ("July 25", "DATE", "1989-07-25"),
            ("last week", "DATE", "1989-W32"),
            ("Aug. 25", "DATE", "1989-08-25"),
            ("Tuesday night", "TIME", "1989-08-15TNI"),
            ("the 1970s", "DATE", "197"),
            ("90 days", "DURATION", "P90D"),
            ("Oct. 1", "DATE", "1989-10-01"),
            ("twice a week", "SET", "P1W"),
            ("once a week", "SET", "P1W"),
            ("Jan. 1", "DATE", "1990-01-01"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("Monday evenings", "SET", "XXXX-WXX-1TEV"),
            ("next month", "DATE", "1989-09"),
            ("Aug. 27", "DATE", "1989-08-27"),
            ("eight days", "DURATION", "P8D"),
            ("Labor Day", "DATE", "1989-09-04"),
            ("fiscal 1990", "DATE", "FY1990"),
            ("Oct. 1", "DATE", "1989-10-01"),
            ("Saturday", "DATE", "1989-08-19"),
            ("November", "DATE", "1989-11"),
            ("30 days", "DURATION", "P30D"),
            ("1984", "DATE", "1984"),
            ("a year later", "DATE", "1985"),
        ],
    ),
    # Tuesday 1991-01-08 (ISO week 2), AP state-wire copy of a second write-through: slug
    # "AP-PA--Row House Fire, 2nd Ld-Writethru,0418" (",0418" is the word count), headline,
    # editor's note, byline, "MONTRESSA, Pa. (AP) _" dateline and the closing transmission
    # line "AP-NR-01-08-91 1547EST": "01-08-91" DATE 1991-01-08 (month first, two-digit year,
    # like gold_blind41's "9/25/14") and "1547EST" TIME 1991-01-08T15:47 (a 24-hour clock time
    # with its zone run on, the zone in the span and not in the value, like "0742 GMT" in
    # gold_blind32). "this afternoon" (note and lead) 1991-01-08TAF; "early today" DATE
    # 1991-01-08; "at 1:15 p.m." that afternoon; "about 10 hours after firefighters carried
    # him" DURATION PT10H (anchored duration alone). The fire's night: "3:24 a.m." and "4:10
    # a.m." on the publication day, "four minutes later" an anchored TIME 1991-01-08T03:28,
    # the neighbour's "at about 3:20" (no a.m. written; the night of the fire) 1991-01-08T03:20.
    # "The temperature overnight fell" is the night begun on Monday evening, 1991-01-07TNI
    # (gold_blind21, gold_blind103); "the lowest reading this winter" -> "this winter"
    # 1991-WI (the winter of 1990-91 takes the year of its January, gold_blind10). "told a
    # neighbor Monday night" 1991-01-07TNI and "would call ... again in the morning" -> "the
    # morning" after that night, TIME 1991-01-08TMO (a narrative anchor, like "the next
    # morning", gold_blind32). Future: "by Friday" 1991-01-11, the funeral "for Saturday"
    # 1991-01-12, "on Thursday evening" 1991-01-10TEV. Past dates: "since Dec. 14" 1990-12-14,
    # "on Nov. 20 and Dec. 5" 1990-11-20 and 1990-12-05, "A 1986 city ordinance" 1986, "in
    # March 1989", "since 1976". "within 24 hours of a payment" PT24H; "the past 12 months"
    # P12M; "25 years" P25Y; "at least two weeks" P2W; "several days" PXD. Sets: "every
    # weekend" XXXX-WXX-WE; "every Saturday from 10 a.m. to 2 p.m." XXXX-WXX-6 and the two
    # hours XXXX-XX-XXT10:00 and XXXX-XX-XXT14:00 (gold_blind32, gold_blind62). Not
    # annotated: "AP-PA", "AP-NR", "2nd Ld", "0418" (a word count that looks like 04:18),
    # "6th graf", "pvs", "911", "Engine 19", "the 1800 block", "1600 Market St.", "6
    # degrees", "9-year-old", "58", "ages 4, 6 and 7", "71", "12" (ages), "second-floor",
    # "seven people", "the fourth fatal fire", "a night shift" (a kind), "heating shutoffs",
    # "door to door".
    "montressa-row-house-fire": (
        "1991-01-08",
        [
            ("this afternoon", "TIME", "1991-01-08TAF"),
            ("this afternoon", "TIME", "1991-01-08TAF"),
            ("early today", "DATE", "1991-01-08"),
            ("1:15 p.m.", "TIME", "1991-01-08T13:15"),
            ("about 10 hours", "DURATION", "PT10H"),
            ("3:24 a.m.", "TIME", "1991-01-08T03:24"),
            ("four minutes later", "TIME", "1991-01-08T03:28"),
            ("4:10 a.m.", "TIME", "1991-01-08T04:10"),
            ("Dec. 14", "DATE", "1990-12-14"),
            ("overnight", "TIME", "1991-01-07TNI"),
            ("this winter", "DATE", "1991-WI"),
            ("Nov. 20", "DATE", "1990-11-20"),
            ("Dec. 5", "DATE", "1990-12-05"),
            ("24 hours", "DURATION", "PT24H"),
            ("Friday", "DATE", "1991-01-11"),
            ("1986", "DATE", "1986"),
            ("March 1989", "DATE", "1989-03"),
            ("1976", "DATE", "1976"),
            ("the past 12 months", "DURATION", "P12M"),
            ("about 3:20", "TIME", "1991-01-08T03:20"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("25 years", "DURATION", "P25Y"),
            ("Monday night", "TIME", "1991-01-07TNI"),
            ("the morning", "TIME", "1991-01-08TMO"),
            ("at least two weeks", "DURATION", "P2W"),
            ("Saturday", "DATE", "1991-01-12"),
            ("several days", "DURATION", "PXD"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("2 p.m.", "TIME", "XXXX-XX-XXT14:00"),
            ("Thursday evening", "TIME", "1991-01-10TEV"),
            ("01-08-91", "DATE", "1991-01-08"),
            ("1547EST", "TIME", "1991-01-08T15:47"),
        ],
    ),
    # Monday 1990-07-02 (ISO week 27), AP state news briefs: label "OREGON NEWS BRIEFS", date
    # line "Monday, July 2, 1990" (one DATE span), credit line, five items each with a
    # headline and a "CITY, Ore. (AP) _" dateline; "today" and "early today" are the
    # publication day. Past weekdays: the crash "late Sunday" DATE 1990-07-01 (gold_blind34's
    # "late Sunday") "at 10:50 p.m." 1990-07-01T22:50; the plane "left Tamarack at 2:40 p.m.
    # Friday" 1990-06-29T14:40 plus the DATE, "had not landed by 5 p.m." the same afternoon,
    # found "Saturday morning" 1990-06-30TMO; the drowning "Saturday afternoon"
    # 1990-06-30TAF, the body "Sunday morning" 1990-07-01TMO; "over the weekend" -> "the
    # weekend" just gone, 1990-W26-WE (30 June-1 July, gold_blind32). Future weekdays in the
    # same story: patrols "from Tuesday through Sunday" 1990-07-03 and 1990-07-08 (Sunday in
    # both directions, gold_blind103), the mill "will reopen Tuesday" 1990-07-03. "the Fourth
    # of July" 1990-07-04, one DATE span with its determiner (a holiday on the day it falls
    # on). "until midnight July 6" -> "midnight" 1990-07-06T24:00 (the midnight ending the
    # named day, gold_blind32) and "July 6". "Last year ... between July 3 and July 5"
    # 1989-07-03 and 1989-07-05 (the year given by "Last year"); "since May" 1990-05, "in
    # April" 1990-04, "opened June 23" 1990-06-23, "built in 1974", "in 1988", "since 1979".
    # "15 minutes after the day shift began" DURATION PT15M and "about 18 hours after it
    # vanished" PT18H (anchored durations alone); "nearly three hours" PT3H; "within 10 days"
    # P10D; "the second drowning in the county in two weeks" P2W (the period of an ordinal
    # count, gold_blind103); "every summer" SET XXXX-SU. Not annotated: "OREGON NEWS
    # BRIEFS", "U.S. 26", "12 miles", "a family of five", "six traffic deaths", "the third
    # fatal crash", "the day shift", "Model 2200" (a model number), "$4,200", "Cessna 182",
    # "SEA90FA112" (a case number holding 90), "67", "64", "34-year-old", "19-year-old" (ages),
    # "140 people", "52 degrees", "a half-mile", "211 fires", "M-80s", "may sell" (the verb).
    "oregon-news-briefs-holiday-week": (
        "1990-07-02",
        [
            ("Monday, July 2, 1990", "DATE", "1990-07-02"),
            ("late Sunday", "DATE", "1990-07-01"),
            ("today", "DATE", "1990-07-02"),
            ("10:50 p.m.", "TIME", "1990-07-01T22:50"),
            ("nearly three hours", "DURATION", "PT3H"),
            ("May", "DATE", "1990-05"),
            ("the weekend", "DATE", "1990-W26-WE"),
            ("Tuesday", "DATE", "1990-07-03"),
            ("Sunday", "DATE", "1990-07-08"),
            ("the Fourth of July", "DATE", "1990-07-04"),
            ("early today", "DATE", "1990-07-02"),
            ("15 minutes", "DURATION", "PT15M"),
            ("about 6:15 a.m.", "TIME", "1990-07-02T06:15"),
            ("Tuesday", "DATE", "1990-07-03"),
            ("this afternoon", "TIME", "1990-07-02TAF"),
            ("1974", "DATE", "1974"),
            ("April", "DATE", "1990-04"),
            ("1988", "DATE", "1988"),
            ("Saturday morning", "TIME", "1990-06-30TMO"),
            ("about 18 hours", "DURATION", "PT18H"),
            ("2:40 p.m.", "TIME", "1990-06-29T14:40"),
            ("Friday", "DATE", "1990-06-29"),
            ("5 p.m.", "TIME", "1990-06-29T17:00"),
            ("every summer", "SET", "XXXX-SU"),
            ("1979", "DATE", "1979"),
            ("10 days", "DURATION", "P10D"),
            ("Saturday afternoon", "TIME", "1990-06-30TAF"),
            ("Sunday morning", "TIME", "1990-07-01TMO"),
            ("two weeks", "DURATION", "P2W"),
            ("June 23", "DATE", "1990-06-23"),
            ("midnight", "TIME", "1990-07-06T24:00"),
            ("July 6", "DATE", "1990-07-06"),
            ("Last year", "DATE", "1989"),
            ("July 3", "DATE", "1989-07-03"),
            ("July 5", "DATE", "1989-07-05"),
        ],
    ),
    # Friday 1991-05-17 (ISO week 20), AP story on an afternoon member paper's regional page:
    # section label "REGION", folio "Iron Range Evening Tribune * Friday, May 17, 1991 * Page
    # 3B" (one DATE span), headline, byline "By The Associated Press", "HOLLIS, Minn. (AP) _"
    # dateline, and a box "THE STRIKE AT A GLANCE" with dash-led lines. PM-cycle "today" is
    # Friday. "for the 18th straight day" -> "the 18th straight day" DURATION P1D (an ordinal
    # day of a run, like "for fifth straight day" in gold_blind13 and "the third day
    # running" in gold_blind45). Talks "Monday" (headline, lead, body, box) 1991-05-20, "at 10
    # a.m. Monday" 1991-05-20T10:00 plus the DATE; the mediator "said Thursday" 1991-05-16;
    # Fenwick "said Thursday night" 1991-05-16TNI. The walkout "at 7 a.m. April 30" (body)
    # and "7 a.m. Tuesday, April 30" (box; date with weekday one DATE span, gold_blind44)
    # 1991-04-30T07:00 and 1991-04-30; "expired March 31" 1991-03-31; "May 8" 1991-05-08;
    # "since the first of April" -> "the first of April" DATE 1991-04-01 (see README); "the
    # fiscal year that ends June 30" -> "the fiscal year" FY1991 (named by the year it ends,
    # gold_blind13) plus "June 30" 1991-06-30; "at noon Memorial Day" -> "noon"
    # 1991-05-27T12:00 and "Memorial Day" 1991-05-27 (the last Monday of May, gold_blind16).
    # Durations: "a 30-day contract" P30D, "a three-year contract" P3Y, "16-hour shifts"
    # PT16H and the quote's "back to 16 hours" PT16H, "about four hours" PT4H, "lasted 38 days"
    # P38D (body and box), "four-hour shifts" PT4H, the box's "9 percent over three years"
    # P3Y. Sets: "twice a week" P1W; pickets "from 6 a.m. to 10 p.m. daily" -> the hours
    # XXXX-XX-XXT06:00 and XXXX-XX-XXT22:00 and "daily" P1D (gold_blind34). "in 1984"
    # (body and box) 1984. Not annotated: "REGION", "Page 3B", "Local 1991" (a union local in
    # a 1991 story, twice, like "Local 1990" in gold_blind35), "341-52", "412", "160 beds",
    # "9 percent", "15 percent", "44", "218-555-0430" (a phone number holding 0430, the day
    # the strike began), "The last strike" (an event), "the red".
    "hollis-memorial-nurses-strike": (
        "1991-05-17",
        [
            ("Friday, May 17, 1991", "DATE", "1991-05-17"),
            ("Monday", "DATE", "1991-05-20"),
            ("the 18th straight day", "DURATION", "P1D"),
            ("today", "DATE", "1991-05-17"),
            ("Monday", "DATE", "1991-05-20"),
            ("7 a.m.", "TIME", "1991-04-30T07:00"),
            ("April 30", "DATE", "1991-04-30"),
            ("March 31", "DATE", "1991-03-31"),
            ("30-day", "DURATION", "P30D"),
            ("three-year", "DURATION", "P3Y"),
            ("16-hour", "DURATION", "PT16H"),
            ("twice a week", "SET", "P1W"),
            ("Thursday", "DATE", "1991-05-16"),
            ("10 a.m.", "TIME", "1991-05-20T10:00"),
            ("Monday", "DATE", "1991-05-20"),
            ("May 8", "DATE", "1991-05-08"),
            ("about four hours", "DURATION", "PT4H"),
            ("Thursday night", "TIME", "1991-05-16TNI"),
            ("the fiscal year", "DATE", "FY1991"),
            ("June 30", "DATE", "1991-06-30"),
            ("the first of April", "DATE", "1991-04-01"),
            ("16 hours", "DURATION", "PT16H"),
            ("1984", "DATE", "1984"),
            ("38 days", "DURATION", "P38D"),
            ("four-hour", "DURATION", "PT4H"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("daily", "SET", "P1D"),
            ("noon", "TIME", "1991-05-27T12:00"),
            ("Memorial Day", "DATE", "1991-05-27"),
            ("7 a.m.", "TIME", "1991-04-30T07:00"),
            ("Tuesday, April 30", "DATE", "1991-04-30"),
            ("March 31", "DATE", "1991-03-31"),
            ("three years", "DURATION", "P3Y"),
            ("10 a.m.", "TIME", "1991-05-20T10:00"),
            ("Monday", "DATE", "1991-05-20"),
            ("1984", "DATE", "1984"),
            ("38 days", "DURATION", "P38D"),
        ],
    ),
    # Sunday 1990-09-09 (ISO week 36), AP Sunday advance: release line "Eds: For release
    # Sunday, Sept. 9, 1990, and thereafter." -> "Sunday, Sept. 9, 1990" one DATE span, the
    # publication day (the label and "thereafter" left out, like the embargo line of
    # gold_blind42), headline, byline, "SAN ISIDRO, Texas (AP) _" dateline. As advances do,
    # the text names no relative weekday and no "today". Past in 1990: "in July" 1990-07 (lead)
    # and the closing quote's "the air-conditioning bill was for July" 1990-07; "on July 23"
    # 1990-07-23; "opened Aug. 27" 1990-08-27; "last spring" (twice) 1990-SP; "in January"
    # 1990-01; "This year we had to go in June" -> "This year" 1990 and "June" 1990-06; "since
    # June" 1990-06. Ahead: the intersession "begins Sept. 24 ... and ends Oct. 12" 1990-09-24
    # and 1990-10-12; "at Christmas" 1990-12-25; "at Easter" 1991-03-31 (Easter Sunday 1991);
    # "The last day of classes is June 28" the nearest coming June 28, 1991-06-28; "next
    # spring" 1991-SP; "this fall" 1990-FA; "the Legislature's 1993 session" -> "1993" (an
    # adjectival year). "between 1987 and 1989" two DATEs; "since the 1970s" -> "the 1970s"
    # 197. Durations: "for nine weeks and then get three weeks off" P9W and P3W; "takes two
    # years" P2Y; "two weeks of remedial classes" P2W; "off for two weeks ... and for a week"
    # P2W and P1W; "for 15 years" P15Y; "for six days" P6D. Sets: "every nine weeks" P9W,
    # "every six weeks" P6W, "on Saturday mornings" XXXX-WXX-6TMO (gold_blind7), "every
    # summer" XXXX-SU; the remedial classes' hours "from 8 a.m. to noon" XXXX-XX-XXT08:00 and
    # XXXX-XX-XXT12:00 (hours of a recurring service). "Right now" PRESENT_REF
    # (gold_blind34). Not annotated: "Year-Round" and "year-round calendar" (an adjective
    # naming a kind of calendar), "the traditional calendar", "intersession(s)", "Track A",
    # "farm days", "2,300", "five elementary schools", "1,050 districts", "11 percent", "a
    # third", "$6 million", "5-2", "four public hearings", "51", "a mother of three", "TEAMS",
    # "10 other districts", "512-555-0723" (a phone number holding 0723, the day classes
    # opened), "thereafter".
    "san-isidro-year-round-school": (
        "1990-09-09",
        [
            ("Sunday, Sept. 9, 1990", "DATE", "1990-09-09"),
            ("July", "DATE", "1990-07"),
            ("July 23", "DATE", "1990-07-23"),
            ("nine weeks", "DURATION", "P9W"),
            ("three weeks", "DURATION", "P3W"),
            ("Aug. 27", "DATE", "1990-08-27"),
            ("1987", "DATE", "1987"),
            ("1989", "DATE", "1989"),
            ("last spring", "DATE", "1990-SP"),
            ("two years", "DURATION", "P2Y"),
            ("January", "DATE", "1990-01"),
            ("Sept. 24", "DATE", "1990-09-24"),
            ("Oct. 12", "DATE", "1990-10-12"),
            ("two weeks", "DURATION", "P2W"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("Saturday mornings", "SET", "XXXX-WXX-6TMO"),
            ("every nine weeks", "SET", "P9W"),
            ("every six weeks", "SET", "P6W"),
            ("two weeks", "DURATION", "P2W"),
            ("Christmas", "DATE", "1990-12-25"),
            ("a week", "DURATION", "P1W"),
            ("Easter", "DATE", "1991-03-31"),
            ("June 28", "DATE", "1991-06-28"),
            ("every summer", "SET", "XXXX-SU"),
            ("15 years", "DURATION", "P15Y"),
            ("This year", "DATE", "1990"),
            ("June", "DATE", "1990-06"),
            ("six days", "DURATION", "P6D"),
            ("next spring", "DATE", "1991-SP"),
            ("last spring", "DATE", "1990-SP"),
            ("1993", "DATE", "1993"),
            ("June", "DATE", "1990-06"),
            ("the 1970s", "DATE", "197"),
            ("this fall", "DATE", "1990-FA"),
            ("Right now", "DATE", "PRESENT_REF"),
            ("July", "DATE", "1990-07"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
