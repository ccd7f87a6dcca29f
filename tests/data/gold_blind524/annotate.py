"""Annotations of blind gold set 524, chosen by hand before the tagger ran.

    python tests/data/gold_blind524/annotate.py [--show]

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
    # Tuesday 1999-02-09 (ISO week 6), Chinese state agency's economy story on holiday market
    # supplies, headline, "BEIJING, Feb. 9 (Xinhua) --" dateline (the publication day); "said
    # here today" the same day, "here" left out (gold_blind31, gold_blind34). The Spring
    # Festival (headline and lead), "the Lunar New Year" and "Feb. 16" are Tuesday 1999-02-16
    # (holidays on the day they fall on, gold_blind57, gold_blind78); "the Year of the Rabbit"
    # DATE 1999, the calendar year the lunar year begins in (gold_blind57); "Lunar New Year's
    # Eve, Feb. 15" two DATEs 1999-02-15 and "6 p.m." that evening; "the Lantern Festival on
    # March 2" (the 15th day of the first lunar month) two DATEs 1999-03-02. "mid-January" and
    # "late January" 1999-01 (modifiers kept in the span, not recorded); "last week" 1999-W05
    # and "the same week last year" one span 1998-W05 (gold_blind22); "January" 1999-01 and
    # "the same month last year" one span 1998-01, like "the same period of last year"
    # (gold_blind16, gold_blind34). Past weekday: prices "have eased since Sunday" 1999-02-07;
    # future: the long hours start "from Saturday" 1999-02-13. The stores' hours "from 8 a.m.
    # to 10 p.m. daily" and the extra trains "every 20 minutes between 7 p.m. and 11 p.m." recur:
    # the clock times XXXX-XX-XXThh:mm beside their SETs P1D and PT20M (gold_blind28,
    # gold_blind34). "40-day" P40D (31 January to 11 March inclusive); "last year's rush" ->
    # "last year" 1998 (possessive left out); "the next two weeks" P2W; "about three weeks"
    # P3W; "twice a day" SET P1D, "every week" SET P1W; "the end of March"
    # 1999-03; "the past five years" P5Y; "the Ninth Five-Year Plan (1996-2000)" gives only the
    # bracketed years (gold_blind31, gold_blind34). Not annotated: "the holiday" (twice,
    # anaphoric), "the festival season" (no calendar value, like "the rainy season" in
    # gold_blind78), "the 15th straight monthly decline" ("monthly" names the period of a figure,
    # like "its usual monthly total" in gold_blind103), "around the clock", "daily
    # necessities", "the Ninth Five-Year Plan", "12315", "010-6852 1999" (a phone number ending
    # in a year, after the last annotated span), "0.8 yuan a kilogram", "36 large cities",
    # "37.2 million", "210,000 tonnes", "4,300", percentages.
    "spring-festival-market-supplies-stable-prices": (
        "1999-02-09",
        [
            ("Spring Festival", "DATE", "1999-02-16"),
            ("Feb. 9", "DATE", "1999-02-09"),
            ("the Spring Festival", "DATE", "1999-02-16"),
            ("Feb. 16", "DATE", "1999-02-16"),
            ("this year", "DATE", "1999"),
            ("today", "DATE", "1999-02-09"),
            ("the Lunar New Year", "DATE", "1999-02-16"),
            ("the Year of the Rabbit", "DATE", "1999"),
            ("mid-January", "DATE", "1999-01"),
            ("last week", "DATE", "1999-W05"),
            ("the same week last year", "DATE", "1998-W05"),
            ("January", "DATE", "1999-01"),
            ("the same month last year", "DATE", "1998-01"),
            ("about 10 days", "DURATION", "P10D"),
            ("late January", "DATE", "1999-01"),
            ("Sunday", "DATE", "1999-02-07"),
            ("this morning", "TIME", "1999-02-09TMO"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("daily", "SET", "P1D"),
            ("Saturday", "DATE", "1999-02-13"),
            ("the Lantern Festival", "DATE", "1999-03-02"),
            ("March 2", "DATE", "1999-03-02"),
            ("Lunar New Year's Eve", "DATE", "1999-02-15"),
            ("Feb. 15", "DATE", "1999-02-15"),
            ("6 p.m.", "TIME", "1999-02-15T18:00"),
            ("40-day", "DURATION", "P40D"),
            ("Jan. 31", "DATE", "1999-01-31"),
            ("March 11", "DATE", "1999-03-11"),
            ("last year", "DATE", "1998"),
            ("every 20 minutes", "SET", "PT20M"),
            ("7 p.m.", "TIME", "XXXX-XX-XXT19:00"),
            ("11 p.m.", "TIME", "XXXX-XX-XXT23:00"),
            ("the next two weeks", "DURATION", "P2W"),
            ("about three weeks", "DURATION", "P3W"),
            ("twice a day", "SET", "P1D"),
            ("every week", "SET", "P1W"),
            ("the end of March", "DATE", "1999-03"),
            ("the past five years", "DURATION", "P5Y"),
            ("1998", "DATE", "1998"),
            ("this year", "DATE", "1999"),
            ("1996", "DATE", "1996"),
            ("1996", "DATE", "1996"),
            ("2000", "DATE", "2000"),
            ("2000", "DATE", "2000"),
        ],
    ),
    # Monday 2000-10-16 (ISO week 42), Chinese state agency's diplomatic story on a visiting
    # prime minister, headline, "BEIJING, Oct. 16 (Xinhua) --" dateline. The talks were "here
    # this morning" 2000-10-16TMO, the welcoming ceremony "at 10 a.m." and the luncheon "at
    # noon" the same day (clock times of the day the story tells, gold_blind31), the banquet
    # "tonight" 2000-10-16TNI. Past weekday: "arrived here Sunday evening" 2000-10-15TEV.
    # Future weekdays: "On Tuesday" 2000-10-17, "Wednesday afternoon" 2000-10-18TAF,
    # "Thursday" 2000-10-19, "Friday morning" 2000-10-20TMO. "five-day" and "six-day"
    # adjectival DURATIONs P5D, P6D; "March 1951" 1951-03; "the past 49 years" P49Y; "the
    # 21st century" DATE 20 (gold_blind31); "Next year's 50th anniversary" -> "Next year" 2001,
    # the ordinal anniversary left out (gold_blind31, gold_blind78); "the previous year" after
    # "1999" is 1998 (gold_blind31); "the first eight months" DURATION P8M and "this year" 2000
    # (split like "the first 10 months of this year", gold_blind34); "twice a year" SET P1Y;
    # "three weekly flights" -> "weekly" SET P1W (gold_blind20, gold_blind31); "from January"
    # the coming January, 2001-01; "three-year" P3Y; "the autumn of 2001" 2001-FA; "in August"
    # and "in June" past months of 2000; "last year" 1999; "in 2000" as written; "annually"
    # SET P1Y; "the third by a Veldanian leader in five years" -> "five years" DURATION P5Y
    # (the period of an "Nth in", gold_blind31). Not annotated: "Boeing 767-300" (a model
    # number), "a 19-gun salute", "the 50th anniversary", "the first by a Veldanian head of
    # government", "the third", "most recently" (beyond "June"), "412 million U.S. dollars",
    # "one billion dollars", "200 Veldanian students", "4.1 percent", "5 percent", the quoted
    # "few cars and many bicycles".
    "veldania-premier-beijing-talks-five-agreements": (
        "2000-10-16",
        [
            ("Oct. 16", "DATE", "2000-10-16"),
            ("this morning", "TIME", "2000-10-16TMO"),
            ("Sunday evening", "TIME", "2000-10-15TEV"),
            ("five-day", "DURATION", "P5D"),
            ("March 1951", "DATE", "1951-03"),
            ("the past 49 years", "DURATION", "P49Y"),
            ("the 21st century", "DATE", "20"),
            ("Next year", "DATE", "2001"),
            ("1999", "DATE", "1999"),
            ("the previous year", "DATE", "1998"),
            ("the first eight months", "DURATION", "P8M"),
            ("this year", "DATE", "2000"),
            ("2005", "DATE", "2005"),
            ("twice a year", "SET", "P1Y"),
            ("weekly", "SET", "P1W"),
            ("January", "DATE", "2001-01"),
            ("three-year", "DURATION", "P3Y"),
            ("the autumn of 2001", "DATE", "2001-FA"),
            ("August", "DATE", "2000-08"),
            ("10 a.m.", "TIME", "2000-10-16T10:00"),
            ("tonight", "TIME", "2000-10-16TNI"),
            ("noon", "TIME", "2000-10-16T12:00"),
            ("last year", "DATE", "1999"),
            ("2000", "DATE", "2000"),
            ("1978", "DATE", "1978"),
            ("Tuesday", "DATE", "2000-10-17"),
            ("Wednesday afternoon", "TIME", "2000-10-18TAF"),
            ("Thursday", "DATE", "2000-10-19"),
            ("Friday morning", "TIME", "2000-10-20TMO"),
            ("1984", "DATE", "1984"),
            ("1995", "DATE", "1995"),
            ("annually", "SET", "P1Y"),
            ("1992", "DATE", "1992"),
            ("June", "DATE", "2000-06"),
            ("five years", "DURATION", "P5Y"),
            ("six-day", "DURATION", "P6D"),
            ("November 1997", "DATE", "1997-11"),
        ],
    ),
    # Sunday 1999-07-18 (ISO week 28), Chinese state agency's flood report from a provincial
    # capital, headline, "TANZHOU, July 18 (Xinhua) --" dateline. "This year's No. 3 flood
    # crest" -> "This year" 1999, the crest number left out; the crest passed "at 4:20 a.m.
    # today" (two TIMEX3); "worked through the night" -> "the night" 1999-07-17TNI, the night
    # before the dawn crest, dated by the evening it begins on (gold_blind15, gold_blind34);
    # "late Saturday night" the same night, one TIME span with its modifier. "By 8 a.m." is a
    # clock time of today (gold_blind31). "since 1954" 1954. Past weekdays: "48 hours on
    # Thursday and Friday" 1999-07-15 and 1999-07-16, "As of 6 p.m. Saturday" 1999-07-17T18:00
    # and 1999-07-17, the working group "on Friday" and the markets "closed on Friday" 1999-07-16.
    # Future weekdays: below the mark "by Tuesday" 1999-07-20, the next crest "on Wednesday or
    # early Thursday" 1999-07-21 and 1999-07-22 ("early Thursday" a DATE, gold_blind22). "in a
    # single day" DURATION P1D (how long a past change took, gold_blind35); "the past 24 hours"
    # PT24H; "the next three days" P3D; "now" PRESENT_REF; "this month" 1999-07; "August" the
    # coming month 1999-08; "until at least July 26" -> "at least July 26" 1999-07-26 (the
    # modifier kept, gold_blind35); "every two hours" SET PT2H, "every hour" SET PT1H; "In 1998"
    # and "last summer" 1998-SU; "last winter" said in July is the winter of 1998-99, 1999-WI
    # (a winter takes the year of its January, gold_blind10, gold_blind103); "this spring"
    # 1999-SP; "in May" 1999-05; "41 days" P41D. Not annotated: "Third" (headline) and "No. 3",
    # "No. 4" (ordinals of crests), "their first test", "until the flood is over" (event-named),
    # "the flood season" (no calendar value, like "the rainy season" in gold_blind78), "day and
    # night" (an idiom like "around the clock"), "yet", "0731-555 1954" (a hotline holding the
    # annotated 1954, after the last span), "36.42 meters", "2.12 meters", "11 centimeters",
    # "280 millimeters", "4.6 meters", "62-kilometer", "420 kilometers", "27 people",
    # "146,000", "30,000", "1,200 boats", "43 leaks", "12 sand boils", yuan amounts, "20 percent".
    "yanxi-river-third-flood-crest-tanzhou": (
        "1999-07-18",
        [
            ("July 18", "DATE", "1999-07-18"),
            ("This year", "DATE", "1999"),
            ("4:20 a.m.", "TIME", "1999-07-18T04:20"),
            ("today", "DATE", "1999-07-18"),
            ("the night", "TIME", "1999-07-17TNI"),
            ("1954", "DATE", "1954"),
            ("8 a.m.", "TIME", "1999-07-18T08:00"),
            ("Tuesday", "DATE", "1999-07-20"),
            ("July 9", "DATE", "1999-07-09"),
            ("48 hours", "DURATION", "PT48H"),
            ("Thursday", "DATE", "1999-07-15"),
            ("Friday", "DATE", "1999-07-16"),
            ("a single day", "DURATION", "P1D"),
            ("6 p.m.", "TIME", "1999-07-17T18:00"),
            ("Saturday", "DATE", "1999-07-17"),
            ("this month", "DATE", "1999-07"),
            ("late Saturday night", "TIME", "1999-07-17TNI"),
            ("the past 24 hours", "DURATION", "PT24H"),
            ("Friday", "DATE", "1999-07-16"),
            ("the next three days", "DURATION", "P3D"),
            ("now", "DATE", "PRESENT_REF"),
            ("Wednesday", "DATE", "1999-07-21"),
            ("early Thursday", "DATE", "1999-07-22"),
            ("August", "DATE", "1999-08"),
            ("every two hours", "SET", "PT2H"),
            ("Friday", "DATE", "1999-07-16"),
            ("at least July 26", "DATE", "1999-07-26"),
            ("1998", "DATE", "1998"),
            ("41 days", "DURATION", "P41D"),
            ("last summer", "DATE", "1998-SU"),
            ("last winter", "DATE", "1999-WI"),
            ("May", "DATE", "1999-05"),
            ("this spring", "DATE", "1999-SP"),
            ("every hour", "SET", "PT1H"),
        ],
    ),
    # Thursday 1998-03-26 (ISO week 13), Taipei agency's company-results story, headline,
    # "Taipei, March 26 (CNA) --" dateline, byline "(By Chen Li-wen)" and "enditem" at the end.
    # "record 1997 profit" (headline) an adjectival year, DATE 1997 (gold_blind35); "said
    # Thursday" the publication day, as are the close "on Thursday" and "at noon" (the Taipei
    # market then closed at noon). "Fourth-quarter" DATE 1997-Q4 (an adjectival quarter, like
    # "first-quarter figures" in gold_blind78) and "the third quarter" 1997-Q3, calendar
    # quarters; "last July" 1997-07 and "last October" 1997-10 (the most recent July and
    # October); "February" 1998-02 and "a year earlier" 1997-02 (the granularity of what it is
    # compared with); "the Lunar New Year holiday, which fell on Jan. 28" -> 1998-01-28 twice
    # (a holiday named for the festival takes its day, gold_blind78); "the second half"
    # 1998-H2; "on Monday" 1998-03-23 (past); "June" and "June 12" ahead, 1998. "the next three
    # years" P3Y; "the third quarter of 1999" one span 1999-Q3; "the end of 2000" 2000; "the
    # middle of this year" 1998, the year's value like "mid-2012" (gold_blind59, gold_blind103);
    # "last week" 1998-W12; "a five-year tax holiday" -> "five-year" DURATION P5Y ("tax holiday"
    # is no holiday of the calendar). Taiwan's government fiscal year then ran from July to
    # June: "fiscal 1998, which ends June 30" FY1998 plus 1998-06-30, "fiscal 1999" FY1999,
    # named by the year they end as written (gold_blind35, gold_blind63); "late April" 1998-04.
    # "reports its sales monthly" SET P1M, while "a monthly capacity" names the period of a
    # figure and is not annotated (gold_blind103); "its March figures" the current month
    # 1998-03, "April 10" 1998-04-10; "this year" 1998; "at least 18 months" P18M. Not
    # annotated: "fifth plant", "third-largest", "Fab 5", "8-inch", "0.25-micron", "Y2K" (a bug's
    # name, gold_blind34), "the Statute for Upgrading Industries", "52" (an age), "may" (the
    # verb), "NT$9.42 billion (US$286 million)" and other amounts, "8,977.35", "61.2 points",
    # percentages, "enditem/mw".
    "hsinlan-semiconductor-1997-profit-new-plant": (
        "1998-03-26",
        [
            ("1997", "DATE", "1997"),
            ("March 26", "DATE", "1998-03-26"),
            ("Thursday", "DATE", "1998-03-26"),
            ("1997", "DATE", "1997"),
            ("June", "DATE", "1998-06"),
            ("Fourth-quarter", "DATE", "1997-Q4"),
            ("the third quarter", "DATE", "1997-Q3"),
            ("last July", "DATE", "1997-07"),
            ("February", "DATE", "1998-02"),
            ("a year earlier", "DATE", "1997-02"),
            ("the Lunar New Year holiday", "DATE", "1998-01-28"),
            ("Jan. 28", "DATE", "1998-01-28"),
            ("the second half", "DATE", "1998-H2"),
            ("Monday", "DATE", "1998-03-23"),
            ("1997", "DATE", "1997"),
            ("June 12", "DATE", "1998-06-12"),
            ("the next three years", "DURATION", "P3Y"),
            ("the third quarter of 1999", "DATE", "1999-Q3"),
            ("the end of 2000", "DATE", "2000"),
            ("the middle of this year", "DATE", "1998"),
            ("last October", "DATE", "1997-10"),
            ("last week", "DATE", "1998-W12"),
            ("five-year", "DURATION", "P5Y"),
            ("fiscal 1998", "DATE", "FY1998"),
            ("June 30", "DATE", "1998-06-30"),
            ("fiscal 1999", "DATE", "FY1999"),
            ("late April", "DATE", "1998-04"),
            ("Thursday", "DATE", "1998-03-26"),
            ("noon", "TIME", "1998-03-26T12:00"),
            ("1987", "DATE", "1987"),
            ("1994", "DATE", "1994"),
            ("monthly", "SET", "P1M"),
            ("March", "DATE", "1998-03"),
            ("April 10", "DATE", "1998-04-10"),
            ("this year", "DATE", "1998"),
            ("at least 18 months", "DURATION", "P18M"),
        ],
    ),
    # Friday 1998-11-27 (ISO week 48), Seoul agency's market report, headline, "SEOUL, Nov. 27
    # (Yonhap) --" dateline, "(END)" at the end. "closed higher Friday" the publication day; "in
    # the afternoon" -> "the afternoon" 1998-11-27TAF; the closing bell "at 3 p.m." that day.
    # "11-month high" (headline) and "in 11 months" DURATION P11M, the period of a superlative
    # (gold_blind35, gold_blind78), like "a 12-year low" P12Y. "since Oct. 2 last year" and
    # "since Dec. 24 last year" one span each, 1997-10-02 and 1997-12-24, like "April next
    # year" (gold_blind31) and "September last year" (gold_blind18). "this week" 1998-W48;
    # "this year's low" -> "this year" 1998; "June 16" 1998-06-16 and "in June" 1998-06; "the
    # end of June" 1998-06; "Since October" 1998-10; "a year ago" 1997 (the unit's
    # granularity); "Thursday's close" -> "Thursday" 1998-11-26 (past), the policy meeting "on
    # Thursday" 1998-12-03 (future), "announced Tuesday" 1998-11-24; "now" PRESENT_REF; "the
    # past two weeks" P2W; "early next week" 1998-W49 (gold_blind32); "by Dec. 15" 1998-12-15;
    # "the Bank of Korea's monthly policy meeting" -> "monthly" SET P1M, an adjectival
    # frequency naming a recurring meeting, like "its weekly meeting" (gold_blind78); "December
    # delivery" the coming month 1998-12 (gold_blind6, gold_blind38); "three-year corporate
    # bonds" -> "three-year" DURATION P3Y, a maturity like "the benchmark 10-year note"
    # (gold_blind38); "in 1997"; "the end of the year" 1998; "tomorrow" 1998-11-28 with "9:30
    # a.m." and "11:30 a.m." that day; "every Saturday" SET XXXX-WXX-6. Not annotated: "a third
    # straight session", "an eighth consecutive session" (trading-session words,
    # gold_blind23, gold_blind33), "the closing bell", "KOSPI 200" (an index name), index
    # levels and points ("478.35", "9.87 points", "280.00", "61.30", "1.25 points"), "1,241.50
    # per dollar", "12.30 won", "68,400 won", share counts, "612 to 227", "8.92 percent", "0.18
    # percentage point", "the top five business groups", "550", other percentages and amounts.
    "seoul-stocks-won-eleven-month-high": (
        "1998-11-27",
        [
            ("11-month", "DURATION", "P11M"),
            ("Nov. 27", "DATE", "1998-11-27"),
            ("Friday", "DATE", "1998-11-27"),
            ("11 months", "DURATION", "P11M"),
            ("Oct. 2 last year", "DATE", "1997-10-02"),
            ("the afternoon", "TIME", "1998-11-27TAF"),
            ("this week", "DATE", "1998-W48"),
            ("this year", "DATE", "1998"),
            ("June 16", "DATE", "1998-06-16"),
            ("3 p.m.", "TIME", "1998-11-27T15:00"),
            ("October", "DATE", "1998-10"),
            ("a year ago", "DATE", "1997"),
            ("Thursday", "DATE", "1998-11-26"),
            ("Dec. 24 last year", "DATE", "1997-12-24"),
            ("the end of June", "DATE", "1998-06"),
            ("now", "DATE", "PRESENT_REF"),
            ("the past two weeks", "DURATION", "P2W"),
            ("early next week", "DATE", "1998-W49"),
            ("Dec. 15", "DATE", "1998-12-15"),
            ("monthly", "SET", "P1M"),
            ("Thursday", "DATE", "1998-12-03"),
            ("Tuesday", "DATE", "1998-11-24"),
            ("December", "DATE", "1998-12"),
            ("three-year", "DURATION", "P3Y"),
            ("1997", "DATE", "1997"),
            ("12-year", "DURATION", "P12Y"),
            ("June", "DATE", "1998-06"),
            ("the end of the year", "DATE", "1998"),
            ("tomorrow", "DATE", "1998-11-28"),
            ("9:30 a.m.", "TIME", "1998-11-28T09:30"),
            ("11:30 a.m.", "TIME", "1998-11-28T11:30"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
        ],
    ),
    # Wednesday 2000-08-30 (ISO week 35), Hanoi agency's infrastructure story, headline, "HANOI,
    # Aug. 30 (VNA) --" dateline; "announced here today" the publication day. The bridge opens
    # "at 8 a.m. on Friday, Sept. 1" (a clock time and its day two TIMEX3, the weekday and date
    # one DATE span, gold_blind35), "a day before National Day" -> "a day" DURATION P1D (a
    # duration anchored to an event, gold_blind35) and "National Day" 2000-09-02 (headline and
    # body; a holiday on the day it falls on, gold_blind78); "National Day falls on Saturday this
    # year" -> "National Day", "Saturday" 2000-09-02 and "this year" 2000; "Monday, Sept. 4" one
    # DATE span. "March 1998" 1998-03; "in 29 months" DURATION P29M; "about three months ahead
    # of schedule" P3M (the size of a shift, gold_blind78); "(Sept. 2, 1945)" 1945-09-02;
    # "October" 2000-10. "Until now" -> "now" PRESENT_REF. The ferry's timetable "every 15
    # minutes from 5 a.m. to 10 p.m." and the trucks' hours "between 9 p.m. and 6 a.m. every
    # night" are recurring hours XXXX-XX-XXThh:mm beside their SETs (gold_blind28, gold_blind34);
    # "for hours" -> "hours" PTXH (gold_blind6, gold_blind15); the last crossing "at midnight
    # on Sept. 1" -> "midnight" 2000-09-01T24:00, the midnight that ends that day (gold_blind75,
    # gold_blind103), and "Sept. 1". "the 1996-2000 socio-economic development plan" one DATE
    # per year (gold_blind31); "by 2010" 2010. Future weekdays: "three-day" festival from
    # "Thursday evening" 2000-08-31TEV; streets closed "from 7 p.m. to 11 p.m. on Saturday"
    # 2000-09-02; the broadcast "at 7:45 a.m. on Friday" 2000-09-01. "the first quarter of next
    # year" 2001-Q1; "four years" P4Y; "Tet, which falls on Jan. 24 next year" -> "Tet" and
    # "Jan. 24 next year" both 2001-01-24 (the lunar new year of 2001; "April next year" one
    # span, gold_blind31). "Aug. 21" 2000-08-21 and "this year" 2000; "August 1971" 1971-08;
    # "Since 1995" 1995. Not annotated: "the 55th anniversary", "the 990th anniversary of Thang
    # Long-Hanoi" (ordinals of anniversaries, gold_blind31, gold_blind78), "the rainy season"
    # (gold_blind78), "Highway 205" (twice), "1,560-metre", "12 km", "10 tonnes", "9.8
    # metres", "620-billion-dong (44 million U.S. dollars)", "12 major transport projects",
    # "400 bridges", "its last crossing", "The opening ceremony".
    "hanoi-dong-lam-bridge-national-day": (
        "2000-08-30",
        [
            ("National Day", "DATE", "2000-09-02"),
            ("Aug. 30", "DATE", "2000-08-30"),
            ("8 a.m.", "TIME", "2000-09-01T08:00"),
            ("Friday, Sept. 1", "DATE", "2000-09-01"),
            ("a day", "DURATION", "P1D"),
            ("National Day", "DATE", "2000-09-02"),
            ("today", "DATE", "2000-08-30"),
            ("March 1998", "DATE", "1998-03"),
            ("29 months", "DURATION", "P29M"),
            ("about three months", "DURATION", "P3M"),
            ("Sept. 2, 1945", "DATE", "1945-09-02"),
            ("October", "DATE", "2000-10"),
            ("now", "DATE", "PRESENT_REF"),
            ("every 15 minutes", "SET", "PT15M"),
            ("5 a.m.", "TIME", "XXXX-XX-XXT05:00"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("hours", "DURATION", "PTXH"),
            ("midnight", "TIME", "2000-09-01T24:00"),
            ("Sept. 1", "DATE", "2000-09-01"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("1996", "DATE", "1996"),
            ("2000", "DATE", "2000"),
            ("2010", "DATE", "2010"),
            ("three-day", "DURATION", "P3D"),
            ("Thursday evening", "TIME", "2000-08-31TEV"),
            ("7 p.m.", "TIME", "2000-09-02T19:00"),
            ("11 p.m.", "TIME", "2000-09-02T23:00"),
            ("Saturday", "DATE", "2000-09-02"),
            ("National Day", "DATE", "2000-09-02"),
            ("Saturday", "DATE", "2000-09-02"),
            ("this year", "DATE", "2000"),
            ("Monday, Sept. 4", "DATE", "2000-09-04"),
            ("the first quarter of next year", "DATE", "2001-Q1"),
            ("four years", "DURATION", "P4Y"),
            ("Tet", "DATE", "2001-01-24"),
            ("Jan. 24 next year", "DATE", "2001-01-24"),
            ("Aug. 21", "DATE", "2000-08-21"),
            ("this year", "DATE", "2000"),
            ("August 1971", "DATE", "1971-08"),
            ("1995", "DATE", "1995"),
            ("7:45 a.m.", "TIME", "2000-09-01T07:45"),
            ("Friday", "DATE", "2000-09-01"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
