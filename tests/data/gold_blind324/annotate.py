"""Annotations of the three-hundred-and-twenty-fourth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind324/annotate.py [--show]

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
    # Thursday 2013-05-23 (ISO week 21), US network evening news transcript (anchor, correspondent
    # with a taped piece and a sheriff's clip, a second item, sign-off), header "Transcript:
    # Thursday, May 23, 2013, 6:30 p.m. ET" (one DATE span with the weekday and a TIME, the zone
    # in the span and not in the value, gold_blind30). "Four days after two inmates slipped out"
    # is an anchored duration, DURATION P4D (gold_blind35's "Two Weeks After Quake"). Past
    # weekdays: "since Monday" 2013-05-20, "Tuesday night" 2013-05-21TNI with "11:52 p.m." that
    # night, "12:06 a.m. Wednesday" 2013-05-22T00:06 and its DATE (a clock time after midnight
    # takes the new day, gold_blind46), "the 5 a.m. head count on Sunday" 2013-05-19T05:00 (an
    # adjectival clock time) and "Sunday" 2013-05-19, "sometime after 1 a.m." that Sunday
    # ("after" a signal), "since Sunday morning" 2013-05-19TMO. Future: "Friday morning"
    # 2013-05-24TMO, "on Saturday and Sunday" 2013-05-25 and 2013-05-26, "starting Saturday"
    # 2013-05-25, "Monday afternoon, Memorial Day" 2013-05-27TAF and 2013-05-27 (the last Monday
    # of May); "the Memorial Day weekend" and "the holiday weekend" 2013-W21-WE, the ISO week of
    # its Saturday (gold_blind56, gold_blind103). "a year ago this month" one DATE span 2012-05
    # (the month of broadcast a year back, like "Fifty years ago this month" in gold_blind48).
    # "June 10" 2013-06-10; "this summer" 2013-SU; "for weeks" -> "weeks" PXW; "the past two
    # months" P2M; "16-hour" PT16H; "25 years" P25Y; "a 2009 armed robbery" -> "2009" (an
    # adjectival year). The cooling centres' hours recur: "from 10 a.m. to 8 p.m. daily" ->
    # two TIMEs XXXX-XX-XXThh:mm and SET P1D (gold_blind28, gold_blind103). "Two years ago"
    # 2011 (the unit's granularity) and its "late May" 2011-05; "Tomorrow night" 2013-05-24TNI;
    # "this Thursday" in the sign-off the broadcast day (gold_blind30); "now" and "Right now"
    # PRESENT_REF. Not annotated: "UNB EVENING NEWS", "may" (twice, the disclaimer's verb),
    # "twenty-four seven" (like "24/7", gold_blind27, gold_blind30), "Interstate 40", "90 miles",
    # "Cell Block C", "34", "27" (ages), "40 times", "200 officers", "$50,000", "1-800-555-0419",
    # "the first heat wave of the season" (a season with no calendar unit), "100" (degrees),
    # "14 people", "three states", "Good evening", "good night".
    "unb-evening-news-harmon-county-jail-escape": (
        "2013-05-23",
        [
            ("Thursday, May 23, 2013", "DATE", "2013-05-23"),
            ("6:30 p.m. ET", "TIME", "2013-05-23T18:30"),
            ("Four days", "DURATION", "P4D"),
            ("tonight", "TIME", "2013-05-23TNI"),
            ("now", "DATE", "PRESENT_REF"),
            ("Monday", "DATE", "2013-05-20"),
            ("late this afternoon", "TIME", "2013-05-23TAF"),
            ("Tuesday night", "TIME", "2013-05-21TNI"),
            ("11:52 p.m.", "TIME", "2013-05-21T23:52"),
            ("12:06 a.m.", "TIME", "2013-05-22T00:06"),
            ("Wednesday", "DATE", "2013-05-22"),
            ("5 a.m.", "TIME", "2013-05-19T05:00"),
            ("Sunday", "DATE", "2013-05-19"),
            ("weeks", "DURATION", "PXW"),
            ("1 a.m.", "TIME", "2013-05-19T01:00"),
            ("16-hour", "DURATION", "PT16H"),
            ("Sunday morning", "TIME", "2013-05-19TMO"),
            ("25 years", "DURATION", "P25Y"),
            ("2009", "DATE", "2009"),
            ("June 10", "DATE", "2013-06-10"),
            ("yesterday", "DATE", "2013-05-22"),
            ("the past two months", "DURATION", "P2M"),
            ("Friday morning", "TIME", "2013-05-24TMO"),
            ("1974", "DATE", "1974"),
            ("a year ago this month", "DATE", "2012-05"),
            ("this summer", "DATE", "2013-SU"),
            ("Right now", "DATE", "PRESENT_REF"),
            ("the Memorial Day weekend", "DATE", "2013-W21-WE"),
            ("Saturday", "DATE", "2013-05-25"),
            ("Sunday", "DATE", "2013-05-26"),
            ("the holiday weekend", "DATE", "2013-W21-WE"),
            ("Monday afternoon", "TIME", "2013-05-27TAF"),
            ("Memorial Day", "DATE", "2013-05-27"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
            ("Saturday", "DATE", "2013-05-25"),
            ("Two years ago", "DATE", "2011"),
            ("late May", "DATE", "2011-05"),
            ("Tomorrow night", "TIME", "2013-05-24TNI"),
            ("1951", "DATE", "1951"),
            ("this Thursday", "DATE", "2013-05-23"),
        ],
    ),
    # Tuesday 2012-03-06 (ISO week 10), New Zealand public-radio morning bulletin read at 7am,
    # header "Tuesday 6 March 2012, 7.00am NZDT" (DATE with its weekday and TIME, the zone in
    # the span), the time check "It's seven o'clock" 07:00 and the closing "four minutes past
    # seven" 07:04 and "half past seven" 07:30 (spoken clock times, gold_blind48). The ferry
    # "broke down last night" 2012-03-05TNI; it "left Picton at 6.30pm yesterday" 2012-03-05
    # and "lost power about an hour later", a clock time anchored on the last one, TIME
    # 2012-03-05T19:30 with the approximator kept (like "20 minutes later", gold_blind46);
    # "shortly after 4 o'clock this morning" -> "4 o'clock" 2012-03-06T04:00 ("shortly after" a
    # signal) and "this morning"; "since midnight" the midnight ending Monday, 2012-03-05T24:00
    # (gold_blind75, gold_blind103). "at least Thursday" and "on Thursday" 2012-03-08; "Sunday
    # night" 2012-03-04TNI. The dairy auction "overnight" is Monday's night, 2012-03-05TNI;
    # "fortnightly" an adverbial frequency, SET P2W (like "every fortnight", gold_blind17,
    # gold_blind21); "now" PRESENT_REF; "a year ago" 2011; "since October" 2011-10; "the year to
    # May 31" -> "the year" DURATION P1Y and "May 31" 2012-05-31, split like "the three months
    # to October" (gold_blind23). "at 10.45 this morning" 10:45 and "this morning"; "the
    # December quarter" the calendar quarter 2011-Q4 (gold_blind63). "two-week" P2W; "18
    # months" P18M (the period of an "Nth in", gold_blind48); "within 14 days" -> "14 days";
    # "next year" 2013; "30 August" 2012-08-30; "the weekend" 2012-W10-WE. Not annotated:
    # "MORNING NEWS BULLETIN", "Kia ora, good morning", "400 passengers", "third", "two-year-old"
    # (an age), "2.3 per cent", "12 per cent", "20 cents", "$6.40 a kilo", "0.5 per cent",
    # "19-year-old", "State Highway 1", "two people", "first reading", "24" (a temperature),
    # "101.3 FM", "0800 555 2011" (a phone number ending in a year-like 2011, beside the
    # annotated "a year ago" 2011).
    "radio-tuatara-morning-bulletin-ferry-breakdown": (
        "2012-03-06",
        [
            ("Tuesday 6 March 2012", "DATE", "2012-03-06"),
            ("7.00am NZDT", "TIME", "2012-03-06T07:00"),
            ("seven o'clock", "TIME", "2012-03-06T07:00"),
            ("last night", "TIME", "2012-03-05TNI"),
            ("6.30pm", "TIME", "2012-03-05T18:30"),
            ("yesterday", "DATE", "2012-03-05"),
            ("about an hour later", "TIME", "2012-03-05T19:30"),
            ("nine hours", "DURATION", "PT9H"),
            ("4 o'clock", "TIME", "2012-03-06T04:00"),
            ("this morning", "TIME", "2012-03-06TMO"),
            ("at least Thursday", "DATE", "2012-03-08"),
            ("18 months", "DURATION", "P18M"),
            ("1996", "DATE", "1996"),
            ("next year", "DATE", "2013"),
            ("midnight", "TIME", "2012-03-05T24:00"),
            ("14 days", "DURATION", "P14D"),
            ("overnight", "TIME", "2012-03-05TNI"),
            ("fortnightly", "SET", "P2W"),
            ("now", "DATE", "PRESENT_REF"),
            ("a year ago", "DATE", "2011"),
            ("October", "DATE", "2011-10"),
            ("the year", "DURATION", "P1Y"),
            ("May 31", "DATE", "2012-05-31"),
            ("10.45", "TIME", "2012-03-06T10:45"),
            ("this morning", "TIME", "2012-03-06TMO"),
            ("the December quarter", "DATE", "2011-Q4"),
            ("today", "DATE", "2012-03-06"),
            ("Sunday night", "TIME", "2012-03-04TNI"),
            ("this afternoon", "TIME", "2012-03-06TAF"),
            ("two-week", "DURATION", "P2W"),
            ("2pm", "TIME", "2012-03-06T14:00"),
            ("Thursday", "DATE", "2012-03-08"),
            ("30 August", "DATE", "2012-08-30"),
            ("today", "DATE", "2012-03-06"),
            ("this evening", "TIME", "2012-03-06TEV"),
            ("tomorrow afternoon", "TIME", "2012-03-07TAF"),
            ("the weekend", "DATE", "2012-W10-WE"),
            ("four minutes past seven", "TIME", "2012-03-06T07:04"),
            ("half past seven", "TIME", "2012-03-06T07:30"),
        ],
    ),
    # Sunday 2015-03-08 (ISO week 10), international radio broadcaster's world news summary of
    # seven items with a correspondent's report, header "Sunday 8 March 2015, 1400 GMT" and
    # the opening "the news at 1400 GMT" (a TIME each, gold_blind30, gold_blind48). Veldania is
    # two hours ahead of GMT: "7 a.m. local time, 0500 GMT" two TIMEs (gold_blind28,
    # gold_blind48), "close at 8 p.m." and the correspondent's "by noon" local clock times on the
    # broadcast day, keeping their local value (gold_blind30); results "overnight" the night of
    # the broadcast day, 2015-03-08TNI; "until Friday" 2015-03-13; "until Tuesday morning"
    # 2015-03-10TMO; the talks "on Tuesday and Wednesday" 2015-03-10 and 2015-03-11; "on Friday
    # night" (the landslide, past) 2015-03-06TNI. "two weeks after a first round" DURATION P2W
    # (anchored); "five-year" P5Y; "more than 36 hours" PT36H; "the heaviest there in 40 years"
    # -> "40 years" P40Y (the period of a superlative); "since the middle of February" ->
    # "the middle of February" 2015-02 (the modifier not recorded, like "the middle of next
    # week", gold_blind103); "International Women's Day" 2015-03-08, a day of observance on the
    # day it falls on; "last June" in March 2014-06 (like "last September" in April,
    # gold_blind48); "January" 2015-01; "the past six weeks" P6W; "16 March" 2015-03-16; "the
    # next ten days" P10D; "clocks went forward an hour at 2 a.m. local time today" -> "an
    # hour" PT1H (the size of the shift, gold_blind44, gold_blind76), "2 a.m. local time"
    # 2015-03-08T02:00 and "today"; "last night" 2015-03-07TNI; "The time is 1405 GMT" a time
    # check; "the top of the hour" the next full hour, 15:00 (gold_blind30). Not annotated:
    # "WORLD NEWS SUMMARY", "fourth", "the first round" (twice), "50 per cent", "38 per cent",
    # "11 survivors", "Tens of thousands", "20,000 people", "six-nation", "1,200 cases", "four
    # provinces", "3-1" (a score), "15420 kilohertz", "early" ("Queues were forming early",
    # an adverb with no anchor of its own).
    "orbis-international-world-news-summary-veldania-runoff": (
        "2015-03-08",
        [
            ("Sunday 8 March 2015", "DATE", "2015-03-08"),
            ("1400 GMT", "TIME", "2015-03-08T14:00"),
            ("1400 GMT", "TIME", "2015-03-08T14:00"),
            ("today", "DATE", "2015-03-08"),
            ("7 a.m. local time", "TIME", "2015-03-08T07:00"),
            ("0500 GMT", "TIME", "2015-03-08T05:00"),
            ("8 p.m.", "TIME", "2015-03-08T20:00"),
            ("overnight", "TIME", "2015-03-08TNI"),
            ("Friday", "DATE", "2015-03-13"),
            ("2000", "DATE", "2000"),
            ("five-year", "DURATION", "P5Y"),
            ("two weeks", "DURATION", "P2W"),
            ("noon", "TIME", "2015-03-08T12:00"),
            ("tonight", "TIME", "2015-03-08TNI"),
            ("Tuesday morning", "TIME", "2015-03-10TMO"),
            ("Friday night", "TIME", "2015-03-06TNI"),
            ("now", "DATE", "PRESENT_REF"),
            ("more than 36 hours", "DURATION", "PT36H"),
            ("the middle of February", "DATE", "2015-02"),
            ("40 years", "DURATION", "P40Y"),
            ("International Women's Day", "DATE", "2015-03-08"),
            ("this morning", "TIME", "2015-03-08TMO"),
            ("Tuesday", "DATE", "2015-03-10"),
            ("Wednesday", "DATE", "2015-03-11"),
            ("2012", "DATE", "2012"),
            ("last June", "DATE", "2014-06"),
            ("January", "DATE", "2015-01"),
            ("now", "DATE", "PRESENT_REF"),
            ("the past six weeks", "DURATION", "P6W"),
            ("16 March", "DATE", "2015-03-16"),
            ("the next ten days", "DURATION", "P10D"),
            ("an hour", "DURATION", "PT1H"),
            ("2 a.m. local time", "TIME", "2015-03-08T02:00"),
            ("today", "DATE", "2015-03-08"),
            ("last night", "TIME", "2015-03-07TNI"),
            ("1987", "DATE", "1987"),
            ("1405 GMT", "TIME", "2015-03-08T14:05"),
            ("the top of the hour", "TIME", "2015-03-08T15:00"),
        ],
    ),
    # Monday 2014-05-12 (ISO week 20), Canadian local TV station's web rewrite of its 6 p.m.
    # story, section label, headline, stamps "Published Monday, May 12, 2014 6:52PM EDT" and
    # "Last Updated Monday, May 12, 2014 8:15PM EDT" (a DATE with its weekday and a TIME each),
    # byline, "PORT MARROW, Ont. --" dateline. "until at least Wednesday" (headline and lead)
    # -> "at least Wednesday" 2014-05-14 (gold_blind103); "said Monday" the publication day.
    # Past: "Saturday afternoon" 2014-05-10TAF and "around 1:30 p.m." that day (approximator
    # kept), "through the night" -> "the night" 2014-05-10TNI, "early Sunday" DATE 2014-05-11
    # (gold_blind103), "Saturday night" 2014-05-10TNI, "since Saturday" 2014-05-10. Future:
    # "Tuesday morning" 2014-05-13TMO, "end Wednesday" 2014-05-14, "Thursday's council meeting"
    # -> "Thursday" 2014-05-15, "by Friday" 2014-05-16, "by noon Tuesday" 12:00 and 2014-05-13;
    # "Tonight" 2014-05-12TNI. Victoria Day 2014 is Monday 19 May (the Monday before 25 May):
    # "the Victoria Day long weekend" 2014-W20-WE, the ISO week of its Saturday (17 May), like
    # "Family Day weekend" (gold_blind103), and the resident's "that weekend" the same weekend,
    # an anaphoric anchor like "That winter" (gold_blind103). "one of their busiest of the
    # spring" -> "the spring" 2014-SP, the spring under way. "24 hours apart" PT24H; "it would
    # be a day, maybe two" -> "a day" P1D (the elided "two" not annotated, like the elided
    # "14" of gold_blind63); the water handout "from 8 a.m. to 8 p.m. daily" two TIMEs
    # XXXX-XX-XXThh:mm and SET P1D. "18 months" P18M (an "Nth in"); "November 2012"; "six days"
    # P6D; "1962"; "the next decade" P10Y; "2020"; "so far this year" -> "this year" 2014
    # ("so far" left out, gold_blind103); "last winter" in May 2014-WI (the winter of 2013-14,
    # named by its January, gold_blind10); "the end of June" 2014-06; "at least one minute"
    # PT1M. Not annotated: "CKWL News", "4,000 homes", "the 52-year-old main" (the age of a pipe,
    # ages being left out), "three-month-old" (a baby's age), "311", "twenty-four seven",
    # "second", "14 kilometres", "112", "CKWL News at Six" (a programme title), "Channel 6",
    # "cable 11", "until the advisory ends" (event-named).
    "ckwl-port-marrow-boil-water-advisory": (
        "2014-05-12",
        [
            ("at least Wednesday", "DATE", "2014-05-14"),
            ("Monday, May 12, 2014", "DATE", "2014-05-12"),
            ("6:52PM EDT", "TIME", "2014-05-12T18:52"),
            ("Monday, May 12, 2014", "DATE", "2014-05-12"),
            ("8:15PM EDT", "TIME", "2014-05-12T20:15"),
            ("at least Wednesday", "DATE", "2014-05-14"),
            ("Monday", "DATE", "2014-05-12"),
            ("Saturday afternoon", "TIME", "2014-05-10TAF"),
            ("around 1:30 p.m.", "TIME", "2014-05-10T13:30"),
            ("the night", "TIME", "2014-05-10TNI"),
            ("early Sunday", "DATE", "2014-05-11"),
            ("24 hours", "DURATION", "PT24H"),
            ("this morning", "TIME", "2014-05-12TMO"),
            ("Tuesday morning", "TIME", "2014-05-13TMO"),
            ("Wednesday", "DATE", "2014-05-14"),
            ("Saturday night", "TIME", "2014-05-10TNI"),
            ("a day", "DURATION", "P1D"),
            ("Saturday", "DATE", "2014-05-10"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
            ("18 months", "DURATION", "P18M"),
            ("November 2012", "DATE", "2012-11"),
            ("six days", "DURATION", "P6D"),
            ("1962", "DATE", "1962"),
            ("the next decade", "DURATION", "P10Y"),
            ("2020", "DATE", "2020"),
            ("this year", "DATE", "2014"),
            ("last winter", "DATE", "2014-WI"),
            ("Thursday", "DATE", "2014-05-15"),
            ("the end of June", "DATE", "2014-06"),
            ("the Victoria Day long weekend", "DATE", "2014-W20-WE"),
            ("the spring", "DATE", "2014-SP"),
            ("Friday", "DATE", "2014-05-16"),
            ("that weekend", "DATE", "2014-W20-WE"),
            ("noon", "TIME", "2014-05-13T12:00"),
            ("Tuesday", "DATE", "2014-05-13"),
            ("Tonight", "TIME", "2014-05-12TNI"),
            ("at least one minute", "DURATION", "PT1M"),
        ],
    ),
    # Wednesday 2015-02-25 (ISO week 9), Australian business channel's interview transcript,
    # channel, programme title, date and air-time line "Wednesday, 25 February 2015 - 12:40pm
    # AEDT" (DATE with its weekday, TIME with the zone in the span). Tallis's financial year
    # ends June 30 (the text says so), so its years are FY values named by the year they end
    # and its quarters FYyyyy-Qn (gold_blind63): "the full year" and "the financial year ending
    # June 30" FY2015 (July 2014-June 2015) plus "June 30" 2015-06-30, "FY14" FY2014, "FY16"
    # (twice) FY2016, "FY17" FY2017, "third-quarter sales" (January-March 2015, an adjectival
    # fiscal period) FY2015-Q3. "the six months to December 31" -> "the six months" DURATION
    # P6M and "December 31" 2014-12-31, since a fiscal half has no value shape (gold_blind63);
    # "the five weeks to January 4" likewise P5W and 2015-01-04. "Christmas" 2014-12-25 and
    # "Boxing Day" 2014-12-26 (holidays on their days); "our 52-year history" an adjectival
    # duration P52Y; "since the start of January" 2015-01 (like "the start of the month");
    # "January 2013" and the narrative's "by March" 2013-03; "in September" ahead 2015-09;
    # "Easter next year" one DATE span, Easter Sunday 2016, 2016-03-27 (like "March of last
    # year", gold_blind46); "doubled in two years" P2Y (a past change, gold_blind35); the
    # click-and-collect hours "before 2pm ... by 5pm, every day" two TIMEs XXXX-XX-XXThh:mm and
    # SET P1D; "every month since last April" SET P1M and 2014-04; "the past year" P1Y; "today's
    # rally" -> "today"; "1963"; "late April" 2015-04; "2.30 this afternoon" 14:30 and TAF;
    # "now" PRESENT_REF twice. Not annotated: "THE MIDDAY MARKETS" (a programme title), "$3.42",
    # "6 per cent", "14 per cent", "9 per cent", "18 per cent", "$84 million", "$88 million",
    # "$79 million", "twelve", "Twelve", "ten", "a third", "three staff", "twenty-four seven",
    # "ASX", "TLH", "the reporting season" (a season with no calendar unit), "like-for-like",
    # "Stay with us".
    "harbourside-business-tv-tallis-half-year-interview": (
        "2015-02-25",
        [
            ("Wednesday, 25 February 2015", "DATE", "2015-02-25"),
            ("12:40pm AEDT", "TIME", "2015-02-25T12:40"),
            ("this afternoon", "TIME", "2015-02-25TAF"),
            ("the six months", "DURATION", "P6M"),
            ("December 31", "DATE", "2014-12-31"),
            ("this morning", "TIME", "2015-02-25TMO"),
            ("now", "DATE", "PRESENT_REF"),
            ("Christmas", "DATE", "2014-12-25"),
            ("the five weeks", "DURATION", "P5W"),
            ("January 4", "DATE", "2015-01-04"),
            ("Boxing Day", "DATE", "2014-12-26"),
            ("52-year", "DURATION", "P52Y"),
            ("the start of January", "DATE", "2015-01"),
            ("January 2013", "DATE", "2013-01"),
            ("March", "DATE", "2013-03"),
            ("the full year", "DATE", "FY2015"),
            ("the financial year", "DATE", "FY2015"),
            ("June 30", "DATE", "2015-06-30"),
            ("FY14", "DATE", "FY2014"),
            ("FY16", "DATE", "FY2016"),
            ("FY16", "DATE", "FY2016"),
            ("FY17", "DATE", "FY2017"),
            ("September", "DATE", "2015-09"),
            ("Easter next year", "DATE", "2016-03-27"),
            ("two years", "DURATION", "P2Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("2pm", "TIME", "XXXX-XX-XXT14:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("every day", "SET", "P1D"),
            ("every month", "SET", "P1M"),
            ("last April", "DATE", "2014-04"),
            ("the past year", "DURATION", "P1Y"),
            ("today", "DATE", "2015-02-25"),
            ("1963", "DATE", "1963"),
            ("third-quarter", "DATE", "FY2015-Q3"),
            ("late April", "DATE", "2015-04"),
            ("2.30", "TIME", "2015-02-25T14:30"),
            ("this afternoon", "TIME", "2015-02-25TAF"),
        ],
    ),
    # Saturday 2013-10-26 (ISO week 43), Irish local radio station's Saturday round-up of the
    # week's news, station, programme title and date line "Saturday 26 October 2013, 9am" (DATE
    # with its weekday and TIME); "it's just gone nine o'clock" -> "nine o'clock" 09:00 ("just
    # gone" read as "a little after", a signal, gold_blind30). "The biggest story of the week"
    # -> "the week" DATE 2013-W43, the current week (gold_blind6's "the week's biggest test").
    # Past weekdays of the week: "on Tuesday" 2013-10-22 with "8am on Tuesday" 08:00, "On
    # Wednesday their union said" 2013-10-23, "Monday night" 2013-10-21TNI and "until almost
    # midnight" that night, 2013-10-21T24:00 with the modifier kept (gold_blind103). Future:
    # "will meet ... on Wednesday" 2013-10-30 (the same weekday in both directions), "before the
    # end of next week" 2013-W44 (gold_blind59), "Halloween on Thursday" 2013-10-31 twice,
    # "tomorrow" 2013-10-27 with "3.30" 15:30 (an afternoon match) and "2am" 02:00, "Sunday
    # night" 2013-10-27TNI, "Monday morning" 2013-10-28TMO, "Monday is the October bank
    # holiday" two DATEs 2013-10-28 (the last Monday of October; gold_blind27's "the May Day
    # bank holiday", gold_blind103's "Monday is Family Day"), bin collections "move to Tuesday"
    # 2013-10-29, "next Saturday" in a Saturday broadcast seven days ahead, 2013-11-02
    # (gold_blind30), with "9am" that day. "The bank holiday weekend" Saturday to Monday,
    # 2013-W43-WE, the ISO week of its Saturday (gold_blind103). "the clocks go back an hour"
    # -> "an hour" PT1H (gold_blind44); "an extra hour in bed" DURATION PT1H. "Last Halloween"
    # one DATE span 2012-10-31 (like "Last winter", "last April"). "the next six months" P6M;
    # "the end of April" 2014-04; "15-minute" PT15M; "25 years" P25Y; "for 2014"; "on
    # Saturdays" SET XXXX-WXX-6 (gold_blind4, gold_blind7); "2 December" 2013-12-02; "since the
    # start of the month" 2013-10; "yesterday" 2013-10-25; "6 November" 2013-11-06; "1988",
    # "1979"; "ten o'clock" 10:00 (the next bulletin). Not annotated: "RADIO ARDCARRA 96.4FM",
    # "THE WEEK IN REVIEW" / "The Week in Review" (twice; a title holding "Week"), "Good
    # morning", "240 jobs", "41-year-old", "090 555 1988" (a phone number ending in 1988,
    # beside the annotated "1988"), "€20,000", "14 people", "€15", "the title", "Have a good
    # weekend" (a farewell formula naming no particular weekend).
    "radio-ardcarra-week-in-review-kelvane-closure": (
        "2013-10-26",
        [
            ("Saturday 26 October 2013", "DATE", "2013-10-26"),
            ("9am", "TIME", "2013-10-26T09:00"),
            ("nine o'clock", "TIME", "2013-10-26T09:00"),
            ("the week", "DATE", "2013-W43"),
            ("Tuesday", "DATE", "2013-10-22"),
            ("1988", "DATE", "1988"),
            ("the next six months", "DURATION", "P6M"),
            ("the end of April", "DATE", "2014-04"),
            ("15-minute", "DURATION", "PT15M"),
            ("8am", "TIME", "2013-10-22T08:00"),
            ("Tuesday", "DATE", "2013-10-22"),
            ("Wednesday", "DATE", "2013-10-23"),
            ("25 years", "DURATION", "P25Y"),
            ("Wednesday", "DATE", "2013-10-30"),
            ("the end of next week", "DATE", "2013-W44"),
            ("Monday night", "TIME", "2013-10-21TNI"),
            ("almost midnight", "TIME", "2013-10-21T24:00"),
            ("2014", "DATE", "2014"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("2 December", "DATE", "2013-12-02"),
            ("Halloween", "DATE", "2013-10-31"),
            ("Thursday", "DATE", "2013-10-31"),
            ("the start of the month", "DATE", "2013-10"),
            ("Last Halloween", "DATE", "2012-10-31"),
            ("yesterday", "DATE", "2013-10-25"),
            ("6 November", "DATE", "2013-11-06"),
            ("tomorrow", "DATE", "2013-10-27"),
            ("3.30", "TIME", "2013-10-27T15:30"),
            ("1979", "DATE", "1979"),
            ("an hour", "DURATION", "PT1H"),
            ("2am", "TIME", "2013-10-27T02:00"),
            ("tomorrow", "DATE", "2013-10-27"),
            ("an extra hour", "DURATION", "PT1H"),
            ("The bank holiday weekend", "DATE", "2013-W43-WE"),
            ("Sunday night", "TIME", "2013-10-27TNI"),
            ("Monday morning", "TIME", "2013-10-28TMO"),
            ("Monday", "DATE", "2013-10-28"),
            ("the October bank holiday", "DATE", "2013-10-28"),
            ("Tuesday", "DATE", "2013-10-29"),
            ("ten o'clock", "TIME", "2013-10-26T10:00"),
            ("next Saturday", "DATE", "2013-11-02"),
            ("9am", "TIME", "2013-11-02T09:00"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
