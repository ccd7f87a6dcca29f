"""Annotations of blind gold set 498, chosen by hand before the tagger ran.

    python tests/data/gold_blind498/annotate.py [--show]

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
    # Wednesday 2014-05-28 (ISO week 22), Irish local weekly's news page, section label,
    # headline, standfirst, byline, date line "Wednesday, 28 May 2014" (one span with its
    # weekday). The town council's last meeting was "on Monday night" 2014-05-26TNI (standfirst
    # and lead), "Monday's meeting" 2014-05-26 "began at 7pm" and ended "shortly before
    # 10.30pm" (the approximator outside the span, gold_blind17), "that evening" the same
    # Monday, 2014-05-26TEV. The council ends "at midnight on Saturday": the midnight that ends
    # Saturday 2014-05-31, T24:00 (gold_blind75, gold_blind103); the district "takes over on
    # Sunday" and "From Sunday, 1 June" 2014-06-01 (one span), the staff move "on 1 June".
    # "last Friday's local elections" -> "last Friday" 2014-05-23; the count "ran through
    # Saturday" (past, 2014-05-24: the same weekday in both directions in one story) and
    # finished "at about 4am the next day" -> 2014-05-25T04:00 and "the next day" 2014-05-25
    # (anchored on the narrative's last date, gold_blind54). Ahead: "Friday 6 June at 11am".
    # "its final two hours" DURATION PT2H (the possessive determiner kept, like "its fourth
    # week" in gold_blind35); "115 years" (headline, 1899-2014), "23 years", "114 years" (since
    # the January 1900 minute book), "31 years" DURATIONs; "the past decade" P10Y; "This week"
    # 2014-W22; "Saturdays" SET XXXX-WXX-6 and "every Saturday" (a past habit since 2009) the
    # same; "a maximum stay of two hours" PT2H; "last June" 2013-06 (the Cathaoirleach's
    # election), "one-year" P1Y, "ends a fortnight early" P2W (the size of a change, like a
    # delay, gold_blind90); "the last three years" P3Y; "the end of the year" 2014 (the year's
    # value, gold_blind35); "The council's 2014 budget" -> adjectival "2014"; "last November"
    # 2013-11; "from 1900 to 1974" two DATEs; "a month from September" P1M and 2014-09; "the
    # coming weeks" PXW; "every month" SET P1M; "Now" PRESENT_REF. Not annotated: "the Local
    # Government Reform Act 2014" (an Act's name), "the 1,412th", "nine members", "5-4" (a
    # vote), "€2", "€212,000", "€68.40", "eight staff", "094 955 1899" (a phone number holding
    # 1899), "the one day the town is busy" (a kind of day).
    "kilbrannagh-town-council-final-meeting": (
        "2014-05-28",
        [
            ("115 years", "DURATION", "P115Y"),
            ("Monday night", "TIME", "2014-05-26TNI"),
            ("Sunday", "DATE", "2014-06-01"),
            ("Wednesday, 28 May 2014", "DATE", "2014-05-28"),
            ("Monday night", "TIME", "2014-05-26TNI"),
            ("its final two hours", "DURATION", "PT2H"),
            ("the past decade", "DURATION", "P10Y"),
            ("midnight", "TIME", "2014-05-31T24:00"),
            ("Saturday", "DATE", "2014-05-31"),
            ("Sunday, 1 June", "DATE", "2014-06-01"),
            ("last Friday", "DATE", "2014-05-23"),
            ("Saturday", "DATE", "2014-05-24"),
            ("about 4am", "TIME", "2014-05-25T04:00"),
            ("the next day", "DATE", "2014-05-25"),
            ("Monday", "DATE", "2014-05-26"),
            ("7pm", "TIME", "2014-05-26T19:00"),
            ("10.30pm", "TIME", "2014-05-26T22:30"),
            ("1899", "DATE", "1899"),
            ("23 years", "DURATION", "P23Y"),
            ("January 1900", "DATE", "1900-01"),
            ("This week", "DATE", "2014-W22"),
            ("114 years", "DURATION", "P114Y"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("two hours", "DURATION", "PT2H"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("2009", "DATE", "2009"),
            ("Friday 6 June", "DATE", "2014-06-06"),
            ("11am", "TIME", "2014-06-06T11:00"),
            ("last June", "DATE", "2013-06"),
            ("one-year", "DURATION", "P1Y"),
            ("a fortnight", "DURATION", "P2W"),
            ("the last three years", "DURATION", "P3Y"),
            ("the end of the year", "DATE", "2014"),
            ("2014", "DATE", "2014"),
            ("last November", "DATE", "2013-11"),
            ("1 June", "DATE", "2014-06-01"),
            ("1900", "DATE", "1900"),
            ("1974", "DATE", "1974"),
            ("a month", "DURATION", "P1M"),
            ("September", "DATE", "2014-09"),
            ("the coming weeks", "DURATION", "PXW"),
            ("that evening", "TIME", "2014-05-26TEV"),
            ("every month", "SET", "P1M"),
            ("31 years", "DURATION", "P31Y"),
            ("Now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Tuesday 2013-02-19 (ISO week 8), Scottish regional daily's court round-up, section label,
    # headline, strap, byline, date line with clock time "Tuesday 19 February 2013, 07:40" (a
    # DATE and a TIME, gold_blind56). "yesterday" is Monday 2013-02-18, the day of the
    # sentences. The crash was "in the early hours of New Year's Day" -> one DATE span
    # 2013-01-01 (like "the early hours of Thursday", gold_blind103), "at about 2.15am on 1
    # January" 2013-01-01T02:15 and the DATE; "at 9pm the previous evening" -> 2012-12-31T21:00
    # and "the previous evening" 2012-12-31TEV (the evening before the narrative's date,
    # gold_blind28's "the previous day"); "since that night" -> "that night" the night of 31
    # December into 1 January, 2012-12-31TNI (a night takes the date of its evening,
    # gold_blind21, gold_blind59). "some seven weeks ago" -> "seven weeks ago" at the unit's
    # granularity, 2013-W01 (week 8 less seven; gold_blind5, gold_blind11). "last month"
    # (twice) 2013-01. "a community payback order of 150 hours of unpaid work" -> "150 hours"
    # DURATION PT150H (the length of the work ordered; see README); "within nine months" P9M;
    # "for 18 months" (headline and lead) P18M; "for three months" P3M; "for four months" P4M;
    # "within 28 days" P28D; "20 minutes after the crash" PT20M (anchored, gold_blind35).
    # "between 3 December and 17 December" 2012-12-03 and 2012-12-17; "since Christmas"
    # 2012-12-25; "on 21 May", "for 14 May", "on 23 April" ahead in 2013. The curfew "between
    # 7pm and 7am every night" recurs: XXXX-XX-XXT19:00, XXXX-XX-XXT07:00 and SET XXXX-XX-XXTNI
    # (gold_blind103). The breaches "at 11.40pm on 28 December" 2012-12-28T23:40, "on Hogmanay"
    # 2012-12-31 (New Year's Eve, a holiday on the day it falls on) and "on 5 January"
    # 2013-01-05. "returns to court on Friday at 10am" 2013-02-22 and 2013-02-22T10:00. "on 9
    # October last year" one DATE span 2012-10-09 (the post-posed year, gold_blind18,
    # gold_blind52), "the next day" 2012-10-10 with "at 6.30am" that day. "since 1987" and "in
    # 2008" as written. Not annotated: "the Road Traffic Act 1988" (an Act's name), "KB 1987" (a
    # fishing boat's registration, after the annotated "1987"), "over the festive period" (no
    # dates, gold_blind57), "three times" (twice), "96 microgrammes", "100 millilitres", "35",
    # "the A872", ages "34", "27", "19-year-old", "22", "£600", "£340", "£120", "£1,000".
    "dunmorrow-sheriff-court-round-up": (
        "2013-02-19",
        [
            ("New Year's Day", "DATE", "2013-01-01"),
            ("18 months", "DURATION", "P18M"),
            ("Tuesday 19 February 2013", "DATE", "2013-02-19"),
            ("07:40", "TIME", "2013-02-19T07:40"),
            ("the early hours of New Year's Day", "DATE", "2013-01-01"),
            ("18 months", "DURATION", "P18M"),
            ("yesterday", "DATE", "2013-02-18"),
            ("about 2.15am", "TIME", "2013-01-01T02:15"),
            ("1 January", "DATE", "2013-01-01"),
            ("9pm", "TIME", "2012-12-31T21:00"),
            ("the previous evening", "TIME", "2012-12-31TEV"),
            ("20 minutes", "DURATION", "PT20M"),
            ("that night", "TIME", "2012-12-31TNI"),
            ("seven weeks ago", "DATE", "2013-W01"),
            ("last month", "DATE", "2013-01"),
            ("150 hours", "DURATION", "PT150H"),
            ("nine months", "DURATION", "P9M"),
            ("2008", "DATE", "2008"),
            ("3 December", "DATE", "2012-12-03"),
            ("17 December", "DATE", "2012-12-17"),
            ("three months", "DURATION", "P3M"),
            ("21 May", "DATE", "2013-05-21"),
            ("Christmas", "DATE", "2012-12-25"),
            ("last month", "DATE", "2013-01"),
            ("1987", "DATE", "1987"),
            ("14 May", "DATE", "2013-05-14"),
            ("23 April", "DATE", "2013-04-23"),
            ("7pm", "TIME", "XXXX-XX-XXT19:00"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("four months", "DURATION", "P4M"),
            ("11.40pm", "TIME", "2012-12-28T23:40"),
            ("28 December", "DATE", "2012-12-28"),
            ("Hogmanay", "DATE", "2012-12-31"),
            ("5 January", "DATE", "2013-01-05"),
            ("Friday", "DATE", "2013-02-22"),
            ("10am", "TIME", "2013-02-22T10:00"),
            ("28 days", "DURATION", "P28D"),
            ("9 October last year", "DATE", "2012-10-09"),
            ("the next day", "DATE", "2012-10-10"),
            ("6.30am", "TIME", "2012-10-10T06:30"),
        ],
    ),
    # Thursday 2012-09-27 (ISO week 39), Irish regional weekly's GAA page, section label,
    # headline, strap "Kilbrannagh Gaels v St Colman's, Saturday, Kiltubber Park, throw-in
    # 5pm", byline, date line "Thursday, 27 September 2012", fixtures box with weekday dates.
    # The semi-finals are "this weekend" 2012-W39-WE (possessive "this weekend's"): Saturday
    # 2012-09-29 ("Saturday evening" 2012-09-29TEV, throw-in "5pm" T17:00 in strap, body and
    # box; "live from 4.30pm" that day) and Sunday 2012-09-30 ("3.30pm", "11am"). "a 5pm
    # throw-in" style times are annotated alone (gold_blind43's "a 12:45 kick-off"). Past:
    # "said last night" 2012-09-26TNI, "last Sunday's league game" -> "last Sunday"
    # 2012-09-23, the group game "in June" and "the June win" 2012-06, "for the summer"
    # 2012-SU, "since mid-August" 2012-08, "last year" 2011, "since January 2011". Ahead:
    # "Friday morning" 2012-09-28TMO; a replay "for the following weekend" 2012-W40-WE (the
    # weekend after the semi-finals' one, anchored on the narrative); the final "Sunday 14
    # October at 3pm", "a fortnight after the semi-finals" P2W (an anchored duration); the
    # minor final "on Saturday week" 2012-10-06 (British and Irish: the Saturday after the
    # coming one, one DATE span, gold_blind24) "at 12 noon" T12:00; the box's "Wednesday 3
    # October" with "7.30pm". "14-year" (headline, adjectival) P14Y; "the 2010 final" and
    # "Gaels' 1998 win" adjectival years; "after 60 minutes" PT60M and "two periods of 10
    # minutes" PT10M (lengths of play, not match minutes); "six weeks" P6W; "33 years after
    # their previous title" P33Y (anchored); "nearly every night" SET XXXX-XX-XXTNI, the
    # modifier kept (gold_blind35's "almost every day"). Not annotated: scores "1-14 to 0-11",
    # "3-21", "0-7", "2-10 to 1-9"; "in his third season" (a sports season, gold_blind43);
    # "extra time" (a phase of a match); "11 titles", "five games", "four lads", "(24)" (an
    # age), "€12", "€8", "under-16s", "U-21", "Division 3", "Junior B", "400 cars", "Kiltubber
    # FM 96.4", "kilbrannaghgaels.ie/sfc2012", "087 555 1998" (a phone number holding 1998).
    "kilbrannagh-gaels-sfc-semi-final-preview": (
        "2012-09-27",
        [
            ("14-year", "DURATION", "P14Y"),
            ("Saturday", "DATE", "2012-09-29"),
            ("5pm", "TIME", "2012-09-29T17:00"),
            ("Thursday, 27 September 2012", "DATE", "2012-09-27"),
            ("1998", "DATE", "1998"),
            ("Saturday evening", "TIME", "2012-09-29TEV"),
            ("2010", "DATE", "2010"),
            ("this weekend", "DATE", "2012-W39-WE"),
            ("5pm", "TIME", "2012-09-29T17:00"),
            ("3.30pm", "TIME", "2012-09-30T15:30"),
            ("Sunday", "DATE", "2012-09-30"),
            ("June", "DATE", "2012-06"),
            ("last night", "TIME", "2012-09-26TNI"),
            ("the summer", "DATE", "2012-SU"),
            ("mid-August", "DATE", "2012-08"),
            ("nearly every night", "SET", "XXXX-XX-XXTNI"),
            ("last Sunday", "DATE", "2012-09-23"),
            ("Friday morning", "TIME", "2012-09-28TMO"),
            ("six weeks", "DURATION", "P6W"),
            ("last year", "DATE", "2011"),
            ("June", "DATE", "2012-06"),
            ("60 minutes", "DURATION", "PT60M"),
            ("10 minutes", "DURATION", "PT10M"),
            ("the following weekend", "DATE", "2012-W40-WE"),
            ("Sunday 14 October", "DATE", "2012-10-14"),
            ("3pm", "TIME", "2012-10-14T15:00"),
            ("a fortnight", "DURATION", "P2W"),
            ("Saturday week", "DATE", "2012-10-06"),
            ("12 noon", "TIME", "2012-10-06T12:00"),
            ("2010", "DATE", "2010"),
            ("1998", "DATE", "1998"),
            ("33 years", "DURATION", "P33Y"),
            ("January 2011", "DATE", "2011-01"),
            ("4.30pm", "TIME", "2012-09-29T16:30"),
            ("Saturday 29 September", "DATE", "2012-09-29"),
            ("5pm", "TIME", "2012-09-29T17:00"),
            ("Sunday 30 September", "DATE", "2012-09-30"),
            ("3.30pm", "TIME", "2012-09-30T15:30"),
            ("11am", "TIME", "2012-09-30T11:00"),
            ("Wednesday 3 October", "DATE", "2012-10-03"),
            ("7.30pm", "TIME", "2012-10-03T19:30"),
        ],
    ),
    # Monday 2014-08-18 (ISO week 34), Scottish regional paper's shinty report, section label,
    # headline, result line "Glenbrae 3 Kinlochard 2", byline, stamp "Published 18 August 2014
    # | 09:15" (a DATE and a TIME), results and fixtures box. The match was "on Saturday"
    # 2014-08-16 (body and "RESULTS - Saturday"), play stopped "shortly after 3pm" ->
    # "3pm" 2014-08-16T15:00; "said yesterday" 2014-08-17. Ahead: Kinlochard's home game "on
    # Saturday" and "after Saturday" 2014-08-23 (box "FIXTURES - Saturday" with "2.30pm"),
    # Glenbrae's "on Wednesday evening" 2014-08-20TEV "at 7pm" (box "FIXTURES - Wednesday",
    # "(7pm)"), the ruling "on Thursday" 2014-08-21, the last round "on Saturday 6 September"
    # "at 2.30pm". "since April 2011" 2011-04; "in more than a decade" P10Y (the period of a
    # "first in", gold_blind35); "two goals in four minutes" PT4M ("in" + a duration measuring
    # a past change, gold_blind35); "for 15 minutes" PT15M; "a minute's silence" -> "a minute"
    # PT1M (gold_blind26); "last week" 2014-W33; "the 1958 and 1962 cup finals" and "the 2006
    # cup final" adjectival years; "champions in 2012 and 2013"; "three years" P3Y; "twice a
    # week" SET P1W (gold_blind35); "since March" 2014-03; "a fortnight" P2W (23 August to 6
    # September); "in 16 months" P16M (the period of a count, like "the third time in two
    # weeks", gold_blind103); "since the start of May" -> "the start of May" 2014-05 (the
    # month's value, like "the end of the month", gold_blind35); "on 2 August" 2014-08-02;
    # "a three-week break" P3W; "since 1987"; "the 1990s" 199. Not annotated: scores ("Glenbrae
    # 3 Kinlochard 2" and the box), "the first half", "the 64th minute", "the 78th minute" (match
    # periods, gold_blind43), "the throw-up" and "throws up" (the start of play), "the run-in",
    # "the last day" (of a sports season), "nine league games", "two points", "three games
    # left", "aged 81", "about 1,200", "Glenbrae 2nds".
    "glenbrae-kinlochard-shinty-report": (
        "2014-08-18",
        [
            ("18 August 2014", "DATE", "2014-08-18"),
            ("09:15", "TIME", "2014-08-18T09:15"),
            ("Saturday", "DATE", "2014-08-16"),
            ("April 2011", "DATE", "2011-04"),
            ("more than a decade", "DURATION", "P10Y"),
            ("four minutes", "DURATION", "PT4M"),
            ("15 minutes", "DURATION", "PT15M"),
            ("3pm", "TIME", "2014-08-16T15:00"),
            ("a minute", "DURATION", "PT1M"),
            ("last week", "DATE", "2014-W33"),
            ("1958", "DATE", "1958"),
            ("1962", "DATE", "1962"),
            ("2012", "DATE", "2012"),
            ("2013", "DATE", "2013"),
            ("Saturday", "DATE", "2014-08-23"),
            ("Wednesday evening", "TIME", "2014-08-20TEV"),
            ("June", "DATE", "2014-06"),
            ("7pm", "TIME", "2014-08-20T19:00"),
            ("three years", "DURATION", "P3Y"),
            ("twice a week", "SET", "P1W"),
            ("March", "DATE", "2014-03"),
            ("Saturday", "DATE", "2014-08-23"),
            ("a fortnight", "DURATION", "P2W"),
            ("yesterday", "DATE", "2014-08-17"),
            ("16 months", "DURATION", "P16M"),
            ("the start of May", "DATE", "2014-05"),
            ("2 August", "DATE", "2014-08-02"),
            ("three-week", "DURATION", "P3W"),
            ("Thursday", "DATE", "2014-08-21"),
            ("Saturday 6 September", "DATE", "2014-09-06"),
            ("2.30pm", "TIME", "2014-09-06T14:30"),
            ("2006", "DATE", "2006"),
            ("1987", "DATE", "1987"),
            ("the 1990s", "DATE", "199"),
            ("Saturday", "DATE", "2014-08-16"),
            ("Wednesday", "DATE", "2014-08-20"),
            ("7pm", "TIME", "2014-08-20T19:00"),
            ("Saturday", "DATE", "2014-08-23"),
            ("2.30pm", "TIME", "2014-08-23T14:30"),
        ],
    ),
    # Friday 2012-10-19 (ISO week 42), Scottish island weekly's travel page, section label,
    # headline, byline, date line "Friday 19 October 2012", timetable box ("Valid 22 Oct 2012
    # - 31 Mar 2013", two DATEs). The winter timetable starts "on Monday" 2012-10-22 (headline
    # and lead) and runs "until the end of March" 2013-03 (the month's value). Timetable hours
    # recur and carry no day: "07:15", "18:30", "10:00", "15:30", "08:00", "06:00" are
    # XXXX-XX-XXThh:mm (gold_blind28, gold_blind103), with the SETs "Sundays" XXXX-WXX-7,
    # "Tuesdays" XXXX-WXX-2, "Fridays" XXXX-WXX-5 and "every two hours" PT2H; the road closure
    # "from 7pm to 6am each night from Monday 22 October to Friday 26 October" two recurring
    # TIMEs, SET XXXX-XX-XXTNI and two DATEs. "as last winter" in October 2012 is the winter of
    # 2011-12, 2012-WI (a winter takes the year of its January, gold_blind10, gold_blind103).
    # The refit "on 14 January" 2013-01-14 to "4 February" 2013-02-04, "three weeks"
    # (headline) and "those three weeks" P3W. Holidays on their days: "Christmas Day"
    # 2012-12-25, "New Year's Day" 2013-01-01, "Boxing Day" 2012-12-26, "2 January" 2013-01-02
    # (Scotland's second New Year bank holiday), "by Christmas" 2012-12-25. Past weekdays of
    # "This week's gales" (2012-W42): "on Tuesday" 2012-10-16, "on Wednesday" 2012-10-17,
    # "Wednesday afternoon" 2012-10-17TAF; "Yesterday the 14:00 sailing" 2012-10-18 and
    # 2012-10-18T14:00 (a clock time in an event's name annotated alone, gold_blind43), "40
    # minutes late" PT40M (the size of a delay). "January 2008" 2008-01 and "nine days in a
    # row" P9D (a cardinal run, like "five consecutive days", gold_blind103); "five-month"
    # P5M; "about 25 minutes" PT25M (the diversion's added time); "since June" 2012-06; "two
    # months later than planned" P2M (a delay, gold_blind28); "50 mins" PT50M. Not annotated:
    # "The winter timetable" and "WINTER TIMETABLE" (an adjective naming a kind of timetable,
    # like "The summer timetable" in gold_blind95), "the Sunday timetable", "weekday sailings"
    # (a kind of sailing), "may" (the verb), "at all times", "seven return trips", "five",
    # "two return sailings", "67" (an age), "280 people", "the B8044", "£5.40", "£24",
    # "hebrideanlink.co.uk/winter2012", "0800 555 2013".
    "inchcarra-ferry-winter-timetable": (
        "2012-10-19",
        [
            ("Monday", "DATE", "2012-10-22"),
            ("three weeks", "DURATION", "P3W"),
            ("Friday 19 October 2012", "DATE", "2012-10-19"),
            ("Monday", "DATE", "2012-10-22"),
            ("the end of March", "DATE", "2013-03"),
            ("07:15", "TIME", "XXXX-XX-XXT07:15"),
            ("18:30", "TIME", "XXXX-XX-XXT18:30"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("10:00", "TIME", "XXXX-XX-XXT10:00"),
            ("15:30", "TIME", "XXXX-XX-XXT15:30"),
            ("last winter", "DATE", "2012-WI"),
            ("14 January", "DATE", "2013-01-14"),
            ("4 February", "DATE", "2013-02-04"),
            ("those three weeks", "DURATION", "P3W"),
            ("every two hours", "SET", "PT2H"),
            ("08:00", "TIME", "XXXX-XX-XXT08:00"),
            ("06:00", "TIME", "XXXX-XX-XXT06:00"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("Christmas Day", "DATE", "2012-12-25"),
            ("New Year's Day", "DATE", "2013-01-01"),
            ("Boxing Day", "DATE", "2012-12-26"),
            ("2 January", "DATE", "2013-01-02"),
            ("This week", "DATE", "2012-W42"),
            ("Tuesday", "DATE", "2012-10-16"),
            ("Wednesday", "DATE", "2012-10-17"),
            ("Wednesday afternoon", "TIME", "2012-10-17TAF"),
            ("Yesterday", "DATE", "2012-10-18"),
            ("14:00", "TIME", "2012-10-18T14:00"),
            ("40 minutes", "DURATION", "PT40M"),
            ("January 2008", "DATE", "2008-01"),
            ("nine days", "DURATION", "P9D"),
            ("five-month", "DURATION", "P5M"),
            ("7pm", "TIME", "XXXX-XX-XXT19:00"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("each night", "SET", "XXXX-XX-XXTNI"),
            ("Monday 22 October", "DATE", "2012-10-22"),
            ("Friday 26 October", "DATE", "2012-10-26"),
            ("about 25 minutes", "DURATION", "PT25M"),
            ("June", "DATE", "2012-06"),
            ("Christmas", "DATE", "2012-12-25"),
            ("two months", "DURATION", "P2M"),
            ("22 Oct 2012", "DATE", "2012-10-22"),
            ("31 Mar 2013", "DATE", "2013-03-31"),
            ("50 mins", "DURATION", "PT50M"),
        ],
    ),
    # Saturday 2015-10-24 (ISO week 43), Irish national paper's website, section label,
    # headline, standfirst, byline, stamp "Saturday, October 24, 2015 - 07:30 AM" (a DATE with
    # its weekday and a TIME). Ireland's October bank holiday is the last Monday of October,
    # 2015-10-26; "the bank holiday weekend" (headline) and "the October bank holiday
    # weekend" are the weekend before it, 2015-W43-WE (gold_blind97), which in a Saturday paper
    # is under way. The festival "opened last night" 2015-10-23TNI and runs "until Monday
    # night" 2015-10-26TNI, its last session ending "at 1am on Tuesday" 2015-10-27T01:00 and
    # 2015-10-27; "the four days" P4D (Friday to Monday). Summer time ended at 2am on Sunday
    # 2015-10-25 (the last Sunday of October): "an extra hour" (standfirst and body) DURATION
    # PT1H, the size of the shift (gold_blind44), "tonight" 2015-10-24TNI, "2am tomorrow"
    # 2015-10-25T02:00 and 2015-10-25. "at 2pm today", "at noon tomorrow" (T12:00), "at 9pm on
    # Monday"; the one-way system "from 11am to 7pm today, tomorrow and on Monday" -> hours on
    # three named days, recurring XXXX-XX-XXThh:mm, and the three DATEs; "until 1.30am each
    # night" XXXX-XX-XXT01:30 and SET TNI (gold_blind97); "every 30 minutes" SET PT30M; "each
    # evening" SET XXXX-XX-XXTEV; "this afternoon" 2015-10-24TAF; "Monday evening"
    # 2015-10-26TEV. "last year's record" -> "last year" 2014; "this year" 2015; "since 2004",
    # "in 1998" and "A 2013 study" (adjectival) as written; "Now" PRESENT_REF. "until
    # Halloween, next Saturday" -> "Halloween" 2015-10-31 and "next Saturday" 2015-10-31, the
    # Saturday seven days ahead in a Saturday paper (gold_blind11). Not annotated: "summer
    # time" (a clock regime, like "British Summer Time" in gold_blind44), "18th", "the Late
    # Mondays" (a band), "the Midnight Sessions" (a named jam), "a weekend ticket" and "a day
    # ticket" (kinds of ticket), "45,000", "41,000", "120 acts", "70 venues", "three bands",
    # "200 people", "4,000 people", "ten times", "€6.8m", "€420,000", "€85", "€35", "Carrig FM
    # 97.2", "carrigmorejazz.ie/2015".
    "carrigmore-jazz-festival-bank-holiday": (
        "2015-10-24",
        [
            ("the bank holiday weekend", "DATE", "2015-W43-WE"),
            ("Monday night", "TIME", "2015-10-26TNI"),
            ("an extra hour", "DURATION", "PT1H"),
            ("Saturday, October 24, 2015", "DATE", "2015-10-24"),
            ("07:30 AM", "TIME", "2015-10-24T07:30"),
            ("the October bank holiday weekend", "DATE", "2015-W43-WE"),
            ("last year", "DATE", "2014"),
            ("last night", "TIME", "2015-10-23TNI"),
            ("1am", "TIME", "2015-10-27T01:00"),
            ("Tuesday", "DATE", "2015-10-27"),
            ("the four days", "DURATION", "P4D"),
            ("2004", "DATE", "2004"),
            ("1998", "DATE", "1998"),
            ("Now", "DATE", "PRESENT_REF"),
            ("an extra hour", "DURATION", "PT1H"),
            ("tonight", "TIME", "2015-10-24TNI"),
            ("2am", "TIME", "2015-10-25T02:00"),
            ("tomorrow", "DATE", "2015-10-25"),
            ("1.30am", "TIME", "XXXX-XX-XXT01:30"),
            ("each night", "SET", "XXXX-XX-XXTNI"),
            ("2pm", "TIME", "2015-10-24T14:00"),
            ("today", "DATE", "2015-10-24"),
            ("noon", "TIME", "2015-10-25T12:00"),
            ("tomorrow", "DATE", "2015-10-25"),
            ("9pm", "TIME", "2015-10-26T21:00"),
            ("Monday", "DATE", "2015-10-26"),
            ("11am", "TIME", "XXXX-XX-XXT11:00"),
            ("7pm", "TIME", "XXXX-XX-XXT19:00"),
            ("today", "DATE", "2015-10-24"),
            ("tomorrow", "DATE", "2015-10-25"),
            ("Monday", "DATE", "2015-10-26"),
            ("every 30 minutes", "SET", "PT30M"),
            ("this afternoon", "TIME", "2015-10-24TAF"),
            ("tomorrow", "DATE", "2015-10-25"),
            ("Monday evening", "TIME", "2015-10-26TEV"),
            ("2013", "DATE", "2013"),
            ("this year", "DATE", "2015"),
            ("Halloween", "DATE", "2015-10-31"),
            ("next Saturday", "DATE", "2015-10-31"),
            ("each evening", "SET", "XXXX-XX-XXTEV"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
