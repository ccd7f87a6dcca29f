"""Annotations of the hundred-and-sixth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind106/annotate.py [--show]

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
    # Saturday 2013-11-16 (ISO week 46), Reuters-style wire from a climate summit, "UPDATE 2-"
    # headline, stamp "Sat Nov 16, 2013 2:47pm GMT" (date and clock time two TIMEX3, the zone
    # in the span and not in the value) and "MARIVELLE, Nov 16 (Reuters) -" dateline (the
    # publication day, gold_blind73, gold_blind86). The talks ran past "their Friday deadline"
    # (an adjectival weekday, DATE 2013-11-15) into Saturday, the publication day; negotiators
    # "worked through the night" -> "the night", Friday's night 2013-11-15TNI ("through" a
    # signal, gold_blind103), and "The draft circulated overnight" is the same night
    # (gold_blind21, gold_blind59). Marivelle is on UTC+1: "6 p.m. (1700 GMT) on Friday" is
    # two TIMEX3 of 2013-11-15, each valued as written (gold_blind31); "about 4 a.m." and "11
    # a.m." are Saturday's, the morning after that night (gold_blind54), as is "1:30 p.m.".
    # "since Tuesday" 2013-11-12 (past); "Sunday morning" 2013-11-17TMO and "tomorrow"
    # 2013-11-17 ahead; "late this evening" 2013-11-16TEV with the modifier kept. Targets:
    # "1990 levels" -> "1990", an adjectival year (like "2005 levels" in gold_blind31); "by
    # 2020", "by 2030", "until 2050", "by 2050"; the headline's "2020 aid" an adjectival year;
    # "the end of next year" 2014; "the end of the century" the current century, 20
    # (gold_blind6, gold_blind37). "the 2010 talks" -> "2010". "The two-week meeting" DURATION
    # on the adjective; "for two weeks" P2W; "the next decade" P10Y; "Last year's meeting" ->
    # "Last year" 2012; "almost 30 hours" PT30H (how long it overran, the size of a delay,
    # gold_blind35); "every five years" SET P5Y; "now" PRESENT_REF; "June" ahead, across the
    # year boundary, 2014-06. Not annotated: "pre-industrial levels" (a period named by an era,
    # with no calendar bounds; see README), "UPDATE 2", "140 nations", "$100 billion", "40
    # percent", "20 percent", "28-nation", "48-member", "4 degrees Celsius", "the 2-degree
    # ceiling", "May" in "May I remind" (the verb) and "may" in "We may still be here".
    "marivelle-climate-talks-overrun": (
        "2013-11-16",
        [
            ("Saturday", "DATE", "2013-11-16"),
            ("2020", "DATE", "2020"),
            ("Sat Nov 16, 2013", "DATE", "2013-11-16"),
            ("2:47pm GMT", "TIME", "2013-11-16T14:47"),
            ("Nov 16", "DATE", "2013-11-16"),
            ("Friday", "DATE", "2013-11-15"),
            ("Saturday", "DATE", "2013-11-16"),
            ("the night", "TIME", "2013-11-15TNI"),
            ("2020", "DATE", "2020"),
            ("two-week", "DURATION", "P2W"),
            ("6 p.m.", "TIME", "2013-11-15T18:00"),
            ("1700 GMT", "TIME", "2013-11-15T17:00"),
            ("Friday", "DATE", "2013-11-15"),
            ("about 4 a.m.", "TIME", "2013-11-16T04:00"),
            ("11 a.m.", "TIME", "2013-11-16T11:00"),
            ("today", "DATE", "2013-11-16"),
            ("1990", "DATE", "1990"),
            ("2020", "DATE", "2020"),
            ("the end of next year", "DATE", "2014"),
            ("2020", "DATE", "2020"),
            ("2030", "DATE", "2030"),
            ("the end of the century", "DATE", "20"),
            ("2010", "DATE", "2010"),
            ("two weeks", "DURATION", "P2W"),
            ("Tuesday", "DATE", "2013-11-12"),
            ("now", "DATE", "PRESENT_REF"),
            ("2050", "DATE", "2050"),
            ("overnight", "TIME", "2013-11-15TNI"),
            ("the next decade", "DURATION", "P10Y"),
            ("1990", "DATE", "1990"),
            ("2050", "DATE", "2050"),
            ("every five years", "SET", "P5Y"),
            ("late this evening", "TIME", "2013-11-16TEV"),
            ("Sunday morning", "TIME", "2013-11-17TMO"),
            ("Last year", "DATE", "2012"),
            ("almost 30 hours", "DURATION", "PT30H"),
            ("2015", "DATE", "2015"),
            ("2020", "DATE", "2020"),
            ("June", "DATE", "2014-06"),
            ("1:30 p.m.", "TIME", "2013-11-16T13:30"),
            ("tomorrow", "DATE", "2013-11-17"),
        ],
    ),
    # Thursday 2014-03-27 (ISO week 13), British broadsheet website's story on provisional
    # emissions figures, headline, standfirst, byline, date line "Thursday 27 March 2014 12.03
    # GMT" (one DATE span for weekday and date, the clock time a TIME, gold_blind103). The
    # figures are for 2013: the headline's "last year" and "Coal use ... fell last year" are
    # 2013; "the steepest year-on-year drop" -> "year-on-year" DATE 2012, the year compared
    # with (gold_blind18, gold_blind22); "the steepest fall in four years" (standfirst) is the
    # period of a superlative, DURATION P4Y (gold_blind103); "this year" 2014. "published on
    # Thursday" is the publication day. "a wet, windy autumn", "the windy autumn" -> "autumn"
    # 2013-FA and "the mild December" -> "December" 2013-12: the head nouns, the evaluative
    # adjective left out like "a wetter than average autumn" (gold_blind103; see README).
    # "March 2013 was the coldest since 1962"; "the first quarter" of 2013 (the sentence
    # continues the 2013 account) 2013-Q1 and "a year earlier" 2012-Q1 (gold_blind35);
    # "closed in the spring and summer" after "last year" -> "the spring" 2013-SP and "summer"
    # 2013-SU. "1990 levels" -> "1990"; "by 2020", "by 2050". "January and February" are this
    # year's (the figures so far), 2014-01 and 2014-02, as is the minister's "cold snap in
    # January" told "on Tuesday" 2014-03-25; "a two-year high" DURATION on the adjective, like
    # "10-month high" (gold_blind22). "annually" SET P1Y; "the final inventory for 2013" ->
    # "2013"; "February 2015"; "last month" 2014-02; "its annual progress report" SET P1Y (a
    # report issued every year; see README); "in June" 2014-06 ahead; "the end of June 2016"
    # one span 2016-06; "next Wednesday" in a Thursday paper is the coming one, 2014-04-02
    # (gold_blind37); "Its next quarterly update" SET P3M (gold_blind35); "26 June" 2014-06-26.
    # Not annotated: "since records began" is annotated only at "1970" (gold_blind36),
    # "cso.gov.uk/data/2014/ghg-provisional" (a URL), "the baseline", "556m tonnes", "4%",
    # "11%", "9%", "29%", "34%", "80%", "3.5%", "1%", "the next carbon budget", "a record".
    "uk-emissions-fall-provisional-figures": (
        "2014-03-27",
        [
            ("last year", "DATE", "2013"),
            ("four years", "DURATION", "P4Y"),
            ("this year", "DATE", "2014"),
            ("Thursday 27 March 2014", "DATE", "2014-03-27"),
            ("12.03 GMT", "TIME", "2014-03-27T12:03"),
            ("2013", "DATE", "2013"),
            ("year-on-year", "DATE", "2012"),
            ("2009", "DATE", "2009"),
            ("Thursday", "DATE", "2014-03-27"),
            ("2012", "DATE", "2012"),
            ("autumn", "DATE", "2013-FA"),
            ("March 2013", "DATE", "2013-03"),
            ("1962", "DATE", "1962"),
            ("the first quarter", "DATE", "2013-Q1"),
            ("a year earlier", "DATE", "2012-Q1"),
            ("1990", "DATE", "1990"),
            ("2020", "DATE", "2020"),
            ("2050", "DATE", "2050"),
            ("last year", "DATE", "2013"),
            ("1970", "DATE", "1970"),
            ("the spring", "DATE", "2013-SP"),
            ("summer", "DATE", "2013-SU"),
            ("recent years", "DATE", "PAST_REF"),
            ("January", "DATE", "2014-01"),
            ("February", "DATE", "2014-02"),
            ("Tuesday", "DATE", "2014-03-25"),
            ("January", "DATE", "2014-01"),
            ("two-year", "DURATION", "P2Y"),
            ("annually", "SET", "P1Y"),
            ("2013", "DATE", "2013"),
            ("February 2015", "DATE", "2015-02"),
            ("2012", "DATE", "2012"),
            ("last month", "DATE", "2014-02"),
            ("December", "DATE", "2013-12"),
            ("autumn", "DATE", "2013-FA"),
            ("annual", "SET", "P1Y"),
            ("June", "DATE", "2014-06"),
            ("the end of June 2016", "DATE", "2016-06"),
            ("next Wednesday", "DATE", "2014-04-02"),
            ("quarterly", "SET", "P3M"),
            ("26 June", "DATE", "2014-06-26"),
        ],
    ),
    # Wednesday 2012-08-15 (ISO week 33), AP court story on a newspaper website, headline,
    # byline, stamp "Published 4:12 pm, Wednesday, August 15, 2012" (the clock time a TIME, the
    # weekday and date one DATE span) and "RIMROCK, Mont. (AP) —" dateline. AP style since
    # the 2000s names the publication day by its weekday ("on Wednesday threw out", "said
    # Wednesday evening", "late Wednesday afternoon", all 2012-08-15). "shortly after 2 p.m."
    # -> "2 p.m." 2012-08-15T14:00 ("shortly after" a signal, gold_blind37). "this fall"
    # 2012-FA; "tonight" 2012-08-15TNI; "On Monday" 2012-08-13 (past); the Land Council's
    # members "meet Friday" 2012-08-17 (future). "The case was argued on May 22; Vasquez toured
    # the site the following week" -> "the following week" 2012-W22, the week after the
    # Tuesday of ISO week 21 (gold_blind29). "the state's own soot rule, adopted in 2011, which
    # took effect on Jan. 1" -> "Jan. 1" 2012-01-01, the latest one in the past. "2007 wind
    # data" an adjectival year. "90 days", "within 30 days" -> "30 days", "four years", "For
    # two years", "three years of construction" DURATIONs; "a 20-year supply contract" and "a
    # 45-day public comment period" DURATION on the adjective (gold_blind35). "last year" 2011;
    # "recently" PAST_REF; "Aug. 29" 2012-08-29; "November" and "December" ahead in 2012.
    # "late Wednesday afternoon" one TIME span with the modifier (like "late yesterday",
    # gold_blind35). Not annotated: "No. DV-2010-0481" (a docket number holding a year, in a
    # story with "March 2010" and "2010" annotated), "Interstate 94", "250-megawatt",
    # "38-page", "11 rural electric utilities", "$42 million", "400 workers", "65", the age
    # "67", "in the meantime" (anaphoric), "online", "during an appeal" (event-named).
    "redstone-coal-plant-permit-voided": (
        "2012-08-15",
        [
            ("4:12 pm", "TIME", "2012-08-15T16:12"),
            ("Wednesday, August 15, 2012", "DATE", "2012-08-15"),
            ("Wednesday", "DATE", "2012-08-15"),
            ("2009", "DATE", "2009"),
            ("90 days", "DURATION", "P90D"),
            ("2 p.m.", "TIME", "2012-08-15T14:00"),
            ("this fall", "DATE", "2012-FA"),
            ("2016", "DATE", "2016"),
            ("Wednesday evening", "TIME", "2012-08-15TEV"),
            ("30 days", "DURATION", "P30D"),
            ("tonight", "TIME", "2012-08-15TNI"),
            ("four years", "DURATION", "P4Y"),
            ("Monday", "DATE", "2012-08-13"),
            ("20-year", "DURATION", "P20Y"),
            ("1978", "DATE", "1978"),
            ("March 2010", "DATE", "2010-03"),
            ("2007", "DATE", "2007"),
            ("May 22", "DATE", "2012-05-22"),
            ("the following week", "DATE", "2012-W22"),
            ("2011", "DATE", "2011"),
            ("Jan. 1", "DATE", "2012-01-01"),
            ("1911", "DATE", "1911"),
            ("late Wednesday afternoon", "TIME", "2012-08-15TAF"),
            ("two years", "DURATION", "P2Y"),
            ("three years", "DURATION", "P3Y"),
            ("last year", "DATE", "2011"),
            ("2010", "DATE", "2010"),
            ("2008", "DATE", "2008"),
            ("recently", "DATE", "PAST_REF"),
            ("Aug. 29", "DATE", "2012-08-29"),
            ("Friday", "DATE", "2012-08-17"),
            ("45-day", "DURATION", "P45D"),
            ("November", "DATE", "2012-11"),
            ("December", "DATE", "2012-12"),
        ],
    ),
    # Tuesday 2015-02-03 (ISO week 6), Australian regional paper's website on water
    # restrictions in a southern summer, headline, stamp "February 3, 2015 4:15pm" (DATE and
    # TIME), byline. The restrictions start "from Monday" (headline) and "from Monday,
    # February 9" (body, weekday and date one DATE span), 2015-02-09; the board met
    # "yesterday" 2015-02-02. The watering hours "between 6am and 9am and between 6pm and 9pm"
    # recur on every permitted day: four TIMEs XXXX-XX-XXThh:mm (gold_blind28, gold_blind103);
    # the plural weekdays "Mondays, Wednesdays and Saturdays" and "Tuesdays, Thursdays and
    # Sundays" are six SETs XXXX-WXX-n (gold_blind73). "since the drought of 2006" -> "2006";
    # "the 1982 drought" -> "1982" (a drought named by its year, like "the 1947 flood",
    # gold_blind103). "since October 1" 2014-10-01; "January was the hottest on record" 2015-01,
    # "January 23" 2015-01-23; "Christmas" 2014-12-25; "over the weekend" the one just past,
    # 2015-W05-WE (31 January-1 February); "since November" 2014-11; "the next six weeks" P6W;
    # "by Easter" 2015-04-05 (Easter Sunday 2015). "issued last Thursday" 2015-01-29; "for
    # February to April" two DATEs 2015-02 and 2015-04 (like "December to February",
    # gold_blind103); "at 7pm on Thursday" 2015-02-05T19:00 and 2015-02-05 (ahead); "this week"
    # 2015-W06; "every week" SET P1W; "every morning and evening" -> "every morning" SET
    # XXXX-XX-XXTMO and "evening" SET XXXX-XX-XXTEV (like "every Monday and Tuesday",
    # gold_blind22); "from next week" 2015-W07; "since early December" 2014-12; "a wet autumn"
    # -> "autumn", the southern autumn of 2015 (March-May), 2015-FA, valued in the year it
    # falls in (gold_blind103); "the coming months" PXM; "next year" 2016; "at least three
    # months" P3M. Not annotated: "Stage 2", "Stage 3", "Stage 4", "31 per cent", "32 per
    # cent", "41mm", "44.1 degrees", "six percentage points", "35 per cent", "$220", "1300 555
    # 2015" (a phone number ending in the year), "trw.com.au/dam", "Even-numbered",
    # "odd-numbered", "may" (three times), "this season" (an irrigation season, gold_blind103),
    # "the average", "on record", "for the first time", "60 of her 240 cows".
    "tallong-stage-3-water-restrictions": (
        "2015-02-03",
        [
            ("Monday", "DATE", "2015-02-09"),
            ("February 3, 2015", "DATE", "2015-02-03"),
            ("4:15pm", "TIME", "2015-02-03T16:15"),
            ("Monday, February 9", "DATE", "2015-02-09"),
            ("2006", "DATE", "2006"),
            ("yesterday", "DATE", "2015-02-02"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("9pm", "TIME", "XXXX-XX-XXT21:00"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("Wednesdays", "SET", "XXXX-WXX-3"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("at least three months", "DURATION", "P3M"),
            ("October 1", "DATE", "2014-10-01"),
            ("January", "DATE", "2015-01"),
            ("January 23", "DATE", "2015-01-23"),
            ("Christmas", "DATE", "2014-12-25"),
            ("the weekend", "DATE", "2015-W05-WE"),
            ("November", "DATE", "2014-11"),
            ("the next six weeks", "DURATION", "P6W"),
            ("Easter", "DATE", "2015-04-05"),
            ("last Thursday", "DATE", "2015-01-29"),
            ("February", "DATE", "2015-02"),
            ("April", "DATE", "2015-04"),
            ("7pm", "TIME", "2015-02-05T19:00"),
            ("Thursday", "DATE", "2015-02-05"),
            ("this week", "DATE", "2015-W06"),
            ("every week", "SET", "P1W"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("evening", "SET", "XXXX-XX-XXTEV"),
            ("next week", "DATE", "2015-W07"),
            ("early December", "DATE", "2014-12"),
            ("1982", "DATE", "1982"),
            ("autumn", "DATE", "2015-FA"),
            ("the coming months", "DURATION", "PXM"),
            ("next year", "DATE", "2016"),
        ],
    ),
    # Monday 2013-09-30 (ISO week 40), US regional daily's story on a proposed endangered
    # listing, headline, deck ("Public has 60 days to comment; hearings set for October"),
    # byline, date line "Monday, September 30, 2013", "BRANDT FALLS —" dateline. The agency
    # "will publish Tuesday" 2013-10-01 and "said Friday" 2013-09-27; the association's
    # president spoke "Sunday" 2013-09-29; the county commission "meets Wednesday" 2013-10-02.
    # "by next fall" 2014-FA; "since the 1970s" 197; "the droughts of 2002 and 2012" two DATEs;
    # "now" PRESENT_REF. "a 60-day public comment period that ends Dec. 2" -> "60-day" DURATION
    # on the adjective and "Dec. 2" 2013-12-02 (the deadline again at the end, with "11:59
    # p.m. Eastern time" 2013-12-02T23:59, the zone in the span). The hearing "on Oct. 22 at 6
    # p.m." -> 2013-10-22 and 2013-10-22T18:00, "another in Elkhorn two days later" ->
    # "two days later" DATE 2013-10-24, anchored on the narrative's last date (gold_blind37);
    # "the Oct. 22 hearing" an adjectival date. "within 12 months of publication" -> "12
    # months" (anchored duration, gold_blind35); "another year" P1Y; "a 2010 petition" -> "2010";
    # "three years" P3Y; "Every spring" SET XXXX-SP; "this summer" in September is the summer
    # just over, 2013-SU, and "This spring" 2013-SP; "this weekend" 2013-W40-WE (5-6 October);
    # "for months" -> "months" PXM; "later this year" 2013; "extended by 30 days" P30D;
    # "since the mid-1990s" 199; "recent years" PAST_REF; "Ten years ago" 2003 (the unit's
    # granularity, gold_blind103). Not annotated: "spring-fed" (a spring of water, not the
    # season), "Forest Road 2012" (a road number, beside the annotated "2012"), the docket
    # "FWS-R1-ES-2013-0097", "regulations.gov", "60 percent", "14 creeks", "five", "11", "200",
    # "19", "dozens of species", "the first snow", "may".
    "halloway-creek-salamander-listing": (
        "2013-09-30",
        [
            ("60 days", "DURATION", "P60D"),
            ("October", "DATE", "2013-10"),
            ("Monday, September 30, 2013", "DATE", "2013-09-30"),
            ("next fall", "DATE", "2014-FA"),
            ("Tuesday", "DATE", "2013-10-01"),
            ("Friday", "DATE", "2013-09-27"),
            ("the 1970s", "DATE", "197"),
            ("2002", "DATE", "2002"),
            ("2012", "DATE", "2012"),
            ("now", "DATE", "PRESENT_REF"),
            ("60-day", "DURATION", "P60D"),
            ("Dec. 2", "DATE", "2013-12-02"),
            ("Oct. 22", "DATE", "2013-10-22"),
            ("6 p.m.", "TIME", "2013-10-22T18:00"),
            ("two days later", "DATE", "2013-10-24"),
            ("12 months", "DURATION", "P12M"),
            ("another year", "DURATION", "P1Y"),
            ("2010", "DATE", "2010"),
            ("2011", "DATE", "2011"),
            ("three years", "DURATION", "P3Y"),
            ("Every spring", "SET", "XXXX-SP"),
            ("this summer", "DATE", "2013-SU"),
            ("2008", "DATE", "2008"),
            ("this weekend", "DATE", "2013-W40-WE"),
            ("months", "DURATION", "PXM"),
            ("2009", "DATE", "2009"),
            ("Sunday", "DATE", "2013-09-29"),
            ("later this year", "DATE", "2013"),
            ("Oct. 22", "DATE", "2013-10-22"),
            ("Wednesday", "DATE", "2013-10-02"),
            ("30 days", "DURATION", "P30D"),
            ("the mid-1990s", "DATE", "199"),
            ("recent years", "DATE", "PAST_REF"),
            ("Ten years ago", "DATE", "2003"),
            ("This spring", "DATE", "2013-SP"),
            ("11:59 p.m. Eastern time", "TIME", "2013-12-02T23:59"),
            ("Dec. 2", "DATE", "2013-12-02"),
        ],
    ),
    # Friday 2015-06-26 (ISO week 26), British broadcaster's news page on a city's clean air
    # zone, headline ("from 2016"), stamp "26 June 2015 Last updated at 13:08 BST" (DATE and
    # TIME), byline. The council voted "on Thursday night" 2015-06-25TNI after "more than four
    # hours" PT4H; the freight manager "said on Friday", the publication day. Start dates: "1
    # September 2016" for buses and lorries, "1 January 2018" for taxis and vans, "March 2016"
    # for the trial ("A six-month trial" DURATION on the adjective), "next spring" 2016-SP for
    # signs, "the end of September" 2015-09 for the final plan, an exemption "until the end of
    # 2017" -> "the end of 2017" 2017, the online checker "on 1 July" 2015-07-01. "every year
    # since 2010" a SET P1Y and a DATE (gold_blind37); "last year" 2014; "apply every day" SET
    # P1D; "built before 2006" -> "2006"; "at least two years" P2Y; "die early every year" SET
    # P1Y; "since the 1990s" 199; "another decade" P10Y; "six weeks" P6W; "over Christmas" the
    # Christmas just past, 2014-12-25; "this week" 2015-W26; the drop-in session "on Tuesday
    # from 10:00 to 16:00" -> "Tuesday" 2015-06-30 (ahead) and two TIMEs of that day;
    # "since 2012"; "this evening" 2015-06-26TEV; "soon" FUTURE_REF; "by 2020"; "by the end of
    # the year" -> "the end of the year" 2015. Not annotated: "an annual average" (the period
    # of a figure, not a recurrence, like "its usual monthly total" in gold_blind103; see
    # README), "Euro 6", "41 to 17", "£100", "58 microgrammes", "40", "180 buses", "about
    # half", "Around 200 people", "15 English cities", "may", "harbridge.gov.uk/caz2016" (a
    # URL holding the year), "the inner ring road".
    "harbridge-clean-air-zone-start-dates": (
        "2015-06-26",
        [
            ("2016", "DATE", "2016"),
            ("26 June 2015", "DATE", "2015-06-26"),
            ("13:08 BST", "TIME", "2015-06-26T13:08"),
            ("1 September 2016", "DATE", "2016-09-01"),
            ("Thursday night", "TIME", "2015-06-25TNI"),
            ("more than four hours", "DURATION", "PT4H"),
            ("1 January 2018", "DATE", "2018-01-01"),
            ("every year", "SET", "P1Y"),
            ("2010", "DATE", "2010"),
            ("last year", "DATE", "2014"),
            ("the end of September", "DATE", "2015-09"),
            ("next spring", "DATE", "2016-SP"),
            ("six-month", "DURATION", "P6M"),
            ("March 2016", "DATE", "2016-03"),
            ("every day", "SET", "P1D"),
            ("the end of 2017", "DATE", "2017"),
            ("2006", "DATE", "2006"),
            ("at least two years", "DURATION", "P2Y"),
            ("every year", "SET", "P1Y"),
            ("the 1990s", "DATE", "199"),
            ("another decade", "DURATION", "P10Y"),
            ("six weeks", "DURATION", "P6W"),
            ("Christmas", "DATE", "2014-12-25"),
            ("Friday", "DATE", "2015-06-26"),
            ("this week", "DATE", "2015-W26"),
            ("Tuesday", "DATE", "2015-06-30"),
            ("10:00", "TIME", "2015-06-30T10:00"),
            ("16:00", "TIME", "2015-06-30T16:00"),
            ("1 July", "DATE", "2015-07-01"),
            ("2012", "DATE", "2012"),
            ("this evening", "TIME", "2015-06-26TEV"),
            ("soon", "DATE", "FUTURE_REF"),
            ("2020", "DATE", "2020"),
            ("the end of the year", "DATE", "2015"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
