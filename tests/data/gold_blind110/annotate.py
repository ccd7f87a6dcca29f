"""Annotations of the hundred-and-tenth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind110/annotate.py [--show]

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
    # Tuesday 2014-10-14 (ISO week 42), British paper's front-line dispatch online: headline,
    # standfirst, "Name in Town" byline, web date line "Tuesday 14 October 2014 18.32 BST" (the
    # date one DATE with its weekday, the clock time a TIME with the zone in the span and not
    # in the value, gold_blind40). "before the winter" said in October is the winter ahead,
    # named by the year of its January, 2015-WI (gold_blind28); the baker's "in the spring"
    # likewise 2015-SP. "at 5.40am local time (0240 GMT) on Tuesday" is three TIMEX3, the local
    # time and its GMT equivalent each a TIME (gold_blind28, gold_blind77). The lieutenant's
    # quoted "Yesterday" is Monday 2014-10-13 and "the afternoon" and "about 10pm" belong to
    # it; "Tonight" is the publication day's night. Past weekdays: "On Sunday night"
    # 2014-10-12TNI, "on Saturday" 2014-10-11, "said on Monday" 2014-10-13; "By Tuesday
    # evening" is the publication day's evening. "in less than a fortnight" DURATION P2W;
    # "the beginning of October" the month's value; "a few hours" PTXH. Sets: "every five
    # minutes" PT5M, "every evening" XXXX-XX-XXTEV, "at 6am every morning" and "at 7am on
    # Thursdays and Sundays" with their recurring hours XXXX-XX-XXThh:mm (gold_blind28). "the
    # last round of talks" has no date. Not annotated: "14th Mechanised Brigade" and "the 14th"
    # (a unit), "Overnight temperatures" (an adjective naming a kind, gold_blind103), "from
    # then on", "Then", "before the war", "since they were deployed", "30 kilometres",
    # "40,000", "6,000", "22,000", the age "61".
    "dresk-ridge-front-line-dispatch": (
        "2014-10-14",
        [
            ("the winter", "DATE", "2015-WI"),
            ("Tuesday 14 October 2014", "DATE", "2014-10-14"),
            ("18.32 BST", "TIME", "2014-10-14T18:32"),
            ("5.40am local time", "TIME", "2014-10-14T05:40"),
            ("0240 GMT", "TIME", "2014-10-14T02:40"),
            ("Tuesday", "DATE", "2014-10-14"),
            ("every five minutes", "SET", "PT5M"),
            ("last week", "DATE", "2014-W41"),
            ("nine days", "DURATION", "P9D"),
            ("Yesterday", "DATE", "2014-10-13"),
            ("the afternoon", "TIME", "2014-10-13TAF"),
            ("about 10pm", "TIME", "2014-10-13T22:00"),
            ("Tonight", "TIME", "2014-10-14TNI"),
            ("2 October", "DATE", "2014-10-02"),
            ("less than a fortnight", "DURATION", "P2W"),
            ("Sunday night", "TIME", "2014-10-12TNI"),
            ("Saturday", "DATE", "2014-10-11"),
            ("a few hours", "DURATION", "PTXH"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("the beginning of October", "DATE", "2014-10"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("1993", "DATE", "1993"),
            ("four months", "DURATION", "P4M"),
            ("the spring", "DATE", "2015-SP"),
            ("Monday", "DATE", "2014-10-13"),
            ("48 hours", "DURATION", "PT48H"),
            ("Tuesday evening", "TIME", "2014-10-14TEV"),
            ("July", "DATE", "2014-07"),
            ("three weeks", "DURATION", "P3W"),
            ("this week", "DATE", "2014-W42"),
            ("mid-September", "DATE", "2014-09"),
            ("the coming weeks", "DURATION", "PXW"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("August", "DATE", "2014-08"),
            ("about 3pm", "TIME", "2014-10-14T15:00"),
            ("20 minutes", "DURATION", "PT20M"),
            ("14 October", "DATE", "2014-10-14"),
            ("Tomorrow", "DATE", "2014-10-15"),
        ],
    ),
    # Sunday 2013-06-09 (ISO week 23), Reuters-style ceasefire wire, headline, byline,
    # "DORVASK, Velgaria, June 9 (Reuters) -" dateline, credit line. The truce "took effect at
    # midnight (2100 GMT on Saturday)": the local midnight that ends Saturday, 2013-06-08T24:00
    # (gold_blind77), confirmed by the GMT gloss (local time is GMT+3), 2013-06-08T21:00, and
    # "Saturday" 2013-06-08. "its first day" (in apposition to "Sunday") is an ordinal period
    # of an event, DURATION P1D like "The first week" (gold_blind35), the day itself carried by
    # "Sunday"; the headline's "hours after start" -> "hours" PTXH (gold_blind15). "the early
    # hours of Sunday" one DATE 2013-06-09 (gold_blind7, gold_blind103); the clock times of the
    # first violations (0215, "shortly before 5 a.m.", "about 4 a.m.") fall on that Sunday;
    # "slept through the night" -> "the night" of Saturday to Sunday, 2013-06-08TNI. Past
    # weekdays: "brokered ... on Thursday" 2013-06-06, "arrived on Friday" 2013-06-07, "on
    # Tuesday and Wednesday" 2013-06-04 and 2013-06-05, "on Friday night", "on Saturday night";
    # future: "patrols on Monday" and "at 8 a.m. on Monday" 2013-06-10, "by midnight on
    # Tuesday" 2013-06-11T24:00 (72 hours after the start), "expected on Wednesday" 2013-06-12,
    # "address parliament on Tuesday" 2013-06-11. "every 24 hours" SET PT24H (see README);
    # "For the first time in eight months" the period of a "first in", P8M; "The past week"
    # DURATION P1W like "the past year"; "October last year" one span 2012-10; "the autumn"
    # ahead 2013-FA. Not annotated: "since then", "so far", "the fourth", "M7", "20 km (12
    # miles)", "2,300", "180,000", "40 detainees", "11 soldiers", the age "34".
    "varsk-ceasefire-first-day-violations": (
        "2013-06-09",
        [
            ("hours", "DURATION", "PTXH"),
            ("June 9", "DATE", "2013-06-09"),
            ("Sunday", "DATE", "2013-06-09"),
            ("its first day", "DURATION", "P1D"),
            ("the early hours of Sunday", "DATE", "2013-06-09"),
            ("less than three hours", "DURATION", "PT3H"),
            ("midnight", "TIME", "2013-06-08T24:00"),
            ("2100 GMT", "TIME", "2013-06-08T21:00"),
            ("Saturday", "DATE", "2013-06-08"),
            ("Thursday", "DATE", "2013-06-06"),
            ("at least 14 days", "DURATION", "P14D"),
            ("the end of the month", "DATE", "2013-06"),
            ("eight months", "DURATION", "P8M"),
            ("the night", "TIME", "2013-06-08TNI"),
            ("0215 local time", "TIME", "2013-06-09T02:15"),
            ("5 a.m.", "TIME", "2013-06-09T05:00"),
            ("about 4 a.m.", "TIME", "2013-06-09T04:00"),
            ("Friday", "DATE", "2013-06-07"),
            ("Monday", "DATE", "2013-06-10"),
            ("every 24 hours", "SET", "PT24H"),
            ("Sunday afternoon", "TIME", "2013-06-09TAF"),
            ("72 hours", "DURATION", "PT72H"),
            ("midnight", "TIME", "2013-06-11T24:00"),
            ("Tuesday", "DATE", "2013-06-11"),
            ("Wednesday", "DATE", "2013-06-12"),
            ("October last year", "DATE", "2012-10"),
            ("February", "DATE", "2013-02"),
            ("four days", "DURATION", "P4D"),
            ("The past week", "DURATION", "P1W"),
            ("Tuesday", "DATE", "2013-06-04"),
            ("Wednesday", "DATE", "2013-06-05"),
            ("Friday night", "TIME", "2013-06-07TNI"),
            ("the autumn", "DATE", "2013-FA"),
            ("Saturday night", "TIME", "2013-06-08TNI"),
            ("Tuesday", "DATE", "2013-06-11"),
            ("April", "DATE", "2013-04"),
            ("8 a.m.", "TIME", "2013-06-10T08:00"),
            ("Monday", "DATE", "2013-06-10"),
            ("June 24", "DATE", "2013-06-24"),
        ],
    ),
    # Wednesday 2012-09-19 (ISO week 38), AFP-style casualty-toll wire, headline, byline,
    # "BELVOR, Sept 19, 2012 (AFP) -" dateline, desk initials "lh/pk" (not annotated). The
    # uprising "began 18 months ago": "N ago" at the unit's granularity, 2011-03, which the
    # story's "March last year" (one span, gold_blind28) confirms. "for a ninth straight day"
    # -> "a ninth straight day" DURATION P1D, an ordinal day of a run (gold_blind13,
    # gold_blind59). "said Wednesday" and "early Wednesday" the publication day (wire copy of
    # the day, gold_blind28); "on Tuesday" and "said Tuesday" 2012-09-18, "said Monday"
    # 2012-09-17, "next Tuesday" 2012-09-25, "by the weekend" (ahead of a Monday statement)
    # 2012-W38-WE. The shopkeeper's "11 o'clock last night" is two TIMEX3, 2012-09-18T23:00 and
    # 2012-09-18TNI, and "until morning" the following morning, 2012-09-19TMO. The Observatory
    # "updates its toll every evening at 8:00 pm (1700 GMT)": a SET and two recurring clock
    # times (gold_blind28, gold_blind45). "the past 24 hours" PT24H; "within days" -> "days"
    # PXD; "the end of the year" 2012; "through December" 2012-12; "13-year rule" DURATION on
    # the adjective; "daily reports" an adjectival recurrence, SET P1D; "every week since
    # mid-April" a SET and a DATE. "August was the deadliest month" -> "August" only ("the
    # deadliest month" is a predicate, gold_blind59). Not annotated: "Britain-based", "so far",
    # "21,000", "212", "97", "64", "4,930", "3,010", "150", "the dozens", "250,000", "$487
    # million", the age "45".
    "castrova-death-toll-dravin": (
        "2012-09-19",
        [
            ("Sept 19, 2012", "DATE", "2012-09-19"),
            ("18 months ago", "DATE", "2011-03"),
            ("Wednesday", "DATE", "2012-09-19"),
            ("a ninth straight day", "DURATION", "P1D"),
            ("Tuesday", "DATE", "2012-09-18"),
            ("the past 24 hours", "DURATION", "PT24H"),
            ("August", "DATE", "2012-08"),
            ("July", "DATE", "2012-07"),
            ("Every day", "SET", "P1D"),
            ("now", "DATE", "PRESENT_REF"),
            ("A year ago", "DATE", "2011"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("8:00 pm", "TIME", "XXXX-XX-XXT20:00"),
            ("1700 GMT", "TIME", "XXXX-XX-XXT17:00"),
            ("March", "DATE", "2012-03"),
            ("September 11", "DATE", "2012-09-11"),
            ("11 o'clock", "TIME", "2012-09-18T23:00"),
            ("last night", "TIME", "2012-09-18TNI"),
            ("morning", "TIME", "2012-09-19TMO"),
            ("early Wednesday", "DATE", "2012-09-19"),
            ("days", "DURATION", "PXD"),
            ("Monday", "DATE", "2012-09-17"),
            ("the weekend", "DATE", "2012-W38-WE"),
            ("Tuesday", "DATE", "2012-09-18"),
            ("June", "DATE", "2012-06"),
            ("the end of the year", "DATE", "2012"),
            ("December", "DATE", "2012-12"),
            ("next Tuesday", "DATE", "2012-09-25"),
            ("earlier this month", "DATE", "2012-09"),
            ("October", "DATE", "2012-10"),
            ("1999", "DATE", "1999"),
            ("2014", "DATE", "2014"),
            ("March last year", "DATE", "2011-03"),
            ("13-year", "DURATION", "P13Y"),
            ("daily", "SET", "P1D"),
            ("every week", "SET", "P1W"),
            ("mid-April", "DATE", "2012-04"),
        ],
    ),
    # Monday 2015-03-23 (ISO week 13), US paper's foreign-desk story on a peace-talks round,
    # title-case headline, byline in capitals, web date line "MARCH 23, 2015", "PORT SAVIN,
    # Istrena —" dateline, and the print note "appears in print on March 24, 2015" (the next
    # day's paper, a DATE of its own). "26 months into a war" is how long the war has run,
    # DURATION P26M (January 2013 to March 2015), like "its fourth week" (gold_blind35).
    # "through Friday" 2015-03-27; the daily sessions "each morning from 9:30 a.m. to 1 p.m."
    # are a SET with two recurring clock times, "every afternoon" SET XXXX-XX-XXTAF. "on
    # Sunday evening" 2015-03-22TEV, "Late Saturday" 2015-03-21 (a DATE with its modifier,
    # gold_blind28), "on Sunday morning" 2015-03-22TMO; "last Tuesday" in a Monday paper is
    # the Tuesday of last week, 2015-03-17; "the end of the week" 2015-W13 (gold_blind35),
    # "last week" 2015-W12. "The first round, in January" 2015-01, "from Feb. 16 to Feb. 20"
    # two DATEs; "last summer" in March 2015 is 2014-SU; "the spring of 2017" one span; "the
    # first half of this year" 2015-H1 and "a year earlier" after it 2014-H1 (gold_blind35);
    # "which begins in May" 2015-05, "renewed in December" 2014-12, "the end of June" 2015-06,
    # "set for April 27" 2015-04-27; "Every week we sit here" and "every month" SETs; "another
    # decade" DURATION P10Y (gold_blind54's "another year"). Not annotated: "the rainy season"
    # (no calendar unit, like "the season" in gold_blind103), "may" (the verb), "Third Round",
    # "a third round", "the second", "A fourth round", "page A8", "38,000", "a quarter", "1.9
    # million", "1.2 million", "14 people", the age "52".
    "taldera-peace-talks-third-round": (
        "2015-03-23",
        [
            ("MARCH 23, 2015", "DATE", "2015-03-23"),
            ("Monday", "DATE", "2015-03-23"),
            ("26 months", "DURATION", "P26M"),
            ("Friday", "DATE", "2015-03-27"),
            ("each morning", "SET", "XXXX-XX-XXTMO"),
            ("9:30 a.m.", "TIME", "XXXX-XX-XXT09:30"),
            ("1 p.m.", "TIME", "XXXX-XX-XXT13:00"),
            ("every afternoon", "SET", "XXXX-XX-XXTAF"),
            ("Sunday evening", "TIME", "2015-03-22TEV"),
            ("the end of the week", "DATE", "2015-W13"),
            ("January", "DATE", "2015-01"),
            ("two days", "DURATION", "P2D"),
            ("Feb. 16", "DATE", "2015-02-16"),
            ("Feb. 20", "DATE", "2015-02-20"),
            ("30 days", "DURATION", "P30D"),
            ("last Tuesday", "DATE", "2015-03-17"),
            ("three months", "DURATION", "P3M"),
            ("more than two years", "DURATION", "P2Y"),
            ("Every week", "SET", "P1W"),
            ("Monday", "DATE", "2015-03-23"),
            ("this year", "DATE", "2015"),
            ("the spring of 2017", "DATE", "2017-SP"),
            ("January 2013", "DATE", "2013-01"),
            ("last summer", "DATE", "2014-SU"),
            ("11 days", "DURATION", "P11D"),
            ("Late Saturday", "DATE", "2015-03-21"),
            ("Sunday morning", "TIME", "2015-03-22TMO"),
            ("last week", "DATE", "2015-W12"),
            ("the first half of this year", "DATE", "2015-H1"),
            ("a year earlier", "DATE", "2014-H1"),
            ("May", "DATE", "2015-05"),
            ("December", "DATE", "2014-12"),
            ("six months", "DURATION", "P6M"),
            ("the end of June", "DATE", "2015-06"),
            ("April 27", "DATE", "2015-04-27"),
            ("every month", "SET", "P1M"),
            ("another decade", "DURATION", "P10Y"),
            ("March 24, 2015", "DATE", "2015-03-24"),
        ],
    ),
    # Saturday 2012-12-08 (ISO week 49), AP story on a hostage release as a newspaper site
    # prints it: headline ("after 141 days in captivity"), byline, stamp "Updated 4:18 pm,
    # Saturday, December 8, 2012" (a TIME and one DATE span with its weekday), "TARAVEL,
    # Serkand (AP) —" dateline, a dated timeline. The pair were seized on Thursday 2012-07-19
    # and released late Friday 2012-12-07: 141 days. "a day after their release" is an
    # anchored duration, P1D (gold_blind35); "Saturday morning" and "Tonight" belong to the
    # publication day, "fly home Monday" 2012-12-10 (future), "overnight" the night begun on
    # Friday evening, 2012-12-07TNI (gold_blind103), the nurse's "Yesterday" Friday. "it would
    # end soon", a thought reported in the past, is still FUTURE_REF (see README). Narrative
    # anchors: "the next morning" after July 19 -> 2012-07-20TMO, "five days earlier" after
    # Sept. 28 -> 2012-09-23, "the day before the kidnapping" apposed to July 18 -> 2012-07-18
    # (gold_blind32), "at 10 p.m." that evening 2012-07-18T22:00. "That was 20 weeks ago"
    # (the call of July 18) is the ISO week twenty weeks back, 2012-W29, at the unit's
    # granularity (gold_blind77's "seven weeks ago"). "late October" 2012-10, "early November"
    # 2012-11, "this year" 2012, "next spring" 2013-SP; "every Sunday" SET XXXX-WXX-7. The
    # timeline's dates are DATEs like any other. Not annotated: "the 17 July Brigade" (twice; a
    # group's name holding a date, see README), "0044 20 7946 2012" and
    # "openhands.org/serkand/2012/appeal" (a phone number and a web address holding 2012),
    # "since their capture", "the fourth kidnapping", "40 prisoners", "12 prisoners", "three
    # engineers", the ages "29" and "41".
    "serkand-aid-workers-freed": (
        "2012-12-08",
        [
            ("141 days", "DURATION", "P141D"),
            ("4:18 pm", "TIME", "2012-12-08T16:18"),
            ("Saturday, December 8, 2012", "DATE", "2012-12-08"),
            ("141 days", "DURATION", "P141D"),
            ("Saturday morning", "TIME", "2012-12-08TMO"),
            ("a day", "DURATION", "P1D"),
            ("Monday", "DATE", "2012-12-10"),
            ("late Friday", "DATE", "2012-12-07"),
            ("overnight", "TIME", "2012-12-07TNI"),
            ("Every night", "SET", "XXXX-XX-XXTNI"),
            ("four months", "DURATION", "P4M"),
            ("soon", "DATE", "FUTURE_REF"),
            ("Yesterday", "DATE", "2012-12-07"),
            ("July 19", "DATE", "2012-07-19"),
            ("about 6 p.m. local time", "TIME", "2012-07-19T18:00"),
            ("the next morning", "TIME", "2012-07-20TMO"),
            ("Aug. 2", "DATE", "2012-08-02"),
            ("Sept. 28", "DATE", "2012-09-28"),
            ("five days earlier", "DATE", "2012-09-23"),
            ("late October", "DATE", "2012-10"),
            ("early November", "DATE", "2012-11"),
            ("2009", "DATE", "2009"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("October", "DATE", "2012-10"),
            ("this year", "DATE", "2012"),
            ("March", "DATE", "2012-03"),
            ("August", "DATE", "2012-08"),
            ("next spring", "DATE", "2013-SP"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("July 18", "DATE", "2012-07-18"),
            ("the day before", "DATE", "2012-07-18"),
            ("10 p.m.", "TIME", "2012-07-18T22:00"),
            ("20 weeks ago", "DATE", "2012-W29"),
            ("Tonight", "TIME", "2012-12-08TNI"),
            ("July 19", "DATE", "2012-07-19"),
            ("Aug. 2", "DATE", "2012-08-02"),
            ("Sept. 28", "DATE", "2012-09-28"),
            ("Oct. 30", "DATE", "2012-10-30"),
            ("Dec. 7", "DATE", "2012-12-07"),
        ],
    ),
    # Thursday 2015-08-20 (ISO week 34), German-style international broadcaster's English
    # website, anniversary piece: headline ("one year after the siege", an anchored duration
    # P1Y like "Two Weeks After Quake" in gold_blind35), summary line ("Twelve months ago",
    # "N ago" at the unit's granularity, 2014-08, gold_blind58), header "Date 20.08.2015 |
    # Author Lena Hart" (the day.month.year date a DATE, gold_blind36). "A year ago today" one
    # DATE span at the day, 2014-08-20 (gold_blind48, gold_blind81), and its "at 4:30 a.m."
    # 2014-08-20T04:30; "For the next 12 days" P12D, to "1 September 2014"; "that morning" the
    # morning of the first strike, 2014-08-20TMO, "five days later" 2014-08-25 (gold_blind77).
    # "On Thursday morning" and its "At 4:30 a.m." are the publication day. "the first the
    # city had known in 71 years" the period of a "first in", P71Y; "a minute's silence" ->
    # "a minute" PT1M (gold_blind54). "reopened in March" 2015-03, "last November" 2014-11,
    # "signed on 14 October" the past one, 2014-10-14, "in July alone" -> "July" 2015-07,
    # "since the spring" 2015-SP, "scheduled for 8 November" 2015-11-08, "took office in
    # January" 2015-01; "the end of the year" 2015; "by the end of the decade" the 2010s, DATE
    # 201 (gold_blind10); "until Sunday" 2015-08-23; "next summer" 2016-SU; "the 12th century"
    # 11 (gold_blind4); "every autumn since the 1890s" SET XXXX-FA and DATE 189; "This year"
    # 2015; "now" twice PRESENT_REF. Not annotated: "Branovo 2020" (a plan's name), "0800 2014
    # 820" (a hotline number), "day and night" (an idiom), "the hour of the first strike", "the
    # anniversary", "twice", "so far", "long", "for the first time since the siege", "Before
    # the war", "1,140", "60 percent", "1.2 billion euros", "a fifth", "30,000", "37
    # violations", "32,000", "140,000", "90,000", the age "47".
    "branovo-siege-one-year-on": (
        "2015-08-20",
        [
            ("one year", "DURATION", "P1Y"),
            ("Twelve months ago", "DATE", "2014-08"),
            ("20.08.2015", "DATE", "2015-08-20"),
            ("A year ago today", "DATE", "2014-08-20"),
            ("4:30 a.m.", "TIME", "2014-08-20T04:30"),
            ("the next 12 days", "DURATION", "P12D"),
            ("1 September 2014", "DATE", "2014-09-01"),
            ("Thursday morning", "TIME", "2015-08-20TMO"),
            ("4:30 a.m.", "TIME", "2015-08-20T04:30"),
            ("that morning", "TIME", "2014-08-20TMO"),
            ("five days later", "DATE", "2014-08-25"),
            ("a year", "DURATION", "P1Y"),
            ("71 years", "DURATION", "P71Y"),
            ("1943", "DATE", "1943"),
            ("every year", "SET", "P1Y"),
            ("a minute", "DURATION", "PT1M"),
            ("March", "DATE", "2015-03"),
            ("the end of the year", "DATE", "2015"),
            ("last November", "DATE", "2014-11"),
            ("five years", "DURATION", "P5Y"),
            ("the end of the decade", "DATE", "201"),
            ("14 October", "DATE", "2014-10-14"),
            ("July", "DATE", "2015-07"),
            ("the spring", "DATE", "2015-SP"),
            ("now", "DATE", "PRESENT_REF"),
            ("8 November", "DATE", "2015-11-08"),
            ("now", "DATE", "PRESENT_REF"),
            ("Every week", "SET", "P1W"),
            ("January", "DATE", "2015-01"),
            ("every day", "SET", "P1D"),
            ("Sunday", "DATE", "2015-08-23"),
            ("next summer", "DATE", "2016-SU"),
            ("the 12th century", "DATE", "11"),
            ("every autumn", "SET", "XXXX-FA"),
            ("the 1890s", "DATE", "189"),
            ("This year", "DATE", "2015"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
