"""Annotations of blind gold set 596, chosen by hand before the tagger ran.

    python tests/data/gold_blind596/annotate.py [--show]

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
    # Wednesday 1999-01-06 (ISO week 1 of 1999), AP-style Balkans cease-fire story, headline
    # ("Ahead of Thursday Deadline", an adjectival weekday, DATE, gold_blind32), date line
    # "Wednesday, January 6, 1999; 4:37 p.m. EST" (one DATE span with its weekday and a TIME,
    # gold_blind34), byline, "SVETA LINA, Dravonia (AP) _" dateline; "today" the publication
    # day. Dravonia keeps Central European time (GMT+1): the deadline "by midnight Thursday
    # (2300 GMT)" -> "midnight" the midnight ending Thursday, 1999-01-07T24:00 (gold_blind32),
    # "Thursday" 1999-01-07, "2300 GMT" 1999-01-07T23:00 (a local time and its GMT equivalent
    # two TIMEX3, gold_blind28); "about 11 p.m. (2200 GMT) Tuesday" 1999-01-05T23:00 and
    # T22:00; "overnight" (told on Wednesday) the night begun on Tuesday evening,
    # 1999-01-05TNI (gold_blind34, gold_blind103). The Orthodox church keeps the Julian
    # calendar: "Christmas, which the Orthodox church here marks on Thursday" -> "Christmas"
    # 1999-01-07 (gold_blind79) and "Thursday"; "Christmas Eve, which falls tonight" is the
    # publication day, 1999-01-06, with "tonight" 1999-01-06TNI. "noon on Dec. 24" (the truce's
    # start, the Western Christmas Eve, not named as such) 1998-12-24T12:00. "Two days later,
    # on New Year's Day" after "Dec. 30" -> 1999-01-01 twice (gold_blind32's "a day earlier,
    # on Oct. 14"). Past weekdays: "said Monday" 1999-01-04, "late Tuesday" 1999-01-05 (DATE,
    # the modifier unrecorded), "since Sunday" 1999-01-03. Future: "on Friday" 1999-01-08,
    # "the weekend" 1999-W01-WE (9-10 January), "next week" 1999-W02, "Jan. 18" 1999-01-18.
    # The curfew "from 6 p.m. to 6 a.m. every night" -> XXXX-XX-XXT18:00, XXXX-XX-XXT06:00 and
    # the SET XXXX-XX-XXTNI (gold_blind28); "twice a day" SET P1D; the bakeries' "between 8
    # a.m. and 11 a.m." today's clock times. "October" 1998-10, "March" 1998-03, "late August"
    # 1998-08 (months to the nearest past occurrence); "less than three weeks" P3W, "14 days"
    # P14D, "nearly four hours" PT4H, "the past month" P1M, "more than two days" P2D (the
    # modifier in the span and not recorded, like "more than six hours" in gold_blind32).
    # Not annotated: "T-55" (a tank model), "Highway 7", "011-555-1999" (a phone number
    # holding 1999), "12 miles", "34" (an age), "31 passengers", "600", "40,000", "5
    # degrees", "three armored brigades", "the first serious violation", "the first pause",
    # "holiday" in "a holiday cease-fire", "the old Julian calendar".
    "kalesh-truce-christmas-deadline": (
        "1999-01-06",
        [
            ("Thursday", "DATE", "1999-01-07"),
            ("Wednesday, January 6, 1999", "DATE", "1999-01-06"),
            ("4:37 p.m. EST", "TIME", "1999-01-06T16:37"),
            ("overnight", "TIME", "1999-01-05TNI"),
            ("today", "DATE", "1999-01-06"),
            ("midnight", "TIME", "1999-01-07T24:00"),
            ("Thursday", "DATE", "1999-01-07"),
            ("2300 GMT", "TIME", "1999-01-07T23:00"),
            ("about 11 p.m.", "TIME", "1999-01-05T23:00"),
            ("2200 GMT", "TIME", "1999-01-05T22:00"),
            ("Tuesday", "DATE", "1999-01-05"),
            ("nearly four hours", "DURATION", "PT4H"),
            ("this morning", "TIME", "1999-01-06TMO"),
            ("noon", "TIME", "1998-12-24T12:00"),
            ("Dec. 24", "DATE", "1998-12-24"),
            ("Christmas", "DATE", "1999-01-07"),
            ("Thursday", "DATE", "1999-01-07"),
            ("October", "DATE", "1998-10"),
            ("less than three weeks", "DURATION", "P3W"),
            ("14 days", "DURATION", "P14D"),
            ("Monday", "DATE", "1999-01-04"),
            ("late Tuesday", "DATE", "1999-01-05"),
            ("Dec. 30", "DATE", "1998-12-30"),
            ("Two days later", "DATE", "1999-01-01"),
            ("New Year's Day", "DATE", "1999-01-01"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("Sunday", "DATE", "1999-01-03"),
            ("twice a day", "SET", "P1D"),
            ("8 a.m.", "TIME", "1999-01-06T08:00"),
            ("11 a.m.", "TIME", "1999-01-06T11:00"),
            ("Christmas Eve", "DATE", "1999-01-06"),
            ("tonight", "TIME", "1999-01-06TNI"),
            ("March", "DATE", "1998-03"),
            ("late August", "DATE", "1998-08"),
            ("Friday", "DATE", "1999-01-08"),
            ("the weekend", "DATE", "1999-W01-WE"),
            ("next week", "DATE", "1999-W02"),
            ("1996", "DATE", "1996"),
            ("Jan. 18", "DATE", "1999-01-18"),
            ("the past month", "DURATION", "P1M"),
            ("more than two days", "DURATION", "P2D"),
        ],
    ),
    # Saturday 2000-04-08 (ISO week 14), a broadcaster's news website in the style of British
    # public-service news pages of 2000, section line, stamp "Saturday, 8 April, 2000, 11:42
    # GMT 12:42 UK" (one DATE span with its weekday and two TIMEs: the GMT time and the UK
    # clock time, British Summer Time having begun on 26 March, like a local time and its GMT
    # equivalent, gold_blind28), headline, byline "in Gornji Lisac", no dateline, a KEY DATES
    # box and "See also:" links with their dates. Sarovia keeps Central European Summer Time
    # (GMT+2): "1400 local time (1200 GMT)" on Thursday 2000-04-06 (the signal "shortly after"
    # left out, gold_blind32). "at dawn on Thursday" -> "dawn" 2000-04-06TMO (gold_blind26,
    # gold_blind53, gold_blind77) and "Thursday"; "by the evening" that Thursday's evening,
    # 2000-04-06TEV. Past weekdays: "since Thursday", "on Friday" (twice) 2000-04-07, "on
    # Wednesday" 2000-04-05; future "from Monday" 2000-04-10. "last weekend" on a Saturday is
    # the weekend of the previous ISO week, 2000-W13-WE (1-2 April; gold_blind30). "before the
    # winter" ahead in April is the winter of 2000-01, 2001-WI (gold_blind28), "spent the
    # winter" the one just past, 2000-WI, like the box's "Winter 1999-2000" (one span,
    # gold_blind76). "last year's fighting" -> "last year" 1999; "November" 1999-11 and
    # "March" 2000-03 the nearest past; "March last year" one span 1999-03 (gold_blind28).
    # "Easter, which the Orthodox church marks on 30 April this year" -> "Easter" 2000-04-30
    # (Orthodox Easter 2000, gold_blind79), "30 April", "this year" 2000. "daily convoys" SET
    # P1D (an adjectival frequency naming a recurrence, gold_blind28); "every morning" SET
    # XXXX-XX-XXTMO; the curfew "from 2200 to 0500" without "every night" XXXX-XX-XXT22:00 and
    # XXXX-XX-XXT05:00 and no SET (gold_blind40); "the end of the month" 2000-04. Durations:
    # "two days after his family came back" P2D (anchored, the duration alone), "five years",
    # "two days", "a year" ("For a year"), "ten months after the ceasefire" P10M; "the coming
    # weeks" PXW; "now" PRESENT_REF. The links' dates "03 Apr 00" and "14 Mar 00" are DATEs
    # with a two-digit year (like "9/25/14" in gold_blind41). Not annotated: "Snow returned"
    # (weather), "the first convoy", "the biggest danger", "Nato-led", "UNHCR", "6,000 homes",
    # "40 buses", "500", "900", "12" (a boy's age), "40 hectares", "30cm", "67", "2,000
    # dinars", "3,000", "the Vratnik pass", "Internet links".
    "ralina-refugees-return-spring-convoys": (
        "2000-04-08",
        [
            ("Saturday, 8 April, 2000", "DATE", "2000-04-08"),
            ("11:42 GMT", "TIME", "2000-04-08T11:42"),
            ("12:42 UK", "TIME", "2000-04-08T12:42"),
            ("Thursday", "DATE", "2000-04-06"),
            ("November", "DATE", "1999-11"),
            ("the coming weeks", "DURATION", "PXW"),
            ("last year", "DATE", "1999"),
            ("the winter", "DATE", "2001-WI"),
            ("dawn", "TIME", "2000-04-06TMO"),
            ("Thursday", "DATE", "2000-04-06"),
            ("1400 local time", "TIME", "2000-04-06T14:00"),
            ("1200 GMT", "TIME", "2000-04-06T12:00"),
            ("Friday", "DATE", "2000-04-07"),
            ("daily", "SET", "P1D"),
            ("Monday", "DATE", "2000-04-10"),
            ("the evening", "TIME", "2000-04-06TEV"),
            ("Wednesday", "DATE", "2000-04-05"),
            ("two days", "DURATION", "P2D"),
            ("March", "DATE", "2000-03"),
            ("five years", "DURATION", "P5Y"),
            ("last weekend", "DATE", "2000-W13-WE"),
            ("two days", "DURATION", "P2D"),
            ("now", "DATE", "PRESENT_REF"),
            ("the winter", "DATE", "2000-WI"),
            ("March last year", "DATE", "1999-03"),
            ("a year", "DURATION", "P1Y"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("the end of the month", "DATE", "2000-04"),
            ("2200", "TIME", "XXXX-XX-XXT22:00"),
            ("0500", "TIME", "XXXX-XX-XXT05:00"),
            ("Friday", "DATE", "2000-04-07"),
            ("1 May", "DATE", "2000-05-01"),
            ("Easter", "DATE", "2000-04-30"),
            ("30 April", "DATE", "2000-04-30"),
            ("this year", "DATE", "2000"),
            ("17 April", "DATE", "2000-04-17"),
            ("ten months", "DURATION", "P10M"),
            ("March 1999", "DATE", "1999-03"),
            ("12 June 1999", "DATE", "1999-06-12"),
            ("August 1999", "DATE", "1999-08"),
            ("Winter 1999-2000", "DATE", "2000-WI"),
            ("6 April 2000", "DATE", "2000-04-06"),
            ("03 Apr 00", "DATE", "2000-04-03"),
            ("14 Mar 00", "DATE", "2000-03-14"),
        ],
    ),
    # Friday 1999-03-26 (ISO week 12), Reuters-style Middle East wire, headline ("to ease it
    # for Eid"), "KAFR NASIM, Samaran, March 26 (Reuters) -" dateline (the publication day).
    # Samaran keeps GMT+2: "7 a.m. (0500 GMT) on Saturday" 1999-03-27T07:00 and T05:00, "about
    # 1 p.m. (1100 GMT) on Friday" 1999-03-26T13:00 and T11:00. The feast begins on Saturday,
    # as the text says: "the first day of Eid al-Adha" one DATE span 1999-03-27 (like "the
    # first day of Ramadan", gold_blind57), and the headline's "Eid" the same day (a holiday
    # the day the text gives, gold_blind79). "on Friday" (four times, with "Friday evening"
    # 1999-03-26TEV) is the publication day. Past weekdays: "since Tuesday" and "on Tuesday"
    # 1999-03-23, "on Wednesday" 1999-03-24, "on Thursday alone" -> "Thursday" 1999-03-25
    # ("alone" left out, gold_blind34), "Monday night" 1999-03-22TNI, "Wednesday night"
    # 1999-03-24TNI, "at dawn on Thursday" -> "dawn" 1999-03-25TMO and "Thursday", "since
    # Monday" 1999-03-22, "told parliament on Thursday". Future: "next Tuesday" in a Friday
    # story the coming Tuesday, 1999-03-30 (gold_blind25, gold_blind49); "April 1" 1999-04-01.
    # The earlier night curfew "from 8 p.m. to 5 a.m." XXXX-XX-XXT20:00 and XXXX-XX-XXT05:00,
    # no SET (gold_blind40); "every morning" SET XXXX-XX-XXTMO. "the summer of 1996" 1996-SU;
    # "1994"; "this year" 1999, "last year" 1998, "January" 1999-01. Durations: "six hours",
    # "36 hours", "two weeks" ("within two weeks"), "a week", "four days", "decades" PXY.
    # Not annotated: "round-the-clock" (twice, an idiom like "around the clock"), "holiday
    # prayers", "The holiday" (anaphoric), "since the unrest began", "since the treaty", "by
    # then", "until it ends", "South 2000" (a plan's name), "Highway 15", "11 people", "143",
    # "38", "58" (an age), "40,000", "8 km (5 miles)", "seven", "30 percent", "25 million
    # dinars", "18 million".
    "kafr-nasim-curfew-eid-easing": (
        "1999-03-26",
        [
            ("Eid", "DATE", "1999-03-27"),
            ("March 26", "DATE", "1999-03-26"),
            ("Friday", "DATE", "1999-03-26"),
            ("Tuesday", "DATE", "1999-03-23"),
            ("six hours", "DURATION", "PT6H"),
            ("7 a.m.", "TIME", "1999-03-27T07:00"),
            ("0500 GMT", "TIME", "1999-03-27T05:00"),
            ("Saturday", "DATE", "1999-03-27"),
            ("the first day of Eid al-Adha", "DATE", "1999-03-27"),
            ("about 1 p.m.", "TIME", "1999-03-26T13:00"),
            ("1100 GMT", "TIME", "1999-03-26T11:00"),
            ("Friday", "DATE", "1999-03-26"),
            ("Friday", "DATE", "1999-03-26"),
            ("Tuesday", "DATE", "1999-03-23"),
            ("Wednesday", "DATE", "1999-03-24"),
            ("Thursday", "DATE", "1999-03-25"),
            ("Monday night", "TIME", "1999-03-22TNI"),
            ("1994", "DATE", "1994"),
            ("Wednesday night", "TIME", "1999-03-24TNI"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("5 a.m.", "TIME", "XXXX-XX-XXT05:00"),
            ("Tuesday", "DATE", "1999-03-23"),
            ("dawn", "TIME", "1999-03-25TMO"),
            ("Thursday", "DATE", "1999-03-25"),
            ("36 hours", "DURATION", "PT36H"),
            ("Monday", "DATE", "1999-03-22"),
            ("Thursday", "DATE", "1999-03-25"),
            ("two weeks", "DURATION", "P2W"),
            ("next Tuesday", "DATE", "1999-03-30"),
            ("April 1", "DATE", "1999-04-01"),
            ("the summer of 1996", "DATE", "1996-SU"),
            ("a week", "DURATION", "P1W"),
            ("decades", "DURATION", "PXY"),
            ("this year", "DATE", "1999"),
            ("last year", "DATE", "1998"),
            ("January", "DATE", "1999-01"),
            ("four days", "DURATION", "P4D"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("Friday evening", "TIME", "1999-03-26TEV"),
        ],
    ),
    # Thursday 1998-06-18 (ISO week 25), AFP-style Africa wire, headline, "KIMBALA, June 18,
    # 1998 (AFP) -" dateline (the publication day). Kasundi keeps GMT+1: the ultimatum "due
    # to expire at 6:00 pm (1700 GMT) Thursday" 1998-06-18T18:00 and T17:00 with "Thursday"
    # the publication day; it was read "at 6:00 pm on Monday" 1998-06-15T18:00, 72 hours
    # earlier ("72-hour" DURATION PT72H). The Security Council meets "at 3:00 pm (1900 GMT) in
    # New York on Thursday": New York keeps EDT (GMT-4) in June, so 1998-06-18T15:00 and
    # T19:00, both on Thursday. Past: "Wednesday afternoon" 1998-06-17TAF, "early Thursday"
    # DATE 1998-06-18 (gold_blind103), "on Wednesday" 1998-06-17, "Tuesday night"
    # 1998-06-16TNI, "May 28", "June 11". Future: "on Saturday" 1998-06-20, "on Sunday or
    # Monday" 1998-06-21 and 1998-06-22 (the same weekday, Monday, in both directions).
    # "last year" 1997 and "April last year" 1997-04 (one span, gold_blind28); "August 1995",
    # "November 1996"; "February" and "March" 1998 (nearest past); "October this year" one span
    # 1998-10 (like "July of this year", gold_blind49); "1999"; "next month" 1998-07. "a week
    # ago" 1998-W24, the unit's granularity (gold_blind32). Durations: "five years" (the period
    # of a superlative, "the worst fighting ... in five years"), "the past three weeks", "19
    # days", "about a week", "10-day", "three months", "almost three weeks", "48 hours"
    # ("within 48 hours"); "twice a week" SET P1W. Not annotated: "the rainy season" (no
    # calendar value, gold_blind18, gold_blind78), "since the fighting began", "as long as
    # necessary", "Radio Espoir", "Transall C-160" (an aircraft model), "4th Infantry
    # Battalion", "86", "41", "120", "15,000", "600 kilometres (370 miles)", "40 percent",
    # "51" (an age), "the last of the town's foreigners".
    "tshipola-rebel-ultimatum-expires": (
        "1998-06-18",
        [
            ("June 18, 1998", "DATE", "1998-06-18"),
            ("72-hour", "DURATION", "PT72H"),
            ("6:00 pm", "TIME", "1998-06-18T18:00"),
            ("1700 GMT", "TIME", "1998-06-18T17:00"),
            ("Thursday", "DATE", "1998-06-18"),
            ("6:00 pm", "TIME", "1998-06-15T18:00"),
            ("Monday", "DATE", "1998-06-15"),
            ("five years", "DURATION", "P5Y"),
            ("Wednesday afternoon", "TIME", "1998-06-17TAF"),
            ("early Thursday", "DATE", "1998-06-18"),
            ("Wednesday", "DATE", "1998-06-17"),
            ("Tuesday night", "TIME", "1998-06-16TNI"),
            ("May 28", "DATE", "1998-05-28"),
            ("the past three weeks", "DURATION", "P3W"),
            ("19 days", "DURATION", "P19D"),
            ("about a week", "DURATION", "P1W"),
            ("last year", "DATE", "1997"),
            ("April last year", "DATE", "1997-04"),
            ("August 1995", "DATE", "1995-08"),
            ("November 1996", "DATE", "1996-11"),
            ("February", "DATE", "1998-02"),
            ("10-day", "DURATION", "P10D"),
            ("March", "DATE", "1998-03"),
            ("October this year", "DATE", "1998-10"),
            ("1999", "DATE", "1999"),
            ("3:00 pm", "TIME", "1998-06-18T15:00"),
            ("1900 GMT", "TIME", "1998-06-18T19:00"),
            ("Thursday", "DATE", "1998-06-18"),
            ("Saturday", "DATE", "1998-06-20"),
            ("Sunday", "DATE", "1998-06-21"),
            ("Monday", "DATE", "1998-06-22"),
            ("twice a week", "SET", "P1W"),
            ("next month", "DATE", "1998-07"),
            ("three months", "DURATION", "P3M"),
            ("almost three weeks", "DURATION", "P3W"),
            ("June 11", "DATE", "1998-06-11"),
            ("48 hours", "DURATION", "PT48H"),
            ("a week ago", "DATE", "1998-W24"),
        ],
    ),
    # Monday 2000-08-14 (ISO week 33), Indian national daily's web edition of 2000, header
    # "Date:14/08/2000 URL: ..." (the publication day, day first, gold_blind49; the URL's
    # "2000/08/14" not annotated), section, headline ("for I-Day"), byline "By Our Special
    # Correspondent", dateline "TARANGARH, AUG. 13." dated, as such papers did, the day the
    # story was filed, a Sunday: "AUG. 13" DATE 2000-08-13 as written (gold_blind16), and the
    # story's "today" and "this evening" that day, 2000-08-13 and 2000-08-13TEV (see README).
    # Every weekday resolves the same from 13 or 14 August: "Wednesday night" 2000-08-09TNI,
    # "on Wednesday" 2000-08-09, "Saturday night" 2000-08-12TNI, "since Saturday" 2000-08-12,
    # "since Thursday" 2000-08-10, "around 0300 hrs on Sunday" 2000-08-13T03:00 (a clock time
    # after midnight on the new day); "on Monday" (three times) 2000-08-14, "on Tuesday" twice
    # 2000-08-15. The firing "at 2330 hrs", "at 2210 hrs" belong to Saturday night,
    # 2000-08-12T23:30 and T22:10 ("hrs" in the span, gold_blind89). The relaxation "from 7
    # a.m. to 11 a.m." today; the flag "at 9 a.m. on Tuesday", entry closing "at 8 a.m." that
    # day; the bandh "48-hour" PT48H "from 6 a.m. on Monday". India's Independence Day is 15
    # August: "Independence Day" (twice, in "the Independence Day functions" and "The main
    # Independence Day function", like "the Christmas Day Mass", gold_blind79) and the
    # headline's "I-Day" 2000-08-15 (see README). "since the past three weeks" -> "the past
    # three weeks" P3W, "since" a signal (see README). "June" 2000-06, "late July" 2000-07,
    # "March 1999", "August 16" 2000-08-16, "this year" 2000, "the winter of 1997-98" one
    # span 1998-WI (gold_blind76), "11 days", "four hours", "six hours", "a week" (the size of
    # a delay). Not annotated: "Section 144" (a code section), "the 84th Battalion", "B.A. Part
    # II", "three-tier", "01923-42100" (a phone number), "round the clock", "the deadline",
    # "the first time", "the third", "23 incidents", "nine", "four persons", "31".
    "tarangarh-curfew-relaxed-i-day": (
        "2000-08-14",
        [
            ("14/08/2000", "DATE", "2000-08-14"),
            ("I-Day", "DATE", "2000-08-15"),
            ("AUG. 13", "DATE", "2000-08-13"),
            ("today", "DATE", "2000-08-13"),
            ("four hours", "DURATION", "PT4H"),
            ("7 a.m.", "TIME", "2000-08-13T07:00"),
            ("11 a.m.", "TIME", "2000-08-13T11:00"),
            ("Wednesday night", "TIME", "2000-08-09TNI"),
            ("six hours", "DURATION", "PT6H"),
            ("Monday", "DATE", "2000-08-14"),
            ("Independence Day", "DATE", "2000-08-15"),
            ("Tuesday", "DATE", "2000-08-15"),
            ("Saturday night", "TIME", "2000-08-12TNI"),
            ("2330 hrs", "TIME", "2000-08-12T23:30"),
            ("2210 hrs", "TIME", "2000-08-12T22:10"),
            ("around 0300 hrs", "TIME", "2000-08-13T03:00"),
            ("Sunday", "DATE", "2000-08-13"),
            ("the past three weeks", "DURATION", "P3W"),
            ("June", "DATE", "2000-06"),
            ("Independence Day", "DATE", "2000-08-15"),
            ("9 a.m.", "TIME", "2000-08-15T09:00"),
            ("Tuesday", "DATE", "2000-08-15"),
            ("8 a.m.", "TIME", "2000-08-15T08:00"),
            ("Saturday", "DATE", "2000-08-12"),
            ("this evening", "TIME", "2000-08-13TEV"),
            ("Wednesday", "DATE", "2000-08-09"),
            ("late July", "DATE", "2000-07"),
            ("March 1999", "DATE", "1999-03"),
            ("48-hour", "DURATION", "PT48H"),
            ("6 a.m.", "TIME", "2000-08-14T06:00"),
            ("Monday", "DATE", "2000-08-14"),
            ("Thursday", "DATE", "2000-08-10"),
            ("August 16", "DATE", "2000-08-16"),
            ("Monday", "DATE", "2000-08-14"),
            ("a week", "DURATION", "P1W"),
            ("this year", "DATE", "2000"),
            ("the winter of 1997-98", "DATE", "1998-WI"),
            ("11 days", "DURATION", "P11D"),
        ],
    ),
    # Tuesday 1998-11-24 (ISO week 48), British broadsheet's foreign page, masthead line,
    # headline ("four hours of terror"), standfirst ("within days"), byline "in Kuvale", date
    # line "Tuesday November 24, 1998" (one DATE span with its weekday). In a Tuesday paper
    # "Yesterday" is Monday 1998-11-23 and "last night" its night, 1998-11-23TNI; "tomorrow"
    # 1998-11-25. The raid "at dawn on Sunday" -> "dawn" 1998-11-22TMO (gold_blind26,
    # gold_blind53, gold_blind77) and "Sunday" 1998-11-22; "shortly after 9am" -> "9am"
    # 1998-11-22T09:00; "about 5.30am" that morning; "Sunday afternoon" 1998-11-22TAF; "That
    # evening" after Sunday's raid 1998-11-22TEV and "the next day" 1998-11-23 (narrative
    # anchors on the story line's last day, gold_blind26, gold_blind32). "told parliament on
    # Friday" 1998-11-20; "Monday morning" 1998-11-23TMO; "Since Sunday" 1998-11-22. Future:
    # "the weekend" 1998-W48-WE (28-29 November), "on Thursday" 1998-11-26, "January" 1999-01,
    # "next spring" 1999-SP, "Christmas Mass" -> "Christmas" 1998-12-25 (gold_blind79). "the
    # 1950s" 195; "1991"; "7 July", "30 October", "1 October" 1998; "August", "September"
    # 1998. "Kuvale's weekly market" SET P1W (an adjectival frequency naming a recurrence,
    # gold_blind28, gold_blind35); "twice a week" SET P1W. Durations: "four hours", "days"
    # (headline-deck and quote, "within days", PXD), "seven years" ("in seven years"), "less
    # than 48 hours", "26 years". "now" PRESENT_REF. Not annotated: "Dawn raids" (an
    # adjective naming a kind of raid, like "Overnight lows" in gold_blind103), "the rains"
    # (no calendar value), "long gone", "the third attack", "since the agreement", "Land
    # Rover 110s" (a vehicle model), "AK-47s", "12", "38", "71" (ages), "43", "31", "Twelve",
    # "14 miles", "20 miles", "six", "300 troops", "17", "20,000".
    "kuvale-rebel-raid-survivors": (
        "1998-11-24",
        [
            ("four hours", "DURATION", "PT4H"),
            ("days", "DURATION", "PXD"),
            ("Tuesday November 24, 1998", "DATE", "1998-11-24"),
            ("dawn", "TIME", "1998-11-22TMO"),
            ("Sunday", "DATE", "1998-11-22"),
            ("weekly", "SET", "P1W"),
            ("9am", "TIME", "1998-11-22T09:00"),
            ("the 1950s", "DATE", "195"),
            ("Yesterday", "DATE", "1998-11-23"),
            ("Sunday afternoon", "TIME", "1998-11-22TAF"),
            ("about 5.30am", "TIME", "1998-11-22T05:30"),
            ("That evening", "TIME", "1998-11-22TEV"),
            ("the next day", "DATE", "1998-11-23"),
            ("1991", "DATE", "1991"),
            ("seven years", "DURATION", "P7Y"),
            ("7 July", "DATE", "1998-07-07"),
            ("August", "DATE", "1998-08"),
            ("September", "DATE", "1998-09"),
            ("30 October", "DATE", "1998-10-30"),
            ("last night", "TIME", "1998-11-23TNI"),
            ("days", "DURATION", "PXD"),
            ("tomorrow", "DATE", "1998-11-25"),
            ("the weekend", "DATE", "1998-W48-WE"),
            ("less than 48 hours", "DURATION", "PT48H"),
            ("Friday", "DATE", "1998-11-20"),
            ("Monday morning", "TIME", "1998-11-23TMO"),
            ("twice a week", "SET", "P1W"),
            ("1 October", "DATE", "1998-10-01"),
            ("January", "DATE", "1999-01"),
            ("Thursday", "DATE", "1998-11-26"),
            ("next spring", "DATE", "1999-SP"),
            ("26 years", "DURATION", "P26Y"),
            ("Christmas", "DATE", "1998-12-25"),
            ("now", "DATE", "PRESENT_REF"),
            ("Sunday", "DATE", "1998-11-22"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
