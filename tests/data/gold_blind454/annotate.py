"""Annotations of the four-hundred-and-fifty-fourth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind454/annotate.py [--show]

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
    # Monday 2012-08-27 (ISO week 35), New Zealand paper's website, provincial rugby match
    # report, headline, stamp "5:30 AM Monday Aug 27, 2012" (TIME and one DATE span with its
    # weekday, gold_blind36, gold_blind43), byline, no dateline. The match was "on Saturday
    # night" 2012-08-25TNI; its "7.35pm" kick-off that evening, pushed back "25 minutes" PT25M
    # (the size of a delay, gold_blind43). "September 17 last year" one span 2011-09-17 (like
    # "May last year", gold_blind91); "since it began in 2006" 2006. In a Monday morning paper
    # "yesterday" is Sunday 2012-08-26 and "last night" its night 2012-08-26TNI (gold_blind35);
    # "today" the publication day. "Three weeks ago" at the unit's granularity, three ISO weeks
    # back, 2012-W32 (gold_blind24, gold_blind66); "last week" 2012-W34. Future: "Friday night"
    # 2012-08-31TNI with its "7.35pm" 2012-08-31T19:35; "2.35pm on Sunday" 2012-09-02;
    # "9am on Wednesday" 2012-08-29. "the weekend of October 13-14" one DATE span 2012-W41-WE
    # (gold_blind66); "a week later" at the unit's granularity, the ISO week after it, 2012-W42
    # (gold_blind24's "three weeks later"); "Labour Day weekend" is the NZ holiday weekend of
    # Saturday 20 to Monday 22 October (Labour Day the fourth Monday of October), the ISO week
    # of its Saturday, 2012-W42-WE (gold_blind103's "Family Day weekend"); "the final is on
    # October 27" 2012-10-27. "March 2010" 2010-03, "two-year" P2Y, "June" 2012-06 (past).
    # "the past few weeks" PXW; "up to six weeks" P6W; "five weeks" P5W; "the first sell-out
    # in four years" P4Y (the period of a "first in"); "the first time since the 1990s" 199;
    # "twice a day" SET P1D; "every Tuesday evening" SET XXXX-WXX-2TEV (gold_blind6);
    # "Last year's final" -> "Last year" 2011; "Now" PRESENT_REF. Not annotated: "this
    # season" (a sports season, gold_blind24), "half-time", "the final quarter" and "the
    # second half" (periods of a match), "the 77th minute", "No 8" (a position), "first-five",
    # "11-match", "two-match", scores "27-19", "22-20", "13-6", "31-12", the record "7-1",
    # "15 points", "33 points", "48-metre", "14,000", age "23", "nps.co.nz/finals2012" and
    # "0800 555 206" (a URL and a phone number holding year-like numbers), "a result like this",
    # "It's a long time in this game" (no period named).
    "waitoro-end-port-ngaio-unbeaten-run": (
        "2012-08-27",
        [
            ("5:30 AM", "TIME", "2012-08-27T05:30"),
            ("Monday Aug 27, 2012", "DATE", "2012-08-27"),
            ("Saturday night", "TIME", "2012-08-25TNI"),
            ("September 17 last year", "DATE", "2011-09-17"),
            ("2006", "DATE", "2006"),
            ("7.35pm", "TIME", "2012-08-25T19:35"),
            ("25 minutes", "DURATION", "PT25M"),
            ("the past few weeks", "DURATION", "PXW"),
            ("yesterday", "DATE", "2012-08-26"),
            ("Three weeks ago", "DATE", "2012-W32"),
            ("Now", "DATE", "PRESENT_REF"),
            ("the 1990s", "DATE", "199"),
            ("March 2010", "DATE", "2010-03"),
            ("two-year", "DURATION", "P2Y"),
            ("June", "DATE", "2012-06"),
            ("twice a day", "SET", "P1D"),
            ("last week", "DATE", "2012-W34"),
            ("last night", "TIME", "2012-08-26TNI"),
            ("up to six weeks", "DURATION", "P6W"),
            ("today", "DATE", "2012-08-27"),
            ("Friday night", "TIME", "2012-08-31TNI"),
            ("7.35pm", "TIME", "2012-08-31T19:35"),
            ("2.35pm", "TIME", "2012-09-02T14:35"),
            ("Sunday", "DATE", "2012-09-02"),
            ("every Tuesday evening", "SET", "XXXX-WXX-2TEV"),
            ("the weekend of October 13-14", "DATE", "2012-W41-WE"),
            ("a week later", "DATE", "2012-W42"),
            ("Labour Day weekend", "DATE", "2012-W42-WE"),
            ("October 27", "DATE", "2012-10-27"),
            ("9am", "TIME", "2012-08-29T09:00"),
            ("Wednesday", "DATE", "2012-08-29"),
            ("Last year", "DATE", "2011"),
            ("four years", "DURATION", "P4Y"),
            ("five weeks", "DURATION", "P5W"),
        ],
    ),
    # Tuesday 2013-02-19 (ISO week 8), Reuters-style "Soccer-" preview of a European club
    # competition's second leg, "MONTEALTO, Spain, Feb 19 (Reuters) -" dateline (the wire's
    # day, gold_blind28, gold_blind66). The second leg is "Wednesday's second leg" (headline)
    # and "on Wednesday" 2013-02-20; kick-off "2045 local (1945 GMT)" two TIMEs on that day,
    # the zone in the span (Spain is GMT+1 in February). The coach "told reporters on
    # Tuesday" (the wire's own day, gold_blind43), so his "Tomorrow night" is Wednesday night,
    # 2013-02-20TNI; "Last Thursday" in a Tuesday story is the most recent Thursday, the first
    # leg, 2013-02-14, one span (gold_blind24). The closed session "at 1930 local on Tuesday"
    # 2013-02-19T19:30. Past: "on Saturday" 2013-02-16, "on Sunday" 2013-02-17; future: the
    # draw "at 1200 GMT on Friday" 2013-02-22, the league game "on Sunday" 2013-02-24 (the
    # same weekday in both directions), "four days after the second leg" P4D (an anchored
    # duration, gold_blind35), tickets "at 1000 local on Wednesday" 2013-02-20T10:00. "the
    # 1996-97 season" -> "1996" and "97" 1997, "season" left out (gold_blind43, gold_blind91);
    # "early November" 2012-11, "October" 2012-10 (twice, past), "September" 2012-09,
    # "January" 2013-01; "the start of February" 2013-02 (the month's value, like "the end of
    # June", gold_blind2); "early March" 2013-03 and "the summer" 2013-SU ahead; "April 4 and
    # 11" two DATEs, the bare "11" 2013-04-11 (gold_blind24). Durations: "90 minutes" PT90M,
    # "340 minutes" PT340M, "the first half-hour" PT30M and "the first 20 minutes" PT20M
    # (ordinal periods, gold_blind24), "18-month" P18M, "a month" P1M, "at least two hours"
    # PT2H (anchored on kick-off), "16 years" P16Y; "1958", "1997"; "Now" PRESENT_REF. Not
    # annotated: "this season" and "the end of the season" (a sports season), "first-leg",
    # "the first leg", "second leg", "quarter-finals", "kick-off", "three-match" (a count of
    # matches), "every home game" (a set of events, gold_blind43), scores "2-0", "1-0", "2-2",
    # "three down", "14th", "19 times", "28,000-capacity", "1,500 tickets", "After that"
    # (anaphoric), "what happened in 1997" beyond the year.
    "montealto-dorrenburg-second-leg-preview": (
        "2013-02-19",
        [
            ("Wednesday", "DATE", "2013-02-20"),
            ("Feb 19", "DATE", "2013-02-19"),
            ("90 minutes", "DURATION", "PT90M"),
            ("Wednesday", "DATE", "2013-02-20"),
            ("1996", "DATE", "1996"),
            ("97", "DATE", "1997"),
            ("340 minutes", "DURATION", "PT340M"),
            ("early November", "DATE", "2012-11"),
            ("Last Thursday", "DATE", "2013-02-14"),
            ("the first half-hour", "DURATION", "PT30M"),
            ("October", "DATE", "2012-10"),
            ("18-month", "DURATION", "P18M"),
            ("Tuesday", "DATE", "2013-02-19"),
            ("Tomorrow night", "TIME", "2013-02-20TNI"),
            ("the first 20 minutes", "DURATION", "PT20M"),
            ("1958", "DATE", "1958"),
            ("2045 local", "TIME", "2013-02-20T20:45"),
            ("1945 GMT", "TIME", "2013-02-20T19:45"),
            ("1930 local", "TIME", "2013-02-19T19:30"),
            ("Tuesday", "DATE", "2013-02-19"),
            ("Saturday", "DATE", "2013-02-16"),
            ("the start of February", "DATE", "2013-02"),
            ("Sunday", "DATE", "2013-02-17"),
            ("the summer", "DATE", "2013-SU"),
            ("a month", "DURATION", "P1M"),
            ("early March", "DATE", "2013-03"),
            ("January", "DATE", "2013-01"),
            ("1200 GMT", "TIME", "2013-02-22T12:00"),
            ("Friday", "DATE", "2013-02-22"),
            ("April 4", "DATE", "2013-04-04"),
            ("11", "DATE", "2013-04-11"),
            ("October", "DATE", "2012-10"),
            ("1000 local", "TIME", "2013-02-20T10:00"),
            ("Wednesday", "DATE", "2013-02-20"),
            ("at least two hours", "DURATION", "PT2H"),
            ("Sunday", "DATE", "2013-02-24"),
            ("four days", "DURATION", "P4D"),
            ("September", "DATE", "2012-09"),
            ("1997", "DATE", "1997"),
            ("16 years", "DURATION", "P16Y"),
            ("Now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Friday 2014-01-03 (ISO week 1), Indian national paper's website, tennis tournament
    # report with order of play and results, section label, headline, byline, stamp "Updated:
    # January 3, 2014 00:42 IST" (DATE and TIME, the zone in the span, gold_blind49) and the
    # paper's dateline "PUNE, January 2, 2014", the day the report was filed, DATE 2014-01-02
    # (a dateline dated the day before publication, gold_blind16); no relative expression
    # resolves differently from the two dates. "here on Thursday" (Indian-English, gold_blind16
    # and gold_blind31's "said here Thursday") is 2014-01-02. The second-round match "ended at
    # 12.40 a.m. on Thursday", after midnight, 2014-01-02T00:40 (gold_blind24); the rain delay
    # "on Wednesday evening" 2014-01-01TEV. The quoted "This morning" is Thursday's, the day
    # he spoke, 2014-01-02TMO; "the evening" and "the afternoon" are Thursday's (the day the
    # sentence tells, gold_blind24). Future: "Friday's semifinals" and the box's "(Friday)"
    # 2014-01-03 with "4 p.m.", "6.30 p.m." and "8.30 p.m." that day ("not before" a signal,
    # gold_blind24); the final "on Saturday at 6.30 p.m." 2014-01-04T18:30 and the doubles
    # final "at 4 p.m." that day; "on Sunday" 2014-01-05. Match times in hours and minutes
    # are one DURATION in the smaller unit (gold_blind24): "two hours and 41 minutes" PT161M,
    # "one hour and 8 minutes" PT68M. "less than 17 hours" PT17H, "more than three hours"
    # PT3H, "about five hours" PT5H, "40 minutes" PT40M, "a fortnight" P2W, "three weeks"
    # P3W. "last year" (twice, the first-round loss and "last year's quarterfinals") 2013;
    # "December" 2013-12, "July" 2013-07; "October 2012"; "2011", "2012", "1996", "2009",
    # "2016" as written. "three times a week" SET P1W; "from 10 a.m. daily" -> the hour of a
    # recurring opening XXXX-XX-XXT10:00 and "daily" SET P1D (gold_blind66). Not annotated:
    # "ATP 250" (a category), "ranked 187", "No. 31", "top-50", "(2)", "(4)", "22-year-old",
    # "the first round", "second-round", "the third set", "5-5", every score ("6-4, 3-6,
    # 7-6(5)" and the results box), "6,900", "5,200", "$450,000", "Rs. 2.8 crore" and
    # "020-2555 2014" (a phone number ending in the year), "his career".
    "deccan-open-rathore-stuns-top-seed": (
        "2014-01-03",
        [
            ("January 3, 2014", "DATE", "2014-01-03"),
            ("00:42 IST", "TIME", "2014-01-03T00:42"),
            ("January 2, 2014", "DATE", "2014-01-02"),
            ("Thursday", "DATE", "2014-01-02"),
            ("two hours and 41 minutes", "DURATION", "PT161M"),
            ("less than 17 hours", "DURATION", "PT17H"),
            ("12.40 a.m.", "TIME", "2014-01-02T00:40"),
            ("Thursday", "DATE", "2014-01-02"),
            ("more than three hours", "DURATION", "PT3H"),
            ("Wednesday evening", "TIME", "2014-01-01TEV"),
            ("about five hours", "DURATION", "PT5H"),
            ("This morning", "TIME", "2014-01-02TMO"),
            ("40 minutes", "DURATION", "PT40M"),
            ("the evening", "TIME", "2014-01-02TEV"),
            ("October 2012", "DATE", "2012-10"),
            ("last year", "DATE", "2013"),
            ("2011", "DATE", "2011"),
            ("2012", "DATE", "2012"),
            ("Friday", "DATE", "2014-01-03"),
            ("one hour and 8 minutes", "DURATION", "PT68M"),
            ("the afternoon", "TIME", "2014-01-02TAF"),
            ("a fortnight", "DURATION", "P2W"),
            ("December", "DATE", "2013-12"),
            ("three times a week", "SET", "P1W"),
            ("July", "DATE", "2013-07"),
            ("Sunday", "DATE", "2014-01-05"),
            ("three weeks", "DURATION", "P3W"),
            ("Thursday", "DATE", "2014-01-02"),
            ("last year", "DATE", "2013"),
            ("1996", "DATE", "1996"),
            ("2009", "DATE", "2009"),
            ("2016", "DATE", "2016"),
            ("Saturday", "DATE", "2014-01-04"),
            ("6.30 p.m.", "TIME", "2014-01-04T18:30"),
            ("4 p.m.", "TIME", "2014-01-04T16:00"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("daily", "SET", "P1D"),
            ("Friday", "DATE", "2014-01-03"),
            ("4 p.m.", "TIME", "2014-01-03T16:00"),
            ("6.30 p.m.", "TIME", "2014-01-03T18:30"),
            ("8.30 p.m.", "TIME", "2014-01-03T20:30"),
        ],
    ),
    # Thursday 2015-05-07 (ISO week 19), cycling website's stage-race preview, section label,
    # headline ("2015 Ronde van Meerland preview", an adjectival year like the headline's
    # "2015 schedule", gold_blind66), stamp "First published: Thursday 7 May 2015, 10:15 CEST"
    # (one DATE span with its weekday and a TIME), byline, stage list. The race runs from the
    # prologue "on Saturday" / "Saturday afternoon" / "Saturday 9 May" (2015-05-09) to "Sunday
    # 17 May" (body and list); "nine-day" P9D; the rest day "on Wednesday" ahead, 2015-05-13,
    # while "he said on Wednesday" is the day before, 2015-05-06 (the same weekday in both
    # directions); "arrived on Tuesday" 2015-05-05, "yesterday" 2015-05-06; the presentation
    # "on Friday evening at 19:00" 2015-05-08TEV and 2015-05-08T19:00. Prologue start times
    # "from 14:00" and "about 16:51" are on 2015-05-09, the day the sentence tells; "every
    # minute" SET PT1M (gold_blind24's "every two minutes"). "the weekend" 2015-W19-WE (9-10
    # May), "Sunday morning" 2015-05-10TMO. "a year after he lost" DURATION P1Y (an anchored
    # duration, gold_blind35); the quoted "Last year" (last year's race) and "last year's
    # winner" 2014; "three weeks ago" three ISO weeks back, 2015-W16; "late March" 2015-03,
    # "the start of April" 2015-04 (like "the end of June", gold_blind2), "mid-April"
    # 2015-04; "10 days" P10D, "twelve months" P12M, "the past 10 years" P10Y (the period of
    # a "first in" statement: no Belgian winner); "every day" SET P1D; "1948", "2004", "2018"
    # as written; "this year" 2015; "14:30 CEST each day" -> the hour of a daily broadcast
    # XXXX-XX-XXT14:30 and "each day" SET P1D (gold_blind66). Not annotated: "2.HC" (a race
    # category), "Stage 1" to "Stage 7", "stage 4", "Prologue", "Rest day" (the list's labels;
    # its "Wednesday 13 May" is annotated), "the final stage", "the last climb", "one-day" (a
    # race format), "For the first time", "number 1", "27" (age), "6.4km", "240km", "198km",
    # "50km/h", the stage distances, "31km ITT", "€1.9 million", "the leader's jersey" and the
    # URL "meerlandronde.be/2015/route".
    "ronde-van-meerland-2015-preview": (
        "2015-05-07",
        [
            ("2015", "DATE", "2015"),
            ("Thursday 7 May 2015", "DATE", "2015-05-07"),
            ("10:15 CEST", "TIME", "2015-05-07T10:15"),
            ("2015", "DATE", "2015"),
            ("Saturday", "DATE", "2015-05-09"),
            ("a year", "DURATION", "P1Y"),
            ("nine-day", "DURATION", "P9D"),
            ("Saturday afternoon", "TIME", "2015-05-09TAF"),
            ("Sunday 17 May", "DATE", "2015-05-17"),
            ("Wednesday", "DATE", "2015-05-13"),
            ("late March", "DATE", "2015-03"),
            ("10 days", "DURATION", "P10D"),
            ("three weeks ago", "DATE", "2015-W16"),
            ("the start of April", "DATE", "2015-04"),
            ("Last year", "DATE", "2014"),
            ("Wednesday", "DATE", "2015-05-06"),
            ("every day", "SET", "P1D"),
            ("twelve months", "DURATION", "P12M"),
            ("Tuesday", "DATE", "2015-05-05"),
            ("yesterday", "DATE", "2015-05-06"),
            ("Friday evening", "TIME", "2015-05-08TEV"),
            ("19:00", "TIME", "2015-05-08T19:00"),
            ("last year", "DATE", "2014"),
            ("mid-April", "DATE", "2015-04"),
            ("the past 10 years", "DURATION", "P10Y"),
            ("2004", "DATE", "2004"),
            ("every minute", "SET", "PT1M"),
            ("14:00", "TIME", "2015-05-09T14:00"),
            ("about 16:51", "TIME", "2015-05-09T16:51"),
            ("the weekend", "DATE", "2015-W19-WE"),
            ("Sunday morning", "TIME", "2015-05-10TMO"),
            ("1948", "DATE", "1948"),
            ("this year", "DATE", "2015"),
            ("2018", "DATE", "2018"),
            ("14:30 CEST", "TIME", "XXXX-XX-XXT14:30"),
            ("each day", "SET", "P1D"),
            ("Saturday 9 May", "DATE", "2015-05-09"),
            ("Sunday 10 May", "DATE", "2015-05-10"),
            ("Monday 11 May", "DATE", "2015-05-11"),
            ("Tuesday 12 May", "DATE", "2015-05-12"),
            ("Wednesday 13 May", "DATE", "2015-05-13"),
            ("Thursday 14 May", "DATE", "2015-05-14"),
            ("Friday 15 May", "DATE", "2015-05-15"),
            ("Saturday 16 May", "DATE", "2015-05-16"),
            ("Sunday 17 May", "DATE", "2015-05-17"),
        ],
    ),
    # Saturday 2013-06-15 (ISO week 24), Kenyan daily's website, athletics trials report,
    # section label, headline, stamp "Posted Saturday, June 15 2013 at 21:10" (one DATE span
    # with its weekday and a TIME), byline, "IN SUMMARY" bullets, results box. The two-day
    # trials ran on Friday and Saturday after being "put back by a day" (P1D, the size of a
    # shift, gold_blind91; summary and body) from Thursday: rain "on Wednesday" 2013-06-12
    # (summary and body), the track under water "on Thursday morning" 2013-06-13TMO, "due to
    # start on Thursday" 2013-06-13; the 10,000m "On Friday evening" 2013-06-14TEV and the
    # 5,000m "on Friday night" 2013-06-14TNI; "this afternoon", "midday today" (T12:00) the
    # publication day. Future: "Wednesday, June 26" one span (summary and body), "July 1",
    # "August 5" and "five days before the championships open" P5D (anchored), "tomorrow"
    # 2013-06-16 with "9am" that day, "on Monday" 2013-06-17, "in August" 2013-08, "The next
    # two months" P2M, "five weeks" P5W. "the Madaraka Day meeting" -> the holiday on its
    # date, 2013-06-01 (Madaraka Day, 1 June; like "Boxing Day Test", gold_blind66); "a
    # fortnight ago" two ISO weeks back, 2013-W22, the week of that Saturday (gold_blind66).
    # "twice a day" SET P1D; "Every morning at 6am" -> SET XXXX-XX-XXTMO and the hour of the
    # routine XXXX-XX-XXT06:00 (gold_blind91's game-day hour); "every evening" SET
    # XXXX-XX-XXTEV; "an hour" PT1H. "January" and "March" 2013 (past); "Last year" 2012 and
    # "five months" P5M; "this year" 2013; "since 2009" 2009; "the 2011 world junior champion"
    # 2011 (an adjectival year); "the 1990s" 199; "Now" PRESENT_REF. Not annotated: the race
    # times "4:05.31", "8:14.52", "27:41.3", "4:06.02", "4:07.88", "8:16.40" (times to the
    # second or tenth, no value shape, a trap like "2:04:38" in gold_blind43), "1,500m",
    # "3,000m", "5,000m", "10,000m", "4x400m", "the last eight laps", "the season", "every
    # time" (a set of championships), ages "24" and "28", the places "1.", "2.", "3.".
    "chebet-koech-trials-world-championships": (
        "2013-06-15",
        [
            ("Saturday, June 15 2013", "DATE", "2013-06-15"),
            ("21:10", "TIME", "2013-06-15T21:10"),
            ("a day", "DURATION", "P1D"),
            ("Wednesday", "DATE", "2013-06-12"),
            ("Wednesday, June 26", "DATE", "2013-06-26"),
            ("August", "DATE", "2013-08"),
            ("this afternoon", "TIME", "2013-06-15TAF"),
            ("this year", "DATE", "2013"),
            ("Thursday morning", "TIME", "2013-06-13TMO"),
            ("two-day", "DURATION", "P2D"),
            ("Thursday", "DATE", "2013-06-13"),
            ("a day", "DURATION", "P1D"),
            ("Wednesday", "DATE", "2013-06-12"),
            ("Friday evening", "TIME", "2013-06-14TEV"),
            ("2009", "DATE", "2009"),
            ("twice a day", "SET", "P1D"),
            ("January", "DATE", "2013-01"),
            ("Every morning", "SET", "XXXX-XX-XXTMO"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("an hour", "DURATION", "PT1H"),
            ("Madaraka Day", "DATE", "2013-06-01"),
            ("a fortnight ago", "DATE", "2013-W22"),
            ("March", "DATE", "2013-03"),
            ("Last year", "DATE", "2012"),
            ("five months", "DURATION", "P5M"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Wednesday, June 26", "DATE", "2013-06-26"),
            ("July 1", "DATE", "2013-07-01"),
            ("five weeks", "DURATION", "P5W"),
            ("August 5", "DATE", "2013-08-05"),
            ("five days", "DURATION", "P5D"),
            ("tomorrow", "DATE", "2013-06-16"),
            ("9am", "TIME", "2013-06-16T09:00"),
            ("Monday", "DATE", "2013-06-17"),
            ("2011", "DATE", "2011"),
            ("The next two months", "DURATION", "P2M"),
            ("the 1990s", "DATE", "199"),
            ("Friday night", "TIME", "2013-06-14TNI"),
            ("midday", "TIME", "2013-06-15T12:00"),
            ("today", "DATE", "2013-06-15"),
        ],
    ),
    # Sunday 2014-09-28 (ISO week 39), US paper's pro soccer match report with the season
    # record and schedule, section label, headline ("five-year drought"), byline, date line
    # "Sunday, September 28, 2014", "HARBOR CITY —" dateline. The game was "Saturday night"
    # 2014-09-27TNI: "7:30 p.m." and "8:06 p.m." that evening, "late Saturday" DATE
    # 2014-09-27 (like "late yesterday", gold_blind35), the coach's "Tonight" the night he
    # spoke, 2014-09-27TNI. The charter "at 2 a.m. Sunday" 2014-09-28T02:00; "Sunday and
    # Monday off" 2014-09-28 (the publication day) and 2014-09-29; "Tuesday morning"
    # 2014-09-30TMO; "on Wednesday" 2014-10-01 (twice, both teams); "Saturday, Oct. 4, at 7
    # p.m."; "Monday at 10 a.m." 2014-09-29T10:00; "signed ... on Thursday" 2014-09-25 (past).
    # "Oct. 25" 2014-10-25 (a Saturday, ISO week 43) and "the following week" the ISO week
    # after it, 2014-W44 (gold_blind66's "the following weekend"). "Labor Day" 2014-09-01
    # (the first Monday of September); "June 14", "Aug. 30" 2014; "July" 2014-07 (past),
    # "March" 2015-03 (ahead); "Sept. 19, 2009"; "2011", "2016", "2012", "2009" as written;
    # "2015 season tickets" -> "2015" (an adjectival year, gold_blind66). "five-year" P5Y,
    # "For five years" and "Five years" P5Y; "45-minute" PT45M; "their third win in eight
    # days" P8D and "lost three times in 10 days" P10D (the period of an ordinal or count,
    # gold_blind103); "two years before the club joined" P2Y (anchored); "two-year" P2Y;
    # "four weeks" P4W; "this year" 2014; "every week" SET P1W; "each spring" SET XXXX-SP
    # (gold_blind24's "each summer"); "now" PRESENT_REF. Not annotated: "the 78th minute",
    # "stoppage time", "the regular season", "the playoffs", "its season", "preseason",
    # "six games left", "four straight", records "(11-10-7, 40 points)" and "(9-12-7)",
    # scores "2-1", "1-1", "No. 10", "first-place", "14 assists", "21,412", "29" (age),
    # "anchorsfc.com/2015tickets" and "1-800-555-1999" (a URL and a phone number holding
    # year-like numbers), "three points".
    "anchors-win-at-harbor-city": (
        "2014-09-28",
        [
            ("five-year", "DURATION", "P5Y"),
            ("Sunday, September 28, 2014", "DATE", "2014-09-28"),
            ("five years", "DURATION", "P5Y"),
            ("Saturday night", "TIME", "2014-09-27TNI"),
            ("45-minute", "DURATION", "PT45M"),
            ("eight days", "DURATION", "P8D"),
            ("7:30 p.m.", "TIME", "2014-09-27T19:30"),
            ("8:06 p.m.", "TIME", "2014-09-27T20:06"),
            ("every week", "SET", "P1W"),
            ("July", "DATE", "2014-07"),
            ("late Saturday", "DATE", "2014-09-27"),
            ("Tonight", "TIME", "2014-09-27TNI"),
            ("Labor Day", "DATE", "2014-09-01"),
            ("June 14", "DATE", "2014-06-14"),
            ("Sept. 19, 2009", "DATE", "2009-09-19"),
            ("two years", "DURATION", "P2Y"),
            ("2011", "DATE", "2011"),
            ("two-year", "DURATION", "P2Y"),
            ("Thursday", "DATE", "2014-09-25"),
            ("2016", "DATE", "2016"),
            ("this year", "DATE", "2014"),
            ("2 a.m.", "TIME", "2014-09-28T02:00"),
            ("Sunday", "DATE", "2014-09-28"),
            ("Sunday", "DATE", "2014-09-28"),
            ("Monday", "DATE", "2014-09-29"),
            ("Tuesday morning", "TIME", "2014-09-30TMO"),
            ("Wednesday", "DATE", "2014-10-01"),
            ("Saturday, Oct. 4", "DATE", "2014-10-04"),
            ("7 p.m.", "TIME", "2014-10-04T19:00"),
            ("Oct. 25", "DATE", "2014-10-25"),
            ("the following week", "DATE", "2014-W44"),
            ("2015", "DATE", "2015"),
            ("Monday", "DATE", "2014-09-29"),
            ("10 a.m.", "TIME", "2014-09-29T10:00"),
            ("each spring", "SET", "XXXX-SP"),
            ("2012", "DATE", "2012"),
            ("March", "DATE", "2015-03"),
            ("10 days", "DURATION", "P10D"),
            ("Aug. 30", "DATE", "2014-08-30"),
            ("four weeks", "DURATION", "P4W"),
            ("2009", "DATE", "2009"),
            ("Five years", "DURATION", "P5Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("Wednesday", "DATE", "2014-10-01"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
