"""Annotations of blind gold set 566, chosen by hand before the tagger ran.

    python tests/data/gold_blind566/annotate.py [--show]

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
    # Wednesday 1989-08-23 (ISO week 34), AP baseball game story filed the same night: slug
    # "AP-BBA--Otters-Pilgrims, 0447" (0447 is the word count, not a clock time), stamp "Aug.
    # 23, 1989 11:52 PM EDT" (DATE and TIME, the zone in the span, gold_blind43), headline with
    # the score, byline, "HALLORAN CITY, Ohio (AP) _" dateline. The game is "Wednesday night",
    # the publication day's night 1989-08-23TNI; its clock times "7:05 p.m.", "9:10 p.m."
    # (the rain) and "11:11 p.m." are on that day. "2 hours, 52 minutes" and "1 hour, 14
    # minutes" are one DURATION each in the smaller unit, PT172M and PT74M (race times,
    # gold_blind24, gold_blind66). Kolb's quote, spoken Wednesday night: "Last night" is the
    # night before the speaker's day, Tuesday night 1989-08-22TNI, and "tonight"
    # 1989-08-23TNI. Past weekdays: "recalled ... on Monday" 1989-08-21, "lost 7-2 Tuesday
    # night" 1989-08-22TNI, "Wednesday's crowd" 1989-08-23. Future: "Thursday morning"
    # 1989-08-24TMO, "Thursday afternoon at 1:05 p.m. EDT" 1989-08-24TAF and T13:05, the trip
    # begins "Friday" 1989-08-25, "off Monday" 1989-08-28 (the same weekday in both
    # directions), "Labor Day, Sept. 4" (the first Monday of September 1989) two DATEs, "Sept.
    # 1" 1989-09-01. "September 1987" 1987-09; "two years" P2Y (how long he waited); "a
    # 45-minute meeting" PT45M; "the next six weeks" P6W; "now" PRESENT_REF; "19 days in May"
    # P19D and 1989-05; "at least a week" P1W; "the 1982 playoffs" an adjectival year; "last
    # year" 1988; "May 1988"; "on Wednesday nights" SET XXXX-WXX-3TNI (a record on every
    # Wednesday night, gold_blind19's "on Friday nights"). Not annotated: the slug's "0447",
    # "11 innings", "the 11th inning", "the sixth inning", "the ninth", "the third inning",
    # scores and records ("5-4", "7-2", "4-6", "12-7", "4-4", "6-3", "9-9", "11-8", "9-1"),
    # "3-2 pitch", "half a game", "2 1/2 games", "14 innings", "two hits", "two-run", "21st",
    # "16 straight save chances", "the All-Star break" (an event-named period), "three-game",
    # "nine-game", "this season" (a sports season), "first place", "No. 19", "29" (an age),
    # "31,412", "1.6 million", "1.4 million", "six players", "the day Bristow acquired him"
    # (anaphoric; "July 28" is annotated), "(614) 555-1989" (a phone number holding 1989).
    "halloran-otters-pilgrims-11-innings": (
        "1989-08-23",
        [
            ("Aug. 23, 1989", "DATE", "1989-08-23"),
            ("11:52 PM EDT", "TIME", "1989-08-23T23:52"),
            ("Wednesday night", "TIME", "1989-08-23TNI"),
            ("June 30", "DATE", "1989-06-30"),
            ("7:05 p.m.", "TIME", "1989-08-23T19:05"),
            ("2 hours, 52 minutes", "DURATION", "PT172M"),
            ("1 hour, 14 minutes", "DURATION", "PT74M"),
            ("11:11 p.m.", "TIME", "1989-08-23T23:11"),
            ("Monday", "DATE", "1989-08-21"),
            ("September 1987", "DATE", "1987-09"),
            ("two years", "DURATION", "P2Y"),
            ("Last night", "TIME", "1989-08-22TNI"),
            ("tonight", "TIME", "1989-08-23TNI"),
            ("Tuesday night", "TIME", "1989-08-22TNI"),
            ("Aug. 9", "DATE", "1989-08-09"),
            ("45-minute", "DURATION", "PT45M"),
            ("the next six weeks", "DURATION", "P6W"),
            ("now", "DATE", "PRESENT_REF"),
            ("July 28", "DATE", "1989-07-28"),
            ("9:10 p.m.", "TIME", "1989-08-23T21:10"),
            ("Thursday morning", "TIME", "1989-08-24TMO"),
            ("19 days", "DURATION", "P19D"),
            ("May", "DATE", "1989-05"),
            ("at least a week", "DURATION", "P1W"),
            ("Thursday afternoon", "TIME", "1989-08-24TAF"),
            ("1:05 p.m. EDT", "TIME", "1989-08-24T13:05"),
            ("Friday", "DATE", "1989-08-25"),
            ("Monday", "DATE", "1989-08-28"),
            ("Labor Day", "DATE", "1989-09-04"),
            ("Sept. 4", "DATE", "1989-09-04"),
            ("Sept. 1", "DATE", "1989-09-01"),
            ("1982", "DATE", "1982"),
            ("1982", "DATE", "1982"),
            ("last year", "DATE", "1988"),
            ("1979", "DATE", "1979"),
            ("Wednesday", "DATE", "1989-08-23"),
            ("May 1988", "DATE", "1988-05"),
            ("Wednesday nights", "SET", "XXXX-WXX-3TNI"),
            ("Labor Day", "DATE", "1989-09-04"),
        ],
    ),
    # Friday 1990-12-28 (ISO week 52), AP college football bowl preview: slug "AP-FBC--Sun
    # Coast Bowl, 0390", numeric stamp "12-28-90 03:47 PM EST" (DATE 1990-12-28 and TIME,
    # like "Aired 04/10/2014" in gold_blind48), headline ("Since 1976"), byline, "PORT
    # MERIDIAN, Fla. (AP) _" dateline; "today" is the wire's day (gold_blind35). The bowl is
    # "on Tuesday" = "New Year's Day" 1991-01-01, kickoff "1 p.m. EST" and gates "11 a.m." that
    # day ("game day" itself is event-named and left out). "Christmas Day" 1990-12-25; "this
    # week" 1990-W52; "Saturday's workout" and "After Saturday" 1990-12-29; "since Dec. 20"
    # and "eight days" P8D (20-28 December). Past: Carverton "arrived Wednesday night"
    # 1990-12-26TNI, practised "Thursday morning" 1990-12-27TMO, played "on Thanksgiving Day",
    # the fourth Thursday of November 1990, 1990-11-22; "the past five weeks" P5W (22 November
    # to 27 December); "A month ago" 1990-11 (the unit's granularity, gold_blind28). Future:
    # "through Wednesday" 1991-01-02, the parade "Monday, New Year's Eve, at 10 a.m." ->
    # "Monday" and "New Year's Eve" two DATEs 1990-12-31 (an appositive, like "Monday is
    # Family Day" in gold_blind103) and "10 a.m." that day; "that evening" 1990-12-31TEV; "an
    # 11 p.m. curfew" -> "11 p.m." alone (a clock time inside an event noun, gold_blind24's
    # "a 3pm kick-off"). "the 44th annual Sun Coast Bowl" -> "annual" SET P1Y (gold_blind91);
    # "five-hour" PT5H; "the 1976 Sun Coast Bowl" and "the 1976 team" adjectival years (a
    # year before a team, gold_blind91); "the 1991 season" -> "1991"; "in April" 1991-04 (the
    # draft ahead); "in October" 1990-10; "since August" 1990-08; "in 1990" the calendar year
    # of the season; "every year since 1948" SET P1Y and DATE. Not annotated: "the 80s"
    # (temperatures, not the decade), "two-a-days" (practice sessions), "14th-ranked", "No. 19",
    # "No. 12", "9-2", "8-3-1", "24-21", "17-17", "44th", "the regular season", "the first two
    # rounds" (of a draft), "game day", "walk-throughs", "2,431 yards", "19 touchdowns", "1,288
    # yards", "three games", "61,000", "$25", "$32", "20" and "61" (ages), "(904) 555-1991" (a
    # phone number holding 1991, after the annotated "1991").
    "sun-coast-bowl-marlin-state-carverton": (
        "1990-12-28",
        [
            ("12-28-90", "DATE", "1990-12-28"),
            ("03:47 PM EST", "TIME", "1990-12-28T15:47"),
            ("1976", "DATE", "1976"),
            ("Christmas Day", "DATE", "1990-12-25"),
            ("New Year's Day", "DATE", "1991-01-01"),
            ("twice a day", "SET", "P1D"),
            ("this week", "DATE", "1990-W52"),
            ("today", "DATE", "1990-12-28"),
            ("Saturday", "DATE", "1990-12-29"),
            ("Dec. 20", "DATE", "1990-12-20"),
            ("eight days", "DURATION", "P8D"),
            ("Saturday", "DATE", "1990-12-29"),
            ("annual", "SET", "P1Y"),
            ("Tuesday", "DATE", "1991-01-01"),
            ("1 p.m. EST", "TIME", "1991-01-01T13:00"),
            ("1985", "DATE", "1985"),
            ("1976", "DATE", "1976"),
            ("Jan. 1, 1987", "DATE", "1987-01-01"),
            ("Wednesday night", "TIME", "1990-12-26TNI"),
            ("five-hour", "DURATION", "PT5H"),
            ("Thursday morning", "TIME", "1990-12-27TMO"),
            ("Thanksgiving Day", "DATE", "1990-11-22"),
            ("the past five weeks", "DURATION", "P5W"),
            ("A month ago", "DATE", "1990-11"),
            ("Now", "DATE", "PRESENT_REF"),
            ("August", "DATE", "1990-08"),
            ("1990", "DATE", "1990"),
            ("April", "DATE", "1991-04"),
            ("October", "DATE", "1990-10"),
            ("1991", "DATE", "1991"),
            ("Wednesday", "DATE", "1991-01-02"),
            ("Monday", "DATE", "1990-12-31"),
            ("New Year's Eve", "DATE", "1990-12-31"),
            ("10 a.m.", "TIME", "1990-12-31T10:00"),
            ("that evening", "TIME", "1990-12-31TEV"),
            ("11 p.m.", "TIME", "1990-12-31T23:00"),
            ("11 a.m.", "TIME", "1991-01-01T11:00"),
            ("every year", "SET", "P1Y"),
            ("1948", "DATE", "1948"),
            ("1976", "DATE", "1976"),
        ],
    ),
    # Sunday 1991-11-24 (ISO week 47), AP sports feature moved as an advance: release line
    # "Eds: For release Sunday, Nov. 24, 1991, and thereafter." (one DATE span with its
    # weekday; the release day is the publication day and the DCT, see README), headline,
    # byline, "HEERENVEEN, Netherlands (AP) _" dateline. The skater's routine: the headline's
    # "6 A.M." and "6 a.m.", "5:30" (the lights), "5:15 a.m." (her father's drive) are clock
    # times of every day, XXXX-XX-XXThh:mm (gold_blind66, gold_blind91), with the SETs "every
    # morning", "each morning", "Every morning" XXXX-XX-XXTMO, "every evening" XXXX-XX-XXTEV,
    # "six days a week" P1W (gold_blind46) and "On Sundays" -> "Sundays" XXXX-WXX-7 (a SET in
    # a Sunday story). "since April" and the quote's "started in April" 1991-04; "the 1992
    # Winter Olympics" -> "1992" (the name "Winter Olympics" left out); "the 1988 Games" 1988;
    # "November 1988"; "10 months" P10M; "Now" PRESENT_REF. Ahead: "Feb. 8" 1992-02-08, "16
    # days" P16D, "next month" 1991-12, "Dec. 7 and 8" two DATEs (the bare day its own,
    # gold_blind24), "late December" 1991-12, "the weekend of Jan. 11-12" one DATE span
    # 1992-W02-WE (gold_blind66), "the next day" after it 1992-01-13 (anchored on the last date
    # named, Sunday 12 January), "by Christmas" 1991-12-25, "The Olympics are in February"
    # 1992-02, "until April 5" 1992-04-05. "said Thursday" 1991-11-21, and his "79 days" P79D
    # (21 November to 8 February). "blocks of three weeks" P3W; "two hours" PT2H; "an hour"
    # PT1H. "Last winter" in November 1991 is the winter of 1990-91, 1991-WI (gold_blind103);
    # "the 1990-91 season" -> "1990" and "91" 1991 (gold_blind91); "in February" there is
    # the past February, 1991-02. "since 1986"; "Aug. 19" 1991-08-19 (the ice of this season).
    # Not annotated: "Her Olympic Day" (a kind of day), "Winter Olympics", "Winter" in names,
    # "Olympics", "Games", "this season" (a skating season), "her season", "the earliest date
    # ever", "lunch", "never been late", "since she was 11", "11th", "1,500 meters", "3,000",
    # "12 kilometers", "22" and "11" (ages), "10 skaters", "World Cup".
    "heerenveen-vos-albertville-build-up": (
        "1991-11-24",
        [
            ("Sunday, Nov. 24, 1991", "DATE", "1991-11-24"),
            ("6 A.M.", "TIME", "XXXX-XX-XXT06:00"),
            ("5:30", "TIME", "XXXX-XX-XXT05:30"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("six days a week", "SET", "P1W"),
            ("April", "DATE", "1991-04"),
            ("1992", "DATE", "1992"),
            ("1988", "DATE", "1988"),
            ("November 1988", "DATE", "1988-11"),
            ("10 months", "DURATION", "P10M"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Feb. 8", "DATE", "1992-02-08"),
            ("16 days", "DURATION", "P16D"),
            ("three weeks", "DURATION", "P3W"),
            ("next month", "DATE", "1991-12"),
            ("Dec. 7", "DATE", "1991-12-07"),
            ("8", "DATE", "1991-12-08"),
            ("late December", "DATE", "1991-12"),
            ("the weekend of Jan. 11-12", "DATE", "1992-W02-WE"),
            ("the next day", "DATE", "1992-01-13"),
            ("79 days", "DURATION", "P79D"),
            ("Thursday", "DATE", "1991-11-21"),
            ("two hours", "DURATION", "PT2H"),
            ("each morning", "SET", "XXXX-XX-XXTMO"),
            ("an hour", "DURATION", "PT1H"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("Last winter", "DATE", "1991-WI"),
            ("1990", "DATE", "1990"),
            ("91", "DATE", "1991"),
            ("February", "DATE", "1991-02"),
            ("1986", "DATE", "1986"),
            ("Aug. 19", "DATE", "1991-08-19"),
            ("April 5", "DATE", "1992-04-05"),
            ("5:15 a.m.", "TIME", "XXXX-XX-XXT05:15"),
            ("Christmas", "DATE", "1991-12-25"),
            ("February", "DATE", "1992-02"),
            ("April", "DATE", "1991-04"),
            ("Every morning", "SET", "XXXX-XX-XXTMO"),
        ],
    ),
    # Thursday 1991-03-14 (ISO week 11), AP boxing preview from London: slug "AP-BOX--Fenwick-
    # Hale, 0420", date line "Thursday, March 14, 1991" (one DATE span), headline, byline,
    # "LONDON (AP) _" dateline; "today" and "this afternoon" are the wire's day. The fight is
    # "Saturday night" 1991-03-16TNI (and "Saturday I'll warm up" 1991-03-16), "about 10:30
    # p.m. (5:30 p.m. EST)": Britain was on GMT until 31 March 1991 and the eastern United
    # States on EST until 7 April, five hours apart, so both TIMEs are 16 March, 22:30 and
    # 17:30, the approximator kept and the zone in the span; the card "opens at 7 p.m." that
    # day. "less than 36 minutes" PT36M (twelve three-minute rounds, the modifier kept). Weigh-in
    # "noon Friday" 1991-03-15T12:00 and the tickets "at 9 a.m. Friday" the same Friday;
    # "on Wednesday" 1991-03-13 and "by Wednesday night" 1991-03-13TNI (past); "He flies home
    # Monday" 1991-03-18. "Sept. 23, 1989" (a Saturday) and "the next day" 1989-09-24,
    # anchored on it; "18 months" and "a year and a half" P18M (the fraction converted,
    # gold_blind24); "since Christmas" in March 1991 is 1990-12-25; "Jan. 19" and "March 3"
    # 1991; "11 days" P11D (3 to 14 March); "twice a day" SET P1D, "each morning" SET
    # XXXX-XX-XXTMO; "February 1988"; "within 90 days" P90D; "probably in June" 1991-06;
    # "since 1983"; "31 years" P31Y; "last summer" 1990-SU; "Three minutes" PT3M (the length
    # of a round, a generic duration). Not annotated: the headline's "an Early Night" (a
    # figure of speech for a fight ended early, not a night; the fight's night is "Saturday
    # night"), "12-round", "the ninth round", "10-round", records "26-1", "22-2", "19
    # knockouts", "14 knockouts", "fourth defense", "three fights", "14 stitches", "175
    # pounds", "176", "his whole career", "breakfast", "This time" (anaphoric), "071-555 1989"
    # (a London phone number holding 1989, after the annotated "Sept. 23, 1989"), "20 pounds",
    # "250 pounds" (money), "11,800", "12,500", ages "27", "30", "25", "19-year-old", "19",
    # "66".
    "london-fenwick-hale-title-rematch": (
        "1991-03-14",
        [
            ("Thursday, March 14, 1991", "DATE", "1991-03-14"),
            ("18 months", "DURATION", "P18M"),
            ("Saturday night", "TIME", "1991-03-16TNI"),
            ("less than 36 minutes", "DURATION", "PT36M"),
            ("about 10:30 p.m.", "TIME", "1991-03-16T22:30"),
            ("5:30 p.m. EST", "TIME", "1991-03-16T17:30"),
            ("Sept. 23, 1989", "DATE", "1989-09-23"),
            ("the next day", "DATE", "1989-09-24"),
            ("today", "DATE", "1991-03-14"),
            ("a year and a half", "DURATION", "P18M"),
            ("Christmas", "DATE", "1990-12-25"),
            ("Jan. 19", "DATE", "1991-01-19"),
            ("March 3", "DATE", "1991-03-03"),
            ("twice a day", "SET", "P1D"),
            ("each morning", "SET", "XXXX-XX-XXTMO"),
            ("this afternoon", "TIME", "1991-03-14TAF"),
            ("11 days", "DURATION", "P11D"),
            ("Saturday", "DATE", "1991-03-16"),
            ("noon", "TIME", "1991-03-15T12:00"),
            ("Friday", "DATE", "1991-03-15"),
            ("Wednesday", "DATE", "1991-03-13"),
            ("Monday", "DATE", "1991-03-18"),
            ("February 1988", "DATE", "1988-02"),
            ("Wednesday night", "TIME", "1991-03-13TNI"),
            ("9 a.m.", "TIME", "1991-03-15T09:00"),
            ("Friday", "DATE", "1991-03-15"),
            ("90 days", "DURATION", "P90D"),
            ("June", "DATE", "1991-06"),
            ("7 p.m.", "TIME", "1991-03-16T19:00"),
            ("1983", "DATE", "1983"),
            ("31 years", "DURATION", "P31Y"),
            ("last summer", "DATE", "1990-SU"),
            ("Three minutes", "DURATION", "PT3M"),
        ],
    ),
    # Monday 1989-10-30 (ISO week 44), AP horse-racing story from Sydney: slug, date line
    # "Monday, Oct. 30, 1989" (one DATE span), headline ("Saturday's Kensington Cup" ->
    # "Saturday" 1989-11-04), byline, "SYDNEY, Australia (AP) _" dateline; "early today" one
    # DATE span 1989-10-30 (the modifier kept, like "late yesterday", gold_blind35). The race:
    # "Post time Saturday is 3:40 p.m., which is 11:40 p.m. EST Friday": New South Wales went
    # on daylight-saving time (UTC+11) on Sunday 29 October 1989 and the eastern United States
    # left it the same day (EST, UTC-5), so 15:40 on Saturday 4 November in Sydney is 23:40 on
    # Friday 3 November in New York: two TIMEs and two DATEs on different days, like "10.30am
    # on Friday (2330 GMT on Christmas Day)" in gold_blind66. "went on daylight-saving time
    # Sunday" 1989-10-29 (past); "an hour" PT1H (the size of a shift, gold_blind66). Ahead:
    # "10 a.m. Tuesday" 1989-10-31, "Wednesday night" 1989-11-01TNI, "flies in Thursday"
    # 1989-11-02, "Friday morning" 1989-11-03TMO, "Dec. 16", "by Christmas" 1989-12-25, "by
    # New Year's" 1990-01-01 (New Year's Day named by its short form). "arrived ... on Oct. 14"
    # (a Saturday) and "That evening" its evening 1989-10-14TEV (a narrative anchor, like
    # "that night" in gold_blind24); "the next two weeks" P2W; "Since Oct. 28"; "every morning
    # at 5:30" a SET and the clock time of every day XXXX-XX-XXT05:30. "Nov. 2, 1985" and "the
    # next day" 1985-11-03. Seasons in the quote: "Bring him in the spring" (said in May, about
    # Sydney) and "their spring" are the southern spring of 1989 (September-November), valued
    # in the year it falls in, 1989-SP, and "our fall" the northern autumn of the same months,
    # 1989-FA (gold_blind103's southern "winter" 2012-WI; see README); "whose spring" is a
    # question about which season is meant and is not annotated. "30 hours" PT30H; "this
    # year" and "in 1989" 1989; "the 1960s" 196; "in May" 1989-05; "three-month" P3M; "at
    # least six weeks" P6W. Not annotated: "the Sydney spring carnival" (a season naming a
    # racing festival, like "Summer programs" in gold_blind103), "daylight-saving time", "prime
    # time", "Post time", "Acceptances", "the barrier draw", "4-year-old", "four of his seven
    # starts", "2,400 meters", "$A2 million", "55.5 kilograms", "122 pounds", "8-1", "3-1",
    # "seventh", "five lengths", "58" (an age), "at the latest", "all his starts".
    "sydney-dusty-lane-kensington-cup": (
        "1989-10-30",
        [
            ("Monday, Oct. 30, 1989", "DATE", "1989-10-30"),
            ("Saturday", "DATE", "1989-11-04"),
            ("early today", "DATE", "1989-10-30"),
            ("30 hours", "DURATION", "PT30H"),
            ("this year", "DATE", "1989"),
            ("Oct. 14", "DATE", "1989-10-14"),
            ("the next two weeks", "DURATION", "P2W"),
            ("That evening", "TIME", "1989-10-14TEV"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Oct. 28", "DATE", "1989-10-28"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("5:30", "TIME", "XXXX-XX-XXT05:30"),
            ("Saturday", "DATE", "1989-11-04"),
            ("3:40 p.m.", "TIME", "1989-11-04T15:40"),
            ("11:40 p.m. EST", "TIME", "1989-11-03T23:40"),
            ("Friday", "DATE", "1989-11-03"),
            ("Sunday", "DATE", "1989-10-29"),
            ("an hour", "DURATION", "PT1H"),
            ("10 a.m.", "TIME", "1989-10-31T10:00"),
            ("Tuesday", "DATE", "1989-10-31"),
            ("Wednesday night", "TIME", "1989-11-01TNI"),
            ("1961", "DATE", "1961"),
            ("Nov. 2, 1985", "DATE", "1985-11-02"),
            ("the next day", "DATE", "1985-11-03"),
            ("the 1960s", "DATE", "196"),
            ("May", "DATE", "1989-05"),
            ("the spring", "DATE", "1989-SP"),
            ("their spring", "DATE", "1989-SP"),
            ("our fall", "DATE", "1989-FA"),
            ("1989", "DATE", "1989"),
            ("Thursday", "DATE", "1989-11-02"),
            ("Friday morning", "TIME", "1989-11-03TMO"),
            ("three-month", "DURATION", "P3M"),
            ("1983", "DATE", "1983"),
            ("at least six weeks", "DURATION", "P6W"),
            ("Dec. 16", "DATE", "1989-12-16"),
            ("Christmas", "DATE", "1989-12-25"),
            ("New Year's", "DATE", "1990-01-01"),
        ],
    ),
    # Saturday 1991-03-02 (ISO week 9), AP spring-training story: editors' note "Eds: Moved
    # Saturday, March 2, 1991. Hawks-Colts exhibition begins at 1:05 p.m. EST." (the move date
    # one DATE span with its weekday, the DCT; "1:05 p.m. EST" TIME 1991-03-02T13:05), slug,
    # headline ("Today"), byline, "WINTER HAVEN, Fla. (AP) _" dateline ("Winter" a place name).
    # "today" the wire's day. "Nineteen days" P19D (pitchers reported 11 February); "33 days"
    # P33D; "break camp April 4"; "opening day, Monday, April 8" -> "Monday, April 8" one DATE
    # span (a weekday date, gold_blind66), "opening day" an event-named day left out like
    # "deadline day" (gold_blind91). "said Friday" 1991-03-01 and "threw ... Thursday"
    # 1991-02-28 (past). "Last spring" in early March 1991 (before the equinox) is 1990-SP, as
    # is "last spring" at the end; "until June" 1990-06, the June of that last spring's story
    # (the month takes its year from the clause, gold_blind43). "74-88 in 1990" 1990; "goes
    # into 1991 with one year left" 1991 and P1Y (gold_blind24's "a year left"); "in November
    # and December" 1990-11 and 1990-12; "four-year" P4Y; "Dec. 4" 1990-12-04; "Feb. 16"
    # 1991-02-16 and "four days before" P4D (anchored duration); "every afternoon" SET
    # XXXX-XX-XXTAF; "Every morning" SET XXXX-XX-XXTMO with the day's hours "9:30 a.m." and
    # "noon" XXXX-XX-XXThh:mm; "the first week of games" -> "the first week" DURATION P1W (an
    # ordinal period of an event, gold_blind35); "March 10" 1991-03-10; "the last 10 days"
    # P10D (gold_blind24's "the last two hours"); "Aug. 29" 1990-08-29; "the first time in six
    # months" P6M; "by mid-March" 1991-03; "it's July" 1991-07; "every spring since 1966" SET
    # XXXX-SP and 1966; "through 1995"; "sold daily from 9 a.m. to 5 p.m." SET P1D and two
    # TIMEs XXXX-XX-XXThh:mm (gold_blind94). Not annotated: "WINTER HAVEN" and "Winter Haven"
    # (a town), "the winter meetings" (an event named by a season), "opening day", "game days",
    # "the 16 home dates" (games), "the All-Star break", "last season" (a sports season),
    # "Five New Faces", "31 exhibition games", "74-88", "19 games", "first place", ".291",
    # "two innings", "three", "five innings", "Field 2", "3,412", "$11 million", "$6", "$8",
    # ages "52" and "28", "(813) 555-1966" (a phone number holding 1966, after the annotated
    # "1966").
    "winter-haven-hawks-camp-opener": (
        "1991-03-02",
        [
            ("Saturday, March 2, 1991", "DATE", "1991-03-02"),
            ("1:05 p.m. EST", "TIME", "1991-03-02T13:05"),
            ("Today", "DATE", "1991-03-02"),
            ("Nineteen days", "DURATION", "P19D"),
            ("today", "DATE", "1991-03-02"),
            ("33 days", "DURATION", "P33D"),
            ("April 4", "DATE", "1991-04-04"),
            ("Monday, April 8", "DATE", "1991-04-08"),
            ("Six weeks", "DURATION", "P6W"),
            ("Friday", "DATE", "1991-03-01"),
            ("Last spring", "DATE", "1990-SP"),
            ("June", "DATE", "1990-06"),
            ("1990", "DATE", "1990"),
            ("1991", "DATE", "1991"),
            ("one year", "DURATION", "P1Y"),
            ("November", "DATE", "1990-11"),
            ("December", "DATE", "1990-12"),
            ("four-year", "DURATION", "P4Y"),
            ("Dec. 4", "DATE", "1990-12-04"),
            ("Feb. 16", "DATE", "1991-02-16"),
            ("four days", "DURATION", "P4D"),
            ("every afternoon", "SET", "XXXX-XX-XXTAF"),
            ("Every morning", "SET", "XXXX-XX-XXTMO"),
            ("9:30 a.m.", "TIME", "XXXX-XX-XXT09:30"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("the first week", "DURATION", "P1W"),
            ("March 10", "DATE", "1991-03-10"),
            ("the last 10 days", "DURATION", "P10D"),
            ("Aug. 29", "DATE", "1990-08-29"),
            ("Thursday", "DATE", "1991-02-28"),
            ("six months", "DURATION", "P6M"),
            ("mid-March", "DATE", "1991-03"),
            ("July", "DATE", "1991-07"),
            ("every spring", "SET", "XXXX-SP"),
            ("1966", "DATE", "1966"),
            ("1995", "DATE", "1995"),
            ("last spring", "DATE", "1990-SP"),
            ("daily", "SET", "P1D"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
