"""Annotations of blind gold set 440, chosen by hand before the tagger ran.

    python tests/data/gold_blind440/annotate.py [--show]

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
    # Tuesday 1989-12-12 (ISO week 50), New York Times-style front-page foreign story, web
    # date line "Published: December 12, 1989" (the dct), byline "Special to The New York
    # Times", dated dateline "LESOV, Drevnia, Dec. 11 -": the story was filed on Monday
    # 1989-12-11, the day before publication, and its "today", "tonight", "late tonight",
    # "yesterday afternoon" and "Tomorrow" are read from the dateline's day, as the paper's
    # own copy of those years wrote them (see README; dateline date as written, gold_blind16,
    # gold_blind74): "today" 1989-12-11, "tonight" and "late tonight" 1989-12-11TNI,
    # "yesterday afternoon" Sunday 1989-12-10TAF, and the new leader's quoted "Tomorrow" (a
    # television address of that night, quoted speech anchored to the day it was spoken,
    # gold_blind40) 1989-12-12, the publication day. The strike's "11 a.m.", "1 p.m." and
    # "11:30" are clock times of 1989-12-11. The talks "on Thursday" (headline and body) and
    # "10 a.m. Thursday" are 1989-12-14 (the same from either day); the Central Committee met
    # "through the night on Saturday" -> "the night" 1989-12-09TNI and "Saturday" 1989-12-09.
    # "17 years" (since 1972), "10 days after the first of the nightly rallies" (Dec. 1-11, an
    # anchored duration) and "For 41 years" (since 1948) are DURATIONs; "two-hour" PT2H
    # (adjectival); "nightly" SET XXXX-XX-XXTNI (gold_blind57, gold_blind62) and "every
    # evening" XXXX-XX-XXTEV. "the end of the year" 1989; "the year 2000" 2000 (gold_blind35);
    # "last week" 1989-W49 (the same week from Monday or Tuesday); "by June" and "next spring"
    # ahead in December: 1990-06 and 1990-SP; "the fall of 1990" 1990-FA; "last year" 1988;
    # "Dec. 18" (the second strike) a Monday ahead; "recent months" PAST_REF; "Now"
    # PRESENT_REF. Not annotated: "Petition 2000" (a petition's name, beside "the year 2000"),
    # "the Red October tractor works" (a name), "Article 3", "200,000", "1 percent", ages "58",
    # "34", "71", "since" alone, "by then" (anaphoric), "As recently as" (a signal before "Oct.
    # 19").
    "drevnia-party-chief-resigns-strike": (
        "1989-12-12",
        [
            ("December 12, 1989", "DATE", "1989-12-12"),
            ("Thursday", "DATE", "1989-12-14"),
            ("Dec. 11", "DATE", "1989-12-11"),
            ("17 years", "DURATION", "P17Y"),
            ("today", "DATE", "1989-12-11"),
            ("10 days", "DURATION", "P10D"),
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("two-hour", "DURATION", "PT2H"),
            ("tonight", "TIME", "1989-12-11TNI"),
            ("Thursday", "DATE", "1989-12-14"),
            ("the end of the year", "DATE", "1989"),
            ("1948", "DATE", "1948"),
            ("Tomorrow", "DATE", "1989-12-12"),
            ("11 a.m.", "TIME", "1989-12-11T11:00"),
            ("1 p.m.", "TIME", "1989-12-11T13:00"),
            ("11:30", "TIME", "1989-12-11T11:30"),
            ("five minutes", "DURATION", "PT5M"),
            ("41 years", "DURATION", "P41Y"),
            ("Now", "DATE", "PRESENT_REF"),
            ("the night", "TIME", "1989-12-09TNI"),
            ("Saturday", "DATE", "1989-12-09"),
            ("yesterday afternoon", "TIME", "1989-12-10TAF"),
            ("1972", "DATE", "1972"),
            ("1970", "DATE", "1970"),
            ("the 1980s", "DATE", "198"),
            ("Oct. 19", "DATE", "1989-10-19"),
            ("Dec. 1", "DATE", "1989-12-01"),
            ("1985", "DATE", "1985"),
            ("the year 2000", "DATE", "2000"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("last week", "DATE", "1989-W49"),
            ("June", "DATE", "1990-06"),
            ("late tonight", "TIME", "1989-12-11TNI"),
            ("10 a.m.", "TIME", "1989-12-14T10:00"),
            ("Thursday", "DATE", "1989-12-14"),
            ("Dec. 18", "DATE", "1989-12-18"),
            ("next spring", "DATE", "1990-SP"),
            ("the fall of 1990", "DATE", "1990-FA"),
            ("last year", "DATE", "1988"),
            ("recent months", "DATE", "PAST_REF"),
        ],
    ),
    # Thursday 1990-12-06 (ISO week 49), Washington Post-style news analysis as a news
    # archive stores it: paper, date line "December 6, 1990, Thursday, Final Edition" (one
    # DATE span with its weekday after the date), section line, "NEWS ANALYSIS" label,
    # headline, byline, "Washington Post Foreign Service", dated dateline "MOSCOW, Dec. 5 -"
    # (Wednesday 1990-12-05, the day of filing): "today" 1990-12-05, "this morning"
    # 1990-12-05TMO, "yesterday" Tuesday 1990-12-04, "tomorrow" (the city soviet's meeting)
    # Thursday 1990-12-06, the publication day (see README). Bare weekdays: the decree "signed
    # on Monday" 1990-12-03, the first planeload "on Saturday" 1990-12-08 (the same from either
    # day). "this week" 1990-W49 and "last week" 1990-W48 (the same from either day). "this
    # winter" in December 1990 is the winter of 1990-91, 1991-WI (named by its January,
    # gold_blind103); "last March" 1990-03; "November's butter" and "December's" -> "November"
    # 1990-11 and "December" 1990-12 (possessives without the "'s"); "New Year's Day"
    # 1991-01-01. "by 1990" DATE 1990; "their 1991 output" an adjectival year 1991; "this
    # year" 1990; "last year" 1989; "the first quarter" of state orders ahead 1991-Q1 and "the
    # spring" ahead 1991-SP; "last summer" 1990-SU; "before July" 1991-07, "as early as April"
    # 1991-04, "September" and "October" past, 1990-09 and 1990-10; "the end of February"
    # 1991-02. "6 a.m. every day" -> XXXX-XX-XXT06:00 and SET P1D (hours of a recurring
    # queue, gold_blind28, gold_blind103); "two hours" PT2H; "for 40 minutes this morning" two
    # TIMEX3; "almost three decades" P30Y; "six decades" P60Y; "Six years into a reform
    # program" P6Y (the length of the program so far); "a week of panic buying" P1W; "weekly"
    # SET P1W. Not annotated: "the 12th Five-Year Plan" (a name, gold_blind34), "Bakery No.
    # 19", "Rassvet-1989" (a model name, in a story with "1989"-era dates), "20 kopecks", "70
    # percent", "90 percent", "400,000", "two pounds", "10 kilograms", "40 planeloads", ages
    # "67", "Final Edition", "PAGE A1".
    "kuzminsk-soviet-rationing-analysis": (
        "1990-12-06",
        [
            ("December 6, 1990, Thursday", "DATE", "1990-12-06"),
            ("Dec. 5", "DATE", "1990-12-05"),
            ("Six years", "DURATION", "P6Y"),
            ("1990", "DATE", "1990"),
            ("this winter", "DATE", "1991-WI"),
            ("Sept. 1", "DATE", "1990-09-01"),
            ("last March", "DATE", "1990-03"),
            ("today", "DATE", "1990-12-05"),
            ("November", "DATE", "1990-11"),
            ("this week", "DATE", "1990-W49"),
            ("December", "DATE", "1990-12"),
            ("New Year's Day", "DATE", "1991-01-01"),
            ("tomorrow", "DATE", "1990-12-06"),
            ("the summer of 1988", "DATE", "1988-SU"),
            ("last year", "DATE", "1989"),
            ("six decades", "DURATION", "P60Y"),
            ("Monday", "DATE", "1990-12-03"),
            ("1991", "DATE", "1991"),
            ("this year", "DATE", "1990"),
            ("Jan. 1", "DATE", "1991-01-01"),
            ("last week", "DATE", "1990-W48"),
            ("the first quarter", "DATE", "1991-Q1"),
            ("the spring", "DATE", "1991-SP"),
            ("Dec. 31", "DATE", "1990-12-31"),
            ("Jan. 2", "DATE", "1991-01-02"),
            ("1986", "DATE", "1986"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("every day", "SET", "P1D"),
            ("two hours", "DURATION", "PT2H"),
            ("40 minutes", "DURATION", "PT40M"),
            ("this morning", "TIME", "1990-12-05TMO"),
            ("September", "DATE", "1990-09"),
            ("1947", "DATE", "1947"),
            ("1947", "DATE", "1947"),
            ("October", "DATE", "1990-10"),
            ("almost three decades", "DURATION", "P30Y"),
            ("July", "DATE", "1991-07"),
            ("last summer", "DATE", "1990-SU"),
            ("a week", "DURATION", "P1W"),
            ("April", "DATE", "1991-04"),
            ("yesterday", "DATE", "1990-12-04"),
            ("Saturday", "DATE", "1990-12-08"),
            ("weekly", "SET", "P1W"),
            ("the end of February", "DATE", "1991-02"),
        ],
    ),
    # Wednesday 1990-03-14 (ISO week 11), Associated Press wire story as the wire archive
    # stores it: header "AP-NY-03-14-90 1702EST" (the wire's date and transmission time, two
    # TIMEX3, "03-14-90" 1990-03-14 and "1702EST" 1990-03-14T17:02, the zone in the span and not
    # in the value, like the web stamps of gold_blind56 and gold_blind103; EST, as US summer
    # time began on 1 April 1990), headline, byline, "Associated Press Writer", "BAYT SAHIL,
    # Tamirah (AP) _" dateline without date; "today", "this afternoon", "this evening" and
    # "tonight" are the wire's day. Future weekdays: the cease-fire "at 6 p.m. Thursday"
    # 1990-03-15T18:00 and 1990-03-15, "by Friday night" 1990-03-16TNI, the airport "Saturday"
    # (headline) 1990-03-17 and "Saturday morning" 1990-03-17TMO, "next Tuesday" 1990-03-20
    # (the nearest coming one, gold_blind29, gold_blind32); "tomorrow" and "7 a.m. tomorrow"
    # 1990-03-15. Past: "last Sunday" 1990-03-11, the most recent Sunday (gold_blind40).
    # "2:30 p.m. (1230 GMT)" two TIMEX3 on the day (gold_blind28, gold_blind32). "five weeks"
    # of fighting since Feb. 7 (35 days, also "35 days in basements") P5W and P35D; "the night
    # of March 2" one TIME span 1990-03-02TNI (gold_blind32); "nearly two weeks" P2W; "Easter"
    # 1990-04-15 (Western and Orthodox Easter fell on the same day in 1990); "every Monday" SET
    # XXXX-WXX-1; "cease-fires that lasted an hour" a generic duration PT1H (gold_blind29);
    # "four-year" P4Y (adjectival); "earlier this week" 1990-W11; "early February" 1990-02;
    # "within 10 days" -> "10 days" P10D. Not annotated: "the 14th" (an ordinal count of
    # truces), "the Sixth of October Brigade" (a militia named by a date, a name like "the
    # March of Empty Pots" in gold_blind40), "six-nation", "410", "80,000", "22 trucks",
    # "120 observers", ages "52", "29", "AP-NY" (the desk code), "since" alone, "until Easter"
    # -> only "Easter".
    "bayt-sahil-militias-cease-fire": (
        "1990-03-14",
        [
            ("03-14-90", "DATE", "1990-03-14"),
            ("1702EST", "TIME", "1990-03-14T17:02"),
            ("Saturday", "DATE", "1990-03-17"),
            ("today", "DATE", "1990-03-14"),
            ("6 p.m.", "TIME", "1990-03-15T18:00"),
            ("Thursday", "DATE", "1990-03-15"),
            ("five weeks", "DURATION", "P5W"),
            ("April 1985", "DATE", "1985-04"),
            ("2:30 p.m.", "TIME", "1990-03-14T14:30"),
            ("1230 GMT", "TIME", "1990-03-14T12:30"),
            ("nine hours", "DURATION", "PT9H"),
            ("Friday night", "TIME", "1990-03-16TNI"),
            ("Feb. 8", "DATE", "1990-02-08"),
            ("Saturday morning", "TIME", "1990-03-17TMO"),
            ("30 days", "DURATION", "P30D"),
            ("every Monday", "SET", "XXXX-WXX-1"),
            ("an hour", "DURATION", "PT1H"),
            ("Easter", "DATE", "1990-04-15"),
            ("Feb. 7", "DATE", "1990-02-07"),
            ("the night of March 2", "TIME", "1990-03-02TNI"),
            ("nearly two weeks", "DURATION", "P2W"),
            ("next Tuesday", "DATE", "1990-03-20"),
            ("1987", "DATE", "1987"),
            ("four-year", "DURATION", "P4Y"),
            ("1988", "DATE", "1988"),
            ("18 months", "DURATION", "P18M"),
            ("7 a.m.", "TIME", "1990-03-15T07:00"),
            ("tomorrow", "DATE", "1990-03-15"),
            ("early February", "DATE", "1990-02"),
            ("March 24", "DATE", "1990-03-24"),
            ("35 days", "DURATION", "P35D"),
            ("this evening", "TIME", "1990-03-14TEV"),
            ("tonight", "TIME", "1990-03-14TNI"),
            ("this afternoon", "TIME", "1990-03-14TAF"),
            ("last Sunday", "DATE", "1990-03-11"),
            ("three hours", "DURATION", "PT3H"),
            ("earlier this week", "DATE", "1990-W11"),
            ("10 days", "DURATION", "P10D"),
        ],
    ),
    # Saturday 1990-02-17 (ISO week 7), New York Times-style "Foreign Journal" feature
    # ("Santa Inés Journal; ..." headline), web date line "Published: February 17, 1990" (the
    # dct), byline, "Special to The New York Times", dated dateline "SANTA INÉS DE LA SIERRA,
    # Valderra, Feb. 16 -" (Friday 1990-02-16, the day of filing): "this morning"
    # 1990-02-16TMO, "tonight" (the pickers' farewell dance) 1990-02-16TNI and "tomorrow" (the
    # last wages) Saturday 1990-02-17, the publication day (see README). "this week" 1990-W07
    # and "this weekend" 1990-W07-WE (17-18 February) are the same from either day; "Last
    # Sunday" 1990-02-11 and "on Monday" 1990-02-12 past, the candidate's speech "on Sunday"
    # 1990-02-18 ahead (the same from either day). The election "On March 4" is a Sunday;
    # Mr. Fuentes's "I will vote at 7 o'clock, when the tables open, and then I will go to Mass"
    # is that morning, 1990-03-04T07:00 (the context fixes the hour, gold_blind16,
    # gold_blind30). "since November" and "early November" 1989-11 (the harvest begun last
    # autumn); "Until January" 1990-01; "last July" 1989-07; "late April" 1990-04 ahead.
    # "Carnival" (24-27 February 1990, Saturday to Shrove Tuesday) is a festival named as a
    # period, DATE 1990-02, the smallest unit holding it (gold_blind79's rule for Lent and
    # Passover); "Saturday, Feb. 24" one DATE span with its weekday (gold_blind17);
    # "Ash Wednesday" 1990-02-28 and "Feb. 28" two DATEs; "four days before the vote" P4D
    # (anchored). "6 a.m. every Sunday" -> XXXX-XX-XXT06:00 and SET XXXX-WXX-7 (a recurring
    # Mass, gold_blind79); "For three months every year" P3M and SET P1Y; "every half hour" SET
    # PT30M; "Eighteen years" (1972-1990) P18Y; "32 years" P32Y; "36 hours" PT36H; "within
    # 100 days of taking office" -> "100 days" P100D; "6 p.m. on March 3" two TIMEX3. Not
    # annotated: "This season's pickers" and "this season than last" (a harvest season, no
    # calendar unit, like the fire season of gold_blind103), "Avenida 12 de Octubre" (a street
    # named by a date), "Radio Sierra 1480" (a station), "9,000", "2,000", "15 percent", "40
    # acres", ages "81", "Until then" (anaphoric), "the long wait for the rains" (event).
    "santa-ines-journal-coffee-vote": (
        "1990-02-17",
        [
            ("February 17, 1990", "DATE", "1990-02-17"),
            ("Feb. 16", "DATE", "1990-02-16"),
            ("this week", "DATE", "1990-W07"),
            ("this morning", "TIME", "1990-02-16TMO"),
            ("November", "DATE", "1989-11"),
            ("three months", "DURATION", "P3M"),
            ("every year", "SET", "P1Y"),
            ("early November", "DATE", "1989-11"),
            ("tomorrow", "DATE", "1990-02-17"),
            ("this weekend", "DATE", "1990-W07-WE"),
            ("tonight", "TIME", "1990-02-16TNI"),
            ("March 4", "DATE", "1990-03-04"),
            ("1972", "DATE", "1972"),
            ("Eighteen years", "DURATION", "P18Y"),
            ("the 1950s", "DATE", "195"),
            ("7 o'clock", "TIME", "1990-03-04T07:00"),
            ("1976", "DATE", "1976"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("January", "DATE", "1990-01"),
            ("Last Sunday", "DATE", "1990-02-11"),
            ("100 days", "DURATION", "P100D"),
            ("Sunday", "DATE", "1990-02-18"),
            ("last July", "DATE", "1989-07"),
            ("the 1970s", "DATE", "197"),
            ("32 years", "DURATION", "P32Y"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Carnival", "DATE", "1990-02"),
            ("Saturday, Feb. 24", "DATE", "1990-02-24"),
            ("Ash Wednesday", "DATE", "1990-02-28"),
            ("Feb. 28", "DATE", "1990-02-28"),
            ("four days", "DURATION", "P4D"),
            ("Monday", "DATE", "1990-02-12"),
            ("6 p.m.", "TIME", "1990-03-03T18:00"),
            ("March 3", "DATE", "1990-03-03"),
            ("36 hours", "DURATION", "PT36H"),
            ("late April", "DATE", "1990-04"),
            ("every half hour", "SET", "PT30M"),
        ],
    ),
    # Monday 1991-04-15 (ISO week 16), New York Times-style "WORLD NEWS BRIEFS" column, web
    # date line "Published: April 15, 1991" (the dct), four briefs, each with its headline and a
    # dated dateline "April 14" (Sunday 1991-04-14, the day the briefs were filed; three wire
    # credits, "(Reuters)" and "(AP)", one "Special to The New York Times"). In every brief
    # "today" and "tonight" are Sunday 1991-04-14; "tomorrow" (the freed worker's flight) is
    # Monday 1991-04-15, the publication day; "late last night" (Parliament's vote) is Saturday
    # night, 1991-04-13TNI (see README). "on Friday" 1991-04-12 past and "on Wednesday"
    # 1991-04-17 ahead are the same from either day. Each brief is its own story line
    # (gold_blind64). Curfew brief: "3 Months" (headline) and "three months" P3M; "nightly" SET
    # XXXX-XX-XXTNI; the curfew's hours "from 11 p.m. to 5 a.m. instead of from 9 p.m." recur
    # on no particular day, XXXX-XX-XXT23:00, T05:00 and T21:00 (gold_blind40); "May 1" ahead
    # 1991-05-01; "February" 1991-02; "the end of June" 1991-06. Hostage brief: "last June"
    # 1990-06 (311 days before 14 April 1991 is 7 June 1990); "for 10 months" P10M. Strike
    # brief: "Its 7th Week" (headline) and "its seventh week" DURATION P7W (gold_blind35's "its
    # fourth week"); "the summer of 1989" 1989-SU; "the first quarter" 1991-Q1 and "a year
    # earlier" 1990-Q1 (gold_blind40); "about 10 days" P10D. Elections brief: "June 9"
    # (headline and body) 1991-06-09; "since March" 1991-03; "45 days" P45D; "the end of July"
    # 1991-07. Not annotated: "the Revolutionary Cells of June 5" (a group named by a date),
    # "214 to 96" (a vote), "99.2 percent", "11 percent", "60,000", "41 suspects", age "44",
    # "U.S.S.R.", "then" in "councils elected then" (anaphoric).
    "world-news-briefs-april-1991": (
        "1991-04-15",
        [
            ("April 15, 1991", "DATE", "1991-04-15"),
            ("3 Months", "DURATION", "P3M"),
            ("April 14", "DATE", "1991-04-14"),
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("today", "DATE", "1991-04-14"),
            ("three months", "DURATION", "P3M"),
            ("May 1", "DATE", "1991-05-01"),
            ("tonight", "TIME", "1991-04-14TNI"),
            ("11 p.m.", "TIME", "XXXX-XX-XXT23:00"),
            ("5 a.m.", "TIME", "XXXX-XX-XXT05:00"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("March 22", "DATE", "1991-03-22"),
            ("February", "DATE", "1991-02"),
            ("the end of June", "DATE", "1991-06"),
            ("April 14", "DATE", "1991-04-14"),
            ("last June", "DATE", "1990-06"),
            ("today", "DATE", "1991-04-14"),
            ("311 days", "DURATION", "P311D"),
            ("4:15 p.m.", "TIME", "1991-04-14T16:15"),
            ("tomorrow", "DATE", "1991-04-15"),
            ("Friday", "DATE", "1991-04-12"),
            ("10 months", "DURATION", "P10M"),
            ("Its 7th Week", "DURATION", "P7W"),
            ("April 14", "DATE", "1991-04-14"),
            ("its seventh week", "DURATION", "P7W"),
            ("today", "DATE", "1991-04-14"),
            ("April 2", "DATE", "1991-04-02"),
            ("the summer of 1989", "DATE", "1989-SU"),
            ("the first quarter", "DATE", "1991-Q1"),
            ("a year earlier", "DATE", "1990-Q1"),
            ("about 10 days", "DURATION", "P10D"),
            ("Wednesday", "DATE", "1991-04-17"),
            ("June 9", "DATE", "1991-06-09"),
            ("April 14", "DATE", "1991-04-14"),
            ("late last night", "TIME", "1991-04-13TNI"),
            ("June 9", "DATE", "1991-06-09"),
            ("March", "DATE", "1991-03"),
            ("45 days", "DURATION", "P45D"),
            ("1986", "DATE", "1986"),
            ("the end of July", "DATE", "1991-07"),
        ],
    ),
    # Friday 1991-03-08 (ISO week 10), Christian Science Monitor-style world story with a
    # chronology box: masthead date line "FRIDAY, MARCH 8, 1991" (one DATE span), section
    # label "WORLD", headline, byline, capital-letter dateline "RENSK, KARVONIA" without date,
    # "ON Sunday" opening in the paper's style, "ROAD TO THE REFERENDUM" box of dated entries.
    # The undated dateline leaves "yesterday", "this week" and the weekdays to the publication
    # day. Ahead: the referendum "Sunday" (headline and lead) 1991-03-10 with "7 a.m." and "9
    # p.m." that day, results "by Monday afternoon" 1991-03-11TAF, "the weekend" 1991-W10-WE,
    # Parliament to "meet on Wednesday" 1991-03-13 (after Sunday's vote); past: "On Tuesday"
    # 1991-03-05, "on Wednesday night" 1991-03-06TNI, "yesterday" 1991-03-07; one story holds
    # Wednesday in both directions (gold_blind32). "a week later, on March 17" -> "a week
    # later" 1991-W11, the ISO week after Sunday 10 March, with the apposed date its own DATE
    # (gold_blind79, gold_blind32). "for 22 years, from 1918" P22Y and 1918; "the summer of
    # 1940" 1940-SU; "last spring" said in March 1991 1990-SP; "She waited 50 years" P50Y;
    # "every night" SET XXXX-XX-XXTNI; "shifts of four hours" PT4H; "For 10 days in February"
    # P10D and 1991-02; "most of last month" -> "last month" 1991-02; "before the summer"
    # 1991-SU ahead; "the end of the year" 1991; "a few more months" PXM. Box: "June 1988",
    # "Nov. 21, 1989", "April 6, 1990", "Jan. 26, 1991", "Feb. 12" 1991-02-12 and "March 10".
    # Not annotated: "Tupolev-154" (an aircraft model), "101 to 4" (a vote), "1.9 million", "70
    # percent", "12 countries", age "19", "one-line", "since" alone ("every night since"),
    # "WORLD" (a section label), "since 1940" -> only "1940".
    "karvonia-independence-referendum": (
        "1991-03-08",
        [
            ("FRIDAY, MARCH 8, 1991", "DATE", "1991-03-08"),
            ("Sunday", "DATE", "1991-03-10"),
            ("Sunday", "DATE", "1991-03-10"),
            ("7 a.m.", "TIME", "1991-03-10T07:00"),
            ("9 p.m.", "TIME", "1991-03-10T21:00"),
            ("Monday afternoon", "TIME", "1991-03-11TAF"),
            ("this week", "DATE", "1991-W10"),
            ("yesterday", "DATE", "1991-03-07"),
            ("the weekend", "DATE", "1991-W10-WE"),
            ("a week later", "DATE", "1991-W11"),
            ("March 17", "DATE", "1991-03-17"),
            ("Tuesday", "DATE", "1991-03-05"),
            ("22 years", "DURATION", "P22Y"),
            ("1918", "DATE", "1918"),
            ("the summer of 1940", "DATE", "1940-SU"),
            ("1938", "DATE", "1938"),
            ("Wednesday night", "TIME", "1991-03-06TNI"),
            ("50 years", "DURATION", "P50Y"),
            ("last spring", "DATE", "1990-SP"),
            ("Jan. 26", "DATE", "1991-01-26"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("four hours", "DURATION", "PT4H"),
            ("10 days", "DURATION", "P10D"),
            ("February", "DATE", "1991-02"),
            ("last month", "DATE", "1991-02"),
            ("Wednesday", "DATE", "1991-03-13"),
            ("the summer", "DATE", "1991-SU"),
            ("the end of the year", "DATE", "1991"),
            ("1940", "DATE", "1940"),
            ("a few more months", "DURATION", "PXM"),
            ("June 1988", "DATE", "1988-06"),
            ("Nov. 21, 1989", "DATE", "1989-11-21"),
            ("April 6, 1990", "DATE", "1990-04-06"),
            ("Jan. 26, 1991", "DATE", "1991-01-26"),
            ("Feb. 12", "DATE", "1991-02-12"),
            ("March 10", "DATE", "1991-03-10"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
