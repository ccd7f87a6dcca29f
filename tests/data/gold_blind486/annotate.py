"""Annotations of the four-hundred-and-eighty-sixth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind486/annotate.py [--show]

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
    # Sunday 2017-12-24 (ISO week 51), US paper's website NFL game story, section label and
    # score line, headline ("a Christmas Eve gift"), byline, stamp "Published Dec. 24, 2017 at
    # 7:48 p.m. EST | Updated Dec. 24, 2017 at 10:15 p.m. EST" (two DATEs and two TIMEs, the
    # zone in the span and not in the value, gold_blind56, gold_blind103), "COVINGTON —"
    # dateline, "UP NEXT" box. The game was played on the publication day: "On Sunday
    # afternoon" 2017-12-24TAF, "most of the afternoon" -> "the afternoon" ("most of" left out,
    # gold_blind24), "tonight" 2017-12-24TNI. "next Sunday" in a Sunday story is seven days
    # ahead, 2017-12-31 (gold_blind11, gold_blind43), and the same day as "New Year's Eve" beside
    # it. Past weekdays: "said Friday" 2017-12-22, "on Thursday" 2017-12-21, "Saturday's
    # walkthrough" 2017-12-23, tickets on sale "Monday at 10 a.m." 2017-12-18; future: the MRI
    # "on Tuesday" and practice "Tuesday at 10 a.m." 2017-12-26, "at least Tuesday morning"
    # 2017-12-26TMO (the modifier kept, "until" a signal, gold_blind103). "the previous three
    # weeks" P3W; "for the first time in three weeks" P3W (the period of a "first in"); "the
    # fourth time in five weeks" P5W (gold_blind103); "within two hours" PT2H; "Seven years is a
    # long time" P7Y; "the 2010 season" -> "2010" (gold_blind19, gold_blind24); "Christmas"
    # 2017-12-25 (the coming one), "Christmas Day" 2017-12-25; "talking about next year" DATE
    # 2018, the value following the wording (see README); "four-year" P4Y; "August" 2017-08;
    # "Nov. 26" and "Oct. 15" of 2017. Not annotated: "Rivermen 23, Stallions 20", "23-20", the
    # game clock "1:04" and "2:37" (see README), "Week 16" (gold_blind66), "12-yard", "47-yard",
    # "51 yards", "61 yards", "the Covington 22", "the fourth quarter", "the second quarter",
    # "the end of the first half", "the regular-season finale", "the finale", "one game left",
    # "the previous four games", "game-time", "day-to-day" (gold_blind46), "walkthrough",
    # "No. 84", "9-6", "8-7", "27", "61,418", "$36 million", "the Rivermen's season".
    "covington-rivermen-christmas-eve-win": (
        "2017-12-24",
        [
            ("Christmas Eve", "DATE", "2017-12-24"),
            ("Dec. 24, 2017", "DATE", "2017-12-24"),
            ("7:48 p.m. EST", "TIME", "2017-12-24T19:48"),
            ("Dec. 24, 2017", "DATE", "2017-12-24"),
            ("10:15 p.m. EST", "TIME", "2017-12-24T22:15"),
            ("the previous three weeks", "DURATION", "P3W"),
            ("Sunday afternoon", "TIME", "2017-12-24TAF"),
            ("2010", "DATE", "2010"),
            ("next Sunday", "DATE", "2017-12-31"),
            ("New Year's Eve", "DATE", "2017-12-31"),
            ("Seven years", "DURATION", "P7Y"),
            ("Christmas", "DATE", "2017-12-25"),
            ("next year", "DATE", "2018"),
            ("Friday", "DATE", "2017-12-22"),
            ("Nov. 26", "DATE", "2017-11-26"),
            ("Thursday", "DATE", "2017-12-21"),
            ("three weeks", "DURATION", "P3W"),
            ("Saturday", "DATE", "2017-12-23"),
            ("the afternoon", "TIME", "2017-12-24TAF"),
            ("four-year", "DURATION", "P4Y"),
            ("August", "DATE", "2017-08"),
            ("Oct. 15", "DATE", "2017-10-15"),
            ("Tuesday", "DATE", "2017-12-26"),
            ("Christmas Day", "DATE", "2017-12-25"),
            ("Tuesday", "DATE", "2017-12-26"),
            ("10 a.m.", "TIME", "2017-12-26T10:00"),
            ("tonight", "TIME", "2017-12-24TNI"),
            ("at least Tuesday morning", "TIME", "2017-12-26TMO"),
            ("Monday", "DATE", "2017-12-18"),
            ("10 a.m.", "TIME", "2017-12-18T10:00"),
            ("two hours", "DURATION", "PT2H"),
            ("five weeks", "DURATION", "P5W"),
            ("Sunday, Dec. 31", "DATE", "2017-12-31"),
            ("1 p.m. ET", "TIME", "2017-12-31T13:00"),
            ("Sunday, Dec. 31", "DATE", "2017-12-31"),
            ("1 p.m. ET", "TIME", "2017-12-31T13:00"),
        ],
    ),
    # Tuesday 2018-02-06 (ISO week 6), US sports website's NBA trade story, section label,
    # headline ("two days before trade deadline"), byline, stamp "Feb 6, 2018, 11:42 AM ET |
    # Updated 3:05 PM ET" (one DATE, two TIMEs), no dateline. The deadline is "Thursday's 3
    # p.m. ET trade deadline" -> "Thursday" 2018-02-08 and "3 p.m. ET" 2018-02-08T15:00 (the
    # possessive without the "'s"), again "until 3 p.m. Thursday" at the end; "two days before"
    # it (headline and lead) is an anchored duration, P2D. The deal was agreed "Tuesday
    # morning" 2018-02-06TMO and confirmed "Tuesday afternoon" 2018-02-06TAF; physicals "by
    # Wednesday afternoon" 2018-02-07TAF; the game "on Wednesday night at 7:30 p.m. ET"
    # 2018-02-07TNI and 2018-02-07T19:30; "since Monday" 2018-02-05. "since the summer" in
    # February is the summer of 2017, 2017-SU; "Two weeks ago" two ISO weeks back, 2018-W04
    # (like "a fortnight ago" in gold_blind66); "Last week" 2018-W05; "December" 2017-12; "Jan.
    # 20" 2018-01-20; "by March 1" 2018-03-01; "Feb. 16" 2018-02-16. Draft picks "a 2019
    # second-round pick" and "2020 first-round pick" -> "2019", "2020" (adjectival years, see
    # README); "in 2018-19 and ... in 2019-20" and "the 2016-17 season" give two DATEs each, the
    # bare second year valued in full (gold_blind43, gold_blind91). "two years left" P2Y (like
    # "a year left on his contract", gold_blind24); "four-year" P4Y; "10-day" P10D; "the past 12
    # months" P12M; "its third rebuild of the decade" -> "the decade" DATE 201 (see README).
    # Not annotated: "this season" (twice), "next season", "the All-Star break", "All-Star
    # team", "all seven of his seasons", "trade deadline", "four-player", "second-round" and
    # "first-round" beyond their years, "14th overall", "fifth", "third rebuild", "31-23",
    # "18-36", "six of its past 10 games", "seven of nine games", "11 games", "at least 20
    # points", "18.4 points", "7.9 rebounds", "29", "24", "31", "15", "$73 million", "$18
    # million", "$18.5 million", "$9 million", "in time", "HoopsLine.com", "Trade tracker".
    "rockport-comets-okafor-deadline-trade": (
        "2018-02-06",
        [
            ("two days", "DURATION", "P2D"),
            ("Feb 6, 2018", "DATE", "2018-02-06"),
            ("11:42 AM ET", "TIME", "2018-02-06T11:42"),
            ("3:05 PM ET", "TIME", "2018-02-06T15:05"),
            ("Tuesday morning", "TIME", "2018-02-06TMO"),
            ("two days", "DURATION", "P2D"),
            ("Thursday", "DATE", "2018-02-08"),
            ("3 p.m. ET", "TIME", "2018-02-08T15:00"),
            ("2019", "DATE", "2019"),
            ("2020", "DATE", "2020"),
            ("Tuesday afternoon", "TIME", "2018-02-06TAF"),
            ("December", "DATE", "2017-12"),
            ("Jan. 20", "DATE", "2018-01-20"),
            ("two years", "DURATION", "P2Y"),
            ("four-year", "DURATION", "P4Y"),
            ("July 2016", "DATE", "2016-07"),
            ("2018", "DATE", "2018"),
            ("19", "DATE", "2019"),
            ("2019", "DATE", "2019"),
            ("20", "DATE", "2020"),
            ("Wednesday afternoon", "TIME", "2018-02-07TAF"),
            ("Wednesday night", "TIME", "2018-02-07TNI"),
            ("7:30 p.m. ET", "TIME", "2018-02-07T19:30"),
            ("the summer", "DATE", "2017-SU"),
            ("Two weeks ago", "DATE", "2018-W04"),
            ("Last week", "DATE", "2018-W05"),
            ("2009", "DATE", "2009"),
            ("the past 12 months", "DURATION", "P12M"),
            ("the decade", "DATE", "201"),
            ("2011", "DATE", "2011"),
            ("2016", "DATE", "2016"),
            ("17", "DATE", "2017"),
            ("March 1", "DATE", "2018-03-01"),
            ("10-day", "DURATION", "P10D"),
            ("Feb. 16", "DATE", "2018-02-16"),
            ("Monday", "DATE", "2018-02-05"),
            ("3 p.m.", "TIME", "2018-02-08T15:00"),
            ("Thursday", "DATE", "2018-02-08"),
        ],
    ),
    # Wednesday 2019-05-15 (ISO week 20), US paper's baseball notebook, section label, paper's
    # name, date line "Wednesday, May 15, 2019" (one span), headline, byline, "RIVERTON —"
    # dateline, "ON DECK" box. The move was made "Tuesday" 2019-05-14, "retroactive to Sunday"
    # 2019-05-12 ("retroactive to" a signal, gold_blind35); "Saturday's start" 2019-05-11; "an
    # MRI on Monday" 2019-05-13 (past); "Tuesday night's 6-2 win" 2019-05-14TNI; "Tuesday
    # afternoon" 2019-05-14TAF; "Tuesday's lineup" 2019-05-14. Future: "again on Monday"
    # 2019-05-20; "this afternoon" 2019-05-15TAF; "this weekend" 2019-W20-WE with "Friday"
    # 2019-05-17 and "Saturday" 2019-05-18 inside it; the box's "Today" 2019-05-15 with
    # "12:35 p.m.", "Thursday" 2019-05-16 with "7:05 p.m.", "Friday-Sunday" two DATEs
    # 2019-05-17 and 2019-05-19. "May 22" (10 days from Sunday 12 May); "Thursday, May 30" one
    # span; "May 27, Memorial Day" two DATEs, the last Monday of May 2019 (a holiday on the day
    # it falls on). "10-day" P10D and "60-day" P60D (see README); "every fifth day" SET P5D
    # (like "every other day" P2D, gold_blind34); "the next week" P1W; "the next two weeks"
    # P2W; "the next 15 days" P15D; "six weeks" P6W; "five-year" P5Y; "Seven weeks feels like
    # seven months" P7W and P7M; "December 2017"; "since March 28" (the 60 days of the list
    # end on May 27, the homestand's day), "since April 20" of 2019; "a 2016 fifth-round pick"
    # -> "2016"; "since 1998", "in 2015". Not annotated: "Opening Day" (see
    # README), "last season", "off day" (its date is annotated), "58 pitches", "6-2", "4-2",
    # "3.12 ERA", "nine starts", "16 games", "five innings", "seven", "six-man", "38 of the
    # club's 41 games", "24-17", "41-game", "12 appearances", "No. 19" (in a 2019 story), "WKRV
    # 1190 AM", "31", "23", "Triple-A", "fifth-round", "day-to-day", "Tommy John surgery",
    # "$80 million", "ON DECK".
    "riverton-kings-ruelas-injured-list": (
        "2019-05-15",
        [
            ("Wednesday, May 15, 2019", "DATE", "2019-05-15"),
            ("10-day", "DURATION", "P10D"),
            ("Tuesday", "DATE", "2019-05-14"),
            ("Sunday", "DATE", "2019-05-12"),
            ("Saturday", "DATE", "2019-05-11"),
            ("Monday", "DATE", "2019-05-13"),
            ("Tuesday night", "TIME", "2019-05-14TNI"),
            ("May 22", "DATE", "2019-05-22"),
            ("2015", "DATE", "2015"),
            ("six weeks", "DURATION", "P6W"),
            ("five-year", "DURATION", "P5Y"),
            ("December 2017", "DATE", "2017-12"),
            ("every fifth day", "SET", "P5D"),
            ("the next week", "DURATION", "P1W"),
            ("Monday", "DATE", "2019-05-20"),
            ("2016", "DATE", "2016"),
            ("this afternoon", "TIME", "2019-05-15TAF"),
            ("the next two weeks", "DURATION", "P2W"),
            ("the next 15 days", "DURATION", "P15D"),
            ("Thursday, May 30", "DATE", "2019-05-30"),
            ("60-day", "DURATION", "P60D"),
            ("March 28", "DATE", "2019-03-28"),
            ("this weekend", "DATE", "2019-W20-WE"),
            ("Friday", "DATE", "2019-05-17"),
            ("Saturday", "DATE", "2019-05-18"),
            ("May 27", "DATE", "2019-05-27"),
            ("Memorial Day", "DATE", "2019-05-27"),
            ("Seven weeks", "DURATION", "P7W"),
            ("seven months", "DURATION", "P7M"),
            ("Tuesday afternoon", "TIME", "2019-05-14TAF"),
            ("Tuesday", "DATE", "2019-05-14"),
            ("1998", "DATE", "1998"),
            ("April 20", "DATE", "2019-04-20"),
            ("Today", "DATE", "2019-05-15"),
            ("12:35 p.m.", "TIME", "2019-05-15T12:35"),
            ("Thursday", "DATE", "2019-05-16"),
            ("7:05 p.m.", "TIME", "2019-05-16T19:05"),
            ("Friday", "DATE", "2019-05-17"),
            ("Sunday", "DATE", "2019-05-19"),
        ],
    ),
    # Thursday 2016-06-23 (ISO week 25), Canadian paper's website NHL schedule story, section
    # label, headline ("open at home Oct. 13, host New Year's Eve matinee"), deck ("a five-day
    # bye in February"), byline, stamp "Published on: June 23, 2016 | Last Updated: June 23,
    # 2016 4:20 PM EDT" (two DATEs and a TIME, gold_blind103), "BRANTWOOD —" dateline. The
    # schedule was "released Thursday", the publication day. All the season's dates lie ahead:
    # "Thursday, Oct. 13" one span 2016-10-13, "that night" its night 2016-10-13TNI (a narrative
    # anchor, like "that night" after "on Tuesday" in gold_blind24) and "7 p.m." that day;
    # "December" 2016-12 and "that month" after it 2016-12; "3 p.m." on New Year's Eve
    # 2016-12-31T15:00; "from Dec. 24 to Dec. 26"; "January" 2017-01, "Jan. 5", "from Jan. 27
    # to 30" two DATEs with the bare "30" 2017-01-30 (gold_blind51's "Dec. 11-12"); "February"
    # 2017-02 (deck), "from Feb. 19 through Feb. 23"; "Sunday, April 9" 2017-04-09, "April 12"
    # 2017-04-12; "Sept. 22", "Friday, Sept. 9" (one span) with "10 a.m.", "July 1" with "noon
    # ET" of 2016. "the 2016-17 NHL season" -> "2016" and "17" 2017 (gold_blind91). "last
    # week" 2016-W24; "this weekend" 2016-W25-WE; "said Wednesday" 2016-06-22; "Two years ago"
    # 2014 and "by Christmas" after it 2014-12-25, the Christmas of that season (the clause
    # gives the year, gold_blind43's "July" after "Last season"); "since 2011", "since
    # February 2014". "five-day" P5D (deck and body); "four days later" P4D (anchored); "six
    # games in 11 days" P11D; "five games in eight days" P8D. Not annotated: "20 Saturday night
    # games" (see README), "Hockey Night in Canada", "Norwood Nighthawks", "82-game", "41
    # dates", "every game", "home opener", "Training camp", "six-game", "pre-season", "nine of
    # their 14 games", "matinee", "the longest road trip of the season", "the all-star break",
    # "For the first time", "bye", "14 sets of back-to-back games", "three fewer", "last
    # season", "The regular season", "The playoffs", "five on the road", "the draft", "the 12th
    # pick", "Free agency", "Single-game", "brantwoodvoyageurs.ca/1617" (the season's years in
    # a web address), "1-888-555-2016" (a phone number holding the year of the story), "Circle
    # ... on the calendar".
    "brantwood-voyageurs-2016-17-schedule": (
        "2016-06-23",
        [
            ("Oct. 13", "DATE", "2016-10-13"),
            ("New Year's Eve", "DATE", "2016-12-31"),
            ("five-day", "DURATION", "P5D"),
            ("February", "DATE", "2017-02"),
            ("June 23, 2016", "DATE", "2016-06-23"),
            ("June 23, 2016", "DATE", "2016-06-23"),
            ("4:20 PM EDT", "TIME", "2016-06-23T16:20"),
            ("Thursday, Oct. 13", "DATE", "2016-10-13"),
            ("2016", "DATE", "2016"),
            ("17", "DATE", "2017"),
            ("that night", "TIME", "2016-10-13TNI"),
            ("7 p.m.", "TIME", "2016-10-13T19:00"),
            ("Thursday", "DATE", "2016-06-23"),
            ("2011", "DATE", "2011"),
            ("February 2014", "DATE", "2014-02"),
            ("Sept. 22", "DATE", "2016-09-22"),
            ("last week", "DATE", "2016-W24"),
            ("four days", "DURATION", "P4D"),
            ("December", "DATE", "2016-12"),
            ("that month", "DATE", "2016-12"),
            ("3 p.m.", "TIME", "2016-12-31T15:00"),
            ("New Year's Eve", "DATE", "2016-12-31"),
            ("Dec. 24", "DATE", "2016-12-24"),
            ("Dec. 26", "DATE", "2016-12-26"),
            ("January", "DATE", "2017-01"),
            ("11 days", "DURATION", "P11D"),
            ("Jan. 5", "DATE", "2017-01-05"),
            ("Jan. 27", "DATE", "2017-01-27"),
            ("30", "DATE", "2017-01-30"),
            ("five-day", "DURATION", "P5D"),
            ("Feb. 19", "DATE", "2017-02-19"),
            ("Feb. 23", "DATE", "2017-02-23"),
            ("eight days", "DURATION", "P8D"),
            ("Sunday, April 9", "DATE", "2017-04-09"),
            ("April 12", "DATE", "2017-04-12"),
            ("Wednesday", "DATE", "2016-06-22"),
            ("Two years ago", "DATE", "2014"),
            ("Christmas", "DATE", "2014-12-25"),
            ("this weekend", "DATE", "2016-W25-WE"),
            ("July 1", "DATE", "2016-07-01"),
            ("noon ET", "TIME", "2016-07-01T12:00"),
            ("Friday, Sept. 9", "DATE", "2016-09-09"),
            ("10 a.m.", "TIME", "2016-09-09T10:00"),
        ],
    ),
    # Monday 2019-03-11 (ISO week 11), US paper's NFL offseason story, section label,
    # headline ("starts ticking at noon"), deck ("opens Wednesday"), byline, date line "Monday,
    # March 11, 2019", "BAYPORT —" dateline, "KEY DATES" box. "noon" (headline), "noon ET
    # today" and the box's "Today, noon ET" are 2019-03-11T12:00 with "today"/"Today"
    # 2019-03-11; "4 p.m. ET Wednesday" (body and box) 2019-03-13T16:00 with "Wednesday"
    # 2019-03-13. Past: "said Friday" 2019-03-08; the franchise-tag deadline "at 4 p.m. ET last
    # Tuesday" -> 2019-03-05T16:00 and "last Tuesday" 2019-03-05, the most recent Tuesday
    # (gold_blind24's "last Thursday" in a Tuesday paper); "on Feb. 28" 2019-02-28. "this week"
    # 2019-W11; "the end of January" 2019-01 (like "the end of June", gold_blind91); "A year
    # ago" 2018 (the unit's granularity); "the first 48 hours" PT48H and "the first two days of
    # free agency" P2D (ordinal periods of an event, gold_blind35); "two-day" P2D; "one-year"
    # P1Y; "five-year" P5Y; "last summer" in March 2018-SU; "the 2019 season" -> "2019";
    # "next month's draft" -> "next month" 2019-04; "later this month" 2019-03 (like "earlier
    # this month"). Box ranges "March 24-27", "April 25-27", "May 10-12" are two DATEs each, the
    # bare day valued in full; "Annual league meeting" -> "Annual" SET P1Y (gold_blind91's
    # "annual"); "Thursday, April 25" one span with "8 p.m. ET"; "July 15, 4 p.m. ET" DATE and
    # TIME; "Late July" 2019-07 (the modifier kept); "Sept. 8" 2019-09-08. Not annotated: "the
    # new league year" and "New league year" (see README), "the offseason" (twice), "free
    # agency" (beyond "the first two days"), "franchise-tag deadline", "long-term", "last
    # season", "the seventh-most", "the 11th pick", "three more games", "14 sacks", "28", "$41
    # million" (twice), "$62 million", "$17.1 million", "Rookie minicamp", "Season opener",
    # "Training camp", "first round", "bayportadmirals.com/offseason2019" (a web address with
    # the year of the story).
    "bayport-admirals-free-agency-key-dates": (
        "2019-03-11",
        [
            ("noon", "TIME", "2019-03-11T12:00"),
            ("Wednesday", "DATE", "2019-03-13"),
            ("Monday, March 11, 2019", "DATE", "2019-03-11"),
            ("noon ET", "TIME", "2019-03-11T12:00"),
            ("today", "DATE", "2019-03-11"),
            ("two-day", "DURATION", "P2D"),
            ("4 p.m. ET", "TIME", "2019-03-13T16:00"),
            ("Wednesday", "DATE", "2019-03-13"),
            ("Friday", "DATE", "2019-03-08"),
            ("this week", "DATE", "2019-W11"),
            ("the end of January", "DATE", "2019-01"),
            ("the first 48 hours", "DURATION", "PT48H"),
            ("A year ago", "DATE", "2018"),
            ("the first two days", "DURATION", "P2D"),
            ("2017", "DATE", "2017"),
            ("4 p.m. ET", "TIME", "2019-03-05T16:00"),
            ("last Tuesday", "DATE", "2019-03-05"),
            ("Feb. 28", "DATE", "2019-02-28"),
            ("July 15", "DATE", "2019-07-15"),
            ("2019", "DATE", "2019"),
            ("one-year", "DURATION", "P1Y"),
            ("1994", "DATE", "1994"),
            ("five-year", "DURATION", "P5Y"),
            ("last summer", "DATE", "2018-SU"),
            ("next month", "DATE", "2019-04"),
            ("later this month", "DATE", "2019-03"),
            ("Today", "DATE", "2019-03-11"),
            ("noon ET", "TIME", "2019-03-11T12:00"),
            ("Wednesday", "DATE", "2019-03-13"),
            ("4 p.m. ET", "TIME", "2019-03-13T16:00"),
            ("March 24", "DATE", "2019-03-24"),
            ("27", "DATE", "2019-03-27"),
            ("Annual", "SET", "P1Y"),
            ("April 17", "DATE", "2019-04-17"),
            ("April 25", "DATE", "2019-04-25"),
            ("27", "DATE", "2019-04-27"),
            ("Thursday, April 25", "DATE", "2019-04-25"),
            ("8 p.m. ET", "TIME", "2019-04-25T20:00"),
            ("May 10", "DATE", "2019-05-10"),
            ("12", "DATE", "2019-05-12"),
            ("July 15", "DATE", "2019-07-15"),
            ("4 p.m. ET", "TIME", "2019-07-15T16:00"),
            ("Late July", "DATE", "2019-07"),
            ("Sept. 8", "DATE", "2019-09-08"),
        ],
    ),
    # Friday 2016-10-21 (ISO week 42), British paper's NFL preview of a London game, section
    # label, headline ("the autumn ... on Sunday"), standfirst ("since ... December 2014"),
    # byline, date line "Friday 21 October 2016" (one span). The game is "on Sunday" (headline
    # and body) 2016-10-23, "Kick-off is at 2.30pm (9.30am ET)" two TIMEs of that day, the
    # second in New York's clock (gold_blind66's pairs of zones), "gates open at 11.30am" and
    # "coverage starts at 1pm on Sunday" the same day. "yesterday morning" 2016-10-20TMO;
    # "last night" the night of yesterday, 2016-10-20TNI (gold_blind35); "tomorrow" 2016-10-22
    # with "from 10am to 6pm"; "the week" (the current one, spent training) 2016-W42; "next
    # week" 2016-W43. Past weekdays: "flew in on Monday" 2016-10-17, "since Tuesday"
    # 2016-10-18, "on Wednesday night" 2016-10-19TNI; "three days before the Pilgrims" P3D (the
    # size of a shift, gold_blind91). "the autumn" (headline) and "this autumn" 2016-FA.
    # "every morning" SET XXXX-XX-XXTMO; "every Sunday" SET XXXX-WXX-7 with "since 2012";
    # "eight hours behind" PT8H (the size of a time difference); "a decade" P10Y. The clock
    # change: "an hour" PT1H, "2am on Sunday 30 October" (gold_blind44), "until 6 November"
    # 2016-11-06, "for one week" P1W, "the usual five-hour gap" PT5H, "four hours" PT4H.
    # "a Halloween game ... on Monday 31 October" -> "Halloween" and "Monday 31 October"
    # 2016-10-31 (see README), "8.30pm ET" 2016-10-31T20:30 and "12.30am GMT on Tuesday"
    # 2016-11-01T00:30 with "Tuesday" 2016-11-01 (each clock time on its own day). "next
    # year" 2017, "the 2017 fixtures" -> "2017", "in April" 2017-04; "December 2014" twice;
    # "since 2007", "since 2009". Not annotated: "overtime" (standfirst and body), "an
    # overnight flight" (an adjective, gold_blind103), "body clocks", "the clocks", "16th
    # regular-season game", "the last of three", "three games", "4-2", "27-24", "34", "No 12",
    # "84,000", "£45", "bye", "fixtures", "Arena Sport", "West Coast", "Sport | American
    # football".
    "stags-pilgrims-wembley-preview": (
        "2016-10-21",
        [
            ("the autumn", "DATE", "2016-FA"),
            ("Sunday", "DATE", "2016-10-23"),
            ("December 2014", "DATE", "2014-12"),
            ("Friday 21 October 2016", "DATE", "2016-10-21"),
            ("the week", "DATE", "2016-W42"),
            ("yesterday morning", "TIME", "2016-10-20TMO"),
            ("Sunday", "DATE", "2016-10-23"),
            ("2007", "DATE", "2007"),
            ("this autumn", "DATE", "2016-FA"),
            ("2.30pm", "TIME", "2016-10-23T14:30"),
            ("9.30am ET", "TIME", "2016-10-23T09:30"),
            ("11.30am", "TIME", "2016-10-23T11:30"),
            ("Monday", "DATE", "2016-10-17"),
            ("three days", "DURATION", "P3D"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("Tuesday", "DATE", "2016-10-18"),
            ("Wednesday night", "TIME", "2016-10-19TNI"),
            ("eight hours", "DURATION", "PT8H"),
            ("December 2014", "DATE", "2014-12"),
            ("2009", "DATE", "2009"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("2012", "DATE", "2012"),
            ("a decade", "DURATION", "P10Y"),
            ("last night", "TIME", "2016-10-20TNI"),
            ("10am", "TIME", "2016-10-22T10:00"),
            ("6pm", "TIME", "2016-10-22T18:00"),
            ("tomorrow", "DATE", "2016-10-22"),
            ("1pm", "TIME", "2016-10-23T13:00"),
            ("Sunday", "DATE", "2016-10-23"),
            ("an hour", "DURATION", "PT1H"),
            ("2am", "TIME", "2016-10-30T02:00"),
            ("Sunday 30 October", "DATE", "2016-10-30"),
            ("6 November", "DATE", "2016-11-06"),
            ("one week", "DURATION", "P1W"),
            ("five-hour", "DURATION", "PT5H"),
            ("four hours", "DURATION", "PT4H"),
            ("Halloween", "DATE", "2016-10-31"),
            ("Monday 31 October", "DATE", "2016-10-31"),
            ("8.30pm ET", "TIME", "2016-10-31T20:30"),
            ("12.30am GMT", "TIME", "2016-11-01T00:30"),
            ("Tuesday", "DATE", "2016-11-01"),
            ("next week", "DATE", "2016-W43"),
            ("next year", "DATE", "2017"),
            ("2017", "DATE", "2017"),
            ("April", "DATE", "2017-04"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
