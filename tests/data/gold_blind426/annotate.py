"""Annotations of the four-hundred-and-twenty-sixth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind426/annotate.py [--show]

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
    # Monday 2017-03-20 (ISO week 12), Reuters-style wire on a ceasefire, headline, byline,
    # "VELSK, March 20 (Reuters) -" dateline (its date the publication day). Tarvonia is on
    # GMT+3: the truce "began at noon local time (0900 GMT) on Sunday" -> 2017-03-19T12:00 and
    # 2017-03-19T09:00, two TIMEX3 for one instant (gold_blind14, gold_blind54), and the
    # DATE 2017-03-19. "late on Sunday" (headline and lead) is one DATE span 2017-03-19, the
    # modifier kept and the inner "on" part of the span (see README: the earlier sets avoided
    # it). "a day after it took effect" DURATION P1D and "hours after the guns were supposed
    # to fall silent" PTXH, durations anchored to an event (gold_blind7, gold_blind54).
    # Past: "about 11:40 p.m. on Sunday" 2017-03-19T23:40; "earlier that evening" the evening
    # of that Sunday, 2017-03-19TEV, the modifier kept like "Earlier this month" (gold_blind35);
    # "Saturday evening" 2017-03-18TEV; "Sunday night" 2017-03-19TNI; "last week" 2017-W11.
    # Future: talks "on Thursday" (headline and body) 2017-03-23; "within 72 hours, by noon on
    # Wednesday" -> PT72H, 2017-03-22T12:00 and 2017-03-22 (72 hours after Sunday noon);
    # Mirek travels "on Wednesday" 2017-03-22; the first convoy "on Tuesday" 2017-03-21,
    # "every Tuesday" SET XXXX-WXX-2; "next week" 2017-W13; "the end of the month" 2017-03.
    # "November" (the collapsed ceasefire) 2016-11, "January" 2017-01, "October" 2016-10,
    # months to the nearest past one; "last year" 2016; "one-day" DURATION P1D. Not
    # annotated: "Route M4", "Brigade 1917" (a memorial's name, in a story with "2016"
    # annotated), "15 km (9 miles)", "14-year-old", "52", "9,000", "200", "40,000", "1.2
    # percent", "twice" (twice, counts), "re-election", "the first of whom".
    "tarvonia-truce-keldra-clashes": (
        "2017-03-20",
        [
            ("late on Sunday", "DATE", "2017-03-19"),
            ("Thursday", "DATE", "2017-03-23"),
            ("March 20", "DATE", "2017-03-20"),
            ("Monday", "DATE", "2017-03-20"),
            ("a day", "DURATION", "P1D"),
            ("late on Sunday", "DATE", "2017-03-19"),
            ("hours", "DURATION", "PTXH"),
            ("noon local time", "TIME", "2017-03-19T12:00"),
            ("0900 GMT", "TIME", "2017-03-19T09:00"),
            ("Sunday", "DATE", "2017-03-19"),
            ("last week", "DATE", "2017-W11"),
            ("30 days", "DURATION", "P30D"),
            ("the coming weeks", "DURATION", "PXW"),
            ("Thursday", "DATE", "2017-03-23"),
            ("the end of the month", "DATE", "2017-03"),
            ("about 11:40 p.m.", "TIME", "2017-03-19T23:40"),
            ("Sunday", "DATE", "2017-03-19"),
            ("earlier that evening", "TIME", "2017-03-19TEV"),
            ("24 hours", "DURATION", "PT24H"),
            ("Monday morning", "TIME", "2017-03-20TMO"),
            ("April 2014", "DATE", "2014-04"),
            ("November", "DATE", "2016-11"),
            ("11 days", "DURATION", "P11D"),
            ("2015", "DATE", "2015"),
            ("barely a week", "DURATION", "P1W"),
            ("72 hours", "DURATION", "PT72H"),
            ("noon", "TIME", "2017-03-22T12:00"),
            ("Wednesday", "DATE", "2017-03-22"),
            ("next week", "DATE", "2017-W13"),
            ("January", "DATE", "2017-01"),
            ("every Tuesday", "SET", "XXXX-WXX-2"),
            ("Tuesday", "DATE", "2017-03-21"),
            ("2009", "DATE", "2009"),
            ("2018", "DATE", "2018"),
            ("Saturday evening", "TIME", "2017-03-18TEV"),
            ("Wednesday", "DATE", "2017-03-22"),
            ("Sunday night", "TIME", "2017-03-19TNI"),
            ("five months", "DURATION", "P5M"),
            ("Monday", "DATE", "2017-03-20"),
            ("one-day", "DURATION", "P1D"),
            ("October", "DATE", "2016-10"),
            ("2016", "DATE", "2016"),
            ("last year", "DATE", "2016"),
        ],
    ),
    # Saturday 2016-12-03 (ISO week 48), AP-style election story on the eve of a runoff,
    # headline ("votes Sunday"), byline, date line "Dec. 3, 2016", "TERASK, Morvala (AP) —"
    # dateline. The runoff is Sunday 2016-12-04 (headline, lead, "Sunday's vote"); Morvala is
    # on GMT+2, so "7 a.m. (0500 GMT)" is 2016-12-04T07:00 and 2016-12-04T05:00, "8 p.m."
    # 2016-12-04T20:00 (clock times without a named day on the day of their sentence);
    # results "by 2 a.m. on Monday" 2016-12-05T02:00 and 2016-12-05. Past: rallies "Friday
    # evening" 2016-12-02TEV, "midnight Friday" -> "midnight" 2016-12-02T24:00 (after a named
    # day, the midnight ending it, gold_blind54) and "Friday"; "Friday afternoon"
    # 2016-12-02TAF; the poll "published Wednesday" 2016-11-30; "the mission said Thursday"
    # 2016-12-01; the debate "scheduled for Thursday night" (cancelled, so past) 2016-12-01TNI;
    # "pulled out Tuesday" 2016-11-29; "Saturday morning" the publication day, 2016-12-03TMO;
    # "last week" 2016-W47. "two months ago" 2016-10 (the unit's granularity). "Nov. 20"
    # 2016-11-20 (a Sunday); "Dec. 31" 2016-12-31; "mid-January" 2017-01; "next year" 2017;
    # "the spring" ahead in December 2017-SP. "the third quarter" 2016-Q3 (a country's
    # calendar quarters, gold_blind35) and "a year earlier" 2015-Q3. "25 years" P25Y,
    # "within a week" P1W, "within 100 days" P100D, "five-year" P5Y, "six months" P6M, "For
    # years" PXY; "every 30 minutes" SET PT30M; "the 1990s" 199. Not annotated: "the first
    # round" (twice, an event), "Article 88", "vote2016.mv" (a web address in a 2016 story),
    # "64", "47", "29-year-old", "71" (ages), "41 percent", "50 percent", "33 percent", "58
    # percent", "14 percent", "16 percent", "4 points", "30,000", "2.3 million", "400",
    # "two five-year terms" beyond "five-year", "every election" (a set of events, no
    # calendar unit), "This time".
    "morvala-presidential-runoff-eve": (
        "2016-12-03",
        [
            ("Sunday", "DATE", "2016-12-04"),
            ("Dec. 3, 2016", "DATE", "2016-12-03"),
            ("Sunday", "DATE", "2016-12-04"),
            ("25 years", "DURATION", "P25Y"),
            ("7 a.m.", "TIME", "2016-12-04T07:00"),
            ("0500 GMT", "TIME", "2016-12-04T05:00"),
            ("8 p.m.", "TIME", "2016-12-04T20:00"),
            ("2 a.m.", "TIME", "2016-12-05T02:00"),
            ("Monday", "DATE", "2016-12-05"),
            ("a week", "DURATION", "P1W"),
            ("Nov. 20", "DATE", "2016-11-20"),
            ("two months ago", "DATE", "2016-10"),
            ("Friday evening", "TIME", "2016-12-02TEV"),
            ("midnight", "TIME", "2016-12-02T24:00"),
            ("Friday", "DATE", "2016-12-02"),
            ("1991", "DATE", "1991"),
            ("Friday afternoon", "TIME", "2016-12-02TAF"),
            ("100 days", "DURATION", "P100D"),
            ("five-year", "DURATION", "P5Y"),
            ("Dec. 31", "DATE", "2016-12-31"),
            ("mid-January", "DATE", "2017-01"),
            ("Wednesday", "DATE", "2016-11-30"),
            ("last week", "DATE", "2016-W47"),
            ("2008", "DATE", "2008"),
            ("six months", "DURATION", "P6M"),
            ("the third quarter", "DATE", "2016-Q3"),
            ("a year earlier", "DATE", "2015-Q3"),
            ("Sunday", "DATE", "2016-12-04"),
            ("Thursday", "DATE", "2016-12-01"),
            ("Saturday morning", "TIME", "2016-12-03TMO"),
            ("years", "DURATION", "PXY"),
            ("the 1990s", "DATE", "199"),
            ("next year", "DATE", "2017"),
            ("the spring", "DATE", "2017-SP"),
            ("every 30 minutes", "SET", "PT30M"),
            ("Thursday night", "TIME", "2016-12-01TNI"),
            ("Tuesday", "DATE", "2016-11-29"),
        ],
    ),
    # Wednesday 2019-08-14 (ISO week 33), British national daily's website, world-news page
    # on a refugee crossing: section label, headline, standfirst ("in 48 hours, the most since
    # 2016"), byline, stamp "Wed 14 Aug 2019 18.42 BST" (DATE and TIME, the zone in the span
    # and not in the value), and a correction line "amended on 14 August 2019". Greece is on
    # GMT+3 in summer: "about 3.20am local time (00.20 GMT)" 2019-08-14T03:20 and T00:20; "40
    # minutes later" after that exact clock time is an anchored TIME, 2019-08-14T04:00 (like
    # "40 minutes later" in gold_blind44). "the early hours of Wednesday" one DATE span
    # 2019-08-14 (gold_blind45, gold_blind103). Past: "Monday morning" 2019-08-12TMO,
    # "Tuesday night" 2019-08-13TNI, "late on Tuesday" one DATE span 2019-08-13 (see README),
    # the government "said on Monday" 2019-08-12. Future: the meeting "on Friday" 2019-08-16,
    # the ferry "on Saturday evening" 2019-08-17TEV, "next month" 2019-09, "10 October"
    # 2019-10-10, "the autumn" 2019-FA. "the end of July" 2019-07; "June" (twice) 2019-06;
    # "April" 2019-04; "July" 2019-07; "July last year" one span 2018-07 (gold_blind28,
    # gold_blind44); "last year" 2018; "the spring of 2016" 2016-SP; "now" PRESENT_REF;
    # "every month" SET P1M; "Every winter" and "every winter" SETs XXXX-WI; "48-hour"
    # PT48H; "three years" P3Y; "less than an hour" PT1H (the modifier kept). Not annotated:
    # "summer crossings" (headline; an adjectival season naming a kind, like "Summer
    # programs" in gold_blind103), "the patrol boat PV-2017" (a name holding 2017),
    # "four-year-old", "212", "57", "38", "650", "2,400", "4,100", "2,900", "1,000", "6,000",
    # "40,000", "9km", "€1,200 a seat", "nearly double", "in tents".
    "pyrgonisi-dinghy-rescue-arrivals": (
        "2019-08-14",
        [
            ("48 hours", "DURATION", "PT48H"),
            ("2016", "DATE", "2016"),
            ("Wed 14 Aug 2019", "DATE", "2019-08-14"),
            ("18.42 BST", "TIME", "2019-08-14T18:42"),
            ("the early hours of Wednesday", "DATE", "2019-08-14"),
            ("about 3.20am local time", "TIME", "2019-08-14T03:20"),
            ("00.20 GMT", "TIME", "2019-08-14T00:20"),
            ("40 minutes later", "TIME", "2019-08-14T04:00"),
            ("Wednesday afternoon", "TIME", "2019-08-14TAF"),
            ("Monday morning", "TIME", "2019-08-12TMO"),
            ("Tuesday night", "TIME", "2019-08-13TNI"),
            ("48-hour", "DURATION", "PT48H"),
            ("March 2016", "DATE", "2016-03"),
            ("late on Tuesday", "DATE", "2019-08-13"),
            ("now", "DATE", "PRESENT_REF"),
            ("the end of July", "DATE", "2019-07"),
            ("June", "DATE", "2019-06"),
            ("every month", "SET", "P1M"),
            ("April", "DATE", "2019-04"),
            ("July", "DATE", "2019-07"),
            ("June", "DATE", "2019-06"),
            ("July last year", "DATE", "2018-07"),
            ("Monday", "DATE", "2019-08-12"),
            ("the coming weeks", "DURATION", "PXW"),
            ("Friday", "DATE", "2019-08-16"),
            ("Saturday evening", "TIME", "2019-08-17TEV"),
            ("the autumn", "DATE", "2019-FA"),
            ("Every winter", "SET", "XXXX-WI"),
            ("every winter", "SET", "XXXX-WI"),
            ("three years", "DURATION", "P3Y"),
            ("less than an hour", "DURATION", "PT1H"),
            ("the spring of 2016", "DATE", "2016-SP"),
            ("last year", "DATE", "2018"),
            ("2018", "DATE", "2018"),
            ("2015", "DATE", "2015"),
            ("next month", "DATE", "2019-09"),
            ("10 October", "DATE", "2019-10-10"),
            ("14 August 2019", "DATE", "2019-08-14"),
        ],
    ),
    # Friday 2018-08-10 (ISO week 32), AFP-style wire on a wildfire abroad, headline,
    # "Valdoria, Spain, Aug 10, 2018 (AFP) -" dateline, desk slug "mdm/jv/rox". Spain is on
    # GMT+2 in summer: "11:00 am (0900 GMT)" 2018-08-10T11:00 and T09:00; "midday" T12:00
    # (gold_blind11, gold_blind23). The fire broke out "late on Wednesday" (one DATE span
    # 2018-08-08, see README), "at around 10:30 pm on Wednesday" 2018-08-08T22:30 (the
    # approximator kept) and spread "overnight", the night begun on Wednesday, 2018-08-08TNI
    # (gold_blind21, gold_blind103). Past: "on Thursday" 2018-08-09, "Thursday night"
    # 2018-08-09TNI, "last Friday" in a Friday story the Friday of the week before, 2018-08-03
    # (gold_blind4), "June 1" 2018-06-01, "7:00 am on Friday" the publication day. Future:
    # "Saturday afternoon" 2018-08-11TAF, "by Sunday" 2018-08-12, "on Saturday" 2018-08-11,
    # "from Monday" 2018-08-13, "until 9:00 pm on Sunday" 2018-08-12T21:00, "Friday evening"
    # (later the same day) 2018-08-10TEV, "Saturday morning" 2018-08-11TMO. "the summer of
    # 2012" 2012-SU; "so far this year" -> "this year" 2018 (gold_blind6, gold_blind28);
    # "the 10-year average" -> "10-year" P10Y; "the past fortnight" P2W; "the most in a
    # decade" P10Y (the period of a superlative); "the 1980s" 198; "Ten years ago" 2008 (the
    # unit's granularity); "once a decade" SET P10Y; "Now" PRESENT_REF; "every summer" SET
    # XXXX-SU; "20 minutes" PT20M. Not annotated: "the A-2018 regional road" (a road number
    # in a 2018 story), "kilometre posts 221 and 248", "60 kilometres (37 miles) per hour",
    # "8,400 hectares", "9,000 hectares", "44C (111F)", "58-year-old", "73", "3,000", "600",
    # "14", "4,200", "412", "red alert", "until further notice", the slug "mdm/jv/rox".
    "sierra-carrasca-wildfire-evacuation": (
        "2018-08-10",
        [
            ("Aug 10, 2018", "DATE", "2018-08-10"),
            ("Friday", "DATE", "2018-08-10"),
            ("late on Wednesday", "DATE", "2018-08-08"),
            ("midday", "TIME", "2018-08-10T12:00"),
            ("the summer of 2012", "DATE", "2012-SU"),
            ("The next 48 hours", "DURATION", "PT48H"),
            ("11:00 am", "TIME", "2018-08-10T11:00"),
            ("0900 GMT", "TIME", "2018-08-10T09:00"),
            ("Saturday afternoon", "TIME", "2018-08-11TAF"),
            ("Sunday", "DATE", "2018-08-12"),
            ("around 10:30 pm", "TIME", "2018-08-08T22:30"),
            ("Wednesday", "DATE", "2018-08-08"),
            ("overnight", "TIME", "2018-08-08TNI"),
            ("Thursday", "DATE", "2018-08-09"),
            ("June 1", "DATE", "2018-06-01"),
            ("7:00 am", "TIME", "2018-08-10T07:00"),
            ("Friday", "DATE", "2018-08-10"),
            ("Thursday night", "TIME", "2018-08-09TNI"),
            ("20 minutes", "DURATION", "PT20M"),
            ("Saturday", "DATE", "2018-08-11"),
            ("last Friday", "DATE", "2018-08-03"),
            ("Monday", "DATE", "2018-08-13"),
            ("9:00 pm", "TIME", "2018-08-12T21:00"),
            ("Sunday", "DATE", "2018-08-12"),
            ("this year", "DATE", "2018"),
            ("10-year", "DURATION", "P10Y"),
            ("the past fortnight", "DURATION", "P2W"),
            ("2017", "DATE", "2017"),
            ("a decade", "DURATION", "P10Y"),
            ("the 1980s", "DATE", "198"),
            ("Ten years ago", "DATE", "2008"),
            ("once a decade", "SET", "P10Y"),
            ("Now", "DATE", "PRESENT_REF"),
            ("every summer", "SET", "XXXX-SU"),
            ("Friday evening", "TIME", "2018-08-10TEV"),
            ("Saturday morning", "TIME", "2018-08-11TMO"),
        ],
    ),
    # Thursday 2018-11-15 (ISO week 46), Indian national daily's website, business page on a
    # trade deal: section label, headline ("from April 1"), standfirst, stamps "NEW DELHI,
    # NOVEMBER 15, 2018 00:14 IST" and "UPDATED: NOVEMBER 15, 2018 08:05 IST" (two DATEs and
    # two TIMEs, the zone in the span), byline. The Indian financial year runs April-March and
    # is named by the year it ends (gold_blind9, gold_blind49): "the next financial year"
    # (beginning April 1, 2019) FY2020; "the 2017-18 financial year" one span FY2018 (like
    # "the 2012-13 financial year", gold_blind49) and "the previous year" after it FY2017 (the
    # granularity of what it is compared with); "the end of this financial year" FY2019 (the
    # modifier not recorded, like "the end of 1990" in gold_blind35) with "March 31"
    # 2019-03-31. "the July-September quarter" names calendar months, 2018-Q3 (gold_blind9),
    # "a year earlier" 2017-Q3. The headline's "April 1" is the coming one, 2019-04-01. Past:
    # signed "on Wednesday evening" 2018-11-14TEV, "about 4 a.m. on Wednesday"
    # 2018-11-14T04:00, "Tuesday afternoon" 2018-11-13TAF, "on Monday" 2018-11-12, "last
    # Thursday" in a Thursday paper 2018-11-08 (gold_blind4), "October" 2018-10, "Diwali"
    # 2018-11-07 (a holiday on the day it fell on, gold_blind79). Future: "January" 2019-01,
    # "2020", "the first quarter of 2019" 2019-Q1, "by Friday" 2018-11-16. "nine years"
    # (standfirst and lead) P9Y, "five years" P5Y, "the next five years" P5Y, "three days" P3D,
    # "two decades" P20Y (the period of a superlative), "the last 48 hours" PT48H, "ten-year"
    # P10Y, "seven years" P7Y; "every six months" SET P6M. Not annotated: "HS heading 1905" (a
    # tariff code that looks like a year), "commerce.gov.in/cepa2018" (a web address),
    # "4,000", "2,600", "$24 billion", "$11.8 billion", "9%", "14%", "₹200 crore", "1,118
    # pages", "twice" (a count), "ran late", "The last chapter".
    "india-tavessa-cepa-signed": (
        "2018-11-15",
        [
            ("April 1", "DATE", "2019-04-01"),
            ("nine years", "DURATION", "P9Y"),
            ("NOVEMBER 15, 2018", "DATE", "2018-11-15"),
            ("00:14 IST", "TIME", "2018-11-15T00:14"),
            ("NOVEMBER 15, 2018", "DATE", "2018-11-15"),
            ("08:05 IST", "TIME", "2018-11-15T08:05"),
            ("Wednesday evening", "TIME", "2018-11-14TEV"),
            ("nine years", "DURATION", "P9Y"),
            ("2009", "DATE", "2009"),
            ("2012", "DATE", "2012"),
            ("2016", "DATE", "2016"),
            ("Diwali", "DATE", "2018-11-07"),
            ("April 1, 2019", "DATE", "2019-04-01"),
            ("the next financial year", "DATE", "FY2020"),
            ("2022", "DATE", "2022"),
            ("five years", "DURATION", "P5Y"),
            ("the next five years", "DURATION", "P5Y"),
            ("the 2017-18 financial year", "DATE", "FY2018"),
            ("the previous year", "DATE", "FY2017"),
            ("Monday", "DATE", "2018-11-12"),
            ("three days", "DURATION", "P3D"),
            ("two decades", "DURATION", "P20Y"),
            ("January", "DATE", "2019-01"),
            ("last Thursday", "DATE", "2018-11-08"),
            ("the July-September quarter", "DATE", "2018-Q3"),
            ("a year earlier", "DATE", "2017-Q3"),
            ("2020", "DATE", "2020"),
            ("every six months", "SET", "P6M"),
            ("the first quarter of 2019", "DATE", "2019-Q1"),
            ("about 4 a.m.", "TIME", "2018-11-14T04:00"),
            ("Wednesday", "DATE", "2018-11-14"),
            ("Tuesday afternoon", "TIME", "2018-11-13TAF"),
            ("the last 48 hours", "DURATION", "PT48H"),
            ("October", "DATE", "2018-10"),
            ("ten-year", "DURATION", "P10Y"),
            ("seven years", "DURATION", "P7Y"),
            ("the end of this financial year", "DATE", "FY2019"),
            ("March 31", "DATE", "2019-03-31"),
            ("Friday", "DATE", "2018-11-16"),
        ],
    ),
    # Tuesday 2019-06-11 (ISO week 24), US national daily's website, foreign-desk summit
    # story: section label "Europe", headline ("first summit in a decade"), subhead
    # ("Two-day talks ... before year's end"), byline, stamp "June 11, 2019 at 7:48 p.m. EDT"
    # (DATE and TIME, the zone in the span), "GENEVA —" dateline. Geneva is on GMT+2 in June:
    # "5:30 p.m. local time (1530 GMT)" 2019-06-11T17:30 and T15:30; "the scheduled close at
    # noon" 2019-06-11T12:00 (the summit's last day, the day of its sentence). "year's end"
    # and "the end of the year" DATE 2019 (gold_blind35, gold_blind54). "Monday evening"
    # 2019-06-10TEV; "hours after Reyes landed" PTXH (anchored); "Jan. 1" the next one,
    # 2020-01-01; "every summer" SET XXXX-SU; "daily" SET P1D; "every three months" SET P3M;
    # "starting in September" 2019-09. The quoted "Today" (said on Tuesday) 2019-06-11; "For
    # 20 years" P20Y; "within six months" P6M; "March 2007"; "after two days" P2D; "eight
    # months" P8M; "since October" (past, the secret meetings) 2018-10, but "elections in
    # October" (future) 2019-10; "the third in five years" -> "five years" P5Y (the period of
    # an ordinal count, gold_blind103); "last week" 2019-W23; "this year" 2019; "next week"
    # 2019-W25; "Tuesday night" 2019-06-11TNI; protests "on Saturday" 2019-06-15; "Wednesday
    # morning" 2019-06-12TMO and "the next day" after it 2019-06-13 (a narrative anchor,
    # gold_blind54). "a decade" (headline) and "more than a decade" P10Y, the period of a
    # "first in". Not annotated: "Highway 17", "61", "48" (ages), "40 percent", "a quarter",
    # "at least six times", "one seat", "the third" (an ordinal drought), "the Selva River".
    "ardania-veskar-geneva-summit": (
        "2019-06-11",
        [
            ("a decade", "DURATION", "P10Y"),
            ("Two-day", "DURATION", "P2D"),
            ("year's end", "DATE", "2019"),
            ("June 11, 2019", "DATE", "2019-06-11"),
            ("7:48 p.m. EDT", "TIME", "2019-06-11T19:48"),
            ("more than a decade", "DURATION", "P10Y"),
            ("Tuesday", "DATE", "2019-06-11"),
            ("the 1990s", "DATE", "199"),
            ("5:30 p.m. local time", "TIME", "2019-06-11T17:30"),
            ("1530 GMT", "TIME", "2019-06-11T15:30"),
            ("almost nine hours", "DURATION", "PT9H"),
            ("noon", "TIME", "2019-06-11T12:00"),
            ("Monday evening", "TIME", "2019-06-10TEV"),
            ("hours", "DURATION", "PTXH"),
            ("Jan. 1", "DATE", "2020-01-01"),
            ("every summer", "SET", "XXXX-SU"),
            ("daily", "SET", "P1D"),
            ("every three months", "SET", "P3M"),
            ("September", "DATE", "2019-09"),
            ("20 years", "DURATION", "P20Y"),
            ("Today", "DATE", "2019-06-11"),
            ("six months", "DURATION", "P6M"),
            ("the end of the year", "DATE", "2019"),
            ("1994", "DATE", "1994"),
            ("2008", "DATE", "2008"),
            ("March 2007", "DATE", "2007-03"),
            ("two days", "DURATION", "P2D"),
            ("eight months", "DURATION", "P8M"),
            ("October", "DATE", "2018-10"),
            ("five years", "DURATION", "P5Y"),
            ("last week", "DATE", "2019-W23"),
            ("this year", "DATE", "2019"),
            ("October", "DATE", "2019-10"),
            ("next week", "DATE", "2019-W25"),
            ("Tuesday night", "TIME", "2019-06-11TNI"),
            ("Saturday", "DATE", "2019-06-15"),
            ("Wednesday morning", "TIME", "2019-06-12TMO"),
            ("the next day", "DATE", "2019-06-13"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
