"""Annotations of the three-hundred-and-fourteenth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind314/annotate.py [--show]

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
    # Tuesday 2013-03-12 (ISO week 11), Reuters-style outbreak wire, "UPDATE 2-" headline,
    # bullet points, byline, "PORT ELMINA, March 12 (Reuters) -" dateline (its date the
    # publication day, gold_blind28). The WHO assessment is due "on Friday" (headline, bullet,
    # body) 2013-03-15. "in week to Sunday" (bullet) and "in the week to Sunday" (lead) are
    # two TIMEX3 each, the week DATE 2013-W10 and "Sunday" 2013-03-10, "to" a signal
    # (gold_blind61, gold_blind93); "a week earlier" after that week is the week before,
    # 2013-W09 (the granularity of what it is compared with, gold_blind12, gold_blind22).
    # Past weekdays: "said on Tuesday" the publication day itself, the team "arrived on
    # Saturday" 2013-03-09, "late Monday" 2013-03-11 (one DATE span, gold_blind28), the
    # minister "visited Dunkwe on Monday" 2013-03-11, "since last Thursday" 2013-03-07 (the
    # Thursday of last week, also the nearest past one). Future: "on Wednesday evening"
    # 2013-03-13TEV, the briefings "starting on Wednesday" 2013-03-13. "the past few days"
    # DURATION PXD (a vague duration like "the next few days"); "The next two weeks" P2W;
    # "mid-April" 2013-04 ahead; "until March 25" 2013-03-25 (headline bullet and body, "until"
    # a signal); "for 30 days" P30D; "twice a day" SET P1D; "2010" and "over five months" P5M;
    # "October 2011" and "within three weeks" -> "three weeks" P3W; "for years" -> "years"
    # PXY; "a 2012 government survey" -> "2012" (an adjectival year); "the early 2000s" 200;
    # "this week" 2013-W11; "the end of the month" 2013-03 (gold_blind61); "Feb. 18" and
    # "March 4" past days of 2013. "a daily briefing at 3 p.m. (1500 GMT)" -> "daily" SET P1D
    # and the two clock times of the recurring briefing XXXX-XX-XXT15:00 (gold_blind61,
    # gold_blind93), the zone in the span. Not annotated: "UPDATE 2", "412", "268", "37",
    # "under five" (an age), "6,000 people", "41 percent", "55 percent", "$1.8 million",
    # "0800-2010" (a hotline holding 2010, beside the annotated "2010"), "1,900 calls", "two
    # more treatment centres", "by then" (anaphoric), "door to door".
    "sandora-cholera-outbreak-who-friday": (
        "2013-03-12",
        [
            ("Friday", "DATE", "2013-03-15"),
            ("week", "DATE", "2013-W10"),
            ("Sunday", "DATE", "2013-03-10"),
            ("a week earlier", "DATE", "2013-W09"),
            ("March 25", "DATE", "2013-03-25"),
            ("Friday", "DATE", "2013-03-15"),
            ("March 12", "DATE", "2013-03-12"),
            ("the past few days", "DURATION", "PXD"),
            ("Tuesday", "DATE", "2013-03-12"),
            ("the week", "DATE", "2013-W10"),
            ("Sunday", "DATE", "2013-03-10"),
            ("a week earlier", "DATE", "2013-W09"),
            ("Feb. 18", "DATE", "2013-02-18"),
            ("Saturday", "DATE", "2013-03-09"),
            ("Wednesday evening", "TIME", "2013-03-13TEV"),
            ("Friday", "DATE", "2013-03-15"),
            ("The next two weeks", "DURATION", "P2W"),
            ("late Monday", "DATE", "2013-03-11"),
            ("mid-April", "DATE", "2013-04"),
            ("March 25", "DATE", "2013-03-25"),
            ("30 days", "DURATION", "P30D"),
            ("twice a day", "SET", "P1D"),
            ("last Thursday", "DATE", "2013-03-07"),
            ("2010", "DATE", "2010"),
            ("five months", "DURATION", "P5M"),
            ("October 2011", "DATE", "2011-10"),
            ("three weeks", "DURATION", "P3W"),
            ("years", "DURATION", "PXY"),
            ("2012", "DATE", "2012"),
            ("the early 2000s", "DATE", "200"),
            ("Monday", "DATE", "2013-03-11"),
            ("this week", "DATE", "2013-W11"),
            ("the end of the month", "DATE", "2013-03"),
            ("March 4", "DATE", "2013-03-04"),
            ("daily", "SET", "P1D"),
            ("3 p.m.", "TIME", "XXXX-XX-XXT15:00"),
            ("1500 GMT", "TIME", "XXXX-XX-XXT15:00"),
            ("Wednesday", "DATE", "2013-03-13"),
        ],
    ),
    # Friday 2014-05-16 (ISO week 20), AP-style drug-approval story, headline, byline, stamp
    # "Updated 4:38 pm, Friday, May 16, 2014" (TIME, then the date with its weekday as one DATE
    # span, gold_blind35, gold_blind56), "WASHINGTON (AP) —" dateline. The headline's
    # "monthly asthma shot" and the lead's "once-a-month injection" are SETs P1M (adjectival
    # frequencies naming the recurrence of the doses, like "once-weekly" in gold_blind61).
    # "next quarter" (headline and body) is the calendar quarter after the current one,
    # 2014-Q3 (no fiscal year is described, gold_blind35, gold_blind61), confirmed by "early
    # July" 2014-07. The FDA acted "late Thursday" 2014-05-15, "shortly after 5 p.m. EDT
    # Thursday" -> "5 p.m. EDT" 2014-05-15T17:00 and "Thursday", "shortly after" a signal
    # (gold_blind28); the company "said Friday" and its call "Friday morning" 2014-05-16TMO,
    # "afternoon trading Friday" -> "Friday" only (gold_blind42); the meeting "on Tuesday"
    # ahead, 2014-05-20. "in more than a decade" -> "more than a decade" P10Y (the period of a
    # "first", gold_blind35, gold_blind103); "three months later than planned" -> "three
    # months" P3M (the size of a delay, gold_blind28, gold_blind35); "by Feb. 14" 2014-02-14;
    # "in January" and "since January" 2014-01 and "since March" 2014-03 (past months of the
    # year); "last fall" 2013-FA; "every four weeks" SET P4W; "for a year" P1Y; "for 30
    # minutes" PT30M; "March 20" 2014-03-20; "each year" SET P1Y; "Ten years ago" 2004 (the
    # unit's granularity); "the 1990s" 199; "the past year" P1Y; "2011"; "2016"; "two-year
    # results" -> "two-year" P2Y (an adjectival duration); "the first half of next year"
    # 2015-H1. Not annotated: "12 and older" (an age), "1,240 patients", "47 percent", "11-3"
    # (a vote), "2 million", "440,000", "150 sales representatives", "$2,150", "$4.12", "9
    # percent", "$49.87", "60 percent", "$400 million", "1-800-555-1990" (a phone number
    # holding 1990, in a story with "the 1990s"), "corvane.com/aerivan2014" (a web address),
    # "afternoon trading" and "late-stage testing", "the stock market had closed".
    "corvane-asthma-shot-fda-approval": (
        "2014-05-16",
        [
            ("monthly", "SET", "P1M"),
            ("next quarter", "DATE", "2014-Q3"),
            ("4:38 pm", "TIME", "2014-05-16T16:38"),
            ("Friday, May 16, 2014", "DATE", "2014-05-16"),
            ("once-a-month", "SET", "P1M"),
            ("more than a decade", "DURATION", "P10Y"),
            ("late Thursday", "DATE", "2014-05-15"),
            ("5 p.m. EDT", "TIME", "2014-05-15T17:00"),
            ("Thursday", "DATE", "2014-05-15"),
            ("Friday", "DATE", "2014-05-16"),
            ("next quarter", "DATE", "2014-Q3"),
            ("early July", "DATE", "2014-07"),
            ("Friday morning", "TIME", "2014-05-16TMO"),
            ("March", "DATE", "2014-03"),
            ("three months", "DURATION", "P3M"),
            ("Feb. 14", "DATE", "2014-02-14"),
            ("January", "DATE", "2014-01"),
            ("last fall", "DATE", "2013-FA"),
            ("every four weeks", "SET", "P4W"),
            ("a year", "DURATION", "P1Y"),
            ("30 minutes", "DURATION", "PT30M"),
            ("March 20", "DATE", "2014-03-20"),
            ("each year", "SET", "P1Y"),
            ("Ten years ago", "DATE", "2004"),
            ("the 1990s", "DATE", "199"),
            ("the past year", "DURATION", "P1Y"),
            ("2011", "DATE", "2011"),
            ("Friday", "DATE", "2014-05-16"),
            ("January", "DATE", "2014-01"),
            ("2016", "DATE", "2016"),
            ("two-year", "DURATION", "P2Y"),
            ("Tuesday", "DATE", "2014-05-20"),
            ("the first half of next year", "DATE", "2015-H1"),
        ],
    ),
    # Monday 2015-11-02 (ISO week 45), AFP-style vaccination-campaign story, headline, byline
    # line "By Petra Lindqvist | AFP | Monday 2 November 2015 14:27 GMT" (the date with its
    # weekday one DATE span and the clock time a TIME, the zone in the span, gold_blind93),
    # "Savretsk (AFP) -" dateline. "on Monday" the publication day, "on Monday morning"
    # 2015-11-02TMO; "over the weekend" just past -> "the weekend" 2015-W44-WE (31 October - 1
    # November, gold_blind28); "told AFP on Sunday" 2015-11-01; the WHO statement "on Friday"
    # past 2015-10-30 and the first results "on Friday" ahead 2015-11-06 (one story holds the
    # weekday in both directions, gold_blind28). The campaign "runs until the end of the month"
    # -> "the end of the month" 2015-11 (gold_blind61), "until November 30" 2015-11-30. "worst
    # outbreak in two decades" -> "two decades" P20Y (the period of a superlative); "late
    # June" 2015-06; "the previous five years" P5Y; "last week" 2015-W44 and "the week before"
    # anchored on it, 2015-W43 (gold_blind42, gold_blind61); "for months" -> "months" PXM;
    # "2014"; "the mid-2000s" 200; "from 8am to 6pm every day" -> two TIMEs of the recurring
    # hours XXXX-XX-XXT08:00 and XXXX-XX-XXT18:00 and the SET P1D; "weekends" SET
    # XXXX-WXX-WE (gold_blind61's "at weekends"); "on Saturdays until December 12" -> SET
    # XXXX-WXX-6 and 2015-12-12; "10 days" P10D; "last month" 2015-10; "the spring of 2011"
    # 2011-SP; "in six weeks" P6W (how long a past campaign took, gold_blind35); "next week"
    # 2015-W46; "since March" 2015-03; "The next few weeks" PXW. Not annotated: "aged between
    # nine months and 14 years" (ages, gold_blind93), "19th", "2.3 million", "9,000", "4,870",
    # "310", "190", "71 percent", "95 percent", "88 percent", "34" (an age), "0800 11 2015" (a
    # hotline holding 2015), "No. 1998" (a bill number), "14 million euros", "After that"
    # (anaphoric), "the snow".
    "dorvenia-measles-vaccination-drive": (
        "2015-11-02",
        [
            ("Monday 2 November 2015", "DATE", "2015-11-02"),
            ("14:27 GMT", "TIME", "2015-11-02T14:27"),
            ("Monday", "DATE", "2015-11-02"),
            ("two decades", "DURATION", "P20Y"),
            ("the weekend", "DATE", "2015-W44-WE"),
            ("the end of the month", "DATE", "2015-11"),
            ("November 30", "DATE", "2015-11-30"),
            ("Sunday", "DATE", "2015-11-01"),
            ("late June", "DATE", "2015-06"),
            ("the previous five years", "DURATION", "P5Y"),
            ("last week", "DATE", "2015-W44"),
            ("the week before", "DATE", "2015-W43"),
            ("months", "DURATION", "PXM"),
            ("Friday", "DATE", "2015-10-30"),
            ("2014", "DATE", "2014"),
            ("the mid-2000s", "DATE", "200"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("every day", "SET", "P1D"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("Friday", "DATE", "2015-11-06"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("December 12", "DATE", "2015-12-12"),
            ("10 days", "DURATION", "P10D"),
            ("last month", "DATE", "2015-10"),
            ("Monday morning", "TIME", "2015-11-02TMO"),
            ("the spring of 2011", "DATE", "2011-SP"),
            ("six weeks", "DURATION", "P6W"),
            ("next week", "DATE", "2015-W46"),
            ("March", "DATE", "2015-03"),
            ("The next few weeks", "DURATION", "PXW"),
        ],
    ),
    # Saturday 2012-07-07 (ISO week 27), AP-style heat-warning story, headline, byline, stamp
    # "Published 12:21 p.m., Saturday, July 7, 2012" (TIME, then one DATE span with its
    # weekday), "FORT CALLOWAY, Kan. (AP) —" dateline. The warning runs "through Tuesday"
    # (headline) and "until 9 p.m. CDT Tuesday" -> 2012-07-10 and 2012-07-10T21:00; "for the
    # next three days" P3D. Future: the high "expected Sunday" and the ozone alert "for
    # Sunday" 2012-07-08 with "before 6 p.m." that day 2012-07-08T18:00; "this weekend" (a
    # Saturday story, the weekend under way) 2012-W27-WE; "the middle of next week" 2012-W28
    # (gold_blind103); "by Thursday" 2012-07-12. Past: "first issued Wednesday" 2012-07-04,
    # "Friday's high" and "at 5 p.m. Friday" 2012-07-06 (and 2012-07-06T17:00), the deaths "on
    # Tuesday" 2012-07-03 and "the following day" 2012-07-04 (anchored on that Tuesday,
    # gold_blind16, gold_blind21); "said Saturday" and "early Saturday" the publication day
    # (gold_blind103's "early Friday"). "the Fourth of July" 2012-07-04 (a holiday on its
    # day). "every day since June 28" -> SET P1D and "June 28" 2012-06-28 (like "every
    # Saturday since mid-January", gold_blind35); "1936"; "this week" 2012-W27; "the past
    # week" P1W; "over several days" -> "several days" PXD; "from 10 a.m. to 8 p.m. daily" ->
    # XXXX-XX-XXT10:00, XXXX-XX-XXT20:00 and SET P1D, "through Tuesday" 2012-07-10; "every
    # morning" SET XXXX-XX-XXTMO; "at least twice a day" SET P1D (the modifier kept, not
    # recorded); "the summer of 1980" 1980-SU and "23 straight days" P23D (a cardinal run);
    # "last August" 2011-08; "the driest spring in years" -> "spring" 2012-SP (the head noun
    # of a particular season, like "the wettest December", gold_blind103) and "years" PXY (the
    # period of a superlative); "since May" 2012-05; "for four decades" P40Y. Not annotated:
    # "the low 90s" (temperatures, not the 1990s), "108 degrees", "100 degrees", "107", "84
    # degrees", "78 degrees", "79-year-old", "84-year-old", "61" (ages), "46 people", "five
    # cooling centers", "2-1-1" (a phone line), "4,215 megawatts", "Interstate 35", "a quarter
    # inch", "800 acres", "the overnight low" (an adjective naming a kind of reading,
    # gold_blind103), "for the date" (the calendar day in general), "on record".
    "fort-calloway-heat-warning": (
        "2012-07-07",
        [
            ("Tuesday", "DATE", "2012-07-10"),
            ("12:21 p.m.", "TIME", "2012-07-07T12:21"),
            ("Saturday, July 7, 2012", "DATE", "2012-07-07"),
            ("at least twice a day", "SET", "P1D"),
            ("the next three days", "DURATION", "P3D"),
            ("Sunday", "DATE", "2012-07-08"),
            ("Wednesday", "DATE", "2012-07-04"),
            ("9 p.m. CDT", "TIME", "2012-07-10T21:00"),
            ("Tuesday", "DATE", "2012-07-10"),
            ("every day", "SET", "P1D"),
            ("June 28", "DATE", "2012-06-28"),
            ("Friday", "DATE", "2012-07-06"),
            ("1936", "DATE", "1936"),
            ("Saturday", "DATE", "2012-07-07"),
            ("this week", "DATE", "2012-W27"),
            ("Tuesday", "DATE", "2012-07-03"),
            ("the following day", "DATE", "2012-07-04"),
            ("the past week", "DURATION", "P1W"),
            ("the Fourth of July", "DATE", "2012-07-04"),
            ("several days", "DURATION", "PXD"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
            ("Tuesday", "DATE", "2012-07-10"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("Sunday", "DATE", "2012-07-08"),
            ("6 p.m.", "TIME", "2012-07-08T18:00"),
            ("the middle of next week", "DATE", "2012-W28"),
            ("Thursday", "DATE", "2012-07-12"),
            ("the summer of 1980", "DATE", "1980-SU"),
            ("23 straight days", "DURATION", "P23D"),
            ("5 p.m.", "TIME", "2012-07-06T17:00"),
            ("Friday", "DATE", "2012-07-06"),
            ("last August", "DATE", "2011-08"),
            ("this weekend", "DATE", "2012-W27-WE"),
            ("spring", "DATE", "2012-SP"),
            ("years", "DURATION", "PXY"),
            ("May", "DATE", "2012-05"),
            ("four decades", "DURATION", "P40Y"),
            ("early Saturday", "DATE", "2012-07-07"),
        ],
    ),
    # Thursday 2015-01-15 (ISO week 3), Reuters Health-style study story, headline, stamp "Thu
    # Jan 15, 2015 5:23pm EST" (DATE and TIME, the zone in the span), byline, "NEW YORK
    # (Reuters Health) -" dateline, closing "SOURCE:" line. The study was "published on
    # Wednesday" 2015-01-14, the day the SOURCE line gives as "January 14, 2015"; the author
    # spoke "on Tuesday" 2015-01-13; the CDC "said last Friday" 2015-01-09 (the Friday of last
    # week) and "will update its figures on Friday" 2015-01-16 ahead. "their first six
    # months", "the first two months after birth" and "the last three months of pregnancy"
    # are ordinal periods of an event, DURATION P6M, P2M, P3M (gold_blind14's "its first 100
    # days", the possessive kept); "between 2005 and 2012" two DATEs and "the eight years of
    # the study" P8Y; "the 2007-08 season" and "2011-12" -> "2007", "08" 2008, "2011", "12"
    # 2012, seasons named by two years split and "season" left out (gold_blind93); "a median
    # of three days ... four days" -> P3D and P4D ("a median of" left out, gold_blind93); "its
    # March issue" 2015-03 (gold_blind93's "the November issue"); "each year" SET P1Y; "the
    # 2009 H1N1 pandemic" -> "2009" (an adjectival year, gold_blind61); "six straight weeks"
    # P6W; "this winter's main H3N2 strain" -> "this winter" 2015-WI (the winter of 2014-15,
    # named by the year of its January, gold_blind42); "For decades" -> "decades" PXY
    # (gold_blind6); "2010" and "2013"; "last month" 2014-12; "for at least the next two
    # months" -> "at least the next two months" P2M (gold_blind93's "at least the next three
    # months"); "now" PRESENT_REF; "in May" 2015-05 ahead; "2016". Not annotated: "six months
    # old" and "age 5" (ages), "this season" and "a severe flu season" (flu seasons,
    # gold_blind42), "H1N1", "H3N2" (strains), "40 percent", "112,000", "14 hospitals",
    # "1,580", "43 states", "half", "bit.ly/1Pout2015" (a short link holding 2015), "online".
    "flu-shot-pregnancy-infant-study": (
        "2015-01-15",
        [
            ("Thu Jan 15, 2015", "DATE", "2015-01-15"),
            ("5:23pm EST", "TIME", "2015-01-15T17:23"),
            ("their first six months", "DURATION", "P6M"),
            ("Wednesday", "DATE", "2015-01-14"),
            ("2005", "DATE", "2005"),
            ("2012", "DATE", "2012"),
            ("the eight years", "DURATION", "P8Y"),
            ("2007", "DATE", "2007"),
            ("08", "DATE", "2008"),
            ("2011", "DATE", "2011"),
            ("12", "DATE", "2012"),
            ("the first two months", "DURATION", "P2M"),
            ("Tuesday", "DATE", "2015-01-13"),
            ("the last three months", "DURATION", "P3M"),
            ("three days", "DURATION", "P3D"),
            ("four days", "DURATION", "P4D"),
            ("March", "DATE", "2015-03"),
            ("each year", "SET", "P1Y"),
            ("2009", "DATE", "2009"),
            ("last Friday", "DATE", "2015-01-09"),
            ("six straight weeks", "DURATION", "P6W"),
            ("this winter", "DATE", "2015-WI"),
            ("Friday", "DATE", "2015-01-16"),
            ("decades", "DURATION", "PXY"),
            ("2010", "DATE", "2010"),
            ("2013", "DATE", "2013"),
            ("last month", "DATE", "2014-12"),
            ("at least the next two months", "DURATION", "P2M"),
            ("now", "DATE", "PRESENT_REF"),
            ("May", "DATE", "2015-05"),
            ("2016", "DATE", "2016"),
            ("January 14, 2015", "DATE", "2015-01-14"),
        ],
    ),
    # Sunday 2014-02-23 (ISO week 8), AFP-style strike story, headline, dateline with stamp
    # "Marevo (AFP) - 23 February 2014 - 17:05 CET" (DATE and TIME, the zone in the span).
    # The strike runs "for 48 hours from Monday" -> PT48H and 2014-02-24; "at 8:00 am (0700
    # GMT) on Monday" 2014-02-24T08:00 and T07:00 (a local time and its GMT equivalent two
    # TIMEX3, gold_blind28) with the DATE; "end at 8:00 am on Wednesday" 2014-02-26T08:00 and
    # the DATE; "before Monday" 2014-02-24. Past: talks "broke down late Saturday" 2014-02-22
    # (one DATE span), "began at 3:00 pm on Saturday" 2014-02-22T15:00, "shortly before
    # midnight" -> "midnight" ending Saturday, 2014-02-22T24:00 (gold_blind28, gold_blind103);
    # "Earlier that evening" the evening of that Saturday, TIME 2014-02-22TEV, "Earlier" kept
    # in the span like "Earlier this month" (gold_blind35); "on Saturday evening" the same
    # evening; "on Friday night" 2014-02-21TNI; "said on Sunday" and "told AFP on Sunday" the
    # publication day. "this year" 2014; "the 2014 budget" -> "2014" (an adjectival year);
    # "the third hospital strike in four months" -> "four months" P4M (the period of an
    # ordinal count, gold_blind103); "for a day" P1D; "on November 19" 2013-11-19 (the nearest
    # past one) and "a week earlier" after it 2013-11-12 (a day's granularity); "24-hour"
    # PT24H; "every Tuesday in March" -> SET XXXX-WXX-2 and "March" 2014-03 (gold_blind27,
    # gold_blind28); "by the end of the month" 2014-02; "since 2010"; "now" PRESENT_REF; "for
    # years" PXY; "2009"; "six hours" PT6H; "the past two years" P2Y; "the coming days" PXD;
    # "the first half" 2014-H1 (the current year's, gold_blind16, gold_blind23); "in June
    # 2003" and "19 days" P19D; "the following month" anchored on June 2003, 2003-07
    # (gold_blind28's "the following year"); "since last spring" 2013-SP; "earlier this month"
    # 2014-02. Not annotated: "112" (an emergency number), "FSMV", "6,500", "two percent",
    # "1,150 euros", "4,000 staff", "a third", "800 nurses", "18 million euros", "Law 44/2003"
    # (a law's number holding 2003, beside the annotated "June 2003"), "80 percent", "St
    # Benedict's Hospital", "Each time", "last-ditch", "on duty".
    "valdoria-hospital-doctors-strike": (
        "2014-02-23",
        [
            ("23 February 2014", "DATE", "2014-02-23"),
            ("17:05 CET", "TIME", "2014-02-23T17:05"),
            ("48 hours", "DURATION", "PT48H"),
            ("Monday", "DATE", "2014-02-24"),
            ("late Saturday", "DATE", "2014-02-22"),
            ("Sunday", "DATE", "2014-02-23"),
            ("8:00 am", "TIME", "2014-02-24T08:00"),
            ("0700 GMT", "TIME", "2014-02-24T07:00"),
            ("Monday", "DATE", "2014-02-24"),
            ("8:00 am", "TIME", "2014-02-26T08:00"),
            ("Wednesday", "DATE", "2014-02-26"),
            ("3:00 pm", "TIME", "2014-02-22T15:00"),
            ("Saturday", "DATE", "2014-02-22"),
            ("midnight", "TIME", "2014-02-22T24:00"),
            ("Earlier that evening", "TIME", "2014-02-22TEV"),
            ("this year", "DATE", "2014"),
            ("2014", "DATE", "2014"),
            ("four months", "DURATION", "P4M"),
            ("a day", "DURATION", "P1D"),
            ("November 19", "DATE", "2013-11-19"),
            ("24-hour", "DURATION", "PT24H"),
            ("a week earlier", "DATE", "2013-11-12"),
            ("every Tuesday", "SET", "XXXX-WXX-2"),
            ("March", "DATE", "2014-03"),
            ("the end of the month", "DATE", "2014-02"),
            ("2010", "DATE", "2010"),
            ("now", "DATE", "PRESENT_REF"),
            ("years", "DURATION", "PXY"),
            ("2009", "DATE", "2009"),
            ("Sunday", "DATE", "2014-02-23"),
            ("six hours", "DURATION", "PT6H"),
            ("Friday night", "TIME", "2014-02-21TNI"),
            ("the past two years", "DURATION", "P2Y"),
            ("Saturday evening", "TIME", "2014-02-22TEV"),
            ("the coming days", "DURATION", "PXD"),
            ("the first half", "DATE", "2014-H1"),
            ("June 2003", "DATE", "2003-06"),
            ("19 days", "DURATION", "P19D"),
            ("the following month", "DATE", "2003-07"),
            ("Monday", "DATE", "2014-02-24"),
            ("last spring", "DATE", "2013-SP"),
            ("earlier this month", "DATE", "2014-02"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
