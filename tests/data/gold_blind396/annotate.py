"""Annotations of the blind gold set 396, chosen by hand before the tagger ran.

    python tests/data/gold_blind396/annotate.py [--show]

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
    # Thursday 2013-03-07 (ISO week 10), English local weekly's planning story, section label,
    # headline ("three weeks to respond"), byline, date line "Thursday 7 March 2013" (one DATE
    # span with its weekday). The consultation closes "at 5pm on 28 March" 2013-03-28T17:00
    # and the DATE; "three weeks" (headline) DURATION P3W, "21-day" and "within 21 days of the
    # notice" P21D (signal outside, gold_blind69, gold_blind90). "last week" 2013-W09. Past
    # weekdays: notices "on Monday" 2013-03-04, letters "on Tuesday" 2013-03-05, the public
    # meeting "on Friday evening" 2013-03-01TEV, the Environment Agency's request "on
    # Wednesday" 2013-03-06. Future: the committee "on Tuesday 16 April at 6.30pm" (DATE and
    # TIME), "a week before the meeting" DURATION P1W (an anchored duration, gold_blind35),
    # "Monday 18 March, ten days before the deadline" (DATE and P10D), "tomorrow" 2013-03-08
    # "from 2pm to 8pm" two TIMEs that day, "Saturday morning" 2013-03-09TMO. "the spring of
    # 2014" 2014-SP; "about three years" P3Y; "Christmas 2014" one span 2014-12-25
    # (gold_blind98); "November 2011"; "last year" 2012; "for years" -> "years" PXY; "every
    # winter" SET XXXX-WI; "now" PRESENT_REF; "an extra fortnight" DURATION P2W (like "a
    # further 12 months", gold_blind90); "mid-March" 2013-03; "over seven days in January"
    # P7D and 2013-01; "by 2026" 2026. The viewing hours "between 9am and 5pm, Monday to
    # Friday" recur: TIMEs XXXX-XX-XXThh:mm and the ends of the weekday range SETs
    # (gold_blind76, gold_blind90). Not annotated: "13/00412/OUT" (twice, a reference holding
    # the year 2013), "the Northgate Local Plan 2011-2031" (a plan's name), "0300 123 2013" (a
    # phone number ending in the year), "140-home", "140 homes", "212", "95 homes",
    # "11-hectare", "67" (an age), "300 people", "9,800 vehicles", "the A614", "600 homes",
    # "HX4 9QT", "www.northgate-dc.gov.uk/planning", "the deadline" (twice, event-named),
    # "at its busiest".
    "hexley-quarry-lane-homes-application": (
        "2013-03-07",
        [
            ("three weeks", "DURATION", "P3W"),
            ("Thursday 7 March 2013", "DATE", "2013-03-07"),
            ("5pm", "TIME", "2013-03-28T17:00"),
            ("28 March", "DATE", "2013-03-28"),
            ("last week", "DATE", "2013-W09"),
            ("19 February", "DATE", "2013-02-19"),
            ("Monday", "DATE", "2013-03-04"),
            ("Tuesday", "DATE", "2013-03-05"),
            ("21-day", "DURATION", "P21D"),
            ("21 days", "DURATION", "P21D"),
            ("Tuesday 16 April", "DATE", "2013-04-16"),
            ("6.30pm", "TIME", "2013-04-16T18:30"),
            ("a week", "DURATION", "P1W"),
            ("the spring of 2014", "DATE", "2014-SP"),
            ("about three years", "DURATION", "P3Y"),
            ("Christmas 2014", "DATE", "2014-12-25"),
            ("November 2011", "DATE", "2011-11"),
            ("last year", "DATE", "2012"),
            ("Friday evening", "TIME", "2013-03-01TEV"),
            ("years", "DURATION", "PXY"),
            ("every winter", "SET", "XXXX-WI"),
            ("now", "DATE", "PRESENT_REF"),
            ("Monday 18 March", "DATE", "2013-03-18"),
            ("ten days", "DURATION", "P10D"),
            ("an extra fortnight", "DURATION", "P2W"),
            ("Wednesday", "DATE", "2013-03-06"),
            ("mid-March", "DATE", "2013-03"),
            ("seven days", "DURATION", "P7D"),
            ("January", "DATE", "2013-01"),
            ("2026", "DATE", "2026"),
            ("tomorrow", "DATE", "2013-03-08"),
            ("2pm", "TIME", "2013-03-08T14:00"),
            ("8pm", "TIME", "2013-03-08T20:00"),
            ("Saturday morning", "TIME", "2013-03-09TMO"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Friday", "SET", "XXXX-WXX-5"),
        ],
    ),
    # Wednesday 2012-06-13 (ISO week 24), US local daily's website, section label, headline
    # ("for fiscal 2013"), stamp "Posted: Wednesday, June 13, 2012 12:05 am | Updated: 8:40 am"
    # (one DATE span with its weekday and two TIMEs on that day, gold_blind41, gold_blind103),
    # byline, "CARVER FALLS —" dateline. The city's fiscal year runs July-June and is named by
    # the year it ends: "the fiscal year that begins July 1" -> "the fiscal year" FY2013 and
    # "July 1" 2012-07-01 (gold_blind3, gold_blind35); "fiscal 2013", "fiscal 2014", "fiscal
    # 2009" FY values; "the 12 months through June 30, 2013" DURATION P12M and the DATE. The
    # vote was "Tuesday night" 2012-06-12TNI. Future months: the raise "starting in January"
    # 2013-01, the budget work "in February" 2013-02, "late October" 2012-10, "November" and
    # "December" 2012; "Dec. 5" 2012-12-05. Past: "in March" 2012-03, "May 29" 2012-05-29.
    # "It's June" -> "June" 2012-06. "this year" 2012, "last year" 2011, "next year" 2013,
    # "the fall" 2012-FA, "next spring" 2013-SP; "three years" P3Y; "nearly three hours" PT3H;
    # "a week after the finance committee deadlocked" P1W (anchored). "a monthly filing
    # schedule" SET P1M (an adjectival frequency naming a recurrence, like "monthly leak
    # surveys" in gold_blind35); "billed twice a year" SET P1Y (gold_blind3); the treasurer's
    # late hours "until 7 p.m. on Thursdays in November and December" -> TIME
    # XXXX-XX-XXT19:00, SET XXXX-WXX-4 and the two months (a set and its frame, gold_blind76,
    # gold_blind90). "June 26 at 7 p.m." DATE and TIME. Not annotated: "The first half" and
    # "the second half" (halves of a tax bill, not of a year), "5-2", "2-2", "94 cents",
    # "$100", "$212.4 million", "2 percent", "3.1 percent", "$187,500", "$1,762", "$55", "6
    # percent", "About 40 residents", "2 cents", "$4.20", "Ordinance 2012-31" (an ordinance
    # number holding the year), "$3.8 million", "14 vacant positions",
    # "Route 29", "1200 Market St.", "434-555-2013", "Since then" (anaphoric).
    "carver-falls-tax-rate-budget-vote": (
        "2012-06-13",
        [
            ("fiscal 2013", "DATE", "FY2013"),
            ("Wednesday, June 13, 2012", "DATE", "2012-06-13"),
            ("12:05 am", "TIME", "2012-06-13T00:05"),
            ("8:40 am", "TIME", "2012-06-13T08:40"),
            ("Tuesday night", "TIME", "2012-06-12TNI"),
            ("the fiscal year", "DATE", "FY2013"),
            ("July 1", "DATE", "2012-07-01"),
            ("2008", "DATE", "2008"),
            ("the 12 months", "DURATION", "P12M"),
            ("June 30, 2013", "DATE", "2013-06-30"),
            ("January", "DATE", "2013-01"),
            ("this year", "DATE", "2012"),
            ("last year", "DATE", "2011"),
            ("three years", "DURATION", "P3Y"),
            ("next year", "DATE", "2013"),
            ("June", "DATE", "2012-06"),
            ("the fall", "DATE", "2012-FA"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("February", "DATE", "2013-02"),
            ("2010", "DATE", "2010"),
            ("next spring", "DATE", "2013-SP"),
            ("May 29", "DATE", "2012-05-29"),
            ("nearly three hours", "DURATION", "PT3H"),
            ("a week", "DURATION", "P1W"),
            ("fiscal 2009", "DATE", "FY2009"),
            ("monthly", "SET", "P1M"),
            ("twice a year", "SET", "P1Y"),
            ("Dec. 5", "DATE", "2012-12-05"),
            ("June 5, 2013", "DATE", "2013-06-05"),
            ("late October", "DATE", "2012-10"),
            ("7 p.m.", "TIME", "XXXX-XX-XXT19:00"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("November", "DATE", "2012-11"),
            ("December", "DATE", "2012-12"),
            ("March", "DATE", "2012-03"),
            ("June 26", "DATE", "2012-06-26"),
            ("7 p.m.", "TIME", "2012-06-26T19:00"),
        ],
    ),
    # Saturday 2014-02-15 (ISO week 7), US local paper's website, section label, headline
    # ("month of comment"), stamp "Saturday, February 15, 2014 6:00 am" (DATE with weekday and
    # TIME), byline, "LAKEPORT, Wis. —" dateline. The draft came out "Thursday" 2014-02-13,
    # "opening a 30-day public comment period that runs through 5 p.m. March 14" (P30D, TIME
    # 2014-03-14T17:00 and the DATE); "a month" (headline "month", lead and quote) P1M. The
    # meter hours are a rule: "from 8 a.m. to 8 p.m. Monday through Saturday" and "9 a.m. to 6
    # p.m. Monday through Friday" -> TIMEs XXXX-XX-XXThh:mm and SETs for the ends of each
    # weekday range (gold_blind76, gold_blind90); "free on Sundays" SET XXXX-WXX-7. "the first
    # increase in eight years" P8Y (the period of a "first in", gold_blind35); "a two-hour
    # limit" DURATION PT2H. Open houses: "from 6 p.m. to 8 p.m. Tuesday" 2014-02-18 and its two
    # TIMEs; "from 10 a.m. to noon next Saturday, Feb. 22": in a Saturday paper "next Saturday"
    # is seven days ahead (gold_blind25), confirmed by "Feb. 22"; the two TIMEs on that day.
    # "closed Monday for Presidents Day" -> two DATEs 2014-02-17 (the third Monday of February,
    # gold_blind56). "said Friday" 2014-02-14. "six weeks last fall" P6W and 2013-FA; "On Oct.
    # 17 ... by 11 a.m." 2013-10-17 and its TIME. The restaurateur's "extending meters to 8
    # p.m." and "customers come after 6 p.m." are habitual clock times, XXXX-XX-XXT20:00 and
    # XXXX-XX-XXT18:00. "in 2005 ... the following year" 2005 and 2006 (gold_blind26); "the
    # following three weeks" DURATION P3W (after the comment period); "in April" 2014-04; "as
    # early as May 6" -> "May 6" 2014-05-06 ("as early as" a signal, gold_blind10,
    # gold_blind16); "July 1" 2014-07-01; "over 18 months" P18M. Not annotated: "free Saturday
    # parking" (an adjectival weekday naming a kind, like "a Saturday service" in
    # gold_blind56), "The last time" and "this time" (occasions), "the busiest day of the
    # count" beyond "Oct. 17", "64-page", "$1.25", "$1", "the 400 block", "2014 Harbor Ave." (a
    # street number like a year, in a 2014 story), "lakeport.gov/parking2014", "90 percent",
    # "58" (an age), "Room 312", "920-555-1406", "the comment period" (event-named).
    "lakeport-downtown-parking-plan-comments": (
        "2014-02-15",
        [
            ("month", "DURATION", "P1M"),
            ("Saturday, February 15, 2014", "DATE", "2014-02-15"),
            ("6:00 am", "TIME", "2014-02-15T06:00"),
            ("a month", "DURATION", "P1M"),
            ("Thursday", "DATE", "2014-02-13"),
            ("30-day", "DURATION", "P30D"),
            ("5 p.m.", "TIME", "2014-03-14T17:00"),
            ("March 14", "DATE", "2014-03-14"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Saturday", "SET", "XXXX-WXX-6"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Friday", "SET", "XXXX-WXX-5"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("eight years", "DURATION", "P8Y"),
            ("two-hour", "DURATION", "PT2H"),
            ("6 p.m.", "TIME", "2014-02-18T18:00"),
            ("8 p.m.", "TIME", "2014-02-18T20:00"),
            ("Tuesday", "DATE", "2014-02-18"),
            ("10 a.m.", "TIME", "2014-02-22T10:00"),
            ("noon", "TIME", "2014-02-22T12:00"),
            ("next Saturday", "DATE", "2014-02-22"),
            ("Feb. 22", "DATE", "2014-02-22"),
            ("Monday", "DATE", "2014-02-17"),
            ("Presidents Day", "DATE", "2014-02-17"),
            ("two weeks", "DURATION", "P2W"),
            ("Friday", "DATE", "2014-02-14"),
            ("a month", "DURATION", "P1M"),
            ("six weeks", "DURATION", "P6W"),
            ("last fall", "DATE", "2013-FA"),
            ("Oct. 17", "DATE", "2013-10-17"),
            ("11 a.m.", "TIME", "2013-10-17T11:00"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("2005", "DATE", "2005"),
            ("the following year", "DATE", "2006"),
            ("the following three weeks", "DURATION", "P3W"),
            ("April", "DATE", "2014-04"),
            ("May 6", "DATE", "2014-05-06"),
            ("July 1", "DATE", "2014-07-01"),
            ("18 months", "DURATION", "P18M"),
        ],
    ),
    # Monday 2015-12-14 (ISO week 51), English borough council's website news item, breadcrumb,
    # headline ("over Christmas"), "Published: Monday 14 December 2015" (DATE with weekday) and
    # "Last updated: 14 December 2015, 3.40pm" (DATE and TIME). "Christmas" (headline, lead)
    # is the holiday this December, 2015-12-25 ("over Christmas", gold_blind70). The table
    # gives each usual day and its new day, one DATE each with its weekday: Christmas Day
    # 2015 is a Friday, Boxing Day a Saturday, New Year's Day 2016 a Friday; the dates of
    # January 2016 take the nearest year ahead. "a day later than usual" -> "a day" DURATION
    # P1D (the size of a shift, gold_blind12, gold_blind25). "by 6.30am on your new collection
    # day" is the hour of a rule for every household's own day, XXXX-XX-XXT06:30 (the day is
    # event-named and not annotated). "in the two weeks from Monday 11 January" P2W and the
    # DATE; "fortnightly" SET P2W (gold_blind93); "Monday 29 February 2016" (a leap day,
    # checked with datetime); "Permits for 2016" 2016. The centres' hours "from 8am to 4pm
    # every day" two TIMEs XXXX-XX-XXThh:mm and SET P1D; "Christmas Eve ... at 1pm" and "New
    # Year's Eve at 2pm" one clock time on each holiday. "within 48 hours" PT48H. "Last year
    # ... in the fortnight after Christmas" 2014, P2W and 2014-12-25 (last year's Christmas).
    # "Boxing Day morning" TIME 2015-12-26TMO. Not annotated: "Real Christmas trees" (a kind
    # of tree, like "Christmas trees" in gold_blind57), "bank holidays" (generic,
    # gold_blind70, gold_blind90), "Usual collection day", "New collection day", "your usual
    # recycling day", "your new collection day" (days named by an event, gold_blind25),
    # "1.5 metres", "£36", "240-litre", "1,240 tonnes", "a third", "version 2.4",
    # "www.wellmere.gov.uk/bins", "01632 960 251", "on track".
    "wellmere-christmas-bin-collections": (
        "2015-12-14",
        [
            ("Christmas", "DATE", "2015-12-25"),
            ("Monday 14 December 2015", "DATE", "2015-12-14"),
            ("14 December 2015", "DATE", "2015-12-14"),
            ("3.40pm", "TIME", "2015-12-14T15:40"),
            ("Christmas", "DATE", "2015-12-25"),
            ("Christmas Day", "DATE", "2015-12-25"),
            ("New Year's Day", "DATE", "2016-01-01"),
            ("a day", "DURATION", "P1D"),
            ("6.30am", "TIME", "XXXX-XX-XXT06:30"),
            ("Friday 25 December", "DATE", "2015-12-25"),
            ("Saturday 26 December", "DATE", "2015-12-26"),
            ("Monday 28 December", "DATE", "2015-12-28"),
            ("Tuesday 29 December", "DATE", "2015-12-29"),
            ("Tuesday 29 December", "DATE", "2015-12-29"),
            ("Wednesday 30 December", "DATE", "2015-12-30"),
            ("Wednesday 30 December", "DATE", "2015-12-30"),
            ("Thursday 31 December", "DATE", "2015-12-31"),
            ("Thursday 31 December", "DATE", "2015-12-31"),
            ("Friday 1 January", "DATE", "2016-01-01"),
            ("Friday 1 January", "DATE", "2016-01-01"),
            ("Saturday 2 January", "DATE", "2016-01-02"),
            ("Monday 4 January", "DATE", "2016-01-04"),
            ("the two weeks", "DURATION", "P2W"),
            ("Monday 11 January", "DATE", "2016-01-11"),
            ("fortnightly", "SET", "P2W"),
            ("Friday 18 December", "DATE", "2015-12-18"),
            ("Monday 29 February 2016", "DATE", "2016-02-29"),
            ("2016", "DATE", "2016"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("every day", "SET", "P1D"),
            ("Christmas Day", "DATE", "2015-12-25"),
            ("Boxing Day", "DATE", "2015-12-26"),
            ("New Year's Day", "DATE", "2016-01-01"),
            ("Christmas Eve", "DATE", "2015-12-24"),
            ("1pm", "TIME", "2015-12-24T13:00"),
            ("New Year's Eve", "DATE", "2015-12-31"),
            ("2pm", "TIME", "2015-12-31T14:00"),
            ("48 hours", "DURATION", "PT48H"),
            ("Last year", "DATE", "2014"),
            ("the fortnight", "DURATION", "P2W"),
            ("Christmas", "DATE", "2014-12-25"),
            ("Boxing Day morning", "TIME", "2015-12-26TMO"),
            ("Saturday 2 January", "DATE", "2016-01-02"),
        ],
    ),
    # Tuesday 2015-04-21 (ISO week 17), Irish regional weekly, masthead, date line "Tuesday,
    # April 21, 2015" (one DATE span, like "Wednesday, May 13, 2015" in gold_blind69), section
    # label, headline, byline. The vote was "on Monday" 2015-04-20 at the council's "monthly
    # meeting" -> "monthly" SET P1M (like "its weekly meeting" in gold_blind78). The bye-laws
    # come into force "on Friday 1 May"; the ban runs "From 1 June to 15 September" this year
    # (2015-06-01, 2015-09-15; the lead's "this summer" 2015-SU) "between 10am and 7pm", hours
    # of a rule, XXXX-XX-XXThh:mm; the wardens patrol "daily" (SET P1D) "between 11am and
    # 7pm". Irish bank holidays: the June bank holiday is Monday 2015-06-01, so "the June bank
    # holiday weekend" is 30-31 May, 2015-W22-WE (the weekend before the holiday Monday, the
    # week of its Saturday, gold_blind80); "the May bank holiday weekend" 2-3 May, 2015-W18-WE;
    # "the August bank holiday" last year was Monday 2014-08-04 (Ireland's first Monday of
    # August), "the next day" 2014-08-05. "Submissions closed at 4pm on Friday 27 February"
    # (TIME and DATE); "six weeks in January and February" P6W and the two months, 2015;
    # "since 2011" 2011; "the end of August" 2015-08; "in 2013" 2013; "every week last summer"
    # a SET P1W and a DATE 2014-SU (like "every year since 2008", gold_blind69); "two years"
    # P2Y; "every morning" SET XXXX-XX-XXTMO; "the next fortnight" P2W; "after three years"
    # P3Y; "Last year ... between June and September" 2014, 2014-06, 2014-09; "this week"
    # 2015-W17; "next month, on Monday 18 May" 2015-05 and 2015-05-18; "almost two hours"
    # PT2H. Not annotated: "the Dunmara County Council (Control of Dogs on Beaches) Bye-Laws
    # 2015" and "the Local Government Act 2001" (names with years, gold_blind69), "Section
    # 199", "19 to 6", "two metres", "€150", "€1,905" (an amount like a year), "214", "37
    # fines", "at any time", "Outside those hours" (anaphoric), "065 682 2001" (a phone number
    # ending in a year-like 2001), "Iris Oifigiúil" (a gazette).
    "dunmara-beach-dog-bye-laws": (
        "2015-04-21",
        [
            ("Tuesday, April 21, 2015", "DATE", "2015-04-21"),
            ("this summer", "DATE", "2015-SU"),
            ("monthly", "SET", "P1M"),
            ("Monday", "DATE", "2015-04-20"),
            ("almost two hours", "DURATION", "PT2H"),
            ("Friday 1 May", "DATE", "2015-05-01"),
            ("1 June", "DATE", "2015-06-01"),
            ("15 September", "DATE", "2015-09-15"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("7pm", "TIME", "XXXX-XX-XXT19:00"),
            ("six weeks", "DURATION", "P6W"),
            ("January", "DATE", "2015-01"),
            ("February", "DATE", "2015-02"),
            ("4pm", "TIME", "2015-02-27T16:00"),
            ("Friday 27 February", "DATE", "2015-02-27"),
            ("2011", "DATE", "2011"),
            ("daily", "SET", "P1D"),
            ("the June bank holiday weekend", "DATE", "2015-W22-WE"),
            ("the end of August", "DATE", "2015-08"),
            ("11am", "TIME", "XXXX-XX-XXT11:00"),
            ("7pm", "TIME", "XXXX-XX-XXT19:00"),
            ("2013", "DATE", "2013"),
            ("every week", "SET", "P1W"),
            ("last summer", "DATE", "2014-SU"),
            ("the August bank holiday", "DATE", "2014-08-04"),
            ("the next day", "DATE", "2014-08-05"),
            ("two years", "DURATION", "P2Y"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("the next fortnight", "DURATION", "P2W"),
            ("the May bank holiday weekend", "DATE", "2015-W18-WE"),
            ("three years", "DURATION", "P3Y"),
            ("Last year", "DATE", "2014"),
            ("June", "DATE", "2014-06"),
            ("September", "DATE", "2014-09"),
            ("this week", "DATE", "2015-W17"),
            ("next month", "DATE", "2015-05"),
            ("Monday 18 May", "DATE", "2015-05-18"),
        ],
    ),
    # Friday 2012-08-10 (ISO week 32), English local paper, masthead, date line "Friday 10
    # August 2012", section label, headline, byline, a "KEY DATES" box. Nominations close "by
    # noon on Thursday 16 August" (TIME 2012-08-16T12:00 and DATE; "noon" T12:00,
    # gold_blind25); "less than a week" P1W; the notice "was published on Wednesday"
    # 2012-08-08. The hand-in hours "between 10am and 4pm, Monday to Friday" recur: two TIMEs
    # XXXX-XX-XXThh:mm and two SETs (gold_blind90). "last month" and "in July" 2012-07; "since
    # 2003"; "almost two years before the seat was next due to be contested, in May 2014" P2Y
    # (an anchored duration) and 2014-05; "until then" anaphoric. Polling "from 7am to 10pm on
    # Thursday 13 September" (two TIMEs and the DATE); "that night" the polling day's night,
    # 2012-09-13TNI; "by 1am" the next morning, 2012-09-14T01:00. "the August bank holiday on
    # Monday 27 August" two DATEs 2012-08-27 (England's last Monday of August, gold_blind90).
    # "October 2009"; "five-week" P5W; "this weekend" (a Friday paper, future) 2012-W32-WE
    # (11-12 August, gold_blind21). The hustings "on Tuesday 4 September", "Doors open at 7pm"
    # that day, "later that evening" one TIME span 2012-09-04TEV (like "later that night",
    # gold_blind48). The box repeats the dates with their clock times ("noon, Thursday 16
    # August", "by 4pm, Friday 17 August", "5pm, Wednesday 29 August", "5pm, Wednesday 5
    # September", "Thursday 13 September, 7am-10pm", the hyphen a range mark, gold_blind90).
    # Not annotated: "Polling day" (a day named by an event, gold_blind25), "Close of
    # nominations", "Last day" (twice), "the last minute" (an idiom), "until then", "71" (an
    # age), "10 electors", "19 per cent", "£14,000", "7,912 electors", "three polling
    # stations", "Kingsgate FM 104.7", "Room 114", "KG1 2EL", "01632 960 914".
    "kingsgate-eastgate-by-election-nominations": (
        "2012-08-10",
        [
            ("Friday 10 August 2012", "DATE", "2012-08-10"),
            ("less than a week", "DURATION", "P1W"),
            ("Wednesday", "DATE", "2012-08-08"),
            ("noon", "TIME", "2012-08-16T12:00"),
            ("Thursday 16 August", "DATE", "2012-08-16"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Friday", "SET", "XXXX-WXX-5"),
            ("last month", "DATE", "2012-07"),
            ("2003", "DATE", "2003"),
            ("July", "DATE", "2012-07"),
            ("almost two years", "DURATION", "P2Y"),
            ("May 2014", "DATE", "2014-05"),
            ("7am", "TIME", "2012-09-13T07:00"),
            ("10pm", "TIME", "2012-09-13T22:00"),
            ("Thursday 13 September", "DATE", "2012-09-13"),
            ("that night", "TIME", "2012-09-13TNI"),
            ("1am", "TIME", "2012-09-14T01:00"),
            ("the August bank holiday", "DATE", "2012-08-27"),
            ("Monday 27 August", "DATE", "2012-08-27"),
            ("October 2009", "DATE", "2009-10"),
            ("five-week", "DURATION", "P5W"),
            ("this weekend", "DATE", "2012-W32-WE"),
            ("Tuesday 4 September", "DATE", "2012-09-04"),
            ("7pm", "TIME", "2012-09-04T19:00"),
            ("later that evening", "TIME", "2012-09-04TEV"),
            ("noon", "TIME", "2012-08-16T12:00"),
            ("Thursday 16 August", "DATE", "2012-08-16"),
            ("4pm", "TIME", "2012-08-17T16:00"),
            ("Friday 17 August", "DATE", "2012-08-17"),
            ("5pm", "TIME", "2012-08-29T17:00"),
            ("Wednesday 29 August", "DATE", "2012-08-29"),
            ("5pm", "TIME", "2012-09-05T17:00"),
            ("Wednesday 5 September", "DATE", "2012-09-05"),
            ("Thursday 13 September", "DATE", "2012-09-13"),
            ("7am", "TIME", "2012-09-13T07:00"),
            ("10pm", "TIME", "2012-09-13T22:00"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
