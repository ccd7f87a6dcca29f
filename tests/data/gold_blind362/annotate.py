"""Annotations of blind gold set 362, chosen by hand before the tagger ran.

    python tests/data/gold_blind362/annotate.py [--show]

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
    # Monday 2012-12-10 (ISO week 50), US tech site's outage story, section label, headline,
    # deck, byline and date line "December 10, 2012 8:41 AM PST" (DATE and TIME, the zone in
    # the span and not in the value, gold_blind55, gold_blind86), "SEATTLE --" dateline. The
    # outage: Saturday 2012-12-08 at 11:48 p.m. PST, which is already Sunday 2012-12-09 in the
    # east and in GMT; each clock time is valued on the day it falls on in its own zone
    # (gold_blind36, gold_blind53): "11:48 p.m. Pacific time" 2012-12-08T23:48 with "Saturday",
    # "2:48 a.m. Eastern" 2012-12-09T02:48 and "07:48 GMT" 2012-12-09T07:48 with "Sunday";
    # "1:18 p.m. IST" 2012-12-09T13:18 (GMT+5:30) with "Sunday". "3:05 a.m. PT", "6:40 a.m.
    # PT", "9:40 a.m. ET" and "14:40 GMT" are clock times without a named day on the day of
    # the story's narrative, Sunday 2012-12-09 (gold_blind35, gold_blind55). London and Berlin
    # lost service "on Sunday morning" 2012-12-09TMO and got it back "in the afternoon" the same
    # day, 2012-12-09TAF; Tokyo "through Sunday evening" 2012-12-09TEV (the writer's days are
    # the local ones). The headline's adjectival "weekend" and "over the weekend" are the
    # weekend just past, 2012-W49-WE (gold_blind86); "late Saturday" (deck) 2012-12-08 and
    # "late Sunday" 2012-12-09 are DATEs with the modifier kept; "said on Monday" is the
    # publication day. Future: "this week" 2012-W50, "10 a.m. PT on Wednesday" 2012-12-12T10:00
    # and 2012-12-12, "on Friday" 2012-12-14. "their December bills" -> "December" 2012-12 (the
    # month the bills are for). "On Nov. 14 ... that evening" 2012-11-14TEV (a narrative
    # anchor). "nearly seven hours" PT7H (23:48 to 06:40 is 6 h 52 min); "within minutes" PTXM;
    # "for hours" PTXH; "at least 48 hours" PT48H; "three days" P3D; "less than a month" P1M
    # (the period of a "second in", gold_blind55); "about 40 minutes" PT40M; "The next three
    # weeks" P3W; "only on Tuesdays" SET XXXX-WXX-2 (a plural weekday); "Christmas Eve"
    # 2012-12-24 and "New Year's Day" 2013-01-01 (holidays on the day they fall on); "Saturday
    # night" 2012-12-08TNI; "last week" 2012-W49; "next year" 2013. Not annotated: "Relaypost
    # 12.10" (an app version that reads like 10 December, the publication day), "1-888-555-1208"
    # (a phone number ending in the outage's month and day), "Internet & Media" (a section
    # label), "90 million", "20 million", "400 million", "25 percent", "$180 million", "three
    # continents", "post-mortem", "at once", "one at a time".
    "relaypost-weekend-messaging-outage": (
        "2012-12-10",
        [
            ("weekend", "DATE", "2012-W49-WE"),
            ("late Saturday", "DATE", "2012-12-08"),
            ("nearly seven hours", "DURATION", "PT7H"),
            ("30 days", "DURATION", "P30D"),
            ("December 10, 2012", "DATE", "2012-12-10"),
            ("8:41 AM PST", "TIME", "2012-12-10T08:41"),
            ("Monday", "DATE", "2012-12-10"),
            ("the weekend", "DATE", "2012-W49-WE"),
            ("late Sunday", "DATE", "2012-12-09"),
            ("11:48 p.m. Pacific time", "TIME", "2012-12-08T23:48"),
            ("Saturday", "DATE", "2012-12-08"),
            ("2:48 a.m. Eastern", "TIME", "2012-12-09T02:48"),
            ("07:48 GMT", "TIME", "2012-12-09T07:48"),
            ("Sunday", "DATE", "2012-12-09"),
            ("minutes", "DURATION", "PTXM"),
            ("1:18 p.m. IST", "TIME", "2012-12-09T13:18"),
            ("Sunday", "DATE", "2012-12-09"),
            ("3:05 a.m. PT", "TIME", "2012-12-09T03:05"),
            ("hours", "DURATION", "PTXH"),
            ("6:40 a.m. PT", "TIME", "2012-12-09T06:40"),
            ("9:40 a.m. ET", "TIME", "2012-12-09T09:40"),
            ("14:40 GMT", "TIME", "2012-12-09T14:40"),
            ("Sunday morning", "TIME", "2012-12-09TMO"),
            ("the afternoon", "TIME", "2012-12-09TAF"),
            ("Sunday evening", "TIME", "2012-12-09TEV"),
            ("2009", "DATE", "2009"),
            ("at least 48 hours", "DURATION", "PT48H"),
            ("this week", "DATE", "2012-W50"),
            ("three days", "DURATION", "P3D"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("December", "DATE", "2012-12"),
            ("10 a.m. PT", "TIME", "2012-12-12T10:00"),
            ("Wednesday", "DATE", "2012-12-12"),
            ("Friday", "DATE", "2012-12-14"),
            ("less than a month", "DURATION", "P1M"),
            ("Nov. 14", "DATE", "2012-11-14"),
            ("about 40 minutes", "DURATION", "PT40M"),
            ("that evening", "TIME", "2012-11-14TEV"),
            ("2010", "DATE", "2010"),
            ("next year", "DATE", "2013"),
            ("The next three weeks", "DURATION", "P3W"),
            ("Christmas Eve", "DATE", "2012-12-24"),
            ("New Year's Day", "DATE", "2013-01-01"),
            ("Saturday night", "TIME", "2012-12-08TNI"),
            ("last week", "DATE", "2012-W49"),
        ],
    ),
    # Thursday 2013-10-17 (ISO week 42), Bloomberg-style earnings story with an analysts' call,
    # byline line "Oct 17, 2013 5:42 AM ET" (DATE and TIME) and "Oct. 17 (Bloomberg) --"
    # dateline (the publication day, gold_blind55). A Swedish company whose fiscal year is the
    # calendar year (nothing else is described), so its quarters are calendar quarters:
    # "third-quarter" and "the third quarter" 2013-Q3, "a year earlier" after it 2012-Q3 (the
    # granularity of what it is compared with, gold_blind55), "the fourth quarter" 2013-Q4
    # (twice), "the previous quarter" 2013-Q2 (the quarter before the one reported,
    # gold_blind18, gold_blind38), "in the quarter" -> "the quarter" 2013-Q3 (gold_blind6),
    # "The second half" 2013-H2, "the second quarter of 2014" 2014-Q2, "the first half of next
    # year" 2014-H1; "full-year" (a rival's forecast, no fiscal year described) 2013. "a year
    # ago" after "in the quarter" takes the unit's granularity, 2012 (gold_blind55, gold_blind103),
    # unlike "a year earlier". The headline's "Into 2014" and "next year" 2014; "the end of next
    # year" 2014. "today" (twice) the publication day; "this morning" 2013-10-17TMO; "10:48
    # a.m." (Stockholm trading), "7:30 a.m. local time" and "9 a.m." are Stockholm clock times
    # of the publication day. "signed on Tuesday" 2013-10-15; "reports on Oct. 24" 2013-10-24;
    # "capital markets day on Nov. 14" 2013-11-14; "said on Oct. 3" 2013-10-03; "July" 2013-07
    # (past); "last week" 2013-W41; "this year" 2013. "a day earlier than scheduled" -> "a day"
    # DURATION P1D and "six months later than planned" -> "six months" P6M (the size of a shift,
    # gold_blind28, gold_blind55); "the next 12 months" P12M; "the past two years" P2Y; "about
    # 75 minutes" PT75M; "once a year" SET P1Y; "around 2018" DATE 2018, the approximator kept
    # (gold_blind30). Not annotated: "4G" and "fourth-generation" (a generation of network, not
    # a period), "5G", "NR-6601", "AIR 3200", "NR-7700" (model numbers), "intraday" and "in
    # Stockholm trading" (trading-session words, gold_blind38), "capital markets day" (an
    # event's name; its date is annotated), "$174 million", "1.12 billion kronor" and the other
    # amounts, "31 percent" and the other percentages, "61.35 kronor", "52" (an age), "2,300
    # jobs", "900", "about a third", "kljungqvist1@bloomberg.net".
    "norvik-radio-third-quarter-call": (
        "2013-10-17",
        [
            ("2014", "DATE", "2014"),
            ("Oct 17, 2013", "DATE", "2013-10-17"),
            ("5:42 AM ET", "TIME", "2013-10-17T05:42"),
            ("Oct. 17", "DATE", "2013-10-17"),
            ("third-quarter", "DATE", "2013-Q3"),
            ("the fourth quarter", "DATE", "2013-Q4"),
            ("the third quarter", "DATE", "2013-Q3"),
            ("a year earlier", "DATE", "2012-Q3"),
            ("today", "DATE", "2013-10-17"),
            ("The second half", "DATE", "2013-H2"),
            ("July", "DATE", "2013-07"),
            ("this morning", "TIME", "2013-10-17TMO"),
            ("next year", "DATE", "2014"),
            ("the second quarter of 2014", "DATE", "2014-Q2"),
            ("April 2012", "DATE", "2012-04"),
            ("10:48 a.m.", "TIME", "2013-10-17T10:48"),
            ("this year", "DATE", "2013"),
            ("today", "DATE", "2013-10-17"),
            ("January 2012", "DATE", "2012-01"),
            ("the end of next year", "DATE", "2014"),
            ("Nov. 14", "DATE", "2013-11-14"),
            ("the previous quarter", "DATE", "2013-Q2"),
            ("Tuesday", "DATE", "2013-10-15"),
            ("the fourth quarter", "DATE", "2013-Q4"),
            ("the quarter", "DATE", "2013-Q3"),
            ("a year ago", "DATE", "2012"),
            ("the next 12 months", "DURATION", "P12M"),
            ("once a year", "SET", "P1Y"),
            ("2013", "DATE", "2013"),
            ("full-year", "DATE", "2013"),
            ("last week", "DATE", "2013-W41"),
            ("Oct. 24", "DATE", "2013-10-24"),
            ("the past two years", "DURATION", "P2Y"),
            ("2011", "DATE", "2011"),
            ("the first half of next year", "DATE", "2014-H1"),
            ("six months", "DURATION", "P6M"),
            ("around 2018", "DATE", "2018"),
            ("7:30 a.m. local time", "TIME", "2013-10-17T07:30"),
            ("a day", "DURATION", "P1D"),
            ("Oct. 3", "DATE", "2013-10-03"),
            ("9 a.m.", "TIME", "2013-10-17T09:00"),
            ("about 75 minutes", "DURATION", "PT75M"),
        ],
    ),
    # Friday 2014-03-14 (ISO week 11), Irish daily's website, business section label, headline,
    # standfirst, byline, stamp "Fri, Mar 14, 2014, 01:00" (one DATE span with the abbreviated
    # weekday and a TIME, gold_blind98). "yesterday" (twice) is Thursday 2014-03-13, the day
    # ComReg announced the rules. The headline's "until July" 2014-07 and the body's "by July
    # 1st" 2014-07-01; the standfirst's attributive "April deadline" 2014-04 (the deadline
    # falls then, like "this year's Eid prayers" in gold_blind79). "5pm on Friday, April 11th"
    # -> TIME 2014-04-11T17:00 and one DATE span with the weekday (gold_blind28). "an eight-week
    # consultation" P8W (adjectival); "last November" 2013-11; "every three months" SET P3M;
    # "the first quarterly update" -> "quarterly" SET P3M (an adjective naming a recurrence,
    # gold_blind55); "October 1st" 2014-10-01; "the autumn" ahead 2014-FA; "the end of the
    # year" 2014; "this summer" 2014-SU; "within 30 days of signing" P30D (anchored); "the past
    # two years" P2Y; "2013 compared with the previous year" -> "the previous year" 2012
    # (anchored on the year just named); "the end of 2015" 2015; "at least 18 months" P18M;
    # "twice a year" SET P1Y; "January 2015" 2015-01. "said on Wednesday" 2014-03-12 (past);
    # "at the weekend" (Irish usage, the weekend just past) 2014-W10-WE, 8-9 March
    # (gold_blind63); "next week" 2014-W12; "the St Patrick's Day bank holiday on Monday" -> the
    # holiday one DATE span with its determiner 2014-03-17 (like "the May Day bank holiday",
    # gold_blind27) and "Monday" 2014-03-17, two DATEs like "Monday is Family Day"
    # (gold_blind103). "March 2012" 2012-03; "after 12 months" P12M (anchored); "We have
    # waited two years" P2Y. Not annotated: "ComReg 14/21" (a document number that reads like
    # a date), "64-page", "4G", "3,100", "about a third", "41 per cent", "€250,000", "N17" and
    # "N26" (roads), "ardmoremobile.ie/coverage-2014" (a year in a web address),
    # "1850 720 014" (a phone number opening with a year-like 1850), "step one", "first"
    # ("first raised", an ordinal of occasions), "BUSINESS > TECHNOLOGY" (a section label).
    "comreg-coverage-maps-deadline": (
        "2014-03-14",
        [
            ("July", "DATE", "2014-07"),
            ("April", "DATE", "2014-04"),
            ("Fri, Mar 14, 2014", "DATE", "2014-03-14"),
            ("01:00", "TIME", "2014-03-14T01:00"),
            ("July 1st", "DATE", "2014-07-01"),
            ("yesterday", "DATE", "2014-03-13"),
            ("eight-week", "DURATION", "P8W"),
            ("last November", "DATE", "2013-11"),
            ("5pm", "TIME", "2014-04-11T17:00"),
            ("Friday, April 11th", "DATE", "2014-04-11"),
            ("every three months", "SET", "P3M"),
            ("quarterly", "SET", "P3M"),
            ("October 1st", "DATE", "2014-10-01"),
            ("the autumn", "DATE", "2014-FA"),
            ("the end of the year", "DATE", "2014"),
            ("yesterday", "DATE", "2014-03-13"),
            ("this summer", "DATE", "2014-SU"),
            ("30 days", "DURATION", "P30D"),
            ("the past two years", "DURATION", "P2Y"),
            ("2013", "DATE", "2013"),
            ("the previous year", "DATE", "2012"),
            ("the end of 2015", "DATE", "2015"),
            ("at least 18 months", "DURATION", "P18M"),
            ("twice a year", "SET", "P1Y"),
            ("January 2015", "DATE", "2015-01"),
            ("Wednesday", "DATE", "2014-03-12"),
            ("the weekend", "DATE", "2014-W10-WE"),
            ("next week", "DATE", "2014-W12"),
            ("the St Patrick's Day bank holiday", "DATE", "2014-03-17"),
            ("Monday", "DATE", "2014-03-17"),
            ("March 2012", "DATE", "2012-03"),
            ("12 months", "DURATION", "P12M"),
            ("two years", "DURATION", "P2Y"),
        ],
    ),
    # Wednesday 2015-04-15 (ISO week 16), New Zealand daily's website, section label, headline,
    # standfirst, byline, stamp "5:00 AM Wednesday Apr 15, 2015" (a TIME and one DATE span
    # with the weekday). A morning paper: "yesterday" is Tuesday 2015-04-14, "yesterday
    # afternoon" 2015-04-14TAF, "at 3.42pm" that afternoon 2015-04-14T15:42, and "last night"
    # its night 2015-04-14TNI (gold_blind35, gold_blind103). "eight days" (headline and lead)
    # P8D: the bidding days 31 March, 1 April and 7-10 and 13-14 April. Past: "in December"
    # 2014-12, "February 27" 2015-02-27, "Tuesday, March 31" one span 2015-03-31, "the next
    # day" 2015-04-01 and "that evening" 2015-04-01TEV anchored on it, "April 7" 2015-04-07
    # and "the Tuesday after Easter" one DATE span 2015-04-07 (Easter Sunday 2015-04-05; an
    # anchored day of a holiday, like "the Sunday after Deepavali" in gold_blind79), "on Monday"
    # (standfirst and body) 2015-04-13, "Monday evening" 2015-04-13TEV. The rounds' hours "every
    # 90 minutes from 9am until 5pm" -> SET PT90M and two TIMEs XXXX-XX-XXThh:mm (gold_blind28,
    # gold_blind103). "the first week" of the bidding P1W (an ordinal period of an event,
    # gold_blind35). Future: "on Friday" 2015-04-17; "July 1 next year" one span 2016-07-01
    # (like "June last year" in gold_blind55); "June 30, 2031"; "the end of the 2015-16
    # financial year" FY2016 (the New Zealand government's year to 30 June, named by the year
    # it ends, gold_blind63); Tasman's "financial year to March 31" -> "the financial year"
    # FY2015 and "March 31" 2015-03-31 (gold_blind63); "May 21" 2015-05-21; "the second half of
    # next year" 2016-H2. "15 years" P15Y; "within five years" P5Y; "within a month of the
    # results" P1M (anchored); "Two years ago" 2013 (the unit's granularity); "two days" P2D;
    # "doubled in 18 months" P18M (the time a past change took, gold_blind35); "set up in 2013"
    # 2013. Not annotated: "2300MHz", "1800MHz" (bands), "63 rounds", "round 63", "Lot 4",
    # "six lots", "A quarter of the price" (a fraction), "$71m", "$71.4 million", "$40m",
    # "$18.2m", "$60m", "300 cell sites", "NZX: TSW", "2.1 per cent", "$3.26", "4G", "the
    # reserve", "before then" (anaphoric), "a long fight", "BUSINESS" (a section label).
    "kereru-spectrum-auction-closes": (
        "2015-04-15",
        [
            ("eight days", "DURATION", "P8D"),
            ("Monday", "DATE", "2015-04-13"),
            ("5:00 AM", "TIME", "2015-04-15T05:00"),
            ("Wednesday Apr 15, 2015", "DATE", "2015-04-15"),
            ("yesterday afternoon", "TIME", "2015-04-14TAF"),
            ("eight days", "DURATION", "P8D"),
            ("December", "DATE", "2014-12"),
            ("3.42pm", "TIME", "2015-04-14T15:42"),
            ("Friday", "DATE", "2015-04-17"),
            ("February 27", "DATE", "2015-02-27"),
            ("Tuesday, March 31", "DATE", "2015-03-31"),
            ("the next day", "DATE", "2015-04-01"),
            ("that evening", "TIME", "2015-04-01TEV"),
            ("April 7", "DATE", "2015-04-07"),
            ("the Tuesday after Easter", "DATE", "2015-04-07"),
            ("every 90 minutes", "SET", "PT90M"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("the first week", "DURATION", "P1W"),
            ("Monday", "DATE", "2015-04-13"),
            ("Monday evening", "TIME", "2015-04-13TEV"),
            ("15 years", "DURATION", "P15Y"),
            ("July 1 next year", "DATE", "2016-07-01"),
            ("June 30, 2031", "DATE", "2031-06-30"),
            ("five years", "DURATION", "P5Y"),
            ("a month", "DURATION", "P1M"),
            ("the end of the 2015-16 financial year", "DATE", "FY2016"),
            ("Two years ago", "DATE", "2013"),
            ("two days", "DURATION", "P2D"),
            ("18 months", "DURATION", "P18M"),
            ("yesterday", "DATE", "2015-04-14"),
            ("the financial year", "DATE", "FY2015"),
            ("March 31", "DATE", "2015-03-31"),
            ("May 21", "DATE", "2015-05-21"),
            ("the second half of next year", "DATE", "2016-H2"),
            ("2013", "DATE", "2013"),
            ("last night", "TIME", "2015-04-14TNI"),
        ],
    ),
    # Saturday 2014-09-20 (ISO week 38), Indian paper's website gadgets page, section label,
    # headline, byline, stamp "Updated: Sep 20, 2014 11:05 IST" (DATE and TIME), "NEW DELHI:"
    # dateline. Past: "on Friday" (the launch) 2014-09-19, "Friday evening" 2014-09-19TEV, "Friday
    # night" 2014-09-19TNI, "on Thursday" 2014-09-18 with "a day before the Zephyr launch" -> "a
    # day" P1D (anchored); "June 18" 2014-06-18 and "the next day" 2014-06-19; "three months after
    # the phone went on sale" P3M (anchored); "last week" 2014-W37; "July last year" one span
    # 2013-07; "March", "May", "August" 2014 (past). Future: "on Monday at 12 noon" 2014-09-22 and
    # 2014-09-22T12:00 ("12 noon" one TIME span, gold_blind60); "Sunday, September 28" and "Tuesday,
    # September 30" (headline "September 30") one span each, "at 2 pm" that day 2014-09-30T14:00;
    # "Tuesday's sale" -> "Tuesday" 2014-09-30; the later sales "every Tuesday at 2 pm" -> SET
    # XXXX-WXX-2 and TIME XXXX-XX-XXT14:00 (the hour of a recurring event, gold_blind79); "till the
    # end of October" 2014-10 ("till" a signal, gold_blind49); "the end of the year" 2014; "Diwali"
    # (twice) 2014-10-23, and "falls on October 23 this year" three TIMEX3, like "Melbourne Cup Day,
    # which falls on 3 November this year" (gold_blind83); "the first quarter of 2015" 2015-Q1; "the
    # coming weeks" PXW; "the next five weeks" P5W. "2013-14" is the Indian financial year April
    # 2013-March 2014, FY2014, named by the year it ends (gold_blind63, gold_blind74). "under four
    # minutes" PT4M (the modifier kept); "about 20 minutes" PT20M; "six months" P6M; "the one-year
    # warranty" -> "one-year" P1Y. Not annotated: "Rs 12,999", "Rs 40 crore", "Rs 2,000", "Z1409" (a
    # model number that reads like 2014-09), "5-inch", "2GB", "13-megapixel", "NovaOS 4.4", "NovaOS
    # 5.0", "Nova 5", "Nova 4", "Nova 3", "K6", "100,000 units", "3 lakh", "2.4 lakh", "11 sales",
    # "20 cities", "nearly 40 per cent", "annual smartphone sales" (an adjective naming the period
    # of a figure, gold_blind28), "the festive season" (no calendar value, gold_blind79),
    # "1800-103-2014" (a phone number ending in the year), "GADGETS" (a section label).
    "zephyr-nova-5-india-flash-sale": (
        "2014-09-20",
        [
            ("September 30", "DATE", "2014-09-30"),
            ("Sep 20, 2014", "DATE", "2014-09-20"),
            ("11:05 IST", "TIME", "2014-09-20T11:05"),
            ("Friday", "DATE", "2014-09-19"),
            ("three months", "DURATION", "P3M"),
            ("Monday", "DATE", "2014-09-22"),
            ("12 noon", "TIME", "2014-09-22T12:00"),
            ("Sunday, September 28", "DATE", "2014-09-28"),
            ("Tuesday, September 30", "DATE", "2014-09-30"),
            ("2 pm", "TIME", "2014-09-30T14:00"),
            ("every Tuesday", "SET", "XXXX-WXX-2"),
            ("2 pm", "TIME", "XXXX-XX-XXT14:00"),
            ("the end of October", "DATE", "2014-10"),
            ("June 18", "DATE", "2014-06-18"),
            ("the next day", "DATE", "2014-06-19"),
            ("under four minutes", "DURATION", "PT4M"),
            ("Diwali", "DATE", "2014-10-23"),
            ("Friday evening", "TIME", "2014-09-19TEV"),
            ("the end of the year", "DATE", "2014"),
            ("Diwali", "DATE", "2014-10-23"),
            ("October 23", "DATE", "2014-10-23"),
            ("this year", "DATE", "2014"),
            ("about 20 minutes", "DURATION", "PT20M"),
            ("Friday night", "TIME", "2014-09-19TNI"),
            ("Tuesday", "DATE", "2014-09-30"),
            ("six months", "DURATION", "P6M"),
            ("one-year", "DURATION", "P1Y"),
            ("the first quarter of 2015", "DATE", "2015-Q1"),
            ("last week", "DATE", "2014-W37"),
            ("July last year", "DATE", "2013-07"),
            ("March", "DATE", "2014-03"),
            ("2013-14", "DATE", "FY2014"),
            ("May", "DATE", "2014-05"),
            ("August", "DATE", "2014-08"),
            ("Thursday", "DATE", "2014-09-18"),
            ("a day", "DURATION", "P1D"),
            ("the coming weeks", "DURATION", "PXW"),
            ("the next five weeks", "DURATION", "P5W"),
        ],
    ),
    # Tuesday 2015-02-10 (ISO week 7), Australian IT trade site, section label, headline,
    # standfirst, byline and stamp "By Lachlan Frew on Feb 10, 2015 11:42AM" (DATE and TIME).
    # "yesterday" and "published on Monday" are 2015-02-09. The end of support "on 13 October
    # this year, the second Tuesday of the month" gives three DATEs: "13 October" 2015-10-13,
    # "this year" 2015 (like "3 November this year", gold_blind83) and the apposition "the
    # second Tuesday of the month" 2015-10-13 (one day, named by its rank in October; see
    # README); the headline's "October cut-off" -> "October" 2015-10. "the second Tuesday of
    # every month" SET P1M (gold_blind86); "lands on Wednesday mornings" SET XXXX-WXX-3TMO (a
    # plural part of a weekday). The last patches "at about 4am AEDT on Wednesday 14 October":
    # a US-time release on Tuesday 13 October (10am PDT is 17:00 UTC) is 04:00 on the 14th in
    # Sydney (AEDT from 4 October 2015): TIME 2015-10-14T04:00 and one DATE span with weekday.
    # "eight months before" P8M (anchored); "a year ago" 2014 (the unit's granularity);
    # "August" 2014-08 (past); "in June" 2015-06 (future); "the early 2000s" 200; "at least
    # nine months" P9M; "by now" -> "now" PRESENT_REF; "March 2005", "July 2010", "April 2014";
    # "pushed the date back 18 months" P18M (the size of a shift); "the 2015-16 financial year"
    # FY2016 and "the end of the financial year" FY2015 (the Australian year to 30 June, named
    # by the year it ends, gold_blind63, gold_blind74); "March 2016"; "until mid-2016" 2016
    # (gold_blind59); "by 31 March" 2015-03-31; "1pm AEDT on Thursday" 2015-02-12T13:00 and
    # 2015-02-12, "repeated at 9am the next day" 2015-02-13T09:00 and 2015-02-13; "since
    # January" 2015-01; "January 2020" 2020-01; "Every five years or so" SET P5Y, the modifier
    # kept and not recorded (like "about every three years", gold_blind55). Not annotated:
    # "Tallis Server 2005" and "Server 2005" (a product named by a year, in a story with "March
    # 2005" annotated), "Tallis Server 2012 R2", "Tallis Desktop 7", "10-year-old" (an age),
    # "140", "38 per cent", "11,000", "19,000", "14,000", "260", "$4.2 million", "more than
    # 6000", "1300 825 005", "line-of-business", "Government IT" (a section label).
    "tallis-server-2005-end-of-support": (
        "2015-02-10",
        [
            ("October", "DATE", "2015-10"),
            ("Feb 10, 2015", "DATE", "2015-02-10"),
            ("11:42AM", "TIME", "2015-02-10T11:42"),
            ("eight months", "DURATION", "P8M"),
            ("yesterday", "DATE", "2015-02-09"),
            ("13 October", "DATE", "2015-10-13"),
            ("this year", "DATE", "2015"),
            ("the second Tuesday of the month", "DATE", "2015-10-13"),
            ("Monday", "DATE", "2015-02-09"),
            ("a year ago", "DATE", "2014"),
            ("August", "DATE", "2014-08"),
            ("June", "DATE", "2015-06"),
            ("the early 2000s", "DATE", "200"),
            ("at least nine months", "DURATION", "P9M"),
            ("now", "DATE", "PRESENT_REF"),
            ("March 2005", "DATE", "2005-03"),
            ("July 2010", "DATE", "2010-07"),
            ("April 2014", "DATE", "2014-04"),
            ("18 months", "DURATION", "P18M"),
            ("the 2015-16 financial year", "DATE", "FY2016"),
            ("March 2016", "DATE", "2016-03"),
            ("mid-2016", "DATE", "2016"),
            ("31 March", "DATE", "2015-03-31"),
            ("the end of the financial year", "DATE", "FY2015"),
            ("the second Tuesday of every month", "SET", "P1M"),
            ("Wednesday mornings", "SET", "XXXX-WXX-3TMO"),
            ("about 4am AEDT", "TIME", "2015-10-14T04:00"),
            ("Wednesday 14 October", "DATE", "2015-10-14"),
            ("1pm AEDT", "TIME", "2015-02-12T13:00"),
            ("Thursday", "DATE", "2015-02-12"),
            ("9am", "TIME", "2015-02-13T09:00"),
            ("the next day", "DATE", "2015-02-13"),
            ("January", "DATE", "2015-01"),
            ("January 2020", "DATE", "2020-01"),
            ("Every five years or so", "SET", "P5Y"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
