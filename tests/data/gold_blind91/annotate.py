"""Annotations of the ninety-first blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind91/annotate.py [--show]

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
    # Monday 2013-05-27 (ISO week 22), British paper's rugby union season review, headline,
    # standfirst, byline, date line "Monday 27 May 2013". The title was won "on Saturday",
    # 2013-05-25 (past); the director of rugby spoke "yesterday", Sunday 2013-05-26, and the
    # club "said last night" 2013-05-26TNI that renewals came in "over the weekend" just past,
    # 2013-W21-WE; tickets go on sale "at 9am on Wednesday", 2013-05-29 (future), two TIMEX3.
    # "the 2012-13 season" gives two DATEs, "2012" and the bare "13" 2013, "season" left out
    # (gold_blind43); "22-year" (headline and lead) DURATION on the adjective (1991 to 2013).
    # Told in May, "the autumn" of the bad start is 2012-FA, "late October" 2012-10, "until
    # Christmas" the Christmas of that autumn, 2012-12-25, "a fortnight in November" P2W and
    # 2012-11; "twice a day" SET P1D; "since the turn of the year" -> "the turn of the year"
    # DATE 2013, like "the start of the year" (gold_blind30, gold_blind40; see README). "the
    # club's longest in 40 years" is the period of a superlative, P40Y; "two years" to build a
    # side P2Y; "two-year" P2Y; "the end of June" 2013-06; "the weekend of 7-8
    # September" one span, the ISO weekend 2013-W36-WE (gold_blind66); "a week earlier than last
    # year" -> "a week" P1W (the size of a shift, gold_blind25) and "last year" 2012. "the
    # summer" ahead 2013-SU, "the spring of 2014" one span; "the 1991 team" an adjectival year
    # (see README); "May next year" one span 2014-05 like "September last year" (gold_blind18).
    # Not annotated: "Season review", "The previous campaign", "the close season", "pre-season",
    # "the new season", "Last season", "next season", "This season's", "nine seasons" (sports
    # seasons); "The 1888 Stand" (a name); "long after the final whistle"; "34-10", "19-18",
    # "14,500", "31-year-old", "number 10 shirt", "241 points", "14 unbeaten league games",
    # "3,200", "11,300", "4 per cent", "2,000", "18 of their 22 matches", "Season tickets".
    "ashcombe-rugby-season-review": (
        "2013-05-27",
        [
            ("22-year", "DURATION", "P22Y"),
            ("Monday 27 May 2013", "DATE", "2013-05-27"),
            ("Saturday", "DATE", "2013-05-25"),
            ("1991", "DATE", "1991"),
            ("2012", "DATE", "2012"),
            ("13", "DATE", "2013"),
            ("22-year", "DURATION", "P22Y"),
            ("the autumn", "DATE", "2012-FA"),
            ("late October", "DATE", "2012-10"),
            ("Christmas", "DATE", "2012-12-25"),
            ("two years", "DURATION", "P2Y"),
            ("a fortnight", "DURATION", "P2W"),
            ("November", "DATE", "2012-11"),
            ("twice a day", "SET", "P1D"),
            ("yesterday", "DATE", "2013-05-26"),
            ("the turn of the year", "DATE", "2013"),
            ("16 February", "DATE", "2013-02-16"),
            ("40 years", "DURATION", "P40Y"),
            ("1987", "DATE", "1987"),
            ("two-year", "DURATION", "P2Y"),
            ("March", "DATE", "2013-03"),
            ("the end of June", "DATE", "2013-06"),
            ("Monday 1 July", "DATE", "2013-07-01"),
            ("the weekend of 7-8 September", "DATE", "2013-W36-WE"),
            ("a week", "DURATION", "P1W"),
            ("last year", "DATE", "2012"),
            ("the coming weeks", "DURATION", "PXW"),
            ("Now", "DATE", "PRESENT_REF"),
            ("every week", "SET", "P1W"),
            ("9am", "TIME", "2013-05-29T09:00"),
            ("Wednesday", "DATE", "2013-05-29"),
            ("last night", "TIME", "2013-05-26TNI"),
            ("the weekend", "DATE", "2013-W21-WE"),
            ("the summer", "DATE", "2013-SU"),
            ("the spring of 2014", "DATE", "2014-SP"),
            ("1991", "DATE", "1991"),
            ("May next year", "DATE", "2014-05"),
        ],
    ),
    # Saturday 2015-01-31 (ISO week 5), British paper's football transfer story, headline,
    # standfirst, byline, date line "Saturday 31 January 2015". The window closes "at 11pm on
    # Monday" (standfirst and lead), 2015-02-02T23:00 and 2015-02-02, two TIMEX3 each; "this
    # weekend" is the weekend of publication, 2015-W05-WE; "the January transfer window" ->
    # "January" 2015-01 (gold_blind24, gold_blind43). Past: the bid rejected "on Tuesday"
    # 2015-01-27, the clubs' terms "on Thursday night" 2015-01-29TNI, the medical "last night"
    # 2015-01-30TNI, the manager "said yesterday" 2015-01-30; future: "until Monday night" (twice,
    # quoted) 2015-02-02TNI, "on Sunday morning" 2015-02-01TMO, "until 1am on Tuesday", after the
    # deadline night, 2015-02-03T01:00 and 2015-02-03. "by 11pm" is the deadline of Monday again.
    # "three-and-a-half-year" P42M (gold_blind43); "since the summer" 2014-SU and "before
    # Christmas" 2014-12-25 the nearest past ones; "May last year" 2014-05; "the summer of 2016"
    # one span; "by a year" -> "a year" P1Y, the size of a change; "the end of the 2015-16
    # season" -> "2015" and the bare "16" 2016, the season and its end left out (see README);
    # "Boxing Day" just past 2014-12-26. "The club's last big January purchase, Ivo Markovic in
    # 2011" -> "January" 2011-01 (the January window of that year, see README) and "2011"; "two
    # years later" anchored on 2011 -> 2013, at the unit's granularity. "Last year" 2014; "9
    # June" the coming one, 2015-06-09; "now" PRESENT_REF; "six months" P6M.
    # Not annotated: "this season", "the first half of the season", "the start of the season",
    # "the previous three windows", "the deadline", "deadline day" (sports and event periods);
    # "£9m", "£7m", "£3.5m", "£31m", "£12m", "27-year-old", "14 goals", "22", "No 9 shirt",
    # "seven consecutive matches", "34", "400th appearance", "38 transfers".
    "dunmore-ferreira-deadline-transfer": (
        "2015-01-31",
        [
            ("11pm", "TIME", "2015-02-02T23:00"),
            ("Monday", "DATE", "2015-02-02"),
            ("Saturday 31 January 2015", "DATE", "2015-01-31"),
            ("this weekend", "DATE", "2015-W05-WE"),
            ("January", "DATE", "2015-01"),
            ("11pm", "TIME", "2015-02-02T23:00"),
            ("Monday", "DATE", "2015-02-02"),
            ("three-and-a-half-year", "DURATION", "P42M"),
            ("June 2018", "DATE", "2018-06"),
            ("Tuesday", "DATE", "2015-01-27"),
            ("last night", "TIME", "2015-01-30TNI"),
            ("yesterday", "DATE", "2015-01-30"),
            ("the summer", "DATE", "2014-SU"),
            ("six months", "DURATION", "P6M"),
            ("Monday night", "TIME", "2015-02-02TNI"),
            ("Monday night", "TIME", "2015-02-02TNI"),
            ("August 2012", "DATE", "2012-08"),
            ("May last year", "DATE", "2014-05"),
            ("the summer of 2016", "DATE", "2016-SU"),
            ("now", "DATE", "PRESENT_REF"),
            ("Sunday morning", "TIME", "2015-02-01TMO"),
            ("Thursday night", "TIME", "2015-01-29TNI"),
            ("Christmas", "DATE", "2014-12-25"),
            ("a year", "DURATION", "P1Y"),
            ("2015", "DATE", "2015"),
            ("16", "DATE", "2016"),
            ("2003", "DATE", "2003"),
            ("Boxing Day", "DATE", "2014-12-26"),
            ("January", "DATE", "2011-01"),
            ("2011", "DATE", "2011"),
            ("two years later", "DATE", "2013"),
            ("11pm", "TIME", "2015-02-02T23:00"),
            ("1am", "TIME", "2015-02-03T01:00"),
            ("Tuesday", "DATE", "2015-02-03"),
            ("Last year", "DATE", "2014"),
            ("9 June", "DATE", "2015-06-09"),
        ],
    ),
    # Thursday 2014-03-27 (ISO week 13), Australian paper's cricket retirement story, headline,
    # standfirst, byline, date line "Thursday 27 March 2014", "PORT ALDER:" dateline. He
    # announced "yesterday afternoon" 2014-03-26TAF, "two days after" the final was lost (an
    # anchored duration, P2D), and told the team "on Monday evening" 2014-03-24TEV. "16-year"
    # (headline and lead) DURATION on the adjective, "16 years" later P16Y; "in my prime" /
    # "In my prime" (standfirst and quote) is a period of a life with no calendar value and is
    # not annotated, like "her whole career" (gold_blind4, gold_blind7). "from 1998 to 2011" two
    # DATEs; "took him almost ten hours" how long a past innings took, PT10H (gold_blind35);
    # "the 2003 final", "the 2003 team" and "the 1966 team" adjectival years (see README);
    # "late 2011" 2011; "last year" 2013; "in January" 2014-01 (past, this Australian season);
    # "annual awards night" SET P1Y (gold_blind35's "weekly strike benefits"); "April 12" and
    # "Sunday, April 6" ahead, 2014-04-12 and 2014-04-06; "by October" 2014-10; "at least the
    # next two years" P2Y with the modifier; "mid-May" 2014-05 and "the end of August" 2014-08
    # ahead; "weekends" SET XXXX-WXX-WE; "within a fortnight" -> "a fortnight" P2W.
    # Not annotated: "this season" (the Shield season), "the Class of '97" (an intake's name,
    # beside the annotated "November 1997"), "by an innings", "first-class", "one-day", "54
    # Tests", "9,412", "36-year-old", "18-year-old", "11 centuries", "211", "147", "38.6", "No
    # 4", "6,500", "29", "four matches", "tasmancricket.com.au/dunstan2014", "1300 555 214".
    "dunstan-retires-tasman-cricket": (
        "2014-03-27",
        [
            ("16-year", "DURATION", "P16Y"),
            ("Thursday 27 March 2014", "DATE", "2014-03-27"),
            ("16-year", "DURATION", "P16Y"),
            ("yesterday afternoon", "TIME", "2014-03-26TAF"),
            ("two days", "DURATION", "P2D"),
            ("Monday evening", "TIME", "2014-03-24TEV"),
            ("a few weeks", "DURATION", "PXW"),
            ("two days", "DURATION", "P2D"),
            ("Now", "DATE", "PRESENT_REF"),
            ("a week", "DURATION", "P1W"),
            ("November 1997", "DATE", "1997-11"),
            ("1998", "DATE", "1998"),
            ("2011", "DATE", "2011"),
            ("January 2004", "DATE", "2004-01"),
            ("almost ten hours", "DURATION", "PT10H"),
            ("2003", "DATE", "2003"),
            ("2009", "DATE", "2009"),
            ("2003", "DATE", "2003"),
            ("2003", "DATE", "2003"),
            ("1966", "DATE", "1966"),
            ("late 2011", "DATE", "2011"),
            ("October 2012", "DATE", "2012-10"),
            ("almost five months", "DURATION", "P5M"),
            ("last year", "DATE", "2013"),
            ("January", "DATE", "2014-01"),
            ("annual", "SET", "P1Y"),
            ("April 12", "DATE", "2014-04-12"),
            ("1982", "DATE", "1982"),
            ("October", "DATE", "2014-10"),
            ("at least the next two years", "DURATION", "P2Y"),
            ("mid-May", "DATE", "2014-05"),
            ("the end of August", "DATE", "2014-08"),
            ("16 years", "DURATION", "P16Y"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("a fortnight", "DURATION", "P2W"),
            ("2012", "DATE", "2012"),
            ("Sunday, April 6", "DATE", "2014-04-06"),
        ],
    ),
    # Sunday 2014-11-30 (ISO week 48), AP-style ice-hockey records story, headline, byline,
    # "MILLBURY, Minn. (AP) —" dateline without date; the story fixes its day through "Saturday
    # night" (the record win, 2014-11-29TNI, past) and "it's November". "in 40 years" (headline
    # and body) is the period of a superlative, P40Y; "more than five weeks" P5W (the last
    # regulation loss was two days before Oct. 25). "the 1974 Granite Bay Lakers", "the 1974
    # Lakers" and "the '79 team" are adjectival years of a team, DATEs (the apostrophe kept,
    # gold_blind65; see README); "from Oct. 12 to Dec. 8, 1974" two DATEs of 1974; "the 1961-62
    # season" and "since 1992-93" two DATEs each, "62" 1962 and "93" 1993 (gold_blind43,
    # gold_blind58). "Oct. 25" and "Oct. 18" the nearest past ones, 2014; "two days after a 5-0
    # home loss" an anchored duration P2D. "the end of November" 2014-11 (the month of the
    # story); "Last spring" in November 2014-SP and "in the summer" 2014-SU, both just past;
    # "decade-long" DURATION P10Y like "hour-long"; "five-year" P5Y; "last year" 2013; "recent
    # years" PAST_REF. "video at 10 a.m." on every game day is the hour of a recurring routine,
    # TIME XXXX-XX-XXT10:00 (gold_blind28, gold_blind66); "45-minute" PT45M; "twice a week" P1W.
    # Ahead: "on Tuesday" 2014-12-02, "Thursday night at 7 p.m. CT" 2014-12-04TNI and
    # 2014-12-04T19:00; "the 1974 Lakers" again 1974. Not annotated: "all season", "14
    # consecutive seasons" (sports seasons), "game-day", "during the streak", "the last time a
    # team did this", "Between games", "after lunch", "17 games", "14-0-3", "4-1", "3-2", "5-0",
    # "31 saves", "24 games", "19 games", "nine straight games", "Two more games", "24",
    # "31-year-old", "No. 1", "1.87", ".938", "22 percent", "8,400-seat", "every home game".
    "millbury-pikes-unbeaten-streak": (
        "2014-11-30",
        [
            ("40 years", "DURATION", "P40Y"),
            ("more than five weeks", "DURATION", "P5W"),
            ("Saturday night", "TIME", "2014-11-29TNI"),
            ("40 years", "DURATION", "P40Y"),
            ("1974", "DATE", "1974"),
            ("Oct. 12", "DATE", "1974-10-12"),
            ("Dec. 8, 1974", "DATE", "1974-12-08"),
            ("1961", "DATE", "1961"),
            ("62", "DATE", "1962"),
            ("Oct. 25", "DATE", "2014-10-25"),
            ("two days", "DURATION", "P2D"),
            ("every day", "SET", "P1D"),
            ("about five minutes", "DURATION", "PT5M"),
            ("the end of November", "DATE", "2014-11"),
            ("1992", "DATE", "1992"),
            ("93", "DATE", "1993"),
            ("Last spring", "DATE", "2014-SP"),
            ("decade-long", "DURATION", "P10Y"),
            ("five-year", "DURATION", "P5Y"),
            ("the summer", "DATE", "2014-SU"),
            ("1958", "DATE", "1958"),
            ("1979", "DATE", "1979"),
            ("'79", "DATE", "1979"),
            ("recent years", "DATE", "PAST_REF"),
            ("last year", "DATE", "2013"),
            ("Oct. 18", "DATE", "2014-10-18"),
            ("April 2012", "DATE", "2012-04"),
            ("45-minute", "DURATION", "PT45M"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("twice a week", "SET", "P1W"),
            ("Tuesday", "DATE", "2014-12-02"),
            ("Thursday night", "TIME", "2014-12-04TNI"),
            ("7 p.m. CT", "TIME", "2014-12-04T19:00"),
            ("1974", "DATE", "1974"),
            ("November", "DATE", "2014-11"),
            ("now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Wednesday 2014-06-18 (ISO week 25), British broadcaster-website fixture-list story,
    # headline, stamp "18 June 2014 Last updated at 09:12 BST" (a DATE and a TIME, gold_blind43).
    # "since 1980-81" two DATEs, "81" 1981; "the opening weekend of 16-17 August" one DATE span,
    # the ISO weekend 2014-W33-WE (see README); the list was published "at 09:00 BST on
    # Wednesday", the publication day, and the manager looked "this morning" 2014-06-18TMO.
    # "next month" 2014-07, "August and September" ahead 2014-08 and 2014-09; "the next nine
    # months" P9M; "33 years" (twice) P33Y. "Saturday 23 August", "Tuesday 26 August", "Sunday
    # 28 December" and "Sunday 24 May 2015" one span each with their weekday; "Boxing Day"
    # (twice) 2014-12-26 with its "15:00 GMT" 2014-12-26T15:00, "New Year's Day" 2015-01-01;
    # the final round's "15:00 BST" 2015-05-24T15:00; "September, October and November" three
    # DATEs of 2014 (international breaks ahead); "May 1981";
    # "the 1990s" 199; "three years" P3Y; "last month" 2014-05; "a year ago" 2013; "every week"
    # SET P1W; "1 July" and "19 July" ahead, 2014. Not annotated: "six midweek rounds" (see
    # README), "the Class of '92" (a name), "The season", "Pre-season", "four seasons", "The
    # exact day", "top-flight campaign", "520 miles", "2-1", "9,200", "6,100", "15,400-capacity",
    # "kettlebytown.co.uk/fixtures1415", "01632 960 214".
    "kettleby-town-fixtures-2014-15": (
        "2014-06-18",
        [
            ("18 June 2014", "DATE", "2014-06-18"),
            ("09:12 BST", "TIME", "2014-06-18T09:12"),
            ("1980", "DATE", "1980"),
            ("81", "DATE", "1981"),
            ("the opening weekend of 16-17 August", "DATE", "2014-W33-WE"),
            ("09:00 BST", "TIME", "2014-06-18T09:00"),
            ("Wednesday", "DATE", "2014-06-18"),
            ("next month", "DATE", "2014-07"),
            ("August", "DATE", "2014-08"),
            ("September", "DATE", "2014-09"),
            ("this morning", "TIME", "2014-06-18TMO"),
            ("33 years", "DURATION", "P33Y"),
            ("the next nine months", "DURATION", "P9M"),
            ("Saturday 23 August", "DATE", "2014-08-23"),
            ("Tuesday 26 August", "DATE", "2014-08-26"),
            ("Boxing Day", "DATE", "2014-12-26"),
            ("Sunday 28 December", "DATE", "2014-12-28"),
            ("New Year's Day", "DATE", "2015-01-01"),
            ("Boxing Day", "DATE", "2014-12-26"),
            ("15:00 GMT", "TIME", "2014-12-26T15:00"),
            ("Sunday 24 May 2015", "DATE", "2015-05-24"),
            ("15:00 BST", "TIME", "2015-05-24T15:00"),
            ("September", "DATE", "2014-09"),
            ("October", "DATE", "2014-10"),
            ("November", "DATE", "2014-11"),
            ("May 1981", "DATE", "1981-05"),
            ("33 years", "DURATION", "P33Y"),
            ("the 1990s", "DATE", "199"),
            ("three years", "DURATION", "P3Y"),
            ("last month", "DATE", "2014-05"),
            ("a year ago", "DATE", "2013"),
            ("every week", "SET", "P1W"),
            ("1 July", "DATE", "2014-07-01"),
            ("19 July", "DATE", "2014-07-19"),
        ],
    ),
    # Tuesday 2012-06-26 (ISO week 26), US paper's basketball draft story, headline, byline,
    # date line "Tuesday, June 26, 2012", "LAKESHORE —" dateline. "Thursday's draft" (headline
    # and body) -> "Thursday" 2012-06-28, its start "7 p.m. ET" 2012-06-28T19:00, "by Thursday
    # afternoon" 2012-06-28TAF, "doors open at 6 p.m. Thursday" two TIMEX3; "said Monday"
    # 2012-06-25 and "worked out ... on Saturday" 2012-06-23 past, "a second visit Wednesday
    # morning" 2012-06-27TMO ahead. "for two weeks" P2W. "the '94 team" an adjectival
    # two-digit year, DATE 1994 (gold_blind65; see README); "18 years" P18Y (1994 to 2012).
    # "At the trade deadline, 3 p.m. ET on March 15" -> the clock time and the day,
    # 2012-03-15T15:00 and 2012-03-15, "the trade deadline" itself an event;
    # "last year" 2011; "about an hour before the draft" an anchored duration PT1H. "Every year
    # since 2008" SET P1Y and "2008"; "we're a year away" DURATION P1Y (a distance in time, see
    # README); "in April" and "in May" past 2012-04, 2012-05; "This summer" 2012-SU. "four
    # years" P4Y; "12:01 a.m. ET on July 1" 2012-07-01T00:01 and 2012-07-01; "from July 13 to
    # 22" two DATEs, the bare "22" 2012-07-22. "through the 2013-14 season" two DATEs, "2013"
    # and "14" 2014; "the coming weeks" PXW; "the next decade" P10Y (quoted). Not annotated: "a
    # summer league" (a kind of league, its dates given), "11 seasons", "a fifth straight
    # season", "the draft", "the trade deadline", "a future first-round pick", "Season-ticket",
    # "Season tickets", "No. 4", "34th", "No. 9", "No. 5", "19-year-old", "21.3 points", "9.8
    # rebounds", "31", "two All-Star teams", "24-42", "4 percent", "first-round".
    "lakeshore-pilots-draft-no4-pick": (
        "2012-06-26",
        [
            ("Thursday", "DATE", "2012-06-28"),
            ("Tuesday, June 26, 2012", "DATE", "2012-06-26"),
            ("two weeks", "DURATION", "P2W"),
            ("Monday", "DATE", "2012-06-25"),
            ("Thursday", "DATE", "2012-06-28"),
            ("7 p.m. ET", "TIME", "2012-06-28T19:00"),
            ("Saturday", "DATE", "2012-06-23"),
            ("Wednesday morning", "TIME", "2012-06-27TMO"),
            ("Thursday afternoon", "TIME", "2012-06-28TAF"),
            ("2003", "DATE", "2003"),
            ("1994", "DATE", "1994"),
            ("'94", "DATE", "1994"),
            ("18 years", "DURATION", "P18Y"),
            ("3 p.m. ET", "TIME", "2012-03-15T15:00"),
            ("March 15", "DATE", "2012-03-15"),
            ("last year", "DATE", "2011"),
            ("about an hour", "DURATION", "PT1H"),
            ("Every year", "SET", "P1Y"),
            ("2008", "DATE", "2008"),
            ("a year", "DURATION", "P1Y"),
            ("April", "DATE", "2012-04"),
            ("This summer", "DATE", "2012-SU"),
            ("four years", "DURATION", "P4Y"),
            ("12:01 a.m. ET", "TIME", "2012-07-01T00:01"),
            ("July 1", "DATE", "2012-07-01"),
            ("July 11", "DATE", "2012-07-11"),
            ("July 13", "DATE", "2012-07-13"),
            ("22", "DATE", "2012-07-22"),
            ("2013", "DATE", "2013"),
            ("14", "DATE", "2014"),
            ("the coming weeks", "DURATION", "PXW"),
            ("the next decade", "DURATION", "P10Y"),
            ("6 p.m.", "TIME", "2012-06-28T18:00"),
            ("Thursday", "DATE", "2012-06-28"),
            ("May", "DATE", "2012-05"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
