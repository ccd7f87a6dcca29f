"""Annotations of the hundred-and-fifty-eighth blind gold set, chosen by hand before the tagger
ran.

    python tests/data/gold_blind158/annotate.py [--show]

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
    # Saturday 2013-10-19 (ISO week 42), British paper's travel desk, section label, headline
    # ("starts on 27 October"), standfirst, byline, date line "Saturday 19 October 2013". The
    # winter timetable begins "on Sunday 27 October" 2013-10-27 (headline "27 October", lead,
    # and the clock change "at 2am on Sunday 27 October", TIME 2013-10-27T02:00 plus the DATE);
    # the last flights leave "on Saturday 26 October", also "The busiest day", whose "before
    # 7am" and "leaves at 05:50" take that day (a clock time on the day of its sentence).
    # "this winter" in October is the coming winter of 2013-14, 2014-WI (a winter takes the
    # year of its January, gold_blind10, gold_blind97); "the end of March" (the routes return)
    # 2014-03 and "30 March" 2014-03-30, the first day of the next summer flying; "31 January"
    # 2014-01-31 ahead, "15 November" 2013-11-15 ahead, "4 October" and "30 September" past.
    # "Easter" is Easter Sunday 2014, 2014-04-20, the holiday on its day. Past weekdays: the
    # airline "said on Thursday" 2013-10-17; "last Saturday morning" in a Saturday paper is the
    # Saturday of the week before, 2013-10-12TMO (like "last Tuesday" in a Tuesday paper,
    # gold_blind4). Future: schools "break up on Friday" 2013-10-25, the car park "reopens on
    # Wednesday" 2013-10-23, tickets "go on sale on Tuesday" 2013-10-22. "the nine days to
    # Sunday 3 November" -> "the nine days" DURATION P9D (26 October-3 November) and the DATE;
    # "4 per cent more than at half-term last year" -> "last year" 2012 ("half-term" has no
    # calendar value, gold_blind12, gold_blind76). "twice-weekly" (a twice-weekly service) SET
    # P1W, "daily" (a daily flight) SET P1D, "every year" SET P1Y; "48 minutes" PT48M, "at
    # least two hours" PT2H (anchored to the flight), "an hour" PT1H (the size of the clock
    # change, gold_blind44). "the financial year to 31 March" is two TIMEX3, "the financial
    # year" FY2013 (a British year named by the year it ends) and "31 March" 2013-03-31
    # (gold_blind28, gold_blind63). Not annotated: "winter timetable" (headline and lead, a
    # timetable's name, gold_blind76), "until further notice" (gold_blind21), "half-term"
    # (standfirst and twice in the body), "the half-term getaway", "The busiest day" (a
    # superlative day beside its date), "winter time" (the clock standard), "early flights",
    # "its winter flying" (an adjectival season naming a kind), "the new schedule", "AV1027"
    # (a flight number reading like 27/10), "aventa-air.co.uk/winter1314", "0845 555 2710",
    # "61,000", "4 per cent", "7,800", "2,000", "2.3 million", "short-stay".
    "aventa-air-harwick-winter-cuts": (
        "2013-10-19",
        [
            ("27 October", "DATE", "2013-10-27"),
            ("Saturday 19 October 2013", "DATE", "2013-10-19"),
            ("this winter", "DATE", "2014-WI"),
            ("Sunday 27 October", "DATE", "2013-10-27"),
            ("Saturday 26 October", "DATE", "2013-10-26"),
            ("the end of March", "DATE", "2014-03"),
            ("Thursday", "DATE", "2013-10-17"),
            ("twice-weekly", "SET", "P1W"),
            ("4 October", "DATE", "2013-10-04"),
            ("now", "DATE", "PRESENT_REF"),
            ("31 January", "DATE", "2014-01-31"),
            ("15 November", "DATE", "2013-11-15"),
            ("Easter", "DATE", "2014-04-20"),
            ("Friday", "DATE", "2013-10-25"),
            ("the nine days", "DURATION", "P9D"),
            ("Sunday 3 November", "DATE", "2013-11-03"),
            ("last year", "DATE", "2012"),
            ("Saturday 26 October", "DATE", "2013-10-26"),
            ("7am", "TIME", "2013-10-26T07:00"),
            ("05:50", "TIME", "2013-10-26T05:50"),
            ("48 minutes", "DURATION", "PT48M"),
            ("last Saturday morning", "TIME", "2013-10-12TMO"),
            ("at least two hours", "DURATION", "PT2H"),
            ("30 September", "DATE", "2013-09-30"),
            ("Wednesday", "DATE", "2013-10-23"),
            ("an hour", "DURATION", "PT1H"),
            ("2am", "TIME", "2013-10-27T02:00"),
            ("Sunday 27 October", "DATE", "2013-10-27"),
            ("the financial year", "DATE", "FY2013"),
            ("31 March", "DATE", "2013-03-31"),
            ("every year", "SET", "P1Y"),
            ("2010", "DATE", "2010"),
            ("30 March", "DATE", "2014-03-30"),
            ("Tuesday", "DATE", "2013-10-22"),
            ("daily", "SET", "P1D"),
        ],
    ),
    # Monday 2015-11-23 (ISO week 48), US regional paper's airport story, headline ("busiest
    # day is Wednesday"), byline "Sentinel Staff Writer", date line "Monday, November 23, 2015",
    # "BRACKWATER, Ohio —" dateline. Thanksgiving 2015 is the fourth Thursday of November,
    # 2015-11-26 ("Thanksgiving Day", "on Thanksgiving"); "the Wednesday before Thanksgiving"
    # and "the Sunday after Thanksgiving" are one DATE span each, 2015-11-25 and 2015-11-29
    # (gold_blind57, gold_blind79); "the Tuesday before Thanksgiving last year" is one span
    # too, the Tuesday before Thanksgiving 2014 (27 November), 2014-11-25, like "Easter last
    # year" (gold_blind57), and its "noon" 2014-11-25T12:00. Weekdays: the headline's and the
    # quote's "Wednesday" and the forecast's "Wednesday afternoon" / "Wednesday night" are
    # 2015-11-25 (future), "from Wednesday to Sunday" 2015-11-25 and 2015-11-29, the lot will
    # "fill again by Tuesday" 2015-11-24 (future); "officials said Sunday" 2015-11-22 and "last
    # Wednesday" 2015-11-18 (past), its "about 5:30 a.m." 2015-11-18T05:30. "the 12 days from
    # Friday, Nov. 20, through Tuesday, Dec. 1" -> DURATION P12D and two DATEs (weekday dates
    # one span, gold_blind68). "at 3:45 a.m. daily through Dec. 1" is the hour of a recurring
    # opening, XXXX-XX-XXT03:45, with SET P1D (gold_blind28, gold_blind56); "an hour earlier
    # than usual" the size of a shift, PT1H. "the holiday weekend" 2015-W48-WE, the ISO weekend
    # of its Saturday (gold_blind57); "the five days" P5D; "this week" 2015-W48; "a year ago"
    # 2014 (the unit's granularity); "In October ... a year earlier" 2015-10 and 2014-10; "the
    # spring" ahead in November 2016-SP; "11 a.m. that day" after "on Thanksgiving" is
    # 2015-11-26T11:00 and "that day" DATE 2015-11-26, a narrative anchor (gold_blind18).
    # "Every year" SET P1Y; "an hour before their flight" and "two hours" anchored durations.
    # Not annotated: "busiest day" (headline, a superlative day), "The heaviest traffic", "the
    # holiday period" (no calendar value, gold_blind19), "the holiday", "on time", "Checkpoint
    # B", "Flight 1126" (reads like 11/26), "1-800-555-1125" (holds 11/25), "24 hours a day"
    # (an idiom, gold_blind89), "flybrackwater.com/waits", "2,400-space", "84,000", "9,400",
    # "46.9 million", "50 miles", "3.6 million", "$312", "6 percent", "82 percent".
    "brackwater-airport-thanksgiving-rush": (
        "2015-11-23",
        [
            ("Wednesday", "DATE", "2015-11-25"),
            ("Monday, November 23, 2015", "DATE", "2015-11-23"),
            ("the 12 days", "DURATION", "P12D"),
            ("Friday, Nov. 20", "DATE", "2015-11-20"),
            ("Tuesday, Dec. 1", "DATE", "2015-12-01"),
            ("Sunday", "DATE", "2015-11-22"),
            ("last year", "DATE", "2014"),
            ("the Wednesday before Thanksgiving", "DATE", "2015-11-25"),
            ("the Sunday after Thanksgiving", "DATE", "2015-11-29"),
            ("Every year", "SET", "P1Y"),
            ("an hour", "DURATION", "PT1H"),
            ("two hours", "DURATION", "PT2H"),
            ("Wednesday", "DATE", "2015-11-25"),
            ("35 minutes", "DURATION", "PT35M"),
            ("about 5:30 a.m.", "TIME", "2015-11-18T05:30"),
            ("last Wednesday", "DATE", "2015-11-18"),
            ("almost three hours", "DURATION", "PT3H"),
            ("3:45 a.m.", "TIME", "XXXX-XX-XXT03:45"),
            ("daily", "SET", "P1D"),
            ("Dec. 1", "DATE", "2015-12-01"),
            ("an hour", "DURATION", "PT1H"),
            ("the holiday weekend", "DATE", "2015-W48-WE"),
            ("2007", "DATE", "2007"),
            ("the five days", "DURATION", "P5D"),
            ("Wednesday", "DATE", "2015-11-25"),
            ("Sunday", "DATE", "2015-11-29"),
            ("this week", "DATE", "2015-W48"),
            ("a year ago", "DATE", "2014"),
            ("Wednesday afternoon", "TIME", "2015-11-25TAF"),
            ("Wednesday night", "TIME", "2015-11-25TNI"),
            ("7:10 a.m.", "TIME", "2015-11-26T07:10"),
            ("Thanksgiving Day", "DATE", "2015-11-26"),
            ("October", "DATE", "2015-10"),
            ("a year earlier", "DATE", "2014-10"),
            ("noon", "TIME", "2014-11-25T12:00"),
            ("the Tuesday before Thanksgiving last year", "DATE", "2014-11-25"),
            ("Tuesday", "DATE", "2015-11-24"),
            ("March 2014", "DATE", "2014-03"),
            ("the spring", "DATE", "2016-SP"),
            ("3 p.m.", "TIME", "2015-11-26T15:00"),
            ("Thanksgiving", "DATE", "2015-11-26"),
            ("11 a.m.", "TIME", "2015-11-26T11:00"),
            ("that day", "DATE", "2015-11-26"),
        ],
    ),
    # Thursday 2015-03-12 (ISO week 11), airline's news release, heading, headline ("three
    # times a week from 2 June"), date line "12 March 2015", "FOR IMMEDIATE RELEASE", "ENDS" and
    # notes to editors. The route opens "on Tuesday 2 June" 2015-06-02 (headline "2 June" and
    # the fares' "between 2 June and 30 September"). The flights recur "on Tuesdays, Thursdays
    # and Saturdays" (SETs on their weekdays), so their clock times are hours of a recurring
    # service, "07:15", "11:05 local time" (zone in the span, not the value) and "11:50"
    # XXXX-XX-XXThh:mm (gold_blind89). "the following day" after "Saturday 24 October" is
    # 2015-10-25, a narrative anchor (gold_blind16); "twice weekly" SET P1W and its "Tuesdays"
    # and "Saturdays"; "the end of March 2016" 2016-03. Fares "go on sale at 09:00 tomorrow":
    # 2015-03-13T09:00 and "tomorrow" 2015-03-13; "by 31 March" 2015-03-31. "just under three
    # hours" PT3H; "the past two years" P2Y; "this summer" 2015-SU, "next summer" 2016-SU; "a
    # fourth weekly flight" -> "weekly" SET P1W (gold_blind89's "a fourth daily frequency").
    # The tourist board's "last year" is the calendar year 2014, "in February ... a year
    # earlier" 2015-02 and 2014-02. Brellin's financial year ends on 30 September and is named
    # by the year it ends: "whose financial year ends on 30 September" names the end of the
    # year now running, 2015-09-30 (gold_blind63); "the first quarter of the financial year"
    # (one span, like "the first quarter of fiscal 2026" in gold_blind9) is October-December
    # 2014, FY2015-Q1, with "the three months" P3M and "31 December" 2014-12-31; "the current
    # financial year" FY2015; "2013-14" (a financial year written with two years) FY2014
    # (gold_blind21, gold_blind88). "last month" 2015-02; "May 2013"; "now" PRESENT_REF; "daily"
    # SET P1D; "since 2012" and "founded in 1998" DATEs. Not annotated: "The summer service" (an
    # adjectival season naming a kind), "BR602", "BR603", "brellin.com/kastelo2015", "Aero
    # 320", "£49", "9%", "1.2 million", "14%", "8%", "412,000", "1.9 million", "1.8 million",
    # "by a third", "34 destinations", "12 Aero 320 aircraft", "01632 555 0602", "All flight
    # times are local" (no time named), "ENDS".
    "brellin-airways-kastelo-route": (
        "2015-03-12",
        [
            ("three times a week", "SET", "P1W"),
            ("2 June", "DATE", "2015-06-02"),
            ("12 March 2015", "DATE", "2015-03-12"),
            ("Tuesday 2 June", "DATE", "2015-06-02"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("07:15", "TIME", "XXXX-XX-XXT07:15"),
            ("11:05 local time", "TIME", "XXXX-XX-XXT11:05"),
            ("11:50", "TIME", "XXXX-XX-XXT11:50"),
            ("just under three hours", "DURATION", "PT3H"),
            ("Saturday 24 October", "DATE", "2015-10-24"),
            ("the following day", "DATE", "2015-10-25"),
            ("twice weekly", "SET", "P1W"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("the end of March 2016", "DATE", "2016-03"),
            ("09:00", "TIME", "2015-03-13T09:00"),
            ("tomorrow", "DATE", "2015-03-13"),
            ("2 June", "DATE", "2015-06-02"),
            ("30 September", "DATE", "2015-09-30"),
            ("31 March", "DATE", "2015-03-31"),
            ("the past two years", "DURATION", "P2Y"),
            ("2012", "DATE", "2012"),
            ("this summer", "DATE", "2015-SU"),
            ("weekly", "SET", "P1W"),
            ("next summer", "DATE", "2016-SU"),
            ("last year", "DATE", "2014"),
            ("February", "DATE", "2015-02"),
            ("a year earlier", "DATE", "2014-02"),
            ("30 September", "DATE", "2015-09-30"),
            ("last month", "DATE", "2015-02"),
            ("the first quarter of the financial year", "DATE", "FY2015-Q1"),
            ("the three months", "DURATION", "P3M"),
            ("31 December", "DATE", "2014-12-31"),
            ("the current financial year", "DATE", "FY2015"),
            ("2013-14", "DATE", "FY2014"),
            ("May 2013", "DATE", "2013-05"),
            ("now", "DATE", "PRESENT_REF"),
            ("daily", "SET", "P1D"),
            ("1998", "DATE", "1998"),
        ],
    ),
    # Wednesday 2014-02-05 (ISO week 6), ferry operator's service-status page, heading, route,
    # status line, stamp "Updated: 06:45 Wednesday 5 February 2014" (TIME and DATE). "until at
    # least 6pm today" -> "at least 6pm" TIME 2014-02-05T18:00 (modifier kept, "until" out,
    # gold_blind75) and "today"; "at 11am", "from 3am until 9pm today", "around midday"
    # (T12:00), "at 8pm", "at about 1pm" are clock times of the day of the notice. "after 4pm
    # yesterday" 2014-02-04T16:00 and "yesterday" 2014-02-04; "overnight" (told at 06:45) is
    # the night begun yesterday evening, 2014-02-04TNI (gold_blind21, gold_blind103). "this
    # evening" 2014-02-05TEV; "tomorrow, Thursday 6 February" two DATEs 2014-02-06 (like
    # "tomorrow, Good Friday", gold_blind17), and "by noon tomorrow" 2014-02-06T12:00 plus the
    # DATE. Future weekdays: gales "for Saturday" 2014-02-08, "Friday's market sailing"
    # 2014-02-07 (possessive left out); "the weekend" 2014-W06-WE (8-9 February). Past: "since
    # Monday" 2014-02-03. "closed nine times in three weeks" -> "three weeks" P3W, the period
    # of a count (gold_blind89); "now" PRESENT_REF. "Since Christmas" 2013-12-25; "last winter"
    # in February 2014 is the winter of 2012-13, 2013-WI (gold_blind103). "up to and including
    # 28 February" -> "28 February"; "within 30 days" -> "30 days". "a fourth daily return
    # sailing at weekends" -> "daily" SET P1D and "weekends" SET XXXX-WXX-WE; "Saturday 29
    # March" and "Sunday 30 March" the timetable change. "built in 1996" DATE. Not annotated:
    # "The winter timetable", "The summer timetable", "the normal timetable" (timetable names,
    # gold_blind76), "storm-force", "amber warning", "80mph", "MV Loch Arrin", "short notice",
    # "0345 555 0806", "24 hours a day" (an idiom, gold_blind89), "nine times", "a fourth".
    "westmara-ferries-innisbrae-storm-notice": (
        "2014-02-05",
        [
            ("06:45", "TIME", "2014-02-05T06:45"),
            ("Wednesday 5 February 2014", "DATE", "2014-02-05"),
            ("at least 6pm", "TIME", "2014-02-05T18:00"),
            ("today", "DATE", "2014-02-05"),
            ("11am", "TIME", "2014-02-05T11:00"),
            ("3am", "TIME", "2014-02-05T03:00"),
            ("9pm", "TIME", "2014-02-05T21:00"),
            ("today", "DATE", "2014-02-05"),
            ("midday", "TIME", "2014-02-05T12:00"),
            ("4pm", "TIME", "2014-02-04T16:00"),
            ("yesterday", "DATE", "2014-02-04"),
            ("1996", "DATE", "1996"),
            ("overnight", "TIME", "2014-02-04TNI"),
            ("this evening", "TIME", "2014-02-05TEV"),
            ("8pm", "TIME", "2014-02-05T20:00"),
            ("tomorrow", "DATE", "2014-02-06"),
            ("Thursday 6 February", "DATE", "2014-02-06"),
            ("Saturday", "DATE", "2014-02-08"),
            ("the weekend", "DATE", "2014-W06-WE"),
            ("now", "DATE", "PRESENT_REF"),
            ("three weeks", "DURATION", "P3W"),
            ("Christmas", "DATE", "2013-12-25"),
            ("last winter", "DATE", "2013-WI"),
            ("28 February", "DATE", "2014-02-28"),
            ("30 days", "DURATION", "P30D"),
            ("Friday", "DATE", "2014-02-07"),
            ("noon", "TIME", "2014-02-06T12:00"),
            ("tomorrow", "DATE", "2014-02-06"),
            ("Monday", "DATE", "2014-02-03"),
            ("about 1pm", "TIME", "2014-02-05T13:00"),
            ("Saturday 29 March", "DATE", "2014-03-29"),
            ("daily", "SET", "P1D"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("Sunday 30 March", "DATE", "2014-03-30"),
        ],
    ),
    # Friday 2012-05-18 (ISO week 20), Canadian paper's website, headline, stamp "Published on:
    # May 18, 2012 | Last Updated: May 18, 2012 5:40 AM EDT" (two DATEs and a TIME, zone in
    # the span), byline, "PORT ELDRIDGE, Ont. —" dateline. Victoria Day 2012 is the Monday
    # before 25 May, 2012-05-21 ("Monday is Victoria Day", two DATEs, gold_blind103); the
    # headline's "long weekend", "this weekend", "the Victoria Day long weekend" and "through
    # the weekend" are the ISO weekend of its Saturday, 2012-W20-WE (gold_blind17). Weekdays:
    # "Saturday night" 2012-05-19TNI, the ferry resumes "on Saturday" and the high "on
    # Saturday" 2012-05-19, "Monday afternoon" 2012-05-21TAF (future); "figures released
    # Tuesday" 2012-05-15 (past); "from about 3 p.m. Friday" is the publication day,
    # 2012-05-18T15:00 and 2012-05-18. "last year" 2011 (twice) and its "June" 2011-06 ("much
    # of June", the June of last year); "July" ahead 2012-07; "a week earlier than last year"
    # -> "a week" DURATION P1W, the size of a shift (gold_blind68). "in 2011, the third
    # decline in four years" -> "four years" P4Y, the period of a count. Ontario's fiscal year
    # runs April-March and is named by the year it ends: "the 2011-12 fiscal year" one span
    # FY2012 (gold_blind21, gold_blind88), "which ended March 31" 2012-03-31. "last week"
    # 2012-W19; "the first quarter" (calendar, Statistics Canada) 2012-Q1 and "a year
    # earlier" 2011-Q1. "every summer" SET XXXX-SU; "this spring" 2012-SP. "the Canada Day
    # weekend, June 30 to July 2" -> 2012-W26-WE (Saturday 30 June; Canada Day, Sunday 1 July,
    # observed on Monday 2 July) and the two DATEs. The museum's hours recur: "Tuesdays to
    # Sundays" SETs at the ends of the range, "10 a.m." and "5 p.m." XXXX-XX-XXThh:mm
    # (gold_blind76), "until Labour Day" 2012-09-03 (the first Monday of September), "then
    # weekends only" SET XXXX-WXX-WE, "until Thanksgiving" (Canadian, the second Monday of
    # October) 2012-10-08. Not annotated: "season" (headline), "the season", "a better season"
    # (a trade season, gold_blind76), "daily summer sailings" beyond "daily" (an adjectival
    # season naming a kind), "overnight stays" and "overnight trips" (adjectives naming kinds,
    # gold_blind103), "a generation of Americans" (people), "80 per cent", "6 per cent", "2
    # per cent", "$22.1 billion", "3.4 per cent", "$480,000", "12 per cent", "24C", "Highway
    # 11", "ormondlakes.ca/2012", "1-888-555-0521" (holds 05/21), "par", "the crowds".
    "ormond-lakes-victoria-day-season": (
        "2012-05-18",
        [
            ("long weekend", "DATE", "2012-W20-WE"),
            ("2011", "DATE", "2011"),
            ("May 18, 2012", "DATE", "2012-05-18"),
            ("May 18, 2012", "DATE", "2012-05-18"),
            ("5:40 AM EDT", "TIME", "2012-05-18T05:40"),
            ("this weekend", "DATE", "2012-W20-WE"),
            ("the Victoria Day long weekend", "DATE", "2012-W20-WE"),
            ("last year", "DATE", "2011"),
            ("June", "DATE", "2011-06"),
            ("Saturday night", "TIME", "2012-05-19TNI"),
            ("July", "DATE", "2012-07"),
            ("Monday", "DATE", "2012-05-21"),
            ("Victoria Day", "DATE", "2012-05-21"),
            ("daily", "SET", "P1D"),
            ("Saturday", "DATE", "2012-05-19"),
            ("a week", "DURATION", "P1W"),
            ("last year", "DATE", "2011"),
            ("2011", "DATE", "2011"),
            ("four years", "DURATION", "P4Y"),
            ("Tuesday", "DATE", "2012-05-15"),
            ("the 2011-12 fiscal year", "DATE", "FY2012"),
            ("March 31", "DATE", "2012-03-31"),
            ("last week", "DATE", "2012-W19"),
            ("the first quarter", "DATE", "2012-Q1"),
            ("a year earlier", "DATE", "2011-Q1"),
            ("every summer", "SET", "XXXX-SU"),
            ("this spring", "DATE", "2012-SP"),
            ("the Canada Day weekend", "DATE", "2012-W26-WE"),
            ("June 30", "DATE", "2012-06-30"),
            ("July 2", "DATE", "2012-07-02"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("Labour Day", "DATE", "2012-09-03"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("Thanksgiving", "DATE", "2012-10-08"),
            ("Saturday", "DATE", "2012-05-19"),
            ("Monday afternoon", "TIME", "2012-05-21TAF"),
            ("about 3 p.m.", "TIME", "2012-05-18T15:00"),
            ("Friday", "DATE", "2012-05-18"),
            ("the weekend", "DATE", "2012-W20-WE"),
        ],
    ),
    # Tuesday 2014-07-01 (ISO week 27), government travel advice page, title, country,
    # "Still current at: 1 July 2014" (the publication day) and "Updated: 30 June 2014",
    # "Latest update:" summary line, section headings. "extended to 15 July" and "until 15
    # July" 2014-07-15; "since 14 May" and "lifted on 30 June" past; "until September" ahead
    # 2014-09. The curfew's hours recur: "every night from 11pm to 5am" -> SET XXXX-XX-XXTNI and
    # two TIMEs XXXX-XX-XXThh:mm (gold_blind16, gold_blind28). Elections "on Sunday 20 July"
    # and "Sunday 3 August"; borders close "from 6pm on Saturday 19 July until 6am on Monday 21
    # July": two TIMEs on their days and the two DATEs. "in 2009"; "every year" SET P1Y;
    # "recent months" PAST_REF; "March 2013"; "Floods in May" 2014-05 (past); flights
    # suspended "until 31 July"; "a 30-day visa" DURATION on the adjective; "From 1 September
    # 2014"; "at least 72 hours", "at least six months", "at least six weeks" durations with
    # their modifier; "since January" 2014-01; "at least once a week" SET P1W (gold_blind56's
    # "at least once a day"). Not annotated: "the night-time curfew" (an adjectival part of day
    # naming a kind), "after dark" (generic), "The rainy season" (no calendar value,
    # gold_blind78), "the election period" (event-named), "the date you arrive", "the FCO",
    # "38,000", "9 people", "41 people", "60,000", "40 US dollars", "marenia-evisa.org/apply2014"
    # (a web address holding 2014), "trouble-free".
    "marenia-travel-advice-curfew-elections": (
        "2014-07-01",
        [
            ("1 July 2014", "DATE", "2014-07-01"),
            ("30 June 2014", "DATE", "2014-06-30"),
            ("15 July", "DATE", "2014-07-15"),
            ("14 May", "DATE", "2014-05-14"),
            ("30 June", "DATE", "2014-06-30"),
            ("September", "DATE", "2014-09"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("11pm", "TIME", "XXXX-XX-XXT23:00"),
            ("5am", "TIME", "XXXX-XX-XXT05:00"),
            ("15 July", "DATE", "2014-07-15"),
            ("Sunday 20 July", "DATE", "2014-07-20"),
            ("Sunday 3 August", "DATE", "2014-08-03"),
            ("6pm", "TIME", "2014-07-19T18:00"),
            ("Saturday 19 July", "DATE", "2014-07-19"),
            ("6am", "TIME", "2014-07-21T06:00"),
            ("Monday 21 July", "DATE", "2014-07-21"),
            ("2009", "DATE", "2009"),
            ("every year", "SET", "P1Y"),
            ("recent months", "DATE", "PAST_REF"),
            ("March 2013", "DATE", "2013-03"),
            ("May", "DATE", "2014-05"),
            ("daily", "SET", "P1D"),
            ("31 July", "DATE", "2014-07-31"),
            ("30-day", "DURATION", "P30D"),
            ("1 September 2014", "DATE", "2014-09-01"),
            ("at least 72 hours", "DURATION", "PT72H"),
            ("at least six months", "DURATION", "P6M"),
            ("January", "DATE", "2014-01"),
            ("at least six weeks", "DURATION", "P6W"),
            ("at least once a week", "SET", "P1W"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
