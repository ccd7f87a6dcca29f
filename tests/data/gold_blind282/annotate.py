"""Annotations of the two-hundred-and-eighty-second blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind282/annotate.py [--show]

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
    # Thursday 2012-11-08 (ISO week 45), German agency's English business wire on job cuts
    # after third-quarter results; stamp "dpa International | 8 November 2012, 12:16 GMT"
    # (DATE and TIME, the zone in the span and not in the value), "Stuttgart (dpa) -"
    # dateline without date, "dpa bk sw" trailer (initials, not annotated). The company's
    # fiscal year is not described, so its quarters are calendar ones (gold_blind35,
    # gold_blind37): the headline's "third-quarter", "the third quarter" and "the July-September
    # period" (one span like "the July-September quarter", gold_blind28) 2012-Q3; "a year
    # earlier" after it 2011-Q3 (the granularity of what it is compared with); "the fourth
    # quarter" 2012-Q4; "three consecutive quarters" DURATION P3Q (a cardinal run). "the first
    # nine months" DURATION P9M (gold_blind78). "said on Thursday" the publication day; "late
    # Wednesday" 2012-11-07 and the works council head's "yesterday evening" (a quote in a
    # Thursday wire) 2012-11-07TEV; talks "on Monday" 2012-11-12, the rally "for 1 pm on
    # Tuesday" 2012-11-13T13:00 and the DATE. "the end of 2014" the year's value; "mid-2013"
    # 2013 (gold_blind59); "since July" 2012-07 and "in August" 2012-08 (past); "next year"
    # 2013; "by 1130 GMT" a clock time on the publication day; "this year" 2012; "March 21"
    # 2013-03-21 and "in May" 2013-05 ahead. "for more than a year" P1Y; "for nine months" P9M;
    # "for decades" -> "decades" PXY (gold_blind6); "in recent months" PAST_REF; "the past few
    # days" PXD; "over the coming months" -> "the coming months" PXM. Not annotated: "GX 2000"
    # (a gearbox line beside "2013"), "1,200 jobs", "38.4 million euros", "49 million
    # dollars", "71.9 million euros", "55 million euros", "29 per cent", "151 million euros",
    # "4 per cent", "54" (an age), "700", "9,400", "5,100", "800 posts", "2,000 workers", "7.2
    # per cent", "23.15 euros", "a third", "7 per cent", "90 million euros", "75 million euros",
    # "for the second time", "short-time work", "IG Metall".
    "brenner-gearbox-job-cuts": (
        "2012-11-08",
        [
            ("third-quarter", "DATE", "2012-Q3"),
            ("8 November 2012", "DATE", "2012-11-08"),
            ("12:16 GMT", "TIME", "2012-11-08T12:16"),
            ("Thursday", "DATE", "2012-11-08"),
            ("the end of 2014", "DATE", "2014"),
            ("the third quarter", "DATE", "2012-Q3"),
            ("the July-September period", "DATE", "2012-Q3"),
            ("a year earlier", "DATE", "2011-Q3"),
            ("the first nine months", "DURATION", "P9M"),
            ("July", "DATE", "2012-07"),
            ("2012", "DATE", "2012"),
            ("August", "DATE", "2012-08"),
            ("more than a year", "DURATION", "P1Y"),
            ("2009", "DATE", "2009"),
            ("next year", "DATE", "2013"),
            ("the first half of 2013", "DATE", "2013-H1"),
            ("mid-2013", "DATE", "2013"),
            ("late Wednesday", "DATE", "2012-11-07"),
            ("the past few days", "DURATION", "PXD"),
            ("yesterday evening", "TIME", "2012-11-07TEV"),
            ("Monday", "DATE", "2012-11-12"),
            ("1 pm", "TIME", "2012-11-13T13:00"),
            ("Tuesday", "DATE", "2012-11-13"),
            ("1921", "DATE", "1921"),
            ("2009", "DATE", "2009"),
            ("nine months", "DURATION", "P9M"),
            ("decades", "DURATION", "PXY"),
            ("recent months", "DATE", "PAST_REF"),
            ("2006", "DATE", "2006"),
            ("1130 GMT", "TIME", "2012-11-08T11:30"),
            ("March 2009", "DATE", "2009-03"),
            ("this year", "DATE", "2012"),
            ("three consecutive quarters", "DURATION", "P3Q"),
            ("the fourth quarter", "DATE", "2012-Q4"),
            ("the coming months", "DURATION", "PXM"),
            ("2015", "DATE", "2015"),
            ("March 21", "DATE", "2013-03-21"),
            ("May", "DATE", "2013-05"),
        ],
    ),
    # Wednesday 2013-03-13 (ISO week 11), agency wire update on an air crash investigation,
    # "UPDATE 2-" headline, bullets, "(Adds ...)" note, byline, "JAKARTA, March 13 (Reuters) -"
    # dateline (the date the publication day). The crash: Saturday 2013-02-16 ("last month"
    # 2013-02), "at 5:42 p.m. local time (0942 GMT) on Feb. 16" -> two TIMEs on that day (Sulawesi
    # is GMT+8, so the GMT time falls on the same day) and the DATE (gold_blind28); the clock
    # times "5:30 p.m.", "5:31 p.m." and "5:40 p.m." without a day are on the day of the crash
    # their sentences tell (gold_blind33); "the 20 minutes before the crash" DURATION PT20M (an
    # anchored duration); "the following day" 2013-02-17 after the crash day. "reports every
    # 30 minutes" SET PT30M. "within 12 months of the accident" -> "12 months" P12M; "early
    # next year" (bullet and body) 2014. "so far this year" -> "this year" 2013; "next week"
    # 2013-W12. "said late Tuesday" 2013-03-12; "since February" (bullet and body) 2013-02;
    # "by June" 2013-06; "until at least April 1" -> "at least April 1" 2013-04-01 (modifier
    # kept, gold_blind35). The memorial "on Saturday" 2013-03-09, "three weeks after the crash"
    # P3W (exactly three weeks; an anchored duration). "a 2011 ministerial regulation" an
    # adjectival year; "by the end of the month" 2013-03. "the early 2000s" 200; "over the past
    # decade" -> "the past decade" P10Y; "for years" PXY; "almost every afternoon" SET
    # XXXX-XX-XXTAF, the modifier kept (gold_blind35's "almost every day"). Not annotated:
    # "paragraphs 9-12", "Flight NS 2012" (a flight number holding a year), "14-year-old" (the
    # aircraft's age) and "47-year-old", "34" (ages), "ATR 72-500" and "ATRs", "3 km (2 miles)",
    # "19 of the 52 people", "six", "1,500 metres", "11 inquiries", "four", "60", "1.25 billion
    # rupiah ($129,000)", "the rainy season" (a season of no calendar unit, gold_blind103's "this
    # season").
    "nusa-sky-lembara-crash-report": (
        "2013-03-13",
        [
            ("February", "DATE", "2013-02"),
            ("early next year", "DATE", "2014"),
            ("March 13", "DATE", "2013-03-13"),
            ("last month", "DATE", "2013-02"),
            ("Wednesday", "DATE", "2013-03-13"),
            ("5:42 p.m. local time", "TIME", "2013-02-16T17:42"),
            ("0942 GMT", "TIME", "2013-02-16T09:42"),
            ("Feb. 16", "DATE", "2013-02-16"),
            ("every 30 minutes", "SET", "PT30M"),
            ("5:30 p.m.", "TIME", "2013-02-16T17:30"),
            ("5:31 p.m.", "TIME", "2013-02-16T17:31"),
            ("5:40 p.m.", "TIME", "2013-02-16T17:40"),
            ("the 20 minutes", "DURATION", "PT20M"),
            ("the following day", "DATE", "2013-02-17"),
            ("12 months", "DURATION", "P12M"),
            ("early next year", "DATE", "2014"),
            ("this year", "DATE", "2013"),
            ("next week", "DATE", "2013-W12"),
            ("2007", "DATE", "2007"),
            ("2004", "DATE", "2004"),
            ("two days", "DURATION", "P2D"),
            ("late Tuesday", "DATE", "2013-03-12"),
            ("February", "DATE", "2013-02"),
            ("June", "DATE", "2013-06"),
            ("at least April 1", "DATE", "2013-04-01"),
            ("Saturday", "DATE", "2013-03-09"),
            ("three weeks", "DURATION", "P3W"),
            ("2011", "DATE", "2011"),
            ("the end of the month", "DATE", "2013-03"),
            ("11 days", "DURATION", "P11D"),
            ("the early 2000s", "DATE", "200"),
            ("the past decade", "DURATION", "P10Y"),
            ("years", "DURATION", "PXY"),
            ("almost every afternoon", "SET", "XXXX-XX-XXTAF"),
        ],
    ),
    # Saturday 2013-06-08 (ISO week 23), French agency's sports wire on a Grand Slam final,
    # "Tennis:" label, headline, "PARIS, June 8, 2013 (AFP) -" dateline, "cs/jmm" trailer. The
    # final "on Saturday" is the publication day; its length "two hours and 41 minutes" one
    # DURATION converted to the smallest unit written, PT161M (gold_blind24's race times);
    # "at 6:26 pm (1626 GMT)" two TIMEs (Paris is GMT+2); "more than an hour" PT1H; "a 40-minute
    # rain delay" PT40M; "five minutes late" PT5M (the size of a delay, gold_blind35); "3:05 pm"
    # the start that day; "since the morning" -> "the morning" 2013-06-08TMO; fans "on Saturday
    # afternoon" 2013-06-08TAF. "in more than 30 years" P30Y (the period of a superlative).
    # "Two years ago" 2011, "last year" 2012 (the unit's granularity). The quote's "every night
    # for ten years" SET XXXX-XX-XXTNI and P10Y; "at 6 am every day" -> "6 am"
    # XXXX-XX-XXT06:00 (the hour of a habit, like "at 9 a.m. every Saturday", gold_blind28) and
    # the SET P1D. The semi-final "ended late Thursday" 2013-06-06, "the following day"
    # 2013-06-07; "A week earlier, on June 1" -> 2013-W22 (the week before the semi-final's
    # week, gold_blind12, gold_blind29) and 2013-06-01. "since April" 2013-04; "the past two
    # weeks" P2W; "in 2011" 2011; "next year" 2014; "this year" 2013; "in 2009 ... the
    # following year" 2009 and 2010 (a narrative anchor); "for decades" -> "decades" PXY.
    # Ahead: the rankings "on Monday" 2013-06-10, "Sunday's men's final" -> "Sunday"
    # 2013-06-09 with "3 pm" that day, "flies to London on Monday" 2013-06-10, "June 24"
    # 2013-06-24. Not annotated: the score "6-4, 3-6, 7-5", "3-2", "5-5", "47th", "212th",
    # "No. 9", "22-year-old", "26" (ages), "21 consecutive matches", "third championship
    # point", "two match points", "1.5 million euros", "two million people", "Hundreds",
    # "grass-court season" (a season of no calendar unit), "Grand Slam".
    "vidmar-roland-garros-title": (
        "2013-06-08",
        [
            ("June 8, 2013", "DATE", "2013-06-08"),
            ("Saturday", "DATE", "2013-06-08"),
            ("two hours and 41 minutes", "DURATION", "PT161M"),
            ("6:26 pm", "TIME", "2013-06-08T18:26"),
            ("1626 GMT", "TIME", "2013-06-08T16:26"),
            ("more than an hour", "DURATION", "PT1H"),
            ("40-minute", "DURATION", "PT40M"),
            ("more than 30 years", "DURATION", "P30Y"),
            ("Two years ago", "DATE", "2011"),
            ("last year", "DATE", "2012"),
            ("four months", "DURATION", "P4M"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("ten years", "DURATION", "P10Y"),
            ("Monday", "DATE", "2013-06-10"),
            ("6 am", "TIME", "XXXX-XX-XXT06:00"),
            ("every day", "SET", "P1D"),
            ("three hours", "DURATION", "PT3H"),
            ("late Thursday", "DATE", "2013-06-06"),
            ("the following day", "DATE", "2013-06-07"),
            ("A week earlier", "DATE", "2013-W22"),
            ("June 1", "DATE", "2013-06-01"),
            ("April", "DATE", "2013-04"),
            ("the past two weeks", "DURATION", "P2W"),
            ("2011", "DATE", "2011"),
            ("next year", "DATE", "2014"),
            ("3:05 pm", "TIME", "2013-06-08T15:05"),
            ("five minutes", "DURATION", "PT5M"),
            ("the morning", "TIME", "2013-06-08TMO"),
            ("this year", "DATE", "2013"),
            ("2009", "DATE", "2009"),
            ("the following year", "DATE", "2010"),
            ("decades", "DURATION", "PXY"),
            ("Saturday afternoon", "TIME", "2013-06-08TAF"),
            ("Sunday", "DATE", "2013-06-09"),
            ("3 pm", "TIME", "2013-06-09T15:00"),
            ("Monday", "DATE", "2013-06-10"),
            ("June 24", "DATE", "2013-06-24"),
        ],
    ),
    # Tuesday 2014-02-18 (ISO week 8), US agency's wire on a cholera outbreak as a newspaper
    # site runs it: headline, byline "Associated Press", stamp "Published 5:21 am, Tuesday,
    # February 18, 2014" (TIME and one DATE span with its weekday), "LUSAKA, Zambia (AP) —"
    # dateline without date, a box of cumulative case counts by date. The headline's "double in
    # a week" -> "a week" DURATION P1W (how long a past change took, gold_blind35); "the past
    # week" P1W; "by Monday" 2014-02-17; "said Tuesday" (twice) the publication day; "late
    # Monday" 2014-02-17; "on Sunday" 2014-02-16; "Saturday night" 2014-02-15TNI; vaccine "by
    # Friday" 2014-02-21; "next week" 2014-W09 and "run for 10 days" P10D. US wire dates
    # "Jan. 27", "Feb. 11", "Feb. 5", "Feb. 9", "Feb. 4", "Feb. 17" DATEs in 2014 (the box
    # repeats four of them). "its daily bulletin" SET P1D (an adjective naming a recurrence,
    # like "daily position reports", gold_blind33); "twice a week" SET P1W; "almost every year"
    # SET P1Y (modifier kept). "the past 10 days" P10D; "since early February" -> "early
    # February" 2014-02; "18-hour" PT18H; "three weeks" P3W; "within hours" -> "hours" PTXH
    # (gold_blind6); "mid-December" 2013-12 (past); "two weeks without a new case" P2W; "until
    # at least March 3" -> "at least March 3"; "since 2010" and "five months" P5M; "the 1990s"
    # 199; "in April" 2014-04 (ahead); "last week" 2014-W07; "this year" 2014; "A week ago"
    # 2014-W07 (the unit's granularity); "The next two weeks" P2W. Not annotated: "1,146", "23
    # people", "800 kilometers (500 miles)", "Twelve", "96", "58", "40,000 doses", "31 people",
    # "4,300 people", "four epidemiologists", "2.1 million kwacha ($360,000)", the hotline
    # "990", "around the clock", "the rainy season" (a season of no calendar unit), the box's
    # counts "3", "87", "512", "1,146".
    "zambia-chimbala-cholera-cases": (
        "2014-02-18",
        [
            ("a week", "DURATION", "P1W"),
            ("5:21 am", "TIME", "2014-02-18T05:21"),
            ("Tuesday, February 18, 2014", "DATE", "2014-02-18"),
            ("the past week", "DURATION", "P1W"),
            ("Monday", "DATE", "2014-02-17"),
            ("Tuesday", "DATE", "2014-02-18"),
            ("Jan. 27", "DATE", "2014-01-27"),
            ("the past 10 days", "DURATION", "P10D"),
            ("Feb. 11", "DATE", "2014-02-11"),
            ("Sunday", "DATE", "2014-02-16"),
            ("daily", "SET", "P1D"),
            ("twice a week", "SET", "P1W"),
            ("Feb. 5", "DATE", "2014-02-05"),
            ("late Monday", "DATE", "2014-02-17"),
            ("Friday", "DATE", "2014-02-21"),
            ("next week", "DATE", "2014-W09"),
            ("10 days", "DURATION", "P10D"),
            ("Saturday night", "TIME", "2014-02-15TNI"),
            ("early February", "DATE", "2014-02"),
            ("18-hour", "DURATION", "PT18H"),
            ("three weeks", "DURATION", "P3W"),
            ("hours", "DURATION", "PTXH"),
            ("mid-December", "DATE", "2013-12"),
            ("Feb. 9", "DATE", "2014-02-09"),
            ("two weeks", "DURATION", "P2W"),
            ("at least March 3", "DATE", "2014-03-03"),
            ("2010", "DATE", "2010"),
            ("five months", "DURATION", "P5M"),
            ("almost every year", "SET", "P1Y"),
            ("the 1990s", "DATE", "199"),
            ("April", "DATE", "2014-04"),
            ("last week", "DATE", "2014-W07"),
            ("this year", "DATE", "2014"),
            ("A week ago", "DATE", "2014-W07"),
            ("Tuesday", "DATE", "2014-02-18"),
            ("The next two weeks", "DURATION", "P2W"),
            ("Jan. 27", "DATE", "2014-01-27"),
            ("Feb. 4", "DATE", "2014-02-04"),
            ("Feb. 11", "DATE", "2014-02-11"),
            ("Feb. 17", "DATE", "2014-02-17"),
        ],
    ),
    # Monday 2014-10-20 (ISO week 43), Japanese agency's science wire on a launch delay,
    # headline, "TOKYO, Oct. 20 (Kyodo) --" dateline, "==Kyodo" trailer. The launch is on
    # Thursday 2014-10-23 (headline, lead and body): "at 11:07 a.m. (0207 GMT) Thursday" two
    # TIMEs on the same day (Japan is GMT+9) and the DATE; "four days later than planned" ->
    # "four days" P4D (the size of a delay, gold_blind35); "a 28-minute launch window" PT28M;
    # "daily windows" SET P1D (an adjective naming a recurrence, gold_blind33); "until Nov. 14"
    # 2014-11-14. Past weekdays: the launch "had been set for Sunday" 2014-10-19, "called off on
    # Saturday" 2014-10-18, "a day after" P1D (an anchored duration), "late Friday" 2014-10-17;
    # "last week" 2014-W42; "two days of preparation" P2D. Ahead: "about five days" P5D, "Oct.
    # 28" 2014-10-28, "early December" 2014-12, "about a month" P1M, "at least 18 months" P18M,
    # "around New Year's Day" 2015-01-01 (a holiday on the day it falls on, the approximator
    # kept, gold_blind9), "Thursday morning" 2014-10-23TMO, "at 10:30 a.m." the launch day's
    # clock time (the day of its sentence), "by the end of March" 2015-03. "circling the moon
    # every two hours" SET PT2H, "once a day" SET P1D, "every 14 days" SET P14D. "on Monday
    # afternoon" 2014-10-20TAF; "five years" P5Y; "The next few days" PXD; "2009", "2012";
    # "the March 2011 earthquake" -> "March 2011" 2011-03 (an adjectival date); "Japan's first
    # lunar orbiter in seven years" P7Y (the period of a "first in"); "the 1990s" 199; "since
    # last year" -> "last year" 2013. The Japanese fiscal year was avoided (gold_blind96). Not
    # annotated: "H-2A", "1.6-tonne", "LRX-2", "100 kilometers", "26.4 billion yen ($247
    # million)", "51" (an age), "two more", the address "kasasagi-mission.jp/live/2014-10-23"
    # (a date in a web address, like gold_blind103's).
    "jaxa-kasasagi-lunar-orbiter-launch": (
        "2014-10-20",
        [
            ("Thursday", "DATE", "2014-10-23"),
            ("Oct. 20", "DATE", "2014-10-20"),
            ("Monday", "DATE", "2014-10-20"),
            ("Thursday", "DATE", "2014-10-23"),
            ("four days", "DURATION", "P4D"),
            ("11:07 a.m.", "TIME", "2014-10-23T11:07"),
            ("0207 GMT", "TIME", "2014-10-23T02:07"),
            ("Thursday", "DATE", "2014-10-23"),
            ("28-minute", "DURATION", "PT28M"),
            ("daily", "SET", "P1D"),
            ("Nov. 14", "DATE", "2014-11-14"),
            ("Sunday", "DATE", "2014-10-19"),
            ("Saturday", "DATE", "2014-10-18"),
            ("a day", "DURATION", "P1D"),
            ("late Friday", "DATE", "2014-10-17"),
            ("last week", "DATE", "2014-W42"),
            ("two days", "DURATION", "P2D"),
            ("about five days", "DURATION", "P5D"),
            ("Oct. 28", "DATE", "2014-10-28"),
            ("early December", "DATE", "2014-12"),
            ("about a month", "DURATION", "P1M"),
            ("at least 18 months", "DURATION", "P18M"),
            ("every two hours", "SET", "PT2H"),
            ("five years", "DURATION", "P5Y"),
            ("Monday afternoon", "TIME", "2014-10-20TAF"),
            ("The next few days", "DURATION", "PXD"),
            ("2009", "DATE", "2009"),
            ("2012", "DATE", "2012"),
            ("March 2011", "DATE", "2011-03"),
            ("seven years", "DURATION", "P7Y"),
            ("the 1990s", "DATE", "199"),
            ("once a day", "SET", "P1D"),
            ("every 14 days", "SET", "P14D"),
            ("around New Year's Day", "DATE", "2015-01-01"),
            ("Thursday morning", "TIME", "2014-10-23TMO"),
            ("10:30 a.m.", "TIME", "2014-10-23T10:30"),
            ("the end of March", "DATE", "2015-03"),
            ("last year", "DATE", "2013"),
        ],
    ),
    # Friday 2015-05-29 (ISO week 22), Italian agency's English-language regional politics wire
    # before a municipal merger referendum: section label "POLITICS", headline, standfirst,
    # stamp "29 May 2015 - 14:37" (DATE and TIME), "(ANSA) - Trento, May 29 -" dateline,
    # "(ANSA)." trailer. Polling day is Sunday 2015-05-31 (headline and body, three times):
    # "open at 7 a.m. on Sunday and close at 10 p.m." two TIMEs on that day and the DATE;
    # results "late Sunday or early Monday" 2015-05-31 and 2015-06-01. "at midnight tonight"
    # -> "midnight" 2015-05-29T24:00 (the midnight ending the day, gold_blind75, gold_blind103)
    # and "tonight" 2015-05-29TNI. Past: "On Wednesday evening" 2015-05-27TEV, "by Wednesday"
    # 2015-05-27, "November 2013", "last week" 2015-W21, "March 2014", "July 2014". Ahead:
    # "January 1, 2016", "spring 2016" 2016-SP, "the autumn" 2015-FA, "Tuesday is Republic
    # Day" two DATEs 2015-06-02 (like "Monday is Family Day", gold_blind103), "Wednesday, June
    # 3" one span 2015-06-03. "after 20 years of talks" (standfirst) and "for 20 years" P20Y;
    # "in less than two years" P2Y; "almost three hours" PT3H; "Every year we wait" SET P1Y;
    # "since 1818", "since 1998"; "for decades" PXY; "the 1960s" 196; "the 2013 vote" an
    # adjectival year; "now" PRESENT_REF; "over 10 years" -> "10 years" P10Y; "since January 1
    # this year" one span 2015-01-01, like "September last year" (gold_blind28). Not
    # annotated: "Until then" and "in that time" (anaphoric), "40 percent", "1,016", "743",
    # "41 votes", "61 percent", "54 percent", "38 percent", "4 kilometres", "the SS 47 road",
    # "58" (an age), "some 300 people", "1.2 million euros", "Forty-one", "12 referendums",
    # "212 residents", "half the shops", "a third", the address "www.ronchi-sanlorenzo2016.it"
    # (a year in a web address), "the last public debate", "first mayor".
    "trentino-villages-merger-referendum": (
        "2015-05-29",
        [
            ("Sunday", "DATE", "2015-05-31"),
            ("20 years", "DURATION", "P20Y"),
            ("29 May 2015", "DATE", "2015-05-29"),
            ("14:37", "TIME", "2015-05-29T14:37"),
            ("May 29", "DATE", "2015-05-29"),
            ("Sunday", "DATE", "2015-05-31"),
            ("less than two years", "DURATION", "P2Y"),
            ("November 2013", "DATE", "2013-11"),
            ("7 a.m.", "TIME", "2015-05-31T07:00"),
            ("Sunday", "DATE", "2015-05-31"),
            ("10 p.m.", "TIME", "2015-05-31T22:00"),
            ("late Sunday", "DATE", "2015-05-31"),
            ("early Monday", "DATE", "2015-06-01"),
            ("January 1, 2016", "DATE", "2016-01-01"),
            ("spring 2016", "DATE", "2016-SP"),
            ("midnight", "TIME", "2015-05-29T24:00"),
            ("tonight", "TIME", "2015-05-29TNI"),
            ("Wednesday evening", "TIME", "2015-05-27TEV"),
            ("almost three hours", "DURATION", "PT3H"),
            ("20 years", "DURATION", "P20Y"),
            ("Every year", "SET", "P1Y"),
            ("1818", "DATE", "1818"),
            ("1998", "DATE", "1998"),
            ("decades", "DURATION", "PXY"),
            ("the 1960s", "DATE", "196"),
            ("2013", "DATE", "2013"),
            ("last week", "DATE", "2015-W21"),
            ("now", "DATE", "PRESENT_REF"),
            ("March 2014", "DATE", "2014-03"),
            ("July 2014", "DATE", "2014-07"),
            ("10 years", "DURATION", "P10Y"),
            ("January 1 this year", "DATE", "2015-01-01"),
            ("the autumn", "DATE", "2015-FA"),
            ("Wednesday", "DATE", "2015-05-27"),
            ("Tuesday", "DATE", "2015-06-02"),
            ("Republic Day", "DATE", "2015-06-02"),
            ("Wednesday, June 3", "DATE", "2015-06-03"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
