"""Annotations of the eighty-fourth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind84/annotate.py [--show]

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
    # Wednesday 2013-10-16 (ISO week 42), British national paper's tonight's-TV page, headline
    # ("Tonight's TV" -> "Tonight", the possessive dropped), byline, date line "Wednesday 16
    # October 2013". "Tonight" (headline, listing, the heading "ALSO ON TONIGHT" and "Tonight the
    # butcher's shop") is the night of publication, 2013-10-16TNI; the listing times without a
    # day are tonight's (8pm, 9pm, 9.30pm, 10pm, 11.05pm), and the film's "1am" ends after
    # midnight, so it takes the new day, 2013-10-17T01:00 (gold_blind30, gold_blind46). "repeated
    # Thursday 11.20pm" is the coming Thursday 2013-10-17 and its clock time, two TIMEX3; the
    # heading "TOMORROW" 2013-10-17 gives "8pm" its day; "repeats ... on Saturday" is the coming
    # Saturday 2013-10-19. The drama's own story time is annotated as such: "It is January 1963"
    # DATE 1963-01 and "drinking since Christmas" the Christmas before it, 1962-12-25. "a year
    # ago" (the last series) 2012; "last spring" said in October is the spring of the same year,
    # 2013-SP (gold_blind35); "weekly until 20 November" a SET and a DATE (six Wednesdays from
    # 16 October end on 20 November); "the final ten minutes" of the special an ordinal period of
    # an event, DURATION (gold_blind43's "the first 45 minutes"); "90-minute", "hour-long" and
    # "half-hour" running times, DURATION on the adjective. "Tuesdays" and "Thursdays" SETs.
    # Not annotated: "PICK OF THE DAY" (a standing section name), the titles "The 6.40 from
    # Harwick", "Seven Days in Cardow", "Midnight at the Lido", series and episode numbers,
    # channels ("BBC Two", "ITV", "ITV2", "Channel 4", "E4", "Sky 1"), "(PG)", "turns 100".
    "fenwick-line-tonights-tv-page": (
        "2013-10-16",
        [
            ("Tonight", "TIME", "2013-10-16TNI"),
            ("Wednesday 16 October 2013", "DATE", "2013-10-16"),
            ("Tonight", "TIME", "2013-10-16TNI"),
            ("9pm", "TIME", "2013-10-16T21:00"),
            ("a year ago", "DATE", "2012"),
            ("January 1963", "DATE", "1963-01"),
            ("three weeks", "DURATION", "P3W"),
            ("Christmas", "DATE", "1962-12-25"),
            ("hour-long", "DURATION", "PT1H"),
            ("Thursday", "DATE", "2013-10-17"),
            ("11.20pm", "TIME", "2013-10-17T23:20"),
            ("30 days", "DURATION", "P30D"),
            ("weekly", "SET", "P1W"),
            ("20 November", "DATE", "2013-11-20"),
            ("TONIGHT", "TIME", "2013-10-16TNI"),
            ("8pm", "TIME", "2013-10-16T20:00"),
            ("90-minute", "DURATION", "PT90M"),
            ("2009", "DATE", "2009"),
            ("the final ten minutes", "DURATION", "PT10M"),
            ("9.30pm", "TIME", "2013-10-16T21:30"),
            ("half-hour", "DURATION", "PT30M"),
            ("8pm", "TIME", "2013-10-16T20:00"),
            ("one week", "DURATION", "P1W"),
            ("last spring", "DATE", "2013-SP"),
            ("Tonight", "TIME", "2013-10-16TNI"),
            ("10pm", "TIME", "2013-10-16T22:00"),
            ("a fortnight", "DURATION", "P2W"),
            ("Saturday", "DATE", "2013-10-19"),
            ("11.05pm", "TIME", "2013-10-16T23:05"),
            ("1am", "TIME", "2013-10-17T01:00"),
            ("1958", "DATE", "1958"),
            ("TOMORROW", "DATE", "2013-10-17"),
            ("8pm", "TIME", "2013-10-17T20:00"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
        ],
    ),
    # Saturday 2014-03-08 (ISO week 10), Irish paper's weekend radio picks, headline ("The
    # weekend's best listening" -> "The weekend", this weekend 2014-W10-WE, the possessive
    # dropped), standfirst, date line "Saturday, March 8, 2014". Each pick has a "Day time,
    # station" line: "Saturday 7.30pm" is today; "Sunday 2pm" and "Sunday 9pm" tomorrow,
    # 2014-03-09; "Repeated Friday at 2.15pm" the coming Friday 2014-03-14. "Tonight,
    # midnight-1am" is Saturday night: "midnight" is the midnight ending Saturday,
    # 2014-03-08T24:00 (gold_blind10, gold_blind28), and "1am" the new day, 2014-03-09T01:00; the
    # hyphen is a range mark. "Forty years on" from March 1974 is DATE 2014 (gold_blind62's
    # "Twenty-six years on"); "International Women's Day" (8 March) is a named day, DATE
    # 2014-03-08, beside "today"; "St Patrick's Day" 2014-03-17 and the special's "6pm" on it.
    # The show "began last week" on Sunday 2 March, ISO week 9; "this week's story" ->
    # "this week" 2014-W10; "Next Saturday" in a Saturday paper is seven days ahead, 2014-03-15
    # (gold_blind11, gold_blind43); "mid-April" 2014-04; "last summer" 2013-SU. "has moved from
    # Sundays and now starts an hour later": SET, PRESENT_REF and the size of a shift, PT1H.
    # "every Sunday night" SET XXXX-WXX-7TNI (like "every Friday evening", gold_blind76).
    # Not annotated: the titles "Nineteen Fifty-Nine", "Women on the March" (the noun),
    # "Late Tracks", "Opera Nights"; "Today FM", "RTÉ lyric fm", "RTÉ Radio 1", "BBC Radio 4";
    # "may" (verb); "May Brennan" (a name); "six-part"; "60 miles"; "yet".
    "weekend-radio-picks-inishcarra-letters": (
        "2014-03-08",
        [
            ("The weekend", "DATE", "2014-W10-WE"),
            ("Saturday, March 8, 2014", "DATE", "2014-03-08"),
            ("Saturday", "DATE", "2014-03-08"),
            ("7.30pm", "TIME", "2014-03-08T19:30"),
            ("last summer", "DATE", "2013-SU"),
            ("hour-long", "DURATION", "PT1H"),
            ("the 1930s", "DATE", "193"),
            ("every week", "SET", "P1W"),
            ("40 years", "DURATION", "P40Y"),
            ("Friday", "DATE", "2014-03-14"),
            ("2.15pm", "TIME", "2014-03-14T14:15"),
            ("Tonight", "TIME", "2014-03-08TNI"),
            ("midnight", "TIME", "2014-03-08T24:00"),
            ("1am", "TIME", "2014-03-09T01:00"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("now", "DATE", "PRESENT_REF"),
            ("an hour", "DURATION", "PT1H"),
            ("Tonight", "TIME", "2014-03-08TNI"),
            ("May 1979", "DATE", "1979-05"),
            ("Sunday", "DATE", "2014-03-09"),
            ("2pm", "TIME", "2014-03-09T14:00"),
            ("Forty years on", "DATE", "2014"),
            ("March 1974", "DATE", "1974-03"),
            ("International Women's Day", "DATE", "2014-03-08"),
            ("today", "DATE", "2014-03-08"),
            ("55-minute", "DURATION", "PT55M"),
            ("recent years", "DATE", "PAST_REF"),
            ("Sunday", "DATE", "2014-03-09"),
            ("9pm", "TIME", "2014-03-09T21:00"),
            ("last week", "DATE", "2014-W09"),
            ("every Sunday night", "SET", "XXXX-WXX-7TNI"),
            ("St Patrick's Day", "DATE", "2014-03-17"),
            ("three-hour", "DURATION", "PT3H"),
            ("6pm", "TIME", "2014-03-17T18:00"),
            ("this week", "DATE", "2014-W10"),
            ("Next Saturday", "DATE", "2014-03-15"),
            ("weekly", "SET", "P1W"),
            ("mid-April", "DATE", "2014-04"),
        ],
    ),
    # Tuesday 2015-03-03 (ISO week 10), US entertainment website's weekly streaming round-up,
    # headline ("this week"), byline, stamp "March 3, 2015 | 11:40 AM ET" (a DATE and a TIME, the
    # zone in the span, gold_blind43). "March has come in quietly" is the month, 2015-03. "drop
    # on Friday" the coming Friday 2015-03-06; "confirmed on Monday" yesterday, 2015-03-02;
    # "premieres Thursday at 9/8c" the coming Thursday 2015-03-05 with two clock times: "9" is
    # 9 p.m. Eastern, 2015-03-05T21:00, and "8c" the same moment as 8 p.m. Central,
    # 2015-03-05T20:00, each keeping its local value like a local time and its GMT equivalent
    # (gold_blind28, gold_blind46); "the next day" after the premiere 2015-03-06. "the spring"
    # ahead in March 2015-SP; "a year after the fifth season ended" an anchored duration, P1Y;
    # "Leaving soon" -> "soon" FUTURE_REF (gold_blind17); "the end of the month" 2015-03;
    # Kestrel's fiscal year is not described, so "the fourth quarter" is the calendar quarter
    # last reported, 2014-Q4, and "a year earlier" after it 2013-Q4 (gold_blind35); "the past
    # year" P1Y (gold_blind35); "the coming months" PXM. "the 2012 cooking contest" an
    # adjectival year, "the 1990s family sitcom" an adjectival decade (gold_blind76).
    # Not annotated: the titles "Seventy-Two" (headline and body, beside the annotated "72
    # hours"), "Harbor Nights"; "Season one", "The second season", "the fifth season",
    # "S01E05", "13 episodes", "All ten episodes", "TV-MA", "NBC", subscriber figures.
    "streaming-week-seventy-two-harbor-nights": (
        "2015-03-03",
        [
            ("this week", "DATE", "2015-W10"),
            ("March 3, 2015", "DATE", "2015-03-03"),
            ("11:40 AM ET", "TIME", "2015-03-03T11:40"),
            ("March", "DATE", "2015-03"),
            ("this week", "DATE", "2015-W10"),
            ("Friday", "DATE", "2015-03-06"),
            ("72 hours", "DURATION", "PT72H"),
            ("roughly seven hours", "DURATION", "PT7H"),
            ("now", "DATE", "PRESENT_REF"),
            ("the spring", "DATE", "2015-SP"),
            ("Monday", "DATE", "2015-03-02"),
            ("weekly", "SET", "P1W"),
            ("Wednesdays", "SET", "XXXX-WXX-3"),
            ("March 13", "DATE", "2015-03-13"),
            ("a year", "DURATION", "P1Y"),
            ("late last year", "DATE", "2014"),
            ("2011", "DATE", "2011"),
            ("Thursday", "DATE", "2015-03-05"),
            ("9", "TIME", "2015-03-05T21:00"),
            ("8c", "TIME", "2015-03-05T20:00"),
            ("the next day", "DATE", "2015-03-06"),
            ("soon", "DATE", "FUTURE_REF"),
            ("2012", "DATE", "2012"),
            ("March 31", "DATE", "2015-03-31"),
            ("three years", "DURATION", "P3Y"),
            ("the 1990s", "DATE", "199"),
            ("the end of the month", "DATE", "2015-03"),
            ("22-minute", "DURATION", "PT22M"),
            ("the fourth quarter", "DATE", "2014-Q4"),
            ("a year earlier", "DATE", "2013-Q4"),
            ("last month", "DATE", "2015-02"),
            ("the coming months", "DURATION", "PXM"),
            ("the past year", "DURATION", "P1Y"),
            ("every Tuesday", "SET", "XXXX-WXX-2"),
        ],
    ),
    # Sunday 2013-09-08 (ISO week 36), US paper's fall film release calendar, section label,
    # headline, byline, date line "Sunday, September 8, 2013"; month headings "SEPTEMBER" to
    # "DECEMBER" are DATEs of 2013. "The summer" just ended 2013-SU (gold_blind43); "opens
    # nationwide on Friday" and "this Friday, the 13th" are the coming Friday 2013-09-13, "the
    # 13th" a second DATE with its article (gold_blind43); "said on Thursday" past, 2013-09-05;
    # "last week" 2013-W35. "two days later" after the premiere on Oct. 16 is Friday 2013-10-18;
    # "last fall" in September (before the equinox) 2012-FA (gold_blind43); "was to open in
    # July" the July just past, 2013-07; "the Wednesday before Thanksgiving" one DATE span
    # (gold_blind57), Thanksgiving 2013 being Thursday 28 November; "a Christmas Day release"
    # -> "Christmas Day" 2013-12-25, an attributive holiday naming what happens on it this year
    # (gold_blind57); "next summer" 2014-SU, confirmed by "June 27, 2014". "90 minutes" (the
    # plot), "118 minutes" and "three hours and four minutes" (running times, PT184M, fractions
    # to a smaller unit as in gold_blind24); "a decade in the making" P10Y; "three more months"
    # P3M with the modifier kept (like "another three months", gold_blind40).
    # Not annotated: "FALL MOVIE PREVIEW" (a standing section name), "the season's" (a trade
    # season), the titles "Winter 1963", "Four Sundays", "Room 1208", "The Night Clerk",
    # "Wintergreen"; "PG-13", "R", "PG"; "may" (verb); "the date Hollywood saves"; "the school
    # holidays"; "12 cities", "six states".
    "fall-movie-release-calendar": (
        "2013-09-08",
        [
            ("Sunday, September 8, 2013", "DATE", "2013-09-08"),
            ("The summer", "DATE", "2013-SU"),
            ("the next four months", "DURATION", "P4M"),
            ("SEPTEMBER", "DATE", "2013-09"),
            ("Friday", "DATE", "2013-09-13"),
            ("90 minutes", "DURATION", "PT90M"),
            ("118 minutes", "DURATION", "PT118M"),
            ("Sept. 27", "DATE", "2013-09-27"),
            ("a decade", "DURATION", "P10Y"),
            ("OCTOBER", "DATE", "2013-10"),
            ("Oct. 16", "DATE", "2013-10-16"),
            ("two days later", "DATE", "2013-10-18"),
            ("last fall", "DATE", "2012-FA"),
            ("Oct. 25", "DATE", "2013-10-25"),
            ("mid-2012", "DATE", "2012"),
            ("now", "DATE", "PRESENT_REF"),
            ("NOVEMBER", "DATE", "2013-11"),
            ("Nov. 8", "DATE", "2013-11-08"),
            ("July", "DATE", "2013-07"),
            ("last week", "DATE", "2013-W35"),
            ("three more months", "DURATION", "P3M"),
            ("Nov. 27", "DATE", "2013-11-27"),
            ("the Wednesday before Thanksgiving", "DATE", "2013-11-27"),
            ("DECEMBER", "DATE", "2013-12"),
            ("Christmas Day", "DATE", "2013-12-25"),
            ("three hours and four minutes", "DURATION", "PT184M"),
            ("Dec. 20", "DATE", "2013-12-20"),
            ("next summer", "DATE", "2014-SU"),
            ("Thursday", "DATE", "2013-09-05"),
            ("June 27, 2014", "DATE", "2014-06-27"),
            ("Oct. 4", "DATE", "2013-10-04"),
            ("this Friday", "DATE", "2013-09-13"),
            ("the 13th", "DATE", "2013-09-13"),
        ],
    ),
    # Monday 2012-11-19 (ISO week 47), Australian news website's TV ratings story, section
    # label, headline, byline, stamp "Monday 19 November 2012 - 2:35pm AEDT" (Sydney on daylight
    # time), "SYDNEY:" dateline. "Sunday night's finale" -> "Sunday night" 2012-11-18TNI, the
    # announcement "at 8.52pm AEDT" on that night; "this morning" and "today" the publication
    # day; "the weekend" just gone 2012-W46-WE (gold_blind28); "the final two weeks of the
    # ratings year" an ordinal period of an event, DURATION P2W (gold_blind43's "the final six
    # weeks"), the ratings year itself a trade season left out; "1 December" 2012-12-01. "began
    # on 5 August" 2012-08-05; "filmed over 12 weeks from March" 2012-03; "since Anzac Day" 25
    # April 2012; "in January" ahead 2013-01 and "a mid-2013 launch" 2013; "the 7.30pm slot on
    # Sundays" a TIME on no particular day and a SET (like the hours of gold_blind62 and
    # gold_blind76), "in August" 2012-08; "last year" 2011; "Earlier this month" 2012-11;
    # "since launching in May" 2012-05; "on Wednesday" (future, "will try again") 2012-11-21
    # and "on Thursday" 2012-11-22, each with its 8.30pm; "On Wednesday last week" one span
    # like "September last year" (gold_blind18), 2012-11-14. "Sundays have been the most
    # valuable night" a SET; "more than a decade" P10Y; "recent years" PAST_REF.
    # Not annotated: network names "Seven", "Nine", "Ten", "7mate", "GEM", "SBS ONE"; "Seven's
    # year" and "the ratings year" (twice); "the summer non-ratings period" (a trade season);
    # "Its Sunday movie" and "its Saturday night panel show" (kinds of programme, like "the
    # Sunday service" in gold_blind76); the title "Twelve O'Clock Rock"; ratings figures.
    "fixer-street-finale-ratings": (
        "2012-11-19",
        [
            ("Monday 19 November 2012", "DATE", "2012-11-19"),
            ("2:35pm AEDT", "TIME", "2012-11-19T14:35"),
            ("Sunday night", "TIME", "2012-11-18TNI"),
            ("this year", "DATE", "2012"),
            ("2011", "DATE", "2011"),
            ("this morning", "TIME", "2012-11-19TMO"),
            ("8.52pm AEDT", "TIME", "2012-11-18T20:52"),
            ("two-hour", "DURATION", "PT2H"),
            ("the weekend", "DATE", "2012-W46-WE"),
            ("the final two weeks", "DURATION", "P2W"),
            ("1 December", "DATE", "2012-12-01"),
            ("5 August", "DATE", "2012-08-05"),
            ("14 weeks", "DURATION", "P14W"),
            ("today", "DATE", "2012-11-19"),
            ("January", "DATE", "2013-01"),
            ("mid-2013", "DATE", "2013"),
            ("12 weeks", "DURATION", "P12W"),
            ("March", "DATE", "2012-03"),
            ("Anzac Day", "DATE", "2012-04-25"),
            ("7.30pm", "TIME", "XXXX-XX-XXT19:30"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("August", "DATE", "2012-08"),
            ("last year", "DATE", "2011"),
            ("Earlier this month", "DATE", "2012-11"),
            ("Wednesdays", "SET", "XXXX-WXX-3"),
            ("2009", "DATE", "2009"),
            ("May", "DATE", "2012-05"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("more than a decade", "DURATION", "P10Y"),
            ("recent years", "DATE", "PAST_REF"),
            ("now", "DATE", "PRESENT_REF"),
            ("Wednesday", "DATE", "2012-11-21"),
            ("8.30pm", "TIME", "2012-11-21T20:30"),
            ("Thursday", "DATE", "2012-11-22"),
            ("8.30pm", "TIME", "2012-11-22T20:30"),
            ("Wednesday last week", "DATE", "2012-11-14"),
        ],
    ),
    # Friday 2014-12-12 (ISO week 50), British paper's media page on a year-long anniversary
    # season, section label, headline ("a year of birthday programmes" -> "a year" DURATION),
    # standfirst ("next November", "New Year's Day"), byline, date line "Friday 12 December
    # 2014". The season runs "throughout next year" -> "next year" 2015 ("throughout" a signal,
    # gold_blind27); "New Year's Day" 2015-01-01 (standfirst and body) and its "7pm"; the first
    # episode "at 4.45pm on 23 November 1965", a Tuesday, two TIMEX3; "From January" 2015-01;
    # "weekly, on Saturday mornings" SET P1W and SET XXXX-WXX-6TMO (like "Thursday evenings" in
    # gold_blind76); "filmed over the summer" (past participle, for a series starting in the
    # spring) 2014-SU; "the spring", "the autumn" ahead 2015-SP, 2015-FA; "the second half of
    # 2015" and "the first quarter of next year" one span each (gold_blind35, gold_blind79).
    # "the 4.45pm slot" a TIME on no particular day, held "for 26 years" (1965-1991); "five
    # days a week" SET P1W (gold_blind46's "six days a week"); "47 years" (1965-2012); "the
    # Christmas Eve edition of 1977" -> "Christmas Eve" 1977-12-24 (the edition went out on
    # that holiday of that year, gold_blind57) and "1977"; "last year" 2013; "monthly" SET;
    # "every week since March" a SET and the March just past, 2014-03; "tomorrow night"
    # 2014-12-13TNI; "next week" 2014-W51.
    # Not annotated: "at 50" and "turns 50" (ages), "the 50th anniversary", "the anniversary
    # special", the title "Fifty Years on the Lane", "Studio 3", "20-part", "Episode 1 of
    # series 12", "BBC Four", "BBC One", "CBBC", "11.4 million viewers", "still".
    "larkspur-lane-fifty-years-season": (
        "2014-12-12",
        [
            ("a year", "DURATION", "P1Y"),
            ("next November", "DATE", "2015-11"),
            ("New Year's Day", "DATE", "2015-01-01"),
            ("Friday 12 December 2014", "DATE", "2014-12-12"),
            ("next year", "DATE", "2015"),
            ("75-minute", "DURATION", "PT75M"),
            ("23 November 2015", "DATE", "2015-11-23"),
            ("4.45pm", "TIME", "1965-11-23T16:45"),
            ("23 November 1965", "DATE", "1965-11-23"),
            ("New Year's Day", "DATE", "2015-01-01"),
            ("7pm", "TIME", "2015-01-01T19:00"),
            ("January", "DATE", "2015-01"),
            ("weekly", "SET", "P1W"),
            ("Saturday mornings", "SET", "XXXX-WXX-6TMO"),
            ("the summer", "DATE", "2014-SU"),
            ("the spring", "DATE", "2015-SP"),
            ("the autumn", "DATE", "2015-FA"),
            ("the second half of 2015", "DATE", "2015-H2"),
            ("4.45pm", "TIME", "XXXX-XX-XXT16:45"),
            ("26 years", "DURATION", "P26Y"),
            ("five days a week", "SET", "P1W"),
            ("1991", "DATE", "1991"),
            ("2012", "DATE", "2012"),
            ("47 years", "DURATION", "P47Y"),
            ("the 1970s", "DATE", "197"),
            ("Christmas Eve", "DATE", "1977-12-24"),
            ("1977", "DATE", "1977"),
            ("last year", "DATE", "2013"),
            ("monthly", "SET", "P1M"),
            ("the 1980s", "DATE", "198"),
            ("now", "DATE", "PRESENT_REF"),
            ("18 months", "DURATION", "P18M"),
            ("every week", "SET", "P1W"),
            ("March", "DATE", "2014-03"),
            ("the first quarter of next year", "DATE", "2015-Q1"),
            ("tomorrow night", "TIME", "2014-12-13TNI"),
            ("next week", "DATE", "2014-W51"),
            ("1976", "DATE", "1976"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
