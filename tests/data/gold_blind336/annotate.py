"""Annotations of the three-hundred-and-thirty-sixth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind336/annotate.py [--show]

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
    # Thursday 2013-01-24 (ISO week 4), AP statehouse story on a newspaper website, stamp
    # "Published 5:47 pm, Thursday, January 24, 2013" (TIME and one DATE span with its weekday),
    # byline, "COLUMBIA, S.C. (AP) —" dateline. The governor spoke "Thursday", the publication
    # day, "at noon" 2013-01-24T12:00. The state's fiscal year runs July-June and is named by
    # the year it ends (gold_blind41): "the fiscal year ends June 30" in January 2013 is the
    # current one, FY2013, as is "the current fiscal year"; "the fiscal year that begins July 1"
    # FY2014 plus 2013-07-01; "fiscal 2013" FY2013. "last year's budget" and "Last year" keep
    # the calendar value of their wording, 2012 (gold_blind35). The headline's "by May"
    # 2013-05. Future weekdays: hearings open "Monday" 2013-01-28; "next week" 2013-W05 with
    # stops "on Tuesday" 2013-01-29 and "Wednesday evening" 2013-01-30TEV; "every Tuesday
    # morning" SET XXXX-WXX-2TMO. "the week of March 11" one DATE span, the ISO week of that
    # Monday, 2013-W11 (gold_blind70's "Week of February 2"). "a day after his budget office
    # posted" -> "a day" DURATION P1D (gold_blind29's "a day after"); "nine days late" and
    # "nine days into fiscal 2013" P9D; "For four straight years" -> "four straight years" P4Y
    # (like "five consecutive days", gold_blind103); "This year" 2013; "June 27" and "July 9"
    # 2012 (past, after "Last year"); "October", "December" ahead in 2013; "November" 2012
    # (past); "annually" SET P1Y; "one-year" and "10-year" adjectival durations. Not annotated:
    # "one-time" (twice; a single occurrence, not a time), "on time" (idiom), "the session",
    # "$6.9 billion", "412-page", "3.8 percent", "$120 million", "81 items", "2 percent", "$500",
    # "3 percent", "$95 million", "$210 million", "61" (an age), "scbudgetplan.org/fy2014" (a
    # web address with a fiscal year in it), "803-555-2014" (a phone number holding 2014).
    "columbia-governor-budget-deadlines": (
        "2013-01-24",
        [
            ("May", "DATE", "2013-05"),
            ("5:47 pm", "TIME", "2013-01-24T17:47"),
            ("Thursday, January 24, 2013", "DATE", "2013-01-24"),
            ("Thursday", "DATE", "2013-01-24"),
            ("the fiscal year", "DATE", "FY2013"),
            ("June 30", "DATE", "2013-06-30"),
            ("last year", "DATE", "2012"),
            ("nine days", "DURATION", "P9D"),
            ("the fiscal year", "DATE", "FY2014"),
            ("July 1", "DATE", "2013-07-01"),
            ("40-minute", "DURATION", "PT40M"),
            ("noon", "TIME", "2013-01-24T12:00"),
            ("a day", "DURATION", "P1D"),
            ("the current fiscal year", "DATE", "FY2013"),
            ("2008", "DATE", "2008"),
            ("2009", "DATE", "2009"),
            ("four straight years", "DURATION", "P4Y"),
            ("This year", "DATE", "2013"),
            ("Monday", "DATE", "2013-01-28"),
            ("every Tuesday morning", "SET", "XXXX-WXX-2TMO"),
            ("the week of March 11", "DATE", "2013-W11"),
            ("April 19", "DATE", "2013-04-19"),
            ("about three weeks", "DURATION", "P3W"),
            ("May 9", "DATE", "2013-05-09"),
            ("Last year", "DATE", "2012"),
            ("June 27", "DATE", "2012-06-27"),
            ("July 9", "DATE", "2012-07-09"),
            ("nine days", "DURATION", "P9D"),
            ("fiscal 2013", "DATE", "FY2013"),
            ("more than a week", "DURATION", "P1W"),
            ("October", "DATE", "2013-10"),
            ("December", "DATE", "2013-12"),
            ("four years", "DURATION", "P4Y"),
            ("Jan. 1, 2014", "DATE", "2014-01-01"),
            ("annually", "SET", "P1Y"),
            ("Feb. 15", "DATE", "2013-02-15"),
            ("November", "DATE", "2012-11"),
            ("one-year", "DURATION", "P1Y"),
            ("10-year", "DURATION", "P10Y"),
            ("next week", "DATE", "2013-W05"),
            ("Tuesday", "DATE", "2013-01-29"),
            ("Wednesday evening", "TIME", "2013-01-30TEV"),
            ("Feb. 28", "DATE", "2013-02-28"),
        ],
    ),
    # Sunday 2015-01-11 (ISO week 2), regional daily's Sunday session preview, section label,
    # headline ("returns Monday"), date line "Sunday, January 11, 2015" (one DATE span), byline,
    # "ATLANTA —" dateline, a "KEY DATES" box. Future: the session opens "at 10 a.m. Monday"
    # 2015-01-12T10:00 and 2015-01-12 (the headline's and the oath's "Monday" too); the address
    # "at 11 a.m. Wednesday" 2015-01-14 and "that afternoon" 2015-01-14TAF; "the next week"
    # after it 2015-W04 (like "the following week", gold_blind29); "Martin Luther King Jr. Day"
    # (third Monday of January) and "Jan. 19" two DATEs 2015-01-19; "Jan. 26"; "late February"
    # 2015-02; "Crossover Day" a named day of the session calendar, DATE 2015-03-13 like
    # "Election Day" (gold_blind41; see README), with "March 13" apposed; "April 2", "May 12",
    # "July 1" 2015; box "midnight" after "April 2" T24:00 (gold_blind41). The state's fiscal
    # year runs July-June: "the current fiscal year, which ends June 30" FY2015; "fiscal 2016"
    # and "Fiscal 2016" FY2016. Past: "since 2010", "last month" 2014-12, "Last year" 2014,
    # "said Friday" 2015-01-09, "over the summer and fall" -> "the summer" 2014-SU and "fall"
    # 2014-FA, "Nov. 4" 2014-11-04, "since 2003". "40 legislative days" DURATION P40D (see
    # README); "a week" P1W; "the last 10 days" P10D; "the first two weeks" P2W (an ordinal
    # period of the session, like "The first week", gold_blind35); "40 days" P40D. "Daily
    # agendas" SET P1D (an adjectival frequency, gold_blind28's "Daily walks") with "by 8 a.m."
    # XXXX-XX-XXT08:00 (hours of a recurring event). Box "Jan. 20-22" -> "Jan. 20" and "22",
    # a range annotated at its two ends (gold_blind103's "1981-2010"). Not annotated: "Day 1",
    # "Day 20", "Day 30", "Day 40" (counts of meeting days, see README), "sine die" and "Sine
    # die", "This time" (an occasion), "the session", "the rest of the session", "$1 billion",
    # "236 seats", "41 new members", "ledgerdispatch.com/capitol2015" (a web address with
    # the year), "404-555-1990" (a phone number holding 1990).
    "atlanta-session-key-dates": (
        "2015-01-11",
        [
            ("Monday", "DATE", "2015-01-12"),
            ("Sunday, January 11, 2015", "DATE", "2015-01-11"),
            ("10 a.m.", "TIME", "2015-01-12T10:00"),
            ("Monday", "DATE", "2015-01-12"),
            ("40 legislative days", "DURATION", "P40D"),
            ("2010", "DATE", "2010"),
            ("last month", "DATE", "2014-12"),
            ("11 a.m.", "TIME", "2015-01-14T11:00"),
            ("Wednesday", "DATE", "2015-01-14"),
            ("that afternoon", "TIME", "2015-01-14TAF"),
            ("the next week", "DATE", "2015-W04"),
            ("Martin Luther King Jr. Day", "DATE", "2015-01-19"),
            ("Jan. 19", "DATE", "2015-01-19"),
            ("a week", "DURATION", "P1W"),
            ("Jan. 26", "DATE", "2015-01-26"),
            ("the current fiscal year", "DATE", "FY2015"),
            ("June 30", "DATE", "2015-06-30"),
            ("late February", "DATE", "2015-02"),
            ("fiscal 2016", "DATE", "FY2016"),
            ("Last year", "DATE", "2014"),
            ("the last 10 days", "DURATION", "P10D"),
            ("Friday", "DATE", "2015-01-09"),
            ("the summer", "DATE", "2014-SU"),
            ("fall", "DATE", "2014-FA"),
            ("Crossover Day", "DATE", "2015-03-13"),
            ("March 13", "DATE", "2015-03-13"),
            ("the first two weeks", "DURATION", "P2W"),
            ("Nov. 4", "DATE", "2014-11-04"),
            ("Monday", "DATE", "2015-01-12"),
            ("2003", "DATE", "2003"),
            ("April 2", "DATE", "2015-04-02"),
            ("40 days", "DURATION", "P40D"),
            ("May 12", "DATE", "2015-05-12"),
            ("Daily", "SET", "P1D"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("Jan. 12", "DATE", "2015-01-12"),
            ("Jan. 20", "DATE", "2015-01-20"),
            ("22", "DATE", "2015-01-22"),
            ("Feb. 27", "DATE", "2015-02-27"),
            ("March 13", "DATE", "2015-03-13"),
            ("Crossover Day", "DATE", "2015-03-13"),
            ("April 2", "DATE", "2015-04-02"),
            ("midnight", "TIME", "2015-04-02T24:00"),
            ("July 1", "DATE", "2015-07-01"),
            ("Fiscal 2016", "DATE", "FY2016"),
        ],
    ),
    # Tuesday 2014-10-28 (ISO week 44), Canadian regional daily's website, election-night story
    # of an Ontario municipal vote held Monday 2014-10-27; stamp "First posted: Tuesday, October
    # 28, 2014 01:52 AM EDT | Updated: Tuesday, October 28, 2014 11:36 AM EDT" (two DATE spans
    # with their weekday and two TIMEs, the zone in the span and not in the value), byline,
    # "PORT ALDERY, Ont. —" dateline. The vote "Monday" 2014-10-27; its night's clock times
    # on that day ("8 p.m.", "10 p.m.", "about 10:30 p.m.", "11 p.m."; "shortly after" and
    # "just before" are signals, gold_blind47); "two hours after polls closed" PT2H. The
    # winner's quoted "Tonight" and "Tomorrow morning", spoken on Monday night, are 2014-10-27TNI
    # and 2014-10-28TMO (a quote anchored on when it was said, like "Tonight" in gold_blind40).
    # "12:40 a.m. Tuesday" 2014-10-28T00:40 and the DATE. Future: "Thursday" 2014-10-30, "early
    # next week" 2014-W45 (gold_blind41) and "probably Monday or Tuesday" 2014-11-03 and
    # 2014-11-04; "Nov. 17", "Dec. 1", "Dec. 8" with "7 p.m." that day; "the end of February"
    # 2015-02 (the month's value, modifier not recorded); "her first 100 days" DURATION P100D,
    # with its possessive (gold_blind14's "its first 100 days"). Past: "since 2006", "in 1988",
    # "in 2010", "from Oct. 17 to Oct. 26", "on Oct. 11 and Oct. 18". "another two weeks" P2W;
    # "within 15 days" -> "15 days"; "10-day" P10D; "Eight years is a good run" P8Y (how long he
    # held the job); "four-year term" -> "four-year" P4Y. "the 2014-2018 capital plan" -> "2014"
    # and "2018", a year range at its two ends (gold_blind103); "by 2018" 2018. Not annotated:
    # "Ward 4" (twice) and "10 wards", "a two-term councillor" (a count of terms, gold_blind41),
    # "54 per cent", "43.6 per cent", "38.1 per cent", "61 per cent", "Nearly a third", "1,842
    # votes", "200 supporters", "3,904 people", "67" (an age), "1990 Queen St." (a street
    # number), "portaldery.ca/vote2014", "905-555-0188", "the first time" (an occasion),
    # "the official results", "by lot".
    "port-aldery-election-night-recount": (
        "2014-10-28",
        [
            ("Tuesday, October 28, 2014", "DATE", "2014-10-28"),
            ("01:52 AM EDT", "TIME", "2014-10-28T01:52"),
            ("Tuesday, October 28, 2014", "DATE", "2014-10-28"),
            ("11:36 AM EDT", "TIME", "2014-10-28T11:36"),
            ("another two weeks", "DURATION", "P2W"),
            ("Monday", "DATE", "2014-10-27"),
            ("2006", "DATE", "2006"),
            ("10 p.m.", "TIME", "2014-10-27T22:00"),
            ("two hours", "DURATION", "PT2H"),
            ("8 p.m.", "TIME", "2014-10-27T20:00"),
            ("Tonight", "TIME", "2014-10-27TNI"),
            ("11 p.m.", "TIME", "2014-10-27T23:00"),
            ("Tomorrow morning", "TIME", "2014-10-28TMO"),
            ("12:40 a.m.", "TIME", "2014-10-28T00:40"),
            ("Tuesday", "DATE", "2014-10-28"),
            ("15 days", "DURATION", "P15D"),
            ("Thursday", "DATE", "2014-10-30"),
            ("early next week", "DATE", "2014-W45"),
            ("Monday", "DATE", "2014-11-03"),
            ("Tuesday", "DATE", "2014-11-04"),
            ("1988", "DATE", "1988"),
            ("2010", "DATE", "2010"),
            ("10-day", "DURATION", "P10D"),
            ("Oct. 17", "DATE", "2014-10-17"),
            ("Oct. 26", "DATE", "2014-10-26"),
            ("Oct. 11", "DATE", "2014-10-11"),
            ("Oct. 18", "DATE", "2014-10-18"),
            ("about 10:30 p.m.", "TIME", "2014-10-27T22:30"),
            ("Eight years", "DURATION", "P8Y"),
            ("Nov. 17", "DATE", "2014-11-17"),
            ("four-year", "DURATION", "P4Y"),
            ("Dec. 1", "DATE", "2014-12-01"),
            ("Dec. 8", "DATE", "2014-12-08"),
            ("7 p.m.", "TIME", "2014-12-08T19:00"),
            ("the end of February", "DATE", "2015-02"),
            ("2014", "DATE", "2014"),
            ("2018", "DATE", "2018"),
            ("her first 100 days", "DURATION", "P100D"),
            ("2018", "DATE", "2018"),
        ],
    ),
    # Saturday 2012-10-13 (ISO week 41), US regional daily's website, section label, headline
    # ("ballots go out next week" 2012-W42), stamp "Posted: Saturday, October 13, 2012 12:00 am"
    # (one DATE span with its weekday, and "12:00 am" the midnight that opens the publication
    # day, 2012-10-13T00:00; see README), byline, no dateline. Past: reports "filed with the
    # state Tuesday" 2012-10-09, "since June" 2012-06, "said Friday" 2012-10-12, the ad "began
    # running ... Thursday" 2012-10-11, "in 2010", "in 2008", the poll "taken Oct. 4-8" ->
    # "Oct. 4" and "8", a range at its two ends (gold_blind103). Future: ballots mailed
    # "Wednesday" 2012-10-17; "Monday is the last day to register" 2012-10-15 and "from Monday
    # through Election Day" the same Monday; "Election Day, Nov. 6" two DATEs 2012-11-06, the
    # general election of the year (gold_blind41); "by 8 p.m. that night" 2012-11-06T20:00 and
    # "that night" 2012-11-06TNI; "until Oct. 29"; "starting April 1, 2013"; "7 p.m. Oct. 23"
    # TIME and DATE; "after 8 p.m. on Nov. 6"; "Nov. 27"; "$38 more in 2014" DATE 2014. Bus
    # service: "on Sundays" SET XXXX-WXX-7 (gold_blind13), "every 15 minutes" SET PT15M, "from 6
    # a.m. to 9 p.m." two TIMEs XXXX-XX-XXThh:mm (hours of a recurring service, gold_blind103);
    # "every weekend" SET XXXX-WXX-WE (gold_blind41); "updated daily" SET P1D. "for 10 years" and
    # the quote's "Ten years" P10Y; "over the past four years" P4Y; "now" PRESENT_REF. Not
    # annotated: "8 to 1" (a ratio), "Proposition 1", "Route 7", "$412,000", "eight times",
    # "214,000 voters", "three-tenths of a cent", "four busiest routes", "52" and "58" (ages),
    # "14 percent", "1,911 votes", "$38", "$290,000", "49 percent", "41 percent", "4.1 percentage
    # points", "kesslervotes.org/2012general" (a web address with the year), "until then" (an
    # anaphoric end point), "the recession" (an event).
    "kessler-county-transit-measure": (
        "2012-10-13",
        [
            ("next week", "DATE", "2012-W42"),
            ("Saturday, October 13, 2012", "DATE", "2012-10-13"),
            ("12:00 am", "TIME", "2012-10-13T00:00"),
            ("June", "DATE", "2012-06"),
            ("Tuesday", "DATE", "2012-10-09"),
            ("Wednesday", "DATE", "2012-10-17"),
            ("Election Day", "DATE", "2012-11-06"),
            ("Nov. 6", "DATE", "2012-11-06"),
            ("8 p.m.", "TIME", "2012-11-06T20:00"),
            ("that night", "TIME", "2012-11-06TNI"),
            ("Monday", "DATE", "2012-10-15"),
            ("Oct. 29", "DATE", "2012-10-29"),
            ("April 1, 2013", "DATE", "2013-04-01"),
            ("10 years", "DURATION", "P10Y"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("2010", "DATE", "2010"),
            ("every 15 minutes", "SET", "PT15M"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("now", "DATE", "PRESENT_REF"),
            ("Friday", "DATE", "2012-10-12"),
            ("the past four years", "DURATION", "P4Y"),
            ("2008", "DATE", "2008"),
            ("2014", "DATE", "2014"),
            ("Thursday", "DATE", "2012-10-11"),
            ("7 p.m.", "TIME", "2012-10-23T19:00"),
            ("Oct. 23", "DATE", "2012-10-23"),
            ("Ten years", "DURATION", "P10Y"),
            ("Monday", "DATE", "2012-10-15"),
            ("Election Day", "DATE", "2012-11-06"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("Oct. 4", "DATE", "2012-10-04"),
            ("8", "DATE", "2012-10-08"),
            ("8 p.m.", "TIME", "2012-11-06T20:00"),
            ("Nov. 6", "DATE", "2012-11-06"),
            ("daily", "SET", "P1D"),
            ("Nov. 27", "DATE", "2012-11-27"),
        ],
    ),
    # Monday 2015-09-21 (ISO week 39), Reuters wire story, headline ("before 2016 vote"), stamp
    # "Mon Sep 21, 2015 5:14pm EDT" (one DATE span with its abbreviated weekday, like "Mon 3/10"
    # in gold_blind70, and a TIME), byline, "LITTLE ROCK, Ark. (Reuters) -" dateline. Past:
    # the ruling "issued late Friday" 2015-09-18 (one span, modifier kept, gold_blind41); "said
    # on Saturday" 2015-09-19; the senator "said on Monday", the publication day; "in 2011",
    # "the 2010 census" 2010 (an adjectival year, like gold_blind92's censuses), "the 2012 and
    # 2014 elections", "in April 2013", trial "in May" 2015-05 "lasted six days" P6D, "won ... in
    # 2012", "in 1990". Future: "until Oct. 19", "on Oct. 26", "by mid-November" 2015-11;
    # "the March 1 primaries" 2016-03-01; filing "opens at noon on Nov. 2" 2015-11-02T12:00 and
    # the DATE, "closes a week later" DATE 2015-11-09 (a narrative "N later" from the last date,
    # gold_blind41); "its fiscal session in April" 2016-04 (the nearest April ahead); "as early
    # as next month" -> "next month" 2015-10 ("as early as" a signal, gold_blind20); "this week"
    # 2015-W39; "next year" 2016; "the 2016 elections" (and the headline's "2016 vote") 2016;
    # "until 2020" and "until the 2018 elections" 2020 and 2018. Durations: "four weeks" P4W,
    # "waited four years" P4Y, "for 11 years" P11Y, "took almost a year" P1Y. Not annotated:
    # "2-1 ruling", "three-judge", "Districts 24 and 25", "District 25", "Section 2", "84-page",
    # "57 percent", "412 votes", "63" (an age), "fiscal session" beyond "April" (a kind of
    # session), "the current map", "No. 5:13-cv-00112" (a case number holding "13").
    "arkansas-senate-districts-redraw": (
        "2015-09-21",
        [
            ("2016", "DATE", "2016"),
            ("Mon Sep 21, 2015", "DATE", "2015-09-21"),
            ("5:14pm EDT", "TIME", "2015-09-21T17:14"),
            ("four weeks", "DURATION", "P4W"),
            ("2011", "DATE", "2011"),
            ("2016", "DATE", "2016"),
            ("late Friday", "DATE", "2015-09-18"),
            ("Oct. 19", "DATE", "2015-10-19"),
            ("Oct. 26", "DATE", "2015-10-26"),
            ("mid-November", "DATE", "2015-11"),
            ("March 1", "DATE", "2016-03-01"),
            ("noon", "TIME", "2015-11-02T12:00"),
            ("Nov. 2", "DATE", "2015-11-02"),
            ("a week later", "DATE", "2015-11-09"),
            ("April", "DATE", "2016-04"),
            ("Saturday", "DATE", "2015-09-19"),
            ("next month", "DATE", "2015-10"),
            ("this week", "DATE", "2015-W39"),
            ("2010", "DATE", "2010"),
            ("2012", "DATE", "2012"),
            ("2014", "DATE", "2014"),
            ("April 2013", "DATE", "2013-04"),
            ("May", "DATE", "2015-05"),
            ("six days", "DURATION", "P6D"),
            ("four years", "DURATION", "P4Y"),
            ("2020", "DATE", "2020"),
            ("2012", "DATE", "2012"),
            ("next year", "DATE", "2016"),
            ("Monday", "DATE", "2015-09-21"),
            ("11 years", "DURATION", "P11Y"),
            ("2018", "DATE", "2018"),
            ("1990", "DATE", "1990"),
            ("almost a year", "DURATION", "P1Y"),
        ],
    ),
    # Friday 2014-08-29 (ISO week 35), US regional paper's politics blog, section label,
    # headline, stamp "Posted by ... on August 29, 2014 at 11:15 AM" (DATE and TIME), no
    # dateline; a schedule under day headings ("Friday, Aug. 29" ... "Monday, Sept. 1 (Labor
    # Day)", each one DATE span with its weekday, like "Monday, Aug. 26" in gold_blind44), each
    # clock time on the day of its heading. Labor Day is the first Monday of September,
    # 2014-09-01; "this Labor Day weekend" and "the holiday weekend" take the ISO week of their
    # Saturday, 2014-W35-WE (gold_blind103's "Family Day weekend"); "next weekend" the weekend
    # after, 2014-W36-WE. "67 days left before the Nov. 4 election" P67D and "46 days before the
    # election" P46D (durations anchored to an event, gold_blind35). Past: schedules "sent out
    # Thursday" 2014-08-28, a poll "released Wednesday" 2014-08-27, "the Aug. 12 primary",
    # "most of August" 2014-08 (gold_blind21's "most of July"). Future: "After Monday"
    # 2014-09-01; debates "at 7 p.m. Sept. 18", "Oct. 2", "Oct. 16"; "Sept. 19"; "Oct. 25-26"
    # -> "Oct. 25" and "26" (a range at its two ends); "Oct. 6"; "the third quarter" 2014-Q3
    # (a calendar quarter of campaign reports, no fiscal year described); posted "Thursday
    # afternoon" 2014-09-04TAF. "every day since the Aug. 12 primary" SET P1D and the DATE;
    # "36-hour" PT36H. Not annotated: "Laborers Local 1147", "Route 9", "VFW Post 2014" (a post
    # number holding the story's year), "1912 Grand Ave.", "Silverado 2500" (a model number),
    # "24-foot", "WKTR Channel 12", "the first of three televised debates", "6 points", "12-stop",
    # "58" and "49" (ages), "555-1958", "Harvest Days" (a festival's name), "Times".
    "governor-race-labor-day-schedule": (
        "2014-08-29",
        [
            ("this Labor Day weekend", "DATE", "2014-W35-WE"),
            ("August 29, 2014", "DATE", "2014-08-29"),
            ("11:15 AM", "TIME", "2014-08-29T11:15"),
            ("67 days", "DURATION", "P67D"),
            ("Nov. 4", "DATE", "2014-11-04"),
            ("the holiday weekend", "DATE", "2014-W35-WE"),
            ("Thursday", "DATE", "2014-08-28"),
            ("Friday, Aug. 29", "DATE", "2014-08-29"),
            ("5:30 p.m.", "TIME", "2014-08-29T17:30"),
            ("7 p.m.", "TIME", "2014-08-29T19:00"),
            ("6 p.m.", "TIME", "2014-08-29T18:00"),
            ("Saturday, Aug. 30", "DATE", "2014-08-30"),
            ("9 a.m.", "TIME", "2014-08-30T09:00"),
            ("noon", "TIME", "2014-08-30T12:00"),
            ("8 a.m.", "TIME", "2014-08-30T08:00"),
            ("11 a.m.", "TIME", "2014-08-30T11:00"),
            ("1 p.m.", "TIME", "2014-08-30T13:00"),
            ("Sunday, Aug. 31", "DATE", "2014-08-31"),
            ("2 p.m.", "TIME", "2014-08-31T14:00"),
            ("Monday, Sept. 1", "DATE", "2014-09-01"),
            ("Labor Day", "DATE", "2014-09-01"),
            ("10 a.m.", "TIME", "2014-09-01T10:00"),
            ("3 p.m.", "TIME", "2014-09-01T15:00"),
            ("1 p.m.", "TIME", "2014-09-01T13:00"),
            ("Monday", "DATE", "2014-09-01"),
            ("7 p.m.", "TIME", "2014-09-18T19:00"),
            ("Sept. 18", "DATE", "2014-09-18"),
            ("Oct. 2", "DATE", "2014-10-02"),
            ("Oct. 16", "DATE", "2014-10-16"),
            ("Sept. 19", "DATE", "2014-09-19"),
            ("46 days", "DURATION", "P46D"),
            ("most of August", "DATE", "2014-08"),
            ("Wednesday", "DATE", "2014-08-27"),
            ("every day", "SET", "P1D"),
            ("Aug. 12", "DATE", "2014-08-12"),
            ("36-hour", "DURATION", "PT36H"),
            ("Oct. 25", "DATE", "2014-10-25"),
            ("26", "DATE", "2014-10-26"),
            ("Oct. 6", "DATE", "2014-10-06"),
            ("the third quarter", "DATE", "2014-Q3"),
            ("next weekend", "DATE", "2014-W36-WE"),
            ("Thursday afternoon", "TIME", "2014-09-04TAF"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
