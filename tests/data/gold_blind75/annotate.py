"""Annotations of the seventy-fifth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind75/annotate.py [--show]

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
    # Thursday 2014-10-16 (ISO week 42), British newspaper live blog of a by-election count,
    # newest post first, page date line "Thursday 16 October 2014 21.47 BST" (the DCT) and
    # "Last modified on Friday 17 October 2014 03.26 BST". Each post's stamp is a TIME on the
    # day it falls on: 21.47 to 23.51 on Thursday, 00.34 to 03.22 after midnight on Friday
    # 2014-10-17 (the blog runs through one night; a stamp smaller than the first one has
    # crossed midnight). Words in a post are read from its stamp: "tonight" in the 03.22
    # sign-off is the night still under way, which began on Thursday evening, 2014-10-16TNI
    # (a night takes the date of the evening it begins on); "later this morning" and "9am"
    # there are Friday's; "1.50am" (01.58 post) and "3.05am" (Key events) are Friday's;
    # "around 2am" (23.10 post, Thursday) is the coming 2am, Friday 02:00. "Polls closed at
    # 10pm" and "7am" are Thursday's; "a few moments ago" (22.02 post) is TIME PAST_REF like
    # "a few minutes ago" (gold_blind30). Weekdays: "on Tuesday" (past, 2014-10-14) and
    # "said on Monday" (past, 2014-10-13) in Thursday posts; "take her seat on Monday" in the
    # 03.05 post is the coming Monday, 2014-10-20. "Last week's poll" -> "Last week" 2014-W41;
    # "in August" 2014-08 (past); "next May" 2015-05; "the first
    # half of next year" one span 2015-H1; "seven-week" adjectival DURATION; "within the next
    # half hour" -> "the next half hour" PT30M; "the coming hours" PTXH (vague, like "the
    # coming days" PXD); "every Saturday since March" a SET plus "March" 2014-03.
    "ashcombe-thornleigh-by-election-live": (
        "2014-10-16",
        [
            ("10pm", "TIME", "2014-10-16T22:00"),
            ("the night", "TIME", "2014-10-16TNI"),
            ("Thursday 16 October 2014", "DATE", "2014-10-16"),
            ("21.47 BST", "TIME", "2014-10-16T21:47"),
            ("Friday 17 October 2014", "DATE", "2014-10-17"),
            ("03.26 BST", "TIME", "2014-10-17T03:26"),
            ("3.05am", "TIME", "2014-10-17T03:05"),
            ("May 2010", "DATE", "2010-05"),
            ("03.22", "TIME", "2014-10-17T03:22"),
            ("tonight", "TIME", "2014-10-16TNI"),
            ("later this morning", "TIME", "2014-10-17TMO"),
            ("9am", "TIME", "2014-10-17T09:00"),
            ("03.05", "TIME", "2014-10-17T03:05"),
            ("more than five hours", "DURATION", "PT5H"),
            ("Monday", "DATE", "2014-10-20"),
            ("02.40", "TIME", "2014-10-17T02:40"),
            ("the next half hour", "DURATION", "PT30M"),
            ("01.58", "TIME", "2014-10-17T01:58"),
            ("1.50am", "TIME", "2014-10-17T01:50"),
            ("1992", "DATE", "1992"),
            ("almost three hours", "DURATION", "PT3H"),
            ("00.34", "TIME", "2014-10-17T00:34"),
            ("the 1990s", "DATE", "199"),
            ("23.51", "TIME", "2014-10-16T23:51"),
            ("August", "DATE", "2014-08"),
            ("17 years", "DURATION", "P17Y"),
            ("Last week", "DATE", "2014-W41"),
            ("Tuesday", "DATE", "2014-10-14"),
            ("the first half of next year", "DATE", "2015-H1"),
            ("seven-week", "DURATION", "P7W"),
            ("23.10", "TIME", "2014-10-16T23:10"),
            ("10.41pm", "TIME", "2014-10-16T22:41"),
            ("around 2am", "TIME", "2014-10-17T02:00"),
            ("22.02", "TIME", "2014-10-16T22:02"),
            ("a few moments ago", "TIME", "PAST_REF"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("March", "DATE", "2014-03"),
            ("21.47", "TIME", "2014-10-16T21:47"),
            ("Earlier today", "DATE", "2014-10-16"),
            ("Monday", "DATE", "2014-10-13"),
            ("next May", "DATE", "2015-05"),
            ("recent years", "DATE", "PAST_REF"),
            ("the coming hours", "DURATION", "PTXH"),
        ],
    ),
    # Monday 2015-02-09 (ISO week 7), US regional paper's live-updates page on a snowstorm,
    # newest post first, stamp "Updated 5:12 p.m. ET, Monday, Feb. 9, 2015" (the DCT); every
    # post (8:05 a.m. to 4:58 p.m.) is on Monday. Tuesday 2015-02-10 is the headline's
    # "Tuesday morning" (TIME TMO), "7 a.m. Tuesday", "at least 6 a.m. Tuesday" (the modifier
    # kept, like "at least March" in gold_blind35), the canceled departures, the school
    # closing and "noon tomorrow" (each clock time and its day two TIMEX3). The snow began
    # "at 9:30 p.m. Sunday" 2015-02-08; "Overnight" in the 8:05 a.m. post is the night just
    # gone, Sunday's, 2015-02-08TNI, while "overnight" and "tonight" in the afternoon posts
    # are Monday's. The ban "took effect at 12:01 a.m.", Monday 00:01. "on Thursday" the
    # coming one, 2015-02-12; "Wednesday night" 2015-02-11TNI. "this winter" is the winter
    # of 2014-15, named by its January, 2015-WI (gold_blind42, gold_blind74); "late last
    # month" 2015-01; "Last week's storm" -> "Last week" 2015-W06; "this weekend" 2015-W07-WE;
    # "the third major storm in three weeks" -> "three weeks" P3W (the period of an "Nth
    # in", gold_blind30); "every 30 minutes" SET PT30M; "late June" 2015-06 (future).
    "essex-valley-noreaster-live-updates": (
        "2015-02-09",
        [
            ("Tuesday morning", "TIME", "2015-02-10TMO"),
            ("5:12 p.m. ET", "TIME", "2015-02-09T17:12"),
            ("Monday, Feb. 9, 2015", "DATE", "2015-02-09"),
            ("every 30 minutes", "SET", "PT30M"),
            ("4:58 p.m.", "TIME", "2015-02-09T16:58"),
            ("7 a.m.", "TIME", "2015-02-10T07:00"),
            ("Tuesday", "DATE", "2015-02-10"),
            ("overnight", "TIME", "2015-02-09TNI"),
            ("4:31 p.m.", "TIME", "2015-02-09T16:31"),
            ("12:01 a.m.", "TIME", "2015-02-09T00:01"),
            ("at least 6 a.m.", "TIME", "2015-02-10T06:00"),
            ("Tuesday", "DATE", "2015-02-10"),
            ("tonight", "TIME", "2015-02-09TNI"),
            ("3:47 p.m.", "TIME", "2015-02-09T15:47"),
            ("Tuesday", "DATE", "2015-02-10"),
            ("noon", "TIME", "2015-02-10T12:00"),
            ("tomorrow", "DATE", "2015-02-10"),
            ("2:40 p.m.", "TIME", "2015-02-09T14:40"),
            ("9:30 p.m.", "TIME", "2015-02-08T21:30"),
            ("Sunday", "DATE", "2015-02-08"),
            ("1996", "DATE", "1996"),
            ("Last week", "DATE", "2015-W06"),
            ("1:15 p.m.", "TIME", "2015-02-09T13:15"),
            ("this winter", "DATE", "2015-WI"),
            ("late last month", "DATE", "2015-01"),
            ("Thursday", "DATE", "2015-02-12"),
            ("12:02 p.m.", "TIME", "2015-02-09T12:02"),
            ("Tuesday", "DATE", "2015-02-10"),
            ("Jan. 26", "DATE", "2015-01-26"),
            ("late June", "DATE", "2015-06"),
            ("10:20 a.m.", "TIME", "2015-02-09T10:20"),
            ("6 a.m.", "TIME", "2015-02-09T06:00"),
            ("Wednesday night", "TIME", "2015-02-11TNI"),
            ("8:05 a.m.", "TIME", "2015-02-09T08:05"),
            ("Overnight", "TIME", "2015-02-08TNI"),
            ("three weeks", "DURATION", "P3W"),
            ("this weekend", "DATE", "2015-W07-WE"),
            ("the coming weeks", "DURATION", "PXW"),
        ],
    ),
    # Wednesday 2013-06-19 (ISO week 25), British broadcaster's live page on a jury's
    # verdicts, oldest post first, date line "Wednesday 19 June 2013" and "Last updated at
    # 16:48 BST" (the DCT); every post stamp (09:31 to 16:48) is Wednesday's, and so are the
    # bare 24-hour times "10:00" and "14:00". The jury retired "at 11:42 on Tuesday" and went
    # home "at 16:15", both 2013-06-18 (past); the inquest "resumes on Tuesday", the coming
    # one, 2013-06-25. "29 April" 2013-04-29 (past); "two days later" after "14 January
    # 2011" is anchored on that date, 2011-01-16; "less than seven weeks after that report"
    # -> "less than seven weeks" P7W (an anchored duration; the fall came 48 days after it).
    # "the first quarter of 2012" is a calendar quarter (the firm's fiscal year is not
    # described); "the 2009 survey" -> "2009", an adjectival year; "overnight" (bail until
    # the next morning) 2013-06-19TNI and "tomorrow morning" 2013-06-20TMO; "Friday 12 July"
    # one span; "annually", "Every week" (a past habit) and "every six months" SETs; "now"
    # PRESENT_REF; "last month" 2013-05; "the autumn" ahead 2013-FA.
    "kellerby-footbridge-trial-verdict-live": (
        "2013-06-19",
        [
            ("Wednesday 19 June 2013", "DATE", "2013-06-19"),
            ("16:48 BST", "TIME", "2013-06-19T16:48"),
            ("09:31", "TIME", "2013-06-19T09:31"),
            ("10:00", "TIME", "2013-06-19T10:00"),
            ("11:42", "TIME", "2013-06-18T11:42"),
            ("Tuesday", "DATE", "2013-06-18"),
            ("16:15", "TIME", "2013-06-18T16:15"),
            ("3 March 2011", "DATE", "2011-03-03"),
            ("29 April", "DATE", "2013-04-29"),
            ("seven weeks", "DURATION", "P7W"),
            ("10:02", "TIME", "2013-06-19T10:02"),
            ("later today", "DATE", "2013-06-19"),
            ("11:20", "TIME", "2013-06-19T11:20"),
            ("1997", "DATE", "1997"),
            ("annually", "SET", "P1Y"),
            ("more than a decade", "DURATION", "P10Y"),
            ("mid-2009", "DATE", "2009"),
            ("14 January 2011", "DATE", "2011-01-14"),
            ("two days later", "DATE", "2011-01-16"),
            ("less than seven weeks", "DURATION", "P7W"),
            ("13:05", "TIME", "2013-06-19T13:05"),
            ("14:00", "TIME", "2013-06-19T14:00"),
            ("the first quarter of 2012", "DATE", "2012-Q1"),
            ("14:21", "TIME", "2013-06-19T14:21"),
            ("2009", "DATE", "2009"),
            ("15:52", "TIME", "2013-06-19T15:52"),
            ("Friday 12 July", "DATE", "2013-07-12"),
            ("overnight", "TIME", "2013-06-19TNI"),
            ("tomorrow morning", "TIME", "2013-06-20TMO"),
            ("16:30", "TIME", "2013-06-19T16:30"),
            ("more than two years", "DURATION", "P2Y"),
            ("Every week", "SET", "P1W"),
            ("now", "DATE", "PRESENT_REF"),
            ("every six months", "SET", "P6M"),
            ("last month", "DATE", "2013-05"),
            ("the autumn", "DATE", "2013-FA"),
            ("16:48", "TIME", "2013-06-19T16:48"),
            ("today", "DATE", "2013-06-19"),
            ("Tuesday", "DATE", "2013-06-25"),
        ],
    ),
    # Saturday 2012-12-08 (ISO week 49), British newspaper's football minute-by-minute,
    # newest post first, date line "Saturday 8 December 2012 14.12 GMT" (the DCT) and "Last
    # modified on Saturday 8 December 2012 17.09 GMT". The pre-match posts carry clock stamps
    # (14.12 to 14.51), the match posts carry minute marks ("12 min", "34 min", "78 min",
    # "90+4 min"), "Half-time" and "Full-time", and the sign-off a clock stamp again (17.09).
    # Minute marks, "the 34th minute", "34'", "Half-time", "Full-time", "Kick-off" and "The
    # second half" are not annotated (gold_blind7, gold_blind24, gold_blind43; see README):
    # they are positions and phases on a match clock that stops and is extended, not times
    # of day or calendar periods, so TIMEX3 has no value for them. Lengths of play are
    # DURATIONs: "with 12 minutes left" -> "12 minutes" PT12M, like "the first 45 minutes"
    # (gold_blind43); "two minutes late" is the size of a delay, PT2M. Weekdays: "in training
    # on Thursday" past, 2012-12-06; "Tuesday night" ahead, 2012-12-11TNI, with "7.30pm" that
    # evening; "next Saturday" in a Saturday blog is seven days ahead, 2012-12-15 (gold_blind30).
    # "a year ago" (a reader's email) 2011, "by March" after it 2012-03 (past); "the summer"
    # just past 2012-SU; "Boxing Day" 2012-12-26; "2 January" ahead, across the year, 2013-01-02;
    # "last week" 2012-W48 and "every morning this week" a SET plus 2012-W49; "first ... win
    # over Stourford in 14 years" -> "14 years" P14Y (the period of a "first in").
    "brackley-stourford-minute-by-minute": (
        "2012-12-08",
        [
            ("14 years", "DURATION", "P14Y"),
            ("Saturday 8 December 2012", "DATE", "2012-12-08"),
            ("14.12 GMT", "TIME", "2012-12-08T14:12"),
            ("Saturday 8 December 2012", "DATE", "2012-12-08"),
            ("17.09 GMT", "TIME", "2012-12-08T17:09"),
            ("17.09", "TIME", "2012-12-08T17:09"),
            ("this afternoon", "TIME", "2012-12-08TAF"),
            ("Tuesday night", "TIME", "2012-12-11TNI"),
            ("7.30pm", "TIME", "2012-12-11T19:30"),
            ("29 September", "DATE", "2012-09-29"),
            ("12 minutes", "DURATION", "PT12M"),
            ("next Saturday", "DATE", "2012-12-15"),
            ("26 years", "DURATION", "P26Y"),
            ("the 1980s", "DATE", "198"),
            ("the summer", "DATE", "2012-SU"),
            ("two minutes", "DURATION", "PT2M"),
            ("14.51", "TIME", "2012-12-08T14:51"),
            ("a year ago", "DATE", "2011"),
            ("March", "DATE", "2012-03"),
            ("14.35", "TIME", "2012-12-08T14:35"),
            ("Thursday", "DATE", "2012-12-06"),
            ("Boxing Day", "DATE", "2012-12-26"),
            ("last week", "DATE", "2012-W48"),
            ("14.12", "TIME", "2012-12-08T14:12"),
            ("3pm", "TIME", "2012-12-08T15:00"),
            ("18 September", "DATE", "2012-09-18"),
            ("less than three months", "DURATION", "P3M"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("this week", "DATE", "2012-W49"),
            ("1998", "DATE", "1998"),
            ("2 January", "DATE", "2013-01-02"),
        ],
    ),
    # Sunday 2013-01-13 (ISO week 2), Australian news site's bushfire live blog, newest post
    # first, date line "Sunday 13 January 2013" and "Updated 6.41pm AEDT" (the DCT); every
    # post stamp (11.05am to 6.41pm) is Sunday's. "overnight" in the 6.41pm post is Sunday
    # night, 2013-01-13TNI; "tomorrow" Monday 2013-01-14 with "7am" and "at least 10am" on it
    # (the modifier kept); "from Tuesday" 2013-01-15 (future); "on Friday afternoon" (past)
    # 2013-01-11TAF. "about two hours earlier than forecast" is the size of a difference,
    # DURATION PT2H (gold_blind28); "fell 12 degrees in 20 minutes" -> "20 minutes", how long
    # a past change took (gold_blind35). "since 4am" -> "4am" Sunday 04:00; "until midnight"
    # -> "midnight" at the end of Sunday, T24:00 (gold_blind40). "Last week" in a Sunday post
    # is the ISO week before the one Sunday closes, 2013-W01 (31 December-6 January).
    # Southern seasons: "the spring" just past (September-November 2012) 2012-SP, within one
    # calendar year; "late last year" 2012; "The second half of 2012" one span 2012-H2 and
    # "a year earlier" after it the same half a year before, 2011-H2 (the granularity of what
    # it is compared with, gold_blind35); "next week" the ISO week after the one Sunday
    # closes, 2013-W03; "every Wednesday night" SET XXXX-WXX-3TNI; "within six months" ->
    # "six months" P6M.
    "tallowood-creek-bushfire-live": (
        "2013-01-13",
        [
            ("Sunday 13 January 2013", "DATE", "2013-01-13"),
            ("6.41pm AEDT", "TIME", "2013-01-13T18:41"),
            ("6.41pm", "TIME", "2013-01-13T18:41"),
            ("overnight", "TIME", "2013-01-13TNI"),
            ("Tuesday", "DATE", "2013-01-15"),
            ("tomorrow", "DATE", "2013-01-14"),
            ("7am", "TIME", "2013-01-14T07:00"),
            ("5.58pm", "TIME", "2013-01-13T17:58"),
            ("at least 10am", "TIME", "2013-01-14T10:00"),
            ("tomorrow", "DATE", "2013-01-14"),
            ("5.20pm", "TIME", "2013-01-13T17:20"),
            ("Friday afternoon", "TIME", "2013-01-11TAF"),
            ("the 1960s", "DATE", "196"),
            ("4.37pm", "TIME", "2013-01-13T16:37"),
            ("4.05pm", "TIME", "2013-01-13T16:05"),
            ("about two hours", "DURATION", "PT2H"),
            ("20 minutes", "DURATION", "PT20M"),
            ("3.12pm", "TIME", "2013-01-13T15:12"),
            ("2.50pm", "TIME", "2013-01-13T14:50"),
            ("1908", "DATE", "1908"),
            ("The second half of 2012", "DATE", "2012-H2"),
            ("a year earlier", "DATE", "2011-H2"),
            ("1.48pm", "TIME", "2013-01-13T13:48"),
            ("now", "DATE", "PRESENT_REF"),
            ("12.30pm", "TIME", "2013-01-13T12:30"),
            ("4am", "TIME", "2013-01-13T04:00"),
            ("every Wednesday night", "SET", "XXXX-WXX-3TNI"),
            ("11.05am", "TIME", "2013-01-13T11:05"),
            ("Yesterday", "DATE", "2013-01-12"),
            ("today", "DATE", "2013-01-13"),
            ("midnight", "TIME", "2013-01-13T24:00"),
            ("Last week", "DATE", "2013-W01"),
            ("late last year", "DATE", "2012"),
            ("the spring", "DATE", "2012-SP"),
            ("next week", "DATE", "2013-W03"),
            ("six months", "DURATION", "P6M"),
        ],
    ),
    # Tuesday 2015-03-10 (ISO week 11), Indian paper's website live blog of a civic poll's
    # counting day, newest post first, stamp "Updated: Mar 10, 2015, 06.12 PM IST" (the DCT),
    # an intro "KESARPUR:" dateline and posts stamped "7.45 am:" to "6.05 pm:", all Tuesday's.
    # "began at 8 am on Tuesday" is the publication day itself; polling was "on Sunday, March
    # 8" (one span with its weekday); the LSP leader's claim "On Monday" (past perfect)
    # 2015-03-09; "call on the chief minister on Thursday" ahead, 2015-03-12; "March 20"
    # (Friday) ahead. The headline's "15-year rule" is an adjectival DURATION, P15Y. Indian
    # fiscal years run April-March and are named by the year they end: "2015-16" FY2016
    # (gold_blind74); "the October-December quarter" names calendar months, 2014-Q4, the last
    # one past. "The outgoing house's term ended in January" 2015-01; "due late last year"
    # 2014; "mid-2013" 2013; "within a week" -> "a week" P1W; "every morning" SET with "two
    # hours" PT2H beside it; "recent months" PAST_REF; "earlier this month" 2015-03.
    "kesarpur-civic-poll-counting-live": (
        "2015-03-10",
        [
            ("15-year", "DURATION", "P15Y"),
            ("Mar 10, 2015", "DATE", "2015-03-10"),
            ("06.12 PM IST", "TIME", "2015-03-10T18:12"),
            ("8 am", "TIME", "2015-03-10T08:00"),
            ("Tuesday", "DATE", "2015-03-10"),
            ("6.05 pm", "TIME", "2015-03-10T18:05"),
            ("March 20", "DATE", "2015-03-20"),
            ("Thursday", "DATE", "2015-03-12"),
            ("4.40 pm", "TIME", "2015-03-10T16:40"),
            ("two hours", "DURATION", "PT2H"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("3.15 pm", "TIME", "2015-03-10T15:15"),
            ("a week", "DURATION", "P1W"),
            ("Monday", "DATE", "2015-03-09"),
            ("1.30 pm", "TIME", "2015-03-10T13:30"),
            ("40 minutes", "DURATION", "PT40M"),
            ("11.50 am", "TIME", "2015-03-10T11:50"),
            ("10.20 am", "TIME", "2015-03-10T10:20"),
            ("9.05 am", "TIME", "2015-03-10T09:05"),
            ("8.10 am", "TIME", "2015-03-10T08:10"),
            ("Sunday, March 8", "DATE", "2015-03-08"),
            ("2010", "DATE", "2010"),
            ("4 pm", "TIME", "2015-03-10T16:00"),
            ("7.45 am", "TIME", "2015-03-10T07:45"),
            ("2000", "DATE", "2000"),
            ("January", "DATE", "2015-01"),
            ("late last year", "DATE", "2014"),
            ("the October-December quarter", "DATE", "2014-Q4"),
            ("2015-16", "DATE", "FY2016"),
            ("mid-2013", "DATE", "2013"),
            ("recent months", "DATE", "PAST_REF"),
            ("earlier this month", "DATE", "2015-03"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
