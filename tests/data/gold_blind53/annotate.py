"""Annotations of the fifty-third blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind53/annotate.py [--show]

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
    # Wednesday 2013-04-17 (ISO week 16), news-agency earthquake follow-up, "PORT AMALY, April
    # 17 (Reuters) -" dateline (no year; the publication day). The quake struck on Tuesday
    # 2013-04-16 at 10:42 a.m. local time, 0142 GMT the same day (the islands nine hours ahead):
    # two TIMEX3 for the two clock times, each on its own day (gold_blind28), and "Tuesday" a
    # third. "through the night" (lead and body) -> "the night" TIME 2013-04-16TNI, the night
    # after the quake (gold_blind14, gold_blind15, gold_blind34), "until dawn" the next morning
    # 2013-04-17TMO. "By noon on Wednesday" -> "noon" 2013-04-17T12:00 plus "Wednesday" (the
    # publication day, "said ... on Wednesday"). Future weekdays: mourning "starting on Friday"
    # 2013-04-19, the president "is due ... on Thursday morning" 2013-04-18TMO, ferries "will
    # resume on Saturday" 2013-04-20. "less than 90 minutes after the quake" and "closed for six
    # hours after the quake" are durations anchored to the event, the duration alone
    # (gold_blind28); "the first 24 hours" PT24H; "every 20 minutes" SET PT20M; "not seen ...
    # in 37 years" the period of a negated "first in", DURATION P37Y (gold_blind28). Traps:
    # "magnitude 7.1", "7.4", "5.9", "magnitude 6", "six-storey", "Route 4", the toll "143",
    # "61", "900", "2,000", "200 aftershocks", "30 km (19 miles)", "12 km", the age "34".
    "sevrin-islands-quake-aftershocks": (
        "2013-04-17",
        [
            ("April 17", "DATE", "2013-04-17"),
            ("Tuesday", "DATE", "2013-04-16"),
            ("Wednesday", "DATE", "2013-04-17"),
            ("the night", "TIME", "2013-04-16TNI"),
            ("10:42 a.m. local time", "TIME", "2013-04-16T10:42"),
            ("0142 GMT", "TIME", "2013-04-16T01:42"),
            ("Tuesday", "DATE", "2013-04-16"),
            ("1976", "DATE", "1976"),
            ("the first 24 hours", "DURATION", "PT24H"),
            ("11:05 p.m.", "TIME", "2013-04-16T23:05"),
            ("Tuesday", "DATE", "2013-04-16"),
            ("dawn", "TIME", "2013-04-17TMO"),
            ("the night", "TIME", "2013-04-16TNI"),
            ("Wednesday morning", "TIME", "2013-04-17TMO"),
            ("almost 20 hours", "DURATION", "PT20H"),
            ("late Tuesday", "DATE", "2013-04-16"),
            ("noon", "TIME", "2013-04-17T12:00"),
            ("Wednesday", "DATE", "2013-04-17"),
            ("30 days", "DURATION", "P30D"),
            ("three days", "DURATION", "P3D"),
            ("Friday", "DATE", "2013-04-19"),
            ("Thursday morning", "TIME", "2013-04-18TMO"),
            ("12:10 p.m.", "TIME", "2013-04-16T12:10"),
            ("Tuesday", "DATE", "2013-04-16"),
            ("less than 90 minutes", "DURATION", "PT90M"),
            ("Tuesday", "DATE", "2013-04-16"),
            ("Saturday", "DATE", "2013-04-20"),
            ("the 1960s", "DATE", "196"),
            ("Tuesday afternoon", "TIME", "2013-04-16TAF"),
            ("now", "DATE", "PRESENT_REF"),
            ("six hours", "DURATION", "PT6H"),
            ("every 20 minutes", "SET", "PT20M"),
            ("the coming weeks", "DURATION", "PXW"),
            ("annually", "SET", "P1Y"),
            ("last year", "DATE", "2012"),
            ("37 years", "DURATION", "P37Y"),
        ],
    ),
    # Thursday 2012-08-23 (ISO week 34), wire-service plane-crash story, byline, "LORANT,
    # Vessaria (AP) _" dateline without date; "today" is the publication day. The crash was on
    # Wednesday 2012-08-22: takeoff "at 3:09 p.m. Wednesday" (two TIMEX3), the engine warning
    # "At 3:17 p.m.", "Four minutes later" TIME 2012-08-22T15:21, counted from the exact clock
    # time before it, like "An hour later" (gold_blind19) and "20 minutes later"; "shortly
    # before 3:30 p.m." -> "3:30 p.m." ("shortly before" a signal, like "shortly after"). "24
    # minutes late" is the size of a delay, DURATION PT24M (gold_blind28); "minutes after
    # takeoff" a vague anchored duration PTXM; "the early evening" of the crash day
    # 2012-08-22TEV; "this morning" 2012-08-23TMO. "shortly after midnight" after "Wednesday
    # night" is the midnight that began Thursday, 2012-08-23T00:00, as in gold_blind19 (T24:00
    # is kept for "midnight on <day>", the end of the day named). "last month" July 2012; "in
    # March" and "in January" past months of 2012; "the second half of next year" 2013-H2 one
    # span; "the end of next week" the week's value 2012-W35 (like "the end of next year",
    # gold_blind28); "Monday" future ("will begin") 2012-08-27; flags "on Friday" 2012-08-24,
    # funerals "for Saturday" 2012-08-25; "a week after Arvelle announced" P1W (anchored).
    # Traps: "Flight 417", "Runway 18", "Highway 12", "a 21-year-old twin-engine model" (the
    # plane's age, like people's ages), "38 people", "11", "51", "27", "9 miles (15
    # kilometers)", "three other turboprops", "Its last fatal crash" (only "2007" annotated).
    "arvelle-turboprop-crash-recorders": (
        "2012-08-23",
        [
            ("today", "DATE", "2012-08-23"),
            ("minutes", "DURATION", "PTXM"),
            ("Wednesday afternoon", "TIME", "2012-08-22TAF"),
            ("3:09 p.m.", "TIME", "2012-08-22T15:09"),
            ("Wednesday", "DATE", "2012-08-22"),
            ("24 minutes", "DURATION", "PT24M"),
            ("3:17 p.m.", "TIME", "2012-08-22T15:17"),
            ("Four minutes later", "TIME", "2012-08-22T15:21"),
            ("3:30 p.m.", "TIME", "2012-08-22T15:30"),
            ("the early evening", "TIME", "2012-08-22TEV"),
            ("this morning", "TIME", "2012-08-23TMO"),
            ("1994", "DATE", "1994"),
            ("last month", "DATE", "2012-07"),
            ("today", "DATE", "2012-08-23"),
            ("March", "DATE", "2012-03"),
            ("14 years", "DURATION", "P14Y"),
            ("January", "DATE", "2012-01"),
            ("daily", "SET", "P1D"),
            ("72 hours", "DURATION", "PT72H"),
            ("2007", "DATE", "2007"),
            ("Earlier this month", "DATE", "2012-08"),
            ("30 days", "DURATION", "P30D"),
            ("the second half of next year", "DATE", "2013-H2"),
            ("Monday", "DATE", "2012-08-27"),
            ("the end of next week", "DATE", "2012-W35"),
            ("Wednesday night", "TIME", "2012-08-22TNI"),
            ("midnight", "TIME", "2012-08-23T00:00"),
            ("Friday", "DATE", "2012-08-24"),
            ("Saturday", "DATE", "2012-08-25"),
            ("a week", "DURATION", "P1W"),
            ("2015", "DATE", "2015"),
        ],
    ),
    # Friday 2014-03-21 (ISO week 12), news-agency ferry-sinking story, "BRELO, Dalmara, March
    # 21, 2014 (AFP) -" dateline. The ferry left Kallis "at 9:50 pm the previous night", Tuesday
    # 2014-03-18 (the night before the sinking morning, TIME 2014-03-18TNI, like "the previous
    # evening" of gold_blind19), and capsized "at about 6:40 am on Wednesday (2240 GMT
    # Tuesday)": the local time on Wednesday 2014-03-19, the GMT time on the day before with its
    # own "Tuesday" (gold_blind28), "about" kept in the span like "about 3am local time".
    # "entered its third day on Friday" -> "its third day" DURATION P1D and "Friday" the
    # publication day. The earlier sets disagree on this ordinal period of an event:
    # gold_blind35 gave the time elapsed ("its fourth week" P4W), gold_blind10, gold_blind12,
    # gold_blind29 and gold_blind36 the length of the one period named; following TIMEX3, where
    # a DURATION's value is the length of the period the expression denotes, P1D, with the
    # majority (gold_blind36). "After 48 hours in water this cold" is a generic duration
    # (gold_blind28's "After five days"); "through the weekend" the coming one, 2014-W12-WE.
    # Past weekdays: the gale warning "on Monday" 2014-03-17, the minister "told parliament on
    # Thursday" 2014-03-20, "detained on Thursday night" 2014-03-20TNI; future: a judge "next
    # week" 2014-W13, the president "will visit ... on Saturday" 2014-03-22. "only last week"
    # 2014-W11 ("only" left out); "three times a week" SET P1W; "a 30-day inquiry" on the
    # adjective; "the end of April" April 2014; "recent years" PAST_REF (gold_blind28). Traps:
    # "57 people", "412 passengers", "341 people", "Nine bodies", "five more", "96", "four
    # ships", "20 kilometres (12 miles)", "40 metres (130 feet)", the age "54", "since a ferry
    # sank" (an event, dated only by the sentences after it).
    "orla-star-ferry-search": (
        "2014-03-21",
        [
            ("March 21, 2014", "DATE", "2014-03-21"),
            ("its third day", "DURATION", "P1D"),
            ("Friday", "DATE", "2014-03-21"),
            ("now", "DATE", "PRESENT_REF"),
            ("about 6:40 am", "TIME", "2014-03-19T06:40"),
            ("Wednesday", "DATE", "2014-03-19"),
            ("2240 GMT", "TIME", "2014-03-18T22:40"),
            ("Tuesday", "DATE", "2014-03-18"),
            ("nine-hour", "DURATION", "PT9H"),
            ("9:50 pm", "TIME", "2014-03-18T21:50"),
            ("the previous night", "TIME", "2014-03-18TNI"),
            ("6 am", "TIME", "2014-03-19T06:00"),
            ("Wednesday evening", "TIME", "2014-03-19TEV"),
            ("Wednesday", "DATE", "2014-03-19"),
            ("Thursday", "DATE", "2014-03-20"),
            ("late Thursday", "DATE", "2014-03-20"),
            ("Friday", "DATE", "2014-03-21"),
            ("48 hours", "DURATION", "PT48H"),
            ("the weekend", "DATE", "2014-W12-WE"),
            ("Monday", "DATE", "2014-03-17"),
            ("Thursday", "DATE", "2014-03-20"),
            ("Thursday night", "TIME", "2014-03-20TNI"),
            ("next week", "DATE", "2014-W13"),
            ("1983", "DATE", "1983"),
            ("2006", "DATE", "2006"),
            ("last week", "DATE", "2014-W11"),
            ("three times a week", "SET", "P1W"),
            ("Thursday", "DATE", "2014-03-20"),
            ("Wednesday", "DATE", "2014-03-19"),
            ("1998", "DATE", "1998"),
            ("recent years", "DATE", "PAST_REF"),
            ("last year", "DATE", "2013"),
            ("Saturday", "DATE", "2014-03-22"),
            ("30-day", "DURATION", "P30D"),
            ("the end of April", "DATE", "2014-04"),
        ],
    ),
    # Tuesday 2013-11-12 (ISO week 46), US regional-newspaper mine-rescue story, headline, deck,
    # byline, date line "Tuesday, November 12, 2013", "MORROW GAP, Ky. --" dateline. The roof
    # fell "At about 10:15 p.m." on Thursday 2013-11-07 (the day of "4 p.m. Thursday" before
    # it, "about" kept); the men were freed from 1:50 a.m. to 2:15 a.m. Sunday 2013-11-10, 52
    # hours later ("within 25 minutes" -> "25 minutes"). "Early Friday" 2013-11-08 (DATE with
    # "Early", like "early Saturday", gold_blind28) and "that afternoon" its afternoon
    # 2013-11-08TAF; "Saturday night" 2013-11-09TNI. "since the weekend" -> "the weekend" just
    # past, 2013-W45-WE (9-10 November; the weekend belongs to the ISO week of its Saturday).
    # "went home Monday", "released ... on Monday afternoon", "said Monday" 2013-11-11 (past);
    # "later this week" 2013-W46. "After the first day" (of being trapped) is an ordinal period
    # of an event, DURATION P1D like "The first week" P1W (gold_blind35) and "its third day"
    # (see the ferry story). "the third quarter" of a company whose fiscal year is not given is
    # the calendar quarter just ended, 2013-Q3, and "a year earlier" after it 2012-Q3
    # (gold_blind35); "last month" October 2013, "since January" 2013-01. "every hour" SET
    # PT1H; "every week" (deck and body) SET P1W. Traps: "Sutter No. 3 mine", "Route 38", "a
    # night shift" (a kind of shift, not a time), "a 40-foot section", "2 miles", "a 6-inch
    # borehole", "14 times", "twice" (a count), "230 people", "1.1 million tons", "900,000
    # tons", the age "44", "Five coal miners", "all five", "The other three".
    "sutter-mine-miners-freed": (
        "2013-11-12",
        [
            ("52 hours", "DURATION", "PT52H"),
            ("every week", "SET", "P1W"),
            ("Tuesday, November 12, 2013", "DATE", "2013-11-12"),
            ("52 hours", "DURATION", "PT52H"),
            ("Monday", "DATE", "2013-11-11"),
            ("the weekend", "DATE", "2013-W45-WE"),
            ("later this week", "DATE", "2013-W46"),
            ("every hour", "SET", "PT1H"),
            ("Monday afternoon", "TIME", "2013-11-11TAF"),
            ("the first day", "DURATION", "P1D"),
            ("4 p.m.", "TIME", "2013-11-07T16:00"),
            ("Thursday", "DATE", "2013-11-07"),
            ("about 10:15 p.m.", "TIME", "2013-11-07T22:15"),
            ("Thursday night", "TIME", "2013-11-07TNI"),
            ("Early Friday", "DATE", "2013-11-08"),
            ("that afternoon", "TIME", "2013-11-08TAF"),
            ("Saturday night", "TIME", "2013-11-09TNI"),
            ("1:50 a.m.", "TIME", "2013-11-10T01:50"),
            ("Sunday", "DATE", "2013-11-10"),
            ("25 minutes", "DURATION", "PT25M"),
            ("Thursday", "DATE", "2013-11-07"),
            ("Monday", "DATE", "2013-11-11"),
            ("at least two weeks", "DURATION", "P2W"),
            ("every week", "SET", "P1W"),
            ("Nov. 20", "DATE", "2013-11-20"),
            ("January", "DATE", "2013-01"),
            ("last month", "DATE", "2013-10"),
            ("more than a decade", "DURATION", "P10Y"),
            ("the third quarter", "DATE", "2013-Q3"),
            ("a year earlier", "DATE", "2012-Q3"),
            ("next year", "DATE", "2014"),
            ("2009", "DATE", "2009"),
            ("the 1980s", "DATE", "198"),
            ("22 years", "DURATION", "P22Y"),
            ("this month", "DATE", "2013-11"),
        ],
    ),
    # Monday 2012-01-16 (ISO week 3), British daily's tower-block fire story, headline,
    # standfirst, byline, no dateline and no date line; "yesterday" is Sunday 2012-01-15, "last
    # night" its night 2012-01-15TNI and "today" the publication day. The fire broke out "late
    # Saturday" 2012-01-14, first call "at 11.42pm on Saturday" (two TIMEX3); "Within 20
    # minutes" -> "20 minutes"; "until shortly after midnight" is the midnight that began
    # Sunday, 2012-01-15T00:00 (gold_blind19); "by dawn" and "by the next morning" both Sunday
    # morning 2012-01-15TMO (gold_blind26's "The following morning" and "dawn"); "Saturday
    # night" 2012-01-14TNI. "for months" (standfirst and body) PXM. The doors were reported "in
    # October and again in December" 2011 (past months before a January paper), to be fixed "by
    # the end of January" 2012-01 (the month's value, like "the end of the month",
    # gold_blind35). "three years ago" 2009 (the unit's granularity, gold_blind28); "Last year"
    # 2011 and "the previous year" 2010; "this week" 2012-W03; future weekdays: engineers "by
    # Tuesday" 2012-01-17, the inquest "on Thursday" 2012-01-19. Traps: "999 call" (the
    # emergency number), "14-storey", "fourth-floor" (twice), "the ninth floor", "12 fire
    # engines", "70 firefighters", "120 people", "31 of the city's tower blocks", "nine blocks",
    # "Forty-three families", "14 fires", "nine", ages "67", "81", "32-year-old", "58";
    # "immediately", "not yet" and "have since been moved" (adverbs without a time of their own).
    "carrow-house-tower-fire": (
        "2012-01-16",
        [
            ("months", "DURATION", "PXM"),
            ("late Saturday", "DATE", "2012-01-14"),
            ("months", "DURATION", "PXM"),
            ("11.42pm", "TIME", "2012-01-14T23:42"),
            ("Saturday", "DATE", "2012-01-14"),
            ("20 minutes", "DURATION", "PT20M"),
            ("midnight", "TIME", "2012-01-15T00:00"),
            ("dawn", "TIME", "2012-01-15TMO"),
            ("the next morning", "TIME", "2012-01-15TMO"),
            ("last night", "TIME", "2012-01-15TNI"),
            ("yesterday afternoon", "TIME", "2012-01-15TAF"),
            ("last night", "TIME", "2012-01-15TNI"),
            ("this week", "DATE", "2012-W03"),
            ("90-day", "DURATION", "P90D"),
            ("October", "DATE", "2011-10"),
            ("December", "DATE", "2011-12"),
            ("the end of January", "DATE", "2012-01"),
            ("the 1960s", "DATE", "196"),
            ("three years ago", "DATE", "2009"),
            ("every month", "SET", "P1M"),
            ("1985", "DATE", "1985"),
            ("Saturday night", "TIME", "2012-01-14TNI"),
            ("up to six weeks", "DURATION", "P6W"),
            ("Tuesday", "DATE", "2012-01-17"),
            ("Last year", "DATE", "2011"),
            ("the previous year", "DATE", "2010"),
            ("Thursday", "DATE", "2012-01-19"),
            ("7pm", "TIME", "2012-01-16T19:00"),
            ("today", "DATE", "2012-01-16"),
        ],
    ),
    # Saturday 2014-06-14 (ISO week 24), US regional-newspaper flood-anniversary feature,
    # headline, deck, byline, "MILLBROOK --" dateline without date. The river crested on
    # Thursday, June 13, 2013; "Two days later" the levee failed, Saturday 2013-06-15 (anchored
    # on the last date of the narrative, like "two days later" in gold_blind17 and
    # gold_blind18), and the alert came "the previous evening", Friday 2013-06-14TEV. "A year
    # after the flood" (headline) is an anchored duration P1Y ("A year after the last shift",
    # gold_blind15); "the first anniversary" is not annotated (gold_blind15), its day "On
    # Friday" 2014-06-13 is. "last June" in a June story is June 2013 (the current June being
    # "this month"). "In the 12 months since" -> "the 12 months" P12M ("since" anaphoric);
    # "since the spring" 2014-SP (this year's spring); "earlier this month" 2014-06; "by
    # Christmas" the one after the flood, 2013-12-25. "the second half of last year" 2013-H2
    # one span; "the first quarter" the calendar quarter last reported, 2014-Q1, beside "the
    # fourth quarter of 2013" 2013-Q4; "in April" (twice) April 2014 and "a year earlier" after
    # the first 2013-04 (gold_blind28: the granularity of what it is compared with); "Late last
    # year" 2013; "later in the 1970s" -> "the 1970s" 197; "into 2016" (deck) and "by March
    # 2015" signals left out. "every Monday" SET XXXX-WXX-1; "every year" SET P1Y; the garden
    # "will be dedicated at 2 p.m. Sunday" 2014-06-15 (future, two TIMEX3); the mayor "said
    # Thursday" 2014-06-12 (past). "In recent years" and "recently" PAST_REF, "Now" PRESENT_REF,
    # "the coming months" PXM. Traps: "27.4 feet", "9 feet above flood stage", "8 inches",
    # "Category 4" (an alert level), "Route 31", "61 of the 94 businesses", "about 300 people",
    # "14,200", "15,100", "$14 million", "$2.2 million", "$19 million", "$48 million", "$5
    # million", "4 feet", "by a third", the age "63", "for good" (an idiom), "The latest" (a
    # shop), "one by one".
    "millbrook-flood-a-year-after": (
        "2014-06-14",
        [
            ("A year", "DURATION", "P1Y"),
            ("2016", "DATE", "2016"),
            ("Friday", "DATE", "2014-06-13"),
            ("11 minutes", "DURATION", "PT11M"),
            ("11 days", "DURATION", "P11D"),
            ("last June", "DATE", "2013-06"),
            ("June 13, 2013", "DATE", "2013-06-13"),
            ("36 hours", "DURATION", "PT36H"),
            ("Two days later", "DATE", "2013-06-15"),
            ("the previous evening", "TIME", "2013-06-14TEV"),
            ("the 12 months", "DURATION", "P12M"),
            ("the spring", "DATE", "2014-SP"),
            ("earlier this month", "DATE", "2014-06"),
            ("51 weeks", "DURATION", "P51W"),
            ("Christmas", "DATE", "2013-12-25"),
            ("Now", "DATE", "PRESENT_REF"),
            ("the second half of last year", "DATE", "2013-H2"),
            ("the first quarter", "DATE", "2014-Q1"),
            ("the fourth quarter of 2013", "DATE", "2013-Q4"),
            ("April", "DATE", "2014-04"),
            ("a year earlier", "DATE", "2013-04"),
            ("1972", "DATE", "1972"),
            ("the 1970s", "DATE", "197"),
            ("Late last year", "DATE", "2013"),
            ("April", "DATE", "2014-04"),
            ("three years", "DURATION", "P3Y"),
            ("March 2015", "DATE", "2015-03"),
            ("this year", "DATE", "2014"),
            ("every Monday", "SET", "XXXX-WXX-1"),
            ("every year", "SET", "P1Y"),
            ("2 p.m.", "TIME", "2014-06-15T14:00"),
            ("Sunday", "DATE", "2014-06-15"),
            ("recent years", "DATE", "PAST_REF"),
            ("Thursday", "DATE", "2014-06-12"),
            ("the coming months", "DURATION", "PXM"),
            ("recently", "DATE", "PAST_REF"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
