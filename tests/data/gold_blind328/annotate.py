"""Annotations of blind gold set 328, chosen by hand before the tagger ran.

    python tests/data/gold_blind328/annotate.py [--show]

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
    # Tuesday 2012-11-13 (ISO week 46), AP court story, section label "NATIONAL", headline
    # ("sentencing set for Feb. 7"), byline, stamps "Published: Nov. 13, 2012 5:48 PM EST |
    # Updated: Nov. 13, 2012 9:05 PM EST" (date and clock time two TIMEX3 each, the zone in the
    # span and not in the value, gold_blind56, gold_blind103), "LARKSPUR FALLS, Ind. (AP) —"
    # dateline. The verdict "on Tuesday" is the publication day, returned "shortly before 3
    # p.m." ("shortly before" a signal, gold_blind47) and the lawyer spoke "Tuesday night"
    # 2012-11-13TNI (after the 9:05 PM update). Past: jurors got the case "Friday afternoon"
    # 2012-11-09TAF, "the weekend" 2012-W45-WE (10-11 November), "did not meet Monday"
    # 2012-11-12, "closed for Veterans Day" -> "Veterans Day" 2012-11-11, the holiday on the day
    # it falls on although observed on the Monday (gold_blind71: "Veterans Day" and "Sunday"
    # 2012-11-11, "observed Monday" 2012-11-12); the closing "last Thursday" 2012-11-08 (the
    # most recent Thursday before the publication day), "testified ... Wednesday" 2012-11-07.
    # Future: "Feb. 7" (headline and body) 2013-02-07 "at 10 a.m." that day, "until Jan. 4"
    # 2013-01-04 (across the year boundary), "Thanksgiving" 2012-11-22 (fourth Thursday of
    # November). "almost always on Fridays, when the fund's office closed at noon" -> SET
    # XXXX-WXX-5 and the hour of a recurring closing XXXX-XX-XXT12:00 (gold_blind39,
    # gold_blind47's "at noon every Wednesday"). "the fall of 2010" 2010-FA (one span like "the
    # spring of 1988", gold_blind35); "quarterly statements" and "monthly benefits" SETs, an
    # adjective naming a recurrence ("weekly strike benefits", gold_blind35). "that evening"
    # after "April 4, 2011" 2011-04-04TEV and "The next day" 2011-04-05 (narrative anchors,
    # gold_blind32, gold_blind39). "a decade or more" P10Y ("a week or more", gold_blind39);
    # "He wiped it out in six years" -> "six years" P6Y ("in" + the time a past change took,
    # gold_blind35); "within a year" P1Y, "within 14 days" P14D; "over two days" P2D; "up to 20
    # years" P20Y; "through eight days of testimony" P8D; "31 years" P31Y (years of service).
    # Not annotated: "until then" (anaphoric), "57", "71" (ages), "14 counts", "212 checks",
    # "$4.2 million", "9 percent", "about 340 retirees", "No. 1:11-cr-00412" (a case number
    # holding 11, the year of the arrest), "317-555-0196", "lffpension.org/2012-update" (a year
    # in a URL, in a 2012 story), "may" (the verb), "Every one", "Capt.".
    "larkspur-falls-pension-theft-verdict": (
        "2012-11-13",
        [
            ("Feb. 7", "DATE", "2013-02-07"),
            ("Nov. 13, 2012", "DATE", "2012-11-13"),
            ("5:48 PM EST", "TIME", "2012-11-13T17:48"),
            ("Nov. 13, 2012", "DATE", "2012-11-13"),
            ("9:05 PM EST", "TIME", "2012-11-13T21:05"),
            ("Tuesday", "DATE", "2012-11-13"),
            ("nearly six years", "DURATION", "P6Y"),
            ("about 11 hours", "DURATION", "PT11H"),
            ("two days", "DURATION", "P2D"),
            ("3 p.m.", "TIME", "2012-11-13T15:00"),
            ("Friday afternoon", "TIME", "2012-11-09TAF"),
            ("the weekend", "DATE", "2012-W45-WE"),
            ("Monday", "DATE", "2012-11-12"),
            ("Veterans Day", "DATE", "2012-11-11"),
            ("2003", "DATE", "2003"),
            ("March 2011", "DATE", "2011-03"),
            ("up to 20 years", "DURATION", "P20Y"),
            ("Feb. 7", "DATE", "2013-02-07"),
            ("10 a.m.", "TIME", "2013-02-07T10:00"),
            ("Jan. 4", "DATE", "2013-01-04"),
            ("June 2005", "DATE", "2005-06"),
            ("February 2011", "DATE", "2011-02"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("last Thursday", "DATE", "2012-11-08"),
            ("nearly five hours", "DURATION", "PT5H"),
            ("Wednesday", "DATE", "2012-11-07"),
            ("2004", "DATE", "2004"),
            ("a year", "DURATION", "P1Y"),
            ("the fall of 2010", "DATE", "2010-FA"),
            ("quarterly", "SET", "P3M"),
            ("April 4, 2011", "DATE", "2011-04-04"),
            ("that evening", "TIME", "2011-04-04TEV"),
            ("The next day", "DATE", "2011-04-05"),
            ("monthly", "SET", "P1M"),
            ("last year", "DATE", "2011"),
            ("a decade or more", "DURATION", "P10Y"),
            ("eight days", "DURATION", "P8D"),
            ("Oct. 22", "DATE", "2012-10-22"),
            ("31 years", "DURATION", "P31Y"),
            ("six years", "DURATION", "P6Y"),
            ("Tuesday night", "TIME", "2012-11-13TNI"),
            ("14 days", "DURATION", "P14D"),
            ("Thanksgiving", "DATE", "2012-11-22"),
        ],
    ),
    # Saturday 2013-09-14 (ISO week 37), AP hurricane landfall story, section label "WEATHER",
    # headline, double byline, stamp "Updated 8:41 pm, Saturday, September 14, 2013" (the date
    # with its weekday one DATE span, gold_blind35, and the clock time a TIME), "PORT ALDER,
    # Texas (AP) —" dateline. Landfall "early Saturday" (DATE, gold_blind39) "at about 2:30
    # a.m. CDT" ("about" kept, zone in the span); the advisory "at 4 p.m." and "Saturday
    # afternoon" the same day; "said Saturday" the publication day. The approach, all past:
    # formed "on Tuesday" 2013-09-10, a hurricane "Thursday afternoon" 2013-09-12TAF, the
    # evacuation "on Wednesday" 2013-09-11 and "the next day" 2013-09-12 (anchored on that
    # Wednesday), traffic "Thursday" 2013-09-12, "10 p.m. Friday" 2013-09-13T22:00 and the DATE,
    # the death "Friday night" 2013-09-13TNI; "strengthened overnight" is the night begun on
    # Friday evening, 2013-09-13TNI (gold_blind21, gold_blind59, gold_blind103), and "spent the
    # night" the same night. Future, the same weekdays the other way: "by Sunday morning"
    # 2013-09-15TMO, "through Monday" 2013-09-16, schools closed "Monday and Tuesday"
    # 2013-09-16 and 2013-09-17, the curfew "until at least Wednesday" 2013-09-18 (modifier
    # kept, gold_blind35); "late next week" 2013-W38 (like "early next week", gold_blind39). The
    # curfew's hours recur: "from 8 p.m. to 6 a.m." XXXX-XX-XXThh:mm and "nightly" SET
    # XXXX-XX-XXTNI (gold_blind39, gold_blind56). "the strongest in more than four decades" the
    # period of a superlative, P40Y (gold_blind39); "over the past 24 hours" PT24H; "within a
    # week" P1W; "16-hour" PT16H; "Aug. 26" 2013-08-26 (past); "Labor Day" 2013-09-02 (first
    # Monday of September); "through Nov. 30" 2013-11-30; "over the next five days" P5D;
    # "every six hours" PT6H and "every three hours" PT3H SETs. Not annotated: "Category 2",
    # "Category 1", "a 1" and "a 2" (categories), "105 mph", "6 mph", "9 feet", "10 to 15
    # inches", "8 inches", "State Highway 35", "64-year-old", "52", "180,000", "40,000", "40
    # percent", "the season" and "The Atlantic hurricane season" (a storm season, gold_blind39,
    # gold_blind103), "361-555-0148", "corvinacounty.org/delphine2013" (a year in a URL).
    "hurricane-delphine-texas-landfall": (
        "2013-09-14",
        [
            ("8:41 pm", "TIME", "2013-09-14T20:41"),
            ("Saturday, September 14, 2013", "DATE", "2013-09-14"),
            ("early Saturday", "DATE", "2013-09-14"),
            ("about 2:30 a.m. CDT", "TIME", "2013-09-14T02:30"),
            ("4 p.m.", "TIME", "2013-09-14T16:00"),
            ("Sunday morning", "TIME", "2013-09-15TMO"),
            ("Monday", "DATE", "2013-09-16"),
            ("Friday night", "TIME", "2013-09-13TNI"),
            ("Tuesday", "DATE", "2013-09-10"),
            ("Thursday afternoon", "TIME", "2013-09-12TAF"),
            ("10 p.m.", "TIME", "2013-09-13T22:00"),
            ("Friday", "DATE", "2013-09-13"),
            ("overnight", "TIME", "2013-09-13TNI"),
            ("the night", "TIME", "2013-09-13TNI"),
            ("Wednesday", "DATE", "2013-09-11"),
            ("the next day", "DATE", "2013-09-12"),
            ("more than 10 hours", "DURATION", "PT10H"),
            ("Thursday", "DATE", "2013-09-12"),
            ("1999", "DATE", "1999"),
            ("more than four decades", "DURATION", "P40Y"),
            ("the past 24 hours", "DURATION", "PT24H"),
            ("Saturday afternoon", "TIME", "2013-09-14TAF"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("at least Wednesday", "DATE", "2013-09-18"),
            ("Saturday", "DATE", "2013-09-14"),
            ("16-hour", "DURATION", "PT16H"),
            ("a week", "DURATION", "P1W"),
            ("late next week", "DATE", "2013-W38"),
            ("Monday", "DATE", "2013-09-16"),
            ("Tuesday", "DATE", "2013-09-17"),
            ("Aug. 26", "DATE", "2013-08-26"),
            ("Labor Day", "DATE", "2013-09-02"),
            ("Nov. 30", "DATE", "2013-11-30"),
            ("the next five days", "DURATION", "P5D"),
            ("every six hours", "SET", "PT6H"),
            ("every three hours", "SET", "PT3H"),
        ],
    ),
    # Thursday 2013-12-12 (ISO week 50), AP Washington story on a Senate committee hearing,
    # section label "POLITICS", headline, byline, stamp "First Published: Dec 12, 2013 4:56 PM
    # EST" (DATE and TIME), "WASHINGTON (AP) —" dateline. The hearing "on Thursday" is the
    # publication day. The outage was "on Dec. 1" 2013-12-01, "three days after Thanksgiving"
    # (Thanksgiving 2013-11-28; "three days" an anchored DURATION P3D, gold_blind35, and the
    # holiday a DATE); "at 6:12 a.m. Eastern time that Sunday" -> the TIME 2013-12-01T06:12
    # with the zone words in the span (gold_blind47) and "that Sunday" DATE 2013-12-01, a
    # narrative anchor on the Dec. 1 just named (like "that night"), not the Sunday before
    # publication; the passenger's "that night" 2013-12-01TNI likewise. The later days of the
    # outage are dated ("until Dec. 4") so that no bare weekday reaches back two weeks.
    # "stranded for days" -> "days" PXD (like "for weeks" -> "weeks", gold_blind35). Past:
    # "said Monday" 2013-12-09, "last week" 2013-W49. Future: the board "meets Tuesday"
    # 2013-12-17, "next week" 2013-W51, "in January" 2014-01, "by March 31" 2014-03-31; "the
    # Memorial Day recess" -> "Memorial Day" 2014-05-26 (last Monday of May), an adjectival
    # holiday like the adjectival month of "its August recess" (gold_blind47). "its fiscal
    # first quarter, which ends Dec. 31" -> a fiscal year running October-September, named by
    # the year it ends, FY2014-Q1 (the possessive kept, like "its fiscal first quarter" in
    # gold_blind55) plus "Dec. 31" 2013-12-31. "the third time in 18 months" P18M (the period of an
    # ordinal, gold_blind39); "twice a month" SET P1M; "two hours or more" one span PT2H (like
    # "a week or more", gold_blind39); "monthly reliability reports" SET P1M; "A decade ago"
    # 2003 (year granularity, as in the earlier sets); "the late 1990s" 199; "the end of 2015"
    # 2015; "Now" PRESENT_REF; "this year" 2013; "Recently" PAST_REF. Not annotated: "Every
    # time" (a count of occasions, gold_blind95), "SkyRes 2000" (a system's name holding a
    # year-like number), "Flight 1209" (reads like 12/09, three days before publication),
    # "3-year-old", "58", "R-Kan.", "D-Ore.", "1,900 flights", "$140 million", "$31 million",
    # "$60 million", "1-800-555-0177", "holiday travelers" (an adjective naming a kind).
    "senate-hearing-meridian-airline-outage": (
        "2013-12-12",
        [
            ("Dec 12, 2013", "DATE", "2013-12-12"),
            ("4:56 PM EST", "TIME", "2013-12-12T16:56"),
            ("Thursday", "DATE", "2013-12-12"),
            ("days", "DURATION", "PXD"),
            ("Dec. 1", "DATE", "2013-12-01"),
            ("three days", "DURATION", "P3D"),
            ("Thanksgiving", "DATE", "2013-11-28"),
            ("6:12 a.m. Eastern time", "TIME", "2013-12-01T06:12"),
            ("that Sunday", "DATE", "2013-12-01"),
            ("nearly nine hours", "DURATION", "PT9H"),
            ("the next two days", "DURATION", "P2D"),
            ("Dec. 4", "DATE", "2013-12-04"),
            ("nearly three hours", "DURATION", "PT3H"),
            ("April 2012", "DATE", "2012-04"),
            ("18 months", "DURATION", "P18M"),
            ("2011", "DATE", "2011"),
            ("the late 1990s", "DATE", "199"),
            ("the end of 2015", "DATE", "2015"),
            ("41 hours", "DURATION", "PT41H"),
            ("that night", "TIME", "2013-12-01TNI"),
            ("twice a month", "SET", "P1M"),
            ("eight years", "DURATION", "P8Y"),
            ("last week", "DATE", "2013-W49"),
            ("March 31", "DATE", "2014-03-31"),
            ("Monday", "DATE", "2013-12-09"),
            ("its fiscal first quarter", "DATE", "FY2014-Q1"),
            ("Dec. 31", "DATE", "2013-12-31"),
            ("January", "DATE", "2014-01"),
            ("Memorial Day", "DATE", "2014-05-26"),
            ("24 hours", "DURATION", "PT24H"),
            ("two hours or more", "DURATION", "PT2H"),
            ("30 days", "DURATION", "P30D"),
            ("monthly", "SET", "P1M"),
            ("A decade ago", "DATE", "2003"),
            ("Now", "DATE", "PRESENT_REF"),
            ("this year", "DATE", "2013"),
            ("Tuesday", "DATE", "2013-12-17"),
            ("next week", "DATE", "2013-W51"),
            ("Recently", "DATE", "PAST_REF"),
        ],
    ),
    # Monday 2014-06-16 (ISO week 25), Reuters US website story on a Supreme Court ruling,
    # section label and stamp "U.S. | Mon Jun 16, 2014 2:34pm EDT" (the date with its
    # abbreviated weekday one DATE span, like "Thu October 2, 2014" in gold_blind36, and
    # the clock time a TIME), headline, byline, "WASHINGTON (Reuters) -" dateline, sign-off.
    # The ruling "on Monday" (and "Monday's ruling" without the "'s") is the publication day,
    # "read from the bench at 10:02 a.m." that day, the plaintiff told "on Monday morning"
    # 2014-06-16TMO. Past: the company's announcement "on Friday" 2014-06-13, the argument "on
    # Jan. 14" 2014-01-14. Future: rulings "on Thursday" 2014-06-19, "next week" 2014-W26, "by
    # the end of June" 2014-06 (gold_blind35's "the end of the month"). The narrative of 2010:
    # "Sept. 3, 2010", "the end of that month" 2010-09, "Sept. 30" 2010-09-30 (the year of its
    # narrative), "Dec. 20, 2010", "81 days after leaving but 108 days after she was told"
    # anchored DURATIONs P81D and P108D, "about two weeks after she reported" P2W; "October
    # 2010". "two months' notice" -> "two months" P2M (like "seven days' notice", gold_blind27,
    # gold_blind95). "90 days" twice, "30 days" P30D; "years" PXY. "fiscal 2013, which ended
    # Sept. 30" -> FY2013 (the federal fiscal year, October-September, gold_blind35) and
    # 2013-09-30; "a year earlier" after it FY2012 (the granularity of what it is compared
    # with, gold_blind35). "The 1978 law" an adjectival year; "the 1980s" 198; "11 years" P11Y;
    # "now" PRESENT_REF; "this year" 2014. Not annotated: "their last day on the job", "the day
    # they are told of their dismissal" and "the day of notice" (days named by events, not
    # dated by the text beyond "Sept. 3, 2010" and "Sept. 30"), "the payroll", "their work"
    # (the court's term, gold_blind47's "their next term"), "6-3", "the 9th U.S. Circuit Court
    # of Appeals", "No. 13-517" (a docket number holding 13), "2,114", "1,826", "49", "16
    # cases", "three dissenting justices", "school bus".
    "supreme-court-whistleblower-deadline": (
        "2014-06-16",
        [
            ("Mon Jun 16, 2014", "DATE", "2014-06-16"),
            ("2:34pm EDT", "TIME", "2014-06-16T14:34"),
            ("Monday", "DATE", "2014-06-16"),
            ("90 days", "DURATION", "P90D"),
            ("10:02 a.m.", "TIME", "2014-06-16T10:02"),
            ("Sept. 3, 2010", "DATE", "2010-09-03"),
            ("the end of that month", "DATE", "2010-09"),
            ("about two weeks", "DURATION", "P2W"),
            ("Sept. 30", "DATE", "2010-09-30"),
            ("Dec. 20, 2010", "DATE", "2010-12-20"),
            ("81 days", "DURATION", "P81D"),
            ("108 days", "DURATION", "P108D"),
            ("2013", "DATE", "2013"),
            ("the 1980s", "DATE", "198"),
            ("two months", "DURATION", "P2M"),
            ("years", "DURATION", "PXY"),
            ("1978", "DATE", "1978"),
            ("90 days", "DURATION", "P90D"),
            ("1991", "DATE", "1991"),
            ("30 days", "DURATION", "P30D"),
            ("fiscal 2013", "DATE", "FY2013"),
            ("Sept. 30", "DATE", "2013-09-30"),
            ("a year earlier", "DATE", "FY2012"),
            ("11 years", "DURATION", "P11Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("Monday", "DATE", "2014-06-16"),
            ("Monday morning", "TIME", "2014-06-16TMO"),
            ("October 2010", "DATE", "2010-10"),
            ("Friday", "DATE", "2014-06-13"),
            ("this year", "DATE", "2014"),
            ("Jan. 14", "DATE", "2014-01-14"),
            ("the end of June", "DATE", "2014-06"),
            ("Thursday", "DATE", "2014-06-19"),
            ("next week", "DATE", "2014-W26"),
        ],
    ),
    # Wednesday 2014-09-03 (ISO week 36), Reuters US wire story on a transit strike, headline
    # ("talks for Thursday"), byline, "PORT CALDER, Ohio, Sept 3 (Reuters) -" dateline (the
    # date in the dateline, DATE, like "KESTOW, Oct 15 (Reuters) -" in gold_blind28), sign-off.
    # "on Wednesday" and "on Wednesday morning" 2014-09-03TMO are the wire's day. Past: the
    # walkout "at 12:01 a.m. on Tuesday" 2014-09-02T00:01 and the DATE, "about three hours
    # after" talks broke off "at about 9 p.m. on Labor Day" (2014-09-01, the first Monday of
    # September; "about" kept before the clock time, gold_blind39), PT3H an anchored DURATION;
    # the union's deadline "until midnight Monday" -> "midnight" 2014-09-01T24:00, the midnight
    # that ends Monday (gold_blind39, gold_blind47, gold_blind103), and "Monday" 2014-09-01;
    # "on Tuesday night" 2014-09-02TNI, the cab "on Tuesday" 2014-09-02. Future: talks "at 10
    # a.m. Thursday" 2014-09-04T10:00 and the DATE (also in the headline), "Friday night's
    # game" -> "Friday night" 2014-09-05TNI, "Saturday afternoon" 2014-09-06TAF, the board
    # "Monday" 2014-09-08 (Monday in both directions). "its fiscal year that began July 1" ->
    # "its fiscal year" FY2015 (a transit authority's July-June year named by the year it
    # ends, like the school district's in gold_blind39) plus 2014-07-01. "expired June 30"
    # 2014-06-30; "starting in January" 2015-01 ("starting" a signal, gold_blind39); "Aug. 25"
    # 2014-08-25; "since 1994" and "19 days"; "more than two months" P2M; "over three years"
    # P3Y; "13 hours" PT13H; "a four-year deal" P4Y; "in 2010". The Red Line's service recurs:
    # "every 10 minutes" SET PT10M and "from 5 a.m. to 11 p.m." XXXX-XX-XXThh:mm (gold_blind39);
    # "booked 24 hours ahead" PT24H (an anchored duration); "every day" SET P1D; "recent weeks"
    # PAST_REF; "the next few days" PXD. Not annotated: "140,000 daily riders" ("daily" names
    # the period of a figure, not a recurrence, like "its usual monthly total" in gold_blind103
    # and "a monthly rise" in gold_blind23), "until the strike ends" (event-named), "Local
    # 1979" (a union local, in a story with "1994" annotated, like "Local 1990" in
    # gold_blind35), "Route 17", "the Red Line", "1,300", "42 bus routes", "6 percent", "9
    # percent", "4 percent", "$38", "$2.25", "34", "lrta.org/strike2014", "440-555-0163",
    # "split shifts", "on call", "minor-league".
    "port-calder-transit-strike": (
        "2014-09-03",
        [
            ("Thursday", "DATE", "2014-09-04"),
            ("Sept 3", "DATE", "2014-09-03"),
            ("Wednesday", "DATE", "2014-09-03"),
            ("Wednesday morning", "TIME", "2014-09-03TMO"),
            ("12:01 a.m.", "TIME", "2014-09-02T00:01"),
            ("Tuesday", "DATE", "2014-09-02"),
            ("about three hours", "DURATION", "PT3H"),
            ("about 9 p.m.", "TIME", "2014-09-01T21:00"),
            ("Labor Day", "DATE", "2014-09-01"),
            ("1994", "DATE", "1994"),
            ("19 days", "DURATION", "P19D"),
            ("10 a.m.", "TIME", "2014-09-04T10:00"),
            ("Thursday", "DATE", "2014-09-04"),
            ("June 30", "DATE", "2014-06-30"),
            ("more than two months", "DURATION", "P2M"),
            ("three years", "DURATION", "P3Y"),
            ("January", "DATE", "2015-01"),
            ("13 hours", "DURATION", "PT13H"),
            ("midnight", "TIME", "2014-09-01T24:00"),
            ("Monday", "DATE", "2014-09-01"),
            ("Wednesday", "DATE", "2014-09-03"),
            ("its fiscal year", "DATE", "FY2015"),
            ("July 1", "DATE", "2014-07-01"),
            ("four-year", "DURATION", "P4Y"),
            ("2010", "DATE", "2010"),
            ("every 10 minutes", "SET", "PT10M"),
            ("5 a.m.", "TIME", "XXXX-XX-XXT05:00"),
            ("11 p.m.", "TIME", "XXXX-XX-XXT23:00"),
            ("24 hours", "DURATION", "PT24H"),
            ("Aug. 25", "DATE", "2014-08-25"),
            ("Tuesday night", "TIME", "2014-09-02TNI"),
            ("Friday night", "TIME", "2014-09-05TNI"),
            ("Saturday afternoon", "TIME", "2014-09-06TAF"),
            ("Tuesday", "DATE", "2014-09-02"),
            ("every day", "SET", "P1D"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("the next few days", "DURATION", "PXD"),
            ("Monday", "DATE", "2014-09-08"),
        ],
    ),
    # Friday 2015-07-24 (ISO week 30), AP congressional story on a House vote, section label
    # "CONGRESS", headline, byline, stamp "Jul. 24, 2015 7:18 PM EDT" (DATE and TIME),
    # "WASHINGTON (AP) —" dateline. The vote "on Friday" is the publication day, "at 11:40
    # a.m.", after debate "over Thursday night and Friday morning" (2015-07-23TNI and
    # 2015-07-24TMO). Past: the committee vote "Wednesday" 2015-07-22, the White House "said
    # Tuesday" 2015-07-21, "July 7" 2015-07-07, "last month" 2015-06, "Earlier this year"
    # 2015. Future: "The House leaves Thursday" 2015-07-30 (Thursday in both directions) "for
    # five weeks" P5W, "next week" 2015-W31, "Aug. 7" 2015-08-07, "at least September" 2015-09
    # (modifier kept, gold_blind35), "at midnight July 31" -> "midnight" 2015-07-31T24:00 (the
    # end of that day) and "July 31"; "a week before its authority runs out" an anchored
    # DURATION P1W; "for another two years" P2Y (the determiner kept, like gold_blind47's
    # "another six weeks"); "through Sept. 30, 2017". The federal fiscal year runs
    # October-September, named by the year it ends: "fiscal 2016, which begins Oct. 1" FY2016
    # and 2015-10-01, "fiscal 2014" FY2014 and "a year earlier" after it FY2013 (gold_blind35).
    # "their August recess" -> "August" 2015-08 (gold_blind47); "the Fourth of July recess" ->
    # "Fourth of July" 2015-07-04, the adjectival holiday without the article, which belongs to
    # "recess" (see README). "every five years since 1990" a SET P5Y and a DATE (gold_blind39);
    # "five-year", "one-year", "two-year" adjectival DURATIONs; "over the past decade" P10Y;
    # "over 10 years" P10Y; "since 2012"; "every morning" SET XXXX-XX-XXTMO. Not annotated:
    # "268-151", "H.R. 2016" (a bill number, in a story with "fiscal 2016" annotated), "R-Neb.",
    # "R-Texas", "D-N.M.", "61", "83 towns", "about 1,100 towns", "40 percent", "$1.4 billion",
    # "$2.6 billion", "640 loans", "590", "11 bills", "by then" (anaphoric), "every time" (a
    # count of occasions), "current authority", "voice vote".
    "house-rural-water-loans-extension": (
        "2015-07-24",
        [
            ("Jul. 24, 2015", "DATE", "2015-07-24"),
            ("7:18 PM EDT", "TIME", "2015-07-24T19:18"),
            ("Friday", "DATE", "2015-07-24"),
            ("another two years", "DURATION", "P2Y"),
            ("a week", "DURATION", "P1W"),
            ("Sept. 30, 2017", "DATE", "2017-09-30"),
            ("fiscal 2016", "DATE", "FY2016"),
            ("Oct. 1", "DATE", "2015-10-01"),
            ("midnight", "TIME", "2015-07-31T24:00"),
            ("July 31", "DATE", "2015-07-31"),
            ("11:40 a.m.", "TIME", "2015-07-24T11:40"),
            ("about two hours", "DURATION", "PT2H"),
            ("Thursday night", "TIME", "2015-07-23TNI"),
            ("Friday morning", "TIME", "2015-07-24TMO"),
            ("Earlier this year", "DATE", "2015"),
            ("one-year", "DURATION", "P1Y"),
            ("Wednesday", "DATE", "2015-07-22"),
            ("next week", "DATE", "2015-W31"),
            ("Thursday", "DATE", "2015-07-30"),
            ("five weeks", "DURATION", "P5W"),
            ("August", "DATE", "2015-08"),
            ("Aug. 7", "DATE", "2015-08-07"),
            ("at least September", "DATE", "2015-09"),
            ("1972", "DATE", "1972"),
            ("every five years", "SET", "P5Y"),
            ("1990", "DATE", "1990"),
            ("five-year", "DURATION", "P5Y"),
            ("2010", "DATE", "2010"),
            ("the past decade", "DURATION", "P10Y"),
            ("2012", "DATE", "2012"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("Tuesday", "DATE", "2015-07-21"),
            ("two-year", "DURATION", "P2Y"),
            ("last month", "DATE", "2015-06"),
            ("10 years", "DURATION", "P10Y"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("a year earlier", "DATE", "FY2013"),
            ("Fourth of July", "DATE", "2015-07-04"),
            ("July 7", "DATE", "2015-07-07"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
