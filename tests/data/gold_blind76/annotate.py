"""Annotations of the seventy-sixth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind76/annotate.py [--show]

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
    # Wednesday 2013-03-20 (ISO week 12), British regional daily's ferry timetable story,
    # headline, standfirst, byline, date line "Wednesday 20 March 2013". The summer timetable
    # starts "on 31 March" (headline) = "Sunday 31 March" (one span with its weekday), which
    # is also Easter Sunday 2013; the operator spoke yesterday, Tuesday 2013-03-19; bookings
    # open "at 9am on Monday", the coming Monday 2013-03-25 (two TIMEX3). "the summer
    # timetable" and "the winter timetable" are schedule names, not the calendar seasons,
    # and are left out (gold_blind7, gold_blind13, gold_blind56); their dates "26 October"
    # and "27 October" (a Sunday) are annotated, as is the standfirst's "October" 2013-10.
    # "the Sunday gap", "a Sunday boat", "the Sunday service", "an evening boat" and "the new
    # evening sailing" name kinds of service, like "a Saturday service" (gold_blind56). The
    # departure "at 19:45" and "16:30" recur on every day of a timetable, XXXX-XX-XXThh:mm
    # (gold_blind28, gold_blind56); "a fourth daily return sailing" -> "daily" SET P1D, the
    # adjective naming a recurrence ("daily flights", gold_blind13). "an hour and a quarter"
    # is one DURATION in minutes, PT75M (fractions to a smaller unit, gold_blind24). "Until
    # now" -> "now" PRESENT_REF. "the Easter weekend" is the ISO weekend of its Saturday,
    # 2013-W13-WE (Saturday 30 and Sunday 31 March; gold_blind57). "The clocks go forward an
    # hour at 1am the same day" -> "an hour" PT1H (the size of the shift), "1am"
    # 2013-03-31T01:00 and "the same day" DATE 2013-03-31, anchored on Easter Sunday, like
    # "the same week" (gold_blind4) and the clocks of gold_blind44. The councillor's "leave at
    # half past three" is a habitual clock time without a day, XXXX-XX-XXT15:30 (the
    # afternoon: a commuter leaving work before the 16:30 boat). "on Fridays last August" is
    # a SET and a DATE (gold_blind28, gold_blind56). "the winter of 2009-10" is one DATE
    # 2010-WI and "next winter" (said in March 2013) 2014-WI: a winter takes the year of its
    # January (gold_blind10, gold_blind26); see the README for the two-year winter. Not
    # annotated: "Route 4", "the number 52 bus", "the last boat of the day", "working hours",
    # "the first day of the timetable" (its day is "Easter Sunday"), the phone number, the
    # web address "summer2013", "2,000", "3,100", "38", prices.
    "skerrin-ferry-summer-timetable": (
        "2013-03-20",
        [
            ("31 March", "DATE", "2013-03-31"),
            ("October", "DATE", "2013-10"),
            ("Wednesday 20 March 2013", "DATE", "2013-03-20"),
            ("the end of this month", "DATE", "2013-03"),
            ("Sunday 31 March", "DATE", "2013-03-31"),
            ("yesterday", "DATE", "2013-03-19"),
            ("26 October", "DATE", "2013-10-26"),
            ("daily", "SET", "P1D"),
            ("19:45", "TIME", "XXXX-XX-XXT19:45"),
            ("now", "DATE", "PRESENT_REF"),
            ("16:30", "TIME", "XXXX-XX-XXT16:30"),
            ("an hour and a quarter", "DURATION", "PT75M"),
            ("three-hour", "DURATION", "PT3H"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("twice a week", "SET", "P1W"),
            ("last summer", "DATE", "2012-SU"),
            ("This year", "DATE", "2013"),
            ("Easter Sunday", "DATE", "2013-03-31"),
            ("the Easter weekend", "DATE", "2013-W13-WE"),
            ("an hour", "DURATION", "PT1H"),
            ("1am", "TIME", "2013-03-31T01:00"),
            ("the same day", "DATE", "2013-03-31"),
            ("20 years", "DURATION", "P20Y"),
            ("half past three", "TIME", "XXXX-XX-XXT15:30"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("last August", "DATE", "2012-08"),
            ("six-week", "DURATION", "P6W"),
            ("27 October", "DATE", "2013-10-27"),
            ("five months", "DURATION", "P5M"),
            ("next winter", "DATE", "2014-WI"),
            ("the winter of 2009-10", "DATE", "2010-WI"),
            ("the coming months", "DURATION", "PXM"),
            ("9am", "TIME", "2013-03-25T09:00"),
            ("Monday", "DATE", "2013-03-25"),
        ],
    ),
    # Thursday 2012-08-02 (ISO week 31), US local paper's weekend events listing, kicker
    # "WEEKEND PLANNER", headline, byline "Staff Writer", date line "Thursday, August 2, 2012".
    # The day headings "Friday, Aug. 3", "Saturday, Aug. 4", "Sunday, Aug. 5" are DATEs with
    # their weekday, and the heading "Next week" is annotated like the body's "next week"
    # (2012-W32), as gold_blind9 annotated a forecast table's labels; "Looking ahead" holds no
    # TIMEX3. Clock times under a day heading take that day ("7 p.m." Friday, "9:30 p.m."
    # Saturday, "11 a.m." and "4 p.m." Sunday); hours that recur are XXXX-XX-XXThh:mm ("Gates
    # open daily at 9 a.m.", "Every Saturday from 8 a.m. to noon", the shows "at dusk, about
    # 8:15 p.m."). The fair "Runs through Sunday" 2012-08-05 (future) and "opened Tuesday"
    # 2012-07-31, "drew ... Wednesday" 2012-08-01 (past); listings are due "by noon Monday",
    # 2012-08-06 (two TIMEX3). "this weekend" 2012-W31-WE; "Labor Day weekend" the ISO weekend
    # of its Saturday, 2012-W35-WE (Labor Day 2012 is Monday 3 September; gold_blind57), with
    # "Sept. 1-2" two DATEs, the bare "2" included (gold_blind62). "Thursdays through
    # Sundays" gives two SETs, the ends of a range of weekdays, like "Mon-Fri" in the Carrow
    # notice (see README). "dusk" TIME XXXX-XX-XXTEV (gold_blind54, gold_blind59). "every
    # hour" SET PT1H; "the summer" (of "The busiest stretch of the summer") 2012-SU. Not
    # annotated: "Steam Sunday" (an event's name), "Twelfth Night" (a play), "Engine 1912",
    # "Route 9", "County Road 12", "5K", "by moonlight", "ages 6 to 12", "under-6s", "under
    # 14", the phone numbers, "14,200", prices.
    "millbrook-weekend-planner": (
        "2012-08-02",
        [
            ("Thursday, August 2, 2012", "DATE", "2012-08-02"),
            ("the summer", "DATE", "2012-SU"),
            ("this weekend", "DATE", "2012-W31-WE"),
            ("next week", "DATE", "2012-W32"),
            ("Friday, Aug. 3", "DATE", "2012-08-03"),
            ("every Friday evening", "SET", "XXXX-WXX-5TEV"),
            ("June", "DATE", "2012-06"),
            ("7 p.m.", "TIME", "2012-08-03T19:00"),
            ("Sunday", "DATE", "2012-08-05"),
            ("daily", "SET", "P1D"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("Tuesday", "DATE", "2012-07-31"),
            ("Wednesday", "DATE", "2012-08-01"),
            ("Saturday, Aug. 4", "DATE", "2012-08-04"),
            ("9:30 p.m.", "TIME", "2012-08-04T21:30"),
            ("Every Saturday", "SET", "XXXX-WXX-6"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("Oct. 27", "DATE", "2012-10-27"),
            ("Sunday, Aug. 5", "DATE", "2012-08-05"),
            ("1923", "DATE", "1923"),
            ("every hour", "SET", "PT1H"),
            ("11 a.m.", "TIME", "2012-08-05T11:00"),
            ("4 p.m.", "TIME", "2012-08-05T16:00"),
            ("40-minute", "DURATION", "PT40M"),
            ("Next week", "DATE", "2012-W32"),
            ("Thursday, Aug. 9", "DATE", "2012-08-09"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("Aug. 19", "DATE", "2012-08-19"),
            ("dusk", "TIME", "XXXX-XX-XXTEV"),
            ("about 8:15 p.m.", "TIME", "XXXX-XX-XXT20:15"),
            ("Labor Day weekend", "DATE", "2012-W35-WE"),
            ("Sept. 1", "DATE", "2012-09-01"),
            ("2", "DATE", "2012-09-02"),
            ("noon", "TIME", "2012-08-06T12:00"),
            ("Monday", "DATE", "2012-08-06"),
        ],
    ),
    # Tuesday 2015-03-10 (ISO week 11), a visitor attraction's web notice of its opening times,
    # "Posted on Tuesday 10 March 2015"; the heading's "for 2015" is DATE 2015. The hall
    # reopens "on Good Friday, 3 April" (two DATEs, a holiday and the date after it,
    # gold_blind57) and is "open daily from Easter to October": "daily" SET P1D, "Easter" the
    # Easter Sunday of 2015, 2015-04-05, "October" 2015-10; "closed Mondays" SET XXXX-WXX-1
    # ("bank holidays" generic, gold_blind70). "autumn 2011" 2011-FA; "late June" 2015-06
    # (ahead); "the 1720s" 172. The OPENING HOURS table recurs on no particular day (see
    # README): "Tue-Sun 11am-5pm" gives the SETs "Tue" XXXX-WXX-2 and "Sun" XXXX-WXX-7 (the
    # ends of a range of weekdays) and the TIMEs XXXX-XX-XXT11:00 and T17:00, the hyphen a
    # range mark (gold_blind62); "last admission 4.30pm" T16:30; "daily 10am until dusk" SET,
    # T10:00 and "dusk" XXXX-XX-XXTEV (gold_blind54); "Winter: ... weekends only" two SETs,
    # XXXX-WI and XXXX-WXX-WE (a generic season, like "summer" in gold_blind26's "every
    # Thursday in summer"); "Mon-Fri 9-5" SETs XXXX-WXX-1 and XXXX-WXX-5 and bare hours read
    # as office hours, XXXX-XX-XXT09:00 and XXXX-XX-XXT17:00 (see README). "every Sunday in
    # May at 2pm" SET, DATE 2015-05 and TIME (gold_blind27, gold_blind62); "Friday 17 and
    # Saturday 18 July" two DATEs, "Friday 17" taking its month from the next date; "nightly
    # at 7.30pm" SET XXXX-XX-XXTNI and T19:30 (gold_blind62). "Last year" 2014 and "the year
    # before" 2013, anchored on it. Not annotated: "winter closure" (a kind of closure),
    # "Christmas at Carrow" (an event's name), "the season", "dates to follow", "during the
    # war", "Four Summers" (a play), "the third Lord Carrow", "17 portraits", "48,000", "6%",
    # "Room 12", "X15", "15 or more", "under-12s", prices, the phone number, "May we" (verb).
    "carrow-hall-opening-times": (
        "2015-03-10",
        [
            ("2015", "DATE", "2015"),
            ("Tuesday 10 March 2015", "DATE", "2015-03-10"),
            ("Good Friday", "DATE", "2015-04-03"),
            ("3 April", "DATE", "2015-04-03"),
            ("This year", "DATE", "2015"),
            ("daily", "SET", "P1D"),
            ("Easter", "DATE", "2015-04-05"),
            ("October", "DATE", "2015-10"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("autumn 2011", "DATE", "2011-FA"),
            ("three-year", "DURATION", "P3Y"),
            ("late June", "DATE", "2015-06"),
            ("the 1720s", "DATE", "172"),
            ("Tue", "SET", "XXXX-WXX-2"),
            ("Sun", "SET", "XXXX-WXX-7"),
            ("11am", "TIME", "XXXX-XX-XXT11:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("4.30pm", "TIME", "XXXX-XX-XXT16:30"),
            ("daily", "SET", "P1D"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("dusk", "TIME", "XXXX-XX-XXTEV"),
            ("Winter", "SET", "XXXX-WI"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("Mon", "SET", "XXXX-WXX-1"),
            ("Fri", "SET", "XXXX-WXX-5"),
            ("9", "TIME", "XXXX-XX-XXT09:00"),
            ("5", "TIME", "XXXX-XX-XXT17:00"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("May", "DATE", "2015-05"),
            ("2pm", "TIME", "XXXX-XX-XXT14:00"),
            ("Friday 17", "DATE", "2015-07-17"),
            ("Saturday 18 July", "DATE", "2015-07-18"),
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("7.30pm", "TIME", "XXXX-XX-XXT19:30"),
            ("1962", "DATE", "1962"),
            ("Last year", "DATE", "2014"),
            ("the year before", "DATE", "2013"),
        ],
    ),
    # Monday 2015-07-20 (ISO week 30), British regional paper's festival preview, headline,
    # standfirst, byline, date line "Monday 20 July 2015". The festival runs "14-16 August"
    # (two DATEs, the bare "14" included, gold_blind62), "next month" 2015-08; the standfirst's
    # "Three days" P3D. Its days are given with their dates: "the evening of Friday 14 August"
    # one TIME span 2015-08-14TEV (like "the evening of June 24", gold_blind28) with "9.30pm"
    # on that day; "Saturday 15 August" with "noon" and "11pm" on it; "Sunday 16 August" with
    # "sunrise" TIME 2015-08-16TMO (dawn and sunrise start the morning, gold_blind59; the
    # headline's adjectival "sunrise swim" names the event and is left out). "at 2pm on the
    # Saturday" -> "2pm" 2015-08-15T14:00 and "the Saturday" DATE 2015-08-15, the festival's
    # Saturday, a definite day whose date the text gives (like "the opening night",
    # gold_blind62). Bare weekdays of the paper's own week: the director spoke "on Friday"
    # 2015-07-17 (past); tickets go on sale "at 10am on Thursday", 2015-07-23 (future).
    # "last week" 2015-W29; "the first weekend of September" one DATE span 2015-W36-WE
    # (Saturday 5 and Sunday 6 September; like "the last Saturday of February", gold_blind5).
    # "each evening" and "each night" SETs XXXX-XX-XXTEV / TNI, with the late sailing's
    # "23:15" XXXX-XX-XXT23:15 (recurring on each festival night). "annually" SET P1Y; "last
    # year" 2014 and "a year earlier" 2013; "this summer" (possessive without the "'s") and
    # "this year" 2015-SU and 2015; "last summer" 2014-SU; "next year" 2016. Not annotated:
    # "the 29th" (an edition), "Studio 45" (twice), "Route 66 Diner", "the main day", "day
    # tickets", "a fourth day", "during the festival", "march" (verb), "may" (verb), the age
    # "52", "under-16s", "21,000", "17,500", "30 stalls", prices, the phone number.
    "kilbrannan-harbour-festival-preview": (
        "2015-07-20",
        [
            ("next month", "DATE", "2015-08"),
            ("Three days", "DURATION", "P3D"),
            ("each night", "SET", "XXXX-XX-XXTNI"),
            ("Monday 20 July 2015", "DATE", "2015-07-20"),
            ("14", "DATE", "2015-08-14"),
            ("16 August", "DATE", "2015-08-16"),
            ("this summer", "DATE", "2015-SU"),
            ("1987", "DATE", "1987"),
            ("annually", "SET", "P1Y"),
            ("the 1990s", "DATE", "199"),
            ("last year", "DATE", "2014"),
            ("a year earlier", "DATE", "2013"),
            ("the evening of Friday 14 August", "TIME", "2015-08-14TEV"),
            ("9.30pm", "TIME", "2015-08-14T21:30"),
            ("Saturday 15 August", "DATE", "2015-08-15"),
            ("noon", "TIME", "2015-08-15T12:00"),
            ("11pm", "TIME", "2015-08-15T23:00"),
            ("Sunday 16 August", "DATE", "2015-08-16"),
            ("sunrise", "TIME", "2015-08-16TMO"),
            ("this year", "DATE", "2015"),
            ("45-minute", "DURATION", "PT45M"),
            ("each evening", "SET", "XXXX-XX-XXTEV"),
            ("23:15", "TIME", "XXXX-XX-XXT23:15"),
            ("each night", "SET", "XXXX-XX-XXTNI"),
            ("last week", "DATE", "2015-W29"),
            ("six weeks", "DURATION", "P6W"),
            ("last summer", "DATE", "2014-SU"),
            ("Three-day", "DURATION", "P3D"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("Friday", "DATE", "2015-07-17"),
            ("10am", "TIME", "2015-07-23T10:00"),
            ("Thursday", "DATE", "2015-07-23"),
            ("2pm", "TIME", "2015-08-15T14:00"),
            ("the Saturday", "DATE", "2015-08-15"),
            ("next year", "DATE", "2016"),
            ("the first weekend of September", "DATE", "2015-W36-WE"),
        ],
    ),
    # Friday 2014-12-05 (ISO week 49), British newspaper travel section's ski-season snow
    # report, headline, standfirst, byline, date line "Friday 5 December 2014". "this week"
    # 2014-W49 and "this weekend" 2014-W49-WE; "one is a week early" -> "a week" P1W, the size
    # of a shift (gold_blind28). "the 2014-15 season" gives two DATEs, "2014" and the bare "15"
    # 2015, "season" (a ski season) left out (gold_blind10, gold_blind43, gold_blind44), as is
    # "last season". "the 36 hours to Wednesday evening" -> DURATION PT36H and TIME
    # 2014-12-03TEV (past); "Sunday night" 2014-12-07TNI (forecast, future); "had planned to
    # open on 13 December" 2014-12-13 and "tomorrow" 2014-12-06. "A year ago" 2013 (the
    # unit's granularity); "every night" SET; "Now" PRESENT_REF. "The winter of 2013-14" and
    # "the winter of 2012-13" are one DATE span each, 2014-WI and 2013-WI (see README); "for
    # more than a decade" the period of a superlative, P10Y (gold_blind28); "a fortnight
    # early" P2W, a shift; "late March" 2014-03 (past). "20 December" and "Saturday 27
    # December" ahead; "last year" 2013. "bookings for January" 2015-01 (ahead) and "a year
    # earlier" at the month's granularity 2014-01 (gold_blind35); "the February half-term"
    # -> "February" 2015-02, an adjectival month like "The October mid-term break"
    # (gold_blind25), "half-term" left out; "sold out in October" 2014-10. Lift hours "daily
    # from 8.45am to 4.45pm" recur (XXXX-XX-XXThh:mm) "until the end of April" 2015-04;
    # "Thursday evenings" SET XXXX-WXX-4TEV; "every Friday until Easter" SET and DATE
    # 2015-04-05. Not annotated: "High season" and "the school holidays" (no calendar value,
    # like "the holiday season", gold_blind19), "Night skiing" (a kind), "AP 1430" (a flight
    # number), "Col 2100" (a chairlift's name), "120cm", "3,210m", "85cm", "11%", "15%",
    # "9%", "over-16s".
    "val-serene-ski-season-snow-report": (
        "2014-12-05",
        [
            ("this week", "DATE", "2014-W49"),
            ("this weekend", "DATE", "2014-W49-WE"),
            ("a week", "DURATION", "P1W"),
            ("Friday 5 December 2014", "DATE", "2014-12-05"),
            ("2014", "DATE", "2014"),
            ("15", "DATE", "2015"),
            ("the 36 hours", "DURATION", "PT36H"),
            ("Wednesday evening", "TIME", "2014-12-03TEV"),
            ("Sunday night", "TIME", "2014-12-07TNI"),
            ("13 December", "DATE", "2014-12-13"),
            ("tomorrow", "DATE", "2014-12-06"),
            ("mid-November", "DATE", "2014-11"),
            ("A year ago", "DATE", "2013"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("Now", "DATE", "PRESENT_REF"),
            ("The winter of 2013-14", "DATE", "2014-WI"),
            ("more than a decade", "DURATION", "P10Y"),
            ("the winter of 2012-13", "DATE", "2013-WI"),
            ("a fortnight", "DURATION", "P2W"),
            ("late March", "DATE", "2014-03"),
            ("20 December", "DATE", "2014-12-20"),
            ("Saturday 27 December", "DATE", "2014-12-27"),
            ("last year", "DATE", "2013"),
            ("January", "DATE", "2015-01"),
            ("a year earlier", "DATE", "2014-01"),
            ("February", "DATE", "2015-02"),
            ("October", "DATE", "2014-10"),
            ("recently", "DATE", "PAST_REF"),
            ("daily", "SET", "P1D"),
            ("8.45am", "TIME", "XXXX-XX-XXT08:45"),
            ("4.45pm", "TIME", "XXXX-XX-XXT16:45"),
            ("the end of April", "DATE", "2015-04"),
            ("2012", "DATE", "2012"),
            ("Thursday evenings", "SET", "XXXX-WXX-4TEV"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("Easter", "DATE", "2015-04-05"),
        ],
    ),
    # Saturday 2014-10-18 (ISO week 42), US newspaper travel-section feature, section label,
    # headline, byline, date line "Saturday, October 18, 2014", "KETTLE FALLS, N.Y. —"
    # dateline, "IF YOU GO" box. The headline's adjectival "1920s" is DATE 192 (like "1960s
    # pop songs", gold_blind62). The writer arrived "on Sept. 23" 2014-09-23, "a week after"
    # the summer families left (an anchored duration, P1W); "Two days later" is anchored on
    # that arrival, 2014-09-25 (the narrative's last date; gold_blind56, gold_blind62). The
    # lodge "opened in 1924"; "a two-week stay" DURATION; "every night" a past habit, SET.
    # "reopened it the next summer" after 2009 -> 2010-SU (like "the following spring",
    # gold_blind62); "In 2012 they first kept it open through October" -> "October" 2012-10,
    # the year its clause names. "This summer" 2014-SU with "every weekend" SET and "from June
    # 27 to Labor Day" (Labor Day 2014 is Monday 1 September); "the past year" P1Y
    # (gold_blind35); "late September" 2014-09. Breakfast "from 7:30 a.m." and dinner "nightly
    # from 6 p.m." recur (XXXX-XX-XXThh:mm, SET XXXX-XX-XXTNI). "every autumn" SET XXXX-FA;
    # "more than half a century" P50Y; "late last year" 2013; "mid-2014" 2014 (gold_blind43).
    # "closes for the winter on Nov. 2 and reopens next spring" -> "the winter" ahead 2015-WI
    # (the winter of January 2015, gold_blind40), "Nov. 2" 2014-11-02, "next spring" 2015-SP.
    # "In recent years" -> "recent years" PAST_REF; "the coming months" PXM; "about a
    # five-hour drive" -> "five-hour" PT5H. Not annotated: "high season", "The shoulder
    # months", "the quiet season" (twice) (trade and house names of periods with no calendar
    # value, like "the holiday season", gold_blind19), "the best time", "summer families",
    # "a winter program", "their seasons", "Room 214", "the No. 7", "14 Shore Road", the phone
    # number, "212 guests", the age "78", "8%", "$165" (twice).
    "tamsin-lodge-off-season-travel": (
        "2014-10-18",
        [
            ("1920s", "DATE", "192"),
            ("Saturday, October 18, 2014", "DATE", "2014-10-18"),
            ("Sept. 23", "DATE", "2014-09-23"),
            ("a week", "DURATION", "P1W"),
            ("four days", "DURATION", "P4D"),
            ("1924", "DATE", "1924"),
            ("two-week", "DURATION", "P2W"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("the 1930s", "DATE", "193"),
            ("August 1929", "DATE", "1929-08"),
            ("2009", "DATE", "2009"),
            ("the next summer", "DATE", "2010-SU"),
            ("2012", "DATE", "2012"),
            ("October", "DATE", "2012-10"),
            ("Now", "DATE", "PRESENT_REF"),
            ("This summer", "DATE", "2014-SU"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("June 27", "DATE", "2014-06-27"),
            ("Labor Day", "DATE", "2014-09-01"),
            ("the past year", "DURATION", "P1Y"),
            ("late September", "DATE", "2014-09"),
            ("7:30 a.m.", "TIME", "XXXX-XX-XXT07:30"),
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("Two days later", "DATE", "2014-09-25"),
            ("every autumn", "SET", "XXXX-FA"),
            ("more than half a century", "DURATION", "P50Y"),
            ("recently", "DATE", "PAST_REF"),
            ("late last year", "DATE", "2013"),
            ("mid-2014", "DATE", "2014"),
            ("the winter", "DATE", "2015-WI"),
            ("Nov. 2", "DATE", "2014-11-02"),
            ("next spring", "DATE", "2015-SP"),
            ("recent years", "DATE", "PAST_REF"),
            ("the coming months", "DURATION", "PXM"),
            ("five-hour", "DURATION", "PT5H"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
