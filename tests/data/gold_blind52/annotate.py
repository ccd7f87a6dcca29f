"""Annotations of the fifty-second blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind52/annotate.py [--show]

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
    # Thursday 2013-11-14 (ISO week 46), AP-style verdict story, "MERCER FALLS, Ohio (AP) —"
    # dateline without date. The jury convicted "on Wednesday" 2013-11-13, "shortly after 3
    # p.m. Wednesday" (two TIMEX3, "shortly after" a signal); the lawyer "said Thursday", the
    # publication day; "will argue a motion ... on Monday" is the coming Monday 2013-11-18,
    # while "In his closing argument Monday" is the past one, 2013-11-11 (same weekday in both
    # directions, as in gold_blind28); jurors sequestered "since Tuesday night" 2013-11-12TNI.
    # "set sentencing for Jan. 9" is a future date across the year boundary, 2014-01-09. The
    # killing: "the night of Dec. 2, 2011" one TIME span (gold_blind47); "10:47 p.m." on that
    # day; "about four minutes after the first call" the duration alone; "arrested two days
    # later" anchored on Dec. 2 -> 2011-12-04; "the night of the killing" is the same night,
    # an event-anchored part of day like "the night of the fire" (gold_blind29). "nearly two
    # years ago" takes the unit's granularity, 2011 (Dec. 2011 is 23 months back, hence the
    # "23 months" P23M of the quote); "about six hours over two days" two DURATIONs
    # (gold_blind46); "in the weeks before the killing" -> "the weeks" PXW (gold_blind32);
    # "15 years to life" -> "15 years" only ("life" is no length of time); "May" (the first
    # trial) the past May, 2013-05; "every morning" SET XXXX-XX-XXTMO. Not annotated: the
    # case number "No. 2012-CR-1130", "Courtroom 4", "911", "60 miles", "three times", ages
    # "52" and "47", "until then" (anaphoric), "the verdict", "closing argument".
    "szabo-starlite-lanes-murder-verdict": (
        "2013-11-14",
        [
            ("2011", "DATE", "2011"),
            ("Wednesday", "DATE", "2013-11-13"),
            ("nearly two years ago", "DATE", "2011"),
            ("about six hours", "DURATION", "PT6H"),
            ("two days", "DURATION", "P2D"),
            ("3 p.m.", "TIME", "2013-11-13T15:00"),
            ("Wednesday", "DATE", "2013-11-13"),
            ("Jan. 9", "DATE", "2014-01-09"),
            ("15 years", "DURATION", "P15Y"),
            ("Monday", "DATE", "2013-11-18"),
            ("more than a decade", "DURATION", "P10Y"),
            ("the night of Dec. 2, 2011", "TIME", "2011-12-02TNI"),
            ("10:47 p.m.", "TIME", "2011-12-02T22:47"),
            ("about four minutes", "DURATION", "PT4M"),
            ("two days later", "DATE", "2011-12-04"),
            ("Monday", "DATE", "2013-11-11"),
            ("the weeks", "DURATION", "PXW"),
            ("the night of the killing", "TIME", "2011-12-02TNI"),
            ("Thursday", "DATE", "2013-11-14"),
            ("30 days", "DURATION", "P30D"),
            ("Oct. 28", "DATE", "2013-10-28"),
            ("May", "DATE", "2013-05"),
            ("three days", "DURATION", "P3D"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("23 months", "DURATION", "P23M"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Tuesday night", "TIME", "2013-11-12TNI"),
            ("2007", "DATE", "2007"),
            ("recent years", "DATE", "PAST_REF"),
            ("this year", "DATE", "2013"),
            ("last year", "DATE", "2012"),
        ],
    ),
    # Monday 2012-10-08 (ISO week 41), British broadsheet crime story, byline and date line
    # "Monday 8 October 2012". Chronology: the stabbing on Thursday night 2012-10-04TNI; first
    # arrest "at 11am on Friday" 2012-10-05 (two TIMEX3), surgery "on Friday morning"
    # 2012-10-05TMO; the escape "At 4.15pm the same day" -> TIME 2012-10-05T16:15 and "the same
    # day" DATE 2012-10-05 (anaphoric, see README); the public appeal "on Saturday" and the
    # boy's arrest "on Saturday afternoon" 2012-10-06; the capture "in the early hours of
    # Sunday" one DATE span 2012-10-07 (gold_blind7, gold_blind45) "at about 3.40am" (the
    # modifier kept, gold_blind13), "about 36 hours after" the 4.15pm escape (35 h 25 min), the
    # duration alone; "the previous evening" is the evening before the capture night, Saturday
    # 2012-10-06TEV (gold_blind12). "last night" in a Monday paper is Sunday night
    # 2012-10-07TNI (gold_blind35); "today" the magistrates' hearing on the publication day;
    # "over the weekend" -> "the weekend" just past, 2012-W40-WE (gold_blind28); "next week"
    # 2012-W42, "this week" 2012-W41. "bail until 5 November" the coming 2012-11-05; "in June"
    # 2012-06 (past); "a 30-month sentence" DURATION on the adjective, like "10-year sentence"
    # (gold_blind28) — the length of a sentence is annotated, see README; "on licence until
    # next year" 2013; "since the spring" 2012-SP; "in August" 2012-08 and "A year earlier"
    # at its month granularity, 2011-08. Headline "36-hour manhunt" DURATION PT36H. Not
    # annotated: "section 18", ages "29", "34", "16-year-old", "71", "200 officers".
    "marsden-harthwaite-moor-manhunt-arrest": (
        "2012-10-08",
        [
            ("36-hour", "DURATION", "PT36H"),
            ("Monday 8 October 2012", "DATE", "2012-10-08"),
            ("the early hours of Sunday", "DATE", "2012-10-07"),
            ("about 36 hours", "DURATION", "PT36H"),
            ("about 3.40am", "TIME", "2012-10-07T03:40"),
            ("the previous evening", "TIME", "2012-10-06TEV"),
            ("today", "DATE", "2012-10-08"),
            ("next week", "DATE", "2012-W42"),
            ("11am", "TIME", "2012-10-05T11:00"),
            ("Friday", "DATE", "2012-10-05"),
            ("Thursday night", "TIME", "2012-10-04TNI"),
            ("five hours", "DURATION", "PT5H"),
            ("Friday morning", "TIME", "2012-10-05TMO"),
            ("4.15pm", "TIME", "2012-10-05T16:15"),
            ("the same day", "DATE", "2012-10-05"),
            ("2003", "DATE", "2003"),
            ("the weekend", "DATE", "2012-W40-WE"),
            ("last night", "TIME", "2012-10-07TNI"),
            ("Saturday", "DATE", "2012-10-06"),
            ("Saturday afternoon", "TIME", "2012-10-06TAF"),
            ("5 November", "DATE", "2012-11-05"),
            ("June", "DATE", "2012-06"),
            ("30-month", "DURATION", "P30M"),
            ("next year", "DATE", "2013"),
            ("this week", "DATE", "2012-W41"),
            ("three months", "DURATION", "P3M"),
            ("every week", "SET", "P1W"),
            ("the spring", "DATE", "2012-SP"),
            ("August", "DATE", "2012-08"),
            ("A year earlier", "DATE", "2011-08"),
            ("Now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Tuesday 2012-06-19 (ISO week 25), Reuters-style sentencing wire, "NEW BRISTOL, Conn.,
    # June 19 (Reuters) -" dateline: sentenced "on Tuesday", the publication day, and "At
    # Tuesday's hearing" the same day; the co-defendant's lawyers file "on Friday" 2012-06-22
    # (future), her sentencing "on July 10" 2012-07-10. "shortly before 4 p.m. EDT (2000 GMT)"
    # two TIMEX3 on the publication day, zones in the span and not in the value (gold_blind28).
    # "in February" 2012-02 and "in October" 2011-10 are the most recent past ones; "March
    # 2011" one span. "released in 2019 at the earliest" -> "2019" ("at the earliest" is left
    # out like "at the latest" in gold_blind8). "the end of 2009" takes the year's value and
    # "a year earlier" after it 2008; "the second half of 2010" 2010-H2 and "the first
    # quarter of 2011" 2011-Q1 (calendar periods; no fiscal year is described). Prison terms
    # are DURATIONs ("10 years" in headline and lead, "a 14-year sentence", "five years", "up
    # to five years", "three years of supervised release"); "a 90-day freeze" on the
    # adjective; "years of calculated lies" PXY; "audited annually" SET P1Y, "every month"
    # P1M; "last week" 2012-W24. Not annotated: the register number "20714-014", the case
    # number "No. 11-cr-00214", "short-term", "so far" (a signal), "85 percent", amounts,
    # counts and ages "58", "74".
    "vail-saltmeadow-ponzi-sentencing": (
        "2012-06-19",
        [
            ("10 years", "DURATION", "P10Y"),
            ("June 19", "DATE", "2012-06-19"),
            ("2009", "DATE", "2009"),
            ("2011", "DATE", "2011"),
            ("Tuesday", "DATE", "2012-06-19"),
            ("10 years", "DURATION", "P10Y"),
            ("three years", "DURATION", "P3Y"),
            ("4 p.m. EDT", "TIME", "2012-06-19T16:00"),
            ("2000 GMT", "TIME", "2012-06-19T20:00"),
            ("about two hours", "DURATION", "PT2H"),
            ("14-year", "DURATION", "P14Y"),
            ("five years", "DURATION", "P5Y"),
            ("February", "DATE", "2012-02"),
            ("March 2011", "DATE", "2011-03"),
            ("2019", "DATE", "2019"),
            ("more than two years", "DURATION", "P2Y"),
            ("annually", "SET", "P1Y"),
            ("every month", "SET", "P1M"),
            ("the end of 2009", "DATE", "2009"),
            ("a year earlier", "DATE", "2008"),
            ("the second half of 2010", "DATE", "2010-H2"),
            ("the first quarter of 2011", "DATE", "2011-Q1"),
            ("90-day", "DURATION", "P90D"),
            ("Tuesday", "DATE", "2012-06-19"),
            ("40 years", "DURATION", "P40Y"),
            ("the end of 2011", "DATE", "2011"),
            ("years", "DURATION", "PXY"),
            ("last week", "DATE", "2012-W24"),
            ("the coming months", "DURATION", "PXM"),
            ("October", "DATE", "2011-10"),
            ("July 10", "DATE", "2012-07-10"),
            ("up to five years", "DURATION", "P5Y"),
            ("Friday", "DATE", "2012-06-22"),
        ],
    ),
    # Wednesday 2013-03-20 (ISO week 12), Washington Post-style appeal story, headline,
    # byline, "Washington Post Staff Writer", date line "Wednesday, March 20, 2013", "ALDERTON,
    # Md. —" dateline. "Tuesday's decision", "said Tuesday" and "Tuesday's ruling" are
    # 2013-03-19; the lawyer "will ask Friday" 2013-03-22 (future). "the 2010 arson
    # conviction" (and the headline's "2010") an adjectival year; "nearly three years" in
    # prison since May 2010. The fire "in the early hours of Oct. 4, 2009" one DATE span
    # (gold_blind26, gold_blind29); "1:50 a.m." on that day; the interview "at 11:15 p.m. on
    # Oct. 6, 2009" two TIMEX3, "two days after the fire" the duration alone. "sentenced that
    # July" a narrative anchor after "May 2010", 2010-07 (like "that October" in gold_blind2);
    # "15 years" the sentence; "as early as the fall" -> "the fall" ahead in March, 2013-FA
    # ("as early as" a signal, gold_blind39); "in December" the past one, 2012-12; "earlier
    # this month" 2013-03, "early next month" 2013-04, "this year" 2013. "the second in two
    # years" is the period of an ordinal "in", DURATION P2Y (gold_blind28's "first ... in");
    # "a 2011 opinion" adjectival. Not annotated: the docket "No. 1987, September Term, 2011"
    # (an identifier; the court's term named in it is no period of the story, see README),
    # "911", "three-judge", age "41", "since" (anaphoric), "His first trial".
    "lamb-tasker-warehouse-arson-appeal": (
        "2013-03-20",
        [
            ("2010", "DATE", "2010"),
            ("Wednesday, March 20, 2013", "DATE", "2013-03-20"),
            ("2010", "DATE", "2010"),
            ("Tuesday", "DATE", "2013-03-19"),
            ("nearly three years", "DURATION", "P3Y"),
            ("the early hours of Oct. 4, 2009", "DATE", "2009-10-04"),
            ("May 2010", "DATE", "2010-05"),
            ("that July", "DATE", "2010-07"),
            ("15 years", "DURATION", "P15Y"),
            ("February 2010", "DATE", "2010-02"),
            ("two days", "DURATION", "P2D"),
            ("about 40 minutes", "DURATION", "PT40M"),
            ("11:15 p.m.", "TIME", "2009-10-06T23:15"),
            ("Oct. 6, 2009", "DATE", "2009-10-06"),
            ("two days", "DURATION", "P2D"),
            ("Tuesday", "DATE", "2013-03-19"),
            ("15 days", "DURATION", "P15D"),
            ("the fall", "DATE", "2013-FA"),
            ("Friday", "DATE", "2013-03-22"),
            ("more than six hours", "DURATION", "PT6H"),
            ("2004", "DATE", "2004"),
            ("1:50 a.m.", "TIME", "2009-10-04T01:50"),
            ("about 20 minutes", "DURATION", "PT20M"),
            ("Tuesday", "DATE", "2013-03-19"),
            ("two years", "DURATION", "P2Y"),
            ("2011", "DATE", "2011"),
            ("now", "DATE", "PRESENT_REF"),
            ("annually", "SET", "P1Y"),
            ("December", "DATE", "2012-12"),
            ("earlier this month", "DATE", "2013-03"),
            ("early next month", "DATE", "2013-04"),
            ("this year", "DATE", "2013"),
        ],
    ),
    # Friday 2014-03-07 (ISO week 10), British regional paper's website, byline and stamp
    # "Friday 7 March 2014 16:40" (a DATE and a TIME, like the stamps of gold_blind36). The
    # inquest opened "on Wednesday" 2014-03-05 (the driver's evidence "on Wednesday" too); the
    # witness rang police "on Wednesday evening" 2014-03-05TEV; "Yesterday" and "yesterday"
    # are Thursday 2014-03-06; "this week" 2014-W10. "adjourned it until next month" (and the
    # headline) 2014-04, "on 10 April" 2014-04-10. "14 June last year" and "19 June last
    # year" one span each with the post-posed year (gold_blind15, gold_blind18), 2013-06-14
    # and 2013-06-19; "the morning of 12 June" one TIME span 2013-06-12TMO (the collision, two
    # days before the death; like "the morning of Oct. 23" in gold_blind12) and "about 7.50am"
    # on that day; "two days after" and "five days after" durations alone. "now due ... by the
    # end of May" -> PRESENT_REF and 2014-05; "the summer of 2012" one span; "since last
    # summer" 2013-SU; "every three months since 2012" a SET and a DATE; "five days a week"
    # SET P1W (like "six days a week" in gold_blind46); "another month" P1M. Not annotated:
    # "Court 3", "Regulation 28", "the first time", "twice" (twice), "eight-mile", ages.
    "aldred-marlham-cyclist-inquest": (
        "2014-03-07",
        [
            ("next month", "DATE", "2014-04"),
            ("Friday 7 March 2014", "DATE", "2014-03-07"),
            ("16:40", "TIME", "2014-03-07T16:40"),
            ("this week", "DATE", "2014-W10"),
            ("14 June last year", "DATE", "2013-06-14"),
            ("two days", "DURATION", "P2D"),
            ("the morning of 12 June", "TIME", "2013-06-12TMO"),
            ("Wednesday", "DATE", "2014-03-05"),
            ("three days", "DURATION", "P3D"),
            ("Yesterday", "DATE", "2014-03-06"),
            ("next month", "DATE", "2014-04"),
            ("10 April", "DATE", "2014-04-10"),
            ("Wednesday evening", "TIME", "2014-03-05TEV"),
            ("about 7.50am", "TIME", "2013-06-12T07:50"),
            ("Wednesday", "DATE", "2014-03-05"),
            ("more than seven hours", "DURATION", "PT7H"),
            ("the past five years", "DURATION", "P5Y"),
            ("2011", "DATE", "2011"),
            ("the summer of 2012", "DATE", "2012-SU"),
            ("now", "DATE", "PRESENT_REF"),
            ("the end of May", "DATE", "2014-05"),
            ("yesterday", "DATE", "2014-03-06"),
            ("every three months", "SET", "P3M"),
            ("2012", "DATE", "2012"),
            ("five days a week", "SET", "P1W"),
            ("six years", "DURATION", "P6Y"),
            ("nine months", "DURATION", "P9M"),
            ("last summer", "DATE", "2013-SU"),
            ("another month", "DURATION", "P1M"),
            ("19 June last year", "DATE", "2013-06-19"),
            ("five days", "DURATION", "P5D"),
            ("two days", "DURATION", "P2D"),
        ],
    ),
    # Saturday 2014-04-12 (ISO week 15), British broadsheet crime story, byline and date line
    # "Saturday 12 April 2014": the detective spoke "yesterday", Friday 2014-04-11, the mother
    # "last night" 2014-04-11TNI; the press conference "on Monday" 2014-04-14 (future), the
    # television appeal "next month" 2014-05. The 1987 case: last seen "at about 11.20pm on
    # Saturday 18 July 1987" (a TIME and a one-span DATE with its weekday), found "two days
    # later" 1987-07-20 (anchored on the narrative's last date); "between 10pm and midnight
    # that Saturday" -> 22:00 and T24:00 (midnight ending the day, gold_blind47) and "that
    # Saturday" 1987-07-18; "the autumn of 1987" one span; "questioned for three days that
    # October" -> P3D and "that October" 1987-10 (a narrative anchor, gold_blind2). "nearly
    # 27 years" and the mother's "27 years" DURATIONs (July 1987 to April 2014 is 26 years 9
    # months); "the best chance ... in more than 20 years" the period of a superlative, P20Y;
    # "in February" the past one, 2014-02; "the late 1980s" the decade 198; "late last year"
    # 2013; "recently" PAST_REF. "from 8am to 8pm every day for the next four weeks": the
    # hours of a recurring opening XXXX-XX-XXT08:00 and T20:00, the SET P1D and P4W. "Every
    # year ... every year" two SETs P1Y. Not annotated: "exhibit JW/87/14" (holds "87"),
    # "the Old Bailey", "the anniversary", "then 24", "at its height", ages, counts, "40 yards".
    "wren-carrowby-wood-cold-case-reopened": (
        "2014-04-12",
        [
            ("1987", "DATE", "1987"),
            ("Saturday 12 April 2014", "DATE", "2014-04-12"),
            ("the summer of 1987", "DATE", "1987-SU"),
            ("nearly 27 years", "DURATION", "P27Y"),
            ("about 11.20pm", "TIME", "1987-07-18T23:20"),
            ("Saturday 18 July 1987", "DATE", "1987-07-18"),
            ("two days later", "DATE", "1987-07-20"),
            ("yesterday", "DATE", "2014-04-11"),
            ("February", "DATE", "2014-02"),
            ("more than 20 years", "DURATION", "P20Y"),
            ("the autumn of 1987", "DATE", "1987-FA"),
            ("three days", "DURATION", "P3D"),
            ("that October", "DATE", "1987-10"),
            ("2001", "DATE", "2001"),
            ("the late 1980s", "DATE", "198"),
            ("2004", "DATE", "2004"),
            ("10pm", "TIME", "1987-07-18T22:00"),
            ("midnight", "TIME", "1987-07-18T24:00"),
            ("that Saturday", "DATE", "1987-07-18"),
            ("last night", "TIME", "2014-04-11TNI"),
            ("27 years", "DURATION", "P27Y"),
            ("Every year", "SET", "P1Y"),
            ("every year", "SET", "P1Y"),
            ("Monday", "DATE", "2014-04-14"),
            ("next month", "DATE", "2014-05"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("every day", "SET", "P1D"),
            ("the next four weeks", "DURATION", "P4W"),
            ("2009", "DATE", "2009"),
            ("recently", "DATE", "PAST_REF"),
            ("1979", "DATE", "1979"),
            ("late last year", "DATE", "2013"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
