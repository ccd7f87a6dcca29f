"""Annotations of the fifty-ninth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind59/annotate.py [--show]

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
    # Wednesday 2014-07-09 (ISO week 28), AP-style launch story, byline "AP Aerospace Writer",
    # "PELICAN POINT, Fla. (AP) —" dateline without date; "today" is the publication day, "this
    # afternoon" its afternoon, "tonight" its night (the countdown resumes at 9 p.m. tonight, two
    # TIMEX3 like "4:50 this morning" in gold_blind30), "late last night" Tuesday night
    # 2014-07-08TNI. The scrubbed attempt was Monday 2014-07-07 ("three days after" it, anchored
    # duration P3D), the valve replaced Tuesday 2014-07-08 (past). Liftoff is "early Thursday",
    # 2014-07-10, "4:32 a.m. EDT (0832 GMT) on Thursday": EDT is UTC-4, so both clock times fall
    # on Thursday (two TIMEX3 plus the day, gold_blind28); the backup is Friday 2014-07-11 at
    # 4:09 a.m. EDT; docking "early Sunday" 2014-07-13 at about 6:40 a.m. EDT (the clock time on
    # the day of its sentence). "a 10-minute window" DURATION on the adjective; "at T-minus 15
    # minutes" -> "15 minutes" DURATION PT15M, "T-minus" a signal like "before" (see README);
    # "about three hours before liftoff", "about 72 hours" of chase, "within 48 hours of
    # arrival" and "less than two weeks before the 45th anniversary" are anchored durations.
    # "its second this year" 2014; "the fourth quarter" a calendar quarter, 2014-Q4 (Corvane's
    # fiscal year is not described); "late last year" 2013; "in February" the month just past,
    # 2014-02 (five months before July); "mid-August" 2014-08; "July 21" and "July 20" ahead.
    # "One more day" P1D with "more" kept (gold_blind50's "six more weeks"). Not annotated:
    # "Talon 2", "Pad 2", "CR-4", "Apollo 11", "the 45th anniversary", "the date" (anaphoric,
    # its "July 20" annotated), "the capsule's 43rd orbit", "24/7", "25 mph", "70 percent",
    # "$1.6 billion", "3,700 pounds", "1,200 meals", "six-person", "on time", "in orbit".
    "talon-2-cargo-launch-countdown": (
        "2014-07-09",
        [
            ("Thursday", "DATE", "2014-07-10"),
            ("today", "DATE", "2014-07-09"),
            ("early Thursday", "DATE", "2014-07-10"),
            ("three days", "DURATION", "P3D"),
            ("less than a minute", "DURATION", "PT1M"),
            ("4:32 a.m. EDT", "TIME", "2014-07-10T04:32"),
            ("0832 GMT", "TIME", "2014-07-10T08:32"),
            ("Thursday", "DATE", "2014-07-10"),
            ("10-minute", "DURATION", "PT10M"),
            ("9 p.m.", "TIME", "2014-07-09T21:00"),
            ("tonight", "TIME", "2014-07-09TNI"),
            ("15 minutes", "DURATION", "PT15M"),
            ("about three hours", "DURATION", "PT3H"),
            ("Monday", "DATE", "2014-07-07"),
            ("Tuesday", "DATE", "2014-07-08"),
            ("late last night", "TIME", "2014-07-08TNI"),
            ("this afternoon", "TIME", "2014-07-09TAF"),
            ("early Sunday", "DATE", "2014-07-13"),
            ("about 72 hours", "DURATION", "PT72H"),
            ("about 6:40 a.m. EDT", "TIME", "2014-07-13T06:40"),
            ("about a month", "DURATION", "P1M"),
            ("mid-August", "DATE", "2014-08"),
            ("Friday", "DATE", "2014-07-11"),
            ("4:09 a.m. EDT", "TIME", "2014-07-11T04:09"),
            ("July 21", "DATE", "2014-07-21"),
            ("October 2012", "DATE", "2012-10"),
            ("2016", "DATE", "2016"),
            ("this year", "DATE", "2014"),
            ("the fourth quarter", "DATE", "2014-Q4"),
            ("late last year", "DATE", "2013"),
            ("recently", "DATE", "PAST_REF"),
            ("February", "DATE", "2014-02"),
            ("more than a week", "DURATION", "P1W"),
            ("five months", "DURATION", "P5M"),
            ("One more day", "DURATION", "P1D"),
            ("48 hours", "DURATION", "PT48H"),
            ("less than two weeks", "DURATION", "P2W"),
            ("July 20", "DATE", "2014-07-20"),
            ("every week", "SET", "P1W"),
        ],
    ),
    # Friday 2013-12-06 (ISO week 49), US local paper's sky-watching column, headline, byline,
    # date line "Friday, December 6, 2013" (one DATE span), "RIDGEFORD —" dateline. Central
    # time is CST (UTC-6) in December. The comet is best "on Saturday" 2013-12-07 "just before
    # dawn" -> "dawn" TIME 2013-12-07TMO ("just before" a signal), and on Saturday it rises at
    # about 4:50 a.m. CST and is seen from 5:30 a.m. until 6:15 a.m. (that morning). "After
    # sunset on Saturday" -> "sunset" TIME 2013-12-07TEV plus "Saturday" (dawn the start of the
    # morning, sunset of the evening; see README). "Sunday evening" 2013-12-08TEV. The meteor
    # shower "peaks overnight Tuesday into Wednesday": "overnight" is Tuesday's night,
    # 2013-12-10TNI (the night dated by the evening it begins on, gold_blind21, gold_blind48),
    # with "Tuesday" 2013-12-10 and "Wednesday" 2013-12-11 as DATEs; the moon sets "shortly
    # after midnight", the midnight ending Tuesday, 2013-12-10T24:00; "from about 1 a.m. to 5
    # a.m. Wednesday" are on Wednesday; the center opens "at 10 p.m. Tuesday" and calls it "by 6
    # p.m. Tuesday" (both 2013-12-10, the headline's "Tuesday night" too). "Sept. 14" past;
    # "Dec. 28", "Jan. 9" (2014, across the year) and "January" 2014-01 ahead; "the morning of
    # Dec. 17" one TIME span like "the evening of June 24" (gold_blind28), its eclipse at 5:12
    # a.m. CST; "more than 6,000 years" P6000Y; "last year's peak" -> "last year" 2012; "every
    # Friday" SET XXXX-WXX-5. Not annotated: "C/2013 R4" (a catalogue designation),
    # "magnitude 5.2", "54 million miles", "14 miles", "1,198 meteors", "555-1913" (a hotline),
    # "$5", "14 degrees", "a fist's width", "the best viewing", "Sky Watch" (a column name).
    "comet-varga-ostrom-december-sky-guide": (
        "2013-12-06",
        [
            ("Tuesday night", "TIME", "2013-12-10TNI"),
            ("Friday, December 6, 2013", "DATE", "2013-12-06"),
            ("this month", "DATE", "2013-12"),
            ("the past two weeks", "DURATION", "P2W"),
            ("Saturday", "DATE", "2013-12-07"),
            ("dawn", "TIME", "2013-12-07TMO"),
            ("now", "DATE", "PRESENT_REF"),
            ("Saturday", "DATE", "2013-12-07"),
            ("about 4:50 a.m. CST", "TIME", "2013-12-07T04:50"),
            ("5:30 a.m.", "TIME", "2013-12-07T05:30"),
            ("6:15 a.m.", "TIME", "2013-12-07T06:15"),
            ("Sept. 14", "DATE", "2013-09-14"),
            ("Dec. 28", "DATE", "2013-12-28"),
            ("Jan. 9", "DATE", "2014-01-09"),
            ("January", "DATE", "2014-01"),
            ("more than 6,000 years", "DURATION", "P6000Y"),
            ("sunset", "TIME", "2013-12-07TEV"),
            ("Saturday", "DATE", "2013-12-07"),
            ("Sunday evening", "TIME", "2013-12-08TEV"),
            ("overnight", "TIME", "2013-12-10TNI"),
            ("Tuesday", "DATE", "2013-12-10"),
            ("Wednesday", "DATE", "2013-12-11"),
            ("midnight", "TIME", "2013-12-10T24:00"),
            ("about 1 a.m.", "TIME", "2013-12-11T01:00"),
            ("5 a.m.", "TIME", "2013-12-11T05:00"),
            ("Wednesday", "DATE", "2013-12-11"),
            ("last year", "DATE", "2012"),
            ("10 p.m.", "TIME", "2013-12-10T22:00"),
            ("Tuesday", "DATE", "2013-12-10"),
            ("6 p.m.", "TIME", "2013-12-10T18:00"),
            ("Tuesday", "DATE", "2013-12-10"),
            ("the morning of Dec. 17", "TIME", "2013-12-17TMO"),
            ("5:12 a.m. CST", "TIME", "2013-12-17T05:12"),
            ("about 40 minutes", "DURATION", "PT40M"),
            ("2015", "DATE", "2015"),
            ("every Friday", "SET", "XXXX-WXX-5"),
        ],
    ),
    # Tuesday 2012-10-09 (ISO week 41), Reuters-style space-weather wire, "FENWICK, Colorado,
    # Oct 9 (Reuters) -" dateline (the publication day); "said on Tuesday" is that day. The
    # cloud left the sun "on Sunday night" 2012-10-07TNI: the flare peaked "at 10:14 p.m. EDT on
    # Sunday (0214 GMT on Monday)" -> 2012-10-07T22:14 and, four hours ahead, 2012-10-08T02:14
    # with its own "Monday" (gold_blind28). It arrives "late Wednesday" (headline and lead)
    # 2012-10-10, "between 6 p.m. and midnight EDT on Wednesday" -> 18:00 and the midnight
    # ending Wednesday, 2012-10-10T24:00 (gold_blind10, gold_blind28); "give or take about
    # seven hours" is the size of an uncertainty, DURATION PT7H; the storm may last "up to 18
    # hours, into Thursday" 2012-10-11; flights may be rerouted Thursday and Friday 2012-10-12;
    # auroras "on Wednesday night" 2012-10-10TNI; grid operators alerted "on Monday afternoon"
    # 2012-10-08TAF. "in more than a year" the period of a superlative, P1Y (gold_blind28);
    # "earlier this month" 2012-10, "last month" 2012-09, "last year" 2011; "its 11-year
    # activity cycle" an adjectival DURATION P11Y; "mid-2013" 2013 (gold_blind36); "the first
    # half of 2012" one span 2012-H1; "every three hours" SET PT3H; "accurate to within six
    # hours" -> "six hours" PT6H. Not annotated: "X1.8-class", "sunspot region 1585" (a
    # catalogue number), "G3", "7 on the 9-point Kp scale", "1,400 km (870 miles) per second",
    # "1 million miles", "Heliowatch-2", "Hollis March" (a name, beside "March 1966"), "24/7",
    # "60 percent", "70 percent of the time", "ever since" (anaphoric), "until the storm ends".
    "solar-storm-cme-late-wednesday": (
        "2012-10-09",
        [
            ("late Wednesday", "DATE", "2012-10-10"),
            ("Oct 9", "DATE", "2012-10-09"),
            ("Sunday night", "TIME", "2012-10-07TNI"),
            ("late Wednesday", "DATE", "2012-10-10"),
            ("Tuesday", "DATE", "2012-10-09"),
            ("10:14 p.m. EDT", "TIME", "2012-10-07T22:14"),
            ("Sunday", "DATE", "2012-10-07"),
            ("0214 GMT", "TIME", "2012-10-08T02:14"),
            ("Monday", "DATE", "2012-10-08"),
            ("6 p.m.", "TIME", "2012-10-10T18:00"),
            ("midnight EDT", "TIME", "2012-10-10T24:00"),
            ("Wednesday", "DATE", "2012-10-10"),
            ("about seven hours", "DURATION", "PT7H"),
            ("up to 18 hours", "DURATION", "PT18H"),
            ("Thursday", "DATE", "2012-10-11"),
            ("more than a year", "DURATION", "P1Y"),
            ("earlier this month", "DATE", "2012-10"),
            ("11-year", "DURATION", "P11Y"),
            ("mid-2013", "DATE", "2013"),
            ("recent months", "DATE", "PAST_REF"),
            ("the first half of 2012", "DATE", "2012-H1"),
            ("Monday afternoon", "TIME", "2012-10-08TAF"),
            ("every three hours", "SET", "PT3H"),
            ("Thursday", "DATE", "2012-10-11"),
            ("Friday", "DATE", "2012-10-12"),
            ("last month", "DATE", "2012-09"),
            ("nine hours", "DURATION", "PT9H"),
            ("Wednesday night", "TIME", "2012-10-10TNI"),
            ("March 1966", "DATE", "1966-03"),
            ("1965", "DATE", "1965"),
            ("1996", "DATE", "1996"),
            ("six hours", "DURATION", "PT6H"),
            ("last year", "DATE", "2011"),
        ],
    ),
    # Saturday 2015-08-01 (ISO week 31), US local paper's weather story, headline, byline, date
    # line "Saturday, August 1, 2015", "CORDELL SPRINGS, Okla. —" dateline; central time is CDT
    # (UTC-5). "July" (headline, lead, "July brought") is the month just ended, 2015-07, as is
    # "The month's average" -> "The month" (anaphoric to July, like "the month's highest
    # reading" in gold_blind21); "compared with 84.7 a year earlier" -> 2014-07 (the granularity
    # of the month compared); "since records began in 1895" -> "1895" ("since records began"
    # itself is anaphoric, gold_blind36); "the record ... set in July 1936" and "the all-time
    # mark set on Aug. 3, 1936" are past DATEs. "for 12 consecutive days, from July 20 through
    # July 31" -> DURATION P12D ("consecutive" kept, gold_blind39) plus two DATEs; "Friday was
    # the third day in a row above 105" -> "the third day" DURATION P1D, an ordinal day of a run
    # like "a fifth straight day" (gold_blind56), "in a row" left out (gold_blind37); "Friday"
    # (three times) 2015-07-31, "Thursday" 2015-07-30 (past); "4:53 p.m. CDT" and "6 a.m." on
    # Friday. Ahead: "today" 2015-08-01, "Sunday" 2015-08-02, "Monday night" 2015-08-03TNI, "the
    # end of next week" 2015-W32 (next week from a Saturday in week 31; like "the end of the
    # week" in gold_blind35), "mid-August" 2015-08 (headline and lead). "this week" 2015-W31.
    # The cooling centers' hours "from 10 a.m. to 8 p.m. daily" and the hours "between 3 p.m.
    # and 7 p.m. each day" recur on no particular day, XXXX-XX-XXThh:mm with the SETs "daily"
    # and "each day" P1D (gold_blind28, gold_blind36); "every night since July 24" a SET and a
    # DATE. "a 90-day ban" adjectival DURATION; "the first half of the year" 2015-H1 (calendar
    # half, the utility's fiscal year not described); "the summer of 2011" one span; "over the
    # past 30 years" -> "the past 30 years" P30Y; "almost two weeks" P2W. Not annotated:
    # temperatures ("89.4 degrees", "88.1", "84.7", "100 degrees", "105", "108", "80", "86",
    # "103 to 107", "the 90s", "2 degrees"), "6,150 megawatts", "0.3 inch", "4 percent", "four
    # heat-related deaths", "six cooling centers", "the third record", "until further notice".
    "cordell-springs-hottest-july-heat": (
        "2015-08-01",
        [
            ("July", "DATE", "2015-07"),
            ("mid-August", "DATE", "2015-08"),
            ("Saturday, August 1, 2015", "DATE", "2015-08-01"),
            ("July", "DATE", "2015-07"),
            ("1895", "DATE", "1895"),
            ("Friday", "DATE", "2015-07-31"),
            ("mid-August", "DATE", "2015-08"),
            ("The month", "DATE", "2015-07"),
            ("July 1936", "DATE", "1936-07"),
            ("a year earlier", "DATE", "2014-07"),
            ("12 consecutive days", "DURATION", "P12D"),
            ("July 20", "DATE", "2015-07-20"),
            ("July 31", "DATE", "2015-07-31"),
            ("Friday", "DATE", "2015-07-31"),
            ("the third day", "DURATION", "P1D"),
            ("4:53 p.m. CDT", "TIME", "2015-07-31T16:53"),
            ("Aug. 3, 1936", "DATE", "1936-08-03"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("July 24", "DATE", "2015-07-24"),
            ("6 a.m.", "TIME", "2015-07-31T06:00"),
            ("Friday", "DATE", "2015-07-31"),
            ("today", "DATE", "2015-08-01"),
            ("Sunday", "DATE", "2015-08-02"),
            ("Monday night", "TIME", "2015-08-03TNI"),
            ("the end of next week", "DATE", "2015-W32"),
            ("July 15", "DATE", "2015-07-15"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
            ("90-day", "DURATION", "P90D"),
            ("July 22", "DATE", "2015-07-22"),
            ("5 p.m.", "TIME", "2015-07-30T17:00"),
            ("Thursday", "DATE", "2015-07-30"),
            ("this week", "DATE", "2015-W31"),
            ("3 p.m.", "TIME", "XXXX-XX-XXT15:00"),
            ("7 p.m.", "TIME", "XXXX-XX-XXT19:00"),
            ("each day", "SET", "P1D"),
            ("the first half of the year", "DATE", "2015-H1"),
            ("2014", "DATE", "2014"),
            ("the summer of 2011", "DATE", "2011-SU"),
            ("July", "DATE", "2015-07"),
            ("the past 30 years", "DURATION", "P30Y"),
            ("almost two weeks", "DURATION", "P2W"),
        ],
    ),
    # Thursday 2013-05-23 (ISO week 21), AP-style hurricane-season outlook, byline, "CORAL
    # HAVEN, Fla. (AP) —" dateline without date; "said Thursday" is the publication day. The
    # season of 2013 "begins June 1" (headline, lead, "runs June 1 to Nov. 30", the hotline
    # "from June 1"), so every month of it lies ahead: "from mid-August through October"
    # 2013-08 and 2013-10, "the peak in September" 2013-09, "in early August" 2013-08; "since
    # early April" and "May 15" (the Pacific season "began") and "March 1" are past days and
    # months of 2013. "based on records from 1981 to 2010" two DATEs; "the mid-1990s" 199, "the
    # 2020s" 202 ("into" a signal). "Last year's season" -> "Last year" 2012; Odessa came ashore
    # "at 2 a.m. on Oct. 12, 2012" (two TIMEX3) and "Two days later" is anchored on that date,
    # 2012-10-14 (gold_blind37, gold_blind42); "the first hurricane ... in more than a decade"
    # the period of a "first in", P10Y. "this weekend" in a Thursday story is the coming
    # weekend, 2013-W21-WE (25-26 May); "now" PRESENT_REF, "recent years" PAST_REF; "every six
    # hours" PT6H and "every three hours" PT3H SETs, "issued annually since 1998" a SET P1Y and
    # a DATE; "a three-day track forecast" adjectival DURATION P3D; "next year" 2014. Not
    # annotated: "May we get through it" (the verb, in a May story), "1-800-555-2013" (a
    # hotline), "13 to 19", "seven to 11", "12 named storms", "six hurricanes", "19 named
    # storms", "the third busiest", "115 mph", "two hurricane-hunter planes", "a third plane",
    # "about half", "the season", "An average season", "the traditional peak", "around the
    # clock".
    "atlantic-hurricane-season-outlook-busy": (
        "2013-05-23",
        [
            ("June 1", "DATE", "2013-06-01"),
            ("Thursday", "DATE", "2013-05-23"),
            ("June 1", "DATE", "2013-06-01"),
            ("June 1", "DATE", "2013-06-01"),
            ("Nov. 30", "DATE", "2013-11-30"),
            ("mid-August", "DATE", "2013-08"),
            ("October", "DATE", "2013-10"),
            ("September", "DATE", "2013-09"),
            ("1981", "DATE", "1981"),
            ("2010", "DATE", "2010"),
            ("early April", "DATE", "2013-04"),
            ("the mid-1990s", "DATE", "199"),
            ("the 2020s", "DATE", "202"),
            ("Last year", "DATE", "2012"),
            ("1995", "DATE", "1995"),
            ("2 a.m.", "TIME", "2012-10-12T02:00"),
            ("Oct. 12, 2012", "DATE", "2012-10-12"),
            ("more than a decade", "DURATION", "P10Y"),
            ("Two days later", "DATE", "2012-10-14"),
            ("now", "DATE", "PRESENT_REF"),
            ("this weekend", "DATE", "2013-W21-WE"),
            ("every six hours", "SET", "PT6H"),
            ("every three hours", "SET", "PT3H"),
            ("recent years", "DATE", "PAST_REF"),
            ("three-day", "DURATION", "P3D"),
            ("2000", "DATE", "2000"),
            ("March 1", "DATE", "2013-03-01"),
            ("next year", "DATE", "2014"),
            ("annually", "SET", "P1Y"),
            ("1998", "DATE", "1998"),
            ("early August", "DATE", "2013-08"),
            ("May 15", "DATE", "2013-05-15"),
            ("June 1", "DATE", "2013-06-01"),
        ],
    ),
    # Monday 2012-11-19 (ISO week 47), British broadcaster's science page, headline, stamp "19
    # November 2012 Last updated at 09:15 GMT" (a DATE and a TIME, gold_blind42), byline, no
    # dateline. The study was published "on Sunday" 2012-11-18, the briefing "on Friday"
    # 2012-11-16 (past). "faster than at any time in 20,000 years" (headline) is the period of
    # a superlative, DURATION P20000Y (gold_blind56's "hottest day in seven years"), and "over
    # the past 20,000 years" -> "the past 20,000 years" P20000Y; "the last ice age" and "the end
    # of the ice age" are a named era and an event, not annotated (gold_blind37's "the Little
    # Ice Age"). "the summer of 2009" one span; "August 2010"; "In 2010 ... on 27 July" two
    # DATEs; "every hour since 2009" and "every summer since 1986" a SET and a DATE each;
    # "about three weeks earlier than it did in the 1980s" is the size of a shift, DURATION P3W
    # (gold_blind28's "six months later than planned"), and "the 1980s" 198; "the late 1990s"
    # 199; "the past decade" P10Y; "by 2100" -> "2100"; "for about 10,000 years" P10000Y; "the
    # end of the century" the current (21st) century, 20 (gold_blind6); "decades" PXY (a vague
    # duration, gold_blind28's "years"); "next summer" 2013-SU; "In the coming months" -> "the
    # coming months" PXM. Not annotated: "2,100 samples" (a count, beside "2100"), "14 lakes",
    # "six of the lakes", "four more buoys", "1.4C", "19.2C", "3C", "the Sunday Chronicle" (a
    # newspaper), "the highest reading in the survey's history", "a second paper".
    "caldern-highland-lakes-warming-study": (
        "2012-11-19",
        [
            ("20,000 years", "DURATION", "P20000Y"),
            ("19 November 2012", "DATE", "2012-11-19"),
            ("09:15 GMT", "TIME", "2012-11-19T09:15"),
            ("the past 30 years", "DURATION", "P30Y"),
            ("Sunday", "DATE", "2012-11-18"),
            ("the summer of 2009", "DATE", "2009-SU"),
            ("August 2010", "DATE", "2010-08"),
            ("the past 20,000 years", "DURATION", "P20000Y"),
            ("1982", "DATE", "1982"),
            ("the late 1990s", "DATE", "199"),
            ("every hour", "SET", "PT1H"),
            ("2009", "DATE", "2009"),
            ("2010", "DATE", "2010"),
            ("27 July", "DATE", "2010-07-27"),
            ("every summer", "SET", "XXXX-SU"),
            ("1986", "DATE", "1986"),
            ("now", "DATE", "PRESENT_REF"),
            ("about three weeks", "DURATION", "P3W"),
            ("the 1980s", "DATE", "198"),
            ("the past decade", "DURATION", "P10Y"),
            ("2100", "DATE", "2100"),
            ("about 10,000 years", "DURATION", "P10000Y"),
            ("the end of the century", "DATE", "20"),
            ("decades", "DURATION", "PXY"),
            ("Friday", "DATE", "2012-11-16"),
            ("next summer", "DATE", "2013-SU"),
            ("2014", "DATE", "2014"),
            ("the coming months", "DURATION", "PXM"),
        ],
    ),
}


if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv[1:])
