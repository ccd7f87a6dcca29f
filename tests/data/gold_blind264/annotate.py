"""Annotations of the two-hundred-and-sixty-fourth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind264/annotate.py [--show]

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
    # Tuesday 2012-04-03 (ISO week 14), US college daily, headline, byline "Staff Writer", date
    # line "Tuesday, April 3, 2012", no dateline. Registration "opens Monday" (headline and
    # lead) is the coming Monday 2012-04-09; holds cleared "by 5 p.m. Friday" 2012-04-06T17:00
    # and the DATE; the registrar spoke "yesterday" 2012-04-02. "Wednesday, April 11" one DATE
    # span; "in June and July" 2012-06 and 2012-07 (ahead). "this year" 2012 and "this fall"
    # 2012-FA (the calendar season, gold_blind101's "next fall"). "five days, not two weeks"
    # P5D and P2W (the headline's "five days" too); "a week before spring break" -> "a week"
    # P1W, a duration anchored to an event (gold_blind35); "a 15-week semester" -> "15-week"
    # P15W (adjectival duration). Spring break was "last week", 2012-W13 (March 20 was "a week
    # before" it). The senate meets "Thursday at 8 p.m." 2012-04-05; "for hours" -> "hours"
    # PTXH; "the fall of 2008" 2008-FA; the outage "from 11 p.m. Saturday to 6 a.m. Sunday",
    # two TIMEs and two DATEs (2012-04-07, 2012-04-08); "last spring" said in April is the
    # spring of 2011, 2011-SP (registration for fall 2011); "this week" 2012-W14; "twice a week"
    # SET P1W; "the end of April" 2012-04 (the month's value, gold_blind35); "2012-13" split
    # into "2012" and "13" 2013 (gold_blind44, gold_blind68); "last year" 2011. Not
    # annotated: "Fall registration", "fall semester classes", "Fall classes" (a semester
    # label, gold_blind68), "spring break" (a break), "the Class of 2016" (a cohort), "By then"
    # (anaphoric), "CHEM 110", "PSY 101", "Room 214", "41-12", "5.5 percent", "555-0193",
    # "harwickstate.edu/registrar/fall2012", "four labs", "walk-in hours".
    "harwick-state-fall-registration": (
        "2012-04-03",
        [
            ("Monday", "DATE", "2012-04-09"),
            ("five days", "DURATION", "P5D"),
            ("Tuesday, April 3, 2012", "DATE", "2012-04-03"),
            ("Monday", "DATE", "2012-04-09"),
            ("5 p.m.", "TIME", "2012-04-06T17:00"),
            ("Friday", "DATE", "2012-04-06"),
            ("yesterday", "DATE", "2012-04-02"),
            ("Wednesday, April 11", "DATE", "2012-04-11"),
            ("April 16", "DATE", "2012-04-16"),
            ("April 19", "DATE", "2012-04-19"),
            ("June", "DATE", "2012-06"),
            ("July", "DATE", "2012-07"),
            ("this year", "DATE", "2012"),
            ("this fall", "DATE", "2012-FA"),
            ("five days", "DURATION", "P5D"),
            ("two weeks", "DURATION", "P2W"),
            ("March 20", "DATE", "2012-03-20"),
            ("a week", "DURATION", "P1W"),
            ("Two weeks", "DURATION", "P2W"),
            ("15-week", "DURATION", "P15W"),
            ("last week", "DATE", "2012-W13"),
            ("Thursday", "DATE", "2012-04-05"),
            ("8 p.m.", "TIME", "2012-04-05T20:00"),
            ("2009", "DATE", "2009"),
            ("hours", "DURATION", "PTXH"),
            ("the fall of 2008", "DATE", "2008-FA"),
            ("nine days", "DURATION", "P9D"),
            ("11 p.m.", "TIME", "2012-04-07T23:00"),
            ("Saturday", "DATE", "2012-04-07"),
            ("6 a.m.", "TIME", "2012-04-08T06:00"),
            ("Sunday", "DATE", "2012-04-08"),
            ("last spring", "DATE", "2011-SP"),
            ("40 minutes", "DURATION", "PT40M"),
            ("this week", "DATE", "2012-W14"),
            ("twice a week", "SET", "P1W"),
            ("the end of April", "DATE", "2012-04"),
            ("Aug. 27", "DATE", "2012-08-27"),
            ("2012", "DATE", "2012"),
            ("13", "DATE", "2013"),
            ("May 18", "DATE", "2012-05-18"),
            ("last year", "DATE", "2011"),
        ],
    ),
    # Thursday 2013-02-07 (ISO week 6), Canadian university student weekly, headline, deck,
    # byline, "Published Thursday, Feb. 7, 2013" (one DATE span), no dateline. Reading week
    # runs "from Saturday, Feb. 16, through Sunday, Feb. 24"; the announcement was "Monday"
    # 2013-02-04. Family Day (Ontario, the third Monday of February) is 2013-02-18 this year
    # ("close Monday, Feb. 18, for Family Day", two DATEs) and 2012-02-20 in "Last year ...
    # except on Family Day". Last year's hours "from 10 a.m. to 4 p.m. daily" recur:
    # XXXX-XX-XXT10:00 and T16:00 with the SET P1D (gold_blind68); likewise "until 2 a.m. every
    # night" XXXX-XX-XXT02:00 and SET XXXX-XX-XXTNI. "Last February" 2012-02; "next week"
    # 2013-W07 and "early next week" 2013-W07 (modifier kept, not recorded); "Feb. 25 and 26"
    # two DATEs, the bare "26" its own; "the 25th" 2013-02-25; "last night" 2013-02-06TNI;
    # "at least three days" P3D; "this Saturday" the coming one, 2013-02-09; "for a week" P1W;
    # "February 2006" and "10 days"; "1998"; "March 8" 2013-03-08. Not annotated: "reading
    # week", "the full break", "the break", "over the break", "the winter term", "winter-term"
    # (breaks and terms), "midterms", "In the meantime" (anaphoric, gold_blind25), "24/7" (an
    # idiom, gold_blind30), "a Saturday schedule" (a kind of timetable, no day), "first- and
    # second-year", "second-year", "$38,000", "1,140 visits", "the third floor", "the GO
    # station".
    "northvale-library-reading-week-closure": (
        "2013-02-07",
        [
            ("2006", "DATE", "2006"),
            ("Thursday, Feb. 7, 2013", "DATE", "2013-02-07"),
            ("this year", "DATE", "2013"),
            ("Saturday, Feb. 16", "DATE", "2013-02-16"),
            ("Sunday, Feb. 24", "DATE", "2013-02-24"),
            ("Monday", "DATE", "2013-02-04"),
            ("2006", "DATE", "2006"),
            ("Last year", "DATE", "2012"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("4 p.m.", "TIME", "XXXX-XX-XXT16:00"),
            ("daily", "SET", "P1D"),
            ("Family Day", "DATE", "2012-02-20"),
            ("this year", "DATE", "2013"),
            ("Monday, Feb. 18", "DATE", "2013-02-18"),
            ("Family Day", "DATE", "2013-02-18"),
            ("two months", "DURATION", "P2M"),
            ("Last February", "DATE", "2012-02"),
            ("nine days", "DURATION", "P9D"),
            ("next week", "DATE", "2013-W07"),
            ("Feb. 25", "DATE", "2013-02-25"),
            ("26", "DATE", "2013-02-26"),
            ("the 25th", "DATE", "2013-02-25"),
            ("last night", "TIME", "2013-02-06TNI"),
            ("at least three days", "DURATION", "P3D"),
            ("early next week", "DATE", "2013-W07"),
            ("Friday, Feb. 15", "DATE", "2013-02-15"),
            ("a week", "DURATION", "P1W"),
            ("this Saturday", "DATE", "2013-02-09"),
            ("2 a.m.", "TIME", "XXXX-XX-XXT02:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("Feb. 15", "DATE", "2013-02-15"),
            ("February 2006", "DATE", "2006-02"),
            ("10 days", "DURATION", "P10D"),
            ("1998", "DATE", "1998"),
            ("March 8", "DATE", "2013-03-08"),
        ],
    ),
    # Friday 2014-02-21 (ISO week 8), British student newspaper's website, headline,
    # standfirst, byline, stamp "Posted on 21st February 2014 at 09:30" (DATE with the ordinal
    # suffix in the span, TIME 2014-02-21T09:30). The spring term began Monday 13 January, so
    # "Week 7" is 24-28 February: voting "next week" 2014-W09, "next Tuesday and Wednesday"
    # 2014-02-25 and 2014-02-26 ("next Tuesday" in a Friday paper the coming one, gold_blind6),
    # "9am on Tuesday" and "7pm on Wednesday" (standfirst and body) two TIMEX3 each, results
    # "from 10pm that night" and "that night" 2014-02-26TNI. Past: nominations closed "at noon
    # last Friday" 2014-02-14 (a week before the paper), campaigning "since Monday" 2014-02-17,
    # "a hustings on Wednesday night" 2014-02-19TNI, Rostami "withdrew on Tuesday" 2014-02-18:
    # Tuesday and Wednesday occur in both directions. "brought forward a day" P1D (the size of
    # a shift, gold_blind101); "Two days" P2D; "less than two minutes" PT2M; "a one-year term"
    # P1Y; "take a year out" -> "a year" P1Y. "this year's" / "This year's" 2014; "last year"
    # 2013; "March 2013"; "10 March" 2014-03-10 (the reading week in Week 9); "mid-January"
    # 2014-01 (past); "21 March" 2014-03-21; "November" and "December" 2013 (past); "over the
    # summer" -> "the summer" 2014-SU (ahead). Not annotated: "Week 7" (twice), "Week 6", "Week
    # 9" (numbered teaching weeks of the university's count, like a season's "Week 9",
    # gold_blind66), "the spring reading week", "the autumn term", "a long term", "term ends",
    # "their final year", "third-year", "this time" (this election), "the lowest since 2009"
    # beyond "2009", "the Varsity boat race", "£16,500", "£50", "£100", "19 per cent", "25 per
    # cent", "58 per cent", "41 candidates", "350 students", "redbrookunion.co.uk/vote2014",
    # "0121 496 2014" (a phone number ending in the year).
    "redbrook-union-elections-week-7": (
        "2014-02-21",
        [
            ("next week", "DATE", "2014-W09"),
            ("9am", "TIME", "2014-02-25T09:00"),
            ("Tuesday", "DATE", "2014-02-25"),
            ("7pm", "TIME", "2014-02-26T19:00"),
            ("Wednesday", "DATE", "2014-02-26"),
            ("that night", "TIME", "2014-02-26TNI"),
            ("21st February 2014", "DATE", "2014-02-21"),
            ("09:30", "TIME", "2014-02-21T09:30"),
            ("this year", "DATE", "2014"),
            ("next Tuesday", "DATE", "2014-02-25"),
            ("Wednesday", "DATE", "2014-02-26"),
            ("9am", "TIME", "2014-02-25T09:00"),
            ("Tuesday", "DATE", "2014-02-25"),
            ("7pm", "TIME", "2014-02-26T19:00"),
            ("Wednesday", "DATE", "2014-02-26"),
            ("10pm", "TIME", "2014-02-26T22:00"),
            ("that night", "TIME", "2014-02-26TNI"),
            ("every year", "SET", "P1Y"),
            ("a day", "DURATION", "P1D"),
            ("noon", "TIME", "2014-02-14T12:00"),
            ("last Friday", "DATE", "2014-02-14"),
            ("Monday", "DATE", "2014-02-17"),
            ("Wednesday night", "TIME", "2014-02-19TNI"),
            ("last year", "DATE", "2013"),
            ("2009", "DATE", "2009"),
            ("Two days", "DURATION", "P2D"),
            ("less than two minutes", "DURATION", "PT2M"),
            ("1 July", "DATE", "2014-07-01"),
            ("one-year", "DURATION", "P1Y"),
            ("a year", "DURATION", "P1Y"),
            ("This year", "DATE", "2014"),
            ("Tuesday", "DATE", "2014-02-18"),
            ("March 2013", "DATE", "2013-03"),
            ("10 March", "DATE", "2014-03-10"),
            ("mid-January", "DATE", "2014-01"),
            ("21 March", "DATE", "2014-03-21"),
            ("November", "DATE", "2013-11"),
            ("December", "DATE", "2013-12"),
            ("the summer", "DATE", "2014-SU"),
        ],
    ),
    # Monday 2013-12-02 (ISO week 49), US college weekly, nameplate, date line "Monday,
    # December 2, 2013 | Vol. 94, Issue 12" (the date one DATE span; volume and issue numbers
    # not annotated), headline, byline. Thanksgiving was Thursday 2013-11-28 and "this weekend"
    # with a past verb in a Monday paper is the weekend just past, 2013-W48-WE (30 November-1
    # December, gold_blind22). Finals run "Dec. 9-13" ("Dec. 9" and the bare "13"); the halls
    # "close at noon the day after the last exam, Saturday, Dec. 14" (headline and body):
    # "noon" TIME 2013-12-14T12:00, "the day" DATE 2013-12-14 ("after" a signal, "the last
    # exam" an event, like "Two weeks after the quake" -> "Two weeks", gold_blind35, and the
    # anchored "the following day", gold_blind16), and the apposition "Saturday, Dec. 14" its
    # own DATE. "within 24 hours of their last exam" -> "24 hours" PT24H (anchored). "9 a.m.
    # Sunday, Jan. 12" 2014-01-12T09:00 plus the DATE. "by 5 p.m. Friday" (headline "by
    # Friday") 2013-12-06; "until noon Dec. 20" two TIMEX3; "Every year" SET P1Y; "that
    # afternoon" the afternoon of the closing day, 2013-12-14TAF (a narrative anchor); "four
    # weeks" P4W; "Last year" 2012, "this year" 2013; Harmon sign-up "by Wednesday"
    # 2013-12-04; "Dec. 14", "Jan. 12", "Dec. 5", "Friday, Dec. 13"; "every fall" SET XXXX-FA;
    # "since 2010"; "next year's rooms" -> "next year" 2014 (the value of the wording,
    # gold_blind68); "Feb. 3" 2014-02-03; "this month" 2013-12; "between Nov. 26 and Dec. 1";
    # "2012". Not annotated: "Finals week" (an exam period named by its event, like "exam
    # season", gold_blind68), "the fall semester", "the spring semester", "The winter break",
    # "the break" (twice), "after dinner", "around the clock" (an idiom), "the same days"
    # (anaphoric), "the Class of 2016" (a cohort), "Sophomores", "Vol. 94, Issue 12", "$40",
    # "$400", "212", "250", "six thefts", "Room 108", "555-0118",
    # "wexford.edu/reslife/close1213".
    "wexford-halls-close-after-finals": (
        "2013-12-02",
        [
            ("Monday, December 2, 2013", "DATE", "2013-12-02"),
            ("noon", "TIME", "2013-12-14T12:00"),
            ("the day", "DATE", "2013-12-14"),
            ("Friday", "DATE", "2013-12-06"),
            ("Thanksgiving", "DATE", "2013-11-28"),
            ("this weekend", "DATE", "2013-W48-WE"),
            ("two weeks", "DURATION", "P2W"),
            ("Dec. 9", "DATE", "2013-12-09"),
            ("13", "DATE", "2013-12-13"),
            ("noon", "TIME", "2013-12-14T12:00"),
            ("the day", "DATE", "2013-12-14"),
            ("Saturday, Dec. 14", "DATE", "2013-12-14"),
            ("24 hours", "DURATION", "PT24H"),
            ("9 a.m.", "TIME", "2014-01-12T09:00"),
            ("Sunday, Jan. 12", "DATE", "2014-01-12"),
            ("5 p.m.", "TIME", "2013-12-06T17:00"),
            ("Friday", "DATE", "2013-12-06"),
            ("noon", "TIME", "2013-12-20T12:00"),
            ("Dec. 20", "DATE", "2013-12-20"),
            ("Every year", "SET", "P1Y"),
            ("that afternoon", "TIME", "2013-12-14TAF"),
            ("four weeks", "DURATION", "P4W"),
            ("Last year", "DATE", "2012"),
            ("this year", "DATE", "2013"),
            ("Wednesday", "DATE", "2013-12-04"),
            ("Dec. 14", "DATE", "2013-12-14"),
            ("Jan. 12", "DATE", "2014-01-12"),
            ("Dec. 5", "DATE", "2013-12-05"),
            ("Friday, Dec. 13", "DATE", "2013-12-13"),
            ("every fall", "SET", "XXXX-FA"),
            ("2010", "DATE", "2010"),
            ("next year", "DATE", "2014"),
            ("Feb. 3", "DATE", "2014-02-03"),
            ("this month", "DATE", "2013-12"),
            ("Nov. 26", "DATE", "2013-11-26"),
            ("Dec. 1", "DATE", "2013-12-01"),
            ("2012", "DATE", "2012"),
        ],
    ),
    # Wednesday 2015-03-18 (ISO week 12), Australian student newspaper's website, headline,
    # standfirst ("until 31 March"), stamp "Wednesday, 18 March 2015 - 2:14pm" (DATE and TIME),
    # byline, no dateline. Census date is "Tuesday 31 March" 2015-03-31, "less than two weeks"
    # away, P2W; the figures were released "on Monday" 2015-03-16; semester 1 "began on 2
    # March"; "last year" (twice) 2014 and "7 April" 2014-04-07 (last year's census date);
    # "the 2015 academic year" -> "2015" (an Australian academic year is the calendar year,
    # gold_blind22); "Friday 1 May" one DATE; "forward by a week" P1W (the size of a shift);
    # "this year" 2015; "Now" PRESENT_REF; "weekly" SET P1W; "the morning of 30 March" one TIME
    # span 2015-03-30TMO (like "the morning of Oct. 23", gold_blind12). The break "from Good
    # Friday, 3 April, to Sunday 12 April": "Good Friday" and "3 April" two DATEs 2015-04-03
    # (a holiday and its date in apposition, like "Labor Day, Sept. 1", gold_blind68); "Easter
    # Monday" 2015-04-06; the library's hours "from 10am to 6pm" recur on the days of the
    # break, XXXX-XX-XXT10:00 and T18:00 (like "Lessons now begin at 8.50am", gold_blind101).
    # O-Week "from 23 to 27 February" -> "23" 2015-02-23 and "27 February"; "four weeks" P4W;
    # "in February" 2015-02 (past); "from 2016" -> "2016"; "22 April" 2015-04-22; "11.59pm on
    # census date" 2015-03-31T23:59 (a clock time on a day named by an event, like "10am on
    # results day", gold_blind25); "31 August" 2015-08-31; "within 12 months" P12M; "2014". Not
    # annotated: "census date" (eight times; a day named by an administrative event, like
    # "results day" and "the eve of the deadline", gold_blind101), "semester 1", "Semester 2",
    # "week 8" (a numbered teaching week), "O-Week" (twice), "the mid-semester break", "the
    # break", "first-years", "the deadline", "the same point", "Building 14", "3,412", "2,950",
    # "2,700", "$1,100", "400 students", "two in three", "my.murrindale.edu.au".
    "murrindale-census-date-withdrawals": (
        "2015-03-18",
        [
            ("31 March", "DATE", "2015-03-31"),
            ("Wednesday, 18 March 2015", "DATE", "2015-03-18"),
            ("2:14pm", "TIME", "2015-03-18T14:14"),
            ("less than two weeks", "DURATION", "P2W"),
            ("Tuesday 31 March", "DATE", "2015-03-31"),
            ("Monday", "DATE", "2015-03-16"),
            ("2 March", "DATE", "2015-03-02"),
            ("last year", "DATE", "2014"),
            ("2015", "DATE", "2015"),
            ("Friday 1 May", "DATE", "2015-05-01"),
            ("a week", "DURATION", "P1W"),
            ("this year", "DATE", "2015"),
            ("Last year", "DATE", "2014"),
            ("7 April", "DATE", "2014-04-07"),
            ("Now", "DATE", "PRESENT_REF"),
            ("weekly", "SET", "P1W"),
            ("the morning of 30 March", "TIME", "2015-03-30TMO"),
            ("Good Friday", "DATE", "2015-04-03"),
            ("3 April", "DATE", "2015-04-03"),
            ("Sunday 12 April", "DATE", "2015-04-12"),
            ("Monday 13 April", "DATE", "2015-04-13"),
            ("Good Friday", "DATE", "2015-04-03"),
            ("Easter Monday", "DATE", "2015-04-06"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("23", "DATE", "2015-02-23"),
            ("27 February", "DATE", "2015-02-27"),
            ("four weeks", "DURATION", "P4W"),
            ("February", "DATE", "2015-02"),
            ("2016", "DATE", "2016"),
            ("22 April", "DATE", "2015-04-22"),
            ("11.59pm", "TIME", "2015-03-31T23:59"),
            ("31 August", "DATE", "2015-08-31"),
            ("12 months", "DURATION", "P12M"),
            ("2014", "DATE", "2014"),
        ],
    ),
    # Sunday 2015-01-25 (ISO week 4), US student daily's website, headline, byline, stamp
    # "Posted: Sunday, January 25, 2015 10:42 pm | Updated: 11:15 pm, Sun Jan 25, 2015." (two
    # DATEs and two TIMEs; "Sun Jan 25, 2015" checked by hand: 25 January 2015 is a Sunday).
    # The vote "Friday" (headline and body) is 2015-01-30, the rally "at 8 a.m. Friday" and the
    # meeting "at 9 a.m. Friday" that day, "an hour before the board meets" PT1H (anchored).
    # Past: "announced Thursday" 2015-01-22, "in an interview Saturday" 2015-01-24, "last
    # Tuesday" in a Sunday paper the most recent Tuesday, 2015-01-20 (like "last Tuesday" in a
    # Monday paper, gold_blind68). Academic years split into their two years: "2015-16"
    # (headline and body) -> "2015" and "16" 2016, "2014-15", "2013-14" (gold_blind44,
    # gold_blind68). "the smallest in a decade" -> "a decade" P10Y (the period of a
    # superlative, gold_blind28); "two years" P2Y; "2013". The state's fiscal year ends June 30
    # and is named by the year it ends: "fiscal 2009" FY2009, "the fiscal year that ended June
    # 30" -> "the fiscal year" FY2014 and "June 30" 2014-06-30 (gold_blind35); "in May" ahead
    # 2015-05; "2012"; "four years" P4Y; "next fall" 2015-FA; "fall 2012" 2012-FA; "three
    # weeks into the spring semester" -> "three weeks" P3W; "Every spring" SET XXXX-SP;
    # "2011"; "fall 2015" 2015-FA and "a year earlier" after it 2014-FA (the granularity of
    # what it is compared with, gold_blind35); "earlier this month" 2015-01. Not annotated:
    # "the Class of 2016" (a cohort, in a 2015 story), "each entering class", "the spring
    # semester", "a first-year class", "3.9 percent", "4.8 percent", "5.2 percent", "6
    # percent", "$9,470", "$350", "$61 million", "$44 million", "22-3", "3,100", "Room 301",
    # "oakhurst.edu/trustees/0130" (a URL holding the meeting's month and day).
    "oakhurst-tuition-vote": (
        "2015-01-25",
        [
            ("Friday", "DATE", "2015-01-30"),
            ("2015", "DATE", "2015"),
            ("16", "DATE", "2016"),
            ("Sunday, January 25, 2015", "DATE", "2015-01-25"),
            ("10:42 pm", "TIME", "2015-01-25T22:42"),
            ("11:15 pm", "TIME", "2015-01-25T23:15"),
            ("Sun Jan 25, 2015", "DATE", "2015-01-25"),
            ("Friday", "DATE", "2015-01-30"),
            ("2015", "DATE", "2015"),
            ("16", "DATE", "2016"),
            ("Thursday", "DATE", "2015-01-22"),
            ("a decade", "DURATION", "P10Y"),
            ("2014", "DATE", "2014"),
            ("15", "DATE", "2015"),
            ("2013", "DATE", "2013"),
            ("14", "DATE", "2014"),
            ("Saturday", "DATE", "2015-01-24"),
            ("two years", "DURATION", "P2Y"),
            ("2013", "DATE", "2013"),
            ("fiscal 2009", "DATE", "FY2009"),
            ("the fiscal year", "DATE", "FY2014"),
            ("June 30", "DATE", "2014-06-30"),
            ("May", "DATE", "2015-05"),
            ("2012", "DATE", "2012"),
            ("four years", "DURATION", "P4Y"),
            ("next fall", "DATE", "2015-FA"),
            ("fall 2012", "DATE", "2012-FA"),
            ("three weeks", "DURATION", "P3W"),
            ("8 a.m.", "TIME", "2015-01-30T08:00"),
            ("Friday", "DATE", "2015-01-30"),
            ("an hour", "DURATION", "PT1H"),
            ("last Tuesday", "DATE", "2015-01-20"),
            ("Every spring", "SET", "XXXX-SP"),
            ("2011", "DATE", "2011"),
            ("fall 2015", "DATE", "2015-FA"),
            ("a year earlier", "DATE", "2014-FA"),
            ("earlier this month", "DATE", "2015-01"),
            ("9 a.m.", "TIME", "2015-01-30T09:00"),
            ("Friday", "DATE", "2015-01-30"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
