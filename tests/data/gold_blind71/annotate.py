"""Annotations of the seventy-first blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind71/annotate.py [--show]

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
    # Monday 2014-09-01 (ISO week 36), British regional paper's centenary feature, headline,
    # standfirst, byline, date line "Monday 1 September 2014". "100 years ago today" (headline)
    # and "One hundred years ago today" are one DATE span each, the day a century back,
    # 1914-09-01 (gold_blind48's "A year ago today"), confirmed by the apposed "Tuesday 1
    # September 1914". "before 6am" -> "6am" of that day; "the evening of the next day" one
    # TIME span, 1914-09-02TEV (like "the evening of June 24", gold_blind28). "less than a
    # month" P1M; "late August" 1914-08; "that autumn" 1914-FA. The narrative then moves to
    # 1916: "by 9pm" on 3 July 1916; "Two days later" 1916-07-05 (day granularity, anchored on
    # the narrative's last date); "the following week" the ISO week after it, 1916-W28. Back
    # in 2014: "Today" 2014-09-01; the service "On Sunday" (standfirst and body) 2014-09-07,
    # "at 11am" that day; the exhibition's hours recur, XXXX-XX-XXT09:30 / T17:00, "daily" P1D;
    # "15 November" ahead, 2014-11-15; "last month" 2014-08, "next month" 2014-10. The
    # inscription "1914-18" is two DATEs, "1914" and "18" -> 1918 (a range split like "the
    # 2014-15 academic year", gold_blind68). "until recently" -> "recently" PAST_REF; "For
    # decades" -> "decades" PXY; "once a year" and "every week" SETs. Not annotated: "the
    # centenary", "the day 900 men enlisted" (an event-named day), "the 14th (Service)
    # Battalion", "the Second World War", "15-year-old", "19", "12th in that queue", "30ft",
    # "1,183 names", "number 22", "for the first time".
    "hexley-pals-enlistment-centenary": (
        "2014-09-01",
        [
            ("100 years ago today", "DATE", "1914-09-01"),
            ("Sunday", "DATE", "2014-09-07"),
            ("Monday 1 September 2014", "DATE", "2014-09-01"),
            ("One hundred years ago today", "DATE", "1914-09-01"),
            ("Tuesday 1 September 1914", "DATE", "1914-09-01"),
            ("6am", "TIME", "1914-09-01T06:00"),
            ("the evening of the next day", "TIME", "1914-09-02TEV"),
            ("less than a month", "DURATION", "P1M"),
            ("late August", "DATE", "1914-08"),
            ("that autumn", "DATE", "1914-FA"),
            ("18 months", "DURATION", "P18M"),
            ("the spring of 1916", "DATE", "1916-SP"),
            ("3 July 1916", "DATE", "1916-07-03"),
            ("9pm", "TIME", "1916-07-03T21:00"),
            ("Two days later", "DATE", "1916-07-05"),
            ("the following week", "DATE", "1916-W28"),
            ("Today", "DATE", "2014-09-01"),
            ("the past year", "DURATION", "P1Y"),
            ("15 November", "DATE", "2014-11-15"),
            ("daily", "SET", "P1D"),
            ("9.30am", "TIME", "XXXX-XX-XXT09:30"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("Sunday", "DATE", "2014-09-07"),
            ("11am", "TIME", "2014-09-07T11:00"),
            ("about two hours", "DURATION", "PT2H"),
            ("1921", "DATE", "1921"),
            ("last month", "DATE", "2014-08"),
            ("the 1970s", "DATE", "197"),
            ("1914", "DATE", "1914"),
            ("18", "DATE", "1918"),
            ("1948", "DATE", "1948"),
            ("recently", "DATE", "PAST_REF"),
            ("once a year", "SET", "P1Y"),
            ("decades", "DURATION", "PXY"),
            ("Now", "DATE", "PRESENT_REF"),
            ("every week", "SET", "P1W"),
            ("next month", "DATE", "2014-10"),
        ],
    ),
    # Wednesday 2013-08-28 (ISO week 35), US regional paper's anniversary story, headline,
    # deck, byline "Staff Writer", date line "Wednesday, August 28, 2013", "HARLAN'S FORD,
    # Ky. —" dateline. "150 years after Harlan's Ford" (headline) is a duration anchored to the
    # battle, P150Y, like "Two Weeks After Quake" (gold_blind35). "For most of a century" ->
    # "a century" P100Y ("most of" left out, gold_blind37); "barely 30 hours" PT30H, modifier
    # kept. "150 years ago this week" one DATE span, the ISO week of the same number 150 years
    # back, 1863-W35 (gold_blind30, gold_blind50), which holds the battle's Thursday 27 and
    # Friday 28 August 1863; "the morning of Aug. 27, 1863" and "the evening of Aug. 28" one
    # TIME span each. Future weekdays of the re-enactment: "Friday" (deck and body)
    # 2013-08-30, "Saturday" (deck "Saturday's concert", body twice) 2013-08-31, "Saturday
    # night" 2013-08-31TNI, "2 p.m. Saturday" and "10 a.m. Sunday" two TIMEX3 each, "7 p.m.
    # Thursday" 2013-08-29; past: the meeting "Monday" 2013-08-26, "last week" 2013-W34. "the
    # first half of this year" 2013-H1 and "a year earlier" after it 2012-H1 (gold_blind35);
    # "mid-2015" 2015 (gold_blind23); "the coming months" PXM. Not annotated: "the 1812
    # Overture" (a title), "1863 Main St." (a street number), "the 9th Kentucky Cavalry",
    # "42-foot", "the sesquicentennial", "the anniversary", "Civil War", "64", "11 states",
    # "2,000", "212", "600", "37", "4,100", "2,900", "$1.2 million", "80 more acres".
    "harlans-ford-sesquicentennial": (
        "2013-08-28",
        [
            ("150 years", "DURATION", "P150Y"),
            ("Friday", "DATE", "2013-08-30"),
            ("Saturday", "DATE", "2013-08-31"),
            ("Wednesday, August 28, 2013", "DATE", "2013-08-28"),
            ("a century", "DURATION", "P100Y"),
            ("barely 30 hours", "DURATION", "PT30H"),
            ("150 years ago this week", "DATE", "1863-W35"),
            ("the morning of Aug. 27, 1863", "TIME", "1863-08-27TMO"),
            ("the evening of Aug. 28", "TIME", "1863-08-28TEV"),
            ("Friday", "DATE", "2013-08-30"),
            ("three days", "DURATION", "P3D"),
            ("2 p.m.", "TIME", "2013-08-31T14:00"),
            ("Saturday", "DATE", "2013-08-31"),
            ("10 a.m.", "TIME", "2013-09-01T10:00"),
            ("Sunday", "DATE", "2013-09-01"),
            ("Saturday night", "TIME", "2013-08-31TNI"),
            ("Monday", "DATE", "2013-08-26"),
            ("2011", "DATE", "2011"),
            ("the summer of 1863", "DATE", "1863-SU"),
            ("150 years", "DURATION", "P150Y"),
            ("last week", "DATE", "2013-W34"),
            ("7 p.m.", "TIME", "2013-08-29T19:00"),
            ("Thursday", "DATE", "2013-08-29"),
            ("the 1860s", "DATE", "186"),
            ("the 1950s", "DATE", "195"),
            ("1911", "DATE", "1911"),
            ("recent years", "DATE", "PAST_REF"),
            ("the first half of this year", "DATE", "2013-H1"),
            ("a year earlier", "DATE", "2012-H1"),
            ("mid-2015", "DATE", "2015"),
            ("the coming months", "DURATION", "PXM"),
            ("Saturday", "DATE", "2013-08-31"),
            ("August 1863", "DATE", "1863-08"),
            ("an hour", "DURATION", "PT1H"),
        ],
    ),
    # Thursday 2014-06-05 (ISO week 23), French English-language paper's website, headline,
    # standfirst, byline, stamp "Published: 05/06/2014 at 09:12" (day/month/year, French
    # order: DATE 2014-06-05 plus TIME 2014-06-05T09:12). "Seventy years on" from D-Day, 1944,
    # is 2014 ("Sixty years on", gold_blind10); "Friday's ceremonies" and "On Friday"
    # 2014-06-06. "the night of 5 June 1944" one TIME span; "By 2am" of that night falls on the
    # calendar day after, 1944-06-06T02:00; "the next morning" 1944-06-06TMO; "two days later"
    # counts from that morning, 1944-06-08, and the apposed "8 June" confirms it. "its
    # 12th-century church" DATE 11 (an adjectival century, gold_blind4); "four centuries"
    # P400Y; "a single week" P1W; "that summer" 1944-SU. "11am local time (0900 GMT)" two TIMEX3
    # (French summer time is GMT+2), "the afternoon" of the same Friday. "last autumn" in June
    # is 2013-FA; "this week" 2014-W23; "this year's programme" -> "this year"; "the summer"
    # ahead 2014-SU; "14 July, Bastille Day" two DATEs (a holiday on its date). "Within a
    # decade" -> "a decade" P10Y. Not annotated: "D-Day" (the name of the landings, an event),
    # "the 70th anniversary", "D-Day 70" (a label), "the Middle Ages" (a named era with no
    # calendar value, see README), "their nineties" (an age), "the Class of 1944" (a cohort),
    # "the Second World War", "140", "19", "31", "640", "3,000".
    "saint-ortaire-paratroopers-d-day-70": (
        "2014-06-05",
        [
            ("Seventy years on", "DATE", "2014"),
            ("Friday", "DATE", "2014-06-06"),
            ("05/06/2014", "DATE", "2014-06-05"),
            ("09:12", "TIME", "2014-06-05T09:12"),
            ("the night of 5 June 1944", "TIME", "1944-06-05TNI"),
            ("more than an hour", "DURATION", "PT1H"),
            ("2am", "TIME", "1944-06-06T02:00"),
            ("12th-century", "DATE", "11"),
            ("1940", "DATE", "1940"),
            ("the next morning", "TIME", "1944-06-06TMO"),
            ("two days later", "DATE", "1944-06-08"),
            ("8 June", "DATE", "1944-06-08"),
            ("the 1950s", "DATE", "195"),
            ("four centuries", "DURATION", "P400Y"),
            ("a single week", "DURATION", "P1W"),
            ("that summer", "DATE", "1944-SU"),
            ("yesterday", "DATE", "2014-06-04"),
            ("Friday", "DATE", "2014-06-06"),
            ("11am local time", "TIME", "2014-06-06T11:00"),
            ("0900 GMT", "TIME", "2014-06-06T09:00"),
            ("the afternoon", "TIME", "2014-06-06TAF"),
            ("March 1943", "DATE", "1943-03"),
            ("last autumn", "DATE", "2013-FA"),
            ("this week", "DATE", "2014-W23"),
            ("annually", "SET", "P1Y"),
            ("1945", "DATE", "1945"),
            ("this year", "DATE", "2014"),
            ("the summer", "DATE", "2014-SU"),
            ("14 June", "DATE", "2014-06-14"),
            ("31 August", "DATE", "2014-08-31"),
            ("14 July", "DATE", "2014-07-14"),
            ("Bastille Day", "DATE", "2014-07-14"),
            ("70 years", "DURATION", "P70Y"),
            ("a decade", "DURATION", "P10Y"),
        ],
    ),
    # Saturday 2015-05-23 (ISO week 21), Australian regional paper's website, headline,
    # byline, web stamp "May 23, 2015 - 12:00AM" (DATE plus TIME 2015-05-23T00:00, like
    # gold_blind68's "June 22, 2013 - 3:00AM"), no dateline. "175 years since the wreck" ->
    # "175 years" P175Y (gold_blind5's "150 years since"). The wreck: "the night of 24 May
    # 1840" one TIME span; "within an hour" -> "an hour". "Tomorrow" and "tomorrow's service"
    # 2015-05-24, "11am AEST" that day with the zone in the span. "the following year" after
    # 1840 is 1841; "In the following decade" after "the 1840s" is the 1850s, DATE 185 (a
    # decade placed in time, like "the following year"; not the DURATION of "the next decade"
    # ahead). "throughout the 1800s" is the nineteenth century, DATE 18: the museum's count
    # "between 1836 and 1899" fixes the century reading (see README). "c. 1840" one DATE span,
    # the abbreviation kept like "around 1850" (gold_blind37). "late last year" 2014;
    # "last year" 2014 and "a year earlier" 2013. Southern seasons: "This autumn" (March-May)
    # 2015-FA, "the winter" ahead (June-August) 2015-WI, within one calendar year
    # (gold_blind68); "every summer" (a past habit) SET XXXX-SU. Past weekdays: "On Thursday"
    # 2015-05-21, "on Wednesday" 2015-05-20. The museum's hours recur; "until 30 June"
    # 2015-06-30; "weekends" SET XXXX-WXX-WE. Not annotated: "the Victorian Government" (the
    # state of Victoria), "the anniversary", "14-metre", "43", "61", "38", "212", "160",
    # "78", "$250,000", "eight metres", "ever".
    "port-tellick-eliza-carew-175-years": (
        "2015-05-23",
        [
            ("175 years", "DURATION", "P175Y"),
            ("May 23, 2015", "DATE", "2015-05-23"),
            ("12:00AM", "TIME", "2015-05-23T00:00"),
            ("the night of 24 May 1840", "TIME", "1840-05-24TNI"),
            ("an hour", "DURATION", "PT1H"),
            ("Tomorrow", "DATE", "2015-05-24"),
            ("11am AEST", "TIME", "2015-05-24T11:00"),
            ("1859", "DATE", "1859"),
            ("the 1840s", "DATE", "184"),
            ("the following year", "DATE", "1841"),
            ("30 years", "DURATION", "P30Y"),
            ("the following decade", "DATE", "185"),
            ("the 1800s", "DATE", "18"),
            ("1836", "DATE", "1836"),
            ("1899", "DATE", "1899"),
            ("last month", "DATE", "2015-04"),
            ("18-month", "DURATION", "P18M"),
            ("2013", "DATE", "2013"),
            ("c. 1840", "DATE", "1840"),
            ("late last year", "DATE", "2014"),
            ("1967", "DATE", "1967"),
            ("1982", "DATE", "1982"),
            ("last year", "DATE", "2014"),
            ("a year earlier", "DATE", "2013"),
            ("This autumn", "DATE", "2015-FA"),
            ("Thursday", "DATE", "2015-05-21"),
            ("Wednesday", "DATE", "2015-05-20"),
            ("every summer", "SET", "XXXX-SU"),
            ("60 years", "DURATION", "P60Y"),
            ("tomorrow", "DATE", "2015-05-24"),
            ("daily", "SET", "P1D"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("30 June", "DATE", "2015-06-30"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("the winter", "DATE", "2015-WI"),
        ],
    ),
    # Sunday 2012-11-11 (ISO week 45), US local paper's Veterans Day story, headline ("At 11
    # a.m. today"), deck, byline "Staff Writer", date line "Sunday, November 11, 2012", "CASS
    # MILLS, Iowa —" dateline. "11 a.m. today" (headline and lead) two TIMEX3, 2012-11-11T11:00
    # and 2012-11-11; "Armistice Day 1921" one DATE span, 1921-11-11 (a holiday with its year,
    # like "New Year's Eve 2019", gold_blind5). "Ninety-four years ago today" is 1918-11-11
    # (gold_blind48); "the 11th hour of the 11th day of the 11th month" one TIME span, the
    # armistice's 1918-11-11T11:00 (see README). "that fall" after 1918 is 1918-FA; "the
    # Roaring Twenties" DATE 192 (see README); "the late 1950s" 195. "brought it back Tuesday"
    # 2012-11-06 (past) and "will reopen Tuesday" 2012-11-13 (future); "said Thursday"
    # 2012-11-08. "last winter" in November 2012 is the winter of January 2012, 2012-WI
    # (winters take the year of their January, gold_blind10). Beck's uncle: "the spring of
    # 1918", killed "that October" 1918-10, "the following spring" 1919-SP (Beck is 93).
    # "Veterans Day falls on Sunday this year" -> "Veterans Day" and "Sunday" both 2012-11-11,
    # "this year" 2012; the holiday "will be observed Monday" 2012-11-12. "11 a.m. Central
    # time" with the zone in the span; "two-minute" PT2M; "from noon to 2 p.m." two TIMEs of
    # the day. Not annotated: "the hour the armistice took effect" (an event-named hour),
    # "World War II", "the Western Front", "the 409th Infantry", "American Legion Post 211",
    # "8-foot", "16-foot", "2,300", "47", "Eleven", "93", "$186,000", "50", "500".
    "cass-mills-doughboy-rededication": (
        "2012-11-11",
        [
            ("11 a.m.", "TIME", "2012-11-11T11:00"),
            ("today", "DATE", "2012-11-11"),
            ("Armistice Day 1921", "DATE", "1921-11-11"),
            ("14 months", "DURATION", "P14M"),
            ("Sunday, November 11, 2012", "DATE", "2012-11-11"),
            ("Ninety-four years ago today", "DATE", "1918-11-11"),
            ("the 11th hour of the 11th day of the 11th month", "TIME", "1918-11-11T11:00"),
            ("11 a.m.", "TIME", "2012-11-11T11:00"),
            ("today", "DATE", "2012-11-11"),
            ("1921", "DATE", "1921"),
            ("1917", "DATE", "1917"),
            ("1918", "DATE", "1918"),
            ("1918", "DATE", "1918"),
            ("that fall", "DATE", "1918-FA"),
            ("the Roaring Twenties", "DATE", "192"),
            ("each year", "SET", "P1Y"),
            ("every summer", "SET", "XXXX-SU"),
            ("the late 1950s", "DATE", "195"),
            ("the 1980s", "DATE", "198"),
            ("September 2011", "DATE", "2011-09"),
            ("Tuesday", "DATE", "2012-11-06"),
            ("last winter", "DATE", "2012-WI"),
            ("the spring of 1918", "DATE", "1918-SP"),
            ("that October", "DATE", "1918-10"),
            ("Thursday", "DATE", "2012-11-08"),
            ("the following spring", "DATE", "1919-SP"),
            ("two-minute", "DURATION", "PT2M"),
            ("11 a.m. Central time", "TIME", "2012-11-11T11:00"),
            ("about 40 minutes", "DURATION", "PT40M"),
            ("noon", "TIME", "2012-11-11T12:00"),
            ("2 p.m.", "TIME", "2012-11-11T14:00"),
            ("Veterans Day", "DATE", "2012-11-11"),
            ("Sunday", "DATE", "2012-11-11"),
            ("this year", "DATE", "2012"),
            ("Monday", "DATE", "2012-11-12"),
            ("Tuesday", "DATE", "2012-11-13"),
            ("recent years", "DATE", "PAST_REF"),
            ("Now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Tuesday 2013-06-18 (ISO week 25), British national paper's anniversary feature,
    # headline, standfirst, byline, date line "Tuesday 18 June 2013". "Three centuries on"
    # from 1713 is 2013 ("Sixty years on", gold_blind10); "tomorrow" (three times) 2013-06-19,
    # "At noon tomorrow" two TIMEX3; the day's "10.30am", "until 4pm" and "10pm" on it.
    # "the Treaty of 1713" -> "1713" DATE, the year the treaty was made (like "an 1868 treaty",
    # gold_blind37, and "the crash of 2008", gold_blind50; see README). "almost every year"
    # SET P1Y, modifier kept (gold_blind35); "three centuries" P300Y; "19 June 1713" as
    # written (no weekday is given for an Old Style date); "more than two months" P2M.
    # Centuries by their leading digits: "the first century AD" 00, "the eighth century" 07,
    # "the late 18th century" 17 (gold_blind4, gold_blind5); "the Middle Ages" and "the
    # Victorian era" are not annotated (see README). "from 1940 to 1943" two DATEs; "c. 1750"
    # one span; "This year's ringing" -> "This year" 2013; "last October" 2012-10; "last week"
    # 2013-W24; "earlier this month" 2013-06; "the first quarter of this year" 2013-Q1 and "a
    # year earlier" 2012-Q1; "yesterday" 2013-06-17; "on Saturday mornings" SET
    # XXXX-WXX-6TMO (gold_blind50); "since Easter" -> Easter 2013, 2013-03-31 (gold_blind68).
    # Not annotated: "the Sunday Times" (a paper), "the tercentenary", "its bicentenary",
    # "13 times", "The day" (anaphoric), "£42,000", "£6,000", "2,000 people", "71", "12".
    "wexcombe-peace-bell-tercentenary": (
        "2013-06-18",
        [
            ("Three centuries on", "DATE", "2013"),
            ("every summer", "SET", "XXXX-SU"),
            ("1713", "DATE", "1713"),
            ("tomorrow", "DATE", "2013-06-19"),
            ("Tuesday 18 June 2013", "DATE", "2013-06-18"),
            ("noon", "TIME", "2013-06-19T12:00"),
            ("tomorrow", "DATE", "2013-06-19"),
            ("1713", "DATE", "1713"),
            ("almost every year", "SET", "P1Y"),
            ("three centuries", "DURATION", "P300Y"),
            ("19 June 1713", "DATE", "1713-06-19"),
            ("more than two months", "DURATION", "P2M"),
            ("the first century AD", "DATE", "00"),
            ("the eighth century", "DATE", "07"),
            ("the late 18th century", "DATE", "17"),
            ("1940", "DATE", "1940"),
            ("1943", "DATE", "1943"),
            ("1866", "DATE", "1866"),
            ("c. 1750", "DATE", "1750"),
            ("now", "DATE", "PRESENT_REF"),
            ("the 1990s", "DATE", "199"),
            ("1913", "DATE", "1913"),
            ("This year", "DATE", "2013"),
            ("the spring of 2012", "DATE", "2012-SP"),
            ("last October", "DATE", "2012-10"),
            ("last week", "DATE", "2013-W24"),
            ("eight months", "DURATION", "P8M"),
            ("earlier this month", "DATE", "2013-06"),
            ("the first quarter of this year", "DATE", "2013-Q1"),
            ("a year earlier", "DATE", "2012-Q1"),
            ("tomorrow", "DATE", "2013-06-19"),
            ("10.30am", "TIME", "2013-06-19T10:30"),
            ("4pm", "TIME", "2013-06-19T16:00"),
            ("10pm", "TIME", "2013-06-19T22:00"),
            ("every summer", "SET", "XXXX-SU"),
            ("1958", "DATE", "1958"),
            ("40 years", "DURATION", "P40Y"),
            ("yesterday", "DATE", "2013-06-17"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Saturday mornings", "SET", "XXXX-WXX-6TMO"),
            ("Easter", "DATE", "2013-03-31"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
