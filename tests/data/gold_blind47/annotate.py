"""Annotations of the forty-seventh blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind47/annotate.py [--show]

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
    # Friday 2013-06-28 (ISO week 26), NYT-style Supreme Court story, "WASHINGTON —" dateline
    # without date (the publication day only here). The justices "ruled on Thursday"
    # 2013-06-27 (past), the company's statement came "on Thursday night" 2013-06-27TNI; the
    # last opinions are "expected ... on Monday" 2013-07-01 (future) and the court returns "on
    # the first Monday in October" 2013-10-07, one DATE span (see README); "their next term" is
    # not annotated (a court's term has no calendar value; "so far this term" was left out in
    # gold_blind43's sports story, "the new term" in gold_blind13's school story). "a statute
    # Congress passed 17 years ago" is 1996 (year granularity, gold_blind28), the "1996 law"
    # twice an adjectival year. "the early 1990s" 199; "mid-2011", "early 2012" and "late last
    # year" the year (gold_blind37, gold_blind39); "more than a year after his release" an
    # anchored duration P1Y. "shortly after 2 a.m. on March 14, 2010" two TIMEX3. "last fall"
    # in June is 2012-FA; "its August recess" the adjectival month 2013-08 (like "the April
    # issue", gold_blind37), "the end of July" 2013-07. "every 30 days" SET P30D. Not
    # annotated: "5 to 4", "No. 12-417", "Section 1983", "Sixth Circuit", "then", ages, counts.
    "justices-jail-clinic-grievance-ruling": (
        "2013-06-28",
        [
            ("Thursday", "DATE", "2013-06-27"),
            ("every year", "SET", "P1Y"),
            ("1996", "DATE", "1996"),
            ("17 years ago", "DATE", "1996"),
            ("now", "DATE", "PRESENT_REF"),
            ("the early 1990s", "DATE", "199"),
            ("15 days", "DURATION", "P15D"),
            ("11 months", "DURATION", "P11M"),
            ("2009", "DATE", "2009"),
            ("2010", "DATE", "2010"),
            ("three days", "DURATION", "P3D"),
            ("2 a.m.", "TIME", "2010-03-14T02:00"),
            ("March 14, 2010", "DATE", "2010-03-14"),
            ("mid-2011", "DATE", "2011"),
            ("more than a year", "DURATION", "P1Y"),
            ("early 2012", "DATE", "2012"),
            ("late last year", "DATE", "2012"),
            ("1996", "DATE", "1996"),
            ("2008", "DATE", "2008"),
            ("Thursday night", "TIME", "2013-06-27TNI"),
            ("recent years", "DATE", "PAST_REF"),
            ("last fall", "DATE", "2012-FA"),
            ("January 2012", "DATE", "2012-01"),
            ("next week", "DATE", "2013-W27"),
            ("August", "DATE", "2013-08"),
            ("the end of July", "DATE", "2013-07"),
            ("this year", "DATE", "2013"),
            ("this week", "DATE", "2013-W26"),
            ("Monday", "DATE", "2013-07-01"),
            ("the first Monday in October", "DATE", "2013-10-07"),
            ("every 30 days", "SET", "P30D"),
        ],
    ),
    # Tuesday 2014-02-11 (ISO week 7), Washington Post-style health-policy story, byline,
    # "Washington Post Staff Writer", date line "Tuesday, February 11, 2014", "COLUMBIA, S.C. —"
    # dateline. Officials spoke Monday 2014-02-10 (twice); the shutdown of "36 hours" (headline
    # and body) runs "from 9 p.m. Friday until 9 a.m. Sunday", 2014-02-14T21:00 to
    # 2014-02-16T09:00, "starting Friday night" 2014-02-14TNI (future). The exchange "opened
    # Oct. 1" 2013-10-01, "Since October" 2013-10, "since December" 2013-12, "mid-December"
    # 2013-12 (past); "March 31" (twice), "the end of March" and "Feb. 20" ahead in 2014;
    # "less than seven weeks before" the deadline an anchored duration P7W (48 days). "their
    # 2014 taxes" an adjectival year, filed "next year" 2015; "the next enrollment period opens
    # Nov. 15" 2014-11-15. "last week" 2014-W06. "the first quarter" the current calendar
    # quarter 2014-Q1 (the insurer's fiscal year is not described). "the final days before the
    # deadline" a vague anchored duration PXD (see README). "every day, including Sundays" SET
    # P1D and XXXX-WXX-7; "monthly" SET P1M, "quarterly reports" SET P3M (adjectival
    # recurrence, gold_blind35). "in the fall" (past, said in February) 2013-FA. Not annotated:
    # "open-enrollment period", "the deadline", "three times", "R-Greenville", amounts, "52".
    "palmetto-exchange-enrollment-outage": (
        "2014-02-11",
        [
            ("36 hours", "DURATION", "PT36H"),
            ("Tuesday, February 11, 2014", "DATE", "2014-02-11"),
            ("Oct. 1", "DATE", "2013-10-01"),
            ("36 hours", "DURATION", "PT36H"),
            ("Friday night", "TIME", "2014-02-14TNI"),
            ("Monday", "DATE", "2014-02-10"),
            ("less than seven weeks", "DURATION", "P7W"),
            ("March 31", "DATE", "2014-03-31"),
            ("October", "DATE", "2013-10"),
            ("the end of March", "DATE", "2014-03"),
            ("January", "DATE", "2014-01"),
            ("last week", "DATE", "2014-W06"),
            ("Monday", "DATE", "2014-02-10"),
            ("9 p.m.", "TIME", "2014-02-14T21:00"),
            ("Friday", "DATE", "2014-02-14"),
            ("9 a.m.", "TIME", "2014-02-16T09:00"),
            ("Sunday", "DATE", "2014-02-16"),
            ("December", "DATE", "2013-12"),
            ("now", "DATE", "PRESENT_REF"),
            ("another six weeks", "DURATION", "P6W"),
            ("mid-December", "DATE", "2013-12"),
            ("March 31", "DATE", "2014-03-31"),
            ("2014", "DATE", "2014"),
            ("next year", "DATE", "2015"),
            ("Nov. 15", "DATE", "2014-11-15"),
            ("Feb. 20", "DATE", "2014-02-20"),
            ("90-day", "DURATION", "P90D"),
            ("2012", "DATE", "2012"),
            ("the end of 2014", "DATE", "2014"),
            ("the past month", "DURATION", "P1M"),
            ("every day", "SET", "P1D"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("the first quarter", "DATE", "2014-Q1"),
            ("the final days", "DURATION", "PXD"),
            ("monthly", "SET", "P1M"),
            ("quarterly", "SET", "P3M"),
            ("the fall", "DATE", "2013-FA"),
            ("the coming weeks", "DURATION", "PXW"),
        ],
    ),
    # Sunday 2012-01-15 (ISO week 2), NYT-style crime story, "CARVER MILLS, Ind. —" dateline
    # without date. The fire was "on the night of Jan. 3" (a Tuesday), one TIME span
    # 2012-01-03TNI (gold_blind5, gold_blind32); "the previous week" is the ISO week before the
    # fire's, 2011-W52 (Dec. 26-Jan. 1), which holds the argument of Dec. 28. The call at
    # "11:26 p.m." 2012-01-03T23:26, "about 20 minutes later" TIME 2012-01-03T23:46 counted
    # from it (like "An hour later" and "about 90 seconds later" in earlier sets); "early the
    # next morning" 2012-01-04TMO; "two days later, on Jan. 5" both 2012-01-05; "that night"
    # 2012-01-03TNI; "the past 12 days" Jan. 3-15, P12D. "late December" 2011-12, "New Year's
    # Day" 2012-01-01; "in November" 2011-11 and "a year earlier" after it 2010-11. Past
    # weekdays: "said on Saturday" 2012-01-14, "offered on Wednesday" 2012-01-11, "on Friday
    # night" 2012-01-13TNI; future: "on Monday" 2012-01-16 and "2 p.m. next Sunday" in a Sunday
    # paper, the coming Sunday 2012-01-22 (not the publication day). "within weeks" ->
    # "weeks" PXW; "every Sunday for 40 years" a SET and a DURATION. Not annotated: "911",
    # "County Road 400 North", "1-800-555-0148", "may think", "since" (anaphoric), ages.
    "carver-mills-farmhouse-fire-arson": (
        "2012-01-15",
        [
            ("the night of Jan. 3", "TIME", "2012-01-03TNI"),
            ("Saturday", "DATE", "2012-01-14"),
            ("the previous week", "DATE", "2011-W52"),
            ("more than five decades", "DURATION", "P50Y"),
            ("1958", "DATE", "1958"),
            ("the 1980s", "DATE", "198"),
            ("11:26 p.m.", "TIME", "2012-01-03T23:26"),
            ("about 20 minutes later", "TIME", "2012-01-03T23:46"),
            ("early the next morning", "TIME", "2012-01-04TMO"),
            ("two days later", "DATE", "2012-01-05"),
            ("Jan. 5", "DATE", "2012-01-05"),
            ("the past 12 days", "DURATION", "P12D"),
            ("that night", "TIME", "2012-01-03TNI"),
            ("late December", "DATE", "2011-12"),
            ("2004", "DATE", "2004"),
            ("Dec. 28", "DATE", "2011-12-28"),
            ("New Year's Day", "DATE", "2012-01-01"),
            ("November", "DATE", "2011-11"),
            ("a year earlier", "DATE", "2010-11"),
            ("1997", "DATE", "1997"),
            ("now", "DATE", "PRESENT_REF"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("40 years", "DURATION", "P40Y"),
            ("Jan. 9", "DATE", "2012-01-09"),
            ("Friday night", "TIME", "2012-01-13TNI"),
            ("Wednesday", "DATE", "2012-01-11"),
            ("Monday", "DATE", "2012-01-16"),
            ("the end of the month", "DATE", "2012-01"),
            ("weeks", "DURATION", "PXW"),
            ("six months", "DURATION", "P6M"),
            ("2 p.m.", "TIME", "2012-01-22T14:00"),
            ("next Sunday", "DATE", "2012-01-22"),
        ],
    ),
    # Saturday 2012-05-19 (ISO week 20), Washington Post-style disaster-response story, byline,
    # "Washington Post Staff Writer", date line "Saturday, May 19, 2012", "GRADY SPRINGS, Ala.
    # —" dateline. The tornado touched down "at 4:52 p.m. on April 19" (a Thursday), two
    # TIMEX3; "A month after" (headline and lead) an anchored duration P1M, like "Two Weeks
    # After Quake" (gold_blind35); "In the weeks since the storm" -> "the weeks" PXW (like "the
    # weeks after the shooting", gold_blind32); "four days after the storm" P4D. Past weekdays:
    # trailers arrived "until Thursday" 2012-05-17, "said Friday" (twice) 2012-05-18; future:
    # "Sunday afternoon" 2012-05-20TAF. "next week" 2012-W21, "this week" 2012-W20, "the end of
    # the month" 2012-05. "the 2005 hurricane season" -> "2005" (the season itself has no
    # value). "the fourth quarter" ahead in May, the company's year not described, 2012-Q4;
    # "this fall" 2012-FA; "March 1974" one span. Sirens tested "at noon every Wednesday":
    # "noon" a recurring clock time XXXX-XX-XXT12:00 and "every Wednesday" SET (like "at 9
    # a.m. every Saturday", gold_blind28); "every weekend" SET XXXX-WXX-WE. Not annotated:
    # "EF4", "mile-wide", "summer school", "Since then", "the Grady Springs Sunday Courier".
    "grady-springs-tornado-trailers": (
        "2012-05-19",
        [
            ("A month", "DURATION", "P1M"),
            ("Saturday, May 19, 2012", "DATE", "2012-05-19"),
            ("A month", "DURATION", "P1M"),
            ("Thursday", "DATE", "2012-05-17"),
            ("4:52 p.m.", "TIME", "2012-04-19T16:52"),
            ("April 19", "DATE", "2012-04-19"),
            ("38 minutes", "DURATION", "PT38M"),
            ("the 1960s", "DATE", "196"),
            ("the weeks", "DURATION", "PXW"),
            ("May 3", "DATE", "2012-05-03"),
            ("April 23", "DATE", "2012-04-23"),
            ("four days", "DURATION", "P4D"),
            ("two weeks", "DURATION", "P2W"),
            ("Two weeks", "DURATION", "P2W"),
            ("four weeks", "DURATION", "P4W"),
            ("Friday", "DATE", "2012-05-18"),
            ("a month", "DURATION", "P1M"),
            ("Friday", "DATE", "2012-05-18"),
            ("2005", "DATE", "2005"),
            ("next week", "DATE", "2012-W21"),
            ("the end of the month", "DATE", "2012-05"),
            ("April 26", "DATE", "2012-04-26"),
            ("up to 18 months", "DURATION", "P18M"),
            ("May 11", "DATE", "2012-05-11"),
            ("years", "DURATION", "PXY"),
            ("2014", "DATE", "2014"),
            ("the fourth quarter", "DATE", "2012-Q4"),
            ("this week", "DATE", "2012-W20"),
            ("March 1974", "DATE", "1974-03"),
            ("now", "DATE", "PRESENT_REF"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("every Wednesday", "SET", "XXXX-WXX-3"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("Sunday afternoon", "TIME", "2012-05-20TAF"),
            ("the coming months", "DURATION", "PXM"),
            ("this fall", "DATE", "2012-FA"),
        ],
    ),
    # Wednesday 2014-04-09 (ISO week 15), NYT-style election-night story, "CANTON BEND, Tenn. —"
    # dateline without date. The primary was "on Tuesday" 2014-04-08 (three times, once as
    # "Tuesday's primary"); "late Tuesday night" one TIME span 2014-04-08TNI (gold_blind32);
    # "7 p.m. Central time" 2014-04-08T19:00 with the zone in the span; "at 9:40 p.m." and
    # "about an hour later" counted from it, 2014-04-08T22:40; "shortly before midnight" the
    # midnight ending Tuesday, 2014-04-08T24:00 (gold_blind28, gold_blind39). "said on
    # Wednesday morning" the publication day's morning, 2014-04-09TMO. "until January" 2014-01
    # (past) and "which ends in January" 2015-01 (future); "June 17", "Aug. 7", "June" and
    # "early July" ahead in 2014; "Feb. 11" 2014-02-11, "since November" 2013-11, "since
    # February" 2014-02 past. "last week" 2014-W14, "next week" 2014-W16; "the first quarter"
    # (campaign reports) 2014-Q1. "the lowest ... in more than a decade" the period of a
    # superlative, P10Y; "every week since February" a SET and a DATE. Not annotated: "3rd
    # District", "3 to 1", "98 percent", "52 percent", "44 percent", "Mr. Quimby's term",
    # "the regular primary" beyond "Aug. 7", ages "74", "61", "47", amounts.
    "tennessee-special-primary-lusk": (
        "2014-04-09",
        [
            ("January", "DATE", "2014-01"),
            ("Tuesday", "DATE", "2014-04-08"),
            ("late Tuesday night", "TIME", "2014-04-08TNI"),
            ("7 p.m. Central time", "TIME", "2014-04-08T19:00"),
            ("9:40 p.m.", "TIME", "2014-04-08T21:40"),
            ("about an hour later", "TIME", "2014-04-08T22:40"),
            ("1997", "DATE", "1997"),
            ("Feb. 11", "DATE", "2014-02-11"),
            ("Tuesday", "DATE", "2014-04-08"),
            ("June 17", "DATE", "2014-06-17"),
            ("January", "DATE", "2015-01"),
            ("Aug. 7", "DATE", "2014-08-07"),
            ("more than a decade", "DURATION", "P10Y"),
            ("Tuesday", "DATE", "2014-04-08"),
            ("this year", "DATE", "2014"),
            ("November", "DATE", "2013-11"),
            ("1998", "DATE", "1998"),
            ("2010", "DATE", "2010"),
            ("every week", "SET", "P1W"),
            ("February", "DATE", "2014-02"),
            ("last week", "DATE", "2014-W14"),
            ("the first quarter", "DATE", "2014-Q1"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("20 years", "DURATION", "P20Y"),
            ("midnight", "TIME", "2014-04-08T24:00"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("1995", "DATE", "1995"),
            ("Wednesday morning", "TIME", "2014-04-09TMO"),
            ("next week", "DATE", "2014-W16"),
            ("the 1990s", "DATE", "199"),
            ("June", "DATE", "2014-06"),
            ("about six months", "DURATION", "P6M"),
            ("early July", "DATE", "2014-07"),
        ],
    ),
    # Monday 2013-09-16 (ISO week 38), Washington Post-style science-policy story, byline,
    # "Washington Post Staff Writer", date line "Monday, September 16, 2013", no city dateline
    # (a Washington story). The report was "released Friday" 2013-09-13, the interview was
    # "Sunday" 2013-09-15 (past); the committee takes it up "Wednesday" 2013-09-18 (future).
    # "10-year" (headline) and "15-year" adjectival durations; "the next decade" P10Y; "the
    # 2060s" 206, "the 1930s" 193, "1940s" 194 without its determiner, "the 1950s" 195. "this
    # spring" said in September is the spring just past, 2013-SP; "since March" 2013-03;
    # "earlier this month" 2013-09. "the fiscal year ends Sept. 30" is the current federal
    # fiscal year, FY2013, plus 2013-09-30 (gold_blind41); "fiscal 2015" FY2015, its request
    # "due in February" 2014-02. "mid-2014" and "late last year" the year (2014, 2012); "the
    # second half of 2014" one span; "for weeks at a time" -> "weeks" PXW; "every six months"
    # SET P6M, "annually" P1Y, "every quarter" P3M. Not annotated: "H.R. 2025" (a bill, beside
    # "by 2025"), "around the clock", "the current pace", "Marchetti", "R-Miss.", "by a third",
    # amounts and counts.
    "seafloor-mapping-panel-report": (
        "2013-09-16",
        [
            ("10-year", "DURATION", "P10Y"),
            ("Monday, September 16, 2013", "DATE", "2013-09-16"),
            ("the 2060s", "DATE", "206"),
            ("Friday", "DATE", "2013-09-13"),
            ("the next decade", "DURATION", "P10Y"),
            ("2025", "DATE", "2025"),
            ("2002", "DATE", "2002"),
            ("the 1930s", "DATE", "193"),
            ("1940s", "DATE", "194"),
            ("2008", "DATE", "2008"),
            ("the past five years", "DURATION", "P5Y"),
            ("Sunday", "DATE", "2013-09-15"),
            ("this spring", "DATE", "2013-SP"),
            ("15-year", "DURATION", "P15Y"),
            ("2018", "DATE", "2018"),
            ("weeks", "DURATION", "PXW"),
            ("mid-2014", "DATE", "2014"),
            ("the second half of 2014", "DATE", "2014-H2"),
            ("about three years", "DURATION", "P3Y"),
            ("March", "DATE", "2013-03"),
            ("the fiscal year", "DATE", "FY2013"),
            ("Sept. 30", "DATE", "2013-09-30"),
            ("earlier this month", "DATE", "2013-09"),
            ("Wednesday", "DATE", "2013-09-18"),
            ("fiscal 2015", "DATE", "FY2015"),
            ("February", "DATE", "2014-02"),
            ("late last year", "DATE", "2012"),
            ("nine days", "DURATION", "P9D"),
            ("recent years", "DATE", "PAST_REF"),
            ("now", "DATE", "PRESENT_REF"),
            ("every six months", "SET", "P6M"),
            ("annually", "SET", "P1Y"),
            ("the 1950s", "DATE", "195"),
            ("1994", "DATE", "1994"),
            ("December", "DATE", "2013-12"),
            ("every quarter", "SET", "P3M"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
