"""Annotations of blind gold set 452, chosen by hand before the tagger ran.

    python tests/data/gold_blind452/annotate.py [--show]

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
    # Tuesday 1998-06-09 (ISO week 24), Chinese state agency's wire in Xinhua-like English,
    # headline, "KOTA SERI, June 9 (Xinlian) --" dateline (its date the publication day,
    # gold_blind31), "Enditem" at the foot. "here today" -> "today" ("here" never in a span,
    # gold_blind31, gold_blind34). Past: "arrived here Monday afternoon" 1998-06-08TAF, talks
    # "on Monday evening" 1998-06-08TEV and "this morning" 1998-06-09TMO, the banquet "on
    # Monday night" 1998-06-08TNI. Future: "Wednesday morning" 1998-06-10TMO, then "in the
    # afternoon" -> "the afternoon" 1998-06-10TAF (the afternoon of that Wednesday, like "the
    # afternoon" in gold_blind6 and gold_blind26), "on Thursday" 1998-06-11 "after a farewell
    # ceremony at 9 a.m." 1998-06-11T09:00 (a clock time on the day of its sentence).
    # "11:30 a.m. local time (0330 GMT)": two TIMEs, the local one 1998-06-09T11:30 and GMT
    # 1998-06-09T03:30, zone words in the span and not in the value (gold_blind28). "in seven
    # years" after "the first by an African head of state" DURATION P7Y (period of a "first
    # in", gold_blind35). "a three-year education program for 1998-2000" -> "three-year" P3Y,
    # "1998" and "2000" (a year range one DATE per year, gold_blind31). "the first four
    # months of this year" -> "the first four months" P4M and "this year" 1998 (gold_blind34);
    # "last year" 1997 and "the previous year" 1996 (gold_blind31). "from October" 1998-10
    # (future). "the first half of next year" 1999-H1 (calendar half, gold_blind31). "Over the
    # past five years" -> "the past five years" P5Y. "the 21st century" 20 (gold_blind31),
    # "the year 2000" one span 2000 (gold_blind35). "Aug. 3" 1998-08-03, "runs for 10 days"
    # P10D; "four years after Mbaruka's independence" P4Y (anchored duration, gold_blind34);
    # "the end of this year" 1998 (the year's value, gold_blind31); "this year ... in March"
    # 1998 and 1998-03. "twice a week" SET P1W, "every year" and "once a year" SET P1Y.
    # "four-day" P4D. Not annotated: "the first" visit and "second trip" (ordinals of
    # events, gold_blind31), "Its first session", "a 60-member delegation",
    # "Airbus A310" (a model number), "the Group of 77" (a name holding a number), "58" (an
    # age), "40 Mbarukan students", "five cooperation agreements", "86 million U.S. dollars",
    # "23 percent", "31 million dollars", "140 million dollars", "Mbaruka's independence" (an
    # event), "Enditem".
    "seranga-mbaruka-state-visit-agreements": (
        "1998-06-09",
        [
            ("June 9", "DATE", "1998-06-09"),
            ("today", "DATE", "1998-06-09"),
            ("four-day", "DURATION", "P4D"),
            ("seven years", "DURATION", "P7Y"),
            ("Monday afternoon", "TIME", "1998-06-08TAF"),
            ("Monday evening", "TIME", "1998-06-08TEV"),
            ("this morning", "TIME", "1998-06-09TMO"),
            ("11:30 a.m. local time", "TIME", "1998-06-09T11:30"),
            ("0330 GMT", "TIME", "1998-06-09T03:30"),
            ("twice a week", "SET", "P1W"),
            ("October", "DATE", "1998-10"),
            ("three-year", "DURATION", "P3Y"),
            ("1998", "DATE", "1998"),
            ("2000", "DATE", "2000"),
            ("every year", "SET", "P1Y"),
            ("once a year", "SET", "P1Y"),
            ("the first half of next year", "DATE", "1999-H1"),
            ("last year", "DATE", "1997"),
            ("the previous year", "DATE", "1996"),
            ("the first four months", "DURATION", "P4M"),
            ("this year", "DATE", "1998"),
            ("the past five years", "DURATION", "P5Y"),
            ("this afternoon", "TIME", "1998-06-09TAF"),
            ("Monday night", "TIME", "1998-06-08TNI"),
            ("November 1995", "DATE", "1995-11"),
            ("the 21st century", "DATE", "20"),
            ("the year 2000", "DATE", "2000"),
            ("Aug. 3", "DATE", "1998-08-03"),
            ("10 days", "DURATION", "P10D"),
            ("1967", "DATE", "1967"),
            ("four years", "DURATION", "P4Y"),
            ("1994", "DATE", "1994"),
            ("the end of this year", "DATE", "1998"),
            ("Wednesday morning", "TIME", "1998-06-10TMO"),
            ("the afternoon", "TIME", "1998-06-10TAF"),
            ("Thursday", "DATE", "1998-06-11"),
            ("9 a.m.", "TIME", "1998-06-11T09:00"),
            ("this year", "DATE", "1998"),
            ("March", "DATE", "1998-03"),
        ],
    ),
    # Sunday 1999-03-07 (ISO week 9), international agency's quake follow-up in AFP-like
    # style, headline, "KHORVAN, Kestan, March 7 (AMP) -" dateline. "said Sunday" the
    # publication day. The quake struck "at 4:47 a.m. local time on Friday (2347 GMT
    # Thursday)": 1999-03-05T04:47, "Friday" 1999-03-05, 1999-03-04T23:47 and "Thursday"
    # 1999-03-04, the GMT time on its own day (gold_blind28). "Friday's earthquake" ->
    # "Friday" (possessive left out). Story line: "by Friday evening" 1999-03-05TEV; "The next
    # day" 1999-03-06, anchored on the Friday just told (gold_blind32); "working through the
    # night" -> "the night" 1999-03-06TNI, the night after that next day, which ended with
    # Sunday's figure (gold_blind34, gold_blind103); "flew to Khorvan on Friday and that
    # evening declared" -> "that evening" 1999-03-05TEV (gold_blind8); "three days of national
    # mourning starting on Monday" P3D and 1999-03-08; "until Wednesday" 1999-03-10 (future,
    # the last of the three days); "on Saturday morning" 1999-03-06TMO and "at about 2 p.m."
    # 1999-03-06T14:00 (a clock time on the day of its sentence); "since Friday"; "11:20 p.m.
    # on Saturday" 1999-03-06T23:20 and the DATE; "early Sunday" DATE 1999-03-07 (gold_blind44,
    # gold_blind103); "since Saturday" 1999-03-06. "The first 72 hours" DURATION PT72H (an
    # ordinal period of an event, like "The first week" in gold_blind35). "over the next two
    # weeks" P2W; "in the coming days" PXD (gold_blind31); "every day for at least 10 days"
    # SET P1D and DURATION P10D; "now" PRESENT_REF; "the Navruz holiday on March 21" two DATEs
    # 1999-03-21 (a holiday on the day it falls, beside the date that names it, gold_blind78);
    # "since 1949" and "In 1949" 1949; "two years" twice P2Y; "each evening" SET
    # XXXX-XX-XXTEV (gold_blind31); "May 1995". Not annotated: "6.4 on the Richter scale",
    # "magnitude 5.1", "614", "212", "480", "134", "some 40 villages", "about 5,000 people",
    # "2,000 metres" (a height that reads like a year in a 1999 story), "minus 9 C (16 F)",
    # "Night temperatures" (an adjectival part of day naming a kind of reading, gold_blind21),
    # "After that" (anaphoric), "the last rescue", "28-member", "nine-year-old", "44" (ages),
    # "At least 14 aftershocks", "3,200 tents", "40 tonnes", "20 million dollars", "11,000",
    # "23 people", "Route M-41", "www.mes.gov.ks/quake1999" (a web address holding the year).
    "kestan-khorvan-earthquake-toll": (
        "1999-03-07",
        [
            ("March 7", "DATE", "1999-03-07"),
            ("Sunday", "DATE", "1999-03-07"),
            ("Friday", "DATE", "1999-03-05"),
            ("4:47 a.m. local time", "TIME", "1999-03-05T04:47"),
            ("Friday", "DATE", "1999-03-05"),
            ("2347 GMT", "TIME", "1999-03-04T23:47"),
            ("Thursday", "DATE", "1999-03-04"),
            ("1949", "DATE", "1949"),
            ("Friday evening", "TIME", "1999-03-05TEV"),
            ("The next day", "DATE", "1999-03-06"),
            ("the night", "TIME", "1999-03-06TNI"),
            ("Friday", "DATE", "1999-03-05"),
            ("that evening", "TIME", "1999-03-05TEV"),
            ("three days", "DURATION", "P3D"),
            ("Monday", "DATE", "1999-03-08"),
            ("Wednesday", "DATE", "1999-03-10"),
            ("The first 72 hours", "DURATION", "PT72H"),
            ("Saturday morning", "TIME", "1999-03-06TMO"),
            ("about 2 p.m.", "TIME", "1999-03-06T14:00"),
            ("Friday", "DATE", "1999-03-05"),
            ("11:20 p.m.", "TIME", "1999-03-06T23:20"),
            ("Saturday", "DATE", "1999-03-06"),
            ("the next two weeks", "DURATION", "P2W"),
            ("early Sunday", "DATE", "1999-03-07"),
            ("the coming days", "DURATION", "PXD"),
            ("Saturday", "DATE", "1999-03-06"),
            ("every day", "SET", "P1D"),
            ("at least 10 days", "DURATION", "P10D"),
            ("now", "DATE", "PRESENT_REF"),
            ("the Navruz holiday", "DATE", "1999-03-21"),
            ("March 21", "DATE", "1999-03-21"),
            ("1949", "DATE", "1949"),
            ("two years", "DURATION", "P2Y"),
            ("two years", "DURATION", "P2Y"),
            ("each evening", "SET", "XXXX-XX-XXTEV"),
            ("May 1995", "DATE", "1995-05"),
        ],
    ),
    # Friday 1998-12-11 (ISO week 50), Japanese agency's economic wire in Kyodo-like style,
    # headline, "TOKYO, Dec. 11 Hinode -" dateline. "said Friday" the publication day. The
    # Japanese government's year runs April-March and is named by the year it ends (gold_blind28,
    # gold_blind63; the Japanese "fiscal 1998" naming by the year it begins is avoided, as in
    # gold_blind63 and gold_blind96): "the current fiscal year, which ends March 31" -> FY1999
    # and 1999-03-31; "the previous fiscal year" FY1998; "the next fiscal year, which starts
    # April 1" FY2000 and 1999-04-01. "at 3 p.m. (0600 GMT)" 1998-12-11T15:00 and T06:00 (JST
    # is GMT+9). "repayable over 40 years, including a 10-year grace period" P40Y and P10Y;
    # "every six months" SET P6M. Future: "on Tuesday" 1998-12-15, "in February" 1999-02,
    # "on Sunday" 1998-12-13, "five-day" P5D, "on Monday afternoon" 1998-12-14TAF, "repayments
    # due next year" 1999 (the calendar year: Phalong's repayments, not a Japanese fiscal
    # year), "by the end of January" 1999-01, "by mid-1999" 1999 (gold_blind59), "two weeks"
    # P2W "from Jan. 18" 1999-01-18. "a day after" DURATION P1D (anchored, gold_blind78). "the
    # July-September quarter" 1998-Q3 (a quarter named by calendar months, gold_blind28), "a
    # year earlier" after it 1997-Q3; "this year" 1998; "since 1982"; "since July 1997";
    # "November" 1998-11; "the highest in more than a decade" P10Y (period of a superlative);
    # "the early 1980s" 198; "last month" 1998-11; "September" and "October" 1998 (past
    # floods); "at least two years" P2Y; "last week" 1998-W49. Not annotated: "an annual
    # interest rate" (an adjective naming the period of a rate, not a recurrence, like "a
    # monthly rise" in gold_blind23), "the third straight quarterly decline" (likewise, and an
    # ordinal), "0.75 percent", "62.4 billion yen", "33 billion yen", "280 billion yen", "5.8
    # percent", "4 to 5 percent", "60 percent", "41 percent", "240-megawatt", "National Road
    # 13", "20,000 tons", "about a quarter" (a fraction of a crop, not a quarter of a year),
    # "the Asian economic crisis" (an event), "Hinode" (the agency).
    "japan-phalong-yen-loans": (
        "1998-12-11",
        [
            ("Dec. 11", "DATE", "1998-12-11"),
            ("Friday", "DATE", "1998-12-11"),
            ("the current fiscal year", "DATE", "FY1999"),
            ("March 31", "DATE", "1999-03-31"),
            ("3 p.m.", "TIME", "1998-12-11T15:00"),
            ("0600 GMT", "TIME", "1998-12-11T06:00"),
            ("40 years", "DURATION", "P40Y"),
            ("10-year", "DURATION", "P10Y"),
            ("every six months", "SET", "P6M"),
            ("Tuesday", "DATE", "1998-12-15"),
            ("February", "DATE", "1999-02"),
            ("the previous fiscal year", "DATE", "FY1998"),
            ("1975", "DATE", "1975"),
            ("the next fiscal year", "DATE", "FY2000"),
            ("April 1", "DATE", "1999-04-01"),
            ("a day", "DURATION", "P1D"),
            ("the July-September quarter", "DATE", "1998-Q3"),
            ("a year earlier", "DATE", "1997-Q3"),
            ("this year", "DATE", "1998"),
            ("1982", "DATE", "1982"),
            ("July 1997", "DATE", "1997-07"),
            ("November", "DATE", "1998-11"),
            ("more than a decade", "DURATION", "P10Y"),
            ("Sunday", "DATE", "1998-12-13"),
            ("five-day", "DURATION", "P5D"),
            ("Monday afternoon", "TIME", "1998-12-14TAF"),
            ("next year", "DATE", "1999"),
            ("the early 1980s", "DATE", "198"),
            ("last month", "DATE", "1998-11"),
            ("the end of January", "DATE", "1999-01"),
            ("September", "DATE", "1998-09"),
            ("October", "DATE", "1998-10"),
            ("mid-1999", "DATE", "1999"),
            ("at least two years", "DURATION", "P2Y"),
            ("last week", "DATE", "1998-W49"),
            ("two weeks", "DURATION", "P2W"),
            ("Jan. 18", "DATE", "1999-01-18"),
        ],
    ),
    # Wednesday 2000-10-18 (ISO week 42), African agency's economic wire in PANA-like style,
    # an agency date line "APNA 18/10/2000" (day first, like "28.10.2014" in gold_blind78 and
    # "14/05/2013" in gold_blind70), headline, "Amakrom, Dambara (APNA) -" dateline without
    # date. Dambara's fiscal year runs July-June and is named by the year it ends: "the
    # 1999/2000 fiscal year, which ended on 30 June" one DATE span FY2000 (like "the 2016/17
    # financial year" FY2017 in gold_blind21) and 2000-06-30; the headline's bare "1999/2000"
    # FY2000 too (like a bare "2015-16" in gold_blind63, the fiscal year being given in the
    # lead); "the previous fiscal year" FY1999; "the current fiscal year, which began on 1
    # July" FY2001 and 2000-07-01; "the fiscal year to June" -> "the fiscal year" FY2000 and
    # "June" 2000-06, split like "the fiscal year to March 2008" (gold_blind28). "released
    # here on Wednesday" the publication day, "on Wednesday morning" 2000-10-18TMO. "lowest
    # level in 27 years" P27Y (period of a superlative). "between October 1999 and March 2000"
    # two DATEs; "the smallest since 1993"; "in June" 2000-06 and "a year earlier" 1999-06;
    # "September" 2000-09 twice; "since January" 2000-01 (past) but "monthly from January"
    # 2001-01 (future), the same month both ways; "the three months to September" -> "the
    # three months" P3M and "September" (gold_blind23); "now" PRESENT_REF; "monthly" SET P1M,
    # "a weekly foreign exchange auction" -> "weekly" SET P1W (an adjectival frequency naming a
    # recurrence, gold_blind28); "the coming weeks" PXW; "three-year" P3Y, "March 1999", "next
    # month" 2000-11, "two weeks" P2W; "by 2003" 2003 (a calendar year as written); "14
    # November" 2000-11-14, "three weeks before" P3W (anchored), "7 December" 2000-12-07;
    # "every year since 1994" SET P1Y and DATE 1994; "a decade" P10Y; "the 1980s" 198. Not
    # annotated: "has since risen" (anaphoric), "twice" (a count), "4.1 percent", "3.2
    # percent", "12 percent", "18 percent", "286,000 tonnes", "8.7 percent", "13.9 percent",
    # "10.4 percent", "31 percent", "24 percent", "4.5 percent", "30 dollars a barrel", "8.2
    # percent", "5 percent", "between 3 and 5 percent", "19 million people", "third-largest",
    # "15-member", "(021) 66 2000" (a phone number ending in a year-like 2000, in a story
    # with "March 2000"), "APNA".
    "dambara-central-bank-growth-1999-2000": (
        "2000-10-18",
        [
            ("18/10/2000", "DATE", "2000-10-18"),
            ("1999/2000", "DATE", "FY2000"),
            ("the 1999/2000 fiscal year", "DATE", "FY2000"),
            ("30 June", "DATE", "2000-06-30"),
            ("the previous fiscal year", "DATE", "FY1999"),
            ("Wednesday", "DATE", "2000-10-18"),
            ("Wednesday morning", "TIME", "2000-10-18TMO"),
            ("27 years", "DURATION", "P27Y"),
            ("October 1999", "DATE", "1999-10"),
            ("March 2000", "DATE", "2000-03"),
            ("1993", "DATE", "1993"),
            ("June", "DATE", "2000-06"),
            ("a year earlier", "DATE", "1999-06"),
            ("September", "DATE", "2000-09"),
            ("January", "DATE", "2000-01"),
            ("the three months", "DURATION", "P3M"),
            ("September", "DATE", "2000-09"),
            ("the current fiscal year", "DATE", "FY2001"),
            ("1 July", "DATE", "2000-07-01"),
            ("now", "DATE", "PRESENT_REF"),
            ("monthly", "SET", "P1M"),
            ("January", "DATE", "2001-01"),
            ("weekly", "SET", "P1W"),
            ("the coming weeks", "DURATION", "PXW"),
            ("three-year", "DURATION", "P3Y"),
            ("March 1999", "DATE", "1999-03"),
            ("next month", "DATE", "2000-11"),
            ("two weeks", "DURATION", "P2W"),
            ("the fiscal year", "DATE", "FY2000"),
            ("June", "DATE", "2000-06"),
            ("2003", "DATE", "2003"),
            ("14 November", "DATE", "2000-11-14"),
            ("three weeks", "DURATION", "P3W"),
            ("7 December", "DATE", "2000-12-07"),
            ("every year", "SET", "P1Y"),
            ("1994", "DATE", "1994"),
            ("a decade", "DURATION", "P10Y"),
            ("the 1980s", "DATE", "198"),
        ],
    ),
    # Monday 1999-08-16 (ISO week 33), South Asian national agency's flood wire, headline,
    # "DEVNAGAR, Aug 16 (BNS) -" dateline; "today" the publication day. "overnight" (told on
    # Monday) is the night begun on Sunday evening, 1999-08-15TNI (gold_blind21, gold_blind34).
    # "the 24 hours to 8 a.m. this morning" -> "the 24 hours" PT24H, "8 a.m." 1999-08-16T08:00
    # and "this morning" 1999-08-16TMO, two TIMEs like "8.30am BST this morning"
    # (gold_blind74); "a bulletin issued at 10 a.m." 1999-08-16T10:00 (the day of its
    # sentence). "since the floods began in late July" 1999-07. Past: "6 p.m. on Sunday"
    # 1999-08-15T18:00 and the DATE, rain "on Saturday and Sunday" 1999-08-14 and 1999-08-15,
    # "a three-day regional tour on Saturday night" P3D and 1999-08-14TNI, "on Sunday
    # afternoon" 1999-08-15TAF, "that evening" 1999-08-15TEV (the evening of that Sunday),
    # "since Thursday" 1999-08-12, "twice a day on Sunday" SET P1D and 1999-08-15. Future:
    # "for at least 48 hours" PT48H, "peaking on Wednesday" 1999-08-18, "over the next three
    # days" P3D, "by the weekend" 1999-W33-WE (21-22 August), "until Aug 31" 1999-08-31, "in
    # November" 1999-11, "in the coming days" PXD. "more than a week" P1W; "this year's floods"
    # -> "this year" 1999; "since 1988"; "for nearly two months" P2M; "Last year's floods, from
    # mid-July to mid-September" -> "Last year" 1998, "mid-July" 1998-07, "mid-September"
    # 1998-09 (months of the year just named); "planted in June and July" 1999-06 and 1999-07;
    # "every week" SET P1W; "daily clinics" -> "daily" SET P1D (an adjectival frequency naming
    # a recurrence, gold_blind33); "since Aug 1" 1999-08-01. Not annotated: "round the clock"
    # (an idiom, gold_blind35), "955-1988" (a phone number holding 1988, after the annotated
    # "1988"), "187", "six more points", "Thirty-one people", "3.2 million", "19 districts",
    # "410,000", "1,240 relief camps", "84 centimetres", "20 kilograms", "2,500 troops", "180
    # boats", "half the country", "more than 900 people", "310,000 hectares", "at least 15
    # percent", "more than 21,000 patients", "the Bay of Bengal", "aman paddy" (a crop named
    # by its season, no calendar value), "until the water recedes" (event-named).
    "bhadravar-baruni-floods-toll": (
        "1999-08-16",
        [
            ("Aug 16", "DATE", "1999-08-16"),
            ("today", "DATE", "1999-08-16"),
            ("overnight", "TIME", "1999-08-15TNI"),
            ("the 24 hours", "DURATION", "PT24H"),
            ("8 a.m.", "TIME", "1999-08-16T08:00"),
            ("this morning", "TIME", "1999-08-16TMO"),
            ("10 a.m.", "TIME", "1999-08-16T10:00"),
            ("late July", "DATE", "1999-07"),
            ("6 p.m.", "TIME", "1999-08-15T18:00"),
            ("Sunday", "DATE", "1999-08-15"),
            ("at least 48 hours", "DURATION", "PT48H"),
            ("Wednesday", "DATE", "1999-08-18"),
            ("Saturday", "DATE", "1999-08-14"),
            ("Sunday", "DATE", "1999-08-15"),
            ("the next three days", "DURATION", "P3D"),
            ("the weekend", "DATE", "1999-W33-WE"),
            ("three-day", "DURATION", "P3D"),
            ("Saturday night", "TIME", "1999-08-14TNI"),
            ("Sunday afternoon", "TIME", "1999-08-15TAF"),
            ("Aug 31", "DATE", "1999-08-31"),
            ("every week", "SET", "P1W"),
            ("that evening", "TIME", "1999-08-15TEV"),
            ("Thursday", "DATE", "1999-08-12"),
            ("twice a day", "SET", "P1D"),
            ("Sunday", "DATE", "1999-08-15"),
            ("more than a week", "DURATION", "P1W"),
            ("this year", "DATE", "1999"),
            ("1988", "DATE", "1988"),
            ("nearly two months", "DURATION", "P2M"),
            ("Last year", "DATE", "1998"),
            ("mid-July", "DATE", "1998-07"),
            ("mid-September", "DATE", "1998-09"),
            ("June", "DATE", "1999-06"),
            ("July", "DATE", "1999-07"),
            ("November", "DATE", "1999-11"),
            ("the coming days", "DURATION", "PXD"),
            ("daily", "SET", "P1D"),
            ("Aug 1", "DATE", "1999-08-01"),
        ],
    ),
    # Thursday 2000-02-24 (ISO week 8), Southeast Asian national agency's economic wire in
    # Bernama-like style, headline, "KUALA TEMBARA, Feb 24 (TNA) --" dateline; "said here
    # today" and "closed ... today" the publication day. The headline's "fourth quarter"
    # without the article and "the fourth quarter of 1999" 1999-Q4 (a country's quarters are
    # calendar ones, gold_blind31), "a year earlier" after it 1998-Q4; "its strongest growth in
    # more than two years" P2Y (period of a superlative); "released ... on Wednesday"
    # 2000-02-23; "for 1999 as a whole" -> "1999" (gold_blind78); "1998"; "the third quarter"
    # 1999-Q3 (the quarter before the one reported); "now" PRESENT_REF; "four consecutive
    # quarters" P4Q (a cardinal run, like "three consecutive quarters" P3Q in gold_blind31);
    # "growth in 2000"; "the first quarter of this year" 2000-Q1 and "the last quarter of 1999"
    # 1999-Q4 (one span each, like "the first half of this year"); "the mid-1990s" 199;
    # "Exports in January ... year-on-year" 2000-01 and 1999-01 (the month compared with,
    # gold_blind78); "the Chinese New Year, which fell on Feb 5" two DATEs 2000-02-05 (a
    # holiday on its day, "Lunar New Year" in gold_blind57), "11 days earlier than last year"
    # P11D (the size of a shift, gold_blind78; the festival fell on 16 February 1999) and
    # "last year" 1999; "December" and "the end of December" 1999-12, "a year earlier" after
    # it 1998-12; "since mid-1997" 1997 (gold_blind59); "since last August" 1999-08; "in March"
    # 2000-03 (future); "since October 1998"; "on Feb 15" 2000-02-15; "a year ago" 1999 (the
    # unit's granularity); "From next month" 2000-03; "every two weeks" SET P2W and
    # "monthly" SET P1M; "the New Year weekend" 1999-W52-WE (Saturday 1 and Sunday 2 January
    # 2000 lie in ISO week 52 of 1999; a holiday weekend takes the week of its Saturday,
    # gold_blind103); "Jan 3" 2000-01-03; "an 18-month stimulus package" P18M; "on Monday"
    # 2000-02-28 (future); "its 2001 budget" 2001 (an adjectival year) "in October" 2000-10;
    # "the Eighth Tembara Plan (2001-2005)" -> 2001 and 2005 (the plan's name not annotated,
    # gold_blind31); "in June" 2000-06; "since Jan 11" 2000-01-11. Not annotated: "Y2K" (a
    # name of a problem, gold_blind34), "Tembara 2020" (a name holding a year, gold_blind78),
    # "the Eighth Tembara Plan", "5.8 pct", "6.9 percent", "4.7 percent", "4.4 percent", "6
    # to 6.5 percent", "the 8 percent growth rates", "18.6 percent", "19.4 billion mas",
    # "11.2 percent", "3.1 percent", "3.9 percent", "5.5 percent", "2.65 to the U.S. dollar",
    # "34.2 billion U.S. dollars", "28.7 billion dollars", "1.2 million cheques", "3 billion
    # mas", "1,024.66 points", "1.3 percent", "its next policy meeting" (an event), "the
    # regional financial crisis" (an event).
    "tembara-fourth-quarter-growth": (
        "2000-02-24",
        [
            ("fourth quarter", "DATE", "1999-Q4"),
            ("Feb 24", "DATE", "2000-02-24"),
            ("the fourth quarter of 1999", "DATE", "1999-Q4"),
            ("a year earlier", "DATE", "1998-Q4"),
            ("more than two years", "DURATION", "P2Y"),
            ("today", "DATE", "2000-02-24"),
            ("Wednesday", "DATE", "2000-02-23"),
            ("1999", "DATE", "1999"),
            ("1998", "DATE", "1998"),
            ("the third quarter", "DATE", "1999-Q3"),
            ("now", "DATE", "PRESENT_REF"),
            ("four consecutive quarters", "DURATION", "P4Q"),
            ("2000", "DATE", "2000"),
            ("the first quarter of this year", "DATE", "2000-Q1"),
            ("the last quarter of 1999", "DATE", "1999-Q4"),
            ("the mid-1990s", "DATE", "199"),
            ("January", "DATE", "2000-01"),
            ("year-on-year", "DATE", "1999-01"),
            ("the Chinese New Year", "DATE", "2000-02-05"),
            ("Feb 5", "DATE", "2000-02-05"),
            ("11 days", "DURATION", "P11D"),
            ("last year", "DATE", "1999"),
            ("December", "DATE", "1999-12"),
            ("mid-1997", "DATE", "1997"),
            ("the end of December", "DATE", "1999-12"),
            ("a year earlier", "DATE", "1998-12"),
            ("last August", "DATE", "1999-08"),
            ("March", "DATE", "2000-03"),
            ("October 1998", "DATE", "1998-10"),
            ("Feb 15", "DATE", "2000-02-15"),
            ("a year ago", "DATE", "1999"),
            ("next month", "DATE", "2000-03"),
            ("every two weeks", "SET", "P2W"),
            ("monthly", "SET", "P1M"),
            ("the New Year weekend", "DATE", "1999-W52-WE"),
            ("Jan 3", "DATE", "2000-01-03"),
            ("18-month", "DURATION", "P18M"),
            ("Monday", "DATE", "2000-02-28"),
            ("2001", "DATE", "2001"),
            ("October", "DATE", "2000-10"),
            ("2001", "DATE", "2001"),
            ("2005", "DATE", "2005"),
            ("June", "DATE", "2000-06"),
            ("today", "DATE", "2000-02-24"),
            ("Jan 11", "DATE", "2000-01-11"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
