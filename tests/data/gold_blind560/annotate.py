"""Annotations of blind gold set 560, chosen by hand before the tagger ran.

    python tests/data/gold_blind560/annotate.py [--show]

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
    # Tuesday 2016-08-09 (ISO week 32), US local paper, section label, headline, byline "Staff
    # Writer", date line "Tuesday, August 9, 2016" (one DATE span with its weekday), "ELDERTON,
    # Ind. —" dateline. The fair "opens Wednesday" (headline, lead, volunteers) 2016-08-10 and
    # "runs through Sunday" 2016-08-14; the board president "said Monday" 2016-08-08 (past).
    # "The 148th annual" -> "annual" SET P1Y (gold_blind44, gold_blind64, gold_blind102; the
    # ordinal a count). The new closing "until 11 p.m. every night" is the hour of a recurring
    # closing, XXXX-XX-XXT23:00, with the SET XXXX-XX-XXTNI (gold_blind28, gold_blind59); "an
    # hour past last year's 10 p.m." -> "an hour" DURATION PT1H (the size of a shift,
    # gold_blind44), "last year" 2015 (the possessive without the "'s") and "10 p.m." the
    # nightly closing of last year's fair, XXXX-XX-XXT22:00. "Gates open at 8 a.m. daily"
    # XXXX-XX-XXT08:00 and SET P1D. "on Thursday, Senior Day, ... until noon" -> "Thursday"
    # 2016-08-11 and "noon" that day; "Senior Day" is the fair's label for one of its days, not
    # a holiday or a trade day of the calendar, and is left out like "the main day"
    # (gold_blind76). "this morning" 2016-08-09TMO; "7 a.m. tomorrow" two TIMEX3. The
    # GRANDSTAND SCHEDULE lines give each weekday of the coming fair (Wednesday 10 to Sunday 14
    # August) and its clock time; "at dusk, about 9:15 p.m." -> "dusk" TIME 2016-08-13TEV
    # (gold_blind76) and "about 9:15 p.m." with the modifier kept. "a one-year absence"
    # DURATION P1Y (adjectival). "Last summer's show" -> "Last summer" 2015-SU; the burn ban
    # "from late June until Sept. 12" 2015-06 and 2015-09-12 (the summer just named). "the 1952
    # structure" DATE 1952 (an adjectival year, gold_blind28); "two weeks ago" 2016-W30 (the
    # unit's granularity); "leaked for years" -> "years" PXY (gold_blind19). The road closure
    # "from 6 p.m. to midnight Saturday": "midnight" the end of Saturday, 2016-08-13T24:00
    # (gold_blind57, gold_blind103). Not annotated: "148th", "State Road 37" (twice), "County
    # Road 400 North", "4-H", "$7", "12 and under", "65 and over", "$480,000", "Senior Day",
    # "for the first time", "after supper" (a meal), "during fair hours" (event-named), "the
    # midway", "812-555-1952" (a phone number holding 1952, beside the annotated "1952"),
    # "tamarackfair.org/2016" (a year in a web address).
    "tamarack-county-fair-opens": (
        "2016-08-09",
        [
            ("Wednesday", "DATE", "2016-08-10"),
            ("Tuesday, August 9, 2016", "DATE", "2016-08-09"),
            ("annual", "SET", "P1Y"),
            ("Wednesday", "DATE", "2016-08-10"),
            ("11 p.m.", "TIME", "XXXX-XX-XXT23:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("five-day", "DURATION", "P5D"),
            ("Monday", "DATE", "2016-08-08"),
            ("an hour", "DURATION", "PT1H"),
            ("last year", "DATE", "2015"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("March", "DATE", "2016-03"),
            ("now", "DATE", "PRESENT_REF"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("daily", "SET", "P1D"),
            ("Sunday", "DATE", "2016-08-14"),
            ("Thursday", "DATE", "2016-08-11"),
            ("noon", "TIME", "2016-08-11T12:00"),
            ("this morning", "TIME", "2016-08-09TMO"),
            ("7 a.m.", "TIME", "2016-08-10T07:00"),
            ("tomorrow", "DATE", "2016-08-10"),
            ("6 p.m.", "TIME", "2016-08-13T18:00"),
            ("Saturday", "DATE", "2016-08-13"),
            ("Wednesday", "DATE", "2016-08-10"),
            ("7 p.m.", "TIME", "2016-08-10T19:00"),
            ("Thursday", "DATE", "2016-08-11"),
            ("7:30 p.m.", "TIME", "2016-08-11T19:30"),
            ("Friday", "DATE", "2016-08-12"),
            ("8 p.m.", "TIME", "2016-08-12T20:00"),
            ("Saturday", "DATE", "2016-08-13"),
            ("1 p.m.", "TIME", "2016-08-13T13:00"),
            ("dusk", "TIME", "2016-08-13TEV"),
            ("about 9:15 p.m.", "TIME", "2016-08-13T21:15"),
            ("Sunday", "DATE", "2016-08-14"),
            ("2 p.m.", "TIME", "2016-08-14T14:00"),
            ("one-year", "DURATION", "P1Y"),
            ("Last summer", "DATE", "2015-SU"),
            ("late June", "DATE", "2015-06"),
            ("Sept. 12", "DATE", "2015-09-12"),
            ("1952", "DATE", "1952"),
            ("two weeks ago", "DATE", "2016-W30"),
            ("years", "DURATION", "PXY"),
            ("6 p.m.", "TIME", "2016-08-13T18:00"),
            ("midnight", "TIME", "2016-08-13T24:00"),
            ("Saturday", "DATE", "2016-08-13"),
        ],
    ),
    # Thursday 2017-11-02 (ISO week 44), British regional paper's website, breadcrumb,
    # headline, standfirst, byline, stamp "14:20, 2 NOV 2017 | Updated 16:05, 2 NOV 2017"
    # (each clock time a TIME and each date a DATE, gold_blind56, gold_blind103). Bonfire Night
    # is 5 November, Sunday 2017-11-05 ("Bonfire Night itself falls on Sunday"; "on Sunday,
    # Bonfire Night" in the curfew rule, two DATEs like "tomorrow, Good Friday" in
    # gold_blind57). The display is "a day early" -> "a day" DURATION P1D (the size of a
    # shift, gold_blind28), "on Saturday" 2017-11-04 (headline, lead); the standfirst's "7pm"
    # and every clock time of the programme and of the ROAD CLOSURES box (headed "Saturday 4
    # November", one DATE span) are Saturday's. "the council said yesterday" 2017-11-01; "the
    # first Saturday display since 2010" -> "2010" only. The car park closes "at midnight on
    # Friday" -> 2017-11-03T24:00, the midnight ending Friday, and reopens "on Sunday morning"
    # 2017-11-05TMO. "Last year" 2016; "more than an hour" PT1H. "nearly scrapped in the
    # spring" (past, said in November) 2017-SP; "the 2017-18 financial year" one DATE span
    # FY2018, a UK council's April-March year named by the year it ends (gold_blind21,
    # gold_blind25); "in June" 2017-06; "in six weeks" -> "six weeks" P6W; "founded in 1887".
    # The curfew "between 11pm and 7am" is a standing rule, hours of no particular day
    # XXXX-XX-XXThh:mm; "extended to midnight" on Bonfire Night -> 2017-11-05T24:00.
    # "Saturday evening" 2017-11-04TEV. "the town's Remembrance Sunday parade on 12 November"
    # -> "Remembrance Sunday" 2017-11-12 (the second Sunday of November; the parade is held
    # that day, so the attributive holiday is annotated, like "Canada Day parade" in
    # gold_blind57) and "12 November". Not annotated: "Castlebridge's Bonfire Night
    # fireworks" in the lead (the display is held on Saturday, not on Bonfire Night: the
    # compound names the kind of event, like "the Vaisakhi parade" in gold_blind79), "a Sunday
    # event", "a school night", "the first Saturday display" (weekdays and parts of day naming
    # a kind), "20,000", "A5012", "£60,000", "£14,500", "£5", "Under-5s", "3C", "0800 555
    # 2017" (a phone number ending in the year), "@CastlebridgeBC", "the last bus".
    "castlebridge-bonfire-fireworks-road-closures": (
        "2017-11-02",
        [
            ("Saturday", "DATE", "2017-11-04"),
            ("7pm", "TIME", "2017-11-04T19:00"),
            ("14:20", "TIME", "2017-11-02T14:20"),
            ("2 NOV 2017", "DATE", "2017-11-02"),
            ("16:05", "TIME", "2017-11-02T16:05"),
            ("2 NOV 2017", "DATE", "2017-11-02"),
            ("a day", "DURATION", "P1D"),
            ("this year", "DATE", "2017"),
            ("Saturday", "DATE", "2017-11-04"),
            ("4pm", "TIME", "2017-11-04T16:00"),
            ("Bonfire Night", "DATE", "2017-11-05"),
            ("Sunday", "DATE", "2017-11-05"),
            ("yesterday", "DATE", "2017-11-01"),
            ("2010", "DATE", "2010"),
            ("5.30pm", "TIME", "2017-11-04T17:30"),
            ("7pm", "TIME", "2017-11-04T19:00"),
            ("20-minute", "DURATION", "PT20M"),
            ("8pm", "TIME", "2017-11-04T20:00"),
            ("Saturday 4 November", "DATE", "2017-11-04"),
            ("4pm", "TIME", "2017-11-04T16:00"),
            ("11pm", "TIME", "2017-11-04T23:00"),
            ("7.30pm", "TIME", "2017-11-04T19:30"),
            ("10pm", "TIME", "2017-11-04T22:00"),
            ("3pm", "TIME", "2017-11-04T15:00"),
            ("every 15 minutes", "SET", "PT15M"),
            ("5pm", "TIME", "2017-11-04T17:00"),
            ("10.30pm", "TIME", "2017-11-04T22:30"),
            ("midnight", "TIME", "2017-11-03T24:00"),
            ("Friday", "DATE", "2017-11-03"),
            ("Sunday morning", "TIME", "2017-11-05TMO"),
            ("Last year", "DATE", "2016"),
            ("more than an hour", "DURATION", "PT1H"),
            ("the spring", "DATE", "2017-SP"),
            ("the 2017-18 financial year", "DATE", "FY2018"),
            ("June", "DATE", "2017-06"),
            ("six weeks", "DURATION", "P6W"),
            ("1887", "DATE", "1887"),
            ("11pm", "TIME", "XXXX-XX-XXT23:00"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("Sunday", "DATE", "2017-11-05"),
            ("Bonfire Night", "DATE", "2017-11-05"),
            ("midnight", "TIME", "2017-11-05T24:00"),
            ("Saturday evening", "TIME", "2017-11-04TEV"),
            ("Remembrance Sunday", "DATE", "2017-11-12"),
            ("12 November", "DATE", "2017-11-12"),
        ],
    ),
    # Friday 2019-03-15 (ISO week 11), Irish regional news website, breadcrumb, headline, date
    # line "Friday, March 15, 2019 - 05:30 AM" (DATE with its weekday and TIME), byline. St
    # Patrick's Day is 17 March, Sunday 2019-03-17: "the town's St Patrick's Day parade" is
    # held that day, so the attributive holiday is annotated (gold_blind57's "Canada Day
    # parade"); "Because St Patrick's Day falls on Sunday this year, the public holiday moves to
    # Monday" -> the holiday, "Sunday", "this year" 2019 and "Monday" 2019-03-18 ("the public
    # holiday" itself anaphoric, left out). "12 noon" one TIME span (gold_blind60,
    # gold_blind90), 2019-03-17T12:00, twice; "about 90 minutes" PT90M; "2pm" the judging on
    # Sunday. "revived in 1996 after a 20-year break" -> "1996" and "20-year" P20Y. "the
    # four-day Kilbarron Patrick's Festival runs from tonight until Monday night" -> "four-day"
    # P4D, "tonight" 2019-03-15TNI, "Monday night" 2019-03-18TNI. FESTIVAL HIGHLIGHTS: each
    # line a day and its clock times ("Tonight, 8pm" the TIME tonight and 2019-03-15T20:00;
    # "Saturday" 2019-03-16; "Sunday"; "Monday"). The road closures and parking restrictions
    # are Sunday's and Saturday's ("from 8pm on Saturday" 2019-03-16T20:00). "Last year's
    # parade was postponed for a week ... went ahead on Saturday 24 March" -> "Last year" 2018,
    # "a week" P1W (the size of a delay), "Saturday 24 March" 2018-03-24 (one span with its
    # weekday); "We had been planning since September" (told of last year's March) 2017-09,
    # the nearest September before it. "This year" 2019; "every Tuesday night" SET
    # XXXX-WXX-2TNI and "since January" 2019-01; "1950s Fergusons" -> "1950s" DATE 195 (an
    # adjectival decade, gold_blind76's "a 1920s lake lodge"); "said yesterday" 2019-03-14;
    # "Sunday morning" 2019-03-17TMO, "mid-afternoon" 2019-03-17TAF. Not annotated: "Kilbarron
    # Patrick's Festival" and "St Patrick's Church" (names), "the public holiday" (anaphoric),
    # "30,000", "84" (an age), "41 groups", "9,000", "N74", "10C", "087 555 1996" (a phone
    # number ending in 1996, beside the annotated "1996").
    "kilbarron-st-patricks-day-parade": (
        "2019-03-15",
        [
            ("Sunday", "DATE", "2019-03-17"),
            ("Friday, March 15, 2019", "DATE", "2019-03-15"),
            ("05:30 AM", "TIME", "2019-03-15T05:30"),
            ("Sunday", "DATE", "2019-03-17"),
            ("St Patrick's Day", "DATE", "2019-03-17"),
            ("1996", "DATE", "1996"),
            ("20-year", "DURATION", "P20Y"),
            ("12 noon", "TIME", "2019-03-17T12:00"),
            ("about 90 minutes", "DURATION", "PT90M"),
            ("2pm", "TIME", "2019-03-17T14:00"),
            ("1951", "DATE", "1951"),
            ("St Patrick's Day", "DATE", "2019-03-17"),
            ("Sunday", "DATE", "2019-03-17"),
            ("this year", "DATE", "2019"),
            ("Monday", "DATE", "2019-03-18"),
            ("four-day", "DURATION", "P4D"),
            ("tonight", "TIME", "2019-03-15TNI"),
            ("Monday night", "TIME", "2019-03-18TNI"),
            ("Tonight", "TIME", "2019-03-15TNI"),
            ("8pm", "TIME", "2019-03-15T20:00"),
            ("Saturday", "DATE", "2019-03-16"),
            ("11am", "TIME", "2019-03-16T11:00"),
            ("5pm", "TIME", "2019-03-16T17:00"),
            ("Sunday", "DATE", "2019-03-17"),
            ("10am", "TIME", "2019-03-17T10:00"),
            ("12 noon", "TIME", "2019-03-17T12:00"),
            ("Monday", "DATE", "2019-03-18"),
            ("7.30pm", "TIME", "2019-03-18T19:30"),
            ("10am", "TIME", "2019-03-17T10:00"),
            ("3.30pm", "TIME", "2019-03-17T15:30"),
            ("Sunday", "DATE", "2019-03-17"),
            ("8pm", "TIME", "2019-03-16T20:00"),
            ("Saturday", "DATE", "2019-03-16"),
            ("Last year", "DATE", "2018"),
            ("a week", "DURATION", "P1W"),
            ("Saturday 24 March", "DATE", "2018-03-24"),
            ("September", "DATE", "2017-09"),
            ("This year", "DATE", "2019"),
            ("every Tuesday night", "SET", "XXXX-WXX-2TNI"),
            ("January", "DATE", "2019-01"),
            ("1950s", "DATE", "195"),
            ("yesterday", "DATE", "2019-03-14"),
            ("Sunday morning", "TIME", "2019-03-17TMO"),
            ("mid-afternoon", "TIME", "2019-03-17TAF"),
        ],
    ),
    # Wednesday 2018-08-29 (ISO week 35), Australian regional paper's website, section label,
    # headline, byline, stamp "Updated August 29 2018 - 4:12pm, first published 11:30am" (DATE
    # and two TIMEs of the publication day). The run is "on Sunday" 2018-09-02, which is
    # Father's Day in Australia (the first Sunday of September): "Father's Day" DATE 2018-09-02
    # in the headline, the lead ("falling on Father's Day for the first time since 2012"), the
    # surf club's "Father's Day breakfast" (held that day, so annotated, gold_blind57) and the
    # quote ("a 5am start on Father's Day"; gold_blind81's "Mother's Day"). All start, closing
    # and road times are Sunday's; "about midday" 2018-09-02T12:00, modifier kept; "three and
    # a half hours" PT210M (a fraction as a whole smaller unit, gold_blind24, gold_blind43).
    # Entries "close at 5pm tomorrow" 2018-08-30T17:00 and the DATE; "last year" 2017; "by
    # Friday" 2018-08-31 (future). The box heading "SUNDAY 2 SEPTEMBER" one DATE span.
    # "Clearways apply from midnight on Saturday" -> 2018-09-01T24:00 (the midnight ending
    # Saturday) and "Saturday" 2018-09-01. Race packs "on Friday from 3pm to 7pm and on
    # Saturday from 9am to 4pm" 2018-08-31 and 2018-09-01 with their TIMEs; "the morning of the
    # race" TIME 2018-09-02TMO (an anchored part of day, like "the morning of the accident" in
    # gold_blind8). "began in 1998"; "has stood since 2009". "This year's run, on the first
    # weekend of spring" -> "This year" 2018 and "the first weekend of spring" one DATE span
    # 2018-W35-WE (1-2 September, the Australian spring beginning on 1 September; like "the
    # first weekend of September" in gold_blind76); "a wet winter" -> "winter" 2018-WI, the
    # southern winter of 2018 just ended, valued in the year it falls in (gold_blind103).
    # "Sunday afternoon" 2018-09-02TAF; "from 7am until noon" Sunday's. Not annotated: "21st",
    # "6,000", "6,500", "5,400", "10km", "4km", "21.1km", "Bus route 421", "212 starters",
    # "1:04:37" (a race time, gold_blind43), "19 degrees", "300 volunteers", "the half
    # marathon", "Harbour Runners".
    "harbour-to-headland-run-fathers-day": (
        "2018-08-29",
        [
            ("Sunday", "DATE", "2018-09-02"),
            ("Father's Day", "DATE", "2018-09-02"),
            ("August 29 2018", "DATE", "2018-08-29"),
            ("4:12pm", "TIME", "2018-08-29T16:12"),
            ("11:30am", "TIME", "2018-08-29T11:30"),
            ("Sunday", "DATE", "2018-09-02"),
            ("Father's Day", "DATE", "2018-09-02"),
            ("2012", "DATE", "2012"),
            ("6.45am", "TIME", "2018-09-02T06:45"),
            ("7.30am", "TIME", "2018-09-02T07:30"),
            ("8.15am", "TIME", "2018-09-02T08:15"),
            ("three and a half hours", "DURATION", "PT210M"),
            ("10.15am", "TIME", "2018-09-02T10:15"),
            ("5pm", "TIME", "2018-08-30T17:00"),
            ("tomorrow", "DATE", "2018-08-30"),
            ("last year", "DATE", "2017"),
            ("Friday", "DATE", "2018-08-31"),
            ("SUNDAY 2 SEPTEMBER", "DATE", "2018-09-02"),
            ("4am", "TIME", "2018-09-02T04:00"),
            ("11am", "TIME", "2018-09-02T11:00"),
            ("5.30am", "TIME", "2018-09-02T05:30"),
            ("10.30am", "TIME", "2018-09-02T10:30"),
            ("6am", "TIME", "2018-09-02T06:00"),
            ("about midday", "TIME", "2018-09-02T12:00"),
            ("midnight", "TIME", "2018-09-01T24:00"),
            ("Saturday", "DATE", "2018-09-01"),
            ("Friday", "DATE", "2018-08-31"),
            ("3pm", "TIME", "2018-08-31T15:00"),
            ("7pm", "TIME", "2018-08-31T19:00"),
            ("Saturday", "DATE", "2018-09-01"),
            ("9am", "TIME", "2018-09-01T09:00"),
            ("4pm", "TIME", "2018-09-01T16:00"),
            ("the morning of the race", "TIME", "2018-09-02TMO"),
            ("1998", "DATE", "1998"),
            ("2009", "DATE", "2009"),
            ("This year", "DATE", "2018"),
            ("the first weekend of spring", "DATE", "2018-W35-WE"),
            ("winter", "DATE", "2018-WI"),
            ("Sunday afternoon", "TIME", "2018-09-02TAF"),
            ("Father's Day", "DATE", "2018-09-02"),
            ("7am", "TIME", "2018-09-02T07:00"),
            ("noon", "TIME", "2018-09-02T12:00"),
            ("5am", "TIME", "2018-09-02T05:00"),
            ("Father's Day", "DATE", "2018-09-02"),
        ],
    ),
    # Monday 2019-09-09 (ISO week 37), Indian daily's city page, section label, headline,
    # standfirst, byline "Special Correspondent", dateline-and-stamp "SURYAPUR, SEPTEMBER 09,
    # 2019 00:12 IST" and "UPDATED: SEPTEMBER 09, 2019 07:45 IST" (DATEs and TIMEs, the zone in
    # the span and not in the value, gold_blind79). The police announced the curbs "on Sunday"
    # 2019-09-08 (the day before; the story was filed just after midnight). "Anant
    # Chaturdashi, which falls on Thursday (September 12)" -> three DATEs 2019-09-12, the
    # holiday on the day the text gives (gold_blind79). The standfirst's "for 30 hours" PT30H
    # (6 a.m. Thursday to 12 noon Friday); "the 10-day festival" P10D (adjectival). Clock times
    # with their days: "6 a.m. on Thursday", "12 noon on Friday" 2019-09-13T12:00 ("12 noon"
    # one span, gold_blind60), "2 p.m. on Thursday"; "by 6 a.m. the next day" -> 2019-09-13T06:00
    # and "the next day" 2019-09-13, anchored on Thursday. Last year's procession: "Last year"
    # 2018, "when Anant Chaturdashi fell on September 23" 2018-09-23 twice, "at noon"
    # 2018-09-23T12:00, "at 9.40 a.m. the next day" 2018-09-24T09:40 and 2018-09-24, "nearly
    # 22 hours after it began" -> "nearly 22 hours" PT22H (an anchored duration, the duration
    # alone). "Diversions on Thursday" 2019-09-12 and "from 10 a.m." that day. "On Thursday,
    # Suryapur Metro will run trains every 10 minutes until 1 a.m." -> SET PT10M and "1 a.m."
    # 2019-09-13T01:00 (hours after midnight belong to the next day, gold_blind57); "two hours
    # later than usual" -> "two hours" PT2H (the size of a shift). Ponds open "from Tuesday"
    # 2019-09-10 (future). "So far this year" -> "this year" 2019 ("so far" a signal,
    # gold_blind57); "since Ganesh Chaturthi on September 2" two DATEs 2019-09-02; "on Friday,
    # the fifth day of the festival" -> "Friday" 2019-09-06 (past) and "the fifth day"
    # DURATION P1D (an ordinal day of an event, gold_blind66). "since 2016"; "founded in 1948";
    # "this year" 2019 again; "12-hour shifts" PT12H. Not annotated: "1,200 idols", "34
    # artificial ponds", "41,000", "23,500", "9 feet", "21-foot", "3,500", "100" (the police
    # number), "1800-425-2019" (a helpline holding 2019), "round the clock" (an idiom),
    # "Clock Tower junction" (a name), "MG Road", "the final immersion", "Ganeshotsav" inside
    # a mandal's name.
    "suryapur-ganesh-immersion-traffic": (
        "2019-09-09",
        [
            ("Thursday", "DATE", "2019-09-12"),
            ("30 hours", "DURATION", "PT30H"),
            ("SEPTEMBER 09, 2019", "DATE", "2019-09-09"),
            ("00:12 IST", "TIME", "2019-09-09T00:12"),
            ("SEPTEMBER 09, 2019", "DATE", "2019-09-09"),
            ("07:45 IST", "TIME", "2019-09-09T07:45"),
            ("Sunday", "DATE", "2019-09-08"),
            ("Anant Chaturdashi", "DATE", "2019-09-12"),
            ("Thursday", "DATE", "2019-09-12"),
            ("September 12", "DATE", "2019-09-12"),
            ("10-day", "DURATION", "P10D"),
            ("6 a.m.", "TIME", "2019-09-12T06:00"),
            ("Thursday", "DATE", "2019-09-12"),
            ("12 noon", "TIME", "2019-09-13T12:00"),
            ("Friday", "DATE", "2019-09-13"),
            ("2 p.m.", "TIME", "2019-09-12T14:00"),
            ("Thursday", "DATE", "2019-09-12"),
            ("6 a.m.", "TIME", "2019-09-13T06:00"),
            ("the next day", "DATE", "2019-09-13"),
            ("Thursday", "DATE", "2019-09-12"),
            ("Last year", "DATE", "2018"),
            ("Anant Chaturdashi", "DATE", "2018-09-23"),
            ("September 23", "DATE", "2018-09-23"),
            ("noon", "TIME", "2018-09-23T12:00"),
            ("9.40 a.m.", "TIME", "2018-09-24T09:40"),
            ("the next day", "DATE", "2018-09-24"),
            ("nearly 22 hours", "DURATION", "PT22H"),
            ("Thursday", "DATE", "2019-09-12"),
            ("10 a.m.", "TIME", "2019-09-12T10:00"),
            ("Thursday", "DATE", "2019-09-12"),
            ("every 10 minutes", "SET", "PT10M"),
            ("1 a.m.", "TIME", "2019-09-13T01:00"),
            ("two hours", "DURATION", "PT2H"),
            ("Tuesday", "DATE", "2019-09-10"),
            ("this year", "DATE", "2019"),
            ("Ganesh Chaturthi", "DATE", "2019-09-02"),
            ("September 2", "DATE", "2019-09-02"),
            ("Friday", "DATE", "2019-09-06"),
            ("the fifth day", "DURATION", "P1D"),
            ("2016", "DATE", "2016"),
            ("1948", "DATE", "1948"),
            ("this year", "DATE", "2019"),
            ("12-hour", "DURATION", "PT12H"),
        ],
    ),
    # Saturday 2018-11-24 (ISO week 47), Canadian paper's website, section label, headline,
    # byline, "HALVERTON, N.S." dateline line, stamps "PUBLISHED NOVEMBER 24, 2018" and
    # "UPDATED NOVEMBER 24, 2018 AT 9:40 AM AST" (DATEs and a TIME). The market "opened ...
    # last night", Friday 2018-11-23TNI; "this year's 32-day run" -> "this year" 2018 and
    # "32-day" P32D (23 November to 24 December); "began in 2011". The hours table in prose:
    # "Until Christmas Eve" 2018-12-24; "from 4 p.m. to 10 p.m. Tuesdays to Fridays and from 11
    # a.m. to 10 p.m. on Saturdays and Sundays", "closed Mondays" -> clock times of no
    # particular day XXXX-XX-XXThh:mm and the ends of the range of weekdays SETs XXXX-WXX-2,
    # XXXX-WXX-5 (gold_blind76, gold_blind90), "Saturdays", "Sundays", "Mondays" SETs; "except
    # on Monday, Dec. 24, when it opens from 10 a.m. to 4 p.m." one DATE span and two TIMEs on
    # that day. Santa "at 2 p.m. today" 2018-11-24T14:00 and the DATE; "every Saturday
    # afternoon" SET XXXX-WXX-6TAF. The rink "will open Tuesday" 2018-11-27 (future), "four
    # days later than planned" -> "four days" P4D (the size of a delay, gold_blind35); "this
    # week" 2018-W47. The street closure "from 3 p.m. to 11 p.m. on market days until Dec. 24"
    # -> hours of a recurring closure XXXX-XX-XXThh:mm and 2018-12-24; "after 5 p.m." the
    # parkade's daily hour, XXXX-XX-XXT17:00. SPECIAL EVENTS: "Sunday, Dec. 2" 2018-12-02 and
    # "the first Sunday of Advent" one DATE span 2018-12-02 (an anchored day of the church
    # year, like "the Sunday after Deepavali" in gold_blind79; Advent Sunday 2018 is 2
    # December, which the line confirms); "Saturday, Dec. 8"; "Friday, Dec. 21"; each with its
    # clock time that day. "Last year's market" -> "Last year" 2017, "over 24 days" P24D, "up
    # 18 per cent from a year earlier" 2016 (the granularity of "Last year", gold_blind35);
    # "This year" 2018; "in January" 2018-01 (past); "the next five weeks" P5W. Not annotated:
    # "Christmas market" in the headline and "The Old Harbour Christmas Market" (a name and a
    # kind), "market days" (event-named days), "last-minute", "Longest Night lantern walk" and
    # "Light Up the Harbour" (names), "1867 Winter Ale" (a beer's name holding a year), "Pier
    # 4", "9,000", "$6", "$10", "140,000", "18 per cent", "96 vendors", "902-555-2018" (a phone
    # number ending in the year), "oldharbourmarket.ca".
    "halverton-christmas-market-opens": (
        "2018-11-24",
        [
            ("NOVEMBER 24, 2018", "DATE", "2018-11-24"),
            ("NOVEMBER 24, 2018", "DATE", "2018-11-24"),
            ("9:40 AM AST", "TIME", "2018-11-24T09:40"),
            ("last night", "TIME", "2018-11-23TNI"),
            ("this year", "DATE", "2018"),
            ("32-day", "DURATION", "P32D"),
            ("2011", "DATE", "2011"),
            ("Christmas Eve", "DATE", "2018-12-24"),
            ("4 p.m.", "TIME", "XXXX-XX-XXT16:00"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("11 a.m.", "TIME", "XXXX-XX-XXT11:00"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("Monday, Dec. 24", "DATE", "2018-12-24"),
            ("10 a.m.", "TIME", "2018-12-24T10:00"),
            ("4 p.m.", "TIME", "2018-12-24T16:00"),
            ("2 p.m.", "TIME", "2018-11-24T14:00"),
            ("today", "DATE", "2018-11-24"),
            ("every Saturday afternoon", "SET", "XXXX-WXX-6TAF"),
            ("Tuesday", "DATE", "2018-11-27"),
            ("four days", "DURATION", "P4D"),
            ("this week", "DATE", "2018-W47"),
            ("3 p.m.", "TIME", "XXXX-XX-XXT15:00"),
            ("11 p.m.", "TIME", "XXXX-XX-XXT23:00"),
            ("Dec. 24", "DATE", "2018-12-24"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("Sunday, Dec. 2", "DATE", "2018-12-02"),
            ("the first Sunday of Advent", "DATE", "2018-12-02"),
            ("5 p.m.", "TIME", "2018-12-02T17:00"),
            ("Saturday, Dec. 8", "DATE", "2018-12-08"),
            ("7 p.m.", "TIME", "2018-12-08T19:00"),
            ("Friday, Dec. 21", "DATE", "2018-12-21"),
            ("6 p.m.", "TIME", "2018-12-21T18:00"),
            ("Last year", "DATE", "2017"),
            ("24 days", "DURATION", "P24D"),
            ("a year earlier", "DATE", "2016"),
            ("This year", "DATE", "2018"),
            ("January", "DATE", "2018-01"),
            ("the next five weeks", "DURATION", "P5W"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
