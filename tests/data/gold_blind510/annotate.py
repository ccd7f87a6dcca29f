"""Annotations of blind gold set 510, chosen by hand before the tagger ran.

    python tests/data/gold_blind510/annotate.py [--show]

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
    # Saturday 1989-09-30 (ISO week 39), AP wire story as the archive keeps it: the slug line
    # "AP-NR-09-30-89 1842EDT" gives the publication day "09-30-89" DATE 1989-09-30 and its
    # clock time "1842EDT" TIME 1989-09-30T18:42 (zone in the span, not in the value, like
    # "5:52 AM CDT" in gold_blind103); the word count ",0402" of the cycle line is a trap.
    # "today" is the day of the wire (gold_blind16, gold_blind20). The federal fiscal year runs
    # October-September and is named by the year it ends: "fiscal 1989" FY1989 ends "at
    # midnight" tonight, the midnight that ends the day, 1989-09-30T24:00 (gold_blind103);
    # the headline's "Fiscal Year" (that ends) is FY1989; "the fiscal year that begins
    # Sunday" is FY1990 plus "Sunday" 1989-10-01 (gold_blind35). The headline's "Hours" is a
    # vague duration anchored to the deadline, PTXH (gold_blind6, gold_blind15). Past: the
    # House "had hoped to finish Friday" 1989-09-29 and argued "until nearly 11 p.m." that
    # Friday (no day named; the day of its narrative) 1989-09-29T23:00, "adjourned at 11:40
    # p.m." 1989-09-29T23:40; OMB wrote "Thursday" 1989-09-28. Future: "Sunday" 1989-10-01
    # (the quote), conferees "Tuesday" 1989-10-03, notices "for Monday morning"
    # 1989-10-02TMO, the defense bill "Wednesday" 1989-10-04. "the weekend" is the one under
    # way, 1989-W39-WE (30 September-1 October). "in January" ahead 1990-01; "the 1990 census"
    # an adjectival year 1990; "April 1 next year" one span 1990-04-01 (gold_blind21, "as of"
    # a signal); "Thanksgiving" 1989-11-23 (fourth Thursday of November); "every fall" SET
    # XXXX-FA (gold_blind41); "Two years ago" 1987 (the unit's granularity) and its
    # "Christmas" 1987-12-25; "week-long" P1W (gold_blind31), "five-year" P5Y; "within 10
    # days, two weeks at the outside" -> P10D and P2W; "the coming weeks" PXW; "maybe six
    # weeks" -> "six weeks" P6W (the hedge left out of the span). Not annotated: "0402",
    # "1st Ld-Writethru", "6 grafs", "81-14", "262-153", "$310 million", "B-2", "$11.9
    # billion", "the 13 regular spending bills", "3.6 percent", "$98 million", "the current
    # one" (the farm measure in force, no time), "by then".
    "house-senate-stopgap-fiscal-deadline": (
        "1989-09-30",
        [
            ("09-30-89", "DATE", "1989-09-30"),
            ("1842EDT", "TIME", "1989-09-30T18:42"),
            ("Three-Week", "DURATION", "P3W"),
            ("Hours", "DURATION", "PTXH"),
            ("Fiscal Year", "DATE", "FY1989"),
            ("today", "DATE", "1989-09-30"),
            ("three weeks", "DURATION", "P3W"),
            ("about six hours", "DURATION", "PT6H"),
            ("fiscal 1989", "DATE", "FY1989"),
            ("midnight", "TIME", "1989-09-30T24:00"),
            ("5:52 p.m. EDT", "TIME", "1989-09-30T17:52"),
            ("less than two hours", "DURATION", "PT2H"),
            ("10 a.m.", "TIME", "1989-09-30T10:00"),
            ("late this afternoon", "TIME", "1989-09-30TAF"),
            ("tonight", "TIME", "1989-09-30TNI"),
            ("Oct. 20", "DATE", "1989-10-20"),
            ("the fiscal year", "DATE", "FY1990"),
            ("Sunday", "DATE", "1989-10-01"),
            ("Friday", "DATE", "1989-09-29"),
            ("nearly 11 p.m.", "TIME", "1989-09-29T23:00"),
            ("11:40 p.m.", "TIME", "1989-09-29T23:40"),
            ("this morning", "TIME", "1989-09-30TMO"),
            ("the weekend", "DATE", "1989-W39-WE"),
            ("Sunday", "DATE", "1989-10-01"),
            ("Tuesday", "DATE", "1989-10-03"),
            ("10 days", "DURATION", "P10D"),
            ("two weeks", "DURATION", "P2W"),
            ("Thursday", "DATE", "1989-09-28"),
            ("Monday morning", "TIME", "1989-10-02TMO"),
            ("this evening", "TIME", "1989-09-30TEV"),
            ("Oct. 20", "DATE", "1989-10-20"),
            ("January", "DATE", "1990-01"),
            ("1990", "DATE", "1990"),
            ("April 1 next year", "DATE", "1990-04-01"),
            ("week-long", "DURATION", "P1W"),
            ("Oct. 6", "DATE", "1989-10-06"),
            ("Thanksgiving", "DATE", "1989-11-23"),
            ("every fall", "SET", "XXXX-FA"),
            ("Two years ago", "DATE", "1987"),
            ("Christmas", "DATE", "1987-12-25"),
            ("Wednesday", "DATE", "1989-10-04"),
            ("the coming weeks", "DURATION", "PXW"),
            ("five-year", "DURATION", "P5Y"),
            ("Oct. 31", "DATE", "1989-10-31"),
            ("six weeks", "DURATION", "P6W"),
        ],
    ),
    # Tuesday 1991-05-21 (ISO week 21), AP Supreme Court story with a header line "Tuesday,
    # May 21, 1991" (one DATE span with its weekday, gold_blind34), headline, byline and
    # "WASHINGTON (AP) _" dateline; "today" (twice) the publication day, "this afternoon" and
    # "tonight" (a quote) its parts. The stop "at 2:30 a.m. on March 14, 1987" -> TIME
    # 1987-03-14T02:30 and DATE 1987-03-14; "slept for eight hours" PT8H; "10-hour" PT10H (an
    # adjectival duration); "a 1982 federal law" 1982 (adjectival year) and "nine years ago"
    # 1982 (the unit's granularity, gold_blind28); "11 months" P11M, "180 days" P180D;
    # "Sept. 2, 1987"; "February 1988" 1988-02; "15 hours" PT15H, "less than 13 hours"
    # PT13H; "four long years" P4Y (the adjective inside the span, like a modifier); "last
    # year" 1990; "within 60 days" -> P60D; "Jan. 15" 1991-01-15 (past); "as of Monday"
    # 1991-05-20 ("as of" a signal, gold_blind30); "late June" 1991-06 and "early July"
    # 1991-07 ahead; "in the fall" ahead 1991-FA (gold_blind35); "sentenced to 99 years"
    # P99Y; "a 1984 bank robbery" 1984; "three-day" P3D; "close at 1 a.m. on weekends" ->
    # "1 a.m." XXXX-XX-XXT01:00 (a recurring closing hour, gold_blind34) and "weekends" SET
    # XXXX-WXX-WE; "Thursday" ahead 1991-05-23; "Tuesday, May 28" one span 1991-05-28; "the
    # Memorial Day weekend" 1991-W21-WE (the weekend before Memorial Day, Monday 27 May, in
    # the ISO week of its Saturday, gold_blind21). Not annotated: "No. 89-1906" (a docket
    # number), "8th U.S. Circuit", "6-3", "47" (age), "312", "190", "43 cases", "two others",
    # "on time" (idiom), "the on-duty total", "the court's work".
    "justices-trucker-hours-ruling": (
        "1991-05-21",
        [
            ("Tuesday, May 21, 1991", "DATE", "1991-05-21"),
            ("today", "DATE", "1991-05-21"),
            ("10-hour", "DURATION", "PT10H"),
            ("2:30 a.m.", "TIME", "1987-03-14T02:30"),
            ("March 14, 1987", "DATE", "1987-03-14"),
            ("eight hours", "DURATION", "PT8H"),
            ("1982", "DATE", "1982"),
            ("1989", "DATE", "1989"),
            ("11 months", "DURATION", "P11M"),
            ("180 days", "DURATION", "P180D"),
            ("Sept. 2, 1987", "DATE", "1987-09-02"),
            ("February 1988", "DATE", "1988-02"),
            ("nine years ago", "DATE", "1982"),
            ("15 hours", "DURATION", "PT15H"),
            ("less than 13 hours", "DURATION", "PT13H"),
            ("now", "DATE", "PRESENT_REF"),
            ("this afternoon", "TIME", "1991-05-21TAF"),
            ("four long years", "DURATION", "P4Y"),
            ("tonight", "TIME", "1991-05-21TNI"),
            ("last year", "DATE", "1990"),
            ("1988", "DATE", "1988"),
            ("now", "DATE", "PRESENT_REF"),
            ("60 days", "DURATION", "P60D"),
            ("Jan. 15", "DATE", "1991-01-15"),
            ("Monday", "DATE", "1991-05-20"),
            ("late June", "DATE", "1991-06"),
            ("early July", "DATE", "1991-07"),
            ("today", "DATE", "1991-05-21"),
            ("the fall", "DATE", "1991-FA"),
            ("1977", "DATE", "1977"),
            ("99 years", "DURATION", "P99Y"),
            ("1984", "DATE", "1984"),
            ("three-day", "DURATION", "P3D"),
            ("1 a.m.", "TIME", "XXXX-XX-XXT01:00"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("Thursday", "DATE", "1991-05-23"),
            ("Tuesday, May 28", "DATE", "1991-05-28"),
            ("the Memorial Day weekend", "DATE", "1991-W21-WE"),
        ],
    ),
    # Wednesday 1990-04-18 (ISO week 16), AP Washington Daybook, header line "Wednesday, April
    # 18, 1990" (one span), an "Eds:" note and listings by clock time. The listing times
    # without a named day are on the Daybook's day, 1990-04-18 (a clock time on the day of
    # its narrative, gold_blind34, gold_blind103), "Noon" in capitals T12:00 (gold_blind2);
    # those under a "LOOKING AHEAD" day heading are on that day: "Thursday" 1990-04-19 with
    # "8:30 a.m.", "10 a.m." and "the morning" (TMO); "Friday" 1990-04-20 with "9:15 a.m.";
    # "Sunday" 1990-04-22 with "noon" and "6 p.m."; "Tuesday, April 24" (one span) with "10
    # a.m." and "the afternoon" (TAF). "Thursday's Daybook" -> "Thursday" 1990-04-19 (the
    # possessive left out); "4:15 p.m. CDT" the local time in Iowa, 1990-04-18T16:15 with the
    # zone in the span; "spends the night in Omaha" -> "the night" 1990-04-18TNI; "Thursday
    # evening" 1990-04-19TEV; "two-day" P2D; "since January" 1990-01; "a week of votes" P1W;
    # "24-month" P24M; "March" (housing starts, industrial production) 1990-03 twice;
    # "monthly" and "weekly" adjectives naming recurring reports, SET P1M and P1W
    # (gold_blind35); "the first since December" -> "December" 1989-12; "Sunday, Earth Day"
    # and "Sunday _ Earth Day" -> two DATEs 1990-04-22 each (like "Monday is Family Day",
    # gold_blind103); "the fiscal 1991 budget" FY1991. Not annotated: "202-555-1990" (a phone
    # number), "SR-328A", "2167 Rayburn", "1100 Longworth" (a room number that reads like a
    # clock time), "S-208", "13th floor", "727 jets", "winter wheat" (a kind of wheat), "the
    # 20th such observance", "All times EDT" (no time), "Suspensions".
    "washington-daybook-white-house-hearings": (
        "1990-04-18",
        [
            ("Wednesday, April 18, 1990", "DATE", "1990-04-18"),
            ("Thursday", "DATE", "1990-04-19"),
            ("5 p.m.", "TIME", "1990-04-18T17:00"),
            ("today", "DATE", "1990-04-18"),
            ("8:45 a.m.", "TIME", "1990-04-18T08:45"),
            ("1:40 p.m.", "TIME", "1990-04-18T13:40"),
            ("two-day", "DURATION", "P2D"),
            ("4:15 p.m. CDT", "TIME", "1990-04-18T16:15"),
            ("the night", "TIME", "1990-04-18TNI"),
            ("Thursday evening", "TIME", "1990-04-19TEV"),
            ("9:30 a.m.", "TIME", "1990-04-18T09:30"),
            ("January", "DATE", "1990-01"),
            ("10 a.m.", "TIME", "1990-04-18T10:00"),
            ("6 p.m.", "TIME", "1990-04-18T18:00"),
            ("a week", "DURATION", "P1W"),
            ("10 a.m.", "TIME", "1990-04-18T10:00"),
            ("24-month", "DURATION", "P24M"),
            ("Noon", "TIME", "1990-04-18T12:00"),
            ("8:30 a.m.", "TIME", "1990-04-18T08:30"),
            ("March", "DATE", "1990-03"),
            ("11 a.m.", "TIME", "1990-04-18T11:00"),
            ("monthly", "SET", "P1M"),
            ("December", "DATE", "1989-12"),
            ("11:30 a.m.", "TIME", "1990-04-18T11:30"),
            ("Sunday", "DATE", "1990-04-22"),
            ("Earth Day", "DATE", "1990-04-22"),
            ("3 p.m.", "TIME", "1990-04-18T15:00"),
            ("fiscal 1991", "DATE", "FY1991"),
            ("Thursday", "DATE", "1990-04-19"),
            ("weekly", "SET", "P1W"),
            ("8:30 a.m.", "TIME", "1990-04-19T08:30"),
            ("10 a.m.", "TIME", "1990-04-19T10:00"),
            ("the morning", "TIME", "1990-04-19TMO"),
            ("Friday", "DATE", "1990-04-20"),
            ("March", "DATE", "1990-03"),
            ("9:15 a.m.", "TIME", "1990-04-20T09:15"),
            ("Sunday", "DATE", "1990-04-22"),
            ("Earth Day", "DATE", "1990-04-22"),
            ("noon", "TIME", "1990-04-22T12:00"),
            ("6 p.m.", "TIME", "1990-04-22T18:00"),
            ("Tuesday, April 24", "DATE", "1990-04-24"),
            ("10 a.m.", "TIME", "1990-04-24T10:00"),
            ("the afternoon", "TIME", "1990-04-24TAF"),
        ],
    ),
    # Friday 1990-05-11 (ISO week 19), AP agency-report story, cycle line "PM-Airline
    # Delays,0413" (the word count reads like a clock time or 13 April: a trap), embargo line
    # "Embargoed until 10 a.m. EDT Friday, May 11, 1990" -> TIME 1990-05-11T10:00 and one
    # DATE span with the weekday (gold_blind42, gold_blind73); "today" the release day. The
    # report month "March" (headline, lead, complaints, "March's figures", flight record)
    # 1990-03; "February" 1990-02 (three times); "March 1989"; "March 6" 1990-03-06; "within
    # 15 minutes of schedule" -> "15 minutes" PT15M (the margin that defines "on time");
    # "monthly" (the report) SET P1M; "the first quarter" 1990-Q1 and "a year earlier" after it
    # 1989-Q1, "a year earlier" after "in March" 1989-03 (the granularity of what it is
    # compared with, gold_blind35); "the 12 months ended March 31" -> "the 12 months" P12M and
    # "March 31" 1990-03-31 (gold_blind20); "September 1987" and "that summer" 1987-SU (a
    # narrative anchor, gold_blind103); the arrival window "between 5 p.m. and 9 p.m." and a
    # flight's departure "at 6:05 p.m. daily" are hours of a recurring schedule
    # XXXX-XX-XXThh:mm (gold_blind34), "daily" SET P1D; "27 times in 31 days" -> "31 days" P31D
    # (the period of a count, like "the third time in two weeks", gold_blind103); "40 daily
    # departures" and "1,400 daily departures" -> "daily" SET P1D (an adjective naming a
    # recurrence, gold_blind35); "since last fall" 1989-FA; "Jan. 9" 1990-01-09; "June 1" ahead
    # 1990-06-01; "since 1985"; "Thursday" past 1990-05-10; the hearing "Wednesday" ahead
    # 1990-05-16; "last spring" said in May 1990 is 1989-SP (the spring of 1990 is the one
    # under way); "the past two years" P2Y; "an hour" PT1H; "The April figures" 1990-04;
    # "early June" 1990-06; "every day from 8 a.m. to 8 p.m." SET P1D and two recurring
    # TIMEs. Not annotated: "0413", "Northline Flight 1989" (a flight number holding a year,
    # after the annotated "March 1989"), "202-555-2220", "Evening Crunch", "evening
    # schedules", "the morning and evening rush" (adjectives naming kinds), "spring break"
    # (a vacation), "on time" (idiom), "13 largest", "10 busiest", "27 times", "471,306",
    # "1,318", "1,102", percentages, "two-thirds".
    "dot-airline-on-time-march-report": (
        "1990-05-11",
        [
            ("10 a.m. EDT", "TIME", "1990-05-11T10:00"),
            ("Friday, May 11, 1990", "DATE", "1990-05-11"),
            ("March", "DATE", "1990-03"),
            ("March", "DATE", "1990-03"),
            ("February", "DATE", "1990-02"),
            ("today", "DATE", "1990-05-11"),
            ("March 6", "DATE", "1990-03-06"),
            ("15 minutes", "DURATION", "PT15M"),
            ("February", "DATE", "1990-02"),
            ("March 1989", "DATE", "1989-03"),
            ("monthly", "SET", "P1M"),
            ("the first quarter", "DATE", "1990-Q1"),
            ("a year earlier", "DATE", "1989-Q1"),
            ("the 12 months", "DURATION", "P12M"),
            ("March 31", "DATE", "1990-03-31"),
            ("September 1987", "DATE", "1987-09"),
            ("that summer", "DATE", "1987-SU"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("6:05 p.m.", "TIME", "XXXX-XX-XXT18:05"),
            ("daily", "SET", "P1D"),
            ("31 days", "DURATION", "P31D"),
            ("February", "DATE", "1990-02"),
            ("March", "DATE", "1990-03"),
            ("March", "DATE", "1990-03"),
            ("a year earlier", "DATE", "1989-03"),
            ("last fall", "DATE", "1989-FA"),
            ("Jan. 9", "DATE", "1990-01-09"),
            ("daily", "SET", "P1D"),
            ("June 1", "DATE", "1990-06-01"),
            ("daily", "SET", "P1D"),
            ("1985", "DATE", "1985"),
            ("Thursday", "DATE", "1990-05-10"),
            ("March", "DATE", "1990-03"),
            ("Wednesday", "DATE", "1990-05-16"),
            ("last spring", "DATE", "1989-SP"),
            ("the past two years", "DURATION", "P2Y"),
            ("an hour", "DURATION", "PT1H"),
            ("April", "DATE", "1990-04"),
            ("early June", "DATE", "1990-06"),
            ("every day", "SET", "P1D"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
        ],
    ),
    # Thursday 1989-11-16 (ISO week 46), AP hearing story as a news archive stores it:
    # "November 16, 1989, Thursday, PM cycle" -> "November 16, 1989, Thursday" one DATE span
    # (a date line with its weekday, here after the date); "PM cycle", "SECTION:", "LENGTH:
    # 377 words" are not annotated. The headline's "Summer's" -> "Summer" 1989-SU, the summer
    # just past, the same as "this summer" in the lead; "today" the hearing day; "Christmas"
    # 1989-12-25; "this year" 1989. "the four weeks ending Nov. 10" -> P4W and 1989-11-10;
    # "August" 1989-08; the delivery standards "one day", "two days", "three days" DURATIONs;
    # "since Labor Day" 1989-09-04 (first Monday of September 1989); "Sept. 12", "Oct. 30";
    # "seven weeks" P7W (the bill's 48 days). "the fourth quarter of fiscal 1989" one span
    # FY1989-Q4 (gold_blind9; the Postal Service's fiscal year ended Sept. 30, as the text
    # says), "Sept. 30" 1989-09-30. The Saturday openings "from 8 a.m. to 6 p.m. on Saturday,
    # Dec. 16, and Saturday, Dec. 23" -> two recurring TIMEs XXXX-XX-XXThh:mm (the same hours
    # on two days, gold_blind34) and two DATE spans with their weekdays; "Monday, Dec. 18";
    # "Dec. 4", "Dec. 15"; "every two weeks" SET P2W; "until January" 1990-01; "9:30 a.m.
    # Tuesday" -> 1989-11-21T09:30 and 1989-11-21; "Thanksgiving" 1989-11-23; "said
    # Wednesday" 1989-11-15; "through 1990" 1990; "early 1991" 1991 (modifier kept,
    # gold_blind3); "in the spring" ahead in November 1990-SP (gold_blind35); "Since 1971";
    # "its 1970 charter" 1970 (an adjectival year); "this week" 1989-W46; "came back in two
    # days" P2D (how long a past delivery took, gold_blind35). Not annotated: "since then"
    # (anaphoric), "Holiday Mail", "first-class", "91 percent of the time", "The busiest day"
    # (a description of Dec. 18, which is annotated), "five-digit", "20260" (a ZIP code),
    # "25-cent", "40 miles", "412", "6,000", "14 cities", "1,200", "140 million", "twice".
    "postal-holiday-mail-house-hearing": (
        "1989-11-16",
        [
            ("November 16, 1989, Thursday", "DATE", "1989-11-16"),
            ("Summer", "DATE", "1989-SU"),
            ("today", "DATE", "1989-11-16"),
            ("Christmas", "DATE", "1989-12-25"),
            ("this year", "DATE", "1989"),
            ("this summer", "DATE", "1989-SU"),
            ("the four weeks", "DURATION", "P4W"),
            ("Nov. 10", "DATE", "1989-11-10"),
            ("August", "DATE", "1989-08"),
            ("one day", "DURATION", "P1D"),
            ("two days", "DURATION", "P2D"),
            ("three days", "DURATION", "P3D"),
            ("Labor Day", "DATE", "1989-09-04"),
            ("Sept. 12", "DATE", "1989-09-12"),
            ("Oct. 30", "DATE", "1989-10-30"),
            ("seven weeks", "DURATION", "P7W"),
            ("the fourth quarter of fiscal 1989", "DATE", "FY1989-Q4"),
            ("Sept. 30", "DATE", "1989-09-30"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("Saturday, Dec. 16", "DATE", "1989-12-16"),
            ("Saturday, Dec. 23", "DATE", "1989-12-23"),
            ("Monday, Dec. 18", "DATE", "1989-12-18"),
            ("Dec. 4", "DATE", "1989-12-04"),
            ("Dec. 15", "DATE", "1989-12-15"),
            ("every two weeks", "SET", "P2W"),
            ("January", "DATE", "1990-01"),
            ("9:30 a.m.", "TIME", "1989-11-21T09:30"),
            ("Tuesday", "DATE", "1989-11-21"),
            ("Thanksgiving", "DATE", "1989-11-23"),
            ("Wednesday", "DATE", "1989-11-15"),
            ("1990", "DATE", "1990"),
            ("early 1991", "DATE", "1991"),
            ("the spring", "DATE", "1990-SP"),
            ("1971", "DATE", "1971"),
            ("1970", "DATE", "1970"),
            ("this week", "DATE", "1989-W46"),
            ("two days", "DURATION", "P2D"),
        ],
    ),
    # Sunday 1991-06-09 (ISO week 23), AP weekend advance on the coming week in Congress:
    # the editors' line "Eds: Advance for Sunday AMs, June 9" names the publication day ->
    # "Sunday" and "June 9", two DATEs 1991-06-09 ("AMs", the morning papers, is a cycle and
    # not annotated). "the week ahead" (body) and the headline's "Week Ahead" are the week
    # that starts tomorrow, 1991-W24 (10-16 June), like "next week" in a Sunday paper
    # (gold_blind25) and "The winter ahead" (gold_blind103); "the week could slip" the same
    # week; "the following week" after it 1991-W25. The day headings "Monday _" to "Friday _"
    # are the coming days 1991-06-10 to 1991-06-14, and the clock times under each heading
    # are on that day ("noon" twice and "5 p.m." Monday, "2:15 p.m." Tuesday, "10 a.m."
    # Wednesday, "the morning" and "11 a.m." Friday); "until Tuesday" (under Monday)
    # 1991-06-11. Past: "warmed up Thursday" 1991-06-06 and "spent Friday afternoon"
    # 1991-06-07TAF; the same weekdays ahead under the headings (the tense of the clause
    # decides, gold_blind34). "stalled since March" 1991-03; "fiscal 1992" FY1992 and "Oct. 1"
    # 1991-10-01; "three weeks" P3W; "their July 4 recess" -> "July 4" 1991-07-04 (like "the
    # Nov. 4 elections", gold_blind41); "for two years" P2Y; "30 hours" PT30H; "seven-day"
    # P7D; "one year" P1Y; "every Thursday" SET XXXX-WXX-4; "since 1989"; "five-year" P5Y;
    # "Sept. 30" 1991-09-30; "Friday _ Flag Day" -> two DATEs 1991-06-14; "every year since
    # 1983" SET P1Y and 1983; "by Friday" (the quote) 1991-06-14; "late Thursday night"
    # 1991-06-13TNI; "Friday morning" 1991-06-14TMO; "October 1990" 1990-10; "nearly two
    # years" P2Y; "from June 28 until July 8" 1991-06-28 and 1991-07-08. Not annotated: "H.R.
    # 1992" (a bill number, after the annotated "fiscal 1992"), "243-178", "60 senators", "65
    # mph", "four-lane", "the 13 spending bills", "$31 billion", "by then", "a special
    # session", "the recess".
    "congress-week-ahead-crime-highway": (
        "1991-06-09",
        [
            ("Sunday", "DATE", "1991-06-09"),
            ("June 9", "DATE", "1991-06-09"),
            ("Week Ahead", "DATE", "1991-W24"),
            ("the week ahead", "DATE", "1991-W24"),
            ("March", "DATE", "1991-03"),
            ("fiscal 1992", "DATE", "FY1992"),
            ("Oct. 1", "DATE", "1991-10-01"),
            ("three weeks", "DURATION", "P3W"),
            ("July 4", "DATE", "1991-07-04"),
            ("Thursday", "DATE", "1991-06-06"),
            ("two years", "DURATION", "P2Y"),
            ("Friday afternoon", "TIME", "1991-06-07TAF"),
            ("Monday", "DATE", "1991-06-10"),
            ("noon", "TIME", "1991-06-10T12:00"),
            ("5 p.m.", "TIME", "1991-06-10T17:00"),
            ("noon", "TIME", "1991-06-10T12:00"),
            ("Tuesday", "DATE", "1991-06-11"),
            ("Tuesday", "DATE", "1991-06-11"),
            ("2:15 p.m.", "TIME", "1991-06-11T14:15"),
            ("30 hours", "DURATION", "PT30H"),
            ("seven-day", "DURATION", "P7D"),
            ("one year", "DURATION", "P1Y"),
            ("Wednesday", "DATE", "1991-06-12"),
            ("10 a.m.", "TIME", "1991-06-12T10:00"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
            ("1989", "DATE", "1989"),
            ("Thursday", "DATE", "1991-06-13"),
            ("five-year", "DURATION", "P5Y"),
            ("Sept. 30", "DATE", "1991-09-30"),
            ("Friday", "DATE", "1991-06-14"),
            ("Flag Day", "DATE", "1991-06-14"),
            ("the morning", "TIME", "1991-06-14TMO"),
            ("11 a.m.", "TIME", "1991-06-14T11:00"),
            ("every year", "SET", "P1Y"),
            ("1983", "DATE", "1983"),
            ("the week", "DATE", "1991-W24"),
            ("Friday", "DATE", "1991-06-14"),
            ("late Thursday night", "TIME", "1991-06-13TNI"),
            ("Friday morning", "TIME", "1991-06-14TMO"),
            ("October 1990", "DATE", "1990-10"),
            ("nearly two years", "DURATION", "P2Y"),
            ("the following week", "DATE", "1991-W25"),
            ("June 28", "DATE", "1991-06-28"),
            ("July 8", "DATE", "1991-07-08"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
