"""Annotations of the forty-sixth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind46/annotate.py [--show]

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
    # Friday 2012-11-16 (ISO week 46), cable-news live coverage of a verdict, header "Aired
    # November 16, 2012 - 14:00 ET": the jurors got the case Wednesday afternoon 2012-11-14TAF
    # (past) and deliberated "about 11 hours over three days" (Wednesday to Friday); they asked
    # for testimony yesterday, 2012-11-15, and spent "Thursday afternoon" on it. The verdict
    # form's "this 16th day of November, 2012" is one DATE span with its determiner (see
    # README). Sentencing "January 7 at 9 a.m." is a future month across the year boundary,
    # 2013-01-07 (a Monday), the clock time its own TIME (gold_blind14, gold_blind35). "March of
    # last year" is one span with the post-posed year, 2011-03 (like "September last year",
    # gold_blind18); "the morning of July 10, 2011" one TIME span (like "the evening of June
    # 24", gold_blind28). "earlier this month" 2012-11; the father's "next week", said on tape
    # this morning, 2012-W47. The families speak "at 3 o'clock", 15:00 of an afternoon
    # broadcast, which is also "the top of the hour"; "nine o'clock Eastern" tonight 21:00.
    # "three-week" adjectival DURATION; "up to eight years" P8Y; "within 30 days of
    # sentencing" -> "30 days". Traps: "case number 2011-CR-0418", "Route 33", "GNN
    # Primetime", "until then", "since" alone, "twelve jurors", ages "17" and "58".
    "gnn-newsroom-lake-orrin-bus-crash-verdict": (
        "2012-11-16",
        [
            ("November 16, 2012", "DATE", "2012-11-16"),
            ("14:00 ET", "TIME", "2012-11-16T14:00"),
            ("right now", "DATE", "PRESENT_REF"),
            ("three-week", "DURATION", "P3W"),
            ("Wednesday afternoon", "TIME", "2012-11-14TAF"),
            ("about 11 hours", "DURATION", "PT11H"),
            ("three days", "DURATION", "P3D"),
            ("this 16th day of November, 2012", "DATE", "2012-11-16"),
            ("January 7", "DATE", "2013-01-07"),
            ("9 a.m.", "TIME", "2013-01-07T09:00"),
            ("October 29", "DATE", "2012-10-29"),
            ("up to eight years", "DURATION", "P8Y"),
            ("March of last year", "DATE", "2011-03"),
            ("the morning of July 10, 2011", "TIME", "2011-07-10TMO"),
            ("yesterday", "DATE", "2012-11-15"),
            ("Thursday afternoon", "TIME", "2012-11-15TAF"),
            ("the spring of 2011", "DATE", "2011-SP"),
            ("earlier this month", "DATE", "2012-11"),
            ("3 o'clock", "TIME", "2012-11-16T15:00"),
            ("this morning", "TIME", "2012-11-16TMO"),
            ("Sixteen months", "DURATION", "P16M"),
            ("sixteen months", "DURATION", "P16M"),
            ("next week", "DATE", "2012-W47"),
            ("22 years", "DURATION", "P22Y"),
            ("August 2011", "DATE", "2011-08"),
            ("30 days", "DURATION", "P30D"),
            ("the top of the hour", "TIME", "2012-11-16T15:00"),
            ("tonight", "TIME", "2012-11-16TNI"),
            ("nine o'clock Eastern", "TIME", "2012-11-16T21:00"),
        ],
    ),
    # Saturday 2013-04-13 (ISO week 15), public-radio weekend interview, header "April 13, 2013
    # 8:06 AM ET" (a DATE and a TIME) and "Heard on Saturday Morning Report" (a programme
    # title, not annotated). "45 Years After The Walkout" (headline) is a duration anchored to
    # an event, P45Y, like "Two Weeks After Quake" (gold_blind35). "Forty-five years ago this
    # week" is one span, the ISO week with this week's number 45 years back, 1968-W15 (April
    # 8-14, 1968; gold_blind30), which holds the notice of Monday April 8 and the walkout "The
    # next morning", Tuesday 1968-04-09TMO. "that spring" after "Forty-five years ago" is
    # 1968-SP (a narrative anchor, like "That autumn" in gold_blind30). The strike ran 19 days,
    # April 9-27; "two days later" after April 27 is 1968-04-29. "eight o'clock every morning"
    # is the hour of a recurring march, XXXX-XX-XXT08:00, and a SET (like "9 a.m. every
    # Saturday", gold_blind28); "six days a week" a SET P1W (see README). "the '70s" DATE 197
    # (see README). The marker is unveiled Monday 2013-04-15 (three mentions) "at ten o'clock",
    # a daytime ceremony, 10:00. "This time last year" is 2012, like "this time next year" in
    # gold_blind10; "Last year" 2012; "recent years" PAST_REF; "For years" -> "years" PXY. The
    # time check "It's 8:12" follows the header's 8:06 AM. Traps: "SATURDAY MORNING REPORT",
    # "The Harlan Street March", "WCFN", "Good morning" (twice), "back then", ages "22", counts.
    "cpr-carrow-falls-mill-walkout-interview": (
        "2013-04-13",
        [
            ("45 Years", "DURATION", "P45Y"),
            ("April 13, 2013", "DATE", "2013-04-13"),
            ("8:06 AM ET", "TIME", "2013-04-13T08:06"),
            ("Forty-five years ago this week", "DATE", "1968-W15"),
            ("19 days", "DURATION", "P19D"),
            ("Monday", "DATE", "2013-04-15"),
            ("that spring", "DATE", "1968-SP"),
            ("1968", "DATE", "1968"),
            ("twelve-hour", "DURATION", "PT12H"),
            ("six days a week", "SET", "P1W"),
            ("1963", "DATE", "1963"),
            ("April 8", "DATE", "1968-04-08"),
            ("The next morning", "TIME", "1968-04-09TMO"),
            ("eight o'clock", "TIME", "XXXX-XX-XXT08:00"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("Nineteen days", "DURATION", "P19D"),
            ("the 1930s", "DATE", "193"),
            ("every day", "SET", "P1D"),
            ("April 27", "DATE", "1968-04-27"),
            ("two days later", "DATE", "1968-04-29"),
            ("three years", "DURATION", "P3Y"),
            ("every year", "SET", "P1Y"),
            ("the '70s", "DATE", "197"),
            ("the spring of 1984", "DATE", "1984-SP"),
            ("years", "DURATION", "PXY"),
            ("Last year", "DATE", "2012"),
            ("recent years", "DATE", "PAST_REF"),
            ("Monday", "DATE", "2013-04-15"),
            ("Monday", "DATE", "2013-04-15"),
            ("ten o'clock", "TIME", "2013-04-15T10:00"),
            ("1993", "DATE", "1993"),
            ("This time last year", "DATE", "2012"),
            ("Now", "DATE", "PRESENT_REF"),
            ("8:12", "TIME", "2013-04-13T08:12"),
            ("weekly", "SET", "P1W"),
        ],
    ),
    # Tuesday 2013-08-27 (ISO week 35), cable-news storm report aired at 22:00 ET ("It is ten
    # o'clock here on the East Coast", so "the top of the hour" is 23:00; "here on the East
    # Coast" is a place phrase and stays out of the span). Landfall "around 2 a.m. Central
    # time" is after midnight, Wednesday 2013-08-28T02:00, with the approximator and zone in the
    # span (gold_blind30); high tide "at about 3 o'clock tomorrow morning" is 03:00 and a
    # separate TIME "tomorrow morning"; "less than six hours" and "about an hour after
    # landfall" are durations anchored to the event. Local clock times keep their local value
    # ("about 7 o'clock this evening" in Louisiana, 19:00). The evacuation order came Sunday
    # afternoon 2013-08-25TAF (past); Thursday morning, "through Thursday" 2013-08-29 and "By
    # Friday" 2013-08-30 lie ahead; "into the weekend" the coming weekend, 2013-W35-WE. "a year
    # ago this week" is one span, 2012-W35 (gold_blind30). "every hour" SET PT1H; "through the
    # night" -> "the night" tonight's, 2013-08-27TNI (gold_blind16, gold_blind30). Traps: "GNN
    # 360", "Category 3", "120 miles an hour", "1-800-555-0176", "MAY", age "64", "(COMMERCIAL
    # BREAK)".
    "gnn-360-hurricane-delphine-landfall": (
        "2013-08-27",
        [
            ("August 27, 2013", "DATE", "2013-08-27"),
            ("22:00 ET", "TIME", "2013-08-27T22:00"),
            ("ten o'clock", "TIME", "2013-08-27T22:00"),
            ("less than six hours", "DURATION", "PT6H"),
            ("Right now", "DATE", "PRESENT_REF"),
            ("around 2 a.m. Central time", "TIME", "2013-08-28T02:00"),
            ("a few minutes ago", "TIME", "PAST_REF"),
            ("about 7 o'clock", "TIME", "2013-08-27T19:00"),
            ("this evening", "TIME", "2013-08-27TEV"),
            ("every hour", "SET", "PT1H"),
            ("Sunday afternoon", "TIME", "2013-08-25TAF"),
            ("noon", "TIME", "2013-08-27T12:00"),
            ("today", "DATE", "2013-08-27"),
            ("this afternoon", "TIME", "2013-08-27TAF"),
            ("more than four decades", "DURATION", "P40Y"),
            ("1985", "DATE", "1985"),
            ("Thursday morning", "TIME", "2013-08-29TMO"),
            ("about 3 o'clock", "TIME", "2013-08-28T03:00"),
            ("tomorrow morning", "TIME", "2013-08-28TMO"),
            ("about an hour", "DURATION", "PT1H"),
            ("two weeks", "DURATION", "P2W"),
            ("the last 24 hours", "DURATION", "PT24H"),
            ("Thursday", "DATE", "2013-08-29"),
            ("the weekend", "DATE", "2013-W35-WE"),
            ("Friday", "DATE", "2013-08-30"),
            ("a year ago this week", "DATE", "2012-W35"),
            ("2005", "DATE", "2005"),
            ("the night", "TIME", "2013-08-27TNI"),
            ("the top of the hour", "TIME", "2013-08-27T23:00"),
        ],
    ),
    # Monday 2013-12-09 (ISO week 50), local sports-radio wrap, header "Monday, December 9,
    # 2013, 6:20 p.m." (one DATE span and a TIME) and the time check "It's 6:20" (18:20). The
    # football game was yesterday, Sunday 2013-12-08; the hockey win "last night" 2013-12-08TNI;
    # the basketball win "Saturday night" 2013-12-07TNI (past). The next game is "Thursday
    # night" 2013-12-12TNI, kickoff "Thursday" "7:25 Central" 19:25; the Blades are home
    # "Wednesday and Friday", 2013-12-11 and 2013-12-13 (future). "a month ago" 2013-11 and "A
    # year ago" 2012 at the unit's granularity; "every Monday" SET XXXX-WXX-1; "held annually
    # since 1985" -> "annually" SET P1Y and "1985". "turns 41 next month" -> "next month"
    # 2014-01, the age left out; "report February 14" a future date, 2014-02-14. The news
    # conference "at seven o'clock" follows the 6:20 p.m. time check, 19:00. Traps: "1330 AM"
    # (a frequency and the AM band, twice), "Channel 9", "1-800-555-1330", scores "24-10",
    # "31-24", "71-68", "3-2", records "9-4", "6-7", "8-1", ".291", "the half", "the fourth
    # quarter" (of a game), "last season", "a losing season", "day-to-day", "three straight
    # losses", "their fifth straight win", "five in a row", "final exams", ages "34", "41".
    "river-city-sportsline-ironmen-collapse": (
        "2013-12-09",
        [
            ("Monday, December 9, 2013", "DATE", "2013-12-09"),
            ("6:20 p.m.", "TIME", "2013-12-09T18:20"),
            ("6:20", "TIME", "2013-12-09T18:20"),
            ("yesterday", "DATE", "2013-12-08"),
            ("a month ago", "DATE", "2013-11"),
            ("this afternoon", "TIME", "2013-12-09TAF"),
            ("every Monday", "SET", "XXXX-WXX-1"),
            ("tonight", "TIME", "2013-12-09TNI"),
            ("tomorrow", "DATE", "2013-12-10"),
            ("Thursday night", "TIME", "2013-12-12TNI"),
            ("Thursday", "DATE", "2013-12-12"),
            ("7:25 Central", "TIME", "2013-12-12T19:25"),
            ("October", "DATE", "2013-10"),
            ("A year ago", "DATE", "2012"),
            ("2004", "DATE", "2004"),
            ("now", "DATE", "PRESENT_REF"),
            ("Saturday night", "TIME", "2013-12-07TNI"),
            ("December 21", "DATE", "2013-12-21"),
            ("annually", "SET", "P1Y"),
            ("1985", "DATE", "1985"),
            ("last night", "TIME", "2013-12-08TNI"),
            ("next month", "DATE", "2014-01"),
            ("February 2011", "DATE", "2011-02"),
            ("Wednesday", "DATE", "2013-12-11"),
            ("Friday", "DATE", "2013-12-13"),
            ("three-year", "DURATION", "P3Y"),
            ("earlier today", "DATE", "2013-12-09"),
            ("2017", "DATE", "2017"),
            ("February 14", "DATE", "2014-02-14"),
            ("seven o'clock", "TIME", "2013-12-09T19:00"),
        ],
    ),
    # Wednesday 2014-01-15 (ISO week 3), network morning show, archive header "SHOW: GOOD
    # MORNING HEARTLAND 7:00 AM EST" (the air time a TIME, the show's name not annotated) and
    # "January 15, 2014 Wednesday" (one DATE span, like "Wednesday 8 October 2003" in
    # gold_blind30), then the anchor's "Wednesday, January 15th". The plane left "at 9:42 p.m.
    # Monday" 2014-01-13 (also "Monday night"); "20 minutes later" is a clock time anchored on
    # 9:42 p.m., 2014-01-13T22:02 (like "40 minutes later", gold_blind44's TIME); the crews
    # "searched through the night" -> "the night", the last night before the broadcast,
    # 2014-01-14TNI (the first search night is Monday's, but the sentence pairs it with going
    # "back out at 6 o'clock this morning"); "last night" 2014-01-14TNI; "since Tuesday
    # morning" 2014-01-14TMO. "two days from now" is a day, 2014-01-17, like "a week from today"
    # (gold_blind30): said live, the anchor is the broadcast day. "over the weekend" in a
    # Wednesday show is the weekend just gone, 2014-W02-WE; "this weekend" the coming one,
    # 2014-W03-WE. "November" 2013-11; "since Christmas" 2013-12-25; "recently" PAST_REF. Traps:
    # "Flight 1420", "Kestrel 200", "the Sunday Ledger", "Good Morning Heartland" (three times),
    # "ABN NEWS", "22 below", "the 30s" (temperatures), "34 degrees", "3,000 square miles",
    # "twice" (a count), age "52".
    "good-morning-heartland-flight-1420-search": (
        "2014-01-15",
        [
            ("7:00 AM EST", "TIME", "2014-01-15T07:00"),
            ("January 15, 2014 Wednesday", "DATE", "2014-01-15"),
            ("Wednesday, January 15th", "DATE", "2014-01-15"),
            ("Monday night", "TIME", "2014-01-13TNI"),
            ("the night", "TIME", "2014-01-14TNI"),
            ("6 o'clock", "TIME", "2014-01-15T06:00"),
            ("this morning", "TIME", "2014-01-15TMO"),
            ("9:42 p.m.", "TIME", "2014-01-13T21:42"),
            ("Monday", "DATE", "2014-01-13"),
            ("55-minute", "DURATION", "PT55M"),
            ("20 minutes later", "TIME", "2014-01-13T22:02"),
            ("the last 30 hours", "DURATION", "PT30H"),
            ("less than an hour", "DURATION", "PT1H"),
            ("11 years", "DURATION", "P11Y"),
            ("1987", "DATE", "1987"),
            ("November", "DATE", "2013-11"),
            ("the weekend", "DATE", "2014-W02-WE"),
            ("2012", "DATE", "2012"),
            ("recently", "DATE", "PAST_REF"),
            ("Tuesday morning", "TIME", "2014-01-14TMO"),
            ("two days from now", "DATE", "2014-01-17"),
            ("last night", "TIME", "2014-01-14TNI"),
            ("10 o'clock", "TIME", "2014-01-15T10:00"),
            ("this morning", "TIME", "2014-01-15TMO"),
            ("this morning", "TIME", "2014-01-15TMO"),
            ("1996", "DATE", "1996"),
            ("today", "DATE", "2014-01-15"),
            ("tomorrow", "DATE", "2014-01-16"),
            ("this weekend", "DATE", "2014-W03-WE"),
            ("7:30", "TIME", "2014-01-15T07:30"),
            ("every week", "SET", "P1W"),
            ("Christmas", "DATE", "2013-12-25"),
        ],
    ),
    # Thursday 2014-03-13 (ISO week 11), cable-news evening business segment aired at 17:00 ET:
    # "the Dow closed up 40 points today" and "today's buying" 2014-03-13; "Yesterday"
    # 2014-03-12 and "what changed overnight?" the night between, 2014-03-12TNI (an adverb with
    # its night fixed, gold_blind8, gold_blind30); "since early February" -> "early February"
    # 2014-02; "early next year" 2015. Corvane's fiscal year is not described, so "First
    # Quarter" (headline) and "first-quarter" are the current calendar quarter, 2014-Q1, and
    # "the second half" 2014-H2 (gold_blind35); "this winter's storms" -> "this winter"
    # 2014-WI, the winter taking the year of its January (gold_blind10, gold_blind42). "one-day"
    # adjectival DURATION; "more than a decade" the period of a superlative, P10Y; "late last
    # year" 2013 and "mid-2014" 2014, the year's value. "raised its quarterly dividend on
    # Monday" -> "quarterly" SET P3M and Monday 2014-03-10 (past); "reports earnings on
    # Tuesday" 2014-03-18 (future). "A year ago" 2013; "into May" 2014-05; "Tomorrow morning"
    # 2014-03-14TMO and the report month "March" 2014-03; the Asian open "at eight o'clock
    # Eastern tonight" 20:00; "next month" 2014-04. Traps: "MONEY WATCH", "S&P 500", "16,381",
    # "40 points", "the closing bell", "the opening bell", "the summer blend" (a fuel grade),
    # "may" (twice), "MAY", "twice since", "1-888-555-0139", "after the break", amounts.
    "gnn-money-watch-corvane-first-quarter": (
        "2014-03-13",
        [
            ("First Quarter", "DATE", "2014-Q1"),
            ("March 13, 2014", "DATE", "2014-03-13"),
            ("17:00 ET", "TIME", "2014-03-13T17:00"),
            ("today", "DATE", "2014-03-13"),
            ("Yesterday", "DATE", "2014-03-12"),
            ("early February", "DATE", "2014-02"),
            ("early next year", "DATE", "2015"),
            ("overnight", "TIME", "2014-03-12TNI"),
            ("this morning", "TIME", "2014-03-13TMO"),
            ("today", "DATE", "2014-03-13"),
            ("this week", "DATE", "2014-W11"),
            ("the start of the year", "DATE", "2014"),
            ("first-quarter", "DATE", "2014-Q1"),
            ("this winter", "DATE", "2014-WI"),
            ("one-day", "DURATION", "P1D"),
            ("more than a decade", "DURATION", "P10Y"),
            ("the 1990s", "DATE", "199"),
            ("now", "DATE", "PRESENT_REF"),
            ("the second half", "DATE", "2014-H2"),
            ("late last year", "DATE", "2013"),
            ("mid-2014", "DATE", "2014"),
            ("the coming months", "DURATION", "PXM"),
            ("quarterly", "SET", "P3M"),
            ("Monday", "DATE", "2014-03-10"),
            ("2008", "DATE", "2008"),
            ("Tuesday", "DATE", "2014-03-18"),
            ("February", "DATE", "2014-02"),
            ("July 2012", "DATE", "2012-07"),
            ("the past two weeks", "DURATION", "P2W"),
            ("A year ago", "DATE", "2013"),
            ("May", "DATE", "2014-05"),
            ("Tomorrow morning", "TIME", "2014-03-14TMO"),
            ("March", "DATE", "2014-03"),
            ("eight o'clock Eastern", "TIME", "2014-03-13T20:00"),
            ("tonight", "TIME", "2014-03-13TNI"),
            ("next month", "DATE", "2014-04"),
        ],
    ),
}


if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv[1:])
