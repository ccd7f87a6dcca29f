"""Annotations of the forty-eighth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind48/annotate.py [--show]

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
    # Tuesday 2013-11-26 (ISO week 48), local TV station's 6 p.m. newscast, header "Tuesday,
    # November 26, 2013, 6:00 p.m. CST" (one DATE span with the weekday and a TIME, the zone in
    # the span and not in the value, gold_blind30). The crash "this afternoon" "at about 2:40",
    # classes let out "at 2 o'clock" (14:00 of an afternoon story), the highway reopened
    # "shortly before 5:30" (17:30, before a 6 p.m. broadcast; "shortly before" a signal like
    # "shortly after"); "a few minutes ago" TIME PAST_REF (gold_blind30); "stay overnight" is
    # tonight's night, 2013-11-26TNI. "since Sunday" past 2013-11-24, "through Sunday" future
    # 2013-12-01. Thanksgiving 2013 is the fourth Thursday of November, 2013-11-28, which is
    # also the "Thursday" of "6 a.m. Thursday". "by morning" -> "morning" the morning after
    # tonight, 2013-11-27TMO (gold_blind30's "By morning"); "the afternoon" of Thanksgiving Day.
    # "last night" the night before the broadcast, 2013-11-25TNI; "next spring" said in
    # November is 2014-SP; "January 1" the coming one, 2014-01-01. "the biggest storm in almost
    # three years" gives the period of a superlative, DURATION. "Live at Five" will air "an
    # hour early tomorrow, at 4 o'clock": the size of a shift, DURATION PT1H, and 16:00.
    # Traps: "NEWS AT SIX", "Live at Five" (twice), "NEWSCHANNEL 11", "Highway 14" (twice),
    # "Now to that storm", "mile marker 112", "Interstate 29", "Exit 58", "5-2", "61-year-old",
    # "22", "35", "the teens", "around the clock", "the third crash", "Good evening", "Good night".
    "ktrv-news-at-six-highway-14-van-crash": (
        "2013-11-26",
        [
            ("Tuesday, November 26, 2013", "DATE", "2013-11-26"),
            ("6:00 p.m. CST", "TIME", "2013-11-26T18:00"),
            ("this afternoon", "TIME", "2013-11-26TAF"),
            ("around noon", "TIME", "2013-11-26T12:00"),
            ("the next 48 hours", "DURATION", "PT48H"),
            ("almost three years", "DURATION", "P3Y"),
            ("Thanksgiving", "DATE", "2013-11-28"),
            ("now", "DATE", "PRESENT_REF"),
            ("about 2:40", "TIME", "2013-11-26T14:40"),
            ("this afternoon", "TIME", "2013-11-26TAF"),
            ("2 o'clock", "TIME", "2013-11-26T14:00"),
            ("a few minutes ago", "TIME", "PAST_REF"),
            ("overnight", "TIME", "2013-11-26TNI"),
            ("almost three hours", "DURATION", "PT3H"),
            ("5:30", "TIME", "2013-11-26T17:30"),
            ("Sunday", "DATE", "2013-11-24"),
            ("last year", "DATE", "2012"),
            ("next spring", "DATE", "2014-SP"),
            ("tomorrow", "DATE", "2013-11-27"),
            ("Sunday", "DATE", "2013-12-01"),
            ("6 a.m.", "TIME", "2013-11-28T06:00"),
            ("Thursday", "DATE", "2013-11-28"),
            ("Tonight", "TIME", "2013-11-26TNI"),
            ("about 9 o'clock", "TIME", "2013-11-26T21:00"),
            ("morning", "TIME", "2013-11-27TMO"),
            ("Tomorrow", "DATE", "2013-11-27"),
            ("tomorrow night", "TIME", "2013-11-27TNI"),
            ("Thanksgiving Day", "DATE", "2013-11-28"),
            ("the afternoon", "TIME", "2013-11-28TAF"),
            ("every half hour", "SET", "PT30M"),
            ("last night", "TIME", "2013-11-25TNI"),
            ("January 1", "DATE", "2014-01-01"),
            ("2009", "DATE", "2009"),
            ("an hour", "DURATION", "PT1H"),
            ("tomorrow", "DATE", "2013-11-27"),
            ("4 o'clock", "TIME", "2013-11-27T16:00"),
            ("ten o'clock", "TIME", "2013-11-26T22:00"),
        ],
    ),
    # Saturday 2012-09-15 (ISO week 37), international radio bulletin read at 1300 GMT, header
    # "News bulletin, Saturday 15 September 2012, 1300 GMT" (one DATE span with the weekday,
    # like "Wednesday 8 October 2003" in gold_blind30) and "The time is 1300 GMT". The rivers
    # burst their banks "overnight", the night just ended, 2012-09-14TNI (the night dated by
    # the evening it begins on); "In the past hour" -> "the past hour" DURATION PT1H (see
    # README). The rain began "on Wednesday" 2012-09-12 (past); "tonight and tomorrow" two
    # TIMEX3; "until Monday" 2012-09-17; Treska votes "tomorrow", Sunday 2012-09-16, polls
    # open "at 7 a.m. local time, 0400 GMT" (two TIMEX3, Treska three hours ahead of GMT) and
    # results are expected "on Tuesday" 2012-09-18; the second cricket match "is on Wednesday"
    # 2012-09-19 (future). "before the rains return in November" 2012-11; "The last round, in
    # August" 2012-08. "the 2009 constitution" an adjectival year; "the second quarter" in a
    # September bulletin, past tense, 2012-Q2; "the third outbreak ... in five years" the period
    # of an "Nth in", DURATION. "six minutes past one GMT" a spoken clock time, 13:06 (like
    # "About a quarter to twelve" in gold_blind30). Traps: "9410 kilohertz", "101.3 FM",
    # "Newshour", "six wickets", "three-match", "the first match", "The second match", "the
    # rains", "by a third", "the third outbreak", counts and measures.
    "meridian-world-radio-kalmeria-floods-bulletin": (
        "2012-09-15",
        [
            ("Saturday 15 September 2012", "DATE", "2012-09-15"),
            ("1300 GMT", "TIME", "2012-09-15T13:00"),
            ("1300 GMT", "TIME", "2012-09-15T13:00"),
            ("overnight", "TIME", "2012-09-14TNI"),
            ("the past hour", "DURATION", "PT1H"),
            ("1998", "DATE", "1998"),
            ("Wednesday", "DATE", "2012-09-12"),
            ("four days", "DURATION", "P4D"),
            ("six hours", "DURATION", "PT6H"),
            ("this morning", "TIME", "2012-09-15TMO"),
            ("Earlier today", "DATE", "2012-09-15"),
            ("tonight", "TIME", "2012-09-15TNI"),
            ("tomorrow", "DATE", "2012-09-16"),
            ("Monday", "DATE", "2012-09-17"),
            ("this morning", "TIME", "2012-09-15TMO"),
            ("almost three weeks", "DURATION", "P3W"),
            ("November", "DATE", "2012-11"),
            ("August", "DATE", "2012-08"),
            ("two days", "DURATION", "P2D"),
            ("tomorrow", "DATE", "2012-09-16"),
            ("2009", "DATE", "2009"),
            ("7 a.m. local time", "TIME", "2012-09-16T07:00"),
            ("0400 GMT", "TIME", "2012-09-16T04:00"),
            ("Tuesday", "DATE", "2012-09-18"),
            ("five-year", "DURATION", "P5Y"),
            ("Friday night", "TIME", "2012-09-14TNI"),
            ("earlier this month", "DATE", "2012-09"),
            ("the second quarter", "DATE", "2012-Q2"),
            ("now", "DATE", "PRESENT_REF"),
            ("the past decade", "DURATION", "P10Y"),
            ("late August", "DATE", "2012-08"),
            ("five years", "DURATION", "P5Y"),
            ("Wednesday", "DATE", "2012-09-19"),
            ("six minutes past one GMT", "TIME", "2012-09-15T13:06"),
            ("1400 GMT", "TIME", "2012-09-15T14:00"),
        ],
    ),
    # Wednesday 2013-10-16 (ISO week 42), talk-radio interview with a historian, header "Air
    # date: Wednesday, October 16, 2013" and "Segment 2, 3:10 p.m."; "It's ten minutes after
    # three" is the on-air time check of the afternoon show, 15:10, and "the top of the hour"
    # after "It's 3:22" is 16:00 (gold_blind30). "Fifty years ago this month" is one span, the
    # month fifty years back, 1963-10 (see README), the month of the last run on Saturday,
    # October 26, 1963; "11:20 that night" 23:20 and "that night" 1963-10-26TNI (gold_blind30);
    # "just before midnight" -> "midnight" the end of that Saturday, T24:00 (gold_blind28);
    # "Two days later, on Monday" anchored on that Saturday, 1963-10-28, and the apposed
    # "Monday" its own DATE. "the '60s" and "the early '60s" DATE 196 (gold_blind46's "the
    # '70s"); "every six minutes" SET PT6M; "For months afterward" -> "months" PXM; "these
    # days" PRESENT_REF (gold_blind26), "recent years" PAST_REF; "last spring" said in October
    # is 2013-SP, "next month" 2013-11; "We've gone 50 years without one" DURATION P50Y. The
    # anniversary run "on Saturday the 26th at 11:20 p.m." is 2013-10-26 (one span with the
    # weekday, like "Sunday, June 27" in gold_blind28) and 23:20. Traps: "Car 1947" / "car
    # 1947" (three times, a streetcar number, see README), "NewsTalk 1010" (twice),
    # "WRKN", "The Afternoon Line" (twice), "Segment 2", "Number 9", "back then", "the war",
    # "the last run" (twice), "the anniversary", "fourteen routes", "two-mile", age "12".
    "wrkn-afternoon-line-last-streetcar-historian": (
        "2013-10-16",
        [
            ("Wednesday, October 16, 2013", "DATE", "2013-10-16"),
            ("3:10 p.m.", "TIME", "2013-10-16T15:10"),
            ("ten minutes after three", "TIME", "2013-10-16T15:10"),
            ("Fifty years ago this month", "DATE", "1963-10"),
            ("the '60s", "DATE", "196"),
            ("1891", "DATE", "1891"),
            ("the 1920s", "DATE", "192"),
            ("every six minutes", "SET", "PT6M"),
            ("the 1950s", "DATE", "195"),
            ("the spring of 1962", "DATE", "1962-SP"),
            ("Saturday, October 26, 1963", "DATE", "1963-10-26"),
            ("11:20", "TIME", "1963-10-26T23:20"),
            ("that night", "TIME", "1963-10-26TNI"),
            ("midnight", "TIME", "1963-10-26T24:00"),
            ("Two days later", "DATE", "1963-10-28"),
            ("Monday", "DATE", "1963-10-28"),
            ("now", "DATE", "PRESENT_REF"),
            ("every day", "SET", "P1D"),
            ("the early '60s", "DATE", "196"),
            ("months", "DURATION", "PXM"),
            ("these days", "DATE", "PRESENT_REF"),
            ("recent years", "DATE", "PAST_REF"),
            ("last spring", "DATE", "2013-SP"),
            ("next month", "DATE", "2013-11"),
            ("about three years", "DURATION", "P3Y"),
            ("50 years", "DURATION", "P50Y"),
            ("Saturday the 26th", "DATE", "2013-10-26"),
            ("11:20 p.m.", "TIME", "2013-10-26T23:20"),
            ("1963", "DATE", "1963"),
            ("3:22", "TIME", "2013-10-16T15:22"),
            ("the top of the hour", "TIME", "2013-10-16T16:00"),
        ],
    ),
    # Monday 2014-01-06 (ISO week 2), morning traffic-and-weather segment of a music station,
    # header "Monday, January 6, 2014, 7:48 a.m. CT"; time checks "It's 7:48" and "It's 7:51",
    # "next traffic is at 7:58". "back at work today for the first time in two weeks" -> "two
    # weeks" the period of a "first in", DURATION. The crash "just before 7 o'clock" (07:00,
    # "just before" a signal) and the lanes reopen "until about 9 o'clock" (09:00 of the
    # morning). The nightly lane closure "every night this week from 9 p.m. to 5 a.m." is a SET
    # XXXX-XX-XXTNI, the current week 2014-W02 and the hours of the recurrence
    # XXXX-XX-XXT21:00 and XXXX-XX-XXT05:00 (like "from 7 p.m. to 6 a.m. every night" and
    # "every week in the summer of 1992" in gold_blind28). "allow 25 minutes more than usual"
    # and "about 15 minutes behind" are the size of a delay, DURATION; "every ten minutes" SET
    # PT10M. "last month's ice storm" -> "last month" 2013-12; "late yesterday" Sunday
    # 2014-01-05; "closed since Thursday" 2014-01-02 (past); "Wednesday" 2014-01-08 and
    # "Sunday" 2014-01-12 (future, the weather outlook); "the weekend" ahead 2014-W02-WE. "A
    # year ago today" is one DATE span, a day, 2013-01-06 (see README). Traps: "WKLN 98.7 FM",
    # "98.7 FM", "MORNING DRIVE" / "Morning Drive" (a programme title naming a part of day),
    # "I-435", "Exit 12", "Route 150", "Highway 71", "the 14 and 22 lines", temperatures ("9
    # below", "31 below", "4", "14 below", "12", "the 20s", "40", "51" twice), "And now the
    # weather" (a hand-off, not a reference to the present), "Then a real warm-up".
    "wkln-morning-drive-traffic-weather": (
        "2014-01-06",
        [
            ("Monday, January 6, 2014", "DATE", "2014-01-06"),
            ("7:48 a.m. CT", "TIME", "2014-01-06T07:48"),
            ("7:48", "TIME", "2014-01-06T07:48"),
            ("today", "DATE", "2014-01-06"),
            ("two weeks", "DURATION", "P2W"),
            ("right now", "DATE", "PRESENT_REF"),
            ("7 o'clock", "TIME", "2014-01-06T07:00"),
            ("about 9 o'clock", "TIME", "2014-01-06T09:00"),
            ("25 minutes", "DURATION", "PT25M"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("this week", "DATE", "2014-W02"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("5 a.m.", "TIME", "XXXX-XX-XXT05:00"),
            ("January 20", "DATE", "2014-01-20"),
            ("last month", "DATE", "2013-12"),
            ("late yesterday", "DATE", "2014-01-05"),
            ("Thursday", "DATE", "2014-01-02"),
            ("about 15 minutes", "DURATION", "PT15M"),
            ("this morning", "TIME", "2014-01-06TMO"),
            ("every ten minutes", "SET", "PT10M"),
            ("Right now", "DATE", "PRESENT_REF"),
            ("February 2011", "DATE", "2011-02"),
            ("noon", "TIME", "2014-01-06T12:00"),
            ("This afternoon", "TIME", "2014-01-06TAF"),
            ("Tonight", "TIME", "2014-01-06TNI"),
            ("Tomorrow", "DATE", "2014-01-07"),
            ("Wednesday", "DATE", "2014-01-08"),
            ("the weekend", "DATE", "2014-W02-WE"),
            ("Sunday", "DATE", "2014-01-12"),
            ("A year ago today", "DATE", "2013-01-06"),
            ("today", "DATE", "2014-01-06"),
            ("two hours", "DURATION", "PT2H"),
            ("7:51", "TIME", "2014-01-06T07:51"),
            ("7:58", "TIME", "2014-01-06T07:58"),
        ],
    ),
    # Friday 2012-03-23 (ISO week 12), parliamentary radio round-up of the week, header "Friday
    # 23 March 2012, 10.30pm" (a DATE with the weekday and a TIME). "our weekly look" SET P1W
    # (an adjectival frequency naming a recurrence, gold_blind46's "our weekly visit"). "On
    # Tuesday the House debated" 2012-03-20 (past); "Wednesday afternoon" 2012-03-21TAF and
    # "later that night" the same night, 2012-03-21TNI, with "later" kept like "later this
    # morning" (gold_blind30); the vote "at 2.40am on Thursday" 2012-03-22T02:40 and 2012-03-22;
    # "Yesterday" also 2012-03-22. "the financial year that begins on 1 April" -> "the
    # financial year" FY2013 (April 2012-March 2013, named by the year it ends, gold_blind35)
    # plus "1 April" 2012-04-01. "the fourth quarter" said in March is the last quarter
    # reported, 2011-Q4, and "a year earlier" after it 2010-Q4 (gold_blind35); "late last
    # year" 2011 and "In November" the past November, 2011-11. "every month since" SET P1M
    # ("since" alone anaphoric); "Over the past year" -> "the past year" DURATION P1Y
    # (gold_blind35); "recent weeks" PAST_REF; "the coming months" PXM. "next week" 2012-W13
    # and "on Tuesday" in it 2012-03-27 (future); "This time next week" 2012-W13 (see README);
    # "Thursday 29 March", "Monday 16 April" one span each; "the summer" ahead 2012-SU; "the
    # first half of next year" one span, 2013-H1. Traps: "THE WEEK IN THE HOUSE" / "The Week in
    # the House" (twice), "Ardmore Radio Two", "First Minister's Questions", "the Water
    # Act 1977", "Standing Order 24", "48 to 41", "0.4 per cent", "eleven thousand", "Until
    # then", "Good evening", "good night".
    "ardmore-radio-week-in-the-house-budget": (
        "2012-03-23",
        [
            ("Friday 23 March 2012", "DATE", "2012-03-23"),
            ("10.30pm", "TIME", "2012-03-23T22:30"),
            ("weekly", "SET", "P1W"),
            ("this week", "DATE", "2012-W12"),
            ("Tuesday", "DATE", "2012-03-20"),
            ("the financial year", "DATE", "FY2013"),
            ("1 April", "DATE", "2012-04-01"),
            ("2008", "DATE", "2008"),
            ("the fourth quarter", "DATE", "2011-Q4"),
            ("a year earlier", "DATE", "2010-Q4"),
            ("the next three years", "DURATION", "P3Y"),
            ("late last year", "DATE", "2011"),
            ("November", "DATE", "2011-11"),
            ("every month", "SET", "P1M"),
            ("the past year", "DURATION", "P1Y"),
            ("Wednesday afternoon", "TIME", "2012-03-21TAF"),
            ("later that night", "TIME", "2012-03-21TNI"),
            ("the first half of next year", "DATE", "2013-H1"),
            ("2.40am", "TIME", "2012-03-22T02:40"),
            ("Thursday", "DATE", "2012-03-22"),
            ("almost 15 hours", "DURATION", "PT15H"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("90-day", "DURATION", "P90D"),
            ("30 June", "DATE", "2012-06-30"),
            ("Yesterday", "DATE", "2012-03-22"),
            ("the coming months", "DURATION", "PXM"),
            ("next week", "DATE", "2012-W13"),
            ("Tuesday", "DATE", "2012-03-27"),
            ("Thursday 29 March", "DATE", "2012-03-29"),
            ("Monday 16 April", "DATE", "2012-04-16"),
            ("the summer", "DATE", "2012-SU"),
            ("This time next week", "DATE", "2012-W13"),
            ("20 April", "DATE", "2012-04-20"),
        ],
    ),
    # Thursday 2014-04-10 (ISO week 15), local TV sports desk in the 10 p.m. news, header
    # "Aired 04/10/2014, 10:18 PM ET" (a US numeric date, DATE 2014-04-10, and a TIME). "last
    # night's 2-1 loss" -> "last night" 2014-04-09TNI (possessive without the "'s"), the
    # slugger's taped "Last night" likewise and his "Today" the broadcast day; "this afternoon"
    # a day game. "his first in more than a decade" the period of a "first in", DURATION
    # P10Y; "last September" said in April is 2013-09; "their best start since the 1990s"
    # DATE 199. "Saturday at 1:05" 2014-04-12 and 13:05 (a weekend day game); "Saturday's
    # derby" the same Saturday, kickoff "7:30 p.m."; "sold out two weeks ago" 2014-W13 (the
    # unit's granularity, gold_blind30); "the last derby, in October" 2013-10; "said Tuesday"
    # 2014-04-08 and "Monday night" 2014-04-07TNI (past); "ends Sunday" 2014-04-13 and "next
    # Wednesday" in a Thursday broadcast the nearest coming one, 2014-04-16 (gold_blind30's
    # "Next Friday"). "every day this week" a SET and a DATE; "Ninety minutes" the length of
    # a match, DURATION PT90M; "a four-year scholarship" adjectival DURATION; "in each of the
    # past three years" -> "the past three years" P3Y; "held annually since 1978" SET P1Y and
    # DATE 1978; "a year ago" 2013; "midnight Friday" the end of Friday, 2014-04-11T24:00, and
    # "Friday" its own DATE (gold_blind28). Traps: "WJLM-TV 8 NEWS AT TEN", scores and records
    # ("2-1", "11-2", "6-3", "2-2"), "twelve innings", "the fifth", "three-game", "Game 1", "the
    # first round", "the regular season", "No. 24", "the 400 meters", "freshman", "Time for
    # sports", age "36", "20 percent".
    "wjlm-8-news-at-ten-sports-desk-derby": (
        "2014-04-10",
        [
            ("04/10/2014", "DATE", "2014-04-10"),
            ("10:18 PM ET", "TIME", "2014-04-10T22:18"),
            ("last night", "TIME", "2014-04-09TNI"),
            ("this afternoon", "TIME", "2014-04-10TAF"),
            ("more than a decade", "DURATION", "P10Y"),
            ("last September", "DATE", "2013-09"),
            ("now", "DATE", "PRESENT_REF"),
            ("the 1990s", "DATE", "199"),
            ("tomorrow", "DATE", "2014-04-11"),
            ("Saturday", "DATE", "2014-04-12"),
            ("1:05", "TIME", "2014-04-12T13:05"),
            ("Last night", "TIME", "2014-04-09TNI"),
            ("Today", "DATE", "2014-04-10"),
            ("Saturday", "DATE", "2014-04-12"),
            ("two weeks ago", "DATE", "2014-W13"),
            ("7:30 p.m.", "TIME", "2014-04-12T19:30"),
            ("2009", "DATE", "2009"),
            ("October", "DATE", "2013-10"),
            ("Tuesday", "DATE", "2014-04-08"),
            ("every day", "SET", "P1D"),
            ("this week", "DATE", "2014-W15"),
            ("Ninety minutes", "DURATION", "PT90M"),
            ("Monday night", "TIME", "2014-04-07TNI"),
            ("Sunday", "DATE", "2014-04-13"),
            ("next Wednesday", "DATE", "2014-04-16"),
            ("this summer", "DATE", "2014-SU"),
            ("four-year", "DURATION", "P4Y"),
            ("this morning", "TIME", "2014-04-10TMO"),
            ("the past three years", "DURATION", "P3Y"),
            ("recently", "DATE", "PAST_REF"),
            ("Sunday, April 27", "DATE", "2014-04-27"),
            ("annually", "SET", "P1Y"),
            ("1978", "DATE", "1978"),
            ("a year ago", "DATE", "2013"),
            ("midnight", "TIME", "2014-04-11T24:00"),
            ("Friday", "DATE", "2014-04-11"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
