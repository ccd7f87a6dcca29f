"""Annotations of the two-hundred-and-fifty-fourth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind254/annotate.py [--show]

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
    # Monday 2012-12-17 (ISO week 51), Singapore broadcaster's website, ministry statement,
    # stamp "POSTED: 17 Dec 2012 18:07" (a day-month-year DATE and a 24-hour TIME), no byline,
    # "SINGAPORE:" dateline. "said on Monday" is the publication day itself. "from Jan 1"
    # (headline, lead and the means-test paragraph) is 2013-01-01, "From next month" 2013-01,
    # "from Jan 5" 2013-01-05 (a Saturday; "from" a signal). The government's financial year
    # runs April-March and is named by the year it ends (gold_blind9, gold_blind11): "the
    # financial year that begins on April 1" is April 2013-March 2014, FY2014 plus "April 1"
    # 2013-04-01, and "the current financial year, which ends on March 31" FY2013 plus
    # 2013-03-31 (Singapore itself calls these FY2013 and FY2012; the text never names them
    # by number, see README). "the Budget statement in February" -> "February" 2013-02.
    # "the first half of this year" 2012-H1 and "the same period last year" 2011-H1
    # (gold_blind22); "the end of this month" 2012-12; "last week" 2012-W50; "before June 30"
    # the coming June 30. Application hours "from Mon to Fri, 9am to 6pm" recur every week:
    # SETs on the end days and TIMEs on no particular day (gold_blind76, gold_blind90);
    # likewise "until 9pm on Saturdays ... instead of closing at 12.30pm". "after coughing for
    # two weeks" DURATION P2W; "the past 12 months" P12M; "every two years" SET P2Y;
    # "mid-2014" 2014; "between March and May next year" -> "March" 2013-03 and "May next
    # year" one span 2013-05 (like "September last year", gold_blind18). Not annotated: "an
    # annual cap" (the period of a figure, not a recurrence, like "its usual monthly total"
    # in gold_blind103), "65", "S$18.50", "S$28", "S$80 a visit", "S$480", "S$46 million",
    # "22 per cent", "1,400", "600", "138,000", "2,000", "a second visit", "earlier" (an
    # adverb), "1800-555-2013" (a hotline number holding a year-like 2013),
    # "www.silverrebate.sg/2013" (a URL), "the Budget statement" beyond "February".
    "silver-clinic-rebate-from-jan-1": (
        "2012-12-17",
        [
            ("Jan 1", "DATE", "2013-01-01"),
            ("17 Dec 2012", "DATE", "2012-12-17"),
            ("18:07", "TIME", "2012-12-17T18:07"),
            ("Jan 1", "DATE", "2013-01-01"),
            ("Monday", "DATE", "2012-12-17"),
            ("now", "DATE", "PRESENT_REF"),
            ("next month", "DATE", "2013-01"),
            ("January 2010", "DATE", "2010-01"),
            ("now", "DATE", "PRESENT_REF"),
            ("the first half of this year", "DATE", "2012-H1"),
            ("the same period last year", "DATE", "2011-H1"),
            ("the financial year", "DATE", "FY2014"),
            ("April 1", "DATE", "2013-04-01"),
            ("the current financial year", "DATE", "FY2013"),
            ("March 31", "DATE", "2013-03-31"),
            ("February", "DATE", "2013-02"),
            ("June 30", "DATE", "2013-06-30"),
            ("the end of this month", "DATE", "2012-12"),
            ("last week", "DATE", "2012-W50"),
            ("Mon", "SET", "XXXX-WXX-1"),
            ("Fri", "SET", "XXXX-WXX-5"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("9pm", "TIME", "XXXX-XX-XXT21:00"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("Jan 5", "DATE", "2013-01-05"),
            ("12.30pm", "TIME", "XXXX-XX-XXT12:30"),
            ("26 years", "DURATION", "P26Y"),
            ("two weeks", "DURATION", "P2W"),
            ("Jan 1", "DATE", "2013-01-01"),
            ("the past 12 months", "DURATION", "P12M"),
            ("every two years", "SET", "P2Y"),
            ("mid-2014", "DATE", "2014"),
            ("March", "DATE", "2013-03"),
            ("May next year", "DATE", "2013-05"),
        ],
    ),
    # Thursday 2013-02-07 (ISO week 6), Singapore broadsheet, headline, deck, date line
    # "Published on Feb 7, 2013", byline, no dateline, a box at the end. Chinese New Year 2013
    # fell on Sunday 10 February (the text: "Chinese New Year falls on Sunday"), its eve on
    # Saturday 9 February (the text: "on Saturday night, Chinese New Year's Eve"); the headline's
    # "for Saturday" and every "Saturday" are 2013-02-09, "Tuesday" (the extra holiday)
    # 2013-02-12, "reopen at 8am on Monday" 2013-02-11. "Chinese New Year" in the deck and the
    # body 2013-02-10; "Chinese New Year's Eve" 2013-02-09; the box heading "CNY EVE" is the
    # same day, the paper's abbreviation (see README). "the Year of the Snake" DATE 2013
    # (gold_blind57). "early last month" 2013-01; "Jan 12" 2013-01-12; "booked in November,
    # right after Deepavali" -> "November" 2012-11 and "Deepavali" 2012-11-13, the festival of
    # that November as the calendar gives it (gold_blind79's Diwali 2012). "yesterday
    # morning" 2013-02-06TMO; "Tomorrow" 2013-02-08; "since the weekend" the weekend just past,
    # 2013-W05-WE. "four-day" DURATION on the adjective; "the past two weeks" P2W; "31 years"
    # P31Y; "30 minutes" PT30M; "at least five days" P5D; "until Feb 18" 2013-02-18. Box:
    # abbreviated weekday dates one DATE span each, checked by hand ("Sat 9 Feb" 2013-02-09,
    # "Sun 10 Feb" twice 2013-02-10, "Tue 12 Feb" 2013-02-12); "0115hrs (Sun 10 Feb)" is the
    # early hours of Sunday, 2013-02-10T01:15, with "hrs" in the span (gold_blind72,
    # gold_blind89); "about an hour" PT1H. Not annotated: "reunion dinners" (an event, like
    # "reunion dinners" in gold_blind57), "the festive period" (like "the festive period" in
    # gold_blind57), "round the clock", "a Sunday schedule" (a kind of timetable), "MRT";
    # "52 tables", "44", "$30 a kg", "by a third", "40 outlets", "25,000", "half the stalls".
    "reunion-dinner-tables-sold-out": (
        "2013-02-07",
        [
            ("Saturday", "DATE", "2013-02-09"),
            ("Chinese New Year", "DATE", "2013-02-10"),
            ("Feb 7, 2013", "DATE", "2013-02-07"),
            ("Saturday night", "TIME", "2013-02-09TNI"),
            ("Chinese New Year's Eve", "DATE", "2013-02-09"),
            ("early last month", "DATE", "2013-01"),
            ("5.30pm", "TIME", "2013-02-09T17:30"),
            ("8.30pm", "TIME", "2013-02-09T20:30"),
            ("Jan 12", "DATE", "2013-01-12"),
            ("November", "DATE", "2012-11"),
            ("Deepavali", "DATE", "2012-11-13"),
            ("Chinese New Year", "DATE", "2013-02-10"),
            ("Sunday", "DATE", "2013-02-10"),
            ("this year", "DATE", "2013"),
            ("Tuesday", "DATE", "2013-02-12"),
            ("four-day", "DURATION", "P4D"),
            ("Saturday", "DATE", "2013-02-09"),
            ("yesterday morning", "TIME", "2013-02-06TMO"),
            ("30 minutes", "DURATION", "PT30M"),
            ("31 years", "DURATION", "P31Y"),
            ("the past two weeks", "DURATION", "P2W"),
            ("Tomorrow", "DATE", "2013-02-08"),
            ("Saturday", "DATE", "2013-02-09"),
            ("the weekend", "DATE", "2013-W05-WE"),
            ("6pm", "TIME", "2013-02-09T18:00"),
            ("Saturday", "DATE", "2013-02-09"),
            ("Sunday", "DATE", "2013-02-10"),
            ("8am", "TIME", "2013-02-11T08:00"),
            ("Monday", "DATE", "2013-02-11"),
            ("the Year of the Snake", "DATE", "2013"),
            ("at least five days", "DURATION", "P5D"),
            ("Feb 18", "DATE", "2013-02-18"),
            ("CNY EVE", "DATE", "2013-02-09"),
            ("Sat 9 Feb", "DATE", "2013-02-09"),
            ("about an hour", "DURATION", "PT1H"),
            ("0115hrs", "TIME", "2013-02-10T01:15"),
            ("Sun 10 Feb", "DATE", "2013-02-10"),
            ("Sun 10 Feb", "DATE", "2013-02-10"),
            ("Tue 12 Feb", "DATE", "2013-02-12"),
        ],
    ),
    # Saturday 2013-08-03 (ISO week 31), Hong Kong English daily's website, headline, stamps
    # "PUBLISHED : Saturday, 03 August, 2013, 12:00am" and "UPDATED : ..., 5:02am" (each a
    # DATE with its weekday, one span, and a TIME; "12:00am" is the first minute of the
    # publication day, T00:00, as the stamp prints it), two bylines, no dateline. The
    # typhoon signals are names and levels, not times ("T8", "No 8", "No 1", "No 3").
    # "yesterday" is Friday 2013-08-02 and "last night" its night; the No 8 signal "at 10.10pm
    # last night" 2013-08-02T22:10, the No 1 "at 9.40pm on Thursday" 2013-08-01T21:40, the No
    # 3 "at 2.20pm yesterday" 2013-08-02T14:20. The headline's "until noon" and "until at least
    # noon today" are 2013-08-03T12:00 (the modifier kept in the span, like "at least
    # Wednesday" in gold_blind103). Times without a named day belong to the day of their
    # sentence: "At 4am", "between 8am and 11am", "by 5am" today; "from 9pm" and "at 11.35pm"
    # Friday; "between midnight and 6am" -> "midnight" the end of Friday, 2013-08-02T24:00
    # (gold_blind103: "midnight tonight" T24:00), "6am" Saturday. "spent the night" -> "the
    # night" 2013-08-02TNI (like "through the night"). "since Thursday night" 2013-08-01TNI;
    # "since Wednesday" 2013-07-31; "this afternoon" 2013-08-03TAF; "this weekend" 2013-W31-WE
    # (its own weekend in a Saturday paper, gold_blind22); "tomorrow's ... tournament" ->
    # "tomorrow" 2013-08-04; "tomorrow morning" 2013-08-04TMO. "Last year ... the longest in
    # July" -> "July" 2012-07 under "Last year" (gold_blind22's "Last year ... on Dec 24");
    # "almost 19 hours" PT19H; "the next few hours" PTXH; "two hours' notice" -> "two hours"
    # PT2H (the possessive left out); "Every summer" SET XXXX-SU; "40 years" P40Y; "in June"
    # 2013-06. Hong Kong's financial year runs April-March and is named by the year it ends:
    # "the 2013-14 financial year" one span FY2014 (gold_blind21, gold_blind49). Not
    # annotated: "T8", "No 8" (four times), "No 1", "No 3", "110km", "18km/h", "140km/h",
    # "74-year-old", "61", "23 people", "24 temporary shelters", "310", "146 flights",
    # "HK$480 million", "summer classes" (an adjective naming a kind of class), "high tide",
    # "the first time".
    "typhoon-meiwan-signal-8": (
        "2013-08-03",
        [
            ("noon", "TIME", "2013-08-03T12:00"),
            ("Saturday, 03 August, 2013", "DATE", "2013-08-03"),
            ("12:00am", "TIME", "2013-08-03T00:00"),
            ("Saturday, 03 August, 2013", "DATE", "2013-08-03"),
            ("5:02am", "TIME", "2013-08-03T05:02"),
            ("10.10pm", "TIME", "2013-08-02T22:10"),
            ("last night", "TIME", "2013-08-02TNI"),
            ("at least noon", "TIME", "2013-08-03T12:00"),
            ("today", "DATE", "2013-08-03"),
            ("9.40pm", "TIME", "2013-08-01T21:40"),
            ("Thursday", "DATE", "2013-08-01"),
            ("2.20pm", "TIME", "2013-08-02T14:20"),
            ("yesterday", "DATE", "2013-08-02"),
            ("4am", "TIME", "2013-08-03T04:00"),
            ("8am", "TIME", "2013-08-03T08:00"),
            ("11am", "TIME", "2013-08-03T11:00"),
            ("this afternoon", "TIME", "2013-08-03TAF"),
            ("the next few hours", "DURATION", "PTXH"),
            ("two hours", "DURATION", "PT2H"),
            ("this year", "DATE", "2013"),
            ("Last year", "DATE", "2012"),
            ("almost 19 hours", "DURATION", "PT19H"),
            ("July", "DATE", "2012-07"),
            ("9pm", "TIME", "2013-08-02T21:00"),
            ("midnight", "TIME", "2013-08-02T24:00"),
            ("6am", "TIME", "2013-08-03T06:00"),
            ("11.35pm", "TIME", "2013-08-02T23:35"),
            ("5am", "TIME", "2013-08-03T05:00"),
            ("the night", "TIME", "2013-08-02TNI"),
            ("Thursday night", "TIME", "2013-08-01TNI"),
            ("June", "DATE", "2013-06"),
            ("Every summer", "SET", "XXXX-SU"),
            ("40 years", "DURATION", "P40Y"),
            ("today", "DATE", "2013-08-03"),
            ("this weekend", "DATE", "2013-W31-WE"),
            ("tomorrow", "DATE", "2013-08-04"),
            ("tomorrow morning", "TIME", "2013-08-04TMO"),
            ("Wednesday", "DATE", "2013-07-31"),
            ("the 2013-14 financial year", "DATE", "FY2014"),
        ],
    ),
    # Friday 2014-07-25 (ISO week 30), Malaysian daily's website, headline, stamp "Published: Friday
    # July 25, 2014 MYT 7:12:00 AM" (a DATE with its weekday and a TIME to the second; the zone,
    # printed before the clock time, is kept in the span and not in the value, see README), byline,
    # "KUALA LUMPUR:" dateline. The text dates the festival itself: "Hari Raya is expected to fall
    # on Monday" -> "Hari Raya Aidilfitri" and "Hari Raya" 2014-07-28 (a festival of the Islamic
    # calendar annotated only where its text gives the day, gold_blind57, gold_blind79); "Monday and
    # Tuesday are public holidays" 2014-07-28 and 2014-07-29; the moon sighting "on Sunday evening"
    # 2014-07-27TEV and its apposition "the eve of Hari Raya" one DATE span 2014-07-27
    # (gold_blind79's "the eve of the Mid-Autumn Festival"). "the long weekend before Hari Raya"
    # (Saturday to Tuesday) takes the ISO week of its Saturday, 2014-W30-WE (gold_blind103's "Family
    # Day weekend"). The toll waiver "from 12.01am tomorrow to 11.59pm on Sunday": 2014-07-26T00:01
    # and 2014-07-27T23:59 with their DATEs; the lorry ban "from 6am to midnight tomorrow" ->
    # 2014-07-26T06:00 and T24:00 (the midnight that ends Saturday), "again on Aug 2 and 3" two
    # DATEs, the bare "3" included (gold_blind22's "from Dec 1 to 31"). Box: "Sat, July 26" and
    # "Sun, July 27" one DATE span each, weekdays checked by hand. The police operation "began ...
    # on Monday" is the past Monday, 2014-07-21, in a story whose other Mondays are 2014-07-28 (one
    # weekday in both directions); "until Aug 4" 2014-08-04. "yesterday" 2014-07-24; "last weekend"
    # 2014-W29-WE; "tonight" 2014-07-25TNI; "Last year" 2013; "up to 14 hours" PT14H; "over two
    # days" P2D; "daily" SET P1D; "every year" SET P1Y; "since 2009"; "the past week" P1W. Not
    # annotated: "Ops Lancar 7" (an operation's name and number), "since then" (anaphoric), "Raya
    # exodus" and "Raya cookies" (kinds of things named after the festival, not on its day,
    # gold_blind57), "the date" (anaphoric), "24-hour" (a round-the-clock hotline, gold_blind19),
    # "1-800-88-7529", "RM24mil", "1.6 million vehicles", "1.9 million", "1.7 million", "four extra
    # trains", "14 people", "34".
    "raya-exodus-toll-free-weekend": (
        "2014-07-25",
        [
            ("tomorrow", "DATE", "2014-07-26"),
            ("Friday July 25, 2014", "DATE", "2014-07-25"),
            ("MYT 7:12:00 AM", "TIME", "2014-07-25T07:12:00"),
            ("12.01am", "TIME", "2014-07-26T00:01"),
            ("tomorrow", "DATE", "2014-07-26"),
            ("11.59pm", "TIME", "2014-07-27T23:59"),
            ("Sunday", "DATE", "2014-07-27"),
            ("the long weekend", "DATE", "2014-W30-WE"),
            ("Hari Raya Aidilfitri", "DATE", "2014-07-28"),
            ("Hari Raya", "DATE", "2014-07-28"),
            ("Monday", "DATE", "2014-07-28"),
            ("Sunday evening", "TIME", "2014-07-27TEV"),
            ("the eve of Hari Raya", "DATE", "2014-07-27"),
            ("Monday", "DATE", "2014-07-28"),
            ("Tuesday", "DATE", "2014-07-29"),
            ("Last year", "DATE", "2013"),
            ("up to 14 hours", "DURATION", "PT14H"),
            ("two days", "DURATION", "P2D"),
            ("yesterday", "DATE", "2014-07-24"),
            ("6am", "TIME", "2014-07-26T06:00"),
            ("noon", "TIME", "2014-07-26T12:00"),
            ("tomorrow", "DATE", "2014-07-26"),
            ("6am", "TIME", "2014-07-26T06:00"),
            ("midnight", "TIME", "2014-07-26T24:00"),
            ("tomorrow", "DATE", "2014-07-26"),
            ("Aug 2", "DATE", "2014-08-02"),
            ("3", "DATE", "2014-08-03"),
            ("Sat, July 26", "DATE", "2014-07-26"),
            ("Sun, July 27", "DATE", "2014-07-27"),
            ("today", "DATE", "2014-07-25"),
            ("tomorrow", "DATE", "2014-07-26"),
            ("last weekend", "DATE", "2014-W29-WE"),
            ("daily", "SET", "P1D"),
            ("Aug 3", "DATE", "2014-08-03"),
            ("Monday", "DATE", "2014-07-21"),
            ("Aug 4", "DATE", "2014-08-04"),
            ("tonight", "TIME", "2014-07-25TNI"),
            ("every year", "SET", "P1Y"),
            ("2009", "DATE", "2009"),
            ("the past week", "DURATION", "P1W"),
        ],
    ),
    # Wednesday 2015-02-18 (ISO week 8), Philippine broadsheet's website, headline, paper
    # name, stamp "12:14 AM February 18th, 2015" (TIME and DATE, the ordinal "18th" inside the
    # DATE span), byline and desk, "MARIKAYA CITY, Philippines—" dateline. Chinese New Year
    # "falls on Feb. 19 this year" (Thursday): "Chinese New Year" and "Feb. 19" 2015-02-19,
    # every "Thursday" 2015-02-19; "tonight, Chinese New Year's Eve" 2015-02-18TNI and
    # 2015-02-18; "past midnight" -> "midnight" 2015-02-18T24:00 ("past" a signal). "the Year
    # of the Wood Goat" (headline without the article, and lead) DATE 2015 and "the Year of the
    # Horse" 2014 (gold_blind57: a lunar year takes the calendar year it begins in); "said 2015
    # would be calmer" 2015. "on Tuesday" 2015-02-17 (past), "since Monday" 2015-02-16; "until
    # 6 a.m. Friday" 2015-02-20T06:00 and 2015-02-20, "from 6 p.m. today" 2015-02-18T18:00;
    # firecrackers "between 11 p.m. tonight and 1 a.m. on Thursday" 2015-02-18T23:00 with
    # "tonight" and 2015-02-19T01:00 with "Thursday"; the parade "at 8 a.m. on Thursday ... at
    # about noon" 2015-02-19T08:00 and T12:00. "a 2013 city ordinance" -> "2013" (an
    # adjectival year); "since 1974"; "last year" and "Last year's parade" 2014; "the next
    # five days" P5D; "born in 1979 and 1991" two DATEs; "Lucky numbers this year" 2015. "Next
    # year's Chinese New Year falls on Feb. 8" -> "Next year" 2016, "Chinese New Year"
    # 2016-02-08 (the holiday of the year named before it, confirmed by the date) and "Feb. 8"
    # 2016-02-08. Not annotated: "Ordinance No. 2013-08" (a code holding 2013), "Goat years"
    # (a kind of year of every cycle), "reunion dinners", "the number 4", "3 and 9", "P120",
    # "P100", "P5,000", "400", "30,000", "50,000 visitors", "may" (the verb), "Calle
    # Sampaguita", "the Golden Phoenix Bakery".
    "marikaya-chinatown-wood-goat": (
        "2015-02-18",
        [
            ("Year of the Wood Goat", "DATE", "2015"),
            ("12:14 AM", "TIME", "2015-02-18T00:14"),
            ("February 18th, 2015", "DATE", "2015-02-18"),
            ("Tuesday", "DATE", "2015-02-17"),
            ("Thursday", "DATE", "2015-02-19"),
            ("the Year of the Wood Goat", "DATE", "2015"),
            ("Chinese New Year", "DATE", "2015-02-19"),
            ("Feb. 19", "DATE", "2015-02-19"),
            ("this year", "DATE", "2015"),
            ("tonight", "TIME", "2015-02-18TNI"),
            ("Chinese New Year's Eve", "DATE", "2015-02-18"),
            ("midnight", "TIME", "2015-02-18T24:00"),
            ("Monday", "DATE", "2015-02-16"),
            ("1974", "DATE", "1974"),
            ("last year", "DATE", "2014"),
            ("Thursday", "DATE", "2015-02-19"),
            ("6 p.m.", "TIME", "2015-02-18T18:00"),
            ("today", "DATE", "2015-02-18"),
            ("6 a.m.", "TIME", "2015-02-20T06:00"),
            ("Friday", "DATE", "2015-02-20"),
            ("2013", "DATE", "2013"),
            ("11 p.m.", "TIME", "2015-02-18T23:00"),
            ("tonight", "TIME", "2015-02-18TNI"),
            ("1 a.m.", "TIME", "2015-02-19T01:00"),
            ("Thursday", "DATE", "2015-02-19"),
            ("8 a.m.", "TIME", "2015-02-19T08:00"),
            ("Thursday", "DATE", "2015-02-19"),
            ("about noon", "TIME", "2015-02-19T12:00"),
            ("Last year", "DATE", "2014"),
            ("the next five days", "DURATION", "P5D"),
            ("2015", "DATE", "2015"),
            ("the Year of the Horse", "DATE", "2014"),
            ("1979", "DATE", "1979"),
            ("1991", "DATE", "1991"),
            ("this year", "DATE", "2015"),
            ("Next year", "DATE", "2016"),
            ("Chinese New Year", "DATE", "2016-02-08"),
            ("Feb. 8", "DATE", "2016-02-08"),
        ],
    ),
    # Tuesday 2015-10-13 (ISO week 42), Singapore broadsheet's website, headline ("for over 2
    # hours"), stamps "PUBLISHED OCT 13, 2015, 12:05 PM SGT" and "UPDATED OCT 13, 2015, 9:48 PM
    # SGT" (DATE and TIME each, the zone in the span), byline, "SINGAPORE -" dateline. Every
    # clock time of the breakdown is today's ("7.12am", "7.20am", the operator's "0712hrs",
    # "9.31am", "10.15am", "6.45am", "9.20am", "about 8.40am"). "over 2 hours" and "more than
    # two hours" PT2H (modifiers kept); "Add 30 mins travel time" -> "30 mins" DURATION PT30M,
    # the abbreviated unit in the span (gold_blind82); "up to 10 minutes" PT10M; "an hour
    # earlier" the size of a shift, DURATION PT1H (gold_blind35's "a year later than"); "20
    # minutes" PT20M; "within a month" -> "a month" P1M. "this month" 2015-10, "Oct 2"
    # 2015-10-02; "this year" 2015, "March 3" and "Aug 18" 2015; "the next 18 months" P18M;
    # "after the last train each night" -> "each night" SET XXXX-XX-XXTNI. Closure list: "Sat,
    # Oct 17" and "Sat, Oct 24" one DATE span each (weekdays checked by hand), each "2300hrs"
    # on its own line's day; "start at 7am instead of 5.30am on Sun, Oct 18 and Sun, Oct 25"
    # -> the two clock times name an hour on two days (and the usual start of every day),
    # XXXX-XX-XXT07:00 and T05:30 (gold_blind89's "the 0810 departure"), with the two DATEs.
    # "last month" 2015-09. SMRT's financial year runs April-March, named by the year it ends:
    # "the April-June quarter" keeps its calendar value 2015-Q2 (gold_blind17), and the
    # apposition "the first quarter of its financial year" is one span FY2016-Q1. Not
    # annotated: "EWL", "svc", "btwn", "the last train", "Exit B", "version 2.0.15", "$1
    # million", "$14.2 million", "4 per cent", "29", "six-station", "third rail", "the second
    # time", "third major breakdown".
    "east-west-line-power-fault": (
        "2015-10-13",
        [
            ("over 2 hours", "DURATION", "PT2H"),
            ("OCT 13, 2015", "DATE", "2015-10-13"),
            ("12:05 PM SGT", "TIME", "2015-10-13T12:05"),
            ("OCT 13, 2015", "DATE", "2015-10-13"),
            ("9:48 PM SGT", "TIME", "2015-10-13T21:48"),
            ("today", "DATE", "2015-10-13"),
            ("more than two hours", "DURATION", "PT2H"),
            ("7.12am", "TIME", "2015-10-13T07:12"),
            ("7.20am", "TIME", "2015-10-13T07:20"),
            ("0712hrs", "TIME", "2015-10-13T07:12"),
            ("30 mins", "DURATION", "PT30M"),
            ("9.31am", "TIME", "2015-10-13T09:31"),
            ("10.15am", "TIME", "2015-10-13T10:15"),
            ("up to 10 minutes", "DURATION", "PT10M"),
            ("6.45am", "TIME", "2015-10-13T06:45"),
            ("9.20am", "TIME", "2015-10-13T09:20"),
            ("this month", "DATE", "2015-10"),
            ("an hour earlier", "DURATION", "PT1H"),
            ("Oct 2", "DATE", "2015-10-02"),
            ("20 minutes", "DURATION", "PT20M"),
            ("this year", "DATE", "2015"),
            ("March 3", "DATE", "2015-03-03"),
            ("Aug 18", "DATE", "2015-08-18"),
            ("a month", "DURATION", "P1M"),
            ("about 8.40am", "TIME", "2015-10-13T08:40"),
            ("the next 18 months", "DURATION", "P18M"),
            ("each night", "SET", "XXXX-XX-XXTNI"),
            ("Sat, Oct 17", "DATE", "2015-10-17"),
            ("2300hrs", "TIME", "2015-10-17T23:00"),
            ("Sat, Oct 24", "DATE", "2015-10-24"),
            ("2300hrs", "TIME", "2015-10-24T23:00"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("5.30am", "TIME", "XXXX-XX-XXT05:30"),
            ("Sun, Oct 18", "DATE", "2015-10-18"),
            ("Sun, Oct 25", "DATE", "2015-10-25"),
            ("last month", "DATE", "2015-09"),
            ("the April-June quarter", "DATE", "2015-Q2"),
            ("the first quarter of its financial year", "DATE", "FY2016-Q1"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
