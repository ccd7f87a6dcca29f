"""Annotations of blind gold set 224, chosen by hand before the tagger ran.

    python tests/data/gold_blind224/annotate.py [--show]

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
    # Thursday 2013-12-19 (ISO week 51), British regional daily, headline, standfirst, byline,
    # date line "Thursday 19 December 2013"; "yesterday" Wednesday 2013-12-18. "over
    # Christmas" (headline, lead) -> "Christmas" 2013-12-25 (gold_blind70). "Monday and Tuesday
    # next week" 2013-12-23, 2013-12-24 and "next week" 2013-W52. Christmas 2013 is a
    # Wednesday, Boxing Day a Thursday; "Monday 30 December" opens ISO week 1 of 2014.
    # "a day later than usual" -> "a day" DURATION P1D, the size of a shift (gold_blind12,
    # gold_blind57). "New Year's Day rounds" -> "New Year's Day" 2014-01-01, a holiday naming
    # the day the rounds fall on (like "Canada Day parade", gold_blind57).
    # "the week of 3 March" one DATE span 2014-W10 (3 March 2014 is a Monday, like "Week of
    # February 2" in gold_blind70). "Last year ... in the fortnight after Christmas" ->
    # "the fortnight" DURATION P2W (an anchored duration) and "Christmas" 2012-12-25, the
    # Christmas of "Last year"; "Christmas last year" one span 2012-12-25 (like "Easter last
    # year", gold_blind57); "the three weeks" P3W; "the storms of early December" ->
    # "early December" 2013-12; "every winter" SET XXXX-WI. Not annotated: "Christmas
    # trees" (a kind), "wexcombe.gov.uk/bins2013", "01632 961225" (a phone number ending in
    # 1225), "rounds 24 and 25", "the A352", "2,412 tonnes", "2,230 tonnes", "900", "£35",
    # "around the clock", "the wrong day", "the backlog".
    "wexcombe-christmas-bin-collections": (
        "2013-12-19",
        [
            ("Christmas", "DATE", "2013-12-25"),
            ("Christmas Day", "DATE", "2013-12-25"),
            ("Boxing Day", "DATE", "2013-12-26"),
            ("Thursday 19 December 2013", "DATE", "2013-12-19"),
            ("a day", "DURATION", "P1D"),
            ("Christmas", "DATE", "2013-12-25"),
            ("yesterday", "DATE", "2013-12-18"),
            ("Monday", "DATE", "2013-12-23"),
            ("Tuesday", "DATE", "2013-12-24"),
            ("next week", "DATE", "2013-W52"),
            ("Christmas Day", "DATE", "2013-12-25"),
            ("Boxing Day", "DATE", "2013-12-26"),
            ("Wednesday 25 December", "DATE", "2013-12-25"),
            ("Friday 27 December", "DATE", "2013-12-27"),
            ("Thursday 26 December", "DATE", "2013-12-26"),
            ("Saturday 28 December", "DATE", "2013-12-28"),
            ("Monday 30 December", "DATE", "2013-12-30"),
            ("a day", "DURATION", "P1D"),
            ("Saturday 4 January", "DATE", "2014-01-04"),
            ("New Year's Day", "DATE", "2014-01-01"),
            ("Thursday 2 January", "DATE", "2014-01-02"),
            ("two weeks", "DURATION", "P2W"),
            ("Monday 6 January", "DATE", "2014-01-06"),
            ("1pm", "TIME", "2013-12-24T13:00"),
            ("Christmas Eve", "DATE", "2013-12-24"),
            ("Christmas Day", "DATE", "2013-12-25"),
            ("Boxing Day", "DATE", "2013-12-26"),
            ("8am", "TIME", "2013-12-27T08:00"),
            ("Friday 27 December", "DATE", "2013-12-27"),
            ("noon", "TIME", "2013-12-24T12:00"),
            ("Tuesday 24 December", "DATE", "2013-12-24"),
            ("9am", "TIME", "2014-01-02T09:00"),
            ("Thursday 2 January", "DATE", "2014-01-02"),
            ("Last year", "DATE", "2012"),
            ("the fortnight", "DURATION", "P2W"),
            ("Christmas", "DATE", "2012-12-25"),
            ("the three weeks", "DURATION", "P3W"),
            ("Christmas last year", "DATE", "2012-12-25"),
            ("2011", "DATE", "2011"),
            ("early December", "DATE", "2013-12"),
            ("every winter", "SET", "XXXX-WI"),
            ("the week of 3 March", "DATE", "2014-W10"),
        ],
    ),
    # Saturday 2014-12-20 (ISO week 51), US local paper, headline, byline "Staff Writer",
    # date line "Saturday, December 20, 2014", "CARVER FALLS, Ohio —" dateline. Headline
    # "Dec. 25-26" -> "Dec. 25" and "26" two DATEs, the hyphen a range mark (gold_blind76).
    # Officials "said Thursday" 2014-12-18 (past). Holiday days: Wednesday Dec. 24, Friday
    # Dec. 26, Saturday Dec. 27, Friday Jan. 2, 2015 (weekday dates one span each); clock
    # times on the days they belong to ("5 p.m. on New Year's Eve" 2014-12-31T17:00). The
    # regular hours recur: each end of a range of hours XXXX-XX-XXThh:mm, each end of a
    # range of plural weekdays a SET ("Mondays through Thursdays", gold_blind76), and the
    # bare "1" of "1 to 5 p.m." T13:00 (like "9-5", gold_blind76).
    # "Christmas Eve last year" one span 2013-12-24.
    # "every Saturday since Labor Day" SET and "Labor Day" 2014-09-01 (first Monday of
    # September). "10:30 a.m. Tuesdays" recurring; "two weeks" P2W; "Jan. 6" 2015-01-06;
    # "two days" P2D; "last January" 2014-01; "this month" 2014-12; "this year" 2014. Not
    # annotated: "the new Sunday hours" (a weekday naming a kind of opening, gold_blind76),
    # "a normal day", "212 visitors", "a tenth", "$6.2 million", "3 percent", "five
    # branches", "carvercountylibrary.org/holidays2014", "330-555-1226" (1226 like Dec. 26),
    # "around the clock", "regular hours".
    "carver-county-library-holiday-hours": (
        "2014-12-20",
        [
            ("Dec. 25", "DATE", "2014-12-25"),
            ("26", "DATE", "2014-12-26"),
            ("Saturday, December 20, 2014", "DATE", "2014-12-20"),
            ("Christmas Eve", "DATE", "2014-12-24"),
            ("Friday, Dec. 26", "DATE", "2014-12-26"),
            ("Thursday", "DATE", "2014-12-18"),
            ("9 a.m.", "TIME", "2014-12-24T09:00"),
            ("1 p.m.", "TIME", "2014-12-24T13:00"),
            ("Wednesday, Dec. 24", "DATE", "2014-12-24"),
            ("9 a.m.", "TIME", "2014-12-27T09:00"),
            ("Saturday, Dec. 27", "DATE", "2014-12-27"),
            ("5 p.m.", "TIME", "2014-12-31T17:00"),
            ("New Year's Eve", "DATE", "2014-12-31"),
            ("New Year's Day", "DATE", "2015-01-01"),
            ("Friday, Jan. 2", "DATE", "2015-01-02"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("1", "TIME", "XXXX-XX-XXT13:00"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("Christmas Eve last year", "DATE", "2013-12-24"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("Labor Day", "DATE", "2014-09-01"),
            ("10:30 a.m.", "TIME", "XXXX-XX-XXT10:30"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("two weeks", "DURATION", "P2W"),
            ("Jan. 6", "DATE", "2015-01-06"),
            ("two days", "DURATION", "P2D"),
            ("last January", "DATE", "2014-01"),
            ("2015", "DATE", "2015"),
            ("this month", "DATE", "2014-12"),
            ("this year", "DATE", "2014"),
        ],
    ),
    # Tuesday 2015-03-31 (ISO week 14), Irish national daily, headline, standfirst, byline,
    # date line "Tuesday 31 March 2015"; "yesterday" Monday 2015-03-30. Easter Sunday 2015 is
    # 5 April: "over Easter" (headline) -> "Easter" 2015-04-05 (gold_blind3), "Good Friday"
    # 2015-04-03, "Easter Monday" 2015-04-06, "the Easter weekend" and "the weekend"
    # 2015-W14-WE (4-5 April). "four days" (headline) P4D; "Thursday evening" 2015-04-02TEV;
    # future bare weekdays "Thursday" 2015-04-02, "Tuesday" 2015-04-07. "a day early" ->
    # "a day" P1D; "an extra hour" PT1H (size of a shift), the Thursday's
    # "from 10am to 5pm" on 2015-04-02; the usual hours recur (XXXX-XX-XXThh:mm,
    # "Monday to Friday" two SETs, "Wednesdays" SET). "Five years ago" 2010 (the unit's
    # granularity); "11 years" P11Y; "Now" PRESENT_REF; "In recent years" -> "recent years"
    # PAST_REF; "last year ... over the four days" 2014 and P4D; "1 May" 2015-05-01. Not
    # annotated: "on the day" (anaphoric), "a bank holiday", "a public holiday" (predicates
    # naming a kind of day), "a long weekend" (generic), "Easter business" (a kind),
    # "branch number 1504", "sort code 93-15-04", "14 Main Street", "1890 405 407",
    # "about a quarter", "71 per cent", "€6", "€2,500", "around the clock".
    "lenamore-bank-easter-closures": (
        "2015-03-31",
        [
            ("four days", "DURATION", "P4D"),
            ("Easter", "DATE", "2015-04-05"),
            ("Thursday evening", "TIME", "2015-04-02TEV"),
            ("Good Friday", "DATE", "2015-04-03"),
            ("Easter Monday", "DATE", "2015-04-06"),
            ("Tuesday 31 March 2015", "DATE", "2015-03-31"),
            ("Good Friday", "DATE", "2015-04-03"),
            ("Tuesday 7 April", "DATE", "2015-04-07"),
            ("Good Friday", "DATE", "2015-04-03"),
            ("Easter Monday", "DATE", "2015-04-06"),
            ("3pm", "TIME", "2015-04-02T15:00"),
            ("Thursday", "DATE", "2015-04-02"),
            ("Tuesday", "DATE", "2015-04-07"),
            ("yesterday", "DATE", "2015-03-30"),
            ("the Easter weekend", "DATE", "2015-W14-WE"),
            ("Friday 3 April", "DATE", "2015-04-03"),
            ("a day", "DURATION", "P1D"),
            ("Thursday 2 April", "DATE", "2015-04-02"),
            ("an extra hour", "DURATION", "PT1H"),
            ("Thursday", "DATE", "2015-04-02"),
            ("10am", "TIME", "2015-04-02T10:00"),
            ("5pm", "TIME", "2015-04-02T17:00"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Friday", "SET", "XXXX-WXX-5"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("Wednesdays", "SET", "XXXX-WXX-3"),
            ("Five years ago", "DATE", "2010"),
            ("11 years", "DURATION", "P11Y"),
            ("Now", "DATE", "PRESENT_REF"),
            ("2008", "DATE", "2008"),
            ("recent years", "DATE", "PAST_REF"),
            ("last year", "DATE", "2014"),
            ("the four days", "DURATION", "P4D"),
            ("1 May", "DATE", "2015-05-01"),
            ("the weekend", "DATE", "2015-W14-WE"),
            ("10am", "TIME", "2015-04-07T10:00"),
            ("Tuesday", "DATE", "2015-04-07"),
        ],
    ),
    # Monday 2012-11-26 (ISO week 48), Australian regional paper's website, headline, stamp
    # "26 Nov, 2012 10:30 AM" (DATE and TIME, gold_blind103), byline, no dateline. "on
    # Thursdays" (headline) SET XXXX-WXX-4; "until 9pm on Thursday evenings" XXXX-XX-XXT21:00
    # and SET XXXX-WXX-4TEV (gold_blind76); "this week" 2012-W48; "Christmas" 2012-12-25;
    # "its 40-year history" DURATION P40Y (adjectival duration). "Thursday, 29 November"
    # 2012-11-29 and "20 December" 2012-12-20 (ahead); "from 5.30pm on those evenings"
    # XXXX-XX-XXT17:30 ("those evenings" anaphoric, left out). "took over in March" 2012-03.
    # "last financial year" is Australia's July-June year ended June 2012, FY2012 (named by
    # the year it ends); "now" PRESENT_REF; "next year" 2013; "Last Thursday" 2012-11-22.
    # Normal hours "10am to 5pm daily" recur. Christmas 2012 is a Tuesday; "2pm on Christmas
    # Eve" 2012-12-24T14:00, "10am on 27 December" 2012-12-27T10:00; "New Year's Day"
    # 2013-01-01; "Australia Day" 2013-01-26. "the 1912 lifeboat" DATE 1912 (adjectival
    # year); "the past 18 months" P18M; "every Saturday morning" SET XXXX-WXX-6TMO. Not
    # annotated: "The summer exhibition" (an adjectival season naming a kind of show, like
    # "Summer programs" in gold_blind103), "the Thursday dinners" (a weekday naming a kind),
    # "office hours", "after dark", "a normal weekday afternoon", "the late opening",
    # "Gallery 3", "08 5550 1912" (a phone number ending in 1912, beside "1912"), "$45,000",
    # "12 per cent", "340 people", "$12", "16".
    "port-arlen-museum-late-thursdays": (
        "2012-11-26",
        [
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("Christmas", "DATE", "2012-12-25"),
            ("26 Nov, 2012", "DATE", "2012-11-26"),
            ("10:30 AM", "TIME", "2012-11-26T10:30"),
            ("9pm", "TIME", "XXXX-XX-XXT21:00"),
            ("Thursday evenings", "SET", "XXXX-WXX-4TEV"),
            ("this week", "DATE", "2012-W48"),
            ("Christmas", "DATE", "2012-12-25"),
            ("40-year", "DURATION", "P40Y"),
            ("Thursday, 29 November", "DATE", "2012-11-29"),
            ("20 December", "DATE", "2012-12-20"),
            ("5.30pm", "TIME", "XXXX-XX-XXT17:30"),
            ("March", "DATE", "2012-03"),
            ("last financial year", "DATE", "FY2012"),
            ("now", "DATE", "PRESENT_REF"),
            ("next year", "DATE", "2013"),
            ("Last Thursday", "DATE", "2012-11-22"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("daily", "SET", "P1D"),
            ("2pm", "TIME", "2012-12-24T14:00"),
            ("Christmas Eve", "DATE", "2012-12-24"),
            ("Christmas Day", "DATE", "2012-12-25"),
            ("Boxing Day", "DATE", "2012-12-26"),
            ("10am", "TIME", "2012-12-27T10:00"),
            ("27 December", "DATE", "2012-12-27"),
            ("New Year's Day", "DATE", "2013-01-01"),
            ("8 December", "DATE", "2012-12-08"),
            ("Australia Day", "DATE", "2013-01-26"),
            ("1912", "DATE", "1912"),
            ("the past 18 months", "DURATION", "P18M"),
            ("every Saturday morning", "SET", "XXXX-WXX-6TMO"),
        ],
    ),
    # Friday 2014-05-02 (ISO week 18), British broadcaster's news page, headline, stamp "2 May
    # 2014 Last updated at 11:20 GMT" (DATE and TIME), byline, no dateline. The early May bank
    # holiday is Monday 2014-05-05: the headline's "Bank holiday Monday" one DATE span (the
    # holiday named with its weekday, like "the May Day bank holiday", gold_blind27) and every
    # bare "Monday" 2014-05-05 (future); "Monday's bank holiday" -> "Monday" (the possessive
    # left out; "bank holiday" then anaphoric). "a day later than usual" -> "a day" P1D;
    # "throughout next week" -> "next week" 2014-W19 ("throughout" a signal); "Tuesday"
    # 2014-05-06, "Friday's rounds" -> "Friday" 2014-05-09, "Saturday 10 May". "normally
    # emptied on Mondays" SET. Clock times on Monday ("from 8am to 4pm", the library's "10am
    # to 2pm", the pool's "9am to 3pm" in the same sentence of Monday's openings); "free all
    # day" -> "all day" P1D. "a dry weekend" -> "weekend" 2014-W18-WE, the head noun (like
    # "a wet winter", gold_blind103). "the spring bank holiday on 26 May" two DATEs 2014-05-26
    # (gold_blind56). "Last year ... in May" 2013 and 2013-05 (the clause names the year);
    # "the past three years" P3Y; "Saturdays" SET; "last year" 2013; "March" 2014-03 (past),
    # "fortnightly" SET P2W (gold_blind93), "November" 2014-11 (ahead); "10-hour shifts"
    # PT10H; "8.30am on Tuesday" 2014-05-06T08:30. Not annotated: "its Sunday hours" (a
    # weekday naming a kind of hours), "bank holidays" and "both bank holidays" (generic),
    # "an ordinary month", "on time", "0161 555 0505" (0505 like 5 May), "640", "a third",
    # "£80,000".
    "tarnside-may-bank-holiday-services": (
        "2014-05-02",
        [
            ("Bank holiday Monday", "DATE", "2014-05-05"),
            ("2 May 2014", "DATE", "2014-05-02"),
            ("11:20 GMT", "TIME", "2014-05-02T11:20"),
            ("a day", "DURATION", "P1D"),
            ("next week", "DATE", "2014-W19"),
            ("Monday", "DATE", "2014-05-05"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("Tuesday", "DATE", "2014-05-06"),
            ("Friday", "DATE", "2014-05-09"),
            ("Saturday 10 May", "DATE", "2014-05-10"),
            ("Monday", "DATE", "2014-05-05"),
            ("8am", "TIME", "2014-05-05T08:00"),
            ("4pm", "TIME", "2014-05-05T16:00"),
            ("weekend", "DATE", "2014-W18-WE"),
            ("Monday", "DATE", "2014-05-05"),
            ("10am", "TIME", "2014-05-05T10:00"),
            ("2pm", "TIME", "2014-05-05T14:00"),
            ("9am", "TIME", "2014-05-05T09:00"),
            ("3pm", "TIME", "2014-05-05T15:00"),
            ("all day", "DURATION", "P1D"),
            ("the spring bank holiday", "DATE", "2014-05-26"),
            ("26 May", "DATE", "2014-05-26"),
            ("Last year", "DATE", "2013"),
            ("May", "DATE", "2013-05"),
            ("the past three years", "DURATION", "P3Y"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("last year", "DATE", "2013"),
            ("March", "DATE", "2014-03"),
            ("fortnightly", "SET", "P2W"),
            ("November", "DATE", "2014-11"),
            ("10-hour", "DURATION", "PT10H"),
            ("next week", "DATE", "2014-W19"),
            ("8.30am", "TIME", "2014-05-06T08:30"),
            ("Tuesday", "DATE", "2014-05-06"),
        ],
    ),
    # Wednesday 2015-10-07 (ISO week 41), Canadian paper's website, headline, stamp
    # "Published on: October 7, 2015 | Last Updated: October 7, 2015 4:05 PM EDT" (two DATEs
    # and a TIME, gold_blind103), byline, "KESTREL FALLS —" dateline. Thanksgiving in Canada
    # is the second Monday of October, 2015-10-12: "Thanksgiving Monday" (headline and body)
    # one DATE span, "closed Monday for Thanksgiving" two DATEs, every bare "Monday" 2015-10-12
    # except the recurring "Monday to Friday" of the phone line (two SETs). "the city said
    # Tuesday" 2015-10-06 (past); "Tuesday" of the moved collection, "Tuesday, Oct. 13" and
    # "Tuesday morning" 2015-10-13 (ahead); "Friday's" -> "Friday" 2015-10-16; "Saturday,
    # Oct. 17". Clock
    # times on Thanksgiving Monday ("10:15 p.m." of the Sunday schedule on Monday, "noon to 2
    # p.m." of the skating in the pool's sentence). "next week" 2015-W42; "a day late" ->
    # "a day" P1D. "Last Thanksgiving" one span 2014-10-13 (like "last Christmas",
    # gold_blind43); "in four days" P4D; "the long weekend" 2015-W41-WE (the ISO week of its
    # Saturday, gold_blind103); "The bags can wait a week" -> "a week" P1W; "2009"; "the past
    # decade" P10Y; "Sept. 28" past, "every Wednesday" SET, "Nov. 25" and "mid-December"
    # 2015-12 ahead; the phone line's hours recur (XXXX-XX-XXThh:mm). Not annotated: "a
    # Sunday schedule" (a weekday naming a kind of timetable, gold_blind76), "the holiday
    # itself", "holidays" (generic), "a normal week", "time and a half", "Routes 10 and 12",
    # "905-555-1012" (1012 like 12 October), "412 tonnes", "15 per cent", "$1.2 million".
    "kestrel-falls-thanksgiving-closures": (
        "2015-10-07",
        [
            ("Thanksgiving Monday", "DATE", "2015-10-12"),
            ("October 7, 2015", "DATE", "2015-10-07"),
            ("October 7, 2015", "DATE", "2015-10-07"),
            ("4:05 PM EDT", "TIME", "2015-10-07T16:05"),
            ("Monday", "DATE", "2015-10-12"),
            ("Thanksgiving", "DATE", "2015-10-12"),
            ("next week", "DATE", "2015-W42"),
            ("a day", "DURATION", "P1D"),
            ("Tuesday", "DATE", "2015-10-06"),
            ("Monday", "DATE", "2015-10-12"),
            ("Tuesday", "DATE", "2015-10-13"),
            ("Friday", "DATE", "2015-10-16"),
            ("Saturday, Oct. 17", "DATE", "2015-10-17"),
            ("8:30 a.m.", "TIME", "2015-10-13T08:30"),
            ("Tuesday, Oct. 13", "DATE", "2015-10-13"),
            ("Monday", "DATE", "2015-10-12"),
            ("10:15 p.m.", "TIME", "2015-10-12T22:15"),
            ("1 p.m.", "TIME", "2015-10-12T13:00"),
            ("5 p.m.", "TIME", "2015-10-12T17:00"),
            ("Thanksgiving Monday", "DATE", "2015-10-12"),
            ("noon", "TIME", "2015-10-12T12:00"),
            ("2 p.m.", "TIME", "2015-10-12T14:00"),
            ("Last Thanksgiving", "DATE", "2014-10-13"),
            ("four days", "DURATION", "P4D"),
            ("the long weekend", "DATE", "2015-W41-WE"),
            ("a week", "DURATION", "P1W"),
            ("2009", "DATE", "2009"),
            ("the past decade", "DURATION", "P10Y"),
            ("Sept. 28", "DATE", "2015-09-28"),
            ("every Wednesday", "SET", "XXXX-WXX-3"),
            ("Nov. 25", "DATE", "2015-11-25"),
            ("mid-December", "DATE", "2015-12"),
            ("8:30 a.m.", "TIME", "XXXX-XX-XXT08:30"),
            ("4:30 p.m.", "TIME", "XXXX-XX-XXT16:30"),
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Friday", "SET", "XXXX-WXX-5"),
            ("Tuesday morning", "TIME", "2015-10-13TMO"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
