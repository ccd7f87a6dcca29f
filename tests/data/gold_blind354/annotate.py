"""Annotations of blind gold set 354, chosen by hand before the tagger ran.

    python tests/data/gold_blind354/annotate.py [--show]

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
    # Thursday 2013-06-20 (ISO week 25), New Zealand news site's storm forecast, headline
    # ("tonight"), stamp "Last updated 14:32 20/06/2013" (a TIME and a day-first DATE, the time
    # first as printed, gold_blind49's "14/09/2011"), byline, no dateline. "tomorrow" and
    # every future "Friday" are 2013-06-21, "Saturday" 2013-06-22, "at least Sunday"
    # 2013-06-23, "reopen on Monday" 2013-06-24; "since Tuesday" is past, 2013-06-18. The
    # warnings: rain "from 6pm today until 3pm tomorrow" (2013-06-20T18:00, 2013-06-21T15:00),
    # gales "at 9pm" (today) "until midday Friday" (2013-06-21T12:00 and the DATE). The
    # timeline's clock times without a day are on the story's day ("9pm"); "Midnight to 5am
    # Friday" -> "Midnight" the midnight that ends Thursday, 2013-06-20T24:00 (it follows the
    # 9pm line of the same night, gold_blind56, gold_blind75), "5am" 2013-06-21T05:00 and
    # "Friday". "after 4pm today", "8am on Saturday" 2013-06-22T08:00. "staffed overnight" is
    # tonight, 2013-06-20TNI (the night begun this evening, gold_blind21, gold_blind59);
    # "Friday night" 2013-06-21TNI. "in about five years" DURATION P5Y (the period of a
    # superlative, gold_blind56); "up to 48 hours" PT48H; "the 2008 storm" -> "2008" DATE (an
    # adjectival year, like "the 1947 flood" in gold_blind103), "July 2008" 2008-07, "for 11
    # days" P11D. "Queen's Birthday weekend" is Saturday 1 to Monday 3 June 2013 (the Monday
    # the first of June), the ISO week of its Saturday, 2013-W22-WE (gold_blind9, gold_blind103).
    # "a wet start to winter" -> "winter" 2013-WI (a southern winter, June-August, valued in
    # the year it falls in, gold_blind9, gold_blind103); "this month" 2013-06; "every three
    # hours" SET PT3H; "After a cold weekend" -> the head noun "weekend" 2013-W25-WE (22-23
    # June), like "a wetter than average autumn" (gold_blind103); "early next week" 2013-W26.
    # Not annotated: "after dark" (no value), "the worst", "140km/h", "110km/h", "180mm",
    # "600 metres", "212mm", "its June average" (an adjectival month naming a kind of figure,
    # like "the city's average July temperature" in gold_blind21), "State Highway 19", "0800
    # 555 2013" (a phone number holding the year), "61" (an age), "300 ewes", "40 crews", "four
    # primary schools", "Strait Link" and "Rimu Lines" (names).
    "rimuroa-storm-warnings-timeline": (
        "2013-06-20",
        [
            ("tonight", "TIME", "2013-06-20TNI"),
            ("14:32", "TIME", "2013-06-20T14:32"),
            ("20/06/2013", "DATE", "2013-06-20"),
            ("tonight", "TIME", "2013-06-20TNI"),
            ("Friday", "DATE", "2013-06-21"),
            ("6pm", "TIME", "2013-06-20T18:00"),
            ("today", "DATE", "2013-06-20"),
            ("3pm", "TIME", "2013-06-21T15:00"),
            ("tomorrow", "DATE", "2013-06-21"),
            ("9pm", "TIME", "2013-06-20T21:00"),
            ("midday", "TIME", "2013-06-21T12:00"),
            ("Friday", "DATE", "2013-06-21"),
            ("Tuesday", "DATE", "2013-06-18"),
            ("about five years", "DURATION", "P5Y"),
            ("3pm", "TIME", "2013-06-20T15:00"),
            ("today", "DATE", "2013-06-20"),
            ("9pm", "TIME", "2013-06-20T21:00"),
            ("Midnight", "TIME", "2013-06-20T24:00"),
            ("5am", "TIME", "2013-06-21T05:00"),
            ("Friday", "DATE", "2013-06-21"),
            ("Friday morning", "TIME", "2013-06-21TMO"),
            ("3pm", "TIME", "2013-06-21T15:00"),
            ("Friday", "DATE", "2013-06-21"),
            ("Saturday", "DATE", "2013-06-22"),
            ("4pm", "TIME", "2013-06-20T16:00"),
            ("today", "DATE", "2013-06-20"),
            ("8am", "TIME", "2013-06-22T08:00"),
            ("Saturday", "DATE", "2013-06-22"),
            ("tomorrow", "DATE", "2013-06-21"),
            ("Monday", "DATE", "2013-06-24"),
            ("overnight", "TIME", "2013-06-20TNI"),
            ("Friday night", "TIME", "2013-06-21TNI"),
            ("up to 48 hours", "DURATION", "PT48H"),
            ("this afternoon", "TIME", "2013-06-20TAF"),
            ("2008", "DATE", "2008"),
            ("July 2008", "DATE", "2008-07"),
            ("11 days", "DURATION", "P11D"),
            ("Queen's Birthday weekend", "DATE", "2013-W22-WE"),
            ("at least Sunday", "DATE", "2013-06-23"),
            ("winter", "DATE", "2013-WI"),
            ("this month", "DATE", "2013-06"),
            ("every three hours", "SET", "PT3H"),
            ("weekend", "DATE", "2013-W25-WE"),
            ("early next week", "DATE", "2013-W26"),
        ],
    ),
    # Sunday 2015-06-28 (ISO week 26), US regional paper's website, section label, headline
    # ("set in 1961"), deck ("through the Fourth of July weekend"), stamp "Originally published
    # June 28, 2015 at 6:10 am | Updated June 28, 2015 at 4:45 pm" (two DATEs and two TIMEs),
    # byline, "DELMAR FLATS, Wash. —" dateline. Past weekdays: the record "at 4:52 p.m.
    # Saturday" (2015-06-27T16:52), the peak demand "at 5 p.m. Saturday", the patients "between
    # Thursday and Saturday" (2015-06-25, 2015-06-27), "Friday morning" 2015-06-26TMO, the burn
    # ban "took effect Friday" 2015-06-26. Future: "until 9 p.m. Tuesday" (2015-06-30T21:00),
    # "a slight cooling Monday" 2015-06-29, the four-day stretch "could begin Thursday"
    # 2015-07-02, "until Wednesday" 2015-07-01. "today's high" -> "today"; "Tonight"
    # 2015-06-28TNI. "the Fourth of July weekend" is Saturday 4 and Sunday 5 July, 2015-W27-WE
    # (one span with the holiday's name, like "the long Thanksgiving weekend", gold_blind56).
    # "the third straight day" DURATION P1D (an ordinal day of a run, like "a fifth straight
    # day", gold_blind56). The cooling centres' and pools' hours recur: "from noon to 8 p.m.
    # daily" -> XXXX-XX-XXT12:00, XXXX-XX-XXT20:00 and SET P1D; "until 9 p.m. every evening
    # through July 5" -> XXXX-XX-XXT21:00, SET XXXX-XX-XXTEV and 2015-07-05 (a set and its
    # frame two TIMEX3, gold_blind56); the utility's "between 3 p.m. and 7 p.m. while the
    # warning lasts" likewise XXXX-XX-XXT15:00 and XXXX-XX-XXT19:00 (the restriction recurs on
    # each day of the warning; "while the warning lasts" is event-named and left out).
    # Fireworks "from 9 a.m. to 11 p.m. on July 4" 2015-07-04T09:00 and T23:00. "at least twice
    # a day" SET P1D (gold_blind49, gold_blind103). "the driest spring in 40 years" -> "spring"
    # 2015-SP (this spring itself, like "its hottest July on record", gold_blind21) and "40
    # years" DURATION P40Y (the period of a superlative). "Last summer" 2014-SU. Not annotated:
    # "109 degrees", "109", "107", "105", "103", "100", "one degree", "the mid-70s",
    # "Overnight lows" (an adjective naming a kind of reading, gold_blind103), "The previous
    # June record" (an adjectival month naming a kind of record, across years, like "the
    # warmest October day" in gold_blind9), "the hottest temperature ever recorded", "2,314
    # megawatts", "509-555-1961" (a phone number holding 1961, beside the annotated "1961"),
    # "Tenth Street", "State Route 261", "71" (an age), "14 people", "1.9 inches", "about a
    # third", "triple-digit", "while the warning lasts", "nothing has come close".
    "delmar-flats-all-time-heat-record": (
        "2015-06-28",
        [
            ("1961", "DATE", "1961"),
            ("the Fourth of July weekend", "DATE", "2015-W27-WE"),
            ("June 28, 2015", "DATE", "2015-06-28"),
            ("6:10 am", "TIME", "2015-06-28T06:10"),
            ("June 28, 2015", "DATE", "2015-06-28"),
            ("4:45 pm", "TIME", "2015-06-28T16:45"),
            ("4:52 p.m.", "TIME", "2015-06-27T16:52"),
            ("Saturday", "DATE", "2015-06-27"),
            ("Aug. 4, 1961", "DATE", "1961-08-04"),
            ("the third straight day", "DURATION", "P1D"),
            ("9 p.m.", "TIME", "2015-06-30T21:00"),
            ("Tuesday", "DATE", "2015-06-30"),
            ("today", "DATE", "2015-06-28"),
            ("Monday", "DATE", "2015-06-29"),
            ("1894", "DATE", "1894"),
            ("1992", "DATE", "1992"),
            ("Tonight", "TIME", "2015-06-28TNI"),
            ("four-day", "DURATION", "P4D"),
            ("Thursday", "DATE", "2015-07-02"),
            ("5 p.m.", "TIME", "2015-06-27T17:00"),
            ("Saturday", "DATE", "2015-06-27"),
            ("July 2009", "DATE", "2009-07"),
            ("3 p.m.", "TIME", "XXXX-XX-XXT15:00"),
            ("7 p.m.", "TIME", "XXXX-XX-XXT19:00"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
            ("Wednesday", "DATE", "2015-07-01"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("July 5", "DATE", "2015-07-05"),
            ("Thursday", "DATE", "2015-06-25"),
            ("Saturday", "DATE", "2015-06-27"),
            ("Friday morning", "TIME", "2015-06-26TMO"),
            ("at least twice a day", "SET", "P1D"),
            ("Friday", "DATE", "2015-06-26"),
            ("Sept. 30", "DATE", "2015-09-30"),
            ("9 a.m.", "TIME", "2015-07-04T09:00"),
            ("11 p.m.", "TIME", "2015-07-04T23:00"),
            ("July 4", "DATE", "2015-07-04"),
            ("the next few days", "DURATION", "PXD"),
            ("spring", "DATE", "2015-SP"),
            ("40 years", "DURATION", "P40Y"),
            ("March 1", "DATE", "2015-03-01"),
            ("Last summer", "DATE", "2014-SU"),
        ],
    ),
    # Wednesday 2014-03-12 (ISO week 11), Australian regional paper's website, headline ("dry
    # summer"), stamp "Updated March 12 2014 - 11:30am, first published 5:00am" (a DATE and two
    # TIMEs on it), byline, no dateline. "yesterday" 2014-03-11; the committees "met ... on
    # Friday" 2014-03-07; "41 degrees ... on Monday" 2014-03-10; "through the weekend" -> "the
    # weekend" 2014-W11-WE (15-16 March); "Friday 28 March" one DATE span with its weekday.
    # "dry summer" (headline) and "after a summer" -> "summer" 2014-SU: the southern summer just
    # past (December 2013-February 2014) takes the year of its January and February
    # (gold_blind9, gold_blind17); "another winter of feeding" -> "winter" 2014-WI, the coming
    # southern winter (June-August 2014), valued in the year it falls in (gold_blind9); "the
    # outlook for autumn" 2014-FA (like "the outlook for winter", gold_blind9), its "between
    # March and May" 2014-03 and 2014-05. "the 24 hours to 9am yesterday" -> "the 24 hours"
    # DURATION PT24H, "9am" 2014-03-11T09:00 and "yesterday": the rain-day of Australian
    # reports, a duration ending at a clock time; "to" is a signal, like "until" (see README).
    # "The 12 months to February" likewise -> P12M and "February" 2014-02. "every day since
    # Christmas" two TIMEX3 (SET P1D and 2013-12-25, like "every afternoon since Sunday" in
    # gold_blind9). "since October 1" 2013-10-01 (the nearest past one); "January" 2014-01.
    # Australian financial years run July-June and are named by the year they end
    # (gold_blind9, gold_blind49): "the 2013-14 financial year" FY2014, "next financial year"
    # FY2015. "now run until 30 June" -> "now" PRESENT_REF and 2014-06-30. "every Tuesday from
    # 9am to 3pm" -> SET XXXX-WXX-2 and the hours XXXX-XX-XXT09:00, XXXX-XX-XXT15:00; "last
    # week" 2014-W10; "next week" 2014-W12; "monthly meeting" SET P1M (an adjective naming a
    # recurrence, like "monthly leak surveys" in gold_blind35); "twice a week" SET P1W;
    # "Anzac Day" 2014-04-25; "nearly eight years" P8Y; the generic "12 months of near-normal
    # rain" (the rule for staying listed) DURATION P12M. Not annotated: "the wet season" (no
    # calendar unit, like "the monsoon" in gold_blind49), "62 per cent", "30 per cent",
    # "above-median", "94mm", "4mm", "1,400 head", "400 steers", "$1.45 a kilogram" (a price),
    # "$20 million", "$12 million", "58" (an age), "1800 612 014" (a hotline whose digits
    # run 2-0-1-4), "41 degrees", "the high 30s", "the first round", "less than a third".
    "barlow-creek-drought-declaration": (
        "2014-03-12",
        [
            ("summer", "DATE", "2014-SU"),
            ("March 12 2014", "DATE", "2014-03-12"),
            ("11:30am", "TIME", "2014-03-12T11:30"),
            ("5:00am", "TIME", "2014-03-12T05:00"),
            ("yesterday", "DATE", "2014-03-11"),
            ("2009", "DATE", "2009"),
            ("Friday", "DATE", "2014-03-07"),
            ("summer", "DATE", "2014-SU"),
            ("October 1", "DATE", "2013-10-01"),
            ("the 24 hours", "DURATION", "PT24H"),
            ("9am", "TIME", "2014-03-11T09:00"),
            ("yesterday", "DATE", "2014-03-11"),
            ("The 12 months", "DURATION", "P12M"),
            ("February", "DATE", "2014-02"),
            ("1902", "DATE", "1902"),
            ("every day", "SET", "P1D"),
            ("Christmas", "DATE", "2013-12-25"),
            ("January", "DATE", "2014-01"),
            ("December 2012", "DATE", "2012-12"),
            ("today", "DATE", "2014-03-12"),
            ("the 2013-14 financial year", "DATE", "FY2014"),
            ("next financial year", "DATE", "FY2015"),
            ("now", "DATE", "PRESENT_REF"),
            ("30 June", "DATE", "2014-06-30"),
            ("Friday 28 March", "DATE", "2014-03-28"),
            ("every Tuesday", "SET", "XXXX-WXX-2"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("3pm", "TIME", "XXXX-XX-XXT15:00"),
            ("autumn", "DATE", "2014-FA"),
            ("last week", "DATE", "2014-W10"),
            ("March", "DATE", "2014-03"),
            ("May", "DATE", "2014-05"),
            ("Anzac Day", "DATE", "2014-04-25"),
            ("winter", "DATE", "2014-WI"),
            ("April 2010", "DATE", "2010-04"),
            ("nearly eight years", "DURATION", "P8Y"),
            ("monthly", "SET", "P1M"),
            ("next week", "DATE", "2014-W12"),
            ("twice a week", "SET", "P1W"),
            ("Monday", "DATE", "2014-03-10"),
            ("the weekend", "DATE", "2014-W11-WE"),
            ("12 months", "DURATION", "P12M"),
        ],
    ),
    # Tuesday 2012-04-03 (ISO week 14), Scottish daily's monthly climate story, section label,
    # headline ("warmest March since 1910 ... for Easter"), standfirst ("later this week"), byline,
    # date line "Tuesday 3 April 2012" (one span with its weekday). "the warmest March since 1910"
    # -> "March" 2012-03, this March itself (like "The warmest November since records began in
    # 1884", gold_blind19), and "1910"; "yesterday" 2012-04-02. "the 1961-1990 average" -> "1961"
    # and "1990", a year range at its two ends (gold_blind103). "March 1957" 1957-03. "27 March" and
    # "28 March" 2012; "3pm on 28 March" 2012-03-28T15:00, "that evening" 2012-03-28TEV and "6am the
    # next day" 2012-03-29T06:00 with "the next day" 2012-03-29, all anchored on the narrative's
    # last date (gold_blind8, gold_blind14, gold_blind103). "The winter as a whole, December to
    # February" -> "The winter" 2012-WI (December 2011-February 2012, the year of its January,
    # gold_blind10), "December" 2011-12, "February" 2012-02. "the first three months of 2012" one
    # DATE span 2012-Q1 (see README). "about two weeks ahead of normal" DURATION P2W (the size of a
    # shift, gold_blind61). "on Sunday" 2012-04-01; "the start of March" 2012-03 (a month's start
    # valued as the month, like "the end of July", gold_blind49); "this summer" 2012-SU; "on 18
    # March"; "a six-week season" -> "six-week" P6W. Easter Sunday 2012 was 8 April: "Easter"
    # (headline) 2012-04-08, "Good Friday" 2012-04-06, "the Easter weekend" 2012-W14-WE (7-8 April,
    # gold_blind3, gold_blind10). "later this week" 2012-W14 (the modifier kept in the span,
    # gold_blind68); "by Thursday" and "until noon on Thursday" 2012-04-05, "from 6pm on Wednesday"
    # 2012-04-04T18:00; "next month" 2012-05; "Final figures for March" 2012-03; "the middle of
    # April" 2012-04 (like "around the middle of November", gold_blind9). Not annotated: "record
    # sunshine", "one of the driest and sunniest months on record" (generic months), "7.4C", "2.6C",
    # "6.8C", "22.9C", "21.4C", "minus 1.9C", "4C", "27mm", "19 per cent", "168 per cent", "81 per
    # cent", "93 per cent", "200 metres", "on record", "clear, still nights" (generic), "the season"
    # (a ski season, no calendar unit), "the coldest day", "yellow warning", "the A9", "may" (the
    # verb), "52" (an age), "One hard frost".
    "scotland-warmest-march-since-1910": (
        "2012-04-03",
        [
            ("March", "DATE", "2012-03"),
            ("1910", "DATE", "1910"),
            ("Easter", "DATE", "2012-04-08"),
            ("later this week", "DATE", "2012-W14"),
            ("Tuesday 3 April 2012", "DATE", "2012-04-03"),
            ("March", "DATE", "2012-03"),
            ("1910", "DATE", "1910"),
            ("yesterday", "DATE", "2012-04-02"),
            ("1961", "DATE", "1961"),
            ("1990", "DATE", "1990"),
            ("March 1957", "DATE", "1957-03"),
            ("27 March", "DATE", "2012-03-27"),
            ("3pm", "TIME", "2012-03-28T15:00"),
            ("28 March", "DATE", "2012-03-28"),
            ("that evening", "TIME", "2012-03-28TEV"),
            ("6am", "TIME", "2012-03-29T06:00"),
            ("the next day", "DATE", "2012-03-29"),
            ("The winter", "DATE", "2012-WI"),
            ("December", "DATE", "2011-12"),
            ("February", "DATE", "2012-02"),
            ("2007", "DATE", "2007"),
            ("the first three months of 2012", "DATE", "2012-Q1"),
            ("1937", "DATE", "1937"),
            ("about two weeks", "DURATION", "P2W"),
            ("Sunday", "DATE", "2012-04-01"),
            ("the start of March", "DATE", "2012-03"),
            ("this summer", "DATE", "2012-SU"),
            ("18 March", "DATE", "2012-03-18"),
            ("1997", "DATE", "1997"),
            ("six-week", "DURATION", "P6W"),
            ("later this week", "DATE", "2012-W14"),
            ("Thursday", "DATE", "2012-04-05"),
            ("the Easter weekend", "DATE", "2012-W14-WE"),
            ("Good Friday", "DATE", "2012-04-06"),
            ("6pm", "TIME", "2012-04-04T18:00"),
            ("Wednesday", "DATE", "2012-04-04"),
            ("noon", "TIME", "2012-04-05T12:00"),
            ("Thursday", "DATE", "2012-04-05"),
            ("March", "DATE", "2012-03"),
            ("next month", "DATE", "2012-05"),
            ("the middle of April", "DATE", "2012-04"),
        ],
    ),
    # Friday 2014-04-25 (ISO week 17), Indian national daily's website, section label,
    # headline, stamp "Published: April 25, 2014 02:41 IST | Updated: April 25, 2014 09:15 IST"
    # (two DATEs and two TIMEs, the zone in the span, gold_blind49), byline "Special
    # Correspondent", dateline "NEW DELHI, APRIL 24:" -> "APRIL 24" DATE 2014-04-24, the day of
    # the news, the day before the paper (the forecast was issued "on Thursday", 2014-04-24);
    # "on Wednesday" 2014-04-23. "this year" 2014; "from June to September" 2014-06 and
    # 2014-09; "the average rainfall for 1951-2000" -> "1951" and "2000", a range at its two
    # ends (gold_blind103); "by July or August" 2014-07, 2014-08; the quote's "August and
    # September" 2014; "the department's first for 2014" -> "2014"; "in early June" 2014-06;
    # "in mid-May" 2014-05; "last year" 2013 (twice); "in 2012"; "In 2009" (the clause's "an El
    # Nino year" is a kind of year and is left out); "nearly four decades" P40Y (the period of
    # a superlative); "the past 10 years" P10Y (the period of a count, gold_blind103). The
    # Indian financial year runs April-March and is named by the year it ends (gold_blind49):
    # "the 2013-14 fiscal, which ended on March 31" -> "the 2013-14 fiscal" FY2014 (the noun
    # "fiscal" as in gold_blind9) plus 2014-03-31; "the second half of the year" 2014-H2
    # (calendar: food inflation is reported by calendar month). "by May 15" 2014-05-15; "every
    # week from May" SET P1W and 2014-05 (a set and its frame); "next week" 2014-W18; "the first
    # rains in June" 2014-06; "the next four days" P4D; "three weeks late" DURATION P3W (the
    # size of a delay, gold_blind35); "every Thursday at 1 p.m." SET XXXX-WXX-4 and the hour
    # XXXX-XX-XXT13:00. Not annotated: "the long period average (LPA)", "94 per cent", "plus
    # or minus 5 per cent", "89 cm", "between 90 and 96 per cent", "60 per cent", "106 per
    # cent", "93 per cent", "78 per cent", "more than five percentage points", "four of",
    # "4.7 per cent", "9 per cent", "about 500 districts", "SEFS-14" (a model name),
    # "five-parameter", "short-duration", "kharif sowing" and "the monsoon" (seasons of no
    # calendar unit, gold_blind49), "Pre-monsoon heat", "45.1 degrees Celsius", "its hottest
    # April day" (a day compared across years, gold_blind9), "12 acres", "47" (an age), "This
    # time" (an idiom), "monsoonwatch.in/2014/erf" (a web address with a year).
    "imd-below-normal-monsoon-forecast": (
        "2014-04-25",
        [
            ("April 25, 2014", "DATE", "2014-04-25"),
            ("02:41 IST", "TIME", "2014-04-25T02:41"),
            ("April 25, 2014", "DATE", "2014-04-25"),
            ("09:15 IST", "TIME", "2014-04-25T09:15"),
            ("APRIL 24", "DATE", "2014-04-24"),
            ("Thursday", "DATE", "2014-04-24"),
            ("this year", "DATE", "2014"),
            ("June", "DATE", "2014-06"),
            ("September", "DATE", "2014-09"),
            ("1951", "DATE", "1951"),
            ("2000", "DATE", "2000"),
            ("July", "DATE", "2014-07"),
            ("August", "DATE", "2014-08"),
            ("August", "DATE", "2014-08"),
            ("September", "DATE", "2014-09"),
            ("2014", "DATE", "2014"),
            ("early June", "DATE", "2014-06"),
            ("mid-May", "DATE", "2014-05"),
            ("last year", "DATE", "2013"),
            ("2012", "DATE", "2012"),
            ("2009", "DATE", "2009"),
            ("nearly four decades", "DURATION", "P40Y"),
            ("the past 10 years", "DURATION", "P10Y"),
            ("the 2013-14 fiscal", "DATE", "FY2014"),
            ("March 31", "DATE", "2014-03-31"),
            ("the second half of the year", "DATE", "2014-H2"),
            ("May 15", "DATE", "2014-05-15"),
            ("every week", "SET", "P1W"),
            ("May", "DATE", "2014-05"),
            ("next week", "DATE", "2014-W18"),
            ("June", "DATE", "2014-06"),
            ("Wednesday", "DATE", "2014-04-23"),
            ("2010", "DATE", "2010"),
            ("the next four days", "DURATION", "P4D"),
            ("last year", "DATE", "2013"),
            ("three weeks", "DURATION", "P3W"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
            ("1 p.m.", "TIME", "XXXX-XX-XXT13:00"),
        ],
    ),
    # Saturday 2015-04-04 (ISO week 14), Canadian provincial forecast centre's flood bulletin,
    # "FLOOD BULLETIN #9", "Issued: Saturday, April 4, 2015, 10:30 a.m." (a DATE with its
    # weekday and a TIME), headline ("next week"), lists, "Next bulletin" box. Easter Sunday
    # 2015 was 5 April: "Good Friday" and "yesterday" 2015-04-03, "Easter Monday" 2015-04-06,
    # "the Easter long weekend" (Friday 3 to Monday 6 April, the current one) the ISO week of
    # its Saturday, 2015-W14-WE (gold_blind9, gold_blind103). Past: "overnight" (the ice jams,
    # told on Saturday morning) is the night begun on Friday evening, 2015-04-03TNI
    # (gold_blind103); "at 6 p.m. Friday" 2015-04-03T18:00; "since Thursday night"
    # 2015-04-02TNI. Future: "through Sunday" 2015-04-05, "between April 9 and April 12",
    # "early next week" and the headline's "next week" 2015-W15, "as early as Wednesday"
    # 2015-04-08 ("as early as" a signal, gold_blind56), "Sunday night" 2015-04-05TNI,
    # "Monday" 2015-04-06, "every day through Tuesday" SET P1D and 2015-04-07. "the past 24
    # hours" PT24H; "at 8 a.m. today" 2015-04-04T08:00. "the 2011 crest" and "the 2011 flood
    # level" -> "2011" DATE (adjectival years, like "the 1947 flood" in gold_blind103). "about
    # 10 days later than usual" DURATION P10D (the size of a delay); "this year" 2015; "its
    # outlook of February 26" and "on March 20" 2015; "in mid-March" 2015-03; "on four hours'
    # notice" -> "four hours" PT4H (like "20 minutes' notice", gold_blind15); the depots'
    # hours "from 8 a.m. to 8 p.m. daily" XXXX-XX-XXT08:00, XXXX-XX-XXT20:00 and SET P1D;
    # "April 28, 1979" 1979-04-28; "for nine hours yesterday" PT9H and 2015-04-03; the next
    # bulletin "on Easter Monday, April 6, 2015, by noon" two DATEs (the holiday and the date
    # beside it, like "The spring bank holiday on Monday 26 May", gold_blind56) and
    # 2015-04-06T12:00; "every six hours" SET PT6H. Not annotated: "#9" (a bulletin number),
    # "0.62 metres", "236.81 metres", "0.3 metres", "0.6 metres", "238.42 metres", "15 to 25
    # mm", "minus 5", "overnight lows" (an adjective naming a kind of reading), "Spring runoff"
    # (an adjectival season naming a kind, like "Summer programs", gold_blind103), "140
    # residents", "60,000 sandbags", "Provincial Road 317", "Highway 59", "around the clock",
    # "mbfloodinfo.ca/2015/tamarack" (a web address with a year), "1-888-555-2011" (a phone
    # number holding 2011, beside the annotated "2011"), "moderate", "major" (risk ratings).
    "tamarack-river-flood-bulletin": (
        "2015-04-04",
        [
            ("Saturday, April 4, 2015", "DATE", "2015-04-04"),
            ("10:30 a.m.", "TIME", "2015-04-04T10:30"),
            ("next week", "DATE", "2015-W15"),
            ("the past 24 hours", "DURATION", "PT24H"),
            ("8 a.m.", "TIME", "2015-04-04T08:00"),
            ("today", "DATE", "2015-04-04"),
            ("overnight", "TIME", "2015-04-03TNI"),
            ("Sunday", "DATE", "2015-04-05"),
            ("April 9", "DATE", "2015-04-09"),
            ("April 12", "DATE", "2015-04-12"),
            ("2011", "DATE", "2011"),
            ("early next week", "DATE", "2015-W15"),
            ("Wednesday", "DATE", "2015-04-08"),
            ("Sunday night", "TIME", "2015-04-05TNI"),
            ("Monday", "DATE", "2015-04-06"),
            ("every day", "SET", "P1D"),
            ("Tuesday", "DATE", "2015-04-07"),
            ("about 10 days", "DURATION", "P10D"),
            ("this year", "DATE", "2015"),
            ("February 26", "DATE", "2015-02-26"),
            ("March 20", "DATE", "2015-03-20"),
            ("mid-March", "DATE", "2015-03"),
            ("6 p.m.", "TIME", "2015-04-03T18:00"),
            ("Friday", "DATE", "2015-04-03"),
            ("four hours", "DURATION", "PT4H"),
            ("Good Friday", "DATE", "2015-04-03"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
            ("the Easter long weekend", "DATE", "2015-W14-WE"),
            ("2011", "DATE", "2011"),
            ("April 28, 1979", "DATE", "1979-04-28"),
            ("Thursday night", "TIME", "2015-04-02TNI"),
            ("nine hours", "DURATION", "PT9H"),
            ("yesterday", "DATE", "2015-04-03"),
            ("Easter Monday", "DATE", "2015-04-06"),
            ("April 6, 2015", "DATE", "2015-04-06"),
            ("noon", "TIME", "2015-04-06T12:00"),
            ("every six hours", "SET", "PT6H"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
