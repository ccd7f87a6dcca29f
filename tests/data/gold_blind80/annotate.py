"""Annotations of the eightieth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind80/annotate.py [--show]

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
    # Wednesday 2013-05-22 (ISO week 21), US weekly farm paper, headline, byline, date line
    # "Wednesday, May 22, 2013", "ABBOTT'S GROVE, Iowa —" dateline. "last Thursday" in a
    # Wednesday paper is the most recent Thursday, 2013-05-16; "by Monday night" 2013-05-20TNI,
    # the farmer "said Tuesday" 2013-05-21 and the elevator's bid "on Tuesday" the same day
    # (past); "As of Sunday" 2013-05-19 ("as of" a signal, gold_blind30), the weekly report
    # "released Monday afternoon" 2013-05-20TAF; "a week earlier" than the figure as of Sunday
    # is the ISO week before, 2013-W19 (gold_blind22); "the five-year average" -> "five-year"
    # DURATION P5Y (adjectival duration). "A year ago" 2012 and the "mid-May" of that year,
    # 2012-05 (anchored on "A year ago", not the nearest May). "the wettest May I can
    # remember" -> "May" 2013-05, this May (gold_blind8's "the wettest March"). The meeting
    # "for 7 p.m. Thursday" is ahead, 2013-05-23, two TIMEX3; "next Tuesday" in a Wednesday
    # paper is the coming one, 2013-05-28 (gold_blind5's "next Friday"); "from Friday"
    # 2013-05-24 (future); "the Memorial Day weekend" is the Saturday and Sunday before Memorial
    # Day (Monday 2013-05-27), 2013-W21-WE (gold_blind21); "early next week" 2013-W22, the
    # modifier unrecorded. Futures and forward months look ahead: "the July futures contract"
    # 2013-07, "October delivery" 2013-10 (gold_blind6, gold_blind14). "In 2011 we were done by
    # April 28" -> 2011-04-28 (the year of its clause). Not annotated: "spring planting" (a farm
    # operation, like "summer jobs" in gold_blind44), "prevented planting", "old-crop",
    # "New-crop", "Every time it dries out", "No. 2 yellow corn", "Field 12", "Hartwell 4410",
    # "Dunning 97R", "may be swapped", "58", bushels, prices, acres and percentages.
    "tillson-county-wet-spring-planting": (
        "2013-05-22",
        [
            ("May 31", "DATE", "2013-05-31"),
            ("Wednesday, May 22, 2013", "DATE", "2013-05-22"),
            ("April 20", "DATE", "2013-04-20"),
            ("last Thursday", "DATE", "2013-05-16"),
            ("Monday night", "TIME", "2013-05-20TNI"),
            ("Tuesday", "DATE", "2013-05-21"),
            ("1979", "DATE", "1979"),
            ("May", "DATE", "2013-05"),
            ("Sunday", "DATE", "2013-05-19"),
            ("weekly", "SET", "P1W"),
            ("Monday afternoon", "TIME", "2013-05-20TAF"),
            ("a week earlier", "DATE", "2013-W19"),
            ("five-year", "DURATION", "P5Y"),
            ("A year ago", "DATE", "2012"),
            ("mid-May", "DATE", "2012-05"),
            ("this week", "DATE", "2013-W21"),
            ("May 1", "DATE", "2013-05-01"),
            ("May 31", "DATE", "2013-05-31"),
            ("25-day", "DURATION", "P25D"),
            ("June 15", "DATE", "2013-06-15"),
            ("7 p.m.", "TIME", "2013-05-23T19:00"),
            ("Thursday", "DATE", "2013-05-23"),
            ("next Tuesday", "DATE", "2013-05-28"),
            ("Friday", "DATE", "2013-05-24"),
            ("the Memorial Day weekend", "DATE", "2013-W21-WE"),
            ("early next week", "DATE", "2013-W22"),
            ("Tuesday", "DATE", "2013-05-21"),
            ("July", "DATE", "2013-07"),
            ("October", "DATE", "2013-10"),
            ("1936", "DATE", "1936"),
            ("the end of the month", "DATE", "2013-05"),
            ("2011", "DATE", "2011"),
            ("April 28", "DATE", "2011-04-28"),
            ("This year", "DATE", "2013"),
            ("June", "DATE", "2013-06"),
        ],
    ),
    # Thursday 2014-09-04 (ISO week 36), commodity wire, "GRAINS-" headline ("4-year low",
    # adjectival DURATION like "seven-year low" in gold_blind23), "MERROW, Sept 4 (Kestrel
    # Wire) -" dateline (the publication day). Prices fell "on Thursday", the day of the wire;
    # the supply report is "due on Tuesday" 2014-09-09 and is the "monthly report on Tuesday"
    # (the adjective a SET, a recurring report, like "weekly polls" in gold_blind28). Contract
    # months look forward (gold_blind6, gold_blind14, gold_blind23): "December wheat" and
    # "December corn" 2014-12, "The March contract" 2015-03, "November soybeans" 2014-11; the
    # ticker "MWZ4" (December 2014 in exchange code) is an identifier and is not annotated.
    # "1:20 p.m. local time (1020 GMT)" two TIME on the day of the wire (gold_blind28). "as of
    # Sunday" 2014-08-31, the ministry "said on Monday" 2014-09-01, "a week earlier" 2014-W34
    # (the week before the week to Sunday, W35); the funds' position "as of Tuesday" is the
    # past one, 2014-09-02. Crop and marketing years written with two years give two DATEs each,
    # "crop" and "marketing year" left out ("the 2014-15 crop" -> "2014", "15" 2015; "the
    # 2014/15 marketing year" likewise). The earlier sets disagree on year pairs (one FY span
    # for financial years in gold_blind21 and gold_blind49; two DATEs for seasons and school
    # years in gold_blind10, gold_blind29, gold_blind43 and gold_blind44); a marketing year is
    # no fiscal year and has no value shape, so the TimeML reading that gold_blind44 followed
    # is kept: each written year is a DATE (see README). "about a week ahead of normal" is the
    # size of a lead, DURATION P1W (like "a year later than" in gold_blind35). "August exports
    # ... from a year earlier" -> 2013-08, the granularity of what it is compared with; "the fourth
    # quarter" 2014-Q4 (ahead); "most of the summer" -> "the summer" 2014-SU ("most of" left
    # out like "most of this year" in gold_blind9); past "April", "mid-May", "August",
    # "mid-June"; "not before October" future 2014-10. Not annotated: "last season's harvest"
    # (a crop season, gold_blind15, gold_blind29), "the new crop", "spring planting", "winter
    # wheat", "record crop", "4-1/4 cents", "$5.11-1/2", "MWZ4", percentages and tonnages.
    "sorvania-wheat-four-year-low": (
        "2014-09-04",
        [
            ("4-year", "DURATION", "P4Y"),
            ("Sept 4", "DATE", "2014-09-04"),
            ("more than four years", "DURATION", "P4Y"),
            ("Thursday", "DATE", "2014-09-04"),
            ("Tuesday", "DATE", "2014-09-09"),
            ("December", "DATE", "2014-12"),
            ("1:20 p.m. local time", "TIME", "2014-09-04T13:20"),
            ("1020 GMT", "TIME", "2014-09-04T10:20"),
            ("June 2010", "DATE", "2010-06"),
            ("March", "DATE", "2015-03"),
            ("December", "DATE", "2014-12"),
            ("November", "DATE", "2014-11"),
            ("Sunday", "DATE", "2014-08-31"),
            ("Monday", "DATE", "2014-09-01"),
            ("a week earlier", "DATE", "2014-W34"),
            ("2014", "DATE", "2014"),
            ("15", "DATE", "2015"),
            ("late June", "DATE", "2014-06"),
            ("about a week", "DURATION", "P1W"),
            ("2014", "DATE", "2014"),
            ("15", "DATE", "2015"),
            ("July 1", "DATE", "2014-07-01"),
            ("Aug 31", "DATE", "2014-08-31"),
            ("August", "DATE", "2014-08"),
            ("a year earlier", "DATE", "2013-08"),
            ("monthly", "SET", "P1M"),
            ("Tuesday", "DATE", "2014-09-09"),
            ("the fourth quarter", "DATE", "2014-Q4"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("August", "DATE", "2014-08"),
            ("April", "DATE", "2014-04"),
            ("mid-May", "DATE", "2014-05"),
            ("the summer", "DATE", "2014-SU"),
            ("every week", "SET", "P1W"),
            ("mid-June", "DATE", "2014-06"),
            ("Tuesday", "DATE", "2014-09-02"),
            ("October", "DATE", "2014-10"),
        ],
    ),
    # Monday 2015-06-01 (ISO week 23), government weekly crop bulletin, "Released: Monday, 1 June
    # 2015, 15:00 hours" (the publication day; "hours" kept in the span, gold_blind27,
    # gold_blind77), "Period covered: the week ending Sunday, 31 May 2015" and "in the week to
    # Sunday" -> "the week" DATE 2015-W22 plus the Sunday, "ending" and "to" signals, like "the
    # week ending Friday" (gold_blind22): the reporting week runs Monday-Sunday, so it is the
    # ISO week exactly. "Rainfall in the week" and the price "in the week" are the same week,
    # 2015-W22. "As of 31 May" 2015-05-31; "a week earlier" (twice) and "the previous week"
    # 2015-W21; "at the same date last year" -> one span, 2014-05-31 (like "the same week last
    # year" in gold_blind22); "five-year average" -> "five-year" P5Y. "by 20 June" ahead,
    # 2015-06-20; "about a week earlier than in 2014" -> "about a week" DURATION P1W and "2014".
    # "31C on Thursday and Friday" are the past ones, 2015-05-28 and 2015-05-29; the forecast
    # "from Wednesday night into Thursday" 2015-06-03TNI and 2015-06-04, "over the weekend"
    # 2015-W23-WE. "since mid-2014" -> "mid-2014" 2014 (gold_blind23). "every Monday" SET
    # XXXX-WXX-1; "the 2015 wheat harvest" -> "2015"; "the 2015/16 marketing year" -> "2015",
    # "16" 2016 (see README); "on 1 July" 2015-07-01; "Monday, 8 June 2015, at 15:00" two
    # TIMEX3. Not annotated: "Bulletin No. 14/2015", "tel. 2 2015 4410", "the Crop Statistics Act
    # 1998" (a year inside an Act's short title, gold_blind49, gold_blind69), "class 2", the
    # headings "WINTER CROPS" and "SPRING CROPS", "Winter wheat", "Spring barley", "First-cut
    # hay", "the growing season", "31C", "4 mm", percentages and prices.
    "estravia-crop-progress-bulletin": (
        "2015-06-01",
        [
            ("Monday, 1 June 2015", "DATE", "2015-06-01"),
            ("15:00 hours", "TIME", "2015-06-01T15:00"),
            ("the week", "DATE", "2015-W22"),
            ("Sunday, 31 May 2015", "DATE", "2015-05-31"),
            ("the week", "DATE", "2015-W22"),
            ("Sunday", "DATE", "2015-05-31"),
            ("31 May", "DATE", "2015-05-31"),
            ("a week earlier", "DATE", "2015-W21"),
            ("the same date last year", "DATE", "2014-05-31"),
            ("five-year", "DURATION", "P5Y"),
            ("the previous week", "DATE", "2015-W21"),
            ("20 June", "DATE", "2015-06-20"),
            ("about a week", "DURATION", "P1W"),
            ("2014", "DATE", "2014"),
            ("the week", "DATE", "2015-W22"),
            ("now", "DATE", "PRESENT_REF"),
            ("three weeks", "DURATION", "P3W"),
            ("a week earlier", "DATE", "2015-W21"),
            ("Thursday", "DATE", "2015-05-28"),
            ("Friday", "DATE", "2015-05-29"),
            ("Wednesday night", "TIME", "2015-06-03TNI"),
            ("Thursday", "DATE", "2015-06-04"),
            ("the weekend", "DATE", "2015-W23-WE"),
            ("the week", "DATE", "2015-W22"),
            ("April", "DATE", "2015-04"),
            ("mid-2014", "DATE", "2014"),
            ("every Monday", "SET", "XXXX-WXX-1"),
            ("2015", "DATE", "2015"),
            ("Friday, 12 June", "DATE", "2015-06-12"),
            ("2015", "DATE", "2015"),
            ("16", "DATE", "2016"),
            ("1 July", "DATE", "2015-07-01"),
            ("Monday, 8 June 2015", "DATE", "2015-06-08"),
            ("15:00", "TIME", "2015-06-08T15:00"),
        ],
    ),
    # Saturday 2013-08-31 (ISO week 35), British regional paper's harvest feature, headline
    # ("sixteen hours", DURATION PT16H), standfirst ("began in late July ... by mid-September",
    # 2013-07 and 2013-09; "since 1948"), byline, date line "Saturday 31 August 2013". The day
    # told is Thursday 2013-08-29: "6.30am on Thursday", "By 10.15am", "until 10.40pm" and "By 9pm
    # on Thursday" all on that day (clock times on the day of their sentence, gold_blind28).
    # "a 20-minute lunch" adjectival DURATION. "the wettest autumn anyone could remember" before
    # the spring sowing is the autumn of 2012, 2012-FA; "its driest summer since 1976" -> "summer"
    # 2013-SU (this summer, like "The warmest November since records began" in gold_blind19) and
    # "1976"; "three weeks without rain in July" P3W and 2013-07. Past "October" of last season
    # 2012-10; "This year" 2013; "over the past decade" -> "the past decade" P10Y. "The bank
    # holiday weekend" (the August bank holiday, Monday 2013-08-26) is the weekend before it,
    # 2013-W34-WE, like "the Memorial Day weekend"; "about 4pm on Sunday" 2013-08-25T16:00 and
    # 2013-08-25, "two days later" after that Sunday 2013-08-27 (gold_blind43). "November
    # delivery" forward 2013-11; "on Friday" 2013-08-30; "a year ago" 2012; "in the spring"
    # ahead 2014-SP; "Every summer" SET XXXX-SU; "next August" 2014-08; "next week" 2013-W36.
    # Not annotated: "a strange season", "Last season's harvest" (crop seasons), "winter wheat",
    # "spring barley", "Brackton 21", "Long Forty", "Nine Acre", "22-acre", "34", "63",
    # "full-time", "may recover", tonnes, prices and percentages.
    "nether-fallow-harvest-feature": (
        "2013-08-31",
        [
            ("sixteen hours", "DURATION", "PT16H"),
            ("late July", "DATE", "2013-07"),
            ("mid-September", "DATE", "2013-09"),
            ("1948", "DATE", "1948"),
            ("Saturday 31 August 2013", "DATE", "2013-08-31"),
            ("6.30am", "TIME", "2013-08-29T06:30"),
            ("Thursday", "DATE", "2013-08-29"),
            ("10.15am", "TIME", "2013-08-29T10:15"),
            ("20-minute", "DURATION", "PT20M"),
            ("10.40pm", "TIME", "2013-08-29T22:40"),
            ("autumn", "DATE", "2012-FA"),
            ("April", "DATE", "2013-04"),
            ("summer", "DATE", "2013-SU"),
            ("1976", "DATE", "1976"),
            ("three weeks", "DURATION", "P3W"),
            ("July", "DATE", "2013-07"),
            ("October", "DATE", "2012-10"),
            ("This year", "DATE", "2013"),
            ("the past decade", "DURATION", "P10Y"),
            ("1948", "DATE", "1948"),
            ("the 1960s", "DATE", "196"),
            ("A decade ago", "DATE", "2003"),
            ("now", "DATE", "PRESENT_REF"),
            ("The bank holiday weekend", "DATE", "2013-W34-WE"),
            ("about 4pm", "TIME", "2013-08-25T16:00"),
            ("Sunday", "DATE", "2013-08-25"),
            ("two days later", "DATE", "2013-08-27"),
            ("November", "DATE", "2013-11"),
            ("Friday", "DATE", "2013-08-30"),
            ("a year ago", "DATE", "2012"),
            ("the spring", "DATE", "2014-SP"),
            ("9pm", "TIME", "2013-08-29T21:00"),
            ("Thursday", "DATE", "2013-08-29"),
            ("Every summer", "SET", "XXXX-SU"),
            ("next August", "DATE", "2014-08"),
            ("next week", "DATE", "2013-W36"),
            ("mid-September", "DATE", "2013-09"),
        ],
    ),
    # Tuesday 2014-12-16 (ISO week 51), newspaper fisheries story, headline ("for 2015"), deck
    # ("protest march planned for Saturday", 2014-12-20, future), byline, date line "Tuesday,
    # December 16, 2014", "SKELLAND —" dateline. The talks ended "early Tuesday", the
    # publication day (modifier kept, gold_blind14's "early Sunday"), "at about 3.40am"
    # 2014-12-16T03:40, after a session that began "on Monday morning" 2014-12-15TMO. "the 2015
    # quota" -> "2015"; "a year earlier" than the 2015 quota is 2014; "apply from January 1"
    # 2015-01-01 ("from" a signal). Past "October" 2014-10; "late last year" 2013 (modifier
    # unrecorded); "since 2008"; "for 90 days from February 1" P90D and 2015-02-01; "every day"
    # SET P1D; "a five-year recovery plan" P5Y; "annually" SET P1Y; "more than three decades"
    # P30Y; "the 1990s" and "the early 1990s" 199. "the 1990 Fisheries Act" -> "1990" (an
    # adjectival year before a name, like "the 1990 Farm Bill"), while the year of "the Coastal
    # Fisheries Act 2009" is part of the Act's short title and is not annotated (see README).
    # "recently" PAST_REF; "Thursday night" ahead, 2014-12-18TNI ("would meet"); "in January"
    # ahead, 2015-01; "Earlier this month" 2014-12; "at least six weeks" P6W; "the first half of
    # next year" one span, 2015-H1 (gold_blind14); "the coming months" PXM; "2016"; "the end of
    # June" 2015-06. Not annotated: "all-night" (an adjective, like "an overnight maintenance
    # window" in gold_blind21), "since records began" (gold_blind36), "Every time they cut",
    # "at a time", "for the first time" (only "2008" is annotated), "SK 1987", "march" (noun),
    # "may not", "52", "15%", "12 metres", tonnages and crowns.
    "haldria-cod-quota-cut": (
        "2014-12-16",
        [
            ("2015", "DATE", "2015"),
            ("Saturday", "DATE", "2014-12-20"),
            ("Tuesday, December 16, 2014", "DATE", "2014-12-16"),
            ("next year", "DATE", "2015"),
            ("2014", "DATE", "2014"),
            ("two days", "DURATION", "P2D"),
            ("early Tuesday", "DATE", "2014-12-16"),
            ("about 3.40am", "TIME", "2014-12-16T03:40"),
            ("Monday morning", "TIME", "2014-12-15TMO"),
            ("2015", "DATE", "2015"),
            ("a year earlier", "DATE", "2014"),
            ("January 1", "DATE", "2015-01-01"),
            ("October", "DATE", "2014-10"),
            ("late last year", "DATE", "2013"),
            ("2008", "DATE", "2008"),
            ("90 days", "DURATION", "P90D"),
            ("February 1", "DATE", "2015-02-01"),
            ("every day", "SET", "P1D"),
            ("five-year", "DURATION", "P5Y"),
            ("2012", "DATE", "2012"),
            ("annually", "SET", "P1Y"),
            ("more than three decades", "DURATION", "P30Y"),
            ("the 1990s", "DATE", "199"),
            ("the early 1990s", "DATE", "199"),
            ("1990", "DATE", "1990"),
            ("recently", "DATE", "PAST_REF"),
            ("Saturday", "DATE", "2014-12-20"),
            ("Thursday night", "TIME", "2014-12-18TNI"),
            ("January", "DATE", "2015-01"),
            ("Earlier this month", "DATE", "2014-12"),
            ("at least six weeks", "DURATION", "P6W"),
            ("the first half of next year", "DATE", "2015-H1"),
            ("the coming months", "DURATION", "PXM"),
            ("2016", "DATE", "2016"),
            ("the end of June", "DATE", "2015-06"),
        ],
    ),
    # Friday 2012-03-09 (ISO week 10), British newspaper's weekend wine column (a vintage
    # review), headline ("2011 vintage"), standfirst ("best red wine in a decade", the period of
    # a superlative, P10Y, gold_blind28), date line "Friday 9 March 2012". A vintage year names
    # the year the grapes grew and is a DATE, also when it stands for the wine ("the 2011
    # reds", "The best 2011 reds", "Moravec's 2011", "the ripeness of 2009 ... the freshness of
    # 2010"), like "the 2015 growing season" -> "2015" (gold_blind27). "Last month" 2012-02;
    # "a year ago" 2011; the vintage's own months and season are those of 2011: "The spring"
    # 2011-SP, "the night of June 14" one TIME span 2011-06-14TNI (gold_blind28's "the evening
    # of June 24"), "a fortnight" P2W, "August", "September" and "late September" 2011-08,
    # 2011-09, "three weeks later than in 2009" P3W (size of a delay) and "2009", "October 14"
    # 2011-10-14. "since 1887" is annotated, the wine name "Cuvée 1887" is not. "A decade ago"
    # 2002; "more than a decade" P10Y; "now" PRESENT_REF; "18 months" P18M; "the autumn of
    # 2013" one span 2013-FA; "next month" 2012-04; "Drink those from 2014"; "the next five
    # years" P5Y; "between 2018 and 2025" two DATEs; "on Saturday from 11am" ahead, 2012-03-10
    # and 2012-03-10T11:00; "this month's issue" -> "this month" 2012-03. Not annotated: "Cuvée
    # 1887", "(94/100)" (a score), "60-year-old vines" (an age), "Block 7", "the wine of the
    # vintage", "grower of the year" (a title), "the Sunday Cellar" (a magazine), "may rise",
    # "since" (anaphoric), "13.5 per cent", "18 hectolitres", "30C", prices.
    "cardell-valley-2011-vintage": (
        "2012-03-09",
        [
            ("2011", "DATE", "2011"),
            ("a decade", "DURATION", "P10Y"),
            ("Friday 9 March 2012", "DATE", "2012-03-09"),
            ("Last month", "DATE", "2012-02"),
            ("four days", "DURATION", "P4D"),
            ("2011", "DATE", "2011"),
            ("a year ago", "DATE", "2011"),
            ("The spring", "DATE", "2011-SP"),
            ("the night of June 14", "TIME", "2011-06-14TNI"),
            ("a fortnight", "DURATION", "P2W"),
            ("August", "DATE", "2011-08"),
            ("September", "DATE", "2011-09"),
            ("late September", "DATE", "2011-09"),
            ("three weeks", "DURATION", "P3W"),
            ("2009", "DATE", "2009"),
            ("October 14", "DATE", "2011-10-14"),
            ("1887", "DATE", "1887"),
            ("2011", "DATE", "2011"),
            ("2009", "DATE", "2009"),
            ("2010", "DATE", "2010"),
            ("the 1980s", "DATE", "198"),
            ("A decade ago", "DATE", "2002"),
            ("more than a decade", "DURATION", "P10Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("2011", "DATE", "2011"),
            ("18 months", "DURATION", "P18M"),
            ("the autumn of 2013", "DATE", "2013-FA"),
            ("next month", "DATE", "2012-04"),
            ("2014", "DATE", "2014"),
            ("the next five years", "DURATION", "P5Y"),
            ("2018", "DATE", "2018"),
            ("2025", "DATE", "2025"),
            ("Saturday", "DATE", "2012-03-10"),
            ("11am", "TIME", "2012-03-10T11:00"),
            ("this month", "DATE", "2012-03"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
