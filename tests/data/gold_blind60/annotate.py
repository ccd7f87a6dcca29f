"""Annotations of the sixtieth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind60/annotate.py [--show]

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
    # Thursday 2013-10-17 (ISO week 42), US local paper's news obituary, headline with the age,
    # byline, "MILLBROOK, Pa. —" dateline, no date line. He "died on Tuesday" and read "until
    # his death on Tuesday": the past Tuesday 2013-10-15, both times; visitation "from 4 p.m.
    # to 7 p.m. Friday" 2013-10-18 and the funeral "at 11 a.m. Saturday" 2013-10-19 are ahead
    # (two clock times and a day; a clock time and its day two TIMEX3). "until last spring"
    # said in October -> "last spring" 2013-SP, the spring of the same year (gold_blind29);
    # "since the summer" 2013-SU; "came home from the hospital last week" 2013-W41. The life:
    # "the following spring" after 1954 is 1955-SP (gold_blind7, gold_blind29); "which took
    # three years to build" DURATION; "For 40 years ... twice a year" P40Y and a SET P1Y; "The
    # last entry is dated Sept. 28" the most recent one, 2013-09-28. "In his final years" ->
    # "his final years" DURATION PXY, the closing period of a life with the possessive kept,
    # like "its first decade" and "his 14 years" (see README). "should last a hundred years" a
    # generic duration, like "should last a century" (gold_blind29); "His wife of 56 years"
    # P56Y (spring 1955 to 2011). Not annotated: "84" (headline and body), "At 16", "91" (ages),
    # "after the war", "Hymn 262", "the Hymnal" (a truck's name), "the Wedding March" (a
    # piece), "1929 Orchard Avenue" (an address equal to the birth year), "14 people", "more
    # than 60 instruments", "30 churches", "four-manual", "the same way", "may be made".
    "walter-brennholt-organ-builder-obituary": (
        "2013-10-17",
        [
            ("more than six decades", "DURATION", "P60Y"),
            ("Tuesday", "DATE", "2013-10-15"),
            ("last spring", "DATE", "2013-SP"),
            ("the summer", "DATE", "2013-SU"),
            ("last week", "DATE", "2013-W41"),
            ("March 3, 1929", "DATE", "1929-03-03"),
            ("1945", "DATE", "1945"),
            ("1954", "DATE", "1954"),
            ("the following spring", "DATE", "1955-SP"),
            ("the late 1970s", "DATE", "197"),
            ("three years", "DURATION", "P3Y"),
            ("October 1981", "DATE", "1981-10"),
            ("40 years", "DURATION", "P40Y"),
            ("twice a year", "SET", "P1Y"),
            ("Sept. 28", "DATE", "2013-09-28"),
            ("the 1990s", "DATE", "199"),
            ("2006", "DATE", "2006"),
            ("his final years", "DURATION", "PXY"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("Tuesday", "DATE", "2013-10-15"),
            ("a hundred years", "DURATION", "P100Y"),
            ("56 years", "DURATION", "P56Y"),
            ("2011", "DATE", "2011"),
            ("4 p.m.", "TIME", "2013-10-18T16:00"),
            ("7 p.m.", "TIME", "2013-10-18T19:00"),
            ("Friday", "DATE", "2013-10-18"),
            ("11 a.m.", "TIME", "2013-10-19T11:00"),
            ("Saturday", "DATE", "2013-10-19"),
            ("1962", "DATE", "1962"),
        ],
    ),
    # Monday 2014-06-09 (ISO week 24), British broadsheet website obituary, headline and
    # standfirst, byline, web stamp "6:58PM BST 09 Jun 2014" (a TIME with its zone in the span,
    # and a DATE, gold_blind21, gold_blind44), closing line "born November 11 1926, died May 30
    # 2014" (two DATEs; the body's "born on 11 November 1926" names the same day). "for almost
    # four decades" 1954-1992, P40Y. "the following May" after "the autumn of 1954" is
    # 1955-05, a narrative anchor like "the following spring"; "a year earlier" after the 1967
    # race is 1966 (the granularity of the year it is compared with); "12 years later" after
    # 1967 is 1979 (unit granularity, like "a year later" after 1956 in gold_blind29), besides
    # "May 1979"; "a month later" after May 1979 is 1979-06. "the winter of 1963" 1963-WI, the
    # winter taking the year of its January (gold_blind10). "Until last year" -> "last year"
    # 2013; "twice a week" SET P1W; "with first lot at 7.30am" a clock time on no particular
    # day. The memorial "at noon on Friday 27 June" is ahead, 2014-06-27, two TIMEX3. Not
    # annotated: "1,000 Guineas" (three times, a race), "1,100 guineas" (a price), "aged 87",
    # "At 18", "two-year-olds", "a yearling" (ages), "the 9th/27th Light Dragoons" (a
    # regiment), the memoir "Newmarket, May 1967" (a title holding a month and a year), "more
    # than 900 winners", "60 horses", "25", "three lengths", "the Oaks", "first lot".
    "hugh-tressider-racehorse-trainer-obituary": (
        "2014-06-09",
        [
            ("6:58PM BST", "TIME", "2014-06-09T18:58"),
            ("09 Jun 2014", "DATE", "2014-06-09"),
            ("almost four decades", "DURATION", "P40Y"),
            ("1967", "DATE", "1967"),
            ("1979", "DATE", "1979"),
            ("11 November 1926", "DATE", "1926-11-11"),
            ("1946", "DATE", "1946"),
            ("1947", "DATE", "1947"),
            ("the early 1950s", "DATE", "195"),
            ("1952", "DATE", "1952"),
            ("two years", "DURATION", "P2Y"),
            ("the autumn of 1954", "DATE", "1954-FA"),
            ("the following May", "DATE", "1955-05"),
            ("the 1960s", "DATE", "196"),
            ("1967", "DATE", "1967"),
            ("a year earlier", "DATE", "1966"),
            ("12 years later", "DATE", "1979"),
            ("May 1979", "DATE", "1979-05"),
            ("a month later", "DATE", "1979-06"),
            ("the winter of 1963", "DATE", "1963-WI"),
            ("10 weeks", "DURATION", "P10W"),
            ("the 1980s", "DATE", "198"),
            ("1992", "DATE", "1992"),
            ("1998", "DATE", "1998"),
            ("last year", "DATE", "2013"),
            ("twice a week", "SET", "P1W"),
            ("7.30am", "TIME", "XXXX-XX-XXT07:30"),
            ("20 years", "DURATION", "P20Y"),
            ("1985", "DATE", "1985"),
            ("2005", "DATE", "2005"),
            ("1956", "DATE", "1956"),
            ("2008", "DATE", "2008"),
            ("noon", "TIME", "2014-06-27T12:00"),
            ("Friday 27 June", "DATE", "2014-06-27"),
            ("November 11 1926", "DATE", "1926-11-11"),
            ("May 30 2014", "DATE", "2014-05-30"),
        ],
    ),
    # Wednesday 2012-08-15 (ISO week 33), Australian metropolitan paper's reader-written
    # obituary, headline, name with the life's years "1923-2012" (two DATEs, like the bracketed
    # "(1996-2000)" of gold_blind34), byline, date line "August 15, 2012". She "died on 26 July"
    # 2012-07-26, aged 89 (born 14 February 1923). Southern seasons take the year they fall in
    # (gold_blind9): "the winter of 1951" June-August 1951, 1951-WI; "the spring of 1952"
    # September-November 1952, 1952-SP. "For 33 years" 1951-1984; "the second half of 1944"
    # one span, 1944-H2; "until early 1946" -> "early 1946" 1946 (like "early 2012"). "In 1958
    # ... and in November" -> the bare month takes the year just named, 1958-11. "in the great
    # flood of 1974" and "In January 1974"; "rose 11 metres in two days" a DURATION (how long
    # a past change took, gold_blind35); "the following year" after January 1974 is 1975.
    # "sold out its first printing in a fortnight" P2W and "a fortnight before her death" P2W
    # (anchored). "until this year" -> "this year" 2012; "every morning" and "each Sunday"
    # SETs; "the clinic opened at 8am" a clock time on no particular day; "at 3am on 4 March
    # 1962" two TIMEX3. Not annotated: "At 19", "at 80", "aged 89" (ages), "the 2/19th Field
    # Hospital" (a unit), "22 Mitchell Street", the book title "One Hundred Years at Wattle
    # Flat", "140 kilometres", "11 metres", "600 babies", "14 grandchildren" (twice), "after
    # the war", "the other days".
    "margaret-doyle-bush-nurse-obituary": (
        "2012-08-15",
        [
            ("1923", "DATE", "1923"),
            ("2012", "DATE", "2012"),
            ("August 15, 2012", "DATE", "2012-08-15"),
            ("33 years", "DURATION", "P33Y"),
            ("1974", "DATE", "1974"),
            ("14 February 1923", "DATE", "1923-02-14"),
            ("the second half of 1944", "DATE", "1944-H2"),
            ("early 1946", "DATE", "1946"),
            ("five years", "DURATION", "P5Y"),
            ("the winter of 1951", "DATE", "1951-WI"),
            ("1984", "DATE", "1984"),
            ("the spring of 1952", "DATE", "1952-SP"),
            ("Twice a week", "SET", "P1W"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("3am", "TIME", "1962-03-04T03:00"),
            ("4 March 1962", "DATE", "1962-03-04"),
            ("1958", "DATE", "1958"),
            ("November", "DATE", "1958-11"),
            ("January 1974", "DATE", "1974-01"),
            ("two days", "DURATION", "P2D"),
            ("nine days", "DURATION", "P9D"),
            ("the following year", "DATE", "1975"),
            ("1990", "DATE", "1990"),
            ("the late 1990s", "DATE", "199"),
            ("2003", "DATE", "2003"),
            ("a fortnight", "DURATION", "P2W"),
            ("2009", "DATE", "2009"),
            ("this year", "DATE", "2012"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("each Sunday", "SET", "XXXX-WXX-7"),
            ("recent months", "DATE", "PAST_REF"),
            ("a fortnight", "DURATION", "P2W"),
            ("26 July", "DATE", "2012-07-26"),
        ],
    ),
    # Saturday 2015-01-24 (ISO week 4), Irish national paper's weekend profile of a living
    # woman, headline ("every morning since 2009"), standfirst, byline, web stamp "Sat, Jan 24,
    # 2015, 01:00" (a DATE and a TIME). The reporter met her "at 7.40am on Tuesday", the past
    # Tuesday 2015-01-20 (two TIMEX3); "The storm on Thursday night" 2015-01-22TNI and "by
    # Friday morning" 2015-01-23TMO are the nights and mornings just gone. "These days" and
    # "now" PRESENT_REF; "recently" and "recent weeks" PAST_REF; "a few weeks after her 74th
    # birthday" -> "a few weeks" PXW (the birthday is not annotated); "has not missed a morning
    # in the past five years" P5Y (the period of a negated "first in"); "about 15 minutes" a
    # habitual duration; "for almost 40 years" 1971-2009; "38 years" 1956-1994. "Last summer"
    # 2014-SU and the photograph "in August" after it, 2014-08; "under two hours" PT2H with
    # the modifier kept. "Next month" 2015-02, "Saturday, February 7th" one span; "the coming
    # months" PXM; the birthday swim "for October" ahead, 2015-10. The young swimmers' "at
    # 7.30am" recurs on no particular day. Not annotated: "at 74", "At 79", "the 79-year-old"
    # (ages), "her 74th birthday", "her 80th birthday", "the Presentation Convent's Class of
    # 1952" (a class's name), "the Tuesday Club" (twice, a club's name), "the Sunday Times" (a
    # paper), "nine degrees", "3km", "€40,000", "the mile", "never longer".
    "nuala-breathnach-sea-swimmer-profile": (
        "2015-01-24",
        [
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("2009", "DATE", "2009"),
            ("Sat, Jan 24, 2015", "DATE", "2015-01-24"),
            ("01:00", "TIME", "2015-01-24T01:00"),
            ("7.40am", "TIME", "2015-01-20T07:40"),
            ("Tuesday", "DATE", "2015-01-20"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("November 2009", "DATE", "2009-11"),
            ("a few weeks", "DURATION", "PXW"),
            ("These days", "DATE", "PRESENT_REF"),
            ("about 15 minutes", "DURATION", "PT15M"),
            ("the past five years", "DURATION", "P5Y"),
            ("October 1935", "DATE", "1935-10"),
            ("1956", "DATE", "1956"),
            ("1994", "DATE", "1994"),
            ("38 years", "DURATION", "P38Y"),
            ("twice a year", "SET", "P1Y"),
            ("February 1971", "DATE", "1971-02"),
            ("almost 40 years", "DURATION", "P40Y"),
            ("Twice a week", "SET", "P1W"),
            ("now", "DATE", "PRESENT_REF"),
            ("2012", "DATE", "2012"),
            ("Last summer", "DATE", "2014-SU"),
            ("under two hours", "DURATION", "PT2H"),
            ("August", "DATE", "2014-08"),
            ("recently", "DATE", "PAST_REF"),
            ("Thursday night", "TIME", "2015-01-22TNI"),
            ("Friday morning", "TIME", "2015-01-23TMO"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("7.30am", "TIME", "XXXX-XX-XXT07:30"),
            ("Next month", "DATE", "2015-02"),
            ("Saturday, February 7th", "DATE", "2015-02-07"),
            ("the coming months", "DURATION", "PXM"),
            ("October", "DATE", "2015-10"),
        ],
    ),
    # Friday 2013-03-08 (ISO week 10), Irish regional paper's page of paid family notices,
    # date line "Friday, March 8, 2013". Deaths: Bridie Daly died "March 6th 2013" (one span);
    # "Predeceased by her husband Michael (1998) and her son Seán (2007)" -> the bracketed
    # years of their deaths are DATEs. She reposes "this Friday evening", the publication day's
    # evening, 2013-03-08TEV (one span), "from 5pm, with prayers at 8pm" that evening; the
    # removal "on Saturday morning" 2013-03-09TMO, Mass "at 11am" that day, and "House private
    # on Saturday morning" the same morning. Paddy Moroney died "March 7th" (yesterday,
    # 2013-03-07); he reposes "from 2pm on Sunday until 9pm, with rosary at 8pm" (Sunday
    # 2013-03-10), Mass "on Monday at 12 noon" 2013-03-11 ("12 noon" one TIME span, like
    # "noon"). Anniversary: "died on March 9th, 2003"; the verse's "Ten years gone" P10Y and
    # "every day" SET; the Mass "on Saturday, March 9th, at 7.30pm" 2013-03-09. Month's mind:
    # "died on February 4th" 2013-02-04, Mass "on Sunday, March 10th, at 10am". Acknowledgement:
    # "died on January 19th" 2013-01-19 (past, nearest); "over many months" -> "many months"
    # PXM. Not annotated: "in her 92nd year", "aged 67" (ages), "10th Anniversary", "MONTH'S
    # MIND" and "Month's Mind Mass" (the name of a memorial Mass), "14 Mill Street", "057 934
    # 1956" (a phone number), "May she rest in peace" (the verb), "his wife May" (a name), "11
    # grandchildren", "their recent sad loss" (an adjective on an event), "Holy Sacrifice".
    "ardnacurra-family-notices": (
        "2013-03-08",
        [
            ("Friday, March 8, 2013", "DATE", "2013-03-08"),
            ("March 6th 2013", "DATE", "2013-03-06"),
            ("1998", "DATE", "1998"),
            ("2007", "DATE", "2007"),
            ("this Friday evening", "TIME", "2013-03-08TEV"),
            ("5pm", "TIME", "2013-03-08T17:00"),
            ("8pm", "TIME", "2013-03-08T20:00"),
            ("Saturday morning", "TIME", "2013-03-09TMO"),
            ("11am", "TIME", "2013-03-09T11:00"),
            ("Saturday morning", "TIME", "2013-03-09TMO"),
            ("March 7th", "DATE", "2013-03-07"),
            ("41 years", "DURATION", "P41Y"),
            ("2pm", "TIME", "2013-03-10T14:00"),
            ("Sunday", "DATE", "2013-03-10"),
            ("9pm", "TIME", "2013-03-10T21:00"),
            ("8pm", "TIME", "2013-03-10T20:00"),
            ("Monday", "DATE", "2013-03-11"),
            ("12 noon", "TIME", "2013-03-11T12:00"),
            ("March 9th, 2003", "DATE", "2003-03-09"),
            ("Ten years", "DURATION", "P10Y"),
            ("every day", "SET", "P1D"),
            ("Saturday, March 9th", "DATE", "2013-03-09"),
            ("7.30pm", "TIME", "2013-03-09T19:30"),
            ("February 4th", "DATE", "2013-02-04"),
            ("Sunday, March 10th", "DATE", "2013-03-10"),
            ("10am", "TIME", "2013-03-10T10:00"),
            ("January 19th", "DATE", "2013-01-19"),
            ("many months", "DURATION", "PXM"),
        ],
    ),
    # Sunday 2015-03-15 (ISO week 11), US local paper's "Where are they now" sports feature,
    # column title, headline, byline, "GREELEY FALLS —" dateline, no date line. "Twenty-eight
    # years ago this week" is one span, the ISO week with the current week's number 28 years
    # back, 1987-W11 (gold_blind30), which holds the final "on March 14, 1987" (a Saturday);
    # "two days later" after "Dec. 2, 1989" is 1989-12-04 (the narrative's last date,
    # gold_blind39). "Today" in the standfirst is nowadays, PRESENT_REF (gold_blind44); "she
    # said Tuesday night" is the past Tuesday, 2015-03-10TNI; the state tournament "opens
    # Thursday" 2015-03-19 and the final is "next Saturday" 2015-03-21, the coming Saturday in a
    # Sunday paper (gold_blind19), tipping off "at 7 p.m. Central time" (zone in the span).
    # "the fourth quarter of 2014" one span, 2014-Q4, and "a year earlier" after it 2013-Q4;
    # "mid-2014" 2014; "For the past 17 years" 1998-2015; "for nearly three decades" P30Y;
    # "late last year" 2014; "earlier this month" 2015-03; "this year's team" -> "this year"
    # 2015; the headline's "in 1987" and "the faded 1987 banner" DATEs. Not annotated: "WHERE
    # ARE THEY NOW" (a column's title), "the night shift", "the Class of 1987", the URL
    # "greeleyfallstribune.com/sports/1987-final", "61-59", "No. 14", "5-foot-6", "17-footer",
    # "46" (an age), "11,400 visits", "9 percent", "200,000 times", "its 20th reunion" (an
    # ordinal anniversary; its year "2007" is annotated), "Fourth Street", "the first time",
    # "before or since", "Then".
    "tessa-marrow-where-are-they-now": (
        "2015-03-15",
        [
            ("1987", "DATE", "1987"),
            ("Today", "DATE", "PRESENT_REF"),
            ("Twenty-eight years ago this week", "DATE", "1987-W11"),
            ("March 14, 1987", "DATE", "1987-03-14"),
            ("two years", "DURATION", "P2Y"),
            ("Dec. 2, 1989", "DATE", "1989-12-02"),
            ("two days later", "DATE", "1989-12-04"),
            ("about a week", "DURATION", "P1W"),
            ("Tuesday night", "TIME", "2015-03-10TNI"),
            ("12-hour", "DURATION", "PT12H"),
            ("1992", "DATE", "1992"),
            ("the mid-1990s", "DATE", "199"),
            ("1998", "DATE", "1998"),
            ("the past 17 years", "DURATION", "P17Y"),
            ("mid-2014", "DATE", "2014"),
            ("the fourth quarter of 2014", "DATE", "2014-Q4"),
            ("a year earlier", "DATE", "2013-Q4"),
            ("four years", "DURATION", "P4Y"),
            ("every week", "SET", "P1W"),
            ("now", "DATE", "PRESENT_REF"),
            ("recent years", "DATE", "PAST_REF"),
            ("2003", "DATE", "2003"),
            ("31 years", "DURATION", "P31Y"),
            ("late last year", "DATE", "2014"),
            ("annually", "SET", "P1Y"),
            ("1988", "DATE", "1988"),
            ("earlier this month", "DATE", "2015-03"),
            ("1987", "DATE", "1987"),
            ("nearly three decades", "DURATION", "P30Y"),
            ("next Saturday", "DATE", "2015-03-21"),
            ("7 p.m. Central time", "TIME", "2015-03-21T19:00"),
            ("2007", "DATE", "2007"),
            ("this year", "DATE", "2015"),
            ("Thursday", "DATE", "2015-03-19"),
            ("the coming months", "DURATION", "PXM"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
