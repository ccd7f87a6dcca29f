"""Annotations of the hundred-and-third blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind103/annotate.py [--show]

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
    # Monday 2014-06-16 (ISO week 25), US local TV station's website, NWS flash flood watch,
    # stamps "Posted: Jun 16, 2014 5:52 AM CDT" and "Updated: ... 12:40 PM CDT" (date and
    # clock time two TIMEX3, the zone in the span and not in the value, gold_blind56) and a
    # "HARLAN SPRINGS, Mo. (KHSM) -" dateline. The watch runs "until 8 p.m. CDT Tuesday"
    # (headline and lead): "8 p.m." 2014-06-17T20:00 and "Tuesday" 2014-06-17, two TIMEX3.
    # "the next 48 hours" DURATION PT48H. Past weekdays: the watch "first took effect at 4 a.m.
    # Sunday" 2014-06-15T04:00, rain "Sunday night" 2014-06-15TNI, "from Saturday" 2014-06-14;
    # "overnight" (the rescues, told on Monday) is the night begun on Sunday evening,
    # 2014-06-15TNI (gold_blind21, gold_blind59). Future weekdays: the crest "Tuesday morning"
    # 2014-06-17TMO, storms "Wednesday and Thursday" 2014-06-18 and 2014-06-19, the fair "opens
    # Thursday" 2014-06-19, "at least Wednesday" 2014-06-18; "the weekend" 2014-W25-WE (21-22
    # June). "early this afternoon", "late tonight", "early this morning" and "this morning"
    # are parts of the publication day (modifiers kept in the span); "until 1 p.m." and "at 5
    # p.m." are clock times on the story's day. "a two-day period" DURATION P2D; "earlier
    # this month" 2014-06; "June 3" 2014-06-03; "last week" 2014-W24; "late last year" 2013;
    # "Five years ago" 2009 (the unit's granularity, gold_blind28); "every year" SET P1Y,
    # "every 30 minutes" SET PT30M. Not annotated: "level 3", "Route 14", "18.4 feet", "3
    # feet", "21 feet", "5.2 inches", "6 inches", "14.6 inches", "2 to 4 inches", "the
    # second-highest", "Summer programs" (an adjectival season naming a kind, gold_blind56),
    # "417-555-2014", "khsm.com/weather/2014/06/16/roads" (numbers in a URL), "$2 million",
    # "40 homes", "while the watch is in effect".
    "harlan-springs-flash-flood-watch": (
        "2014-06-16",
        [
            ("8 p.m.", "TIME", "2014-06-17T20:00"),
            ("Tuesday", "DATE", "2014-06-17"),
            ("Jun 16, 2014", "DATE", "2014-06-16"),
            ("5:52 AM CDT", "TIME", "2014-06-16T05:52"),
            ("Jun 16, 2014", "DATE", "2014-06-16"),
            ("12:40 PM CDT", "TIME", "2014-06-16T12:40"),
            ("8 p.m. CDT", "TIME", "2014-06-17T20:00"),
            ("Tuesday", "DATE", "2014-06-17"),
            ("the next 48 hours", "DURATION", "PT48H"),
            ("4 a.m.", "TIME", "2014-06-15T04:00"),
            ("Sunday", "DATE", "2014-06-15"),
            ("Sunday night", "TIME", "2014-06-15TNI"),
            ("early this afternoon", "TIME", "2014-06-16TAF"),
            ("late tonight", "TIME", "2014-06-16TNI"),
            ("1 p.m.", "TIME", "2014-06-16T13:00"),
            ("Saturday", "DATE", "2014-06-14"),
            ("Sunday night", "TIME", "2014-06-15TNI"),
            ("two-day", "DURATION", "P2D"),
            ("May 2002", "DATE", "2002-05"),
            ("early this morning", "TIME", "2014-06-16TMO"),
            ("Tuesday morning", "TIME", "2014-06-17TMO"),
            ("overnight", "TIME", "2014-06-15TNI"),
            ("April 1", "DATE", "2014-04-01"),
            ("earlier this month", "DATE", "2014-06"),
            ("June 3", "DATE", "2014-06-03"),
            ("last week", "DATE", "2014-W24"),
            ("Wednesday", "DATE", "2014-06-18"),
            ("Thursday", "DATE", "2014-06-19"),
            ("the weekend", "DATE", "2014-W25-WE"),
            ("Thursday", "DATE", "2014-06-19"),
            ("this morning", "TIME", "2014-06-16TMO"),
            ("today", "DATE", "2014-06-16"),
            ("at least Wednesday", "DATE", "2014-06-18"),
            ("late last year", "DATE", "2013"),
            ("Five years ago", "DATE", "2009"),
            ("every year", "SET", "P1Y"),
            ("every 30 minutes", "SET", "PT30M"),
            ("5 p.m.", "TIME", "2014-06-16T17:00"),
        ],
    ),
    # Wednesday 2012-11-28 (ISO week 48), British regional daily, headline, standfirst,
    # byline, date line "Wednesday 28 November 2012" (one span with its weekday); "yesterday"
    # is Tuesday 2012-11-27 and "last night" would be its night. The peak "tomorrow"
    # (headline) is "the early hours of Thursday", one DATE span 2012-11-29 (gold_blind7,
    # gold_blind45), "between 1am and 4am on Thursday" two TIMEs and the DATE. "the 1947
    # flood" and the headline's "since 1947" give DATE 1947, an adjectival year like "The 1957
    # quake" (gold_blind28): the flood is named by its year, and the year is a date (see
    # README); "March 1947" 1947-03; Mrs Tolley's "in 1947" the same year. Past weekdays:
    # "since 6pm on Monday" 2012-11-26T18:00, "between Saturday and Monday" 2012-11-24 and
    # 2012-11-26, "since Monday night" 2012-11-26TNI, "since Sunday" 2012-11-25, "on Monday
    # afternoon" 2012-11-26TAF, "since Sunday night" 2012-11-25TNI. Future: the Met Office
    # warning "for Saturday" 2012-12-01 (the same weekday in both directions), "at least
    # Friday" 2012-11-30, "Tuesday 4 December" 2012-12-04 with "7.30pm" that day. "the
    # weekend" (standfirst and quote) 2012-W48-WE (1-2 December); "next week" 2012-W49 and "the
    # middle of next week" 2012-W49 (the modifier not recorded, like "the end of next week",
    # gold_blind59). "up 38cm in 24 hours" -> "24 hours" DURATION PT24H, the time a past change
    # took (gold_blind35). "several days" PXD. "two days later" after "16 January 2008" is
    # 2008-01-18 (gold_blind56). "last year" 2011; "trained annually" SET P1Y; "every two
    # hours" SET PT2H. Not annotated: "its usual monthly total" (an adjective naming the period
    # of a figure, not a recurrence, like "a monthly rise" in gold_blind23), "Six flood
    # warnings", "three levels", "yellow warning", "5.41 metres", "38cm", "5.9m", "6.02m",
    # "4m", "61mm", "the A4109", "78", "13" (ages), "0808 555 1947", "around the clock", "so
    # far", "Since then", "immediate action", "£4.2m", "140 homes", "60 properties".
    "kelmsford-river-marle-flood-peak": (
        "2012-11-28",
        [
            ("tomorrow", "DATE", "2012-11-29"),
            ("1947", "DATE", "1947"),
            ("several days", "DURATION", "PXD"),
            ("the weekend", "DATE", "2012-W48-WE"),
            ("Wednesday 28 November 2012", "DATE", "2012-11-28"),
            ("the early hours of Thursday", "DATE", "2012-11-29"),
            ("1947", "DATE", "1947"),
            ("yesterday", "DATE", "2012-11-27"),
            ("6pm", "TIME", "2012-11-26T18:00"),
            ("Monday", "DATE", "2012-11-26"),
            ("7am", "TIME", "2012-11-27T07:00"),
            ("yesterday", "DATE", "2012-11-27"),
            ("24 hours", "DURATION", "PT24H"),
            ("March 1947", "DATE", "1947-03"),
            ("1am", "TIME", "2012-11-29T01:00"),
            ("4am", "TIME", "2012-11-29T04:00"),
            ("Thursday", "DATE", "2012-11-29"),
            ("the middle of next week", "DATE", "2012-W49"),
            ("the weekend", "DATE", "2012-W48-WE"),
            ("Saturday", "DATE", "2012-11-24"),
            ("Monday", "DATE", "2012-11-26"),
            ("Saturday", "DATE", "2012-12-01"),
            ("Monday night", "TIME", "2012-11-26TNI"),
            ("at least Friday", "DATE", "2012-11-30"),
            ("Sunday", "DATE", "2012-11-25"),
            ("next week", "DATE", "2012-W49"),
            ("Monday afternoon", "TIME", "2012-11-26TAF"),
            ("annually", "SET", "P1Y"),
            ("every two hours", "SET", "PT2H"),
            ("Sunday night", "TIME", "2012-11-25TNI"),
            ("16 January 2008", "DATE", "2008-01-16"),
            ("two days later", "DATE", "2008-01-18"),
            ("last year", "DATE", "2011"),
            ("1947", "DATE", "1947"),
            ("7.30pm", "TIME", "2012-12-04T19:30"),
            ("Tuesday 4 December", "DATE", "2012-12-04"),
        ],
    ),
    # Thursday 2013-01-10 (ISO week 2), Australian regional paper's website, stamp "10 Jan,
    # 2013 04:45 PM" (date and clock time two TIMEX3, gold_blind49), byline, no dateline. The
    # total fire ban is "for Friday" 2013-01-11 (headline, lead, "the fire danger rating for
    # Friday"), "Tomorrow" and "Friday's change" the same day, the change "on Friday evening"
    # 2013-01-11TEV. The fire "started about 2.30pm on Wednesday" 2013-01-09T14:30 (the
    # approximator kept in the span); the emergency warning "at 5.10pm on Wednesday", the
    # downgrade "at 11pm" that day; "through the night" -> "the night" 2013-01-09TNI (the night
    # after Wednesday's start); "since Wednesday night" the same; "yesterday" 2013-01-09. The
    # ban "runs from midnight tonight until 11.59pm on Friday": "midnight" after "tonight" is
    # the midnight ending Thursday, 2013-01-10T24:00 (gold_blind56, gold_blind75), "tonight"
    # 2013-01-10TNI, "11.59pm" 2013-01-11T23:59. "contained by Monday" 2013-01-14; "the
    # weekend" 2013-W02-WE (12-13 January). "about 30 hours" PT30H; "five consecutive days"
    # DURATION P5D (a cardinal run, gold_blind39, gold_blind59); "the first since 19 December"
    # 2012-12-19; "its driest December since 1982" -> "December" 2012-12 (the December just
    # past, like "the warmest September nights" in gold_blind44) and "1982"; "mid-2012" 2012
    # (gold_blind59); "after a wet winter" -> "winter" 2012-WI, the southern winter of 2012
    # (June-August), valued in the year it falls in (gold_blind68, gold_blind88); "recently"
    # PAST_REF; "a 90-day review" DURATION P90D; "February 2006" and "over three weeks" P3W;
    # "12-hour" PT12H; "every hour" SET PT1H. Not annotated: "this season" (the fire season, a
    # named season of no calendar unit, gold_blind49), "emergency warning", "watch and act",
    # "three alert levels", "severe", "extreme", "catastrophic", "third", "41 degrees", "35
    # degrees", "70km/h", "4,200 hectares", "11,000 hectares", "4.6mm", "Highway 31", "1800 555
    # 195", "may" (the verb), "until the fire is contained", "180 firefighters".
    "mount-carrow-bushfire-total-fire-ban": (
        "2013-01-10",
        [
            ("Friday", "DATE", "2013-01-11"),
            ("10 Jan, 2013", "DATE", "2013-01-10"),
            ("04:45 PM", "TIME", "2013-01-10T16:45"),
            ("Friday", "DATE", "2013-01-11"),
            ("Friday evening", "TIME", "2013-01-11TEV"),
            ("about 2.30pm", "TIME", "2013-01-09T14:30"),
            ("Wednesday", "DATE", "2013-01-09"),
            ("this afternoon", "TIME", "2013-01-10TAF"),
            ("5.10pm", "TIME", "2013-01-09T17:10"),
            ("Wednesday", "DATE", "2013-01-09"),
            ("11pm", "TIME", "2013-01-09T23:00"),
            ("the night", "TIME", "2013-01-09TNI"),
            ("Tomorrow", "DATE", "2013-01-11"),
            ("about 30 hours", "DURATION", "PT30H"),
            ("Monday", "DATE", "2013-01-14"),
            ("Friday", "DATE", "2013-01-11"),
            ("the weekend", "DATE", "2013-W02-WE"),
            ("midnight", "TIME", "2013-01-10T24:00"),
            ("tonight", "TIME", "2013-01-10TNI"),
            ("11.59pm", "TIME", "2013-01-11T23:59"),
            ("Friday", "DATE", "2013-01-11"),
            ("19 December", "DATE", "2012-12-19"),
            ("Friday", "DATE", "2013-01-11"),
            ("five consecutive days", "DURATION", "P5D"),
            ("December", "DATE", "2012-12"),
            ("1982", "DATE", "1982"),
            ("mid-2012", "DATE", "2012"),
            ("winter", "DATE", "2012-WI"),
            ("recently", "DATE", "PAST_REF"),
            ("90-day", "DURATION", "P90D"),
            ("February 2006", "DATE", "2006-02"),
            ("three weeks", "DURATION", "P3W"),
            ("Wednesday night", "TIME", "2013-01-09TNI"),
            ("6pm", "TIME", "2013-01-10T18:00"),
            ("today", "DATE", "2013-01-10"),
            ("yesterday", "DATE", "2013-01-09"),
            ("12-hour", "DURATION", "PT12H"),
            ("every hour", "SET", "PT1H"),
        ],
    ),
    # Friday 2014-02-14 (ISO week 7), Canadian paper's website, headline, stamp "Published on:
    # February 14, 2014 | Last Updated: February 14, 2014 3:15 PM EST" (two DATEs and a TIME),
    # byline, "HALDEN BAY —" dateline. Family Day is the third Monday of February in Ontario,
    # 2014-02-17: "Monday is Family Day" gives two DATEs (like "Monday is Presidents Day" in
    # gold_blind56); the headline's "Family Day weekend" and "the long weekend" are the
    # Saturday-Monday holiday weekend, the ISO week of its Saturday, 2014-W07-WE (like "the
    # long Thanksgiving weekend" in gold_blind56). "early Friday" is the publication day, DATE
    # 2014-02-14 (gold_blind44); "tonight" 2014-02-14TNI, "Saturday night" 2014-02-15TNI.
    # Future: "at least Tuesday" 2014-02-18, "5:30 a.m. Tuesday" 2014-02-18T05:30 and the DATE,
    # "next week" 2014-W08, "the middle of next week" 2014-W08, the high "forecast for
    # Thursday" 2014-02-20. Past: "Thursday night" 2014-02-13TNI, "on Wednesday" 2014-02-12.
    # The warming centres' hours recur, "from 7 p.m. to 7 a.m. every night" -> two TIMEs
    # XXXX-XX-XXThh:mm and the SET XXXX-XX-XXTNI (gold_blind28, gold_blind54). "January 1994"
    # 1994-01; "late January" 2014-01; "this month" 2014-02; "this winter" 2014-WI; "Last
    # winter" 2013-WI (the winter of 2012-13, taking the year of its January, gold_blind10)
    # and its "late December" 2012-12 and "early February" 2013-02; "deliveries in January"
    # 2014-01 and "a year earlier" after it 2013-01 (the granularity of what it is compared
    # with, gold_blind35); "the third time in two weeks" -> "two weeks" DURATION P2W (the period
    # of an ordinal count, like "the third derailment ... in 18 months" in gold_blind14);
    # "weeks" PXW; "Valentine's Day" 2014-02-14 (a holiday on the day it falls on);
    # "this afternoon" 2014-02-14TAF; "at least once a day" SET P1D (gold_blind56). Not
    # annotated: "Overnight lows" and "daytime highs" (adjectives naming kinds of reading,
    # like "The overnight low" in gold_blind21), "holiday hours", "minus 40", "minus 38 to
    # minus 42", "minus 31C", "minus 20C", "minus 4C", "minus 4", "Highway 11", "705-555-1994"
    # (a phone number holding 1994, beside "January 1994"), "2,914 megawatts", "30 per cent",
    # "212", "140", "fourth", "11th", "three", "until the warning is lifted".
    "halden-bay-extreme-cold-warning": (
        "2014-02-14",
        [
            ("Family Day weekend", "DATE", "2014-W07-WE"),
            ("February 14, 2014", "DATE", "2014-02-14"),
            ("February 14, 2014", "DATE", "2014-02-14"),
            ("3:15 PM EST", "TIME", "2014-02-14T15:15"),
            ("early Friday", "DATE", "2014-02-14"),
            ("tonight", "TIME", "2014-02-14TNI"),
            ("Saturday night", "TIME", "2014-02-15TNI"),
            ("January 1994", "DATE", "1994-01"),
            ("at least Tuesday", "DATE", "2014-02-18"),
            ("late January", "DATE", "2014-01"),
            ("the long weekend", "DATE", "2014-W07-WE"),
            ("Monday", "DATE", "2014-02-17"),
            ("Family Day", "DATE", "2014-02-17"),
            ("7 p.m.", "TIME", "XXXX-XX-XXT19:00"),
            ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("Thursday night", "TIME", "2014-02-13TNI"),
            ("Wednesday", "DATE", "2014-02-12"),
            ("this month", "DATE", "2014-02"),
            ("this winter", "DATE", "2014-WI"),
            ("Last winter", "DATE", "2013-WI"),
            ("late December", "DATE", "2012-12"),
            ("early February", "DATE", "2013-02"),
            ("January", "DATE", "2014-01"),
            ("a year earlier", "DATE", "2013-01"),
            ("today", "DATE", "2014-02-14"),
            ("two weeks", "DURATION", "P2W"),
            ("5:30 a.m.", "TIME", "2014-02-18T05:30"),
            ("Tuesday", "DATE", "2014-02-18"),
            ("next week", "DATE", "2014-W08"),
            ("the middle of next week", "DATE", "2014-W08"),
            ("Thursday", "DATE", "2014-02-20"),
            ("weeks", "DURATION", "PXW"),
            ("Valentine's Day", "DATE", "2014-02-14"),
            ("this afternoon", "TIME", "2014-02-14TAF"),
            ("at least once a day", "SET", "P1D"),
        ],
    ),
    # Tuesday 2015-12-15 (ISO week 51), Irish national daily, headline, standfirst, byline,
    # date line "Tuesday 15 December 2015"; "yesterday" is Monday 2015-12-14, "last night" and
    # "worked through the night" its night, 2015-12-14TNI. The storm came "on Saturday"
    # 2015-12-12; the status red warning "valid from 6pm on Saturday until 9am on Sunday"
    # 2015-12-12T18:00 and 2015-12-13T09:00 with their DATEs; the gust "at 11.40pm on
    # Saturday"; the height "at about 4am on Sunday" 2015-12-13T04:00; "by Sunday evening"
    # 2015-12-13TEV; "16-hour shifts since Saturday night" 2015-12-12TNI. Future: "tomorrow
    # evening" 2015-12-16TEV, "the weekend" 2015-W51-WE (19-20 December), the status yellow
    # warning "for Thursday" (standfirst and body) 2015-12-17 "from 3am to 6pm", two TIMEs on
    # that day; "this afternoon" 2015-12-15TAF. "The clean-up will take weeks" (headline)
    # "weeks" PXW; "the coming months" PXM; "the next few days" PXD; "in more than a decade"
    # DURATION P10Y (the period of a "first in", gold_blind35); "almost 40 hours" PT40H; "I've
    # lived here 61 years" DURATION P61Y (how long he has lived there, not an age). "this
    # winter's bill" -> "this winter" 2016-WI: in December 2015 the current winter is that of
    # 2015-16, which takes the year of its January (gold_blind10, gold_blind97). "the wettest
    # December on record" 2015-12 and "since December 1" 2015-12-01; "began naming storms in
    # September" 2015-09; "December 1998", "1987", "2014" as written. Not annotated: "Storm
    # Orla" and "Orla" (a storm's name), "status red", "status yellow", "the yellow warning",
    # "the fourth named storm of the season" ("the season", a named storm season, gold_blind59),
    # "May" in "May God help" (the verb, at the head of a sentence), "the N59", "148km/h",
    # "100km/h", "212mm", "€62m", "6,000", "96,000", "40,000", "50,000", "300 trees", "40 line
    # workers", "1850 372 998" (a phone number opening with a year-like 1850), "the Western
    # Sunday Herald" (a newspaper, in a story with "Sunday" annotated), "on record".
    "storm-orla-west-clean-up": (
        "2015-12-15",
        [
            ("weeks", "DURATION", "PXW"),
            ("Thursday", "DATE", "2015-12-17"),
            ("Tuesday 15 December 2015", "DATE", "2015-12-15"),
            ("the night", "TIME", "2015-12-14TNI"),
            ("Saturday", "DATE", "2015-12-12"),
            ("about 4am", "TIME", "2015-12-13T04:00"),
            ("Sunday", "DATE", "2015-12-13"),
            ("Sunday evening", "TIME", "2015-12-13TEV"),
            ("last night", "TIME", "2015-12-14TNI"),
            ("tomorrow evening", "TIME", "2015-12-16TEV"),
            ("the weekend", "DATE", "2015-W51-WE"),
            ("6pm", "TIME", "2015-12-12T18:00"),
            ("Saturday", "DATE", "2015-12-12"),
            ("9am", "TIME", "2015-12-13T09:00"),
            ("Sunday", "DATE", "2015-12-13"),
            ("more than a decade", "DURATION", "P10Y"),
            ("11.40pm", "TIME", "2015-12-12T23:40"),
            ("Saturday", "DATE", "2015-12-12"),
            ("December 1998", "DATE", "1998-12"),
            ("yesterday afternoon", "TIME", "2015-12-14TAF"),
            ("almost 40 hours", "DURATION", "PT40H"),
            ("1987", "DATE", "1987"),
            ("61 years", "DURATION", "P61Y"),
            ("the coming months", "DURATION", "PXM"),
            ("2014", "DATE", "2014"),
            ("this winter", "DATE", "2016-WI"),
            ("September", "DATE", "2015-09"),
            ("the next few days", "DURATION", "PXD"),
            ("Thursday", "DATE", "2015-12-17"),
            ("3am", "TIME", "2015-12-17T03:00"),
            ("6pm", "TIME", "2015-12-17T18:00"),
            ("December", "DATE", "2015-12"),
            ("December 1", "DATE", "2015-12-01"),
            ("16-hour", "DURATION", "PT16H"),
            ("Saturday night", "TIME", "2015-12-12TNI"),
            ("this afternoon", "TIME", "2015-12-15TAF"),
        ],
    ),
    # Saturday 2015-11-28 (ISO week 48), British broadcaster's news page, headline, stamp "28
    # November 2015 Last updated at 07:12 GMT" (DATE and TIME, gold_blind56), byline, no
    # dateline. The outlook was "published on Friday" 2015-11-27. "The winter ahead" and "the
    # winter" (the one it will be) are the winter of 2015-16, 2016-WI, taking the year of its
    # January (gold_blind10, gold_blind28); it "covers December to February" -> "December"
    # 2015-12 and "February" 2016-02, two DATEs, the range annotated at its ends (gold_blind44's
    # "between December and February"). "the 1981-2010 average" -> "1981" and "2010", two
    # DATEs: a year range is annotated at its two ends (see README). "a wetter than average
    # autumn" -> "autumn" 2015-FA, the head noun only, like "a colder than average November"
    # in gold_blind44; "between 1 September and 26 November" 2015-09-01 and 2015-11-26.
    # "Christmas" (headline and quote) 2015-12-25; "mid-January" 2016-01; the quote's
    # "February" 2016-02. "the winter of 2010-11" one DATE span 2011-WI (gold_blind76), and
    # "That winter" after it the same winter, a narrative anchor (like "that autumn" in
    # gold_blind10); its "coldest December" 2010-12 and "more than 100 years" P100Y (the
    # period of a superlative, gold_blind56). "Last winter" in November 2015 is 2015-WI
    # (gold_blind97), its "late January" 2015-01. "the late 1990s" 199; "monthly" SET P1M;
    # "the first half of 2015" 2015-H1, "the first quarter of 2016" 2016-Q1 (calendar, no
    # fiscal year described); "now" PRESENT_REF; "a year ago" 2014 (the unit's granularity);
    # "recent years" PAST_REF; "mid-October" 2015-10; "this month" 2015-11; "the coming
    # weeks" PXW. Not annotated: "Seasonal forecasts" (an adjective), "Storm Aled" and "Storm
    # Berwyn" (names), "60% of the time", "40%", "15%", "28%", "12%", "318mm", "minus 18C",
    # "the M5", "the A38", "1.3 million tonnes", "Two named storms", "El Niño".
    "met-office-winter-outlook-mild-start": (
        "2015-11-28",
        [
            ("Christmas", "DATE", "2015-12-25"),
            ("28 November 2015", "DATE", "2015-11-28"),
            ("07:12 GMT", "TIME", "2015-11-28T07:12"),
            ("The winter ahead", "DATE", "2016-WI"),
            ("three-month", "DURATION", "P3M"),
            ("Friday", "DATE", "2015-11-27"),
            ("December", "DATE", "2015-12"),
            ("February", "DATE", "2016-02"),
            ("the winter", "DATE", "2016-WI"),
            ("1981", "DATE", "1981"),
            ("2010", "DATE", "2010"),
            ("autumn", "DATE", "2015-FA"),
            ("1 September", "DATE", "2015-09-01"),
            ("26 November", "DATE", "2015-11-26"),
            ("the late 1990s", "DATE", "199"),
            ("mid-January", "DATE", "2016-01"),
            ("the winter of 2010-11", "DATE", "2011-WI"),
            ("Christmas", "DATE", "2015-12-25"),
            ("February", "DATE", "2016-02"),
            ("That winter", "DATE", "2011-WI"),
            ("December", "DATE", "2010-12"),
            ("more than 100 years", "DURATION", "P100Y"),
            ("Last winter", "DATE", "2015-WI"),
            ("late January", "DATE", "2015-01"),
            ("monthly", "SET", "P1M"),
            ("the first half of 2015", "DATE", "2015-H1"),
            ("the first quarter of 2016", "DATE", "2016-Q1"),
            ("now", "DATE", "PRESENT_REF"),
            ("a year ago", "DATE", "2014"),
            ("recent years", "DATE", "PAST_REF"),
            ("mid-October", "DATE", "2015-10"),
            ("this month", "DATE", "2015-11"),
            ("the coming weeks", "DURATION", "PXW"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
