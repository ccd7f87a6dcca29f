"""Annotations of blind gold set 348, chosen by hand before the tagger ran.

    python tests/data/gold_blind348/annotate.py [--show]

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
    # Monday 2015-02-02 (ISO week 6), US local TV station's website, storm and school
    # closings; section label, headline, stamps "Posted: Feb 02, 2015 6:10 AM CST" and
    # "Updated: Feb 02, 2015 4:47 PM CST" (date and clock time two TIMEX3 each, the zone in the
    # span and not in the value, gold_blind56, gold_blind103), byline, "DANFORTH, Ill. (WDTV) -"
    # dateline. Headline "Second storm in a week" -> "a week" DURATION P1W, the period of an
    # "Nth in" (gold_blind44, gold_blind48), like the body's "less than a week". Past: the
    # storm "began Sunday afternoon" 2015-02-01TAF; "during Sunday's Super Bowl" -> "Sunday"
    # (possessive dropped); "between 2 p.m. Sunday and 6 a.m. Monday" 2015-02-01T14:00 and
    # 2015-02-02T06:00 with their DATEs ("Monday" is the publication day); plows "since
    # Sunday"; the snow emergency "declared Sunday night" 2015-02-01TNI; shoppers "Saturday"
    # 2015-01-31. "Last Monday's storm" in a Monday story -> "Last Monday" 2015-01-26, the
    # most recent Monday before the publication day (gold_blind86's "last Tuesday"; see
    # README). Future: schools closed "Tuesday" (headline and body) 2015-02-03, the college
    # reopens "at 10 a.m. Tuesday", the emergency lasts "until 6 p.m. Tuesday"
    # 2015-02-03T18:00; the delay "Wednesday" 2015-02-04; streets "until Thursday" 2015-02-05;
    # snow "Wednesday night" 2015-02-04TNI (headline and forecast) "into Thursday morning"
    # 2015-02-05TMO. "today", "early this morning", "at noon", "tonight" (twice), "this
    # afternoon" are the publication day and its parts; the box label "CLOSED TODAY" ->
    # "TODAY" 2015-02-02. "a two-hour delay" -> "two-hour" DURATION PT2H (the size of a delay,
    # gold_blind44). "this winter" 2015-WI (the winter of 2014-15 takes the year of its
    # January, gold_blind10, gold_blind103); "Presidents Day, Feb. 16" two DATEs 2015-02-16
    # (the third Monday of February, a holiday and its date, gold_blind16, gold_blind56);
    # "Wednesday, June 3" one span 2015-06-03; "February 2011" 2011-02; "by 5:30 a.m. each
    # day" -> XXXX-XX-XXT05:30 and SET P1D; "every 15 minutes" SET PT15M; "this Groundhog
    # Day" the publication day 2015-02-02 with its determiner; "Six more weeks" P6W
    # (gold_blind50's "six more weeks"). Not annotated: "Super Bowl", "fifth snow day", "snow
    # day", "the last day of school" (its date is annotated), "District 112", "CUSD 112",
    # "Route 150", "217-555-2015", "around the clock", "minus 6", "14" (the normal low), "11 to
    # 14 inches", "12.6 inches", "7 inches", "3 to 5 inches", "More than 40", "groundhog".
    "danforth-snowstorm-school-closings": (
        "2015-02-02",
        [
            ("a week", "DURATION", "P1W"),
            ("Tuesday", "DATE", "2015-02-03"),
            ("Wednesday night", "TIME", "2015-02-04TNI"),
            ("Feb 02, 2015", "DATE", "2015-02-02"),
            ("6:10 AM CST", "TIME", "2015-02-02T06:10"),
            ("Feb 02, 2015", "DATE", "2015-02-02"),
            ("4:47 PM CST", "TIME", "2015-02-02T16:47"),
            ("today", "DATE", "2015-02-02"),
            ("Sunday afternoon", "TIME", "2015-02-01TAF"),
            ("early this morning", "TIME", "2015-02-02TMO"),
            ("less than a week", "DURATION", "P1W"),
            ("Last Monday", "DATE", "2015-01-26"),
            ("Sunday", "DATE", "2015-02-01"),
            ("2 p.m.", "TIME", "2015-02-01T14:00"),
            ("Sunday", "DATE", "2015-02-01"),
            ("6 a.m.", "TIME", "2015-02-02T06:00"),
            ("Monday", "DATE", "2015-02-02"),
            ("February 2011", "DATE", "2011-02"),
            ("Tuesday", "DATE", "2015-02-03"),
            ("noon", "TIME", "2015-02-02T12:00"),
            ("two-hour", "DURATION", "PT2H"),
            ("Wednesday", "DATE", "2015-02-04"),
            ("this winter", "DATE", "2015-WI"),
            ("Presidents Day", "DATE", "2015-02-16"),
            ("Feb. 16", "DATE", "2015-02-16"),
            ("Wednesday, June 3", "DATE", "2015-06-03"),
            ("TODAY", "DATE", "2015-02-02"),
            ("10 a.m.", "TIME", "2015-02-03T10:00"),
            ("Tuesday", "DATE", "2015-02-03"),
            ("5:30 a.m.", "TIME", "XXXX-XX-XXT05:30"),
            ("each day", "SET", "P1D"),
            ("every 15 minutes", "SET", "PT15M"),
            ("Sunday", "DATE", "2015-02-01"),
            ("tonight", "TIME", "2015-02-02TNI"),
            ("Thursday", "DATE", "2015-02-05"),
            ("Sunday night", "TIME", "2015-02-01TNI"),
            ("6 p.m.", "TIME", "2015-02-03T18:00"),
            ("Tuesday", "DATE", "2015-02-03"),
            ("Saturday", "DATE", "2015-01-31"),
            ("this afternoon", "TIME", "2015-02-02TAF"),
            ("tonight", "TIME", "2015-02-02TNI"),
            ("Wednesday night", "TIME", "2015-02-04TNI"),
            ("Thursday morning", "TIME", "2015-02-05TMO"),
            ("this Groundhog Day", "DATE", "2015-02-02"),
            ("Six more weeks", "DURATION", "P6W"),
        ],
    ),
    # Thursday 2012-10-18 (ISO week 42), US all-news radio station's website, traffic crash
    # and road reopening; station and section label, headline, stamp "October 18, 2012 7:42 AM"
    # (DATE and TIME), byline, "HILLVIEW, Texas (KXRL) -" dateline. The headline's ramp
    # closure "starts Monday" is the coming Monday, 2012-10-22, "Monday, Oct. 22" in the box.
    # "shortly before 5:30 this morning" -> "5:30" 2012-10-18T05:30 and "this morning" TMO,
    # two TIMEX3 ("shortly before" a signal; gold_blind20's "6:15 this morning",
    # gold_blind89's "11:40 this morning"). The crash "at about 10:15 p.m. Wednesday"
    # 2012-10-17T22:15 with its DATE; "through the night" -> "the night" 2012-10-17TNI (the
    # night begun on Wednesday evening, gold_blind15, gold_blind103); "until about 1 a.m." is
    # after midnight, 2012-10-18T01:00; "released early today" DATE 2012-10-18 (like "early
    # Sunday", gold_blind44). "more than seven hours", "almost four hours" PT7H, PT4H; "about a
    # month" P1M (a usual length, generic, like gold_blind44's "the first two hours"); "in 14
    # months" P14M (the period of an "Nth in"); "Earlier this month" 2012-10 and "Oct. 5";
    # "since Aug. 1" 2012-08-01; "this weekend" 2012-W42-WE (20-21 October); the box heading
    # "RAMP CLOSURE NEXT WEEK" -> "NEXT WEEK" 2012-W43. The ramp work "from 8 p.m. to 6 a.m.
    # nightly" -> two XXXX-XX-XXThh:mm and "nightly" SET XXXX-XX-XXTNI (gold_blind57,
    # gold_blind86); "Thanksgiving" 2012-11-22 (the fourth Thursday of November); "allow 15
    # minutes more than usual" -> "15 minutes" PT15M (gold_blind48). The funeral "Tuesday at 11
    # a.m." 2012-10-23 and 2012-10-23T11:00; "Last year" 2011; "since 2005"; "every 10 minutes"
    # SET PT10M; "at noon" today. Not annotated: "a 2006 Dodge Ram" (a model year,
    # gold_blind16), "Interstate 35", "I-35", "NewsRadio 1080", "1080", "mile marker 293",
    # "Exit 290", "Loop 418", "18-wheeler", "47-year-old", "61", "nearly 6 miles", "$4.3
    # million", "31 people", "four people", "third", "second", "254-555-1935", "the night
    # shift" (gold_blind44).
    "hillview-i35-fatal-crash-reopens": (
        "2012-10-18",
        [
            ("Monday", "DATE", "2012-10-22"),
            ("October 18, 2012", "DATE", "2012-10-18"),
            ("7:42 AM", "TIME", "2012-10-18T07:42"),
            ("5:30", "TIME", "2012-10-18T05:30"),
            ("this morning", "TIME", "2012-10-18TMO"),
            ("more than seven hours", "DURATION", "PT7H"),
            ("about 10:15 p.m.", "TIME", "2012-10-17T22:15"),
            ("Wednesday", "DATE", "2012-10-17"),
            ("22 years", "DURATION", "P22Y"),
            ("early today", "DATE", "2012-10-18"),
            ("the night", "TIME", "2012-10-17TNI"),
            ("about 1 a.m.", "TIME", "2012-10-18T01:00"),
            ("almost four hours", "DURATION", "PT4H"),
            ("this morning", "TIME", "2012-10-18TMO"),
            ("about a month", "DURATION", "P1M"),
            ("14 months", "DURATION", "P14M"),
            ("Aug. 1", "DATE", "2012-08-01"),
            ("Earlier this month", "DATE", "2012-10"),
            ("Oct. 5", "DATE", "2012-10-05"),
            ("this weekend", "DATE", "2012-W42-WE"),
            ("NEXT WEEK", "DATE", "2012-W43"),
            ("10 days", "DURATION", "P10D"),
            ("Monday, Oct. 22", "DATE", "2012-10-22"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("Thanksgiving", "DATE", "2012-11-22"),
            ("15 minutes", "DURATION", "PT15M"),
            ("2010", "DATE", "2010"),
            ("2016", "DATE", "2016"),
            ("Tuesday", "DATE", "2012-10-23"),
            ("11 a.m.", "TIME", "2012-10-23T11:00"),
            ("Last year", "DATE", "2011"),
            ("2005", "DATE", "2005"),
            ("every 10 minutes", "SET", "PT10M"),
            ("noon", "TIME", "2012-10-18T12:00"),
        ],
    ),
    # Saturday 2013-09-21 (ISO week 38), US local TV station's website, police chase; label,
    # headline, stamps "Posted 5:42 PM, September 21, 2013, by ..." and "Updated at 07:15PM,
    # September 21, 2013" (TIME and DATE each), "FERRIS LAKE, Minn. -" dateline. The chase
    # "ended early Saturday" DATE 2013-09-21 (gold_blind39, gold_blind44); "at about 1:35 a.m."
    # 2013-09-21T01:35; "Just before 2 a.m." -> "2 a.m." ("just before" a signal,
    # gold_blind48); "about 40 minutes later" an anchored TIME on the clock time before it,
    # 2013-09-21T02:40 (gold_blind44's "40 minutes later"). The pickup "reported stolen
    # Friday" 2013-09-20 and "that evening" the same Friday's evening 2013-09-20TEV (narrative
    # anchor, gold_blind39, gold_blind72). "since July" 2013-07; "March 2012"; "18 months"
    # P18M; "nearly three hours" PT3H; "by 5 a.m." that morning. The neighbour's "Every Friday
    # night" SET XXXX-WXX-5TNI (gold_blind44's "Every Sunday morning"), "Saturday morning"
    # 2013-09-21TMO (the small hours of the chase, told the same day). "since Labor Day"
    # 2013-09-02 (the first Monday of September); "the ninth this year" -> "this year" 2013;
    # "in all of 2012" -> "2012"; "on Aug. 30 ... the next day" 2013-08-30 and 2013-08-31
    # (anchored on the story line's last date, gold_blind39, gold_blind55). "this morning"
    # 2013-09-21TMO; "within a week" -> "a week" P1W; "Monday afternoon" 2013-09-23TAF and
    # "on Monday" 2013-09-23 (future); "at about 4 p.m." today; "up to three years" P3Y; the
    # update's "7:10 p.m." and "this evening" 2013-09-21TEV; "by the end of next week"
    # 2013-W39 (gold_blind14, gold_blind59). Not annotated: "110 mph", "22-mile", "Highway 10",
    # "County Road 19", "29", "24" (ages), "three cities", "About 300", "forever" (in "what
    # felt like forever", no value), "at any time", "the last one", "fourth", "ninth", "11",
    # "320-555-1913", "KLMN 7 News at 10" (a programme title, gold_blind30), "Camaro".
    "ferris-lake-police-chase-stolen-pickup": (
        "2013-09-21",
        [
            ("5:42 PM", "TIME", "2013-09-21T17:42"),
            ("September 21, 2013", "DATE", "2013-09-21"),
            ("07:15PM", "TIME", "2013-09-21T19:15"),
            ("September 21, 2013", "DATE", "2013-09-21"),
            ("early Saturday", "DATE", "2013-09-21"),
            ("about 1:35 a.m.", "TIME", "2013-09-21T01:35"),
            ("about 25 minutes", "DURATION", "PT25M"),
            ("2 a.m.", "TIME", "2013-09-21T02:00"),
            ("about 40 minutes later", "TIME", "2013-09-21T02:40"),
            ("Friday", "DATE", "2013-09-20"),
            ("that evening", "TIME", "2013-09-20TEV"),
            ("July", "DATE", "2013-07"),
            ("March 2012", "DATE", "2012-03"),
            ("18 months", "DURATION", "P18M"),
            ("nearly three hours", "DURATION", "PT3H"),
            ("5 a.m.", "TIME", "2013-09-21T05:00"),
            ("31 years", "DURATION", "P31Y"),
            ("Every Friday night", "SET", "XXXX-WXX-5TNI"),
            ("Saturday morning", "TIME", "2013-09-21TMO"),
            ("Labor Day", "DATE", "2013-09-02"),
            ("this year", "DATE", "2013"),
            ("2012", "DATE", "2012"),
            ("Aug. 30", "DATE", "2013-08-30"),
            ("the next day", "DATE", "2013-08-31"),
            ("2009", "DATE", "2009"),
            ("this morning", "TIME", "2013-09-21TMO"),
            ("a week", "DURATION", "P1W"),
            ("Monday afternoon", "TIME", "2013-09-23TAF"),
            ("about 4 p.m.", "TIME", "2013-09-21T16:00"),
            ("up to three years", "DURATION", "P3Y"),
            ("7:10 p.m.", "TIME", "2013-09-21T19:10"),
            ("this evening", "TIME", "2013-09-21TEV"),
            ("Monday", "DATE", "2013-09-23"),
            ("the end of next week", "DATE", "2013-W39"),
        ],
    ),
    # Wednesday 2014-07-02 (ISO week 27), US public radio station's website, community event
    # (a Fourth of July festival); station line, section label, headline, byline with date
    # "By Anna Reyes • Jul 2, 2014", no dateline. Independence Day 2014 is Friday 2014-07-04.
    # Headline: "last year's washout" -> "last year" 2013; "Fourth of July fireworks" ->
    # "Fourth of July" 2014-07-04, a holiday naming this year's event (like "The city's Canada
    # Day parade" in gold_blind57); "back on Friday" 2014-07-04. "on the Fourth last year" one
    # DATE span 2013-07-04, a holiday with "last year" after it (gold_blind57's "Easter last
    # year", gold_blind18's "September last year"); "since 1976"; "this year's show" -> "this
    # year" 2014; "Friday night" 2014-07-04TNI. "The city's Independence Day festival" ->
    # "Independence Day" 2014-07-04; "opens Thursday" 2014-07-03, "through Sunday" 2014-07-06,
    # "the long holiday weekend" 2014-W27-WE (gold_blind43, gold_blind57's "the Fourth of July
    # weekend"); "First held in 1889". Box: "Thursday, July 3", "Friday, July 4", "Saturday,
    # July 5", "Sunday, July 6" one DATE span each, clock times on those days ("about 9:45
    # p.m." with "about" kept). "a mile longer this year" 2014; "every summer" SET XXXX-SU
    # (gold_blind44's "every fall"), "for 40 years" P40Y; "Last summer's storms" -> "Last
    # summer" 2013-SU; "almost 30 hours" PT30H; "for the weekend" (of last summer's festival)
    # 2013-W27-WE, 6-7 July 2013, the weekend after Thursday 4 July 2013; "1950s-era" ->
    # "1950s" 195 (the span stops at the hyphen, gold_blind44's "1940s-themed"); "in April"
    # 2014-04; "2012"; "the past two months" P2M; "every 20 minutes" SET PT20M; "4 p.m.
    # Friday" and "7 p.m." (the same Friday) 2014-07-04T16:00 and T19:00; "about an hour" PT1H;
    # "from June 29 through July 5" 2014-06-29 and 2014-07-05; "between 10 a.m. and 11 p.m."
    # hours of every day of that period, XXXX-XX-XXT10:00 and T23:00 (gold_blind44); "last
    # year's festival" -> "last year" 2013; "Friday" and "the afternoon" 2014-07-04TAF;
    # "tomorrow" 2014-07-03. Not annotated: "Fourth Street" (a street), "the 125th", "the rain
    # date" and "Rain date" (no date given), "this time" (this occasion), "90.3",
    # "River Valley Morning" (a programme title), "Ferris wheel", "a mile", "$22,000",
    # "$18,500", "$6,000", "14 citations", "30 percent", "the upper 80s",
    # "wrvn.org/community/2014-07-02-fourth" (numbers in a URL).
    "bramwell-fourth-of-july-festival": (
        "2014-07-02",
        [
            ("last year", "DATE", "2013"),
            ("Fourth of July", "DATE", "2014-07-04"),
            ("Friday", "DATE", "2014-07-04"),
            ("Jul 2, 2014", "DATE", "2014-07-02"),
            ("1976", "DATE", "1976"),
            ("the Fourth last year", "DATE", "2013-07-04"),
            ("this year", "DATE", "2014"),
            ("Friday night", "TIME", "2014-07-04TNI"),
            ("Independence Day", "DATE", "2014-07-04"),
            ("Thursday", "DATE", "2014-07-03"),
            ("Sunday", "DATE", "2014-07-06"),
            ("the long holiday weekend", "DATE", "2014-W27-WE"),
            ("1889", "DATE", "1889"),
            ("Thursday, July 3", "DATE", "2014-07-03"),
            ("5 p.m.", "TIME", "2014-07-03T17:00"),
            ("Friday, July 4", "DATE", "2014-07-04"),
            ("10 a.m.", "TIME", "2014-07-04T10:00"),
            ("about 9:45 p.m.", "TIME", "2014-07-04T21:45"),
            ("Saturday, July 5", "DATE", "2014-07-05"),
            ("Sunday, July 6", "DATE", "2014-07-06"),
            ("7 a.m.", "TIME", "2014-07-06T07:00"),
            ("11 a.m.", "TIME", "2014-07-06T11:00"),
            ("this year", "DATE", "2014"),
            ("every summer", "SET", "XXXX-SU"),
            ("40 years", "DURATION", "P40Y"),
            ("Last summer", "DATE", "2013-SU"),
            ("almost 30 hours", "DURATION", "PT30H"),
            ("the weekend", "DATE", "2013-W27-WE"),
            ("1950s", "DATE", "195"),
            ("April", "DATE", "2014-04"),
            ("2012", "DATE", "2012"),
            ("the past two months", "DURATION", "P2M"),
            ("every 20 minutes", "SET", "PT20M"),
            ("4 p.m.", "TIME", "2014-07-04T16:00"),
            ("Friday", "DATE", "2014-07-04"),
            ("7 p.m.", "TIME", "2014-07-04T19:00"),
            ("about an hour", "DURATION", "PT1H"),
            ("June 29", "DATE", "2014-06-29"),
            ("July 5", "DATE", "2014-07-05"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("11 p.m.", "TIME", "XXXX-XX-XXT23:00"),
            ("last year", "DATE", "2013"),
            ("Friday", "DATE", "2014-07-04"),
            ("the afternoon", "TIME", "2014-07-04TAF"),
            ("tomorrow", "DATE", "2014-07-03"),
        ],
    ),
    # Tuesday 2013-06-11 (ISO week 24), US local TV station's website, city council decision;
    # label, headline ("bills go up July 1"), stamps "Published: 11:02 AM CDT June 11, 2013"
    # and "Updated: 6:45 PM CDT June 11, 2013" (TIME and DATE each), "OAK HOLLOW, Kan. --"
    # dateline. The city's fiscal year runs July-June and is named by the year it ends
    # (gold_blind13, gold_blind39, gold_blind41): "July 1, when the fiscal year begins" ->
    # "July 1" 2013-07-01 and "the fiscal year" FY2014; "the current fiscal year, which ends
    # June 30" FY2013 plus 2013-06-30; "the end of fiscal 2014" FY2014 (the year's value, like
    # "the end of 1990" in gold_blind35); "fiscal 2014" FY2014. The vote "late Monday" DATE
    # 2013-06-10 "at about 11:20 p.m." 2013-06-10T23:20; "next month" 2013-07; "since 2008";
    # "almost five hours" PT5H; "January 2015" (body and box); "three straight years" P3Y (a
    # cardinal run, like "five consecutive days" in gold_blind103); "the 2012 drought" ->
    # "2012" (an adjectival year). "said Tuesday morning" the publication day's morning
    # 2013-06-11TMO; "last fall" 2012-FA; "and now this" -> "now" PRESENT_REF; "over two years"
    # P2Y; "built in 1961"; "the 1990s" 199; "the next five years" P5Y; "by 2016". Box:
    # "monthly" SET P1M and "every two months" SET P2M (billing recurrences), "starting in
    # October" 2013-10; "from 10 a.m. to 6 p.m. every day" two XXXX-XX-XXThh:mm and SET P1D;
    # "this summer" 2013-SU; "through Sept. 30" 2013-09-30. "since 1979"; the next meeting
    # "Monday, June 24, at 6 p.m." 2013-06-24 and T18:00; the hearing "Thursday at 7 p.m."
    # 2013-06-13 and T19:00 (future). Not annotated: "the average monthly bill" (the period of
    # a figure, gold_blind23, gold_blind103), "5-2", "9%", "9 percent", "6 percent", "11
    # percent", "15 percent", "65 and older", "71", "more than 150 people", "$3.40", "$38.50",
    # "$400,000", "$14 million", "$61 million", "Ordinance 2013-17",
    # "oakhollowks.gov/council/2013-06-10", "620-555-1961" (beside "1961"), "NEWS 8", "all at
    # once", "the first", "two no votes".
    "oak-hollow-council-water-rates": (
        "2013-06-11",
        [
            ("July 1", "DATE", "2013-07-01"),
            ("11:02 AM CDT", "TIME", "2013-06-11T11:02"),
            ("June 11, 2013", "DATE", "2013-06-11"),
            ("6:45 PM CDT", "TIME", "2013-06-11T18:45"),
            ("June 11, 2013", "DATE", "2013-06-11"),
            ("next month", "DATE", "2013-07"),
            ("late Monday", "DATE", "2013-06-10"),
            ("2008", "DATE", "2008"),
            ("about 11:20 p.m.", "TIME", "2013-06-10T23:20"),
            ("almost five hours", "DURATION", "PT5H"),
            ("July 1", "DATE", "2013-07-01"),
            ("the fiscal year", "DATE", "FY2014"),
            ("January 2015", "DATE", "2015-01"),
            ("three straight years", "DURATION", "P3Y"),
            ("2012", "DATE", "2012"),
            ("the current fiscal year", "DATE", "FY2013"),
            ("June 30", "DATE", "2013-06-30"),
            ("the end of fiscal 2014", "DATE", "FY2014"),
            ("Tuesday morning", "TIME", "2013-06-11TMO"),
            ("last fall", "DATE", "2012-FA"),
            ("now", "DATE", "PRESENT_REF"),
            ("two years", "DURATION", "P2Y"),
            ("1961", "DATE", "1961"),
            ("the 1990s", "DATE", "199"),
            ("the next five years", "DURATION", "P5Y"),
            ("2016", "DATE", "2016"),
            ("July 1", "DATE", "2013-07-01"),
            ("January 2015", "DATE", "2015-01"),
            ("monthly", "SET", "P1M"),
            ("every two months", "SET", "P2M"),
            ("October", "DATE", "2013-10"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("every day", "SET", "P1D"),
            ("this summer", "DATE", "2013-SU"),
            ("Sept. 30", "DATE", "2013-09-30"),
            ("1979", "DATE", "1979"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("Monday, June 24", "DATE", "2013-06-24"),
            ("6 p.m.", "TIME", "2013-06-24T18:00"),
            ("Thursday", "DATE", "2013-06-13"),
            ("7 p.m.", "TIME", "2013-06-13T19:00"),
        ],
    ),
    # Friday 2015-03-20 (ISO week 12), US local TV station's website, consumer alert; label,
    # headline, stamps "Posted: Friday, March 20, 2015 5:58 PM EDT" and "Updated: Friday, March
    # 20, 2015 10:41 PM EDT" (the date with its weekday one DATE span, gold_blind44, and the
    # TIME), byline, "BRANTLEY, N.C. (WBRN) -" dateline. Past weekdays: the first call "Tuesday
    # afternoon" 2015-03-17TAF; "By Wednesday morning" 2015-03-18TMO; "Wednesday night"
    # 2015-03-18TNI; "said Thursday" 2015-03-19. "back taxes from 2011"; "within an hour" ->
    # "an hour" PT1H and the box's "within 24 hours" -> "24 hours" PT24H (threatened periods,
    # like "within 60 days" in gold_blind35); "every 20 minutes" SET PT20M; "the past two weeks"
    # P2W; "since January" 2015-01; "in all of 2014" -> "2014"; "late January" 2015-01; "her
    # return for 2014" -> "2014" (a US tax year is the calendar year, gold_blind67); "in
    # February" 2015-02; "now" PRESENT_REF. "This year's deadline" -> "This year" 2015;
    # "Wednesday, April 15" one span 2015-04-15; "less than four weeks" P4W; "a six-month
    # extension, to Oct. 15" -> "six-month" P6M and 2015-10-15 (gold_blind67); "April 15"
    # 2015-04-15. "every Tuesday and Thursday from 4 p.m. to 8 p.m." -> "every Tuesday" SET
    # XXXX-WXX-2 and "Thursday" SET XXXX-WXX-4 (gold_blind10, gold_blind22) and the hours
    # XXXX-XX-XXT16:00 and T20:00; "through April 14" 2015-04-14. "once a year" SET P1Y; "a
    # 2015 bill" -> "2015" (an adjectival year, the tax year of the bill); "from 9 a.m. to 5
    # p.m. daily" two XXXX-XX-XXThh:mm and SET P1D. Not annotated: "tax season" (no calendar
    # value, like "this season" in gold_blind103), "the deadline" (anaphoric), "by then",
    # "78", "$3,100", "23 reports", "412", "96", "the last four digits", "202 area code",
    # "Form 4868", "$53,000", "919-555-1040", "9 On Your Side", "two drugstores".
    "brantley-irs-phone-scam-alert": (
        "2015-03-20",
        [
            ("Friday, March 20, 2015", "DATE", "2015-03-20"),
            ("5:58 PM EDT", "TIME", "2015-03-20T17:58"),
            ("Friday, March 20, 2015", "DATE", "2015-03-20"),
            ("10:41 PM EDT", "TIME", "2015-03-20T22:41"),
            ("Tuesday afternoon", "TIME", "2015-03-17TAF"),
            ("2011", "DATE", "2011"),
            ("an hour", "DURATION", "PT1H"),
            ("Wednesday morning", "TIME", "2015-03-18TMO"),
            ("every 20 minutes", "SET", "PT20M"),
            ("Wednesday night", "TIME", "2015-03-18TNI"),
            ("Thursday", "DATE", "2015-03-19"),
            ("the past two weeks", "DURATION", "P2W"),
            ("January", "DATE", "2015-01"),
            ("2014", "DATE", "2014"),
            ("late January", "DATE", "2015-01"),
            ("2014", "DATE", "2014"),
            ("February", "DATE", "2015-02"),
            ("now", "DATE", "PRESENT_REF"),
            ("24 hours", "DURATION", "PT24H"),
            ("This year", "DATE", "2015"),
            ("Wednesday, April 15", "DATE", "2015-04-15"),
            ("less than four weeks", "DURATION", "P4W"),
            ("six-month", "DURATION", "P6M"),
            ("Oct. 15", "DATE", "2015-10-15"),
            ("April 15", "DATE", "2015-04-15"),
            ("every Tuesday", "SET", "XXXX-WXX-2"),
            ("Thursday", "SET", "XXXX-WXX-4"),
            ("4 p.m.", "TIME", "XXXX-XX-XXT16:00"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("April 14", "DATE", "2015-04-14"),
            ("once a year", "SET", "P1Y"),
            ("2015", "DATE", "2015"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("daily", "SET", "P1D"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
