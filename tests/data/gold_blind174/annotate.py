"""Annotations of the hundred-and-seventy-fourth blind gold set, chosen by hand before the tagger
ran.

    python tests/data/gold_blind174/annotate.py [--show]

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
    # Thursday 2012-08-16 (ISO week 33), British regional daily's archaeology story, headline,
    # standfirst, byline, date line "Thursday 16 August 2012". "yesterday" is Wednesday
    # 2012-08-15. Past weekdays: the grave "uncovered on Monday afternoon" 2012-08-13TAF, the
    # council "agreed on Tuesday" and the councillor "said on Tuesday" 2012-08-14. Future: "the
    # weekend" (standfirst) 2012-W33-WE (18-19 August), the open day "on Saturday" 2012-08-18
    # "from 10am to 4pm" (two TIMEs that day), "next week" 2012-W34. "within eight weeks" ->
    # "eight weeks" P8W; "two more weeks" and "two extra weeks" P2W; "some 4,000 years" P4000Y
    # (how long she has lain there, a period); "the 14th century" 13; "the Black Death of
    # 1348-49" -> "1348" and "49" 1349, a range split into its ends (gold_blind71's "1914-18");
    # "this summer" 2012-SU, "In July" 2012-07, "every summer" SET XXXX-SU; "12 are on site now"
    # and "Today we can say" (nowadays, against "Ten years ago") PRESENT_REF; "Ten years ago"
    # 2002 (the unit's granularity); "eight-hour", "30-minute", "two-year" adjectival
    # DURATIONs; "the end of 2014" the year's value; "last year" 2011; "the spring" ahead in
    # August 2013-SP. Not annotated: "about 4,000 years old" (headline and lead, the age of a
    # thing, gold_blind37, gold_blind92), "Bronze Age" / "BRONZE Age" (a named era), "the Black
    # Death" (an event), "will not now resume" ("not now" a discourse adverb, "as things
    # stand"), "the second important find", "£38m", "£1.2m", "£90,000", "5.6-mile", "12",
    # "brackenholt.gov.uk/dig2012" (a year in a URL), "01632 960348" (a phone number).
    "brackenholt-bypass-bronze-age-burial": (
        "2012-08-16",
        [
            ("the weekend", "DATE", "2012-W33-WE"),
            ("two more weeks", "DURATION", "P2W"),
            ("Thursday 16 August 2012", "DATE", "2012-08-16"),
            ("yesterday", "DATE", "2012-08-15"),
            ("Monday afternoon", "TIME", "2012-08-13TAF"),
            ("next week", "DATE", "2012-W34"),
            ("eight weeks", "DURATION", "P8W"),
            ("some 4,000 years", "DURATION", "P4000Y"),
            ("the 1960s", "DATE", "196"),
            ("4 June", "DATE", "2012-06-04"),
            ("31 August", "DATE", "2012-08-31"),
            ("Tuesday", "DATE", "2012-08-14"),
            ("two extra weeks", "DURATION", "P2W"),
            ("14 September", "DATE", "2012-09-14"),
            ("this summer", "DATE", "2012-SU"),
            ("July", "DATE", "2012-07"),
            ("the 14th century", "DATE", "13"),
            ("1348", "DATE", "1348"),
            ("49", "DATE", "1349"),
            ("every summer", "SET", "XXXX-SU"),
            ("2009", "DATE", "2009"),
            ("now", "DATE", "PRESENT_REF"),
            ("eight-hour", "DURATION", "PT8H"),
            ("Ten years ago", "DATE", "2002"),
            ("Today", "DATE", "PRESENT_REF"),
            ("several months", "DURATION", "PXM"),
            ("2010", "DATE", "2010"),
            ("Tuesday", "DATE", "2012-08-14"),
            ("the end of 2014", "DATE", "2014"),
            ("Saturday", "DATE", "2012-08-18"),
            ("10am", "TIME", "2012-08-18T10:00"),
            ("4pm", "TIME", "2012-08-18T16:00"),
            ("30-minute", "DURATION", "PT30M"),
            ("last year", "DATE", "2011"),
            ("two-year", "DURATION", "P2Y"),
            ("the spring", "DATE", "2013-SP"),
        ],
    ),
    # Tuesday 2013-07-02 (ISO week 27), US regional paper's anniversary story, headline, deck,
    # byline "Staff Writer", date line "Tuesday, July 2, 2013", "ALDER SPRINGS, Pa. —"
    # dateline. "150 years ago this week" (headline) and "One hundred fifty years ago this
    # week" are one span each, the ISO week of the same number 150 years back, 1863-W27 (29
    # June-5 July 1863, holding the battle; gold_blind30, gold_blind71). "July 1-3, 1863" ->
    # "July 1" 1863-07-01 and "3, 1863" 1863-07-03, a range split into its ends, the second
    # end carrying the year (see README). "the evening of July 3, 1863" and "the afternoon of
    # July 2" one TIME span each (gold_blind50, gold_blind71); the latter is 1863, not the
    # publication day. The sergeant's letter of the next morning (1863-07-03, a Friday): "5
    # o'clock" 1863-07-03T05:00, "the next morning" 1863-07-03TMO, and his "since Tuesday"
    # anchored to the day he wrote, 1863-06-30 (quoted writing anchored to its own day,
    # gold_blind30). Today's weekdays: the exhibit opens "Wednesday" (deck and body)
    # 2013-07-03; names read "10 a.m. Saturday" 2013-07-06 (deck and body); "Thursday's Fourth
    # of July parade" -> "Thursday" and "Fourth of July" 2013-07-04, two DATEs like "Monday is
    # Family Day" (gold_blind103); the director "said Monday" 2013-07-01. "this weekend"
    # 2013-W27-WE; "Nov. 19" 2013-11-19; "Labor Day" 2013-09-02 (first Monday of September);
    # "open daily from 10 a.m. to 4 p.m." SET P1D with the hours XXXX-XX-XXThh:mm, "on weekends
    # after that" SET XXXX-WXX-WE; "every Thursday night" SET XXXX-WXX-4TNI. "the fall of
    # 1862", "the fall of 1864" one span each; "another 50 years" P50Y ("another" kept,
    # gold_blind7); "For 148 years" P148Y; "most of last year" -> "last year" 2012; "recent
    # years" PAST_REF; "this summer" 2013-SU; "Next month" 2013-08; "the past six months" P6M.
    # Not annotated: "the 1863 Society" (a name), "alderspringsmuseum.org/line1863" (a URL),
    # "717-555-1863" (a phone number), "Company D", "the battle of Gettysburg" (an event), "the
    # anniversary", "after that" (anaphoric), "94", "31", "62", "40 percent", "$5", "under 12".
    "alder-springs-museum-gettysburg-letters": (
        "2013-07-02",
        [
            ("150 years ago this week", "DATE", "1863-W27"),
            ("Wednesday", "DATE", "2013-07-03"),
            ("Saturday", "DATE", "2013-07-06"),
            ("Tuesday, July 2, 2013", "DATE", "2013-07-02"),
            ("One hundred fifty years ago this week", "DATE", "1863-W27"),
            ("the fall of 1862", "DATE", "1862-FA"),
            ("the evening of July 3, 1863", "TIME", "1863-07-03TEV"),
            ("Wednesday", "DATE", "2013-07-03"),
            ("Nov. 19", "DATE", "2013-11-19"),
            ("July 1", "DATE", "1863-07-01"),
            ("3, 1863", "DATE", "1863-07-03"),
            ("the afternoon of July 2", "TIME", "1863-07-02TAF"),
            ("almost 20 hours", "DURATION", "PT20H"),
            ("Tuesday", "DATE", "1863-06-30"),
            ("5 o'clock", "TIME", "1863-07-03T05:00"),
            ("the next morning", "TIME", "1863-07-03TMO"),
            ("the fall of 1864", "DATE", "1864-FA"),
            ("another 50 years", "DURATION", "P50Y"),
            ("Monday", "DATE", "2013-07-01"),
            ("2011", "DATE", "2011"),
            ("148 years", "DURATION", "P148Y"),
            ("last year", "DATE", "2012"),
            ("recent years", "DATE", "PAST_REF"),
            ("this summer", "DATE", "2013-SU"),
            ("1938", "DATE", "1938"),
            ("this weekend", "DATE", "2013-W27-WE"),
            ("10 a.m.", "TIME", "2013-07-06T10:00"),
            ("Saturday", "DATE", "2013-07-06"),
            ("Thursday", "DATE", "2013-07-04"),
            ("Fourth of July", "DATE", "2013-07-04"),
            ("daily", "SET", "P1D"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("4 p.m.", "TIME", "XXXX-XX-XXT16:00"),
            ("Labor Day", "DATE", "2013-09-02"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("Next month", "DATE", "2013-08"),
            ("the past six months", "DURATION", "P6M"),
            ("every Thursday night", "SET", "XXXX-WXX-4TNI"),
        ],
    ),
    # Friday 2014-08-22 (ISO week 34), Irish regional paper's website, heritage-week notice with
    # a listing, headline, stamp "Friday, 22 August, 2014 - 11:45" (DATE and TIME), byline.
    # National Heritage Week "begins tomorrow" 2014-08-23 and runs "until Sunday 31 August"
    # 2014-08-31. The listing's abbreviated weekdays were checked by hand: "Sat 23 Aug"
    # 2014-08-23, "Sun 24 Aug" 2014-08-24, "Tue 26 Aug" 2014-08-26, "Thu 28 Aug" 2014-08-28,
    # "Sat 30 Aug" 2014-08-30, each one DATE span, and each clock time a TIME on its day
    # ("11am-4pm" two TIMEs; "the last tour leaves at 3.30pm" the same Saturday). "open daily
    # during the week from 10am to 5pm" SET P1D with the hours XXXX-XX-XXThh:mm; "tours every
    # 30 minutes" SET PT30M; "We get asked every week" SET P1W; "every year since 2006" SET P1Y
    # and 2006. "the first open day in more than a decade" -> "more than a decade" P10Y (the
    # period of a "first in", gold_blind35); "the 1580s" 158; "the 14th century" 13 ("date
    # from" a signal); "this summer" 2014-SU; "Last year's programme" -> "Last year" 2013,
    # "this year's" -> "this year" 2014; "Twenty years ago" 1994; "Now" PRESENT_REF; "between
    # 1846 and 1851" two DATEs; "the 1914 Carrigdrum regatta" -> "1914" (an adjectival year of
    # an event, gold_blind103's "the 1947 flood"); "the end of September" 2014-09; "noon on
    # Monday" 2014-08-25T12:00 and 2014-08-25. Not annotated: "Heritage Week", "National
    # Heritage Week" and "the week" (an event's name and the event, like "Marlcaster Fashion
    # Week" and "the week" in gold_blind98), "the Famine years" (a named period), "Carrigdrum
    # 1847: The Workhouse Registers" (a talk's title), "a night walk" and "old photographs
    # night" (a kind of walk, an event's name), "open day", "052 613 1847" (a phone number),
    # "carrigdrumheritage.ie/2014" (a URL), "14 free events", "1,800", "312", "the last tour".
    "carrigdrum-heritage-week-events": (
        "2014-08-22",
        [
            ("Friday, 22 August, 2014", "DATE", "2014-08-22"),
            ("11:45", "TIME", "2014-08-22T11:45"),
            ("tomorrow", "DATE", "2014-08-23"),
            ("Sunday 31 August", "DATE", "2014-08-31"),
            ("more than a decade", "DURATION", "P10Y"),
            ("the 1580s", "DATE", "158"),
            ("this summer", "DATE", "2014-SU"),
            ("two years", "DURATION", "P2Y"),
            ("every week", "SET", "P1W"),
            ("2001", "DATE", "2001"),
            ("every year", "SET", "P1Y"),
            ("2006", "DATE", "2006"),
            ("Last year", "DATE", "2013"),
            ("the past six months", "DURATION", "P6M"),
            ("this year", "DATE", "2014"),
            ("Twenty years ago", "DATE", "1994"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Sat 23 Aug", "DATE", "2014-08-23"),
            ("11am", "TIME", "2014-08-23T11:00"),
            ("4pm", "TIME", "2014-08-23T16:00"),
            ("every 30 minutes", "SET", "PT30M"),
            ("3.30pm", "TIME", "2014-08-23T15:30"),
            ("Sun 24 Aug", "DATE", "2014-08-24"),
            ("3pm", "TIME", "2014-08-24T15:00"),
            ("1846", "DATE", "1846"),
            ("1851", "DATE", "1851"),
            ("Tue 26 Aug", "DATE", "2014-08-26"),
            ("7.30pm", "TIME", "2014-08-26T19:30"),
            ("the 14th century", "DATE", "13"),
            ("about 90 minutes", "DURATION", "PT90M"),
            ("Thu 28 Aug", "DATE", "2014-08-28"),
            ("8pm", "TIME", "2014-08-28T20:00"),
            ("Sat 30 Aug", "DATE", "2014-08-30"),
            ("10am", "TIME", "2014-08-30T10:00"),
            ("1721", "DATE", "1721"),
            ("daily", "SET", "P1D"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("1914", "DATE", "1914"),
            ("the end of September", "DATE", "2014-09"),
            ("noon", "TIME", "2014-08-25T12:00"),
            ("Monday", "DATE", "2014-08-25"),
        ],
    ),
    # Monday 2015-02-16 (ISO week 8), Australian regional paper's website, headline, stamp
    # "February 16, 2015 - 6:31PM" (DATE and TIME), byline. "after 170 years" (headline) and
    # "For 170 years" P170Y. The hull was found "on Saturday" 2015-02-14 ("On Saturday
    # morning" 2015-02-14TMO; "reached the wreck at 11.20am" that day, 2015-02-14T11:20); the
    # find was announced "yesterday", Sunday 2015-02-15; the divers go back "on Saturday"
    # 2015-02-21 (the same weekday ahead); the talk is "at 7pm on Thursday 26 February"
    # 2015-02-26T19:00 and the DATE. "until last week" 2015-W07 (the week of the find);
    # "this week" 2015-W08; "by June" 2015-06; "today" 2015-02-16. The story line of 1845:
    # "29 June 1845", "the night of 4 July 1845" one TIME span 1845-07-04TNI, and "five days
    # later" after it, counted from 29 June, DATE 1845-07-04 (gold_blind92's "Five days
    # later"); "in 1851, six years after the wreck" -> "1851" and "six years" P6Y (an anchored
    # duration, gold_blind35). "the autumn" ahead in February is the southern autumn of 2015
    # (March-May), 2015-FA (gold_blind71); "every Wednesday night" SET XXXX-WXX-3TNI; "every
    # year since the 1920s" SET P1Y and 192; "the past five years" P5Y; "about 40 minutes"
    # PT40M. Not annotated: "The 170-year-old timbers" (the age of a thing, beside the
    # annotated "170 years"), "the Historic Shipwrecks Act 1976" (an act's name, gold_blind48,
    # gold_blind49), "23 lives", "38 metres", "1.8 nautical miles", "more than 200 dives",
    # "$42,000", "$15,000", "140 members", "67" (an age), "usually".
    "mary-aldous-wreck-found-cape-wirra": (
        "2015-02-16",
        [
            ("170 years", "DURATION", "P170Y"),
            ("February 16, 2015", "DATE", "2015-02-16"),
            ("6:31PM", "TIME", "2015-02-16T18:31"),
            ("1845", "DATE", "1845"),
            ("Saturday", "DATE", "2015-02-14"),
            ("2009", "DATE", "2009"),
            ("yesterday", "DATE", "2015-02-15"),
            ("170 years", "DURATION", "P170Y"),
            ("Saturday morning", "TIME", "2015-02-14TMO"),
            ("29 June 1845", "DATE", "1845-06-29"),
            ("the night of 4 July 1845", "TIME", "1845-07-04TNI"),
            ("five days later", "DATE", "1845-07-04"),
            ("1851", "DATE", "1851"),
            ("six years", "DURATION", "P6Y"),
            ("1846", "DATE", "1846"),
            ("last week", "DATE", "2015-W07"),
            ("11.20am", "TIME", "2015-02-14T11:20"),
            ("about 40 minutes", "DURATION", "PT40M"),
            ("Saturday", "DATE", "2015-02-21"),
            ("the autumn", "DATE", "2015-FA"),
            ("this week", "DATE", "2015-W08"),
            ("June", "DATE", "2015-06"),
            ("today", "DATE", "2015-02-16"),
            ("2013", "DATE", "2013"),
            ("every Wednesday night", "SET", "XXXX-WXX-3TNI"),
            ("the past five years", "DURATION", "P5Y"),
            ("every year", "SET", "P1Y"),
            ("the 1920s", "DATE", "192"),
            ("1998", "DATE", "1998"),
            ("7pm", "TIME", "2015-02-26T19:00"),
            ("Thursday 26 February", "DATE", "2015-02-26"),
        ],
    ),
    # Saturday 2014-09-27 (ISO week 39), Canadian paper's centenary feature, headline, deck,
    # date line "Saturday, September 27, 2014", byline, "GARROW FALLS —" dateline. The fire
    # started "at about 10:40 p.m. on Friday, Sept. 25, 1914" (1914-09-25T22:40 and the DATE;
    # 1914-09-25 was a Friday). "A century ago this week" one span, 1914-W39 (21-27 September
    # 1914, gold_blind50); "A century after the fire of 1914" (deck) -> "A century" P100Y (an
    # anchored duration, gold_blind71's "150 years after") and "1914". "6 a.m. the next day"
    # -> "6 a.m." 1914-09-26T06:00 and "the next day" 1914-09-26; "for most of that night" ->
    # "that night" 1914-09-25TNI. "at war for seven weeks" P7W; "within a year" -> "a year"
    # P1Y; "the spring of 1916" one span; "the 1980s" 198; "For most of the past century" ->
    # "the past century" P100Y ("most of" left out); "The Garrow Falls Reporter of Sept. 28,
    # 1914" -> "Sept. 28, 1914" (the issue's date); "now" PRESENT_REF. Today's weekdays: the
    # historian "said Thursday" 2014-09-25 (past); the plaque "Sunday" (deck and body)
    # 2014-09-28 "at 2 p.m."; "rain tonight" and "Tonight" 2014-09-27TNI with the show "from 7
    # p.m. to 10 p.m." that night; "tomorrow" 2014-09-28; "in November" 2014-11; "less than a
    # month" P1M; "has met monthly" SET P1M. Not annotated: "The Night of the 25th" (a book's
    # title), "The 50th anniversary" (its year "1964" is annotated), "a clear day", "Brantwell
    # No. 3" (a model number), "41 buildings", "four people", "four times", "once for each of
    # the dead" (a count, not a recurrence), "a few hundred people", "$4,800", "the fire".
    "garrow-falls-1914-fire-centenary": (
        "2014-09-27",
        [
            ("1914", "DATE", "1914"),
            ("A century", "DURATION", "P100Y"),
            ("1914", "DATE", "1914"),
            ("Sunday", "DATE", "2014-09-28"),
            ("Saturday, September 27, 2014", "DATE", "2014-09-27"),
            ("A century ago this week", "DATE", "1914-W39"),
            ("about 10:40 p.m.", "TIME", "1914-09-25T22:40"),
            ("Friday, Sept. 25, 1914", "DATE", "1914-09-25"),
            ("seven weeks", "DURATION", "P7W"),
            ("1907", "DATE", "1907"),
            ("6 a.m.", "TIME", "1914-09-26T06:00"),
            ("the next day", "DATE", "1914-09-26"),
            ("nine hours", "DURATION", "PT9H"),
            ("1872", "DATE", "1872"),
            ("a year", "DURATION", "P1Y"),
            ("the spring of 1916", "DATE", "1916-SP"),
            ("1968", "DATE", "1968"),
            ("the 1980s", "DATE", "198"),
            ("the past century", "DURATION", "P100Y"),
            ("the past three years", "DURATION", "P3Y"),
            ("Sept. 28, 1914", "DATE", "1914-09-28"),
            ("now", "DATE", "PRESENT_REF"),
            ("Thursday", "DATE", "2014-09-25"),
            ("1964", "DATE", "1964"),
            ("November", "DATE", "2014-11"),
            ("2 p.m.", "TIME", "2014-09-28T14:00"),
            ("Sunday", "DATE", "2014-09-28"),
            ("tonight", "TIME", "2014-09-27TNI"),
            ("tomorrow", "DATE", "2014-09-28"),
            ("that night", "TIME", "1914-09-25TNI"),
            ("Tonight", "TIME", "2014-09-27TNI"),
            ("7 p.m.", "TIME", "2014-09-27T19:00"),
            ("10 p.m.", "TIME", "2014-09-27T22:00"),
            ("less than a month", "DURATION", "P1M"),
            ("monthly", "SET", "P1M"),
            ("1977", "DATE", "1977"),
        ],
    ),
    # Wednesday 2015-05-13 (ISO week 20), wire story, headline, stamp "Wed May 13, 2015 11:42am
    # EDT" (the abbreviated weekday checked by hand; DATE and TIME, the zone in the span),
    # byline, "VENNEGEM, Belgium, May 13 (Newsline) -" dateline (DATE 2015-05-13). "after
    # five centuries" (headline) and "after almost five centuries" P500Y, "For almost 500
    # years" P500Y (the century unit written as years, gold_blind20's P200Y); "12th-century"
    # 11; "the 1180s" 118; "the 17th century" 16; "the 16th century" 15. The handover was "at
    # 11 a.m. on Tuesday" 2015-05-12T11:00 and 2015-05-12; the chairwoman "said on Monday"
    # 2015-05-11; "last September" 2014-09; the show runs "from Saturday" 2015-05-16 "until
    # Aug. 30" 2015-08-30; "next year" 2016. "two years of talks" P2Y; "over about a decade"
    # P10Y; "safe for 64 years" P64Y; "admitted for 20 minutes at a time" PT20M; "I wrote
    # again every spring" SET XXXX-SP; "One page will be turned each week" SET P1W; years as
    # written ("since 1951", "in 1521", "written in 1519", "the 1970s" 197, "in 1874", "in
    # 1951", "in 1962", "in 1989", "founded in 1116", "in 1950"). Not annotated: "Codex H
    # 1187" (a shelfmark, beside "the 1180s"), "its 900th anniversary" (its year "next year" is
    # annotated), "84" (an age), "212 pages", "at least three artists", "about 300 people",
    # "6 million Swiss francs", "fewer than 20 monks", "61", "first" ("first wrote").
    "vennegem-psalter-returned-abbey": (
        "2015-05-13",
        [
            ("five centuries", "DURATION", "P500Y"),
            ("Wed May 13, 2015", "DATE", "2015-05-13"),
            ("11:42am EDT", "TIME", "2015-05-13T11:42"),
            ("May 13", "DATE", "2015-05-13"),
            ("12th-century", "DATE", "11"),
            ("almost five centuries", "DURATION", "P500Y"),
            ("1951", "DATE", "1951"),
            ("11 a.m.", "TIME", "2015-05-12T11:00"),
            ("Tuesday", "DATE", "2015-05-12"),
            ("two years", "DURATION", "P2Y"),
            ("the 1180s", "DATE", "118"),
            ("about a decade", "DURATION", "P10Y"),
            ("1521", "DATE", "1521"),
            ("almost 500 years", "DURATION", "P500Y"),
            ("1519", "DATE", "1519"),
            ("the 1970s", "DATE", "197"),
            ("every spring", "SET", "XXXX-SP"),
            ("the 17th century", "DATE", "16"),
            ("1874", "DATE", "1874"),
            ("1951", "DATE", "1951"),
            ("1962", "DATE", "1962"),
            ("1989", "DATE", "1989"),
            ("Monday", "DATE", "2015-05-11"),
            ("last September", "DATE", "2014-09"),
            ("64 years", "DURATION", "P64Y"),
            ("Saturday", "DATE", "2015-05-16"),
            ("Aug. 30", "DATE", "2015-08-30"),
            ("each week", "SET", "P1W"),
            ("20 minutes", "DURATION", "PT20M"),
            ("1116", "DATE", "1116"),
            ("next year", "DATE", "2016"),
            ("the 16th century", "DATE", "15"),
            ("1950", "DATE", "1950"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
