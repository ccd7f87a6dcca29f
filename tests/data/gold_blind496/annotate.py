"""Annotations of blind gold set 496, chosen by hand before the tagger ran.

    python tests/data/gold_blind496/annotate.py [--show]

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
    # Tuesday 1999-04-13 (ISO week 15), AP state story as a member paper prints it: masthead,
    # date line "Tuesday, April 13, 1999" (one DATE span with its weekday, gold_blind34),
    # "Section: ... | Page: 3B", headline, byline, "ASHBY LANDING, N.D. (AP) --" dateline.
    # "today" is the paper's day. The crest "Thursday" (headline), "late Thursday" (DATE,
    # modifier kept, like "late Sunday" in gold_blind34) and "Thursday night" are 1999-04-15.
    # "through the night and into this morning" -> "the night" 1999-04-12TNI (the night
    # before, gold_blind34) and "this morning" 1999-04-13TMO. Past: "Monday evening"
    # 1999-04-12TEV, the Guard "on Monday" 1999-04-12, "2:30 a.m. today" 1999-04-13T02:30,
    # "noon Sunday" 1999-04-11T12:00 and 1999-04-11, "since Easter Sunday" 1999-04-04 (Easter
    # 1999 is April 4), "on April 2, Good Friday" two DATEs 1999-04-02; "That evening" after it
    # 1999-04-02TEV and "the next day" 1999-04-03, anchored on the narrative's last date
    # (gold_blind8, gold_blind32). "last weekend" 1999-W14-WE (10-11 April). Future: rain
    # "Wednesday" 1999-04-14 and "again Friday" 1999-04-16, classes "through Friday"
    # 1999-04-16, "at least April 20", "next week" 1999-W16, spring break moved "to May"
    # 1999-05, "early May" 1999-05, "by 6 p.m. Wednesday" 1999-04-14T18:00 and the DATE.
    # "less than two weeks after the first one" DURATION P2W (anchored duration, gold_blind35);
    # "up nearly 2 feet in 24 hours" -> "24 hours" PT24H (gold_blind35); "six weeks in '97"
    # -> "six weeks" P6W and "'97" DATE 1997, apostrophe in the span (gold_blind65); "six more
    # days" P6D, "more" kept in the span as a modifier; "every spring from 1993 to 1997" SET
    # XXXX-SP and two DATEs; "Last year" 1998; "19 days" P19D; "In recent days" -> "recent
    # days" PAST_REF (like "recent weeks", gold_blind35); "12-hour" PT12H; "every two hours"
    # SET PT2H. Not annotated: "3B", "36.8 feet", "nearly 2 feet", "39 feet", "about 2 feet",
    # "28 feet", "37.4 feet", "40 homes", "14 inches", "120", "Highway 18", "71" (an age),
    # "1010 Front St.", "701-555-0419" (a phone number ending in a month-day-like 0419),
    # "around the clock", "until the crest passes", "until further notice" (not written),
    # "spring break" (a school holiday with no dates; its move "to May" is annotated), "the
    # first crest", "a second crest", "this time", "the costliest year on record" beyond
    # "1997", "late-season" (an adjective).
    "ashby-landing-second-crest": (
        "1999-04-13",
        [
            ("Tuesday, April 13, 1999", "DATE", "1999-04-13"),
            ("Thursday", "DATE", "1999-04-15"),
            ("the night", "TIME", "1999-04-12TNI"),
            ("this morning", "TIME", "1999-04-13TMO"),
            ("late Thursday", "DATE", "1999-04-15"),
            ("less than two weeks", "DURATION", "P2W"),
            ("today", "DATE", "1999-04-13"),
            ("7 a.m.", "TIME", "1999-04-13T07:00"),
            ("24 hours", "DURATION", "PT24H"),
            ("Thursday night", "TIME", "1999-04-15TNI"),
            ("April 1979", "DATE", "1979-04"),
            ("Easter Sunday", "DATE", "1999-04-04"),
            ("Monday evening", "TIME", "1999-04-12TEV"),
            ("six weeks", "DURATION", "P6W"),
            ("'97", "DATE", "1997"),
            ("six more days", "DURATION", "P6D"),
            ("April 2", "DATE", "1999-04-02"),
            ("Good Friday", "DATE", "1999-04-02"),
            ("That evening", "TIME", "1999-04-02TEV"),
            ("the next day", "DATE", "1999-04-03"),
            ("last weekend", "DATE", "1999-W14-WE"),
            ("Wednesday", "DATE", "1999-04-14"),
            ("Friday", "DATE", "1999-04-16"),
            ("The next 72 hours", "DURATION", "PT72H"),
            ("early May", "DATE", "1999-05"),
            ("Monday", "DATE", "1999-04-12"),
            ("2:30 a.m.", "TIME", "1999-04-13T02:30"),
            ("today", "DATE", "1999-04-13"),
            ("12-hour", "DURATION", "PT12H"),
            ("every two hours", "SET", "PT2H"),
            ("noon", "TIME", "1999-04-11T12:00"),
            ("Sunday", "DATE", "1999-04-11"),
            ("at least April 20", "DATE", "1999-04-20"),
            ("Friday", "DATE", "1999-04-16"),
            ("next week", "DATE", "1999-W16"),
            ("May", "DATE", "1999-05"),
            ("every spring", "SET", "XXXX-SP"),
            ("1993", "DATE", "1993"),
            ("1997", "DATE", "1997"),
            ("Last year", "DATE", "1998"),
            ("1997", "DATE", "1997"),
            ("19 days", "DURATION", "P19D"),
            ("recent days", "DATE", "PAST_REF"),
            ("6 p.m.", "TIME", "1999-04-14T18:00"),
            ("Wednesday", "DATE", "1999-04-14"),
        ],
    ),
    # Friday 1998-05-29 (ISO week 22), raw AP state-wire copy as the DataStream delivered it:
    # slug "BC-OK--Legislature-Adjourn, 2nd Ld-Writethru,0468" (cycle, state, keyword, the
    # second writethru of the lead and a word count: no TIMEX3), headline, "Eds:" note,
    # byline, "OKLAHOMA CITY (AP) _" dateline without date, and the transmission tag
    # "AP-NY-05-29-98 1847EDT" at the end: "05-29-98" DATE 1998-05-29 and "1847EDT" TIME
    # 1998-05-29T18:47, the zone in the span and not in the value (see README). "today" is the
    # day of the wire. "adjourn minutes before deadline" (headline) -> "minutes" PTXM (a vague
    # margin, gold_blind26); "eight minutes before its constitutional deadline" PT8M (anchored
    # duration). "its 1998 session" DATE 1998 (adjectival year). The state's fiscal year runs
    # July-June and is named by the year it ends (gold_blind20, gold_blind50): "the fiscal
    # year that begins July 1" FY1999 plus 1998-07-01; "fiscal 1999" FY1999; "the current
    # fiscal year" FY1998 (July 1997-June 1998). The tax cut "takes effect Jan. 1" 1999-01-01
    # (future, across the year boundary). Past: "Tuesday night" 1998-05-26TNI, "midnight
    # Thursday" 1998-05-28T24:00 and 1998-05-28 (the end of Thursday, gold_blind103),
    # "shortly after 2 a.m." 1998-05-29T02:00 (after that midnight, so Friday; "shortly after"
    # a signal, gold_blind16), "11:30 a.m." and "5:15 p.m." today, "since early April"
    # 1998-04, "opened Feb. 2" 1998-02-02. Future: "sign both bills Monday" 1998-06-01, "a
    # $2,000 raise ... beginning in August" 1998-08, "on the ballot in November" 1998-11, "in
    # the fall" 1998-FA, "returns Jan. 12" 1999-01-12. "the 2000 presidential primary from
    # March 14 to Feb. 1" -> "2000" DATE and the two days in 2000 (the clause names the year,
    # gold_blind57). "in 11 years" P11Y (the period of a "first in", gold_blind35); "over three
    # years" P3Y; "by 2001"; "its 1999 return" 1999; "every two years" SET P2Y; "four days a
    # week" SET P1W (count kept in the span, gold_blind34); "Last year" 1997 and its "June"
    # 1997-06; "three-day" P3D; "one-day" P1D. Not annotated: "BC", "2nd", "0468" (a word
    # count), "7th graf", "Will be updated", "Senate Bill 1998" (a bill number, after the
    # annotated "1998"), "31-16", "58-41" (votes), "AP-NY" (a routing code), "$5.3 billion",
    # "$96 million", "4.1 percent", "$1.9 billion", "$2,000", "6.75 percent", "6.5 percent",
    # "$40,000", "$85", "300 bills", "the next time oil prices fall", "the election", "not
    # for long", "constitutional deadline".
    "oklahoma-legislature-adjourns-budget": (
        "1998-05-29",
        [
            ("minutes", "DURATION", "PTXM"),
            ("1998", "DATE", "1998"),
            ("4:52 p.m.", "TIME", "1998-05-29T16:52"),
            ("today", "DATE", "1998-05-29"),
            ("eight minutes", "DURATION", "PT8M"),
            ("the fiscal year", "DATE", "FY1999"),
            ("July 1", "DATE", "1998-07-01"),
            ("Jan. 1", "DATE", "1999-01-01"),
            ("Tuesday night", "TIME", "1998-05-26TNI"),
            ("midnight", "TIME", "1998-05-28T24:00"),
            ("Thursday", "DATE", "1998-05-28"),
            ("2 a.m.", "TIME", "1998-05-29T02:00"),
            ("11:30 a.m.", "TIME", "1998-05-29T11:30"),
            ("early April", "DATE", "1998-04"),
            ("5:15 p.m.", "TIME", "1998-05-29T17:15"),
            ("Monday", "DATE", "1998-06-01"),
            ("11 years", "DURATION", "P11Y"),
            ("fiscal 1999", "DATE", "FY1999"),
            ("the current fiscal year", "DATE", "FY1998"),
            ("August", "DATE", "1998-08"),
            ("three years", "DURATION", "P3Y"),
            ("2001", "DATE", "2001"),
            ("1999", "DATE", "1999"),
            ("every two years", "SET", "P2Y"),
            ("November", "DATE", "1998-11"),
            ("Feb. 2", "DATE", "1998-02-02"),
            ("four days a week", "SET", "P1W"),
            ("2000", "DATE", "2000"),
            ("March 14", "DATE", "2000-03-14"),
            ("Feb. 1", "DATE", "2000-02-01"),
            ("Last year", "DATE", "1997"),
            ("three-day", "DURATION", "P3D"),
            ("June", "DATE", "1997-06"),
            ("the fall", "DATE", "1998-FA"),
            ("Jan. 12", "DATE", "1999-01-12"),
            ("one-day", "DURATION", "P1D"),
            ("05-29-98", "DATE", "1998-05-29"),
            ("1847EDT", "TIME", "1998-05-29T18:47"),
        ],
    ),
    # Thursday 2000-02-24 (ISO week 8), AP story on a member paper's website of 2000: site
    # name, section label, headline ("in 1995 house fire" -> "1995" DATE), stamp "Posted at
    # 4:38 p.m. CST Thursday, Feb. 24, 2000" (the clock time a TIME with the zone in the span,
    # the weekday and date one DATE span, gold_blind34, gold_blind103), byline "By The
    # Associated Press", "TOPEKA, Kan. (AP) --" dateline. "today", "this afternoon" and "said
    # Thursday" are the publication day (gold_blind34's "said Thursday" in a Thursday paper).
    # "the night of Dec. 23, 1995" one TIME span 1995-12-23TNI (gold_blind5, gold_blind32);
    # "a few weeks after the fire" PXW (anchored vague duration); "a six-day trial" P6D;
    # "about 11 hours of deliberations over two days" PT11H and P2D; "last spring" in February
    # 2000 is 1999-SP; "heard arguments ... in September" 1999-09 (past, nearest); "by next
    # week" 2000-W09; "as early as June" -> "June" 2000-06, "as early as" left out
    # (gold_blind10, gold_blind16); "20 days" P20D; "9 a.m. March 6" 2000-03-06T09:00 and
    # 2000-03-06, two TIMEX3; "since the spring of 1998" one span 1998-SP; "For four years"
    # -> "four years" P4Y ("For" a signal, gold_blind35); "more than four years" P4Y;
    # "two full days" P2D, "full" kept as a modifier; "a 1998 decision" 1998; "since 1990";
    # "each year" SET P1Y; "Now" PRESENT_REF. Not annotated: "life" (a sentence with no length,
    # gold_blind52), "6-1", "41", "7 and 4" (ages), "23 witnesses", "400 cases", "the third
    # murder conviction", "the first since" beyond "1998", "No. 79,614", "State v. Tessler",
    # "a second trial", "again".
    "kansas-court-overturns-arson-murder": (
        "2000-02-24",
        [
            ("1995", "DATE", "1995"),
            ("4:38 p.m. CST", "TIME", "2000-02-24T16:38"),
            ("Thursday, Feb. 24, 2000", "DATE", "2000-02-24"),
            ("today", "DATE", "2000-02-24"),
            ("January 1996", "DATE", "1996-01"),
            ("a few weeks", "DURATION", "PXW"),
            ("the night of Dec. 23, 1995", "TIME", "1995-12-23TNI"),
            ("October 1997", "DATE", "1997-10"),
            ("six-day", "DURATION", "P6D"),
            ("about 11 hours", "DURATION", "PT11H"),
            ("two days", "DURATION", "P2D"),
            ("January 1998", "DATE", "1998-01"),
            ("March 8, 1996", "DATE", "1996-03-08"),
            ("last spring", "DATE", "1999-SP"),
            ("four years", "DURATION", "P4Y"),
            ("two full days", "DURATION", "P2D"),
            ("September", "DATE", "1999-09"),
            ("this afternoon", "TIME", "2000-02-24TAF"),
            ("next week", "DATE", "2000-W09"),
            ("June", "DATE", "2000-06"),
            ("20 days", "DURATION", "P20D"),
            ("9 a.m.", "TIME", "2000-03-06T09:00"),
            ("March 6", "DATE", "2000-03-06"),
            ("today", "DATE", "2000-02-24"),
            ("the spring of 1998", "DATE", "1998-SP"),
            ("1990", "DATE", "1990"),
            ("1998", "DATE", "1998"),
            ("each year", "SET", "P1Y"),
            ("1997", "DATE", "1997"),
            ("more than four years", "DURATION", "P4Y"),
            ("Thursday", "DATE", "2000-02-24"),
            ("Now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Monday 1999-08-16 (ISO week 33), AP story on a member paper's state page: running head
    # "THE CALLOWAY HERALD-STAR -- MONDAY, AUGUST 16, 1999 -- PAGE 5A" (the date in capitals one
    # DATE span with its weekday), label "TENNESSEE", headline ("2 days after breakout" ->
    # "2 days" P2D, an anchored duration like "Two Weeks After Quake", gold_blind35), byline,
    # "ELDON SPRINGS, Tenn. (AP) --" dateline. "today" the paper's day, "early today" DATE
    # 1999-08-16, "this afternoon" 1999-08-16TAF. The escape: "late Saturday" DATE
    # 1999-08-14 (gold_blind34), "the 11 p.m. count Saturday" 1999-08-14T23:00 and the DATE,
    # "10:20 p.m." and "11:15 p.m." that night (the day of the narrative). "the next day"
    # 1999-08-15 and "that evening" 1999-08-15TEV, anchored on the narrative's last date;
    # "over the weekend" -> "the weekend" 1999-W32-WE; "Sunday night" 1999-08-15TNI; "caught
    # shortly after 6 a.m. today" 1999-08-16T06:00; "about 31 hours" PT31H (Saturday about
    # 11 p.m. to Monday 6 a.m.). "serving 25 years" P25Y (a sentence's length, gold_blind52),
    # "life" not annotated. "within a minute" PT1M, "For almost an hour" -> "almost an hour"
    # PT1H, "about 40 minutes" PT40M; "five times a day" SET P1D; "tested monthly" SET P1M;
    # "last tested July 30" 1999-07-30; "within two weeks" P2W; "until at least Aug. 28"
    # 1999-08-28; "opened in 1991"; "March 1997"; "within three days" P3D; "on Aug. 1"
    # 1999-08-01; "next year" 2000. Not annotated: "5A", "34", "27" (ages), "a 1988 Chevrolet
    # pickup" (a model year, gold_blind16; no "1988" is annotated in the story), "Weekend
    # visitation" (an adjective naming a kind), "9 miles", "Highway 70", "80 officers", "two
    # helicopters", "5 feet 10", "170 pounds", "911", "1-800-555-0199", "$5,000", "the third
    # escape", "the first since" beyond "March 1997", "a parole hearing".
    "caney-ridge-prison-escape": (
        "1999-08-16",
        [
            ("MONDAY, AUGUST 16, 1999", "DATE", "1999-08-16"),
            ("2 days", "DURATION", "P2D"),
            ("today", "DATE", "1999-08-16"),
            ("late Saturday", "DATE", "1999-08-14"),
            ("25 years", "DURATION", "P25Y"),
            ("1994", "DATE", "1994"),
            ("6 a.m.", "TIME", "1999-08-16T06:00"),
            ("today", "DATE", "1999-08-16"),
            ("about 31 hours", "DURATION", "PT31H"),
            ("1996", "DATE", "1996"),
            ("this afternoon", "TIME", "1999-08-16TAF"),
            ("11 p.m.", "TIME", "1999-08-14T23:00"),
            ("Saturday", "DATE", "1999-08-14"),
            ("about 40 minutes", "DURATION", "PT40M"),
            ("10:20 p.m.", "TIME", "1999-08-14T22:20"),
            ("a minute", "DURATION", "PT1M"),
            ("11:15 p.m.", "TIME", "1999-08-14T23:15"),
            ("almost an hour", "DURATION", "PT1H"),
            ("five times a day", "SET", "P1D"),
            ("monthly", "SET", "P1M"),
            ("July 30", "DATE", "1999-07-30"),
            ("the next day", "DATE", "1999-08-15"),
            ("that evening", "TIME", "1999-08-15TEV"),
            ("the weekend", "DATE", "1999-W32-WE"),
            ("Sunday night", "TIME", "1999-08-15TNI"),
            ("early today", "DATE", "1999-08-16"),
            ("two weeks", "DURATION", "P2W"),
            ("at least Aug. 28", "DATE", "1999-08-28"),
            ("1991", "DATE", "1991"),
            ("March 1997", "DATE", "1997-03"),
            ("three days", "DURATION", "P3D"),
            ("Aug. 1", "DATE", "1999-08-01"),
            ("next year", "DATE", "2000"),
        ],
    ),
    # Saturday 2000-08-26 (ISO week 34), AP state-fair story in a member paper: masthead,
    # date line "Saturday, August 26, 2000", label "STATE FAIR", headline ("record Friday
    # crowd" -> "Friday" 2000-08-25), byline, "ST. ADELINE, Minn. (AP) --" dateline, and an
    # "AT A GLANCE" box. The 12-day fair opened Thursday 2000-08-24 and runs through Labor
    # Day, the first Monday of September, 2000-09-04. "$1 admission before 9 a.m." (the
    # Friday just past) 2000-08-25T09:00, "at 6:30 a.m." the same morning. "the first two days
    # of the 12-day fair" -> "the first two days" DURATION P2D (a cumulative stretch, like "the
    # first 10 months", gold_blind34) and "12-day" P12D; "up 6 percent from a year ago" ->
    # "a year ago" 1999 (the unit's granularity, gold_blind34). "every year since the 1950s"
    # SET P1Y and DATE 195; "set in 1997"; "the next 10 days" P10D. Future: "by Tuesday"
    # 2000-08-29, "Wednesday night" 2000-08-30TNI, "tonight's 7:30 p.m. grandstand show" ->
    # "tonight" 2000-08-26TNI (possessive without the "'s") and 2000-08-26T19:30, "10 a.m.
    # Monday" 2000-08-28T10:00 and 2000-08-28, "next Saturday afternoon" in a Saturday paper
    # the coming Saturday, seven days ahead, 2000-09-02TAF (gold_blind11). Past: "by noon
    # Thursday" 2000-08-24T12:00 and the DATE. "in 20 years" P20Y (the period of a "first
    # in"); "New this year" 2000; "a 1924 barn" 1924; "last fall" in August 2000 is 1999-FA;
    # "The 2000 fair" 2000; "fireworks, nightly at 10 p.m." SET XXXX-XX-XXTNI and TIME
    # XXXX-XX-XXT22:00 (gold_blind57); "every year since 1885". The box: "Through Monday,
    # Sept. 4 (Labor Day)" one DATE span "Monday, Sept. 4" and "Labor Day", both 2000-09-04;
    # the recurring hours "6 a.m. to midnight daily" XXXX-XX-XXT06:00, XXXX-XX-XXT24:00 (the
    # end of each day, gold_blind103) and SET P1D, "9 a.m. to 9 p.m." XXXX-XX-XXT09:00 and
    # XXXX-XX-XXT21:00 (gold_blind28, gold_blind34); "before 9 a.m. on Friday, Sept. 1"
    # 2000-09-01T09:00 and the DATE (the same weekday ahead as "Friday" behind); "every 15
    # minutes" SET PT15M. Not annotated: "the low 70s" and "the upper 80s" (temperatures, not
    # decades), "141,207", "138,559", "248,940", "1,640,112", "1.4 million", "6 percent", "$1",
    # "$2.1 million", "4-H", "$7", "$5", "65 and older", "5-12", "under 5" (ages), "$8", "12
    # park-and-ride sites", "651-555-2000" (a phone number ending in the year, after the
    # annotated "2000"), "www.nsfairgrounds.org/fair2000" (a year inside a web address), "with
    # four exceptions", "single-day" (an adjective naming the kind of record).
    "state-fair-record-friday-crowd": (
        "2000-08-26",
        [
            ("Saturday, August 26, 2000", "DATE", "2000-08-26"),
            ("Friday", "DATE", "2000-08-25"),
            ("Friday", "DATE", "2000-08-25"),
            ("9 a.m.", "TIME", "2000-08-25T09:00"),
            ("today", "DATE", "2000-08-26"),
            ("Aug. 29, 1998", "DATE", "1998-08-29"),
            ("the first two days", "DURATION", "P2D"),
            ("12-day", "DURATION", "P12D"),
            ("Thursday", "DATE", "2000-08-24"),
            ("Labor Day", "DATE", "2000-09-04"),
            ("a year ago", "DATE", "1999"),
            ("6:30 a.m.", "TIME", "2000-08-25T06:30"),
            ("every year", "SET", "P1Y"),
            ("the 1950s", "DATE", "195"),
            ("1997", "DATE", "1997"),
            ("the next 10 days", "DURATION", "P10D"),
            ("Tuesday", "DATE", "2000-08-29"),
            ("Wednesday night", "TIME", "2000-08-30TNI"),
            ("tonight", "TIME", "2000-08-26TNI"),
            ("7:30 p.m.", "TIME", "2000-08-26T19:30"),
            ("noon", "TIME", "2000-08-24T12:00"),
            ("Thursday", "DATE", "2000-08-24"),
            ("10 a.m.", "TIME", "2000-08-28T10:00"),
            ("Monday", "DATE", "2000-08-28"),
            ("20 years", "DURATION", "P20Y"),
            ("next Saturday afternoon", "TIME", "2000-09-02TAF"),
            ("this year", "DATE", "2000"),
            ("1924", "DATE", "1924"),
            ("last fall", "DATE", "1999-FA"),
            ("2000", "DATE", "2000"),
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("every year", "SET", "P1Y"),
            ("1885", "DATE", "1885"),
            ("Monday, Sept. 4", "DATE", "2000-09-04"),
            ("Labor Day", "DATE", "2000-09-04"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("midnight", "TIME", "XXXX-XX-XXT24:00"),
            ("daily", "SET", "P1D"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("9 a.m.", "TIME", "2000-09-01T09:00"),
            ("Friday, Sept. 1", "DATE", "2000-09-01"),
            ("every 15 minutes", "SET", "PT15M"),
        ],
    ),
    # Sunday 1998-11-08 (ISO week 45), a Sunday paper's state-news page of AP copy: masthead,
    # date line "Sunday, November 8, 1998", label "NEWS OF THE STATE", one story and two
    # briefs, each with its own headline and "TOWN, Ohio (AP) --" dateline. Story: the
    # standoff began "shortly before 3 p.m. Friday" 1998-11-06T15:00 and 1998-11-06 and ended
    # "at 9:40 a.m. Saturday" 1998-11-07T09:40 and 1998-11-07; "19 hours" (headline and lead)
    # PT19H; "through the night" -> "the night" 1998-11-06TNI, the night between; "until about
    # midnight" the midnight ending Friday, 1998-11-06T24:00 (gold_blind103); "reopened at
    # 11 a.m." Saturday 1998-11-07T11:00; "Saturday night" 1998-11-07TNI; "arraigned Monday"
    # 1998-11-09. "issued Oct. 29" 1998-10-29, "on Oct. 14" 1998-10-14, "since 1995", "two
    # years ago" 1996 (the unit's granularity), "every 15 minutes" SET PT15M, "about 20 hours"
    # PT20H, "in three months" P3M (the period of an ordinal count, gold_blind103), "In August"
    # 1998-08, "six hours" PT6H. Trooper brief: "on Halloween" 1998-10-31, "for 30 days" P30D,
    # "the patrol said Friday" 1998-11-06, "a 13-year veteran" -> "13-year" DURATION P13Y (an
    # adjectival duration, how long he has served; see README), "1:50 a.m. Oct. 31"
    # 1998-10-31T01:50 and 1998-10-31, "set for Dec. 2" 1998-12-02. Chief brief: "resigned
    # Thursday" 1998-11-05, "after 22 years on the force" P22Y, "effective at the end of the
    # year" -> "the end of the year" 1998 (gold_blind34; "effective" a signal), "since 1989",
    # "its Nov. 16 meeting" 1998-11-16, "by spring" ahead in November 1999-SP, "his 1999
    # budget" 1999, "a week ago" (said Thursday) 1998-W44 (gold_blind16, gold_blind32). Not
    # annotated: "58", "61" (ages), "80-acre", "Route 4", "Route 32", "two shots", "twice",
    # "since" alone ("He has been different since"), "after that", "the Marlow post", "Sgt.",
    # "Church of the Brethren".
    "mercer-grove-farmhouse-standoff": (
        "1998-11-08",
        [
            ("Sunday, November 8, 1998", "DATE", "1998-11-08"),
            ("19 hours", "DURATION", "PT19H"),
            ("19 hours", "DURATION", "PT19H"),
            ("9:40 a.m.", "TIME", "1998-11-07T09:40"),
            ("Saturday", "DATE", "1998-11-07"),
            ("the night", "TIME", "1998-11-06TNI"),
            ("3 p.m.", "TIME", "1998-11-06T15:00"),
            ("Friday", "DATE", "1998-11-06"),
            ("Oct. 29", "DATE", "1998-10-29"),
            ("Oct. 14", "DATE", "1998-10-14"),
            ("1995", "DATE", "1995"),
            ("every 15 minutes", "SET", "PT15M"),
            ("about midnight", "TIME", "1998-11-06T24:00"),
            ("two years ago", "DATE", "1996"),
            ("about 20 hours", "DURATION", "PT20H"),
            ("11 a.m.", "TIME", "1998-11-07T11:00"),
            ("Saturday night", "TIME", "1998-11-07TNI"),
            ("Monday", "DATE", "1998-11-09"),
            ("three months", "DURATION", "P3M"),
            ("August", "DATE", "1998-08"),
            ("six hours", "DURATION", "PT6H"),
            ("Halloween", "DATE", "1998-10-31"),
            ("30 days", "DURATION", "P30D"),
            ("Friday", "DATE", "1998-11-06"),
            ("13-year", "DURATION", "P13Y"),
            ("1:50 a.m.", "TIME", "1998-10-31T01:50"),
            ("Oct. 31", "DATE", "1998-10-31"),
            ("Dec. 2", "DATE", "1998-12-02"),
            ("Thursday", "DATE", "1998-11-05"),
            ("22 years", "DURATION", "P22Y"),
            ("the end of the year", "DATE", "1998"),
            ("1989", "DATE", "1989"),
            ("Nov. 16", "DATE", "1998-11-16"),
            ("spring", "DATE", "1999-SP"),
            ("1999", "DATE", "1999"),
            ("a week ago", "DATE", "1998-W44"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
