"""Annotations of blind gold set 442, chosen by hand before the tagger ran.

    python tests/data/gold_blind442/annotate.py [--show]

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
    # Tuesday 2017-10-17 (ISO week 42), US tech site's product-launch story, section label
    # "GADGETS", headline ("pre-orders open Friday"), byline, date line "October 17, 2017 9:00
    # AM PDT" (DATE and TIME, the zone in the span and not in the value, gold_blind55),
    # "LARKSPUR GROVE, Calif. --" dateline. "on Tuesday" is the publication day (gold_blind55).
    # Future weekdays: pre-orders "Friday" 2017-10-20 "at 6 a.m. Pacific time" 2017-10-20T06:00
    # (two TIMEX3), Kessler Point's report "Thursday" 2017-10-19; past: "in an interview
    # Monday" 2017-10-16. "14 months ago" 2016-08 (the unit's granularity, gold_blind28; the
    # text confirms it with "August 2016"). "more than three weeks before Black Friday" ->
    # DURATION P3W (an anchored duration) and "Black Friday" 2017-11-24, the day after
    # Thanksgiving (23 November 2017), gold_blind38. "the following week" after "Nov. 2" (a
    # Thursday in week 44) is 2017-W45 (gold_blind29). "early next year" 2018; "since March"
    # 2017-03; "the spring" and "the summer" past in October, 2017-SP and 2017-SU. "This
    # holiday quarter" 2017-Q4 (gold_blind55: the holiday quarter of a company whose fiscal
    # year is not described is the calendar fourth quarter). "by Halloween" 2017-10-31, "by two
    # days" DURATION P2D (the size of a delay, gold_blind28). "the July-September quarter" and
    # "the third quarter" 2017-Q3, "a year earlier" 2016-Q3 (the granularity of what it is
    # compared with), "third-quarter results" 2017-Q3. "billed monthly" SET P1M (gold_blind55);
    # "every two weeks" SET P2W; "every night between 2 a.m. and 4 a.m. local time" -> SET
    # XXXX-XX-XXTNI and two TIMEs XXXX-XX-XXThh:mm (the hours of a recurring service,
    # gold_blind103). "weeks, not months" -> PXW and PXM (gold_blind21's "in days, not
    # weeks"). "the 2016 model" -> "2016" (an adjectival year). "last week" 2017-W41; "last
    # year" 2016; "the end of 2018" 2018; "within the next two years" -> "the next two years"
    # P2Y. Not annotated: "$49", "$99", "$129", "41" (an age), "1.4 million", "380,000", "9
    # million", "model B-1017" (a model number that reads like 17 October), "5-watt",
    # "360-degree", "$60 million", "310 employees", "brightfield.com/halo-mini",
    # "1-888-555-2017" (a phone number ending in the year).
    "brightfield-halo-mini-launch": (
        "2017-10-17",
        [
            ("Friday", "DATE", "2017-10-20"),
            ("October 17, 2017", "DATE", "2017-10-17"),
            ("9:00 AM PDT", "TIME", "2017-10-17T09:00"),
            ("Tuesday", "DATE", "2017-10-17"),
            ("14 months ago", "DATE", "2016-08"),
            ("Friday", "DATE", "2017-10-20"),
            ("6 a.m. Pacific time", "TIME", "2017-10-20T06:00"),
            ("Nov. 2", "DATE", "2017-11-02"),
            ("more than three weeks", "DURATION", "P3W"),
            ("Black Friday", "DATE", "2017-11-24"),
            ("the following week", "DATE", "2017-W45"),
            ("early next year", "DATE", "2018"),
            ("45-minute", "DURATION", "PT45M"),
            ("March", "DATE", "2017-03"),
            ("now", "DATE", "PRESENT_REF"),
            ("the spring", "DATE", "2017-SP"),
            ("This holiday quarter", "DATE", "2017-Q4"),
            ("Monday", "DATE", "2017-10-16"),
            ("Halloween", "DATE", "2017-10-31"),
            ("two days", "DURATION", "P2D"),
            ("the July-September quarter", "DATE", "2017-Q3"),
            ("a year earlier", "DATE", "2016-Q3"),
            ("Thursday", "DATE", "2017-10-19"),
            ("the third quarter", "DATE", "2017-Q3"),
            ("up to 10 hours", "DURATION", "PT10H"),
            ("one-year", "DURATION", "P1Y"),
            ("30-day", "DURATION", "P30D"),
            ("monthly", "SET", "P1M"),
            ("every two weeks", "SET", "P2W"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("2 a.m.", "TIME", "XXXX-XX-XXT02:00"),
            ("4 a.m. local time", "TIME", "XXXX-XX-XXT04:00"),
            ("August 2016", "DATE", "2016-08"),
            ("the summer", "DATE", "2017-SU"),
            ("2016", "DATE", "2016"),
            ("Oct. 30", "DATE", "2017-10-30"),
            ("last week", "DATE", "2017-W41"),
            ("weeks", "DURATION", "PXW"),
            ("months", "DURATION", "PXM"),
            ("2012", "DATE", "2012"),
            ("last year", "DATE", "2016"),
            ("the end of 2018", "DATE", "2018"),
            ("the next two years", "DURATION", "P2Y"),
            ("third-quarter", "DATE", "2017-Q3"),
            ("Nov. 8", "DATE", "2017-11-08"),
        ],
    ),
    # Thursday 2019-08-08 (ISO week 32), Reuters-style earnings wire, "UPDATE 2-" headline,
    # bullets, byline, "Aug 8 (Reuters) -" dateline (the publication day). Caldera's fiscal
    # year ends in late June and is named by the year it ends (gold_blind38, gold_blind55):
    # "the fourth quarter ended June 30" FY2019-Q4 plus 2019-06-30 (a Sunday), the bullet "Q4"
    # FY2019-Q4, "a year earlier" FY2018-Q4; "first quarter" (headline), "Q1", "first-quarter",
    # "the current quarter", "its fiscal first quarter" and "the first quarter" FY2020-Q1
    # (July-September 2019; "the current quarter" like gold_blind23); "fiscal 2019" FY2019,
    # "fiscal 2016" FY2016, "fiscal 2020" FY2020 (twice) with "July 1" 2019-07-01. Quarters
    # named by calendar months keep calendar values (gold_blind55, gold_blind74): "The
    # September quarter" 2019-Q3, "the March quarter" 2020-Q1; "the second half of calendar
    # 2020" 2020-H2 (gold_blind74). Results and call "on Wednesday" 2019-08-07, the call "at
    # 4:30 p.m. ET (2030 GMT)" two TIMEs on that day (gold_blind38), "Wednesday's report" ->
    # "Wednesday"; "on Thursday" the publication day, "10:15 a.m. ET" 2019-08-08T10:15.
    # "since May" and "the middle of May" 2019-05 (the month's value, like "the middle of the
    # month" in gold_blind21); "the spring" 2019-SP. "at least another six months" DURATION
    # P6M (the modifier kept, like "another 12 months" in gold_blind86); "the past five
    # quarters" P5Q (gold_blind55); "a two-quarter air pocket" -> "two-quarter" DURATION P2Q,
    # an adjectival duration (see README); "one-day" P1D; "this year" 2019; "the end of
    # September" 2019-09; "quarterly dividend" SET P3M. Not annotated: "UPDATE 2", "EPS", "41
    # cents", "44 cents", "$540 mln-$570 mln", "$648 mln", "11%", "14%", "$612 million", "in
    # early trading" (a trading-session word, gold_blind38), "C7", "5G", "28nm", "$38.20",
    # "31%", "400 jobs", "8%", "$30 million", "almost overnight" (an idiom for "suddenly"),
    # "Jessica March" (an analyst), "long-term plan", "investor day", "12 cents", "holders of
    # record", "5,000 people".
    "caldera-semi-fiscal-q4-results": (
        "2019-08-08",
        [
            ("first quarter", "DATE", "FY2020-Q1"),
            ("Q4", "DATE", "FY2019-Q4"),
            ("Q1", "DATE", "FY2020-Q1"),
            ("Aug 8", "DATE", "2019-08-08"),
            ("first-quarter", "DATE", "FY2020-Q1"),
            ("Wednesday", "DATE", "2019-08-07"),
            ("May", "DATE", "2019-05"),
            ("Thursday", "DATE", "2019-08-08"),
            ("the fourth quarter", "DATE", "FY2019-Q4"),
            ("June 30", "DATE", "2019-06-30"),
            ("a year earlier", "DATE", "FY2018-Q4"),
            ("fiscal 2019", "DATE", "FY2019"),
            ("fiscal 2016", "DATE", "FY2016"),
            ("at least another six months", "DURATION", "P6M"),
            ("4:30 p.m. ET", "TIME", "2019-08-07T16:30"),
            ("2030 GMT", "TIME", "2019-08-07T20:30"),
            ("Wednesday", "DATE", "2019-08-07"),
            ("The September quarter", "DATE", "2019-Q3"),
            ("the current quarter", "DATE", "FY2020-Q1"),
            ("its fiscal first quarter", "DATE", "FY2020-Q1"),
            ("the March quarter", "DATE", "2020-Q1"),
            ("fiscal 2020", "DATE", "FY2020"),
            ("the end of September", "DATE", "2019-09"),
            ("the first quarter", "DATE", "FY2020-Q1"),
            ("the past five quarters", "DURATION", "P5Q"),
            ("this year", "DATE", "2019"),
            ("Wednesday", "DATE", "2019-08-07"),
            ("10:15 a.m. ET", "TIME", "2019-08-08T10:15"),
            ("Thursday", "DATE", "2019-08-08"),
            ("one-day", "DURATION", "P1D"),
            ("October 2018", "DATE", "2018-10"),
            ("the middle of May", "DATE", "2019-05"),
            ("two-quarter", "DURATION", "P2Q"),
            ("the spring", "DATE", "2019-SP"),
            ("the second half of calendar 2020", "DATE", "2020-H2"),
            ("2009", "DATE", "2009"),
            ("quarterly", "SET", "P3M"),
            ("Sept. 12", "DATE", "2019-09-12"),
            ("Aug. 22", "DATE", "2019-08-22"),
            ("Nov. 14", "DATE", "2019-11-14"),
            ("fiscal 2020", "DATE", "FY2020"),
            ("July 1", "DATE", "2019-07-01"),
        ],
    ),
    # Monday 2019-02-11 (ISO week 7), British online paper's technology page, section label,
    # headline ("cut off in April" 2019-04), standfirst ("this week", "before 2015", "on 1
    # April"), byline, stamp "Mon 11 Feb 2019 07.00 GMT" (DATE with its abbreviated weekday,
    # checked by hand, and TIME, gold_blind21). "this week" 2019-W07; "on Sunday" 2019-02-10;
    # "from 10am today" 2019-02-11T10:00 and "today"; "Valentine's Day on Thursday" 2019-02-14
    # twice (a holiday on its day and the weekday); "published it on Friday" 2019-02-08.
    # "its biggest update in two years" DURATION P2Y (the period of a superlative,
    # gold_blind55); "the next fortnight" P2W (gold_blind9); "one minute", "one hour", "one
    # day", "one week" DURATIONs (the lengths a user picks); "within 24 hours" -> "24 hours"
    # PT24H; "in November" 2018-11 and "since January" 2019-01 (past); "31 March" and "1
    # April" 2019 (future); "18 months of work" P18M (a measure of time, gold_blind55);
    # "every week" SET P1W, "about twice a year" SET P1Y (modifier kept, gold_blind55);
    # "the big one for 2019" 2019; "several years" PXY. The outage "last month" 2019-01, "for
    # almost six hours" PT6H, "the evening of 17 January" one TIME span 2019-01-17TEV (like
    # "the night of July 11, 1876", gold_blind5), "at 6pm that evening" 2019-01-17T18:00 and
    # "that evening" 2019-01-17TEV (anchored on the evening just named, gold_blind8); "within
    # 30 days" P30D. "since October" 2018-10; "the end of June" 2019-06; "the spring" and "the
    # autumn" ahead, 2019-SP and 2019-FA; "last summer" in February 2018-SU; "in 2020". Not
    # annotated: "Version 5.0", "Nimbus 4.4", "2%", "11 million", "40,000", "£35m", the URL
    # "pingle.com/blog/2019/02/v5", "since it launched" (event-anchored).
    "pingle-app-update-vanishing-messages": (
        "2019-02-11",
        [
            ("April", "DATE", "2019-04"),
            ("this week", "DATE", "2019-W07"),
            ("2015", "DATE", "2015"),
            ("1 April", "DATE", "2019-04-01"),
            ("Mon 11 Feb 2019", "DATE", "2019-02-11"),
            ("07.00 GMT", "TIME", "2019-02-11T07:00"),
            ("two years", "DURATION", "P2Y"),
            ("this week", "DATE", "2019-W07"),
            ("Sunday", "DATE", "2019-02-10"),
            ("10am", "TIME", "2019-02-11T10:00"),
            ("today", "DATE", "2019-02-11"),
            ("the next fortnight", "DURATION", "P2W"),
            ("one minute", "DURATION", "PT1M"),
            ("one hour", "DURATION", "PT1H"),
            ("one day", "DURATION", "P1D"),
            ("one week", "DURATION", "P1W"),
            ("24 hours", "DURATION", "PT24H"),
            ("November", "DATE", "2018-11"),
            ("2014", "DATE", "2014"),
            ("18 months", "DURATION", "P18M"),
            ("every week", "SET", "P1W"),
            ("about twice a year", "SET", "P1Y"),
            ("2019", "DATE", "2019"),
            ("several years", "DURATION", "PXY"),
            ("Valentine's Day", "DATE", "2019-02-14"),
            ("Thursday", "DATE", "2019-02-14"),
            ("1 April", "DATE", "2019-04-01"),
            ("2015", "DATE", "2015"),
            ("January", "DATE", "2019-01"),
            ("31 March", "DATE", "2019-03-31"),
            ("last month", "DATE", "2019-01"),
            ("almost six hours", "DURATION", "PT6H"),
            ("the evening of 17 January", "TIME", "2019-01-17TEV"),
            ("30 days", "DURATION", "P30D"),
            ("Friday", "DATE", "2019-02-08"),
            ("6pm", "TIME", "2019-01-17T18:00"),
            ("that evening", "TIME", "2019-01-17TEV"),
            ("October", "DATE", "2018-10"),
            ("the end of June", "DATE", "2019-06"),
            ("the spring", "DATE", "2019-SP"),
            ("the autumn", "DATE", "2019-FA"),
            ("last summer", "DATE", "2018-SU"),
            ("2020", "DATE", "2020"),
        ],
    ),
    # Friday 2018-11-16 (ISO week 46), Australian paper's website, section label, headline
    # ("almost three months" P3M), byline, stamp "November 16, 2018 — 11.05am" and "Updated
    # 2.41pm" (a DATE and two TIMEs on the publication day, gold_blind21, gold_blind103).
    # Past weekdays: the statement "on Thursday" 2018-11-15, customers told "Wednesday night"
    # 2018-11-14TNI "shortly before 10pm" 2018-11-14T22:00 ("shortly before" a signal,
    # gold_blind9), the commissioner notified "on Monday" 2018-11-12; future: passwords reset
    # "by 9am AEDT on Monday" 2018-11-19T09:00 and 2018-11-19 (the same weekday both ways,
    # gold_blind55); "on Friday" the publication day; "this morning" and "this afternoon" its
    # parts. The intrusion "between 14 August and 2 November" 2018-08-14 and 2018-11-02, the
    # alert "at 3.20am" on 2 November 2018-11-02T03:20; "four days before Melbourne Cup Day"
    # P4D and 2018-11-06, the first Tuesday of November (gold_blind83). "in February"
    # 2018-02; "early August" 2018-08; "on 21 September" 2018-09-21; "30 days", "the first 10
    # days", "a fortnight" (P2W, gold_blind9), "12 months", "90 days", "two years" (the
    # period of a "second in", gold_blind55) DURATIONs. The hotline "from 8am to 8pm, seven
    # days a week" -> two TIMEs XXXX-XX-XXThh:mm and SET P1W (gold_blind94), "until
    # Christmas" 2018-12-25; "every 60 days" SET P60D; "now" PRESENT_REF; "March 2017";
    # "last financial year" FY2018 (the Australian July-June year just ended, named by the
    # year it ends, like "last fiscal" in gold_blind74); "since 2015"; "the coming months"
    # PXM; the quote's "Three months" DURATION P3M. Not annotated: "dates of birth", "1.2
    # million", "1300 555 818", "4,000 accounts", "9.3 million", "6 per cent", "$2.14", "in
    # morning trade" (a trading-session word, gold_blind38), "as soon as practicable",
    # "sooner", "In hindsight".
    "gatehouse-tickets-data-breach": (
        "2018-11-16",
        [
            ("almost three months", "DURATION", "P3M"),
            ("November 16, 2018", "DATE", "2018-11-16"),
            ("11.05am", "TIME", "2018-11-16T11:05"),
            ("2.41pm", "TIME", "2018-11-16T14:41"),
            ("almost three months", "DURATION", "P3M"),
            ("Thursday", "DATE", "2018-11-15"),
            ("14 August", "DATE", "2018-08-14"),
            ("2 November", "DATE", "2018-11-02"),
            ("3.20am", "TIME", "2018-11-02T03:20"),
            ("four days", "DURATION", "P4D"),
            ("Melbourne Cup Day", "DATE", "2018-11-06"),
            ("Wednesday night", "TIME", "2018-11-14TNI"),
            ("10pm", "TIME", "2018-11-14T22:00"),
            ("Monday", "DATE", "2018-11-12"),
            ("February", "DATE", "2018-02"),
            ("30 days", "DURATION", "P30D"),
            ("the first 10 days", "DURATION", "P10D"),
            ("early August", "DATE", "2018-08"),
            ("21 September", "DATE", "2018-09-21"),
            ("a fortnight", "DURATION", "P2W"),
            ("9am AEDT", "TIME", "2018-11-19T09:00"),
            ("Monday", "DATE", "2018-11-19"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("seven days a week", "SET", "P1W"),
            ("Christmas", "DATE", "2018-12-25"),
            ("now", "DATE", "PRESENT_REF"),
            ("every 60 days", "SET", "P60D"),
            ("12 months", "DURATION", "P12M"),
            ("90 days", "DURATION", "P90D"),
            ("two years", "DURATION", "P2Y"),
            ("March 2017", "DATE", "2017-03"),
            ("last financial year", "DATE", "FY2018"),
            ("2015", "DATE", "2015"),
            ("Friday", "DATE", "2018-11-16"),
            ("this morning", "TIME", "2018-11-16TMO"),
            ("this afternoon", "TIME", "2018-11-16TAF"),
            ("the coming months", "DURATION", "PXM"),
            ("Three months", "DURATION", "P3M"),
        ],
    ),
    # Wednesday 2016-07-13 (ISO week 28), Indian start-up news site's funding story, section
    # label, headline ("by March 2017"), byline and stamp "Jul 13, 2016, 11:42 IST" (DATE and
    # TIME), "BENGALURU:" dateline. "on Wednesday" the publication day; past: "signed on
    # Saturday" 2016-07-09, the town hall "at 6pm on Monday" 2016-07-11T18:00 and 2016-07-11,
    # "the week to Sunday" -> "the week" DATE 2016-W27 and "Sunday" 2016-07-10 (gold_blind61:
    # the week to Sunday is the ISO week); future: "join the board on Friday" 2016-07-15. The
    # Indian financial year runs April-March and is named by the year it ends (gold_blind9,
    # gold_blind63, gold_blind74): "FY16" FY2016, "the current fiscal" FY2017, "the end of
    # FY18" FY2018. "18 months after the company's $4 million Series A" -> DURATION P18M (an
    # anchored duration); "in March" 2016-03; "since May" 2016-05; "last month" 2016-06;
    # "between August and October" 2016-08 and 2016-10 (future); "Diwali, falling on 30
    # October this year" three TIMEX3, 2016-10-30 twice and 2016 (like "Melbourne Cup Day, which
    # falls on 3 November this year", gold_blind83; Diwali's main day, gold_blind79). "the
    # first two years" P2Y and "the last 12 months" P12M; "within four hours" -> PT4H; "the
    # next 18 months" P18M; "for a year" P1Y; "every quarter" SET P3M; "every Thursday" SET
    # XXXX-WXX-4; "the first half of 2016" 2016-H1 and "a year earlier" 2015-H1; "late last
    # year" 2015 (gold_blind86); "recent months" PAST_REF; "early 2017" 2017. Not annotated:
    # "Series B", "Series A", "Series C", "$18 million", "$4 million", "29" and "31" (ages),
    # "1,400 merchants", "₹38 crore", "₹120 crore", "₹3 crore", "Mission 2020" (a plan's name
    # holding a year, like "Mission 2015" in gold_blind74), "the festive season" (no calendar
    # value, gold_blind102), "before then" (anaphoric), "Its monthly cash burn" (an adjective
    # naming the period of a figure, gold_blind103), "2,600 vans", "900 drivers", "$2.1
    # billion", "40 per cent", "50,000 times", "six cities", "14 cities", "20 cities".
    "dabbafleet-series-b-funding": (
        "2016-07-13",
        [
            ("March 2017", "DATE", "2017-03"),
            ("Jul 13, 2016", "DATE", "2016-07-13"),
            ("11:42 IST", "TIME", "2016-07-13T11:42"),
            ("Wednesday", "DATE", "2016-07-13"),
            ("18 months", "DURATION", "P18M"),
            ("March", "DATE", "2016-03"),
            ("Saturday", "DATE", "2016-07-09"),
            ("6pm", "TIME", "2016-07-11T18:00"),
            ("Monday", "DATE", "2016-07-11"),
            ("2013", "DATE", "2013"),
            ("now", "DATE", "PRESENT_REF"),
            ("FY16", "DATE", "FY2016"),
            ("the current fiscal", "DATE", "FY2017"),
            ("the end of FY18", "DATE", "FY2018"),
            ("the first two years", "DURATION", "P2Y"),
            ("the last 12 months", "DURATION", "P12M"),
            ("four hours", "DURATION", "PT4H"),
            ("May", "DATE", "2016-05"),
            ("last month", "DATE", "2016-06"),
            ("the next 18 months", "DURATION", "P18M"),
            ("March 2017", "DATE", "2017-03"),
            ("Diwali", "DATE", "2016-10-30"),
            ("30 October", "DATE", "2016-10-30"),
            ("this year", "DATE", "2016"),
            ("August", "DATE", "2016-08"),
            ("October", "DATE", "2016-10"),
            ("Friday", "DATE", "2016-07-15"),
            ("a year", "DURATION", "P1Y"),
            ("every quarter", "SET", "P3M"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
            ("the first half of 2016", "DATE", "2016-H1"),
            ("a year earlier", "DATE", "2015-H1"),
            ("late last year", "DATE", "2015"),
            ("recent months", "DATE", "PAST_REF"),
            ("early 2017", "DATE", "2017"),
            ("the week", "DATE", "2016-W27"),
            ("Sunday", "DATE", "2016-07-10"),
        ],
    ),
    # Saturday 2018-05-19 (ISO week 20), Irish national daily's business page, section label,
    # headline ("Six days to GDPR" DURATION P6D, an anchored duration like "Two Weeks After
    # Quake", gold_blind35), standfirst ("more than two decades" P20Y, the period of a
    # superlative; "on Friday"), byline, date line "Saturday 19 May 2018" (one DATE span with
    # its weekday). The regulation applies from "Friday" 2018-05-25 (standfirst and lead);
    # the transition period ends "at midnight on Thursday" -> "midnight" 2018-05-24T24:00, the
    # end of Thursday (gold_blind103), and "Thursday" 2018-05-24. "published on Tuesday"
    # 2018-05-15 (past) and the clinic "on Tuesday from 10am to 1pm" 2018-05-22 with two TIMEs
    # that day (future): one weekday both ways. The retailer's deadline "at 5pm on Wednesday"
    # 2018-05-23T17:00 and 2018-05-23 (future, "will be removed"); "on Monday morning"
    # 2018-05-28TMO. "April 2016", "four years" P4Y, "two-year" P2Y; "The 1995 directive" ->
    # "1995" (an adjectival year); "by March" 2018-03 and "in January" 2018-01 (past); "this
    # week" 2018-W20; "Since Easter" 2018-04-01 (Easter Sunday 2018); "every evening" SET
    # XXXX-XX-XXTEV; "within 72 hours" PT72H; "within one month" P1M, "40 days" P40D; "the
    # past fortnight" P2W; "six years" P6Y; "after 30 days" P30D; "In its first year" -> "its
    # first year" DURATION P1Y (the possessive kept, like "its first three years" in
    # gold_blind55); "in 2019 at the earliest" -> "2019"; "29 March next year" one span
    # 2019-03-29 (gold_blind21); "every Saturday" SET XXXX-WXX-6; "until the end of June"
    # 2018-06; "this weekend" in a Saturday paper 2018-W20-WE (gold_blind86). Not annotated:
    # "95/46/EC" (a directive's number holding 95), "Article 33", "41 per cent", "one in five",
    # "12-person", "€6.35", "€20 million", "4 per cent", "may" (the verb), "GDPR", "yet".
    "gdpr-six-days-small-firms": (
        "2018-05-19",
        [
            ("Six days", "DURATION", "P6D"),
            ("more than two decades", "DURATION", "P20Y"),
            ("Friday", "DATE", "2018-05-25"),
            ("Saturday 19 May 2018", "DATE", "2018-05-19"),
            ("Friday", "DATE", "2018-05-25"),
            ("April 2016", "DATE", "2016-04"),
            ("four years", "DURATION", "P4Y"),
            ("two-year", "DURATION", "P2Y"),
            ("midnight", "TIME", "2018-05-24T24:00"),
            ("Thursday", "DATE", "2018-05-24"),
            ("1995", "DATE", "1995"),
            ("Tuesday", "DATE", "2018-05-15"),
            ("March", "DATE", "2018-03"),
            ("this week", "DATE", "2018-W20"),
            ("January", "DATE", "2018-01"),
            ("Easter", "DATE", "2018-04-01"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("72 hours", "DURATION", "PT72H"),
            ("one month", "DURATION", "P1M"),
            ("40 days", "DURATION", "P40D"),
            ("the past fortnight", "DURATION", "P2W"),
            ("5pm", "TIME", "2018-05-23T17:00"),
            ("Wednesday", "DATE", "2018-05-23"),
            ("six years", "DURATION", "P6Y"),
            ("30 days", "DURATION", "P30D"),
            ("Monday morning", "TIME", "2018-05-28TMO"),
            ("its first year", "DURATION", "P1Y"),
            ("2019", "DATE", "2019"),
            ("29 March next year", "DATE", "2019-03-29"),
            ("Tuesday", "DATE", "2018-05-22"),
            ("10am", "TIME", "2018-05-22T10:00"),
            ("1pm", "TIME", "2018-05-22T13:00"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("the end of June", "DATE", "2018-06"),
            ("this weekend", "DATE", "2018-W20-WE"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
