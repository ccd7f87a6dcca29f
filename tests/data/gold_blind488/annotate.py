"""Annotations of blind gold set 488, chosen by hand before the tagger ran.

    python tests/data/gold_blind488/annotate.py [--show]

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
    # Tuesday 2014-01-14 (ISO week 3), British national paper's business page, section label,
    # headline, standfirst, byline, date line "Tuesday 14 January 2014" (one DATE span).
    # "Christmas" (headline, "sales over Christmas") is the holiday just past, 2013-12-25
    # (gold_blind94's "over Christmas"); "yesterday" Monday 2014-01-13; "tomorrow" and "From
    # Wednesday" 2014-01-15; "due on Thursday" 2014-01-16. "its second round of cuts in six
    # weeks" -> "six weeks" P6W (the period of an ordinal count, gold_blind103's "the third time
    # in two weeks"). "the six weeks to 4 January" and "the 12 weeks to 5 January" -> the
    # DURATION plus the DATE, "to" a signal (gold_blind8, gold_blind23); the comparison is
    # written out ("the 12 weeks to 6 January 2013"), so no "a year earlier" had to be valued.
    # "Monday 23 December" one span 2013-12-23. "every week since March" -> SET P1W and
    # "March" 2013-03 (past, the nearest March before January). "last autumn" 2013-FA, "last
    # spring" 2013-SP (the latest ones before this January), "the summer" ahead 2014-SU. "until
    # at least the end of March" -> "at least the end of March" 2014-03 (gold_blind10's "at
    # least the end of the year"). The chain's financial year ends on 22 February 2014 and is
    # named by the year it ends: "the fourth quarter of its financial year" FY2014-Q4 (one span,
    # like "the fiscal fourth quarter" FY2019-Q4 in gold_blind23), "22 February" 2014-02-22;
    # "early March" 2014-03, "in April" and "15 April" 2014; "full-year results" (standfirst
    # and body) -> "full-year" FY2014, the adjective for the financial year the text describes
    # (gold_blind28's headline "full-year", gold_blind23). "within hours" -> "hours" PTXH
    # (gold_blind6, gold_blind55); "the past 18 months" P18M; "Ten years ago" 2004; "By 2017";
    # "every four weeks" SET P4W, "every three months" SET P3M (gold_blind25, gold_blind34).
    # Not annotated: "festive trading" and "Its own Christmas figures" (adjectives naming the
    # period of a figure, like "the festive period", gold_blind57), "its busiest day ever",
    # "Every time" (an event quantifier, gold_blind80), "the big four", "Price Lock 2014" (a
    # promise's name in a 2014 story), "halworths.co.uk/pricelock2014", "0800 555 2008" (beside
    # "since 2008", annotated), "300", "2.4%", "14p", "231.5p", "8.1%", "6.7%", "1.2 million",
    # "40", "£1", "£1.19", "75p", "95p", "180", "150", "£200m", "4%", "12%", "4p a litre", "410",
    # "1,000", "four-pint".
    "halworths-price-cuts-after-christmas": (
        "2014-01-14",
        [
            ("Christmas", "DATE", "2013-12-25"),
            ("full-year", "DATE", "FY2014"),
            ("April", "DATE", "2014-04"),
            ("Tuesday 14 January 2014", "DATE", "2014-01-14"),
            ("tomorrow", "DATE", "2014-01-15"),
            ("six weeks", "DURATION", "P6W"),
            ("Christmas", "DATE", "2013-12-25"),
            ("yesterday", "DATE", "2014-01-13"),
            ("the six weeks", "DURATION", "P6W"),
            ("4 January", "DATE", "2014-01-04"),
            ("2008", "DATE", "2008"),
            ("this morning", "TIME", "2014-01-14TMO"),
            ("the 12 weeks", "DURATION", "P12W"),
            ("5 January", "DATE", "2014-01-05"),
            ("the 12 weeks", "DURATION", "P12W"),
            ("6 January 2013", "DATE", "2013-01-06"),
            ("Monday 23 December", "DATE", "2013-12-23"),
            ("every week", "SET", "P1W"),
            ("March", "DATE", "2013-03"),
            ("this year", "DATE", "2014"),
            ("last autumn", "DATE", "2013-FA"),
            ("Wednesday", "DATE", "2014-01-15"),
            ("at least the end of March", "DATE", "2014-03"),
            ("2 December", "DATE", "2013-12-02"),
            ("the fourth quarter of its financial year", "DATE", "FY2014-Q4"),
            ("22 February", "DATE", "2014-02-22"),
            ("early March", "DATE", "2014-03"),
            ("full-year", "DATE", "FY2014"),
            ("15 April", "DATE", "2014-04-15"),
            ("hours", "DURATION", "PTXH"),
            ("the past 18 months", "DURATION", "P18M"),
            ("Thursday", "DATE", "2014-01-16"),
            ("the summer", "DATE", "2014-SU"),
            ("Ten years ago", "DATE", "2004"),
            ("2017", "DATE", "2017"),
            ("every four weeks", "SET", "P4W"),
            ("last spring", "DATE", "2013-SP"),
            ("every three months", "SET", "P3M"),
            ("the end of June", "DATE", "2014-06"),
        ],
    ),
    # Thursday 2013-09-26 (ISO week 39), Canadian farm paper, section label, headline, byline,
    # date line "Thursday, September 26, 2013", "MOOSE RIDGE, Sask. —" dateline. The weekly
    # report gives progress "as of Monday" 2013-09-23; "a week earlier" after that figure is
    # the ISO week before, 2013-W38 (gold_blind80); it was "released at 1 p.m. today"
    # 2013-09-26T13:00 and 2013-09-26. "covers Sept. 17 to 23" -> "Sept. 17" 2013-09-17 and the
    # bare "23" 2013-09-23 (the bare day of a range, gold_blind94). "seven straight days"
    # DURATION P7D (a cardinal run, gold_blind103's "five consecutive days"). Past weekdays:
    # "Saturday night" 2013-09-21TNI, "on Wednesday" 2013-09-25 (the futures close), "on
    # Tuesday" 2013-09-24 and "the next day" 2013-09-25 (anchored on Tuesday, gold_blind32).
    # Future: "the weekend" 2013-W39-WE (28-29 September), "Sunday night" 2013-09-29TNI,
    # "Monday night" 2013-09-30TNI; "Thanksgiving" is Canadian Thanksgiving, the second Monday
    # of October, 2013-10-14; "the end of next week" 2013-W40 (gold_blind59's "the end of next
    # week"); "Oct. 3" 2013-10-03. "about two weeks" P2W (the size of a delay); "this spring"
    # 2013-SP, "a cold April" -> "April" 2013-04 (head noun, like "a colder than average
    # November", gold_blind44), "early May" 2013-05; "November canola futures" -> "November"
    # 2013-11 (a futures month looks forward, gold_blind80); "early July" 2013-07; "this week"
    # 2013-W39; "a year ago" 2012; "Last year" 2012 and its "Oct. 20" 2012-10-20; "This year"
    # 2013. "five-year" and "10-year" adjectival DURATIONs (the averages, gold_blind80);
    # "weekly crop report" SET P1W and "every Thursday" SET XXXX-WXX-4 (gold_blind80); "within
    # a month" -> "a month" P1M. Not annotated: "the growing season" and "Harvest" (crop
    # seasons and operations, gold_blind80), "for the date" (anaphoric), "Spring wheat" and "No.
    # 1 Canada Western Red Spring" (a crop class and a grade), "late-seeded", "minus 3 C", "62
    # per cent", "41", "54", "78", "44", "48 bushels", "38", "41 bushels", "$478.20", "$60",
    # "$5.10", "$7.85", "57" (an age), "3,200 acres", "1,200 hopper cars", "1-866-555-1976"
    # (beside "1976", annotated).
    "saskatchewan-harvest-passes-62-per-cent": (
        "2013-09-26",
        [
            ("Thursday, September 26, 2013", "DATE", "2013-09-26"),
            ("Monday", "DATE", "2013-09-23"),
            ("a week earlier", "DATE", "2013-W38"),
            ("five-year", "DURATION", "P5Y"),
            ("weekly", "SET", "P1W"),
            ("1 p.m.", "TIME", "2013-09-26T13:00"),
            ("today", "DATE", "2013-09-26"),
            ("Sept. 17", "DATE", "2013-09-17"),
            ("23", "DATE", "2013-09-23"),
            ("seven straight days", "DURATION", "P7D"),
            ("Saturday night", "TIME", "2013-09-21TNI"),
            ("the weekend", "DATE", "2013-W39-WE"),
            ("Thanksgiving", "DATE", "2013-10-14"),
            ("Sunday night", "TIME", "2013-09-29TNI"),
            ("Monday night", "TIME", "2013-09-30TNI"),
            ("about two weeks", "DURATION", "P2W"),
            ("this spring", "DATE", "2013-SP"),
            ("April", "DATE", "2013-04"),
            ("early May", "DATE", "2013-05"),
            ("10-year", "DURATION", "P10Y"),
            ("1976", "DATE", "1976"),
            ("November", "DATE", "2013-11"),
            ("Wednesday", "DATE", "2013-09-25"),
            ("early July", "DATE", "2013-07"),
            ("this week", "DATE", "2013-W39"),
            ("a year ago", "DATE", "2012"),
            ("Tuesday", "DATE", "2013-09-24"),
            ("the next day", "DATE", "2013-09-25"),
            ("Last year", "DATE", "2012"),
            ("Oct. 20", "DATE", "2012-10-20"),
            ("This year", "DATE", "2013"),
            ("the end of next week", "DATE", "2013-W40"),
            ("a month", "DURATION", "P1M"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
            ("Oct. 3", "DATE", "2013-10-03"),
        ],
    ),
    # Wednesday 2012-03-07 (ISO week 10), Australian regional paper's website, headline, stamp
    # "7 Mar, 2012 10:30 AM" (DATE and TIME, gold_blind103), byline, no dateline. The show runs
    # "on Friday and Saturday" 2012-03-09 and 2012-03-10; every later bare Friday and Saturday
    # is one of those days, with their clock times: "8am on Friday" 2012-03-09T08:00, "1.30pm on
    # Saturday", "at 9pm" (the fireworks that close Saturday's show) 2012-03-10T21:00, "on
    # Saturday at 11am", "noon on Friday" 2012-03-09T12:00, "6am Friday", "midnight Saturday"
    # the midnight ending Saturday, 2012-03-10T24:00 (gold_blind56, gold_blind75, gold_blind103).
    # "since Sunday" 2012-03-04; "overnight" (told on Wednesday morning) the night begun on
    # Tuesday evening, 2012-03-06TNI (gold_blind21, gold_blind103); "tomorrow afternoon"
    # 2012-03-08TAF; "Thursday evening" 2012-03-08TEV. Victoria's Labour Day is the second
    # Monday of March, 2012-03-12: "Monday is Labour Day" two DATEs (gold_blind103's "Monday is
    # Family Day"), "the Labour Day long weekend" the ISO week of its Saturday, 2012-W10-WE
    # (gold_blind56, gold_blind103), and "a fine weekend" -> the head noun "weekend" the same
    # weekend (like "a wetter than average autumn" -> "autumn", gold_blind103). "on Tuesday next
    # week" -> "Tuesday next week" one span 2012-03-13 (gold_blind94's "May 15 next year").
    # "Gates open at 8am each day" -> XXXX-XX-XXT08:00 and SET P1D (the hours of a recurring
    # opening, gold_blind28, gold_blind94); "on Mondays" SET XXXX-WXX-1 (plural weekdays,
    # gold_blind7, gold_blind8); "every 30 minutes" SET PT30M. "under water for a week" P1W;
    # "two-day" and "over the two days" P2D; "the 24 February deadline" -> "24 February"
    # 2012-02-24 (an adjectival date, gold_blind94's "The October 31 deadline"); "last year" and
    # "Last year" 2011; "this year" 2012; "the 1920s" 192. Not annotated: "140th" (twice, an
    # ordinal count), "the 1872 Club" (a club named by the founding year, beside the annotated
    # "1872"), "Ring 2", "Section 9", "Show Street", "60mm", "27 degrees", "412 head", "1150",
    # "86", "23,000", "a record", "$15", "$12", "$5", "under 12" (an age), "birthday cake".
    "kellaway-show-140th-despite-rain": (
        "2012-03-07",
        [
            ("7 Mar, 2012", "DATE", "2012-03-07"),
            ("10:30 AM", "TIME", "2012-03-07T10:30"),
            ("8am", "TIME", "2012-03-09T08:00"),
            ("Friday", "DATE", "2012-03-09"),
            ("Sunday", "DATE", "2012-03-04"),
            ("overnight", "TIME", "2012-03-06TNI"),
            ("tomorrow afternoon", "TIME", "2012-03-08TAF"),
            ("1974", "DATE", "1974"),
            ("a week", "DURATION", "P1W"),
            ("two-day", "DURATION", "P2D"),
            ("1872", "DATE", "1872"),
            ("Friday", "DATE", "2012-03-09"),
            ("Saturday", "DATE", "2012-03-10"),
            ("the Labour Day long weekend", "DATE", "2012-W10-WE"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("each day", "SET", "P1D"),
            ("1.30pm", "TIME", "2012-03-10T13:30"),
            ("Saturday", "DATE", "2012-03-10"),
            ("9pm", "TIME", "2012-03-10T21:00"),
            ("last year", "DATE", "2011"),
            ("24 February", "DATE", "2012-02-24"),
            ("Friday morning", "TIME", "2012-03-09TMO"),
            ("Saturday", "DATE", "2012-03-10"),
            ("11am", "TIME", "2012-03-10T11:00"),
            ("Last year", "DATE", "2011"),
            ("the two days", "DURATION", "P2D"),
            ("this year", "DATE", "2012"),
            ("2010", "DATE", "2010"),
            ("the 1920s", "DATE", "192"),
            ("noon", "TIME", "2012-03-09T12:00"),
            ("Friday", "DATE", "2012-03-09"),
            ("Thursday evening", "TIME", "2012-03-08TEV"),
            ("weekend", "DATE", "2012-W10-WE"),
            ("Saturday", "DATE", "2012-03-10"),
            ("6am", "TIME", "2012-03-09T06:00"),
            ("Friday", "DATE", "2012-03-09"),
            ("midnight", "TIME", "2012-03-10T24:00"),
            ("Saturday", "DATE", "2012-03-10"),
            ("every 30 minutes", "SET", "PT30M"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("Tuesday next week", "DATE", "2012-03-13"),
            ("Monday", "DATE", "2012-03-12"),
            ("Labour Day", "DATE", "2012-03-12"),
        ],
    ),
    # Saturday 2015-07-11 (ISO week 28), Irish farm weekly, section label, headline, standfirst,
    # byline, date line "Saturday 11 July 2015". The price is for milk supplied in June: the
    # headline's "June milk price", "June supplies" and the rival's "June price" -> "June"
    # 2015-06, an adjectival month naming the month meant (like "November delivery",
    # gold_blind80); "July milk" 2015-07. Past weekdays: "Thursday evening" 2015-07-09TEV,
    # "Friday morning" 2015-07-10TMO, "Tuesday's fall" -> "Tuesday" 2015-07-07 (the possessive
    # left out). "Tuesday 21 July" one span 2015-07-21. "this year" 2015; "since January"
    # 2015-01; "the summer of 2009" 2009-SU; "the summer" (ahead, in the quote) 2015-SU; "the
    # autumn" (standfirst and body) 2015-FA. "monthly meeting" SET P1M and "fortnightly ...
    # auction" SET P2W (adjectival frequencies naming a recurrence, gold_blind35, gold_blind80);
    # "every month" SET P1M; "down 40% on a year ago" -> "a year ago" 2014 (the unit's
    # granularity). "the first half of 2015" 2015-H1 and "the same period last year" 2014-H1,
    # one span with the value of the period compared (gold_blind31); "May, its peak month"
    # 2015-05; "the co-op's 45-year history" -> "45-year" P45Y (an adjectival duration); "1
    # April" 2015-04-01 (the end of EU milk quotas, the frame of the setting); "in 2014" and
    # "last year" 2014; "Now" PRESENT_REF; "31 October" 2015-10-31; "mid-August" 2015-08; "the
    # end of the year" 2015; "the six months to 30 June" -> P6M and 2015-06-30; "8 September",
    # "September" and "December" ahead in 2015; "last week" 2015-W27; "10 August" 2015-08-10;
    # "from 8am to 8pm every day" two TIMEs XXXX-XX-XXThh:mm and SET P1D (gold_blind94). Not
    # annotated: "spring milk" (a season as the kind of milk, like "a £130 winter rebate" avoided
    # in gold_blind94), "its peak month", "eight of the last nine sales", "1890 555 2009"
    # (beside "2009", annotated), "1.5c/l", "27c/l" (twice), "27c", "38c", "24c/l", "28c/l",
    # "1c/l", "3.6%", "3.3%", "10.7%", "40%", "14%", "2,800", "120 cows", "Third" and "third".
    "glenbrack-cuts-june-milk-price": (
        "2015-07-11",
        [
            ("June", "DATE", "2015-06"),
            ("this year", "DATE", "2015"),
            ("the autumn", "DATE", "2015-FA"),
            ("Saturday 11 July 2015", "DATE", "2015-07-11"),
            ("June", "DATE", "2015-06"),
            ("January", "DATE", "2015-01"),
            ("the summer of 2009", "DATE", "2009-SU"),
            ("monthly", "SET", "P1M"),
            ("Thursday evening", "TIME", "2015-07-09TEV"),
            ("Friday morning", "TIME", "2015-07-10TMO"),
            ("Tuesday", "DATE", "2015-07-07"),
            ("fortnightly", "SET", "P2W"),
            ("a year ago", "DATE", "2014"),
            ("the first half of 2015", "DATE", "2015-H1"),
            ("the same period last year", "DATE", "2014-H1"),
            ("May", "DATE", "2015-05"),
            ("45-year", "DURATION", "P45Y"),
            ("1 April", "DATE", "2015-04-01"),
            ("2014", "DATE", "2014"),
            ("Now", "DATE", "PRESENT_REF"),
            ("the summer", "DATE", "2015-SU"),
            ("every month", "SET", "P1M"),
            ("the autumn", "DATE", "2015-FA"),
            ("31 October", "DATE", "2015-10-31"),
            ("last year", "DATE", "2014"),
            ("mid-August", "DATE", "2015-08"),
            ("the end of the year", "DATE", "2015"),
            ("the six months", "DURATION", "P6M"),
            ("30 June", "DATE", "2015-06-30"),
            ("8 September", "DATE", "2015-09-08"),
            ("September", "DATE", "2015-09"),
            ("December", "DATE", "2015-12"),
            ("June", "DATE", "2015-06"),
            ("last week", "DATE", "2015-W27"),
            ("July", "DATE", "2015-07"),
            ("10 August", "DATE", "2015-08-10"),
            ("Tuesday 21 July", "DATE", "2015-07-21"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("every day", "SET", "P1D"),
        ],
    ),
    # Monday 2014-06-09 (ISO week 24), Indian daily's agriculture page, section label,
    # headline, stamp "Published: June 9, 2014 07:15 IST" (DATE and TIME, the zone in the span
    # and not in the value, gold_blind80), byline, "NEW DELHI:" dateline. Past weekdays:
    # "reached ... on Friday" and "as of Friday" 2014-06-06, "said on Sunday" 2014-06-08,
    # "Saturday evening" 2014-06-07TEV, "Sunday afternoon" 2014-06-08TAF, "on Thursday"
    # 2014-06-05, "on Saturday" 2014-06-07, "on Wednesday" 2014-06-04. "a week behind its normal
    # onset date of June 1" -> "a week" P1W (the size of a delay, gold_blind80) and "June 1"
    # 2014-06-01 (this year's normal date); "since June 1" the same. "the next 10 days" P10D. "at
    # the same point last year" -> "last year" 2013 (gold_blind94). "a dry June" and "June
    # rainfall" -> "June" 2014-06; "the June-September season" -> "June" 2014-06 and "September"
    # 2014-09, a range annotated at its ends ("December to February", gold_blind103); "the
    # 1951-2000 mean" -> "1951" and "2000" (a year range at its two ends, gold_blind103). "later
    # this year" 2014; "beyond mid-July" -> "mid-July" 2014-07; "every Monday" SET XXXX-WXX-1,
    # "every Thursday" SET XXXX-WXX-4. "Last year" 2013 and its "June 16" 2013-06-16; "a month
    # ahead of schedule" -> "a month" P1M (the size of a lead). "in 2013-14" (India's July-June
    # crop year) -> "2013" and the bare "14" 2014, two DATEs (gold_blind80's crop and marketing
    # years). "This year's picture" -> "This year" 2014; "the end of May" 2014-05; "the past
    # month" P1M; "a fortnight ago" two ISO weeks back, 2014-W22 (gold_blind11); "May 28"
    # 2014-05-28; "next week" 2014-W25; "by June 30" 2014-06-30. Not annotated: "kharif
    # (summer) crops" and "kharif sowing" (a crop season; "summer" glosses the kind of crop,
    # gold_blind17, gold_blind80), "pre-monsoon", "short-duration", "long-period average",
    # "second-stage", "extended-range", "El Niño", "1800 555 1951" (beside "1951", annotated),
    # "30%", "93%", "89 cm", "45%", "46.2 degrees", "500 districts", "264 million tonnes", "85",
    # "28%", "31%", "12%", "Rs 1,450", "Rs 980", "44" (an age), "Rs 6,000", "Rs 50", "Rs 1,360".
    "monsoon-delay-kharif-sowing-lags": (
        "2014-06-09",
        [
            ("June", "DATE", "2014-06"),
            ("June 9, 2014", "DATE", "2014-06-09"),
            ("07:15 IST", "TIME", "2014-06-09T07:15"),
            ("Friday", "DATE", "2014-06-06"),
            ("a week", "DURATION", "P1W"),
            ("June 1", "DATE", "2014-06-01"),
            ("the next 10 days", "DURATION", "P10D"),
            ("Sunday", "DATE", "2014-06-08"),
            ("Friday", "DATE", "2014-06-06"),
            ("last year", "DATE", "2013"),
            ("Saturday evening", "TIME", "2014-06-07TEV"),
            ("June", "DATE", "2014-06"),
            ("June", "DATE", "2014-06"),
            ("September", "DATE", "2014-09"),
            ("1951", "DATE", "1951"),
            ("2000", "DATE", "2000"),
            ("later this year", "DATE", "2014"),
            ("June 1", "DATE", "2014-06-01"),
            ("Sunday afternoon", "TIME", "2014-06-08TAF"),
            ("mid-July", "DATE", "2014-07"),
            ("every Monday", "SET", "XXXX-WXX-1"),
            ("Last year", "DATE", "2013"),
            ("June 16", "DATE", "2013-06-16"),
            ("a month", "DURATION", "P1M"),
            ("2013", "DATE", "2013"),
            ("14", "DATE", "2014"),
            ("This year", "DATE", "2014"),
            ("Thursday", "DATE", "2014-06-05"),
            ("the end of May", "DATE", "2014-05"),
            ("the past month", "DURATION", "P1M"),
            ("Saturday", "DATE", "2014-06-07"),
            ("a fortnight ago", "DATE", "2014-W22"),
            ("May 28", "DATE", "2014-05-28"),
            ("next week", "DATE", "2014-W25"),
            ("Wednesday", "DATE", "2014-06-04"),
            ("June 30", "DATE", "2014-06-30"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
        ],
    ),
    # Friday 2013-05-31 (ISO week 22), US company recall press release as posted on the FDA's
    # website: headline, contact block, "FOR IMMEDIATE RELEASE - May 31, 2013 - MILLBROOK, Wis.
    # -" (the release date a DATE), and the page's footer "Content current as of: 05/31/2013"
    # (a DATE, "as of" a signal). "up to 70 days" P70D and "within three weeks" -> "three
    # weeks" P3W (durations anchored to an event, gold_blind35). "between April 22 and May 24,
    # 2013", "between April 15 and May 17" DATEs; "the Memorial Day weekend" the weekend before
    # Memorial Day (27 May), the ISO week of its Saturday, 2013-W21-WE (gold_blind21,
    # gold_blind80). BEST BY dates "from 10/15/2013 through 11/08/2013" -> 2013-10-15 and
    # 2013-11-08 ("BEST BY" kept out like "best before", gold_blind94). "about six months" P6M;
    # "about a week" P1W. "at 4:30 p.m. Wednesday" 2013-05-29T16:30 and 2013-05-29, "the next
    # morning" anchored on Wednesday, 2013-05-30TMO (gold_blind5, gold_blind32); "Thursday
    # afternoon" 2013-05-30TAF; "on Thursday" 2013-05-30; "today" 2013-05-31; "March 12"
    # 2013-03-12; "until at least next Friday" -> "at least next Friday" 2013-06-07, the coming
    # Friday after the publication Friday (gold_blind80's "next Tuesday"); "after May 17"
    # 2013-05-17; "within two weeks" -> "two weeks" P2W; "for 75 years" P75Y; "in 1938";
    # "Since 2011"; "three times a day" SET P1D (gold_blind35's "twice a week" P1W); "from 8
    # a.m. to 6 p.m. Central Time daily" two TIMEs XXXX-XX-XXThh:mm, the zone kept in the span
    # (gold_blind94), and "daily" SET P1D; "through June 14" 2013-06-14. Not annotated: "to
    # date" (anaphoric, like "so far", gold_blind103), "short-term", "shelf life", "Summer Berry"
    # (a flavour's name), the UPCs "0 45678 20130 4", "0 45678 20131 1", "0 45678 20132 8",
    # "1-877-555-2012" (twice), "414-555-0187", "hartlinecreamery.com/recall2013", "1.5-quart",
    # "4,200 cases", "four Midwestern states", "Three flavors", "may" (the verb, twice).
    "hartline-ice-cream-listeria-recall": (
        "2013-05-31",
        [
            ("May 31, 2013", "DATE", "2013-05-31"),
            ("up to 70 days", "DURATION", "P70D"),
            ("three weeks", "DURATION", "P3W"),
            ("April 22", "DATE", "2013-04-22"),
            ("May 24, 2013", "DATE", "2013-05-24"),
            ("the Memorial Day weekend", "DATE", "2013-W21-WE"),
            ("April 15", "DATE", "2013-04-15"),
            ("May 17", "DATE", "2013-05-17"),
            ("10/15/2013", "DATE", "2013-10-15"),
            ("11/08/2013", "DATE", "2013-11-08"),
            ("about six months", "DURATION", "P6M"),
            ("May 21", "DATE", "2013-05-21"),
            ("about a week", "DURATION", "P1W"),
            ("4:30 p.m.", "TIME", "2013-05-29T16:30"),
            ("Wednesday", "DATE", "2013-05-29"),
            ("the next morning", "TIME", "2013-05-30TMO"),
            ("Thursday afternoon", "TIME", "2013-05-30TAF"),
            ("Thursday", "DATE", "2013-05-30"),
            ("today", "DATE", "2013-05-31"),
            ("March 12", "DATE", "2013-03-12"),
            ("at least next Friday", "DATE", "2013-06-07"),
            ("May 17", "DATE", "2013-05-17"),
            ("two weeks", "DURATION", "P2W"),
            ("75 years", "DURATION", "P75Y"),
            ("1938", "DATE", "1938"),
            ("2011", "DATE", "2011"),
            ("three times a day", "SET", "P1D"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("6 p.m. Central Time", "TIME", "XXXX-XX-XXT18:00"),
            ("daily", "SET", "P1D"),
            ("June 14", "DATE", "2013-06-14"),
            ("05/31/2013", "DATE", "2013-05-31"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
