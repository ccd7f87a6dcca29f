"""Annotations of blind gold set 412, chosen by hand before the tagger ran.

    python tests/data/gold_blind412/annotate.py [--show]

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
    # Thursday 2018-05-10 (ISO week 19), US weekly community paper, school-board story, paper
    # name and date line "Thursday, May 10, 2018" (one DATE span with its weekday), section
    # label, headline ("until June" 2018-06), byline, no dateline. The meeting was "Monday
    # night" 2018-05-07TNI, ran "from 7 p.m. to almost 10 p.m." that evening (the modifier
    # kept in the span like "about"), "Also Monday" 2018-05-07; Okafor "said Tuesday"
    # 2018-05-08. The district's fiscal year runs July-June and is named by the year it ends
    # (gold_blind13, gold_blind20): "the fiscal year that begins July 1" -> "the fiscal year"
    # FY2019 plus 2018-07-01; "the current fiscal year, which ends June 30" FY2018 plus
    # 2018-06-30. The first bell "from 7:25 a.m. to 8:10 a.m." is the hour of a recurring
    # school day, XXXX-XX-XXThh:mm (gold_blind44's "8:10 a.m."). "in the fall" 2018-FA, "the
    # summer" and "this summer" 2018-SU; "last month" 2018-04; "next Wednesday" in a Thursday
    # paper is the coming one, 2018-05-16 (gold_blind44), "6:30 p.m." that day; "10 a.m.
    # Saturday, May 19" a TIME and a DATE. "a vote in June", "until July", "by August" the
    # coming months of 2018. "about 25 minutes later each afternoon" -> DURATION PT25M (the
    # size of a shift, gold_blind44) and SET XXXX-XX-XXTAF; "its first year" DURATION P1Y (an
    # ordinal period, gold_blind44); "three-year" P3Y; "for two years" P2Y; "in four years"
    # P4Y (a coach's record). The new calendar: "Wednesday, Aug. 22" 2018-08-22, "Dec. 22"
    # 2018-12-22, "Jan. 2" 2019-01-02 by the calendar's own order, "June 4, 2019". Not
    # annotated: "winter break", "the last day of school" (no calendar unit, gold_blind44),
    # "the Class of 2018" (a name in a 2018 story), "5-2", "31-9", "$48.6 million", "2.8
    # percent", "212", "140", "$310,000", "1,906", "61 percent", "34" (an age), "Route 33",
    # "$1.2 million", "ashbyvalleyschools.org/board/2018", "740-555-2019".
    "ashby-valley-budget-start-times": (
        "2018-05-10",
        [
            ("Thursday, May 10, 2018", "DATE", "2018-05-10"),
            ("June", "DATE", "2018-06"),
            ("nearly three hours", "DURATION", "PT3H"),
            ("Monday night", "TIME", "2018-05-07TNI"),
            ("the fiscal year", "DATE", "FY2019"),
            ("July 1", "DATE", "2018-07-01"),
            ("June 11", "DATE", "2018-06-11"),
            ("the current fiscal year", "DATE", "FY2018"),
            ("June 30", "DATE", "2018-06-30"),
            ("three-year", "DURATION", "P3Y"),
            ("Aug. 1", "DATE", "2018-08-01"),
            ("2013", "DATE", "2013"),
            ("Tuesday", "DATE", "2018-05-08"),
            ("7:25 a.m.", "TIME", "XXXX-XX-XXT07:25"),
            ("8:10 a.m.", "TIME", "XXXX-XX-XXT08:10"),
            ("the fall", "DATE", "2018-FA"),
            ("7 p.m.", "TIME", "2018-05-07T19:00"),
            ("almost 10 p.m.", "TIME", "2018-05-07T22:00"),
            ("two years", "DURATION", "P2Y"),
            ("2014", "DATE", "2014"),
            ("about 25 minutes", "DURATION", "PT25M"),
            ("each afternoon", "SET", "XXXX-XX-XXTAF"),
            ("its first year", "DURATION", "P1Y"),
            ("last month", "DATE", "2018-04"),
            ("6:30 p.m.", "TIME", "2018-05-16T18:30"),
            ("next Wednesday", "DATE", "2018-05-16"),
            ("10 a.m.", "TIME", "2018-05-19T10:00"),
            ("Saturday, May 19", "DATE", "2018-05-19"),
            ("June", "DATE", "2018-06"),
            ("the summer", "DATE", "2018-SU"),
            ("July", "DATE", "2018-07"),
            ("August", "DATE", "2018-08"),
            ("Monday", "DATE", "2018-05-07"),
            ("Wednesday, Aug. 22", "DATE", "2018-08-22"),
            ("Dec. 22", "DATE", "2018-12-22"),
            ("Jan. 2", "DATE", "2019-01-02"),
            ("June 4, 2019", "DATE", "2019-06-04"),
            ("four years", "DURATION", "P4Y"),
            ("2 p.m.", "TIME", "2018-05-27T14:00"),
            ("Sunday, May 27", "DATE", "2018-05-27"),
            ("1996", "DATE", "1996"),
            ("this summer", "DATE", "2018-SU"),
        ],
    ),
    # Tuesday 2019-03-19 (ISO week 12), US local daily's website, road project, section label,
    # headline ("closes Monday for eight months": 2019-03-25 and P8M), stamp "Published 6:02
    # a.m. ET March 19, 2019 | Updated 11:47 a.m. ET March 19, 2019" (a TIME and a DATE each,
    # the zone in the span, gold_blind21), byline, "CALLOWAY —" dateline (North Carolina,
    # where cities' fiscal years run July-June). "six more days" DURATION P6D (Tuesday to the
    # closing Monday). Future: "7 a.m. Monday" 2019-03-25T07:00 and the DATE; "the end of
    # October" 2019-10; "Thanksgiving" 2019-11-28 (fourth Thursday of November); the utility
    # shutdown "overnight, from 8 p.m. Friday to 6 a.m. Saturday" -> "overnight" 2019-03-22TNI
    # (the night dated by its evening, gold_blind21) with two TIMEs and two DATEs; "this
    # summer" 2019-SU; "the fiscal year that begins July 1" FY2020 plus 2019-07-01; "the
    # Fourth of July" 2019-07-04; "spring 2020" 2020-SP. Past: "on Wednesday night"
    # 2019-03-13TNI; owners "said Monday" 2019-03-18 (the same weekday in both directions);
    # "in January" 2019-01; "earlier this month" 2019-03; "fall 2017" 2017-FA; "Last year's
    # Main Street work" -> "Last year" 2018; "last summer" 2018-SU ("most of" left out,
    # gold_blind21) and "in October" 2018-10. Work hours "from 7 a.m. to 7 p.m. daily"
    # XXXX-XX-XXThh:mm twice and SET P1D; "every two weeks" SET P2W; "up to 15 minutes"
    # PT15M; "three months" P3M; "three weeks behind schedule" P3W (the size of a delay,
    # gold_blind35); "a 2017 traffic count" -> "2017" (an adjectival year). Not annotated:
    # "1958 N. Ninth St." (an address equal to the bridge's annotated "1958"), "10-ton", "N.C.
    # 46", "$14.2 million", "$2.8 million", "about a third", "14,000 vehicles", "two blocks",
    # "callowaync.gov/bridge2019", "336-555-2020" (beside "spring 2020"), "A second phase".
    "ninth-street-bridge-closure": (
        "2019-03-19",
        [
            ("Monday", "DATE", "2019-03-25"),
            ("eight months", "DURATION", "P8M"),
            ("6:02 a.m. ET", "TIME", "2019-03-19T06:02"),
            ("March 19, 2019", "DATE", "2019-03-19"),
            ("11:47 a.m. ET", "TIME", "2019-03-19T11:47"),
            ("March 19, 2019", "DATE", "2019-03-19"),
            ("six more days", "DURATION", "P6D"),
            ("7 a.m.", "TIME", "2019-03-25T07:00"),
            ("Monday", "DATE", "2019-03-25"),
            ("the end of October", "DATE", "2019-10"),
            ("Thanksgiving", "DATE", "2019-11-28"),
            ("the next eight months", "DURATION", "P8M"),
            ("Wednesday night", "TIME", "2019-03-13TNI"),
            ("1958", "DATE", "1958"),
            ("2016", "DATE", "2016"),
            ("fall 2017", "DATE", "2017-FA"),
            ("up to 15 minutes", "DURATION", "PT15M"),
            ("overnight", "TIME", "2019-03-22TNI"),
            ("8 p.m.", "TIME", "2019-03-22T20:00"),
            ("Friday", "DATE", "2019-03-22"),
            ("6 a.m.", "TIME", "2019-03-23T06:00"),
            ("Saturday", "DATE", "2019-03-23"),
            ("Monday", "DATE", "2019-03-18"),
            ("this summer", "DATE", "2019-SU"),
            ("Last year", "DATE", "2018"),
            ("three months", "DURATION", "P3M"),
            ("1991", "DATE", "1991"),
            ("the fiscal year", "DATE", "FY2020"),
            ("July 1", "DATE", "2019-07-01"),
            ("January", "DATE", "2019-01"),
            ("earlier this month", "DATE", "2019-03"),
            ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
            ("7 p.m.", "TIME", "XXXX-XX-XXT19:00"),
            ("daily", "SET", "P1D"),
            ("the Fourth of July", "DATE", "2019-07-04"),
            ("every two weeks", "SET", "P2W"),
            ("spring 2020", "DATE", "2020-SP"),
            ("2017", "DATE", "2017"),
            ("last summer", "DATE", "2018-SU"),
            ("October", "DATE", "2018-10"),
            ("three weeks", "DURATION", "P3W"),
        ],
    ),
    # Monday 2019-11-04 (ISO week 45), US local TV station's website, police standoff, station
    # label, headline ("five-hour" P5H, "early Sunday" DATE 2019-11-03, gold_blind44), stamps
    # "Posted: Nov 4, 2019 / 06:41 AM CST / Updated: Nov 4, 2019 / 04:15 PM CST" (two DATEs and
    # two TIMEs), byline, "BRAXTON, Iowa (KCRB) —" dateline. "on Monday" the publication day;
    # "this morning" 2019-11-04TMO. The call "around 9:30 p.m. Saturday" 2019-11-02T21:30 ("around"
    # kept in the span like "about", gold_blind44); "Saturday night" and "overnight"
    # 2019-11-02TNI (the night dated by its evening); daylight saving time ended at 2 a.m. on
    # Sunday 2019-11-03: "fell back an hour at 2 a.m. Sunday" -> "an hour" PT1H (the size of a
    # shift, gold_blind44), "2 a.m." 2019-11-03T02:00 and the DATE; "shortly after 3 a.m." ->
    # "3 a.m." ("shortly after" a signal like "shortly before"); "by 6 a.m." and "an hour
    # later" an anchored TIME 2019-11-03T07:00 (like "40 minutes later" after an exact clock
    # time, gold_blind44); "Sunday afternoon" 2019-11-03TAF. Future: "1:30 p.m. Tuesday"
    # 2019-11-05T13:30 and the DATE, "Nov. 14" 2019-11-14, "next spring" 2020-SP. Past:
    # "Halloween" 2019-10-31 and "6:10 p.m. Thursday" that day; "in September" 2019-09; "since
    # January" 2019-01; "in 2012"; "18 months" P18M. "every 15 minutes" SET PT15M; "more than
    # five hours" PT5H; "about two hours" PT2H; "in less than a week" and "in one week" P1W
    # (the period of a count, gold_blind103's "the third time in two weeks"); "a busy fall" ->
    # "fall" 2019-FA (the head noun, like "a wet winter", gold_blind103). Not annotated:
    # "daylight saving time" (a clock regime, like "British Summer Time", gold_blind44), "KCRB
    # 9", "the 1400 block", "27", "ages 4 and 7", "12-gauge", "Highway 30", "$50,000", "four
    # times", "319-555-1031" (1031 like Halloween's date), "1-800-555-0272".
    "braxton-sycamore-lane-standoff": (
        "2019-11-04",
        [
            ("five-hour", "DURATION", "PT5H"),
            ("early Sunday", "DATE", "2019-11-03"),
            ("Nov 4, 2019", "DATE", "2019-11-04"),
            ("06:41 AM CST", "TIME", "2019-11-04T06:41"),
            ("Nov 4, 2019", "DATE", "2019-11-04"),
            ("04:15 PM CST", "TIME", "2019-11-04T16:15"),
            ("Monday", "DATE", "2019-11-04"),
            ("Saturday night", "TIME", "2019-11-02TNI"),
            ("early Sunday", "DATE", "2019-11-03"),
            ("around 9:30 p.m.", "TIME", "2019-11-02T21:30"),
            ("Saturday", "DATE", "2019-11-02"),
            ("this morning", "TIME", "2019-11-04TMO"),
            ("more than five hours", "DURATION", "PT5H"),
            ("every 15 minutes", "SET", "PT15M"),
            ("overnight", "TIME", "2019-11-02TNI"),
            ("an hour", "DURATION", "PT1H"),
            ("2 a.m.", "TIME", "2019-11-03T02:00"),
            ("Sunday", "DATE", "2019-11-03"),
            ("3 a.m.", "TIME", "2019-11-03T03:00"),
            ("6 a.m.", "TIME", "2019-11-03T06:00"),
            ("an hour later", "TIME", "2019-11-03T07:00"),
            ("Sunday afternoon", "TIME", "2019-11-03TAF"),
            ("1:30 p.m.", "TIME", "2019-11-05T13:30"),
            ("Tuesday", "DATE", "2019-11-05"),
            ("Nov. 14", "DATE", "2019-11-14"),
            ("2012", "DATE", "2012"),
            ("18 months", "DURATION", "P18M"),
            ("September", "DATE", "2019-09"),
            ("January", "DATE", "2019-01"),
            ("less than a week", "DURATION", "P1W"),
            ("Halloween", "DATE", "2019-10-31"),
            ("about two hours", "DURATION", "PT2H"),
            ("6:10 p.m.", "TIME", "2019-10-31T18:10"),
            ("Thursday", "DATE", "2019-10-31"),
            ("fall", "DATE", "2019-FA"),
            ("one week", "DURATION", "P1W"),
            ("next spring", "DATE", "2020-SP"),
        ],
    ),
    # Wednesday 2017-06-28 (ISO week 26), US hyperlocal news site, festival preview, section
    # label, headline with "Fourth Of July 2017" (one DATE span, like "New Year's Eve 2019",
    # gold_blind5), deck ("41st annual" -> "annual" SET P1Y, gold_blind44; "steps off Tuesday";
    # "after a year away" DURATION P1Y), stamp "Jun 28, 2017 1:24 pm ET | Updated Jun 28, 2017
    # 4:02 pm ET", "FENWICK TOWNSHIP, NJ —" dateline. The Fourth, Tuesday 2017-07-04
    # ("Independence Day", "Tuesday", "Tuesday, July 4"). "this weekend" and "The holiday
    # weekend" (Saturday 1 July to Tuesday 4 July) take the ISO week of their Saturday,
    # 2017-W26-WE (gold_blind21, gold_blind103). Future weekdays: "6 p.m. Saturday" 2017-07-01,
    # "8 a.m. Monday" 2017-07-03, "noon Friday" 2017-06-30T12:00 (gold_blind44), "10 a.m.
    # Tuesday", "about 9:15 p.m. Tuesday"; "from 8 a.m. to 2 p.m. that day" -> two TIMEs on
    # 2017-07-04 and "that day" DATE 2017-07-04 (a narrative anchor, gold_blind18). "Last
    # year ... that evening" -> 2016 and 2016-07-04TEV, the evening of last year's Fourth
    # (see README); "the township's first display in two years" P2Y (the period of a "first
    # in"); "its biggest lineup in years" -> "years" PXY (the vague period of a superlative);
    # "this year" 2017; "the next day, Wednesday, July 5" -> 2017-07-05 twice (gold_blind32);
    # "every 20 minutes" SET PT20M; "in 2015"; "last week's council meeting" -> "last week"
    # 2017-W25; "the one night of the summer" -> "the summer" 2017-SU; "every summer since
    # 1976" SET XXXX-SU and DATE 1976 (gold_blind21). The schedule box: weekday-dates and
    # their clock times. Not annotated: "Spirit of '76" (a name), "Firecracker 5K", "1776
    # Hamilton Road" (an address), "Route 537", "fenwicktwp.org/july4-2017", "$38,500",
    # "$31,000", "732-555-0704" (like July 4's date), "the same time" (anaphoric), "41st",
    # "the one night", "Rain date" (a kind of date).
    "fenwick-fourth-of-july-2017": (
        "2017-06-28",
        [
            ("Fourth Of July 2017", "DATE", "2017-07-04"),
            ("annual", "SET", "P1Y"),
            ("Tuesday", "DATE", "2017-07-04"),
            ("a year", "DURATION", "P1Y"),
            ("Jun 28, 2017", "DATE", "2017-06-28"),
            ("1:24 pm ET", "TIME", "2017-06-28T13:24"),
            ("Jun 28, 2017", "DATE", "2017-06-28"),
            ("4:02 pm ET", "TIME", "2017-06-28T16:02"),
            ("Independence Day", "DATE", "2017-07-04"),
            ("years", "DURATION", "PXY"),
            ("this weekend", "DATE", "2017-W26-WE"),
            ("The holiday weekend", "DATE", "2017-W26-WE"),
            ("6 p.m.", "TIME", "2017-07-01T18:00"),
            ("Saturday", "DATE", "2017-07-01"),
            ("8 a.m.", "TIME", "2017-07-03T08:00"),
            ("Monday", "DATE", "2017-07-03"),
            ("noon", "TIME", "2017-06-30T12:00"),
            ("Friday", "DATE", "2017-06-30"),
            ("10 a.m.", "TIME", "2017-07-04T10:00"),
            ("Tuesday", "DATE", "2017-07-04"),
            ("8 a.m.", "TIME", "2017-07-04T08:00"),
            ("2 p.m.", "TIME", "2017-07-04T14:00"),
            ("that day", "DATE", "2017-07-04"),
            ("about 9:15 p.m.", "TIME", "2017-07-04T21:15"),
            ("Tuesday", "DATE", "2017-07-04"),
            ("Last year", "DATE", "2016"),
            ("that evening", "TIME", "2016-07-04TEV"),
            ("two years", "DURATION", "P2Y"),
            ("this year", "DATE", "2017"),
            ("the next day", "DATE", "2017-07-05"),
            ("Wednesday, July 5", "DATE", "2017-07-05"),
            ("every 20 minutes", "SET", "PT20M"),
            ("2015", "DATE", "2015"),
            ("last week", "DATE", "2017-W25"),
            ("the summer", "DATE", "2017-SU"),
            ("every summer", "SET", "XXXX-SU"),
            ("1976", "DATE", "1976"),
            ("Saturday, July 1", "DATE", "2017-07-01"),
            ("6 p.m.", "TIME", "2017-07-01T18:00"),
            ("Monday, July 3", "DATE", "2017-07-03"),
            ("8 a.m.", "TIME", "2017-07-03T08:00"),
            ("Tuesday, July 4", "DATE", "2017-07-04"),
            ("10 a.m.", "TIME", "2017-07-04T10:00"),
            ("about 9:15 p.m.", "TIME", "2017-07-04T21:15"),
            ("Wednesday, July 5", "DATE", "2017-07-05"),
        ],
    ),
    # Sunday 2018-07-22 (ISO week 29), US local TV station's website, storm aftermath, section
    # label, headline ("until Tuesday night" 2018-07-24TNI), stamp "By Meteorologist ... | July
    # 22, 2018 at 8:14 AM EDT - Updated July 22 at 5:52 PM" (DATE and TIME each, the update's
    # date without a year), "GARRISON FALLS, Pa. (WGFT) -" dateline. "Crews spent Sunday" is
    # the publication day; "today", "this afternoon" 2018-07-22TAF, "4 p.m." that day. The
    # storm "on Saturday evening" 2018-07-21TEV: "at 6:52 p.m.", "at about 6:40 p.m.", "by 7:15
    # p.m." on Saturday; "in that half hour" -> "that half hour" DURATION PT30M (fractions
    # converted, gold_blind21); "overnight" 2018-07-21TNI; "Saturday's storms" -> "Saturday".
    # Future: survey "Monday" 2018-07-23, "late Monday" DATE 2018-07-23 (gold_blind21's "late
    # Monday"), "Tuesday night"; the cooling center "through Wednesday" 2018-07-25; the fair
    # grounds "by Thursday" 2018-07-26, the fair opens "on Friday" 2018-07-27 and runs "through
    # next weekend" 2018-W30-WE (said on a Sunday, the weekend after the one ending today).
    # "from 10 a.m. to 8 p.m. daily" the hours of a recurring service, XXXX-XX-XXThh:mm and SET
    # P1D (gold_blind21); "hourly" SET PT1H; "about four minutes" PT4M; "14-hour" PT14H; "the
    # next three days" P3D; "in two weeks" P2W (the period of a count, gold_blind103); "since
    # May 2011" 2011-05; "since 2009"; "the 1920s" 192; "1946"; "Last July" in July 2018 is
    # the July of 2017, 2017-07. Forecast box (gold_blind44): "Tonight" 2018-07-22TNI, "Monday",
    # "Tuesday", "the afternoon" 2018-07-24TAF. Not annotated: "EF-1", "95 mph", "71 mph",
    # "2.3 miles", "1.6 inches", "41,200", "18,000", "300 line workers", "three states", "the
    # low 90s" (temperatures, not a decade), "High 91", "Low 70", "68" (an age), "Route 322",
    # "WGFT 8", "1-888-555-0722" (0722 like the day's date), "every storm since" (anaphoric),
    # "At the peak", "may" (the verb), "the third round".
    "garrison-county-storm-cleanup": (
        "2018-07-22",
        [
            ("Tuesday night", "TIME", "2018-07-24TNI"),
            ("July 22, 2018", "DATE", "2018-07-22"),
            ("8:14 AM EDT", "TIME", "2018-07-22T08:14"),
            ("July 22", "DATE", "2018-07-22"),
            ("5:52 PM", "TIME", "2018-07-22T17:52"),
            ("Sunday", "DATE", "2018-07-22"),
            ("Saturday evening", "TIME", "2018-07-21TEV"),
            ("this afternoon", "TIME", "2018-07-22TAF"),
            ("6:52 p.m.", "TIME", "2018-07-21T18:52"),
            ("about four minutes", "DURATION", "PT4M"),
            ("May 2011", "DATE", "2011-05"),
            ("Monday", "DATE", "2018-07-23"),
            ("about 6:40 p.m.", "TIME", "2018-07-21T18:40"),
            ("7:15 p.m.", "TIME", "2018-07-21T19:15"),
            ("that half hour", "DURATION", "PT30M"),
            ("2009", "DATE", "2009"),
            ("overnight", "TIME", "2018-07-21TNI"),
            ("4 p.m.", "TIME", "2018-07-22T16:00"),
            ("today", "DATE", "2018-07-22"),
            ("late Monday", "DATE", "2018-07-23"),
            ("Tuesday night", "TIME", "2018-07-24TNI"),
            ("14-hour", "DURATION", "PT14H"),
            ("the 1920s", "DATE", "192"),
            ("1946", "DATE", "1946"),
            ("the next three days", "DURATION", "P3D"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
            ("Wednesday", "DATE", "2018-07-25"),
            ("Thursday", "DATE", "2018-07-26"),
            ("Friday", "DATE", "2018-07-27"),
            ("next weekend", "DATE", "2018-W30-WE"),
            ("Saturday", "DATE", "2018-07-21"),
            ("two weeks", "DURATION", "P2W"),
            ("Last July", "DATE", "2017-07"),
            ("hourly", "SET", "PT1H"),
            ("Tonight", "TIME", "2018-07-22TNI"),
            ("Monday", "DATE", "2018-07-23"),
            ("Tuesday", "DATE", "2018-07-24"),
            ("the afternoon", "TIME", "2018-07-24TAF"),
        ],
    ),
    # Friday 2016-11-18 (ISO week 46), US local daily's business page in print style, page line
    # "THE LINWOOD GAZETTE • FRIDAY, NOVEMBER 18, 2016 • B1" (one DATE span with its weekday in
    # capitals, checked by hand since gold_tools checks only capitalized weekday names),
    # section label, headline ("opens Saturday" 2016-11-19), deck ("in time for Thanksgiving"
    # 2016-11-24, the fourth Thursday of November), byline, no dateline, an "IF YOU GO" box.
    # "For the first time since 2013" and "closed its doors three years ago" -> 2013 both
    # ("N ago" the unit's granularity, gold_blind28); "31 years ago" 1985, matching "since
    # 1985". Past: the soft opening "on Wednesday" 2016-11-16, Porter "said Thursday"
    # 2016-11-17. Future: "8 a.m. Saturday" 2016-11-19; turkeys "until 5 p.m. Monday"
    # 2016-11-21, picked up "Tuesday or Wednesday" 2016-11-22 and 2016-11-23 (Wednesday in both
    # directions); "next week" 2016-W47; "4 p.m. on Thanksgiving Day" 2016-11-24T16:00 and the
    # DATE; "Christmas Day" 2016-12-25; "Small Business Saturday on Nov. 26" two DATEs
    # 2016-11-26 (a shopping day named like a holiday, like "Black Friday", gold_blind38);
    # "two days after Thanksgiving" -> DURATION P2D and DATE "Thanksgiving" (an anchored
    # duration is the duration alone, gold_blind35); "the third quarter" 2016-Q3 (calendar,
    # no fiscal year described) and "a year earlier" after it 2015-Q3 (gold_blind35); "a
    # 1950s-style lunch counter" -> "1950s" 195 (the span stops at the hyphen, gold_blind44);
    # "next spring" 2017-SP; "the coming months" PXM; "nearly a decade" P10Y; "earlier this
    # year" 2016; "Now" PRESENT_REF; "every day" SET P1D; "less than two hours" PT2H; "14
    # months" P14M; store hours "from 7 a.m. to 10 p.m. daily" XXXX-XX-XXThh:mm and SET P1D;
    # box: "8 a.m. Saturday", "9:30 a.m." that day, "Saturday mornings" SET XXXX-WXX-6TMO,
    # "through Dec. 17" 2016-12-17. Not annotated: "2016 Front St." (twice, an address equal
    # to the year of publication), "B1", "40 jobs", "22,000-square-foot", "118 people", "6
    # percent", "four aisles", "Route 13", "302-555-1124" (1124 like Thanksgiving's date),
    # "third store", "since the bank left" (anaphoric), "the first time" beyond "2013".
    "porters-market-front-street-opening": (
        "2016-11-18",
        [
            ("FRIDAY, NOVEMBER 18, 2016", "DATE", "2016-11-18"),
            ("Saturday", "DATE", "2016-11-19"),
            ("Thanksgiving", "DATE", "2016-11-24"),
            ("2013", "DATE", "2013"),
            ("1985", "DATE", "1985"),
            ("8 a.m.", "TIME", "2016-11-19T08:00"),
            ("Saturday", "DATE", "2016-11-19"),
            ("1924", "DATE", "1924"),
            ("three years ago", "DATE", "2013"),
            ("Wednesday", "DATE", "2016-11-16"),
            ("less than two hours", "DURATION", "PT2H"),
            ("31 years ago", "DATE", "1985"),
            ("Thursday", "DATE", "2016-11-17"),
            ("14 months", "DURATION", "P14M"),
            ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("daily", "SET", "P1D"),
            ("4 p.m.", "TIME", "2016-11-24T16:00"),
            ("Thanksgiving Day", "DATE", "2016-11-24"),
            ("Christmas Day", "DATE", "2016-12-25"),
            ("next week", "DATE", "2016-W47"),
            ("5 p.m.", "TIME", "2016-11-21T17:00"),
            ("Monday", "DATE", "2016-11-21"),
            ("Tuesday", "DATE", "2016-11-22"),
            ("Wednesday", "DATE", "2016-11-23"),
            ("Small Business Saturday", "DATE", "2016-11-26"),
            ("Nov. 26", "DATE", "2016-11-26"),
            ("two days", "DURATION", "P2D"),
            ("Thanksgiving", "DATE", "2016-11-24"),
            ("the third quarter", "DATE", "2016-Q3"),
            ("a year earlier", "DATE", "2015-Q3"),
            ("1950s", "DATE", "195"),
            ("next spring", "DATE", "2017-SP"),
            ("the coming months", "DURATION", "PXM"),
            ("nearly a decade", "DURATION", "P10Y"),
            ("earlier this year", "DATE", "2016"),
            ("Now", "DATE", "PRESENT_REF"),
            ("every day", "SET", "P1D"),
            ("8 a.m.", "TIME", "2016-11-19T08:00"),
            ("Saturday", "DATE", "2016-11-19"),
            ("9:30 a.m.", "TIME", "2016-11-19T09:30"),
            ("Saturday mornings", "SET", "XXXX-WXX-6TMO"),
            ("Dec. 17", "DATE", "2016-12-17"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
