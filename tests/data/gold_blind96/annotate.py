"""Annotations of the ninety-sixth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind96/annotate.py [--show]

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
    # Tuesday 2014-09-30 (ISO week 40), AP-style launch preview, byline "AP Aerospace Writer",
    # "PORT SABLE, Fla. (AP) —" dateline without date; "said today" is the publication day.
    # Liftoff is "Wednesday night" (headline and lead) 2014-10-01TNI, "two days after" the
    # battery work ended on Monday (an anchored duration, P2D). The window opens "at 9:05 p.m.
    # EDT (0105 GMT Thursday)": EDT is UTC-4, so the local time is Wednesday 2014-10-01T21:05
    # and its GMT equivalent falls on the next day, 2014-10-02T01:05, with its own "Thursday"
    # DATE (gold_blind28, gold_blind59). "a 30-minute window" DURATION on the adjective;
    # "Wednesday afternoon" TIME; "past sunset" -> "sunset" TIME 2014-10-01TEV ("past" a signal,
    # sunset starting the evening as in gold_blind59). "at around 6 p.m. Wednesday" a TIME with
    # its modifier plus the DATE; "a final weather briefing at 11 a.m." and "shortly after 11
    # p.m." name no day and take the launch day of their sentences. "at T-minus 10 minutes" ->
    # "10 minutes" PT10M, "T-minus" a signal (gold_blind59). "The backup date is Saturday"
    # 2014-10-04, the range booked "on Thursday and Friday" (future, 2014-10-02 and -03); the
    # battery work "Sunday and Monday" 2014-09-28/29 and "last week" 2014-W39 (past). "every
    # 10 days" SET P10D, "daily" SET P1D; "a three-year design life" DURATION; "the 1990s" 199;
    # "earlier this month" 2014-09; "the fourth quarter" a calendar quarter, 2014-Q4 (Dunmore's
    # fiscal year is not described). Not annotated: "Heron 9" (twice), "Tern-3", "Tern-2",
    # "Pad 4", "T-minus", "70 percent", "830 miles (1,336 kilometers)", "to within an inch",
    # "$390 million", "the 12th flight", "two batteries", "twice" (a count), "The backup date"
    # (its "Saturday" annotated), "has not had a failure since" (anaphoric).
    "heron-9-tern-3-launch-preview": (
        "2014-09-30",
        [
            ("Wednesday night", "TIME", "2014-10-01TNI"),
            ("Wednesday night", "TIME", "2014-10-01TNI"),
            ("two days", "DURATION", "P2D"),
            ("today", "DATE", "2014-09-30"),
            ("9:05 p.m. EDT", "TIME", "2014-10-01T21:05"),
            ("0105 GMT", "TIME", "2014-10-02T01:05"),
            ("Thursday", "DATE", "2014-10-02"),
            ("30-minute", "DURATION", "PT30M"),
            ("Wednesday afternoon", "TIME", "2014-10-01TAF"),
            ("sunset", "TIME", "2014-10-01TEV"),
            ("about three hours", "DURATION", "PT3H"),
            ("around 6 p.m.", "TIME", "2014-10-01T18:00"),
            ("Wednesday", "DATE", "2014-10-01"),
            ("11 a.m.", "TIME", "2014-10-01T11:00"),
            ("10 minutes", "DURATION", "PT10M"),
            ("about 55 minutes", "DURATION", "PT55M"),
            ("11 p.m.", "TIME", "2014-10-01T23:00"),
            ("Saturday", "DATE", "2014-10-04"),
            ("Thursday", "DATE", "2014-10-02"),
            ("Friday", "DATE", "2014-10-03"),
            ("Sunday", "DATE", "2014-09-28"),
            ("Monday", "DATE", "2014-09-29"),
            ("last week", "DATE", "2014-W39"),
            ("five years", "DURATION", "P5Y"),
            ("Aug. 21", "DATE", "2014-08-21"),
            ("every 10 days", "SET", "P10D"),
            ("daily", "SET", "P1D"),
            ("2008", "DATE", "2008"),
            ("three-year", "DURATION", "P3Y"),
            ("the 1990s", "DATE", "199"),
            ("2006", "DATE", "2006"),
            ("13 years", "DURATION", "P13Y"),
            ("March 2011", "DATE", "2011-03"),
            ("earlier this month", "DATE", "2014-09"),
            ("the fourth quarter", "DATE", "2014-Q4"),
            ("2015", "DATE", "2015"),
            ("now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Thursday 2015-03-05 (ISO week 10), British broadcaster's science page, headline, stamp "5
    # March 2015 Last updated at 09:48 GMT" (a DATE and a TIME; GMT, as British Summer Time
    # begins on 29 March 2015), byline, no dateline. The engine burn was "on Wednesday
    # afternoon" 2015-03-04TAF, its confirmation "at 15:42 GMT" the same day (no day named in
    # its sentence); "21 minutes after the burn ended" an anchored duration. "a seven-year,
    # 4.3-billion-km journey" and the headline's "seven-year chase" are adjectival DURATIONs
    # P7Y (March 2008 to March 2015). The flight director's quoted "Last night" is the night
    # before the page, Wednesday 2015-03-04TNI (gold_blind35's "last night"). "more than a
    # decade" P10Y; "31 months ... from June 2011 to January 2014" a DURATION and two DATEs;
    # "the next four months" P4M; "turns once every nine hours" SET PT9H (like "once every 26
    # months" in gold_blind42); "every week from April" a SET and a DATE 2015-04; "19 July",
    # "May", "June" lie ahead in 2015; "the coming months" PXM; "was originally due to end in
    # 2016" a DATE; "last year" 2014; "the end of 2017" the year's value. "The arrival came two
    # days after ... marked its 1,000th sol" -> "two days" P2D, anchored on the sol, which fell
    # on "Monday" 2015-03-02 (past); "its 1,000th sol" and "90 sols" are not annotated: a sol
    # is a Martian day of 24 h 39 min, with no unit in the value shapes (see README). "landed in
    # May 2012" 2012-05; "10:00 GMT on Friday" 2015-03-06 (future) two TIMEX3; "next month"
    # 2015-04. Not annotated: "4.3-billion-km", "40km-wide", "1998 QH12" (a catalogue
    # designation holding a year), "380 million km", "100km", "20km", "€980m", "14km", "a
    # thousand", "Martian day" (the gloss of "sol"), "the first probe".
    "lodestar-probe-asteroid-orbit": (
        "2015-03-05",
        [
            ("seven-year", "DURATION", "P7Y"),
            ("5 March 2015", "DATE", "2015-03-05"),
            ("09:48 GMT", "TIME", "2015-03-05T09:48"),
            ("seven-year", "DURATION", "P7Y"),
            ("14 minutes", "DURATION", "PT14M"),
            ("Wednesday afternoon", "TIME", "2015-03-04TAF"),
            ("15:42 GMT", "TIME", "2015-03-04T15:42"),
            ("21 minutes", "DURATION", "PT21M"),
            ("now", "DATE", "PRESENT_REF"),
            ("more than a decade", "DURATION", "P10Y"),
            ("Last night", "TIME", "2015-03-04TNI"),
            ("March 2008", "DATE", "2008-03"),
            ("2009", "DATE", "2009"),
            ("2011", "DATE", "2011"),
            ("2010", "DATE", "2010"),
            ("31 months", "DURATION", "P31M"),
            ("June 2011", "DATE", "2011-06"),
            ("January 2014", "DATE", "2014-01"),
            ("the next four months", "DURATION", "P4M"),
            ("once every nine hours", "SET", "PT9H"),
            ("every week", "SET", "P1W"),
            ("April", "DATE", "2015-04"),
            ("19 July", "DATE", "2015-07-19"),
            ("about 60 hours", "DURATION", "PT60H"),
            ("twice a day", "SET", "P1D"),
            ("the coming months", "DURATION", "PXM"),
            ("May", "DATE", "2015-05"),
            ("June", "DATE", "2015-06"),
            ("2001", "DATE", "2001"),
            ("2016", "DATE", "2016"),
            ("last year", "DATE", "2014"),
            ("the end of 2017", "DATE", "2017"),
            ("two days", "DURATION", "P2D"),
            ("May 2012", "DATE", "2012-05"),
            ("Monday", "DATE", "2015-03-02"),
            ("10:00 GMT", "TIME", "2015-03-06T10:00"),
            ("Friday", "DATE", "2015-03-06"),
            ("next month", "DATE", "2015-04"),
        ],
    ),
    # Saturday 2012-06-23 (ISO week 25), English-language Japanese daily, headline, byline,
    # date line "Saturday, June 23, 2012" (one DATE span), "MINAMIHARA, Ibaraki Pref. —"
    # dateline. Japan time is UTC+9: the switch-off command went "at 16:30 UTC on Thursday"
    # 2012-06-21T16:30, "or 1:30 a.m. Japan time on Friday" 2012-06-22T01:30 (the zone in the
    # span, each clock time with its own day, gold_blind28, gold_blind59), and the final signal
    # came "at 16:37 UTC" on Thursday 2012-06-21 (UTC day of its sentence). "fell silent early
    # Friday" is the Japan-time day, 2012-06-22; the farewell "on Friday morning" 2012-06-22TMO.
    # "outlasted its designers' hopes by a decade" is the size of a difference, DURATION P10Y
    # (like "six months later than planned", gold_blind28); "a decade of data" P10Y; "13 years"
    # (headline, quote) and "more than 13 years" P13Y; "every morning" SET XXXX-XX-XXTMO (a past
    # habit); "a 90-day check-out period" and "11-year cycle" adjectival DURATIONs; "once every
    # 97 minutes" SET PT97M. "On March 14, ... two days later" is anchored on that date,
    # 2012-03-16 (gold_blind42, gold_blind59); "In April" 2012-04 (past); "late 2009" the year;
    # "the early 2020s" 202; "early 2016" 2016 (the calendar year: the Japanese "fiscal" year,
    # named by the year it begins, is avoided as in gold_blind63); "over five years" ->
    # "five years" P5Y; "weekly" SET P1W and "every Tuesday since 1999" a SET and a DATE; "this
    # week" 2012-W25; "the next 18 months" P18M; "next spring" 2013-SP. Not annotated:
    # "Kirameki-2", "58", "about 600 kilometers", "870-kilogram", "72,000 orbits", "1,400
    # scientific papers", "three gyroscopes", "three times", "16 billion yen", "for the last
    # time" (beside "this week"), "the first of".
    "kirameki-solar-observatory-switched-off": (
        "2012-06-23",
        [
            ("13 years", "DURATION", "P13Y"),
            ("Saturday, June 23, 2012", "DATE", "2012-06-23"),
            ("early Friday", "DATE", "2012-06-22"),
            ("more than 13 years", "DURATION", "P13Y"),
            ("a decade", "DURATION", "P10Y"),
            ("16:30 UTC", "TIME", "2012-06-21T16:30"),
            ("Thursday", "DATE", "2012-06-21"),
            ("1:30 a.m. Japan time", "TIME", "2012-06-22T01:30"),
            ("Friday", "DATE", "2012-06-22"),
            ("16:37 UTC", "TIME", "2012-06-21T16:37"),
            ("13 years", "DURATION", "P13Y"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("1994", "DATE", "1994"),
            ("Friday morning", "TIME", "2012-06-22TMO"),
            ("February 1999", "DATE", "1999-02"),
            ("three years", "DURATION", "P3Y"),
            ("90-day", "DURATION", "P90D"),
            ("May 1999", "DATE", "1999-05"),
            ("11-year", "DURATION", "P11Y"),
            ("once every 97 minutes", "SET", "PT97M"),
            ("late 2009", "DATE", "2009"),
            ("March 14", "DATE", "2012-03-14"),
            ("two days later", "DATE", "2012-03-16"),
            ("April", "DATE", "2012-04"),
            ("2010", "DATE", "2010"),
            ("March 2013", "DATE", "2013-03"),
            ("the early 2020s", "DATE", "202"),
            ("early 2016", "DATE", "2016"),
            ("five years", "DURATION", "P5Y"),
            ("weekly", "SET", "P1W"),
            ("every Tuesday", "SET", "XXXX-WXX-2"),
            ("1999", "DATE", "1999"),
            ("this week", "DATE", "2012-W25"),
            ("the next 18 months", "DURATION", "P18M"),
            ("next spring", "DATE", "2013-SP"),
            ("a decade", "DURATION", "P10Y"),
        ],
    ),
    # Monday 2015-08-10 (ISO week 33), British newspaper's sky-watching column online, headline,
    # date line "Mon 10 Aug 2015 07.00 BST" (a DATE and a TIME, like "Wed 9 Jun 2021 06.00 BST"
    # in gold_blind21), byline, no dateline; BST is UTC+1. "the night of 12-13 August" is one
    # TIME span, the night that begins on Wednesday 12 August, 2015-08-12TNI (like "the night
    # of July 19" and "overnight Tuesday into Wednesday" dated by the evening it begins on,
    # gold_blind59; see README), the same night as "Wednesday night" (headline and body). "this
    # year" 2015; "the moon is new on Friday" 2015-08-14 (future); "since late July" 2015-07;
    # "over the weekend" just past in a Monday paper, 2015-W32-WE (gold_blind28); "tonight"
    # 2015-08-10TNI, "tomorrow night" 2015-08-11TNI; "8.28pm BST on Wednesday" a TIME and a
    # DATE; "almost two hours" PT2H; "after midnight" on the peak night is the midnight ending
    # Wednesday, 2015-08-12T24:00 (gold_blind59); "between 2am and 4am on Thursday" 2015-08-13;
    # "before dawn" -> "dawn" TIME 2015-08-13TMO, and "about an hour before sunrise" on
    # "Thursday morning" -> "about an hour" PT1H (anchored) and "sunrise" 2015-08-13TMO (dawn
    # and sunrise start the morning, gold_blind59's reading). "Last year" 2014; "at least an
    # hour" PT1H; "every Saturday in August" a SET and a DATE (gold_blind27's "every Saturday in
    # May"); "20 minutes" PT20M; "roughly every 110 years" SET P110Y with its modifier; "a
    # monthly column" SET P1M (a recurrence, like "weekly polls", gold_blind28); "the 1980s" 198;
    # "Now" PRESENT_REF; "discovered in March" 2015-03 (past); "the coming weeks" PXW;
    # "mid-September" 2015-09; "about 3,400 years" P3400Y; "until 2090", "due in 2026"; "Next
    # week" 2015-W34; "the end of the month" 2015-08. Not annotated: "Kappa Lyncid", "about 400
    # light-years" (a distance), "C/2015 F3" (a catalogue designation holding the year of the
    # story), "the Sunday Clarion" (a newspaper), "May the clouds stay away" (the verb), "until
    # then" (anaphoric), "the richest hours", "the best views", "the main show", "the peak".
    "kappa-lyncid-meteors-sky-guide": (
        "2015-08-10",
        [
            ("Wednesday night", "TIME", "2015-08-12TNI"),
            ("Mon 10 Aug 2015", "DATE", "2015-08-10"),
            ("07.00 BST", "TIME", "2015-08-10T07:00"),
            ("the night of 12-13 August", "TIME", "2015-08-12TNI"),
            ("this year", "DATE", "2015"),
            ("Friday", "DATE", "2015-08-14"),
            ("late July", "DATE", "2015-07"),
            ("the weekend", "DATE", "2015-W32-WE"),
            ("tonight", "TIME", "2015-08-10TNI"),
            ("tomorrow night", "TIME", "2015-08-11TNI"),
            ("Wednesday night", "TIME", "2015-08-12TNI"),
            ("8.28pm BST", "TIME", "2015-08-12T20:28"),
            ("Wednesday", "DATE", "2015-08-12"),
            ("almost two hours", "DURATION", "PT2H"),
            ("midnight", "TIME", "2015-08-12T24:00"),
            ("2am", "TIME", "2015-08-13T02:00"),
            ("4am", "TIME", "2015-08-13T04:00"),
            ("Thursday", "DATE", "2015-08-13"),
            ("dawn", "TIME", "2015-08-13TMO"),
            ("Last year", "DATE", "2014"),
            ("2013", "DATE", "2013"),
            ("at least an hour", "DURATION", "PT1H"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("August", "DATE", "2015-08"),
            ("20 minutes", "DURATION", "PT20M"),
            ("roughly every 110 years", "SET", "P110Y"),
            ("1921", "DATE", "1921"),
            ("monthly", "SET", "P1M"),
            ("the 1980s", "DATE", "198"),
            ("Now", "DATE", "PRESENT_REF"),
            ("March", "DATE", "2015-03"),
            ("Thursday morning", "TIME", "2015-08-13TMO"),
            ("about an hour", "DURATION", "PT1H"),
            ("sunrise", "TIME", "2015-08-13TMO"),
            ("the coming weeks", "DURATION", "PXW"),
            ("mid-September", "DATE", "2015-09"),
            ("about 3,400 years", "DURATION", "P3400Y"),
            ("2090", "DATE", "2090"),
            ("2026", "DATE", "2026"),
            ("Next week", "DATE", "2015-W34"),
            ("the end of the month", "DATE", "2015-08"),
        ],
    ),
    # Wednesday 2013-06-12 (ISO week 24), Indian English-language daily online, headline, credit
    # and stamp "Aparna Deshmukh, LNS | Jun 12, 2013, 04.10AM IST" (a DATE and a TIME), "PUNE:"
    # dateline. IST is UTC+5:30. "data gathered between 2009 and 2013" two DATEs; "will appear
    # in the journal Nature on Thursday" 2013-06-13 (future); "goes online at 10.30pm IST today
    # (1700 GMT)" -> 2013-06-12T22:30, "today", and the GMT equivalent 2013-06-12T17:00 (two
    # TIMEX3, gold_blind28). "a total of 420 hours" -> "420 hours" PT420H; "up to six hours"
    # PT6H; "late 2010" the year; "another two years" P2Y ("another" kept like "One more day",
    # gold_blind59); "since 2002"; "last year" 2012; "18 months" P18M; "submitted ... in
    # October" the October just past, 2012-10, while "will resume in October" is the coming
    # one, 2013-10 (months resolved in the direction of their clause); "last month" 2013-05;
    # "next week" 2013-W25; "said on Tuesday" 2013-06-11; "the past decade" P10Y; "In recent
    # years" -> "recent years" PAST_REF; "annually" SET P1Y; "late last year" 2012;
    # "recently" PAST_REF; "now" PRESENT_REF; "the first quarter of 2014" one span 2014-Q1;
    # "five years" P5Y; "last week" 2013-W23. Not annotated: "60 million light-years" and
    # "400,000 light-years" (distances), "NGC 6147" (a catalogue number), "the 21-cm radio
    # line", "1420 MHz" (a frequency holding a year-like number), "30 dishes", "41", "Rs 40
    # crore", "Rs 12 crore", "fewer than ten papers", "300 galaxies", "the monsoon" (a season
    # with no calendar value, dated here by "last week" and "October"), "At first".
    "ncrs-hydrogen-ring-nature-paper": (
        "2013-06-12",
        [
            ("Jun 12, 2013", "DATE", "2013-06-12"),
            ("04.10AM IST", "TIME", "2013-06-12T04:10"),
            ("2009", "DATE", "2009"),
            ("2013", "DATE", "2013"),
            ("Thursday", "DATE", "2013-06-13"),
            ("10.30pm IST", "TIME", "2013-06-12T22:30"),
            ("today", "DATE", "2013-06-12"),
            ("1700 GMT", "TIME", "2013-06-12T17:00"),
            ("420 hours", "DURATION", "PT420H"),
            ("up to six hours", "DURATION", "PT6H"),
            ("late 2010", "DATE", "2010"),
            ("another two years", "DURATION", "P2Y"),
            ("2002", "DATE", "2002"),
            ("last year", "DATE", "2012"),
            ("18 months", "DURATION", "P18M"),
            ("October", "DATE", "2012-10"),
            ("last month", "DATE", "2013-05"),
            ("next week", "DATE", "2013-W25"),
            ("Tuesday", "DATE", "2013-06-11"),
            ("the past decade", "DURATION", "P10Y"),
            ("recent years", "DATE", "PAST_REF"),
            ("annually", "SET", "P1Y"),
            ("late last year", "DATE", "2012"),
            ("recently", "DATE", "PAST_REF"),
            ("now", "DATE", "PRESENT_REF"),
            ("the first quarter of 2014", "DATE", "2014-Q1"),
            ("five years", "DURATION", "P5Y"),
            ("last week", "DATE", "2013-W23"),
            ("October", "DATE", "2013-10"),
        ],
    ),
    # Friday 2013-04-12 (ISO week 15), US news site's budget story, headline, byline, stamp
    # "Posted: 04/12/2013 5:47 pm EDT" (a numeric DATE and a TIME), "WASHINGTON —" dateline.
    # The federal fiscal year runs October-September and is named by the year it ends: "Fiscal
    # 2014" (headline) and "fiscal 2014" FY2014, "the fiscal year that begins Oct. 1" FY2014
    # plus 2013-10-01, "a year earlier" after it FY2013 (the granularity of what it is compared
    # with, gold_blind35), "fiscal 2012" FY2012, and "the end of the fiscal year on Sept. 30"
    # the current one, FY2013 (the end of a year takes the year's value), plus 2013-09-30. The
    # request was "released Wednesday" 2013-04-10, the officials spoke "Wednesday afternoon"
    # 2013-04-10TAF; the hearing is "on Tuesday" 2013-04-16 (future). "no earlier than 2021" ->
    # "2021" ("no earlier than" a signal); "the mid-2020s" 202; "the past five years" P5Y; "In
    # March" 2013-03 (past; the representative named March is not annotated); "a 90-day
    # review" adjectival DURATION; "late June" 2013-06 (ahead); "the first close look ... in
    # more than a decade" the period of a "first in", P10Y; "In recent weeks" -> "recent weeks"
    # PAST_REF; "July 2020" and "July 2011" DATEs beside the names "Mars 2020" and "STS-135";
    # "mid-2014" 2014; "the second half of 2015" one span 2015-H2; "for months" -> "months"
    # PXM; "two years ago" 2011 (year granularity); "the 1970s" 197; "roughly once a decade" SET
    # P10Y; "arrived two months late" the size of a delay, P2M; "took effect March 1"
    # 2013-03-01; "in the fall" 2013-FA and "from October" 2013-10 ahead. Not annotated: "Mars
    # 2020" (a mission name), "STS-135", "Rep. Daniel March" / "March has said" (a name),
    # "decadal" (an adjective of the survey), "$230 million", "$17.6 billion", "$50 million",
    # "$1.27 billion", "$1.5 billion", "$620 million", "$90 million", "$70 million a seat" (a
    # price), "$300 million", "on track".
    "tamaris-orbiter-fiscal-2014-budget": (
        "2013-04-12",
        [
            ("Fiscal 2014", "DATE", "FY2014"),
            ("2021", "DATE", "2021"),
            ("04/12/2013", "DATE", "2013-04-12"),
            ("5:47 pm EDT", "TIME", "2013-04-12T17:47"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("Wednesday", "DATE", "2013-04-10"),
            ("2021", "DATE", "2021"),
            ("the fiscal year", "DATE", "FY2014"),
            ("Oct. 1", "DATE", "2013-10-01"),
            ("a year earlier", "DATE", "FY2013"),
            ("fiscal 2012", "DATE", "FY2012"),
            ("2019", "DATE", "2019"),
            ("the mid-2020s", "DATE", "202"),
            ("the past five years", "DURATION", "P5Y"),
            ("March", "DATE", "2013-03"),
            ("90-day", "DURATION", "P90D"),
            ("late June", "DATE", "2013-06"),
            ("more than a decade", "DURATION", "P10Y"),
            ("Tuesday", "DATE", "2013-04-16"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("July 2020", "DATE", "2020-07"),
            ("2017", "DATE", "2017"),
            ("July 2011", "DATE", "2011-07"),
            ("Wednesday afternoon", "TIME", "2013-04-10TAF"),
            ("mid-2014", "DATE", "2014"),
            ("the second half of 2015", "DATE", "2015-H2"),
            ("months", "DURATION", "PXM"),
            ("two years ago", "DATE", "2011"),
            ("the 1970s", "DATE", "197"),
            ("roughly once a decade", "SET", "P10Y"),
            ("two months", "DURATION", "P2M"),
            ("March 1", "DATE", "2013-03-01"),
            ("the end of the fiscal year", "DATE", "FY2013"),
            ("Sept. 30", "DATE", "2013-09-30"),
            ("the fall", "DATE", "2013-FA"),
            ("October", "DATE", "2013-10"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
