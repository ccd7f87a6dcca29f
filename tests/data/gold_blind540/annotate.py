"""Annotations of blind gold set 540, chosen by hand before the tagger ran.

    python tests/data/gold_blind540/annotate.py [--show]

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
    # Wednesday 2012-06-20 (ISO week 25), US small-city daily, city-council budget story,
    # "LOCAL NEWS" label, headline ("five-hour debate", adjectival DURATION PT5H), deck
    # ("in September" 2012-09, "Oct. 1" 2012-10-01), date line "Wednesday, June 20, 2012" (one
    # span), byline, "QUARRY FALLS —" dateline. The city's fiscal year runs July-June and is
    # named by the year it ends (gold_blind13, gold_blind37): "fiscal 2013" and "the fiscal
    # year that begins July 1" FY2013 plus 2012-07-01; "the current fiscal year's" -> "the
    # current fiscal year" FY2012 (possessive left out, gold_blind13); "the end of fiscal 2011"
    # FY2011 (the value of the period, gold_blind41) and "a year earlier" after it FY2010 (the
    # granularity of what it is compared with, gold_blind41); "fiscal 2012" FY2012. The vote
    # came "late Tuesday" 2012-06-19 (DATE, gold_blind35's "late yesterday"), "shortly before
    # 11:40 p.m." -> "11:40 p.m." 2012-06-19T23:40 ("shortly before" a signal); Teixeira's
    # quoted "Tonight" was said at the meeting, the night of 2012-06-19TNI; "a Monday night
    # workshop" 2012-06-18TNI. Future weekdays: "by Friday" 2012-06-22, "next Tuesday"
    # 2012-06-26 with "6:30 p.m." that day (gold_blind29), "the next day" after it 2012-06-27
    # (a narrative anchor on the last date, gold_blind41). "with 10 days to spare" DURATION
    # P10D, "two days before the deadline" P2D (anchored durations, the duration alone). The
    # library's hours recur: "from 9 a.m. to 1 p.m. on Saturdays" -> two TIMEs
    # XXXX-XX-XXThh:mm and the SET XXXX-WXX-6 (gold_blind10, gold_blind17); "starting Sept. 8"
    # 2012-09-08. "Labor Day" 2012-09-03 (first Monday of September, gold_blind3); "January"
    # ahead 2013-01; "next year" 2013; the quote's "in June" 2012-06 and "in the spring" ahead
    # 2013-SP; "every Monday" SET XXXX-WXX-1, "since April" 2012-04; "the past decade" P10Y;
    # "24-week" and "five-year" adjectival DURATIONs. Not annotated: "Saturday hours" (deck and
    # body: an adjectival weekday naming a kind of hours, like "holiday hours" in
    # gold_blind103), "The monthly trash fee" (the period of a fee, not a recurrence, like "its
    # usual monthly total" in gold_blind103), "7-4", "9-2", "Ward 4", "Ward 1, 2 and 6", "61"
    # (an age), "Route 138", "quarryfallsma.gov/budget2013" (a year in a web address),
    # "508-555-2012" (a phone number ending in the year), "$94.6 million", "2.8 percent",
    # "$410,000", "$18", "$21", "four officers", "22 teachers", "$51.2 million".
    "quarry-falls-council-fiscal-2013-budget": (
        "2012-06-20",
        [
            ("five-hour", "DURATION", "PT5H"),
            ("September", "DATE", "2012-09"),
            ("Oct. 1", "DATE", "2012-10-01"),
            ("Wednesday, June 20, 2012", "DATE", "2012-06-20"),
            ("nearly five hours", "DURATION", "PT5H"),
            ("fiscal 2013", "DATE", "FY2013"),
            ("late Tuesday", "DATE", "2012-06-19"),
            ("11:40 p.m.", "TIME", "2012-06-19T23:40"),
            ("10 days", "DURATION", "P10D"),
            ("the fiscal year", "DATE", "FY2013"),
            ("July 1", "DATE", "2012-07-01"),
            ("the current fiscal year", "DATE", "FY2012"),
            ("2010", "DATE", "2010"),
            ("three years", "DURATION", "P3Y"),
            ("Tonight", "TIME", "2012-06-19TNI"),
            ("Monday night", "TIME", "2012-06-18TNI"),
            ("May 1", "DATE", "2012-05-01"),
            ("Friday", "DATE", "2012-06-22"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("1 p.m.", "TIME", "XXXX-XX-XXT13:00"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("Sept. 8", "DATE", "2012-09-08"),
            ("Oct. 1", "DATE", "2012-10-01"),
            ("2008", "DATE", "2008"),
            ("January", "DATE", "2013-01"),
            ("24-week", "DURATION", "P24W"),
            ("June 30", "DATE", "2012-06-30"),
            ("Labor Day", "DATE", "2012-09-03"),
            ("next year", "DATE", "2013"),
            ("the end of fiscal 2011", "DATE", "FY2011"),
            ("a year earlier", "DATE", "FY2010"),
            ("June", "DATE", "2012-06"),
            ("the spring", "DATE", "2013-SP"),
            ("every Monday", "SET", "XXXX-WXX-1"),
            ("April", "DATE", "2012-04"),
            ("the past decade", "DURATION", "P10Y"),
            ("fiscal 2012", "DATE", "FY2012"),
            ("June 28, 2011", "DATE", "2011-06-28"),
            ("two days", "DURATION", "P2D"),
            ("next Tuesday", "DATE", "2012-06-26"),
            ("6:30 p.m.", "TIME", "2012-06-26T18:30"),
            ("the next day", "DATE", "2012-06-27"),
            ("five-year", "DURATION", "P5Y"),
            ("2015", "DATE", "2015"),
            ("July 10", "DATE", "2012-07-10"),
        ],
    ),
    # Saturday 2013-05-18 (ISO week 20), wire statehouse story on a newspaper website, stamp
    # "Published 1:47 am, Saturday, May 18, 2013 | Updated 9:05 am, Saturday, May 18, 2013"
    # (each a TIME and a DATE with its weekday, one span, gold_blind56), byline "Associated
    # Press", "MONTPELIER, Vt. (AP) —" dateline. The Legislature adjourned "early Saturday"
    # 2013-05-18 (the publication day, DATE, gold_blind103's "early Friday") "at 12:22 a.m."
    # 2013-05-18T00:22 (after midnight, the new day, gold_blind30). Vermont's fiscal year runs
    # July-June, named by the year it ends: "the fiscal year that begins July 1" FY2014 plus
    # 2013-07-01, "fiscal 2014" FY2014 (twice), "the current fiscal year" FY2013. Past
    # weekdays: "since 9 a.m. Friday" 2013-05-17T09:00 and 2013-05-17, "Thursday night"
    # 2013-05-16TNI, "late Friday afternoon" 2013-05-17TAF (the modifier kept, like "late
    # tonight"), "for nearly three hours Thursday" PT3H and 2013-05-16, "said Friday night"
    # 2013-05-17TNI. "next week" 2013-W21. "by Mother's Day" 2013-05-12 (the second Sunday of
    # May, a holiday on the day it falls on) and "We missed it by a week" P1W (the size of a
    # delay, gold_blind35's "a year later"). "ran 19 weeks" P19W; "June 2" after "2009"
    # 2009-06-02; "June 30" 2013-06-30; "for two more years" P2Y; "his second two-year term"
    # -> "two-year" P2Y (adjectival, the ordinal count of terms left out, gold_blind41); "five
    # days, not counting Sundays" P5D and the SET XXXX-WXX-7; "June 17" 2013-06-17 (a
    # Monday, future); "next year" 2014; "the state's 1970 land-use law" -> "1970" (adjectival
    # year); "monthly over the summer" SET P1M and 2013-SU. Box: "July 1, 2013, to June 30,
    # 2014" two DATEs; "Jan. 1, 2014"; "annually" SET P1Y; "up to 30 days" P30D (the modifier
    # kept, gold_blind35's "up to 16 hours"); "starting in 2014"; "November 2014". "stalled
    # for weeks" -> "weeks" PXW. Not annotated: "H. 535", "S. 30" (bill numbers), "Act 250" (a
    # law's name), "D-Barre", "98-43", "19-11", "six-member", "2-cent-a-gallon", "15 cents",
    # "$8.75", "$1.41 billion", "3.6 percent", "150 feet", "All 180 legislative seats", "the
    # session" and "a veto session" beyond their dates (events, gold_blind20, gold_blind41),
    # "after that" (anaphoric), "after the gavel" (an event).
    "vermont-legislature-adjourns-budget-fuel-tax": (
        "2013-05-18",
        [
            ("1:47 am", "TIME", "2013-05-18T01:47"),
            ("Saturday, May 18, 2013", "DATE", "2013-05-18"),
            ("9:05 am", "TIME", "2013-05-18T09:05"),
            ("Saturday, May 18, 2013", "DATE", "2013-05-18"),
            ("early Saturday", "DATE", "2013-05-18"),
            ("2013", "DATE", "2013"),
            ("12:22 a.m.", "TIME", "2013-05-18T00:22"),
            ("the fiscal year", "DATE", "FY2014"),
            ("July 1", "DATE", "2013-07-01"),
            ("weeks", "DURATION", "PXW"),
            ("9 a.m.", "TIME", "2013-05-17T09:00"),
            ("Friday", "DATE", "2013-05-17"),
            ("Thursday night", "TIME", "2013-05-16TNI"),
            ("late Friday afternoon", "TIME", "2013-05-17TAF"),
            ("Mother's Day", "DATE", "2013-05-12"),
            ("a week", "DURATION", "P1W"),
            ("Jan. 9", "DATE", "2013-01-09"),
            ("19 weeks", "DURATION", "P19W"),
            ("2009", "DATE", "2009"),
            ("June 2", "DATE", "2009-06-02"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("the current fiscal year", "DATE", "FY2013"),
            ("June 30", "DATE", "2013-06-30"),
            ("two more years", "DURATION", "P2Y"),
            ("June 30, 2015", "DATE", "2015-06-30"),
            ("nearly three hours", "DURATION", "PT3H"),
            ("Thursday", "DATE", "2013-05-16"),
            ("Friday night", "TIME", "2013-05-17TNI"),
            ("next week", "DATE", "2013-W21"),
            ("two-year", "DURATION", "P2Y"),
            ("five days", "DURATION", "P5D"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("June 17", "DATE", "2013-06-17"),
            ("next year", "DATE", "2014"),
            ("1970", "DATE", "1970"),
            ("monthly", "SET", "P1M"),
            ("the summer", "DATE", "2013-SU"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("July 1, 2013", "DATE", "2013-07-01"),
            ("June 30, 2014", "DATE", "2014-06-30"),
            ("Jan. 1, 2014", "DATE", "2014-01-01"),
            ("annually", "SET", "P1Y"),
            ("up to 30 days", "DURATION", "P30D"),
            ("2014", "DATE", "2014"),
            ("November 2014", "DATE", "2014-11"),
        ],
    ),
    # Sunday 2014-08-03 (ISO week 31), US regional paper's Sunday voter guide before a Tuesday
    # primary, section label "VOTER GUIDE 2014 | PRIMARY ELECTION" ("2014" DATE, a year
    # filing the story under an election, like the headline prefix "2023:" of gold_blind22),
    # headline ("Tuesday's primary" -> "Tuesday", possessive left out), date line "Sunday,
    # August 3, 2014", byline, labelled paragraphs. The primary is Tuesday 2014-08-05 (five
    # times, with "Tuesday's results"), "Election Day" that day, 2014-08-05 (a named day on the
    # date it falls on, gold_blind41): the polls' "from 7 a.m. to 8 p.m. Tuesday", "in line at
    # 8 p.m.", "by 8 p.m. on Election Day" and "about 9 p.m. Tuesday" are TIMEs on that day
    # (the approximator kept). Past: "at 2 p.m. Saturday" 2014-08-02T14:00 and 2014-08-02;
    # "compiled Friday" 2014-08-01. Future: "until 4 p.m. Monday" 2014-08-04T16:00 and
    # 2014-08-04; "Wednesday's Gazette" -> "Wednesday" 2014-08-06. "from 1 p.m. to 4 p.m.
    # today" two TIMEs on 2014-08-03 and the DATE. "every 15 minutes" SET PT15M. "July 7" past
    # 2014-07-07; "Nov. 4" and "Oct. 6" ahead. "the 2012 election" -> "2012"; "January 2013";
    # "from 2003 to 2010" two DATEs; "three two-year terms" -> "two-year" P2Y (gold_blind41);
    # "0.75 mill for 10 years, 2014 through 2023" -> P10Y and two DATEs; "its first year" P1Y
    # (the opening period of a tax, like "its first 100 days", gold_blind14); "repaid over 25
    # years" P25Y; "the 1961 Lincoln Elementary building" -> "1961" (adjectival year); "next
    # spring" 2015-SP; "by fall 2016" -> "fall 2016" 2016-FA; "the August 2010 primary" ->
    # "August 2010" 2010-08; "two years ago" 2012 (the unit's granularity, gold_blind28); "have
    # 14 days" P14D. Not annotated: "ashburycounty.org/elections/2014-primary" (a year in a web
    # address), "269-555-2014" (a phone number ending in the year), "6th District", "61st
    # District", "District 4", "three" (terms), "0.75 mill", "$3.1 million", "$38 million",
    # "64 precincts", "44" (an age), "19 percent", "23 percent", "the polls" (an event).
    "ashbury-county-primary-voter-guide": (
        "2014-08-03",
        [
            ("2014", "DATE", "2014"),
            ("Tuesday", "DATE", "2014-08-05"),
            ("Sunday, August 3, 2014", "DATE", "2014-08-03"),
            ("Tuesday", "DATE", "2014-08-05"),
            ("10-year", "DURATION", "P10Y"),
            ("7 a.m.", "TIME", "2014-08-05T07:00"),
            ("8 p.m.", "TIME", "2014-08-05T20:00"),
            ("Tuesday", "DATE", "2014-08-05"),
            ("8 p.m.", "TIME", "2014-08-05T20:00"),
            ("2012", "DATE", "2012"),
            ("July 7", "DATE", "2014-07-07"),
            ("Nov. 4", "DATE", "2014-11-04"),
            ("Oct. 6", "DATE", "2014-10-06"),
            ("2 p.m.", "TIME", "2014-08-02T14:00"),
            ("Saturday", "DATE", "2014-08-02"),
            ("4 p.m.", "TIME", "2014-08-04T16:00"),
            ("Monday", "DATE", "2014-08-04"),
            ("1 p.m.", "TIME", "2014-08-03T13:00"),
            ("4 p.m.", "TIME", "2014-08-03T16:00"),
            ("today", "DATE", "2014-08-03"),
            ("8 p.m.", "TIME", "2014-08-05T20:00"),
            ("Election Day", "DATE", "2014-08-05"),
            ("about 9 p.m.", "TIME", "2014-08-05T21:00"),
            ("Tuesday", "DATE", "2014-08-05"),
            ("every 15 minutes", "SET", "PT15M"),
            ("Wednesday", "DATE", "2014-08-06"),
            ("January 2013", "DATE", "2013-01"),
            ("2003", "DATE", "2003"),
            ("2010", "DATE", "2010"),
            ("two-year", "DURATION", "P2Y"),
            ("2010", "DATE", "2010"),
            ("10 years", "DURATION", "P10Y"),
            ("2014", "DATE", "2014"),
            ("2023", "DATE", "2023"),
            ("its first year", "DURATION", "P1Y"),
            ("December 2012", "DATE", "2012-12"),
            ("25 years", "DURATION", "P25Y"),
            ("1961", "DATE", "1961"),
            ("next spring", "DATE", "2015-SP"),
            ("fall 2016", "DATE", "2016-FA"),
            ("August 2010", "DATE", "2010-08"),
            ("two years ago", "DATE", "2012"),
            ("14 days", "DURATION", "P14D"),
            ("Tuesday", "DATE", "2014-08-05"),
            ("Friday", "DATE", "2014-08-01"),
        ],
    ),
    # Tuesday 2013-11-05 (ISO week 45), US regional paper's website, election-night story,
    # label "ELECTION 2013" ("2013" DATE, gold_blind22), headline ("Dec. 3 runoff"), stamps
    # "Posted: 10:58 p.m. Tuesday, Nov. 5, 2013 | Updated: 12:47 a.m. Wednesday, Nov. 6, 2013"
    # (the update after midnight on the next day, 2013-11-06T00:47 and its DATE), byline,
    # "CALHOUN SPRINGS, Ga. —" dateline. The dct is the posting day, election day. "Tuesday's
    # nonpartisan election" -> "Tuesday" 2013-11-05 (the day of the vote, also "voted
    # Tuesday" and "said Tuesday evening" 2013-11-05TEV); "shortly after midnight" ->
    # "midnight" 2013-11-05T24:00, the end of election day (gold_blind41, gold_blind103);
    # "Polls closed at 7 p.m." and "around 11:15 p.m." on that day (the approximator kept).
    # "Four weeks from today" (said that night) is one DATE span, the runoff day 2013-12-03
    # ("a week from today", gold_blind30); "28 days" P28D; "four years ago" 2009 (the unit's
    # granularity). Future: "Wednesday morning" 2013-11-06TMO; "Jan. 6" and "Jan. 1" 2014;
    # "Monday, Nov. 25", "Dec. 2", "Thanksgiving Day" 2013-11-28 (fourth Thursday of November,
    # gold_blind32), "Friday, Nov. 29", "7 p.m. Nov. 19" (TIME and DATE); "expected Friday"
    # 2013-11-08. Past: "January 2002", "from 2004 to 2012", "began in March" 2013-03, "by
    # Oct. 7" 2013-10-07. "three terms, or 12 years" -> "12 years" P12Y (the count of terms
    # left out); "a four-year term" P4Y; "for about 90 minutes" PT90M; "for six more years,
    # through 2020" P6Y and 2020. "beginning at 12:30 p.m. on Sundays" -> TIME
    # XXXX-XX-XXT12:30 and SET XXXX-WXX-7 (gold_blind10). "through the night" -> "the night"
    # 2013-11-05TNI, election night, dated by the evening it begins on (gold_blind103). Not
    # annotated: "Sunday sales" (an adjectival weekday naming a kind of sales, beside the
    # annotated "Sundays"), "three terms", "his third term", "Precinct 14", "Ward 3", "27
    # precincts", "two precincts", "41 percent", "33 percent", "24 percent", "17 percent", "61
    # percent to 39 percent", "1-cent", "$212,000", "about 200 supporters", "67", "29", "58"
    # (ages), "in city history", "the runoff" and "runoff debate" (events).
    "calhoun-springs-mayor-runoff-election-night": (
        "2013-11-05",
        [
            ("2013", "DATE", "2013"),
            ("Dec. 3", "DATE", "2013-12-03"),
            ("10:58 p.m.", "TIME", "2013-11-05T22:58"),
            ("Tuesday, Nov. 5, 2013", "DATE", "2013-11-05"),
            ("12:47 a.m.", "TIME", "2013-11-06T00:47"),
            ("Wednesday, Nov. 6, 2013", "DATE", "2013-11-06"),
            ("Dec. 3", "DATE", "2013-12-03"),
            ("Tuesday", "DATE", "2013-11-05"),
            ("midnight", "TIME", "2013-11-05T24:00"),
            ("Jan. 6", "DATE", "2014-01-06"),
            ("four-year", "DURATION", "P4Y"),
            ("January 2002", "DATE", "2002-01"),
            ("12 years", "DURATION", "P12Y"),
            ("Tuesday evening", "TIME", "2013-11-05TEV"),
            ("Four weeks from today", "DATE", "2013-12-03"),
            ("2004", "DATE", "2004"),
            ("2012", "DATE", "2012"),
            ("around 11:15 p.m.", "TIME", "2013-11-05T23:15"),
            ("March", "DATE", "2013-03"),
            ("Wednesday morning", "TIME", "2013-11-06TMO"),
            ("28 days", "DURATION", "P28D"),
            ("four years ago", "DATE", "2009"),
            ("7 p.m.", "TIME", "2013-11-05T19:00"),
            ("about 90 minutes", "DURATION", "PT90M"),
            ("Monday, Nov. 25", "DATE", "2013-11-25"),
            ("Dec. 2", "DATE", "2013-12-02"),
            ("Thanksgiving Day", "DATE", "2013-11-28"),
            ("Friday, Nov. 29", "DATE", "2013-11-29"),
            ("Oct. 7", "DATE", "2013-10-07"),
            ("Tuesday", "DATE", "2013-11-05"),
            ("7 p.m.", "TIME", "2013-11-19T19:00"),
            ("Nov. 19", "DATE", "2013-11-19"),
            ("12:30 p.m.", "TIME", "XXXX-XX-XXT12:30"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("Jan. 1", "DATE", "2014-01-01"),
            ("six more years", "DURATION", "P6Y"),
            ("2020", "DATE", "2020"),
            ("Dec. 3", "DATE", "2013-12-03"),
            ("Friday", "DATE", "2013-11-08"),
            ("the night", "TIME", "2013-11-05TNI"),
        ],
    ),
    # Friday 2015-10-16 (ISO week 42), US regional paper's editorial on a library levy in a
    # vote-by-mail election, label "OPINION | EDITORIAL", headline "Our view: ...", byline of
    # the editorial board, date line "Friday, October 16, 2015". Ballots "went in the mail
    # Wednesday" 2015-10-14 (past) and arrive "by Monday" 2015-10-19 (future); the forum is "at
    # 6:30 p.m. Tuesday" 2015-10-20T18:30 and 2015-10-20. "the Nov. 3 election" -> "Nov. 3"
    # 2015-11-03, the deadline "by 8 p.m. Nov. 3" TIME 2015-11-03T20:00 and DATE; "this fall"
    # 2015-FA; "a five-year operating levy" P5Y, "in July 2016 ... through June 2021";
    # "annually" SET P1Y; "in May 2011" and "Eighteen months later" 2012-11 (a narrative anchor
    # at the granularity of its unit, like "two months later" after April 2017 in
    # gold_blind12); "a three-year levy" P3Y, "expires next June" 2016-06, "since July 2013";
    # "over the past two years" P2Y; "now" PRESENT_REF; "until 8 p.m. on Tuesdays and
    # Thursdays" -> TIME XXXX-XX-XXT20:00 and two SETs (gold_blind10); "close ... on Sundays and
    # Mondays" two SETs; "July 1, 2016"; "the May 2016 election" -> "May 2016" 2016-05 (like
    # "the Nov. 4 elections" -> "Nov. 4", gold_blind41); "set in 1997"; "every year since 2010"
    # SET P1Y and 2010; "three years ago" 2012 (the unit's granularity); "last week" 2015-W41;
    # "the past decade" P10Y; "every month since January" SET P1M and 2015-01; "Thursday,
    # Oct. 29" 2015-10-29; "by Oct. 22" 2015-10-22. Not annotated: "Measure 24-389" (three
    # times, a ballot-measure number), "Sunday hours" (an adjectival weekday naming a kind of
    # hours, beside the annotated "Sundays"), "1915 N. Alder St." (an address), "541-555-1997"
    # (a phone number ending in the annotated "1997"), "39 cents", "$1,000", "$180,000",
    # "$70", "54 percent to 46 percent", "22 percent", "twice", "in the middle of a recession",
    # "before the money ran out" (an event), "since then" (anaphoric, gold_blind103), "the
    # first time" beyond "2008", "no later than" (a signal).
    "marlow-county-library-levy-editorial": (
        "2015-10-16",
        [
            ("Friday, October 16, 2015", "DATE", "2015-10-16"),
            ("Nov. 3", "DATE", "2015-11-03"),
            ("Wednesday", "DATE", "2015-10-14"),
            ("Monday", "DATE", "2015-10-19"),
            ("8 p.m.", "TIME", "2015-11-03T20:00"),
            ("Nov. 3", "DATE", "2015-11-03"),
            ("this fall", "DATE", "2015-FA"),
            ("five-year", "DURATION", "P5Y"),
            ("July 2016", "DATE", "2016-07"),
            ("June 2021", "DATE", "2021-06"),
            ("annually", "SET", "P1Y"),
            ("May 2011", "DATE", "2011-05"),
            ("Eighteen months later", "DATE", "2012-11"),
            ("three-year", "DURATION", "P3Y"),
            ("next June", "DATE", "2016-06"),
            ("July 2013", "DATE", "2013-07"),
            ("the past two years", "DURATION", "P2Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("2008", "DATE", "2008"),
            ("July 1, 2016", "DATE", "2016-07-01"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("May 2016", "DATE", "2016-05"),
            ("1997", "DATE", "1997"),
            ("every year", "SET", "P1Y"),
            ("2010", "DATE", "2010"),
            ("three years ago", "DATE", "2012"),
            ("last week", "DATE", "2015-W41"),
            ("the past decade", "DURATION", "P10Y"),
            ("every month", "SET", "P1M"),
            ("January", "DATE", "2015-01"),
            ("6:30 p.m.", "TIME", "2015-10-20T18:30"),
            ("Tuesday", "DATE", "2015-10-20"),
            ("Thursday, Oct. 29", "DATE", "2015-10-29"),
            ("Oct. 22", "DATE", "2015-10-22"),
        ],
    ),
    # Monday 2015-01-12 (ISO week 3), US regional paper's weekly public-meetings column,
    # label "YOUR GOVERNMENT", headline "This week: ..." 2015-W03, date line "Monday, January
    # 12, 2015", "Compiled by" line, a list under day headings "Monday, Jan. 12" to "Saturday,
    # Jan. 17" (each one DATE span with its weekday), then "NEXT WEEK" (a section label naming
    # the coming week, DATE 2015-W04) and "ALSO". Each clock time takes the day of its heading
    # ("9 a.m." and "5:30 p.m." 2015-01-12, "noon" and "6 p.m." 2015-01-13, "7 p.m." and "6:30
    # p.m." 2015-01-14, "10 a.m." 2015-01-15, "noon" 2015-01-16, "8 a.m. to 10 a.m."
    # 2015-01-17); "noon" is T12:00. "as listed at 3 p.m. Friday" is the Friday before the
    # column, 2015-01-09T15:00 and 2015-01-09 (past). Two fiscal calendars: the city's runs
    # July-June, so "the fiscal year that began July 1" is FY2015 plus 2014-07-01; the county's
    # runs October-September, so "the first quarter of fiscal 2015, which began Oct. 1" is
    # FY2015-Q1 (October-December 2014) plus 2014-10-01, and "from a year earlier" after it
    # FY2014-Q1 (gold_blind41); both named by the year they end. "Monday mornings" SET
    # XXXX-WXX-1TMO (gold_blind20's "Saturday nights"). "a two-year budget that takes effect
    # July 1" P2Y and 2015-07-01 (the coming state fiscal year); "scheduled to run 90 days"
    # P90D. "elected Nov. 4 and sworn in Jan. 5" 2014-11-04 and 2015-01-05; "Aug. 12" and "May
    # 19" ahead in 2015; "Martin Luther King Jr. Day" 2015-01-19 (third Monday of January)
    # beside "Monday, Jan. 19"; "tax bills for 2014" -> "2014"; "until 6 p.m. on Thursday,
    # Jan. 29" TIME and DATE. Not annotated: "a midyear report" (an adjective naming a point of
    # the fiscal year, with no value shape), "the first day of classes" beyond "Aug. 12" (an
    # ordinal day of an event), "their first work session", "Room 214", "Channel 7", "2015 Mill
    # Road" (an address holding the year, beside "2015" annotated twice),
    # "brandtcity.gov/tax2014" (a year in a web address, beside the annotated "2014"), "$4.2
    # million", "31 percent", "120", "the State of the State address" (an event).
    "brandt-sumner-government-week-ahead": (
        "2015-01-12",
        [
            ("This week", "DATE", "2015-W03"),
            ("Monday, January 12, 2015", "DATE", "2015-01-12"),
            ("this week", "DATE", "2015-W03"),
            ("3 p.m.", "TIME", "2015-01-09T15:00"),
            ("Friday", "DATE", "2015-01-09"),
            ("Monday, Jan. 12", "DATE", "2015-01-12"),
            ("9 a.m.", "TIME", "2015-01-12T09:00"),
            ("2015", "DATE", "2015"),
            ("Monday mornings", "SET", "XXXX-WXX-1TMO"),
            ("5:30 p.m.", "TIME", "2015-01-12T17:30"),
            ("the fiscal year", "DATE", "FY2015"),
            ("July 1", "DATE", "2014-07-01"),
            ("Nov. 4", "DATE", "2014-11-04"),
            ("Jan. 5", "DATE", "2015-01-05"),
            ("Tuesday, Jan. 13", "DATE", "2015-01-13"),
            ("noon", "TIME", "2015-01-13T12:00"),
            ("2015", "DATE", "2015"),
            ("90 days", "DURATION", "P90D"),
            ("two-year", "DURATION", "P2Y"),
            ("July 1", "DATE", "2015-07-01"),
            ("6 p.m.", "TIME", "2015-01-13T18:00"),
            ("Aug. 12", "DATE", "2015-08-12"),
            ("Wednesday, Jan. 14", "DATE", "2015-01-14"),
            ("7 p.m.", "TIME", "2015-01-14T19:00"),
            ("6:30 p.m.", "TIME", "2015-01-14T18:30"),
            ("Thursday, Jan. 15", "DATE", "2015-01-15"),
            ("10 a.m.", "TIME", "2015-01-15T10:00"),
            ("the first quarter of fiscal 2015", "DATE", "FY2015-Q1"),
            ("Oct. 1", "DATE", "2014-10-01"),
            ("a year earlier", "DATE", "FY2014-Q1"),
            ("Friday, Jan. 16", "DATE", "2015-01-16"),
            ("noon", "TIME", "2015-01-16T12:00"),
            ("May 19", "DATE", "2015-05-19"),
            ("Saturday, Jan. 17", "DATE", "2015-01-17"),
            ("8 a.m.", "TIME", "2015-01-17T08:00"),
            ("10 a.m.", "TIME", "2015-01-17T10:00"),
            ("NEXT WEEK", "DATE", "2015-W04"),
            ("Monday, Jan. 19", "DATE", "2015-01-19"),
            ("Martin Luther King Jr. Day", "DATE", "2015-01-19"),
            ("2014", "DATE", "2014"),
            ("Jan. 31", "DATE", "2015-01-31"),
            ("6 p.m.", "TIME", "2015-01-29T18:00"),
            ("Thursday, Jan. 29", "DATE", "2015-01-29"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
