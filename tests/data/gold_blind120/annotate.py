"""Annotations of the hundred-and-twentieth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind120/annotate.py [--show]

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
    # Tuesday 2014-10-21 (ISO week 43), British regional daily's bus timetable story, headline,
    # standfirst, byline, date line "Tuesday 21 October 2014". The new timetable starts "from
    # Sunday" (headline and lead) and "on 26 October", Sunday 2014-10-26, "the same day" (an
    # anchored day after "26 October", gold_blind76) on which "the clocks go back an hour" ->
    # "an hour" DURATION PT1H, the size of the shift (gold_blind76). "said yesterday" Monday
    # 2014-10-20; "this week" 2014-W43. The recurring service: "every 20 minutes between 7am
    # and 7pm, Monday to Saturday" -> SET PT20M, TIMEs XXXX-XX-XXT07:00 and T19:00, and the two
    # ends of the weekday range SETs XXXX-WXX-1 and XXXX-WXX-6 (gold_blind76, gold_blind90,
    # gold_blind98; the standfirst's "Monday to Saturday" the same); "every 40 minutes now"
    # PT40M and PRESENT_REF; "After 7pm, and on Sundays, buses will run hourly" -> T19:00, SET
    # XXXX-WXX-7, SET PT1H; "the last departure ... at 11.10pm" XXXX-XX-XXT23:10; "Until now"
    # -> "now"; "every 30 minutes each evening" PT30M and XXXX-XX-XXTEV. "last year" 2013;
    # "almost every day" SET P1D with its modifier; "since September" 2014-09; "for three years
    # until it ran out in March" P3Y and 2014-03; "An hour" PT1H; "in November" the coming one,
    # 2014-11; "A six-week consultation over the summer" P6W and 2014-SU; "in the spring" ahead
    # 2015-SP; "in January" 2014-01; "until at least next summer" -> "at least next summer"
    # 2015-SU, the modifier kept (gold_blind35); "Saturday 1 November" 2014-11-01. Not
    # annotated: "Daytime buses", "evening and Sunday passengers", "its new winter timetable",
    # "the morning buses", "The evening cuts", "later buses", "evening frequencies", "Saturday
    # shoppers" (adjectives and timetable names naming kinds, gold_blind76, gold_blind95), "A
    # day ticket" (gold_blind76's "day tickets") and "the weekly ticket" (a kind of ticket, not
    # a recurrence, see README), "work late", "Route 12", "the 12 and 12A", "14 per cent",
    # "£180,000", "£4.20" (reads like a clock time), "£16.50", "74", "1,100 responses",
    # "wendlevalleybuses.co.uk/route12-2014", "01632 960 745".
    "route-12-bus-every-20-minutes": (
        "2014-10-21",
        [
            ("every 20 minutes", "SET", "PT20M"),
            ("Sunday", "DATE", "2014-10-26"),
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Saturday", "SET", "XXXX-WXX-6"),
            ("Tuesday 21 October 2014", "DATE", "2014-10-21"),
            ("every 20 minutes", "SET", "PT20M"),
            ("Sunday", "DATE", "2014-10-26"),
            ("yesterday", "DATE", "2014-10-20"),
            ("every 20 minutes", "SET", "PT20M"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("7pm", "TIME", "XXXX-XX-XXT19:00"),
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Saturday", "SET", "XXXX-WXX-6"),
            ("every 40 minutes", "SET", "PT40M"),
            ("now", "DATE", "PRESENT_REF"),
            ("7pm", "TIME", "XXXX-XX-XXT19:00"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("hourly", "SET", "PT1H"),
            ("11.10pm", "TIME", "XXXX-XX-XXT23:10"),
            ("now", "DATE", "PRESENT_REF"),
            ("every 30 minutes", "SET", "PT30M"),
            ("each evening", "SET", "XXXX-XX-XXTEV"),
            ("26 October", "DATE", "2014-10-26"),
            ("the same day", "DATE", "2014-10-26"),
            ("an hour", "DURATION", "PT1H"),
            ("this week", "DATE", "2014-W43"),
            ("last year", "DATE", "2013"),
            ("almost every day", "SET", "P1D"),
            ("September", "DATE", "2014-09"),
            ("three years", "DURATION", "P3Y"),
            ("March", "DATE", "2014-03"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("An hour", "DURATION", "PT1H"),
            ("November", "DATE", "2014-11"),
            ("six-week", "DURATION", "P6W"),
            ("the summer", "DATE", "2014-SU"),
            ("the spring", "DATE", "2015-SP"),
            ("January", "DATE", "2014-01"),
            ("at least next summer", "DATE", "2015-SU"),
            ("Saturday 1 November", "DATE", "2014-11-01"),
        ],
    ),
    # Saturday 2013-02-09 (ISO week 6), US city paper's transit story, headline, deck, byline
    # "Staff Writer", date line "Saturday, February 9, 2013", "PORT CALDER —" dateline. The
    # board voted "on Thursday" 2013-02-07; the fare rises "on March 3" (headline and body),
    # "next month" 2013-03. "on weekends this spring" -> "weekends" SET XXXX-WXX-WE (bare
    # plural, gold_blind7; the headline's the same) and its frame "this spring" 2013-SP, two
    # TIMEX3 (gold_blind95's "every evening this week"). "since 2010" (deck) and "since July
    # 2010" 2010 and 2010-07. "A 30-day pass" and "a seven-day pass" -> adjectival durations
    # P30D and P7D, like "Three-day tickets" (gold_blind76). The authority's year runs July-June
    # and is named by the year it ends: "the fiscal year that begins July 1" -> "the fiscal
    # year" FY2014 plus "July 1" 2013-07-01 (gold_blind13, gold_blind39). "almost three years"
    # P3Y; "the fourth quarter of 2012" 2012-Q4 and "a year earlier" after it 2011-Q4
    # (gold_blind35); "last year" 2012; "last month" 2013-01; "in June" ahead 2013-06. The
    # closures: "every weekend" SET XXXX-WXX-WE "from Feb. 22" 2013-02-22 "through the weekend
    # of April 13-14" one span 2013-W15-WE (gold_blind95); the tunnel "opened in 1967"; the
    # weekly hours "at 10 p.m. on Fridays" and "at 5 a.m. on Mondays" -> TIMEs XXXX-XX-XXT22:00
    # and T05:00 and SETs XXXX-WXX-5 and XXXX-WXX-1; "every 10 minutes" PT10M; "the evening of
    # Feb. 22" one TIME span 2013-02-22TEV (like "the morning of July 19", gold_blind95).
    # "Saturdays" SET XXXX-WXX-6; "20 minutes each way" PT20M; "for two months" P2M; "in 2015"
    # 2015. Not annotated: "a quarter more" (25 cents), "7-2", "$2.50", "$2.25", "$80", "$88",
    # "$24", "$26", "$1.10" (reads like a clock time), "$31 million", "3 percent", "14.2 million
    # trips", "three public hearings", "400 people", "29", "the Harbor Line", "the Home and
    # Garden Show", "Staff Writer", "crta.org/fares2013", "555-0140", "the worst of the
    # recession", "any longer".
    "port-calder-fare-rise-harbor-line-weekends": (
        "2013-02-09",
        [
            ("March 3", "DATE", "2013-03-03"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("2010", "DATE", "2010"),
            ("Saturday, February 9, 2013", "DATE", "2013-02-09"),
            ("next month", "DATE", "2013-03"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("this spring", "DATE", "2013-SP"),
            ("Thursday", "DATE", "2013-02-07"),
            ("March 3", "DATE", "2013-03-03"),
            ("July 2010", "DATE", "2010-07"),
            ("30-day", "DURATION", "P30D"),
            ("seven-day", "DURATION", "P7D"),
            ("the fiscal year", "DATE", "FY2014"),
            ("July 1", "DATE", "2013-07-01"),
            ("almost three years", "DURATION", "P3Y"),
            ("the fourth quarter of 2012", "DATE", "2012-Q4"),
            ("a year earlier", "DATE", "2011-Q4"),
            ("last year", "DATE", "2012"),
            ("last month", "DATE", "2013-01"),
            ("June", "DATE", "2013-06"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("Feb. 22", "DATE", "2013-02-22"),
            ("the weekend of April 13-14", "DATE", "2013-W15-WE"),
            ("1967", "DATE", "1967"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("5 a.m.", "TIME", "XXXX-XX-XXT05:00"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("every 10 minutes", "SET", "PT10M"),
            ("the evening of Feb. 22", "TIME", "2013-02-22TEV"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("20 minutes", "DURATION", "PT20M"),
            ("two months", "DURATION", "P2M"),
            ("2015", "DATE", "2015"),
        ],
    ),
    # Monday 2015-01-12 (ISO week 3), Australian metropolitan paper's website, headline, stamp
    # "January 12, 2015 - 12:15AM" (DATE and TIME, the stamp's own clock time just after
    # midnight on the publication day), byline with title, no dateline. The timetable starts
    # "from January 25" (headline), "on Sunday, January 25" 2015-01-25, before "Australia Day"
    # 2015-01-26 (Monday). The recurring peak service: "every 10 minutes" PT10M, "from 6.30am
    # to 9am and from 4pm to 7pm, Monday to Friday" -> four TIMEs XXXX-XX-XXThh:mm and the two
    # ends of the weekday range SETs XXXX-WXX-1 and XXXX-WXX-5 (gold_blind76, gold_blind98);
    # "every 15 minutes now" PT15M and PRESENT_REF; "on weekends" SET XXXX-WXX-WE; "every 30
    # minutes" PT30M; "the last train ... at 11.40pm instead of 12.20am" -> T23:40 and T00:20
    # of no particular day (gold_blind95's "at 18:40 instead of the usual 23:45"). The
    # Australian financial year runs July-June, named by the year it ends: "the 2013-14
    # financial year" one span FY2014 (gold_blind95), and "the year before" after it the
    # previous financial year, FY2013 (the granularity of what it is compared with,
    # gold_blind35, gold_blind76). "the middle of last year" 2014, the year's value like
    # "mid-2014" (gold_blind59, gold_blind95). "in 1998"; "18 months" P18M; "before
    # Christmas" the one just past, 2014-12-25; "last November" 2014-11; "after 11pm" a
    # habitual finishing time XXXX-XX-XXT23:00; "40 minutes" PT40M; "an hour" PT1H; "over
    # summer" the southern summer under way, which takes the year of its January, 2015-SU
    # (gold_blind9, gold_blind17, gold_blind83); "the weekend of February 7-8" 2015-W06-WE;
    # "over four years" P4Y; "its May budget" -> "May" 2014-05, an adjectival month (the
    # last May, like "a 2009 plan" in gold_blind95); "from Thursday" 2015-01-15. Not
    # annotated: "peak hours" (headline and lead) and "The peak trains" (kinds, like "peak
    # times", gold_blind95), "the morning trains", "the return to work", "the 43-kilometre
    # line", "9.8 million trips", "6 per cent", "14 services", "the four new trains", "may"
    # (the verb), "Harlow Junction", "$45 million", "the Route 315 bus" (reads like 3:15),
    # "coastalrail.com.au/kelsey2015", "Transport Reporter".
    "kelsey-line-peak-timetable": (
        "2015-01-12",
        [
            ("every 10 minutes", "SET", "PT10M"),
            ("January 25", "DATE", "2015-01-25"),
            ("January 12, 2015", "DATE", "2015-01-12"),
            ("12:15AM", "TIME", "2015-01-12T00:15"),
            ("every 10 minutes", "SET", "PT10M"),
            ("Sunday, January 25", "DATE", "2015-01-25"),
            ("Australia Day", "DATE", "2015-01-26"),
            ("6.30am", "TIME", "XXXX-XX-XXT06:30"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("7pm", "TIME", "XXXX-XX-XXT19:00"),
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Friday", "SET", "XXXX-WXX-5"),
            ("every 15 minutes", "SET", "PT15M"),
            ("now", "DATE", "PRESENT_REF"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("every 30 minutes", "SET", "PT30M"),
            ("11.40pm", "TIME", "XXXX-XX-XXT23:40"),
            ("12.20am", "TIME", "XXXX-XX-XXT00:20"),
            ("the 2013-14 financial year", "DATE", "FY2014"),
            ("the year before", "DATE", "FY2013"),
            ("the middle of last year", "DATE", "2014"),
            ("1998", "DATE", "1998"),
            ("18 months", "DURATION", "P18M"),
            ("Christmas", "DATE", "2014-12-25"),
            ("last November", "DATE", "2014-11"),
            ("11pm", "TIME", "XXXX-XX-XXT23:00"),
            ("40 minutes", "DURATION", "PT40M"),
            ("an hour", "DURATION", "PT1H"),
            ("summer", "DATE", "2015-SU"),
            ("the weekend of February 7-8", "DATE", "2015-W06-WE"),
            ("four years", "DURATION", "P4Y"),
            ("May", "DATE", "2014-05"),
            ("Thursday", "DATE", "2015-01-15"),
        ],
    ),
    # Friday 2013-12-13 (ISO week 50), Irish national paper's website, headline, standfirst,
    # byline, web stamp "Fri, Dec 13, 2013, 01:00" (a DATE with its abbreviated weekday,
    # checked by hand: 13 December 2013 is a Friday, and a TIME, gold_blind60). "published
    # yesterday" Thursday 2013-12-12. Holidays on the days they fall on: "Christmas Eve"
    # 2013-12-24 (three times), "Christmas Day" 2013-12-25 (four times), "St Stephen's Day"
    # 2013-12-26 (twice), "New Year's Eve" 2013-12-31 (standfirst, where it qualifies "the
    # fireworks", like "the New Year's Eve fireworks" in gold_blind17, and body), "New Year's
    # Day" 2014-01-01. Clock times take the day they belong to: "6.45pm" and "7.10pm" on
    # Christmas Eve; "10am" and "6pm" on St Stephen's Day; "3pm on Christmas Eve"; the extra
    # trains "at 12.40am and 1.20am" after the New Year's Eve fireworks fall after midnight, on
    # the new day, 2014-01-01 (gold_blind57's "until 4 a.m." on New Year's Eve). "about three
    # hours earlier than usual" -> "about three hours" PT3H, the size of a shift (gold_blind76).
    # "From Friday 27 December to Tuesday 31 December" two DATEs; "every hour" PT1H, "every 30
    # minutes" PT30M; "until January 2" and "Thursday 2 January" 2014-01-02; "Monday 23
    # December" 2013-12-23; "its busiest day since September" -> "September" 2013-09;
    # "December 27" 2013-12-27; "25 minutes" PT25M; "bookings for December" 2013-12; "up 20 per
    # cent on last year" -> "last year" 2012; "for four days last January" P4D and 2013-01;
    # "after 8am on the day of travel" XXXX-XX-XXT08:00 (a standing instruction, no particular
    # day). Not annotated: "holiday timetables", "Sunday timetables", "a Sunday timetable", "a
    # Sunday service", "the winter timetable", "evening trains" (timetables and kinds named by a
    # weekday, season or part of day, gold_blind76, gold_blind95), "than usual", "the day of
    # travel", "at short notice", "20 per cent", "Market Square", "091 555 1224" (its "1224"
    # reads like 24 December), "1850 555 365".
    "west-rail-ferry-christmas-schedule": (
        "2013-12-13",
        [
            ("Christmas Day", "DATE", "2013-12-25"),
            ("Christmas Eve", "DATE", "2013-12-24"),
            ("January 2", "DATE", "2014-01-02"),
            ("New Year's Eve", "DATE", "2013-12-31"),
            ("Fri, Dec 13, 2013", "DATE", "2013-12-13"),
            ("01:00", "TIME", "2013-12-13T01:00"),
            ("Christmas Day", "DATE", "2013-12-25"),
            ("yesterday", "DATE", "2013-12-12"),
            ("Christmas Eve", "DATE", "2013-12-24"),
            ("6.45pm", "TIME", "2013-12-24T18:45"),
            ("7.10pm", "TIME", "2013-12-24T19:10"),
            ("about three hours", "DURATION", "PT3H"),
            ("Christmas Day", "DATE", "2013-12-25"),
            ("St Stephen's Day", "DATE", "2013-12-26"),
            ("10am", "TIME", "2013-12-26T10:00"),
            ("6pm", "TIME", "2013-12-26T18:00"),
            ("Friday 27 December", "DATE", "2013-12-27"),
            ("Tuesday 31 December", "DATE", "2013-12-31"),
            ("every hour", "SET", "PT1H"),
            ("every 30 minutes", "SET", "PT30M"),
            ("New Year's Eve", "DATE", "2013-12-31"),
            ("12.40am", "TIME", "2014-01-01T00:40"),
            ("1.20am", "TIME", "2014-01-01T01:20"),
            ("New Year's Day", "DATE", "2014-01-01"),
            ("Thursday 2 January", "DATE", "2014-01-02"),
            ("Monday 23 December", "DATE", "2013-12-23"),
            ("September", "DATE", "2013-09"),
            ("3pm", "TIME", "2013-12-24T15:00"),
            ("Christmas Eve", "DATE", "2013-12-24"),
            ("Christmas Day", "DATE", "2013-12-25"),
            ("St Stephen's Day", "DATE", "2013-12-26"),
            ("December 27", "DATE", "2013-12-27"),
            ("25 minutes", "DURATION", "PT25M"),
            ("December", "DATE", "2013-12"),
            ("last year", "DATE", "2012"),
            ("four days", "DURATION", "P4D"),
            ("last January", "DATE", "2013-01"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
        ],
    ),
    # Wednesday 2012-08-22 (ISO week 34), Canadian transit agency's news release, "NEWS
    # RELEASE", "For immediate release" and the date line "August 22, 2012", headline ("starting
    # September 2"), "HALVERN, ON –" dateline, boilerplate, end mark "- 30 -" and media contact.
    # "announced today" 2012-08-22. The changes start "on Sunday, September 2" 2012-09-02; the
    # health centre "opens on Sept. 10" 2012-09-10; "Labour Day, Monday, September 3" (the first
    # Monday of September, 2012-09-03) two DATEs, like "Good Friday, 3 April" (gold_blind95);
    # "Tuesday, September 4" 2012-09-04; new schedules "from Monday, August 27" 2012-08-27.
    # Recurring hours: "every 10 minutes from 6 a.m. to 9 a.m. and from 3 p.m. to 6:30 p.m.,
    # Monday to Friday" -> SET PT10M, four TIMEs XXXX-XX-XXThh:mm and the SETs XXXX-WXX-1 and
    # XXXX-WXX-5 (gold_blind76, gold_blind90); "every 15 minutes" PT15M; "every 30 minutes until
    # 11 p.m. every day" PT30M, XXXX-XX-XXT23:00 and SET P1D; "on Sundays" XXXX-WXX-7; "after
    # 10:30 p.m." T22:30; customer service "from 7 a.m. to 9 p.m. daily" two TIMEs and SET P1D.
    # "its largest service increase since 2008" -> "2008"; "over the past year" -> "the past
    # year" P1Y (gold_blind35); "in 2011"; "the agency's 40-year history" adjectival duration
    # P40Y; "in the spring" past 2012-SP; "By the end of 2013" -> "the end of 2013" the year's
    # value 2013 (gold_blind35); "at least every 15 minutes" SET PT15M with its modifier (like
    # "at least once a day", gold_blind103); "since 1972". Not annotated: "fall service changes"
    # (headline; changes named by a season, like "The summer timetable", gold_blind95), "a
    # Sunday schedule", "School service", "late-evening trips", "the first day of classes",
    # "The monthly pass" (a kind of ticket, see README), "Route 9", "Route 14", "Route 31",
    # "Route 6", "Routes 50 to 59", "six routes", "4.1 per cent", "21.6 million rides", "200
    # riders", "$84", "$3.00" (reads like a clock time), "38 routes", "214 buses", "- 30 -",
    # "halverntransit.ca/fall2012", "519-555-0147", "519-555-0183".
    "halvern-transit-fall-service-change": (
        "2012-08-22",
        [
            ("August 22, 2012", "DATE", "2012-08-22"),
            ("September 2", "DATE", "2012-09-02"),
            ("Sunday, September 2", "DATE", "2012-09-02"),
            ("2008", "DATE", "2008"),
            ("today", "DATE", "2012-08-22"),
            ("every 10 minutes", "SET", "PT10M"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("3 p.m.", "TIME", "XXXX-XX-XXT15:00"),
            ("6:30 p.m.", "TIME", "XXXX-XX-XXT18:30"),
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Friday", "SET", "XXXX-WXX-5"),
            ("every 15 minutes", "SET", "PT15M"),
            ("Sept. 10", "DATE", "2012-09-10"),
            ("every 30 minutes", "SET", "PT30M"),
            ("11 p.m.", "TIME", "XXXX-XX-XXT23:00"),
            ("every day", "SET", "P1D"),
            ("the past year", "DURATION", "P1Y"),
            ("2011", "DATE", "2011"),
            ("40-year", "DURATION", "P40Y"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("10:30 p.m.", "TIME", "XXXX-XX-XXT22:30"),
            ("Labour Day", "DATE", "2012-09-03"),
            ("Monday, September 3", "DATE", "2012-09-03"),
            ("Tuesday, September 4", "DATE", "2012-09-04"),
            ("the spring", "DATE", "2012-SP"),
            ("the end of 2013", "DATE", "2013"),
            ("at least every 15 minutes", "SET", "PT15M"),
            ("Monday, August 27", "DATE", "2012-08-27"),
            ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("daily", "SET", "P1D"),
            ("1972", "DATE", "1972"),
        ],
    ),
    # Thursday 2015-11-26 (ISO week 48), British national paper's commuter feature, headline
    # ("A year of delays"), standfirst ("last December"), byline, date line "Thursday 26
    # November 2015". "A year of delays" is the period the feature counts, DURATION P1Y (the
    # year since 8 December 2014). "last December" in November 2015 is December 2014 (the month
    # of "8 December last year", one span 2014-12-08, gold_blind52). His habit: "leaves home at
    # 6.15am ... at his desk ... by 8am" TIMEs of no particular day, XXXX-XX-XXT06:15 and
    # T08:00; "On 3 November he got in at 10.40am" 2015-11-03 and 2015-11-03T10:40. "its
    # seven-year franchise" DURATION P7Y; "more than five minutes late" PT5M; "in early March"
    # 2015-03; "for three days" P3D; "This autumn" 2015-FA; "published on Tuesday" 2015-11-24;
    # "in October" 2015-10 and "a year earlier" after it 2014-10 (gold_blind35, gold_blind103);
    # "Every Monday morning" SET XXXX-WXX-1TMO (like "every Friday evening", gold_blind76); "in
    # 2011"; "52 minutes", "58 minutes"; "now" PRESENT_REF; "built in 1989"; "delays of 30
    # minutes or more" PT30M; "renews in February" 2016-02; "on 2 January" 2016-01-02; "the
    # past 12 months" P12M; "by May" 2016-05; "in December 2016" 2016-12; "since the spring"
    # 2015-SP; "in January" 2016-01. Not annotated: "on a good day" (a generic day), "the day
    # Kestrel Rail began" (anaphoric), "So far", "after work", "the usual leaves on the line",
    # "The worst spell", "His annual season ticket" (a kind of ticket, see README), "472
    # journeys", "181", "39", "41-year-old" (an age), "79.4 per cent", "88.1 per cent", "Class
    # 317" (a train class, beside "1989"), "£312", "£4,268", "1 per cent", "12 new trains",
    # "Cray Junction", "the Office of Rail and Road".
    "harford-line-commuter-year-of-delays": (
        "2015-11-26",
        [
            ("A year", "DURATION", "P1Y"),
            ("last December", "DATE", "2014-12"),
            ("Thursday 26 November 2015", "DATE", "2015-11-26"),
            ("6.15am", "TIME", "XXXX-XX-XXT06:15"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("3 November", "DATE", "2015-11-03"),
            ("10.40am", "TIME", "2015-11-03T10:40"),
            ("8 December last year", "DATE", "2014-12-08"),
            ("seven-year", "DURATION", "P7Y"),
            ("five minutes", "DURATION", "PT5M"),
            ("early March", "DATE", "2015-03"),
            ("three days", "DURATION", "P3D"),
            ("This autumn", "DATE", "2015-FA"),
            ("Tuesday", "DATE", "2015-11-24"),
            ("October", "DATE", "2015-10"),
            ("a year earlier", "DATE", "2014-10"),
            ("Every Monday morning", "SET", "XXXX-WXX-1TMO"),
            ("2011", "DATE", "2011"),
            ("52 minutes", "DURATION", "PT52M"),
            ("now", "DATE", "PRESENT_REF"),
            ("58 minutes", "DURATION", "PT58M"),
            ("1989", "DATE", "1989"),
            ("30 minutes", "DURATION", "PT30M"),
            ("February", "DATE", "2016-02"),
            ("2 January", "DATE", "2016-01-02"),
            ("the past 12 months", "DURATION", "P12M"),
            ("May", "DATE", "2016-05"),
            ("December 2016", "DATE", "2016-12"),
            ("the spring", "DATE", "2015-SP"),
            ("January", "DATE", "2016-01"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
