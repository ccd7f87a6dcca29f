"""Annotations of blind gold set 338, chosen by hand before the tagger ran.

    python tests/data/gold_blind338/annotate.py [--show]

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
    # Thursday 2013-02-07 (ISO week 6), Bloomberg-style central-bank story, title-case headline,
    # byline line "By ... - Feb 7, 2013 12:45 PM GMT" (a DATE and a TIME, the zone in the span,
    # gold_blind38, gold_blind103), no dateline; "today" is the publication day (Bloomberg
    # copy of those years, gold_blind38, gold_blind51). The headline's "Next Week's" and the
    # lead's "next week's" -> "Next Week" / "next week" 2013-W07 (possessive without the
    # "'s"; the Inflation Report of Feb. 13 falls in it). "at noon" the announcement on the
    # day, 2013-02-07T12:00; "noon London time" on March 7 2013-03-07T12:00 with the zone in
    # the span. Past weekday: the speech "on Tuesday" 2013-02-05. "over two days" P2D; "for
    # almost four years" P4Y; "its first gain in four days" P4D (the period of a "first in",
    # gold_blind35); "a day after figures showed" P1D and "less than a week before the bank
    # publishes" P1W (durations anchored to an event, alone, gold_blind35); "December" of
    # output 2012-12 and "the previous month" 2012-11 (gold_blind51); "the fourth quarter"
    # 2012-Q4 and "a year earlier" after it 2011-Q4; "quarterly Inflation Report" SET P3M
    # (gold_blind51's "quarterly inflation report"). "by March" 2013-03 ahead; "in January"
    # (the last meeting) 2013-01; "every month" SET P1M with "late 2009" 2009 its own DATE
    # (a set and the "since" date after it, gold_blind51); "in November" (the last forecast)
    # 2012-11; "early 2015" 2015; "in May" 2013-05 ahead; "first-quarter" 2013-Q1; "the next
    # six months" P6M; the program "began in August" 2012-08; "the end of January 2014"
    # 2014-01 (gold_blind51); "this year" 2013; "now" PRESENT_REF; "12 times a year" SET P1Y
    # with the count in the span (like "eight times a year", gold_blind38, gold_blind51);
    # "the 10-year gilt" DURATION P10Y (a tenor, gold_blind38). Not annotated: "375 billion
    # pounds", "$587 billion", "nine-member", "0.5 percent", "$1.5712", "4 basis points",
    # "2.15 percent", "the FTSE 100 Index", "1.5 percent", "2.7 percent", "2 percent goal",
    # "25 billion pounds", "50 billion pounds", "3.1 percent", "three-line statement", "Three
    # of the nine members", "A second contraction" (an ordinal count), "for longer" (a
    # comparative adverb, no period named), "record-low", "Inflation Report" beyond "quarterly".
    "boe-holds-stimulus-awaits-forecasts": (
        "2013-02-07",
        [
            ("Next Week", "DATE", "2013-W07"),
            ("Feb 7, 2013", "DATE", "2013-02-07"),
            ("12:45 PM GMT", "TIME", "2013-02-07T12:45"),
            ("today", "DATE", "2013-02-07"),
            ("next week", "DATE", "2013-W07"),
            ("two days", "DURATION", "P2D"),
            ("almost four years", "DURATION", "P4Y"),
            ("noon", "TIME", "2013-02-07T12:00"),
            ("Feb. 20", "DATE", "2013-02-20"),
            ("12:20 p.m.", "TIME", "2013-02-07T12:20"),
            ("four days", "DURATION", "P4D"),
            ("10-year", "DURATION", "P10Y"),
            ("a day", "DURATION", "P1D"),
            ("December", "DATE", "2012-12"),
            ("the previous month", "DATE", "2012-11"),
            ("less than a week", "DURATION", "P1W"),
            ("quarterly", "SET", "P3M"),
            ("Feb. 13", "DATE", "2013-02-13"),
            ("the fourth quarter", "DATE", "2012-Q4"),
            ("Jan. 25", "DATE", "2013-01-25"),
            ("a year earlier", "DATE", "2011-Q4"),
            ("Tuesday", "DATE", "2013-02-05"),
            ("March", "DATE", "2013-03"),
            ("January", "DATE", "2013-01"),
            ("December", "DATE", "2012-12"),
            ("every month", "SET", "P1M"),
            ("late 2009", "DATE", "2009"),
            ("November", "DATE", "2012-11"),
            ("early 2015", "DATE", "2015"),
            ("May", "DATE", "2013-05"),
            ("first-quarter", "DATE", "2013-Q1"),
            ("April 25", "DATE", "2013-04-25"),
            ("the next six months", "DURATION", "P6M"),
            ("August", "DATE", "2012-08"),
            ("the end of January 2014", "DATE", "2014-01"),
            ("this year", "DATE", "2013"),
            ("now", "DATE", "PRESENT_REF"),
            ("12 times a year", "SET", "P1Y"),
            ("March 7", "DATE", "2013-03-07"),
            ("noon London time", "TIME", "2013-03-07T12:00"),
        ],
    ),
    # Friday 2014-11-14 (ISO week 46), AFP-style economy wire, headline with the source after
    # a colon, stamp "AFP | 14 November 2014 | 11:52 GMT" (a DATE and a TIME), "Brussels (AFP)
    # -" dateline without date, bare weekdays ("said Friday" the publication day), closing
    # desk initials. The headline's "third quarter" and "the July-September period" 2014-Q3
    # (gold_blind51); "the second quarter" 2014-Q2, its first estimate "published in
    # mid-August" 2014-08; "Year-on-year" DATE 2013-Q3, the quarter compared with (gold_blind18,
    # gold_blind51). Germany "between April and June" -> "April" 2014-04 and "June" 2014-06,
    # a range annotated at its ends (gold_blind103's "December to February"); "at 8:00 am
    # (0700 GMT)" two TIMEs on the day (gold_blind51), Destatis's local time being CET;
    # "by 1100 GMT" 2014-11-14T11:00. "the second quarter of 2013" one span 2013-Q2; "the
    # level of 2000" DATE 2000. Future: the final inflation figures "due on Tuesday"
    # 2014-11-18; "the November flash estimate" -> "November" 2014-11 (a report's month as an
    # adjective, gold_blind33, gold_blind51) "on November 28"; "December 4", "December 5";
    # "early next year" 2015; "in January" 2015-01; "the end of November" 2014-11 ("until" a
    # signal); "the final three months of the year" one span 2014-Q4 (gold_blind51). Past:
    # "flash estimate for October" and "Final October figures" 2014-10; "October 31"; "last
    # week" 2014-W45. "a week before eurozone finance ministers meet" DURATION P1W (anchored
    # duration alone); "The next six months" P6M; "the coming weeks" PXW; "every quarter" SET
    # P3M and "the spring of 2013" 2013-SP its own DATE ("since" a signal, gold_blind51);
    # "18-month" P18M; "2015" four times and "2016" as written; "third-quarter" 2014-Q3.
    # Not annotated: "0.3%", "0.3 percent" and the other percentages, "18-country", "annual
    # inflation" (a rate, gold_blind51), "close to 2 percent", "$1.2476", "the Euro Stoxx 50
    # index", "may decide" (the verb), "since then" (anaphoric, gold_blind100), "a first
    # flash estimate" (an ordinal estimate), "a second estimate", "jvd/cw/ach".
    "eurozone-flash-gdp-third-quarter": (
        "2014-11-14",
        [
            ("third quarter", "DATE", "2014-Q3"),
            ("14 November 2014", "DATE", "2014-11-14"),
            ("11:52 GMT", "TIME", "2014-11-14T11:52"),
            ("the July-September period", "DATE", "2014-Q3"),
            ("Friday", "DATE", "2014-11-14"),
            ("the second quarter", "DATE", "2014-Q2"),
            ("mid-August", "DATE", "2014-08"),
            ("Year-on-year", "DATE", "2013-Q3"),
            ("April", "DATE", "2014-04"),
            ("June", "DATE", "2014-06"),
            ("8:00 am", "TIME", "2014-11-14T08:00"),
            ("0700 GMT", "TIME", "2014-11-14T07:00"),
            ("the second quarter of 2013", "DATE", "2013-Q2"),
            ("2000", "DATE", "2000"),
            ("1100 GMT", "TIME", "2014-11-14T11:00"),
            ("The next six months", "DURATION", "P6M"),
            ("2015", "DATE", "2015"),
            ("October", "DATE", "2014-10"),
            ("October 31", "DATE", "2014-10-31"),
            ("October", "DATE", "2014-10"),
            ("Tuesday", "DATE", "2014-11-18"),
            ("November", "DATE", "2014-11"),
            ("November 28", "DATE", "2014-11-28"),
            ("December 4", "DATE", "2014-12-04"),
            ("2015", "DATE", "2015"),
            ("2016", "DATE", "2016"),
            ("early next year", "DATE", "2015"),
            ("January", "DATE", "2015-01"),
            ("a week", "DURATION", "P1W"),
            ("2015", "DATE", "2015"),
            ("the end of November", "DATE", "2014-11"),
            ("the coming weeks", "DURATION", "PXW"),
            ("every quarter", "SET", "P3M"),
            ("the spring of 2013", "DATE", "2013-SP"),
            ("18-month", "DURATION", "P18M"),
            ("last week", "DATE", "2014-W45"),
            ("the final three months of the year", "DATE", "2014-Q4"),
            ("2015", "DATE", "2015"),
            ("third-quarter", "DATE", "2014-Q3"),
            ("December 5", "DATE", "2014-12-05"),
        ],
    ),
    # Tuesday 2015-03-24 (ISO week 13), dpa-style English wire on a warning strike at an
    # invented carmaker, headline, German day-first dotted stamp "24.03.2015 | 15:12 CET" (a
    # DATE read day first, like "Date 10.02.2015" in gold_blind36, and a TIME), "Saalheim,
    # Germany (dpa) -" dateline, closing desk code. Easter 2015: Easter Sunday 2015-04-05,
    # Easter Monday 2015-04-06; the headline's "after Easter" and "their last before Easter"
    # -> "Easter" 2015-04-05, the holiday on its day (gold_blind36's "at Easter"). "on
    # Tuesday" the publication day; "the second time in a week" -> "a week" P1W (the period of
    # an ordinal count, gold_blind103's "two weeks"). Strike-day clock times "5:30 am" and
    # "11 pm" on 2015-03-24. Past: "at 9 pm on Monday" 2015-03-23T21:00 and the DATE, "less
    # than nine hours" PT9H, "Monday afternoon" 2015-03-23TAF and "that evening" after it
    # 2015-03-23TEV (a narrative anchor, gold_blind8); "last Wednesday" in a Tuesday story
    # the most recent Wednesday, six days earlier, 2015-03-18 (gold_blind18, gold_blind100),
    # and "the next day" after it 2015-03-19 (gold_blind14, gold_blind32); "since 6 March"
    # 2015-03-06 with "every Friday" SET XXXX-WXX-5 (gold_blind35, gold_blind95). Future: the
    # extra shifts "on Saturday" 2015-03-28 and "the following Saturday" 2015-04-04 (anchored
    # on the Saturday just named, like "the year after" in gold_blind51); the talks "on
    # Thursday" (twice) 2015-03-26; "from 1 June" 2015-06-01. "backdated to 1 March"
    # 2015-03-01 ("backdated to" a signal like "retroactive to", gold_blind35). "24-hour"
    # (headline) and "24 hours" PT24H; "three hours" PT3H; "12 months" P12M; "six weeks" P6W;
    # "22 months" P22M; "May 2013"; "the autumn" 2014-FA (the one just past in March,
    # gold_blind95's "last autumn"); "from 2017" and "the end of 2017" 2017; "2014" of the
    # profit, "on 12 March" 2015-03-12; "before 2020"; "last year" 2014; "from 2013". Not
    # annotated: "the early shift", "the late shift", "the night shift", "extra shifts"
    # (kinds of shift, gold_blind12, gold_blind34), "Kestra 1800" (a model, twice), "9,400",
    # "7,200", "2,300 vehicles", "2.2 percent", "150 euros", "5.5 percent", "4.3 percent",
    # "a fourth round", "9 percent", "1.5 billion euros", "412,000 cars", "6 percent", "1.4
    # percent", "86.20 euros", "a one-off payment", "dpa ks/hb xx".
    "voskamp-warning-strike-saalheim": (
        "2015-03-24",
        [
            ("24-hour", "DURATION", "PT24H"),
            ("Easter", "DATE", "2015-04-05"),
            ("24.03.2015", "DATE", "2015-03-24"),
            ("15:12 CET", "TIME", "2015-03-24T15:12"),
            ("Tuesday", "DATE", "2015-03-24"),
            ("a week", "DURATION", "P1W"),
            ("5:30 am", "TIME", "2015-03-24T05:30"),
            ("11 pm", "TIME", "2015-03-24T23:00"),
            ("9 pm", "TIME", "2015-03-23T21:00"),
            ("Monday", "DATE", "2015-03-23"),
            ("less than nine hours", "DURATION", "PT9H"),
            ("Monday afternoon", "TIME", "2015-03-23TAF"),
            ("that evening", "TIME", "2015-03-23TEV"),
            ("last Wednesday", "DATE", "2015-03-18"),
            ("three hours", "DURATION", "PT3H"),
            ("the next day", "DATE", "2015-03-19"),
            ("Saturday", "DATE", "2015-03-28"),
            ("the following Saturday", "DATE", "2015-04-04"),
            ("1 June", "DATE", "2015-06-01"),
            ("12 months", "DURATION", "P12M"),
            ("1 March", "DATE", "2015-03-01"),
            ("May 2013", "DATE", "2013-05"),
            ("six weeks", "DURATION", "P6W"),
            ("22 months", "DURATION", "P22M"),
            ("Thursday", "DATE", "2015-03-26"),
            ("Easter", "DATE", "2015-04-05"),
            ("Thursday", "DATE", "2015-03-26"),
            ("24 hours", "DURATION", "PT24H"),
            ("Easter Monday", "DATE", "2015-04-06"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("6 March", "DATE", "2015-03-06"),
            ("the autumn", "DATE", "2014-FA"),
            ("2017", "DATE", "2017"),
            ("2014", "DATE", "2014"),
            ("12 March", "DATE", "2015-03-12"),
            ("the end of 2017", "DATE", "2017"),
            ("2020", "DATE", "2020"),
            ("last year", "DATE", "2014"),
            ("2013", "DATE", "2013"),
        ],
    ),
    # Wednesday 2015-05-20 (ISO week 21), Reuters-style bond wire, "UPDATE 2-" headline,
    # three bullets, "MADRID, May 20 (Reuters) -" dateline (month and day, the year from the
    # dct), closing reporting credit. "on Wednesday" (twice) the publication day; the
    # regular auction "on Thursday" (bullet and body) 2015-05-21; "June 4" 2015-06-04.
    # Tenors are DURATIONs on the adjective ("15-year" three times, "10-year" twice,
    # "30-year"), maturity years DATEs ("31 October 2030"; "maturing in 2018, 2020 and 2025"),
    # as decided in gold_blind38. "this year" (bullet and body) 2015; "earlier this month"
    # 2015-05; "shortly after 3 p.m. (1300 GMT)" two TIMEs (gold_blind51); "9 a.m. local
    # time" 2015-05-20T09:00; "closed after about two hours" PT2H; "by 1545 GMT"
    # 2015-05-20T15:45. Past months: "January" (twice, the second adjectival, "the January
    # deal"), "February", "March" (twice), "May 7". "two weeks" P2W; "A year ago" 2014 (the
    # unit's granularity, gold_blind38); "the coming months" PXM. "quarter-on-quarter" before
    # "the first quarter" 2015-Q1 -> DATE 2014-Q4, the quarter compared with (gold_blind63's
    # "Quarter-on-quarter"); "last month" 2015-04; "the end of 2007" 2007; "2015" (target,
    # forecast) as written. "twice a month" SET P1M and "every week" SET P1W (frequencies
    # keep the period, gold_blind35's "twice a week"). Not annotated: "annual coupon" (a rate
    # of interest per year, like "an annual rate", gold_blind51), "5 bln euros", "17 bln",
    # "2.18 pct", "$5.6 billion", "2.15 percent", the other yields and shares, "six lead
    # managers", "third syndicated sale", "UPDATE 2", "Gareth May" (an editor, in a May
    # story), "the tight end of guidance", "a record low".
    "spain-syndicated-15-year-bond": (
        "2015-05-20",
        [
            ("15-year", "DURATION", "P15Y"),
            ("this year", "DATE", "2015"),
            ("Thursday", "DATE", "2015-05-21"),
            ("May 20", "DATE", "2015-05-20"),
            ("15-year", "DURATION", "P15Y"),
            ("Wednesday", "DATE", "2015-05-20"),
            ("earlier this month", "DATE", "2015-05"),
            ("31 October 2030", "DATE", "2030-10-31"),
            ("3 p.m.", "TIME", "2015-05-20T15:00"),
            ("1300 GMT", "TIME", "2015-05-20T13:00"),
            ("9 a.m. local time", "TIME", "2015-05-20T09:00"),
            ("about two hours", "DURATION", "PT2H"),
            ("this year", "DATE", "2015"),
            ("10-year", "DURATION", "P10Y"),
            ("January", "DATE", "2015-01"),
            ("30-year", "DURATION", "P30Y"),
            ("February", "DATE", "2015-02"),
            ("2015", "DATE", "2015"),
            ("10-year", "DURATION", "P10Y"),
            ("May 7", "DATE", "2015-05-07"),
            ("March", "DATE", "2015-03"),
            ("1545 GMT", "TIME", "2015-05-20T15:45"),
            ("Wednesday", "DATE", "2015-05-20"),
            ("two weeks", "DURATION", "P2W"),
            ("A year ago", "DATE", "2014"),
            ("15-year", "DURATION", "P15Y"),
            ("January", "DATE", "2015-01"),
            ("March", "DATE", "2015-03"),
            ("the coming months", "DURATION", "PXM"),
            ("quarter-on-quarter", "DATE", "2014-Q4"),
            ("the first quarter", "DATE", "2015-Q1"),
            ("last month", "DATE", "2015-04"),
            ("the end of 2007", "DATE", "2007"),
            ("2015", "DATE", "2015"),
            ("2018", "DATE", "2018"),
            ("2020", "DATE", "2020"),
            ("2025", "DATE", "2025"),
            ("Thursday", "DATE", "2015-05-21"),
            ("June 4", "DATE", "2015-06-04"),
            ("twice a month", "SET", "P1M"),
            ("every week", "SET", "P1W"),
        ],
    ),
    # Monday 2012-11-12 (ISO week 46), Dow Jones Newswires-style merger-control story, title-
    # case headline, byline "Of DOW JONES NEWSWIRES", "BRUSSELS--" dateline, "(END)" line and
    # closing stamp "November 12, 2012 09:17 ET (14:17 GMT)" (a DATE and two TIMEs, zones in
    # the span, gold_blind51's local time with its GMT equivalent). Bare weekdays: "Monday"
    # (three times) the publication day; the notification "late Friday" DATE 2012-11-09 (like
    # "late Wednesday", gold_blind23, gold_blind100); results "on Thursday" 2012-11-15 ahead.
    # The phase-1 deadline "Dec. 14" (headline and lead) 2012-12-14, a Friday; "until the
    # spring" 2013-SP; "until Nov. 22" 2012-11-22; "Christmas" 2012-12-25; "January" 2013-01
    # ahead; "the first quarter of 2013" one span. Past: "in July" 2012-07, "Sept. 28", "Oct.
    # 30" 2012-10-30, "2008", "a 2010 price-fixing case" -> "2010" (adjectival year), "the
    # summer of 2006" 2006-SU. Kessler's fiscal year ends Sept. 30 and is named by the year it
    # ends (gold_blind33, gold_blind38): "whose fiscal year ends Sept. 30" -> "Sept. 30"
    # 2013-09-30, the end of the fiscal year now running (present tense, gold_blind38's "ends
    # in late January"); "fiscal 2012" FY2012 (October 2011-September 2012), "fiscal 2015"
    # FY2015. Durations: "more than two months" P2M, "two weeks" P2W (an extension), "about
    # four months" P4M, "almost five months" P5M, "about three weeks" P3W, "30-day" P30D
    # (adjectival), "up to 180 days" P180D, "at least five years" P5Y. "recent months"
    # PAST_REF; "this year" 2012; "daily news briefing" -> "daily" SET P1D (an adjectival
    # frequency naming a recurrence, like "daily position reports" of gold_blind33 cited in
    # gold_blind35) "at noon" 2012-11-12T12:00. Not annotated: "Phase 2" (a stage of
    # review, like "phase 2" in gold_blind100), "the first phase", "No 139/2004" (a
    # regulation's number holding a year), "KWA.XE", "MRQ.AE", "EUR3.4 billion", "40%",
    # "0.6%", "EUR61.40", "EUR62", "8%", "1.1%", "annual cost savings" (a rate,
    # gold_blind38), "EUR180 million", "58" (an age), "+32 2 555 2012" (a phone number
    # ending in the year), "two plants", "a second review".
    "kessler-marviq-eu-merger-deadline": (
        "2012-11-12",
        [
            ("Dec. 14", "DATE", "2012-12-14"),
            ("Dec. 14", "DATE", "2012-12-14"),
            ("the spring", "DATE", "2013-SP"),
            ("Monday", "DATE", "2012-11-12"),
            ("late Friday", "DATE", "2012-11-09"),
            ("more than two months", "DURATION", "P2M"),
            ("two weeks", "DURATION", "P2W"),
            ("Nov. 22", "DATE", "2012-11-22"),
            ("about four months", "DURATION", "P4M"),
            ("2008", "DATE", "2008"),
            ("almost five months", "DURATION", "P5M"),
            ("Monday", "DATE", "2012-11-12"),
            ("Christmas", "DATE", "2012-12-25"),
            ("January", "DATE", "2013-01"),
            ("the first quarter of 2013", "DATE", "2013-Q1"),
            ("July", "DATE", "2012-07"),
            ("about three weeks", "DURATION", "P3W"),
            ("Sept. 28", "DATE", "2012-09-28"),
            ("Oct. 30", "DATE", "2012-10-30"),
            ("30-day", "DURATION", "P30D"),
            ("up to 180 days", "DURATION", "P180D"),
            ("2010", "DATE", "2010"),
            ("recent months", "DATE", "PAST_REF"),
            ("daily", "SET", "P1D"),
            ("noon", "TIME", "2012-11-12T12:00"),
            ("Monday", "DATE", "2012-11-12"),
            ("this year", "DATE", "2012"),
            ("Sept. 30", "DATE", "2013-09-30"),
            ("fiscal 2012", "DATE", "FY2012"),
            ("Thursday", "DATE", "2012-11-15"),
            ("fiscal 2015", "DATE", "FY2015"),
            ("at least five years", "DURATION", "P5Y"),
            ("the summer of 2006", "DATE", "2006-SU"),
            ("November 12, 2012", "DATE", "2012-11-12"),
            ("09:17 ET", "TIME", "2012-11-12T09:17"),
            ("14:17 GMT", "TIME", "2012-11-12T14:17"),
        ],
    ),
    # Saturday 2013-07-27 (ISO week 30), British Saturday paper's business story on a
    # calendar-year company's interim results, headline, standfirst, byline, date line
    # "Saturday 27 July 2013" (one DATE span with its weekday, gold_blind100); "yesterday"
    # (twice) is Friday 2013-07-26, "last night" its night, 2013-07-26TNI (gold_blind35,
    # gold_blind100); "at 7am yesterday" 2013-07-26T07:00 and the DATE. The financial year
    # follows the calendar (interims to 30 June), so halves and quarters are calendar ones
    # (gold_blind74): the headline's bare "second half" and the body's "the second half" and
    # "second-half" 2013-H2 (gold_blind38's headline "second half"); "first-half" and "the
    # first half" (twice) 2013-H1; "the six months to 30 June" -> "the six months" P6M plus
    # "30 June" 2013-06-30 (gold_blind74); "the same period last year" one span 2012-H1
    # (gold_blind22, gold_blind63); "the second quarter" 2013-Q2 and "a year earlier" after it
    # 2012-Q2; "full-year" 2013 (adjectival, gold_blind74). "in March" 2013-03 (the last
    # forecast); "before 2014" and "2014 numbers" 2014; "The next 12 months" P12M; "the next
    # 18 months" P18M; "the end of the year" 2013; dividend dates "4 October" and "6
    # September" ("on the register on" a signal, gold_blind74); "twice a year" SET P1Y;
    # "three weeks after a cautious trading statement" P3W (anchored duration alone) "on 2
    # July" 2013-07-02 and "Two days later" 2013-07-04 (gold_blind100); "the end of June"
    # 2013-06; "about 20 months" P20M; "the third downgrade in a year" -> "a year" P1Y (the
    # period of an ordinal count); "every quarter" SET P3M; "five-year" P5Y; "next April"
    # 2014-04; "early next year" 2014; "November 2011"; "on Tuesday" 2013-07-30 ahead; "19
    # September"; "early November" 2013-11. Not annotated: "HX2000" (a product holding a
    # year-like number), "Control Period 5" (a programme's name), "the FTSE 250", "Ruth
    # Summers" (an analyst), "54" (an age), "11pc", "£41.2m", "£48.9m", "3pc", "£612m", "a
    # third", "10pc", "14pc", "350 jobs", "4.1p", "£1.1bn", "9pc", "£86m", "81p", "655p",
    # "interim results", "the interim dividend", "interim management statement", "capital
    # markets day", "the third downgrade", "the first orders", "the first contracts".
    "halvergate-half-year-profit-warning": (
        "2013-07-27",
        [
            ("second half", "DATE", "2013-H2"),
            ("first-half", "DATE", "2013-H1"),
            ("2014", "DATE", "2014"),
            ("Saturday 27 July 2013", "DATE", "2013-07-27"),
            ("yesterday", "DATE", "2013-07-26"),
            ("the second half", "DATE", "2013-H2"),
            ("7am", "TIME", "2013-07-26T07:00"),
            ("yesterday", "DATE", "2013-07-26"),
            ("the six months", "DURATION", "P6M"),
            ("30 June", "DATE", "2013-06-30"),
            ("the same period last year", "DATE", "2012-H1"),
            ("the first half", "DATE", "2013-H1"),
            ("second-half", "DATE", "2013-H2"),
            ("the first half", "DATE", "2013-H1"),
            ("March", "DATE", "2013-03"),
            ("the second quarter", "DATE", "2013-Q2"),
            ("a year earlier", "DATE", "2012-Q2"),
            ("2014", "DATE", "2014"),
            ("The next 12 months", "DURATION", "P12M"),
            ("the next 18 months", "DURATION", "P18M"),
            ("the end of the year", "DATE", "2013"),
            ("4 October", "DATE", "2013-10-04"),
            ("6 September", "DATE", "2013-09-06"),
            ("twice a year", "SET", "P1Y"),
            ("three weeks", "DURATION", "P3W"),
            ("2 July", "DATE", "2013-07-02"),
            ("Two days later", "DATE", "2013-07-04"),
            ("the end of June", "DATE", "2013-06"),
            ("about 20 months", "DURATION", "P20M"),
            ("last night", "TIME", "2013-07-26TNI"),
            ("full-year", "DATE", "2013"),
            ("2014", "DATE", "2014"),
            ("a year", "DURATION", "P1Y"),
            ("every quarter", "SET", "P3M"),
            ("five-year", "DURATION", "P5Y"),
            ("next April", "DATE", "2014-04"),
            ("early next year", "DATE", "2014"),
            ("November 2011", "DATE", "2011-11"),
            ("Tuesday", "DATE", "2013-07-30"),
            ("19 September", "DATE", "2013-09-19"),
            ("early November", "DATE", "2013-11"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
