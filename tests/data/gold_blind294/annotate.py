"""Annotations of the two-hundred-and-ninety-fourth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind294/annotate.py [--show]

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
    # Friday 2013-11-22 (ISO week 47), US paper's NFL game preview, headline ("start Sunday"),
    # a preview line ("Week 12: ... kickoff 1 p.m. ET"), byline, date line "Friday, November
    # 22, 2013" (one DATE span, gold_blind35), "LAWTON BAY —" dateline. The game is Sunday
    # 2013-11-24 (headline, "Sunday's game", "sit out Sunday", "34 degrees Sunday"), its kickoff
    # "1 p.m. ET" 2013-11-24T13:00 (preview line, body and the broadcast box, the zone in the
    # span, gold_blind66), the radio's "pregame show from 11 a.m." 2013-11-24T11:00. Past:
    # practice "on Wednesday and Thursday" 2013-11-20 and 2013-11-21, "said Thursday
    # afternoon" 2013-11-21TAF, the box's "(Thursday)" 2013-11-21, "last Sunday's 31-17 win"
    # -> "last Sunday" 2013-11-17 (possessive left out). Future: "Saturday morning"
    # 2013-11-23TMO, "Saturday afternoon" 2013-11-23TAF and "that evening" after it
    # 2013-11-23TEV (like "that night" in gold_blind24), "Saturday night" 2013-11-23TNI.
    # Thanksgiving 2013 is the fourth Thursday of November, 2013-11-28: "Thanksgiving night"
    # TIME 2013-11-28TNI (a holiday's night, like "Christmas morning" in gold_blind66), and
    # "four days later" after Sunday's game DATE 2013-11-28 (anchored on the narrative's last
    # date, like "two days later" in gold_blind56 and gold_blind103); "we've known about
    # Thursday" is that Thursday, 2013-11-28. "since October" 2013-10, "Oct. 20" and "Oct. 27"
    # 2013 (Sundays), "Dec. 16" of "Last season's meeting" 2012-12-16 (a Sunday of the season
    # before), "since ... April" 2013-04, "December" ahead 2013-12, "Dec. 29" 2013-12-29,
    # "since Nov. 12" 2013-11-12. "the last two days" DURATION P2D; "four-year" P4Y; "through
    # 2017" -> "2017"; "since 2004", "since 2006", "2010", "1998"; "the past two weeks" P2W;
    # "Now" PRESENT_REF; "A year ago" 2012 (the unit's granularity, gold_blind28); "every
    # Wednesday" SET XXXX-WXX-3; "January 2011" 2011-01. Not annotated: "Week 12" and "Week 9"
    # (numbered weeks of a season, gold_blind66), "their bye", "last season", "Last season's
    # meeting" (a sports season; only its date "Dec. 16" annotated), "the off-season", "the
    # regular season" (twice), "the playoffs" (twice), "a short week", "overtime", "the final
    # play", "at this point", "a four-game suspension" (a count of games), "the last game",
    # "six games left", "four of five", "five straight", "three games", records and scores
    # ("6-4", "7-3", "31-17", "27-24", "4-6"), "No. 28", "1,000-yard", "1,104 yards", "48-yard",
    # "2,870 yards", "34 degrees", ages "27" and "31", "Channel 4", "WLBA 1290 AM".
    "admirals-okafor-start-red-river-preview": (
        "2013-11-22",
        [
            ("Sunday", "DATE", "2013-11-24"),
            ("1 p.m. ET", "TIME", "2013-11-24T13:00"),
            ("Friday, November 22, 2013", "DATE", "2013-11-22"),
            ("Wednesday", "DATE", "2013-11-20"),
            ("Thursday", "DATE", "2013-11-21"),
            ("Thursday afternoon", "TIME", "2013-11-21TAF"),
            ("Sunday", "DATE", "2013-11-24"),
            ("October", "DATE", "2013-10"),
            ("Oct. 20", "DATE", "2013-10-20"),
            ("last Sunday", "DATE", "2013-11-17"),
            ("the last two days", "DURATION", "P2D"),
            ("Saturday morning", "TIME", "2013-11-23TMO"),
            ("four-year", "DURATION", "P4Y"),
            ("2017", "DATE", "2017"),
            ("2004", "DATE", "2004"),
            ("1 p.m. ET", "TIME", "2013-11-24T13:00"),
            ("2006", "DATE", "2006"),
            ("Dec. 16", "DATE", "2012-12-16"),
            ("Oct. 27", "DATE", "2013-10-27"),
            ("Sunday", "DATE", "2013-11-24"),
            ("Thanksgiving night", "TIME", "2013-11-28TNI"),
            ("four days later", "DATE", "2013-11-28"),
            ("Thursday", "DATE", "2013-11-28"),
            ("April", "DATE", "2013-04"),
            ("Saturday afternoon", "TIME", "2013-11-23TAF"),
            ("that evening", "TIME", "2013-11-23TEV"),
            ("Sunday", "DATE", "2013-11-24"),
            ("Saturday night", "TIME", "2013-11-23TNI"),
            ("the past two weeks", "DURATION", "P2W"),
            ("Now", "DATE", "PRESENT_REF"),
            ("December", "DATE", "2013-12"),
            ("A year ago", "DATE", "2012"),
            ("2010", "DATE", "2010"),
            ("1998", "DATE", "1998"),
            ("Dec. 29", "DATE", "2013-12-29"),
            ("every Wednesday", "SET", "XXXX-WXX-3"),
            ("January 2011", "DATE", "2011-01"),
            ("Thursday", "DATE", "2013-11-21"),
            ("Nov. 12", "DATE", "2013-11-12"),
            ("1 p.m.", "TIME", "2013-11-24T13:00"),
            ("11 a.m.", "TIME", "2013-11-24T11:00"),
        ],
    ),
    # Wednesday 2012-12-26 (ISO week 52), British broadcaster-website football match report,
    # headline with the score, stamp "26 December 2012 Last updated at 17:21 GMT" (DATE and
    # TIME, gold_blind43), byline "Sport reporter at Brook Lane". The match was played today,
    # Boxing Day 2012-12-26: "their first Boxing Day victory since 1996" -> "Boxing Day" the
    # day of this victory, 2012-12-26 (like "All the Boxing Day fixtures" in gold_blind91),
    # and "since 1996"; Mills's "on Boxing Day" the same day. "making his first start since
    # October" 2012-10; "10 minutes after the restart" DURATION PT10M (anchored to an event,
    # like "within four minutes of the restart" in gold_blind43); "since August" 2012-08;
    # "the past fortnight" P2W (gold_blind9, gold_blind17); "today" 2012-12-26; "on Saturday"
    # 2012-12-29 and "New Year's Day" 2013-01-01; "for an hour" -> "an hour" PT1H; "since 3
    # November" 2012-11-03; "since 2008"; "on 18 December" 2012-12-18 (a Tuesday). "the
    # January transfer window" -> "January" 2013-01 (gold_blind24, gold_blind43), "opens on
    # Tuesday" 2013-01-01; "by the end of next week" -> "the end of next week" 2013-W01 (ISO
    # week 1 of 2013 runs from Monday 31 December 2012; the modifier not recorded, like "the
    # end of next week" in gold_blind59); "at 11pm on 31 January" 2013-01-31T23:00 and the
    # DATE; "in June" 2013-06; "next month" 2013-01; "this morning" 2012-12-26TMO. "the 2011-12
    # season" -> "2011" and "12" 2012, "season" left out (gold_blind43, gold_blind91); "since
    # 2003"; "the 2011-12 financial year" one span FY2012 (a club's year ending in 2012, named
    # by the year it ends, like "the 2011-12 financial year" in gold_blind95); "last week"
    # 2012-W51. Fixture list: "Sat 29 Dec" 2012-12-29 with "15:00 GMT", "Tue 1 Jan" 2013-01-01
    # with "17:30 GMT", "Sun 30 Dec" 2012-12-30 with "13:30 GMT" (weekday-plus-date one span,
    # gold_blind66). Not annotated: "89th-minute", "half-time", "the 34th minute", "the
    # restart", "the season" (twice), "midweek" (a kind of game, gold_blind91), "the top
    # flight", "bottom three", "four league games", "2-1", "3-0", "14th", "20-yard", "2,000",
    # "31,204", "£8.4m", ages "23" and "20", "no time to celebrate", "so late".
    "castlebridge-holm-boxing-day-report": (
        "2012-12-26",
        [
            ("26 December 2012", "DATE", "2012-12-26"),
            ("17:21 GMT", "TIME", "2012-12-26T17:21"),
            ("Boxing Day", "DATE", "2012-12-26"),
            ("1996", "DATE", "1996"),
            ("October", "DATE", "2012-10"),
            ("10 minutes", "DURATION", "PT10M"),
            ("August", "DATE", "2012-08"),
            ("the past fortnight", "DURATION", "P2W"),
            ("today", "DATE", "2012-12-26"),
            ("Saturday", "DATE", "2012-12-29"),
            ("New Year's Day", "DATE", "2013-01-01"),
            ("an hour", "DURATION", "PT1H"),
            ("Boxing Day", "DATE", "2012-12-26"),
            ("3 November", "DATE", "2012-11-03"),
            ("2008", "DATE", "2008"),
            ("18 December", "DATE", "2012-12-18"),
            ("January", "DATE", "2013-01"),
            ("Tuesday", "DATE", "2013-01-01"),
            ("the end of next week", "DATE", "2013-W01"),
            ("11pm", "TIME", "2013-01-31T23:00"),
            ("31 January", "DATE", "2013-01-31"),
            ("June", "DATE", "2013-06"),
            ("next month", "DATE", "2013-01"),
            ("this morning", "TIME", "2012-12-26TMO"),
            ("2011", "DATE", "2011"),
            ("12", "DATE", "2012"),
            ("2003", "DATE", "2003"),
            ("the 2011-12 financial year", "DATE", "FY2012"),
            ("last week", "DATE", "2012-W51"),
            ("Sat 29 Dec", "DATE", "2012-12-29"),
            ("15:00 GMT", "TIME", "2012-12-29T15:00"),
            ("Tue 1 Jan", "DATE", "2013-01-01"),
            ("17:30 GMT", "TIME", "2013-01-01T17:30"),
            ("Sun 30 Dec", "DATE", "2012-12-30"),
            ("13:30 GMT", "TIME", "2012-12-30T13:30"),
        ],
    ),
    # Monday 2013-06-10 (ISO week 24), Australian paper's website, Australian football round
    # report, headline, standfirst, byline, stamp "June 10, 2013 - 6:15AM" (DATE and TIME). The
    # Monday is the Queen's Birthday public holiday (the second Monday of June in Victoria and
    # most states, 2013-06-10): "at 3.20pm today, Queen's Birthday" -> TIME 2013-06-10T15:20,
    # "today" and "Queen's Birthday" two DATEs (like "Monday is Family Day", gold_blind103);
    # "The long weekend" is the Saturday-Monday holiday weekend, the ISO week of its Saturday,
    # 2013-W23-WE (gold_blind103's "the long weekend", gold_blind56). The round's games: "on
    # Saturday night" (standfirst and body) 2013-06-08TNI, "on Friday night" 2013-06-07TNI,
    # "on Sunday afternoon" 2013-06-09TAF, "scans on Sunday" 2013-06-09. Ahead: "this
    # weekend's bye" -> "this weekend" 2013-W24-WE (15-16 June); "we train again on Friday"
    # and the box's "Friday" 2013-06-14 with "7.50pm"; the box's "Saturday" 2013-06-15 with
    # "1.45pm" and "7.40pm"; "Saturday, June 22" one span; the tribunal "on Tuesday night"
    # 2013-06-11TNI. "about six weeks" P6W (standfirst and body); "September" (twice, the
    # finals month ahead) 2013-09; "two-year" P2Y; "in April" 2013-04; "the end of 2015" the
    # year's value (gold_blind35); "11 games in 11 weeks" -> "11 weeks" P11W; "four days off"
    # -> "four days" P4D; "Last year" 2012; "A fortnight ago" two ISO weeks back, 2013-W22
    # (gold_blind66); "the 1990s" 199; "last week" 2013-W23; the grand final "at 2.30pm on
    # September 28" 2013-09-28T14:30 and the DATE; "in 1994"; "every Sunday morning" SET
    # XXXX-WXX-7TMO. Not annotated: "the bye", "the bye week", "Byes" (a round off, a
    # competition period like "their bye" in gold_blind66), "ROUND 12", "round 18", "11
    # rounds", "the third quarter", "the last quarter", "the second quarter" (quarters of a
    # match, not calendar quarters), "after the siren", "a season-ender", "the finals series",
    # "a fifth straight season", "the grand final", "the right time", "yet", "a two-match ban",
    # the scores "14.12 (96)" and "11.9 (75)" (goals.behinds, not clock times), "23-point",
    # "28 points", "4-7", "fifth", "ninth", "six wins in a row", "11 games", "60,000", age "24".
    "carrick-kestrels-tanner-injury-bye": (
        "2013-06-10",
        [
            ("about six weeks", "DURATION", "P6W"),
            ("Saturday night", "TIME", "2013-06-08TNI"),
            ("June 10, 2013", "DATE", "2013-06-10"),
            ("6:15AM", "TIME", "2013-06-10T06:15"),
            ("this weekend", "DATE", "2013-W24-WE"),
            ("Saturday night", "TIME", "2013-06-08TNI"),
            ("Sunday", "DATE", "2013-06-09"),
            ("about six weeks", "DURATION", "P6W"),
            ("September", "DATE", "2013-09"),
            ("Saturday, June 22", "DATE", "2013-06-22"),
            ("Friday night", "TIME", "2013-06-07TNI"),
            ("Sunday afternoon", "TIME", "2013-06-09TAF"),
            ("The long weekend", "DATE", "2013-W23-WE"),
            ("3.20pm", "TIME", "2013-06-10T15:20"),
            ("today", "DATE", "2013-06-10"),
            ("Queen's Birthday", "DATE", "2013-06-10"),
            ("two-year", "DURATION", "P2Y"),
            ("April", "DATE", "2013-04"),
            ("the end of 2015", "DATE", "2015"),
            ("11 weeks", "DURATION", "P11W"),
            ("four days", "DURATION", "P4D"),
            ("Friday", "DATE", "2013-06-14"),
            ("Tuesday night", "TIME", "2013-06-11TNI"),
            ("Last year", "DATE", "2012"),
            ("A fortnight ago", "DATE", "2013-W22"),
            ("the 1990s", "DATE", "199"),
            ("September", "DATE", "2013-09"),
            ("last week", "DATE", "2013-W23"),
            ("2.30pm", "TIME", "2013-09-28T14:30"),
            ("September 28", "DATE", "2013-09-28"),
            ("1994", "DATE", "1994"),
            ("every Sunday morning", "SET", "XXXX-WXX-7TMO"),
            ("Friday", "DATE", "2013-06-14"),
            ("7.50pm", "TIME", "2013-06-14T19:50"),
            ("Saturday", "DATE", "2013-06-15"),
            ("1.45pm", "TIME", "2013-06-15T13:45"),
            ("7.40pm", "TIME", "2013-06-15T19:40"),
        ],
    ),
    # Thursday 2014-02-20 (ISO week 8), US sports website's basketball trade-deadline story,
    # headline ("ahead of 3 p.m. deadline"), stamp "Updated: Feb. 20, 2014, 11:48 AM ET" (DATE
    # and TIME, gold_blind43), byline, "BAYMONT, Ohio --" dateline. The deadline is today: "3
    # p.m." (headline) and "3 p.m. ET" (body and box) 2014-02-20T15:00, "today" 2014-02-20,
    # "this morning" 2014-02-20TMO, "tonight" 2014-02-20TNI (the 10-day contract runs out).
    # Past: "late into Wednesday night" -> "Wednesday night" 2014-02-19TNI; "overnight" the
    # night begun on Wednesday evening, 2014-02-19TNI (gold_blind21, gold_blind103); "said
    # Tuesday" 2014-02-18; "Tuesday night's loss" -> "Tuesday night" 2014-02-18TNI; "after
    # practice Wednesday" 2014-02-19. Future: "host Baymont on Friday night" 2014-02-21TNI,
    # "a game-time decision for Friday" 2014-02-21, the box's "7 p.m. ET Friday" TIME
    # 2014-02-21T19:00 and DATE. "the next few hours" PTXH (like "hours" in gold_blind43).
    # "through the 2015-16 season" -> "2015" and "16" 2016 (gold_blind91); "since the 2009-10
    # season" -> "2009" and "10" 2010; "three-year" P3Y; "July 2012" 2012-07; "the past two
    # weeks" P2W; "this summer" 2014-SU; "a 2015 first-round pick" -> "2015" DATE, the year of
    # the draft the pick belongs to, an adjectival year like "the 2014 Continental Cup finals"
    # (gold_blind43); "since Jan. 29" 2014-01-29; "three years" P3Y; "this week" 2014-W08; "At
    # last year's deadline" -> "last year" 2013; "about an hour before the cutoff" -> "about
    # an hour" PT1H (anchored to an event, gold_blind91's "about an hour before the draft");
    # "every year since 2010" -> SET P1Y and "2010"; "fiscal 2013, which ended June 30" ->
    # FY2013 (a fiscal year named by the year it ends, gold_blind35) and 2013-06-30; "10-day"
    # P10D; "Feb. 11" 2014-02-11; "by March 1" 2014-03-01; "July 1" 2014-07-01; "June 26"
    # 2014-06-26. Not annotated: "the trade deadline", "the deadline" (several), "deadline-day",
    # "DEADLINE DAY", "the cutoff", "his third season", "Free agency", "The draft", "the
    # playoffs", "playoff roster", "a game-time decision" (beyond "Friday"), "eight of their
    # past 10 games", "four games out", "the No. 8 spot", "nine straight", "14 of their final
    # 20 games", records "23-31" and "35-19", "No. 32", "18.4 points", "$24 million", "$9
    # million", "$4 million", ages "28" and "31", "I've been around long enough".
    "comets-brooks-stars-trade-deadline": (
        "2014-02-20",
        [
            ("3 p.m.", "TIME", "2014-02-20T15:00"),
            ("Feb. 20, 2014", "DATE", "2014-02-20"),
            ("11:48 AM ET", "TIME", "2014-02-20T11:48"),
            ("Wednesday night", "TIME", "2014-02-19TNI"),
            ("3 p.m. ET", "TIME", "2014-02-20T15:00"),
            ("today", "DATE", "2014-02-20"),
            ("this morning", "TIME", "2014-02-20TMO"),
            ("overnight", "TIME", "2014-02-19TNI"),
            ("the next few hours", "DURATION", "PTXH"),
            ("2015", "DATE", "2015"),
            ("16", "DATE", "2016"),
            ("three-year", "DURATION", "P3Y"),
            ("July 2012", "DATE", "2012-07"),
            ("2009", "DATE", "2009"),
            ("10", "DATE", "2010"),
            ("Tuesday", "DATE", "2014-02-18"),
            ("the past two weeks", "DURATION", "P2W"),
            ("this summer", "DATE", "2014-SU"),
            ("2015", "DATE", "2015"),
            ("Jan. 29", "DATE", "2014-01-29"),
            ("Friday night", "TIME", "2014-02-21TNI"),
            ("Tuesday night", "TIME", "2014-02-18TNI"),
            ("Friday", "DATE", "2014-02-21"),
            ("three years", "DURATION", "P3Y"),
            ("Wednesday", "DATE", "2014-02-19"),
            ("this week", "DATE", "2014-W08"),
            ("last year", "DATE", "2013"),
            ("about an hour", "DURATION", "PT1H"),
            ("every year", "SET", "P1Y"),
            ("2010", "DATE", "2010"),
            ("fiscal 2013", "DATE", "FY2013"),
            ("June 30", "DATE", "2013-06-30"),
            ("10-day", "DURATION", "P10D"),
            ("Feb. 11", "DATE", "2014-02-11"),
            ("tonight", "TIME", "2014-02-20TNI"),
            ("March 1", "DATE", "2014-03-01"),
            ("July 1", "DATE", "2014-07-01"),
            ("June 26", "DATE", "2014-06-26"),
            ("3 p.m. ET", "TIME", "2014-02-20T15:00"),
            ("7 p.m. ET", "TIME", "2014-02-21T19:00"),
            ("Friday", "DATE", "2014-02-21"),
        ],
    ),
    # Tuesday 2015-10-13 (ISO week 42), Irish paper's website, GAA county hurling final replay
    # story, headline ("in Saturday evening replay"), standfirst, byline, stamp "Tue, Oct 13,
    # 2015, 06:00" (DATE and TIME, gold_blind97). The drawn final was on Sunday 2015-10-11
    # ("Sunday's final", "sent off ... on Sunday", "Sunday's game"); the board met "last
    # night", Monday 2015-10-12TNI (gold_blind35); "yesterday morning" 2015-10-12TMO. The
    # replay is on Saturday 2015-10-17: headline "Saturday evening" 2015-10-17TEV, "at 7pm on
    # Saturday" 2015-10-17T19:00 and the DATE, "after 60 minutes on Saturday", "Gates open at
    # 5.30pm on Saturday" 2015-10-17T17:30. "a second replay ... for the October bank holiday
    # weekend": Ireland's October bank holiday is the last Monday of October, 2015-10-26, and
    # its weekend takes the ISO week of its Saturday (24 October), 2015-W43-WE (gold_blind103's
    # "Family Day weekend"). The football final "fixed for Sunday" 2015-10-18 "has been put
    # back a week" (the size of a shift, DURATION P1W, gold_blind66's "by an hour") "to October
    # 25" 2015-10-25; "Sunday, November 1" one span 2015-11-01; Keogh's "We'd have preferred
    # Sunday afternoon" the replay slot not given, 2015-10-18TAF; "on Wednesday night"
    # 2015-10-14TNI, "again on Thursday" 2015-10-15; the hearing "on Thursday night"
    # 2015-10-15TNI; "at 10am tomorrow" 2015-10-14T10:00 and "tomorrow" 2015-10-14. "almost
    # four minutes of added time" -> "almost four minutes" PT4M (how long the added time ran,
    # like "held up for three minutes" in gold_blind43); "after 60 minutes" PT60M and "two
    # periods of 10 minutes" -> "10 minutes" PT10M (lengths of play, like "the first 45
    # minutes" in gold_blind43). "since 2002"; "twice a week" SET P1W and "since June"
    # 2015-06; "1987", "2009", "six years" P6Y, "1994"; "the centenary final of 1984" ->
    # "1984". Not annotated: "extra time" (twice, an interval of play), "under lights", "the
    # 52nd minute", "a one-match ban", "the first county final to go to a replay" (beyond
    # "2002"), "the first to be played under lights", scores "1-17" and "2-14", "70 metres",
    # "9,812", "€15", "€5", age "34", "the Murphy Cup", "Kilbrennan St Patrick's" (a club named
    # after a saint, not St Patrick's Day), "countyhurling.ie/final2015" (a 2015 story),
    # "087 555 1987" (a phone number ending in 1987, beside the annotated "1987"), "centenary".
    "kilbrennan-ardmoyle-county-final-replay": (
        "2015-10-13",
        [
            ("Saturday evening", "TIME", "2015-10-17TEV"),
            ("Tue, Oct 13, 2015", "DATE", "2015-10-13"),
            ("06:00", "TIME", "2015-10-13T06:00"),
            ("7pm", "TIME", "2015-10-17T19:00"),
            ("Saturday", "DATE", "2015-10-17"),
            ("last night", "TIME", "2015-10-12TNI"),
            ("Sunday", "DATE", "2015-10-11"),
            ("almost four minutes", "DURATION", "PT4M"),
            ("60 minutes", "DURATION", "PT60M"),
            ("Saturday", "DATE", "2015-10-17"),
            ("10 minutes", "DURATION", "PT10M"),
            ("the October bank holiday weekend", "DATE", "2015-W43-WE"),
            ("2002", "DATE", "2002"),
            ("Sunday", "DATE", "2015-10-18"),
            ("a week", "DURATION", "P1W"),
            ("October 25", "DATE", "2015-10-25"),
            ("Sunday, November 1", "DATE", "2015-11-01"),
            ("Sunday afternoon", "TIME", "2015-10-18TAF"),
            ("yesterday morning", "TIME", "2015-10-12TMO"),
            ("Wednesday night", "TIME", "2015-10-14TNI"),
            ("Thursday", "DATE", "2015-10-15"),
            ("twice a week", "SET", "P1W"),
            ("June", "DATE", "2015-06"),
            ("1987", "DATE", "1987"),
            ("2009", "DATE", "2009"),
            ("six years", "DURATION", "P6Y"),
            ("1994", "DATE", "1994"),
            ("Sunday", "DATE", "2015-10-11"),
            ("Thursday night", "TIME", "2015-10-15TNI"),
            ("Sunday", "DATE", "2015-10-11"),
            ("1984", "DATE", "1984"),
            ("10am", "TIME", "2015-10-14T10:00"),
            ("tomorrow", "DATE", "2015-10-14"),
            ("5.30pm", "TIME", "2015-10-17T17:30"),
            ("Saturday", "DATE", "2015-10-17"),
        ],
    ),
    # Sunday 2014-06-08 (ISO week 23), British Sunday paper's cricket Test series preview,
    # headline ("opens on Thursday"), standfirst, byline, date line "Sunday 8 June 2014" (one
    # span). The first Test starts on Thursday 2014-06-12 (headline, body, "Tickets for
    # Thursday", "showers on Thursday afternoon" 2014-06-12TAF, "the gates open at 9.30am"
    # 2014-06-12T09:30); the XI is named "at 2pm on Wednesday" 2014-06-11T14:00 and DATE; the
    # tourists "landed on Tuesday" 2014-06-03; "yesterday" 2014-06-07; "over the weekend" ahead
    # -> "the weekend" 2014-W24-WE (14-15 June). "every day since the tourists landed" -> SET
    # "every day" P1D, "since" a signal; "Sixteen years" P16Y (1998 to 2014); "three-day" P3D,
    # "five-day" P5D; "last summer" in June 2014 the summer of 2013, 2013-SU; "with play from
    # 11am each day" -> the hour of a recurring day's play XXXX-XX-XXT11:00 and the SET "each
    # day" P1D (gold_blind66's "start at 10.30am"); "from June 19" 2014-06-19, "from July 3"
    # 2014-07-03; "in September" 2014-09; "six-month" P6M; "ended in March" 2014-03; "the past
    # fortnight" P2W; "the final day of the 2012 series" -> "the final day" DURATION P1D (an
    # ordinal day of a match, gold_blind24, gold_blind66) and "2012"; "the 2010-11 series" ->
    # "2010" and "11" 2011 (a series named by two years, like a season, gold_blind91);
    # "January 2013"; "the 2015 World Cup" -> "2015"; "three weeks" P3W; "in April" 2014-04;
    # "for a year" -> "a year" P1Y; "Now" PRESENT_REF. The box's ranges "June 12-16", "June
    # 19-23", "July 3-7" give two DATEs each, the bare day its own (gold_blind51's "Dec.
    # 11-12", gold_blind66). Not annotated: "three-Test", "The first of three ... Tests",
    # "First Test", "Second Test", "Third Test", "one-day internationals", "11 of their past 14
    # Tests", "four innings", "nine sessions", "61 runs", "147 not out", "2-0", "93mph", "£45",
    # "a lean spell before", "old scores", ages "32", "26" and "30", "Academy XI", "XI".
    "solara-westmark-test-series-preview": (
        "2014-06-08",
        [
            ("Thursday", "DATE", "2014-06-12"),
            ("Sunday 8 June 2014", "DATE", "2014-06-08"),
            ("1998", "DATE", "1998"),
            ("every day", "SET", "P1D"),
            ("Tuesday", "DATE", "2014-06-03"),
            ("Sixteen years", "DURATION", "P16Y"),
            ("yesterday", "DATE", "2014-06-07"),
            ("three-day", "DURATION", "P3D"),
            ("last summer", "DATE", "2013-SU"),
            ("five-day", "DURATION", "P5D"),
            ("Thursday", "DATE", "2014-06-12"),
            ("11am", "TIME", "XXXX-XX-XXT11:00"),
            ("each day", "SET", "P1D"),
            ("June 19", "DATE", "2014-06-19"),
            ("July 3", "DATE", "2014-07-03"),
            ("September", "DATE", "2014-09"),
            ("six-month", "DURATION", "P6M"),
            ("March", "DATE", "2014-03"),
            ("the past fortnight", "DURATION", "P2W"),
            ("the final day", "DURATION", "P1D"),
            ("2012", "DATE", "2012"),
            ("Thursday afternoon", "TIME", "2014-06-12TAF"),
            ("the weekend", "DATE", "2014-W24-WE"),
            ("2010", "DATE", "2010"),
            ("11", "DATE", "2011"),
            ("2pm", "TIME", "2014-06-11T14:00"),
            ("Wednesday", "DATE", "2014-06-11"),
            ("Thursday", "DATE", "2014-06-12"),
            ("9.30am", "TIME", "2014-06-12T09:30"),
            ("January 2013", "DATE", "2013-01"),
            ("2015", "DATE", "2015"),
            ("three weeks", "DURATION", "P3W"),
            ("April", "DATE", "2014-04"),
            ("a year", "DURATION", "P1Y"),
            ("Now", "DATE", "PRESENT_REF"),
            ("June 12", "DATE", "2014-06-12"),
            ("16", "DATE", "2014-06-16"),
            ("June 19", "DATE", "2014-06-19"),
            ("23", "DATE", "2014-06-23"),
            ("July 3", "DATE", "2014-07-03"),
            ("7", "DATE", "2014-07-07"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
