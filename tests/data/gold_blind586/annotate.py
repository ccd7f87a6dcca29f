"""Annotations of blind gold set 586, chosen by hand before the tagger ran.

    python tests/data/gold_blind586/annotate.py [--show]

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
    # Friday 2013-11-22 (ISO week 47), New York paper's theater review, section label,
    # headline, deck, byline, date line "Published: November 22, 2013", credits box at the
    # end. "55 Years Later" (headline) counts from the 1958 premiere at year granularity, DATE
    # 2013 (gold_blind26, gold_blind62, gold_blind97). The revival "opened on Thursday night",
    # 2013-11-21TNI. The play's own time is annotated like any narrative (gold_blind62,
    # gold_blind84): "the night of July 3, 1936" one TIME span 1936-07-03TNI (gold_blind26's
    # "the night of 15 February 1975"), "the next morning" after it 1936-07-04TMO; "the Fourth"
    # is Independence Day of that story's year, DATE 1936-07-04 (see README); "has not seen in
    # 12 years" P12Y (the period of a negated "in", gold_blind28). "this fall" 2013-FA, "last
    # spring" in November 2013-SP (the spring of the same year, gold_blind35); "earlier this
    # month" 2013-11; "extended the run by two weeks" P2W (the size of a change, gold_blind35);
    # "through Jan. 5" (body and box) the nearest Jan. 5 ahead, 2014-01-05; "In recent years"
    # -> "recent years" PAST_REF. The schedule recurs: "Tuesdays through Saturdays" two SETs at
    # the ends of a weekday range (gold_blind76, gold_blind102), "Wednesdays", "Saturdays",
    # "Sundays" SETs, "8 p.m.", "2 p.m.", "3 p.m." XXXX-XX-XXThh:mm. "Thanksgiving" 2013 is the
    # fourth Thursday of November, 2013-11-28, beside "Nov. 28" (two DATEs, negated performance
    # still a date, gold_blind97); "the following day at 2 p.m." 2013-11-29 and
    # 2013-11-29T14:00; "tonight's performance" -> "tonight" 2013-11-22TNI; "on Sunday" ahead
    # 2013-11-24. Running time "two hours and 10 minutes" and the box's "2 hours 10 minutes"
    # one DURATION in minutes, PT130M (gold_blind62). Not annotated: the title "Half Past
    # August" (deck, lead and box), "The evening runs" (the performance, not a part of day),
    # "11 performances", "71", "30" (ages), "the whole first act", "the second act", "one
    # intermission" (parts of a play; "four minutes" of a scene is annotated), "199-seat",
    # "West 43rd Street" (twice), "212-555-1958" (a phone number holding 1958), "$45 to $89",
    # "Off Broadway".
    "half-past-august-revival-review": (
        "2013-11-22",
        [
            ("55 Years Later", "DATE", "2013"),
            ("November 22, 2013", "DATE", "2013-11-22"),
            ("1958", "DATE", "1958"),
            ("1974", "DATE", "1974"),
            ("Thursday night", "TIME", "2013-11-21TNI"),
            ("1958", "DATE", "1958"),
            ("this fall", "DATE", "2013-FA"),
            ("1987", "DATE", "1987"),
            ("six weeks", "DURATION", "P6W"),
            ("the summer of 1957", "DATE", "1957-SU"),
            ("the night of July 3, 1936", "TIME", "1936-07-03TNI"),
            ("the next morning", "TIME", "1936-07-04TMO"),
            ("12 years", "DURATION", "P12Y"),
            ("the Fourth", "DATE", "1936-07-04"),
            ("1974", "DATE", "1974"),
            ("now", "DATE", "PRESENT_REF"),
            ("four minutes", "DURATION", "PT4M"),
            ("last spring", "DATE", "2013-SP"),
            ("two hours and 10 minutes", "DURATION", "PT130M"),
            ("Oct. 29", "DATE", "2013-10-29"),
            ("earlier this month", "DATE", "2013-11"),
            ("two weeks", "DURATION", "P2W"),
            ("Jan. 5", "DATE", "2014-01-05"),
            ("recent years", "DATE", "PAST_REF"),
            ("2006", "DATE", "2006"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("Wednesdays", "SET", "XXXX-WXX-3"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("2 p.m.", "TIME", "XXXX-XX-XXT14:00"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("3 p.m.", "TIME", "XXXX-XX-XXT15:00"),
            ("Thanksgiving", "DATE", "2013-11-28"),
            ("Nov. 28", "DATE", "2013-11-28"),
            ("the following day", "DATE", "2013-11-29"),
            ("2 p.m.", "TIME", "2013-11-29T14:00"),
            ("tonight", "TIME", "2013-11-22TNI"),
            ("Sunday", "DATE", "2013-11-24"),
            ("Jan. 5", "DATE", "2014-01-05"),
            ("2 hours 10 minutes", "DURATION", "PT130M"),
        ],
    ),
    # Wednesday 2012-10-10 (ISO week 41), London paper's film review, section label, headline,
    # standfirst, star rating, byline, stamp "Wednesday 10 October 2012 21.30 BST" (a DATE and
    # a TIME, the zone in the span, gold_blind97). "the winter of 1946-47" (standfirst) is one
    # DATE span 1947-WI, a winter named by two years taking the year of its January
    # (gold_blind76, gold_blind103). The film's own time: "Boxing Day 1946" one span
    # 1946-12-26 (a holiday with its year, like "December 1998"), "the middle of March" after
    # it 1947-03 (the month's value, like "the middle of next week" in gold_blind103), "seven
    # weeks" P7W, the hooter "at six every morning" -> "six" XXXX-XX-XXT06:00 and "every
    # morning" SET XXXX-XX-XXTMO (a recurring hour, gold_blind62), the coda's "the summer of
    # 1984" 1984-SU. "last winter" said in October is the winter of 2011-12, 2012-WI (a winter
    # takes the year of its January, gold_blind97's "last winter" in November); "last month"
    # 2012-09; "opens in cinemas on Friday", "Friday's opening" and the footer's "Friday 12
    # October" 2012-10-12; "on Monday night" 2012-10-08TNI; "yesterday" 2012-10-09; "the
    # following week" after the opening week (2012-W41) is 2012-W42 (gold_blind97). "the 6.15pm
    # screening ... on Saturday" 2012-10-13T18:15 and 2012-10-13; "every Sunday at 4pm" SET
    # XXXX-WXX-7 and XXXX-XX-XXT16:00; "the end of the month" 2012-10. "118 minutes" and "118
    # mins" PT118M; "a month" P1M; "almost a year" P1Y; "four years" P4Y; "three weeks" P3W;
    # "the previous two hours" (of the film) PT2H; "in the past decade" P10Y (the period of a
    # superlative, gold_blind103). Not annotated: "Ada Winter" (a surname, beside "last
    # winter"), the titles "The Long Thaw" and "Brass Hours", "★★★★☆", "Certificate 12A",
    # "19", "22" (ages), "94 screens", "about 150", "the last day of the shoot" (an event-named
    # day without a date), "the first shot", "the BBC".
    "long-thaw-film-review": (
        "2012-10-10",
        [
            ("the winter of 1946-47", "DATE", "1947-WI"),
            ("118 minutes", "DURATION", "PT118M"),
            ("Wednesday 10 October 2012", "DATE", "2012-10-10"),
            ("21.30 BST", "TIME", "2012-10-10T21:30"),
            ("a month", "DURATION", "P1M"),
            ("Boxing Day 1946", "DATE", "1946-12-26"),
            ("the middle of March", "DATE", "1947-03"),
            ("seven weeks", "DURATION", "P7W"),
            ("2009", "DATE", "2009"),
            ("1961", "DATE", "1961"),
            ("the 1970s", "DATE", "197"),
            ("eight weeks", "DURATION", "P8W"),
            ("last winter", "DATE", "2012-WI"),
            ("almost a year", "DURATION", "P1Y"),
            ("last month", "DATE", "2012-09"),
            ("Friday", "DATE", "2012-10-12"),
            ("four years", "DURATION", "P4Y"),
            ("six", "TIME", "XXXX-XX-XXT06:00"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("the summer of 1984", "DATE", "1984-SU"),
            ("the previous two hours", "DURATION", "PT2H"),
            ("Monday night", "TIME", "2012-10-08TNI"),
            ("three weeks", "DURATION", "P3W"),
            ("the past decade", "DURATION", "P10Y"),
            ("yesterday", "DATE", "2012-10-09"),
            ("the following week", "DATE", "2012-W42"),
            ("Friday", "DATE", "2012-10-12"),
            ("6.15pm", "TIME", "2012-10-13T18:15"),
            ("Saturday", "DATE", "2012-10-13"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("the end of the month", "DATE", "2012-10"),
            ("118 mins", "DURATION", "PT118M"),
            ("Friday 12 October", "DATE", "2012-10-12"),
        ],
    ),
    # Saturday 2015-06-13 (ISO week 24), Irish national paper's books page, section label,
    # headline, standfirst, byline, stamp "Published 13/06/2015 | 02:30" (a day-first slash
    # date, DATE as in gold_blind49, and a TIME). Bloomsday is 16 June, in 2015 a Tuesday: the
    # headline's "Bloomsday" and "on Tuesday, Bloomsday" -> "Tuesday" and "Bloomsday" two
    # DATEs 2015-06-16 (a fixed-date observance, like "International Women's Day, which falls
    # today" in gold_blind84, see README); "at 6.30pm" that day. "Nine years after her debut"
    # and "nine years after her first" P9Y (a duration anchored to an event, gold_blind35);
    # "seven weeks of 1966" P7W and 1966; "published the book on Thursday" 2015-06-11;
    # "yesterday evening" 2015-06-12TEV; "next week" 2015-W25. The writing habit "up at five
    # every morning and stopped by noon" -> "five" XXXX-XX-XXT05:00, "every morning" SET
    # XXXX-XX-XXTMO, "noon" XXXX-XX-XXT12:00 (recurring hours, gold_blind62); "the winter of
    # 2013-14" one span 2014-WI (gold_blind76). "For the past nine years" P9Y, "every week" SET
    # P1W, "Now" PRESENT_REF. "annually" SET P1Y, "since 1994", "24-hour" PT24H; "Last year's
    # launch" -> "Last year" 2014, "This year's" -> "This year" 2015 (possessives without the
    # "'s"); "by 5pm on Monday" 2015-06-15T17:00 and 2015-06-15 (ahead). "the launch on
    # Tuesday" 2015-06-16 again; "the next day" after it 2015-06-17 (gold_blind55); "at 1pm on
    # Saturday 20 June" 2015-06-20T13:00 and the DATE with its weekday one span; "that evening"
    # after it 2015-06-20TEV (a narrative anchor, gold_blind8, gold_blind26); "until mid-July"
    # 2015-07; "next spring" 2016-SP; "sold in March" 2015-03; "this year's Kestrel Prize" ->
    # "this year" 2015; "in September" 2015-09. Not annotated: "a Bloomsday reading" (an
    # adjectival holiday naming a kind of reading held every year, like "a Christmas show"
    # avoided in gold_blind97), "the 50th anniversary of the Rising" (an ordinal anniversary),
    # the titles "Seven Sundays in Rathmines" (twice) and "The Quiet Year", "the Lagan Book
    # Night" (a name), "(44)" (an age), "3,000 copies", "14 languages", "400 people", "12
    # towns", "312pp", "€16.99", "hanlons.ie/bloomsday2015" (an address holding 2015), "a
    # second printing", "the wrong one after that" (anaphoric).
    "brennock-bloomsday-launch": (
        "2015-06-13",
        [
            ("Bloomsday", "DATE", "2015-06-16"),
            ("Nine years", "DURATION", "P9Y"),
            ("seven weeks", "DURATION", "P7W"),
            ("1966", "DATE", "1966"),
            ("13/06/2015", "DATE", "2015-06-13"),
            ("02:30", "TIME", "2015-06-13T02:30"),
            ("Tuesday", "DATE", "2015-06-16"),
            ("Bloomsday", "DATE", "2015-06-16"),
            ("6.30pm", "TIME", "2015-06-16T18:30"),
            ("nine years", "DURATION", "P9Y"),
            ("Thursday", "DATE", "2015-06-11"),
            ("yesterday evening", "TIME", "2015-06-12TEV"),
            ("next week", "DATE", "2015-W25"),
            ("2006", "DATE", "2006"),
            ("a year", "DURATION", "P1Y"),
            ("two years", "DURATION", "P2Y"),
            ("seven weeks", "DURATION", "P7W"),
            ("the spring of 1966", "DATE", "1966-SP"),
            ("the winter of 2013-14", "DATE", "2014-WI"),
            ("five", "TIME", "XXXX-XX-XXT05:00"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("the past nine years", "DURATION", "P9Y"),
            ("every week", "SET", "P1W"),
            ("Now", "DATE", "PRESENT_REF"),
            ("annually", "SET", "P1Y"),
            ("1994", "DATE", "1994"),
            ("24-hour", "DURATION", "PT24H"),
            ("Last year", "DATE", "2014"),
            ("This year", "DATE", "2015"),
            ("5pm", "TIME", "2015-06-15T17:00"),
            ("Monday", "DATE", "2015-06-15"),
            ("Tuesday", "DATE", "2015-06-16"),
            ("the next day", "DATE", "2015-06-17"),
            ("1pm", "TIME", "2015-06-20T13:00"),
            ("Saturday 20 June", "DATE", "2015-06-20"),
            ("that evening", "TIME", "2015-06-20TEV"),
            ("mid-July", "DATE", "2015-07"),
            ("next spring", "DATE", "2016-SP"),
            ("March", "DATE", "2015-03"),
            ("this year", "DATE", "2015"),
            ("September", "DATE", "2015-09"),
        ],
    ),
    # Thursday 2014-09-18 (ISO week 38), Canadian arts weekly's exhibition-opening story,
    # section label, issue line "September 18, 2014 · Vol. 22, No. 38", headline with a year
    # range, standfirst, byline, listings box. "1952-1979" (headline) and "from 1952 to 1979"
    # are annotated at their two ends (gold_blind103's "1981-2010"); "27 years" P27Y twice.
    # "opens Saturday" (standfirst and body) 2014-09-20; "runs through Jan. 11" and "After Jan.
    # 11" the nearest Jan. 11 ahead, 2015-01-11; "this fall" 2014-FA; "the past two years" P2Y.
    # The photographer's day: "the morning of June 2, 1961" one TIME span 1961-06-02TMO (like
    # "the night of ..." in gold_blind26), "that evening" after it 1961-06-02TEV. Past habit:
    # "six days a week" SET P1W (gold_blind97), "on Sundays" SET XXXX-WXX-7. "said on Tuesday"
    # 2014-09-16; "the spring of 2012" 2012-SP. The gallery's fiscal year runs April-March and
    # is named by the year it ends, so "the 2014-15 fiscal year, which began April 1" is one
    # span FY2015 (gold_blind49) plus 2014-04-01; "in July" 2014-07; "for next spring" 2015-SP.
    # Box: "Friday, Sept. 19, 7-10 p.m." -> the DATE with its weekday, "7" 2014-09-19T19:00 and
    # "10 p.m." 2014-09-19T22:00 (the hyphen a range mark, the first end's "p.m." understood,
    # like "9/8c" in gold_blind84); "every Sunday at 2 p.m." SET and XXXX-XX-XXT14:00;
    # "Thursday, Oct. 2, at 7 p.m." 2014-10-02 and T19:00; "Open until 2 a.m. ... on Saturday,
    # Oct. 4" -> "2 a.m." on the next day, 2014-10-05T02:00 (an hour after midnight keeps its
    # own day, gold_blind57, gold_blind102); hours "Tuesday to Sunday, 10 a.m. to 5 p.m." two
    # SETs and two TIMEs XXXX-XX-XXThh:mm (gold_blind76); "Closed Mondays" SET XXXX-WXX-1;
    # "Thanksgiving Monday, Oct. 13" two DATEs 2014-10-13 (Canadian Thanksgiving, the second
    # Monday of October); "Thursday evenings after 5 p.m." SET XXXX-WXX-4TEV (gold_blind76) and
    # XXXX-XX-XXT17:00. Not annotated: "Vol. 22, No. 38", the camera "Kestrel 35", the show's
    # title "Low Water, 4 A.M." (a clock phrase in a title), "$40", "212 prints", "$180,000",
    # "a fifth", "$40,000", "66" (an age), "all-night" (an adjective of the art walk), "the last
    # light", "1961 Water St." (an address holding 1961, beside "June 2, 1961"),
    # "902-555-0194", "$12", "the Canada Council for the Arts".
    "lavallee-harbour-retrospective": (
        "2014-09-18",
        [
            ("September 18, 2014", "DATE", "2014-09-18"),
            ("1952", "DATE", "1952"),
            ("1979", "DATE", "1979"),
            ("27 years", "DURATION", "P27Y"),
            ("Saturday", "DATE", "2014-09-20"),
            ("27 years", "DURATION", "P27Y"),
            ("1952", "DATE", "1952"),
            ("1979", "DATE", "1979"),
            ("this fall", "DATE", "2014-FA"),
            ("Saturday", "DATE", "2014-09-20"),
            ("Jan. 11", "DATE", "2015-01-11"),
            ("2003", "DATE", "2003"),
            ("1980", "DATE", "1980"),
            ("the past two years", "DURATION", "P2Y"),
            ("the morning of June 2, 1961", "TIME", "1961-06-02TMO"),
            ("that evening", "TIME", "1961-06-02TEV"),
            ("the 1960s", "DATE", "196"),
            ("six days a week", "SET", "P1W"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("Tuesday", "DATE", "2014-09-16"),
            ("the spring of 2012", "DATE", "2012-SP"),
            ("the 2014-15 fiscal year", "DATE", "FY2015"),
            ("April 1", "DATE", "2014-04-01"),
            ("July", "DATE", "2014-07"),
            ("Jan. 11", "DATE", "2015-01-11"),
            ("next spring", "DATE", "2015-SP"),
            ("Friday, Sept. 19", "DATE", "2014-09-19"),
            ("7", "TIME", "2014-09-19T19:00"),
            ("10 p.m.", "TIME", "2014-09-19T22:00"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("2 p.m.", "TIME", "XXXX-XX-XXT14:00"),
            ("Thursday, Oct. 2", "DATE", "2014-10-02"),
            ("7 p.m.", "TIME", "2014-10-02T19:00"),
            ("2 a.m.", "TIME", "2014-10-05T02:00"),
            ("Saturday, Oct. 4", "DATE", "2014-10-04"),
            ("Tuesday", "SET", "XXXX-WXX-2"),
            ("Sunday", "SET", "XXXX-WXX-7"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("Thanksgiving Monday", "DATE", "2014-10-13"),
            ("Oct. 13", "DATE", "2014-10-13"),
            ("Thursday evenings", "SET", "XXXX-WXX-4TEV"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
        ],
    ),
    # Monday 2013-11-18 (ISO week 47), Australian paper's website, music festival line-up,
    # section label, headline, stamp "Date: November 18, 2013 - 10:47AM" (a DATE and a TIME),
    # byline. The 2014 festival runs "from Friday, March 7, to Monday, March 10" (two DATEs
    # with their weekdays), over Victoria's Labour Day long weekend (Labour Day is the second
    # Monday of March, 2014-03-10): the headline's "Labour Day weekend" and "the Labour Day
    # long weekend" are 2014-W10-WE, the ISO week of its Saturday (gold_blind103's "Family Day
    # weekend"); "next year" 2014; "this morning" 2013-11-18TMO. "This year's event, from
    # February 22 to 24" -> "This year" 2013, "February 22" 2013-02-22 and the bare "24" its
    # own DATE 2013-02-24 (gold_blind62); "the Saturday afternoon" of that event
    # 2013-02-23TAF; the 2014 festival's "the Saturday night" 2014-03-08TNI, "9pm on the
    # Monday" 2014-03-10T21:00 and 2014-03-10, "noon on the Tuesday" 2014-03-11 (gold_blind97's
    # "the Saturday night", gold_blind76's "the Saturday"). "Moving back a fortnight" P2W (the
    # size of a change); "about 90 minutes' drive" -> "90 minutes" PT90M (gold_blind76's
    # "five-hour drive"); "single-day" P1D and "four-day" P4D adjectival; "11 minutes" PT11M;
    # "in May" 2014-05 and "in January" 2014-01 ahead, "in August" 2013-08 past; "at 9am on
    # Thursday" 2013-11-21T09:00 and 2013-11-21; "Melbourne Cup day" is the first Tuesday of
    # November, 2013-11-05 (gold_blind83); "Gates open at 10am each day ... finishes at 1am"
    # -> XXXX-XX-XXT10:00, SET P1D, XXXX-XX-XXT01:00; "every 30 minutes" SET PT30M; "within six
    # weeks" P6W; "Christmas" 2013-12-25; "since winter" the southern winter just past, June-
    # August 2013, 2013-WI (valued in the year it falls in, gold_blind103); "this summer" in a
    # Melbourne November is the coming southern summer, December 2013-February 2014, 2014-SU
    # (a summer takes the year of its January, gold_blind97); "annually" SET P1Y; "the past
    # month" P1M. Not annotated: "a fourth day" (headline), "the festival's 10th edition", "43
    # degrees", "60", "11,000", "14,000", "46 other acts", "2000", "12 acts", "$320", "$110",
    # "day tickets", "cooler nights" (generic nights), the band names "The Late Shift", "Monday
    # Kings" (beside "the Monday"), "Eleven Eleven" (a clock-like name) and "Winter Harbour"
    # (beside "winter"), "Kinross station".
    "tallong-creek-festival-lineup": (
        "2013-11-18",
        [
            ("Labour Day weekend", "DATE", "2014-W10-WE"),
            ("November 18, 2013", "DATE", "2013-11-18"),
            ("10:47AM", "TIME", "2013-11-18T10:47"),
            ("four days", "DURATION", "P4D"),
            ("the Labour Day long weekend", "DATE", "2014-W10-WE"),
            ("next year", "DATE", "2014"),
            ("Friday, March 7", "DATE", "2014-03-07"),
            ("Monday, March 10", "DATE", "2014-03-10"),
            ("this morning", "TIME", "2013-11-18TMO"),
            ("2004", "DATE", "2004"),
            ("single-day", "DURATION", "P1D"),
            ("90 minutes", "DURATION", "PT90M"),
            ("This year", "DATE", "2013"),
            ("February 22", "DATE", "2013-02-22"),
            ("24", "DATE", "2013-02-24"),
            ("the Saturday afternoon", "TIME", "2013-02-23TAF"),
            ("a fortnight", "DURATION", "P2W"),
            ("the Saturday night", "TIME", "2014-03-08TNI"),
            ("May", "DATE", "2014-05"),
            ("9pm", "TIME", "2014-03-10T21:00"),
            ("the Monday", "DATE", "2014-03-10"),
            ("11 minutes", "DURATION", "PT11M"),
            ("August", "DATE", "2013-08"),
            ("four-day", "DURATION", "P4D"),
            ("9am", "TIME", "2013-11-21T09:00"),
            ("Thursday", "DATE", "2013-11-21"),
            ("January", "DATE", "2014-01"),
            ("Melbourne Cup day", "DATE", "2013-11-05"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("each day", "SET", "P1D"),
            ("1am", "TIME", "XXXX-XX-XXT01:00"),
            ("noon", "TIME", "2014-03-11T12:00"),
            ("the Tuesday", "DATE", "2014-03-11"),
            ("every 30 minutes", "SET", "PT30M"),
            ("six weeks", "DURATION", "P6W"),
            ("Christmas", "DATE", "2013-12-25"),
            ("winter", "DATE", "2013-WI"),
            ("this summer", "DATE", "2014-SU"),
            ("annually", "SET", "P1Y"),
            ("the past month", "DURATION", "P1M"),
        ],
    ),
    # Tuesday 2015-03-03 (ISO week 10), wire service's entertainment story, headline, web stamp
    # "Tue Mar 3, 2015 5:21pm EST" (one DATE span with the abbreviated weekday, like gold_
    # blind97's "Fri, Mar 13, 2015", and a TIME), "LOS ANGELES, March 3 (Reuters) -" dateline
    # (a DATE). "25 years since 1990 debut" (headline) -> "25 years" P25Y and "1990". "the band
    # said on Tuesday" and "shares rose ... on Tuesday" are the day of the wire, 2015-03-03
    # (gold_blind62's "studio figures Sunday"); "this summer" 2015-SU; "June 12", "Aug. 29",
    # "May 19" ahead in 2015; "the Fourth of July" 2015-07-04; "Memorial Day" 2015 is the last
    # Monday of May, 2015-05-25, "for three weeks from Memorial Day" P3W plus the DATE; "40
    # cities in 14 weeks" -> "14 weeks" P14W; "now" PRESENT_REF; "the past 17 years" P17Y;
    # "about six months" P6M, "about six minutes" PT6M; "10 a.m. local time" one TIME span
    # 2015-03-13T10:00 (gold_blind28) and "Friday, March 13" one DATE; "starts on Wednesday"
    # 2015-03-04; "each night" SET XXXX-XX-XXTNI; "about two and a half hours" PT150M (a
    # fraction of a unit converted to a whole smaller unit, gold_blind11, gold_blind17); "the
    # summer of 1991" 1991-SU; "the fall" ahead 2015-FA; "next year" 2016; "last week"
    # 2015-W09; "fourth-quarter" (adjectival, the promoter's year not described as fiscal)
    # 2014-Q4 and "a year earlier" after it 2013-Q4 (gold_blind35); "2015"; "the 1990s" 199;
    # "recent years" PAST_REF. Not annotated: "the album's 25th anniversary" (an ordinal
    # anniversary), the album "Night Bus Radio" (three times), "31-date", "4 million copies",
    # "40 cities", "48" (an age), "No. 2", "the Billboard 200", "11 percent", "2.3 percent",
    # "$41.90", "in their 40s" (an age range, not a decade of the calendar), "fan-club
    # presale".
    "parlor-static-anniversary-tour": (
        "2015-03-03",
        [
            ("25 years", "DURATION", "P25Y"),
            ("1990", "DATE", "1990"),
            ("Tue Mar 3, 2015", "DATE", "2015-03-03"),
            ("5:21pm EST", "TIME", "2015-03-03T17:21"),
            ("March 3", "DATE", "2015-03-03"),
            ("1990", "DATE", "1990"),
            ("this summer", "DATE", "2015-SU"),
            ("Tuesday", "DATE", "2015-03-03"),
            ("June 12", "DATE", "2015-06-12"),
            ("Aug. 29", "DATE", "2015-08-29"),
            ("the Fourth of July", "DATE", "2015-07-04"),
            ("three weeks", "DURATION", "P3W"),
            ("Memorial Day", "DATE", "2015-05-25"),
            ("2008", "DATE", "2008"),
            ("14 weeks", "DURATION", "P14W"),
            ("1998", "DATE", "1998"),
            ("now", "DATE", "PRESENT_REF"),
            ("the past 17 years", "DURATION", "P17Y"),
            ("December 2011", "DATE", "2011-12"),
            ("about six months", "DURATION", "P6M"),
            ("about six minutes", "DURATION", "PT6M"),
            ("10 a.m. local time", "TIME", "2015-03-13T10:00"),
            ("Friday, March 13", "DATE", "2015-03-13"),
            ("Wednesday", "DATE", "2015-03-04"),
            ("each night", "SET", "XXXX-XX-XXTNI"),
            ("about two and a half hours", "DURATION", "PT150M"),
            ("the summer of 1991", "DATE", "1991-SU"),
            ("May 19", "DATE", "2015-05-19"),
            ("the fall", "DATE", "2015-FA"),
            ("next year", "DATE", "2016"),
            ("last week", "DATE", "2015-W09"),
            ("fourth-quarter", "DATE", "2014-Q4"),
            ("a year earlier", "DATE", "2013-Q4"),
            ("2015", "DATE", "2015"),
            ("Tuesday", "DATE", "2015-03-03"),
            ("the 1990s", "DATE", "199"),
            ("recent years", "DATE", "PAST_REF"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
