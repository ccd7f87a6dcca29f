"""Annotations of blind gold set 374, chosen by hand before the tagger ran.

    python tests/data/gold_blind374/annotate.py [--show]

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
    # Tuesday 2013-08-13 (ISO week 33), US metro daily's business page, section label,
    # headline ("this fall" 2013-FA), byline "Staff Writer", date line "Tuesday, August 13,
    # 2013" (one span with its weekday, gold_blind35), "CEDAR BLUFF, Neb. —" dateline. The
    # carrier "said Monday" 2013-08-12; "starting next month" 2013-09; the last Denver flight
    # leaves "at 6:40 p.m. on Sept. 30" (2013-09-30T18:40 and the DATE, two TIMEX3). "a
    # second daily flight" -> the adjective "daily" SET P1D naming a recurrence (gold_blind76's
    # "a fourth daily return sailing"); it "will run daily except Saturdays" -> SET P1D and SET
    # XXXX-WXX-6; its times recur every day from Sept. 9, XXXX-XX-XXT07:15, T08:50, T17:50
    # (gold_blind76). "three straight years" DURATION P3Y, a cardinal run like "five
    # consecutive days" (gold_blind103). "the second quarter" 2013-Q2 (calendar, no fiscal year
    # described for the airline) and "a year earlier" 2012-Q2, the granularity of what it is
    # compared with (gold_blind35); "Tuesdays", "Wednesdays" SETs. "last spring" in August is
    # the spring of the same year, 2013-SP (gold_blind35). "this year" 2013, "February" 2013-02,
    # "June" 2013-06 (past). "late last week" 2013-W32 (modifier kept, not recorded); the
    # director met the airline "Friday" 2013-08-09. The city airport's year runs July-June and
    # is named by the year it ends: "fiscal 2013, which ended June 30" FY2013 plus 2013-06-30,
    # "fiscal 2014" FY2014 (gold_blind37). "this winter" in August 2013 is the winter of
    # 2013-14, 2014-WI (the year of its January, gold_blind10, gold_blind103); "next summer"
    # 2014-SU; "only on weekends" SET XXXX-WXX-WE. "twice a month" SET P1M (gold_blind35's
    # "twice a week" P1W); "nearly a decade" P10Y; "six-hour" DURATION PT6H; "Sunday nights"
    # SET XXXX-WXX-7TNI. The public meeting "at 6:30 p.m. Thursday" 2013-08-15T18:30 and
    # 2013-08-15 (future); "Sept. 15" 2013-09-15. Not annotated: "Flight 2013" (in a 2013
    # story) and "Flight 418" (flight numbers, gold_blind16, gold_blind34), "The carrier's
    # existing afternoon flight" and "its Saturday flights" (a part of day and a weekday naming
    # a kind of flight, gold_blind76), "later dates", "50-seat", "61 percent", "68 percent", "50
    # percent", "14 routes", "$3.2 million", "212,000 passengers", "its busiest year" beyond
    # "2008", "8 percent", "57" (an age), "second-floor", "1-800-555-2013",
    # "prairiewings.com/fall2013" (a year in a web address).
    "prairie-wings-denver-route-cut": (
        "2013-08-13",
        [
            ("this fall", "DATE", "2013-FA"),
            ("Tuesday, August 13, 2013", "DATE", "2013-08-13"),
            ("Oct. 1", "DATE", "2013-10-01"),
            ("daily", "SET", "P1D"),
            ("next month", "DATE", "2013-09"),
            ("Monday", "DATE", "2013-08-12"),
            ("6:40 p.m.", "TIME", "2013-09-30T18:40"),
            ("Sept. 30", "DATE", "2013-09-30"),
            ("Sept. 9", "DATE", "2013-09-09"),
            ("daily", "SET", "P1D"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("7:15 a.m.", "TIME", "XXXX-XX-XXT07:15"),
            ("8:50 a.m.", "TIME", "XXXX-XX-XXT08:50"),
            ("5:50 p.m.", "TIME", "XXXX-XX-XXT17:50"),
            ("three straight years", "DURATION", "P3Y"),
            ("the second quarter", "DATE", "2013-Q2"),
            ("a year earlier", "DATE", "2012-Q2"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Wednesdays", "SET", "XXXX-WXX-3"),
            ("last spring", "DATE", "2013-SP"),
            ("the first half of 2013", "DATE", "2013-H1"),
            ("this year", "DATE", "2013"),
            ("February", "DATE", "2013-02"),
            ("June", "DATE", "2013-06"),
            ("late last week", "DATE", "2013-W32"),
            ("Friday", "DATE", "2013-08-09"),
            ("fiscal 2013", "DATE", "FY2013"),
            ("June 30", "DATE", "2013-06-30"),
            ("2008", "DATE", "2008"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("this winter", "DATE", "2014-WI"),
            ("next summer", "DATE", "2014-SU"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("twice a month", "SET", "P1M"),
            ("nearly a decade", "DURATION", "P10Y"),
            ("six-hour", "DURATION", "PT6H"),
            ("Sunday nights", "SET", "XXXX-WXX-7TNI"),
            ("6:30 p.m.", "TIME", "2013-08-15T18:30"),
            ("Thursday", "DATE", "2013-08-15"),
            ("Sept. 15", "DATE", "2013-09-15"),
        ],
    ),
    # Thursday 2015-06-25 (ISO week 26), US newspaper website printing a wire story, headline, stamp
    # "Published 5:12 am, Thursday, June 25, 2015" (TIME and one DATE span with its weekday),
    # byline, "WASHINGTON (AP) —" dateline. Independence Day 2015 is Saturday 2015-07-04, so "Fourth
    # of July weekend" (headline) and "the Fourth of July holiday weekend" are the ISO weekend of
    # that Saturday, 2015-W27-WE (holiday weekends, gold_blind57, gold_blind76); "Independence Day
    # falls on Saturday, July 4" two DATEs 2015-07-04 (a holiday and the date after it,
    # gold_blind57, gold_blind76); a bare "Saturday" would have been the nearest one, 27 June, so
    # the date was written out. The group "said Wednesday" 2015-06-24; gas "on Tuesday" 2015-06-23
    # (past). "Friday, July 3", "Wednesday, July 1", "Sunday, July 5", "Thursday, July 2" one span
    # each with their weekday; "five-day" DURATION P5D; "the following Monday" after Thursday, July
    # 2 is 2015-07-06, a narrative anchor. "Last year" and "last year" (twice, once as "last year's
    # holiday", the possessive left out) 2014; "four days" P4D; "a year ago" 2014 (the unit's
    # granularity, gold_blind76, gold_blind103); "last week" 2015-W25. "in five years" P5Y, the
    # period of a superlative; "the two weeks around the holiday" P2W (an anchored duration); "at
    # least two hours" PT2H. Future weekdays: "Wednesday afternoon" 2015-07-01TAF, "the next day"
    # after it 2015-07-02 with "3 p.m." and "7 p.m." that day; "before 6 a.m. Wednesday or ... after
    # 8 p.m." 2015-07-01T06:00, 2015-07-01 and 2015-07-01T20:00 (the advice is for the getaway day
    # named); "come home on the Monday rather than the Sunday" of the five-day period 2015-07-06 and
    # 2015-07-05, definite days of an event whose dates the text gives (gold_blind76's "2pm on the
    # Saturday"). "Labor Day weekend" 2015-W36-WE (5-6 September, Labor Day being Monday 7
    # September); "mid-August" 2015-08; "Memorial Day" 2015-05-25 (the last Monday of May); "May 14"
    # 2015-05-14; "that weekend" the Memorial Day weekend, 2015-W21-WE (23-24 May); "the most in 10
    # years" -> "10 years" P10Y. Not annotated: "41.9 million", "50 miles", "35.9 million", "1.6
    # percent", "$2.78", "$3.68", "3 cents", "3.4 million", "Interstate 95", "up to three times as
    # long as usual", "top 40", "$191 a night", "5 percent", "2 percent", "37.2 million", "the
    # summer travel season" (a trade season, gold_blind76), "The busiest days" and "the busiest
    # stretch" (superlatives without a value), "the federal holiday" and "the holiday" (anaphoric to
    # the annotated Independence Day).
    "fourth-of-july-travel-forecast-record": (
        "2015-06-25",
        [
            ("Fourth of July weekend", "DATE", "2015-W27-WE"),
            ("5:12 am", "TIME", "2015-06-25T05:12"),
            ("Thursday, June 25, 2015", "DATE", "2015-06-25"),
            ("the Fourth of July holiday weekend", "DATE", "2015-W27-WE"),
            ("2001", "DATE", "2001"),
            ("Wednesday", "DATE", "2015-06-24"),
            ("Independence Day", "DATE", "2015-07-04"),
            ("Saturday, July 4", "DATE", "2015-07-04"),
            ("Friday, July 3", "DATE", "2015-07-03"),
            ("five-day", "DURATION", "P5D"),
            ("Wednesday, July 1", "DATE", "2015-07-01"),
            ("Sunday, July 5", "DATE", "2015-07-05"),
            ("Last year", "DATE", "2014"),
            ("four days", "DURATION", "P4D"),
            ("last year", "DATE", "2014"),
            ("Tuesday", "DATE", "2015-06-23"),
            ("a year ago", "DATE", "2014"),
            ("last week", "DATE", "2015-W25"),
            ("five years", "DURATION", "P5Y"),
            ("the two weeks", "DURATION", "P2W"),
            ("Thursday, July 2", "DATE", "2015-07-02"),
            ("the following Monday", "DATE", "2015-07-06"),
            ("at least two hours", "DURATION", "PT2H"),
            ("Wednesday afternoon", "TIME", "2015-07-01TAF"),
            ("the next day", "DATE", "2015-07-02"),
            ("3 p.m.", "TIME", "2015-07-02T15:00"),
            ("7 p.m.", "TIME", "2015-07-02T19:00"),
            ("6 a.m.", "TIME", "2015-07-01T06:00"),
            ("Wednesday", "DATE", "2015-07-01"),
            ("8 p.m.", "TIME", "2015-07-01T20:00"),
            ("the Monday", "DATE", "2015-07-06"),
            ("the Sunday", "DATE", "2015-07-05"),
            ("last year", "DATE", "2014"),
            ("Labor Day weekend", "DATE", "2015-W36-WE"),
            ("mid-August", "DATE", "2015-08"),
            ("Memorial Day", "DATE", "2015-05-25"),
            ("May 14", "DATE", "2015-05-14"),
            ("that weekend", "DATE", "2015-W21-WE"),
            ("10 years", "DURATION", "P10Y"),
        ],
    ),
    # Saturday 2014-03-29 (ISO week 13), British regional daily's website, section label,
    # headline, standfirst, byline, date line "Saturday 29 March 2014". "next Saturday" in a
    # Saturday paper (headline and lead) is the coming Saturday seven days ahead, 2014-04-05
    # (gold_blind11), confirmed by "on 5 April" and "Saturday 5 April". "more than two years"
    # (standfirst and lead) DURATION P2Y; "the first month" of the reopening DURATION P1M, an
    # ordinal period of an event (gold_blind35's "The first week"); "its first year back"
    # -> "its first year" P1Y likewise. "3 January 2012"; "18 months" P18M; "the summer of
    # 2012" 2012-SU; "nine months" P9M. "10am on Saturday 5 April" and "9.30am" that day.
    # "4 May" 2014-05-04; "1874" (the founding), "2011"; "1920s railway posters" -> "1920s"
    # 192, an adjectival decade (gold_blind62, gold_blind76); "the 1851 Great Exhibition" ->
    # "1851", an event named by its year (gold_blind103's "the 1947 flood"). "a long two
    # years" P2Y (the modifier kept); "the past six weeks" P6W. "until midnight on Thursday"
    # -> "midnight" 2014-03-27T24:00, the end of that day (gold_blind103), and "Thursday"
    # 2014-03-27; "yesterday afternoon" 2014-03-28TAF. The council's financial year runs
    # April-March and is named by the year it ends: "the 2014-15 financial year" one span
    # FY2015 (gold_blind11, gold_blind21), "which begins on Tuesday" 2014-04-01. The café "open
    # daily from 9am" SET P1D and XXXX-XX-XXT09:00; "From 12 April" 2014-04-12; "every
    # Wednesday at 2pm" SET XXXX-WXX-3 and XXXX-XX-XXT14:00; "a late opening on Thursdays will start
    # in May" SET XXXX-WXX-4 and the month it starts, 2014-05. The OPENING HOURS box follows
    # gold_blind76: each end of a weekday range a SET ("Tue" XXXX-WXX-2, "Sat" XXXX-WXX-6,
    # "Sun" XXXX-WXX-7), each end of a range of hours a TIME on no particular day ("10am",
    # "5pm", "11am", "4pm", "until 8pm"), the hyphen a range mark; "Thursdays ... (from May)"
    # again SET and 2014-05; "Closed Mondays" SET XXXX-WXX-1. Not annotated: "£11.4m", "£11.4
    # million", "£1.6m", "£6", "£3.2m", "12 per cent", "92" (an age), "142,000", "200,000",
    # "8,000 objects", "Gallery 1874" (a name holding the founding year, beside the annotated
    # "1874"), "the founding year" (anaphoric), "01632 555 1874", "kelburymuseum.org.uk",
    # "evening hire" and "a late opening" (a part of day and an adjective naming kinds), "bank
    # holidays" (gold_blind76), "The Victorian building" (an era's name), "the schedule".
    "kelbury-museum-reopens-after-refit": (
        "2014-03-29",
        [
            ("next Saturday", "DATE", "2014-04-05"),
            ("5 April", "DATE", "2014-04-05"),
            ("more than two years", "DURATION", "P2Y"),
            ("the first month", "DURATION", "P1M"),
            ("Saturday 29 March 2014", "DATE", "2014-03-29"),
            ("next Saturday", "DATE", "2014-04-05"),
            ("more than two years", "DURATION", "P2Y"),
            ("3 January 2012", "DATE", "2012-01-03"),
            ("18 months", "DURATION", "P18M"),
            ("the summer of 2012", "DATE", "2012-SU"),
            ("nine months", "DURATION", "P9M"),
            ("10am", "TIME", "2014-04-05T10:00"),
            ("Saturday 5 April", "DATE", "2014-04-05"),
            ("9.30am", "TIME", "2014-04-05T09:30"),
            ("4 May", "DATE", "2014-05-04"),
            ("1874", "DATE", "1874"),
            ("2011", "DATE", "2011"),
            ("its first year", "DURATION", "P1Y"),
            ("1920s", "DATE", "192"),
            ("1851", "DATE", "1851"),
            ("a long two years", "DURATION", "P2Y"),
            ("the past six weeks", "DURATION", "P6W"),
            ("midnight", "TIME", "2014-03-27T24:00"),
            ("Thursday", "DATE", "2014-03-27"),
            ("yesterday afternoon", "TIME", "2014-03-28TAF"),
            ("the 2014-15 financial year", "DATE", "FY2015"),
            ("Tuesday", "DATE", "2014-04-01"),
            ("daily", "SET", "P1D"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("12 April", "DATE", "2014-04-12"),
            ("every Wednesday", "SET", "XXXX-WXX-3"),
            ("2pm", "TIME", "XXXX-XX-XXT14:00"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("May", "DATE", "2014-05"),
            ("Tue", "SET", "XXXX-WXX-2"),
            ("Sat", "SET", "XXXX-WXX-6"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("Sun", "SET", "XXXX-WXX-7"),
            ("11am", "TIME", "XXXX-XX-XXT11:00"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("May", "DATE", "2014-05"),
            ("Mondays", "SET", "XXXX-WXX-1"),
        ],
    ),
    # Friday 2012-05-04 (ISO week 18), US local paper's weekend page, section label, headline
    # ("opens its 88th season Saturday" -> "Saturday" 2012-05-05), date line "Friday, May 4,
    # 2012", byline, "HARMON, Ohio —" dateline. Opening day: "10 a.m. Saturday" two TIMEX3
    # (2012-05-05T10:00, 2012-05-05), "before 7 a.m." that day, "half an hour early, at 9:30
    # a.m." -> "half an hour" PT30M (the size of a shift, gold_blind24) and 2012-05-05T09:30.
    # "11 months" P11M; "last June" in May 2012 is 2011-06; inspectors "signed off on it
    # Tuesday" 2012-05-01 (past); "the past week" P1W; "every day since Easter" SET P1D and
    # "Easter" 2012-04-08 (the holiday on its own day, gold_blind76). Season calendar: "open
    # weekends only through May 20" SET XXXX-WXX-WE and 2012-05-20; "daily from Memorial Day
    # weekend through Labor Day, Sept. 3" SET P1D, 2012-W21-WE (26-27 May, the weekend before
    # Memorial Day, Monday 28 May, gold_blind21), "Labor Day" and "Sept. 3" two DATEs 2012-09-03
    # (gold_blind57); "returns to weekends until Oct. 28" SET and 2012-10-28. "Hours are 10 a.m.
    # to 8 p.m." and "until 10 p.m." recur, XXXX-XX-XXThh:mm; "on Fridays and Saturdays in July
    # and August" two SETs and two DATEs 2012-07, 2012-08 (a set and its frame, gold_blind76);
    # "every Saturday night" SET XXXX-WXX-6TNI, "this summer" 2012-SU, "the Fourth of July"
    # 2012-07-04. "first opened in 1925"; "last year" 2011; "its best season since 1998" ->
    # "1998" (the season itself not annotated). The owner's fiscal year ends on Sept. 30 and is
    # named by the year it ends: "its fiscal first quarter, which ended Dec. 31" FY2012-Q1
    # (October-December 2011) and 2011-12-31; "fiscal 2012 runs through Sept. 30" FY2012 and
    # 2012-09-30; "in February" 2012-02. "until May 31" 2012-05-31; the job fair "from noon to 4
    # p.m. Sunday" 2012-05-06T12:00, 2012-05-06T16:00 and 2012-05-06. Not annotated: "88th
    # season", "for the season", "its best season" (a trade season, gold_blind76), "Season pass
    # holders" and "Season passes", "the Timberwolf 360" (a ride's name), "$9 million",
    # "2,900-foot", "500 times", "58 mph", "48 inches", "612,000 visitors", "$2.1 million", "5
    # percent", "A daily ticket" (an adjective naming a kind of ticket, not a recurrence, like
    # "day tickets" in gold_blind76), "$39.99", "$5", "$89", "$109", "under 3" and "ages 16 and
    # older" (ages), "350 seasonal workers", "$10 per car", "419-555-1925" (beside "1925"),
    # "thunderlakepark.com/2012", "when the park was closed".
    "thunder-lake-park-season-opener": (
        "2012-05-04",
        [
            ("Saturday", "DATE", "2012-05-05"),
            ("Friday, May 4, 2012", "DATE", "2012-05-04"),
            ("10 a.m.", "TIME", "2012-05-05T10:00"),
            ("Saturday", "DATE", "2012-05-05"),
            ("7 a.m.", "TIME", "2012-05-05T07:00"),
            ("half an hour", "DURATION", "PT30M"),
            ("9:30 a.m.", "TIME", "2012-05-05T09:30"),
            ("11 months", "DURATION", "P11M"),
            ("last June", "DATE", "2011-06"),
            ("Tuesday", "DATE", "2012-05-01"),
            ("the past week", "DURATION", "P1W"),
            ("every day", "SET", "P1D"),
            ("Easter", "DATE", "2012-04-08"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("May 20", "DATE", "2012-05-20"),
            ("daily", "SET", "P1D"),
            ("Memorial Day weekend", "DATE", "2012-W21-WE"),
            ("Labor Day", "DATE", "2012-09-03"),
            ("Sept. 3", "DATE", "2012-09-03"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("Oct. 28", "DATE", "2012-10-28"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("July", "DATE", "2012-07"),
            ("August", "DATE", "2012-08"),
            ("every Saturday night", "SET", "XXXX-WXX-6TNI"),
            ("this summer", "DATE", "2012-SU"),
            ("the Fourth of July", "DATE", "2012-07-04"),
            ("1925", "DATE", "1925"),
            ("last year", "DATE", "2011"),
            ("1998", "DATE", "1998"),
            ("its fiscal first quarter", "DATE", "FY2012-Q1"),
            ("Dec. 31", "DATE", "2011-12-31"),
            ("fiscal 2012", "DATE", "FY2012"),
            ("Sept. 30", "DATE", "2012-09-30"),
            ("February", "DATE", "2012-02"),
            ("May 31", "DATE", "2012-05-31"),
            ("noon", "TIME", "2012-05-06T12:00"),
            ("4 p.m.", "TIME", "2012-05-06T16:00"),
            ("Sunday", "DATE", "2012-05-06"),
        ],
    ),
    # Wednesday 2014-10-22 (ISO week 43), Australian newspaper website's travel page, section
    # label, headline, stamp "Date: October 22, 2014 - 3:48PM" (DATE and TIME, gold_blind103),
    # byline, no dateline. "a 13-day South Pacific voyage" DURATION P13D; "a day early" ->
    # "a day" P1D, the size of a shift (gold_blind76's "a week early"). "left Sydney on October
    # 11" 2014-10-11; "was due back at 6am on Friday" 2014-10-24T06:00 and 2014-10-24 (the
    # original schedule, a future weekday); "now" PRESENT_REF (as things stand today); "at
    # about 7am tomorrow" 2014-10-23T07:00 and 2014-10-23. Past weekdays: "Saturday night"
    # 2014-10-18TNI, "two days after the ship left Noumea" P2D (an anchored duration,
    # gold_blind35), the ship having left on Thursday 16 October (not named); "Monday morning"
    # 2014-10-20TMO; "yesterday afternoon" 2014-10-21TAF; "At 11.20pm on Tuesday"
    # 2014-10-21T23:20 and 2014-10-21; the quote's "today" 2014-10-22 and "since Sunday"
    # 2014-10-19; "on Sunday evening" 2014-10-19TEV and "the next day" 2014-10-20 (a narrative
    # anchor); "since Monday" 2014-10-20. "at least 24 hours" PT24H; "from about 9am" on the
    # arrival day 2014-10-23T09:00; "within a week" P1W; "the two days missed" P2D; "30 June
    # 2015". The next cruise "on Friday" 2014-10-24 (future), "five-day" P5D, "pushed back to
    # Saturday afternoon" 2014-10-25TAF, "36-hour" PT36H; "this afternoon" 2014-10-22TAF;
    # "this year" 2014, "In March" 2014-03. "this summer" in a Sydney paper of October is the
    # coming southern summer, December 2014-February 2015, 2015-SU (the year of its January,
    # gold_blind9, gold_blind17). Not annotated: "Coral Dawn" (a ship's name holding a part of
    # day), "its busiest cruise season" (a trade season), "180", "2,140 passengers", "94", "64"
    # (an age), "cabin 9014", "25 per cent", "70", "310 ship visits", "1300 555 214", "the last
    # leg", "its final port of call", "when it arrives", "self-serve".
    "pacific-meridian-gastro-outbreak": (
        "2014-10-22",
        [
            ("October 22, 2014", "DATE", "2014-10-22"),
            ("3:48PM", "TIME", "2014-10-22T15:48"),
            ("13-day", "DURATION", "P13D"),
            ("a day", "DURATION", "P1D"),
            ("October 11", "DATE", "2014-10-11"),
            ("6am", "TIME", "2014-10-24T06:00"),
            ("Friday", "DATE", "2014-10-24"),
            ("now", "DATE", "PRESENT_REF"),
            ("about 7am", "TIME", "2014-10-23T07:00"),
            ("tomorrow", "DATE", "2014-10-23"),
            ("Saturday night", "TIME", "2014-10-18TNI"),
            ("two days", "DURATION", "P2D"),
            ("Monday morning", "TIME", "2014-10-20TMO"),
            ("yesterday afternoon", "TIME", "2014-10-21TAF"),
            ("11.20pm", "TIME", "2014-10-21T23:20"),
            ("Tuesday", "DATE", "2014-10-21"),
            ("today", "DATE", "2014-10-22"),
            ("Sunday", "DATE", "2014-10-19"),
            ("Sunday evening", "TIME", "2014-10-19TEV"),
            ("the next day", "DATE", "2014-10-20"),
            ("at least 24 hours", "DURATION", "PT24H"),
            ("Monday", "DATE", "2014-10-20"),
            ("about 9am", "TIME", "2014-10-23T09:00"),
            ("a week", "DURATION", "P1W"),
            ("the two days", "DURATION", "P2D"),
            ("30 June 2015", "DATE", "2015-06-30"),
            ("Friday", "DATE", "2014-10-24"),
            ("five-day", "DURATION", "P5D"),
            ("Saturday afternoon", "TIME", "2014-10-25TAF"),
            ("36-hour", "DURATION", "PT36H"),
            ("this afternoon", "TIME", "2014-10-22TAF"),
            ("this year", "DATE", "2014"),
            ("March", "DATE", "2014-03"),
            ("this summer", "DATE", "2015-SU"),
        ],
    ),
    # Monday 2013-06-10 (ISO week 24), Irish daily, headline, standfirst ("at least four weeks"
    # P4W; "summer rush" an adjective naming a kind, not annotated), byline, date line "Monday
    # 10 June 2013". "the end of last week" 2013-W23 (the modifier not recorded, like "the
    # middle of next week" in gold_blind103); "the start of May" 2013-05. "next Monday" in a
    # Monday paper is the coming Monday seven days ahead, 2013-06-17 (gold_blind11's "next
    # Saturday" in a Saturday paper); "the end of August" 2013-08. Opening hours recur:
    # "from 9.15am to 4.30pm", "until 7pm on Thursdays", "from 10am to 1pm on Saturdays" ->
    # XXXX-XX-XXThh:mm and the SETs XXXX-WXX-4, XXXX-WXX-6 (gold_blind76). "now" PRESENT_REF
    # (twice); "about four weeks" P4W; "10 days last June" P10D and 2012-06; "the seven days to
    # Friday" P7D and 2013-06-07 (like "the 36 hours to Wednesday evening", gold_blind76);
    # "since 2008"; "every month since January" SET P1M and 2013-01. "The June bank holiday
    # weekend": Ireland's June bank holiday is the first Monday of June, 3 June 2013, and the
    # weekend is the one before it, 2013-W22-WE (1-2 June; gold_blind69, gold_blind97); "Monday
    # 3 June" 2013-06-03; "the following day" 2013-06-04 (a narrative anchor). The minister
    # spoke "on Wednesday" 2013-06-05 (past); "by mid-July" 2013-07; "the next 10 days" P10D.
    # "waited hours" -> "hours" DURATION PTXH (a vague duration, like "weeks" PXW, gold_blind35).
    # "on 2 May" 2013-05-02; "Thursday week" (the Thursday after the coming one) one DATE span
    # 2013-06-20 (gold_blind24's "Saturday week"); "every day for a fortnight" SET P1D and P2W;
    # "within 24 hours" PT24H; "before 7am on Saturday" 2013-06-08T07:00 and 2013-06-08 (past).
    # "Last year" 2012; "early December" 2013-12; "10-year" P10Y and "five-year" P5Y (adjectival
    # durations, the validity of a passport); "first promised for 2012" 2012; "the first half
    # of 2014" 2014-H1; "in February" 2013-02. Not annotated: "62,000", "40 temporary clerks",
    # "38,000", "its busiest week" beyond "2008", "641,000", "€80", "€21", "1890 555 013",
    # "form PA-14", "under 18", "opening hours" (a noun naming a kind), "summer rush", "The
    # Irish Record" (a newspaper), "by post".
    "passport-office-summer-backlog": (
        "2013-06-10",
        [
            ("at least four weeks", "DURATION", "P4W"),
            ("Monday 10 June 2013", "DATE", "2013-06-10"),
            ("the end of last week", "DATE", "2013-W23"),
            ("the start of May", "DATE", "2013-05"),
            ("next Monday", "DATE", "2013-06-17"),
            ("the end of August", "DATE", "2013-08"),
            ("9.15am", "TIME", "XXXX-XX-XXT09:15"),
            ("4.30pm", "TIME", "XXXX-XX-XXT16:30"),
            ("7pm", "TIME", "XXXX-XX-XXT19:00"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("1pm", "TIME", "XXXX-XX-XXT13:00"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("now", "DATE", "PRESENT_REF"),
            ("about four weeks", "DURATION", "P4W"),
            ("10 days", "DURATION", "P10D"),
            ("last June", "DATE", "2012-06"),
            ("the seven days", "DURATION", "P7D"),
            ("Friday", "DATE", "2013-06-07"),
            ("2008", "DATE", "2008"),
            ("every month", "SET", "P1M"),
            ("January", "DATE", "2013-01"),
            ("The June bank holiday weekend", "DATE", "2013-W22-WE"),
            ("Monday 3 June", "DATE", "2013-06-03"),
            ("the following day", "DATE", "2013-06-04"),
            ("Wednesday", "DATE", "2013-06-05"),
            ("mid-July", "DATE", "2013-07"),
            ("the next 10 days", "DURATION", "P10D"),
            ("hours", "DURATION", "PTXH"),
            ("2 May", "DATE", "2013-05-02"),
            ("Thursday week", "DATE", "2013-06-20"),
            ("every day", "SET", "P1D"),
            ("a fortnight", "DURATION", "P2W"),
            ("24 hours", "DURATION", "PT24H"),
            ("7am", "TIME", "2013-06-08T07:00"),
            ("Saturday", "DATE", "2013-06-08"),
            ("Last year", "DATE", "2012"),
            ("early December", "DATE", "2013-12"),
            ("10-year", "DURATION", "P10Y"),
            ("five-year", "DURATION", "P5Y"),
            ("2012", "DATE", "2012"),
            ("now", "DATE", "PRESENT_REF"),
            ("the first half of 2014", "DATE", "2014-H1"),
            ("February", "DATE", "2013-02"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
