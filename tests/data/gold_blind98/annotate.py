"""Annotations of the ninety-eighth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind98/annotate.py [--show]

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
    # Thursday 2015-01-08 (ISO week 2), British daily's online business story on a department
    # store group's Christmas trading statement, headline, standfirst, byline, date line
    # "Thursday 8 January 2015 09.41 GMT" (a DATE and a TIME, gold_blind74). The group "said on
    # Thursday", the publication day; the analysts' call "at 8.30am" and the shares "by 9am"
    # are that morning. "the 12 weeks to 3 January" (Saturday 3 January 2015, the end of a
    # retail trading week) is split at "to" into "the 12 weeks" P12W and "3 January"
    # (gold_blind23, gold_blind67, gold_blind74), twice, and "the six weeks to 3 January" P6W
    # likewise; "the Christmas period" in front of it is not annotated (a holiday period with
    # no calendar bounds, like "the festive period" in gold_blind57). "best Christmas in five
    # years" (headline) -> "Christmas" 2014-12-25 (the holiday on its date, gold_blind67) and
    # "five years" P5Y, the period of a superlative like "the past 40 years" (gold_blind35);
    # "its strongest Christmas since 2009" the same Christmas plus 2009. "Christmas 2013"
    # one DATE span 2013-12-25. "the golden quarter" is the retail trade's name for the
    # calendar quarter October-December, here in apposition "of October to December":
    # 2014-Q4 plus the months 2014-10 and 2014-12 (see README). "the middle of November"
    # 2014-11 (like "the end of the month", gold_blind35); "The weeks before Christmas" ->
    # "The weeks" PXW (gold_blind32) plus "Christmas". Black Friday 2014 is the day after
    # Thanksgiving (Thursday 27 November), 2014-11-28, "which fell on 28 November" confirming
    # it (gold_blind38); "the Boxing Day sales" -> "Boxing Day" 2014-12-26; "a week-long
    # promotion" DURATION P1W (gold_blind31); "late October" 2014-10. The group's financial
    # year ends on 31 January and is named by the year it ends: "the financial year ending 31
    # January" FY2015 plus 2015-01-31 (like "the tax year ending 5 April", gold_blind67),
    # "full-year" FY2015 (twice), "the previous financial year" FY2014. "every week" P1W,
    # "every month" P1M; "until recently" -> "recently" PAST_REF; "opened in September" 2014-09;
    # "the spring" ahead in January 2015-SP. Not annotated: "the Christmas period", "Christmas
    # jumper" (a kind of jumper, like "winter coats" in gold_blind67), "£19.99", "sizes 8 to
    # 22", "up to 50% off", "34-store", "60 basis points", "286p", "4.6%", "5.2%", "1.8%",
    # "a game of two halves" (an idiom), "Like-for-like".
    "ashdown-reeve-christmas-trading": (
        "2015-01-08",
        [
            ("Christmas", "DATE", "2014-12-25"),
            ("five years", "DURATION", "P5Y"),
            ("Black Friday", "DATE", "2014-11-28"),
            ("the 12 weeks", "DURATION", "P12W"),
            ("3 January", "DATE", "2015-01-03"),
            ("Thursday 8 January 2015", "DATE", "2015-01-08"),
            ("09.41 GMT", "TIME", "2015-01-08T09:41"),
            ("Christmas", "DATE", "2014-12-25"),
            ("2009", "DATE", "2009"),
            ("Black Friday", "DATE", "2014-11-28"),
            ("full-year", "DATE", "FY2015"),
            ("the 12 weeks", "DURATION", "P12W"),
            ("3 January", "DATE", "2015-01-03"),
            ("Thursday", "DATE", "2015-01-08"),
            ("the six weeks", "DURATION", "P6W"),
            ("3 January", "DATE", "2015-01-03"),
            ("Christmas 2013", "DATE", "2013-12-25"),
            ("8.30am", "TIME", "2015-01-08T08:30"),
            ("the golden quarter", "DATE", "2014-Q4"),
            ("October", "DATE", "2014-10"),
            ("December", "DATE", "2014-12"),
            ("the middle of November", "DATE", "2014-11"),
            ("The weeks", "DURATION", "PXW"),
            ("Christmas", "DATE", "2014-12-25"),
            ("Boxing Day", "DATE", "2014-12-26"),
            ("Black Friday", "DATE", "2014-11-28"),
            ("28 November", "DATE", "2014-11-28"),
            ("week-long", "DURATION", "P1W"),
            ("late October", "DATE", "2014-10"),
            ("the financial year", "DATE", "FY2015"),
            ("31 January", "DATE", "2015-01-31"),
            ("full-year", "DATE", "FY2015"),
            ("the previous financial year", "DATE", "FY2014"),
            ("9am", "TIME", "2015-01-08T09:00"),
            ("now", "DATE", "PRESENT_REF"),
            ("every week", "SET", "P1W"),
            ("every month", "SET", "P1M"),
            ("recently", "DATE", "PAST_REF"),
            ("September", "DATE", "2014-09"),
            ("the spring", "DATE", "2015-SP"),
        ],
    ),
    # Tuesday 2014-11-25 (ISO week 48), Irish daily's online retail story, headline, byline,
    # stamp "Tue, Nov 25, 2014, 06:00" (one DATE span with the abbreviated weekday, like the
    # date lines "Wednesday, September 20, 1989" of gold_blind35, and a TIME). Thanksgiving
    # 2014 is Thursday 27 November, so Black Friday is 2014-11-28 (headline and body) and
    # Cyber Monday 2014-12-01, "December 1st" in apposition the same day (gold_blind38). The
    # future weekdays are this week's: "Friday" 2014-11-28 (four times), "Saturday" and "this
    # Saturday" 2014-11-29, "Sunday" 2014-11-30, "Sunday night" 2014-11-30TNI; the survey was
    # "published on Monday", 2014-11-24 (past). "at 5am" (headline and body) and "at 6am on
    # Friday" are clock times of Friday; "until midnight on Friday" ends that day,
    # 2014-11-28T24:00, and "at midnight on Sunday" 2014-11-30T24:00 (gold_blind10,
    # gold_blind67); "from 8am" on Cyber Monday 2014-12-01T08:00. "three hours earlier than last
    # year" -> "three hours" PT3H, the size of a shift, and "last year" 2013 (gold_blind38's
    # "two hours earlier than last year"). "the weekend" 2014-W48-WE. "Last year footfall on
    # Black Friday" is last year's Black Friday, the day after Thanksgiving 2013 (Thursday 28
    # November), 2013-11-29; "a normal Friday" names no day and is not annotated. "the St
    # Stephen's Day sales next month" -> "St Stephen's Day" (the Irish name of 26 December)
    # 2014-12-26, like "the Boxing Day sales" (gold_blind67), and "next month" 2014-12. "out
    # of December" 2014-12; "a four-day promotion" P4D, "a 24-hour flash sale" PT24H
    # (adjectival durations). The menswear shop's "normal hours of 9.30am to 6pm" recur on no
    # particular day, XXXX-XX-XXThh:mm (gold_blind76, gold_blind90); "every Saturday" SET
    # XXXX-WXX-6; "after Christmas" 2014-12-25; "last week" 2014-W47; "since 1888";
    # "recent years" PAST_REF; "Two years ago" 2012 (the unit's granularity, gold_blind67).
    # Not annotated: "39A" (a bus route), "model TX-2015" (in a 2014 story), "55-inch",
    # "€1,199", "€699", "(01) 555 0148" (a phone number), "one in three", "40 per cent", "22
    # per cent", "120 shops", "the day" (anaphoric), "the busiest month" (a superlative month
    # of any year, gold_blind57), "like I always have".
    "fernhill-black-friday-5am-opening": (
        "2014-11-25",
        [
            ("Black Friday", "DATE", "2014-11-28"),
            ("5am", "TIME", "2014-11-28T05:00"),
            ("Tue, Nov 25, 2014", "DATE", "2014-11-25"),
            ("06:00", "TIME", "2014-11-25T06:00"),
            ("Friday", "DATE", "2014-11-28"),
            ("5am", "TIME", "2014-11-28T05:00"),
            ("three hours", "DURATION", "PT3H"),
            ("last year", "DATE", "2013"),
            ("Black Friday", "DATE", "2014-11-28"),
            ("Thanksgiving", "DATE", "2014-11-27"),
            ("midnight", "TIME", "2014-11-28T24:00"),
            ("Friday", "DATE", "2014-11-28"),
            ("the weekend", "DATE", "2014-W48-WE"),
            ("midnight", "TIME", "2014-11-30T24:00"),
            ("Sunday", "DATE", "2014-11-30"),
            ("Two years ago", "DATE", "2012"),
            ("Last year", "DATE", "2013"),
            ("Black Friday", "DATE", "2013-11-29"),
            ("Now", "DATE", "PRESENT_REF"),
            ("St Stephen's Day", "DATE", "2014-12-26"),
            ("next month", "DATE", "2014-12"),
            ("Monday", "DATE", "2014-11-24"),
            ("Friday", "DATE", "2014-11-28"),
            ("Saturday", "DATE", "2014-11-29"),
            ("December", "DATE", "2014-12"),
            ("6am", "TIME", "2014-11-28T06:00"),
            ("Friday", "DATE", "2014-11-28"),
            ("four-day", "DURATION", "P4D"),
            ("Cyber Monday", "DATE", "2014-12-01"),
            ("December 1st", "DATE", "2014-12-01"),
            ("24-hour", "DURATION", "PT24H"),
            ("8am", "TIME", "2014-12-01T08:00"),
            ("1888", "DATE", "1888"),
            ("recent years", "DATE", "PAST_REF"),
            ("Sunday night", "TIME", "2014-11-30TNI"),
            ("19 years", "DURATION", "P19Y"),
            ("9.30am", "TIME", "XXXX-XX-XXT09:30"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("this Saturday", "DATE", "2014-11-29"),
            ("Christmas", "DATE", "2014-12-25"),
            ("last week", "DATE", "2014-W47"),
        ],
    ),
    # Wednesday 2015-09-09 (ISO week 37), British paper's fashion-week preview, headline,
    # standfirst, byline, date line "Wednesday 9 September 2015". The week "opens on Friday"
    # 2015-09-11 (standfirst and body) and ends "on Tuesday" 2015-09-15, five days (Friday to
    # Tuesday); "Two days later, on Sunday" is anchored on the narrative's last date, Friday,
    # 2015-09-13 (gold_blind63), with "Sunday" a DATE of its own; "from Saturday" 2015-09-12,
    # "Tuesday night" 2015-09-15TNI, "until midnight on Thursday" 2015-09-10T24:00 (all
    # future); the organisers "said on Monday" 2015-09-07 (past). "at 7pm BST on Friday" and
    # "where it will be 2pm" in New York (EDT, five hours behind) are two TIMEX3 of that
    # Friday, each in its own local time (like "10am AWST (1pm AEDT)", gold_blind74). The
    # trade's seasons: "spring/summer 2016" (twice) is one DATE span 2016-H1 and "autumn/winter
    # 2015" 2015-H2 (see README: a two-season trade season has no season value; the trade's
    # spring/summer and autumn/winter are its two halves of the year). "February's shows" ->
    # "February" 2015-02 (possessive left out, gold_blind35) and "a year earlier" after it
    # 2014-02; "last September" 2014-09; "Ten years ago" 2005; "for a day" P1D. "the 1970s"
    # (headline and "the 1970s revival") 197, "1990s" (adjectival) 199; "the past three years"
    # P3Y; the pre-fall range "reaches shops in November" 2015-11; "until January" 2016-01;
    # "in the spring" that follows 2016-SP; "by mid-October" 2015-10; "six weeks earlier than
    # in 2014" -> "six weeks" P6W (the size of a shift) and 2014. "Doors open at 9am each day"
    # recurs over the week: TIME XXXX-XX-XXT09:00 and SET P1D; "a three-day trade fair" P3D.
    # Not annotated: "Marlcaster Fashion Week" (an event's name, "Week" in it), "the week"
    # (that event, twice), "this season's trends" (a trade season, like the sports seasons
    # left out by gold_blind12 and gold_blind91), "pre-fall range", "the mid-season sales",
    # "the evening train" (a kind of train), "Summer 21 range" (a range named after its 21
    # pieces), "its 1947 bag" (a product), "Tilly March" (a name), "19" (an age), "62
    # designers", "14 countries", "41,000", "36,000", "£25", "three sizes", "the last show".
    "marlcaster-fashion-week-spring-summer-2016": (
        "2015-09-09",
        [
            ("the 1970s", "DATE", "197"),
            ("spring/summer 2016", "DATE", "2016-H1"),
            ("Friday", "DATE", "2015-09-11"),
            ("Wednesday 9 September 2015", "DATE", "2015-09-09"),
            ("Friday", "DATE", "2015-09-11"),
            ("spring/summer 2016", "DATE", "2016-H1"),
            ("five days", "DURATION", "P5D"),
            ("Tuesday", "DATE", "2015-09-15"),
            ("2004", "DATE", "2004"),
            ("7pm BST", "TIME", "2015-09-11T19:00"),
            ("Friday", "DATE", "2015-09-11"),
            ("2pm", "TIME", "2015-09-11T14:00"),
            ("Two days later", "DATE", "2015-09-13"),
            ("Sunday", "DATE", "2015-09-13"),
            ("2011", "DATE", "2011"),
            ("now", "DATE", "PRESENT_REF"),
            ("Monday", "DATE", "2015-09-07"),
            ("last September", "DATE", "2014-09"),
            ("February", "DATE", "2015-02"),
            ("autumn/winter 2015", "DATE", "2015-H2"),
            ("now", "DATE", "PRESENT_REF"),
            ("a year earlier", "DATE", "2014-02"),
            ("Ten years ago", "DATE", "2005"),
            ("a day", "DURATION", "P1D"),
            ("Now", "DATE", "PRESENT_REF"),
            ("the 1970s", "DATE", "197"),
            ("the past three years", "DURATION", "P3Y"),
            ("November", "DATE", "2015-11"),
            ("1990s", "DATE", "199"),
            ("January", "DATE", "2016-01"),
            ("the spring", "DATE", "2016-SP"),
            ("mid-October", "DATE", "2015-10"),
            ("six weeks", "DURATION", "P6W"),
            ("2014", "DATE", "2014"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("each day", "SET", "P1D"),
            ("three-day", "DURATION", "P3D"),
            ("Saturday", "DATE", "2015-09-12"),
            ("Tuesday night", "TIME", "2015-09-15TNI"),
            ("midnight", "TIME", "2015-09-10T24:00"),
            ("Thursday", "DATE", "2015-09-10"),
        ],
    ),
    # Monday 2013-10-14 (ISO week 42), Australian regional paper's store story, headline,
    # byline, date line "October 14, 2013", "WESTBURY:" dateline. Local time is AEDT (UTC+11,
    # daylight saving since Sunday 6 October 2013). The family told staff "on Friday"
    # 2013-10-11 (past) and the stock exchange "at 9.30am AEDT" that day, "two hours after a
    # meeting" (an anchored duration, PT2H); the store closes "on Christmas Eve" 2013-12-24;
    # the closing-down sale "starts on Saturday" 2013-10-19 (future). "after 140 years"
    # (headline) P140Y, 1873-2013; "almost a century" P100Y with its modifier; "1920s"
    # (adjectival) 192. "opens on 14 November" (headline and body) 2013-11-14. "the 2012-13
    # financial year" is the Australian July-June year, one span FY2013 (gold_blind90,
    # gold_blind95); "the past four years" P4Y; "for 12 weeks after the closure" -> "12 weeks"
    # P12W. "began last spring": in a southern October, during the spring of 2013, the spring
    # before is September-November 2012, 2012-SP (southern seasons valued in the year they fall
    # in, gold_blind9, gold_blind71). The trading hours recur every week: "9am to 9pm Monday to
    # Saturday and 10am to 6pm on Sundays, with trading until 11pm on Thursdays" -> TIMEs
    # XXXX-XX-XXThh:mm, the ends of the weekday range SETs XXXX-WXX-1 and XXXX-WXX-6,
    # "Sundays" XXXX-WXX-7 and "Thursdays" XXXX-WXX-4 (gold_blind76, gold_blind90), "in
    # December" 2013-12; "A store that closes at 5.30pm" a generic hour, XXXX-XX-XXT17:30.
    # "every Saturday morning" SET XXXX-WXX-6TMO, "since 1956" a DATE of its own
    # (gold_blind35's "every Saturday since mid-January"); "mid-2014" 2014; "Next year" 2014;
    # "this week" 2013-W42; "since 1994"; "now" PRESENT_REF. Not annotated: "the Coastline 2014
    # swimwear range" (a product range, in a 2013 story), "Barlow's 27th" (a store count),
    # "12,000-square-metre", "140 staff", "size 10", "81" (an age), "30 per cent", "11 per
    # cent", "Three blocks", "the closure" (an event).
    "gollans-closing-barlows-flagship-opens": (
        "2013-10-14",
        [
            ("140 years", "DURATION", "P140Y"),
            ("14 November", "DATE", "2013-11-14"),
            ("October 14, 2013", "DATE", "2013-10-14"),
            ("1873", "DATE", "1873"),
            ("Christmas Eve", "DATE", "2013-12-24"),
            ("Friday", "DATE", "2013-10-11"),
            ("9.30am AEDT", "TIME", "2013-10-11T09:30"),
            ("two hours", "DURATION", "PT2H"),
            ("1920s", "DATE", "192"),
            ("almost a century", "DURATION", "P100Y"),
            ("Saturday", "DATE", "2013-10-19"),
            ("2017", "DATE", "2017"),
            ("the 2012-13 financial year", "DATE", "FY2013"),
            ("the past four years", "DURATION", "P4Y"),
            ("12 weeks", "DURATION", "P12W"),
            ("14 November", "DATE", "2013-11-14"),
            ("last spring", "DATE", "2012-SP"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("9pm", "TIME", "XXXX-XX-XXT21:00"),
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Saturday", "SET", "XXXX-WXX-6"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("11pm", "TIME", "XXXX-XX-XXT23:00"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("December", "DATE", "2013-12"),
            ("mid-2014", "DATE", "2014"),
            ("now", "DATE", "PRESENT_REF"),
            ("5.30pm", "TIME", "XXXX-XX-XXT17:30"),
            ("every Saturday morning", "SET", "XXXX-WXX-6TMO"),
            ("1956", "DATE", "1956"),
            ("Next year", "DATE", "2014"),
            ("this week", "DATE", "2013-W42"),
            ("1994", "DATE", "1994"),
        ],
    ),
    # Sunday 2012-04-15 (ISO week 15), US Sunday paper's consumer-trends feature, headline,
    # byline, date line "Sunday, April 15, 2012", "HALLETT FALLS --" dateline. "Last month"
    # 2012-03, "Earlier this month" 2012-04; the trade group "said Friday" 2012-04-13 (past);
    # its "first quarter" is the calendar quarter just ended, 2012-Q1, and "a year earlier"
    # after it 2011-Q1 (gold_blind35); "the second half of 2011" one span 2011-H2; "a decade
    # ago" 2002 (the unit's granularity). "the past five years" P5Y; "Since the 2008 crash" ->
    # "2008" (an adjectival year naming an event's year, like "the 2009 pandemic" in
    # gold_blind42); "twice a year" SET P1Y (gold_blind3); "this spring" 2012-SP; "in mid-2009"
    # 2009; "opens on Sundays" SET XXXX-WXX-7. Decades: "the 1980s" (headline, "The 1980s
    # revival", "the 1980s have been hot") 198, "1990s flannel" and "the 1990s" 199, "The late
    # 1970s" 197 with the modifier kept; "in 2010"; "the coming months" PXM; "by 2015";
    # "for three decades" P30Y; "now" PRESENT_REF twice. Not annotated: "Always 21" (a
    # chain's name), "Monday Club" (a brand, in a Sunday paper), "its 1984 jacket" (a
    # product), "SKU 1984-220" (a code), "since" (anaphoric, "hot since"), "the recession",
    # "Mill Street", ages "15" and "42", "one in four", "one in 10", "14 percent", "$12",
    # "$89", "$3".
    "secondhand-eighties-revival-shoppers": (
        "2012-04-15",
        [
            ("the 1980s", "DATE", "198"),
            ("Sunday, April 15, 2012", "DATE", "2012-04-15"),
            ("Last month", "DATE", "2012-03"),
            ("The 1980s", "DATE", "198"),
            ("the past five years", "DURATION", "P5Y"),
            ("2008", "DATE", "2008"),
            ("now", "DATE", "PRESENT_REF"),
            ("twice a year", "SET", "P1Y"),
            ("Friday", "DATE", "2012-04-13"),
            ("the first quarter", "DATE", "2012-Q1"),
            ("a year earlier", "DATE", "2011-Q1"),
            ("the second half of 2011", "DATE", "2011-H2"),
            ("a decade ago", "DATE", "2002"),
            ("this spring", "DATE", "2012-SP"),
            ("mid-2009", "DATE", "2009"),
            ("1990s", "DATE", "199"),
            ("now", "DATE", "PRESENT_REF"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("The late 1970s", "DATE", "197"),
            ("2010", "DATE", "2010"),
            ("the 1980s", "DATE", "198"),
            ("the coming months", "DURATION", "PXM"),
            ("the 1990s", "DATE", "199"),
            ("2015", "DATE", "2015"),
            ("three decades", "DURATION", "P30Y"),
            ("Earlier this month", "DATE", "2012-04"),
        ],
    ),
    # Saturday 2014-05-17 (ISO week 20), Irish daily's weekend brand-history feature,
    # headline, standfirst, byline, stamp "Sat, May 17, 2014, 01:00" (a DATE and a TIME).
    # "survived 158 years" (headline) P158Y, 1856-2014; "Founded in 1856" and "in 1856" DATEs;
    # "A century later" counts from 1856 at its granularity, 1956 (like "A decade later" in
    # gold_blind26); "the brand's 1960s heyday" -> "1960s" 196 (possessive left out); "through
    # the 1970s" 197, "the 1980s" 198, "the late 1990s" 199; "for more than a decade after
    # 1988" -> "more than a decade" P10Y and "1988"; "three days a week" and "five days a week"
    # SET P1W (frequencies keep only the period, like "three times a day" P1D in gold_blind15);
    # "within three years" P3Y; "every year since" SET P1Y ("since" anaphoric); "last autumn"
    # 2013-FA and "before Christmas" 2013-12-25 (the Christmas after it); "joined in January"
    # 2014-01 "after a 90-day trial" P90D; "On Thursday" (past) 2014-05-15; "next month"
    # 2014-06; "on St Patrick's Day" 2014-03-17; "than in the whole of March 2013" -> "March
    # 2013", "the whole of" left out (gold_blind94's "the whole of the previous financial
    # year"); "from 10am to 5pm daily this summer" -> TIMEs of no particular day, SET P1D and
    # "this summer" 2014-SU; "annually" SET P1Y; "this year's is on 16 August" -> "this year"
    # 2014 and 2014-08-16; "Now" and "now" (twice) PRESENT_REF. Not annotated: "the Emergency"
    # (the Irish name of a wartime period, an event name), "famine, war" (events), "the Aran
    # 1890 jumper" (a product), "the Sunday Clarion" (a paper), "that day" (anaphoric), "since"
    # (anaphoric), "size 12", "sizes XS to XL", "€245", "74" (an age), "300 people", "900",
    # "14 weavers", "two looms".
    "kilbrennan-mills-tweed-brand-history": (
        "2014-05-17",
        [
            ("158 years", "DURATION", "P158Y"),
            ("1856", "DATE", "1856"),
            ("2008", "DATE", "2008"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Sat, May 17, 2014", "DATE", "2014-05-17"),
            ("01:00", "TIME", "2014-05-17T01:00"),
            ("1856", "DATE", "1856"),
            ("A century later", "DATE", "1956"),
            ("1960s", "DATE", "196"),
            ("the 1970s", "DATE", "197"),
            ("more than a decade", "DURATION", "P10Y"),
            ("1988", "DATE", "1988"),
            ("three days a week", "SET", "P1W"),
            ("the 1980s", "DATE", "198"),
            ("now", "DATE", "PRESENT_REF"),
            ("the late 1990s", "DATE", "199"),
            ("2011", "DATE", "2011"),
            ("three years", "DURATION", "P3Y"),
            ("every year", "SET", "P1Y"),
            ("last autumn", "DATE", "2013-FA"),
            ("Christmas", "DATE", "2013-12-25"),
            ("five days a week", "SET", "P1W"),
            ("now", "DATE", "PRESENT_REF"),
            ("January", "DATE", "2014-01"),
            ("90-day", "DURATION", "P90D"),
            ("Thursday", "DATE", "2014-05-15"),
            ("next month", "DATE", "2014-06"),
            ("St Patrick's Day", "DATE", "2014-03-17"),
            ("March 2013", "DATE", "2013-03"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("daily", "SET", "P1D"),
            ("this summer", "DATE", "2014-SU"),
            ("annually", "SET", "P1Y"),
            ("this year", "DATE", "2014"),
            ("16 August", "DATE", "2014-08-16"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
