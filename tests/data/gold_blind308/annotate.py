"""Annotations of blind gold set 308, chosen by hand before the tagger ran.

    python tests/data/gold_blind308/annotate.py [--show]

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
    # Wednesday 2012-08-22 (ISO week 34), Reuters-style Fed-minutes wire, "UPDATE 2-" headline,
    # stamp "Wed Aug 22, 2012 4:18pm EDT" (abbreviated weekday and date one DATE span,
    # gold_blind70, gold_blind98; the clock time a TIME, zone in the span), bullets, byline,
    # "WASHINGTON, Aug 22 (Reuters) -" dateline. "on Wednesday" is the publication day. The
    # meeting "July 31-Aug. 1" is two DATEs 2012-07-31 and 2012-08-01; the bullet's "released
    # three weeks later" is DATE 2012-W34, counted at week granularity from the ISO week of the
    # meeting's last day, week 31 (gold_blind24, gold_blind29), which is the week of
    # publication; the body's "three weeks after the gathering" and "three weeks after each
    # meeting" are durations anchored to an event, P3W (gold_blind35). "late last month"
    # 2012-07; "September" (bullet, lead, quote) and "next month" 2012-09; "the fourth quarter"
    # 2012-Q4; "the summer" 2012-SU; the minutes' "the first half of the year" 2012-H1; "2 p.m.
    # EDT (1800 GMT)" two TIMEs on the day of release (gold_blind28). "through late 2014" ->
    # "late 2014" 2014. "the next meeting on Sept. 12-13" -> "Sept. 12" and the bare "13", two
    # DATEs (gold_blind51's "Dec. 11-12"); the statement "at 12:30 p.m. EDT on Sept. 13". "the
    # spring of 2010" one span; "dropped it within weeks" -> "weeks" PXW; "for two years now"
    # P2Y and PRESENT_REF. "the government's August jobs report" -> "August" 2012-08, a report's
    # month (gold_blind51's "April figures"); "last week" 2012-W33; "for the first time in four
    # months" -> "four months" P4M (the period of a "first in"); "due on Thursday" 2012-08-23.
    # "every six months" SET P6M; "eight times a year" SET P1Y with the count in the span
    # (gold_blind51); "early 2005" 2005. Not annotated: "overnight rates" (an adjective naming a
    # kind of rate, like "Overnight lows" in gold_blind103), "for most of the session" (a
    # trading session), "the next meeting", "the following meeting", "the election", "for the
    # first time", "UPDATE 2", "$25 billion", "$10 billion", "The 12 voting members".
    "fed-minutes-small-bank-lending": (
        "2012-08-22",
        [
            ("Wed Aug 22, 2012", "DATE", "2012-08-22"),
            ("4:18pm EDT", "TIME", "2012-08-22T16:18"),
            ("September", "DATE", "2012-09"),
            ("July 31", "DATE", "2012-07-31"),
            ("Aug. 1", "DATE", "2012-08-01"),
            ("three weeks later", "DATE", "2012-W34"),
            ("Aug 22", "DATE", "2012-08-22"),
            ("late last month", "DATE", "2012-07"),
            ("September", "DATE", "2012-09"),
            ("Wednesday", "DATE", "2012-08-22"),
            ("July 31", "DATE", "2012-07-31"),
            ("Aug. 1", "DATE", "2012-08-01"),
            ("2 p.m. EDT", "TIME", "2012-08-22T14:00"),
            ("1800 GMT", "TIME", "2012-08-22T18:00"),
            ("three weeks", "DURATION", "P3W"),
            ("the fourth quarter", "DATE", "2012-Q4"),
            ("the summer", "DATE", "2012-SU"),
            ("the first half of the year", "DATE", "2012-H1"),
            ("recent months", "DATE", "PAST_REF"),
            ("December 2008", "DATE", "2008-12"),
            ("late 2014", "DATE", "2014"),
            ("up to three years", "DURATION", "P3Y"),
            ("every six months", "SET", "P6M"),
            ("Sept. 12", "DATE", "2012-09-12"),
            ("13", "DATE", "2012-09-13"),
            ("12:30 p.m. EDT", "TIME", "2012-09-13T12:30"),
            ("Sept. 13", "DATE", "2012-09-13"),
            ("next month", "DATE", "2012-09"),
            ("September", "DATE", "2012-09"),
            ("November", "DATE", "2012-11"),
            ("the spring of 2010", "DATE", "2010-SP"),
            ("weeks", "DURATION", "PXW"),
            ("two years", "DURATION", "P2Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("August", "DATE", "2012-08"),
            ("Sept. 7", "DATE", "2012-09-07"),
            ("last week", "DATE", "2012-W33"),
            ("July", "DATE", "2012-07"),
            ("four months", "DURATION", "P4M"),
            ("Thursday", "DATE", "2012-08-23"),
            ("eight times a year", "SET", "P1Y"),
            ("early 2005", "DATE", "2005"),
            ("three weeks", "DURATION", "P3W"),
        ],
    ),
    # Friday 2013-12-20 (ISO week 51), AP-style state jobs report, headline ("lowest since
    # 2008"), byline "Associated Press", stamp "Published: Dec. 20, 2013 1:47 PM EST" (DATE and
    # TIME; "Published:" a label, gold_blind41), "COLUMBUS, Ohio (AP) —" dateline; "the state
    # said Friday" is the publication day. The figures are November's: "in November" (four
    # times) and "last month" 2013-11; "in October" and "the month before" 2013-10 (after
    # "last month", like "the month before" in gold_blind23); "a year earlier" after the
    # November rate 2012-11 (the granularity of what it is compared with, gold_blind35);
    # "more than five years" P5Y, the period of a superlative ("its lowest level in more than
    # five years"); "Christmas" 2013-12-25; "earlier this month" 2013-12; "since the spring"
    # 2013-SP; "Ask me again in March" 2014-03 (future). "Over the past 12 months" -> "the past
    # 12 months" P12M; "the 12 months through November 2012" -> "the 12 months" P12M and
    # "November 2012" (gold_blind51); "the first half of the year" 2013-H1; "for decades" PXY
    # (gold_blind6, gold_blind32); "the 1990s" 199; "Two years ago" 2011 (the unit's
    # granularity); "early 2010" 2010; "several months after the recession officially ended in
    # June 2009" -> "several months" PXM (a duration anchored to an event) and "June 2009";
    # "every month" SET P1M. The job fair "Thursday" 2013-12-19; "since ... August" 2013-08;
    # "the past few days" PXD (like "the next few days", gold_blind103); "New Year's Day"
    # 2014-01-01 (gold_blind47). Future: "Jan. 14 from 10 a.m. to 3 p.m." a DATE and two TIMEs
    # on it; "The state's December report" and "national figures for December" 2013-12 (a
    # report's month); "Jan. 17" 2014-01-17, "Jan. 10" 2014-01-10. Not annotated: "the
    # holidays" (no dates), "seasonal workers" (an adjective), "7.1 percent" and the other
    # rates, "9,400", "2,100", "6,800", "38,000", "61,000", "1,200", "a million", "44" (an age),
    # "200 applications", "4020 E. Fifth Ave.", "www.columbusjobfair2014.org" (a year in a web
    # address), "614-555-2013" (a phone number ending in the year before the fair).
    "ohio-jobless-rate-november": (
        "2013-12-20",
        [
            ("2008", "DATE", "2008"),
            ("Dec. 20, 2013", "DATE", "2013-12-20"),
            ("1:47 PM EST", "TIME", "2013-12-20T13:47"),
            ("November", "DATE", "2013-11"),
            ("more than five years", "DURATION", "P5Y"),
            ("Christmas", "DATE", "2013-12-25"),
            ("Friday", "DATE", "2013-12-20"),
            ("October", "DATE", "2013-10"),
            ("a year earlier", "DATE", "2012-11"),
            ("last month", "DATE", "2013-11"),
            ("the month before", "DATE", "2013-10"),
            ("earlier this month", "DATE", "2013-12"),
            ("the spring", "DATE", "2013-SP"),
            ("March", "DATE", "2014-03"),
            ("November", "DATE", "2013-11"),
            ("the past 12 months", "DURATION", "P12M"),
            ("the 12 months", "DURATION", "P12M"),
            ("November 2012", "DATE", "2012-11"),
            ("the first half of the year", "DATE", "2013-H1"),
            ("decades", "DURATION", "PXY"),
            ("November", "DATE", "2013-11"),
            ("the 1990s", "DATE", "199"),
            ("Two years ago", "DATE", "2011"),
            ("early 2010", "DATE", "2010"),
            ("several months", "DURATION", "PXM"),
            ("June 2009", "DATE", "2009-06"),
            ("every month", "SET", "P1M"),
            ("Thursday", "DATE", "2013-12-19"),
            ("August", "DATE", "2013-08"),
            ("the past few days", "DURATION", "PXD"),
            ("New Year's Day", "DATE", "2014-01-01"),
            ("Jan. 14", "DATE", "2014-01-14"),
            ("10 a.m.", "TIME", "2014-01-14T10:00"),
            ("3 p.m.", "TIME", "2014-01-14T15:00"),
            ("December", "DATE", "2013-12"),
            ("Jan. 17", "DATE", "2014-01-17"),
            ("December", "DATE", "2013-12"),
            ("Jan. 10", "DATE", "2014-01-10"),
        ],
    ),
    # Saturday 2015-04-04 (ISO week 14), AP-style statehouse story on a governor's veto,
    # headline ("override fight set for April 29"), byline, stamp "Published 11:05 a.m. CDT,
    # Saturday, April 4, 2015" (a TIME, then the date with its weekday one DATE span),
    # "TOPEKA, Kan. (AP) —" dateline. The veto came "late Friday" 2015-04-03 (a DATE,
    # gold_blind28), "released at 5:40 p.m." that day, "hours before his deadline at midnight"
    # -> "hours" PTXH (a vague duration anchored to an event, like "days before Thanksgiving"
    # in gold_blind39) and "midnight" 2015-04-03T24:00 (the midnight that ends the day,
    # gold_blind41, gold_blind47); "that evening" 2015-04-03TEV (anchored on Friday, like "that
    # night" in gold_blind39); "Friday night" 2015-04-03TNI, "Saturday morning" 2015-04-04TMO
    # (the publication day's morning, past tense). "on March 10" and "the following day"
    # 2015-03-11 (anchored on the last date, gold_blind16, gold_blind21); "a month ago" 2015-03;
    # "through Easter" 2015-04-05 (Easter Sunday 2015); "meet Monday" (future) 2015-04-06;
    # the veto session "at 10 a.m. on April 29" and "about a week" P1W. "this year" 2015;
    # "January 2011"; "two years ago" 2013; "less than an hour" PT1H; Kansas's fiscal year runs
    # July-June and is named by the year it ends, so "the fiscal year that begins July 1" ->
    # "the fiscal year" FY2016 plus 2015-07-01, and "fiscal 2017" FY2017 (gold_blind41's
    # Missouri); "on Wednesday" (past) 2015-04-01; "the end of 2016" 2016 (calendar wording);
    # "the 1950s and 1960s" -> "the 1950s" 195 and "1960s" 196 (gold_blind39's "1940s"); "for
    # years" PXY; "the 1990s" 199; "I've waited 14 years" P14Y; "Every fall" SET XXXX-FA
    # (gold_blind41); "costs us days" PXD. Not annotated: "spring break" (the name of a
    # legislative recess, like "summer school" in gold_blind47), "The veto session" (an event;
    # its dates are annotated), "House Bill 2013" (a bill number like a year, in a 2015 story
    # with "2011", "2016" and "fiscal 2017" annotated), "two-paragraph", "31-9", "96-27",
    # "two-thirds", "84", "125-member", "40-member", "third veto", "$40 million", "$12 million",
    # "4,900", "15-ton", "Route 61", "19-mile", "63" (an age).
    "kansas-bridge-bill-veto-override": (
        "2015-04-04",
        [
            ("April 29", "DATE", "2015-04-29"),
            ("11:05 a.m. CDT", "TIME", "2015-04-04T11:05"),
            ("Saturday, April 4, 2015", "DATE", "2015-04-04"),
            ("late Friday", "DATE", "2015-04-03"),
            ("April 29", "DATE", "2015-04-29"),
            ("5:40 p.m.", "TIME", "2015-04-03T17:40"),
            ("hours", "DURATION", "PTXH"),
            ("midnight", "TIME", "2015-04-03T24:00"),
            ("that evening", "TIME", "2015-04-03TEV"),
            ("March 10", "DATE", "2015-03-10"),
            ("the following day", "DATE", "2015-03-11"),
            ("a month ago", "DATE", "2015-03"),
            ("Friday night", "TIME", "2015-04-03TNI"),
            ("Saturday morning", "TIME", "2015-04-04TMO"),
            ("Easter", "DATE", "2015-04-05"),
            ("Monday", "DATE", "2015-04-06"),
            ("10 a.m.", "TIME", "2015-04-29T10:00"),
            ("April 29", "DATE", "2015-04-29"),
            ("about a week", "DURATION", "P1W"),
            ("this year", "DATE", "2015"),
            ("January 2011", "DATE", "2011-01"),
            ("two years ago", "DATE", "2013"),
            ("less than an hour", "DURATION", "PT1H"),
            ("the fiscal year", "DATE", "FY2016"),
            ("July 1", "DATE", "2015-07-01"),
            ("fiscal 2017", "DATE", "FY2017"),
            ("Wednesday", "DATE", "2015-04-01"),
            ("the end of 2016", "DATE", "2016"),
            ("the 1950s", "DATE", "195"),
            ("1960s", "DATE", "196"),
            ("years", "DURATION", "PXY"),
            ("the 1990s", "DATE", "199"),
            ("14 years", "DURATION", "P14Y"),
            ("Every fall", "SET", "XXXX-FA"),
            ("days", "DURATION", "PXD"),
        ],
    ),
    # Monday 2014-01-13 (ISO week 3), Reuters-style Supreme Court argument story, headline,
    # stamp "Mon Jan 13, 2014 6:02pm EST" (DATE span with the abbreviated weekday and a TIME),
    # byline, "WASHINGTON, Jan 13 (Reuters) -" dateline; "on Monday" the publication day.
    # "the court's January sitting" -> "January" 2014-01 (an adjectival month naming one
    # month, like "its August recess" in gold_blind47); "an hour of argument that began at 10
    # a.m." -> "an hour" PT1H and "10 a.m." 2014-01-13T10:00; "the 1938 Fair Labor Standards
    # Act" and "a 1947 amendment" adjectival years (gold_blind35's "1987 ruling", gold_blind47's
    # "a 1996 law"). Future: "the end of June" 2014-06 (a named month's end takes the month,
    # gold_blind51), "as early as April" 2014-04, "next week" 2014-W04, "on Tuesday and
    # Wednesday" 2014-01-14 and 2014-01-15, "Feb. 24" 2014-02-24, "the final days" PXD (vague,
    # anchored to an event, gold_blind47) and "the summer" 2014-SU. Past: "March 2011"; "the
    # next year" after it 2012 (like "the following year", gold_blind28); "last February" in a
    # January story is the February before, 2013-02 (like "last December" in a November story,
    # gold_blind51); "agreed in June" 2013-06; "filed in October" 2013-10; "said on Friday"
    # 2014-01-10; "on Monday afternoon" 2014-01-13TAF; "2011", "last year" 2013, "2010".
    # Durations: "up to four hours" PT4H, "the past three years" P3Y, "more than two hours"
    # PT2H, "six years" P6Y, "more than 70 years" P70Y, "a four-week break" -> "four-week" P4W
    # (adjectival); "the 1930s" 193. Not annotated: "the term" and "the court's ... sitting"
    # beyond "January" (court periods without a value of their own, gold_blind47), "on the
    # clock" (an idiom), "by the mile", "from the moment", "for the last time", "the longest
    # period the law allows", "the 3rd U.S. Circuit Court of Appeals", "2-1", "No. 12-1187" (a
    # docket number holding "12"), "2,300", "$18 million", "$40", "58" (an age).
    "supreme-court-trucker-dock-waits": (
        "2014-01-13",
        [
            ("Mon Jan 13, 2014", "DATE", "2014-01-13"),
            ("6:02pm EST", "TIME", "2014-01-13T18:02"),
            ("Jan 13", "DATE", "2014-01-13"),
            ("Monday", "DATE", "2014-01-13"),
            ("January", "DATE", "2014-01"),
            ("an hour", "DURATION", "PT1H"),
            ("10 a.m.", "TIME", "2014-01-13T10:00"),
            ("1938", "DATE", "1938"),
            ("the end of June", "DATE", "2014-06"),
            ("up to four hours", "DURATION", "PT4H"),
            ("March 2011", "DATE", "2011-03"),
            ("the next year", "DATE", "2012"),
            ("last February", "DATE", "2013-02"),
            ("June", "DATE", "2013-06"),
            ("1947", "DATE", "1947"),
            ("October", "DATE", "2013-10"),
            ("the past three years", "DURATION", "P3Y"),
            ("Friday", "DATE", "2014-01-10"),
            ("Monday afternoon", "TIME", "2014-01-13TAF"),
            ("more than two hours", "DURATION", "PT2H"),
            ("2011", "DATE", "2011"),
            ("last year", "DATE", "2013"),
            ("2010", "DATE", "2010"),
            ("six years", "DURATION", "P6Y"),
            ("the 1930s", "DATE", "193"),
            ("more than 70 years", "DURATION", "P70Y"),
            ("Tuesday", "DATE", "2014-01-14"),
            ("Wednesday", "DATE", "2014-01-15"),
            ("next week", "DATE", "2014-W04"),
            ("four-week", "DURATION", "P4W"),
            ("Feb. 24", "DATE", "2014-02-24"),
            ("April", "DATE", "2014-04"),
            ("the final days", "DURATION", "PXD"),
            ("the summer", "DATE", "2014-SU"),
        ],
    ),
    # Tuesday 2014-08-05 (ISO week 32), AP-style campaign story, headline ("a week before
    # primary"), byline, stamp "Updated 7:24 pm, Tuesday, August 5, 2014" (a TIME and a DATE
    # span with its weekday), "ROCHESTER, Minn. (AP) —" dateline; "on Tuesday" the publication
    # day. "a week before the Aug. 12 primary" (and the headline) -> "a week" DURATION P1W, a
    # duration anchored to an event (gold_blind32's "less than a week before a deadline"), and
    # "Aug. 12" 2014-08-12; "next Tuesday's primary" -> "next Tuesday" 2014-08-12, the coming
    # Tuesday a week on (gold_blind32, gold_blind37). "spent the morning" 2014-08-05TMO; "by 8
    # p.m." that day; "a 14-hour day" -> "14-hour" PT14H. Past: "in April" 2014-04; "since
    # 2007", "since 2003"; "Six weeks ago" 2014-W26 (week granularity, six ISO weeks before
    # week 32, like "Three weeks ago" in gold_blind5); "over the weekend" in a Tuesday story ->
    # "the weekend" just past 2014-W31-WE (2-3 August, gold_blind28); "from July 28 to July
    # 31"; "a week earlier" than that poll 2014-W30 (the ISO week before the poll's week 31,
    # gold_blind22, gold_blind29); "spent Monday" 2014-08-04 and "said Monday" 2014-08-04;
    # "late Monday" 2014-08-04 (a DATE, gold_blind28); "two years ago" 2012; "by the end of
    # June" 2014-06; "on July 15"; "every morning since July" a SET XXXX-XX-XXTMO and the DATE
    # 2014-07 (gold_blind35's "every Saturday since mid-January"); "since 1994". Future:
    # "Thursday" 2014-08-07; "this week" 2014-W32; "Nov. 4" and "Election Day" 2014-11-04 (the
    # general election, gold_blind41); "ends at 5 p.m. Monday, Aug. 11" a TIME and one DATE
    # span with its weekday; "from 7 a.m. to 8 p.m. on Aug. 12" two TIMEs on that day and the
    # DATE. "Now we're tied" PRESENT_REF. Not annotated: "the Rochester Sunday Tribune" (a
    # newspaper, in a story with weekdays annotated), "a fifth term", "52-year-old", "61" (an
    # age), "about 150 supporters", "240 miles", "Interstate 90", "Highway 52" (beside the age
    # 52), "38 percent", "36 percent", "4.5 percentage points", "600 likely voters", "9 points",
    # "$612,000", "twice as much", "20 percent", "the primary", "the district's primaries".
    "minnesota-primary-closing-stop": (
        "2014-08-05",
        [
            ("a week", "DURATION", "P1W"),
            ("7:24 pm", "TIME", "2014-08-05T19:24"),
            ("Tuesday, August 5, 2014", "DATE", "2014-08-05"),
            ("Tuesday", "DATE", "2014-08-05"),
            ("a week", "DURATION", "P1W"),
            ("Aug. 12", "DATE", "2014-08-12"),
            ("the morning", "TIME", "2014-08-05TMO"),
            ("8 p.m.", "TIME", "2014-08-05T20:00"),
            ("14-hour", "DURATION", "PT14H"),
            ("April", "DATE", "2014-04"),
            ("next Tuesday", "DATE", "2014-08-12"),
            ("2007", "DATE", "2007"),
            ("Nov. 4", "DATE", "2014-11-04"),
            ("Six weeks ago", "DATE", "2014-W26"),
            ("Now", "DATE", "PRESENT_REF"),
            ("the weekend", "DATE", "2014-W31-WE"),
            ("July 28", "DATE", "2014-07-28"),
            ("July 31", "DATE", "2014-07-31"),
            ("a week earlier", "DATE", "2014-W30"),
            ("Monday", "DATE", "2014-08-04"),
            ("Thursday", "DATE", "2014-08-07"),
            ("2003", "DATE", "2003"),
            ("two years ago", "DATE", "2012"),
            ("late Monday", "DATE", "2014-08-04"),
            ("the end of June", "DATE", "2014-06"),
            ("July 15", "DATE", "2014-07-15"),
            ("Election Day", "DATE", "2014-11-04"),
            ("Monday", "DATE", "2014-08-04"),
            ("this week", "DATE", "2014-W32"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("July", "DATE", "2014-07"),
            ("June 27", "DATE", "2014-06-27"),
            ("5 p.m.", "TIME", "2014-08-11T17:00"),
            ("Monday, Aug. 11", "DATE", "2014-08-11"),
            ("7 a.m.", "TIME", "2014-08-12T07:00"),
            ("8 p.m.", "TIME", "2014-08-12T20:00"),
            ("Aug. 12", "DATE", "2014-08-12"),
            ("1994", "DATE", "1994"),
        ],
    ),
    # Thursday 2015-04-23 (ISO week 17), Reuters-style congressional deadline story, "UPDATE
    # 1-" headline ("floor vote expected next week"), stamp "Thu Apr 23, 2015 5:51pm EDT",
    # byline, "WASHINGTON, April 23 (Reuters) -" dateline, a "KEY DATES" box. "on Thursday"
    # (twice) is the publication day; "next week" (headline and lead) 2015-W18; "days before
    # the program's spending authority runs out" -> "days" PXD (anchored, gold_blind39); "at
    # midnight on April 30" -> "midnight" 2015-04-30T24:00 and the DATE. Past: "past 9 p.m. on
    # Wednesday" 2015-04-22T21:00 ("past" a signal, gold_blind35) and 2015-04-22; "a report
    # released on Monday" 2015-04-20; future "meets at 3 p.m. on Monday" 2015-04-27 (the same
    # weekday in both directions, gold_blind28) and "as early as Tuesday" 2015-04-28. The
    # federal fiscal year runs October-September and is named by the year it ends (gold_blind35,
    # gold_blind41): "the end of the fiscal year on Sept. 30" -> "the end of the fiscal year"
    # FY2015 (the period's value, like "the end of fiscal 2013" in gold_blind41) plus
    # 2015-09-30; "fiscal 2014" FY2014; the box's "fiscal 2015" FY2015. "a two-month
    # extension" and "a six-year bill" adjectival DURATIONs; "one hour of debate" PT1H; "early
    # next month" 2015-05; "for years" PXY; "since 2012"; "the last one in December" 2014-12;
    # "Over the past decade" -> "the past decade" P10Y; "due to open next year" 2016; "up to 36
    # hours" PT36H; "since February" 2015-02; "a week before the August recess" -> "a week"
    # P1W (anchored to an event) and "August" 2015-08 (gold_blind47's "its August recess");
    # "two years ago" 2013 and "nearly two days in October 2013" P2D and 2013-10. The box
    # dates "Monday, April 27", "Tuesday, April 28", "Thursday, April 30" are one DATE span
    # each with their weekday; its "3 p.m." and "midnight" TIMEs on those days. Not annotated:
    # "UPDATE 1", "H.R. 1997" (a bill number like a year), "41-18", "11 short-term
    # extensions", "$1.8 billion", "$1.1 billion", "$9 billion", "50-foot", "KEY DATES".
    "house-dredging-fund-extension": (
        "2015-04-23",
        [
            ("next week", "DATE", "2015-W18"),
            ("Thu Apr 23, 2015", "DATE", "2015-04-23"),
            ("5:51pm EDT", "TIME", "2015-04-23T17:51"),
            ("April 23", "DATE", "2015-04-23"),
            ("Thursday", "DATE", "2015-04-23"),
            ("two-month", "DURATION", "P2M"),
            ("next week", "DATE", "2015-W18"),
            ("days", "DURATION", "PXD"),
            ("midnight", "TIME", "2015-04-30T24:00"),
            ("April 30", "DATE", "2015-04-30"),
            ("9 p.m.", "TIME", "2015-04-22T21:00"),
            ("Wednesday", "DATE", "2015-04-22"),
            ("June 30", "DATE", "2015-06-30"),
            ("the end of the fiscal year", "DATE", "FY2015"),
            ("Sept. 30", "DATE", "2015-09-30"),
            ("Thursday", "DATE", "2015-04-23"),
            ("Tuesday", "DATE", "2015-04-28"),
            ("one hour", "DURATION", "PT1H"),
            ("early next month", "DATE", "2015-05"),
            ("years", "DURATION", "PXY"),
            ("2012", "DATE", "2012"),
            ("December", "DATE", "2014-12"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("Monday", "DATE", "2015-04-20"),
            ("the past decade", "DURATION", "P10Y"),
            ("next year", "DATE", "2016"),
            ("up to 36 hours", "DURATION", "PT36H"),
            ("February", "DATE", "2015-02"),
            ("six-year", "DURATION", "P6Y"),
            ("a week", "DURATION", "P1W"),
            ("August", "DATE", "2015-08"),
            ("two years ago", "DATE", "2013"),
            ("nearly two days", "DURATION", "P2D"),
            ("October 2013", "DATE", "2013-10"),
            ("3 p.m.", "TIME", "2015-04-27T15:00"),
            ("Monday", "DATE", "2015-04-27"),
            ("Monday, April 27", "DATE", "2015-04-27"),
            ("3 p.m.", "TIME", "2015-04-27T15:00"),
            ("Tuesday, April 28", "DATE", "2015-04-28"),
            ("Thursday, April 30", "DATE", "2015-04-30"),
            ("midnight", "TIME", "2015-04-30T24:00"),
            ("June 30", "DATE", "2015-06-30"),
            ("Sept. 30", "DATE", "2015-09-30"),
            ("fiscal 2015", "DATE", "FY2015"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
