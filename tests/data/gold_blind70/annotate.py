"""Annotations of the seventieth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind70/annotate.py [--show]

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
    # Wednesday 2014-11-19 (ISO week 47), British local paper printing a leaked council e-mail
    # chain, date line "Wednesday 19 November 2014". The journalist's text is resolved against
    # the DCT: the gate jammed "on Sunday night" 2014-11-16TNI, the homes flooded "shortly
    # after 2am on Monday" 2014-11-17 (two TIMEX3, "shortly after" a signal, gold_blind28),
    # "yesterday" (twice) 2014-11-18, the cabinet meets "tomorrow at 6.30pm" 2014-11-20;
    # "a fortnight ago" is a DATE at the unit's granularity, two weeks before 2014-W47 ->
    # 2014-W45 (like "a fortnight ago" in gold_blind11), the week of the first e-mail; the
    # spokesman's "a crew had now been booked" -> "now" PRESENT_REF; the headline's "10 days"
    # (7 to 17 November) and "more than a week" are durations anchored to events. Each e-mail
    # is resolved against its own header date, each header being a DATE and a TIME, the clock
    # time to the second with its "+0000" zone kept in the span and not in the value
    # (gold_blind8's "14:35:10 UTC", gold_blind22's "06:12:00"):
    # - Tue 2014-11-11 (Whitlow): "this financial year" is the council's April-March year named
    #   by the year it ends, FY2015 (gold_blind9, gold_blind11, gold_blind19); "until 1 April"
    #   the start of the next one, 2015-04-01; "Thursday 20 November" 2014-11-20; "in January"
    #   2015-01. "before then" is anaphoric and left out.
    # - Mon 2014-11-10 (Pryce): "end of play tomorrow" (British office shorthand for the end of
    #   the working day) is one DATE span with the value of the day, 2014-11-11, the modifier
    #   kept and not recorded, like "late yesterday" (gold_blind35); "w/c 17 Nov" ("week
    #   commencing") is one DATE span, the ISO week that starts on Monday 17 November,
    #   2014-W47; "the weekend" ahead in a Monday message 2014-W46-WE (15-16 November, the
    #   weekend the gate failed).
    # - the quoted message, "On 7 Nov 2014, at 16:02, ... wrote:" -> DATE 2014-11-07 and TIME
    #   2014-11-07T16:02: "this morning" 2014-11-07TMO; "tripped twice in 20 minutes" ->
    #   DURATION PT20M (how long, like "had tripled in three years" in gold_blind35); "should
    #   be serviced annually" SET P1Y; "through the winter" ahead in November 2014 is the
    #   winter that takes the year of its January, 2015-WI (gold_blind28).
    # The letter to the paper "in the summer" is the summer of the same year, 2014-SU;
    # "In the 1990s this lane flooded every winter" DATE 199 and SET XXXX-WI. Traps: "Ref:
    # FG/2014/0331" (twice), the file name "millane_gate_0711.jpg", "ext. 2014" in a 2014
    # e-mail, the address "assets2014@kelham.gov.uk", "the Kelham Sunday News" (a paper), age
    # "67", "about 60 homes", "twice", "those days", "before then".
    "kelham-mill-lane-flood-gate-emails": (
        "2014-11-19",
        [
            ("10 days", "DURATION", "P10D"),
            ("Wednesday 19 November 2014", "DATE", "2014-11-19"),
            ("more than a week", "DURATION", "P1W"),
            ("Sunday night", "TIME", "2014-11-16TNI"),
            ("2am", "TIME", "2014-11-17T02:00"),
            ("Monday", "DATE", "2014-11-17"),
            ("yesterday", "DATE", "2014-11-18"),
            ("Tue, 11 Nov 2014", "DATE", "2014-11-11"),
            ("17:55:32 +0000", "TIME", "2014-11-11T17:55:32"),
            ("this financial year", "DATE", "FY2015"),
            ("1 April", "DATE", "2015-04-01"),
            ("Thursday 20 November", "DATE", "2014-11-20"),
            ("January", "DATE", "2015-01"),
            ("Mon, 10 Nov 2014", "DATE", "2014-11-10"),
            ("09:41:07 +0000", "TIME", "2014-11-10T09:41:07"),
            ("end of play tomorrow", "DATE", "2014-11-11"),
            ("about four weeks", "DURATION", "P4W"),
            ("w/c 17 Nov", "DATE", "2014-W47"),
            ("the weekend", "DATE", "2014-W46-WE"),
            ("7 Nov 2014", "DATE", "2014-11-07"),
            ("16:02", "TIME", "2014-11-07T16:02"),
            ("this morning", "TIME", "2014-11-07TMO"),
            ("20 minutes", "DURATION", "PT20M"),
            ("March 2012", "DATE", "2012-03"),
            ("annually", "SET", "P1Y"),
            ("the winter", "DATE", "2015-WI"),
            ("yesterday", "DATE", "2014-11-18"),
            ("now", "DATE", "PRESENT_REF"),
            ("Monday 24 November", "DATE", "2014-11-24"),
            ("the summer", "DATE", "2014-SU"),
            ("a fortnight ago", "DATE", "2014-W45"),
            ("the 1990s", "DATE", "199"),
            ("every winter", "SET", "XXXX-WI"),
            ("tomorrow", "DATE", "2014-11-20"),
            ("6.30pm", "TIME", "2014-11-20T18:30"),
            ("the end of January", "DATE", "2015-01"),
        ],
    ),
    # Tuesday 2014-04-22 (ISO week 17), US regional paper printing state e-mails released under
    # a public-records law, byline, "CORLISS, Mo. —" dateline without date (the DCT is only
    # here). Journalist's text: "early March" 2014-03, "switched it on ... on March 10",
    # "this week" 2014-W17, "within hours" -> "hours" PTXH, "the next three weeks" P3W,
    # "mid-2012" and "late 2012" 2012 (modifiers unrecorded), "said in an interview Monday"
    # 2014-04-21 (past), "fixed April 2", "now" PRESENT_REF, "will testify ... next Tuesday" in
    # a Tuesday paper seven days ahead, 2014-04-29 (gold_blind25, gold_blind68), "told in
    # January" 2014-01, "monthly progress reports" SET P1M. The state's fiscal year runs July
    # to June and is named by the year it ends: "fiscal 2014, ends June 30" FY2014 and
    # 2014-06-30. Each e-mail is resolved against its Outlook "Sent:" line, a DATE with its
    # weekday and a TIME:
    # - Wed 2014-03-12 7:05 AM: "from 2:15 p.m. to 4:40 p.m. CT yesterday" -> two TIMEs on
    #   2014-03-11 (the zone kept in the second span) and "yesterday" 2014-03-11; "tonight"
    #   2014-03-12TNI and "after 10 p.m." 2014-03-12T22:00; "until 6 p.m. every day this week"
    #   -> the hour of a recurring closing time XXXX-XX-XXT18:00 (gold_blind68), "every day"
    #   SET P1D and "this week" 2014-W11, like "every day this week" in gold_blind48.
    # - Thu 2014-03-06 8:47 AM: "Mon 3/10" (US month/day with an abbreviated weekday) one DATE
    #   span 2014-03-10; "by COB today" ("close of business") one DATE span, the day's value,
    #   2014-03-06, like "end of play tomorrow"; "tomorrow morning" 2014-03-07TMO; "Q3 FY14"
    #   one span, the third quarter (January-March 2014) of fiscal 2014, FY2014-Q3
    #   (gold_blind9's "Q3 FY25"); "the next fiscal year" FY2015.
    # - Tue 2014-03-04 3:12 PM: "now" PRESENT_REF; "EOD Friday" ("end of day") one DATE span
    #   2014-03-07, and "Friday's results" the same Friday; "slip to April" 2014-04; "next
    #   Tues" in a Tuesday message the Tuesday seven days ahead, 2014-03-11 (the convention for
    #   "next Friday" in a Friday paper); "I'm out Thursday afternoon" 2014-03-06TAF (the
    #   reply of Thursday 8:47 AM fits it).
    # Traps: "$14 million", "42 branches", the help desk "573-555-0199, option 3", "1 in 5",
    # "HB 1402" (a bill), "the Sunshine Law", "the date" and "by then" (anaphoric), "the
    # launch", "the last test run", "The e-mails".
    "corliss-licensing-system-launch-emails": (
        "2014-04-22",
        [
            ("early March", "DATE", "2014-03"),
            ("March 10", "DATE", "2014-03-10"),
            ("this week", "DATE", "2014-W17"),
            ("hours", "DURATION", "PTXH"),
            ("the next three weeks", "DURATION", "P3W"),
            ("Wednesday, March 12, 2014", "DATE", "2014-03-12"),
            ("7:05 AM", "TIME", "2014-03-12T07:05"),
            ("2:15 p.m.", "TIME", "2014-03-11T14:15"),
            ("4:40 p.m. CT", "TIME", "2014-03-11T16:40"),
            ("yesterday", "DATE", "2014-03-11"),
            ("tonight", "TIME", "2014-03-12TNI"),
            ("10 p.m.", "TIME", "2014-03-12T22:00"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("every day", "SET", "P1D"),
            ("this week", "DATE", "2014-W11"),
            ("Thursday, March 6, 2014", "DATE", "2014-03-06"),
            ("8:47 AM", "TIME", "2014-03-06T08:47"),
            ("Mon 3/10", "DATE", "2014-03-10"),
            ("COB today", "DATE", "2014-03-06"),
            ("tomorrow morning", "TIME", "2014-03-07TMO"),
            ("Q3 FY14", "DATE", "FY2014-Q3"),
            ("the next fiscal year", "DATE", "FY2015"),
            ("Tuesday, March 4, 2014", "DATE", "2014-03-04"),
            ("3:12 PM", "TIME", "2014-03-04T15:12"),
            ("now", "DATE", "PRESENT_REF"),
            ("EOD Friday", "DATE", "2014-03-07"),
            ("Friday", "DATE", "2014-03-07"),
            ("April", "DATE", "2014-04"),
            ("next Tues", "DATE", "2014-03-11"),
            ("Thursday afternoon", "TIME", "2014-03-06TAF"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("June 30", "DATE", "2014-06-30"),
            ("mid-2012", "DATE", "2012"),
            ("Monday", "DATE", "2014-04-21"),
            ("late 2012", "DATE", "2012"),
            ("April 2", "DATE", "2014-04-02"),
            ("now", "DATE", "PRESENT_REF"),
            ("next Tuesday", "DATE", "2014-04-29"),
            ("January", "DATE", "2014-01"),
            ("monthly", "SET", "P1M"),
        ],
    ),
    # Friday 2013-09-20 (ISO week 38), British paper printing NHS committee minutes released
    # under the Freedom of Information Act, date line "Friday 20 September 2013". Journalist's
    # text: "agreed in May" 2013-05, "four months before" (May to September) and the headline's
    # "months before consultation" anchored durations, P4M and PXM; "The 12-week public
    # consultation" adjectival DURATION P12W, "opened on Monday" 2013-09-16, "runs until 9
    # December" (twelve weeks later) 2013-12-09; "said yesterday" 2013-09-19; "the May
    # minutes" an adjectival month naming the meeting, 2013-05 (like "an August start",
    # gold_blind44); "in recent weeks" PAST_REF; "meet every week" SET P1W; "at noon tomorrow"
    # 2013-09-21T12:00 and 2013-09-21; "on Tuesday evening" ahead 2013-09-24TEV; "last year"
    # 2012; "For more than half a century" DURATION P50Y; "They decided this in the spring"
    # (the May meeting) 2013-SP. The minutes are resolved against their meeting date, "held
    # 14/05/2013 at 10.30am" (British day/month/year, DATE 2013-05-14, TIME T10:30): the last
    # meeting "16/04/2013" 2013-04-16; "the 2012/13 financial year" one span, the NHS
    # April-March year named by the year it ends, FY2013 (gold_blind21's "the 2016/17
    # financial year"), and "a year earlier" after it takes its granularity, FY2012
    # (gold_blind28); "over the next two years" P2Y; "by the end of March 2014" 2014-03;
    # "in the autumn" ahead 2013-FA; "by end of month" (no article, minute-taker's shorthand)
    # 2013-05, like "month-end" in gold_blind9; "w/c 20 May" the week commencing Monday 20
    # May, 2013-W21; "the 2014/15 financial year" FY2015; "by the 28th" the 28th of the
    # meeting's month, 2013-05-28; "over the winter" just past in May, the winter of 2012-13,
    # 2013-WI; "open every weekend since January" SET XXXX-WXX-WE and 2013-01; "closes on
    # Friday" ahead 2013-05-17; "Next meeting: Thursday 6 June, 2pm" 2013-06-06 and T14:00.
    # Traps: "Room B2.07" (twice), "£1.4m", "97%", "212", "251", "by a third", "6,000
    # signatures", age "34", "a protest march" (the noun), "the last meeting", "until then",
    # "Next meeting", "not for publication".
    "brackwold-trust-ashby-cross-unit-minutes": (
        "2013-09-20",
        [
            ("months", "DURATION", "PXM"),
            ("Friday 20 September 2013", "DATE", "2013-09-20"),
            ("May", "DATE", "2013-05"),
            ("four months", "DURATION", "P4M"),
            ("12-week", "DURATION", "P12W"),
            ("Monday", "DATE", "2013-09-16"),
            ("14/05/2013", "DATE", "2013-05-14"),
            ("10.30am", "TIME", "2013-05-14T10:30"),
            ("16/04/2013", "DATE", "2013-04-16"),
            ("2009", "DATE", "2009"),
            ("the 2012/13 financial year", "DATE", "FY2013"),
            ("a year earlier", "DATE", "FY2012"),
            ("the 1960s", "DATE", "196"),
            ("the next two years", "DURATION", "P2Y"),
            ("the end of March 2014", "DATE", "2014-03"),
            ("the autumn", "DATE", "2013-FA"),
            ("end of month", "DATE", "2013-05"),
            ("w/c 20 May", "DATE", "2013-W21"),
            ("the 2014/15 financial year", "DATE", "FY2015"),
            ("the 28th", "DATE", "2013-05-28"),
            ("the winter", "DATE", "2013-WI"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("January", "DATE", "2013-01"),
            ("Friday", "DATE", "2013-05-17"),
            ("Thursday 6 June", "DATE", "2013-06-06"),
            ("2pm", "TIME", "2013-06-06T14:00"),
            ("yesterday", "DATE", "2013-09-19"),
            ("9 December", "DATE", "2013-12-09"),
            ("May", "DATE", "2013-05"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("every week", "SET", "P1W"),
            ("noon", "TIME", "2013-09-21T12:00"),
            ("tomorrow", "DATE", "2013-09-21"),
            ("Tuesday evening", "TIME", "2013-09-24TEV"),
            ("last year", "DATE", "2012"),
            ("more than half a century", "DURATION", "P50Y"),
            ("the spring", "DATE", "2013-SP"),
        ],
    ),
    # Monday 2015-06-08 (ISO week 24), Canadian paper printing a federal memo obtained under the
    # Access to Information Act, byline, "OTTAWA —" dateline without date (the DCT is only
    # here). Journalist's text: "set in January" (headline) and "in January" 2015-01; "by next
    # spring" said in June 2015, 2016-SP (the timetable's closures fall in January and April
    # 2016); "months before the minister told the House" DURATION PXM; "On April 21" 2015-04-21
    # and the minister's "this year" 2015; "said Friday" 2015-06-05; "late last year" 2014;
    # "the coming months" PXM; "signed in March" 2015-03; "last year" 2014; "for 31 years"
    # P31Y; "only last week" 2015-W23; "every morning at 6:30" SET XXXX-XX-XXTMO and the hour of
    # the recurring call XXXX-XX-XXT06:30; "for days" -> "days" PXD. The memo is resolved
    # against its "DATE: January 22, 2015": the federal fiscal year runs April-March and is
    # named by the year it ends, so "fiscal 2016-17" (one span, like gold_blind21's "the
    # 2016/17 financial year") is FY2017 and "end of fiscal 2014-15" FY2015, the end kept in
    # the span and the year's value given (gold_blind41); "Q4 lapsing funds"
    # -> "Q4" the fourth quarter of the fiscal year the memo is written in (January-March
    # 2015), FY2015-Q4; "Week of February 2" (a timetable label) one DATE span, the ISO week
    # starting Monday 2 February, 2015-W06, like "w/c"; "Spring 2015", "Fall 2015" seasons;
    # "120 days' notice" -> "120 days" DURATION; "by the end of the month" the memo's month,
    # 2015-01; "in 2016" and "annually" SET P1Y. Traps: "FILE: 4400-15-022", "VHF Channel 16",
    # "around the clock" (idiom), "since then" (anaphoric), "two-page", "$4.2 million",
    # "3,100 calls", "the end of its life", "the collective agreement".
    "coastal-affairs-radio-stations-memo": (
        "2015-06-08",
        [
            ("January", "DATE", "2015-01"),
            ("January", "DATE", "2015-01"),
            ("next spring", "DATE", "2016-SP"),
            ("months", "DURATION", "PXM"),
            ("January 22, 2015", "DATE", "2015-01-22"),
            ("the 1970s", "DATE", "197"),
            ("2016", "DATE", "2016"),
            ("annually", "SET", "P1Y"),
            ("fiscal 2016-17", "DATE", "FY2017"),
            ("Week of February 2", "DATE", "2015-W06"),
            ("February 13", "DATE", "2015-02-13"),
            ("March 31, 2015", "DATE", "2015-03-31"),
            ("end of fiscal 2014-15", "DATE", "FY2015"),
            ("Q4", "DATE", "FY2015-Q4"),
            ("Spring 2015", "DATE", "2015-SP"),
            ("Fall 2015", "DATE", "2015-FA"),
            ("120 days", "DURATION", "P120D"),
            ("January 2016", "DATE", "2016-01"),
            ("April 1, 2016", "DATE", "2016-04-01"),
            ("the end of the month", "DATE", "2015-01"),
            ("April 21", "DATE", "2015-04-21"),
            ("this year", "DATE", "2015"),
            ("Friday", "DATE", "2015-06-05"),
            ("late last year", "DATE", "2014"),
            ("the coming months", "DURATION", "PXM"),
            ("March", "DATE", "2015-03"),
            ("last year", "DATE", "2014"),
            ("31 years", "DURATION", "P31Y"),
            ("last week", "DATE", "2015-W23"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("6:30", "TIME", "XXXX-XX-XXT06:30"),
            ("days", "DURATION", "PXD"),
        ],
    ),
    # Saturday 2012-12-15 (ISO week 50), British paper printing a staff notice of a holiday
    # closure, date line "Saturday 15 December 2012". "Christmas" (headline, lead, "closed over
    # Christmas", "a fortnight before Christmas") is the holiday this December, 2012-12-25;
    # "four days of annual leave" DURATION P4D ("annual leave" itself is an entitlement, not a
    # TIMEX3); "almost two weeks" P2W; "emailed on Monday" and the union's "on Monday"
    # 2012-12-10; "said yesterday" 2012-12-14; "Last year" 2011; "the first half" and "the third
    # quarter" calendar periods of 2012 (the firm's fiscal year is not described, gold_blind35);
    # "Earlier this month" 2012-12; "less than a fortnight" P2W; "this year" 2012; "reply by
    # Wednesday" and "on Tuesday evening" ahead of a Saturday paper, 2012-12-19 and
    # 2012-12-18TEV. The notice is resolved against "Issued: Monday 10 December 2012": "close
    # at 1pm on Friday 21 December and reopen at 8.30am on Wednesday 2 January 2013" four
    # TIMEX3; the holidays on their dates in that closure (Christmas Day, Boxing Day,
    # Christmas Eve, New Year's Eve 2012, New Year's Day 2013); "by 5pm this Friday" the Friday
    # of the notice's week, 2012-12-14; "from 10am to 2pm daily during the closure" the hours
    # of a recurring day XXXX-XX-XXThh:mm and "daily" SET P1D; "reviewed in January" 2013-01;
    # "repeated every year" SET P1Y. Traps: "Ref: HR/2012/118", the file name
    # "staff_rota_dec2012.xls", "ext. 2400", "Room 4.12", "ext. 2412", "May we remind" (the
    # verb), "may be repeated", "bank holidays" (generic, three times), "those days", "the
    # closure", "The other working days", "About 400 staff", "£300,000", "by a fifth", "60 job
    # cuts", "a difficult year".
    "halden-insurance-christmas-closure-notice": (
        "2012-12-15",
        [
            ("Christmas", "DATE", "2012-12-25"),
            ("Saturday 15 December 2012", "DATE", "2012-12-15"),
            ("four days", "DURATION", "P4D"),
            ("almost two weeks", "DURATION", "P2W"),
            ("Christmas", "DATE", "2012-12-25"),
            ("Monday", "DATE", "2012-12-10"),
            ("Monday 10 December 2012", "DATE", "2012-12-10"),
            ("1pm", "TIME", "2012-12-21T13:00"),
            ("Friday 21 December", "DATE", "2012-12-21"),
            ("8.30am", "TIME", "2013-01-02T08:30"),
            ("Wednesday 2 January 2013", "DATE", "2013-01-02"),
            ("Christmas Day", "DATE", "2012-12-25"),
            ("Boxing Day", "DATE", "2012-12-26"),
            ("New Year's Day", "DATE", "2013-01-01"),
            ("Christmas Eve", "DATE", "2012-12-24"),
            ("Thursday 27 December", "DATE", "2012-12-27"),
            ("Friday 28 December", "DATE", "2012-12-28"),
            ("New Year's Eve", "DATE", "2012-12-31"),
            ("5pm", "TIME", "2012-12-14T17:00"),
            ("this Friday", "DATE", "2012-12-14"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("2pm", "TIME", "XXXX-XX-XXT14:00"),
            ("daily", "SET", "P1D"),
            ("January", "DATE", "2013-01"),
            ("every year", "SET", "P1Y"),
            ("Christmas", "DATE", "2012-12-25"),
            ("Last year", "DATE", "2011"),
            ("yesterday", "DATE", "2012-12-14"),
            ("the first half", "DATE", "2012-H1"),
            ("the third quarter", "DATE", "2012-Q3"),
            ("Earlier this month", "DATE", "2012-12"),
            ("Monday", "DATE", "2012-12-10"),
            ("less than a fortnight", "DURATION", "P2W"),
            ("Christmas", "DATE", "2012-12-25"),
            ("this year", "DATE", "2012"),
            ("Wednesday", "DATE", "2012-12-19"),
            ("Tuesday evening", "TIME", "2012-12-18TEV"),
        ],
    ),
    # Thursday 2015-02-26 (ISO week 9), US regional paper printing a city e-mail thread
    # obtained through a public records request, byline, "BRENTFORD, Mass. —" dateline
    # without date (the DCT is only here). Journalist's text: "weeks before blizzard"
    # (headline) PXW and "nearly two weeks before the Presidents' Day blizzard" P2W (warning
    # of 2 February, storm from 14 February); "Presidents' Day" 2015 is the third Monday of
    # February, 2015-02-16 (gold_blind56's "Presidents Day" 2014-02-17); "fiscal 2015 runs until
    # June 30" FY2015 and 2015-06-30 (a municipal July-June year named by the year it ends);
    # "since 2010"; "in recent years" PAST_REF; "By last week" 2015-W08; "began on Feb. 14";
    # "Two days later" anchored on Feb. 14, 2015-02-16, with "on Presidents' Day" the same day;
    # "for nearly three weeks" P3W; "on Tuesday night" past 2015-02-24TNI; "three weeks after
    # Tavares's first warning" P3W (anchored); "the end of the fiscal year" FY2015; "said
    # Wednesday" 2015-02-25; "this summer" 2015-SU; "this weekend" in a Thursday paper the
    # coming one, 2015-W09-WE. Each message is resolved against its own header, a DATE with
    # an abbreviated weekday and a TIME (Gmail style "Date:" and "On ... wrote:" lines):
    # - Tue 2015-02-03 11:20 AM (Marr): "for now" -> "now" PRESENT_REF; "in April" 2015-04.
    # - Mon 2015-02-02 6:58 AM (Tavares): "since 4 a.m." that morning 2015-02-02T04:00; "all
    #   day" DURATION P1D; "since Jan. 1" 2015-01-01; "last winter" in February 2015 is the
    #   previous winter, 2013-14, taking the year of its January, 2014-WI; "by the 15th" the
    #   15th of the message's month, 2015-02-15; "the Council meeting Tuesday night" ahead,
    #   2015-02-03TNI.
    # - Fri 2015-01-30 4:17 PM (Marr): "before the weekend" 2015-W05-WE; "FY15" FY2015; "last
    #   spring" 2014-SP; "every year since 2010" SET P1Y and 2010; "through March" 2015-03.
    # Traps: the URL "www.brentfordma.gov/snow2015", "617-555-0115", "11 times", "$1.2M",
    # "$2.9 million", "$1.7 million", "31 inches", "6 to 10 inches", "the storm season" (a
    # season of an activity, not a calendar season, like ski seasons in gold_blind9), "At this
    # rate", "first warning", "on record", "the middle of a storm".
    "brentford-snow-budget-emails": (
        "2015-02-26",
        [
            ("weeks", "DURATION", "PXW"),
            ("nearly two weeks", "DURATION", "P2W"),
            ("Presidents' Day", "DATE", "2015-02-16"),
            ("Tue, Feb 3, 2015", "DATE", "2015-02-03"),
            ("11:20 AM", "TIME", "2015-02-03T11:20"),
            ("now", "DATE", "PRESENT_REF"),
            ("April", "DATE", "2015-04"),
            ("Mon, Feb 2, 2015", "DATE", "2015-02-02"),
            ("6:58 AM", "TIME", "2015-02-02T06:58"),
            ("4 a.m.", "TIME", "2015-02-02T04:00"),
            ("all day", "DURATION", "P1D"),
            ("Jan. 1", "DATE", "2015-01-01"),
            ("last winter", "DATE", "2014-WI"),
            ("the 15th", "DATE", "2015-02-15"),
            ("Tuesday night", "TIME", "2015-02-03TNI"),
            ("Fri, Jan 30, 2015", "DATE", "2015-01-30"),
            ("4:17 PM", "TIME", "2015-01-30T16:17"),
            ("the weekend", "DATE", "2015-W05-WE"),
            ("FY15", "DATE", "FY2015"),
            ("last spring", "DATE", "2014-SP"),
            ("every year", "SET", "P1Y"),
            ("2010", "DATE", "2010"),
            ("March", "DATE", "2015-03"),
            ("fiscal 2015", "DATE", "FY2015"),
            ("June 30", "DATE", "2015-06-30"),
            ("2010", "DATE", "2010"),
            ("recent years", "DATE", "PAST_REF"),
            ("last week", "DATE", "2015-W08"),
            ("Feb. 14", "DATE", "2015-02-14"),
            ("Two days later", "DATE", "2015-02-16"),
            ("Presidents' Day", "DATE", "2015-02-16"),
            ("nearly three weeks", "DURATION", "P3W"),
            ("Tuesday night", "TIME", "2015-02-24TNI"),
            ("three weeks", "DURATION", "P3W"),
            ("the end of the fiscal year", "DATE", "FY2015"),
            ("Wednesday", "DATE", "2015-02-25"),
            ("this summer", "DATE", "2015-SU"),
            ("this weekend", "DATE", "2015-W09-WE"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
