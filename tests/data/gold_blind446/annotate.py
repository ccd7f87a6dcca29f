"""Annotations of the blind gold set 446, chosen by hand before the tagger ran.

    python tests/data/gold_blind446/annotate.py [--show]

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
    # Tuesday 1998-08-18 (ISO week 34), US network evening newscast (anchor, correspondent with
    # videotape, an epidemiologist's bite, two short items, sign-off), header "Tuesday, August
    # 18, 1998, 6:30 p.m. ET" (one DATE span and a TIME with the zone in the span, gold_blind30).
    # "tonight", "this morning", "this afternoon" parts of the air day; "yesterday" 1998-08-17.
    # "the largest recall of its kind this year" -> "this year" 1998 (the superlative's period
    # of a calendar year, like "the third time this year" in gold_blind30). "about 7 o'clock
    # this morning" two TIMEX3, 07:00. Past: "last Friday" 1998-08-14, "Over the weekend"
    # 1998-W33-WE, "Sunday night" 1998-08-16TNI, the fire that "began Saturday" 1998-08-15.
    # Future: "by the weekend" 1998-W34-WE (the same word ahead, gold_blind103), "Thursday"
    # 1998-08-20, "Labor Day" 1998-09-07 (first Monday of September), "tomorrow" 1998-08-19.
    # "the Fourth of July weekend": 4 July 1998 was a Saturday, 1998-W27-WE (gold_blind57).
    # "its fiscal fourth quarter, which ends September 30": the company's fiscal year ends on
    # 30 September, so the quarter is FY1998-Q4 (gold_blind55) plus "September 30" 1998-09-30.
    # "the end of the month" 1998-08; "the first of July" 1998-07-01; "in May" 1998-05 (past);
    # "by 2003" 2003; "every day" SET P1D; "right now" and "now" PRESENT_REF; "the next ten
    # days" P10D; "up to a week" P1W; "this Tuesday" in the sign-off the air day (gold_blind30).
    # Not annotated: "Show #98081801" (a transcript number holding the date's digits), "plant
    # number 1998" (an identifier in a 1998 story, like "Local 1990" in gold_blind35),
    # "1-800-555-1998", "atlasnews.com/recall0818", "24 hours a day" (a rate, gold_blind30),
    # "until further notice" (gold_blind27), "6-year-old", "five-pound", "1.4 million pounds",
    # "37", "19 cases", "580 workers", "two shifts", "60 percent", "4,200 acres", "Good
    # evening", "Good night", "After that" (anaphoric), "ATLAS EVENING NEWS" (a title).
    "atlas-evening-news-ground-beef-recall": (
        "1998-08-18",
        [
            ("Tuesday, August 18, 1998", "DATE", "1998-08-18"),
            ("6:30 p.m. ET", "TIME", "1998-08-18T18:30"),
            ("tonight", "TIME", "1998-08-18TNI"),
            ("this year", "DATE", "1998"),
            ("the past three weeks", "DURATION", "P3W"),
            ("this morning", "TIME", "1998-08-18TMO"),
            ("yesterday", "DATE", "1998-08-17"),
            ("every day", "SET", "P1D"),
            ("1994", "DATE", "1994"),
            ("Today", "DATE", "1998-08-18"),
            ("about 7 o'clock", "TIME", "1998-08-18T07:00"),
            ("this morning", "TIME", "1998-08-18TMO"),
            ("July 20", "DATE", "1998-07-20"),
            ("August 4", "DATE", "1998-08-04"),
            ("the Fourth of July weekend", "DATE", "1998-W27-WE"),
            ("July 28", "DATE", "1998-07-28"),
            ("last Friday", "DATE", "1998-08-14"),
            ("the weekend", "DATE", "1998-W33-WE"),
            ("Sunday night", "TIME", "1998-08-16TNI"),
            ("the next ten days", "DURATION", "P10D"),
            ("up to a week", "DURATION", "P1W"),
            ("right now", "DATE", "PRESENT_REF"),
            ("this afternoon", "TIME", "1998-08-18TAF"),
            ("Labor Day", "DATE", "1998-09-07"),
            ("its fiscal fourth quarter", "DATE", "FY1998-Q4"),
            ("September 30", "DATE", "1998-09-30"),
            ("the end of the month", "DATE", "1998-08"),
            ("the first of July", "DATE", "1998-07-01"),
            ("9 o'clock Eastern", "TIME", "1998-08-18T21:00"),
            ("tonight", "TIME", "1998-08-18TNI"),
            ("Saturday", "DATE", "1998-08-15"),
            ("now", "DATE", "PRESENT_REF"),
            ("the weekend", "DATE", "1998-W34-WE"),
            ("Thursday", "DATE", "1998-08-20"),
            ("May", "DATE", "1998-05"),
            ("2003", "DATE", "2003"),
            ("this Tuesday", "DATE", "1998-08-18"),
            ("tomorrow", "DATE", "1998-08-19"),
        ],
    ),
    # Friday 1998-11-20 (ISO week 47), British regional TV teatime news (presenter, a reporter's
    # live two-way, a recorded union convenor, a jobs item, sport, weather, sign-off), header
    # "Broadcast: Friday 20 November 1998, 6.00pm" (DATE one span with its weekday, TIME).
    # "the end of next year" 1999 (the year's value, gold_blind35); "since two o'clock" and "at
    # half past two" afternoon clock times of the air day, 14:00 and 14:30 (a spoken clock time,
    # gold_blind30). Future months: "starting in April" 1999-04, "the end of March" 1999-03; past:
    # "in June" 1998-06, "last month" 1998-10, "since August" 1998-08. "the financial year that
    # ended in March": a British company's April-March year named by the year it ends, FY1998
    # (gold_blind11, gold_blind48), plus "March" 1998-03. "since the summer" 1998-SU. "A 90-day
    # consultation" P90D; "the following nine months" P9M; "twenty-six years" and "thirty-one
    # years" (how long two men worked there) P26Y and P31Y. Weekdays: "on Monday" 1998-11-23 and
    # "Monday morning" 1998-11-23TMO, "Sunday morning" 1998-11-22TMO and "on Sunday" 1998-11-22
    # (future); "on Wednesday" 1998-11-18 and "last Saturday" 1998-11-14 (past). "before
    # Christmas" 1998-12-25; "the first of December" 1998-12-01. The advice centre's late
    # opening "until 8pm on Tuesdays and Thursdays": the hour XXXX-XX-XXT20:00 and the plural
    # weekdays SETs XXXX-WXX-2 and XXXX-WXX-4 (gold_blind5, gold_blind21). "kick-off at three
    # o'clock" tomorrow 1998-11-21T15:00; "the next three weeks" P3W; "the late news at 10.35"
    # 1998-11-20T22:35; "this Friday" in the sign-off the air day. Not annotated:
    # "MIDSHIRES TONIGHT" / "Midshires Tonight" (a title holding "tonight"), "the early shift",
    # "01632 961946" (a phone number ending in 1946, beside "since 1946"), "3-0", "his season"
    # (a football season), "a cold night" beside the annotated "tonight", "minus 2", "Four
    # hundred and twenty", "150 jobs", "3.2 million pounds", "by a third", "the late news".
    "midshires-tonight-halvey-plant-closure": (
        "1998-11-20",
        [
            ("Friday 20 November 1998", "DATE", "1998-11-20"),
            ("6.00pm", "TIME", "1998-11-20T18:00"),
            ("1946", "DATE", "1946"),
            ("this afternoon", "TIME", "1998-11-20TAF"),
            ("the end of next year", "DATE", "1999"),
            ("two o'clock", "TIME", "1998-11-20T14:00"),
            ("half past two", "TIME", "1998-11-20T14:30"),
            ("April", "DATE", "1999-04"),
            ("the end of March", "DATE", "1999-03"),
            ("the following nine months", "DURATION", "P9M"),
            ("twenty-six years", "DURATION", "P26Y"),
            ("thirty-one years", "DURATION", "P31Y"),
            ("June", "DATE", "1998-06"),
            ("last month", "DATE", "1998-10"),
            ("2001", "DATE", "2001"),
            ("the financial year", "DATE", "FY1998"),
            ("March", "DATE", "1998-03"),
            ("the summer", "DATE", "1998-SU"),
            ("90-day", "DURATION", "P90D"),
            ("Monday", "DATE", "1998-11-23"),
            ("Sunday morning", "TIME", "1998-11-22TMO"),
            ("Christmas", "DATE", "1998-12-25"),
            ("today", "DATE", "1998-11-20"),
            ("Wednesday", "DATE", "1998-11-18"),
            ("the first of December", "DATE", "1998-12-01"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("tomorrow", "DATE", "1998-11-21"),
            ("three o'clock", "TIME", "1998-11-21T15:00"),
            ("last Saturday", "DATE", "1998-11-14"),
            ("August", "DATE", "1998-08"),
            ("the next three weeks", "DURATION", "P3W"),
            ("tonight", "TIME", "1998-11-20TNI"),
            ("Tomorrow", "DATE", "1998-11-21"),
            ("Sunday", "DATE", "1998-11-22"),
            ("Monday morning", "TIME", "1998-11-23TMO"),
            ("this Friday", "DATE", "1998-11-20"),
            ("10.35", "TIME", "1998-11-20T22:35"),
        ],
    ),
    # Wednesday 1999-11-24 (ISO week 47), US cable-news live coverage (anchor, correspondent's
    # live shot at an airport, meteorologist), header "Aired November 24, 1999 - 3:00 p.m. ET"
    # and the rush-transcript disclaimer. Thanksgiving 1999 is the fourth Thursday of November,
    # 1999-11-25; "the day before Thanksgiving" one DATE span 1999-11-24 (like "the Wednesday
    # before Thanksgiving" in gold_blind57) and "the Sunday after Thanksgiving" one span
    # 1999-11-28; "Thanksgiving morning" 1999-11-25TMO beside "10 a.m. tomorrow" (two TIMEX3).
    # "the holiday weekend" 1999-W47-WE (the ISO week of its Saturday, 27 November). "It is
    # three o'clock Eastern" a time check, 15:00; "It's 3:06" 15:06; "at 3:30" 15:30 of the
    # afternoon show. Past: "began Monday" 1999-11-22, "late last night" 1999-11-23TNI (the
    # modifier kept), "since 5 a.m." and "at 9:40" (a family there since 5 a.m.) the morning
    # of the air day. Future: "on Friday" 1999-11-26, "through December 5" 1999-12-05,
    # "tonight", "around midnight" 1999-11-24T24:00 (the midnight ending the night begun
    # tonight, gold_blind103; the approximator kept), "tomorrow evening" 1999-11-25TEV, "Friday
    # night" 1999-11-26TNI, "Saturday morning" 1999-11-27TMO, "Sunday afternoon"
    # 1999-11-28TAF. "a year ago" 1998 (the unit's granularity); "last year" 1998; "this week"
    # 1999-W47; "the last two hours" PT2H; "more than two years" P2Y; "the next 48 hours"
    # PT48H; "every few hours" SET PTXH; "every 15 minutes" SET PT15M. Not annotated: "one of
    # the busiest travel days of the year" (a superlative day of any year, gold_blind57),
    # "this time" (this occasion), "so far" (gold_blind56), "Flight 1124" (a flight number that
    # reads like 11/24), "1-800-555-0199", "transl.com", "52 degrees", "six to ten inches",
    # "more than 300 flights", "240 pilots", "50 miles", "2.1 million", "two percent", "NCN
    # NEWSLINE LIVE" (a title), "MAY NOT BE" and "may want" (the verb).
    "ncn-newsline-live-thanksgiving-getaway": (
        "1999-11-24",
        [
            ("November 24, 1999", "DATE", "1999-11-24"),
            ("3:00 p.m. ET", "TIME", "1999-11-24T15:00"),
            ("three o'clock Eastern", "TIME", "1999-11-24T15:00"),
            ("Thanksgiving", "DATE", "1999-11-25"),
            ("the day before Thanksgiving", "DATE", "1999-11-24"),
            ("early this morning", "TIME", "1999-11-24TMO"),
            ("the last two hours", "DURATION", "PT2H"),
            ("Monday", "DATE", "1999-11-22"),
            ("today", "DATE", "1999-11-24"),
            ("late last night", "TIME", "1999-11-23TNI"),
            ("5 a.m.", "TIME", "1999-11-24T05:00"),
            ("9:40", "TIME", "1999-11-24T09:40"),
            ("Friday", "DATE", "1999-11-26"),
            ("the Sunday after Thanksgiving", "DATE", "1999-11-28"),
            ("December 5", "DATE", "1999-12-05"),
            ("a year ago", "DATE", "1998"),
            ("today", "DATE", "1999-11-24"),
            ("1997", "DATE", "1997"),
            ("more than two years", "DURATION", "P2Y"),
            ("10 a.m.", "TIME", "1999-11-25T10:00"),
            ("tomorrow", "DATE", "1999-11-25"),
            ("Thanksgiving morning", "TIME", "1999-11-25TMO"),
            ("the holiday weekend", "DATE", "1999-W47-WE"),
            ("tonight", "TIME", "1999-11-24TNI"),
            ("around midnight", "TIME", "1999-11-24T24:00"),
            ("tomorrow evening", "TIME", "1999-11-25TEV"),
            ("Friday night", "TIME", "1999-11-26TNI"),
            ("Saturday morning", "TIME", "1999-11-27TMO"),
            ("Sunday afternoon", "TIME", "1999-11-28TAF"),
            ("the next 48 hours", "DURATION", "PT48H"),
            ("every few hours", "SET", "PTXH"),
            ("this week", "DATE", "1999-W47"),
            ("last year", "DATE", "1998"),
            ("3:30", "TIME", "1999-11-24T15:30"),
            ("every 15 minutes", "SET", "PT15M"),
            ("this afternoon", "TIME", "1999-11-24TAF"),
            ("3:06", "TIME", "1999-11-24T15:06"),
        ],
    ),
    # Thursday 1999-12-30 (ISO week 52), US public-radio morning interview (host and guest,
    # closing announcements), header "Thursday, December 30, 1999, 7:35 a.m. CT". The rollover
    # is "midnight on Friday" 1999-12-31T24:00 with "Friday" 1999-12-31 (the midnight that ends
    # Friday, gold_blind57's "at midnight" on New Year's Eve), "after midnight" the same point;
    # "New Year's Eve" 1999-12-31, "from 6 p.m. Friday" 1999-12-31T18:00, "until at least noon
    # on Saturday" 2000-01-01T12:00 (modifier kept) and "Saturday" 2000-01-01, "New Year's Day"
    # 2000-01-01, "Monday, January 3" 2000-01-03 one span, "February 29" 2000-02-29 and "that
    # day" after it the same day (a narrative anchor, gold_blind18), "Friday night"
    # 1999-12-31TNI. "this weekend" 1999-W52-WE (1-2 January 2000 lie in ISO week 52 of 1999).
    # "In less than 48 hours" PT48H; "the year 2000" one DATE span 2000 (gold_blind35); "2000
    # is a leap year" -> "2000" DATE; "the year 1900" that a meter "could think it's" DATE 1900
    # (see README). "Since the spring of 1997" 1997-SP and "almost three years" P3Y; "in
    # September" 1999-09; "Saturday, October 16" 1999-10-16 one span; "the 1970s" 197; "the
    # first hour" after midnight an ordinal period of an event, DURATION PT1H ("The first week"
    # in gold_blind35); "the past two years" P2Y; "longer than four hours" PT4H; "the ice storm
    # of 1991" -> "1991". "now" twice PRESENT_REF ("Joining us now", "for how long now").
    # "It's 7:41" 07:41 and "the top of the hour" 08:00 (gold_blind30). Not annotated: "Y2K"
    # and "prairierivers.coop/y2k" (gold_blind34), "00" and "two digits" (digits of a stored
    # year, not a time), "a leap year" (a kind of year), "the Rollover" / "the rollover"
    # (event), "happy new year" (a greeting), "1-800-555-2000", "WKVR 89.1 FM", "MORNING
    # JOURNAL", "22 people", "1.2 million dollars", "Good morning", "the first day most
    # businesses open" (an apposition describing the annotated Monday).
    "wkvr-morning-journal-y2k-rollover-interview": (
        "1999-12-30",
        [
            ("Thursday, December 30, 1999", "DATE", "1999-12-30"),
            ("7:35 a.m. CT", "TIME", "1999-12-30T07:35"),
            ("less than 48 hours", "DURATION", "PT48H"),
            ("the year 2000", "DATE", "2000"),
            ("now", "DATE", "PRESENT_REF"),
            ("now", "DATE", "PRESENT_REF"),
            ("the spring of 1997", "DATE", "1997-SP"),
            ("almost three years", "DURATION", "P3Y"),
            ("midnight", "TIME", "1999-12-31T24:00"),
            ("Friday", "DATE", "1999-12-31"),
            ("the year 1900", "DATE", "1900"),
            ("September", "DATE", "1999-09"),
            ("Saturday, October 16", "DATE", "1999-10-16"),
            ("New Year's Eve", "DATE", "1999-12-31"),
            ("6 p.m.", "TIME", "1999-12-31T18:00"),
            ("Friday", "DATE", "1999-12-31"),
            ("at least noon", "TIME", "2000-01-01T12:00"),
            ("Saturday", "DATE", "2000-01-01"),
            ("Every 15 minutes", "SET", "PT15M"),
            ("midnight", "TIME", "1999-12-31T24:00"),
            ("the first hour", "DURATION", "PT1H"),
            ("New Year's Day", "DATE", "2000-01-01"),
            ("Monday, January 3", "DATE", "2000-01-03"),
            ("February 29", "DATE", "2000-02-29"),
            ("2000", "DATE", "2000"),
            ("the 1970s", "DATE", "197"),
            ("that day", "DATE", "2000-02-29"),
            ("the past two years", "DURATION", "P2Y"),
            ("tonight", "TIME", "1999-12-30TNI"),
            ("tomorrow", "DATE", "1999-12-31"),
            ("this weekend", "DATE", "1999-W52-WE"),
            ("four hours", "DURATION", "PT4H"),
            ("1991", "DATE", "1991"),
            ("Friday night", "TIME", "1999-12-31TNI"),
            ("every half hour", "SET", "PT30M"),
            ("7:41", "TIME", "1999-12-30T07:41"),
            ("the top of the hour", "TIME", "1999-12-30T08:00"),
        ],
    ),
    # Monday 2000-02-07 (ISO week 6), Australian radio current-affairs programme (presenter's
    # introduction, a reporter's package with two locals, a live interview), header "Monday, 7
    # February 2000, 18:10 AEDT". "For 112 years" P112Y; "On the last day of March" one DATE
    # span 2000-03-31 (see README); "after March" 2000-03 and "in April" 2000-04 ahead. "just
    # before Australia Day" -> "Australia Day" 2000-01-26; "By the end of that week" the ISO
    # week of that Australia Day, 2000-W04 (a narrative anchor; "the end of the week" takes the
    # week's value, gold_blind35); "on Friday" 2000-02-04 (past); "Thursday night"
    # 2000-02-10TNI (ahead). "in 1934"; "the '94 drought" -> "'94" DATE 1994, apostrophe kept
    # (gold_blind91). The Australian financial year runs July-June and is named by the year it
    # ends (gold_blind9): in February 2000 "the last financial year" is FY1999, "the end of the
    # financial year" FY2000, "from 1 July" 2000-07-01; "the last three financial years"
    # DURATION P3Y. "before Christmas" 1999-12-25 (past); "since the 1980s" 198. The agency's
    # hours: "on Tuesdays and Fridays from 10am to 2pm" two SETs XXXX-WXX-2, XXXX-WXX-5 and two
    # TIMEs XXXX-XX-XXT10:00, XXXX-XX-XXT14:00; "fortnightly" SET P2W; "every Friday afternoon"
    # SET XXXX-WXX-5TAF (gold_blind10). "a ninety-minute drive" DURATION PT90M; "the past five
    # years" P5Y; "at least two years" P2Y. "Now" and "now" twice PRESENT_REF ("Now they tell
    # me", "Joining me now", "why now?"). "this afternoon", "tonight" TIMEs of the air day;
    # "Tomorrow" 2000-02-08; "the news at half past six" 2000-02-07T18:30. Not annotated: "the
    # Depression" (an event), "83" (an age), "1,400", "900 names", "14 branches", "the ATM",
    # "THE EVENING DESK" / "The Evening Desk" (a title), "Good evening" (three times).
    "evening-desk-mirrabool-last-bank-branch": (
        "2000-02-07",
        [
            ("Monday, 7 February 2000", "DATE", "2000-02-07"),
            ("18:10 AEDT", "TIME", "2000-02-07T18:10"),
            ("112 years", "DURATION", "P112Y"),
            ("the last day of March", "DATE", "2000-03-31"),
            ("this afternoon", "TIME", "2000-02-07TAF"),
            ("Australia Day", "DATE", "2000-01-26"),
            ("the end of that week", "DATE", "2000-W04"),
            ("Friday", "DATE", "2000-02-04"),
            ("1934", "DATE", "1934"),
            ("'94", "DATE", "1994"),
            ("Now", "DATE", "PRESENT_REF"),
            ("March", "DATE", "2000-03"),
            ("ninety-minute", "DURATION", "PT90M"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("2pm", "TIME", "XXXX-XX-XXT14:00"),
            ("fortnightly", "SET", "P2W"),
            ("Christmas", "DATE", "1999-12-25"),
            ("the last financial year", "DATE", "FY1999"),
            ("the 1980s", "DATE", "198"),
            ("1 July", "DATE", "2000-07-01"),
            ("every Friday afternoon", "SET", "XXXX-WXX-5TAF"),
            ("April", "DATE", "2000-04"),
            ("now", "DATE", "PRESENT_REF"),
            ("now", "DATE", "PRESENT_REF"),
            ("the past five years", "DURATION", "P5Y"),
            ("the last three financial years", "DURATION", "P3Y"),
            ("the end of the financial year", "DATE", "FY2000"),
            ("Thursday night", "TIME", "2000-02-10TNI"),
            ("at least two years", "DURATION", "P2Y"),
            ("tonight", "TIME", "2000-02-07TNI"),
            ("Tomorrow", "DATE", "2000-02-08"),
            ("half past six", "TIME", "2000-02-07T18:30"),
        ],
    ),
    # Sunday 2000-06-25 (ISO week 25), Canadian Sunday public-affairs TV programme (host, a
    # union president by satellite, a shippers' spokesman, sign-off), header "Broadcast: Sunday,
    # June 25, 2000, 11:00 a.m. ET". The strike could start "at 12:01 a.m. Wednesday"
    # 2000-06-28T00:01 and 2000-06-28; "the Canada Day long weekend" is Saturday 1 July to
    # Monday 3 July (Canada Day on a Saturday), one span 2000-W26-WE, the ISO week of its
    # Saturday (like "Family Day weekend" in gold_blind103); "the holiday weekend" the same, and
    # "Next Sunday" in a Sunday programme seven days ahead, 2000-07-02 (gold_blind30). "72
    # hours' notice" -> "72 hours" PT72H (gold_blind27). Past: "on Friday" 2000-06-23, "last
    # week" 2000-W24, "yesterday afternoon" 2000-06-24TAF, "March 31" 2000-03-31, "since
    # February" 2000-02, "last fall" 1999-FA, "in 1997", "in 1994". Future: "tomorrow morning"
    # 2000-06-26TMO with "at nine o'clock" 2000-06-26T09:00, "by Tuesday night" 2000-06-27TNI,
    # "The harvest starts in August" 2000-08, "rises for the summer on Friday" 2000-SU and
    # 2000-06-30, "if a strike starts Wednesday" 2000-06-28. "this year's export crop" -> "this
    # year" 2000; "This time last year" 1999 (gold_blind46); "this week" in the sign-off
    # 2000-W25; "the first half of 2000" 2000-H1. "a three-year deal" P3Y; "the first two years
    # of it" DURATION P2Y (gold_blind26, gold_blind88); "almost three months" P3M; "for three
    # years" P3Y; "work nights for six weeks at a time": the bare plural "nights" a SET
    # XXXX-XX-XXTNI (like the bare plural "weekends", gold_blind57) and "six weeks" P6W; "17
    # days" P17D; "within two days" -> "two days" P2D (gold_blind35); "Every day" SET
    # P1D; "the past ten years" P10Y; "about six weeks" P6W; "now", "Right now" PRESENT_REF.
    # Not annotated: "Local 2000" (a union local in a 2000 story, gold_blind35), "THE SUNDAY
    # FILE" / "The Sunday File" (three times, a title with a weekday), "4 percent a year" (a
    # rate), "twice" (a count), "Have a good week" (a greeting), "The last one" (a strike),
    # "40 ships", "20,000 dollars", "TCTV", "Good morning" (three times).
    "sunday-file-port-kessock-grain-strike": (
        "2000-06-25",
        [
            ("Sunday, June 25, 2000", "DATE", "2000-06-25"),
            ("11:00 a.m. ET", "TIME", "2000-06-25T11:00"),
            ("12:01 a.m.", "TIME", "2000-06-28T00:01"),
            ("Wednesday", "DATE", "2000-06-28"),
            ("the Canada Day long weekend", "DATE", "2000-W26-WE"),
            ("72 hours", "DURATION", "PT72H"),
            ("Friday", "DATE", "2000-06-23"),
            ("this year", "DATE", "2000"),
            ("March 31", "DATE", "2000-03-31"),
            ("February", "DATE", "2000-02"),
            ("now", "DATE", "PRESENT_REF"),
            ("almost three months", "DURATION", "P3M"),
            ("three-year", "DURATION", "P3Y"),
            ("1997", "DATE", "1997"),
            ("the first two years", "DURATION", "P2Y"),
            ("This time last year", "DATE", "1999"),
            ("three years", "DURATION", "P3Y"),
            ("Right now", "DATE", "PRESENT_REF"),
            ("nights", "SET", "XXXX-XX-XXTNI"),
            ("six weeks", "DURATION", "P6W"),
            ("August", "DATE", "2000-08"),
            ("last fall", "DATE", "1999-FA"),
            ("last week", "DATE", "2000-W24"),
            ("yesterday afternoon", "TIME", "2000-06-24TAF"),
            ("tomorrow morning", "TIME", "2000-06-26TMO"),
            ("nine o'clock", "TIME", "2000-06-26T09:00"),
            ("Tuesday night", "TIME", "2000-06-27TNI"),
            ("1994", "DATE", "1994"),
            ("17 days", "DURATION", "P17D"),
            ("the summer", "DATE", "2000-SU"),
            ("Friday", "DATE", "2000-06-30"),
            ("Wednesday", "DATE", "2000-06-28"),
            ("two days", "DURATION", "P2D"),
            ("Every day", "SET", "P1D"),
            ("the past ten years", "DURATION", "P10Y"),
            ("about six weeks", "DURATION", "P6W"),
            ("this week", "DATE", "2000-W25"),
            ("Next Sunday", "DATE", "2000-07-02"),
            ("the holiday weekend", "DATE", "2000-W26-WE"),
            ("the first half of 2000", "DATE", "2000-H1"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
