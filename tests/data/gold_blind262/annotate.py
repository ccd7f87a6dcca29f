"""Annotations of the two-hundred-and-sixty-second blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind262/annotate.py [--show]

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
    # Wednesday 2012-10-17 (ISO week 42), US games site, headline, byline with the stamp "Oct
    # 17th 2012 1:40PM" (an ordinal day in the date, no zone: DATE and TIME). The headline's
    # "18 years on" counts from the 1994 original, DATE 2012 at the unit's granularity
    # (gold_blind97's "40 years on"). The campaign "runs for 30 days" P30D and closes "at
    # 11:59 p.m. ET on Friday, November 16" (the clock time and the dated weekday two TIMEX3;
    # 30 days after the launch). Quill spoke "on Monday" 2012-10-15 (past). "every year since
    # 2004" SET P1Y plus DATE 2004 (gold_blind55); "For most of the last decade" -> "the last
    # decade" DURATION P10Y ("most of" left out, gold_blind21); "a month to find out" P1M, the
    # time the campaign gives. "By 1 p.m. Eastern, about three hours after launch": the zone
    # in the span, not in the value. "Estimated delivery ... is October 2013" 2013-10; "the
    # fourth quarter of 2013" one span 2013-Q4; "two extra months" P2M with the modifier in
    # the span. "every Friday" XXXX-WXX-5, "a monthly video diary" SET P1M (an adjectival
    # frequency naming a recurrence, gold_blind35), "Tuesday evenings" XXXX-WXX-2TEV with its
    # hour "7 p.m. Pacific time" XXXX-XX-XXT19:00 (the hours of a recurring event). "before
    # Christmas" 2012-12-25; "earlier this year" 2012; "within days of launching" -> "days"
    # PXD; "its first two years" P2Y with the possessive kept (gold_blind55); "20-minute" an
    # adjectival duration; "last week" 2012-W41; "tomorrow at noon Pacific time" 2012-10-18
    # and 2012-10-18T12:00; "a week before the deadline" an anchored duration, P1W. Not
    # annotated: "$450,000" and the other amounts, "Lantern Keep II" (twice), "47" (an age),
    # "1,480 backers", "500", "seven-figure", "90,000 copies", "CD-ROM", "1410 Front Street",
    # "version 0.3", "the deadline", "after launch", "early" in "rather be early than sorry".
    "lantern-keep-kickstarter-launch": (
        "2012-10-17",
        [
            ("18 years on", "DATE", "2012"),
            ("Oct 17th 2012", "DATE", "2012-10-17"),
            ("1:40PM", "TIME", "2012-10-17T13:40"),
            ("this morning", "TIME", "2012-10-17TMO"),
            ("1994", "DATE", "1994"),
            ("30 days", "DURATION", "P30D"),
            ("11:59 p.m. ET", "TIME", "2012-11-16T23:59"),
            ("Friday, November 16", "DATE", "2012-11-16"),
            ("Monday", "DATE", "2012-10-15"),
            ("every year", "SET", "P1Y"),
            ("2004", "DATE", "2004"),
            ("August", "DATE", "2012-08"),
            ("the last decade", "DURATION", "P10Y"),
            ("Now", "DATE", "PRESENT_REF"),
            ("a month", "DURATION", "P1M"),
            ("1 p.m. Eastern", "TIME", "2012-10-17T13:00"),
            ("about three hours", "DURATION", "PT3H"),
            ("October 2013", "DATE", "2013-10"),
            ("the fourth quarter of 2013", "DATE", "2013-Q4"),
            ("11 months", "DURATION", "P11M"),
            ("two extra months", "DURATION", "P2M"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("monthly", "SET", "P1M"),
            ("Christmas", "DATE", "2012-12-25"),
            ("Tuesday evenings", "SET", "XXXX-WXX-2TEV"),
            ("7 p.m. Pacific time", "TIME", "XXXX-XX-XXT19:00"),
            ("earlier this year", "DATE", "2012"),
            ("days", "DURATION", "PXD"),
            ("its first two years", "DURATION", "P2Y"),
            ("1998", "DATE", "1998"),
            ("2001", "DATE", "2001"),
            ("20-minute", "DURATION", "PT20M"),
            ("last week", "DATE", "2012-W41"),
            ("tomorrow", "DATE", "2012-10-18"),
            ("noon Pacific time", "TIME", "2012-10-18T12:00"),
            ("a week", "DURATION", "P1W"),
        ],
    ),
    # Sunday 2013-06-09 (ISO week 23), US regional paper, headline, deck, byline "Staff
    # Writer", date line "Sunday, June 9, 2013", "ALDER FALLS —" dateline (Michigan, Eastern
    # time). The deck's "six days left" is the time left before a deadline, DURATION P6D
    # (gold_blind88, gold_blind94), as is "with a week left" P1W. "For 24 days" (17 May to 9
    # June, counted inclusively) P24D; "As of Saturday night" the night before publication,
    # 2013-06-08TNI. "closes at midnight PT on Friday, which is 3 a.m. Saturday here": the
    # midnight that ends Friday, "midnight PT" 2013-06-14T24:00 (gold_blind103), and the same
    # instant in Michigan, "3 a.m." 2013-06-15T03:00, each with its weekday (four TIMEX3); the
    # 28-day campaign opened on May 17 and so closes on 14 June. "Pledges picked up again on
    # Friday" is past, 2013-06-07, the same weekday in both directions (gold_blind55). "The
    # first 48 hours" PT48H and "The last 72 hours" PT72H (determiner kept); "the last week"
    # of the campaign is an ordinal period of an event, DURATION P1W like "The first week"
    # (gold_blind35), not the ISO week "last week" (see README). "last fall" in June
    # 2012-FA; "until March" 2013-03 (past); "Q2 2014" one span 2014-Q2; "starting in August"
    # 2013-08 ahead; "since 2011"; the party "Thursday from 6 p.m. to 10 p.m." 2013-06-13 with
    # two TIMEs; "every night at 8 p.m." SET XXXX-XX-XXTNI with XXXX-XX-XXT20:00;
    # "15-minute" PT15M; "the fall" ahead 2013-FA. Not annotated: "Then" (anaphoric), "day
    # jobs", "full-time", "over the holidays" (no dates, gold_blind50), "a quarter of the
    # money" (a fraction), "60 percent", "29" (an age), "$38,000", "$120,000", "$82,115",
    # "2,306 backers", "$15", "$75", "$150,000", "until the campaign ends",
    # "kickstarter.com/projects/emberfox/cinder-road", "517-555-2014" (a phone number holding
    # 2014, beside the annotated "2014").
    "cinder-road-kickstarter-final-week": (
        "2013-06-09",
        [
            ("six days", "DURATION", "P6D"),
            ("Sunday, June 9, 2013", "DATE", "2013-06-09"),
            ("24 days", "DURATION", "P24D"),
            ("Saturday night", "TIME", "2013-06-08TNI"),
            ("midnight PT", "TIME", "2013-06-14T24:00"),
            ("Friday", "DATE", "2013-06-14"),
            ("3 a.m.", "TIME", "2013-06-15T03:00"),
            ("Saturday", "DATE", "2013-06-15"),
            ("The first 48 hours", "DURATION", "PT48H"),
            ("January 2012", "DATE", "2012-01"),
            ("about two weeks", "DURATION", "P2W"),
            ("Now", "DATE", "PRESENT_REF"),
            ("the last week", "DURATION", "P1W"),
            ("Friday", "DATE", "2013-06-07"),
            ("28-day", "DURATION", "P28D"),
            ("May 17", "DATE", "2013-05-17"),
            ("14 months", "DURATION", "P14M"),
            ("last fall", "DATE", "2012-FA"),
            ("March", "DATE", "2013-03"),
            ("Q2 2014", "DATE", "2014-Q2"),
            ("about 10 months", "DURATION", "P10M"),
            ("August", "DATE", "2013-08"),
            ("2011", "DATE", "2011"),
            ("a week", "DURATION", "P1W"),
            ("The last 72 hours", "DURATION", "PT72H"),
            ("Thursday", "DATE", "2013-06-13"),
            ("6 p.m.", "TIME", "2013-06-13T18:00"),
            ("10 p.m.", "TIME", "2013-06-13T22:00"),
            ("15-minute", "DURATION", "PT15M"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("the fall", "DATE", "2013-FA"),
            ("2014", "DATE", "2014"),
            ("2015", "DATE", "2015"),
        ],
    ),
    # Thursday 2015-01-08 (ISO week 2), British online paper's games story, headline,
    # standfirst, byline, date line "Thu 8 Jan 2015 13.20 GMT" (abbreviated weekday and
    # month, one DATE span and a TIME; 8 January 2015 was a Thursday, checked by hand with
    # datetime, since gold_tools checks full weekday names only). "until spring" (headline)
    # ahead in January, 2015-SP; "will now ship" -> "now" PRESENT_REF (gold_blind86's "will now
    # be made"); "the second quarter of 2015", "Q2 2015" and the quote's bare "Q2" are the
    # calendar quarter 2015-Q2 (no fiscal quarter is meant, gold_blind27). "its 2013 campaign"
    # an adjectival year; "the summer of 2013" 2013-SU; "at least April" 2015-04 (modifier
    # kept, "until" a signal); "more than six months after its original delivery date" the
    # size of a delay, P6M. The update was posted "on Tuesday evening" 2015-01-06TEV; "later
    # this year" 2015; the slips "in August" 2014-08 "to December" 2014-12 and "last month"
    # 2014-12; "early 2015" the year's value; "11 weeks rather than a month" P11W and P1M;
    # "six-week" P6W; "every fortnight since November" SET P2W and 2014-11; "about a month
    # from mid-February" P1M and 2015-02; "until 31 January" 2015-01-31; "the December delay"
    # an adjectival month, 2014-12; "through the end of June" 2015-06. "Accounts filed in
    # October" 2014-10 "for the financial year that ended on 31 March 2014": a British
    # company's year to 31 March is named by the year it ends, FY2014, with the DATE
    # 2014-03-31 (gold_blind63). The study "published in November" 2014-11; "by an average of
    # seven months" P7M (the size of a delay); "two years after its campaign closed" an
    # anchored duration P2Y; "in 2013 ... about 2014" two DATEs; "worked through Christmas"
    # 2014-12-25 (past); "Friday 23 January" one span 2015-01-23; the campaign page's "Oct
    # 2014" 2014-10; "yesterday" 2015-01-07. Not annotated: "the third delay", "the third
    # time", "the original delivery date", "the real date", "name another date", "£412,000",
    # "14 people", "2%", "9,870 backers", "£186,000", "300 crowdfunded games", "three in four",
    # "one in eight", "£12", "£1,500", "Founding Captain", "Build 0.9.14", "40 star systems".
    "starwell-backers-delay-q2": (
        "2015-01-08",
        [
            ("spring", "DATE", "2015-SP"),
            ("now", "DATE", "PRESENT_REF"),
            ("the second quarter of 2015", "DATE", "2015-Q2"),
            ("2013", "DATE", "2013"),
            ("Thu 8 Jan 2015", "DATE", "2015-01-08"),
            ("13.20 GMT", "TIME", "2015-01-08T13:20"),
            ("the summer of 2013", "DATE", "2013-SU"),
            ("at least April", "DATE", "2015-04"),
            ("more than six months", "DURATION", "P6M"),
            ("Tuesday evening", "TIME", "2015-01-06TEV"),
            ("Q2 2015", "DATE", "2015-Q2"),
            ("later this year", "DATE", "2015"),
            ("October 2014", "DATE", "2014-10"),
            ("August", "DATE", "2014-08"),
            ("December", "DATE", "2014-12"),
            ("last month", "DATE", "2014-12"),
            ("early 2015", "DATE", "2015"),
            ("11 weeks", "DURATION", "P11W"),
            ("a month", "DURATION", "P1M"),
            ("six-week", "DURATION", "P6W"),
            ("every fortnight", "SET", "P2W"),
            ("November", "DATE", "2014-11"),
            ("about a month", "DURATION", "P1M"),
            ("mid-February", "DATE", "2015-02"),
            ("31 January", "DATE", "2015-01-31"),
            ("December", "DATE", "2014-12"),
            ("the end of June", "DATE", "2015-06"),
            ("October", "DATE", "2014-10"),
            ("the financial year", "DATE", "FY2014"),
            ("31 March 2014", "DATE", "2014-03-31"),
            ("November", "DATE", "2014-11"),
            ("seven months", "DURATION", "P7M"),
            ("two years", "DURATION", "P2Y"),
            ("2013", "DATE", "2013"),
            ("2014", "DATE", "2014"),
            ("Christmas", "DATE", "2014-12-25"),
            ("Q2", "DATE", "2015-Q2"),
            ("Friday 23 January", "DATE", "2015-01-23"),
            ("Oct 2014", "DATE", "2014-10"),
            ("yesterday", "DATE", "2015-01-07"),
        ],
    ),
    # Friday 2014-10-17 (ISO week 42), esports site's schedule story, headline, byline, stamp
    # "Oct 17, 2014 6:30 AM PT" (DATE and TIME, the zone in the span). The finals open
    # "tomorrow" (headline and lead), Saturday 2014-10-18 in Seoul; "the next nine days" P9D
    # (18-26 October). Past: "last month" 2014-09, "since August 1", "on Thursday" 2014-10-16,
    # "released Oct. 7", "since March" 2014-03, Bellmoor "said on Tuesday" 2014-10-14. The
    # group stage runs "from Saturday to Tuesday", 2014-10-18 and 2014-10-21; "Play begins at
    # 1 p.m. local time each day" -> the hour of a recurring event XXXX-XX-XXT13:00 and SET
    # P1D. The opening match "on Saturday" at 1 p.m. KST is 04:00 UTC: "5 a.m. BST" and "6
    # a.m. CEST" on 2014-10-18, and "9 p.m. PT tonight", the evening before in California,
    # 2014-10-17T21:00 and 2014-10-17TNI (each clock time as written, on the day it falls on
    # in its own zone, gold_blind3, gold_blind7). "Thursday, Oct. 23", "Friday, Oct. 24",
    # "Saturday, Oct. 25" and "Sunday, Oct. 26" one span each. The final "at 3 p.m. KST" is
    # 06:00 UTC on 26 October, the morning European summer time ended (01:00 UTC): "an hour"
    # DURATION PT1H (the size of the clock change), "that morning" 2014-10-26TMO (a narrative
    # anchor on the final's day), "6 a.m. GMT" and "7 a.m. CET" on 2014-10-26, "2 a.m. ET on
    # Sunday" 2014-10-26T02:00 (US daylight time ran until 2 November) and "11 p.m. PT on
    # Saturday" 2014-10-25T23:00. "the 2013 final" an adjectival year; "Nov. 4" ahead;
    # "next year's finals" -> "next year" 2015; "since 2012". Not annotated: "patch 4.18"
    # and "4.19" (patch numbers that read like dates), "Season 5" (a ranked season's name),
    # "Midnight Sun Esports" and "Midnight Sun" (a team), "best-of-three", "best-of-five"
    # (twice), "best-of-seven", "3-1", "a 14-game winning streak", "Sixteen teams", "$9.99",
    # "$2.14 million", "Finals Pass", "the first time", "very early starts", "after the
    # final", "after every match", "your time zone".
    "shardline-world-finals-schedule": (
        "2014-10-17",
        [
            ("tomorrow", "DATE", "2014-10-18"),
            ("Oct 17, 2014", "DATE", "2014-10-17"),
            ("6:30 AM PT", "TIME", "2014-10-17T06:30"),
            ("tomorrow", "DATE", "2014-10-18"),
            ("the next nine days", "DURATION", "P9D"),
            ("last month", "DATE", "2014-09"),
            ("August 1", "DATE", "2014-08-01"),
            ("Thursday", "DATE", "2014-10-16"),
            ("Oct. 7", "DATE", "2014-10-07"),
            ("Saturday", "DATE", "2014-10-18"),
            ("Tuesday", "DATE", "2014-10-21"),
            ("1 p.m. local time", "TIME", "XXXX-XX-XXT13:00"),
            ("each day", "SET", "P1D"),
            ("Saturday", "DATE", "2014-10-18"),
            ("5 a.m. BST", "TIME", "2014-10-18T05:00"),
            ("6 a.m. CEST", "TIME", "2014-10-18T06:00"),
            ("9 p.m. PT", "TIME", "2014-10-17T21:00"),
            ("tonight", "TIME", "2014-10-17TNI"),
            ("2013", "DATE", "2013"),
            ("March", "DATE", "2014-03"),
            ("Thursday, Oct. 23", "DATE", "2014-10-23"),
            ("Friday, Oct. 24", "DATE", "2014-10-24"),
            ("Saturday, Oct. 25", "DATE", "2014-10-25"),
            ("Sunday, Oct. 26", "DATE", "2014-10-26"),
            ("3 p.m. KST", "TIME", "2014-10-26T15:00"),
            ("an hour", "DURATION", "PT1H"),
            ("that morning", "TIME", "2014-10-26TMO"),
            ("6 a.m. GMT", "TIME", "2014-10-26T06:00"),
            ("7 a.m. CET", "TIME", "2014-10-26T07:00"),
            ("2 a.m. ET", "TIME", "2014-10-26T02:00"),
            ("Sunday", "DATE", "2014-10-26"),
            ("11 p.m. PT", "TIME", "2014-10-25T23:00"),
            ("Saturday", "DATE", "2014-10-25"),
            ("Tuesday", "DATE", "2014-10-14"),
            ("Nov. 4", "DATE", "2014-11-04"),
            ("next year", "DATE", "2015"),
            ("2012", "DATE", "2012"),
        ],
    ),
    # Tuesday 2015-05-12 (ISO week 20), Reuters-style wire, "UPDATE 1-" headline, bullets,
    # byline, "SANTA MONICA, Calif., May 12 (Reuters) -" dateline; "on Tuesday" the
    # publication day. Ravenfield's fiscal year begins on April 1 ("fiscal 2016, which began on
    # April 1"), so it runs April-March and is named by the year it ends: "fiscal 2016" and
    # "full-year" FY2016 (gold_blind28, gold_blind63); "Fiscal fourth-quarter" (bullet) and
    # "the fourth quarter ended March 31" FY2015-Q4 (January-March 2015) with 2015-03-31, and
    # both "a year earlier" after it FY2014-Q4 (gold_blind55); "the fiscal fourth quarter,
    # which for Ravenfield runs from January to March" the one the game moves into,
    # FY2016-Q4, with "January" 2016-01 and "March" 2016-03. Calendar words keep calendar
    # values (gold_blind55): "early 2016" (headline and lead) 2016, "this year" 2015, "the
    # December quarter" 2015-Q4 (gold_blind55), "2016" for the rival's game. "Moving it by a
    # quarter" is the size of a delay (about three months), DURATION P1Q (see README); "about
    # a quarter of fiscal 2016 revenue" is a fraction and only "fiscal 2016" is annotated.
    # "Oct. 27" (bullet and lead) 2015-10-27; "a few more months" PXM; "now" twice
    # PRESENT_REF; "in 2011 ... the next two years" 2011 and P2Y; "last June" in May 2014-06;
    # "about three months" P3M; "from Aug. 7 to Aug. 9"; "in November" 2014-11 (past);
    # "Christmas" 2015-12-25 ahead; "every month through the summer" SET P1M and 2015-SU;
    # "September" 2015-09; "since its launch on March 3" 2015-03-03; "last week" 2015-W19.
    # Not annotated: "UPDATE 1", "the holiday season" (gold_blind55), "extended trading",
    # "the last time", "Meridian 1942" (twice; a game named by a year), "Lap 24", "version
    # 1.7", "$31.40", "$59.99", "9 percent", "11 pct", "11 percent", "$312 million", "4.2
    # million copies", "62 cents", "43 cents", "$1.05 billion", "14 analysts", "18 million
    # times".
    "ashen-crown-delay-early-2016": (
        "2015-05-12",
        [
            ("early 2016", "DATE", "2016"),
            ("Oct. 27", "DATE", "2015-10-27"),
            ("Fiscal fourth-quarter", "DATE", "FY2015-Q4"),
            ("fiscal 2016", "DATE", "FY2016"),
            ("May 12", "DATE", "2015-05-12"),
            ("Tuesday", "DATE", "2015-05-12"),
            ("this year", "DATE", "2015"),
            ("early 2016", "DATE", "2016"),
            ("Oct. 27", "DATE", "2015-10-27"),
            ("a few more months", "DURATION", "PXM"),
            ("full-year", "DATE", "FY2016"),
            ("the fiscal fourth quarter", "DATE", "FY2016-Q4"),
            ("January", "DATE", "2016-01"),
            ("March", "DATE", "2016-03"),
            ("fiscal 2016", "DATE", "FY2016"),
            ("April 1", "DATE", "2015-04-01"),
            ("now", "DATE", "PRESENT_REF"),
            ("2011", "DATE", "2011"),
            ("the next two years", "DURATION", "P2Y"),
            ("last June", "DATE", "2014-06"),
            ("about three months", "DURATION", "P3M"),
            ("Aug. 7", "DATE", "2015-08-07"),
            ("Aug. 9", "DATE", "2015-08-09"),
            ("the fourth quarter", "DATE", "FY2015-Q4"),
            ("March 31", "DATE", "2015-03-31"),
            ("a year earlier", "DATE", "FY2014-Q4"),
            ("November", "DATE", "2014-11"),
            ("a year earlier", "DATE", "FY2014-Q4"),
            ("fiscal 2016", "DATE", "FY2016"),
            ("a quarter", "DURATION", "P1Q"),
            ("the December quarter", "DATE", "2015-Q4"),
            ("now", "DATE", "PRESENT_REF"),
            ("Christmas", "DATE", "2015-12-25"),
            ("every month", "SET", "P1M"),
            ("the summer", "DATE", "2015-SU"),
            ("September", "DATE", "2015-09"),
            ("March 3", "DATE", "2015-03-03"),
            ("last week", "DATE", "2015-W19"),
            ("2016", "DATE", "2016"),
        ],
    ),
    # Monday 2015-08-31 (ISO week 36), games site's patch story, headline ("Season 4 starts
    # Tuesday"), byline, stamp "Aug 31, 2015, 4:10pm EDT". Season 3 "ends tonight"
    # 2015-08-31TNI, "at 11:59 p.m. PDT" 2015-08-31T23:59, the same instant written as "2:59
    # a.m. EDT and 7:59 a.m. BST on Tuesday" 2015-09-01 (each clock time on the day it falls
    # on in its zone, gold_blind7); Season 4 starts "Tuesday" 2015-09-01 (headline and lead).
    # "at noon PDT today" 2015-08-31T12:00 and 2015-08-31. Maintenance "from 2 a.m. to 8 a.m.
    # PDT Tuesday" 2015-09-01T02:00 and T08:00, "from 4 a.m. to 9 a.m. CEST Wednesday"
    # 2015-09-02T04:00 and T09:00 with their weekdays. Past: "said on Friday" 2015-08-28, "as
    # it did in June" 2015-06, "told me last week" 2015-W35, "in May 2014", "the summer of
    # 2014" 2014-SU. "about 12 weeks" P12W, "late November" 2015-11, "early December" 2015-12,
    # "the first quarter of 2016" 2016-Q1 (calendar; no fiscal year given). The reset times:
    # "every day at 10 a.m. PDT" SET P1D and XXXX-XX-XXT10:00; "Bounties now reset on Tuesdays
    # instead of Mondays" -> "now" PRESENT_REF (gold_blind86), "Tuesdays" XXXX-WXX-2 and
    # "Mondays" XXXX-WXX-1 (plural weekdays are SETs, also the one given up). "covers 90 days"
    # P90D; "about a week after the season ends" an anchored duration P1W. "a Halloween event
    # called Night of Lanterns" -> "Halloween" 2015-10-31 (a holiday naming an event, like
    # "the St. Patrick's Day parade", gold_blind21), "from Oct. 20 to Nov. 3". "quarterly
    # seasons" SET P3M (an adjectival frequency naming a recurrence); "almost five months"
    # P5M; "Twelve weeks" P12W; "four times a year" SET P1Y. Not annotated: "Season 2",
    # "Season 3", "Season 4", "Season 5" (names of ranked seasons), "the season" (a game
    # season has no calendar unit, gold_blind4), "season rewards", "the Summer Solstice event"
    # (an event's name), "Night of Lanterns", "before the holidays", "after the close",
    # "monthly players" (an adjective naming the period of a figure, gold_blind103), "patch
    # 2.3" (three times), "patch 2.4", "version 2.3.0", "riftwardens.com/news/2015/08/31/
    # patch-2-3" (a URL with the date in it), "rank 40", "rank 20", "level cap raised to 70",
    # "$9.99", "3.1 million", "4.5 million", "14,000 words".
    "rift-wardens-season-4-patch": (
        "2015-08-31",
        [
            ("Tuesday", "DATE", "2015-09-01"),
            ("Aug 31, 2015", "DATE", "2015-08-31"),
            ("4:10pm EDT", "TIME", "2015-08-31T16:10"),
            ("tonight", "TIME", "2015-08-31TNI"),
            ("Tuesday", "DATE", "2015-09-01"),
            ("May 2014", "DATE", "2014-05"),
            ("11:59 p.m. PDT", "TIME", "2015-08-31T23:59"),
            ("2:59 a.m. EDT", "TIME", "2015-09-01T02:59"),
            ("7:59 a.m. BST", "TIME", "2015-09-01T07:59"),
            ("Tuesday", "DATE", "2015-09-01"),
            ("noon PDT", "TIME", "2015-08-31T12:00"),
            ("today", "DATE", "2015-08-31"),
            ("2 a.m.", "TIME", "2015-09-01T02:00"),
            ("8 a.m. PDT", "TIME", "2015-09-01T08:00"),
            ("Tuesday", "DATE", "2015-09-01"),
            ("4 a.m.", "TIME", "2015-09-02T04:00"),
            ("9 a.m. CEST", "TIME", "2015-09-02T09:00"),
            ("Wednesday", "DATE", "2015-09-02"),
            ("Friday", "DATE", "2015-08-28"),
            ("June", "DATE", "2015-06"),
            ("about 12 weeks", "DURATION", "P12W"),
            ("late November", "DATE", "2015-11"),
            ("every day", "SET", "P1D"),
            ("10 a.m. PDT", "TIME", "XXXX-XX-XXT10:00"),
            ("now", "DATE", "PRESENT_REF"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("90 days", "DURATION", "P90D"),
            ("about a week", "DURATION", "P1W"),
            ("Halloween", "DATE", "2015-10-31"),
            ("Oct. 20", "DATE", "2015-10-20"),
            ("Nov. 3", "DATE", "2015-11-03"),
            ("last week", "DATE", "2015-W35"),
            ("quarterly", "SET", "P3M"),
            ("almost five months", "DURATION", "P5M"),
            ("Twelve weeks", "DURATION", "P12W"),
            ("four times a year", "SET", "P1Y"),
            ("early December", "DATE", "2015-12"),
            ("the first quarter of 2016", "DATE", "2016-Q1"),
            ("the summer of 2014", "DATE", "2014-SU"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
