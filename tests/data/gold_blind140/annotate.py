"""Annotations of the hundred-and-fortieth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind140/annotate.py [--show]

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
    # Monday 2012-04-02 (ISO week 14), US weather service office's monthly climate summary,
    # headline, "Issued: Monday, April 2, 2012 at 11:05 AM EDT" (one DATE span with its
    # weekday and a TIME, the zone in the span and not in the value, gold_blind103), no
    # dateline. "March 2012" (headline, lead, range) 2012-03; "Warmest March on Record" and
    # "the warmest March" -> "March" 2012-03, the month itself (gold_blind8, gold_blind19);
    # "The month did bring some cold" -> "The month" 2012-03, anaphoric to March like "The
    # month's average" (gold_blind59). "since records began in 1910" -> "1910" ("since records
    # began" left out, gold_blind36, gold_blind59); "the 1981-2010 normal" -> "1981" and "2010",
    # a year range at its two ends (gold_blind103). "nine consecutive days, from March 17
    # through March 25" DURATION P9D plus two DATEs (gold_blind59); "at 4:12 p.m. on March 21"
    # two TIMEX3; "came nearly a month earlier than any previous 86-degree reading" the size of
    # a shift, DURATION P1M (gold_blind44); "the morning of March 3" and "the evening of March
    # 15" one TIME span each (gold_blind21, gold_blind28); "two days later" after March 3 is
    # 2012-03-05 (gold_blind56, gold_blind103); "0.82 inch in about six hours" PT6H (how long a
    # past event took, gold_blind35). "Spring arrived early" 2012-SP; "about four weeks earlier
    # than usual" P4W (a shift). "The past 12 months, April 2011 through March 2012" P12M plus
    # two DATEs; "the first quarter of 2012" 2012-Q1. The "Daily extremes" box dates are DATEs
    # of March 2012. The outlook "for April" 2012-04, "issued on March 15"; "later this month"
    # in an April 2 product is 2012-04. Not annotated: "No March since the 1940s" beyond "the
    # 1940s" ("No March" quantifies over all Marches), "the 80s" (temperatures), "86-degree",
    # "Fourteen daily record highs" and "Daily extremes" ("daily" names the kind of record, a
    # record for a calendar day, not a recurrence, like "its usual monthly total" in
    # gold_blind103), "heating degree days", "on clear, calm nights" (generic), "the most in
    # any month", "the second-warmest such period", "on record", "KHFL", "COOP ID 124862",
    # "317-555-0191", "www.weather.gov/hfl/climate/2012-03" (a URL holding a year and month),
    # "56.8 degrees", "13.1 degrees", "3.9 degrees", "52.9", "2.11 inches", "47 percent".
    "harlow-falls-march-climate-summary": (
        "2012-04-02",
        [
            ("March 2012", "DATE", "2012-03"),
            ("March", "DATE", "2012-03"),
            ("Monday, April 2, 2012", "DATE", "2012-04-02"),
            ("11:05 AM EDT", "TIME", "2012-04-02T11:05"),
            ("March 2012", "DATE", "2012-03"),
            ("March", "DATE", "2012-03"),
            ("1910", "DATE", "1910"),
            ("1981", "DATE", "1981"),
            ("2010", "DATE", "2010"),
            ("March 1945", "DATE", "1945-03"),
            ("the 1940s", "DATE", "194"),
            ("nine consecutive days", "DURATION", "P9D"),
            ("March 17", "DATE", "2012-03-17"),
            ("March 25", "DATE", "2012-03-25"),
            ("4:12 p.m.", "TIME", "2012-03-21T16:12"),
            ("March 21", "DATE", "2012-03-21"),
            ("nearly a month", "DURATION", "P1M"),
            ("this year", "DATE", "2012"),
            ("April 16, 1976", "DATE", "1976-04-16"),
            ("1946", "DATE", "1946"),
            ("The month", "DATE", "2012-03"),
            ("the morning of March 3", "TIME", "2012-03-03TMO"),
            ("two days later", "DATE", "2012-03-05"),
            ("about six hours", "DURATION", "PT6H"),
            ("the evening of March 15", "TIME", "2012-03-15TEV"),
            ("March 24", "DATE", "2012-03-24"),
            ("Spring", "DATE", "2012-SP"),
            ("March 20", "DATE", "2012-03-20"),
            ("about four weeks", "DURATION", "P4W"),
            ("The past 12 months", "DURATION", "P12M"),
            ("April 2011", "DATE", "2011-04"),
            ("March 2012", "DATE", "2012-03"),
            ("the first quarter of 2012", "DATE", "2012-Q1"),
            ("March 21", "DATE", "2012-03-21"),
            ("March 3", "DATE", "2012-03-03"),
            ("April", "DATE", "2012-04"),
            ("March 15", "DATE", "2012-03-15"),
            ("later this month", "DATE", "2012-04"),
        ],
    ),
    # Saturday 2014-03-01 (ISO week 9), British regional daily, headline, standfirst (no
    # TIMEX3), byline, date line "Saturday 1 March 2014". The winter just ended, December 2013
    # to February 2014, is 2014-WI, taking the year of its January (gold_blind10,
    # gold_blind103): the headline's "Wettest winter" -> "winter" (the superlative left out,
    # gold_blind8), "THE winter that ended yesterday" (the print style's capitals kept in the
    # span), "yesterday" Friday 2014-02-28. "between 1 December and 28 February" 2013-12-01
    # and 2014-02-28; "the winter of 1914-15" one DATE span 1915-WI (gold_blind76,
    # gold_blind103); "Last winter" 2013-WI (the winter of 2012-13). "has taken the 9am reading
    # every day for 31 years" -> TIME XXXX-XX-XXT09:00 (a reading that recurs on no
    # particular day), SET P1D and DURATION P31Y (gold_blind59, gold_blind99); "It rained
    # every day for three weeks after Christmas" -> SET P1D, P3W, 2013-12-25 (a holiday on the
    # day it falls on). "January" 2014-01 twice; "in three months" P3M (how long a normal fall
    # takes); "146-year" adjectival DURATION. Past: "23 December" 2013-12-23, "mid-January"
    # 2014-01, "October" 2013-10, "on Wednesday" 2014-02-26, "the start of December" 2013-12
    # (the month's value, like "the end of the month", gold_blind35), "last night" the night of
    # "yesterday", 2014-02-28TNI (gold_blind35), "April" 2013-04 (the start of the council's
    # year). "this financial year" of an English county council runs April-March and is named
    # by the year it ends, FY2014 (gold_blind90, gold_blind94). Ahead: "next week" 2014-W10,
    # "tomorrow" 2014-03-02, "the next ten days" P10D, "on Thursday" 2014-03-06, "Spring ...
    # begins today" 2014-SP and 2014-03-01. "would take weeks" PXW. Not annotated: "the
    # long-term average for the season" (an average over many winters), "a normal winter"
    # (generic), "winter wheat" and "spring barley" (crops, gold_blind8), "the forecasters'
    # calendar", "since records began", "74" (an age), "612mm", "541mm", "71mm", "236mm",
    # "298mm", "600mm", "8,000 acres", "eleven flood warnings", "19" beyond "19 days", "the
    # B3341", "£4.6m", "40 roads", "0800 555 0900" (a phone number holding "0900").
    "westbury-wettest-winter-on-record": (
        "2014-03-01",
        [
            ("winter", "DATE", "2014-WI"),
            ("1868", "DATE", "1868"),
            ("Saturday 1 March 2014", "DATE", "2014-03-01"),
            ("THE winter", "DATE", "2014-WI"),
            ("yesterday", "DATE", "2014-02-28"),
            ("1868", "DATE", "1868"),
            ("1 December", "DATE", "2013-12-01"),
            ("28 February", "DATE", "2014-02-28"),
            ("the winter of 1914-15", "DATE", "1915-WI"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("every day", "SET", "P1D"),
            ("31 years", "DURATION", "P31Y"),
            ("every day", "SET", "P1D"),
            ("three weeks", "DURATION", "P3W"),
            ("Christmas", "DATE", "2013-12-25"),
            ("January", "DATE", "2014-01"),
            ("three months", "DURATION", "P3M"),
            ("January", "DATE", "2014-01"),
            ("146-year", "DURATION", "P146Y"),
            ("Last winter", "DATE", "2013-WI"),
            ("23 December", "DATE", "2013-12-23"),
            ("mid-January", "DATE", "2014-01"),
            ("July 2007", "DATE", "2007-07"),
            ("last night", "TIME", "2014-02-28TNI"),
            ("weeks", "DURATION", "PXW"),
            ("October", "DATE", "2013-10"),
            ("Wednesday", "DATE", "2014-02-26"),
            ("19 days", "DURATION", "P19D"),
            ("the start of December", "DATE", "2013-12"),
            ("next week", "DATE", "2014-W10"),
            ("this financial year", "DATE", "FY2014"),
            ("April", "DATE", "2013-04"),
            ("tomorrow", "DATE", "2014-03-02"),
            ("the next ten days", "DURATION", "P10D"),
            ("Thursday", "DATE", "2014-03-06"),
            ("Spring", "DATE", "2014-SP"),
            ("today", "DATE", "2014-03-01"),
        ],
    ),
    # Sunday 2013-07-14 (ISO week 28), US local paper's weather almanac column, headline
    # "Weather almanac: July 14" ("July 14" the publication day, like "The almanac for June 10"
    # in gold_blind64), byline, date line "Sunday, July 14, 2013". The data box's headings
    # "YESTERDAY" 2013-07-13 and "TODAY" 2013-07-14 are DATEs (box labels, gold_blind44,
    # gold_blind64), the clock times under them on their days (gold_blind76, gold_blind83):
    # "4:18 p.m." and "5:55 a.m." of July 13, sunrise "5:41 a.m." and sunset "8:37 p.m." of
    # July 14 (the clock times, not the words "Sunrise" and "Sunset"). "Year to date" is the
    # current year, 2013 (gold_blind23); "Month to date" likewise the current month, 2013-07
    # (see README). "Record high for the date: 108 in 1936" -> "1936" only ("the date" compares
    # a calendar day across years, gold_blind13, gold_blind19). "Moon: First quarter
    # tomorrow" -> "tomorrow" 2013-07-15; "First quarter" is a phase of the moon, not a
    # quarter of a year. "On this date in 1936" -> "this date in 1936" one DATE span
    # 1936-07-14 (gold_blind64); "The heat wave that began July 5" 1936-07-05 (the month
    # framed by the item's year) and "lasted 12 days" P12D. The other items take the years
    # they name (gold_blind64): "In 1888", "In 1961 ... in 20 minutes" PT20M, "In 1993 ...
    # nearly a month" P1M "... six weeks" P6W, "Ten years ago" 2003 (the unit's granularity)
    # "... in less than five minutes" PT5M. The reader's "this summer" 2013-SU and "last
    # year's" -> "last year" 2012 (the possessive dropped); "this year" 2013; "Last summer's"
    # -> "Last summer" 2012-SU, its "late June" 2012-06, "five consecutive days" P5D, "mid-July
    # of 2012" one span 2012-07; "This July" 2013-07; "every afternoon since July 4" a SET
    # XXXX-XX-XXTAF and a DATE (gold_blind9). Forecast: "today", "Tonight" 2013-07-14TNI,
    # "Monday" 2013-07-15 with "after 3 p.m." that day, "the weekend" 2013-W29-WE (20-21
    # July). Not annotated: "Normal for the date", "for the date" (three times), "88/67",
    # "108", "52", "the coldest July reading on record" ("July" classifies readings of every
    # July, gold_blind21), "90-degree days" (gold_blind13), "23 times", "the 70s" and "the low
    # 80s" (a dew point and temperatures, not decades), "around the clock", "Route 30", "31.2
    # feet", "3,000 windows", "41 people", "41" (a count), "555-0136", "FROM THE RECORD BOOKS".
    "dunmore-weather-almanac-july-14": (
        "2013-07-14",
        [
            ("July 14", "DATE", "2013-07-14"),
            ("Sunday, July 14, 2013", "DATE", "2013-07-14"),
            ("YESTERDAY", "DATE", "2013-07-13"),
            ("4:18 p.m.", "TIME", "2013-07-13T16:18"),
            ("5:55 a.m.", "TIME", "2013-07-13T05:55"),
            ("1936", "DATE", "1936"),
            ("1888", "DATE", "1888"),
            ("Month to date", "DATE", "2013-07"),
            ("Year to date", "DATE", "2013"),
            ("TODAY", "DATE", "2013-07-14"),
            ("5:41 a.m.", "TIME", "2013-07-14T05:41"),
            ("8:37 p.m.", "TIME", "2013-07-14T20:37"),
            ("tomorrow", "DATE", "2013-07-15"),
            ("this date in 1936", "DATE", "1936-07-14"),
            ("July 5", "DATE", "1936-07-05"),
            ("12 days", "DURATION", "P12D"),
            ("1888", "DATE", "1888"),
            ("1961", "DATE", "1961"),
            ("20 minutes", "DURATION", "PT20M"),
            ("1993", "DATE", "1993"),
            ("nearly a month", "DURATION", "P1M"),
            ("six weeks", "DURATION", "P6W"),
            ("Ten years ago", "DATE", "2003"),
            ("less than five minutes", "DURATION", "PT5M"),
            ("this summer", "DATE", "2013-SU"),
            ("last year", "DATE", "2012"),
            ("this year", "DATE", "2013"),
            ("Last summer", "DATE", "2012-SU"),
            ("late June", "DATE", "2012-06"),
            ("five consecutive days", "DURATION", "P5D"),
            ("mid-July of 2012", "DATE", "2012-07"),
            ("This July", "DATE", "2013-07"),
            ("every afternoon", "SET", "XXXX-XX-XXTAF"),
            ("July 4", "DATE", "2013-07-04"),
            ("today", "DATE", "2013-07-14"),
            ("Tonight", "TIME", "2013-07-14TNI"),
            ("Monday", "DATE", "2013-07-15"),
            ("3 p.m.", "TIME", "2013-07-15T15:00"),
            ("the weekend", "DATE", "2013-W29-WE"),
        ],
    ),
    # Thursday 2015-05-28 (ISO week 22), Australian broadcaster's rural news page, headline,
    # stamps "Posted Thu 28 May 2015, 3:41pm" and "Updated Thu 28 May 2015, 6:10pm" (the
    # abbreviated weekday in the DATE span, checked by hand: 28 May 2015 is a Thursday; each
    # stamp a DATE and a TIME), byline, no dateline. Southern seasons, valued in the year
    # they fall in (gold_blind83, gold_blind99, gold_blind103): the coming winter, June-August
    # 2015, is 2015-WI ("Dry, warm winter ahead", "a drier than average winter" -> "winter",
    # the adjectives left out, gold_blind83; "Winter starts on Monday" -> "Winter" and
    # 2015-06-01); "a dry autumn" -> "autumn" 2015-FA, the autumn about to end; "spring" ahead
    # 2015-SP; "Last winter" 2014-WI. "the outlook for June to August, released today" ->
    # 2015-06, 2015-08, 2015-05-28; "the outlook for July to September, due on 11 June" ->
    # 2015-07, 2015-09, 2015-06-11. "at 11am" the briefing today; "since March" 2015-03; "by
    # August" 2015-08; "since 1 March" 2015-03-01; "its driest April since 1994" -> "April"
    # 2015-04 (the April just past) and "1994"; "late April and early May" 2015-04 and
    # 2015-05; "now" PRESENT_REF; "the next fortnight" P2W; "last year" 2014; "on the
    # weekend" (Australian usage) ahead, 2015-W22-WE (30-31 May); "recent decades" PAST_REF;
    # "nine of the past 12 winters" -> "the past 12 winters" DURATION P12Y (seasons counted as
    # years, like "the past three summers" in gold_blind8); "the 1961-1990 average" -> "1961"
    # and "1990" (gold_blind103). "its draft 2015-16 budget" -> "2015-16" FY2016, a council's
    # July-June financial year named by the year it ends (gold_blind94); "released on 19 May"
    # 2015-05-19 (a Tuesday); "on 1 July" 2015-07-01; "every fortnight" SET P2W (gold_blind83).
    # Not annotated: "Winters in El Nino years" (generic), "El Nino years", "its average for
    # the season" (an average over many autumns), "Winter days have warmed" (generic),
    # "warmer than average days and nights", "on record", "the third-warmest", "El Nino",
    # "the Indian Ocean Dipole", "35 per cent", "61mm", "25 millimetres", "2,400 hectares",
    # "10mm", "$1.2 million", "1800 555 214", "This one is the opposite".
    "bureau-winter-outlook-dry-south-east": (
        "2015-05-28",
        [
            ("winter", "DATE", "2015-WI"),
            ("Thu 28 May 2015", "DATE", "2015-05-28"),
            ("3:41pm", "TIME", "2015-05-28T15:41"),
            ("Thu 28 May 2015", "DATE", "2015-05-28"),
            ("6:10pm", "TIME", "2015-05-28T18:10"),
            ("winter", "DATE", "2015-WI"),
            ("June", "DATE", "2015-06"),
            ("August", "DATE", "2015-08"),
            ("today", "DATE", "2015-05-28"),
            ("Winter", "DATE", "2015-WI"),
            ("Monday", "DATE", "2015-06-01"),
            ("11am", "TIME", "2015-05-28T11:00"),
            ("March", "DATE", "2015-03"),
            ("August", "DATE", "2015-08"),
            ("autumn", "DATE", "2015-FA"),
            ("1 March", "DATE", "2015-03-01"),
            ("April", "DATE", "2015-04"),
            ("1994", "DATE", "1994"),
            ("late April", "DATE", "2015-04"),
            ("early May", "DATE", "2015-05"),
            ("now", "DATE", "PRESENT_REF"),
            ("the next fortnight", "DURATION", "P2W"),
            ("last year", "DATE", "2014"),
            ("the weekend", "DATE", "2015-W22-WE"),
            ("July", "DATE", "2015-07"),
            ("September", "DATE", "2015-09"),
            ("11 June", "DATE", "2015-06-11"),
            ("spring", "DATE", "2015-SP"),
            ("recent decades", "DATE", "PAST_REF"),
            ("Last winter", "DATE", "2014-WI"),
            ("the past 12 winters", "DURATION", "P12Y"),
            ("1961", "DATE", "1961"),
            ("1990", "DATE", "1990"),
            ("2015-16", "DATE", "FY2016"),
            ("19 May", "DATE", "2015-05-19"),
            ("1 July", "DATE", "2015-07-01"),
            ("every fortnight", "SET", "P2W"),
        ],
    ),
    # Friday 2014-07-18 (ISO week 29), Irish national daily's website, headline, standfirst,
    # stamp "Fri, Jul 18, 2014, 01:00" (the abbreviated weekday in the DATE span, checked by
    # hand: 18 July 2014 is a Friday; the clock time a TIME), byline, no dateline. The record
    # was set "at 3.15pm on Tuesday" 2014-07-15T15:15 and 2014-07-15, two TIMEX3; the
    # standfirst's "Tuesday's reading" -> "Tuesday" (the possessive dropped); "at 6pm" and "the
    # same afternoon" are that Tuesday's, 2014-07-15T18:00 and 2014-07-15TAF (gold_blind90);
    # "checked yesterday" 2014-07-17. "the highest in Ireland for 19 years" (standfirst) and
    # "in 19 years" are the period of a superlative, P19Y (gold_blind56); "set on 2 August
    # 1995" 1995-08-02; "the hottest day of the year" -> "the year" 2014 (gold_blind64,
    # gold_blind83). "every day since Wednesday 9 July" a SET and a DATE (one span with its
    # weekday); "until at least Sunday" (standfirst and body) -> "at least Sunday" 2014-07-20
    # (gold_blind103); "until 9pm tomorrow" 2014-07-19T21:00 and 2014-07-19; "Sunday
    # afternoon" 2014-07-20TAF; "early next week" 2014-W30 (gold_blind9); "since the weekend"
    # the weekend just past, 2014-W28-WE (12-13 July); "the summer of 1995" one span 1995-SU;
    # "1976" and "went on for weeks" PXW; "the past week" P1W; "the past fortnight" P2W. The
    # hose hours "between 7am and 10pm each day" and the lifeguards' "from 11am to 7pm daily"
    # recur on no particular day, XXXX-XX-XXThh:mm with their SETs P1D (gold_blind28,
    # gold_blind59); "until the end of August" 2014-08. "the start of the month" 2014-07;
    # "hotel bookings for the third quarter" 2014-Q3 (calendar quarter, no fiscal year
    # described) "... ahead of last year" 2013 (the value follows the wording, gold_blind35);
    # "the whole of June" -> "June" 2014-06. Not annotated: "a new July record" ("July"
    # classifies records of every July, gold_blind9, gold_blind21), "32.6C", "31.9C", "30
    # degrees", "30.4C", "25C", "Co Offaly", "status yellow", "140 people", "12 per cent",
    # "three people", "46 beaches", "9 per cent", "1550 555 031", "by a long way", "the hottest
    # day" (an event of the year, gold_blind56).
    "carrigmore-july-heat-record": (
        "2014-07-18",
        [
            ("Tuesday", "DATE", "2014-07-15"),
            ("19 years", "DURATION", "P19Y"),
            ("at least Sunday", "DATE", "2014-07-20"),
            ("Fri, Jul 18, 2014", "DATE", "2014-07-18"),
            ("01:00", "TIME", "2014-07-18T01:00"),
            ("3.15pm", "TIME", "2014-07-15T15:15"),
            ("Tuesday", "DATE", "2014-07-15"),
            ("yesterday", "DATE", "2014-07-17"),
            ("2 August 1995", "DATE", "1995-08-02"),
            ("19 years", "DURATION", "P19Y"),
            ("6pm", "TIME", "2014-07-15T18:00"),
            ("the year", "DATE", "2014"),
            ("the same afternoon", "TIME", "2014-07-15TAF"),
            ("every day", "SET", "P1D"),
            ("Wednesday 9 July", "DATE", "2014-07-09"),
            ("at least Sunday", "DATE", "2014-07-20"),
            ("9pm", "TIME", "2014-07-19T21:00"),
            ("tomorrow", "DATE", "2014-07-19"),
            ("Sunday afternoon", "TIME", "2014-07-20TAF"),
            ("early next week", "DATE", "2014-W30"),
            ("the summer of 1995", "DATE", "1995-SU"),
            ("1976", "DATE", "1976"),
            ("weeks", "DURATION", "PXW"),
            ("the weekend", "DATE", "2014-W28-WE"),
            ("the past week", "DURATION", "P1W"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("each day", "SET", "P1D"),
            ("the start of the month", "DATE", "2014-07"),
            ("11am", "TIME", "XXXX-XX-XXT11:00"),
            ("7pm", "TIME", "XXXX-XX-XXT19:00"),
            ("daily", "SET", "P1D"),
            ("the end of August", "DATE", "2014-08"),
            ("the third quarter", "DATE", "2014-Q3"),
            ("last year", "DATE", "2013"),
            ("the past fortnight", "DURATION", "P2W"),
            ("June", "DATE", "2014-06"),
        ],
    ),
    # Wednesday 2012-09-26 (ISO week 39), Canadian prairie paper's website, headline, stamp
    # "Posted: 09/26/2012 4:52 PM | Last Modified: 09/26/2012 7:15 PM" (numeric US-order dates
    # as DATEs and their clock times as TIMEs, gold_blind22, gold_blind72), byline,
    # "BRANDALE —" dateline. The frost came "early Tuesday" 2012-09-25 (a DATE like "early
    # Friday", gold_blind103) "at 6:40 a.m."; "By Tuesday morning" 2012-09-25TMO; "said
    # Tuesday" 2012-09-25; "On Sunday" 2012-09-23; "on Monday afternoon" 2012-09-24TAF and
    # "released Monday" 2012-09-24 (past); "tonight" 2012-09-26TNI; "by the weekend" ahead,
    # 2012-W39-WE (29-30 September); "next week" 2012-W40. "the first killing frost of the
    # fall" -> "the fall" 2012-FA, the calendar season (like "the autumn" in gold_blind44's
    # headline), while "The last spring frost" and "the first fall frost" are kinds of frost,
    # adjectival seasons left out (like "Summer programs", gold_blind103). "11 days earlier
    # than average" and "lengthened by about nine days" are sizes of a shift, P11D and P9D;
    # "records kept since 1921" -> "1921"; "on May 14" 2012-05-14; "the frost-free period
    # lasted 133 days" P133D (May 15-Sept. 24) and "averaged 124 days" P124D; "Last year ...
    # until Oct. 7" 2011 and 2011-10-07 (the month framed by its clause's year, gold_blind83).
    # "weekly crop report" SET P1W (an adjectival frequency naming a recurring report, like
    # "Weekly jobless claims" in gold_blind64); "the five-year average" -> "five-year" P5Y
    # (gold_blind80); "as late as June 10" 2012-06-10 ("as late as" a signal); "about two weeks
    # more" -> "about two weeks" P2W; "the best-looking beans in 10 years" P10Y (the period of
    # a superlative). Prairie Line's fiscal year ends Oct. 31 (2012-10-31, the current year's
    # end, gold_blind8), so "its fourth quarter" is August-October 2012, FY2012-Q4 with the
    # possessive kept (gold_blind64), and "fiscal 2013" FY2013. "about six weeks" P6W;
    # "Thanksgiving, Oct. 8" two DATEs 2012-10-08 (Canadian Thanksgiving, the second Monday of
    # October); "the 1970s" 197; "recent years" PAST_REF. Not annotated: "growing season" (a
    # crop season, gold_blind27, gold_blind80), "the frost-free period", "freeze-up", "winter
    # wheat", "No. 1 Canada Western Red Spring wheat" (a grade holding "Spring"), "-3.8 C",
    # "the low 20s" (temperatures), "81 per cent", "64 per cent", "1,900 acres", "Highway 10",
    # "$9.40 a bushel" (a price), "1-800-555-1921" (a phone number holding 1921, beside the
    # annotated "1921"), "in the bin", "close to normal", "the thermometer".
    "brandale-killing-frost-growing-season": (
        "2012-09-26",
        [
            ("09/26/2012", "DATE", "2012-09-26"),
            ("4:52 PM", "TIME", "2012-09-26T16:52"),
            ("09/26/2012", "DATE", "2012-09-26"),
            ("7:15 PM", "TIME", "2012-09-26T19:15"),
            ("early Tuesday", "DATE", "2012-09-25"),
            ("6:40 a.m.", "TIME", "2012-09-25T06:40"),
            ("the fall", "DATE", "2012-FA"),
            ("11 days", "DURATION", "P11D"),
            ("1921", "DATE", "1921"),
            ("May 14", "DATE", "2012-05-14"),
            ("133 days", "DURATION", "P133D"),
            ("Last year", "DATE", "2011"),
            ("Oct. 7", "DATE", "2011-10-07"),
            ("Monday afternoon", "TIME", "2012-09-24TAF"),
            ("tonight", "TIME", "2012-09-26TNI"),
            ("the weekend", "DATE", "2012-W39-WE"),
            ("weekly", "SET", "P1W"),
            ("Monday", "DATE", "2012-09-24"),
            ("five-year", "DURATION", "P5Y"),
            ("June 10", "DATE", "2012-06-10"),
            ("about two weeks", "DURATION", "P2W"),
            ("Sunday", "DATE", "2012-09-23"),
            ("10 years", "DURATION", "P10Y"),
            ("Tuesday morning", "TIME", "2012-09-25TMO"),
            ("Oct. 31", "DATE", "2012-10-31"),
            ("Tuesday", "DATE", "2012-09-25"),
            ("its fourth quarter", "DATE", "FY2012-Q4"),
            ("fiscal 2013", "DATE", "FY2013"),
            ("about six weeks", "DURATION", "P6W"),
            ("Thanksgiving", "DATE", "2012-10-08"),
            ("Oct. 8", "DATE", "2012-10-08"),
            ("about nine days", "DURATION", "P9D"),
            ("the 1970s", "DATE", "197"),
            ("124 days", "DURATION", "P124D"),
            ("recent years", "DATE", "PAST_REF"),
            ("next week", "DATE", "2012-W40"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
