"""Annotations of the two-hundred-and-twenty-second blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind222/annotate.py [--show]

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
    # Tuesday 2012-05-08 (ISO week 19), British regional daily's business story, headline,
    # standfirst, byline, date line "Tuesday 8 May 2012". "next month" 2012-06, the route
    # starts "from 2 June" 2012-06-02 (a Saturday); "three times a week" SET P1W (headline and
    # body) with its plural weekdays, SETs on their weekdays; "until the end of September"
    # -> "the end of September" 2012-09 (the month's value, gold_blind44). The timetable's
    # "0655", "1040 local time" and "1125" are the hours of a recurring flight,
    # XXXX-XX-XXThh:mm, the zone in the span (gold_blind89). "yesterday" Monday 2012-05-07;
    # seats "had gone on sale on Friday" 2012-05-04 (past) and "over the weekend" 2012-W18-WE
    # (5-6 May). "the airport's first new summer route in four years" -> "four years" P4Y, the
    # period of a "first in" (gold_blind35); "the past three years" P3Y; "since March"
    # 2012-03; "last year" 2011; "by 2014" 2014; "drive three hours" PT3H; "in less than four
    # hours" PT4H; "a fourth weekly flight" -> "weekly" SET P1W (like "a fourth daily
    # frequency", gold_blind89); "July" and "August" ahead; "through the winter" -> "the
    # winter" 2013-WI, the coming winter taking the year of its January (gold_blind76,
    # gold_blind94); "the end of the month" 2012-05; "at least two hours before departure"
    # PT2H (anchored, the duration alone). Not annotated: "summer route" and "summer
    # destination" (scheduling seasons naming kinds, gold_blind89), "SV 1206", "SV 1207"
    # (flight numbers), "189-seat", "Boeing 737-800", "desks 14 to 17", "Gate 9", "£34.99",
    # "2,400", "11%", "6%", "1.38 million", "1.5 million", "skyvane.com/split", "0871 555
    # 2012" (a phone number holding the year).
    "harrowby-skyvane-split-route": (
        "2012-05-08",
        [
            ("three times a week", "SET", "P1W"),
            ("2 June", "DATE", "2012-06-02"),
            ("four years", "DURATION", "P4Y"),
            ("Tuesday 8 May 2012", "DATE", "2012-05-08"),
            ("next month", "DATE", "2012-06"),
            ("three times a week", "SET", "P1W"),
            ("2 June", "DATE", "2012-06-02"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("Wednesdays", "SET", "XXXX-WXX-3"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("the end of September", "DATE", "2012-09"),
            ("0655", "TIME", "XXXX-XX-XXT06:55"),
            ("1040 local time", "TIME", "XXXX-XX-XXT10:40"),
            ("1125", "TIME", "XXXX-XX-XXT11:25"),
            ("yesterday", "DATE", "2012-05-07"),
            ("Friday", "DATE", "2012-05-04"),
            ("the weekend", "DATE", "2012-W18-WE"),
            ("the past three years", "DURATION", "P3Y"),
            ("March", "DATE", "2012-03"),
            ("2008", "DATE", "2008"),
            ("2010", "DATE", "2010"),
            ("last year", "DATE", "2011"),
            ("2014", "DATE", "2014"),
            ("three hours", "DURATION", "PT3H"),
            ("Now", "DATE", "PRESENT_REF"),
            ("less than four hours", "DURATION", "PT4H"),
            ("weekly", "SET", "P1W"),
            ("July", "DATE", "2012-07"),
            ("August", "DATE", "2012-08"),
            ("the winter", "DATE", "2013-WI"),
            ("the end of the month", "DATE", "2012-05"),
            ("at least two hours", "DURATION", "PT2H"),
        ],
    ),
    # Thursday 2013-09-19 (ISO week 38), US regional paper's business story, headline, deck,
    # byline "Staff Writer", date line "Thursday, September 19, 2013", "MARLOW, Ohio —"
    # dateline. The carrier "said Wednesday" 2013-09-18; commissioners "will vote Tuesday"
    # 2013-09-24. "adds daily Denver flights" and "will fly daily" SET P1D; "from October"
    # (headline) 2013-10, "from Oct. 27" 2013-10-27. "five years ago" 2008 (the unit's
    # granularity), matching "ended in 2008". The flight's "7:15 a.m.", "8:40 a.m. Mountain
    # time" and "5:50 p.m." recur daily, XXXX-XX-XXThh:mm. "through Dec. 12" and "until Sept.
    # 30" the dates alone. "The news comes a week after Northwind said" -> "a week" DURATION
    # P1W, anchored to an event (like "Two weeks after the quake", gold_blind35). "for the
    # winter" (deck and body) 2014-WI, the coming winter of 2013-14, beside its dates "Nov.
    # 4" 2013-11-04, "Feb. 28" 2014-02-28 and "March 1" 2014-03-01 (ahead, across the year);
    # "twice daily" and "once a day" SET P1D. "so far this year" -> "this year" 2013
    # (gold_blind89's "so far in"); "July" 2013-07; "its busiest month since 2007" -> "2007";
    # "last spring" said in September 2013-SP (gold_blind35); "mid-October" 2013-10 ahead;
    # "the past 18 months" P18M; "last month" 2013-08; "the end of the year" 2013; "two
    # years of advertising" P2Y; "within six months" P6M. Not annotated: "Flight 1015" and
    # "1-800-555-1015" (read like 10:15), "76-seat", "Embraer 175", "Gate 4", "$89", "$1.2
    # million", "318,000", "7 percent", "14 routes", "140 aircraft", "the spring break rush"
    # (a school holiday naming a kind, gold_blind44), "Tampa schedule", "The second flight".
    "marlow-northwind-denver-daily": (
        "2013-09-19",
        [
            ("daily", "SET", "P1D"),
            ("October", "DATE", "2013-10"),
            ("the winter", "DATE", "2014-WI"),
            ("Thursday, September 19, 2013", "DATE", "2013-09-19"),
            ("daily", "SET", "P1D"),
            ("Oct. 27", "DATE", "2013-10-27"),
            ("Wednesday", "DATE", "2013-09-18"),
            ("five years ago", "DATE", "2008"),
            ("7:15 a.m.", "TIME", "XXXX-XX-XXT07:15"),
            ("8:40 a.m. Mountain time", "TIME", "XXXX-XX-XXT08:40"),
            ("5:50 p.m.", "TIME", "XXXX-XX-XXT17:50"),
            ("Sept. 30", "DATE", "2013-09-30"),
            ("Dec. 12", "DATE", "2013-12-12"),
            ("2008", "DATE", "2008"),
            ("11 years", "DURATION", "P11Y"),
            ("a week", "DURATION", "P1W"),
            ("twice daily", "SET", "P1D"),
            ("once a day", "SET", "P1D"),
            ("the winter", "DATE", "2014-WI"),
            ("Nov. 4", "DATE", "2013-11-04"),
            ("Feb. 28", "DATE", "2014-02-28"),
            ("March 1", "DATE", "2014-03-01"),
            ("this year", "DATE", "2013"),
            ("July", "DATE", "2013-07"),
            ("2007", "DATE", "2007"),
            ("last spring", "DATE", "2013-SP"),
            ("mid-October", "DATE", "2013-10"),
            ("the past 18 months", "DURATION", "P18M"),
            ("last month", "DATE", "2013-08"),
            ("the end of the year", "DATE", "2013"),
            ("2015", "DATE", "2015"),
            ("Tuesday", "DATE", "2013-09-24"),
            ("two years", "DURATION", "P2Y"),
            ("2011", "DATE", "2011"),
            ("six months", "DURATION", "P6M"),
        ],
    ),
    # Saturday 2014-07-05 (ISO week 27), Irish daily's regional story, headline, standfirst,
    # byline, date line "Saturday 5 July 2014". "tomorrow" (headline and body) Sunday
    # 2014-07-06, the first take-off "at 6.40am tomorrow" 2014-07-06T06:40 with its DATE; the
    # timetable's "6.40am", "10.25am local time", "11.15am" and "1.05pm" recur,
    # XXXX-XX-XXThh:mm (gold_blind89). "Twice-weekly" (standfirst, one hyphenated span) and
    # "twice weekly" SET P1W, "Thursdays" and "Sundays" SETs; "the end of September" 2014-09
    # twice. "flights for the winter" and "keeping it open in the winter" -> "the winter"
    # 2015-WI, the coming winter taking the year of its January (gold_blind94); "next month"
    # and "the end of next month" 2014-08 (the month's value, like "the end of next week" in
    # gold_blind59); "mid-August" 2014-08. The airline "said on Thursday" 2014-07-03 (past).
    # "a wait of almost ten years" P10Y; "lose a whole day" P1D, "an hour from the front
    # door" PT1H; "a weekly service from November to March" SET P1W plus 2014-11 and 2015-03
    # (ahead, across the year). "five consecutive years" P5Y (a cardinal run, gold_blind103);
    # "In January" 2014-01; "until 2016"; "in the autumn" ahead 2014-FA; "at least 90
    # minutes before departure" PT90M. Not annotated: "EB 504", "EB 505" (flight numbers),
    # "EI-FRB", "50-seat", "ATR 42", "82pc", "the first eight flights" (a count of flights),
    # "€69", "€40,000", "186,000", "231,000", "for the first time", "seasonal" (an adjective
    # naming a kind of route), "aerbri.ie", "071 555 2014" (a phone number holding the year).
    "ardcarrig-aerbri-faro-seasonal": (
        "2014-07-05",
        [
            ("tomorrow", "DATE", "2014-07-06"),
            ("Twice-weekly", "SET", "P1W"),
            ("the end of September", "DATE", "2014-09"),
            ("the winter", "DATE", "2015-WI"),
            ("next month", "DATE", "2014-08"),
            ("Saturday 5 July 2014", "DATE", "2014-07-05"),
            ("6.40am", "TIME", "2014-07-06T06:40"),
            ("tomorrow", "DATE", "2014-07-06"),
            ("almost ten years", "DURATION", "P10Y"),
            ("2005", "DATE", "2005"),
            ("twice weekly", "SET", "P1W"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("the end of September", "DATE", "2014-09"),
            ("6.40am", "TIME", "XXXX-XX-XXT06:40"),
            ("10.25am local time", "TIME", "XXXX-XX-XXT10:25"),
            ("11.15am", "TIME", "XXXX-XX-XXT11:15"),
            ("1.05pm", "TIME", "XXXX-XX-XXT13:05"),
            ("Thursday", "DATE", "2014-07-03"),
            ("2006", "DATE", "2006"),
            ("a whole day", "DURATION", "P1D"),
            ("Now", "DATE", "PRESENT_REF"),
            ("an hour", "DURATION", "PT1H"),
            ("mid-August", "DATE", "2014-08"),
            ("the winter", "DATE", "2015-WI"),
            ("the end of next month", "DATE", "2014-08"),
            ("weekly", "SET", "P1W"),
            ("November", "DATE", "2014-11"),
            ("March", "DATE", "2015-03"),
            ("last year", "DATE", "2013"),
            ("2008", "DATE", "2008"),
            ("five consecutive years", "DURATION", "P5Y"),
            ("January", "DATE", "2014-01"),
            ("2016", "DATE", "2016"),
            ("the autumn", "DATE", "2014-FA"),
            ("at least 90 minutes", "DURATION", "PT90M"),
        ],
    ),
    # Monday 2015-03-02 (ISO week 10), aviation news website, headline, standfirst, byline
    # with stamp "02 Mar 2015 14:05 UTC" (DATE and TIME, the zone in the span). The first
    # flight landed "yesterday", Sunday 2015-03-01, "at 10:48 local time" (standfirst and
    # body, 2015-03-01T10:48), left "at 07:55" the same day; "Sunday afternoon" 2015-03-01TAF.
    # "12 minutes early" / "12 minutes ahead of schedule" and "five minutes late" are sizes
    # of a deviation, DURATION (gold_blind35, gold_blind89); "just under three hours in the
    # air" PT3H. "first announced in September" 2014-09 (past); "four times a week" (twice)
    # and "twice a week" SET P1W, plural weekdays SETs; "the end of October" 2015-10 (twice);
    # "go daily" SET P1D; "from June" 2015-06 and "through the spring" 2015-SP ahead; "almost
    # two years" P2Y; "within a week of opening sales" P1W; "in the autumn" past 2014-FA;
    # "load factors for March" 2015-03 (the current month); "last year" 2014; "since 2013";
    # "the second half of the year" 2015-H2 (no fiscal year described); "first-quarter
    # results" -> "first-quarter" 2015-Q1 (an adjectival quarter, gold_blind13); "on 28
    # April" 2015-04-28; "this year" 2015; "opened in 2011"; "the autumn of 2016" one span.
    # The schedule's "07:50" (on Mondays), "08:10" and "11:40" recur, XXXX-XX-XXThh:mm;
    # "40 minutes before departure" PT40M. Not annotated: "VL 2015" (a flight number holding
    # the year, before the stamp), "OY-VLB", "Airbus A320", "the winter timetable" (a
    # timetable name, gold_blind78, gold_blind89), "other days", "gate B17", "80%", "799
    # kroner", "4,100 seats", "2.3 million", "20,000", "six routes", "three more".
    "velora-brantholm-marisund-first-flight": (
        "2015-03-02",
        [
            ("12 minutes", "DURATION", "PT12M"),
            ("10:48 local time", "TIME", "2015-03-01T10:48"),
            ("Sunday", "DATE", "2015-03-01"),
            ("four times a week", "SET", "P1W"),
            ("the end of October", "DATE", "2015-10"),
            ("02 Mar 2015", "DATE", "2015-03-02"),
            ("14:05 UTC", "TIME", "2015-03-02T14:05"),
            ("10:48 local time", "TIME", "2015-03-01T10:48"),
            ("yesterday", "DATE", "2015-03-01"),
            ("12 minutes", "DURATION", "PT12M"),
            ("just under three hours", "DURATION", "PT3H"),
            ("07:55", "TIME", "2015-03-01T07:55"),
            ("five minutes", "DURATION", "PT5M"),
            ("September", "DATE", "2014-09"),
            ("four times a week", "SET", "P1W"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("Wednesdays", "SET", "XXXX-WXX-3"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("the end of October", "DATE", "2015-10"),
            ("twice a week", "SET", "P1W"),
            ("daily", "SET", "P1D"),
            ("June", "DATE", "2015-06"),
            ("the spring", "DATE", "2015-SP"),
            ("almost two years", "DURATION", "P2Y"),
            ("Sunday afternoon", "TIME", "2015-03-01TAF"),
            ("a week", "DURATION", "P1W"),
            ("the autumn", "DATE", "2014-FA"),
            ("March", "DATE", "2015-03"),
            ("last year", "DATE", "2014"),
            ("2013", "DATE", "2013"),
            ("the second half of the year", "DATE", "2015-H2"),
            ("first-quarter", "DATE", "2015-Q1"),
            ("28 April", "DATE", "2015-04-28"),
            ("this year", "DATE", "2015"),
            ("2011", "DATE", "2011"),
            ("the autumn of 2016", "DATE", "2016-FA"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("07:50", "TIME", "XXXX-XX-XXT07:50"),
            ("08:10", "TIME", "XXXX-XX-XXT08:10"),
            ("11:40", "TIME", "XXXX-XX-XXT11:40"),
            ("40 minutes", "DURATION", "PT40M"),
        ],
    ),
    # Friday 2012-10-26 (ISO week 43), Canadian paper's website, headline, stamp "Published
    # on: October 26, 2012 | Last Updated: October 26, 2012 6:02 PM EDT" (two DATEs and a
    # TIME, gold_blind103), byline, "PORT KELLAN —" dateline. "for the winter" (headline and
    # body) 2013-WI, the coming winter; "this winter" the same; "Last winter" 2012-WI (the
    # winter of 2011-12, the year of its January). The airline "said Thursday" 2012-10-25,
    # the airport "reported Monday" 2012-10-22 (past); "next week" 2012-W44. "four daily
    # flights" -> "daily" SET P1D; "the 6:30 a.m. departure" and "the 4:45 p.m. flight"
    # name the hours of recurring flights, XXXX-XX-XXThh:mm (gold_blind89); "starting Nov. 5"
    # 2012-11-05; "April 8" 2013-04-08 ahead; "the Easter weekend" 2013-W13-WE (Easter Sunday
    # 2013 is 31 March; the ISO week of its Saturday, as in gold_blind76). "every year" SET
    # P1Y; "its weekly Orlando flights" SET P1W, "every Saturday" XXXX-WXX-6, "until
    # mid-April" past 2012-04; "two straight years" P2Y (a cardinal run); "in June" 2012-06;
    # "over three years" P3Y; "the third quarter" 2012-Q3 and "a year earlier" 2011-Q3;
    # "a strong summer" -> "summer" 2012-SU (the head noun, gold_blind103). The resurfacing
    # "from 11 p.m. to 5 a.m. nightly" -> two TIMEs XXXX-XX-XXThh:mm and SET XXXX-XX-XXTNI
    # (gold_blind57), "between Nov. 12 and Nov. 30"; "for 22 years" P22Y; "this morning"
    # 2012-10-26TMO. Not annotated: "the midday service", "the midday flight" (adjectival
    # parts of day naming a kind), "seasonal", "the winter schedule" (a timetable name,
    # gold_blind78), "runway 14/32", "Dash 8-300", "18", "45 per cent", "4 per cent",
    # "$250,000", "lakeshoreair.ca", "1-888-555-2009" (a phone number holding 2009).
    "port-kellan-lakeshore-winter-cuts": (
        "2012-10-26",
        [
            ("the winter", "DATE", "2013-WI"),
            ("October 26, 2012", "DATE", "2012-10-26"),
            ("October 26, 2012", "DATE", "2012-10-26"),
            ("6:02 PM EDT", "TIME", "2012-10-26T18:02"),
            ("daily", "SET", "P1D"),
            ("the winter", "DATE", "2013-WI"),
            ("Nov. 5", "DATE", "2012-11-05"),
            ("Thursday", "DATE", "2012-10-25"),
            ("6:30 a.m.", "TIME", "XXXX-XX-XXT06:30"),
            ("4:45 p.m.", "TIME", "XXXX-XX-XXT16:45"),
            ("2009", "DATE", "2009"),
            ("April 8", "DATE", "2013-04-08"),
            ("the Easter weekend", "DATE", "2013-W13-WE"),
            ("every year", "SET", "P1Y"),
            ("Last winter", "DATE", "2012-WI"),
            ("weekly", "SET", "P1W"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("mid-April", "DATE", "2012-04"),
            ("this winter", "DATE", "2013-WI"),
            ("two straight years", "DURATION", "P2Y"),
            ("June", "DATE", "2012-06"),
            ("three years", "DURATION", "P3Y"),
            ("next week", "DATE", "2012-W44"),
            ("the third quarter", "DATE", "2012-Q3"),
            ("a year earlier", "DATE", "2011-Q3"),
            ("Monday", "DATE", "2012-10-22"),
            ("summer", "DATE", "2012-SU"),
            ("11 p.m.", "TIME", "XXXX-XX-XXT23:00"),
            ("5 a.m.", "TIME", "XXXX-XX-XXT05:00"),
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("Nov. 12", "DATE", "2012-11-12"),
            ("Nov. 30", "DATE", "2012-11-30"),
            ("22 years", "DURATION", "P22Y"),
            ("this morning", "TIME", "2012-10-26TMO"),
        ],
    ),
    # Wednesday 2014-11-12 (ISO week 46), Australian regional paper's website, headline,
    # stamp "12 Nov, 2014 11:30 AM" (DATE and TIME, gold_blind103), byline. "Ten years on"
    # (headline) DATE 2014, the unit's granularity, like "Sixty years on" (gold_blind10). The
    # first landing "at 9.20am on 14 November 2004" 2004-11-14T09:20 with its DATE. Ahead:
    # "On Friday" 2014-11-14 with "the 6.05am departure" of that day 2014-11-14T06:05; the
    # open day "on Saturday from 10am to 2pm" 2014-11-15 with two TIMEs; "Parking ... is free
    # on Saturday" the same day. "yesterday" 2014-11-11. "three times a week" SET P1W, "twice
    # daily" and "a third daily flight" SET P1D, "weekly flights" SET P1W, "on Mondays and
    # Fridays" SETs; "from 1 December" 2014-12-01, "until the end of January" 2015-01;
    # "since 2004"; "the last financial year" FY2014 (the Australian financial year, July
    # 2013-June 2014, named by the year it ends, gold_blind9, gold_blind49); "within two
    # years" P2Y; "a six-hour drive" PT6H; "almost two hours" PT2H; "75 minutes" PT75M; "now"
    # and "Now" PRESENT_REF; "for six months in 2009"; "March 2011"; "11 days"; "before
    # Christmas" 2014-12-25; "from mid-2015" 2015 (gold_blind59); "12-hour rosters" PT12H;
    # "reopened in August" 2014-08; "a nine-month ... upgrade" P9M. No southern season is
    # named. Not annotated: "the route's 10th anniversary" (an ordinal count, gold_blind8,
    # gold_blind15), "the holiday rush", "$10 fares", "100-seat", "Fokker 100", "Embraer
    # 190", "112 passengers", "2.1 million", "268,000", "5 per cent", "300,000", "$8 million",
    # "gate 3", "coastjet.com.au/10years", "13 55 20", "the then mayor".
    "corrindale-coastjet-brisbane-tenth-year": (
        "2014-11-12",
        [
            ("Ten years on", "DATE", "2014"),
            ("12 Nov, 2014", "DATE", "2014-11-12"),
            ("11:30 AM", "TIME", "2014-11-12T11:30"),
            ("9.20am", "TIME", "2004-11-14T09:20"),
            ("14 November 2004", "DATE", "2004-11-14"),
            ("Friday", "DATE", "2014-11-14"),
            ("6.05am", "TIME", "2014-11-14T06:05"),
            ("Saturday", "DATE", "2014-11-15"),
            ("10am", "TIME", "2014-11-15T10:00"),
            ("2pm", "TIME", "2014-11-15T14:00"),
            ("three times a week", "SET", "P1W"),
            ("now", "DATE", "PRESENT_REF"),
            ("twice daily", "SET", "P1D"),
            ("1 December", "DATE", "2014-12-01"),
            ("daily", "SET", "P1D"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("the end of January", "DATE", "2015-01"),
            ("yesterday", "DATE", "2014-11-11"),
            ("2004", "DATE", "2004"),
            ("the last financial year", "DATE", "FY2014"),
            ("two years", "DURATION", "P2Y"),
            ("six-hour", "DURATION", "PT6H"),
            ("almost two hours", "DURATION", "PT2H"),
            ("Now", "DATE", "PRESENT_REF"),
            ("75 minutes", "DURATION", "PT75M"),
            ("weekly", "SET", "P1W"),
            ("six months", "DURATION", "P6M"),
            ("2009", "DATE", "2009"),
            ("March 2011", "DATE", "2011-03"),
            ("11 days", "DURATION", "P11D"),
            ("Christmas", "DATE", "2014-12-25"),
            ("mid-2015", "DATE", "2015"),
            ("12-hour", "DURATION", "PT12H"),
            ("August", "DATE", "2014-08"),
            ("nine-month", "DURATION", "P9M"),
            ("Saturday", "DATE", "2014-11-15"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
