"""Annotations of blind gold set 316, chosen by hand before the tagger ran.

    python tests/data/gold_blind316/annotate.py [--show]

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
    # Tuesday 2013-10-22 (ISO week 43), Bloomberg-style earnings story, headline, byline line
    # "By Marcus Ellery - Oct 22, 2013 9:14 AM ET" (DATE and TIME, the zone in the span and
    # not in the value, gold_blind38) and "Oct. 22 (Bloomberg) --" dateline; the wire of 2013
    # writes "today" (the publication day) and "yesterday" (Monday 2013-10-21). Corvale's
    # fiscal year is not described, so its periods are calendar ones (gold_blind6,
    # gold_blind33): headline "2013" and "full-year" 2013 (gold_blind28, gold_blind100), "the
    # quarter ended Sept. 30" -> "the quarter" 2013-Q3 plus "Sept. 30" (gold_blind6,
    # gold_blind29), "the year-earlier quarter" 2012-Q3 (gold_blind14, gold_blind33), "the
    # fourth quarter" and "the current quarter" 2013-Q4, "third-quarter" 2013-Q3. "for the
    # second time in three months" -> "three months" P3M (the period of an ordinal count, like
    # "the third time in two weeks" in gold_blind103). "the middle of next year" 2014 (a middle
    # of a year takes the year, like "mid-2012", gold_blind13, gold_blind38); "Year-to-date"
    # 2013 (the year of publication, gold_blind23, gold_blind38); "within nine months" P9M;
    # "The past few weeks" PXW; "8:30 a.m. New York time" and "9:05 a.m." on the publication
    # day; "the end of March" ahead 2014-03 (the month's value, gold_blind38); "Two years ago"
    # 2011 (the unit's granularity); "quarterly" dividend SET P3M (gold_blind38); "Dec. 5"
    # 2013-12-05, "a week later than planned" -> "a week" P1W (the size of a delay,
    # gold_blind35); "on Thursday" ahead 2013-10-24; "last month" 2013-09; "at least two more
    # quarters" DURATION P2Q, the modifier in the span. Not annotated: "the fifth straight
    # quarterly decline" (an adjective naming the period of a figure, not a recurrence, like "a
    # monthly rise" in gold_blind23), "HX-2000" (a product), "CVP", "the start of regular
    # trading", "then" (anaphoric), "for the second time", prices, "400 jobs", "6 percent",
    # "14 analysts", "71-cent", "the 10 biggest miners", the reporters' e-mail addresses.
    "corvale-pumps-cuts-forecast": (
        "2013-10-22",
        [
            ("2013", "DATE", "2013"),
            ("Oct 22, 2013", "DATE", "2013-10-22"),
            ("9:14 AM ET", "TIME", "2013-10-22T09:14"),
            ("Oct. 22", "DATE", "2013-10-22"),
            ("full-year", "DATE", "2013"),
            ("three months", "DURATION", "P3M"),
            ("the middle of next year", "DATE", "2014"),
            ("now", "DATE", "PRESENT_REF"),
            ("2013", "DATE", "2013"),
            ("July", "DATE", "2013-07"),
            ("today", "DATE", "2013-10-22"),
            ("the quarter", "DATE", "2013-Q3"),
            ("Sept. 30", "DATE", "2013-09-30"),
            ("the year-earlier quarter", "DATE", "2012-Q3"),
            ("nine months", "DURATION", "P9M"),
            ("Year-to-date", "DATE", "2013"),
            ("The past few weeks", "DURATION", "PXW"),
            ("2009", "DATE", "2009"),
            ("8:30 a.m. New York time", "TIME", "2013-10-22T08:30"),
            ("the fourth quarter", "DATE", "2013-Q4"),
            ("the end of March", "DATE", "2014-03"),
            ("1978", "DATE", "1978"),
            ("the current quarter", "DATE", "2013-Q4"),
            ("2014", "DATE", "2014"),
            ("9:05 a.m.", "TIME", "2013-10-22T09:05"),
            ("this year", "DATE", "2013"),
            ("yesterday", "DATE", "2013-10-21"),
            ("recent months", "DATE", "PAST_REF"),
            ("2011", "DATE", "2011"),
            ("Two years ago", "DATE", "2011"),
            ("Now", "DATE", "PRESENT_REF"),
            ("next year", "DATE", "2014"),
            ("quarterly", "SET", "P3M"),
            ("Dec. 5", "DATE", "2013-12-05"),
            ("a week", "DURATION", "P1W"),
            ("2014", "DATE", "2014"),
            ("third-quarter", "DATE", "2013-Q3"),
            ("Thursday", "DATE", "2013-10-24"),
            ("last month", "DATE", "2013-09"),
            ("at least two more quarters", "DURATION", "P2Q"),
        ],
    ),
    # Wednesday 2014-05-14 (ISO week 20), Bloomberg-style London IPO story, headline, byline
    # line "May 14, 2014 12:27 PM EDT" (DATE and TIME) and "May 14 (Bloomberg) --" dateline.
    # "priced ... said in a statement on Wednesday" and "said ... on Wednesday" are the
    # publication day; the order book "closed at 4 p.m. London time on Tuesday" 2014-05-13T16:00
    # and 2014-05-13, "a day earlier than planned" P1D (the size of a shift, gold_blind28);
    # "The FTSE 250 Index fell ... on Tuesday" the same Tuesday. Conditional dealings "begin at
    # 8 a.m. on Thursday" 2014-05-15T08:00 and 2014-05-15; "on Tuesday, May 20" one DATE span,
    # the weekday with its date (gold_blind22, gold_blind44). "within hours of opening" ->
    # "hours" PTXH (gold_blind6). Aldwych's financial year ends March 31: "whose financial year
    # ends March 31" (present tense) is the end of the year now running, 2015-03-31, like
    # "whose fiscal year ends in late January" in gold_blind38; "the year ended March 31" ->
    # "the year" FY2014 (April 2013-March 2014, named by the year it ends) plus "March 31"
    # 2014-03-31, as "the fiscal year ended June 30" was split in gold_blind100; "fiscal 2016"
    # FY2016. "paid for monthly" SET P1M (gold_blind38); "every night" XXXX-XX-XXTNI and
    # "weekends" XXXX-WXX-WE (gold_blind76). "so far this year" -> "this year" 2014
    # (gold_blind100); "all of 2013" -> "2013"; "the past few days" PXD, "the last few weeks"
    # PXW; "the autumn of 2011" 2011-FA; "in January" (past) 2014-01; "Nov. 18" ahead
    # 2014-11-18. Not annotated: "FTSE 250" (an index name), "245 pence", "380 million
    # pounds", "$639 million", "1.2 billion pounds", "14 times", "15 percent",
    # "410,000", "60 clinics", "900 million pounds", "Pawcare", "first results" and "first
    # dividend" (events), the e-mail addresses with digits.
    "aldwych-vets-london-ipo": (
        "2014-05-14",
        [
            ("May 14, 2014", "DATE", "2014-05-14"),
            ("12:27 PM EDT", "TIME", "2014-05-14T12:27"),
            ("May 14", "DATE", "2014-05-14"),
            ("this year", "DATE", "2014"),
            ("Wednesday", "DATE", "2014-05-14"),
            ("hours", "DURATION", "PTXH"),
            ("May 6", "DATE", "2014-05-06"),
            ("4 p.m. London time", "TIME", "2014-05-13T16:00"),
            ("Tuesday", "DATE", "2014-05-13"),
            ("a day", "DURATION", "P1D"),
            ("8 a.m.", "TIME", "2014-05-15T08:00"),
            ("Thursday", "DATE", "2014-05-15"),
            ("Tuesday, May 20", "DATE", "2014-05-20"),
            ("the past 12 months", "DURATION", "P12M"),
            ("2007", "DATE", "2007"),
            ("180 days", "DURATION", "P180D"),
            ("30-day", "DURATION", "P30D"),
            ("March 31", "DATE", "2015-03-31"),
            ("the year", "DATE", "FY2014"),
            ("March 31", "DATE", "2014-03-31"),
            ("monthly", "SET", "P1M"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("this year", "DATE", "2014"),
            ("2013", "DATE", "2013"),
            ("the past few days", "DURATION", "PXD"),
            ("last year", "DATE", "2013"),
            ("Tuesday", "DATE", "2014-05-13"),
            ("two years", "DURATION", "P2Y"),
            ("the last few weeks", "DURATION", "PXW"),
            ("Wednesday", "DATE", "2014-05-14"),
            ("1996", "DATE", "1996"),
            ("the next three years", "DURATION", "P3Y"),
            ("fiscal 2016", "DATE", "FY2016"),
            ("the autumn of 2011", "DATE", "2011-FA"),
            ("January", "DATE", "2014-01"),
            ("Nov. 18", "DATE", "2014-11-18"),
        ],
    ),
    # Monday 2015-03-02 (ISO week 10), Dow Jones Newswires story from Sydney, headline, byline,
    # "SYDNEY--" dateline and the closing stamp "March 02, 2015 01:12 ET (06:12 GMT)" (a DATE
    # and two TIMEs, the zones in the spans, gold_blind28's "2 p.m. local time (1200 GMT)").
    # "on Monday" (twice) is the publication day; "late Friday" (twice) and "said on Friday"
    # 2015-02-27 ("late Friday" a DATE, gold_blind23, gold_blind100); "Feb. 16" and "Feb.
    # 13" past; the offer closes "at 7 p.m. Sydney time on April 2" 2015-04-02T19:00 and
    # 2015-04-02; "beyond Easter" -> "Easter" 2015-04-05 (Easter Sunday 2015, checked); the
    # briefing "at 11 a.m. on Wednesday" ahead, 2015-03-04T11:00 and 2015-03-04. "within the
    # next two weeks" P2W; "over the past three months" P3M; "every quarter" SET P3M; "the past
    # two years" P2Y. "the six months to Dec. 31" -> "the six months" P6M plus "Dec. 31"
    # 2014-12-31 (gold_blind38's "the three months ended March 31"), and "a year earlier"
    # after it 2013-H2, the granularity of what it is compared with: the months are the
    # second half of 2014 (see README). Kareela's fiscal year ends June 30: "whose fiscal year
    # ends June 30" is the end of the year now running, 2015-06-30; "fiscal 2015" FY2015
    # (July 2014-June 2015). "late 2016" 2016; "at least a decade" P10Y; "within six months of
    # the deal closing" -> "six months" P6M; "the past few days" PXD; "the coming weeks" PXW;
    # "for decades" -> "decades" PXY (gold_blind6); "the late 1990s" 199; "this year" 2015 and
    # "January" 2015-01. Not annotated: "KGL.AU", "TDR.AU", "A$640 million", "US$500 million",
    # "A$1.10", "50.1%", "21%", "4%", "2.3%", "A$1.14", "about a third", "142,000 ounces",
    # "18%", "270,000 to 290,000 ounces", "14.9%", "three million shares", "the third", "two"
    # (bids), "in the meantime", "the last trading day before the bid was made public" (an
    # event; its date "Feb. 13" is annotated), "the bottom of the cycle", "its peak".
    "kareela-gold-rejects-tandara-bid": (
        "2015-03-02",
        [
            ("Monday", "DATE", "2015-03-02"),
            ("Feb. 16", "DATE", "2015-02-16"),
            ("late Friday", "DATE", "2015-02-27"),
            ("7 p.m. Sydney time", "TIME", "2015-04-02T19:00"),
            ("April 2", "DATE", "2015-04-02"),
            ("Easter", "DATE", "2015-04-05"),
            ("the next two weeks", "DURATION", "P2W"),
            ("Feb. 13", "DATE", "2015-02-13"),
            ("the past three months", "DURATION", "P3M"),
            ("Monday", "DATE", "2015-03-02"),
            ("2011", "DATE", "2011"),
            ("every quarter", "SET", "P3M"),
            ("the past two years", "DURATION", "P2Y"),
            ("the six months", "DURATION", "P6M"),
            ("Dec. 31", "DATE", "2014-12-31"),
            ("a year earlier", "DATE", "2013-H2"),
            ("June 30", "DATE", "2015-06-30"),
            ("fiscal 2015", "DATE", "FY2015"),
            ("late 2016", "DATE", "2016"),
            ("at least a decade", "DURATION", "P10Y"),
            ("2012", "DATE", "2012"),
            ("the past few days", "DURATION", "PXD"),
            ("late Friday", "DATE", "2015-02-27"),
            ("Friday", "DATE", "2015-02-27"),
            ("six months", "DURATION", "P6M"),
            ("last year", "DATE", "2014"),
            ("the coming weeks", "DURATION", "PXW"),
            ("decades", "DURATION", "PXY"),
            ("the late 1990s", "DATE", "199"),
            ("this year", "DATE", "2015"),
            ("January", "DATE", "2015-01"),
            ("11 a.m.", "TIME", "2015-03-04T11:00"),
            ("Wednesday", "DATE", "2015-03-04"),
            ("March 02, 2015", "DATE", "2015-03-02"),
            ("01:12 ET", "TIME", "2015-03-02T01:12"),
            ("06:12 GMT", "TIME", "2015-03-02T06:12"),
        ],
    ),
    # Friday 2013-11-01 (ISO week 44), Reuters monthly-sales wire from Seoul, "UPDATE 1-"
    # headline ("Oct" 2013-10), bullets, "SEOUL, Nov 1 (Reuters) -" dateline; "on Friday"
    # (twice) is the publication day. The wage deal came "late Monday" 2013-10-28 (bullet and
    # body, DATE like "late Wednesday", gold_blind23); the vote "on Wednesday" is ahead,
    # 2013-11-06. "Year-to-date" 2013; "October" and "last month" 2013-10; "a year earlier"
    # (twice) 2012-10, the granularity of the month compared (gold_blind35); "October 2012";
    # "Compared with September" 2013-09; the strike "for 11 days in August and September"
    # P11D, 2013-08, 2013-09; "for three straight months" P3M (a cardinal run, gold_blind103);
    # "on Saturdays" SET XXXX-WXX-6 (gold_blind7) with "since July" 2013-07. "the first 10
    # months of the year" -> "the first 10 months" P10M and "the year" 2013, two TIMEX3
    # (gold_blind34's "the first 10 months of this year"); "its 2013 target" 2013; "the first
    # half" 2013-H1 (calendar, no fiscal year described); "the past nine months" P9M;
    # "mid-June" 2013-06; "the fourth quarter" 2013-Q4; "December" ahead 2013-12; "Nov 18"
    # 2013-11-18; "early next year" 2014; "two-year" P2Y; "early July" 2013-07; "third-quarter"
    # 2013-Q3; "last week" 2013-W43; "until 2014" -> "2014"; "more than two weeks" P2W; "the
    # 1990s" 199; "almost every summer" SET XXXX-SU, the modifier in the span (like "almost
    # every day" in gold_blind35 and "each summer" XXXX-SU in gold_blind5); "two decades"
    # P20Y. Not annotated: "The 2014 Sorvan" (a model year, not a date, gold_blind16), "H350"
    # (a model), "1,000 per 100 yen" (an exchange rate), "6 pct", "6.2 percent", "412,300
    # vehicles", "58,700", "353,600", "3.86 million", "4.7 million", "seven of" (a count),
    # "second-biggest", "9 percent", "UPDATE 1".
    "haneul-motor-october-sales": (
        "2013-11-01",
        [
            ("Oct", "DATE", "2013-10"),
            ("October", "DATE", "2013-10"),
            ("Year-to-date", "DATE", "2013"),
            ("late Monday", "DATE", "2013-10-28"),
            ("Nov 1", "DATE", "2013-11-01"),
            ("Friday", "DATE", "2013-11-01"),
            ("October", "DATE", "2013-10"),
            ("a year earlier", "DATE", "2012-10"),
            ("11 days", "DURATION", "P11D"),
            ("August", "DATE", "2013-08"),
            ("September", "DATE", "2013-09"),
            ("last month", "DATE", "2013-10"),
            ("three straight months", "DURATION", "P3M"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("July", "DATE", "2013-07"),
            ("a year earlier", "DATE", "2012-10"),
            ("October 2012", "DATE", "2012-10"),
            ("September", "DATE", "2013-09"),
            ("the first 10 months", "DURATION", "P10M"),
            ("the year", "DATE", "2013"),
            ("2013", "DATE", "2013"),
            ("the first half", "DATE", "2013-H1"),
            ("this year", "DATE", "2013"),
            ("the past nine months", "DURATION", "P9M"),
            ("Friday", "DATE", "2013-11-01"),
            ("mid-June", "DATE", "2013-06"),
            ("the fourth quarter", "DATE", "2013-Q4"),
            ("this year", "DATE", "2013"),
            ("December", "DATE", "2013-12"),
            ("Nov 18", "DATE", "2013-11-18"),
            ("early next year", "DATE", "2014"),
            ("two-year", "DURATION", "P2Y"),
            ("late Monday", "DATE", "2013-10-28"),
            ("early July", "DATE", "2013-07"),
            ("Wednesday", "DATE", "2013-11-06"),
            ("third-quarter", "DATE", "2013-Q3"),
            ("last week", "DATE", "2013-W43"),
            ("2014", "DATE", "2014"),
            ("more than two weeks", "DURATION", "P2W"),
            ("the 1990s", "DATE", "199"),
            ("almost every summer", "SET", "XXXX-SU"),
            ("two decades", "DURATION", "P20Y"),
        ],
    ),
    # Thursday 2012-09-20 (ISO week 38), Dow Jones Newswires bond-auction story from an
    # invented country, headline, byline, "CORVENA (Dow Jones)--" dateline, closing stamp
    # "September 20, 2012 06:27 ET (10:27 GMT)". "sold ... Thursday" is the publication day;
    # bids "between 10 a.m. and 11 a.m. local time" and results "at 11:40 a.m." on that day.
    # Tenors are DURATIONs on the adjective and the years after "due" or "mature in" DATEs
    # (gold_blind38): "10-Year" (headline), "10-year" (twice), "three-year" P3Y, "30-year"
    # (twice) P30Y, "five-year" P5Y; "October 2022", "2015". "in more than two years" P2Y (the
    # period of a superlative); "the end of the year" 2012, "the end of September" 2012-09
    # (gold_blind38); "since the 1990s" 199; "this year" (twice) and "2012" 2012; "now"
    # PRESENT_REF; "Oct. 4", "Oct. 30" ahead; "the first quarter of 2013" 2013-Q1;
    # "mid-December" 2012-12; "Sept. 11" 2012-09-11; "last week" 2012-W37; "August" 2012-08;
    # "the coming months" PXM; "the start of July" 2012-07 (the month's value, like "the end
    # of June" in gold_blind38); "a week earlier" 2012-W37, an ISO week before the week of the
    # auction (gold_blind22); "A year ago" 2011; "for 10 years" P10Y; "Now" PRESENT_REF; "the
    # middle of next year" 2013; "within three years" P3Y. Not annotated: "5.18%", "5.94%",
    # "11.3 billion crowns", "2.7 times", "3.42%", "four times", "61%", "74 billion crowns",
    # "58%", "half a percentage point", "4.75%", "its third cut", "3.1%", "3%", "6 basis
    # points", "5.11%", "80 basis points", "4.02%", "4.30%", "8%", "50 basis points", "in late
    # trading" (a session, gold_blind38), "the start" ("from the start", an event),
    # "investment-grade", "Two of the three".
    "estravia-ten-year-bond-auction": (
        "2012-09-20",
        [
            ("10-Year", "DURATION", "P10Y"),
            ("March 2010", "DATE", "2010-03"),
            ("10-year", "DURATION", "P10Y"),
            ("Thursday", "DATE", "2012-09-20"),
            ("more than two years", "DURATION", "P2Y"),
            ("the end of the year", "DATE", "2012"),
            ("October 2022", "DATE", "2022-10"),
            ("Aug. 16", "DATE", "2012-08-16"),
            ("three-year", "DURATION", "P3Y"),
            ("2015", "DATE", "2015"),
            ("30-year", "DURATION", "P30Y"),
            ("2008", "DATE", "2008"),
            ("30-year", "DURATION", "P30Y"),
            ("the 1990s", "DATE", "199"),
            ("this year", "DATE", "2012"),
            ("10 a.m.", "TIME", "2012-09-20T10:00"),
            ("11 a.m. local time", "TIME", "2012-09-20T11:00"),
            ("11:40 a.m.", "TIME", "2012-09-20T11:40"),
            ("now", "DATE", "PRESENT_REF"),
            ("2012", "DATE", "2012"),
            ("the end of September", "DATE", "2012-09"),
            ("Oct. 4", "DATE", "2012-10-04"),
            ("the first quarter of 2013", "DATE", "2013-Q1"),
            ("mid-December", "DATE", "2012-12"),
            ("Sept. 11", "DATE", "2012-09-11"),
            ("this year", "DATE", "2012"),
            ("last week", "DATE", "2012-W37"),
            ("August", "DATE", "2012-08"),
            ("the coming months", "DURATION", "PXM"),
            ("Oct. 30", "DATE", "2012-10-30"),
            ("10-year", "DURATION", "P10Y"),
            ("the start of July", "DATE", "2012-07"),
            ("five-year", "DURATION", "P5Y"),
            ("a week earlier", "DATE", "2012-W37"),
            ("A year ago", "DATE", "2011"),
            ("10 years", "DURATION", "P10Y"),
            ("Now", "DATE", "PRESENT_REF"),
            ("the middle of next year", "DATE", "2013"),
            ("2011", "DATE", "2011"),
            ("three years", "DURATION", "P3Y"),
            ("September 20, 2012", "DATE", "2012-09-20"),
            ("06:27 ET", "TIME", "2012-09-20T06:27"),
            ("10:27 GMT", "TIME", "2012-09-20T10:27"),
        ],
    ),
    # Saturday 2014-11-29 (ISO week 48), Reuters strike-threat wire from Frankfurt, "UPDATE
    # 2-" headline, bullets, "FRANKFURT, Nov 29 (Reuters) -" dateline; "said on Saturday" is
    # the publication day and "this weekend" 2014-W48-WE (29-30 November). The strike is
    # ahead: "next week" 2014-W49, "two-day" P2D, "48 hours" PT48H, "from Tuesday" 2014-12-02,
    # "0001 local time" 2014-12-02T00:01 (bullet and body) and "2359" on Wednesday
    # 2014-12-03T23:59, with their days as separate TIMEX3 (gold_blind36, gold_blind56); "2301
    # GMT Monday" is the same instant in GMT, 2014-12-01T23:01 and "Monday" 2014-12-01; the
    # deadline "Monday evening" (bullet and lead) 2014-12-01TEV; the timetable "on Monday
    # afternoon" 2014-12-01TAF; tickets "for Tuesday and Wednesday". Past: the board "voted ...
    # on Friday" 2014-11-28 and "the following day" 2014-11-29 (anchored on the narrative's
    # last date, gold_blind16, gold_blind21); "Thursday afternoon" 2014-11-27TAF and "that
    # evening" 2014-11-27TEV (gold_blind8, gold_blind26); the shares "closed ... on Friday"
    # 2014-11-28. "since April" and "April 2" 2014; "Sept. 10"; "last month" 2014-10;
    # "December" ahead 2014-12; "Christmas" 2014-12-25; "until Dec. 14"; "Jan. 1, 2015";
    # "by 2020"; "for decades" -> "decades" PXY; "24-hour" PT24H; "eight hours" PT8H; "18
    # months" P18M; "this year" 2014; "the past 12 months" P12M. Not annotated: "+49 69 555
    # 1224" (a phone number ending in a date-like 1224), "Airbus A320" (a model), "age 55",
    # "65", "58" (ages), "60 percent", "400 million euros", "620 of its 980 scheduled flights",
    # "35 million euros", "22 percent", "1.8 percent", "19.4 million passengers", "48"
    # (aircraft), "Third walkout", "third-biggest", "UPDATE 2", "the run-up", "at any time".
    "nordwind-air-pilots-strike-threat": (
        "2014-11-29",
        [
            ("two-day", "DURATION", "P2D"),
            ("next week", "DATE", "2014-W49"),
            ("0001 local time", "TIME", "2014-12-02T00:01"),
            ("Tuesday", "DATE", "2014-12-02"),
            ("2359", "TIME", "2014-12-03T23:59"),
            ("Wednesday", "DATE", "2014-12-03"),
            ("Monday evening", "TIME", "2014-12-01TEV"),
            ("April", "DATE", "2014-04"),
            ("Nov 29", "DATE", "2014-11-29"),
            ("48 hours", "DURATION", "PT48H"),
            ("Tuesday", "DATE", "2014-12-02"),
            ("Monday evening", "TIME", "2014-12-01TEV"),
            ("Saturday", "DATE", "2014-11-29"),
            ("Christmas", "DATE", "2014-12-25"),
            ("0001 local time", "TIME", "2014-12-02T00:01"),
            ("2301 GMT", "TIME", "2014-12-01T23:01"),
            ("Monday", "DATE", "2014-12-01"),
            ("Tuesday", "DATE", "2014-12-02"),
            ("2359", "TIME", "2014-12-03T23:59"),
            ("Wednesday", "DATE", "2014-12-03"),
            ("Friday", "DATE", "2014-11-28"),
            ("the following day", "DATE", "2014-11-29"),
            ("Thursday afternoon", "TIME", "2014-11-27TAF"),
            ("that evening", "TIME", "2014-11-27TEV"),
            ("this weekend", "DATE", "2014-W48-WE"),
            ("Monday afternoon", "TIME", "2014-12-01TAF"),
            ("Tuesday", "DATE", "2014-12-02"),
            ("Wednesday", "DATE", "2014-12-03"),
            ("Dec. 14", "DATE", "2014-12-14"),
            ("decades", "DURATION", "PXY"),
            ("Jan. 1, 2015", "DATE", "2015-01-01"),
            ("2020", "DATE", "2020"),
            ("24-hour", "DURATION", "PT24H"),
            ("April 2", "DATE", "2014-04-02"),
            ("Sept. 10", "DATE", "2014-09-10"),
            ("eight hours", "DURATION", "PT8H"),
            ("last month", "DATE", "2014-10"),
            ("18 months", "DURATION", "P18M"),
            ("December", "DATE", "2014-12"),
            ("this year", "DATE", "2014"),
            ("Friday", "DATE", "2014-11-28"),
            ("the past 12 months", "DURATION", "P12M"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
