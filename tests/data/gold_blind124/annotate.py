"""Annotations of the hundred-and-twenty-fourth blind gold set, chosen by hand before the tagger
ran.

    python tests/data/gold_blind124/annotate.py [--show]

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
    # Friday 2015-01-09 (ISO week 2), British regional daily's A&E story, headline, standfirst,
    # byline, date line "Friday 9 January 2015"; "yesterday" is Thursday 2015-01-08. "the week
    # to Sunday" (standfirst and lead) is two TIMEX3, "the week" 2015-W01 and "Sunday"
    # 2015-01-04, "to" a signal (gold_blind61); the week ending on a Sunday is exactly the ISO
    # week, which holds New Year's Day. "the same week last year" one span 2014-W01
    # (gold_blind93); "the seven days" after it DURATION P7D (gold_blind93's "the seven days");
    # "a year earlier" after the week takes the week's granularity, 2014-W01 (gold_blind35).
    # "NHS England's weekly situation report" is a recurring publication, SET P1W, like
    # "weekly flu bulletin" (gold_blind61). "the winter" (headline and lead) and "This
    # winter" in January 2015 are the winter of 2014-15, 2015-WI, taking the year of its
    # January (gold_blind10, gold_blind93). "the end of October" 2014-10; "last month"
    # 2014-12 beside "December" 2014-12; "November" 2014-11 and "July" 2014-07 (past);
    # "Christmas" 2014-12-25 twice, "Boxing Day" 2014-12-26, "New Year's Day" 2015-01-01.
    # Past weekdays: the peak "between 6pm on Monday and 2am on Tuesday", 2015-01-05T18:00 and
    # 2015-01-06T02:00 with their DATEs; future: 22 beds "on Monday" 2015-01-12 (the same
    # weekday in both directions, gold_blind103), the figures "due on Thursday" 2015-01-15.
    # "at least 19 January" keeps its modifier (gold_blind35). "the week to 11 January" ->
    # "the week" 2015-W02 and "11 January" (a Sunday). "25 years of nursing" DURATION P25Y;
    # "an eight-hour spell" PT8H; "within four hours" PT4H (four times). "1998" DATE ("since
    # the department opened in 1998"); "now" PRESENT_REF. Not annotated: "A&E", "78.4%",
    # "95%", "91.2%", "86.1%", "89.7%", "94.2%", "11%", "2,013 patients" (a count holding a
    # year-like 2013, in a story with "December 2013"), "468", "64", "19", "58", "40 extra
    # beds", "22", "three wards", "NHS 111", "Millrace Street", "its worst ... performance".
    "kelsborough-ae-worst-week-of-winter": (
        "2015-01-09",
        [
            ("the winter", "DATE", "2015-WI"),
            ("four hours", "DURATION", "PT4H"),
            ("the week", "DATE", "2015-W01"),
            ("Sunday", "DATE", "2015-01-04"),
            ("Friday 9 January 2015", "DATE", "2015-01-09"),
            ("the winter", "DATE", "2015-WI"),
            ("the week", "DATE", "2015-W01"),
            ("Sunday", "DATE", "2015-01-04"),
            ("four hours", "DURATION", "PT4H"),
            ("weekly", "SET", "P1W"),
            ("yesterday", "DATE", "2015-01-08"),
            ("four hours", "DURATION", "PT4H"),
            ("the end of October", "DATE", "2014-10"),
            ("the same week last year", "DATE", "2014-W01"),
            ("the seven days", "DURATION", "P7D"),
            ("a year earlier", "DATE", "2014-W01"),
            ("New Year's Day", "DATE", "2015-01-01"),
            ("more than an hour", "DURATION", "PT1H"),
            ("more than 12 hours", "DURATION", "PT12H"),
            ("December", "DATE", "2014-12"),
            ("yesterday", "DATE", "2015-01-08"),
            ("four hours", "DURATION", "PT4H"),
            ("last month", "DATE", "2014-12"),
            ("November", "DATE", "2014-11"),
            ("December 2013", "DATE", "2013-12"),
            ("July", "DATE", "2014-07"),
            ("This winter", "DATE", "2015-WI"),
            ("25 years", "DURATION", "P25Y"),
            ("Christmas", "DATE", "2014-12-25"),
            ("Christmas", "DATE", "2014-12-25"),
            ("Monday", "DATE", "2015-01-12"),
            ("Boxing Day", "DATE", "2014-12-26"),
            ("at least 19 January", "DATE", "2015-01-19"),
            ("6pm", "TIME", "2015-01-05T18:00"),
            ("Monday", "DATE", "2015-01-05"),
            ("2am", "TIME", "2015-01-06T02:00"),
            ("Tuesday", "DATE", "2015-01-06"),
            ("eight-hour", "DURATION", "PT8H"),
            ("1998", "DATE", "1998"),
            ("now", "DATE", "PRESENT_REF"),
            ("the week", "DATE", "2015-W02"),
            ("11 January", "DATE", "2015-01-11"),
            ("Thursday", "DATE", "2015-01-15"),
            ("10am", "TIME", "2015-01-28T10:00"),
            ("Wednesday 28 January", "DATE", "2015-01-28"),
        ],
    ),
    # Tuesday 2014-03-04 (ISO week 10), Irish daily's website, headline, standfirst, byline,
    # stamp "Tue, Mar 4, 2014, 01:00" (one DATE span with the abbreviated weekday, checked by
    # hand: 4 March 2014 was a Tuesday, like "Tue, Nov 25, 2014" in gold_blind98, and the
    # TIME 2014-03-04T01:00). "yesterday morning" is Monday 2014-03-03TMO, "Yesterday's count"
    # -> "Yesterday" 2014-03-03 (possessive left out). The count "is taken at 8am every
    # morning": "8am" XXXX-XX-XXT08:00 and "every morning" SET XXXX-XX-XXTMO, a habitual
    # clock time (gold_blind93); "its daily count" SET P1D (an adjective naming a recurrence,
    # gold_blind35's "daily position reports"). "no let-up in March" (standfirst) and "in
    # winter mode in March" are the current month, 2014-03; "end of April" (standfirst,
    # without the article) and "the end of April" 2014-04. "Last month" 2014-02; "this year"
    # (from "so far this year") and "This year" 2014; "Last year ... by mid-February" 2013
    # and 2013-02 (the month of the year just named, a narrative anchor); "by now" -> "now"
    # PRESENT_REF. Past weekdays: "at 8am on Sunday" 2014-03-02T08:00 with its DATE, "on
    # Friday night" 2014-02-28TNI, the HSE's "on Friday" 2014-02-28; future: "on Thursday"
    # 2014-03-06. "last week" 2014-W09; "March 14th" and "January 6th" (Irish ordinal dates)
    # 2014-03-14, 2014-01-06; "Christmas" 2013-12-25 (past); "November 2012", "2006",
    # "2011", "2009" as written. "an average of 19 hours" -> "19 hours" PT19H ("an average
    # of" left out like "a median of", gold_blind93); "12-hour" PT12H; "more than 24 hours"
    # PT24H. Not annotated: "winter mode" (twice; a kind of working, not this winter), "the
    # time of year" (an idiom with no calendar value), "512", "9,840", "14 per cent", "350",
    # "300", "61", "820", "€12 million", "2,006 attendances" (a count holding a year-like
    # 2006, in a story with "2006" annotated), "30-bed", "over 75" and "a woman of 91"
    # (ages), "the first such ballot" beyond "2009", "the State".
    "st-colmans-trolley-count-winter-mode": (
        "2014-03-04",
        [
            ("March", "DATE", "2014-03"),
            ("end of April", "DATE", "2014-04"),
            ("Tue, Mar 4, 2014", "DATE", "2014-03-04"),
            ("01:00", "TIME", "2014-03-04T01:00"),
            ("yesterday morning", "TIME", "2014-03-03TMO"),
            ("daily", "SET", "P1D"),
            ("2006", "DATE", "2006"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("Yesterday", "DATE", "2014-03-03"),
            ("more than 24 hours", "DURATION", "PT24H"),
            ("January 6th", "DATE", "2014-01-06"),
            ("Last month", "DATE", "2014-02"),
            ("February 2013", "DATE", "2013-02"),
            ("this year", "DATE", "2014"),
            ("2011", "DATE", "2011"),
            ("now", "DATE", "PRESENT_REF"),
            ("Last year", "DATE", "2013"),
            ("mid-February", "DATE", "2013-02"),
            ("This year", "DATE", "2014"),
            ("March", "DATE", "2014-03"),
            ("November 2012", "DATE", "2012-11"),
            ("Christmas", "DATE", "2013-12-25"),
            ("last week", "DATE", "2014-W09"),
            ("19 hours", "DURATION", "PT19H"),
            ("12-hour", "DURATION", "PT12H"),
            ("8am", "TIME", "2014-03-02T08:00"),
            ("Sunday", "DATE", "2014-03-02"),
            ("Friday night", "TIME", "2014-02-28TNI"),
            ("Friday", "DATE", "2014-02-28"),
            ("January", "DATE", "2014-01"),
            ("the end of April", "DATE", "2014-04"),
            ("Thursday", "DATE", "2014-03-06"),
            ("March 14th", "DATE", "2014-03-14"),
            ("2009", "DATE", "2009"),
        ],
    ),
    # Sunday 2012-09-16 (ISO week 37), US regional paper's Sunday story, headline, deck, byline
    # "Staff Writer", date line "Sunday, September 16, 2012", "PRUETT FALLS —" dateline; bare
    # weekdays without "on" in US style. Officials "said Friday" 2012-09-14 (past); the
    # garage "opens Tuesday" 2012-09-18 (future). The wing opens "next month" (headline and
    # lead), October 2012, "at 7 a.m. Monday, Oct. 15": TIME 2012-10-15T07:00 and the weekday
    # date one DATE span (gold_blind35's date lines, gold_blind61's "Sunday 27 July"); tours
    # "Saturday, Oct. 6, from 10 a.m. to 2 p.m." (a DATE and two TIMEs on that day); the
    # ribbon-cutting "Thursday, Oct. 11". The visiting hours are recurring hours on no
    # particular day: "from 11 a.m. to 8 p.m. daily" -> two TIMEs XXXX-XX-XXThh:mm and the
    # SET P1D, "the current 2 p.m. to 8 p.m." two more, "between 10 p.m. and 6 a.m." two more
    # (gold_blind28, gold_blind61, gold_blind93). "Starting Oct. 1" (deck and body) 2012-10-01,
    # "starting" a signal; "two weeks before the opening" DURATION P2W (anchored). "Last
    # winter" in September 2012 is the winter of 2011-12, 2012-WI, taking the year of its
    # January (gold_blind10). "last year" 2011 beside "2011"; "next year" 2013; "the end of
    # the year" 2012; "two years" P2Y, "more than a decade" P10Y, "30 years" P30Y, "nearly five
    # hours" PT5H ("an average of" left out), "14 hours" PT14H; "since 1974", "2001", "August
    # 2010" as written. Not annotated: "Visiting hours" (twice; a kind of hours, like
    # "holiday hours" in gold_blind103), "at the same moment" (anaphoric), "Level II" (a
    # trauma-center level), "Route 44", "38-bed", "$48 million", "61,000 patients", "three
    # times", "two at a time", "45 nurses", "12 physician assistants", "300-space", "(607)
    # 555-2012" (a phone number ending in the year of publication) and
    # "mountashbyhealth.org/er2012" (a URL holding 2012).
    "mount-ashby-er-wing-opens-next-month": (
        "2012-09-16",
        [
            ("next month", "DATE", "2012-10"),
            ("Oct. 1", "DATE", "2012-10-01"),
            ("Sunday, September 16, 2012", "DATE", "2012-09-16"),
            ("two years", "DURATION", "P2Y"),
            ("more than a decade", "DURATION", "P10Y"),
            ("next month", "DATE", "2012-10"),
            ("Friday", "DATE", "2012-09-14"),
            ("7 a.m.", "TIME", "2012-10-15T07:00"),
            ("Monday, Oct. 15", "DATE", "2012-10-15"),
            ("1974", "DATE", "1974"),
            ("last year", "DATE", "2011"),
            ("nearly five hours", "DURATION", "PT5H"),
            ("2011", "DATE", "2011"),
            ("30 years", "DURATION", "P30Y"),
            ("Last winter", "DATE", "2012-WI"),
            ("14 hours", "DURATION", "PT14H"),
            ("2001", "DATE", "2001"),
            ("August 2010", "DATE", "2010-08"),
            ("next year", "DATE", "2013"),
            ("Saturday, Oct. 6", "DATE", "2012-10-06"),
            ("10 a.m.", "TIME", "2012-10-06T10:00"),
            ("2 p.m.", "TIME", "2012-10-06T14:00"),
            ("Thursday, Oct. 11", "DATE", "2012-10-11"),
            ("two weeks", "DURATION", "P2W"),
            ("Oct. 1", "DATE", "2012-10-01"),
            ("11 a.m.", "TIME", "XXXX-XX-XXT11:00"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
            ("2 p.m.", "TIME", "XXXX-XX-XXT14:00"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("the end of the year", "DATE", "2012"),
            ("Tuesday", "DATE", "2012-09-18"),
        ],
    ),
    # Wednesday 2015-08-12 (ISO week 33), Australian paper's website, headline, byline, stamp
    # "August 12 2015 - 6:15AM" (DATE and TIME, gold_blind49, gold_blind103); no dateline.
    # "yesterday" 2015-08-11. The state health department's "quarterly report" is a recurring
    # publication, SET P3M (like the adverb "quarterly" in gold_blind35). Australian quarters
    # named by their last month are calendar quarters, like "the December quarter" `2012-Q4`
    # (gold_blind55, gold_blind63): "the end of the March quarter" one span 2015-Q1 ("the end
    # of" kept, the quarter's value), "the June quarter" 2015-Q2, "the same quarter last year"
    # one span 2014-Q2 (like "the same week last year", gold_blind93), "the September
    # quarter" 2015-Q3. The Australian financial year runs July-June and is named by the year
    # it ends (gold_blind9): "the 2014-15 financial year" one span FY2015 (gold_blind63),
    # "2013-14" after it FY2014 (a financial year written as two years, gold_blind74), "this
    # financial year" in August 2015 FY2016. "a year earlier" after "June 30" 2014-06-30 (the
    # granularity of what it is compared with). Southern seasons: "this winter" (headline and
    # quote) and "winter had arrived early" 2015-WI, the winter of June-August 2015 valued in
    # the year it falls in (gold_blind9, gold_blind93); "worse than 2012" DATE 2012. "the end
    # of June" and "the start of June" 2015-06; "July" 2015-07 (past); "The state
    # government's May budget" -> "May" 2015-05, an adjectival month (gold_blind63's "the May
    # minutes"); "June 2016" 2016-06; "March last year" one span 2014-03 (gold_blind93);
    # "early next year" 2016; "November" 2015-11 (ahead). Past weekdays: "said on Monday"
    # 2015-08-10, "rang me on Friday" 2015-08-07. "Saturdays" SET XXXX-WXX-6; "every day" SET
    # P1D; the waiting-time standards "within 30 days", "90 days", "365 days" and the median
    # waits "312 days", "241 days" are DURATIONs in days as written; "18 months" P18M. Not
    # annotated: "category 1", "category 2", "category 3" (twice), "one in five", "1,412",
    # "1,288", "1,105", "274", "6,830", "4 per cent", "118 operations", "$14.2 million",
    # "2,000", "74" (an age), "1300 652 015" (a phone number), "back within time", "flu
    # patients".
    "wandoolah-elective-surgery-june-quarter": (
        "2015-08-12",
        [
            ("this winter", "DATE", "2015-WI"),
            ("August 12 2015", "DATE", "2015-08-12"),
            ("6:15AM", "TIME", "2015-08-12T06:15"),
            ("the end of June", "DATE", "2015-06"),
            ("quarterly", "SET", "P3M"),
            ("yesterday", "DATE", "2015-08-11"),
            ("June 30", "DATE", "2015-06-30"),
            ("the end of the March quarter", "DATE", "2015-Q1"),
            ("a year earlier", "DATE", "2014-06-30"),
            ("30 days", "DURATION", "P30D"),
            ("90 days", "DURATION", "P90D"),
            ("365 days", "DURATION", "P365D"),
            ("312 days", "DURATION", "P312D"),
            ("the June quarter", "DATE", "2015-Q2"),
            ("241 days", "DURATION", "P241D"),
            ("the same quarter last year", "DATE", "2014-Q2"),
            ("the 2014-15 financial year", "DATE", "FY2015"),
            ("2013-14", "DATE", "FY2014"),
            ("winter", "DATE", "2015-WI"),
            ("July", "DATE", "2015-07"),
            ("this winter", "DATE", "2015-WI"),
            ("2012", "DATE", "2012"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("the start of June", "DATE", "2015-06"),
            ("May", "DATE", "2015-05"),
            ("June 2016", "DATE", "2016-06"),
            ("Monday", "DATE", "2015-08-10"),
            ("this financial year", "DATE", "FY2016"),
            ("March last year", "DATE", "2014-03"),
            ("early next year", "DATE", "2016"),
            ("every day", "SET", "P1D"),
            ("18 months", "DURATION", "P18M"),
            ("Friday", "DATE", "2015-08-07"),
            ("the September quarter", "DATE", "2015-Q3"),
            ("November", "DATE", "2015-11"),
        ],
    ),
    # Thursday 2013-02-21 (ISO week 8), Canadian paper, headline, deck, byline, date line
    # "Thursday, February 21, 2013", "KESTREL LAKE, Ont. —" dateline; bare weekdays. The
    # report goes to council "next week" 2013-W09, "at Tuesday's meeting" -> "Tuesday"
    # 2013-02-26 (future, possessive left out); the chief spoke "Wednesday" 2013-02-20 (past).
    # Family Day is the third Monday of February in Ontario, 2013-02-18: "On Monday, Family
    # Day" two DATEs, like "Monday is Family Day" (gold_blind103). "almost two minutes"
    # (headline and lead) is the size of a change, DURATION PT2M; "in five years" (headline)
    # "in" + the period a change took, DURATION P5Y (gold_blind35, gold_blind103), like "the
    # past five years" P5Y. "Five years ago" 2008 (the unit's granularity, gold_blind28);
    # "now" and "Now" PRESENT_REF; "last year" (twice) 2012 beside "2012"; "last March" in
    # February 2013 is March 2012, 2012-03 (the nearest past March). "almost every weekend"
    # SET XXXX-WXX-WE with its modifier kept (gold_blind35's "almost every day"). Response
    # times and off-load hours are DURATIONs: "10 minutes", "nearly 12 minutes", "more than
    # 20 minutes", "40 minutes", "34 minutes", "more than 9,000 hours" PT9000H and "about
    # 5,500 hours" PT5500H (totals of hours, still durations). "a 12-hour daytime unit" ->
    # "12-hour" PT12H; "the first year" of the new crews DURATION P1Y (an ordinal period of
    # an event, gold_blind61). Ontario's fiscal year runs April-March and is named by the year
    # it ends (gold_blind63): "the 2012-13 fiscal year" one span FY2013. "March 7" 2013-03-07
    # and "July 1" 2013-07-01 (ahead); "2014", "2006", "2007", "2008", "2010" as written. Not
    # annotated: "90 per cent", "31 per cent", "one call in four", "18,420 calls", "14
    # ambulances", "71 calls", "$1.9 million", "$21.6-million", "around the clock" (an idiom,
    # gold_blind35), "daytime" (an adjective naming a kind of unit, like "daytime highs" in
    # gold_blind103), "Highway 35", "911 calls", "Station 4".
    "kestrel-county-ambulance-response-times": (
        "2013-02-21",
        [
            ("almost two minutes", "DURATION", "PT2M"),
            ("five years", "DURATION", "P5Y"),
            ("Thursday, February 21, 2013", "DATE", "2013-02-21"),
            ("almost two minutes", "DURATION", "PT2M"),
            ("the past five years", "DURATION", "P5Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("2008", "DATE", "2008"),
            ("next week", "DATE", "2013-W09"),
            ("10 minutes", "DURATION", "PT10M"),
            ("2008", "DATE", "2008"),
            ("nearly 12 minutes", "DURATION", "PT12M"),
            ("last year", "DATE", "2012"),
            ("more than 20 minutes", "DURATION", "PT20M"),
            ("2012", "DATE", "2012"),
            ("2007", "DATE", "2007"),
            ("2006", "DATE", "2006"),
            ("more than 9,000 hours", "DURATION", "PT9000H"),
            ("last year", "DATE", "2012"),
            ("about 5,500 hours", "DURATION", "PT5500H"),
            ("2010", "DATE", "2010"),
            ("Five years ago", "DATE", "2008"),
            ("Now", "DATE", "PRESENT_REF"),
            ("almost every weekend", "SET", "XXXX-WXX-WE"),
            ("Wednesday", "DATE", "2013-02-20"),
            ("Monday", "DATE", "2013-02-18"),
            ("Family Day", "DATE", "2013-02-18"),
            ("40 minutes", "DURATION", "PT40M"),
            ("12-hour", "DURATION", "PT12H"),
            ("the first year", "DURATION", "P1Y"),
            ("the 2012-13 fiscal year", "DATE", "FY2013"),
            ("2014", "DATE", "2014"),
            ("34 minutes", "DURATION", "PT34M"),
            ("last March", "DATE", "2012-03"),
            ("Tuesday", "DATE", "2013-02-26"),
            ("March 7", "DATE", "2013-03-07"),
            ("July 1", "DATE", "2013-07-01"),
        ],
    ),
    # Saturday 2013-10-12 (ISO week 41), British weekend paper's explanatory feature, headline,
    # standfirst, byline, date line "Saturday 12 October 2013", a tips box. The headline's "The
    # 8am scramble" is the daily opening of the phone lines, a clock time on no particular day
    # XXXX-XX-XXT08:00, as are "ring from 8am on the day", "between 8am and 8.30am", "release
    # new slots at 7pm", "Ring at 8am", "open at 7am on Tuesdays" and "until 8pm on
    # Wednesdays" (gold_blind28, gold_blind93); "Tuesdays", "Wednesdays" and "every Monday"
    # are SETs XXXX-WXX-n. Rachel Ostley's morning is a particular day: "At 8am on Monday"
    # 2013-10-07T08:00 with its DATE (past, in a Saturday paper), "at 8.26am" that day; the
    # slot "on Thursday 24 October" one DATE span, "almost two weeks away" DURATION P2W (the
    # distance to it, like "years away" in gold_blind61). "booked two weeks ahead" (standfirst)
    # and "up to two weeks ahead" DURATION P2W, "up to a fortnight in advance" P2W ("ahead"
    # and "in advance" left out, like "months in advance" in gold_blind14 and gold_blind25).
    # "due in September" 2013-09 (past); "Last winter" in October 2013 is the winter of
    # 2012-13, 2013-WI (gold_blind10, gold_blind49); "between 2 and 20 September" two DATEs,
    # the bare day included (gold_blind93), 2013-09-02 and 2013-09-20; "more than a week" P1W;
    # "the past year" P1Y; "From next April" -> "next April" 2014-04; "for a year" P1Y; "the
    # first half-hour" DURATION PT30M (an ordinal period, a fraction of an hour as whole
    # minutes, gold_blind11); "within two hours" PT2H; "now" PRESENT_REF. Not annotated:
    # "same-day" (three times; an adjective naming a kind of appointment, not a day of the text),
    # "on the day" (the day of each call, no value), "evening and weekend appointments"
    # (adjectives naming kinds, like "Summer programs" in gold_blind103), "before lunch" (a
    # routine, like "with breakfast" in gold_blind93), "early and late surgeries", "Out of
    # hours" and "NHS 111", "94 times", "400 calls", "14 same-day slots", "1,150 patients",
    # "38 per cent", "27 per cent", "20 practices", "two phone lines".
    "gp-appointments-8am-scramble-explained": (
        "2013-10-12",
        [
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("two weeks", "DURATION", "P2W"),
            ("Saturday 12 October 2013", "DATE", "2013-10-12"),
            ("8am", "TIME", "2013-10-07T08:00"),
            ("Monday", "DATE", "2013-10-07"),
            ("8.26am", "TIME", "2013-10-07T08:26"),
            ("Thursday 24 October", "DATE", "2013-10-24"),
            ("almost two weeks", "DURATION", "P2W"),
            ("September", "DATE", "2013-09"),
            ("Last winter", "DATE", "2013-WI"),
            ("up to two weeks", "DURATION", "P2W"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("8.30am", "TIME", "XXXX-XX-XXT08:30"),
            ("the first half-hour", "DURATION", "PT30M"),
            ("every Monday", "SET", "XXXX-WXX-1"),
            ("2", "DATE", "2013-09-02"),
            ("20 September", "DATE", "2013-09-20"),
            ("more than a week", "DURATION", "P1W"),
            ("the past year", "DURATION", "P1Y"),
            ("2011", "DATE", "2011"),
            ("next April", "DATE", "2014-04"),
            ("a year", "DURATION", "P1Y"),
            ("up to a fortnight", "DURATION", "P2W"),
            ("7pm", "TIME", "XXXX-XX-XXT19:00"),
            ("two hours", "DURATION", "PT2H"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("now", "DATE", "PRESENT_REF"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("Wednesdays", "SET", "XXXX-WXX-3"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
