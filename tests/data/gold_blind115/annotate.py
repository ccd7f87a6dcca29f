"""Annotations of the hundred-and-fifteenth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind115/annotate.py [--show]

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
    # Saturday 2012-08-18 (ISO week 33), British national daily's flash-flood story, headline
    # ("Four hours" DURATION PT4H), standfirst ("more storms tomorrow", Sunday 2012-08-19),
    # byline, date line "Saturday 18 August 2012" (one span with its weekday). "Yesterday" is
    # Friday 2012-08-17 and "last night" its night. The flood night is Thursday 2012-08-16:
    # "Thursday evening" TEV, "overnight" and "the night" (the rescues, "how fast the night
    # unfolded") the night begun on Thursday evening, 2012-08-16TNI (gold_blind21,
    # gold_blind103). Clock times take Thursday ("about 3.30pm on Thursday" two TIMEX3, then
    # "6pm", "6.25pm", "7.40pm", "8.52pm", "10.05pm" and the quoted "eight o'clock" 20:00, the
    # evening of the night told); "Twenty minutes later" is counted from 8.52pm, TIME 21:12
    # (gold_blind44, gold_blind53); "just after 2am on Friday" -> "2am" 2012-08-17T02:00 and
    # "Friday" ("just after" a signal, gold_blind58); "By dawn" -> "dawn" 2012-08-17TMO. Ahead:
    # the bridge inspection "on Monday" 2012-08-20, the warning "from noon tomorrow until 6am on
    # Monday" ("noon" 2012-08-19T12:00 and "tomorrow", "6am" 2012-08-20T06:00 and "Monday"),
    # "today" the MP's visit. "every summer" SET XXXX-SU, "every spring" SET XXXX-SP; "at least a
    # fortnight" P2W with its modifier; "October 1952" 1952-10; "weeks" PXW, "The next few
    # days" PXD, "the coming months" PXM, "next year" 2013. Not annotated: "Since then"
    # (anaphoric), "B3287" (twice), "94mm", "1.2 metres", "40-metre", "30mm", "yellow warning",
    # "46 homes", "31 people", "71" (an age), "£18,000", "corrowvale.org.uk/fund2012" (a year
    # in a URL), "01840 555 195".
    "corrow-vale-flash-flood-night": (
        "2012-08-18",
        [
            ("Four hours", "DURATION", "PT4H"),
            ("tomorrow", "DATE", "2012-08-19"),
            ("Saturday 18 August 2012", "DATE", "2012-08-18"),
            ("less than four hours", "DURATION", "PT4H"),
            ("Thursday evening", "TIME", "2012-08-16TEV"),
            ("every summer", "SET", "XXXX-SU"),
            ("Yesterday", "DATE", "2012-08-17"),
            ("overnight", "TIME", "2012-08-16TNI"),
            ("three hours", "DURATION", "PT3H"),
            ("the night", "TIME", "2012-08-16TNI"),
            ("about 3.30pm", "TIME", "2012-08-16T15:30"),
            ("Thursday", "DATE", "2012-08-16"),
            ("6pm", "TIME", "2012-08-16T18:00"),
            ("6.25pm", "TIME", "2012-08-16T18:25"),
            ("7.40pm", "TIME", "2012-08-16T19:40"),
            ("8.52pm", "TIME", "2012-08-16T20:52"),
            ("Twenty minutes later", "TIME", "2012-08-16T21:12"),
            ("10.05pm", "TIME", "2012-08-16T22:05"),
            ("2am", "TIME", "2012-08-17T02:00"),
            ("Friday", "DATE", "2012-08-17"),
            ("dawn", "TIME", "2012-08-17TMO"),
            ("38 years", "DURATION", "P38Y"),
            ("20 minutes", "DURATION", "PT20M"),
            ("eight o'clock", "TIME", "2012-08-16T20:00"),
            ("October 1952", "DATE", "1952-10"),
            ("two days", "DURATION", "P2D"),
            ("every spring", "SET", "XXXX-SP"),
            ("Monday", "DATE", "2012-08-20"),
            ("at least a fortnight", "DURATION", "P2W"),
            ("today", "DATE", "2012-08-18"),
            ("noon", "TIME", "2012-08-19T12:00"),
            ("tomorrow", "DATE", "2012-08-19"),
            ("6am", "TIME", "2012-08-20T06:00"),
            ("Monday", "DATE", "2012-08-20"),
            ("weeks", "DURATION", "PXW"),
            ("yesterday morning", "TIME", "2012-08-17TMO"),
            ("last night", "TIME", "2012-08-17TNI"),
            ("The next few days", "DURATION", "PXD"),
            ("the coming months", "DURATION", "PXM"),
            ("next year", "DATE", "2013"),
        ],
    ),
    # Tuesday 2013-02-26 (ISO week 9), Australian public broadcaster's website, headline,
    # stamp "Updated Tue 26 Feb 2013, 5:12pm AEST" (the date with its abbreviated weekday one
    # DATE span like "Thu October 2, 2014" in gold_blind36, checked by hand: 2013-02-26 is a
    # Tuesday; the clock time a TIME with the zone in the span, not in the value), byline, no
    # dateline. "about 11:00am AEST" is the landfall today; "an hour earlier than forecast" is
    # the size of a difference, DURATION PT1H (gold_blind28, gold_blind35). "overnight" before
    # a morning landfall told on Tuesday is Monday's night 2013-02-25TNI. "Key moments today"
    # heads an hourly list whose clock times ("6:00am:" to "4:00pm:") are TIMEs of the
    # publication day, one TIMEX3 each (see README). "tonight" 2013-02-26TNI, "tomorrow"
    # 2013-02-27, "Thursday" 2013-02-28 (twice, ahead); "the weekend" 2013-W09-WE (2-3 March);
    # "300 millimetres in 24 hours" -> "24 hours" PT24H (the period of an amount, like "up 38cm
    # in 24 hours", gold_blind103); "the morning" (the shelter "held 900 people through the
    # morning") 2013-02-26TMO. Past: "Friday" 2013-02-22, "Saturday afternoon" 2013-02-23TAF,
    # "Sunday" 2013-02-24, "within 48 hours" -> "48 hours", "Monday night" 2013-02-25TNI.
    # "opened in 2011 and inspected twice a year" 2011 and SET P1Y; "for days" -> "days" PXD;
    # "Now" PRESENT_REF; "since Cyclone Imogen in March 1997" -> "March 1997"; "In recent years"
    # -> "recent years" PAST_REF; "the end of April" 2013-04. Not annotated: "category 3"
    # (twice), "category 2", "Cyclone Imogen", "Tropical Cyclone Kelda", "200 kilometres
    # an hour", "15 kilometres an hour" (speeds), "198km/h", "90 kilometres", "300 millimetres",
    # "21,000 homes", "4,000 people", "900 people", "The cyclone season" (gold_blind40), "all
    # times AEST" (a note on the zone), "1800 555 197".
    "cyclone-kelda-crosses-coast": (
        "2013-02-26",
        [
            ("Tue 26 Feb 2013", "DATE", "2013-02-26"),
            ("5:12pm AEST", "TIME", "2013-02-26T17:12"),
            ("about 11:00am AEST", "TIME", "2013-02-26T11:00"),
            ("an hour", "DURATION", "PT1H"),
            ("overnight", "TIME", "2013-02-25TNI"),
            ("today", "DATE", "2013-02-26"),
            ("6:00am", "TIME", "2013-02-26T06:00"),
            ("8:00am", "TIME", "2013-02-26T08:00"),
            ("10:00am", "TIME", "2013-02-26T10:00"),
            ("11:00am", "TIME", "2013-02-26T11:00"),
            ("1:00pm", "TIME", "2013-02-26T13:00"),
            ("3:00pm", "TIME", "2013-02-26T15:00"),
            ("4:00pm", "TIME", "2013-02-26T16:00"),
            ("tonight", "TIME", "2013-02-26TNI"),
            ("tomorrow", "DATE", "2013-02-27"),
            ("Thursday", "DATE", "2013-02-28"),
            ("24 hours", "DURATION", "PT24H"),
            ("the weekend", "DATE", "2013-W09-WE"),
            ("8:00pm", "TIME", "2013-02-26T20:00"),
            ("Friday", "DATE", "2013-02-22"),
            ("Saturday afternoon", "TIME", "2013-02-23TAF"),
            ("Sunday", "DATE", "2013-02-24"),
            ("48 hours", "DURATION", "PT48H"),
            ("Monday night", "TIME", "2013-02-25TNI"),
            ("2011", "DATE", "2011"),
            ("twice a year", "SET", "P1Y"),
            ("the morning", "TIME", "2013-02-26TMO"),
            ("days", "DURATION", "PXD"),
            ("Now", "DATE", "PRESENT_REF"),
            ("March 1997", "DATE", "1997-03"),
            ("recent years", "DATE", "PAST_REF"),
            ("Thursday", "DATE", "2013-02-28"),
            ("the end of April", "DATE", "2013-04"),
        ],
    ),
    # Thursday 2013-11-14 (ISO week 46), Reuters-style earthquake wire, headline, "KALIMAN,
    # Sulvara, Nov 14 (Reuters) -" dateline (the date without its year, 2013), credit line.
    # The quake struck "late Wednesday", DATE 2013-11-13 with its modifier (gold_blind53), "at
    # 11:47 p.m. local time (1547 GMT)": local time UTC+8, so both clock times fall on
    # Wednesday, 2013-11-13T23:47 and 2013-11-13T15:47, two TIMEX3 (gold_blind28); the
    # institute's "23:47:12 local time, or 15:47:12 UTC" are clock times to the second
    # (gold_blind8). "through the night and into Thursday" -> "the night" 2013-11-13TNI (the
    # night after the quake, gold_blind53) and "Thursday". "by noon on Thursday" two TIMEX3;
    # "4:12 a.m." Thursday; "an hour earlier" after it is an anchored clock time, TIME
    # 2013-11-14T03:12 (like "An hour later", gold_blind19); "from nine at 3 a.m. to 27 by
    # mid-afternoon" -> "3 a.m." and "mid-afternoon" 2013-11-14TAF (gold_blind39, gold_blind56);
    # "Thursday morning", "Thursday afternoon" TIME. "The first 72 hours" PT72H (an ordinal
    # period of an event, gold_blind53); "for 60 days" P60D; "three days of national mourning
    # starting on Saturday" P3D and 2013-11-16; "Friday" 2013-11-15 and "until Monday"
    # 2013-11-18 ahead; "shut for six hours after the quake" PT6H (anchored, gold_blind53);
    # "next week" 2013-W47; "the next few days" PXD; "weeks" PXW; "Oct. 30" 2013-10-30; "the
    # past decade" P10Y; "most recently two years ago" -> "two years ago" 2011 (the modifier
    # outside the span, the unit's granularity); "every five years" SET P5Y; "before the 1980s"
    # -> "the 1980s" 198. Not annotated: magnitudes ("6.9", "7.2", "5.8", "6", "4.1"), "33 km
    # (20 miles)", "18 km", "27" (three times), "300", "140 aftershocks", "nine", "214",
    # "1,800", "11 people", "Ring of Fire", "(Reuters)".
    "kaliman-earthquake-aftershocks": (
        "2013-11-14",
        [
            ("Nov 14", "DATE", "2013-11-14"),
            ("late Wednesday", "DATE", "2013-11-13"),
            ("the night", "TIME", "2013-11-13TNI"),
            ("Thursday", "DATE", "2013-11-14"),
            ("11:47 p.m. local time", "TIME", "2013-11-13T23:47"),
            ("1547 GMT", "TIME", "2013-11-13T15:47"),
            ("23:47:12 local time", "TIME", "2013-11-13T23:47:12"),
            ("15:47:12 UTC", "TIME", "2013-11-13T15:47:12"),
            ("August 1968", "DATE", "1968-08"),
            ("noon", "TIME", "2013-11-14T12:00"),
            ("Thursday", "DATE", "2013-11-14"),
            ("4:12 a.m.", "TIME", "2013-11-14T04:12"),
            ("an hour earlier", "TIME", "2013-11-14T03:12"),
            ("3 a.m.", "TIME", "2013-11-14T03:00"),
            ("mid-afternoon", "TIME", "2013-11-14TAF"),
            ("Thursday morning", "TIME", "2013-11-14TMO"),
            ("The first 72 hours", "DURATION", "PT72H"),
            ("60 days", "DURATION", "P60D"),
            ("three days", "DURATION", "P3D"),
            ("Saturday", "DATE", "2013-11-16"),
            ("Friday", "DATE", "2013-11-15"),
            ("Monday", "DATE", "2013-11-18"),
            ("six hours", "DURATION", "PT6H"),
            ("6 a.m.", "TIME", "2013-11-14T06:00"),
            ("Thursday afternoon", "TIME", "2013-11-14TAF"),
            ("next week", "DATE", "2013-W47"),
            ("the next few days", "DURATION", "PXD"),
            ("weeks", "DURATION", "PXW"),
            ("Oct. 30", "DATE", "2013-10-30"),
            ("the past decade", "DURATION", "P10Y"),
            ("two years ago", "DATE", "2011"),
            ("2004", "DATE", "2004"),
            ("every five years", "SET", "P5Y"),
            ("the 1980s", "DATE", "198"),
        ],
    ),
    # Monday 2014-09-22 (ISO week 39), Pacific national broadcaster's website, headline, stamp
    # "Updated at 9:04 am on 22 September 2014" (a clock time and its date two TIMEX3), byline.
    # Aramoa keeps UTC+12, so the quake "at 7.21pm yesterday" (Sunday 2014-09-21T19:21) is 0721
    # UTC the same day, and the warning centre's "first bulletin at 0725 UTC, four minutes after
    # the quake" is 2014-09-21T07:25, its own clock value like a GMT time (gold_blind28); "four
    # minutes" is the anchored duration PT4M. "issued a warning at 7.34pm, 13 minutes later" ->
    # "13 minutes later" an anchored clock time repeating 7.34pm, TIME 2014-09-21T19:34 (see
    # README). "from 9pm", "shortly after 7.45pm", "until about 10pm", "10.02pm" on Sunday;
    # "spent the night" and "through the night" -> "the night" 2014-09-21TNI, and the director's
    # "last night" the same night (gold_blind35); "12.45am" and "5.30am" (lead and body) are
    # Monday. "more than ten hours" PT10H; "every hour" SET PT1H; "for about three hours" PT3H;
    # "for two hours" PT2H; "40 minutes late" PT40M (the size of a delay, gold_blind53). "this
    # morning" 2014-09-22TMO, "this week" 2014-W39, "tomorrow" 2014-09-23, "today" (twice),
    # "by mid-afternoon" -> "mid-afternoon" 2014-09-22TAF. "since June 2009" 2009-06; "every
    # three months" SET P3M, "most recently on 24 August" -> "24 August" 2014-08-24;
    # "November" 2014-11 ahead; "the coming days" PXD. Not annotated: "magnitude 7.6", "140km",
    # "25km", "two metres", "0.9 metres", "30cm", "12,000 people", "Warning No. 3",
    # "nemo.gov.am/bulletins/2014-09-21" (a date in a URL, gold_blind103), "a long or strong
    # earthquake", "as normal".
    "aramoa-tsunami-warning-lifted": (
        "2014-09-22",
        [
            ("9:04 am", "TIME", "2014-09-22T09:04"),
            ("22 September 2014", "DATE", "2014-09-22"),
            ("5.30am", "TIME", "2014-09-22T05:30"),
            ("today", "DATE", "2014-09-22"),
            ("more than ten hours", "DURATION", "PT10H"),
            ("7.21pm", "TIME", "2014-09-21T19:21"),
            ("yesterday", "DATE", "2014-09-21"),
            ("7.34pm", "TIME", "2014-09-21T19:34"),
            ("13 minutes later", "TIME", "2014-09-21T19:34"),
            ("9pm", "TIME", "2014-09-21T21:00"),
            ("7.45pm", "TIME", "2014-09-21T19:45"),
            ("about 10pm", "TIME", "2014-09-21T22:00"),
            ("the night", "TIME", "2014-09-21TNI"),
            ("0725 UTC", "TIME", "2014-09-21T07:25"),
            ("four minutes", "DURATION", "PT4M"),
            ("every hour", "SET", "PT1H"),
            ("the night", "TIME", "2014-09-21TNI"),
            ("10.02pm", "TIME", "2014-09-21T22:02"),
            ("about three hours", "DURATION", "PT3H"),
            ("12.45am", "TIME", "2014-09-22T00:45"),
            ("5.30am", "TIME", "2014-09-22T05:30"),
            ("two hours", "DURATION", "PT2H"),
            ("this morning", "TIME", "2014-09-22TMO"),
            ("40 minutes", "DURATION", "PT40M"),
            ("this week", "DATE", "2014-W39"),
            ("last night", "TIME", "2014-09-21TNI"),
            ("tomorrow", "DATE", "2014-09-23"),
            ("today", "DATE", "2014-09-22"),
            ("mid-afternoon", "TIME", "2014-09-22TAF"),
            ("June 2009", "DATE", "2009-06"),
            ("every three months", "SET", "P3M"),
            ("24 August", "DATE", "2014-08-24"),
            ("November", "DATE", "2014-11"),
            ("the coming days", "DURATION", "PXD"),
        ],
    ),
    # Wednesday 2015-06-10 (ISO week 24), English-language Asian national daily, headline
    # ("erupts hours after alert raised" -> "hours" PTXH, a vague anchored duration like
    # "minutes after takeoff" PTXM in gold_blind53), header line "Ratna Wulandari, The Lusara
    # Post, Bandar Rimba | Archipelago | Wed, June 10 2015, 8:15 AM" (the date with its
    # abbreviated weekday one DATE span, checked by hand; the clock time a TIME). The paper
    # names every day by its weekday, the publication day too ("until 6 p.m. on Wednesday"
    # 2015-06-10, like "rose to 143 on Wednesday" in gold_blind53). The alert went to Level IV
    # "at 10 p.m. on Monday" (2015-06-08T22:00 and "Monday"), the eruption "at 4:47 a.m. on
    # Tuesday" 2015-06-09T04:47, "less than seven hours" later PT7H (6 h 47 min); "about 90
    # minutes" PT90M; "Tuesday afternoon" TAF; "1:20 p.m." Tuesday. "since October 2010"
    # 2010-10, "May 28" and "May 25" 2015 (past); "in 24 hours" PT24H (the period of a count,
    # like "in 24 hours" in the cyclone story); "The past two weeks" P2W; "every 24 hours" SET
    # PT24H (the unit as written, like "every 30 minutes" PT30M); "for weeks" and "in the coming
    # weeks" PXW; "since Monday night" and "on Monday night" 2015-06-08TNI; "on Sunday"
    # 2015-06-07; "a 14-day emergency response period" P14D, "until June 22" 2015-06-22;
    # "daily" SET P1D; the airport "closed at 6 a.m. on Tuesday"; flights "on Thursday"
    # 2015-06-11 ahead; "cannot wait a month" P1M; "its 2010 eruption" an adjectival year
    # 2010; "quiet for 36 years" P36Y; "once the rainy season starts in November" -> "November"
    # 2015-11 ahead; "every six hours" SET PT6H. Not annotated: "Level IV" (twice), "Level
    # II", "Level III", "Archipelago" (a section name), "5,000 meters", "3 kilometers",
    # "7-kilometer", "40 kilometers", "312", "40", "14 people", "11,400", "16 villages", "48"
    # (an age), "may resume" (the verb), "the rainy season", "bvn.go.ls/pelangi", "(0361) 2015
    # 447" (a phone number holding the year).
    "mount-pelangi-alert-level-eruption": (
        "2015-06-10",
        [
            ("hours", "DURATION", "PTXH"),
            ("Wed, June 10 2015", "DATE", "2015-06-10"),
            ("8:15 AM", "TIME", "2015-06-10T08:15"),
            ("4:47 a.m.", "TIME", "2015-06-09T04:47"),
            ("Tuesday", "DATE", "2015-06-09"),
            ("less than seven hours", "DURATION", "PT7H"),
            ("about 90 minutes", "DURATION", "PT90M"),
            ("Tuesday afternoon", "TIME", "2015-06-09TAF"),
            ("1:20 p.m.", "TIME", "2015-06-09T13:20"),
            ("October 2010", "DATE", "2010-10"),
            ("May 28", "DATE", "2015-05-28"),
            ("10 p.m.", "TIME", "2015-06-08T22:00"),
            ("Monday", "DATE", "2015-06-08"),
            ("24 hours", "DURATION", "PT24H"),
            ("May 25", "DATE", "2015-05-25"),
            ("The past two weeks", "DURATION", "P2W"),
            ("every 24 hours", "SET", "PT24H"),
            ("weeks", "DURATION", "PXW"),
            ("Monday night", "TIME", "2015-06-08TNI"),
            ("Sunday", "DATE", "2015-06-07"),
            ("14-day", "DURATION", "P14D"),
            ("June 22", "DATE", "2015-06-22"),
            ("daily", "SET", "P1D"),
            ("6 a.m.", "TIME", "2015-06-09T06:00"),
            ("Tuesday", "DATE", "2015-06-09"),
            ("6 p.m.", "TIME", "2015-06-10T18:00"),
            ("Wednesday", "DATE", "2015-06-10"),
            ("Thursday", "DATE", "2015-06-11"),
            ("the coming weeks", "DURATION", "PXW"),
            ("Monday night", "TIME", "2015-06-08TNI"),
            ("a month", "DURATION", "P1M"),
            ("2010", "DATE", "2010"),
            ("36 years", "DURATION", "P36Y"),
            ("November", "DATE", "2015-11"),
            ("every six hours", "SET", "PT6H"),
        ],
    ),
    # Sunday 2015-05-17 (ISO week 20), US regional paper's one-year-on feature, headline ("A
    # year after the tornado" -> "A year" DURATION P1Y, anchored on the event like "A year
    # after the flood", gold_blind53), deck ("on May 18, 2014", "Monday evening"
    # 2015-05-18TEV), byline "Staff Writer", date line "Sunday, May 17, 2015", "CARVEL, Neb. —"
    # dateline. The tornado narrative is Sunday 2014-05-18: "5:31 p.m. on May 18 last year"
    # (clock time, and "May 18 last year" one DATE span, gold_blind58), "Twelve minutes later"
    # TIME 17:43 (gold_blind53), "for 22 minutes" PT22M, "By 6 p.m." 18:00, "That evening" in
    # Mrs Marsh's quote 2014-05-18TEV; "Two days later" 2014-05-20 and "The following week" the
    # week after that date, 2014-W22 (gold_blind29, gold_blind39). "it closed in March"
    # 2015-03. "Monday marks one year since the storm" -> "Monday" 2015-05-18 and "one year"
    # DURATION P1Y (gold_blind5's "marks 150 years since"); the memorial "at 5:31 p.m."
    # Monday 2015-05-18T17:31, "for one minute" PT1M. "by the end of the summer" 2015-SU
    # (gold_blind40); "The first few weeks" PXW; "said Thursday" 2015-05-14; "spent the winter"
    # the winter of 2014-15, 2015-WI (a winter takes the year of its January, gold_blind103);
    # "on April 30" 2015-04-30; "in January" 2015-01; "the fall" before it 2014-FA; "next
    # spring" 2016-SP; "this summer" 2015-SU; "since the 1950s" 195; "In recent years" ->
    # "recent years" PAST_REF; "this spring" 2015-SP; "every Saturday morning" SET
    # XXXX-WXX-6TMO, "on Tuesday nights" SET XXXX-WXX-2TNI. Not annotated: "Highway 14", "EF-3",
    # "6 miles", "half a mile", "30 miles", "1,900 people", "187 homes" (twice), "94", "40
    # more", "11 states", "Two people", "66" (an age), "$1.2 million", "half the homes",
    # "carvelrebuild.org/2014fund", "402-555-1923" (beside the annotated "1923").
    "carvel-tornado-a-year-after": (
        "2015-05-17",
        [
            ("A year", "DURATION", "P1Y"),
            ("May 18, 2014", "DATE", "2014-05-18"),
            ("Monday evening", "TIME", "2015-05-18TEV"),
            ("Sunday, May 17, 2015", "DATE", "2015-05-17"),
            ("5:31 p.m.", "TIME", "2014-05-18T17:31"),
            ("May 18 last year", "DATE", "2014-05-18"),
            ("Twelve minutes later", "TIME", "2014-05-18T17:43"),
            ("22 minutes", "DURATION", "PT22M"),
            ("6 p.m.", "TIME", "2014-05-18T18:00"),
            ("1923", "DATE", "1923"),
            ("That evening", "TIME", "2014-05-18TEV"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Two days later", "DATE", "2014-05-20"),
            ("The following week", "DATE", "2014-W22"),
            ("March", "DATE", "2015-03"),
            ("Monday", "DATE", "2015-05-18"),
            ("one year", "DURATION", "P1Y"),
            ("5:31 p.m.", "TIME", "2015-05-18T17:31"),
            ("one minute", "DURATION", "PT1M"),
            ("the end of the summer", "DATE", "2015-SU"),
            ("The first few weeks", "DURATION", "PXW"),
            ("Thursday", "DATE", "2015-05-14"),
            ("the winter", "DATE", "2015-WI"),
            ("April 30", "DATE", "2015-04-30"),
            ("January", "DATE", "2015-01"),
            ("the fall", "DATE", "2014-FA"),
            ("next spring", "DATE", "2016-SP"),
            ("this summer", "DATE", "2015-SU"),
            ("the 1950s", "DATE", "195"),
            ("recent years", "DATE", "PAST_REF"),
            ("this spring", "DATE", "2015-SP"),
            ("every Saturday morning", "SET", "XXXX-WXX-6TMO"),
            ("Tuesday nights", "SET", "XXXX-WXX-2TNI"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
