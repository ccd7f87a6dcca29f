"""Annotations of the hundred-and-twenty-first blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind121/annotate.py [--show]

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
    # Thursday 2013-05-16 (ISO week 20), Reuters-style wire on a round of trade talks,
    # "VELMORA, May 16 (Reuters) -" dateline (the dateline's "May 16" is the DATE of the wire).
    # The headline's "by year-end" -> "year-end" 2013 (gold_blind29, gold_blind33), "by the end
    # of the year" 2013. The round ended "on Thursday", the publication day; it "opened ... on
    # Friday" 2013-05-10 and was "week-long" (adjectival DURATION P1W); the closing session ended
    # "at 4:30 p.m. local time (1430 GMT)", two TIMEs on the day, the zone words in the span and
    # not in the value (gold_blind40, gold_blind78). "were due to meet again on Tuesday" is a
    # plan still ahead, 2013-05-21; the farmers' protest "on Sunday" 2013-05-12 and Mlask "said
    # on Wednesday" 2013-05-15 are past; "this weekend" 2013-W20-WE (18-19 May). "next month"
    # 2013-06; "June 24" 2013-06-24; "in February" 2013-02, "Feb. 21" and "two days later"
    # 2013-02-23, anchored on the narrative's last date (gold_blind43, gold_blind103). "within two
    # years" -> "two years" P2Y; "over 10 years" -> "10 years" P10Y; "by 2020". "last year" 2012
    # and "from 2011"; "the first quarter" 2013-Q1 and "a year earlier" after it 2012-Q1 (a
    # country's calendar quarters, gold_blind35, gold_blind40). "Every month" SET P1M; "a monthly
    # survey" an adjectival frequency naming a recurring report, SET P1M (gold_blind80); "twice a
    # year" SET P1Y (like "twice a week" P1W, gold_blind35); "the autumn" ahead in May 2013-FA;
    # "until next spring" -> "next spring" 2014-SP; "recent months" PAST_REF; "Now" PRESENT_REF.
    # Not annotated: "UPDATE 1" (a wire version number), "tariff heading 0406" (a customs code
    # that reads like a day and month), "five-nation", "the 14 chapters", "six", "a fourth round",
    # "The fifth round", "The third round" (ordinals of events), "milk quotas", "40 percent",
    # "6 percent", "9 percent", "60 percent", "18.2 billion euros", "a second march".
    "marvessa-caldric-fourth-round-talks": (
        "2013-05-16",
        [
            ("year-end", "DATE", "2013"),
            ("May 16", "DATE", "2013-05-16"),
            ("Thursday", "DATE", "2013-05-16"),
            ("the end of the year", "DATE", "2013"),
            ("week-long", "DURATION", "P1W"),
            ("Friday", "DATE", "2013-05-10"),
            ("4:30 p.m. local time", "TIME", "2013-05-16T16:30"),
            ("1430 GMT", "TIME", "2013-05-16T14:30"),
            ("the past 18 months", "DURATION", "P18M"),
            ("10 years", "DURATION", "P10Y"),
            ("2020", "DATE", "2020"),
            ("June 24", "DATE", "2013-06-24"),
            ("two weeks", "DURATION", "P2W"),
            ("next month", "DATE", "2013-06"),
            ("Tuesday", "DATE", "2013-05-21"),
            ("October 2011", "DATE", "2011-10"),
            ("two years", "DURATION", "P2Y"),
            ("February", "DATE", "2013-02"),
            ("Feb. 21", "DATE", "2013-02-21"),
            ("two days later", "DATE", "2013-02-23"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Sunday", "DATE", "2013-05-12"),
            ("this weekend", "DATE", "2013-W20-WE"),
            ("last year", "DATE", "2012"),
            ("2011", "DATE", "2011"),
            ("the first quarter", "DATE", "2013-Q1"),
            ("a year earlier", "DATE", "2012-Q1"),
            ("Every month", "SET", "P1M"),
            ("monthly", "SET", "P1M"),
            ("April", "DATE", "2013-04"),
            ("recent months", "DATE", "PAST_REF"),
            ("twice a year", "SET", "P1Y"),
            ("the autumn", "DATE", "2013-FA"),
            ("Wednesday", "DATE", "2013-05-15"),
            ("next spring", "DATE", "2014-SP"),
        ],
    ),
    # Saturday 2014-06-28 (ISO week 26), US regional paper, headline, byline, date line
    # "Saturday, June 28, 2014", "PORT ADDISON —" dateline. The duty "takes effect at 12:01 a.m.
    # Tuesday" (headline and lead): "12:01 a.m." 2014-07-01T00:01 and "Tuesday" 2014-07-01, two
    # TIMEX3 (gold_blind55, gold_blind75). Past weekdays: "since Monday" 2014-06-23, "Thursday
    # night" 2014-06-26TNI, Kroll "said Friday" 2014-06-27; future: "after Monday" 2014-06-30
    # (the last working day before the duty), so one story holds Monday both ways; "The Fourth
    # of July falls on Friday this year" -> "The Fourth of July" 2014-07-04 (a holiday on the
    # day it falls on, the article kept as part of the name), "Friday" 2014-07-04, "this year"
    # 2014. "this weekend" 2014-W26-WE (28-29 June, begun on the publication day); "next
    # weekend" and "the holiday weekend" 2014-W27-WE (5-6 July; the weekend after the Friday
    # holiday takes the ISO week of its Saturday, like "the Fourth of July weekend" in
    # gold_blind57). "this spring" in late June is the spring just ended, 2014-SP; "by August"
    # 2014-08; "by the fall" 2014-FA; "next spring" 2015-SP. "a 14-month investigation"
    # adjectival DURATION P14M; "For five years" and "for five years" P5Y; "have 30 days" P30D;
    # "about 14 weeks" P14W (the length of the boating season, a duration, modifier kept).
    # "every Friday since January" a SET XXXX-WXX-5 and a DATE 2014-01; "annually" SET P1Y;
    # "open until 9 p.m. every night this week": "9 p.m." is the closing hour of every night,
    # XXXX-XX-XXT21:00, with its SET "every night" XXXX-XX-XXTNI (gold_blind103) and "this week"
    # 2014-W26. "the 2010 total" -> "2010" an adjectival year; "the first quarter" 2014-Q1 and
    # "a year earlier" 2013-Q1. Not annotated: "25 percent", "a 25 percent duty", "Route 31",
    # "TR-1850" (a model name), "2014 Lakeshore Drive" (an address holding the year of the
    # story), "$600", "$2,400", "$3,000", "310 people", "45 workers", "40 trailers", "12",
    # "18,000", "22 percent", "20 trailers", "a third shift", "Boating season", "the season's
    # over" (an event-named period), "before then" (anaphoric).
    "port-addison-boat-trailer-tariff": (
        "2014-06-28",
        [
            ("Tuesday", "DATE", "2014-07-01"),
            ("Saturday, June 28, 2014", "DATE", "2014-06-28"),
            ("12:01 a.m.", "TIME", "2014-07-01T00:01"),
            ("Tuesday", "DATE", "2014-07-01"),
            ("the past week", "DURATION", "P1W"),
            ("March", "DATE", "2014-03"),
            ("14-month", "DURATION", "P14M"),
            ("Monday", "DATE", "2014-06-23"),
            ("May", "DATE", "2014-05"),
            ("Thursday night", "TIME", "2014-06-26TNI"),
            ("this spring", "DATE", "2014-SP"),
            ("August", "DATE", "2014-08"),
            ("last year", "DATE", "2013"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("January", "DATE", "2014-01"),
            ("Friday", "DATE", "2014-06-27"),
            ("the fall", "DATE", "2014-FA"),
            ("next spring", "DATE", "2015-SP"),
            ("five years", "DURATION", "P5Y"),
            ("Now", "DATE", "PRESENT_REF"),
            ("annually", "SET", "P1Y"),
            ("five years", "DURATION", "P5Y"),
            ("30 days", "DURATION", "P30D"),
            ("Aug. 12", "DATE", "2014-08-12"),
            ("2013", "DATE", "2013"),
            ("2010", "DATE", "2010"),
            ("the first quarter", "DATE", "2014-Q1"),
            ("a year earlier", "DATE", "2013-Q1"),
            ("next weekend", "DATE", "2014-W27-WE"),
            ("The Fourth of July", "DATE", "2014-07-04"),
            ("Friday", "DATE", "2014-07-04"),
            ("this year", "DATE", "2014"),
            ("the holiday weekend", "DATE", "2014-W27-WE"),
            ("about 14 weeks", "DURATION", "P14W"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("this week", "DATE", "2014-W26"),
            ("this weekend", "DATE", "2014-W26-WE"),
            ("Monday", "DATE", "2014-06-30"),
        ],
    ),
    # Tuesday 2015-09-15 (ISO week 38), state news agency's English service, monthly trade
    # figures, headline ("in August"), "KORSAV, Sept 15 (TNA) --" dateline ("Sept 15" the DATE
    # of the wire), "Enditem" at the end. The bureau "said on Tuesday", the publication day; the
    # statement was "released at 10:00 a.m. (0700 GMT)", two TIMEs on that day; "on Tuesday
    # morning" 2015-09-15TMO. "year-on-year in August" -> "year-on-year" 2014-08, the month
    # compared with, and "August" 2015-08 (gold_blind18, gold_blind51, gold_blind78);
    # "Month-on-month" 2015-07, the month before the figure's month (gold_blind51). "in
    # January-August" two DATEs, one per month (gold_blind78); "the first eight months of 2014"
    # split into "the first eight months" P8M and "2014" (gold_blind34, gold_blind78). "the
    # first half" 2015-H1 (a country's calendar half); "in late July" 2015-07; "over the past
    # year" -> "the past year" P1Y; "in mid-2014" 2014 (gold_blind59, gold_blind103); "doubled
    # in August from a year earlier" -> "August" 2015-08 and "a year earlier" 2014-08. The
    # minister "said on Monday" 2015-09-14; the central bank meets "on Thursday" 2015-09-17;
    # "the fourth quarter" 2015-Q4; "2015 as a whole" -> "2015"; "takes effect on Jan. 1" the
    # next one, 2016-01-01; "until the end of the year" 2015; "until December 2016"; "last week"
    # 2015-W37; "early next year" 2016; "the coming months" PXM. "publishes trade figures
    # monthly" SET P1M; "every Friday" SET XXXX-WXX-5; "September data" 2015-09 and "Oct. 15"
    # 2015-10-15. Not annotated: "the third consecutive monthly decline" ("monthly" names the
    # period of a figure, not a recurrence, like "its usual monthly total" in gold_blind103),
    # "Korsa 2015" (a vehicle's model name), "stat.tv/trade/2015-09" (a URL holding the year and
    # month), "third straight month" in the headline (an ordinal count), "so far", "may" (the
    # verb), "Enditem", "6.4 percent", "9.8 percent", "2.1 percent", "3.3 percent", "11
    # percent", "14 percent", "7.5 percent", "2 percent", "3.1 billion dinars", "410 million",
    # "620 million", "24.6 billion", "47 U.S. dollars", "100 dollars", "1,200 products", "400".
    "tarvania-august-exports-fall": (
        "2015-09-15",
        [
            ("August", "DATE", "2015-08"),
            ("Sept 15", "DATE", "2015-09-15"),
            ("year-on-year", "DATE", "2014-08"),
            ("August", "DATE", "2015-08"),
            ("Tuesday", "DATE", "2015-09-15"),
            ("July", "DATE", "2015-07"),
            ("10:00 a.m.", "TIME", "2015-09-15T10:00"),
            ("0700 GMT", "TIME", "2015-09-15T07:00"),
            ("Month-on-month", "DATE", "2015-07"),
            ("late July", "DATE", "2015-07"),
            ("January", "DATE", "2015-01"),
            ("August", "DATE", "2015-08"),
            ("the first eight months", "DURATION", "P8M"),
            ("2014", "DATE", "2014"),
            ("the first half", "DATE", "2015-H1"),
            ("2009", "DATE", "2009"),
            ("the past year", "DURATION", "P1Y"),
            ("Tuesday morning", "TIME", "2015-09-15TMO"),
            ("mid-2014", "DATE", "2014"),
            ("August", "DATE", "2015-08"),
            ("March", "DATE", "2015-03"),
            ("August", "DATE", "2015-08"),
            ("a year earlier", "DATE", "2014-08"),
            ("Monday", "DATE", "2015-09-14"),
            ("the fourth quarter", "DATE", "2015-Q4"),
            ("2015", "DATE", "2015"),
            ("Jan. 1", "DATE", "2016-01-01"),
            ("January", "DATE", "2015-01"),
            ("Aug. 27", "DATE", "2015-08-27"),
            ("Thursday", "DATE", "2015-09-17"),
            ("the end of the year", "DATE", "2015"),
            ("June", "DATE", "2015-06"),
            ("December 2016", "DATE", "2016-12"),
            ("last week", "DATE", "2015-W37"),
            ("monthly", "SET", "P1M"),
            ("September", "DATE", "2015-09"),
            ("Oct. 15", "DATE", "2015-10-15"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("the coming months", "DURATION", "PXM"),
            ("early next year", "DATE", "2016"),
        ],
    ),
    # Wednesday 2014-11-12 (ISO week 46), trade paper's website, masthead, headline ("beat
    # January reset"), stamp "Wednesday 12 November 2014 | 09:40" (DATE and TIME, gold_blind56),
    # byline. The quota is a calendar-year tariff quota: "Norvania's 2014 duty-free quota" ->
    # "2014", an adjectival year like "the 2015 quota" (gold_blind80); "with seven weeks of the
    # quota year to run" -> "seven weeks" P7W, "the quota year" (a period noun with no value of
    # its own, like "marketing year" in gold_blind80) left out. The headline's "January reset"
    # and "release it duty-free in January" are the coming January, 2015-01; "reopens on 1
    # January" 2015-01-01. The figures "showed on Monday" 2014-11-10 (past), "the next figures
    # are due on Monday" 2014-11-17 (future); "every Monday at 10:00" a SET XXXX-WXX-1 and the
    # hour of the recurring update XXXX-XX-XXT10:00 (gold_blind103); the ministry "said on
    # Friday" 2014-11-07; the warehouse stays open "until 22:00 tonight and again on Thursday":
    # "22:00" 2014-11-12T22:00, "tonight" 2014-11-12TNI, "Thursday" 2014-11-13. "by early
    # December" 2014-12; "released in quarterly tranches" SET P3M (an adjectival frequency); "1
    # October" 2014-10-01; "within a fortnight" -> "a fortnight" P2W; "Last year ... on 18
    # November" 2013 and 2013-11-18, "in 2012 ... until 3 December" 2012-12-03 (months anchored
    # on the year of their clause, gold_blind80); "a year ago" 2013; "This year" 2014; "in the
    # summer" the summer just past, 2014-SU; "now" PRESENT_REF; "last week" 2014-W45; "March
    # 2013"; "for up to 90 days" -> "up to 90 days" P90D; "from 2016"; "31 December 2015"; "next
    # spring" 2015-SP; "the past three years" P3Y; "by next July" 2015-07; "In recent years" ->
    # "recent years" PAST_REF; "annually" SET P1Y. Not annotated: "FRESH PRODUCE TRADER" (the
    # masthead), "91%", "60%", "8%", "code 0703 20 00" (a customs code opening like a day and
    # month), "€1.20 a kilo", "€2.95 a kilo", "30,000-tonne", "34,000 tonnes", "2,700 tonnes",
    # "1,000 tonnes", "45,000 tonnes", "6,100 tonnes", "9,800 tonnes", "The fourth tranche" (an
    # ordinal of a release), "Warehouse 12", "Pier 7", "by then" (anaphoric), "the reset", "the
    # quota year", "the domestic harvest".
    "norvania-garlic-quota-nearly-used": (
        "2014-11-12",
        [
            ("January", "DATE", "2015-01"),
            ("Wednesday 12 November 2014", "DATE", "2014-11-12"),
            ("09:40", "TIME", "2014-11-12T09:40"),
            ("2014", "DATE", "2014"),
            ("seven weeks", "DURATION", "P7W"),
            ("Monday", "DATE", "2014-11-10"),
            ("early December", "DATE", "2014-12"),
            ("1 January", "DATE", "2015-01-01"),
            ("2011", "DATE", "2011"),
            ("five-year", "DURATION", "P5Y"),
            ("quarterly", "SET", "P3M"),
            ("1 October", "DATE", "2014-10-01"),
            ("a fortnight", "DURATION", "P2W"),
            ("Last year", "DATE", "2013"),
            ("18 November", "DATE", "2013-11-18"),
            ("2012", "DATE", "2012"),
            ("3 December", "DATE", "2012-12-03"),
            ("a year ago", "DATE", "2013"),
            ("This year", "DATE", "2014"),
            ("the summer", "DATE", "2014-SU"),
            ("now", "DATE", "PRESENT_REF"),
            ("last week", "DATE", "2014-W45"),
            ("March 2013", "DATE", "2013-03"),
            ("up to 90 days", "DURATION", "P90D"),
            ("January", "DATE", "2015-01"),
            ("every Monday", "SET", "XXXX-WXX-1"),
            ("10:00", "TIME", "XXXX-XX-XXT10:00"),
            ("Monday", "DATE", "2014-11-17"),
            ("Friday", "DATE", "2014-11-07"),
            ("2016", "DATE", "2016"),
            ("31 December 2015", "DATE", "2015-12-31"),
            ("next spring", "DATE", "2015-SP"),
            ("the past three years", "DURATION", "P3Y"),
            ("next July", "DATE", "2015-07"),
            ("recent years", "DATE", "PAST_REF"),
            ("annually", "SET", "P1Y"),
            ("2013", "DATE", "2013"),
            ("2008", "DATE", "2008"),
            ("22:00", "TIME", "2014-11-12T22:00"),
            ("tonight", "TIME", "2014-11-12TNI"),
            ("Thursday", "DATE", "2014-11-13"),
        ],
    ),
    # Monday 2015-03-09 (ISO week 11), British broadcaster's business page, headline ("after
    # seven months"), stamp "9 March 2015 Last updated at 12:47 GMT" (DATE and TIME), byline, a
    # "Related stories" list with dated links. The ban was imposed "in August" 2014-08 and
    # lasted seven months (headline "seven months" and "the seven-month ban", DURATION P7M, the
    # latter adjectival). The ministry "said on Sunday" 2015-03-08, its statement "issued at
    # 18:00 local time (15:00 GMT) on Sunday": two TIMEs on 2015-03-08 and the DATE; shipments
    # resume "from Wednesday" 2015-03-11, the first cargo sails "on Thursday" 2015-03-12; futures
    # fell "on Monday", the publication day; the statistics office "said on Friday" 2015-03-06;
    # ships waiting "since the weekend" 2015-W10-WE (7-8 March, just past). "until the end of
    # June" 2015-06; "until the end of March" 2015-03 (the ban's old end, ahead). "after a mild
    # winter" -> "winter" 2015-WI, the head noun of a particular season, the winter of 2014-15
    # taking the year of its January (gold_blind10, gold_blind103); "winter crops" a crop class,
    # not annotated (gold_blind80). "the benchmark May contract" -> "May" 2015-05, a contract
    # month ahead (gold_blind80). "For months" PXM; "Now" and "now" PRESENT_REF; "the second time
    # in five years" -> "five years" P5Y (the period of an ordinal count, gold_blind103); "in
    # 2010 lasted 10 months" 2010 and P10M; "since 2008". "the 2014-15 season" -> "2014" and
    # "15" 2015, two DATEs with "season" left out (gold_blind10, gold_blind80). "between April
    # and June" 2015-04 and 2015-06; "monthly" SET P1M; "two weeks' notice" -> "two weeks" P2W
    # (gold_blind18's "30 days' notice"); "in the spring" 2015-SP; "in recent years" PAST_REF;
    # "next week" 2015-W12; "over the past six weeks" -> "the past six weeks" P6W; the links'
    # dates "(14 August 2014)" and "(21 August 2014)" DATEs. Not annotated: "Grade 3" (a wheat
    # grade), "MV Aral Star", "by a quarter", "a third", "a fifth", "5%", "1.2%", "$4.87 a
    # bushel", "$450m", "2.3 million tonnes", "30,000 tonnes", "9 million tonnes", "5 million
    # tonnes", "the second time", "winter crops", "the harvest", "the drought".
    "varsk-wheat-export-ban-lifted": (
        "2015-03-09",
        [
            ("seven months", "DURATION", "P7M"),
            ("9 March 2015", "DATE", "2015-03-09"),
            ("12:47 GMT", "TIME", "2015-03-09T12:47"),
            ("August", "DATE", "2014-08"),
            ("Sunday", "DATE", "2015-03-08"),
            ("Wednesday", "DATE", "2015-03-11"),
            ("the end of June", "DATE", "2015-06"),
            ("the end of March", "DATE", "2015-03"),
            ("winter", "DATE", "2015-WI"),
            ("18:00 local time", "TIME", "2015-03-08T18:00"),
            ("15:00 GMT", "TIME", "2015-03-08T15:00"),
            ("Sunday", "DATE", "2015-03-08"),
            ("Monday", "DATE", "2015-03-09"),
            ("May", "DATE", "2015-05"),
            ("the weekend", "DATE", "2015-W10-WE"),
            ("Thursday", "DATE", "2015-03-12"),
            ("seven-month", "DURATION", "P7M"),
            ("months", "DURATION", "PXM"),
            ("Now", "DATE", "PRESENT_REF"),
            ("five years", "DURATION", "P5Y"),
            ("2010", "DATE", "2010"),
            ("10 months", "DURATION", "P10M"),
            ("2008", "DATE", "2008"),
            ("2014", "DATE", "2014"),
            ("15", "DATE", "2015"),
            ("now", "DATE", "PRESENT_REF"),
            ("April", "DATE", "2015-04"),
            ("June", "DATE", "2015-06"),
            ("monthly", "SET", "P1M"),
            ("two weeks", "DURATION", "P2W"),
            ("the spring", "DATE", "2015-SP"),
            ("recent years", "DATE", "PAST_REF"),
            ("next week", "DATE", "2015-W12"),
            ("the past six weeks", "DURATION", "P6W"),
            ("Friday", "DATE", "2015-03-06"),
            ("14 August 2014", "DATE", "2014-08-14"),
            ("21 August 2014", "DATE", "2014-08-21"),
        ],
    ),
    # Friday 2012-08-31 (ISO week 35), regional paper of an island state, masthead, headline
    # ("two more months"), byline, date line "Friday, August 31, 2012". The department
    # "yesterday extended" the deadline, 2012-08-30, at a briefing "at 3 p.m." that day
    # (2012-08-30T15:00, a clock time on the day of the event its sentence tells, gold_blind33);
    # the deadline was "due to expire at midnight tonight": "midnight" the end of the publication
    # day, 2012-08-31T24:00, and "tonight" 2012-08-31TNI (gold_blind103). "pushed that deadline
    # back to today" -> "today" 2012-08-31. "two more months" and "six more months" one DURATION
    # span each, "more" kept (gold_blind50's "six more weeks", gold_blind84's "three more
    # months"). "until October 31", "From November 1" (twice), "April 2", "by July 1", "In June"
    # 2012-06, "last week" 2012-W34; "for Christmas in September and October" 2012-12-25,
    # 2012-09, 2012-10 (plans ahead, "will be ordering"). "every Tuesday evening in September" a
    # SET XXXX-WXX-2TEV and 2012-09; "starting on Tuesday" 2012-09-04; "from 8 a.m. to 6 p.m.
    # daily" the hours of a recurring service XXXX-XX-XXT08:00 and XXXX-XX-XXT18:00 with the SET
    # "daily" P1D (gold_blind103); "this weekend" 2012-W35-WE (1-2 September); "had worked
    # weekends" the bare plural SET XXXX-WXX-WE (gold_blind7, gold_blind57); "On Wednesday"
    # 2012-08-29 (past); "in the past month" P1M; "for weeks" PXW; "the past three months" P3M.
    # "the fiscal year that ended June 30" -> "the fiscal year" FY2012 (July 2011-June 2012,
    # named by the year it ends, gold_blind35, gold_blind63) plus "June 30" 2012-06-30; "a year
    # earlier" after it FY2011 (the granularity of what it is compared with); "from three days
    # to less than 24 hours" P3D and PT24H; "next year" 2013; "dated August 30, 2012" a DATE;
    # "this year" 2012. Not annotated: "THE HARBOUR GAZETTE", "CorvTrade 2012" (a system's name
    # holding the year), "1987 Harbour Street" (an address), "462-2012" (a phone number),
    # "customs.gov.sc/notices/2012-08-30" (a URL holding a date), "the last one", "58 per cent",
    # "1,240", "312 containers", "$41.6 million", "$38.9 million", "$250", "the Long Wharf",
    # "a second phase", "the department's second".
    "st-corvin-customs-e-filing-deadline": (
        "2012-08-31",
        [
            ("two more months", "DURATION", "P2M"),
            ("Friday, August 31, 2012", "DATE", "2012-08-31"),
            ("October 31", "DATE", "2012-10-31"),
            ("yesterday", "DATE", "2012-08-30"),
            ("midnight", "TIME", "2012-08-31T24:00"),
            ("tonight", "TIME", "2012-08-31TNI"),
            ("3 p.m.", "TIME", "2012-08-30T15:00"),
            ("November 1", "DATE", "2012-11-01"),
            ("April 2", "DATE", "2012-04-02"),
            ("July 1", "DATE", "2012-07-01"),
            ("June", "DATE", "2012-06"),
            ("today", "DATE", "2012-08-31"),
            ("the past month", "DURATION", "P1M"),
            ("weeks", "DURATION", "PXW"),
            ("last week", "DATE", "2012-W34"),
            ("six more months", "DURATION", "P6M"),
            ("Christmas", "DATE", "2012-12-25"),
            ("September", "DATE", "2012-09"),
            ("October", "DATE", "2012-10"),
            ("every Tuesday evening", "SET", "XXXX-WXX-2TEV"),
            ("September", "DATE", "2012-09"),
            ("Tuesday", "DATE", "2012-09-04"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("daily", "SET", "P1D"),
            ("this weekend", "DATE", "2012-W35-WE"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("the past three months", "DURATION", "P3M"),
            ("Wednesday", "DATE", "2012-08-29"),
            ("the fiscal year", "DATE", "FY2012"),
            ("June 30", "DATE", "2012-06-30"),
            ("a year earlier", "DATE", "FY2011"),
            ("three days", "DURATION", "P3D"),
            ("less than 24 hours", "DURATION", "PT24H"),
            ("next year", "DATE", "2013"),
            ("August 30, 2012", "DATE", "2012-08-30"),
            ("this year", "DATE", "2012"),
            ("November 1", "DATE", "2012-11-01"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
