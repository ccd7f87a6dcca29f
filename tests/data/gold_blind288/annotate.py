"""Annotations of the two-hundred-and-eighty-eighth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind288/annotate.py [--show]

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
    # Thursday 2013-07-25 (ISO week 30), AFP-style landslide wire, headline without a date,
    # "KATHMANDU, July 25 (AFP) -" dateline (the publication day, gold_blind45). The slope gave
    # way "early Monday" 2013-07-22 (DATE with the modifier in the span, gold_blind2,
    # gold_blind13) "at around 3:40 am local time on Monday (2155 GMT Sunday)": Nepal is
    # UTC+5:45, so the GMT time falls on Sunday, 2013-07-21T21:55, with "Sunday" a DATE of its
    # own (gold_blind45, gold_blind28); the approximator stays in the span (gold_blind87).
    # "Sunday evening" 2013-07-21TEV; "Monday afternoon" 2013-07-22TAF; "the next day" after it
    # Tuesday 2013-07-23 (gold_blind54); "late Tuesday" 2013-07-23 and "early Wednesday"
    # 2013-07-24 DATEs; Lamagaun "evacuated on Tuesday, hours before a smaller slide struck it
    # that evening": "hours" DURATION PTXH (a duration anchored to an event, gold_blind6),
    # "that evening" 2013-07-23TEV (gold_blind8). "6 am on Thursday" and "before noon" are
    # the publication day's. Ahead: the search "until Saturday" 2013-07-27, relief flights "on
    # Friday morning" 2013-07-26TMO, "the next 48 hours" PT48H, "at least mid-September"
    # 2013-09 (modifier kept, gold_blind35), "next week" 2013-W31, "within a month" P1M.
    # "this year's monsoon" -> "this year" 2013; "three days earlier than usual" P3D (the size
    # of a shift, gold_blind78); "the past three days" P3D and "the past few days" PXD (a
    # stretch back from now, a DURATION, gold_blind87); "this week" 2013-W30; "every year" SET
    # P1Y; "Last year" 2012; "weeks" PXW; "May" 2013-05; "the 1990s" 199; "a decade ago" 2003
    # and "two years ago" 2011 (the unit's granularity, gold_blind3, gold_blind45). Not
    # annotated: "41", "about 600 people", "340 kilometres (210 miles)", "38 houses",
    # "magnitude 4.1", "52", "23", "150", "17", "1,200", "40,000 rupees ($420)", "62", "29",
    # "34", "the Karnali Highway", "the third deadly landslide", "the monsoon" (a rainy season
    # with no calendar unit, gold_blind78).
    "dhungakot-landslide-rescue": (
        "2013-07-25",
        [
            ("July 25", "DATE", "2013-07-25"),
            ("Thursday", "DATE", "2013-07-25"),
            ("early Monday", "DATE", "2013-07-22"),
            ("around 3:40 am local time", "TIME", "2013-07-22T03:40"),
            ("Monday", "DATE", "2013-07-22"),
            ("2155 GMT", "TIME", "2013-07-21T21:55"),
            ("Sunday", "DATE", "2013-07-21"),
            ("Sunday evening", "TIME", "2013-07-21TEV"),
            ("the past three days", "DURATION", "P3D"),
            ("now", "DATE", "PRESENT_REF"),
            ("Monday afternoon", "TIME", "2013-07-22TAF"),
            ("the next day", "DATE", "2013-07-23"),
            ("late Tuesday", "DATE", "2013-07-23"),
            ("early Wednesday", "DATE", "2013-07-24"),
            ("Tuesday", "DATE", "2013-07-23"),
            ("hours", "DURATION", "PTXH"),
            ("that evening", "TIME", "2013-07-23TEV"),
            ("6 am", "TIME", "2013-07-25T06:00"),
            ("Thursday", "DATE", "2013-07-25"),
            ("noon", "TIME", "2013-07-25T12:00"),
            ("Saturday", "DATE", "2013-07-27"),
            ("the next 48 hours", "DURATION", "PT48H"),
            ("this year", "DATE", "2013"),
            ("June 14", "DATE", "2013-06-14"),
            ("three days", "DURATION", "P3D"),
            ("at least mid-September", "DATE", "2013-09"),
            ("this week", "DATE", "2013-W30"),
            ("the past few days", "DURATION", "PXD"),
            ("Wednesday", "DATE", "2013-07-24"),
            ("Friday morning", "TIME", "2013-07-26TMO"),
            ("every year", "SET", "P1Y"),
            ("Last year", "DATE", "2012"),
            ("August 2010", "DATE", "2010-08"),
            ("weeks", "DURATION", "PXW"),
            ("May", "DATE", "2013-05"),
            ("the 1990s", "DATE", "199"),
            ("a decade ago", "DATE", "2003"),
            ("two years ago", "DATE", "2011"),
            ("next week", "DATE", "2013-W31"),
            ("a month", "DURATION", "P1M"),
        ],
    ),
    # Tuesday 2012-10-16 (ISO week 42), Reuters-style diplomacy wire, headline ("to resume talks on
    # Friday"), "VIENNA, Oct 16 (Reuters) -" dateline, credit line. The talks resume "on Friday"
    # 2012-10-19 (headline, lead, "the Friday round", "Friday's meeting"); "two weeks before a
    # contract ... expires" P2W (a duration anchored to an event, gold_blind35). The contract ends
    # "at midnight on Oct 31": "midnight" 2012-10-31T24:00, the end of the day named
    # (gold_blind103), and "Oct 31" a DATE of its own; flows halt "from 0600 GMT on Nov 1". "late
    # Monday" 2012-10-15 and "a session that ran past midnight" -> "midnight" 2012-10-15T24:00, the
    # midnight ending Monday. "9 a.m. local time (0700 GMT)" on Tuesday: Vienna is UTC+2 until 28
    # October, two TIMEs (gold_blind45); "shortly after 4 p.m." -> "4 p.m." ("shortly after" a
    # signal, gold_blind15). "the first half of next year" 2013-H1 one span. "A week later, on Oct
    # 9" -> "A week later" 2012-W41, the ISO week at the unit's granularity like "two weeks later,
    # on July 11" (gold_blind28), and "Oct 9". "the weekend" ahead 2012-W42-WE (20-21 October);
    # "this week" 2012-W42; "sits only on Tuesdays and Thursdays" two SETs XXXX-WXX-2 and XXXX-WXX-4
    # (gold_blind78); "Oct 23" is a Tuesday. "earlier this month, on Oct 2" -> "earlier this month"
    # 2012-10 and the date (gold_blind103); "in recent months" PAST_REF (gold_blind45). "the 2002
    # transit treaty" -> "2002" an adjectival year (gold_blind35); "10-year" P10Y; "45 days" P45D;
    # "nearly two weeks" P2W; "this winter" in October is the winter of 2012-13, 2013-WI (a winter
    # takes the year of its January, gold_blind10, gold_blind103); "months" PXM; "a year ago" 2011.
    # Not annotated: "Article 14", "$410 per 1,000 cubic metres", "$335", "$360", "20 percent", "87
    # percent", "a fifth", "winter demand" (an adjective naming a kind of demand, gold_blind103),
    # "the deadline" (event-named), "Since then" (anaphoric), "at the last minute" (an idiom).
    "kestrania-varonia-gas-transit-talks": (
        "2012-10-16",
        [
            ("Friday", "DATE", "2012-10-19"),
            ("Oct 16", "DATE", "2012-10-16"),
            ("two days", "DURATION", "P2D"),
            ("Friday", "DATE", "2012-10-19"),
            ("Tuesday", "DATE", "2012-10-16"),
            ("two weeks", "DURATION", "P2W"),
            ("10-year", "DURATION", "P10Y"),
            ("midnight", "TIME", "2012-10-31T24:00"),
            ("Oct 31", "DATE", "2012-10-31"),
            ("0600 GMT", "TIME", "2012-11-01T06:00"),
            ("Nov 1", "DATE", "2012-11-01"),
            ("late Monday", "DATE", "2012-10-15"),
            ("midnight", "TIME", "2012-10-15T24:00"),
            ("9 a.m. local time", "TIME", "2012-10-16T09:00"),
            ("0700 GMT", "TIME", "2012-10-16T07:00"),
            ("Tuesday", "DATE", "2012-10-16"),
            ("4 p.m.", "TIME", "2012-10-16T16:00"),
            ("now", "DATE", "PRESENT_REF"),
            ("the first half of next year", "DATE", "2013-H1"),
            ("earlier this month", "DATE", "2012-10"),
            ("Oct 2", "DATE", "2012-10-02"),
            ("three hours", "DURATION", "PT3H"),
            ("A week later", "DATE", "2012-W41"),
            ("Oct 9", "DATE", "2012-10-09"),
            ("36 hours", "DURATION", "PT36H"),
            ("Friday", "DATE", "2012-10-19"),
            ("the weekend", "DATE", "2012-W42-WE"),
            ("2002", "DATE", "2002"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("Friday", "DATE", "2012-10-19"),
            ("Oct 23", "DATE", "2012-10-23"),
            ("the 1980s", "DATE", "198"),
            ("recent months", "DATE", "PAST_REF"),
            ("45 days", "DURATION", "P45D"),
            ("this week", "DATE", "2012-W42"),
            ("January 2009", "DATE", "2009-01"),
            ("nearly two weeks", "DURATION", "P2W"),
            ("November 2011", "DATE", "2011-11"),
            ("this winter", "DATE", "2013-WI"),
            ("months", "DURATION", "PXM"),
            ("a year ago", "DATE", "2011"),
        ],
    ),
    # Wednesday 2015-03-11 (ISO week 11), ANSA-style English court wire, headline, subheading
    # ("due after Easter"), stamp "11 March 2015, 20:12" (date and clock time two TIMEX3,
    # gold_blind103) and "(ANSA) - Bologna, March 11 -" dateline. Easter 2015 is Sunday
    # 2015-04-05 (a holiday on the day it falls on, gold_blind36, gold_blind79), in the
    # subheading and the body. The murder: "the evening of October 3, 2013" one TIME span
    # 2013-10-03TEV (gold_blind28), "shortly after 8 pm" -> "8 pm" that evening,
    # 2013-10-03T20:00; "two days later" 2013-10-05 (gold_blind45). The verdict "at 7:40 pm"
    # and the judges retiring "at 1:30 pm" are the publication day's; "the previous day"
    # 2015-03-10; "more than six hours" PT6H. "last May" in March 2015 is 2014-05; "sat twice
    # a week" SET P1W; "within 90 days" P90D; "45 days" P45D; "the spring of 2013" 2013-SP;
    # "19 years" P19Y; "before 2016" -> "2016"; "For 17 months" P17M and "today" 2015-03-11
    # in the widow's quote; "last month" 2015-02; "April 8" 2015-04-08; "by the end of April"
    # -> "the end of April" 2015-04 (gold_blind45); "February 25" 2015-02-25; "weeks" PXW;
    # "founded ... in 1921"; "last year" 2014; "ten minutes at 8 am on Thursday" -> PT10M,
    # 2015-03-12T08:00 and 2015-03-12. Not annotated: "44-year-old", "67", "63", "39", "7.65
    # calibre" (a bore, not a clock time), "Article 577", "500,000 euros", "48 million euros",
    # "210 people", "a third", "life", "a life term", "a life sentence", "for life" (a
    # sentence, not a period), "throughout" (anaphoric), "in chambers".
    "sassuolo-ferretti-murder-verdict": (
        "2015-03-11",
        [
            ("Easter", "DATE", "2015-04-05"),
            ("11 March 2015", "DATE", "2015-03-11"),
            ("20:12", "TIME", "2015-03-11T20:12"),
            ("March 11", "DATE", "2015-03-11"),
            ("Wednesday", "DATE", "2015-03-11"),
            ("the evening of October 3, 2013", "TIME", "2013-10-03TEV"),
            ("7:40 pm", "TIME", "2015-03-11T19:40"),
            ("more than six hours", "DURATION", "PT6H"),
            ("last May", "DATE", "2014-05"),
            ("twice a week", "SET", "P1W"),
            ("1:30 pm", "TIME", "2015-03-11T13:30"),
            ("the previous day", "DATE", "2015-03-10"),
            ("90 days", "DURATION", "P90D"),
            ("45 days", "DURATION", "P45D"),
            ("the spring of 2013", "DATE", "2013-SP"),
            ("19 years", "DURATION", "P19Y"),
            ("8 pm", "TIME", "2013-10-03T20:00"),
            ("two days later", "DATE", "2013-10-05"),
            ("2016", "DATE", "2016"),
            ("17 months", "DURATION", "P17M"),
            ("today", "DATE", "2015-03-11"),
            ("Easter", "DATE", "2015-04-05"),
            ("last month", "DATE", "2015-02"),
            ("April 8", "DATE", "2015-04-08"),
            ("the end of April", "DATE", "2015-04"),
            ("February 25", "DATE", "2015-02-25"),
            ("weeks", "DURATION", "PXW"),
            ("2012", "DATE", "2012"),
            ("2008", "DATE", "2008"),
            ("1921", "DATE", "1921"),
            ("last year", "DATE", "2014"),
            ("ten minutes", "DURATION", "PT10M"),
            ("8 am", "TIME", "2015-03-12T08:00"),
            ("Thursday", "DATE", "2015-03-12"),
        ],
    ),
    # Sunday 2014-11-23 (ISO week 47), Anadolu-style football match report, headline with the
    # score, stamp "23.11.2014 21:48" (a day-first dotted date, gold_blind36, gold_blind87, and
    # its clock time), "ISTANBUL (AA) –" dateline without date. The match "on Sunday", the
    # publication day; "tonight" in the coach's quote 2014-11-23TNI; "7 pm local time (1700
    # GMT)" two TIMEs (Turkey was UTC+2 in November 2014). "levelled three minutes after
    # half-time" -> "three minutes" PT3M, a duration anchored to an event like "within four
    # minutes of the restart" (gold_blind43); the match minutes and "half-time" are not
    # annotated (gold_blind7, gold_blind43, gold_blind75). "returned ... in the summer" 2014-SU
    # (past); "since March 2012"; "more than two years" P2Y; "the opening day of the season on
    # August 30" -> only "August 30" 2014-08-30; "the league's winter break, which begins
    # after the games of December 21" -> "December 21" 2014-12-21 ("winter break" a
    # competition period, not annotated). Past weekdays: the coach "appointed only on Tuesday"
    # 2014-11-18, his predecessor sacked "the previous day" 2014-11-17, the players told "on
    # Wednesday" 2014-11-19. Future: the cup tie "on Wednesday" 2014-11-26, "Thursday"
    # 2014-11-27, "on Saturday" 2014-11-29, and "Friday, November 28" one DATE span with its
    # weekday (gold_blind28, gold_blind87) with "7:30 pm" that day. "the 2014-15 season" ->
    # "2014" and "15" 2015, "season" left out (gold_blind43, gold_blind91). "for a decade"
    # P10Y; "five days" P5D; "twice a day" SET P1D; "last May" 2014-05; "five years" P5Y; "the
    # past three weeks" P3W; "last month" 2014-10. Not annotated: "2-1", "3-0", "11 league
    # games", "87th-minute", "the 24th minute", "the 71st minute", "half-time", "fourth",
    # "15th place", "nine points from 12 games", "three points", "33", "48", "under-21",
    # "18,450 fans", "40,000 liras", "the 29 Ekim Stadium" (a name holding a date, 29 October),
    # "the opening day of the season", "the season", "winter break", "kick-off".
    "gokovaspor-meric-super-lig-report": (
        "2014-11-23",
        [
            ("23.11.2014", "DATE", "2014-11-23"),
            ("21:48", "TIME", "2014-11-23T21:48"),
            ("Sunday", "DATE", "2014-11-23"),
            ("three minutes", "DURATION", "PT3M"),
            ("the summer", "DATE", "2014-SU"),
            ("March 2012", "DATE", "2012-03"),
            ("more than two years", "DURATION", "P2Y"),
            ("August 30", "DATE", "2014-08-30"),
            ("December 21", "DATE", "2014-12-21"),
            ("Tuesday", "DATE", "2014-11-18"),
            ("the previous day", "DATE", "2014-11-17"),
            ("January 2013", "DATE", "2013-01"),
            ("a decade", "DURATION", "P10Y"),
            ("Wednesday", "DATE", "2014-11-19"),
            ("five days", "DURATION", "P5D"),
            ("twice a day", "SET", "P1D"),
            ("tonight", "TIME", "2014-11-23TNI"),
            ("7 pm local time", "TIME", "2014-11-23T19:00"),
            ("1700 GMT", "TIME", "2014-11-23T17:00"),
            ("2014", "DATE", "2014"),
            ("15", "DATE", "2015"),
            ("1967", "DATE", "1967"),
            ("2009", "DATE", "2009"),
            ("five years", "DURATION", "P5Y"),
            ("last May", "DATE", "2014-05"),
            ("the past three weeks", "DURATION", "P3W"),
            ("Wednesday", "DATE", "2014-11-26"),
            ("Saturday", "DATE", "2014-11-29"),
            ("Thursday", "DATE", "2014-11-27"),
            ("last month", "DATE", "2014-10"),
            ("Friday, November 28", "DATE", "2014-11-28"),
            ("7:30 pm", "TIME", "2014-11-28T19:30"),
        ],
    ),
    # Friday 2015-08-07 (ISO week 32), EFE-style English economy wire, headline ("in July,
    # lowest in two years"), "Puerto Anselmo, Aug 7 (EFE).-" dateline. The figures are for July
    # 2015-07; "a year earlier" after it 2014-07 and "year-on-year" 2014-07, the period
    # compared with at the figure's granularity (gold_blind51); "Month-on-month" and "the
    # previous month" 2015-06 (gold_blind51); "lowest in two years" P2Y (the period of a
    # superlative, gold_blind45). "10 a.m. local time (1400 GMT)" two TIMEs on the publication
    # day (an invented country at UTC-4). "said Friday" the publication day, "said on
    # Thursday" 2015-08-06. "the budget for the fiscal year that began on July 1" -> "the
    # fiscal year" FY2016 (July 2015-June 2016, named by the year it ends, gold_blind35,
    # gold_blind63) and "July 1" 2015-07-01. "the second half of the year" 2015-H2; "last
    # year's devaluation" -> "last year" 2014; "the second quarter" 2015-Q2, "the first
    # quarter" 2015-Q1, "a year earlier" after them 2014-Q2; "between April and June" two
    # DATEs; "since March" 2015-03; "by December" 2015-12; "before the end of the year" 2015;
    # "last week" 2015-W31, "this week" 2015-W32; "eight consecutive months" P8M (a cardinal
    # run, gold_blind103); "the coming months" PXM; "the late 1980s" 198; "in a single year"
    # P1Y (how long a past change took, gold_blind35); "for decades afterwards" -> "decades"
    # PXY (gold_blind6); "every six months" SET P6M; "publishes it monthly" SET P1M; "the
    # August figures" -> "August" 2015-08 (the month the figures are for); "Sept 8". Not
    # annotated: "annual inflation" (a rate, gold_blind51), "95-octane", "4.15 pesos" (a price
    # that looks like a clock time), "13.85 per dollar", "148.62 points", "9.25 percent", "a
    # quarter point", "112,000 jobs", "3,000 percent", "a third" and the other percentages.
    "valdoria-inflation-july-jobs": (
        "2015-08-07",
        [
            ("July", "DATE", "2015-07"),
            ("two years", "DURATION", "P2Y"),
            ("Aug 7", "DATE", "2015-08-07"),
            ("July", "DATE", "2015-07"),
            ("a year earlier", "DATE", "2014-07"),
            ("June", "DATE", "2015-06"),
            ("July 2013", "DATE", "2013-07"),
            ("Friday", "DATE", "2015-08-07"),
            ("Month-on-month", "DATE", "2015-06"),
            ("the previous month", "DATE", "2015-06"),
            ("10 a.m. local time", "TIME", "2015-08-07T10:00"),
            ("1400 GMT", "TIME", "2015-08-07T14:00"),
            ("year-on-year", "DATE", "2014-07"),
            ("June 1", "DATE", "2015-06-01"),
            ("Thursday", "DATE", "2015-08-06"),
            ("December", "DATE", "2015-12"),
            ("the fiscal year", "DATE", "FY2016"),
            ("July 1", "DATE", "2015-07-01"),
            ("the second half of the year", "DATE", "2015-H2"),
            ("last year", "DATE", "2014"),
            ("October 2014", "DATE", "2014-10"),
            ("eight consecutive months", "DURATION", "P8M"),
            ("the coming months", "DURATION", "PXM"),
            ("March", "DATE", "2015-03"),
            ("Aug 20", "DATE", "2015-08-20"),
            ("last week", "DATE", "2015-W31"),
            ("the end of the year", "DATE", "2015"),
            ("the second quarter", "DATE", "2015-Q2"),
            ("the first quarter", "DATE", "2015-Q1"),
            ("a year earlier", "DATE", "2014-Q2"),
            ("April", "DATE", "2015-04"),
            ("June", "DATE", "2015-06"),
            ("2011", "DATE", "2011"),
            ("the late 1980s", "DATE", "198"),
            ("a single year", "DURATION", "P1Y"),
            ("decades", "DURATION", "PXY"),
            ("every six months", "SET", "P6M"),
            ("this week", "DATE", "2015-W32"),
            ("Friday afternoon", "TIME", "2015-08-07TAF"),
            ("July", "DATE", "2015-07"),
            ("monthly", "SET", "P1M"),
            ("August", "DATE", "2015-08"),
            ("Sept 8", "DATE", "2015-09-08"),
        ],
    ),
    # Monday 2014-04-07 (ISO week 15), AP-style election wire, headline, byline, stamp "Apr. 7,
    # 2014 12:46 PM EDT" (date and clock time two TIMEX3, the zone in the span, gold_blind103),
    # "VARSK, Ostrenia (AP) —" dateline without date; "showed Monday" and "early Monday" the
    # publication day. The first round was "Sunday's vote" 2014-04-06; the runoff "on April
    # 27" (a Sunday), "three weeks after Sunday's vote" P3W (anchored, gold_blind35). "late
    # Sunday" 2014-04-06, "two hours after polls closed" PT2H, "8 p.m. (1800 GMT)" two TIMEs on
    # Sunday (an invented country at UTC+2); "Tonight" in Sunday's quote 2014-04-06TNI;
    # "shortly before midnight" -> "midnight" 2014-04-06T24:00, the midnight ending Sunday
    # (gold_blind103). "Officials said on Sunday ... tampered with the previous day" ->
    # 2014-04-05; "repeated on Monday morning" 2014-04-07TMO. Complaints "until Wednesday"
    # 2014-04-09 and a ruling "two days later" 2014-04-11 (anchored on the narrative's last
    # date, gold_blind54); "at midnight on April 25" -> "midnight" 2014-04-25T24:00 and "April
    # 25"; "a full day" P1D. "at 3 p.m." and "by 1 p.m." on the publication day. "until
    # January" 2014-01; "last year" 2013; "since 2012"; "since 2009" and "the 2009 election"
    # (an adjectival year); "March 2011"; "weeks" PXW; "two four-year terms" -> "four-year"
    # P4Y; "a decade ago" 2004; "for decades" PXY; "five-year terms" P5Y; "next week"
    # 2014-W16; "every five years" SET P5Y; "since 1994, three years after independence in
    # 1991" -> "1994", "three years" P3Y, "1991". Not annotated: "99.6 percent", "44.2
    # percent", "38.9 percent", "56-year-old", "61", "58 percent", "64 percent", "Five other
    # candidates", "14 ballot boxes", "Article 58" (beside "58 percent"), "2.1 percent", "15
    # percent", "0.8 percent", "2.3 percent", "612.45 points", "4.7 million", "the runoff" and
    # "the vote" (events, dated by "April 27").
    "ostrenia-presidential-runoff": (
        "2014-04-07",
        [
            ("Apr. 7, 2014", "DATE", "2014-04-07"),
            ("12:46 PM EDT", "TIME", "2014-04-07T12:46"),
            ("Monday", "DATE", "2014-04-07"),
            ("April 27", "DATE", "2014-04-27"),
            ("early Monday", "DATE", "2014-04-07"),
            ("three weeks", "DURATION", "P3W"),
            ("Sunday", "DATE", "2014-04-06"),
            ("late Sunday", "DATE", "2014-04-06"),
            ("two hours", "DURATION", "PT2H"),
            ("8 p.m.", "TIME", "2014-04-06T20:00"),
            ("1800 GMT", "TIME", "2014-04-06T18:00"),
            ("Tonight", "TIME", "2014-04-06TNI"),
            ("2009", "DATE", "2009"),
            ("midnight", "TIME", "2014-04-06T24:00"),
            ("the next three weeks", "DURATION", "P3W"),
            ("2009", "DATE", "2009"),
            ("Sunday", "DATE", "2014-04-06"),
            ("the previous day", "DATE", "2014-04-05"),
            ("Monday morning", "TIME", "2014-04-07TMO"),
            ("Wednesday", "DATE", "2014-04-09"),
            ("two days later", "DATE", "2014-04-11"),
            ("midnight", "TIME", "2014-04-25T24:00"),
            ("April 25", "DATE", "2014-04-25"),
            ("a full day", "DURATION", "P1D"),
            ("3 p.m.", "TIME", "2014-04-07T15:00"),
            ("January", "DATE", "2014-01"),
            ("last year", "DATE", "2013"),
            ("2012", "DATE", "2012"),
            ("Monday", "DATE", "2014-04-07"),
            ("1 p.m.", "TIME", "2014-04-07T13:00"),
            ("March 2011", "DATE", "2011-03"),
            ("weeks", "DURATION", "PXW"),
            ("2002", "DATE", "2002"),
            ("four-year", "DURATION", "P4Y"),
            ("a decade ago", "DATE", "2004"),
            ("decades", "DURATION", "PXY"),
            ("five-year", "DURATION", "P5Y"),
            ("next week", "DATE", "2014-W16"),
            ("every five years", "SET", "P5Y"),
            ("1994", "DATE", "1994"),
            ("three years", "DURATION", "P3Y"),
            ("1991", "DATE", "1991"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
