"""Annotations of blind gold set 356, chosen by hand before the tagger ran.

    python tests/data/gold_blind356/annotate.py [--show]

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
    # Tuesday 2014-10-21 (ISO week 43), Reuters-style airline strike wire, "UPDATE 2-"
    # headline, web stamp "Tue Oct 21, 2014 9:42am EDT" (date and clock time two TIMEX3, the
    # zone in the span and not in the value; "Tue" names no full weekday), bullets, byline,
    # "VELDENBURG, Germany, Oct 21 (Reuters) -" dateline. The strike: "for 35 hours" PT35H
    # (headline and lead), "from 1100 GMT on Wednesday" 2014-10-22T11:00 and its DATE, "until
    # 2359 local time (2159 GMT) on Thursday" 2014-10-23T23:59 and 2014-10-23T21:59 (local
    # time and its GMT equivalent two TIMEX3 on the same day, "local time" in the span like
    # "15:52 local time" in gold_blind8), then "Thursday". Future weekdays: "on Wednesday and
    # Thursday" 2014-10-22/23, "0500 local time on Friday" 2014-10-24T05:00, "by Friday
    # evening" 2014-10-24TEV, "from Friday until further notice" -> "Friday" only. Past: "on
    # Monday night" 2014-10-20TNI; "said on Tuesday" the wire's day. "1,450 daily flights"
    # -> "daily" SET P1D (an adjectival frequency, like "daily flights" in gold_blind88).
    # "since April" 2014-04 (bullet and lead); "third-quarter" 2014-Q3 twice (no fiscal year
    # described, so calendar quarters, gold_blind56); "Oct 30", "Oct 10", "Nov 2" dated in
    # 2014; "almost 14 hours" PT14H; "the end of 2013" 2013; "this year" 2014 twice; "tonight"
    # 2014-10-21TNI; "the end of the month" 2014-10; "0915 GMT" 2014-10-21T09:15 (the wire's
    # market time, gold_blind63's "by 0912 GMT"); "mid-June" 2014-06; "12-hour" PT12H; "its
    # 2014 operating profit forecast" -> "2014"; "last month" 2014-09; "next year" 2015;
    # "recent weeks" PAST_REF; "November" 2014-11. Not annotated: "A320", "Boeing 747-8"
    # (model numbers), "600 flights", "1,450", "80,000", "2.1 pct", "2.1 percent", "11.37
    # euros" (reads like a clock time), "55" (an age), "60 percent", "11 times", "about a
    # fifth", "about a quarter" (a fraction of profit, not a quarter of the year), "160
    # million euros", "veldenair.com/streik1022" (digits like a date), "UPDATE 2", "until
    # further notice", "so far", "the first flights" (the first departures after the strike,
    # named by order, like "the first departures of the day" in gold_blind95), "the ninth
    # walkout", "The eight earlier walkouts".
    "velden-air-pilots-35-hour-strike": (
        "2014-10-21",
        [
            ("35 hours", "DURATION", "PT35H"),
            ("Wednesday", "DATE", "2014-10-22"),
            ("Tue Oct 21, 2014", "DATE", "2014-10-21"),
            ("9:42am EDT", "TIME", "2014-10-21T09:42"),
            ("April", "DATE", "2014-04"),
            ("third-quarter", "DATE", "2014-Q3"),
            ("Oct 30", "DATE", "2014-10-30"),
            ("Oct 21", "DATE", "2014-10-21"),
            ("35 hours", "DURATION", "PT35H"),
            ("1100 GMT", "TIME", "2014-10-22T11:00"),
            ("Wednesday", "DATE", "2014-10-22"),
            ("Tuesday", "DATE", "2014-10-21"),
            ("April", "DATE", "2014-04"),
            ("2359 local time", "TIME", "2014-10-23T23:59"),
            ("2159 GMT", "TIME", "2014-10-23T21:59"),
            ("Thursday", "DATE", "2014-10-23"),
            ("daily", "SET", "P1D"),
            ("Wednesday", "DATE", "2014-10-22"),
            ("Thursday", "DATE", "2014-10-23"),
            ("0500 local time", "TIME", "2014-10-24T05:00"),
            ("Friday", "DATE", "2014-10-24"),
            ("Friday evening", "TIME", "2014-10-24TEV"),
            ("Friday", "DATE", "2014-10-24"),
            ("Monday night", "TIME", "2014-10-20TNI"),
            ("almost 14 hours", "DURATION", "PT14H"),
            ("the end of 2013", "DATE", "2013"),
            ("this year", "DATE", "2014"),
            ("Tuesday", "DATE", "2014-10-21"),
            ("tonight", "TIME", "2014-10-21TNI"),
            ("the end of the month", "DATE", "2014-10"),
            ("0915 GMT", "TIME", "2014-10-21T09:15"),
            ("mid-June", "DATE", "2014-06"),
            ("12-hour", "DURATION", "PT12H"),
            ("Oct 10", "DATE", "2014-10-10"),
            ("this year", "DATE", "2014"),
            ("2014", "DATE", "2014"),
            ("last month", "DATE", "2014-09"),
            ("next year", "DATE", "2015"),
            ("third-quarter", "DATE", "2014-Q3"),
            ("Oct 30", "DATE", "2014-10-30"),
            ("Nov 2", "DATE", "2014-11-02"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("November", "DATE", "2014-11"),
        ],
    ),
    # Saturday 2013-06-08 (ISO week 23), US regional paper, headline, deck, byline "Staff
    # Writer", date line "Saturday, June 8, 2013" (one span with its weekday), "MERRITT FALLS
    # —" dateline, a "WHAT TRAVELERS NEED TO KNOW" box. Future weekdays: the terminal opens
    # "at 4 a.m. Tuesday" 2013-06-11T04:00 and the DATE, the first flight "at 5:50 a.m."
    # (headline and body) 2013-06-11T05:50 on that Tuesday; the last arrival "at 11:35 p.m.
    # Monday" 2013-06-10T23:35, "Monday night" (deck) 2013-06-10TNI, "through the night" ->
    # "the night" that same night; "10 a.m. Monday" 2013-06-10T10:00; the open house "Sunday
    # from 1 p.m. to 4 p.m." 2013-06-09 with two TIMEs that day. Past: "approved ... on
    # Thursday" 2013-06-06, "last week" 2013-W22. The box's recurring hours: "at 4:15 a.m.
    # daily" -> TIME XXXX-XX-XXT04:15 and SET P1D; "from 4 a.m. to 9 p.m. every day through
    # June 23" -> two TIMEs XXXX-XX-XXThh:mm, SET P1D and "June 23" (gold_blind27,
    # gold_blind56). "two hours before departure" PT2H (a generic anchored duration); "for the
    # first week" -> "the first week" P1W (an ordinal period of an event, gold_blind35). "Old
    # 1962 building" and "opened in 1962" 1962; "more than two years" P2Y, "a month" P1M (of
    # test runs); "since May" 2013-05; "spring 2014" 2014-SP; "last year" 2012, "2011";
    # "the first quarter" 2013-Q1 and "a year earlier" 2012-Q1 (the granularity of what it
    # is compared with); "March 2011"; "five months later than planned" P5M (the size of a
    # delay, gold_blind35); "September" 2013-09; "about 14 months" P14M; the airport
    # authority's "fiscal year that begins July 1" -> "the fiscal year" FY2014 (a July-June
    # year named by the year it ends, gold_blind13) plus "July 1" 2013-07-01; "three times a
    # week" SET P1W; "Aug. 15" 2013-08-15; "a second daily flight" -> "daily" SET P1D
    # (gold_blind88); "the fall" 2013-FA. Not annotated: "Flight 2214", "Flight 1962" (a
    # flight number equal to the year of the old building), "Gate B4", "Lot A", "Level 1",
    # "1,200-space", "210,000-square-foot", "400,000", "1.3 million", "6 percent", "4
    # percent", "$212 million", "$9 million", "$6.5 million", "40", "three times" (a count of
    # rehearsals), "715-555-2013", "first flight", "first departure", "the last flight".
    "carver-regional-new-terminal-opens": (
        "2013-06-08",
        [
            ("Tuesday", "DATE", "2013-06-11"),
            ("5:50 a.m.", "TIME", "2013-06-11T05:50"),
            ("1962", "DATE", "1962"),
            ("Monday night", "TIME", "2013-06-10TNI"),
            ("Saturday, June 8, 2013", "DATE", "2013-06-08"),
            ("more than two years", "DURATION", "P2Y"),
            ("a month", "DURATION", "P1M"),
            ("4 a.m.", "TIME", "2013-06-11T04:00"),
            ("Tuesday", "DATE", "2013-06-11"),
            ("5:50 a.m.", "TIME", "2013-06-11T05:50"),
            ("11:35 p.m.", "TIME", "2013-06-10T23:35"),
            ("Monday", "DATE", "2013-06-10"),
            ("the night", "TIME", "2013-06-10TNI"),
            ("May", "DATE", "2013-05"),
            ("10 a.m.", "TIME", "2013-06-10T10:00"),
            ("Monday", "DATE", "2013-06-10"),
            ("Sunday", "DATE", "2013-06-09"),
            ("1 p.m.", "TIME", "2013-06-09T13:00"),
            ("4 p.m.", "TIME", "2013-06-09T16:00"),
            ("Thursday", "DATE", "2013-06-06"),
            ("last week", "DATE", "2013-W22"),
            ("4:15 a.m.", "TIME", "XXXX-XX-XXT04:15"),
            ("daily", "SET", "P1D"),
            ("two hours", "DURATION", "PT2H"),
            ("the first week", "DURATION", "P1W"),
            ("spring 2014", "DATE", "2014-SP"),
            ("4 a.m.", "TIME", "XXXX-XX-XXT04:00"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("every day", "SET", "P1D"),
            ("June 23", "DATE", "2013-06-23"),
            ("1962", "DATE", "1962"),
            ("last year", "DATE", "2012"),
            ("2011", "DATE", "2011"),
            ("the first quarter", "DATE", "2013-Q1"),
            ("a year earlier", "DATE", "2012-Q1"),
            ("March 2011", "DATE", "2011-03"),
            ("five months", "DURATION", "P5M"),
            ("September", "DATE", "2013-09"),
            ("about 14 months", "DURATION", "P14M"),
            ("the fiscal year", "DATE", "FY2014"),
            ("July 1", "DATE", "2013-07-01"),
            ("three times a week", "SET", "P1W"),
            ("Aug. 15", "DATE", "2013-08-15"),
            ("daily", "SET", "P1D"),
            ("the fall", "DATE", "2013-FA"),
        ],
    ),
    # Wednesday 2012-09-26 (ISO week 39), New Zealand regional news website, headline,
    # byline, stamp "Last updated 05:00 26/09/2012" (a clock time and a day-month-year date,
    # two TIMEX3, gold_blind56). The new timetable starts "Monday, October 15" 2012-10-15
    # (one span with its weekday; the headline's "October 15" the same day). "yesterday"
    # 2012-09-25; "On Monday" (past, the points failure) 2012-09-24; "this weekend" 2012-W39-WE
    # (29-30 September) and "the weekend of October 6-7" 2012-W40-WE, one span (gold_blind95);
    # daylight saving "at 2am on Sunday" 2012-09-30T02:00 and the DATE (the last Sunday of
    # September, when New Zealand clocks went forward in 2012), "an hour" PT1H (the size of a
    # shift, like "an hour at 1am the same day" in gold_blind76). Recurring service hours are
    # TIMEs of no particular day: "the first train ... at 5.42am" XXXX-XX-XXT05:42, "the last
    # train ... on Saturday nights ... at 12.30am instead of 11.15pm" (SET XXXX-WXX-6TNI and
    # two TIMEs, gold_blind95). "every 15 minutes" PT15M, "every 20 minutes" PT20M,
    # "half-hourly" SET PT30M (an adverb naming a frequency, like "hourly" PT1H in
    # gold_blind95); "now" PRESENT_REF twice ("now run", "18 minutes earlier than now",
    # gold_blind95); "18 minutes" PT18M; "more than a decade" P10Y (the period of a "biggest
    # ... in"); "up to 40 minutes" PT40M; "that evening" after "On Monday" 2012-09-24TEV, a
    # narrative anchor on the story line's last date (gold_blind8, gold_blind14). Southern
    # seasons valued in the year they fall in
    # (gold_blind9, gold_blind88): "over winter" -> "winter" 2012-WI (June-August 2012),
    # "This spring" 2012-SP. "Labour Day, Monday October 22" two DATEs 2012-10-22 (the fourth
    # Monday of October). New Zealand councils' financial years run July-June and are named
    # by the year they end, one span each ("the 2012-13 financial year" FY2013, "the
    # 2011-12 financial year" FY2012, like "the 2011-12 financial year" in gold_blind95);
    # "July 1" 2012-07-01; "at least February" 2013-02; "six weeks in June and July" P6W,
    # 2012-06, 2012-07; "Friday nights" SET XXXX-WXX-5TNI; "March" 2013-03 and "five months"
    # P5M; "New Year's Eve" 2012-12-31 and "1.15am on January 1" 2013-01-01T01:15 with its
    # DATE. Not annotated: "a Sunday timetable" (a kind of timetable, gold_blind56), "peak
    # times", "Off-peak and weekend services" (kinds), "annual report" (a kind of report),
    # "Last updated", "Kereru-class", "48", "14 services", "412 submissions", "7 per cent",
    # "3.1 million trips", "$2.3m", "Zone 3", "$6.50", "arahurametro.govt.nz/oct15" (reads
    # like a date), "the first train", "the last train", "later trains", "the new time" (the
    # clock after the change, not a time of day).
    "kapua-line-october-timetable": (
        "2012-09-26",
        [
            ("October 15", "DATE", "2012-10-15"),
            ("05:00", "TIME", "2012-09-26T05:00"),
            ("26/09/2012", "DATE", "2012-09-26"),
            ("every 15 minutes", "SET", "PT15M"),
            ("Monday, October 15", "DATE", "2012-10-15"),
            ("yesterday", "DATE", "2012-09-25"),
            ("more than a decade", "DURATION", "P10Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("every 20 minutes", "SET", "PT20M"),
            ("5.42am", "TIME", "XXXX-XX-XXT05:42"),
            ("18 minutes", "DURATION", "PT18M"),
            ("now", "DATE", "PRESENT_REF"),
            ("Saturday nights", "SET", "XXXX-WXX-6TNI"),
            ("12.30am", "TIME", "XXXX-XX-XXT00:30"),
            ("11.15pm", "TIME", "XXXX-XX-XXT23:15"),
            ("half-hourly", "SET", "PT30M"),
            ("July", "DATE", "2012-07"),
            ("winter", "DATE", "2012-WI"),
            ("This spring", "DATE", "2012-SP"),
            ("2009", "DATE", "2009"),
            ("Monday", "DATE", "2012-09-24"),
            ("up to 40 minutes", "DURATION", "PT40M"),
            ("that evening", "TIME", "2012-09-24TEV"),
            ("this weekend", "DATE", "2012-W39-WE"),
            ("the weekend of October 6-7", "DATE", "2012-W40-WE"),
            ("2am", "TIME", "2012-09-30T02:00"),
            ("Sunday", "DATE", "2012-09-30"),
            ("an hour", "DURATION", "PT1H"),
            ("Labour Day", "DATE", "2012-10-22"),
            ("Monday October 22", "DATE", "2012-10-22"),
            ("the 2012-13 financial year", "DATE", "FY2013"),
            ("July 1", "DATE", "2012-07-01"),
            ("at least February", "DATE", "2013-02"),
            ("the 2011-12 financial year", "DATE", "FY2012"),
            ("six weeks", "DURATION", "P6W"),
            ("June", "DATE", "2012-06"),
            ("July", "DATE", "2012-07"),
            ("Friday nights", "SET", "XXXX-WXX-5TNI"),
            ("March", "DATE", "2013-03"),
            ("five months", "DURATION", "P5M"),
            ("New Year's Eve", "DATE", "2012-12-31"),
            ("1.15am", "TIME", "2013-01-01T01:15"),
            ("January 1", "DATE", "2013-01-01"),
        ],
    ),
    # Monday 2015-06-29 (ISO week 27), British regional daily, headline, standfirst, byline,
    # date line "Monday 29 June 2015" (one span with its weekday). "today" the paper's day.
    # The first closure "from 8pm on Friday 10 July until 6am on Monday 13 July": two TIMEs
    # and two weekday DATEs (gold_blind95); the headline's "from 10 July" the same Friday.
    # "the weekend of 25-26 July" 2015-W30-WE and "the weekend of 8-9 August" 2015-W32-WE,
    # one span each (gold_blind95). The night closures: "From Monday 20 July ... every night
    # from 9pm to 5am for six weeks, except on Saturday nights" -> the DATE, SET
    # XXXX-XX-XXTNI, two TIMEs of no particular day, P6W, SET XXXX-WXX-6TNI. The main closure
    # "of up to 16 weeks" P16W (standfirst and body) "on Monday 2 November"; the standfirst's
    # "from November" 2015-11 and "this summer" 2015-SU; "before Christmas" 2015-12-25; "run
    # into February" 2016-02 (the nearest one ahead). The ferry "every 15 minutes from 6am to
    # 11pm" SET PT15M and two TIMEs XXXX-XX-XXThh:mm. "less than a fortnight" P2W; "up to 25
    # minutes" PT25M; "18 months" P18M. "last winter" in June 2015 is the winter of 2014-15,
    # 2015-WI, the year of its January (gold_blind10, gold_blind103), with "12 January"
    # 2015-01-12 and "3 February" 2015-02-03. "in March" 2015-03; "the council's 2015-16
    # highways budget" -> "2015-16" FY2016 (a UK council's April-March financial year named by
    # the year it ends, gold_blind88). "published on Thursday" 2015-06-25 (past); "a year ago"
    # 2014 (the unit's granularity); "1888", "1974"; "three weeks in February 2009" P3W and
    # 2009-02; "from 13 July" 2015-07-13; "three times a day" SET P1D; the drop-in session
    # "from 2pm to 7pm on Wednesday" 2015-07-01 with two TIMEs that day. Not annotated: "three
    # weekend closures" (an adjectival "weekend" naming a kind, a count of closures), "the
    # night closures", "the long closure", "the Saturday market" (a market named by its day),
    # "peak times", "until further notice", "while the bridge is shut", "the A1990" (a road
    # number like a year), "14 and 14A" (bus routes), "six-mile", "90-tonne", "7.5-tonne",
    # "twice", "£3.6m", "£2.9m", "eastmouth.gov.uk/corran2015", "01632 960 188".
    "corran-swing-bridge-closures": (
        "2015-06-29",
        [
            ("10 July", "DATE", "2015-07-10"),
            ("this summer", "DATE", "2015-SU"),
            ("up to 16 weeks", "DURATION", "P16W"),
            ("November", "DATE", "2015-11"),
            ("Monday 29 June 2015", "DATE", "2015-06-29"),
            ("today", "DATE", "2015-06-29"),
            ("less than a fortnight", "DURATION", "P2W"),
            ("1888", "DATE", "1888"),
            ("8pm", "TIME", "2015-07-10T20:00"),
            ("Friday 10 July", "DATE", "2015-07-10"),
            ("6am", "TIME", "2015-07-13T06:00"),
            ("Monday 13 July", "DATE", "2015-07-13"),
            ("the weekend of 25-26 July", "DATE", "2015-W30-WE"),
            ("the weekend of 8-9 August", "DATE", "2015-W32-WE"),
            ("Monday 20 July", "DATE", "2015-07-20"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("9pm", "TIME", "XXXX-XX-XXT21:00"),
            ("5am", "TIME", "XXXX-XX-XXT05:00"),
            ("six weeks", "DURATION", "P6W"),
            ("Saturday nights", "SET", "XXXX-WXX-6TNI"),
            ("up to 16 weeks", "DURATION", "P16W"),
            ("Monday 2 November", "DATE", "2015-11-02"),
            ("Christmas", "DATE", "2015-12-25"),
            ("February", "DATE", "2016-02"),
            ("up to 25 minutes", "DURATION", "PT25M"),
            ("every 15 minutes", "SET", "PT15M"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("11pm", "TIME", "XXXX-XX-XXT23:00"),
            ("18 months", "DURATION", "P18M"),
            ("last winter", "DATE", "2015-WI"),
            ("12 January", "DATE", "2015-01-12"),
            ("3 February", "DATE", "2015-02-03"),
            ("March", "DATE", "2015-03"),
            ("2015-16", "DATE", "FY2016"),
            ("Thursday", "DATE", "2015-06-25"),
            ("a year ago", "DATE", "2014"),
            ("1974", "DATE", "1974"),
            ("three weeks", "DURATION", "P3W"),
            ("February 2009", "DATE", "2009-02"),
            ("13 July", "DATE", "2015-07-13"),
            ("three times a day", "SET", "P1D"),
            ("2pm", "TIME", "2015-07-01T14:00"),
            ("7pm", "TIME", "2015-07-01T19:00"),
            ("Wednesday", "DATE", "2015-07-01"),
        ],
    ),
    # Friday 2014-11-28 (ISO week 48), Canadian broadcaster's news website, headline, deck,
    # stamp "CBC News Posted: Nov 28, 2014 5:00 AM ET Last Updated: Nov 28, 2014 6:02 PM ET"
    # (two DATEs and two TIMEs, the zone in the span), subheads. The vote "on Thursday night"
    # 2014-11-27TNI, the meeting "began at 6:30 p.m." that Thursday, 2014-11-27T18:30, "more
    # than four hours" PT4H; "said Friday" the page's day. "Jan. 1" (headline and body)
    # 2015-01-01; "in 2015" and "2015 transit budget" 2015; "30-day" P30D (adjectival);
    # "the second fare increase in 13 months" -> P13M (the period of an ordinal count,
    # gold_blind103); "Dec. 1, 2013". Recurring: "on Thursdays too" (headline), "on
    # Tuesdays", "on Thursdays between 9 a.m. and 3 p.m." -> SETs XXXX-WXX-4 / XXXX-WXX-2 and
    # two TIMEs XXXX-XX-XXThh:mm; "Sunday service will start an hour earlier, at 7 a.m., from
    # Jan. 4" -> "an hour" PT1H (the size of a shift), "7 a.m." XXXX-XX-XXT07:00, "Jan. 4"
    # 2015-01-04 ("Sunday service" a kind, not annotated, gold_blind56). "90 minutes" PT90M,
    # "75 minutes" PT75M; "now" PRESENT_REF; "next year" 2015; "a month before Christmas" ->
    # "a month" P1M (anchored duration alone) and "Christmas" 2014-12-25; "the third quarter"
    # 2014-Q3 and "a year earlier" 2013-Q3; "since 2009"; "last week" 2014-W47; "since
    # August" 2014-08; "every weekend in October" -> SET XXXX-WXX-WE and its frame 2014-10,
    # two TIMEX3 (gold_blind56); "since the summer" 2014-SU; "last year" 2013; "New Year's
    # Eve" (subhead and body) 2014-12-31 "from 6 p.m. until 4 a.m." 2014-12-31T18:00 and
    # 2015-01-01T04:00 (after midnight, on the new day, gold_blind95); "last month" 2014-10;
    # "September" 2015-09 (the nearest ahead); "the coming months" PXM. Not annotated: "15-8"
    # (a vote), "$3.25", "25 cents", "$105", "$112", "$4.1 million", "14 more buses", "1.8
    # per cent", "Route 95", "U-Pass", "Posted:", "kessocktransit.ca/fares2015",
    # "613-555-2015", "the first drop" (an ordinal event).
    "kessock-transit-fares-january": (
        "2014-11-28",
        [
            ("Jan. 1", "DATE", "2015-01-01"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("2015", "DATE", "2015"),
            ("Nov 28, 2014", "DATE", "2014-11-28"),
            ("5:00 AM ET", "TIME", "2014-11-28T05:00"),
            ("Nov 28, 2014", "DATE", "2014-11-28"),
            ("6:02 PM ET", "TIME", "2014-11-28T18:02"),
            ("2015", "DATE", "2015"),
            ("Thursday night", "TIME", "2014-11-27TNI"),
            ("Jan. 1", "DATE", "2015-01-01"),
            ("30-day", "DURATION", "P30D"),
            ("13 months", "DURATION", "P13M"),
            ("Dec. 1, 2013", "DATE", "2013-12-01"),
            ("90 minutes", "DURATION", "PT90M"),
            ("75 minutes", "DURATION", "PT75M"),
            ("now", "DATE", "PRESENT_REF"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("3 p.m.", "TIME", "XXXX-XX-XXT15:00"),
            ("an hour", "DURATION", "PT1H"),
            ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
            ("Jan. 4", "DATE", "2015-01-04"),
            ("next year", "DATE", "2015"),
            ("a month", "DURATION", "P1M"),
            ("Christmas", "DATE", "2014-12-25"),
            ("6:30 p.m.", "TIME", "2014-11-27T18:30"),
            ("more than four hours", "DURATION", "PT4H"),
            ("the third quarter", "DATE", "2014-Q3"),
            ("a year earlier", "DATE", "2013-Q3"),
            ("2009", "DATE", "2009"),
            ("last week", "DATE", "2014-W47"),
            ("August", "DATE", "2014-08"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("October", "DATE", "2014-10"),
            ("the summer", "DATE", "2014-SU"),
            ("New Year's Eve", "DATE", "2014-12-31"),
            ("last year", "DATE", "2013"),
            ("New Year's Eve", "DATE", "2014-12-31"),
            ("6 p.m.", "TIME", "2014-12-31T18:00"),
            ("4 a.m.", "TIME", "2015-01-01T04:00"),
            ("last month", "DATE", "2014-10"),
            ("September", "DATE", "2015-09"),
            ("Friday", "DATE", "2014-11-28"),
            ("the coming months", "DURATION", "PXM"),
        ],
    ),
    # Thursday 2013-11-14 (ISO week 46), Indian national daily's website, headline, "Staff
    # Reporter", date line "VELAMUR, November 14, 2013" and stamp "Updated: November 14, 2013
    # 02:11 IST" (DATE, DATE and TIME, the zone in the span). In a Thursday paper "on
    # Wednesday" is the day before: "Wednesday evening" 2013-11-13TEV, the first ship "at
    # 6.40 p.m." that evening 2013-11-13T18:40, the Collector "said on Wednesday". The closure:
    # "at 2 p.m. on Friday (November 8)" -> TIME 2013-11-08T14:00, "Friday" and "November 8"
    # two DATEs (a weekday with its date in brackets, like "Good Friday, 3 April" in
    # gold_blind95); "on Thursday last" -> "Thursday last" 2013-11-07, the Thursday before
    # the paper's, one span (Indian English, like "Monday last" in gold_blind63); "the early
    # hours of Saturday" one DATE span 2013-11-09 (gold_blind103) and "the next day" after it
    # 2013-11-10, anchored on the story line's last date (gold_blind14, gold_blind32), not on
    # the paper's day, which would give Friday 2013-11-15; trees fell "on Saturday"
    # 2013-11-09 (past); "by Saturday" and "till Saturday" 2013-11-16 (ahead, so "Saturday"
    # in both directions); "on Sunday" 2013-11-17; "closed since Friday" 2013-11-08; "reopen
    # on Monday" 2013-11-18; "Tuesday afternoon" 2013-11-12TAF. "Children's Day" (14
    # November in India) 2013-11-14 and "which fall on Thursday" the paper's own day;
    # "November 20", "November 7". "five days" (headline and lead) P5D, "nearly a week" P1W,
    # "within ten days" P10D, "11 days" P11D, "the second time in two years" P2Y (the period of
    # an ordinal count), "the next 48 hours" PT48H; "the end of the month" 2013-11. The Indian
    # fiscal year runs April-March and is named by the year it ends: "2012-13" FY2013, "the
    # current fiscal" FY2014 (gold_blind63); "the July-September quarter" keeps its calendar
    # value 2013-Q3 and "the same period last year" after it 2012-Q3 (gold_blind63,
    # gold_blind31); "now" PRESENT_REF; "commissioned in 1974"; "December 2011"; "every six
    # hours" SET PT6H. Not annotated: "Cyclone Tarini" (a name), "danger signal number 8",
    # "Berth No. 9", "58,000 tonnes", "60 km", "150 kmph", "14 berths", "40 ships", "Rs. 35
    # crore", "31.2 million tonnes", "34 MT", "6.2 per cent", "may" (the verb), "round the
    # clock", "during the closure", "1800-425-1974" (a toll-free number ending in a year).
    "velamur-port-reopens-after-cyclone": (
        "2013-11-14",
        [
            ("five days", "DURATION", "P5D"),
            ("November 14, 2013", "DATE", "2013-11-14"),
            ("November 14, 2013", "DATE", "2013-11-14"),
            ("02:11 IST", "TIME", "2013-11-14T02:11"),
            ("Wednesday evening", "TIME", "2013-11-13TEV"),
            ("five days", "DURATION", "P5D"),
            ("6.40 p.m.", "TIME", "2013-11-13T18:40"),
            ("2 p.m.", "TIME", "2013-11-08T14:00"),
            ("Friday", "DATE", "2013-11-08"),
            ("November 8", "DATE", "2013-11-08"),
            ("Thursday last", "DATE", "2013-11-07"),
            ("the early hours of Saturday", "DATE", "2013-11-09"),
            ("the next day", "DATE", "2013-11-10"),
            ("Saturday", "DATE", "2013-11-16"),
            ("nearly a week", "DURATION", "P1W"),
            ("ten days", "DURATION", "P10D"),
            ("Sunday", "DATE", "2013-11-17"),
            ("the end of the month", "DATE", "2013-11"),
            ("2012-13", "DATE", "FY2013"),
            ("the current fiscal", "DATE", "FY2014"),
            ("now", "DATE", "PRESENT_REF"),
            ("the July-September quarter", "DATE", "2013-Q3"),
            ("the same period last year", "DATE", "2012-Q3"),
            ("two years", "DURATION", "P2Y"),
            ("1974", "DATE", "1974"),
            ("December 2011", "DATE", "2011-12"),
            ("11 days", "DURATION", "P11D"),
            ("the next 48 hours", "DURATION", "PT48H"),
            ("November 7", "DATE", "2013-11-07"),
            ("Saturday", "DATE", "2013-11-16"),
            ("every six hours", "SET", "PT6H"),
            ("Friday", "DATE", "2013-11-08"),
            ("Monday", "DATE", "2013-11-18"),
            ("Children's Day", "DATE", "2013-11-14"),
            ("Thursday", "DATE", "2013-11-14"),
            ("November 20", "DATE", "2013-11-20"),
            ("Wednesday", "DATE", "2013-11-13"),
            ("Saturday", "DATE", "2013-11-09"),
            ("Tuesday afternoon", "TIME", "2013-11-12TAF"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
