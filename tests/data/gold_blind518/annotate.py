"""Annotations of blind gold set 518, chosen by hand before the tagger ran.

    python tests/data/gold_blind518/annotate.py [--show]

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
    # Tuesday 2016-11-22 (ISO week 47), British national daily's website, section label,
    # headline, standfirst, byline, stamp "Tue 22 Nov 2016 18.42 GMT" (DATE and TIME, the zone
    # in the span and not in the value, gold_blind56, gold_blind103). "next Tuesday" in a
    # Tuesday paper is the coming Tuesday a week ahead, 2016-11-29 (like "next Saturday" in a
    # Saturday paper, gold_blind11), confirmed by the apposed "29 November" (two DATEs, like
    # "Good Friday, 3 April" in gold_blind95). "the last Friday before Christmas" is one DATE
    # span, 2016-12-23 (an anchored weekday of a holiday, "the last Saturday before Christmas"
    # in gold_blind57); Christmas 2016 is a Sunday. Strike days ahead: "Thursday 1 December",
    # "Friday 16 December", "Friday 23 December", "Saturday 31 December" and the standfirst's
    # "New Year's Eve". The strike-day timetable recurs on each strike day: "every 30 minutes"
    # SET PT30M, "between 07:00 and 19:00" and "after 20:00" XXXX-XX-XXThh:mm (gold_blind56,
    # gold_blind95). Past: the talks broke down "on Thursday" 2016-11-17 and "the next day" is
    # 2016-11-18 (anchored on the narrative's last date, gold_blind4, gold_blind16); "on
    # Monday" 2016-11-21; "Monday 7 November"; "from 4 October" ("from" a signal); "began in
    # April" 2016-04; "since the summer" 2016-SU. Future: "from the start of 2017" -> "the
    # start of 2017" DATE 2017 (the year's value, like "the end of 1990", gold_blind35); "until
    # May at the earliest" -> "May" 2017-05, "at the earliest" post-posed and outside the span
    # (gold_blind52); "by 5pm on Friday" 2016-11-25T17:00 and the DATE; "on Tuesday morning"
    # 2016-11-29TMO (the first strike day). "comes a week after" DURATION P1W (an anchored
    # duration); "the third quarter" 2016-Q3 and "a year earlier" 2015-Q3 (gold_blind35; no
    # fiscal year described); "for months" -> "months" PXM. Not annotated: "strike days",
    # "Season ticket holders", "a normal working day", "all day" (not used), "Class 760" (a
    # train class), "RSU", "260,000 journeys", "£2.1m", "79 per cent", "86 per cent", "the
    # third round", "0345 600 2016" (a phone number holding 2016), the web address.
    "southmoor-guards-five-strike-days": (
        "2016-11-22",
        [
            ("next Tuesday", "DATE", "2016-11-29"),
            ("the last Friday before Christmas", "DATE", "2016-12-23"),
            ("New Year's Eve", "DATE", "2016-12-31"),
            ("Tue 22 Nov 2016", "DATE", "2016-11-22"),
            ("18.42 GMT", "TIME", "2016-11-22T18:42"),
            ("the next six weeks", "DURATION", "P6W"),
            ("this afternoon", "TIME", "2016-11-22TAF"),
            ("24-hour", "DURATION", "PT24H"),
            ("00:01", "TIME", "2016-11-29T00:01"),
            ("next Tuesday", "DATE", "2016-11-29"),
            ("29 November", "DATE", "2016-11-29"),
            ("Thursday 1 December", "DATE", "2016-12-01"),
            ("Friday 16 December", "DATE", "2016-12-16"),
            ("Friday 23 December", "DATE", "2016-12-23"),
            ("Saturday 31 December", "DATE", "2016-12-31"),
            ("every 30 minutes", "SET", "PT30M"),
            ("07:00", "TIME", "XXXX-XX-XXT07:00"),
            ("19:00", "TIME", "XXXX-XX-XXT19:00"),
            ("20:00", "TIME", "XXXX-XX-XXT20:00"),
            ("28 days", "DURATION", "P28D"),
            ("April", "DATE", "2016-04"),
            ("the start of 2017", "DATE", "2017"),
            ("48 hours", "DURATION", "PT48H"),
            ("4 October", "DATE", "2016-10-04"),
            ("Monday 7 November", "DATE", "2016-11-07"),
            ("Thursday", "DATE", "2016-11-17"),
            ("nearly eight hours", "DURATION", "PT8H"),
            ("the next day", "DATE", "2016-11-18"),
            ("the summer", "DATE", "2016-SU"),
            ("every week", "SET", "P1W"),
            ("Christmas", "DATE", "2016-12-25"),
            ("May", "DATE", "2017-05"),
            ("2020", "DATE", "2020"),
            ("the next four years", "DURATION", "P4Y"),
            ("5pm", "TIME", "2016-11-25T17:00"),
            ("Friday", "DATE", "2016-11-25"),
            ("Tuesday morning", "TIME", "2016-11-29TMO"),
            ("a week", "DURATION", "P1W"),
            ("the first half of 2016", "DATE", "2016-H1"),
            ("10 November", "DATE", "2016-11-10"),
            ("the third quarter", "DATE", "2016-Q3"),
            ("a year earlier", "DATE", "2015-Q3"),
            ("Monday", "DATE", "2016-11-21"),
            ("months", "DURATION", "PXM"),
        ],
    ),
    # Wednesday 2018-08-08 (ISO week 32), English-language news site in Germany, section
    # label, headline, stamps "Published: 08 Aug 2018 11:27 GMT+02:00" and "Updated: ... 16:05
    # GMT+02:00" (each a DATE and a TIME, the zone in the span only). The strike is "on Friday"
    # 2018-08-10 (headline, lead, "planned for Friday"), "from 3am on Friday until 2.59am on
    # Saturday" two TIMEs and two DATEs; "(01:00 to 00:59 UTC)" the same instants in UTC, each
    # valued with its UTC clock on its own day, 2018-08-10T01:00 and 2018-08-11T00:59 (like
    # "7.30am AEDT (2030 GMT Tuesday)" in gold_blind95). "on Wednesday morning" is the page's
    # own morning, 2018-08-08TMO; "this afternoon" 2018-08-08TAF (before the 16:05 update).
    # Ahead: "by 6pm on Thursday" 2018-08-09T18:00, "Thursday afternoon" 2018-08-09TAF,
    # "Thursday morning" 2018-08-09TMO, "later this month" 2018-08, "on Saturday" 2018-08-11,
    # "into Sunday morning" 2018-08-12TMO, "January 1st, 2019". Past: "Monday evening"
    # 2018-08-06TEV, "Tuesday night" 2018-08-07TNI. "every Friday since July 13th" a SET
    # XXXX-WXX-5 and its start DATE (gold_blind56, gold_blind95); "on July 25th and 26th" two
    # DATEs, the bare "26th" taking the month of its partner (like "3, 5 and 7 March",
    # gold_blind10). "this summer" 2018-SU. "the three months to June 30th" -> "the three
    # months" P3M and "June 30th" (gold_blind63); the airline's "financial year, which ends in
    # March" runs April-March and is named by the year it ends (gold_blind11, gold_blind63), so
    # "the first quarter of its financial year" (April-June 2018) is FY2019-Q1 and "March"
    # 2019-03, the end of the year now running (gold_blind63). "last year" 2017. Not annotated:
    # "the summer holidays", "the summer school holidays", "the holidays" (school holidays,
    # gold_blind57, gold_blind76), "paid by the hour" (a rate of pay, not a time), "the first
    # strike in the carrier's history", "WJ 1830" (a flight number that reads like 18:30),
    # "VdP", "55,000", "312 of the 690 flights", "16 states", "40 percent", "480 pilots", "87.4
    # percent", "five percent", "9.2 million", "€21 million", "weserjet.de/status".
    "weserjet-pilots-24-hour-strike": (
        "2018-08-08",
        [
            ("24 hours", "DURATION", "PT24H"),
            ("Friday", "DATE", "2018-08-10"),
            ("08 Aug 2018", "DATE", "2018-08-08"),
            ("11:27 GMT+02:00", "TIME", "2018-08-08T11:27"),
            ("08 Aug 2018", "DATE", "2018-08-08"),
            ("16:05 GMT+02:00", "TIME", "2018-08-08T16:05"),
            ("24 hours", "DURATION", "PT24H"),
            ("Friday", "DATE", "2018-08-10"),
            ("Wednesday morning", "TIME", "2018-08-08TMO"),
            ("3am", "TIME", "2018-08-10T03:00"),
            ("Friday", "DATE", "2018-08-10"),
            ("2.59am", "TIME", "2018-08-11T02:59"),
            ("Saturday", "DATE", "2018-08-11"),
            ("01:00", "TIME", "2018-08-10T01:00"),
            ("00:59 UTC", "TIME", "2018-08-11T00:59"),
            ("this afternoon", "TIME", "2018-08-08TAF"),
            ("Friday", "DATE", "2018-08-10"),
            ("6pm", "TIME", "2018-08-09T18:00"),
            ("Thursday", "DATE", "2018-08-09"),
            ("the next 14 days", "DURATION", "P14D"),
            ("July 30th", "DATE", "2018-07-30"),
            ("September 10th", "DATE", "2018-09-10"),
            ("this summer", "DATE", "2018-SU"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("July 13th", "DATE", "2018-07-13"),
            ("July 25th", "DATE", "2018-07-25"),
            ("26th", "DATE", "2018-07-26"),
            ("2015", "DATE", "2015"),
            ("Monday evening", "TIME", "2018-08-06TEV"),
            ("nine hours", "DURATION", "PT9H"),
            ("Tuesday night", "TIME", "2018-08-07TNI"),
            ("three years", "DURATION", "P3Y"),
            ("Thursday afternoon", "TIME", "2018-08-09TAF"),
            ("later this month", "DATE", "2018-08"),
            ("January 1st, 2019", "DATE", "2019-01-01"),
            ("every two years", "SET", "P2Y"),
            ("Thursday morning", "TIME", "2018-08-09TMO"),
            ("last year", "DATE", "2017"),
            ("the three months", "DURATION", "P3M"),
            ("June 30th", "DATE", "2018-06-30"),
            ("the first quarter of its financial year", "DATE", "FY2019-Q1"),
            ("March", "DATE", "2019-03"),
            ("Saturday", "DATE", "2018-08-11"),
            ("Sunday morning", "TIME", "2018-08-12TMO"),
        ],
    ),
    # Monday 2018-09-03 (ISO week 36), British regional paper's weekly roadworks list, section
    # label, headline ("this week"), standfirst, byline, date line "Monday 3 September 2018",
    # then one entry per road. "this week" (headline, lead, "every night this week") 2018-W36;
    # "over the summer" -> "the summer" 2018-SU; schools return "on Wednesday" 2018-09-05;
    # "the end of the month" 2018-09. "the 2018-19 financial year" of an English council
    # (April-March) is one DATE span FY2019, named by the year it ends (gold_blind11,
    # gold_blind21). The A417 closes "overnight from 8pm to 6am, from tonight until Friday":
    # every night of the week, so "overnight" is TIME XXXX-XX-XXTNI and its hours
    # XXXX-XX-XXThh:mm (the recurring "overnight" of gold_blind95); "tonight" 2018-09-03TNI and
    # "Friday" 2018-09-07 bound the run; "by 6am on Saturday" 2018-09-08T06:00 and the DATE.
    # "before 10am" (deliveries) and "daily from 9.30am to 3.30pm" recur: SET P1D and
    # XXXX-XX-XXThh:mm. "a 1960s main" -> "1960s" DATE 196 (an adjectival decade). The M48
    # closure "from 9pm on Friday 14 September until 5am on Monday 17 September" four TIMEX3;
    # "the weekend of 22-23 September" one span 2018-W38-WE (gold_blind95). "every night this
    # week" a SET and its frame (gold_blind56); "between 10pm and 5am" its hours. "last
    # Tuesday" in a Monday paper is the most recent Tuesday, 2018-08-28 (gold_blind10). "a
    # fortnight later than planned" DURATION P2W (the size of a delay, gold_blind35);
    # "July's heatwave" -> "July" 2018-07. "the bank holiday weekend" is the one just gone,
    # Saturday 25 to Monday 27 August (the late summer bank holiday), the ISO weekend of its
    # Saturday, 2018-W34-WE (gold_blind9, gold_blind103). "From now until Christmas" ->
    # PRESENT_REF and 2018-12-25; "almost every day" SET P1D (gold_blind35). The phone line's
    # hours "(8am to 6pm)" XXXX-XX-XXT08:00 and T18:00. Not annotated: "Overnight closures"
    # (an adjective naming a kind, gold_blind95), "the summer holidays", "the tourist
    # traffic", "the calm before the storm", "the Harling half marathon" (its day "Sunday 16
    # September" is annotated), "A417", "junctions 3 to 5", "A4180", "B4070", "The 41 and
    # 41A", "B4211", "M48 junction 11", "A38", "£14.6m", "0300 123 2018" (a phone number
    # holding 2018), "harlingshire.gov.uk/roads".
    "harlingshire-roadworks-week-ahead": (
        "2018-09-03",
        [
            ("this week", "DATE", "2018-W36"),
            ("a month", "DURATION", "P1M"),
            ("Monday 3 September 2018", "DATE", "2018-09-03"),
            ("this week", "DATE", "2018-W36"),
            ("the summer", "DATE", "2018-SU"),
            ("Wednesday", "DATE", "2018-09-05"),
            ("the end of the month", "DATE", "2018-09"),
            ("the 2018-19 financial year", "DATE", "FY2019"),
            ("2010", "DATE", "2010"),
            ("overnight", "TIME", "XXXX-XX-XXTNI"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("tonight", "TIME", "2018-09-03TNI"),
            ("Friday", "DATE", "2018-09-07"),
            ("6am", "TIME", "2018-09-08T06:00"),
            ("Saturday", "DATE", "2018-09-08"),
            ("four weeks", "DURATION", "P4W"),
            ("Monday 10 September", "DATE", "2018-09-10"),
            ("1960s", "DATE", "196"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("daily", "SET", "P1D"),
            ("9.30am", "TIME", "XXXX-XX-XXT09:30"),
            ("3.30pm", "TIME", "XXXX-XX-XXT15:30"),
            ("28 September", "DATE", "2018-09-28"),
            ("9pm", "TIME", "2018-09-14T21:00"),
            ("Friday 14 September", "DATE", "2018-09-14"),
            ("5am", "TIME", "2018-09-17T05:00"),
            ("Monday 17 September", "DATE", "2018-09-17"),
            ("the weekend of 22-23 September", "DATE", "2018-W38-WE"),
            ("Sunday 16 September", "DATE", "2018-09-16"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("this week", "DATE", "2018-W36"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("5am", "TIME", "XXXX-XX-XXT05:00"),
            ("last Tuesday", "DATE", "2018-08-28"),
            ("21 September", "DATE", "2018-09-21"),
            ("a fortnight", "DURATION", "P2W"),
            ("July", "DATE", "2018-07"),
            ("the bank holiday weekend", "DATE", "2018-W34-WE"),
            ("now", "DATE", "PRESENT_REF"),
            ("Christmas", "DATE", "2018-12-25"),
            ("almost every day", "SET", "P1D"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
        ],
    ),
    # Saturday 2017-08-05 (ISO week 31), Irish national daily's website, section label,
    # headline, standfirst, byline, stamp "August 5 2017 7:15 AM" (DATE and TIME). The Irish
    # August bank holiday is the first Monday of August, 2017-08-07: "the August bank holiday
    # weekend" (one span with the determiner, gold_blind97) and "the bank holiday weekend"
    # (standfirst and body) are the ISO weekend of its Saturday, 2017-W31-WE, which is the
    # publication day; "which ends on Monday" 2017-08-07. "yesterday" is Friday 2017-08-04
    # and "last night" and "spent the night" its night, 2017-08-04TNI (gold_blind8,
    # gold_blind35). Clock times on the day they belong to: "about 5.40pm yesterday" and "By
    # 8pm" on 2017-08-04; "at 2.15am today", "at 6am", "shortly after 1am" ("shortly after" a
    # signal) and "a 10.30am flight this morning" on 2017-08-05. The Irish colloquial "half
    # four" is 16:30 and "five past seven" 19:05 on 2017-08-04 (an evening flight, afternoon
    # arrival; see README). "Wednesday night" 2017-08-02TNI. "so far this year" -> "this year"
    # 2017 (gold_blind57). "in less than a year" DURATION P1Y (the period of an "Nth in",
    # gold_blind95); "Last October" 2016-10. "today and tomorrow" 2017-08-05 and 2017-08-06.
    # "at least three hours before long-haul flights", "two hours before flights within
    # Europe" and "delayed by more than three hours" are generic durations (gold_blind56,
    # gold_blind57). "within four weeks" P4W; "in September" 2017-09. Not annotated: "the
    # first evening departures" (a part of day naming a kind of departure, like "the first
    # departures of the day", gold_blind95), "the highest daily figure" (an adjective naming
    # the period of a figure, like "its usual monthly total", gold_blind103), "since the fault
    # began" (event-anchored), "its summer recess" (a named period), "flight WA 1905" (a
    # flight number that reads like the 19:05 departure), "aged 4, 7 and 11", "23 flights",
    # "more than 40", "31,000", "118,000", "€400", "may" (the verb), "Twitter".
    "corrane-airport-check-in-failure": (
        "2017-08-05",
        [
            ("the bank holiday weekend", "DATE", "2017-W31-WE"),
            ("August 5 2017", "DATE", "2017-08-05"),
            ("7:15 AM", "TIME", "2017-08-05T07:15"),
            ("last night", "TIME", "2017-08-04TNI"),
            ("the August bank holiday weekend", "DATE", "2017-W31-WE"),
            ("about 5.40pm", "TIME", "2017-08-04T17:40"),
            ("yesterday", "DATE", "2017-08-04"),
            ("8pm", "TIME", "2017-08-04T20:00"),
            ("up to five hours", "DURATION", "PT5H"),
            ("2.15am", "TIME", "2017-08-05T02:15"),
            ("today", "DATE", "2017-08-05"),
            ("6am", "TIME", "2017-08-05T06:00"),
            ("this afternoon", "TIME", "2017-08-05TAF"),
            ("the night", "TIME", "2017-08-04TNI"),
            ("half four", "TIME", "2017-08-04T16:30"),
            ("five past seven", "TIME", "2017-08-04T19:05"),
            ("1am", "TIME", "2017-08-05T01:00"),
            ("20 hours", "DURATION", "PT20H"),
            ("10.30am", "TIME", "2017-08-05T10:30"),
            ("this morning", "TIME", "2017-08-05TMO"),
            ("Wednesday night", "TIME", "2017-08-02TNI"),
            ("yesterday", "DATE", "2017-08-04"),
            ("this year", "DATE", "2017"),
            ("every 30 minutes", "SET", "PT30M"),
            ("less than a year", "DURATION", "P1Y"),
            ("Last October", "DATE", "2016-10"),
            ("almost four hours", "DURATION", "PT4H"),
            ("the bank holiday weekend", "DATE", "2017-W31-WE"),
            ("Monday", "DATE", "2017-08-07"),
            ("today", "DATE", "2017-08-05"),
            ("tomorrow", "DATE", "2017-08-06"),
            ("at least three hours", "DURATION", "PT3H"),
            ("two hours", "DURATION", "PT2H"),
            ("more than three hours", "DURATION", "PT3H"),
            ("four weeks", "DURATION", "P4W"),
            ("September", "DATE", "2017-09"),
        ],
    ),
    # Thursday 2019-04-18 (ISO week 16), Australian metropolitan paper's website, section
    # labels, headline, byline, stamp "April 18, 2019 — 4.52pm" (DATE and TIME). Easter 2019:
    # Good Friday 2019-04-19, Easter Monday 2019-04-22; Anzac Day is Thursday 2019-04-25.
    # "the Easter long weekend" (Friday-Monday) is the ISO weekend of its Saturday,
    # 2019-W16-WE (gold_blind9, gold_blind17); "over the weekend" the same. "from 12.01am
    # tomorrow, Good Friday, until 11.59pm on Easter Monday": 2019-04-19T00:01, the DATE
    # "tomorrow" and the apposed holiday (two DATEs, gold_blind57), 2019-04-22T23:59 and the
    # holiday. "on Anzac Day next Thursday": "next Thursday" in a Thursday paper is a week
    # ahead (gold_blind11), the holiday's own day, two DATEs. Today's clock times ("about 2pm",
    # "between 4pm and 7pm") on 2019-04-18; "tomorrow morning" 2019-04-19TMO. "yesterday"
    # 2019-04-17 with "about 11am" on it and "That evening" 2019-04-17TEV (a narrative anchor
    # on the day just named, gold_blind8). "This year's holiday period" -> "This year" 2019.
    # "three days after Easter Monday" DURATION P3D (anchored, gold_blind35); "a 10-day
    # break" DURATION. Monday in both directions: the school holidays "began on Monday"
    # 2019-04-15 (past) and traffic peaks "on Monday" 2019-04-22 (ahead); "by Tuesday"
    # 2019-04-23 (ahead); "on Wednesday" 2019-04-17 (past). "Easter fell on April 1 last
    # year": "Easter" DATE 2018-04-01 (Easter Sunday 2018, the subject of a clause that dates
    # it, like "Monday is Family Day", gold_blind103), "April 1" 2018-04-01 and "last year"
    # 2018; "in early autumn" -> "early autumn" 2018-FA, the southern autumn (March-May) in
    # the year it falls in (gold_blind9), modifier kept. "five days" P5D; "from tonight"
    # 2019-04-18TNI; "since February" 2019-02; "between noon and 6pm on Monday" two TIMEs and
    # the DATE; "the 2019-20 financial year" FY2020 (July-June, gold_blind9, gold_blind21) and
    # "July 1" 2019-07-01; "since 2015". Not annotated: "Holiday exodus", "Holiday traffic",
    # "This year's holiday period" beyond "This year", "annual leave" (an entitlement,
    # gold_blind100), "the school holidays", "that holiday" (anaphoric), "the period",
    # "Double demerit points", "around the clock" (idiom), "every 10 kilometres" (a distance,
    # not a frequency), "14 kilometres", "14-kilometre", "20km/h", "3,214", "Four people",
    # "26 degrees", "M1", "the Hume", "$340 million", "$1.2 billion", "1300 419 019",
    # "roadsafe.com.au/easter2019" (a web address holding 2019).
    "easter-long-weekend-m1-traffic": (
        "2019-04-18",
        [
            ("April 18, 2019", "DATE", "2019-04-18"),
            ("4.52pm", "TIME", "2019-04-18T16:52"),
            ("this afternoon", "TIME", "2019-04-18TAF"),
            ("the Easter long weekend", "DATE", "2019-W16-WE"),
            ("12.01am", "TIME", "2019-04-19T00:01"),
            ("tomorrow", "DATE", "2019-04-19"),
            ("Good Friday", "DATE", "2019-04-19"),
            ("11.59pm", "TIME", "2019-04-22T23:59"),
            ("Easter Monday", "DATE", "2019-04-22"),
            ("Anzac Day", "DATE", "2019-04-25"),
            ("next Thursday", "DATE", "2019-04-25"),
            ("about 2pm", "TIME", "2019-04-18T14:00"),
            ("4pm", "TIME", "2019-04-18T16:00"),
            ("7pm", "TIME", "2019-04-18T19:00"),
            ("up to 90 minutes", "DURATION", "PT90M"),
            ("tomorrow morning", "TIME", "2019-04-19TMO"),
            ("yesterday", "DATE", "2019-04-17"),
            ("about 11am", "TIME", "2019-04-17T11:00"),
            ("three hours", "DURATION", "PT3H"),
            ("That evening", "TIME", "2019-04-17TEV"),
            ("This year", "DATE", "2019"),
            ("Anzac Day", "DATE", "2019-04-25"),
            ("three days", "DURATION", "P3D"),
            ("Easter Monday", "DATE", "2019-04-22"),
            ("10-day", "DURATION", "P10D"),
            ("Monday", "DATE", "2019-04-15"),
            ("April 26", "DATE", "2019-04-26"),
            ("Easter", "DATE", "2018-04-01"),
            ("April 1", "DATE", "2018-04-01"),
            ("last year", "DATE", "2018"),
            ("early autumn", "DATE", "2018-FA"),
            ("five days", "DURATION", "P5D"),
            ("Tuesday", "DATE", "2019-04-23"),
            ("Wednesday", "DATE", "2019-04-17"),
            ("tonight", "TIME", "2019-04-18TNI"),
            ("every 15 minutes", "SET", "PT15M"),
            ("tomorrow", "DATE", "2019-04-19"),
            ("the weekend", "DATE", "2019-W16-WE"),
            ("February", "DATE", "2019-02"),
            ("noon", "TIME", "2019-04-22T12:00"),
            ("6pm", "TIME", "2019-04-22T18:00"),
            ("Monday", "DATE", "2019-04-22"),
            ("the 2019-20 financial year", "DATE", "FY2020"),
            ("July 1", "DATE", "2019-07-01"),
            ("2015", "DATE", "2015"),
        ],
    ),
    # Friday 2017-12-08 (ISO week 49), English-language news site in the Netherlands, section
    # label, headline ("from Sunday"), stamp "December 8, 2017 - 14:20" (DATE and TIME). The
    # timetable starts "on Sunday" (headline and lead) = "From December 10", 2017-12-10; LLS
    # spoke "on Thursday" 2017-12-07. The new timetable's times recur every day (or every
    # Friday night) it runs, XXXX-XX-XXThh:mm ("at 05:12", "at 00:45 instead of 00:15", like the
    # last trains of gold_blind95); "on Friday nights" SET XXXX-WXX-5TNI (gold_blind95);
    # "every 10 minutes" (twice) and "every 15 minutes" SETs. "two hours and 32 minutes" is
    # one DURATION written in minutes, PT152M (a mixed length in one unit, like "seven and a
    # half hours" PT450M, gold_blind95); "17 minutes less than now" PT17M (the size of a
    # shift) and PRESENT_REF. "the biggest changes ... in more than a decade" P10Y (the period
    # of a superlative, gold_blind56). "during the first week of the new timetable" -> "the
    # first week" DURATION P1W (an ordinal period of an event, gold_blind35). "the weekend of
    # 16-17 December" one span 2017-W50-WE; "nine days from December 27 to January 4" across
    # the year, 2017-12-27 and 2018-01-04. Holidays on their days: "Christmas Day", "Boxing
    # Day" (the English name of the second Christmas Day), "New Year's Eve"; the last trains
    # "at about 8pm" 2017-12-31T20:00, services resume "at 2am" after midnight, on the new day
    # 2018-01-01T02:00 (gold_blind57, gold_blind95), "every hour until 6am" SET PT1H and
    # 2018-01-01T06:00. "January 1" 2018-01-01; "since 2011". "in November, against 93.1% a
    # year earlier" 2017-11 and 2016-11 (gold_blind35); "October" 2017-10; "November 21"
    # 2017-11-21; "nine hours" PT9H. "promised in 2014 for December 2015"; "two years late"
    # DURATION P2Y (the size of a delay); "a 6am flight" XXXX-XX-XXT06:00 (an adjectival clock
    # time of no particular day). "December 9, 2018" the next change. Not annotated: "The first
    # train of the day" ("the day" a kind, gold_blind95), "at peak times", "a Sunday
    # timetable" (gold_blind56), "the last trains", "night trains", "Intercity", "400 extra
    # staff", "1.9%", "€7.70" (a price like a clock time), "91.3%", "93.1%", "second-class",
    # "lls.nl/dienstregeling2018" (a web address holding 2018), "0900 2018" (a phone number).
    "lls-december-timetable-change": (
        "2017-12-08",
        [
            ("Sunday", "DATE", "2017-12-10"),
            ("December 8, 2017", "DATE", "2017-12-08"),
            ("14:20", "TIME", "2017-12-08T14:20"),
            ("Sunday", "DATE", "2017-12-10"),
            ("more than a decade", "DURATION", "P10Y"),
            ("Thursday", "DATE", "2017-12-07"),
            ("December 10", "DATE", "2017-12-10"),
            ("every 10 minutes", "SET", "PT10M"),
            ("every 15 minutes", "SET", "PT15M"),
            ("two hours and 32 minutes", "DURATION", "PT152M"),
            ("17 minutes", "DURATION", "PT17M"),
            ("now", "DATE", "PRESENT_REF"),
            ("05:12", "TIME", "XXXX-XX-XXT05:12"),
            ("Friday nights", "SET", "XXXX-WXX-5TNI"),
            ("00:45", "TIME", "XXXX-XX-XXT00:45"),
            ("00:15", "TIME", "XXXX-XX-XXT00:15"),
            ("2015", "DATE", "2015"),
            ("every 10 minutes", "SET", "PT10M"),
            ("2020", "DATE", "2020"),
            ("the first week", "DURATION", "P1W"),
            ("the weekend of 16-17 December", "DATE", "2017-W50-WE"),
            ("nine days", "DURATION", "P9D"),
            ("December 27", "DATE", "2017-12-27"),
            ("January 4", "DATE", "2018-01-04"),
            ("Christmas Day", "DATE", "2017-12-25"),
            ("Boxing Day", "DATE", "2017-12-26"),
            ("New Year's Eve", "DATE", "2017-12-31"),
            ("about 8pm", "TIME", "2017-12-31T20:00"),
            ("2am", "TIME", "2018-01-01T02:00"),
            ("every hour", "SET", "PT1H"),
            ("6am", "TIME", "2018-01-01T06:00"),
            ("January 1", "DATE", "2018-01-01"),
            ("2011", "DATE", "2011"),
            ("November", "DATE", "2017-11"),
            ("a year earlier", "DATE", "2016-11"),
            ("October", "DATE", "2017-10"),
            ("November 21", "DATE", "2017-11-21"),
            ("nine hours", "DURATION", "PT9H"),
            ("2014", "DATE", "2014"),
            ("December 2015", "DATE", "2015-12"),
            ("two years", "DURATION", "P2Y"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("December 9, 2018", "DATE", "2018-12-09"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
