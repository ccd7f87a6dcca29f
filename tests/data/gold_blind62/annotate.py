"""Annotations of the sixty-second blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind62/annotate.py [--show]

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
    # Tuesday 2014-10-14 (ISO week 42), British newspaper's exhibition preview, headline, deck,
    # byline, date line "Tuesday 14 October 2014". The show opens "on Friday" (deck and body),
    # 2014-10-17, and runs "until 29 March", the nearest 29 March ahead, 2015-03-29 (a Sunday,
    # the closing day of a run); "in May" ahead is 2015-05. "the 17th century" is 16 and "the
    # late 1880s" 188 (TimeML: the century's and the decade's leading digits, modifier in the
    # span, gold_blind4); "the winter of 1941" 1941-WI (gold_blind26); "almost half a century"
    # P50Y; "three summers" P3Y (no duration in seasons, gold_blind8's "the past three
    # summers"); "almost daily" SET P1D, the modifier kept and not recorded ("almost every
    # day", gold_blind35). "last year" and "late last year" 2013, "mid-2014" 2014 (the year's
    # value, gold_blind43), "Earlier this month" 2014-10. The opening hours "daily 10am-5pm,
    # Thursdays until 9pm" recur on no particular day: "daily" SET P1D, "10am", "5pm", "9pm"
    # XXXX-XX-XXThh:mm and "Thursdays" SET XXXX-WXX-4 (gold_blind25's "from 9am to 5pm, and
    # until 8pm on Thursdays"); the tours "every Saturday at 2pm" likewise. "45 minutes before
    # closing" is an anchored duration, PT45M. Not annotated: the titles "Midsummer Eve",
    # "Blackout at Cowbit" and "The Fen Light", "cat. 84", "Galleries 3 to 7", the web address
    # "harrow1868", the phone number, "Ninety works", "90", "61", prices, "under-18s".
    "agnes-harrow-retrospective-preview": (
        "2014-10-14",
        [
            ("Friday", "DATE", "2014-10-17"),
            ("Tuesday 14 October 2014", "DATE", "2014-10-14"),
            ("more than seven decades", "DURATION", "P70Y"),
            ("Friday", "DATE", "2014-10-17"),
            ("29 March", "DATE", "2015-03-29"),
            ("1868", "DATE", "1868"),
            ("the late 1880s", "DATE", "188"),
            ("1894", "DATE", "1894"),
            ("the 17th century", "DATE", "16"),
            ("almost half a century", "DURATION", "P50Y"),
            ("the winter of 1941", "DATE", "1941-WI"),
            ("the past three years", "DURATION", "P3Y"),
            ("every week", "SET", "P1W"),
            ("last year", "DATE", "2013"),
            ("the 1890s", "DATE", "189"),
            ("almost daily", "SET", "P1D"),
            ("1939", "DATE", "1939"),
            ("1940", "DATE", "1940"),
            ("two days", "DURATION", "P2D"),
            ("September 1940", "DATE", "1940-09"),
            ("three summers", "DURATION", "P3Y"),
            ("1903", "DATE", "1903"),
            ("the 1920s", "DATE", "192"),
            ("late last year", "DATE", "2013"),
            ("mid-2014", "DATE", "2014"),
            ("two-year", "DURATION", "P2Y"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("now", "DATE", "PRESENT_REF"),
            ("Earlier this month", "DATE", "2014-10"),
            ("May", "DATE", "2015-05"),
            ("17 October", "DATE", "2014-10-17"),
            ("29 March", "DATE", "2015-03-29"),
            ("daily", "SET", "P1D"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("9pm", "TIME", "XXXX-XX-XXT21:00"),
            ("45 minutes", "DURATION", "PT45M"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("2pm", "TIME", "XXXX-XX-XXT14:00"),
        ],
    ),
    # Thursday 2015-07-30 (ISO week 31), US local paper's festival preview, headline, byline
    # "Staff Writer", date line "Thursday, July 30, 2015", "PORT AVERILL, Maine —" dateline. The
    # festival "opens ... Friday" (headline and lead) 2015-07-31 and "runs through Aug. 9", ten
    # days; "10-day" (headline and lead) is an adjectival DURATION. The director "said Monday"
    # 2015-07-27. "last year's pace" -> "last year" 2014, and "a year earlier" after it 2013
    # (gold_blind35). "the opening night" is the night of Friday 2015-07-31, TIME TNI, a night
    # anchored to the event whose date the text gives, like "the night of the fire"
    # (gold_blind29); its "8 p.m." and "10:30 p.m." take that day. "Two days later" counts from
    # the opening night, 2015-08-02, and "Sunday, Aug. 2" names it again (gold_blind29).
    # "Tuesday night" 2015-08-04TNI and "Wednesday afternoon" 2015-08-05TAF are ahead. "the
    # final weekend" / "The final weekend" is the festival's last Saturday and Sunday, 8-9
    # August, the ISO weekend 2015-W32-WE (see README); "in April" (sold out) 2015-04 and "this
    # spring" 2015-SP are past. "the following evening" after "Saturday, Aug. 8" is
    # 2015-08-09TEV. The free concerts "daily at noon" and the shuttle "every 20 minutes ...
    # until 1 a.m." recur: SET P1D, XXXX-XX-XXT12:00, SET PT20M, XXXX-XX-XXT01:00. "the coming
    # months" PXM, "two decades" P20Y, "Now" PRESENT_REF. Not annotated: "its 22nd edition",
    # the band "Sunday Best", the album "Forty Winters", "80-year-old", "day jobs", "under 12",
    # "15 percent", counts, prices, "portaverillfest.org", "207-555-0194", "in between".
    "port-averill-music-festival-opens": (
        "2015-07-30",
        [
            ("Friday", "DATE", "2015-07-31"),
            ("10-day", "DURATION", "P10D"),
            ("Thursday, July 30, 2015", "DATE", "2015-07-30"),
            ("1994", "DATE", "1994"),
            ("Friday", "DATE", "2015-07-31"),
            ("10-day", "DURATION", "P10D"),
            ("Aug. 9", "DATE", "2015-08-09"),
            ("Monday", "DATE", "2015-07-27"),
            ("last year", "DATE", "2014"),
            ("a year earlier", "DATE", "2013"),
            ("the final weekend", "DATE", "2015-W32-WE"),
            ("April", "DATE", "2015-04"),
            ("the opening night", "TIME", "2015-07-31TNI"),
            ("8 p.m.", "TIME", "2015-07-31T20:00"),
            ("10:30 p.m.", "TIME", "2015-07-31T22:30"),
            ("1998", "DATE", "1998"),
            ("Two days later", "DATE", "2015-08-02"),
            ("Sunday, Aug. 2", "DATE", "2015-08-02"),
            ("90-minute", "DURATION", "PT90M"),
            ("the 1960s", "DATE", "196"),
            ("Tuesday night", "TIME", "2015-08-04TNI"),
            ("Wednesday afternoon", "TIME", "2015-08-05TAF"),
            ("The final weekend", "DATE", "2015-W32-WE"),
            ("11 weeks", "DURATION", "P11W"),
            ("this spring", "DATE", "2015-SP"),
            ("Saturday, Aug. 8", "DATE", "2015-08-08"),
            ("9 p.m.", "TIME", "2015-08-08T21:00"),
            ("the following evening", "TIME", "2015-08-09TEV"),
            ("daily", "SET", "P1D"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("every 20 minutes", "SET", "PT20M"),
            ("1 a.m.", "TIME", "XXXX-XX-XXT01:00"),
            ("the coming months", "DURATION", "PXM"),
            ("two decades", "DURATION", "P20Y"),
            ("Now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Saturday 2012-03-10 (ISO week 10), British Saturday review section, headline, deck,
    # "Reviewed by" byline, date line "Saturday 10 March 2012". A history spanning 1732-1983:
    # "250 years" (deck) and "two and a half centuries" P250Y; "the past decade" P10Y (gold_
    # blind35's "the past year"); "the 18th century" 17 and "The late 19th century" 18
    # (gold_blind4, gold_blind5); "the winter of 1809" 1809-WI, the winter of that year's
    # January (gold_blind26); "nine days later" counts from "3 January 1810", 1810-01-12 (a
    # Friday; the text names no weekday); "the spring of 1944" 1944-SP and "Three decades later"
    # from it at year granularity, 1974 (gold_blind26's "A decade later" from the spring of
    # 1963 -> 1973); "every day" SET P1D; "1968 novel" an adjectival year. "now" PRESENT_REF,
    # "next year" 2013, "last autumn" 2011-FA (in March the autumn of the year before), "this
    # month" 2012-03. Not annotated: the novel's title "Midwinter, 1944" (beside "the spring of
    # 1944"), the paper "the Harnsund Evening Post", "The middle of the book", "The early
    # chapters", "the occupation" (an event), "61 volumes", "11 refugees", "grade two", prices
    # and the phone number.
    "salt-ledger-book-review": (
        "2012-03-10",
        [
            ("250 years", "DURATION", "P250Y"),
            ("Saturday 10 March 2012", "DATE", "2012-03-10"),
            ("1732", "DATE", "1732"),
            ("1983", "DATE", "1983"),
            ("the past decade", "DURATION", "P10Y"),
            ("two and a half centuries", "DURATION", "P250Y"),
            ("the 18th century", "DATE", "17"),
            ("1807", "DATE", "1807"),
            ("1808", "DATE", "1808"),
            ("the winter of 1809", "DATE", "1809-WI"),
            ("four months", "DURATION", "P4M"),
            ("3 January 1810", "DATE", "1810-01-03"),
            ("nine days later", "DATE", "1810-01-12"),
            ("The late 19th century", "DATE", "18"),
            ("the 1920s", "DATE", "192"),
            ("more than 40 years", "DURATION", "P40Y"),
            ("the spring of 1944", "DATE", "1944-SP"),
            ("six weeks", "DURATION", "P6W"),
            ("every day", "SET", "P1D"),
            ("Three decades later", "DATE", "1974"),
            ("1968", "DATE", "1968"),
            ("the 1990s", "DATE", "199"),
            ("now", "DATE", "PRESENT_REF"),
            ("next year", "DATE", "2013"),
            ("last autumn", "DATE", "2011-FA"),
            ("this month", "DATE", "2012-03"),
        ],
    ),
    # Wednesday 2013-02-13 (ISO week 7), British newspaper website's theatre review, headline,
    # deck, star rating, byline, stamp "6:30AM GMT 13 Feb 2013" (a TIME and a DATE, the zone
    # in the span, gold_blind36, gold_blind43). "Ruth Venn's 1987 family drama" an adjectival
    # year; "two-hour" (deck) and "two hours" PT2H. Written "in 1986" and first performed "the
    # following spring", 1987-SP (gold_blind29); "Twenty-six years on" counts from that
    # premiere, 2013 (gold_blind26's "Fifty-eight years on"). "last night's opening" -> "last
    # night", the Tuesday, 2013-02-12TNI; "tonight" 2013-02-13TNI; "Valentine's Day" and
    # "Thursday" 2013-02-14; "runs until Saturday" and the "matinee on Saturday at 2.30pm"
    # 2013-02-16. The play's own time "24 hours in October 1962" is annotated (PT24H,
    # 1962-10); "in more than a decade" is the period of a negated "in", P10Y. Tour dates
    # "from 19 to 23 February" (the bare day its own DATE, gold_blind25) and "from 26 February
    # until 9 March", all 2013. "Performances nightly at 7.30pm" recur: "nightly" SET
    # XXXX-XX-XXTNI like "every night" (see README), "7.30pm" XXXX-XX-XXT19:30. "1960s pop
    # songs" an adjectival decade 196. Not annotated: the title "The Orchard in October"
    # (three times, beside "October 1962"), the rating, "the second act", "the final scene",
    # "one interval", "a third", "the harvest", prices and the box-office number.
    "orchard-in-october-theatre-review": (
        "2013-02-13",
        [
            ("1987", "DATE", "1987"),
            ("two-hour", "DURATION", "PT2H"),
            ("6:30AM GMT", "TIME", "2013-02-13T06:30"),
            ("13 Feb 2013", "DATE", "2013-02-13"),
            ("1986", "DATE", "1986"),
            ("the following spring", "DATE", "1987-SP"),
            ("Twenty-six years on", "DATE", "2013"),
            ("last night", "TIME", "2013-02-12TNI"),
            ("24 hours", "DURATION", "PT24H"),
            ("October 1962", "DATE", "1962-10"),
            ("2009", "DATE", "2009"),
            ("two hours", "DURATION", "PT2H"),
            ("more than a decade", "DURATION", "P10Y"),
            ("10-minute", "DURATION", "PT10M"),
            ("five years", "DURATION", "P5Y"),
            ("1960s", "DATE", "196"),
            ("2011", "DATE", "2011"),
            ("tonight", "TIME", "2013-02-13TNI"),
            ("Valentine's Day", "DATE", "2013-02-14"),
            ("Thursday", "DATE", "2013-02-14"),
            ("Saturday", "DATE", "2013-02-16"),
            ("19", "DATE", "2013-02-19"),
            ("23 February", "DATE", "2013-02-23"),
            ("26 February", "DATE", "2013-02-26"),
            ("9 March", "DATE", "2013-03-09"),
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("7.30pm", "TIME", "XXXX-XX-XXT19:30"),
            ("Saturday", "DATE", "2013-02-16"),
            ("2.30pm", "TIME", "2013-02-16T14:30"),
        ],
    ),
    # Monday 2013-11-18 (ISO week 47), US music website's album-anniversary feature, headline,
    # byline, stamp "November 18, 2013 11:05 AM ET" (a DATE and a TIME). "30 years ago this
    # month" is one span, 1983-11 (gold_blind48's "Fifty years ago this month"), confirmed by
    # "Nov. 7, 1983"; "within a year" -> "a year" P1Y; "a 1984 tour" and "that 1984 tour" and
    # "the 1983 sessions" adjectival years; "the previous two years" (before the summer of 1983)
    # P2Y; "the early '80s" 198 (gold_blind48's "the early '60s"); "seven-minute" PT7M; "late
    # 1984" the year's value; "a decade later" counts from the 1983 review, 1993 (year
    # granularity, gold_blind26). The singer spoke "Sunday" 2013-11-17; "last week" 2013-W46;
    # "Dec. 3", "Dec. 27", "Dec. 29" ahead in 2013; tickets "at 10 a.m. Friday" 2013-11-22, two
    # TIMEX3. "every summer" SET XXXX-SU; "about once a year" SET P1Y, modifier kept; "these
    # days" PRESENT_REF; "recent years" PAST_REF; "the past year" P1Y (gold_blind35); "next
    # year" 2014. Not annotated: the album title "Tomorrow's Weather" (headline and lead), "at
    # 30" (the album's age), the song "Saturday Radio" (twice), "the Twin Ports Weekend
    # Mirror", "catalog no. MRL 1983", "No. 6", "30th-anniversary", "side one", "no time",
    # "55", "two stars", "5,000 copies", "14 unreleased songs".
    "tomorrows-weather-album-at-thirty": (
        "2013-11-18",
        [
            ("November 18, 2013", "DATE", "2013-11-18"),
            ("11:05 AM ET", "TIME", "2013-11-18T11:05"),
            ("30 years ago this month", "DATE", "1983-11"),
            ("Nov. 7, 1983", "DATE", "1983-11-07"),
            ("a year", "DURATION", "P1Y"),
            ("41 weeks", "DURATION", "P41W"),
            ("February 1984", "DATE", "1984-02"),
            ("1984", "DATE", "1984"),
            ("nine months", "DURATION", "P9M"),
            ("11 days", "DURATION", "P11D"),
            ("the summer of 1983", "DATE", "1983-SU"),
            ("Sunday", "DATE", "2013-11-17"),
            ("the previous two years", "DURATION", "P2Y"),
            ("the early '80s", "DATE", "198"),
            ("1981", "DATE", "1981"),
            ("about 20 minutes", "DURATION", "PT20M"),
            ("seven-minute", "DURATION", "PT7M"),
            ("six weeks", "DURATION", "P6W"),
            ("late 1984", "DATE", "1984"),
            ("a decade later", "DATE", "1993"),
            ("the 1980s", "DATE", "198"),
            ("1991", "DATE", "1991"),
            ("2008", "DATE", "2008"),
            ("the past five years", "DURATION", "P5Y"),
            ("every summer", "SET", "XXXX-SU"),
            ("these days", "DATE", "PRESENT_REF"),
            ("about once a year", "SET", "P1Y"),
            ("last week", "DATE", "2013-W46"),
            ("1983", "DATE", "1983"),
            ("Dec. 3", "DATE", "2013-12-03"),
            ("Dec. 27", "DATE", "2013-12-27"),
            ("Dec. 29", "DATE", "2013-12-29"),
            ("1984", "DATE", "1984"),
            ("Dec. 15, 1984", "DATE", "1984-12-15"),
            ("10 a.m.", "TIME", "2013-11-22T10:00"),
            ("Friday", "DATE", "2013-11-22"),
            ("recent years", "DATE", "PAST_REF"),
            ("the past year", "DURATION", "P1Y"),
            ("next year", "DATE", "2014"),
        ],
    ),
    # Sunday 2015-10-25 (ISO week 43), AP-style box-office story, headline, byline "AP Film
    # Writer", "LOS ANGELES (AP) —" dateline without date, chart; the studio figures came
    # "Sunday", the publication day. "this weekend" in a Sunday story is its own weekend,
    # 2015-W43-WE; "Thursday night previews" 2015-10-22TNI; "on Friday" 2015-10-23; "its first
    # three days" abroad an ordinal period, DURATION P3D (gold_blind14, gold_blind35); "early
    # 2016" 2016; "2 hours and 18 minutes" one DURATION converted to minutes, PT138M
    # (gold_blind24); "Last weekend's No. 1" -> "Last weekend" 2015-W42-WE; "Oct. 9" 2015-10-09.
    # "With Halloween falling on Saturday" -> "Halloween" and "Saturday" 2015-10-31, "open
    # Friday" 2015-10-30 (the same weekday past in the lead), "a quiet Saturday night"
    # 2015-10-31TNI. "the same weekend last year" is one span, the comparable ISO weekend of
    # 2014, 2014-W43-WE (gold_blind22's "the same week last year"); "so far this year" -> "this
    # year" 2015; "daily" and "annually" SETs; "Monday" 2015-10-26; the chart's "Friday through
    # Sunday" two DATEs. Not annotated: the titles "The 4:15 to Marlow" (a clock time, in the
    # headline, lead and chart), "Ten Thousand Mornings", "Hollis Park: Year Two", "Midsummer
    # Knives", "The Long Night at Orla", "A Week in Corraine", "Seven Mondays"; "No. 1",
    # "second", "third", "28 overseas markets", "a dozen films", dollar figures, percentages.
    "four-fifteen-to-marlow-box-office": (
        "2015-10-25",
        [
            ("this weekend", "DATE", "2015-W43-WE"),
            ("Sunday", "DATE", "2015-10-25"),
            ("Thursday night", "TIME", "2015-10-22TNI"),
            ("Friday", "DATE", "2015-10-23"),
            ("its first three days", "DURATION", "P3D"),
            ("early 2016", "DATE", "2016"),
            ("1974", "DATE", "1974"),
            ("January 1951", "DATE", "1951-01"),
            ("2 hours and 18 minutes", "DURATION", "PT138M"),
            ("the spring of 2013", "DATE", "2013-SP"),
            ("nearly two years", "DURATION", "P2Y"),
            ("the coming weeks", "DURATION", "PXW"),
            ("Last weekend", "DATE", "2015-W42-WE"),
            ("Oct. 9", "DATE", "2015-10-09"),
            ("2009", "DATE", "2009"),
            ("Halloween", "DATE", "2015-10-31"),
            ("Saturday", "DATE", "2015-10-31"),
            ("Friday", "DATE", "2015-10-30"),
            ("Saturday night", "TIME", "2015-10-31TNI"),
            ("the same weekend last year", "DATE", "2014-W43-WE"),
            ("daily", "SET", "P1D"),
            ("1998", "DATE", "1998"),
            ("this year", "DATE", "2015"),
            ("2014", "DATE", "2014"),
            ("the 1990s", "DATE", "199"),
            ("annually", "SET", "P1Y"),
            ("Monday", "DATE", "2015-10-26"),
            ("Friday", "DATE", "2015-10-23"),
            ("Sunday", "DATE", "2015-10-25"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
