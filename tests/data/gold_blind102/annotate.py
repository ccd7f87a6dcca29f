"""Annotations of the hundred-and-second blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind102/annotate.py [--show]

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
    # Wednesday 2015-05-06 (ISO week 19), British local paper's website, restaurant reopening
    # story, headline, byline, "Published: Wednesday 6 May 2015" stamp. The reopening "on
    # Tuesday" (headline) is "Tuesday 12 May", 2015-05-12; "said yesterday" 2015-05-05 and
    # "by last night" the night just gone, 2015-05-05TNI (gold_blind35); "Bookings opened on
    # Monday" past, 2015-05-04; the soft launch "planned for Saturday evening" ahead,
    # 2015-05-09TEV. "closed ... since January" 2015-01, the closing day "4 January"
    # 2015-01-04; "its busiest December in eight years" -> "December" 2014-12 (the adjective
    # out, gold_blind80) and "eight years" DURATION, the period of a superlative
    # (gold_blind28). "four-month" adjectival DURATION P4M; "mid-2014" and "late last year"
    # the year 2014 (gold_blind76); "last year" 2014 and "a year earlier" 2013 (gold_blind35);
    # "the first increase in more than three years" P3Y (period of a "first in"). Opening
    # hours recur on no particular day: "noon", "3pm", "6pm", "10.30pm", "9am" are
    # XXXX-XX-XXThh:mm (gold_blind64, gold_blind76); "until midnight on Fridays and
    # Saturdays" is the midnight that ends each of those days, XXXX-XX-XXT24:00 (see README);
    # the range "Tuesday to Saturday" gives a SET for each end, XXXX-WXX-2 and XXXX-WXX-6
    # (gold_blind76); "weekends" SET XXXX-WXX-WE (gold_blind7, gold_blind13); "Fridays",
    # "Saturdays", "Mondays" SETs; "a fortnight's break every summer" -> "a fortnight" P2W
    # (the possessive out) and "every summer" XXXX-SU (gold_blind62). "recent weeks"
    # PAST_REF, "Now" PRESENT_REF. Not annotated: "the Sunday roast" (a dish named after a
    # day, pointing at no Sunday, like "a Sunday boat" in gold_blind76; see README), "the
    # 1920 Bar" (a name; the year is annotated in "dates from 1920" just before it),
    # "restaurant of the year" (a title, gold_blind80), "the Harbour Sunday Post" (a paper),
    # "Four Lanes" (a place), "table 1", "60-cover", "24-seat", "400 covers", "£19.50",
    # "31,000", "26,000", "8 per cent", "22 staff", the age "41", the phone number, "ever
    # since" (anaphoric), "the closure", "the first to go".
    "linden-table-reopens": (
        "2015-05-06",
        [
            ("Tuesday", "DATE", "2015-05-12"),
            ("four-month", "DURATION", "P4M"),
            ("Wednesday 6 May 2015", "DATE", "2015-05-06"),
            ("January", "DATE", "2015-01"),
            ("Tuesday 12 May", "DATE", "2015-05-12"),
            ("yesterday", "DATE", "2015-05-05"),
            ("4 January", "DATE", "2015-01-04"),
            ("December", "DATE", "2014-12"),
            ("eight years", "DURATION", "P8Y"),
            ("mid-2014", "DATE", "2014"),
            ("six weeks", "DURATION", "P6W"),
            ("1998", "DATE", "1998"),
            ("1920", "DATE", "1920"),
            ("midnight", "TIME", "XXXX-XX-XXT24:00"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("3pm", "TIME", "XXXX-XX-XXT15:00"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("10.30pm", "TIME", "XXXX-XX-XXT22:30"),
            ("Tuesday", "SET", "XXXX-WXX-2"),
            ("Saturday", "SET", "XXXX-WXX-6"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("2006", "DATE", "2006"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("Saturday evening", "TIME", "2015-05-09TEV"),
            ("Monday", "DATE", "2015-05-04"),
            ("last night", "TIME", "2015-05-05TNI"),
            ("2012", "DATE", "2012"),
            ("last year", "DATE", "2014"),
            ("a year earlier", "DATE", "2013"),
            ("more than three years", "DURATION", "P3Y"),
            ("a fortnight", "DURATION", "P2W"),
            ("every summer", "SET", "XXXX-SU"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("Now", "DATE", "PRESENT_REF"),
            ("late last year", "DATE", "2014"),
        ],
    ),
    # Saturday 2013-04-13 (ISO week 15), New Zealand Saturday paper's seasonal food column,
    # headline, standfirst, date line "Saturday 13 April 2013". Southern-hemisphere seasons
    # as in gold_blind83 (gold_blind9, gold_blind17): autumn is March-May, so "this autumn"
    # (standfirst), "Autumn came" are 2013-FA; the summer just gone (December 2012-February
    # 2013) takes the year of its January, "a long dry summer" and "The long dry summer" ->
    # "summer" 2013-SU (article and adjectives out, gold_blind83); the market "closes for the
    # winter" -> "the winter" June-August 2013, 2013-WI (gold_blind76). "the first feijoas of
    # the year" -> "the year" 2013 (gold_blind64, gold_blind83). The bag came "on Wednesday"
    # 2013-04-10 (past); "Last year that bag turned up on 31 March" 2012 and 2012-03-31 (the
    # clause's year); "ten days behind" is the size of a delay, P10D (gold_blind83's "three
    # weeks late"); "two days later" is on the story's line, after this year's Wednesday,
    # 2013-04-12 (gold_blind76). "for weeks" -> "weeks" PXW (gold_blind35). "until the first
    # hard frosts in June" 2013-06 ahead. Picking "on Monday" 2013-04-15 (future); Anzac Day
    # 2013-04-25. "every Saturday from 8am to noon" SET and two clock times on no particular
    # day; Queen's Birthday is the first Monday of June, 2013-06-03, and its weekend the ISO
    # weekend before it, 2013-W22-WE; "Labour Weekend" (planting, past) is the weekend before
    # Labour Day, the fourth Monday of October 2012 (22 October), 2012-W42-WE (holiday
    # weekends as in gold_blind57, gold_blind76). "overnight in the bottom of a wood stove" is
    # a recipe instruction for no particular night, XXXX-XX-XXTNI (gold_blind83); "a cold snap
    # is forecast for Tuesday night" 2013-04-16TNI. Daylight saving ended on the first Sunday
    # of April, "at 3am NZDT last Sunday" -> "3am NZDT" 2013-04-07T03:00 (the zone in the
    # span, gold_blind28) and "last Sunday" 2013-04-07, the Sunday of the past week. "Next
    # week:" 2013-W16. Not annotated: "the Saturday growers' market" (a kind of market named
    # after a day, gold_blind76), "Anzac biscuits" (a biscuit named after the day), "the
    # first cold morning", "the first hard frosts", "the first cold nights" (events), "It is
    # the season" (no calendar value), "150C", "$4 a kilo", "a couple".
    "feijoa-quince-autumn-column": (
        "2013-04-13",
        [
            ("the year", "DATE", "2013"),
            ("summer", "DATE", "2013-SU"),
            ("this autumn", "DATE", "2013-FA"),
            ("Saturday 13 April 2013", "DATE", "2013-04-13"),
            ("Autumn", "DATE", "2013-FA"),
            ("Wednesday", "DATE", "2013-04-10"),
            ("Last year", "DATE", "2012"),
            ("31 March", "DATE", "2012-03-31"),
            ("this year", "DATE", "2013"),
            ("ten days", "DURATION", "P10D"),
            ("two days later", "DATE", "2013-04-12"),
            ("summer", "DATE", "2013-SU"),
            ("weeks", "DURATION", "PXW"),
            ("about eight weeks", "DURATION", "P8W"),
            ("June", "DATE", "2013-06"),
            ("every autumn", "SET", "XXXX-FA"),
            ("the 1980s", "DATE", "198"),
            ("1994", "DATE", "1994"),
            ("Monday", "DATE", "2013-04-15"),
            ("Anzac Day", "DATE", "2013-04-25"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("Queen's Birthday weekend", "DATE", "2013-W22-WE"),
            ("the winter", "DATE", "2013-WI"),
            ("three hours", "DURATION", "PT3H"),
            ("overnight", "TIME", "XXXX-XX-XXTNI"),
            ("Labour Weekend", "DATE", "2012-W42-WE"),
            ("Tuesday night", "TIME", "2013-04-16TNI"),
            ("90 minutes", "DURATION", "PT90M"),
            ("up to a year", "DURATION", "P1Y"),
            ("3am NZDT", "TIME", "2013-04-07T03:00"),
            ("last Sunday", "DATE", "2013-04-07"),
            ("now", "DATE", "PRESENT_REF"),
            ("Next week", "DATE", "2013-W16"),
        ],
    ),
    # Tuesday 2014-03-04 (ISO week 10), Australian regional paper's vintage story, headline,
    # byline, date line "Tuesday 4 March 2014". Southern seasons (gold_blind83): the summer
    # just ended (December 2013-February 2014) is 2014-SU; autumn began on 1 March, 2014-FA;
    # "over the winter" ahead is June-August 2014, "the winter" 2014-WI; "next spring" said in
    # March is the coming September-November, 2014-SP. "began a week earlier than usual" is
    # the size of a shift, P1W (gold_blind76). Vintage years are DATEs (gold_blind80,
    # gold_blind83): "the 2014 vintage" -> "2014", "The 2013 vintage" -> "2013", "the 2012
    # Reserve Shiraz" -> "2012" (the year the grapes grew); "Founders 1888" is a wine named
    # after the planting year and is not annotated (its year is, in "planted in 1888"), like
    # "Cuvée 1887" in gold_blind80. Easter 2014 is Sunday 2014-04-20. "Monday 3 February" one
    # span; "picked on Saturday" 2014-03-01 and "since Sunday" 2014-03-02 (past); the
    # association "said on Friday" 2014-02-28 (past), its meeting "on Thursday" 2014-03-06 and
    # the rain "on Friday night" 2014-03-07TNI (future). "When I started here in 1996, we
    # picked shiraz in April" -> "April" 1996-04, framed by the clause's year (gold_blind83).
    # "four consecutive days" P4D; "mid-January" 2014-01; night picking "from 10pm to 6am"
    # and "every night" recur on no particular day (gold_blind28's curfew). "below last
    # year's" -> "last year" 2013 (possessive out); "a year earlier" after "The 2013 vintage"
    # 2012, and after "the last quarter of 2013" (one span, like "the second half of 1991")
    # 2012-Q4 (gold_blind35). "18 months" in oak P18M; "in May" ahead 2014-05; "the first
    # rain in more than six weeks" P6W, the period of a "first in". Not annotated: "around the
    # clock" (gold_blind35), "the coming season" (a growing season, gold_blind76), "the
    # harvest", "40C", "15 per cent", "14.5 per cent" (alcohol), "750ml", "magnum", "$45 a
    # bottle", "6 per cent", "40 member wineries", the age "47", "A late downpour".
    "marrabool-valley-early-vintage": (
        "2014-03-04",
        [
            ("Tuesday 4 March 2014", "DATE", "2014-03-04"),
            ("a week", "DURATION", "P1W"),
            ("this year", "DATE", "2014"),
            ("summer", "DATE", "2014-SU"),
            ("2014", "DATE", "2014"),
            ("Easter", "DATE", "2014-04-20"),
            ("Monday 3 February", "DATE", "2014-02-03"),
            ("Saturday", "DATE", "2014-03-01"),
            ("Sunday", "DATE", "2014-03-02"),
            ("1996", "DATE", "1996"),
            ("April", "DATE", "1996-04"),
            ("Now", "DATE", "PRESENT_REF"),
            ("autumn", "DATE", "2014-FA"),
            ("four consecutive days", "DURATION", "P4D"),
            ("mid-January", "DATE", "2014-01"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("10 February", "DATE", "2014-02-10"),
            ("last year", "DATE", "2013"),
            ("2013", "DATE", "2013"),
            ("2008", "DATE", "2008"),
            ("a year earlier", "DATE", "2012"),
            ("the winter", "DATE", "2014-WI"),
            ("next spring", "DATE", "2014-SP"),
            ("18 months", "DURATION", "P18M"),
            ("2012", "DATE", "2012"),
            ("May", "DATE", "2014-05"),
            ("1888", "DATE", "1888"),
            ("the last quarter of 2013", "DATE", "2013-Q4"),
            ("a year earlier", "DATE", "2012-Q4"),
            ("Friday", "DATE", "2014-02-28"),
            ("Thursday", "DATE", "2014-03-06"),
            ("more than six weeks", "DURATION", "P6W"),
            ("Friday night", "TIME", "2014-03-07TNI"),
        ],
    ),
    # Thursday 2014-06-05 (ISO week 23), British local paper's licensing story, headline,
    # byline, date line "Thursday 5 June 2014". The committee agreed "on Tuesday night",
    # 2014-06-03TNI; the trade association "said on Monday" 2014-06-02 (past). The extension
    # runs "from Thursday 12 June to Sunday 13 July" (two DATEs with their weekdays). Closing
    # and kick-off hours recur on many nights and take no date: "1am" (headline and lead),
    # "10pm", "11pm BST" (the zone in the span), "11pm", "midnight" (the end of each Friday
    # and Saturday, XXXX-XX-XXT24:00, see README), "a 2am licence" -> "2am" (the closing hour
    # the licence names, see README), "last orders by 12.30am" -> "12.30am", the beer garden
    # "from noon on match days" -> "noon". "from Sunday to Thursday" in a statement of hours
    # gives a SET for each end (gold_blind76); "Fridays", "Saturdays" SETs; "every weekend"
    # XXXX-WXX-WE. "currently" PRESENT_REF. "three-hour", "month-long" and "28-day" are
    # adjectival DURATIONs. "for the summer" ahead 2014-SU; "Last summer a wet July" 2013-SU
    # and "July" 2013-07 (adjective out); "the best news we've had in years" -> "years" PXY,
    # the period of a superlative; "the first time in a decade" -> "a decade" P10Y. "since
    # Christmas" 2013-12-25; "the second half of 2013" 2013-H2; "23 May" past, "22 July"
    # ahead; "March 2013" one span; "every three years" SET P3Y. Not annotated: "on nights
    # when a World Cup match ends after 10pm" beyond "10pm" (nights named by an event),
    # "match days" (days named by an event, no calendar value), "the World Cup", "the
    # tournament", "the final", "half-time", "the March Hare" (a pub; no month March is
    # annotated in this text), "the Corn Exchange", "5-2" (a vote), "38 pubs", "41
    # alcohol-related incidents", "14 objections", "four extra staff", the age "72".
    "wexbury-pubs-world-cup-hours": (
        "2014-06-05",
        [
            ("1am", "TIME", "XXXX-XX-XXT01:00"),
            ("Thursday 5 June 2014", "DATE", "2014-06-05"),
            ("1am", "TIME", "XXXX-XX-XXT01:00"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("Tuesday night", "TIME", "2014-06-03TNI"),
            ("Thursday 12 June", "DATE", "2014-06-12"),
            ("Sunday 13 July", "DATE", "2014-07-13"),
            ("11pm BST", "TIME", "XXXX-XX-XXT23:00"),
            ("currently", "DATE", "PRESENT_REF"),
            ("11pm", "TIME", "XXXX-XX-XXT23:00"),
            ("Sunday", "SET", "XXXX-WXX-7"),
            ("Thursday", "SET", "XXXX-WXX-4"),
            ("midnight", "TIME", "XXXX-XX-XXT24:00"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("2am", "TIME", "XXXX-XX-XXT02:00"),
            ("2009", "DATE", "2009"),
            ("three-hour", "DURATION", "PT3H"),
            ("12.30am", "TIME", "XXXX-XX-XXT00:30"),
            ("2010", "DATE", "2010"),
            ("month-long", "DURATION", "P1M"),
            ("the summer", "DATE", "2014-SU"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("Last summer", "DATE", "2013-SU"),
            ("July", "DATE", "2013-07"),
            ("years", "DURATION", "PXY"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("2011", "DATE", "2011"),
            ("28-day", "DURATION", "P28D"),
            ("23 May", "DATE", "2014-05-23"),
            ("the second half of 2013", "DATE", "2013-H2"),
            ("a decade", "DURATION", "P10Y"),
            ("Monday", "DATE", "2014-06-02"),
            ("Christmas", "DATE", "2013-12-25"),
            ("22 July", "DATE", "2014-07-22"),
            ("March 2013", "DATE", "2013-03"),
            ("every three years", "SET", "P3Y"),
        ],
    ),
    # Friday 2012-09-21 (ISO week 38), US local paper's festival and market story, headline
    # ("this weekend" 2012-W38-WE, gold_blind76), byline "Staff Writer", date line "Friday,
    # September 21, 2012", "MILLBROOK —" dateline. The festival opens Saturday 2012-09-22 and
    # runs "from 10 a.m. to 6 p.m. Saturday and from 11 a.m. to 5 p.m. Sunday" (each clock time
    # on its day, and each day a DATE of its own, gold_blind28); pie entries "by noon Sunday"
    # and judging "at 2 p.m." on that Sunday, 2012-09-23; the cider tasting "from 4 p.m. to 6
    # p.m. Saturday". Tickets "went on sale Monday" 2012-09-17 and had sold "by Wednesday
    # night" 2012-09-19TNI (past). "The third annual" -> "annual" SET P1Y (gold_blind64),
    # "third" a count; "last year" and "Last year's winner" 2011; the market "has run every
    # Saturday from 8 a.m. to 1 p.m. since May" -> SET XXXX-WXX-6, two clock times on no
    # particular day (gold_blind64) and "May" 2012-05; it "closes for the season on Oct. 27"
    # 2012-10-27 ahead. "the 1920s" 192; "This summer's drought" -> "This summer" 2012-SU;
    # "picking started two weeks early" P2W (size of a shift); "Aug. 20" past, "mid-October"
    # ahead 2012-10; "Earlier this month" 2012-09 (gold_blind35); "the next three years" P3Y;
    # "every 20 minutes" SET PT20M; "Sunday afternoon" 2012-09-23TAF. Not annotated: "third",
    # "for the first time", "the season" (a market season, gold_blind76), "the Old 1812 Cider
    # House" (a name), "the date carved over its barn door" (no date given), "Route 9",
    # the oven's "375 degrees" (beside "55 minutes", annotated), "$15", "5.5 to 8
    # percent" (alcohol), "64 vendors", "8,000", "5,500", "3,000", "12 growers", "47", "more
    # than 300", "about a third", the age "68", "555-0172", "millbrookapplefest.org/2012".
    "millbrook-apple-cider-festival": (
        "2012-09-21",
        [
            ("this weekend", "DATE", "2012-W38-WE"),
            ("Friday, September 21, 2012", "DATE", "2012-09-21"),
            ("annual", "SET", "P1Y"),
            ("Saturday", "DATE", "2012-09-22"),
            ("10 a.m.", "TIME", "2012-09-22T10:00"),
            ("6 p.m.", "TIME", "2012-09-22T18:00"),
            ("Saturday", "DATE", "2012-09-22"),
            ("11 a.m.", "TIME", "2012-09-23T11:00"),
            ("5 p.m.", "TIME", "2012-09-23T17:00"),
            ("Sunday", "DATE", "2012-09-23"),
            ("last year", "DATE", "2011"),
            ("2010", "DATE", "2010"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("1 p.m.", "TIME", "XXXX-XX-XXT13:00"),
            ("May", "DATE", "2012-05"),
            ("Oct. 27", "DATE", "2012-10-27"),
            ("2009", "DATE", "2009"),
            ("Now", "DATE", "PRESENT_REF"),
            ("noon", "TIME", "2012-09-23T12:00"),
            ("Sunday", "DATE", "2012-09-23"),
            ("2 p.m.", "TIME", "2012-09-23T14:00"),
            ("Last year", "DATE", "2011"),
            ("55 minutes", "DURATION", "PT55M"),
            ("4 p.m.", "TIME", "2012-09-22T16:00"),
            ("6 p.m.", "TIME", "2012-09-22T18:00"),
            ("Saturday", "DATE", "2012-09-22"),
            ("Monday", "DATE", "2012-09-17"),
            ("Wednesday night", "TIME", "2012-09-19TNI"),
            ("the 1920s", "DATE", "192"),
            ("This summer", "DATE", "2012-SU"),
            ("two weeks", "DURATION", "P2W"),
            ("Aug. 20", "DATE", "2012-08-20"),
            ("mid-October", "DATE", "2012-10"),
            ("Earlier this month", "DATE", "2012-09"),
            ("the next three years", "DURATION", "P3Y"),
            ("every 20 minutes", "SET", "PT20M"),
            ("Sunday afternoon", "TIME", "2012-09-23TAF"),
        ],
    ),
    # Sunday 2013-12-15 (ISO week 50), Irish Sunday paper's recipe feature with a timetable,
    # headline, standfirst, date line "Sunday 15 December 2013". Christmas Day 2013 is
    # Wednesday 2013-12-25, Christmas Eve 2013-12-24, St Stephen's Day 2013-12-26. "start it
    # today" (headline, body) and the heading "Today:" are the publication day; "Ten days of
    # patience" P10D. "every winter from the 1950s until 1989" a SET (XXXX-WI) and two DATEs;
    # "keeps for up to a week" P1W; the butcher "takes orders until Friday" 2013-12-20 ahead,
    # "closes at 1pm on Christmas Eve" (two TIMEX3) and "reopens on 27 December". Timetable:
    # "Every day until Sunday" SET P1D and the coming Sunday 2013-12-22 (in a Sunday paper the
    # Sunday of next week, like "Next Sunday" below and in gold_blind83); "Sunday 22
    # December: ... soak it overnight" is that Sunday's night, 2013-12-22TNI (a dated step,
    # gold_blind83); "Monday 23 December" one span; "about four hours" PT4H; "24 hours" PT24H;
    # the heading "Christmas Eve". The ham is "best cooked the day before" Christmas dinner,
    # 2013-12-24 (gold_blind6, gold_blind8); "12 hours", "40 minutes", "20 minutes" recipe
    # DURATIONs; "On Christmas morning" 2013-12-25TMO (gold_blind66). "Last year" 2012;
    # "five-day" adjectival P5D; "recently" PAST_REF; "more than a decade" P10Y. "Next
    # Sunday:" 2013-12-22 and "made in October" 2013-10 (past). Not annotated: "the festive
    # season" (no dates, gold_blind35), "Christmas dinner" (a meal named after the day, like
    # "the Sunday roast", see README), "THE TIMETABLE", "May your kitchen" (the verb),
    # "200C (gas mark 6)", "2kg", "5kg", "€12 a kilo", "Healy's".
    "spiced-beef-christmas-timetable": (
        "2013-12-15",
        [
            ("today", "DATE", "2013-12-15"),
            ("Christmas", "DATE", "2013-12-25"),
            ("Ten days", "DURATION", "P10D"),
            ("Sunday 15 December 2013", "DATE", "2013-12-15"),
            ("every winter", "SET", "XXXX-WI"),
            ("the 1950s", "DATE", "195"),
            ("1989", "DATE", "1989"),
            ("today", "DATE", "2013-12-15"),
            ("Christmas Eve", "DATE", "2013-12-24"),
            ("up to a week", "DURATION", "P1W"),
            ("St Stephen's Day", "DATE", "2013-12-26"),
            ("1926", "DATE", "1926"),
            ("Friday", "DATE", "2013-12-20"),
            ("1pm", "TIME", "2013-12-24T13:00"),
            ("Christmas Eve", "DATE", "2013-12-24"),
            ("27 December", "DATE", "2013-12-27"),
            ("more than a decade", "DURATION", "P10Y"),
            ("Today", "DATE", "2013-12-15"),
            ("Every day", "SET", "P1D"),
            ("Sunday", "DATE", "2013-12-22"),
            ("Sunday 22 December", "DATE", "2013-12-22"),
            ("overnight", "TIME", "2013-12-22TNI"),
            ("Monday 23 December", "DATE", "2013-12-23"),
            ("about four hours", "DURATION", "PT4H"),
            ("24 hours", "DURATION", "PT24H"),
            ("Christmas Eve", "DATE", "2013-12-24"),
            ("the day before", "DATE", "2013-12-24"),
            ("12 hours", "DURATION", "PT12H"),
            ("40 minutes", "DURATION", "PT40M"),
            ("Christmas morning", "TIME", "2013-12-25TMO"),
            ("20 minutes", "DURATION", "PT20M"),
            ("Last year", "DATE", "2012"),
            ("five-day", "DURATION", "P5D"),
            ("recently", "DATE", "PAST_REF"),
            ("Next Sunday", "DATE", "2013-12-22"),
            ("October", "DATE", "2013-10"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
