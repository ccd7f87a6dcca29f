"""Annotations of the forty-second blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind42/annotate.py [--show]

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
    # Wednesday 2013-02-06 (ISO week 6), Reuters-style health wire with an embargo line above
    # the headline, "LONDON, Feb 6 (Reuters) -" dateline; the DCT is the wire's date, Feb 6.
    # The embargo "0001 GMT on Thursday, Feb 7" is TIME 2013-02-07T00:01 plus one DATE span
    # "Thursday, Feb 7" (a weekday date written with its weekday, gold_blind28); the study "is
    # published on Thursday" (future) 2013-02-07; the experts "welcomed the findings on
    # Wednesday", the publication day itself. "twice daily" and "once a day" are SETs P1D like
    # "twice a day" (gold_blind28); "every three months" P3M; "annually" and "every year" P1Y.
    # "followed for an average of 12 years" -> "12 years" P12Y, "an average of" left out like
    # "an average of 43 minutes" (gold_blind37) and "an average of 40 minutes" (gold_blind13).
    # "the first six months" of treatment and "the first two weeks" (of dizziness) are ordinal
    # periods of an event, DURATIONs like "The first week" (gold_blind35). "the past three
    # decades" P30Y; "late last year" and "mid-2012" the year 2012; "later this year" 2013;
    # "the second half of 2015" one span; "next month" March 2013. "a 30-year-old medicine" is
    # the age of a thing and is not annotated (gold_blind37's "century-old").
    "aldermoor-blood-pressure-pill-stroke-trial": (
        "2013-02-06",
        [
            ("0001 GMT", "TIME", "2013-02-07T00:01"),
            ("Thursday, Feb 7", "DATE", "2013-02-07"),
            ("Feb 6", "DATE", "2013-02-06"),
            ("twice daily", "SET", "P1D"),
            ("2008", "DATE", "2008"),
            ("2011", "DATE", "2011"),
            ("Thursday", "DATE", "2013-02-07"),
            ("three years", "DURATION", "P3Y"),
            ("every three months", "SET", "P3M"),
            ("the 1980s", "DATE", "198"),
            ("2006", "DATE", "2006"),
            ("now", "DATE", "PRESENT_REF"),
            ("the first six months", "DURATION", "P6M"),
            ("12 years", "DURATION", "P12Y"),
            ("the past three decades", "DURATION", "P30Y"),
            ("2050", "DATE", "2050"),
            ("now", "DATE", "PRESENT_REF"),
            ("every year", "SET", "P1Y"),
            ("annually", "SET", "P1Y"),
            ("Wednesday", "DATE", "2013-02-06"),
            ("the first two weeks", "DURATION", "P2W"),
            ("recently", "DATE", "PAST_REF"),
            ("once a day", "SET", "P1D"),
            ("later this year", "DATE", "2013"),
            ("mid-2012", "DATE", "2012"),
            ("late last year", "DATE", "2012"),
            ("the second half of 2015", "DATE", "2015-H2"),
            ("next month", "DATE", "2013-03"),
        ],
    ),
    # Monday 2013-11-11 (ISO week 46), British broadcaster's science page, stamp "11 November
    # 2013 Last updated at 10:42 GMT" (a DATE and a TIME, gold_blind36), byline, no dateline.
    # The lift-off is planned for "Wednesday evening" 2013-11-13TEV; the window "opens at 18:28
    # GMT on Wednesday" (TIME 2013-11-13T18:28 plus DATE) and "runs for 20 days, until 2
    # December" (13 Nov-2 Dec counted inclusively); the webcast "from 17:00 GMT on Wednesday"
    # the same day. The rocket was rolled out "on Sunday morning" 2013-11-10TMO (past), final
    # checks "on Tuesday" 2013-11-12 (future); "late last week" is 2013-W45, the modifier kept
    # and not recorded (like "late last year"). "once every 26 months" is one SET span P26M,
    # like "once every 132 years" (gold_blind30). "On 24 August 2014 ... two days later" is
    # anchored on the narrative's last date, 2014-08-26 (gold_blind37). "the summer" in a
    # November story is the summer just past, 2013-SU, "September" 2013-09; "early 2016",
    # "early next year" (2014) and "at least 2016" ("until" a signal) take the year's value.
    # "Sunday Science" is the name of a radio programme and "Halcyon 2018" a lander's name.
    "halcyon-mars-orbiter-launch-window": (
        "2013-11-11",
        [
            ("11 November 2013", "DATE", "2013-11-11"),
            ("10:42 GMT", "TIME", "2013-11-11T10:42"),
            ("Wednesday evening", "TIME", "2013-11-13TEV"),
            ("18:28 GMT", "TIME", "2013-11-13T18:28"),
            ("Wednesday", "DATE", "2013-11-13"),
            ("20 days", "DURATION", "P20D"),
            ("2 December", "DATE", "2013-12-02"),
            ("early 2016", "DATE", "2016"),
            ("once every 26 months", "SET", "P26M"),
            ("Sunday morning", "TIME", "2013-11-10TMO"),
            ("late last week", "DATE", "2013-W45"),
            ("Tuesday", "DATE", "2013-11-12"),
            ("about 290 days", "DURATION", "P290D"),
            ("August 2014", "DATE", "2014-08"),
            ("24 August 2014", "DATE", "2014-08-24"),
            ("27 minutes", "DURATION", "PT27M"),
            ("two days later", "DATE", "2014-08-26"),
            ("more than a decade", "DURATION", "P10Y"),
            ("the past four years", "DURATION", "P4Y"),
            ("March 2011", "DATE", "2011-03"),
            ("11 days", "DURATION", "P11D"),
            ("the 1960s", "DATE", "196"),
            ("the summer", "DATE", "2013-SU"),
            ("September", "DATE", "2013-09"),
            ("at least two years", "DURATION", "P2Y"),
            ("every eight hours", "SET", "PT8H"),
            ("a week", "DURATION", "P1W"),
            ("10 hours", "DURATION", "PT10H"),
            ("17:00 GMT", "TIME", "2013-11-13T17:00"),
            ("Wednesday", "DATE", "2013-11-13"),
            ("early next year", "DATE", "2014"),
            ("this year", "DATE", "2013"),
            ("at least 2016", "DATE", "2016"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("Now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Tuesday 2012-06-12 (ISO week 24), AP-style technology story, byline "AP Technology
    # Writer", "SAN FRANCISCO (AP) —" dateline without date. The keynote was "on Monday"
    # 2012-06-11 (also the share price "in afternoon trading Monday", only the weekday
    # annotated, gold_blind36); developers downloaded a test version "Tuesday", the publication
    # day itself (past tense); the conference "runs through Friday" 2012-06-15 (future).
    # "this fall" (headline) and "the fall" twice are the coming fall, 2012-FA; "last fall" in a
    # June story is 2011-FA. "a weak first quarter" -> "first quarter" 2012-Q1, the article and
    # the evaluative adjective left out like "a difficult January" (gold_blind36); "the
    # January-March quarter" 2012-Q1 (gold_blind28) and "a year earlier" after it 2011-Q1;
    # Lumen's fiscal year is not described, so calendar quarters and halves ("the second half
    # of the year" 2012-H2, "second-quarter" 2012-Q2). "annual conference" -> "annual" SET P1Y
    # (gold_blind41); "two-year" contract and "90-day" trial DURATIONs on the adjective; the
    # "quiet hours" from "10 p.m." to "7 a.m." are clock times on no particular day
    # (XXXX-XX-XXThh:mm, gold_blind28, gold_blind37). "Five years ago" 2007; "next week"
    # 2012-W25; "March", "April" past months of 2012; "mid-July" 2012-07.
    "lumen-orbit-7-phone-software": (
        "2012-06-12",
        [
            ("this fall", "DATE", "2012-FA"),
            ("Monday", "DATE", "2012-06-11"),
            ("later this year", "DATE", "2012"),
            ("first quarter", "DATE", "2012-Q1"),
            ("the fall", "DATE", "2012-FA"),
            ("2010", "DATE", "2010"),
            ("annual", "SET", "P1Y"),
            ("Friday", "DATE", "2012-06-15"),
            ("Tuesday", "DATE", "2012-06-12"),
            ("mid-July", "DATE", "2012-07"),
            ("the second half of the year", "DATE", "2012-H2"),
            ("two-year", "DURATION", "P2Y"),
            ("up to 14 hours", "DURATION", "PT14H"),
            ("the January-March quarter", "DATE", "2012-Q1"),
            ("a year earlier", "DATE", "2011-Q1"),
            ("Five years ago", "DATE", "2007"),
            ("Now", "DATE", "PRESENT_REF"),
            ("about 18 months", "DURATION", "P18M"),
            ("the fall", "DATE", "2012-FA"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
            ("90-day", "DURATION", "P90D"),
            ("March", "DATE", "2012-03"),
            ("next week", "DATE", "2012-W25"),
            ("April", "DATE", "2012-04"),
            ("every six months", "SET", "P6M"),
            ("the coming months", "DURATION", "PXM"),
            ("2009", "DATE", "2009"),
            ("now", "DATE", "PRESENT_REF"),
            ("the past year", "DURATION", "P1Y"),
            ("last fall", "DATE", "2011-FA"),
            ("the first quarter", "DATE", "2012-Q1"),
            ("1998", "DATE", "1998"),
            ("second-quarter", "DATE", "2012-Q2"),
            ("July 24", "DATE", "2012-07-24"),
            ("Monday", "DATE", "2012-06-11"),
            ("the past 12 months", "DURATION", "P12M"),
        ],
    ),
    # Thursday 2014-03-20 (ISO week 12), Reuters-style recall story, "CHICAGO, March 20
    # (Reuters) -" dateline. The company "said on Thursday", the publication day, and its
    # shares fell "in early trading on Thursday"; regulators "said on Tuesday" 2014-03-18 and
    # posted a notice "on Wednesday" 2014-03-19 (past); the analysts' call is "on Monday"
    # 2014-03-24 (future). "late last year" 2013; "the past two weeks" P2W; "four times a day"
    # SET P1D like "three times a day"; "within 10 days" -> "10 days"; "by mid-April" 2014-04;
    # "for five days in February" P5D plus 2014-02; "for more than a year" P1Y. "the first
    # quarter, which ends March 31" 2014-Q1 plus 2014-03-31 (gold_blind35); "fourth-quarter"
    # 2013-Q4, reported "last month" 2014-02, and "a year earlier" after it 2012-Q4.
    # "its second recall in three years" -> "three years" P3Y, the period of a "second in",
    # like a "first in" (gold_blind28, gold_blind35). "the second half" without a year is the
    # coming half of 2014 (gold_blind38); "since the start of the year" -> "the start of the
    # year" 2014; "every Friday" XXXX-WXX-5; "the mid-1990s" 199. The lot numbers "1304" and
    # "1311" (read like year-months) and the dye "TMB-14" are not annotated.
    "meridian-glucose-test-strip-recall": (
        "2014-03-20",
        [
            ("March 20", "DATE", "2014-03-20"),
            ("Thursday", "DATE", "2014-03-20"),
            ("October 2012", "DATE", "2012-10"),
            ("January 2014", "DATE", "2014-01"),
            ("late last year", "DATE", "2013"),
            ("the past two weeks", "DURATION", "P2W"),
            ("four times a day", "SET", "P1D"),
            ("10 days", "DURATION", "P10D"),
            ("mid-April", "DATE", "2014-04"),
            ("five days", "DURATION", "P5D"),
            ("February", "DATE", "2014-02"),
            ("Tuesday", "DATE", "2014-03-18"),
            ("more than a year", "DURATION", "P1Y"),
            ("Wednesday", "DATE", "2014-03-19"),
            ("the first quarter", "DATE", "2014-Q1"),
            ("March 31", "DATE", "2014-03-31"),
            ("fourth-quarter", "DATE", "2013-Q4"),
            ("last month", "DATE", "2014-02"),
            ("a year earlier", "DATE", "2012-Q4"),
            ("three years", "DURATION", "P3Y"),
            ("2011", "DATE", "2011"),
            ("the second half", "DATE", "2014-H2"),
            ("Thursday", "DATE", "2014-03-20"),
            ("the start of the year", "DATE", "2014"),
            ("Monday", "DATE", "2014-03-24"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("1987", "DATE", "1987"),
            ("the mid-1990s", "DATE", "199"),
        ],
    ),
    # Saturday 2014-01-11 (ISO week 2), AP-style health story, byline "AP Medical Writer",
    # "HARTWELL, Minn. (AP) —" dateline without date. Officials "said Friday" and figures were
    # "released Friday", 2014-01-10; flu was widespread "last week" 2014-W01 (Dec. 30-Jan. 5),
    # "up from 25 the week before", anchored on that week, 2013-W52. The tent went up "Monday"
    # 2014-01-06, visitors barred "since Wednesday" 2014-01-08, schools "closed Thursday and
    # Friday" 2014-01-09/10 and "plan to reopen Monday" 2014-01-13 (future); the pharmacies'
    # shortages "on Wednesday and Thursday" (past) and supplies back "by Tuesday" 2014-01-14
    # (future). "Christmas" 2013-12-25; "since October" 2013-10; "late January or February"
    # ahead, 2014-01 and 2014-02; "mid-December" and "late December" 2013-12. "over the weekend"
    # in a Saturday story is the weekend now under way, 2014-W02-WE; "this winter" 2014-WI (the
    # winter named by the year of its January). "six weeks or more" P6W like "a week or more"
    # (gold_blind39); "every fall" XXXX-FA; "every Thursday" XXXX-WXX-4; "twice a day" P1D.
    # "this season's main strain", "a flu season" and the headline's "season" are flu seasons,
    # with no calendar value, left out like the typhoon, hurricane and holiday seasons of
    # earlier sets; "the 2009 pandemic" -> "2009" (adjectival year). Ages ("in their 30s and
    # 40s", "under 18", "6 months and older", "34") and the URL's "2014" are not annotated.
    "minnesota-flu-season-young-adults": (
        "2014-01-11",
        [
            ("2009", "DATE", "2009"),
            ("Friday", "DATE", "2014-01-10"),
            ("Friday", "DATE", "2014-01-10"),
            ("last week", "DATE", "2014-W01"),
            ("the week before", "DATE", "2013-W52"),
            ("October", "DATE", "2013-10"),
            ("the past week", "DURATION", "P1W"),
            ("Christmas", "DATE", "2013-12-25"),
            ("Monday", "DATE", "2014-01-06"),
            ("Wednesday", "DATE", "2014-01-08"),
            ("late January", "DATE", "2014-01"),
            ("February", "DATE", "2014-02"),
            ("Thursday", "DATE", "2014-01-09"),
            ("Friday", "DATE", "2014-01-10"),
            ("Monday", "DATE", "2014-01-13"),
            ("the weekend", "DATE", "2014-W02-WE"),
            ("this winter", "DATE", "2014-WI"),
            ("the past decade", "DURATION", "P10Y"),
            ("six weeks or more", "DURATION", "P6W"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("now", "DATE", "PRESENT_REF"),
            ("about two weeks", "DURATION", "P2W"),
            ("every fall", "SET", "XXXX-FA"),
            ("mid-December", "DATE", "2013-12"),
            ("48 hours", "DURATION", "PT48H"),
            ("twice a day", "SET", "P1D"),
            ("five days", "DURATION", "P5D"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
            ("next week", "DATE", "2014-W03"),
            ("four days", "DURATION", "P4D"),
            ("late December", "DATE", "2013-12"),
            ("every year", "SET", "P1Y"),
            ("Wednesday", "DATE", "2014-01-08"),
            ("Thursday", "DATE", "2014-01-09"),
            ("Tuesday", "DATE", "2014-01-14"),
        ],
    ),
    # Friday 2012-10-26 (ISO week 43), British broadcaster's technology page, stamp "26
    # October 2012 Last updated at 16:05 BST" (DATE plus TIME; British Summer Time still ran
    # until 28 October), byline, no dateline. The fix went out "on Thursday evening"
    # 2012-10-25TEV, "less than 48 hours" after the report (an anchored duration), and "at
    # 19:40 BST" has no named day, so it takes the day of its sentence, Thursday
    # (2012-10-25T19:40, gold_blind28); the student reported the flaw "on Tuesday" 2012-10-23,
    # the download was withdrawn "On Wednesday" 2012-10-24, "since Wednesday night"
    # 2012-10-24TNI; the security firm "said on Friday", the publication day. "every six weeks"
    # P6W, "once a year" and "annually" P1Y, "every day" and "daily" P1D, "every month" P1M;
    # "Six weeks is simply too short" is a length of time as subject, DURATION P6W (like "Three
    # weeks is too long" in gold_blind36); "six-week release cycle" DURATION on the adjective.
    # "April" 2012-04 (past); "20 November" 2012-11-20 (future); "the summer" 2012-SU;
    # "the late 1990s" 199; "a year ago" 2011; "early next year" 2013. The support line's
    # hours "from 08:00 to 20:00 daily" are XXXX-XX-XXThh:mm (gold_blind36). "CVE-2012-4417"
    # (an identifier holding a year) and the phone number are not annotated.
    "kestrel-browser-emergency-security-fix": (
        "2012-10-26",
        [
            ("26 October 2012", "DATE", "2012-10-26"),
            ("16:05 BST", "TIME", "2012-10-26T16:05"),
            ("Thursday evening", "TIME", "2012-10-25TEV"),
            ("less than 48 hours", "DURATION", "PT48H"),
            ("19:40 BST", "TIME", "2012-10-25T19:40"),
            ("Tuesday", "DATE", "2012-10-23"),
            ("Wednesday", "DATE", "2012-10-24"),
            ("9 October", "DATE", "2012-10-09"),
            ("Wednesday night", "TIME", "2012-10-24TNI"),
            ("every day", "SET", "P1D"),
            ("March 2011", "DATE", "2011-03"),
            ("every six weeks", "SET", "P6W"),
            ("once a year", "SET", "P1Y"),
            ("20 November", "DATE", "2012-11-20"),
            ("annually", "SET", "P1Y"),
            ("Six weeks", "DURATION", "P6W"),
            ("the late 1990s", "DATE", "199"),
            ("two years", "DURATION", "P2Y"),
            ("Now", "DATE", "PRESENT_REF"),
            ("April", "DATE", "2012-04"),
            ("Friday", "DATE", "2012-10-26"),
            ("recent months", "DATE", "PAST_REF"),
            ("this year", "DATE", "2012"),
            ("2004", "DATE", "2004"),
            ("six-week", "DURATION", "P6W"),
            ("early next year", "DATE", "2013"),
            ("the past year", "DURATION", "P1Y"),
            ("30 days", "DURATION", "P30D"),
            ("now", "DATE", "PRESENT_REF"),
            ("a year ago", "DATE", "2011"),
            ("every month", "SET", "P1M"),
            ("the summer", "DATE", "2012-SU"),
            ("2010", "DATE", "2010"),
            ("08:00", "TIME", "XXXX-XX-XXT08:00"),
            ("20:00", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
