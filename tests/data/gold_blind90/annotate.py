"""Annotations of the ninetieth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind90/annotate.py [--show]

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
    # Wednesday 2012-05-16 (ISO week 20), a borough council's notice of planning applications,
    # "Date of notice: 16 May 2012" (the day the notice is published). The inspection hours
    # "between 8.45am and 5pm, Monday to Friday" recur every week: TIMEs XXXX-XX-XXThh:mm and
    # the ends of the range of weekdays SETs XXXX-WXX-1 and XXXX-WXX-5 (gold_blind76); "within
    # 21 days of the date of this notice" -> "21 days" (gold_blind69). "1970s" (an adjectival
    # decade, "a 1970s single-storey extension") 197 like "a 1920s lake lodge" (gold_blind76);
    # "the early 19th century" 18 and "the late 1980s" 198, modifiers kept; "about 1790" DATE
    # 1790, modifier kept like "around 1780" in earlier sets. The restaurant's hours ("from 11am
    # to 11pm Mondays to Saturdays and from 12 noon to 10.30pm on Sundays", "not before 7am")
    # and the site hours ("8am to 6pm", "no work on Sundays") are hours of no particular day,
    # "12 noon" one span (gold_blind60). "starting in the autumn" said in May is the coming
    # autumn, 2012-FA; "in February" past, 2012-02. The committee meets "on Tuesday 12 June
    # 2012 at 6.30pm"; speakers register "by noon on the Friday before the meeting": "noon"
    # 2012-06-08T12:00 and "the Friday" DATE 2012-06-08, a definite day fixed by the meeting,
    # like "the Saturday" of a festival in gold_blind76. "almost a year after the application
    # was refused" is an anchored duration, P1Y. Not annotated: "TOWN AND COUNTRY PLANNING ACT
    # 1990" and the listed-buildings Act of 1990 (names), the references "12/0456/FUL" and the
    # others (their "12" is the year 2012), "11/0977/FUL", "The Local Plan 2011-2026" (a
    # plan's name), "Grade II", "Class A1", "Class A3", "7 Church Walk", "22 Market Place",
    # "KV1 2DL", "24 houses", "two-storey", "single-storey", "two holiday lodges", "office
    # hours", "the date of this notice", the phone number.
    "keston-vale-planning-applications": (
        "2012-05-16",
        [
            ("16 May 2012", "DATE", "2012-05-16"),
            ("8.45am", "TIME", "XXXX-XX-XXT08:45"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Friday", "SET", "XXXX-WXX-5"),
            ("21 days", "DURATION", "P21D"),
            ("11 May 2012", "DATE", "2012-05-11"),
            ("1970s", "DATE", "197"),
            ("the early 19th century", "DATE", "18"),
            ("the late 1980s", "DATE", "198"),
            ("the 1960s", "DATE", "196"),
            ("about 1790", "DATE", "1790"),
            ("11am", "TIME", "XXXX-XX-XXT11:00"),
            ("11pm", "TIME", "XXXX-XX-XXT23:00"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("12 noon", "TIME", "XXXX-XX-XXT12:00"),
            ("10.30pm", "TIME", "XXXX-XX-XXT22:30"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("about 18 months", "DURATION", "P18M"),
            ("the autumn", "DATE", "2012-FA"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("2 May 2012", "DATE", "2012-05-02"),
            ("February", "DATE", "2012-02"),
            ("Tuesday 12 June 2012", "DATE", "2012-06-12"),
            ("6.30pm", "TIME", "2012-06-12T18:30"),
            ("up to three minutes", "DURATION", "PT3M"),
            ("noon", "TIME", "2012-06-08T12:00"),
            ("the Friday", "DATE", "2012-06-08"),
            ("3 May 2012", "DATE", "2012-05-03"),
            ("almost a year", "DURATION", "P1Y"),
        ],
    ),
    # Friday 2013-04-12 (ISO week 15), a regional paper's property-page auction report, byline
    # and date line "Friday 12 April 2013". The chapel "went under the hammer on Tuesday", the
    # sale day, 2013-04-09 (past); the sale's clock times ("opened at 2.40pm", "began at 11am and
    # ran until almost 4pm") take that day, "almost" kept in the span like "about". "must
    # complete within 28 days" -> "28 days". "For five years buyers have been cautious" P5Y
    # (gold_blind35's "For 20 years"). The firm's quarters are calendar quarters (no fiscal
    # year described): "the first quarter" 2013-Q1 (just ended), "the fourth quarter of 2012",
    # "the second half of the year" 2013-H2; "Last year" 2012 and "a year earlier" after it
    # 2011. "a 1960s bungalow" -> "1960s" 196. "two days later" is anchored on the sale day,
    # Thursday 2013-04-11. "had sold on Friday, before the auction" is the Friday before the
    # Tuesday sale, 2013-04-05 (past; the publication day is itself a Friday). "87 years left on
    # its lease" P87Y. "since last summer" 2012-SU; "every eight weeks" SET P8W; the next sale
    # "on Wednesday 22 May" 2013-05-22, entries close "on 26 April" 2013-04-26; "two weeks
    # before the sale" P2W; "every Saturday morning in May" SET XXXX-WXX-6TMO and DATE 2013-05
    # (a set and its frame, gold_blind76). Not annotated: "May Ashworth" (a name) and her age
    # "81", "Lot 9", "Lot 12", "Lot 27", "41 Coronation Road", "46 lots", "38", "300 people",
    # "six", prices, "10 per cent" and the other percentages, "by the time it closed" (an
    # event-named time), "under the hammer", the phone number.
    "copley-chapel-auction-report": (
        "2013-04-12",
        [
            ("Friday 12 April 2013", "DATE", "2013-04-12"),
            ("Tuesday", "DATE", "2013-04-09"),
            ("1868", "DATE", "1868"),
            ("2009", "DATE", "2009"),
            ("2.40pm", "TIME", "2013-04-09T14:40"),
            ("nearly nine minutes", "DURATION", "PT9M"),
            ("28 days", "DURATION", "P28D"),
            ("the spring of 2007", "DATE", "2007-SP"),
            ("more than two decades", "DURATION", "P20Y"),
            ("five years", "DURATION", "P5Y"),
            ("Now", "DATE", "PRESENT_REF"),
            ("11am", "TIME", "2013-04-09T11:00"),
            ("almost 4pm", "TIME", "2013-04-09T16:00"),
            ("the first quarter", "DATE", "2013-Q1"),
            ("the fourth quarter of 2012", "DATE", "2012-Q4"),
            ("the second half of the year", "DATE", "2013-H2"),
            ("Last year", "DATE", "2012"),
            ("a year earlier", "DATE", "2011"),
            ("1960s", "DATE", "196"),
            ("two days later", "DATE", "2013-04-11"),
            ("87 years", "DURATION", "P87Y"),
            ("Friday", "DATE", "2013-04-05"),
            ("recent months", "DATE", "PAST_REF"),
            ("last summer", "DATE", "2012-SU"),
            ("every eight weeks", "SET", "P8W"),
            ("Wednesday 22 May", "DATE", "2013-05-22"),
            ("26 April", "DATE", "2013-04-26"),
            ("two weeks", "DURATION", "P2W"),
            ("every Saturday morning", "SET", "XXXX-WXX-6TMO"),
            ("May", "DATE", "2013-05"),
        ],
    ),
    # Tuesday 2013-12-17 (ISO week 51), a local paper's public-notices page, date line "Tuesday
    # 17 December 2013": a temporary road-closure order and an editor's note. The closure
    # "from 8pm on 6 January to 6am on 10 January, nightly" is January 2014, the next
    # occurrence: "8pm" 2014-01-06T20:00 with "6 January", "6am" 2014-01-10T06:00 with "10
    # January", and "nightly" SET XXXX-XX-XXTNI (the prohibition applies night by night);
    # "at 6am each morning" T06:00 on no particular day and SET XXXX-XX-XXTMO; "the night of 13
    # January" TIME 2014-01-13TNI (gold_blind69). "up to 18 months" P18M, modifier kept;
    # "about six minutes longer" the size of a delay, PT6M; the bus's "after 8pm while the
    # closure is in force" an hour of every closed night, XXXX-XX-XXT20:00. Mill Lane: "Sunday
    # 19 January 2014 between 7am and 5pm", "the following Sunday" 2014-01-26. Note: "the first
    # half of 2013", "late June" 2013-06 (past), "four days", "in October" 2013-10 (past),
    # "mid-2014" 2014, "last week" 2013-W50, "on Thursday from 4pm to 7pm" 2013-12-19 (future),
    # "between 20 December and 3 January" 2013-12-20 and 2014-01-03, "set for January" 2014-01,
    # "Two years ago" 2011, "overran by a fortnight" the size of the overrun P2W, "more than a
    # decade" P10Y. Not annotated: "ORDER 2014" (the order's name, although its year is the year
    # of the closure), "ROAD TRAFFIC REGULATION ACT 1984", "SECTION 14(1)", "B4071", "A417",
    # "Bus service 47", "HT1 1AA", "the winter embargo" (a kind of embargo, like "winter
    # closure" in gold_blind76), "at all times", "three times", "Anne March" (a name), "£2.3
    # million".
    "elmbury-station-road-closure": (
        "2013-12-17",
        [
            ("Tuesday 17 December 2013", "DATE", "2013-12-17"),
            ("the 1950s", "DATE", "195"),
            ("8pm", "TIME", "2014-01-06T20:00"),
            ("6 January", "DATE", "2014-01-06"),
            ("6am", "TIME", "2014-01-10T06:00"),
            ("10 January", "DATE", "2014-01-10"),
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("each morning", "SET", "XXXX-XX-XXTMO"),
            ("the night of 13 January", "TIME", "2014-01-13TNI"),
            ("6 January 2014", "DATE", "2014-01-06"),
            ("up to 18 months", "DURATION", "P18M"),
            ("about six minutes", "DURATION", "PT6M"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("Sunday 19 January 2014", "DATE", "2014-01-19"),
            ("7am", "TIME", "2014-01-19T07:00"),
            ("5pm", "TIME", "2014-01-19T17:00"),
            ("the following Sunday", "DATE", "2014-01-26"),
            ("17 December 2013", "DATE", "2013-12-17"),
            ("the first half of 2013", "DATE", "2013-H1"),
            ("late June", "DATE", "2013-06"),
            ("four days", "DURATION", "P4D"),
            ("October", "DATE", "2013-10"),
            ("mid-2014", "DATE", "2014"),
            ("last week", "DATE", "2013-W50"),
            ("Thursday", "DATE", "2013-12-19"),
            ("4pm", "TIME", "2013-12-19T16:00"),
            ("7pm", "TIME", "2013-12-19T19:00"),
            ("20 December", "DATE", "2013-12-20"),
            ("3 January", "DATE", "2014-01-03"),
            ("January", "DATE", "2014-01"),
            ("Two years ago", "DATE", "2011"),
            ("a fortnight", "DURATION", "P2W"),
            ("more than a decade", "DURATION", "P10Y"),
        ],
    ),
    # Thursday 2014-02-20 (ISO week 8), a district council's invitation to tender on a local
    # paper's public-notices page, date line "Thursday 20 February 2014", signed "Dated: 18
    # February 2014". "a contract period of 36 months commencing 1 April 2014" -> "36 months"
    # and "1 April 2014" ("commencing" a signal like "effective", gold_blind35); "a further 12
    # months" keeps its determiner (gold_blind24). "every week in summer and every three weeks
    # in winter" SETs P1W and P3W with generic seasons SET XXXX-SU and XXXX-WI as their frames
    # (gold_blind26, gold_blind76); "inspected daily, including weekends" SET P1D and
    # XXXX-WXX-WE. "from Monday 24 February" 2014-02-24; "at 10am on Wednesday 5 March"; "by
    # 5pm on 7 March 2014"; "within two days" P2D; "Closing date for tenders: 12 noon on Friday
    # 14 March 2014" -> "12 noon" 2014-03-14T12:00 (one span, gold_blind60) and the date;
    # "the same afternoon" that day's afternoon, TIME 2014-03-14TAF; "in late March" 2014-03;
    # "a standstill period of 10 days" -> "10 days". "at least three years' experience" -> "at
    # least three years" (apostrophe left out, gold_blind69). "the 2012-13 financial year" is
    # an English council's April-March year named by the year it ends, FY2013 (like "the
    # 2016/17 financial year" FY2017 in earlier sets). "Staff now employed" PRESENT_REF; "late
    # last year" 2013; "since the 1990s" 199; "recent years" PAST_REF; "earlier this month"
    # 2014-02; "the coming months" PXM. The office hours "(Monday to Friday, 9am to 5pm)" recur:
    # SET ends of the weekday range and TIMEs of no particular day (gold_blind76). Not
    # annotated: "Tender No. 2014/017" (twice) and the address ".../tenders/2014-017", "Lots
    # 1-3", "Lot 1", "Lot 2", "Lot 3", "14 parks", "60 kilometres", "£1.4 million", "WL4 2NB",
    # the phone number, "bank holidays" (generic, gold_blind76), the TUPE "Regulations 2006",
    # "the initial term", "the contract period", "Closing date" (a role, not a date).
    "westerleigh-grounds-maintenance-tender": (
        "2014-02-20",
        [
            ("Thursday 20 February 2014", "DATE", "2014-02-20"),
            ("36 months", "DURATION", "P36M"),
            ("1 April 2014", "DATE", "2014-04-01"),
            ("a further 12 months", "DURATION", "P12M"),
            ("every week", "SET", "P1W"),
            ("summer", "SET", "XXXX-SU"),
            ("every three weeks", "SET", "P3W"),
            ("winter", "SET", "XXXX-WI"),
            ("daily", "SET", "P1D"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("Monday 24 February", "DATE", "2014-02-24"),
            ("10am", "TIME", "2014-03-05T10:00"),
            ("Wednesday 5 March", "DATE", "2014-03-05"),
            ("5pm", "TIME", "2014-03-07T17:00"),
            ("7 March 2014", "DATE", "2014-03-07"),
            ("two days", "DURATION", "P2D"),
            ("12 noon", "TIME", "2014-03-14T12:00"),
            ("Friday 14 March 2014", "DATE", "2014-03-14"),
            ("the same afternoon", "TIME", "2014-03-14TAF"),
            ("late March", "DATE", "2014-03"),
            ("10 days", "DURATION", "P10D"),
            ("at least three years", "DURATION", "P3Y"),
            ("the 2012-13 financial year", "DATE", "FY2013"),
            ("now", "DATE", "PRESENT_REF"),
            ("2009", "DATE", "2009"),
            ("late last year", "DATE", "2013"),
            ("31 March 2014", "DATE", "2014-03-31"),
            ("the 1990s", "DATE", "199"),
            ("recent years", "DATE", "PAST_REF"),
            ("earlier this month", "DATE", "2014-02"),
            ("the coming months", "DURATION", "PXM"),
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Friday", "SET", "XXXX-WXX-5"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("18 February 2014", "DATE", "2014-02-18"),
        ],
    ),
    # Monday 2014-11-10 (ISO week 46), a British paper's antiques column previewing a saleroom's
    # two-day sale, byline and date line "Monday 10 November 2014". "two-day" (headline)
    # adjectival DURATION P2D. The sale "opens on Saturday" 2014-11-15; "on view from Thursday,
    # 10am-7pm" 2014-11-13 with its hours on that day, "on Friday from 10am to 5pm" 2014-11-14,
    # "on Friday evening" TIME 2014-11-14TEV; "10.30am GMT on Saturday (5.30am EST ...)" two
    # TIMEs of 2014-11-15, the zone in the span and not in the value (gold_blind28, gold_blind59;
    # New York was on EST after 2 November); "on Sunday from 11am" 2014-11-16; "went online on
    # Wednesday" past, 2014-11-05. "from the Georgian period to the 1970s" -> only "the 1970s"
    # 197: "the Georgian period", "Georgian" (headline, "Georgian pieces"), "George III" and
    # "Regency" are named eras and styles without calendar bounds (gold_blind9, gold_blind44,
    # gold_blind71's "the Victorian era"). "the 1770s" 177; "the autumn of 1916" 1916-FA;
    # "died in February" 2014-02; "every month for more than 40 years" SET P1M and P40Y; "the
    # past decade" P10Y; "recently" PAST_REF; "The firm's last sale, in September" 2014-09 and
    # "a year earlier" at its granularity, 2013-09 (gold_blind35); "by 5pm on Friday"
    # 2014-11-14; "within seven days"; "by Friday 21 November"; "charged daily" SET P1D; "on 13
    # December" 2014-12-13; "follows in March" ahead, 2015-03. Not annotated: "Lot 214", "Lot
    # 1914" (a lot number in a story of a 1916 letter), "almost 2,000 lots", "43 letters", the
    # title "the Wenlow Volunteers' March" (a tune, beside the month "March", annotated), the
    # estimates "£8,000-12,000" and "£300-500" (price ranges that read like year ranges),
    # "£3,000", "£1.3 million", "a third", "24 per cent", the age "91", "8 Quay Street",
    # "WN3 4PL", the address ".../sale/1411", "She never missed a sale", "after that".
    "ashcombe-pryce-autumn-sale-preview": (
        "2014-11-10",
        [
            ("two-day", "DURATION", "P2D"),
            ("Monday 10 November 2014", "DATE", "2014-11-10"),
            ("Saturday", "DATE", "2014-11-15"),
            ("the 1970s", "DATE", "197"),
            ("Thursday", "DATE", "2014-11-13"),
            ("10am", "TIME", "2014-11-13T10:00"),
            ("7pm", "TIME", "2014-11-13T19:00"),
            ("Friday", "DATE", "2014-11-14"),
            ("10am", "TIME", "2014-11-14T10:00"),
            ("5pm", "TIME", "2014-11-14T17:00"),
            ("Friday evening", "TIME", "2014-11-14TEV"),
            ("10.30am GMT", "TIME", "2014-11-15T10:30"),
            ("Saturday", "DATE", "2014-11-15"),
            ("5.30am EST", "TIME", "2014-11-15T05:30"),
            ("Sunday", "DATE", "2014-11-16"),
            ("11am", "TIME", "2014-11-16T11:00"),
            ("Wednesday", "DATE", "2014-11-05"),
            ("1764", "DATE", "1764"),
            ("the 1770s", "DATE", "177"),
            ("the autumn of 1916", "DATE", "1916-FA"),
            ("1902", "DATE", "1902"),
            ("February", "DATE", "2014-02"),
            ("every month", "SET", "P1M"),
            ("more than 40 years", "DURATION", "P40Y"),
            ("the past decade", "DURATION", "P10Y"),
            ("recently", "DATE", "PAST_REF"),
            ("September", "DATE", "2014-09"),
            ("2007", "DATE", "2007"),
            ("a year earlier", "DATE", "2013-09"),
            ("5pm", "TIME", "2014-11-14T17:00"),
            ("Friday", "DATE", "2014-11-14"),
            ("seven days", "DURATION", "P7D"),
            ("Friday 21 November", "DATE", "2014-11-21"),
            ("daily", "SET", "P1D"),
            ("13 December", "DATE", "2014-12-13"),
            ("March", "DATE", "2015-03"),
        ],
    ),
    # Saturday 2015-08-22 (ISO week 34), a letting agent's web listing, "Added on 22/08/2015"
    # (day first, DATE 2015-08-22). "Available from mid-September" 2015-09 (ahead); "built in
    # the 1930s" 193, but "The 1930s-style kitchen, fitted last spring" is not a date: the
    # compound names a style of a kitchen fitted in 2015 and places nothing in the 1930s (see
    # README); "last spring" said in August is the spring of the same year, 2015-SP
    # (gold_blind35), "this summer" 2015-SU, "in January" 2015-01 (past). "a ten-minute walk"
    # adjectival DURATION PT10M; "every half hour at peak times" SET PT30M ("peak times" not
    # annotated); "about 25 minutes" PT25M. "for more than seven years" P7Y; "at the end of
    # August" 2015-08; "since 2003"; "for several years" PXY. "a 1990s summer house" -> "1990s"
    # 199, "summer house" a kind of building. Terms: "12 months", "six months", "monthly" SET
    # P1M, "annually" SET P1Y, "about a week" P1W. "Saturdays 10am-1pm and Thursday evenings
    # 6pm-8pm": SETs XXXX-WXX-6 and XXXX-WXX-4TEV with hours of no particular day, the hyphen a
    # range mark (gold_blind76). "Thursday 27 August" 2015-08-27; "Monday 31 August, the summer
    # bank holiday" two DATEs of 2015-08-31 (England's last Monday of August, like "the June
    # bank holiday" in gold_blind69); "at 9am the next day" 2015-09-01T09:00 and 2015-09-01.
    # "between 1932 and 1936"; "March 2013"; "in 2014"; "every Friday" SET XXXX-WXX-5;
    # "reopened in May" 2015-05; "a year-long refit" P1Y; "until 10pm every day" T22:00 and SET
    # P1D. Not annotated: "£1,150 pcm" (a rate), "14 Larkspur Avenue", "FB2 7QT", "EPC rating D
    # (62)", "council tax band D", "about 30 metres", "two cars", "£1,590", "the Sunday Times"
    # (a paper), "3 Market Row", the phone number, "Ref: HR/L/5524".
    "larkspur-avenue-letting-listing": (
        "2015-08-22",
        [
            ("22/08/2015", "DATE", "2015-08-22"),
            ("mid-September", "DATE", "2015-09"),
            ("the 1930s", "DATE", "193"),
            ("2006", "DATE", "2006"),
            ("ten-minute", "DURATION", "PT10M"),
            ("every half hour", "SET", "PT30M"),
            ("about 25 minutes", "DURATION", "PT25M"),
            ("this summer", "DATE", "2015-SU"),
            ("last spring", "DATE", "2015-SP"),
            ("January", "DATE", "2015-01"),
            ("more than seven years", "DURATION", "P7Y"),
            ("the end of August", "DATE", "2015-08"),
            ("2003", "DATE", "2003"),
            ("several years", "DURATION", "PXY"),
            ("2011", "DATE", "2011"),
            ("1990s", "DATE", "199"),
            ("12 months", "DURATION", "P12M"),
            ("six months", "DURATION", "P6M"),
            ("monthly", "SET", "P1M"),
            ("annually", "SET", "P1Y"),
            ("about a week", "DURATION", "P1W"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("1pm", "TIME", "XXXX-XX-XXT13:00"),
            ("Thursday evenings", "SET", "XXXX-WXX-4TEV"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("Thursday 27 August", "DATE", "2015-08-27"),
            ("Monday 31 August", "DATE", "2015-08-31"),
            ("the summer bank holiday", "DATE", "2015-08-31"),
            ("9am", "TIME", "2015-09-01T09:00"),
            ("the next day", "DATE", "2015-09-01"),
            ("1932", "DATE", "1932"),
            ("1936", "DATE", "1936"),
            ("March 2013", "DATE", "2013-03"),
            ("2014", "DATE", "2014"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("May", "DATE", "2015-05"),
            ("year-long", "DURATION", "P1Y"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("every day", "SET", "P1D"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
