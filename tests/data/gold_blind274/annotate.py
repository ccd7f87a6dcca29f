"""Annotations of the two-hundred-and-seventy-fourth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind274/annotate.py [--show]

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
    # Tuesday 2014-08-05 (ISO week 32), US network evening newscast, programme title, headline
    # ("Months of Detours": "Months" vague DURATION PXM, like "weeks" in gold_blind103), header
    # "Aired August 5, 2014 - 18:30 ET" (DATE and TIME, the zone in the span, gold_blind30,
    # gold_blind46), rush-transcript disclaimer. The barge hit "at about 4:15 this morning"
    # (a clock time and its part of day two TIMEX3, gold_blind30's "4:50 this morning"); "By 7
    # o'clock" is 07:00 of the morning commute the story line fixes; "the afternoon" the
    # inspectors spent is the broadcast day's, 2014-08-05TAF. "the end of the year" 2014 (the
    # year's value, gold_blind35). Past: "Sunday night" 2014-08-03TNI, "April" 2014-04, "Just
    # last week" -> "last week" 2014-W31 ("just" a focus adverb like "as recently as", a signal
    # kept out, see README). Future: "the weekend" 2014-W32-WE (9-10 August), "tomorrow
    # morning" 2014-08-06TMO with "six o'clock" 06:00 that morning, "10 a.m. Wednesday"
    # 2014-08-06T10:00 and the DATE, the sign-off's "tomorrow" 2014-08-06. "until Christmas"
    # 2014-12-25. "Earlier today" one DATE span (gold_blind46, gold_blind48); "a few minutes ago"
    # TIME PAST_REF (gold_blind30); "right now" PRESENT_REF. "this Tuesday" (sign-off) is the
    # broadcast day, like "this Thursday" in gold_blind30. The late edition "later tonight at
    # 11 o'clock, 10 Central": "later tonight" one TIME span with "later" kept (gold_blind48's
    # "later that night"), "11 o'clock" 23:00 Eastern and "10 Central" 22:00, a clock time and
    # its equivalent in another zone two TIMEX3 each keeping its own wall-clock value
    # (gold_blind30, gold_blind46). "every day" SET P1D; "Normally it's 25 minutes" PT25M;
    # "the past three years" P3Y. Not annotated: "HBC EVENING NEWS", "Sunrise at Seven" (a
    # programme title holding a clock time, gold_blind30), "Interstate 64", "Model 2009" and
    # "Model 2011" (product lines, beside "January 2010" and "June 2013"), "1-800-555-0199",
    # "24/7", "ravenahome.com/recall2014", "44" (age), "12-mile", "nine miles", "90,000
    # vehicles", "$40 million", "1.2 million", "212 fires", "six lanes", "Good evening", "Good
    # night", "MAY" (twice), "the impact", "the first commuters", "the first briefing".
    "hbc-evening-news-kessling-bridge-barge": (
        "2014-08-05",
        [
            ("Months", "DURATION", "PXM"),
            ("August 5, 2014", "DATE", "2014-08-05"),
            ("18:30 ET", "TIME", "2014-08-05T18:30"),
            ("Tonight", "TIME", "2014-08-05TNI"),
            ("the end of the year", "DATE", "2014"),
            ("about 4:15", "TIME", "2014-08-05T04:15"),
            ("this morning", "TIME", "2014-08-05TMO"),
            ("early this morning", "TIME", "2014-08-05TMO"),
            ("right now", "DATE", "PRESENT_REF"),
            ("the afternoon", "TIME", "2014-08-05TAF"),
            ("a few minutes ago", "TIME", "PAST_REF"),
            ("at least four months", "DURATION", "P4M"),
            ("Sunday night", "TIME", "2014-08-03TNI"),
            ("about two minutes", "DURATION", "PT2M"),
            ("7 o'clock", "TIME", "2014-08-05T07:00"),
            ("every day", "SET", "P1D"),
            ("almost three hours", "DURATION", "PT3H"),
            ("this morning", "TIME", "2014-08-05TMO"),
            ("25 minutes", "DURATION", "PT25M"),
            ("Christmas", "DATE", "2014-12-25"),
            ("1971", "DATE", "1971"),
            ("April", "DATE", "2014-04"),
            ("last week", "DATE", "2014-W31"),
            ("Earlier today", "DATE", "2014-08-05"),
            ("the weekend", "DATE", "2014-W32-WE"),
            ("tomorrow morning", "TIME", "2014-08-06TMO"),
            ("six o'clock", "TIME", "2014-08-06T06:00"),
            ("this afternoon", "TIME", "2014-08-05TAF"),
            ("10 a.m.", "TIME", "2014-08-06T10:00"),
            ("Wednesday", "DATE", "2014-08-06"),
            ("tonight", "TIME", "2014-08-05TNI"),
            ("today", "DATE", "2014-08-05"),
            ("January 2010", "DATE", "2010-01"),
            ("June 2013", "DATE", "2013-06"),
            ("the past three years", "DURATION", "P3Y"),
            ("this Tuesday", "DATE", "2014-08-05"),
            ("tomorrow", "DATE", "2014-08-06"),
            ("later tonight", "TIME", "2014-08-05TNI"),
            ("11 o'clock", "TIME", "2014-08-05T23:00"),
            ("10 Central", "TIME", "2014-08-05T22:00"),
        ],
    ),
    # Thursday 2013-11-14 (ISO week 46), British national radio's 8 o'clock bulletin in a
    # morning programme, header "News bulletin, Thursday 14 November 2013, 0800 GMT" (one DATE
    # span with its weekday and a TIME, gold_blind48). "It's eight o'clock" and "The time is two
    # minutes past eight" are on-air time checks, 08:00 and 08:02 (the spoken form one span,
    # like "six minutes past one GMT" in gold_blind48); "sport is at twenty-five past eight"
    # 08:25; "half past nine this morning" 09:30 and the part of day (gold_blind76's "half past
    # three"); "the top of the hour" after 08:02 is 09:00 (gold_blind30). The strike: "48 hours
    # from midnight on Sunday" -> "midnight" 2013-11-17T24:00, the midnight that ends Sunday
    # (gold_blind48's "midnight Friday", gold_blind103), and "Sunday"; "until 11.59pm on
    # Tuesday" 2013-11-19T23:59 and the DATE; services "on Monday and Tuesday" 2013-11-18 and
    # 2013-11-19. "last night" 2013-11-13TNI, "yesterday afternoon" 2013-11-13TAF, "after nine
    # hours" PT9H, "over two years" P2Y. The jail term "six years" P6Y; "between 2008 and 2012"
    # two DATEs. "their worst October ... since records began in 2004" -> "October" 2013-10 (the
    # month just reported, "last month" 2013-10 after it) and "2004"; "more than four hours"
    # PT4H. "the first widespread frost of the autumn" -> "the autumn" 2013-FA; "tonight"
    # 2013-11-14TNI; "from Saturday" 2013-11-16 and "during Sunday" 2013-11-17 ahead, while the
    # football's "Saturday's 4-0 defeat" is the past Saturday 2013-11-09 (the same weekday in
    # both directions, gold_blind103). "after 14 months in charge" P14M; "September last year"
    # one span 2012-09 (gold_blind18, gold_blind46). "In the next hour" -> "the next hour" PT1H
    # (gold_blind18); "this year" 2013; "Just last week" -> "last week" 2013-W45. Not annotated:
    # "ALBION RADIO FOUR", "FIRST EDITION", "the union's 24-hour helpline" (gold_blind19's
    # "a 24-hour crisis line"), "0800 555 2013" (a phone number ending in the year of the
    # story), "2.5 per cent", "310,000 pounds", "52" and "51" (ages), "4-0", "bottom of the
    # table", "minus 4C", "one patient in eight", "at least half of her sentence", "since
    # records began" (event), "Later in the programme" (a place in the programme, not a time,
    # like "after the break", gold_blind46), "Good morning", "This is the news".
    "albion-radio-eight-oclock-news-rail-strike": (
        "2013-11-14",
        [
            ("Thursday 14 November 2013", "DATE", "2013-11-14"),
            ("0800 GMT", "TIME", "2013-11-14T08:00"),
            ("eight o'clock", "TIME", "2013-11-14T08:00"),
            ("48 hours", "DURATION", "PT48H"),
            ("midnight", "TIME", "2013-11-17T24:00"),
            ("Sunday", "DATE", "2013-11-17"),
            ("last night", "TIME", "2013-11-13TNI"),
            ("1996", "DATE", "1996"),
            ("11.59pm", "TIME", "2013-11-19T23:59"),
            ("Tuesday", "DATE", "2013-11-19"),
            ("Monday", "DATE", "2013-11-18"),
            ("Tuesday", "DATE", "2013-11-19"),
            ("yesterday afternoon", "TIME", "2013-11-13TAF"),
            ("nine hours", "DURATION", "PT9H"),
            ("two years", "DURATION", "P2Y"),
            ("six years", "DURATION", "P6Y"),
            ("2008", "DATE", "2008"),
            ("2012", "DATE", "2012"),
            ("yesterday", "DATE", "2013-11-13"),
            ("half past nine", "TIME", "2013-11-14T09:30"),
            ("this morning", "TIME", "2013-11-14TMO"),
            ("October", "DATE", "2013-10"),
            ("2004", "DATE", "2004"),
            ("more than four hours", "DURATION", "PT4H"),
            ("last month", "DATE", "2013-10"),
            ("the autumn", "DATE", "2013-FA"),
            ("tonight", "TIME", "2013-11-14TNI"),
            ("Saturday", "DATE", "2013-11-16"),
            ("Sunday", "DATE", "2013-11-17"),
            ("14 months", "DURATION", "P14M"),
            ("Saturday", "DATE", "2013-11-09"),
            ("September last year", "DATE", "2012-09"),
            ("two minutes past eight", "TIME", "2013-11-14T08:02"),
            ("twenty-five past eight", "TIME", "2013-11-14T08:25"),
            ("the next hour", "DURATION", "PT1H"),
            ("this year", "DATE", "2013"),
            ("last week", "DATE", "2013-W45"),
            ("the top of the hour", "TIME", "2013-11-14T09:00"),
        ],
    ),
    # Sunday 2015-10-18 (ISO week 42), US public-radio weekend interview, headline, stamp
    # "October 18, 2015 8:35 AM ET" (DATE and TIME, gold_blind46), "Heard on Sunday Crossroads".
    # "Every fall" and "every autumn" SET XXXX-FA (the season set shape); "This year" 2015;
    # "now" and "right now" PRESENT_REF. Past weekdays: the numbers came "until Monday"
    # 2015-10-12, "On Tuesday" and "numbers like Tuesday's" 2015-10-13; "the day before
    # yesterday" one DATE span 2015-10-16 (the past counterpart of gold_blind30's "the day after
    # tomorrow"). "last year ... in late September" 2014 and 2014-09; "all of August" 2015-08;
    # "a warm September" 2015-09; "This morning at seven o'clock" TIME 2015-10-18TMO and 07:00.
    # "since the late '90s" -> "the late '90s" 199 (gold_blind46's "the '70s", gold_blind103's
    # "the late 1990s"); "Eighteen years" P18Y; "back in 1998" -> "1998" (gold_blind30); "Between
    # 1998 and 2003" two DATEs; "This time last year" one DATE span 2014 (gold_blind46). The
    # count "runs every day from September 1 to October 31, from 9 a.m. to 4 p.m." -> SET P1D,
    # this season's "September 1" 2015-09-01 and "October 31" 2015-10-31, and the daily hours
    # XXXX-XX-XXT09:00 and XXXX-XX-XXT16:00 (gold_blind28, gold_blind48); "Seven days a week"
    # SET P1W (gold_blind46's "six days a week"). Ahead: "about two months" P2M, "early
    # December" 2015-12, "the winter" they sit out 2016-WI (the winter of 2015-16 takes the year
    # of its January, gold_blind10, gold_blind103), "March" 2016-03, "next August" 2016-08,
    # "this afternoon" 2015-10-18TAF, "tomorrow morning" 2015-10-19TMO, "through tomorrow"
    # 2015-10-19, "by Wednesday" 2015-10-21, "over for 2015" 2015; "today" 2015-10-18; the time
    # check "It's 8:41" 08:41 and "the top of the hour" 09:00. Not annotated: "Sunday
    # Crossroads" (twice, a Sunday programme on a Sunday), "WCAR", "Good morning" (twice),
    # "those years" (anaphoric), "about 90 monarchs an hour" (a rate), "4,100", "22", "31",
    # "hundreds", "about 40 volunteers", "24" and "at 60" (ages), "1-877-555-1998" (a phone
    # number ending in 1998, in a story with "1998" three times), "rain or shine", "After that".
    "sunday-crossroads-monarch-count-interview": (
        "2015-10-18",
        [
            ("October 18, 2015", "DATE", "2015-10-18"),
            ("8:35 AM ET", "TIME", "2015-10-18T08:35"),
            ("Every fall", "SET", "XXXX-FA"),
            ("This year", "DATE", "2015"),
            ("every autumn", "SET", "XXXX-FA"),
            ("1998", "DATE", "1998"),
            ("now", "DATE", "PRESENT_REF"),
            ("last year", "DATE", "2014"),
            ("late September", "DATE", "2014-09"),
            ("Monday", "DATE", "2015-10-12"),
            ("Tuesday", "DATE", "2015-10-13"),
            ("three hours", "DURATION", "PT3H"),
            ("August", "DATE", "2015-08"),
            ("September", "DATE", "2015-09"),
            ("the day before yesterday", "DATE", "2015-10-16"),
            ("This morning", "TIME", "2015-10-18TMO"),
            ("seven o'clock", "TIME", "2015-10-18T07:00"),
            ("the late '90s", "DATE", "199"),
            ("Eighteen years", "DURATION", "P18Y"),
            ("1998", "DATE", "1998"),
            ("1998", "DATE", "1998"),
            ("2003", "DATE", "2003"),
            ("2004", "DATE", "2004"),
            ("This time last year", "DATE", "2014"),
            ("Tuesday", "DATE", "2015-10-13"),
            ("every day", "SET", "P1D"),
            ("September 1", "DATE", "2015-09-01"),
            ("October 31", "DATE", "2015-10-31"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("4 p.m.", "TIME", "XXXX-XX-XXT16:00"),
            ("Seven days a week", "SET", "P1W"),
            ("right now", "DATE", "PRESENT_REF"),
            ("about two months", "DURATION", "P2M"),
            ("early December", "DATE", "2015-12"),
            ("the winter", "DATE", "2016-WI"),
            ("March", "DATE", "2016-03"),
            ("next August", "DATE", "2016-08"),
            ("this afternoon", "TIME", "2015-10-18TAF"),
            ("tomorrow morning", "TIME", "2015-10-19TMO"),
            ("tomorrow", "DATE", "2015-10-19"),
            ("Wednesday", "DATE", "2015-10-21"),
            ("2015", "DATE", "2015"),
            ("today", "DATE", "2015-10-18"),
            ("8:41", "TIME", "2015-10-18T08:41"),
            ("the top of the hour", "TIME", "2015-10-18T09:00"),
        ],
    ),
    # Friday 2012-10-19 (ISO week 42), cable-news morning show with two anchors, a live
    # correspondent and a meteorologist, programme title "MNN DAYBREAK" (a title naming a time
    # of day, not annotated), headline ("Drawing Tonight" -> "Tonight" 2012-10-19TNI), header
    # "Aired October 19, 2012 - 06:00 ET", rush-transcript disclaimer. "It's Friday, October
    # 19th" one DATE span (gold_blind46); "It is 6 o'clock on the East Coast" -> "6 o'clock"
    # 06:00, the place phrase kept out (gold_blind46's "ten o'clock here on the East Coast").
    # The drawing "tonight at 11 p.m. Eastern" 23:00; sales close "at 10:45 tonight" 22:45, "15
    # minutes before the drawing" PT15M (an anchored duration, gold_blind35); the line formed
    # "around 5 o'clock" 05:00 of this morning, "about an hour before the doors opened" PT1H.
    # "since August 14" 2012-08-14 (a Tuesday drawing; 18 drawings since, a count not
    # annotated); "yesterday" 2012-10-18; "last month" 2012-09. "every Tuesday and Friday" ->
    # "every Tuesday" XXXX-WXX-2 and "Friday" XXXX-WXX-5, two SETs (gold_blind22); "since 1994".
    # "another 30 years" P30Y with "another" kept (gold_blind66's "another five years"); "paid
    # over 29 years, once a year" P29Y and SET P1Y. Next drawing "Tuesday" 2012-10-23. Weather:
    # "the weekend" and "The weekend itself" 2012-W42-WE (20-21 October), "this afternoon",
    # "this evening", "tomorrow morning" 2012-10-20TMO, "Saturday" 2012-10-20, "Sunday"
    # 2012-10-21, "early next week" 2012-W43. "the game's 16-year history" -> "16-year" P16Y
    # (adjectival duration); "every year since 2002" SET P1Y and DATE; "third-quarter" 2012-Q3
    # (a company whose fiscal year is not described, gold_blind46's "first-quarter"); "In the
    # next hour" -> "the next hour" PT1H; "in 2009"; the time check "It's 6:12" 06:12. Not
    # annotated: "MNN DAYBREAK" (twice), "Thanks for starting your day with us" (a greeting),
    # "9/11" (an event's name, gold_blind61), "the opening bell", "Coming up after the break",
    # "(COMMERCIAL BREAK)", the lottery numbers "4, 11, 19, 23 and 30" and "8" (the "19" on the
    # 19th), "a run of 18 drawings", "$410 million", "one in 175 million", "half a billion
    # dollars", "a million dollars", "110 flights of stairs", "71" (age), "20 degrees", "the
    # 50s" (temperatures), "MAY" (twice), "the lump sum", "the next drawing" (beyond "Tuesday").
    "mnn-daybreak-star-millions-jackpot": (
        "2012-10-19",
        [
            ("Tonight", "TIME", "2012-10-19TNI"),
            ("October 19, 2012", "DATE", "2012-10-19"),
            ("06:00 ET", "TIME", "2012-10-19T06:00"),
            ("Friday, October 19th", "DATE", "2012-10-19"),
            ("6 o'clock", "TIME", "2012-10-19T06:00"),
            ("this morning", "TIME", "2012-10-19TMO"),
            ("16-year", "DURATION", "P16Y"),
            ("tonight", "TIME", "2012-10-19TNI"),
            ("11 p.m. Eastern", "TIME", "2012-10-19T23:00"),
            ("August 14", "DATE", "2012-08-14"),
            ("around 5 o'clock", "TIME", "2012-10-19T05:00"),
            ("about an hour", "DURATION", "PT1H"),
            ("yesterday", "DATE", "2012-10-18"),
            ("last month", "DATE", "2012-09"),
            ("10:45", "TIME", "2012-10-19T22:45"),
            ("tonight", "TIME", "2012-10-19TNI"),
            ("15 minutes", "DURATION", "PT15M"),
            ("every Tuesday", "SET", "XXXX-WXX-2"),
            ("Friday", "SET", "XXXX-WXX-5"),
            ("1994", "DATE", "1994"),
            ("another 30 years", "DURATION", "P30Y"),
            ("tonight", "TIME", "2012-10-19TNI"),
            ("Tuesday", "DATE", "2012-10-23"),
            ("29 years", "DURATION", "P29Y"),
            ("once a year", "SET", "P1Y"),
            ("the weekend", "DATE", "2012-W42-WE"),
            ("this afternoon", "TIME", "2012-10-19TAF"),
            ("this evening", "TIME", "2012-10-19TEV"),
            ("tomorrow morning", "TIME", "2012-10-20TMO"),
            ("The weekend", "DATE", "2012-W42-WE"),
            ("Saturday", "DATE", "2012-10-20"),
            ("Sunday", "DATE", "2012-10-21"),
            ("early next week", "DATE", "2012-W43"),
            ("every year", "SET", "P1Y"),
            ("2002", "DATE", "2002"),
            ("third-quarter", "DATE", "2012-Q3"),
            ("the next hour", "DURATION", "PT1H"),
            ("2009", "DATE", "2009"),
            ("6:12", "TIME", "2012-10-19T06:12"),
        ],
    ),
    # Wednesday 2015-01-21 (ISO week 4), a Minnesota TV station's 6 p.m. script posted on its
    # website, programme label "KVRN 7 News at Six" (not annotated), headline, stamps "Posted:
    # Jan 21, 2015 6:14 PM CST" and "Updated: Jan 21, 2015 7:02 PM CST" (DATEs and TIMEs, the
    # zone in the span, gold_blind103), byline, "ORLEN FALLS, Minn. (KVRN) -" dateline, script
    # cues "(ANCHOR ON CAM)", "(LIVE)", "(VO)", "(SOT ...)". "our 6 p.m. story" 18:00 of the
    # day. The fire: the call "at 4:38 this morning" 04:38 and TMO, "early this morning" TMO,
    # "by 8 o'clock" 08:00 (the morning the story line fixes), "since before 6 a.m." 06:00,
    # "until a little after 9 a.m." -> "9 a.m." ("a little after" a signal, gold_blind30),
    # "almost 14 hours after the first call" PT14H (an anchored duration). The rink "closed at
    # 10 o'clock last night" -> 2015-01-20T22:00 and "last night" 2015-01-20TNI; "overnight"
    # in the chief's clip the same night, 2015-01-20TNI (gold_blind48). "its weekly teen skate"
    # -> "weekly" SET P1W (gold_blind46's "our weekly visit"); "every Thursday night" SET
    # XXXX-WXX-4TNI (gold_blind10's "Friday afternoons"). "opened in 1952", "since 1979", "for
    # 41 years" P41Y; "booked for Saturday" 2015-01-24 ahead; "this year" 2015. "the second fire
    # ... in two weeks" P2W (the period of an "Nth in", gold_blind103); "January 8" 2015-01-08
    # and "that evening" after it, a narrative anchor on that day, 2015-01-08TEV (like "that
    # night" in gold_blind48); "tomorrow" and "Tomorrow" 2015-01-22; "several weeks" PXW;
    # "about 3:30 this afternoon" 15:30 and TAF. Weather: "tonight" TNI, "Friday night"
    # 2015-01-23TNI, "Saturday morning" 2015-01-24TMO, "this winter" 2015-WI (the winter of
    # 2014-15 takes the year of its January, gold_blind46), "early next week" 2015-W05; sports
    # "last night" 2015-01-20TNI. Not annotated: "KVRN 7 News at Six", "7 News" (three
    # times), "KVRN", "Highway 9" (twice), "kvrn7.com/starlight1952" (a URL holding 1952,
    # beside "opened in 1952"), "67" (age), "about 40 firefighters", "five departments", "4
    # below", "18", "3 to 5 inches", "74-70", "at the buzzer", "so far", "the age of that
    # building", "the first call", "Sports is next", "Stay with us".
    "kvrn-7-news-at-six-skateland-fire": (
        "2015-01-21",
        [
            ("Jan 21, 2015", "DATE", "2015-01-21"),
            ("6:14 PM CST", "TIME", "2015-01-21T18:14"),
            ("Jan 21, 2015", "DATE", "2015-01-21"),
            ("7:02 PM CST", "TIME", "2015-01-21T19:02"),
            ("6 p.m.", "TIME", "2015-01-21T18:00"),
            ("tonight", "TIME", "2015-01-21TNI"),
            ("early this morning", "TIME", "2015-01-21TMO"),
            ("8 o'clock", "TIME", "2015-01-21T08:00"),
            ("6 a.m.", "TIME", "2015-01-21T06:00"),
            ("almost 14 hours", "DURATION", "PT14H"),
            ("4:38", "TIME", "2015-01-21T04:38"),
            ("this morning", "TIME", "2015-01-21TMO"),
            ("9 a.m.", "TIME", "2015-01-21T09:00"),
            ("10 o'clock", "TIME", "2015-01-20T22:00"),
            ("last night", "TIME", "2015-01-20TNI"),
            ("weekly", "SET", "P1W"),
            ("overnight", "TIME", "2015-01-20TNI"),
            ("1952", "DATE", "1952"),
            ("1979", "DATE", "1979"),
            ("41 years", "DURATION", "P41Y"),
            ("Saturday", "DATE", "2015-01-24"),
            ("every Thursday night", "SET", "XXXX-WXX-4TNI"),
            ("this year", "DATE", "2015"),
            ("two weeks", "DURATION", "P2W"),
            ("January 8", "DATE", "2015-01-08"),
            ("that evening", "TIME", "2015-01-08TEV"),
            ("tomorrow", "DATE", "2015-01-22"),
            ("several weeks", "DURATION", "PXW"),
            ("about 3:30", "TIME", "2015-01-21T15:30"),
            ("this afternoon", "TIME", "2015-01-21TAF"),
            ("tonight", "TIME", "2015-01-21TNI"),
            ("Tomorrow", "DATE", "2015-01-22"),
            ("Friday night", "TIME", "2015-01-23TNI"),
            ("Saturday morning", "TIME", "2015-01-24TMO"),
            ("this winter", "DATE", "2015-WI"),
            ("early next week", "DATE", "2015-W05"),
            ("last night", "TIME", "2015-01-20TNI"),
        ],
    ),
    # Monday 2013-05-27 (ISO week 22), Australian national radio's early-evening current-affairs
    # programme, title "THE EVENING REPORT" (not annotated), headline, header "THE EVENING REPORT
    # - Monday, 27 May, 2013  18:20:00" (one DATE span with its weekday and a TIME to the second,
    # like "06:12:00" in gold_blind22), "Reporter:" line, presenter, reporter and recorded
    # speakers. The Australian financial year runs July-June and is named by the year it ends
    # (gold_blind9, gold_blind21): "the end of the financial year" FY2013 (the year's value,
    # like "the end of FY26" in gold_blind17), "the 2011-12 financial year" one span FY2012,
    # "last financial year" FY2012; "the nine months to March" P9M and "March" 2013-03
    # (gold_blind30's "the three months that ended March 31"). "from the first of July" -> "the
    # first of July" one DATE span 2013-07-01, the ordinal day, "of" and the month naming one
    # day (gold_blind46's "this 16th day of November, 2012"); "Sunday the 30th of June"
    # 2013-06-30 and "Monday the 10th of June" 2013-06-10 one span each with the weekday
    # (gold_blind48's "Saturday the 26th"); "the Queen's Birthday holiday" 2013-06-10 with its
    # determiner (gold_blind9), the second Monday of June in New South Wales. The service "For
    # 22 years ... once a day, leaving at 6.40am and returning at 7.15pm" -> P22Y, SET P1D and
    # the timetable's hours XXXX-XX-XXT06:40 and XXXX-XX-XXT19:15. "on Friday afternoon" (twice)
    # 2013-05-24TAF; "five weeks before the last flight" P5W; "the next day" after it, one DATE
    # span anchored on the narrative's last date, Saturday 2013-05-25 (like "The next morning"
    # in gold_blind46 and "two days later" in gold_blind103); "every week" SET P1W; "now"
    # PRESENT_REF; "nine hours" PT9H; "almost four hours" PT4H; "in 2009"; "next month"
    # 2013-06; "every fortnight" SET P2W (gold_blind21) "since October last year" 2012-10 (one
    # span, gold_blind18); "on Tuesday mornings" SET XXXX-WXX-2TMO; "From July" 2013-07; "two
    # days" P2D; "this winter" the southern winter of 2013, 2013-WI (valued in the year it falls
    # in, gold_blind9); "for days at a time" -> "days" PXD; "on Thursday" 2013-05-30; "over the
    # weekend" just gone -> "the weekend" 2013-W21-WE; "by September" 2013-09; the time check
    # "It's 6.25" 18:25, "the news at half past six" 18:30, "tonight on television" TNI. Not
    # annotated: "THE EVENING REPORT" (twice), "The 7.30 Edition" (a programme title holding a
    # clock time), "savewirralongflights.com.au/2013", "19-seat", "19", "six people", "9,000",
    # "450 kilometres", "18 per cent", "11 per cent", "$1.4 million", "4,000 names", "74" (age),
    # "since then" (anaphoric), "the last flight", "each trip", "the Reserve Bank".
    "evening-report-wirralong-air-service-axed": (
        "2013-05-27",
        [
            ("Monday, 27 May, 2013", "DATE", "2013-05-27"),
            ("18:20:00", "TIME", "2013-05-27T18:20:00"),
            ("the first of July", "DATE", "2013-07-01"),
            ("almost four hours", "DURATION", "PT4H"),
            ("the end of the financial year", "DATE", "FY2013"),
            ("22 years", "DURATION", "P22Y"),
            ("once a day", "SET", "P1D"),
            ("6.40am", "TIME", "XXXX-XX-XXT06:40"),
            ("7.15pm", "TIME", "XXXX-XX-XXT19:15"),
            ("Friday afternoon", "TIME", "2013-05-24TAF"),
            ("Friday afternoon", "TIME", "2013-05-24TAF"),
            ("five weeks", "DURATION", "P5W"),
            ("the next day", "DATE", "2013-05-25"),
            ("every week", "SET", "P1W"),
            ("now", "DATE", "PRESENT_REF"),
            ("nine hours", "DURATION", "PT9H"),
            ("the 2011-12 financial year", "DATE", "FY2012"),
            ("the nine months", "DURATION", "P9M"),
            ("March", "DATE", "2013-03"),
            ("last financial year", "DATE", "FY2012"),
            ("2009", "DATE", "2009"),
            ("next month", "DATE", "2013-06"),
            ("every fortnight", "SET", "P2W"),
            ("October last year", "DATE", "2012-10"),
            ("Tuesday mornings", "SET", "XXXX-WXX-2TMO"),
            ("July", "DATE", "2013-07"),
            ("two days", "DURATION", "P2D"),
            ("this winter", "DATE", "2013-WI"),
            ("days", "DURATION", "PXD"),
            ("Sunday the 30th of June", "DATE", "2013-06-30"),
            ("the Queen's Birthday holiday", "DATE", "2013-06-10"),
            ("Monday the 10th of June", "DATE", "2013-06-10"),
            ("Thursday", "DATE", "2013-05-30"),
            ("the weekend", "DATE", "2013-W21-WE"),
            ("September", "DATE", "2013-09"),
            ("6.25", "TIME", "2013-05-27T18:25"),
            ("half past six", "TIME", "2013-05-27T18:30"),
            ("tonight", "TIME", "2013-05-27TNI"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
