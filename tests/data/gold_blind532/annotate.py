"""Annotations of blind gold set 532, chosen by hand before the tagger ran.

    python tests/data/gold_blind532/annotate.py [--show]

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
    # Monday 1989-09-11 (ISO week 37), West German agency's English service, stamp "11.09.1989
    # 11:47" (a numeric day.month.year date and a clock time, two TIMEX3, like "28.10.2014
    # 14:32" in gold_blind78), headline, byline, "MOOSWIESEN, Austria (dpa) -" dateline without
    # date. Hungary lifted its controls "at midnight (2200 GMT Sunday)": the midnight that ends
    # Sunday, 1989-09-10T24:00 (gold_blind28, gold_blind75, gold_blind103), the headline's
    # "midnight" the same; Hungary and Austria kept summer time (GMT+2) in September 1989, so
    # "2200 GMT" is 1989-09-10T22:00 and "Sunday" 1989-09-10 its own DATE (gold_blind8,
    # gold_blind28). "the first 10 hours" after it PT10H (an anchored duration with "the first",
    # like "the first 24 hours" in gold_blind53). "12:14 a.m.", "dawn" (TMO, gold_blind53,
    # gold_blind59), "3 a.m." and "4:30 a.m." are Monday's; "through the night" -> "the night"
    # 1989-09-10TNI, the night begun on Sunday evening; "Sunday evening" 1989-09-10TEV. Past:
    # "on Saturday" 1989-09-09 (past perfect), "early August" 1989-08, "August 14" 1989-08-14,
    # "in May" 1989-05, "since the summer" 1989-SU (the summer of the same year, gold_blind28).
    # Future: "Tuesday evening" 1989-09-12TEV, "the end of the week" 1989-W37 (gold_blind35),
    # "Oct. 7" 1989-10-07; "a month before the festivities" DURATION P1M (an anchored duration,
    # gold_blind35). "the next 48 hours" PT48H; "weeks" PXW; "Four weeks" P4W; "for five years"
    # P5Y; "every hour" SET PT1H; "every 20 minutes" SET PT20M; "this year" 1989; "a 1969 travel
    # agreement" an adjectival year. Not annotated: "two-stroke", "Trabant 601s" (a car model),
    # "two-year-old" (an age), "29", "6,000", "900 people", "four kilometres", "10,000",
    # "20,000", "8,000 beds", "1,500", "110,000", "the West", "the Berlin Wall", "dpa".
    "mooswiesen-east-germans-cross-hungary-border": (
        "1989-09-11",
        [
            ("11.09.1989", "DATE", "1989-09-11"),
            ("11:47", "TIME", "1989-09-11T11:47"),
            ("midnight", "TIME", "1989-09-10T24:00"),
            ("the first 10 hours", "DURATION", "PT10H"),
            ("midnight", "TIME", "1989-09-10T24:00"),
            ("2200 GMT", "TIME", "1989-09-10T22:00"),
            ("Sunday", "DATE", "1989-09-10"),
            ("Monday", "DATE", "1989-09-11"),
            ("12:14 a.m.", "TIME", "1989-09-11T00:14"),
            ("dawn", "TIME", "1989-09-11TMO"),
            ("the next 48 hours", "DURATION", "PT48H"),
            ("weeks", "DURATION", "PXW"),
            ("early August", "DATE", "1989-08"),
            ("Sunday evening", "TIME", "1989-09-10TEV"),
            ("1969", "DATE", "1969"),
            ("every hour", "SET", "PT1H"),
            ("the night", "TIME", "1989-09-10TNI"),
            ("every 20 minutes", "SET", "PT20M"),
            ("3 a.m.", "TIME", "1989-09-11T03:00"),
            ("Tuesday evening", "TIME", "1989-09-12TEV"),
            ("the end of the week", "DATE", "1989-W37"),
            ("Monday", "DATE", "1989-09-11"),
            ("4:30 a.m.", "TIME", "1989-09-11T04:30"),
            ("August 14", "DATE", "1989-08-14"),
            ("Four weeks", "DURATION", "P4W"),
            ("today", "DATE", "1989-09-11"),
            ("1984", "DATE", "1984"),
            ("five years", "DURATION", "P5Y"),
            ("Saturday", "DATE", "1989-09-09"),
            ("the summer", "DATE", "1989-SU"),
            ("May", "DATE", "1989-05"),
            ("this year", "DATE", "1989"),
            ("1961", "DATE", "1961"),
            ("Oct. 7", "DATE", "1989-10-07"),
            ("a month", "DURATION", "P1M"),
        ],
    ),
    # Friday 1989-12-08 (ISO week 49), US agency's night story as a news archive stores it:
    # agency line, archive date line "December 8, 1989, Friday, BC cycle" (the date with its
    # weekday one DATE span, like "Sunday, June 27" in gold_blind28; "BC cycle" is the wire's
    # cycle, not a time), "SECTION:", "LENGTH: 324 words", "HEADLINE:", "BYLINE:", "DATELINE:
    # LESK, Vardenia", "BODY:". "early today" is the publication day (gold_blind32); the
    # session "ran through the night" -> "the night" 1989-12-07TNI, the night begun on
    # Thursday; the Politburo quit "at 4:20 a.m. (0320 GMT)" (Vardenia on GMT+1 in December),
    # the headline's "before dawn" -> "dawn" 1989-12-08TMO; "shortly before 5 a.m." -> "5 a.m."
    # ("shortly before" a signal, gold_blind18); "since midnight" the midnight ending Thursday,
    # 1989-12-07T24:00 (gold_blind103); "6 a.m." Friday's. Future: the committee "at 10 a.m.
    # Saturday" 1989-12-09 (two TIMEX3), the strike "planned for Monday" (headline and body)
    # 1989-12-11, flights "from Sunday" 1989-12-10, "Dec. 19", "Jan. 1" 1990-01-01, "by June"
    # 1990-06, "in January" 1990-01 (future months across the year boundary, gold_blind35),
    # "Christmas" 1989-12-25. Past: "at 6 p.m. Thursday" 1989-12-07, "rejected on Tuesday"
    # 1989-12-05, "last week" 1989-W48, "Nov. 16", "Nov. 30", "Nov. 27". "formed only 19 days
    # ago" 1989-11-19 (the unit's granularity, gold_blind28). "41 years of one-party rule"
    # P41Y; "eight days after the biggest street protests" P8D (an anchored duration,
    # gold_blind35; the protests of Nov. 30); "the 1956 uprising" an adjectival year;
    # "six months earlier than the party proposed" P6M (the size of a difference, gold_blind35);
    # "spent 1977-1979 in prison" two DATEs, the range at its two ends (gold_blind103); "We
    # waited 20 years for this morning" P20Y and "this morning" 1989-12-08TMO; "a few more
    # weeks" PXW; "every evening" SET XXXX-XX-XXTEV; "three weekly flights" SET P1W
    # (gold_blind20). Not annotated: "BC cycle", "324 words", "11-member", "150,000", "31",
    # "Article 4", "Radio Lesk", "Since then" (anaphoric), "until free elections are called"
    # (event-named), "the first since 1986" beyond "1986".
    "vardenia-communist-leadership-resigns": (
        "1989-12-08",
        [
            ("December 8, 1989, Friday", "DATE", "1989-12-08"),
            ("dawn", "TIME", "1989-12-08TMO"),
            ("Monday", "DATE", "1989-12-11"),
            ("early today", "DATE", "1989-12-08"),
            ("the night", "TIME", "1989-12-07TNI"),
            ("41 years", "DURATION", "P41Y"),
            ("eight days", "DURATION", "P8D"),
            ("1956", "DATE", "1956"),
            ("4:20 a.m.", "TIME", "1989-12-08T04:20"),
            ("0320 GMT", "TIME", "1989-12-08T03:20"),
            ("10 a.m.", "TIME", "1989-12-09T10:00"),
            ("Saturday", "DATE", "1989-12-09"),
            ("6 p.m.", "TIME", "1989-12-07T18:00"),
            ("Thursday", "DATE", "1989-12-07"),
            ("5 a.m.", "TIME", "1989-12-08T05:00"),
            ("midnight", "TIME", "1989-12-07T24:00"),
            ("6 a.m.", "TIME", "1989-12-08T06:00"),
            ("19 days ago", "DATE", "1989-11-19"),
            ("Monday", "DATE", "1989-12-11"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("20 years", "DURATION", "P20Y"),
            ("this morning", "TIME", "1989-12-08TMO"),
            ("1977", "DATE", "1977"),
            ("1979", "DATE", "1979"),
            ("a few more weeks", "DURATION", "PXW"),
            ("Nov. 16", "DATE", "1989-11-16"),
            ("Nov. 30", "DATE", "1989-11-30"),
            ("Jan. 1", "DATE", "1990-01-01"),
            ("Tuesday", "DATE", "1989-12-05"),
            ("June", "DATE", "1990-06"),
            ("six months", "DURATION", "P6M"),
            ("last week", "DATE", "1989-W48"),
            ("Dec. 19", "DATE", "1989-12-19"),
            ("Christmas", "DATE", "1989-12-25"),
            ("weekly", "SET", "P1W"),
            ("Nov. 27", "DATE", "1989-11-27"),
            ("Sunday", "DATE", "1989-12-10"),
            ("1986", "DATE", "1986"),
            ("January", "DATE", "1990-01"),
        ],
    ),
    # Wednesday 1990-08-08 (ISO week 32), Arab state agency's English service (an invented
    # agency, NNA, as gold_blind78 invented its agencies), stamp "Wednesday, 8 August 1990 --
    # 17:05 Cairo time" (one DATE span with its weekday and a TIME with the zone in the span),
    # capitals headline ("FRIDAY"), "CAIRO, Aug. 8 (NNA) --" dateline and a timetable box with
    # day headings. The summit is "on Friday" 1990-08-10 (headline and lead), opening "at 6
    # p.m. Cairo time (1500 GMT) on Friday" (Egypt on summer time, GMT+3): two TIMEs and the
    # DATE (gold_blind28). "announced this afternoon" 1990-08-08TAF; "six days after Iraqi
    # troops crossed the border" P6D (anchored, gold_blind35; Aug. 2 to Aug. 8). Ahead:
    # "Thursday morning" 1990-08-09TMO, "tonight" 1990-08-08TNI, "early Thursday" 1990-08-09,
    # "from noon Thursday until midnight Saturday" -> "noon" 1990-08-09T12:00 and "Thursday",
    # "midnight" at the end of Saturday 1990-08-11T24:00 (gold_blind28's "midnight on Friday")
    # and "Saturday". Behind: "since May" 1990-05, "since Aug. 2" and "on Aug. 2" 1990-08-02,
    # "announced today" 1990-08-08, "on Monday" 1990-08-06, "since Sunday" 1990-08-05.
    # "expected to last two days" P2D; "the first hosted by Egypt in more than a decade" P10Y
    # (the period of a "first in", gold_blind35, gold_blind103); "within 48 hours" PT48H; "in
    # a few hours" PTXH, how long the past conquest took (gold_blind35's "in three years");
    # "the past week" P1W; "founded in 1945"; "twice a year" SET P1Y. Timetable: "Thursday, Aug.
    # 9", "Friday, Aug. 10", "Saturday, Aug. 11" one DATE span each with their weekday, each
    # clock time under its heading on that day, "Noon" 1990-08-11T12:00. Not annotated: "(Cairo
    # time)" in the box heading (a zone label, no time), "Resolution 661", "Article 6", "23
    # extra flights", "one million", "NNA", "while the leaders meet" (event-named), "The longer
    # this goes on" (no time expression).
    "cairo-arab-emergency-summit-friday": (
        "1990-08-08",
        [
            ("Wednesday, 8 August 1990", "DATE", "1990-08-08"),
            ("17:05 Cairo time", "TIME", "1990-08-08T17:05"),
            ("FRIDAY", "DATE", "1990-08-10"),
            ("Aug. 8", "DATE", "1990-08-08"),
            ("Friday", "DATE", "1990-08-10"),
            ("this afternoon", "TIME", "1990-08-08TAF"),
            ("six days", "DURATION", "P6D"),
            ("6 p.m. Cairo time", "TIME", "1990-08-10T18:00"),
            ("1500 GMT", "TIME", "1990-08-10T15:00"),
            ("Friday", "DATE", "1990-08-10"),
            ("two days", "DURATION", "P2D"),
            ("Thursday morning", "TIME", "1990-08-09TMO"),
            ("May", "DATE", "1990-05"),
            ("more than a decade", "DURATION", "P10Y"),
            ("tonight", "TIME", "1990-08-08TNI"),
            ("early Thursday", "DATE", "1990-08-09"),
            ("Aug. 2", "DATE", "1990-08-02"),
            ("noon", "TIME", "1990-08-09T12:00"),
            ("Thursday", "DATE", "1990-08-09"),
            ("midnight", "TIME", "1990-08-11T24:00"),
            ("Saturday", "DATE", "1990-08-11"),
            ("48 hours", "DURATION", "PT48H"),
            ("a few hours", "DURATION", "PTXH"),
            ("Aug. 2", "DATE", "1990-08-02"),
            ("today", "DATE", "1990-08-08"),
            ("Monday", "DATE", "1990-08-06"),
            ("the past week", "DURATION", "P1W"),
            ("Sunday", "DATE", "1990-08-05"),
            ("1945", "DATE", "1945"),
            ("twice a year", "SET", "P1Y"),
            ("Thursday, Aug. 9", "DATE", "1990-08-09"),
            ("10 a.m.", "TIME", "1990-08-09T10:00"),
            ("Friday, Aug. 10", "DATE", "1990-08-10"),
            ("6 p.m.", "TIME", "1990-08-10T18:00"),
            ("9:30 p.m.", "TIME", "1990-08-10T21:30"),
            ("Saturday, Aug. 11", "DATE", "1990-08-11"),
            ("Noon", "TIME", "1990-08-11T12:00"),
        ],
    ),
    # Tuesday 1990-09-04 (ISO week 36), French agency's refugee story, headline ("enters
    # second month"), "UMM RASHA, Jordan, Sept 4 (AFP) -" dateline, no byline. "second month"
    # (headline) and "its second month" are ordinal periods of an event, DURATION P1M (the
    # length of the one period named, gold_blind36, with gold_blind10, gold_blind12 and
    # gold_blind29). "Monday night" 1990-09-03TNI; "before the weekend" 1990-W36-WE (8-9
    # September). "between dawn and noon (0900 GMT) today": "dawn" 1990-09-04TMO, "noon"
    # 1990-09-04T12:00, "0900 GMT" (Jordan on GMT+3) and "today". Past weekdays: "on Monday"
    # 1990-09-03, "on Friday" 1990-08-31, "since Thursday" and "closed ... on Thursday"
    # 1990-08-30, "said on Sunday" 1990-09-02; the future "from Thursday" 1990-09-06 (the same
    # weekday in both directions) and "late Wednesday" 1990-09-05. "Five days ago" 1990-08-30
    # (the unit's granularity, gold_blind28). "now" and "Now" PRESENT_REF; "twice daily, at 7
    # a.m. and 6 p.m." a SET P1D and two clock times of no particular day XXXX-XX-XXThh:mm
    # (gold_blind28, gold_blind103); "every four hours" SET PT4H. "for three days" P3D, "more
    # than a week" P1W, "at least three weeks" P3W, "for 12 hours" PT12H, "Eleven years" P11Y;
    # "until mid-October" 1990-10; "last week" 1990-W35; "since 1979"; "before the end of the
    # month" 1990-09 (gold_blind35). Not annotated: "43 19 90" (a phone number holding 19 and
    # 90), "44 degrees C (111 F)", "12 km (7.5 miles)", "15 km (9 miles)", "14,200", "30,000",
    # "9,600", "20,000", "65,000", "11 people", "six ferries", "45 million dollars", "180,000",
    # "38", "since the crisis began" and "by the time it reopened" (event-named).
    "umm-rasha-border-camp-exodus": (
        "1990-09-04",
        [
            ("second month", "DURATION", "P1M"),
            ("Sept 4", "DATE", "1990-09-04"),
            ("Monday night", "TIME", "1990-09-03TNI"),
            ("the weekend", "DATE", "1990-W36-WE"),
            ("its second month", "DURATION", "P1M"),
            ("Monday", "DATE", "1990-09-03"),
            ("Friday", "DATE", "1990-08-31"),
            ("dawn", "TIME", "1990-09-04TMO"),
            ("noon", "TIME", "1990-09-04T12:00"),
            ("0900 GMT", "TIME", "1990-09-04T09:00"),
            ("today", "DATE", "1990-09-04"),
            ("three days", "DURATION", "P3D"),
            ("Aug 2", "DATE", "1990-08-02"),
            ("more than a week", "DURATION", "P1W"),
            ("now", "DATE", "PRESENT_REF"),
            ("Five days ago", "DATE", "1990-08-30"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Monday afternoon", "TIME", "1990-09-03TAF"),
            ("Thursday", "DATE", "1990-08-30"),
            ("every four hours", "SET", "PT4H"),
            ("twice daily", "SET", "P1D"),
            ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("Sunday", "DATE", "1990-09-02"),
            ("Thursday", "DATE", "1990-09-06"),
            ("late Wednesday", "DATE", "1990-09-05"),
            ("at least three weeks", "DURATION", "P3W"),
            ("mid-October", "DATE", "1990-10"),
            ("last week", "DATE", "1990-W35"),
            ("12 hours", "DURATION", "PT12H"),
            ("Thursday", "DATE", "1990-08-30"),
            ("1979", "DATE", "1979"),
            ("Eleven years", "DURATION", "P11Y"),
            ("the end of the month", "DATE", "1990-09"),
        ],
    ),
    # Saturday 1991-01-12 (ISO week 2), British agency's diplomacy story, headline ("Tuesday
    # deadline"), byline, "AMMAN, Jan 12 (Reuters) -" dateline. The U.N. deadline "expires at
    # midnight New York time on Tuesday (0500 GMT on Wednesday)": "midnight New York time" the
    # midnight that ends Tuesday, 1991-01-15T24:00 (zone in the span, not in the value), "0500
    # GMT" 1991-01-16T05:00 and "Wednesday" a DATE of its own (gold_blind8, gold_blind28);
    # "three days before" the deadline P3D (anchored). "7:30 a.m. (0530 GMT)" Saturday's
    # (Jordan on GMT+2 in January); "late Sunday" 1991-01-13 (gold_blind28). Past: "on Friday"
    # (twice) 1991-01-11, "since Thursday" 1991-01-10, "earlier this week" 1991-W02, "Nov 29"
    # 1990-11-29, "Aug 2" 1990-08-02 and "six days later" 1990-08-08 (anchored on the date
    # before it, gold_blind103), "since August" 1990-08, "July" 1990-07, "since New Year's
    # Day" 1991-01-01, "through the night" -> "the night" 1991-01-11TNI (the night before the
    # Saturday paper, what Iraqi television broadcast). Ahead: "Monday morning" 1991-01-14TMO
    # and "the next day" 1991-01-15, "by Monday", "from Monday", "on Monday" 1991-01-14, "Jan
    # 15". "for a second day on Saturday" -> "a second day" DURATION P1D (an ordinal day of an
    # event, gold_blind26, gold_blind36) and "Saturday". "Brent crude for February delivery"
    # -> "February" 1991-02 (a delivery month, future, gold_blind6, gold_blind14). "a matter
    # of hours" -> "hours" PTXH (a vague duration like "weeks" PXW); "six hours" PT6H; "72
    # hours" PT72H; "for 23 years" P23Y; "every morning" SET XXXX-XX-XXTMO; "two weekly flights"
    # SET P1W (gold_blind20); "in recent days" PAST_REF; "the coming days" PXD; "Now"
    # PRESENT_REF; "The 1990s" 199; "the 1967 war" an adjectival year. Not annotated:
    # "Resolution 678", "$1.85", "$27.60 a barrel" (a price per unit, not a rate of time),
    # "700,000", "a last attempt", "any opening at all".
    "amman-arab-envoy-baghdad-deadline": (
        "1991-01-12",
        [
            ("Tuesday", "DATE", "1991-01-15"),
            ("Jan 12", "DATE", "1991-01-12"),
            ("Saturday", "DATE", "1991-01-12"),
            ("three days", "DURATION", "P3D"),
            ("midnight New York time", "TIME", "1991-01-15T24:00"),
            ("Tuesday", "DATE", "1991-01-15"),
            ("0500 GMT", "TIME", "1991-01-16T05:00"),
            ("Wednesday", "DATE", "1991-01-16"),
            ("7:30 a.m.", "TIME", "1991-01-12T07:30"),
            ("0530 GMT", "TIME", "1991-01-12T05:30"),
            ("late Sunday", "DATE", "1991-01-13"),
            ("six hours", "DURATION", "PT6H"),
            ("Friday", "DATE", "1991-01-11"),
            ("72 hours", "DURATION", "PT72H"),
            ("Tuesday", "DATE", "1991-01-15"),
            ("Nov 29", "DATE", "1990-11-29"),
            ("Jan 15", "DATE", "1991-01-15"),
            ("Aug 2", "DATE", "1990-08-02"),
            ("six days later", "DATE", "1990-08-08"),
            ("earlier this week", "DATE", "1991-W02"),
            ("Monday morning", "TIME", "1991-01-14TMO"),
            ("the next day", "DATE", "1991-01-15"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("Thursday", "DATE", "1991-01-10"),
            ("recent days", "DATE", "PAST_REF"),
            ("Monday", "DATE", "1991-01-14"),
            ("weekly", "SET", "P1W"),
            ("Monday", "DATE", "1991-01-14"),
            ("August", "DATE", "1990-08"),
            ("1967", "DATE", "1967"),
            ("the coming days", "DURATION", "PXD"),
            ("a second day", "DURATION", "P1D"),
            ("Saturday", "DATE", "1991-01-12"),
            ("New Year's Day", "DATE", "1991-01-01"),
            ("the night", "TIME", "1991-01-11TNI"),
            ("February", "DATE", "1991-02"),
            ("Friday", "DATE", "1991-01-11"),
            ("July", "DATE", "1990-07"),
            ("Monday", "DATE", "1991-01-14"),
            ("Now", "DATE", "PRESENT_REF"),
            ("hours", "DURATION", "PTXH"),
            ("23 years", "DURATION", "P23Y"),
            ("The 1990s", "DATE", "199"),
        ],
    ),
    # Thursday 1991-01-17 (ISO week 3), US agency's war story with a chronology box, wire
    # header "AP-NR-01-17-91 0915EST" (the numeric month-day-year date a DATE and the stamp
    # "0915EST" a TIME, 1991-01-17T09:15, the zone in the span), headline, byline
    # "Associated Press Writer", "DHAHRAN, Saudi Arabia (AP) _" dateline without date; "today"
    # is Thursday 1991-01-17 in Saudi Arabia as in New York. "before dawn today" -> "dawn"
    # 1991-01-17TMO and "today"; "less than 19 hours after the ... deadline" PT19H (anchored:
    # 8 a.m. Wednesday to 2:40 a.m. Thursday, Saudi time); "through the morning" -> "the
    # morning" 1991-01-17TMO; "a campaign of weeks, not days" PXW and PXD. The spokesman's
    # "next briefing ... at 6 p.m. (1500 GMT)" Thursday's (Saudi Arabia GMT+3); briefings
    # "twice a day, at 10 a.m. and 6 p.m., from Friday": a SET P1D, two clock times of no
    # particular day XXXX-XX-XXThh:mm (gold_blind28, gold_blind103) and "Friday" 1991-01-18.
    # "eight hours ahead of EST" DURATION PT8H, the size of a difference (like "a year later
    # than the board proposed", gold_blind35). Box: "Wednesday, Jan. 16" and "Thursday, Jan.
    # 17" one DATE span each, every clock time under its heading on that day; each EST time in
    # brackets its own TIME on its own day with its weekday a DATE (gold_blind28): "midnight
    # EST Tuesday" the midnight that ends Tuesday 1991-01-15T24:00, "6:40 p.m. EST Wednesday"
    # 1991-01-16T18:40, "11 p.m. EST Wednesday" 1991-01-16T23:00. "for about 20 minutes" PT20M.
    # "spent much of the night" 1991-01-16TNI; "until 8 a.m." Thursday's; "closed since
    # Saturday" 1991-01-12; "until at least next week" -> "at least next week" 1991-W04 (the
    # modifier kept, gold_blind35's "at least March"); "over five months" P5M and "Aug. 2"
    # 1990-08-02; Tokyo's "9 a.m. Thursday (7 p.m. EST Wednesday)" 1991-01-17T09:00 and
    # 1991-01-16T19:00 (Tokyo GMT+9) with their DATEs; "the first hour of trading" DURATION PT1H
    # (an ordinal period of an event, like "The first week" in gold_blind35); "six days a week"
    # SET P1W (like "twice a week"); "since September" 1990-09; "Now" PRESENT_REF. Not
    # annotated: "the evening news" (a programme, an adjectival part of day naming a kind,
    # like "Overnight lows" in gold_blind103), "AP-NR", "F-15E", "B-52", "1st Marine Division",
    # "24" (an age), "The first wave", "A second wave", "all but one aircraft".
    "dhahran-air-war-opening-chronology": (
        "1991-01-17",
        [
            ("01-17-91", "DATE", "1991-01-17"),
            ("0915EST", "TIME", "1991-01-17T09:15"),
            ("dawn", "TIME", "1991-01-17TMO"),
            ("today", "DATE", "1991-01-17"),
            ("less than 19 hours", "DURATION", "PT19H"),
            ("the morning", "TIME", "1991-01-17TMO"),
            ("weeks", "DURATION", "PXW"),
            ("days", "DURATION", "PXD"),
            ("6 p.m.", "TIME", "1991-01-17T18:00"),
            ("1500 GMT", "TIME", "1991-01-17T15:00"),
            ("twice a day", "SET", "P1D"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("Friday", "DATE", "1991-01-18"),
            ("eight hours", "DURATION", "PT8H"),
            ("Wednesday, Jan. 16", "DATE", "1991-01-16"),
            ("8 a.m.", "TIME", "1991-01-16T08:00"),
            ("midnight EST", "TIME", "1991-01-15T24:00"),
            ("Tuesday", "DATE", "1991-01-15"),
            ("11:30 p.m.", "TIME", "1991-01-16T23:30"),
            ("Thursday, Jan. 17", "DATE", "1991-01-17"),
            ("12:50 a.m.", "TIME", "1991-01-17T00:50"),
            ("2:40 a.m.", "TIME", "1991-01-17T02:40"),
            ("6:40 p.m. EST", "TIME", "1991-01-16T18:40"),
            ("Wednesday", "DATE", "1991-01-16"),
            ("3:15 a.m.", "TIME", "1991-01-17T03:15"),
            ("about 20 minutes", "DURATION", "PT20M"),
            ("7 a.m.", "TIME", "1991-01-17T07:00"),
            ("11 p.m. EST", "TIME", "1991-01-16T23:00"),
            ("Wednesday", "DATE", "1991-01-16"),
            ("9:30 a.m.", "TIME", "1991-01-17T09:30"),
            ("the night", "TIME", "1991-01-16TNI"),
            ("8 a.m.", "TIME", "1991-01-17T08:00"),
            ("Saturday", "DATE", "1991-01-12"),
            ("at least next week", "DATE", "1991-W04"),
            ("five months", "DURATION", "P5M"),
            ("Aug. 2", "DATE", "1990-08-02"),
            ("9 a.m.", "TIME", "1991-01-17T09:00"),
            ("Thursday", "DATE", "1991-01-17"),
            ("7 p.m. EST", "TIME", "1991-01-16T19:00"),
            ("Wednesday", "DATE", "1991-01-16"),
            ("the first hour", "DURATION", "PT1H"),
            ("six days a week", "SET", "P1W"),
            ("September", "DATE", "1990-09"),
            ("Now", "DATE", "PRESENT_REF"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
