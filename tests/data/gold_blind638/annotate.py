"""Annotations of blind gold set 638, chosen by hand before the tagger ran.

    python tests/data/gold_blind638/annotate.py [--show]

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
    # Tuesday 1990-02-20 (ISO week 8), AP arms-talks story from Moscow, slug "AM-Soviet-Arms,0440"
    # (the word count 0440 is not a clock time), headline, header line "Tuesday, February 20,
    # 1990" (one DATE span with its weekday, gold_blind34), byline, "MOSCOW (AP) _" dateline;
    # "today" is the day of the wire. The headline's "Next Week's Geneva Round" -> "Next Week"
    # 1990-W09 (possessive without the "'s", gold_blind35), the round "opens next Tuesday, Feb.
    # 27" 1990-02-27 (two TIMEX3). Past weekdays: "Monday afternoon" 1990-02-19TAF, "Monday's
    # meeting" 1990-02-19, "Saturday at 11 a.m. (0800 GMT)" 1990-02-17 with T11:00 and T08:00
    # (Moscow winter time is GMT+3; a local time and its GMT equivalent two TIMEX3, gold_blind18,
    # gold_blind28), "that evening" 1990-02-17TEV (gold_blind8); "Tuesday's announcement" is the
    # publication day. Future: "on Thursday" and "10 a.m. Moscow time (0700 GMT) Thursday"
    # 1990-02-22 (the zone word in the span, not in the value). "within three years" P3Y; "a week
    # before ... return" P1W and "11 weeks after ... Dec. 5" P11W, durations anchored to events
    # (gold_blind28); "their second in three days" P3D, the period of a count (gold_blind103);
    # "two-hour" PT2H; "by the summer" 1990-SU; "the end of the year" 1990; "late May or early
    # June" 1990-05 and 1990-06 (modifiers kept, not recorded); "last October" in February is
    # 1989-10; "twice a month" P1M, "every six months" P6M, "every Tuesday" XXXX-WXX-2, "daily
    # briefings" P1D (an adjectival frequency naming a recurrence, gold_blind33); "the next few
    # days" PXD; "the 1980s" 198; "For 10 years" -> "10 years" P10Y. Not annotated: "ninth round",
    # "eighth round", "the next superpower summit", "1,450 launchers", "2,000 missiles", "SS-21",
    # "SS-23", "61" (age), "50 to 500 kilometers (30 to 310 miles)", "four expert groups".
    "moscow-short-range-missile-offer": (
        "1990-02-20",
        [
            ("Next Week", "DATE", "1990-W09"),
            ("Tuesday, February 20, 1990", "DATE", "1990-02-20"),
            ("today", "DATE", "1990-02-20"),
            ("three years", "DURATION", "P3Y"),
            ("a week", "DURATION", "P1W"),
            ("next Tuesday", "DATE", "1990-02-27"),
            ("Feb. 27", "DATE", "1990-02-27"),
            ("the summer", "DATE", "1990-SU"),
            ("two-hour", "DURATION", "PT2H"),
            ("Monday afternoon", "TIME", "1990-02-19TAF"),
            ("three days", "DURATION", "P3D"),
            ("Saturday", "DATE", "1990-02-17"),
            ("11 a.m.", "TIME", "1990-02-17T11:00"),
            ("0800 GMT", "TIME", "1990-02-17T08:00"),
            ("that evening", "TIME", "1990-02-17TEV"),
            ("Tuesday", "DATE", "1990-02-20"),
            ("11 weeks", "DURATION", "P11W"),
            ("Dec. 5", "DATE", "1989-12-05"),
            ("nearly seven weeks", "DURATION", "P7W"),
            ("three months", "DURATION", "P3M"),
            ("Monday", "DATE", "1990-02-19"),
            ("the end of the year", "DATE", "1990"),
            ("late May", "DATE", "1990-05"),
            ("early June", "DATE", "1990-06"),
            ("Jan. 1, 1991", "DATE", "1991-01-01"),
            ("last October", "DATE", "1989-10"),
            ("five years", "DURATION", "P5Y"),
            ("twice a month", "SET", "P1M"),
            ("every six months", "SET", "P6M"),
            ("1993", "DATE", "1993"),
            ("this morning", "TIME", "1990-02-20TMO"),
            ("Thursday", "DATE", "1990-02-22"),
            ("the next few days", "DURATION", "PXD"),
            ("the 1980s", "DATE", "198"),
            ("10 years", "DURATION", "P10Y"),
            ("Now", "DATE", "PRESENT_REF"),
            ("1993", "DATE", "1993"),
            ("six weeks", "DURATION", "P6W"),
            ("every Tuesday", "SET", "XXXX-WXX-2"),
            ("daily", "SET", "P1D"),
            ("mid-January", "DATE", "1990-01"),
            ("10 a.m. Moscow time", "TIME", "1990-02-22T10:00"),
            ("0700 GMT", "TIME", "1990-02-22T07:00"),
            ("Thursday", "DATE", "1990-02-22"),
        ],
    ),
    # Thursday 1991-04-11 (ISO week 15), AP write-through from Beijing, slug "PM-China-Mekara,
    # 1st Ld-Writethru,0420" and an "Eds:" note (the word count, "1st" and "5th graf" are not
    # times), headline ("Next Week" 1991-W16), archive line "April 11, 1991, Thursday, PM cycle"
    # (the date with its weekday one DATE span; "PM cycle" is the wire's cycle, not a part of
    # day), byline, "BEIJING (AP) _" dateline. Future weekdays: the signing "Tuesday" and "10
    # a.m. Tuesday" 1991-04-16, the visit from "Sunday evening" 1991-04-14TEV, "the next day"
    # after it 1991-04-15 (a narrative anchor, gold_blind32), Shanghai "on Wednesday" 1991-04-17,
    # home "Thursday, April 18" (one span with its weekday, gold_blind28). "every Thursday
    # afternoon" SET XXXX-WXX-4TAF; "today's session" moved to "the morning", 1991-04-11TMO.
    # "more than three decades" P30Y; "five-day" P5D; "the 1950s" 195; "Four years ago" 1987
    # (the unit's granularity, gold_blind28); "Last month" 1991-03; "nine days" P9D; "the next
    # two years" P2Y; "every spring" XXXX-SP and "every summer" XXXX-SU (gold_blind10); "within
    # 90 days" -> "90 days", "30 days after the second ratification" -> "30 days", both
    # durations; "the end of the summer" 1991-SU (the season's value, gold_blind40); "a 1961
    # trade agreement" an adjectival year; "last December" in April 1990-12; "two days" P2D;
    # "recent months" PAST_REF; "the end of the decade" 199 (gold_blind10). Not annotated:
    # "the 11th round", "Article 7", "212 boundary markers", "Marker No. 1", "17,390 feet",
    # "420 miles", "$48 million", "$31 million", "66" (age), "PM cycle".
    "beijing-mekara-border-treaty": (
        "1991-04-11",
        [
            ("Next Week", "DATE", "1991-W16"),
            ("April 11, 1991, Thursday", "DATE", "1991-04-11"),
            ("Tuesday", "DATE", "1991-04-16"),
            ("more than three decades", "DURATION", "P30Y"),
            ("today", "DATE", "1991-04-11"),
            ("Sunday evening", "TIME", "1991-04-14TEV"),
            ("five-day", "DURATION", "P5D"),
            ("1984", "DATE", "1984"),
            ("the next day", "DATE", "1991-04-15"),
            ("every Thursday afternoon", "SET", "XXXX-WXX-4TAF"),
            ("today", "DATE", "1991-04-11"),
            ("the morning", "TIME", "1991-04-11TMO"),
            ("10 a.m.", "TIME", "1991-04-16T10:00"),
            ("Tuesday", "DATE", "1991-04-16"),
            ("the 1950s", "DATE", "195"),
            ("March 28", "DATE", "1991-03-28"),
            ("1987", "DATE", "1987"),
            ("Four years ago", "DATE", "1987"),
            ("Last month", "DATE", "1991-03"),
            ("nine days", "DURATION", "P9D"),
            ("the next two years", "DURATION", "P2Y"),
            ("every spring", "SET", "XXXX-SP"),
            ("90 days", "DURATION", "P90D"),
            ("30 days", "DURATION", "P30D"),
            ("the end of the summer", "DATE", "1991-SU"),
            ("Wednesday", "DATE", "1991-04-17"),
            ("Thursday, April 18", "DATE", "1991-04-18"),
            ("last year", "DATE", "1990"),
            ("1989", "DATE", "1989"),
            ("every summer", "SET", "XXXX-SU"),
            ("1992", "DATE", "1992"),
            ("Aug. 9, 1955", "DATE", "1955-08-09"),
            ("1961", "DATE", "1961"),
            ("last December", "DATE", "1990-12"),
            ("October 1984", "DATE", "1984-10"),
            ("two days", "DURATION", "P2D"),
            ("recent months", "DATE", "PAST_REF"),
            ("the end of the decade", "DATE", "199"),
        ],
    ),
    # Monday 1989-09-11 (ISO week 37), AP story from Tokyo with the wire's archive stamp
    # "AP-NY-09-11-89 0347EDT": "09-11-89" DATE of the publication day and "0347EDT" TIME
    # 1989-09-11T03:47 (the zone in the span, not in the value), then slug "AM-Japan-Driftnets,
    # 0430" (a word count), headline ("Four-Day" P4D, an adjectival duration), byline, "TOKYO
    # (AP) _" dateline; "today" is the day of the wire. "next year's season" -> "next year"
    # 1990. "10 a.m. (0100 GMT)" T10:00 and T01:00 (Tokyo is GMT+9, both on the same day).
    # Past weekdays: "said Sunday" 1989-09-10, "Sunday night" 1989-09-10TNI, "over the weekend"
    # -> "the weekend" 1989-W36-WE (just past in a Monday story, gold_blind28), "on Saturday"
    # 1989-09-09, and "The day before" it 1989-09-08 (a narrative anchor, gold_blind6).
    # Future: the conference "ends Thursday" 1989-09-14, "a day before Respect for the Aged
    # Day" -> "a day" P1D (anchored duration) and the holiday on the date it fell on in 1989,
    # 1989-09-15; "Thursday afternoon" 1989-09-14TAF; "at noon Wednesday" 1989-09-13T12:00 and
    # 1989-09-13. "every night" XXXX-XX-XXTNI; "twice a day ... at 1 p.m. and 7 p.m." SET P1D
    # with the hours of the recurring briefing XXXX-XX-XXT13:00 and T19:00 (gold_blind28);
    # "the summer of 1988" 1988-SU; "Last year's conference" -> "Last year" 1988; "June 14"
    # 1989-06-14 (past); "this week" 1989-W37; "the end of 1990" 1990; "next summer" 1990-SU;
    # "the late 1970s" 197; "The past decade" P10Y. Not annotated: "overnight" in "we will not
    # stop overnight" (an idiom for "suddenly", not a night), "the season" (a fishing season
    # with no calendar unit, gold_blind103), "11 Pacific nations", "by a third", "58" (age),
    # "the No. 28 Shinsei Maru", "200", "30 miles", "19", "420,000", "46 degrees", "3,000".
    "tokyo-driftnet-conference-opens": (
        "1989-09-11",
        [
            ("09-11-89", "DATE", "1989-09-11"),
            ("0347EDT", "TIME", "1989-09-11T03:47"),
            ("Four-Day", "DURATION", "P4D"),
            ("today", "DATE", "1989-09-11"),
            ("next year", "DATE", "1990"),
            ("10 a.m.", "TIME", "1989-09-11T10:00"),
            ("0100 GMT", "TIME", "1989-09-11T01:00"),
            ("nearly six hours", "DURATION", "PT6H"),
            ("Sunday", "DATE", "1989-09-10"),
            ("the next three years", "DURATION", "P3Y"),
            ("40 years", "DURATION", "P40Y"),
            ("Sunday night", "TIME", "1989-09-10TNI"),
            ("the weekend", "DATE", "1989-W36-WE"),
            ("Saturday", "DATE", "1989-09-09"),
            ("The day before", "DATE", "1989-09-08"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("10 weeks", "DURATION", "P10W"),
            ("the summer of 1988", "DATE", "1988-SU"),
            ("Last year", "DATE", "1988"),
            ("August 1988", "DATE", "1988-08"),
            ("three days", "DURATION", "P3D"),
            ("Jan. 1, 1991", "DATE", "1991-01-01"),
            ("1985", "DATE", "1985"),
            ("the late 1970s", "DATE", "197"),
            ("Thursday", "DATE", "1989-09-14"),
            ("a day", "DURATION", "P1D"),
            ("Respect for the Aged Day", "DATE", "1989-09-15"),
            ("Thursday afternoon", "TIME", "1989-09-14TAF"),
            ("noon", "TIME", "1989-09-13T12:00"),
            ("Wednesday", "DATE", "1989-09-13"),
            ("June 14", "DATE", "1989-06-14"),
            ("twice a day", "SET", "P1D"),
            ("1 p.m.", "TIME", "XXXX-XX-XXT13:00"),
            ("7 p.m.", "TIME", "XXXX-XX-XXT19:00"),
            ("this week", "DATE", "1989-W37"),
            ("the end of 1990", "DATE", "1990"),
            ("next summer", "DATE", "1990-SU"),
            ("The past decade", "DURATION", "P10Y"),
        ],
    ),
    # Saturday 1990-06-09 (ISO week 23), AP story from Bonn as a news archive stores it:
    # labelled record ("SECTION:", "LENGTH: 412 words", "HEADLINE:", "BYLINE:", "DATELINE:",
    # "BODY:") with the line "June 9, 1990, Saturday, AM cycle" (one DATE span with its
    # weekday); "today" is the day of the wire. "a week after a fighter-bomber crashed" P1W (an
    # anchored duration); the crash "on the afternoon of June 2" one TIME span 1990-06-02TAF
    # (gold_blind28's "the evening of June 24"). "at noon (1000 GMT)" T12:00 and T10:00 (West
    # German summer time is GMT+2); "shortly after 4 p.m." -> "4 p.m." (gold_blind28) and the
    # silence "at 4 p.m." 1990-06-09T16:00. "Whit Monday, June 4" two DATEs 1990-06-04 (Easter
    # 1990 was April 15; a holiday and the date after it, like "Memorial Day, May 28" in
    # gold_blind16); "since January" 1990-01; "by early evening" -> "early evening"
    # 1990-06-09TEV (gold_blind12). Future: "the Corpus Christi holiday on Thursday" 1990-06-14
    # twice (Easter + 60 days), "Wednesday" 1990-06-13, "July 6" 1990-07-06, "next year" 1991;
    # past "said Friday" 1990-06-08. "For six years" -> P6Y; "up to 30 times a day" SET P1D
    # (the modifier and count kept in the span, gold_blind14); "on Sundays" SET XXXX-WXX-7 and
    # "between 5 p.m. and 7 a.m." the hours of a recurring ban, XXXX-XX-XXT17:00 and T07:00;
    # "since 1988"; "the spring of 1984" 1984-SP; "every year" P1Y; "today's crowd" the
    # publication day; "the past two years" P2Y; "the end of the decade" 199; "the 1970s" 197;
    # "a minute of silence" -> "a minute" PT1M (gold_blind26's "a minute's silence"). Not
    # annotated: "Quiet Skies 90" (a name holding a year-like number), "Autobahn 565", "its
    # summer recess" (an event; its date "July 6" is annotated), "the end of the Cold War" (an
    # event), "AM cycle", "412 words", "40,000", "75,000", "14 people", "60 groups", "44" (age),
    # "by a quarter", "250 feet (75 meters)", "5,000", "the third crash".
    "bonn-low-flying-jets-march": (
        "1990-06-09",
        [
            ("June 9, 1990, Saturday", "DATE", "1990-06-09"),
            ("today", "DATE", "1990-06-09"),
            ("a week", "DURATION", "P1W"),
            ("noon", "TIME", "1990-06-09T12:00"),
            ("1000 GMT", "TIME", "1990-06-09T10:00"),
            ("4 p.m.", "TIME", "1990-06-09T16:00"),
            ("Whit Monday", "DATE", "1990-06-04"),
            ("June 4", "DATE", "1990-06-04"),
            ("the afternoon of June 2", "TIME", "1990-06-02TAF"),
            ("January", "DATE", "1990-01"),
            ("about 20 minutes", "DURATION", "PT20M"),
            ("early evening", "TIME", "1990-06-09TEV"),
            ("the Corpus Christi holiday", "DATE", "1990-06-14"),
            ("Thursday", "DATE", "1990-06-14"),
            ("six years", "DURATION", "P6Y"),
            ("up to 30 times a day", "SET", "P1D"),
            ("Friday", "DATE", "1990-06-08"),
            ("next year", "DATE", "1991"),
            ("1988", "DATE", "1988"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
            ("Wednesday", "DATE", "1990-06-13"),
            ("July 6", "DATE", "1990-07-06"),
            ("the spring of 1984", "DATE", "1984-SP"),
            ("every year", "SET", "P1Y"),
            ("today", "DATE", "1990-06-09"),
            ("the past two years", "DURATION", "P2Y"),
            ("the end of the decade", "DATE", "199"),
            ("the 1970s", "DATE", "197"),
            ("a minute", "DURATION", "PT1M"),
            ("4 p.m.", "TIME", "1990-06-09T16:00"),
        ],
    ),
    # Wednesday 1991-07-10 (ISO week 28), AP advance from Paris with a schedule box, slug
    # "AM-France-Mediterranean, Advance,0450" and the release note "For release at 6:30 p.m.
    # EDT Wednesday, July 10, 1991" (the release time a TIME of the publication day, the zone in
    # the span; the date with its weekday one DATE span), headline ("After Bastille Day"),
    # byline, "PARIS (AP) _" dateline; "today" the day of the wire. Bastille Day is Sunday
    # 1991-07-14 ("on Bastille Day, Sunday" two DATEs, an apposition like gold_blind17's
    # "tomorrow, New Year's Day"). Past weekdays: "began ... Tuesday" and "late Tuesday"
    # 1991-07-09 (a DATE with its modifier, gold_blind39); future: "meet here Monday" and "9:30
    # a.m. (0730 GMT) Monday" 1991-07-15 (Paris summer time is GMT+2), "through Friday"
    # 1991-07-12, "from 6 a.m. Monday until midnight Tuesday" -> T06:00 on 07-15 and the midnight
    # that ends Tuesday, 1991-07-16T24:00 (gold_blind28), "8 a.m. Saturday" 1991-07-13. "two days"
    # P2D; "in 12 years" P12Y, the period of a "first in"; "October 1979"; "1985"; "the 1980s"
    # 198; "last month" 1991-06; "the year 2000" one span (gold_blind35); "every two years" P2Y;
    # "next January" 1992-01; "a decade" P10Y; "The next 10 years" P10Y; "since the spring"
    # 1991-SP; "March" 1991-03 and "early May" 1991-05 (past); "twice daily" SET P1D. The box
    # (all times local): day headings "Sunday, July 14", "Monday, July 15", "Tuesday, July 16"
    # one DATE each, and each clock time on the day of its heading ("3 p.m. to 7 p.m." two
    # TIMEs). Not annotated: "Mirage 2000" (a jet's model name, beside "the year 2000"),
    # "for both days" (anaphoric to Monday and Tuesday, both annotated), "around the clock" (an
    # idiom, gold_blind35), "10 Mediterranean nations", "about 80 percent", "900 journalists",
    # "by half", "Two rounds", "0450" (a word count).
    "paris-mediterranean-ministers-summit": (
        "1991-07-10",
        [
            ("6:30 p.m. EDT", "TIME", "1991-07-10T18:30"),
            ("Wednesday, July 10, 1991", "DATE", "1991-07-10"),
            ("Bastille Day", "DATE", "1991-07-14"),
            ("Monday", "DATE", "1991-07-15"),
            ("two days", "DURATION", "P2D"),
            ("12 years", "DURATION", "P12Y"),
            ("today", "DATE", "1991-07-10"),
            ("Bastille Day", "DATE", "1991-07-14"),
            ("Sunday", "DATE", "1991-07-14"),
            ("Tuesday", "DATE", "1991-07-09"),
            ("Friday", "DATE", "1991-07-12"),
            ("late Tuesday", "DATE", "1991-07-09"),
            ("October 1979", "DATE", "1979-10"),
            ("1985", "DATE", "1985"),
            ("the 1980s", "DATE", "198"),
            ("last month", "DATE", "1991-06"),
            ("the year 2000", "DATE", "2000"),
            ("every two years", "SET", "P2Y"),
            ("next January", "DATE", "1992-01"),
            ("a decade", "DURATION", "P10Y"),
            ("The next 10 years", "DURATION", "P10Y"),
            ("the spring", "DATE", "1991-SP"),
            ("March", "DATE", "1991-03"),
            ("early May", "DATE", "1991-05"),
            ("9:30 a.m.", "TIME", "1991-07-15T09:30"),
            ("0730 GMT", "TIME", "1991-07-15T07:30"),
            ("Monday", "DATE", "1991-07-15"),
            ("6 a.m.", "TIME", "1991-07-15T06:00"),
            ("Monday", "DATE", "1991-07-15"),
            ("midnight", "TIME", "1991-07-16T24:00"),
            ("Tuesday", "DATE", "1991-07-16"),
            ("8 a.m.", "TIME", "1991-07-13T08:00"),
            ("Saturday", "DATE", "1991-07-13"),
            ("twice daily", "SET", "P1D"),
            ("Sunday, July 14", "DATE", "1991-07-14"),
            ("10 a.m.", "TIME", "1991-07-14T10:00"),
            ("8 p.m.", "TIME", "1991-07-14T20:00"),
            ("Monday, July 15", "DATE", "1991-07-15"),
            ("9:30 a.m.", "TIME", "1991-07-15T09:30"),
            ("1 p.m.", "TIME", "1991-07-15T13:00"),
            ("3 p.m.", "TIME", "1991-07-15T15:00"),
            ("7 p.m.", "TIME", "1991-07-15T19:00"),
            ("Tuesday, July 16", "DATE", "1991-07-16"),
            ("10 a.m.", "TIME", "1991-07-16T10:00"),
            ("5 p.m.", "TIME", "1991-07-16T17:00"),
        ],
    ),
    # Friday 1989-12-01 (ISO week 48), AP Middle East story filed from Nicosia on an invented
    # Gulf emirate's election, slug "PM-Gulf-Election,0440", headline ("Next Week" 1989-W49,
    # "Since 1975" -> "1975"), header line "Friday, Dec. 1, 1989" (one DATE span), agency byline,
    # "NICOSIA, Cyprus (AP) _" dateline; "today" the day of the wire. Dhafra is GMT+4. The vote
    # "next Thursday" 1989-12-07 (twice; "next Thursday, Dec. 7" two TIMEX3), polls "at 7 a.m.
    # (0300 GMT)" and "at 7 p.m. (1500 GMT)" on that day; results "early Friday" 1989-12-08
    # (the Friday after the vote, not the publication day: the clause is future and follows the
    # Thursday vote); "at midnight Tuesday" 1989-12-05T24:00 and 1989-12-05. Past: "at noon
    # Wednesday" 1989-11-29, "Thursday night" 1989-11-30TNI. "14 years ago" 1975 (the unit's
    # granularity); "its 1300 GMT news bulletin" of today 1989-12-01T13:00; "on Fridays" SET
    # XXXX-WXX-5; "10 minutes each ... every evening since Nov. 19" PT10M, XXXX-XX-XXTEV and
    # 1989-11-19; "on Aug. 23" 1989-08-23; "August 1975"; "18 months" P18M; "the 1973
    # constitution" an adjectival year; "within 60 days" -> P60D; "the fiscal year that ended
    # March 31": the emirate's year runs April-March and is named by the year it ends, FY1989,
    # with "March 31" 1989-03-31 (gold_blind35); "the 1990 budget" 1990; "due in January"
    # 1990-01; "since 1982"; "four-year" P4Y; "Dec. 19" and "National Day" 1989-12-19 (an
    # apposition, two DATEs); "next week" 1989-W49; "the 1990s" 199; "For 14 years" -> P14Y;
    # "Now" PRESENT_REF. Not annotated: "a spring after a long winter" (figurative seasons in a
    # quote), "a new era" (no unit), "the 20th anniversary" (an ordinal anniversary,
    # gold_blind15, gold_blind31), "until the next dissolution" (an event), "Article 54",
    # "40-seat", "214 candidates", "61,000", "380,000", "under 21", "71", "52" (ages), "by a
    # third", "Its first session", "0440" (a word count).
    "nicosia-dhafra-parliament-election": (
        "1989-12-01",
        [
            ("Next Week", "DATE", "1989-W49"),
            ("1975", "DATE", "1975"),
            ("Friday, Dec. 1, 1989", "DATE", "1989-12-01"),
            ("next Thursday", "DATE", "1989-12-07"),
            ("14 years ago", "DATE", "1975"),
            ("today", "DATE", "1989-12-01"),
            ("1300 GMT", "TIME", "1989-12-01T13:00"),
            ("noon", "TIME", "1989-11-29T12:00"),
            ("Wednesday", "DATE", "1989-11-29"),
            ("7 a.m.", "TIME", "1989-12-07T07:00"),
            ("0300 GMT", "TIME", "1989-12-07T03:00"),
            ("next Thursday", "DATE", "1989-12-07"),
            ("Dec. 7", "DATE", "1989-12-07"),
            ("7 p.m.", "TIME", "1989-12-07T19:00"),
            ("1500 GMT", "TIME", "1989-12-07T15:00"),
            ("early Friday", "DATE", "1989-12-08"),
            ("midnight", "TIME", "1989-12-05T24:00"),
            ("Tuesday", "DATE", "1989-12-05"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("10 minutes", "DURATION", "PT10M"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("Nov. 19", "DATE", "1989-11-19"),
            ("Aug. 23", "DATE", "1989-08-23"),
            ("August 1975", "DATE", "1975-08"),
            ("18 months", "DURATION", "P18M"),
            ("1973", "DATE", "1973"),
            ("60 days", "DURATION", "P60D"),
            ("1986", "DATE", "1986"),
            ("Thursday night", "TIME", "1989-11-30TNI"),
            ("last week", "DATE", "1989-W47"),
            ("Sunday", "DATE", "1989-11-26"),
            ("the fiscal year", "DATE", "FY1989"),
            ("March 31", "DATE", "1989-03-31"),
            ("1990", "DATE", "1990"),
            ("January", "DATE", "1990-01"),
            ("1982", "DATE", "1982"),
            ("four-year", "DURATION", "P4Y"),
            ("Dec. 19", "DATE", "1989-12-19"),
            ("National Day", "DATE", "1989-12-19"),
            ("next week", "DATE", "1989-W49"),
            ("the 1990s", "DATE", "199"),
            ("14 years", "DURATION", "P14Y"),
            ("Now", "DATE", "PRESENT_REF"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv[1:])
