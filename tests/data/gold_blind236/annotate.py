"""Annotations of the two-hundred-and-thirty-sixth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind236/annotate.py [--show]

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
    # Thursday 2013-04-18 (ISO week 16), British regional daily, headline, standfirst, byline,
    # date line "Thursday 18 April 2013" (one span with its weekday). The marathon is on
    # Sunday 2013-04-21 (headline "Sunday's Calderby Marathon" -> "Sunday"); every clock time
    # of the closures, waves, cut-off and trains carries no day and takes race day's, the day
    # its sentence is about (gold_blind64, gold_blind66): "6am" (headline and body) to "4pm",
    # "6pm", "9.30am", "9.15am", "about 10.05am" (the approximator kept), "2.45pm", "7am",
    # "3pm". "tomorrow" is Friday 2013-04-19, "yesterday" Wednesday 2013-04-17. "ten hours"
    # (standfirst) PT10H; "ten minutes apart" PT10M; "more than five hours" PT5H (a
    # threshold, like "under 2 hours 6 minutes" in gold_blind24); "seven hours after the
    # final wave starts" PT7H (anchored duration); "two minutes inside the limit" PT2M (the
    # size of a margin, like "by a minute" in gold_blind24). The expo "on Friday and
    # Saturday, from 10am to 7pm each day" gives two DATEs, the daily hours
    # XXXX-XX-XXThh:mm and the SET "each day" P1D (gold_blind66's "Gates open at 6:30 a.m. each
    # day"). "last April" in April 2013 is the April before, 2012-04, the race of "Last
    # year" 2012. "the 2012/13 financial year, which ended on 31 March" is a council's
    # April-March year named by the year it ends, FY2013, one span (gold_blind11,
    # gold_blind21), plus "31 March" 2013-03-31. "next year" 2014; "1 May" 2013-05-01; "a week"
    # P1W. Not annotated: "6:58:12" (a finishing time to the second, no value shape,
    # gold_blind43), "race day" (a day named by an event, like "polling day" in gold_blind25),
    # "a Sunday timetable" (a kind of timetable, gold_blind56, gold_blind95), "last time"
    # (anaphoric), "on time", "32nd", "28,000", "40 miles", "the 20-mile marker", "mile 17",
    # "Bus routes 4, 12 and 48", "£4.1m", "calderbymarathon.co.uk/2014" (a year in a URL),
    # "01632 960 2013" (a phone number ending in the year of the story).
    "calderby-marathon-road-closures": (
        "2013-04-18",
        [
            ("6am", "TIME", "2013-04-21T06:00"),
            ("Sunday", "DATE", "2013-04-21"),
            ("ten hours", "DURATION", "PT10H"),
            ("tomorrow", "DATE", "2013-04-19"),
            ("Thursday 18 April 2013", "DATE", "2013-04-18"),
            ("Sunday", "DATE", "2013-04-21"),
            ("6am", "TIME", "2013-04-21T06:00"),
            ("4pm", "TIME", "2013-04-21T16:00"),
            ("yesterday", "DATE", "2013-04-17"),
            ("6pm", "TIME", "2013-04-21T18:00"),
            ("9.30am", "TIME", "2013-04-21T09:30"),
            ("ten minutes", "DURATION", "PT10M"),
            ("9.15am", "TIME", "2013-04-21T09:15"),
            ("more than five hours", "DURATION", "PT5H"),
            ("about 10.05am", "TIME", "2013-04-21T10:05"),
            ("2.45pm", "TIME", "2013-04-21T14:45"),
            ("seven hours", "DURATION", "PT7H"),
            ("Last year", "DATE", "2012"),
            ("two minutes", "DURATION", "PT2M"),
            ("every ten minutes", "SET", "PT10M"),
            ("7am", "TIME", "2013-04-21T07:00"),
            ("3pm", "TIME", "2013-04-21T15:00"),
            ("Friday", "DATE", "2013-04-19"),
            ("Saturday", "DATE", "2013-04-20"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("7pm", "TIME", "XXXX-XX-XXT19:00"),
            ("each day", "SET", "P1D"),
            ("This year", "DATE", "2013"),
            ("last April", "DATE", "2012-04"),
            ("recent years", "DATE", "PAST_REF"),
            ("the 2012/13 financial year", "DATE", "FY2013"),
            ("31 March", "DATE", "2013-03-31"),
            ("next year", "DATE", "2014"),
            ("1 May", "DATE", "2013-05-01"),
            ("a week", "DURATION", "P1W"),
        ],
    ),
    # Monday 2015-11-02 (ISO week 45), US paper's race report, headline, deck, byline, date line
    # "Monday, November 2, 2015", "STANBRIDGE —" dateline. The race was "Sunday" 2015-11-01
    # (past, the bare weekday of US copy), the night US daylight saving time ended: "an extra
    # hour" DURATION PT1H (the modifier kept, like "another minute" in gold_blind43; the size
    # of the clock change, like "an hour" in gold_blind44), "2 a.m. Sunday" 2015-11-01T02:00
    # and the DATE, "since 4 a.m." that morning. The start times "7:50 a.m.", "8:10 a.m.",
    # "9:15 a.m.", the last finisher's "4:18 p.m.", "midafternoon" TAF (gold_blind39), "6:40
    # p.m." and "8 p.m." take race day's date; "10 p.m. Saturday" 2015-10-31T22:00 and the
    # DATE. "three years" three times P3Y (deck "for second time in three years", the period
    # of an ordinal count like "the third time in two weeks" in gold_blind103; "had waited
    # three years"; "her second victory in three years"). "almost a minute" PT1M (the size
    # of a change, gold_blind43). "last year", "a year ago" and "Last year" 2014; "2014",
    # "2013", "2012", "2011" as written. "the course's seven-and-a-half-hour limit" -> the
    # adjectival duration PT450M, the fraction converted to the smaller unit (gold_blind24,
    # gold_blind86). "extended the cut-off by 30 minutes" PT30M (the size of a shift). "Sunday
    # night" 2015-11-01TNI; "Nov. 30" 2015-11-30; "the 2016 race" and "the 2015 race"
    # adjectival years; "noon on Dec. 1" 2015-12-01T12:00 and the DATE; the lottery "in
    # January" ahead, 2016-01; "filled in 19 hours last December" PT19H (how long a past change
    # took, gold_blind35) and 2014-12 (the December before, registration for the 2015 race);
    # "the past two decades" P20Y; "later this month" 2015-11 (the modifier kept). Not
    # annotated: "2:08:44" (headline, deck, body) and "2:24:19" (race times to the second, no
    # value shape, gold_blind43), "Daylight saving time" (a clock regime, not a time),
    # "Sunday morning closures" (a kind of closure, like "a Saturday service" in gold_blind56),
    # "This time" (anaphoric), "the last six miles", "Mile 22", "44th", "27-year-old",
    # "fourth", "third", "second", "41,230", "38,906", "612", "the low 50s", "60" (degrees),
    # "45,000", "20,000", "126", "tenfold", "stanbridgemarathon.org/results/2015".
    "stanbridge-marathon-toroitich-record": (
        "2015-11-02",
        [
            ("three years", "DURATION", "P3Y"),
            ("Monday, November 2, 2015", "DATE", "2015-11-02"),
            ("three years", "DURATION", "P3Y"),
            ("Sunday", "DATE", "2015-11-01"),
            ("almost a minute", "DURATION", "PT1M"),
            ("2011", "DATE", "2011"),
            ("three years", "DURATION", "P3Y"),
            ("last year", "DATE", "2014"),
            ("2013", "DATE", "2013"),
            ("a year ago", "DATE", "2014"),
            ("Last year", "DATE", "2014"),
            ("an extra hour", "DURATION", "PT1H"),
            ("2 a.m.", "TIME", "2015-11-01T02:00"),
            ("Sunday", "DATE", "2015-11-01"),
            ("4 a.m.", "TIME", "2015-11-01T04:00"),
            ("7:50 a.m.", "TIME", "2015-11-01T07:50"),
            ("20 minutes", "DURATION", "PT20M"),
            ("8:10 a.m.", "TIME", "2015-11-01T08:10"),
            ("9:15 a.m.", "TIME", "2015-11-01T09:15"),
            ("2014", "DATE", "2014"),
            ("4:18 p.m.", "TIME", "2015-11-01T16:18"),
            ("seven-and-a-half-hour", "DURATION", "PT450M"),
            ("midafternoon", "TIME", "2015-11-01TAF"),
            ("2012", "DATE", "2012"),
            ("30 minutes", "DURATION", "PT30M"),
            ("10 p.m.", "TIME", "2015-10-31T22:00"),
            ("Saturday", "DATE", "2015-10-31"),
            ("6:40 p.m.", "TIME", "2015-11-01T18:40"),
            ("8 p.m.", "TIME", "2015-11-01T20:00"),
            ("Sunday night", "TIME", "2015-11-01TNI"),
            ("Nov. 30", "DATE", "2015-11-30"),
            ("2016", "DATE", "2016"),
            ("noon", "TIME", "2015-12-01T12:00"),
            ("Dec. 1", "DATE", "2015-12-01"),
            ("January", "DATE", "2016-01"),
            ("2015", "DATE", "2015"),
            ("19 hours", "DURATION", "PT19H"),
            ("last December", "DATE", "2014-12"),
            ("1972", "DATE", "1972"),
            ("the past two decades", "DURATION", "P20Y"),
            ("later this month", "DATE", "2015-11"),
        ],
    ),
    # Friday 2014-03-14 (ISO week 11), Irish daily, headline, standfirst, byline, date line
    # "Friday 14 March 2014". St Patrick's Day falls on Monday 2014-03-17, a public holiday in
    # Ireland: "St Patrick's Day" inside "St Patrick's Day parade" (headline and lead) is the
    # DATE of the day the parade is held (gold_blind21, gold_blind57), and "Monday" beside it a
    # DATE of its own. The clock times without a day are the parade day's: "8am" to "6pm", the
    # trams "between 10am and 5pm" (standfirst and body), "noon", "about 2.30pm", the 5k's
    # "9.30am", "7am"; "9pm on Monday" two TIMEX3; "10pm on Sunday" 2014-03-16T22:00 and the
    # DATE. "Entries close at 6pm tomorrow" -> Saturday 2014-03-15T18:00 and "tomorrow". "two
    # and a half hours before the parade" PT150M (anchored duration, the fraction converted,
    # gold_blind86). "September" ahead, 2014-09; "Last year" 2013 and "three hours" PT3H;
    # "the long weekend" is Saturday 15 to Monday 17 March, the ISO week of its Saturday,
    # 2014-W11-WE (gold_blind17, gold_blind103); "Monday afternoon" 2014-03-17TAF. "The five-day
    # festival" P5D (adjectival duration); it "opened last night", Thursday's night
    # 2014-03-13TNI (gold_blind35). "the late 1960s" 196; "this year" 2014. Not annotated:
    # "the holiday" (anaphoric for St Patrick's Day, like "the holiday" for Canada Day in
    # gold_blind57), "a Sunday service" (a kind of bus service, gold_blind56), "for the first
    # time" (twice), "until the last float has passed" (event-named), "the Shamrock 5k",
    # "60,000", "4,000", "3,200", "84 groups", "11 marching bands", "40,000", "65,000",
    # "€410,000", "€95,000", "12%", "1850 320 014" (a phone number with "014" in a 2014 story).
    "ballinacrea-st-patricks-day-parade-route": (
        "2014-03-14",
        [
            ("St Patrick's Day", "DATE", "2014-03-17"),
            ("8am", "TIME", "2014-03-17T08:00"),
            ("Monday", "DATE", "2014-03-17"),
            ("10am", "TIME", "2014-03-17T10:00"),
            ("5pm", "TIME", "2014-03-17T17:00"),
            ("Friday 14 March 2014", "DATE", "2014-03-14"),
            ("St Patrick's Day", "DATE", "2014-03-17"),
            ("Monday", "DATE", "2014-03-17"),
            ("noon", "TIME", "2014-03-17T12:00"),
            ("about 2.30pm", "TIME", "2014-03-17T14:30"),
            ("2006", "DATE", "2006"),
            ("September", "DATE", "2014-09"),
            ("8am", "TIME", "2014-03-17T08:00"),
            ("6pm", "TIME", "2014-03-17T18:00"),
            ("Monday", "DATE", "2014-03-17"),
            ("10pm", "TIME", "2014-03-16T22:00"),
            ("Sunday", "DATE", "2014-03-16"),
            ("10am", "TIME", "2014-03-17T10:00"),
            ("5pm", "TIME", "2014-03-17T17:00"),
            ("9.30am", "TIME", "2014-03-17T09:30"),
            ("two and a half hours", "DURATION", "PT150M"),
            ("6pm", "TIME", "2014-03-15T18:00"),
            ("tomorrow", "DATE", "2014-03-15"),
            ("This year", "DATE", "2014"),
            ("Last year", "DATE", "2013"),
            ("three hours", "DURATION", "PT3H"),
            ("2011", "DATE", "2011"),
            ("the long weekend", "DATE", "2014-W11-WE"),
            ("Monday afternoon", "TIME", "2014-03-17TAF"),
            ("five-day", "DURATION", "P5D"),
            ("last night", "TIME", "2014-03-13TNI"),
            ("9pm", "TIME", "2014-03-17T21:00"),
            ("Monday", "DATE", "2014-03-17"),
            ("1903", "DATE", "1903"),
            ("the late 1960s", "DATE", "196"),
            ("this year", "DATE", "2014"),
            ("2013", "DATE", "2013"),
            ("2015", "DATE", "2015"),
            ("7am", "TIME", "2014-03-17T07:00"),
        ],
    ),
    # Wednesday 2012-02-15 (ISO week 7), Australian regional paper's website, headline, stamp
    # "15 Feb, 2012 11:20 AM" (DATE and TIME, gold_blind49, gold_blind103), byline, no
    # dateline. Entries open "next month" (headline), "at 9am on March 1" 2012-03-01T09:00 and
    # the DATE; "within a fortnight" P2W. The run is on "Sunday, August 19" 2012-08-19 (one
    # span with its weekday); "7.30am" and the closures "from 5am until 1pm on race day" and
    # the trains "from 5.30am" take that day. "last year" (headline, "half an hour earlier
    # than last year", "last year's event", "sold out in nine days last year") and "Last
    # year" 2011; "last August" in February 2012 is 2011-08, the heat of that year's run.
    # "half an hour" PT30M (the size of a shift, fraction converted); "under 60 minutes" and
    # "under 50 minutes" PT60M, PT50M (thresholds, like "under 2 hours 6 minutes" in
    # gold_blind24); "January 1, 2011"; "May 31" ahead, 2012-05-31; "nine days" and "11 days"
    # how long a sell-out took (gold_blind35); "April" ahead, 2012-04; "this year" 2012.
    # "the 2010-11 financial year" is the Australian July-June year named by the year it ends,
    # FY2011, one span (gold_blind9, gold_blind21). "every Saturday at 7am" -> SET XXXX-WXX-6
    # and the habitual hour XXXX-XX-XXT07:00 (gold_blind47's "at noon every Wednesday"); "now"
    # PRESENT_REF; "Six months" P6M (February to August). Not annotated: "Winter in Port
    # Wensley is usually perfect" (a generic season, not a particular winter), "race day"
    # (event-named, gold_blind25), "for the first time", "14-kilometre", "10 kilometres",
    # "14 kilometres", "5km", "27 degrees", "30,000", "5,000", "140", "1,100", "$45", "$52",
    # "$480", "$1.3 million", "$6.8 million", "may" (the verb, beside the annotated "May 31"),
    # "harbourtoheads.com.au/2012", "1300 551 979" (a phone number holding 1979, beside the
    # annotated "1979").
    "port-wensley-harbour-to-heads-entries": (
        "2012-02-15",
        [
            ("next month", "DATE", "2012-03"),
            ("last year", "DATE", "2011"),
            ("15 Feb, 2012", "DATE", "2012-02-15"),
            ("11:20 AM", "TIME", "2012-02-15T11:20"),
            ("this year", "DATE", "2012"),
            ("9am", "TIME", "2012-03-01T09:00"),
            ("March 1", "DATE", "2012-03-01"),
            ("a fortnight", "DURATION", "P2W"),
            ("Sunday, August 19", "DATE", "2012-08-19"),
            ("7.30am", "TIME", "2012-08-19T07:30"),
            ("half an hour", "DURATION", "PT30M"),
            ("last year", "DATE", "2011"),
            ("last August", "DATE", "2011-08"),
            ("last year", "DATE", "2011"),
            ("60 minutes", "DURATION", "PT60M"),
            ("50 minutes", "DURATION", "PT50M"),
            ("January 1, 2011", "DATE", "2011-01-01"),
            ("May 31", "DATE", "2012-05-31"),
            ("nine days", "DURATION", "P9D"),
            ("last year", "DATE", "2011"),
            ("11 days", "DURATION", "P11D"),
            ("2010", "DATE", "2010"),
            ("April", "DATE", "2012-04"),
            ("this year", "DATE", "2012"),
            ("5am", "TIME", "2012-08-19T05:00"),
            ("1pm", "TIME", "2012-08-19T13:00"),
            ("every 15 minutes", "SET", "PT15M"),
            ("5.30am", "TIME", "2012-08-19T05:30"),
            ("Last year", "DATE", "2011"),
            ("the 2010-11 financial year", "DATE", "FY2011"),
            ("1979", "DATE", "1979"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("now", "DATE", "PRESENT_REF"),
            ("Six months", "DURATION", "P6M"),
        ],
    ),
    # Tuesday 2014-10-07 (ISO week 41), British broadcaster's news page, headline, stamp "7
    # October 2014 Last updated at 12:31 BST" (DATE and TIME, the zone in the span), byline.
    # The headline's "2015 ballot" is the ballot for the 2015 race, an adjectival year, DATE
    # 2015 (like "2015 schedule" in gold_blind66). "next year" 2015; "this week" 2014-W41;
    # "tomorrow" 2014-10-08; "Friday" ahead, 2014-10-10. The ballot "opened at 10:00 on Monday
    # 28 April" 2014-04-28T10:00 and the DATE, "a day after this year's race" P1D (anchored
    # duration) and 2014; "closed at 17:00 on 2 May" 2014-05-02T17:00 and the DATE; "after
    # five days" P5D; "Last year" 2013, "for a week" P1W. "Sunday 26 April" 2015-04-26 with
    # "09:00" that day. "good for age" standards "under three hours and five minutes" and
    # "under three hours and 50 minutes" -> one DURATION each in the smaller unit, PT185M and
    # PT230M (gold_blind24's "2 hours 5 minutes" PT125M); "since 1 January 2013". "for years"
    # -> "years" PXY; "every year since 2005" and "every year since 2009" a SET P1Y each and
    # the year; "Sunday morning" ahead, 2014-10-12TMO; "next April" 2015-04; "the 2016 race"
    # and "the 2015 event" adjectival years; "September 2015"; "next month" 2014-11; "This
    # year" and "this year" 2014; "The men's race in April" 2014-04 (past). "06:00 today"
    # 2014-10-07T06:00 and the DATE; "within minutes" -> "minutes" PTXM (gold_blind26). Not
    # annotated: "2:04:29" (a race time to the second, gold_blind43), "one in six", "18 to 40"
    # (ages), "52" (an age), "a 20-mile run", "the new Wrenmouth 10K" (a race's name with a
    # distance), "158,000", "141,000", "25,000", "35,801", "£53.2m", "the first of three
    # starts".
    "wrenmouth-marathon-ballot-record": (
        "2014-10-07",
        [
            ("2015", "DATE", "2015"),
            ("7 October 2014", "DATE", "2014-10-07"),
            ("12:31 BST", "TIME", "2014-10-07T12:31"),
            ("next year", "DATE", "2015"),
            ("this week", "DATE", "2014-W41"),
            ("tomorrow", "DATE", "2014-10-08"),
            ("Friday", "DATE", "2014-10-10"),
            ("10:00", "TIME", "2014-04-28T10:00"),
            ("Monday 28 April", "DATE", "2014-04-28"),
            ("a day", "DURATION", "P1D"),
            ("this year", "DATE", "2014"),
            ("17:00", "TIME", "2014-05-02T17:00"),
            ("2 May", "DATE", "2014-05-02"),
            ("five days", "DURATION", "P5D"),
            ("Last year", "DATE", "2013"),
            ("a week", "DURATION", "P1W"),
            ("2015", "DATE", "2015"),
            ("Sunday 26 April", "DATE", "2015-04-26"),
            ("09:00", "TIME", "2015-04-26T09:00"),
            ("three hours and five minutes", "DURATION", "PT185M"),
            ("three hours and 50 minutes", "DURATION", "PT230M"),
            ("1 January 2013", "DATE", "2013-01-01"),
            ("years", "DURATION", "PXY"),
            ("every year", "SET", "P1Y"),
            ("2005", "DATE", "2005"),
            ("Sunday morning", "TIME", "2014-10-12TMO"),
            ("next April", "DATE", "2015-04"),
            ("2016", "DATE", "2016"),
            ("2015", "DATE", "2015"),
            ("September 2015", "DATE", "2015-09"),
            ("next month", "DATE", "2014-11"),
            ("This year", "DATE", "2014"),
            ("April", "DATE", "2014-04"),
            ("every year", "SET", "P1Y"),
            ("2009", "DATE", "2009"),
            ("this year", "DATE", "2014"),
            ("06:00", "TIME", "2014-10-07T06:00"),
            ("today", "DATE", "2014-10-07"),
            ("minutes", "DURATION", "PTXM"),
        ],
    ),
    # Saturday 2015-05-23 (ISO week 21), US local TV station's website, headline, stamps
    # "Posted: May 23, 2015 7:04 AM EDT" and "Updated: May 23, 2015 10:48 AM EDT" (date and
    # clock time two TIMEX3, the zone in the span, gold_blind103), byline, "ASHGROVE, Pa.
    # (WKHV) -" dateline. Memorial Day is the last Monday of May, 2015-05-25: "Memorial Day"
    # inside "Memorial Day parade" (headline), "The Ashgrove Memorial Day Parade" and "The
    # Memorial Day 5K" is the DATE of the day the event is held (gold_blind21, gold_blind57),
    # "Monday" beside it its own DATE. The closures "from 7 a.m. until about 1 p.m. Monday",
    # "10 a.m.", "11:30 a.m.", the 5K's "8 a.m." and "until 7:30 a.m." are Monday's; "9 p.m.
    # Sunday" 2015-05-24T21:00 and the DATE. "said Friday" 2015-05-22 (past). "two years"
    # twice P2Y; "about 90 minutes" PT90M; "six months behind schedule" P6M (the size of a
    # delay, gold_blind35); "every year since 1958" SET P1Y and 1958; "last year" 2014, "this
    # year" 2015; "since 1868". "Sunday night" 2015-05-24TNI, "Monday morning" 2015-05-25TMO.
    # "on Mondays" SET XXXX-WXX-1; "picked up Tuesday" 2015-05-26. "the holiday weekend" is
    # Saturday 23 to Monday 25 May, the ISO week of its Saturday, 2015-W21-WE (gold_blind21's
    # "Memorial Day weekend"). "delays of up to 30 minutes" -> "up to 30 minutes" PT30M (the
    # modifier kept, gold_blind35). Not annotated: "Route 443", "76" (degrees), "5K",
    # "1,800", "70 units", "12,000", "wkhv.com/parade2015", "570-555-1868" (a phone number
    # holding 1868, beside the annotated "1868").
    "ashgrove-memorial-day-parade-main-street": (
        "2015-05-23",
        [
            ("Memorial Day", "DATE", "2015-05-25"),
            ("Monday", "DATE", "2015-05-25"),
            ("7 a.m.", "TIME", "2015-05-25T07:00"),
            ("May 23, 2015", "DATE", "2015-05-23"),
            ("7:04 AM EDT", "TIME", "2015-05-23T07:04"),
            ("May 23, 2015", "DATE", "2015-05-23"),
            ("10:48 AM EDT", "TIME", "2015-05-23T10:48"),
            ("Memorial Day", "DATE", "2015-05-25"),
            ("Monday", "DATE", "2015-05-25"),
            ("two years", "DURATION", "P2Y"),
            ("7 a.m.", "TIME", "2015-05-25T07:00"),
            ("about 1 p.m.", "TIME", "2015-05-25T13:00"),
            ("Monday", "DATE", "2015-05-25"),
            ("10 a.m.", "TIME", "2015-05-25T10:00"),
            ("about 90 minutes", "DURATION", "PT90M"),
            ("Friday", "DATE", "2015-05-22"),
            ("11:30 a.m.", "TIME", "2015-05-25T11:30"),
            ("2013", "DATE", "2013"),
            ("six months", "DURATION", "P6M"),
            ("every year", "SET", "P1Y"),
            ("1958", "DATE", "1958"),
            ("last year", "DATE", "2014"),
            ("this year", "DATE", "2015"),
            ("two years", "DURATION", "P2Y"),
            ("1868", "DATE", "1868"),
            ("Sunday night", "TIME", "2015-05-24TNI"),
            ("Monday morning", "TIME", "2015-05-25TMO"),
            ("Memorial Day", "DATE", "2015-05-25"),
            ("8 a.m.", "TIME", "2015-05-25T08:00"),
            ("Monday", "DATE", "2015-05-25"),
            ("7:30 a.m.", "TIME", "2015-05-25T07:30"),
            ("9 p.m.", "TIME", "2015-05-24T21:00"),
            ("Sunday", "DATE", "2015-05-24"),
            ("Monday", "DATE", "2015-05-25"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("Tuesday", "DATE", "2015-05-26"),
            ("the holiday weekend", "DATE", "2015-W21-WE"),
            ("up to 30 minutes", "DURATION", "PT30M"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
