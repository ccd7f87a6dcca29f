"""Annotations of the hundred-and-eighty-fourth blind gold set, chosen by hand before the tagger
ran.

    python tests/data/gold_blind184/annotate.py [--show]

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
    # Friday 2012-06-01 (ISO week 22), British local daily on a jubilee weekend, headline,
    # standfirst, byline, date line "Friday 1 June 2012". The four-day bank holiday weekend
    # runs Saturday 2 to Tuesday 5 June; "four-day jubilee weekend" (headline), "the four-day
    # bank holiday weekend" and "the weekend" are one DATE span each, the ISO weekend of its
    # Saturday, 2012-W22-WE (like "the long weekend", gold_blind103, and "the Victoria Day long
    # weekend", gold_blind17); "four-day" is a modifier kept in the span, not a DURATION of its
    # own (see README). "The spring bank holiday has been moved ... to Monday 4 June" -> the
    # holiday 2012-06-04 and its dates as written, like "The spring bank holiday on Monday 26
    # May" (gold_blind56); "an extra bank holiday" is generic and left out (gold_blind36).
    # Future weekdays: the flotilla "Sunday" / "Sunday afternoon" 2012-06-03 (2.30pm on that
    # day), the street party "Monday from noon" 2012-06-04, the beacon "Tuesday night"
    # 2012-06-05TNI, "10.15pm" and "9pm" on Tuesday, "11pm on Tuesday"; "from 6am tomorrow"
    # 2012-06-02T06:00; "Wednesday morning" 2012-06-06TMO; "tonight" the publication night.
    # "We started planning in September" (said in June) 2011-09; "every Thursday since January"
    # SET XXXX-WXX-4 and 2012-01; "the 1936 steam launch" an adjectival year, DATE 1936;
    # "every summer" SET XXXX-SU; "The Kelm Arms will open at 11am each day of the holiday" ->
    # "11am" XXXX-XX-XXT11:00 (hours of a recurring opening) and "each day" SET P1D; "a dry but
    # cool Sunday" -> the head "Sunday" (gold_blind44's "a colder than average November");
    # "last month's marathon" -> "last month" 2012-05; "later this summer" 2012-SU. Not
    # annotated: "its usual weekly order" (the period of a figure, like "its usual monthly
    # total", gold_blind103), "the coronation" (an event; its year "1953" annotated), "then"
    # (anaphoric), "Ninety boats", "63", "2,400 metres", "90 boats", "two miles", "71", "200
    # people", "40 barrels", "four times", "£18,000", "£22,500", "15C",
    # "kelmbridge.gov.uk/jubilee2012" (a year in a URL), "01632 960 212".
    "kelmbridge-jubilee-weekend-flotilla": (
        "2012-06-01",
        [
            ("Sunday", "DATE", "2012-06-03"),
            ("four-day jubilee weekend", "DATE", "2012-W22-WE"),
            ("Tuesday night", "TIME", "2012-06-05TNI"),
            ("1977", "DATE", "1977"),
            ("Friday 1 June 2012", "DATE", "2012-06-01"),
            ("the four-day bank holiday weekend", "DATE", "2012-W22-WE"),
            ("Sunday afternoon", "TIME", "2012-06-03TAF"),
            ("Tuesday night", "TIME", "2012-06-05TNI"),
            ("yesterday", "DATE", "2012-05-31"),
            ("6am", "TIME", "2012-06-02T06:00"),
            ("tomorrow", "DATE", "2012-06-02"),
            ("11pm", "TIME", "2012-06-05T23:00"),
            ("Tuesday", "DATE", "2012-06-05"),
            ("The spring bank holiday", "DATE", "2012-06-04"),
            ("Monday 28 May", "DATE", "2012-05-28"),
            ("Monday 4 June", "DATE", "2012-06-04"),
            ("this year", "DATE", "2012"),
            ("Tuesday 5 June", "DATE", "2012-06-05"),
            ("tonight", "TIME", "2012-06-01TNI"),
            ("Wednesday morning", "TIME", "2012-06-06TMO"),
            ("1936", "DATE", "1936"),
            ("2.30pm", "TIME", "2012-06-03T14:30"),
            ("Sunday", "DATE", "2012-06-03"),
            ("about 90 minutes", "DURATION", "PT90M"),
            ("1977", "DATE", "1977"),
            ("September", "DATE", "2011-09"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
            ("January", "DATE", "2012-01"),
            ("1953", "DATE", "1953"),
            ("Sunday", "DATE", "2012-06-03"),
            ("every summer", "SET", "XXXX-SU"),
            ("1981", "DATE", "1981"),
            ("Monday", "DATE", "2012-06-04"),
            ("noon", "TIME", "2012-06-04T12:00"),
            ("11am", "TIME", "XXXX-XX-XXT11:00"),
            ("each day", "SET", "P1D"),
            ("10.15pm", "TIME", "2012-06-05T22:15"),
            ("Tuesday", "DATE", "2012-06-05"),
            ("9pm", "TIME", "2012-06-05T21:00"),
            ("the weekend", "DATE", "2012-W22-WE"),
            ("last month", "DATE", "2012-05"),
            ("tomorrow", "DATE", "2012-06-02"),
            ("Sunday", "DATE", "2012-06-03"),
            ("later this summer", "DATE", "2012-SU"),
            ("21 July", "DATE", "2012-07-21"),
        ],
    ),
    # Monday 2012-11-12 (ISO week 46), Irish national daily's State visit programme, headline,
    # standfirst, byline, date line "Monday 12 November 2012". The visit runs Tuesday 13 to
    # Thursday 15 November: arrival "at about 6.45pm tomorrow" 2012-11-13T18:45 (headline's
    # "tomorrow" too), "Tuesday evening" 2012-11-13TEV; the welcome "at 10am on Wednesday",
    # the banquet "at 8pm on Wednesday", the road closures "from 6pm on Wednesday until 1am on
    # Thursday" (each clock time and its day two TIMEX3, "1am" on Thursday 2012-11-15T01:00);
    # "That afternoon" after Wednesday's talks 2012-11-14TAF, a narrative anchor on the day
    # just named; "Thursday morning", "3pm" and "Thursday evening" 2012-11-15. "figures
    # published on Friday" past, 2012-11-09. "three-day" and "five-year" adjectival DURATIONs;
    # "about an hour" PT1H; "the past decade" P10Y; "its own weekly newspaper" SET P1W (an
    # adjective naming a recurrence, like "weekly strike benefits", gold_blind35). "last year"
    # 2011 and "up 14 per cent on 2010"; "within five years" -> "five years" P5Y; "has now
    # grown for nine consecutive quarters" -> "now" PRESENT_REF and DURATION P9Q (like "three
    # consecutive quarters" in the first set); "the third quarter" 2012-Q3 (a country's
    # calendar quarter); "in September" 2012-09; "last week" 2012-W45; "the summer of 2003"
    # one span 2003-SU; "two days in October 2006" P2D and 2006-10. Not annotated: "flight KR
    # 1916" (a flight number holding a year-like number), "kerovianembassy.ie/visit-2012",
    # "58" (an age), "4,000 people", "220 guests", "€212 million", "14 per cent", "0.8 per
    # cent", "the first" (an ordinal), "the Garden of Remembrance".
    "kerovia-president-state-visit": (
        "2012-11-12",
        [
            ("tomorrow", "DATE", "2012-11-13"),
            ("three-day", "DURATION", "P3D"),
            ("Wednesday", "DATE", "2012-11-14"),
            ("Monday 12 November 2012", "DATE", "2012-11-12"),
            ("about 6.45pm", "TIME", "2012-11-13T18:45"),
            ("tomorrow", "DATE", "2012-11-13"),
            ("three-day", "DURATION", "P3D"),
            ("1994", "DATE", "1994"),
            ("Tuesday evening", "TIME", "2012-11-13TEV"),
            ("10am", "TIME", "2012-11-14T10:00"),
            ("Wednesday", "DATE", "2012-11-14"),
            ("about an hour", "DURATION", "PT1H"),
            ("That afternoon", "TIME", "2012-11-14TAF"),
            ("2009", "DATE", "2009"),
            ("the past decade", "DURATION", "P10Y"),
            ("weekly", "SET", "P1W"),
            ("8pm", "TIME", "2012-11-14T20:00"),
            ("Wednesday", "DATE", "2012-11-14"),
            ("6pm", "TIME", "2012-11-14T18:00"),
            ("Wednesday", "DATE", "2012-11-14"),
            ("1am", "TIME", "2012-11-15T01:00"),
            ("Thursday", "DATE", "2012-11-15"),
            ("Thursday morning", "TIME", "2012-11-15TMO"),
            ("3pm", "TIME", "2012-11-15T15:00"),
            ("Thursday evening", "TIME", "2012-11-15TEV"),
            ("September", "DATE", "2012-09"),
            ("last week", "DATE", "2012-W45"),
            ("last year", "DATE", "2011"),
            ("2010", "DATE", "2010"),
            ("five years", "DURATION", "P5Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("nine consecutive quarters", "DURATION", "P9Q"),
            ("Friday", "DATE", "2012-11-09"),
            ("the third quarter", "DATE", "2012-Q3"),
            ("March 2011", "DATE", "2011-03"),
            ("five-year", "DURATION", "P5Y"),
            ("the summer of 2003", "DATE", "2003-SU"),
            ("two days", "DURATION", "P2D"),
            ("October 2006", "DATE", "2006-10"),
        ],
    ),
    # Wednesday 2013-11-13 (ISO week 46), Belgian broadcaster's English-language news site on
    # an abdication in a neighbouring grand duchy, headline, stamp "Wed 13/11/2013 - 10:21" (a
    # DATE with an abbreviated weekday, checked by hand: 13 November 2013 was a Wednesday, and a
    # TIME), byline, "VELDENBURG -" dateline. The address was "last night", 2013-11-12TNI,
    # "broadcast at 8pm" 2013-11-12T20:00; the cabinet was told "on Monday morning, Armistice
    # Day" 2013-11-11TMO and 2013-11-11 (two TIMEX3, the holiday on the day it falls on); the
    # debate "on Thursday" 2013-11-14. The abdication "on Sunday 2 February 2014" (headline's
    # "February" 2014-02), "at noon" and "at 3pm" on that day, "Monday 3 February" 2014-02-03.
    # "almost 33 years" P33Y (March 1981 to February 2014); "the 1868 constitution" an
    # adjectival year; "within 60 days" -> "60 days"; "turns 75 next month" 2013-12; "as early
    # as 2008" -> "2008" ("as early as" a signal, gold_blind18, gold_blind20); "after 28
    # years" P28Y; "the spring" ahead in November 2014-SP; "on Saturdays" SET XXXX-WXX-6; "for
    # six weeks from 6 January" P6W and 2014-01-06; "for 2014" 2014, "this year" 2013; "in
    # October" 2013-10; "five years ago" 2008 (the unit's granularity); "this morning"
    # 2013-11-13TMO; "today". Not annotated: "The 74-year-old", "75", "46" (ages), "the day
    # of the abdication" (event-named), "the second abdication" (an ordinal), "9.4 million
    # euros", "71 percent", "78 percent", "up to 2,000 people", "all three national channels",
    # "vrn.vl/en/1311-address" (a URL holding "1311", the day and month).
    "veldenmark-grand-duke-abdication": (
        "2013-11-13",
        [
            ("February", "DATE", "2014-02"),
            ("Wed 13/11/2013", "DATE", "2013-11-13"),
            ("10:21", "TIME", "2013-11-13T10:21"),
            ("last night", "TIME", "2013-11-12TNI"),
            ("Sunday 2 February 2014", "DATE", "2014-02-02"),
            ("almost 33 years", "DURATION", "P33Y"),
            ("about seven minutes", "DURATION", "PT7M"),
            ("8pm", "TIME", "2013-11-12T20:00"),
            ("noon", "TIME", "2014-02-02T12:00"),
            ("3pm", "TIME", "2014-02-02T15:00"),
            ("Monday 3 February", "DATE", "2014-02-03"),
            ("Monday morning", "TIME", "2013-11-11TMO"),
            ("Armistice Day", "DATE", "2013-11-11"),
            ("Thursday", "DATE", "2013-11-14"),
            ("1868", "DATE", "1868"),
            ("60 days", "DURATION", "P60D"),
            ("next month", "DATE", "2013-12"),
            ("March 1981", "DATE", "1981-03"),
            ("2008", "DATE", "2008"),
            ("1947", "DATE", "1947"),
            ("28 years", "DURATION", "P28Y"),
            ("2010", "DATE", "2010"),
            ("the spring", "DATE", "2014-SP"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("six weeks", "DURATION", "P6W"),
            ("6 January", "DATE", "2014-01-06"),
            ("2014", "DATE", "2014"),
            ("this year", "DATE", "2013"),
            ("October", "DATE", "2013-10"),
            ("five years ago", "DATE", "2008"),
            ("this morning", "TIME", "2013-11-13TMO"),
            ("today", "DATE", "2013-11-13"),
        ],
    ),
    # Tuesday 2014-05-13 (ISO week 20), Canadian paper's website on a royal tour, headline,
    # stamp "Published on: May 13, 2014 | Last Updated: May 13, 2014 6:04 PM EDT" (two DATEs and
    # a TIME, gold_blind103), byline, "OTTAWA —" dateline. The tour "runs nine days, from May 18
    # to May 26": "nine days" P9D, "May 18" 2014-05-18, "May 26" 2014-05-26; the headline's
    # "nine-day" P9D and "Sunday" 2014-05-18. Victoria Day 2014 is Monday 19 May (the Monday
    # before 25 May): "on Monday, Victoria Day" two DATEs; "the middle of the Victoria Day long
    # weekend" one DATE span, the ISO weekend of its Saturday 17 May, 2014-W20-WE (like "the
    # middle of next week", gold_blind103); "from Saturday night" 2014-05-17TNI. Future
    # weekdays: "4:30 p.m. Sunday", "On Tuesday" 2014-05-20, "Wednesday and Thursday" 2014-05-21
    # and 2014-05-22, "the weekend" 2014-W21-WE (24-25 May); "the evening of May 26" one TIME
    # span 2014-05-26TEV (like "the morning of Oct. 23", gold_blind12). "took the throne in
    # February" past, 2014-02; "abdicated on Feb. 2" 2014-02-02. Canada's federal fiscal year
    # runs April-March and is named by the year it ends: "the fiscal year that began April 1"
    # -> "the fiscal year" FY2015 plus "April 1" 2014-04-01. "the spring of 1945" one span;
    # "in 27 years" P27Y (the period of a "first in", gold_blind35); "for 12 days in 1987";
    # "twice a day" SET P1D; "a story from 1945" DATE; "every spring since 1946" SET XXXX-SP and
    # 1946; "For the next nine days" P9D; "the end of the month" 2014-05; "within three years"
    # -> "three years" P3Y. Not annotated: "call sign VLD 1945" (a code beside the annotated
    # "1945"), "veldentour2014.ca", "11 of them", "88" (an age), "6,000 people", "four
    # provinces", "$1.2 million", "the liberation of Veldenmark" (an event; its season given).
    "veldenmark-royals-canada-tour": (
        "2014-05-13",
        [
            ("nine-day", "DURATION", "P9D"),
            ("Sunday", "DATE", "2014-05-18"),
            ("May 13, 2014", "DATE", "2014-05-13"),
            ("May 13, 2014", "DATE", "2014-05-13"),
            ("6:04 PM EDT", "TIME", "2014-05-13T18:04"),
            ("Sunday", "DATE", "2014-05-18"),
            ("nine days", "DURATION", "P9D"),
            ("May 18", "DATE", "2014-05-18"),
            ("May 26", "DATE", "2014-05-26"),
            ("February", "DATE", "2014-02"),
            ("4:30 p.m.", "TIME", "2014-05-18T16:30"),
            ("Sunday", "DATE", "2014-05-18"),
            ("Monday", "DATE", "2014-05-19"),
            ("Victoria Day", "DATE", "2014-05-19"),
            ("the middle of the Victoria Day long weekend", "DATE", "2014-W20-WE"),
            ("Saturday night", "TIME", "2014-05-17TNI"),
            ("this afternoon", "TIME", "2014-05-13TAF"),
            ("Tuesday", "DATE", "2014-05-20"),
            ("the spring of 1945", "DATE", "1945-SP"),
            ("Wednesday", "DATE", "2014-05-21"),
            ("Thursday", "DATE", "2014-05-22"),
            ("1943", "DATE", "1943"),
            ("the weekend", "DATE", "2014-W21-WE"),
            ("the evening of May 26", "TIME", "2014-05-26TEV"),
            ("27 years", "DURATION", "P27Y"),
            ("Feb. 2", "DATE", "2014-02-02"),
            ("12 days", "DURATION", "P12D"),
            ("1987", "DATE", "1987"),
            ("last week", "DATE", "2014-W19"),
            ("the fiscal year", "DATE", "FY2015"),
            ("April 1", "DATE", "2014-04-01"),
            ("twice a day", "SET", "P1D"),
            ("1945", "DATE", "1945"),
            ("every spring", "SET", "XXXX-SP"),
            ("1946", "DATE", "1946"),
            ("the next nine days", "DURATION", "P9D"),
            ("tomorrow", "DATE", "2014-05-14"),
            ("the end of the month", "DATE", "2014-05"),
            ("three years", "DURATION", "P3Y"),
        ],
    ),
    # Sunday 2015-01-18 (ISO week 3), US regional paper's Sunday story on a mayor's
    # inauguration, headline ("at noon Tuesday"), byline, date line "Sunday, January 18, 2015",
    # "EAST HADLEY —" dateline. The oath "at noon on Jan. 20" (Tuesday) 2015-01-20T12:00 and
    # 2015-01-20; "the afternoon" of that day 2015-01-20TAF; "Tuesday's ceremony" -> "Tuesday";
    # the parade "at 2 p.m.", the ball "at 7 p.m. Tuesday" on 20 January. "Monday is Martin
    # Luther King Jr. Day" two DATEs 2015-01-19 (the third Monday of January; like "Monday is
    # Family Day", gold_blind103), the breakfast "at 7:30 a.m." on that day. Past: "officials
    # said Friday" 2015-01-16, "In an interview Thursday" 2015-01-15, "the Nov. 4 election"
    # 2014-11-04, "Jan. 5" 2015-01-05, "last week" 2015-W02; future "Wednesday night"
    # 2015-01-21TNI. "its 164-year history" DURATION P164Y (an adjectival duration, like the
    # "11-year history" of gold_blind7; the city was founded 1851, not in the text);
    # "three four-year terms" P4Y; "sold out in two days" P2D; "the spring" ahead 2015-SP; the
    # city's fiscal year runs July-June, "the fiscal year that begins July 1" FY2016 plus
    # 2015-07-01 (gold_blind13, gold_blind39); "her first 100 days" P100D (gold_blind14's "its
    # first 100 days"); "the end of the year" 2015; "every Saturday morning" SET XXXX-WXX-6TMO;
    # "monthly" SET P1M; "For 12 years" P12Y; "Now" PRESENT_REF; "today" the Sunday itself.
    # Not annotated: "below 20 degrees" (a temperature beside "Jan. 20"), "Firefighters Local
    # 1776" (a union local), "Channel 19", "easthadley.gov/inauguration2015", "1,917 votes",
    # "two-term" (a count of terms), "52", "68" (ages), "12 marching bands", "400 tickets",
    # "$25", "$38,000", "$52,000", "$4.3 million", "about 3,000 people", "in office".
    "east-hadley-mayor-inauguration": (
        "2015-01-18",
        [
            ("noon", "TIME", "2015-01-20T12:00"),
            ("Tuesday", "DATE", "2015-01-20"),
            ("Sunday, January 18, 2015", "DATE", "2015-01-18"),
            ("noon", "TIME", "2015-01-20T12:00"),
            ("Jan. 20", "DATE", "2015-01-20"),
            ("164-year", "DURATION", "P164Y"),
            ("the afternoon", "TIME", "2015-01-20TAF"),
            ("Nov. 4", "DATE", "2014-11-04"),
            ("Tuesday", "DATE", "2015-01-20"),
            ("Friday", "DATE", "2015-01-16"),
            ("2 p.m.", "TIME", "2015-01-20T14:00"),
            ("about 90 minutes", "DURATION", "PT90M"),
            ("today", "DATE", "2015-01-18"),
            ("Monday", "DATE", "2015-01-19"),
            ("Martin Luther King Jr. Day", "DATE", "2015-01-19"),
            ("7:30 a.m.", "TIME", "2015-01-19T07:30"),
            ("four-year", "DURATION", "P4Y"),
            ("2002", "DATE", "2002"),
            ("7 p.m.", "TIME", "2015-01-20T19:00"),
            ("Tuesday", "DATE", "2015-01-20"),
            ("Jan. 5", "DATE", "2015-01-05"),
            ("two days", "DURATION", "P2D"),
            ("Wednesday night", "TIME", "2015-01-21TNI"),
            ("2011", "DATE", "2011"),
            ("last week", "DATE", "2015-W02"),
            ("January 2011", "DATE", "2011-01"),
            ("the spring", "DATE", "2015-SP"),
            ("the fiscal year", "DATE", "FY2016"),
            ("July 1", "DATE", "2015-07-01"),
            ("Thursday", "DATE", "2015-01-15"),
            ("her first 100 days", "DURATION", "P100D"),
            ("the end of the year", "DATE", "2015"),
            ("every Saturday morning", "SET", "XXXX-WXX-6TMO"),
            ("monthly", "SET", "P1M"),
            ("12 years", "DURATION", "P12Y"),
            ("Now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Thursday 2015-04-23 (ISO week 17), Australian regional paper's website before the Anzac
    # Day centenary, headline, stamp "Updated April 23 2015 - 6:15PM, first published 5:30AM"
    # (a DATE and two TIMEs of the publication day, gold_blind68), byline, no dateline. Anzac
    # Day 2015 is Saturday 25 April: "on Saturday" (four times) 2015-04-25, "Anzac Day" the
    # holiday on its day; the clock times "5.30am", "10.30am", "noon", "4am", "2pm", "4.15am",
    # "1pm" and "8pm" belong to that day; "at dawn on Saturday" -> "dawn" TIME 2015-04-25TMO
    # and "Saturday" (gold_blind26, gold_blind77, gold_blind99). "the dawn service" (headline and
    # body) names the event, an adjectival part of day like the "sunrise swim" of gold_blind76,
    # and is not annotated. "marking 100 years since the Gallipoli landing" -> "100 years"
    # P100Y (gold_blind71's "175 years since"); "18 months ago" 2013-10 (month granularity,
    # gold_blind2); "Last year" 2014; "the next 100 years" P100Y; "every 15 minutes" SET PT15M;
    # "every year since 1916" SET P1Y and 1916, "a year after" -> "a year" P1Y, "25 April 1915";
    # "between 1914 and 1918" two DATEs. "Tomorrow at 11am" Friday 2015-04-24 and its clock
    # time; "before 5pm on Friday" the same day; "from tonight until Sunday" 2015-04-23TNI and
    # 2015-04-26. "this financial year" FY2015 (the July-June Australian year 2014-15, named by
    # the year it ends, gold_blind21); "over the summer" -> "the summer" 2015-SU (the southern
    # summer just past, December 2014-February 2015, taking the year of its January,
    # gold_blind9); "recent years" PAST_REF; "every year" SET P1Y; "now" PRESENT_REF. Not
    # annotated: "Anzac centenary" (an anniversary, gold_blind92), "the day" (anaphoric),
    # "the sub-branch's 1915 Room" (a name), "(02) 5550 1918" (a phone number ending in a
    # year-like number), "6 degrees", "15,000", "6000", "38 local men", "212 men", "41" (twice),
    # "67" (an age), "$46,000", "$19,000", "wallabycreekrsl.org.au".
    "wallaby-creek-anzac-centenary-dawn-service": (
        "2015-04-23",
        [
            ("April 23 2015", "DATE", "2015-04-23"),
            ("6:15PM", "TIME", "2015-04-23T18:15"),
            ("5:30AM", "TIME", "2015-04-23T05:30"),
            ("Saturday", "DATE", "2015-04-25"),
            ("100 years", "DURATION", "P100Y"),
            ("Anzac Day", "DATE", "2015-04-25"),
            ("5.30am", "TIME", "2015-04-25T05:30"),
            ("10.30am", "TIME", "2015-04-25T10:30"),
            ("noon", "TIME", "2015-04-25T12:00"),
            ("18 months ago", "DATE", "2013-10"),
            ("Last year", "DATE", "2014"),
            ("the next 100 years", "DURATION", "P100Y"),
            ("4am", "TIME", "2015-04-25T04:00"),
            ("2pm", "TIME", "2015-04-25T14:00"),
            ("Saturday", "DATE", "2015-04-25"),
            ("every 15 minutes", "SET", "PT15M"),
            ("4.15am", "TIME", "2015-04-25T04:15"),
            ("dawn", "TIME", "2015-04-25TMO"),
            ("Saturday", "DATE", "2015-04-25"),
            ("every year", "SET", "P1Y"),
            ("1916", "DATE", "1916"),
            ("a year", "DURATION", "P1Y"),
            ("25 April 1915", "DATE", "1915-04-25"),
            ("1914", "DATE", "1914"),
            ("1918", "DATE", "1918"),
            ("Tomorrow", "DATE", "2015-04-24"),
            ("11am", "TIME", "2015-04-24T11:00"),
            ("1921", "DATE", "1921"),
            ("tonight", "TIME", "2015-04-23TNI"),
            ("Sunday", "DATE", "2015-04-26"),
            ("this financial year", "DATE", "FY2015"),
            ("the summer", "DATE", "2015-SU"),
            ("recent years", "DATE", "PAST_REF"),
            ("every year", "SET", "P1Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("1pm", "TIME", "2015-04-25T13:00"),
            ("8pm", "TIME", "2015-04-25T20:00"),
            ("5pm", "TIME", "2015-04-24T17:00"),
            ("Friday", "DATE", "2015-04-24"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
