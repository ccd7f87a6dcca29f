"""Annotations of the thirty-seventh blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind37/annotate.py [--show]

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
    # Wednesday 2014-08-13 (ISO week 33), national-desk news analysis on a drought, headline,
    # byline, "ORCHARD GAP, Calif. —" dateline without date (the publication day is only here).
    # The board's order came "on Tuesday", 2014-08-12, and the chairwoman "said on Tuesday" the
    # same day; the reservoir reading "on Monday" 2014-08-11; the committee hearing "on
    # Thursday" (future, "is scheduled to testify") 2014-08-14. "For most of the last century"
    # -> "the last century", the 20th century seen from 2014, DATE 19 ("most of" left out like
    # "most of the past decade" in gold_blind15). "until at least Oct. 31" -> "at least Oct. 31"
    # (modifier kept, gold_blind35). "its third year of drought" is an ordinal period of an
    # event, DURATION P3Y like "its fourth week" (gold_blind35); "The past three winters"
    # DURATION P3Y like "the past three summers" (gold_blind8). "the first half of the year" is
    # the current year's first half, just ended, 2014-H1. "a decade ago" takes year granularity,
    # 2004; "Earlier this month" 2014-08, "last month" 2014-07. "the end of the century" is the
    # current century, 20 (gold_blind6). "every summer" (a past habit) SET XXXX-SU, "every week"
    # SET P1W, "annually" SET P1Y. "the drought of 1977" -> "1977". Not annotated: "Assembly Bill
    # 1977" (a bill number beside the annotated year 1977), the phone number "916-555-0143", "the
    # Gold Rush" (a named era), "a bad year" and "the new normal" (generic), "may keep pumping",
    # "People may think" (verbs), "61" (an age), "212 growers", "18 percent", "19 percent",
    # "$75", "$1,100", "300 acres", "a third".
    "orchard-valley-drought-water-rights": (
        "2014-08-13",
        [
            ("the last century", "DATE", "19"),
            ("every summer", "SET", "XXXX-SU"),
            ("Tuesday", "DATE", "2014-08-12"),
            ("1921", "DATE", "1921"),
            ("1977", "DATE", "1977"),
            ("at least Oct. 31", "DATE", "2014-10-31"),
            ("next year", "DATE", "2015"),
            ("now", "DATE", "PRESENT_REF"),
            ("its third year", "DURATION", "P3Y"),
            ("The past three winters", "DURATION", "P3Y"),
            ("2013", "DATE", "2013"),
            ("1877", "DATE", "1877"),
            ("the first half of the year", "DATE", "2014-H1"),
            ("1936", "DATE", "1936"),
            ("Monday", "DATE", "2014-08-11"),
            ("1921", "DATE", "1921"),
            ("1889", "DATE", "1889"),
            ("1958", "DATE", "1958"),
            ("1977", "DATE", "1977"),
            ("recent years", "DATE", "PAST_REF"),
            ("a decade ago", "DATE", "2004"),
            ("last month", "DATE", "2014-07"),
            ("Earlier this month", "DATE", "2014-08"),
            ("decades", "DURATION", "PXY"),
            ("Now", "DATE", "PRESENT_REF"),
            ("every week", "SET", "P1W"),
            ("Aug. 26", "DATE", "2014-08-26"),
            ("1921", "DATE", "1921"),
            ("30 days", "DURATION", "P30D"),
            ("Thursday", "DATE", "2014-08-14"),
            ("annually", "SET", "P1Y"),
            ("Tuesday", "DATE", "2014-08-12"),
            ("the coming months", "DURATION", "PXM"),
            ("2050", "DATE", "2050"),
            ("the 1990s", "DATE", "199"),
            ("the end of the century", "DATE", "20"),
        ],
    ),
    # Sunday 2013-04-14 (ISO week 15), Washington Post-style Sunday news analysis on housing
    # costs, headline, byline, "Washington Post Staff Writer", date line "Sunday, April 14,
    # 2013", "BRENNERTON, Va. —" dateline; bare weekdays without "on" in Post style: the
    # landlord spoke Thursday 2013-04-11 and the council figures were released Tuesday
    # 2013-04-09 (past); the council "will take up" the moratorium Tuesday 2013-04-16 and the
    # march is called "for Saturday" 2013-04-20 (future). "last year" 2012 and "a year earlier"
    # after it 2011 (year granularity of what it is compared with); "the first quarter of 2013"
    # one span 2013-Q1; "For much of the 20th century" -> "the 20th century" 19 ("much of" left
    # out); "A generation ago" PAST_REF and "Today" meaning nowadays PRESENT_REF (gold_blind6);
    # "the 2008 financial crisis" -> the adjectival year "2008"; "this spring" in April is the
    # spring now under way, 2013-SP; "the next decade" DURATION P10Y (gold_blind16); the city's
    # "fiscal 2014, which begins July 1" runs July 2013-June 2014 and is named by the year it
    # ends, FY2014 plus 2013-07-01; "a 90-day moratorium" DURATION on the adjective; "Every
    # spring ... every spring" SET XXXX-SP; "for years" -> "years" PXY; "Last fall" in April is
    # the previous fall, 2012-FA (gold_blind21). Not annotated: "1921 Carver Street" (an
    # address), "the Brennerton Sunday Herald" (a paper), "a march on City Hall" (noun), "the
    # next election" (an event), "overnight" (idiom), "44-year-old", the counts and amounts.
    "brennerton-rents-outpace-building": (
        "2013-04-14",
        [
            ("Sunday, April 14, 2013", "DATE", "2013-04-14"),
            ("2004", "DATE", "2004"),
            ("Thursday", "DATE", "2013-04-11"),
            ("June", "DATE", "2013-06"),
            ("the 1980s", "DATE", "198"),
            ("last year", "DATE", "2012"),
            ("a year earlier", "DATE", "2011"),
            ("the first quarter of 2013", "DATE", "2013-Q1"),
            ("Tuesday", "DATE", "2013-04-09"),
            ("the 20th century", "DATE", "19"),
            ("A generation ago", "DATE", "PAST_REF"),
            ("Today", "DATE", "PRESENT_REF"),
            ("the late 1990s", "DATE", "199"),
            ("2008", "DATE", "2008"),
            ("2010", "DATE", "2010"),
            ("this spring", "DATE", "2013-SP"),
            ("the next decade", "DURATION", "P10Y"),
            ("last month", "DATE", "2013-03"),
            ("2020", "DATE", "2020"),
            ("Tuesday", "DATE", "2013-04-16"),
            ("90-day", "DURATION", "P90D"),
            ("the past five years", "DURATION", "P5Y"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("July 1", "DATE", "2013-07-01"),
            ("1974", "DATE", "1974"),
            ("Every spring", "SET", "XXXX-SP"),
            ("every spring", "SET", "XXXX-SP"),
            ("February", "DATE", "2013-02"),
            ("Saturday", "DATE", "2013-04-20"),
            ("years", "DURATION", "PXY"),
            ("May 1", "DATE", "2013-05-01"),
            ("2009", "DATE", "2009"),
            ("four years", "DURATION", "P4Y"),
            ("Last fall", "DATE", "2012-FA"),
            ("seven years", "DURATION", "P7Y"),
            ("Now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Monday 2012-03-19 (ISO week 12), science-desk story on a sleep study, headline, byline,
    # "Published: March 19, 2012" line, no dateline: the study was "published on Monday", the
    # publication day itself; the council president spoke "on Friday" 2012-03-16 (past); the
    # Fairhaven board "will vote on Tuesday" 2012-03-20 (future). "an hour later" (schools
    # starting later than before) is the size of a shift, DURATION "an hour" PT1H, like "a year
    # later than the board proposed" (gold_blind35). "the April issue" -> "April", the coming
    # month, 2012-04, like "the December contract" (gold_blind23). Bell and practice times on no
    # particular day are XXXX-XX-XXThh:mm ("a 7:20 a.m. first bell", "8:30 a.m." twice, "the
    # 6 a.m. battle", "past 6 p.m."), like the hours of a recurring schedule (gold_blind28).
    # "the two years after the change" -> "the two years" DURATION P2Y (anchored duration, the
    # determiner kept); "each night" SET XXXX-XX-XXTNI (gold_blind13); "last fall" 2011-FA,
    # "next fall" 2012-FA, "next month" 2012-04, "the end of the year" 2012. Not annotated: the
    # URL "jasr.org/2012/0319/sato", "aged 16 to 18" and "into their 20s" (ages), the vote
    # "4-3", "the day" of "started the day" (generic), "Dr. Owen Marsh", the percentages,
    # "$400,000", "9,000 students", "eight Ohio school districts".
    "halloran-teen-sleep-later-bells": (
        "2012-03-19",
        [
            ("March 19, 2012", "DATE", "2012-03-19"),
            ("an hour", "DURATION", "PT1H"),
            ("three-year", "DURATION", "P3Y"),
            ("Monday", "DATE", "2012-03-19"),
            ("April", "DATE", "2012-04"),
            ("the 1990s", "DATE", "199"),
            ("7:20 a.m.", "TIME", "XXXX-XX-XXT07:20"),
            ("the fall of 2008", "DATE", "2008-FA"),
            ("the spring of 2011", "DATE", "2011-SP"),
            ("8:30 a.m.", "TIME", "XXXX-XX-XXT08:30"),
            ("August 2008", "DATE", "2008-08"),
            ("43 minutes", "DURATION", "PT43M"),
            ("each night", "SET", "XXXX-XX-XXTNI"),
            ("at least eight hours", "DURATION", "PT8H"),
            ("the two years", "DURATION", "P2Y"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("more than a decade", "DURATION", "P10Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("less than seven hours", "DURATION", "PT7H"),
            ("about eight hours", "DURATION", "PT8H"),
            ("the 1980s", "DATE", "198"),
            ("recently", "DATE", "PAST_REF"),
            ("last fall", "DATE", "2011-FA"),
            ("8:30 a.m.", "TIME", "XXXX-XX-XXT08:30"),
            ("next month", "DATE", "2012-04"),
            ("Friday", "DATE", "2012-03-16"),
            ("the end of the year", "DATE", "2012"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("Tuesday", "DATE", "2012-03-20"),
            ("next fall", "DATE", "2012-FA"),
            ("three years", "DURATION", "P3Y"),
        ],
    ),
    # Thursday 2011-09-22 (ISO week 38), science-desk story on a glacier, headline, byline,
    # "KENNET BAY, Alaska —" dateline without date (the publication day is only here). The
    # headline's "A Century of Photographs" is DURATION P100Y, like "a Century of Arrivals"
    # (gold_blind20). The scientist stood on the rock "on Sunday" 2011-09-18 and the study was
    # "published on Wednesday" 2011-09-21 (past); she presents it "next Tuesday", in a Thursday
    # paper the coming Tuesday 2011-09-27 (like "next Tuesday" in a Wednesday paper,
    # gold_blind6), "at 2:30 p.m. Alaska time" that day (zone in the span, not in the value).
    # "For much of the 19th century" -> "the 19th century" 18; "around 1850" one span with the
    # approximator, like "around the middle of November" (gold_blind9); "the mid-1990s" 199,
    # "the 1980s" 198 ("as a whole" left out), "the 1930s" 193. "This year" 2011, its "June 6"
    # and "Aug. 30"; "at 6 a.m. two days later" after "On Aug. 12" -> "6 a.m." 2011-08-14T06:00
    # and "two days later" 2011-08-14 (anchored on the narrative's last date). "A century ago"
    # at year granularity, 1911 (gold_blind6, gold_blind20); "the end of the century" 20; the
    # visitor center reopens "in May", the next May, 2012-05; "early next year" 2012. Not
    # annotated: "1,911 photographs" (a count), "the Little Ice Age" (a named era), "Carl
    # Winters" (a name), "the season" and "the longest field season" (no calendar value),
    # "in a row", "58" (an age), "200 feet", "11 miles", "14 stations".
    "tavish-glacier-century-of-retreat": (
        "2011-09-22",
        [
            ("A Century", "DURATION", "P100Y"),
            ("the summer of 1899", "DATE", "1899-SU"),
            ("Sunday", "DATE", "2011-09-18"),
            ("1899", "DATE", "1899"),
            ("the past 30 years", "DURATION", "P30Y"),
            ("Wednesday", "DATE", "2011-09-21"),
            ("the mid-1990s", "DATE", "199"),
            ("the 1980s", "DATE", "198"),
            ("the past decade", "DURATION", "P10Y"),
            ("the 19th century", "DATE", "18"),
            ("around 1850", "DATE", "1850"),
            ("the 1930s", "DATE", "193"),
            ("Each summer", "SET", "XXXX-SU"),
            ("This year", "DATE", "2011"),
            ("June 6", "DATE", "2011-06-06"),
            ("Aug. 30", "DATE", "2011-08-30"),
            ("11 weeks", "DURATION", "P11W"),
            ("Aug. 12", "DATE", "2011-08-12"),
            ("6 a.m.", "TIME", "2011-08-14T06:00"),
            ("two days later", "DATE", "2011-08-14"),
            ("1995", "DATE", "1995"),
            ("2030", "DATE", "2030"),
            ("the end of the century", "DATE", "20"),
            ("A century ago", "DATE", "1911"),
            ("1983", "DATE", "1983"),
            ("Now", "DATE", "PRESENT_REF"),
            ("decades", "DURATION", "PXY"),
            ("Oct. 15", "DATE", "2011-10-15"),
            ("May", "DATE", "2012-05"),
            ("2:30 p.m. Alaska time", "TIME", "2011-09-27T14:30"),
            ("next Tuesday", "DATE", "2011-09-27"),
            ("early next year", "DATE", "2012"),
        ],
    ),
    # Friday 2010-12-10 (ISO week 49), Washington Post-style story on a factory closing,
    # headline ("After 112 Years"), byline, "Washington Post Staff Writer", date line "Friday,
    # December 10, 2010", "MARLOW FALLS, Ohio —" dateline; bare weekdays in Post style: the
    # whistle blew "at 3:30 p.m. Thursday" (two TIMEX3, 2010-12-09T15:30 and 2010-12-09), the
    # last stove came off the line "Thursday morning", the council met "Wednesday night"
    # 2010-12-08TNI (past); enrollment "opens Monday" 2010-12-13 (future). "112 Years"
    # (headline) and "a 112-year run" DURATION P112Y. "the end of the first quarter" said in
    # December is the coming first quarter, 2011-Q1, one span (like "the end of the first half
    # of next year", gold_blind8); "in each of the past four years" -> "the past four years"
    # P4Y; "every summer since 1922" a SET and a DATE (like "every Saturday since mid-January",
    # gold_blind35); "last year" 2009; "Next week" 2010-W50, "this week" 2010-W49; "through
    # June 30" and "in May" the next ones, 2011-06-30 and 2011-05; "since the spring" 2010-SP,
    # the spring of the same year. Not annotated: "the century-old brick foundry" (the age of a
    # thing, treated like ages of people, see README), "the Model 1948 Homestead range" (a
    # product name), "serial No. 1,412,907", "the Depression" (a named era), "two world wars",
    # "for the first time", "58" (an age), "40-acre", the counts and amounts.
    "lindqvist-stove-works-closes": (
        "2010-12-10",
        [
            ("112 Years", "DURATION", "P112Y"),
            ("Friday, December 10, 2010", "DATE", "2010-12-10"),
            ("3:30 p.m.", "TIME", "2010-12-09T15:30"),
            ("Thursday", "DATE", "2010-12-09"),
            ("112-year", "DURATION", "P112Y"),
            ("the early 1990s", "DATE", "199"),
            ("Thursday morning", "TIME", "2010-12-09TMO"),
            ("1898", "DATE", "1898"),
            ("the 1950s", "DATE", "195"),
            ("14-week", "DURATION", "P14W"),
            ("1982", "DATE", "1982"),
            ("2006", "DATE", "2006"),
            ("September", "DATE", "2010-09"),
            ("the past four years", "DURATION", "P4Y"),
            ("the end of the first quarter", "DATE", "2011-Q1"),
            ("more than a century", "DURATION", "P100Y"),
            ("every summer", "SET", "XXXX-SU"),
            ("1922", "DATE", "1922"),
            ("last year", "DATE", "2009"),
            ("41 years", "DURATION", "P41Y"),
            ("33 years", "DURATION", "P33Y"),
            ("Next week", "DATE", "2010-W50"),
            ("1977", "DATE", "1977"),
            ("2000", "DATE", "2000"),
            ("half a century", "DURATION", "P50Y"),
            ("June 30", "DATE", "2011-06-30"),
            ("up to two years", "DURATION", "P2Y"),
            ("Monday", "DATE", "2010-12-13"),
            ("Wednesday night", "TIME", "2010-12-08TNI"),
            ("this week", "DATE", "2010-W49"),
            ("May", "DATE", "2011-05"),
            ("the spring", "DATE", "2010-SP"),
        ],
    ),
    # Saturday 2015-06-27 (ISO week 26), national-desk story on a court ruling, headline
    # ("Land Sold in 1911"), byline, "DENVER —" dateline without date (the publication day is
    # only here): the court ruled "on Friday" 2015-06-26, the decision was posted "shortly
    # after 9 a.m. Mountain time" that day ("shortly after" a signal, gold_blind28), the
    # chairwoman spoke "on Friday afternoon" 2015-06-26TAF and the state's spokeswoman "on
    # Friday". "In the early 20th century" -> "the early 20th century" 19 (gold_blind4; the
    # sale of 1911 falls in it); "more than a century" DURATION P100Y; "For much of the past
    # four decades" -> "the past four decades" P40Y ("much of" left out); "on March 3, 1981;
    # two days later" -> 1981-03-05, anchored on the narrative's last date; "the 1990s" 199;
    # "mid-2014" the year, 2014 (gold_blind23); "two years after
    # the district court dismissed the case" the duration alone, P2Y; "late last year" 2014
    # (like "late next year" in gold_blind14); "104 years" P104Y; "now" twice PRESENT_REF;
    # "recent months" PAST_REF; "the coming weeks" PXW; "Aug. 3" 2015-08-03; "the end of the
    # year" 2015. Not annotated: "No. 13-1974" (a docket number beside the annotated 1974),
    # "U.S. Route 160", the vote "2-1", "$1.25 an acre", "Time alone" (generic), "too long",
    # "the Supreme Court", "23,000 acres", "9,000 acres", "1,400 people".
    "tessawa-nation-land-claim-revived": (
        "2015-06-27",
        [
            ("1911", "DATE", "1911"),
            ("Friday", "DATE", "2015-06-26"),
            ("1911", "DATE", "1911"),
            ("9 a.m. Mountain time", "TIME", "2015-06-26T09:00"),
            ("2012", "DATE", "2012"),
            ("1974", "DATE", "1974"),
            ("1868", "DATE", "1868"),
            ("the early 20th century", "DATE", "19"),
            ("more than a century", "DURATION", "P100Y"),
            ("decades", "DURATION", "PXY"),
            ("the past four decades", "DURATION", "P40Y"),
            ("March 3, 1981", "DATE", "1981-03-03"),
            ("two days later", "DATE", "1981-03-05"),
            ("1986", "DATE", "1986"),
            ("the 1990s", "DATE", "199"),
            ("mid-2014", "DATE", "2014"),
            ("two years", "DURATION", "P2Y"),
            ("late last year", "DATE", "2014"),
            ("1979", "DATE", "1979"),
            ("Friday afternoon", "TIME", "2015-06-26TAF"),
            ("1911", "DATE", "1911"),
            ("now", "DATE", "PRESENT_REF"),
            ("104 years", "DURATION", "P104Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("recent months", "DATE", "PAST_REF"),
            ("45 days", "DURATION", "P45D"),
            ("Friday", "DATE", "2015-06-26"),
            ("the coming weeks", "DURATION", "PXW"),
            ("Aug. 3", "DATE", "2015-08-03"),
            ("the end of the year", "DATE", "2015"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
