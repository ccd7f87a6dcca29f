"""Annotations of the hundred-and-twelfth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind112/annotate.py [--show]

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
    # Tuesday 2013-03-19 (ISO week 12), US regional paper, a bridge's opening slipping: date
    # line "Tuesday, March 19, 2013" and "ASHCROFT, Wash. —" dateline. "a year behind schedule"
    # (headline) and "a year later than promised" are the size of a delay, DURATION P1Y
    # (gold_blind28, gold_blind35), as is "You don't make up a year". "fall 2015" (headline)
    # and "the fall of 2015" 2015-FA; "late summer 2015" 2015-SU, the modifier in the span and
    # not in the value. Officials spoke Monday 2013-03-18 (past); the commission meets "next
    # Wednesday" 2013-03-27; the ramp closures begin Friday 2013-03-22, inside "this week"
    # 2013-W12; the open house is "6 p.m. Thursday, March 28", two TIMEX3. "We lost most of the
    # winter" -> "the winter" ("most of" left out, gold_blind21), the winter just ending, which
    # takes the year of its January, 2013-WI (gold_blind10, gold_blind97). "the end of that
    # year" points back to 2015 and takes the year's value. "we were told 2014" and "Now it's
    # 2015" are bare years naming opening dates, DATEs; "now due" (headline) and "engineers
    # now inspect it" PRESENT_REF like "Now"; "Three years ago" 2010 (the unit's
    # granularity, gold_blind28); "our budget vote in June" 2013-06 ahead. "working weekends"
    # SET XXXX-WXX-WE; "nightly from 9 p.m. to 5 a.m." SET XXXX-XX-XXTNI with its hours
    # XXXX-XX-XXThh:mm (gold_blind28, gold_blind103). Not annotated: "Pier 7", "State Route
    # 19", "$412 million", "$18 million", "20 tons", "31,000 vehicles", "the first phase", "The
    # second phase", "two lawsuits", "around the clock", "for good", "509-555-2015" and
    # "dunmorecrossing.org/2015" (year-like numbers in a phone number and a URL).
    "dunmore-river-bridge-delay": (
        "2013-03-19",
        [
            ("a year", "DURATION", "P1Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("fall 2015", "DATE", "2015-FA"),
            ("Tuesday, March 19, 2013", "DATE", "2013-03-19"),
            ("the fall of 2015", "DATE", "2015-FA"),
            ("a year", "DURATION", "P1Y"),
            ("Monday", "DATE", "2013-03-18"),
            ("September 2014", "DATE", "2014-09"),
            ("January", "DATE", "2013-01"),
            ("at least 12 months", "DURATION", "P12M"),
            ("the winter", "DATE", "2013-WI"),
            ("a year", "DURATION", "P1Y"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("late summer 2015", "DATE", "2015-SU"),
            ("the end of that year", "DATE", "2015"),
            ("1931", "DATE", "1931"),
            ("2016", "DATE", "2016"),
            ("next Wednesday", "DATE", "2013-03-27"),
            ("today", "DATE", "2013-03-19"),
            ("last May", "DATE", "2012-05"),
            ("Three years ago", "DATE", "2010"),
            ("2014", "DATE", "2014"),
            ("Now", "DATE", "PRESENT_REF"),
            ("2015", "DATE", "2015"),
            ("June", "DATE", "2013-06"),
            ("2009", "DATE", "2009"),
            ("every day", "SET", "P1D"),
            ("now", "DATE", "PRESENT_REF"),
            ("every three months", "SET", "P3M"),
            ("every two years", "SET", "P2Y"),
            ("this week", "DATE", "2013-W12"),
            ("Friday", "DATE", "2013-03-22"),
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("5 a.m.", "TIME", "XXXX-XX-XXT05:00"),
            ("about six weeks", "DURATION", "P6W"),
            ("the summer of 2011", "DATE", "2011-SU"),
            ("more than a decade", "DURATION", "P10Y"),
            ("6 p.m.", "TIME", "2013-03-28T18:00"),
            ("Thursday, March 28", "DATE", "2013-03-28"),
        ],
    ),
    # Monday 2014-09-08 (ISO week 37), British regional daily, a programme of weekend road
    # closures: headline, standfirst, byline, date line "Monday 8 September 2014". The first
    # closure runs "from 8pm on Friday" 2014-09-12T20:00 to "6am on Monday 15 September"
    # 2014-09-15T06:00 (a clock time and its day two TIMEX3 each); the standfirst's "Friday
    # night" is the night that closure begins, 2014-09-12TNI. "at weekends" (headline and
    # quote) -> "weekends" SET XXXX-WXX-WE, "every weekend" the same (gold_blind13,
    # gold_blind61); "the last weekend of October" 2014-W43-WE (Saturday 25 October, see
    # README); "until November" and "till November" 2014-11, "until 17 November" 2014-11-17.
    # The lane closures "each night from tonight until Thursday, between 9pm and 5am": "each
    # night" SET XXXX-XX-XXTNI, "tonight" 2014-09-08TNI, "Thursday" 2014-09-11, the hours
    # XXXX-XX-XXThh:mm. "replace 1960s deck" -> "1960s" 196 (an adjectival decade,
    # gold_blind26). "more than two months" P2M; "this autumn" 2014-FA; "put back a year" the
    # size of a delay, P1Y; "12-hour shifts" adjectival DURATION; "Speaking at the weekend"
    # the weekend just past, 2014-W36-WE; "no more than five years of life" P5Y; "Christmas"
    # 2014-12-25; the drop-in session "on Wednesday from 2pm to 7pm" 2014-09-10 with two clock
    # times; "every Friday afternoon" SET XXXX-WXX-5TAF. Not annotated: "weekend closures" (an
    # adjectival weekend naming a kind of closure, like "Overnight lows", gold_blind103),
    # "half-term traffic", "Before then" (anaphoric), "the A2019", "the B1066", "£6.8m",
    # "40mph", "by a third", "May" in "May the council prove me wrong" (the verb), "0300 555
    # 1968" (beside the annotated "1968").
    "hamble-viaduct-weekend-closures": (
        "2014-09-08",
        [
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("November", "DATE", "2014-11"),
            ("Friday night", "TIME", "2014-09-12TNI"),
            ("1960s", "DATE", "196"),
            ("Monday 8 September 2014", "DATE", "2014-09-08"),
            ("more than two months", "DURATION", "P2M"),
            ("this autumn", "DATE", "2014-FA"),
            ("8pm", "TIME", "2014-09-12T20:00"),
            ("Friday", "DATE", "2014-09-12"),
            ("6am", "TIME", "2014-09-15T06:00"),
            ("Monday 15 September", "DATE", "2014-09-15"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("17 November", "DATE", "2014-11-17"),
            ("the last weekend of October", "DATE", "2014-W43-WE"),
            ("each night", "SET", "XXXX-XX-XXTNI"),
            ("tonight", "TIME", "2014-09-08TNI"),
            ("Thursday", "DATE", "2014-09-11"),
            ("9pm", "TIME", "XXXX-XX-XXT21:00"),
            ("5am", "TIME", "XXXX-XX-XXT05:00"),
            ("about 20 minutes", "DURATION", "PT20M"),
            ("1968", "DATE", "1968"),
            ("March 2012", "DATE", "2012-03"),
            ("last year", "DATE", "2013"),
            ("no more than five years", "DURATION", "P5Y"),
            ("2013", "DATE", "2013"),
            ("a year", "DURATION", "P1Y"),
            ("12-hour", "DURATION", "PT12H"),
            ("the weekend", "DATE", "2014-W36-WE"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("six months", "DURATION", "P6M"),
            ("Christmas", "DATE", "2014-12-25"),
            ("22 years", "DURATION", "P22Y"),
            ("two-week", "DURATION", "P2W"),
            ("the summer of 2012", "DATE", "2012-SU"),
            ("November", "DATE", "2014-11"),
            ("Wednesday", "DATE", "2014-09-10"),
            ("2pm", "TIME", "2014-09-10T14:00"),
            ("7pm", "TIME", "2014-09-10T19:00"),
            ("every Friday afternoon", "SET", "XXXX-WXX-5TAF"),
        ],
    ),
    # Wednesday 2015-02-11 (ISO week 7), Australian construction trade magazine's website, a
    # hospital build's milestone: headline, stamp "11 Feb 2015, 3:20 p.m." (DATE plus TIME),
    # byline. The tower topped out on Monday 2015-02-09, the pour running from "4.30am on
    # Monday" to "2.15pm" (that Monday); the statement came "yesterday" 2015-02-10; the
    # ceremony is "Friday at 11am", 2015-02-13 and 2015-02-13T11:00. "three weeks ahead of
    # program" (headline) and "about three weeks ahead of the program" are the size of a
    # shift, DURATION P3W (gold_blind40, gold_blind54); "19 months after excavation began" an
    # anchored duration. Months without a year to the nearest in the clause's direction
    # ("the end of June", "March", "April", "June" ahead, 2015; "December" and "November" past,
    # 2014; "the end of January" 2015-01 past). "the second half of the year" and "the middle
    # of the year" are 2015 (2015-H2; the middle takes the year's value like "mid-2012",
    # gold_blind59); "mid-2016" 2016; "February next year" 2016-02, one span; "Twelve months
    # ago" the month's granularity, 2014-02. The state's financial year runs July-June and is
    # named by the year it ends (gold_blind9, gold_blind21): "the 2015/16 financial year"
    # FY2016. "the six months to December 31" -> "the six months" P6M and "December 31"
    # 2014-12-31; "Christmas" 2015-12-25 ahead; "the next fortnight" P2W; "every day" SET P1D.
    # Not annotated: "The wet season" (no calendar unit, like "this season" in gold_blind103),
    # "four" in "we've already lost four this month" (an elliptical count of days; "this
    # month" is annotated), "one million hours without a lost-time injury" (a count of
    # person-hours worked, not a stretch of time), "Level 11", "Stage 2", "Stage 3", "$680
    # million", "$48 million", "420 workers", "600", "12 per cent", "topping-out".
    "kellerton-hospital-topping-out": (
        "2015-02-11",
        [
            ("three weeks", "DURATION", "P3W"),
            ("11 Feb 2015", "DATE", "2015-02-11"),
            ("3:20 p.m.", "TIME", "2015-02-11T15:20"),
            ("Monday", "DATE", "2015-02-09"),
            ("19 months", "DURATION", "P19M"),
            ("about three weeks", "DURATION", "P3W"),
            ("4.30am", "TIME", "2015-02-09T04:30"),
            ("Monday", "DATE", "2015-02-09"),
            ("2.15pm", "TIME", "2015-02-09T14:15"),
            ("yesterday", "DATE", "2015-02-10"),
            ("Friday", "DATE", "2015-02-13"),
            ("11am", "TIME", "2015-02-13T11:00"),
            ("the end of June", "DATE", "2015-06"),
            ("the second half of the year", "DATE", "2015-H2"),
            ("23 days", "DURATION", "P23D"),
            ("December", "DATE", "2014-12"),
            ("the end of January", "DATE", "2015-01"),
            ("this month", "DATE", "2015-02"),
            ("Twelve months ago", "DATE", "2014-02"),
            ("March", "DATE", "2015-03"),
            ("April", "DATE", "2015-04"),
            ("the first quarter of 2016", "DATE", "2016-Q1"),
            ("mid-2016", "DATE", "2016"),
            ("three months", "DURATION", "P3M"),
            ("February next year", "DATE", "2016-02"),
            ("2011", "DATE", "2011"),
            ("the 1970s", "DATE", "197"),
            ("June", "DATE", "2015-06"),
            ("the 2015/16 financial year", "DATE", "FY2016"),
            ("every day", "SET", "P1D"),
            ("the middle of the year", "DATE", "2015"),
            ("last Thursday", "DATE", "2015-02-05"),
            ("November", "DATE", "2014-11"),
            ("the next fortnight", "DURATION", "P2W"),
            ("the six months", "DURATION", "P6M"),
            ("December 31", "DATE", "2014-12-31"),
            ("Christmas", "DATE", "2015-12-25"),
        ],
    ),
    # Friday 2012-11-09 (ISO week 45), Irish broadcaster's news page, a public inquiry's
    # timetable: headline, stamp "Updated / Friday, 9 November 2012 18:42" (DATE plus TIME),
    # byline. The oral hearing opens on "Tuesday 15 January" 2013-01-15 (the headline's
    # "January" 2013-01, a future month across the year boundary, gold_blind35); objectors
    # "from Monday 21 January" 2013-01-21; the evening session "Wednesday 23 January at 7.30pm"
    # two TIMEX3. The board wrote "on Wednesday" 2012-11-07 (past) and published "this
    # afternoon" 2012-11-09TAF; the council's man spoke "last night", the night of the day
    # before the page, 2012-11-08TNI (gold_blind35, gold_blind103). "sitting daily from 10am"
    # -> "daily" SET P1D and "10am" XXXX-XX-XXT10:00 (the hour of a recurring sitting). "The
    # first week of the hearing" an ordinal period of an event, DURATION P1W (gold_blind35);
    # "more than seven years after ..." an anchored duration P7Y. "March of this year" one
    # span, 2012-03; "the end of 2016" 2016; "before Christmas" the coming Christmas,
    # 2012-12-25 (the hearing it should have preceded is in January); "last spring" in November
    # the spring of the same year, 2012-SP (gold_blind33, gold_blind35); "the summer" ahead
    # 2013-SU; "for years" -> "years" PXY; "last year" 2011. Not annotated: "working hours"
    # (a kind of period, not a particular one), "An evening session" (the kind of session; its
    # day and hour are annotated), "file reference PL17.2012.0417" (a code holding "2012"),
    # "the N97", "€240m", "11km", "412", "19,000 vehicles", "at any time" (quantified, no
    # particular time).
    "kilbrack-bypass-oral-hearing": (
        "2012-11-09",
        [
            ("January", "DATE", "2013-01"),
            ("Friday, 9 November 2012", "DATE", "2012-11-09"),
            ("18:42", "TIME", "2012-11-09T18:42"),
            ("Tuesday 15 January", "DATE", "2013-01-15"),
            ("more than seven years", "DURATION", "P7Y"),
            ("three weeks", "DURATION", "P3W"),
            ("daily", "SET", "P1D"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("Wednesday", "DATE", "2012-11-07"),
            ("this afternoon", "TIME", "2012-11-09TAF"),
            ("26 October", "DATE", "2012-10-26"),
            ("The first week", "DURATION", "P1W"),
            ("Monday 21 January", "DATE", "2013-01-21"),
            ("Wednesday 23 January", "DATE", "2013-01-23"),
            ("7.30pm", "TIME", "2013-01-23T19:30"),
            ("September 2010", "DATE", "2010-09"),
            ("March of this year", "DATE", "2012-03"),
            ("2014", "DATE", "2014"),
            ("the end of 2016", "DATE", "2016"),
            ("the 1990s", "DATE", "199"),
            ("every day", "SET", "P1D"),
            ("up to 40 minutes", "DURATION", "PT40M"),
            ("2006", "DATE", "2006"),
            ("Christmas", "DATE", "2012-12-25"),
            ("last spring", "DATE", "2012-SP"),
            ("Now", "DATE", "PRESENT_REF"),
            ("January", "DATE", "2013-01"),
            ("three weeks", "DURATION", "P3W"),
            ("three days", "DURATION", "P3D"),
            ("last night", "TIME", "2012-11-08TNI"),
            ("years", "DURATION", "PXY"),
            ("the summer", "DATE", "2013-SU"),
            ("18 weeks", "DURATION", "P18W"),
            ("2009", "DATE", "2009"),
            ("22 days", "DURATION", "P22D"),
            ("last year", "DATE", "2011"),
            ("2007", "DATE", "2007"),
        ],
    ),
    # Thursday 2014-10-30 (ISO week 44), Canadian paper's website, a rail line's opening with
    # a ribbon-cutting: headline, stamp "Posted: 10/30/2014 | Last Modified: 10/30/2014 5:58
    # AM" (two DATEs in the US-style numeric form and a TIME), byline, "KESTON —" dateline.
    # Ahead: the ribbon "at 10 a.m. Saturday" 2014-11-01T10:00 plus 2014-11-01 (also the
    # headline's "Saturday"), free rides "from 11 a.m. Saturday until 6 p.m. Sunday", fares
    # and the first train "Monday ... at 5:30 a.m." 2014-11-03T05:30, the bus's last run
    # "Friday night" 2014-10-31TNI; "this weekend" 2014-W44-WE. Canadian clocks fell back on
    # the first Sunday of November 2014, 2 November: "early Sunday" DATE 2014-11-02 (like
    # "early Friday", gold_blind103), "an hour" PT1H, "2 a.m." 2014-11-02T02:00. Past: "last
    # Friday" 2014-10-24, "said Tuesday" 2014-10-28, "mid-August" 2014-08. "14 months late"
    # and "14 months later than the city promised" are the size of a delay, P14M; "three years
    # after the first shovels" an anchored duration P3Y; "a long three years" -> "three years"
    # ("long" is the speaker's feeling, not a modifier of the length). "the spring of 2014"
    # 2014-SP; "finally to November" 2014-11; "All through 2012" -> "2012"; "within five
    # years" -> "five years"; "from 2017 to 2020" two DATEs. "every seven minutes" SET PT7M,
    # "every 15 minutes after 9 p.m." SET PT15M plus XXXX-XX-XXT21:00, "on Sundays" SET
    # XXXX-WXX-7. Not annotated: "Bus Route 92", "6.2-kilometre", "$540-million", "$11
    # million", "the line's second phase", "Next time", "on time", "first train",
    # "keston.ca/eastgate2014", "905-555-2014".
    "keston-lrt-eastgate-opening": (
        "2014-10-30",
        [
            ("Saturday", "DATE", "2014-11-01"),
            ("14 months", "DURATION", "P14M"),
            ("10/30/2014", "DATE", "2014-10-30"),
            ("10/30/2014", "DATE", "2014-10-30"),
            ("5:58 AM", "TIME", "2014-10-30T05:58"),
            ("this weekend", "DATE", "2014-W44-WE"),
            ("14 months", "DURATION", "P14M"),
            ("three years", "DURATION", "P3Y"),
            ("10 a.m.", "TIME", "2014-11-01T10:00"),
            ("Saturday", "DATE", "2014-11-01"),
            ("11 a.m.", "TIME", "2014-11-01T11:00"),
            ("Saturday", "DATE", "2014-11-01"),
            ("6 p.m.", "TIME", "2014-11-02T18:00"),
            ("Sunday", "DATE", "2014-11-02"),
            ("Monday", "DATE", "2014-11-03"),
            ("5:30 a.m.", "TIME", "2014-11-03T05:30"),
            ("early Sunday", "DATE", "2014-11-02"),
            ("an hour", "DURATION", "PT1H"),
            ("2 a.m.", "TIME", "2014-11-02T02:00"),
            ("every seven minutes", "SET", "PT7M"),
            ("every 15 minutes", "SET", "PT15M"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("Friday night", "TIME", "2014-10-31TNI"),
            ("June 2010", "DATE", "2010-06"),
            ("September 2013", "DATE", "2013-09"),
            ("October 2011", "DATE", "2011-10"),
            ("the spring of 2014", "DATE", "2014-SP"),
            ("November", "DATE", "2014-11"),
            ("mid-August", "DATE", "2014-08"),
            ("last Friday", "DATE", "2014-10-24"),
            ("Tuesday", "DATE", "2014-10-28"),
            ("three years", "DURATION", "P3Y"),
            ("1987", "DATE", "1987"),
            ("2012", "DATE", "2012"),
            ("five years", "DURATION", "P5Y"),
            ("next year", "DATE", "2015"),
            ("2017", "DATE", "2017"),
            ("2020", "DATE", "2020"),
        ],
    ),
    # Sunday 2012-06-24 (ISO week 25), Scottish Sunday paper's feature, a retrospective on a
    # tunnel begun in 1972: headline, standfirst, byline, date line "Sunday 24 June 2012".
    # "Forty years on" (headline) takes the year's granularity, 2012 (gold_blind62's "Forty
    # years on"); "Forty years is a long time" a DURATION P40Y. The first train runs "On
    # Thursday" (standfirst), "Thursday morning" 2012-06-28TMO and "From Thursday" 2012-06-28;
    # the inaugural train's "5.42am" is that Thursday's, 2012-06-28T05:42; the ceremony is
    # "Wednesday evening" 2012-06-27TEV. The story line: "the spring of 1972", "the summer of
    # 1972", "March 1972", "April 1972", "the winter of 1973" 1973-WI (gold_blind26's "the
    # winter of 1941"), "the autumn of 1974" 1974-FA and "the following spring" after it
    # 1975-SP (gold_blind62); "by 1976". "at 11.20am on 14 October 2010" two TIMEX3 and "Two
    # days later" 2010-10-16, anchored on that day. "Track was laid through 2011 and the
    # signalling tested over the winter" -> "the winter" after 2011, the winter of 2011-12,
    # 2012-WI. "He is 59 now" -> "now" PRESENT_REF (gold_blind20); "These days" PRESENT_REF.
    # "more than three decades" P30Y; "once a week" SET P1W; "going to be finished in five
    # years" P5Y; "cut 25 minutes from the journey" PT25M; "every half hour from 6am to
    # midnight" SET PT30M with the hours XXXX-XX-XXT06:00 and XXXX-XX-XXT24:00 (midnight ending
    # the service day, gold_blind103); "next summer" 2013-SU; "between 1981 and 1993" two
    # DATEs. Not annotated: "For most of my life" (a lifetime, no value), "Each time" and
    # "Then" (anaphoric), ages "19" and "59", "2.4-mile", "£110m", "£185m", "the first
    # passenger train", "the first charge".
    "carrick-brae-tunnel-forty-years": (
        "2012-06-24",
        [
            ("Forty years on", "DATE", "2012"),
            ("the spring of 1972", "DATE", "1972-SP"),
            ("Thursday", "DATE", "2012-06-28"),
            ("Sunday 24 June 2012", "DATE", "2012-06-24"),
            ("the summer of 1972", "DATE", "1972-SU"),
            ("now", "DATE", "PRESENT_REF"),
            ("Thursday morning", "TIME", "2012-06-28TMO"),
            ("25 minutes", "DURATION", "PT25M"),
            ("March 1972", "DATE", "1972-03"),
            ("1976", "DATE", "1976"),
            ("the winter of 1973", "DATE", "1973-WI"),
            ("11 weeks", "DURATION", "P11W"),
            ("the autumn of 1974", "DATE", "1974-FA"),
            ("the following spring", "DATE", "1975-SP"),
            ("more than three decades", "DURATION", "P30Y"),
            ("2008", "DATE", "2008"),
            ("once a week", "SET", "P1W"),
            ("1999", "DATE", "1999"),
            ("five years", "DURATION", "P5Y"),
            ("2007", "DATE", "2007"),
            ("January 2009", "DATE", "2009-01"),
            ("11.20am", "TIME", "2010-10-14T11:20"),
            ("14 October 2010", "DATE", "2010-10-14"),
            ("Two days later", "DATE", "2010-10-16"),
            ("2011", "DATE", "2011"),
            ("the winter", "DATE", "2012-WI"),
            ("1981", "DATE", "1981"),
            ("1993", "DATE", "1993"),
            ("Thursday", "DATE", "2012-06-28"),
            ("every half hour", "SET", "PT30M"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("midnight", "TIME", "XXXX-XX-XXT24:00"),
            ("5.42am", "TIME", "2012-06-28T05:42"),
            ("Wednesday evening", "TIME", "2012-06-27TEV"),
            ("next summer", "DATE", "2013-SU"),
            ("These days", "DATE", "PRESENT_REF"),
            ("April 1972", "DATE", "1972-04"),
            ("Forty years", "DURATION", "P40Y"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
