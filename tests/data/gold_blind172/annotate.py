"""Annotations of the hundred-and-seventy-second blind gold set, chosen by hand before the tagger
ran.

    python tests/data/gold_blind172/annotate.py [--show]

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
    # Tuesday 2014-08-12 (ISO week 33), British regional daily's A-level results preview,
    # headline, standfirst, byline, date line "Tuesday 12 August 2014", no dateline. Results
    # day is Thursday 2014-08-14: "8am on Thursday" (headline and lead, also the phone lines)
    # a TIME 2014-08-14T08:00 and its DATE; "from 6.30am" (staff in on results day) and "until
    # 8pm" are clock times of that day; "Thursday afternoon" 2014-08-14TAF, "Saturday
    # morning" 2014-08-16TMO, "Friday 29 August", "Thursday 21 August" ahead. Past: "From
    # Wednesday night" is ahead, 2014-08-13TNI (the night before results); "since the
    # weekend" in a quote of a Tuesday paper is the weekend just past, 2014-W32-WE (9-10
    # August); "last Tuesday" in a Tuesday paper the Tuesday of the week before, 2014-08-05
    # (gold_blind4). "tightest clearing in six years" the period of a superlative, P6Y
    # (gold_blind28, gold_blind101). "the 2014 entry" (standfirst and body) -> "2014"
    # DATE, the year students enter, an adjectival year like
    # "the 2024 academic year" (gold_blind22); "entry" left out (see README). "this year's
    # round" -> "this year" 2014; "Last year" and "a year ago" 2013; "Last summer" 2013-SU;
    # "the past two years" P2Y; "nearly two months ago" 2014-06 (the unit's granularity);
    # "the summer" (the current one) 2014-SU; "September" 2014-09; "next year" 2015; "a week
    # later" after the A-level results DATE 2014-W34 (gold_blind68) plus "Thursday 21
    # August"; the helpline's hours "from 7am to 7pm daily" XXXX-XX-XXThh:mm and SET P1D.
    # Not annotated: "the same time" (anaphoric), "clearing" (twice), "Clearing", "sixth-
    # formers", "A or A*", "AAB", "26.3 per cent", "4 per cent", "1,900", "2,300", "180",
    # "400", "18" (an age), "01632 962014" (a phone number holding 2014),
    # "harcombe.gov.uk/results2014", "Ucas Track", "main deadline".
    "harcombe-a-level-results-clearing": (
        "2014-08-12",
        [
            ("8am", "TIME", "2014-08-14T08:00"),
            ("Thursday", "DATE", "2014-08-14"),
            ("six years", "DURATION", "P6Y"),
            ("2014", "DATE", "2014"),
            ("Tuesday 12 August 2014", "DATE", "2014-08-12"),
            ("8am", "TIME", "2014-08-14T08:00"),
            ("Thursday", "DATE", "2014-08-14"),
            ("30 September", "DATE", "2014-09-30"),
            ("Last year", "DATE", "2013"),
            ("48 hours", "DURATION", "PT48H"),
            ("this year", "DATE", "2014"),
            ("2014", "DATE", "2014"),
            ("30 June", "DATE", "2014-06-30"),
            ("6.30am", "TIME", "2014-08-14T06:30"),
            ("18 June", "DATE", "2014-06-18"),
            ("eight weeks", "DURATION", "P8W"),
            ("the weekend", "DATE", "2014-W32-WE"),
            ("Last summer", "DATE", "2013-SU"),
            ("the past two years", "DURATION", "P2Y"),
            ("a year ago", "DATE", "2013"),
            ("2013", "DATE", "2013"),
            ("next year", "DATE", "2015"),
            ("8am", "TIME", "2014-08-14T08:00"),
            ("Thursday", "DATE", "2014-08-14"),
            ("8pm", "TIME", "2014-08-14T20:00"),
            ("September", "DATE", "2014-09"),
            ("nearly two months ago", "DATE", "2014-06"),
            ("the summer", "DATE", "2014-SU"),
            ("Wednesday night", "TIME", "2014-08-13TNI"),
            ("a week later", "DATE", "2014-W34"),
            ("Thursday 21 August", "DATE", "2014-08-21"),
            ("last Tuesday", "DATE", "2014-08-05"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("7pm", "TIME", "XXXX-XX-XXT19:00"),
            ("daily", "SET", "P1D"),
            ("Friday 29 August", "DATE", "2014-08-29"),
            ("Thursday afternoon", "TIME", "2014-08-14TAF"),
            ("Saturday morning", "TIME", "2014-08-16TMO"),
        ],
    ),
    # Sunday 2013-10-27 (ISO week 43), US regional paper's admissions story, headline, byline
    # "Staff Writer", date line "Sunday, October 27, 2013", "NEW HARTLEY, Conn. —" dateline.
    # The early-decision deadline is Friday 2013-11-01 ("Nov. 1" in headline and body, "11:59
    # p.m." that day); "With five days left before" its deadline -> "five days" P5D (a
    # duration anchored to an event, gold_blind101). Past: "said Friday" 2013-10-25, "as of
    # Thursday afternoon" 2013-10-24TAF, "since Monday" 2013-10-21. Future: "By Friday night"
    # 2013-11-01TNI (the same weekday both ways), "until 6 p.m. on Halloween" 2013-10-31T18:00
    # and 2013-10-31. The admissions cycle runs on into 2014: "mid-December" 2013-12, "Jan.
    # 10", "Jan. 15", "late March" 2014-03, "May 1", "Saturday, Jan. 25" with "10 a.m." and
    # "3 p.m." that day, "Dec. 20" 2013-12-20. "last year's early round" -> "last year" 2012,
    # "a year ago" 2012, "Ten years ago" 2003, "five years ago" 2008; "this fall" 2013-FA;
    # "over the summer" 2013-SU; "every afternoon" SET XXXX-XX-XXTAF; "every year" P1Y; "twice
    # a day" P1D; "Oct. 31, 2012" one span. Not annotated: "the class of 2018" (a cohort,
    # gold_blind32, gold_blind101), "the eve of the deadline" (a day named by an event, its
    # day is "Halloween"), "early decision", "the regular pool", "the last minute" (an idiom),
    # "this time" (an occasion), "earlier", "1,412", "1,260", "1,900", "41 percent", "19
    # percent", "40 seniors", "brierley.edu/visit2013", "(860) 555-2018".
    "brierley-college-early-decision-surge": (
        "2013-10-27",
        [
            ("Nov. 1", "DATE", "2013-11-01"),
            ("Sunday, October 27, 2013", "DATE", "2013-10-27"),
            ("five days", "DURATION", "P5D"),
            ("last year", "DATE", "2012"),
            ("Friday", "DATE", "2013-10-25"),
            ("Thursday afternoon", "TIME", "2013-10-24TAF"),
            ("a year ago", "DATE", "2012"),
            ("11:59 p.m.", "TIME", "2013-11-01T23:59"),
            ("Nov. 1", "DATE", "2013-11-01"),
            ("mid-December", "DATE", "2013-12"),
            ("Ten years ago", "DATE", "2003"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Jan. 10", "DATE", "2014-01-10"),
            ("Jan. 15", "DATE", "2014-01-15"),
            ("late March", "DATE", "2014-03"),
            ("May 1", "DATE", "2014-05-01"),
            ("last year", "DATE", "2012"),
            ("2011", "DATE", "2011"),
            ("now", "DATE", "PRESENT_REF"),
            ("every afternoon", "SET", "XXXX-XX-XXTAF"),
            ("Monday", "DATE", "2013-10-21"),
            ("6 p.m.", "TIME", "2013-10-31T18:00"),
            ("Halloween", "DATE", "2013-10-31"),
            ("this fall", "DATE", "2013-FA"),
            ("five years ago", "DATE", "2008"),
            ("Friday night", "TIME", "2013-11-01TNI"),
            ("every year", "SET", "P1Y"),
            ("about three hours", "DURATION", "PT3H"),
            ("Oct. 31, 2012", "DATE", "2012-10-31"),
            ("48 hours", "DURATION", "PT48H"),
            ("the summer", "DATE", "2013-SU"),
            ("Saturday, Jan. 25", "DATE", "2014-01-25"),
            ("10 a.m.", "TIME", "2014-01-25T10:00"),
            ("3 p.m.", "TIME", "2014-01-25T15:00"),
            ("twice a day", "SET", "P1D"),
            ("Dec. 20", "DATE", "2013-12-20"),
        ],
    ),
    # Thursday 2012-05-24 (ISO week 21), Indian daily's board-results notice, headline,
    # standfirst, "Staff Reporter", dateline "KESARPUR, May 24, 2012" (the publication day).
    # The results come "at 1 p.m. on May 25 (Friday)": TIME 2012-05-25T13:00, DATE "May 25" and
    # the bracketed weekday "Friday" a DATE of its own (two spans, see README); the headline
    # "on Friday at 1 p.m." the same. The chairman spoke "on Wednesday" 2012-05-23; "on Monday
    # last" -> "Monday last" one span (gold_blind9), in a Thursday paper the Monday of this
    # week, 2012-05-21, the most recent Monday. Future: "4 p.m. on Saturday" 2012-05-26,
    # "till June" 2012-06, "June 5", "June 9" (15 days after the results), "the end of July"
    # 2012-07, "June 1", "July 16", "July 1", "May 31", "June 20". "within 15 days of
    # declaration" (standfirst and body) -> "15 days" P15D; "the Board's 47-year history"
    # DURATION on the adjective; "five days ahead of schedule" and "by nearly three weeks"
    # the size of a shift, P5D and P3W; "within a week" P1W; "a fortnight" P2W (gold_blind9);
    # "a month" P1M. "Last year" 2011; "This year" 2012; "from 8 a.m. to 8 p.m. daily" two
    # TIMEs XXXX-XX-XXThh:mm and SET P1D; "its annual merit-list function" SET P1Y
    # (gold_blind101). Not annotated: "Class XII", "Class X", "Class XI", "the new academic
    # session" (a school year, no value), "6.4 lakh", "38 lakh", "112 centres", "MBSE12",
    # "56263", "mbseresults.nic.in", "Rs. 500", "71.2 per cent", "68.9 per cent", "07462-252012"
    # (a phone number ending in 2012), "9,000 calls", "the top 10", "the first time".
    "mbse-class-xii-results-friday": (
        "2012-05-24",
        [
            ("Friday", "DATE", "2012-05-25"),
            ("1 p.m.", "TIME", "2012-05-25T13:00"),
            ("15 days", "DURATION", "P15D"),
            ("May 24, 2012", "DATE", "2012-05-24"),
            ("1 p.m.", "TIME", "2012-05-25T13:00"),
            ("May 25", "DATE", "2012-05-25"),
            ("Friday", "DATE", "2012-05-25"),
            ("Wednesday", "DATE", "2012-05-23"),
            ("March 1", "DATE", "2012-03-01"),
            ("March 29", "DATE", "2012-03-29"),
            ("47-year", "DURATION", "P47Y"),
            ("May 15", "DATE", "2012-05-15"),
            ("five days", "DURATION", "P5D"),
            ("Monday last", "DATE", "2012-05-21"),
            ("June", "DATE", "2012-06"),
            ("4 p.m.", "TIME", "2012-05-26T16:00"),
            ("Saturday", "DATE", "2012-05-26"),
            ("June 5", "DATE", "2012-06-05"),
            ("15 days", "DURATION", "P15D"),
            ("June 9", "DATE", "2012-06-09"),
            ("the end of July", "DATE", "2012-07"),
            ("a week", "DURATION", "P1W"),
            ("June 1", "DATE", "2012-06-01"),
            ("July 16", "DATE", "2012-07-16"),
            ("a fortnight", "DURATION", "P2W"),
            ("July 1", "DATE", "2012-07-01"),
            ("Last year", "DATE", "2011"),
            ("2010", "DATE", "2010"),
            ("This year", "DATE", "2012"),
            ("nearly three weeks", "DURATION", "P3W"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
            ("May 31", "DATE", "2012-05-31"),
            ("a month", "DURATION", "P1M"),
            ("2011", "DATE", "2011"),
            ("annual", "SET", "P1Y"),
            ("June 20", "DATE", "2012-06-20"),
        ],
    ),
    # Friday 2014-10-10 (ISO week 41), Scottish daily's term-dates story, headline, standfirst,
    # byline, date line "Friday 10 October 2014", no dateline. Pupils "break up today"
    # 2014-10-10 "for the October week" (13-17 October): "October" DATE 2014-10 in headline
    # and lead, the adjectival month of a school holiday with the holiday word left out, like
    # "The October mid-term break" (gold_blind25); term resumes "on 20 October" 2014-10-20.
    # The committee voted "on Tuesday" 2014-10-07; "the 2015-16 session" (a Scottish school
    # year) -> "2015" and "16" DATE 2016, split like "the 2014-15 school year" (gold_blind44,
    # gold_blind101). The new dates: "Thursday 25 June 2015", "Wednesday 19 August" 2015,
    # "Monday 17 August", "Tuesday 18 August", "Tuesday 22 December", "Christmas" 2015-12-25,
    # "Wednesday 6 January 2016"; "the February break" -> "February" 2016-02 (in the 2015-16
    # session); "lose two days of preparation time in August" -> "August" 2015-08. "two
    # days" (standfirst, "two days later than they did this year", "from two days to a full
    # week", "lose two days") P2D each time, sizes of a period or a shift; "one week" and "a
    # full week" P1W. "next year" and "2015" the same year; "this year" 2014;
    # "last spring" 2014-SP; "next spring" 2015-SP; "over the summer" (past) 2014-SU; "For
    # years" -> "years" PXY; "three weeks" P3W; "nine years" P9Y; "at least 2020" with its
    # modifier (gold_blind35's "at least March"); "7pm on Thursday 30 October" a TIME and a
    # DATE; "this week" 2014-W41. Not annotated: "the summer holiday" and "the summer break"
    # (holidays; "summer" is a label, gold_blind25's "the summer recess"), "traditional autumn
    # holiday" and "The autumn holiday", "the holiday", "in-service days", "term", "the
    # following session" (a school year, no value), "as usual", "a bit later", "9-4",
    # "21,000", "3,400", "2 per cent", "P7", "strathkellan.gov.uk/termdates1516".
    "strathkellan-october-week-term-dates": (
        "2014-10-10",
        [
            ("October", "DATE", "2014-10"),
            ("two days", "DURATION", "P2D"),
            ("next year", "DATE", "2015"),
            ("Friday 10 October 2014", "DATE", "2014-10-10"),
            ("today", "DATE", "2014-10-10"),
            ("October", "DATE", "2014-10"),
            ("20 October", "DATE", "2014-10-20"),
            ("2015", "DATE", "2015"),
            ("Tuesday", "DATE", "2014-10-07"),
            ("2015", "DATE", "2015"),
            ("16", "DATE", "2016"),
            ("last spring", "DATE", "2014-SP"),
            ("Thursday 25 June 2015", "DATE", "2015-06-25"),
            ("Wednesday 19 August", "DATE", "2015-08-19"),
            ("two days", "DURATION", "P2D"),
            ("this year", "DATE", "2014"),
            ("Monday 17 August", "DATE", "2015-08-17"),
            ("Tuesday 18 August", "DATE", "2015-08-18"),
            ("one week", "DURATION", "P1W"),
            ("February", "DATE", "2016-02"),
            ("two days", "DURATION", "P2D"),
            ("a full week", "DURATION", "P1W"),
            ("Christmas", "DATE", "2015-12-25"),
            ("Tuesday 22 December", "DATE", "2015-12-22"),
            ("Wednesday 6 January 2016", "DATE", "2016-01-06"),
            ("years", "DURATION", "PXY"),
            ("two days", "DURATION", "P2D"),
            ("August", "DATE", "2015-08"),
            ("three weeks", "DURATION", "P3W"),
            ("the summer", "DATE", "2014-SU"),
            ("nine years", "DURATION", "P9Y"),
            ("17 September", "DATE", "2014-09-17"),
            ("2013", "DATE", "2013"),
            ("August 2015", "DATE", "2015-08"),
            ("at least 2020", "DATE", "2020"),
            ("7pm", "TIME", "2014-10-30T19:00"),
            ("Thursday 30 October", "DATE", "2014-10-30"),
            ("next spring", "DATE", "2015-SP"),
            ("this week", "DATE", "2014-W41"),
        ],
    ),
    # Wednesday 2015-12-16 (ISO week 51), Australian metropolitan paper's website, headline,
    # byline, stamp "Updated 16 December 2015 11:47am" (DATE and TIME), no dateline. ATARs come
    # "at 9am tomorrow" 2015-12-17T09:00 (headline, lead and "from 9am", the same morning)
    # with "tomorrow" 2015-12-17, HSC marks came "at 6am today". "a day after" the marks ->
    # "a day" P1D and "two days before Christmas" -> "two days" P2D, durations anchored to an
    # event; "three days earlier than in 2014" the size of a shift, P3D. "until midnight on
    # Monday 21 December" -> "midnight" 2015-12-21T24:00, the end of that day (gold_blind101,
    # gold_blind103). "January" and "14 January" 2016; "December" after "Last year" 2014-12;
    # "September", "October", "May" past months of 2015; "this year" 2015; "The first hour"
    # DURATION PT1H, the ordinal period of an event (gold_blind35's "The first week");
    # "the past six weeks" P6W; "every morning" SET XXXX-XX-XXTMO; "Tonight" 2015-12-16TNI;
    # "the summer" ahead in December is the southern summer of 2015-16, valued by its January
    # and February, 2016-SU (gold_blind9); "a year" P1Y; "every day" SET P1D. Not annotated:
    # "first semester" (a semester, gold_blind68), "schoolies" (an event), "orientation",
    # "Year 11", "Year 12", "the main round", "that round", "the next offers", "about 70", "95",
    # "below 30", "99.95", "0.05", "17" (an age), "52 per cent", "74,000", "9,000", "1300 555
    # 016", "Station Street".
    "wentworth-vale-atar-release": (
        "2015-12-16",
        [
            ("9am", "TIME", "2015-12-17T09:00"),
            ("tomorrow", "DATE", "2015-12-17"),
            ("two days", "DURATION", "P2D"),
            ("Christmas", "DATE", "2015-12-25"),
            ("16 December 2015", "DATE", "2015-12-16"),
            ("11:47am", "TIME", "2015-12-16T11:47"),
            ("9am", "TIME", "2015-12-17T09:00"),
            ("tomorrow", "DATE", "2015-12-17"),
            ("a day", "DURATION", "P1D"),
            ("6am", "TIME", "2015-12-16T06:00"),
            ("today", "DATE", "2015-12-16"),
            ("9am", "TIME", "2015-12-17T09:00"),
            ("midnight", "TIME", "2015-12-21T24:00"),
            ("Monday 21 December", "DATE", "2015-12-21"),
            ("Wednesday 23 December", "DATE", "2015-12-23"),
            ("January", "DATE", "2016-01"),
            ("14 January", "DATE", "2016-01-14"),
            ("Last year", "DATE", "2014"),
            ("December", "DATE", "2014-12"),
            ("three days", "DURATION", "P3D"),
            ("2014", "DATE", "2014"),
            ("27 November", "DATE", "2015-11-27"),
            ("8am", "TIME", "2015-12-17T08:00"),
            ("noon", "TIME", "2015-12-17T12:00"),
            ("tomorrow", "DATE", "2015-12-17"),
            ("The first hour", "DURATION", "PT1H"),
            ("5 November", "DATE", "2015-11-05"),
            ("the past six weeks", "DURATION", "P6W"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("Tonight", "TIME", "2015-12-16TNI"),
            ("September", "DATE", "2015-09"),
            ("October", "DATE", "2015-10"),
            ("this year", "DATE", "2015"),
            ("May", "DATE", "2015-05"),
            ("29 February 2016", "DATE", "2016-02-29"),
            ("the summer", "DATE", "2016-SU"),
            ("a year", "DURATION", "P1Y"),
            ("2009", "DATE", "2009"),
            ("every day", "SET", "P1D"),
            ("24 December", "DATE", "2015-12-24"),
        ],
    ),
    # Saturday 2013-06-01 (ISO week 22), Irish daily's exam-timetable story, headline,
    # standfirst, byline, date line "Saturday 1 June 2013", no dateline. The Leaving Cert
    # begins on Wednesday 2013-06-05 (headline and lead) with English Paper 1 "at 9.30am";
    # "two days after the June bank holiday on Monday" -> "two days" P2D, "the June bank
    # holiday" one DATE span with its determiner 2013-06-03 (the first Monday of June, like
    # "the May Day bank holiday" in gold_blind27) and "Monday" the same day. "the same day"
    # an anaphoric DATE 2013-06-05 (gold_blind52) and its "afternoon" -> "the afternoon"
    # 2013-06-05TAF; "Thursday morning" 2013-06-06TMO, "Friday afternoon" 2013-06-07TAF,
    # "Monday 10 June", "Wednesday 26 June". "Exams run for more than three weeks" P3W;
    # results "on 14 August" and offers "five days later" -> DATE 2013-08-19 (the unit's
    # granularity, on the results day), also written "Monday 19 August"; "10am on 14 August" a
    # TIME and a DATE. "said yesterday" 2013-05-31; "in February" 2013-02; "This year" 2013;
    # "Last year" 2012; "in the autumn" ahead 2013-FA; "Easter" 2013-03-31; "this weekend" in a
    # Saturday paper the weekend under way, 2013-W22-WE; "next week" (twice) 2013-W23.
    # "Most papers last three hours" PT3H; "10 minutes before the start" PT10M; "12 hours at
    # a stretch" -> "12 hours" PT12H; "5.15pm on 1 July"; the helpline "from 10am to 1pm
    # daily" two TIMEs XXXX-XX-XXThh:mm and SET P1D, "until 28 June". Not annotated: "English
    # Paper 1", "English Paper 2", "Maths Paper 2", "round one", "change-of-mind", "sixth-years",
    # "600 points", "24 degrees", "8 per cent", "55,000", "58,000", "24 pilot schools",
    # "1800 265 165", "the start" (the start of a paper), "much of" (kept out with "for").
    "leaving-cert-english-paper-one-wednesday": (
        "2013-06-01",
        [
            ("Wednesday", "DATE", "2013-06-05"),
            ("more than three weeks", "DURATION", "P3W"),
            ("14 August", "DATE", "2013-08-14"),
            ("five days later", "DATE", "2013-08-19"),
            ("Saturday 1 June 2013", "DATE", "2013-06-01"),
            ("9.30am", "TIME", "2013-06-05T09:30"),
            ("Wednesday", "DATE", "2013-06-05"),
            ("two days", "DURATION", "P2D"),
            ("the June bank holiday", "DATE", "2013-06-03"),
            ("Monday", "DATE", "2013-06-03"),
            ("the same day", "DATE", "2013-06-05"),
            ("the afternoon", "TIME", "2013-06-05TAF"),
            ("February", "DATE", "2013-02"),
            ("Thursday morning", "TIME", "2013-06-06TMO"),
            ("Friday afternoon", "TIME", "2013-06-07TAF"),
            ("Monday 10 June", "DATE", "2013-06-10"),
            ("Wednesday 26 June", "DATE", "2013-06-26"),
            ("This year", "DATE", "2013"),
            ("2008", "DATE", "2008"),
            ("Last year", "DATE", "2012"),
            ("yesterday", "DATE", "2013-05-31"),
            ("the autumn", "DATE", "2013-FA"),
            ("three hours", "DURATION", "PT3H"),
            ("10 minutes", "DURATION", "PT10M"),
            ("12 hours", "DURATION", "PT12H"),
            ("Easter", "DATE", "2013-03-31"),
            ("this weekend", "DATE", "2013-W22-WE"),
            ("next week", "DATE", "2013-W23"),
            ("next week", "DATE", "2013-W23"),
            ("5.15pm", "TIME", "2013-07-01T17:15"),
            ("1 July", "DATE", "2013-07-01"),
            ("10am", "TIME", "2013-08-14T10:00"),
            ("14 August", "DATE", "2013-08-14"),
            ("Monday 19 August", "DATE", "2013-08-19"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("1pm", "TIME", "XXXX-XX-XXT13:00"),
            ("daily", "SET", "P1D"),
            ("28 June", "DATE", "2013-06-28"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
