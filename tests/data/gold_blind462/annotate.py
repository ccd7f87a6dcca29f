"""Annotations of the four-hundred-and-sixty-second blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind462/annotate.py [--show]

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
    # Friday 1990-07-06 (ISO week 27), AP wire story on the monthly jobs report, wire header
    # (slug, "2nd Ld-Writethru", story number, word count, editors' note), headline, byline,
    # "WASHINGTON (AP) _" dateline without date, and the closing archive stamp
    # "AP-NY-07-06-90 1131EDT": "07-06-90" DATE 1990-07-06 and "1131EDT" TIME 1990-07-06T11:31
    # (the zone in the span, not in the value, gold_blind103). "today" is the day of the wire
    # (gold_blind35). The headline's "Fifth Straight Month" and "the fifth straight month" are
    # ordinal runs, DURATION P1M (gold_blind23, gold_blind51). "last month" and "June" 1990-06;
    # "the May gain" and "the April gain" 1990-05, 1990-04 (a report's month as an adjective);
    # "April 1" 1990-04-01 (the start of the count); "the 1990 census" -> "1990", an adjectival
    # year like "the 1947 flood" (gold_blind103). "its third decline in four months" -> "four
    # months" P4M (the period a count is made in, gold_blind33); "for the first time in more
    # than seven years" P7Y. "within weeks" -> "weeks" PXW; "the end of the month" 1990-07. The
    # Fed board members testify "on Tuesday" 1990-07-10 (future); the claims report came out
    # "Thursday" 1990-07-05 (past); "the week ended June 30" is "the week" 1990-W26 plus "June
    # 30" (gold_blind33), "a week earlier" after it 1990-W25 (the granularity of what it is
    # compared with); "the Fourth of July" and "Wednesday" both 1990-07-04 (past); the budget
    # talks resume "Monday" 1990-07-09 (future) after "nearly two weeks" P2W. "8:30 a.m. EDT"
    # 1990-07-06T08:30, "an hour before the stock market opened" -> "an hour" PT1H (a duration
    # anchored to an event), "midday" T12:00 (gold_blind11, gold_blind23). "more than a year"
    # P1Y; "the 1960s" 196; "November and December 1982" -> "November" 1982-11 and "December
    # 1982", the year written once belonging to both (gold_blind33). "the second half of the
    # year" 1990-H2 (one span); "its July figures" 1990-07; "Aug. 3" and "Aug. 21" in 1990.
    # Not annotated: "2nd Ld-Writethru", "a0614", "560", "8th graf", "5.3 Percent" and the
    # other rates, "38,000" and the other counts, "14.26 points", "2,911.37", "the Senate
    # Banking Committee", "short-term", "as soon as trading began" (an event clause, no time
    # expression), "next" in "next meet".
    "ap-jobless-rate-june-factories": (
        "1990-07-06",
        [
            ("Fifth Straight Month", "DURATION", "P1M"),
            ("June", "DATE", "1990-06"),
            ("May", "DATE", "1990-05"),
            ("the fifth straight month", "DURATION", "P1M"),
            ("today", "DATE", "1990-07-06"),
            ("last month", "DATE", "1990-06"),
            ("the spring of 1986", "DATE", "1986-SP"),
            ("May", "DATE", "1990-05"),
            ("April", "DATE", "1990-04"),
            ("June", "DATE", "1990-06"),
            ("January", "DATE", "1990-01"),
            ("four months", "DURATION", "P4M"),
            ("May", "DATE", "1990-05"),
            ("April 1", "DATE", "1990-04-01"),
            ("1990", "DATE", "1990"),
            ("more than seven years", "DURATION", "P7Y"),
            ("weeks", "DURATION", "PXW"),
            ("the end of the month", "DATE", "1990-07"),
            ("Aug. 21", "DATE", "1990-08-21"),
            ("Tuesday", "DATE", "1990-07-10"),
            ("8:30 a.m. EDT", "TIME", "1990-07-06T08:30"),
            ("an hour", "DURATION", "PT1H"),
            ("midday", "TIME", "1990-07-06T12:00"),
            ("more than a year", "DURATION", "P1Y"),
            ("the 1960s", "DATE", "196"),
            ("November", "DATE", "1982-11"),
            ("December 1982", "DATE", "1982-12"),
            ("Thursday", "DATE", "1990-07-05"),
            ("the week", "DATE", "1990-W26"),
            ("June 30", "DATE", "1990-06-30"),
            ("a week earlier", "DATE", "1990-W25"),
            ("the Fourth of July", "DATE", "1990-07-04"),
            ("Wednesday", "DATE", "1990-07-04"),
            ("Monday", "DATE", "1990-07-09"),
            ("nearly two weeks", "DURATION", "P2W"),
            ("now", "DATE", "PRESENT_REF"),
            ("the second half of the year", "DATE", "1990-H2"),
            ("July", "DATE", "1990-07"),
            ("Aug. 3", "DATE", "1990-08-03"),
            ("07-06-90", "DATE", "1990-07-06"),
            ("1131EDT", "TIME", "1990-07-06T11:31"),
        ],
    ),
    # Wednesday 1989-11-15 (ISO week 46), Reuters economic wire on the monthly trade figures,
    # in the archive form of the period: a stamp "15-NOV-1989 08:47:12" (DATE 1989-11-15 and
    # TIME to the second 1989-11-15T08:47:12, like "14:35:10 UTC" in gold_blind8), desk and
    # story codes, a slug line whose "11-15" is the month and day (DATE 1989-11-15) and whose
    # "0398" is a word count (not a clock time), a capitals headline ("SEPTEMBER" 1989-09), the
    # "WASHINGTON, Nov 15 -" dateline (the publication day) and the "REUTER" sign-off. "the
    # month" after "September" is that month (like "the quarter" after a quarter, gold_blind51);
    # "last week" 1989-W45; "since June" 1989-06; "ahead of winter" -> "winter" 1990-WI (the
    # coming winter takes the year of its January, gold_blind103); "the July-September
    # quarter" 1989-Q3 and "the April-June quarter" 1989-Q2 (gold_blind18, gold_blind51); "the
    # first nine months of 1989" two TIMEX3, "the first nine months" P9M and "1989"
    # (gold_blind51); "all of 1988" -> "1988" ("all of" left out, gold_blind23). "8:30 a.m. EST
    # (1330 GMT)" two TIMEs (gold_blind51); "late September" 1989-09; "Oct 2" 1989-10-02; "six
    # months now" -> "six months" P6M and "now"; "the past few weeks" PXW; "the spring" and
    # "next spring" said in November are 1990-SP (gold_blind35); "late Tuesday" 1989-11-14 and
    # "on Monday" 1989-11-13 (past); "its surplus ... in October" 1989-10; "the 1988 trade
    # law" -> "1988"; "the fourth quarter" 1989-Q4; "its annual revisions" SET P1Y
    # (gold_blind23) published "in June" 1990-06; "the October report" 1989-10; "Dec 14"
    # 1989-12-14. Not annotated: "RM", "f0418", "0398", "an annual rate" (gold_blind33),
    # "seasonally adjusted", "1990-model cars" (a model year, like "the 2012 model year" in
    # gold_blind94), "Super 301" (a provision), "early New York trading" (a trading-session
    # word, gold_blind23), "142.10 yen", "3/8 point", amounts and percentages.
    "reuter-us-trade-deficit-september": (
        "1989-11-15",
        [
            ("15-NOV-1989", "DATE", "1989-11-15"),
            ("08:47:12", "TIME", "1989-11-15T08:47:12"),
            ("11-15", "DATE", "1989-11-15"),
            ("SEPTEMBER", "DATE", "1989-09"),
            ("Nov 15", "DATE", "1989-11-15"),
            ("September", "DATE", "1989-09"),
            ("August", "DATE", "1989-08"),
            ("August", "DATE", "1989-08"),
            ("last week", "DATE", "1989-W45"),
            ("September", "DATE", "1989-09"),
            ("the month", "DATE", "1989-09"),
            ("June", "DATE", "1989-06"),
            ("more than three years", "DURATION", "P3Y"),
            ("winter", "DATE", "1990-WI"),
            ("the July-September quarter", "DATE", "1989-Q3"),
            ("the April-June quarter", "DATE", "1989-Q2"),
            ("the first nine months", "DURATION", "P9M"),
            ("1989", "DATE", "1989"),
            ("1988", "DATE", "1988"),
            ("1987", "DATE", "1987"),
            ("August", "DATE", "1989-08"),
            ("March 1988", "DATE", "1988-03"),
            ("8:30 a.m. EST", "TIME", "1989-11-15T08:30"),
            ("1330 GMT", "TIME", "1989-11-15T13:30"),
            ("late September", "DATE", "1989-09"),
            ("Oct 2", "DATE", "1989-10-02"),
            ("six months", "DURATION", "P6M"),
            ("now", "DATE", "PRESENT_REF"),
            ("1987", "DATE", "1987"),
            ("1988", "DATE", "1988"),
            ("the past few weeks", "DURATION", "PXW"),
            ("the spring", "DATE", "1990-SP"),
            ("late Tuesday", "DATE", "1989-11-14"),
            ("Monday", "DATE", "1989-11-13"),
            ("October", "DATE", "1989-10"),
            ("1988", "DATE", "1988"),
            ("next spring", "DATE", "1990-SP"),
            ("the fourth quarter", "DATE", "1989-Q4"),
            ("annual", "SET", "P1Y"),
            ("June", "DATE", "1990-06"),
            ("October", "DATE", "1989-10"),
            ("Dec 14", "DATE", "1989-12-14"),
        ],
    ),
    # Tuesday 1990-02-06 (ISO week 6), business paper's daily bond-market column, section label
    # "CREDIT MARKETS", headline, byline "Staff Reporter", date line "Tuesday, February 6, 1990"
    # (one span), "NEW YORK --" dateline: the session reported is yesterday, Monday 1990-02-05
    # ("late yesterday", "yesterday's regular weekly auction"); "Friday" (the previous yield and
    # the jobs report) 1990-02-02; the auctions are "today", "tomorrow" 1990-02-07 and
    # "Thursday" 1990-02-08 (twice), "this week" 1990-W06, "next week" 1990-W07, "tomorrow
    # afternoon" 1990-02-07TAF; "1 p.m. EST today" TIME 1990-02-06T13:00 and the DATE. Tenors
    # are adjectival durations on the adjective alone ("three-year" P3Y, "10-year" P10Y,
    # "30-year" P30Y three times, "seven-year" P7Y, "three-month" P3M, "six-month" P6M; the
    # decision of gold_blind38), the years of serial and term bonds DATEs ("from 1991 to 2005",
    # "due 2020", gold_blind38). "Quarterly Refunding" (headline) and "its quarterly refunding"
    # SET P3M (a refunding held every quarter, like "quarterly dividend", gold_blind33);
    # "weekly auction" SET P1W; "semiannual testimony" SET P6M. "in five weeks, since ... at the
    # end of December" -> "five weeks" P5W (a past change, gold_blind35) and "the end of
    # December" 1989-12 (the end of a named month, gold_blind51); "last spring" in February
    # 1989-SP; "soon" FUTURE_REF (gold_blind16, gold_blind21); "the November refunding"
    # 1989-11; "whose fiscal year ends March 31" -> the end of the Japanese insurers' year now
    # running, 1990-03-31 (gold_blind33); "since mid-December" 1989-12; "later this month"
    # 1990-02; "the January producer price index" 1990-01, "due Feb. 16" 1990-02-16; "the
    # March bond contract" and "for March delivery" 1990-03 (delivery months ahead,
    # gold_blind33). Not annotated: "Series 1990A" (a bond series), "when-issued", "overnight
    # loans" (an adjective naming a kind of loan, like "overnight sailings" in gold_blind4),
    # "short-term", "Long-term", "before then" (anaphoric), "at ... refunding", "70 basis
    # points", "5/8 point", "99 11/32", "19/32", "96 6/32", "9%", yields and amounts.
    "credit-markets-treasury-refunding": (
        "1990-02-06",
        [
            ("Quarterly", "SET", "P3M"),
            ("Tuesday, February 6, 1990", "DATE", "1990-02-06"),
            ("yesterday", "DATE", "1990-02-05"),
            ("this week", "DATE", "1990-W06"),
            ("quarterly", "SET", "P3M"),
            ("three-year", "DURATION", "P3Y"),
            ("today", "DATE", "1990-02-06"),
            ("10-year", "DURATION", "P10Y"),
            ("tomorrow", "DATE", "1990-02-07"),
            ("30-year", "DURATION", "P30Y"),
            ("Thursday", "DATE", "1990-02-08"),
            ("1 p.m. EST", "TIME", "1990-02-06T13:00"),
            ("today", "DATE", "1990-02-06"),
            ("30-year", "DURATION", "P30Y"),
            ("Friday", "DATE", "1990-02-02"),
            ("late yesterday", "DATE", "1990-02-05"),
            ("five weeks", "DURATION", "P5W"),
            ("the end of December", "DATE", "1989-12"),
            ("January", "DATE", "1990-01"),
            ("Friday", "DATE", "1990-02-02"),
            ("last spring", "DATE", "1989-SP"),
            ("soon", "DATE", "FUTURE_REF"),
            ("Thursday", "DATE", "1990-02-08"),
            ("30-year", "DURATION", "P30Y"),
            ("November", "DATE", "1989-11"),
            ("March 31", "DATE", "1990-03-31"),
            ("mid-December", "DATE", "1989-12"),
            ("yesterday", "DATE", "1990-02-05"),
            ("weekly", "SET", "P1W"),
            ("three-month", "DURATION", "P3M"),
            ("six-month", "DURATION", "P6M"),
            ("semiannual", "SET", "P6M"),
            ("later this month", "DATE", "1990-02"),
            ("January", "DATE", "1990-01"),
            ("Feb. 16", "DATE", "1990-02-16"),
            ("1991", "DATE", "1991"),
            ("2005", "DATE", "2005"),
            ("2020", "DATE", "2020"),
            ("March", "DATE", "1990-03"),
            ("March", "DATE", "1990-03"),
            ("tomorrow afternoon", "TIME", "1990-02-07TAF"),
            ("next week", "DATE", "1990-W07"),
            ("seven-year", "DURATION", "P7Y"),
        ],
    ),
    # Thursday 1989-06-29 (ISO week 26), a Chicago paper's futures column, nameplate, date line
    # "THURSDAY, JUNE 29, 1989" (one span), section label, headline and deck, byline,
    # "CHICAGO —" dateline. The paper names the trading day by its weekday: "Wednesday"
    # 1989-06-28; the outlook was issued "Tuesday afternoon" 1989-06-27TAF (past), while the
    # deck's "closed Tuesday", "from Saturday through Tuesday" and "closed Tuesday for
    # Independence Day" are 1989-07-04 (future; the same weekday in both directions, like
    # gold_blind103); the acreage report is due "Friday" 1989-06-30 at "2 p.m. Chicago time"
    # (T14:00, the zone in the span); trading "Monday" 1989-07-03 ends "at noon" T12:00.
    # "the Fourth of July weekend" and "the holiday weekend" are the Saturday-to-Tuesday
    # holiday weekend, the ISO week of its Saturday (1 July), 1989-W26-WE (gold_blind57,
    # gold_blind103). Contract and delivery months ahead: "July soybeans" 1989-07, "November"
    # 1989-11, "December corn" 1989-12, "September wheat" and "Silver for September delivery"
    # 1989-09, "crude oil for August delivery" 1989-08 (gold_blind33). "last summer" (the
    # possessive without "'s") 1988-SU; "last June" 1988-06; "last July" 1988-07; "last year"
    # 1988; "30-day outlook" P30D; "mid-July" 1989-07; "since May 15" 1989-05-15; "the 1989
    # crop" -> "1989"; "the March survey" 1989-03; "today" the publication day (margins
    # effective "with the start of trading today"); "the 1988-89 marketing year" two DATEs,
    # "1988" and the bare "89" 1989 (gold_blind80), "which ends Aug. 31" 1989-08-31; "their
    # slowest pace in six years" P6Y and "its lowest price in more than 12 years" P12Y (the
    # period of a superlative). The evening session "Sundays through Thursdays from 6 p.m. to
    # 9:30 p.m." gives two SETs (the ends of a range of weekdays, gold_blind76) and two clock
    # times of no particular day XXXX-XX-XXThh:mm (gold_blind62, gold_blind103); "every 10
    # minutes from 7 a.m. to 7 p.m." a SET PT10M and two such clock times. Not annotated: "the
    # daily limit" (a limit per trading day, a measure like "an annual rate"), "the new-crop
    # contract", "the upper 90s" (temperatures), "its third straight loss", "a third straight
    # session" (trading-session words, gold_blind23), "312-555-1989" (a phone number holding
    # 1989), "30 cents", "$7.86" and the other prices, "60.1 million acres", "$500".
    "chicago-soybeans-limit-up-heat": (
        "1989-06-29",
        [
            ("THURSDAY, JUNE 29, 1989", "DATE", "1989-06-29"),
            ("Friday", "DATE", "1989-06-30"),
            ("Tuesday", "DATE", "1989-07-04"),
            ("Wednesday", "DATE", "1989-06-28"),
            ("the Fourth of July weekend", "DATE", "1989-W26-WE"),
            ("last summer", "DATE", "1988-SU"),
            ("July", "DATE", "1989-07"),
            ("November", "DATE", "1989-11"),
            ("December", "DATE", "1989-12"),
            ("September", "DATE", "1989-09"),
            ("30-day", "DURATION", "P30D"),
            ("Tuesday afternoon", "TIME", "1989-06-27TAF"),
            ("mid-July", "DATE", "1989-07"),
            ("last June", "DATE", "1988-06"),
            ("May 15", "DATE", "1989-05-15"),
            ("Saturday", "DATE", "1989-07-01"),
            ("Tuesday", "DATE", "1989-07-04"),
            ("2 p.m. Chicago time", "TIME", "1989-06-30T14:00"),
            ("Friday", "DATE", "1989-06-30"),
            ("Tuesday", "DATE", "1989-07-04"),
            ("Independence Day", "DATE", "1989-07-04"),
            ("Monday", "DATE", "1989-07-03"),
            ("noon", "TIME", "1989-07-03T12:00"),
            ("1989", "DATE", "1989"),
            ("March", "DATE", "1989-03"),
            ("last year", "DATE", "1988"),
            ("last July", "DATE", "1988-07"),
            ("today", "DATE", "1989-06-29"),
            ("the holiday weekend", "DATE", "1989-W26-WE"),
            ("1988", "DATE", "1988"),
            ("89", "DATE", "1989"),
            ("Aug. 31", "DATE", "1989-08-31"),
            ("six years", "DURATION", "P6Y"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("9:30 p.m.", "TIME", "XXXX-XX-XXT21:30"),
            ("August", "DATE", "1989-08"),
            ("September", "DATE", "1989-09"),
            ("more than 12 years", "DURATION", "P12Y"),
            ("every 10 minutes", "SET", "PT10M"),
            ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
            ("7 p.m.", "TIME", "XXXX-XX-XXT19:00"),
        ],
    ),
    # Saturday 1991-10-12 (ISO week 41), a London paper's currencies column, nameplate with
    # the date line "SATURDAY OCTOBER 12 1991" (one span), section label, headline, byline and a
    # forward-rates table. "yesterday" is Friday 1991-10-11 and "the week" the week now ending,
    # 1991-W41 (like "the week" of a Tuesday market story, gold_blind33). Columbus Day 1991, the
    # second Monday of October, is 1991-10-14: "Columbus Day ... on Monday" and "shut on
    # Monday" 1991-10-14 (future). Japan's Health and Sports Day was then fixed on 10 October:
    # "Thursday's Health and Sports Day holiday" two DATEs 1991-10-10 (like "Monday is Family
    # Day", gold_blind103); the closes "on Thursday" 1991-10-10 (past). "The dollar had opened
    # in Tokyo ... overnight": the adverb names the night before London's Friday, begun on
    # Thursday evening, 1991-10-10TNI (gold_blind21, gold_blind103). "in a fortnight" P2W (a
    # past change, gold_blind35); "early September" 1991-09; "US producer prices for September"
    # and the two other September reports 1991-09; "1.30pm London time" 1991-10-11T13:30 and
    # "2.30pm" T14:30, clock times on the day of their sentence ("yesterday"); "the end of the
    # month" 1991-10; "unchanged from a week ago" 1991-W40 (the unit's granularity,
    # gold_blind23); "next month" 1991-11; UK inflation "due on Friday" 1991-10-18; "the spring of
    # 1988" 1988-SP; "three-month sterling interbank money" -> "three-month" P3M (a tenor,
    # gold_blind38); "next week" 1991-W42 and its "Tuesday", "Wednesday" and "Thursday"
    # 1991-10-15/16/17; "its first meeting in three weeks" P3W. The table: "Oct 11" 1991-10-11,
    # the forward columns "One month" P1M and "Three months" P3M (tenors of forward contracts),
    # "at 4pm" 1991-10-11T16:00 (the closing time of the day the table is dated). Not
    # annotated: "the annual rate" (gold_blind33), "for the first time", "overnight money" (a
    # money-market term naming a kind of loan, unlike the adverb "overnight"), "DM1.6935",
    # "Y130.40", "$1.7232", "91.4", "10 3/8 per cent", "£1.12bn", "£300m", "0.52-0.50cpm",
    # "3/8-1/4pf pm", "1 1/8-1y pm", "224.50 - 225.00" and the other rates.
    "london-currencies-dollar-firmer-holiday": (
        "1991-10-12",
        [
            ("SATURDAY OCTOBER 12 1991", "DATE", "1991-10-12"),
            ("the week", "DATE", "1991-W41"),
            ("yesterday", "DATE", "1991-10-11"),
            ("Columbus Day", "DATE", "1991-10-14"),
            ("Monday", "DATE", "1991-10-14"),
            ("Thursday", "DATE", "1991-10-10"),
            ("a fortnight", "DURATION", "P2W"),
            ("early September", "DATE", "1991-09"),
            ("September", "DATE", "1991-09"),
            ("1.30pm London time", "TIME", "1991-10-11T13:30"),
            ("the end of the month", "DATE", "1991-10"),
            ("Thursday", "DATE", "1991-10-10"),
            ("Health and Sports Day", "DATE", "1991-10-10"),
            ("overnight", "TIME", "1991-10-10TNI"),
            ("Thursday", "DATE", "1991-10-10"),
            ("a week ago", "DATE", "1991-W40"),
            ("next month", "DATE", "1991-11"),
            ("September", "DATE", "1991-09"),
            ("Friday", "DATE", "1991-10-18"),
            ("the spring of 1988", "DATE", "1988-SP"),
            ("three-month", "DURATION", "P3M"),
            ("yesterday", "DATE", "1991-10-11"),
            ("2.30pm", "TIME", "1991-10-11T14:30"),
            ("Monday", "DATE", "1991-10-14"),
            ("next week", "DATE", "1991-W42"),
            ("Tuesday", "DATE", "1991-10-15"),
            ("September", "DATE", "1991-09"),
            ("Wednesday", "DATE", "1991-10-16"),
            ("Thursday", "DATE", "1991-10-17"),
            ("three weeks", "DURATION", "P3W"),
            ("Oct 11", "DATE", "1991-10-11"),
            ("One month", "DURATION", "P1M"),
            ("Three months", "DURATION", "P3M"),
            ("4pm", "TIME", "1991-10-11T16:00"),
        ],
    ),
    # Sunday 1990-05-13 (ISO week 19), a Sunday paper's Fed-watch column, stamp "Published: May
    # 13, 1990", section label, headline, byline, "WASHINGTON, May 12 —" dateline (the day the
    # story was filed, DATE 1990-05-12 as written) and a "THE WEEK AHEAD" calendar box. The
    # committee meets "Tuesday" 1990-05-15 (future); the producer-price report and the
    # committee's record came out "Friday" 1990-05-11 (past, "Friday's report"); the trader's
    # "Sunday is Mother's Day" gives two DATEs 1990-05-13 (Mother's Day 1990, the second Sunday
    # of May, is the publication day; like "Monday is Family Day", gold_blind103), "until
    # Monday" 1990-05-14. "eight times a year" SET P1Y with the count in the span (gold_blind23,
    # gold_blind51); "weekly money figures" SET P1W, "on Thursdays" SET XXXX-WXX-4, "at 4:30
    # P.M." XXXX-XX-XXT16:30 (the hour of a recurring release); "semiannual report" SET P6M.
    # "since December" 1989-12; "early last year" 1989; "at least until the summer" -> "the
    # summer" 1990-SU ("at least" modifies "until", a signal, so both stay out; see README);
    # "14 years" P14Y; "the first quarter" 1990-Q1, "the second quarter" 1990-Q2 (calendar
    # quarters of the economy); "in April ... in March" 1990-04, 1990-03, "a year earlier" after
    # the April figure 1989-04; "the committee's March 27 meeting" 1990-03-27; "30-year" P30Y
    # (gold_blind38); "ended the week" 1990-W19 (the trading week just ended, the ISO week of
    # the Sunday paper), "a week earlier" 1990-W18; "by year-end" -> "year-end" 1990
    # (gold_blind33); "last month" 1990-04; "in July" 1990-07. The box heading "THE WEEK AHEAD"
    # is the coming week 1990-W20 (like "The winter ahead" in gold_blind103); its "Tuesday",
    # "Wednesday" and "Friday" are 1990-05-15, 16 and 18, each "8:30 A.M." on its day, the
    # reports' months "April" 1990-04 and "March" 1990-03. Not annotated: "next" in "will do
    # next" and "the next move", "overnight loans" (an adjective naming a kind of loan),
    # "short-term", "M2" (a money measure), "8 1/4 percent", "7 percent", "0.4 percent" and
    # the other rates, "Times are Eastern daylight time" (a zone without a time).
    "fed-watchers-signal-not-cut": (
        "1990-05-13",
        [
            ("May 13, 1990", "DATE", "1990-05-13"),
            ("May 12", "DATE", "1990-05-12"),
            ("Tuesday", "DATE", "1990-05-15"),
            ("eight times a year", "SET", "P1Y"),
            ("December", "DATE", "1989-12"),
            ("early last year", "DATE", "1989"),
            ("the summer", "DATE", "1990-SU"),
            ("14 years", "DURATION", "P14Y"),
            ("1986", "DATE", "1986"),
            ("the first quarter", "DATE", "1990-Q1"),
            ("Friday", "DATE", "1990-05-11"),
            ("April", "DATE", "1990-04"),
            ("March", "DATE", "1990-03"),
            ("a year earlier", "DATE", "1989-04"),
            ("March 27", "DATE", "1990-03-27"),
            ("Friday", "DATE", "1990-05-11"),
            ("April", "DATE", "1990-04"),
            ("weekly", "SET", "P1W"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("4:30 P.M.", "TIME", "XXXX-XX-XXT16:30"),
            ("30-year", "DURATION", "P30Y"),
            ("the week", "DATE", "1990-W19"),
            ("a week earlier", "DATE", "1990-W18"),
            ("the second quarter", "DATE", "1990-Q2"),
            ("year-end", "DATE", "1990"),
            ("last month", "DATE", "1990-04"),
            ("semiannual", "SET", "P6M"),
            ("July", "DATE", "1990-07"),
            ("Sunday", "DATE", "1990-05-13"),
            ("Mother's Day", "DATE", "1990-05-13"),
            ("Monday", "DATE", "1990-05-14"),
            ("THE WEEK AHEAD", "DATE", "1990-W20"),
            ("Tuesday", "DATE", "1990-05-15"),
            ("April", "DATE", "1990-04"),
            ("8:30 A.M.", "TIME", "1990-05-15T08:30"),
            ("Wednesday", "DATE", "1990-05-16"),
            ("April", "DATE", "1990-04"),
            ("8:30 A.M.", "TIME", "1990-05-16T08:30"),
            ("Friday", "DATE", "1990-05-18"),
            ("March", "DATE", "1990-03"),
            ("8:30 A.M.", "TIME", "1990-05-18T08:30"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
