"""Annotations of the four-hundred-and-twenty-fourth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind424/annotate.py [--show]

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
    # Saturday 1998-07-25 (ISO week 30), a state news agency's English wire (Xinhua-like) as
    # a news archive stores it: header "July 25, 1998, Saturday 18:40 Local Time" (the date
    # with its weekday one DATE span, the clock time a TIME with "Local Time" in the span,
    # like "9:30 a.m. local time" in gold_blind34), "LENGTH:", "HEADLINE:", "DATELINE:
    # KAOPENG, July 25 (BNA)" and "said here today" (gold_blind34: "here" left out, "today"
    # the day of the wire). Future: the crest "on Monday or Tuesday" 1998-07-27 and
    # 1998-07-28, the headline's "early next week" 1998-W31 (the modifier in the span, not
    # recorded), "the end of next week" 1998-W31 (gold_blind14, gold_blind35), "next year"
    # 1999, "mid-September" and "August" 1998. Past: the premier arrived "on Thursday"
    # 1998-07-23 and inspected the dikes "the next day", Friday 1998-07-24 (anchored on the
    # Thursday just told, gold_blind32), "Friday morning" 1998-07-24TMO, the breach "at about
    # 11:30 p.m. on Friday" (a clock time and its day, two TIMEX3), "overnight" the night
    # begun that Friday evening, 1998-07-24TNI (gold_blind34); trains "suspended since
    # Wednesday" 1998-07-22. "the first 24 days of July" -> "the first 24 days" DURATION
    # P24D and "July" DATE 1998-07, like "the first 10 months of this year" (gold_blind34);
    # "in June ... the same period of last year" 1998-06 and 1997-06 (gold_blind34); "in May"
    # 1998-05; "all of last year" -> "last year" 1997. "within two hours" PT2H, "the past eight
    # days" P8D, "the next 48 hours" PT48H, "the coming weeks" PXW; "twice a day" SET P1D,
    # "every two hours" SET PT2H; the county reports due "by 7 p.m. daily" -> "7 p.m."
    # XXXX-XX-XXT19:00 and "daily" SET P1D (hours of a recurring duty, gold_blind34); "A
    # 10-year ... program launched in 1993 ... by 2003" -> DURATION P10Y and two DATEs; "a 1996
    # regulation" DATE 1996 (an adjectival year). Not annotated: "LENGTH: 405 words", "213",
    # "46", "14.62 meters", "2.1 meters", "1.3 million", "38 counties", "412,000 hectares",
    # "the No. 3 dike" (twice), "300-meter", "14 villages", "6,000", "11", "80 to 120
    # millimeters", "612 millimeters", "its usual monthly total" (an adjective naming a kind of
    # total, gold_blind103), "41 percent", "302", "187", "150 million lanh", "40 medical teams",
    # "the rainy season" (twice) and "the flood season" (seasons of no calendar unit,
    # gold_blind59, gold_blind103), "for lack of funds".
    "bantang-mekhai-flood-toll": (
        "1998-07-25",
        [
            ("July 25, 1998, Saturday", "DATE", "1998-07-25"),
            ("18:40 Local Time", "TIME", "1998-07-25T18:40"),
            ("early next week", "DATE", "1998-W31"),
            ("July 25", "DATE", "1998-07-25"),
            ("today", "DATE", "1998-07-25"),
            ("July 17", "DATE", "1998-07-17"),
            ("1971", "DATE", "1971"),
            ("8 a.m.", "TIME", "1998-07-25T08:00"),
            ("today", "DATE", "1998-07-25"),
            ("Monday", "DATE", "1998-07-27"),
            ("Tuesday", "DATE", "1998-07-28"),
            ("the past eight days", "DURATION", "P8D"),
            ("Thursday", "DATE", "1998-07-23"),
            ("the next day", "DATE", "1998-07-24"),
            ("Friday morning", "TIME", "1998-07-24TMO"),
            ("about 11:30 p.m.", "TIME", "1998-07-24T23:30"),
            ("Friday", "DATE", "1998-07-24"),
            ("two hours", "DURATION", "PT2H"),
            ("overnight", "TIME", "1998-07-24TNI"),
            ("this afternoon", "TIME", "1998-07-25TAF"),
            ("the next 48 hours", "DURATION", "PT48H"),
            ("mid-September", "DATE", "1998-09"),
            ("August", "DATE", "1998-08"),
            ("the first 24 days", "DURATION", "P24D"),
            ("July", "DATE", "1998-07"),
            ("June", "DATE", "1998-06"),
            ("the same period of last year", "DATE", "1997-06"),
            ("May", "DATE", "1998-05"),
            ("last year", "DATE", "1997"),
            ("the coming weeks", "DURATION", "PXW"),
            ("twice a day", "SET", "P1D"),
            ("1996", "DATE", "1996"),
            ("every two hours", "SET", "PT2H"),
            ("7 p.m.", "TIME", "XXXX-XX-XXT19:00"),
            ("daily", "SET", "P1D"),
            ("10-year", "DURATION", "P10Y"),
            ("1993", "DATE", "1993"),
            ("2003", "DATE", "2003"),
            ("next year", "DATE", "1999"),
            ("Wednesday", "DATE", "1998-07-22"),
            ("the end of next week", "DATE", "1998-W31"),
        ],
    ),
    # Tuesday 1998-01-13 (ISO week 3), financial wire on a currency crisis, "UPDATE 2-"
    # headline, stamp "13 Jan 1998 11:52 GMT" (DATE and TIME, the zone in the span),
    # byline, "KOTA LINGGAM, Jan 13 (Asia Market News) -" dateline. "on Tuesday" is the
    # publication day; "Monday's close" and "told reporters on Monday" 1998-01-12 (past);
    # "the next test would come on Monday" 1998-01-19 (future; the same weekday both ways,
    # gold_blind34); "last Friday" 1998-01-09 (the Friday of the week before); "starting
    # Thursday" 1998-01-15 ("starting" a signal, gold_blind34). "entered their second week" ->
    # "their second week" DURATION P2W, the possessive kept, like "its fourth week"
    # (gold_blind35). "By 4:30 p.m. (0830 GMT)" a local time and its GMT equivalent, two TIMEs
    # (Marapura at GMT+8). "since ... on Aug. 11" 1997-08-11 (the nearest past Aug. 11);
    # "October" and both "December"s 1997; "the end of December" 1997-12 and "a year earlier"
    # after it 1996-12 (gold_blind34); "later this week" 1998-W03, "last week" 1998-W02, "a
    # week ago" 1998-W02 (the unit's granularity, gold_blind34). Marapura's fiscal year runs
    # April-March and is named by the year it ends: "the fiscal year that begins April 1"
    # -> "the fiscal year" FY1999 plus "April 1" 1998-04-01 (gold_blind35); "the first
    # quarter" of the economy is the calendar quarter 1998-Q1 (gold_blind35); "for the first
    # time in 13 years" P13Y and "the weakest in a decade" P10Y (the period of a "first in" and
    # of a superlative); "within days" -> "days" PXD; "mid-year" 1998 (like "midyear",
    # gold_blind6); "Lunar New Year, which falls on Jan. 28" two DATEs 1998-01-28 (a holiday on
    # its day, gold_blind57); "until February" 1998-02; "mid-January" 1998-01; "until at
    # least 1999" -> "at least 1999" (gold_blind35). "daily instead of weekly" two SETs.
    # Not annotated: "UPDATE 2", "its sixth straight losing session", "4,815", "4,662",
    # "5,000", "391.26", "3.2 percent" and the other percentages, "Overnight interbank rates"
    # (an adjective naming a kind of rate), "16 finance companies", "$14.2 billion", "$26.1
    # billion", "$1.9 billion", "short-term", "the Mega Port 2000 project" (a name holding a
    # year, gold_blind34), "41 trillion ringa", "Until there is a deal" (event-named).
    "marapura-ringa-record-low": (
        "1998-01-13",
        [
            ("13 Jan 1998", "DATE", "1998-01-13"),
            ("11:52 GMT", "TIME", "1998-01-13T11:52"),
            ("Jan 13", "DATE", "1998-01-13"),
            ("Tuesday", "DATE", "1998-01-13"),
            ("their second week", "DURATION", "P2W"),
            ("Monday", "DATE", "1998-01-12"),
            ("Aug. 11", "DATE", "1997-08-11"),
            ("the past three months", "DURATION", "P3M"),
            ("4:30 p.m.", "TIME", "1998-01-13T16:30"),
            ("0830 GMT", "TIME", "1998-01-13T08:30"),
            ("January 1988", "DATE", "1988-01"),
            ("later this week", "DATE", "1998-W03"),
            ("Jan. 5", "DATE", "1998-01-05"),
            ("last Friday", "DATE", "1998-01-09"),
            ("Monday", "DATE", "1998-01-12"),
            ("days", "DURATION", "PXD"),
            ("this morning", "TIME", "1998-01-13TMO"),
            ("last week", "DATE", "1998-W02"),
            ("the fiscal year", "DATE", "FY1999"),
            ("April 1", "DATE", "1998-04-01"),
            ("October", "DATE", "1997-10"),
            ("the first quarter", "DATE", "1998-Q1"),
            ("13 years", "DURATION", "P13Y"),
            ("a week ago", "DATE", "1998-W02"),
            ("daily", "SET", "P1D"),
            ("weekly", "SET", "P1W"),
            ("Thursday", "DATE", "1998-01-15"),
            ("the end of December", "DATE", "1997-12"),
            ("a year earlier", "DATE", "1996-12"),
            ("December", "DATE", "1997-12"),
            ("mid-year", "DATE", "1998"),
            ("Lunar New Year", "DATE", "1998-01-28"),
            ("Jan. 28", "DATE", "1998-01-28"),
            ("a decade", "DURATION", "P10Y"),
            ("February", "DATE", "1998-02"),
            ("Monday", "DATE", "1998-01-19"),
            ("Jan. 30", "DATE", "1998-01-30"),
            ("mid-January", "DATE", "1998-01"),
            ("December", "DATE", "1997-12"),
            ("at least 1999", "DATE", "1999"),
        ],
    ),
    # Thursday 1999-03-18 (ISO week 11), European agency's peace-talks wire, headline ("by 30
    # days ... in April"), dateline "LOKANDA, Sarambe, March 18, 1999 (CWS) -" with the year
    # (gold_blind28); "agreed here on Thursday" the publication day ("here" left out). The
    # ceasefire was "due to expire at midnight on Sunday": the midnight that ends Sunday,
    # 1999-03-21T24:00, and "Sunday" 1999-03-21 (gold_blind40); extended "by 30 days" (the
    # size of the extension, DURATION P30D, headline and lead). The talks "opened on Monday"
    # 1999-03-15 and ran "four days" P4D to Thursday; they "nearly collapsed late Wednesday"
    # 1999-03-17 (DATE, the modifier in the span, gold_blind34) after a rejection "the
    # previous day", Tuesday 1999-03-16 (against the most recent date of its story line,
    # gold_blind34); "9 a.m. (0700 GMT) on Thursday" two TIMEs and a DATE (Sarambe at GMT+2);
    # the spokesman spoke "on Tuesday" 1999-03-16. Future: "April 6" 1999-04-06, the headline's
    # "in April" and "the end of April" 1999-04, "May" 1999-05, "next week" 1999-W12 (twice),
    # "March 26 at 10 a.m." (a Friday, the first of the weekly meetings) 1999-03-26 and
    # 1999-03-26T10:00, "this evening" 1999-03-18TEV. "earlier this week" 1999-W11
    # (gold_blind18, gold_blind36); "early January" 1999-01; "since December" 1998-12; "last
    # October" 1998-10; "the first real progress in 18 months" P18M (the period of a "first
    # in", gold_blind35) and "within 18 months of a final settlement" P18M (anchored to an
    # event, the duration alone); "collapsed after three months" P3M; "within two weeks" P2W;
    # "every day" SET P1D; "every Friday ... from next week" SET XXXX-WXX-5 and a DATE
    # (gold_blind35's "every Saturday since mid-January"); "now" PRESENT_REF. Not annotated:
    # "an all-night meeting" (an adjective naming a kind of meeting), "Karl Winter" (a name,
    # in a story without an annotated winter), "the rainy season", "300 prisoners", "60,000",
    # "14 civilians", "40,000", "1.2 million", "67" (an age), "12-nation", "12-point", "five
    # times", "a second round", "the first real progress" beyond "18 months".
    "ondara-truce-extended-talks-april": (
        "1999-03-18",
        [
            ("30 days", "DURATION", "P30D"),
            ("April", "DATE", "1999-04"),
            ("March 18, 1999", "DATE", "1999-03-18"),
            ("Thursday", "DATE", "1999-03-18"),
            ("30 days", "DURATION", "P30D"),
            ("midnight", "TIME", "1999-03-21T24:00"),
            ("Sunday", "DATE", "1999-03-21"),
            ("April 6", "DATE", "1999-04-06"),
            ("four days", "DURATION", "P4D"),
            ("Monday", "DATE", "1999-03-15"),
            ("late Wednesday", "DATE", "1999-03-17"),
            ("the previous day", "DATE", "1999-03-16"),
            ("9 a.m.", "TIME", "1999-03-18T09:00"),
            ("0700 GMT", "TIME", "1999-03-18T07:00"),
            ("Thursday", "DATE", "1999-03-18"),
            ("two weeks", "DURATION", "P2W"),
            ("early January", "DATE", "1999-01"),
            ("18 months", "DURATION", "P18M"),
            ("December", "DATE", "1998-12"),
            ("now", "DATE", "PRESENT_REF"),
            ("Feb. 1", "DATE", "1999-02-01"),
            ("earlier this week", "DATE", "1999-W11"),
            ("Tuesday", "DATE", "1999-03-16"),
            ("November 1991", "DATE", "1991-11"),
            ("June 1997", "DATE", "1997-06"),
            ("three months", "DURATION", "P3M"),
            ("last October", "DATE", "1998-10"),
            ("1986", "DATE", "1986"),
            ("18 months", "DURATION", "P18M"),
            ("May", "DATE", "1999-05"),
            ("every day", "SET", "P1D"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("next week", "DATE", "1999-W12"),
            ("March 26", "DATE", "1999-03-26"),
            ("10 a.m.", "TIME", "1999-03-26T10:00"),
            ("the end of April", "DATE", "1999-04"),
            ("this evening", "TIME", "1999-03-18TEV"),
            ("Thursday", "DATE", "1999-03-18"),
            ("next week", "DATE", "1999-W12"),
        ],
    ),
    # Wednesday 1999-11-03 (ISO week 44), US wire plane-crash story with the wire's slug
    # ("BC-Commuter Crash, 1st Ld-Writethru,0376") and editors' note, headline, header line
    # "Wednesday, November 3, 1999" (one DATE span, gold_blind34), byline, "RILEY FALLS,
    # Minn. (TWN) _" dateline; "today" the day of the wire, "this morning" and "this
    # afternoon" its parts. The crash was "Tuesday night" 1999-11-02TNI; its clock times take
    # that day ("9:47 p.m. CST" with the zone in the span, "9:51 p.m.", "about 11:40 p.m.",
    # "about 9:20 p.m."), "early that evening" 1999-11-02TEV (the evening of the narrative's
    # day, modifier kept), "Tuesday evening" 1999-11-02TEV, and "last night" in a Wednesday
    # story the night of Tuesday, 1999-11-02TNI (gold_blind35). "early today" DATE
    # 1999-11-03 (gold_blind32); "about 10:15 a.m." and "6 a.m." today. Future: "until Friday"
    # 1999-11-05, "Saturday at 2 p.m." 1999-11-06 and 1999-11-06T14:00, "7:30 a.m. Thursday"
    # 1999-11-04T07:30 and 1999-11-04, "the weekend" 1999-W44-WE (6-7 November). Past: "on
    # Monday" 1999-11-01, "Oct. 28" 1999-10-28; "On Aug. 9, 1998 ... the next day" 1998-08-10;
    # "the airline's second accident in 14 months" P14M (a count in a period gives the
    # period, gold_blind103); "at least a week" P1W, "within 30 days" P30D, "a year or more"
    # -> "a year" P1Y, "for six years" P6Y; "twice a day" SET P1D, "every hour" SET PT1H;
    # "1962", "1978", "last year" 1998. Not annotated: the slug's "1st" and "0376" (a word
    # count), "Flight 1914", "Halvard 1800" and "Halvard 1800s" (an aircraft model, gold_blind34),
    # "Runway 31", "1-800-555-1999" (a phone number holding the year), "19 people", "14"
    # (headline and lead), "2 miles", "1 1/2 miles", "12-year-old", "41" (an age), "Five
    # passengers", "410,000", "Northstar's morning flight" (an adjective naming a service),
    # "around the clock" (idiom, gold_blind35), "the first fatal one", "after the crash".
    "riley-falls-commuter-crash": (
        "1999-11-03",
        [
            ("Wednesday, November 3, 1999", "DATE", "1999-11-03"),
            ("Tuesday night", "TIME", "1999-11-02TNI"),
            ("today", "DATE", "1999-11-03"),
            ("9:47 p.m. CST", "TIME", "1999-11-02T21:47"),
            ("9:51 p.m.", "TIME", "1999-11-02T21:51"),
            ("about 11:40 p.m.", "TIME", "1999-11-02T23:40"),
            ("this morning", "TIME", "1999-11-03TMO"),
            ("early that evening", "TIME", "1999-11-02TEV"),
            ("about 9:20 p.m.", "TIME", "1999-11-02T21:20"),
            ("early today", "DATE", "1999-11-03"),
            ("about 10:15 a.m.", "TIME", "1999-11-03T10:15"),
            ("at least a week", "DURATION", "P1W"),
            ("30 days", "DURATION", "P30D"),
            ("a year", "DURATION", "P1Y"),
            ("six years", "DURATION", "P6Y"),
            ("Oct. 28", "DATE", "1999-10-28"),
            ("this afternoon", "TIME", "1999-11-03TAF"),
            ("twice a day", "SET", "P1D"),
            ("Friday", "DATE", "1999-11-05"),
            ("14 months", "DURATION", "P14M"),
            ("Aug. 9, 1998", "DATE", "1998-08-09"),
            ("the next day", "DATE", "1998-08-10"),
            ("1962", "DATE", "1962"),
            ("last night", "TIME", "1999-11-02TNI"),
            ("the weekend", "DATE", "1999-W44-WE"),
            ("Saturday", "DATE", "1999-11-06"),
            ("2 p.m.", "TIME", "1999-11-06T14:00"),
            ("6 a.m.", "TIME", "1999-11-03T06:00"),
            ("today", "DATE", "1999-11-03"),
            ("7:30 a.m.", "TIME", "1999-11-04T07:30"),
            ("Thursday", "DATE", "1999-11-04"),
            ("Monday", "DATE", "1999-11-01"),
            ("every hour", "SET", "PT1H"),
            ("Tuesday evening", "TIME", "1999-11-02TEV"),
            ("1978", "DATE", "1978"),
            ("last year", "DATE", "1998"),
        ],
    ),
    # Monday 2000-05-29 (ISO week 22), Latin American agency's election-result wire, headline
    # ("ending 14 years"), stamp "29 May 2000 06:15 GMT", "PUERTO ALCARAZ, May 29 (Prensa
    # Austral) -" dateline. The runoff was "Sunday" 2000-05-28 ("Sunday's" without the "'s");
    # results "early Monday" the publication day (DATE, gold_blind40); "at 1 a.m. (0600
    # GMT)" and "1:40 a.m." on Monday (Montaraz at GMT-5); "late Sunday" 2000-05-28; the
    # quoted "Tonight" was said late Sunday and is that night, 2000-05-28TNI (quoted speech
    # anchored to the day it was spoken, gold_blind40); "the early hours of Monday" DATE
    # 2000-05-29 (gold_blind11); "Polls closed at 4 p.m. on Sunday" 2000-05-28T16:00 and the
    # DATE. "the first round on April 30" 2000-04-30 and "Congressional elections held the
    # same day" 2000-04-30 (gold_blind52); "a televised debate on May 18" (a Thursday, week
    # 20) and "the following week" 2000-W21 (anchored on May 18, like "the following year" in
    # gold_blind28); "until mid-May" 2000-05. Future: "within 10 days, by June 8" P10D and
    # 2000-06-08; "Aug. 1" 2000-08-01; "a six-year term" P6Y; "July 20" 2000-07-20; "her first
    # 100 days" P100D (gold_blind14, gold_blind40); "the end of next year" 2001; "next week"
    # 2000-W23; "on Wednesday" 2000-05-31. "last year" 1999, "its first contraction since
    # 1983" a DATE (the signal "since"); "the first quarter" 2000-Q1 (calendar, a country);
    # "over the past 12 months" P12M; "monthly town meetings" SET P1M (gold_blind35); "the
    # most orderly in decades" -> "decades" DURATION PXY; "this morning" 2000-05-29TMO; "in
    # early trading today" -> "today". Not annotated: "Alianza 2000" (a coalition named with
    # the year of the story, gold_blind34), "Plaza 12 de Octubre" (a square named for a date),
    # "52.7 percent" and the other percentages, "98 percent of polling stations", "58-year-old",
    # "190,000 votes", "120-seat", "the third-placed candidate", "a second consecutive term",
    # "the first round" (an event), "early trading" (a session, not a time of day).
    "montaraz-ibarra-wins-runoff": (
        "2000-05-29",
        [
            ("14 years", "DURATION", "P14Y"),
            ("29 May 2000", "DATE", "2000-05-29"),
            ("06:15 GMT", "TIME", "2000-05-29T06:15"),
            ("May 29", "DATE", "2000-05-29"),
            ("Sunday", "DATE", "2000-05-28"),
            ("early Monday", "DATE", "2000-05-29"),
            ("14 years", "DURATION", "P14Y"),
            ("1 a.m.", "TIME", "2000-05-29T01:00"),
            ("0600 GMT", "TIME", "2000-05-29T06:00"),
            ("1:40 a.m.", "TIME", "2000-05-29T01:40"),
            ("Tonight", "TIME", "2000-05-28TNI"),
            ("late Sunday", "DATE", "2000-05-28"),
            ("the early hours of Monday", "DATE", "2000-05-29"),
            ("April 30", "DATE", "2000-04-30"),
            ("the same day", "DATE", "2000-04-30"),
            ("4 p.m.", "TIME", "2000-05-28T16:00"),
            ("Sunday", "DATE", "2000-05-28"),
            ("10 days", "DURATION", "P10D"),
            ("June 8", "DATE", "2000-06-08"),
            ("Aug. 1", "DATE", "2000-08-01"),
            ("six-year", "DURATION", "P6Y"),
            ("July 20", "DATE", "2000-07-20"),
            ("1994", "DATE", "1994"),
            ("this morning", "TIME", "2000-05-29TMO"),
            ("mid-May", "DATE", "2000-05"),
            ("May 18", "DATE", "2000-05-18"),
            ("the following week", "DATE", "2000-W21"),
            ("her first 100 days", "DURATION", "P100D"),
            ("monthly", "SET", "P1M"),
            ("the end of next year", "DATE", "2001"),
            ("last year", "DATE", "1999"),
            ("1983", "DATE", "1983"),
            ("the first quarter", "DATE", "2000-Q1"),
            ("the past 12 months", "DURATION", "P12M"),
            ("today", "DATE", "2000-05-29"),
            ("next week", "DATE", "2000-W23"),
            ("decades", "DURATION", "PXY"),
            ("Wednesday", "DATE", "2000-05-31"),
        ],
    ),
    # Friday 2000-02-25 (ISO week 8), US wire's United Nations story, headline, stamp
    # "2/25/2000 6:48 PM ET" (a numeric date, DATE 2000-02-25, and its clock time a TIME with
    # the zone in the span), byline, "UNITED NATIONS, Feb. 25 (GNS) --" dateline; "today"
    # the day of the vote. "The vote, at 11:05 a.m." 2000-02-25T11:05; "had been expected on
    # Wednesday" 2000-02-23 and "put off for two days" P2D (the size of a delay,
    # gold_blind35); "late Thursday night" TIME 2000-02-24TNI (modifier in the span), and the
    # text agreed "at about 1 a.m." after it, Friday 2000-02-25T01:00 (the clock time past
    # midnight belongs to the publication day); "takes effect at midnight tonight" the
    # midnight that ends today, 2000-02-25T24:00, and "tonight" 2000-02-25TNI (gold_blind103);
    # "told the council on Tuesday" 2000-02-22; future "on Monday" 2000-02-28 and "on
    # Saturday" 2000-02-26. "last July" 1999-07 and the quoted "Seven months ago" 1999-07 (the
    # unit's granularity, gold_blind3); "A year ago" 1999; "April 1998"; "October 1996";
    # "1994"; "next month" 2000-03, "late March" 2000-03, "the end of May" 2000-05, "Aug. 31",
    # "April 15" (future), "September" 2000-09, "the spring of 2001" 2001-SP. "an initial six
    # months" P6M, "three weeks of wrangling" P3W, "within 30 days" P30D, "its first year" P1Y
    # (an ordinal period of an event, gold_blind35), "the council's fifth on Lorravia in 18
    # months" P18M (a count in a period), "the past decade" P10Y, "within weeks" -> "weeks"
    # PXW. SETs: "every 90 days" P90D, "twice a week" P1W, "daily" P1D, "monthly" P1M. "now"
    # PRESENT_REF twice. Not annotated: "14-0", "one abstention", "4,500" (headline and lead),
    # "800 soldiers", "80,000", "260", "$290 million", "15-nation", "Chapter VII", "fifth",
    # "56" (an age), "1.1 million", "a third", "the Millennium Summit" (an event's name; its
    # "September" is annotated), "the blue helmets", "The longer we wait".
    "lorravia-un-peacekeepers-vote": (
        "2000-02-25",
        [
            ("2/25/2000", "DATE", "2000-02-25"),
            ("6:48 PM ET", "TIME", "2000-02-25T18:48"),
            ("Feb. 25", "DATE", "2000-02-25"),
            ("today", "DATE", "2000-02-25"),
            ("six months", "DURATION", "P6M"),
            ("three weeks", "DURATION", "P3W"),
            ("11:05 a.m.", "TIME", "2000-02-25T11:05"),
            ("Wednesday", "DATE", "2000-02-23"),
            ("two days", "DURATION", "P2D"),
            ("late Thursday night", "TIME", "2000-02-24TNI"),
            ("about 1 a.m.", "TIME", "2000-02-25T01:00"),
            ("midnight", "TIME", "2000-02-25T24:00"),
            ("tonight", "TIME", "2000-02-25TNI"),
            ("30 days", "DURATION", "P30D"),
            ("the end of May", "DATE", "2000-05"),
            ("Aug. 31", "DATE", "2000-08-31"),
            ("every 90 days", "SET", "P90D"),
            ("last July", "DATE", "1999-07"),
            ("1994", "DATE", "1994"),
            ("April 1998", "DATE", "1998-04"),
            ("Seven months ago", "DATE", "1999-07"),
            ("Tuesday", "DATE", "2000-02-22"),
            ("A year ago", "DATE", "1999"),
            ("its first year", "DURATION", "P1Y"),
            ("next month", "DATE", "2000-03"),
            ("April 15", "DATE", "2000-04-15"),
            ("18 months", "DURATION", "P18M"),
            ("Monday", "DATE", "2000-02-28"),
            ("now", "DATE", "PRESENT_REF"),
            ("twice a week", "SET", "P1W"),
            ("daily", "SET", "P1D"),
            ("this afternoon", "TIME", "2000-02-25TAF"),
            ("now", "DATE", "PRESENT_REF"),
            ("the spring of 2001", "DATE", "2001-SP"),
            ("October 1996", "DATE", "1996-10"),
            ("the past decade", "DURATION", "P10Y"),
            ("weeks", "DURATION", "PXW"),
            ("monthly", "SET", "P1M"),
            ("late March", "DATE", "2000-03"),
            ("Saturday", "DATE", "2000-02-26"),
            ("September", "DATE", "2000-09"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
