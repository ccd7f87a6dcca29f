"""Annotations of the two-hundred-and-thirtieth blind gold set, chosen by hand before the tagger
ran.

    python tests/data/gold_blind230/annotate.py [--show]

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
    # Friday 2015-01-30 (ISO week 5), Canadian Press wire story, headline, byline, agency line,
    # stamp "Published Friday, January 30, 2015 11:52AM EST" (the weekday date one DATE span,
    # the clock time a TIME with the zone in the span, gold_blind38, gold_blind100), "OTTAWA —"
    # dateline. The federal fiscal year runs April-March and is named by the year it ends
    # (gold_blind70): "fiscal 2014-15", "the 2014-15 fiscal year" and "the fiscal year [that]
    # ends March 31" FY2015 (the last split at "ends", "March 31" 2015-03-31, gold_blind64);
    # "fiscal 2015-16, which begins April 1" FY2016 plus 2015-04-01; "the 2013-14 fiscal year"
    # FY2014; "fiscal 2007-08" FY2008. "eight months into" (headline) and "the first eight
    # months of fiscal 2014-15" are DURATION P8M split from the fiscal year, like "the first two
    # months of fiscal 2014" (gold_blind51, gold_blind63): April-November has no value shape.
    # "a year earlier" after that fiscal stretch with no value of its own is the fiscal year
    # before, FY2014 (gold_blind63). "said Friday" (twice) is the day of the wire. "In
    # November alone" 2014-11, "the end of November" 2014-11, "early January" 2015-01, "this
    # week" 2015-W05, "late February" 2015-02, "the end of April" 2015-04; "The Fiscal Monitor
    # for December" 2014-12 (the month it covers). "The first eight months" (quote) P8M;
    # "over a full year" -> "a full year" DURATION P1Y; "monthly Fiscal Monitor" SET P1M (a
    # recurring publication, like "monthly leak surveys", gold_blind35); "eight times a year"
    # SET P1Y with the count in the span (gold_blind23, gold_blind38); "the coming weeks" PXW;
    # "March 4" 2015-03-04, ahead. Not annotated: "the 10-year Government of Canada bond" (a
    # maturity, gold_blind14, gold_blind18, gold_blind23), "$2.3-billion", "$5.1 billion",
    # "4.8 per cent", "1.9 per cent", "3.6 per cent", "1.3 per cent", "US$50 a barrel", "$10",
    # "$2 billion", "$1.6 billion", "$1.88 per $100", "the same stretch" (anaphoric), "the
    # date of the next budget" (an event's day, not named).
    "cp-fiscal-monitor-eight-months": (
        "2015-01-30",
        [
            ("eight months", "DURATION", "P8M"),
            ("fiscal 2014-15", "DATE", "FY2015"),
            ("Friday, January 30, 2015", "DATE", "2015-01-30"),
            ("11:52AM EST", "TIME", "2015-01-30T11:52"),
            ("the first eight months", "DURATION", "P8M"),
            ("fiscal 2014-15", "DATE", "FY2015"),
            ("Friday", "DATE", "2015-01-30"),
            ("the fiscal year", "DATE", "FY2015"),
            ("March 31", "DATE", "2015-03-31"),
            ("monthly", "SET", "P1M"),
            ("a year earlier", "DATE", "FY2014"),
            ("November", "DATE", "2014-11"),
            ("November 2013", "DATE", "2013-11"),
            ("this week", "DATE", "2015-W05"),
            ("the end of November", "DATE", "2014-11"),
            ("early January", "DATE", "2015-01"),
            ("The first eight months", "DURATION", "P8M"),
            ("a full year", "DURATION", "P1Y"),
            ("fiscal 2015-16", "DATE", "FY2016"),
            ("April 1", "DATE", "2015-04-01"),
            ("the 2014-15 fiscal year", "DATE", "FY2015"),
            ("the 2013-14 fiscal year", "DATE", "FY2014"),
            ("fiscal 2007-08", "DATE", "FY2008"),
            ("Friday", "DATE", "2015-01-30"),
            ("the coming weeks", "DURATION", "PXW"),
            ("the end of April", "DATE", "2015-04"),
            ("2016", "DATE", "2016"),
            ("eight times a year", "SET", "P1Y"),
            ("March 4", "DATE", "2015-03-04"),
            ("December", "DATE", "2014-12"),
            ("late February", "DATE", "2015-02"),
        ],
    ),
    # Thursday 2013-12-05 (ISO week 49), Canadian city daily's business page, section label,
    # headline, deck, byline line "BY NADIA OKAFOR, THE CARROW LEDGER DECEMBER 5, 2013" (the
    # date a DATE), "CARROW —" dateline. The bank's fiscal year ends Oct. 31 and is named by
    # the year it ends: fiscal 2013 ran November 2012-October 2013, so "fourth quarter"
    # (headline) and "fourth-quarter" are FY2013-Q4, "the three months ended Oct. 31" DURATION
    # P3M plus 2013-10-31 (gold_blind30, gold_blind38), and "a year earlier" after that quarter
    # FY2012-Q4, the company's quarter (gold_blind63); "year over year" the period compared
    # with, FY2012-Q4 too (gold_blind38). "whose fiscal year ends Oct. 31" (present tense, in
    # December) names the end of the fiscal year now running, FY2014, so 2014-10-31
    # (gold_blind33); "fiscal 2014, which began Nov. 1" FY2014 plus 2013-11-01; "first-quarter
    # results" FY2014-Q1, reported "on Feb. 27" 2014-02-27. Calendar phrases keep calendar
    # values in a fiscal-year story (gold_blind63): "for the second time in 2013" -> "2013",
    # "the first half of 2014" 2014-H1, "before 2015", "since January" 2013-01, "the 2008
    # crisis" -> "2008" (an adjectival year). "quarterly dividend" SET P3M (twice, gold_blind63);
    # "end of January" (deck, no article) and "the end of January" 2014-01; "14 years" (deck and
    # body) P14Y; "Feb. 1", "Jan. 28", "Jan. 3", "Jan. 22" ahead in 2014. "said Thursday",
    # "on Thursday" and "Thursday morning" the publication day. "five years of very low
    # interest rates" P5Y; "now" PRESENT_REF; "52-week high" -> "52-week" DURATION P52W
    # (gold_blind63). Not annotated: "$1.26 a share" and the other per-share amounts, "11%", "11
    # per cent", "nine per cent", "5.4 per cent", "9.8 per cent", "one per cent", "18 per
    # cent", "seven to 10 per cent", "Tier 1", "Basel III", "TSX:BWF", "63" (an age), "$61.18",
    # "the slowest pace" beyond "2008", "the job".
    "brackwater-bank-fourth-quarter": (
        "2013-12-05",
        [
            ("fourth quarter", "DATE", "FY2013-Q4"),
            ("end of January", "DATE", "2014-01"),
            ("14 years", "DURATION", "P14Y"),
            ("DECEMBER 5, 2013", "DATE", "2013-12-05"),
            ("Thursday", "DATE", "2013-12-05"),
            ("fourth-quarter", "DATE", "FY2013-Q4"),
            ("quarterly", "SET", "P3M"),
            ("2013", "DATE", "2013"),
            ("Oct. 31", "DATE", "2014-10-31"),
            ("the three months", "DURATION", "P3M"),
            ("Oct. 31", "DATE", "2013-10-31"),
            ("a year earlier", "DATE", "FY2012-Q4"),
            ("fiscal 2013", "DATE", "FY2013"),
            ("fiscal 2012", "DATE", "FY2012"),
            ("quarterly", "SET", "P3M"),
            ("Jan. 28", "DATE", "2014-01-28"),
            ("Jan. 3", "DATE", "2014-01-03"),
            ("year over year", "DATE", "FY2012-Q4"),
            ("2008", "DATE", "2008"),
            ("the end of January", "DATE", "2014-01"),
            ("14 years", "DURATION", "P14Y"),
            ("Feb. 1", "DATE", "2014-02-01"),
            ("five years", "DURATION", "P5Y"),
            ("Thursday morning", "TIME", "2013-12-05TMO"),
            ("the first half of 2014", "DATE", "2014-H1"),
            ("now", "DATE", "PRESENT_REF"),
            ("2015", "DATE", "2015"),
            ("Jan. 22", "DATE", "2014-01-22"),
            ("52-week", "DURATION", "P52W"),
            ("Thursday", "DATE", "2013-12-05"),
            ("January", "DATE", "2013-01"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("Nov. 1", "DATE", "2013-11-01"),
            ("first-quarter", "DATE", "FY2014-Q1"),
            ("Feb. 27", "DATE", "2014-02-27"),
        ],
    ),
    # Monday 2012-12-10 (ISO week 50), public broadcaster's website, headline, deck, stamp "CBC
    # News Posted: Dec 10, 2012 6:05 AM PT Last Updated: Dec 10, 2012 2:40 PM PT" (two DATEs
    # and two TIMEs, the zone in the span and not in the value, gold_blind103). The snow
    # "overnight" is the night begun on Sunday evening, 2012-12-09TNI (gold_blind103); it began
    # "around 9 p.m. Sunday" 2012-12-09T21:00 (the approximator kept, like "about 2.30pm") and
    # was heaviest "between 2 a.m. and 5 a.m.", Monday 2012-12-10 (after midnight, so the day
    # of publication); the decision "at 5:30 a.m." that day, the highway closed "at about 4
    # a.m.", reopened "shortly before noon" 2012-12-10T12:00. The flight "10:40 a.m." (local)
    # and "6:05 p.m. ET" (its arrival in Toronto) are both on the publication day, the zone
    # kept out of the value. Future: "Tuesday morning" (deck and body) 2012-12-11TMO,
    # "Tuesday's decision" -> "Tuesday" 2012-12-11 "by 6 a.m. PT" 2012-12-11T06:00, "until
    # Wednesday" and "Wednesday" 2012-12-12, "Wednesday night" 2012-12-12TNI, "by the weekend"
    # 2012-W50-WE (15-16 December). "every morning at 5:30 a.m." is a SET XXXX-XX-XXTMO and the
    # recurring clock time XXXX-XX-XXT05:30 (gold_blind70's "every morning at 6:30"). "since
    # Feb. 24" 2012-02-24, the most recent one; "only its fourth in five years" -> "five years"
    # DURATION P5Y (the period of an ordinal count, gold_blind103); "12-hour shifts" PT12H;
    # "since Sunday night" 2012-12-09TNI; "will run a day late" -> "a day" DURATION P1D (the
    # size of a delay, gold_blind35); "this week" 2012-W50; "since the start of November"
    # 2012-11 (like "the end of the month"); "early December" 2012-12; "a colder than normal
    # winter" -> "winter" 2013-WI, the head noun only, the winter of 2012-13 taking the year of
    # its January (gold_blind103). Not annotated: "snow day" (twice; an event-named day, like
    # "polling day", gold_blind25, and "snow days", gold_blind44), "seasonal outlook" (an
    # adjective naming a kind, gold_blind103), "winter storm warning", "morning departures" (an
    # adjectival part of day naming a kind of flight), "until the warning is lifted",
    # "Highway 33" (headline and body), "15 to 25 cm", "40 centimetres", "92 centimetres",
    # "minus 17", "23 schools", "250-555-2012" (a phone number ending in the year),
    # "lvsd.bc.ca/closures".
    "larch-valley-snowstorm-schools-closed": (
        "2012-12-10",
        [
            ("Tuesday morning", "TIME", "2012-12-11TMO"),
            ("Dec 10, 2012", "DATE", "2012-12-10"),
            ("6:05 AM PT", "TIME", "2012-12-10T06:05"),
            ("Dec 10, 2012", "DATE", "2012-12-10"),
            ("2:40 PM PT", "TIME", "2012-12-10T14:40"),
            ("today", "DATE", "2012-12-10"),
            ("overnight", "TIME", "2012-12-09TNI"),
            ("Tuesday morning", "TIME", "2012-12-11TMO"),
            ("around 9 p.m.", "TIME", "2012-12-09T21:00"),
            ("Sunday", "DATE", "2012-12-09"),
            ("2 a.m.", "TIME", "2012-12-10T02:00"),
            ("5 a.m.", "TIME", "2012-12-10T05:00"),
            ("5:30 a.m.", "TIME", "2012-12-10T05:30"),
            ("Feb. 24", "DATE", "2012-02-24"),
            ("five years", "DURATION", "P5Y"),
            ("Tuesday", "DATE", "2012-12-11"),
            ("6 a.m. PT", "TIME", "2012-12-11T06:00"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("5:30 a.m.", "TIME", "XXXX-XX-XXT05:30"),
            ("about 4 a.m.", "TIME", "2012-12-10T04:00"),
            ("shortly before noon", "TIME", "2012-12-10T12:00"),
            ("10:40 a.m.", "TIME", "2012-12-10T10:40"),
            ("6:05 p.m. ET", "TIME", "2012-12-10T18:05"),
            ("12-hour", "DURATION", "PT12H"),
            ("Sunday night", "TIME", "2012-12-09TNI"),
            ("Wednesday", "DATE", "2012-12-12"),
            ("today", "DATE", "2012-12-10"),
            ("a day", "DURATION", "P1D"),
            ("this week", "DATE", "2012-W50"),
            ("Wednesday", "DATE", "2012-12-12"),
            ("Wednesday night", "TIME", "2012-12-12TNI"),
            ("the weekend", "DATE", "2012-W50-WE"),
            ("the start of November", "DATE", "2012-11"),
            ("early December", "DATE", "2012-12"),
            ("winter", "DATE", "2013-WI"),
        ],
    ),
    # Saturday 2012-10-06 (ISO week 40), Canadian city daily's print page, masthead line with
    # the date line "Saturday, October 6, 2012" (one span with its weekday), section label,
    # headline, byline, no dateline (a local story). Canadian Thanksgiving is the second Monday
    # of October, 2012-10-08: "Thanksgiving Monday" is one DATE span (the holiday and its
    # weekday, checked), "closed Monday" the same day. The headline's "long weekend" (no
    # article) and "this weekend" in a Saturday paper are the paper's own weekend, 2012-W40-WE
    # (6-7 October; gold_blind22, gold_blind81, gold_blind103), the holiday Monday left to its
    # own spans. Garbage "moves one day later next week" -> "one day" DURATION P1D (the size
    # of a shift) and "next week" 2012-W41; "Monday's pickup happens Tuesday, and Friday's on
    # Saturday, Oct. 13" -> 2012-10-08, 2012-10-09, 2012-10-12 and 2012-10-13 (possessives
    # without the "'s"). "until 8 p.m. Tuesday" 2012-10-09T20:00 and the DATE. The fire halls'
    # hours recur, "from 9 a.m. to 5 p.m. daily" -> two TIMEs XXXX-XX-XXThh:mm and the SET P1D
    # (gold_blind70). "processed on Wednesdays and Thursdays" two SETs XXXX-WXX-3 and
    # XXXX-WXX-4 (plural weekdays, gold_blind4); "open every Saturday" SET XXXX-WXX-6, "until
    # Oct. 27" 2012-10-27. "a year ago" 2011 (the unit's granularity); "for the first time in
    # 22 years" -> "22 years" DURATION P22Y (the period of a "first in"); "a week earlier than
    # last year" -> "a week" DURATION P1W (the size of a shift, gold_blind35) and "last year"
    # 2011; "this summer" 2012-SU; "about 16 weeks" P16W; "this week" 2012-W40; "last October"
    # 2011-10; "last year's drive" -> "last year" 2011; "since January" 2012-01; "the past two
    # weeks" P2W; "before Christmas" 2012-12-25; "today" (twice), "Sunday" 2012-10-07, "Monday
    # afternoon" 2012-10-08TAF, "11 a.m." 2012-10-06T11:00. "U.S. Thanksgiving" is the fourth
    # Thursday of November, 2012-11-22, one DATE span with its modifier, beside "Nov. 22";
    # "this year" 2012; "the next day" 2012-11-23, anchored on the date just named
    # (gold_blind4). Not annotated: "a Sunday schedule" (a kind of timetable, gold_blind56),
    # "the holiday" (anaphoric), "Overnight lows" (an adjective naming a kind of reading,
    # gold_blind103), "holiday sales", "so far", "Grade A", "$2.89 a pound", "$2.72", "six per
    # cent", "11 per cent", "9.4 tonnes", "14 tonnes", "412 families", "1957 Ferris Rd." (a
    # street number that looks like a year), "14C", "1C".
    "haldane-thanksgiving-turkey-food-bank": (
        "2012-10-06",
        [
            ("Saturday, October 6, 2012", "DATE", "2012-10-06"),
            ("long weekend", "DATE", "2012-W40-WE"),
            ("this weekend", "DATE", "2012-W40-WE"),
            ("a year ago", "DATE", "2011"),
            ("Thanksgiving Monday", "DATE", "2012-10-08"),
            ("22 years", "DURATION", "P22Y"),
            ("Sept. 28", "DATE", "2012-09-28"),
            ("a week", "DURATION", "P1W"),
            ("last year", "DATE", "2011"),
            ("this summer", "DATE", "2012-SU"),
            ("about 16 weeks", "DURATION", "P16W"),
            ("Wednesdays", "SET", "XXXX-WXX-3"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("this week", "DATE", "2012-W40"),
            ("last October", "DATE", "2011-10"),
            ("Sept. 24", "DATE", "2012-09-24"),
            ("Oct. 20", "DATE", "2012-10-20"),
            ("last year", "DATE", "2011"),
            ("January", "DATE", "2012-01"),
            ("the past two weeks", "DURATION", "P2W"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("daily", "SET", "P1D"),
            ("8 p.m.", "TIME", "2012-10-09T20:00"),
            ("Tuesday", "DATE", "2012-10-09"),
            ("Christmas", "DATE", "2012-12-25"),
            ("Monday", "DATE", "2012-10-08"),
            ("one day", "DURATION", "P1D"),
            ("next week", "DATE", "2012-W41"),
            ("Monday", "DATE", "2012-10-08"),
            ("Tuesday", "DATE", "2012-10-09"),
            ("Friday", "DATE", "2012-10-12"),
            ("Saturday, Oct. 13", "DATE", "2012-10-13"),
            ("today", "DATE", "2012-10-06"),
            ("Sunday", "DATE", "2012-10-07"),
            ("Monday afternoon", "TIME", "2012-10-08TAF"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("Oct. 27", "DATE", "2012-10-27"),
            ("11 a.m.", "TIME", "2012-10-06T11:00"),
            ("today", "DATE", "2012-10-06"),
            ("U.S. Thanksgiving", "DATE", "2012-11-22"),
            ("Nov. 22", "DATE", "2012-11-22"),
            ("this year", "DATE", "2012"),
            ("the next day", "DATE", "2012-11-23"),
        ],
    ),
    # Wednesday 2014-05-14 (ISO week 20), Canadian Press wire story, headline, agency line,
    # stamp "Published Wednesday, May 14, 2014 2:36PM EDT" (DATE and TIME), "TORONTO —"
    # dateline. Victoria Day is the Monday before 25 May, 2014-05-19 ("Victoria Day falls on May
    # 19 this year" two DATEs, and "this year" 2014); "Monday is a holiday" 2014-05-19 and, in
    # Quebec, "National Patriots' Day" the same Monday (a holiday on the day it falls on). The
    # headline's "Victoria Day weekend" and "this Victoria Day long weekend" are the ISO weekend
    # of its Saturday, 2014-W20-WE (17-18 May; gold_blind17, gold_blind103), one span with the
    # determiner. The police blitz "from 6 a.m. Friday until 11:59 p.m. Monday" ->
    # 2014-05-16T06:00, 2014-05-16, 2014-05-19T23:59, 2014-05-19; the forecast's "Saturday",
    # "Sunday" and "Monday" the coming days; "Victoria Day fireworks" -> "Victoria Day"
    # 2014-05-19 (a holiday in attributive position naming a thing held on it, gold_blind57),
    # "Monday night" 2014-05-19TNI, "moved theirs to Sunday" 2014-05-18. "jumped ...
    # overnight" is the night begun on Tuesday evening, 2014-05-13TNI. "in mid-December, five
    # months ahead" -> "mid-December" 2013-12 and "five months" DURATION P5M (anchored);
    # "within 48 hours" PT48H; "in recent years" -> "recent years" PAST_REF; "the highest since
    # last September" 2013-09. "Last Canada Day" one DATE span 2013-07-01 (gold_blind57), "over
    # four days" P4D; "every summer" SET XXXX-SU; "this summer" 2014-SU; "Canada Day is
    # Tuesday, July 1" two DATEs 2014-07-01; "Monday, June 30" 2014-06-30; "a four-day break"
    # DURATION P4D. "The Civic Holiday long weekend, Aug. 2 to 4" -> 2014-W31-WE (the Civic
    # Holiday being Monday 4 August), "Aug. 2" 2014-08-02 and the bare "4" 2014-08-04, a range
    # annotated at its ends (like "Dec. 11-12", gold_blind51). "until 9 p.m. ET tonight" ->
    # 2014-05-14T21:00 and 2014-05-14TNI. Not annotated: "cottage country", "three cents a
    # litre", "139.9 cents", "612 impaired-driving charges", "the high teens" (temperatures),
    # "30,000 sites", "38 per cent", "fuelpulse.ca", "parkbook-on.ca", "1-888-555-0519" (a
    # phone number holding 0519, beside "May 19"), "More long weekends" (generic), "the
    # Atlantic provinces". Avoided: "May two-four" (see README).
    "victoria-day-long-weekend-campers": (
        "2014-05-14",
        [
            ("Victoria Day weekend", "DATE", "2014-W20-WE"),
            ("Wednesday, May 14, 2014", "DATE", "2014-05-14"),
            ("2:36PM EDT", "TIME", "2014-05-14T14:36"),
            ("this Victoria Day long weekend", "DATE", "2014-W20-WE"),
            ("mid-December", "DATE", "2013-12"),
            ("five months", "DURATION", "P5M"),
            ("48 hours", "DURATION", "PT48H"),
            ("recent years", "DATE", "PAST_REF"),
            ("Victoria Day", "DATE", "2014-05-19"),
            ("May 19", "DATE", "2014-05-19"),
            ("this year", "DATE", "2014"),
            ("Monday", "DATE", "2014-05-19"),
            ("National Patriots' Day", "DATE", "2014-05-19"),
            ("overnight", "TIME", "2014-05-13TNI"),
            ("last September", "DATE", "2013-09"),
            ("6 a.m.", "TIME", "2014-05-16T06:00"),
            ("Friday", "DATE", "2014-05-16"),
            ("11:59 p.m.", "TIME", "2014-05-19T23:59"),
            ("Monday", "DATE", "2014-05-19"),
            ("Last Canada Day", "DATE", "2013-07-01"),
            ("four days", "DURATION", "P4D"),
            ("Saturday", "DATE", "2014-05-17"),
            ("Sunday", "DATE", "2014-05-18"),
            ("Monday", "DATE", "2014-05-19"),
            ("Victoria Day", "DATE", "2014-05-19"),
            ("Monday night", "TIME", "2014-05-19TNI"),
            ("Sunday", "DATE", "2014-05-18"),
            ("every summer", "SET", "XXXX-SU"),
            ("this summer", "DATE", "2014-SU"),
            ("Canada Day", "DATE", "2014-07-01"),
            ("Tuesday, July 1", "DATE", "2014-07-01"),
            ("Monday, June 30", "DATE", "2014-06-30"),
            ("four-day", "DURATION", "P4D"),
            ("The Civic Holiday long weekend", "DATE", "2014-W31-WE"),
            ("Aug. 2", "DATE", "2014-08-02"),
            ("4", "DATE", "2014-08-04"),
            ("9 p.m. ET", "TIME", "2014-05-14T21:00"),
            ("tonight", "TIME", "2014-05-14TNI"),
        ],
    ),
    # Tuesday 2015-03-31 (ISO week 14), public broadcaster's website, provincial budget day,
    # headline, deck, stamp "CBC News Posted: Mar 31, 2015 5:30 AM AT Last Updated: Mar 31,
    # 2015 6:48 PM AT" (Atlantic time, the zone in the span and not in the value). The
    # provincial fiscal year runs April-March, named by the year it ends: "the fiscal year that
    # begins Wednesday" FY2016 plus "Wednesday" 2015-04-01; "the current fiscal year, which ends
    # at midnight tonight" FY2015 plus "midnight" 2015-03-31T24:00 (the midnight ending the day,
    # gold_blind103) and "tonight" 2015-03-31TNI; bare two-year fiscal years "2016-17" FY2017,
    # "2017-18" (deck and body) FY2018 and "2008-09" FY2009 (gold_blind63, gold_blind70). The
    # budget was tabled "Tuesday afternoon" 2015-03-31TAF; the lock-up "began at 10 a.m. AT",
    # the minister rose "at 2 p.m." the same day; "had spent three hours" PT3H. "July 1"
    # (headline and body) 2015-07-01; "effective 12:01 a.m. Wednesday" 2015-04-01T00:01 and the
    # DATE ("effective" a signal, gold_blind35). "in one year" DURATION P1Y; "its first full
    # year" DURATION P1Y (an ordinal period of the tax, like "its first 100 days",
    # gold_blind14); "over the next four years" P4Y; "last fall" 2014-FA; "for two years
    # starting April 1, 2016" P2Y and 2016-04-01; "by March 31, 2016" and "a year earlier"
    # after it 2015-03-31 (the granularity of what it is compared with, a day); "forecast in
    # November" 2014-11; "last month" 2015-02; "elected 18 months ago" 2013-09 (the unit's
    # granularity, like "Eighteen months ago", gold_blind12); "quarterly updates" SET P3M, "the
    # first of them in August" 2015-08; "Thursday morning" 2015-04-02TMO; "breaks for Easter"
    # Easter Sunday 2015-04-05; "April 14" 2015-04-14; "the end of May" 2015-05. Not annotated:
    # "budget lock-up" and the budget's day (an event-named day, gold_blind25), "HST", "$268M",
    # "1,100 jobs", "two percentage points", "13 to 15 per cent", "$300 million", "$4", "$13.4
    # billion", "10.2 per cent", "a broken promise".
    "provincial-budget-hst-deficit": (
        "2015-03-31",
        [
            ("July 1", "DATE", "2015-07-01"),
            ("2017-18", "DATE", "FY2018"),
            ("Mar 31, 2015", "DATE", "2015-03-31"),
            ("5:30 AM AT", "TIME", "2015-03-31T05:30"),
            ("Mar 31, 2015", "DATE", "2015-03-31"),
            ("6:48 PM AT", "TIME", "2015-03-31T18:48"),
            ("the fiscal year", "DATE", "FY2016"),
            ("Wednesday", "DATE", "2015-04-01"),
            ("Tuesday afternoon", "TIME", "2015-03-31TAF"),
            ("July 1", "DATE", "2015-07-01"),
            ("the current fiscal year", "DATE", "FY2015"),
            ("midnight", "TIME", "2015-03-31T24:00"),
            ("tonight", "TIME", "2015-03-31TNI"),
            ("November", "DATE", "2014-11"),
            ("one year", "DURATION", "P1Y"),
            ("three hours", "DURATION", "PT3H"),
            ("10 a.m. AT", "TIME", "2015-03-31T10:00"),
            ("2 p.m.", "TIME", "2015-03-31T14:00"),
            ("2016-17", "DATE", "FY2017"),
            ("2017-18", "DATE", "FY2018"),
            ("2008-09", "DATE", "FY2009"),
            ("its first full year", "DURATION", "P1Y"),
            ("12:01 a.m.", "TIME", "2015-04-01T00:01"),
            ("Wednesday", "DATE", "2015-04-01"),
            ("the next four years", "DURATION", "P4Y"),
            ("last fall", "DATE", "2014-FA"),
            ("two years", "DURATION", "P2Y"),
            ("April 1, 2016", "DATE", "2016-04-01"),
            ("March 31, 2016", "DATE", "2016-03-31"),
            ("a year earlier", "DATE", "2015-03-31"),
            ("last month", "DATE", "2015-02"),
            ("18 months ago", "DATE", "2013-09"),
            ("quarterly", "SET", "P3M"),
            ("August", "DATE", "2015-08"),
            ("Thursday morning", "TIME", "2015-04-02TMO"),
            ("Easter", "DATE", "2015-04-05"),
            ("April 14", "DATE", "2015-04-14"),
            ("the end of May", "DATE", "2015-05"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
