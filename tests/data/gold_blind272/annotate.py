"""Annotations of the two-hundred-and-seventy-second blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind272/annotate.py [--show]

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
    # Tuesday 2013-03-12 (ISO week 11), AFP-style coalition-crisis wire, headline, "HALBRECHT,
    # March 12 (AFP) -" dateline (the publication day). The partner "walked out late Monday"
    # 2013-03-11 (DATE with its modifier, gold_blind45), "shortly before midnight" -> the
    # midnight ending Monday, 2013-03-11T24:00 ("shortly before" a signal, gold_blind15;
    # T24:00 as in gold_blind75 and gold_blind103); "on Monday evening" 2013-03-11TEV. The
    # confidence vote is "on Thursday" 2013-03-14 (lead, "at 1400 GMT (1500 local time) on
    # Thursday" two TIMEs and the DATE, and "Thursday's session"); the debate opens "at 9 a.m.
    # local time" that day, 2013-03-14T09:00 (a clock time on the day of its narrative). The
    # PM "said on Tuesday" and spoke "on Tuesday morning", the index closed "on Tuesday": the
    # publication day. The cabinet "has met daily since Friday" -> "daily" SET P1D and
    # "Friday" 2013-03-08; the meeting "on Wednesday afternoon" 2013-03-13TAF. "the second
    # time in a week" -> "a week" P1W (the period of an ordinal count, gold_blind103's "the
    # third time in two weeks"); "on March 5 ... the following day" 2013-03-05 and 2013-03-06
    # (anchored on the last date of the story line, gold_blind16, gold_blind36). "last week"
    # 2013-W10; "January" (twice, past) 2013-01; "as early as May" -> "May" 2013-05 ("as
    # early as" a signal, gold_blind39, gold_blind44; the month ahead). "parliament breaks for
    # Easter on March 28" -> "Easter" DATE 2013-03-31 (Easter Sunday 2013, a holiday on the
    # day it falls on, gold_blind36) and "March 28" 2013-03-28. "the 1990s" 199; "two and a
    # half years" P30M (gold_blind17); "within 14 days" -> "14 days" P14D; "a week after"
    # the marches P1W (an anchored duration, gold_blind35); "for just 18 months" P18M; "the
    # 10-year government bond" -> "10-year" P10Y (a tenor, as the earlier sets' bonds);
    # "early February" 2013-02; "the fourth quarter of 2012" 2012-Q4; "more than a decade"
    # P10Y (the period of a superlative, gold_blind45); "recent weeks" PAST_REF; "Tuesdays"
    # and "Thursdays" SETs XXXX-WXX-2 and XXXX-WXX-4 (plural weekdays, as the earlier sets).
    # Not annotated: "its third quarterly contraction in a row" (an adjective naming the
    # period of a figure, like "its usual monthly total" in gold_blind103), "19 of the 151
    # seats", "71 votes", "five short", the retirement ages "67" and "65", the age "58",
    # "1,204 points", the percentages, "until the vote is held" (event-named).
    "norvenia-coalition-confidence-vote": (
        "2013-03-12",
        [
            ("March 12", "DATE", "2013-03-12"),
            ("Thursday", "DATE", "2013-03-14"),
            ("late Monday", "DATE", "2013-03-11"),
            ("the 1990s", "DATE", "199"),
            ("Tuesday", "DATE", "2013-03-12"),
            ("1400 GMT", "TIME", "2013-03-14T14:00"),
            ("1500 local time", "TIME", "2013-03-14T15:00"),
            ("Thursday", "DATE", "2013-03-14"),
            ("9 a.m. local time", "TIME", "2013-03-14T09:00"),
            ("about five hours", "DURATION", "PT5H"),
            ("midnight", "TIME", "2013-03-11T24:00"),
            ("a week", "DURATION", "P1W"),
            ("March 5", "DATE", "2013-03-05"),
            ("the following day", "DATE", "2013-03-06"),
            ("two and a half years", "DURATION", "P30M"),
            ("Tuesday morning", "TIME", "2013-03-12TMO"),
            ("14 days", "DURATION", "P14D"),
            ("May", "DATE", "2013-05"),
            ("September 2014", "DATE", "2014-09"),
            ("Monday evening", "TIME", "2013-03-11TEV"),
            ("2020", "DATE", "2020"),
            ("January", "DATE", "2013-01"),
            ("last week", "DATE", "2013-W10"),
            ("daily", "SET", "P1D"),
            ("Friday", "DATE", "2013-03-08"),
            ("Easter", "DATE", "2013-03-31"),
            ("March 28", "DATE", "2013-03-28"),
            ("October 2010", "DATE", "2010-10"),
            ("November 2011", "DATE", "2011-11"),
            ("a week", "DURATION", "P1W"),
            ("last year", "DATE", "2012"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("1997", "DATE", "1997"),
            ("18 months", "DURATION", "P18M"),
            ("Tuesday", "DATE", "2013-03-12"),
            ("early February", "DATE", "2013-02"),
            ("10-year", "DURATION", "P10Y"),
            ("the fourth quarter of 2012", "DATE", "2012-Q4"),
            ("January", "DATE", "2013-01"),
            ("more than a decade", "DURATION", "P10Y"),
            ("Wednesday afternoon", "TIME", "2013-03-13TAF"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("Thursday", "DATE", "2013-03-14"),
        ],
    ),
    # Saturday 2012-09-29 (ISO week 39), AP-style typhoon story as a newspaper website carries
    # it: headline, stamp "Published 6:05 am, Saturday, September 29, 2012" (a TIME and one
    # DATE span with its weekday, gold_blind35's date lines), byline, "LUMBANG, Tavasan Islands
    # (AP) —" dateline without date; the lead's bare "Saturday" is the day of the wire
    # (gold_blind45). The landfall "shortly before 2 a.m. Friday" 2012-09-28T02:00 and the
    # DATE; "that evening" after it 2012-09-28TEV (a narrative anchor on the landfall day,
    # gold_blind8); "Friday night" 2012-09-28TNI; "Saturday afternoon" 2012-09-29TAF,
    # "Saturday morning" 2012-09-29TMO; the airport "closed since Thursday evening"
    # 2012-09-27TEV "would reopen Sunday" 2012-09-30. "Wednesday" in both directions: power
    # "restored by Wednesday" (future) 2012-10-03, "evacuation orders issued Wednesday" (past)
    # 2012-09-26. "until at least Oct. 8" -> "at least Oct. 8" 2012-10-08 (gold_blind35); "the
    # Sept. 30 deadline" 2012-09-30 (tomorrow, an adjectival date) and "pushed back two weeks"
    # P2W (the size of a delay, gold_blind28). "in 24 hours" PT24H (how long the rainfall
    # took); "more than the town usually gets in a month" P1M (gold_blind45); "in minutes"
    # PTXM; "for nine hours" PT9H; "this year" 2012; "November 2009" 2009-11; "every year"
    # SET P1Y; "for the past few days" -> "the past few days" DURATION PXD (like "the next few
    # days" in gold_blind103); "Two years ago" 2010 (the unit's granularity); "the next 72
    # hours" PT72H; "daily from next week" SET P1D and 2012-W40; "early next week" 2012-W40.
    # The hotline hours recur, "from 6 a.m. to 10 p.m. every day" -> two TIMEs
    # XXXX-XX-XXThh:mm and SET P1D (gold_blind45). Not annotated: "This time we stayed" (an
    # occasion, not a time), typhoon names ("Typhoon Dalisay", "Typhoon Marang"), "the 14th
    # storm", "175 kph (109 mph)", "210 kph (130 mph)", "310 millimeters (12 inches)",
    # "4-meter (13-foot)", "900 kilometers (560 miles)", "0917-555-2009" (a phone number
    # holding 2009, beside "November 2009"), ages "52" and "38", "41", "60,000", "29", "48,000",
    # "Seventeen", "300", "about 20 typhoons", "three provinces", "two ships".
    "tavasan-typhoon-dalisay-toll": (
        "2012-09-29",
        [
            ("6:05 am", "TIME", "2012-09-29T06:05"),
            ("Saturday, September 29, 2012", "DATE", "2012-09-29"),
            ("Saturday", "DATE", "2012-09-29"),
            ("2 a.m.", "TIME", "2012-09-28T02:00"),
            ("Friday", "DATE", "2012-09-28"),
            ("24 hours", "DURATION", "PT24H"),
            ("a month", "DURATION", "P1M"),
            ("that evening", "TIME", "2012-09-28TEV"),
            ("Saturday afternoon", "TIME", "2012-09-29TAF"),
            ("minutes", "DURATION", "PTXM"),
            ("nine hours", "DURATION", "PT9H"),
            ("Friday night", "TIME", "2012-09-28TNI"),
            ("Saturday morning", "TIME", "2012-09-29TMO"),
            ("Wednesday", "DATE", "2012-10-03"),
            ("Thursday evening", "TIME", "2012-09-27TEV"),
            ("Sunday", "DATE", "2012-09-30"),
            ("at least Oct. 8", "DATE", "2012-10-08"),
            ("Sept. 30", "DATE", "2012-09-30"),
            ("two weeks", "DURATION", "P2W"),
            ("this year", "DATE", "2012"),
            ("November 2009", "DATE", "2009-11"),
            ("every year", "SET", "P1Y"),
            ("the past few days", "DURATION", "PXD"),
            ("Wednesday", "DATE", "2012-09-26"),
            ("Two years ago", "DATE", "2010"),
            ("the next 72 hours", "DURATION", "PT72H"),
            ("Saturday", "DATE", "2012-09-29"),
            ("daily", "SET", "P1D"),
            ("next week", "DATE", "2012-W40"),
            ("early next week", "DATE", "2012-W40"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("every day", "SET", "P1D"),
        ],
    ),
    # Thursday 2014-02-06 (ISO week 6), Reuters-style central-bank wire, headline, "KESSLOV,
    # Feb 6 (Reuters) -" dateline, credit line. The cut came "on Thursday" (the publication
    # day, lead and "said on Thursday"), "announced at 1300 GMT"; the currency "by 1430 GMT"
    # the same day. "its third cut in six months" -> "six months" P6M (the period of an
    # ordinal count, gold_blind103); "the first half of the year" 2014-H1 (one span,
    # gold_blind39); "last week" 2014-W05; the last cut "in December" 2013-12 and "its January
    # meeting" 2014-01 (an adjectival month); "at least until the end of this year" -> "the
    # end of this year" 2014 (the year's value, gold_blind45's "the end of 2016"; "at least"
    # stands before the signal "until" and stays out); "the coming months" PXM; "in January
    # from a year earlier" 2014-01 and 2013-01 (the granularity of what it is compared with,
    # gold_blind35); "said on Monday" 2014-02-03, "data showed on Wednesday" 2014-02-05, "said
    # on Tuesday" 2014-02-04 (past); "in December from November" 2013-12 and 2013-11; "early
    # 2012" 2012; "in 2013 ... the year before" 2013 and 2012 (anchored on the year just
    # named); "this year" 2014; "Fourth-quarter gross domestic product" -> "Fourth-quarter"
    # 2013-Q4 (an adjectival quarter, the last one completed); "due on Feb 14" 2014-02-14;
    # "mid-2012" 2012 (gold_blind45); "every month since October" SET P1M and 2013-10;
    # "another six months" P6M; "since Jan 22" 2014-01-22; "recent months" PAST_REF; "in March
    # or April" 2014-03 and 2014-04 (ahead); "through the end of 2014" -> "the end of 2014"
    # 2014; "in 2014 from 3.2 percent last year" 2014 and 2013; "the 2014 budget" 2014 (an
    # adjectival year); "next Wednesday" 2014-02-12 (the Wednesday of next week); "March 20"
    # 2014-03-20; "eight times a year" SET P1Y (a frequency keeps only its period, like "twice
    # a year"). Not annotated: "the slowest annual rate" and "the biggest monthly drop"
    # (adjectives naming the period of a figure, gold_blind103), "25 basis points" (twice),
    # "2.75 percent", "3 percent target", "14 of 19 analysts", "27.45 per euro", "the KX-30
    # stock index" (an index name holding 30), "1,987.6 points", the other percentages.
    "rostavia-central-bank-rate-cut": (
        "2014-02-06",
        [
            ("Feb 6", "DATE", "2014-02-06"),
            ("Thursday", "DATE", "2014-02-06"),
            ("six months", "DURATION", "P6M"),
            ("the first half of the year", "DATE", "2014-H1"),
            ("1300 GMT", "TIME", "2014-02-06T13:00"),
            ("about three hours", "DURATION", "PT3H"),
            ("last week", "DATE", "2014-W05"),
            ("December", "DATE", "2013-12"),
            ("January", "DATE", "2014-01"),
            ("the end of this year", "DATE", "2014"),
            ("the coming months", "DURATION", "PXM"),
            ("January", "DATE", "2014-01"),
            ("a year earlier", "DATE", "2013-01"),
            ("Monday", "DATE", "2014-02-03"),
            ("September 2009", "DATE", "2009-09"),
            ("December", "DATE", "2013-12"),
            ("November", "DATE", "2013-11"),
            ("Wednesday", "DATE", "2014-02-05"),
            ("early 2012", "DATE", "2012"),
            ("2013", "DATE", "2013"),
            ("the year before", "DATE", "2012"),
            ("this year", "DATE", "2014"),
            ("Fourth-quarter", "DATE", "2013-Q4"),
            ("Feb 14", "DATE", "2014-02-14"),
            ("mid-2012", "DATE", "2012"),
            ("every month", "SET", "P1M"),
            ("October", "DATE", "2013-10"),
            ("Thursday", "DATE", "2014-02-06"),
            ("another six months", "DURATION", "P6M"),
            ("1430 GMT", "TIME", "2014-02-06T14:30"),
            ("Jan 22", "DATE", "2014-01-22"),
            ("recent months", "DATE", "PAST_REF"),
            ("March", "DATE", "2014-03"),
            ("April", "DATE", "2014-04"),
            ("the end of 2014", "DATE", "2014"),
            ("Tuesday", "DATE", "2014-02-04"),
            ("2014", "DATE", "2014"),
            ("last year", "DATE", "2013"),
            ("2014", "DATE", "2014"),
            ("next Wednesday", "DATE", "2014-02-12"),
            ("March 20", "DATE", "2014-03-20"),
            ("eight times a year", "SET", "P1Y"),
        ],
    ),
    # Monday 2015-06-15 (ISO week 25), dpa-style court wire, headline ("after 20-month
    # trial"), stamp "June 15, 2015 12:41 GMT" (a DATE and a TIME, gold_blind103), "Graubach,
    # Velmark (dpa) -" dateline without date. The verdict came "on Monday" (the publication
    # day); the lawyer spoke "on Monday afternoon" 2015-06-15TAF; the hearing "ended at 11:52
    # am (0952 GMT)", two TIMEs of that day (local summer time is GMT+2). "four and a half
    # years" DURATION P54M (one unit, like "two and a half years" P30M in gold_blind17);
    # "between 2008 and 2011" two DATEs; "almost two hours" PT2H; "20-month" and "20 months"
    # P20M; "twice a week, on Tuesdays and Thursdays" SET P1W and two SETs XXXX-WXX-2 and
    # XXXX-WXX-4; "six years" P6Y (the sentence demanded); "For years" -> "years" PXY, "for
    # decades" -> "decades" PXY (gold_blind6); "on March 3, 2012 and charged the next day"
    # 2012-03-03 and 2012-03-04 (anchored on the date just named); "39 months" P39M; "the
    # one-week deadline" -> "one-week" P1W; "up to a year" P1Y; "founded in 1872"; "the autumn
    # of 2011" 2011-FA (one span, gold_blind45); "wound down two years later" 2013 (anchored
    # on the autumn of 2011, the unit's granularity, like "two days later" in gold_blind103);
    # "suspended sentences of 18 months" P18M; "last Thursday" in a Monday story 2015-06-11,
    # the Thursday of the past week; the trial "on September 22" 2015-09-22; "in the autumn"
    # (ahead, in June) 2015-FA; "said on Sunday" 2015-06-14; "earlier this month" 2015-06;
    # "within six weeks" P6W; "by the end of the month" 2015-06; "18 months shorter" P18M
    # (the size of a difference, like a delay, gold_blind28); "up to 10 years" P10Y. Not
    # annotated: "Section 266" (a code section), ages "61" and "49", "94 hearings" (a count
    # of sittings, not days), "380 million euros (427 million dollars)", "2.1 billion euros",
    # "60 million euros", "some 3,400", "third-largest", "A fourth manager".
    "nordhafen-bank-chief-fraud-verdict": (
        "2015-06-15",
        [
            ("20-month", "DURATION", "P20M"),
            ("June 15, 2015", "DATE", "2015-06-15"),
            ("12:41 GMT", "TIME", "2015-06-15T12:41"),
            ("Monday", "DATE", "2015-06-15"),
            ("four and a half years", "DURATION", "P54M"),
            ("2008", "DATE", "2008"),
            ("2011", "DATE", "2011"),
            ("almost two hours", "DURATION", "PT2H"),
            ("20 months", "DURATION", "P20M"),
            ("twice a week", "SET", "P1W"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("six years", "DURATION", "P6Y"),
            ("years", "DURATION", "PXY"),
            ("March 3, 2012", "DATE", "2012-03-03"),
            ("the next day", "DATE", "2012-03-04"),
            ("39 months", "DURATION", "P39M"),
            ("Monday afternoon", "TIME", "2015-06-15TAF"),
            ("one-week", "DURATION", "P1W"),
            ("up to a year", "DURATION", "P1Y"),
            ("1872", "DATE", "1872"),
            ("decades", "DURATION", "PXY"),
            ("the autumn of 2011", "DATE", "2011-FA"),
            ("two years later", "DATE", "2013"),
            ("18 months", "DURATION", "P18M"),
            ("last Thursday", "DATE", "2015-06-11"),
            ("September 22", "DATE", "2015-09-22"),
            ("the autumn", "DATE", "2015-FA"),
            ("Sunday", "DATE", "2015-06-14"),
            ("earlier this month", "DATE", "2015-06"),
            ("six weeks", "DURATION", "P6W"),
            ("the end of the month", "DATE", "2015-06"),
            ("18 months", "DURATION", "P18M"),
            ("up to 10 years", "DURATION", "P10Y"),
            ("11:52 am", "TIME", "2015-06-15T11:52"),
            ("0952 GMT", "TIME", "2015-06-15T09:52"),
        ],
    ),
    # Friday 2013-08-09 (ISO week 32), Xinhua-style conflict wire, headline, "SAREM, Kalestan,
    # Aug. 9 (Xinhua) --" dateline, "Enditem". The truce "largely held on Friday" (the
    # publication day); "violations overnight" -> the night begun on Thursday evening,
    # 2013-08-08TNI (gold_blind21, gold_blind103); the village shelled "in the early hours of
    # Friday" -> "the early hours of Friday" DATE 2013-08-09 (gold_blind45). The truce "took
    # effect at 6 p.m. local time (1400 GMT) on Wednesday" (Kalestan is GMT+4): two TIMEs on
    # 2013-08-07 and the DATE; "the last day of Ramadan" one DATE span 2013-08-07, like "the
    # first day of Ramadan" (gold_blind57, gold_blind79); "celebrated Eid al-Fitr on Thursday"
    # -> "Eid al-Fitr" DATE 2013-08-08 (a festival named as its day, gold_blind79) and
    # "Thursday"; "Eid prayers that morning" -> "Eid" 2013-08-08 (the prayers are held on the
    # day, gold_blind79) and "that morning" 2013-08-08TMO (anchored on "on Thursday"). "the
    # 10-day truce" P10D; "due to expire on Aug. 17" and "beyond Aug. 17" 2013-08-17; the
    # governor spoke "on Thursday evening" 2013-08-08TEV of shells "at about 11 p.m. on
    # Wednesday" 2013-08-07T23:00, "five hours after the truce began" PT5H (an anchored
    # duration). "since 1994"; "late April" 2013-04; "on Aug. 1; a week earlier" 2013-08-01
    # and the ISO week before that Thursday's week 31, 2013-W30 (gold_blind12, gold_blind22);
    # "March 2012" 2012-03 and "after just three weeks" P3W; "for the first time in two weeks"
    # -> "two weeks" P2W (the period of a "first in"); the curfew "from 9 p.m. to 5 a.m. every
    # night" two TIMEs XXXX-XX-XXThh:mm and the SET XXXX-XX-XXTNI (gold_blind103); "next week"
    # 2013-W33; "since the spring" 2013-SP; "this week" 2013-W32; "on Tuesday, Aug. 20" one
    # DATE span 2013-08-20 (a weekday with its date, like "Tuesday, Aug. 26" in
    # gold_blind17); "their first direct talks in more than a year" -> "more than a year" P1Y;
    # "Sept. 3" 2013-09-03. Not annotated: "Highway 12", "230 people", "64 civilians", "three
    # soldiers", "two police posts", "four mortar shells", "40,000", "as long as the army
    # does", "for the first time", "Enditem".
    "kavar-eid-ceasefire-holds": (
        "2013-08-09",
        [
            ("Aug. 9", "DATE", "2013-08-09"),
            ("Friday", "DATE", "2013-08-09"),
            ("overnight", "TIME", "2013-08-08TNI"),
            ("10-day", "DURATION", "P10D"),
            ("6 p.m. local time", "TIME", "2013-08-07T18:00"),
            ("1400 GMT", "TIME", "2013-08-07T14:00"),
            ("Wednesday", "DATE", "2013-08-07"),
            ("the last day of Ramadan", "DATE", "2013-08-07"),
            ("Aug. 17", "DATE", "2013-08-17"),
            ("Eid al-Fitr", "DATE", "2013-08-08"),
            ("Thursday", "DATE", "2013-08-08"),
            ("Thursday evening", "TIME", "2013-08-08TEV"),
            ("about 11 p.m.", "TIME", "2013-08-07T23:00"),
            ("Wednesday", "DATE", "2013-08-07"),
            ("five hours", "DURATION", "PT5H"),
            ("Aug. 17", "DATE", "2013-08-17"),
            ("1994", "DATE", "1994"),
            ("the early hours of Friday", "DATE", "2013-08-09"),
            ("late April", "DATE", "2013-04"),
            ("Aug. 1", "DATE", "2013-08-01"),
            ("a week earlier", "DATE", "2013-W30"),
            ("March 2012", "DATE", "2012-03"),
            ("three weeks", "DURATION", "P3W"),
            ("Thursday", "DATE", "2013-08-08"),
            ("two weeks", "DURATION", "P2W"),
            ("Eid", "DATE", "2013-08-08"),
            ("that morning", "TIME", "2013-08-08TMO"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("5 a.m.", "TIME", "XXXX-XX-XXT05:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("next week", "DATE", "2013-W33"),
            ("the spring", "DATE", "2013-SP"),
            ("this week", "DATE", "2013-W32"),
            ("Tuesday, Aug. 20", "DATE", "2013-08-20"),
            ("more than a year", "DURATION", "P1Y"),
            ("Sept. 3", "DATE", "2013-09-03"),
        ],
    ),
    # Wednesday 2012-05-16 (ISO week 20), PTI-style business wire, headline, "Mumbai, May 16
    # (PTI)" dateline; in this agency's copy "today" is the day of the wire and "yesterday"
    # the day before (2012-05-15), "late last night" the night of that day, 2012-05-15TNI
    # (gold_blind35's "last night" in a morning paper). The Indian financial year runs
    # April-March and is named by the year it ends (gold_blind17, gold_blind63, gold_blind74):
    # "2011-12" FY2012, "this fiscal" FY2013 (like "the current fiscal" in gold_blind63 and
    # gold_blind74); quarters named by calendar months keep calendar values, "the
    # January-March quarter" 2012-Q1 and "the April-June quarter" 2012-Q2, and "from a year
    # earlier" after the first 2011-Q1 (gold_blind74). "by September 30" 2012-09-30; "up to
    # 210 days" P210D; "over seven years" P7Y; "the past two quarters" P2Q (like "the past
    # four quarters" P4Q in gold_blind55); "from October" 2012-10; "at 4 pm
    # today" a TIME and the DATE; "since April 2009" 2009-04; "1996", "1983", "2015", "2020"
    # and "2010" as written; "on May 4" 2012-05-04 (past); "twice a year" SET P1Y; "since
    # December" 2011-12; "for three straight years" P3Y (a cardinal run, gold_blind103's "five
    # consecutive days"); "by March 2013" 2013-03; "within weeks" PXW; "its biggest one-day
    # gain in four years" -> "one-day" P1D (gold_blind45) and "four years" P4Y (the period of a
    # superlative); "since January" 2012-01; "a 48-hour strike from May 21" PT48H and
    # 2012-05-21; "for at least three years" P3Y; "on Friday" (future) 2012-05-18; "in late
    # July" 2012-07. Not annotated: "the monsoon" (a season of no calendar unit, gold_blind96),
    # "a combined annual capacity" (an adjective naming the period of a figure), "Vision
    # 2020" (a programme's name, beside the annotated "2020"), "fifth-largest", "2,010
    # employees" (a count in a 2012 story), the age "54", "4.6 million tonnes", "20 million
    # tonnes", "30 million tonnes", the rupee and crore sums ("Rs 2,150 cr", "Rs 1,200-crore",
    # "Rs 214.60", "Rs 38.15"), the percentages, "the BSE".
    "deccan-cements-sahyadri-plants-deal": (
        "2012-05-16",
        [
            ("May 16", "DATE", "2012-05-16"),
            ("today", "DATE", "2012-05-16"),
            ("late last night", "TIME", "2012-05-15TNI"),
            ("September 30", "DATE", "2012-09-30"),
            ("up to 210 days", "DURATION", "P210D"),
            ("seven years", "DURATION", "P7Y"),
            ("the past two quarters", "DURATION", "P2Q"),
            ("October", "DATE", "2012-10"),
            ("4 pm", "TIME", "2012-05-16T16:00"),
            ("today", "DATE", "2012-05-16"),
            ("1996", "DATE", "1996"),
            ("April 2009", "DATE", "2009-04"),
            ("2011-12", "DATE", "FY2012"),
            ("the January-March quarter", "DATE", "2012-Q1"),
            ("May 4", "DATE", "2012-05-04"),
            ("a year earlier", "DATE", "2011-Q1"),
            ("1983", "DATE", "1983"),
            ("2015", "DATE", "2015"),
            ("2020", "DATE", "2020"),
            ("this fiscal", "DATE", "FY2013"),
            ("twice a year", "SET", "P1Y"),
            ("December", "DATE", "2011-12"),
            ("three straight years", "DURATION", "P3Y"),
            ("yesterday", "DATE", "2012-05-15"),
            ("March 2013", "DATE", "2013-03"),
            ("2010", "DATE", "2010"),
            ("weeks", "DURATION", "PXW"),
            ("one-day", "DURATION", "P1D"),
            ("four years", "DURATION", "P4Y"),
            ("January", "DATE", "2012-01"),
            ("48-hour", "DURATION", "PT48H"),
            ("May 21", "DATE", "2012-05-21"),
            ("at least three years", "DURATION", "P3Y"),
            ("Friday", "DATE", "2012-05-18"),
            ("the April-June quarter", "DATE", "2012-Q2"),
            ("late July", "DATE", "2012-07"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
