"""Annotations of blind gold set 466, chosen by hand before the tagger ran.

    python tests/data/gold_blind466/annotate.py [--show]

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
    # Saturday 1998-10-31 (ISO week 44), AP college football game story in the wire-archive
    # form: header "October 31, 1998, Saturday, BC cycle" (the date and its trailing weekday
    # one DATE span, like "Sunday 24 May 2015" in gold_blind91; "BC cycle" is a wire cycle, not
    # annotated) and "7:52 PM Eastern Time" (TIME, zone in the span, gold_blind16 and
    # gold_blind27). The game was played "on Saturday", the publication day, on "Halloween
    # afternoon" 1998-10-31TAF; "12:30 p.m." that day; "that evening" 1998-10-31TEV (gold_blind8).
    # Past weekdays: practice "since Tuesday" 1998-10-27, "on Thursday" 1998-10-29, the bonfire
    # "Friday night" 1998-10-30TNI, the homecoming game moved "to Saturday" 1998-10-31. Future:
    # "next Saturday" in a Saturday story is seven days ahead, 1998-11-07 (gold_blind11,
    # gold_blind43); the MRI "Monday" 1998-11-02; "tomorrow" 1998-11-01; "by Tuesday"
    # 1998-11-03; "a Thursday night game ... on Nov. 5" 1998-11-05TNI and "8 p.m. EST" that day;
    # "a week later" after "Nov. 14" is the ISO week of Nov. 21, 1998-W47 (gold_blind68,
    # gold_blind79). "dating to last November" -> "last November" 1997-11; "earlier this month"
    # 1998-10; "the final two minutes of regulation" DURATION PT2M (an ordinal period of an
    # event, like "the first 45 minutes" in gold_blind43); "the third time in four weeks" P4W;
    # "took 3 hours and 41 minutes" PT221M (gold_blind24); "pushed back 30 minutes" PT30M (the
    # size of a shift); "up to three weeks" P3W; "the next 15 days" P15D; "every year" and
    # "annual" SET P1Y. Not annotated: scores and records ("30-24", "21-10", "24-21", "17-14",
    # "8-0, 5-0", "4-4, 2-3", "41-30-3"), "No. 14", "the Eastbrook 31", "4 yards", "44-yard",
    # "39 yards", "48-yard", "22-yard", "29 times", "141 yards", "262 yards", "11 straight
    # games", "21-year-old", "31,406" and "A-31,406", the line score, "overtime", "regulation",
    # "halftime", "the fourth quarter", "the opening drive", "last season", "the regular
    # season", "a long season" (sports periods, gold_blind43, gold_blind91), "one good day"
    # (a kind of day), "BC cycle".
    "harmon-state-eastbrook-overtime": (
        "1998-10-31",
        [
            ("October 31, 1998, Saturday", "DATE", "1998-10-31"),
            ("7:52 PM Eastern Time", "TIME", "1998-10-31T19:52"),
            ("Saturday", "DATE", "1998-10-31"),
            ("earlier this month", "DATE", "1998-10"),
            ("the final two minutes", "DURATION", "PT2M"),
            ("last November", "DATE", "1997-11"),
            ("1971", "DATE", "1971"),
            ("next Saturday", "DATE", "1998-11-07"),
            ("Nov. 21", "DATE", "1998-11-21"),
            ("four weeks", "DURATION", "P4W"),
            ("Nov. 18, 1989", "DATE", "1989-11-18"),
            ("Halloween afternoon", "TIME", "1998-10-31TAF"),
            ("3 hours and 41 minutes", "DURATION", "PT221M"),
            ("30 minutes", "DURATION", "PT30M"),
            ("12:30 p.m.", "TIME", "1998-10-31T12:30"),
            ("Sept. 12", "DATE", "1998-09-12"),
            ("Tuesday", "DATE", "1998-10-27"),
            ("Thursday", "DATE", "1998-10-29"),
            ("that evening", "TIME", "1998-10-31TEV"),
            ("Monday", "DATE", "1998-11-02"),
            ("up to three weeks", "DURATION", "P3W"),
            ("the next 15 days", "DURATION", "P15D"),
            ("tomorrow", "DATE", "1998-11-01"),
            ("Tuesday", "DATE", "1998-11-03"),
            ("Thursday night", "TIME", "1998-11-05TNI"),
            ("Nov. 5", "DATE", "1998-11-05"),
            ("8 p.m. EST", "TIME", "1998-11-05T20:00"),
            ("Nov. 14", "DATE", "1998-11-14"),
            ("a week later", "DATE", "1998-W47"),
            ("1923", "DATE", "1923"),
            ("every year", "SET", "P1Y"),
            ("1946", "DATE", "1946"),
            ("Oct. 17", "DATE", "1998-10-17"),
            ("Saturday", "DATE", "1998-10-31"),
            ("annual", "SET", "P1Y"),
            ("Friday night", "TIME", "1998-10-30TNI"),
        ],
    ),
    # Sunday 1999-11-28 (ISO week 47), AP box-office story in wire form: slug "BC-Box
    # Office,0462" (a word count), "Eds:" note, headline, byline, "LOS ANGELES (AP) _"
    # dateline, chart, and the wire's closing stamp "AP-NY-11-28-99 1612EST": "11-28-99" DATE
    # (month, day, two-digit year, like "9/25/14" in gold_blind41) and "1612EST" TIME
    # 1999-11-28T16:12 (see README). Thanksgiving 1999 is the fourth Thursday of November,
    # 1999-11-25 ("Thanksgiving Day", "Thanksgiving night" TNI); the headline's "Thanksgiving
    # weekend", "the Thanksgiving weekend", "the traditional three-day weekend" (one span,
    # gold_blind43) and "The weekend" are 1999-W47-WE (gold_blind38, gold_blind56). "from
    # Wednesday through Sunday" 1999-11-24 and 1999-11-28 (also above the chart); "estimates
    # released Sunday" the publication day; "opened Wednesday" 1999-11-24; "Friday" 1999-11-26;
    # "the next day" after Thanksgiving night 1999-11-26 (gold_blind14); "Last weekend"
    # 1999-W46-WE; "the same weekend last year" one span, the Thanksgiving weekend of 1998
    # (Saturday 1998-11-28), 1998-W48-WE (gold_blind62); "five-day" and "the five days" P5D;
    # "with five weeks to go" P5W; "about 6 p.m." on Thanksgiving Day. Future: "Dec. 10",
    # "Christmas" 1999-12-25, "Dec. 22", "Jan. 14" 2000-01-14 (across the year boundary), final
    # figures "Monday" 1999-11-29. "a July release" that was moved "last spring" -> "July"
    # 1999-07 (the July it was first set for, before the move) and "last spring" 1999-SP (the
    # spring of the same year, gold_blind35). Corvane's fiscal year "ends June 30": "June 30"
    # 2000-06-30, the end of the fiscal year now running (gold_blind33, gold_blind38), which is
    # named by the year it ends, so "its fiscal second quarter, which ends Dec. 31" is
    # FY2000-Q2 plus 1999-12-31. "1 hour and 48 minutes" PT108M. Not annotated: "0462",
    # "Thanksgiving opening" (an attributive holiday naming a kind of opening, compared since
    # 1995), "The holiday season" (no dates, gold_blind35), "No. 1", "second", "third", "3,112
    # theaters", "PG", "the top 12 films", dollar figures, "14 percent", the titles "Seven Days
    # to Sunday", "Orbit 2099", "The Last Days of August", "Midnight at the Paragon",
    # "Tuesday's Child", "A Long Weekend", "Harvest Moon", "AP-NY".
    "frostbound-thanksgiving-box-office": (
        "1999-11-28",
        [
            ("Thanksgiving weekend", "DATE", "1999-W47-WE"),
            ("the Thanksgiving weekend", "DATE", "1999-W47-WE"),
            ("Wednesday", "DATE", "1999-11-24"),
            ("Sunday", "DATE", "1999-11-28"),
            ("Sunday", "DATE", "1999-11-28"),
            ("Wednesday", "DATE", "1999-11-24"),
            ("the traditional three-day weekend", "DATE", "1999-W47-WE"),
            ("Friday", "DATE", "1999-11-26"),
            ("Sunday", "DATE", "1999-11-28"),
            ("five-day", "DURATION", "P5D"),
            ("1995", "DATE", "1995"),
            ("Thanksgiving night", "TIME", "1999-11-25TNI"),
            ("the next day", "DATE", "1999-11-26"),
            ("Friday", "DATE", "1999-11-26"),
            ("Last weekend", "DATE", "1999-W46-WE"),
            ("the five days", "DURATION", "P5D"),
            ("10 days", "DURATION", "P10D"),
            ("The weekend", "DATE", "1999-W47-WE"),
            ("five days", "DURATION", "P5D"),
            ("the five days", "DURATION", "P5D"),
            ("the same weekend last year", "DATE", "1998-W48-WE"),
            ("1999", "DATE", "1999"),
            ("Nov. 21", "DATE", "1999-11-21"),
            ("last year", "DATE", "1998"),
            ("five weeks", "DURATION", "P5W"),
            ("Thanksgiving Day", "DATE", "1999-11-25"),
            ("about 6 p.m.", "TIME", "1999-11-25T18:00"),
            ("every year", "SET", "P1Y"),
            ("Dec. 10", "DATE", "1999-12-10"),
            ("Christmas", "DATE", "1999-12-25"),
            ("Dec. 22", "DATE", "1999-12-22"),
            ("Jan. 14", "DATE", "2000-01-14"),
            ("1962", "DATE", "1962"),
            ("July", "DATE", "1999-07"),
            ("last spring", "DATE", "1999-SP"),
            ("1 hour and 48 minutes", "DURATION", "PT108M"),
            ("June 30", "DATE", "2000-06-30"),
            ("its fiscal second quarter", "DATE", "FY2000-Q2"),
            ("Dec. 31", "DATE", "1999-12-31"),
            ("Monday", "DATE", "1999-11-29"),
            ("Wednesday", "DATE", "1999-11-24"),
            ("Sunday", "DATE", "1999-11-28"),
            ("11-28-99", "DATE", "1999-11-28"),
            ("1612EST", "TIME", "1999-11-28T16:12"),
        ],
    ),
    # Tuesday 1999-05-25 (ISO week 21), AP television ratings story: slug "AP-TV-Nielsens",
    # stamp "05/25/99 18:41 EDT" (DATE with a two-digit year, gold_blind41, and TIME with the
    # zone in the span), headline, byline, "NEW YORK (AP) _" dateline, list. The Nielsen week
    # is Monday-Sunday: "the week of May 17-23" (twice) one DATE span 1999-W20, like "the
    # weekend of Nov. 7-8" (gold_blind66, gold_blind91), and "the week's" and "last week" the
    # same week. "last Wednesday" in a Tuesday story is 1999-05-19 (gold_blind18); its "9 p.m."
    # and "11 p.m. EDT" on that day; "that evening" 1999-05-19TEV; "the next day" 1999-05-20;
    # "Sunday night" 1999-05-23TNI; "said Tuesday" the publication day; "tonight at 9 p.m.
    # EDT" 1999-05-25; the sweeps "end Wednesday" 1999-05-26 (future). "February" (headline)
    # and "mid-February" 1999-02; "May 1997"; "September 1993"; "The May sweeps" -> "May"
    # 1999-05, an attributive month naming this year's period, like "the January transfer
    # window" (gold_blind24, gold_blind43); "four monthlong periods each year" -> "monthlong"
    # DURATION P1M and "each year" SET P1Y; "the past four weeks" P4W; "the third time in four
    # weeks" P4W and "the fourth time in five years" P5Y (gold_blind103); "Its final
    # half-hour" DURATION PT30M (an ordinal period of an event, the possessive kept, gold_blind35);
    # "two-hour" and "one-hour" adjectival durations. Slots: "Mondays at 8 p.m. EDT" and
    # "Thursdays at 8:30 p.m." -> SETs XXXX-WXX-1, XXXX-WXX-4 and TIMEs XXXX-XX-XXThh:mm
    # (gold_blind84). "in the fall" and "this fall" 1999-FA; "Sept. 20" 1999-09-20; "the
    # 1998-99 season" -> "1998" and "99" 1999, "season" left out (gold_blind43, gold_blind91);
    # "Sept. 21, 1998"; "May 26" 1999-05-26; "June 2" 1999-06-02; "Jan. 11" 1999-01-11. Not
    # annotated: "AP-TV-Nielsens", ratings and shares ("19.8 rating", "a 32 share", "10.4",
    # "17 share", "(8.1, 14)", "(7.2, 12)"), "994,000 households", "99.4 million", "18 to 49",
    # "11th", "six seasons", "142 episodes", "The new TV season" (a broadcast season,
    # gold_blind84), "the network's morning show" (an adjective naming a kind of show), "the
    # week's second most-watched program" beyond "the week", "Part 1", titles "Newsline 2000"
    # and "Saturday at the Marlowes".
    "harbor-street-finale-nielsen-ratings": (
        "1999-05-25",
        [
            ("05/25/99", "DATE", "1999-05-25"),
            ("18:41 EDT", "TIME", "1999-05-25T18:41"),
            ("February", "DATE", "1999-02"),
            ("two-hour", "DURATION", "PT2H"),
            ("last Wednesday", "DATE", "1999-05-19"),
            ("May 1997", "DATE", "1997-05"),
            ("Tuesday", "DATE", "1999-05-25"),
            ("9 p.m.", "TIME", "1999-05-19T21:00"),
            ("11 p.m. EDT", "TIME", "1999-05-19T23:00"),
            ("Its final half-hour", "DURATION", "PT30M"),
            ("one-hour", "DURATION", "PT1H"),
            ("that evening", "TIME", "1999-05-19TEV"),
            ("the next day", "DATE", "1999-05-20"),
            ("September 1993", "DATE", "1993-09"),
            ("the week of May 17-23", "DATE", "1999-W20"),
            ("mid-February", "DATE", "1999-02"),
            ("the week", "DATE", "1999-W20"),
            ("Sunday night", "TIME", "1999-05-23TNI"),
            ("tonight", "TIME", "1999-05-25TNI"),
            ("9 p.m. EDT", "TIME", "1999-05-25T21:00"),
            ("two-hour", "DURATION", "PT2H"),
            ("May", "DATE", "1999-05"),
            ("monthlong", "DURATION", "P1M"),
            ("each year", "SET", "P1Y"),
            ("Wednesday", "DATE", "1999-05-26"),
            ("the past four weeks", "DURATION", "P4W"),
            ("four weeks", "DURATION", "P4W"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("8 p.m. EDT", "TIME", "XXXX-XX-XXT20:00"),
            ("Jan. 11", "DATE", "1999-01-11"),
            ("last week", "DATE", "1999-W20"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("8:30 p.m.", "TIME", "XXXX-XX-XXT20:30"),
            ("the fall", "DATE", "1999-FA"),
            ("Sept. 20", "DATE", "1999-09-20"),
            ("1998", "DATE", "1998"),
            ("99", "DATE", "1999"),
            ("Sept. 21, 1998", "DATE", "1998-09-21"),
            ("May 26", "DATE", "1999-05-26"),
            ("June 2", "DATE", "1999-06-02"),
            ("five years", "DURATION", "P5Y"),
            ("this fall", "DATE", "1999-FA"),
            ("the week of May 17-23", "DATE", "1999-W20"),
        ],
    ),
    # Thursday 2000-01-13 (ISO week 2), AP sports injury report from Australia, label "AP
    # Sports", date line "Thursday, January 13, 2000" (one DATE span), headline, byline,
    # "SYDNEY, Australia (AP) _" dateline. "pulled out ... on Thursday" is the publication day.
    # Past: hurt "Tuesday afternoon" 2000-01-11TAF, "that evening" 2000-01-11TEV, "the next
    # morning" 2000-01-12TMO (gold_blind3, gold_blind32), the MRI "Wednesday" 2000-01-12, the
    # heat "on Wednesday afternoon" 2000-01-12TAF. The quarterfinal "scheduled for 11 a.m.
    # local time Thursday (7 p.m. EST Wednesday)": four TIMEX3, each clock time with its own
    # wall-clock value and day (11:00 AEDT = 00:00 UTC = 19:00 EST the day before; gold_blind7,
    # gold_blind28), "local time" and "EST" in the spans. Future: the warm-up "ends Saturday"
    # 2000-01-15, the Open "starts Monday" 2000-01-17, the draw "Friday at 2 p.m." 2000-01-14,
    # "fly home ... on Saturday" 2000-01-15, "next week" 2000-W03, "Jan. 31" 2000-01-31 (a
    # Monday), "late February" 2000-02, "early April" 2000-04. "all through December" ->
    # "December" 1999-12 ("all through" a signal); "last year" 1999; "last spring" 1999-SP
    # (the northern spring of the European season he missed; "late May" 1999-05 after it);
    # "since Oct. 1" 1999-10-01; "in November" 1999-11; "since arriving on Jan. 2" 2000-01-02.
    # "the second time in 12 months" -> P12M (gold_blind103); "the first 10 days" P10D (an
    # ordinal period, gold_blind43); "at least six weeks", "about six weeks", "about a month"
    # P1M, "two weeks", "10 weeks"; "twice a day" SET P1D. "Thursday's quarterfinal" ->
    # "Thursday" 2000-01-13, the possessive left out. Not annotated: "Third-seeded", "the fifth
    # metatarsal", "second-round", "the first serve of the second set" (match periods), "the
    # top five", "14-2", "four titles", "24-year-old", "38 C (100 F)", "around the clock",
    # "day by day" (idioms), "www.harbourside2000.com.au", "02 9555 2000", "the Davis Cup tie"
    # and "the French Open" beyond their dates.
    "brannvik-foot-fracture-withdraws": (
        "2000-01-13",
        [
            ("Thursday, January 13, 2000", "DATE", "2000-01-13"),
            ("Thursday", "DATE", "2000-01-13"),
            ("at least six weeks", "DURATION", "P6W"),
            ("Tuesday afternoon", "TIME", "2000-01-11TAF"),
            ("Saturday", "DATE", "2000-01-15"),
            ("that evening", "TIME", "2000-01-11TEV"),
            ("the next morning", "TIME", "2000-01-12TMO"),
            ("Wednesday", "DATE", "2000-01-12"),
            ("11 a.m. local time", "TIME", "2000-01-13T11:00"),
            ("Thursday", "DATE", "2000-01-13"),
            ("7 p.m. EST", "TIME", "2000-01-12T19:00"),
            ("Wednesday", "DATE", "2000-01-12"),
            ("December", "DATE", "1999-12"),
            ("about six weeks", "DURATION", "P6W"),
            ("about a month", "DURATION", "P1M"),
            ("the first 10 days", "DURATION", "P10D"),
            ("Monday", "DATE", "2000-01-17"),
            ("two weeks", "DURATION", "P2W"),
            ("last year", "DATE", "1999"),
            ("Jan. 31", "DATE", "2000-01-31"),
            ("12 months", "DURATION", "P12M"),
            ("10 weeks", "DURATION", "P10W"),
            ("last spring", "DATE", "1999-SP"),
            ("late May", "DATE", "1999-05"),
            ("Friday", "DATE", "2000-01-14"),
            ("2 p.m.", "TIME", "2000-01-14T14:00"),
            ("Saturday", "DATE", "2000-01-15"),
            ("next week", "DATE", "2000-W03"),
            ("late February", "DATE", "2000-02"),
            ("early April", "DATE", "2000-04"),
            ("1999", "DATE", "1999"),
            ("Oct. 1", "DATE", "1999-10-01"),
            ("November", "DATE", "1999-11"),
            ("twice a day", "SET", "P1D"),
            ("Jan. 2", "DATE", "2000-01-02"),
            ("Wednesday afternoon", "TIME", "2000-01-12TAF"),
            ("Thursday", "DATE", "2000-01-13"),
        ],
    ),
    # Wednesday 1998-06-17 (ISO week 25), AP soccer season-schedule story from London: slug
    # "BC-SOC--England-Fixtures", date line "Wednesday, June 17, 1998" (one DATE span),
    # headline, "LONDON (AP) _" dateline. The list was "released Wednesday" and the manager
    # "said Wednesday", the publication day; "10 a.m. local time (5 a.m. EDT)" two TIMEs that
    # day (BST is EDT plus five hours). "the 1998-99 season" -> "1998" and "99" 1999
    # (gold_blind43, gold_blind91); "the weekend of Aug. 15-16" 1998-W33-WE and "the weekend of
    # Oct. 10-11" 1998-W41-WE, one span each (gold_blind66, gold_blind91); "Sunday, May 16,
    # 1999" one span, its "4 p.m." 1999-05-16T16:00. "Boxing Day" (headline and body),
    # "Saturday, Dec. 26" 1998-12-26; "two days later" 1998-12-28 (anchored, gold_blind28) and
    # "Monday, Dec. 28"; "New Year's Day" 1999-01-01; "Jan. 2" 1999-01-02. Easter 1999 is
    # April 4: "Easter" 1999-04-04 (like "at Easter" in gold_blind36), "Good Friday, April 2"
    # and "Easter Monday, April 5" two DATEs each (gold_blind27); "two rounds in four days"
    # P4D. "a league game since March 1974" 1974-03; "first top-flight season in 24 years"
    # P24Y (the period of a "first in"); "in May" (the title won) 1998-05; "the end of July"
    # 1998-07; "September, October and November" 1998; "next week" 1998-W26; "sold out ... on
    # Monday" 1998-06-15 (past) and "go on sale next Monday" 1998-06-22, the coming Monday
    # (gold_blind18, gold_blind61), "9 a.m." that day; "six hours" PT6H (how long a past task
    # took). TV slots "Sundays at 4 p.m." and "Mondays at 8 p.m." SETs and TIMEs
    # XXXX-XX-XXThh:mm, "Friday nights" SET XXXX-WXX-5TNI (gold_blind84). "the 1973-74
    # season" -> "1973" and "74" 1974. Not annotated: "BC-SOC", "380-game", "11 Premier League
    # clubs", "10 final-day games", "the first day", "the final day of last season", "the last
    # day of the ... season" (sports periods, gold_blind91), "weekend games" (an adjective
    # naming a kind of game), "two rounds", "60 live games", "9 miles", "18,500-seat", "0990
    # 555 1998", "www.castlebridgecity.co.uk/9899", "the World Cup", "European Championship".
    "castlebridge-premier-league-fixtures": (
        "1998-06-17",
        [
            ("Wednesday, June 17, 1998", "DATE", "1998-06-17"),
            ("Boxing Day", "DATE", "1998-12-26"),
            ("24 years", "DURATION", "P24Y"),
            ("Aug. 15", "DATE", "1998-08-15"),
            ("1998", "DATE", "1998"),
            ("99", "DATE", "1999"),
            ("Wednesday", "DATE", "1998-06-17"),
            ("10 a.m. local time", "TIME", "1998-06-17T10:00"),
            ("5 a.m. EDT", "TIME", "1998-06-17T05:00"),
            ("the weekend of Aug. 15-16", "DATE", "1998-W33-WE"),
            ("Sunday, May 16, 1999", "DATE", "1999-05-16"),
            ("4 p.m.", "TIME", "1999-05-16T16:00"),
            ("May", "DATE", "1998-05"),
            ("Aug. 22", "DATE", "1998-08-22"),
            ("March 1974", "DATE", "1974-03"),
            ("Wednesday", "DATE", "1998-06-17"),
            ("Boxing Day", "DATE", "1998-12-26"),
            ("Saturday, Dec. 26", "DATE", "1998-12-26"),
            ("two days later", "DATE", "1998-12-28"),
            ("Monday, Dec. 28", "DATE", "1998-12-28"),
            ("New Year's Day", "DATE", "1999-01-01"),
            ("Jan. 2", "DATE", "1999-01-02"),
            ("Easter", "DATE", "1999-04-04"),
            ("four days", "DURATION", "P4D"),
            ("Good Friday", "DATE", "1999-04-02"),
            ("April 2", "DATE", "1999-04-02"),
            ("Easter Monday", "DATE", "1999-04-05"),
            ("April 5", "DATE", "1999-04-05"),
            ("the end of July", "DATE", "1998-07"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("4 p.m.", "TIME", "XXXX-XX-XXT16:00"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("the weekend of Oct. 10-11", "DATE", "1998-W41-WE"),
            ("September", "DATE", "1998-09"),
            ("October", "DATE", "1998-10"),
            ("November", "DATE", "1998-11"),
            ("next week", "DATE", "1998-W26"),
            ("Friday nights", "SET", "XXXX-WXX-5TNI"),
            ("six hours", "DURATION", "PT6H"),
            ("Monday", "DATE", "1998-06-15"),
            ("next Monday", "DATE", "1998-06-22"),
            ("9 a.m.", "TIME", "1998-06-22T09:00"),
            ("1973", "DATE", "1973"),
            ("74", "DATE", "1974"),
        ],
    ),
    # Monday 2000-03-06 (ISO week 10), AP music story on a reunion tour from Sweden: slug
    # "AP-Music-Reunion", date line "Monday, March 6, 2000 11:27 a.m. EST" (DATE and TIME),
    # headline, byline, "STOCKHOLM, Sweden (AP) _" dateline, information lines and a short
    # list of dates. "announced Monday" the publication day; the news conference "began at 11
    # o'clock" that day, Stockholm time, TIME 2000-03-06T11:00 (one span, like "5 o'clock in
    # the afternoon" in gold_blind69; the stamp's 11:27 a.m. EST is later the same day). Past:
    # the newspaper report "on Friday" 2000-03-03; "last summer" 1999-SU; "in January" 2000-01.
    # Future: tickets "Saturday at 10 a.m. local time" 2000-03-11, TV "Saturday night"
    # 2000-03-11TNI, "this fall" 2000-FA, "April 1", "May 15", "June", "July", "August",
    # "early October", "November", "Sept. 14", "Dec. 9" all 2000; "the next day, Sept. 15" two
    # DATEs 2000-09-15, "the next day" anchored on the opening night Sept. 14 (gold_blind84);
    # the list's "Sept. 14-15" -> "Sept. 14" and "15", a range annotated at its two ends, the
    # hyphen a range mark (gold_blind103). "first tour in 14 years" (headline and lead) P14Y;
    # "for years" PXY; "it felt like 1984 again" DATE 1984; "New Year's Eve 1993" one span
    # 1993-12-31 (gold_blind5); "the early 1980s" 198; "the 1970s" 197; "Its 1982 single" 1982;
    # "monthly" SET P1M; "six nights a week" SET P1W (like "six days a week", gold_blind84);
    # "every night" SET XXXX-XX-XXTNI; "about two and a half hours" PT150M (gold_blind43);
    # "20-minute" PT20M. Not annotated: titles "Sommarnatt" ("Summer Night"), "Midnattssol",
    # "Klockan tolv" ("Twelve O'Clock"), "No. 1" (twice), "31-date", "11 shows", "five
    # albums", "four solo albums", "41", "25" (ages), "Norrhamn Arena", "Nordposten",
    # "www.nordvind2000.se", "077-170 2000", "three No. 1 albums".
    "nordvind-reunion-tour": (
        "2000-03-06",
        [
            ("Monday, March 6, 2000", "DATE", "2000-03-06"),
            ("11:27 a.m. EST", "TIME", "2000-03-06T11:27"),
            ("14 years", "DURATION", "P14Y"),
            ("1986", "DATE", "1986"),
            ("this fall", "DATE", "2000-FA"),
            ("14 years", "DURATION", "P14Y"),
            ("Monday", "DATE", "2000-03-06"),
            ("Sept. 14", "DATE", "2000-09-14"),
            ("Dec. 9", "DATE", "2000-12-09"),
            ("November", "DATE", "2000-11"),
            ("the next day", "DATE", "2000-09-15"),
            ("Sept. 15", "DATE", "2000-09-15"),
            ("Friday", "DATE", "2000-03-03"),
            ("Saturday", "DATE", "2000-03-11"),
            ("10 a.m. local time", "TIME", "2000-03-11T10:00"),
            ("April 1", "DATE", "2000-04-01"),
            ("years", "DURATION", "PXY"),
            ("11 o'clock", "TIME", "2000-03-06T11:00"),
            ("last summer", "DATE", "1999-SU"),
            ("three days", "DURATION", "P3D"),
            ("January", "DATE", "2000-01"),
            ("1984", "DATE", "1984"),
            ("New Year's Eve 1993", "DATE", "1993-12-31"),
            ("1988", "DATE", "1988"),
            ("six weeks", "DURATION", "P6W"),
            ("July", "DATE", "2000-07"),
            ("August", "DATE", "2000-08"),
            ("May 15", "DATE", "2000-05-15"),
            ("early October", "DATE", "2000-10"),
            ("1985", "DATE", "1985"),
            ("monthly", "SET", "P1M"),
            ("June", "DATE", "2000-06"),
            ("the early 1980s", "DATE", "198"),
            ("1982", "DATE", "1982"),
            ("nine weeks", "DURATION", "P9W"),
            ("about two and a half hours", "DURATION", "PT150M"),
            ("20-minute", "DURATION", "PT20M"),
            ("six nights a week", "SET", "P1W"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("Saturday night", "TIME", "2000-03-11TNI"),
            ("the 1970s", "DATE", "197"),
            ("Sept. 14", "DATE", "2000-09-14"),
            ("15", "DATE", "2000-09-15"),
            ("Dec. 9", "DATE", "2000-12-09"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
