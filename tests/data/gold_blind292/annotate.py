"""Annotations of the two-hundred-and-ninety-second blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind292/annotate.py [--show]

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
    # Saturday 2014-05-17 (ISO week 20), Irish weekend magazine profile of a retiring currach
    # builder, label, headline, standfirst ("After 52 years ... this summer" P52Y, 2014-SU),
    # byline, date line "Saturday 17 May 2014" (one span with its weekday). The flashback "a
    # Tuesday in March 1987" is one DATE span 1987-03-17, the weekday narrowed by its month and
    # fixed by the apposed "St Patrick's Day" (a holiday on its date, 1987-03-17, a Tuesday),
    # like "that Monday in January" (gold_blind81); "the night before" 1987-03-16TNI (like "The
    # night before", gold_blind10); "dawn" that day 1987-03-17TMO (gold_blind26, gold_blind77);
    # "the following spring" 1988-SP. "a recent Wednesday, May 7" is one DATE span 2014-05-07
    # (a weekday date, the determiner and modifier kept; see README), "8am" that day;
    # "every morning" SET XXXX-XX-XXTMO, "52 years" P52Y. "The summer he turned 16" -> "The
    # summer" 1959-SU (born 1943; the clause stays out, like "The last Christmas we had with
    # her", gold_blind81). "the next three years" P3Y; "the autumn of 1962" 1962-FA; "11 weeks"
    # P11W (how long a task took); "every summer" SET XXXX-SU; "Now" PRESENT_REF; the logbook's
    # "Oct 4 1962" 1962-10-04 and day-first "30/4/2014" 2014-04-30 (gold_blind49); "Twice a
    # year" SET P1Y; "Sunday mornings" SET XXXX-WXX-7TMO; "tomorrow" 2014-05-18; "a decade"
    # P10Y; "now writes software" PRESENT_REF (like "now a car park", gold_blind26); "some day"
    # FUTURE_REF (like "One day", gold_blind26); "last year" 2013; "12-week" P12W; "On Friday"
    # ahead 2014-05-23; "Saturday 21 June" 2014-06-21 and "3pm" that day; "a month" P1M.
    # Not annotated: "In those years", "Back then", "ever since", "Then" (anaphoric), "71" and
    # "16" (ages), "19ft", "£40", "€6,500", "412 boats", "Boat No. 412", "four students",
    # "evening class" (an adjective naming a kind), "the high tide", "the end".
    "caladh-beag-currach-builder-profile": (
        "2014-05-17",
        [
            ("52 years", "DURATION", "P52Y"),
            ("this summer", "DATE", "2014-SU"),
            ("Saturday 17 May 2014", "DATE", "2014-05-17"),
            ("a Tuesday in March 1987", "DATE", "1987-03-17"),
            ("St Patrick's Day", "DATE", "1987-03-17"),
            ("the night before", "TIME", "1987-03-16TNI"),
            ("dawn", "TIME", "1987-03-17TMO"),
            ("the following spring", "DATE", "1988-SP"),
            ("These days", "DATE", "PRESENT_REF"),
            ("a recent Wednesday, May 7", "DATE", "2014-05-07"),
            ("8am", "TIME", "2014-05-07T08:00"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("52 years", "DURATION", "P52Y"),
            ("late June", "DATE", "2014-06"),
            ("1943", "DATE", "1943"),
            ("The summer", "DATE", "1959-SU"),
            ("1931", "DATE", "1931"),
            ("1975", "DATE", "1975"),
            ("the next three years", "DURATION", "P3Y"),
            ("the autumn of 1962", "DATE", "1962-FA"),
            ("11 weeks", "DURATION", "P11W"),
            ("every summer", "SET", "XXXX-SU"),
            ("Now", "DATE", "PRESENT_REF"),
            ("2016", "DATE", "2016"),
            ("Oct 4 1962", "DATE", "1962-10-04"),
            ("30/4/2014", "DATE", "2014-04-30"),
            ("Twice a year", "SET", "P1Y"),
            ("Sunday mornings", "SET", "XXXX-WXX-7TMO"),
            ("tomorrow", "DATE", "2014-05-18"),
            ("a decade", "DURATION", "P10Y"),
            ("2009", "DATE", "2009"),
            ("now", "DATE", "PRESENT_REF"),
            ("some day", "DATE", "FUTURE_REF"),
            ("last year", "DATE", "2013"),
            ("12-week", "DURATION", "P12W"),
            ("Friday", "DATE", "2014-05-23"),
            ("Saturday 21 June", "DATE", "2014-06-21"),
            ("3pm", "TIME", "2014-06-21T15:00"),
            ("a month", "DURATION", "P1M"),
        ],
    ),
    # Monday 2015-02-09 (ISO week 7), Canadian paper's website long read, label, headline
    # ("Nineteen hours" DURATION PT19H, a duration in a headline, gold_blind81), standfirst,
    # byline, stamp "Published Monday, Feb. 09, 2015 06:00AM EST" (DATE with its weekday and a
    # TIME, the zone in the span), "GLENDARROCH, B.C. —" dateline. "Ten years ago today" one
    # DATE span 2005-02-09 (a Wednesday; gold_blind48, gold_blind71); "A decade on" 2015, the
    # unit's granularity (like "Sixty years on", gold_blind10); the standfirst's "that night"
    # the night of the slide, 2005-02-09TNI. "six days" P6D; "the morning of Feb. 9, 2005" one
    # TIME span (gold_blind10); "6 a.m. that day" two TIMEX3; "every winter" SET XXXX-WI and
    # "1983". Clock times of 9 February: "3:40 p.m.", "4:10 p.m.", "7 p.m." ("shortly after"
    # a signal); "through the night" -> "the night" 2005-02-09TNI; "At dawn the next day" ->
    # "dawn" 2005-02-10TMO and "the next day" 2005-02-10; "11:10 a.m." that day and "19 hours"
    # PT19H (anchored to the slide). "Three weeks later" the ISO week 2005-W09 (gold_blind81);
    # "April 15" 2005-04-15; "the following winter" the winter of 2005-06, 2006-WI (a winter
    # takes the year of its January, gold_blind10); "the next 40 years" P40Y; "last month"
    # 2015-01; "a decade" P10Y (the period of "for the first time in"); "now a nurse" and the
    # quote's "Now" PRESENT_REF; "These days" PRESENT_REF; "twice a month" SET P1M; "3 p.m." the
    # hour of a habit, XXXX-XX-XXT15:00; "On Saturday" past 2015-02-07; "every year" SET P1Y;
    # "This winter" 2015-WI; "the end of January" 2015-01; "the winter of 2004-05" one span
    # 2005-WI (gold_blind76, gold_blind103); "4:10 p.m. today" two TIMEX3; "10 minutes" PT10M;
    # "On Wednesday" ahead 2015-02-11; "2005". Not annotated: "since" alone ("No slide has
    # closed the road since"), "Back then", "then 44", "19", "58" (ages), "Highway 52",
    # "kilometre 118" (three times), "a 4 on a five-point scale", "14 skiers", "40 metres",
    # "1.8 metres", "minus 22", "300-metre", "212 centimetres", "Two plows".
    "kessock-pass-avalanche-ten-years-on": (
        "2015-02-09",
        [
            ("Nineteen hours", "DURATION", "PT19H"),
            ("Ten years ago today", "DATE", "2005-02-09"),
            ("A decade on", "DATE", "2015"),
            ("that night", "TIME", "2005-02-09TNI"),
            ("Monday, Feb. 09, 2015", "DATE", "2015-02-09"),
            ("06:00AM EST", "TIME", "2015-02-09T06:00"),
            ("six days", "DURATION", "P6D"),
            ("the morning of Feb. 9, 2005", "TIME", "2005-02-09TMO"),
            ("6 a.m.", "TIME", "2005-02-09T06:00"),
            ("that day", "DATE", "2005-02-09"),
            ("every winter", "SET", "XXXX-WI"),
            ("1983", "DATE", "1983"),
            ("3:40 p.m.", "TIME", "2005-02-09T15:40"),
            ("4:10 p.m.", "TIME", "2005-02-09T16:10"),
            ("7 p.m.", "TIME", "2005-02-09T19:00"),
            ("the night", "TIME", "2005-02-09TNI"),
            ("dawn", "TIME", "2005-02-10TMO"),
            ("the next day", "DATE", "2005-02-10"),
            ("11:10 a.m.", "TIME", "2005-02-10T11:10"),
            ("19 hours", "DURATION", "PT19H"),
            ("Three weeks later", "DATE", "2005-W09"),
            ("April 15", "DATE", "2005-04-15"),
            ("the following winter", "DATE", "2006-WI"),
            ("the next 40 years", "DURATION", "P40Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("last month", "DATE", "2015-01"),
            ("a decade", "DURATION", "P10Y"),
            ("2011", "DATE", "2011"),
            ("These days", "DATE", "PRESENT_REF"),
            ("twice a month", "SET", "P1M"),
            ("3 p.m.", "TIME", "XXXX-XX-XXT15:00"),
            ("Saturday", "DATE", "2015-02-07"),
            ("every year", "SET", "P1Y"),
            ("2006", "DATE", "2006"),
            ("Now", "DATE", "PRESENT_REF"),
            ("This winter", "DATE", "2015-WI"),
            ("the end of January", "DATE", "2015-01"),
            ("the winter of 2004-05", "DATE", "2005-WI"),
            ("4:10 p.m.", "TIME", "2015-02-09T16:10"),
            ("today", "DATE", "2015-02-09"),
            ("10 minutes", "DURATION", "PT10M"),
            ("Wednesday", "DATE", "2015-02-11"),
            ("2005", "DATE", "2005"),
        ],
    ),
    # Sunday 2012-11-04 (ISO week 44), Australian Sunday paper's travel feature with a fact
    # file, label, headline ("Six days" P6D), standfirst ("last month" 2012-10), byline, date
    # line "November 4, 2012". The walk ran Monday 15 to Saturday 20 October 2012: "7.15am on
    # Monday, October 15" two TIMEX3; "2003"; "20 times a year" SET P1Y (the period only);
    # "the 1890s" 189; southern seasons are valued in the year they fall in (gold_blind68,
    # gold_blind88): "the spring of 1979" 1979-SP, "This spring" (September-November 2012)
    # 2012-SP, "every spring" SET XXXX-SP. "the next 12 years" P12Y; "1992". Ordinal days of
    # the walk are DURATIONs, P1D ("The first day", generic, and "the second day", gold_blind26,
    # gold_blind66); "the third morning" is the part of day it names, 2012-10-17TMO
    # (gold_blind24); "That evening" 2012-10-15TEV (after the first day's hut); "nine hours"
    # PT9H; "these days" PRESENT_REF; "That night" 2012-10-17TNI. "The Friday", "the Saturday"
    # and "the Monday" are the weekdays of the walk (2012-10-19, 2012-10-20, 2012-10-15), not
    # the nearest to the Sunday of publication (see README); "dawn" 2012-10-19TMO; "2pm" and
    # "2.40pm" 2012-10-20, "7.16am" 2012-10-15; "six days" P6D ("in" + how long the walk took).
    # "A fortnight on" 2012-W44, the ISO week two weeks after the walk's end (week 42), which
    # is the week of publication (like "four weeks later", gold_blind21); "every morning" SET;
    # "2010"; "next week" 2012-W45 (a hypothetical, valued like "Five years ago this would
    # have", gold_blind103). Fact file: "six days" P6D; "every Monday" SET XXXX-WXX-1 with
    # "October 1" 2012-10-01 and "April 29" 2013-04-29 (the current walking season's first and
    # last Mondays); "at least three months" P3M; "2013-14" (the next walking season, two
    # years) -> "2013" and "14" 2014 (gold_blind91); "December 1" 2012-12-01. Not annotated:
    # "Back then", "Ninety kilometres", "five huts", "81" (age), "19 kilometres", "two-burner",
    # "sleep 12", "90 kilometres", "61 messages", "$2,450",
    # "saltbushwalks.com.au/track2012", "1300 555 792", "the first section", "low tide".
    "wirrimbah-coast-track-six-days": (
        "2012-11-04",
        [
            ("Six days", "DURATION", "P6D"),
            ("last month", "DATE", "2012-10"),
            ("November 4, 2012", "DATE", "2012-11-04"),
            ("7.15am", "TIME", "2012-10-15T07:15"),
            ("Monday, October 15", "DATE", "2012-10-15"),
            ("2003", "DATE", "2003"),
            ("20 times a year", "SET", "P1Y"),
            ("the 1890s", "DATE", "189"),
            ("the spring of 1979", "DATE", "1979-SP"),
            ("the next 12 years", "DURATION", "P12Y"),
            ("1992", "DATE", "1992"),
            ("every spring", "SET", "XXXX-SP"),
            ("The first day", "DURATION", "P1D"),
            ("That evening", "TIME", "2012-10-15TEV"),
            ("the second day", "DURATION", "P1D"),
            ("nine hours", "DURATION", "PT9H"),
            ("these days", "DATE", "PRESENT_REF"),
            ("the third morning", "TIME", "2012-10-17TMO"),
            ("That night", "TIME", "2012-10-17TNI"),
            ("The Friday", "DATE", "2012-10-19"),
            ("dawn", "TIME", "2012-10-19TMO"),
            ("2pm", "TIME", "2012-10-20T14:00"),
            ("the Saturday", "DATE", "2012-10-20"),
            ("six days", "DURATION", "P6D"),
            ("2.40pm", "TIME", "2012-10-20T14:40"),
            ("7.16am", "TIME", "2012-10-15T07:16"),
            ("the Monday", "DATE", "2012-10-15"),
            ("A fortnight on", "DATE", "2012-W44"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("This spring", "DATE", "2012-SP"),
            ("2010", "DATE", "2010"),
            ("next week", "DATE", "2012-W45"),
            ("six days", "DURATION", "P6D"),
            ("every Monday", "SET", "XXXX-WXX-1"),
            ("October 1", "DATE", "2012-10-01"),
            ("April 29", "DATE", "2013-04-29"),
            ("at least three months", "DURATION", "P3M"),
            ("2013", "DATE", "2013"),
            ("14", "DATE", "2014"),
            ("December 1", "DATE", "2012-12-01"),
        ],
    ),
    # Tuesday 2013-07-16 (ISO week 29), US regional paper's business-section feature on a
    # family bakery, label, headline, byline "Staff Writer", date line "Tuesday, July 16,
    # 2013", "MILLBROOK FALLS —" dateline. "4 a.m. on Saturday, May 5, 1923" two TIMEX3 (a
    # Saturday), "noon" that day ("by" a signal); "the next 28 years" P28Y; "six days a week"
    # SET P1W (gold_blind46); "1951"; "every day" SET P1D and "90 years" P90Y; "the 1960s" 196;
    # "the early 1970s" 197; "every night" SET XXXX-XX-XXTNI; "the winter of 1977-78" one span
    # 1978-WI and "That February" 1978-02; "three days" P3D; "the night of Tuesday, Oct. 9,
    # 1979" one TIME span 1979-10-09TNI (like "the night of July 11, 1876", gold_blind5);
    # "the next morning" 1979-10-10TMO; "Two months later" 1979-12 (the unit's granularity);
    # "20-year" P20Y; "the following spring" 1980-SP; "1979" and "2008" (a range at its ends);
    # "Since 2008" -> "2008"; "These days" PRESENT_REF; "2 a.m." and the bare "6" the hours of
    # a habit, XXXX-XX-XXT02:00 and XXXX-XX-XXT06:00 (gold_blind81); "every Friday" SET
    # XXXX-WXX-5. The bakery's fiscal year is described as ending on June 30, so "the fiscal
    # year that ended June 30" -> "the fiscal year" FY2013 and "June 30" 2013-06-30, "a year
    # earlier" after it FY2012 (the granularity of what it is compared with, gold_blind35),
    # "the current fiscal year" FY2014 (gold_blind13, gold_blind35); "now" PRESENT_REF; "2009";
    # "last month" 2013-06; "on Thursday" past 2013-07-11; "1985" and "six years" P6Y; "on
    # Saturday" ahead 2013-07-20 with "10 a.m. to 4 p.m." that day; "Labor Day" 2013-09-02
    # (the first Monday of September; "after" a signal); "next month" 2013-08. Not annotated:
    # "turns 90" and "its 90th anniversary" (an age and an ordinal anniversary of the firm),
    # "1923 Canal Street" (a house number equal to the founding year), "26-year-old", "81",
    # "34", "140", "700 loaves", "Route 22" (twice), "the four generations", "the fourth
    # generation", "a quarter of it", "6 percent", "$2.1 million", "14 people", "two miles",
    # "the recession", "Sunday hours" (an adjective naming a kind of opening, like "holiday
    # hours", gold_blind103), "1,923 rolls", the book title "Ninety Years of Rye", "(570)
    # 555-1923".
    "kosteckis-bakery-four-generations": (
        "2013-07-16",
        [
            ("Tuesday, July 16, 2013", "DATE", "2013-07-16"),
            ("4 a.m.", "TIME", "1923-05-05T04:00"),
            ("Saturday, May 5, 1923", "DATE", "1923-05-05"),
            ("noon", "TIME", "1923-05-05T12:00"),
            ("the next 28 years", "DURATION", "P28Y"),
            ("six days a week", "SET", "P1W"),
            ("1951", "DATE", "1951"),
            ("every day", "SET", "P1D"),
            ("90 years", "DURATION", "P90Y"),
            ("the 1960s", "DATE", "196"),
            ("the early 1970s", "DATE", "197"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("the winter of 1977-78", "DATE", "1978-WI"),
            ("That February", "DATE", "1978-02"),
            ("three days", "DURATION", "P3D"),
            ("the night of Tuesday, Oct. 9, 1979", "TIME", "1979-10-09TNI"),
            ("the next morning", "TIME", "1979-10-10TMO"),
            ("Two months later", "DATE", "1979-12"),
            ("20-year", "DURATION", "P20Y"),
            ("the following spring", "DATE", "1980-SP"),
            ("1979", "DATE", "1979"),
            ("2008", "DATE", "2008"),
            ("2008", "DATE", "2008"),
            ("These days", "DATE", "PRESENT_REF"),
            ("2 a.m.", "TIME", "XXXX-XX-XXT02:00"),
            ("6", "TIME", "XXXX-XX-XXT06:00"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("the fiscal year", "DATE", "FY2013"),
            ("June 30", "DATE", "2013-06-30"),
            ("a year earlier", "DATE", "FY2012"),
            ("now", "DATE", "PRESENT_REF"),
            ("2009", "DATE", "2009"),
            ("last month", "DATE", "2013-06"),
            ("Thursday", "DATE", "2013-07-11"),
            ("1985", "DATE", "1985"),
            ("six years", "DURATION", "P6Y"),
            ("Saturday", "DATE", "2013-07-20"),
            ("10 a.m.", "TIME", "2013-07-20T10:00"),
            ("4 p.m.", "TIME", "2013-07-20T16:00"),
            ("the current fiscal year", "DATE", "FY2014"),
            ("Labor Day", "DATE", "2013-09-02"),
            ("next month", "DATE", "2013-08"),
        ],
    ),
    # Thursday 2013-09-26 (ISO week 39), US sports magazine's website long read, label,
    # headline, standfirst ("Two years after an elbow injury" P2Y, a duration anchored to an
    # event), byline, stamp "September 26, 2013 | 9:30 AM ET" (DATE and TIME), "HARLOW
    # VALLEY, Ind. —" dateline. "the night of July 24, 2011" one TIME span 2011-07-24TNI;
    # "Nineteen days later" 2011-08-12 (anchored on the narrative's last date, gold_blind39)
    # and the apposed "Aug. 12" the same day; "at least a year" P1Y; "That winter" the winter
    # after the August 2011 surgery, 2011-12, 2012-WI (gold_blind10); "Every morning at 6:30"
    # SET XXXX-XX-XXTMO and TIME XXXX-XX-XXT06:30 (a habit); "three times a week" SET P1W;
    # "the entire 2012 season" -> "2012" (a season named by its year, "season" left out,
    # gold_blind91); "This time last year" 2012 (gold_blind46); "20 months" P20M; "January"
    # 2013-01, "March" 2013-03 (past, the nearest); "one-year" P1Y; "Friday, April 5" 2013-04-05
    # with "7:05 p.m."; "May" 2013-05; "mid-June" 2013-06; "11 days" P11D; "every fifth day" SET
    # P5D (like "every other week" P2W, gold_blind17); "Labor Day" 2013-09-02; "Labor Day
    # weekend" the ISO week of its Saturday (31 August), 2013-W35-WE (like "Family Day
    # weekend", gold_blind103); "Last week" 2013-W38; "These days" PRESENT_REF; "the 1980s" 198;
    # "2009"; "Tuesday night" 2013-09-24TNI (past); "Friday" ahead 2013-09-27 with "7:05 p.m.",
    # and the quote's "Friday" the same day; "A year ago" 2012 (the unit's granularity); "Now"
    # PRESENT_REF; "next spring" 2014-SP. Not annotated: "comeback player of the year" (an
    # award's name), "the regular season", "four seasons", "since" alone, "the 71st pitch",
    # "78 miles an hour", "91", "23 scoreless innings", "two innings", "seven innings", "31",
    # "12-4", "2.87 ERA", "6,100 fans", "27" (age), "No. 41", "the 14th round", "3-1", "Game 1".
    "danny-ocampo-comeback-season": (
        "2013-09-26",
        [
            ("Two years", "DURATION", "P2Y"),
            ("September 26, 2013", "DATE", "2013-09-26"),
            ("9:30 AM ET", "TIME", "2013-09-26T09:30"),
            ("the night of July 24, 2011", "TIME", "2011-07-24TNI"),
            ("Nineteen days later", "DATE", "2011-08-12"),
            ("Aug. 12", "DATE", "2011-08-12"),
            ("at least a year", "DURATION", "P1Y"),
            ("That winter", "DATE", "2012-WI"),
            ("Every morning", "SET", "XXXX-XX-XXTMO"),
            ("6:30", "TIME", "XXXX-XX-XXT06:30"),
            ("three times a week", "SET", "P1W"),
            ("2012", "DATE", "2012"),
            ("This time last year", "DATE", "2012"),
            ("20 months", "DURATION", "P20M"),
            ("January", "DATE", "2013-01"),
            ("March", "DATE", "2013-03"),
            ("one-year", "DURATION", "P1Y"),
            ("Friday, April 5", "DATE", "2013-04-05"),
            ("7:05 p.m.", "TIME", "2013-04-05T19:05"),
            ("May", "DATE", "2013-05"),
            ("mid-June", "DATE", "2013-06"),
            ("11 days", "DURATION", "P11D"),
            ("every fifth day", "SET", "P5D"),
            ("Labor Day", "DATE", "2013-09-02"),
            ("Labor Day weekend", "DATE", "2013-W35-WE"),
            ("Last week", "DATE", "2013-W38"),
            ("These days", "DATE", "PRESENT_REF"),
            ("the 1980s", "DATE", "198"),
            ("2009", "DATE", "2009"),
            ("Tuesday night", "TIME", "2013-09-24TNI"),
            ("Friday", "DATE", "2013-09-27"),
            ("7:05 p.m.", "TIME", "2013-09-27T19:05"),
            ("A year ago", "DATE", "2012"),
            ("Now", "DATE", "PRESENT_REF"),
            ("next spring", "DATE", "2014-SP"),
            ("Friday", "DATE", "2013-09-27"),
        ],
    ),
    # Friday 2015-10-09 (ISO week 41), British paper's science long read, label, headline
    # ("Ten years" P10Y), standfirst ("Since 2005", "A decade" P10Y, "this week" 2015-W41),
    # byline, date line "Friday 9 October 2015". "every half-hour" SET PT30M; "April 2005";
    # "the summer of 2004" 2004-SU; "one-year" P1Y; "the following April" 2005-04 (anchored on
    # the summer of 2004, like "the following May", gold_blind60); "that summer" 2005-SU;
    # "almost every day" SET P1D (the modifier kept, gold_blind35); "the night of 11 January
    # 2007" one TIME span 2007-01-11TNI; "about 3am" after it takes the next calendar day,
    # 2007-01-12T03:00, and "dawn" 2007-01-12TMO (gold_blind81); "eight hours" PT8H twice;
    # "2009"; "The spring of 2010" 2010-SP; "50 years" P50Y (the period of a superlative,
    # gold_blind103); "four months" P4M; "the 1970s" 197; "between 2011 and 2013" two DATEs;
    # "on Wednesday" past 2015-10-07; "the past decade" P10Y; "These days" PRESENT_REF; "twice a
    # month" SET P1M; "Tuesdays" SET XXXX-WXX-2; "March 2017"; "five-year" P5Y; "next spring"
    # 2016-SP; "ten years" P10Y; "another 20 years" P20Y (a wished-for duration, like "should
    # last a hundred years", gold_blind60); "Last month" 2015-09; "On Monday" ahead 2015-10-12
    # and "2pm" that day; "This autumn" 2015-FA; "Christmas 2013" one span 2013-12-25. Not
    # annotated: "since then" (anaphoric), "wet years", "dry ones" and "the wet years" (kinds of
    # year, not particular years), "yearly" (an adjective naming the period of a figure, like
    # "its usual monthly total", gold_blind103), "4 metres", "175,000 readings", "29-year-old",
    # "3,400 tonnes", "700 cars", "Dunarach 2" (a tower's name), "30 miles".
    "dunarach-moss-carbon-decade": (
        "2015-10-09",
        [
            ("Ten years", "DURATION", "P10Y"),
            ("2005", "DATE", "2005"),
            ("A decade", "DURATION", "P10Y"),
            ("this week", "DATE", "2015-W41"),
            ("Friday 9 October 2015", "DATE", "2015-10-09"),
            ("every half-hour", "SET", "PT30M"),
            ("April 2005", "DATE", "2005-04"),
            ("the summer of 2004", "DATE", "2004-SU"),
            ("one-year", "DURATION", "P1Y"),
            ("the following April", "DATE", "2005-04"),
            ("that summer", "DATE", "2005-SU"),
            ("almost every day", "SET", "P1D"),
            ("the night of 11 January 2007", "TIME", "2007-01-11TNI"),
            ("about 3am", "TIME", "2007-01-12T03:00"),
            ("dawn", "TIME", "2007-01-12TMO"),
            ("eight hours", "DURATION", "PT8H"),
            ("eight hours", "DURATION", "PT8H"),
            ("2009", "DATE", "2009"),
            ("The spring of 2010", "DATE", "2010-SP"),
            ("50 years", "DURATION", "P50Y"),
            ("four months", "DURATION", "P4M"),
            ("the 1970s", "DATE", "197"),
            ("2011", "DATE", "2011"),
            ("2013", "DATE", "2013"),
            ("Wednesday", "DATE", "2015-10-07"),
            ("the past decade", "DURATION", "P10Y"),
            ("These days", "DATE", "PRESENT_REF"),
            ("twice a month", "SET", "P1M"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("March 2017", "DATE", "2017-03"),
            ("five-year", "DURATION", "P5Y"),
            ("next spring", "DATE", "2016-SP"),
            ("ten years", "DURATION", "P10Y"),
            ("another 20 years", "DURATION", "P20Y"),
            ("Last month", "DATE", "2015-09"),
            ("Monday", "DATE", "2015-10-12"),
            ("2pm", "TIME", "2015-10-12T14:00"),
            ("This autumn", "DATE", "2015-FA"),
            ("Christmas 2013", "DATE", "2013-12-25"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
