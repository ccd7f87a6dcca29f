"""Annotations of the blind gold set 600, chosen by hand before the tagger ran.

    python tests/data/gold_blind600/annotate.py [--show]

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
    # Sunday 1990-07-15 (ISO week 28), AP baseball game story on a doubleheader, archive header
    # "July 15, 1990, Sunday, BC cycle" (one DATE span with its post-posed weekday, like the
    # date lines "Wednesday, September 20, 1989" of gold_blind35) and "Time: 23:41" (TIME of
    # the publication day), "HARBOR CITY, Md. (AP) _" dateline. "today" and "today's crowd"
    # are the day of the wire (gold_blind35); "tonight" in the manager's quote is the night of
    # the day he spoke, the same Sunday (gold_blind40). The headline's "1961 Club Record" is an
    # adjectival year, DATE 1961 (gold_blind28, gold_blind91), "since 1961" and "from 1962" (a
    # media guide's year, "that year's guide") DATEs. Game clock: "began at 1:35 p.m." and
    # "ended at 9:58 p.m." on the day of the doubleheader; "2 hours 51 minutes" PT171M and "1
    # hour 24 minutes" PT84M, one DURATION in the smaller unit (gold_blind24, gold_blind66);
    # "almost eight and a half hours after the first pitch" PT510M, the duration alone and the
    # fraction converted ("more than two and a half hours" PT150M, gold_blind24). "had lasted
    # 29 years" P29Y. Past weekdays: "Saturday night" 1990-07-14TNI, "Friday afternoon"
    # 1990-07-13TAF with "that evening" 1990-07-13TEV and "the next day" 1990-07-14 anchored on
    # it (gold_blind8, gold_blind14), "Saturday's 7-1 loss" and "said Saturday" 1990-07-14.
    # Future weekdays: "turns 37 on Thursday" and "return home Thursday" 1990-07-19, "Monday
    # night" (quote and body) 1990-07-16TNI with "7:35 p.m. EDT" 1990-07-16T19:35 (zone in the
    # span, not in the value), "a twi-night doubleheader Friday" 1990-07-20. "July 3"
    # 1990-07-03; "last September" 1989-09; "since May" 1990-05; "the past four weeks" P4W;
    # "Aug. 4, 1987"; "1979", "1983", "1992" as written; "by Nov. 15" 1990-11-15; "every
    # Sunday" SET XXXX-WXX-7 with "since April" 1990-04 its own DATE (gold_blind35). Not
    # annotated: "BC cycle" (a wire's cycle), "3-2", "11 Innings", "11 innings", "the nightcap"
    # (twice; the second game of a doubleheader, not a night), "the opener", "the first game",
    # "the second game", "the first pitch", "6-4", "7-1", "(49-38)", "(9-5)", "3-for-4",
    # "0-for-17", ".231", "2 1/2 games", "71 triples", "12 seasons", "11 of 14 games", "five
    # straight starts", "eight innings", "two scoreless innings", "the ninth inning", "the
    # 11th", ages "36" (twice), "37", "24", "Class AAA", "the All-Star break", "this late in
    # the season", "next season" (sports seasons, gold_blind24, gold_blind91), "three-game
    # series", "four games", "twi-night" (a format, like "day-night" in gold_blind66), "30,000",
    # "41,207", "may" (the verb), "301-555-1961" (a phone number ending in the record's year).
    "clippers-gulls-doubleheader-split": (
        "1990-07-15",
        [
            ("July 15, 1990, Sunday", "DATE", "1990-07-15"),
            ("23:41", "TIME", "1990-07-15T23:41"),
            ("1961", "DATE", "1961"),
            ("today", "DATE", "1990-07-15"),
            ("1961", "DATE", "1961"),
            ("1:35 p.m.", "TIME", "1990-07-15T13:35"),
            ("2 hours 51 minutes", "DURATION", "PT171M"),
            ("1 hour 24 minutes", "DURATION", "PT84M"),
            ("9:58 p.m.", "TIME", "1990-07-15T21:58"),
            ("almost eight and a half hours", "DURATION", "PT510M"),
            ("29 years", "DURATION", "P29Y"),
            ("Thursday", "DATE", "1990-07-19"),
            ("Saturday night", "TIME", "1990-07-14TNI"),
            ("1962", "DATE", "1962"),
            ("Monday night", "TIME", "1990-07-16TNI"),
            ("Friday afternoon", "TIME", "1990-07-13TAF"),
            ("that evening", "TIME", "1990-07-13TEV"),
            ("the next day", "DATE", "1990-07-14"),
            ("Saturday", "DATE", "1990-07-14"),
            ("July 3", "DATE", "1990-07-03"),
            ("tonight", "TIME", "1990-07-15TNI"),
            ("1979", "DATE", "1979"),
            ("Aug. 4, 1987", "DATE", "1987-08-04"),
            ("last September", "DATE", "1989-09"),
            ("May", "DATE", "1990-05"),
            ("the past four weeks", "DURATION", "P4W"),
            ("Monday night", "TIME", "1990-07-16TNI"),
            ("7:35 p.m. EDT", "TIME", "1990-07-16T19:35"),
            ("Thursday", "DATE", "1990-07-19"),
            ("Friday", "DATE", "1990-07-20"),
            ("1992", "DATE", "1992"),
            ("Saturday", "DATE", "1990-07-14"),
            ("Nov. 15", "DATE", "1990-11-15"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("April", "DATE", "1990-04"),
            ("today", "DATE", "1990-07-15"),
            ("1983", "DATE", "1983"),
        ],
    ),
    # Monday 1990-11-19 (ISO week 47), New York paper's pro football game story and look-ahead,
    # section label "SPORTS MONDAY" (a section's name, not annotated, like programme titles in
    # gold_blind30), date line "Monday, November 19, 1990" (one DATE span), "BRAXTON, Pa. —"
    # dateline. "yesterday" is Sunday 1990-11-18 and "last night" its night, 1990-11-18TNI
    # (gold_blind35). The coach's quoted "tonight" and "Tomorrow", spoken in the locker room
    # yesterday, are anchored to the day they were spoken (gold_blind40): 1990-11-18TNI and
    # 1990-11-19. "Thanksgiving" (headline) and "Thanksgiving Day" 1990-11-22, the fourth
    # Thursday of November, beside "Thursday" 1990-11-22 (gold_blind19, gold_blind66);
    # "kickoff at 12:30 p.m." that day. "less than four days" (deck and body) P4D; "Four days
    # is nothing" P4D; "you need a week" P1W; "three weeks in October" P3W and 1990-10;
    # "10 days" P10D. Future: "8 a.m. tomorrow" 1990-11-20T08:00 and 1990-11-20, "on
    # Wednesday" 1990-11-21, "Wednesday afternoon" 1990-11-21TAF, "a Sunday night game at home
    # on Dec. 2" -> "Sunday night" 1990-12-02TNI and "Dec. 2" (the game is on that Sunday
    # night, like "a Monday night game ... on Oct. 19" in gold_blind66), "Dec. 30", "Ask me in
    # January" 1991-01 (said yesterday, the nearest January ahead). "every Monday at 11 a.m."
    # -> SET XXXX-WXX-1 and TIME XXXX-XX-XXT11:00, the hour of a recurring event (gold_blind28,
    # gold_blind66); "today's session" 1990-11-19. Past: "in September" 1990-09, "on Oct. 7"
    # 1990-10-07 and "the next day" 1990-10-08, "Oct. 28"; "since 1986" and "the 1986 team" (an
    # adjectival year naming a season's squad, gold_blind91) DATE 1986; "Two years ago" 1988
    # (the unit's granularity); "through 1992"; "Now" PRESENT_REF. Not annotated: "SPORTS
    # MONDAY", "KNIGHTS 23, COMETS 20 (OT)", "23-20", "31-10", "8-3", "4-12", "41-yard",
    # "12-yard", "with 1:48 left in regulation" (a point on a game clock, see README),
    # "overtime", "the two-minute warning", "the fourth quarter", "third-and-7 from the 40",
    # "44 yards", "21 of 34 for 248 yards", "five of six", "this late in a season", "the
    # regular season", "next season", "the last game", "player of the game", "a 1991 model
    # sedan" (a model year, gold_blind16), ages "33", "29", "34", "(212) 555-1986".
    "knights-comets-overtime-thanksgiving": (
        "1990-11-19",
        [
            ("Monday, November 19, 1990", "DATE", "1990-11-19"),
            ("Thanksgiving", "DATE", "1990-11-22"),
            ("less than four days", "DURATION", "P4D"),
            ("last night", "TIME", "1990-11-18TNI"),
            ("Thursday", "DATE", "1990-11-22"),
            ("yesterday", "DATE", "1990-11-18"),
            ("1986", "DATE", "1986"),
            ("1986", "DATE", "1986"),
            ("tonight", "TIME", "1990-11-18TNI"),
            ("Tomorrow", "DATE", "1990-11-19"),
            ("Thanksgiving Day", "DATE", "1990-11-22"),
            ("12:30 p.m.", "TIME", "1990-11-22T12:30"),
            ("less than four days", "DURATION", "P4D"),
            ("September", "DATE", "1990-09"),
            ("today", "DATE", "1990-11-19"),
            ("8 a.m.", "TIME", "1990-11-20T08:00"),
            ("tomorrow", "DATE", "1990-11-20"),
            ("Wednesday", "DATE", "1990-11-21"),
            ("Wednesday afternoon", "TIME", "1990-11-21TAF"),
            ("every Monday", "SET", "XXXX-WXX-1"),
            ("11 a.m.", "TIME", "XXXX-XX-XXT11:00"),
            ("today", "DATE", "1990-11-19"),
            ("Four days", "DURATION", "P4D"),
            ("three weeks", "DURATION", "P3W"),
            ("October", "DATE", "1990-10"),
            ("Oct. 7", "DATE", "1990-10-07"),
            ("the next day", "DATE", "1990-10-08"),
            ("a week", "DURATION", "P1W"),
            ("Oct. 28", "DATE", "1990-10-28"),
            ("yesterday", "DATE", "1990-11-18"),
            ("Thursday", "DATE", "1990-11-22"),
            ("Sunday night", "TIME", "1990-12-02TNI"),
            ("Dec. 2", "DATE", "1990-12-02"),
            ("10 days", "DURATION", "P10D"),
            ("Dec. 30", "DATE", "1990-12-30"),
            ("1992", "DATE", "1992"),
            ("Two years ago", "DATE", "1988"),
            ("Now", "DATE", "PRESENT_REF"),
            ("January", "DATE", "1991-01"),
            ("Dec. 2", "DATE", "1990-12-02"),
        ],
    ),
    # Thursday 1991-03-07 (ISO week 10), Canadian paper's ice-hockey game story, masthead line,
    # section label, date line "Thursday, March 7, 1991", "PORT ARLEN, Ont. —" dateline. "Last
    # night" is Wednesday's, 1991-03-06TNI, with "7:50 p.m." that evening. "since Christmas"
    # (deck and body) 1990-12-25; "Feb. 8" 1991-02-08; "Dec. 22" 1990-12-22. "almost a month"
    # P1M; "17 years" P17Y (the period of a superlative, gold_blind24); "You can't play 40
    # minutes in this league" PT40M, game time like "We had it for 36 minutes" (gold_blind13);
    # "delayed 15 minutes" PT15M (the size of a delay); "for an hour" PT1H. "at the trade
    # deadline, 3 p.m. Tuesday" -> "3 p.m." 1991-03-05T15:00 and "Tuesday" 1991-03-05 (past).
    # "the 1992 draft" -> "1992", an adjectival year (gold_blind91). "Wednesday morning"
    # 1991-03-06TMO; "On Sunday" 1991-03-03 (past); "Saturday night" 1991-03-09TNI and "9 a.m.
    # Monday" 1991-03-11T09:00 and 1991-03-11 (future). "A month ago" 1991-02 (the unit's
    # granularity); "today" (twice) 1991-03-07; "tomorrow" 1991-03-08; "the next nine days"
    # P9D. "the Easter weekend" (twice) 1991-W13-WE, the ISO weekend of Easter Saturday 30
    # March (gold_blind3, gold_blind21); "Good Friday" 1991-03-29 and "Easter Sunday"
    # 1991-03-31 on the dates they fall on. "April 3" 1991-04-03 (ahead). "the 1987-88 season"
    # -> "1987" and "88" (1988), the season left out (gold_blind43, gold_blind91); "the 1950s"
    # 195; "October 1988". "this morning" 1991-03-07TMO, "10:30 a.m. today"; "at least four
    # weeks" P4W; "open daily from 10 a.m. to 6 p.m." -> SET P1D and the hours
    # XXXX-XX-XXT10:00, XXXX-XX-XXT18:00 (gold_blind66). Not annotated: "at 17:50 and 19:22 of
    # the third period" (points on a game clock, see README), "the third period", "the second
    # period", "4-3", "5-1", "(9-0-2)", "11-game", "11" (headline), "10 home games", "10 games
    # left", "three points", "6,412", "31 saves", "his 19th season", "the trade deadline", "a
    # fourth-round pick", "No. 19", "four-game road trip", "four games", "the playoffs", "the
    # league title", ages "38", "44", "(705) 555-1988".
    "port-arlen-wolves-streak-ends": (
        "1991-03-07",
        [
            ("Thursday, March 7, 1991", "DATE", "1991-03-07"),
            ("Christmas", "DATE", "1990-12-25"),
            ("almost a month", "DURATION", "P1M"),
            ("Last night", "TIME", "1991-03-06TNI"),
            ("Christmas", "DATE", "1990-12-25"),
            ("Feb. 8", "DATE", "1991-02-08"),
            ("Dec. 22", "DATE", "1990-12-22"),
            ("17 years", "DURATION", "P17Y"),
            ("40 minutes", "DURATION", "PT40M"),
            ("15 minutes", "DURATION", "PT15M"),
            ("7:50 p.m.", "TIME", "1991-03-06T19:50"),
            ("3 p.m.", "TIME", "1991-03-05T15:00"),
            ("Tuesday", "DATE", "1991-03-05"),
            ("1992", "DATE", "1992"),
            ("Wednesday morning", "TIME", "1991-03-06TMO"),
            ("an hour", "DURATION", "PT1H"),
            ("Saturday night", "TIME", "1991-03-09TNI"),
            ("Sunday", "DATE", "1991-03-03"),
            ("A month ago", "DATE", "1991-02"),
            ("today", "DATE", "1991-03-07"),
            ("tomorrow", "DATE", "1991-03-08"),
            ("the next nine days", "DURATION", "P9D"),
            ("the Easter weekend", "DATE", "1991-W13-WE"),
            ("Good Friday", "DATE", "1991-03-29"),
            ("Easter Sunday", "DATE", "1991-03-31"),
            ("April 3", "DATE", "1991-04-03"),
            ("1987", "DATE", "1987"),
            ("88", "DATE", "1988"),
            ("the 1950s", "DATE", "195"),
            ("October 1988", "DATE", "1988-10"),
            ("this morning", "TIME", "1991-03-07TMO"),
            ("10:30 a.m.", "TIME", "1991-03-07T10:30"),
            ("today", "DATE", "1991-03-07"),
            ("at least four weeks", "DURATION", "P4W"),
            ("the Easter weekend", "DATE", "1991-W13-WE"),
            ("9 a.m.", "TIME", "1991-03-11T09:00"),
            ("Monday", "DATE", "1991-03-11"),
            ("daily", "SET", "P1D"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
        ],
    ),
    # Friday 1989-12-01 (ISO week 48), British paper's boxing weigh-in and fight preview,
    # section label, date line "Friday 1 December 1989" (one span), byline, no dateline. The
    # fight is "tomorrow night" (deck and body), Saturday 1989-12-02TNI; "6pm tomorrow" two
    # TIMEX3, "7pm", "about 10.40pm" and "until midnight" on the fight day, "midnight" the end
    # of that day, T24:00 (gold_blind103). "noon yesterday" 1989-11-30T12:00 and 1989-11-30;
    # "said last night" 1989-11-30TNI (gold_blind35). "the hardest 36 minutes of my life"
    # (twelve rounds of three minutes) DURATION PT36M; "12 three-minute rounds, with one-minute
    # intervals" -> "three-minute" PT3M and "one-minute" PT1M, adjectival durations, the
    # rounds left out; "40 minutes of skipping" PT40M; "five defences in 32 months" P32M (the
    # period of a count, gold_blind103); "the past eight weeks" P8W; "within 90 days" P90D;
    # "for nine years" P9Y; "for a decade" P10Y (the period of a negated "has not staged",
    # gold_blind19); "for an hour" PT1H. "a fortnight ago" 1989-W46, two ISO weeks back
    # (gold_blind66). Past: "March 1987", "1986", "in September" 1989-09, "since October"
    # 1989-10, "on Tuesday" 1989-11-28. Future: "its meeting on Wednesday" 1989-12-06,
    # "noon on Sunday" 1989-12-03T12:00 and 1989-12-03, "late February" 1990-02, "Christmas"
    # 1989-12-25, "Boxing Day" 1989-12-26, "this afternoon" 1989-12-01TAF, "tonight"
    # 1989-12-01TNI. "every year since I was 15" -> "every year" SET P1Y, the anchor an age.
    # Not annotated: "10st 6lb 15oz", "10st 6lb", "an ounce", "12 three-minute rounds" beyond
    # the adjective, "six rounds", "the eighth round", "140 rounds", "2min 14sec" (a time
    # to the second, no value shape, gold_blind43), "24 fights", "five defences", "his eighth
    # straight win", "the second attempt", "a 3-2 vote", "the first of seven bouts", "tea"
    # (a meal, gold_blind24), "BOXING" (the section label, beside the annotated "Boxing
    # Day"), ages "27", "31", "15", "£25 to £150", "01-836 1990" (a London number holding a
    # year-like 1990), "the main event", "the fight".
    "colquhoun-delahaye-weigh-in": (
        "1989-12-01",
        [
            ("Friday 1 December 1989", "DATE", "1989-12-01"),
            ("36 minutes", "DURATION", "PT36M"),
            ("tomorrow night", "TIME", "1989-12-02TNI"),
            ("noon", "TIME", "1989-11-30T12:00"),
            ("yesterday", "DATE", "1989-11-30"),
            ("40 minutes", "DURATION", "PT40M"),
            ("three-minute", "DURATION", "PT3M"),
            ("one-minute", "DURATION", "PT1M"),
            ("tomorrow night", "TIME", "1989-12-02TNI"),
            ("March 1987", "DATE", "1987-03"),
            ("32 months", "DURATION", "P32M"),
            ("1986", "DATE", "1986"),
            ("September", "DATE", "1989-09"),
            ("the past eight weeks", "DURATION", "P8W"),
            ("a fortnight ago", "DATE", "1989-W46"),
            ("Wednesday", "DATE", "1989-12-06"),
            ("last night", "TIME", "1989-11-30TNI"),
            ("6pm", "TIME", "1989-12-02T18:00"),
            ("tomorrow", "DATE", "1989-12-02"),
            ("7pm", "TIME", "1989-12-02T19:00"),
            ("about 10.40pm", "TIME", "1989-12-02T22:40"),
            ("midnight", "TIME", "1989-12-02T24:00"),
            ("noon", "TIME", "1989-12-03T12:00"),
            ("Sunday", "DATE", "1989-12-03"),
            ("90 days", "DURATION", "P90D"),
            ("late February", "DATE", "1990-02"),
            ("nine years", "DURATION", "P9Y"),
            ("October", "DATE", "1989-10"),
            ("Tuesday", "DATE", "1989-11-28"),
            ("an hour", "DURATION", "PT1H"),
            ("this afternoon", "TIME", "1989-12-01TAF"),
            ("tonight", "TIME", "1989-12-01TNI"),
            ("Christmas", "DATE", "1989-12-25"),
            ("Boxing Day", "DATE", "1989-12-26"),
            ("every year", "SET", "P1Y"),
            ("a decade", "DURATION", "P10Y"),
        ],
    ),
    # Wednesday 1991-11-27 (ISO week 48), Australian paper's golf tournament preview, section
    # label, date line "Wednesday 27 November 1991", byline, no dateline. The Classic runs
    # Thursday to Sunday: "7.10am tomorrow" 1991-11-28T07:10 and 1991-11-28; the cut "on
    # Friday evening" 1991-11-29TEV; "34 degrees for Saturday" 1991-11-30; "The final round is
    # on Sunday" 1991-12-01 with "from 1pm until 5.30pm" that day; "Sunday afternoon"
    # 1991-12-01TAF; "the last two hours of play" PT2H, an ordinal period (gold_blind24's "the
    # last two hours of racing"). Past weekdays: "returned on Monday" 1991-11-25, "on Sunday
    # night" 1991-11-24TNI. "yesterday's pro-am" 1991-11-26, "yesterday afternoon"
    # 1991-11-26TAF; "Tonight" 1991-11-27TNI with "7pm" that evening. "eight-year" (headline)
    # and "the eight years since" P8Y; "since 1983" and "His 1983 winning total" (adjectival)
    # 1983; "for 14 years" P14Y; "three months" P3M; "11 hours" PT11H; "the past two years" P2Y.
    # "in October" 1991-10; "last year's title" 1990; "this year" 1991; "a fortnight ago"
    # 1991-W46; "last week" 1991-W47; "since mid-September" 1991-09; "first played in 1978";
    # "next year" 1992; "Now" PRESENT_REF; "recent years" PAST_REF. "Gates open at 6.30am each
    # day" -> XXXX-XX-XXT06:30 and SET P1D (gold_blind66). No southern-hemisphere season is
    # named (gold_blind91). Not annotated: "66", "272", "16 under par", "par-72", "the 10th
    # tee", "the 17th", "61st", "22nd", "70" (twice, a score), "144", "the leading 70", "36
    # holes", "nine holes", "two shots", "30 metres", "the first round" (not written), "The
    # final round" and "the cut" (competition periods, gold_blind66), ages "40", "26", "34
    # degrees", "$US184,000", "$600,000", "$108,000", "$1.2 million", "Channel Seven", "(075)
    # 55 1983" (a phone number ending in a year-like 1983).
    "kerrigan-coral-coast-classic-preview": (
        "1991-11-27",
        [
            ("Wednesday 27 November 1991", "DATE", "1991-11-27"),
            ("eight-year", "DURATION", "P8Y"),
            ("1983", "DATE", "1983"),
            ("the eight years", "DURATION", "P8Y"),
            ("7.10am", "TIME", "1991-11-28T07:10"),
            ("tomorrow", "DATE", "1991-11-28"),
            ("October", "DATE", "1991-10"),
            ("yesterday", "DATE", "1991-11-26"),
            ("14 years", "DURATION", "P14Y"),
            ("1983", "DATE", "1983"),
            ("Monday", "DATE", "1991-11-25"),
            ("three months", "DURATION", "P3M"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Friday evening", "TIME", "1991-11-29TEV"),
            ("Sunday", "DATE", "1991-12-01"),
            ("1pm", "TIME", "1991-12-01T13:00"),
            ("5.30pm", "TIME", "1991-12-01T17:30"),
            ("last year", "DATE", "1990"),
            ("this year", "DATE", "1991"),
            ("a fortnight ago", "DATE", "1991-W46"),
            ("last week", "DATE", "1991-W47"),
            ("mid-September", "DATE", "1991-09"),
            ("Sunday night", "TIME", "1991-11-24TNI"),
            ("11 hours", "DURATION", "PT11H"),
            ("yesterday afternoon", "TIME", "1991-11-26TAF"),
            ("Saturday", "DATE", "1991-11-30"),
            ("Sunday afternoon", "TIME", "1991-12-01TAF"),
            ("the last two hours", "DURATION", "PT2H"),
            ("1978", "DATE", "1978"),
            ("the past two years", "DURATION", "P2Y"),
            ("recent years", "DATE", "PAST_REF"),
            ("6.30am", "TIME", "XXXX-XX-XXT06:30"),
            ("each day", "SET", "P1D"),
            ("Tonight", "TIME", "1991-11-27TNI"),
            ("7pm", "TIME", "1991-11-27T19:00"),
            ("next year", "DATE", "1992"),
        ],
    ),
    # Tuesday 1990-08-28 (ISO week 35), British broadsheet's athletics meeting report with a
    # results box, section label, date line "Tuesday 28 August 1990", "From ..., Hallamford"
    # byline. The meeting was "yesterday, the August bank holiday": "yesterday" 1990-08-27 and
    # "the August bank holiday" 1990-08-27 (the last Monday of August in England), two DATEs in
    # apposition like "Monday is Family Day" (gold_blind103) and "the May Day bank holiday"
    # one span with its determiner (gold_blind27). Clock times on that day: "about 3pm",
    # "3.40pm", "4.05pm", "8.25pm", "8.40pm"; "nearly an hour" PT1H; "25 minutes late" PT25M
    # (the size of a delay); "had lasted five years" P5Y. "1985" (headline, body, box) DATE.
    # Past: "ran at Kellerby on Saturday" 1990-08-25 and "the next day" 1990-08-26 anchored on
    # it; the quoted "on Sunday night" (spoken yesterday) 1990-08-26TNI; "six weeks in June
    # and July" P6W, 1990-06, 1990-07; "since the spring" 1990-SP; "Two years ago" 1988;
    # "July 1988"; "every year since 1962" SET P1Y and 1962; "recently" PAST_REF; "Now" (quote)
    # PRESENT_REF. Future: "turns 25 on Friday" 1990-08-31; "this morning" 1990-08-28TMO;
    # "Friday week" 1990-09-07, one span (British: the Friday after the coming one, like
    # "Saturday week" in gold_blind24); "14 September" 1990-09-14; "the winter" ahead in an
    # August paper 1991-WI (the winter of 1990-91 takes the year of its January, gold_blind10,
    # gold_blind103); "February" 1991-02; the box's "Friday 7 September" 1990-09-07 and
    # "7pm" that day. Not annotated: the times to the hundredth of a second "13.29sec",
    # "13.41sec", "13.88sec", "13min 41.27sec", "3min 56.71sec", "52.08sec" and the box's
    # "13.41", "13.52", "13.60" (no value shape for seconds, gold_blind24, gold_blind43),
    # "6.41m", "110 metres", "110m", "5,000 metres", "5,000m", "400 metres", "400m", "Mile",
    # "the mile", "the last event but one", "lane one", "four times", "fifth", "11,000", ages
    # "24", "25", "19-year-old", "The season" (a sports season), "Floodlit", "0742 551962".
    "okafor-hallamford-games-hurdles-record": (
        "1990-08-28",
        [
            ("Tuesday 28 August 1990", "DATE", "1990-08-28"),
            ("1985", "DATE", "1985"),
            ("1985", "DATE", "1985"),
            ("yesterday", "DATE", "1990-08-27"),
            ("the August bank holiday", "DATE", "1990-08-27"),
            ("about 3pm", "TIME", "1990-08-27T15:00"),
            ("nearly an hour", "DURATION", "PT1H"),
            ("3.40pm", "TIME", "1990-08-27T15:40"),
            ("4.05pm", "TIME", "1990-08-27T16:05"),
            ("25 minutes", "DURATION", "PT25M"),
            ("five years", "DURATION", "P5Y"),
            ("Saturday", "DATE", "1990-08-25"),
            ("the next day", "DATE", "1990-08-26"),
            ("Sunday night", "TIME", "1990-08-26TNI"),
            ("Now", "DATE", "PRESENT_REF"),
            ("six weeks", "DURATION", "P6W"),
            ("June", "DATE", "1990-06"),
            ("July", "DATE", "1990-07"),
            ("the spring", "DATE", "1990-SP"),
            ("Two years ago", "DATE", "1988"),
            ("every year", "SET", "P1Y"),
            ("1962", "DATE", "1962"),
            ("recently", "DATE", "PAST_REF"),
            ("8.25pm", "TIME", "1990-08-27T20:25"),
            ("8.40pm", "TIME", "1990-08-27T20:40"),
            ("July 1988", "DATE", "1988-07"),
            ("Friday", "DATE", "1990-08-31"),
            ("this morning", "TIME", "1990-08-28TMO"),
            ("Friday week", "DATE", "1990-09-07"),
            ("14 September", "DATE", "1990-09-14"),
            ("the winter", "DATE", "1991-WI"),
            ("February", "DATE", "1991-02"),
            ("1985", "DATE", "1985"),
            ("Friday 7 September", "DATE", "1990-09-07"),
            ("7pm", "TIME", "1990-09-07T19:00"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
