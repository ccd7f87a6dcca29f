"""Annotations of the blind gold set 512, chosen by hand before the tagger ran.

    python tests/data/gold_blind512/annotate.py [--show]

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
    # Sunday 1998-03-22 (ISO week 12), Los Angeles Times "COLUMN ONE" profile, date line
    # "Sunday, March 22, 1998" (one span with its weekday, gold_blind35), edition line, deck,
    # byline "Times Staff Writer", "SANTA OLALLA, Calif. —" dateline. The last picking "On
    # Saturday" (deck and body) and "noon Saturday" is the coming Saturday 1998-03-28, "noon"
    # 1998-03-28T12:00; he walked the rows "at 6 a.m. Friday" 1998-03-20T06:00 (past);
    # "Wednesday, March 11" one DATE span 1998-03-11 (like "Tuesday, March 25", gold_blind26).
    # "by summer" (deck) 1998-SU; "in June" 1998-06 and "March 31" 1998-03-31 ahead; "last
    # summer" 1997-SU and its "August" 1997-08 and "October" 1997-10 (past, the nearest in the
    # clause's direction); "Feb. 24" 1998-02-24; "Labor Day" 1998-09-07 (first Monday of
    # September, gold_blind20); "next spring" 1999-SP. "every morning" SET XXXX-XX-XXTMO,
    # "every Sunday" SET XXXX-WXX-7 (gold_blind7). "that winter" after "January 1937" is the
    # winter of that January, 1937-WI (a winter takes the year of its January, gold_blind10;
    # a narrative anchor like "That winter" in gold_blind103). Decades: "the 1920s" 192, "the
    # mid-1950s" 195, "the late 1970s" 197, "the '60s" 196 (the clipped form, gold_blind46).
    # "Seventy-five years" and "75 years" P75Y; "62 years" twice P62Y (the second the period
    # of "the first time in", gold_blind35); "about three days" P3D; "72 hours" PT72H; "the
    # past decade" P10Y; "less than an hour" PT1H; "Now" PRESENT_REF. Not annotated: "a 1951
    # Chevrolet pickup" (a model year, gold_blind16), "COLUMN ONE", "Section: A", "Page 1",
    # "40 acres", "14 pickers", "212 houses", "$139,900", "22", "84-year-old" (ages), "1.2
    # million boxes", "Fourth Street", "24 degrees", "half the crop", "$2.3 million", "4-1",
    # "38,000", "5,000", "one acre", "30 young trees", "The worst night" (no date of its own
    # beyond "January 1937"), "the first time" beyond "62 years".
    "santa-olalla-last-orange-grove": (
        "1998-03-22",
        [
            ("Sunday, March 22, 1998", "DATE", "1998-03-22"),
            ("75 years", "DURATION", "P75Y"),
            ("Saturday", "DATE", "1998-03-28"),
            ("summer", "DATE", "1998-SU"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("1936", "DATE", "1936"),
            ("6 a.m.", "TIME", "1998-03-20T06:00"),
            ("Friday", "DATE", "1998-03-20"),
            ("Saturday", "DATE", "1998-03-28"),
            ("1923", "DATE", "1923"),
            ("March 31", "DATE", "1998-03-31"),
            ("June", "DATE", "1998-06"),
            ("Seventy-five years", "DURATION", "P75Y"),
            ("62 years", "DURATION", "P62Y"),
            ("about three days", "DURATION", "P3D"),
            ("the 1920s", "DATE", "192"),
            ("the mid-1950s", "DATE", "195"),
            ("the late 1970s", "DATE", "197"),
            ("1946", "DATE", "1946"),
            ("January 1937", "DATE", "1937-01"),
            ("72 hours", "DURATION", "PT72H"),
            ("that winter", "DATE", "1937-WI"),
            ("1991", "DATE", "1991"),
            ("the '60s", "DATE", "196"),
            ("the past decade", "DURATION", "P10Y"),
            ("1993", "DATE", "1993"),
            ("last summer", "DATE", "1997-SU"),
            ("August", "DATE", "1997-08"),
            ("October", "DATE", "1997-10"),
            ("Wednesday, March 11", "DATE", "1998-03-11"),
            ("less than an hour", "DURATION", "PT1H"),
            ("Feb. 24", "DATE", "1998-02-24"),
            ("Labor Day", "DATE", "1998-09-07"),
            ("2005", "DATE", "2005"),
            ("1929", "DATE", "1929"),
            ("next spring", "DATE", "1999-SP"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("Now", "DATE", "PRESENT_REF"),
            ("noon", "TIME", "1998-03-28T12:00"),
            ("Saturday", "DATE", "1998-03-28"),
            ("62 years", "DURATION", "P62Y"),
        ],
    ),
    # Tuesday 1998-11-17 (ISO week 47), Washington Post front-page investigation, date line
    # "Tuesday, November 17, 1998; Page A01" (the date one span, "Page A01" not annotated),
    # headline and subhead, two bylines, "Washington Post Staff Writers", no dateline (a local
    # story). Headline "Despite Years of Warnings" -> "Years" DURATION PXY (like "years of
    # night work", gold_blind34); "Since 1994" -> "1994". "more than four years" twice P4Y.
    # The District's fiscal year runs October-September and is named by the year it ends, so
    # "the fiscal year that ended Sept. 30" is FY1998 plus 1998-09-30 (gold_blind13,
    # gold_blind35); "each fall" SET XXXX-FA (gold_blind39). "the morning of Aug. 9" one TIME
    # span 1998-08-09TMO (gold_blind32); "the night before" it 1998-08-08TNI (like "the
    # previous night", gold_blind53); "three days later" DATE 1998-08-12 (anchored on the
    # narrative's last date, gold_blind103's "two days later"). "yesterday" Monday 1998-11-16;
    # "within 30 days" -> "30 days" P30D; "the August death" -> "August" 1998-08 (an adjectival
    # month, like "the Aug. 4 primary", gold_blind32); "Labor Day" 1998-09-07. "last winter"
    # in November 1998 is the winter of 1997-98, 1998-WI, and "this winter" ahead the winter
    # of 1998-99, 1999-WI (a winter takes the year of its January; gold_blind103's "Last
    # winter" and "The winter ahead" in a November story). "June" 1998-06 (past). "its first
    # six months" DURATION P6M (an ordinal period of an event, "its first 100 days",
    # gold_blind14); "two days" P2D; "the previous December" after "In 1997" 1996-12. "Every
    # year" and "every year" SET P1Y; "Dec. 3" 1998-12-03; "Sept. 30, 1999"; "January"
    # 1999-01 and "April 1" 1999-04-01 ahead ("as early as" a signal, gold_blind32). "every
    # Sunday afternoon" SET XXXX-WXX-7TAF (gold_blind3); "Last Sunday" 1998-11-15; "Friday"
    # 1998-11-13 and "Monday morning" 1998-11-16TMO (past). Not annotated: "Over the same
    # period" (anaphoric), "the overnight shift" (a kind of shift, gold_blind34's "night
    # shifts"), "61 Times", "61 times", "17 times", "twice", "140", "22 homes", "nine homes",
    # "$31.6 million", "$84,000", "54-year-old", "47" (ages), "40 aides", "Ward 7" (in
    # "D-Ward 7"), "Page A01", "Hanford Place NE", "Benning Road", "D.C. General Hospital".
    "dc-group-home-contractor-warnings": (
        "1998-11-17",
        [
            ("Tuesday, November 17, 1998", "DATE", "1998-11-17"),
            ("Years", "DURATION", "PXY"),
            ("1994", "DATE", "1994"),
            ("more than four years", "DURATION", "P4Y"),
            ("more than four years", "DURATION", "P4Y"),
            ("October 1994", "DATE", "1994-10"),
            ("each fall", "SET", "XXXX-FA"),
            ("the fiscal year", "DATE", "FY1998"),
            ("Sept. 30", "DATE", "1998-09-30"),
            ("the morning of Aug. 9", "TIME", "1998-08-09TMO"),
            ("the night before", "TIME", "1998-08-08TNI"),
            ("three days later", "DATE", "1998-08-12"),
            ("yesterday", "DATE", "1998-11-16"),
            ("30 days", "DURATION", "P30D"),
            ("August", "DATE", "1998-08"),
            ("Labor Day", "DATE", "1998-09-07"),
            ("March 1996", "DATE", "1996-03"),
            ("last winter", "DATE", "1998-WI"),
            ("1995", "DATE", "1995"),
            ("June", "DATE", "1998-06"),
            ("its first six months", "DURATION", "P6M"),
            ("the summer of 1996", "DATE", "1996-SU"),
            ("two days", "DURATION", "P2D"),
            ("1997", "DATE", "1997"),
            ("the previous December", "DATE", "1996-12"),
            ("Dec. 3", "DATE", "1998-12-03"),
            ("Every year", "SET", "P1Y"),
            ("every year", "SET", "P1Y"),
            ("this winter", "DATE", "1999-WI"),
            ("Sept. 30, 1999", "DATE", "1999-09-30"),
            ("January", "DATE", "1999-01"),
            ("April 1", "DATE", "1999-04-01"),
            ("every Sunday afternoon", "SET", "XXXX-WXX-7TAF"),
            ("Last Sunday", "DATE", "1998-11-15"),
            ("Friday", "DATE", "1998-11-13"),
            ("Monday morning", "TIME", "1998-11-16TMO"),
        ],
    ),
    # Wednesday 1999-02-10 (ISO week 6), a Los Angeles Times border feature as the Los
    # Angeles Times-Washington Post News Service moved it: service line, date line "Feb. 10,
    # 1999", headline ("a two-hour wait" -> "two-hour" DURATION PT2H), byline with the paper,
    # "TIJUANA, Mexico —" dateline. The opening is a habitual present: "at 3:45 a.m.", "By
    # 4:30" and "her 8 a.m. accounting class" are clock times on no particular day,
    # XXXX-XX-XXThh:mm (like "at 6:30 every morning", gold_blind26); "these days"
    # PRESENT_REF (gold_blind26); "about two hours" PT2H, "20 minutes" PT20M, "about four
    # hours" PT4H (one round trip, not a rate). "five days a week" and "three days a week"
    # SET P1W, the period only (like "twice a week", gold_blind35). "next fall" 1999-FA, "last
    # fall" 1998-FA. Decades "the 1940s" 194, "the early 1970s" 197, "the 1990s" 199 (the
    # current decade, valued the same). "Friday, Dec. 18" one DATE span 1998-12-18; "a week
    # before Christmas" -> "a week" DURATION P1W (anchored duration, gold_blind35) and
    # "Christmas" 1998-12-25 (the one just past, gold_blind32). "in January" 1999-01 (past);
    # "Beginning Monday" -> "Monday" 1999-02-15 ahead ("Beginning" a signal like "starting",
    # gold_blind34); the van's hours "from 5:30 a.m. to 9 a.m." XXXX-XX-XXThh:mm with "every
    # 15 minutes" SET PT15M (gold_blind32). "said Tuesday" 1999-02-09; "by the end of the
    # year" -> "the end of the year" 1999 (gold_blind34). "Monday evening" 1999-02-08TEV (past,
    # the nearest Monday before a Wednesday paper) and "6:10 p.m." on it 1999-02-08T18:10.
    # "11 years" P11Y; "Every day" SET P1D. Not annotated: "Saturday classes" (an adjectival
    # weekday naming a kind of class, like "Summer programs", gold_blind103), "Room 1999" (a
    # room number in a 1999 story), "(619) 555-1979" (a phone number after the annotated
    # "1979"), "20", "46" (ages), "several hundred", "1,100", "300", "U.S.", "accounting".
    "tijuana-border-commuter-students": (
        "1999-02-10",
        [
            ("Feb. 10, 1999", "DATE", "1999-02-10"),
            ("two-hour", "DURATION", "PT2H"),
            ("3:45 a.m.", "TIME", "XXXX-XX-XXT03:45"),
            ("4:30", "TIME", "XXXX-XX-XXT04:30"),
            ("these days", "DATE", "PRESENT_REF"),
            ("about two hours", "DURATION", "PT2H"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("20 minutes", "DURATION", "PT20M"),
            ("five days a week", "SET", "P1W"),
            ("August 1997", "DATE", "1997-08"),
            ("about four hours", "DURATION", "PT4H"),
            ("next fall", "DATE", "1999-FA"),
            ("last fall", "DATE", "1998-FA"),
            ("1990", "DATE", "1990"),
            ("the 1940s", "DATE", "194"),
            ("the early 1970s", "DATE", "197"),
            ("30 minutes", "DURATION", "PT30M"),
            ("the 1990s", "DATE", "199"),
            ("Friday, Dec. 18", "DATE", "1998-12-18"),
            ("a week", "DURATION", "P1W"),
            ("Christmas", "DATE", "1998-12-25"),
            ("five hours", "DURATION", "PT5H"),
            ("January", "DATE", "1999-01"),
            ("Monday", "DATE", "1999-02-15"),
            ("every 15 minutes", "SET", "PT15M"),
            ("5:30 a.m.", "TIME", "XXXX-XX-XXT05:30"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("1996", "DATE", "1996"),
            ("Tuesday", "DATE", "1999-02-09"),
            ("the end of the year", "DATE", "1999"),
            ("1979", "DATE", "1979"),
            ("three days a week", "SET", "P1W"),
            ("11 years", "DURATION", "P11Y"),
            ("Monday evening", "TIME", "1999-02-08TEV"),
            ("6:10 p.m.", "TIME", "1999-02-08T18:10"),
            ("Every day", "SET", "P1D"),
        ],
    ),
    # Thursday 1999-12-30 (ISO week 52), Washington Post Metro story, date line "Thursday,
    # December 30, 1999; Page B01", headline and subhead, byline, "GLENHAVEN, Md. —"
    # dateline. "Friday" is 1999-12-31 throughout ("Noon Friday" in the subhead, "midnight
    # Friday", "6 a.m. Friday", "for Friday and Saturday"), "tomorrow" the same day; "noon"
    # with it 1999-12-31T12:00. "the Year 2000" one DATE span 2000 (like "the year 2000",
    # gold_blind35); "72-Hour" and "72 hours" PT72H; "until noon Monday" -> "noon"
    # 2000-01-03T12:00 and "Monday" 2000-01-03. "midnight Friday" is the midnight that ends
    # Friday, 1999-12-31T24:00 (gold_blind32), with "Jan. 1, 2000" its own DATE. "decide it is
    # 1900" -> "1900" DATE (the year a faulty clock would read). "where 2000 begins at 6 a.m.
    # Friday, Eastern time" -> "2000" DATE 2000, "6 a.m." 1999-12-31T06:00 (the Eastern clock
    # time, the zone words outside the span), "Friday". "the fall of 1997" 1997-FA; "the
    # 1960s" 196; "the end of the century" in a 1960s clause is the end of the 1900s, DATE 19
    # (century value, like "the end of the century" -> 20 in gold_blind6 and "the early 20th
    # century" -> 19 in gold_blind4). "Last January" 1999-01; "Dec. 31, 1999" a test setting,
    # still a date; "April" 1999-04, "September" 1999-09. "a few days' supply" -> "a few days"
    # DURATION PXD (the possessive left out, like "seven days' notice", gold_blind95); "in
    # years" -> "years" PXY (gold_blind19). "New Year's Eve" 1999-12-31, "Last New Year's Eve"
    # 1998-12-31 with "10 p.m." 1998-12-31T22:00 and "2 a.m." the next day 1999-01-01T02:00.
    # "the weekend" is Saturday 1 January and Sunday 2 January 2000, which fall in ISO week 52
    # of 1999: 1999-W52-WE. "Thursday night" in a Thursday paper is tonight, 1999-12-30TNI;
    # "Sunday" 2000-01-02. "9 a.m. Tuesday, Jan. 4" -> 2000-01-04T09:00 and the DATE; "the end
    # of January" 2000-01; "26 months" P26M; "since 1997" -> "1997"; "By next week" -> "next
    # week" 2000-W01 (3-9 January). "every four hours" SET PT4H. Not annotated: "Y2K" (the name
    # of the problem, gold_blind34), ""00"" (two digits, not a year), "911" (twice), "Route 97",
    # "since then" (anaphoric), "any winter storm" (an adjectival season naming a kind), "this
    # date" (anaphoric), "the year's last two digits", "61", "212", "$4.8 million", "40 county
    # workers", "312 calls", "Page B01".
    "fallston-county-y2k-watch": (
        "1999-12-30",
        [
            ("Thursday, December 30, 1999", "DATE", "1999-12-30"),
            ("72-Hour", "DURATION", "PT72H"),
            ("the Year 2000", "DATE", "2000"),
            ("Noon", "TIME", "1999-12-31T12:00"),
            ("Friday", "DATE", "1999-12-31"),
            ("two years", "DURATION", "P2Y"),
            ("noon", "TIME", "1999-12-31T12:00"),
            ("tomorrow", "DATE", "1999-12-31"),
            ("72 hours", "DURATION", "PT72H"),
            ("noon", "TIME", "2000-01-03T12:00"),
            ("Monday", "DATE", "2000-01-03"),
            ("12-hour", "DURATION", "PT12H"),
            ("midnight", "TIME", "1999-12-31T24:00"),
            ("Friday", "DATE", "1999-12-31"),
            ("Jan. 1, 2000", "DATE", "2000-01-01"),
            ("1900", "DATE", "1900"),
            ("2000", "DATE", "2000"),
            ("6 a.m.", "TIME", "1999-12-31T06:00"),
            ("Friday", "DATE", "1999-12-31"),
            ("the fall of 1997", "DATE", "1997-FA"),
            ("the 1960s", "DATE", "196"),
            ("the end of the century", "DATE", "19"),
            ("Last January", "DATE", "1999-01"),
            ("Dec. 31, 1999", "DATE", "1999-12-31"),
            ("40 minutes", "DURATION", "PT40M"),
            ("April", "DATE", "1999-04"),
            ("September", "DATE", "1999-09"),
            ("a few days", "DURATION", "PXD"),
            ("New Year's Eve", "DATE", "1999-12-31"),
            ("years", "DURATION", "PXY"),
            ("Friday", "DATE", "1999-12-31"),
            ("Saturday", "DATE", "2000-01-01"),
            ("every four hours", "SET", "PT4H"),
            ("the weekend", "DATE", "1999-W52-WE"),
            ("Thursday night", "TIME", "1999-12-30TNI"),
            ("Sunday", "DATE", "2000-01-02"),
            ("Last New Year's Eve", "DATE", "1998-12-31"),
            ("10 p.m.", "TIME", "1998-12-31T22:00"),
            ("2 a.m.", "TIME", "1999-01-01T02:00"),
            ("9 a.m.", "TIME", "2000-01-04T09:00"),
            ("Tuesday, Jan. 4", "DATE", "2000-01-04"),
            ("the end of January", "DATE", "2000-01"),
            ("26 months", "DURATION", "P26M"),
            ("1997", "DATE", "1997"),
            ("next week", "DATE", "2000-W01"),
        ],
    ),
    # Friday 2000-07-21 (ISO week 29), Washington Post Style-section profile, date line
    # "Friday, July 21, 2000; Page C01", headline, deck ("43 years", "tonight"), byline, no
    # dateline. "tonight" and "Tonight" 2000-07-21TNI; the adjournment "at 7 p.m." that
    # evening 2000-07-21T19:00 or "at 2 a.m." after it, which is Saturday's clock,
    # 2000-07-22T02:00 (the night's 2 a.m. belongs to the next calendar day, like "2 a.m."
    # after "Last New Year's Eve" in the Y2K story). "September 1957", "1962"; "the next 38
    # years" P38Y; "10-minute" twice PT10M, "five-minute" PT5M (adjectival durations). "the
    # 1960s" 196, "the 1980s" 198. "10 a.m. on March 4, 1968" -> 1968-03-04T10:00 and the DATE;
    # "4:40 p.m. the next day" -> 1968-03-05T16:40 and "the next day" 1968-03-05 (anchored on
    # the last date, gold_blind32). "Every night the Senate sat" SET XXXX-XX-XXTNI (the
    # restriction outside the span); "within three hours" -> "three hours" PT3H; "last fall"
    # 1999-FA; "every 15 minutes" SET PT15M; "since 1994" -> "1994"; "each summer" SET
    # XXXX-SU (gold_blind5). "9:30 a.m. today" 2000-07-21T09:30 and the DATE; "6:50 p.m."
    # 2000-07-21T18:50. Ahead: "Saturday" 2000-07-22, "Monday" 2000-07-24, "the fall" 2000-FA
    # (gold_blind35). "said Wednesday" 2000-07-19. "43 years" twice P43Y; "Now" PRESENT_REF.
    # Not annotated: "the last time" and "the end" ("By the end", anaphoric), "the day's
    # transcript" (generic, gold_blind30), "all-night sessions" and "a night course" (kinds,
    # gold_blind29), "the recess", "Room S-123", "11 million words", "68", "25-year-old",
    # "half this staff", "the presiding officer", "Page C01".
    "senate-reporter-of-debates-retires": (
        "2000-07-21",
        [
            ("Friday, July 21, 2000", "DATE", "2000-07-21"),
            ("43 years", "DURATION", "P43Y"),
            ("tonight", "TIME", "2000-07-21TNI"),
            ("Tonight", "TIME", "2000-07-21TNI"),
            ("7 p.m.", "TIME", "2000-07-21T19:00"),
            ("2 a.m.", "TIME", "2000-07-22T02:00"),
            ("September 1957", "DATE", "1957-09"),
            ("1962", "DATE", "1962"),
            ("the next 38 years", "DURATION", "P38Y"),
            ("10-minute", "DURATION", "PT10M"),
            ("the 1960s", "DATE", "196"),
            ("the 1980s", "DATE", "198"),
            ("10 a.m.", "TIME", "1968-03-04T10:00"),
            ("March 4, 1968", "DATE", "1968-03-04"),
            ("4:40 p.m.", "TIME", "1968-03-05T16:40"),
            ("the next day", "DATE", "1968-03-05"),
            ("five-minute", "DURATION", "PT5M"),
            ("Every night", "SET", "XXXX-XX-XXTNI"),
            ("three hours", "DURATION", "PT3H"),
            ("1986", "DATE", "1986"),
            ("last fall", "DATE", "1999-FA"),
            ("every 15 minutes", "SET", "PT15M"),
            ("1994", "DATE", "1994"),
            ("1988", "DATE", "1988"),
            ("1960", "DATE", "1960"),
            ("each summer", "SET", "XXXX-SU"),
            ("9:30 a.m.", "TIME", "2000-07-21T09:30"),
            ("today", "DATE", "2000-07-21"),
            ("6:50 p.m.", "TIME", "2000-07-21T18:50"),
            ("10-minute", "DURATION", "PT10M"),
            ("Saturday", "DATE", "2000-07-22"),
            ("Monday", "DATE", "2000-07-24"),
            ("the fall", "DATE", "2000-FA"),
            ("Wednesday", "DATE", "2000-07-19"),
            ("43 years", "DURATION", "P43Y"),
            ("Now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Monday 2000-10-16 (ISO week 42), Los Angeles Times Metro investigation, date line
    # "Monday, October 16, 2000", edition line, headline, deck ("Three years after voters
    # approved Measure K" -> "Three years" DURATION P3Y, anchored to the vote), bylines "Times
    # Staff Writers", "VALLE VERDE, Calif. —" dateline. "November 1997"; "the fall of 2001"
    # 2001-FA; "less than a year" P1Y; "three years of district records" P3Y; "a 1998 study"
    # and "1997 dollars" adjectival years, DATE (gold_blind28, gold_blind35); "July 1995";
    # "Thursday" 2000-10-12 (past). A California school district's fiscal year runs July-June
    # and is named by the year it ends, so "the fiscal year that ended June 30" is FY2000
    # plus 2000-06-30 (gold_blind13, gold_blind23); "last week" 2000-W41. "two months later"
    # after "March 1999" 1999-05 (gold_blind12). "Sept. 5" 2000-09-05; "14 months" P14M (the
    # size of a delay, gold_blind35); "Classes begin at 7:45 a.m." and "starting at 10:15
    # a.m." are the school's daily hours, XXXX-XX-XXThh:mm (gold_blind32). "Three years
    # later" after "in 1997" DATE 2000 (the unit's granularity, gold_blind29). "every three
    # months" SET P3M; "February" 2000-02 (past); "7 p.m. Tuesday, Oct. 24" ->
    # 2000-10-24T19:00 and the DATE; "next fall" 2001-FA; "2004", "2010"; "now" PRESENT_REF.
    # Not annotated: "Measure K", "$61 million", "nine", "$148-million", "$4.2 million",
    # "$880,000", "$19.6 million", "$1.1 million", "Highway 215", "20-acre", "640 students",
    # "500", "four shifts", "third grade", "1,400", "twice", "31,000", "40,000",
    # "www.vvusd.k12.ca.us/measurek1997" (a year inside a web address), "(909) 555-2004" (a
    # phone number after the annotated "2004"), "Section: B", "Page 1", "late" in "14 months
    # late" (outside the duration span).
    "valle-verde-school-bond-review": (
        "2000-10-16",
        [
            ("Monday, October 16, 2000", "DATE", "2000-10-16"),
            ("Three years", "DURATION", "P3Y"),
            ("November 1997", "DATE", "1997-11"),
            ("the fall of 2001", "DATE", "2001-FA"),
            ("less than a year", "DURATION", "P1Y"),
            ("three years", "DURATION", "P3Y"),
            ("1998", "DATE", "1998"),
            ("July 1995", "DATE", "1995-07"),
            ("Thursday", "DATE", "2000-10-12"),
            ("1997", "DATE", "1997"),
            ("1999", "DATE", "1999"),
            ("1997", "DATE", "1997"),
            ("1997", "DATE", "1997"),
            ("the fiscal year", "DATE", "FY2000"),
            ("June 30", "DATE", "2000-06-30"),
            ("last week", "DATE", "2000-W41"),
            ("1998", "DATE", "1998"),
            ("1999", "DATE", "1999"),
            ("September 1999", "DATE", "1999-09"),
            ("March 1999", "DATE", "1999-03"),
            ("two months later", "DATE", "1999-05"),
            ("Sept. 5", "DATE", "2000-09-05"),
            ("14 months", "DURATION", "P14M"),
            ("7:45 a.m.", "TIME", "XXXX-XX-XXT07:45"),
            ("10:15 a.m.", "TIME", "XXXX-XX-XXT10:15"),
            ("1997", "DATE", "1997"),
            ("Three years later", "DATE", "2000"),
            ("every three months", "SET", "P3M"),
            ("1999", "DATE", "1999"),
            ("February", "DATE", "2000-02"),
            ("7 p.m.", "TIME", "2000-10-24T19:00"),
            ("Tuesday, Oct. 24", "DATE", "2000-10-24"),
            ("next fall", "DATE", "2001-FA"),
            ("2004", "DATE", "2004"),
            ("now", "DATE", "PRESENT_REF"),
            ("2010", "DATE", "2010"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
