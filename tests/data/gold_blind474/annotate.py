"""Annotations of the four-hundred-and-seventy-fourth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind474/annotate.py [--show]

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
    # Thursday 2012-10-11 (ISO week 41), US regional paper, section label "METRO & REGION |
    # Transportation", headline, deck, byline "Staff Writer", date line "Thursday, October 11,
    # 2012" (one DATE span with its weekday, gold_blind35), "GRANTLEY, Iowa —" dateline. The
    # board voted on Wednesday 2012-10-10 "shortly before 10 p.m." (2012-10-10T22:00, the
    # meeting's day); "a year later than first planned" and the headline's "a year late" are
    # the size of a delay, DURATION P1Y (gold_blind35); "three-hour" PT3H (adjectival).
    # Future: steelwork "on Monday" 2012-10-15; "Dec. 13"; the open house "Saturday, Oct. 20"
    # (one span) "from 10 a.m. to 2 p.m." that day. Past: Great Plains Air "said Tuesday"
    # 2012-10-09. "next fall" and "the fall of 2013" 2013-FA; "Thanksgiving 2013" (deck, one
    # span like "the spring of 1988") and the quote's "by Thanksgiving" (next fall's) are the
    # fourth Thursday of November 2013, 2013-11-28 (gold_blind19, gold_blind35). The
    # authority's fiscal year runs July-June and is named by the year it ends: "the fiscal
    # year that began July 1" -> "the fiscal year" FY2013 plus "July 1" 2012-07-01; "Fiscal
    # 2014" FY2014; "next July" 2013-07. "last November" 2011-11; "mid-February" 2013-02;
    # "a year earlier" after "in 2011" is 2010 (gold_blind35); "through September" 2012-09.
    # The runway closes "overnight from 11 p.m. to 5 a.m. for six weeks beginning Oct. 22": a
    # recurring closure, "overnight" TIME XXXX-XX-XXTNI and the clock times XXXX-XX-XXThh:mm,
    # exactly gold_blind95's decision on "overnight from 8pm to 6am for three weeks"; "six
    # weeks" P6W, "Oct. 22" its start. "the next day" after "Nov. 30" is 2012-12-01 (the
    # narrative's last date, gold_blind14). "twice-daily" SET P1D (an adjectival frequency,
    # like "twice daily" in gold_blind89); "every 60 days" SET P60D; "monthly" SET P1M;
    # "recent years" PAST_REF; "the past five years" P5Y; "10 months late" P10M. Not
    # annotated: "Early-morning departures" (a kind, gold_blind89), "often", "Daily parking
    # rates" (the period of a price, not a recurrence, like "its usual monthly total" in
    # gold_blind103), "during those hours" (anaphoric), "for good", "Concourse C", "$212
    # million", "$38 million", "$96 million", "$41 million", "6-1" (a vote), "14 gates", "1.9
    # million", "6 percent", "4 percent", "76-seat", "Embraer 175", "13/31" (a runway),
    # "1,600-space", "$14", "$11", "319-555-2013" (a phone number holding 2013) and
    # "flygrantley.com/2013-concourse" (a web address holding 2013).
    "grantley-airport-concourse-c-delay": (
        "2012-10-11",
        [
            ("next fall", "DATE", "2013-FA"),
            ("a year", "DURATION", "P1Y"),
            ("Thanksgiving 2013", "DATE", "2013-11-28"),
            ("Thursday, October 11, 2012", "DATE", "2012-10-11"),
            ("the fall of 2013", "DATE", "2013-FA"),
            ("a year", "DURATION", "P1Y"),
            ("Wednesday", "DATE", "2012-10-10"),
            ("10 p.m.", "TIME", "2012-10-10T22:00"),
            ("three-hour", "DURATION", "PT3H"),
            ("Monday", "DATE", "2012-10-15"),
            ("mid-February", "DATE", "2013-02"),
            ("next fall", "DATE", "2013-FA"),
            ("Thanksgiving", "DATE", "2013-11-28"),
            ("2008", "DATE", "2008"),
            ("18 months", "DURATION", "P18M"),
            ("the spring of 2010", "DATE", "2010-SP"),
            ("last November", "DATE", "2011-11"),
            ("the fiscal year", "DATE", "FY2013"),
            ("July 1", "DATE", "2012-07-01"),
            ("1974", "DATE", "1974"),
            ("Fiscal 2014", "DATE", "FY2014"),
            ("next July", "DATE", "2013-07"),
            ("recent years", "DATE", "PAST_REF"),
            ("2011", "DATE", "2011"),
            ("a year earlier", "DATE", "2010"),
            ("September", "DATE", "2012-09"),
            ("Tuesday", "DATE", "2012-10-09"),
            ("twice-daily", "SET", "P1D"),
            ("Dec. 13", "DATE", "2012-12-13"),
            ("overnight", "TIME", "XXXX-XX-XXTNI"),
            ("11 p.m.", "TIME", "XXXX-XX-XXT23:00"),
            ("5 a.m.", "TIME", "XXXX-XX-XXT05:00"),
            ("six weeks", "DURATION", "P6W"),
            ("Oct. 22", "DATE", "2012-10-22"),
            ("Nov. 30", "DATE", "2012-11-30"),
            ("the next day", "DATE", "2012-12-01"),
            ("2012", "DATE", "2012"),
            ("the past five years", "DURATION", "P5Y"),
            ("1998", "DATE", "1998"),
            ("10 months", "DURATION", "P10M"),
            ("every 60 days", "SET", "P60D"),
            ("monthly", "SET", "P1M"),
            ("Saturday, Oct. 20", "DATE", "2012-10-20"),
            ("10 a.m.", "TIME", "2012-10-20T10:00"),
            ("2 p.m.", "TIME", "2012-10-20T14:00"),
        ],
    ),
    # Monday 2013-12-02 (ISO week 49), British regional daily, headline, standfirst, byline,
    # date line "Monday 2 December 2013"; "yesterday" is Sunday 2013-12-01. The line closes
    # "from 22:00 on Christmas Eve" (2013-12-24T22:00 and "Christmas Eve" 2013-12-24) "until
    # the first train at 05:42 on Friday 3 January" (2014-01-03T05:42 and the weekday date,
    # one span, gold_blind89); "over Christmas" (headline and lead) is Christmas 2013,
    # 2013-12-25, a holiday on the day it falls on (gold_blind95's "until after Christmas").
    # The buses run "every 20 minutes until 20:00 and hourly after that" on every day of the
    # closure: SET PT20M, "20:00" XXXX-XX-XXT20:00 (a recurring hour, gold_blind95), "hourly"
    # SET PT1H. "about 35 minutes longer" is the size of a difference, DURATION PT35M. The
    # deck is lifted "overnight on 27 December": "overnight" the night it names, begun on the
    # evening of 27 December, TIME 2013-12-27TNI (gold_blind21, gold_blind103), and the DATE.
    # "the spring bank holiday in May" -> the holiday 2013-05-27 (the last Monday of May,
    # gold_blind56, gold_blind95) and "May" 2013-05, two DATEs; "more than a week" P1W; "48
    # hours" PT48H; "the morning of 3 January" one TIME span 2014-01-03TMO (gold_blind95's "the
    # morning of July 19"); "On 2 January this year" -> "2 January this year" one span
    # 2013-01-02 (a post-posed year, gold_blind89), its "11:00" that day, "six hours later than
    # promised" PT6H (the size of an overrun). "has met monthly since 1994" SET P1M and DATE
    # 1994 (a set and its frame, gold_blind49). "Saturday 28 and Sunday 29 December" ->
    # "Saturday 28" and "Sunday 29 December", two DATEs (like "Friday 17 and Saturday 18
    # July" in gold_blind76); "an extra hour" PT1H. Future: advance fares "on sale on
    # Thursday" 2013-12-05, "next week" 2013-W50, the drop-in session "from 4pm to 7pm today",
    # "the spring" ahead in December 2014-SP. Not annotated: "Its Christmas timetable" (a
    # timetable name, gold_blind76, gold_blind95), "the only time of year" (generic), "then"
    # (anaphoric), "weather permitting", "Victorian" (a period adjective with no value shape),
    # "20mph", "400-tonne", "About 400 staff", "hundreds", "1,140 members", "0345 555 1873" (a
    # phone number holding 1873, after the annotated "1873"), "marlvaletrains.co.uk/tarrant".
    "ashcombe-line-christmas-bridge-closure": (
        "2013-12-02",
        [
            ("nine days", "DURATION", "P9D"),
            ("Christmas", "DATE", "2013-12-25"),
            ("Christmas Eve", "DATE", "2013-12-24"),
            ("Friday 3 January", "DATE", "2014-01-03"),
            ("Monday 2 December 2013", "DATE", "2013-12-02"),
            ("nine days", "DURATION", "P9D"),
            ("Christmas", "DATE", "2013-12-25"),
            ("yesterday", "DATE", "2013-12-01"),
            ("22:00", "TIME", "2013-12-24T22:00"),
            ("Christmas Eve", "DATE", "2013-12-24"),
            ("05:42", "TIME", "2014-01-03T05:42"),
            ("Friday 3 January", "DATE", "2014-01-03"),
            ("every 20 minutes", "SET", "PT20M"),
            ("20:00", "TIME", "XXXX-XX-XXT20:00"),
            ("hourly", "SET", "PT1H"),
            ("about 35 minutes", "DURATION", "PT35M"),
            ("1873", "DATE", "1873"),
            ("2009", "DATE", "2009"),
            ("last month", "DATE", "2013-11"),
            ("overnight", "TIME", "2013-12-27TNI"),
            ("27 December", "DATE", "2013-12-27"),
            ("12-hour", "DURATION", "PT12H"),
            ("Christmas Day", "DATE", "2013-12-25"),
            ("Boxing Day", "DATE", "2013-12-26"),
            ("the spring bank holiday", "DATE", "2013-05-27"),
            ("May", "DATE", "2013-05"),
            ("more than a week", "DURATION", "P1W"),
            ("48 hours", "DURATION", "PT48H"),
            ("the morning of 3 January", "TIME", "2014-01-03TMO"),
            ("2 January this year", "DATE", "2013-01-02"),
            ("11:00", "TIME", "2013-01-02T11:00"),
            ("six hours", "DURATION", "PT6H"),
            ("monthly", "SET", "P1M"),
            ("1994", "DATE", "1994"),
            ("Saturday 28", "DATE", "2013-12-28"),
            ("Sunday 29 December", "DATE", "2013-12-29"),
            ("an extra hour", "DURATION", "PT1H"),
            ("3 January", "DATE", "2014-01-03"),
            ("Thursday", "DATE", "2013-12-05"),
            ("next week", "DATE", "2013-W50"),
            ("4pm", "TIME", "2013-12-02T16:00"),
            ("7pm", "TIME", "2013-12-02T19:00"),
            ("today", "DATE", "2013-12-02"),
            ("the spring", "DATE", "2014-SP"),
        ],
    ),
    # Wednesday 2014-04-02 (ISO week 14), Reuters-style wire, "UPDATE 2-" headline,
    # "VELDHAVEN, April 2 (Reuters) -" dateline (the year is 2014; "April 2" DATE, like "Nov 27"
    # in gold_blind56), reporting line. "the company said on Wednesday" is the wire's own day.
    # The strike runs "for three days from Thursday" (headline and lead) 2014-04-03, "from
    # 0001 local time on Thursday (2201 GMT on Wednesday) until 2359 on Saturday": the local
    # time 2014-04-03T00:01 and its GMT equivalent on the day before, 2014-04-02T22:01, each
    # with its day (gold_blind95's "7.30am AEDT (2030 GMT Tuesday)"), the zone in the span and
    # not in the value; "2359" 2014-04-05T23:59 with "Saturday" 2014-04-05. Past: talks broke
    # down "on Monday night" 2014-03-31TNI, the offer "on Tuesday" 2014-04-01, "March 14"
    # 2014-03-14 (a Friday; twice). "in its biggest walkout for more than a decade" -> the
    # period of a superlative, DURATION P10Y (the last such strike, "October 2001", is 12
    # years back); "within 48 hours" PT48H and "within 20 minutes" PT20M (anchored
    # durations); "24-hour" and "three-day" adjectival DURATIONs; "the end of last year" the
    # year's value 2013 (like "the end of 1990", gold_blind35); "for pilots hired from 2014"
    # -> "2014"; "within hours" -> "hours" DURATION PTXH (vague, gold_blind6, gold_blind15);
    # "from Thursday to Saturday" the strike days ahead, "until April 30" 2014-04-30; "before
    # Easter" 2014-04-20 (Easter Sunday 2014). Sundvik's fiscal year is not described, so "the
    # first quarter" is the calendar quarter 2014-Q1, reported "on May 6". "by 0915 GMT"
    # 2014-04-02T09:15; "their lowest since January" 2014-01; "In February" 2014-02; "this
    # year" 2014; "by 2016"; "last year" 2013; "four days" P4D. Not annotated: "UPDATE 2",
    # "1,300 flights", "640 flights", "60 million euros", "20 million euros", "400 million
    # euros", "the same issue" (anaphoric), the ages "55", "60" and "65", "60 percent", "2.3
    # percent", "11.46 euros" (reads like a clock time), "30 older Airbus A320 jets", "28
    # million passengers", "of this length" (anaphoric), "long-haul", "FPA".
    "sundvik-pilots-three-day-strike": (
        "2014-04-02",
        [
            ("three days", "DURATION", "P3D"),
            ("Thursday", "DATE", "2014-04-03"),
            ("April 2", "DATE", "2014-04-02"),
            ("three days", "DURATION", "P3D"),
            ("Thursday", "DATE", "2014-04-03"),
            ("more than a decade", "DURATION", "P10Y"),
            ("Wednesday", "DATE", "2014-04-02"),
            ("0001 local time", "TIME", "2014-04-03T00:01"),
            ("Thursday", "DATE", "2014-04-03"),
            ("2201 GMT", "TIME", "2014-04-02T22:01"),
            ("Wednesday", "DATE", "2014-04-02"),
            ("2359", "TIME", "2014-04-05T23:59"),
            ("Saturday", "DATE", "2014-04-05"),
            ("Monday night", "TIME", "2014-03-31TNI"),
            ("24-hour", "DURATION", "PT24H"),
            ("March 14", "DATE", "2014-03-14"),
            ("Tuesday", "DATE", "2014-04-01"),
            ("48 hours", "DURATION", "PT48H"),
            ("20 minutes", "DURATION", "PT20M"),
            ("three-day", "DURATION", "P3D"),
            ("the end of last year", "DATE", "2013"),
            ("2014", "DATE", "2014"),
            ("18 months", "DURATION", "P18M"),
            ("hours", "DURATION", "PTXH"),
            ("October 2012", "DATE", "2012-10"),
            ("Thursday", "DATE", "2014-04-03"),
            ("Saturday", "DATE", "2014-04-05"),
            ("April 30", "DATE", "2014-04-30"),
            ("Easter", "DATE", "2014-04-20"),
            ("March 14", "DATE", "2014-03-14"),
            ("the first quarter", "DATE", "2014-Q1"),
            ("May 6", "DATE", "2014-05-06"),
            ("0915 GMT", "TIME", "2014-04-02T09:15"),
            ("January", "DATE", "2014-01"),
            ("February", "DATE", "2014-02"),
            ("this year", "DATE", "2014"),
            ("2016", "DATE", "2016"),
            ("last year", "DATE", "2013"),
            ("October 2001", "DATE", "2001-10"),
            ("four days", "DURATION", "P4D"),
        ],
    ),
    # Saturday 2015-01-03 (ISO week 1), Indian city-page story, headline, stamp "TNN | Jan 3,
    # 2015, 04.12AM IST" (a DATE and a TIME, the zone in the span, gold_blind49), "DEVGARH:"
    # dateline. The fog day is Friday 2015-01-02 (twice, and "Friday's minimum" without the
    # "'s"); its clock times "4.30 am", "10.05 am", "10.40 am", the passenger's "6.50 am", "4
    # am", "11 am", "12.15 pm" and the train's "8.40 pm" are on that day, and "by that evening"
    # is its evening, TIME 2015-01-02TEV (gold_blind8, gold_blind14: "that" + a part of day on
    # the narrative's day). "Visibility began falling around midnight on Thursday" -> "around
    # midnight" (the approximator kept, like "about 2.30pm" in gold_blind103) the midnight
    # ending Thursday 2015-01-01 (New Year's Day), T24:00 (gold_blind75, gold_blind103), and
    # "Thursday" 2015-01-01. Future: "no relief till Tuesday" (headline) and "every morning
    # till Tuesday" 2015-01-06, "from Wednesday" 2015-01-07, fee waivers "till Monday"
    # 2015-01-05 ("till" a signal, gold_blind49); "every morning" SET XXXX-XX-XXTMO. "on
    # Monday last" the most recent Monday, 2014-12-29 (gold_blind9, gold_blind49). "for over
    # five hours" PT5H and "up to 14 hours" PT14H with their modifiers; "14 hours behind
    # schedule" (the size of a delay) PT14H; "nine hours" PT9H; "six hours" PT6H; "61 hours"
    # and "210 hours" (time lost) PT61H, PT210H. "this winter" in January 2015 is the winter of
    # 2014-15, 2015-WI, and "Last winter" 2014-WI, a northern winter taking the year of its
    # January (gold_blind10, gold_blind103); its "between December and February" 2013-12 and
    # 2014-02. "17 of the 20 days since December 14" -> "the 20 days" DURATION P20D (14
    # December to 2 January) and "December 14" 2014-12-14. "from December 10 to February 10"
    # 2014-12-10 and 2015-02-10; "by October" 2015-10; "till January 15" 2015-01-15; "thrice a
    # week" SET P1W (like "three times a week", gold_blind89); "till the end of the month"
    # 2015-01; "New Year's Eve" 2014-12-31; "January 2006" 2006-01; "the 2013-14 financial
    # year" the Indian April-March year named by the year it ends, one span FY2014
    # (gold_blind49). Not annotated: "its coldest day of the season" and "this fog season"
    # (weather seasons, gold_blind49), "CAT-II", "CAT-IIIB" (twice), "50 metres", "350
    # metres", "4 degrees Celsius", "3.8 degrees", "Twenty-two", "61 delayed", "17", "14
    # diversions", "31 flights", "(12015)" and "(14203)" (train numbers), "Platform No. 5",
    # "14 trains", "six others", "4.2 million", "1800 180 2015" (a helpline holding 2015),
    # "round the clock", "then" (a discourse "then").
    "devgarh-fog-flights-trains-delayed": (
        "2015-01-03",
        [
            ("Tuesday", "DATE", "2015-01-06"),
            ("Jan 3, 2015", "DATE", "2015-01-03"),
            ("04.12AM IST", "TIME", "2015-01-03T04:12"),
            ("over five hours", "DURATION", "PT5H"),
            ("Friday", "DATE", "2015-01-02"),
            ("up to 14 hours", "DURATION", "PT14H"),
            ("around midnight", "TIME", "2015-01-01T24:00"),
            ("Thursday", "DATE", "2015-01-01"),
            ("4.30 am", "TIME", "2015-01-02T04:30"),
            ("10.05 am", "TIME", "2015-01-02T10:05"),
            ("10.40 am", "TIME", "2015-01-02T10:40"),
            ("that evening", "TIME", "2015-01-02TEV"),
            ("2012", "DATE", "2012"),
            ("October", "DATE", "2015-10"),
            ("December 10", "DATE", "2014-12-10"),
            ("February 10", "DATE", "2015-02-10"),
            ("6.50 am", "TIME", "2015-01-02T06:50"),
            ("4 am", "TIME", "2015-01-02T04:00"),
            ("11 am", "TIME", "2015-01-02T11:00"),
            ("12.15 pm", "TIME", "2015-01-02T12:15"),
            ("six hours", "DURATION", "PT6H"),
            ("61 hours", "DURATION", "PT61H"),
            ("this winter", "DATE", "2015-WI"),
            ("the 20 days", "DURATION", "P20D"),
            ("December 14", "DATE", "2014-12-14"),
            ("Last winter", "DATE", "2014-WI"),
            ("210 hours", "DURATION", "PT210H"),
            ("December", "DATE", "2013-12"),
            ("February", "DATE", "2014-02"),
            ("Monday last", "DATE", "2014-12-29"),
            ("New Year's Eve", "DATE", "2014-12-31"),
            ("8.40 pm", "TIME", "2015-01-02T20:40"),
            ("Friday", "DATE", "2015-01-02"),
            ("14 hours", "DURATION", "PT14H"),
            ("nine hours", "DURATION", "PT9H"),
            ("January 15", "DATE", "2015-01-15"),
            ("thrice a week", "SET", "P1W"),
            ("the end of the month", "DATE", "2015-01"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("Tuesday", "DATE", "2015-01-06"),
            ("Friday", "DATE", "2015-01-02"),
            ("January 2006", "DATE", "2006-01"),
            ("Wednesday", "DATE", "2015-01-07"),
            ("Monday", "DATE", "2015-01-05"),
            ("the 2013-14 financial year", "DATE", "FY2014"),
        ],
    ),
    # Friday 2015-12-18 (ISO week 51), Australian regional paper's website, headline, stamp
    # "18 Dec, 2015 05:30 AM" (a DATE and a TIME, gold_blind49, gold_blind103), byline, no
    # dateline. "today" is Friday 2015-12-18, "tomorrow" Saturday 2015-12-19 (its first
    # sailing "at 6am" that day), "yesterday" Thursday 2015-12-17 (the car park full "by
    # 11am"). Future weekdays: "from Saturday" (three times) 2015-12-19, "between today and
    # Monday" 2015-12-21, the heat "on Sunday" 2015-12-20, winds "on Monday afternoon"
    # 2015-12-21TAF; weekday dates one span each ("Sunday, December 27", "Tuesday, January
    # 26", "Wednesday, December 23", "Sunday, January 3"). "December 28" (headline and lead)
    # 2015-12-28; "January 3", "January 31" and "the end of January" of 2016; "in January"
    # 2016-01 (a month ahead). The extra sailing "every night ... leaving Port Corran at 10pm"
    # SET XXXX-XX-XXTNI and TIME XXXX-XX-XXT22:00 (a recurring departure, gold_blind76); the
    # screening "at 4am, an hour earlier than usual, every day" -> XXXX-XX-XXT04:00, "an hour"
    # PT1H (the size of a shift, gold_blind95), SET P1D; "daily" SET P1D; "every 15 minutes"
    # SET PT15M; "every month since March" SET P1M and DATE 2015-03. "the busiest days after
    # Christmas" -> "Christmas" 2015-12-25; "Australia Day, Tuesday, January 26" a holiday and
    # its weekday date, two DATEs 2016-01-26 (gold_blind76, gold_blind87). "Last summer" in
    # December 2015 is the southern summer of 2014-15, taking the year of its January and
    # February, 2015-SU (gold_blind9, gold_blind49), with its "between December and
    # February" 2014-12 and 2015-02. "the 2014-15 financial year" the Australian July-June
    # year, one span FY2015 (gold_blind21, gold_blind49); "mid-2017" 2017 (gold_blind59);
    # "about 90 minutes" PT90M; "this weekend" 2015-W51-WE (19-20 December); "a year ago"
    # 2014 (the unit's granularity, gold_blind49). Double demerits "from 12.01am on
    # Wednesday, December 23, until 11.59pm on Sunday, January 3": 2015-12-23T00:01 and
    # 2016-01-03T23:59 with their DATEs. Not annotated: "holiday getaway", "the school
    # holidays" (school holidays, gold_blind76, gold_blind95), "the busiest day in the
    # company's history", "the busiest days" beyond "Christmas", "than usual", "around the
    # clock", "Double demerit points", "31,000" (twice), "14 more", "2,300 people", "five
    # sailings", "one boat", "38-kilometre", "118,000", "$3.1 million", "$48 million", "Kelso
    # Voyager II", "9 per cent", "34 degrees", "13 12 26" (a booking number that reads like a
    # date), "islanderferries.com.au".
    "kelso-island-ferry-holiday-peak": (
        "2015-12-18",
        [
            ("December 28", "DATE", "2015-12-28"),
            ("18 Dec, 2015", "DATE", "2015-12-18"),
            ("05:30 AM", "TIME", "2015-12-18T05:30"),
            ("Saturday", "DATE", "2015-12-19"),
            ("December 28", "DATE", "2015-12-28"),
            ("today", "DATE", "2015-12-18"),
            ("Monday", "DATE", "2015-12-21"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("Saturday", "DATE", "2015-12-19"),
            ("January 3", "DATE", "2016-01-03"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("January", "DATE", "2016-01"),
            ("tomorrow", "DATE", "2015-12-19"),
            ("6am", "TIME", "2015-12-19T06:00"),
            ("2004", "DATE", "2004"),
            ("about 90 minutes", "DURATION", "PT90M"),
            ("Last summer", "DATE", "2015-SU"),
            ("December", "DATE", "2014-12"),
            ("February", "DATE", "2015-02"),
            ("the 2014-15 financial year", "DATE", "FY2015"),
            ("mid-2017", "DATE", "2017"),
            ("4am", "TIME", "XXXX-XX-XXT04:00"),
            ("an hour", "DURATION", "PT1H"),
            ("every day", "SET", "P1D"),
            ("Saturday", "DATE", "2015-12-19"),
            ("January 31", "DATE", "2016-01-31"),
            ("11am", "TIME", "2015-12-17T11:00"),
            ("yesterday", "DATE", "2015-12-17"),
            ("daily", "SET", "P1D"),
            ("the end of January", "DATE", "2016-01"),
            ("every 15 minutes", "SET", "PT15M"),
            ("Christmas", "DATE", "2015-12-25"),
            ("Sunday, December 27", "DATE", "2015-12-27"),
            ("Australia Day", "DATE", "2016-01-26"),
            ("Tuesday, January 26", "DATE", "2016-01-26"),
            ("every month", "SET", "P1M"),
            ("March", "DATE", "2015-03"),
            ("this weekend", "DATE", "2015-W51-WE"),
            ("a year ago", "DATE", "2014"),
            ("12.01am", "TIME", "2015-12-23T00:01"),
            ("Wednesday, December 23", "DATE", "2015-12-23"),
            ("11.59pm", "TIME", "2016-01-03T23:59"),
            ("Sunday, January 3", "DATE", "2016-01-03"),
            ("Sunday", "DATE", "2015-12-20"),
            ("Monday afternoon", "TIME", "2015-12-21TAF"),
        ],
    ),
    # Tuesday 2014-09-09 (ISO week 37), Irish national paper's website, section label
    # "Business › Transport", headline, standfirst, stamp "Tue, Sep 9, 2014, 01:00" (a DATE
    # with its abbreviated weekday in one span and a TIME, gold_blind97), byline; "yesterday"
    # is Monday 2014-09-08. Irish ordinal dates ("October 26th", "March 28th", "April 2nd",
    # "March 31st", "September 19th", "March 29th", "October 1st") are DATEs (gold_blind49).
    # The cut runs "from daily to four times a week from October 26th" 2014-10-26 (the start
    # of the airlines' winter season, the last Sunday of October): "daily" SET P1D, "four times
    # a week" (standfirst and lead) SET P1W (like "three times a week", gold_blind89); the
    # schedule "runs until March 28th" 2015-03-28 and the summer one starts "from March 29th"
    # 2015-03-29; the season names themselves are left out (gold_blind89's "the summer
    # season"). "suspend its Kerlanec service for the winter" -> "the winter" 2015-WI (the
    # winter of 2014-15, taking the year of its January, gold_blind10), while "Last winter"
    # is 2014-WI. The route resumes "on April 2nd, in time for Easter" 2015-04-02 and Easter
    # Sunday 2015-04-05 (also the standfirst's "until Easter"); "twice a week" SET P1W. The
    # hours of the new schedule recur: "7.40am" (last winter's flight), "10.15am" and "1.05pm"
    # XXXX-XX-XXThh:mm; "Mondays", "Wednesdays", "Fridays", "Sundays" plural-weekday SETs
    # (gold_blind76, gold_blind89). "November and December" ahead 2014-11 and 2014-12; "last
    # year" 2013 (twice); "St Patrick's Day 2001" one span 2001-03-17 (a holiday with its year,
    # like "Christmas Eve 1978" in gold_blind10). Corrib Air's financial year ends on 31 March
    # and is named by the year it ends: "the financial year to March 31st" -> "the financial
    # year" FY2014 plus "March 31st" 2014-03-31 (gold_blind100's "the financial year to March
    # 2016"); "its second loss in three years" -> "three years" P3Y (the period of a count,
    # gold_blind95). "in its first year" DURATION P1Y (an ordinal period of an event,
    # gold_blind35); "so far this year" -> "this year" 2014; "now" PRESENT_REF; "five years
    # ago" 2009 (the unit's granularity); "the end of 2015" 2015; "the first quarter of next
    # year" 2015-Q1 (a State programme, calendar quarters); the board meets "on Thursday"
    # 2014-09-11; "by September 19th" 2014-09-19; "on October 1st" 2014-10-01. Not annotated:
    # "winter flights" (headline), "the airline's winter schedule", "Summer schedule bookings"
    # (schedule names and adjectival seasons, gold_blind76, gold_blind89), "often", "a seat on
    # another day", "flight CR 1306" (reads like 13:06, beside the annotated "1.05pm"),
    # "48-seat", "less than a third full", "half empty", "18 per cent", "€2.3 million",
    # "6,500", "318,000", "412,000", "22,000", "11 routes", "17".
    "corrib-air-ballyroan-winter-cuts": (
        "2014-09-09",
        [
            ("four times a week", "SET", "P1W"),
            ("October 26th", "DATE", "2014-10-26"),
            ("Easter", "DATE", "2015-04-05"),
            ("Tue, Sep 9, 2014", "DATE", "2014-09-09"),
            ("01:00", "TIME", "2014-09-09T01:00"),
            ("daily", "SET", "P1D"),
            ("four times a week", "SET", "P1W"),
            ("October 26th", "DATE", "2014-10-26"),
            ("the winter", "DATE", "2015-WI"),
            ("yesterday", "DATE", "2014-09-08"),
            ("March 28th", "DATE", "2015-03-28"),
            ("May 2013", "DATE", "2013-05"),
            ("April 2nd", "DATE", "2015-04-02"),
            ("Easter", "DATE", "2015-04-05"),
            ("twice a week", "SET", "P1W"),
            ("November", "DATE", "2014-11"),
            ("December", "DATE", "2014-12"),
            ("last year", "DATE", "2013"),
            ("Last winter", "DATE", "2014-WI"),
            ("7.40am", "TIME", "XXXX-XX-XXT07:40"),
            ("October 26th", "DATE", "2014-10-26"),
            ("10.15am", "TIME", "XXXX-XX-XXT10:15"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("Wednesdays", "SET", "XXXX-WXX-3"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("1.05pm", "TIME", "XXXX-XX-XXT13:05"),
            ("1999", "DATE", "1999"),
            ("St Patrick's Day 2001", "DATE", "2001-03-17"),
            ("the financial year", "DATE", "FY2014"),
            ("March 31st", "DATE", "2014-03-31"),
            ("three years", "DURATION", "P3Y"),
            ("its first year", "DURATION", "P1Y"),
            ("last year", "DATE", "2013"),
            ("2008", "DATE", "2008"),
            ("this year", "DATE", "2014"),
            ("now", "DATE", "PRESENT_REF"),
            ("five years ago", "DATE", "2009"),
            ("the end of 2015", "DATE", "2015"),
            ("the first quarter of next year", "DATE", "2015-Q1"),
            ("Thursday", "DATE", "2014-09-11"),
            ("September 19th", "DATE", "2014-09-19"),
            ("March 29th", "DATE", "2015-03-29"),
            ("October 1st", "DATE", "2014-10-01"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
