"""Annotations of the fifty-fourth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind54/annotate.py [--show]

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
    # Saturday 2013-10-12 (ISO week 41), Reuters-style election-eve wire, "OSTRENIK, Dravonia,
    # Oct 12 (Reuters) -" dateline (the publication day). Polling day is Sunday 2013-10-13
    # (headline, lead and "8 p.m. local time (1800 GMT) on Sunday"); the polls' closing "8 p.m.
    # local time" is a clock time of that Sunday, "1800 GMT" the same moment (Dravonia on
    # UTC+2, summer time), two TIMEX3 besides "Sunday" (gold_blind28). "the first results early
    # Monday" 2013-10-14 (a DATE, gold_blind40) and "the final count by Thursday" 2013-10-17 lie
    # ahead, while the poll "published on Thursday" was 2013-10-10 (past), so one story holds
    # Thursday in both directions. "since the summer" in October 2013-SU; "eight months ahead of
    # schedule" is the size of a shift, DURATION (gold_blind40's "a year ahead of schedule").
    # "July" and "August" are past months of 2013. The quoted "by Christmas or by Easter" are the
    # coming holidays on the dates they fall on: Christmas 2013-12-25 and Easter Sunday 2014
    # (Western and Orthodox alike) 2014-04-20. "within 30 days of the final results" and "within
    # 60 days" are anchored durations. Keral spoke "on Friday evening" 2013-10-11TEV, and the
    # campaign ended "at midnight on Friday", the midnight ending that day, 2013-10-11T24:00
    # (gold_blind10, gold_blind28, gold_blind40), "Friday" a DATE of its own; his quoted "another
    # year of chaos" -> "another year" DURATION P1Y, "another" kept like "another three months"
    # (gold_blind40); "a 24-hour silence" an adjectival DURATION. "the second quarter"
    # is the last calendar quarter reported, 2013-Q2, "a year earlier" after it 2012-Q2
    # (gold_blind35); "the end of the year" takes the year's value, 2013; "two years ago" the
    # year's granularity, 2011 (gold_blind28). Postal votes from abroad were possible "until
    # Wednesday", a past deadline ("were able to"), 2013-10-09. "next month, on Nov 4" two
    # DATEs. "a 2014 budget" (twice) an adjectival year; "recent weeks" PAST_REF; "for weeks"
    # -> "weeks" PXW; "the past three years" P3Y; "every four years" SET P4Y.
    # Not annotated: "Article 112", "the 100 Villages Movement" (three times), "151-seat", "the
    # first time", ages "58", "44", percentages, "Seven parties", "caretaker governments".
    "dravonia-election-coalition-talks": (
        "2013-10-12",
        [
            ("Sunday", "DATE", "2013-10-13"),
            ("Oct 12", "DATE", "2013-10-12"),
            ("Sunday", "DATE", "2013-10-13"),
            ("weeks", "DURATION", "PXW"),
            ("2014", "DATE", "2014"),
            ("the summer", "DATE", "2013-SU"),
            ("8 p.m. local time", "TIME", "2013-10-13T20:00"),
            ("1800 GMT", "TIME", "2013-10-13T18:00"),
            ("Sunday", "DATE", "2013-10-13"),
            ("early Monday", "DATE", "2013-10-14"),
            ("Thursday", "DATE", "2013-10-17"),
            ("eight months", "DURATION", "P8M"),
            ("July", "DATE", "2013-07"),
            ("Aug 9", "DATE", "2013-08-09"),
            ("Thursday", "DATE", "2013-10-10"),
            ("two years ago", "DATE", "2011"),
            ("Christmas", "DATE", "2013-12-25"),
            ("Easter", "DATE", "2014-04-20"),
            ("30 days", "DURATION", "P30D"),
            ("60 days", "DURATION", "P60D"),
            ("June 2010", "DATE", "2010-06"),
            ("94 days", "DURATION", "P94D"),
            ("2004", "DATE", "2004"),
            ("Friday evening", "TIME", "2013-10-11TEV"),
            ("another year", "DURATION", "P1Y"),
            ("midnight", "TIME", "2013-10-11T24:00"),
            ("Friday", "DATE", "2013-10-11"),
            ("24-hour", "DURATION", "PT24H"),
            ("the second quarter", "DATE", "2013-Q2"),
            ("a year earlier", "DATE", "2012-Q2"),
            ("August", "DATE", "2013-08"),
            ("2014", "DATE", "2014"),
            ("the end of the year", "DATE", "2013"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("the past three years", "DURATION", "P3Y"),
            ("Wednesday", "DATE", "2013-10-09"),
            ("every four years", "SET", "P4Y"),
            ("next month", "DATE", "2013-11"),
            ("Nov 4", "DATE", "2013-11-04"),
        ],
    ),
    # Monday 2012-12-03 (ISO week 49), AFP-style coup wire, "PORT ULEMA, Dec 3, 2012 (AFP) -"
    # dateline; "on Monday" (twice) is the publication day. The coup was "in the early hours of
    # Thursday", 2012-11-29 (a DATE, gold_blind45), also "Thursday's coup" and the curfew "since
    # Thursday"; the fighting "on Thursday and Friday" 2012-11-29/30; the Red Cross spoke "on
    # Sunday" 2012-12-02, shops reopened "on Saturday" 2012-12-01, Mrs Dansoko's statement "on
    # Saturday night" 2012-12-01TNI, her last contact "Wednesday evening" 2012-11-28TEV, "hours
    # before the troops moved in" a vague anchored duration PTXH (gold_blind40); the bloc
    # suspended Kassanda "on Friday" 2012-11-30 (past), while its summit "will" be "on Thursday"
    # 2012-12-06 and the airport stays shut "until at least Wednesday" 2012-12-05 (future;
    # "at least" kept, gold_blind35, gold_blind45). "the next three months" (and the headline's
    # "three months") DURATION P3M; the curfew hours recur on no particular day, "from 7 p.m. to
    # 6 a.m. every night" -> two XXXX-XX-XXThh:mm TIMEs and the SET XXXX-XX-XXTNI
    # (gold_blind28). In the provinces "it starts at dusk": the earlier sets disagree on such
    # words (most avoided "dawn"; gold_blind26 and gold_blind53 annotated it TIME TMO, the start
    # of the morning), and TimeML counts them among times of day, so "dusk" is annotated as the
    # start of the evening, here recurring on no particular day, TIME XXXX-XX-XXTEV (see README).
    # "every two weeks" SET P2W; "90-day" and "five-year" adjectival DURATIONs.
    # "elections due next year" 2013; "since September" and "in October" past months of 2012;
    # "in March" 2012-03 (past, the loan approved); "this week" 2012-W49; "the
    # 2013 budget" an adjectival year. Not annotated: "Resolution 1987" (a bloc resolution, beside
    # the annotated "1987" of the last coup), "Article 47", "a third term", "two five-year
    # terms" beyond "five-year", "12-nation", "nine provinces", "nine million", "14 people",
    # "200,000 tonnes", ages "67", "41", "for the first time", "since the coup", "since the
    # borders closed", "the elections that follow".
    "kassanda-junta-curfew-emergency": (
        "2012-12-03",
        [
            ("three months", "DURATION", "P3M"),
            ("Dec 3, 2012", "DATE", "2012-12-03"),
            ("Monday", "DATE", "2012-12-03"),
            ("Thursday", "DATE", "2012-11-29"),
            ("the next three months", "DURATION", "P3M"),
            ("Thursday", "DATE", "2012-11-29"),
            ("7 p.m.", "TIME", "XXXX-XX-XXT19:00"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("now", "DATE", "PRESENT_REF"),
            ("dusk", "TIME", "XXXX-XX-XXTEV"),
            ("every two weeks", "SET", "P2W"),
            ("90-day", "DURATION", "P90D"),
            ("the early hours of Thursday", "DATE", "2012-11-29"),
            ("11 years", "DURATION", "P11Y"),
            ("next year", "DATE", "2013"),
            ("five-year", "DURATION", "P5Y"),
            ("18 months", "DURATION", "P18M"),
            ("Thursday", "DATE", "2012-11-29"),
            ("Friday", "DATE", "2012-11-30"),
            ("Sunday", "DATE", "2012-12-02"),
            ("Saturday", "DATE", "2012-12-01"),
            ("at least Wednesday", "DATE", "2012-12-05"),
            ("Saturday night", "TIME", "2012-12-01TNI"),
            ("Wednesday evening", "TIME", "2012-11-28TEV"),
            ("hours", "DURATION", "PTXH"),
            ("Friday", "DATE", "2012-11-30"),
            ("Dec 31", "DATE", "2012-12-31"),
            ("Thursday", "DATE", "2012-12-06"),
            ("1961", "DATE", "1961"),
            ("1987", "DATE", "1987"),
            ("recent months", "DATE", "PAST_REF"),
            ("September", "DATE", "2012-09"),
            ("October", "DATE", "2012-10"),
            ("2013", "DATE", "2013"),
            ("this week", "DATE", "2012-W49"),
            ("three-year", "DURATION", "P3Y"),
            ("March", "DATE", "2012-03"),
            ("Monday", "DATE", "2012-12-03"),
        ],
    ),
    # Tuesday 2014-09-30 (ISO week 40), NYT-style foreign-desk story on a referendum campaign,
    # headline, byline, "LERAC, Castrel —" dateline without date. The vote is on Sunday, Oct. 19,
    # 2014; the poll was "published on Monday" 2014-09-29, the prime minister spoke "on Sunday
    # night" 2014-09-28TNI, the march "On Sunday" 2014-09-28, the fishermen talked "on Monday
    # afternoon" 2014-09-29TAF; the debate "is scheduled for Thursday at 9 p.m.", 2014-10-02
    # plus 2014-10-02T21:00. "A generation ago" PAST_REF (gold_blind6, gold_blind37,
    # gold_blind50). "In the spring" (past, September story) 2014-SP; "since the summer" and "had
    # spent the summer" 2014-SU; "every Saturday since June" a SET and a DATE 2014-06
    # (gold_blind35); "the end of the year" 2014; "more than a decade" of strikes before 1982
    # DURATION P10Y; "10 p.m. on Oct. 19" two TIMEX3; "by 6 a.m. the next day" -> "6 a.m."
    # 2014-10-20T06:00 and "the next day" anchored on Oct. 19, 2014-10-20 (gold_blind32,
    # gold_blind40); "every year since 2008" a SET and a DATE; "within 30 years" DURATION;
    # "last month" 2014-08; "In the coming weeks" PXW; "last week" 2014-W39; "the two-year
    # campaign" adjectival DURATION. The quoted "After the 19th" (said on Monday 29 September)
    # is the day of the month ahead, the vote, 2014-10-19 (like "the 13th" in gold_blind43).
    # Not annotated: "Article 2", "Orvaine First" (a party), "first minister", "the first time",
    # "a last-minute bribe" (an adjective of haste), "The Lerac Courier", "61 of the 129 seats",
    # "14 points", percentages, "2.1 million", "20,000", ages "52", "70", "Then".
    "orvaine-independence-referendum": (
        "2014-09-30",
        [
            ("A generation ago", "DATE", "PAST_REF"),
            ("Oct. 19", "DATE", "2014-10-19"),
            ("Monday", "DATE", "2014-09-29"),
            ("two-year", "DURATION", "P2Y"),
            ("the spring", "DATE", "2014-SP"),
            ("the past two years", "DURATION", "P2Y"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("June", "DATE", "2014-06"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Sunday night", "TIME", "2014-09-28TNI"),
            ("the end of the year", "DATE", "2014"),
            ("1713", "DATE", "1713"),
            ("1982", "DATE", "1982"),
            ("more than a decade", "DURATION", "P10Y"),
            ("November 2012", "DATE", "2012-11"),
            ("March 2016", "DATE", "2016-03"),
            ("18 months", "DURATION", "P18M"),
            ("10 p.m.", "TIME", "2014-10-19T22:00"),
            ("Oct. 19", "DATE", "2014-10-19"),
            ("6 a.m.", "TIME", "2014-10-20T06:00"),
            ("the next day", "DATE", "2014-10-20"),
            ("the summer", "DATE", "2014-SU"),
            ("the 1970s", "DATE", "197"),
            ("every year", "SET", "P1Y"),
            ("2008", "DATE", "2008"),
            ("30 years", "DURATION", "P30Y"),
            ("last month", "DATE", "2014-08"),
            ("the coming weeks", "DURATION", "PXW"),
            ("last week", "DATE", "2014-W39"),
            ("Thursday", "DATE", "2014-10-02"),
            ("9 p.m.", "TIME", "2014-10-02T21:00"),
            ("Sunday", "DATE", "2014-09-28"),
            ("Monday afternoon", "TIME", "2014-09-29TAF"),
            ("the summer", "DATE", "2014-SU"),
            ("the 19th", "DATE", "2014-10-19"),
        ],
    ),
    # Wednesday 2013-04-17 (ISO week 16), AP-style resignation story, headline, byline, "TOLMAR,
    # Presca (AP) —" dateline without date; "said Wednesday" is the day of the wire, and the
    # address "at 8 p.m. (1800 GMT)" (Presca on UTC+2) is that evening, two TIMEX3. "the end of
    # the month" April 2013; "nine years in office" (headline and lead) DURATION P9Y, March 2004
    # to April 2013; "two days after" the inquiry is an anchored duration (the report "published
    # Monday" 2013-04-15, Dulin "resigned Monday"). The party leaders met "Tuesday night"
    # 2013-04-16TNI "for six hours"; the protests began "last Thursday", the most recent Thursday
    # before the wire, 2013-04-11 (gold_blind40), and recur "every evening" XXXX-XX-XXTEV, with
    # the bare "since" left out; Halloran goes to the summit "on Friday" 2013-04-19 (future).
    # "April 27" and "early May" lie ahead; "weeks after his predecessor died" PXW; "Last year"
    # and "late last year" 2012; "earlier this month" 2013-04; "its lowest in a decade" the
    # period of a superlative, DURATION P10Y (gold_blind45); "the late 1990s" 199; "a fourth term
    # in 2016" and "not due until 2016" -> "2016" twice; the quoted "Nine years" P9Y; "21 days"
    # DURATION; "every year until 2009" a SET and a DATE; "the past three years" P3Y. Not
    # annotated: "Freedom 90" (a party, twice, beside the annotated "1990"), "Article 96", "a
    # fourth term", "re-election", "an early election", "The next election", "the
    # longest-serving", ages "66", "49", "57", "19 percent", "16 percent", "2 million euros".
    "presca-prime-minister-resigns": (
        "2013-04-17",
        [
            ("nine years", "DURATION", "P9Y"),
            ("Wednesday", "DATE", "2013-04-17"),
            ("the end of the month", "DATE", "2013-04"),
            ("nine years", "DURATION", "P9Y"),
            ("two days", "DURATION", "P2D"),
            ("8 p.m.", "TIME", "2013-04-17T20:00"),
            ("1800 GMT", "TIME", "2013-04-17T18:00"),
            ("April 27", "DATE", "2013-04-27"),
            ("early May", "DATE", "2013-05"),
            ("six hours", "DURATION", "PT6H"),
            ("Tuesday night", "TIME", "2013-04-16TNI"),
            ("Monday", "DATE", "2013-04-15"),
            ("2009", "DATE", "2009"),
            ("2012", "DATE", "2012"),
            ("Monday", "DATE", "2013-04-15"),
            ("last Thursday", "DATE", "2013-04-11"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("the late 1990s", "DATE", "199"),
            ("March 2004", "DATE", "2004-03"),
            ("weeks", "DURATION", "PXW"),
            ("2008", "DATE", "2008"),
            ("2012", "DATE", "2012"),
            ("1991", "DATE", "1991"),
            ("Last year", "DATE", "2012"),
            ("2016", "DATE", "2016"),
            ("late last year", "DATE", "2012"),
            ("earlier this month", "DATE", "2013-04"),
            ("a decade", "DURATION", "P10Y"),
            ("1990", "DATE", "1990"),
            ("2016", "DATE", "2016"),
            ("Nine years", "DURATION", "P9Y"),
            ("21 days", "DURATION", "P21D"),
            ("every year", "SET", "P1Y"),
            ("2009", "DATE", "2009"),
            ("the past three years", "DURATION", "P3Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("Friday", "DATE", "2013-04-19"),
        ],
    ),
    # Friday 2014-05-16 (ISO week 20), Reuters-style summit wire, "QUORRA, Gavrel, May 16
    # (Reuters) -" dateline, credit line; "agreed on Friday" is the publication day. The
    # communique came "at 4:15 p.m. local time (1315 GMT)" (Gavrel on UTC+3), two clock times of
    # that day; the negotiators "worked through Thursday night" 2014-05-15TNI and finished "at
    # about 3 a.m. on Friday", 2014-05-16T03:00 ("about" kept, gold_blind44) plus "Friday", the
    # small hours after Thursday night belonging to Friday; Sarkany "had warned on Wednesday"
    # 2014-05-14 (past perfect), the silence was "On Thursday morning" 2014-05-15TMO, "a
    # minute's silence" -> "a minute" PT1M (gold_blind24). "by 2020" (headline and lead), "by
    # 2025" and the quoted "A pledge for 2025" are DATEs; "every two years" (headline and body)
    # SET P2Y, "from 2016" a DATE, "annually" (twice) SET P1Y;
    # "two-day" adjectival DURATION; "last year" 2013; "a decade ago" takes year granularity,
    # 2004 (gold_blind37, gold_blind50); "the second half of 2015" one span;
    # "September" 2014-09 ahead; "the coming months" PXM; "in 15 years" the period of a
    # superlative, DURATION P15Y (since 1999); "recent years" PAST_REF; "the first quarter"
    # 2014-Q1 and "a year earlier" 2013-Q1 (calendar quarters, gold_blind35); "a 2009 promise"
    # an adjectival year; "the end of 2016" the year's value; "last week" 2014-W19; "the next
    # five years" P5Y; "since January" 2014-01; "July 1" 2014-07-01; "the spring of 2016" one
    # span. Not annotated: "G9" (seven times, a group's name with a number), "Clean Air 2030" (a
    # campaign's name, in a story with no 2030), "every G9 summit" (a quantified event, not a
    # time), "for the first time", "the financial crisis", "14-page", "$410 billion", "twice",
    # "2.5 percent", "60 people", "$2 billion".
    "g9-quorra-summit-communique": (
        "2014-05-16",
        [
            ("2020", "DATE", "2020"),
            ("every two years", "SET", "P2Y"),
            ("May 16", "DATE", "2014-05-16"),
            ("Friday", "DATE", "2014-05-16"),
            ("2020", "DATE", "2020"),
            ("2025", "DATE", "2025"),
            ("two-day", "DURATION", "P2D"),
            ("4:15 p.m. local time", "TIME", "2014-05-16T16:15"),
            ("1315 GMT", "TIME", "2014-05-16T13:15"),
            ("every two years", "SET", "P2Y"),
            ("2016", "DATE", "2016"),
            ("annually", "SET", "P1Y"),
            ("1999", "DATE", "1999"),
            ("Thursday night", "TIME", "2014-05-15TNI"),
            ("about 3 a.m.", "TIME", "2014-05-16T03:00"),
            ("Friday", "DATE", "2014-05-16"),
            ("Wednesday", "DATE", "2014-05-14"),
            ("last year", "DATE", "2013"),
            ("a decade ago", "DATE", "2004"),
            ("annually", "SET", "P1Y"),
            ("the second half of 2015", "DATE", "2015-H2"),
            ("September", "DATE", "2014-09"),
            ("the coming months", "DURATION", "PXM"),
            ("15 years", "DURATION", "P15Y"),
            ("2025", "DATE", "2025"),
            ("recent years", "DATE", "PAST_REF"),
            ("the first quarter", "DATE", "2014-Q1"),
            ("a year earlier", "DATE", "2013-Q1"),
            ("2009", "DATE", "2009"),
            ("the end of 2016", "DATE", "2016"),
            ("Thursday morning", "TIME", "2014-05-15TMO"),
            ("a minute", "DURATION", "PT1M"),
            ("last week", "DATE", "2014-W19"),
            ("the next five years", "DURATION", "P5Y"),
            ("January", "DATE", "2014-01"),
            ("July 1", "DATE", "2014-07-01"),
            ("the spring of 2016", "DATE", "2016-SP"),
        ],
    ),
    # Thursday 2014-01-16 (ISO week 3), AP-style protest-anniversary story, headline, byline,
    # "DROVNA, Sarvenia (AP) —" dateline without date; "marched ... Thursday" is the day of the
    # wire, the first anniversary of the shootings of Wednesday, Jan. 16, 2013. "a year after"
    # (headline and lead) is an anchored duration, P1Y (like "Two Weeks After Quake",
    # gold_blind35, and "A year after the flood", gold_blind53); the march's "10 a.m." and
    # "12:40 p.m." are clock times of the publication day; "for a minute" PT1M. "Two days later"
    # is anchored on the narrative's last date, the shootings of Jan. 16, 2013 -> 2013-01-18
    # (gold_blind40, gold_blind53); "eight days" and "14 years" DURATIONs; "within six months"
    # P6M. The prime minister "said Tuesday" 2014-01-14; the vigil "On Wednesday evening"
    # 2014-01-15TEV; the police "Thursday morning" 2014-01-16TMO and "by late afternoon"
    # 2014-01-16TAF (gold_blind40); the trial "opens Monday" 2014-01-20, the march "for Saturday"
    # 2014-01-18, the meeting "next week" 2014-W04 lie ahead. In a January 2014 story "last
    # February" is 2013-02, and the past "October", "April", "December" and "last summer" are
    # those of 2013; "May 25" 2014-05-25 ahead. "Every Wednesday" / "every Wednesday" SETs
    # XXXX-WXX-3, "every month" SET P1M; "the 1989 uprising" an adjectival year. Not annotated:
    # "the first anniversary" (an ordinal anniversary, gold_blind15, gold_blind53; its day is the
    # annotated "Thursday"), "the minute the first shots were fired", "The Movement of 31", "31
    # white coffins", "killing 31", "twice", "three times", "until there is a verdict", "until
    # the trial ends", "Eleven", ages "19-year-old", "71", "24", "40 percent", "one-party rule".
    "sarvenia-square-shootings-anniversary": (
        "2014-01-16",
        [
            ("a year", "DURATION", "P1Y"),
            ("Thursday", "DATE", "2014-01-16"),
            ("a year", "DURATION", "P1Y"),
            ("10 a.m.", "TIME", "2014-01-16T10:00"),
            ("12:40 p.m.", "TIME", "2014-01-16T12:40"),
            ("Jan. 16, 2013", "DATE", "2013-01-16"),
            ("a minute", "DURATION", "PT1M"),
            ("eight days", "DURATION", "P8D"),
            ("Two days later", "DATE", "2013-01-18"),
            ("14 years", "DURATION", "P14Y"),
            ("six months", "DURATION", "P6M"),
            ("now", "DATE", "PRESENT_REF"),
            ("May 25", "DATE", "2014-05-25"),
            ("Tuesday", "DATE", "2014-01-14"),
            ("a year", "DURATION", "P1Y"),
            ("Every Wednesday", "SET", "XXXX-WXX-3"),
            ("every Wednesday", "SET", "XXXX-WXX-3"),
            ("Monday", "DATE", "2014-01-20"),
            ("last February", "DATE", "2013-02"),
            ("October", "DATE", "2013-10"),
            ("April", "DATE", "2013-04"),
            ("1989", "DATE", "1989"),
            ("last summer", "DATE", "2013-SU"),
            ("December", "DATE", "2013-12"),
            ("Saturday", "DATE", "2014-01-18"),
            ("every month", "SET", "P1M"),
            ("next week", "DATE", "2014-W04"),
            ("Wednesday evening", "TIME", "2014-01-15TEV"),
            ("Thursday morning", "TIME", "2014-01-16TMO"),
            ("late afternoon", "TIME", "2014-01-16TAF"),
            ("Now", "DATE", "PRESENT_REF"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("months", "DURATION", "PXM"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
