"""Annotations of blind gold set 558, chosen by hand before the tagger ran.

    python tests/data/gold_blind558/annotate.py [--show]

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
    # Tuesday 2015-01-06 (ISO week 2), Irish national daily, section label, headline,
    # standfirst, byline, date line "Tuesday 6 January 2015" (one DATE span with its weekday),
    # a trolley-count box. "yesterday" is Monday 2015-01-05, "yesterday morning" and "yesterday
    # afternoon" its parts of day, "last night" its night, 2015-01-05TNI (gold_blind35).
    # "until Friday" (standfirst and body) is the coming Friday 2015-01-09, while "released ...
    # on Friday" is the past one, 2015-01-02 (the same weekday in both directions). "St
    # Stephen's Day" 2014-12-26 (a holiday on its date) and "the 8am count" that day
    # 2014-12-26T08:00 (an adjectival clock time on the day its clause names); "9.30pm on
    # Sunday" 2015-01-04T21:30 and the DATE. "over Christmas" -> "Christmas" 2014-12-25
    # (gold_blind93). "the week to 28 December" -> "the week" 2014-W52 and "28 December" (a
    # Sunday), "to" a signal (gold_blind61). "Its next weekly flu report" -> "weekly" SET P1W
    # (an adjective naming a recurrence, gold_blind61); "due on Thursday" 2015-01-08. "the
    # middle of the month" 2015-01 (the modifier not recorded, like "the middle of next week"
    # in gold_blind103); "yesterday's patients" -> "yesterday" without the "'s"; "more than 24
    # hours" PT24H; "published in October" 2014-10; "by the end of December" 2014-12 (the
    # December just past); "New Year's Eve" 2014-12-31; "tomorrow afternoon" 2015-01-07TAF;
    # "14 January" 2015-01-14; "the past five years" P5Y; "January 2010"; "last January"
    # 2014-01 (in a January story, the January of the year before; the current one is "this");
    # "12-hour" PT12H; "since 22 December" 2014-12-22; "until February" 2015-02; "next week"
    # 2015-W03; "in the autumn" (past) 2014-FA. Visiting hours "from 2pm to 4pm and from 7pm
    # to 8pm daily" recur: four TIMEs XXXX-XX-XXThh:mm and "daily" SET P1D (gold_blind93); the
    # box heading's "8AM" is the time of a daily count, XXXX-XX-XXT08:00; the box's day lines
    # are DATEs with their weekdays, "Today" the publication day. Not annotated: "Winter plan"
    # and "winter plan" (an adjective naming a kind of plan, like "Summer programs" in
    # gold_blind103), "this time", "since then", "until further notice" (gold_blind93),
    # "annual leave" (a kind of leave), "out-of-hours", "68", "Sixty-eight", "41", "40", "(74)"
    # (an age), "12-bed", "190", "300", "22", "49", "30", "1850 224 2006" (a phone number
    # holding 2006, beside the annotated "2006"), the counts of the box.
    "carrowbeg-st-fintans-trolley-record": (
        "2015-01-06",
        [
            ("Friday", "DATE", "2015-01-09"),
            ("Tuesday 6 January 2015", "DATE", "2015-01-06"),
            ("yesterday morning", "TIME", "2015-01-05TMO"),
            ("2006", "DATE", "2006"),
            ("Friday", "DATE", "2015-01-09"),
            ("last night", "TIME", "2015-01-05TNI"),
            ("up to 14 hours", "DURATION", "PT14H"),
            ("St Stephen's Day", "DATE", "2014-12-26"),
            ("8am", "TIME", "2014-12-26T08:00"),
            ("9.30pm", "TIME", "2015-01-04T21:30"),
            ("Sunday", "DATE", "2015-01-04"),
            ("yesterday afternoon", "TIME", "2015-01-05TAF"),
            ("Christmas", "DATE", "2014-12-25"),
            ("the week", "DATE", "2014-W52"),
            ("28 December", "DATE", "2014-12-28"),
            ("weekly", "SET", "P1W"),
            ("Thursday", "DATE", "2015-01-08"),
            ("the middle of the month", "DATE", "2015-01"),
            ("yesterday", "DATE", "2015-01-05"),
            ("more than 24 hours", "DURATION", "PT24H"),
            ("October", "DATE", "2014-10"),
            ("the end of December", "DATE", "2014-12"),
            ("New Year's Eve", "DATE", "2014-12-31"),
            ("Friday", "DATE", "2015-01-02"),
            ("tomorrow afternoon", "TIME", "2015-01-07TAF"),
            ("14 January", "DATE", "2015-01-14"),
            ("the past five years", "DURATION", "P5Y"),
            ("January 2010", "DATE", "2010-01"),
            ("last January", "DATE", "2014-01"),
            ("12-hour", "DURATION", "PT12H"),
            ("22 December", "DATE", "2014-12-22"),
            ("February", "DATE", "2015-02"),
            ("next week", "DATE", "2015-W03"),
            ("the autumn", "DATE", "2014-FA"),
            ("2pm", "TIME", "XXXX-XX-XXT14:00"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("7pm", "TIME", "XXXX-XX-XXT19:00"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
            ("8AM", "TIME", "XXXX-XX-XXT08:00"),
            ("Friday 2 January", "DATE", "2015-01-02"),
            ("Saturday 3 January", "DATE", "2015-01-03"),
            ("Sunday 4 January", "DATE", "2015-01-04"),
            ("Monday 5 January", "DATE", "2015-01-05"),
            ("Today", "DATE", "2015-01-06"),
        ],
    ),
    # Thursday 2012-11-22 (ISO week 47), British regional daily, section label, headline,
    # standfirst, byline, date line "Thursday 22 November 2012", a "STRIKE DATES" box.
    # "yesterday" is Wednesday 2012-11-21. "next week" (headline and lead) 2012-W48 (26
    # November-2 December); the strike "at 6am on Tuesday" 2012-11-27T06:00 and "at 6am on
    # Thursday" 2012-11-29T06:00, each clock time and its day two TIMEX3; "48 hours" PT48H;
    # "24-hour" PT24H; "Monday 10 December" one span with its weekday. The standfirst's "called
    # for December" 2012-12. Past: the ballot "closed on Friday" 2012-11-16; "since 1989" and
    # the porter's "in 1989" 1989, "nine days" P9D; "in the summer" 2012-SU; "since September"
    # 2012-09; "last month" 2012-10; "two hours' notice" -> "two hours" PT2H without the
    # possessive mark; "every Wednesday since October" -> SET XXXX-WXX-3 and DATE 2012-10.
    # Future: "from 1 January" 2013-01-01; "the 2013-14 financial year" one DATE span FY2014
    # (the NHS financial year April 2013-March 2014, named by the year it ends, gold_blind61,
    # gold_blind93); "from April" 2013-04; operations "planned for Tuesday and Wednesday"
    # 2012-11-27 and 2012-11-28; "Saturday 1 December" 2012-12-01; "tomorrow morning"
    # 2012-11-23TMO; "the winter" ahead 2013-WI and "Last winter" 2012-WI (winters take the
    # year of their January, gold_blind61, gold_blind103). "working at weekends" -> "weekends"
    # SET XXXX-WXX-WE (gold_blind61). Visiting "on both strike days ... 2pm to 4pm": the hours
    # recur on two days and belong to neither alone, XXXX-XX-XXT14:00 and XXXX-XX-XXT16:00
    # (see README). "a pay freeze for three years" P3Y; "a fortnight" P2W (gold_blind9); "for
    # 31 years" P31Y (how long he has worked there, beside his age "58"). Box: "6am Tuesday 27
    # November to 6am Thursday 29 November" four TIMEX3, "Monday 10 December" a DATE. Not
    # annotated: "weekend allowances" (an adjective naming a kind of pay), "the two days" and
    # "both strike days" (anaphoric, their days annotated where named), "This time", "212 to
    # 38" (a vote count), "300", "46", "£400,000", "1%", "five of its wards", "58" (an age),
    # "Acas", "NHS".
    "brackwell-general-porters-48-hour-strike": (
        "2012-11-22",
        [
            ("48 hours", "DURATION", "PT48H"),
            ("next week", "DATE", "2012-W48"),
            ("December", "DATE", "2012-12"),
            ("Thursday 22 November 2012", "DATE", "2012-11-22"),
            ("48 hours", "DURATION", "PT48H"),
            ("next week", "DATE", "2012-W48"),
            ("yesterday", "DATE", "2012-11-21"),
            ("6am", "TIME", "2012-11-27T06:00"),
            ("Tuesday", "DATE", "2012-11-27"),
            ("6am", "TIME", "2012-11-29T06:00"),
            ("Thursday", "DATE", "2012-11-29"),
            ("24-hour", "DURATION", "PT24H"),
            ("Monday 10 December", "DATE", "2012-12-10"),
            ("1989", "DATE", "1989"),
            ("nine days", "DURATION", "P9D"),
            ("the summer", "DATE", "2012-SU"),
            ("1 January", "DATE", "2013-01-01"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("Friday", "DATE", "2012-11-16"),
            ("three years", "DURATION", "P3Y"),
            ("September", "DATE", "2012-09"),
            ("last month", "DATE", "2012-10"),
            ("two hours", "DURATION", "PT2H"),
            ("the 2013-14 financial year", "DATE", "FY2014"),
            ("April", "DATE", "2013-04"),
            ("Tuesday", "DATE", "2012-11-27"),
            ("Wednesday", "DATE", "2012-11-28"),
            ("Saturday 1 December", "DATE", "2012-12-01"),
            ("2pm", "TIME", "XXXX-XX-XXT14:00"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("tomorrow morning", "TIME", "2012-11-23TMO"),
            ("the winter", "DATE", "2013-WI"),
            ("Last winter", "DATE", "2012-WI"),
            ("a fortnight", "DURATION", "P2W"),
            ("31 years", "DURATION", "P31Y"),
            ("1989", "DATE", "1989"),
            ("every Wednesday", "SET", "XXXX-WXX-3"),
            ("October", "DATE", "2012-10"),
            ("6am", "TIME", "2012-11-27T06:00"),
            ("Tuesday 27 November", "DATE", "2012-11-27"),
            ("6am", "TIME", "2012-11-29T06:00"),
            ("Thursday 29 November", "DATE", "2012-11-29"),
            ("Monday 10 December", "DATE", "2012-12-10"),
        ],
    ),
    # Monday 2013-10-21 (ISO week 43), Canadian community paper's website, stamp line "NEWS |
    # Oct 21, 2013 | by ..." (the DATE), headline, deck, "PICKEREL FALLS —" dateline. The
    # clinics open "Thursday" (headline and lead) 2013-10-24, "three days later than planned"
    # P3D (the size of a delay, gold_blind35); the shipment "due last Tuesday" 2013-10-15 (the
    # only Tuesday of the week before, gold_blind9's "Monday last" reading) "arrived only on
    # Friday afternoon" 2013-10-18TAF; "the Thanksgiving weekend" 2013-W41-WE (Canadian
    # Thanksgiving, Monday 14 October; the weekend the ISO week of its Saturday, like "the long
    # Thanksgiving weekend" in gold_blind56). "last winter's shortage" (deck) -> "last winter"
    # 2013-WI (the winter of 2012-13); "Last season" (a flu season) is not annotated
    # (gold_blind42, gold_blind61), but the dates it holds are: "closed Dec. 14" 2012-12-14 and
    # "after Christmas" 2012-12-25 (the narrative is last season's, told in the past), "within
    # a week" P1W. "this year" 2013 (twice), "last year" 2012, "ran out in January" 2013-01.
    # "this morning" 2013-10-21TMO; "by Nov. 4" 2013-11-04. Recurring hours: "Thursdays" SET
    # XXXX-WXX-4 with "1 p.m." and "7 p.m." XXXX-XX-XXThh:mm, "Saturdays" SET XXXX-WXX-6 with
    # "10 a.m." and "3 p.m." (gold_blind10, gold_blind93). "On Halloween, Thursday, Oct. 31" ->
    # "Halloween" DATE 2013-10-31 and "Thursday, Oct. 31" one DATE span (an apposition, two
    # TIMEX3 like "Monday is Family Day" in gold_blind103); "two hours early" -> "two hours"
    # PT2H (the size of a shift, gold_blind61); "at 11 a.m." that day 2013-10-31T11:00.
    # "Saturday, Nov. 9" and "noon" 2013-11-09T12:00. "since fall 2012" 2012-FA; "the 2012-13
    # season" -> "2012" and "13" (2013), two DATEs with "season" left out (gold_blind93,
    # gold_blind10). "from Dec. 1" 2013-12-01; "until the end of March" 2014-03 (the coming
    # March); "since Sept. 1" 2013-09-01; "the past two weeks" P2W; "last week" 2013-W42; "by
    # mid-November" 2013-11; "about two weeks" P2W; "over the next six weeks" P6W. Not
    # annotated: "Last season", "six months and older" (an age), "21,500", "19,000", "600",
    # "6,000", "12", "seven", "four", "14", "15,000", "trick-or-treating", "basketball
    # tournament", "wabanohealth.on.ca/flu2013" (a URL holding 2013), "1-800-555-1936".
    "wabano-health-unit-flu-clinics-open": (
        "2013-10-21",
        [
            ("Oct 21, 2013", "DATE", "2013-10-21"),
            ("Thursday", "DATE", "2013-10-24"),
            ("Nov. 30", "DATE", "2013-11-30"),
            ("last winter", "DATE", "2013-WI"),
            ("Thursday", "DATE", "2013-10-24"),
            ("three days", "DURATION", "P3D"),
            ("last Tuesday", "DATE", "2013-10-15"),
            ("Friday afternoon", "TIME", "2013-10-18TAF"),
            ("the Thanksgiving weekend", "DATE", "2013-W41-WE"),
            ("Nov. 30", "DATE", "2013-11-30"),
            ("this year", "DATE", "2013"),
            ("last year", "DATE", "2012"),
            ("January", "DATE", "2013-01"),
            ("Dec. 14", "DATE", "2012-12-14"),
            ("Christmas", "DATE", "2012-12-25"),
            ("a week", "DURATION", "P1W"),
            ("two hours", "DURATION", "PT2H"),
            ("this morning", "TIME", "2013-10-21TMO"),
            ("Nov. 4", "DATE", "2013-11-04"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("1 p.m.", "TIME", "XXXX-XX-XXT13:00"),
            ("7 p.m.", "TIME", "XXXX-XX-XXT19:00"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("3 p.m.", "TIME", "XXXX-XX-XXT15:00"),
            ("Halloween", "DATE", "2013-10-31"),
            ("Thursday, Oct. 31", "DATE", "2013-10-31"),
            ("two hours", "DURATION", "PT2H"),
            ("11 a.m.", "TIME", "2013-10-31T11:00"),
            ("Saturday, Nov. 9", "DATE", "2013-11-09"),
            ("noon", "TIME", "2013-11-09T12:00"),
            ("fall 2012", "DATE", "2012-FA"),
            ("this year", "DATE", "2013"),
            ("2012", "DATE", "2012"),
            ("13", "DATE", "2013"),
            ("Dec. 1", "DATE", "2013-12-01"),
            ("the end of March", "DATE", "2014-03"),
            ("Sept. 1", "DATE", "2013-09-01"),
            ("the past two weeks", "DURATION", "P2W"),
            ("last week", "DATE", "2013-W42"),
            ("mid-November", "DATE", "2013-11"),
            ("about two weeks", "DURATION", "P2W"),
            ("the next six weeks", "DURATION", "P6W"),
        ],
    ),
    # Friday 2013-03-15 (ISO week 11), US local daily's website, headline, deck, stamp
    # "Posted: Friday, March 15, 2013 5:48 pm | Updated: 9:12 pm, Fri Mar 15, 2013." (two DATEs,
    # the first with its weekday, the second with the abbreviated "Fri", and two TIMEs),
    # byline, no dateline. "last weekend" (deck and lead) 2013-W10-WE (9-10 March), its days
    # the past "on Saturday" 2013-03-09 and "on Sunday" 2013-03-10: "between about 7:30 p.m.
    # and 11:45 p.m." that Saturday (the approximator kept in the span) and "from 2 p.m. to 3:30
    # p.m." that Sunday; "until 1:45 a.m. Sunday" 2013-03-10T01:45 (the small hours after the
    # Saturday visit) and "5:30 p.m." on the same Sunday. "developed a fever March 8" and "a
    # rash three days later" 2013-03-11 (anchored on the narrative's last date, gold_blind61);
    # "suspected measles Wednesday" 2013-03-13; "Thursday afternoon" 2013-03-14TAF; "Thursday
    # night" 2013-03-14TNI; "said Friday" the publication day; "today" 2013-03-15. Future:
    # "until at least Tuesday" 2013-03-19, "until March 25", "next week" 2013-W12, the clinic
    # "Saturday" 2013-03-16 "from 9 a.m. to 1 p.m." (one-off hours anchored on that day,
    # gold_blind10) "and again Monday evening" 2013-03-18TEV, "through March 31" (deck and
    # twice in the body). "recently" PAST_REF; "two-week" P2W; "up to two hours" PT2H; "about
    # 10 days" P10D and "up to 21 days" P21D (generic incubation durations, gold_blind61's
    # "over about three months"); "born before 1957" -> "1957"; "the past week" P1W; "last
    # fall" 2012-FA; "in 2008"; "Two years ago" 2011 (the unit's granularity); "over three
    # months" P3M; "the 1950s" 195. Not annotated: "spring break" (a school holiday naming no
    # calendar season, like "the summer holidays" in gold_blind9), "2013 N. Hale Ave." (an
    # address in a 2013 story), "785-555-1996" (a phone number holding 1996, beside the
    # annotated "1996"), "17-year-old", "12 to 15 months" and "4 to 6 years" (ages), "a junior",
    # "240", "31 employees", "88 percent", "94 percent", "14 people", "Sixth Street", "MMR",
    # "one plane ride away", "While contagious".
    "stallard-county-measles-exposure-alert": (
        "2013-03-15",
        [
            ("last weekend", "DATE", "2013-W10-WE"),
            ("March 31", "DATE", "2013-03-31"),
            ("Friday, March 15, 2013", "DATE", "2013-03-15"),
            ("5:48 pm", "TIME", "2013-03-15T17:48"),
            ("9:12 pm", "TIME", "2013-03-15T21:12"),
            ("Fri Mar 15, 2013", "DATE", "2013-03-15"),
            ("last weekend", "DATE", "2013-W10-WE"),
            ("1996", "DATE", "1996"),
            ("recently", "DATE", "PAST_REF"),
            ("two-week", "DURATION", "P2W"),
            ("March 8", "DATE", "2013-03-08"),
            ("three days later", "DATE", "2013-03-11"),
            ("Wednesday", "DATE", "2013-03-13"),
            ("Thursday afternoon", "TIME", "2013-03-14TAF"),
            ("Saturday", "DATE", "2013-03-09"),
            ("about 7:30 p.m.", "TIME", "2013-03-09T19:30"),
            ("11:45 p.m.", "TIME", "2013-03-09T23:45"),
            ("Sunday", "DATE", "2013-03-10"),
            ("2 p.m.", "TIME", "2013-03-10T14:00"),
            ("3:30 p.m.", "TIME", "2013-03-10T15:30"),
            ("up to two hours", "DURATION", "PT2H"),
            ("1:45 a.m.", "TIME", "2013-03-10T01:45"),
            ("Sunday", "DATE", "2013-03-10"),
            ("5:30 p.m.", "TIME", "2013-03-10T17:30"),
            ("about 10 days", "DURATION", "P10D"),
            ("up to 21 days", "DURATION", "P21D"),
            ("March 31", "DATE", "2013-03-31"),
            ("Friday", "DATE", "2013-03-15"),
            ("1957", "DATE", "1957"),
            ("Thursday night", "TIME", "2013-03-14TNI"),
            ("today", "DATE", "2013-03-15"),
            ("March 31", "DATE", "2013-03-31"),
            ("the past week", "DURATION", "P1W"),
            ("at least Tuesday", "DATE", "2013-03-19"),
            ("March 25", "DATE", "2013-03-25"),
            ("next week", "DATE", "2013-W12"),
            ("Saturday", "DATE", "2013-03-16"),
            ("9 a.m.", "TIME", "2013-03-16T09:00"),
            ("1 p.m.", "TIME", "2013-03-16T13:00"),
            ("Monday evening", "TIME", "2013-03-18TEV"),
            ("last fall", "DATE", "2012-FA"),
            ("2008", "DATE", "2008"),
            ("Two years ago", "DATE", "2011"),
            ("three months", "DURATION", "P3M"),
            ("the 1950s", "DATE", "195"),
        ],
    ),
    # Saturday 2015-09-19 (ISO week 38), Indian city page, section label "CITIES > NAVAGARH",
    # headline, credit line "... | Updated: Sep 19, 2015 11:42 IST" (DATE and TIME, the zone
    # in the span and not in the value, gold_blind56, gold_blind103), "NAVAGARH:" dateline
    # without date. The OPD hours recur: the headline's "till 8pm" and "from 8am to 8pm every
    # day" XXXX-XX-XXThh:mm with "every day" SET P1D, "Sundays" (twice) SET XXXX-WXX-7, "Now,
    # OPDs close at 2pm" -> "Now" PRESENT_REF and "2pm" XXXX-XX-XXT14:00; the fever clinics
    # "from 5pm to 9pm every evening" two TIMEs and SET XXXX-XX-XXTEV (gold_blind14). "from
    # Monday" ahead 2015-09-21 and the helpline "started on Monday" 2015-09-14 (the same
    # weekday in both directions); "on Friday" 2015-09-18, "Friday evening" 2015-09-18TEV, "on
    # Tuesday" 2015-09-15, "on Thursday" 2015-09-17; Indian-English "since Wednesday last" one
    # span, the most recent Wednesday 2015-09-16 (gold_blind9's "Monday last"). "this year"
    # 2015; "the past week" P1W; "the weekly report" -> "weekly" SET P1W (gold_blind61);
    # "till October 31"; "since August" 2015-08; "the last 10 days" P10D; "In all of 2014" ->
    # "2014" ("all of" left out, gold_blind61); "the past fortnight" P2W (gold_blind9);
    # "nearly six hours" PT6H; "the next 15 days" P15D; "starting today" 2015-09-19; "by the
    # end of this month" 2015-09; "mid-November" 2015-11; "June 24" 2015-06-24 and "a week
    # late" -> "a week" P1W (the size of a delay); "till September 10" 2015-09-10; "twice a
    # week" SET P1W; "till October-end" 2015-10 and "by August-end" 2015-08 (Indian-English
    # "month-end" forms, DATE of the month like "month-end" in gold_blind9); "since September
    # 1"; "its 2015-16 budget" -> "2015-16" DATE FY2016, the Indian April-March fiscal year
    # named by the year it ends (gold_blind9; see README); "within 48 hours" PT48H; "In 2010"
    # and "between July and November" of that year, 2010-07 and 2010-11. Not annotated: "The
    # monsoon" (a season of no calendar unit, gold_blind22, gold_blind31), "24x7" (like "24/7"
    # in gold_blind61), "1800-180-2015" (a helpline number holding 2015), "the city's worst
    # year" (anaphoric to "2010"), "its usual load", "ward no. 37", "80 wards", "1,100",
    # "1,112", "186", "640", "2,300", "60 beds", "24", "412", "3,600", "2,870", "11", "Rs 500",
    # "Rs 4.5 crore", "Rs 3.1 crore", "NMC-run".
    "navagarh-dengue-cases-opd-hours": (
        "2015-09-19",
        [
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("Sep 19, 2015", "DATE", "2015-09-19"),
            ("11:42 IST", "TIME", "2015-09-19T11:42"),
            ("this year", "DATE", "2015"),
            ("Friday", "DATE", "2015-09-18"),
            ("the past week", "DURATION", "P1W"),
            ("weekly", "SET", "P1W"),
            ("Friday evening", "TIME", "2015-09-18TEV"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("every day", "SET", "P1D"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("Monday", "DATE", "2015-09-21"),
            ("October 31", "DATE", "2015-10-31"),
            ("Now", "DATE", "PRESENT_REF"),
            ("2pm", "TIME", "XXXX-XX-XXT14:00"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("August", "DATE", "2015-08"),
            ("the last 10 days", "DURATION", "P10D"),
            ("2014", "DATE", "2014"),
            ("Tuesday", "DATE", "2015-09-15"),
            ("the past fortnight", "DURATION", "P2W"),
            ("Wednesday last", "DATE", "2015-09-16"),
            ("nearly six hours", "DURATION", "PT6H"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("9pm", "TIME", "XXXX-XX-XXT21:00"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("the next 15 days", "DURATION", "P15D"),
            ("today", "DATE", "2015-09-19"),
            ("the end of this month", "DATE", "2015-09"),
            ("mid-November", "DATE", "2015-11"),
            ("June 24", "DATE", "2015-06-24"),
            ("a week", "DURATION", "P1W"),
            ("September 10", "DATE", "2015-09-10"),
            ("twice a week", "SET", "P1W"),
            ("October-end", "DATE", "2015-10"),
            ("September 1", "DATE", "2015-09-01"),
            ("2015-16", "DATE", "FY2016"),
            ("August-end", "DATE", "2015-08"),
            ("Thursday", "DATE", "2015-09-17"),
            ("48 hours", "DURATION", "PT48H"),
            ("Monday", "DATE", "2015-09-14"),
            ("2010", "DATE", "2010"),
            ("July", "DATE", "2010-07"),
            ("November", "DATE", "2010-11"),
        ],
    ),
    # Wednesday 2014-04-16 (ISO week 16), British regional news website, section label,
    # headline, stamp "Wednesday 16 April 2014, 13:05 BST" (DATE with its weekday and TIME),
    # byline, a pharmacy-hours box. Easter 2014: Good Friday 18 April, Easter Sunday 20 April,
    # Easter Monday 21 April; holidays on the day they fall on (gold_blind3), "Easter" itself
    # (headline, "Easter falls late this year") Easter Sunday 2014-04-20; "the Easter bank
    # holiday weekend" one DATE span 2014-W16-WE (the ISO week of its Saturday, like "the
    # Easter weekend" in gold_blind3). Surgeries close "at 6.30pm on Thursday" 2014-04-17T18:30
    # and reopen "at 8am on Tuesday" 2014-04-22T08:00; "by noon tomorrow" 2014-04-17T12:00 and
    # "tomorrow" 2014-04-17; "from Thursday evening until Tuesday morning" 2014-04-17TEV and
    # 2014-04-22TMO. "Last Easter" 2013-03-31 (Easter Sunday 2013), and in that narrative "at
    # 10am on Easter Monday" 2013-04-01T10:00 and 2013-04-01; "over the four days" P4D; "in
    # three hours" PT3H (how long a past count took, gold_blind35). "Every year" SET P1Y; "for a
    # fortnight" P2W; "since Sunday" 2014-04-13; "for 48 hours" PT48H. The walk-in centre
    # "opens from 8am to 8pm every day" -> XXXX-XX-XXT08:00, XXXX-XX-XXT20:00 and SET P1D;
    # "until 10pm on Good Friday and on Easter Monday" -> "10pm" 2014-04-18T22:00 (written once,
    # valued on the first day named) and the two DATEs. "the week to 6 April" -> "the week"
    # 2014-W14 and "6 April" (a Sunday) 2014-04-06 (gold_blind61); "within four hours" PT4H.
    # "this year" 2014; "began on Friday" 2014-04-11 (past); "Easter Monday afternoon"
    # 2014-04-21TAF. Box: each day line's clock times on that day ("Good Friday: ...
    # 10am-4pm" 2014-04-18T10:00 and T16:00; "Easter Sunday: ... 11am-3pm"; "Easter Monday:
    # ... 10am-4pm"). Not annotated: "NHS 111" (a service's name), "out-of-hours", "around the
    # clock", "the school holidays" (a school holiday naming no calendar unit, gold_blind9),
    # "the busiest time", "THE HOLIDAY" (the box heading, anaphoric to Easter), "A&E",
    # "1,140", "61 people", "93.1%", "95%", "12 pharmacies", "6 pharmacies", "9 pharmacies",
    # "ellesby-ccg.nhs.uk/easter2014" (a URL holding Easter and 2014), "0300 555 2014".
    "ellesby-easter-gp-pharmacy-hours": (
        "2014-04-16",
        [
            ("Easter", "DATE", "2014-04-20"),
            ("Wednesday 16 April 2014", "DATE", "2014-04-16"),
            ("13:05 BST", "TIME", "2014-04-16T13:05"),
            ("6.30pm", "TIME", "2014-04-17T18:30"),
            ("Thursday", "DATE", "2014-04-17"),
            ("8am", "TIME", "2014-04-22T08:00"),
            ("Tuesday", "DATE", "2014-04-22"),
            ("noon", "TIME", "2014-04-17T12:00"),
            ("tomorrow", "DATE", "2014-04-17"),
            ("the Easter bank holiday weekend", "DATE", "2014-W16-WE"),
            ("Thursday evening", "TIME", "2014-04-17TEV"),
            ("Tuesday morning", "TIME", "2014-04-22TMO"),
            ("Last Easter", "DATE", "2013-03-31"),
            ("the four days", "DURATION", "P4D"),
            ("10am", "TIME", "2013-04-01T10:00"),
            ("Easter Monday", "DATE", "2013-04-01"),
            ("three hours", "DURATION", "PT3H"),
            ("Every year", "SET", "P1Y"),
            ("a fortnight", "DURATION", "P2W"),
            ("Sunday", "DATE", "2014-04-13"),
            ("48 hours", "DURATION", "PT48H"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("every day", "SET", "P1D"),
            ("10pm", "TIME", "2014-04-18T22:00"),
            ("Good Friday", "DATE", "2014-04-18"),
            ("Easter Monday", "DATE", "2014-04-21"),
            ("the week", "DATE", "2014-W14"),
            ("6 April", "DATE", "2014-04-06"),
            ("four hours", "DURATION", "PT4H"),
            ("Easter", "DATE", "2014-04-20"),
            ("this year", "DATE", "2014"),
            ("Friday", "DATE", "2014-04-11"),
            ("Easter Monday afternoon", "TIME", "2014-04-21TAF"),
            ("Good Friday", "DATE", "2014-04-18"),
            ("10am", "TIME", "2014-04-18T10:00"),
            ("4pm", "TIME", "2014-04-18T16:00"),
            ("Easter Sunday", "DATE", "2014-04-20"),
            ("11am", "TIME", "2014-04-20T11:00"),
            ("3pm", "TIME", "2014-04-20T15:00"),
            ("Easter Monday", "DATE", "2014-04-21"),
            ("10am", "TIME", "2014-04-21T10:00"),
            ("4pm", "TIME", "2014-04-21T16:00"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
