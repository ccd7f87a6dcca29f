"""Annotations of the ninety-seventh blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind97/annotate.py [--show]

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
    # Tuesday 2014-11-18 (ISO week 47), British newspaper website's tour announcement, headline,
    # standfirst, byline, stamp "Tuesday 18 November 2014 10.42 GMT" (a DATE and a TIME, the
    # zone in the span, gold_blind62). The tour is the 2015 one, so "March", "April", "3 March",
    # "10 and 11 April" (the bare "10" its own DATE, gold_blind62) and "14 May" are the nearest
    # ones ahead, in 2015; "almost six weeks" (3 March-11 April) P6W. The presale "began at 9am
    # today" (2014-11-18T09:00); general sale "at 9am on Friday" (standfirst and body)
    # 2014-11-21, two TIMEX3 (gold_blind26's "at 10am tomorrow"). "at the Forum in June" is
    # past, 2014-06; "four minutes" PT4M (how long a sale took, like "sold out within an hour").
    # "came out on 20 October" 2014-10-20 (a Monday, ISO week 43), "the following week" after it
    # 2014-W44 (gold_blind28's "two weeks later"). "last winter" said in November is the winter
    # just before the coming one, December 2013-February 2014, 2014-WI (a winter takes the year
    # of its January, gold_blind10, gold_blind26). "since the summer" 2014-SU and "this autumn"
    # 2014-FA are of the paper's year; "spend the summer" and "in the autumn" are ahead, 2015-SU
    # and 2015-FA. The singer "said on Monday" 2014-11-17; "next week, on Thursday 27 November"
    # is 2014-W48 plus the date. "every night" (quoted) and "each night" SETs XXXX-XX-XXTNI; the
    # doors and stage times "7pm" and "9.15pm" recur on every tour date, XXXX-XX-XXThh:mm. "late
    # 2016" the year's value (gold_blind62's "late 1984"). Not annotated: the album "Thirty-One
    # Days", the single "Friday Forever", the band "the 1986" and its single "Half Past Never",
    # "No. 3", "Dougie May" and "may" (the verb), "19 cities", "29", "£27.50", "four per
    # customer", the address "marramlights.co.uk/tour2015" and "0844 555 2015".
    "marram-lights-uk-tour-2015": (
        "2014-11-18",
        [
            ("2015", "DATE", "2015"),
            ("March", "DATE", "2015-03"),
            ("Friday", "DATE", "2014-11-21"),
            ("Tuesday 18 November 2014", "DATE", "2014-11-18"),
            ("10.42 GMT", "TIME", "2014-11-18T10:42"),
            ("2015", "DATE", "2015"),
            ("3 March", "DATE", "2015-03-03"),
            ("almost six weeks", "DURATION", "P6W"),
            ("10", "DATE", "2015-04-10"),
            ("11 April", "DATE", "2015-04-11"),
            ("9am", "TIME", "2014-11-18T09:00"),
            ("today", "DATE", "2014-11-18"),
            ("14 May", "DATE", "2015-05-14"),
            ("9am", "TIME", "2014-11-21T09:00"),
            ("Friday", "DATE", "2014-11-21"),
            ("June", "DATE", "2014-06"),
            ("four minutes", "DURATION", "PT4M"),
            ("2006", "DATE", "2006"),
            ("2011", "DATE", "2011"),
            ("20 October", "DATE", "2014-10-20"),
            ("the following week", "DATE", "2014-W44"),
            ("six weeks", "DURATION", "P6W"),
            ("last winter", "DATE", "2014-WI"),
            ("the summer", "DATE", "2014-SU"),
            ("Monday", "DATE", "2014-11-17"),
            ("this year", "DATE", "2014"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("March", "DATE", "2015-03"),
            ("April", "DATE", "2015-04"),
            ("this autumn", "DATE", "2014-FA"),
            ("next week", "DATE", "2014-W48"),
            ("Thursday 27 November", "DATE", "2014-11-27"),
            ("20 December", "DATE", "2014-12-20"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("7pm", "TIME", "XXXX-XX-XXT19:00"),
            ("each night", "SET", "XXXX-XX-XXTNI"),
            ("9.15pm", "TIME", "XXXX-XX-XXT21:15"),
            ("the summer", "DATE", "2015-SU"),
            ("the autumn", "DATE", "2015-FA"),
            ("late 2016", "DATE", "2016"),
        ],
    ),
    # Thursday 2012-12-06 (ISO week 49), Australian newspaper's theatre review, headline,
    # "Reviewed by" byline, date line "December 6, 2012", information panel ("until January 4"),
    # star rating. The run ends "January 4" (panel and body), the nearest one ahead, 2013-01-04
    # (a Friday), like "until 29 March" in gold_blind62. The revival opened "on Tuesday night",
    # 2012-12-04TNI; "Fifty-nine years later" counts from the 1953 premiere at year granularity,
    # 2012 (gold_blind26's "Fifty-eight years on"). "three hours" (headline and body) and
    # "three-hour" PT3H; "75 minutes", "five-minute", "10 minutes" the lengths of an act, a
    # speech and added songs. The play's own time "three days in January 1939" is annotated
    # (gold_blind62 annotated "24 hours in October 1962"). "the winter of 1953" is a southern
    # winter, June-August 1953, in one calendar year, 1953-WI; "this summer" in a Melbourne
    # December is the southern summer December 2012-February 2013, which takes the year of its
    # January and February, 2013-SU (the southern-hemisphere rule of the earlier Australian
    # sets). Evening performances "at 7.30pm" and "matinees on Wednesdays and Saturdays at 2pm"
    # recur (SETs XXXX-WXX-3 and XXXX-WXX-6, times XXXX-XX-XXThh:mm, gold_blind26); "at 2pm on
    # Christmas Eve" is a particular day, 2012-12-24T14:00 (a Monday, so not a regular matinee);
    # "Christmas Day" 2012-12-25 (negated, still a date); "10pm on New Year's Eve" 2012-12-31;
    # "in February" ahead, 2013-02. Not annotated: the title "The Wednesday Wake" (headline,
    # panel and body, beside the SET "Wednesdays"), "earn every minute" (a quantifier, not a
    # set), the star rating "★★★½", the 1100-seat capacity, "Lottie March" (a character),
    # "Harbour Lights", "81", "two intervals", "the first act", "the second interval",
    # "$45-$89", "1300 555 019".
    "wednesday-wake-theatre-review": (
        "2012-12-06",
        [
            ("three hours", "DURATION", "PT3H"),
            ("December 6, 2012", "DATE", "2012-12-06"),
            ("January 4", "DATE", "2013-01-04"),
            ("1953", "DATE", "1953"),
            ("two weeks", "DURATION", "P2W"),
            ("Fifty-nine years later", "DATE", "2012"),
            ("Tuesday night", "TIME", "2012-12-04TNI"),
            ("the 1950s", "DATE", "195"),
            ("three days", "DURATION", "P3D"),
            ("January 1939", "DATE", "1939-01"),
            ("three-hour", "DURATION", "PT3H"),
            ("75 minutes", "DURATION", "PT75M"),
            ("2010", "DATE", "2010"),
            ("the winter of 1953", "DATE", "1953-WI"),
            ("1978", "DATE", "1978"),
            ("now", "DATE", "PRESENT_REF"),
            ("five-minute", "DURATION", "PT5M"),
            ("10 minutes", "DURATION", "PT10M"),
            ("three hours", "DURATION", "PT3H"),
            ("this summer", "DATE", "2013-SU"),
            ("January 4", "DATE", "2013-01-04"),
            ("7.30pm", "TIME", "XXXX-XX-XXT19:30"),
            ("Wednesdays", "SET", "XXXX-WXX-3"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("2pm", "TIME", "XXXX-XX-XXT14:00"),
            ("2pm", "TIME", "2012-12-24T14:00"),
            ("Christmas Eve", "DATE", "2012-12-24"),
            ("Christmas Day", "DATE", "2012-12-25"),
            ("10pm", "TIME", "2012-12-31T22:00"),
            ("New Year's Eve", "DATE", "2012-12-31"),
            ("February", "DATE", "2013-02"),
        ],
    ),
    # Wednesday 2013-09-18 (ISO week 38), US music website's reissue story, headline, deck,
    # byline, stamp "September 18, 2013 2:15 PM ET" (a DATE and a TIME). "40 years on"
    # (headline) counts from the 1973 album at year granularity, 2013 (gold_blind26). The deck's
    # and the body's "New Year's Eve" concert is the one of "Dec. 31, 1973", 1973-12-31 (a
    # holiday named as the day of a past event, annotated like "Thursday night previews" in
    # gold_blind62). The reissue "was released on Monday" 2013-09-16; the guitarist "said last
    # week" 2013-W37; the chart "is published Thursday" 2013-09-19; tickets "went on sale
    # Friday" 2013-09-13 (past); the concert "on Oct. 12 at 8 p.m. PT" 2013-10-12T20:00 (zone in
    # the span, not the value). "the following March" after "November 1973" is 1974-03 (like
    # "the following spring", gold_blind62); "the summer of 1973" 1973-SU; "the 1970s" 197,
    # adjectival "1990s heyday" 199 (like "1960s pop songs"), "the early 2000s" 200; "almost
    # four decades" P40Y; "hour-long" PT1H and "seven-minute" PT7M (adjectival durations);
    # "earlier this year" 2013 and "earlier this month" 2013-09 (gold_blind62); "the band's own
    # 1973 sessions" an adjectival year; "within an hour" -> "an hour" PT1H; "early next year"
    # 2014; "every night" SET; "recent years" PAST_REF (for "In recent years"), "These days"
    # PRESENT_REF. Not annotated: the album "Sunday at the Crossing" (headline and lead), the
    # songs "Summer of '59" (twice) and "Eight Days Down", "40th-anniversary", "No. 9",
    # "four-disc", "catalog number HR 4011", "180-gram", "11 outtakes", "66", prices, "for the
    # first time", the band "the Lantern Rows".
    "copperline-sunday-at-the-crossing-reissue": (
        "2013-09-18",
        [
            ("40 years on", "DATE", "2013"),
            ("New Year's Eve", "DATE", "1973-12-31"),
            ("September 18, 2013", "DATE", "2013-09-18"),
            ("2:15 PM ET", "TIME", "2013-09-18T14:15"),
            ("38 weeks", "DURATION", "P38W"),
            ("1974", "DATE", "1974"),
            ("Monday", "DATE", "2013-09-16"),
            ("Dec. 31, 1973", "DATE", "1973-12-31"),
            ("six weeks", "DURATION", "P6W"),
            ("the summer of 1973", "DATE", "1973-SU"),
            ("November 1973", "DATE", "1973-11"),
            ("the following March", "DATE", "1974-03"),
            ("1974", "DATE", "1974"),
            ("the 1970s", "DATE", "197"),
            ("six weeks", "DURATION", "P6W"),
            ("last week", "DATE", "2013-W37"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("two years", "DURATION", "P2Y"),
            ("1979", "DATE", "1979"),
            ("1996", "DATE", "1996"),
            ("1990s", "DATE", "199"),
            ("the early 2000s", "DATE", "200"),
            ("New Year's Eve", "DATE", "1973-12-31"),
            ("almost four decades", "DURATION", "P40Y"),
            ("2011", "DATE", "2011"),
            ("hour-long", "DURATION", "PT1H"),
            ("earlier this year", "DATE", "2013"),
            ("1973", "DATE", "1973"),
            ("seven-minute", "DURATION", "PT7M"),
            ("earlier this month", "DATE", "2013-09"),
            ("Thursday", "DATE", "2013-09-19"),
            ("recent years", "DATE", "PAST_REF"),
            ("Oct. 12", "DATE", "2013-10-12"),
            ("8 p.m. PT", "TIME", "2013-10-12T20:00"),
            ("Friday", "DATE", "2013-09-13"),
            ("an hour", "DURATION", "PT1H"),
            ("early next year", "DATE", "2014"),
            ("These days", "DATE", "PRESENT_REF"),
        ],
    ),
    # Friday 2015-03-13 (ISO week 11), Irish newspaper website's festival line-up story,
    # headline, standfirst, byline, stamp "Fri, Mar 13, 2015, 06:00" (a DATE and a TIME). The
    # festival runs "from Friday, July 31st, to Sunday, August 2nd" (one span each with the
    # weekday). Ireland's August bank holiday is the first Monday of August (3 August 2015), so
    # "the August bank holiday weekend" (standfirst and lead) is Saturday 1 and Sunday 2 August,
    # 2015-W31-WE, like "The bank holiday weekend" in a British paper (the weekend before the
    # holiday Monday, whose own date is not named). "the Saturday night" of the festival is
    # 2015-08-01TNI, "the Friday" 2015-07-31 and "the Thursday" 2015-07-30 (definite days of an
    # event whose dates the text gives, gold_blind76's "the Saturday"), with "noon" on that
    # Thursday; "two days later" counts from the Friday, 2015-08-02. "last autumn" in March is
    # 2014-FA (gold_blind62); "said on Wednesday" 2015-03-11; "Last year's event" -> "Last year"
    # 2014 and "a year earlier" after it 2013 (gold_blind35); "this summer" 2015-SU; "in May"
    # ahead 2015-05; "in December" (the early-bird sale) 2014-12; the sale "at 9am on Thursday,
    # March 19th" 2015-03-19; "St Patrick's Day" 2015-03-17 (a Tuesday); "next year" 2016.
    # "Three-day" / "three-day" and "one-day" adjectival durations; "the 1990s indie band" ->
    # adjectival "1990s" 199; "for the first time in 15 years" -> "15 years" P15Y (the period of
    # a "first in", gold_blind35); "the past three years" P3Y; "until 2am each night" recurs
    # (XXXX-XX-XXT02:00, SET TNI); "annually" SET P1Y; "recently" PAST_REF; "the coming months"
    # PXM (gold_blind62). Not annotated: the band "Half Nine" (Irish for half past nine, twice),
    # its album "Late Summer", the band "the Quiet Hours", "number one", "a fourth stage", "a
    # fourth day", "day tickets", "Full-festival tickets", "since it began" (anaphoric), "the
    # Sunday Courier", "may" (verb), "18,000", "12,000", "25,000", "80 acts", "€159", "€69",
    # "Under-12s", "kilbracksounds.ie".
    "kilbrack-sounds-festival-lineup": (
        "2015-03-13",
        [
            ("Three-day", "DURATION", "P3D"),
            ("the August bank holiday weekend", "DATE", "2015-W31-WE"),
            ("Fri, Mar 13, 2015", "DATE", "2015-03-13"),
            ("06:00", "TIME", "2015-03-13T06:00"),
            ("this year", "DATE", "2015"),
            ("three-day", "DURATION", "P3D"),
            ("the August bank holiday weekend", "DATE", "2015-W31-WE"),
            ("Friday, July 31st", "DATE", "2015-07-31"),
            ("Sunday, August 2nd", "DATE", "2015-08-02"),
            ("last autumn", "DATE", "2014-FA"),
            ("the Saturday night", "TIME", "2015-08-01TNI"),
            ("the Friday", "DATE", "2015-07-31"),
            ("two days later", "DATE", "2015-08-02"),
            ("1990s", "DATE", "199"),
            ("15 years", "DURATION", "P15Y"),
            ("Wednesday", "DATE", "2015-03-11"),
            ("Last year", "DATE", "2014"),
            ("three days", "DURATION", "P3D"),
            ("a year earlier", "DATE", "2013"),
            ("this summer", "DATE", "2015-SU"),
            ("2009", "DATE", "2009"),
            ("one-day", "DURATION", "P1D"),
            ("the past three years", "DURATION", "P3Y"),
            ("noon", "TIME", "2015-07-30T12:00"),
            ("the Thursday", "DATE", "2015-07-30"),
            ("2am", "TIME", "XXXX-XX-XXT02:00"),
            ("each night", "SET", "XXXX-XX-XXTNI"),
            ("May", "DATE", "2015-05"),
            ("two hours", "DURATION", "PT2H"),
            ("December", "DATE", "2014-12"),
            ("9am", "TIME", "2015-03-19T09:00"),
            ("Thursday, March 19th", "DATE", "2015-03-19"),
            ("the coming months", "DURATION", "PXM"),
            ("St Patrick's Day", "DATE", "2015-03-17"),
            ("annually", "SET", "P1Y"),
            ("recently", "DATE", "PAST_REF"),
            ("next year", "DATE", "2016"),
        ],
    ),
    # Saturday 2015-01-24 (ISO week 4), British regional paper's arts-funding and venue story,
    # headline, byline, date line "Saturday 24 January 2015". The hall reopens "in spring"
    # (headline) / "in the spring" 2015-SP; the grant was confirmed "on Thursday" 2015-01-22;
    # the "three-year" award begins "in April" 2015-04. "the 2015-16 season" gives two DATEs,
    # "2015" and the bare "16" 2016, "season" left out (gold_blind10, gold_blind43,
    # gold_blind76). "more than a century" P100Y; "by mid-2014" 2014 and "late last year" 2014
    # (the year's value, gold_blind62); "pushed the date back by almost a year" the size of a
    # delay, P1Y (gold_blind35); "a 1960s extension" adjectival 196; "90-day" P90D; "ended in
    # December" 2014-12. The gala "on Saturday 16 May" 2015-05-16; "the second half of 2015"
    # 2015-H2 (one span, gold_blind35); bookings open "on 2 March" 2015-03-02; "in the summer"
    # 2015-SU; the free concerts "every Thursday at 1pm" recur (SET XXXX-WXX-4,
    # XXXX-XX-XXT13:00), "a fixture since the 1920s" 192; "the final quarter of 2010" 2010-Q4,
    # one span like "the second half of 1991" (gold_blind35); "now" PRESENT_REF; the tours "on
    # Sunday between 10am and 4pm" are ahead, 2015-01-25 (the weekday after the paper's
    # Saturday). Not annotated: "Grade II-listed", "May I say" (the verb, beside "16 May"), "the
    # Alder March" (a protest's name), "Op. 27", "the Castlebridge Suite", "the rest of the
    # season" (a concert season), "Victorian", "the 1,450-seat main auditorium", "by a third",
    # "3,000 people", "41,000 tickets", "£3.2m", "£14m", "01632 555 0182".
    "alder-hall-reopening-grant": (
        "2015-01-24",
        [
            ("spring", "DATE", "2015-SP"),
            ("Saturday 24 January 2015", "DATE", "2015-01-24"),
            ("2011", "DATE", "2011"),
            ("the spring", "DATE", "2015-SP"),
            ("Thursday", "DATE", "2015-01-22"),
            ("three-year", "DURATION", "P3Y"),
            ("April", "DATE", "2015-04"),
            ("2015", "DATE", "2015"),
            ("16", "DATE", "2016"),
            ("more than a century", "DURATION", "P100Y"),
            ("1887", "DATE", "1887"),
            ("September 2011", "DATE", "2011-09"),
            ("mid-2014", "DATE", "2014"),
            ("1960s", "DATE", "196"),
            ("almost a year", "DURATION", "P1Y"),
            ("late last year", "DATE", "2014"),
            ("90-day", "DURATION", "P90D"),
            ("December", "DATE", "2014-12"),
            ("2010", "DATE", "2010"),
            ("2012", "DATE", "2012"),
            ("Saturday 16 May", "DATE", "2015-05-16"),
            ("1887", "DATE", "1887"),
            ("the second half of 2015", "DATE", "2015-H2"),
            ("2 March", "DATE", "2015-03-02"),
            ("the summer", "DATE", "2015-SU"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
            ("1pm", "TIME", "XXXX-XX-XXT13:00"),
            ("the 1920s", "DATE", "192"),
            ("the final quarter of 2010", "DATE", "2010-Q4"),
            ("now", "DATE", "PRESENT_REF"),
            ("Sunday", "DATE", "2015-01-25"),
            ("10am", "TIME", "2015-01-25T10:00"),
            ("4pm", "TIME", "2015-01-25T16:00"),
        ],
    ),
    # Monday 2012-04-23 (ISO week 17), US newspaper's obituary of a pit musician, headline ("for
    # 14 Years"), byline, date line "April 23, 2012". He "died on Saturday" 2012-04-21; "nearly
    # four decades" P40Y; "a 14-year run" and the headline's "14 Years" P14Y; "from 1962 until
    # his retirement in 1998" two DATEs, the retirement an event; the musical ran from "Oct. 4,
    # 1971" to "the spring of 1985" (1985-SP); "eight times a week" SET P1W (a frequency keeps
    # only the period, gold_blind28); "the summer of 1950" 1950-SU; "the late 1950s" 195; "two
    # years", "a year", "20 years" durations; "on Monday nights" SET XXXX-WXX-1TNI. His last
    # performance "on Dec. 31, 1998, a New Year's Eve show" (the holiday as an adjective naming
    # the same day, 1998-12-31); "ran past midnight" -> "midnight" at the end of that day,
    # 1998-12-31T24:00 (gold_blind28); "at about 1 a.m. the next day" 1999-01-01T01:00 and "the
    # next day" 1999-01-01. "every week" SET P1W "for more than a decade" P10Y (1998-2009),
    # "until 2009", "last year" 2011; "his wife of 54 years" P54Y (gold_blind60's "His wife of
    # 56 years"); the memorial "on May 12 at 2 p.m." ahead, 2012-05-12. Not annotated: "79"
    # (headline and lead, ages), "at 11" (an age), the musical "Friday at the Palms" (headline
    # and twice in the body), the album "Half Past Monday" (beside "Monday nights"), "West 46th
    # Street", "16-piece", "fewer than 30 performances", "the final performance", "for most of
    # its run", "his retirement" (an event), "four grandchildren".
    "walt-ferrante-trombonist-obituary": (
        "2012-04-23",
        [
            ("14 Years", "DURATION", "P14Y"),
            ("April 23, 2012", "DATE", "2012-04-23"),
            ("nearly four decades", "DURATION", "P40Y"),
            ("14-year", "DURATION", "P14Y"),
            ("Saturday", "DATE", "2012-04-21"),
            ("1962", "DATE", "1962"),
            ("1998", "DATE", "1998"),
            ("Oct. 4, 1971", "DATE", "1971-10-04"),
            ("the spring of 1985", "DATE", "1985-SP"),
            ("eight times a week", "SET", "P1W"),
            ("March 3, 1933", "DATE", "1933-03-03"),
            ("the summer of 1950", "DATE", "1950-SU"),
            ("two years", "DURATION", "P2Y"),
            ("the late 1950s", "DATE", "195"),
            ("a year", "DURATION", "P1Y"),
            ("20 years", "DURATION", "P20Y"),
            ("Monday nights", "SET", "XXXX-WXX-1TNI"),
            ("1976", "DATE", "1976"),
            ("Dec. 31, 1998", "DATE", "1998-12-31"),
            ("New Year's Eve", "DATE", "1998-12-31"),
            ("midnight", "TIME", "1998-12-31T24:00"),
            ("about 1 a.m.", "TIME", "1999-01-01T01:00"),
            ("the next day", "DATE", "1999-01-01"),
            ("every week", "SET", "P1W"),
            ("more than a decade", "DURATION", "P10Y"),
            ("2009", "DATE", "2009"),
            ("last year", "DATE", "2011"),
            ("54 years", "DURATION", "P54Y"),
            ("May 12", "DATE", "2012-05-12"),
            ("2 p.m.", "TIME", "2012-05-12T14:00"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
