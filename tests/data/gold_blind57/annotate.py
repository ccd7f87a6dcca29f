"""Annotations of the fifty-seventh blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind57/annotate.py [--show]

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
    # Tuesday 2012-11-20 (ISO week 47), wire-service Thanksgiving travel story, "CALLOWAY,
    # Mo. (AP) —" dateline without date; the wire names the days by their weekdays.
    # Thanksgiving 2012 is the fourth Thursday of November, 2012-11-22 ("Thanksgiving Day";
    # "Thanksgiving night" TIME 2012-11-22TNI, gold_blind38); "the Wednesday before
    # Thanksgiving" is one DATE span 2012-11-21, like "the Saturday before Christmas"
    # (gold_blind7); the headline's "Wednesday" and "noon Wednesday" the same day (future).
    # "the holiday weekend" is the Thanksgiving weekend, ISO 2012-W47-WE (gold_blind38's "the
    # long Thanksgiving weekend"). The club "said Monday" 2012-11-19 (past); "6 a.m. Monday" and
    # "the six days through Monday" the coming Monday 2012-11-26; "11 p.m. Friday" the coming
    # Friday 2012-11-23 (Black Friday), while tickets "were sold out by Friday" the past one,
    # 2012-11-16; "Wednesday's trains" 2012-11-21. "on Tuesday" is the day of the wire;
    # "a month ago" 2012-10 (the unit's granularity); "a year earlier" after a price "on
    # Tuesday" is the same day a year before, 2011-11-20 (granularity of what it is compared
    # with). "last year's Black Friday" -> "last year" 2011 and "Black Friday" 2011-11-25 (the
    # day after Thanksgiving 2011-11-24; possessive without the "'s", see README);
    # "fourth-quarter" 2012-Q4 (the retail figures of the calendar year); "Cyber Monday"
    # 2012-11-26. "at least two hours" before flights is a generic DURATION; "four hours
    # earlier than last year" the size of a shift. Not annotated: "the busiest travel day of
    # the year" (gold_blind19), "Thanksgiving travel" (a kind of travel, any year), "Flight
    # 1122", "store No. 1947", "1,140 stores", "$3.43 a gallon", "34", "1-800-555-0164".
    "calloway-thanksgiving-travel-black-friday": (
        "2012-11-20",
        [
            ("Wednesday", "DATE", "2012-11-21"),
            ("Thanksgiving night", "TIME", "2012-11-22TNI"),
            ("the holiday weekend", "DATE", "2012-W47-WE"),
            ("2007", "DATE", "2007"),
            ("Monday", "DATE", "2012-11-19"),
            ("the Wednesday before Thanksgiving", "DATE", "2012-11-21"),
            ("noon", "TIME", "2012-11-21T12:00"),
            ("Wednesday", "DATE", "2012-11-21"),
            ("6 a.m.", "TIME", "2012-11-26T06:00"),
            ("Monday", "DATE", "2012-11-26"),
            ("Tuesday", "DATE", "2012-11-20"),
            ("a month ago", "DATE", "2012-10"),
            ("a year earlier", "DATE", "2011-11-20"),
            ("the six days", "DURATION", "P6D"),
            ("Monday", "DATE", "2012-11-26"),
            ("last year", "DATE", "2011"),
            ("at least two hours", "DURATION", "PT2H"),
            ("8 p.m.", "TIME", "2012-11-22T20:00"),
            ("Thanksgiving Day", "DATE", "2012-11-22"),
            ("four hours", "DURATION", "PT4H"),
            ("last year", "DATE", "2011"),
            ("11 p.m.", "TIME", "2012-11-23T23:00"),
            ("Friday", "DATE", "2012-11-23"),
            ("Tuesday morning", "TIME", "2012-11-20TMO"),
            ("every year", "SET", "P1Y"),
            ("2009", "DATE", "2009"),
            ("Now", "DATE", "PRESENT_REF"),
            ("last year", "DATE", "2011"),
            ("Black Friday", "DATE", "2011-11-25"),
            ("fourth-quarter", "DATE", "2012-Q4"),
            ("this year", "DATE", "2012"),
            ("Cyber Monday", "DATE", "2012-11-26"),
            ("Wednesday", "DATE", "2012-11-21"),
            ("Friday", "DATE", "2012-11-16"),
            ("recent years", "DATE", "PAST_REF"),
            ("2005", "DATE", "2005"),
            ("the coming weeks", "DURATION", "PXW"),
            ("Christmas", "DATE", "2012-12-25"),
        ],
    ),
    # Monday 2012-12-31, which belongs to ISO week 1 of 2013: "this week" (trash pickup a day
    # late after the holiday) is 2013-W01, not a week of 2012. US paper's New Year's Eve story,
    # headline and deck, date line "Monday, December 31, 2012", byline, "PORT HALLORAN —"
    # dateline. "ring in 2013" and "say goodbye to 2012" are the years themselves. "midnight"
    # (headline, lead, forecast) is the midnight that ends New Year's Eve, 2012-12-31T24:00
    # (gold_blind17, gold_blind47); "tonight" 2012-12-31TNI; "6 p.m." (twice) today; "4
    # a.m." (three times) and "about 3 a.m. Tuesday" the early hours of 2013-01-01, Tuesday;
    # "8 p.m. tonight" two TIMEX3 (gold_blind56). Police "said Sunday" 2012-12-30; the launch
    # test was "Friday night" 2012-12-28TNI (past); offices "closed for the holidays" (no
    # calendar value, not annotated) "reopen Wednesday" 2013-01-02. "a year ago" and "last
    # year" are 2011 (the unit's granularity); "This year's show" -> "This year" 2012; "the
    # spring" ahead in December 2013-SP; "the late 1990s" 199; "earlier this month" 2012-12;
    # "a day late" the size of a delay, P1D. Not annotated: "New Year resolutions", the URL's
    # "nye2012", "the low 30s" (a temperature), "$350,000", "180,000", "600 officers", "100
    # more".
    "port-halloran-new-years-eve-fireworks": (
        "2012-12-31",
        [
            ("2013", "DATE", "2013"),
            ("midnight", "TIME", "2012-12-31T24:00"),
            ("6 p.m.", "TIME", "2012-12-31T18:00"),
            ("4 a.m.", "TIME", "2013-01-01T04:00"),
            ("Monday, December 31, 2012", "DATE", "2012-12-31"),
            ("2012", "DATE", "2012"),
            ("tonight", "TIME", "2012-12-31TNI"),
            ("14-minute", "DURATION", "PT14M"),
            ("midnight", "TIME", "2012-12-31T24:00"),
            ("2010", "DATE", "2010"),
            ("two years", "DURATION", "P2Y"),
            ("a year ago", "DATE", "2011"),
            ("Sunday", "DATE", "2012-12-30"),
            ("6 p.m.", "TIME", "2012-12-31T18:00"),
            ("about 3 a.m.", "TIME", "2013-01-01T03:00"),
            ("Tuesday", "DATE", "2013-01-01"),
            ("8 p.m.", "TIME", "2012-12-31T20:00"),
            ("tonight", "TIME", "2012-12-31TNI"),
            ("4 a.m.", "TIME", "2013-01-01T04:00"),
            ("Friday night", "TIME", "2012-12-28TNI"),
            ("midnight", "TIME", "2012-12-31T24:00"),
            ("annually", "SET", "P1Y"),
            ("1987", "DATE", "1987"),
            ("the late 1990s", "DATE", "199"),
            ("This year", "DATE", "2012"),
            ("the next three years", "DURATION", "P3Y"),
            ("4 a.m.", "TIME", "2013-01-01T04:00"),
            ("earlier this month", "DATE", "2012-12"),
            ("last year", "DATE", "2011"),
            ("11 a.m.", "TIME", "2013-01-01T11:00"),
            ("New Year's Day", "DATE", "2013-01-01"),
            ("Wednesday", "DATE", "2013-01-02"),
            ("this week", "DATE", "2013-W01"),
            ("a day", "DURATION", "P1D"),
            ("the spring", "DATE", "2013-SP"),
            ("Now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Saturday 2013-12-21 (ISO week 51), British regional daily's retail story, headline,
    # standfirst, date line "Saturday 21 December 2013", byline. Christmas 2013 is a Wednesday:
    # Christmas Eve Tuesday 2013-12-24, Christmas Day 2013-12-25, Boxing Day Thursday
    # 2013-12-26. "Super Saturday", the retailers' name for the last Saturday before Christmas,
    # is a shopping day named like a holiday, DATE on the day it falls (like Black Friday in
    # gold_blind38): today, 2013-12-21 (headline and lead), and "last year ... on Super
    # Saturday" 2012-12-22; "the last Saturday before Christmas" one DATE span 2013-12-21
    # (gold_blind7). "today" and the clock times of the lead are 2013-12-21; "Tomorrow" Sunday
    # 2013-12-22 with its hours; the holiday hours on the holidays they name. "so far this
    # month" -> "this month" 2013-12 and "a year earlier" after it 2012-12; "this winter" is
    # the winter of December 2013-February 2014, 2014-WI (named by the year of its January,
    # gold_blind56); "This week" 2013-W51; the market's hours "every day from 10am to 8pm"
    # recur, XXXX-XX-XXThh:mm, "since 22 November" 2013-11-22, it "closes on Monday"
    # 2013-12-23; "mid-2014" 2014. Not annotated: "the busiest shopping day" (a superlative
    # day; its "Christmas" is annotated), "the festive period" (no calendar value, like "the
    # holiday season" in gold_blind19), "Sunday trading laws", "The Christmas market",
    # "Christmas trees", "may not open", "eight-screen", "58", "4 per cent", "01632 960412".
    "kingsmere-super-saturday-christmas-hours": (
        "2013-12-21",
        [
            ("Super Saturday", "DATE", "2013-12-21"),
            ("10pm", "TIME", "2013-12-21T22:00"),
            ("today", "DATE", "2013-12-21"),
            ("Christmas", "DATE", "2013-12-25"),
            ("Christmas Day", "DATE", "2013-12-25"),
            ("Saturday 21 December 2013", "DATE", "2013-12-21"),
            ("today", "DATE", "2013-12-21"),
            ("Super Saturday", "DATE", "2013-12-21"),
            ("the last Saturday before Christmas", "DATE", "2013-12-21"),
            ("7am", "TIME", "2013-12-21T07:00"),
            ("10pm", "TIME", "2013-12-21T22:00"),
            ("8pm", "TIME", "2013-12-21T20:00"),
            ("this month", "DATE", "2013-12"),
            ("a year earlier", "DATE", "2012-12"),
            ("yesterday", "DATE", "2013-12-20"),
            ("this winter", "DATE", "2014-WI"),
            ("last year", "DATE", "2012"),
            ("Super Saturday", "DATE", "2012-12-22"),
            ("Tomorrow", "DATE", "2013-12-22"),
            ("10.30am", "TIME", "2013-12-22T10:30"),
            ("4.30pm", "TIME", "2013-12-22T16:30"),
            ("6pm", "TIME", "2013-12-24T18:00"),
            ("Christmas Eve", "DATE", "2013-12-24"),
            ("Christmas Day", "DATE", "2013-12-25"),
            ("7am", "TIME", "2013-12-26T07:00"),
            ("Boxing Day", "DATE", "2013-12-26"),
            ("8pm", "TIME", "2013-12-25T20:00"),
            ("Christmas Day", "DATE", "2013-12-25"),
            ("every day", "SET", "P1D"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("22 November", "DATE", "2013-11-22"),
            ("Monday", "DATE", "2013-12-23"),
            ("This week", "DATE", "2013-W51"),
            ("2007", "DATE", "2007"),
            ("1986", "DATE", "1986"),
            ("last year", "DATE", "2012"),
            ("mid-2014", "DATE", "2014"),
        ],
    ),
    # Friday 2014-01-31 (ISO week 5), Canadian community paper's Lunar New Year story,
    # headline, date line "Friday, January 31, 2014", byline, "LARCHMONT, B.C. —" dateline.
    # Lunar New Year 2014 is today, 2014-01-31 (a holiday on the day it falls); "last night"
    # is its eve, Thursday night 2014-01-30TNI, and the temple gates opened "at 11:30 p.m.
    # Thursday" 2014-01-30; firecrackers "from 6 p.m. last night until 1 a.m. today". The
    # parade is "Sunday" 2014-02-02 (headline and body, future) "at 11 a.m.". "the Year of
    # the Horse" (and the headline's "Year of the Horse") is DATE 2014 and "the Year of the
    # Snake" DATE 2013: the lunar years that began on 2014-01-31 and 2013-02-10, valued by the
    # calendar year they begin in (see README). "October" (a table booked, past) 2013-10;
    # "earlier this month" 2014-01; "last year" 2013; "this year" (twice) 2014; "every 12
    # years" SET P12Y; "Feb. 14" (twice) and "Valentine's Day" 2014-02-14, "7 p.m." that
    # evening. Not annotated: "No. 7 Road", "$88", "family of 18", "41", "67", "2,000",
    # "80,000", "65,000", "the first incense", "604-555-0188".
    "larchmont-lunar-new-year-horse": (
        "2014-01-31",
        [
            ("Year of the Horse", "DATE", "2014"),
            ("Sunday", "DATE", "2014-02-02"),
            ("Friday, January 31, 2014", "DATE", "2014-01-31"),
            ("last night", "TIME", "2014-01-30TNI"),
            ("the Year of the Snake", "DATE", "2013"),
            ("today", "DATE", "2014-01-31"),
            ("Lunar New Year", "DATE", "2014-01-31"),
            ("the Year of the Horse", "DATE", "2014"),
            ("the 1990s", "DATE", "199"),
            ("11:30 p.m.", "TIME", "2014-01-30T23:30"),
            ("Thursday", "DATE", "2014-01-30"),
            ("October", "DATE", "2013-10"),
            ("every year", "SET", "P1Y"),
            ("2005", "DATE", "2005"),
            ("6 p.m.", "TIME", "2014-01-30T18:00"),
            ("last night", "TIME", "2014-01-30TNI"),
            ("1 a.m.", "TIME", "2014-01-31T01:00"),
            ("today", "DATE", "2014-01-31"),
            ("earlier this month", "DATE", "2014-01"),
            ("11 a.m.", "TIME", "2014-02-02T11:00"),
            ("Sunday", "DATE", "2014-02-02"),
            ("last year", "DATE", "2013"),
            ("1966", "DATE", "1966"),
            ("1978", "DATE", "1978"),
            ("1990", "DATE", "1990"),
            ("this year", "DATE", "2014"),
            ("every 12 years", "SET", "P12Y"),
            ("Feb. 14", "DATE", "2014-02-14"),
            ("7 p.m.", "TIME", "2014-02-14T19:00"),
            ("This year", "DATE", "2014"),
            ("Feb. 14", "DATE", "2014-02-14"),
            ("Valentine's Day", "DATE", "2014-02-14"),
            ("recent years", "DATE", "PAST_REF"),
            ("Now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Thursday 2014-04-17 (ISO week 16), British paper's Easter travel story, headline,
    # standfirst, date line "Thursday 17 April 2014", byline. Easter Sunday 2014 is 20 April:
    # "Easter weekend" (headline, without the article) and "the Easter weekend" are the ISO
    # weekend 2014-W16-WE (gold_blind27, gold_blind36); Good Friday (standfirst and lead,
    # "tomorrow, Good Friday") 2014-04-18; "Today, Maundy Thursday" both 2014-04-17; "Easter
    # Sunday afternoon" TIME 2014-04-20TAF; Easter Monday 2014-04-21 with its sailings. The
    # guild spoke "yesterday", 2014-04-16. "Easter last year" is one span like "September last
    # year" (gold_blind18): Easter Sunday 2013, 2013-03-31, and "March" in the clause about it
    # 2013-03 (the month takes its year from the clause, gold_blind43). The line closes "from
    # 23:30 tonight until 05:00 on Tuesday" 2014-04-22; "January" 2014-01 (past); "at
    # weekends" -> "weekends" SET (gold_blind7); "the autumn" ahead 2014-FA; "the early May
    # bank holiday" is the first Monday of May, 2014-05-05, like "the May Day bank holiday"
    # (gold_blind27); "Saturday" (weather, future) 2014-04-19. Not annotated: "the school
    # holidays", "the Good Friday Agreement" (a name), "Easter eggs", "the M58", "junction 19",
    # "20C", "£210m", "by a third", "8 per cent", "14 million".
    "easter-getaway-rail-closure-ferries": (
        "2014-04-17",
        [
            ("Easter weekend", "DATE", "2014-W16-WE"),
            ("four days", "DURATION", "P4D"),
            ("Good Friday", "DATE", "2014-04-18"),
            ("Thursday 17 April 2014", "DATE", "2014-04-17"),
            ("the Easter weekend", "DATE", "2014-W16-WE"),
            ("yesterday", "DATE", "2014-04-16"),
            ("11am", "TIME", "2014-04-18T11:00"),
            ("3pm", "TIME", "2014-04-18T15:00"),
            ("tomorrow", "DATE", "2014-04-18"),
            ("Good Friday", "DATE", "2014-04-18"),
            ("Today", "DATE", "2014-04-17"),
            ("Maundy Thursday", "DATE", "2014-04-17"),
            ("mid-afternoon", "TIME", "2014-04-17TAF"),
            ("Easter last year", "DATE", "2013-03-31"),
            ("March", "DATE", "2013-03"),
            ("the first quarter", "DATE", "2014-Q1"),
            ("23:30", "TIME", "2014-04-17T23:30"),
            ("tonight", "TIME", "2014-04-17TNI"),
            ("05:00", "TIME", "2014-04-22T05:00"),
            ("Tuesday", "DATE", "2014-04-22"),
            ("every 20 minutes", "SET", "PT20M"),
            ("January", "DATE", "2014-01"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("the autumn", "DATE", "2014-FA"),
            ("the second half of 2015", "DATE", "2015-H2"),
            ("the early May bank holiday", "DATE", "2014-05-05"),
            ("Saturday 3 May", "DATE", "2014-05-03"),
            ("Monday 5 May", "DATE", "2014-05-05"),
            ("06:15", "TIME", "2014-04-21T06:15"),
            ("21:45", "TIME", "2014-04-21T21:45"),
            ("Easter Monday", "DATE", "2014-04-21"),
            ("the past year", "DURATION", "P1Y"),
            ("Saturday", "DATE", "2014-04-19"),
            ("Easter Sunday afternoon", "TIME", "2014-04-20TAF"),
            ("recent weeks", "DATE", "PAST_REF"),
        ],
    ),
    # Sunday 2014-06-29 (ISO week 26), Canadian paper's community story, headline, date line
    # "Sunday, June 29, 2014", byline with the paper's name "Halden Sunday Courier" (a name,
    # not annotated; the text has no bare "Sunday" after it), "HALDEN, Ont. —" dateline. The
    # text fixes the holidays: "the first day of Ramadan on Saturday" -> one DATE span and the
    # weekday, both 2014-06-28; Canada Day is Tuesday 2014-07-01 (headline, lead, "The city's
    # Canada Day parade", like "the New Year's Eve fireworks" in gold_blind17), with the fast
    # broken "at about 9:05 p.m. on Tuesday", fireworks "at 10 p.m.", the parade "at 11 a.m."
    # and "the evening" 2014-07-01TEV; "Last Canada Day" is 2013-07-01, one span like "last
    # Christmas" (gold_blind43), and its "noon" 2013-07-01T12:00. "minutes before the
    # fireworks" (headline) and "less than an hour before" are anchored DURATIONs. "Eid
    # al-Fitr, expected on Monday, July 28" two DATEs 2014-07-28, prayers "at 8:30 a.m." that
    # day, "two days later" 2014-07-30 (anchored on the narrative's last date); "the Fourth
    # of July weekend" the ISO weekend after Friday 2014-07-04, 2014-W27-WE. The daily fast
    # "from before 4 a.m. until after 9 p.m." and prayers "from 10:45 p.m." recur on no
    # particular day, XXXX-XX-XXThh:mm; "nightly" SET XXXX-XX-XXTNI; "every Saturday through
    # July 26". "the early 1980s" 198; "late last year" 2013. Not annotated: "March
    # organizers" (the noun), "the holiday" (anaphoric), "Until then", "14 mosques", "1,500",
    # "67", "$2.1 million", "905-555-0143".
    "halden-ramadan-canada-day-iftar": (
        "2014-06-29",
        [
            ("Canada Day", "DATE", "2014-07-01"),
            ("minutes", "DURATION", "PTXM"),
            ("Sunday, June 29, 2014", "DATE", "2014-06-29"),
            ("the first day of Ramadan", "DATE", "2014-06-28"),
            ("Saturday", "DATE", "2014-06-28"),
            ("the early 1980s", "DATE", "198"),
            ("Canada Day", "DATE", "2014-07-01"),
            ("about 9:05 p.m.", "TIME", "2014-07-01T21:05"),
            ("Tuesday", "DATE", "2014-07-01"),
            ("less than an hour", "DURATION", "PT1H"),
            ("10 p.m.", "TIME", "2014-07-01T22:00"),
            ("Last Canada Day", "DATE", "2013-07-01"),
            ("noon", "TIME", "2013-07-01T12:00"),
            ("This year", "DATE", "2014"),
            ("the evening", "TIME", "2014-07-01TEV"),
            ("about 11 days", "DURATION", "P11D"),
            ("each year", "SET", "P1Y"),
            ("next year", "DATE", "2015"),
            ("this summer", "DATE", "2014-SU"),
            ("about 17 hours", "DURATION", "PT17H"),
            ("4 a.m.", "TIME", "XXXX-XX-XXT04:00"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("Canada Day", "DATE", "2014-07-01"),
            ("11 a.m.", "TIME", "2014-07-01T11:00"),
            ("2011", "DATE", "2011"),
            ("the Fourth of July weekend", "DATE", "2014-W27-WE"),
            ("Eid al-Fitr", "DATE", "2014-07-28"),
            ("Monday, July 28", "DATE", "2014-07-28"),
            ("8:30 a.m.", "TIME", "2014-07-28T08:30"),
            ("two days later", "DATE", "2014-07-30"),
            ("late last year", "DATE", "2013"),
            ("the first half of 2015", "DATE", "2015-H1"),
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("10:45 p.m.", "TIME", "XXXX-XX-XXT22:45"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("July 26", "DATE", "2014-07-26"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
