"""Annotations of the two-hundred-and-twelfth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind212/annotate.py [--show]

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
    # Monday 2012-07-16 (ISO week 29), US business paper's weekly IPO column, headline ("This
    # Week" 2012-W29), byline, date line "Monday, July 16, 2012" (one span with its weekday).
    # Future weekdays: Pellham prices "Wednesday night" 2012-07-18TNI and trades "on
    # Thursday" 2012-07-19; Dunmore "is expected to price Tuesday" 2012-07-17; the two small
    # deals "price Thursday" 2012-07-19; Harcastle's "180-day lockup" ends "on Tuesday"
    # 2012-07-17 (listed on 19 January, 180 days before, checked with datetime; only
    # "January" 2012-01 is in the text). Past: "Through Friday" 2012-07-13. "the fiscal year
    # ended March 31" -> "the fiscal year" FY2012 (April 2011-March 2012, named by the year it
    # ends) plus "March 31" 2012-03-31; "a year earlier" after it FY2011. "November" 2011-11
    # (filed before the spring of 2012); "the spring" 2012-SP; "early May" and "late June" the
    # months; "August" 2012-08 and "September" 2012-09 ahead; "the second quarter" 2012-Q2
    # (calendar, about the market); "last month" 2012-06; "a year ago" 2011; "Next week"
    # 2012-W30; "Labor Day" 2012-09-03 (first Monday of September); "now" and "Right now"
    # PRESENT_REF. Not annotated: "until market conditions improve" (event-named), "PDSY",
    # "CV-200", "14 million", "$16 to $18", "$13 to $15", "$17 to $19", "18 million", "38%",
    # "70%", "22%", "11 golf resorts", "23 branches", "31 companies", "71", "84 deals",
    # "$19.4 billion", "40 million", "the calendar" (the IPO calendar, a list).
    "pellham-dunmore-ipo-outlook": (
        "2012-07-16",
        [
            ("This Week", "DATE", "2012-W29"),
            ("Monday, July 16, 2012", "DATE", "2012-07-16"),
            ("this week", "DATE", "2012-W29"),
            ("early May", "DATE", "2012-05"),
            ("August", "DATE", "2012-08"),
            ("Wednesday night", "TIME", "2012-07-18TNI"),
            ("Thursday", "DATE", "2012-07-19"),
            ("2004", "DATE", "2004"),
            ("the fiscal year", "DATE", "FY2012"),
            ("March 31", "DATE", "2012-03-31"),
            ("a year earlier", "DATE", "FY2011"),
            ("November", "DATE", "2011-11"),
            ("the spring", "DATE", "2012-SP"),
            ("July 9", "DATE", "2012-07-09"),
            ("2014", "DATE", "2014"),
            ("late June", "DATE", "2012-06"),
            ("now", "DATE", "PRESENT_REF"),
            ("Tuesday", "DATE", "2012-07-17"),
            ("2007", "DATE", "2007"),
            ("Thursday", "DATE", "2012-07-19"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("the second quarter", "DATE", "2012-Q2"),
            ("last month", "DATE", "2012-06"),
            ("January", "DATE", "2012-01"),
            ("180-day", "DURATION", "P180D"),
            ("Tuesday", "DATE", "2012-07-17"),
            ("the past three months", "DURATION", "P3M"),
            ("Friday", "DATE", "2012-07-13"),
            ("this year", "DATE", "2012"),
            ("a year ago", "DATE", "2011"),
            ("Next week", "DATE", "2012-W30"),
            ("Labor Day", "DATE", "2012-09-03"),
            ("September", "DATE", "2012-09"),
            ("Right now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Tuesday 2015-03-03 (ISO week 10), Australian business paper's website, headline ("books
    # close Thursday"), stamp "Published: Mar 3 2015 at 11:45 AM" (a DATE and a TIME), byline.
    # "Thursday" (headline, lead, "noon on Thursday") is 2015-03-05, "noon" T12:00;
    # "yesterday morning" 2015-03-02TMO; "within four hours" PT4H; "until 5pm on Monday, 9
    # March" -> "5pm" 2015-03-09T17:00 and "Monday, 9 March" one DATE span with its weekday;
    # "12 March" 2015-03-12 (a Thursday). Past: "on Friday" 2015-02-27. July-June year: "FY15,
    # which ends on 30 June" FY2015 plus 2015-06-30; "FY16" FY2016 (three times); "the
    # half-year to 31 December" -> "the half-year" 2014-H2 (July-December is the calendar
    # second half, gold_blind74) plus 2014-12-31; "the prior corresponding period" 2013-H2
    # (gold_blind74). "last year" 2014 and its "October" 2014-10; the dividend "in October"
    # ahead 2015-10; "November" 2015-11; "early last month" 2015-02; "a quiet January and
    # February" the months just past, 2015-01 and 2015-02; "since Christmas" 2014-12-25;
    # "the first big healthcare listing of 2015" -> 2015; "the 2014 floats" an adjectival
    # year; "within weeks of listing" -> "weeks" PXW; "twice a year" SET P1Y; "24 months"
    # P24M; "the past five months" P5M. Not annotated: "KBH", "$2.10 a share", "$380
    # million", "$380m", "14 hospitals", "$61.4 million", "$70.2 million", "$288 million", "9
    # per cent", "17.5 times", "21 times", "70 per cent", "for the first time",
    # "kelbrookoffer.com.au/2015" (a number in a URL), "1300 555 215", "until the release of
    # Kelbrook's FY16 accounts" beyond "FY16" (event-named).
    "kelbrook-health-float-books-close": (
        "2015-03-03",
        [
            ("Thursday", "DATE", "2015-03-05"),
            ("Mar 3 2015", "DATE", "2015-03-03"),
            ("11:45 AM", "TIME", "2015-03-03T11:45"),
            ("Thursday", "DATE", "2015-03-05"),
            ("yesterday morning", "TIME", "2015-03-02TMO"),
            ("four hours", "DURATION", "PT4H"),
            ("noon", "TIME", "2015-03-05T12:00"),
            ("Thursday", "DATE", "2015-03-05"),
            ("5pm", "TIME", "2015-03-09T17:00"),
            ("Monday, 9 March", "DATE", "2015-03-09"),
            ("12 March", "DATE", "2015-03-12"),
            ("2009", "DATE", "2009"),
            ("FY16", "DATE", "FY2016"),
            ("August 2016", "DATE", "2016-08"),
            ("24 months", "DURATION", "P24M"),
            ("FY15", "DATE", "FY2015"),
            ("30 June", "DATE", "2015-06-30"),
            ("FY16", "DATE", "FY2016"),
            ("the half-year", "DATE", "2014-H2"),
            ("31 December", "DATE", "2014-12-31"),
            ("the prior corresponding period", "DATE", "2013-H2"),
            ("FY16", "DATE", "FY2016"),
            ("last year", "DATE", "2014"),
            ("October", "DATE", "2014-10"),
            ("the past five months", "DURATION", "P5M"),
            ("Friday", "DATE", "2015-02-27"),
            ("2015", "DATE", "2015"),
            ("January", "DATE", "2015-01"),
            ("February", "DATE", "2015-02"),
            ("Christmas", "DATE", "2014-12-25"),
            ("early last month", "DATE", "2015-02"),
            ("2014", "DATE", "2014"),
            ("weeks", "DURATION", "PXW"),
            ("October", "DATE", "2015-10"),
            ("twice a year", "SET", "P1Y"),
            ("November", "DATE", "2015-11"),
        ],
    ),
    # Wednesday 2014-04-09 (ISO week 15), British stock-exchange announcement (RNS) of an
    # offer price, header "RNS Number : 4127F", company name and date "09 April 2014".
    # "today" (three times) 2014-04-09; conditional dealings "at 8.00 a.m. today" ->
    # 2014-04-09T08:00 and "today"; admission "at 8.00 a.m. on 14 April 2014" (a Monday) two
    # TIMEX3; the timetable repeats them ("7.00 a.m. on 9 April 2014", "8.00 a.m. on 9 April
    # 2014", "8.00 a.m. on 14 April 2014", "14 April 2014", "by 28 April 2014"). April-March
    # year: "the financial year ending 31 March 2015" -> "the financial year" FY2015 plus
    # the date; "the financial year ended 31 March 2014" FY2014 plus the date; "1 April, the
    # start of the current financial year" -> 2014-04-01 and "the current financial year"
    # FY2015; "the five weeks to 6 April" P5W plus 2014-04-06; "the six months ending 30
    # September 2014" P6M plus the date (a fiscal half written as six months, gold_blind74).
    # Lock-ups "180 days" P180D and "365 days" P365D from Admission (event, not annotated);
    # "a period of 30 days" -> "30 days" P30D; "twice a year" SET P1Y; "the last two years"
    # P2Y; "the next decade" P10Y; "since 2008" 2008. Not annotated: "RNS Number : 4127F",
    # "52", "185 pence", "180 pence to 220 pence", "94,600,000", "£175 million", "£512
    # million", "CBL", "38 per cent", "40 per cent", "9,460,000", "11 centres", "eight more",
    # "12 per cent", "17 per cent", "4.1 per cent", "£214.8 million", "£41.3 million",
    # "Admission", "interim dividend", "www.corbridgeleisure.co.uk/investors/2014", "+44
    # (0)20 7946 0184".
    "corbridge-leisure-offer-price": (
        "2014-04-09",
        [
            ("09 April 2014", "DATE", "2014-04-09"),
            ("today", "DATE", "2014-04-09"),
            ("27 March 2014", "DATE", "2014-03-27"),
            ("8.00 a.m.", "TIME", "2014-04-09T08:00"),
            ("today", "DATE", "2014-04-09"),
            ("8.00 a.m.", "TIME", "2014-04-14T08:00"),
            ("14 April 2014", "DATE", "2014-04-14"),
            ("2008", "DATE", "2008"),
            ("180 days", "DURATION", "P180D"),
            ("365 days", "DURATION", "P365D"),
            ("the six months", "DURATION", "P6M"),
            ("30 September 2014", "DATE", "2014-09-30"),
            ("twice a year", "SET", "P1Y"),
            ("30 days", "DURATION", "P30D"),
            ("the last two years", "DURATION", "P2Y"),
            ("the financial year", "DATE", "FY2015"),
            ("31 March 2015", "DATE", "2015-03-31"),
            ("the next decade", "DURATION", "P10Y"),
            ("the financial year", "DATE", "FY2014"),
            ("31 March 2014", "DATE", "2014-03-31"),
            ("1 April", "DATE", "2014-04-01"),
            ("the current financial year", "DATE", "FY2015"),
            ("the five weeks", "DURATION", "P5W"),
            ("6 April", "DATE", "2014-04-06"),
            ("7.00 a.m.", "TIME", "2014-04-09T07:00"),
            ("9 April 2014", "DATE", "2014-04-09"),
            ("8.00 a.m.", "TIME", "2014-04-09T08:00"),
            ("9 April 2014", "DATE", "2014-04-09"),
            ("8.00 a.m.", "TIME", "2014-04-14T08:00"),
            ("14 April 2014", "DATE", "2014-04-14"),
            ("14 April 2014", "DATE", "2014-04-14"),
            ("28 April 2014", "DATE", "2014-04-28"),
        ],
    ),
    # Saturday 2014-10-11 (ISO week 41), British Saturday paper's City page, headline,
    # standfirst ("a week of falling share prices" -> "a week" DURATION P1W), byline, date
    # line "Saturday 11 October 2014". "yesterday" Friday 2014-10-10, "last night" its night
    # 2014-10-10TNI (gold_blind35, gold_blind100). "had been expected to set its price on
    # Wednesday" is the coming Wednesday, 2014-10-15: the plan pointed ahead ("less than a
    # week before its shares were due to start trading"), and the last sentence names it
    # ("8am on Wednesday 15 October", a TIME and a DATE). Past weekdays: "on Thursday"
    # 2014-10-09, "on Monday" 2014-10-06, "by Tuesday" 2014-10-07; "through the week" -> "the
    # week" 2014-W41. "its worst week in more than two years" -> "more than two years" P2Y
    # (the period of a superlative; "week" there is a unit of comparison, not annotated).
    # April-March year: "the financial year to 31 March" FY2014 plus 2014-03-31, "the previous
    # year" FY2013; "the three months to June" P3M plus 2014-06. "three years ago" 2011 (the
    # unit's granularity, consistent with "since 2011"); "early next year" 2015; "the
    # winter" ahead 2015-WI (the winter of 2014-15 takes the year of its January); "the
    # spring" past 2014-SP; "the start of July" 2014-07; "the first half of the year" 2014-H1
    # (calendar, the London market); "now" PRESENT_REF. Not annotated: "until market
    # conditions improve" (standfirst and body), "since then", "FTSE 250", "£600m", "£250m",
    # "£412m", "£310m", "250p to 300p", "7 per cent", "11 per cent", "80 per cent", "1,100
    # trains", "14 depots", "12 companies", "41", "the third London listing".
    "harlow-rail-float-postponed": (
        "2014-10-11",
        [
            ("a week", "DURATION", "P1W"),
            ("Saturday 11 October 2014", "DATE", "2014-10-11"),
            ("yesterday", "DATE", "2014-10-10"),
            ("less than a week", "DURATION", "P1W"),
            ("2011", "DATE", "2011"),
            ("Wednesday", "DATE", "2014-10-15"),
            ("last night", "TIME", "2014-10-10TNI"),
            ("this month", "DATE", "2014-10"),
            ("mid-September", "DATE", "2014-09"),
            ("more than two years", "DURATION", "P2Y"),
            ("Thursday", "DATE", "2014-10-09"),
            ("Monday", "DATE", "2014-10-06"),
            ("22 September", "DATE", "2014-09-22"),
            ("Tuesday", "DATE", "2014-10-07"),
            ("the week", "DATE", "2014-W41"),
            ("early next year", "DATE", "2015"),
            ("the past fortnight", "DURATION", "P2W"),
            ("the financial year", "DATE", "FY2014"),
            ("31 March", "DATE", "2014-03-31"),
            ("the previous year", "DATE", "FY2013"),
            ("seven years", "DURATION", "P7Y"),
            ("the next two years", "DURATION", "P2Y"),
            ("the three months", "DURATION", "P3M"),
            ("June", "DATE", "2014-06"),
            ("three years ago", "DATE", "2011"),
            ("June 2013", "DATE", "2013-06"),
            ("180 days", "DURATION", "P180D"),
            ("now", "DATE", "PRESENT_REF"),
            ("the winter", "DATE", "2015-WI"),
            ("the spring", "DATE", "2014-SP"),
            ("the start of July", "DATE", "2014-07"),
            ("the first half of the year", "DATE", "2014-H1"),
            ("8am", "TIME", "2014-10-15T08:00"),
            ("Wednesday 15 October", "DATE", "2014-10-15"),
        ],
    ),
    # Thursday 2013-10-17 (ISO week 42), Reuters-style wire on a first day of trading,
    # headline, stamp "Thu Oct 17, 2013 2:41pm EDT" (the abbreviated weekday checked by hand:
    # 17 October 2013 is a Thursday; one DATE span with it, and the TIME with its zone),
    # bullets, byline, "NEW YORK, Oct 17 (Reuters) -" dateline. "on Thursday" and "Thursday
    # morning" are the day of the wire; "late Wednesday" 2013-10-16 (a DATE, gold_blind23),
    # "closed on Wednesday" 2013-10-16. Clock times of the debut: "11:52 a.m. ET" and "2:15
    # p.m." 2013-10-17. "the first hour of trading" -> "the first hour" DURATION PT1H (like
    # "its first hour" in gold_blind23). "this year" (bullet and lead) and "so far in 2013"
    # 2013; "since 2000" 2000; "the spring" 2013-SP; "May" 2013-05; "the first half of 2013"
    # 2013-H1 and "a year earlier" 2012-H1; "the past nine months" P9M; "for two years" P2Y;
    # "The last six months" P6M; "a 180-day lock-up that runs until mid-April" P180D and
    # 2014-04; "30-day" P30D; "this week" 2013-W42; "March" and "September" 2013 months just
    # past; "the next 12 months" P12M; "third-quarter" 2013-Q3 and "November" 2013-11 ahead;
    # "next year" 2014. Not annotated: "UPDATE 2", "46 pct", "$24.80", "$17", "$14-$16", "$14
    # to $16", "$2.4 billion", "9 million", "41 percent", "$23.97", "10.5 million", "$178.5
    # million", "$96.2 million", "61 percent", "1.575 million", "$41 billion", "$12",
    # "$20.35", "11 times", "fourth technology company", "VNTR", "any year".
    "vantor-cloud-nyse-debut": (
        "2013-10-17",
        [
            ("Thu Oct 17, 2013", "DATE", "2013-10-17"),
            ("2:41pm EDT", "TIME", "2013-10-17T14:41"),
            ("this year", "DATE", "2013"),
            ("Oct 17", "DATE", "2013-10-17"),
            ("Thursday", "DATE", "2013-10-17"),
            ("this year", "DATE", "2013"),
            ("11:52 a.m. ET", "TIME", "2013-10-17T11:52"),
            ("late Wednesday", "DATE", "2013-10-16"),
            ("the first hour", "DURATION", "PT1H"),
            ("2:15 p.m.", "TIME", "2013-10-17T14:15"),
            ("the spring", "DATE", "2013-SP"),
            ("May", "DATE", "2013-05"),
            ("2006", "DATE", "2006"),
            ("the first half of 2013", "DATE", "2013-H1"),
            ("a year earlier", "DATE", "2012-H1"),
            ("the past nine months", "DURATION", "P9M"),
            ("Thursday morning", "TIME", "2013-10-17TMO"),
            ("two years", "DURATION", "P2Y"),
            ("The last six months", "DURATION", "P6M"),
            ("2008", "DATE", "2008"),
            ("180-day", "DURATION", "P180D"),
            ("mid-April", "DATE", "2014-04"),
            ("30-day", "DURATION", "P30D"),
            ("this week", "DATE", "2013-W42"),
            ("2013", "DATE", "2013"),
            ("2000", "DATE", "2000"),
            ("March", "DATE", "2013-03"),
            ("Wednesday", "DATE", "2013-10-16"),
            ("September", "DATE", "2013-09"),
            ("the next 12 months", "DURATION", "P12M"),
            ("third-quarter", "DATE", "2013-Q3"),
            ("November", "DATE", "2013-11"),
            ("next year", "DATE", "2014"),
        ],
    ),
    # Friday 2015-08-07 (ISO week 32), Indian business paper's website, headline ("issue
    # closes today" 2015-08-07, the paper's day), stamp "Updated: Aug 07, 2015, 01.15 AM IST"
    # (DATE and TIME), byline "By Our Markets Bureau", dated dateline "MUMBAI, Aug 6:" (the
    # day of filing, Thursday 2015-08-06, a DATE of its own, gold_blind74). The body is told
    # on Thursday: "by Thursday evening" 2015-08-06TEV, "on Thursday" (twice) 2015-08-06, "5
    # pm" that day; "opened on Wednesday" and "told reporters on Wednesday" 2015-08-05, the
    # anchor book "on Tuesday" 2015-08-04, "a day before the offer opened" P1D; the issue
    # closes "on Friday" 2015-08-07. Timetable ahead: "August 13", "August 14", "August 19".
    # "planned the issue for March, but deferred it in April" 2015-03 and 2015-04; "all of
    # 2014" -> "2014" (gold_blind51). April-March year: "2014-15" FY2015 (gold_blind74), "the
    # previous fiscal" FY2014 (gold_blind63); "the April-June quarter" 2015-Q2 (calendar name)
    # and "its first quarter of FY16" FY2016-Q1 (two TIMEX3, gold_blind74), "year-on-year"
    # FY2015-Q1 (the same quarter a year before, gold_blind63, gold_blind74). Lock-ins "three
    # years" P3Y and "one year" P1Y from "the date of allotment" (event-named, not
    # annotated); "the next three years" P3Y; "the next 18 months" P18M; "by March 2017"
    # 2017-03; "every year since 1994" SET P1Y and 1994; "in 2008", "in 2011". Not annotated:
    # "3.4 times", "₹620-crore", "₹310-325", "₹186 crore", "14 anchor investors", "₹6,200
    # crore", "11 companies", "22 per cent", "₹48.6 crore", "₹1,140 crore", "₹39.8 crore", "18
    # per cent", "₹240 crore", "two plants", "56" (age), "₹60", "1.9 times", "since then",
    # "the grey market", "before listing", "the date of allotment".
    "vastrani-foods-ipo-subscription": (
        "2015-08-07",
        [
            ("today", "DATE", "2015-08-07"),
            ("Aug 07, 2015", "DATE", "2015-08-07"),
            ("01.15 AM IST", "TIME", "2015-08-07T01:15"),
            ("Aug 6", "DATE", "2015-08-06"),
            ("Thursday evening", "TIME", "2015-08-06TEV"),
            ("three-day", "DURATION", "P3D"),
            ("Friday", "DATE", "2015-08-07"),
            ("Wednesday", "DATE", "2015-08-05"),
            ("Tuesday", "DATE", "2015-08-04"),
            ("a day", "DURATION", "P1D"),
            ("August 13", "DATE", "2015-08-13"),
            ("August 14", "DATE", "2015-08-14"),
            ("August 19", "DATE", "2015-08-19"),
            ("2008", "DATE", "2008"),
            ("March", "DATE", "2015-03"),
            ("April", "DATE", "2015-04"),
            ("2014", "DATE", "2014"),
            ("2014-15", "DATE", "FY2015"),
            ("the previous fiscal", "DATE", "FY2014"),
            ("the April-June quarter", "DATE", "2015-Q2"),
            ("its first quarter of FY16", "DATE", "FY2016-Q1"),
            ("year-on-year", "DATE", "FY2015-Q1"),
            ("the next three years", "DURATION", "P3Y"),
            ("three years", "DURATION", "P3Y"),
            ("2011", "DATE", "2011"),
            ("one year", "DURATION", "P1Y"),
            ("Wednesday", "DATE", "2015-08-05"),
            ("the next 18 months", "DURATION", "P18M"),
            ("March 2017", "DATE", "2017-03"),
            ("every year", "SET", "P1Y"),
            ("1994", "DATE", "1994"),
            ("Thursday", "DATE", "2015-08-06"),
            ("5 pm", "TIME", "2015-08-06T17:00"),
            ("Thursday", "DATE", "2015-08-06"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv[1:])
