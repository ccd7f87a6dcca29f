"""Annotations of blind gold set 520, chosen by hand before the tagger ran.

    python tests/data/gold_blind520/annotate.py [--show]

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
    # Tuesday 2013-11-26 (ISO week 48), commodity wire, "UPDATE 2-" headline, two bullet
    # points, byline, "VIENNA, Nov 26 (Corvane Wire) -" dateline (the publication day, like
    # "Sept 4" in gold_blind80). "said on Tuesday" is the publication day itself (gold_blind23).
    # The meeting is "next week" 2013-W49 (2-8 December), "on Dec 4" and "on Wednesday, Dec 4"
    # (one span with its weekday, like "Monday, Dec. 28" in gold_blind23), "at 10 a.m. (0900
    # GMT)" two TIMEs on that day (a local time and its GMT equivalent, gold_blind28,
    # gold_blind80); "that evening" 2013-12-04TEV and "the next day" 2013-12-05 anchored on the
    # meeting day, the narrative's last date (gold_blind14). Future weekdays: delegations
    # arrive "on Sunday" 2013-12-01, experts meet "on Monday" 2013-12-02. Past: the survey
    # "showed on Friday" 2013-11-22. "by 1420 GMT" today, 2013-11-26T14:20 (zone kept in the
    # span). "third straight day" (bullet) and "a third straight day" DURATION P1D (gold_blind23's
    # "Third Straight Day"). Delivery months look forward: "January delivery" and "U.S. crude for
    # January" 2014-01 (gold_blind6, gold_blind14, gold_blind23). "June" (headline, quote) and
    # "The June meeting" 2014-06, the next June (an adjectival month, like "The December price
    # figures", gold_blind23). "six months after it rolled over ... on May 31" -> "six months"
    # DURATION P6M, anchored to an event (gold_blind35). "twice a year" SET P1Y (gold_blind3);
    # "monthly report" SET P1M (gold_blind80); "more than four hours" PT4H. "next year" 2014;
    # "the 1980s" 198; "the second quarter of 2014" 2014-Q2; "October" and "last month" 2013-10;
    # "July" and "late July" 2013-07; "the end of the year" 2013; "recent weeks" PAST_REF; "so
    # far this year" -> "this year" 2013 (gold_blind6) and "a year earlier" 2012 (the year's
    # granularity); "most of the past five months" -> "the past five months" P5M ("most of" out,
    # gold_blind23). Not annotated: "UPDATE 2" (the wire's update number), "30.5 million
    # barrels per day (bpd)", "1.2 million bpd", "29.1 million bpd", "29.9 million bpd", "30.6
    # million" (volumes and rates), "12-member", "12 members", "64 cents", "$107.93", "$93.68",
    # "$108", "$105.71", "$109.45", "$100", "$102", "$98", "the session" (none in the text),
    # "for a cut", "the most since" beyond "the 1980s".
    "opec-vienna-ceiling-rollover-preview": (
        "2013-11-26",
        [
            ("June", "DATE", "2014-06"),
            ("Dec 4", "DATE", "2013-12-04"),
            ("third straight day", "DURATION", "P1D"),
            ("Nov 8", "DATE", "2013-11-08"),
            ("Nov 26", "DATE", "2013-11-26"),
            ("next week", "DATE", "2013-W49"),
            ("Tuesday", "DATE", "2013-11-26"),
            ("a third straight day", "DURATION", "P1D"),
            ("the first half of 2014", "DATE", "2014-H1"),
            ("January", "DATE", "2014-01"),
            ("1420 GMT", "TIME", "2013-11-26T14:20"),
            ("Nov 8", "DATE", "2013-11-08"),
            ("January", "DATE", "2014-01"),
            ("Wednesday, Dec 4", "DATE", "2013-12-04"),
            ("10 a.m.", "TIME", "2013-12-04T10:00"),
            ("0900 GMT", "TIME", "2013-12-04T09:00"),
            ("six months", "DURATION", "P6M"),
            ("May 31", "DATE", "2013-05-31"),
            ("twice a year", "SET", "P1Y"),
            ("more than four hours", "DURATION", "PT4H"),
            ("that evening", "TIME", "2013-12-04TEV"),
            ("the next day", "DATE", "2013-12-05"),
            ("Sunday", "DATE", "2013-12-01"),
            ("Monday", "DATE", "2013-12-02"),
            ("June", "DATE", "2014-06"),
            ("next year", "DATE", "2014"),
            ("the 1980s", "DATE", "198"),
            ("monthly", "SET", "P1M"),
            ("Nov 12", "DATE", "2013-11-12"),
            ("the second quarter of 2014", "DATE", "2014-Q2"),
            ("October", "DATE", "2013-10"),
            ("last month", "DATE", "2013-10"),
            ("Friday", "DATE", "2013-11-22"),
            ("July", "DATE", "2013-07"),
            ("late July", "DATE", "2013-07"),
            ("the end of the year", "DATE", "2013"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("this year", "DATE", "2013"),
            ("a year earlier", "DATE", "2012"),
            ("the past five months", "DURATION", "P5M"),
            ("next week", "DATE", "2013-W49"),
            ("June", "DATE", "2014-06"),
            ("2014", "DATE", "2014"),
            ("2015", "DATE", "2015"),
        ],
    ),
    # Friday 2014-01-24 (ISO week 4), US business paper's website, section label, headline,
    # deck, byline, stamp "Updated Jan. 24, 2014 5:48 p.m. ET" (DATE and TIME, the zone in the
    # span, gold_blind38), "NEW YORK—" dateline. "rose ... Friday" is the publication day. The
    # February contract "expires Wednesday" (deck and body) 2014-01-29, ahead. "The rally
    # gathered pace Thursday" 2014-01-23, the storage report's day, its release "at 10:30 a.m.
    # EST" that day. "the week ended Jan. 17" -> "the week" 2014-W03 (the ISO week holding that
    # Friday) plus "Jan. 17" (gold_blind22, gold_blind33); "19% below a year earlier" after that
    # weekly figure is the same ISO week a year before, 2013-W03 (the granularity of what it is
    # compared with, gold_blind35, gold_blind80). "Four-Year High" (headline) DURATION P4Y like
    # "seven-year low" (gold_blind23); "more than four years" P4Y. "the end of winter" -> the
    # season's value, the winter of 2013-14, 2014-WI (the winter takes the year of its January,
    # gold_blind10, gold_blind97), as "the end of the year" takes the year's. "last winter"
    # 2013-WI. "this week" (twice) 2014-W04, "next week" 2014-W05. "Thanksgiving" 2013-11-28
    # (fourth Thursday of November). Delivery and contract months look forward: "February"
    # (deck, "February delivery", "The February contract") 2014-02, "The March contract" and
    # "crude oil for March delivery" 2014-03 (gold_blind23, gold_blind80: the month alone). "by
    # early spring" -> "early spring" 2014-SP. "five-year average" -> "five-year" P5Y
    # (gold_blind80); "the 30-year norm" -> "30-year" P30Y and "The 12-month strip" -> "12-month"
    # P12M, adjectival durations (see README). "in 2012, when a mild winter left storage near
    # record levels" -> "winter" 2012-WI, the winter of 2011-12 that ended in 2012, the head noun
    # only (like "a wet winter" in gold_blind103). "Every morning this week" -> SET
    # XXXX-XX-XXTMO and "this week". Not annotated: "a sixth straight session" (a trading
    # session, gold_blind14, gold_blind23), "front-month" (a place on the futures curve, see
    # README), "weekly drop" and "weekly withdrawal" (adjectives naming the period of a figure,
    # not a recurrence, like "its usual monthly total" in gold_blind103), "on record", "at the
    # close of trading", "the next 12 contracts" (a count of contracts), "$5.171", "19.4 cents",
    # "3.9%", "107 billion cubic feet", "2.42 trillion", "1.6 trillion", "$4.938", "$4.402",
    # "$3.73", "$2.75", "$96.64", "4 billion cubic feet a day" (a rate), "1.9 million", "then".
    "natural-gas-four-year-high-arctic-air": (
        "2014-01-24",
        [
            ("Four-Year", "DURATION", "P4Y"),
            ("February", "DATE", "2014-02"),
            ("Wednesday", "DATE", "2014-01-29"),
            ("Jan. 24, 2014", "DATE", "2014-01-24"),
            ("5:48 p.m. ET", "TIME", "2014-01-24T17:48"),
            ("Friday", "DATE", "2014-01-24"),
            ("June 2010", "DATE", "2010-06"),
            ("the next two weeks", "DURATION", "P2W"),
            ("the end of winter", "DATE", "2014-WI"),
            ("February", "DATE", "2014-02"),
            ("more than four years", "DURATION", "P4Y"),
            ("this week", "DATE", "2014-W04"),
            ("Jan. 1", "DATE", "2014-01-01"),
            ("Thursday", "DATE", "2014-01-23"),
            ("the week", "DATE", "2014-W03"),
            ("Jan. 17", "DATE", "2014-01-17"),
            ("about 20 minutes", "DURATION", "PT20M"),
            ("10:30 a.m. EST", "TIME", "2014-01-23T10:30"),
            ("five-year", "DURATION", "P5Y"),
            ("a year earlier", "DATE", "2013-W03"),
            ("Thanksgiving", "DATE", "2013-11-28"),
            ("last winter", "DATE", "2013-WI"),
            ("now", "DATE", "PRESENT_REF"),
            ("the end of March", "DATE", "2014-03"),
            ("2003", "DATE", "2003"),
            ("Jan. 29", "DATE", "2014-01-29"),
            ("Feb. 6", "DATE", "2014-02-06"),
            ("next week", "DATE", "2014-W05"),
            ("30-year", "DURATION", "P30Y"),
            ("February", "DATE", "2014-02"),
            ("Wednesday", "DATE", "2014-01-29"),
            ("March", "DATE", "2014-03"),
            ("early spring", "DATE", "2014-SP"),
            ("12-month", "DURATION", "P12M"),
            ("last year", "DATE", "2013"),
            ("2012", "DATE", "2012"),
            ("winter", "DATE", "2012-WI"),
            ("March", "DATE", "2014-03"),
            ("four days", "DURATION", "P4D"),
            ("Every morning", "SET", "XXXX-XX-XXTMO"),
            ("this week", "DATE", "2014-W04"),
            ("January 1994", "DATE", "1994-01"),
        ],
    ),
    # Thursday 2012-09-20 (ISO week 38), Canadian farm paper's website, breadcrumb, headline,
    # deck, byline, stamp "Posted: Sept. 20, 2012 4:10 PM CST" (DATE and TIME), "REGINA —"
    # dateline. The ministry "said Thursday", the publication day, in its "weekly crop report"
    # (SET P1W, gold_blind80). The report's figure is "as of Sunday" 2012-09-16; "a week
    # earlier" after it is the ISO week before, 2012-W36 (gold_blind80). The farmer's "On
    # Sunday ... from 6 a.m. until 1 a.m. Monday": 2012-09-16T06:00 and 2012-09-17T01:00 with
    # their days. "the night of Sept. 11" one TIME span 2012-09-11TNI (gold_blind80's "the
    # night of June 14"); "about a week earlier than normal" -> "about a week" P1W (the size of
    # a lead, gold_blind80). Future: frost "on Saturday night" 2012-09-22TNI, rain "by the
    # middle of next week" 2012-W39 (gold_blind103). Past: the canola contract "closed ...
    # Wednesday" 2012-09-19. Thanksgiving in Canada is the second Monday of October,
    # 2012-10-08: the deck's "Thanksgiving" and "before Thanksgiving, Oct. 8" (two DATEs, like
    # "Memorial Day, May 28" in gold_blind16). "the Labour Day long weekend" -> 2012-W35-WE (1-2
    # September; Labour Day Monday 3 September), an ISO weekend like "the long Thanksgiving
    # weekend" (gold_blind38). "The November contract" -> "November" 2012-11 (forward). "the
    # 2012-13 crop year" -> "2012" and the bare "13" 2013, "crop year" left out (gold_blind80).
    # "Last year ... until Oct. 3" 2011-10-03 and "in 2010 ... in November" 2010-11, anchored
    # on the year just named (gold_blind80). "mid-July" and the deck's "July heat" 2012-07;
    # "five-year average" P5Y, "the 10-year average" -> "10-year" P10Y; "a week of temperatures"
    # P1W; "the past 10 days" P10D ("most of" out); "the next three weeks" P3W; "every day"
    # SET P1D, "Sundays" SET XXXX-WXX-7 (a plural weekday, gold_blind4); "every Thursday at 1
    # p.m." SET XXXX-WXX-4 and TIME XXXX-XX-XXT13:00 (the hour of a recurring release,
    # gold_blind103); "Thursday, Sept. 27" one span. Not annotated: "many weeks like this in a
    # fall" (generic), "a wet year" (an indefinite year in apposition to "2010"), "since then"
    # (anaphoric), "freeze-up" and "the dew came down" (events), "61 per cent", "42 per cent",
    # "44 per cent", "80 per cent", "about 9 per cent", "a quarter", "4,800 acres", "32 C", "minus
    # 3 C", "28 bushels an acre", "34", "$631.40 a tonne", "$11.20", "Highway 16",
    # "prairiegrainjournal.ca/cropreport2012" (a URL with a year), "1-866-555-1962".
    "saskatchewan-harvest-61-per-cent": (
        "2012-09-20",
        [
            ("July", "DATE", "2012-07"),
            ("Thanksgiving", "DATE", "2012-10-08"),
            ("Sept. 20, 2012", "DATE", "2012-09-20"),
            ("4:10 PM CST", "TIME", "2012-09-20T16:10"),
            ("Sunday", "DATE", "2012-09-16"),
            ("a week earlier", "DATE", "2012-W36"),
            ("five-year", "DURATION", "P5Y"),
            ("Thursday", "DATE", "2012-09-20"),
            ("weekly", "SET", "P1W"),
            ("the past 10 days", "DURATION", "P10D"),
            ("Sunday", "DATE", "2012-09-16"),
            ("6 a.m.", "TIME", "2012-09-16T06:00"),
            ("1 a.m.", "TIME", "2012-09-17T01:00"),
            ("Monday", "DATE", "2012-09-17"),
            ("10-year", "DURATION", "P10Y"),
            ("a week", "DURATION", "P1W"),
            ("mid-July", "DATE", "2012-07"),
            ("last year", "DATE", "2011"),
            ("the night of Sept. 11", "TIME", "2012-09-11TNI"),
            ("about a week", "DURATION", "P1W"),
            ("Saturday night", "TIME", "2012-09-22TNI"),
            ("the middle of next week", "DATE", "2012-W39"),
            ("November", "DATE", "2012-11"),
            ("Wednesday", "DATE", "2012-09-19"),
            ("early August", "DATE", "2012-08"),
            ("2012", "DATE", "2012"),
            ("13", "DATE", "2013"),
            ("Dec. 4", "DATE", "2012-12-04"),
            ("the Labour Day long weekend", "DATE", "2012-W35-WE"),
            ("every day", "SET", "P1D"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("the next three weeks", "DURATION", "P3W"),
            ("the end of the month", "DATE", "2012-09"),
            ("Last year", "DATE", "2011"),
            ("Oct. 3", "DATE", "2011-10-03"),
            ("2010", "DATE", "2010"),
            ("November", "DATE", "2010-11"),
            ("Thanksgiving", "DATE", "2012-10-08"),
            ("Oct. 8", "DATE", "2012-10-08"),
            ("Thursday, Sept. 27", "DATE", "2012-09-27"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
            ("1 p.m.", "TIME", "XXXX-XX-XXT13:00"),
        ],
    ),
    # Wednesday 2015-10-21 (ISO week 43), an ASX-listed miner's quarterly activities report,
    # header "ASX ANNOUNCEMENT" and date "21 October 2015", title "... FOR THE PERIOD ENDED 30
    # SEPTEMBER 2015" ("THE PERIOD" not annotated, the date is), highlights, "PERTH, Western
    # Australia:" dateline. The company's financial year runs July-June and is named by the year
    # it ends (gold_blind9, gold_blind74): "FY16" (twice) FY2016, "FY15" FY2015, "the first
    # quarter of its 2016 financial year" one span FY2016-Q1 (like "the first quarter of fiscal
    # 2026", gold_blind9), "the end of the 2016 financial year" FY2016 (like "the end of the
    # current financial year", gold_blind19). Quarters named by a calendar month take calendar
    # values (gold_blind55, gold_blind74): "the September quarter" (twice) and "the quarter"
    # (three times) 2015-Q3, "the June quarter" 2015-Q2, "December quarter production" ->
    # "December quarter" 2015-Q4 (adjectival), "the March quarter of 2016" (twice) 2016-Q1;
    # "the prior corresponding period" the same quarter a year before, 2014-Q3 (gold_blind74).
    # "QUARTERLY" in the title names a recurring report, SET P3M (like "weekly crop progress
    # report", gold_blind80). "mid-June" 2015-06 (past), "mid-2016" 2016 (gold_blind23); "from
    # January" 2016-01 (ahead); "about three months early" -> "about three months" P3M (the size
    # of a lead, gold_blind80); "10-day" P10D, "12-hour" PT12H; "the next six months" P6M; "now"
    # PRESENT_REF twice. The call "at 11.00am AWST (2.00pm AEDT) today, Wednesday 21 October
    # 2015": two TIMEs (a local time and its equivalent elsewhere, gold_blind74), "today" and the
    # date with its weekday one span. "The 2015 Annual General Meeting" -> "2015" (an adjectival
    # year, like "the 2014 AGM" in gold_blind74); "Thursday 19 November 2015" one span, "10.00am
    # AWST" that day. Not annotated: "ASX: KRM", "the 1120 level" (a mine level's name, its
    # depth), "a 14/7 ... roster" (14 days on, 7 off; looks like a date), "hole BBD15-007", "+61
    # 8 5550 2016" (a phone number ending in a year-like number), "412 tonnes an hour" (a rate),
    # "14,260 tonnes", "21,400 ounces", "19,850 ounces", "11%", "8-10%", "A$182.6 million",
    # "A$24.1 million", "A$158.5 million", "A$40 million", "US$1.48", "US$1.61", "3 cents",
    # "54,000 to 58,000 tonnes", "80,000 to 88,000 ounces", "1,140 metres", "380 metres", "18
    # kilometres", "22m at 1.9%", "184m", "6,000 metres", "C1", "Record", "first ore".
    "kestrel-ridge-september-quarter-report": (
        "2015-10-21",
        [
            ("21 October 2015", "DATE", "2015-10-21"),
            ("QUARTERLY", "SET", "P3M"),
            ("30 SEPTEMBER 2015", "DATE", "2015-09-30"),
            ("the September quarter", "DATE", "2015-Q3"),
            ("the June quarter", "DATE", "2015-Q2"),
            ("FY16", "DATE", "FY2016"),
            ("now", "DATE", "PRESENT_REF"),
            ("the March quarter of 2016", "DATE", "2016-Q1"),
            ("30 September", "DATE", "2015-09-30"),
            ("the quarter", "DATE", "2015-Q3"),
            ("the September quarter", "DATE", "2015-Q3"),
            ("the first quarter of its 2016 financial year", "DATE", "FY2016-Q1"),
            ("2009", "DATE", "2009"),
            ("mid-June", "DATE", "2015-06"),
            ("the quarter", "DATE", "2015-Q3"),
            ("the prior corresponding period", "DATE", "2014-Q3"),
            ("FY15", "DATE", "FY2015"),
            ("FY16", "DATE", "FY2016"),
            ("10-day", "DURATION", "P10D"),
            ("9 November", "DATE", "2015-11-09"),
            ("May 2014", "DATE", "2014-05"),
            ("December quarter", "DATE", "2015-Q4"),
            ("January", "DATE", "2016-01"),
            ("the quarter", "DATE", "2015-Q3"),
            ("February 2015", "DATE", "2015-02"),
            ("mid-2016", "DATE", "2016"),
            ("now", "DATE", "PRESENT_REF"),
            ("the March quarter of 2016", "DATE", "2016-Q1"),
            ("about three months", "DURATION", "P3M"),
            ("12-hour", "DURATION", "PT12H"),
            ("the next six months", "DURATION", "P6M"),
            ("the end of the 2016 financial year", "DATE", "FY2016"),
            ("30 September", "DATE", "2015-09-30"),
            ("30 June", "DATE", "2015-06-30"),
            ("25 September", "DATE", "2015-09-25"),
            ("2018", "DATE", "2018"),
            ("early August", "DATE", "2015-08"),
            ("11.00am AWST", "TIME", "2015-10-21T11:00"),
            ("2.00pm AEDT", "TIME", "2015-10-21T14:00"),
            ("today", "DATE", "2015-10-21"),
            ("Wednesday 21 October 2015", "DATE", "2015-10-21"),
            ("2015", "DATE", "2015"),
            ("Thursday 19 November 2015", "DATE", "2015-11-19"),
            ("10.00am AWST", "TIME", "2015-11-19T10:00"),
        ],
    ),
    # Monday 2013-05-20 (ISO week 21), US local daily, masthead, date line "Monday, May 20,
    # 2013" (one span), section label, headline, deck, byline, "CARVER FALLS —" dateline.
    # Memorial Day is Monday 2013-05-27; "Memorial Day weekend" (headline), "the holiday
    # weekend" and "the weekend" the ISO weekend before it, 2013-W21-WE (25-26 May, gold_blind21,
    # gold_blind80); "from Thursday through Memorial Day" -> "Thursday" 2013-05-23 (ahead) and
    # "Memorial Day" 2013-05-27. Past weekdays: the price "Sunday" 2013-05-19, "up 4 cents from
    # Friday" 2013-05-17, futures "fell ... Friday" the same day, data "released Wednesday"
    # 2013-05-15, "twice Saturday" 2013-05-18 with "the morning" 2013-05-18TMO and "6 p.m."
    # that day ("shortly before" a signal, like "shortly after" in gold_blind23). "a week
    # earlier" after Sunday's price is the same day a week before, 2013-05-12 (the granularity of
    # the day compared with, gold_blind57); "a month ago" 2013-04 (the unit's granularity). "in
    # a week" (headline) P1W, how long a past change took (gold_blind35); "one-week rise" P1W;
    # "three times in four days" -> "four days" P4D (the period of a count, gold_blind103);
    # "about 10 days" P10D; "about two weeks" P2W. "until at least the end of the month" -> "at
    # least the end of the month" 2013-05 (modifier kept, gold_blind35). "June delivery"
    # 2013-06; "mid-June" (deck, body) 2013-06; "the Fourth of July" 2013-07-04. "daily fuel
    # survey" SET P1D (a recurring survey), "almost daily" SET P1D (modifier kept, like "almost
    # every day" in gold_blind35); "at 4 a.m. every day" TIME XXXX-XX-XXT04:00 and SET P1D.
    # Not annotated: "summer-grade gasoline" (an adjective naming a kind, like "Summer
    # programs" in gold_blind103), "87-octane", "Route 31", "lakeshoremotorclub.org/fuel2013",
    # "$4.17", "$4.09", "$3.65", "$4.46 a gallon", "$3.85", "$4.20", "24 cents", "39 cents", "4
    # cents", "6 cents", "$4", "50 miles", "1.2 million", "2.1 percent", "a third", "140 local
    # stations", "twice", "three times" (counts), "the worst possible timing".
    "carver-falls-gas-prices-memorial-day": (
        "2013-05-20",
        [
            ("Monday, May 20, 2013", "DATE", "2013-05-20"),
            ("a week", "DURATION", "P1W"),
            ("Memorial Day weekend", "DATE", "2013-W21-WE"),
            ("mid-June", "DATE", "2013-06"),
            ("Sunday", "DATE", "2013-05-19"),
            ("a week earlier", "DATE", "2013-05-12"),
            ("a month ago", "DATE", "2013-04"),
            ("daily", "SET", "P1D"),
            ("April 2012", "DATE", "2012-04"),
            ("one-week", "DURATION", "P1W"),
            ("September 2008", "DATE", "2008-09"),
            ("Friday", "DATE", "2013-05-17"),
            ("early May", "DATE", "2013-05"),
            ("May 9", "DATE", "2013-05-09"),
            ("at least the end of the month", "DATE", "2013-05"),
            ("last week", "DATE", "2013-W20"),
            ("about 10 days", "DURATION", "P10D"),
            ("2008", "DATE", "2008"),
            ("Wednesday", "DATE", "2013-05-15"),
            ("the holiday weekend", "DATE", "2013-W21-WE"),
            ("Thursday", "DATE", "2013-05-23"),
            ("Memorial Day", "DATE", "2013-05-27"),
            ("last year", "DATE", "2012"),
            ("almost daily", "SET", "P1D"),
            ("Saturday", "DATE", "2013-05-18"),
            ("the morning", "TIME", "2013-05-18TMO"),
            ("6 p.m.", "TIME", "2013-05-18T18:00"),
            ("four days", "DURATION", "P4D"),
            ("June", "DATE", "2013-06"),
            ("Friday", "DATE", "2013-05-17"),
            ("mid-June", "DATE", "2013-06"),
            ("about two weeks", "DURATION", "P2W"),
            ("the Fourth of July", "DATE", "2013-07-04"),
            ("the weekend", "DATE", "2013-W21-WE"),
            ("July 14, 2008", "DATE", "2008-07-14"),
            ("4 a.m.", "TIME", "XXXX-XX-XXT04:00"),
            ("every day", "SET", "P1D"),
        ],
    ),
    # Saturday 2015-01-31 (ISO week 5), Scottish regional daily's business page, masthead,
    # date line "Saturday 31 January 2015", section label, headline, standfirst, byline. The
    # staff meeting was "yesterday", Friday 2015-01-30; the managing director's quoted "today's
    # prices", told to that meeting, is that day, 2015-01-30 (a quoted "Today" takes the day it
    # was said, gold_blind40), the possessive left out. Past weekdays: Brent "closed ... on
    # Thursday" 2015-01-29, the helicopter "on Thursday" the same day with "the 7am helicopter"
    # 2015-01-29T07:00, the survey "published on Tuesday" 2015-01-27, "Burns Night, last Sunday"
    # two DATEs 2015-01-25 (a holiday on the day it falls on, in apposition with its weekday,
    # like "Memorial Day, May 28" in gold_blind16). Future: the consultation "on Monday"
    # 2015-02-02 and the helpline "at 8am on Monday" that day. "three years early" (headline)
    # and "three years earlier than planned" P3Y (the size of a lead, gold_blind28,
    # gold_blind35). "March delivery" 2015-03 (forward); "in June" 2014-06 (past, the price
    # before the fall) but "by the end of June" 2015-06 (ahead); "his Budget in March" 2015-03.
    # "a year ago" 2014; "Six weeks ago" the ISO week six weeks before week 5, 2014-W51 (the
    # unit's granularity, gold_blind23). "the summer" (twice) 2015-SU; "the spring of next year"
    # one span 2016-SP; "the autumn" past 2014-FA; "this year" and "This year" 2015. "90-day"
    # P90D; "28 years" P28Y; "the past six months" P6M; the rota's "two weeks" P2W and "three
    # weeks" P3W; "about five years" P5Y; "her quietest in a decade" -> "a decade" P10Y (the
    # period of a superlative); "every weekend" SET XXXX-WXX-WE. Not annotated: "block 21/14" (a
    # licence block, looks like a date), "0800 555 2015" (a phone number), "68,000 barrels a
    # day" (a rate), "Carnoch Alpha", "Union Street", "Dyce", "$50", "$49.13", "$115", "$45.19",
    # "more than 50 per cent", "120 miles", "240 jobs", "160 staff", "80 contractors", "1,000
    # offshore jobs", "a third", "after that" (anaphoric).
    "carnoch-platform-early-closure": (
        "2015-01-31",
        [
            ("Saturday 31 January 2015", "DATE", "2015-01-31"),
            ("three years", "DURATION", "P3Y"),
            ("the second quarter of 2016", "DATE", "2016-Q2"),
            ("three years", "DURATION", "P3Y"),
            ("yesterday", "DATE", "2015-01-30"),
            ("1987", "DATE", "1987"),
            ("90-day", "DURATION", "P90D"),
            ("Monday", "DATE", "2015-02-02"),
            ("March", "DATE", "2015-03"),
            ("Thursday", "DATE", "2015-01-29"),
            ("June", "DATE", "2014-06"),
            ("a year ago", "DATE", "2014"),
            ("13 January", "DATE", "2015-01-13"),
            ("March 2009", "DATE", "2009-03"),
            ("28 years", "DURATION", "P28Y"),
            ("today", "DATE", "2015-01-30"),
            ("the past six months", "DURATION", "P6M"),
            ("two weeks", "DURATION", "P2W"),
            ("three weeks", "DURATION", "P3W"),
            ("1991", "DATE", "1991"),
            ("the summer", "DATE", "2015-SU"),
            ("the spring of next year", "DATE", "2016-SP"),
            ("about five years", "DURATION", "P5Y"),
            ("Six weeks ago", "DATE", "2014-W51"),
            ("2019", "DATE", "2019"),
            ("7am", "TIME", "2015-01-29T07:00"),
            ("Thursday", "DATE", "2015-01-29"),
            ("the summer", "DATE", "2015-SU"),
            ("Tuesday", "DATE", "2015-01-27"),
            ("the autumn", "DATE", "2014-FA"),
            ("this year", "DATE", "2015"),
            ("March", "DATE", "2015-03"),
            ("2024", "DATE", "2024"),
            ("the end of June", "DATE", "2015-06"),
            ("Burns Night", "DATE", "2015-01-25"),
            ("last Sunday", "DATE", "2015-01-25"),
            ("a decade", "DURATION", "P10Y"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("This year", "DATE", "2015"),
            ("8am", "TIME", "2015-02-02T08:00"),
            ("Monday", "DATE", "2015-02-02"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
