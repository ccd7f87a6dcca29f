"""Annotations of the 340th blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind340/annotate.py [--show]

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
    # Tuesday 2012-10-16 (ISO week 42), Kenyan daily's website, section label, headline, stamp
    # "Posted Tuesday, October 16 2012 at 00:30" (the date with its weekday one DATE span, the
    # clock time a TIME, gold_blind56, gold_blind103), byline, "In Summary" box, no
    # dateline. "yesterday" Monday 2012-10-15, "yesterday afternoon"
    # 2012-10-15TAF, "today" the page's day. The campaign "starts on Saturday" 2012-10-20
    # (summary and lead), which is "Mashujaa Day" (Kenya's Heroes' Day, 20 October), two DATEs
    # in apposition like "Monday is Family Day" (gold_blind103); "until October 28" 2012-10-28,
    # "nine-day" DURATION P9D (20-28 October). Past weekdays: vaccines "on Friday night"
    # 2012-10-12TNI, training finished "on Sunday" 2012-10-14. "next week" 2012-W43, its
    # "Monday and Tuesday" 2012-10-22 and 2012-10-23 (future, the clause's tense). The drive
    # "had been planned for January" (summary: "brought ... forward from January"): the month
    # it was planned for, still ahead, 2013-01 (see README); "late November" 2012-11, "a third
    # in February" 2013-02, "follow in December" 2012-12. Team hours "between 8am and 5pm
    # daily" -> XXXX-XX-XXT08:00, XXXX-XX-XXT17:00 and SET P1D (gold_blind61); centres "open
    # until 7pm throughout the campaign" XXXX-XX-XXT19:00 (the closing hour of every campaign
    # day), the line's hours "between 6am and 10pm" likewise (gold_blind93). "the past six
    # weeks" P6W; "three months" P3M (how long they could not wait); "this year" 2012; "four
    # weeks after the first" P4W (an interval, like "four weeks apart", gold_blind61); "three
    # years ago" 2009, the unit's granularity, matching "since 2009"; "for days" -> "days"
    # PXD; "within six hours" PT6H; "three-day" P3D; "the previous year" after "2011" 2010
    # (anchored, like "the week before", gold_blind61); "now" PRESENT_REF; "every three
    # years" SET P3Y; "within two weeks of the campaign's end" -> "two weeks" P2W. Not
    # annotated: "the short rains" (a rainy season with no calendar value, like "the monsoon",
    # gold_blind96), "Then" and "This time" (anaphoric), "throughout the campaign" and "the
    # campaign's end" (event-named), ages "under five" (twice) and "aged nine months to 59
    # months" (ages, not durations, gold_blind42), "41", "1,900", "22 districts", "94 per
    # cent", "78 per cent", "300 motorbikes", "2C", "8C", "12,000", "Sh1.2 billion", "2,400",
    # "five million", "A second polio round", "a third", "two drops", "0800 720 2012" (a phone
    # number holding the year of the story).
    "kisuri-measles-polio-campaign": (
        "2012-10-16",
        [
            ("nine-day", "DURATION", "P9D"),
            ("Tuesday, October 16 2012", "DATE", "2012-10-16"),
            ("00:30", "TIME", "2012-10-16T00:30"),
            ("Saturday", "DATE", "2012-10-20"),
            ("Mashujaa Day", "DATE", "2012-10-20"),
            ("October 28", "DATE", "2012-10-28"),
            ("January", "DATE", "2013-01"),
            ("nine-day", "DURATION", "P9D"),
            ("Saturday", "DATE", "2012-10-20"),
            ("yesterday", "DATE", "2012-10-15"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("daily", "SET", "P1D"),
            ("7pm", "TIME", "XXXX-XX-XXT19:00"),
            ("January", "DATE", "2013-01"),
            ("the past six weeks", "DURATION", "P6W"),
            ("2009", "DATE", "2009"),
            ("three months", "DURATION", "P3M"),
            ("this year", "DATE", "2012"),
            ("yesterday afternoon", "TIME", "2012-10-15TAF"),
            ("late November", "DATE", "2012-11"),
            ("four weeks", "DURATION", "P4W"),
            ("February", "DATE", "2013-02"),
            ("three years ago", "DATE", "2009"),
            ("days", "DURATION", "PXD"),
            ("Friday night", "TIME", "2012-10-12TNI"),
            ("yesterday", "DATE", "2012-10-15"),
            ("today", "DATE", "2012-10-16"),
            ("six hours", "DURATION", "PT6H"),
            ("three-day", "DURATION", "P3D"),
            ("Sunday", "DATE", "2012-10-14"),
            ("2011", "DATE", "2011"),
            ("the previous year", "DATE", "2010"),
            ("now", "DATE", "PRESENT_REF"),
            ("every three years", "SET", "P3Y"),
            ("next week", "DATE", "2012-W43"),
            ("Monday", "DATE", "2012-10-22"),
            ("Tuesday", "DATE", "2012-10-23"),
            ("two weeks", "DURATION", "P2W"),
            ("December", "DATE", "2012-12"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
        ],
    ),
    # Friday 2013-08-23 (ISO week 34), US pharma trade site, section label, headline, date
    # line "August 23, 2013 | By Dana Whitcombe", no dateline, a "key dates" box. The FDA
    # approved the drug "on Friday", the publication day; the call "at about 3:15 p.m. ET" and
    # "the market closed at 4 p.m." are clock times of that day, "Friday evening" its evening.
    # Future: "by Sept. 9", the briefing "at 8:30 a.m. ET Monday" 2013-08-26T08:30 and the
    # DATE 2013-08-26. "once-daily" (headline and lead) SET P1D, like "once-weekly"
    # (gold_blind61). "three months ahead of deadline" and "nearly three months before the Nov.
    # 18 goal date" are the size of a shift, DURATION P3M (gold_blind61). "seven-year" P7Y;
    # "filed ... on Jan. 18" 2013-01-18; "10-month" P10M; "In June" 2013-06 (past). Trial
    # time points are durations from the start of dosing: "for 52 weeks" P52W and the visit
    # label "At week 24" -> "week 24" DURATION P24W (see README). "every three months" SET
    # P3M, "the first year" of treatment DURATION P1Y (gold_blind61), "five-year" P5Y,
    # "30-day" P30D ("a 90-day supply", gold_blind61), "every four weeks" SET P4W. "Seven
    # years ago" 2006 (the unit's granularity; the licence year). Corvane's fiscal year runs
    # July-June and is named by the year it ends: "the fiscal fourth quarter, which ended June
    # 30" FY2013-Q4 plus 2013-06-30 (like "the third quarter, which ends Sunday",
    # gold_blind35), "fiscal 2014, which began July 1" FY2014 plus 2013-07-01, "the fourth
    # quarter of fiscal 2015" FY2015-Q4 one span; "the first half of 2014" is calendar
    # (European regulators), 2014-H1. "no earlier than October" -> "October" 2013-10, the
    # expected decision's month ahead ("no earlier than" a signal like "not before",
    # gold_blind12); "their 2016 sales estimate" -> "2016", an adjectival year. The box's dates
    # ("Aug. 2006" ... "Nov. 18, 2013") are DATEs like any written date. Not annotated:
    # "$CRVN", "Phase 3" (twice), "LUMEN-1" and "LUMEN-2" (twice each), "10 mg", "20 mg",
    # "11-2" (twice, a vote), "18%", "$41.20", "48%", "29%", "1,212 patients", "$2,950",
    # "$3,400", "14 people", "$31 million", "$40 million to $60 million", "$410 million",
    # "after-hours trading" (only clock times of the day are annotated), "the end of the
    # studies" (event-named), "Top-line", "Prescription Drug User Fee Act", "PDUFA".
    "corvane-lupavra-fda-approval": (
        "2013-08-23",
        [
            ("once-daily", "SET", "P1D"),
            ("three months", "DURATION", "P3M"),
            ("August 23, 2013", "DATE", "2013-08-23"),
            ("Friday", "DATE", "2013-08-23"),
            ("once-daily", "SET", "P1D"),
            ("nearly three months", "DURATION", "P3M"),
            ("Nov. 18", "DATE", "2013-11-18"),
            ("about 3:15 p.m. ET", "TIME", "2013-08-23T15:15"),
            ("4 p.m.", "TIME", "2013-08-23T16:00"),
            ("seven-year", "DURATION", "P7Y"),
            ("2006", "DATE", "2006"),
            ("December 2010", "DATE", "2010-12"),
            ("Jan. 18", "DATE", "2013-01-18"),
            ("10-month", "DURATION", "P10M"),
            ("June", "DATE", "2013-06"),
            ("once a day", "SET", "P1D"),
            ("52 weeks", "DURATION", "P52W"),
            ("week 24", "DURATION", "P24W"),
            ("every three months", "SET", "P3M"),
            ("the first year", "DURATION", "P1Y"),
            ("five-year", "DURATION", "P5Y"),
            ("Sept. 9", "DATE", "2013-09-09"),
            ("30-day", "DURATION", "P30D"),
            ("every four weeks", "SET", "P4W"),
            ("March 2011", "DATE", "2011-03"),
            ("Seven years ago", "DATE", "2006"),
            ("Friday evening", "TIME", "2013-08-23TEV"),
            ("Now", "DATE", "PRESENT_REF"),
            ("the fiscal fourth quarter", "DATE", "FY2013-Q4"),
            ("June 30", "DATE", "2013-06-30"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("July 1", "DATE", "2013-07-01"),
            ("the fourth quarter of fiscal 2015", "DATE", "FY2015-Q4"),
            ("the first half of 2014", "DATE", "2014-H1"),
            ("October", "DATE", "2013-10"),
            ("2016", "DATE", "2016"),
            ("8:30 a.m. ET", "TIME", "2013-08-26T08:30"),
            ("Monday", "DATE", "2013-08-26"),
            ("Aug. 2006", "DATE", "2006-08"),
            ("Dec. 2010", "DATE", "2010-12"),
            ("Oct. 2012", "DATE", "2012-10"),
            ("Jan. 18, 2013", "DATE", "2013-01-18"),
            ("June 27, 2013", "DATE", "2013-06-27"),
            ("Aug. 23, 2013", "DATE", "2013-08-23"),
            ("Nov. 18, 2013", "DATE", "2013-11-18"),
        ],
    ),
    # Wednesday 2014-04-09 (ISO week 15), New Zealand news website, section label, headline,
    # stamp "5:30 AM Wednesday Apr 9, 2014" (a TIME and a DATE), byline, no dateline.
    # "yesterday" 2014-04-08. The DHB's numbered weeks are ISO weeks of 2014, as the text's
    # own "week 14 (March 31 to April 6)" shows (Monday to Sunday): "week 14" 2014-W14,
    # "week 13" 2014-W13, "week 12" 2014-W12 (gold_blind93), the dates in brackets DATEs.
    # "four weeks running" (headline and lead) -> "four weeks" P4W, like "for three weeks in a
    # row" (gold_blind61). "Easter" (lead and body) is Easter Sunday 2014-04-20 (gold_blind44);
    # "Good Friday" 2014-04-18; "Anzac Day" 2014-04-25; "April 17" (schools close) 2014-04-17.
    # "weekly update" SET P1W. "late February" 2014-02; "February 21" 2014-02-21 and "four
    # days later" 2014-02-25 (anchored on it, gold_blind61's "two days later"). "since
    # Friday" 2014-04-04 (past). "at least a fortnight" P2W; "up to 21 days" P21D; "this week"
    # 2014-W15; "late March" 2014-03; "14 days" P14D. The exposure list tells past visits:
    # "Saturday, March 29" one DATE span with "2.30pm" and "4.30pm" on it; "Thursday, April 3"
    # with "5pm" and "7pm"; "9pm on Friday" 2014-04-04T21:00 and "3am on Saturday"
    # 2014-04-05T03:00 with their DATEs (past, the clause's tense, in a Wednesday story).
    # Clinics "from 8am to 6pm every Saturday until the end of April" -> XXXX-XX-XXT08:00,
    # XXXX-XX-XXT18:00, SET XXXX-WXX-6 (gold_blind61's "every Saturday in June from 10 a.m.
    # to 2 p.m.") and "the end of April" 2014-04 (gold_blind61). "now" PRESENT_REF; "last
    # year" 2013; "the 1980s" 198; "2011" and "20 weeks" P20W; the next update "on Tuesday"
    # 2014-04-15 (future). Not annotated: "19-year-old", "aged 10 to 29", "two-year-olds",
    # "given at 15 months and four years" (ages at which doses are given, not durations),
    # "the holidays" (a school holiday with no dates of its own), "recent" (an adjective),
    # "By the time the rash appeared" (event-named), "MMR", "Rangatea Rovers v Kahu United",
    # "23", "17", "nine", "71", "Fourteen", "two", "99 per cent", "91 per cent", "118 people",
    # "Two doses", "rangateadhb.org.nz/measles2014" (a URL holding the year) and "0800 201
    # 404" (a phone number reading like 2014-04).
    "rangatea-measles-weekly-count": (
        "2014-04-09",
        [
            ("four weeks", "DURATION", "P4W"),
            ("5:30 AM", "TIME", "2014-04-09T05:30"),
            ("Wednesday Apr 9, 2014", "DATE", "2014-04-09"),
            ("four weeks", "DURATION", "P4W"),
            ("Easter", "DATE", "2014-04-20"),
            ("weekly", "SET", "P1W"),
            ("yesterday", "DATE", "2014-04-08"),
            ("week 14", "DATE", "2014-W14"),
            ("March 31", "DATE", "2014-03-31"),
            ("April 6", "DATE", "2014-04-06"),
            ("week 13", "DATE", "2014-W13"),
            ("week 12", "DATE", "2014-W12"),
            ("late February", "DATE", "2014-02"),
            ("February 21", "DATE", "2014-02-21"),
            ("four days later", "DATE", "2014-02-25"),
            ("Friday", "DATE", "2014-04-04"),
            ("at least a fortnight", "DURATION", "P2W"),
            ("up to 21 days", "DURATION", "P21D"),
            ("this week", "DATE", "2014-W15"),
            ("late March", "DATE", "2014-03"),
            ("14 days", "DURATION", "P14D"),
            ("Saturday, March 29", "DATE", "2014-03-29"),
            ("2.30pm", "TIME", "2014-03-29T14:30"),
            ("4.30pm", "TIME", "2014-03-29T16:30"),
            ("Thursday, April 3", "DATE", "2014-04-03"),
            ("5pm", "TIME", "2014-04-03T17:00"),
            ("7pm", "TIME", "2014-04-03T19:00"),
            ("9pm", "TIME", "2014-04-04T21:00"),
            ("Friday", "DATE", "2014-04-04"),
            ("3am", "TIME", "2014-04-05T03:00"),
            ("Saturday", "DATE", "2014-04-05"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("the end of April", "DATE", "2014-04"),
            ("Good Friday", "DATE", "2014-04-18"),
            ("Anzac Day", "DATE", "2014-04-25"),
            ("April 17", "DATE", "2014-04-17"),
            ("Easter", "DATE", "2014-04-20"),
            ("now", "DATE", "PRESENT_REF"),
            ("last year", "DATE", "2013"),
            ("the 1980s", "DATE", "198"),
            ("2011", "DATE", "2011"),
            ("20 weeks", "DURATION", "P20W"),
            ("Tuesday", "DATE", "2014-04-15"),
        ],
    ),
    # Thursday 2014-11-13 (ISO week 46), US academic medical centre's news release, embargo
    # line in capitals "EMBARGOED FOR RELEASE UNTIL 3:00 P.M. CT, MONDAY, NOV. 17, 2014" ->
    # "3:00 P.M. CT" 2014-11-17T15:00 and "MONDAY, NOV. 17, 2014" 2014-11-17 (the label out,
    # gold_blind42, gold_blind73; the capitalised weekday escapes the check of gold_tools.py
    # and was checked by hand with datetime: 2014-11-17 is a Monday). The DCT is the
    # "Issued:" day, "Thursday, Nov. 13, 2014" (gold_blind73), not the end of the embargo.
    # "Weekly" (headline) and "once-weekly" SET P1W (gold_blind61). "a median follow-up of 18
    # months" -> "18 months" P18M (gold_blind73). Future weekdays: presented and published
    # "Monday" 2014-11-17 (three times), the talk "from 3 p.m. to 3:15 p.m. CT Monday" and the
    # briefing "at 4 p.m." that day; interviews "Friday, Nov. 14" (one DATE span) "from 10
    # a.m. to noon CT"; the congress "Sunday through Tuesday" 2014-11-16 and 2014-11-18. Trial
    # time points are durations from randomisation: the visit label "At week 12" -> "week 12"
    # P12W (see README), "the first year" P1Y, "the first 12 weeks" P12W, "the first 30 days"
    # P30D (ordinal periods, gold_blind61, gold_blind73); "within 72 hours of discharge"
    # PT72H and "within a month" P1M (anchored durations). "once a week" SET P1W, "every four
    # weeks" SET P4W, "every six months" SET P6M. "For decades" -> "decades" PXY
    # (gold_blind73); "Now" PRESENT_REF; "last December" 2013-12; "five years" P5Y; "2018";
    # "the spring" ahead in November 2015-SP; "awarded in 2010"; "Founded in 1887". The
    # centre's fiscal year runs July-June: "fiscal 2014, which ended June 30" FY2014 plus
    # 2014-06-30. Not annotated: "TRELLIS-HF", "grant R01 HL102014" (a grant number holding
    # 2014), "608-555-0191", "Hall B", "25 mg", "by a third", "33 percent", "41 percent", "9
    # percent", "141", "212", "840 patients", "46 hospitals", "three patients", "3,000-patient",
    # "1,140 beds", "$212 million", "the end of follow-up" (event-named), "in total".
    "brannock-trellis-hf-trial-release": (
        "2014-11-13",
        [
            ("3:00 P.M. CT", "TIME", "2014-11-17T15:00"),
            ("MONDAY, NOV. 17, 2014", "DATE", "2014-11-17"),
            ("Thursday, Nov. 13, 2014", "DATE", "2014-11-13"),
            ("Weekly", "SET", "P1W"),
            ("once-weekly", "SET", "P1W"),
            ("18 months", "DURATION", "P18M"),
            ("Monday", "DATE", "2014-11-17"),
            ("week 12", "DURATION", "P12W"),
            ("the first year", "DURATION", "P1Y"),
            ("March 2011", "DATE", "2011-03"),
            ("September 2012", "DATE", "2012-09"),
            ("72 hours", "DURATION", "PT72H"),
            ("once a week", "SET", "P1W"),
            ("the first 12 weeks", "DURATION", "P12W"),
            ("every four weeks", "SET", "P4W"),
            ("every six months", "SET", "P6M"),
            ("the first 30 days", "DURATION", "P30D"),
            ("decades", "DURATION", "PXY"),
            ("Now", "DATE", "PRESENT_REF"),
            ("a month", "DURATION", "P1M"),
            ("last December", "DATE", "2013-12"),
            ("five years", "DURATION", "P5Y"),
            ("2018", "DATE", "2018"),
            ("the spring", "DATE", "2015-SP"),
            ("2010", "DATE", "2010"),
            ("Monday", "DATE", "2014-11-17"),
            ("3 p.m.", "TIME", "2014-11-17T15:00"),
            ("3:15 p.m. CT", "TIME", "2014-11-17T15:15"),
            ("Monday", "DATE", "2014-11-17"),
            ("4 p.m.", "TIME", "2014-11-17T16:00"),
            ("Friday, Nov. 14", "DATE", "2014-11-14"),
            ("10 a.m.", "TIME", "2014-11-14T10:00"),
            ("noon CT", "TIME", "2014-11-14T12:00"),
            ("Sunday", "DATE", "2014-11-16"),
            ("Tuesday", "DATE", "2014-11-18"),
            ("1887", "DATE", "1887"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("June 30", "DATE", "2014-06-30"),
        ],
    ),
    # Saturday 2015-01-24 (ISO week 4), Australian regional paper, masthead with date line
    # "Saturday, January 24, 2015", section label, headline, standfirst, byline, no dateline.
    # "yesterday" Friday 2015-01-23; "tomorrow" (three times) Sunday 2015-01-25, "tomorrow
    # night" 2015-01-25TNI. "Australia Day" is Monday 2015-01-26; the headline's "Australia
    # Day long weekend" (Saturday 24 to Monday 26 January) is one DATE span with the ISO week
    # of its Saturday, 2015-W04-WE, like "Family Day weekend" (gold_blind103). Future
    # weekdays: "Monday" 2015-01-26 (three times), "Tuesday" 2015-01-27 (twice), "Wednesday"
    # 2015-01-28 (twice), "Wednesday night" 2015-01-28TNI, "at least Thursday" 2015-01-29
    # (gold_blind103), "until Friday" 2015-01-30, "Sunday" 2015-01-25. "Four days" and "four
    # consecutive days" P4D (gold_blind103); "at least twice a day" SET P1D (gold_blind103's
    # "at least once a day"); "from 9am tomorrow" 2015-01-25T09:00; "The first 48 hours" of a
    # heatwave PT48H, an ordinal period of an event, generic (gold_blind61, gold_blind73);
    # "five-day" P5D; "February 2011". Advice "between 11am and 5pm" XXXX-XX-XXT11:00 and
    # XXXX-XX-XXT17:00 (habitual hours, gold_blind93); "every hour" SET PT1H; the pool "until
    # 9pm each night" XXXX-XX-XXT21:00 and SET XXXX-XX-XXTNI (gold_blind103); "an hour
    # earlier" PT1H (the size of a shift, gold_blind61); "at 7am on Monday" 2015-01-26T07:00;
    # the fireworks "at 9.30pm" on Australia Day, the day of their narrative; "this year"
    # 2015. "a mild summer so far" -> "summer" 2015-SU, the southern summer of 2014-15 taking
    # the year of its January (gold_blind9, gold_blind88), the head noun only like "a wetter
    # than average autumn" (gold_blind103); "December" 2014-12; "last summer" 2014-SU;
    # "January 1982"; "between 4pm and 8pm on Tuesday" 2015-01-27T16:00 and T20:00; "a daily
    # phone call" SET P1D (gold_blind61's "daily pill"). Not annotated: "Overnight
    # temperatures" and "the night shifts" (kinds, like "Overnight lows", gold_blind103), "so
    # far", "on record", "the first" (of the bans), "babies under 12 months" and "over 65"
    # (ages), "40C" (four times), "44C" (twice), "41C", "42C", "28C", "47.2C", "25C", "63
    # people", "six beds", "by a third", "1300 555 019", "000", "Eyre and Western districts".
    "port-calloway-heatwave-health-warning": (
        "2015-01-24",
        [
            ("Saturday, January 24, 2015", "DATE", "2015-01-24"),
            ("Four days", "DURATION", "P4D"),
            ("Australia Day long weekend", "DATE", "2015-W04-WE"),
            ("at least twice a day", "SET", "P1D"),
            ("four consecutive days", "DURATION", "P4D"),
            ("tomorrow", "DATE", "2015-01-25"),
            ("Australia Day", "DATE", "2015-01-26"),
            ("yesterday", "DATE", "2015-01-23"),
            ("9am", "TIME", "2015-01-25T09:00"),
            ("tomorrow", "DATE", "2015-01-25"),
            ("at least Thursday", "DATE", "2015-01-29"),
            ("tomorrow", "DATE", "2015-01-25"),
            ("Monday", "DATE", "2015-01-26"),
            ("Tuesday", "DATE", "2015-01-27"),
            ("Wednesday", "DATE", "2015-01-28"),
            ("Wednesday night", "TIME", "2015-01-28TNI"),
            ("The first 48 hours", "DURATION", "PT48H"),
            ("five-day", "DURATION", "P5D"),
            ("February 2011", "DATE", "2011-02"),
            ("Friday", "DATE", "2015-01-30"),
            ("tomorrow night", "TIME", "2015-01-25TNI"),
            ("11am", "TIME", "XXXX-XX-XXT11:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("every hour", "SET", "PT1H"),
            ("9pm", "TIME", "XXXX-XX-XXT21:00"),
            ("each night", "SET", "XXXX-XX-XXTNI"),
            ("Wednesday", "DATE", "2015-01-28"),
            ("an hour", "DURATION", "PT1H"),
            ("7am", "TIME", "2015-01-26T07:00"),
            ("Monday", "DATE", "2015-01-26"),
            ("9.30pm", "TIME", "2015-01-26T21:30"),
            ("Sunday", "DATE", "2015-01-25"),
            ("Monday", "DATE", "2015-01-26"),
            ("this year", "DATE", "2015"),
            ("summer", "DATE", "2015-SU"),
            ("December", "DATE", "2014-12"),
            ("last summer", "DATE", "2014-SU"),
            ("January 1982", "DATE", "1982-01"),
            ("4pm", "TIME", "2015-01-27T16:00"),
            ("8pm", "TIME", "2015-01-27T20:00"),
            ("Tuesday", "DATE", "2015-01-27"),
            ("daily", "SET", "P1D"),
        ],
    ),
    # Monday 2015-03-23 (ISO week 13), Indian national daily's website, section label,
    # headline, stamp "Vikram Sundaresan, TNN | Mar 23, 2015, 04.12 AM IST" (a DATE and a TIME,
    # the zone in the span), "CHENNAI:" dateline. The launch is "on Saturday evening"
    # 2015-03-28TEV, "lift-off set for 5.19pm" 2015-03-28T17:19; the countdown ("56-hour",
    # PT56H) begins "at 9.19am on Thursday" 2015-03-26T09:19 (56 hours before lift-off), after
    # the board meets "on Wednesday" 2015-03-25; the headline's "Thursday" the same day. Past
    # weekdays: "officials said on Sunday" 2015-03-22, the review "held ... on Saturday and
    # Sunday" 2015-03-21 and 2015-03-22, registration "opened at 10am on Sunday"
    # 2015-03-22T10:00; so "Saturday" and "Sunday" run both ways in one story (the clause's
    # tense decides). Future: registration closes "at 5pm on Tuesday" 2015-03-24T17:00, the
    # fishermen's exclusion "from 6pm on Friday until 6am on Sunday" 2015-03-27T18:00 and
    # 2015-03-29T06:00 with their DATEs; the buses "at 11am on the day of the launch" ->
    # "11am" 2015-03-28T11:00 and "the day of the launch" one DATE span 2015-03-28 (a day
    # named by its event, like "the morning of the accident", gold_blind8), and the broadcast
    # "from 4.45pm" a clock time of that day. "first planned for December" 2014-12
    # (past); "January 29" 2015-01-29; "this month" 2015-03; "January 12" 2015-01-12; "almost
    # three months" P3M; "about 19 minutes after lift-off" PT19M and "about 24 hours after
    # launch" PT24H (anchored, gold_blind31, gold_blind59); "Over the next two weeks" -> "the
    # next two weeks" P2W; "mid-April" 2015-04; "June" 2015-06; "every 15 minutes" SET
    # PT15M, "every half hour" SET PT30M; "July 2006"; "last year" 2014; "almost eight years"
    # P8Y; "designed to last 10 years" P10Y. India's financial year runs April-March and is
    # named by the year it ends: "the financial year ending March 31" FY2015 plus 2015-03-31
    # ("ending" a signal, gold_blind73), "for 2015-16" FY2016 (see README); "before December"
    # 2015-12. Not annotated: "Sameer-2" (twice), "C-29", "the monsoon" (gold_blind96),
    # "1,550kg", "36,000km", "20km", "four times", "fourth launch", "12 launches", "two",
    # "Rs 310-crore", "5,000 people", "the second launch pad", "lift-off" and "launch"
    # (events).
    "sameer-2-weather-satellite-countdown": (
        "2015-03-23",
        [
            ("Thursday", "DATE", "2015-03-26"),
            ("Mar 23, 2015", "DATE", "2015-03-23"),
            ("04.12 AM IST", "TIME", "2015-03-23T04:12"),
            ("Saturday evening", "TIME", "2015-03-28TEV"),
            ("5.19pm", "TIME", "2015-03-28T17:19"),
            ("56-hour", "DURATION", "PT56H"),
            ("9.19am", "TIME", "2015-03-26T09:19"),
            ("Thursday", "DATE", "2015-03-26"),
            ("Wednesday", "DATE", "2015-03-25"),
            ("Sunday", "DATE", "2015-03-22"),
            ("Saturday", "DATE", "2015-03-21"),
            ("Sunday", "DATE", "2015-03-22"),
            ("December", "DATE", "2014-12"),
            ("January 29", "DATE", "2015-01-29"),
            ("this month", "DATE", "2015-03"),
            ("January 12", "DATE", "2015-01-12"),
            ("almost three months", "DURATION", "P3M"),
            ("about 19 minutes", "DURATION", "PT19M"),
            ("the next two weeks", "DURATION", "P2W"),
            ("about 24 hours", "DURATION", "PT24H"),
            ("mid-April", "DATE", "2015-04"),
            ("June", "DATE", "2015-06"),
            ("every 15 minutes", "SET", "PT15M"),
            ("every half hour", "SET", "PT30M"),
            ("July 2006", "DATE", "2006-07"),
            ("last year", "DATE", "2014"),
            ("almost eight years", "DURATION", "P8Y"),
            ("10 years", "DURATION", "P10Y"),
            ("the financial year", "DATE", "FY2015"),
            ("March 31", "DATE", "2015-03-31"),
            ("2015-16", "DATE", "FY2016"),
            ("December", "DATE", "2015-12"),
            ("10am", "TIME", "2015-03-22T10:00"),
            ("Sunday", "DATE", "2015-03-22"),
            ("5pm", "TIME", "2015-03-24T17:00"),
            ("Tuesday", "DATE", "2015-03-24"),
            ("11am", "TIME", "2015-03-28T11:00"),
            ("the day of the launch", "DATE", "2015-03-28"),
            ("4.45pm", "TIME", "2015-03-28T16:45"),
            ("6pm", "TIME", "2015-03-27T18:00"),
            ("Friday", "DATE", "2015-03-27"),
            ("6am", "TIME", "2015-03-29T06:00"),
            ("Sunday", "DATE", "2015-03-29"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
