"""Annotations of the four-hundred-and-eighth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind408/annotate.py [--show]

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
    # Monday 1998-03-16 (ISO week 12), international radio service's correspondent report in the
    # wire format of its newsroom: header "DATE=3/16/98" (a slash date with a two-digit year,
    # month first, DATE 1998-03-16, like "9/25/14" in gold_blind41; the label "DATE=" stays
    # out), "INTRO:" lead-in for the anchor, "TEXT:", a tape cut and the footer stamp "16-Mar-98
    # 11:42 AM EST (1642 UTC)" (a DATE, a TIME with the zone in the span, and its UTC
    # equivalent a second TIME, gold_blind30's "0410 local time, 0810 GMT"). "over the
    # weekend" -> "the weekend" 1998-W11-WE, the weekend just past in a Monday report
    # (gold_blind22, gold_blind28). Past weekdays: "last Thursday" 1998-03-12, "late Saturday"
    # 1998-03-14 (DATE with the modifier, gold_blind34's "late Sunday"); "The next day" after
    # it 1998-03-15, against the most recent date of its story line (gold_blind14). Future:
    # "due Friday" 1998-03-20, "on Wednesday" 1998-03-18, "a week from today" 1998-03-23 (a
    # day, gold_blind30). The short rains were "due between October and December last year"
    # -> 1997-10, 1997-12 and 1997; "since October" in the quote 1997-10, the nearest past
    # October; "early February" and "January" 1998; "June", "the end of May", "next month"
    # 1998-04, "April" and the adjectival month of "the April rains" 1998-04 (like "The March
    # numbers" in gold_blind30); "the floods of early 1997" 1997; "the end of the year" 1998.
    # "once a day" SET P1D, "once every two days" SET P2D (count kept in the span,
    # gold_blind30), "twice a week" SET P1W; "recent weeks" PAST_REF (gold_blind18); "the past
    # two months", "the past three weeks", "the next 90 days", "nearly five months", "up to six
    # hours", two "three-day" (adjectival, DURATION). Not annotated: "NUMBER=2-229417",
    # "(L-ONLY)", "CUT ONE", "NEB/DM/RAE", "NNNN", "(SIGNED)", "VOICED AT:" (an empty field),
    # "the short rains" and "the long rains" (rainy seasons with no calendar unit, like "this
    # season" in gold_blind103; their months are annotated), "600-thousand", "40 trucks", "more
    # than 300 children", "twice as many", "45-million dollars", "tripled", "all of" (before
    # "January", outside the span).
    "gvr-kalembe-drought-food-convoy": (
        "1998-03-16",
        [
            ("3/16/98", "DATE", "1998-03-16"),
            ("the weekend", "DATE", "1998-W11-WE"),
            ("nearly five months", "DURATION", "P5M"),
            ("June", "DATE", "1998-06"),
            ("last Thursday", "DATE", "1998-03-12"),
            ("late Saturday", "DATE", "1998-03-14"),
            ("three-day", "DURATION", "P3D"),
            ("early 1997", "DATE", "1997"),
            ("The next day", "DATE", "1998-03-15"),
            ("up to six hours", "DURATION", "PT6H"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("Friday", "DATE", "1998-03-20"),
            ("twice a week", "SET", "P1W"),
            ("the end of May", "DATE", "1998-05"),
            ("this morning", "TIME", "1998-03-16TMO"),
            ("early February", "DATE", "1998-02"),
            ("October", "DATE", "1997-10"),
            ("the past two months", "DURATION", "P2M"),
            ("once a day", "SET", "P1D"),
            ("once every two days", "SET", "P2D"),
            ("October", "DATE", "1997-10"),
            ("December", "DATE", "1997-12"),
            ("last year", "DATE", "1997"),
            ("1984", "DATE", "1984"),
            ("next month", "DATE", "1998-04"),
            ("April", "DATE", "1998-04"),
            ("the past three weeks", "DURATION", "P3W"),
            ("January", "DATE", "1998-01"),
            ("Wednesday", "DATE", "1998-03-18"),
            ("a week from today", "DATE", "1998-03-23"),
            ("three-day", "DURATION", "P3D"),
            ("the next 90 days", "DURATION", "P90D"),
            ("April", "DATE", "1998-04"),
            ("the end of the year", "DATE", "1998"),
            ("16-Mar-98", "DATE", "1998-03-16"),
            ("11:42 AM EST", "TIME", "1998-03-16T11:42"),
            ("1642 UTC", "TIME", "1998-03-16T16:42"),
        ],
    ),
    # Thursday 1999-02-11 (ISO week 6), US network evening newscast as a transcript archive
    # stores it: "SHOW: ... (6:30 PM ET)" (TIME, zone in the span), date line "February 11,
    # 1999, Thursday" (one DATE span, weekday after the date), headline, anchor lead-in and
    # correspondent. Presidents' Day 1999 is the third Monday of February, 1999-02-15; "this
    # holiday weekend" and "the long weekend" are the Saturday-Monday weekend, the ISO week of
    # its Saturday, 1999-W06-WE (gold_blind103's "Family Day weekend"); "Monday is Presidents'
    # Day" two DATEs (gold_blind56, gold_blind103). The strike deadline "12:01 AM Saturday"
    # 1999-02-13T00:01 and the DATE; the headline's "SATURDAY" and "by Saturday" the same day;
    # "Saturday morning" 1999-02-13TMO; "Valentine's Day on Sunday" 1999-02-14 twice.
    # "yesterday" 1999-02-10, and its hours "from 7 in the morning until 9 o'clock that
    # evening": "7 in the morning" 1999-02-10T07:00 (a spoken clock time, gold_blind65's "about
    # 5 in the morning"), "9 o'clock" 1999-02-10T21:00 (the half of the day fixed by "that
    # evening"), "that evening" 1999-02-10TEV (a narrative anchor, gold_blind8). "most of this
    # morning" -> "this morning"; "late this afternoon" TAF; "December 31st" 1998-12-31;
    # "Christmas" 1998-12-25 (past, "since"); "next week" 1999-W07; "10 o'clock tomorrow
    # morning" 1999-02-12T10:00 and 1999-02-12TMO; "11:35 Eastern" in an evening newscast
    # 1999-02-11T23:35 (gold_blind16, gold_blind30); "this Thursday" in the sign-off the
    # broadcast day (gold_blind30). "25 years" on the job DURATION P25Y (gold_blind103's "61
    # years"); "19 hours" the drive; "three years", "two-year", "60 days", "six weeks", "11
    # days", "about 14 hours"; "each year" SET P1Y, "every hour" SET PT1H. Not annotated:
    # "Transcript # 99021106-j07" (an archive number holding the date's digits), "LENGTH: 452
    # words", "eighth-largest", "250,000", "70th birthday", "retires at 60" (an age), "3
    # percent", "midstates1999.com", "1-800-555-1998", "winter break" (a school holiday named
    # by a season, an event; "next week" beside it is annotated), "Nightbeat" (a programme),
    # "until the deadline", "Good evening", "Good night", "may".
    "ubc-evening-report-midstates-mechanics": (
        "1999-02-11",
        [
            ("6:30 PM ET", "TIME", "1999-02-11T18:30"),
            ("February 11, 1999, Thursday", "DATE", "1999-02-11"),
            ("SATURDAY", "DATE", "1999-02-13"),
            ("this holiday weekend", "DATE", "1999-W06-WE"),
            ("tonight", "TIME", "1999-02-11TNI"),
            ("12:01 AM", "TIME", "1999-02-13T00:01"),
            ("Saturday", "DATE", "1999-02-13"),
            ("late this afternoon", "TIME", "1999-02-11TAF"),
            ("about 14 hours", "DURATION", "PT14H"),
            ("yesterday", "DATE", "1999-02-10"),
            ("7 in the morning", "TIME", "1999-02-10T07:00"),
            ("9 o'clock", "TIME", "1999-02-10T21:00"),
            ("that evening", "TIME", "1999-02-10TEV"),
            ("this morning", "TIME", "1999-02-11TMO"),
            ("December 31st", "DATE", "1998-12-31"),
            ("six weeks", "DURATION", "P6W"),
            ("August 1996", "DATE", "1996-08"),
            ("11 days", "DURATION", "P11D"),
            ("the long weekend", "DATE", "1999-W06-WE"),
            ("Monday", "DATE", "1999-02-15"),
            ("Presidents' Day", "DATE", "1999-02-15"),
            ("next week", "DATE", "1999-W07"),
            ("Valentine's Day", "DATE", "1999-02-14"),
            ("Sunday", "DATE", "1999-02-14"),
            ("today", "DATE", "1999-02-11"),
            ("Saturday morning", "TIME", "1999-02-13TMO"),
            ("Christmas", "DATE", "1998-12-25"),
            ("19 hours", "DURATION", "PT19H"),
            ("25 years", "DURATION", "P25Y"),
            ("three years", "DURATION", "P3Y"),
            ("two-year", "DURATION", "P2Y"),
            ("each year", "SET", "P1Y"),
            ("10 o'clock", "TIME", "1999-02-12T10:00"),
            ("tomorrow morning", "TIME", "1999-02-12TMO"),
            ("every hour", "SET", "PT1H"),
            ("Saturday", "DATE", "1999-02-13"),
            ("60 days", "DURATION", "P60D"),
            ("11:35 Eastern", "TIME", "1999-02-11T23:35"),
            ("this Thursday", "DATE", "1999-02-11"),
        ],
    ),
    # Tuesday 1999-12-28 (ISO week 52), US cable-news call-in talk segment, programme title,
    # segment title, header "Aired December 28, 1999 - 3:00 p.m. ET" (DATE and TIME,
    # gold_blind30) and the rush-transcript notice. 1999-12-31 is a Friday, 2000-01-01 a
    # Saturday (in ISO week 1999-W52), 2000-01-03 a Monday. "Four days from now, on Saturday"
    # -> "Four days from now" DATE 2000-01-01 (a day, gold_blind46's "two days from now") and
    # "Saturday" the same day; "the year 2000" DATE 2000 twice (gold_blind35), and "2000 is a
    # leap year" DATE 2000. Future weekdays: "Friday afternoon" twice 1999-12-31TAF, "Sunday
    # night" 2000-01-02TNI, "by Thursday" 1999-12-30, "noon on Friday" 1999-12-31T12:00 and the
    # DATE, "Monday, January 3rd" one DATE span, "next Monday" 2000-01-03 (the nearest coming
    # Monday), "Saturday morning" 2000-01-01TMO, "6 a.m. Eastern on Friday" 1999-12-31T06:00
    # and the DATE; "6 p.m. Eastern on New Year's Eve" 1999-12-31T18:00 and "New Year's Eve"
    # 1999-12-31 (twice). "at 12:01" (the rollover the host asks about) 2000-01-01T00:01, the
    # first minute of the new year. "tomorrow at 3 Eastern" 1999-12-29 and 1999-12-29T15:00,
    # the programme's own slot (the header's 3:00 p.m.). Past: "early 1998" 1998, "September
    # 9th" 1999-09-09, "January's payments" -> "January" 2000-01 (the month paid for, ahead),
    # "last week" 1999-W51, "yesterday" 1999-12-27; "November" and "December" (statements)
    # 1999. "February 29th" 2000-02-29 and "March 1st" 2000-03-01 ahead. "this week" 1999-W52;
    # "this afternoon" TAF; "the past two years" P2Y; "the next three months" P3M; "three-day"
    # P3D; "18 hours" PT18H (from 6 a.m. to midnight Eastern); "About a minute" PT1M (air time
    # left); "26 hours" PT26H ("straight" outside); "every four hours" SET PT4H; "now"
    # PRESENT_REF. Not annotated: "Y2K" (twice, the name of a software problem, gold_blind34),
    # "9999" (a code), "a 1987 pickup" (a model year, gold_blind16), "THIS COPY MAY NOT ...
    # MAY BE UPDATED", "a leap year" (a kind of year; "2000" is annotated), "a bad snowstorm",
    # "openline@wnn.com", "1-800-555-2000" (after the last annotated "2000"), "Dayton, Ohio".
    "wnn-open-line-y2k-callers": (
        "1999-12-28",
        [
            ("December 28, 1999", "DATE", "1999-12-28"),
            ("3:00 p.m. ET", "TIME", "1999-12-28T15:00"),
            ("Four days from now", "DATE", "2000-01-01"),
            ("Saturday", "DATE", "2000-01-01"),
            ("the year 2000", "DATE", "2000"),
            ("this afternoon", "TIME", "1999-12-28TAF"),
            ("the past two years", "DURATION", "P2Y"),
            ("early 1998", "DATE", "1998"),
            ("September 9th", "DATE", "1999-09-09"),
            ("Friday afternoon", "TIME", "1999-12-31TAF"),
            ("Sunday night", "TIME", "2000-01-02TNI"),
            ("every four hours", "SET", "PT4H"),
            ("6 p.m. Eastern", "TIME", "1999-12-31T18:00"),
            ("New Year's Eve", "DATE", "1999-12-31"),
            ("this week", "DATE", "1999-W52"),
            ("three-day", "DURATION", "P3D"),
            ("Thursday", "DATE", "1999-12-30"),
            ("Friday afternoon", "TIME", "1999-12-31TAF"),
            ("noon", "TIME", "1999-12-31T12:00"),
            ("Friday", "DATE", "1999-12-31"),
            ("Monday, January 3rd", "DATE", "2000-01-03"),
            ("November", "DATE", "1999-11"),
            ("December", "DATE", "1999-12"),
            ("Saturday morning", "TIME", "2000-01-01TMO"),
            ("next Monday", "DATE", "2000-01-03"),
            ("January", "DATE", "2000-01"),
            ("last week", "DATE", "1999-W51"),
            ("yesterday", "DATE", "1999-12-27"),
            ("the next three months", "DURATION", "P3M"),
            ("12:01", "TIME", "2000-01-01T00:01"),
            ("6 a.m. Eastern", "TIME", "1999-12-31T06:00"),
            ("Friday", "DATE", "1999-12-31"),
            ("the year 2000", "DATE", "2000"),
            ("18 hours", "DURATION", "PT18H"),
            ("About a minute", "DURATION", "PT1M"),
            ("February 29th", "DATE", "2000-02-29"),
            ("2000", "DATE", "2000"),
            ("March 1st", "DATE", "2000-03-01"),
            ("tomorrow", "DATE", "1999-12-29"),
            ("3 Eastern", "TIME", "1999-12-29T15:00"),
            ("New Year's Eve", "DATE", "1999-12-31"),
            ("26 hours", "DURATION", "PT26H"),
            ("now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Wednesday 2000-05-17 (ISO week 20), public-radio world-affairs magazine segment: title,
    # producers' line, "Air date: Wednesday, May 17, 2000" (one DATE span), host's lead-in,
    # reporter's piece with interpreted clips. The line opens tomorrow, Thursday 2000-05-18:
    # "Tomorrow morning" TMO, "6:05 a.m. local time" 2000-05-18T06:05, "before 9 o'clock"
    # 2000-05-18T09:00 (a morning arrival after 6:05), "From tomorrow" and "Tomorrow I drive"
    # 2000-05-18; "the day after tomorrow" 2000-05-19 (gold_blind30). "this week" 2000-W20;
    # "Last week" 2000-W19; "on Monday" (past) 2000-05-15; "Tonight" 2000-05-17TNI and "8
    # o'clock" after it 2000-05-17T20:00. "Until now" -> "now" PRESENT_REF (gold_blind76);
    # "Now she has to" PRESENT_REF. "since January" 2000-01; "in 1913. They stopped the next
    # year" -> "the next year" 1914 (anchored on 1913); "1992"; "the autumn of 1997" 1997-FA;
    # "by the autumn" ahead in May 2000-FA; "the end of June" 2000-06, "June 30th" 2000-06-30.
    # The timetable "every 30 minutes between 6 a.m. and 10 p.m." -> SET PT30M and the hours of
    # a recurring service XXXX-XX-XXT06:00 and XXXX-XX-XXT22:00 (gold_blind28, gold_blind34);
    # "three times a day" SET P1D; "every Monday" SET XXXX-WXX-1. "the first month" of the
    # line DURATION P1M (an ordinal period of an event, gold_blind35's "The first week");
    # "almost two years late" P2Y (the size of a delay, gold_blind35); "more than 80 years",
    # "just under 12 minutes", "about five hours", "less than three hours", "seven months", "40
    # years", "the next decade"; "for days" -> "days" PXD. Not annotated: "GLOBAL DESK",
    # "Segment:", "(Sound of train)", "31 kilometers", "15 kilometers", "two-point-four billion
    # dollars", "41,000 tickets", "three times" beyond the SET, "the war" (an event), "the first
    # tunnel", "the first train", "at least five more", "globaldesk.org/2000/daren" (a year in
    # a web address).
    "global-desk-velmoria-daren-railway": (
        "2000-05-17",
        [
            ("Wednesday, May 17, 2000", "DATE", "2000-05-17"),
            ("more than 80 years", "DURATION", "P80Y"),
            ("Tomorrow morning", "TIME", "2000-05-18TMO"),
            ("6:05 a.m. local time", "TIME", "2000-05-18T06:05"),
            ("9 o'clock", "TIME", "2000-05-18T09:00"),
            ("this week", "DATE", "2000-W20"),
            ("just under 12 minutes", "DURATION", "PT12M"),
            ("now", "DATE", "PRESENT_REF"),
            ("about five hours", "DURATION", "PT5H"),
            ("days", "DURATION", "PXD"),
            ("tomorrow", "DATE", "2000-05-18"),
            ("less than three hours", "DURATION", "PT3H"),
            ("January", "DATE", "2000-01"),
            ("1913", "DATE", "1913"),
            ("the next year", "DATE", "1914"),
            ("1992", "DATE", "1992"),
            ("Tomorrow", "DATE", "2000-05-18"),
            ("almost two years", "DURATION", "P2Y"),
            ("the autumn of 1997", "DATE", "1997-FA"),
            ("seven months", "DURATION", "P7M"),
            ("every 30 minutes", "SET", "PT30M"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("the first month", "DURATION", "P1M"),
            ("the day after tomorrow", "DATE", "2000-05-19"),
            ("three times a day", "SET", "P1D"),
            ("40 years", "DURATION", "P40Y"),
            ("the end of June", "DATE", "2000-06"),
            ("Last week", "DATE", "2000-W19"),
            ("June 30th", "DATE", "2000-06-30"),
            ("every Monday", "SET", "XXXX-WXX-1"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Monday", "DATE", "2000-05-15"),
            ("the autumn", "DATE", "2000-FA"),
            ("Tonight", "TIME", "2000-05-17TNI"),
            ("8 o'clock", "TIME", "2000-05-17T20:00"),
            ("the next decade", "DURATION", "P10Y"),
        ],
    ),
    # Sunday 1998-08-23 (ISO week 34), state news agency's English news digest in Xinhua-like
    # English: service line, "NEWS DIGEST, SUNDAY, AUGUST 23, 1998" (one DATE span, uppercase),
    # the digest's own dateline "ANSHENG, Aug. 23 (ZNA) --" and items under dash headings, two
    # with datelines of their own. "today's ... digest" -> "today" 1998-08-23 (possessive
    # without the "'s"). Each dated item is read against its own dateline (see README): the
    # expressway item "HANPING, Aug. 22 (ZNA) -- ... opened to traffic here today" -> "Aug. 22"
    # and "today" 1998-08-22, the day it was filed; the visit item "ANSHENG, Aug. 23" and its
    # "announced here today" 1998-08-23. The items without a dateline take the digest's day:
    # "this morning" TMO and "this afternoon" TAF of 1998-08-23; the readings "at 8:00 a.m."
    # 1998-08-23T08:00 and "from 8:00 a.m. Saturday" 1998-08-22T08:00 with the DATE; "announced
    # on Saturday", "Saturday night" 1998-08-22(TNI); "said Friday" 1998-08-21. Future: "early
    # next week" 1998-W35 (modifier kept), "from Monday to Wednesday" 1998-08-24 and 1998-08-26,
    # "on Monday" 1998-08-24, "mid-September" 1998-09, the heading's "September" and "Sept. 18"
    # 1998-09(-18), "from Aug. 31 to Sept. 4" two DATEs, "Nov. 29" 1998-11-29. "the first half
    # of this year" one DATE span 1998-H1 and "the same period last year" one span 1997-H1
    # (gold_blind16, gold_blind31). "for the first time in 12 days" -> "12 days" P12D (the
    # period of a "first in"); "14 months ahead of schedule" P14M (the size of an advance, like
    # a delay, gold_blind35); "the first week" of tolls P1W; "five-day" P5D; "six days" P6D;
    # "nine hours", "less than four hours"; "every two years" SET P2Y; "recent years" PAST_REF;
    # "late July" 1998-07; "April 1995", "1986", "October 1971", "1984", "The 1996 fair" ->
    # "1996" (adjectival year). Not annotated: "the flood season" and "The league season"
    # (seasons with no calendar unit, gold_blind66, gold_blind103), "41.6 meters", "0.4
    # meters", "200,000", "121 million tons", "3.2 percent" (heading and body), "380-km",
    # "Highway 312", "3,100 exhibitors", "41 countries", "(0871) 6555-1998", "www.atf98.com",
    # "2-1", "three points", "10 matches", "24 to 33 degrees", "the first visit".
    "zna-news-digest-lanjiang-floods": (
        "1998-08-23",
        [
            ("SUNDAY, AUGUST 23, 1998", "DATE", "1998-08-23"),
            ("Aug. 23", "DATE", "1998-08-23"),
            ("today", "DATE", "1998-08-23"),
            ("this morning", "TIME", "1998-08-23TMO"),
            ("12 days", "DURATION", "P12D"),
            ("this afternoon", "TIME", "1998-08-23TAF"),
            ("8:00 a.m.", "TIME", "1998-08-23T08:00"),
            ("8:00 a.m.", "TIME", "1998-08-22T08:00"),
            ("Saturday", "DATE", "1998-08-22"),
            ("late July", "DATE", "1998-07"),
            ("mid-September", "DATE", "1998-09"),
            ("early next week", "DATE", "1998-W35"),
            ("the first half of this year", "DATE", "1998-H1"),
            ("the same period last year", "DATE", "1997-H1"),
            ("Saturday", "DATE", "1998-08-22"),
            ("recent years", "DATE", "PAST_REF"),
            ("Aug. 22", "DATE", "1998-08-22"),
            ("today", "DATE", "1998-08-22"),
            ("14 months", "DURATION", "P14M"),
            ("April 1995", "DATE", "1995-04"),
            ("nine hours", "DURATION", "PT9H"),
            ("less than four hours", "DURATION", "PT4H"),
            ("the first week", "DURATION", "P1W"),
            ("Aug. 23", "DATE", "1998-08-23"),
            ("five-day", "DURATION", "P5D"),
            ("Aug. 31", "DATE", "1998-08-31"),
            ("Sept. 4", "DATE", "1998-09-04"),
            ("today", "DATE", "1998-08-23"),
            ("1986", "DATE", "1986"),
            ("October 1971", "DATE", "1971-10"),
            ("September", "DATE", "1998-09"),
            ("every two years", "SET", "P2Y"),
            ("1984", "DATE", "1984"),
            ("Sept. 18", "DATE", "1998-09-18"),
            ("six days", "DURATION", "P6D"),
            ("Friday", "DATE", "1998-08-21"),
            ("1996", "DATE", "1996"),
            ("Saturday night", "TIME", "1998-08-22TNI"),
            ("Nov. 29", "DATE", "1998-11-29"),
            ("Monday", "DATE", "1998-08-24"),
            ("Wednesday", "DATE", "1998-08-26"),
            ("Monday", "DATE", "1998-08-24"),
        ],
    ),
    # Friday 2000-04-14 (ISO week 15), Australian national radio current-affairs programme
    # transcript: programme title, "Friday, 14 April 2000 18:20" (DATE and TIME), reporter
    # line, presenter's lead-in and report. Easter Sunday 2000 is 23 April: "Good Friday"
    # (twice) 2000-04-21, "Easter Monday" (twice) 2000-04-24, "Anzac Day" (three times)
    # 2000-04-25, "the Tuesday" straight after Easter Monday and "the Tuesday" of the quote
    # 2000-04-25 (the determiner kept, see README); "a week from today" 2000-04-21 (a day,
    # gold_blind30); "the Easter weekend" 2000-W16-WE (the ISO week of its Saturday,
    # gold_blind3, gold_blind10). "Last Easter" 1999-04-04, Easter Sunday 1999 (a holiday on
    # the date it falls on, like "since Easter" in gold_blind12). The operation "starts at
    # 12:01am on Thursday 20 April" 2000-04-20T00:01 and one DATE span "Thursday 20 April"
    # (gold_blind103's "Tuesday 4 December"), "until midnight on Anzac Day" 2000-04-25T24:00,
    # the midnight that ends the day (gold_blind103) and the DATE. "Thursday afternoon"
    # 2000-04-20TAF; "On Thursday" 2000-04-20 and "five in the morning" of it 2000-04-20T05:00
    # (a spoken clock time, gold_blind65); "on Wednesday" (future) 2000-04-19. "today"
    # 2000-04-14; "this weekend" 2000-W15-WE (the coming weekend of a Friday); "this week"
    # 2000-W15; "next week" 2000-W16. "this financial year" FY2000, the Australian July-June
    # year named by the year it ends (gold_blind9, gold_blind49); "the end of June" 2000-06.
    # "at 9am every day of the operation" -> TIME XXXX-XX-XXT09:00 and SET P1D (gold_blind34).
    # "ten past six" on Easter Monday 2000-04-24T18:10 (a spoken clock time, evening
    # programme). "one of the longest holiday breaks in a decade" -> "a decade" P10Y (the period
    # of a superlative); "its highest price in nine years" P9Y; "three days' leave" -> "three
    # days" P3D (gold_blind18's "30 days' notice"); "ten days", "six days", "four days", "six
    # hours" ("straight" outside); "every two hours" SET PT2H; "1991", "1993". Not annotated:
    # "THE SIX O'CLOCK REPORT" (twice, a programme title holding a clock time), "Operation
    # Crossroads", "holiday road blitz", "the worst holiday toll", "Double demerit points",
    # "School holidays" (no dates given), "600 extra officers", "eleven people", "four cents a
    # litre", "88 cents", "46 million dollars", "1800 555 200",
    # "www.crossroads2000.com.au", "booze buses", "the drive home", "at once".
    "six-oclock-report-easter-road-blitz": (
        "2000-04-14",
        [
            ("Friday, 14 April 2000", "DATE", "2000-04-14"),
            ("18:20", "TIME", "2000-04-14T18:20"),
            ("Good Friday", "DATE", "2000-04-21"),
            ("a week from today", "DATE", "2000-04-21"),
            ("Anzac Day", "DATE", "2000-04-25"),
            ("the Tuesday", "DATE", "2000-04-25"),
            ("Easter Monday", "DATE", "2000-04-24"),
            ("a decade", "DURATION", "P10Y"),
            ("three days", "DURATION", "P3D"),
            ("ten days", "DURATION", "P10D"),
            ("1991", "DATE", "1991"),
            ("12:01am", "TIME", "2000-04-20T00:01"),
            ("Thursday 20 April", "DATE", "2000-04-20"),
            ("six days", "DURATION", "P6D"),
            ("midnight", "TIME", "2000-04-25T24:00"),
            ("Anzac Day", "DATE", "2000-04-25"),
            ("Last Easter", "DATE", "1999-04-04"),
            ("four days", "DURATION", "P4D"),
            ("1993", "DATE", "1993"),
            ("Thursday afternoon", "TIME", "2000-04-20TAF"),
            ("Thursday", "DATE", "2000-04-20"),
            ("five in the morning", "TIME", "2000-04-20T05:00"),
            ("six hours", "DURATION", "PT6H"),
            ("the Tuesday", "DATE", "2000-04-25"),
            ("Anzac Day", "DATE", "2000-04-25"),
            ("every two hours", "SET", "PT2H"),
            ("next week", "DATE", "2000-W16"),
            ("today", "DATE", "2000-04-14"),
            ("this weekend", "DATE", "2000-W15-WE"),
            ("this week", "DATE", "2000-W15"),
            ("nine years", "DURATION", "P9Y"),
            ("Wednesday", "DATE", "2000-04-19"),
            ("the Easter weekend", "DATE", "2000-W16-WE"),
            ("this financial year", "DATE", "FY2000"),
            ("the end of June", "DATE", "2000-06"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("every day", "SET", "P1D"),
            ("Good Friday", "DATE", "2000-04-21"),
            ("Easter Monday", "DATE", "2000-04-24"),
            ("ten past six", "TIME", "2000-04-24T18:10"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
