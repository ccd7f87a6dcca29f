"""Annotations of the hundred-and-ninety-sixth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind196/annotate.py [--show]

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
    # Monday 2014-02-03 (ISO week 6), English regional evening paper, headline, byline, date
    # line "Monday 3 February 2014". The night closures start "from tonight" 2014-02-03TNI
    # and run "from 9pm to 6am every night except Saturdays until 14 March": the hours recur,
    # XXXX-XX-XXT21:00 and XXXX-XX-XXT06:00 with the SET XXXX-XX-XXTNI (gold_blind72), and
    # the exception "Saturdays" is a SET of its own, XXXX-WXX-6TNI: the nights left out are
    # Saturday nights, so "night" carries over to it as it did to "every Friday" in
    # gold_blind72 (see README). "19 February" 2014-02-19 (a Wednesday). The full closure
    # "from 10pm on Friday 21 February to 5am on Monday 24 February", four TIMEX3. "Between
    # 9pm and 6am" in the quote is the same recurring hours. Past: "last March" 2013-03,
    # "last autumn" 2013-FA, "until after Christmas" 2013-12-25, "Last week" 2014-W05.
    # Future: "the end of April" 2014-04, "Sunday nights in May" a SET XXXX-WXX-7TNI and a
    # DATE 2014-05 (like "Saturdays in July", gold_blind9), "the summer" 2014-SU, "Easter"
    # 2014-04-20, the exhibition "on Wednesday" 2014-02-05 "from 2pm to 7pm". "the 2013/14
    # financial year" is the British government's April-March year, FY2014 (gold_blind72).
    # "almost a year" P1Y. Not annotated: "night closures" (headline, adjectival), "the same
    # nights" (anaphoric), "the first weekend closure" (adjectival, gold_blind21), "during
    # the day" (generic daytime), "the hours when the road is quietest", "the second phase",
    # "junction 12" (twice), "junctions 11 and 13", "junction 11", "the M64", "the A614", "the
    # A58", "the B6210", "7.5-tonne", "50mph", "8,000 vehicles", "70,000", "£6.4m",
    # "www.m64junction12.co.uk", "around the clock", "0300 555 1971" (a phone number ending
    # in the year of "1971", annotated), "Hessleby Evening Telegraph" (a paper's name).
    "m64-junction-12-bridge-night-closures": (
        "2014-02-03",
        [
            ("six weeks", "DURATION", "P6W"),
            ("Monday 3 February 2014", "DATE", "2014-02-03"),
            ("six weeks", "DURATION", "P6W"),
            ("tonight", "TIME", "2014-02-03TNI"),
            ("9pm", "TIME", "XXXX-XX-XXT21:00"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("Saturdays", "SET", "XXXX-WXX-6TNI"),
            ("14 March", "DATE", "2014-03-14"),
            ("19 February", "DATE", "2014-02-19"),
            ("10pm", "TIME", "2014-02-21T22:00"),
            ("Friday 21 February", "DATE", "2014-02-21"),
            ("5am", "TIME", "2014-02-24T05:00"),
            ("Monday 24 February", "DATE", "2014-02-24"),
            ("1971", "DATE", "1971"),
            ("about 20 minutes", "DURATION", "PT20M"),
            ("9pm", "TIME", "XXXX-XX-XXT21:00"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("last March", "DATE", "2013-03"),
            ("last autumn", "DATE", "2013-FA"),
            ("Christmas", "DATE", "2013-12-25"),
            ("Last week", "DATE", "2014-W05"),
            ("the 2013/14 financial year", "DATE", "FY2014"),
            ("about five months", "DURATION", "P5M"),
            ("the end of April", "DATE", "2014-04"),
            ("Sunday nights", "SET", "XXXX-WXX-7TNI"),
            ("May", "DATE", "2014-05"),
            ("the summer", "DATE", "2014-SU"),
            ("almost a year", "DURATION", "P1Y"),
            ("Easter", "DATE", "2014-04-20"),
            ("Wednesday", "DATE", "2014-02-05"),
            ("2pm", "TIME", "2014-02-05T14:00"),
            ("7pm", "TIME", "2014-02-05T19:00"),
        ],
    ),
    # Wednesday 2013-05-15 (ISO week 20), Scottish daily's website, headline, standfirst,
    # byline, stamps "Published 15/05/2013 06:00" and "Updated 15/05/2013 11:42" (day-first
    # dates, a DATE and a TIME each, gold_blind72); "announced yesterday" 2013-05-14. The
    # closure "from Saturday 29 June until Sunday 14 July" (16 days inclusive); the buses'
    # hours "every 30 minutes from 05:45 until 23:15" recur, XXXX-XX-XXThh:mm with the SET
    # PT30M (gold_blind27). "last October" 2012-10. "In June ... at 21:00 every Sunday" a
    # DATE 2013-06, a recurring TIME and a SET XXXX-WXX-7. "16-day" adjectival P16D; "the
    # autumn" ahead 2013-FA; "eight months" P8M; "five-year" P5Y; "March 2014" 2014-03; the
    # refund "for July" 2013-07; the ticket office "from 06:00 to 20:00 daily" two recurring
    # TIMEs and SET P1D; "Monday 3 June" 2013-06-03; "overran by 36 hours" is the size of a
    # delay, DURATION PT36H (gold_blind35); "January" 2013-01 (past); "a fortnight" P2W.
    # The box: "Sat 29 Jun" and "Sun 14 Jul" (abbreviated weekdays, checked by hand: a
    # Saturday and a Sunday), "Sundays in June" a SET and a DATE, "Mon 15 Jul" 2013-07-15 (a
    # Monday). Not annotated: "the school holidays" (standfirst and body) and "the holidays"
    # (a school break whose dates the text does not give, gold_blind68), "the middle of the
    # holidays", "last time", "150-year-old" (the age of a thing, gold_blind92), "overnight
    # closures" (adjectival), "the last trains", "first train", "normal timetable", "20mph",
    # "£4.1m", "about a third", "Season ticket" ("one 16-day closure" keeps only "16-day").
    "kirkmuir-line-tunnel-summer-closure": (
        "2013-05-15",
        [
            ("16 days", "DURATION", "P16D"),
            ("this summer", "DATE", "2013-SU"),
            ("15/05/2013", "DATE", "2013-05-15"),
            ("06:00", "TIME", "2013-05-15T06:00"),
            ("15/05/2013", "DATE", "2013-05-15"),
            ("11:42", "TIME", "2013-05-15T11:42"),
            ("16 days", "DURATION", "P16D"),
            ("this summer", "DATE", "2013-SU"),
            ("yesterday", "DATE", "2013-05-14"),
            ("Saturday 29 June", "DATE", "2013-06-29"),
            ("Sunday 14 July", "DATE", "2013-07-14"),
            ("every 30 minutes", "SET", "PT30M"),
            ("05:45", "TIME", "XXXX-XX-XXT05:45"),
            ("23:15", "TIME", "XXXX-XX-XXT23:15"),
            ("up to 40 minutes", "DURATION", "PT40M"),
            ("last October", "DATE", "2012-10"),
            ("June", "DATE", "2013-06"),
            ("21:00", "TIME", "XXXX-XX-XXT21:00"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("16-day", "DURATION", "P16D"),
            ("the autumn", "DATE", "2013-FA"),
            ("eight months", "DURATION", "P8M"),
            ("five-year", "DURATION", "P5Y"),
            ("March 2014", "DATE", "2014-03"),
            ("July", "DATE", "2013-07"),
            ("06:00", "TIME", "XXXX-XX-XXT06:00"),
            ("20:00", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
            ("Monday 3 June", "DATE", "2013-06-03"),
            ("2009", "DATE", "2009"),
            ("nine days", "DURATION", "P9D"),
            ("36 hours", "DURATION", "PT36H"),
            ("January", "DATE", "2013-01"),
            ("a fortnight", "DURATION", "P2W"),
            ("Now", "DATE", "PRESENT_REF"),
            ("16 days", "DURATION", "P16D"),
            ("Sat 29 Jun", "DATE", "2013-06-29"),
            ("Sun 14 Jul", "DATE", "2013-07-14"),
            ("every 30 minutes", "SET", "PT30M"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("June", "DATE", "2013-06"),
            ("21:00", "TIME", "XXXX-XX-XXT21:00"),
            ("Mon 15 Jul", "DATE", "2013-07-15"),
        ],
    ),
    # Thursday 2012-04-12 (ISO week 15), US regional paper's website, headline ("next week"
    # 2012-W16), byline, stamp "on April 12, 2012 at 5:32 AM, updated April 12, 2012 at 9:14
    # AM" (two DATEs and two TIMEs), "MARDEN TOWNSHIP -" dateline. Future: the ramp closes "at
    # 9 p.m. Monday" 2012-04-16T21:00 and 2012-04-16; the off-ramp "every night from 8 p.m. to
    # 6 a.m. for three weeks starting April 23" (SET, two recurring TIMEs, DURATION P3W and
    # 2012-04-23); "late June" 2012-06; "10 p.m. Friday, May 18, to 5 a.m. Monday, May 21"
    # four TIMEX3; "Memorial Day weekend" 2012-W21-WE (Memorial Day is Monday 28 May 2012, the
    # weekend 26-27 May, gold_blind21); "Thanksgiving 2013" the fourth Thursday of November,
    # 2013-11-28; "the fiscal year that begins July 1" -> "the fiscal year" FY2013 (a state
    # year running July-June, named by the year it ends, gold_blind35) and "July 1"
    # 2012-07-01; "this weekend" 2012-W15-WE; the meeting "at 7 p.m. Thursday, April 19".
    # Past: "said Wednesday" 2012-04-11, "since last year" 2011, "in November" 2011-11, "last
    # summer" 2011-SU, "2011" and "a year earlier" 2010 (the year's granularity). "a year
    # later than first planned" is the size of a delay, P1Y (gold_blind35); "more than a
    # decade" P10Y; "the 1960s" 196; "for 20 years" P20Y. Not annotated: "I-84", "Exit 14"
    # (three times), "Interstate 84", "Exit 13", "Route 31" (three times), "Quarry Road",
    # "$38 million", "about 4 miles", "41", "29", "the second phase", "The first phase",
    # "rush hour", "marden84project.com", "570-555-1984" (ends in a year-like number).
    "i84-exit-14-ramp-closures": (
        "2012-04-12",
        [
            ("next week", "DATE", "2012-W16"),
            ("April 12, 2012", "DATE", "2012-04-12"),
            ("5:32 AM", "TIME", "2012-04-12T05:32"),
            ("April 12, 2012", "DATE", "2012-04-12"),
            ("9:14 AM", "TIME", "2012-04-12T09:14"),
            ("9 p.m.", "TIME", "2012-04-16T21:00"),
            ("Monday", "DATE", "2012-04-16"),
            ("about 10 weeks", "DURATION", "P10W"),
            ("Wednesday", "DATE", "2012-04-11"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("three weeks", "DURATION", "P3W"),
            ("April 23", "DATE", "2012-04-23"),
            ("late June", "DATE", "2012-06"),
            ("2010", "DATE", "2010"),
            ("last year", "DATE", "2011"),
            ("November", "DATE", "2011-11"),
            ("last summer", "DATE", "2011-SU"),
            ("Now", "DATE", "PRESENT_REF"),
            ("10 p.m.", "TIME", "2012-05-18T22:00"),
            ("Friday, May 18", "DATE", "2012-05-18"),
            ("5 a.m.", "TIME", "2012-05-21T05:00"),
            ("Monday, May 21", "DATE", "2012-05-21"),
            ("Memorial Day weekend", "DATE", "2012-W21-WE"),
            ("now", "DATE", "PRESENT_REF"),
            ("Thanksgiving 2013", "DATE", "2013-11-28"),
            ("a year", "DURATION", "P1Y"),
            ("the fiscal year", "DATE", "FY2013"),
            ("July 1", "DATE", "2012-07-01"),
            ("2011", "DATE", "2011"),
            ("a year earlier", "DATE", "2010"),
            ("more than a decade", "DURATION", "P10Y"),
            ("the 1960s", "DATE", "196"),
            ("20 years", "DURATION", "P20Y"),
            ("this weekend", "DATE", "2012-W15-WE"),
            ("7 p.m.", "TIME", "2012-04-19T19:00"),
            ("Thursday, April 19", "DATE", "2012-04-19"),
        ],
    ),
    # Friday 2015-03-06 (ISO week 10), Irish paper, headline, byline, date line "Friday,
    # March 06, 2015" (one span with its weekday; the zero-padded day as printed). "55 hours"
    # (headline and body) PT55H, from 19:00 on Friday 10 April to 02:00 on Monday 13 April
    # 2015; "next month" 2015-04. "the October bank holiday weekend last year" one DATE span
    # (like "July last year", gold_blind72): the Irish October bank holiday is the last
    # Monday of October, 27 October 2014, its weekend 25-26 October, 2014-W43-WE. "last
    # Christmas" (twice) 2014-12-25; "last summer" 2014-SU; "now" PRESENT_REF; "the first
    # quarter of 2016" 2016-Q1 (calendar, no fiscal year described); "the April closure" ->
    # "April" 2015-04 (an adjectival month, the closure's month). "every Tuesday and
    # Wednesday night" -> "every Tuesday" SET XXXX-WXX-2TNI and "Wednesday night" SET
    # XXXX-WXX-3TNI ("every" and "night" distribute, gold_blind72), "from 16 March"
    # 2015-03-16, "about three weeks" P3W, "between 8pm and 6am" two recurring TIMEs.
    # "Easter" 2015-04-05, "from Thursday 2 April to Tuesday 7 April". "every Saturday since
    # January" a SET and 2015-01 (gold_blind35). "15 minutes earlier" PT15M (the size of a
    # shift); "almost two years" P2Y; "2016" the year of the quote; "the next fortnight" P2W;
    # the evening "on Thursday 19 March from 4pm to 8pm". Not annotated: "the N71", "the
    # R586", "R588", "about 14km", "€19m", "14 crashes", "two of them", "its 236 service",
    # "(027) 555 2016" (a phone number ending in "2016", annotated beside it), "night works"
    # (adjectival), "the second full closure", "The first", "during the closure", "lost time",
    # "the end of it", "A public information evening" (an event's name, no particular day
    # beyond "Thursday 19 March").
    "ballycarrig-n71-bridge-lift-closure": (
        "2015-03-06",
        [
            ("55 hours", "DURATION", "PT55H"),
            ("Friday, March 06, 2015", "DATE", "2015-03-06"),
            ("55 hours", "DURATION", "PT55H"),
            ("next month", "DATE", "2015-04"),
            ("7pm", "TIME", "2015-04-10T19:00"),
            ("Friday 10 April", "DATE", "2015-04-10"),
            ("2am", "TIME", "2015-04-13T02:00"),
            ("Monday 13 April", "DATE", "2015-04-13"),
            ("June 2013", "DATE", "2013-06"),
            ("the October bank holiday weekend last year", "DATE", "2014-W43-WE"),
            ("three days", "DURATION", "P3D"),
            ("last Christmas", "DATE", "2014-12-25"),
            ("last summer", "DATE", "2014-SU"),
            ("now", "DATE", "PRESENT_REF"),
            ("the first quarter of 2016", "DATE", "2016-Q1"),
            ("April", "DATE", "2015-04"),
            ("every Tuesday", "SET", "XXXX-WXX-2TNI"),
            ("Wednesday night", "SET", "XXXX-WXX-3TNI"),
            ("16 March", "DATE", "2015-03-16"),
            ("about three weeks", "DURATION", "P3W"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("Easter", "DATE", "2015-04-05"),
            ("Thursday 2 April", "DATE", "2015-04-02"),
            ("Tuesday 7 April", "DATE", "2015-04-07"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("January", "DATE", "2015-01"),
            ("2008", "DATE", "2008"),
            ("2012", "DATE", "2012"),
            ("15 minutes", "DURATION", "PT15M"),
            ("almost two years", "DURATION", "P2Y"),
            ("2016", "DATE", "2016"),
            ("last Christmas", "DATE", "2014-12-25"),
            ("the next fortnight", "DURATION", "P2W"),
            ("Thursday 19 March", "DATE", "2015-03-19"),
            ("4pm", "TIME", "2015-03-19T16:00"),
            ("8pm", "TIME", "2015-03-19T20:00"),
        ],
    ),
    # Saturday 2015-09-19 (ISO week 38), Australian regional paper's website, headline,
    # byline, stamp "September 19, 2015 - 6:00AM" (a DATE and a TIME). "next Saturday"
    # (headline and lead) in a Saturday paper is the Saturday a week on, 2015-09-26, which
    # the text confirms ("from 1am on Saturday, September 26"); the line reopens "at 4am on
    # Tuesday, October 6". "the Labour Day long weekend" and "the long weekend": NSW Labour
    # Day is the first Monday of October, 5 October 2015, the weekend 3-4 October,
    # 2015-W40-WE (like "the long weekend" in gold_blind103). The coaches run "every 20
    # minutes between 5am and 10pm and every hour after that": SETs PT20M and PT1H and two
    # recurring TIMEs. "this weekend" is the weekend beginning on the day of publication,
    # 2015-W38-WE; "after 8pm tonight" 2015-09-19T20:00 and 2015-09-19TNI; "Sunday night"
    # 2015-09-20TNI. Past: "planned for July" 2015-07, "in June" 2015-06, "the 1970s" 197,
    # "since last November" 2014-11, "2011", "in April last year" one span 2014-04
    # (gold_blind72). "over six weeks" P6W; "two days over time" the size of an overrun,
    # P2D; "12-hour shifts" PT12H; the crossing shut "for 48 hours from 6am on Wednesday,
    # September 30". "this financial year's state budget" -> "this financial year" FY2016 (the
    # Australian July-June year named by the year it ends, gold_blind9); "the first half of
    # next year" 2016-H1; "every Sunday from October 18" a SET and 2015-10-18. Not annotated:
    # "the school holidays", "the holidays", "around the clock", "14 kilometres", "three
    # level crossings", "180mm", "60km/h", "$23 million", "1800 555 026", "the second stage",
    # "The last shorter closure", "the first full closure", "the Coralla Highway".
    "coralla-line-track-upgrade-buses": (
        "2015-09-19",
        [
            ("10 days", "DURATION", "P10D"),
            ("next Saturday", "DATE", "2015-09-26"),
            ("September 19, 2015", "DATE", "2015-09-19"),
            ("6:00AM", "TIME", "2015-09-19T06:00"),
            ("10 days", "DURATION", "P10D"),
            ("next Saturday", "DATE", "2015-09-26"),
            ("1am", "TIME", "2015-09-26T01:00"),
            ("Saturday, September 26", "DATE", "2015-09-26"),
            ("4am", "TIME", "2015-10-06T04:00"),
            ("Tuesday, October 6", "DATE", "2015-10-06"),
            ("the Labour Day long weekend", "DATE", "2015-W40-WE"),
            ("every 20 minutes", "SET", "PT20M"),
            ("5am", "TIME", "XXXX-XX-XXT05:00"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("every hour", "SET", "PT1H"),
            ("up to 45 minutes", "DURATION", "PT45M"),
            ("this weekend", "DATE", "2015-W38-WE"),
            ("8pm", "TIME", "2015-09-19T20:00"),
            ("tonight", "TIME", "2015-09-19TNI"),
            ("Sunday night", "TIME", "2015-09-20TNI"),
            ("July", "DATE", "2015-07"),
            ("June", "DATE", "2015-06"),
            ("the 1970s", "DATE", "197"),
            ("last November", "DATE", "2014-11"),
            ("up to 12 minutes", "DURATION", "PT12M"),
            ("2011", "DATE", "2011"),
            ("six weeks", "DURATION", "P6W"),
            ("April last year", "DATE", "2014-04"),
            ("two days", "DURATION", "P2D"),
            ("12-hour", "DURATION", "PT12H"),
            ("48 hours", "DURATION", "PT48H"),
            ("6am", "TIME", "2015-09-30T06:00"),
            ("Wednesday, September 30", "DATE", "2015-09-30"),
            ("this financial year", "DATE", "FY2016"),
            ("the first half of next year", "DATE", "2016-H1"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("October 18", "DATE", "2015-10-18"),
            ("the long weekend", "DATE", "2015-W40-WE"),
        ],
    ),
    # Tuesday 2012-06-26 (ISO week 26), Canadian paper's website, headline, byline with the
    # paper's name, stamp "Published: Tuesday, June 26, 2012 5:01 PM EDT" (a DATE with its
    # weekday and a TIME, the zone in the span, gold_blind103), "NORWOOD -" dateline.
    # "mid-October" (headline and twice in the body) 2012-10, "October" 2012-10. "the city
    # said Monday" 2012-06-25. "Starting Tuesday, July 3" 2012-07-03. "the Canada Day long
    # weekend": Canada Day falls on Sunday 1 July 2012 (observed Monday 2 July), the weekend
    # 30 June-1 July, 2012-W26-WE, the weekend of the week of publication. The full closure
    # "from 11 p.m. Friday, Aug. 10, to 6 a.m. Monday, Aug. 13", four TIMEX3; "from July 16"
    # 2012-07-16; "every day from 7 a.m. to 11 p.m." SET P1D and two recurring TIMEs
    # (gold_blind27). "the 1958 span" -> "1958" (an adjectival year, gold_blind35); "last
    # summer" 2011-SU and "put off a year" the size of a delay, P1Y; "1987", "2010"; "last
    # fall" 2011-FA; "the next 16 weeks" P16W; "before school starts in September" 2012-09;
    # "Now" PRESENT_REF; "Last year" 2011 and "five weeks late" P5W; "the city's 2012
    # construction season" -> "2012" only (like "the 2015 growing season" in gold_blind27);
    # the open house "Thursday from 4 p.m. to 8 p.m." 2012-06-28. Not annotated: "Rush
    # hour", "the latest" (hour the bylaw allows), "construction season" beyond "2012",
    # "$14-million", "routes 7 and 12", "$3 million", "64 road projects",
    # "norwoodbridgeworks.ca", "819-555-1958" (a phone number ending in "1958", annotated in
    # the lead), "Coun.".
    "lavergne-bridge-rehabilitation-lanes": (
        "2012-06-26",
        [
            ("mid-October", "DATE", "2012-10"),
            ("Tuesday, June 26, 2012", "DATE", "2012-06-26"),
            ("5:01 PM EDT", "TIME", "2012-06-26T17:01"),
            ("mid-October", "DATE", "2012-10"),
            ("1958", "DATE", "1958"),
            ("Monday", "DATE", "2012-06-25"),
            ("Tuesday, July 3", "DATE", "2012-07-03"),
            ("the Canada Day long weekend", "DATE", "2012-W26-WE"),
            ("11 p.m.", "TIME", "2012-08-10T23:00"),
            ("Friday, Aug. 10", "DATE", "2012-08-10"),
            ("6 a.m.", "TIME", "2012-08-13T06:00"),
            ("Monday, Aug. 13", "DATE", "2012-08-13"),
            ("July 16", "DATE", "2012-07-16"),
            ("every day", "SET", "P1D"),
            ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
            ("11 p.m.", "TIME", "XXXX-XX-XXT23:00"),
            ("last summer", "DATE", "2011-SU"),
            ("a year", "DURATION", "P1Y"),
            ("1987", "DATE", "1987"),
            ("2010", "DATE", "2010"),
            ("last fall", "DATE", "2011-FA"),
            ("the next 16 weeks", "DURATION", "P16W"),
            ("September", "DATE", "2012-09"),
            ("Now", "DATE", "PRESENT_REF"),
            ("mid-October", "DATE", "2012-10"),
            ("Last year", "DATE", "2011"),
            ("five weeks", "DURATION", "P5W"),
            ("October", "DATE", "2012-10"),
            ("2012", "DATE", "2012"),
            ("Thursday", "DATE", "2012-06-28"),
            ("4 p.m.", "TIME", "2012-06-28T16:00"),
            ("8 p.m.", "TIME", "2012-06-28T20:00"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
