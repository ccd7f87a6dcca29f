"""Annotations of the hundred-and-eightieth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind180/annotate.py [--show]

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
    # Tuesday 2013-05-14 (ISO week 20), an outdoor magazine's website, expedition dispatch,
    # headline, stamp line "Tuesday 14 May 2013, 19:05 NPT" (the date line with its weekday one
    # DATE, the clock time a TIME with the zone in the span, not in the value), "TSARUNG KANG
    # BASE CAMP, Nepal —" dateline. The team reached base camp on Monday 22 April, so "day 23 at
    # base camp" is the publication day; it is an ordinal period of an event, DURATION P1D, the
    # length of the one day named (gold_blind36, gold_blind53, following the majority of the
    # earlier sets). Plan: "early tomorrow" Wednesday 2013-05-15 (DATE, like "early Friday" in
    # gold_blind103), Camp 3 "on Thursday" 2013-05-16, the summit push "at 2am on Friday"
    # 2013-05-17T02:00 (headline and body, each a TIME and a DATE), "by nightfall" that day,
    # TIME 2013-05-17TNI (gold_blind79: nightfall begins the night); "Thursday evening"
    # 2013-05-16TEV; "by 1pm" on the summit day 2013-05-17T13:00; the next dispatch "on
    # Thursday night" 2013-05-16TNI. "this morning" and "this afternoon" are the publication
    # day's. "eight days" of waiting run from the storm "On 6 May"; "the first two weeks" an
    # ordinal period, DURATION P2W (like "its first three days", gold_blind14); "48 hours"
    # PT48H; "10-day" adjectival DURATION. "the past decade" P10Y, the period of a "first in"
    # (gold_blind35). "two years ago" DATE 2011 (the unit's granularity), then "1.30pm on 19
    # May 2011" TIME and DATE. The forecaster's calls "twice a day, at 7am and 5pm Nepal time"
    # -> SET P1D and two clock times of a recurring event XXXX-XX-XXThh:mm (gold_blind103).
    # "slip by a day" -> "a day" DURATION P1D, the size of a delay (gold_blind35). "next week"
    # 2013-W21; "31 May", "27 May" ahead; "early June" 2013-06. "every hour" SET PT1H, "every
    # 10 minutes" SET PT10M, "every morning" SET XXXX-XX-XXTMO. Not annotated: "The summit
    # day" (the day of an event, no calendar anchor of its own beyond "Friday"), "on the hour"
    # (an idiom, no time of its own), "the season" (a climbing season, like the fire season
    # of gold_blind103), "Camp 2", "Camp 3", "7,891-metre", "6,900 metres", "200 metres", "44",
    # "halvorsen-expeditions.com/tk2013" (a URL holding 2013).
    "tsarung-kang-summit-push-dispatch": (
        "2013-05-14",
        [
            ("2am", "TIME", "2013-05-17T02:00"),
            ("Friday", "DATE", "2013-05-17"),
            ("Tuesday 14 May 2013", "DATE", "2013-05-14"),
            ("19:05 NPT", "TIME", "2013-05-14T19:05"),
            ("day 23", "DURATION", "P1D"),
            ("eight days", "DURATION", "P8D"),
            ("early tomorrow", "DATE", "2013-05-15"),
            ("Thursday", "DATE", "2013-05-16"),
            ("2am", "TIME", "2013-05-17T02:00"),
            ("Friday", "DATE", "2013-05-17"),
            ("nightfall", "TIME", "2013-05-17TNI"),
            ("about 36 hours", "DURATION", "PT36H"),
            ("Thursday evening", "TIME", "2013-05-16TEV"),
            ("this afternoon", "TIME", "2013-05-14TAF"),
            ("about 15 hours", "DURATION", "PT15H"),
            ("nine hours", "DURATION", "PT9H"),
            ("this morning", "TIME", "2013-05-14TMO"),
            ("every hour", "SET", "PT1H"),
            ("22 April", "DATE", "2013-04-22"),
            ("10-day", "DURATION", "P10D"),
            ("the first two weeks", "DURATION", "P2W"),
            ("48 hours", "DURATION", "PT48H"),
            ("6 May", "DATE", "2013-05-06"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("the past decade", "DURATION", "P10Y"),
            ("October 2006", "DATE", "2006-10"),
            ("two years ago", "DATE", "2011"),
            ("1.30pm", "TIME", "2011-05-19T13:30"),
            ("19 May 2011", "DATE", "2011-05-19"),
            ("Friday", "DATE", "2013-05-17"),
            ("1pm", "TIME", "2013-05-17T13:00"),
            ("twice a day", "SET", "P1D"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("5pm Nepal time", "TIME", "XXXX-XX-XXT17:00"),
            ("a day", "DURATION", "P1D"),
            ("next week", "DATE", "2013-W21"),
            ("31 May", "DATE", "2013-05-31"),
            ("27 May", "DATE", "2013-05-27"),
            ("early June", "DATE", "2013-06"),
            ("every 10 minutes", "SET", "PT10M"),
            ("Thursday night", "TIME", "2013-05-16TNI"),
        ],
    ),
    # Sunday 2014-02-09 (ISO week 6), an ocean rower's blog, blog title, post title "Day 41:
    # 1,200 miles to go", stamp "Posted on February 9, 2014 by Ellie" (DATE). She left on New
    # Year's Eve, Tuesday 2013-12-31, so day 41 is the publication day; "Day 41" (title and
    # first line) is an ordinal period of the row, DURATION P1D, like "day 23" of the first
    # story. "At 0600 this morning" -> "0600" TIME 2014-02-09T06:00 and "this morning"
    # 2014-02-09TMO, two TIMEX3 like "at 7am yesterday" (gold_blind103). "landfall ... in
    # mid-March" 2014-03. "The past week" DURATION P1W; the low "from Sunday to Wednesday" is
    # past, Sunday 2014-02-02 (the publication weekday, a week back) and Wednesday 2014-02-05;
    # "in 48 hours" how long a past change took, PT48H (gold_blind35); "Tuesday" 2014-02-04,
    # "Wednesday night" 2014-02-05TNI, "since Thursday" 2014-02-06, "on Friday" 2014-02-07;
    # the next update "on Wednesday" 2014-02-12 (future). "12-hour days" -> "12-hour"
    # DURATION; "two hours on and one hour off" two DURATIONs. "every evening" SET
    # XXXX-XX-XXTEV; "every day at 1800 GMT" SET P1D and TIME XXXX-XX-XXT18:00 (the hour of a
    # recurring call, the zone in the span). "next week" 2014-W07; "March 8" 2014-03-08;
    # "January" 2014-01 (past); "66 days" P66D, a record's length; "today", "yesterday"
    # 2014-02-08, "Tonight" 2014-02-09TNI; "About thirty days" to go P30D. Not annotated: "the
    # Christmas cake" (a holiday naming a kind of cake, like "Summer programs" in gold_blind103),
    # "since the Canaries" (a place, not a time), "around the clock", "halfway", "1,200",
    # "1,640", "30 miles", "9kg", "7.2 metres", "750kg", "£14,000", "SALLY14", "£5", "70555",
    # "oaralone.org.uk/give".
    "oar-alone-atlantic-row-day-41": (
        "2014-02-09",
        [
            ("Day 41", "DURATION", "P1D"),
            ("February 9, 2014", "DATE", "2014-02-09"),
            ("Day 41", "DURATION", "P1D"),
            ("New Year's Eve", "DATE", "2013-12-31"),
            ("0600", "TIME", "2014-02-09T06:00"),
            ("this morning", "TIME", "2014-02-09TMO"),
            ("mid-March", "DATE", "2014-03"),
            ("The past week", "DURATION", "P1W"),
            ("Sunday", "DATE", "2014-02-02"),
            ("Wednesday", "DATE", "2014-02-05"),
            ("48 hours", "DURATION", "PT48H"),
            ("Tuesday", "DATE", "2014-02-04"),
            ("Wednesday night", "TIME", "2014-02-05TNI"),
            ("Thursday", "DATE", "2014-02-06"),
            ("12-hour", "DURATION", "PT12H"),
            ("two hours", "DURATION", "PT2H"),
            ("one hour", "DURATION", "PT1H"),
            ("January", "DATE", "2014-01"),
            ("an hour", "DURATION", "PT1H"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("every day", "SET", "P1D"),
            ("1800 GMT", "TIME", "XXXX-XX-XXT18:00"),
            ("Friday", "DATE", "2014-02-07"),
            ("next week", "DATE", "2014-W07"),
            ("March 8", "DATE", "2014-03-08"),
            ("ten days", "DURATION", "P10D"),
            ("66 days", "DURATION", "P66D"),
            ("2011", "DATE", "2011"),
            ("today", "DATE", "2014-02-09"),
            ("yesterday", "DATE", "2014-02-08"),
            ("Tonight", "TIME", "2014-02-09TNI"),
            ("Wednesday", "DATE", "2014-02-12"),
            ("About thirty days", "DURATION", "P30D"),
        ],
    ),
    # Monday 2012-11-19 (ISO week 47), British national paper's sailing report, kicker,
    # headline, standfirst, byline, date line "Monday 19 November 2012", "CAPE TOWN —"
    # dateline. The leg "started on Sunday" 2012-11-18, "at 2pm local time" that day, and the
    # skipper spoke "last night" 2012-11-18TNI; "yesterday's start" -> "yesterday" 2012-11-18
    # (possessive without the "'s"). "by 6am today" -> TIME 2012-11-19T06:00 and DATE. The
    # standfirst's "the leaders are expected to take about 18 days" is DURATION P18D (written so
    # to avoid the future "in" + duration, gold_blind33, gold_blind81). Future weekdays: the
    # front "on Friday" 2012-11-23, the ice gate "on Wednesday" 2012-11-21. Past: the repair
    # "signed off at 11pm on Saturday" 2012-11-17T23:00 and DATE, "15 hours before the start"
    # an anchored duration PT15H. "last week" 2012-W46, "last month" 2012-10, "next June"
    # 2013-06, "early December" 2012-12, "Saturday 15 December" one span 2012-12-15. "every
    # three years" SET P3Y, "every six hours" SET PT6H. "17 days and 6 hours" is one DURATION
    # converted to the smallest unit written, PT414H (gold_blind24, gold_blind62); "just over
    # 19 days" P19D; "41 minutes" PT41M (a margin); "16 days", "ten days" (in port), "about two
    # weeks", "about five days", "about four days" DURATIONs; "two-hour" adjectival DURATION.
    # Not annotated: "her year" ("this could be her year", a figure of speech), "the third leg",
    # "the second leg", "leg three", "the race's nine", "nine-boat", "Nine crews", "6,100
    # miles", "25 knots", "14 miles", "40 degrees", "120 miles", "52 South", "38",
    # "tridentrace.com/live", "the start" (an event).
    "trident-race-leg-three-start": (
        "2012-11-19",
        [
            ("about 18 days", "DURATION", "P18D"),
            ("Monday 19 November 2012", "DATE", "2012-11-19"),
            ("Sunday", "DATE", "2012-11-18"),
            ("6am", "TIME", "2012-11-19T06:00"),
            ("today", "DATE", "2012-11-19"),
            ("2pm local time", "TIME", "2012-11-18T14:00"),
            ("last night", "TIME", "2012-11-18TNI"),
            ("about five days", "DURATION", "P5D"),
            ("Friday", "DATE", "2012-11-23"),
            ("41 minutes", "DURATION", "PT41M"),
            ("16 days", "DURATION", "P16D"),
            ("4 November", "DATE", "2012-11-04"),
            ("every three years", "SET", "P3Y"),
            ("7 October", "DATE", "2012-10-07"),
            ("next June", "DATE", "2013-06"),
            ("8 November", "DATE", "2012-11-08"),
            ("ten days", "DURATION", "P10D"),
            ("last week", "DATE", "2012-W46"),
            ("11pm", "TIME", "2012-11-17T23:00"),
            ("Saturday", "DATE", "2012-11-17"),
            ("15 hours", "DURATION", "PT15H"),
            ("about two weeks", "DURATION", "P2W"),
            ("last month", "DATE", "2012-10"),
            ("Wednesday", "DATE", "2012-11-21"),
            ("two-hour", "DURATION", "PT2H"),
            ("2009", "DATE", "2009"),
            ("just over 19 days", "DURATION", "P19D"),
            ("2006", "DATE", "2006"),
            ("17 days and 6 hours", "DURATION", "PT414H"),
            ("yesterday", "DATE", "2012-11-18"),
            ("every six hours", "SET", "PT6H"),
            ("early December", "DATE", "2012-12"),
            ("about four days", "DURATION", "P4D"),
            ("Saturday 15 December", "DATE", "2012-12-15"),
            ("2001", "DATE", "2001"),
        ],
    ),
    # Saturday 2015-04-18 (ISO week 16), Canadian news website, headline, stamps "Published
    # Saturday, April 18, 2015 3:48PM EDT" and "Last Updated Saturday, April 18, 2015 7:15PM
    # EDT" (each a DATE with its weekday and a TIME with the zone in the span), byline, "KELNER
    # BAY, Nunavut —" dateline. The skiers left on Tuesday 2015-03-03 ("since March 3"), so
    # "46 days" (headline and lead) and "Forty-six days" are P46D. "on Saturday morning" is the
    # publication day's morning, 2015-04-18TMO; "late Friday" DATE 2015-04-17 (like "late
    # yesterday", gold_blind35); "On Thursday night" 2015-04-16TNI. Future: "by Tuesday" and
    # "on Tuesday" 2015-04-21, "Wednesday or Thursday" 2015-04-22 and 2015-04-23, "April 25"
    # (the last flight), "the weekend" 2015-W17-WE (25-26 April), and "next Saturday" in a
    # Saturday paper seven days ahead, 2015-04-25 (gold_blind11), "from 6 p.m." that day.
    # "March" (the ice then) and "mid-March" 2015-03; "the first week" of the trek an ordinal
    # period P1W (gold_blind35); "last year" 2014 and its "mid-April" 2014-04; "the past
    # decade" P10Y; "recent years" PAST_REF; "every evening at 8 p.m. Eastern time" SET
    # XXXX-XX-XXTEV and TIME XXXX-XX-XXT20:00; "each morning" SET XXXX-XX-XXTMO. Not
    # annotated: "the season" (twice, a flying and trekking season), "warmer springs" (a
    # generic plural), "the day's distance" (any day), "Tundralink 9555" (a phone model),
    # "Twin Otter", "polarpair2015.ca", "60 km", "60 kilometres", "eight kilometres", "minus
    # 47C", "34", "29", "a handful".
    "kelner-bay-skiers-north-pole": (
        "2015-04-18",
        [
            ("46 days", "DURATION", "P46D"),
            ("Saturday, April 18, 2015", "DATE", "2015-04-18"),
            ("3:48PM EDT", "TIME", "2015-04-18T15:48"),
            ("Saturday, April 18, 2015", "DATE", "2015-04-18"),
            ("7:15PM EDT", "TIME", "2015-04-18T19:15"),
            ("Saturday morning", "TIME", "2015-04-18TMO"),
            ("46 days", "DURATION", "P46D"),
            ("Tuesday", "DATE", "2015-04-21"),
            ("April 25", "DATE", "2015-04-25"),
            ("nine more days", "DURATION", "P9D"),
            ("a week", "DURATION", "P1W"),
            ("late Friday", "DATE", "2015-04-17"),
            ("March", "DATE", "2015-03"),
            ("Thursday night", "TIME", "2015-04-16TNI"),
            ("10-hour", "DURATION", "PT10H"),
            ("the first week", "DURATION", "P1W"),
            ("two days", "DURATION", "P2D"),
            ("mid-March", "DATE", "2015-03"),
            ("the past decade", "DURATION", "P10Y"),
            ("last year", "DATE", "2014"),
            ("mid-April", "DATE", "2014-04"),
            ("recent years", "DATE", "PAST_REF"),
            ("2008", "DATE", "2008"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("8 p.m. Eastern time", "TIME", "XXXX-XX-XXT20:00"),
            ("each morning", "SET", "XXXX-XX-XXTMO"),
            ("March 3", "DATE", "2015-03-03"),
            ("Forty-six days", "DURATION", "P46D"),
            ("Tuesday", "DATE", "2015-04-21"),
            ("Wednesday", "DATE", "2015-04-22"),
            ("Thursday", "DATE", "2015-04-23"),
            ("the weekend", "DATE", "2015-W17-WE"),
            ("next Saturday", "DATE", "2015-04-25"),
            ("6 p.m.", "TIME", "2015-04-25T18:00"),
        ],
    ),
    # Friday 2015-06-12 (ISO week 24), US local paper's website, headline ("starting
    # Saturday"), byline, stamps "Posted Jun 12, 2015 at 6:00 AM" and "Updated Jun 12, 2015 at
    # 11:20 AM" (DATE and TIME each), "GRANBY FALLS —" dateline. The ride runs from "6 a.m.
    # Saturday" 2015-06-13T06:00 to "6 a.m. Sunday" 2015-06-14T06:00, each a TIME and a DATE;
    # the road closure "from 5 a.m. Saturday until 8 a.m. Sunday" likewise; "Saturday night"
    # 2015-06-13TNI; the forecast "for Saturday" with storms "after 4 p.m." that day; the stand
    # "from 7 a.m. to 9 p.m. Saturday" two TIMEs and the DATE; the record confirmed "on Monday"
    # 2015-06-15. Past: "Wednesday evening" 2015-06-10TEV, "last August" 2014-08, "In April"
    # 2015-04, "last June" 2014-06, "2011". "24 hours" (headline) and "the full 24 hours"
    # (modifier kept) PT24H; "the 24-hour record" -> "24-hour" adjectival DURATION PT24H (the
    # period the record is for, unlike the "24-hour hotline" of gold_blind3); "The first 12
    # hours" an ordinal period PT12H; "a few minutes" PTXM; "20 hours" and "17 hours" how long
    # past rides took; "an hour" PT1H. "every Sunday" SET XXXX-WXX-7; "about every 28 minutes"
    # SET PT28M, the modifier kept and not recorded (like "almost every day", gold_blind35).
    # "now" PRESENT_REF; "next year" 2016. Not annotated: "the low 80s" (a temperature, not a
    # decade), "41-year-old", "487.3 miles", "402 miles", "20 mph", "9.6-mile", "County Road
    # 14", "10 miles", "608-555-0487", "arrendondo24.org", "once a lap" (no time unit), "around
    # the clock", "stop the clock" (an idiom), "in shifts".
    "granby-falls-24-hour-record-ride": (
        "2015-06-12",
        [
            ("24 hours", "DURATION", "PT24H"),
            ("Saturday", "DATE", "2015-06-13"),
            ("Jun 12, 2015", "DATE", "2015-06-12"),
            ("6:00 AM", "TIME", "2015-06-12T06:00"),
            ("Jun 12, 2015", "DATE", "2015-06-12"),
            ("11:20 AM", "TIME", "2015-06-12T11:20"),
            ("6 a.m.", "TIME", "2015-06-13T06:00"),
            ("Saturday", "DATE", "2015-06-13"),
            ("a few minutes", "DURATION", "PTXM"),
            ("6 a.m.", "TIME", "2015-06-14T06:00"),
            ("Sunday", "DATE", "2015-06-14"),
            ("24-hour", "DURATION", "PT24H"),
            ("2011", "DATE", "2011"),
            ("the full 24 hours", "DURATION", "PT24H"),
            ("5 a.m.", "TIME", "2015-06-13T05:00"),
            ("Saturday", "DATE", "2015-06-13"),
            ("8 a.m.", "TIME", "2015-06-14T08:00"),
            ("Sunday", "DATE", "2015-06-14"),
            ("The first 12 hours", "DURATION", "PT12H"),
            ("Wednesday evening", "TIME", "2015-06-10TEV"),
            ("Saturday night", "TIME", "2015-06-13TNI"),
            ("last August", "DATE", "2014-08"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("an hour", "DURATION", "PT1H"),
            ("April", "DATE", "2015-04"),
            ("20 hours", "DURATION", "PT20H"),
            ("last June", "DATE", "2014-06"),
            ("17 hours", "DURATION", "PT17H"),
            ("about every 28 minutes", "SET", "PT28M"),
            ("Saturday", "DATE", "2015-06-13"),
            ("4 p.m.", "TIME", "2015-06-13T16:00"),
            ("7 a.m.", "TIME", "2015-06-13T07:00"),
            ("9 p.m.", "TIME", "2015-06-13T21:00"),
            ("Saturday", "DATE", "2015-06-13"),
            ("Monday", "DATE", "2015-06-15"),
            ("now", "DATE", "PRESENT_REF"),
            ("next year", "DATE", "2016"),
        ],
    ),
    # Thursday 2013-09-26 (ISO week 39), British local weekly, headline ("after 100 days"),
    # standfirst, byline, date line "Thursday 26 September 2013". The walker came home "on
    # Saturday afternoon" 2013-09-21TAF, 100 days after leaving "at 10am on 13 June" (Thursday
    # 2013-06-13; TIME and DATE); he spoke "on Monday" 2013-09-23; "on Saturday" (the last
    # miles) 2013-09-21. Future: "on Sunday morning" 2013-09-29TMO, "this weekend" 2013-W39-WE
    # (28-29 September), "next Friday, 4 October" one DATE span 2013-10-04 (a weekday with its
    # date, like "next Monday 3 March" in gold_blind87; in a Thursday paper the date fixes
    # which Friday) "at 7pm" that day, "Tuesday 15 October", "the end of the month" 2013-09,
    # "next spring" 2014-SP. "Day 58, on 9 August" -> "Day 58" DURATION P1D (an ordinal day of
    # the walk, as in the first two stories) and "9 August" 2013-08-09 (day 1 is 13 June).
    # "the end of August" 2013-08; "July", "June" 2013 (past). The diary "every night, usually
    # at about 9pm" -> SET XXXX-XX-XXTNI and TIME XXXX-XX-XXT21:00 (the hour of a habit,
    # modifier kept). "Our financial year ends in March": a UK charity's financial year runs
    # April-March and is named by the year it ends (gold_blind11), so in September 2013 it is
    # FY2014, with the possessive determiner in the span, and "March" 2014-03. "a year" P1Y,
    # "100 days" (twice more) P100D, "four months" P4M (how long the shops take, generic),
    # "40 years" P40Y, "a week" P1W, "an hour" PT1H, "a fortnight" P2W. Not annotated: "JIM
    # 1400" (a T-shirt's print, the miles, not a clock time), "1,400-mile", "£31,000",
    # "£20,000", "£40,000", "3,000", "a few dozen", "21-mile", "67-year-old", "three miles",
    # "three pairs", "penhallowhospice.org.uk/jim100", "the Gazette", "the walk".
    "penhallow-coast-walker-home": (
        "2013-09-26",
        [
            ("100 days", "DURATION", "P100D"),
            ("Thursday 26 September 2013", "DATE", "2013-09-26"),
            ("Saturday afternoon", "TIME", "2013-09-21TAF"),
            ("100 days", "DURATION", "P100D"),
            ("10am", "TIME", "2013-06-13T10:00"),
            ("13 June", "DATE", "2013-06-13"),
            ("1987", "DATE", "1987"),
            ("the end of August", "DATE", "2013-08"),
            ("Monday", "DATE", "2013-09-23"),
            ("July", "DATE", "2013-07"),
            ("a week", "DURATION", "P1W"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("about 9pm", "TIME", "XXXX-XX-XXT21:00"),
            ("June", "DATE", "2013-06"),
            ("Day 58", "DURATION", "P1D"),
            ("9 August", "DATE", "2013-08-09"),
            ("an hour", "DURATION", "PT1H"),
            ("a year", "DURATION", "P1Y"),
            ("Our financial year", "DATE", "FY2014"),
            ("March", "DATE", "2014-03"),
            ("100 days", "DURATION", "P100D"),
            ("four months", "DURATION", "P4M"),
            ("40 years", "DURATION", "P40Y"),
            ("2009", "DATE", "2009"),
            ("Saturday", "DATE", "2013-09-21"),
            ("Sunday morning", "TIME", "2013-09-29TMO"),
            ("next Friday, 4 October", "DATE", "2013-10-04"),
            ("7pm", "TIME", "2013-10-04T19:00"),
            ("Tuesday 15 October", "DATE", "2013-10-15"),
            ("this weekend", "DATE", "2013-W39-WE"),
            ("the end of the month", "DATE", "2013-09"),
            ("a fortnight", "DURATION", "P2W"),
            ("next spring", "DATE", "2014-SP"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
