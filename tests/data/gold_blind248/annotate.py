"""Annotations of the two-hundred-and-forty-eighth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind248/annotate.py [--show]

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
    # Sunday 2013-03-17 (ISO week 11), US Sunday paper's travel section, first-person cruise
    # diary, headline, deck, byline "Special to the Sun-Ledger", date line "Sunday, March 17,
    # 2013", no dateline. The sailing ran from Saturday 2013-02-16 to Saturday 2013-02-23 (both
    # checked with datetime): "last month" 2013-02. The deck's "6 a.m. knock on the door" is the
    # disembarkation morning, 2013-02-23T06:00; "a week at sea" DURATION P1W. "every year since
    # 1998" SET P1Y and DATE; "every Saturday since November ... until late April" SET
    # XXXX-WXX-6, "November" 2012-11, "late April" 2013-04; "the summer" ahead 2013-SU. Clock
    # times on the day of their sentence: embarkation Saturday 2013-02-16 ("1 p.m.", "2 p.m.",
    # "3:45", "4:30"); Isla Verdel on Feb. 18 ("8 A.M.", "5 P.M.", "4:30 P.M.", the newsletter's
    # capitals); "The next day" 2013-02-19 (a narrative anchor) with "7 a.m." and "3 p.m.";
    # Carrow Cay on Feb. 20 ("noon" T12:00, "6 p.m."). "90-minute" DURATION PT90M. "Day 2" and
    # "Day 5" are day numbers of the cruise, ordinal days of an event, DURATION P1D like "the
    # second day" of a trip (gold_blind26), not DATEs (see README); "the afternoon" of Day 2 is
    # anchored to that day, Sunday 2013-02-17TAF, like gold_blind26's "the afternoon" of the
    # second day. "two days at sea" P2D. The buffet "open from 6 a.m. to 11 p.m." gives the hours
    # of a recurring service, XXXX-XX-XXT06:00 and XXXX-XX-XXT23:00 (no SET word in the
    # sentence). "by midnight the night before" the disembarkation told in the same sentence:
    # "midnight" ends Friday 2013-02-22, T24:00 (gold_blind26, gold_blind103), "the night
    # before" 2013-02-22TNI. "this winter" 2013-WI (the winter of 2012-13, taking the year of
    # its January, gold_blind10); "next winter" 2014-WI; "April 2" ahead 2013-04-02; "February
    # 2014". Not annotated: "Seven nights" and "seven-night" (twice; counts of nights, no
    # duration shape, gold_blind76), "embarkation-day", "Embarkation day", "Disembarkation", "a
    # sea day" (days named by an event or kind, like "polling day", gold_blind25), "the worst
    # day of any cruise", "Sun-Ledger" (a paper, in a Sunday story), "2,400-passenger", "40
    # ways", "$649", "$1,129", "cabin 9214", "Deck 9", "$84", "4 percent", "ALL ABOARD".
    "coral-vista-first-cruise-diary": (
        "2013-03-17",
        [
            ("a week", "DURATION", "P1W"),
            ("6 a.m.", "TIME", "2013-02-23T06:00"),
            ("Sunday, March 17, 2013", "DATE", "2013-03-17"),
            ("last month", "DATE", "2013-02"),
            ("every year", "SET", "P1Y"),
            ("1998", "DATE", "1998"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("November", "DATE", "2012-11"),
            ("late April", "DATE", "2013-04"),
            ("the summer", "DATE", "2013-SU"),
            ("Saturday, Feb. 16", "DATE", "2013-02-16"),
            ("1 p.m.", "TIME", "2013-02-16T13:00"),
            ("90-minute", "DURATION", "PT90M"),
            ("2 p.m.", "TIME", "2013-02-16T14:00"),
            ("3:45", "TIME", "2013-02-16T15:45"),
            ("4:30", "TIME", "2013-02-16T16:30"),
            ("Day 2", "DURATION", "P1D"),
            ("the afternoon", "TIME", "2013-02-17TAF"),
            ("Feb. 18", "DATE", "2013-02-18"),
            ("8 A.M.", "TIME", "2013-02-18T08:00"),
            ("5 P.M.", "TIME", "2013-02-18T17:00"),
            ("4:30 P.M.", "TIME", "2013-02-18T16:30"),
            ("nine hours", "DURATION", "PT9H"),
            ("The next day", "DATE", "2013-02-19"),
            ("7 a.m.", "TIME", "2013-02-19T07:00"),
            ("3 p.m.", "TIME", "2013-02-19T15:00"),
            ("Feb. 20", "DATE", "2013-02-20"),
            ("noon", "TIME", "2013-02-20T12:00"),
            ("6 p.m.", "TIME", "2013-02-20T18:00"),
            ("Day 5", "DURATION", "P1D"),
            ("two days", "DURATION", "P2D"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("11 p.m.", "TIME", "XXXX-XX-XXT23:00"),
            ("midnight", "TIME", "2013-02-22T24:00"),
            ("the night before", "TIME", "2013-02-22TNI"),
            ("6 a.m.", "TIME", "2013-02-23T06:00"),
            ("Saturday, Feb. 23", "DATE", "2013-02-23"),
            ("8:15", "TIME", "2013-02-23T08:15"),
            ("this winter", "DATE", "2013-WI"),
            ("next winter", "DATE", "2014-WI"),
            ("April 2", "DATE", "2013-04-02"),
            ("February 2014", "DATE", "2014-02"),
        ],
    ),
    # Wednesday 2014-01-22 (ISO week 4), British daily's travel-news story, headline, standfirst,
    # byline, date line "Wednesday 22 January 2014", itinerary box. "for 2014 season" -> "2014"
    # (an adjectival year, like "the 2019 season", gold_blind19); "Weekly departures" SET P1W
    # (an adjective naming a recurrence, like "weekly strike benefits", gold_blind35), "every
    # Saturday" SET XXXX-WXX-6 (standfirst and body), "from May to October" 2014-05 and 2014-10
    # (this year's season, ahead), "from 3 May to 25 October" 2014-05-03 and 2014-10-25 (both
    # Saturdays, checked with datetime). "every week" SET P1W; "fortnightly" SET P2W (like
    # "every fortnight", gold_blind17); "this year" 2014; "yesterday" 2014-01-21; "over the
    # winter" -> "the winter" 2014-WI, the winter under way in January (the year of its
    # January, gold_blind10). "Last year" 2013 with its "June" 2013-06 and "September" 2013-09;
    # "each of the past five years" -> "the past five years" P5Y; "last summer" 2013-SU;
    # "three-hour" PT3H; "before 28 February" 2014-02-28; "The 2015 programme" -> "2015"; "in
    # the autumn" 2014-FA. The box is the itinerary of every departure: "Day 1", "Day 2", "Day
    # 4", "Day 8" DURATION P1D (day numbers of the cruise, see README), their clock times the
    # hours of a recurring service, XXXX-XX-XXThh:mm ("Disembark by 9.30am" -> "9.30am"). Not
    # annotated: "seven-night" (twice) and "10-night" (counts of nights), "the season's first
    # sailing", "evening concert" (an adjectival part of day naming a kind), "96-passenger", "80
    # per cent", "400 people", "61" (an age), "£1,195" (twice), "£1,595", "cabins 201 to 208",
    # "10 per cent", "meridianriver.co.uk/selde2014" (a year inside a web address), "0800 555
    # 0418".
    "meridian-selde-weekly-sailings": (
        "2014-01-22",
        [
            ("2014", "DATE", "2014"),
            ("Weekly", "SET", "P1W"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("May", "DATE", "2014-05"),
            ("October", "DATE", "2014-10"),
            ("Wednesday 22 January 2014", "DATE", "2014-01-22"),
            ("every week", "SET", "P1W"),
            ("this year", "DATE", "2014"),
            ("fortnightly", "SET", "P2W"),
            ("2012", "DATE", "2012"),
            ("yesterday", "DATE", "2014-01-21"),
            ("the winter", "DATE", "2014-WI"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("3 May", "DATE", "2014-05-03"),
            ("25 October", "DATE", "2014-10-25"),
            ("Last year", "DATE", "2013"),
            ("June", "DATE", "2013-06"),
            ("September", "DATE", "2013-09"),
            ("the past five years", "DURATION", "P5Y"),
            ("last summer", "DATE", "2013-SU"),
            ("three-hour", "DURATION", "PT3H"),
            ("28 February", "DATE", "2014-02-28"),
            ("2015", "DATE", "2015"),
            ("the autumn", "DATE", "2014-FA"),
            ("Day 1", "DURATION", "P1D"),
            ("3pm", "TIME", "XXXX-XX-XXT15:00"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("Day 2", "DURATION", "P1D"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("1pm", "TIME", "XXXX-XX-XXT13:00"),
            ("Day 4", "DURATION", "P1D"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("Day 8", "DURATION", "P1D"),
            ("9.30am", "TIME", "XXXX-XX-XXT09:30"),
        ],
    ),
    # Saturday 2015-05-09 (ISO week 19), US local paper's website, headline, stamp "Posted:
    # Saturday, May 9, 2015 6:15 am" (DATE with its weekday and TIME), byline, "KASNA HARBOR —"
    # dateline. "record summer" (headline) -> "summer" 2015-SU, the head noun of a modified
    # season (like "a wetter than average autumn", gold_blind103). The first ship came "at 6:58
    # a.m. Friday" 2015-05-08T06:58 and the DATE, "two minutes ahead of schedule" -> "two
    # minutes" PT2M (like "two hours early", gold_blind13); "the 2015 cruise season" -> "2015";
    # "8 a.m." and "5 p.m." that Friday. "every Friday through Sept. 18" SET XXXX-WXX-5 and
    # 2015-09-18 (a Friday). "Day 4 of the itinerary" DURATION P1D (see README) and its "arrive
    # 7 a.m., depart 5 p.m." the hours of a weekly call, XXXX-XX-XXT07:00 and T17:00; "about 10
    # hours" PT10H. "Friday's call" -> "Friday" 2015-05-08; "between now and Sept. 29" -> "now"
    # PRESENT_REF and 2015-09-29; "last year's record" -> "last year" 2014. "Thursdays" and
    # "Saturdays" SETs; "Today" 2015-05-09 with "10 a.m.", "7 p.m.", "noon", "9 p.m."; "Tomorrow"
    # and "Mother's Day" 2015-05-10 (the second Sunday of May, gold_blind81). "Ten years ago"
    # 2005 (the unit's granularity); "barely three months" P3M; "This year" 2015 with "early
    # May" 2015-05 and "the end of September" 2015-09; "late April 2016" 2016-04. "last year"
    # 2014 (the fee, calendar wording, gold_blind35); "decide Tuesday" ahead 2015-05-12; "the
    # fiscal year that begins July 1" FY2016 plus 2015-07-01 (a city year named by the year it
    # ends, gold_blind13). Shops "open at 7 a.m. on ship days" XXXX-XX-XXT07:00 ("ship days"
    # not annotated); "22 years" P22Y; "this summer" 2015-SU; "about 20 weeks" P20W; "last
    # summer" 2014-SU; "in March" 2015-03; "2009". Not annotated: "the season" and "the
    # season's final visit", "seven-night", "the worst year of the recession" (an event-named
    # year, its year "2009" annotated), "2,100 passengers", "214", "198 calls", "410,000", "up
    # to four ships", "$7", "$2.9 million", "$9", "Pier 2", "six extra workers", "$41 million",
    # "907-555-2015" (a phone number ending in the year), "131", "Glacier Sound".
    "kasna-harbor-first-ship-of-season": (
        "2015-05-09",
        [
            ("summer", "DATE", "2015-SU"),
            ("Saturday, May 9, 2015", "DATE", "2015-05-09"),
            ("6:15 am", "TIME", "2015-05-09T06:15"),
            ("6:58 a.m.", "TIME", "2015-05-08T06:58"),
            ("Friday", "DATE", "2015-05-08"),
            ("two minutes", "DURATION", "PT2M"),
            ("2015", "DATE", "2015"),
            ("8 a.m.", "TIME", "2015-05-08T08:00"),
            ("1987", "DATE", "1987"),
            ("5 p.m.", "TIME", "2015-05-08T17:00"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("Sept. 18", "DATE", "2015-09-18"),
            ("Day 4", "DURATION", "P1D"),
            ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("about 10 hours", "DURATION", "PT10H"),
            ("Friday", "DATE", "2015-05-08"),
            ("now", "DATE", "PRESENT_REF"),
            ("Sept. 29", "DATE", "2015-09-29"),
            ("last year", "DATE", "2014"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("Today", "DATE", "2015-05-09"),
            ("10 a.m.", "TIME", "2015-05-09T10:00"),
            ("7 p.m.", "TIME", "2015-05-09T19:00"),
            ("noon", "TIME", "2015-05-09T12:00"),
            ("9 p.m.", "TIME", "2015-05-09T21:00"),
            ("Tomorrow", "DATE", "2015-05-10"),
            ("Mother's Day", "DATE", "2015-05-10"),
            ("Ten years ago", "DATE", "2005"),
            ("barely three months", "DURATION", "P3M"),
            ("This year", "DATE", "2015"),
            ("early May", "DATE", "2015-05"),
            ("the end of September", "DATE", "2015-09"),
            ("late April 2016", "DATE", "2016-04"),
            ("last year", "DATE", "2014"),
            ("Tuesday", "DATE", "2015-05-12"),
            ("the fiscal year", "DATE", "FY2016"),
            ("July 1", "DATE", "2015-07-01"),
            ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
            ("22 years", "DURATION", "P22Y"),
            ("this summer", "DATE", "2015-SU"),
            ("about 20 weeks", "DURATION", "P20W"),
            ("last summer", "DATE", "2014-SU"),
            ("March", "DATE", "2015-03"),
            ("2009", "DATE", "2009"),
        ],
    ),
    # Thursday 2012-08-16 (ISO week 33), Australian regional paper's website, headline, stamp
    # "16 Aug, 2012 04:35 PM" (DATE and TIME, gold_blind103), byline, voyage box. "next April"
    # (headline and lead) 2013-04; "the 2013 dry season" -> "2013" ("the dry" and "dry season"
    # have no calendar unit, like "this season", gold_blind103); "yesterday" 2012-08-15; "18
    # voyages of 10 days each" -> "10 days" P10D; "between April and early October" 2013-04 and
    # 2013-10; "about six hours" PT6H; "since 2009"; "a decade" P10Y. "Next year's guests" ->
    # "Next year" 2013; "escaping the winter" the southern winter of 2013, 2013-WI, valued in the
    # year it falls in (gold_blind103). "9am today" 2012-08-16T09:00 and the DATE; "Saturday 6
    # April" 2013-04-06 (a Saturday); "by 2pm" 2012-08-16T14:00. "the 2011-12 financial year"
    # FY2012 and "the 2013-14 financial year" FY2014, one span each, the Australian July-June
    # year (gold_blind95, gold_blind98); "the end of the year" 2012; "in 2014"; "the 1990s" 199;
    # "1997". Box: "10 days" P10D; "Day 1", "Day 2", "Day 4", "Day 6", "Day 10" DURATION P1D (day
    # numbers of every voyage, see README); "4pm", "7am", "8am" the hours of a recurring
    # voyage, XXXX-XX-XXThh:mm. Not annotated: "nine nights" (a count of nights), "the dry",
    # "At sea", "1,300 passengers", "18 voyages", "72 passengers", "36 cabins", "40 per cent",
    # "$8,450", "twin share", "cabins 401 and 402", "$14,900", "$31 million", "14 per cent", "$9
    # million", "$650", "Zodiac", "the first voyage" (its date "Saturday 6 April" annotated).
    "port-yallin-expedition-ship-home-port": (
        "2012-08-16",
        [
            ("next April", "DATE", "2013-04"),
            ("16 Aug, 2012", "DATE", "2012-08-16"),
            ("04:35 PM", "TIME", "2012-08-16T16:35"),
            ("next April", "DATE", "2013-04"),
            ("2013", "DATE", "2013"),
            ("yesterday", "DATE", "2012-08-15"),
            ("10 days", "DURATION", "P10D"),
            ("April", "DATE", "2013-04"),
            ("early October", "DATE", "2013-10"),
            ("about six hours", "DURATION", "PT6H"),
            ("2009", "DATE", "2009"),
            ("a decade", "DURATION", "P10Y"),
            ("Next year", "DATE", "2013"),
            ("the winter", "DATE", "2013-WI"),
            ("9am", "TIME", "2012-08-16T09:00"),
            ("today", "DATE", "2012-08-16"),
            ("Saturday 6 April", "DATE", "2013-04-06"),
            ("2pm", "TIME", "2012-08-16T14:00"),
            ("the 2011-12 financial year", "DATE", "FY2012"),
            ("the 2013-14 financial year", "DATE", "FY2014"),
            ("the end of the year", "DATE", "2012"),
            ("2014", "DATE", "2014"),
            ("the 1990s", "DATE", "199"),
            ("1997", "DATE", "1997"),
            ("10 days", "DURATION", "P10D"),
            ("Day 1", "DURATION", "P1D"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("Day 2", "DURATION", "P1D"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("Day 4", "DURATION", "P1D"),
            ("Day 6", "DURATION", "P1D"),
            ("Day 10", "DURATION", "P1D"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
        ],
    ),
    # Monday 2012-10-15 (ISO week 42), Canadian paper's website, headline, stamp "Published on:
    # October 15, 2012 | Last Updated: October 15, 2012 6:04 AM EDT" (two DATEs and a TIME),
    # byline, "PORT HESKETH —" dateline. "by seven hours" (headline) and "more than seven hours
    # late" PT7H, the size of a delay (gold_blind28, gold_blind35). The ship docked "at 2:40
    # p.m. Sunday" 2012-10-14T14:40 and the DATE; "through Saturday night" 2012-10-13TNI (and
    # the quote's "Saturday night"); "Saturday's call" -> "Saturday" 2012-10-13; the warning
    # "on Friday" 2012-10-12. The call's planned and actual times are Sunday's: "7 a.m." (twice,
    # the second in "a 7 a.m. arrival"), "6 p.m.", "until 11 p.m.", "at 11:30 p.m.", "until 10
    # p.m."; "We lost the morning" 2012-10-14TMO. "a 14-day voyage" P14D that "began ... on Oct.
    # 5" 2012-10-05; "Day 10 of its itinerary" DURATION P1D (see README; it is also Sunday,
    # counted from Oct. 5, but the day number is not a date); "30 hours" PT30H; "next fall"
    # 2013-FA; "by the end of the month" 2012-10; "last year" 2011; "the Thanksgiving weekend"
    # the Canadian holiday weekend of Saturday 6 to Monday 8 October 2012, the ISO week of its
    # Saturday, 2012-W40-WE (gold_blind103). "since 1994"; "due Wednesday at 8 a.m." ahead,
    # 2012-10-17 and 2012-10-17T08:00; "Oct. 29" 2012-10-29; "Next year" 2013, "April 27"
    # 2013-04-27; "in 2014". Not annotated: "in the dark" (darkness, not a part of day), "the
    # season" (twice), "the most ever", "2,600 passengers", "110 km/h", "68" (an age), "131st",
    # "142 calls", "248,000", "205,000", "11 ships", "150 calls", "$22-million", "Day 10" beyond
    # its P1D (no date).
    "northern-aria-storm-delayed-call": (
        "2012-10-15",
        [
            ("seven hours", "DURATION", "PT7H"),
            ("October 15, 2012", "DATE", "2012-10-15"),
            ("October 15, 2012", "DATE", "2012-10-15"),
            ("6:04 AM EDT", "TIME", "2012-10-15T06:04"),
            ("2:40 p.m.", "TIME", "2012-10-14T14:40"),
            ("Sunday", "DATE", "2012-10-14"),
            ("more than seven hours", "DURATION", "PT7H"),
            ("Saturday night", "TIME", "2012-10-13TNI"),
            ("14-day", "DURATION", "P14D"),
            ("Oct. 5", "DATE", "2012-10-05"),
            ("7 a.m.", "TIME", "2012-10-14T07:00"),
            ("6 p.m.", "TIME", "2012-10-14T18:00"),
            ("11 p.m.", "TIME", "2012-10-14T23:00"),
            ("11:30 p.m.", "TIME", "2012-10-14T23:30"),
            ("Friday", "DATE", "2012-10-12"),
            ("Saturday", "DATE", "2012-10-13"),
            ("Saturday night", "TIME", "2012-10-13TNI"),
            ("30 hours", "DURATION", "PT30H"),
            ("next fall", "DATE", "2013-FA"),
            ("Day 10", "DURATION", "P1D"),
            ("the end of the month", "DATE", "2012-10"),
            ("last year", "DATE", "2011"),
            ("the Thanksgiving weekend", "DATE", "2012-W40-WE"),
            ("7 a.m.", "TIME", "2012-10-14T07:00"),
            ("10 p.m.", "TIME", "2012-10-14T22:00"),
            ("the morning", "TIME", "2012-10-14TMO"),
            ("1994", "DATE", "1994"),
            ("Wednesday", "DATE", "2012-10-17"),
            ("8 a.m.", "TIME", "2012-10-17T08:00"),
            ("Oct. 29", "DATE", "2012-10-29"),
            ("Next year", "DATE", "2013"),
            ("April 27", "DATE", "2013-04-27"),
            ("2014", "DATE", "2014"),
        ],
    ),
    # Tuesday 2015-09-29 (ISO week 40), British daily's business website, headline, standfirst,
    # byline, date line "Tuesday 29 September 2015 07.58 BST" (DATE and TIME, gold_blind98).
    # Halcyon's financial year ends on 30 June and is named by the year it ends: "the financial
    # year ending 30 June" FY2015 plus 2015-06-30, "the fourth quarter, from April to June"
    # FY2015-Q4 plus 2015-04 and 2015-06, "the previous financial year" FY2014, "the current
    # financial year" FY2016, "the first quarter, which ends tomorrow" FY2016-Q1 plus
    # 2015-09-30 (July-September; gold_blind85, gold_blind98). "reported ... on Tuesday" the
    # publication day. "its 21-year history" -> "21-year" DURATION P21Y. "summer 2016"
    # (standfirst and body) 2016-SU; "a year ago" 2014 (the unit's granularity, gold_blind103);
    # "next summer" 2016-SU; "Winter 2015-16" one DATE span 2016-WI (like "the winter of
    # 2009-10", gold_blind76). "in March" 2015-03 (past). "every Sunday from May to September
    # 2016" SET XXXX-WXX-7, 2016-05 and 2016-09. "the past decade" P10Y; "now" PRESENT_REF;
    # "14 months out" -> "14 months" P14M (how far ahead, like "at least two weeks ahead",
    # gold_blind26); "until December 2016" 2016-12; "20 November" 2015-11-20, "23 October"
    # 2015-10-23, "26 November" 2015-11-26 with "11am", all ahead; "annual general meeting" ->
    # "annual" SET P1Y (gold_blind85); "floated in 2011"; "in January" ahead 2016-01. Not
    # annotated: "seven-night" (a count of nights), "per passenger night" (a unit of sales),
    # "the over-55s" (an age group), "early trading" (a trading session, gold_blind38), "$78 a
    # barrel", "18%", "11%", "38%", "4%", "9%", "12%", "3%", "5%", "£64.2m", "£812m", "£171",
    # "£899", "£71m", "7.4p", "448p", "412,000", "380,000", "Halcyon Aurora".
    "halcyon-voyages-full-year-results": (
        "2015-09-29",
        [
            ("summer 2016", "DATE", "2016-SU"),
            ("Tuesday 29 September 2015", "DATE", "2015-09-29"),
            ("07.58 BST", "TIME", "2015-09-29T07:58"),
            ("Tuesday", "DATE", "2015-09-29"),
            ("the financial year", "DATE", "FY2015"),
            ("30 June", "DATE", "2015-06-30"),
            ("21-year", "DURATION", "P21Y"),
            ("summer 2016", "DATE", "2016-SU"),
            ("a year ago", "DATE", "2014"),
            ("next summer", "DATE", "2016-SU"),
            ("Winter 2015-16", "DATE", "2016-WI"),
            ("the fourth quarter", "DATE", "FY2015-Q4"),
            ("April", "DATE", "2015-04"),
            ("June", "DATE", "2015-06"),
            ("March", "DATE", "2015-03"),
            ("the previous financial year", "DATE", "FY2014"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("May", "DATE", "2016-05"),
            ("September 2016", "DATE", "2016-09"),
            ("the past decade", "DURATION", "P10Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("14 months", "DURATION", "P14M"),
            ("December 2016", "DATE", "2016-12"),
            ("the current financial year", "DATE", "FY2016"),
            ("the first quarter", "DATE", "FY2016-Q1"),
            ("tomorrow", "DATE", "2015-09-30"),
            ("20 November", "DATE", "2015-11-20"),
            ("23 October", "DATE", "2015-10-23"),
            ("2011", "DATE", "2011"),
            ("annual", "SET", "P1Y"),
            ("11am", "TIME", "2015-11-26T11:00"),
            ("26 November", "DATE", "2015-11-26"),
            ("January", "DATE", "2016-01"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
