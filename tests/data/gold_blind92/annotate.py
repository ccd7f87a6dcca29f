"""Annotations of the ninety-second blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind92/annotate.py [--show]

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
    # Thursday 2013-10-10 (ISO week 41), Irish national paper's website, archaeology story,
    # headline, standfirst, byline, web stamp "Thu, Oct 10, 2013, 06:00" (a DATE and a TIME,
    # gold_blind60). The museum "said on Wednesday" (standfirst and lead), 2013-10-09; the
    # sword goes on display "from Saturday" 2013-10-12 and the talk is "at 8pm on Tuesday"
    # 2013-10-15 (future, two TIMEX3). "the finest ... found in Connacht in the past century"
    # is the period of a superlative, DURATION P100Y (gold_blind28's "in a decade"); "more
    # than 2,000 years" and "some 1,700 years" are long durations with the modifier kept
    # (gold_blind59's P20000Y). "the afternoon of August 27th" one TIME span 2013-08-27TAF;
    # "12 weeks into an excavation" an anchored duration P12W; "early June" 2013-06;
    # "before Christmas" -> "Christmas" 2013-12-25; "over the winter" ahead in October takes
    # the year of its January, 2014-WI (gold_blind28). "the third century AD" DATE 02 (the
    # century's first two digits, "AD" in the span, gold_blind71's "the first century AD");
    # "the 1540s" 154; "less than a century" P100Y; "since at least the 1830s" -> "at least the
    # 1830s" 183 (the modifier kept like "at least March", gold_blind35); "every summer"
    # XXXX-SU; "within 96 hours" / "within 24 hours" PT96H / PT24H; the site hours recur,
    # XXXX-XX-XXT08:00 / T16:00, "daily" P1D; "the end of November" 2013-11 (gold_blind35);
    # "Twenty years ago" 1993. Not annotated: "3,000-year-old" (headline and body, the age of
    # a thing, gold_blind37, gold_blind42), "the late Bronze Age" (a named era, gold_blind71),
    # "2013:114" (a museum registration number), "M 8743 6122" (a grid reference), "61cm",
    # "Fourteen", "22", "40 sites", "the National Monuments Acts", "long", "Then".
    "kilbrack-bog-sword-tower-house": (
        "2013-10-10",
        [
            ("more than 2,000 years", "DURATION", "P2000Y"),
            ("Wednesday", "DATE", "2013-10-09"),
            ("Thu, Oct 10, 2013", "DATE", "2013-10-10"),
            ("06:00", "TIME", "2013-10-10T06:00"),
            ("the past century", "DURATION", "P100Y"),
            ("Wednesday", "DATE", "2013-10-09"),
            ("the afternoon of August 27th", "TIME", "2013-08-27TAF"),
            ("12 weeks", "DURATION", "P12W"),
            ("early June", "DATE", "2013-06"),
            ("Christmas", "DATE", "2013-12-25"),
            ("the winter", "DATE", "2014-WI"),
            ("next year", "DATE", "2014"),
            ("the third century AD", "DATE", "02"),
            ("last month", "DATE", "2013-09"),
            ("1987", "DATE", "1987"),
            ("some 1,700 years", "DURATION", "P1700Y"),
            ("1450", "DATE", "1450"),
            ("1520", "DATE", "1520"),
            ("the 1540s", "DATE", "154"),
            ("less than a century", "DURATION", "P100Y"),
            ("at least the 1830s", "DATE", "183"),
            ("the 1950s", "DATE", "195"),
            ("every summer", "SET", "XXXX-SU"),
            ("96 hours", "DURATION", "PT96H"),
            ("24 hours", "DURATION", "PT24H"),
            ("daily", "SET", "P1D"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("the end of November", "DATE", "2013-11"),
            ("Saturday", "DATE", "2013-10-12"),
            ("8pm", "TIME", "2013-10-15T20:00"),
            ("Tuesday", "DATE", "2013-10-15"),
            ("the coming months", "DURATION", "PXM"),
            ("2015", "DATE", "2015"),
            ("Twenty years ago", "DATE", "1993"),
            ("2009", "DATE", "2009"),
            ("Now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Friday 2015-07-17 (ISO week 29), Australian regional paper's website, centenary piece,
    # headline, byline, stamp "Posted Fri 17 Jul 2015, 5:30am AEST" (a DATE and a TIME, the
    # zone in the span). "100 years ago today" (headline) and "One hundred years ago today" one
    # DATE span each, 1915-07-17 (gold_blind71), confirmed by the apposed "Saturday 17 July
    # 1915"; "On this day in 1915" -> "this day in 1915" one DATE span, the same day (see
    # README). The 1915 story line: "the previous evening" 1915-07-16TEV; "that morning" of the
    # sailing 1915-07-17TMO; "Five days later" counts from it, 1915-07-22 (day granularity);
    # "late August" 1915-08; "almost four months" P4M; "the evacuation in December" 1915-12;
    # "the summer of 1916" 1916-SU and "the following winter" in France the northern winter
    # 1916-17, which takes the year of its January, 1917-WI (gold_blind10's "The following
    # winter"); "December 1914" as written. "Anzac Day 1922" one span 1922-04-25 (like
    # "Armistice Day 1921", gold_blind71); "annually" P1Y. Today: "This Sunday" 2015-07-19
    # with "11am" that day; "said on Thursday" 2015-07-16 (past); the exhibition "opens ... on
    # Monday" 2015-07-20 (future); its hours recur; "the Anzac centenary in April" -> "April"
    # 2015-04 (past); "This winter's commemorations" -> "This winter", the southern winter of
    # 2015 (June-August), 2015-WI (gold_blind71); "next month" 2015-08; "Saturday 15 August"
    # one span; "the 1960s and 1970s" two DATEs, 196 and 197. Not annotated: "the Class of
    # 1914" (a cohort, gold_blind71), "HMAT A47" (a transport's number), "(03) 5591 1915" (a
    # phone number), "the 2/14th Battalion", "the 70th anniversary", "the Anzac centenary",
    # "the centenary", "312", "97", "Twelve", "17", "140", "93" (ages and counts).
    "port-callan-kooringa-sailing-centenary": (
        "2015-07-17",
        [
            ("100 years ago today", "DATE", "1915-07-17"),
            ("Fri 17 Jul 2015", "DATE", "2015-07-17"),
            ("5:30am AEST", "TIME", "2015-07-17T05:30"),
            ("One hundred years ago today", "DATE", "1915-07-17"),
            ("Saturday 17 July 1915", "DATE", "1915-07-17"),
            ("eight weeks", "DURATION", "P8W"),
            ("the previous evening", "TIME", "1915-07-16TEV"),
            ("that morning", "TIME", "1915-07-17TMO"),
            ("Five days later", "DATE", "1915-07-22"),
            ("late August", "DATE", "1915-08"),
            ("almost four months", "DURATION", "P4M"),
            ("December", "DATE", "1915-12"),
            ("the summer of 1916", "DATE", "1916-SU"),
            ("the following winter", "DATE", "1917-WI"),
            ("December 1914", "DATE", "1914-12"),
            ("Anzac Day 1922", "DATE", "1922-04-25"),
            ("annually", "SET", "P1Y"),
            ("1923", "DATE", "1923"),
            ("This Sunday", "DATE", "2015-07-19"),
            ("11am", "TIME", "2015-07-19T11:00"),
            ("this day in 1915", "DATE", "1915-07-17"),
            ("recently", "DATE", "PAST_REF"),
            ("the past year", "DURATION", "P1Y"),
            ("Thursday", "DATE", "2015-07-16"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("April", "DATE", "2015-04"),
            ("Monday", "DATE", "2015-07-20"),
            ("30 September", "DATE", "2015-09-30"),
            ("daily", "SET", "P1D"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("This winter", "DATE", "2015-WI"),
            ("next month", "DATE", "2015-08"),
            ("Saturday 15 August", "DATE", "2015-08-15"),
            ("the 1960s", "DATE", "196"),
            ("1970s", "DATE", "197"),
            ("Now", "DATE", "PRESENT_REF"),
            ("the next three years", "DURATION", "P3Y"),
            ("2018", "DATE", "2018"),
        ],
    ),
    # Saturday 2014-11-08 (ISO week 45), British national paper's arts page, exhibition
    # preview, headline, standfirst, byline, date line "Saturday 8 November 2014". "two
    # centuries of one ordinary house" (headline) DURATION P200Y, like "a Century of Arrivals"
    # (gold_blind20); "For 170 years" P170Y; "the 1790s" 179; "a year later" after 1968 is
    # 1969 (year granularity). The show opens "From Friday" 2014-11-14 (future, "will") and
    # runs "until 6 April" 2015-04-06; the director "said on Thursday" 2014-11-06; tickets go
    # on sale "on Monday" 2014-11-10. "the late 18th century" 17 (gold_blind71); "the early
    # 1800s" the early nineteenth century, 18 (see README); "the glover's inventory of 1797"
    # -> "1797" (like "the Treaty of 1713", gold_blind71); "every week for 11 years" a SET and
    # a DURATION; "from the 1920s to the 1960s" two DATEs; "the autumn of 1938" 1938-FA; "made
    # in about 1815" -> "about 1815" 1815, the modifier kept like "around 1850" (gold_blind37);
    # "died last year" 2013; "the past three years" P3Y; "by the spring" ahead in November
    # 2015-SP; "the 1951 Festival of Britain" -> "1951", an adjectival year giving when the
    # festival was held (see README). Opening hours recur: "daily" P1D, "10am", "5pm", "9pm"
    # XXXX-XX-XXThh:mm, "Thursday evenings" SET XXXX-WXX-4TEV (gold_blind71's "Saturday
    # mornings"), "every Saturday at 2pm" a SET and a TIME; "Christmas Day and Boxing Day"
    # 2014-12-25 and 2014-12-26. Not annotated: "the Georgian period" and "the interwar years"
    # (named eras, see README), "MS 1642" (a catalogue number), "1954.112" (an object number),
    # "14 Quarry Row", "11 times", "£640,000", "60,000", "48,000", "the Sunday Mercury" (a
    # paper's name), "2.4-metre", "£9.50".
    "corve-museum-behind-the-front-door": (
        "2014-11-08",
        [
            ("two centuries", "DURATION", "P200Y"),
            ("Saturday 8 November 2014", "DATE", "2014-11-08"),
            ("170 years", "DURATION", "P170Y"),
            ("the 1790s", "DATE", "179"),
            ("1968", "DATE", "1968"),
            ("a year later", "DATE", "1969"),
            ("Friday", "DATE", "2014-11-14"),
            ("6 April", "DATE", "2015-04-06"),
            ("the late 18th century", "DATE", "17"),
            ("the 1960s", "DATE", "196"),
            ("2011", "DATE", "2011"),
            ("1797", "DATE", "1797"),
            ("the early 1800s", "DATE", "18"),
            ("every week", "SET", "P1W"),
            ("11 years", "DURATION", "P11Y"),
            ("the 1840s", "DATE", "184"),
            ("the 1920s", "DATE", "192"),
            ("the 1960s", "DATE", "196"),
            ("the autumn of 1938", "DATE", "1938-FA"),
            ("about 1815", "DATE", "1815"),
            ("1921", "DATE", "1921"),
            ("last year", "DATE", "2013"),
            ("the past three years", "DURATION", "P3Y"),
            ("Thursday", "DATE", "2014-11-06"),
            ("the spring", "DATE", "2015-SP"),
            ("1951", "DATE", "1951"),
            ("2012", "DATE", "2012"),
            ("daily", "SET", "P1D"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("9pm", "TIME", "XXXX-XX-XXT21:00"),
            ("Thursday evenings", "SET", "XXXX-WXX-4TEV"),
            ("Christmas Day", "DATE", "2014-12-25"),
            ("Boxing Day", "DATE", "2014-12-26"),
            ("Monday", "DATE", "2014-11-10"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("2pm", "TIME", "XXXX-XX-XXT14:00"),
        ],
    ),
    # Tuesday 2012-05-15 (ISO week 20), US weekly's local-history column, label "LOOKING
    # BACK", headline, byline with the society, date line "Tuesday, May 15, 2012". "A century
    # ago this month" one DATE span, the month a century back, 1912-05 (gold_blind48's "Fifty
    # years ago this month"); "every night for a week" a SET XXXX-XX-XXTNI and a DURATION P1W.
    # "the 1870s" 187; "Jan. 1, 1878" as written; "For the next 20 years" after it P20Y;
    # "every fall" XXXX-FA; "By the turn of the century" -> "the turn of the century" DATE 1900
    # (see README); "on Saturday nights" (past habit) SET XXXX-WXX-6TNI; "the flood of March
    # 1936" -> "March 1936"; "until the mid-1950s" -> "the mid-1950s" 195 (gold_blind16);
    # "every Saturday afternoon in the 1930s" a SET XXXX-WXX-6TAF and a DATE 193; "now" (the
    # lot covers the site now) PRESENT_REF. Weekdays: "when I called her Monday" 2012-05-14 and
    # "finished ... on Friday" 2012-05-11 (past); the exhibit "opens ... on Thursday at 7
    # p.m." 2012-05-17 (future, two TIMEX3); the tour "at 10 a.m. this Saturday" 2012-05-19;
    # "runs through Labor Day" -> "Labor Day" 2012, the first Monday of September, 2012-09-03
    # (gold_blind35's holiday rule); "later this year" 2012; "Last week" 2012-W19; "next week's
    # column" -> "next week" 2012-W21; "between 1912 and 1915" two DATEs. Not annotated: "1880
    # Canal St." (a street number), "555-1878" (a phone number), "Route 30", "the Depression"
    # (an event), "Ada March" (a reader's surname), "40 singers", "three feet", "91", "600", "a
    # nickel", "two cents", "each time", "by then", "then".
    "harrow-creek-opera-house-looking-back": (
        "2012-05-15",
        [
            ("Tuesday, May 15, 2012", "DATE", "2012-05-15"),
            ("A century ago this month", "DATE", "1912-05"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("a week", "DURATION", "P1W"),
            ("the 1870s", "DATE", "187"),
            ("Jan. 1, 1878", "DATE", "1878-01-01"),
            ("the next 20 years", "DURATION", "P20Y"),
            ("every fall", "SET", "XXXX-FA"),
            ("the turn of the century", "DATE", "1900"),
            ("Saturday nights", "SET", "XXXX-WXX-6TNI"),
            ("1907", "DATE", "1907"),
            ("the 1920s", "DATE", "192"),
            ("March 1936", "DATE", "1936-03"),
            ("nine days", "DURATION", "P9D"),
            ("the mid-1950s", "DATE", "195"),
            ("Sept. 28, 1957", "DATE", "1957-09-28"),
            ("14 years", "DURATION", "P14Y"),
            ("1971", "DATE", "1971"),
            ("now", "DATE", "PRESENT_REF"),
            ("every Saturday afternoon", "SET", "XXXX-WXX-6TAF"),
            ("the 1930s", "DATE", "193"),
            ("Monday", "DATE", "2012-05-14"),
            ("recent years", "DATE", "PAST_REF"),
            ("Friday", "DATE", "2012-05-11"),
            ("later this year", "DATE", "2012"),
            ("Thursday", "DATE", "2012-05-17"),
            ("7 p.m.", "TIME", "2012-05-17T19:00"),
            ("Labor Day", "DATE", "2012-09-03"),
            ("10 a.m.", "TIME", "2012-05-19T10:00"),
            ("this Saturday", "DATE", "2012-05-19"),
            ("about 90 minutes", "DURATION", "PT90M"),
            ("monthly", "SET", "P1M"),
            ("Last week", "DATE", "2012-W19"),
            ("1912", "DATE", "1912"),
            ("1915", "DATE", "1915"),
            ("next week", "DATE", "2012-W21"),
            ("the 1850s", "DATE", "185"),
        ],
    ),
    # Monday 2013-02-25 (ISO week 9), British regional paper's restoration story, headline,
    # standfirst, byline, date line "Monday 25 February 2013". "the 17th-century hall" and
    # "the 17th-century manor house" -> "17th-century" DATE 16 (an adjectival century,
    # gold_blind71's "12th-century"); "at the weekend" just past in a Monday paper, 23-24
    # February, 2013-W08-WE (gold_blind28); "a two-year restoration that started last spring and
    # is due to finish next spring" -> "two-year" P2Y, "last spring" 2012-SP (the spring of the
    # year before, said in February), "next spring" 2014-SP (standfirst and body): the two
    # seasons agree with the two years. "the winter of 1640-41" one DATE span, the winter that
    # takes the year of its January, 1641-WI (see README); "For most of the 20th century" ->
    # "the 20th century" 19 ("most of" left out, gold_blind71); "the mid-1980s" 198. "ended in
    # December" 2012-12 and "last month" 2013-01 (past); "said on Friday" 2013-02-22; "the
    # second half of this year" 2013-H2 and "the first quarter of next year" 2014-Q1, one span
    # each (gold_blind71); "over the winter" between them the winter of 2013-14, 2014-WI;
    # "late last year" 2012; "the past decade" P10Y; "every Saturday through the summer" a SET
    # and 2013-SU; "Saturday 4 May" one span; "at 9am on Wednesday" 2013-02-27 (future, two
    # TIMEX3); "about an hour" PT1H; "mid-2014" 2014 (gold_blind23); "for the first time in
    # more than a century" the period of a "first in", P100Y. "a private act of 1769 (9 Geo. 3
    # c. 41)" -> "1769" DATE (when the act was passed, like "the Treaty of 1713", gold_blind71);
    # the regnal-year citation "9 Geo. 3 c. 41" is the act's identifier (see README). Not
    # annotated: "MS 1642" (a catalogue number, beside "built in 1642"), "370-year-old" (the
    # age of a thing), "SK 2934 6512" (a grid reference), "the Civil War" (an event), "£3.2m",
    # "£2.6m", "£600,000", "£5", "12 metres by seven", "The first stage", "The second".
    "cawdell-hall-restoration-second-stage": (
        "2013-02-25",
        [
            ("17th-century", "DATE", "16"),
            ("next spring", "DATE", "2014-SP"),
            ("Monday 25 February 2013", "DATE", "2013-02-25"),
            ("the weekend", "DATE", "2013-W08-WE"),
            ("17th-century", "DATE", "16"),
            ("two-year", "DURATION", "P2Y"),
            ("last spring", "DATE", "2012-SP"),
            ("next spring", "DATE", "2014-SP"),
            ("1642", "DATE", "1642"),
            ("six weeks", "DURATION", "P6W"),
            ("the summer of 1643", "DATE", "1643-SU"),
            ("last year", "DATE", "2012"),
            ("the winter of 1640-41", "DATE", "1641-WI"),
            ("1639", "DATE", "1639"),
            ("the 1720s", "DATE", "172"),
            ("1769", "DATE", "1769"),
            ("1889", "DATE", "1889"),
            ("the 20th century", "DATE", "19"),
            ("the mid-1980s", "DATE", "198"),
            ("1998", "DATE", "1998"),
            ("December", "DATE", "2012-12"),
            ("last month", "DATE", "2013-01"),
            ("Friday", "DATE", "2013-02-22"),
            ("the second half of this year", "DATE", "2013-H2"),
            ("the winter", "DATE", "2014-WI"),
            ("the first quarter of next year", "DATE", "2014-Q1"),
            ("late last year", "DATE", "2012"),
            ("the past decade", "DURATION", "P10Y"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("the summer", "DATE", "2013-SU"),
            ("Saturday 4 May", "DATE", "2013-05-04"),
            ("9am", "TIME", "2013-02-27T09:00"),
            ("Wednesday", "DATE", "2013-02-27"),
            ("about an hour", "DURATION", "PT1H"),
            ("mid-2014", "DATE", "2014"),
            ("more than a century", "DURATION", "P100Y"),
        ],
    ),
    # Wednesday 2015-01-14 (ISO week 3), Irish national paper's website, records-release story,
    # headline, stamp "Published 14/01/2015 | 02:30 AM" (day/month/year, Irish order: a DATE
    # and a TIME), byline. "held back for a century" (headline) and "closed ... for 100 years"
    # DURATION P100Y; "the county's 100-year rule" -> "100-year" P100Y (an adjectival
    # duration); "when a century has passed" P100Y. The registers "went online on Tuesday"
    # 2015-01-13, "by midnight" the midnight ending that Tuesday, 2015-01-13T24:00
    # (gold_blind28); "within an hour on Tuesday night" PT1H and 2015-01-13TNI. "from 1868 to
    # 1914" two DATEs; "the register for 1915" 1915; "next January" in January 2015 is January
    # 2016 (the nearest January ahead); "the 1901 and 1911 censuses" and "The 1926 census"
    # adjectival years; "the late 1840s" 184; "more than a decade" P10Y; "a few weeks after the
    # Rising" -> "a few weeks" PXW (anchored, the event word left out); "next year's centenary
    # of the 1916 Rising" -> "next year" 2016 and "1916" (the year the Rising took place, see
    # README); "until 2026"; the search room's hours recur, "Tuesdays" and "Thursdays" SETs
    # XXXX-WXX-2 / XXXX-WXX-4; the workshop "on Saturday at 11am" 2015-01-17 (future). Not
    # annotated: "Case number 1916/233" (a case number), "the Rising" (an event), "the
    # centenary", "May she rest easier" (the verb), "46 volumes", "9,000", "21,000 pages",
    # "11,400", "19" (an age), "ever", "the next" (census).
    "drumcarra-asylum-registers-released": (
        "2015-01-14",
        [
            ("a century", "DURATION", "P100Y"),
            ("14/01/2015", "DATE", "2015-01-14"),
            ("02:30 AM", "TIME", "2015-01-14T02:30"),
            ("100 years", "DURATION", "P100Y"),
            ("Tuesday", "DATE", "2015-01-13"),
            ("midnight", "TIME", "2015-01-13T24:00"),
            ("1868", "DATE", "1868"),
            ("1914", "DATE", "1914"),
            ("100-year", "DURATION", "P100Y"),
            ("a century", "DURATION", "P100Y"),
            ("1915", "DATE", "1915"),
            ("next January", "DATE", "2016-01"),
            ("the past three months", "DURATION", "P3M"),
            ("the past five years", "DURATION", "P5Y"),
            ("1901", "DATE", "1901"),
            ("1911", "DATE", "1911"),
            ("Now", "DATE", "PRESENT_REF"),
            ("the late 1840s", "DATE", "184"),
            ("more than a decade", "DURATION", "P10Y"),
            ("May 1916", "DATE", "1916-05"),
            ("a few weeks", "DURATION", "PXW"),
            ("31 years", "DURATION", "P31Y"),
            ("next year", "DATE", "2016"),
            ("1916", "DATE", "1916"),
            ("an hour", "DURATION", "PT1H"),
            ("Tuesday night", "TIME", "2015-01-13TNI"),
            ("1926", "DATE", "1926"),
            ("2026", "DATE", "2026"),
            ("9.30am", "TIME", "XXXX-XX-XXT09:30"),
            ("1pm", "TIME", "XXXX-XX-XXT13:00"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("Saturday", "DATE", "2015-01-17"),
            ("11am", "TIME", "2015-01-17T11:00"),
        ],
    ),
}


if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv[1:])
