"""Annotations of the hundred-and-sixteenth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind116/annotate.py [--show]

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
    # Monday 2013-07-22 (ISO week 30), US wire monthly existing-home sales report run on a
    # paper's website: stamp "Published 10:47 am, Monday, July 22, 2013" (clock time and the
    # date with its weekday, two TIMEX3), byline, "WASHINGTON (AP) —" dateline. The group "said
    # Monday", the publication day itself; the sales month is June 2013 (headline, lead, "last
    # month" and the later "June"s). "The group revised its figure for May" -> "May" 2013-05;
    # "a year earlier" and "year-over-year" after the June figures take the month compared
    # with, 2012-06 (gold_blind38, gold_blind51); "the prior month" after June is 2013-05, like
    # "the previous month" (gold_blind51). "the biggest 12-month gain" DURATION on the
    # adjective; "16 straight months" a cardinal run, DURATION P16M (like "five consecutive
    # days", gold_blind103); "30-year" a loan's term, P30Y (gold_blind67); "a weekly survey"
    # SET P1W (an adjectival frequency naming a recurrence, like "quarterly survey" in
    # gold_blind51); "just over five months" (months of supply) P5M with its modifier, "A
    # six-month supply" P6M. "the July and August figures" are the coming reports' months,
    # 2013-07 and 2013-08 (a report's month as an adjective, gold_blind51). "the spring" just
    # past 2013-SP, "this fall" ahead 2013-FA; "late 2005" 2005; "last week" 2013-W29 twice;
    # "the second half of the year" 2013-H2; "last year's total" -> "last year" 2012; "three
    # years after peaking" an anchored duration P3Y. Future: new-home sales "Wednesday"
    # 2013-07-24, the contracts index "next Monday" 2013-07-29. Not annotated: "a seasonally
    # adjusted annual rate" and "Annual price gains" (a rate's scaling unit and the period of a
    # figure, gold_blind51, gold_blind67), "4.96 million", "5.03 million", "5.09 million",
    # "$211,400", "2.19 million", "4.66 million", "4.1 million", "7.08 million", percentages,
    # "future sales" (an adjective), "may" (the verb), "the current sales pace".
    "us-existing-home-sales-june-dip": (
        "2013-07-22",
        [
            ("June", "DATE", "2013-06"),
            ("10:47 am", "TIME", "2013-07-22T10:47"),
            ("Monday, July 22, 2013", "DATE", "2013-07-22"),
            ("June", "DATE", "2013-06"),
            ("the past two months", "DURATION", "P2M"),
            ("Monday", "DATE", "2013-07-22"),
            ("last month", "DATE", "2013-06"),
            ("May", "DATE", "2013-05"),
            ("November 2009", "DATE", "2009-11"),
            ("a year earlier", "DATE", "2012-06"),
            ("year-over-year", "DATE", "2012-06"),
            ("12-month", "DURATION", "P12M"),
            ("late 2005", "DATE", "2005"),
            ("now", "DATE", "PRESENT_REF"),
            ("16 straight months", "DURATION", "P16M"),
            ("30-year", "DURATION", "P30Y"),
            ("last week", "DATE", "2013-W29"),
            ("weekly", "SET", "P1W"),
            ("early May", "DATE", "2013-05"),
            ("June", "DATE", "2013-06"),
            ("April", "DATE", "2013-04"),
            ("May", "DATE", "2013-05"),
            ("July", "DATE", "2013-07"),
            ("August", "DATE", "2013-08"),
            ("now", "DATE", "PRESENT_REF"),
            ("the spring", "DATE", "2013-SP"),
            ("this fall", "DATE", "2013-FA"),
            ("the prior month", "DATE", "2013-05"),
            ("just over five months", "DURATION", "P5M"),
            ("six-month", "DURATION", "P6M"),
            ("June", "DATE", "2013-06"),
            ("37 days", "DURATION", "P37D"),
            ("May 2011", "DATE", "2011-05"),
            ("May", "DATE", "2013-05"),
            ("2011", "DATE", "2011"),
            ("2012", "DATE", "2012"),
            ("last week", "DATE", "2013-W29"),
            ("June", "DATE", "2013-06"),
            ("the past 12 months", "DURATION", "P12M"),
            ("the second half of the year", "DATE", "2013-H2"),
            ("last year", "DATE", "2012"),
            ("2008", "DATE", "2008"),
            ("three years", "DURATION", "P3Y"),
            ("Wednesday", "DATE", "2013-07-24"),
            ("next Monday", "DATE", "2013-07-29"),
        ],
    ),
    # Saturday 2013-10-19 (ISO week 42), British national daily's property page: section label,
    # headline, standfirst, byline, date line "Saturday 19 October 2013" (one span with its
    # weekday). The survey is "to be published on Monday", 2013-10-21 (future in a Saturday
    # paper); the lenders' body spoke "on Thursday" 2013-10-17 (past); the ONS index comes "on
    # Tuesday" 2013-10-22 (future). "this month" 2013-10; "between 15 September and 12
    # October" two DATEs, "the four weeks covered by the survey" DURATION P4W; "a year ago"
    # 2012 (the unit's granularity, gold_blind28, gold_blind67); "jumped 4.1% in a month" P1M
    # (how long a past change took, gold_blind35). "since the summer" (standfirst) and "over
    # the summer" 2013-SU; "an 11-year wait" DURATION on the adjective, "11 years" the same
    # figure in the body; "Two-year" and "five-year" fixed deals P2Y, P5Y (gold_blind67); "last
    # month" 2013-09, "January" 2013-01. The agent's "Twelve months ago" is 2012-10 (the
    # unit's granularity, like "five months ago" -> 2000-10 in gold_blind20), "for months"
    # PXM, "on Saturday mornings" SET XXXX-WXX-6TMO, "the past fortnight" P2W. "the winter"
    # ahead in October is the winter of 2013-14, 2014-WI (named by its January, gold_blind10,
    # gold_blind103). "saved every month" SET P1M. Not annotated: "fourth record in a row" (a
    # count of records), "the fastest annual rise" (the period of a figure, like "Annual
    # growth" in gold_blind67), "a three-bed semi", "10% deposit", "10% of their take-home
    # pay", "up almost a third", "31" (an age), "61,400", prices and percentages, the web
    # address "homefinder.co.uk/report-1013" (its "1013" reads like October 2013).
    "asking-prices-record-first-time-buyers": (
        "2013-10-19",
        [
            ("the summer", "DATE", "2013-SU"),
            ("11-year", "DURATION", "P11Y"),
            ("Saturday 19 October 2013", "DATE", "2013-10-19"),
            ("this month", "DATE", "2013-10"),
            ("Monday", "DATE", "2013-10-21"),
            ("15 September", "DATE", "2013-09-15"),
            ("12 October", "DATE", "2013-10-12"),
            ("the four weeks", "DURATION", "P4W"),
            ("a year ago", "DATE", "2012"),
            ("2010", "DATE", "2010"),
            ("a month", "DURATION", "P1M"),
            ("the summer", "DATE", "2013-SU"),
            ("Two-year", "DURATION", "P2Y"),
            ("last month", "DATE", "2013-09"),
            ("January", "DATE", "2013-01"),
            ("five-year", "DURATION", "P5Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("Twelve months ago", "DATE", "2012-10"),
            ("months", "DURATION", "PXM"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Saturday mornings", "SET", "XXXX-WXX-6TMO"),
            ("the past fortnight", "DURATION", "P2W"),
            ("Thursday", "DATE", "2013-10-17"),
            ("September", "DATE", "2013-09"),
            ("February 2008", "DATE", "2008-02"),
            ("September 2012", "DATE", "2012-09"),
            ("11 years", "DURATION", "P11Y"),
            ("seven years", "DURATION", "P7Y"),
            ("2003", "DATE", "2003"),
            ("six years", "DURATION", "P6Y"),
            ("every month", "SET", "P1M"),
            ("2011", "DATE", "2011"),
            ("Tuesday", "DATE", "2013-10-22"),
            ("2002", "DATE", "2002"),
            ("the winter", "DATE", "2014-WI"),
            ("2014", "DATE", "2014"),
        ],
    ),
    # Sunday 2015-09-13 (ISO week 37), Australian paper's website, auction-clearance weekend
    # story: headline, byline, stamp "Published: September 13, 2015 - 7:45PM" (DATE and TIME).
    # The auctions were "on Saturday" and "yesterday", 2015-09-12, the results counted "by 6pm
    # yesterday" 2015-09-12T18:00; the pre-auction sale "on Friday" 2015-09-11; the agent's
    # "On Saturday" (his open home) 2015-09-12. "this weekend" in a Sunday story is its own
    # weekend, 2015-W37-WE, "last weekend" 2015-W36-WE and "the same weekend last year" one
    # span 2014-W37-WE (13-14 September 2014), as in gold_blind62; "Father's Day", the first
    # Sunday of September in Australia, 2015-09-06. Southern seasons are valued in the year
    # they fall in (gold_blind9, gold_blind103): "spring" (headline "spring auctions", "roared
    # into spring", "the spring rush") is September-November 2015, 2015-SP, the season word
    # only (like "the spring market" in gold_blind67); "a long winter" -> "winter" 2015-WI
    # (June-August 2015; "a long" an evaluation, like "such a good winter" in gold_blind51);
    # "the autumn" just past 2015-FA. "the June quarter" is the calendar quarter named by its
    # last month, 2015-Q2 (like "the December quarter" in gold_blind55 and gold_blind63).
    # "since May" and "the end of May" 2015-05 (past); "mid-October", "early December" 2015
    # and "wait until February" 2016-02 (future); final figures "on Wednesday" 2015-09-16.
    # "12 minutes" PT12M; "half an hour" PT30M (a whole smaller unit, as in gold_blind24 and
    # gold_blind66); "Ten years ago" 2005; "a 1960s brick veneer
    # house" -> "1960s" DATE 196 (an adjectival decade, gold_blind90); "every Saturday" SET
    # XXXX-WXX-6 and "on Wednesday evenings" SET XXXX-WXX-3TEV. Not annotated: "3/12 Marr
    # Street" (a unit number that reads like 3 December), "the low to mid-70s" (clearance
    # rates, not the decade), "the weekly total" (the period of a figure), "81.2 per cent" and
    # the other rates, "894", "726", "1,100", "1,500", "$1.62 million", "$170,000", "31 bids",
    # "14 registered bidders", "$612,000", "$905,000", "61", "60", "four to six points",
    # "four-bedroom", "two-bedroom", "two-bedder", "under the hammer", "before auction".
    "harbourne-auction-clearance-spring": (
        "2015-09-13",
        [
            ("spring", "DATE", "2015-SP"),
            ("September 13, 2015", "DATE", "2015-09-13"),
            ("7:45PM", "TIME", "2015-09-13T19:45"),
            ("spring", "DATE", "2015-SP"),
            ("Saturday", "DATE", "2015-09-12"),
            ("May", "DATE", "2015-05"),
            ("6pm", "TIME", "2015-09-12T18:00"),
            ("yesterday", "DATE", "2015-09-12"),
            ("last weekend", "DATE", "2015-W36-WE"),
            ("Father's Day", "DATE", "2015-09-06"),
            ("the same weekend last year", "DATE", "2014-W37-WE"),
            ("this weekend", "DATE", "2015-W37-WE"),
            ("the end of May", "DATE", "2015-05"),
            ("mid-October", "DATE", "2015-10"),
            ("Wednesday", "DATE", "2015-09-16"),
            ("winter", "DATE", "2015-WI"),
            ("12 minutes", "DURATION", "PT12M"),
            ("July", "DATE", "2015-07"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Friday", "DATE", "2015-09-11"),
            ("1960s", "DATE", "196"),
            ("the autumn", "DATE", "2015-FA"),
            ("July", "DATE", "2015-07"),
            ("the past 12 months", "DURATION", "P12M"),
            ("the June quarter", "DATE", "2015-Q2"),
            ("18 months", "DURATION", "P18M"),
            ("the next six months", "DURATION", "P6M"),
            ("yesterday", "DATE", "2015-09-12"),
            ("2013", "DATE", "2013"),
            ("spring", "DATE", "2015-SP"),
            ("early December", "DATE", "2015-12"),
            ("February", "DATE", "2016-02"),
            ("now", "DATE", "PRESENT_REF"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("Wednesday evenings", "SET", "XXXX-WXX-3TEV"),
            ("Ten years ago", "DATE", "2005"),
            ("Saturday", "DATE", "2015-09-12"),
            ("half an hour", "DURATION", "PT30M"),
        ],
    ),
    # Tuesday 2012-11-13 (ISO week 46), Irish daily's rent report by quarter: headline,
    # standfirst, byline, date line "Tuesday 13 November 2012". The report was "published at
    # 00.01 today": "00.01" TIME 2012-11-13T00:01 and "today" 2012-11-13. The quarter reported
    # is July-September 2012: "the third quarter of the year" one span 2012-Q3, "between July
    # and September" 2012-07 and 2012-09, "in the quarter" three times 2012-Q3, "the
    # July-September period" 2012-Q3 (like "the July-September quarter", gold_blind18); "the
    # same period last year" one span 2011-Q3 (gold_blind16, gold_blind22). "a year ago" 2011
    # (the unit's granularity); "in a year" (headline) DURATION P1Y, how long the rise took;
    # "latest quarterly report" SET P3M (a recurring report, like "quarterly survey" in
    # gold_blind51); "late 2010" and "the end of 2010" 2010; "their 2007 peak" -> "2007"; "five
    # of the past six quarters" -> "the past six quarters" DURATION P6Q (the period of a count,
    # like "the past five quarters" in gold_blind40); "On 1 November" 2012-11-01; "three years
    # ago" 2009; "next year" 2013; "in the spring" ahead 2013-SP; "once every 12 months" SET
    # P12M with its count kept (like "at least once a day", gold_blind103); "28 days' notice"
    # -> "28 days" P28D (the apostrophe left out, gold_blind90); "in October" 2012-10; "ten
    # years" P10Y; "in December" 2012-12; "the final three months of the year" one span
    # 2012-Q4 (gold_blind51); "mid-February" 2013-02. Not annotated: "the Residential
    # Tenancies Act 2004" (an Act's name), "Dublin 6" and "Dublin 15" (postal districts), the
    # helpline "1890 200 211" (opening with a year-like 1890), "€1,093 a month" and "€1,043"
    # (a rent per month, a rate, like "£1,150 pcm" in gold_blind90), "€839", "€1,610",
    # "€1,020", "€200", "1,420", "5,000", "9,000", "LetHome.ie", "Since then" (anaphoric),
    # "any month", "the first review", "may" (the verb), percentages.
    "dublin-rents-third-quarter-report": (
        "2012-11-13",
        [
            ("a year", "DURATION", "P1Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("late 2010", "DATE", "2010"),
            ("quarterly", "SET", "P3M"),
            ("Tuesday 13 November 2012", "DATE", "2012-11-13"),
            ("the third quarter of the year", "DATE", "2012-Q3"),
            ("now", "DATE", "PRESENT_REF"),
            ("a year ago", "DATE", "2011"),
            ("00.01", "TIME", "2012-11-13T00:01"),
            ("today", "DATE", "2012-11-13"),
            ("July", "DATE", "2012-07"),
            ("September", "DATE", "2012-09"),
            ("the same period last year", "DATE", "2011-Q3"),
            ("the quarter", "DATE", "2012-Q3"),
            ("2007", "DATE", "2007"),
            ("the past six quarters", "DURATION", "P6Q"),
            ("the end of 2010", "DATE", "2010"),
            ("1 November", "DATE", "2012-11-01"),
            ("three years ago", "DATE", "2009"),
            ("now", "DATE", "PRESENT_REF"),
            ("the quarter", "DATE", "2012-Q3"),
            ("2011", "DATE", "2011"),
            ("next year", "DATE", "2013"),
            ("the spring", "DATE", "2013-SP"),
            ("once every 12 months", "SET", "P12M"),
            ("28 days", "DURATION", "P28D"),
            ("now", "DATE", "PRESENT_REF"),
            ("October", "DATE", "2012-10"),
            ("2009", "DATE", "2009"),
            ("ten years", "DURATION", "P10Y"),
            ("the July-September period", "DATE", "2012-Q3"),
            ("December", "DATE", "2012-12"),
            ("the final three months of the year", "DATE", "2012-Q4"),
            ("mid-February", "DATE", "2013-02"),
        ],
    ),
    # Thursday 2015-05-28 (ISO week 22), Canadian national paper's website, a bank economist's
    # note quoted in a news story: headline, byline, stamps "Published Thursday, May. 28, 2015
    # 6:00AM EDT" and "Last updated Thursday, May. 28, 2015 2:14PM EDT" (each a DATE with its
    # weekday, the abbreviation "May." kept in the span, and a TIME with the zone in the span
    # and not in the value). The note came out "Wednesday" 2015-05-27; the bank reported
    # "Tuesday" 2015-05-26; the agent's offers "on Tuesday night" 2015-05-26TNI (past); the
    # central bank's announcement "next Wednesday" 2015-06-03, the coming one. "the fall" just
    # past in May is 2014-FA; "the second half of 2015" one span; "earlier this month" 2015-05;
    # "sales in April ... from a year earlier" 2014-04 and "month-over-month" 2015-03, the
    # months compared with (gold_blind51, gold_blind63); "five straight months" a cardinal run
    # P5M; "late last year" 2014; the national economy's "Q2" 2015-Q2 and "the first quarter"
    # 2015-Q1 are calendar quarters. Northmark's fiscal year ends Oct. 31 and is named by the
    # year it ends (as Canadian banks do): "whose fiscal year ends Oct. 31" gives only the end
    # of the year now running, 2015-10-31 (gold_blind63), "its fiscal second quarter" (the
    # possessive kept, gold_blind63) FY2015-Q2, February-April 2015, and "the three months
    # ended April 30" P3M plus 2015-04-30 (gold_blind51). "five-year fixed rate" P5Y and
    # "25-year amortizations" P25Y (terms, gold_blind67); "This spring" 2015-SP; "Three years
    # ago" 2012; "would have sat for a month" P1M; "this year" 2015; "since January" 2015-01.
    # Not annotated: "Housing 2015" (the title of the note, a name like "Ledgerline 2013" in
    # gold_blind63), "an 18-page note", "a seasonally adjusted basis", "$1.05-million",
    # "$188-billion", "22,000", "19 offers", "40 per cent" and the other rates, "record lows",
    # "Greater Port Aldane", "the down payment".
    "northmark-economist-port-aldane-prices": (
        "2015-05-28",
        [
            ("Thursday, May. 28, 2015", "DATE", "2015-05-28"),
            ("6:00AM EDT", "TIME", "2015-05-28T06:00"),
            ("Thursday, May. 28, 2015", "DATE", "2015-05-28"),
            ("2:14PM EDT", "TIME", "2015-05-28T14:14"),
            ("Wednesday", "DATE", "2015-05-27"),
            ("the past year", "DURATION", "P1Y"),
            ("the fall", "DATE", "2014-FA"),
            ("the second half of 2015", "DATE", "2015-H2"),
            ("2016", "DATE", "2016"),
            ("2017", "DATE", "2017"),
            ("earlier this month", "DATE", "2015-05"),
            ("April", "DATE", "2015-04"),
            ("a year earlier", "DATE", "2014-04"),
            ("month-over-month", "DATE", "2015-03"),
            ("five straight months", "DURATION", "P5M"),
            ("late last year", "DATE", "2014"),
            ("Q2", "DATE", "2015-Q2"),
            ("the first quarter", "DATE", "2015-Q1"),
            ("Oct. 31", "DATE", "2015-10-31"),
            ("Tuesday", "DATE", "2015-05-26"),
            ("its fiscal second quarter", "DATE", "FY2015-Q2"),
            ("the three months", "DURATION", "P3M"),
            ("April 30", "DATE", "2015-04-30"),
            ("the next 12 months", "DURATION", "P12M"),
            ("five-year", "DURATION", "P5Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("2010", "DATE", "2010"),
            ("now", "DATE", "PRESENT_REF"),
            ("25-year", "DURATION", "P25Y"),
            ("This spring", "DATE", "2015-SP"),
            ("2007", "DATE", "2007"),
            ("Tuesday night", "TIME", "2015-05-26TNI"),
            ("Three years ago", "DATE", "2012"),
            ("a month", "DURATION", "P1M"),
            ("this year", "DATE", "2015"),
            ("2016", "DATE", "2016"),
            ("January", "DATE", "2015-01"),
            ("next Wednesday", "DATE", "2015-06-03"),
        ],
    ),
    # Friday 2014-10-03 (ISO week 40), US regional paper's neighborhood feature: section label,
    # headline ("A century on"), deck, byline, stamp "Posted Oct. 3, 2014 at 6:01 AM" (DATE and
    # TIME), "CORLISS, Ohio —" dateline. "A century on" is the time since the streetcar
    # arrived, DURATION P100Y (like "a Century of Arrivals" in gold_blind20). "Last month"
    # 2014-09; "in four days" P4D (how long the sale took); "By the 1950s" 195; "for most of
    # the next decade" -> "the next decade" P10Y ("most of" left out like "all of",
    # gold_blind51); "the '80s" 198 (gold_blind46); "said last week" 2014-W39; "the summer of
    # 1969" one span; "For 20 years" P20Y; "the late 1990s" 199; "the spring of 2011" one span;
    # "their 2006 peak" -> "2006"; "the 12 months ending in August" -> "the 12 months" P12M and
    # "August" 2014-08 (split like "the 12 months through October", gold_blind51), "the
    # previous 12 months" P12M; "Twice this year" -> "this year" 2014; the council votes "Oct.
    # 14" 2014-10-14; "a 90-day waiting period" DURATION on the adjective; "built to last 100
    # years" P100Y; "each fall" SET XXXX-FA (a recurrence on a season, like "every fall" in
    # gold_blind92); "This year's tour" -> "This year" 2014, "on Sunday" 2014-09-28 (past).
    # Not annotated: "Alder and 9th" (a street), "Route 33", the ZIP code "43291", "84" (an
    # age), "$400", "$289,000", "$11,500", "$246,000", "1,900 houses", "60 of them", "a
    # third", "1,400 people", "twice", "the housing crash" (an event), "They have since
    # climbed" (an adverb), the phone number "614-555-1912" and the web address
    # "corlisshistory.org/alderhill1912" (both holding 1912, annotated above), "two-story".
    "alder-hill-bungalows-century": (
        "2014-10-03",
        [
            ("A century", "DURATION", "P100Y"),
            ("Oct. 3, 2014", "DATE", "2014-10-03"),
            ("6:01 AM", "TIME", "2014-10-03T06:01"),
            ("1912", "DATE", "1912"),
            ("Last month", "DATE", "2014-09"),
            ("four days", "DURATION", "P4D"),
            ("1912", "DATE", "1912"),
            ("1931", "DATE", "1931"),
            ("the 1950s", "DATE", "195"),
            ("1978", "DATE", "1978"),
            ("the next decade", "DURATION", "P10Y"),
            ("the '80s", "DATE", "198"),
            ("1962", "DATE", "1962"),
            ("last week", "DATE", "2014-W39"),
            ("the summer of 1969", "DATE", "1969-SU"),
            ("20 years", "DURATION", "P20Y"),
            ("Now", "DATE", "PRESENT_REF"),
            ("the late 1990s", "DATE", "199"),
            ("1998", "DATE", "1998"),
            ("2006", "DATE", "2006"),
            ("the spring of 2011", "DATE", "2011-SP"),
            ("2006", "DATE", "2006"),
            ("the 12 months", "DURATION", "P12M"),
            ("August", "DATE", "2014-08"),
            ("the previous 12 months", "DURATION", "P12M"),
            ("this year", "DATE", "2014"),
            ("Oct. 14", "DATE", "2014-10-14"),
            ("90-day", "DURATION", "P90D"),
            ("1940", "DATE", "1940"),
            ("100 years", "DURATION", "P100Y"),
            ("1927", "DATE", "1927"),
            ("each fall", "SET", "XXXX-FA"),
            ("This year", "DATE", "2014"),
            ("Sunday", "DATE", "2014-09-28"),
            ("2010", "DATE", "2010"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
