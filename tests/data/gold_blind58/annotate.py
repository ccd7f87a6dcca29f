"""Annotations of the fifty-eighth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind58/annotate.py [--show]

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
    # Friday 2013-12-27 (ISO week 52), Reuters-style year-end review of an invented country,
    # headline ("Marvane in 2013"), "TORVEN, Dec 27 (Reuters) -" dateline with no year, told
    # month by month: the bare months and days of the review belong to the year under review,
    # 2013, which is also the nearest past occurrence ("In January" 2013-01, "by March",
    # "Jan 22" a Tuesday, "March 14" a Thursday, "May 26" a Sunday, "In October", "Oct 30", "Nov
    # 24" a Sunday, "Dec 19"). Narrative anchors: "the following week" after March 14 (week 11)
    # is 2013-W12; "two weeks later" after Oct 30 (week 44) is 2013-W46, at the unit's
    # granularity (gold_blind28); "That summer" 2013-SU; "a year earlier" after "the first
    # quarter" (a country's calendar quarter) is 2012-Q1. Ahead: "next summer" 2014-SU, "Jan 1"
    # 2014-01-01 ("takes office"), "the end of June" 2014-06 (the month's value, gold_blind36),
    # "next year" 2014. "The final weeks of the year" is one DATE span with the year's value,
    # 2013, like "the end of the year" (see README). "said on Monday" is 2013-12-23 (past);
    # "within weeks" -> "weeks" PXW; "its third prime minister in 12 months" -> "12 months"
    # P12M, the period of an ordinal (gold_blind19); "the 2014 budget" an adjectival year.
    # Traps: "61 votes to 59", "52 percent to 48", ages "47" and "58", "Jan Hollis" (a name),
    # "may slip" (verb), "eight governments", "third prime minister", "on record".
    "marvane-year-in-review-2013": (
        "2013-12-27",
        [
            ("2013", "DATE", "2013"),
            ("Dec 27", "DATE", "2013-12-27"),
            ("2013", "DATE", "2013"),
            ("12 months", "DURATION", "P12M"),
            ("next summer", "DATE", "2014-SU"),
            ("January", "DATE", "2013-01"),
            ("Jan 22", "DATE", "2013-01-22"),
            ("March", "DATE", "2013-03"),
            ("March 14", "DATE", "2013-03-14"),
            ("almost six years", "DURATION", "P6Y"),
            ("the following week", "DATE", "2013-W12"),
            ("May 26", "DATE", "2013-05-26"),
            ("1997", "DATE", "1997"),
            ("the first quarter", "DATE", "2013-Q1"),
            ("a year earlier", "DATE", "2012-Q1"),
            ("six weeks", "DURATION", "P6W"),
            ("July 9", "DATE", "2013-07-09"),
            ("That summer", "DATE", "2013-SU"),
            ("late August", "DATE", "2013-08"),
            ("early September", "DATE", "2013-09"),
            ("90-day", "DURATION", "P90D"),
            ("Sept 3", "DATE", "2013-09-03"),
            ("October", "DATE", "2013-10"),
            ("Oct 30", "DATE", "2013-10-30"),
            ("two weeks later", "DATE", "2013-W46"),
            ("Nov 24", "DATE", "2013-11-24"),
            ("Jan 1", "DATE", "2014-01-01"),
            ("the end of June", "DATE", "2014-06"),
            ("The final weeks of the year", "DATE", "2013"),
            ("2014", "DATE", "2014"),
            ("Dec 19", "DATE", "2013-12-19"),
            ("Monday", "DATE", "2013-12-23"),
            ("weeks", "DURATION", "PXW"),
            ("next year", "DATE", "2014"),
            ("2000", "DATE", "2000"),
            ("this year", "DATE", "2013"),
            ("November", "DATE", "2013-11"),
            ("every month", "SET", "P1M"),
            ("April", "DATE", "2013-04"),
        ],
    ),
    # Tuesday 2014-03-11 (ISO week 11), AP-style business story with a dated chronology box,
    # headline, byline, "KELLSTAD, Norland (AP) —" dateline without date; the publication day
    # is fixed by "voted Tuesday" and the box's last line, "March 11". Past: the competition
    # authority "approved the deal Friday" 2014-03-07 (the box's "March 7"); "last summer"
    # 2013-SU and "since last May" 2013-05 (only May 2013 can be "last May" in March 2014);
    # the story line "began in January 2013 ... in the spring ... in the fall and in November"
    # gives 2013-SP, 2013-FA and 2013-11. Ahead: "by the end of April" 2014-04, "by April 8"
    # 2014-04-08, "this week" 2014-W11, "before 2016". The headline's and the lead's "14-month"
    # are adjectival durations, "an exhausting 14 months" P14M; "within a week" -> "a week",
    # "within six months" -> "six months". The box: "Jan. 3, 2013" and "four days later" at day
    # granularity, 2013-01-07 (a Monday, gold_blind28); the bare dates take the year of the last
    # dated line above them ("June 17", "Oct. 2", "Nov. 14", "Dec. 20" 2013 after "March 2013";
    # "March 7", "March 11" 2014 after "Feb. 12, 2014"), as in gold_blind8; "a three-year
    # cost-cutting plan" DURATION on the adjective. Traps: "4.2 billion-euro", "81 percent",
    # "26 euros a share", "29 euros", "31-euro", "34-euro", "33.60 euros", age "66", "two cheese
    # plants", "the first approach", "for the first time", the box title.
    "ostmark-bellweather-takeover-chronology": (
        "2014-03-11",
        [
            ("14-month", "DURATION", "P14M"),
            ("Tuesday", "DATE", "2014-03-11"),
            ("14-month", "DURATION", "P14M"),
            ("nearly five hours", "DURATION", "PT5H"),
            ("the end of April", "DATE", "2014-04"),
            ("14 months", "DURATION", "P14M"),
            ("last summer", "DATE", "2013-SU"),
            ("January 2013", "DATE", "2013-01"),
            ("a week", "DURATION", "P1W"),
            ("the spring", "DATE", "2013-SP"),
            ("the fall", "DATE", "2013-FA"),
            ("November", "DATE", "2013-11"),
            ("Tuesday", "DATE", "2014-03-11"),
            ("at least five years", "DURATION", "P5Y"),
            ("2016", "DATE", "2016"),
            ("last May", "DATE", "2013-05"),
            ("this week", "DATE", "2014-W11"),
            ("Friday", "DATE", "2014-03-07"),
            ("six months", "DURATION", "P6M"),
            ("April 8", "DATE", "2014-04-08"),
            ("Tuesday", "DATE", "2014-03-11"),
            ("1921", "DATE", "1921"),
            ("1998", "DATE", "1998"),
            ("Jan. 3, 2013", "DATE", "2013-01-03"),
            ("four days later", "DATE", "2013-01-07"),
            ("March 2013", "DATE", "2013-03"),
            ("June 17", "DATE", "2013-06-17"),
            ("three-year", "DURATION", "P3Y"),
            ("2008", "DATE", "2008"),
            ("Oct. 2", "DATE", "2013-10-02"),
            ("Nov. 14", "DATE", "2013-11-14"),
            ("Dec. 20", "DATE", "2013-12-20"),
            ("Feb. 12, 2014", "DATE", "2014-02-12"),
            ("March 7", "DATE", "2014-03-07"),
            ("March 11", "DATE", "2014-03-11"),
        ],
    ),
    # Saturday 2015-01-24 (ISO week 4), British regional daily's one-year-on anniversary
    # piece, headline ("One year on"), standfirst, date line "Saturday 24 January 2015" (one
    # span with its weekday), byline. The fire began "just after 11pm on 24 January last year",
    # Friday 2014-01-24 ("just after" a signal, like "shortly after"; "24 January last year" one
    # span like "September last year" in gold_blind18); "by morning" -> "morning" 2014-01-25TMO
    # (gold_blind30); "through the night" -> "the night" 2014-01-24TNI; "8am the following day"
    # 2014-01-25 (two TIMEX3). "One year on" DATE 2015 and "Twelve months on" DATE 2015-01, "N
    # on" at the unit's granularity (gold_blind10, gold_blind12); the standfirst's "A year after
    # fire destroyed" and "Two weeks after the fire" are durations anchored to an event, P1Y and
    # P2W (gold_blind11, gold_blind35). The story line of 2014: "in May" 2014-05, "The following
    # month" after January 2014 -> 2014-02, "22 February" 2014-02-22, "the summer" 2014-SU, "the
    # autumn" 2014-FA, "in October" 2014-10, "By the end of the year" 2014 (past perfect in the
    # narrative of last year, not the paper's year; see README), "in December" 2014-12. Ahead:
    # "the end of this month" 2015-01, "in April" 2015-04, "early next year" 2016, "by 2018".
    # "yesterday" is Friday 2015-01-23; "last weekend" in a Saturday paper is the weekend before,
    # 2015-W03-WE (17-18 January); "Tonight at 7pm" is two TIMEX3 on the paper's day. "Every
    # morning" SET XXXX-XX-XXTMO, "every six months" SET P6M. Traps: "46 traders", "61", "About 80
    # firefighters", "£6.2m", "300 traders", "a march" (noun), "five firms", "by a third", "four
    # stallholders", "the Kelby Sunday Echo" (a paper), "the hours" (a clock striking), "since
    # the fire" (event-named, twice), "for the first time", the phone number "0800 048 2014".
    "kelby-market-hall-fire-one-year-on": (
        "2015-01-24",
        [
            ("One year on", "DATE", "2015"),
            ("A year", "DURATION", "P1Y"),
            ("Saturday 24 January 2015", "DATE", "2015-01-24"),
            ("11pm", "TIME", "2014-01-24T23:00"),
            ("24 January last year", "DATE", "2014-01-24"),
            ("an hour", "DURATION", "PT1H"),
            ("1874", "DATE", "1874"),
            ("morning", "TIME", "2014-01-25TMO"),
            ("Twelve months on", "DATE", "2015-01"),
            ("Every morning", "SET", "XXXX-XX-XXTMO"),
            ("the 1950s", "DATE", "195"),
            ("nine hours", "DURATION", "PT9H"),
            ("the night", "TIME", "2014-01-24TNI"),
            ("8am", "TIME", "2014-01-25T08:00"),
            ("the following day", "DATE", "2014-01-25"),
            ("May", "DATE", "2014-05"),
            ("the 1980s", "DATE", "198"),
            ("Two weeks", "DURATION", "P2W"),
            ("three years", "DURATION", "P3Y"),
            ("The following month", "DATE", "2014-02"),
            ("22 February", "DATE", "2014-02-22"),
            ("the summer", "DATE", "2014-SU"),
            ("the autumn", "DATE", "2014-FA"),
            ("October", "DATE", "2014-10"),
            ("the end of the year", "DATE", "2014"),
            ("December", "DATE", "2014-12"),
            ("the end of this month", "DATE", "2015-01"),
            ("yesterday", "DATE", "2015-01-23"),
            ("April", "DATE", "2015-04"),
            ("early next year", "DATE", "2016"),
            ("last weekend", "DATE", "2015-W03-WE"),
            ("2018", "DATE", "2018"),
            ("the past year", "DURATION", "P1Y"),
            ("every six months", "SET", "P6M"),
            ("Tonight", "TIME", "2015-01-24TNI"),
            ("7pm", "TIME", "2015-01-24T19:00"),
        ],
    ),
    # Monday 2014-06-09 (ISO week 24), US newspaper explainer in question-and-answer form
    # ("How we got here"), headline, deck ("Two decades"), byline, date line "June 9, 2014". The
    # arguments were heard "last week" 2014-W23, "on Tuesday" 2014-06-03 (past, in that week);
    # the board spokeswoman spoke "on Friday" 2014-06-06 (past); "Last week" 2014-W23 again. The
    # dispute: "the early 1990s" 199, "the summer of 1994", "1995", "a 1962 permit" (adjectival
    # year, twice), "March 1999", "for 10 years" -> P10Y, "in 2009", "the fall of 2010",
    # "mid-2012" and "late last year" the years' values (2012, 2013), "Dec. 23" 2013-12-23 (the
    # year of "late last year"). "now" in the two question headings is PRESENT_REF; "by the end
    # of the year" 2014; "in May" 2014-05 and "since April" 2014-04 (past); "through Sept. 30"
    # 2014-09-30; "into next year" 2015; "between 8 p.m. and 6 a.m." the hours of a recurring
    # restriction, XXXX-XX-XXT20:00 and XXXX-XX-XXT06:00 (gold_blind28, gold_blind56); "twice a
    # week" SET P1W, "every month" SET P1M; "recent years" PAST_REF; "the coming months" PXM;
    # "After three years of drought" P3Y. Traps: "3-2 vote", "2-1 decision", "H.B. 1994" (a bill
    # number), "55 percent", "10 percent", "14 feet", age "72", "may" (verb), "the meantime"
    # (an anaphoric period in a heading), "the end of it".
    "harrow-lake-water-dispute-explainer": (
        "2014-06-09",
        [
            ("Two decades", "DURATION", "P20Y"),
            ("June 9, 2014", "DATE", "2014-06-09"),
            ("last week", "DATE", "2014-W23"),
            ("more than 20 years", "DURATION", "P20Y"),
            ("the early 1990s", "DATE", "199"),
            ("the summer of 1994", "DATE", "1994-SU"),
            ("1995", "DATE", "1995"),
            ("1962", "DATE", "1962"),
            ("March 1999", "DATE", "1999-03"),
            ("10 years", "DURATION", "P10Y"),
            ("2009", "DATE", "2009"),
            ("the fall of 2010", "DATE", "2010-FA"),
            ("mid-2012", "DATE", "2012"),
            ("late last year", "DATE", "2013"),
            ("Dec. 23", "DATE", "2013-12-23"),
            ("now", "DATE", "PRESENT_REF"),
            ("Tuesday", "DATE", "2014-06-03"),
            ("1962", "DATE", "1962"),
            ("the end of the year", "DATE", "2014"),
            ("now", "DATE", "PRESENT_REF"),
            ("three years", "DURATION", "P3Y"),
            ("May", "DATE", "2014-05"),
            ("1977", "DATE", "1977"),
            ("twice a week", "SET", "P1W"),
            ("April", "DATE", "2014-04"),
            ("recent years", "DATE", "PAST_REF"),
            ("Last week", "DATE", "2014-W23"),
            ("Sept. 30", "DATE", "2014-09-30"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("every month", "SET", "P1M"),
            ("Friday", "DATE", "2014-06-06"),
            ("next year", "DATE", "2015"),
            ("the coming months", "DURATION", "PXM"),
            ("two decades", "DURATION", "P20Y"),
            ("the 1930s", "DATE", "193"),
        ],
    ),
    # Wednesday 2013-04-03 (ISO week 14), US sports website's season review of a college
    # women's basketball team, headline, stamp "Updated: April 3, 2013, 11:05 AM ET" (a DATE
    # and a TIME, the zone in the span), byline, "BRAMFORD, Ohio --" dateline. The season ran
    # from October 2012 to March 2013, so its bare months and days are the nearest past ones:
    # "Oct. 13" 2012-10-13, the heading "November and December" 2012-11, 2012-12, "Nov. 17"
    # 2012-11-17, "January" 2013-01, "Jan. 5" 2013-01-05, "February" 2013-02 (heading and body),
    # "Feb. 16", "March", "March 9", "early March" (all Saturdays where a day is given). The
    # season ended "On Saturday night" 2013-03-30TNI ("Saturday's loss" 2013-03-30); the coach
    # spoke Monday 2013-04-01, tickets went on sale Tuesday 2013-04-02 "at 9 a.m." (two
    # TIMEX3). "the following week" after Jan. 5 (week 1) is 2013-W02; "the next month" P1M (a
    # period, like "the next five years"); "a year earlier" after "February" is 2012-02.
    # Ahead: "in May" 2013-05, "through 2015", "the next few weeks" PXW, "the summer" 2013-SU,
    # "in July" 2013-07, "in November" 2013-11, "mid-June" 2013-06; "the 2013-14 schedule" is
    # two DATEs, "2013" and "14" 2014 (gold_blind43). "best run in 15 years" P15Y, the period
    # of a superlative (gold_blind28). Traps: scores "71-64", "80-77", "66-60", the record
    # "29-6", "the Class of 2013" (a name, gold_blind32), "No. 9", "the first of 14 straight
    # wins", "overtime", "the last eight", "18-point", "15 points", "41 points", "31 points",
    # "under-19", age "22", "the season" and "the regional final", the address
    # "bramfordlions.com/2013tickets".
    "bramford-state-lions-season-review": (
        "2013-04-03",
        [
            ("15 years", "DURATION", "P15Y"),
            ("April 3, 2013", "DATE", "2013-04-03"),
            ("11:05 AM ET", "TIME", "2013-04-03T11:05"),
            ("Oct. 13", "DATE", "2012-10-13"),
            ("1998", "DATE", "1998"),
            ("Saturday night", "TIME", "2013-03-30TNI"),
            ("early March", "DATE", "2013-03"),
            ("November", "DATE", "2012-11"),
            ("December", "DATE", "2012-12"),
            ("Nov. 17", "DATE", "2012-11-17"),
            ("two weeks", "DURATION", "P2W"),
            ("January", "DATE", "2013-01"),
            ("Jan. 5", "DATE", "2013-01-05"),
            ("the following week", "DATE", "2013-W02"),
            ("the next month", "DURATION", "P1M"),
            ("February", "DATE", "2013-02"),
            ("Feb. 16", "DATE", "2013-02-16"),
            ("1986", "DATE", "1986"),
            ("February", "DATE", "2013-02"),
            ("a year earlier", "DATE", "2012-02"),
            ("March", "DATE", "2013-03"),
            ("March 9", "DATE", "2013-03-09"),
            ("1998", "DATE", "1998"),
            ("Saturday", "DATE", "2013-03-30"),
            ("May", "DATE", "2013-05"),
            ("2015", "DATE", "2015"),
            ("Monday", "DATE", "2013-04-01"),
            ("the next few weeks", "DURATION", "PXW"),
            ("the summer", "DATE", "2013-SU"),
            ("July", "DATE", "2013-07"),
            ("November", "DATE", "2013-11"),
            ("Tuesday", "DATE", "2013-04-02"),
            ("9 a.m.", "TIME", "2013-04-02T09:00"),
            ("2013", "DATE", "2013"),
            ("14", "DATE", "2014"),
            ("mid-June", "DATE", "2013-06"),
        ],
    ),
    # Thursday 2012-09-20 (ISO week 38), US regional paper's business feature on a company's
    # first decade, headline, deck, date line "Thursday, September 20, 2012", byline, "ALDER
    # PARK —" dateline, year-range headings. "Ten years ago this week" is one span, the same
    # ISO week ten years before, 2002-W38 (like "Thirty years ago this week" in gold_blind30);
    # "this week" 2012-W38; the party "On Saturday" 2012-09-22 (ahead); "said Tuesday"
    # 2012-09-18 and "closed Wednesday" 2012-09-19 (past). Headings "2002-2004" and the like are
    # two DATEs each, like "from 1985 to 1988". Narrative anchors: "the end of the following
    # year" after "May 2003" -> 2004 (the year's value); "the following year" after "April
    # 2010" -> 2011; "most of 2009" -> "2009" ("most of" left out, gold_blind36); "late 2007"
    # 2007. The company's fiscal year ends June 30 ("the fiscal year that ended June 30" ->
    # "the fiscal year" FY2012 plus "June 30" 2012-06-30), so "a year earlier" after it is
    # FY2011, "fiscal 2013" FY2013 and "first-quarter" (July-September 2012, reported Oct. 25)
    # FY2013-Q1 (gold_blind28). "In January" 2012-01 (past). "its first decade" and "The first
    # decade" are ordinal periods of the company, DURATION P10Y (gold_blind35's "its fourth
    # week"); "The next one" (a pronoun for the next decade) is not annotated. Traps: "Fernhill
    # at 10" (the company's age), "10th anniversary", "Top 10 of 2011" (a list's title, like the
    # titles of gold_blind43, although its year is a real one), "900 employees", "Route 48",
    # "$14 a share", "40 clients", "six employees", "150 people", amounts and percentages, the
    # address "fernhill.com/10years".
    "fernhill-software-decade-review": (
        "2012-09-20",
        [
            ("its first decade", "DURATION", "P10Y"),
            ("this week", "DATE", "2012-W38"),
            ("Thursday, September 20, 2012", "DATE", "2012-09-20"),
            ("Ten years ago this week", "DATE", "2002-W38"),
            ("Saturday", "DATE", "2012-09-22"),
            ("2002", "DATE", "2002"),
            ("2004", "DATE", "2004"),
            ("eight months", "DURATION", "P8M"),
            ("May 2003", "DATE", "2003-05"),
            ("the end of the following year", "DATE", "2004"),
            ("2005", "DATE", "2005"),
            ("2007", "DATE", "2007"),
            ("the spring of 2005", "DATE", "2005-SP"),
            ("the next two years", "DURATION", "P2Y"),
            ("late 2007", "DATE", "2007"),
            ("2008", "DATE", "2008"),
            ("2009", "DATE", "2009"),
            ("the fall of 2008", "DATE", "2008-FA"),
            ("14 months", "DURATION", "P14M"),
            ("2009", "DATE", "2009"),
            ("2010", "DATE", "2010"),
            ("2012", "DATE", "2012"),
            ("April 2010", "DATE", "2010-04"),
            ("the following year", "DATE", "2011"),
            ("January", "DATE", "2012-01"),
            ("the fiscal year", "DATE", "FY2012"),
            ("June 30", "DATE", "2012-06-30"),
            ("a year earlier", "DATE", "FY2011"),
            ("fiscal 2013", "DATE", "FY2013"),
            ("first-quarter", "DATE", "FY2013-Q1"),
            ("Oct. 25", "DATE", "2012-10-25"),
            ("Tuesday", "DATE", "2012-09-18"),
            ("the next 12 months", "DURATION", "P12M"),
            ("early next year", "DATE", "2013"),
            ("The first decade", "DURATION", "P10Y"),
            ("Wednesday", "DATE", "2012-09-19"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
