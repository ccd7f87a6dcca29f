"""Annotations of blind gold set 644, chosen by hand before the tagger ran.

    python tests/data/gold_blind644/annotate.py [--show]

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
    # Monday 1999-03-01 (ISO week 9), international radio service's correspondent-report script
    # in the slug-header style ("DATE=3/1/99", a US month/day/year date, DATE of the day of the
    # script) with a trailer stamp "01-Mar-99 1:47 PM EST (1847 UTC)" (date and two clock times,
    # the zones in the spans and not in the values). Manzeria lies on GMT, so "6 a.m. local time
    # (0600 GMT)" is two TIMEX3 with one value. Future weekdays: the runoff "Saturday" 1999-03-06
    # (intro, polls, "noon Saturday"), "Saturday night" 1999-03-06TNI, "by Wednesday"
    # 1999-03-03, the rally "on Thursday" and "midnight Thursday" 1999-03-04 (the midnight
    # ending Thursday, T24:00, gold_blind10, gold_blind54), "tomorrow" 1999-03-02, "Monday,
    # March 8" one span. Past: "late Thursday" 1999-02-25, "Late Sunday" 1999-02-28 (modifier
    # kept, gold_blind8), "Sunday evening" 1999-02-28TEV, "arrived Friday" 1999-02-26. "11 hours
    # later" after "6 a.m. ... Saturday" is an anchored TIME 1999-03-06T17:00 (gold_blind16's
    # "12 hours later"). "the first in the country's 39 years of independence" -> "39 years"
    # P39Y, the period of a "first in"; "another five years" P5Y (like "another year",
    # gold_blind54); "the 1992 constitution" an adjectival year; "five-year" P5Y; "last week"
    # 1999-W08, "this week" 1999-W09 with "every night" a SET (gold_blind34); "the coming days"
    # PXD. Not annotated: "NUMBER=2-244719", "L-ONLY", "CUT 1", "the first round" (twice, an
    # ordinal of an event), "a second elected term", "his final rally", "14 provinces", "47
    # percent", "31 percent", "58 percent", "60 observers", "25 more", "64" (an age), "seven
    # people", "NEB/PO/JWH/RAE", "NNNN".
    "manzeria-runoff-correspondent-report": (
        "1999-03-01",
        [
            ("3/1/99", "DATE", "1999-03-01"),
            ("Saturday", "DATE", "1999-03-06"),
            ("39 years", "DURATION", "P39Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("late Thursday", "DATE", "1999-02-25"),
            ("this morning", "TIME", "1999-03-01TMO"),
            ("Wednesday", "DATE", "1999-03-03"),
            ("6 a.m. local time", "TIME", "1999-03-06T06:00"),
            ("0600 GMT", "TIME", "1999-03-06T06:00"),
            ("Saturday", "DATE", "1999-03-06"),
            ("11 hours later", "TIME", "1999-03-06T17:00"),
            ("72 hours", "DURATION", "PT72H"),
            ("1987", "DATE", "1987"),
            ("February 20", "DATE", "1999-02-20"),
            ("Late Sunday", "DATE", "1999-02-28"),
            ("two days", "DURATION", "P2D"),
            ("Saturday night", "TIME", "1999-03-06TNI"),
            ("Sunday evening", "TIME", "1999-02-28TEV"),
            ("another five years", "DURATION", "P5Y"),
            ("12 years", "DURATION", "P12Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("last week", "DATE", "1999-W08"),
            ("Thursday", "DATE", "1999-03-04"),
            ("midnight", "TIME", "1999-03-04T24:00"),
            ("Thursday", "DATE", "1999-03-04"),
            ("1992", "DATE", "1992"),
            ("five-year", "DURATION", "P5Y"),
            ("2004", "DATE", "2004"),
            ("1992", "DATE", "1992"),
            ("Friday", "DATE", "1999-02-26"),
            ("tomorrow", "DATE", "1999-03-02"),
            ("Monday, March 8", "DATE", "1999-03-08"),
            ("noon", "TIME", "1999-03-06T12:00"),
            ("Saturday", "DATE", "1999-03-06"),
            ("the coming days", "DURATION", "PXD"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("this week", "DATE", "1999-W09"),
            ("February 21", "DATE", "1999-02-21"),
            ("01-Mar-99", "DATE", "1999-03-01"),
            ("1:47 PM EST", "TIME", "1999-03-01T13:47"),
            ("1847 UTC", "TIME", "1999-03-01T18:47"),
        ],
    ),
    # Wednesday 1999-12-15 (ISO week 50), wire story in the style of a news agency's Middle East
    # desk, "FOCUS-" headline, byline, "RAS HADIQ, Dec 15 (Levant Wire) -" dateline, a newsroom
    # contact line and a transmission stamp "15:42 12-15-99" (TIME and DATE). The text dates the
    # holidays: the talks opened "on Sunday" 1999-12-12, "three days after the first day of
    # Ramadan" (one span, gold_blind57) 1999-12-09; Eid al-Fitr "is expected on Saturday,
    # January 8" -> "Eid" (headline) and "Eid al-Fitr" (twice) 2000-01-08, the holiday and its
    # date two DATEs (gold_blind79). "two days after the Eid al-Fitr holiday" -> "two days"
    # P2D, anchored on an event; "three-day" P3D. Past weekdays: "late Tuesday" 1999-12-14,
    # "Monday evening" 1999-12-13TEV, "3 a.m. on Tuesday" 1999-12-14T03:00 (the day the text
    # names, gold_blind54). Future: "on Thursday" 1999-12-16. The Gulf port is GMT+4, so
    # "11 a.m. (0700 GMT)" and "10 a.m. local time (0600 GMT)" are two TIMEX3 each. "the
    # summer" ahead in December 2000-SU; "the first day of Ramadan" and not bare "Ramadan"
    # (9 December 1999 to 7 January 2000 crosses a year, so no calendar unit holds it, see
    # README); "sunset", the daily breaking of the fast, XXXX-XX-XXTEV (gold_blind79); "this
    # week" 1999-W50, "next week" 1999-W51, "every Sunday" XXXX-WXX-7; "the evening" of
    # Wednesday 1999-12-15TEV; "The January round" -> "January" 2000-01 (an adjectival month,
    # like "The March numbers" in gold_blind30); "the end of February" 2000-02; "August"
    # (past) 1999-08; "for 300 years" (quoted) P300Y. Not annotated: "FOCUS", "the fast"
    # (twice), "the holiday", "the new moon", "160-km (100-mile)", "10 km (six miles)", "40
    # soldiers", "the first face-to-face meeting", "+99 4 555 1998" (beside the annotated
    # "1998").
    "kerassia-hadram-border-talks-wire": (
        "1999-12-15",
        [
            ("Eid", "DATE", "2000-01-08"),
            ("Dec 15", "DATE", "1999-12-15"),
            ("late Tuesday", "DATE", "1999-12-14"),
            ("January 10", "DATE", "2000-01-10"),
            ("two days", "DURATION", "P2D"),
            ("Eid al-Fitr", "DATE", "2000-01-08"),
            ("Wednesday", "DATE", "1999-12-15"),
            ("three-day", "DURATION", "P3D"),
            ("March 1998", "DATE", "1998-03"),
            ("the summer", "DATE", "2000-SU"),
            ("1998", "DATE", "1998"),
            ("11 a.m.", "TIME", "1999-12-15T11:00"),
            ("0700 GMT", "TIME", "1999-12-15T07:00"),
            ("Sunday", "DATE", "1999-12-12"),
            ("three days", "DURATION", "P3D"),
            ("the first day of Ramadan", "DATE", "1999-12-09"),
            ("this week", "DATE", "1999-W50"),
            ("sunset", "TIME", "XXXX-XX-XXTEV"),
            ("Monday evening", "TIME", "1999-12-13TEV"),
            ("3 a.m.", "TIME", "1999-12-14T03:00"),
            ("Tuesday", "DATE", "1999-12-14"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("next week", "DATE", "1999-W51"),
            ("January 5", "DATE", "2000-01-05"),
            ("Wednesday morning", "TIME", "1999-12-15TMO"),
            ("the evening", "TIME", "1999-12-15TEV"),
            ("Thursday", "DATE", "1999-12-16"),
            ("300 years", "DURATION", "P300Y"),
            ("1994", "DATE", "1994"),
            ("30 days", "DURATION", "P30D"),
            ("every three months", "SET", "P3M"),
            ("the next five years", "DURATION", "P5Y"),
            ("the end of February", "DATE", "2000-02"),
            ("August", "DATE", "1999-08"),
            ("January 6", "DATE", "2000-01-06"),
            ("Eid al-Fitr", "DATE", "2000-01-08"),
            ("Saturday, January 8", "DATE", "2000-01-08"),
            ("four days", "DURATION", "P4D"),
            ("January", "DATE", "2000-01"),
            ("10 a.m. local time", "TIME", "2000-01-10T10:00"),
            ("0600 GMT", "TIME", "2000-01-10T06:00"),
            ("January 10", "DATE", "2000-01-10"),
            ("15:42", "TIME", "1999-12-15T15:42"),
            ("12-15-99", "DATE", "1999-12-15"),
        ],
    ),
    # Friday 1998-10-16 (ISO week 42), international radio service's programme script: a cue
    # for the presenter, the correspondent's despatch as voiced and a back announcement, with a
    # header "TX: FRIDAY 16 OCTOBER 1998, 0530 GMT (REPEAT 0730 GMT)" (the date with its
    # weekday one DATE span, gold_blind79; the two transmission times TIMEs) and a footer
    # "CHECKED: SM 0448 GMT" (TIME on the day of the script). "since the weekend" in a Friday
    # script is the weekend just gone, 1998-W41-WE (10-11 October); "yesterday" 1998-10-15,
    # "today" 1998-10-16. Past weekdays: "since Wednesday" 1998-10-14, "Sunday night"
    # 1998-10-11TNI and "the next morning" after it 1998-10-12TMO (anchored on the narrative's
    # last date, gold_blind40), "Tuesday evening" 1998-10-13TEV. Future: the vaccination team
    # "on Monday" and the Council "at 1500 GMT on Monday" 1998-10-19. "seven o'clock this
    # morning" is two TIMEX3 ("4:50 this morning", gold_blind30). "6 p.m. every day" recurring
    # hours XXXX-XX-XXT18:00 with the SET P1D; "twice a day" P1D. "crossed in a single month"
    # -> "a single month" P1M, how long a past change took (gold_blind35); "a fortnight ago"
    # 1998-W40, two ISO weeks back (gold_blind11); "last month" 1998-09; "next month" 1998-11;
    # "26 October" 1998-10-26. Not annotated: "DUR: 2'48"" (a running time in minutes and
    # seconds, no value shape; see README), "FILE: AFR-LIMB-161098" (a file name holding the
    # date), "around the clock", "the rains", "20,000 people", "3,000", "8,000 people", "two
    # kilometres", "23" (an age), "40 kilometres", "200,000 people", "12 million dollars", "a
    # third".
    "limbala-refugees-cue-and-despatch": (
        "1998-10-16",
        [
            ("FRIDAY 16 OCTOBER 1998", "DATE", "1998-10-16"),
            ("0530 GMT", "TIME", "1998-10-16T05:30"),
            ("0730 GMT", "TIME", "1998-10-16T07:30"),
            ("the weekend", "DATE", "1998-W41-WE"),
            ("yesterday", "DATE", "1998-10-15"),
            ("today", "DATE", "1998-10-16"),
            ("June", "DATE", "1998-06"),
            ("Wednesday", "DATE", "1998-10-14"),
            ("seven o'clock", "TIME", "1998-10-16T07:00"),
            ("this morning", "TIME", "1998-10-16TMO"),
            ("five days", "DURATION", "P5D"),
            ("Sunday night", "TIME", "1998-10-11TNI"),
            ("the next morning", "TIME", "1998-10-12TMO"),
            ("August", "DATE", "1998-08"),
            ("the past 48 hours", "DURATION", "PT48H"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("every day", "SET", "P1D"),
            ("about ten days", "DURATION", "P10D"),
            ("twice a day", "SET", "P1D"),
            ("next month", "DATE", "1998-11"),
            ("1994", "DATE", "1994"),
            ("a single month", "DURATION", "P1M"),
            ("three years", "DURATION", "P3Y"),
            ("March 1997", "DATE", "1997-03"),
            ("six weeks", "DURATION", "P6W"),
            ("July", "DATE", "1998-07"),
            ("last month", "DATE", "1998-09"),
            ("26 October", "DATE", "1998-10-26"),
            ("now", "DATE", "PRESENT_REF"),
            ("Tuesday evening", "TIME", "1998-10-13TEV"),
            ("Monday", "DATE", "1998-10-19"),
            ("1500 GMT", "TIME", "1998-10-19T15:00"),
            ("Monday", "DATE", "1998-10-19"),
            ("a fortnight ago", "DATE", "1998-W40"),
            ("0448 GMT", "TIME", "1998-10-16T04:48"),
        ],
    ),
    # Thursday 2000-11-16 (ISO week 46), French-agency-style coup wire, header "ASP  16 Nov 2000
    # 10:42 GMT" (DATE and TIME), slug "Koulanga-coup,3rd lead", headline, byline, "BAMORO, Nov
    # 16 (ASP) -" dateline, desk initials. Koulanga lies on GMT. The headline's and the
    # general's "within a year" -> "a year" P1Y (twice). The curfew "from 7:00 pm to 6:00 am
    # every night": recurring hours XXXX-XX-XXT19:00 and T06:00 with the SET (gold_blind16,
    # gold_blind54). "a day after soldiers seized power" P1D and "less than two weeks before it
    # marks 40 years of independence" P2W and P40Y (durations anchored to events). Past: the
    # radio taken "in the early hours of Wednesday" (one DATE span, gold_blind54) 2000-11-15,
    # "about 9:00 am (0900 GMT)" that morning, two TIMEs; "late Wednesday" 2000-11-15; "on
    # Thursday" and "Thursday morning" the day of the wire. Future: "until Saturday" and "on
    # Saturday" 2000-11-18, "at the weekend" 2000-W46-WE (18-19 November), "on Monday"
    # 2000-11-20, "Tuesday week" (British: the Tuesday after the coming one, one DATE span like
    # "Saturday week" in gold_blind24) 2000-11-28, the 40th anniversary of "November 28, 1960".
    # "four-hour" PT4H; "the 1980s" 198; "the first half of 2001" 2001-H1; "the 1992
    # constitution" and "the 1996 election" adjectival years; "last year" 1999; "every Friday"
    # XXXX-WXX-5 with "since August" a DATE of its own; "July" and "August" past months of 2000;
    # "last month" 2000-10. Not annotated: "Koulanga-coup,3rd lead", "the third", "the 40th
    # anniversary", "until order is restored", "the next harvest", "41" and "67" (ages), "40
    # percent", "nine million people", "800,000 people", "md/jw".
    "koulanga-coup-curfew-wire": (
        "2000-11-16",
        [
            ("16 Nov 2000", "DATE", "2000-11-16"),
            ("10:42 GMT", "TIME", "2000-11-16T10:42"),
            ("a year", "DURATION", "P1Y"),
            ("Nov 16", "DATE", "2000-11-16"),
            ("Thursday", "DATE", "2000-11-16"),
            ("7:00 pm", "TIME", "XXXX-XX-XXT19:00"),
            ("6:00 am", "TIME", "XXXX-XX-XXT06:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("a day", "DURATION", "P1D"),
            ("less than two weeks", "DURATION", "P2W"),
            ("40 years", "DURATION", "P40Y"),
            ("0600 GMT", "TIME", "2000-11-16T06:00"),
            ("Saturday", "DATE", "2000-11-18"),
            ("the early hours of Wednesday", "DATE", "2000-11-15"),
            ("about 9:00 am", "TIME", "2000-11-15T09:00"),
            ("0900 GMT", "TIME", "2000-11-15T09:00"),
            ("four-hour", "DURATION", "PT4H"),
            ("1991", "DATE", "1991"),
            ("the weekend", "DATE", "2000-W46-WE"),
            ("the coming days", "DURATION", "PXD"),
            ("the 1980s", "DATE", "198"),
            ("late Wednesday", "DATE", "2000-11-15"),
            ("a year", "DURATION", "P1Y"),
            ("the first half of 2001", "DATE", "2001-H1"),
            ("1992", "DATE", "1992"),
            ("last year", "DATE", "1999"),
            ("Thursday morning", "TIME", "2000-11-16TMO"),
            ("Monday", "DATE", "2000-11-20"),
            ("November 28, 1960", "DATE", "1960-11-28"),
            ("Tuesday week", "DATE", "2000-11-28"),
            ("March 2002", "DATE", "2002-03"),
            ("1996", "DATE", "1996"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("August", "DATE", "2000-08"),
            ("July", "DATE", "2000-07"),
            ("Saturday", "DATE", "2000-11-18"),
            ("three years", "DURATION", "P3Y"),
            ("last month", "DATE", "2000-10"),
        ],
    ),
    # Tuesday 2000-03-14 (ISO week 11), US-agency-style wire, slug "BC-Harqiya-Drought,0468" (a
    # word count), headline, byline "Associated Wire Service Writer", "DABBARO, Harqiya (AWS) _"
    # dateline without date, the day of the wire named by its weekday ("warned Tuesday", "said
    # Tuesday"), and a trailer "AWS-NY-03-14-00 1512EST" (the date, month-day-year, and the
    # clock time with its zone two TIMEX3). Eid al-Adha "falls on Thursday" 2000-03-16; the
    # headline's "Eid" is the same feast. "said Monday" 2000-03-13. "the rains failed three years
    # in a row" P3Y. The short rains "due between October and December last year" 1999-10,
    # 1999-12 and 1999; "since October" 1999-10; "through May" and "between May and the harvest
    # in August" 2000-05 and 2000-08 ahead; "since January" 2000-01; "This year" and "this year"
    # 2000; "last December" 1999-12; "late April" 2000-04; "mid-February" 2000-02; "by June"
    # 2000-06. "once a fortnight" SET P2W (a fortnight is two weeks, gold_blind9); "every week"
    # P1W. Not annotated: "0468", "the short rains", "the long rains", "below normal", "the
    # feast" (twice), "normally", "the harvest", "58" (an age), "half their cattle", "40 cents",
    # "$120 million", "$310 million", "tens of thousands", "eight million", "AWS-NY".
    "harqiya-drought-eid-livestock-wire": (
        "2000-03-14",
        [
            ("Eid", "DATE", "2000-03-16"),
            ("Tuesday", "DATE", "2000-03-14"),
            ("June", "DATE", "2000-06"),
            ("three years", "DURATION", "P3Y"),
            ("October", "DATE", "1999-10"),
            ("October", "DATE", "1999-10"),
            ("December", "DATE", "1999-12"),
            ("last year", "DATE", "1999"),
            ("Monday", "DATE", "2000-03-13"),
            ("the next two weeks", "DURATION", "P2W"),
            ("May", "DATE", "2000-05"),
            ("1984", "DATE", "1984"),
            ("This year", "DATE", "2000"),
            ("50 years", "DURATION", "P50Y"),
            ("January", "DATE", "2000-01"),
            ("once a fortnight", "SET", "P2W"),
            ("Eid al-Adha", "DATE", "2000-03-16"),
            ("Thursday", "DATE", "2000-03-16"),
            ("this year", "DATE", "2000"),
            ("1998", "DATE", "1998"),
            ("last December", "DATE", "1999-12"),
            ("six months", "DURATION", "P6M"),
            ("April 1", "DATE", "2000-04-01"),
            ("February 1", "DATE", "2000-02-01"),
            ("Tuesday", "DATE", "2000-03-14"),
            ("now", "DATE", "PRESENT_REF"),
            ("late April", "DATE", "2000-04"),
            ("May", "DATE", "2000-05"),
            ("August", "DATE", "2000-08"),
            ("1992", "DATE", "1992"),
            ("18 months", "DURATION", "P18M"),
            ("every week", "SET", "P1W"),
            ("mid-February", "DATE", "2000-02"),
            ("March 27", "DATE", "2000-03-27"),
            ("03-14-00", "DATE", "2000-03-14"),
            ("1512EST", "TIME", "2000-03-14T15:12"),
        ],
    ),
    # Saturday 1998-01-31 (ISO week 5), international radio service's news bulletin script of
    # six items, header "TX: SATURDAY 31 JANUARY 1998, 1300 GMT" (DATE with its weekday, one
    # span, and TIME) and the spoken time check "The time is 1300 GMT" (the same TIME). Eid
    # al-Fitr is the day the text gives, the Thursday "when the festival started", 1998-01-29
    # (gold_blind79); the releases continue "until Monday" 1998-02-02. "Today is Independence
    # Day" two DATEs 1998-01-31, like "Monday is Family Day" (gold_blind103); "30 years of
    # self-rule" P30Y; "the end of the year" 1998 (gold_blind35); "midday" 12:00 today; "31
    # January 1968" the independence day. The election was "Thursday's" and "on Thursday"
    # 1998-01-29 (possessive without the "'s"), "6 p.m. local time on Thursday" its own TIME;
    # "two hours later than planned" PT2H, the size of a delay (gold_blind35); "by 1800 GMT"
    # today. Future: "next week" 1998-W06, convoys "on Wednesday" 1998-02-04, talks "on
    # Tuesday" 1998-02-03, "May" 1998-05. "more than four years after they fled" P4Y (anchored
    # duration); "the past 24 hours" PT24H; "every day" P1D; "October" (past) 1997-10; "within
    # weeks" -> "weeks" PXW; "last night" in a Saturday bulletin 1998-01-30TNI; "at 1400 GMT"
    # the next bulletin. Not annotated: "DUR: 5'00"", "FREQ: 15400 / 17830 KHZ", "Africa This
    # Week" (a programme's name), "the festival" (twice), "the Muslim fasting month", "the
    # rainy season", "the first time", "a 21-gun salute", "2-1", "300 prisoners", "2,000
    # people", "40 of the 120 constituencies", "40,000", "1,200 people", "the Continental Cup".
    "world-news-bulletin-eid-independence": (
        "1998-01-31",
        [
            ("SATURDAY 31 JANUARY 1998", "DATE", "1998-01-31"),
            ("1300 GMT", "TIME", "1998-01-31T13:00"),
            ("1300 GMT", "TIME", "1998-01-31T13:00"),
            ("Eid al-Fitr", "DATE", "1998-01-29"),
            ("Thursday", "DATE", "1998-01-29"),
            ("Monday", "DATE", "1998-02-02"),
            ("more than ten years", "DURATION", "P10Y"),
            ("1991", "DATE", "1991"),
            ("Today", "DATE", "1998-01-31"),
            ("Independence Day", "DATE", "1998-01-31"),
            ("30 years", "DURATION", "P30Y"),
            ("19 years", "DURATION", "P19Y"),
            ("this morning", "TIME", "1998-01-31TMO"),
            ("the end of the year", "DATE", "1998"),
            ("midday", "TIME", "1998-01-31T12:00"),
            ("31 January 1968", "DATE", "1968-01-31"),
            ("Thursday", "DATE", "1998-01-29"),
            ("6 p.m. local time", "TIME", "1998-01-29T18:00"),
            ("Thursday", "DATE", "1998-01-29"),
            ("two hours", "DURATION", "PT2H"),
            ("1800 GMT", "TIME", "1998-01-31T18:00"),
            ("1993", "DATE", "1993"),
            ("next week", "DATE", "1998-W06"),
            ("more than four years", "DURATION", "P4Y"),
            ("Wednesday", "DATE", "1998-02-04"),
            ("about three months", "DURATION", "P3M"),
            ("May", "DATE", "1998-05"),
            ("the past 24 hours", "DURATION", "PT24H"),
            ("every day", "SET", "P1D"),
            ("Tuesday", "DATE", "1998-02-03"),
            ("October", "DATE", "1997-10"),
            ("weeks", "DURATION", "PXW"),
            ("last night", "TIME", "1998-01-30TNI"),
            ("1400 GMT", "TIME", "1998-01-31T14:00"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
