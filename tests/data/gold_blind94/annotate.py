"""Annotations of the ninety-fourth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind94/annotate.py [--show]

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
    # Wednesday 2015-02-04 (ISO week 6), Irish paper's food-recall story, headline, standfirst,
    # byline, date line "Wednesday 4 February 2015". "use-by dates from 3 to 9 February"
    # (standfirst and body) -> the bare day "3" its own DATE 2015-02-03 and "9 February"
    # 2015-02-09 (gold_blind3, gold_blind26, gold_blind62); "before the weekend" -> "the
    # weekend" ahead, 7-8 February, 2015-W06-WE. "the company said last night" is the evening
    # of "yesterday", 2015-02-03TNI, when the notice went out "at 6pm yesterday". "BEST BEFORE
    # END 06/2015" -> "06/2015" DATE 2015-06: "best before end" is the label's fixed wording
    # (best before the end of the month) and stays out of the span like "before"; the numeric
    # month is a DATE like "25/02/2014" in earlier sets. "best before 12 March 2015" ->
    # "12 March 2015". The lab "found listeria last Thursday", 2015-01-29 (the Thursday of
    # last week); "Two days later" is anchored on it, Saturday 2015-01-31; the allergic
    # reaction came "on Monday" 2015-02-02 (past). "the coming weeks" PXW; "by 10am today"
    # 2015-02-04T10:00; "until the end of February" 2015-02; the helpline's hours recur,
    # "8am" XXXX-XX-XXT08:00 and "8pm" XXXX-XX-XXT20:00, "seven days a week" SET P1W (like
    # "six days a week" in earlier sets). "less than a year" P1Y; "Last April" 2014-04;
    # "at least a fortnight" P2W; "2014 against 41 a year earlier" -> "a year earlier" 2013.
    # Traps: "400g", "190g", lots "L4321", "L4322", "lot 2015-07A", the barcode "5 391234
    # 560017", "300 shops", "over 65", "1850 555 214", "140 people", "62 notices", "41", the
    # URL "fsw.ie/recalls/2015-02", "Customers may return" (the verb), "the same line".
    "glenmara-coleslaw-pesto-recall": (
        "2015-02-04",
        [
            ("3", "DATE", "2015-02-03"),
            ("9 February", "DATE", "2015-02-09"),
            ("the weekend", "DATE", "2015-W06-WE"),
            ("Wednesday 4 February 2015", "DATE", "2015-02-04"),
            ("last night", "TIME", "2015-02-03TNI"),
            ("3", "DATE", "2015-02-03"),
            ("9 February", "DATE", "2015-02-09"),
            ("19 January", "DATE", "2015-01-19"),
            ("2 February", "DATE", "2015-02-02"),
            ("06/2015", "DATE", "2015-06"),
            ("12 March 2015", "DATE", "2015-03-12"),
            ("27 January", "DATE", "2015-01-27"),
            ("last Thursday", "DATE", "2015-01-29"),
            ("Two days later", "DATE", "2015-01-31"),
            ("Monday", "DATE", "2015-02-02"),
            ("up to 70 days", "DURATION", "P70D"),
            ("the coming weeks", "DURATION", "PXW"),
            ("6pm", "TIME", "2015-02-03T18:00"),
            ("yesterday", "DATE", "2015-02-03"),
            ("10am", "TIME", "2015-02-04T10:00"),
            ("today", "DATE", "2015-02-04"),
            ("the end of February", "DATE", "2015-02"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("seven days a week", "SET", "P1W"),
            ("less than a year", "DURATION", "P1Y"),
            ("Last April", "DATE", "2014-04"),
            ("1987", "DATE", "1987"),
            ("at least a fortnight", "DURATION", "P2W"),
            ("every week", "SET", "P1W"),
            ("20 February", "DATE", "2015-02-20"),
            ("recent years", "DATE", "PAST_REF"),
            ("2014", "DATE", "2014"),
            ("a year earlier", "DATE", "2013"),
            ("every month", "SET", "P1M"),
        ],
    ),
    # Tuesday 2013-06-18 (ISO week 25), AP-style car-recall story, headline, byline "AP Auto
    # Writer", "DETROIT (AP) —" dateline without date: the recall was "announced Tuesday",
    # the publication day itself (gold_blind28), as is "fell 2 percent ... on Tuesday"; the
    # regulators "said Monday" 2013-06-17 (past); Harlan "will brief dealers on Thursday"
    # 2013-06-20 (future) "at 10 a.m. Eastern time", a clock time on that day with the zone in
    # the span, not in the value. "built between March 2011 and May 2013" two DATEs; "in late
    # May" 2013-05 ("late" not recorded). "the 2012 model year" and "2013 Ridgebacks" are model
    # years, not calendar years (gold_blind16), and are not annotated. "starting next month"
    # 2013-07 ("starting" a signal, gold_blind88); "from August" 2013-08; "April 14" and
    # "January" the past ones of 2013; "over 18 months" -> "18 months"; "at least 90 days"
    # P90D; "the fall of 2012" one span 2012-FA; "this spring" in a past clause in June
    # 2013-SP; "this year" 2013, "February" 2013-02; "last year" 2012 and "a year earlier"
    # 2011; "the second quarter" 2013-Q2 (calendar quarters, no fiscal year described); "Ten
    # years ago" 2003 at the unit's granularity; "two years" P2Y. Traps: "412,000", "Model
    # 1500", "Corvan 2000 series", "23 crashes", "61 complaints", "150,000 miles", "90,000",
    # "1.2 million", "9 percent", "17-character", the URL "harlanrecalls.com/2013-06",
    # "1-800-555-0193", "24/7", the recall number "13V-274", "$80 million", "$31.20",
    # "Until then" (anaphoric).
    "harlan-sedan-suv-air-bag-recall": (
        "2013-06-18",
        [
            ("Tuesday", "DATE", "2013-06-18"),
            ("March 2011", "DATE", "2011-03"),
            ("May 2013", "DATE", "2013-05"),
            ("late May", "DATE", "2013-05"),
            ("next month", "DATE", "2013-07"),
            ("August", "DATE", "2013-08"),
            ("April 14", "DATE", "2013-04-14"),
            ("January", "DATE", "2013-01"),
            ("18 months", "DURATION", "P18M"),
            ("Monday", "DATE", "2013-06-17"),
            ("at least 90 days", "DURATION", "P90D"),
            ("60 days", "DURATION", "P60D"),
            ("the fall of 2012", "DATE", "2012-FA"),
            ("this spring", "DATE", "2013-SP"),
            ("10 years", "DURATION", "P10Y"),
            ("this year", "DATE", "2013"),
            ("February", "DATE", "2013-02"),
            ("last year", "DATE", "2012"),
            ("a year earlier", "DATE", "2011"),
            ("the second quarter", "DATE", "2013-Q2"),
            ("the 1990s", "DATE", "199"),
            ("now", "DATE", "PRESENT_REF"),
            ("Ten years ago", "DATE", "2003"),
            ("two years", "DURATION", "P2Y"),
            ("Thursday", "DATE", "2013-06-20"),
            ("10 a.m. Eastern time", "TIME", "2013-06-20T10:00"),
            ("Tuesday", "DATE", "2013-06-18"),
        ],
    ),
    # Monday 2014-10-27 (ISO week 44), Australian paper's tax-deadline story, headline,
    # standfirst, byline, date line "Monday, October 27, 2014". The Australian financial year
    # runs July-June and is named by the year it ends (gold_blind88): "2013-14" (standfirst and
    # last line), "the 2013-14 financial year" and "The financial year ended on June 30" are
    # FY2014; "the previous financial year", said of the months "Since July" (2014-15), is
    # 2013-14, FY2014; "a year earlier" after "for 2013-14" takes its granularity, FY2013.
    # The deadline is Friday 2014-10-31 (headline "Tax deadline Friday", "midnight on Friday"
    # 2014-10-31T24:00, "The October 31 deadline"); "Four days left" is the time left,
    # DURATION P4D (gold_blind67's "A Week to Go"). "May 15 next year" one span 2015-05-15
    # (post-posed year, gold_blind88's "6 April last year"); "June 5" 2015-06-05. "By last
    # Friday" 2014-10-24; "the same point last year" -> "last year" 2013; "said on Sunday"
    # 2014-10-26. "Ten years ago" 2004 and, in the same quoted sentence, "the end of October"
    # of that year, 2004-10. The office stays open "until 9pm every night this week": the
    # closing hour recurs, XXXX-XX-XXT21:00, with the SET "every night" and the DATE "this
    # week" (gold_blind67); "from 9am to 1pm on Saturday" is one coming day, 2014-11-01.
    # "within 24 hours" PT24H; "quarterly" and "daily" SETs; "October 28 — tomorrow" two
    # DATEs 2014-10-28; "early December" 2014-12. Traps: "1.3 million", "8.1 million", "2 per
    # cent", "$170", "$850", "9,400", "3,100", "1800 555 540", "13 million", "12.7 million",
    # "by that date" and "the moment a deadline passes" (no calendar value).
    "tax-return-deadline-friday-late-lodgers": (
        "2014-10-27",
        [
            ("Friday", "DATE", "2014-10-31"),
            ("Four days", "DURATION", "P4D"),
            ("2013-14", "DATE", "FY2014"),
            ("Monday, October 27, 2014", "DATE", "2014-10-27"),
            ("the 2013-14 financial year", "DATE", "FY2014"),
            ("midnight", "TIME", "2014-10-31T24:00"),
            ("Friday", "DATE", "2014-10-31"),
            ("October 31", "DATE", "2014-10-31"),
            ("May 15 next year", "DATE", "2015-05-15"),
            ("June 5", "DATE", "2015-06-05"),
            ("The financial year", "DATE", "FY2014"),
            ("June 30", "DATE", "2014-06-30"),
            ("July 1", "DATE", "2014-07-01"),
            ("last Friday", "DATE", "2014-10-24"),
            ("last year", "DATE", "2013"),
            ("Sunday", "DATE", "2014-10-26"),
            ("daily", "SET", "P1D"),
            ("two weeks", "DURATION", "P2W"),
            ("up to 50 days", "DURATION", "P50D"),
            ("November 21", "DATE", "2014-11-21"),
            ("recent years", "DATE", "PAST_REF"),
            ("Ten years ago", "DATE", "2004"),
            ("the end of October", "DATE", "2004-10"),
            ("1996", "DATE", "1996"),
            ("Now", "DATE", "PRESENT_REF"),
            ("9pm", "TIME", "XXXX-XX-XXT21:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("this week", "DATE", "2014-W44"),
            ("9am", "TIME", "2014-11-01T09:00"),
            ("1pm", "TIME", "2014-11-01T13:00"),
            ("Saturday", "DATE", "2014-11-01"),
            ("July", "DATE", "2014-07"),
            ("24 hours", "DURATION", "PT24H"),
            ("the previous financial year", "DATE", "FY2014"),
            ("quarterly", "SET", "P3M"),
            ("October 28", "DATE", "2014-10-28"),
            ("tomorrow", "DATE", "2014-10-28"),
            ("early December", "DATE", "2014-12"),
            ("2013-14", "DATE", "FY2014"),
            ("a year earlier", "DATE", "FY2013"),
        ],
    ),
    # Saturday 2014-03-29 (ISO week 13), British weekend savings and pensions column,
    # headline, standfirst, date line "Saturday 29 March 2014". The UK tax year runs 6 April-5
    # April and is named by the year it ends (gold_blind67, gold_blind88): "this tax year",
    # "the 2013-14 tax year" (one span) and "The tax year ends" FY2014; "the new tax year"
    # from 6 April 2014 FY2015. "A week" (headline) and "have a week left" are the time left
    # before the deadline, DURATION P1W (gold_blind67). "until Saturday" in a Saturday paper
    # is the coming Saturday, 2014-04-05, the "Saturday 5 April" of the body; "midnight on the
    # 5 April deadline" 2014-04-05T24:00 and "5 April" 2014-04-05. "last year's deadline" ->
    # "last year" 2013 (the wording's calendar value, gold_blind35; the April 2013 deadline).
    # "act now and again next month" -> "now" PRESENT_REF, "next month" 2014-04. "this week"
    # 2014-W13; "5pm on Thursday 3 April" two TIMEX3; "on Tuesday" 2014-03-25 (past);
    # "five-year" and "two-year" fixes DURATIONs on the adjective; "last summer" 2013-SU;
    # "more than two years" P2Y. "each year" (what can be paid in) SET P1Y; "every month" SET
    # P1M; "over the next 12 months" -> "the next 12 months" P12M; "the next few months" PXM.
    # Traps: "Guaranteed Growth 2019" (a product name), "The annual allowance" (the adjective
    # names the period of a limit, not a recurrence, like "Annual growth" in gold_blind67),
    # "£11,520", "£11,880", "£46,000", "3.1%", "2.05%", "1%" twice, "£50,000", "£40,000", "1.2
    # million", "50 to 249 staff", "three providers", "0300 555 0182", "24/7", "the same day".
    "isa-deadline-fixed-rates-pensions": (
        "2014-03-29",
        [
            ("A week", "DURATION", "P1W"),
            ("Saturday", "DATE", "2014-04-05"),
            ("this tax year", "DATE", "FY2014"),
            ("Saturday 29 March 2014", "DATE", "2014-03-29"),
            ("the 2013-14 tax year", "DATE", "FY2014"),
            ("a week", "DURATION", "P1W"),
            ("The tax year", "DATE", "FY2014"),
            ("Saturday 5 April", "DATE", "2014-04-05"),
            ("last year", "DATE", "2013"),
            ("6 April", "DATE", "2014-04-06"),
            ("the new tax year", "DATE", "FY2015"),
            ("now", "DATE", "PRESENT_REF"),
            ("next month", "DATE", "2014-04"),
            ("this week", "DATE", "2014-W13"),
            ("midnight", "TIME", "2014-04-05T24:00"),
            ("5 April", "DATE", "2014-04-05"),
            ("5pm", "TIME", "2014-04-03T17:00"),
            ("Thursday 3 April", "DATE", "2014-04-03"),
            ("the past month", "DURATION", "P1M"),
            ("Tuesday", "DATE", "2014-03-25"),
            ("five-year", "DURATION", "P5Y"),
            ("last summer", "DATE", "2013-SU"),
            ("two-year", "DURATION", "P2Y"),
            ("more than two years", "DURATION", "P2Y"),
            ("each year", "SET", "P1Y"),
            ("6 April", "DATE", "2014-04-06"),
            ("every month", "SET", "P1M"),
            ("the next 12 months", "DURATION", "P12M"),
            ("October 2012", "DATE", "2012-10"),
            ("2012", "DATE", "2012"),
            ("the next few months", "DURATION", "PXM"),
            ("30 days", "DURATION", "P30D"),
        ],
    ),
    # Friday 2013-12-27 (ISO week 52), Irish paper's consumer-rights explainer in questions
    # and answers, headline, standfirst, date line "Friday, December 27, 2013". "since St
    # Stephen's Day" -> the holiday on its date, 2013-12-26 (yesterday); "the weekend" ahead,
    # 28-29 December, 2013-W52-WE; "this month" 2013-12. "stretch it over Christmas" ->
    # "Christmas" 2013-12-25 (holidays on the date they fall on). "A 30-day return window"
    # DURATION on the adjective; "since 1 November until 18 January" 2013-11-01 and
    # 2014-01-18 (the coming January). The durations of rights are the duration alone
    # ("within two years of delivery", "the first six months", "the guarantee lasts two
    # years", "six years", "within seven days of delivery", "14 days" twice, "last two years",
    # "after 12 months"). "13 June next year" one span 2014-06-13 (post-posed year). "the
    # January sales" -> "January" 2014-01, the coming one (gold_blind67); "the middle of
    # January" 2014-01 (like "mid-January"). The helpline "reopens on Monday at 9am": Monday
    # 2013-12-30 (future) and "9am" on it. "January this year" one span 2013-01; "the first
    # half of 2013" 2013-H1; "Every year" SET P1Y; "the 30 years I have been doing this job"
    # -> "the 30 years" P30Y. Traps: "the Sunday Sentinel" (a paper), "one in four", "Shops
    # may ask" (the verb), "1890 555 218", "40,000 calls", "12 per cent", "the date of
    # purchase", "the date" (no calendar value), "its busiest month".
    "unwanted-gifts-returns-rights-explainer": (
        "2013-12-27",
        [
            ("Friday, December 27, 2013", "DATE", "2013-12-27"),
            ("St Stephen's Day", "DATE", "2013-12-26"),
            ("the weekend", "DATE", "2013-W52-WE"),
            ("this month", "DATE", "2013-12"),
            ("30-day", "DURATION", "P30D"),
            ("Christmas", "DATE", "2013-12-25"),
            ("1 November", "DATE", "2013-11-01"),
            ("18 January", "DATE", "2014-01-18"),
            ("30 days", "DURATION", "P30D"),
            ("two years", "DURATION", "P2Y"),
            ("the first six months", "DURATION", "P6M"),
            ("two years", "DURATION", "P2Y"),
            ("six years", "DURATION", "P6Y"),
            ("seven days", "DURATION", "P7D"),
            ("13 June next year", "DATE", "2014-06-13"),
            ("14 days", "DURATION", "P14D"),
            ("14 days", "DURATION", "P14D"),
            ("two years", "DURATION", "P2Y"),
            ("12 months", "DURATION", "P12M"),
            ("January", "DATE", "2014-01"),
            ("the middle of January", "DATE", "2014-01"),
            ("Monday", "DATE", "2013-12-30"),
            ("9am", "TIME", "2013-12-30T09:00"),
            ("January this year", "DATE", "2013-01"),
            ("the first half of 2013", "DATE", "2013-H1"),
            ("Every year", "SET", "P1Y"),
            ("the 30 years", "DURATION", "P30Y"),
        ],
    ),
    # Thursday 2012-11-15 (ISO week 46), British paper's energy-bills story, headline,
    # standfirst, byline, date line "Thursday 15 November 2012". Prices rise "from Monday"
    # (headline and lead), 2012-11-19; prepayment customers see them "after midnight on
    # Sunday", the midnight ending Sunday, 2012-11-18T24:00 (gold_blind88); the one-year fix
    # was "launched on Tuesday" 2012-11-13 and Northway "said on Wednesday" 2012-11-14 (past).
    # "for the winter" ahead in November 2012 -> "the winter" 2013-WI, the winter taking the
    # year of its January (gold_blind10, gold_blind28, gold_blind67); "until the spring"
    # 2013-SP; "between January and March" 2013-01 and 2013-03 (future). "five weeks ago"
    # takes the unit's granularity: 2012-10-11, ISO week 2012-W41. "the start of October"
    # 2012-10; "the past year" P1Y; "until November 2013"; "the fixed deal ends in August"
    # 2013-08 (the next August); "30 days' notice" and "30 days to switch" P30D; "went out in
    # October" 2012-10 and "last month" 2012-10; "about five weeks" P5W; "the end of 2014"
    # the year's value; "the first half of the year" 2012-H1. "every autumn" SET XXXX-FA;
    # "These days" PRESENT_REF; the habitual "6pm" and "4pm" XXXX-XX-XXThh:mm; "last week"
    # 2012-W45 and "a week earlier" 2012-W44; "on 1 December" 2012-12-01. Traps: "8.2%" twice,
    # "£97", "annual" (a bill's period), "£1,360", "the big six", "14%", "£1,310", "Price
    # Freeze 2013" (a tariff's name), "410,000", "any month", "£130", "180,000", "11%",
    # "£380m", the age "71", "0800 555 0137", "twice as many", "a march" (the noun).
    "northway-energy-price-rise-monday": (
        "2012-11-15",
        [
            ("Monday", "DATE", "2012-11-19"),
            ("the winter", "DATE", "2013-WI"),
            ("Thursday 15 November 2012", "DATE", "2012-11-15"),
            ("Monday", "DATE", "2012-11-19"),
            ("five weeks ago", "DATE", "2012-W41"),
            ("the start of October", "DATE", "2012-10"),
            ("the past year", "DURATION", "P1Y"),
            ("every week", "SET", "P1W"),
            ("midnight", "TIME", "2012-11-18T24:00"),
            ("Sunday", "DATE", "2012-11-18"),
            ("one-year", "DURATION", "P1Y"),
            ("Tuesday", "DATE", "2012-11-13"),
            ("November 2013", "DATE", "2013-11"),
            ("August", "DATE", "2013-08"),
            ("30 days", "DURATION", "P30D"),
            ("30 days", "DURATION", "P30D"),
            ("October", "DATE", "2012-10"),
            ("last month", "DATE", "2012-10"),
            ("March 2011", "DATE", "2011-03"),
            ("about five weeks", "DURATION", "P5W"),
            ("now", "DATE", "PRESENT_REF"),
            ("three weeks", "DURATION", "P3W"),
            ("the end of 2014", "DATE", "2014"),
            ("Wednesday", "DATE", "2012-11-14"),
            ("the spring", "DATE", "2013-SP"),
            ("January", "DATE", "2013-01"),
            ("March", "DATE", "2013-03"),
            ("the first half of the year", "DATE", "2012-H1"),
            ("2004", "DATE", "2004"),
            ("every autumn", "SET", "XXXX-FA"),
            ("now", "DATE", "PRESENT_REF"),
            ("30 years", "DURATION", "P30Y"),
            ("These days", "DATE", "PRESENT_REF"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("last week", "DATE", "2012-W45"),
            ("a week earlier", "DATE", "2012-W44"),
            ("1 December", "DATE", "2012-12-01"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
