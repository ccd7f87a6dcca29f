"""Annotations of the two-hundred-and-seventy-sixth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind276/annotate.py [--show]

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
    # Monday 2013-02-11 (ISO week 7), wire-service "TIMELINE-" factbox, stamp "Mon Feb 11,
    # 2013 6:42am EST" (DATE with its abbreviated weekday, one span, and TIME with the zone in
    # the span and not in the value, gold_blind56, gold_blind92) and the dateline "Feb 11
    # (Reuters) -" (DATE of the publication day). The headline's "six-month" is an adjectival
    # duration P6M (6 August to 10 February). Past weekday: the vote "on Sunday" 2013-02-10,
    # which the box's "Feb 10" line confirms; future: "at 6 a.m. on Wednesday" 2013-02-13T06:00
    # and 2013-02-13, confirmed by the "Feb 13" line. "last August" 2012-08; "in more than two
    # decades" DURATION P20Y (the period of a superlative, gold_blind56, gold_blind103); "in
    # 1991, lasted 97 days" 1991 and P97D. The box gives the year once ("Aug 6, 2012"); the
    # bare lines after it take 2012 until the box crosses the year boundary: "Jan 7", "Jan 22",
    # "Feb 1", "Feb 10", "Feb 13" are 2013, because the box runs in date order and a month
    # earlier than the line above starts the next year (see README; it is also the nearest
    # past or coming occurrence from the publication day). "the next day" after Aug 9 ->
    # 2012-08-10; "two weeks later" after Oct 2 (week 40) -> 2012-W42, the unit's granularity
    # (gold_blind58); "That evening" on the Dec 24 line 2012-12-24TEV; "Late August" and
    # "Mid-November" the months (modifier kept in the span, not recorded); "September" and
    # "October" (shipments due) 2012-09 and 2012-10, the months of the Late August line's
    # year; "within 30 days" -> "30 days" P30D; "a three-year offer" P3Y; "a break of three
    # weeks" P3W; "fourth-quarter" 2012-Q4 (no fiscal calendar given) and "a year earlier"
    # after it 2011-Q4 (the granularity of what it is compared with, gold_blind35); "by the end
    # of March" 2013-03; "backdated to Jan 1" 2013-01-01 ("backdated to" a signal like
    # "retroactive to", gold_blind35); "January 2014"; "at 4 p.m." on the Feb 10 line
    # 2013-02-10T16:00; "until at least mid-April" -> "at least mid-April" 2013-04. Not
    # annotated: "No. 4 shaft" (twice), "2,013 tarvs" (an amount that looks like the year of
    # the story), "1,614 to 388" (a vote count), "14 percent", "8 percent", "61 percent", "10
    # percent", "7 percent", "2,400", "11 people", "$210 million", "38,000 tonnes", "17
    # pickets", "3,000 people", "900 jobs", "TIMELINE", "for good" (an idiom).
    "reuters-timeline-ombara-copper-strike": (
        "2013-02-11",
        [
            ("six-month", "DURATION", "P6M"),
            ("Mon Feb 11, 2013", "DATE", "2013-02-11"),
            ("6:42am EST", "TIME", "2013-02-11T06:42"),
            ("Feb 11", "DATE", "2013-02-11"),
            ("Sunday", "DATE", "2013-02-10"),
            ("last August", "DATE", "2012-08"),
            ("more than two decades", "DURATION", "P20Y"),
            ("6 a.m.", "TIME", "2013-02-13T06:00"),
            ("Wednesday", "DATE", "2013-02-13"),
            ("1991", "DATE", "1991"),
            ("97 days", "DURATION", "P97D"),
            ("Aug 6, 2012", "DATE", "2012-08-06"),
            ("Aug 9", "DATE", "2012-08-09"),
            ("the next day", "DATE", "2012-08-10"),
            ("Late August", "DATE", "2012-08"),
            ("September", "DATE", "2012-09"),
            ("October", "DATE", "2012-10"),
            ("Sept 18", "DATE", "2012-09-18"),
            ("30 days", "DURATION", "P30D"),
            ("Oct 2", "DATE", "2012-10-02"),
            ("two weeks later", "DATE", "2012-W42"),
            ("Mid-November", "DATE", "2012-11"),
            ("Dec 14", "DATE", "2012-12-14"),
            ("three-year", "DURATION", "P3Y"),
            ("Dec 24", "DATE", "2012-12-24"),
            ("That evening", "TIME", "2012-12-24TEV"),
            ("Jan 7", "DATE", "2013-01-07"),
            ("three weeks", "DURATION", "P3W"),
            ("Jan 22", "DATE", "2013-01-22"),
            ("fourth-quarter", "DATE", "2012-Q4"),
            ("a year earlier", "DATE", "2011-Q4"),
            ("the end of March", "DATE", "2013-03"),
            ("Feb 1", "DATE", "2013-02-01"),
            ("Jan 1", "DATE", "2013-01-01"),
            ("January 2014", "DATE", "2014-01"),
            ("Feb 10", "DATE", "2013-02-10"),
            ("4 p.m.", "TIME", "2013-02-10T16:00"),
            ("Feb 13", "DATE", "2013-02-13"),
            ("at least mid-April", "DATE", "2013-04"),
        ],
    ),
    # Thursday 2014-10-09 (ISO week 41), Irish national daily's website, headline, standfirst,
    # byline, web stamp "Thu, Oct 9, 2014, 01:00" (a DATE and a TIME, gold_blind92), then a
    # short news story and a "How the crisis unfolded" chronology with Irish ordinal dates
    # ("July 21st:"), all 2014. "11 weeks" (headline and lead) P11W, 24 July to 10 October;
    # "three weeks of clear tests" (standfirst) P3W. "at noon tomorrow" -> "noon"
    # 2014-10-10T12:00 and "tomorrow" 2014-10-10, two TIMEX3; "last night" the night of
    # yesterday, 2014-10-08TNI (gold_blind35); "since July 24th" 2014-07-24; "since ... 2007";
    # "over the past fortnight" -> "the past fortnight" P2W (gold_blind9); the HSE "agreed on
    # Monday" 2014-10-06, confirmed by the "October 6th:" line; "this summer" 2014-SU; "by the
    # end of January" 2015-01, the next January; "for at least two minutes" PT2M. The box:
    # "That evening" on the July 24th line 2014-07-24TEV; the water stations' hours "from 8am
    # to 8pm daily" -> two TIMEs XXXX-XX-XXThh:mm and the SET P1D (hours of a recurring
    # service, gold_blind28, gold_blind64); "Early August" 2014-08; "the August bank holiday
    # weekend" -> 2014-W31-WE: the Irish August bank holiday is the first Monday of August,
    # 2014-08-04, and its weekend takes the ISO week of its Saturday (2 August), like "the
    # Memorial Day weekend" (gold_blind64) and "the long weekend" (gold_blind103); "within six
    # weeks" P6W; "the following Tuesday" after Friday 15 August -> 2014-08-19; "two weeks
    # behind schedule" P2W (the size of a delay, gold_blind35); "at 11.30am on September 5th"
    # two TIMEX3; "three consecutive weeks" P3W (a cardinal run, gold_blind103); "at noon on
    # Friday" 2014-10-10T12:00 and 2014-10-10. Not annotated: "1800 201 407" (a freephone
    # number opening with a year-like 1800), "14,000 people", "Three children", "four sites",
    # "Twenty-six cases", "more than 600 people", "B&Bs", "HSE", "GAA", "UV".
    "ballinacree-boil-water-notice-chronology": (
        "2014-10-09",
        [
            ("11 weeks", "DURATION", "P11W"),
            ("three weeks", "DURATION", "P3W"),
            ("Thu, Oct 9, 2014", "DATE", "2014-10-09"),
            ("01:00", "TIME", "2014-10-09T01:00"),
            ("noon", "TIME", "2014-10-10T12:00"),
            ("tomorrow", "DATE", "2014-10-10"),
            ("last night", "TIME", "2014-10-08TNI"),
            ("11 weeks", "DURATION", "P11W"),
            ("July 24th", "DATE", "2014-07-24"),
            ("2007", "DATE", "2007"),
            ("the past fortnight", "DURATION", "P2W"),
            ("Monday", "DATE", "2014-10-06"),
            ("this summer", "DATE", "2014-SU"),
            ("the end of January", "DATE", "2015-01"),
            ("at least two minutes", "DURATION", "PT2M"),
            ("July 21st", "DATE", "2014-07-21"),
            ("July 24th", "DATE", "2014-07-24"),
            ("That evening", "TIME", "2014-07-24TEV"),
            ("July 25th", "DATE", "2014-07-25"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
            ("Early August", "DATE", "2014-08"),
            ("July 28th", "DATE", "2014-07-28"),
            ("the August bank holiday weekend", "DATE", "2014-W31-WE"),
            ("August 12th", "DATE", "2014-08-12"),
            ("six weeks", "DURATION", "P6W"),
            ("August 15th", "DATE", "2014-08-15"),
            ("the following Tuesday", "DATE", "2014-08-19"),
            ("September 3rd", "DATE", "2014-09-03"),
            ("two weeks", "DURATION", "P2W"),
            ("11.30am", "TIME", "2014-09-05T11:30"),
            ("September 5th", "DATE", "2014-09-05"),
            ("September 15th", "DATE", "2014-09-15"),
            ("three consecutive weeks", "DURATION", "P3W"),
            ("October 6th", "DATE", "2014-10-06"),
            ("noon", "TIME", "2014-10-10T12:00"),
            ("Friday", "DATE", "2014-10-10"),
        ],
    ),
    # Wednesday 2015-07-15 (ISO week 29), US local weekly's "From our archives" column, masthead
    # and date line "Wednesday, July 15, 2015" (one span with its weekday). The compiler's note
    # resolves from the publication day: "1887"; the reading room's hours "Tuesdays and
    # Thursdays from 10 a.m. to 4 p.m." -> SETs XXXX-WXX-2 and XXXX-WXX-4 (like "on Sundays",
    # gold_blind64) and two TIMEs XXXX-XX-XXThh:mm. The headings "25 years ago this week", "50
    # years ago this week", "100 years ago this week" are one DATE span each, the ISO week with
    # the current week's number N years back (gold_blind30, gold_blind50, gold_blind58):
    # 1990-W29, 1965-W29, 1915-W29; each archive issue line ("The Courier, Thursday, July 19,
    # 1990", "Wednesday, July 21, 1965", "Wednesday, July 21, 1915") is one DATE span that falls
    # in that week, which confirms it. Every relative expression in an archive item is read
    # against the date of its own issue, not the 2015 publication day, as the archive clip of
    # gold_blind30 and the dated letters of gold_blind50 were (see README). 1990 issue
    # (Thursday 1990-07-19): "last Monday" 1990-07-16 (the most recent Monday, gold_blind10);
    # "since 1927"; "next spring" 1991-SP; "about eight months" P8M; "Yesterday's heat" ->
    # "Yesterday" 1990-07-18 and "3 p.m." that day; "July 1936"; "Saturday" (past) 1990-07-14;
    # "next week" 1990-W30. 1965 issue (Wednesday 1965-07-21): "yesterday afternoon"
    # 1965-07-20TAF; "14 months after" P14M (a duration anchored to an event); "mark 60 years
    # as organist" P60Y (how long she has played, not an age); "on Sunday" 1965-07-25 and "the
    # 10:30 a.m. service" that day; "opens Tuesday, Aug. 3" one span 1965-08-03; "five-day"
    # P5D; "at 8 a.m. daily" XXXX-XX-XXT08:00 and SET P1D (the fair's gate hour every day);
    # "through Saturday" 1965-07-24, the coming Saturday. 1915 issue (Wednesday 1915-07-21):
    # "Monday night" 1915-07-19TNI; "last Thursday" 1915-07-15; "annual picnic" -> "annual"
    # SET P1Y (gold_blind64); "at 9 in the evening" one TIME span 1915-07-15T21:00, "in the
    # evening" the p.m. marker (like "about 5 in the morning", gold_blind65); "two weeks late"
    # P2W (a delay); "the wet June" -> "June" 1915-06, the head noun (like "a wetter than
    # average autumn", gold_blind103); "from next Monday until Aug. 2" 1915-07-26 (the coming
    # Monday) and 1915-08-02. Not annotated: "212 Mill St.", "555-1887" (a phone number beside
    # the annotated 1887), "4-1" (a vote), "97 degrees", "9-7" and "eight innings" (a score and
    # a period of play), "Route 12", "81" (an age), "50 cents", "49 cents", "$1,200",
    # "Forty-two members", "this week" on its own (always part of a heading span).
    "harlow-valley-courier-from-our-archives": (
        "2015-07-15",
        [
            ("Wednesday, July 15, 2015", "DATE", "2015-07-15"),
            ("1887", "DATE", "1887"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("4 p.m.", "TIME", "XXXX-XX-XXT16:00"),
            ("25 years ago this week", "DATE", "1990-W29"),
            ("Thursday, July 19, 1990", "DATE", "1990-07-19"),
            ("last Monday", "DATE", "1990-07-16"),
            ("1927", "DATE", "1927"),
            ("next spring", "DATE", "1991-SP"),
            ("about eight months", "DURATION", "P8M"),
            ("Yesterday", "DATE", "1990-07-18"),
            ("3 p.m.", "TIME", "1990-07-18T15:00"),
            ("July 1936", "DATE", "1936-07"),
            ("Saturday", "DATE", "1990-07-14"),
            ("next week", "DATE", "1990-W30"),
            ("50 years ago this week", "DATE", "1965-W29"),
            ("Wednesday, July 21, 1965", "DATE", "1965-07-21"),
            ("yesterday afternoon", "TIME", "1965-07-20TAF"),
            ("14 months", "DURATION", "P14M"),
            ("60 years", "DURATION", "P60Y"),
            ("Sunday", "DATE", "1965-07-25"),
            ("10:30 a.m.", "TIME", "1965-07-25T10:30"),
            ("Tuesday, Aug. 3", "DATE", "1965-08-03"),
            ("five-day", "DURATION", "P5D"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("daily", "SET", "P1D"),
            ("Saturday", "DATE", "1965-07-24"),
            ("100 years ago this week", "DATE", "1915-W29"),
            ("Wednesday, July 21, 1915", "DATE", "1915-07-21"),
            ("Monday night", "TIME", "1915-07-19TNI"),
            ("last Thursday", "DATE", "1915-07-15"),
            ("annual", "SET", "P1Y"),
            ("9 in the evening", "TIME", "1915-07-15T21:00"),
            ("two weeks", "DURATION", "P2W"),
            ("June", "DATE", "1915-06"),
            ("next Monday", "DATE", "1915-07-26"),
            ("Aug. 2", "DATE", "1915-08-02"),
        ],
    ),
    # Friday 2012-11-23 (ISO week 47), Canadian local daily's "This day in history" almanac,
    # title "THIS DAY IN HISTORY: NOV. 23" ("NOV. 23" DATE of the publication day; "THIS DAY
    # IN HISTORY" names the calendar day in every year, no single value, like "this date"
    # alone in gold_blind64, and is not annotated), date line "The Kettle Bay Chronicle,
    # Friday, November 23, 2012". 2012 is a leap year: 23 November is its 328th day and 366 -
    # 328 = 38 days are left. "Today", "Friday, Nov. 23" and "the 328th day of 2012" three
    # DATEs of the publication day, "38 days" P38D and "the year" 2012 (gold_blind64). "On this
    # date in 1944" -> "this date in 1944" one span 1944-11-23 (a Thursday; gold_blind64), so
    # the highlight's story line has a day: "about 11 p.m." 1944-11-23T23:00 (approximator
    # kept); "nearly six hours" PT6H; "three weeks before its 50th anniversary" -> "three
    # weeks" P3W only; "The next day" 1944-11-24; "until the following Wednesday" 1944-11-29;
    # "October 1947". The other items' bare years are the years they name (gold_blind64), and
    # no day-level anchor is counted from them: "1783" with "19 days" P19D; "1869"; "1908" with
    # "every winter" SET XXXX-WI, "until the 1930s" 193 and "in the 1920s" 192; "1957" with
    # "two years" P2Y and "since the late 18th century" 17 (gold_blind4: the century's first two
    # digits); "1972" with "after 104 years" P104Y; "1988" with "18 hours" PT18H and "three
    # days" P3D. "Ten years ago" 2002, "Five years ago" 2007, "One year ago" 2011 (the unit's
    # granularity, gold_blind64); "by 2005"; "a 10-year lease" P10Y; "three months" P3M. The
    # closing "Today" is the publication day, the talk "at 7 p.m." 2012-11-23T19:00. Not
    # annotated: "THIS DAY IN HISTORY", "its 50th anniversary" and "the 68th anniversary"
    # (ordinal anniversaries, gold_blind8, gold_blind15, gold_blind58), "A 10-word message",
    # "25 cents", "four times", "340 people", "61 centimetres", "7-2" (a vote), the ages "79",
    # "64", "27", "902-555-1944" (a phone number ending in the annotated 1944), the labels
    # "Highlight:", "Other events:", "Birthdays:".
    "kettle-bay-chronicle-this-day-in-history": (
        "2012-11-23",
        [
            ("NOV. 23", "DATE", "2012-11-23"),
            ("Friday, November 23, 2012", "DATE", "2012-11-23"),
            ("Today", "DATE", "2012-11-23"),
            ("Friday, Nov. 23", "DATE", "2012-11-23"),
            ("the 328th day of 2012", "DATE", "2012-11-23"),
            ("38 days", "DURATION", "P38D"),
            ("the year", "DATE", "2012"),
            ("this date in 1944", "DATE", "1944-11-23"),
            ("three weeks", "DURATION", "P3W"),
            ("about 11 p.m.", "TIME", "1944-11-23T23:00"),
            ("nearly six hours", "DURATION", "PT6H"),
            ("The next day", "DATE", "1944-11-24"),
            ("the following Wednesday", "DATE", "1944-11-29"),
            ("October 1947", "DATE", "1947-10"),
            ("1783", "DATE", "1783"),
            ("19 days", "DURATION", "P19D"),
            ("1869", "DATE", "1869"),
            ("1908", "DATE", "1908"),
            ("every winter", "SET", "XXXX-WI"),
            ("the 1930s", "DATE", "193"),
            ("the 1920s", "DATE", "192"),
            ("1957", "DATE", "1957"),
            ("two years", "DURATION", "P2Y"),
            ("the late 18th century", "DATE", "17"),
            ("1972", "DATE", "1972"),
            ("104 years", "DURATION", "P104Y"),
            ("1988", "DATE", "1988"),
            ("18 hours", "DURATION", "PT18H"),
            ("three days", "DURATION", "P3D"),
            ("Ten years ago", "DATE", "2002"),
            ("2005", "DATE", "2005"),
            ("Five years ago", "DATE", "2007"),
            ("10-year", "DURATION", "P10Y"),
            ("One year ago", "DATE", "2011"),
            ("three months", "DURATION", "P3M"),
            ("Today", "DATE", "2012-11-23"),
            ("7 p.m.", "TIME", "2012-11-23T19:00"),
        ],
    ),
    # Saturday 2014-08-23 (ISO week 34), Australian metropolitan paper's business story with a
    # company-history box, section label, headline, standfirst, stamp "Published: August 23,
    # 2014 - 12:15AM" (DATE and TIME 2014-08-23T00:15), byline. Merrigal's financial year ends
    # June 30 and is named by the year it ends (gold_blind28, gold_blind94): "Full-year"
    # (standfirst) and "full-year profit" FY2014 (gold_blind28's headline "full-year"); "the
    # year to June 30" -> "the year" FY2014 and "June 30" 2014-06-30, two TIMEX3 (like "the
    # fiscal year that ends March 31", gold_blind64); "a year earlier" after it FY2013; "the
    # 2015 financial year" FY2015; "first-quarter volumes" FY2015-Q1 (the company's quarter,
    # gold_blind58) and "a year earlier" after it FY2014-Q1. "now in its third year" -> "its
    # third year" DURATION P3Y (how long the drought has run, like "its fourth week",
    # gold_blind35). Past weekdays: "said on Thursday" 2014-08-21, "fell 6 per cent on Friday"
    # 2014-08-22; future: "on Monday" 2014-08-25. "since October 2011"; "over the 12 months" ->
    # "the 12 months" P12M; "between February and May" 2014-02 and 2014-05; "in 1996"; "for 11
    # years" P11Y; "retire in March" (standfirst and body) 2015-03, the coming March; "before
    # Christmas" 2014-12-25; "The last six months" P6M (a period measured back from now);
    # "October 2" 2014-10-02. Box: the year labels are DATEs ("1923", "1958", "1987", "2008",
    # "2011"); "1950s" without article 195; "March 1994"; "1999-2001" two DATEs (year ranges
    # at their two ends, gold_blind58); "the year to June 30, 2008" -> "the year" FY2008 and
    # "June 30, 2008"; "Floods in January" 2011-01 after "2011"; "five weeks" P5W; the label
    # "2012-13 financial year" one span FY2013 (like "the 2013-14 financial year" FY2014,
    # gold_blind94); "August 2014". Not annotated: "merrigal.com.au/2014-results" (a web
    # address with a year), "31 per cent" (three times), "$42.6 million", "$61.7 million", "6
    # per cent", "$3.14", "12 per cent", "640 million litres", "twice" (a count), "9.5 cents",
    # "38 dairy farmers", "$1.20 a share", "three cheese makers", "$186 million", "$74
    # million", "18 per cent", "ASX", "final dividend" ("final" is not temporal here).
    "merrigal-foods-profit-company-history": (
        "2014-08-23",
        [
            ("Full-year", "DATE", "FY2014"),
            ("March", "DATE", "2015-03"),
            ("August 23, 2014", "DATE", "2014-08-23"),
            ("12:15AM", "TIME", "2014-08-23T00:15"),
            ("its third year", "DURATION", "P3Y"),
            ("full-year", "DATE", "FY2014"),
            ("the year", "DATE", "FY2014"),
            ("June 30", "DATE", "2014-06-30"),
            ("a year earlier", "DATE", "FY2013"),
            ("Thursday", "DATE", "2014-08-21"),
            ("Friday", "DATE", "2014-08-22"),
            ("October 2011", "DATE", "2011-10"),
            ("the 12 months", "DURATION", "P12M"),
            ("February", "DATE", "2014-02"),
            ("May", "DATE", "2014-05"),
            ("1996", "DATE", "1996"),
            ("11 years", "DURATION", "P11Y"),
            ("March", "DATE", "2015-03"),
            ("Christmas", "DATE", "2014-12-25"),
            ("The last six months", "DURATION", "P6M"),
            ("the 2015 financial year", "DATE", "FY2015"),
            ("first-quarter", "DATE", "FY2015-Q1"),
            ("a year earlier", "DATE", "FY2014-Q1"),
            ("October 2", "DATE", "2014-10-02"),
            ("Monday", "DATE", "2014-08-25"),
            ("1923", "DATE", "1923"),
            ("1950s", "DATE", "195"),
            ("1958", "DATE", "1958"),
            ("1987", "DATE", "1987"),
            ("March 1994", "DATE", "1994-03"),
            ("1999", "DATE", "1999"),
            ("2001", "DATE", "2001"),
            ("2008", "DATE", "2008"),
            ("the year", "DATE", "FY2008"),
            ("June 30, 2008", "DATE", "2008-06-30"),
            ("2011", "DATE", "2011"),
            ("January", "DATE", "2011-01"),
            ("five weeks", "DURATION", "P5W"),
            ("2012-13 financial year", "DATE", "FY2013"),
            ("August 2014", "DATE", "2014-08"),
        ],
    ),
    # Sunday 2015-05-03 (ISO week 18), British (Scottish) Sunday paper's sports story with a
    # career timeline box, section label, headline, standfirst, byline, date line "Sunday 3 May
    # 2015" (one span with its weekday). "yesterday" is Saturday 2015-05-02 and "last night"
    # its night, 2015-05-02TNI; "kick-off at 3pm" and "at 5.30pm" that day. "after 16 years in
    # the dugout" (headline) and "more than 16 years" P16Y (November 1998 to May 2015); "since
    # April 2009"; "announced on 17 April" 2015-04-17; "a minute's applause" -> "a minute"
    # PT1M (the possessive without its "'s"); "the summer of 1979" 1979-SU; "I've been here 36
    # years" P36Y; "Every Saturday afternoon" SET XXXX-WXX-6TAF. Future: "next Saturday"
    # 2015-05-09 (the Saturday of next week, the paper's own Saturday being over), "from 1
    # June" 2015-06-01, "late July" 2015-07, "8 August" 2015-08-08, "on Thursday night"
    # 2015-05-07TNI; past "On Friday" 2015-05-01. "the next few months" PXM. Box: "14 March
    # 1961"; "1979-1991" two DATEs; "1992"; "6 November 1998" and "a fortnight later" at the
    # unit's granularity, 1998-11-20 lies in 1998-W47 (gold_blind58's "two weeks later");
    # "1998-99" -> "1998" and "99" 1999 (a season named by two years, gold_blind43);
    # "May 2003"; "2 October 2007" and "11 days later" 2007-10-13 (gold_blind58's "four days
    # later"); "2011"; the year headings "2014" and "2015" are DATEs, and the year-less lines
    # under them take the heading's year: "3 March" 2014-03-03, "21 April" 2014-04-21 (seven
    # weeks later, "after seven weeks" P7W), "17 April" 2015-04-17, "2 May" 2015-05-02. Not
    # annotated: "the end of the season", "the new season starts", "the final day" (sports
    # seasons and their days, gold_blind43, gold_blind58), "17th, 52nd and 88th minutes"
    # (minutes of a match), "3-1", "6-0", "Ashby 3 Linlithgow Thistle 1" (scores), "3,116" (a
    # crowd), "54-year-old" and "18-year-old" (ages), "344 league games", "14-game unbeaten
    # run", "five straight defeats", "most of my life", "man and boy".
    "ashby-town-coyle-farewell-career": (
        "2015-05-03",
        [
            ("16 years", "DURATION", "P16Y"),
            ("Sunday 3 May 2015", "DATE", "2015-05-03"),
            ("yesterday", "DATE", "2015-05-02"),
            ("more than 16 years", "DURATION", "P16Y"),
            ("April 2009", "DATE", "2009-04"),
            ("17 April", "DATE", "2015-04-17"),
            ("a minute", "DURATION", "PT1M"),
            ("3pm", "TIME", "2015-05-02T15:00"),
            ("5.30pm", "TIME", "2015-05-02T17:30"),
            ("the summer of 1979", "DATE", "1979-SU"),
            ("36 years", "DURATION", "P36Y"),
            ("last night", "TIME", "2015-05-02TNI"),
            ("Every Saturday afternoon", "SET", "XXXX-WXX-6TAF"),
            ("next Saturday", "DATE", "2015-05-09"),
            ("Friday", "DATE", "2015-05-01"),
            ("1 June", "DATE", "2015-06-01"),
            ("late July", "DATE", "2015-07"),
            ("8 August", "DATE", "2015-08-08"),
            ("Thursday night", "TIME", "2015-05-07TNI"),
            ("the next few months", "DURATION", "PXM"),
            ("14 March 1961", "DATE", "1961-03-14"),
            ("1979", "DATE", "1979"),
            ("1991", "DATE", "1991"),
            ("1992", "DATE", "1992"),
            ("6 November 1998", "DATE", "1998-11-06"),
            ("a fortnight later", "DATE", "1998-W47"),
            ("1998", "DATE", "1998"),
            ("99", "DATE", "1999"),
            ("May 2003", "DATE", "2003-05"),
            ("2 October 2007", "DATE", "2007-10-02"),
            ("11 days later", "DATE", "2007-10-13"),
            ("2011", "DATE", "2011"),
            ("2014", "DATE", "2014"),
            ("3 March", "DATE", "2014-03-03"),
            ("21 April", "DATE", "2014-04-21"),
            ("seven weeks", "DURATION", "P7W"),
            ("2015", "DATE", "2015"),
            ("17 April", "DATE", "2015-04-17"),
            ("2 May", "DATE", "2015-05-02"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
