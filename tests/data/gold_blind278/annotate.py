"""Annotations of the two-hundred-and-seventy-eighth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind278/annotate.py [--show]

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
    # Thursday 2014-07-10 (ISO week 28), US small-town weekly's police log, paper's name, date
    # line "Thursday, July 10, 2014" (one DATE span with its weekday), section label, headline.
    # The log runs "from Friday through Tuesday", 2014-07-04 to 2014-07-08; every entry heading
    # "Friday, 12:18 a.m." is a DATE (the nearest past weekday, the log being past) and a TIME
    # on that day, two TIMEX3 (gold_blind44). "the Fourth of July weekend" (Friday 4 July a
    # holiday, Saturday-Sunday 5-6 July) is the ISO week of its Saturday, 2014-W27-WE, like
    # "Family Day weekend" (gold_blind103) and "the long Thanksgiving weekend" (gold_blind56);
    # "the weekend" in Monday's entry the same. "said Tuesday" 2014-07-08. "wait until noon"
    # (told at 12:18 a.m. on the Fourth) 2014-07-04T12:00. "stolen ... overnight" in a report
    # made on Friday morning is the night before, Thursday night 2014-07-03TNI, and "the next
    # day" is counted from the report, 2014-07-05 (gold_blind44); Sunday's "broken overnight"
    # is Saturday night 2014-07-05TNI. "since about 8 p.m. Saturday" 2014-07-05T20:00 plus
    # the DATE. "June 28" and "July 2" past; "Aug. 12" and "Saturday, July 19" (one span)
    # ahead, "10 a.m." and "2 p.m." on that day. "good for 30 days" P30D; "may knock only
    # between 9 a.m. and 7 p.m." the hours of a standing rule on no particular day,
    # XXXX-XX-XXT09:00 and T19:00 without a SET (like the curfew without "every night" in
    # gold_blind40); "every Thursday" SET XXXX-WXX-4. Not annotated: "a 2004 Honda Civic" (a
    # model year, gold_blind16, gold_blind94), "Case 14-003127", "badge No. 2011" (in a 2014
    # story), "608-555-2014", "the 1400 block", "the 200 block", "301 N. Main St.", "Route
    # 12" (twice), "72 mph", "45 mph", "$1,240", "$2,000", "214 calls", "167", ages "22-year-old"
    # and "24", "permitted hours" (no time of its own; its start "noon" is annotated).
    "pell-creek-police-log": (
        "2014-07-10",
        [
            ("Thursday, July 10, 2014", "DATE", "2014-07-10"),
            ("the Fourth of July weekend", "DATE", "2014-W27-WE"),
            ("last year", "DATE", "2013"),
            ("Tuesday", "DATE", "2014-07-08"),
            ("Friday", "DATE", "2014-07-04"),
            ("Tuesday", "DATE", "2014-07-08"),
            ("Friday", "DATE", "2014-07-04"),
            ("12:18 a.m.", "TIME", "2014-07-04T00:18"),
            ("noon", "TIME", "2014-07-04T12:00"),
            ("Friday", "DATE", "2014-07-04"),
            ("9:55 a.m.", "TIME", "2014-07-04T09:55"),
            ("overnight", "TIME", "2014-07-03TNI"),
            ("the next day", "DATE", "2014-07-05"),
            ("Saturday", "DATE", "2014-07-05"),
            ("1:07 a.m.", "TIME", "2014-07-05T01:07"),
            ("6 a.m.", "TIME", "2014-07-05T06:00"),
            ("Aug. 12", "DATE", "2014-08-12"),
            ("Saturday", "DATE", "2014-07-05"),
            ("3:15 p.m.", "TIME", "2014-07-05T15:15"),
            ("June 28", "DATE", "2014-06-28"),
            ("July 2", "DATE", "2014-07-02"),
            ("Sunday", "DATE", "2014-07-06"),
            ("2:40 a.m.", "TIME", "2014-07-06T02:40"),
            ("about 8 p.m.", "TIME", "2014-07-05T20:00"),
            ("Saturday", "DATE", "2014-07-05"),
            ("3:50 a.m.", "TIME", "2014-07-06T03:50"),
            ("Sunday", "DATE", "2014-07-06"),
            ("11:20 a.m.", "TIME", "2014-07-06T11:20"),
            ("overnight", "TIME", "2014-07-05TNI"),
            ("two years", "DURATION", "P2Y"),
            ("Monday", "DATE", "2014-07-07"),
            ("7:05 a.m.", "TIME", "2014-07-07T07:05"),
            ("the weekend", "DATE", "2014-W27-WE"),
            ("Tuesday", "DATE", "2014-07-08"),
            ("8:20 a.m.", "TIME", "2014-07-08T08:20"),
            ("30 days", "DURATION", "P30D"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("7 p.m.", "TIME", "XXXX-XX-XXT19:00"),
            ("10 a.m.", "TIME", "2014-07-19T10:00"),
            ("2 p.m.", "TIME", "2014-07-19T14:00"),
            ("Saturday, July 19", "DATE", "2014-07-19"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
        ],
    ),
    # Friday 2012-02-24 (ISO week 8), English weekly's "In court" page, paper's name, date line
    # "Friday 24 February 2012", label, headline, a lead case and a "Court round-up" list.
    # "the early hours of 3 December" one DATE span, the most recent 3 December, 2011-12-03
    # (gold_blind52, gold_blind69), and "about 2.30am" that night's clock time
    # 2011-12-03T02:30. "on Tuesday" (Crown Court) 2012-02-21; "this week" 2012-W08;
    # "yesterday" Thursday 2012-02-23 (twice); "on Wednesday night" 2012-02-22TNI. Sentences
    # are DURATIONs (gold_blind52, gold_blind69, gold_blind72): "jailed for 18 months" P18M,
    # "a 12-month community order" -> "12-month" P12M, "16 weeks' custody" -> "16 weeks" P16W
    # (apostrophe out, gold_blind69), "suspended for two years" P2Y, "banned ... for 20
    # months" P20M, "cut by five months" P5M (the size of a change), "for three months" P3M;
    # "150 hours of unpaid work" PT150H (see README); the curfew "from 7pm to 7am" recurring
    # hours XXXX-XX-XXT19:00 and T07:00 (gold_blind69). "less than a fortnight" P2W;
    # "between October and January" 2011-10 and 2012-01; "New Year's Eve" 2011-12-31 with
    # "11.40pm"; "Boxing Day" 2011-12-26; "11 February" 2012-02-11; "within 28 days" P28D; "by
    # the end of the year" 2012; "over six weeks" P6W; "adjourned yesterday for four weeks"
    # P4W, "22 March" 2012-03-22 (four weeks after yesterday); "14 March", "2 April" ahead;
    # "last weekend" in a Friday paper the weekend just past, 2012-W07-WE; "since 1961",
    # "dating back to 1996"; "every Friday" SET XXXX-WXX-5. Not annotated: "half of the term"
    # and "on licence" (gold_blind52, gold_blind69), "closing time", "section 5 of the Public
    # Order Act 1986" (an Act's year), "WX61 KLT" (a registration with a year code,
    # gold_blind72), "the A361", ages "84", "34", "27", "45", "19", "52", "38", "29",
    # "17-year-old", "23 previous convictions", "200 text messages", "£340", "£2,180", "£85",
    # "£650", "£200", "£110".
    "brantwell-court-round-up": (
        "2012-02-24",
        [
            ("Friday 24 February 2012", "DATE", "2012-02-24"),
            ("the early hours of 3 December", "DATE", "2011-12-03"),
            ("18 months", "DURATION", "P18M"),
            ("Tuesday", "DATE", "2012-02-21"),
            ("less than a fortnight", "DURATION", "P2W"),
            ("about 2.30am", "TIME", "2011-12-03T02:30"),
            ("1961", "DATE", "1961"),
            ("1996", "DATE", "1996"),
            ("this week", "DATE", "2012-W08"),
            ("12-month", "DURATION", "P12M"),
            ("150 hours", "DURATION", "PT150H"),
            ("7pm", "TIME", "XXXX-XX-XXT19:00"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("three months", "DURATION", "P3M"),
            ("October", "DATE", "2011-10"),
            ("January", "DATE", "2012-01"),
            ("28 days", "DURATION", "P28D"),
            ("20 months", "DURATION", "P20M"),
            ("11.40pm", "TIME", "2011-12-31T23:40"),
            ("New Year's Eve", "DATE", "2011-12-31"),
            ("five months", "DURATION", "P5M"),
            ("the end of the year", "DATE", "2012"),
            ("16 weeks", "DURATION", "P16W"),
            ("two years", "DURATION", "P2Y"),
            ("Boxing Day", "DATE", "2011-12-26"),
            ("11 February", "DATE", "2012-02-11"),
            ("six weeks", "DURATION", "P6W"),
            ("yesterday", "DATE", "2012-02-23"),
            ("four weeks", "DURATION", "P4W"),
            ("22 March", "DATE", "2012-03-22"),
            ("yesterday", "DATE", "2012-02-23"),
            ("Wednesday night", "TIME", "2012-02-22TNI"),
            ("14 March", "DATE", "2012-03-14"),
            ("last weekend", "DATE", "2012-W07-WE"),
            ("2 April", "DATE", "2012-04-02"),
            ("every Friday", "SET", "XXXX-WXX-5"),
        ],
    ),
    # Monday 2015-01-05 (ISO week 2), US volunteer fire company's weekly call log as posted on
    # its website: heading, title with the range "Dec. 29, 2014 - Jan. 4, 2015" (two DATEs, the
    # dash a range mark), "Posted Monday, January 5, 2015, 8:10 a.m." (DATE with weekday and a
    # TIME), day headings "Monday, Dec. 29" to "Sunday, Jan. 4" (one DATE span each, weekday
    # and date) and dispatch times on the 24-hour clock without a colon ("0742", "2347"),
    # TIMEs on the day of their heading (four-digit times, gold_blind89). The structure fire
    # dispatched at "2347" on Wednesday 2014-12-31: "worked through the night" -> "the night"
    # 2014-12-31TNI (the night begun on New Year's Eve, gold_blind72) and "cleared at 0635 on
    # New Year's Day" 2015-01-01T06:35 and 2015-01-01. "within nine minutes" PT9M; "for about
    # 90 minutes" PT90M; "under seven minutes" PT7M (the modifier kept, like "less than");
    # "in 2014", "in 2013", "founded in 1948"; "monthly" SET P1M; "twice a year" SET P1Y (the
    # period only, like "twice a week" P1W in gold_blind35); "every Tuesday at 7 p.m." SET
    # XXXX-WXX-2 and TIME XXXX-XX-XXT19:00 (gold_blind28); "Saturday, Jan. 17" 2015-01-17 with
    # "10 a.m." and "1 p.m." on it. Not annotated: "the 24-hour clock", "Station 19", "Engine
    # 19-1", "Tanker 19", "Medic 12", "Station 21", "Station 23", "Room 2012" (a room number
    # holding a year), "Route 309" (twice), "mile marker 41", "a 2006 Chevrolet pickup" (a
    # model year, gold_blind16), "9 degrees", "40 ppm", "88 Orchard Hill Lane", "17 Main St.",
    # the blocks "1200", "400", "2300", "600", "612 calls", "574", "570-555-1948" (a phone
    # number ending in the founding year, beside the annotated "1948"), "No calls".
    "vossberg-fire-company-call-log": (
        "2015-01-05",
        [
            ("Dec. 29, 2014", "DATE", "2014-12-29"),
            ("Jan. 4, 2015", "DATE", "2015-01-04"),
            ("Monday, January 5, 2015", "DATE", "2015-01-05"),
            ("8:10 a.m.", "TIME", "2015-01-05T08:10"),
            ("Monday, Dec. 29", "DATE", "2014-12-29"),
            ("0742", "TIME", "2014-12-29T07:42"),
            ("0811", "TIME", "2014-12-29T08:11"),
            ("1416", "TIME", "2014-12-29T14:16"),
            ("nine minutes", "DURATION", "PT9M"),
            ("1603", "TIME", "2014-12-29T16:03"),
            ("Tuesday, Dec. 30", "DATE", "2014-12-30"),
            ("0219", "TIME", "2014-12-30T02:19"),
            ("0248", "TIME", "2014-12-30T02:48"),
            ("Wednesday, Dec. 31", "DATE", "2014-12-31"),
            ("1735", "TIME", "2014-12-31T17:35"),
            ("2347", "TIME", "2014-12-31T23:47"),
            ("the night", "TIME", "2014-12-31TNI"),
            ("0635", "TIME", "2015-01-01T06:35"),
            ("New Year's Day", "DATE", "2015-01-01"),
            ("Thursday, Jan. 1", "DATE", "2015-01-01"),
            ("0058", "TIME", "2015-01-01T00:58"),
            ("0124", "TIME", "2015-01-01T01:24"),
            ("1530", "TIME", "2015-01-01T15:30"),
            ("1612", "TIME", "2015-01-01T16:12"),
            ("Friday, Jan. 2", "DATE", "2015-01-02"),
            ("Saturday, Jan. 3", "DATE", "2015-01-03"),
            ("0915", "TIME", "2015-01-03T09:15"),
            ("about 90 minutes", "DURATION", "PT90M"),
            ("Sunday, Jan. 4", "DATE", "2015-01-04"),
            ("1342", "TIME", "2015-01-04T13:42"),
            ("1355", "TIME", "2015-01-04T13:55"),
            ("2014", "DATE", "2014"),
            ("2013", "DATE", "2013"),
            ("1948", "DATE", "1948"),
            ("under seven minutes", "DURATION", "PT7M"),
            ("monthly", "SET", "P1M"),
            ("twice a year", "SET", "P1Y"),
            ("every Tuesday", "SET", "XXXX-WXX-2"),
            ("7 p.m.", "TIME", "XXXX-XX-XXT19:00"),
            ("Saturday, Jan. 17", "DATE", "2015-01-17"),
            ("10 a.m.", "TIME", "2015-01-17T10:00"),
            ("1 p.m.", "TIME", "2015-01-17T13:00"),
        ],
    ),
    # Sunday 2013-01-27 (ISO week 4), Australian (NSW) regional paper's website, police
    # round-up from media releases, headline, byline, stamp "27 Jan, 2013 03:20 PM" (DATE and
    # TIME, gold_blind103), section heads. Australia Day fell on Saturday 2013-01-26 and its
    # public holiday on Monday 2013-01-28; "the Australia Day long weekend" (Saturday-Monday)
    # is the ISO week of its Saturday, 2013-W04-WE (gold_blind103's "the long weekend").
    # Headline "caught overnight" and the lead's "Between 11pm Saturday and 6am Sunday" are
    # Saturday night: "overnight" 2013-01-26TNI, "11pm" 2013-01-26T23:00, "6am"
    # 2013-01-27T06:00 (Sunday the publication day itself). "since Friday night"
    # 2013-01-25TNI; "this morning" 2013-01-27TMO; "12.01am on Friday" 2013-01-25T00:01;
    # "until 11.59pm tomorrow" 2013-01-28T23:59 and 2013-01-28; "about 3.20am today"
    # 2013-01-27T03:20; "about 40 minutes later" an anchored TIME 2013-01-27T04:00
    # (gold_blind44's "40 minutes later"); "between 10pm Friday and 7am Saturday"; "1.45am on
    # Saturday" 2013-01-26T01:45; "suspended ... for six months" P6M; "February 12" ahead;
    # "yesterday's Australia Day celebrations" -> "yesterday" and "Australia Day", both
    # 2013-01-26 (possessive "'s" out); the zone's hours "from 6am to 10pm daily"
    # XXXX-XX-XXT06:00, T22:00 and SET P1D, "until Monday" 2013-01-28; "between 8pm and 11pm
    # on Saturday" 2013-01-26; "this month" 2013-01; "January last year" one span 2012-01
    # (gold_blind72); "the 2011-12 financial year" the NSW July-June year named by the year it
    # ends, FY2012 (gold_blind49, gold_blind69); "each night" SET XXXX-XX-XXTNI. Not annotated:
    # "a stolen 2007 Toyota HiLux" (a model year), "152km/h", "100km/h", "0.162", "19-year-old",
    # "P-plater", "$6000", "$4500", "2,314", "17", "Forty-one", "11 people", "double demerit
    # points", "(02) 6555 2013" (a phone number ending in the year), "1800 555 000",
    # "E52481337" (an event number), "the Cudgel Highway", "until the operation ends".
    "yarrabin-police-long-weekend-round-up": (
        "2013-01-27",
        [
            ("overnight", "TIME", "2013-01-26TNI"),
            ("27 Jan, 2013", "DATE", "2013-01-27"),
            ("03:20 PM", "TIME", "2013-01-27T15:20"),
            ("Friday night", "TIME", "2013-01-25TNI"),
            ("the Australia Day long weekend", "DATE", "2013-W04-WE"),
            ("11pm", "TIME", "2013-01-26T23:00"),
            ("Saturday", "DATE", "2013-01-26"),
            ("6am", "TIME", "2013-01-27T06:00"),
            ("Sunday", "DATE", "2013-01-27"),
            ("this morning", "TIME", "2013-01-27TMO"),
            ("12.01am", "TIME", "2013-01-25T00:01"),
            ("Friday", "DATE", "2013-01-25"),
            ("11.59pm", "TIME", "2013-01-28T23:59"),
            ("tomorrow", "DATE", "2013-01-28"),
            ("about 3.20am", "TIME", "2013-01-27T03:20"),
            ("today", "DATE", "2013-01-27"),
            ("about 40 minutes later", "TIME", "2013-01-27T04:00"),
            ("10pm", "TIME", "2013-01-25T22:00"),
            ("Friday", "DATE", "2013-01-25"),
            ("7am", "TIME", "2013-01-26T07:00"),
            ("Saturday", "DATE", "2013-01-26"),
            ("1.45am", "TIME", "2013-01-26T01:45"),
            ("Saturday", "DATE", "2013-01-26"),
            ("six months", "DURATION", "P6M"),
            ("February 12", "DATE", "2013-02-12"),
            ("yesterday", "DATE", "2013-01-26"),
            ("Australia Day", "DATE", "2013-01-26"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("daily", "SET", "P1D"),
            ("Monday", "DATE", "2013-01-28"),
            ("8pm", "TIME", "2013-01-26T20:00"),
            ("11pm", "TIME", "2013-01-26T23:00"),
            ("Saturday", "DATE", "2013-01-26"),
            ("this month", "DATE", "2013-01"),
            ("January last year", "DATE", "2012-01"),
            ("the 2011-12 financial year", "DATE", "FY2012"),
            ("each night", "SET", "XXXX-XX-XXTNI"),
        ],
    ),
    # Tuesday 2014-06-10 (ISO week 24), RCMP news release (Alberta) as the force posts it:
    # heading, headline, stamp "2014-06-10 11:45 MDT" (DATE and TIME, zone in the span), file
    # number, "Kestrel Lake, Alta. -" dateline. "On Sunday, June 8, 2014, at approximately
    # 3:40 a.m." one DATE span and a TIME with "approximately" kept (gold_blind27); the later
    # clock times "approximately 5:15 a.m." and "approximately 9:20 a.m." are on that Sunday,
    # and "that afternoon" (the charge) is Sunday's, 2014-06-08TAF. "closes at 11 p.m. daily"
    # XXXX-XX-XXT23:00 and SET P1D; the curfew "between 10 p.m. and 6 a.m." recurring hours
    # without a SET (gold_blind40); "within four minutes" PT4M; "approximately six minutes"
    # PT6M; "the evening of June 6" one TIME span 2014-06-06TEV (gold_blind52's "the night of
    # Dec. 2, 2011"); "in March" 2014-03; "last month" 2014-05; "Monday, June 9" 2014-06-09;
    # "June 17, 2014" and "9:30 a.m." that day; "the Victoria Day long weekend" (Victoria Day
    # Monday 2014-05-19, the Monday before 25 May) the week of its Saturday, 2014-W20-WE; "the
    # second in the past week" -> "the past week" DURATION P1W (the period of an ordinal "in",
    # gold_blind52); "reopened Monday morning" 2014-06-09TMO; "in May" 2014-05, "May 2013";
    # "every night" SET XXXX-XX-XXTNI; "10 p.m. on Friday, June 6" and "7 a.m. on Saturday,
    # June 7"; "until at least June 20" -> "at least June 20" (gold_blind35); "Canada Day on
    # Tuesday, July 1" two DATEs 2014-07-01 (like "Monday is Family Day", gold_blind103);
    # "between 3 a.m. and 4 a.m. on Sunday" 2014-06-08 (past). Not annotated: "File #
    # 2014-781254" (a file number holding the year), "a dark-coloured 2009 pickup truck" (a
    # model year), "Highway 27", "50 Avenue" (twice), "(31)" (an age), "$3,900", "$5,000",
    # "$8,000", "14 reports", "five", "780-555-1990" (a phone number ending in a year-like
    # number), "1-800-555-8477", "the third break-in", "Check Stops".
    "kestrel-lake-rcmp-gas-bar-break-in": (
        "2014-06-10",
        [
            ("2014-06-10", "DATE", "2014-06-10"),
            ("11:45 MDT", "TIME", "2014-06-10T11:45"),
            ("Sunday, June 8, 2014", "DATE", "2014-06-08"),
            ("approximately 3:40 a.m.", "TIME", "2014-06-08T03:40"),
            ("11 p.m.", "TIME", "XXXX-XX-XXT23:00"),
            ("daily", "SET", "P1D"),
            ("four minutes", "DURATION", "PT4M"),
            ("approximately six minutes", "DURATION", "PT6M"),
            ("approximately 5:15 a.m.", "TIME", "2014-06-08T05:15"),
            ("the evening of June 6", "TIME", "2014-06-06TEV"),
            ("approximately 9:20 a.m.", "TIME", "2014-06-08T09:20"),
            ("that afternoon", "TIME", "2014-06-08TAF"),
            ("March", "DATE", "2014-03"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("last month", "DATE", "2014-05"),
            ("Monday, June 9", "DATE", "2014-06-09"),
            ("June 17, 2014", "DATE", "2014-06-17"),
            ("9:30 a.m.", "TIME", "2014-06-17T09:30"),
            ("the Victoria Day long weekend", "DATE", "2014-W20-WE"),
            ("the past week", "DURATION", "P1W"),
            ("Monday morning", "TIME", "2014-06-09TMO"),
            ("May", "DATE", "2014-05"),
            ("May 2013", "DATE", "2013-05"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("10 p.m.", "TIME", "2014-06-06T22:00"),
            ("Friday, June 6", "DATE", "2014-06-06"),
            ("7 a.m.", "TIME", "2014-06-07T07:00"),
            ("Saturday, June 7", "DATE", "2014-06-07"),
            ("at least June 20", "DATE", "2014-06-20"),
            ("Canada Day", "DATE", "2014-07-01"),
            ("Tuesday, July 1", "DATE", "2014-07-01"),
            ("3 a.m.", "TIME", "2014-06-08T03:00"),
            ("4 a.m.", "TIME", "2014-06-08T04:00"),
            ("Sunday", "DATE", "2014-06-08"),
        ],
    ),
    # Wednesday 2013-11-06 (ISO week 45), US university police department's daily crime and
    # fire log as saved from its web page: heading, "Updated: Wednesday, November 6, 2013, 8:45
    # a.m." (DATE with weekday and TIME), entries with "Reported:" and "Occurred:" fields.
    # Slash dates are month first with a two-digit year ("11/04/13" 2013-11-04), like the
    # Politico stamp "9/25/14" (gold_blind41); four-digit times without a colon are TIMEs on
    # the date before them (gold_blind89), a time after midnight in an "Occurred" range on the
    # next day: "11/03/13 between 2200 and 0100" -> 2013-11-03, 2013-11-03T22:00 and
    # 2013-11-04T01:00 (gold_blind72's times after midnight). Ranges "10/31/13 2300 - 11/01/13
    # 0200", "11/01/13 1700 - 11/03/13 1900" and "10/28/13 - 11/05/13" give each end. "on
    # Halloween night" one TIME span 2013-10-31TNI (see README). "left for the weekend on
    # Friday afternoon and returned Sunday evening" -> 2013-W44-WE, 2013-11-01TAF,
    # 2013-11-03TEV (the nearest past ones in a Wednesday log). "the last 60 days" P60D;
    # "updated daily" SET P1D; "evacuated for 25 minutes" PT25M; "at 10:15 a.m. Friday"
    # 2013-11-01T10:15 and 2013-11-01; "published Oct. 1" 2013-10-01. Not annotated: case
    # numbers "13-004498" to "13-004536" (they hold the year), "Room 2013" (in a 2013 log),
    # "Room 418", "Parking Lot 7", "Lot 7", "a 2011 Ford Focus" (a model year), "21-speed",
    # "30-pack", "19-year-old", "third-floor", "$450", "$200", "40 calls", "Annual" in the
    # name "Annual Security and Fire Safety Report", "police.wrenfield.edu/asr2013" (a URL
    # holding the year), "around the clock" (an idiom, gold_blind103), "(814) 555-2013".
    "wrenfield-state-campus-crime-log": (
        "2013-11-06",
        [
            ("Wednesday, November 6, 2013", "DATE", "2013-11-06"),
            ("8:45 a.m.", "TIME", "2013-11-06T08:45"),
            ("the last 60 days", "DURATION", "P60D"),
            ("daily", "SET", "P1D"),
            ("11/01/13", "DATE", "2013-11-01"),
            ("0730", "TIME", "2013-11-01T07:30"),
            ("10/31/13", "DATE", "2013-10-31"),
            ("2300", "TIME", "2013-10-31T23:00"),
            ("11/01/13", "DATE", "2013-11-01"),
            ("0200", "TIME", "2013-11-01T02:00"),
            ("Halloween night", "TIME", "2013-10-31TNI"),
            ("11/02/13", "DATE", "2013-11-02"),
            ("2340", "TIME", "2013-11-02T23:40"),
            ("11/02/13", "DATE", "2013-11-02"),
            ("2340", "TIME", "2013-11-02T23:40"),
            ("11/04/13", "DATE", "2013-11-04"),
            ("0815", "TIME", "2013-11-04T08:15"),
            ("11/03/13", "DATE", "2013-11-03"),
            ("2200", "TIME", "2013-11-03T22:00"),
            ("0100", "TIME", "2013-11-04T01:00"),
            ("11/04/13", "DATE", "2013-11-04"),
            ("1120", "TIME", "2013-11-04T11:20"),
            ("11/01/13", "DATE", "2013-11-01"),
            ("1700", "TIME", "2013-11-01T17:00"),
            ("11/03/13", "DATE", "2013-11-03"),
            ("1900", "TIME", "2013-11-03T19:00"),
            ("the weekend", "DATE", "2013-W44-WE"),
            ("Friday afternoon", "TIME", "2013-11-01TAF"),
            ("Sunday evening", "TIME", "2013-11-03TEV"),
            ("11/05/13", "DATE", "2013-11-05"),
            ("1430", "TIME", "2013-11-05T14:30"),
            ("10/28/13", "DATE", "2013-10-28"),
            ("11/05/13", "DATE", "2013-11-05"),
            ("11/05/13", "DATE", "2013-11-05"),
            ("1912", "TIME", "2013-11-05T19:12"),
            ("11/05/13", "DATE", "2013-11-05"),
            ("1912", "TIME", "2013-11-05T19:12"),
            ("25 minutes", "DURATION", "PT25M"),
            ("10:15 a.m.", "TIME", "2013-11-01T10:15"),
            ("Friday", "DATE", "2013-11-01"),
            ("Oct. 1", "DATE", "2013-10-01"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
