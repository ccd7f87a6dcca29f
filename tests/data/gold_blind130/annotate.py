"""Annotations of the hundred-and-thirtieth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind130/annotate.py [--show]

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
    # Sunday 2014-03-23 (ISO week 12), US trade paper's weekend box-office report, headline,
    # stamp "March 23, 2014 | 11:42AM PT" (DATE and TIME, the zone in the span and not in the
    # value), byline, chart. The box-office weekend is Friday 21 to Sunday 23 March; "the
    # Weekend" (headline) and "this weekend" in a Sunday story are its own ISO weekend,
    # 2014-W12-WE (gold_blind62). "Thursday night previews" 2014-03-20TNI, "at 8 p.m." that
    # night; "on Friday" 2014-03-21; "said Sunday" the publication day; "as recently as
    # Wednesday" 2014-03-19; "on Saturday" 2014-03-22. The ordinal weekends of a release
    # ("its second weekend" of a film opened on 14 March, "its third weekend" of one released
    # "on March 7", a Friday, and "its opening weekend" of a new film) are each this calendar
    # weekend, DATE 2014-W12-WE (see README; like "the opening weekend" of gold_blind3 and
    # gold_blind91). "Last weekend's champ" -> "Last weekend" 2014-W11-WE; "Next weekend"
    # 2014-W13-WE (gold_blind43); "a week ago" 2014-W11 (the unit's granularity); "Its 10-day
    # total" -> "10-day" DURATION P10D; "runs 126 minutes" PT126M. "the same weekend last year"
    # one span, 2013-W12-WE (23-24 March 2013, gold_blind62); "the year to date" one span with
    # the year's value (gold_blind23's "year to date"); "last year's pace" -> "last year" 2013;
    # "the first quarter, which ends March 31" 2014-Q1 plus 2014-03-31 (calendar quarters of
    # the box office); "opens Friday" 2014-03-28 and "said Friday" 2014-03-21 (the same weekday
    # in both directions); "April 18" 2014-04-18; "Memorial Day weekend" the weekend before
    # Monday 26 May 2014, 2014-W21-WE (gold_blind21); "Monday" 2014-03-24; the chart's
    # "Friday-to-Sunday" two DATEs. Not annotated: the titles "Forty Days at Shiloh" (twice),
    # "Midnight Salvage 2", "Hotel Marisol", "Tuck and Buckle", "Saltwater Kings", "Box Office:"
    # (a section label), "PG-13", "3,528", "1,810 screens", "340 Imax", "about 3,600", "top
    # 12", "second", "third", "38%", "14%", "4%", dollar figures, the chart's "1." to "5.".
    "saltwater-kings-weekend-box-office": (
        "2014-03-23",
        [
            ("the Weekend", "DATE", "2014-W12-WE"),
            ("March 23, 2014", "DATE", "2014-03-23"),
            ("11:42AM PT", "TIME", "2014-03-23T11:42"),
            ("this weekend", "DATE", "2014-W12-WE"),
            ("2010", "DATE", "2010"),
            ("126 minutes", "DURATION", "PT126M"),
            ("Thursday night", "TIME", "2014-03-20TNI"),
            ("8 p.m.", "TIME", "2014-03-20T20:00"),
            ("Friday", "DATE", "2014-03-21"),
            ("Sunday", "DATE", "2014-03-23"),
            ("Wednesday", "DATE", "2014-03-19"),
            ("Saturday", "DATE", "2014-03-22"),
            ("Last weekend", "DATE", "2014-W11-WE"),
            ("its second weekend", "DATE", "2014-W12-WE"),
            ("10-day", "DURATION", "P10D"),
            ("its third weekend", "DATE", "2014-W12-WE"),
            ("March 7", "DATE", "2014-03-07"),
            ("its opening weekend", "DATE", "2014-W12-WE"),
            ("a week ago", "DATE", "2014-W11"),
            ("Friday", "DATE", "2014-03-21"),
            ("Sunday", "DATE", "2014-03-23"),
            ("the same weekend last year", "DATE", "2013-W12-WE"),
            ("the year to date", "DATE", "2014"),
            ("last year", "DATE", "2013"),
            ("the first quarter", "DATE", "2014-Q1"),
            ("March 31", "DATE", "2014-03-31"),
            ("2011", "DATE", "2011"),
            ("Next weekend", "DATE", "2014-W13-WE"),
            ("Friday", "DATE", "2014-03-28"),
            ("Friday", "DATE", "2014-03-21"),
            ("April 18", "DATE", "2014-04-18"),
            ("Memorial Day weekend", "DATE", "2014-W21-WE"),
            ("Monday", "DATE", "2014-03-24"),
            ("Friday", "DATE", "2014-03-21"),
            ("Sunday", "DATE", "2014-03-23"),
        ],
    ),
    # Wednesday 2012-09-26 (ISO week 39), British paper's chart story, headline, standfirst,
    # byline, date line "Wednesday 26 September 2012 16.22 BST" (DATE and TIME). The chart
    # week runs Sunday to Saturday and the chart is revealed on Sunday (2012): "Sunday's chart"
    # (standfirst) is the coming Sunday, 2012-09-30; "since Sunday" 2012-09-23 and "came out on
    # Monday" 2012-09-24 are past. "fourth week" (headline) and "for a fourth week" are an
    # ordinal run, DURATION of the one week named, P1W (gold_blind23, gold_blind89), while "four
    # consecutive weeks" is a cardinal run, P4W (gold_blind103's "five consecutive days"). "its
    # first two days" an ordinal period, P2D (gold_blind62); "the fastest-selling album of the
    # year so far" -> "the year" 2012 ("so far" fixes it as the current year, see README); "its
    # first new record in seven years" P7Y (the period of a "first in"); "at the weekend" in a
    # Wednesday quote is the coming one, 2012-W39-WE; "Her 2010 debut" an adjectival year;
    # "61 weeks" P61W; "split the following year" after "March 2005" is 2006; "last November"
    # 2011-11; "sold out in under an hour" PT1H (how long a past sale took, gold_blind97); "on
    # Friday" 2012-09-28, "next spring" 2013-SP, "at 9am on Saturday" 2012-09-29T09:00 and the
    # DATE; "this week's number one" -> "this week" 2012-W39; "last week" 2012-W38; "every
    # Sunday at 4pm" SET XXXX-WXX-7 and TIME XXXX-XX-XXT16:00 (gold_blind97); "the first half
    # of the year" one span 2012-H1 and "a year earlier" 2011-H1; "in July" 2012-07;
    # "yesterday" 2012-09-25; "3 December" 2012-12-03. Not annotated: "Midweek sales" and
    # "midweek sales figures" (an adjective naming a kind of figures, like "midweek" in
    # gold_blind91), "No 1" (three times), "number one", "top 40", "the top spot", "one-off",
    # "24" (an age), "3,000", "24,000", "14,500", "212,000", "12%", "9%", the titles "Paper
    # Lanterns", "Northern Lines", "Harbour Town", "Heartbeat Highway", "Snowline", "the
    # Official Chart" (a name), "right down to the wire".
    "halloran-vespers-albums-chart-race": (
        "2012-09-26",
        [
            ("fourth week", "DURATION", "P1W"),
            ("Sunday", "DATE", "2012-09-30"),
            ("Wednesday 26 September 2012", "DATE", "2012-09-26"),
            ("16.22 BST", "TIME", "2012-09-26T16:22"),
            ("a fourth week", "DURATION", "P1W"),
            ("this afternoon", "TIME", "2012-09-26TAF"),
            ("Sunday", "DATE", "2012-09-23"),
            ("Monday", "DATE", "2012-09-24"),
            ("its first two days", "DURATION", "P2D"),
            ("the year", "DATE", "2012"),
            ("seven years", "DURATION", "P7Y"),
            ("the weekend", "DATE", "2012-W39-WE"),
            ("3 September", "DATE", "2012-09-03"),
            ("2010", "DATE", "2010"),
            ("61 weeks", "DURATION", "P61W"),
            ("four consecutive weeks", "DURATION", "P4W"),
            ("2009", "DATE", "2009"),
            ("March 2005", "DATE", "2005-03"),
            ("the following year", "DATE", "2006"),
            ("last November", "DATE", "2011-11"),
            ("under an hour", "DURATION", "PT1H"),
            ("Friday", "DATE", "2012-09-28"),
            ("next spring", "DATE", "2013-SP"),
            ("9am", "TIME", "2012-09-29T09:00"),
            ("Saturday", "DATE", "2012-09-29"),
            ("this week", "DATE", "2012-W39"),
            ("last week", "DATE", "2012-W38"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("the first half of the year", "DATE", "2012-H1"),
            ("a year earlier", "DATE", "2011-H1"),
            ("July", "DATE", "2012-07"),
            ("yesterday", "DATE", "2012-09-25"),
            ("3 December", "DATE", "2012-12-03"),
        ],
    ),
    # Monday 2013-05-20 (ISO week 21), US entertainment website's TV ratings story, headline,
    # stamp "May 20, 2013 1:47 PM ET" (DATE and TIME), byline, no dateline. The finale aired
    # Sunday 2013-05-19: "sweeps Sunday" (headline, the verb "sweeps") DATE, "Sunday night's
    # season finale" -> "Sunday night" 2013-05-19TNI; "at 8 p.m." of the rival show and
    # "ending at 11:04 p.m. ET" are clock times of that Sunday. "released this morning"
    # 2013-05-20TMO. "The two-hour finale" PT2H; "Cordova's 9 p.m. slot on Sundays" a recurring
    # slot, TIME XXXX-XX-XXT21:00 and SET XXXX-WXX-7 (gold_blind84); "now" PRESENT_REF; "won
    # Sunday nights ... for 11 straight weeks" SET XXXX-WXX-7TNI and a cardinal run P11W.
    # "Last year's finale" -> "Last year" 2012; "within three days" P3D; the data "arrive on
    # Thursday" 2013-05-23 and the C3 figures "follow a week later", 2013-W22 (a narrative
    # anchor at the week's granularity, gold_blind97); "four minutes" PT4M (the size of an
    # overrun); "come in Tuesday" 2013-05-21. "said last week" 2013-W20; production "in July"
    # 2013-07, a premiere "planned for January" 2014-01 (future); "stream ... from Wednesday"
    # and "end Wednesday" 2013-05-22; "June 1" 2013-06-01; "since 2009"; "The May sweeps" ->
    # "May" 2013-05 (see README); "on Memorial Day" 2013-05-27 (the last Monday of May);
    # "next spring" 2014-SP; "Sundays have been ours" SET XXXX-WXX-7; "since the fall" the
    # autumn before this May, 2012-FA; "seven days" P7D. Not annotated: TV seasons ("last
    # season's closer", "for three seasons", "a fourth season", "the current season", "the
    # first three seasons", "the full season", gold_blind84), "live-plus-three" and "C3"
    # (names of ratings measures), "same-day figures" and "fast-national" (kinds of figures),
    # "adults 18-49", "3.2 rating", "19%", "13 episodes", "two-part", the titles "Sunday Night
    # Stage" and "48 Hours West", "the last new episode", "time-zone-adjusted".
    "ridgeline-finale-ratings": (
        "2013-05-20",
        [
            ("Sunday", "DATE", "2013-05-19"),
            ("May 20, 2013", "DATE", "2013-05-20"),
            ("1:47 PM ET", "TIME", "2013-05-20T13:47"),
            ("Sunday night", "TIME", "2013-05-19TNI"),
            ("January 2011", "DATE", "2011-01"),
            ("this morning", "TIME", "2013-05-20TMO"),
            ("two-hour", "DURATION", "PT2H"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("now", "DATE", "PRESENT_REF"),
            ("Sunday nights", "SET", "XXXX-WXX-7TNI"),
            ("11 straight weeks", "DURATION", "P11W"),
            ("Last year", "DATE", "2012"),
            ("three days", "DURATION", "P3D"),
            ("Thursday", "DATE", "2013-05-23"),
            ("a week later", "DATE", "2013-W22"),
            ("four minutes", "DURATION", "PT4M"),
            ("11:04 p.m. ET", "TIME", "2013-05-19T23:04"),
            ("Tuesday", "DATE", "2013-05-21"),
            ("last week", "DATE", "2013-W20"),
            ("July", "DATE", "2013-07"),
            ("January", "DATE", "2014-01"),
            ("Wednesday", "DATE", "2013-05-22"),
            ("June 1", "DATE", "2013-06-01"),
            ("8 p.m.", "TIME", "2013-05-19T20:00"),
            ("2009", "DATE", "2009"),
            ("May", "DATE", "2013-05"),
            ("Wednesday", "DATE", "2013-05-22"),
            ("Memorial Day", "DATE", "2013-05-27"),
            ("next spring", "DATE", "2014-SP"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("the fall", "DATE", "2012-FA"),
            ("seven days", "DURATION", "P7D"),
        ],
    ),
    # Tuesday 2015-07-28 (ISO week 31), international film-trade website's festival line-up
    # story, headline ("2015 line-up", an adjectival year of an edition, gold_blind43), stamp
    # "28 July 2015 | By Hannah Roux" (a DATE), no dateline. The festival runs from Thursday
    # 10 September to Sunday 20 September 2015 (British weekday dates one span each,
    # gold_blind43), "The 11-day festival" P11D. "a 1980s-set family drama" -> "1980s" 198 (an
    # adjectival decade inside a compound); "shot ... last winter" in July is the winter of
    # 2014-15, 2015-WI (a winter takes the year of its January, gold_blind10); "announced
    # today" and "this morning" the publication day; "follows on 18 August" 2015-08-18;
    # "this year's titles" and "This year's retrospective" -> 2015; "a year ago" 2014 (the
    # unit's granularity); "last year's record" and "last year's gala titles" -> 2014; "at
    # least 60 minutes" PT60M; "before 1 September" 2015-09-01; "closed on 15 June" 2015-06-15
    # (past); "for five days from Friday 11 September" P5D and the DATE; "born in 1915"; "her
    # 1952 debut"; "A 24-hour marathon" PT24H, "at noon on Saturday 12 September"
    # 2015-09-12T12:00 and the DATE. "screen nightly at 7pm" SET XXXX-XX-XXTNI and TIME
    # XXXX-XX-XXT19:00, "from 9am daily" TIME XXXX-XX-XXT09:00 and SET P1D (the hours of a
    # recurring event, gold_blind62, gold_blind97); "at 10am on Monday 24 August"
    # 2015-08-24T10:00 and the DATE; "on Saturday 29 August"; "Founded in 1993"; nominations
    # "in January" 2015-01 (past); "move its dates a week earlier" -> "a week" P1W, the size of
    # a shift (gold_blind35, gold_blind84); "in 2016". Not annotated: "The 23rd" (an edition),
    # "the centenary" (an anniversary), "the awards season" (a trade season, gold_blind84),
    # "first-time directors", "first wave", "the first of two", the titles "The Long Quiet",
    # "Nine Winters", "Harbour at Dusk", "wiff.ca/2015" (a web address holding the year),
    # "1-888-555-0915", "1,900-seat", "96", "Sixty-one", "54", "412,000", "71", "18".
    "westmere-film-festival-lineup": (
        "2015-07-28",
        [
            ("2015", "DATE", "2015"),
            ("28 July 2015", "DATE", "2015-07-28"),
            ("Thursday 10 September", "DATE", "2015-09-10"),
            ("1980s", "DATE", "198"),
            ("last winter", "DATE", "2015-WI"),
            ("today", "DATE", "2015-07-28"),
            ("this morning", "TIME", "2015-07-28TMO"),
            ("18 August", "DATE", "2015-08-18"),
            ("11-day", "DURATION", "P11D"),
            ("Sunday 20 September", "DATE", "2015-09-20"),
            ("this year", "DATE", "2015"),
            ("a year ago", "DATE", "2014"),
            ("last year", "DATE", "2014"),
            ("2012", "DATE", "2012"),
            ("at least 60 minutes", "DURATION", "PT60M"),
            ("1 September", "DATE", "2015-09-01"),
            ("15 June", "DATE", "2015-06-15"),
            ("five days", "DURATION", "P5D"),
            ("Friday 11 September", "DATE", "2015-09-11"),
            ("This year", "DATE", "2015"),
            ("1915", "DATE", "1915"),
            ("1952", "DATE", "1952"),
            ("24-hour", "DURATION", "PT24H"),
            ("noon", "TIME", "2015-09-12T12:00"),
            ("Saturday 12 September", "DATE", "2015-09-12"),
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("7pm", "TIME", "XXXX-XX-XXT19:00"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("daily", "SET", "P1D"),
            ("10am", "TIME", "2015-08-24T10:00"),
            ("Monday 24 August", "DATE", "2015-08-24"),
            ("Saturday 29 August", "DATE", "2015-08-29"),
            ("1993", "DATE", "1993"),
            ("last year", "DATE", "2014"),
            ("January", "DATE", "2015-01"),
            ("a week", "DURATION", "P1W"),
            ("2016", "DATE", "2016"),
        ],
    ),
    # Friday 2013-06-07 (ISO week 23), US music website's tour announcement, headline ("Fall
    # Tour"), stamp "June 7, 2013 10:15 AM ET" (DATE and TIME), byline, tour-dates list. The
    # headline's "Fall" names this autumn's tour, 2013-FA (an attributive season naming one
    # particular season, see README), like "this fall" in the lead. "their first headlining
    # tour in three years" P3Y (the period of a "first in"); "announced this morning"
    # 2013-06-07TMO; "opens Sept. 12 ... wraps Nov. 16" 2013; "a Halloween show" 2013-10-31 (an
    # attributive holiday naming the day of the show, gold_blind84, confirmed by "Oct. 31" in
    # the list); "since 2010's" -> "2010"; "due Aug. 20" 2013-08-20; "premiered ... Wednesday"
    # 2013-06-05 (past); "eight months of 2012" a DURATION and a DATE; "the spring of 2010" one
    # span 2010-SP; "a three-year break" P3Y. The presale "Tuesday at 10 a.m. local time" is
    # the coming Tuesday, 2013-06-11, with its clock time ("local time" in the span, as in the
    # earlier sets); "next Friday, June 14" in a Friday story is seven days ahead (gold_blind30),
    # both DATEs 2013-06-14, and "10 a.m. local time" that day. "this summer" 2013-SU; "on July
    # 20" 2013-07-20; "about two hours" PT2H; "doors at 7 p.m. each night" TIME
    # XXXX-XX-XXT19:00 and SET XXXX-XX-XXTNI (gold_blind97). The list's dates are all in the
    # autumn of 2013; "Oct. 4 and 5" -> "Oct. 4" and the bare "5" (gold_blind97). Not
    # annotated: "28-date" (a count of shows), "third album", "The first single", "the last
    # tour", "hollowpines.com/tour2013" (a web address holding the year), "One dollar from
    # every ticket", "No. 14", "the Billboard 200", "310,000", the titles "Copper Sky", "Tin
    # Roof Weather" and "Half a Mile of Morning" (a title holding a part of day).
    "hollow-pines-copper-sky-tour": (
        "2013-06-07",
        [
            ("Fall", "DATE", "2013-FA"),
            ("June 7, 2013", "DATE", "2013-06-07"),
            ("10:15 AM ET", "TIME", "2013-06-07T10:15"),
            ("this fall", "DATE", "2013-FA"),
            ("three years", "DURATION", "P3Y"),
            ("this morning", "TIME", "2013-06-07TMO"),
            ("Sept. 12", "DATE", "2013-09-12"),
            ("Nov. 16", "DATE", "2013-11-16"),
            ("Halloween", "DATE", "2013-10-31"),
            ("2010", "DATE", "2010"),
            ("Aug. 20", "DATE", "2013-08-20"),
            ("Wednesday", "DATE", "2013-06-05"),
            ("eight months", "DURATION", "P8M"),
            ("2012", "DATE", "2012"),
            ("the spring of 2010", "DATE", "2010-SP"),
            ("three-year", "DURATION", "P3Y"),
            ("Tuesday", "DATE", "2013-06-11"),
            ("10 a.m. local time", "TIME", "2013-06-11T10:00"),
            ("next Friday", "DATE", "2013-06-14"),
            ("June 14", "DATE", "2013-06-14"),
            ("10 a.m. local time", "TIME", "2013-06-14T10:00"),
            ("this summer", "DATE", "2013-SU"),
            ("July 20", "DATE", "2013-07-20"),
            ("about two hours", "DURATION", "PT2H"),
            ("7 p.m.", "TIME", "XXXX-XX-XXT19:00"),
            ("each night", "SET", "XXXX-XX-XXTNI"),
            ("Sept. 12", "DATE", "2013-09-12"),
            ("Sept. 14", "DATE", "2013-09-14"),
            ("Sept. 20", "DATE", "2013-09-20"),
            ("Oct. 4", "DATE", "2013-10-04"),
            ("5", "DATE", "2013-10-05"),
            ("Oct. 31", "DATE", "2013-10-31"),
            ("Nov. 8", "DATE", "2013-11-08"),
            ("Nov. 16", "DATE", "2013-11-16"),
        ],
    ),
    # Thursday 2015-03-12 (ISO week 11), British daily's business story on a cinema chain's
    # annual results, headline, standfirst, byline, date line "Thursday 12 March 2015 08.31
    # GMT" (DATE and TIME). The group reports calendar years ("the year to 31 December"), so
    # its years, halves and quarters take calendar values without FY (gold_blind2, gold_blind5):
    # "second half" (headline) and "the second half" of 2014 2014-H2; "a slow start to the
    # year" -> "the year" 2014; "in the year to 31 December" two TIMEX3, "the year" 2014 and
    # "31 December" 2014-12-31 (like "the financial year to March", gold_blind61); "Record
    # Christmas" (standfirst) and "over Christmas" 2014-12-25; "this morning" 2015-03-12TMO;
    # "the first half" 2014-H1 and "a year earlier" after it 2013-H1 (gold_blind35); "a
    # blockbuster autumn" -> the head noun "autumn" 2014-FA (gold_blind103); "a good start to
    # 2015"; "the summer" ahead 2015-SU; "the first ten weeks of the year" a DURATION P10W and
    # "the year" 2015 (like "the first seven weeks of the new financial year", gold_blind74);
    # "now" twice PRESENT_REF; "two years ago" 2013; "during the year" and "for the year" the
    # year reported, 2014; "this year" (standfirst and body) 2015; "the next five years" P5Y;
    # "on Tuesdays" SET XXXX-WXX-2; "22 May" and "24 April" 2015; the analyst's "The first
    # quarter" 2015-Q1 and "the second half" 2015-H2 (ahead); "October 2012"; "3 September"
    # 2015-09-03. Not annotated: "Fiver Tuesday" (an offer's name), "a monthly fee" (the
    # period of a price, like "its usual monthly total" in gold_blind103), "pre-tax",
    # "interim results", "in early trading" (gold_blind38), "fourth-largest", "3D", "14%",
    # "6%", "9%", "3%", "8%", "2%", "4%", "19%", "12%", "4.1%", "£38.6m", "£412m", "£6.84",
    # "£2.71", "£17.99", "£5", "4.2p", "6.1p", "286p", "21.4 million", "41", "118", "seven
    # sites", "10 more", "a further 12", "150 cinemas", "240,000 members".
    "lumen-cinemas-annual-results": (
        "2015-03-12",
        [
            ("second half", "DATE", "2014-H2"),
            ("Christmas", "DATE", "2014-12-25"),
            ("this year", "DATE", "2015"),
            ("Thursday 12 March 2015", "DATE", "2015-03-12"),
            ("08.31 GMT", "TIME", "2015-03-12T08:31"),
            ("2014", "DATE", "2014"),
            ("the second half", "DATE", "2014-H2"),
            ("the year", "DATE", "2014"),
            ("the year", "DATE", "2014"),
            ("31 December", "DATE", "2014-12-31"),
            ("Christmas", "DATE", "2014-12-25"),
            ("this morning", "TIME", "2015-03-12TMO"),
            ("the first half", "DATE", "2014-H1"),
            ("a year earlier", "DATE", "2013-H1"),
            ("autumn", "DATE", "2014-FA"),
            ("2015", "DATE", "2015"),
            ("the summer", "DATE", "2015-SU"),
            ("the first ten weeks", "DURATION", "P10W"),
            ("the year", "DATE", "2015"),
            ("now", "DATE", "PRESENT_REF"),
            ("two years ago", "DATE", "2013"),
            ("the year", "DATE", "2014"),
            ("this year", "DATE", "2015"),
            ("2016", "DATE", "2016"),
            ("the next five years", "DURATION", "P5Y"),
            ("2013", "DATE", "2013"),
            ("now", "DATE", "PRESENT_REF"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("22 May", "DATE", "2015-05-22"),
            ("24 April", "DATE", "2015-04-24"),
            ("the year", "DATE", "2014"),
            ("The first quarter", "DATE", "2015-Q1"),
            ("the second half", "DATE", "2015-H2"),
            ("2007", "DATE", "2007"),
            ("October 2012", "DATE", "2012-10"),
            ("3 September", "DATE", "2015-09-03"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
