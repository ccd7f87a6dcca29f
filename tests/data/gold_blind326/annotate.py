"""Annotations of the three-hundred-and-twenty-sixth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind326/annotate.py [--show]

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
    # Sunday 2013-02-24 (ISO week 8), Washington Post-style local news analysis of a transit-tax
    # fight, section label, headline ("After 40 years on the map" DURATION P40Y), byline, "Staff
    # Writer", date line "Sunday, February 24, 2013" (one DATE span with its weekday,
    # gold_blind37), "ELLERTON, Md. —" dateline. The same weekday in both directions: the
    # council vote "On Tuesday" and "The vote on Tuesday" are 2013-02-26 (ahead), the hearing
    # "began at 7 p.m. Tuesday" 2013-02-19T19:00 plus "Tuesday" 2013-02-19 (past) and "did not
    # end until 1:15 a.m. Wednesday" 2013-02-20T01:15 plus 2013-02-20; "said in an interview
    # Wednesday" 2013-02-20, "filed Thursday" 2013-02-21, "said Friday" 2013-02-22. "For most of
    # the past four decades" -> "the past four decades" P40Y ("most of" out, gold_blind37).
    # "July 1" twice 2013-07-01 (the tax and the fiscal year); the county's fiscal year runs
    # July-June and is named by the year it ends, "fiscal 2014, which begins July 1" FY2014
    # (gold_blind37). "It's 2013" DATE 2013. "A 2011 county study" 2011 (adjectival year);
    # "lengthened by 11 minutes" PT11M (the size of a change); "over the previous decade"
    # DURATION P10Y, the ten years before the study, like "over the past decade" (see README).
    # "a 1968 referendum" 1968; "November 2004"; "Through the 1990s" 199. "Last spring" in
    # February is 2012-SP (the most recent spring, like "Last fall" in March, gold_blind37);
    # "the fall of 2014" 2014-FA; "this month" 2013-02. The trains' hours: "every 12 minutes"
    # SET PT12M, "5 a.m." and "11 p.m." on no particular day XXXX-XX-XXThh:mm (gold_blind103);
    # "as early as 2019" -> "2019". "in October" 2012-10 (past); "November 2014"; "the first 10
    # years" of the tax P10Y (an ordinal period, gold_blind35). "10 days to sign" P10D; "over
    # the weekend" (said Wednesday) is the weekend of 23-24 February, 2013-W08-WE; "March 8"
    # 2013-03-08; "50 minutes" PT50M. Not annotated: "since" alone ("redrawn ... since"), "At the
    # time" (anaphoric, gold_blind29), "my whole adult life", "each way", "Route 29", "Bill
    # 19-13", "fenwickcounty.gov/council/2013-14", "301-555-1974" (beside "1974"), "$1.4
    # billion", "$38 million", "310,000", "520,000", "2,000 votes", "400 people", "half-cent",
    # "quarter-cent", "one vote", ages "67" and "41", "light-rail".
    "fenwick-county-carrow-line-tax-fight": (
        "2013-02-24",
        [
            ("40 years", "DURATION", "P40Y"),
            ("Sunday, February 24, 2013", "DATE", "2013-02-24"),
            ("the past four decades", "DURATION", "P40Y"),
            ("1974", "DATE", "1974"),
            ("Tuesday", "DATE", "2013-02-26"),
            ("July 1", "DATE", "2013-07-01"),
            ("30 years", "DURATION", "P30Y"),
            ("7 p.m.", "TIME", "2013-02-19T19:00"),
            ("Tuesday", "DATE", "2013-02-19"),
            ("1:15 a.m.", "TIME", "2013-02-20T01:15"),
            ("Wednesday", "DATE", "2013-02-20"),
            ("2006", "DATE", "2006"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("July 1", "DATE", "2013-07-01"),
            ("1987", "DATE", "1987"),
            ("1995", "DATE", "1995"),
            ("2013", "DATE", "2013"),
            ("now", "DATE", "PRESENT_REF"),
            ("recent years", "DATE", "PAST_REF"),
            ("2011", "DATE", "2011"),
            ("11 minutes", "DURATION", "PT11M"),
            ("the previous decade", "DURATION", "P10Y"),
            ("1968", "DATE", "1968"),
            ("November 2004", "DATE", "2004-11"),
            ("the 1990s", "DATE", "199"),
            ("Last spring", "DATE", "2012-SP"),
            ("about five years", "DURATION", "P5Y"),
            ("the fall of 2014", "DATE", "2014-FA"),
            ("this month", "DATE", "2013-02"),
            ("every 12 minutes", "SET", "PT12M"),
            ("5 a.m.", "TIME", "XXXX-XX-XXT05:00"),
            ("11 p.m.", "TIME", "XXXX-XX-XXT23:00"),
            ("2019", "DATE", "2019"),
            ("October", "DATE", "2012-10"),
            ("Friday", "DATE", "2013-02-22"),
            ("November 2014", "DATE", "2014-11"),
            ("the first 10 years", "DURATION", "P10Y"),
            ("Tuesday", "DATE", "2013-02-26"),
            ("10 days", "DURATION", "P10D"),
            ("Wednesday", "DATE", "2013-02-20"),
            ("the weekend", "DATE", "2013-W08-WE"),
            ("Thursday", "DATE", "2013-02-21"),
            ("March 8", "DATE", "2013-03-08"),
            ("50 minutes", "DURATION", "PT50M"),
        ],
    ),
    # Saturday 2014-11-08 (ISO week 45), Globe and Mail-style Report on Business profile of a
    # chief executive stepping down, label, headline ("after 17 years" P17Y), byline, "SASKATOON
    # — The Globe and Mail", stamps "Published Saturday, Nov. 08 2014, 6:00 AM EST" and "Last
    # updated Saturday, Nov. 08 2014, 9:42 AM EST" (each a DATE span with its weekday and a
    # TIME, the zone in the span and not in the value, gold_blind60, gold_blind103). "the
    # spring of 1983" 1983-SP; "that summer" after it 1983-SU (a narrative anchor, like "that
    # autumn" in gold_blind10); "On Thursday, 31 years later": "Thursday" 2014-11-06 and "31
    # years later" DATE 2014, "N later" at the unit's granularity anchored on 1983
    # (gold_blind60). "the end of January" 2015-01 (ahead). Redwater's fiscal year ends Oct. 31
    # and is named by the year it ends: "fiscal 2014, which ended Oct. 31" FY2014 plus
    # 2014-10-31, "its fiscal second quarter" (entered on "Feb. 1" 2015-02-01) FY2015-Q2,
    # "the fourth quarter" (of fiscal 2014, results "due Dec. 11") FY2014-Q4, "a year earlier"
    # after "fiscal 2014" FY2013 (the granularity of what it is compared with, gold_blind35).
    # "September 1997"; "now" twice PRESENT_REF; "2003"; "nearly a year" P1Y; "the winter of
    # 2008-09" one span 2009-WI (gold_blind76, gold_blind103); "90 days" P90D; "every morning
    # at 6:30 for three months" -> SET XXXX-XX-XXTMO, TIME XXXX-XX-XXT06:30 (a habit's hour,
    # gold_blind60) and P3M; "the mid-2000s" 200; "the 2011 purchase" 2011; "over the past
    # decade" P10Y; "closing Friday" 2014-11-07; "about two years" P2Y; "in 2012"; "Thursday
    # afternoon" 2014-11-06TAF; "in March" 2015-03; "next summer" 2015-SU; "in 2009";
    # "three-year" P3Y; "the spring" ahead 2015-SP; "recent years" PAST_REF; "this decade" 201
    # (see README). Not annotated: "at the time" (anaphoric), "around the clock" (idiom,
    # gold_blind103), "night-shift" (a kind of shift, like "the night shift" in gold_blind60),
    # "my 65th birthday" (gold_blind60), "the shareholders' meeting", "Kitchen 1950" (a product
    # line's name), "on my watch", "$140-million", "$1.1-billion", "$61.3-million", "9 per
    # cent", "240 per cent", "$38.75", ages "46" and "63".
    "redwater-foods-ceo-dubuc-retires": (
        "2014-11-08",
        [
            ("17 years", "DURATION", "P17Y"),
            ("Saturday, Nov. 08 2014", "DATE", "2014-11-08"),
            ("6:00 AM EST", "TIME", "2014-11-08T06:00"),
            ("Saturday, Nov. 08 2014", "DATE", "2014-11-08"),
            ("9:42 AM EST", "TIME", "2014-11-08T09:42"),
            ("the spring of 1983", "DATE", "1983-SP"),
            ("that summer", "DATE", "1983-SU"),
            ("Thursday", "DATE", "2014-11-06"),
            ("31 years later", "DATE", "2014"),
            ("the end of January", "DATE", "2015-01"),
            ("Feb. 1", "DATE", "2015-02-01"),
            ("its fiscal second quarter", "DATE", "FY2015-Q2"),
            ("September 1997", "DATE", "1997-09"),
            ("now", "DATE", "PRESENT_REF"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("Oct. 31", "DATE", "2014-10-31"),
            ("a year earlier", "DATE", "FY2013"),
            ("the fourth quarter", "DATE", "FY2014-Q4"),
            ("Dec. 11", "DATE", "2014-12-11"),
            ("2003", "DATE", "2003"),
            ("nearly a year", "DURATION", "P1Y"),
            ("the winter of 2008-09", "DATE", "2009-WI"),
            ("90 days", "DURATION", "P90D"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("6:30", "TIME", "XXXX-XX-XXT06:30"),
            ("three months", "DURATION", "P3M"),
            ("the mid-2000s", "DATE", "200"),
            ("2011", "DATE", "2011"),
            ("the past decade", "DURATION", "P10Y"),
            ("Friday", "DATE", "2014-11-07"),
            ("now", "DATE", "PRESENT_REF"),
            ("about two years", "DURATION", "P2Y"),
            ("2012", "DATE", "2012"),
            ("Thursday afternoon", "TIME", "2014-11-06TAF"),
            ("March", "DATE", "2015-03"),
            ("next summer", "DATE", "2015-SU"),
            ("2009", "DATE", "2009"),
            ("three-year", "DURATION", "P3Y"),
            ("the spring", "DATE", "2015-SP"),
            ("recent years", "DATE", "PAST_REF"),
            ("this decade", "DATE", "201"),
        ],
    ),
    # Wednesday 2012-06-13 (ISO week 24), Guardian-style science story on a multi-year study,
    # section label, headline ("nine days earlier than in 1980s, 30-year study finds": "nine
    # days" P9D, "1980s" 198, "30-year" P30Y), standfirst, byline, stamp "guardian.co.uk,
    # Wednesday 13 June 2012 18.30 BST" (DATE with its weekday and TIME), and the closing line
    # "published ... at 18.30 BST on Wednesday 13 June 2012 ... on Thursday 14 June 2012" (the
    # print edition the next day, 2012-06-14). "more than nine days earlier" -> "more than nine
    # days" P9D, the size of a shift (gold_blind37); "the mid-1980s" 198. "every spring since
    # 1983" SET XXXX-SP plus DATE 1983 (gold_blind37). "In 1984 the average date was 2 May" ->
    # 1984 and 1984-05-02 (a bare date after a named year takes that year, gold_blind60); "last
    # year ... 22 April" 2011 and 2011-04-22; "this spring" 2012-SP, "early April" 2012-04, "23
    # April" 2012-04-23. "published on Wednesday" is the publication day itself (gold_blind37).
    # "the 1990 breeding season" -> "1990" (an adjectival year; the season is not). "For the
    # first decade" -> "the first decade" P10Y (an ordinal period of the study, gold_blind35);
    # "since 2001"; "the late 1990s" 199; "now" PRESENT_REF; "about 15 days" P15D; "recent
    # years" PAST_REF; "2010", "2011". "the night of 3 May 2011" one TIME span 2011-05-03TNI
    # (gold_blind26) and "the next day" 2011-05-04. "twice a week" SET P1W; "starting their
    # rounds at 6am" a habit's hour XXXX-XX-XXT06:00. "the 2000s" 200; "March 2014"; "five more
    # years" P5Y; "the autumn" ahead 2012-FA; "records for 1983-2012" -> "1983" and "2012", a
    # range annotated at its two ends (gold_blind103). Not annotated: "Winter moth" (a species'
    # name), "the day each first egg was laid" (generic), "since the study began" (event-named),
    # "at 11 days old" and "at 15 days" (ages of chicks, like the ages of the earlier sets),
    # "minus 3C", "240 nest boxes", "41 of the wood's 240 boxes", "11,000 clutches", "p11",
    # "harnwood.org.uk/data/1983-2012" (a URL holding years), "Warmer weather".
    "harnwood-blue-tits-30-year-study": (
        "2012-06-13",
        [
            ("nine days", "DURATION", "P9D"),
            ("1980s", "DATE", "198"),
            ("30-year", "DURATION", "P30Y"),
            ("Wednesday 13 June 2012", "DATE", "2012-06-13"),
            ("18.30 BST", "TIME", "2012-06-13T18:30"),
            ("more than nine days", "DURATION", "P9D"),
            ("the mid-1980s", "DATE", "198"),
            ("every spring", "SET", "XXXX-SP"),
            ("1983", "DATE", "1983"),
            ("1984", "DATE", "1984"),
            ("2 May", "DATE", "1984-05-02"),
            ("last year", "DATE", "2011"),
            ("22 April", "DATE", "2011-04-22"),
            ("this spring", "DATE", "2012-SP"),
            ("early April", "DATE", "2012-04"),
            ("23 April", "DATE", "2012-04-23"),
            ("Wednesday", "DATE", "2012-06-13"),
            ("1990", "DATE", "1990"),
            ("the first decade", "DURATION", "P10Y"),
            ("2001", "DATE", "2001"),
            ("the late 1990s", "DATE", "199"),
            ("now", "DATE", "PRESENT_REF"),
            ("about 15 days", "DURATION", "P15D"),
            ("1983", "DATE", "1983"),
            ("recent years", "DATE", "PAST_REF"),
            ("2010", "DATE", "2010"),
            ("2011", "DATE", "2011"),
            ("the night of 3 May 2011", "TIME", "2011-05-03TNI"),
            ("the next day", "DATE", "2011-05-04"),
            ("twice a week", "SET", "P1W"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("the 2000s", "DATE", "200"),
            ("March 2014", "DATE", "2014-03"),
            ("five more years", "DURATION", "P5Y"),
            ("the autumn", "DATE", "2012-FA"),
            ("1983", "DATE", "1983"),
            ("2012", "DATE", "2012"),
            ("18.30 BST", "TIME", "2012-06-13T18:30"),
            ("Wednesday 13 June 2012", "DATE", "2012-06-13"),
            ("Thursday 14 June 2012", "DATE", "2012-06-14"),
        ],
    ),
    # Tuesday 2015-08-18 (ISO week 34), Sydney Morning Herald-style obituary, label, headline,
    # name heading "Douglas Pellew, 1929-2015" (two DATEs, a life's years, gold_blind60),
    # byline, stamp "August 18, 2015 - 12:15AM" (DATE and TIME). "in 1947"; "the 1840s" 184;
    # "41 years later" after 1947 DATE 1988 (the unit's granularity, gold_blind60); "May 5,
    # 1929"; "three years" P3Y; the southern "winter of 1956" 1956-WI, valued in the year it
    # falls in (gold_blind60, gold_blind103); "four months" P4M; "March 1967"; "until 4pm every
    # day for 11 weeks" -> TIME XXXX-XX-XXT16:00 (the hour of a habit), SET P1D, P11W; "March
    # 14" after "March 1967" 1967-03-14, "that morning" 1967-03-14TMO, "that evening"
    # 1967-03-14TEV, "at 6am the next day" 1967-03-15T06:00 and 1967-03-15 (narrative anchors,
    # gold_blind8, gold_blind14). "in 1958"; "57 years" P57Y; "From 1972 to 1980" two DATEs;
    # "the 1980s" 198; "five-year" P5Y; "a year late" -> "a year" P1Y (the size of a delay,
    # gold_blind35); "in 1988"; "For two decades" P20Y; "every Thursday" XXXX-WXX-4; "2009",
    # "2013"; "recent years" PAST_REF; "each morning" XXXX-XX-XXTMO; "early June" 2015-06; "died
    # ... on July 26" 2015-07-26; "said last week" 2015-W33; the memorial "at 11am on Friday,
    # August 28" 2015-08-28T11:00 and one DATE span 2015-08-28. Not annotated: ages "aged 86",
    # "at 14", "at 80", "his 18th birthday" (gold_blind60), "first light" (an idiom like
    # "dusk"), "the end" (of a life), "Retirement", "9000 kilometres", "AUS 814" (a chart
    # number), "Soundings 1947" (a title holding a year), "Shallow Water", "412 pages", "Tern".
    "douglas-pellew-hydrographer-obituary": (
        "2015-08-18",
        [
            ("1929", "DATE", "1929"),
            ("2015", "DATE", "2015"),
            ("August 18, 2015", "DATE", "2015-08-18"),
            ("12:15AM", "TIME", "2015-08-18T00:15"),
            ("1947", "DATE", "1947"),
            ("the 1840s", "DATE", "184"),
            ("41 years later", "DATE", "1988"),
            ("May 5, 1929", "DATE", "1929-05-05"),
            ("three years", "DURATION", "P3Y"),
            ("the winter of 1956", "DATE", "1956-WI"),
            ("four months", "DURATION", "P4M"),
            ("March 1967", "DATE", "1967-03"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("every day", "SET", "P1D"),
            ("11 weeks", "DURATION", "P11W"),
            ("March 14", "DATE", "1967-03-14"),
            ("that morning", "TIME", "1967-03-14TMO"),
            ("that evening", "TIME", "1967-03-14TEV"),
            ("6am", "TIME", "1967-03-15T06:00"),
            ("the next day", "DATE", "1967-03-15"),
            ("1958", "DATE", "1958"),
            ("57 years", "DURATION", "P57Y"),
            ("1972", "DATE", "1972"),
            ("1980", "DATE", "1980"),
            ("the 1980s", "DATE", "198"),
            ("five-year", "DURATION", "P5Y"),
            ("a year", "DURATION", "P1Y"),
            ("1988", "DATE", "1988"),
            ("two decades", "DURATION", "P20Y"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
            ("2009", "DATE", "2009"),
            ("2013", "DATE", "2013"),
            ("recent years", "DATE", "PAST_REF"),
            ("each morning", "SET", "XXXX-XX-XXTMO"),
            ("early June", "DATE", "2015-06"),
            ("July 26", "DATE", "2015-07-26"),
            ("last week", "DATE", "2015-W33"),
            ("11am", "TIME", "2015-08-28T11:00"),
            ("Friday, August 28", "DATE", "2015-08-28"),
        ],
    ),
    # Monday 2014-11-03 (ISO week 45), Irish Times-style sports feature looking back over a
    # goalkeeper's career, section label, headline, standfirst ("in 1996", "Friday's final" ->
    # "Friday" 2014-10-31), byline, stamp "Mon, Nov 3, 2014, 01:00" (DATE and TIME, like "Sat,
    # Jan 24, 2015, 01:00" in gold_blind60). "April 12th, 1996" 1996-04-12; "More than 18 years
    # later" DATE 2014 (N later at the unit's granularity, the modifier kept); "on Friday night"
    # 2014-10-31TNI; "kicked off at 7.45pm" that evening 2014-10-31T19:45; "the day before"
    # after Friday 2014-10-30 (a narrative anchor, gold_blind8); the quote's "at Christmas"
    # 2013-12-25 and "on St Stephen's Day" 2013-12-26 (holidays on their dates, the most recent
    # in the past); "said on Saturday" 2014-11-01; "until Thursday" 2014-10-30. "in 2003" and
    # "two years later" 2005 (gold_blind91); "between 2008 and 2011" two DATEs and "three years"
    # P3Y; "the 1960s and '70s" -> "the 1960s" 196 and "'70s" 197 (gold_blind46, gold_blind48);
    # "the summer of 2007" 2007-SU; "nine weeks" P9W; "starting his round at 5.30am" a habit's
    # hour XXXX-XX-XXT05:30; "twice a week" SET P1W; "18 years" P18Y; "for two decades" P20Y;
    # "the 2015 season, which starts in March" -> "2015" and "March" 2015-03, the season itself
    # not annotated (gold_blind91); "From January" 2015-01; "on Wednesday evenings" SET
    # XXXX-WXX-3TEV (plural weekday parts of day, gold_blind6, gold_blind7); "a week" P1W; "for
    # February" 2015-02; "since 1999"; "tonight" 2014-11-03TNI. Not annotated: "19 seasons" and
    # the seasons, "pre-season", "the last time", "his career", "the right night to stop" (a
    # quoted idiom), "611 games", "2-1", "3-0", "No 1" (twice), ages "17", "(35)", "at 19",
    # "14-year-old", "21-year-old", "First Division" (twice), "FAI Cup", "two offers".
    "declan-furey-goalkeeper-retires": (
        "2014-11-03",
        [
            ("1996", "DATE", "1996"),
            ("Friday", "DATE", "2014-10-31"),
            ("Mon, Nov 3, 2014", "DATE", "2014-11-03"),
            ("01:00", "TIME", "2014-11-03T01:00"),
            ("April 12th, 1996", "DATE", "1996-04-12"),
            ("More than 18 years later", "DATE", "2014"),
            ("Friday night", "TIME", "2014-10-31TNI"),
            ("7.45pm", "TIME", "2014-10-31T19:45"),
            ("the day before", "DATE", "2014-10-30"),
            ("Christmas", "DATE", "2013-12-25"),
            ("Saturday", "DATE", "2014-11-01"),
            ("St Stephen's Day", "DATE", "2013-12-26"),
            ("Thursday", "DATE", "2014-10-30"),
            ("2003", "DATE", "2003"),
            ("two years later", "DATE", "2005"),
            ("2008", "DATE", "2008"),
            ("2011", "DATE", "2011"),
            ("three years", "DURATION", "P3Y"),
            ("the 1960s", "DATE", "196"),
            ("'70s", "DATE", "197"),
            ("the summer of 2007", "DATE", "2007-SU"),
            ("nine weeks", "DURATION", "P9W"),
            ("5.30am", "TIME", "XXXX-XX-XXT05:30"),
            ("twice a week", "SET", "P1W"),
            ("18 years", "DURATION", "P18Y"),
            ("two decades", "DURATION", "P20Y"),
            ("2015", "DATE", "2015"),
            ("March", "DATE", "2015-03"),
            ("January", "DATE", "2015-01"),
            ("Wednesday evenings", "SET", "XXXX-WXX-3TEV"),
            ("a week", "DURATION", "P1W"),
            ("February", "DATE", "2015-02"),
            ("1999", "DATE", "1999"),
            ("tonight", "TIME", "2014-11-03TNI"),
        ],
    ),
    # Thursday 2013-05-16 (ISO week 20), New York Times-style trend piece about a city, section
    # label, headline, byline in capitals, "Published: May 16, 2013" line, "CLEAVER FALLS, Ohio
    # —" dateline. "For decades" -> "decades" PXY (gold_blind6); "On Tuesday night" 2013-05-14TNI
    # and "by 7:30" that evening 2013-05-14T19:30; "an hour" PT1H. "1960", "2000", "since 2008";
    # "now" twice and "Now" PRESENT_REF; "the past two years" P2Y; "by the end of 2014" -> "the
    # end of 2014" 2014 (the year's value, gold_blind35). The quote's hours on no particular
    # day: "after 3 p.m." XXXX-XX-XXT15:00, "until 10 p.m. every night" XXXX-XX-XXT22:00 plus
    # SET XXXX-XX-XXTNI, "on Sundays" SET XXXX-WXX-7 with "at 8 a.m." XXXX-XX-XXT08:00. "in
    # 2009"; "the fall of 2010" 2010-FA; "for a century" P100Y; "the early 1950s" 195; "Dec. 22,
    # 1982, three days before Christmas" -> 1982-12-22, "three days" P3D (an anchored duration,
    # gold_blind35) and "Christmas" 1982-12-25 (the holiday of the year told). "Through the 1980s
    # and much of the 1990s" 198 and 199 ("much of" out, gold_blind37); "January 2012"; "2006";
    # "adopted in 2011"; "risen 38 percent in three years" P3Y (gold_blind35); "on weekends" SET
    # XXXX-WXX-WE (gold_blind91); "since 1891"; "every month" SET P1M; "since last summer"
    # 2012-SU; "on May 6" 2013-05-06; "by 2017"; "next spring" 2014-SP; "in 1968"; "this
    # summer" 2013-SU; "last month" 2013-04; "three hours" PT3H. Not annotated: "at the time"
    # (anaphoric), "after dark" (an idiom), "the first time", "a long way back", "Downtown 2020"
    # (a plan's name holding a year), "Fourth Street", "Route 7", "5-2", "$18 million",
    # "120-room", "four-lane", "two lanes", "$850", "38 percent", "20 percent", "14,000",
    # "9,000", "2,100", "1,500", "22 people", ages "31", "34", "29".
    "cleaver-falls-downtown-revival": (
        "2013-05-16",
        [
            ("May 16, 2013", "DATE", "2013-05-16"),
            ("decades", "DURATION", "PXY"),
            ("Tuesday night", "TIME", "2013-05-14TNI"),
            ("7:30", "TIME", "2013-05-14T19:30"),
            ("an hour", "DURATION", "PT1H"),
            ("1960", "DATE", "1960"),
            ("2000", "DATE", "2000"),
            ("2008", "DATE", "2008"),
            ("now", "DATE", "PRESENT_REF"),
            ("the past two years", "DURATION", "P2Y"),
            ("the end of 2014", "DATE", "2014"),
            ("2009", "DATE", "2009"),
            ("3 p.m.", "TIME", "XXXX-XX-XXT15:00"),
            ("the fall of 2010", "DATE", "2010-FA"),
            ("now", "DATE", "PRESENT_REF"),
            ("Now", "DATE", "PRESENT_REF"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("a century", "DURATION", "P100Y"),
            ("the early 1950s", "DATE", "195"),
            ("Dec. 22, 1982", "DATE", "1982-12-22"),
            ("three days", "DURATION", "P3D"),
            ("Christmas", "DATE", "1982-12-25"),
            ("the 1980s", "DATE", "198"),
            ("the 1990s", "DATE", "199"),
            ("January 2012", "DATE", "2012-01"),
            ("2006", "DATE", "2006"),
            ("2011", "DATE", "2011"),
            ("three years", "DURATION", "P3Y"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("1891", "DATE", "1891"),
            ("every month", "SET", "P1M"),
            ("last summer", "DATE", "2012-SU"),
            ("May 6", "DATE", "2013-05-06"),
            ("2017", "DATE", "2017"),
            ("next spring", "DATE", "2014-SP"),
            ("1968", "DATE", "1968"),
            ("this summer", "DATE", "2013-SU"),
            ("last month", "DATE", "2013-04"),
            ("three hours", "DURATION", "PT3H"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
