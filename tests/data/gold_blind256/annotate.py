"""Annotations of the two-hundred-and-fifty-sixth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind256/annotate.py [--show]

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
    # Wednesday 2012-05-16 (ISO week 20), open-source news site's short item on a Linux
    # distribution's release, stamp "Posted May 16, 2012 14:20 UTC (Wed) by ..." (a DATE, a
    # TIME with the zone in the span and not in the value, and the abbreviated weekday "Wed" a
    # DATE of its own on the same day, checked by hand: 2012-05-16 is a Wednesday). "today"
    # the publication day; the images went up "at 09:00 UTC" that day, "a day later than
    # planned" (the size of a delay, DURATION P1D, gold_blind35), the release "had been set
    # for Tuesday" 2012-05-15 and the images were rebuilt "on Monday night" 2012-05-14TNI
    # (past); the quote's "a day late" P1D. "the first five hours" after the images went up
    # is an ordinal period of an event, PT5H (gold_blind35). The project's versions are named
    # by year and month, so "12.05", "10.05", "11.05", "11.11", "12.11" and "12.05.1" read
    # like dates and are NOT annotated; "this month" (the month 12.05 was meant for) 2012-05.
    # ISO dates in the text are DATEs with their own value ("2013-04-30", "2012-11-30", see
    # README). "Since January" 2012-01, "between February and ... April 19" 2012-02 and
    # 2012-04-19, "in March" 2012-03, "warned in November" 2011-11, "ended on May 8"
    # 2012-05-08 (past); "late July" 2012-07, "June 7" 2012-06-07, "November 8" 2012-11-08
    # (future); "next week" 2012-W21. "nightly builds at 02:00 UTC" -> "nightly" SET
    # XXXX-XX-XXTNI (gold_blind86) and "02:00 UTC" TIME XXXX-XX-XXT02:00, the hour of a
    # recurring event (gold_blind62); "two-week bug sprints" -> "two-week" DURATION P2W on the
    # adjective ("sprints" is no time expression); "every six months" SET P6M. The changelog
    # trailer " -- Marta Quist <...>  Fri, 11 May 2012 16:47:03 +0200" gives "Fri, 11 May
    # 2012" DATE (abbreviated weekday and date one span, gold_blind70; 2012-05-11 is a Friday,
    # checked by hand) and "16:47:03 +0200" TIME to the second, the numeric zone in the span
    # and not in the value (gold_blind70). Not annotated: the version numbers above, "Kite 3.4",
    # "32-bit", "long-term support", "year-and-month scheme", "last-minute", "80,000",
    # "1,400", "twice" (a multiplier), the address "mquist@quillon.org", "end of life",
    # "before the release".
    "quillon-1205-lts-release": (
        "2012-05-16",
        [
            ("five years", "DURATION", "P5Y"),
            ("May 16, 2012", "DATE", "2012-05-16"),
            ("14:20 UTC", "TIME", "2012-05-16T14:20"),
            ("Wed", "DATE", "2012-05-16"),
            ("today", "DATE", "2012-05-16"),
            ("five years", "DURATION", "P5Y"),
            ("May 2017", "DATE", "2017-05"),
            ("every six months", "SET", "P6M"),
            ("12 months", "DURATION", "P12M"),
            ("09:00 UTC", "TIME", "2012-05-16T09:00"),
            ("a day", "DURATION", "P1D"),
            ("Tuesday", "DATE", "2012-05-15"),
            ("Monday night", "TIME", "2012-05-14TNI"),
            ("a day", "DURATION", "P1D"),
            ("the first five hours", "DURATION", "PT5H"),
            ("this month", "DATE", "2012-05"),
            ("May 2010", "DATE", "2010-05"),
            ("three years", "DURATION", "P3Y"),
            ("2013-04-30", "DATE", "2013-04-30"),
            ("May 2015", "DATE", "2015-05"),
            ("late July", "DATE", "2012-07"),
            ("January", "DATE", "2012-01"),
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("02:00 UTC", "TIME", "XXXX-XX-XXT02:00"),
            ("two-week", "DURATION", "P2W"),
            ("February", "DATE", "2012-02"),
            ("April 19", "DATE", "2012-04-19"),
            ("Fri, 11 May 2012", "DATE", "2012-05-11"),
            ("16:47:03 +0200", "TIME", "2012-05-11T16:47:03"),
            ("March", "DATE", "2012-03"),
            ("November", "DATE", "2011-11"),
            ("May 8", "DATE", "2012-05-08"),
            ("2012-11-30", "DATE", "2012-11-30"),
            ("next week", "DATE", "2012-W21"),
            ("June 7", "DATE", "2012-06-07"),
            ("November 8", "DATE", "2012-11-08"),
        ],
    ),
    # Monday 2013-02-11 (ISO week 7), US tech site's outage story, headline, byline, date line
    # "February 11, 2013, 8:15 AM EST" (a DATE and a TIME). The outage was "on Saturday"
    # 2013-02-09 (also "Saturday's dinner trade", the possessive left out), the report was
    # "posted late Sunday" 2013-02-10, the footer was seen "on Sunday morning" 2013-02-10TMO;
    # the call is "at 1 p.m. Pacific time on Wednesday" 2013-02-13 (future, two TIMEX3);
    # "last Tuesday" in a Monday story is the most recent Tuesday, 2013-02-05 (gold_blind86).
    # "over the weekend" the weekend just past, 2013-W06-WE. The certificate "ran out at
    # 2013-02-09 23:59:59 UTC": the ISO date a DATE and the clock time to the second a TIME
    # (gold_blind8, gold_blind70). The status page's four lines "2013-02-09 16:07 -0800 ..."
    # are a DATE and a TIME each, the numeric UTC offset in the span and not in the value
    # (gold_blind70's "+0000"); the clock is the one written, Pacific time, so the first line,
    # 00:07 UTC on the 10th, keeps the date and clock it prints. "the first hour of the
    # outage" PT1H (an ordinal period of an event); "at least 60 days before it expires" and
    # "within two weeks" durations; "now" PRESENT_REF (gold_blind86's "will now be made");
    # "the March statement" -> "March" 2013-03 (a particular month used as an adjective, like
    # "the July 1987 contract" in gold_blind33); "who left in December" 2012-12,
    # "since November" 2012-11; "bought in February 2011 with a two-year term" 2011-02 and
    # P2Y; "Last updated: 2013-01-28" DATE; "valid until 2015-02-10" DATE; "a two-week release
    # cycle" P2W on the adjective (gold_blind42). Not annotated: "2048-bit" (a key length that
    # reads like a year), "version 3.8", the offsets "-0800" apart from their clock times,
    # "offline mode", "calendar reminder", "Pacific time" (only with a clock time), "9,000",
    # "60,000", "$1.4 billion", "after that".
    "tillpoint-expired-certificate-outage": (
        "2013-02-11",
        [
            ("four hours", "DURATION", "PT4H"),
            ("February 11, 2013", "DATE", "2013-02-11"),
            ("8:15 AM EST", "TIME", "2013-02-11T08:15"),
            ("more than four hours", "DURATION", "PT4H"),
            ("Saturday", "DATE", "2013-02-09"),
            ("late Sunday", "DATE", "2013-02-10"),
            ("February 2011", "DATE", "2011-02"),
            ("two-year", "DURATION", "P2Y"),
            ("2013-02-09", "DATE", "2013-02-09"),
            ("23:59:59 UTC", "TIME", "2013-02-09T23:59:59"),
            ("2013-02-09", "DATE", "2013-02-09"),
            ("16:07 -0800", "TIME", "2013-02-09T16:07"),
            ("2013-02-09", "DATE", "2013-02-09"),
            ("17:32 -0800", "TIME", "2013-02-09T17:32"),
            ("2013-02-09", "DATE", "2013-02-09"),
            ("20:21 -0800", "TIME", "2013-02-09T20:21"),
            ("2013-02-09", "DATE", "2013-02-09"),
            ("20:58 -0800", "TIME", "2013-02-09T20:58"),
            ("December", "DATE", "2012-12"),
            ("November", "DATE", "2012-11"),
            ("Saturday", "DATE", "2013-02-09"),
            ("the weekend", "DATE", "2013-W06-WE"),
            ("2013-01-28", "DATE", "2013-01-28"),
            ("Sunday morning", "TIME", "2013-02-10TMO"),
            ("the first hour", "DURATION", "PT1H"),
            ("now", "DATE", "PRESENT_REF"),
            ("at least 60 days", "DURATION", "P60D"),
            ("two weeks", "DURATION", "P2W"),
            ("March", "DATE", "2013-03"),
            ("1 p.m. Pacific time", "TIME", "2013-02-13T13:00"),
            ("Wednesday", "DATE", "2013-02-13"),
            ("2015-02-10", "DATE", "2015-02-10"),
            ("2010", "DATE", "2010"),
            ("last year", "DATE", "2012"),
            ("two-week", "DURATION", "P2W"),
            ("last Tuesday", "DATE", "2013-02-05"),
        ],
    ),
    # Thursday 2014-04-10 (ISO week 15), Reuters-style business wire, headline, byline,
    # "SEATTLE, April 10 (Reuters) -" dateline (the publication day). Vantrell "said on
    # Thursday", the publication day; the keynote was "on Wednesday" 2014-04-09 (past); the
    # conference "runs through Friday" 2014-04-11 (future); shares "on Thursday afternoon"
    # 2014-04-10TAF. Vantrell's fiscal year ends June 30 and is named by the year it ends
    # (gold_blind63): "whose fiscal year ends June 30" names the end of the year now running,
    # 2014-06-30; "its fiscal third quarter, which ended March 31" FY2014-Q3 plus 2014-03-31;
    # "fiscal 2015, which begins July 1" FY2015 plus 2014-07-01. The roadmap's "in Q3"
    # (headline and quote) is the calendar quarter, 2014-Q3, because the text says it "meant
    # by the end of September" (2014-09); a fiscal Q3 would be January-March 2015 (see
    # README). "later this year", "the end of the year", "this year" and "the first half of
    # next year" take calendar values even in a fiscal-year story (gold_blind63): 2014, 2014,
    # 2014, 2015-H1. "annual conference" SET P1Y (gold_blind42); "for years" -> "years" PXY;
    # "Jan. 31, 2015" and the support page's "2015-01-31" the same DATE; "last updated on April
    # 3" 2014-04-03; "no new features after June 30" 2014-06-30; "December 2016" 2016-12;
    # "June" 2014-06 (future); "a 30-day trial" P30D; "every two weeks" SET P2W, "every
    # quarter" SET P3M; "two-week sprints" P2W on the adjective; "since last summer" 2013-SU;
    # "for six months" P6M; "in 2011"; "nine months is not much time" DURATION P9M (a length of
    # time as the subject of a sentence, gold_blind42). Not annotated: "Ledgerbase 7",
    # "Ledgerbase 2012" (a product named by a year, beside "since 2012", annotated), "the
    # cutoff", "end-of-life date", "after that", "40,000", "2.3 percent", "$41.06", "8 percent".
    "vantrell-ledgerbase-cloud-roadmap": (
        "2014-04-10",
        [
            ("Q3", "DATE", "2014-Q3"),
            ("April 10", "DATE", "2014-04-10"),
            ("Thursday", "DATE", "2014-04-10"),
            ("Jan. 31, 2015", "DATE", "2015-01-31"),
            ("later this year", "DATE", "2014"),
            ("annual", "SET", "P1Y"),
            ("Friday", "DATE", "2014-04-11"),
            ("Q3", "DATE", "2014-Q3"),
            ("the end of September", "DATE", "2014-09"),
            ("May 5", "DATE", "2014-05-05"),
            ("the end of the year", "DATE", "2014"),
            ("the first half of next year", "DATE", "2015-H1"),
            ("years", "DURATION", "PXY"),
            ("Wednesday", "DATE", "2014-04-09"),
            ("October 2010", "DATE", "2010-10"),
            ("June 30", "DATE", "2014-06-30"),
            ("April 3", "DATE", "2014-04-03"),
            ("2015-01-31", "DATE", "2015-01-31"),
            ("December 2016", "DATE", "2016-12"),
            ("June 30", "DATE", "2014-06-30"),
            ("2012", "DATE", "2012"),
            ("its fiscal third quarter", "DATE", "FY2014-Q3"),
            ("March 31", "DATE", "2014-03-31"),
            ("April 24", "DATE", "2014-04-24"),
            ("fiscal 2015", "DATE", "FY2015"),
            ("July 1", "DATE", "2014-07-01"),
            ("June", "DATE", "2014-06"),
            ("30-day", "DURATION", "P30D"),
            ("every two weeks", "SET", "P2W"),
            ("every quarter", "SET", "P3M"),
            ("two-week", "DURATION", "P2W"),
            ("last summer", "DATE", "2013-SU"),
            ("six months", "DURATION", "P6M"),
            ("2011", "DATE", "2011"),
            ("nine months", "DURATION", "P9M"),
            ("Thursday afternoon", "TIME", "2014-04-10TAF"),
            ("this year", "DATE", "2014"),
        ],
    ),
    # Friday 2014-11-14 (ISO week 46), British tech site, headline, byline with stamp "14 Nov
    # 2014, 11:02 GMT" (a DATE and a TIME). The cycle changes "from January" (headline and
    # lead) 2015-01; "announced on Thursday evening" 2014-11-13TEV; "Larkspur 34, released on
    # Tuesday" 2014-11-11 (past); "23 December" 2014-12-23 and "20 January" 2015-01-20 (both
    # Tuesdays, not named as such); "this weekend" in a Friday story the weekend ahead,
    # 2014-W46-WE, with "16:00 UTC on Sunday" 2014-11-16T16:00 and 2014-11-16. "every four
    # weeks" SET P4W (headline and body); "four-week" and "six-week" DURATIONs on the
    # adjective; "Six weeks made sense" and "Four weeks is not enough" lengths of time as
    # subjects, DURATION (gold_blind42); "Now" PRESENT_REF. "Larkspur's nightly builds" SET
    # XXXX-XX-XXTNI, compiled "at about 03:00 UTC" TIME XXXX-XX-XXT03:00 (the hour of a
    # recurring event, "about" kept); but "today's nightly" is a noun (today's build) and "the
    # nightly, developer and beta channels" an adjective naming a channel: only "today"
    # 2014-11-14 is annotated there. "build 20141114" is today's date written as a build
    # number and is NOT annotated (see README), nor is "Larkspur 37". "about 12 weeks" and "18
    # weeks" DURATIONs; "within 24 hours" -> "24 hours"; "once a year" SET P1Y; "54 weeks"
    # P54W; "last updated on 6 November" 2014-11-06; "2015-08-04" DATE; "after six months"
    # and "six weeks" DURATIONs; "in 2006", "since 2011", "March 2011", "14 months", "in
    # October" 2014-10 (past). Not annotated: "Larkspur 34", "version 35", "Version 36",
    # "Larkspur 31 ESR", "version 4", "9.4 percent", "Tabkeeper", "rapid releases", "the old
    # schedule", "the end-of-life date", "after that".
    "larkspur-browser-four-week-cycle": (
        "2014-11-14",
        [
            ("every four weeks", "SET", "P4W"),
            ("January", "DATE", "2015-01"),
            ("14 Nov 2014", "DATE", "2014-11-14"),
            ("11:02 GMT", "TIME", "2014-11-14T11:02"),
            ("four-week", "DURATION", "P4W"),
            ("January", "DATE", "2015-01"),
            ("six-week", "DURATION", "P6W"),
            ("2011", "DATE", "2011"),
            ("Thursday evening", "TIME", "2014-11-13TEV"),
            ("Tuesday", "DATE", "2014-11-11"),
            ("23 December", "DATE", "2014-12-23"),
            ("20 January", "DATE", "2015-01-20"),
            ("every four weeks", "SET", "P4W"),
            ("Six weeks", "DURATION", "P6W"),
            ("Now", "DATE", "PRESENT_REF"),
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("about 03:00 UTC", "TIME", "XXXX-XX-XXT03:00"),
            ("today", "DATE", "2014-11-14"),
            ("four weeks", "DURATION", "P4W"),
            ("about 12 weeks", "DURATION", "P12W"),
            ("18 weeks", "DURATION", "P18W"),
            ("24 hours", "DURATION", "PT24H"),
            ("once a year", "SET", "P1Y"),
            ("54 weeks", "DURATION", "P54W"),
            ("6 November", "DATE", "2014-11-06"),
            ("2015-08-04", "DATE", "2015-08-04"),
            ("Four weeks", "DURATION", "P4W"),
            ("six months", "DURATION", "P6M"),
            ("six weeks", "DURATION", "P6W"),
            ("2006", "DATE", "2006"),
            ("March 2011", "DATE", "2011-03"),
            ("14 months", "DURATION", "P14M"),
            ("October", "DATE", "2014-10"),
            ("this weekend", "DATE", "2014-W46-WE"),
            ("16:00 UTC", "TIME", "2014-11-16T16:00"),
            ("Sunday", "DATE", "2014-11-16"),
        ],
    ),
    # Saturday 2015-03-07 (ISO week 10), US newspaper's tech Q&A column, label, headline
    # ("ends next month" 2015-04), byline, date line "Saturday, March 7, 2015" (one DATE span
    # with its weekday). "last week" 2015-W09; "April 14" (the reader's message and the
    # answer) 2015-04-14, the second Tuesday of April 2015, and "the next morning" after it
    # 2015-04-15TMO; "the second Tuesday of every month" one SET span P1M (gold_blind86);
    # "April's batch" and "April's fixes" -> "April" 2015-04 (possessives without the "'s").
    # "Calder Home 2009, which came out in the fall of 2008": the product's year is NOT
    # annotated, "the fall of 2008" is one DATE span 2008-FA (like "the spring of 1988",
    # gold_blind35). The support page's "Last updated: 2/27/2015" is a US numeric date read
    # month first, 2015-02-27 (gold_blind22, gold_blind70), and its "2015-04-14" an ISO DATE.
    # "after June 30" 2015-06-30 and "in August" 2015-08 ahead, "in January" 2015-01 past;
    # "until the end of the year" 2015; "these days" PRESENT_REF (gold_blind26); "January
    # 2022". The phone update "began sending on Monday" 2015-03-02 (past), while "check them
    # on Monday morning" is ahead, 2015-03-09TMO: one weekday in both directions
    # (gold_blind86). "build 20150302" holds the same Monday's date as a build number and is
    # NOT annotated. "up to 72 hours" PT72H; "every evening" SET XXXX-XX-XXTEV; "this weekend"
    # in a Saturday paper the weekend under way, 2015-W10-WE (gold_blind86); "about two years
    # after launch" P2Y (anchored); "the spring of 2013" 2013-SP; "next year" 2016. Daylight
    # saving time begins "at 2 a.m. tomorrow": "2 a.m." 2015-03-08T02:00 and "tomorrow"
    # 2015-03-08, two TIMEX3 (2015-03-08 is the second Sunday of March); "an hour" PT1H;
    # "in years" -> "years" PXY; "every Saturday" SET XXXX-WXX-6. Not annotated: "81" (an
    # age), "seven-year-old" (the age of a thing), "Calder Home 2009", "Calder Home 2014",
    # "version 5.1.1", "build 20150302", "spring forward" (a verb), "Daylight saving time",
    # "$350", "one in ten", "at a time", "the end of extended support", "after that", "as
    # usual", "the wrong day", "techqa@fairviewcourier.com".
    "tech-qa-old-laptop-support-ends": (
        "2015-03-07",
        [
            ("next month", "DATE", "2015-04"),
            ("Saturday, March 7, 2015", "DATE", "2015-03-07"),
            ("last week", "DATE", "2015-W09"),
            ("April 14", "DATE", "2015-04-14"),
            ("April 14", "DATE", "2015-04-14"),
            ("the next morning", "TIME", "2015-04-15TMO"),
            ("the second Tuesday of every month", "SET", "P1M"),
            ("April", "DATE", "2015-04"),
            ("the fall of 2008", "DATE", "2008-FA"),
            ("2/27/2015", "DATE", "2015-02-27"),
            ("2015-04-14", "DATE", "2015-04-14"),
            ("June 30", "DATE", "2015-06-30"),
            ("January", "DATE", "2015-01"),
            ("April", "DATE", "2015-04"),
            ("the end of the year", "DATE", "2015"),
            ("these days", "DATE", "PRESENT_REF"),
            ("August", "DATE", "2015-08"),
            ("January 2022", "DATE", "2022-01"),
            ("Monday", "DATE", "2015-03-02"),
            ("up to 72 hours", "DURATION", "PT72H"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("this weekend", "DATE", "2015-W10-WE"),
            ("about two years", "DURATION", "P2Y"),
            ("the spring of 2013", "DATE", "2013-SP"),
            ("next year", "DATE", "2016"),
            ("2 a.m.", "TIME", "2015-03-08T02:00"),
            ("tomorrow", "DATE", "2015-03-08"),
            ("an hour", "DURATION", "PT1H"),
            ("years", "DURATION", "PXY"),
            ("Monday morning", "TIME", "2015-03-09TMO"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
        ],
    ),
    # Tuesday 2013-07-09 (ISO week 28), British regional daily's website, headline,
    # standfirst, byline, date line "Tuesday 9 July 2013" (one DATE span with its weekday).
    # "last night" (standfirst) is the night of yesterday, Monday 2013-07-08TNI, and
    # "yesterday evening" 2013-07-08TEV (gold_blind35, gold_blind103). "next spring" said in
    # July 2013 is 2014-SP, the spring of the support cut-off "10 March 2014"; "the autumn"
    # ahead 2013-FA; "the end of the year" 2013; "by Christmas" 2013-12-25. The council's
    # financial year runs April-March and is named by the year it ends: "the 2013-14 financial
    # year" one span FY2014 (gold_blind49, gold_blind70), "Council tax bills for 2014-15" ->
    # "2014-15" FY2015 (gold_blind63's "2015-16"), which "have to go out in March" 2014-03.
    # "two years ago" 2011 (the unit's granularity); "signed in 2008 for five years" 2008 and
    # P5Y; "31 October" 2013-10-31 ahead; "in January" 2013-01, "in April" 2013-04 and "3
    # June" 2013-06-03 past; "every night at 11pm" SET XXXX-XX-XXTNI and TIME XXXX-XX-XXT23:00
    # (gold_blind103); "for a week" P1W; "two-week sprints" P2W on the adjective; "fortnightly
    # open sessions" SET P2W (gold_blind93); "rebuilt the council's website in 14 weeks"
    # DURATION P14W ("in" + the time a past task took, gold_blind35); "now" PRESENT_REF; the
    # footer's "Last updated 08/07/2013" a British numeric date read day first, 2013-07-08
    # (gold_blind87, gold_blind90). "Sprint 14, which ended on Friday" -> "Friday" 2013-07-05
    # (past); the cabinet meets "on Thursday" 2013-07-11 (future); "17 September at 7pm"
    # 2013-09-17 and 2013-09-17T19:00; "monthly progress reports" SET P1M (a recurrence);
    # "the next 18 months" P18M; "at least six months" P6M. Not annotated: "Osprey Server
    # 2003" (a product named by a year), "TaxPoint 4.12" (a version that reads like a date),
    # "Sprint 14" (a sprint's number), "£1.2m", "£180,000", "six-strong", "that date"
    # (anaphoric), "Cllr".
    "marlbury-council-it-systems-audit": (
        "2013-07-09",
        [
            ("next spring", "DATE", "2014-SP"),
            ("last night", "TIME", "2013-07-08TNI"),
            ("Tuesday 9 July 2013", "DATE", "2013-07-09"),
            ("10 March 2014", "DATE", "2014-03-10"),
            ("yesterday evening", "TIME", "2013-07-08TEV"),
            ("at least six months", "DURATION", "P6M"),
            ("the 2013-14 financial year", "DATE", "FY2014"),
            ("the autumn", "DATE", "2013-FA"),
            ("the end of the year", "DATE", "2013"),
            ("two years ago", "DATE", "2011"),
            ("2014-15", "DATE", "FY2015"),
            ("March", "DATE", "2014-03"),
            ("Christmas", "DATE", "2013-12-25"),
            ("2008", "DATE", "2008"),
            ("five years", "DURATION", "P5Y"),
            ("31 October", "DATE", "2013-10-31"),
            ("three days", "DURATION", "P3D"),
            ("January", "DATE", "2013-01"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("11pm", "TIME", "XXXX-XX-XXT23:00"),
            ("a week", "DURATION", "P1W"),
            ("April", "DATE", "2013-04"),
            ("two-week", "DURATION", "P2W"),
            ("fortnightly", "SET", "P2W"),
            ("14 weeks", "DURATION", "P14W"),
            ("3 June", "DATE", "2013-06-03"),
            ("now", "DATE", "PRESENT_REF"),
            ("08/07/2013", "DATE", "2013-07-08"),
            ("Friday", "DATE", "2013-07-05"),
            ("Thursday", "DATE", "2013-07-11"),
            ("17 September", "DATE", "2013-09-17"),
            ("7pm", "TIME", "2013-09-17T19:00"),
            ("monthly", "SET", "P1M"),
            ("the next 18 months", "DURATION", "P18M"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
