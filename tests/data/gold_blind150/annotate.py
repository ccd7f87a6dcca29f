"""Annotations of the hundred-and-fiftieth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind150/annotate.py [--show]

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
    # Tuesday 2015-02-10 (ISO week 7), British regional daily, headline, standfirst, byline,
    # date line "Tuesday 10 February 2015" (one span with its weekday); "yesterday" is Monday
    # 2015-02-09, "yesterday afternoon" its afternoon. "late 2015" (headline and lead) the
    # year's value with the modifier in the span (like "late 2001", gold_blind11); "six months
    # behind schedule" the size of a delay, DURATION P6M (like "six months later than planned",
    # gold_blind28), and "Another six months" likewise, the determiner kept (like "another
    # year", gold_blind5). "the end of June" the planned opening, 2015-06; the quote's "late
    # November or December" 2015-11 and 2015-12 ahead; "spring 2013" 2013-SP; "last July"
    # 2014-07; "three weeks early" the size of a shift, P3W. "the wettest winter in the county
    # for more than 20 years" -> "winter" 2015-WI (the winter of 2014-15, taking the year of its
    # January, gold_blind103) and "more than 20 years" P20Y (the period of a superlative); its
    # "December" 2014-12 and "January" 2015-01. "next Monday" 2015-02-16; "until 10pm each
    # evening" the hours of a recurring working day, XXXX-XX-XXT22:00 with the SET
    # XXXX-XX-XXTEV; "Thursday 19 February" with "from 4pm to 8pm" that day. "2015/16" the
    # council's April-March financial year named by the year it ends, FY2016 (gold_blind74);
    # "three times in 18 months" -> P18M (the period of a count); "last March" 2014-03; "21,400
    # vehicles in 12 hours" -> PT12H; "by the summer" 2015-SU (the summer the shopkeepers had
    # hoped for, before the delay). Not annotated: "The second phase", "The first phase",
    # "£48.6m", "£2.1m", "3.2-mile", "the A6218", "21,400", "11 per cent", "30mph", "more than
    # twice as long", "01632 960 2013" (a phone number ending in a year-like 2013, after the
    # annotated "spring 2013"), "westmarsh.gov.uk/corlintonbypass".
    "corlinton-bypass-second-phase-delay": (
        "2015-02-10",
        [
            ("late 2015", "DATE", "2015"),
            ("six months", "DURATION", "P6M"),
            ("Tuesday 10 February 2015", "DATE", "2015-02-10"),
            ("late 2015", "DATE", "2015"),
            ("six months", "DURATION", "P6M"),
            ("yesterday", "DATE", "2015-02-09"),
            ("the end of June", "DATE", "2015-06"),
            ("now", "DATE", "PRESENT_REF"),
            ("late November", "DATE", "2015-11"),
            ("December", "DATE", "2015-12"),
            ("2016", "DATE", "2016"),
            ("spring 2013", "DATE", "2013-SP"),
            ("last July", "DATE", "2014-07"),
            ("three weeks", "DURATION", "P3W"),
            ("winter", "DATE", "2015-WI"),
            ("more than 20 years", "DURATION", "P20Y"),
            ("December", "DATE", "2014-12"),
            ("January", "DATE", "2015-01"),
            ("19 weeks", "DURATION", "P19W"),
            ("nearly three months", "DURATION", "P3M"),
            ("yesterday afternoon", "TIME", "2015-02-09TAF"),
            ("2012", "DATE", "2012"),
            ("next Monday", "DATE", "2015-02-16"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("each evening", "SET", "XXXX-XX-XXTEV"),
            ("the summer of 2013", "DATE", "2013-SU"),
            ("Thursday 19 February", "DATE", "2015-02-19"),
            ("4pm", "TIME", "2015-02-19T16:00"),
            ("8pm", "TIME", "2015-02-19T20:00"),
            ("2015/16", "DATE", "FY2016"),
            ("18 months", "DURATION", "P18M"),
            ("26 February", "DATE", "2015-02-26"),
            ("last March", "DATE", "2014-03"),
            ("12 hours", "DURATION", "PT12H"),
            ("2010", "DATE", "2010"),
            ("the summer", "DATE", "2015-SU"),
            ("two years", "DURATION", "P2Y"),
            ("Another six months", "DURATION", "P6M"),
            ("the end of March", "DATE", "2015-03"),
        ],
    ),
    # Monday 2013-10-07 (ISO week 41), US city paper, headline, byline, date line "Monday,
    # October 7, 2013", "CALLOWAY FALLS —" dateline. The closures run "nightly from 9 p.m. to 5
    # a.m. through Nov. 30": "nightly" SET XXXX-XX-XXTNI (like "Performances nightly at
    # 7.30pm", gold_blind62), the hours XXXX-XX-XXT21:00 and XXXX-XX-XXT05:00 of a recurring
    # closure (gold_blind103's "from 7 p.m. to 7 a.m. every night"), "Nov. 30" 2013-11-30 (the
    # headline's "nightly through Nov. 30" the same two). "Starting tonight" 2013-10-07TNI;
    # "the next eight weeks" P8W; the city spoke Friday 2013-10-04 (past). "the 1931 steel
    # truss span" an adjectival year, DATE 1931. "about four months later than the city
    # promised" the size of a delay, P4M. "the spring" ahead in October 2014-SP; "from
    # mid-December to early March" 2013-12 and 2014-03; "reopened by 5 a.m." the recurring
    # deadline, XXXX-XX-XXT05:00; "after 9 p.m." likewise. "this weekend" in a Monday paper is
    # the coming one, 2013-W41-WE (12-13 October); "Nov. 9" 2013-11-09 (a Saturday, not named).
    # "every evening" SET XXXX-XX-XXTEV; "Last year" 2012; "early 2015" 2015; "Now" PRESENT_REF;
    # the quote's bare "summer" the summer of 2015 just named, 2015-SU; "6:30 p.m. Oct. 15"
    # two TIMEX3, 2013-10-15T18:30 and 2013-10-15. Not annotated: "after dark", "during the
    # day" (generic), "at rush hour", "$84 million", "four lanes", "61 percent", "the first of
    # eight steel girders", "A third full closure", "Route 12", "Route 40", "311",
    # "callowayfalls.gov/marren2015" (a URL holding 2015).
    "marren-street-bridge-night-lane-closures": (
        "2013-10-07",
        [
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("Nov. 30", "DATE", "2013-11-30"),
            ("Monday, October 7, 2013", "DATE", "2013-10-07"),
            ("the next eight weeks", "DURATION", "P8W"),
            ("tonight", "TIME", "2013-10-07TNI"),
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("5 a.m.", "TIME", "XXXX-XX-XXT05:00"),
            ("Nov. 30", "DATE", "2013-11-30"),
            ("Friday", "DATE", "2013-10-04"),
            ("1931", "DATE", "1931"),
            ("2009", "DATE", "2009"),
            ("March 2012", "DATE", "2012-03"),
            ("the summer of 2015", "DATE", "2015-SU"),
            ("about four months", "DURATION", "P4M"),
            ("the spring", "DATE", "2014-SP"),
            ("mid-December", "DATE", "2013-12"),
            ("early March", "DATE", "2014-03"),
            ("5 a.m.", "TIME", "XXXX-XX-XXT05:00"),
            ("Aug. 16", "DATE", "2013-08-16"),
            ("Aug. 19", "DATE", "2013-08-19"),
            ("this weekend", "DATE", "2013-W41-WE"),
            ("Nov. 9", "DATE", "2013-11-09"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("Last year", "DATE", "2012"),
            ("early 2015", "DATE", "2015"),
            ("Now", "DATE", "PRESENT_REF"),
            ("summer", "DATE", "2015-SU"),
            ("6:30 p.m.", "TIME", "2013-10-15T18:30"),
            ("Oct. 15", "DATE", "2013-10-15"),
        ],
    ),
    # Wednesday 2014-06-11 (ISO week 24), Australian regional paper's website, headline, stamp
    # "June 11 2014 - 5:40AM" (a DATE and a TIME), byline; the budget was handed down
    # "yesterday", Tuesday 2014-06-10. "the 2014-15 state budget" -> "2014-15" FY2015 (the
    # July-June financial year named by the year it ends, gold_blind88), and "in 2014-15" the
    # same; "mid-2016" (headline and lead) the year's value, 2016 (gold_blind36); "the middle of
    # that year" after "the first half of 2016" likewise 2016. "four years", "the following
    # three years", "two years" DURATIONs of funding. "October" 2014-10 ahead; "next summer" in
    # a southern June is the summer of 2014-15, which takes the year of its January, 2015-SU
    # (gold_blind88). "since 2003"; "more than a decade" P10Y; "August 29" 2014-08-29;
    # "Christmas" 2014-12-25; "every 30 minutes" SET PT30M, "hourly" SET PT1H; "48 minutes" and
    # "75 minutes" journey times; "now" PRESENT_REF; "last month" 2014-05 beside "May 2013";
    # "this year" 2014; "June 24" 2014-06-24. Not annotated: "$310m", "$310 million", "$96
    # million", "27-kilometre", "three elections", "the day" ("hourly during the day",
    # generic), "peak times", "2000-class" (a class of railcars), "14 per cent", "$1.2
    # million", "$4.5 million", "$18 million", "ellerbyline.com.au/2016" (a URL holding 2016).
    "tarrabool-rail-line-budget-first-trains": (
        "2014-06-11",
        [
            ("mid-2016", "DATE", "2016"),
            ("June 11 2014", "DATE", "2014-06-11"),
            ("5:40AM", "TIME", "2014-06-11T05:40"),
            ("four years", "DURATION", "P4Y"),
            ("2014-15", "DATE", "FY2015"),
            ("mid-2016", "DATE", "2016"),
            ("yesterday", "DATE", "2014-06-10"),
            ("2014-15", "DATE", "FY2015"),
            ("the following three years", "DURATION", "P3Y"),
            ("October", "DATE", "2014-10"),
            ("next summer", "DATE", "2015-SU"),
            ("2003", "DATE", "2003"),
            ("more than a decade", "DURATION", "P10Y"),
            ("August 29", "DATE", "2014-08-29"),
            ("Christmas", "DATE", "2014-12-25"),
            ("the first half of 2016", "DATE", "2016-H1"),
            ("the middle of that year", "DATE", "2016"),
            ("every 30 minutes", "SET", "PT30M"),
            ("hourly", "SET", "PT1H"),
            ("48 minutes", "DURATION", "PT48M"),
            ("75 minutes", "DURATION", "PT75M"),
            ("now", "DATE", "PRESENT_REF"),
            ("last month", "DATE", "2014-05"),
            ("May 2013", "DATE", "2013-05"),
            ("2011", "DATE", "2011"),
            ("this year", "DATE", "2014"),
            ("2012", "DATE", "2012"),
            ("June 24", "DATE", "2014-06-24"),
            ("two years", "DURATION", "P2Y"),
        ],
    ),
    # Thursday 2012-06-14 (ISO week 24), British city council committee report, header with
    # "Date of meeting: Thursday 14 June 2012" (the publication day), numbered paragraphs, a
    # milestone table with original and revised dates, contact line and background papers.
    # "reported in March" 2012-03 (the report of 15 March 2012); "four months later" and
    # "The four-month delay" the size of a delay, P4M; "receives progress reports quarterly"
    # SET P3M; "repaid over 25 years" P25Y; "three weeks longer than planned" P3W. Table dates
    # as written: months with years, "Summer 2012", "Spring 2013", "Summer 2013" seasons
    # (gold_blind70's "Spring 2015"), "Q4 2013" 2013-Q4 and "Q2 2014" 2014-Q2 (calendar
    # quarters, no fiscal quarter named), "July to October 2012" -> "July" 2012-07 and "October
    # 2012", a range at its two ends. "a legal challenge lodged ... in January" 2012-01 (past);
    # "from mid-November to early January" ahead, 2012-11 and 2013-01; "about five weeks"
    # P5W; "work on Saturdays from 8am to 1pm" SET XXXX-WXX-6 with the hours
    # XXXX-XX-XXT08:00 and XXXX-XX-XXT13:00. "2011/12" FY2012 and "2012/13" FY2013 (the
    # council's April-March year named by the year it ends); "ordered in February" 2012-02;
    # "up to eight weeks" P8W; "Monday 25 June" and "Saturday 30 June" 2012-06-25 and
    # 2012-06-30. Not annotated: "the Christmas trading period" (a retail period named after
    # the holiday, not the day: its dates are given beside it), "Section", "Table 1", "1.1" to
    # "7.2" (paragraph numbers), "2.4km", "four new stops", "£62.5m", "£41m", "£21.5m",
    # "£9.8m", "£11.2m", "six trams", "0113 496 0814", "(achieved)".
    "harbrook-tram-extension-progress-report": (
        "2012-06-14",
        [
            ("Thursday 14 June 2012", "DATE", "2012-06-14"),
            ("15 March 2012", "DATE", "2012-03-15"),
            ("23 April 2012", "DATE", "2012-04-23"),
            ("8 May 2012", "DATE", "2012-05-08"),
            ("September 2014", "DATE", "2014-09"),
            ("four months", "DURATION", "P4M"),
            ("March", "DATE", "2012-03"),
            ("quarterly", "SET", "P3M"),
            ("November 2010", "DATE", "2010-11"),
            ("25 years", "DURATION", "P25Y"),
            ("October 2011", "DATE", "2011-10"),
            ("February 2012", "DATE", "2012-02"),
            ("three weeks", "DURATION", "P3W"),
            ("December 2011", "DATE", "2011-12"),
            ("February 2012", "DATE", "2012-02"),
            ("March 2012", "DATE", "2012-03"),
            ("23 April 2012", "DATE", "2012-04-23"),
            ("April 2012", "DATE", "2012-04"),
            ("8 May 2012", "DATE", "2012-05-08"),
            ("Summer 2012", "DATE", "2012-SU"),
            ("July", "DATE", "2012-07"),
            ("October 2012", "DATE", "2012-10"),
            ("Spring 2013", "DATE", "2013-SP"),
            ("Summer 2013", "DATE", "2013-SU"),
            ("Q4 2013", "DATE", "2013-Q4"),
            ("Q2 2014", "DATE", "2014-Q2"),
            ("May 2014", "DATE", "2014-05"),
            ("September 2014", "DATE", "2014-09"),
            ("four-month", "DURATION", "P4M"),
            ("January", "DATE", "2012-01"),
            ("mid-November", "DATE", "2012-11"),
            ("early January", "DATE", "2013-01"),
            ("about five weeks", "DURATION", "P5W"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("1pm", "TIME", "XXXX-XX-XXT13:00"),
            ("2011/12", "DATE", "FY2012"),
            ("2012/13", "DATE", "FY2013"),
            ("September 2014", "DATE", "2014-09"),
            ("February", "DATE", "2012-02"),
            ("July 2013", "DATE", "2013-07"),
            ("March 2014", "DATE", "2014-03"),
            ("up to eight weeks", "DURATION", "P8W"),
            ("Monday 25 June", "DATE", "2012-06-25"),
            ("Saturday 30 June", "DATE", "2012-06-30"),
            ("13 September 2012", "DATE", "2012-09-13"),
            ("15 March 2012", "DATE", "2012-03-15"),
        ],
    ),
    # Friday 2012-11-23 (ISO week 47), Canadian paper, headline, deck, date line "Friday,
    # November 23, 2012", byline, "PORT KESSICK, Ont. —" dateline. The report was released
    # Thursday 2012-11-22 and the mayor spoke Thursday; council debates it Tuesday 2012-11-27
    # and the report will be posted "by Monday" 2012-11-26 (future). "the 2014 football
    # season" -> "2014", an adjectival year (the season itself is not annotated, gold_blind60);
    # its start "in June" 2014-06; "the fall" ahead 2014-FA. The quote's "in May" 2012-05 and
    # "Six months later" after it 2012-11 (the unit's granularity on the month named,
    # gold_blind28); "between March 2011 and March 2012"; "last year" 2011; "Jan. 17, 2011";
    # "since September" 2012-09; "now" PRESENT_REF; "December 2014"; "over 30 years" P30Y; "a
    # 25-year lease" DURATION on the adjective; "two years ago" 2010 (the unit's
    # granularity); "Every quarterly update" -> "quarterly" SET P3M, the adjective naming a
    # recurrence (gold_blind35's "monthly leak surveys"). Not annotated: "annual" ("the average
    # household's annual tax bill", the period of a figure, like "its usual monthly total" in
    # gold_blind103), "its first season" (a sports season), "around the clock", "$212
    # million", "$38 million", "24,000-seat", "17 per cent", "14 change orders", "58 per
    # cent", "$48", "$50 million", "$20 million", "$1.6 million", "the fifth one",
    # "kessick.ca/stadium2014" (a URL holding 2014).
    "port-kessick-stadium-cost-climbs": (
        "2012-11-23",
        [
            ("Friday, November 23, 2012", "DATE", "2012-11-23"),
            ("2010", "DATE", "2010"),
            ("Thursday", "DATE", "2012-11-22"),
            ("2014", "DATE", "2014"),
            ("June", "DATE", "2014-06"),
            ("the fall", "DATE", "2014-FA"),
            ("Tuesday", "DATE", "2012-11-27"),
            ("Thursday", "DATE", "2012-11-22"),
            ("May", "DATE", "2012-05"),
            ("Six months later", "DATE", "2012-11"),
            ("March 2011", "DATE", "2011-03"),
            ("March 2012", "DATE", "2012-03"),
            ("last year", "DATE", "2011"),
            ("Jan. 17, 2011", "DATE", "2011-01-17"),
            ("September", "DATE", "2012-09"),
            ("now", "DATE", "PRESENT_REF"),
            ("December 2014", "DATE", "2014-12"),
            ("30 years", "DURATION", "P30Y"),
            ("2011", "DATE", "2011"),
            ("March 31, 2013", "DATE", "2013-03-31"),
            ("25-year", "DURATION", "P25Y"),
            ("2010", "DATE", "2010"),
            ("two years ago", "DATE", "2010"),
            ("quarterly", "SET", "P3M"),
            ("Monday", "DATE", "2012-11-26"),
        ],
    ),
    # Saturday 2014-04-12 (ISO week 15), Indian city paper, headline, credit line "By Our
    # Staff Reporter | Devangiri | Published: 12th April 2014 05:18 AM" (the ordinal date one
    # DATE span, the clock time a TIME), "DEVANGIRI:" dateline. The corporation admitted "on
    # Friday" 2014-04-11; the crane fell "On Thursday evening" 2014-04-10TEV; the board meets
    # "on April 21" 2014-04-21. "the deadline of March 2014" (headline and lead) 2014-03;
    # "December" ahead 2014-12 (headline and lead); "now" in the headline and "Now they say
    # 2015" PRESENT_REF. "the end of last year" 2013; "August" 2014-08 ahead; "at least three
    # months" P3M; "took 22 months" P22M; "We lost another year" DURATION P1Y (gold_blind5);
    # "2013-14, which ended on March 31" FY2014 (the Indian April-March year named by the year
    # it ends, gold_blind49, gold_blind74) and 2014-03-31; "its 2014-15 budget" FY2015;
    # "2015-16" FY2016; "by June 30" 2014-06-30; "since November 2011"; "till the end of the
    # year" 2014 ("till" a signal like "until"); "the past two years" P2Y; "from 6 am to 11 pm"
    # the hours of a recurring service, XXXX-XX-XXT06:00 and XXXX-XX-XXT23:00; "every 10
    # minutes" SET PT10M; "every day" SET P1D; "in the first year" of the line, an ordinal
    # period of an event, DURATION P1Y (like "The first week" after the quake, gold_blind35).
    # Not annotated: "Metro Line 2", "Line 3", "Rs 4,860-crore", "Rs 610 crore", "Rs 540
    # crore", "Rs 900 crore", "Rs 920 crore", "11.4-km", "14-km", "nine stations", "80 per
    # cent", "1.2 lakh", "a third", "peak hours", "1800-425-2014" (a helpline number ending in
    # 2014).
    "devangiri-metro-line-2-deadline-missed": (
        "2014-04-12",
        [
            ("March 2014", "DATE", "2014-03"),
            ("now", "DATE", "PRESENT_REF"),
            ("December", "DATE", "2014-12"),
            ("12th April 2014", "DATE", "2014-04-12"),
            ("05:18 AM", "TIME", "2014-04-12T05:18"),
            ("December", "DATE", "2014-12"),
            ("Friday", "DATE", "2014-04-11"),
            ("March 2014", "DATE", "2014-03"),
            ("2010", "DATE", "2010"),
            ("the end of last year", "DATE", "2013"),
            ("August", "DATE", "2014-08"),
            ("at least three months", "DURATION", "P3M"),
            ("22 months", "DURATION", "P22M"),
            ("another year", "DURATION", "P1Y"),
            ("2008", "DATE", "2008"),
            ("2013-14", "DATE", "FY2014"),
            ("March 31", "DATE", "2014-03-31"),
            ("2014-15", "DATE", "FY2015"),
            ("June 30", "DATE", "2014-06-30"),
            ("Thursday evening", "TIME", "2014-04-10TEV"),
            ("November 2011", "DATE", "2011-11"),
            ("the end of the year", "DATE", "2014"),
            ("the past two years", "DURATION", "P2Y"),
            ("2013", "DATE", "2013"),
            ("Now", "DATE", "PRESENT_REF"),
            ("2015", "DATE", "2015"),
            ("6 am", "TIME", "XXXX-XX-XXT06:00"),
            ("11 pm", "TIME", "XXXX-XX-XXT23:00"),
            ("every 10 minutes", "SET", "PT10M"),
            ("now", "DATE", "PRESENT_REF"),
            ("every day", "SET", "P1D"),
            ("the first year", "DURATION", "P1Y"),
            ("2015-16", "DATE", "FY2016"),
            ("April 21", "DATE", "2014-04-21"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
