"""Annotations of blind gold set 332, chosen by hand before the tagger ran.

    python tests/data/gold_blind332/annotate.py [--show]

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
    # Tuesday 2012-09-18 (ISO week 38), Hong Kong English daily's website (SCMP style),
    # section label, headline, standfirst, stamps "PUBLISHED : Tuesday, 18 September, 2012,
    # 12:00am" and "UPDATED : ..., 3:25pm" (each a DATE with its weekday in one span and a
    # TIME, gold_blind49, gold_blind79); "12:00am" is the midnight that begins the publication
    # day, 2012-09-18T00:00 (gold_blind8, gold_blind19, gold_blind47). The story is told on
    # Tuesday afternoon: "today", "this afternoon", "this evening", "tonight" are Tuesday;
    # "overnight" is the night begun this evening, 2012-09-18TNI (gold_blind21, gold_blind103);
    # "last night" Monday's night 2012-09-17TNI. "early hours of Wednesday" (standfirst, no
    # article) and "the early hours of Wednesday" DATE 2012-09-19 (gold_blind103). Clock times
    # without a named day are on the day of their sentence: "6pm", "9pm", "10.40am", "2pm",
    # "12.30pm", "10pm", "5pm", "1pm" Tuesday; "noon tomorrow" Wednesday; "by 6am" after
    # "resume on Thursday" 2012-09-20T06:00. Past weekdays "Monday" 2012-09-17, "Friday"
    # 2012-09-14, "Sunday night" 2012-09-16TNI; future "Thursday" 2012-09-20 (three times),
    # "the weekend" 2012-W38-WE (22-23 September). "the past 24 hours" PT24H; "at least 12
    # hours" PT12H; "more than a decade" P10Y (the period of a superlative); "for 40 years"
    # P40Y; "the autumn of 2008" 2008-FA; "this year" 2012; "the Mid-Autumn Festival" on the
    # date the text gives, 2012-09-30 (gold_blind79); "nine-day" P9D; "every hour" SET PT1H.
    # Not annotated: "No 8" (three times), "No 3", "280 kilometres", "18km/h", "100km",
    # "300km", "46 flights", "24 temporary shelters", "73" (an age), "this time", "the 16th
    # tropical cyclone", "250mm", "25 and 28 degrees", "1823" (a hotline), "scmp.com/typhoon",
    # "while a signal is in force".
    "typhoon-karsa-no-8-signal-hong-kong": (
        "2012-09-18",
        [
            ("tonight", "TIME", "2012-09-18TNI"),
            ("tomorrow", "DATE", "2012-09-19"),
            ("early hours of Wednesday", "DATE", "2012-09-19"),
            ("Tuesday, 18 September, 2012", "DATE", "2012-09-18"),
            ("12:00am", "TIME", "2012-09-18T00:00"),
            ("Tuesday, 18 September, 2012", "DATE", "2012-09-18"),
            ("3:25pm", "TIME", "2012-09-18T15:25"),
            ("6pm", "TIME", "2012-09-18T18:00"),
            ("9pm", "TIME", "2012-09-18T21:00"),
            ("today", "DATE", "2012-09-18"),
            ("this afternoon", "TIME", "2012-09-18TAF"),
            ("10.40am", "TIME", "2012-09-18T10:40"),
            ("2pm", "TIME", "2012-09-18T14:00"),
            ("the early hours of Wednesday", "DATE", "2012-09-19"),
            ("the past 24 hours", "DURATION", "PT24H"),
            ("this evening", "TIME", "2012-09-18TEV"),
            ("overnight", "TIME", "2012-09-18TNI"),
            ("12.30pm", "TIME", "2012-09-18T12:30"),
            ("at least 12 hours", "DURATION", "PT12H"),
            ("more than a decade", "DURATION", "P10Y"),
            ("Monday", "DATE", "2012-09-17"),
            ("last night", "TIME", "2012-09-17TNI"),
            ("tomorrow", "DATE", "2012-09-19"),
            ("Thursday", "DATE", "2012-09-20"),
            ("6am", "TIME", "2012-09-20T06:00"),
            ("10pm", "TIME", "2012-09-18T22:00"),
            ("tonight", "TIME", "2012-09-18TNI"),
            ("noon", "TIME", "2012-09-19T12:00"),
            ("tomorrow", "DATE", "2012-09-19"),
            ("5pm", "TIME", "2012-09-18T17:00"),
            ("1pm", "TIME", "2012-09-18T13:00"),
            ("40 years", "DURATION", "P40Y"),
            ("the autumn of 2008", "DATE", "2008-FA"),
            ("this year", "DATE", "2012"),
            ("Friday", "DATE", "2012-09-14"),
            ("Sunday night", "TIME", "2012-09-16TNI"),
            ("September 27", "DATE", "2012-09-27"),
            ("the Mid-Autumn Festival", "DATE", "2012-09-30"),
            ("September 30", "DATE", "2012-09-30"),
            ("Thursday", "DATE", "2012-09-20"),
            ("nine-day", "DURATION", "P9D"),
            ("Thursday", "DATE", "2012-09-20"),
            ("the weekend", "DATE", "2012-W38-WE"),
            ("every hour", "SET", "PT1H"),
        ],
    ),
    # Saturday 2015-03-07 (ISO week 10), Singapore national daily's website (Straits Times
    # style), section label, headline, standfirst, stamp "PUBLISHED MAR 7, 2015, 5:00 AM SGT"
    # (a DATE and a TIME, the zone in the span and not in the value), byline. "yesterday" is
    # Friday 2015-03-06. The same weekday in both directions: the ground-breaking "on
    # Thursday" ahead, 2015-03-12, and the minister "Speaking in Parliament on Thursday" past,
    # 2015-03-05. "end-2019" (headline) DATE 2019 like "month-end" and "July-end" (gold_blind9,
    # gold_blind49); "the end of 2019" 2019 (gold_blind35). "about a year" P1Y, the size of a
    # shift (gold_blind35). The morning peak "between 7am and 9.30am", the night work "from
    # 10pm to 5am" and "by 11pm", and the exhibition's "from 10am to 9pm daily" are hours of a
    # recurring activity, XXXX-XX-XXThh:mm (gold_blind22, gold_blind49); "on Sundays" SET
    # XXXX-WXX-7; "every three minutes" SET PT3M. Singapore's government financial year runs
    # April-March and is named here by the year it ends (gold_blind9, gold_blind63): "the
    # financial year starting on April 1" is FY2016 (April 2015-March 2016) plus "April 1"
    # 2015-04-01. "extended by an hour" PT1H (the size of a shift). "Chinese New Year's Eve,
    # Feb 18" two DATEs 2015-02-18 (the text gives the day, gold_blind79). "the night of Aug
    # 8" one TIME span 2015-08-08TNI (gold_blind49); "the National Day Parade on Sunday, Aug 9"
    # -> "National Day" 2015-08-09 (a holiday in attributive position, the parade held on it,
    # gold_blind57) and "Sunday, Aug 9" one span; "the following Monday" 2015-08-10, anchored on
    # the story line's last date (gold_blind4, gold_blind5). "December" 2014-12 (past);
    # "the first half of 2016" 2016-H1; "March 21 to 29" two DATEs, the bare day included
    # (gold_blind22); "up to 25 minutes" PT25M. Not annotated: "PLL", "24km", "19 stations",
    # "13 stations", "Average daily ridership" (an adjective naming the period of a figure,
    # gold_blind103), "the morning peak", "peak hours", "an ordinary weekday", "SG50",
    # "Contract C951", "lta.gov.sg/pll2019", "6396 2015", "$5.8 billion", "2.9 million", "12 per
    # cent", "4 per cent", "8 per cent", "140,000", "his ministry's budget".
    "pasir-laba-line-first-stations-2019": (
        "2015-03-07",
        [
            ("end-2019", "DATE", "2019"),
            ("next month", "DATE", "2015-04"),
            ("18 months", "DURATION", "P18M"),
            ("MAR 7, 2015", "DATE", "2015-03-07"),
            ("5:00 AM SGT", "TIME", "2015-03-07T05:00"),
            ("the end of 2019", "DATE", "2019"),
            ("about a year", "DURATION", "P1Y"),
            ("yesterday", "DATE", "2015-03-06"),
            ("January 2013", "DATE", "2013-01"),
            ("2022", "DATE", "2022"),
            ("2024", "DATE", "2024"),
            ("next month", "DATE", "2015-04"),
            ("Thursday", "DATE", "2015-03-12"),
            ("March 16", "DATE", "2015-03-16"),
            ("about 18 months", "DURATION", "P18M"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("9.30am", "TIME", "XXXX-XX-XXT09:30"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("5am", "TIME", "XXXX-XX-XXT05:00"),
            ("11pm", "TIME", "XXXX-XX-XXT23:00"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("Thursday", "DATE", "2015-03-05"),
            ("the financial year", "DATE", "FY2016"),
            ("April 1", "DATE", "2015-04-01"),
            ("last year", "DATE", "2014"),
            ("2013", "DATE", "2013"),
            ("every three minutes", "SET", "PT3M"),
            ("an hour", "DURATION", "PT1H"),
            ("Chinese New Year's Eve", "DATE", "2015-02-18"),
            ("Feb 18", "DATE", "2015-02-18"),
            ("the night of Aug 8", "TIME", "2015-08-08TNI"),
            ("National Day", "DATE", "2015-08-09"),
            ("Sunday, Aug 9", "DATE", "2015-08-09"),
            ("the following Monday", "DATE", "2015-08-10"),
            ("December", "DATE", "2014-12"),
            ("the first half of 2016", "DATE", "2016-H1"),
            ("March 21", "DATE", "2015-03-21"),
            ("29", "DATE", "2015-03-29"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("9pm", "TIME", "XXXX-XX-XXT21:00"),
            ("daily", "SET", "P1D"),
            ("up to 25 minutes", "DURATION", "PT25M"),
        ],
    ),
    # Monday 2013-02-11 (ISO week 7), Indian daily's city page (Times of India style), section
    # label, headline, wire credit and stamp "TNN | Feb 11, 2013, 03.45AM IST" (DATE and TIME,
    # gold_blind49), "VARDHANPUR:" dateline. Polling is "on Sunday, February 24" (one span)
    # "from 7.30am to 5.30pm" that day; "two days later" 2013-02-26, anchored on polling day
    # (gold_blind103), and the results "by noon on February 26" the same day. Past weekdays:
    # scrutiny ended "on Saturday evening" 2013-02-09TEV, the officer "said on Sunday"
    # 2013-02-10, the manifesto "on Friday" 2013-02-08; future: withdrawal "till 3pm on
    # Wednesday" 2013-02-13T15:00 and 2013-02-13, "that evening" 2013-02-13TEV (anchored on the
    # story line's last day, like "that evening" in gold_blind8), "Friday, February 22" one span.
    # "48 hours" PT48H (an anchored duration); "5.30pm on February 22" two TIMEX3; "three
    # days, on February 23 and 24" a DURATION and two DATEs, the bare "24" included
    # (gold_blind22). "five-year" P5Y; "February 2008" 2008-02; "the 2013-14 financial year"
    # FY2014, the Indian April-March year named by the year it ends (gold_blind49), plus "April
    # 1" 2013-04-01; "last week" 2013-W06; the day-first "16/02/2013" 2013-02-16 (gold_blind49);
    # "every evening" SET XXXX-XX-XXTEV; the helpline's hours "between 10am and 6pm daily"
    # XXXX-XX-XXThh:mm and SET P1D; "since 1997"; "by 2016"; "within 18 months" P18M; "the
    # next fortnight" P2W (gold_blind49); "waited five years" P5Y; "the evening of February 23"
    # one TIME span (gold_blind28). Not annotated: "1,248", "112 VMC seats", "counting day" (an
    # event's name), "41%", "50%", "this time", "at least 21 years old" (an age limit,
    # gold_blind22), "two children", "Rs 2,140 crore", "1800-233-1950" (a helpline holding
    # 1950), "24x7" (an idiom like "round the clock"), "40 corner meetings", "52" (an age),
    # "3,200 personnel", "two companies", "Plot 1965", "round the clock", "until results are
    # declared" (event-named).
    "vardhanpur-civic-polls-candidates-in-fray": (
        "2013-02-11",
        [
            ("Feb 24", "DATE", "2013-02-24"),
            ("Feb 11, 2013", "DATE", "2013-02-11"),
            ("03.45AM IST", "TIME", "2013-02-11T03:45"),
            ("Saturday evening", "TIME", "2013-02-09TEV"),
            ("Sunday, February 24", "DATE", "2013-02-24"),
            ("7.30am", "TIME", "2013-02-24T07:30"),
            ("5.30pm", "TIME", "2013-02-24T17:30"),
            ("two days later", "DATE", "2013-02-26"),
            ("3pm", "TIME", "2013-02-13T15:00"),
            ("Wednesday", "DATE", "2013-02-13"),
            ("that evening", "TIME", "2013-02-13TEV"),
            ("Sunday", "DATE", "2013-02-10"),
            ("January 28", "DATE", "2013-01-28"),
            ("48 hours", "DURATION", "PT48H"),
            ("5.30pm", "TIME", "2013-02-22T17:30"),
            ("February 22", "DATE", "2013-02-22"),
            ("three days", "DURATION", "P3D"),
            ("February 23", "DATE", "2013-02-23"),
            ("24", "DATE", "2013-02-24"),
            ("five-year", "DURATION", "P5Y"),
            ("March 14", "DATE", "2013-03-14"),
            ("February 2008", "DATE", "2008-02"),
            ("the 2013-14 financial year", "DATE", "FY2014"),
            ("April 1", "DATE", "2013-04-01"),
            ("last week", "DATE", "2013-W06"),
            ("16/02/2013", "DATE", "2013-02-16"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("Friday, February 22", "DATE", "2013-02-22"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("daily", "SET", "P1D"),
            ("1997", "DATE", "1997"),
            ("Friday", "DATE", "2013-02-08"),
            ("2016", "DATE", "2016"),
            ("18 months", "DURATION", "P18M"),
            ("the next fortnight", "DURATION", "P2W"),
            ("February 21", "DATE", "2013-02-21"),
            ("five years", "DURATION", "P5Y"),
            ("the evening of February 23", "TIME", "2013-02-23TEV"),
            ("noon", "TIME", "2013-02-26T12:00"),
            ("February 26", "DATE", "2013-02-26"),
        ],
    ),
    # Friday 2014-07-18 (ISO week 29), Japanese English-language daily (Japan Times style),
    # section label, headline, byline "Staff Writer", date line "JUL 18, 2014", "KISARAGAWA,
    # CHIBA PREF. –" dateline. Marine Day is the third Monday of July, 2014-07-21, which the
    # text confirms ("Marine Day on Monday"); "holiday weekend" (headline) and "The holiday
    # weekend" are the Saturday-Monday weekend, the ISO week of its Saturday, 2014-W29-WE
    # (gold_blind103's "Family Day weekend"). Past weekdays: organizers "said Thursday"
    # 2014-07-17, the mayor "at a news conference Wednesday" 2014-07-16; future: "Saturday
    # night" 2014-07-19TNI, "for Saturday" and "on Saturday" 2014-07-19, "on Sunday"
    # 2014-07-20, "Sunday evening" 2014-07-20TEV, "Monday afternoon" 2014-07-21TAF, "through
    # Monday". Clock times without a named day are on the festival's Saturday ("7:15 p.m. to
    # 8:45 p.m.", "4 p.m.", "3 p.m."); "until midnight" the midnight ending Saturday,
    # 2014-07-19T24:00 (gold_blind79, gold_blind103); "7:15 p.m. on Sunday" 2014-07-20T19:15.
    # "30 minutes longer" PT30M (the size of a difference); "just 50 minutes" PT50M; "one
    # hour" PT1H; "the final five minutes" PT5M (an ordinal period of an event, like "The
    # first week" in gold_blind35). Japan's fiscal year runs April-March, named here by the
    # year it ends (gold_blind63): "the current fiscal year, which began in April" FY2015 plus
    # "April" 2014-04, and "a year earlier" after it FY2014 (the granularity of what it is
    # compared with, gold_blind63). The information center's hours "from 9 a.m. to 9 p.m.
    # daily" XXXX-XX-XXThh:mm and SET P1D; "every 10 minutes" SET PT10M; "For three years" P3Y;
    # "August next year" one span 2015-08 (like "August last year", gold_blind49). Not
    # annotated: "summer festival" (an adjective naming a kind), "20,000", "600,000", "33
    # degrees", "3000-series" (a model number), "214,000", "the night of last year's festival"
    # beyond "last year" (a night named by an event), "3,000", "¥4,500", "30-centimeter", "¥48
    # million", "¥31 million", "61" (an age), "the Obon holidays" (a holiday period of no
    # dates, like "the school holidays", gold_blind22), "kisaragawa-hanabi.jp/2014",
    # "0120-719-2014", "for the first time" beyond "2010".
    "kisaragawa-fireworks-marine-day-weekend": (
        "2014-07-18",
        [
            ("holiday weekend", "DATE", "2014-W29-WE"),
            ("JUL 18, 2014", "DATE", "2014-07-18"),
            ("Saturday night", "TIME", "2014-07-19TNI"),
            ("2010", "DATE", "2010"),
            ("Thursday", "DATE", "2014-07-17"),
            ("7:15 p.m.", "TIME", "2014-07-19T19:15"),
            ("8:45 p.m.", "TIME", "2014-07-19T20:45"),
            ("30 minutes", "DURATION", "PT30M"),
            ("last year", "DATE", "2013"),
            ("just 50 minutes", "DURATION", "PT50M"),
            ("1952", "DATE", "1952"),
            ("one hour", "DURATION", "PT1H"),
            ("2011", "DATE", "2011"),
            ("The holiday weekend", "DATE", "2014-W29-WE"),
            ("Marine Day", "DATE", "2014-07-21"),
            ("Monday", "DATE", "2014-07-21"),
            ("4 p.m.", "TIME", "2014-07-19T16:00"),
            ("3 p.m.", "TIME", "2014-07-19T15:00"),
            ("midnight", "TIME", "2014-07-19T24:00"),
            ("7:15 p.m.", "TIME", "2014-07-20T19:15"),
            ("Sunday", "DATE", "2014-07-20"),
            ("Saturday", "DATE", "2014-07-19"),
            ("every 10 minutes", "SET", "PT10M"),
            ("9 p.m.", "TIME", "2014-07-19T21:00"),
            ("11:30 p.m.", "TIME", "2014-07-19T23:30"),
            ("Saturday", "DATE", "2014-07-19"),
            ("last year", "DATE", "2013"),
            ("two hours", "DURATION", "PT2H"),
            ("June 1", "DATE", "2014-06-01"),
            ("the final five minutes", "DURATION", "PT5M"),
            ("the current fiscal year", "DATE", "FY2015"),
            ("April", "DATE", "2014-04"),
            ("a year earlier", "DATE", "FY2014"),
            ("Sunday evening", "TIME", "2014-07-20TEV"),
            ("Monday afternoon", "TIME", "2014-07-21TAF"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("daily", "SET", "P1D"),
            ("Monday", "DATE", "2014-07-21"),
            ("three years", "DURATION", "P3Y"),
            ("Wednesday", "DATE", "2014-07-16"),
            ("August next year", "DATE", "2015-08"),
        ],
    ),
    # Wednesday 2013-05-22 (ISO week 21), Sydney broadsheet's website (SMH style), section
    # label, headline, stamp "May 22, 2013 - 4:12PM" (DATE and TIME), byline "Court Reporter".
    # The sentencing was "on Wednesday", the publication day (gold_blind44); the barrister
    # spoke "on Monday" 2013-05-20, the regulator "on Tuesday" 2013-05-21; the compensation
    # hearing is "on Friday" 2013-05-24 "at 10am" that day. "four years' jail" -> "four years"
    # P4Y (the possessive without the "'s", gold_blind35), as in the headline; "at least 30
    # months" and "30 months" P30M (one unit, the value shapes having no compound duration);
    # "almost four years" P4Y; "November 21, 2015" the parole date. "in February" 2013-02
    # (past); "between July 2007 and March 2011" two DATEs. His habit: "almost every week" SET
    # P1W (the modifier kept, gold_blind35), "Friday afternoons" SET XXXX-WXX-5TAF (like
    # "Sunday afternoons" in gold_blind3), "until it closed at 3am" XXXX-XX-XXT03:00 (a clock
    # time of a recurring habit, gold_blind22). The narrative: "March 3, 2011", "That evening"
    # 2011-03-03TEV and "the next day" 2011-03-04 (gold_blind8, gold_blind14). Australian
    # July-June financial years named by the year they end (gold_blind49, gold_blind88): "the
    # 2009-10 financial year" FY2010, "the 2011-12 financial year" FY2012. "the winter of
    # 2011" the southern winter, valued in the year it falls in, 2011-WI (gold_blind9,
    # gold_blind68). "last month" 2013-04; "two decades" P20Y; "since 1998"; "weekly" SET P1W
    # (an adjectival frequency naming a recurrence, gold_blind35); "October 2011"; "twice a
    # year" SET P1Y. Not annotated: "$1.2m", "$1.2 million", "58" and "77" (ages), "46 counts",
    # "$18,400", "$9,000", "$412,000", "400 members", "Saturday morning pennants" (a part of
    # day naming a kind of competition, like "Overnight lows" in gold_blind103), "week after
    # week" (an idiom, like "around the clock"), "$86,000", "1800 555 197".
    "bowls-club-treasurer-jailed-pokies-theft": (
        "2013-05-22",
        [
            ("four years", "DURATION", "P4Y"),
            ("May 22, 2013", "DATE", "2013-05-22"),
            ("4:12PM", "TIME", "2013-05-22T16:12"),
            ("almost four years", "DURATION", "P4Y"),
            ("at least 30 months", "DURATION", "P30M"),
            ("Wednesday", "DATE", "2013-05-22"),
            ("four years", "DURATION", "P4Y"),
            ("30 months", "DURATION", "P30M"),
            ("November 21, 2015", "DATE", "2015-11-21"),
            ("February", "DATE", "2013-02"),
            ("July 2007", "DATE", "2007-07"),
            ("March 2011", "DATE", "2011-03"),
            ("almost every week", "SET", "P1W"),
            ("Friday afternoons", "SET", "XXXX-WXX-5TAF"),
            ("3am", "TIME", "XXXX-XX-XXT03:00"),
            ("March 3, 2011", "DATE", "2011-03-03"),
            ("That evening", "TIME", "2011-03-03TEV"),
            ("the next day", "DATE", "2011-03-04"),
            ("the 2009-10 financial year", "DATE", "FY2010"),
            ("1956", "DATE", "1956"),
            ("six weeks", "DURATION", "P6W"),
            ("the winter of 2011", "DATE", "2011-WI"),
            ("the 2011-12 financial year", "DATE", "FY2012"),
            ("last month", "DATE", "2013-04"),
            ("Monday", "DATE", "2013-05-20"),
            ("two decades", "DURATION", "P20Y"),
            ("1998", "DATE", "1998"),
            ("weekly", "SET", "P1W"),
            ("October 2011", "DATE", "2011-10"),
            ("Friday", "DATE", "2013-05-24"),
            ("10am", "TIME", "2013-05-24T10:00"),
            ("Tuesday", "DATE", "2013-05-21"),
            ("twice a year", "SET", "P1Y"),
        ],
    ),
    # Thursday 2015-01-15 (ISO week 3), Australian public broadcaster's regional news page (ABC
    # style), region label, headline, byline, stamps "Posted Thu 15 Jan 2015, 4:05pm" and
    # "Updated Thu 15 Jan 2015, 6:21pm" (each a DATE, with the abbreviated weekday in the span,
    # and a TIME). "from Monday" (headline and lead) 2015-01-19; "today" 2015-01-15; "on
    # Wednesday" 2015-01-14 (past); the meeting "at 7pm on Tuesday" 2015-01-20T19:00 and
    # 2015-01-20. Watering "on Tuesdays, Thursdays and Saturdays" three SETs XXXX-WXX-2, -4,
    # -6 (gold_blind78), "before 8am or after 7pm" XXXX-XX-XXThh:mm (hours of a recurring
    # rule, gold_blind49); the pool's "6pm instead of 8pm" the same. "October" 2014-10 and
    # "December" 2014-12 past; "the end of April" 2015-04, "March" 2015-03, "February to
    # April" 2015-02 and 2015-04 ahead; "since November 1" 2014-11-01. "this financial year"
    # FY2015 (July 2014-June 2015, gold_blind49). "about 16 weeks" P16W; "the middle of the
    # year" 2015, the year's value like "mid-2012" (gold_blind59) and "the middle of next week"
    # (gold_blind103). Southern summers take the year of their January (gold_blind9,
    # gold_blind88): "this summer" 2015-SU, "last summer" 2014-SU. "its driest year since 1965"
    # -> "1965"; "from 2006 to 2009" two DATEs; "every fortnight" SET P2W; "for months" PXM;
    # "next week" 2015-W04; "the Australia Day water slide at the pool on January 26" ->
    # "Australia Day" 2015-01-26 (held on that holiday, gold_blind57) and "January 26". Not
    # annotated: "Level 4" (four times), "Level 3", "21 per cent", "$4.5 million", "34 per
    # cent", "10 per cent", "14-kilometre", "312 millimetres", "40 degrees", "35 per cent",
    # "Daily use" (an adjective naming the period of a figure, gold_blind103), "6.1
    # megalitres", "by a fifth", "$220", "02 6755 2014" (a phone number holding 2014).
    "bundarra-ridge-level-4-water-restrictions": (
        "2015-01-15",
        [
            ("Monday", "DATE", "2015-01-19"),
            ("Thu 15 Jan 2015", "DATE", "2015-01-15"),
            ("4:05pm", "TIME", "2015-01-15T16:05"),
            ("Thu 15 Jan 2015", "DATE", "2015-01-15"),
            ("6:21pm", "TIME", "2015-01-15T18:21"),
            ("Monday", "DATE", "2015-01-19"),
            ("today", "DATE", "2015-01-15"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("7pm", "TIME", "XXXX-XX-XXT19:00"),
            ("Wednesday", "DATE", "2015-01-14"),
            ("October", "DATE", "2014-10"),
            ("the end of April", "DATE", "2015-04"),
            ("November 1", "DATE", "2014-11-01"),
            ("this financial year", "DATE", "FY2015"),
            ("March", "DATE", "2015-03"),
            ("about 16 weeks", "DURATION", "P16W"),
            ("the middle of the year", "DATE", "2015"),
            ("2014", "DATE", "2014"),
            ("1965", "DATE", "1965"),
            ("this summer", "DATE", "2015-SU"),
            ("February", "DATE", "2015-02"),
            ("April", "DATE", "2015-04"),
            ("December", "DATE", "2014-12"),
            ("every fortnight", "SET", "P2W"),
            ("2006", "DATE", "2006"),
            ("2009", "DATE", "2009"),
            ("last summer", "DATE", "2014-SU"),
            ("months", "DURATION", "PXM"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("next week", "DATE", "2015-W04"),
            ("Australia Day", "DATE", "2015-01-26"),
            ("January 26", "DATE", "2015-01-26"),
            ("7pm", "TIME", "2015-01-20T19:00"),
            ("Tuesday", "DATE", "2015-01-20"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
