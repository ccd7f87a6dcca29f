"""Annotations of the hundred-and-first blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind101/annotate.py [--show]

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
    # Thursday 2014-08-14 (ISO week 33), British regional-paper results-day web story, headline,
    # byline, web stamp "Thursday 14 August 2014 13.05 BST" (DATE plus TIME 2014-08-14T13:05,
    # the zone in the span, not in the value). Results day is the publication day: "this
    # morning" 2014-08-14TMO, "this afternoon" 2014-08-14TAF, "8am" (twice), "9am" and
    # "midday" on that day. "best grades in five years" (headline) is the period of a
    # superlative, DURATION P5Y (gold_blind28). The school "had received the grades ... on
    # Wednesday" (past perfect) 2014-08-13; "not slept properly since Sunday" 2014-08-10;
    # Carrow will confirm offers "by 5pm on Wednesday", ahead, 2014-08-20 (one story holding
    # a weekday in both directions, gold_blind28). "last year" / "Last year's results" 2013
    # (possessive without "'s"); "3 per cent more than a year ago" 2013 (unit granularity).
    # "The wait has lasted seven weeks" P7W (since the last paper on Tuesday 24 June). The
    # helpline's "from 9am to 5pm daily" are hours of a recurring day, XXXX-XX-XXT09:00 /
    # T17:00, plus SET P1D (gold_blind68). "add 40 minutes to the school day" is the size of a
    # change, PT40M. "next Thursday" in a Thursday paper is seven days ahead, 2014-08-21
    # (gold_blind25), confirmed by "21 August"; "this September" 2014-09; "the annual
    # celebration evening" -> adjectival frequency "annual" SET P1Y. Not annotated: "clearing",
    # "The clearing period" (an admissions period, like "exam season"), "results day" is not
    # written, "the school day", "sixth form", "Year 13", "Year 12", "Year 10", grades "A*",
    # "A*AB", "three A*s", "9 to 1", "grade 9s", "340 Ucas points", "600 points", the
    # helpline "01632 960214", the name "Dr Ellen March", ages "18", counts "212", "396,000",
    # "47", "41 per cent", "36 per cent", "3 per cent".
    "fenwick-abbey-a-level-results-day": (
        "2014-08-14",
        [
            ("five years", "DURATION", "P5Y"),
            ("Thursday 14 August 2014", "DATE", "2014-08-14"),
            ("13.05 BST", "TIME", "2014-08-14T13:05"),
            ("this morning", "TIME", "2014-08-14TMO"),
            ("last year", "DATE", "2013"),
            ("8am", "TIME", "2014-08-14T08:00"),
            ("9am", "TIME", "2014-08-14T09:00"),
            ("Wednesday", "DATE", "2014-08-13"),
            ("seven weeks", "DURATION", "P7W"),
            ("Tuesday 24 June", "DATE", "2014-06-24"),
            ("Sunday", "DATE", "2014-08-10"),
            ("a week", "DURATION", "P1W"),
            ("Last year", "DATE", "2013"),
            ("2009", "DATE", "2009"),
            ("the past five years", "DURATION", "P5Y"),
            ("8am", "TIME", "2014-08-14T08:00"),
            ("midday", "TIME", "2014-08-14T12:00"),
            ("a year ago", "DATE", "2013"),
            ("this afternoon", "TIME", "2014-08-14TAF"),
            ("5pm", "TIME", "2014-08-20T17:00"),
            ("Wednesday", "DATE", "2014-08-20"),
            ("30 September", "DATE", "2014-09-30"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("daily", "SET", "P1D"),
            ("Friday 22 August", "DATE", "2014-08-22"),
            ("more than a decade", "DURATION", "P10Y"),
            ("2012", "DATE", "2012"),
            ("40 minutes", "DURATION", "PT40M"),
            ("next Thursday", "DATE", "2014-08-21"),
            ("21 August", "DATE", "2014-08-21"),
            ("this September", "DATE", "2014-09"),
            ("September 2015", "DATE", "2015-09"),
            ("2017", "DATE", "2017"),
            ("annual", "SET", "P1Y"),
            ("Friday 19 September", "DATE", "2014-09-19"),
            ("7pm", "TIME", "2014-09-19T19:00"),
        ],
    ),
    # Tuesday 2014-03-11 (ISO week 11), British (Welsh county) regional-paper term-dates story,
    # headline, deck, byline, date line "Tuesday 11 March 2014", "PENRHOS —" dateline: the
    # council approved the dates "last night", Monday 2014-03-10TNI (gold_blind35); its
    # cabinet "backed the proposals on Thursday" 2014-03-06 (past); the dates go online "on
    # Friday" 2014-03-14 (future). "a two-week October break" (and the headline's "Two-week
    # October break") -> "two-week" P2W and the adjectival month "October" 2014-10, "break"
    # left out (like "The October mid-term break", gold_blind25); "a February half-term" ->
    # "February" 2015-02. "the 2014-15 school year" -> "2014" and the bare "15" 2015, "school
    # year" left out (gold_blind44, gold_blind68). "an extra day off on 2 January" -> "2
    # January" 2015-01-02 only (see README). Dates without a year follow the school year's
    # order: September-December 2014, January-July 2015 ("Tuesday 21 July 2015" carries its
    # year). "a day later than in most neighbouring counties" is the size of a shift, P1D
    # (like "a week earlier than usual", gold_blind44). "Schools close for Christmas" and "a
    # seven-week slog to Christmas" -> Christmas 2014-12-25 (gold_blind25). "Easter falls on 5
    # April next year": Easter Sunday 2015 is 5 April, 2015-04-05, with "next year" 2015.
    # "last autumn" in March is the autumn of 2013, 2013-FA; "until January" 2014-01 and
    # "Since September" 2013-09 (past, nearest); "into early December" 2014-12 (the mocks are
    # ahead); "for years" -> "years" PXY; "the end of the year" 2014. Not annotated: "The
    # autumn term", "Half-term", "half-term", "The spring term", "The summer term", "the
    # autumn term", "a longer autumn break" (school terms and breaks, gold_blind68), "an extra
    # day off", "a staff training day", "term time", "Year 9", "Year 11", "41 votes to 9",
    # "2,300", "£60", the URL "carnedd.gov.uk/termdates/2014".
    "carnedd-term-dates-2014-15": (
        "2014-03-11",
        [
            ("Two-week", "DURATION", "P2W"),
            ("October", "DATE", "2014-10"),
            ("2 January", "DATE", "2015-01-02"),
            ("Tuesday 11 March 2014", "DATE", "2014-03-11"),
            ("two-week", "DURATION", "P2W"),
            ("October", "DATE", "2014-10"),
            ("2 January", "DATE", "2015-01-02"),
            ("2014", "DATE", "2014"),
            ("15", "DATE", "2015"),
            ("last night", "TIME", "2014-03-10TNI"),
            ("Wednesday 3 September", "DATE", "2014-09-03"),
            ("a day", "DURATION", "P1D"),
            ("Tuesday 2 September", "DATE", "2014-09-02"),
            ("Monday 20 October", "DATE", "2014-10-20"),
            ("Friday 31 October", "DATE", "2014-10-31"),
            ("one-week", "DURATION", "P1W"),
            ("1998", "DATE", "1998"),
            ("Christmas", "DATE", "2014-12-25"),
            ("Friday 19 December", "DATE", "2014-12-19"),
            ("Friday 2 January", "DATE", "2015-01-02"),
            ("Monday 5 January", "DATE", "2015-01-05"),
            ("February", "DATE", "2015-02"),
            ("Monday 16 February", "DATE", "2015-02-16"),
            ("Easter", "DATE", "2015-04-05"),
            ("5 April", "DATE", "2015-04-05"),
            ("next year", "DATE", "2015"),
            ("Friday 27 March", "DATE", "2015-03-27"),
            ("two weeks", "DURATION", "P2W"),
            ("Tuesday 21 July 2015", "DATE", "2015-07-21"),
            ("last autumn", "DATE", "2013-FA"),
            ("six weeks", "DURATION", "P6W"),
            ("years", "DURATION", "PXY"),
            ("Thursday", "DATE", "2014-03-06"),
            ("January", "DATE", "2014-01"),
            ("seven-week", "DURATION", "P7W"),
            ("Christmas", "DATE", "2014-12-25"),
            ("early December", "DATE", "2014-12"),
            ("September", "DATE", "2013-09"),
            ("Friday", "DATE", "2014-03-14"),
            ("the end of the year", "DATE", "2014"),
        ],
    ),
    # Wednesday 2012-10-24 (ISO week 43), US regional-paper admissions story, headline,
    # byline "Staff Writer", date line "Wednesday, October 24, 2012", "BRANFORD MILLS, Pa. —"
    # dateline: officials "said Tuesday" 2012-10-23; "With eight days to go before its
    # early-decision deadline" (Nov. 1) is an anchored duration, P8D. The deadline "by 11:59
    # p.m. Eastern time on Nov. 1" -> TIME 2012-11-01T23:59 (zone in the span) and DATE.
    # Dates without a year follow the admissions cycle: "Dec. 15" 2012, "Jan. 1", "Jan. 15",
    # "the end of March", "May 1" and the bridge course's "June 24" in 2013. "close at
    # midnight on Jan. 15" is the midnight that ends that day, T24:00 (gold_blind28). "last
    # year's early round" -> "last year" 2011, "a year ago" 2011. "moved its early deadline
    # forward by two weeks three years ago" -> the size of a shift P2W and DATE 2009. "until 9
    # p.m. next Wednesday": "next Wednesday" in a Wednesday paper is seven days ahead,
    # 2012-10-31 (gold_blind25), the eve of the Nov. 1 deadline, with its TIME. "since early
    # September" 2012-09, "drafting since June" 2012-06 (past); "next fall's entering class"
    # -> "next fall" 2013-FA; "fall 2012" 2012-FA; "the first half of 2012" 2012-H1; "the
    # mid-1990s" 199 (mod not recorded); "twice a day" SET P1D; "every year since 2007" SET
    # P1Y and DATE. Not annotated: "the class of 2017" (a cohort, gold_blind50, gold_blind68),
    # "early decision", "early-decision deadline", "the regular round", "the eve of the
    # deadline" (its day is "next Wednesday"), "11th grade", "seniors", "SAT", "1310", "Room
    # 104", "WRIT 099", "(610) 555-0147", "612", "2,100", "560", "4,812", percentages.
    "halloway-college-early-decision-rush": (
        "2012-10-24",
        [
            ("Nov. 1", "DATE", "2012-11-01"),
            ("Wednesday, October 24, 2012", "DATE", "2012-10-24"),
            ("eight days", "DURATION", "P8D"),
            ("last year", "DATE", "2011"),
            ("Tuesday", "DATE", "2012-10-23"),
            ("11:59 p.m. Eastern time", "TIME", "2012-11-01T23:59"),
            ("Nov. 1", "DATE", "2012-11-01"),
            ("Dec. 15", "DATE", "2012-12-15"),
            ("Jan. 1", "DATE", "2013-01-01"),
            ("midnight", "TIME", "2013-01-15T24:00"),
            ("Jan. 15", "DATE", "2013-01-15"),
            ("the end of March", "DATE", "2013-03"),
            ("May 1", "DATE", "2013-05-01"),
            ("a year ago", "DATE", "2011"),
            ("every year", "SET", "P1Y"),
            ("2007", "DATE", "2007"),
            ("two weeks", "DURATION", "P2W"),
            ("three years ago", "DATE", "2009"),
            ("the first half of 2012", "DATE", "2012-H1"),
            ("the mid-1990s", "DATE", "199"),
            ("now", "DATE", "PRESENT_REF"),
            ("9 p.m.", "TIME", "2012-10-31T21:00"),
            ("next Wednesday", "DATE", "2012-10-31"),
            ("twice a day", "SET", "P1D"),
            ("early September", "DATE", "2012-09"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("now", "DATE", "PRESENT_REF"),
            ("June", "DATE", "2012-06"),
            ("next fall", "DATE", "2013-FA"),
            ("the coming months", "DURATION", "PXM"),
            ("fall 2012", "DATE", "2012-FA"),
            ("six weeks", "DURATION", "P6W"),
            ("June 24", "DATE", "2013-06-24"),
        ],
    ),
    # Saturday 2013-11-30 (ISO week 48), Irish broadsheet education story, headline, standfirst,
    # web stamp "Sat, Nov 30, 2013, 01:00" (DATE plus TIME 2013-11-30T01:00, gold_blind60),
    # byline, no dateline. "three years after critical report" (headline) is an anchored
    # duration, P3Y; "three years ago" / "Three years ago" 2010 (the October 2010 report). The
    # report was published "this week" 2013-W48, its final version issued "on Tuesday"
    # 2013-11-26; the draft reached the school on Monday 16 September and the board
    # responded "two days later", 2013-09-18 (anchored on the narrative's last date). "four
    # days in May" P4D and 2013-05 (past); "started first year in September" 2013-09; "the
    # past two years" P2Y, "the previous 15 years" P15Y (before them), "the past five years"
    # P5Y; feeder figures "published today" 2013-11-30; "Last year" 2012; "late last year"
    # 2012 (mod not recorded). "Lessons now begin at 8.50am" -> PRESENT_REF and the hour of a
    # recurring day XXXX-XX-XXT08:50; "20 minutes earlier than in 2010" the size of a shift,
    # PT20M. "every Tuesday and Thursday" -> SET XXXX-WXX-2 and "Thursday" SET XXXX-WXX-4
    # (gold_blind10); "at least once a month" SET P1M with the modifier in the span (like
    # "almost every day", gold_blind35); "every five years" SET P5Y; "compiled annually since
    # 2003" SET P1Y and DATE; "its annual conference" SET P1Y; the conference is "on Thursday"
    # ahead, 2013-12-05. "within six months" P6M; "mid-2014" 2014; "through the 1980s" 198.
    # Not annotated: "first year", "fifth year", "sixth-year students" (school year groups),
    # "Leaving Cert", "the maximum 600 points", "Whole-school evaluation", "third level", "the
    # Sunday Ledger" (a paper's name), "61 lessons", "a third", "410", "530", "92", "14",
    # "78 per cent", "54 per cent".
    "kilcarra-community-school-inspection": (
        "2013-11-30",
        [
            ("three years", "DURATION", "P3Y"),
            ("Sat, Nov 30, 2013", "DATE", "2013-11-30"),
            ("01:00", "TIME", "2013-11-30T01:00"),
            ("three years ago", "DATE", "2010"),
            ("this week", "DATE", "2013-W48"),
            ("four days", "DURATION", "P4D"),
            ("May", "DATE", "2013-05"),
            ("Monday 16 September", "DATE", "2013-09-16"),
            ("two days later", "DATE", "2013-09-18"),
            ("Tuesday", "DATE", "2013-11-26"),
            ("October 2010", "DATE", "2010-10"),
            ("January 2011", "DATE", "2011-01"),
            ("the past two years", "DURATION", "P2Y"),
            ("the previous 15 years", "DURATION", "P15Y"),
            ("Three years ago", "DATE", "2010"),
            ("Now", "DATE", "PRESENT_REF"),
            ("September", "DATE", "2013-09"),
            ("the past five years", "DURATION", "P5Y"),
            ("today", "DATE", "2013-11-30"),
            ("Last year", "DATE", "2012"),
            ("2008", "DATE", "2008"),
            ("now", "DATE", "PRESENT_REF"),
            ("8.50am", "TIME", "XXXX-XX-XXT08:50"),
            ("20 minutes", "DURATION", "PT20M"),
            ("2010", "DATE", "2010"),
            ("every Tuesday", "SET", "XXXX-WXX-2"),
            ("Thursday", "SET", "XXXX-WXX-4"),
            ("late last year", "DATE", "2012"),
            ("at least once a month", "SET", "P1M"),
            ("six months", "DURATION", "P6M"),
            ("2011", "DATE", "2011"),
            ("mid-2014", "DATE", "2014"),
            ("1993", "DATE", "1993"),
            ("the 1980s", "DATE", "198"),
            ("every five years", "SET", "P5Y"),
            ("2004", "DATE", "2004"),
            ("2010", "DATE", "2010"),
            ("annually", "SET", "P1Y"),
            ("2003", "DATE", "2003"),
            ("annual", "SET", "P1Y"),
            ("Thursday", "DATE", "2013-12-05"),
        ],
    ),
    # Friday 2013-05-24 (ISO week 21), Australian metropolitan-paper strike story, headline,
    # byline, web stamp "Updated 24 May 2013, 6:32am AEST" (DATE plus TIME 2013-05-24T06:32,
    # zone in the span), no dateline. The one-day strike was "on Wednesday" 2013-05-22 (past),
    # with "Wednesday morning" 2013-05-22TMO and the storms "on Wednesday night"
    # 2013-05-22TNI; Banksia Park's "8.45am to 3.15pm" are on the strike day. Most schools
    # "reopened yesterday", Thursday 2013-05-23, and the minister spoke "on Thursday", the
    # same day; the flooded schools "will not reopen until Monday" (and the headline's "reopen
    # on Monday") 2013-05-27; the leaders meet "over the weekend" 2013-W21-WE (the coming one)
    # and "on Tuesday evening" 2013-05-28TEV. "the three-year deal it offered in March" ->
    # P3Y and 2013-03; "2 per cent offered a year earlier" takes the granularity of what it is
    # compared with, the March offer, 2012-03 (gold_blind35). "two weeks ago" the ISO week two
    # weeks back, 2013-W19 (gold_blind68); "since talks broke down in April" 2013-04; "every
    # week" SET P1W; "the first quarter of 2013" 2013-Q1; "late July" and "the end of June"
    # 2013-07 / 2013-06; the Year 12 exams "begin in October" 2013-10 (future); "another
    # decade" P10Y; "In recent years" -> "recent years" PAST_REF. Not annotated: "term 2"
    # (a school term, gold_blind68), "during the stoppage", "Prep to Grade 3", "Year 12", the
    # rally's name "March for Schools", the verb in "May I say", "4212 votes to 611",
    # "1300 555 013", "$8000", "300", "14", "41 of 46", "60", "6000", "212", percentages.
    "carrington-valley-teachers-strike": (
        "2013-05-24",
        [
            ("Monday", "DATE", "2013-05-27"),
            ("24 May 2013", "DATE", "2013-05-24"),
            ("6:32am AEST", "TIME", "2013-05-24T06:32"),
            ("Wednesday", "DATE", "2013-05-22"),
            ("one-day", "DURATION", "P1D"),
            ("2008", "DATE", "2008"),
            ("yesterday", "DATE", "2013-05-23"),
            ("Wednesday night", "TIME", "2013-05-22TNI"),
            ("Monday", "DATE", "2013-05-27"),
            ("Wednesday morning", "TIME", "2013-05-22TMO"),
            ("8.45am", "TIME", "2013-05-22T08:45"),
            ("3.15pm", "TIME", "2013-05-22T15:15"),
            ("more than a year", "DURATION", "P1Y"),
            ("two days", "DURATION", "P2D"),
            ("late July", "DATE", "2013-07"),
            ("three-year", "DURATION", "P3Y"),
            ("March", "DATE", "2013-03"),
            ("a year earlier", "DATE", "2012-03"),
            ("the end of June", "DATE", "2013-06"),
            ("Thursday", "DATE", "2013-05-23"),
            ("July 2011", "DATE", "2011-07"),
            ("two weeks ago", "DATE", "2013-W19"),
            ("every week", "SET", "P1W"),
            ("April", "DATE", "2013-04"),
            ("the weekend", "DATE", "2013-W21-WE"),
            ("Tuesday evening", "TIME", "2013-05-28TEV"),
            ("28 June", "DATE", "2013-06-28"),
            ("the first quarter of 2013", "DATE", "2013-Q1"),
            ("2010", "DATE", "2010"),
            ("recent years", "DATE", "PAST_REF"),
            ("October", "DATE", "2013-10"),
            ("another decade", "DURATION", "P10Y"),
        ],
    ),
    # Monday 2015-05-18 (ISO week 21), US local-paper commencement report, headline, byline,
    # date line "Monday, May 18, 2015", "LAKE HARMON, Ohio —" dateline: commencement was
    # "Sunday" 2015-05-17 (headline and lead, past), "at 10 a.m.", "Sunday morning"
    # 2015-05-17TMO and "until 7 a.m." on that day; the graduate ceremony "Saturday afternoon"
    # 2015-05-16TAF; the video goes up "by Wednesday" 2015-05-20 (future). "four years ago"
    # (reported speech on Sunday) 2011, with "August 2011" after it; "weeks before a flood"
    # -> "weeks" PXW (anchored vague duration); "closed the campus for nine days" P9D. "Of the
    # students who entered in fall 2009 ... up from 52 percent a decade earlier": "a decade
    # earlier" takes the granularity of what it is compared with, the fall 1999 entrants,
    # 1999-FA (see README). "retires June 30 after 12 years" 2015-06-30 and P12Y; "earlier
    # this month" 2015-05; "takes office July 1" 2015-07-01; "this summer" 2015-SU; "every
    # winter" SET XXXX-WI; "the early 2000s" 200; "recently" PAST_REF; "who now runs"
    # PRESENT_REF; "Summer classes begin May 26" 2015-05-26, "Aug. 24" 2015-08-24; "Next
    # year's commencement" -> "Next year" 2016 with "May 15, 2016". Not annotated: "class of
    # 2015" (a cohort, in a 2015 story, gold_blind68), "118th commencement", "the fall
    # semester", "Summer classes", "night classes", "a high school junior", "orientation",
    # "May you" (the verb), "4.0", "CHEM 101", ages "47", "22", "1,846", "312", "$27,400",
    # percentages, the URL "westburystate.edu/commencement2015".
    "westbury-state-commencement-2015": (
        "2015-05-18",
        [
            ("Sunday", "DATE", "2015-05-17"),
            ("Monday, May 18, 2015", "DATE", "2015-05-18"),
            ("Sunday", "DATE", "2015-05-17"),
            ("10 a.m.", "TIME", "2015-05-17T10:00"),
            ("nearly three hours", "DURATION", "PT3H"),
            ("Sunday morning", "TIME", "2015-05-17TMO"),
            ("7 a.m.", "TIME", "2015-05-17T07:00"),
            ("1997", "DATE", "1997"),
            ("1989", "DATE", "1989"),
            ("now", "DATE", "PRESENT_REF"),
            ("four years ago", "DATE", "2011"),
            ("August 2011", "DATE", "2011-08"),
            ("weeks", "DURATION", "PXW"),
            ("nine days", "DURATION", "P9D"),
            ("fall 2009", "DATE", "2009-FA"),
            ("six years", "DURATION", "P6Y"),
            ("a decade earlier", "DATE", "1999-FA"),
            ("June 30", "DATE", "2015-06-30"),
            ("12 years", "DURATION", "P12Y"),
            ("earlier this month", "DATE", "2015-05"),
            ("July 1", "DATE", "2015-07-01"),
            ("more than a decade", "DURATION", "P10Y"),
            ("this summer", "DATE", "2015-SU"),
            ("Saturday afternoon", "TIME", "2015-05-16TAF"),
            ("2010", "DATE", "2010"),
            ("every winter", "SET", "XXXX-WI"),
            ("the early 2000s", "DATE", "200"),
            ("recently", "DATE", "PAST_REF"),
            ("May 26", "DATE", "2015-05-26"),
            ("Aug. 24", "DATE", "2015-08-24"),
            ("Wednesday", "DATE", "2015-05-20"),
            ("eight weeks", "DURATION", "P8W"),
            ("Next year", "DATE", "2016"),
            ("May 15, 2016", "DATE", "2016-05-15"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
