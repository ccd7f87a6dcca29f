"""Annotations of blind gold set 640, chosen by hand before the tagger ran.

    python tests/data/gold_blind640/annotate.py [--show]

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
    # Tuesday 1999-10-19 (ISO week 42), AP farm writer's harvest story in the wire archive's
    # header style: "October 19, 1999, Tuesday, BC cycle" (date and weekday one DATE span,
    # "BC cycle" not annotated) and "4:38 PM Eastern Time" (TIME, the zone in the span and
    # not in the value), "(AP) _" dateline with "today" the day of the wire. The weekly crop
    # progress figure "by Sunday" 1999-10-17 and "the week ended Sunday" -> "the week"
    # 1999-W41 plus "Sunday" (gold_blind33, gold_blind61: a Monday-Sunday reporting week is
    # the ISO week); "a week earlier" than that figure is the ISO week before, 1999-W40
    # (gold_blind22, gold_blind80); "a year ago" 1998 (the unit's granularity, gold_blind14);
    # "the five-year average" -> "five-year" DURATION P5Y (gold_blind80). Past weekdays:
    # "released Monday afternoon" 1999-10-18TAF, "Friday night" 1999-10-15TNI, "Saturday
    # morning" 1999-10-16TMO, futures "closed ... on Monday" 1999-10-18. Future: "If it clears
    # up Thursday" 1999-10-21 and "the next day" after it 1999-10-22 (anchored on the last date
    # of its line, gold_blind32); "early Wednesday" DATE 1999-10-20 (gold_blind103's "early
    # Friday"); "from Thursday through the weekend" 1999-10-21 and 1999-W42-WE (23-24 October),
    # the lead's "until the weekend" the same; "Friday morning" 1999-10-22TMO; the next report
    # "due Monday at 4 p.m. EDT" 1999-10-25 and 1999-10-25T16:00. "run till midnight every
    # night" -> "midnight" TIME XXXX-XX-XXT24:00 and "every night" SET XXXX-XX-XXTNI, and "open
    # until 9 p.m. every day" -> "9 p.m." XXXX-XX-XXT21:00 and "every day" SET P1D, the hours
    # of a recurring opening (gold_blind34, gold_blind103). "the December futures contract"
    # and "December corn" look forward, 1999-12 (gold_blind80). "in eight days" DURATION P8D
    # (how long a past job took, gold_blind35); "Three days of cold rain" P3D; "46 years"
    # P46Y. "Halloween" 1999-10-31. Not annotated: "the first hard freeze", "highs in the 50s"
    # (temperatures, not a decade), "LENGTH: 448 words", "54", "No. 2 yellow corn", "$1.71",
    # "$2.05 1/4", "78 cents", "61 cents", "27 cents", "9.5 billion bushels", acres and
    # percentages, "around the clock", "since then" (anaphoric), "until it's done".
    "orland-center-corn-harvest-rain-delay": (
        "1999-10-19",
        [
            ("October 19, 1999, Tuesday", "DATE", "1999-10-19"),
            ("4:38 PM Eastern Time", "TIME", "1999-10-19T16:38"),
            ("Three days", "DURATION", "P3D"),
            ("the weekend", "DATE", "1999-W42-WE"),
            ("Sunday", "DATE", "1999-10-17"),
            ("weekly", "SET", "P1W"),
            ("Monday afternoon", "TIME", "1999-10-18TAF"),
            ("a week earlier", "DATE", "1999-W40"),
            ("a year ago", "DATE", "1998"),
            ("five-year", "DURATION", "P5Y"),
            ("the week", "DATE", "1999-W41"),
            ("Sunday", "DATE", "1999-10-17"),
            ("eight days", "DURATION", "P8D"),
            ("Friday night", "TIME", "1999-10-15TNI"),
            ("Saturday morning", "TIME", "1999-10-16TMO"),
            ("Thursday", "DATE", "1999-10-21"),
            ("the next day", "DATE", "1999-10-22"),
            ("midnight", "TIME", "XXXX-XX-XXT24:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("tonight", "TIME", "1999-10-19TNI"),
            ("early Wednesday", "DATE", "1999-10-20"),
            ("Thursday", "DATE", "1999-10-21"),
            ("the weekend", "DATE", "1999-W42-WE"),
            ("Friday morning", "TIME", "1999-10-22TMO"),
            ("this week", "DATE", "1999-W42"),
            ("September", "DATE", "1999-09"),
            ("Oct. 4", "DATE", "1999-10-04"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("every day", "SET", "P1D"),
            ("the end of the month", "DATE", "1999-10"),
            ("today", "DATE", "1999-10-19"),
            ("December", "DATE", "1999-12"),
            ("December", "DATE", "1999-12"),
            ("Monday", "DATE", "1999-10-18"),
            ("Oct. 12", "DATE", "1999-10-12"),
            ("the past two weeks", "DURATION", "P2W"),
            ("1998", "DATE", "1998"),
            ("1987", "DATE", "1987"),
            ("the spring of 1997", "DATE", "1997-SP"),
            ("46 years", "DURATION", "P46Y"),
            ("Halloween", "DATE", "1999-10-31"),
            ("Monday", "DATE", "1999-10-25"),
            ("4 p.m. EDT", "TIME", "1999-10-25T16:00"),
        ],
    ),
    # Wednesday 2000-01-12 (ISO week 2), commodity wire on a USDA report day, "UPDATE 2-GRAINS-"
    # headline, "CHICAGO, Jan 12 (Reuters) -" dateline (the publication day); "on Wednesday"
    # is that day. "the 1999/2000 marketing year" -> "1999" and "2000", two DATEs, the period
    # noun left out (gold_blind80); "on Aug. 31, when the marketing year ends" -> "Aug. 31"
    # ahead, 2000-08-31 (the clause holds no TIMEX3). Clock times with
    # zones and their GMT equivalents are two TIMEX3 ("1:15 p.m. CST (1915 GMT)", "7:30 a.m.
    # CST (1330 GMT)", gold_blind28, gold_blind80), the zone in the span. Contract months look
    # forward (gold_blind80): "March" 2000-03 (three times), "The expiring January contract"
    # 2000-01, "New-crop November soybeans" 2000-11 ("New-crop" not annotated). Past:
    # "Tuesday's 6-cent loss" 2000-01-11; "last Wednesday" in a Wednesday wire is the one a
    # week before, 2000-01-05 (gold_blind80's "last Thursday"). Future: "on Friday"
    # 2000-01-14, the export sales "due on Thursday at 7:30 a.m. CST" 2000-01-13, "on Monday"
    # and "Martin Luther King Day" 2000-01-17 (the third Monday of January), "at 9:30 a.m. CST
    # on Tuesday" 2000-01-18; "the weekend" 2000-W02-WE. "its December estimate" and "much of
    # December" 1999-12 ("much of" left out like "most of", gold_blind80); "a month ago" the
    # unit's granularity, 1999-12, and "2 percent below a year ago" 1998 (the 1998 crop);
    # "the morning" of the report day 2000-01-12TMO; "every day since last Wednesday" a SET P1D
    # and its DATE; "quarterly" and "weekly" reports SETs (gold_blind80); "the 10-day forecast"
    # -> "10-day" DURATION; "this spring" ahead 2000-SP; "late February" 2000-02; "Two more
    # weeks" P2W (a hypothetical span, the modifier kept). Not annotated: the ticker "SH0",
    # "Y2K" (gold_blind34), "$4.91-1/2", "9-1/2 cents", "6-cent", "3-3/4 cents", "$2.06",
    # "$2.48-3/4", "$5", "2.65 billion bushels", "1.79 billion", "355 million", "375 million",
    # "350,000 to 450,000 tonnes", "the close", "New-crop", "the new crop", "the numbers".
    "cbot-soybeans-usda-january-report": (
        "2000-01-12",
        [
            ("1999", "DATE", "1999"),
            ("Jan 12", "DATE", "2000-01-12"),
            ("Oct. 27", "DATE", "1999-10-27"),
            ("Wednesday", "DATE", "2000-01-12"),
            ("1999", "DATE", "1999"),
            ("1999", "DATE", "1999"),
            ("2000", "DATE", "2000"),
            ("March", "DATE", "2000-03"),
            ("1:15 p.m. CST", "TIME", "2000-01-12T13:15"),
            ("1915 GMT", "TIME", "2000-01-12T19:15"),
            ("Tuesday", "DATE", "2000-01-11"),
            ("January", "DATE", "2000-01"),
            ("Friday", "DATE", "2000-01-14"),
            ("March", "DATE", "2000-03"),
            ("1999", "DATE", "1999"),
            ("7:30 a.m. CST", "TIME", "2000-01-12T07:30"),
            ("1330 GMT", "TIME", "2000-01-12T13:30"),
            ("December", "DATE", "1999-12"),
            ("a year ago", "DATE", "1998"),
            ("quarterly", "SET", "P3M"),
            ("Dec. 1", "DATE", "1999-12-01"),
            ("Aug. 31", "DATE", "2000-08-31"),
            ("a month ago", "DATE", "1999-12"),
            ("every day", "SET", "P1D"),
            ("last Wednesday", "DATE", "2000-01-05"),
            ("the morning", "TIME", "2000-01-12TMO"),
            ("the past three weeks", "DURATION", "P3W"),
            ("10-day", "DURATION", "P10D"),
            ("the weekend", "DATE", "2000-W02-WE"),
            ("April", "DATE", "2000-04"),
            ("May", "DATE", "2000-05"),
            ("December", "DATE", "1999-12"),
            ("last week", "DATE", "2000-W01"),
            ("March", "DATE", "2000-03"),
            ("weekly", "SET", "P1W"),
            ("Thursday", "DATE", "2000-01-13"),
            ("7:30 a.m. CST", "TIME", "2000-01-13T07:30"),
            ("November", "DATE", "2000-11"),
            ("this spring", "DATE", "2000-SP"),
            ("late February", "DATE", "2000-02"),
            ("Monday", "DATE", "2000-01-17"),
            ("Martin Luther King Day", "DATE", "2000-01-17"),
            ("9:30 a.m. CST", "TIME", "2000-01-18T09:30"),
            ("Tuesday", "DATE", "2000-01-18"),
            ("Two more weeks", "DURATION", "P2W"),
        ],
    ),
    # Friday 1998-07-24 (ISO week 30), US regional farm weekly, masthead, date line "Friday,
    # July 24, 1998 | Vol. 41, No. 30 | $1.25" (one DATE span; volume, number and price not
    # annotated), section label, headline, byline, "ELK FORK, Okla. —" dateline, a MEETINGS
    # box. The sign-up "opens Monday" (headline, lead, "from 8 a.m. Monday") 1998-07-27 and
    # runs "through Aug. 14"; the hay lottery "Aug. 3" (headline and "on Aug. 3 at 10 a.m.").
    # "the driest summer since 1956" -> "summer" 1998-SU and "1956" (the season of a
    # superlative without its adjective, gold_blind80); "the summer of 1980" one span.
    # "until 6:30 p.m. on Tuesdays and Thursdays" -> the clock time of a recurring opening
    # XXXX-XX-XXT18:30 and two SETs XXXX-WXX-2, XXXX-WXX-4; "every Wednesday at noon" SET
    # XXXX-WXX-3 and TIME XXXX-XX-XXT12:00 (gold_blind103's hours of a recurring service).
    # Past: cow-calf pairs "brought $520 Wednesday" 1998-07-22, "Last week" 1998-W29, "in June"
    # and "early June" 1998-06, "June 29" 1998-06-29. Future: "next Tuesday" in a Friday
    # paper is the coming one, 1998-07-28 (gold_blind80), the same day as the box's "7 p.m.
    # Tuesday, July 28"; "the middle of next week" 1998-W31 (the modifier unrecorded,
    # gold_blind103); "by Labor Day" 1998-09-07 (the first Monday of September); "this fall"
    # 1998-FA; "by mid-September" 1998-09. "a year ago" 1997 (twice). "12 straight days" a
    # cardinal run, DURATION P12D (gold_blind103's "five consecutive days"); "one-day" and
    # "three-week" adjectival durations; "within 10 days" -> "10 days"; "for six weeks" P6W.
    # "every day since the Fourth of July" a SET P1D and 1998-07-04. Not annotated: "Vol. 41,
    # No. 30", "$1.25", "14 drought-stricken counties", "$12 million", "0.6 inch", "100
    # degrees", "19 bushels", "40,000 acres", "twice its normal volume" (a multiplier, not a
    # frequency), "$520", "$710", "61", "afternoon highs" (an adjective naming a kind),
    # "580-555-1956" (a phone number beside the annotated "1956"), "1-800-555-0199", "Barn 4",
    # "the wheat harvest", "The dry spell".
    "elk-fork-drought-aid-hay-lottery": (
        "1998-07-24",
        [
            ("Friday, July 24, 1998", "DATE", "1998-07-24"),
            ("Monday", "DATE", "1998-07-27"),
            ("Aug. 3", "DATE", "1998-08-03"),
            ("Monday", "DATE", "1998-07-27"),
            ("summer", "DATE", "1998-SU"),
            ("1956", "DATE", "1956"),
            ("one-day", "DURATION", "P1D"),
            ("June 29", "DATE", "1998-06-29"),
            ("8 a.m.", "TIME", "1998-07-27T08:00"),
            ("Monday", "DATE", "1998-07-27"),
            ("Aug. 14", "DATE", "1998-08-14"),
            ("6:30 p.m.", "TIME", "XXXX-XX-XXT18:30"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("three-week", "DURATION", "P3W"),
            ("mid-September", "DATE", "1998-09"),
            ("May 1", "DATE", "1998-05-01"),
            ("12 straight days", "DURATION", "P12D"),
            ("early June", "DATE", "1998-06"),
            ("a year ago", "DATE", "1997"),
            ("the summer of 1980", "DATE", "1980-SU"),
            ("the middle of next week", "DATE", "1998-W31"),
            ("Last week", "DATE", "1998-W29"),
            ("Aug. 3", "DATE", "1998-08-03"),
            ("10 a.m.", "TIME", "1998-08-03T10:00"),
            ("10 days", "DURATION", "P10D"),
            ("six weeks", "DURATION", "P6W"),
            ("Wednesday", "DATE", "1998-07-22"),
            ("a year ago", "DATE", "1997"),
            ("every Wednesday", "SET", "XXXX-WXX-3"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("next Tuesday", "DATE", "1998-07-28"),
            ("June", "DATE", "1998-06"),
            ("Labor Day", "DATE", "1998-09-07"),
            ("1911", "DATE", "1911"),
            ("every day", "SET", "P1D"),
            ("the Fourth of July", "DATE", "1998-07-04"),
            ("this fall", "DATE", "1998-FA"),
            ("7 p.m.", "TIME", "1998-07-28T19:00"),
            ("Tuesday, July 28", "DATE", "1998-07-28"),
            ("1:30 p.m.", "TIME", "1998-08-06T13:30"),
            ("Thursday, Aug. 6", "DATE", "1998-08-06"),
        ],
    ),
    # Thursday 1998-10-08 (ISO week 41), Canadian prairie weekly, masthead, date line
    # "Thursday, October 8, 1998", section label, headline, byline, "KELVANIE, Sask. —"
    # dateline. The crop report: "as of Monday" 1998-10-05, "said ... Tuesday" 1998-10-06, "a
    # week earlier" the ISO week before the figure's, 1998-W40 (gold_blind80); "the 10-year
    # average ... for early October" -> "10-year" P10Y and "early October" 1998-10. The snow
    # started "Sunday evening" 1998-10-04TEV; "until 2 a.m. Sunday" 1998-10-04T02:00 and
    # 1998-10-04, "by that evening" the evening of that Sunday, 1998-10-04TEV (gold_blind8,
    # gold_blind26). Canadian Thanksgiving is the second Monday of October, 1998-10-12:
    # "Thanksgiving Monday" one DATE span; "the Thanksgiving long weekend" and "the long
    # weekend" 1998-W41-WE (10-11 October, the ISO weekend of its Saturday, gold_blind17,
    # gold_blind103). Future: "from Friday through Tuesday" 1998-10-09 and 1998-10-13, "by Oct.
    # 20", "by Oct. 31", "due Oct. 29", "until spring" 1999-SP, "early December" 1998-12,
    # "November canola" 1998-11 (a contract month ahead), "Next week's Courier" -> "Next week"
    # 1998-W42. Past: "last Friday" in a Thursday paper the most recent Friday, 1998-10-02
    # (gold_blind80); "Wednesday" and "Wednesday morning" 1998-10-07; "April" 1998-04; "the
    # night of Aug. 21" TIME 1998-08-21TNI (gold_blind80's "the night of June 14"). "in 1992,
    # when an October snowstorm" -> "October" 1992-10, anchored on the year of its clause.
    # "the 1998-99 crop year" and "the 1997-98 pool" -> "1998", "99" (1999), "1997", "98"
    # (1998), the period nouns left out (gold_blind80); "Aug. 1" 1998-08-01. "monthly" a SET
    # P1M (a recurring report, gold_blind80); "22 years" P22Y; "for two hours" PT2H. Not
    # annotated: "one-sixth", "84 per cent" and other percentages, "15 centimetres", "12C",
    # "3,200 acres", "600 acres", "No. 3 Canada Western Red Spring", "No. 1 Canada Western Red
    # Spring", "13.5 per cent protein", "$162.45", "$398.60", "$11", "$400", "Highway 14",
    # "the harvest", "late-seeded", "since" (bare), "holiday closings", "a statutory holiday".
    "kelvanie-snow-halts-harvest-initial-payments": (
        "1998-10-08",
        [
            ("Thursday, October 8, 1998", "DATE", "1998-10-08"),
            ("Monday", "DATE", "1998-10-05"),
            ("Tuesday", "DATE", "1998-10-06"),
            ("a week earlier", "DATE", "1998-W40"),
            ("10-year", "DURATION", "P10Y"),
            ("early October", "DATE", "1998-10"),
            ("this week", "DATE", "1998-W41"),
            ("Sunday evening", "TIME", "1998-10-04TEV"),
            ("2 a.m.", "TIME", "1998-10-04T02:00"),
            ("Sunday", "DATE", "1998-10-04"),
            ("that evening", "TIME", "1998-10-04TEV"),
            ("a week", "DURATION", "P1W"),
            ("the long weekend", "DATE", "1998-W41-WE"),
            ("Oct. 20", "DATE", "1998-10-20"),
            ("spring", "DATE", "1999-SP"),
            ("1992", "DATE", "1992"),
            ("October", "DATE", "1992-10"),
            ("the spring of 1993", "DATE", "1993-SP"),
            ("the night of Aug. 21", "TIME", "1998-08-21TNI"),
            ("Friday", "DATE", "1998-10-09"),
            ("Tuesday", "DATE", "1998-10-13"),
            ("the Thanksgiving long weekend", "DATE", "1998-W41-WE"),
            ("Thanksgiving Monday", "DATE", "1998-10-12"),
            ("Oct. 31", "DATE", "1998-10-31"),
            ("last Friday", "DATE", "1998-10-02"),
            ("1998", "DATE", "1998"),
            ("99", "DATE", "1999"),
            ("Aug. 1", "DATE", "1998-08-01"),
            ("April", "DATE", "1998-04"),
            ("monthly", "SET", "P1M"),
            ("Oct. 29", "DATE", "1998-10-29"),
            ("1997", "DATE", "1997"),
            ("98", "DATE", "1998"),
            ("early December", "DATE", "1998-12"),
            ("November", "DATE", "1998-11"),
            ("Wednesday", "DATE", "1998-10-07"),
            ("the past two weeks", "DURATION", "P2W"),
            ("the fall of 1995", "DATE", "1995-FA"),
            ("22 years", "DURATION", "P22Y"),
            ("this month", "DATE", "1998-10"),
            ("two hours", "DURATION", "PT2H"),
            ("Wednesday morning", "TIME", "1998-10-07TMO"),
            ("Next week", "DATE", "1998-W42"),
        ],
    ),
    # Saturday 1999-05-15 (ISO week 19), Australian regional paper's rural page, masthead,
    # date line "Saturday, 15 May 1999 | Rural, page 34" (one DATE span; the page number not
    # annotated), section label, headline, byline. Southern seasons take the year they fall in
    # (gold_blind68, gold_blind103): the headline's "Dry autumn" and "the driest autumn since
    # 1982" -> "autumn" 1999-FA (March-May), the adjective left out like "a wet winter"
    # (gold_blind103). The store sale was "on Thursday" 1999-05-13, "at 9am" and "until
    # 4.15pm" that day, "more than seven hours later" the duration alone, PT7H (gold_blind35);
    # "On Wednesday afternoon" 1999-05-12TAF and "until midnight" after it the midnight ending
    # Wednesday, 1999-05-12T24:00 (gold_blind103); "by early Thursday" DATE 1999-05-13;
    # "Tuesday night" 1999-05-11TNI; "Friday's prime sale" -> "Friday" 1999-05-14. Future:
    # "next week" 1999-W20, "the end of the month" 1999-05, "Thursday, May 27", "from 10am to
    # 3pm on Tuesday" 1999-05-18, "at 7.30pm on Wednesday" 1999-05-19. "The Queen's Birthday
    # holiday" is the second Monday of June, 1999-06-14 (gold_blind9), beside "Monday, June
    # 14"; "the next day" after it 1999-06-15. "the end of the 1998-99 financial year" one
    # span FY1999, the July-June year named by the year it ends (gold_blind49), the modifier
    # unrecorded like "the end of 1990" (gold_blind35). "down 15c/kg in a fortnight" ->
    # "a fortnight" P2W (a past change, gold_blind35); "a year ago" 1998; "every day since
    # Anzac Day" SET P1D and 1999-04-25; "for six months" P6M; "every three months" SET P3M;
    # the outlook "for June to August" 1999-06 and 1999-08; "in more than a year" P1Y (the
    # period of a "first in", gold_blind103). Not annotated: "page 34", "2,850 store cattle",
    # "92c to 118c/kg", "15c/kg", "6c/kg", "84c/kg", "$310", "$455", "$520 to $640", "18mm",
    # "an autumn average of 96mm" (an adjective naming a kind), "a proper autumn break" (a
    # seasonal event), "winter outlook" (a kind), "A wet winter fixes a lot" (generic), "58",
    # "a third", "200 cows", "1,800", "1,140 head", "50 per cent", "60 per cent", "1800 555
    # 199", "the same sale", "the weaner sale".
    "mundaroo-store-cattle-dry-autumn": (
        "1999-05-15",
        [
            ("Saturday, 15 May 1999", "DATE", "1999-05-15"),
            ("autumn", "DATE", "1999-FA"),
            ("Thursday", "DATE", "1999-05-13"),
            ("January 1998", "DATE", "1998-01"),
            ("autumn", "DATE", "1999-FA"),
            ("1982", "DATE", "1982"),
            ("9am", "TIME", "1999-05-13T09:00"),
            ("4.15pm", "TIME", "1999-05-13T16:15"),
            ("more than seven hours", "DURATION", "PT7H"),
            ("a fortnight", "DURATION", "P2W"),
            ("a year ago", "DATE", "1998"),
            ("March 1", "DATE", "1999-03-01"),
            ("March", "DATE", "1999-03"),
            ("next week", "DATE", "1999-W20"),
            ("the end of the month", "DATE", "1999-05"),
            ("every day", "SET", "P1D"),
            ("Anzac Day", "DATE", "1999-04-25"),
            ("1994", "DATE", "1994"),
            ("Tuesday night", "TIME", "1999-05-11TNI"),
            ("Wednesday afternoon", "TIME", "1999-05-12TAF"),
            ("midnight", "TIME", "1999-05-12T24:00"),
            ("early Thursday", "DATE", "1999-05-13"),
            ("Friday", "DATE", "1999-05-14"),
            ("Thursday, May 27", "DATE", "1999-05-27"),
            ("The Queen's Birthday holiday", "DATE", "1999-06-14"),
            ("Monday, June 14", "DATE", "1999-06-14"),
            ("the next day", "DATE", "1999-06-15"),
            ("April 30", "DATE", "1999-04-30"),
            ("six months", "DURATION", "P6M"),
            ("October 31", "DATE", "1999-10-31"),
            ("every three months", "SET", "P3M"),
            ("April 1", "DATE", "1999-04-01"),
            ("June 30", "DATE", "1999-06-30"),
            ("the end of the 1998-99 financial year", "DATE", "FY1999"),
            ("10am", "TIME", "1999-05-18T10:00"),
            ("3pm", "TIME", "1999-05-18T15:00"),
            ("Tuesday", "DATE", "1999-05-18"),
            ("7.30pm", "TIME", "1999-05-19T19:30"),
            ("Wednesday", "DATE", "1999-05-19"),
            ("June", "DATE", "1999-06"),
            ("August", "DATE", "1999-08"),
            ("more than a year", "DURATION", "P1Y"),
            ("June", "DATE", "1999-06"),
        ],
    ),
    # Monday 2000-07-17 (ISO week 29), Indian national daily's website in its archive style:
    # "Date:17/07/2000" (day-first, the publication day, gold_blind49) and a URL holding the
    # date (not annotated), paper and section line, headline, "By Our Special Correspondent",
    # "NEW DELHI, July 16." dateline. The story was filed on Sunday 2000-07-16 for Monday's
    # paper: the dateline's "July 16" is that day, and "said on Sunday" the same day (see
    # README). Past: "till Friday (July 14)" two DATEs 2000-07-14; "on Saturday" 2000-07-15
    # (the IMD statement and the onion price); "a week earlier" than that Saturday's price
    # takes its granularity, 2000-07-08 (gold_blind35); "a year ago" 1999 and "last year's
    # pace" -> "last year" 1999; "last month" 2000-06; "June 2", "July 5", "June 1", "June 24".
    # Future: "by July 20", "from Wednesday" 2000-07-19, "on Friday" 2000-07-21, "on Tuesday
    # at 11 a.m." 2000-07-18 and 2000-07-18T11:00; "till the end of July" 2000-07, "in August"
    # and "till mid-August" 2000-08, "in October" 2000-10, "October 1" 2000-10-01. "a day
    # behind its normal date" the size of a delay, DURATION P1D (gold_blind35); "for the past
    # 10 days" P10D; "For 20 days" P20D; "one more week" P1W. "the 2000-01 kharif crops" and
    # "1999-2000" (crop years written with two years) -> "2000", "01" (2001), "1999", "2000",
    # the crop season left out (gold_blind80). "the April-June quarter" names calendar months,
    # 2000-Q2, and "a year earlier" after it 1999-Q2 (gold_blind17, gold_blind49). "issued
    # every Thursday" and "meets every Friday" SETs XXXX-WXX-4 and XXXX-WXX-5. Not annotated:
    # the URL "http://www.deccanledger.com/2000/07/17/stories/0217000a.htm", "Kharif" and
    # "kharif" (a crop season, gold_blind9, gold_blind17), "the monsoon" (gold_blind22,
    # gold_blind96), "412 lakh hectares", "448 lakh hectares", "a third", "9 per cent", "31 per
    # cent", "6 per cent", "14 of the 35", "47", "Rs. 640", "Rs. 410", "Rs. 510", "Rs. 20",
    # "a quintal", "011-3382000" (a phone number holding "2000"), "since" (bare).
    "kharif-sowing-lags-monsoon-break": (
        "2000-07-17",
        [
            ("17/07/2000", "DATE", "2000-07-17"),
            ("July 16", "DATE", "2000-07-16"),
            ("last year", "DATE", "1999"),
            ("the past 10 days", "DURATION", "P10D"),
            ("Sunday", "DATE", "2000-07-16"),
            ("Friday", "DATE", "2000-07-14"),
            ("July 14", "DATE", "2000-07-14"),
            ("a year ago", "DATE", "1999"),
            ("June 2", "DATE", "2000-06-02"),
            ("a day", "DURATION", "P1D"),
            ("July 5", "DATE", "2000-07-05"),
            ("June 1", "DATE", "2000-06-01"),
            ("Saturday", "DATE", "2000-07-15"),
            ("July 20", "DATE", "2000-07-20"),
            ("Wednesday", "DATE", "2000-07-19"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
            ("the end of July", "DATE", "2000-07"),
            ("August", "DATE", "2000-08"),
            ("mid-August", "DATE", "2000-08"),
            ("June 24", "DATE", "2000-06-24"),
            ("20 days", "DURATION", "P20D"),
            ("one more week", "DURATION", "P1W"),
            ("Saturday", "DATE", "2000-07-15"),
            ("a week earlier", "DATE", "2000-07-08"),
            ("October", "DATE", "2000-10"),
            ("2000", "DATE", "2000"),
            ("01", "DATE", "2001"),
            ("last month", "DATE", "2000-06"),
            ("1999", "DATE", "1999"),
            ("2000", "DATE", "2000"),
            ("October 1", "DATE", "2000-10-01"),
            ("the April-June quarter", "DATE", "2000-Q2"),
            ("a year earlier", "DATE", "1999-Q2"),
            ("1987", "DATE", "1987"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("Friday", "DATE", "2000-07-21"),
            ("Tuesday", "DATE", "2000-07-18"),
            ("11 a.m.", "TIME", "2000-07-18T11:00"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
