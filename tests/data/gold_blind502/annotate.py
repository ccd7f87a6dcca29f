"""Annotations of blind gold set 502, chosen by hand before the tagger ran.

    python tests/data/gold_blind502/annotate.py [--show]

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
    # Tuesday 1998-01-13 (ISO week 3), Asian markets wire from Seoul, "UPDATE 2-" headline,
    # "SEOUL, Jan 13 (Pacific Rim Wire) -" dateline (the publication day). The headline's
    # "since November" and the lead's "early November" are November 1997 (past); "the crisis
    # broke in November" the same month. "a third straight session" is not annotated (a
    # trading session is no calendar unit, gold_blind23), "a sixth straight day" is DURATION
    # P1D like "Third Straight Day" (gold_blind23); "one-day" P1D. "the 4:30 p.m. (0730 GMT)
    # close" two TIMEs on the day (gold_blind28); "late Monday" DATE 1998-01-12 (gold_blind23,
    # gold_blind34); "midday" T12:00 (gold_blind23). Past weekdays: the talks "opened on
    # Monday", the Fund official "said ... on Monday", both 1998-01-12. Future: the talks could
    # end "late Wednesday" 1998-01-14 / "early Thursday" 1998-01-15; "thin trade on Thursday"
    # 1998-01-15. "A year ago" 1997 and "Two weeks ago" 1998-W01 (30 December 1997 lies in
    # ISO week 1 of 1998), the unit's granularity (gold_blind23, gold_blind28); "last week"
    # 1998-W02, "this week" 1998-W03, "late next week" 1998-W04 (the modifier not recorded,
    # like "the middle of next week", gold_blind59, gold_blind103). "last month" 1997-12,
    # "February" 1998-02 ahead, "the end of March" 1998-03, "the end of December" 1997-12,
    # "July" 1997-07 past. "the first quarter", "the second quarter" calendar quarters of 1998
    # (no fiscal year described). "stretched over three years" DURATION P3Y; "the benchmark
    # three-year corporate bond yield" -> "three-year" DURATION P3Y, a tenor (gold_blind38);
    # "KOSPI 200 futures for March delivery" -> "March" 1998-03, a delivery month ahead
    # (gold_blind23). "every two weeks" SET P2W. "the Lunar New Year, which falls on Jan 28"
    # two DATEs 1998-01-28 (a holiday on its day, gold_blind57); "from Jan 27 to Jan 29" two
    # DATEs; "Friday, Jan 30" one span with its weekday (gold_blind23). "a few days" PXD.
    # Not annotated: "a third straight session", "short-term", "the overnight call rate" (an
    # adjective naming a kind of loan, like "Overnight lows" in gold_blind103), "1,640",
    # "1,710", "1,995" (a record low of the won), "850", "478.32", "KOSPI 200", "6.2 percent",
    # "$57.6 million", "24 billion dollars", "+82 2 555 1998" (a phone number), "the
    # crisis" (an event), "yet".
    "seoul-won-shares-debt-talks": (
        "1998-01-13",
        [
            ("November", "DATE", "1997-11"),
            ("Jan 13", "DATE", "1998-01-13"),
            ("Tuesday", "DATE", "1998-01-13"),
            ("one-day", "DURATION", "P1D"),
            ("early November", "DATE", "1997-11"),
            ("this week", "DATE", "1998-W03"),
            ("the first quarter", "DATE", "1998-Q1"),
            ("4:30 p.m.", "TIME", "1998-01-13T16:30"),
            ("0730 GMT", "TIME", "1998-01-13T07:30"),
            ("late Monday", "DATE", "1998-01-12"),
            ("Dec 23", "DATE", "1997-12-23"),
            ("A year ago", "DATE", "1997"),
            ("midday", "TIME", "1998-01-13T12:00"),
            ("a sixth straight day", "DURATION", "P1D"),
            ("Nov 10", "DATE", "1997-11-10"),
            ("Two weeks ago", "DATE", "1998-W01"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Monday", "DATE", "1998-01-12"),
            ("late Wednesday", "DATE", "1998-01-14"),
            ("early Thursday", "DATE", "1998-01-15"),
            ("the end of March", "DATE", "1998-03"),
            ("three years", "DURATION", "P3Y"),
            ("the second quarter", "DATE", "1998-Q2"),
            ("last month", "DATE", "1997-12"),
            ("February", "DATE", "1998-02"),
            ("last week", "DATE", "1998-W02"),
            ("Monday", "DATE", "1998-01-12"),
            ("the end of December", "DATE", "1997-12"),
            ("every two weeks", "SET", "P2W"),
            ("November", "DATE", "1997-11"),
            ("Jan 20", "DATE", "1998-01-20"),
            ("three-year", "DURATION", "P3Y"),
            ("March", "DATE", "1998-03"),
            ("Thursday", "DATE", "1998-01-15"),
            ("late next week", "DATE", "1998-W04"),
            ("the Lunar New Year", "DATE", "1998-01-28"),
            ("Jan 28", "DATE", "1998-01-28"),
            ("Jan 27", "DATE", "1998-01-27"),
            ("Jan 29", "DATE", "1998-01-29"),
            ("Friday, Jan 30", "DATE", "1998-01-30"),
            ("July", "DATE", "1997-07"),
            ("a few days", "DURATION", "PXD"),
        ],
    ),
    # Thursday 1998-12-31 (ISO week 53 of 1998), European financial agency wire with a
    # "KEY DATES" box, "FRANKFURT, Dec 31 (Eurofin News) --" dateline. The euro is born "at
    # midnight" tonight: "midnight" 1998-12-31T24:00, the end of the publication day
    # (gold_blind56, gold_blind75, gold_blind103), also in the box. The first trading day is
    # "Monday" 1999-01-04 (headline, lead) and "Monday, Jan 4" one span; "about 7 a.m.
    # Frankfurt time (0600 GMT)" two TIMEs on that day, the zone in the span (gold_blind28).
    # "the New Year weekend" and "the weekend" are the weekend of 2-3 January 1999, which lies
    # in ISO week 53 of 1998: 1998-W53-WE (a holiday weekend the ISO week of its Saturday,
    # gold_blind56, gold_blind103). "tomorrow, New Year's Day" two DATEs 1999-01-01 (like
    # "10am tomorrow, New Year's Day", gold_blind17). "Sunday evening" 1999-01-03TEV. Past:
    # the exchange's last session "on Wednesday" 1998-12-30 "at 1 p.m. (1200 GMT)", "yesterday"
    # 1998-12-30 ("late trade" not annotated, gold_blind63). "on Dec 12 and 13" -> "Dec 12"
    # and the bare "13" DATE 1998-12-13 (like "Sept. 21-22", gold_blind23). "the next 72 hours"
    # PT72H; "12-hour" PT12H; "three years" twice P3Y ("For three years, until the end of
    # 2001" -> the end of 2001 the year's value); "within six months after that" -> "six
    # months" P6M, anchored on Jan 1, 2002. "Germany's 10-year Bund" -> "10-year" P10Y, a
    # tenor (gold_blind38). "earlier this month" 1998-12; "next year" 1999; "in October"
    # 1998-10 past; "the middle of January" 1999-01, the month's value with the modifier not
    # recorded (like "the middle of next week", gold_blind103); "twice a month" SET P1M; "its
    # first meeting of 1999" -> "1999"; "Thursday, Jan 7" one span. The box's dates are
    # written with their years. Not annotated: "Projekt 1999" (a project's name, before the
    # annotated "1999"), "Y2K" and "the millennium work" (names of a computer problem, like
    # "Y2K" in gold_blind34), "the 11 currencies", "400 staff", "1.17 dollars", "1.1668
    # dollars", "3 percent", "60 programmers", "+49 69 555 2002" (a phone number), "late
    # trade", "the first time".
    "euro-launch-conversion-weekend": (
        "1998-12-31",
        [
            ("Monday", "DATE", "1999-01-04"),
            ("Dec 31", "DATE", "1998-12-31"),
            ("today", "DATE", "1998-12-31"),
            ("midnight", "TIME", "1998-12-31T24:00"),
            ("Monday", "DATE", "1999-01-04"),
            ("the New Year weekend", "DATE", "1998-W53-WE"),
            ("6 a.m.", "TIME", "1998-12-31T06:00"),
            ("today", "DATE", "1998-12-31"),
            ("12-hour", "DURATION", "PT12H"),
            ("Sunday evening", "TIME", "1999-01-03TEV"),
            ("three years", "DURATION", "P3Y"),
            ("Dec 12", "DATE", "1998-12-12"),
            ("13", "DATE", "1998-12-13"),
            ("The next 72 hours", "DURATION", "PT72H"),
            ("about 7 a.m. Frankfurt time", "TIME", "1999-01-04T07:00"),
            ("0600 GMT", "TIME", "1999-01-04T06:00"),
            ("Monday, Jan 4", "DATE", "1999-01-04"),
            ("tomorrow", "DATE", "1999-01-01"),
            ("New Year's Day", "DATE", "1999-01-01"),
            ("Wednesday", "DATE", "1998-12-30"),
            ("1 p.m.", "TIME", "1998-12-30T13:00"),
            ("1200 GMT", "TIME", "1998-12-30T12:00"),
            ("yesterday", "DATE", "1998-12-30"),
            ("three years", "DURATION", "P3Y"),
            ("the end of 2001", "DATE", "2001"),
            ("Jan 1, 2002", "DATE", "2002-01-01"),
            ("six months", "DURATION", "P6M"),
            ("the weekend", "DATE", "1998-W53-WE"),
            ("10-year", "DURATION", "P10Y"),
            ("earlier this month", "DATE", "1998-12"),
            ("next year", "DATE", "1999"),
            ("October", "DATE", "1998-10"),
            ("the middle of January", "DATE", "1999-01"),
            ("twice a month", "SET", "P1M"),
            ("1999", "DATE", "1999"),
            ("Thursday, Jan 7", "DATE", "1999-01-07"),
            ("Dec 31, 1998", "DATE", "1998-12-31"),
            ("midnight", "TIME", "1998-12-31T24:00"),
            ("Jan 1, 1999", "DATE", "1999-01-01"),
            ("Jan 4, 1999", "DATE", "1999-01-04"),
            ("Jan 1, 2002", "DATE", "2002-01-01"),
            ("June 30, 2002", "DATE", "2002-06-30"),
        ],
    ),
    # Friday 2000-09-08 (ISO week 36), US financial newswire's energy story with a time stamp
    # "Sep 08, 2000 -- 15:42 GMT" at the head and "(END) Sep 08, 2000 11:42 ET" at the foot
    # (each a DATE and a TIME, the zone in the span; 11:42 EDT is 15:42 GMT), byline, "LONDON
    # --" dateline without date; bare weekdays in the wire's style. The headline's "10-Year"
    # (a "10-year high") DURATION P10Y like "seven-year low" (gold_blind23); "almost 10 years"
    # P10Y, the period of a superlative. "Friday" the publication day. OPEC meets "on
    # Sunday" 2000-09-10 (three times, future), talks "at 10 a.m. (0800 GMT) Sunday" (Vienna
    # summer time, two TIMEs), a decision "late Sunday" 2000-09-10 or "early Monday"
    # 2000-09-11, any increase "Oct. 1". "before the winter" in September 2000 -> "the
    # winter" 2001-WI, the winter of 2000-01 taking the year of its January (gold_blind28,
    # gold_blind103). Delivery months run forward (gold_blind23): "October delivery" twice,
    # "The October contract" ("October" only) and "Heating oil futures for October" 2000-10;
    # "front-month" is a position on the curve and is not annotated. "in the afternoon" ->
    # "the afternoon" TIME 2000-09-08TAF; "at 4:35 p.m. (1535 GMT)" two TIMEs (London summer
    # time). "The October contract expires Wednesday" 2000-09-13 (future); the API "said
    # Wednesday" 2000-09-06 (past), "a day later than usual" -> "a day" DURATION P1D (the size
    # of a delay, like "six months later than planned", gold_blind28), "Monday's Labor Day
    # holiday" -> "Monday" and "Labor Day" two DATEs 2000-09-04 (the first Monday of
    # September; like "Monday is Family Day", gold_blind103). "the week to Sept. 1" -> "the
    # week" P1W and "Sept. 1", "to" a signal (gold_blind23's "the three months to October").
    # "the start of the year" 2000 (the year's value); "doubled in 18 months" P18M (gold_blind35);
    # "March" and "June" 2000 past; "a year ago" 1999; "the fourth quarter" 2000-Q4; "the next
    # six weeks" P6W; "it takes a tanker five weeks" P5W (a generic duration, gold_blind28);
    # "the weekend" 2000-W36-WE; "this summer" 2000-SU; "Next week" 2000-W37, the IEA report
    # "on Tuesday" 2000-09-12, its "monthly" SET P1M (an adjective naming a recurring
    # publication, gold_blind23). Not annotated: "bpd" (barrels per day, a rate unit, twice),
    # "$34.10 a barrel", "98.40 cents a gallon", "37%", "40%", "97 cents", "80 cents",
    # "3.4 million barrels", "61,200 lots", "8.9 million", "+44 20 7555 1976" (a phone number
    # after the annotated "1976"), "the highest", "front-month".
    "brent-ten-year-high-opec-vienna": (
        "2000-09-08",
        [
            ("Sep 08, 2000", "DATE", "2000-09-08"),
            ("15:42 GMT", "TIME", "2000-09-08T15:42"),
            ("10-Year", "DURATION", "P10Y"),
            ("almost 10 years", "DURATION", "P10Y"),
            ("Friday", "DATE", "2000-09-08"),
            ("Sunday", "DATE", "2000-09-10"),
            ("the winter", "DATE", "2001-WI"),
            ("October", "DATE", "2000-10"),
            ("the afternoon", "TIME", "2000-09-08TAF"),
            ("November 1990", "DATE", "1990-11"),
            ("4:35 p.m.", "TIME", "2000-09-08T16:35"),
            ("1535 GMT", "TIME", "2000-09-08T15:35"),
            ("October", "DATE", "2000-10"),
            ("Wednesday", "DATE", "2000-09-13"),
            ("October", "DATE", "2000-10"),
            ("the start of the year", "DATE", "2000"),
            ("18 months", "DURATION", "P18M"),
            ("March", "DATE", "2000-03"),
            ("June", "DATE", "2000-06"),
            ("Wednesday", "DATE", "2000-09-06"),
            ("a day", "DURATION", "P1D"),
            ("Monday", "DATE", "2000-09-04"),
            ("Labor Day", "DATE", "2000-09-04"),
            ("the week", "DURATION", "P1W"),
            ("Sept. 1", "DATE", "2000-09-01"),
            ("1976", "DATE", "1976"),
            ("October", "DATE", "2000-10"),
            ("a year ago", "DATE", "1999"),
            ("Sunday", "DATE", "2000-09-10"),
            ("the fourth quarter", "DATE", "2000-Q4"),
            ("the next six weeks", "DURATION", "P6W"),
            ("five weeks", "DURATION", "P5W"),
            ("10 a.m.", "TIME", "2000-09-10T10:00"),
            ("0800 GMT", "TIME", "2000-09-10T08:00"),
            ("Sunday", "DATE", "2000-09-10"),
            ("late Sunday", "DATE", "2000-09-10"),
            ("early Monday", "DATE", "2000-09-11"),
            ("Oct. 1", "DATE", "2000-10-01"),
            ("the weekend", "DATE", "2000-W36-WE"),
            ("this summer", "DATE", "2000-SU"),
            ("Next week", "DATE", "2000-W37"),
            ("monthly", "SET", "P1M"),
            ("Tuesday", "DATE", "2000-09-12"),
            ("Sep 08, 2000", "DATE", "2000-09-08"),
            ("11:42 ET", "TIME", "2000-09-08T11:42"),
        ],
    ),
    # Wednesday 1999-06-16 (ISO week 24), British broadsheet's companies page, section label,
    # headline, standfirst, byline, date line "Wednesday 16 June 1999" (one span with its
    # weekday); "yesterday" is Tuesday 1999-06-15, and the 7am announcement, the 10.30am press
    # conference are clock times of that day. The standfirst's "over three years" -> "three
    # years" P3Y and "in fourth quarter" -> "fourth quarter" 1999-Q4 (a headline-style phrase
    # without the article, like "second half" in gold_blind38). "nine months of on-off talks"
    # P9M (September 1998 to June 1999); "the start of next year" 2000; "one month" P1M and
    # "four-month" P4M (the Commission's review); "extraordinary meetings in September"
    # 1999-09 ahead; "The talks began last September" 1998-09, "January" 1999-01 past, "three
    # weeks ago" 1999-W21 (26 May, the unit's granularity, gold_blind23); "its first two
    # years" DURATION P2Y with the possessive kept (gold_blind14, gold_blind35); "For the past
    # decade" P10Y; "the next three years" P3Y; "by 2002" 2002; "last month" 1999-05. Halmer's
    # financial year ends on 31 March: "the financial year to 31 March" -> "the financial year"
    # FY1999 (April 1998-March 1999, named by the year it ends) and "31 March" 1999-03-31
    # (gold_blind28, gold_blind63); "up 11 per cent on the previous year" -> FY1998 (the
    # financial year before, gold_blind63). Vossberg's year follows the calendar: "1998",
    # "April" 1999-04, "first-half profits" -> "first-half" 1999-H1, "second-quarter figures"
    # 1999-Q2, "28 July". "Last year the two groups together had sales" keeps the calendar
    # value of its wording, 1998 (gold_blind35). "2 August" 1999-08-02; "the end of July"
    # 1999-07; "The five-year contract" P5Y; "the past 12 months" P12M. Not annotated:
    # "annual cost savings" (an adjective naming the period of a figure, not a recurrence,
    # like "its usual monthly total" in gold_blind103), "since privatisation" (an event),
    # "the Stadtbahn 2000 tram" (a model name), "FTSE 100", "6,318.4", "22.6 points",
    # "£6.8bn", "38p", "612p", "£3.1bn", "DM2.40", "DM71.90", "46 per cent", "3,500 jobs",
    # "1,200", "£280m", "£412m", "11 per cent", "DM1.1bn (£360m)", "£9.2bn", "14.2p", "£640m",
    # "54" and "61" (ages), "Page 24", "by a third".
    "halmer-vossberg-rail-merger": (
        "1999-06-16",
        [
            ("three years", "DURATION", "P3Y"),
            ("fourth quarter", "DATE", "1999-Q4"),
            ("Wednesday 16 June 1999", "DATE", "1999-06-16"),
            ("yesterday", "DATE", "1999-06-15"),
            ("nine months", "DURATION", "P9M"),
            ("7am", "TIME", "1999-06-15T07:00"),
            ("the start of next year", "DATE", "2000"),
            ("the fourth quarter", "DATE", "1999-Q4"),
            ("one month", "DURATION", "P1M"),
            ("four-month", "DURATION", "P4M"),
            ("September", "DATE", "1999-09"),
            ("last September", "DATE", "1998-09"),
            ("January", "DATE", "1999-01"),
            ("three weeks ago", "DATE", "1999-W21"),
            ("its first two years", "DURATION", "P2Y"),
            ("10.30am", "TIME", "1999-06-15T10:30"),
            ("the past decade", "DURATION", "P10Y"),
            ("the next three years", "DURATION", "P3Y"),
            ("2002", "DATE", "2002"),
            ("last month", "DATE", "1999-05"),
            ("the financial year", "DATE", "FY1999"),
            ("31 March", "DATE", "1999-03-31"),
            ("the previous year", "DATE", "FY1998"),
            ("1998", "DATE", "1998"),
            ("April", "DATE", "1999-04"),
            ("first-half", "DATE", "1999-H1"),
            ("second-quarter", "DATE", "1999-Q2"),
            ("28 July", "DATE", "1999-07-28"),
            ("Last year", "DATE", "1998"),
            ("2 August", "DATE", "1999-08-02"),
            ("the end of July", "DATE", "1999-07"),
            ("five-year", "DURATION", "P5Y"),
            ("the past 12 months", "DURATION", "P12M"),
        ],
    ),
    # Saturday 1998-08-22 (ISO week 34), Thai English-language daily's business section,
    # section label, date line "Saturday, August 22, 1998" (one span), headline, standfirst,
    # byline; "yesterday" is Friday 1998-08-21 (the review ended, the repo rate, the baht's
    # close) and "last night" its night, 1998-08-21TNI (gold_blind35). The Cabinet meets "on
    # Tuesday" 1998-08-25 (standfirst and body), its "weekly meeting" SET P1W (gold_blind35's
    # "weekly strike benefits"); the tranche "late September" 1998-09 (twice); the central
    # bank "said on Thursday" 1998-08-20. Thailand's fiscal year runs October-September and is
    # named by the year it ends: "fiscal 1999, which begins on October 1" -> FY1999 and
    # 1998-10-01; "the fiscal year that ends on September 30" -> FY1998 and 1998-09-30
    # (gold_blind23, gold_blind35). "August last year" one span 1997-08 (gold_blind18,
    # gold_blind28). "a two-week review mission" P2W; "in May" 1998-05; "going under every
    # day" SET P1D; "now" PRESENT_REF; "this year" 1998; "the second quarter" 1998-Q2; "the
    # middle of next year" 1999 (the year's value); "the first half" 1998-H1 and "a year
    # earlier" after it 1997-H1 (gold_blind23); "early June" 1998-06; "the benchmark 14-day
    # repurchase rate" -> "14-day" P14D, a tenor like "the 90-day interbank rate"
    # (gold_blind38); "the end of May" 1998-05; "the end of the year" 1998; "August 14"
    # 1998-08-14; "every six months" SET P6M; "the end of 2000" 2000; "5pm on September 15"
    # two TIMEX3; "the end of July" 1998-07 and "a month earlier" 1998-06 (the granularity of
    # what it is compared with, gold_blind35); "a week ago" 1998-W33; "since 1987" 1987;
    # "November" 1998-11 ahead; "its next quarterly review" -> "quarterly" SET P3M (gold_blind35's
    # "monthly leak surveys"); "Three months from now" DATE 1998-11, one span at the month's
    # granularity (gold_blind46, gold_blind65); the related-story line's "10-year debt freeze"
    # -> "10-year" P10Y. Not annotated: "the SET index" (the Stock Exchange of Thailand's index,
    # a name), "the fifth" letter, "so far", "3 per cent", "7 to 8 per cent", "5.6 per cent",
    # "by a third", "14.5 per cent", "22 per cent", "10 per cent", "2.1 per cent", "248.37
    # points", "US$135 million", "US$26.5 billion", "US$25.9 billion", "41.50", "Bt2.9
    # billion", "Eleven banks", "page B3".
    "thailand-imf-review-looser-budget": (
        "1998-08-22",
        [
            ("Saturday, August 22, 1998", "DATE", "1998-08-22"),
            ("Tuesday", "DATE", "1998-08-25"),
            ("late September", "DATE", "1998-09"),
            ("yesterday", "DATE", "1998-08-21"),
            ("fiscal 1999", "DATE", "FY1999"),
            ("October 1", "DATE", "1998-10-01"),
            ("two-week", "DURATION", "P2W"),
            ("August last year", "DATE", "1997-08"),
            ("weekly", "SET", "P1W"),
            ("Tuesday", "DATE", "1998-08-25"),
            ("late September", "DATE", "1998-09"),
            ("May", "DATE", "1998-05"),
            ("every day", "SET", "P1D"),
            ("the fiscal year", "DATE", "FY1998"),
            ("September 30", "DATE", "1998-09-30"),
            ("now", "DATE", "PRESENT_REF"),
            ("this year", "DATE", "1998"),
            ("the second quarter", "DATE", "1998-Q2"),
            ("the middle of next year", "DATE", "1999"),
            ("the first half", "DATE", "1998-H1"),
            ("a year earlier", "DATE", "1997-H1"),
            ("early June", "DATE", "1998-06"),
            ("14-day", "DURATION", "P14D"),
            ("yesterday", "DATE", "1998-08-21"),
            ("the end of May", "DATE", "1998-05"),
            ("the end of the year", "DATE", "1998"),
            ("August 14", "DATE", "1998-08-14"),
            ("every six months", "SET", "P6M"),
            ("the end of 2000", "DATE", "2000"),
            ("5pm", "TIME", "1998-09-15T17:00"),
            ("September 15", "DATE", "1998-09-15"),
            ("the end of July", "DATE", "1998-07"),
            ("Thursday", "DATE", "1998-08-20"),
            ("a month earlier", "DATE", "1998-06"),
            ("yesterday", "DATE", "1998-08-21"),
            ("a week ago", "DATE", "1998-W33"),
            ("1987", "DATE", "1987"),
            ("November", "DATE", "1998-11"),
            ("quarterly", "SET", "P3M"),
            ("Three months from now", "DATE", "1998-11"),
            ("last night", "TIME", "1998-08-21TNI"),
            ("10-year", "DURATION", "P10Y"),
        ],
    ),
    # Monday 1999-05-24 (ISO week 21), Japanese news agency's English wire, headline in the
    # agency's abbreviations ("612 bil. yen"), "TOKYO, May 24 Tokai News -" dateline (the
    # publication day); "said Monday" and "rose ... Monday" the publication day. Japanese
    # business years run April-March and are named here by the year they end (the agency's own
    # "fiscal 1998" naming, by the year it begins, is avoided): "the business year ended March
    # 31" FY1999 and 1999-03-31, "a year earlier" FY1998, "the current business year through
    # March 2000" FY2000 and 2000-03 (gold_blind63); "the six months to September" -> "the six
    # months" P6M and "September" 1999-09 (a fiscal half has no value shape, gold_blind28).
    # "April 1 next year" one span 2000-04-01 (like "September last year", gold_blind18);
    # "the end of March 2003" 2003-03; "the next four years" P4Y; "the past eight years" P8Y;
    # "in a single year" -> "a single year" DURATION P1Y (how long the clean-up took, like "in
    # three years", gold_blind35); "at 4 p.m., an hour after the close" -> "4 p.m." on the
    # day and "an hour" PT1H (anchored duration). "Now" PRESENT_REF. "in March" (twice, the
    # public money) 1999-03, "early March" 1999-03; "within 10 years" P10Y; "every quarter
    # starting in September" SET P3M and 1999-09 ("starting" a signal, gold_blind34); "the end
    # of March ... six months earlier" 1999-03 and 1998-09 (the month's granularity); "the year
    # 2000" one DATE span (gold_blind35); "the end of June" 1999-06; "July last year" 1998-07;
    # "the end of September" 1999-09; "report results Tuesday" 1999-05-25 and "by Friday"
    # 1999-05-28 ahead; "for much of May" -> "May" 1999-05 ("much of" left out like "most of",
    # gold_blind23); "from April 29 to May 5" two DATEs; "the January-March quarter" 1999-Q1
    # (a quarter named by calendar months, gold_blind63) and "the first-quarter figure" the
    # same; "June 10" 1999-06-10; "for a year and a half" DURATION P18M. Not annotated: "the
    # Golden Week holidays" (a named holiday period of several days, no value shape; its days
    # are given), "Plan 2003" (a programme's name, after the annotated "the end of March
    # 2003"), "the close of the Tokyo Stock Exchange", "The 225-issue Nikkei average",
    # "16,120.40", "88.31 points", "612 bil. yen", "612.4 billion yen", "1.1 trillion yen",
    # "201.7 billion yen", "the 15 major banks", "45 billion yen", "18 billion yen", "2,300
    # jobs", "18 percent", "60 of its 290 branches", "12 yen", "488 yen", "410 billion yen",
    # "2.9 trillion yen", "3.6 trillion yen", "38 billion yen", "Six", "its second round",
    # "the first to move".
    "kaisei-bank-annual-loss-trust-merger": (
        "1999-05-24",
        [
            ("May 24", "DATE", "1999-05-24"),
            ("Monday", "DATE", "1999-05-24"),
            ("the business year", "DATE", "FY1999"),
            ("March 31", "DATE", "1999-03-31"),
            ("a year earlier", "DATE", "FY1998"),
            ("March", "DATE", "1999-03"),
            ("the current business year", "DATE", "FY2000"),
            ("March 2000", "DATE", "2000-03"),
            ("the six months", "DURATION", "P6M"),
            ("September", "DATE", "1999-09"),
            ("April 1 next year", "DATE", "2000-04-01"),
            ("the end of March 2003", "DATE", "2003-03"),
            ("the next four years", "DURATION", "P4Y"),
            ("the past eight years", "DURATION", "P8Y"),
            ("a single year", "DURATION", "P1Y"),
            ("4 p.m.", "TIME", "1999-05-24T16:00"),
            ("an hour", "DURATION", "PT1H"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Monday", "DATE", "1999-05-24"),
            ("early March", "DATE", "1999-03"),
            ("March", "DATE", "1999-03"),
            ("10 years", "DURATION", "P10Y"),
            ("every quarter", "SET", "P3M"),
            ("September", "DATE", "1999-09"),
            ("the end of March", "DATE", "1999-03"),
            ("six months earlier", "DATE", "1998-09"),
            ("the year 2000", "DATE", "2000"),
            ("the end of June", "DATE", "1999-06"),
            ("July last year", "DATE", "1998-07"),
            ("the end of September", "DATE", "1999-09"),
            ("Tuesday", "DATE", "1999-05-25"),
            ("Friday", "DATE", "1999-05-28"),
            ("May", "DATE", "1999-05"),
            ("April 29", "DATE", "1999-04-29"),
            ("May 5", "DATE", "1999-05-05"),
            ("the January-March quarter", "DATE", "1999-Q1"),
            ("June 10", "DATE", "1999-06-10"),
            ("a year and a half", "DURATION", "P18M"),
            ("first-quarter", "DATE", "1999-Q1"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
