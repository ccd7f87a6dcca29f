"""Annotations of blind gold set 648, chosen by hand before the tagger ran.

    python tests/data/gold_blind648/annotate.py [--show]

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
    # Saturday 2016-12-03 (ISO week 48), British regional daily's rail timetable story, section
    # label "TRANSPORT", headline, standfirst, byline, date line "Saturday 3 December 2016" (one
    # span with its weekday). The timetable starts "on Sunday 11 December" (headline "on 11
    # December", last line "on 11 December"), weekday services "From Monday 12 December". The
    # operator "published the timetable on Thursday" 2016-12-01; the director "said yesterday"
    # 2016-12-02. The times of the new and old timetables recur on every day they run,
    # XXXX-XX-XXThh:mm ("at 05:42", "until 20:00", "at 23:38, instead of the current 22:55",
    # "at 08:10 rather than 09:30", the replacement buses "from 22:00 on Saturdays until 05:30
    # on Mondays"; gold_blind27, gold_blind95). "18 minutes earlier than now" -> the size of a
    # shift PT18M and "now" PRESENT_REF (gold_blind95). "every 20 minutes" SET PT20M;
    # "half-hourly" SET PT30M (the adverb like "hourly" PT1H, the half hour in minutes as
    # "every half hour" in gold_blind27); plural "Sundays", "Saturdays", "Mondays" SETs
    # XXXX-WXX-n; bare plural "weekends" SET XXXX-WXX-WE (gold_blind7). "31 minutes" and "about
    # four minutes" DURATIONs; "ten years" P10Y (how long the campaign has run); "almost two
    # hours" PT2H; "after six months" P6M; "next summer" 2017-SU; "7 January" and "26 February"
    # ahead, across the year boundary, 2017-01-07 (a Saturday) and 2017-02-26 (a Sunday);
    # "built in 1869"; "11 days last February" P11D and 2016-02; "from next month" 2017-01;
    # "until March 2023"; "by the end of 2018" DATE 2018; "two years later than it promised"
    # the size of a delay P2Y (gold_blind35); "in 2014". "Christmas Day" 2016-12-25 and "Boxing
    # Day" 2016-12-26; "Tuesday 27 December, a bank holiday this year" 2016-12-27 (the
    # substitute for Christmas Day, a Sunday in 2016) and "this year" 2016. Not annotated:
    # "Weekend closures" (standfirst and section label: an adjective naming a kind of closure,
    # like "Overnight closures" in gold_blind95), "peak-hour trains", "the evening peak", "a
    # Sunday timetable" (kinds, gold_blind56), "a bank holiday" (the kind of day, its date given
    # beside it), "the current", "since then", "20mph", "£2,016"
    # (a price that reads like a year, in a story with "2014" and "2018"), "£46", "four-carriage",
    # "The X19 bus", "northvaletrains.co.uk/dec16", "0345 201 2016".
    "esk-valley-line-december-timetable": (
        "2016-12-03",
        [
            ("11 December", "DATE", "2016-12-11"),
            ("Saturday 3 December 2016", "DATE", "2016-12-03"),
            ("Sunday 11 December", "DATE", "2016-12-11"),
            ("Thursday", "DATE", "2016-12-01"),
            ("yesterday", "DATE", "2016-12-02"),
            ("1998", "DATE", "1998"),
            ("Monday 12 December", "DATE", "2016-12-12"),
            ("05:42", "TIME", "XXXX-XX-XXT05:42"),
            ("18 minutes", "DURATION", "PT18M"),
            ("now", "DATE", "PRESENT_REF"),
            ("every 20 minutes", "SET", "PT20M"),
            ("20:00", "TIME", "XXXX-XX-XXT20:00"),
            ("half-hourly", "SET", "PT30M"),
            ("23:38", "TIME", "XXXX-XX-XXT23:38"),
            ("22:55", "TIME", "XXXX-XX-XXT22:55"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("08:10", "TIME", "XXXX-XX-XXT08:10"),
            ("09:30", "TIME", "XXXX-XX-XXT09:30"),
            ("hourly", "SET", "PT1H"),
            ("31 minutes", "DURATION", "PT31M"),
            ("about four minutes", "DURATION", "PT4M"),
            ("ten years", "DURATION", "P10Y"),
            ("almost two hours", "DURATION", "PT2H"),
            ("six months", "DURATION", "P6M"),
            ("next summer", "DATE", "2017-SU"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("7 January", "DATE", "2017-01-07"),
            ("26 February", "DATE", "2017-02-26"),
            ("1869", "DATE", "1869"),
            ("22:00", "TIME", "XXXX-XX-XXT22:00"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("05:30", "TIME", "XXXX-XX-XXT05:30"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("11 days", "DURATION", "P11D"),
            ("last February", "DATE", "2016-02"),
            ("next month", "DATE", "2017-01"),
            ("March 2023", "DATE", "2023-03"),
            ("the end of 2018", "DATE", "2018"),
            ("two years", "DURATION", "P2Y"),
            ("2014", "DATE", "2014"),
            ("Christmas Day", "DATE", "2016-12-25"),
            ("Boxing Day", "DATE", "2016-12-26"),
            ("Tuesday 27 December", "DATE", "2016-12-27"),
            ("this year", "DATE", "2016"),
            ("11 December", "DATE", "2016-12-11"),
        ],
    ),
    # Tuesday 2017-10-10 (ISO week 41), Irish national daily's website, section label "NEWS |
    # IRELAND", headline, standfirst, byline, stamp "Tue, Oct 10, 2017, 06:00" (a DATE with its
    # abbreviated weekday in one span and a TIME, gold_blind49). Irish ordinal dates ("October
    # 23rd", "August 14th", "December 22nd", "January 2nd", "October 18th") are DATEs like
    # "14th March" (gold_blind9). The full closure starts "at 7am on Monday, October 23rd",
    # 2017-10-23T07:00 and the DATE; "for 14 months" (headline), "at least 14 months" and
    # "Fourteen months" P14M. "this week" (standfirst) 2017-W41. The council "said on Friday",
    # past, 2017-10-06; the night closures "from 10pm tonight until 6am tomorrow" (2017-10-10T22:00,
    # 2017-10-10TNI, 2017-10-11T06:00, 2017-10-11) "and again from 10pm on Thursday until 6am on
    # Friday" (2017-10-12T22:00 and 2017-10-12, 2017-10-13T06:00 and 2017-10-13, ahead): Friday
    # in both directions. "the end of next August" 2018-08 (the modifier not recorded, like "the
    # end of July" in gold_blind49); "before Christmas 2018" one DATE 2018-12-25. "The 1931
    # bridge" an adjectival year (gold_blind35). "the night of August 14th" one TIME span
    # 2017-08-14TNI (like "the night of September 30th", gold_blind49); "the next day" anchored
    # on it, 2017-08-15 (gold_blind54), "that evening" that day's evening 2017-08-15TEV
    # (gold_blind8, gold_blind26); "the following week" the ISO week after the Monday 14 August
    # (week 33), 2017-W34. "planned for 2019"; "the August inspection" -> "August" 2017-08 (an
    # adjectival month); "two more years" P2Y; "up to 25 minutes" PT25M. The 209's frequencies
    # "every 12 minutes instead of every 20 minutes" SETs PT12M and PT20M, "between 7am and 7pm"
    # recurring TIMEs XXXX-XX-XXThh:mm. "the October bank holiday weekend": the Irish October
    # bank holiday is the last Monday of October, 2017-10-30; the weekend is the ISO weekend of
    # its Saturday (28 October), 2017-W43-WE (gold_blind9, gold_blind17). "from December 22nd
    # to January 2nd" 2017-12-22 and 2018-01-02. "September" past 2017-09; "since 2009". The
    # evening meeting "from 6pm to 8.30pm on Wednesday, October 18th" two TIMEs and the DATE;
    # "next Monday" in a Tuesday paper the coming Monday, 2017-10-16 (gold_blind25's "next
    # Tuesday" in a Friday paper). Not annotated: "Night closures" (standfirst, an adjective
    # naming a kind), "until further notice", "since the weight limit was imposed" (event-named),
    # "a lifetime" (figurative), "at peak times", "a public information evening"
    # (a kind of meeting), "10-tonne", "€11.6m", "the N72", "205", "207A", "the 209" (bus
    # routes), "two phases", "two of its three arches", "castlebawn.ie/kilmurry2018", "1800
    # 201 931" (a freephone number opening with a year-like 1800, in a story with "1931").
    "kilmurry-bridge-closure-castlebawn": (
        "2017-10-10",
        [
            ("14 months", "DURATION", "P14M"),
            ("October 23rd", "DATE", "2017-10-23"),
            ("this week", "DATE", "2017-W41"),
            ("Tue, Oct 10, 2017", "DATE", "2017-10-10"),
            ("06:00", "TIME", "2017-10-10T06:00"),
            ("7am", "TIME", "2017-10-23T07:00"),
            ("Monday, October 23rd", "DATE", "2017-10-23"),
            ("at least 14 months", "DURATION", "P14M"),
            ("Friday", "DATE", "2017-10-06"),
            ("the end of next August", "DATE", "2018-08"),
            ("Christmas 2018", "DATE", "2018-12-25"),
            ("10pm", "TIME", "2017-10-10T22:00"),
            ("tonight", "TIME", "2017-10-10TNI"),
            ("6am", "TIME", "2017-10-11T06:00"),
            ("tomorrow", "DATE", "2017-10-11"),
            ("10pm", "TIME", "2017-10-12T22:00"),
            ("Thursday", "DATE", "2017-10-12"),
            ("6am", "TIME", "2017-10-13T06:00"),
            ("Friday", "DATE", "2017-10-13"),
            ("1931", "DATE", "1931"),
            ("the night of August 14th", "TIME", "2017-08-14TNI"),
            ("the next day", "DATE", "2017-08-15"),
            ("that evening", "TIME", "2017-08-15TEV"),
            ("the following week", "DATE", "2017-W34"),
            ("2019", "DATE", "2019"),
            ("August", "DATE", "2017-08"),
            ("two more years", "DURATION", "P2Y"),
            ("up to 25 minutes", "DURATION", "PT25M"),
            ("October 23rd", "DATE", "2017-10-23"),
            ("every 12 minutes", "SET", "PT12M"),
            ("every 20 minutes", "SET", "PT20M"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("7pm", "TIME", "XXXX-XX-XXT19:00"),
            ("the October bank holiday weekend", "DATE", "2017-W43-WE"),
            ("December 22nd", "DATE", "2017-12-22"),
            ("January 2nd", "DATE", "2018-01-02"),
            ("September", "DATE", "2017-09"),
            ("2009", "DATE", "2009"),
            ("Fourteen months", "DURATION", "P14M"),
            ("6pm", "TIME", "2017-10-18T18:00"),
            ("8.30pm", "TIME", "2017-10-18T20:30"),
            ("Wednesday, October 18th", "DATE", "2017-10-18"),
            ("next Monday", "DATE", "2017-10-16"),
        ],
    ),
    # Thursday 2019-08-29 (ISO week 35), Canadian paper's website, section label "LOCAL NEWS",
    # headline, deck, byline, stamp "Published Aug 29, 2019 • Last updated 4:10 p.m. EDT" (DATE
    # and TIME, the zone in the span and not in the value), "KESSEL BAY —" dateline. Labour Day
    # is the first Monday of September, 2019-09-02; "Labour Day long weekend" (headline) and
    # "the Labour Day long weekend" are the ISO weekend of its Saturday (31 August), 2019-W35-WE
    # (gold_blind9, gold_blind17). The ministry "said Wednesday" 2019-08-28; crews stop "at noon
    # Friday" 2019-08-30T12:00 and the DATE; restrictions lifted "until 5 a.m. Tuesday"
    # 2019-09-03T05:00 and the DATE. "into November" (deck) 2019-11, "until late November"
    # 2019-11. "nightly" (headline "nightly closures", an adjectival frequency naming a
    # recurrence like "monthly leak surveys" in gold_blind35; and the adverb in the body) SET
    # XXXX-XX-XXTNI (gold_blind57, gold_blind62), with the recurring hours "from 9 p.m. to 6
    # a.m." XXXX-XX-XXThh:mm. "for 55 hours starting at 10 p.m. on Friday, Sept. 20" PT55H,
    # 2019-09-20T22:00 and the DATE ("starting" a signal, gold_blind49). "last fall" said in
    # August 2019 is the autumn of 2018, 2018-FA (fall 2019 has not begun); "through the winter"
    # after it is the winter of 2018-19, 2019-WI (taking the year of its January, gold_blind10).
    # "began in April 2018"; "the 1964 overpass" an adjectival year; "now" PRESENT_REF; "by
    # fall 2020" 2020-FA; "about a year later than first planned" the size of a delay P1Y; "the
    # spring of 2018" one span; "this spring" 2019-SP. "on Tuesday, Sept. 3, when schools
    # reopen" 2019-09-03; the express "every 15 minutes from 6:30 a.m. to 9 a.m." SET PT15M and
    # two recurring TIMEs; "leave 20 minutes early" the size of a shift PT20M; "for the first two
    # weeks" an ordinal period of an event, DURATION P2W (like "The first week", gold_blind35).
    # Canadian Thanksgiving is the second Monday of October, 2019-10-14: "the Thanksgiving
    # weekend" 2019-W41-WE (Saturday 12 October); "from noon Friday, Oct. 11, until 5 a.m.
    # Tuesday, Oct. 15" two TIMEs and two DATEs. "last year's daytime closures" -> "last year"
    # 2018; "between May and October 2018" 2018-05 (the year from the range's end) and 2018-10;
    # "at least 48 hours in advance" PT48H. Not annotated: "From then" (anaphoric, its time
    # given as "5 a.m. Tuesday"), "the season" (the paving season, no
    # calendar unit, gold_blind49), "the overnight work" and "daytime closures" (adjectives
    # naming kinds), "an average weekday" (a kind of day), "Highway 62" and "Route 62 Express"
    # (numbers, not dates), "Ontario 511", "$86-million", "61,000 vehicles", "12 per cent",
    # "1-888-555-1964" (a phone number ending in 1964, in a story with "the 1964 overpass").
    "highway-62-riverside-interchange-phase-two": (
        "2019-08-29",
        [
            ("Labour Day long weekend", "DATE", "2019-W35-WE"),
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("November", "DATE", "2019-11"),
            ("Aug 29, 2019", "DATE", "2019-08-29"),
            ("4:10 p.m. EDT", "TIME", "2019-08-29T16:10"),
            ("the Labour Day long weekend", "DATE", "2019-W35-WE"),
            ("Wednesday", "DATE", "2019-08-28"),
            ("noon", "TIME", "2019-08-30T12:00"),
            ("Friday", "DATE", "2019-08-30"),
            ("5 a.m.", "TIME", "2019-09-03T05:00"),
            ("Tuesday", "DATE", "2019-09-03"),
            ("late November", "DATE", "2019-11"),
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("55 hours", "DURATION", "PT55H"),
            ("10 p.m.", "TIME", "2019-09-20T22:00"),
            ("Friday, Sept. 20", "DATE", "2019-09-20"),
            ("last fall", "DATE", "2018-FA"),
            ("the winter", "DATE", "2019-WI"),
            ("April 2018", "DATE", "2018-04"),
            ("1964", "DATE", "1964"),
            ("now", "DATE", "PRESENT_REF"),
            ("fall 2020", "DATE", "2020-FA"),
            ("about a year", "DURATION", "P1Y"),
            ("the spring of 2018", "DATE", "2018-SP"),
            ("this spring", "DATE", "2019-SP"),
            ("Tuesday, Sept. 3", "DATE", "2019-09-03"),
            ("every 15 minutes", "SET", "PT15M"),
            ("6:30 a.m.", "TIME", "XXXX-XX-XXT06:30"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("20 minutes", "DURATION", "PT20M"),
            ("the first two weeks", "DURATION", "P2W"),
            ("the Thanksgiving weekend", "DATE", "2019-W41-WE"),
            ("noon", "TIME", "2019-10-11T12:00"),
            ("Friday, Oct. 11", "DATE", "2019-10-11"),
            ("5 a.m.", "TIME", "2019-10-15T05:00"),
            ("Tuesday, Oct. 15", "DATE", "2019-10-15"),
            ("last year", "DATE", "2018"),
            ("May", "DATE", "2018-05"),
            ("October 2018", "DATE", "2018-10"),
            ("at least 48 hours", "DURATION", "PT48H"),
        ],
    ),
    # Friday 2018-09-14 (ISO week 37), Australian metropolitan paper's website, headline, byline,
    # stamp "September 14 2018 - 5:42PM" (DATE and TIME). The first tram runs "at 5am on Sunday"
    # (headline "on Sunday") 2018-09-16T05:00 and 2018-09-16; "free travel for a fortnight"
    # (headline) and "for the first fortnight" P2W, "until Sunday, September 30" 2018-09-30.
    # "more than two and a half years" is P30M, a fraction of a year written in months (like
    # "seven and a half hours" PT450M, gold_blind95); "almost a year later than ... promised"
    # the size of a delay P1Y; "promised in 2015". The minister "said on Thursday" 2018-09-13.
    # Service hours recur every day: "every eight minutes between 7am and 7pm and every 12
    # minutes at other times, from 5am to 1am daily" -> SETs PT8M, PT12M, P1D and four TIMEs
    # XXXX-XX-XXThh:mm (gold_blind49's "from 8 am to 8 pm daily"); the resident's "now the trams
    # go past at 1am" the same recurring hour. "on Saturday night" (the buses' last trips)
    # 2018-09-15TNI. "by 2020" DATE 2020; "now" PRESENT_REF (twice); "the second half of 2021"
    # 2021-H2; "in March" past 2018-03; "put back from last December" 2017-12; "the past three
    # weeks" P3W; "about 40 minutes on Wednesday night" PT40M and 2018-09-12TNI; "the next
    # morning" after it, 2018-09-13TMO (like "the next afternoon" in gold_blind39). The
    # Australian financial year runs July-June, named by the year it ends: "the 2018-19
    # financial year" FY2019, "last financial year" FY2018 (gold_blind9, gold_blind49). "begin
    # on September 29" 2018-09-29; "the October long weekend" is the NSW Labour Day weekend, the
    # ISO weekend of Saturday 29 September, 2018-W39-WE (the holiday Monday, 1 October, lies in
    # week 40; gold_blind9). "since June" 2018-06; "For three years" P3Y; "since 1987"; "after six
    # months" P6M. "from Monday, October 1, the Labour Day public holiday" two DATEs 2018-10-01,
    # the holiday with its determiner (like "The spring bank holiday on Monday", gold_blind56).
    # Not annotated: "the school holidays" (school holidays have no calendar value,
    # gold_blind95), "spring carnival" (an adjectival season in an event's name), "overnight
    # testing" and "late-night services" (adjectives naming kinds), "at other times", "Stage 1",
    # "Stage 2", "Route 401 and 402", "12-kilometre", "7km", "$1.1 billion", "$41 million", "$9
    # million", "20 staff", "10-trip", "$24.50", "16 stops", "24/7" (an idiom, gold_blind27),
    # "1300 555 018", "wandeenlightrail.com.au/2018".
    "wandeen-light-rail-stage-one-opening": (
        "2018-09-14",
        [
            ("Sunday", "DATE", "2018-09-16"),
            ("a fortnight", "DURATION", "P2W"),
            ("September 14 2018", "DATE", "2018-09-14"),
            ("5:42PM", "TIME", "2018-09-14T17:42"),
            ("5am", "TIME", "2018-09-16T05:00"),
            ("Sunday", "DATE", "2018-09-16"),
            ("more than two and a half years", "DURATION", "P30M"),
            ("almost a year", "DURATION", "P1Y"),
            ("2015", "DATE", "2015"),
            ("Thursday", "DATE", "2018-09-13"),
            ("the first fortnight", "DURATION", "P2W"),
            ("Sunday, September 30", "DATE", "2018-09-30"),
            ("every eight minutes", "SET", "PT8M"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("7pm", "TIME", "XXXX-XX-XXT19:00"),
            ("every 12 minutes", "SET", "PT12M"),
            ("5am", "TIME", "XXXX-XX-XXT05:00"),
            ("1am", "TIME", "XXXX-XX-XXT01:00"),
            ("daily", "SET", "P1D"),
            ("Saturday night", "TIME", "2018-09-15TNI"),
            ("2020", "DATE", "2020"),
            ("now", "DATE", "PRESENT_REF"),
            ("the second half of 2021", "DATE", "2021-H2"),
            ("March", "DATE", "2018-03"),
            ("last December", "DATE", "2017-12"),
            ("the past three weeks", "DURATION", "P3W"),
            ("about 40 minutes", "DURATION", "PT40M"),
            ("Wednesday night", "TIME", "2018-09-12TNI"),
            ("the next morning", "TIME", "2018-09-13TMO"),
            ("the 2018-19 financial year", "DATE", "FY2019"),
            ("last financial year", "DATE", "FY2018"),
            ("September 29", "DATE", "2018-09-29"),
            ("the October long weekend", "DATE", "2018-W39-WE"),
            ("June", "DATE", "2018-06"),
            ("three years", "DURATION", "P3Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("1am", "TIME", "XXXX-XX-XXT01:00"),
            ("1987", "DATE", "1987"),
            ("six months", "DURATION", "P6M"),
            ("Monday, October 1", "DATE", "2018-10-01"),
            ("the Labour Day public holiday", "DATE", "2018-10-01"),
        ],
    ),
    # Wednesday 2018-11-21 (ISO week 47), Indian city-page story, section label "CITY", headline,
    # credit and stamp "TNN | Updated: Nov 21, 2018, 05:08 IST" (DATE and TIME, the zone in the
    # span, gold_blind49), "DEVGARH:" dateline. Officials "said on Tuesday" 2018-11-20. "by
    # March 2020" (headline and lead); "by the end of 2021" DATE 2021; "began in January 2017";
    # "by December 2019"; "nearly four months" P4M; "From now" -> "now" PRESENT_REF; "within 18
    # months" P18M and "within a fortnight" P2W, durations anchored to events. The runway closure
    # "from 10.30 am to 5 pm daily till January 31" -> two recurring TIMEs XXXX-XX-XXThh:mm, SET
    # P1D, and 2019-01-31 ahead ("till" a signal, gold_blind49). "on Monday last" -> "Monday
    # last" one span, the most recent Monday, 2018-11-19 (gold_blind17, gold_blind49). The flight
    # "will leave at 6.40 pm instead of 4.15 pm from December 1": new and old departure hours
    # recurring, XXXX-XX-XXT18:40 and XXXX-XX-XXT16:15, and 2018-12-01. "October 28" past;
    # "last winter's" -> "last winter", in November 2018 the winter of 2017-18, 2018-WI (a
    # northern winter takes the year of its January, gold_blind10). "Last December" 2017-12 and
    # "over 11 days" P11D; "by December 15" 2018-12-15. The Indian financial year runs
    # April-March, named by the year it ends: "the 2017-18 financial year" FY2018 (gold_blind49)
    # and "fiscal 2019-20" one span FY2020 (like "fiscal 1990", gold_blind35, with the Indian
    # two-year form of gold_blind49). "between April and September this year" -> "April" 2018-04
    # and "September this year" one span 2018-09 (a post-posed year, like "July of this year",
    # gold_blind49); "by next summer" 2019-SU. The bus "every 30 minutes from 5 am to 11 pm from
    # December 10" SET PT30M, two recurring TIMEs and 2018-12-10. Not annotated: "the monsoon"
    # (no calendar unit, gold_blind49), "The winter schedule" (an airline scheduling season,
    # gold_blind89), "the present building" (an adjective), "round the clock", "24x7", "Phase 1",
    # "Phase 2", "SV 2019" (a flight number holding a year, in a story with "December 2019"),
    # "Rs 1,386-crore", "1.6 lakh sq m", "18 check-in counters", "37 flights", "350 metres",
    # "22%", "3.4 million", "route AC-17", "NH 352", "1800-180-2018" (a helpline number).
    "devgarh-airport-new-terminal-phases": (
        "2018-11-21",
        [
            ("March 2020", "DATE", "2020-03"),
            ("Nov 21, 2018", "DATE", "2018-11-21"),
            ("05:08 IST", "TIME", "2018-11-21T05:08"),
            ("March 2020", "DATE", "2020-03"),
            ("the end of 2021", "DATE", "2021"),
            ("Tuesday", "DATE", "2018-11-20"),
            ("January 2017", "DATE", "2017-01"),
            ("December 2019", "DATE", "2019-12"),
            ("nearly four months", "DURATION", "P4M"),
            ("now", "DATE", "PRESENT_REF"),
            ("18 months", "DURATION", "P18M"),
            ("a fortnight", "DURATION", "P2W"),
            ("10.30 am", "TIME", "XXXX-XX-XXT10:30"),
            ("5 pm", "TIME", "XXXX-XX-XXT17:00"),
            ("daily", "SET", "P1D"),
            ("January 31", "DATE", "2019-01-31"),
            ("Monday last", "DATE", "2018-11-19"),
            ("6.40 pm", "TIME", "XXXX-XX-XXT18:40"),
            ("4.15 pm", "TIME", "XXXX-XX-XXT16:15"),
            ("December 1", "DATE", "2018-12-01"),
            ("October 28", "DATE", "2018-10-28"),
            ("last winter", "DATE", "2018-WI"),
            ("Last December", "DATE", "2017-12"),
            ("11 days", "DURATION", "P11D"),
            ("December 15", "DATE", "2018-12-15"),
            ("the 2017-18 financial year", "DATE", "FY2018"),
            ("April", "DATE", "2018-04"),
            ("September this year", "DATE", "2018-09"),
            ("fiscal 2019-20", "DATE", "FY2020"),
            ("next summer", "DATE", "2019-SU"),
            ("every 30 minutes", "SET", "PT30M"),
            ("5 am", "TIME", "XXXX-XX-XXT05:00"),
            ("11 pm", "TIME", "XXXX-XX-XXT23:00"),
            ("December 10", "DATE", "2018-12-10"),
        ],
    ),
    # Monday 2016-11-21 (ISO week 47), US metro daily's website, headline, stamps "Posted Nov
    # 21, 2016 at 6:15 AM" and "Updated Nov 21, 2016 at 1:48 PM" (DATE and TIME each), byline
    # "Staff Writer", "PORT MARLOW —" dateline. The strike deadline "12:01 a.m. Wednesday"
    # (headline and lead) 2016-11-23T00:01 and 2016-11-23; Thanksgiving is the fourth Thursday
    # of November, 2016-11-24 ("over Thanksgiving", headline and body); Black Friday the day
    # after, 2016-11-25, with stores opening "at 6 a.m." that day. The union "said Sunday"
    # 2016-11-20; talks broke off "late Saturday" DATE 2016-11-19 (the modifier kept, like "late
    # Monday", gold_blind39); "as of Monday afternoon" the publication day's afternoon
    # 2016-11-21TAF; the manager "said Monday" 2016-11-21. "since June 30" past 2016-06-30;
    # "their three-year agreement" P3Y; "on Nov. 6" 2016-11-06; "a 14-hour session" PT14H;
    # "almost five months" P5M; "12-hour shifts" PT12H; "13 days in a row" a cardinal run,
    # P13D (like "five consecutive days", gold_blind103); "over three years" (twice) P3Y. The
    # authority's fiscal year runs July-June, named by the year it ends: "fiscal 2017, which
    # began July 1" FY2017 and 2016-07-01 (gold_blind35). The skeleton service "every 30
    # minutes from 6 a.m. to 7 p.m." SET PT30M and two recurring TIMEs; "before Tuesday at 5
    # p.m." 2016-11-22 and 2016-11-22T17:00; "classes end Tuesday" 2016-11-22. "in March 2009",
    # "lasted 11 days" P11D, "on March 24, 2009" and "the next day" anchored on it, 2009-03-25
    # (gold_blind54); "more than a year" P1Y; "now" PRESENT_REF. Not annotated: "the holiday"
    # (anaphoric), "Local 1705" (a union local), "64 bus routes", "2,300 members", "1,941-212"
    # (a vote count), "6 percent", "9 percent", "$19 million", "Route 17", "Route 40", "the
    # 1200 Express" (a route that reads like a clock time), "five routes", "Half my staff",
    # "mrta.org/strike2016", "877-555-1705".
    "port-marlow-transit-strike-deadline": (
        "2016-11-21",
        [
            ("12:01 a.m.", "TIME", "2016-11-23T00:01"),
            ("Wednesday", "DATE", "2016-11-23"),
            ("Thanksgiving", "DATE", "2016-11-24"),
            ("Nov 21, 2016", "DATE", "2016-11-21"),
            ("6:15 AM", "TIME", "2016-11-21T06:15"),
            ("Nov 21, 2016", "DATE", "2016-11-21"),
            ("1:48 PM", "TIME", "2016-11-21T13:48"),
            ("12:01 a.m.", "TIME", "2016-11-23T00:01"),
            ("Wednesday", "DATE", "2016-11-23"),
            ("Sunday", "DATE", "2016-11-20"),
            ("Thanksgiving", "DATE", "2016-11-24"),
            ("June 30", "DATE", "2016-06-30"),
            ("three-year", "DURATION", "P3Y"),
            ("Nov. 6", "DATE", "2016-11-06"),
            ("late Saturday", "DATE", "2016-11-19"),
            ("14-hour", "DURATION", "PT14H"),
            ("Monday afternoon", "TIME", "2016-11-21TAF"),
            ("almost five months", "DURATION", "P5M"),
            ("12-hour", "DURATION", "PT12H"),
            ("13 days", "DURATION", "P13D"),
            ("Monday", "DATE", "2016-11-21"),
            ("three years", "DURATION", "P3Y"),
            ("fiscal 2017", "DATE", "FY2017"),
            ("July 1", "DATE", "2016-07-01"),
            ("three years", "DURATION", "P3Y"),
            ("every 30 minutes", "SET", "PT30M"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("7 p.m.", "TIME", "XXXX-XX-XXT19:00"),
            ("Tuesday", "DATE", "2016-11-22"),
            ("5 p.m.", "TIME", "2016-11-22T17:00"),
            ("March 2009", "DATE", "2009-03"),
            ("11 days", "DURATION", "P11D"),
            ("March 24, 2009", "DATE", "2009-03-24"),
            ("the next day", "DATE", "2009-03-25"),
            ("more than a year", "DURATION", "P1Y"),
            ("Black Friday", "DATE", "2016-11-25"),
            ("6 a.m.", "TIME", "2016-11-25T06:00"),
            ("Tuesday", "DATE", "2016-11-22"),
            ("now", "DATE", "PRESENT_REF"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
