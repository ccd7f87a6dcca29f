"""Annotations of the hundred-and-forty-second blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind142/annotate.py [--show]

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
    # Saturday 2012-11-17 (ISO week 46), British Saturday paper's wine column, headline,
    # standfirst, date line "Saturday 17 November 2012", no dateline. The tasting was "on
    # Wednesday" 2012-11-14 (past). The column tells the 2009 vintage, so its harvest dates are
    # those of 2009, not of the paper's year: "8 September" 2009-09-08, "a dry, bright August"
    # -> "August" 2009-08 (article and adjectives left out, gold_blind80, gold_blind102), "12
    # October" 2009-10-12 (like the months of the 2011 vintage in gold_blind80); "sun every
    # afternoon" during that harvest SET XXXX-XX-XXTAF. "ten days earlier than the estate's
    # average" is the size of a shift, DURATION P10D, and "over the previous 20 years" ->
    # "the previous 20 years" P20Y. Vintage years standing for wines are DATEs ("the 2003",
    # "the 2010", "Drink the 2009", gold_blind80). "18 months" in oak P18M; "next spring"
    # 2013-SP; "at least a year" in glass P1Y; "last month" 2012-10; "the past eleven years"
    # P11Y; the cellar-door hours "from 10am to 4pm every Saturday" are recurring hours
    # XXXX-XX-XXThh:mm with their SET XXXX-WXX-6 (gold_blind76, gold_blind102), "until
    # Christmas" 2012-12-25 and "reopens on 2 January" 2013-01-02 (the next one ahead); "from
    # 2015 and over the following decade" -> "2015" and "the following decade" DURATION P10Y
    # (like "over the next five years"); "until at least 2025" -> "at least 2025"; "the end of
    # the month" 2012-11; "this weekend" in a Saturday paper the current one, 2012-W46-WE;
    # the trailer "Next week:" 2012-W47. Not annotated: "Bin 2009" (a cellar number),
    # "Cuvée 12" (a blend name), "castellmorrow.co.uk/reserve2009" and "01632 960 209"
    # (a URL and a phone number), "14.5%", "£34", "a third", "47" (an age), "200 cases", "cold
    # nights" (a plural description, no particular nights), "a year like that" (indefinite),
    # "once or twice in a career", "ever since" (anaphoric), "the festive season" (no dates,
    # gold_blind102), "vintages you drink young".
    "castell-morrow-2009-reserve-column": (
        "2012-11-17",
        [
            ("2009", "DATE", "2009"),
            ("Three years", "DURATION", "P3Y"),
            ("a decade", "DURATION", "P10Y"),
            ("Saturday 17 November 2012", "DATE", "2012-11-17"),
            ("2009", "DATE", "2009"),
            ("Wednesday", "DATE", "2012-11-14"),
            ("8 September", "DATE", "2009-09-08"),
            ("ten days", "DURATION", "P10D"),
            ("the previous 20 years", "DURATION", "P20Y"),
            ("August", "DATE", "2009-08"),
            ("almost five weeks", "DURATION", "P5W"),
            ("12 October", "DATE", "2009-10-12"),
            ("every afternoon", "SET", "XXXX-XX-XXTAF"),
            ("18 months", "DURATION", "P18M"),
            ("next spring", "DATE", "2013-SP"),
            ("at least a year", "DURATION", "P1Y"),
            ("March 2011", "DATE", "2011-03"),
            ("2003", "DATE", "2003"),
            ("2010", "DATE", "2010"),
            ("last month", "DATE", "2012-10"),
            ("1978", "DATE", "1978"),
            ("the past eleven years", "DURATION", "P11Y"),
            ("recent years", "DATE", "PAST_REF"),
            ("now", "DATE", "PRESENT_REF"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("Christmas", "DATE", "2012-12-25"),
            ("2 January", "DATE", "2013-01-02"),
            ("2009", "DATE", "2009"),
            ("2015", "DATE", "2015"),
            ("the following decade", "DURATION", "P10Y"),
            ("at least 2025", "DATE", "2025"),
            ("the end of the month", "DATE", "2012-11"),
            ("this weekend", "DATE", "2012-W46-WE"),
            ("Next week", "DATE", "2012-W47"),
        ],
    ),
    # Wednesday 2013-04-24 (ISO week 17), US weekly farm paper, headline, deck, byline, date
    # line "Wednesday, April 24, 2013", "BRANDT HOLLOW, Vt. —" dateline. Past weekdays: the
    # evaporator went cold "on Saturday" 2013-04-20, Pell "said Monday" 2013-04-22. "Six
    # Weeks" (headline) and "six weeks" DURATION P6W; "this year" 2013; "Last year" 2012 and
    # "19 days" P19D. "Tapping began in late February" 2013-02; "about a week later than in
    # 2012" the size of a shift, P1W, plus "2012"; "a March heat wave" in that 2012 -> "March"
    # 2012-03 (the clause is framed by 2012). "This spring" 2013-SP; "from March 4 through
    # April 19" two DATEs; "late March" 2013-03, with "each night" and "each afternoon" SETs
    # (XXXX-XX-XXTNI, XXXX-XX-XXTAF) of that spell. "every day the sap ran" SET P1D; "a year
    # earlier" after this year's 2,150 gallons 2012; "a 10-year average" -> "10-year" DURATION
    # P10Y (adjectival, like "the five-year average" in gold_blind80); "before the fall"
    # 2013-FA. The stand's hours "daily from 9 a.m. to 5 p.m." SET P1D and two recurring
    # TIMEs, "through Columbus Day" the second Monday of October 2013, 2013-10-14. "recent
    # years" PAST_REF. "When I started in 1974, you tapped in mid-March" -> "mid-March"
    # 1974-03, framed by the year of its clause (gold_blind102's "When I started here in 1996,
    # we picked shiraz in April"); "This year ... in January" 2013-01. "every spring" SET
    # XXXX-SP ("since" after it an adverb, not annotated). "this weekend" 2013-W17-WE; "annual
    # meeting" -> "annual" SET P1Y (gold_blind102); "at 7 p.m. Thursday, May 16" a TIME and a
    # DATE. Not annotated: "the season" (the sugaring season, a farm season, gold_blind80),
    # "the 80s" and "the 20s" (temperatures, not decades), "40 degrees", "80%", "61" and "83"
    # (ages), "6,400 taps", "2,150 gallons", "1,180 gallons", "0.31 gallon", "0.19 gallon",
    # "0.27", "$2.85", "$8", "Grade A", "900 buckets", "Route 100", "a Hollister No. 1938" (an
    # evaporator's model number), "802-555-0194", "hollowmaple.org/2013meeting" (numbers in a
    # URL), "cold nights" (deck, a plural description), "start to finish", "for the last time".
    "brandt-hollow-maple-season-ends": (
        "2013-04-24",
        [
            ("Six Weeks", "DURATION", "P6W"),
            ("2012", "DATE", "2012"),
            ("Wednesday, April 24, 2013", "DATE", "2013-04-24"),
            ("Saturday", "DATE", "2013-04-20"),
            ("this year", "DATE", "2013"),
            ("six weeks", "DURATION", "P6W"),
            ("Monday", "DATE", "2013-04-22"),
            ("Last year", "DATE", "2012"),
            ("19 days", "DURATION", "P19D"),
            ("late February", "DATE", "2013-02"),
            ("about a week", "DURATION", "P1W"),
            ("2012", "DATE", "2012"),
            ("March", "DATE", "2012-03"),
            ("This spring", "DATE", "2013-SP"),
            ("March 4", "DATE", "2013-03-04"),
            ("April 19", "DATE", "2013-04-19"),
            ("late March", "DATE", "2013-03"),
            ("each night", "SET", "XXXX-XX-XXTNI"),
            ("each afternoon", "SET", "XXXX-XX-XXTAF"),
            ("every day", "SET", "P1D"),
            ("a year earlier", "DATE", "2012"),
            ("last year", "DATE", "2012"),
            ("10-year", "DURATION", "P10Y"),
            ("the fall", "DATE", "2013-FA"),
            ("daily", "SET", "P1D"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("Columbus Day", "DATE", "2013-10-14"),
            ("recent years", "DATE", "PAST_REF"),
            ("1974", "DATE", "1974"),
            ("mid-March", "DATE", "1974-03"),
            ("This year", "DATE", "2013"),
            ("January", "DATE", "2013-01"),
            ("1931", "DATE", "1931"),
            ("every spring", "SET", "XXXX-SP"),
            ("this weekend", "DATE", "2013-W17-WE"),
            ("annual", "SET", "P1Y"),
            ("7 p.m.", "TIME", "2013-05-16T19:00"),
            ("Thursday, May 16", "DATE", "2013-05-16"),
        ],
    ),
    # Tuesday 2014-04-15 (ISO week 16), British national daily, headline, standfirst, byline,
    # date line "Tuesday 15 April 2014"; "yesterday" Monday 2014-04-14. Past weekdays: picking
    # began "on Thursday" 2014-04-10, the first punnets left "on Sunday night" 2014-04-13TNI,
    # 20C "on Saturday" 2014-04-12. "a fortnight early" (headline) and "about two weeks
    # earlier than usual" are sizes of a shift, P2W. The winter just past is that of 2013-14,
    # 2014-WI, taking the year of its January (gold_blind10, gold_blind103): the headline's
    # "mild winter" and "a mild winter" -> "winter" (head noun only), "the winter of 2013-14"
    # one span; its "between December and February" 2013-12 and 2014-02. "Sunny March" and "the
    # sunniest March" -> "March" 2014-03, "for more than a decade" the period of a superlative,
    # P10Y. "The first British strawberries of the year" -> "the year" 2014 (gold_blind102).
    # "Last year ... on 2 May, after a cold spring" 2013-05-02 and 2013-SP (framed by last
    # year); "never ... in 30 years" P30Y (period of a "first in"); "28 April 1990" as written.
    # "last week" 2014-W15. "until at least October" -> "at least October" 2014-10; "from about
    # six weeks in the 1990s to nearly seven months now" two DURATIONs, the decade 199 and
    # PRESENT_REF. "by May" 2014-05 (ahead); "from mid-April" 2014-04 (the current month);
    # "last summer" 2013-SU; "the next few weeks" PXW; "at 4am every morning" a recurring
    # TIME XXXX-XX-XXT04:00 and SET XXXX-XX-XXTMO. Easter 2014 fell on Sunday 20 April:
    # "Easter" (standfirst and body) and "Sunday" 2014-04-20, two DATEs like "Monday is Family
    # Day" (gold_blind103); "the bank holiday weekend" is the Easter weekend, the ISO weekend
    # of its Saturday and Sunday, 2014-W16-WE (gold_blind80, gold_blind102); "Saturday 3 May"
    # one span. Not annotated: "British Summer Fruits" (a name), "the home-grown season" and
    # "the home season" (a crop season, gold_blind80), "on record", "cooler nights" (plural
    # description), "until he retired", "until the fruit has set" (event-named), "20C",
    # "£2.50", "400g", "£2", "£263m", "4,000 punnets", "180 seasonal pickers",
    # "thorleyfruit.co.uk", "01632 960 1952" (a phone number ending in a year-like 1952, beside
    # "since 1952").
    "thorley-farm-early-strawberries": (
        "2014-04-15",
        [
            ("a fortnight", "DURATION", "P2W"),
            ("winter", "DATE", "2014-WI"),
            ("March", "DATE", "2014-03"),
            ("Easter", "DATE", "2014-04-20"),
            ("Tuesday 15 April 2014", "DATE", "2014-04-15"),
            ("the year", "DATE", "2014"),
            ("yesterday", "DATE", "2014-04-14"),
            ("about two weeks", "DURATION", "P2W"),
            ("winter", "DATE", "2014-WI"),
            ("March", "DATE", "2014-03"),
            ("more than a decade", "DURATION", "P10Y"),
            ("Thursday", "DATE", "2014-04-10"),
            ("Sunday night", "TIME", "2014-04-13TNI"),
            ("Last year", "DATE", "2013"),
            ("2 May", "DATE", "2013-05-02"),
            ("spring", "DATE", "2013-SP"),
            ("30 years", "DURATION", "P30Y"),
            ("1952", "DATE", "1952"),
            ("28 April 1990", "DATE", "1990-04-28"),
            ("last week", "DATE", "2014-W15"),
            ("the winter of 2013-14", "DATE", "2014-WI"),
            ("December", "DATE", "2013-12"),
            ("February", "DATE", "2014-02"),
            ("Saturday", "DATE", "2014-04-12"),
            ("at least October", "DATE", "2014-10"),
            ("2013", "DATE", "2013"),
            ("about six weeks", "DURATION", "P6W"),
            ("the 1990s", "DATE", "199"),
            ("nearly seven months", "DURATION", "P7M"),
            ("now", "DATE", "PRESENT_REF"),
            ("May", "DATE", "2014-05"),
            ("mid-April", "DATE", "2014-04"),
            ("last summer", "DATE", "2013-SU"),
            ("the next few weeks", "DURATION", "PXW"),
            ("4am", "TIME", "XXXX-XX-XXT04:00"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("Easter", "DATE", "2014-04-20"),
            ("Sunday", "DATE", "2014-04-20"),
            ("the bank holiday weekend", "DATE", "2014-W16-WE"),
            ("Saturday 3 May", "DATE", "2014-05-03"),
        ],
    ),
    # Friday 2014-12-05 (ISO week 49), Canadian paper's website food feature, headline, byline,
    # stamp "Published on: December 5, 2014 | Last Updated: December 5, 2014 6:00 AM EST" (two
    # DATEs and a TIME, the zone in the span, gold_blind103), "LINDEN CREEK, Ont. —" dateline.
    # "on Tuesday morning" 2014-12-02TMO (past); the sale "on Saturday" 2014-12-06 (ahead).
    # "Two years" (headline), "24 months", "23 months" and "about two years" are lengths of
    # maturing, DURATIONs (the quoted "Not 23 months" too: it names a length); "every seven
    # days" SET P7D; "six months" P6M; "that summer" after "in 2006" 2006-SU (a narrative
    # anchor, gold_blind10); "Now" PRESENT_REF; "The 2012 make" -> "2012", an adjectival
    # year. "twice a day" SET P1D; "about seven hours" PT7H and "16 hours" PT16H (process
    # times, gold_blind102); "the past three years" P3Y. The farm's fiscal year ends Aug. 31:
    # "the fiscal year that ended Aug. 31" -> "the fiscal year" FY2014 (September 2013-August
    # 2014, named by the year it ends) and "Aug. 31" 2014-08-31 (gold_blind28, gold_blind63),
    # "a year earlier" after it FY2013 (the granularity of what it is compared with). "next
    # spring" 2015-SP; "by 2017"; "The ice storm of December 2013" -> "December 2013"; "three
    # days" P3D; "For about 72 hours" PT72H; "last month" 2014-11. Shop hours "Wednesdays to
    # Sundays, 10 a.m. to 5 p.m." two SETs (the ends of a range of weekdays, gold_blind76,
    # gold_blind102) and two recurring TIMEs; "on Christmas Eve until 3 p.m." 2014-12-24 and
    # 2014-12-24T15:00; "from Dec. 25 to Jan. 5" 2014-12-25 and 2015-01-05. Not annotated:
    # "the Saturday market" (a kind of market, gold_blind102), "the Royal Agricultural Winter
    # Fair" (a name), "class 2014-C7" (a show class code), "519-555-2012" (a phone number),
    # "lindencreekcheese.ca", "44" (an age), "60 Holsteins", "340 wheels", "11 kilograms",
    # "$38", "$1.2 million", "18 per cent", "$400,000", "1,500 wheels", "90 wheels", "since"
    # (adverb), "ice storm".
    "linden-creek-clothbound-cheddar": (
        "2014-12-05",
        [
            ("Two years", "DURATION", "P2Y"),
            ("December 5, 2014", "DATE", "2014-12-05"),
            ("December 5, 2014", "DATE", "2014-12-05"),
            ("6:00 AM EST", "TIME", "2014-12-05T06:00"),
            ("Tuesday morning", "TIME", "2014-12-02TMO"),
            ("November 2012", "DATE", "2012-11"),
            ("every seven days", "SET", "P7D"),
            ("24 months", "DURATION", "P24M"),
            ("23 months", "DURATION", "P23M"),
            ("about two years", "DURATION", "P2Y"),
            ("2006", "DATE", "2006"),
            ("six months", "DURATION", "P6M"),
            ("that summer", "DATE", "2006-SU"),
            ("Now", "DATE", "PRESENT_REF"),
            ("2012", "DATE", "2012"),
            ("Saturday", "DATE", "2014-12-06"),
            ("twice a day", "SET", "P1D"),
            ("about seven hours", "DURATION", "PT7H"),
            ("16 hours", "DURATION", "PT16H"),
            ("the past three years", "DURATION", "P3Y"),
            ("the fiscal year", "DATE", "FY2014"),
            ("Aug. 31", "DATE", "2014-08-31"),
            ("a year earlier", "DATE", "FY2013"),
            ("next spring", "DATE", "2015-SP"),
            ("2017", "DATE", "2017"),
            ("December 2013", "DATE", "2013-12"),
            ("three days", "DURATION", "P3D"),
            ("about 72 hours", "DURATION", "PT72H"),
            ("last month", "DATE", "2014-11"),
            ("Wednesdays", "SET", "XXXX-WXX-3"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("Christmas Eve", "DATE", "2014-12-24"),
            ("3 p.m.", "TIME", "2014-12-24T15:00"),
            ("Dec. 25", "DATE", "2014-12-25"),
            ("Jan. 5", "DATE", "2015-01-05"),
        ],
    ),
    # Thursday 2015-04-09 (ISO week 15), Australian regional paper's website, headline, stamp
    # "9 Apr, 2015 11:30 AM" (DATE and TIME, gold_blind103), byline, no dateline. The last
    # shiraz came in "on Tuesday" 2015-04-07 (past); the bureau publishes "next Thursday", in
    # a Thursday paper the Thursday of next week, 2015-04-16 (gold_blind83, gold_blind102).
    # "finished a fortnight early" and "16 days earlier than in 2014" are sizes of a shift,
    # P2W and P16D; "for a fortnight" of crushing P2W. "the 2015 vintage", the headline's "a hot
    # 2015 vintage" and "the 2015 Riesling" -> "2015" (vintage years, gold_blind80,
    # gold_blind102). "the hottest February on record" -> "February" 2015-02; "from 2
    # February to 24 March" and "on 20 March" 2015; "just over seven weeks" P7W, "about nine
    # weeks in a normal year" P9W (a generic length), "three heatwaves in six weeks" -> "six
    # weeks" P6W (the period of a count, gold_blind103). The picking hours "from 4am to 11am
    # each day" two recurring TIMEs and SET P1D. Southern seasons, valued in the year they
    # fall in (gold_blind102, gold_blind103): "a dry spring" before the vintage 2014-SP (Sep-Nov
    # 2014), "a hot, windy summer" 2015-SU (taking the year of its January), "released in
    # spring" ahead 2015-SP, "the winter" ahead 2015-WI. "last year" 2014; "Saturday 2 May"
    # one span and "2pm" that day; "for about two decades" P20Y; "the 1990s" 199; "a month of
    # picking left" P1M; "Now" PRESENT_REF; "up to 20 months" P20M; "bottled in July" 2015-07;
    # "from 1 July" 2015-07-01. Not annotated: "on record", "a normal year" (generic), "around
    # the clock", "at this point" (anaphoric), "since the vineyard was planted" (only "1981"),
    # "the Harvest Festival" (a name), "vintage tours", "15 per cent", "38 per cent", "30 per
    # cent", "18,400 tonnes", "21,700 tonnes", "$1,450", "coolabahwine.com.au/2015" (a year in a
    # URL), "1800 555 150".
    "coolabah-valley-2015-vintage-early": (
        "2015-04-09",
        [
            ("2015", "DATE", "2015"),
            ("9 Apr, 2015", "DATE", "2015-04-09"),
            ("11:30 AM", "TIME", "2015-04-09T11:30"),
            ("a fortnight", "DURATION", "P2W"),
            ("this year", "DATE", "2015"),
            ("Tuesday", "DATE", "2015-04-07"),
            ("February", "DATE", "2015-02"),
            ("2015", "DATE", "2015"),
            ("just over seven weeks", "DURATION", "P7W"),
            ("2 February", "DATE", "2015-02-02"),
            ("24 March", "DATE", "2015-03-24"),
            ("about nine weeks", "DURATION", "P9W"),
            ("six weeks", "DURATION", "P6W"),
            ("a fortnight", "DURATION", "P2W"),
            ("4am", "TIME", "XXXX-XX-XXT04:00"),
            ("11am", "TIME", "XXXX-XX-XXT11:00"),
            ("each day", "SET", "P1D"),
            ("20 March", "DATE", "2015-03-20"),
            ("16 days", "DURATION", "P16D"),
            ("2014", "DATE", "2014"),
            ("1981", "DATE", "1981"),
            ("last year", "DATE", "2014"),
            ("spring", "DATE", "2014-SP"),
            ("summer", "DATE", "2015-SU"),
            ("2014", "DATE", "2014"),
            ("Saturday 2 May", "DATE", "2015-05-02"),
            ("2pm", "TIME", "2015-05-02T14:00"),
            ("about two decades", "DURATION", "P20Y"),
            ("the 1990s", "DATE", "199"),
            ("a month", "DURATION", "P1M"),
            ("Now", "DATE", "PRESENT_REF"),
            ("up to 20 months", "DURATION", "P20M"),
            ("2015", "DATE", "2015"),
            ("July", "DATE", "2015-07"),
            ("spring", "DATE", "2015-SP"),
            ("1 July", "DATE", "2015-07-01"),
            ("the winter", "DATE", "2015-WI"),
            ("next Thursday", "DATE", "2015-04-16"),
        ],
    ),
    # Monday 2015-11-16 (ISO week 47), Irish national daily, headline, standfirst, byline,
    # date line "Monday 16 November 2015"; "yesterday" Sunday 2015-11-15. The spirit ran off
    # the stills on Wednesday 2012-11-14 and became whiskey at 00:01 on Sunday 2015-11-15:
    # "one minute past midnight yesterday" -> TIME 2015-11-15T00:01 and DATE "yesterday", and
    # "at 12.01am" the same minute. "three years and a day" (headline and lead) is one
    # DURATION; the shapes admit no mixed P3Y1D, so, as fractions were written in a whole
    # smaller unit (gold_blind17, gold_blind86), it is the length in days between the dates the
    # text gives, 2012-11-14 to 2015-11-15, P1096D, which is also the distiller's "1,096 days"
    # (see README). The crowd gathered "on Saturday night" 2015-11-14TNI. "at least three
    # years in wood" P3Y; "another five years" P5Y; "Until now" -> "now" PRESENT_REF; the tours
    # "every day from 10am, the last at 4pm" SET P1D and two recurring TIMEs; the sale "at 9am
    # on Thursday" 2015-11-19T09:00 and 2015-11-19 (ahead); "Saturday 5 December" one span;
    # "before 2022". Ballyfinn's financial year ends 30 September: "the financial year that
    # ended on 30 September" -> "the financial year" FY2015 and "30 September" 2015-09-30;
    # "the 2014 financial year" one span FY2014 (gold_blind100's "the 2013 financial year");
    # "a three-year expansion" -> "three-year" P3Y. "from four in 2010 to 16 this year";
    # "the next few years" PXY; "last year" 2014; "for eight years" P8Y; "once a month" SET P1M;
    # "the autumn of 2016" one span; "this evening" 2015-11-16TEV, "Tonight" 2015-11-16TNI;
    # "Three years ago" 2012 (the unit's granularity, gold_blind28). Not annotated: "A
    # ten-year-old" (a whiskey named by its age, like the ages "60-year-old vines" in
    # gold_blind80), "cask No. 0001", "€9.5m", "22 people", "1,200 bottles", "€85", "€1.1m",
    # "400,000 litres", "10 per cent", "63.5 per cent", "a dozen", "four", "16", "150 people",
    # "halfway through" (no period of its own), "the ceremony", "the occasion".
    "ballyfinn-distillery-first-whiskey": (
        "2015-11-16",
        [
            ("three years and a day", "DURATION", "P1096D"),
            ("2012", "DATE", "2012"),
            ("yesterday", "DATE", "2015-11-15"),
            ("Christmas", "DATE", "2015-12-25"),
            ("Monday 16 November 2015", "DATE", "2015-11-16"),
            ("one minute past midnight", "TIME", "2015-11-15T00:01"),
            ("yesterday", "DATE", "2015-11-15"),
            ("three years and a day", "DURATION", "P1096D"),
            ("14 November 2012", "DATE", "2012-11-14"),
            ("Saturday night", "TIME", "2015-11-14TNI"),
            ("12.01am", "TIME", "2015-11-15T00:01"),
            ("at least three years", "DURATION", "P3Y"),
            ("1,096 days", "DURATION", "P1096D"),
            ("another five years", "DURATION", "P5Y"),
            ("2011", "DATE", "2011"),
            ("1987", "DATE", "1987"),
            ("now", "DATE", "PRESENT_REF"),
            ("every day", "SET", "P1D"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("9am", "TIME", "2015-11-19T09:00"),
            ("Thursday", "DATE", "2015-11-19"),
            ("Saturday 5 December", "DATE", "2015-12-05"),
            ("2022", "DATE", "2022"),
            ("the financial year", "DATE", "FY2015"),
            ("30 September", "DATE", "2015-09-30"),
            ("three-year", "DURATION", "P3Y"),
            ("the 2014 financial year", "DATE", "FY2014"),
            ("2010", "DATE", "2010"),
            ("this year", "DATE", "2015"),
            ("the next few years", "DURATION", "PXY"),
            ("last year", "DATE", "2014"),
            ("eight years", "DURATION", "P8Y"),
            ("once a month", "SET", "P1M"),
            ("the autumn of 2016", "DATE", "2016-FA"),
            ("this evening", "TIME", "2015-11-16TEV"),
            ("Three years ago", "DATE", "2012"),
            ("Tonight", "TIME", "2015-11-16TNI"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
