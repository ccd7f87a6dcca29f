"""Annotations of the three-hundred-and-sixty-fourth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind364/annotate.py [--show]

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
    # Wednesday 2012-12-05 (ISO week 49), Canadian national farm paper's website, section
    # label, headline, deck, byline, stamp "Published: December 5, 2012 | 4:10 PM CST" (DATE
    # and TIME, the zone in the span and not in the value). The report came out "Tuesday"
    # 2012-12-04 "at 8:30 a.m. ET" (a clock time without a named day on the day of its
    # narrative, 2012-12-04T08:30); canola settled "Tuesday" the same day; "today" 2012-12-05.
    # "this fall" (headline), "the fall" and "the toughest fall" -> 2012-FA: the autumn is not
    # over on 5 December, and a season of a superlative is the one meant, head noun only
    # ("its driest summer" in gold_blind80). "the second time in three months" -> "three
    # months" P3M, the period of an ordinal count (gold_blind103's "the third time in two
    # weeks"); "the second bad harvest in three years" likewise P3Y. "last year's record" ->
    # "last year" 2011. Futures and later months look forward: "The January canola contract"
    # 2013-01, "by February or March" 2013-02 and 2013-03, "the spring" 2013-SP, "April"
    # 2013-04, "next fall" 2013-FA; past months "July", "late June", "mid-July", "mid-August",
    # "October" (twice) are 2012. "the 2012-13 crop year" -> "2012" and "13" 2013, "crop year"
    # left out (gold_blind80's marketing years); "which began Aug. 1" 2012-08-01. "October, 22
    # percent more than a year earlier" -> 2011-10 (the granularity of what it is compared
    # with). "one-day" P1D and "five-year" P5Y adjectival durations; "weekly" (the Grain
    # Commission publishes shipments weekly) SET P1W; "the first 17 weeks of the crop year"
    # P17W, an ordinal period of a named period (gold_blind35's "The first week"); "a month
    # later than usual" P1M, the size of a delay; "now" PRESENT_REF; "2013 seeded area" ->
    # "2013". Not annotated: "No. 1", "No. 2" (grades), "34 C", "41.2 bushels an acre", "58",
    # "27,400 farms", "3,200 acres", "600 acres", "$11.30", "$612.40", "$3.90", "5.6 percent",
    # "22 percent", "early trading" (only "today"), "the new crop", "harvest", "crop year",
    # "spring wheat", the URL "statcan.gc.ca/daily-quotidien/121204/dq121204a-eng.htm" (a date
    # in a web address) and the phone number "1-800-555-2013" (beside the annotated "2013").
    "statcan-canola-estimate-cut": (
        "2012-12-05",
        [
            ("this fall", "DATE", "2012-FA"),
            ("1990", "DATE", "1990"),
            ("December 5, 2012", "DATE", "2012-12-05"),
            ("4:10 PM CST", "TIME", "2012-12-05T16:10"),
            ("this year", "DATE", "2012"),
            ("the fall", "DATE", "2012-FA"),
            ("Tuesday", "DATE", "2012-12-04"),
            ("three months", "DURATION", "P3M"),
            ("8:30 a.m. ET", "TIME", "2012-12-04T08:30"),
            ("Oct. 26", "DATE", "2012-10-26"),
            ("Nov. 18", "DATE", "2012-11-18"),
            ("Oct. 4", "DATE", "2012-10-04"),
            ("last year", "DATE", "2011"),
            ("January", "DATE", "2013-01"),
            ("Tuesday", "DATE", "2012-12-04"),
            ("one-day", "DURATION", "P1D"),
            ("mid-August", "DATE", "2012-08"),
            ("today", "DATE", "2012-12-05"),
            ("July", "DATE", "2012-07"),
            ("late June", "DATE", "2012-06"),
            ("mid-July", "DATE", "2012-07"),
            ("October", "DATE", "2012-10"),
            ("1990", "DATE", "1990"),
            ("five-year", "DURATION", "P5Y"),
            ("2012", "DATE", "2012"),
            ("13", "DATE", "2013"),
            ("Aug. 1", "DATE", "2012-08-01"),
            ("now", "DATE", "PRESENT_REF"),
            ("Dec. 18", "DATE", "2012-12-18"),
            ("February", "DATE", "2013-02"),
            ("March", "DATE", "2013-03"),
            ("next fall", "DATE", "2013-FA"),
            ("October", "DATE", "2012-10"),
            ("a year earlier", "DATE", "2011-10"),
            ("weekly", "SET", "P1W"),
            ("the first 17 weeks", "DURATION", "P17W"),
            ("fall", "DATE", "2012-FA"),
            ("Nov. 9", "DATE", "2012-11-09"),
            ("a month", "DURATION", "P1M"),
            ("Oct. 3", "DATE", "2012-10-03"),
            ("three years", "DURATION", "P3Y"),
            ("the spring", "DATE", "2013-SP"),
            ("April", "DATE", "2013-04"),
            ("2013", "DATE", "2013"),
            ("April 23", "DATE", "2013-04-23"),
        ],
    ),
    # Friday 2013-06-14 (ISO week 24), South African news website, section label, headline,
    # stamp "2013-06-14 12:47" (DATE and TIME), byline, "Mooirivier -" dateline. The fire
    # was "on Wednesday night" 2013-06-12TNI, "at about 21:40 on Wednesday" 2013-06-12T21:40
    # and the DATE; the municipality "said on Friday", the publication day; work "since
    # Thursday morning" 2013-06-13TMO; the transformer left "on Thursday afternoon"
    # 2013-06-13TAF and was "expected late Friday" (the publication day, modifier kept, DATE
    # like "late Wednesday" in gold_blind23); the butcher's "noon on Thursday" 2013-06-13T12:00.
    # Future: "by 18:00 on Saturday" 2013-06-15T18:00, "by Sunday evening" (twice)
    # 2013-06-16TEV, "tonight" 2013-06-14TNI, "Saturday night" 2013-06-15TNI, "10:00 on
    # Saturday" 2013-06-15T10:00, "reopen on Tuesday" 2013-06-18. Youth Day (16 June) falls on
    # Sunday 2013-06-16, so the Monday after, 2013-06-17, is a public holiday under South
    # African law: "Sunday is Youth Day" two DATEs (gold_blind103's "Monday is Family Day"),
    # "Monday" 2013-06-17. The headline's "long weekend" (no article) is that Saturday-Monday
    # weekend, the ISO week of its Saturday, 2013-W24-WE (gold_blind103). The warming centre's
    # hours "from 17:00 to 08:00 every night" -> two TIMEs XXXX-XX-XXThh:mm and the SET
    # XXXX-XX-XXTNI (gold_blind103). "this year" 2013 (the period of "the town's third major
    # outage"); "in May" 2013-05; "2 June" 2013-06-02; "two weeks ago" 2013-W22 (the unit's
    # granularity, gold_blind23). "the 2013/14 financial year" of a South African
    # municipality runs July-June and is one span named by the year it ends, FY2014
    # (gold_blind21, gold_blind70), "which begins on 1 July" 2013-07-01. "at least 36 hours"
    # PT36H; "Two days" and "two days" P2D; "the past five years" P5Y; "twice a day" SET P1D;
    # "every two hours" SET PT2H. Not annotated: "mid-year exams" (an adjective naming a kind
    # of exam, like "Summer programs" in gold_blind103), "Overnight temperatures" (like
    # "Overnight lows"), "around the clock", "until power returns", "a public holiday",
    # "Extension 4", "minus 2 degrees", "38 000", "11 000 households", "R45 000", "R12
    # million", "61", "third", "013 555 1978" (a phone number holding 1978, beside the
    # annotated "1978").
    "mooirivier-substation-fire-outage": (
        "2013-06-14",
        [
            ("long weekend", "DATE", "2013-W24-WE"),
            ("2013-06-14", "DATE", "2013-06-14"),
            ("12:47", "TIME", "2013-06-14T12:47"),
            ("Sunday evening", "TIME", "2013-06-16TEV"),
            ("Wednesday night", "TIME", "2013-06-12TNI"),
            ("Friday", "DATE", "2013-06-14"),
            ("about 21:40", "TIME", "2013-06-12T21:40"),
            ("Wednesday", "DATE", "2013-06-12"),
            ("Thursday morning", "TIME", "2013-06-13TMO"),
            ("18:00", "TIME", "2013-06-15T18:00"),
            ("Saturday", "DATE", "2013-06-15"),
            ("Sunday evening", "TIME", "2013-06-16TEV"),
            ("Thursday afternoon", "TIME", "2013-06-13TAF"),
            ("late Friday", "DATE", "2013-06-14"),
            ("at least 36 hours", "DURATION", "PT36H"),
            ("Sunday", "DATE", "2013-06-16"),
            ("Youth Day", "DATE", "2013-06-16"),
            ("Monday", "DATE", "2013-06-17"),
            ("Tuesday", "DATE", "2013-06-18"),
            ("tonight", "TIME", "2013-06-14TNI"),
            ("Saturday night", "TIME", "2013-06-15TNI"),
            ("17:00", "TIME", "XXXX-XX-XXT17:00"),
            ("08:00", "TIME", "XXXX-XX-XXT08:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("noon", "TIME", "2013-06-13T12:00"),
            ("Thursday", "DATE", "2013-06-13"),
            ("Two days", "DURATION", "P2D"),
            ("twice a day", "SET", "P1D"),
            ("this year", "DATE", "2013"),
            ("two days", "DURATION", "P2D"),
            ("May", "DATE", "2013-05"),
            ("2 June", "DATE", "2013-06-02"),
            ("the past five years", "DURATION", "P5Y"),
            ("1978", "DATE", "1978"),
            ("the 2013/14 financial year", "DATE", "FY2014"),
            ("1 July", "DATE", "2013-07-01"),
            ("two weeks ago", "DATE", "2013-W22"),
            ("10:00", "TIME", "2013-06-15T10:00"),
            ("Saturday", "DATE", "2013-06-15"),
            ("every two hours", "SET", "PT2H"),
        ],
    ),
    # Thursday 2014-01-23 (ISO week 4), US business newswire story, headline, byline, stamps
    # "Published Jan. 23, 2014 11:52 a.m. ET" and "Updated Jan. 23, 2014 2:47 p.m. ET" (DATE
    # and TIME each), "NEW YORK--" dateline. Futures "edged lower Thursday", the day of the
    # story. The weekly petroleum report came out a day late because Martin Luther King Jr.
    # Day, the third Monday of January, fell on 2014-01-20: "Monday's Martin Luther King Jr.
    # Day holiday" -> "Monday" (without the "'s") and "Martin Luther King Jr. Day", two DATEs
    # 2014-01-20; "delayed a day" DURATION P1D, the size of a shift (gold_blind39); "normally
    # released on Wednesdays" SET XXXX-WXX-3 (a plural weekday). "the week ended Jan. 17" ->
    # "the week" 2014-W03 and "Jan. 17" 2014-01-17, "ended" a signal (gold_blind33): the
    # report's week runs Saturday-Friday, and the ISO week holding the Friday it ends on is
    # the nearest week value; "last week" (twice) the same week, and "the prior week"
    # 2014-W02 (gold_blind80's "the previous week"). Past weekdays: the February contract
    # "expired Tuesday" 2014-01-21, the industry group "said late Wednesday" 2014-01-22 (DATE,
    # gold_blind23). Future: gas storage data "due at 10:30 a.m. EST Friday" 2014-01-24T10:30
    # and 2014-01-24; "the next petroleum report ... Wednesday at 10:30 a.m." 2014-01-29 and
    # 2014-01-29T10:30. Contract months look forward (gold_blind80): "March delivery" (twice)
    # 2014-03, "The February contract" and "February delivery" (twice) 2014-02; the quote's
    # "into February" 2014-02. "eight straight weeks" P8W (a cardinal run, gold_blind103's
    # "five consecutive days"); "a year ago" 2013 (the unit's granularity); "earlier this
    # month" and "this month" 2014-01; "since Dec. 1" 2013-12-01; "more than three years" P3Y
    # (the period of a superlative); "the next two weeks" P2W; "his 2014 forecast" -> "2014";
    # "last month" 2013-12; "now" and "right now" PRESENT_REF; "weekly natural-gas storage
    # report" SET P1W (a recurring report, gold_blind80). Not annotated: "the holiday"
    # (anaphoric, its day is annotated), "the headline build", "West Texas Intermediate",
    # "Cushing, Okla.", "Nymex", "$96.31", "$94.99", "$108.09", "$3.0412", "$4.938", "$98",
    # "42 cents", "0.4%", "4.5%", "88.1%", "89.9%", "9%", "351.2 million barrels", "a
    # 1.4-million-barrel drop", "a 2.3-million-barrel decline", "for the second time".
    "eia-crude-stocks-holiday-week": (
        "2014-01-23",
        [
            ("Jan. 23, 2014", "DATE", "2014-01-23"),
            ("11:52 a.m. ET", "TIME", "2014-01-23T11:52"),
            ("Jan. 23, 2014", "DATE", "2014-01-23"),
            ("2:47 p.m. ET", "TIME", "2014-01-23T14:47"),
            ("Thursday", "DATE", "2014-01-23"),
            ("last week", "DATE", "2014-W03"),
            ("March", "DATE", "2014-03"),
            ("February", "DATE", "2014-02"),
            ("Tuesday", "DATE", "2014-01-21"),
            ("March", "DATE", "2014-03"),
            ("the week", "DATE", "2014-W03"),
            ("Jan. 17", "DATE", "2014-01-17"),
            ("Wednesdays", "SET", "XXXX-WXX-3"),
            ("a day", "DURATION", "P1D"),
            ("Monday", "DATE", "2014-01-20"),
            ("Martin Luther King Jr. Day", "DATE", "2014-01-20"),
            ("late Wednesday", "DATE", "2014-01-22"),
            ("eight straight weeks", "DURATION", "P8W"),
            ("last week", "DATE", "2014-W03"),
            ("now", "DATE", "PRESENT_REF"),
            ("a year ago", "DATE", "2013"),
            ("earlier this month", "DATE", "2014-01"),
            ("this month", "DATE", "2014-01"),
            ("the prior week", "DATE", "2014-W02"),
            ("right now", "DATE", "PRESENT_REF"),
            ("February", "DATE", "2014-02"),
            ("February", "DATE", "2014-02"),
            ("Dec. 1", "DATE", "2013-12-01"),
            ("February", "DATE", "2014-02"),
            ("more than three years", "DURATION", "P3Y"),
            ("the next two weeks", "DURATION", "P2W"),
            ("2014", "DATE", "2014"),
            ("last month", "DATE", "2013-12"),
            ("weekly", "SET", "P1W"),
            ("10:30 a.m. EST", "TIME", "2014-01-24T10:30"),
            ("Friday", "DATE", "2014-01-24"),
            ("Wednesday", "DATE", "2014-01-29"),
            ("10:30 a.m.", "TIME", "2014-01-29T10:30"),
        ],
    ),
    # Tuesday 2014-11-25 (ISO week 48), news agency wire, "UPDATE 2-" headline, bullet
    # points, bylines, "VIENNA, Nov 25 (Halberd) -" dateline (the publication day), editing
    # credit. Ministers arrived "on Tuesday" (the day of the wire) for "a meeting on
    # Thursday" 2014-11-27 (bullet, lead, quote, opening, "thin on Thursday"); Thanksgiving
    # 2014 is the fourth Thursday of November, 2014-11-27, so "on Thursday, when U.S.
    # markets are closed for Thanksgiving" gives two DATEs of that day; "on Friday" ahead
    # 2014-11-28. The conference "opens at 10 a.m. (0900 GMT) on Thursday" -> a local time and
    # its GMT equivalent two TIMEs (gold_blind28, gold_blind80) plus the DATE; "the late
    # afternoon" that day 2014-11-27TAF (modifier and article kept). The delegate spoke "late
    # Monday" 2014-11-24 (DATE, gold_blind23) of talks "on Wednesday evening" 2014-11-26TEV.
    # The wire's own clock time "by 1:35 p.m. EST (1835 GMT)" is the day of the wire,
    # 2014-11-25T13:35 and 2014-11-25T18:35. "four-year" (bullet and body) P4Y; Brent "for
    # January delivery" and "U.S. crude for January delivery" 2015-01 (contract months look
    # forward, gold_blind80); "since June" (bullet and body) and "last met in June" 2014-06;
    # "Nov. 14" 2014-11-14; "since 2008" -> "2008" ("for the first time" not annotated);
    # "almost three years" P3Y; "in October" and "since October" 2014-10; "the first half of
    # 2015" 2015-H1; "since the summer" -> "the summer" 2014-SU; "its next regular meeting in
    # June 2015" 2015-06; "by Christmas" 2014-12-25; "the past two weeks" P2W; "over the past
    # year" -> "the past year" DURATION P1Y (gold_blind35); "last week" 2014-W47;
    # "whose 2015 budget" -> "2015"; "not survive a year" DURATION P1Y; "twice a year" SET P1Y.
    # Not annotated: "UPDATE 2" (a version number), "bpd" (a unit of flow; the rate written
    # out with "per day" was avoided, gold_blind35), "12-member", "by almost a third",
    # "$78.48", "$77.92", "$115", "$70" (twice), "$90", "$74.84", "$1.20", "94 cents", "30
    # million", "30.6 million", "29.2 million", "1 million to 1.5 million", "for the first
    # time", "U.S. holiday trading" ("holiday" names no day), "ends early".
    "opec-vienna-meeting-preview": (
        "2014-11-25",
        [
            ("Thursday", "DATE", "2014-11-27"),
            ("four-year", "DURATION", "P4Y"),
            ("June", "DATE", "2014-06"),
            ("Nov 25", "DATE", "2014-11-25"),
            ("Tuesday", "DATE", "2014-11-25"),
            ("Thursday", "DATE", "2014-11-27"),
            ("2008", "DATE", "2008"),
            ("January", "DATE", "2015-01"),
            ("Tuesday", "DATE", "2014-11-25"),
            ("four-year", "DURATION", "P4Y"),
            ("Nov. 14", "DATE", "2014-11-14"),
            ("June", "DATE", "2014-06"),
            ("late Monday", "DATE", "2014-11-24"),
            ("Wednesday evening", "TIME", "2014-11-26TEV"),
            ("almost three years", "DURATION", "P3Y"),
            ("October", "DATE", "2014-10"),
            ("the first half of 2015", "DATE", "2015-H1"),
            ("the summer", "DATE", "2014-SU"),
            ("June 2015", "DATE", "2015-06"),
            ("Thursday", "DATE", "2014-11-27"),
            ("Christmas", "DATE", "2014-12-25"),
            ("the past two weeks", "DURATION", "P2W"),
            ("the past year", "DURATION", "P1Y"),
            ("last week", "DATE", "2014-W47"),
            ("October", "DATE", "2014-10"),
            ("2015", "DATE", "2015"),
            ("a year", "DURATION", "P1Y"),
            ("10 a.m.", "TIME", "2014-11-27T10:00"),
            ("0900 GMT", "TIME", "2014-11-27T09:00"),
            ("Thursday", "DATE", "2014-11-27"),
            ("the late afternoon", "TIME", "2014-11-27TAF"),
            ("twice a year", "SET", "P1Y"),
            ("June", "DATE", "2014-06"),
            ("Thursday", "DATE", "2014-11-27"),
            ("Thanksgiving", "DATE", "2014-11-27"),
            ("Friday", "DATE", "2014-11-28"),
            ("January", "DATE", "2015-01"),
            ("1:35 p.m. EST", "TIME", "2014-11-25T13:35"),
            ("1835 GMT", "TIME", "2014-11-25T18:35"),
        ],
    ),
    # Saturday 2015-03-14 (ISO week 11), Kenyan daily's business page, section label,
    # headline, date line "Saturday, March 14, 2015" (one span with its weekday), byline. The
    # regulator's review runs from the 15th to the 14th: prices rise "from Sunday" (headline
    # and lead) 2015-03-15, "take effect at midnight tonight" -> "midnight" 2015-03-14T24:00
    # (the midnight ending the day, gold_blind103) and "tonight" 2015-03-14TNI, "until April
    # 14" 2015-04-14. "published yesterday" and "said on Friday" 2015-03-13; the matatu
    # owners "meet on Monday" 2015-03-16. "three-month run of cuts" P3M (adjectival);
    # "three straight months of declines" P3M (a cardinal run); "since November" 2014-11 (the
    # last rise); "last month" and "in February" 2015-02. "the December, January and February
    # reviews" -> three DATEs, 2014-12, 2015-01, 2015-02 (adjectival months, like "August
    # exports" in gold_blind80); "between June and January" 2014-06 and 2015-01; the other
    # past "January" 2015-01; "since late January" 2015-01. "Easter, which falls on April 5
    # this year" -> "Easter" and "April 5" 2015-04-05 (Western Easter Sunday 2015), "this year"
    # 2015; "Good Friday, April 3" two DATEs 2015-04-03 (gold_blind89); "rise in April"
    # 2015-04; "March inflation figures" 2015-03 and "on March 31". "the 2014/15 financial
    # year" FY2015 (Kenya's July-June year, named by the year it ends, gold_blind22), "which
    # ends on June 30" 2015-06-30, and the elliptical "2013/14" FY2014 (gold_blind77). "monthly
    # review" and "set ... monthly" SET P1M (a recurring review, gold_blind80's "its monthly
    # report"); "every month" (twice) SET P1M; "since December 2010" 2010-12; "This month's
    # prices" -> "This month" 2015-03; "now" PRESENT_REF. Not annotated: "Sh3", "Sh3.12",
    # "Sh98.40", "Sh95.28", "Sh1.06", "Sh89.16", "48 cents", "Sh66.03", "$551", "Sh19",
    # "Sh7.88", "Sh10", "Sh62 billion", "Sh4 billion", "9.2 per cent", "20 per cent", "5.84
    # per cent", "5.47 per cent", "more than half", "Gazette Notice No. 1714", "020 555 2015" (a
    # phone number ending in 2015), "Thika Road", "for the first time", "fuel cost charge".
    "kenya-pump-prices-march-review": (
        "2015-03-14",
        [
            ("Sunday", "DATE", "2015-03-15"),
            ("three-month", "DURATION", "P3M"),
            ("Saturday, March 14, 2015", "DATE", "2015-03-14"),
            ("Sunday", "DATE", "2015-03-15"),
            ("November", "DATE", "2014-11"),
            ("last month", "DATE", "2015-02"),
            ("monthly", "SET", "P1M"),
            ("yesterday", "DATE", "2015-03-13"),
            ("midnight", "TIME", "2015-03-14T24:00"),
            ("tonight", "TIME", "2015-03-14TNI"),
            ("April 14", "DATE", "2015-04-14"),
            ("Friday", "DATE", "2015-03-13"),
            ("February", "DATE", "2015-02"),
            ("three straight months", "DURATION", "P3M"),
            ("late January", "DATE", "2015-01"),
            ("now", "DATE", "PRESENT_REF"),
            ("December", "DATE", "2014-12"),
            ("January", "DATE", "2015-01"),
            ("February", "DATE", "2015-02"),
            ("January", "DATE", "2015-01"),
            ("June", "DATE", "2014-06"),
            ("January", "DATE", "2015-01"),
            ("Monday", "DATE", "2015-03-16"),
            ("January", "DATE", "2015-01"),
            ("every month", "SET", "P1M"),
            ("Easter", "DATE", "2015-04-05"),
            ("April 5", "DATE", "2015-04-05"),
            ("this year", "DATE", "2015"),
            ("Good Friday", "DATE", "2015-04-03"),
            ("April 3", "DATE", "2015-04-03"),
            ("April", "DATE", "2015-04"),
            ("every month", "SET", "P1M"),
            ("March", "DATE", "2015-03"),
            ("March 31", "DATE", "2015-03-31"),
            ("February", "DATE", "2015-02"),
            ("January", "DATE", "2015-01"),
            ("the 2014/15 financial year", "DATE", "FY2015"),
            ("June 30", "DATE", "2015-06-30"),
            ("2013/14", "DATE", "FY2014"),
            ("monthly", "SET", "P1M"),
            ("December 2010", "DATE", "2010-12"),
            ("This month", "DATE", "2015-03"),
        ],
    ),
    # Monday 2015-11-30 (ISO week 49), Australian broadcaster's rural news page, section
    # label, headline, standfirst, stamps "Posted Mon 30 Nov 2015, 11:20am AEDT" and "Updated
    # Mon 30 Nov 2015, 3:05pm AEDT" (DATE with its abbreviated weekday, and TIME), byline.
    # "this week" (standfirst) 2015-W49; "week-long" DURATION P1W. Past: "over the weekend"
    # 2015-W48-WE (28-29 November), "by 6pm on Sunday" 2015-11-29T18:00 and 2015-11-29, "from
    # Saturday afternoon" 2015-11-28TAF "until early Monday" (the publication day, DATE,
    # modifier kept), "this morning" 2015-11-30TMO, "until 10 o'clock Friday night" ->
    # "10 o'clock" 2015-11-27T22:00 and "Friday night" 2015-11-27TNI (gold_blind20's "10
    # o'clock tonight"), wheat bid "on Friday" 2015-11-27 and "the previous Friday"
    # 2015-11-20 (anchored on that Friday). Future: rain "for Wednesday" and "on Wednesday and
    # Thursday" 2015-12-02 and 2015-12-03, fine weather "from Friday" 2015-12-04 "through to
    # next Tuesday" 2015-12-08 (after Friday, so the Tuesday of next week, not tomorrow),
    # "by the weekend" 2015-W49-WE, "on Saturday afternoon" 2015-12-05TAF, the crop report
    # "on Tuesday" 2015-12-01 (tomorrow). "a week earlier" than the Sunday figure is the ISO
    # week before, 2015-W47 (gold_blind80); "at the same point last year" -> "last year" 2014
    # (gold_blind94). "at least three days" P3D; "Another week" P1W; "2010 ... after
    # Christmas" -> 2010-12-25 (the Christmas of that harvest); "the third wet harvest in six
    # years" P6Y; "mid-October" 2015-10; "about 10 days earlier than usual" P10D (the size of
    # a lead); "a warm September" -> "September" 2015-09 (head noun, gold_blind103's "a wetter
    # than average autumn"); "the ASX January wheat contract" 2016-01; "its December crop
    # report" 2015-12, "its September forecast" 2015-09; "the 2015-16 NSW wheat crop" ->
    # "2015" and "16" 2016 (gold_blind80). "from 7am to 7pm daily, including weekends" ->
    # XXXX-XX-XXT07:00, XXXX-XX-XXT19:00, SET P1D, SET XXXX-WXX-WE (gold_blind90); "until the
    # end of January" 2016-01. Not annotated: "Harrow 11" (a variety), "38 sites", "4
    # million tonnes", "4.1 million", "3.2 million", "3.7 million", "40 and 65 millimetres",
    # "15 to 30 millimetres", "2,400 hectares", "900 hectares", "$282", "$6", "$279", "7.1
    # million tonnes", "1800 555 201", "rgs.com.au/harvest2015" (a year in a web address),
    # "harvest", "the third wet harvest", "flat out".
    "riverina-harvest-rain-delay": (
        "2015-11-30",
        [
            ("week-long", "DURATION", "P1W"),
            ("this week", "DATE", "2015-W49"),
            ("Mon 30 Nov 2015", "DATE", "2015-11-30"),
            ("11:20am AEDT", "TIME", "2015-11-30T11:20"),
            ("Mon 30 Nov 2015", "DATE", "2015-11-30"),
            ("3:05pm AEDT", "TIME", "2015-11-30T15:05"),
            ("the weekend", "DATE", "2015-W48-WE"),
            ("at least three days", "DURATION", "P3D"),
            ("Wednesday", "DATE", "2015-12-02"),
            ("6pm", "TIME", "2015-11-29T18:00"),
            ("Sunday", "DATE", "2015-11-29"),
            ("a week earlier", "DATE", "2015-W47"),
            ("last year", "DATE", "2014"),
            ("Saturday afternoon", "TIME", "2015-11-28TAF"),
            ("early Monday", "DATE", "2015-11-30"),
            ("this morning", "TIME", "2015-11-30TMO"),
            ("10 o'clock", "TIME", "2015-11-27T22:00"),
            ("Friday night", "TIME", "2015-11-27TNI"),
            ("Another week", "DURATION", "P1W"),
            ("2010", "DATE", "2010"),
            ("Christmas", "DATE", "2010-12-25"),
            ("six years", "DURATION", "P6Y"),
            ("mid-October", "DATE", "2015-10"),
            ("about 10 days", "DURATION", "P10D"),
            ("September", "DATE", "2015-09"),
            ("Wednesday", "DATE", "2015-12-02"),
            ("Thursday", "DATE", "2015-12-03"),
            ("Friday", "DATE", "2015-12-04"),
            ("next Tuesday", "DATE", "2015-12-08"),
            ("the weekend", "DATE", "2015-W49-WE"),
            ("Saturday afternoon", "TIME", "2015-12-05TAF"),
            ("Friday", "DATE", "2015-11-27"),
            ("the previous Friday", "DATE", "2015-11-20"),
            ("January", "DATE", "2016-01"),
            ("December", "DATE", "2015-12"),
            ("Tuesday", "DATE", "2015-12-01"),
            ("September", "DATE", "2015-09"),
            ("2015", "DATE", "2015"),
            ("16", "DATE", "2016"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("7pm", "TIME", "XXXX-XX-XXT19:00"),
            ("daily", "SET", "P1D"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("the end of January", "DATE", "2016-01"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
