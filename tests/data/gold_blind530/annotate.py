"""Annotations of the 530th blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind530/annotate.py [--show]

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
    # Wednesday 2018-02-21 (ISO week 8), English local paper's website, council budget story,
    # headline, standfirst, byline, stamp "Published: 14:05 Wednesday 21 February 2018" and
    # "Updated: 16:40 Wednesday 21 February 2018" (clock time TIME, dated weekday one DATE
    # span, gold_blind72). The cabinet met "last night", Tuesday 2018-02-20TNI; the leader's
    # quoted "here tonight" was said at that meeting, so it is the same night, 2018-02-20TNI
    # (see README). Future: "next Tuesday" (standfirst) the nearest coming Tuesday 2018-02-27
    # (gold_blind61), full council "at 7pm on Tuesday 27 February" two TIMEX3; "Monday 2 July"
    # 2018-07-02, "Monday 1 October" 2018-10-01. Past: the monitoring report "published on
    # Friday" 2018-02-16. An English council's financial year runs April-March and is named by
    # the year it ends (gold_blind11, gold_blind21): "the 2018/19 financial year" one span
    # FY2019; "the third quarter of the financial year" (the current year, 2017/18) one span
    # FY2018-Q3, October-December 2017 (gold_blind9's "the first quarter of fiscal 2026").
    # "from April" (headline) and "1 April" the start of that year, calendar values. "the end
    # of the decade" 201 (gold_blind10, gold_blind13); "the autumn" in February 2018 is
    # 2017-FA; "the summer" and "the end of the summer" 2018-SU; "late May" 2018-05 and "early
    # September" 2018-09, ahead; "the week commencing 12 March" one span 2018-W11 (gold_blind70's
    # "w/c 17 Nov"); "Last year's rise" -> "Last year" 2017 (the wording's calendar value,
    # gold_blind35). Sets: "fortnightly" twice and "weekly" (adverbs of frequency, like
    # "hourly" in gold_blind95) P2W and P1W; "Wednesdays" XXXX-WXX-3, "Sundays" XXXX-WXX-7;
    # the lido's hours "from 7am to 7pm daily" XXXX-XX-XXT07:00, XXXX-XX-XXT19:00 and SET
    # P1D; "10 monthly instalments" -> "monthly" SET P1M (gold_blind35). Durations: "four years"
    # (the period of a count, gold_blind95), "almost three hours", "the next three years", "12
    # months" and "three months" (the size of a delay, gold_blind35). "UPDATE 16:35" a TIME of
    # the publication day (gold_blind72); "this afternoon" 2018-02-21TAF. Not annotated:
    # "5.99%", "5.99 per cent", "4.99 per cent", "£11m", "Band D", "£1,742.31", "£98.46",
    # "£43m", "£11.2m", "£1.4m", "7-2" (a vote), "Forty posts", "in 12" (instalments),
    # "brackwater.gov.uk/budget2018", "01632 960 2018", "News > Politics".
    "brackwater-council-tax-budget": (
        "2018-02-21",
        [
            ("April", "DATE", "2018-04"),
            ("next Tuesday", "DATE", "2018-02-27"),
            ("fortnightly", "SET", "P2W"),
            ("the summer", "DATE", "2018-SU"),
            ("14:05", "TIME", "2018-02-21T14:05"),
            ("Wednesday 21 February 2018", "DATE", "2018-02-21"),
            ("16:40", "TIME", "2018-02-21T16:40"),
            ("Wednesday 21 February 2018", "DATE", "2018-02-21"),
            ("1 April", "DATE", "2018-04-01"),
            ("the 2018/19 financial year", "DATE", "FY2019"),
            ("last night", "TIME", "2018-02-20TNI"),
            ("2010", "DATE", "2010"),
            ("four years", "DURATION", "P4Y"),
            ("almost three hours", "DURATION", "PT3H"),
            ("2013", "DATE", "2013"),
            ("the next three years", "DURATION", "P3Y"),
            ("tonight", "TIME", "2018-02-20TNI"),
            ("the end of the decade", "DATE", "201"),
            ("weekly", "SET", "P1W"),
            ("fortnightly", "SET", "P2W"),
            ("Monday 2 July", "DATE", "2018-07-02"),
            ("Wednesdays", "SET", "XXXX-WXX-3"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("7pm", "TIME", "XXXX-XX-XXT19:00"),
            ("daily", "SET", "P1D"),
            ("late May", "DATE", "2018-05"),
            ("early September", "DATE", "2018-09"),
            ("12 months", "DURATION", "P12M"),
            ("the third quarter of the financial year", "DATE", "FY2018-Q3"),
            ("Friday", "DATE", "2018-02-16"),
            ("the autumn", "DATE", "2017-FA"),
            ("the end of the summer", "DATE", "2018-SU"),
            ("7pm", "TIME", "2018-02-27T19:00"),
            ("Tuesday 27 February", "DATE", "2018-02-27"),
            ("the week commencing 12 March", "DATE", "2018-W11"),
            ("monthly", "SET", "P1M"),
            ("31 March", "DATE", "2018-03-31"),
            ("Last year", "DATE", "2017"),
            ("16:35", "TIME", "2018-02-21T16:35"),
            ("this afternoon", "TIME", "2018-02-21TAF"),
            ("Monday 1 October", "DATE", "2018-10-01"),
            ("three months", "DURATION", "P3M"),
        ],
    ),
    # Tuesday 2019-03-12 (ISO week 11), Irish regional paper's website, festival and road
    # closures, headline, standfirst, "Reporter:" byline, stamp "12 Mar 2019 5:20 PM" (DATE and
    # TIME) and an "Updated 9.10pm:" line (a TIME of the day). St Patrick's Day falls on Sunday
    # 2019-03-17: "Paddy's Day" (the Irish short form, headline) and "St Patrick's Day" (inside
    # "St Patrick's Day parade", a holiday inside an event name, gold_blind21) are 2019-03-17.
    # Future weekdays: "Friday evening" 2019-03-15TEV, "Friday morning" 2019-03-15TMO, Friday's
    # céilí 2019-03-15, "midnight on Thursday" 2019-03-14T24:00 (the midnight ending the day,
    # gold_blind103), "Saturday night" 2019-03-16TNI, "Sunday" 2019-03-17, "bank holiday Monday"
    # one span 2019-03-18 (the Monday named by its holiday). "Sunday week" (Irish and British:
    # the Sunday after the coming one) one span 2019-03-24, like "Saturday week" (gold_blind24).
    # Past: "Monday last" one span, the most recent Monday, 2019-03-11 (gold_blind9,
    # gold_blind17). The parade's clock times "1pm" and "about 2.15pm" and the closure "from
    # 10am to 3pm on Sunday" are on 2019-03-17; the céilí "from 8pm" 2019-03-15T20:00 and later
    # "8.30pm"; the race "at 11am" 2019-03-18T11:00. "the morning of 16 March 2018" one TIME
    # span (gold_blind95's "the morning of July 19") and "the next day" 2018-03-17 (gold_blind4).
    # "weekend" (head of "a dry but cold weekend", like "autumn" in gold_blind103) and "the
    # long weekend" (Saturday-Monday) 2019-W11-WE, the ISO week of the Saturday. "for the first
    # time in two years" -> "two years" P2Y (period of a "first in"); "less than 24 hours'
    # notice" -> "less than 24 hours" PT24H (gold_blind27's "seven days' notice"); "Four-day"
    # P4D; "five hours" PT5H; "30 minutes earlier than usual" PT30M (size of a shift,
    # gold_blind76). "every year since 1953" SET P1Y and DATE 1953; "last September" 2018-09;
    # "last year" 2018 (four times). Not annotated: "17 floats", "12 bands", "route 17" (a bus
    # route), "the R712", "the Kilcarra 10k", "€38,000", "a third", "9C", "(FG)", "(059) 914
    # 2019" (a phone number holding 2019), "a plan B", "orange warning".
    "kilcarra-st-patricks-parade-plan": (
        "2019-03-12",
        [
            ("Paddy's Day", "DATE", "2019-03-17"),
            ("last year", "DATE", "2018"),
            ("Four-day", "DURATION", "P4D"),
            ("Friday evening", "TIME", "2019-03-15TEV"),
            ("five hours", "DURATION", "PT5H"),
            ("Sunday", "DATE", "2019-03-17"),
            ("12 Mar 2019", "DATE", "2019-03-12"),
            ("5:20 PM", "TIME", "2019-03-12T17:20"),
            ("St Patrick's Day", "DATE", "2019-03-17"),
            ("Sunday", "DATE", "2019-03-17"),
            ("two years", "DURATION", "P2Y"),
            ("last year", "DATE", "2018"),
            ("less than 24 hours", "DURATION", "PT24H"),
            ("the morning of 16 March 2018", "TIME", "2018-03-16TMO"),
            ("the next day", "DATE", "2018-03-17"),
            ("Monday last", "DATE", "2019-03-11"),
            ("1pm", "TIME", "2019-03-17T13:00"),
            ("about 2.15pm", "TIME", "2019-03-17T14:15"),
            ("Friday evening", "TIME", "2019-03-15TEV"),
            ("8pm", "TIME", "2019-03-15T20:00"),
            ("bank holiday Monday", "DATE", "2019-03-18"),
            ("11am", "TIME", "2019-03-18T11:00"),
            ("midnight", "TIME", "2019-03-14T24:00"),
            ("Thursday", "DATE", "2019-03-14"),
            ("10am", "TIME", "2019-03-17T10:00"),
            ("3pm", "TIME", "2019-03-17T15:00"),
            ("Sunday", "DATE", "2019-03-17"),
            ("last September", "DATE", "2018-09"),
            ("2017", "DATE", "2017"),
            ("last year", "DATE", "2018"),
            ("Friday morning", "TIME", "2019-03-15TMO"),
            ("Sunday week", "DATE", "2019-03-24"),
            ("this morning", "TIME", "2019-03-12TMO"),
            ("weekend", "DATE", "2019-W11-WE"),
            ("Saturday night", "TIME", "2019-03-16TNI"),
            ("every year", "SET", "P1Y"),
            ("1953", "DATE", "1953"),
            ("2001", "DATE", "2001"),
            ("last year", "DATE", "2018"),
            ("the long weekend", "DATE", "2019-W11-WE"),
            ("Sunday", "DATE", "2019-03-17"),
            ("30 minutes", "DURATION", "PT30M"),
            ("9.10pm", "TIME", "2019-03-12T21:10"),
            ("Friday", "DATE", "2019-03-15"),
            ("8.30pm", "TIME", "2019-03-15T20:30"),
        ],
    ),
    # Monday 2017-04-24 (ISO week 17), Canadian city paper's website, construction-season
    # roadworks story, headline, standfirst, byline, stamp "Published on: April 24, 2017 | Last
    # Updated: April 24, 2017 6:10 PM EDT" (two DATEs and a TIME, gold_blind103), "STRATHBURN
    # —" dateline, and a "ROADWORK ROUNDUP" box. The closure starts "at 7 a.m. Monday, May 1":
    # TIME 2017-05-01T07:00 and one DATE span with its weekday (gold_blind95); the committee met
    # "Monday morning", the publication day, 2017-04-24TMO. Future: "Sunday, April 30", "6:30
    # p.m. Thursday" 2017-04-27T18:30 and the DATE, "this weekend" 2017-W17-WE (29-30 April,
    # gold_blind21), "May 12", "Friday, May 19" and "Monday, May 22". Labour Day is the first
    # Monday of September, 2017-09-04; Victoria Day the Monday before 25 May, 2017-05-22; Canada
    # Day 2017-07-01, with "July 1" beside it a DATE of its own (gold_blind95's "Good Friday, 3
    # April"); "11 p.m. that evening" -> 2017-07-01T23:00 and "that evening" 2017-07-01TEV, a
    # narrative anchor on Canada Day (gold_blind8). "the end of August" 2017-08; "its 2017
    # capital budget" -> "2017" (an adjectival year); "January" 2017-01; "last fall" in April
    # 2017 is 2016-FA; Ontario's fiscal year runs April-March, so "the 2017-18 fiscal year" one
    # span FY2018 (gold_blind21, gold_blind95). "the summer" (the coming one) 2017-SU, "Last
    # summer's resurfacing" -> "Last summer" 2016-SU. Crews' hours "from 7 a.m. to 9 p.m.
    # daily" and the ramp "closed nightly from 10 p.m. to 6 a.m." are the hours of a recurring
    # closure XXXX-XX-XXThh:mm with SETs P1D and XXXX-XX-XXTNI ("nightly", like "every night");
    # "weekly email updates" SET P1W (gold_blind35). Durations: "16 weeks", "16-week", "Sixteen
    # weeks" P16W, "one week" P1W, "about 10 days" P10D, "about 10 minutes" PT10M (size of a
    # delay), "three weeks" P3W (how far over schedule), "for years" -> "years" PXY
    # (gold_blind11). Not annotated: "construction season" and "this season"-like kinds, "Canada
    # 150" (the name of the 150th-anniversary celebrations), "the morning commute", "$14.2-
    # million", "a third", "Highway 7", "Hwy. 7", "Exit 44", "the No. 12 bus",
    # "strathburn.ca/carling2017", "311" (the city's phone line), "Coun.".
    "strathburn-carling-bridge-closure": (
        "2017-04-24",
        [
            ("16 weeks", "DURATION", "P16W"),
            ("May 1", "DATE", "2017-05-01"),
            ("Labour Day", "DATE", "2017-09-04"),
            ("April 24, 2017", "DATE", "2017-04-24"),
            ("April 24, 2017", "DATE", "2017-04-24"),
            ("6:10 PM EDT", "TIME", "2017-04-24T18:10"),
            ("one week", "DURATION", "P1W"),
            ("7 a.m.", "TIME", "2017-05-01T07:00"),
            ("Monday, May 1", "DATE", "2017-05-01"),
            ("the end of August", "DATE", "2017-08"),
            ("1958", "DATE", "1958"),
            ("Monday morning", "TIME", "2017-04-24TMO"),
            ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("daily", "SET", "P1D"),
            ("16-week", "DURATION", "P16W"),
            ("about 10 days", "DURATION", "P10D"),
            ("Labour Day", "DATE", "2017-09-04"),
            ("January", "DATE", "2017-01"),
            ("2017", "DATE", "2017"),
            ("last fall", "DATE", "2016-FA"),
            ("the 2017-18 fiscal year", "DATE", "FY2018"),
            ("about 10 minutes", "DURATION", "PT10M"),
            ("Sunday, April 30", "DATE", "2017-04-30"),
            ("Canada Day", "DATE", "2017-07-01"),
            ("July 1", "DATE", "2017-07-01"),
            ("11 p.m.", "TIME", "2017-07-01T23:00"),
            ("that evening", "TIME", "2017-07-01TEV"),
            ("years", "DURATION", "PXY"),
            ("Sixteen weeks", "DURATION", "P16W"),
            ("the summer", "DATE", "2017-SU"),
            ("Last summer", "DATE", "2016-SU"),
            ("three weeks", "DURATION", "P3W"),
            ("6:30 p.m.", "TIME", "2017-04-27T18:30"),
            ("Thursday", "DATE", "2017-04-27"),
            ("weekly", "SET", "P1W"),
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("May 12", "DATE", "2017-05-12"),
            ("this weekend", "DATE", "2017-W17-WE"),
            ("Victoria Day", "DATE", "2017-05-22"),
            ("Friday, May 19", "DATE", "2017-05-19"),
            ("Monday, May 22", "DATE", "2017-05-22"),
        ],
    ),
    # Sunday 2016-07-17 (ISO week 28), New Zealand paper's website, heavy rain and snow
    # warning, headline, byline in capitals, stamp "Last updated 16:05, July 17 2016" (TIME and
    # DATE, gold_blind21) and two "UPDATE" lines (TIMEs of the day, gold_blind72). "tonight"
    # 2016-07-17TNI with "9pm" that evening; "in the 30 hours from 9pm tonight" -> "the 30
    # hours" PT30H. Monday 2016-07-18 is "tomorrow" (four times), "the early hours of Monday"
    # one DATE span (gold_blind103), "Monday night" 2016-07-18TNI, "8pm tomorrow" two TIMEX3,
    # "tomorrow afternoon" 2016-07-18TAF; "until at least midday Tuesday" -> "at least midday"
    # 2016-07-19T12:00 with the modifier kept (gold_blind14, gold_blind35) and "midday" T12:00
    # (gold_blind11), and "Tuesday" 2016-07-19; "Tuesday afternoon" 2016-07-19TAF; "from
    # Wednesday" 2016-07-20; "the weekend" 2016-W29-WE (23-24 July). "this month" twice and
    # "the wettest July since 1998" -> "July" 2016-07 (gold_blind21's "its hottest July on
    # record"); "the next few days" PXD; "July 25" 2016-07-25; "August" 2016-08 ahead. The
    # 2014 flood: "3am on 9 July 2014" two TIMEX3; "that night" is the night the river rose,
    # which began on the evening of 8 July, 2014-07-08TNI (a night dated by the evening it
    # begins on, gold_blind21, gold_blind72); "under six hours" PT6H with its modifier; "two
    # days" P2D. "within 24 hours" (how a warning is defined) -> "24 hours" PT24H, a duration
    # whether or not it is anchored (gold_blind21's "in days, not weeks"). "about three weeks"
    # P3W. Not annotated: "the July average" (an average over many Julys, like "the city's
    # average July temperature" in gold_blind21), "overnight lows" (adjectival, gold_blind103),
    # "this time" (this occasion), "around the clock", "until the warning is lifted", "so far",
    # "180mm", "100mm", "600 metres", "State Highway 6", "40 per cent", "4.2m", "60 homes", "a
    # metre", "minus 3C", "111" (the emergency number), "the NZTA website".
    "tawhiti-ranges-heavy-rain-warning": (
        "2016-07-17",
        [
            ("16:05", "TIME", "2016-07-17T16:05"),
            ("July 17 2016", "DATE", "2016-07-17"),
            ("the 30 hours", "DURATION", "PT30H"),
            ("9pm", "TIME", "2016-07-17T21:00"),
            ("tonight", "TIME", "2016-07-17TNI"),
            ("the early hours of Monday", "DATE", "2016-07-18"),
            ("Tuesday afternoon", "TIME", "2016-07-19TAF"),
            ("24 hours", "DURATION", "PT24H"),
            ("Monday night", "TIME", "2016-07-18TNI"),
            ("8pm", "TIME", "2016-07-18T20:00"),
            ("tomorrow", "DATE", "2016-07-18"),
            ("at least midday", "TIME", "2016-07-19T12:00"),
            ("Tuesday", "DATE", "2016-07-19"),
            ("this month", "DATE", "2016-07"),
            ("Today", "DATE", "2016-07-17"),
            ("tomorrow afternoon", "TIME", "2016-07-18TAF"),
            ("this month", "DATE", "2016-07"),
            ("the next few days", "DURATION", "PXD"),
            ("July", "DATE", "2016-07"),
            ("1998", "DATE", "1998"),
            ("2pm", "TIME", "2016-07-17T14:00"),
            ("today", "DATE", "2016-07-17"),
            ("3am", "TIME", "2014-07-09T03:00"),
            ("9 July 2014", "DATE", "2014-07-09"),
            ("two days", "DURATION", "P2D"),
            ("under six hours", "DURATION", "PT6H"),
            ("that night", "TIME", "2014-07-08TNI"),
            ("this evening", "TIME", "2016-07-17TEV"),
            ("about three weeks", "DURATION", "P3W"),
            ("August", "DATE", "2016-08"),
            ("July 25", "DATE", "2016-07-25"),
            ("tomorrow", "DATE", "2016-07-18"),
            ("Wednesday", "DATE", "2016-07-20"),
            ("the weekend", "DATE", "2016-W29-WE"),
            ("3.50pm", "TIME", "2016-07-17T15:50"),
            ("tomorrow", "DATE", "2016-07-18"),
            ("Wednesday", "DATE", "2016-07-20"),
            ("4pm", "TIME", "2016-07-17T16:00"),
            ("Monday", "DATE", "2016-07-18"),
            ("Tuesday", "DATE", "2016-07-19"),
        ],
    ),
    # Thursday 2017-11-23 (ISO week 47), South African regional news site, court report,
    # headline, byline, stamp "2017-11-23 15:42" (an ISO date, DATE, and a 24-hour TIME) and an
    # "Updated at 17:10:" line. The hearing was "on Wednesday" 2017-11-22, the picket "from
    # 08:30" and the end "shortly after 11:00" clock times of that day ("shortly after" left out,
    # gold_blind7); the municipality spoke "on Tuesday" 2017-11-21. The case is "postponed to
    # January" (headline) 2018-01 and "18 January 2018"; "next year" 2018; "next week" 2017-W48;
    # "this evening" 2017-11-23TEV; "mid-December" 2017-12; "30 November" 2017-11-30 ahead;
    # "1 September" 2017-09-01 past. A South African municipality's financial year runs
    # July-June and is named by the year it ends: "the 2015/16 financial year" one span FY2016
    # (gold_blind21). "Heritage Day, 24 September 2015" two DATEs, the holiday and its date
    # (gold_blind95). "Monday, 2 October" one span 2017-10-02; "4 October" 2017-10-04. Bail
    # reporting "every Monday and Friday between 07:00 and 19:00" -> "every Monday" XXXX-WXX-1
    # and "Friday" XXXX-WXX-5, "every" distributing over the coordination (gold_blind72), and
    # the hours XXXX-XX-XXT07:00, XXXX-XX-XXT19:00. Durations: "at least 14 days", "seven days",
    # "a fortnight" P2W, "48 hours' notice" -> "48 hours" PT48H, "Eight years" P8Y (2009-2017),
    # "six months" P6M. "now" PRESENT_REF. Not annotated: "the required 21" (a number, the noun
    # "days" elided), "the festive season" (no dates, gold_blind57, gold_blind72), "dawn raids"
    # (adjectival), "for the last time", "the next hearing", "CAS 214/05/2016" (a case number
    # holding a month and a year), "Ward 16", "R4.2m", "R20 000", "R1.4m", ages "51", "44",
    # "39", "About 40 members", "may" (the verb).
    "nqabeni-tender-fraud-case-postponed": (
        "2017-11-23",
        [
            ("January", "DATE", "2018-01"),
            ("2017-11-23", "DATE", "2017-11-23"),
            ("15:42", "TIME", "2017-11-23T15:42"),
            ("18 January 2018", "DATE", "2018-01-18"),
            ("Wednesday", "DATE", "2017-11-22"),
            ("the 2015/16 financial year", "DATE", "FY2016"),
            ("Monday, 2 October", "DATE", "2017-10-02"),
            ("4 October", "DATE", "2017-10-04"),
            ("July 2015", "DATE", "2015-07"),
            ("March 2016", "DATE", "2016-03"),
            ("mid-December", "DATE", "2017-12"),
            ("at least 14 days", "DURATION", "P14D"),
            ("seven days", "DURATION", "P7D"),
            ("Heritage Day", "DATE", "2015-09-24"),
            ("24 September 2015", "DATE", "2015-09-24"),
            ("a fortnight", "DURATION", "P2W"),
            ("12 October 2015", "DATE", "2015-10-12"),
            ("May 2016", "DATE", "2016-05"),
            ("every Monday", "SET", "XXXX-WXX-1"),
            ("Friday", "SET", "XXXX-WXX-5"),
            ("07:00", "TIME", "XXXX-XX-XXT07:00"),
            ("19:00", "TIME", "XXXX-XX-XXT19:00"),
            ("48 hours", "DURATION", "PT48H"),
            ("08:30", "TIME", "2017-11-22T08:30"),
            ("11:00", "TIME", "2017-11-22T11:00"),
            ("2009", "DATE", "2009"),
            ("Eight years", "DURATION", "P8Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("next year", "DATE", "2018"),
            ("Tuesday", "DATE", "2017-11-21"),
            ("six months", "DURATION", "P6M"),
            ("1 September", "DATE", "2017-09-01"),
            ("30 November", "DATE", "2017-11-30"),
            ("17:10", "TIME", "2017-11-23T17:10"),
            ("this evening", "TIME", "2017-11-23TEV"),
            ("next week", "DATE", "2017-W48"),
        ],
    ),
    # Saturday 2019-11-02 (ISO week 44), English local paper's website, event called off for a
    # wind warning, headline, standfirst, byline, stamp "Saturday, 2nd November 2019, 10:52 am"
    # and "Updated Saturday, 2nd November 2019, 1:37 pm" (the dated weekday with an ordinal day
    # one DATE span, the clock time a TIME), an "OTHER DISPLAYS" list and an "UPDATE 1.30pm:"
    # line. "tonight" (headline, "Tonight's display", "bought for tonight") 2019-11-02TNI; "a
    # wild night" -> "night" the same night, the head noun like "autumn" in "a wetter than
    # average autumn" (gold_blind103). The warning "from 3pm today until 6am tomorrow"
    # 2019-11-02T15:00 and 2019-11-03T06:00 with "today" and "tomorrow"; extended "until 9am
    # tomorrow". "between 6pm and midnight" tonight -> 2019-11-02T18:00 and the midnight ending
    # the day, T24:00 (gold_blind103); "midnight on Thursday" 2019-11-07T24:00. The new date
    # "Saturday 9 November" with "5.30pm", "6.30pm", "7.15pm" that day; "next week" 2019-W45.
    # Bonfire Night is 5 November, a Tuesday in 2019: "Bonfire Night" and "Tuesday" (standfirst,
    # future) and "Bonfire Night, Tuesday 5 November" two DATEs, "gates 6pm" that day. Past:
    # "8am" today, "Friday evening" 2019-11-01TEV, "Halloween" 2019-10-31, "the middle of
    # October" 2019-10 (the month's value, gold_blind21), "last weekend" 2019-W43-WE (26-27
    # October; the weekend of publication is W44). "tomorrow (Sunday), 5pm" -> three TIMEX3 on
    # 2019-11-03; "Sunday morning" 2019-11-03TMO. "postponed for a week" P1W; "every year since
    # 1976" SET P1Y and 1976; "since 2000 ... for most of November" -> "2000" and "November"
    # 2000-11 ("most of" left out, gold_blind21). Not annotated: "60mph" (twice), "£6", "£15",
    # "8,000 people", "5th Hallerton Scouts" (an ordinal in a name, beside "5 November"), "yellow
    # warning", "the clocks", "What's On", "hallertonrotary.org.uk/bonfire2019", "01632 960 1976"
    # (a phone number holding 1976, beside "since 1976"), "in full darkness".
    "hallerton-fireworks-postponed-wind-warning": (
        "2019-11-02",
        [
            ("tonight", "TIME", "2019-11-02TNI"),
            ("Saturday 9 November", "DATE", "2019-11-09"),
            ("Bonfire Night", "DATE", "2019-11-05"),
            ("Tuesday", "DATE", "2019-11-05"),
            ("Saturday, 2nd November 2019", "DATE", "2019-11-02"),
            ("10:52 am", "TIME", "2019-11-02T10:52"),
            ("Saturday, 2nd November 2019", "DATE", "2019-11-02"),
            ("1:37 pm", "TIME", "2019-11-02T13:37"),
            ("Tonight", "TIME", "2019-11-02TNI"),
            ("a week", "DURATION", "P1W"),
            ("3pm", "TIME", "2019-11-02T15:00"),
            ("today", "DATE", "2019-11-02"),
            ("6am", "TIME", "2019-11-03T06:00"),
            ("tomorrow", "DATE", "2019-11-03"),
            ("every year", "SET", "P1Y"),
            ("1976", "DATE", "1976"),
            ("Saturday 9 November", "DATE", "2019-11-09"),
            ("5.30pm", "TIME", "2019-11-09T17:30"),
            ("6.30pm", "TIME", "2019-11-09T18:30"),
            ("7.15pm", "TIME", "2019-11-09T19:15"),
            ("8am", "TIME", "2019-11-02T08:00"),
            ("Friday evening", "TIME", "2019-11-01TEV"),
            ("the middle of October", "DATE", "2019-10"),
            ("tonight", "TIME", "2019-11-02TNI"),
            ("next week", "DATE", "2019-W45"),
            ("midnight", "TIME", "2019-11-07T24:00"),
            ("Thursday", "DATE", "2019-11-07"),
            ("2000", "DATE", "2000"),
            ("November", "DATE", "2000-11"),
            ("6pm", "TIME", "2019-11-02T18:00"),
            ("midnight", "TIME", "2019-11-02T24:00"),
            ("night", "TIME", "2019-11-02TNI"),
            ("Sunday morning", "TIME", "2019-11-03TMO"),
            ("Halloween", "DATE", "2019-10-31"),
            ("Bonfire Night", "DATE", "2019-11-05"),
            ("Tuesday 5 November", "DATE", "2019-11-05"),
            ("6pm", "TIME", "2019-11-05T18:00"),
            ("tomorrow", "DATE", "2019-11-03"),
            ("Sunday", "DATE", "2019-11-03"),
            ("5pm", "TIME", "2019-11-03T17:00"),
            ("last weekend", "DATE", "2019-W43-WE"),
            ("1.30pm", "TIME", "2019-11-02T13:30"),
            ("9am", "TIME", "2019-11-03T09:00"),
            ("tomorrow", "DATE", "2019-11-03"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
