"""Annotations of the eighty-second blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind82/annotate.py [--show]

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
    # Friday 2013-06-14 (ISO week 24), British local paper's website story built around
    # embedded tweets, date line "Friday 14 June 2013 08.15 BST" (a DATE and a TIME, the zone
    # in the span). The flood was on Thursday 2013-06-13; every embed line "13 June 2013" is a
    # DATE, the handle and the pic.twitter.com address are not. The words of a tweet are read
    # from its own date, like a live blog's posts from their stamps (gold_blind9, gold_blind75):
    # "right now" and "now" PRESENT_REF, "since 3pm" Thursday, "overnight" and "tonight" the
    # Thursday night, 2013-06-13TNI. "up 1.2m in 40 mins" is how long a change took, DURATION
    # (gold_blind35); "Updates every 30 mins" SET PT30M. "flooded for the second time in five
    # years" -> the period of an "Nth in", P5Y. "the afternoon" is Thursday's. "Shortly before
    # midnight" -> "midnight" (the signal left out) at the end of Thursday, T24:00
    # (gold_blind75). "28 days" twice: the councillor's "within 28 days" and the reply's "28
    # days for a report??". "6.40am today" two TIMEX3 on the publication day; "until at least
    # Saturday" -> "at least Saturday", the next day, the modifier kept (gold_blind35). "next
    # spring" in June 2013 is 2014-SP. The amendment note gives both clock times literally,
    # the misstated "2.52pm" included (gold_blind3).
    "ashvale-flash-flood-tweets": (
        "2013-06-14",
        [
            ("three hours", "DURATION", "PT3H"),
            ("Friday 14 June 2013", "DATE", "2013-06-14"),
            ("08.15 BST", "TIME", "2013-06-14T08:15"),
            ("1.52pm", "TIME", "2013-06-13T13:52"),
            ("Thursday", "DATE", "2013-06-13"),
            ("40 mins", "DURATION", "PT40M"),
            ("13 June 2013", "DATE", "2013-06-13"),
            ("every 30 mins", "SET", "PT30M"),
            ("13 June 2013", "DATE", "2013-06-13"),
            ("five years", "DURATION", "P5Y"),
            ("right now", "DATE", "PRESENT_REF"),
            ("2008", "DATE", "2008"),
            ("13 June 2013", "DATE", "2013-06-13"),
            ("the afternoon", "TIME", "2013-06-13TAF"),
            ("now", "DATE", "PRESENT_REF"),
            ("3pm", "TIME", "2013-06-13T15:00"),
            ("overnight", "TIME", "2013-06-13TNI"),
            ("13 June 2013", "DATE", "2013-06-13"),
            ("2pm", "TIME", "2013-06-13T14:00"),
            ("5pm", "TIME", "2013-06-13T17:00"),
            ("three-hour", "DURATION", "PT3H"),
            ("1961", "DATE", "1961"),
            ("midnight", "TIME", "2013-06-13T24:00"),
            ("tonight", "TIME", "2013-06-13TNI"),
            ("28 days", "DURATION", "P28D"),
            ("13 June 2013", "DATE", "2013-06-13"),
            ("28 days", "DURATION", "P28D"),
            ("March 2011", "DATE", "2011-03"),
            ("6.40am", "TIME", "2013-06-14T06:40"),
            ("today", "DATE", "2013-06-14"),
            ("every hour", "SET", "PT1H"),
            ("every 20 minutes", "SET", "PT20M"),
            ("at least Saturday", "DATE", "2013-06-15"),
            ("the 1990s", "DATE", "199"),
            ("next spring", "DATE", "2014-SP"),
            ("14 June 2013", "DATE", "2013-06-14"),
            ("2.52pm", "TIME", "2013-06-13T14:52"),
            ("1.52pm", "TIME", "2013-06-13T13:52"),
        ],
    ),
    # Wednesday 2014-03-12 (ISO week 11), British tabloid website story on a viral reply, with
    # headline, bullet points, byline and the header "Published: 10:14 GMT, 12 March 2014 |
    # Updated: 16:52 GMT, 12 March 2014" (two TIME + DATE pairs; the labels stay out). The
    # review went up on Saturday evening 2014-03-08TEV; "Two days later" is anchored on that
    # narrative date, 2014-03-10, the same day as "at 9.37pm on Monday" and the bullets'
    # "Monday night"; the shares passed 90,000 on Tuesday afternoon 2014-03-11TAF, and the
    # review came down on Tuesday night. "40 minutes late" is the size of a delay, DURATION
    # (gold_blind28, gold_blind75); "in two days" (headline) and "Within 24 hours" the lengths
    # the spread took; "in minutes" in the poem -> "minutes" PTXM; "a few bad reviews in 17
    # years" the period of a count, P17Y. "since the weekend" is the weekend just past,
    # 2014-W10-WE; "this weekend" the coming one, 2014-W11-WE; "since Christmas" 2013-12-25;
    # "next month" April 2014; "this morning" the publication day's, read from the page.
    "three-herons-pie-review-reply": (
        "2014-03-12",
        [
            ("two days", "DURATION", "P2D"),
            ("40 minutes", "DURATION", "PT40M"),
            ("Saturday evening", "TIME", "2014-03-08TEV"),
            ("Monday night", "TIME", "2014-03-10TNI"),
            ("Tuesday afternoon", "TIME", "2014-03-11TAF"),
            ("10:14 GMT", "TIME", "2014-03-12T10:14"),
            ("12 March 2014", "DATE", "2014-03-12"),
            ("16:52 GMT", "TIME", "2014-03-12T16:52"),
            ("12 March 2014", "DATE", "2014-03-12"),
            ("Saturday evening", "TIME", "2014-03-08TEV"),
            ("40 minutes", "DURATION", "PT40M"),
            ("the 1970s", "DATE", "197"),
            ("Two days later", "DATE", "2014-03-10"),
            ("9.37pm", "TIME", "2014-03-10T21:37"),
            ("Monday", "DATE", "2014-03-10"),
            ("17 years", "DURATION", "P17Y"),
            ("every day", "SET", "P1D"),
            ("an hour", "DURATION", "PT1H"),
            ("minutes", "DURATION", "PTXM"),
            ("24 hours", "DURATION", "PT24H"),
            ("Tuesday afternoon", "TIME", "2014-03-11TAF"),
            ("this morning", "TIME", "2014-03-12TMO"),
            ("March 11, 2014", "DATE", "2014-03-11"),
            ("17 years", "DURATION", "P17Y"),
            ("Tuesday night", "TIME", "2014-03-11TNI"),
            ("48 hours", "DURATION", "PT48H"),
            ("the weekend", "DATE", "2014-W10-WE"),
            ("this year", "DATE", "2014"),
            ("January", "DATE", "2014-01"),
            ("autumn 2009", "DATE", "2009-FA"),
            ("this weekend", "DATE", "2014-W11-WE"),
            ("Christmas", "DATE", "2013-12-25"),
            ("next month", "DATE", "2014-04"),
            ("the past year", "DURATION", "P1Y"),
        ],
    ),
    # Tuesday 2015-05-12 (ISO week 20), US local paper's website story with a correction and an
    # editor's note, header "Posted: 6:05 a.m. Tuesday, May 12, 2015 | Updated: 4:47 p.m."
    # (the weekday date one DATE span, gold_blind75). The hearing is Thursday 2015-05-14
    # (lead, "6:30 p.m. Thursday", the tweet's "Thursday's hearing", the correction); the
    # parent spoke Monday 2015-05-11 and her group had its members "by Monday night"; the
    # superintendent "said Tuesday", the publication day; the councilman posted on Sunday
    # 2015-05-10 (embed line "May 10, 2015"); the march is "on Saturday" ahead, 2015-05-16.
    # "this week" 2015-W20; "last month" April 2015; "in January" 2015-01; "late 2013" the
    # year's value (gold_blind36); "25-year" and "90-day" adjectival DURATIONs. The correction
    # names the right day and the misstated one, both annotated with their literal values
    # ("Wednesday" 2015-05-13, gold_blind3); "posted Tuesday morning" 2015-05-12TMO; the
    # editor's note repeats the update time of the header, 2015-05-12T16:47.
    "larkspur-cell-tower-hearing-correction": (
        "2015-05-12",
        [
            ("6:05 a.m.", "TIME", "2015-05-12T06:05"),
            ("Tuesday, May 12, 2015", "DATE", "2015-05-12"),
            ("4:47 p.m.", "TIME", "2015-05-12T16:47"),
            ("Thursday", "DATE", "2015-05-14"),
            ("the past two weeks", "DURATION", "P2W"),
            ("April 27", "DATE", "2015-04-27"),
            ("Monday night", "TIME", "2015-05-11TNI"),
            ("this week", "DATE", "2015-W20"),
            ("Monday", "DATE", "2015-05-11"),
            ("January", "DATE", "2015-01"),
            ("years", "DURATION", "PXY"),
            ("2011", "DATE", "2011"),
            ("6:30 p.m.", "TIME", "2015-05-14T18:30"),
            ("Thursday", "DATE", "2015-05-14"),
            ("three minutes", "DURATION", "PT3M"),
            ("last month", "DATE", "2015-04"),
            ("Tuesday", "DATE", "2015-05-12"),
            ("25-year", "DURATION", "P25Y"),
            ("late 2013", "DATE", "2013"),
            ("Sunday", "DATE", "2015-05-10"),
            ("90-day", "DURATION", "P90D"),
            ("90-day", "DURATION", "P90D"),
            ("Thursday", "DATE", "2015-05-14"),
            ("May 10, 2015", "DATE", "2015-05-10"),
            ("May 26", "DATE", "2015-05-26"),
            ("Saturday", "DATE", "2015-05-16"),
            ("2012", "DATE", "2012"),
            ("recent years", "DATE", "PAST_REF"),
            ("2009", "DATE", "2009"),
            ("18 months", "DURATION", "P18M"),
            ("15 days", "DURATION", "P15D"),
            ("Tuesday morning", "TIME", "2015-05-12TMO"),
            ("Thursday", "DATE", "2015-05-14"),
            ("Wednesday", "DATE", "2015-05-13"),
            ("4:47 p.m.", "TIME", "2015-05-12T16:47"),
        ],
    ),
    # Thursday 2014-01-16 (ISO week 3), US fact-check of a state senator's posts, date line
    # "Thursday, January 16, 2014". The Facebook post was on Jan. 6 (Monday), the tweet "the
    # next day" 2014-01-07 (its embed line says so), the newspaper column "last week"
    # 2014-W02 (6-12 January); the spokesman "said Wednesday" 2014-01-15; the primary "in
    # August" is ahead, 2014-08. "14 straight months" (headline, claim, tweet, ruling) is a
    # DURATION P14M, like "three consecutive quarters" (gold_blind); "the 14 months to November
    # 2013" and "the 12 months to November" are a DURATION plus a DATE, "to" a signal
    # (gold_blind23, gold_blind74). "The latest, for November, came out last month": the
    # November 2013 figure, published in December 2013; "December's figure is due Jan. 24" ->
    # "December" 2013-12 and 2014-01-24. The months of the data series are past: "March 2013",
    # "again in May" 2013-05, "the summer" 2013-SU "from June through August". "mid-2011" the
    # year's value; "more than a year before" the size of a lead, DURATION; "the first half of
    # 2013" and "a year earlier" after it 2012-H1 (gold_blind35); "the third quarter" the most
    # recent one in the past tense, 2013-Q3; "late last year" 2013; "the revision due in March"
    # is ahead, 2014-03. "now" twice PRESENT_REF (the claim's and the ruling's).
    "whitcombe-jobless-claim-fact-check": (
        "2014-01-16",
        [
            ("14 straight months", "DURATION", "P14M"),
            ("Thursday, January 16, 2014", "DATE", "2014-01-16"),
            ("now", "DATE", "PRESENT_REF"),
            ("14 straight months", "DURATION", "P14M"),
            ("August", "DATE", "2014-08"),
            ("Jan. 6", "DATE", "2014-01-06"),
            ("the next day", "DATE", "2014-01-07"),
            ("last week", "DATE", "2014-W02"),
            ("14 straight months", "DURATION", "P14M"),
            ("January 7, 2014", "DATE", "2014-01-07"),
            ("Oct. 1, 2012", "DATE", "2012-10-01"),
            ("every month", "SET", "P1M"),
            ("about three weeks", "DURATION", "P3W"),
            ("November", "DATE", "2013-11"),
            ("last month", "DATE", "2013-12"),
            ("December", "DATE", "2013-12"),
            ("Jan. 24", "DATE", "2014-01-24"),
            ("September 2012", "DATE", "2012-09"),
            ("November 2013", "DATE", "2013-11"),
            ("the 14 months", "DURATION", "P14M"),
            ("November 2013", "DATE", "2013-11"),
            ("March 2013", "DATE", "2013-03"),
            ("May", "DATE", "2013-05"),
            ("three months", "DURATION", "P3M"),
            ("the summer", "DATE", "2013-SU"),
            ("June", "DATE", "2013-06"),
            ("August", "DATE", "2013-08"),
            ("Wednesday", "DATE", "2014-01-15"),
            ("the 12 months", "DURATION", "P12M"),
            ("November", "DATE", "2013-11"),
            ("mid-2011", "DATE", "2011"),
            ("more than a year", "DURATION", "P1Y"),
            ("the first half of 2013", "DATE", "2013-H1"),
            ("a year earlier", "DATE", "2012-H1"),
            ("the third quarter", "DATE", "2013-Q3"),
            ("late last year", "DATE", "2013"),
            ("annually", "SET", "P1Y"),
            ("March", "DATE", "2014-03"),
            ("14 straight months", "DURATION", "P14M"),
            ("now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Saturday 2013-11-16 (ISO week 46), US local TV website's story on a viral photo and its
    # timeline, stamp "Nov. 16, 2013 at 11:20 AM ET" (a DATE and a TIME). The photo went up
    # "at 7:51 p.m. Tuesday" 2013-11-12 (embed line "November 12, 2013"); "Forty-eight hours
    # later" is anchored on that exact clock time and takes the hour's granularity, TIME
    # 2013-11-14T19:51 (gold_blind14, gold_blind16). The bus stood "from 7:46 to 7:49 p.m." on
    # Tuesday: "7:46" takes the "p.m." of its pair. "10 minutes late" (twice) the size of a
    # delay. The timeline's heads are past days of the week: "Tuesday night" 2013-11-12TNI,
    # "Wednesday morning", "Wednesday night", "Thursday" 2013-11-14, "Friday" 2013-11-15 (also
    # "by Friday" in the lead), "Today" the publication day. "Within hours" -> "hours" PTXH;
    # "By midnight" Tuesday's, T24:00 (gold_blind75). The screenshot's stamp "2h" is read as
    # Twitter's abbreviation of "2 hours ago", a TIME relative to the moment the screenshot
    # names, "saved at 9:51 p.m." -> 2013-11-12T19:51 (see README); the retweet and favorite
    # counts beside it are not annotated. "last year" 2012; "its annual service award" SET P1Y
    # (gold_blind63); "in December" ahead, 2013-12.
    "route-14-driver-photo-viral": (
        "2013-11-16",
        [
            ("four days", "DURATION", "P4D"),
            ("Nov. 16, 2013", "DATE", "2013-11-16"),
            ("11:20 AM ET", "TIME", "2013-11-16T11:20"),
            ("7:51 p.m.", "TIME", "2013-11-12T19:51"),
            ("Tuesday", "DATE", "2013-11-12"),
            ("Forty-eight hours later", "TIME", "2013-11-14T19:51"),
            ("Friday", "DATE", "2013-11-15"),
            ("three minutes", "DURATION", "PT3M"),
            ("10 minutes", "DURATION", "PT10M"),
            ("7:46", "TIME", "2013-11-12T19:46"),
            ("7:49 p.m.", "TIME", "2013-11-12T19:49"),
            ("November 12, 2013", "DATE", "2013-11-12"),
            ("last year", "DATE", "2012"),
            ("Tuesday night", "TIME", "2013-11-12TNI"),
            ("hours", "DURATION", "PTXH"),
            ("9:51 p.m.", "TIME", "2013-11-12T21:51"),
            ("2h", "TIME", "2013-11-12T19:51"),
            ("midnight", "TIME", "2013-11-12T24:00"),
            ("Wednesday morning", "TIME", "2013-11-13TMO"),
            ("22 years", "DURATION", "P22Y"),
            ("Wednesday night", "TIME", "2013-11-13TNI"),
            ("Thursday", "DATE", "2013-11-14"),
            ("every week", "SET", "P1W"),
            ("Friday", "DATE", "2013-11-15"),
            ("10 minutes", "DURATION", "PT10M"),
            ("Today", "DATE", "2013-11-16"),
            ("1991", "DATE", "1991"),
            ("more than a decade", "DURATION", "P10Y"),
            ("annual", "SET", "P1Y"),
            ("December", "DATE", "2013-12"),
        ],
    ),
    # Sunday 2015-09-20 (ISO week 38), US regional paper's website digest of posts, header
    # "Posted 4:35 p.m. PT Sunday, Sept. 20, 2015 | Last updated 9 minutes ago". "on Sunday"
    # (headline and lead) is the publication day. "Last updated 9 minutes ago" states when the
    # page was last changed, which is its newest entry, "UPDATE, 8:51 p.m." -> TIME
    # 2015-09-20T20:51 (as "Updated 3 minutes ago" in gold_blind9); the saved page was thus
    # read at 9 p.m., and the posts widget under it, rendered at the same moment, gives "5 mins
    # ago" 2015-09-20T20:55 and the bare stamp "2h" 2015-09-20T19:00 (see README). The tweets'
    # words are read from their embed dates: "9:05 this morning" two TIMEX3, "now" PRESENT_REF,
    # "today" 2015-09-20, "Oct. 18" ahead, "monthly through the spring" a SET and the spring
    # ahead, 2016-SP (gold_blind35); the widget posts' "tonight" and "today" likewise Sunday.
    # "Best day in years" -> "years" PXY, the period of a superlative (gold_blind28); "the
    # trial in July" 2015-07; "earlier this month" 2015-09; "next week" on a Sunday page the
    # ISO week after the one it closes, 2015-W39 (gold_blind75); "next year" 2016.
    "port-calloway-car-free-digest": (
        "2015-09-20",
        [
            ("Sunday", "DATE", "2015-09-20"),
            ("4:35 p.m. PT", "TIME", "2015-09-20T16:35"),
            ("Sunday, Sept. 20, 2015", "DATE", "2015-09-20"),
            ("9 minutes ago", "TIME", "2015-09-20T20:51"),
            ("seven hours", "DURATION", "PT7H"),
            ("Sunday", "DATE", "2015-09-20"),
            ("the 1880s", "DATE", "188"),
            ("9 a.m.", "TIME", "2015-09-20T09:00"),
            ("4 p.m.", "TIME", "2015-09-20T16:00"),
            ("earlier this month", "DATE", "2015-09"),
            ("9:05", "TIME", "2015-09-20T09:05"),
            ("this morning", "TIME", "2015-09-20TMO"),
            ("31 years", "DURATION", "P31Y"),
            ("September 20, 2015", "DATE", "2015-09-20"),
            ("40 mins", "DURATION", "PT40M"),
            ("September 20, 2015", "DATE", "2015-09-20"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("2004", "DATE", "2004"),
            ("years", "DURATION", "PXY"),
            ("now", "DATE", "PRESENT_REF"),
            ("September 20, 2015", "DATE", "2015-09-20"),
            ("today", "DATE", "2015-09-20"),
            ("Oct. 18", "DATE", "2015-10-18"),
            ("monthly", "SET", "P1M"),
            ("the spring", "DATE", "2016-SP"),
            ("September 20, 2015", "DATE", "2015-09-20"),
            ("July", "DATE", "2015-07"),
            ("30 days", "DURATION", "P30D"),
            ("next week", "DATE", "2015-W39"),
            ("next year", "DATE", "2016"),
            ("8:51 p.m.", "TIME", "2015-09-20T20:51"),
            ("the next two weeks", "DURATION", "P2W"),
            ("5 mins ago", "TIME", "2015-09-20T20:55"),
            ("tonight", "TIME", "2015-09-20TNI"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("2h", "TIME", "2015-09-20T19:00"),
            ("6 hours", "DURATION", "PT6H"),
            ("today", "DATE", "2015-09-20"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
