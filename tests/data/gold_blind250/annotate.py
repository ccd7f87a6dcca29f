"""Annotations of the two-hundred-and-fiftieth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind250/annotate.py [--show]

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
    # Wednesday 2013-04-17 (ISO week 16), US small-town weekly (Illinois), nameplate line
    # "since 1887", issue line "Vol. 126, No. 16 | Wednesday, April 17, 2013 | 75 cents" (the
    # date one DATE span with its weekday), headline, byline, "HARLOW CREEK —" dateline. The
    # paper is written before its day: the board met "on Monday night" 2013-04-15TNI ("Monday's
    # meeting" the same day, DATE); "last Thursday's special meeting" is the most recent
    # Thursday before a Wednesday paper, 2013-04-11 (gold_blind8), which the text confirms:
    # "four days after" it comes Monday (anchored duration, P4D). Ahead: the Plan Commission
    # "at 7 p.m. Thursday" 2013-04-18 (the same weekday in both directions), "this Saturday's
    # cleanup" 2013-04-20 "from 8 a.m. to noon" that day, "next week" 2013-W17, the swearing-in
    # "7 p.m. Monday, May 6", the closure "from 6 a.m. to 4 p.m. Saturday, May 18". Illinois
    # villages keep a May-April fiscal year, named by the year it ends (gold_blind3): "the
    # fiscal year that begins May 1" -> "the fiscal year" FY2014 plus "May 1" 2013-05-01
    # (gold_blind35), "fiscal 2015" FY2015. "the quarterly bills" SET P3M (an adjective naming
    # a recurrence, like "monthly leak surveys" in gold_blind35); "early July" 2013-07; "the
    # loan payments start in October" 2013-10; "through October" 2013-10 (brush pickup). "in
    # each of the past three years" -> "the past three years" P3Y; "a 20-year state loan" P20Y;
    # "after 12 years on the board" P12Y; "nearly two hours" PT2H. "every Monday" SET
    # XXXX-WXX-1; burning "from 9 a.m. to 5 p.m. on Saturdays" gives two TIMEs on no
    # particular day and the SET (gold_blind17). Not annotated: "Vol. 126, No. 16" (an issue
    # number, 16 also being the ISO week), "75 cents", "$4.1 million", "5-1", "6-0",
    # "$62,000", "$5.40", "$6.15 per 1,000 gallons", "No. 2013-09" (an ordinance number),
    # "1940 Route 47" (an address), "815-555-1887" (a phone number ending in the nameplate's
    # 1887), "about 40 residents", "may" (the verb), "the lone no vote".
    "harlow-creek-village-board-budget": (
        "2013-04-17",
        [
            ("1887", "DATE", "1887"),
            ("Wednesday, April 17, 2013", "DATE", "2013-04-17"),
            ("June 1", "DATE", "2013-06-01"),
            ("Monday night", "TIME", "2013-04-15TNI"),
            ("the fiscal year", "DATE", "FY2014"),
            ("May 1", "DATE", "2013-05-01"),
            ("nearly two hours", "DURATION", "PT2H"),
            ("four days", "DURATION", "P4D"),
            ("last Thursday", "DATE", "2013-04-11"),
            ("fiscal 2015", "DATE", "FY2015"),
            ("the past three years", "DURATION", "P3Y"),
            ("June 1", "DATE", "2013-06-01"),
            ("2008", "DATE", "2008"),
            ("quarterly", "SET", "P3M"),
            ("early July", "DATE", "2013-07"),
            ("20-year", "DURATION", "P20Y"),
            ("2011", "DATE", "2011"),
            ("five years", "DURATION", "P5Y"),
            ("October", "DATE", "2013-10"),
            ("Monday", "DATE", "2013-04-15"),
            ("April 9", "DATE", "2013-04-09"),
            ("12 years", "DURATION", "P12Y"),
            ("7 p.m.", "TIME", "2013-05-06T19:00"),
            ("Monday, May 6", "DATE", "2013-05-06"),
            ("April 1", "DATE", "2013-04-01"),
            ("6 a.m.", "TIME", "2013-05-18T06:00"),
            ("4 p.m.", "TIME", "2013-05-18T16:00"),
            ("Saturday, May 18", "DATE", "2013-05-18"),
            ("every Monday", "SET", "XXXX-WXX-1"),
            ("April 22", "DATE", "2013-04-22"),
            ("October", "DATE", "2013-10"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("May 15", "DATE", "2013-05-15"),
            ("7 p.m.", "TIME", "2013-04-18T19:00"),
            ("Thursday", "DATE", "2013-04-18"),
            ("next week", "DATE", "2013-W17"),
            ("this Saturday", "DATE", "2013-04-20"),
            ("8 a.m.", "TIME", "2013-04-20T08:00"),
            ("noon", "TIME", "2013-04-20T12:00"),
        ],
    ),
    # Thursday 2014-05-22 (ISO week 21), US suburban weekly (New York), nameplate, date line
    # "Thursday, May 22, 2014", headline, byline, "MILLBROOK —" dateline. The school budget
    # vote was "on Tuesday" 2014-05-20, two days before the paper; the polls' "from 7 a.m. to
    # 9 p.m." and the count "until almost 11 p.m." are clock times of that day (the day its
    # sentence tells). Ahead: the board meeting "at 7:30 p.m. Tuesday, June 3" (one DATE span
    # with its weekday), the prom "Friday night" 2014-05-23TNI, schools closed "Monday for
    # Memorial Day" (two DATEs, 2014-05-26, like "Monday is Presidents Day" in gold_blind56)
    # and the parade "at 10 a.m." that day, commencement "6 p.m. Friday, June 27". "this
    # winter" in May is the winter just ended, 2014-WI (the winter of 2013-14 takes the year of
    # its January, gold_blind10); "last week's board meeting" -> "last week" 2014-W20;
    # "retroactive to last July" -> "last July" 2013-07 ("retroactive to" a signal,
    # gold_blind35); "Last year's budget" -> "Last year" 2013 (the wording's calendar value,
    # gold_blind35); "the fall" ahead 2014-FA; "June 17 through June 25" two DATEs; "a
    # three-year term" and "a three-year contract" DURATIONs on the adjective; "the past five
    # years" P5Y. The budget "takes effect July 1" and the terms begin "July 1", 2014-07-01;
    # no fiscal-year phrase is written, so none is valued. Not annotated: "the Class of 2014"
    # (a class named by its year, gold_blind32), "millbrookcsd.org/vote2014" (a URL),
    # "Proposition 2", "Route 9W", "more than 150,000 miles", "seven snow days"
    # (a count of days off, gold_blind44), "the last day of classes", "Regents exams",
    # "$38.6 million", "1,412 to 806", "66-passenger", "1.9 percent", "the state's 2 percent
    # tax cap" ("since 2012" gives the DATE), "41 votes", "$512,000", "63 votes", "4.5
    # percent", "380 students", "3,140", "22 positions", "60 students", "march" (the verb).
    "millbrook-school-budget-vote": (
        "2014-05-22",
        [
            ("Thursday, May 22, 2014", "DATE", "2014-05-22"),
            ("Tuesday", "DATE", "2014-05-20"),
            ("July 1", "DATE", "2014-07-01"),
            ("2012", "DATE", "2012"),
            ("Last year", "DATE", "2013"),
            ("7 a.m.", "TIME", "2014-05-20T07:00"),
            ("9 p.m.", "TIME", "2014-05-20T21:00"),
            ("almost 11 p.m.", "TIME", "2014-05-20T23:00"),
            ("2009", "DATE", "2009"),
            ("7:30 p.m.", "TIME", "2014-06-03T19:30"),
            ("Tuesday, June 3", "DATE", "2014-06-03"),
            ("three-year", "DURATION", "P3Y"),
            ("July 1", "DATE", "2014-07-01"),
            ("this winter", "DATE", "2014-WI"),
            ("June 24", "DATE", "2014-06-24"),
            ("June 26", "DATE", "2014-06-26"),
            ("June 17", "DATE", "2014-06-17"),
            ("June 25", "DATE", "2014-06-25"),
            ("6 p.m.", "TIME", "2014-06-27T18:00"),
            ("Friday, June 27", "DATE", "2014-06-27"),
            ("last week", "DATE", "2014-W20"),
            ("three-year", "DURATION", "P3Y"),
            ("last July", "DATE", "2013-07"),
            ("the past five years", "DURATION", "P5Y"),
            ("2010", "DATE", "2010"),
            ("the fall", "DATE", "2014-FA"),
            ("Friday night", "TIME", "2014-05-23TNI"),
            ("Monday", "DATE", "2014-05-26"),
            ("Memorial Day", "DATE", "2014-05-26"),
            ("10 a.m.", "TIME", "2014-05-26T10:00"),
        ],
    ),
    # Friday 2012-09-14 (ISO week 37), British local weekly's village diary, nameplate, date
    # line "Friday, September 14, 2012", heading, compiler's byline, village sub-heads. Ahead:
    # the Harvest Festival service "at 10.30am on Sunday" 2012-09-16, the supper "on Saturday,
    # September 29, at 7pm", the council "on Monday, October 8, at 7.30pm", the shop closing
    # "for a fortnight from Monday" 2012-09-17, "Remembrance Sunday on November 11" (a holiday
    # and the date after it, two DATEs, like "Dussehra on October 22" in gold_blind79;
    # Remembrance Sunday 2012 is the second Sunday of November, 2012-11-11), the diary's
    # deadline "by noon on Tuesday" 2012-09-18 for "next week's diary" (next week 2012-W38).
    # Past: "last Tuesday's meeting" 2012-09-11 (the most recent Tuesday, which is also the
    # second Tuesday of September), the council "on Monday evening" 2012-09-10TEV, "last
    # weekend" in a Friday paper the weekend just past, 2012-W36-WE (gold_blind43), with its
    # "Saturday" 2012-09-08 and "Sunday" 2012-09-09. Recurring meetings: "the second Tuesday of
    # each month" one SET span P1M (gold_blind86) with "7.30pm" XXXX-XX-XXT19:30; "Thursday
    # evenings" XXXX-WXX-4TEV; "every Wednesday from 10am to noon" a SET and two TIMEs on no
    # particular day; "Friday nights" XXXX-WXX-5TNI. "Next month's meeting, on October 9" ->
    # "Next month" 2012-10 and "October 9"; "his 40 years of beekeeping" P40Y; "by Christmas"
    # 2012-12-25; "in January" ahead 2013-01; "last year" 2011; "the end of October" 2012-10.
    # Not annotated: "The Harvest Festival service" and "The harvest supper" (events, not
    # calendar days), "Winter nets" (an adjective naming a kind of practice, gold_blind103),
    # "its season" (a cricket season), "its 80th birthday", "the 1st Stoke Bardwell Scouts",
    # "the Division Two title", "six-wicket", "the B4027", "01993 555274", "£8", "£1,950",
    # "the AGM", "in the meantime" (anaphoric), "Wendlebury & District Gazette".
    "wendlebury-village-diary": (
        "2012-09-14",
        [
            ("Friday, September 14, 2012", "DATE", "2012-09-14"),
            ("10.30am", "TIME", "2012-09-16T10:30"),
            ("Sunday", "DATE", "2012-09-16"),
            ("Saturday, September 29", "DATE", "2012-09-29"),
            ("7pm", "TIME", "2012-09-29T19:00"),
            ("Thursday evenings", "SET", "XXXX-WXX-4TEV"),
            ("the second Tuesday of each month", "SET", "P1M"),
            ("7.30pm", "TIME", "XXXX-XX-XXT19:30"),
            ("last Tuesday", "DATE", "2012-09-11"),
            ("40 years", "DURATION", "P40Y"),
            ("Next month", "DATE", "2012-10"),
            ("October 9", "DATE", "2012-10-09"),
            ("Monday evening", "TIME", "2012-09-10TEV"),
            ("Christmas", "DATE", "2012-12-25"),
            ("Monday, October 8", "DATE", "2012-10-08"),
            ("7.30pm", "TIME", "2012-10-08T19:30"),
            ("last weekend", "DATE", "2012-W36-WE"),
            ("Saturday", "DATE", "2012-09-08"),
            ("Sunday", "DATE", "2012-09-09"),
            ("1998", "DATE", "1998"),
            ("January", "DATE", "2013-01"),
            ("every Wednesday", "SET", "XXXX-WXX-3"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("a fortnight", "DURATION", "P2W"),
            ("Monday", "DATE", "2012-09-17"),
            ("Friday nights", "SET", "XXXX-WXX-5TNI"),
            ("1931", "DATE", "1931"),
            ("last year", "DATE", "2011"),
            ("Remembrance Sunday", "DATE", "2012-11-11"),
            ("November 11", "DATE", "2012-11-11"),
            ("the end of October", "DATE", "2012-10"),
            ("next week", "DATE", "2012-W38"),
            ("noon", "TIME", "2012-09-18T12:00"),
            ("Tuesday", "DATE", "2012-09-18"),
        ],
    ),
    # Tuesday 2015-03-10 (ISO week 11), Irish regional weekly, nameplate, date line "Tuesday,
    # March 10, 2015", headline, byline. The headline's "Busy weekend" is the weekend just
    # past, 2015-W10-WE (7-8 March). Past: "between Friday night and Sunday afternoon"
    # 2015-03-06TNI and 2015-03-08TAF; "at 9.52pm on Friday last" -> "9.52pm" and "Friday
    # last" 2015-03-06 (post-posed "last" one span, the most recent Friday, gold_blind17,
    # gold_blind49); "by 11.15pm" that night; "At about 3.40am on Saturday" 2015-03-07; "On
    # Sunday afternoon" again 2015-03-08TAF; "since March 1" 2015-03-01; "since the start of
    # January" 2015-01 (the month's value, like "the start of September" in gold_blind23);
    # "the whole of last year" -> "last year" 2014 ("the whole of" left out like "most of",
    # gold_blind80). Ahead: the open day "on Saturday next, March 14" one DATE span (post-posed
    # "next" with its date, like "next Saturday, 8 December" in gold_blind79), "from 11am to
    # 3pm, with demonstrations at noon and at 2pm" four TIMEs that day; "the St Patrick's Day
    # parade ... on Tuesday next": in a Tuesday paper "Tuesday next" is the Tuesday of the next
    # week, 2015-03-17 (as "next Saturday" on a Saturday in gold_blind79), which St Patrick's
    # Day confirms; the parade is held on the holiday, so "St Patrick's Day" is annotated
    # (like "the Anzac Day service" in gold_blind49); the closing date "Friday, March 27".
    # "164 calls in 2014, up from 139 a year earlier" -> "a year earlier" 2013 (the year
    # compared); "next year" 2016. "within five minutes of the station" -> "five minutes"
    # DURATION PT5M (a distance given as a travel time); "at least once a year" SET P1Y with
    # the modifier in the span (gold_blind103's "at least once a day"); "every week" P1W;
    # "every Tuesday evening from 7.30pm" SET XXXX-WXX-2TEV and TIME XXXX-XX-XXT19:30. Not
    # annotated: "gorse fire season" in the headline and "the closed period under the Wildlife
    # Acts" (statutory and fire seasons with no calendar unit, gold_blind49; the start "March 1"
    # is annotated), "112 or 999" (emergency numbers), "westernfire.ie/recruit2015" (a URL),
    # "the R347", "20 hectares", "11 chimney fires", "164 calls", "139", "two units", "march"
    # (the verb), "Gardaí".
    "ballymore-fire-brigade-weekend-calls": (
        "2015-03-10",
        [
            ("Tuesday, March 10, 2015", "DATE", "2015-03-10"),
            ("weekend", "DATE", "2015-W10-WE"),
            ("Friday night", "TIME", "2015-03-06TNI"),
            ("Sunday afternoon", "TIME", "2015-03-08TAF"),
            ("9.52pm", "TIME", "2015-03-06T21:52"),
            ("Friday last", "DATE", "2015-03-06"),
            ("11.15pm", "TIME", "2015-03-06T23:15"),
            ("about 3.40am", "TIME", "2015-03-07T03:40"),
            ("Saturday", "DATE", "2015-03-07"),
            ("Sunday afternoon", "TIME", "2015-03-08TAF"),
            ("almost four hours", "DURATION", "PT4H"),
            ("March 1", "DATE", "2015-03-01"),
            ("26 years", "DURATION", "P26Y"),
            ("the start of January", "DATE", "2015-01"),
            ("last year", "DATE", "2014"),
            ("at least once a year", "SET", "P1Y"),
            ("every week", "SET", "P1W"),
            ("2014", "DATE", "2014"),
            ("a year earlier", "DATE", "2013"),
            ("1987", "DATE", "1987"),
            ("next year", "DATE", "2016"),
            ("Saturday next, March 14", "DATE", "2015-03-14"),
            ("11am", "TIME", "2015-03-14T11:00"),
            ("3pm", "TIME", "2015-03-14T15:00"),
            ("noon", "TIME", "2015-03-14T12:00"),
            ("2pm", "TIME", "2015-03-14T14:00"),
            ("St Patrick's Day", "DATE", "2015-03-17"),
            ("Tuesday next", "DATE", "2015-03-17"),
            ("five minutes", "DURATION", "PT5M"),
            ("every Tuesday evening", "SET", "XXXX-WXX-2TEV"),
            ("7.30pm", "TIME", "XXXX-XX-XXT19:30"),
            ("Friday, March 27", "DATE", "2015-03-27"),
        ],
    ),
    # Monday 2013-09-30 (ISO week 40), US rural weekly's obituary page, nameplate, date line
    # "Monday, September 30, 2013", four notices. Because the paper comes out a week after
    # some deaths, one funeral is already past and the others ahead: Vandermolen "died
    # Tuesday, Sept. 24, 2013" (one DATE span) and his funeral "was held Saturday" 2013-09-28;
    # Petrie "died Thursday" 2013-09-26, her visitation "from 4 p.m. to 7 p.m. Tuesday"
    # 2013-10-01 with the rosary "at 6:30 p.m." that evening, the Mass "at 10:30 a.m.
    # Wednesday" 2013-10-02; Ostrander "died ... Friday night" 2013-09-27TNI, his celebration
    # of life "from 1 p.m. to 4 p.m. Saturday, Oct. 12"; Hodge "died Sunday" 2013-09-29.
    # "since last spring" in September is the spring of the same year, 2013-SP (gold_blind35);
    # "a 1943 graduate" -> "1943" DATE, an adjectival year (gold_blind50); "from 1944 to 1946"
    # and "from 1972 until 1996" two DATEs each; "the end of the year" 2013 (like "the end of
    # 1990" in gold_blind35); "every summer since the 1980s" a SET XXXX-SU and the decade 198
    # (like "every year since 1919", gold_blind49); "every week for more than 40 years" SET
    # P1W and DURATION P40Y; "on Sunday afternoons" SET XXXX-WXX-7TAF. Not annotated: "the
    # Tuesday Club" (a club's name, after the annotated visitation "Tuesday"), "VFW Post 1949"
    # (a post number), "press time" (the paper's deadline, no date), the ages "87", "74",
    # "58", "91", "second grade", "Memorials may be made" (the verb), "The Mass of Christian
    # Burial", "Visitation", "A celebration of life" (events).
    "pine-county-obituaries": (
        "2013-09-30",
        [
            ("Monday, September 30, 2013", "DATE", "2013-09-30"),
            ("Tuesday, Sept. 24, 2013", "DATE", "2013-09-24"),
            ("last spring", "DATE", "2013-SP"),
            ("Saturday", "DATE", "2013-09-28"),
            ("Feb. 11, 1926", "DATE", "1926-02-11"),
            ("1943", "DATE", "1943"),
            ("1944", "DATE", "1944"),
            ("1946", "DATE", "1946"),
            ("June 8, 1951", "DATE", "1951-06-08"),
            ("2009", "DATE", "2009"),
            ("41 years", "DURATION", "P41Y"),
            ("1972", "DATE", "1972"),
            ("1996", "DATE", "1996"),
            ("Thursday", "DATE", "2013-09-26"),
            ("4 p.m.", "TIME", "2013-10-01T16:00"),
            ("7 p.m.", "TIME", "2013-10-01T19:00"),
            ("Tuesday", "DATE", "2013-10-01"),
            ("6:30 p.m.", "TIME", "2013-10-01T18:30"),
            ("10:30 a.m.", "TIME", "2013-10-02T10:30"),
            ("Wednesday", "DATE", "2013-10-02"),
            ("Aug. 2, 1939", "DATE", "1939-08-02"),
            ("1962", "DATE", "1962"),
            ("33 years", "DURATION", "P33Y"),
            ("every week", "SET", "P1W"),
            ("more than 40 years", "DURATION", "P40Y"),
            ("Sunday afternoons", "SET", "XXXX-WXX-7TAF"),
            ("Friday night", "TIME", "2013-09-27TNI"),
            ("1 p.m.", "TIME", "2013-10-12T13:00"),
            ("4 p.m.", "TIME", "2013-10-12T16:00"),
            ("Saturday, Oct. 12", "DATE", "2013-10-12"),
            ("30 years", "DURATION", "P30Y"),
            ("the end of the year", "DATE", "2013"),
            ("every summer", "SET", "XXXX-SU"),
            ("the 1980s", "DATE", "198"),
            ("Sunday", "DATE", "2013-09-29"),
        ],
    ),
    # Saturday 2015-10-17 (ISO week 42), Canadian community weekly published on Saturdays,
    # nameplate, date line "Saturday, October 17, 2015", section label, headline, byline, and
    # a "THIS WEEK" listing with abbreviated weekdays ("Tue., Oct. 20", "Thu., Oct. 22", "Sat.,
    # Oct. 24", each one DATE span; checked by hand: 2015-10-20 is a Tuesday, 2015-10-22 a
    # Thursday, 2015-10-24 a Saturday). Canadian Thanksgiving is the second Monday of October,
    # 2015-10-12; "Thanksgiving weekend" (headline, no article) is the Saturday-Monday holiday
    # weekend, the ISO week of its Saturday, 2015-W41-WE (gold_blind103's "Family Day
    # weekend"), and "last weekend" in a Saturday paper is the weekend before the paper's own,
    # the same 2015-W41-WE (gold_blind58); its final "on Monday" 2015-10-12. "The bye over
    # Thanksgiving" -> "Thanksgiving" 2015-10-12. Past: the win "on Thursday afternoon"
    # 2015-10-15TAF, the county meet "on Wednesday" 2015-10-14, "Tuesday's town council
    # meeting" 2015-10-13; ahead: "registration night is Tuesday" 2015-10-20 (the same weekday
    # both ways), "next Thursday" 2015-10-22, the nearest coming Thursday, which the listing's
    # "Thu., Oct. 22" confirms. "two weeks ago" 2015-W40 (the unit's granularity,
    # gold_blind23); "this fall" 2015-FA; "in February" ahead 2016-02; "over the summer"
    # 2015-SU; "Nov. 6-8" -> "Nov. 6" and the bare "8" (a range at its two ends, gold_blind3,
    # gold_blind103); "for the first time since 2011" -> "2011"; "first provincial baseball
    # crown in 27 years" -> "27 years" DURATION, the period of a "first in" (gold_blind35);
    # "nearly a minute" PT1M (the size of a lead); "twice a week" SET P1W; "Thursday evenings"
    # SET XXXX-WXX-4TEV. Not annotated: "19:42" (a race time to the second, no value shape,
    # gold_blind43), "the third quarter" and "after halftime" (periods of a game, not calendar
    # ones, like a match's halves in gold_blind24), "in overtime", "the regular season", "the
    # post-season", "their season", "its season", "28-14", "(5-1)", "2-1-1", "3-2", "Grade 10",
    # "5-kilometre", "under-16", "Bantam AA", "The Lakeshore Weekender" (the name of a paper).
    "lakeshore-weekender-sports-roundup": (
        "2015-10-17",
        [
            ("Saturday, October 17, 2015", "DATE", "2015-10-17"),
            ("Thanksgiving weekend", "DATE", "2015-W41-WE"),
            ("2011", "DATE", "2011"),
            ("Thursday afternoon", "TIME", "2015-10-15TAF"),
            ("two weeks ago", "DATE", "2015-W40"),
            ("Thanksgiving", "DATE", "2015-10-12"),
            ("next Thursday", "DATE", "2015-10-22"),
            ("Wednesday", "DATE", "2015-10-14"),
            ("nearly a minute", "DURATION", "PT1M"),
            ("this fall", "DATE", "2015-FA"),
            ("Oct. 28", "DATE", "2015-10-28"),
            ("February", "DATE", "2016-02"),
            ("last weekend", "DATE", "2015-W41-WE"),
            ("Monday", "DATE", "2015-10-12"),
            ("twice a week", "SET", "P1W"),
            ("1923", "DATE", "1923"),
            ("the summer", "DATE", "2015-SU"),
            ("Nov. 6", "DATE", "2015-11-06"),
            ("8", "DATE", "2015-11-08"),
            ("Thursday evenings", "SET", "XXXX-WXX-4TEV"),
            ("Tuesday", "DATE", "2015-10-20"),
            ("August", "DATE", "2015-08"),
            ("Tuesday", "DATE", "2015-10-13"),
            ("27 years", "DURATION", "P27Y"),
            ("Tue., Oct. 20", "DATE", "2015-10-20"),
            ("6 p.m.", "TIME", "2015-10-20T18:00"),
            ("8 p.m.", "TIME", "2015-10-20T20:00"),
            ("Thu., Oct. 22", "DATE", "2015-10-22"),
            ("4 p.m.", "TIME", "2015-10-22T16:00"),
            ("Sat., Oct. 24", "DATE", "2015-10-24"),
            ("7:30 p.m.", "TIME", "2015-10-24T19:30"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
