"""Annotations of the thirty-ninth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind39/annotate.py [--show]

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
    # Wednesday 2012-10-17 (ISO week 42), AP-style court story, "BRECKETT, Ky. (AP) —"
    # dateline without date; the verdict is "on Wednesday", the publication day, read shortly
    # after 4:30 p.m. EDT ("shortly after" a signal, gold_blind28), and the lawyer spoke
    # "Wednesday night" 2012-10-17TNI. The killing was at 11:40 p.m. on Friday 2011-04-29
    # (headline "2011" an adjectival year); "nearly 18 months ago" is April 2011, month
    # granularity like "Eighteen months ago" in earlier sets; "that night" in the lead and the
    # cousin's "about 9 p.m. until past midnight" take that night ("midnight" at the end of the
    # day, T24:00; "past" a signal). "two days later" is Sunday 2011-05-01 (ISO week 17), so "the
    # following week" is 2011-W18. Past weekdays: the examiner "testified Monday" 2012-10-15,
    # the closing "Tuesday" 2012-10-16, "last week" 2012-W41; the trial "began Oct. 8", a
    # Monday. Future: jurors "will return Thursday" 2012-10-18, sentencing "Nov. 30" 2012.
    # "last fall" in October 2012 is 2011-FA (the fall now running began in September and
    # cannot hold two postponements before an October trial). "the past year" DURATION P1Y;
    # "within 10 days of sentencing" -> "10 days"; "first homicide in six years" the period of a
    # "first in" (gold_blind20, gold_blind35), P6Y. "stores open after 10 p.m." names an hour of
    # every day, XXXX-XX-XXT22:00 (like curfew hours in gold_blind16, gold_blind28); the
    # ordinance "took effect in January" 2012-01; "the late 1990s" 199 (like "the early 1980s").
    # "every week since his arrest" SET P1W, "since his arrest" left out. Not annotated: "27-year-
    # old", "61", "24", "U.S. 31", "$300", "firing twice", "1-800-555-0173", "No. 11-CR-0429"
    # (holds "11" and "0429", the year and day of the killing), "more than 60 witnesses", "May
    # God forgive him" (the verb), "throughout the trial", "since his arrest".
    "breckett-gas-station-clerk-verdict": (
        "2012-10-17",
        [
            ("2011", "DATE", "2011"),
            ("Wednesday", "DATE", "2012-10-17"),
            ("nearly 18 months ago", "DATE", "2011-04"),
            ("that night", "TIME", "2011-04-29TNI"),
            ("about five hours", "DURATION", "PT5H"),
            ("Thursday", "DATE", "2012-10-18"),
            ("25 years", "DURATION", "P25Y"),
            ("4:30 p.m. EDT", "TIME", "2012-10-17T16:30"),
            ("every week", "SET", "P1W"),
            ("11:40 p.m.", "TIME", "2011-04-29T23:40"),
            ("April 29, 2011", "DATE", "2011-04-29"),
            ("two days later", "DATE", "2011-05-01"),
            ("the following week", "DATE", "2011-W18"),
            ("Monday", "DATE", "2012-10-15"),
            ("Tuesday", "DATE", "2012-10-16"),
            ("last week", "DATE", "2012-W41"),
            ("about 9 p.m.", "TIME", "2011-04-29T21:00"),
            ("midnight", "TIME", "2011-04-29T24:00"),
            ("May 2011", "DATE", "2011-05"),
            ("the past year", "DURATION", "P1Y"),
            ("Wednesday night", "TIME", "2012-10-17TNI"),
            ("10 days", "DURATION", "P10D"),
            ("Oct. 8", "DATE", "2012-10-08"),
            ("last fall", "DATE", "2011-FA"),
            ("more than a decade", "DURATION", "P10Y"),
            ("six years", "DURATION", "P6Y"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("January", "DATE", "2012-01"),
            ("the late 1990s", "DATE", "199"),
            ("Nov. 30", "DATE", "2012-11-30"),
        ],
    ),
    # Friday 2014-08-29 (ISO week 35), AP-style hurricane landfall story, "SHELBURNE BEACH,
    # S.C. (AP) —" dateline without date: landfall "early Friday", the publication day, with
    # the eye crossing "at about 5:15 a.m. EDT" (the modifier in the span, like "about 2:30
    # a.m." in gold_blind31; the zone in the span, not in the value); "By midafternoon" has no
    # named day and takes the day of its sentence, 2014-08-29TAF ("By" a signal); the storm
    # reaches Virginia "Friday night" (future). Past: "Thursday night" 2014-08-28TNI (the tree),
    # the football game "on Thursday afternoon" 2014-08-28TAF after being moved "up a day"
    # (DURATION P1D, the size of a shift, like "a year later than the board proposed" in
    # gold_blind35); the evacuation order "on Wednesday" 2014-08-27 and "As late as Wednesday
    # afternoon" 2014-08-27TAF ("as late as" a signal, like "as early as" in gold_blind20).
    # Future: power back "by Sunday" 2014-08-31, schools closed "through Tuesday" 2014-09-02
    # (the day after Labor Day, Monday 2014-09-01), rain "through Saturday" 2014-08-30, out to
    # sea "early next week" 2014-W36; "this weekend's ... Festival" -> "this weekend"
    # 2014-W35-WE (August 30-31). "around 6 a.m." on landfall day, "about an hour after
    # landfall" an anchored DURATION; "the strongest storm ... in more than two decades" the
    # period of a superlative, P20Y (gold_blind28); "the past 36 hours" and "several hours"
    # DURATIONs (PT36H, PTXH); "a week or more" P1W with the modifier in the span; "held
    # annually since 1974" SET P1Y and DATE 1974; "earlier this year" 2014; "last year" 2013;
    # "the coming days" PXD (like "the coming weeks" PXW). "the 1970s" 197. Not annotated:
    # "Category 2", "Category 3", "Interstate 95" (twice), "State Highway 17", "100 mph", "14
    # mph", "115 mph", "8 feet", "12-mile", "68-year-old", "71", "28-14" (a score), "season
    # opener", "The Atlantic hurricane season" (a season of storms with no calendar value in the
    # text beyond "Nov. 30", annotated), "2 dead, 300,000", "$12 million", "4 to 6 inches".
    "hurricane-corliss-carolina-landfall": (
        "2014-08-29",
        [
            ("early Friday", "DATE", "2014-08-29"),
            ("about 5:15 a.m. EDT", "TIME", "2014-08-29T05:15"),
            ("midafternoon", "TIME", "2014-08-29TAF"),
            ("Friday night", "TIME", "2014-08-29TNI"),
            ("Thursday night", "TIME", "2014-08-28TNI"),
            ("early Friday", "DATE", "2014-08-29"),
            ("Wednesday", "DATE", "2014-08-27"),
            ("three days", "DURATION", "P3D"),
            ("Wednesday afternoon", "TIME", "2014-08-27TAF"),
            ("the past 36 hours", "DURATION", "PT36H"),
            ("more than two decades", "DURATION", "P20Y"),
            ("around 6 a.m.", "TIME", "2014-08-29T06:00"),
            ("about an hour", "DURATION", "PT1H"),
            ("several hours", "DURATION", "PTXH"),
            ("Friday morning", "TIME", "2014-08-29TMO"),
            ("the 1970s", "DATE", "197"),
            ("a day", "DURATION", "P1D"),
            ("Thursday afternoon", "TIME", "2014-08-28TAF"),
            ("Friday", "DATE", "2014-08-29"),
            ("Sunday", "DATE", "2014-08-31"),
            ("a week or more", "DURATION", "P1W"),
            ("earlier this year", "DATE", "2014"),
            ("Tuesday", "DATE", "2014-09-02"),
            ("this weekend", "DATE", "2014-W35-WE"),
            ("annually", "SET", "P1Y"),
            ("1974", "DATE", "1974"),
            ("last year", "DATE", "2013"),
            ("Saturday", "DATE", "2014-08-30"),
            ("early next week", "DATE", "2014-W36"),
            ("Nov. 30", "DATE", "2014-11-30"),
            ("the coming days", "DURATION", "PXD"),
        ],
    ),
    # Saturday 2013-11-23 (ISO week 47), AP-style accident follow-up, "MILLBROOK JUNCTION,
    # Tenn. (AP) —" dateline without date: investigators "said Saturday", the publication day;
    # the crash was "early Thursday" 2013-11-21, "at about 1:50 a.m. CST" (Tennessee's central
    # zone is on standard time in November), the driver having started "at 6 a.m. Wednesday"
    # 2013-11-20 (two TIMEX3), hence "nearly 20 hours" (and the headline's "20 hours") on duty.
    # "the day before" is the day before the crash, Wednesday 2013-11-20 (like "The day before"
    # in earlier sets). Also past: "Thursday afternoon", "Thursday night" (the vigil), "Thursday
    # morning" (the driver released), the company statement "released Friday" 2013-11-22. Future:
    # the investigators stay "until at least Monday" -> "at least Monday" 2013-11-25 (modifier
    # kept, gold_blind14, gold_blind35), the memorial "for Sunday afternoon" 2013-11-24TAF, a
    # grand jury "as early as next month" -> "next month" 2013-12 ("as early as" a signal,
    # gold_blind20), shoulders widened "next spring" 2014-SP; Thanksgiving 2013 is the fourth
    # Thursday of November, 2013-11-28, and "days before Thanksgiving" an anchored vague
    # DURATION PXD. The hours-of-service rule gives DURATIONs ("11 hours", "10 consecutive
    # hours" with the adjective in the span, "more than 14 hours"); "three-day retreat" P3D on
    # the adjective; "within 30 days" -> "30 days"; "every fall since 2002" a SET XXXX-FA and a
    # DATE 2002 (like "every Saturday since mid-January", gold_blind35). Not annotated:
    # "Interstate 40" (twice), "mile marker 212", "31 members", "46", "38", "59", "14 and 16"
    # (ages), "Seventeen", "seven", "14 fatal crashes", "three times", "hours-of-service" (the name
    # of a rule), "Sunday school" (beside "Sunday afternoon", annotated), "on duty" / "off duty".
    "millbrook-junction-church-bus-crash": (
        "2013-11-23",
        [
            ("20 hours", "DURATION", "PT20H"),
            ("early Thursday", "DATE", "2013-11-21"),
            ("nearly 20 hours", "DURATION", "PT20H"),
            ("Saturday", "DATE", "2013-11-23"),
            ("three-day", "DURATION", "P3D"),
            ("about 1:50 a.m. CST", "TIME", "2013-11-21T01:50"),
            ("Thursday afternoon", "TIME", "2013-11-21TAF"),
            ("at least Monday", "DATE", "2013-11-25"),
            ("30 days", "DURATION", "P30D"),
            ("more than a year", "DURATION", "P1Y"),
            ("6 a.m.", "TIME", "2013-11-20T06:00"),
            ("Wednesday", "DATE", "2013-11-20"),
            ("11 hours", "DURATION", "PT11H"),
            ("10 consecutive hours", "DURATION", "PT10H"),
            ("more than 14 hours", "DURATION", "PT14H"),
            ("the day before", "DATE", "2013-11-20"),
            ("the past two years", "DURATION", "P2Y"),
            ("Friday", "DATE", "2013-11-22"),
            ("Saturday", "DATE", "2013-11-23"),
            ("about nine hours", "DURATION", "PT9H"),
            ("2009", "DATE", "2009"),
            ("next spring", "DATE", "2014-SP"),
            ("Thursday night", "TIME", "2013-11-21TNI"),
            ("Sunday afternoon", "TIME", "2013-11-24TAF"),
            ("every fall", "SET", "XXXX-FA"),
            ("2002", "DATE", "2002"),
            ("Thursday morning", "TIME", "2013-11-21TMO"),
            ("next month", "DATE", "2013-12"),
            ("days", "DURATION", "PXD"),
            ("Thanksgiving", "DATE", "2013-11-28"),
        ],
    ),
    # Monday 2013-09-09 (ISO week 37), AP-style state politics story, "CEDAR BLUFF, Mo. (AP) —"
    # dateline without date: the governor's plea "Monday" and his rally "on Monday afternoon"
    # (2013-09-09TAF) are the publication day, as is the closing "said Monday"; the veto
    # session opens "Wednesday" 2013-09-11 and the Capitol rally is "at noon Tuesday" 2013-09-10
    # (two TIMEX3, future); the majority leader "said Sunday" 2013-09-08 (past). "its annual veto
    # session" -> "annual" SET P1Y, an adjective naming a recurrence (like "weekly strike
    # benefits", gold_blind35). The bill passed "in May" 2013-05 (twice), was vetoed "July 2";
    # "the past two months" P2M, "since mid-July" 2013-07; "over the summer" -> "the summer"
    # 2013-SU and "in the spring" 2013-SP, the seasons just past of the same year. The tax
    # rises "over three years, starting Jan. 1" -> P3Y and 2014-01-01. "the April-June quarter"
    # is 2013-Q2 (a quarter named by calendar months, like "the July-September quarter" in
    # gold_blind28), "a year earlier" after it 2012-Q2, and "the first half of the year" one span,
    # 2013-H1 (the half just ended, like "the first half of the year" in earlier sets). "by
    # mid-2014" 2014 ("mid-" not recorded, like "mid-2012"); the override retried "in January"
    # 2014-01 (future), "the 2014 session" an adjectival year, "November 2014", "January 2013",
    # "2016". "up to 10 days" P10D; "in recent years" PAST_REF; "ended in a day" P1D; "every
    # day" (quoted) SET P1D; "now" PRESENT_REF. Not annotated: "House Bill 2014" (a bill number
    # in a 2013 story beside the annotated "2014" and "mid-2014"), "6-cent", "17-cent-a-gallon",
    # "23 cents", "first-term", "41 counties", the votes "24-9" and "111-46", "two-thirds", "23
    # votes", "109", "111", "the Cedar Bluff Sunday Ledger" (a newspaper, after the annotated
    # "Sunday"), "52 percent", "2.1 percent", "1.4 percent", "more than a third", "780", "since
    # then" (anaphoric), "the last day of the regular session" (named by an event).
    "missouri-fuel-tax-veto-override": (
        "2013-09-09",
        [
            ("Monday", "DATE", "2013-09-09"),
            ("Wednesday", "DATE", "2013-09-11"),
            ("annual", "SET", "P1Y"),
            ("three years", "DURATION", "P3Y"),
            ("Jan. 1", "DATE", "2014-01-01"),
            ("July 2", "DATE", "2013-07-02"),
            ("the past two months", "DURATION", "P2M"),
            ("mid-July", "DATE", "2013-07"),
            ("Monday afternoon", "TIME", "2013-09-09TAF"),
            ("May", "DATE", "2013-05"),
            ("May", "DATE", "2013-05"),
            ("the summer", "DATE", "2013-SU"),
            ("Sunday", "DATE", "2013-09-08"),
            ("the spring", "DATE", "2013-SP"),
            ("now", "DATE", "PRESENT_REF"),
            ("every day", "SET", "P1D"),
            ("noon", "TIME", "2013-09-10T12:00"),
            ("Tuesday", "DATE", "2013-09-10"),
            ("up to 10 days", "DURATION", "P10D"),
            ("recent years", "DATE", "PAST_REF"),
            ("a day", "DURATION", "P1D"),
            ("1996", "DATE", "1996"),
            ("the April-June quarter", "DATE", "2013-Q2"),
            ("a year earlier", "DATE", "2012-Q2"),
            ("the first half of the year", "DATE", "2013-H1"),
            ("last week", "DATE", "2013-W36"),
            ("mid-2014", "DATE", "2014"),
            ("January", "DATE", "2014-01"),
            ("2014", "DATE", "2014"),
            ("November 2014", "DATE", "2014-11"),
            ("January 2013", "DATE", "2013-01"),
            ("eight years", "DURATION", "P8Y"),
            ("Monday", "DATE", "2013-09-09"),
            ("2016", "DATE", "2016"),
        ],
    ),
    # Tuesday 2012-05-08 (ISO week 19), AP-style school board story, "GRANVILLE CROSSING, Ohio
    # (AP) —" dateline without date: the board voted "late Monday" 2012-05-07 at a meeting that
    # "began at 7 p.m." and ended "until 11:15 p.m." the same evening (clock times without a named
    # day take the day of the meeting their sentence tells); the statement was posted "Friday"
    # 2012-05-04 and the parents' walk was "Saturday's" 2012-05-05 (possessive without "'s").
    # An Ohio school district's fiscal year runs July-June and is named by the year it ends, so
    # "the fiscal year that begins July 1" is FY2013 plus 2012-07-01 (like the state fiscal year
    # in gold_blind20). "this spring" 2012-SP (classes end in late May or June, within the
    # spring of publication); "the fall" ahead 2012-FA; "late last year" 2011 ("late" not
    # recorded); "through at least 2016" -> "at least 2016"; "last November" in May is 2011-11;
    # "in March" past 2012-03; "in November" ahead 2012-11; "the end of the year" 2012;
    # "next week" 2012-W20. "the last two years of ... contract" DURATION P2Y (the part of the
    # contract bought out, like "the next five years"); "four-hour meeting" PT4H on the
    # adjective; "about 18 months' salary" -> "about 18 months" P18M (like "20 minutes' notice" in
    # earlier sets); "its third try in a year" the period of an ordinal, P1Y; "every morning for
    # six years" a SET XXXX-XX-XXTMO and a DURATION P6Y; "the coming months" PXM; "Right now"
    # one span PRESENT_REF (like "right now" in earlier sets); "three minutes each" -> "three
    # minutes". Not annotated: "5-2", "400", "$6.8 million", "1,100", "$4 million", "560", "58",
    # "$212,000", "34", "www.pellcountyschools.org/news/2012" (a year in a URL), "March for
    # Bixby" (a walk's name, after the annotated "March"), "about 2 miles", "May the people ..."
    # (the verb), "419-555-0186", "three rural schools", "the fate of a third school".
    "pell-county-school-closings-buyout": (
        "2012-05-08",
        [
            ("late Monday", "DATE", "2012-05-07"),
            ("this spring", "DATE", "2012-SP"),
            ("the last two years", "DURATION", "P2Y"),
            ("four-hour", "DURATION", "PT4H"),
            ("the fiscal year", "DATE", "FY2013"),
            ("July 1", "DATE", "2012-07-01"),
            ("the past decade", "DURATION", "P10Y"),
            ("late last year", "DATE", "2011"),
            ("at least 2016", "DATE", "2016"),
            ("three years", "DURATION", "P3Y"),
            ("the fall", "DATE", "2012-FA"),
            ("1927", "DATE", "1927"),
            ("the 1960s", "DATE", "196"),
            ("the coming months", "DURATION", "PXM"),
            ("2009", "DATE", "2009"),
            ("June 30", "DATE", "2012-06-30"),
            ("about 18 months", "DURATION", "P18M"),
            ("last November", "DATE", "2011-11"),
            ("March", "DATE", "2012-03"),
            ("Friday", "DATE", "2012-05-04"),
            ("three minutes", "DURATION", "PT3M"),
            ("7 p.m.", "TIME", "2012-05-07T19:00"),
            ("11:15 p.m.", "TIME", "2012-05-07T23:15"),
            ("Saturday", "DATE", "2012-05-05"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("six years", "DURATION", "P6Y"),
            ("next week", "DATE", "2012-W20"),
            ("the end of the year", "DATE", "2012"),
            ("November", "DATE", "2012-11"),
            ("a year", "DURATION", "P1Y"),
            ("Right now", "DATE", "PRESENT_REF"),
            ("1983", "DATE", "1983"),
        ],
    ),
    # Thursday 2013-07-11 (ISO week 28), AP-style missing-hiker story, "CALLOWAY SPRINGS, Mont.
    # (AP) —" dateline without date: the hiker was found "Thursday morning", the publication
    # day, "at about 7:20 a.m. MDT" (Montana on daylight time), "six days after he left the
    # trailhead" (an anchored DURATION; the headline's "6 days" likewise); he "started up the
    # trail on Friday, July 5" (one span with its weekday) and was due back "the next afternoon"
    # 2013-07-06TAF; reported missing "late Saturday" 2013-07-06, search "early Sunday" and
    # "since Sunday" 2013-07-07; he slipped "Friday evening" 2013-07-05TEV and spent "the next
    # five days" crawling; "on Tuesday night" 2013-07-09TNI, scaled back "Wednesday"
    # 2013-07-10, his mother flew in "on Monday" 2013-07-08 (all past, the week of the search);
    # listed in fair condition "Thursday afternoon" 2013-07-11TAF. "by the weekend" is the coming
    # weekend of the week the sheriff spoke in, 2013-W28-WE. "moved to Montana in March" 2013-03;
    # "almost every weekend since" a SET XXXX-WXX-WE with its modifier in the span (like "almost
    # every day", gold_blind35), "since" alone left out. "the third time in two years" P2Y (the
    # period of an ordinal); "In September 2011"; "an 11-day search" P11D; "last summer" in July
    # is the summer of the year before, 2012-SU, against "this summer" 2013-SU; "after four
    # days" P4D; "recently" PAST_REF; "closed for two years" P2Y. The ranger station's hours "from
    # 8 a.m. to 5 p.m. daily" recur on no particular day (XXXX-XX-XXThh:mm, gold_blind28,
    # gold_blind34) with "daily" SET P1D; "through Labor Day" -> "Labor Day", the first Monday of
    # September 2013, 2013-09-02. "I prayed every hour" SET PT1H. "the coming weeks" PXW. Not
    # annotated: "23", "61-year-old" (ages), "the 30s" (temperatures, not a decade), "less than
    # 2 miles", "about 40 square miles", "120 volunteers", "14 backcountry rescues", "two granola
    # bars", "406-555-0117", "since" alone.
    "tamarack-wilderness-hiker-found": (
        "2013-07-11",
        [
            ("6 days", "DURATION", "P6D"),
            ("two-day", "DURATION", "P2D"),
            ("Thursday morning", "TIME", "2013-07-11TMO"),
            ("six days", "DURATION", "P6D"),
            ("Friday, July 5", "DATE", "2013-07-05"),
            ("the next afternoon", "TIME", "2013-07-06TAF"),
            ("late Saturday", "DATE", "2013-07-06"),
            ("early Sunday", "DATE", "2013-07-07"),
            ("Friday evening", "TIME", "2013-07-05TEV"),
            ("the next five days", "DURATION", "P5D"),
            ("Tuesday night", "TIME", "2013-07-09TNI"),
            ("about 7:20 a.m. MDT", "TIME", "2013-07-11T07:20"),
            ("Thursday afternoon", "TIME", "2013-07-11TAF"),
            ("Sunday", "DATE", "2013-07-07"),
            ("Wednesday", "DATE", "2013-07-10"),
            ("the weekend", "DATE", "2013-W28-WE"),
            ("Monday", "DATE", "2013-07-08"),
            ("every hour", "SET", "PT1H"),
            ("March", "DATE", "2013-03"),
            ("almost every weekend", "SET", "XXXX-WXX-WE"),
            ("two years", "DURATION", "P2Y"),
            ("September 2011", "DATE", "2011-09"),
            ("11-day", "DURATION", "P11D"),
            ("last summer", "DATE", "2012-SU"),
            ("four days", "DURATION", "P4D"),
            ("this summer", "DATE", "2013-SU"),
            ("recently", "DATE", "PAST_REF"),
            ("two years", "DURATION", "P2Y"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("daily", "SET", "P1D"),
            ("Labor Day", "DATE", "2013-09-02"),
            ("the coming weeks", "DURATION", "PXW"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
