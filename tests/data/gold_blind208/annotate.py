"""Annotations of the two-hundred-and-eighth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind208/annotate.py [--show]

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
    # Wednesday 2014-10-01 (ISO week 40), US regional paper's outdoors page, headline, byline,
    # stamp "Posted: Wednesday, October 1, 2014 6:00 am" (the date with its weekday one DATE,
    # the clock time a TIME), "MARSHFORD, Minn. —" dateline. The opener "opens half an hour
    # before sunrise on the second Saturday in October, Oct. 11": "half an hour" PT30M (an
    # anchored duration alone, gold_blind96's "about an hour before sunrise"), "sunrise" TIME
    # 2014-10-11TMO (gold_blind59, gold_blind96), "the second Saturday in October" one DATE
    # 2014-10-11 (like "the first Monday in October", gold_blind47) and "Oct. 11" again.
    # "pushed back a week" (headline) and "a week later" the size of a delay, P1W; "last
    # year's opener on Oct. 5" -> "last year" 2013 and 2013-10-05. "this spring" 2014-SP and
    # "a year earlier" after it 2013-SP (the granularity of what it is compared with,
    # gold_blind35); "for years" PXY. The general shooting hours "from half an hour before
    # sunrise to sunset each day" recur: "sunrise" XXXX-XX-XXTMO, "sunset" XXXX-XX-XXTEV (like
    # the daily iftar "at sunset", gold_blind79), "each day" SET P1D. "This time last year"
    # 2013 (gold_blind46); "mid-October" 2014-10; "Friday night" 2014-10-03TNI (future); "the
    # weekend" 2014-W40-WE (4-5 October); "last Saturday, Sept. 27" in a Wednesday paper, the
    # nearest past Saturday, 2014-09-27, two DATEs; "next month" 2014-11; "a 2014 small-game
    # license" -> "2014" an adjectival year; "Feb. 28, 2015" the licence's end. Not
    # annotated: "daily bag limit" (an adjective naming the period of a figure, like "its
    # usual monthly total", gold_blind103), "the season" and "the rest of the season" (a
    # hunting season, no calendar unit, gold_blind14), "shooting hours", the URL
    # "www.marshfordoutdoors.com/hours-2014", "9 percent", "six", "four", "412", "$9.50",
    # "$7.50", "12-gauge", "No. 2" (shot size), "218-555-1011".
    "marshford-duck-opener-pushed-back": (
        "2014-10-01",
        [
            ("a week", "DURATION", "P1W"),
            ("Oct. 11", "DATE", "2014-10-11"),
            ("Wednesday, October 1, 2014", "DATE", "2014-10-01"),
            ("6:00 am", "TIME", "2014-10-01T06:00"),
            ("half an hour", "DURATION", "PT30M"),
            ("sunrise", "TIME", "2014-10-11TMO"),
            ("the second Saturday in October", "DATE", "2014-10-11"),
            ("Oct. 11", "DATE", "2014-10-11"),
            ("a week", "DURATION", "P1W"),
            ("last year", "DATE", "2013"),
            ("Oct. 5", "DATE", "2013-10-05"),
            ("August", "DATE", "2014-08"),
            ("this spring", "DATE", "2014-SP"),
            ("a year earlier", "DATE", "2013-SP"),
            ("60 days", "DURATION", "P60D"),
            ("Dec. 9", "DATE", "2014-12-09"),
            ("years", "DURATION", "PXY"),
            ("One more week", "DURATION", "P1W"),
            ("Oct. 11", "DATE", "2014-10-11"),
            ("6:53 a.m.", "TIME", "2014-10-11T06:53"),
            ("half an hour", "DURATION", "PT30M"),
            ("sunrise", "TIME", "XXXX-XX-XXTMO"),
            ("sunset", "TIME", "XXXX-XX-XXTEV"),
            ("each day", "SET", "P1D"),
            ("This time last year", "DATE", "2013"),
            ("a week", "DURATION", "P1W"),
            ("mid-October", "DATE", "2014-10"),
            ("Friday night", "TIME", "2014-10-03TNI"),
            ("the weekend", "DATE", "2014-W40-WE"),
            ("Oct. 11", "DATE", "2014-10-11"),
            ("Oct. 19", "DATE", "2014-10-19"),
            ("five days", "DURATION", "P5D"),
            ("Oct. 25", "DATE", "2014-10-25"),
            ("last Saturday", "DATE", "2014-09-27"),
            ("Sept. 27", "DATE", "2014-09-27"),
            ("next month", "DATE", "2014-11"),
            ("2014", "DATE", "2014"),
            ("this year", "DATE", "2014"),
            ("2006", "DATE", "2006"),
            ("March 1", "DATE", "2014-03-01"),
            ("Feb. 28, 2015", "DATE", "2015-02-28"),
        ],
    ),
    # Thursday 2015-03-12 (ISO week 11), British regional daily, headline, standfirst, byline,
    # date line "Thursday 12 March 2015". The coarse close season runs "from 15 March to 15
    # June" (standfirst): 2015-03-15 (the Sunday it starts on) and 2015-06-15, two DATEs of
    # this year's closure, not a generic rule. "until midnight on Saturday" -> "midnight" the
    # midnight ending Saturday, 2015-03-14T24:00 (gold_blind75, gold_blind103), and "Saturday"
    # 2015-03-14; "From Sunday" 2015-03-15. "more than a century" P100Y; "yesterday"
    # 2015-03-11; "every weekend" SET XXXX-WXX-WE; rain "for Friday and Saturday" 2015-03-13
    # and 2015-03-14, "the last two days" P2D (the two days left). "now" PRESENT_REF. The trout
    # season "opened on 1 March" 2015-03-01, "runs until 30 September" 2015-09-30. "the
    # winter" just ending is that of 2014-15, 2015-WI (a winter takes the year of its
    # January, gold_blind10); "the end of February" 2015-02; "Last Sunday" in a Thursday paper
    # 2015-03-08; "in five hours" PT5H. "three months off every spring" -> DURATION P3M and
    # SET XXXX-SP. "a new 12-month licence from 1 April" P12M and 2015-04-01; "Last year ...
    # between April and December" 2014, 2014-04, 2014-12. "Tuesday 16 June" 2015-06-16; "the
    # summer" 2015-SU; "Saturday 20 June" 2015-06-20 and "8.30am" that day. Not annotated: "the
    # close season" (a statutory fishing season, no calendar unit, like "the autumn cod
    # season", gold_blind14), "The trout season", "all year round" (an idiom, like "around
    # the clock"), "18lb 6oz", "41 per cent", "29 per cent", "15" (an age), "£2,500", "£28",
    # "£1", "1,146", "23", "31 anglers", "0345 555 2015" (a phone number ending in the year).
    "ryle-valley-coarse-close-season": (
        "2015-03-12",
        [
            ("three-month", "DURATION", "P3M"),
            ("Sunday", "DATE", "2015-03-15"),
            ("15 March", "DATE", "2015-03-15"),
            ("15 June", "DATE", "2015-06-15"),
            ("Thursday 12 March 2015", "DATE", "2015-03-12"),
            ("midnight", "TIME", "2015-03-14T24:00"),
            ("Saturday", "DATE", "2015-03-14"),
            ("Sunday", "DATE", "2015-03-15"),
            ("15 June", "DATE", "2015-06-15"),
            ("more than a century", "DURATION", "P100Y"),
            ("yesterday", "DATE", "2015-03-11"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("Friday", "DATE", "2015-03-13"),
            ("Saturday", "DATE", "2015-03-14"),
            ("the last two days", "DURATION", "P2D"),
            ("now", "DATE", "PRESENT_REF"),
            ("1 March", "DATE", "2015-03-01"),
            ("30 September", "DATE", "2015-09-30"),
            ("1974", "DATE", "1974"),
            ("the last few weeks", "DURATION", "PXW"),
            ("the winter", "DATE", "2015-WI"),
            ("the end of February", "DATE", "2015-02"),
            ("Last Sunday", "DATE", "2015-03-08"),
            ("five hours", "DURATION", "PT5H"),
            ("last year", "DATE", "2014"),
            ("2010", "DATE", "2010"),
            ("three months", "DURATION", "P3M"),
            ("every spring", "SET", "XXXX-SP"),
            ("31 March", "DATE", "2015-03-31"),
            ("12-month", "DURATION", "P12M"),
            ("1 April", "DATE", "2015-04-01"),
            ("Last year", "DATE", "2014"),
            ("April", "DATE", "2014-04"),
            ("December", "DATE", "2014-12"),
            ("Tuesday 16 June", "DATE", "2015-06-16"),
            ("the summer", "DATE", "2015-SU"),
            ("Saturday 20 June", "DATE", "2015-06-20"),
            ("8.30am", "TIME", "2015-06-20T08:30"),
        ],
    ),
    # Friday 2012-08-31 (ISO week 35), US coastal paper's weekly fishing report, headline,
    # byline, "Published Friday, August 31, 2012" (one DATE with its weekday), "PELICAN PASS —"
    # dateline. "Tonight's full moon" -> "Tonight" 2012-08-31TNI; "the summer" 2012-SU; "this
    # weekend" 2012-W35-WE (1-2 September). Future: tides "at 7:12 a.m. Saturday" and "7:48
    # a.m. Sunday" (2012-09-01, 2012-09-02, a clock time and its day two TIMEX3), "by
    # Thursday" 2012-09-06 with "10 a.m." that day; the trout reopening and the grouper
    # opening "Saturday" 2012-09-01; "Labor Day" 2012-09-03 (first Monday of September) and
    # "on Monday" the same day; "The new moon on Sept. 15" -> "Sept. 15" 2012-09-15. Past:
    # "Wednesday morning" 2012-08-29TMO and "around 11 a.m." that day (modifier kept, like
    # "about 4am"); "last weekend" 2012-W34-WE; "this week" 2012-W35. "about six hours later"
    # PT6H and "about 40 minutes later every day" PT40M and SET P1D; "This time last year"
    # 2011; "Now" PRESENT_REF; "a two-month closure" P2M; "60 days" to "Oct. 30" 2012-10-30;
    # "the next few weeks" PXW; "the Labor Day weekend" 2012-W35-WE (the ISO week of its
    # Saturday, gold_blind56); "an hour early" PT1H (the size of a difference); the ramp's
    # opening "at 5 a.m., each day" XXXX-XX-XXT05:00 and SET P1D (gold_blind103's hours of a
    # recurring service); "the last two hours of the incoming tide" PT2H; "every Friday" SET
    # XXXX-WXX-5; "by 5 p.m. each Wednesday" XXXX-XX-XXT17:00 and SET XXXX-WXX-3. Not
    # annotated: "the morning high water" (a part of day naming a kind of tide), "full moon",
    # "blue moon", "new moon" (events; the date is annotated), "daily bag limit", "Gag grouper
    # season", "14 reds", "18 and 27 inches", "90 degrees", "86", "30 miles", "four fish",
    # "Channel 16", "850-555-0931".
    "pelican-pass-fishing-report-blue-moon": (
        "2012-08-31",
        [
            ("Friday, August 31, 2012", "DATE", "2012-08-31"),
            ("Tonight", "TIME", "2012-08-31TNI"),
            ("the summer", "DATE", "2012-SU"),
            ("this weekend", "DATE", "2012-W35-WE"),
            ("7:12 a.m.", "TIME", "2012-09-01T07:12"),
            ("Saturday", "DATE", "2012-09-01"),
            ("7:48 a.m.", "TIME", "2012-09-02T07:48"),
            ("Sunday", "DATE", "2012-09-02"),
            ("about six hours", "DURATION", "PT6H"),
            ("about 40 minutes", "DURATION", "PT40M"),
            ("every day", "SET", "P1D"),
            ("Thursday", "DATE", "2012-09-06"),
            ("10 a.m.", "TIME", "2012-09-06T10:00"),
            ("Wednesday morning", "TIME", "2012-08-29TMO"),
            ("around 11 a.m.", "TIME", "2012-08-29T11:00"),
            ("This time last year", "DATE", "2011"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Saturday", "DATE", "2012-09-01"),
            ("two-month", "DURATION", "P2M"),
            ("Saturday", "DATE", "2012-09-01"),
            ("60 days", "DURATION", "P60D"),
            ("Oct. 30", "DATE", "2012-10-30"),
            ("last weekend", "DATE", "2012-W34-WE"),
            ("the next few weeks", "DURATION", "PXW"),
            ("the Labor Day weekend", "DATE", "2012-W35-WE"),
            ("an hour", "DURATION", "PT1H"),
            ("5 a.m.", "TIME", "XXXX-XX-XXT05:00"),
            ("each day", "SET", "P1D"),
            ("Labor Day", "DATE", "2012-09-03"),
            ("Monday", "DATE", "2012-09-03"),
            ("Sept. 15", "DATE", "2012-09-15"),
            ("this week", "DATE", "2012-W35"),
            ("the last two hours", "DURATION", "PT2H"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("each Wednesday", "SET", "XXXX-WXX-3"),
        ],
    ),
    # Monday 2013-06-24 (ISO week 26), Australian regional paper's website, headline, stamp
    # "24 Jun, 2013 11:30 AM" (DATE and TIME, gold_blind103), byline. "from July 1"
    # (headline) and "from next Monday" are the same day, 2013-07-01: in a Monday paper "next
    # Monday" is the Monday of next week. "first increase in five years" -> "five years" P5Y
    # (the period of a "first in", gold_blind35). "one-year", "three-day", "three-year"
    # licences are adjectival durations. "before midnight on Sunday" 2013-06-30T24:00 and
    # "Sunday" 2013-06-30; "now" PRESENT_REF; "12 months" P12M; "the May budget" -> "May"
    # 2013-05. The Australian financial year runs July-June and is named by the year it ends
    # (gold_blind9, gold_blind94): "the 2012-13 financial year, which ends on Sunday" FY2013
    # and 2013-06-30; "next financial year" FY2014; "last financial year" said in June 2013 is
    # the last completed one, 2011-12, FY2012 (like "the last financial year" in a June paper,
    # gold_blind9). "recent months" PAST_REF; "every three years" SET P3Y; "last year" (tickets)
    # 2012; "a month into the closure" P1M; "June 1" and "August 31" 2013; "this winter" and
    # "last winter" are southern winters, valued in the year they fall in (gold_blind68,
    # gold_blind88, gold_blind103): 2013-WI and 2012-WI; "early June" 2013-06; "at 6am
    # yesterday" 2013-06-23T06:00 and 2013-06-23, "by 11am" that day. Not annotated: "$7",
    # "$42", "$35", "$8", "$111", "$11.2 million", "$12.5 million", "6 per cent", "398,000",
    # "under 18", "1,310", "daily bag limit", "10", "36cm", "the day of purchase" (an event),
    # "around the clock", the URL "www.fishmidcoast.com.au/licence-2013", "1300 555 201".
    "midcoast-fishing-licence-fee-rise": (
        "2013-06-24",
        [
            ("July 1", "DATE", "2013-07-01"),
            ("five years", "DURATION", "P5Y"),
            ("24 Jun, 2013", "DATE", "2013-06-24"),
            ("11:30 AM", "TIME", "2013-06-24T11:30"),
            ("one-year", "DURATION", "P1Y"),
            ("next Monday", "DATE", "2013-07-01"),
            ("2008", "DATE", "2008"),
            ("one-year", "DURATION", "P1Y"),
            ("three-day", "DURATION", "P3D"),
            ("three-year", "DURATION", "P3Y"),
            ("midnight", "TIME", "2013-06-30T24:00"),
            ("Sunday", "DATE", "2013-06-30"),
            ("now", "DATE", "PRESENT_REF"),
            ("12 months", "DURATION", "P12M"),
            ("May", "DATE", "2013-05"),
            ("the 2012-13 financial year", "DATE", "FY2013"),
            ("Sunday", "DATE", "2013-06-30"),
            ("next financial year", "DATE", "FY2014"),
            ("last financial year", "DATE", "FY2012"),
            ("recent months", "DATE", "PAST_REF"),
            ("every three years", "SET", "P3Y"),
            ("last year", "DATE", "2012"),
            ("a month", "DURATION", "P1M"),
            ("June 1", "DATE", "2013-06-01"),
            ("August 31", "DATE", "2013-08-31"),
            ("this winter", "DATE", "2013-WI"),
            ("last winter", "DATE", "2012-WI"),
            ("early June", "DATE", "2013-06"),
            ("6am", "TIME", "2013-06-23T06:00"),
            ("yesterday", "DATE", "2013-06-23"),
            ("11am", "TIME", "2013-06-23T11:00"),
        ],
    ),
    # Tuesday 2012-11-13 (ISO week 46), US local paper, headline, byline, date line "Tuesday,
    # November 13, 2012", "HOLLEN CITY, Wis. —" dateline. The opener is Saturday 2012-11-17
    # (headline "Saturday's" without the "'s", and body) "at 6:41 a.m., half an hour before
    # sunrise": "6:41 a.m." 2012-11-17T06:41, "half an hour" PT30M, "sunrise" 2012-11-17TMO;
    # "nine-day" P9D; "Sunday, Nov. 25" one DATE (like "Monday, Dec. 28", gold_blind23),
    # likewise "Thursday, Nov. 22" and "Monday, Nov. 26". Past: sales "through Sunday"
    # 2012-11-11, shells sold "since Friday" 2012-11-09; future: "by Friday" 2012-11-16,
    # "Friday night" 2012-11-16TNI, "Thursday evening" 2012-11-15TEV and "6:30 p.m." that day.
    # "last year" 2011 (three times); "the winter of 2010-11" one DATE 2011-WI (gold_blind76)
    # and its "April" 2011-04; "this year" 2012; "the opening weekend" 2012-W46-WE (17-18
    # November, gold_blind3); "Thanksgiving" 2012-11-22, the fourth Thursday of November;
    # "5 p.m. Monday, Nov. 26" a TIME and its DATE; "from Nov. 26 to Dec. 5" two DATEs;
    # "four-day" P4D; "Dec. 6"; "Jan. 1, 1973" (a birth-date cut-off); "2008"; "Every year"
    # SET P1Y. Not annotated: ".270", ".30-06" (twice; a calibre that looks like a month and
    # year), ".243", "20-gauge", "Unit 34", "Highway 12", "the 30s" (temperatures, not a
    # decade), "the season" and "last year's season" beyond "last year", "the same point"
    # (beyond "last year"), "412,000", "4 percent", "100,000", "92,310", "140 boxes", "at
    # least half", "$24", "$160", "1-888-555-0930".
    "hollen-county-deer-rifle-opener": (
        "2012-11-13",
        [
            ("Saturday", "DATE", "2012-11-17"),
            ("Tuesday, November 13, 2012", "DATE", "2012-11-13"),
            ("nine-day", "DURATION", "P9D"),
            ("Saturday", "DATE", "2012-11-17"),
            ("6:41 a.m.", "TIME", "2012-11-17T06:41"),
            ("half an hour", "DURATION", "PT30M"),
            ("sunrise", "TIME", "2012-11-17TMO"),
            ("Sunday, Nov. 25", "DATE", "2012-11-25"),
            ("Sunday", "DATE", "2012-11-11"),
            ("last year", "DATE", "2011"),
            ("Friday", "DATE", "2012-11-16"),
            ("last year", "DATE", "2011"),
            ("the winter of 2010-11", "DATE", "2011-WI"),
            ("April", "DATE", "2011-04"),
            ("this year", "DATE", "2012"),
            ("Friday night", "TIME", "2012-11-16TNI"),
            ("the opening weekend", "DATE", "2012-W46-WE"),
            ("Thanksgiving", "DATE", "2012-11-22"),
            ("Thursday, Nov. 22", "DATE", "2012-11-22"),
            ("5 p.m.", "TIME", "2012-11-26T17:00"),
            ("Monday, Nov. 26", "DATE", "2012-11-26"),
            ("Nov. 26", "DATE", "2012-11-26"),
            ("Dec. 5", "DATE", "2012-12-05"),
            ("four-day", "DURATION", "P4D"),
            ("Dec. 6", "DATE", "2012-12-06"),
            ("Friday", "DATE", "2012-11-09"),
            ("Jan. 1, 1973", "DATE", "1973-01-01"),
            ("Thursday evening", "TIME", "2012-11-15TEV"),
            ("6:30 p.m.", "TIME", "2012-11-15T18:30"),
            ("last year", "DATE", "2011"),
            ("2008", "DATE", "2008"),
            ("Every year", "SET", "P1Y"),
        ],
    ),
    # Saturday 2014-03-01 (ISO week 9), Irish national daily, headline, standfirst, byline,
    # date line "Saturday 1 March 2014"; the season "opens at 9am today", 2014-03-01T09:00 and
    # 2014-03-01. "until May" (headline) 2014-05 and "until 12 May" 2014-05-12; "the first 10
    # weeks" (standfirst) DURATION P10W, the opening period of the season (gold_blind4's "the
    # first fortnight"). "last year" 2013, its "between 1 January and 31 May" 2013-01-01 and
    # 2013-05-31; "since 1 January this year" one DATE 2014-01-01 (like "March 14 last year",
    # gold_blind15), and "1 March last year" 2013-03-01 the same way. "confirmed on Thursday"
    # 2014-02-27; "two-month" P2M; "30 September" 2014-09-30; "the autumn" 2014-FA; "this
    # morning" 2014-03-01TMO; "a week without rain" P1W; "42 years" P42Y (how long he has
    # fished, not an age); "the 1980s" 198; "2009"; "21 days" P21D; "one-day" P1D; "within 24
    # hours" -> "24 hours"; "on Monday" 2014-03-03 and "early next week" 2014-W10 (the
    # modifier kept, its value the week); "tomorrow" 2014-03-02; "from Tuesday" 2014-03-04;
    # "every Sunday evening" SET XXXX-WXX-7TEV. Not annotated: "spring run" and "spring
    # tides" (kinds of run and tide, not the season), "on record", "for the first time",
    # "Last season", "the season" (twice; an angling season, gold_blind14), "daily bag limit",
    # "612", "14 fish", "214", "530", "three fish", "11lb", "€100", "€36", "€20",
    # "071 555 1988" (a phone number ending in a year-like 1988).
    "river-aunagh-salmon-season-opens": (
        "2014-03-01",
        [
            ("May", "DATE", "2014-05"),
            ("the first 10 weeks", "DURATION", "P10W"),
            ("Saturday 1 March 2014", "DATE", "2014-03-01"),
            ("9am", "TIME", "2014-03-01T09:00"),
            ("today", "DATE", "2014-03-01"),
            ("12 May", "DATE", "2014-05-12"),
            ("last year", "DATE", "2013"),
            ("1998", "DATE", "1998"),
            ("1 January", "DATE", "2013-01-01"),
            ("31 May", "DATE", "2013-05-31"),
            ("1 January this year", "DATE", "2014-01-01"),
            ("Thursday", "DATE", "2014-02-27"),
            ("two-month", "DURATION", "P2M"),
            ("12 May", "DATE", "2014-05-12"),
            ("30 September", "DATE", "2014-09-30"),
            ("the autumn", "DATE", "2014-FA"),
            ("this morning", "TIME", "2014-03-01TMO"),
            ("a week", "DURATION", "P1W"),
            ("42 years", "DURATION", "P42Y"),
            ("1 March last year", "DATE", "2013-03-01"),
            ("the 1980s", "DATE", "198"),
            ("2009", "DATE", "2009"),
            ("21 days", "DURATION", "P21D"),
            ("one-day", "DURATION", "P1D"),
            ("12 May", "DATE", "2014-05-12"),
            ("24 hours", "DURATION", "PT24H"),
            ("Monday", "DATE", "2014-03-03"),
            ("early next week", "DATE", "2014-W10"),
            ("tomorrow", "DATE", "2014-03-02"),
            ("Tuesday", "DATE", "2014-03-04"),
            ("every Sunday evening", "SET", "XXXX-WXX-7TEV"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
