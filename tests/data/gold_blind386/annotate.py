"""Annotations of the three-hundred-and-eighty-sixth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind386/annotate.py [--show]

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
    # Tuesday 2014-09-16 (ISO week 38), US small-town daily's news obituary, paper name,
    # section label, headline with the age, byline "Staff Writer", date line "Tuesday,
    # September 16, 2014" (one DATE span with its weekday, gold_blind35), "ORLEANS FORD,
    # Neb. —" dateline. Past weekdays: she "died Saturday evening" 2014-09-13TEV; the family
    # gathered "Friday night" 2014-09-12TNI and she died "the next evening", the evening after
    # that night, 2014-09-13TEV; her son "said Monday" 2014-09-15. Future: visitation "from
    # 5 p.m. to 7 p.m. Thursday" 2014-09-18 (two TIMEs and the DATE), funeral "at 10:30 a.m.
    # Friday" 2014-09-19. "Labor Day" 2014-09-01 (first Monday of September); "early summer"
    # 2014-SU (modifier kept). The life: "March 9, 1926"; "June 1947"; "the following year"
    # 1948; "Friday, May 27, 1949" (a Friday, one span); "That night" 1949-05-27TNI and
    # "midnight" after it the midnight ending that day, 1949-05-27T24:00 (gold_blind56,
    # gold_blind103); "That summer" 1949-SU; "A decade later" 1959 (the unit's granularity on
    # the story line, gold_blind26); "the 1960s" 196; the season's habits are SETs ("every
    # night" XXXX-XX-XXTNI, "Saturday nights" XXXX-WXX-6TNI, "every Tuesday morning"
    # XXXX-WXX-2TMO) and "at 7:30 p.m." the hour of a recurring opening, XXXX-XX-XXT19:30;
    # "15-minute" PT15M; "February 1972"; "25 years of marriage" P25Y; "Sept. 30, 1989" and
    # "the following spring" after it 1990-SP; "In 1999"; "from 1990 until 2004"; "last year"
    # 2013; "Last month" 2014-08 and "Aug. 16" 2014-08-16; "a 1950s newsreel" -> "1950s" 195,
    # an adjectival decade; "about two hours" PT2H. Headline "for four decades" and "for 40
    # years" P40Y. Not annotated: "88" (age, headline and body), "Highway 30", "seven
    # children", "11 acres", "$600", "212 cars", "twice" (counts, twice), "three features",
    # "the season" (a drive-in's season, no calendar unit), "the drive-in's 50th anniversary"
    # (an ordinal anniversary; its year "1999" is annotated), "two Ballantrae 1940
    # projectors" (a model number holding a year-like 1940), "June Prater" (a name), "nine
    # grandchildren", "14 great-grandchildren", "1949 Prairie Ave." (a street number equal to
    # the opening year), "may" (the verb), "tribune-herald.com/obits/2014/vance-loretta" (a
    # URL with a year).
    "loretta-vance-starlite-drive-in-obituary": (
        "2014-09-16",
        [
            ("four decades", "DURATION", "P40Y"),
            ("Tuesday, September 16, 2014", "DATE", "2014-09-16"),
            ("40 years", "DURATION", "P40Y"),
            ("Saturday evening", "TIME", "2014-09-13TEV"),
            ("Friday night", "TIME", "2014-09-12TNI"),
            ("the next evening", "TIME", "2014-09-13TEV"),
            ("Monday", "DATE", "2014-09-15"),
            ("early summer", "DATE", "2014-SU"),
            ("Labor Day", "DATE", "2014-09-01"),
            ("March 9, 1926", "DATE", "1926-03-09"),
            ("June 1947", "DATE", "1947-06"),
            ("the following year", "DATE", "1948"),
            ("Friday, May 27, 1949", "DATE", "1949-05-27"),
            ("That night", "TIME", "1949-05-27TNI"),
            ("midnight", "TIME", "1949-05-27T24:00"),
            ("That summer", "DATE", "1949-SU"),
            ("three days", "DURATION", "P3D"),
            ("A decade later", "DATE", "1959"),
            ("the 1960s", "DATE", "196"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("7:30 p.m.", "TIME", "XXXX-XX-XXT19:30"),
            ("Saturday nights", "SET", "XXXX-WXX-6TNI"),
            ("15-minute", "DURATION", "PT15M"),
            ("February 1972", "DATE", "1972-02"),
            ("25 years", "DURATION", "P25Y"),
            ("Sept. 30, 1989", "DATE", "1989-09-30"),
            ("the following spring", "DATE", "1990-SP"),
            ("1999", "DATE", "1999"),
            ("1990", "DATE", "1990"),
            ("2004", "DATE", "2004"),
            ("every Tuesday morning", "SET", "XXXX-WXX-2TMO"),
            ("last year", "DATE", "2013"),
            ("Last month", "DATE", "2014-08"),
            ("1950s", "DATE", "195"),
            ("Aug. 16", "DATE", "2014-08-16"),
            ("about two hours", "DURATION", "PT2H"),
            ("5 p.m.", "TIME", "2014-09-18T17:00"),
            ("7 p.m.", "TIME", "2014-09-18T19:00"),
            ("Thursday", "DATE", "2014-09-18"),
            ("10:30 a.m.", "TIME", "2014-09-19T10:30"),
            ("Friday", "DATE", "2014-09-19"),
        ],
    ),
    # Saturday 2013-10-12 (ISO week 41), British regional paper's nostalgia page, 50th
    # anniversary of a colliery explosion, section label, headline, standfirst with the
    # writer's name, byline, date line "Saturday 12 October 2013". The anniversary falls "On
    # Tuesday" (standfirst) 2013-10-15, "50 years" P50Y. The story of 1963: "10.40am on 15
    # October 1963" (a Tuesday), "that Christmas" 1963-12-25 (the Christmas of the story's
    # year), "the night" (rescuers "worked through the night") 1963-10-15TNI, "shortly after
    # 4pm" -> "4pm" ("shortly after" a signal, gold_blind37), "the Thursday morning" one TIME
    # span with its article, 1963-10-17TMO (like "the Saturday night" in gold_blind97), "almost
    # two days" P2D. Mr Pickles's memory: "the day before" 1963-10-14 (gold_blind8), "quarter to
    # eleven" 1963-10-15T10:45, "that evening" 1963-10-15TEV, "that night" 1963-10-15TNI; he
    # "said this week" 2013-W41. "January 1964" and "that summer" after it 1964-SU; "22 years"
    # P22Y; "the strike of 1984-85" -> "1984" and "85" 1985, a range split at its ends
    # (gold_blind71); "March 1986". "Fifty years on" 2013 (gold_blind26, gold_blind71); "Since
    # 1964"; "once a year" SET P1Y. Dorothy Lunn "said on Thursday" 2013-10-10 (past); "For 20
    # years" P20Y; "every Sunday" SET XXXX-WXX-7; "that week" the week of the explosion,
    # 1963-W42, a narrative anchor like "the following week" (gold_blind71). "This year's
    # service" -> "This year" 2013; "10.15am on Tuesday" and "At 10.40am" 2013-10-15; "a
    # minute's silence" -> "a minute" PT1M (gold_blind26); "from 11am until 4pm" that day;
    # "daily" SET P1D; "until 2 November" 2013-11-02; "Remembrance Sunday" 2013-11-10, the
    # second Sunday of November. Not annotated: "31 men" and "Thirty-one men" (counts), "the
    # day shift" and "the afternoon shift" (kinds of shift, like "the night shift" in
    # gold_blind60), "Number 6 district", "420 metres", "16", "61" and "84" (ages), "four
    # neighbouring pits", "a double" (a double shift), "£1,500", "the moment of the blast"
    # (event-named), "the Skelbrook 1963 Memorial Trust" (a name holding the year, like "Local
    # 1990" in gold_blind35), "the worst day in the town's history" (the disaster's day,
    # event-named; its date is annotated), "01632 960 963" (a phone number).
    "skelbrook-main-pit-disaster-50-years": (
        "2013-10-12",
        [
            ("Tuesday", "DATE", "2013-10-15"),
            ("50 years", "DURATION", "P50Y"),
            ("Saturday 12 October 2013", "DATE", "2013-10-12"),
            ("10.40am", "TIME", "1963-10-15T10:40"),
            ("15 October 1963", "DATE", "1963-10-15"),
            ("that Christmas", "DATE", "1963-12-25"),
            ("the night", "TIME", "1963-10-15TNI"),
            ("4pm", "TIME", "1963-10-15T16:00"),
            ("the Thursday morning", "TIME", "1963-10-17TMO"),
            ("almost two days", "DURATION", "P2D"),
            ("the day before", "DATE", "1963-10-14"),
            ("this week", "DATE", "2013-W41"),
            ("quarter to eleven", "TIME", "1963-10-15T10:45"),
            ("that evening", "TIME", "1963-10-15TEV"),
            ("that night", "TIME", "1963-10-15TNI"),
            ("January 1964", "DATE", "1964-01"),
            ("that summer", "DATE", "1964-SU"),
            ("22 years", "DURATION", "P22Y"),
            ("1984", "DATE", "1984"),
            ("85", "DATE", "1985"),
            ("March 1986", "DATE", "1986-03"),
            ("Fifty years on", "DATE", "2013"),
            ("1964", "DATE", "1964"),
            ("once a year", "SET", "P1Y"),
            ("Thursday", "DATE", "2013-10-10"),
            ("20 years", "DURATION", "P20Y"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("that week", "DATE", "1963-W42"),
            ("This year", "DATE", "2013"),
            ("10.15am", "TIME", "2013-10-15T10:15"),
            ("Tuesday", "DATE", "2013-10-15"),
            ("10.40am", "TIME", "2013-10-15T10:40"),
            ("a minute", "DURATION", "PT1M"),
            ("11am", "TIME", "2013-10-15T11:00"),
            ("4pm", "TIME", "2013-10-15T16:00"),
            ("daily", "SET", "P1D"),
            ("2 November", "DATE", "2013-11-02"),
            ("Remembrance Sunday", "DATE", "2013-11-10"),
        ],
    ),
    # Thursday 2012-06-28 (ISO week 26), US weekly's "LOOKING BACK" column, paper name and date
    # line "Thursday, June 28, 2012", four dated sections. Each heading "N YEARS AGO" is a
    # DATE at the unit's granularity counted from the publication (1912, 1937, 1962, 1987,
    # like "Twenty years ago" in gold_blind92), followed by the date of the old issue (all
    # Thursdays: 1912-06-27, 1937-06-24, 1962-06-28, 1987-06-25). Inside each item the
    # relative words belong to the old issue, the last date of its story line, and bare
    # weekdays go to the nearest one in the tense of their clause from that issue: 1912
    # "Saturday afternoon" 1912-06-22TAF, "this week" 1912-W26, the "Fourth of July"
    # 1912-07-04 with "10 a.m." and "the afternoon" on it; 1937 "Monday" 1937-06-21 and "by
    # noon" that day, "Sunday" 1937-06-20, "Tuesday" 1937-06-22, "next week's edition" ->
    # "next week" 1937-W26; 1962 "Friday" 1962-06-22, "Saturday night" 1962-06-23TNI, "Monday
    # night" 1962-06-25TNI, "by Labor Day" 1962-09-03 (first Monday of September), "the spring
    # of 1964"; 1987 "early Sunday" 1987-06-21 (gold_blind103's "early Friday"), "at 9:30
    # a.m." that Sunday, "Tuesday evening" 1987-06-23TEV, "9 a.m. Friday" 1987-06-26 and
    # "through Saturday" 1987-06-27 (future from the old issue). "two weeks ahead of schedule"
    # -> "two weeks" P2W, the size of a shift ("a year later than the board proposed",
    # gold_blind35); "within 10 minutes" PT10M; "July 1901", "1889" and "1980" as written.
    # The footer is today's: "every Thursday" SET XXXX-WXX-4, "Saturdays" SET XXXX-WXX-6 with
    # the recurring hours "1 p.m." and "4 p.m." XXXX-XX-XXThh:mm, "through Labor Day"
    # 2012-09-03. Not annotated: "$14,800", "18 cents a dozen" (a price), "after dark" (no
    # value shape), "101 degrees", "the hottest day here" (event-named), "600 bathers", "his
    # 50th year of practice" (an ordinal anniversary; its day "Sunday" is annotated), "2,300
    # babies", "a Model 31" (a model number), "$1.2 million", "the Class of 1912" (a cohort,
    # in a column whose "1912" is annotated three times), "six of the original 23", "5-2",
    # "4,917", "3 percent", "7-4", "11-3" (scores and a record), "the Tri-County League",
    # "1912 Depot St." (a street number), "715-555-1937" (a phone number).
    "pell-river-courier-looking-back": (
        "2012-06-28",
        [
            ("Thursday, June 28, 2012", "DATE", "2012-06-28"),
            ("100 YEARS AGO", "DATE", "1912"),
            ("June 27, 1912", "DATE", "1912-06-27"),
            ("Saturday afternoon", "TIME", "1912-06-22TAF"),
            ("two weeks", "DURATION", "P2W"),
            ("the Fourth of July", "DATE", "1912-07-04"),
            ("10 a.m.", "TIME", "1912-07-04T10:00"),
            ("the afternoon", "TIME", "1912-07-04TAF"),
            ("this week", "DATE", "1912-W26"),
            ("75 YEARS AGO", "DATE", "1937"),
            ("June 24, 1937", "DATE", "1937-06-24"),
            ("Monday", "DATE", "1937-06-21"),
            ("July 1901", "DATE", "1901-07"),
            ("noon", "TIME", "1937-06-21T12:00"),
            ("1889", "DATE", "1889"),
            ("Sunday", "DATE", "1937-06-20"),
            ("Tuesday", "DATE", "1937-06-22"),
            ("next week", "DATE", "1937-W26"),
            ("50 YEARS AGO", "DATE", "1962"),
            ("June 28, 1962", "DATE", "1962-06-28"),
            ("Friday", "DATE", "1962-06-22"),
            ("the spring of 1964", "DATE", "1964-SP"),
            ("Saturday night", "TIME", "1962-06-23TNI"),
            ("Monday night", "TIME", "1962-06-25TNI"),
            ("Labor Day", "DATE", "1962-09-03"),
            ("25 YEARS AGO", "DATE", "1987"),
            ("June 25, 1987", "DATE", "1987-06-25"),
            ("1980", "DATE", "1980"),
            ("early Sunday", "DATE", "1987-06-21"),
            ("10 minutes", "DURATION", "PT10M"),
            ("9:30 a.m.", "TIME", "1987-06-21T09:30"),
            ("Tuesday evening", "TIME", "1987-06-23TEV"),
            ("9 a.m.", "TIME", "1987-06-26T09:00"),
            ("Friday", "DATE", "1987-06-26"),
            ("Saturday", "DATE", "1987-06-27"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("1 p.m.", "TIME", "XXXX-XX-XXT13:00"),
            ("4 p.m.", "TIME", "XXXX-XX-XXT16:00"),
            ("Labor Day", "DATE", "2012-09-03"),
        ],
    ),
    # Monday 2015-06-15 (ISO week 25), Canadian paper's business page, company centennial,
    # section label, headline, deck, byline, date line "Monday, June 15, 2015", "RIDGEFORD,
    # Ont. —" dateline. Future weekdays: the open house "Saturday" (deck, body twice)
    # 2015-06-20 with "from 10 a.m. to 4 p.m." and "at noon" that day; the flavour "goes on
    # sale Wednesday" 2015-06-17. Past: "at Tuesday's council meeting" -> "Tuesday"
    # 2015-06-09; "last week" 2015-W24. "the spring of 1915" 1915-SP and "A century later"
    # 2015 (the unit's granularity on the story line, gold_blind26). "every morning" SET
    # XXXX-XX-XXTMO, "for 31 years" P31Y; "We still start bottling at 4 a.m." a daily habit,
    # XXXX-XX-XXT04:00 (gold_blind60's "first lot at 7.30am"); "January 2011"; "1952"; "the
    # night of Feb. 3, 1961" one TIME span (gold_blind71); "within six weeks" P6W; "that
    # summer" 1961-SU; "in 1915", "in 1975", "the 1975 price list" (an adjectival year),
    # "from 1974 until 2011"; "the 1990s" 199; "For decades" PXY; "Now" PRESENT_REF; "over the
    # Victoria Day weekend" -> "the Victoria Day weekend" 2015-W20-WE: Victoria Day 2015 was
    # Monday 18 May, and the holiday weekend takes the ISO week of its Saturday, 16 May
    # (gold_blind103's "Family Day weekend"). "the fiscal year that ended Jan. 31" -> "the
    # fiscal year" FY2015 (named by the year it ends, gold_blind63) and "Jan. 31" 2015-01-31;
    # "by the spring of 2017" 2017-SP; "every 30 minutes" SET PT30M; "Canada Day" and "July
    # 1" 2015-07-01, two DATEs. Not annotated: "100" in the headline ("turns 100", an age of a
    # firm), "212 employees", "the centennial" (an anniversary), "Fourth-generation", "Highway
    # 7", "two hockey rinks", "three provinces", "an International R-160" (a model number),
    # "eight cents", "31 cents", "three offers", "every time" (a count of occasions, not a
    # recurrence in time), "6 per cent", "$48.6 million", "$9-million", "Queen Street 1915" (an
    # ice cream's name holding the founding year), "1-800-555-1915", "brandtsdairy.ca/100years".
    "brandts-dairy-centennial": (
        "2015-06-15",
        [
            ("Saturday", "DATE", "2015-06-20"),
            ("Monday, June 15, 2015", "DATE", "2015-06-15"),
            ("the spring of 1915", "DATE", "1915-SP"),
            ("A century later", "DATE", "2015"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("31 years", "DURATION", "P31Y"),
            ("January 2011", "DATE", "2011-01"),
            ("4 a.m.", "TIME", "XXXX-XX-XXT04:00"),
            ("1952", "DATE", "1952"),
            ("the night of Feb. 3, 1961", "TIME", "1961-02-03TNI"),
            ("six weeks", "DURATION", "P6W"),
            ("that summer", "DATE", "1961-SU"),
            ("1915", "DATE", "1915"),
            ("1975", "DATE", "1975"),
            ("1975", "DATE", "1975"),
            ("1974", "DATE", "1974"),
            ("2011", "DATE", "2011"),
            ("the 1990s", "DATE", "199"),
            ("decades", "DURATION", "PXY"),
            ("Now", "DATE", "PRESENT_REF"),
            ("the Victoria Day weekend", "DATE", "2015-W20-WE"),
            ("the fiscal year", "DATE", "FY2015"),
            ("Jan. 31", "DATE", "2015-01-31"),
            ("last week", "DATE", "2015-W24"),
            ("the spring of 2017", "DATE", "2017-SP"),
            ("Saturday", "DATE", "2015-06-20"),
            ("Tuesday", "DATE", "2015-06-09"),
            ("10 a.m.", "TIME", "2015-06-20T10:00"),
            ("4 p.m.", "TIME", "2015-06-20T16:00"),
            ("Saturday", "DATE", "2015-06-20"),
            ("every 30 minutes", "SET", "PT30M"),
            ("noon", "TIME", "2015-06-20T12:00"),
            ("Wednesday", "DATE", "2015-06-17"),
            ("Canada Day", "DATE", "2015-07-01"),
            ("July 1", "DATE", "2015-07-01"),
        ],
    ),
    # Friday 2015-04-24 (ISO week 17), Australian regional paper's website, a veteran's
    # memories on the eve of Anzac Day, section label "NEWS | ANZAC DAY 2015" ("ANZAC DAY
    # 2015" one DATE span with its year, 2015-04-25, like "Anzac Day 1922" in gold_blind92),
    # headline with the age, byline, stamp "24/04/2015 - 6:05am" read day/month/year (a DATE
    # and a TIME, gold_blind71), no dateline. "tomorrow" (headline and the service) is
    # Saturday 2015-04-25, "tomorrow morning" 2015-04-25TMO, "Anzac Day" the same day, the
    # service "at 5.30am" and the march "at 9.30am" on it. Past weekday: "On Wednesday"
    # 2015-04-22. "every year" SET P1Y "since 1946", "except in 1999"; "Born in 1922"; "3 March
    # 1941"; "Within a month" P1M; "August 1942"; "Christmas 1942" one DATE span with its year
    # (like "Christmas Eve 1978" in gold_blind10); "the morning of 6 September 1943" one TIME
    # span (gold_blind71), "that evening" 1943-09-06TEV, "the next day" 1943-09-07; "five
    # months" P5M; "15 August 1945" and "That night" 1945-08-15TNI; "March 1946" and "that
    # spring" after it the southern spring of 1946 (September-November), 1946-SP, valued in
    # the year it falls in (gold_blind60, gold_blind71); "62 years" P62Y; "2008"; "For the past
    # decade" P10Y; "1949"; "about an hour" PT1H; "This year" 2015; "100 years since the
    # landing" P100Y (gold_blind71's "175 years since"); "25 April 1915"; "its biggest crowd in
    # decades" -> "decades" PXY (the period of a superlative, gold_blind103); "at 6am every
    # day" XXXX-XX-XXT06:00 with SET P1D; "twice a week" SET P1W. Not annotated: "93" (age),
    # "the 69th time" (a count), "the Second World War" (an event), "his 19th birthday" (an
    # ordinal birthday, gold_blind60; its date "3 March 1941" is annotated), "SX19422" (a
    # service number holding a year-like 1942), "the whole of the wet season" (a tropical
    # season, no calendar unit), "the 2/61st Battalion", "four of his mates", "400 students",
    # "the landing at Gallipoli" (an event), "for the first time", "the last bit", "(08)
    # 8555 1945" (a phone number holding 1945).
    "bert-callaghan-anzac-veteran-memories": (
        "2015-04-24",
        [
            ("ANZAC DAY 2015", "DATE", "2015-04-25"),
            ("tomorrow", "DATE", "2015-04-25"),
            ("24/04/2015", "DATE", "2015-04-24"),
            ("6:05am", "TIME", "2015-04-24T06:05"),
            ("tomorrow morning", "TIME", "2015-04-25TMO"),
            ("every year", "SET", "P1Y"),
            ("1946", "DATE", "1946"),
            ("1999", "DATE", "1999"),
            ("1922", "DATE", "1922"),
            ("3 March 1941", "DATE", "1941-03-03"),
            ("a month", "DURATION", "P1M"),
            ("August 1942", "DATE", "1942-08"),
            ("Christmas 1942", "DATE", "1942-12-25"),
            ("the morning of 6 September 1943", "TIME", "1943-09-06TMO"),
            ("that evening", "TIME", "1943-09-06TEV"),
            ("the next day", "DATE", "1943-09-07"),
            ("five months", "DURATION", "P5M"),
            ("15 August 1945", "DATE", "1945-08-15"),
            ("That night", "TIME", "1945-08-15TNI"),
            ("March 1946", "DATE", "1946-03"),
            ("that spring", "DATE", "1946-SP"),
            ("62 years", "DURATION", "P62Y"),
            ("2008", "DATE", "2008"),
            ("the past decade", "DURATION", "P10Y"),
            ("1949", "DATE", "1949"),
            ("Wednesday", "DATE", "2015-04-22"),
            ("about an hour", "DURATION", "PT1H"),
            ("This year", "DATE", "2015"),
            ("100 years", "DURATION", "P100Y"),
            ("25 April 1915", "DATE", "1915-04-25"),
            ("decades", "DURATION", "PXY"),
            ("Anzac Day", "DATE", "2015-04-25"),
            ("5.30am", "TIME", "2015-04-25T05:30"),
            ("tomorrow", "DATE", "2015-04-25"),
            ("9.30am", "TIME", "2015-04-25T09:30"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("every day", "SET", "P1D"),
            ("twice a week", "SET", "P1W"),
        ],
    ),
    # Wednesday 2014-05-14 (ISO week 20), British regional paper's heritage page, the history
    # of a seaside cinema on its reopening, section label, headline ("after 15 years in the
    # dark" P15Y), standfirst ("first film in 33 years on Friday": the period of a "first in"
    # P33Y, gold_blind35; "eight decades" P80Y), byline, date line "Wednesday 14 May 2014".
    # "Boxing Day 1934" (standfirst and body) one DATE span with its year, 1934-12-26 (like
    # "Armistice Day 1921" in gold_blind71). "eight months" P8M; "For most of the 1930s" ->
    # "the 1930s" 193 ("most of" left out, gold_blind71); the programmes' hours "from 2pm
    # until 10.30pm" recur, XXXX-XX-XXT14:00 and T22:30; "twice a week" SET P1W. "the night of
    # 14 May 1941" one TIME span and "73 years ago today" one DATE span, the day 73 years back,
    # 1941-05-14 (gold_blind71's "100 years ago today"); "The next morning" 1941-05-15TMO.
    # "1962"; "28 June 1981" (a Sunday) and "the following month" 1981-07; "31 January 1999"
    # and "the next 15 years" P15Y; "2007"; "the autumn of 2011" 2011-FA; "March 2012"; "26
    # months" P26M. Today: "Eighty years ago" 1934 (the unit's granularity) and "this week"
    # 2014-W20 in a quote given "on Monday" 2014-05-12; "last night" 2014-05-13TNI (the night
    # before the paper, gold_blind35). Future: "on Friday at 7pm" 2014-05-16 and its TIME;
    # "the 1934 musical" -> "1934" (an adjectival year); "Saturday afternoon" 2014-05-17TAF;
    # "daily from 10am" SET P1D and XXXX-XX-XXT10:00; "every Sunday at 11am" SET XXXX-WXX-7
    # and XXXX-XX-XXT11:00; "until the end of August" -> "the end of August" 2014-08 (like
    # "the end of the month", gold_blind35). Not annotated: "1,450 people", "the Compton
    # organ", "£38,000", "four picture houses", "Open as usual" (a sign), "17-21 The
    # Esplanade" (street numbers), "£1", "£4.6m", "£2.9m", "the 140 volunteers", "Screen 2",
    # "81" (an age), "Art Deco" (a style, not an era of the calendar), "01632 960 934",
    # "plazamarlbury.org.uk/1934" (a URL holding the opening year).
    "marlbury-plaza-cinema-reopens": (
        "2014-05-14",
        [
            ("15 years", "DURATION", "P15Y"),
            ("Boxing Day 1934", "DATE", "1934-12-26"),
            ("33 years", "DURATION", "P33Y"),
            ("Friday", "DATE", "2014-05-16"),
            ("eight decades", "DURATION", "P80Y"),
            ("Wednesday 14 May 2014", "DATE", "2014-05-14"),
            ("Boxing Day 1934", "DATE", "1934-12-26"),
            ("eight months", "DURATION", "P8M"),
            ("the 1930s", "DATE", "193"),
            ("2pm", "TIME", "XXXX-XX-XXT14:00"),
            ("10.30pm", "TIME", "XXXX-XX-XXT22:30"),
            ("twice a week", "SET", "P1W"),
            ("the night of 14 May 1941", "TIME", "1941-05-14TNI"),
            ("73 years ago today", "DATE", "1941-05-14"),
            ("The next morning", "TIME", "1941-05-15TMO"),
            ("1962", "DATE", "1962"),
            ("28 June 1981", "DATE", "1981-06-28"),
            ("the following month", "DATE", "1981-07"),
            ("31 January 1999", "DATE", "1999-01-31"),
            ("the next 15 years", "DURATION", "P15Y"),
            ("2007", "DATE", "2007"),
            ("the autumn of 2011", "DATE", "2011-FA"),
            ("March 2012", "DATE", "2012-03"),
            ("26 months", "DURATION", "P26M"),
            ("Eighty years ago", "DATE", "1934"),
            ("this week", "DATE", "2014-W20"),
            ("Monday", "DATE", "2014-05-12"),
            ("last night", "TIME", "2014-05-13TNI"),
            ("Friday", "DATE", "2014-05-16"),
            ("7pm", "TIME", "2014-05-16T19:00"),
            ("1934", "DATE", "1934"),
            ("Saturday afternoon", "TIME", "2014-05-17TAF"),
            ("daily", "SET", "P1D"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("11am", "TIME", "XXXX-XX-XXT11:00"),
            ("the end of August", "DATE", "2014-08"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
