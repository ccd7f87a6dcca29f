"""Annotations of the four-hundred-and-seventy-sixth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind476/annotate.py [--show]

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
    # Tuesday 2012-05-29 (ISO week 22), Indian English daily's city page, section label "CITY |
    # KHARAGPET", headline, deck, stamp "Staff Reporter | May 29, 2012, 03.40 AM IST" (DATE and
    # TIME, the zone in the span and not in the value), "KHARAGPET:" dateline. The record came
    # "on Monday" 2012-05-28 "at 2.30pm"; "On Saturday" 2012-05-26 and "the next day" 2012-05-27
    # (a narrative anchor on the Saturday just named, gold_blind14, gold_blind32); "Monday night"
    # 2012-05-28TNI; "since Saturday" 2012-05-26; "Sunday evening" 2012-05-27TEV; "11.15pm on
    # Sunday" 2012-05-27T23:15. Future: the warning "till Friday" (deck and body) 2012-06-01;
    # "by weekend" (deck, no article) and "by the weekend" 2012-W22-WE (2-3 June, gold_blind9's
    # headline "weekend"); "from Wednesday" 2012-05-30. The IMD "said in its forecast on
    # Friday" is the past Friday 2012-05-25 (the same weekday in both directions). "hottest May
    # day in 18 years" (headline and lead) -> "18 years" DURATION P18Y, the period of a
    # superlative; "May" there classifies the days compared and is not annotated (like
    # "October" in "the warmest October day", gold_blind9), as in "The all-time May high".
    # "the next 72 hours" PT72H; "the next two weeks" P2W; "four-hour" PT4H. The OPD hours
    # "from 7am to 1pm daily" -> two TIMEs XXXX-XX-XXThh:mm and the SET P1D (gold_blind59);
    # the advice "between noon and 4pm" holds for every day of the spell, XXXX-XX-XXT12:00 and
    # T16:00 (like "no trains after 19:00" on strike days, gold_blind56). "June 18" and "June
    # 30" ahead, 2012. "the previous fiscal" in May 2012 is the Indian April-March year just
    # ended, FY2012 (April 2011-March 2012; gold_blind9); "June last year" one span 2011-06
    # ("May last year", gold_blind13). "once every two days" SET P2D (the whole phrase, like "at
    # least once a day"). "its lowest since 2009" 2009. "around June 3" 2012-06-03 with the
    # approximator kept (gold_blind9); "two days later than normal" -> "two days" DURATION P2D,
    # the size of a delay (gold_blind35); "early July" 2012-07. "Last year" 2011 and its "July
    # 4" 2011-07-04 (a date of last year's monsoon, not the US holiday). The "WEATHER WATCH"
    # box: "Monday" 2012-05-28, "Today" 2012-05-29, "Friday" 2012-06-01 with "the evening"
    # 2012-06-01TEV, "Saturday" 2012-06-02 (labels annotated like the forecast table of
    # gold_blind9). Not annotated: "May" in "hottest May day" and "The all-time May high", "the
    # season so far" (a season of no calendar unit), "the warmest night" beyond "Monday night",
    # "the summer vacation" (a school holiday, gold_blind9), "47.6°C", "47.9°C", "46.1°C",
    # "46.8°C", "31.2°C", "47°C", "seven notches", "64 patients", "20-bed", "2,012 MW" (a
    # record load that reads like the year), "1,766 MW", "14%", "3.2 metres", "1800-180-2012"
    # (a helpline holding 2012), "NH-15", "may" (the verb).
    "kharagpet-heatwave-hottest-may-day": (
        "2012-05-29",
        [
            ("18 years", "DURATION", "P18Y"),
            ("Friday", "DATE", "2012-06-01"),
            ("weekend", "DATE", "2012-W22-WE"),
            ("May 29, 2012", "DATE", "2012-05-29"),
            ("03.40 AM IST", "TIME", "2012-05-29T03:40"),
            ("18 years", "DURATION", "P18Y"),
            ("Monday", "DATE", "2012-05-28"),
            ("2.30pm", "TIME", "2012-05-28T14:30"),
            ("May 26, 1994", "DATE", "1994-05-26"),
            ("Saturday", "DATE", "2012-05-26"),
            ("the next day", "DATE", "2012-05-27"),
            ("Monday night", "TIME", "2012-05-28TNI"),
            ("the next 72 hours", "DURATION", "PT72H"),
            ("Friday", "DATE", "2012-06-01"),
            ("the weekend", "DATE", "2012-W22-WE"),
            ("Saturday", "DATE", "2012-05-26"),
            ("Sunday evening", "TIME", "2012-05-27TEV"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("1pm", "TIME", "XXXX-XX-XXT13:00"),
            ("daily", "SET", "P1D"),
            ("the next two weeks", "DURATION", "P2W"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("June 18", "DATE", "2012-06-18"),
            ("June 30", "DATE", "2012-06-30"),
            ("11.15pm", "TIME", "2012-05-27T23:15"),
            ("Sunday", "DATE", "2012-05-27"),
            ("four-hour", "DURATION", "PT4H"),
            ("the previous fiscal", "DATE", "FY2012"),
            ("June last year", "DATE", "2011-06"),
            ("once every two days", "SET", "P2D"),
            ("Wednesday", "DATE", "2012-05-30"),
            ("2009", "DATE", "2009"),
            ("around June 3", "DATE", "2012-06-03"),
            ("two days", "DURATION", "P2D"),
            ("early July", "DATE", "2012-07"),
            ("Friday", "DATE", "2012-05-25"),
            ("Last year", "DATE", "2011"),
            ("July 4", "DATE", "2011-07-04"),
            ("Monday", "DATE", "2012-05-28"),
            ("Today", "DATE", "2012-05-29"),
            ("Friday", "DATE", "2012-06-01"),
            ("the evening", "TIME", "2012-06-01TEV"),
            ("Saturday", "DATE", "2012-06-02"),
        ],
    ),
    # Thursday 2013-03-14 (ISO week 11), New Zealand regional daily's website, section label
    # "RURAL NEWS", headline, stamp "5:00 AM Thursday Mar 14, 2013" (TIME and one DATE span with
    # its weekday), byline, no dateline. "yesterday" is Wednesday 2013-03-13. "driest summer in
    # 70 years" (headline and lead) -> the head noun "summer" 2013-SU and "70 years" P70Y (the
    # period of a superlative): the southern summer just ended (December 2012-February 2013)
    # takes the year of its January and February (gold_blind9); "this summer" the same; "the
    # summer of 1942-43" one span 1943-SU (like "the winter of 2010-11", gold_blind76,
    # gold_blind103). "the autumn" ahead in mid-March is the southern autumn of 2013, 2013-FA.
    # "the end of May" 2013-05; "1 January" 2013-01-01; "January and February" 2013-01 and
    # 2013-02 (this year's months, against their normal); "21 December" 2012-12-21 (past);
    # "Waitangi Day" 2013-02-06 (New Zealand's national day, on the date it falls on); "more
    # than 80 days" P80D (21 December to mid-March); "last week" 2013-W10; "Easter" 2013-03-31
    # (Easter Sunday); "late May" 2013-05; milk "in February" 2013-02 and "a year earlier"
    # 2012-02 (the granularity of what it is compared with). The co-operative's "financial year
    # ending 31 July" runs August 2012-July 2013 and is named by the year it ends, FY2013, with
    # "31 July" 2013-07-31 (gold_blind8, gold_blind9). Future weekdays: "on Tuesday" 2013-03-19,
    # "Saturday night" 2013-03-16TNI, "7pm on Wednesday" 2013-03-20; past: "since Monday"
    # 2013-03-11. "March to May" 2013-03 and 2013-05 (a range at its ends, gold_blind44,
    # gold_blind103); "in October" 2012-10 (past); "the next fortnight" P2W; "until June"
    # 2013-06; "6pm on 1 March" 2013-03-01T18:00 and the DATE; "until at least the end of
    # April" -> "at least the end of April" 2013-04 (gold_blind10); "1998"; "two years" P2Y;
    # the helpline hours "from 8am to 8pm, seven days a week" -> XXXX-XX-XXT08:00, T20:00 and
    # SET P1W ("seven days a week", gold_blind94); "6 April" 2013-04-06 ahead. Not annotated:
    # "winter feed" (an adjectival season naming a kind), "seasonal outlook", "information
    # evening" (an event's name), "medium-scale adverse event", "14mm", "31mm", "5mm to 10mm",
    # "12 per cent", "18 per cent", "35 per cent", "420 cows", "900 farms", "a third", "$280 a
    # tonne", "$395", "$90 a bale", "0800 555 198" (a helpline), "A&P Show", "above-normal".
    "tarapuhi-drought-declared": (
        "2013-03-14",
        [
            ("summer", "DATE", "2013-SU"),
            ("70 years", "DURATION", "P70Y"),
            ("5:00 AM", "TIME", "2013-03-14T05:00"),
            ("Thursday Mar 14, 2013", "DATE", "2013-03-14"),
            ("yesterday", "DATE", "2013-03-13"),
            ("summer", "DATE", "2013-SU"),
            ("70 years", "DURATION", "P70Y"),
            ("the end of May", "DATE", "2013-05"),
            ("1 January", "DATE", "2013-01-01"),
            ("January", "DATE", "2013-01"),
            ("February", "DATE", "2013-02"),
            ("21 December", "DATE", "2012-12-21"),
            ("Waitangi Day", "DATE", "2013-02-06"),
            ("more than 80 days", "DURATION", "P80D"),
            ("last week", "DATE", "2013-W10"),
            ("Easter", "DATE", "2013-03-31"),
            ("late May", "DATE", "2013-05"),
            ("February", "DATE", "2013-02"),
            ("a year earlier", "DATE", "2012-02"),
            ("the financial year", "DATE", "FY2013"),
            ("31 July", "DATE", "2013-07-31"),
            ("Tuesday", "DATE", "2013-03-19"),
            ("Saturday night", "TIME", "2013-03-16TNI"),
            ("March", "DATE", "2013-03"),
            ("May", "DATE", "2013-05"),
            ("October", "DATE", "2012-10"),
            ("the next fortnight", "DURATION", "P2W"),
            ("June", "DATE", "2013-06"),
            ("6pm", "TIME", "2013-03-01T18:00"),
            ("1 March", "DATE", "2013-03-01"),
            ("at least the end of April", "DATE", "2013-04"),
            ("this summer", "DATE", "2013-SU"),
            ("the summer of 1942-43", "DATE", "1943-SU"),
            ("1998", "DATE", "1998"),
            ("two years", "DURATION", "P2Y"),
            ("the autumn", "DATE", "2013-FA"),
            ("7pm", "TIME", "2013-03-20T19:00"),
            ("Wednesday", "DATE", "2013-03-20"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("seven days a week", "SET", "P1W"),
            ("Monday", "DATE", "2013-03-11"),
            ("6 April", "DATE", "2013-04-06"),
        ],
    ),
    # Friday 2013-08-23 (ISO week 34), British regional paper's website, section label "News |
    # Weather", headline, standfirst, stamps "First published Friday 23 August 2013" and "Last
    # updated 14:52, Friday 23 August 2013" (two DATE spans with their weekday and a TIME), byline.
    # The August bank holiday is Monday 2013-08-26 (the last Monday of August in England). "Regatta
    # Monday" (headline) is one DATE span 2013-08-26, a local name for the bank holiday Monday built
    # on its weekday, like "Easter Monday" (gold_blind57); the bare "Monday" of the warning and the
    # forecast is that day too. "this bank holiday weekend" (one span with its determiner, like "the
    # long Thanksgiving weekend", gold_blind56), "the weekend" and "The weekend" are the
    # Saturday-Monday weekend, the ISO week of its Saturday, 2013-W34-WE (gold_blind9,
    # gold_blind103). "late Sunday" 2013-08-25 (modifier kept); the warning "from 9pm on Sunday
    # until 3pm on Monday" two TIMEs and two DATEs; "Sunday night" (standfirst) 2013-08-25TNI;
    # "Sunday morning" 2013-08-25TMO; "through the afternoon" -> "the afternoon" 2013-08-25TAF
    # (Sunday's); "around midnight" after Sunday's afternoon is the midnight ending Sunday,
    # 2013-08-25T24:00, the approximator kept (gold_blind56, gold_blind103); "overnight" the night
    # begun on Sunday evening, 2013-08-25TNI (gold_blind59); "Monday morning" 2013-08-26TMO. "9.30pm
    # on Monday" and "Sunday at 8.30pm" two TIMEX3 each. "6am today" 2013-08-23T06:00 and the DATE;
    # "midnight on Tuesday" 2013-08-27T24:00 (the midnight ending the named day, gold_blind10,
    # gold_blind88). "the hottest summer in seven years" (standfirst) and "the sunniest summer since
    # 2006" -> "summer" 2013-SU (the head noun, gold_blind103's "autumn"), "seven years" P7Y,
    # "2006"; "July was the warmest month ... for seven years" -> "July" 2013-07 and "seven years"
    # P7Y; "17 July" 2013-07-17; "August" 2013-08; "last Friday's downpour" -> "last Friday" in a
    # Friday paper, the Friday of the week before, 2013-08-16 (gold_blind4, gold_blind87); "still
    # drying out carpets on Monday" the past Monday 2013-08-19 (the same weekday in both
    # directions); "annually" SET P1Y and "1862"; "Next week" 2013-W35; "the middle of September"
    # 2013-09 (gold_blind4). Not annotated: "Bank holiday weather" and "Holidaymakers" (no date of
    # their own; the weekend and Monday are annotated), "the Saltmouth Regatta", "the rowing races",
    # "the fireworks", "the warmest month" beyond "July", "long-range outlook", "yellow 'be aware'
    # warning", "27C", "19C", "31.4C", "20mm to 40mm", "the low 20s", "0345 555 1862" (a phone line
    # holding 1862, beside the annotated "since 1862"), "the M5", "junction 27", "the A30", "14
    # homes", "Harbour Street", "the busiest time".
    "saltmouth-bank-holiday-weekend-storms": (
        "2013-08-23",
        [
            ("Saturday", "DATE", "2013-08-24"),
            ("Regatta Monday", "DATE", "2013-08-26"),
            ("Sunday night", "TIME", "2013-08-25TNI"),
            ("summer", "DATE", "2013-SU"),
            ("seven years", "DURATION", "P7Y"),
            ("Friday 23 August 2013", "DATE", "2013-08-23"),
            ("14:52", "TIME", "2013-08-23T14:52"),
            ("Friday 23 August 2013", "DATE", "2013-08-23"),
            ("this bank holiday weekend", "DATE", "2013-W34-WE"),
            ("Saturday", "DATE", "2013-08-24"),
            ("late Sunday", "DATE", "2013-08-25"),
            ("9pm", "TIME", "2013-08-25T21:00"),
            ("Sunday", "DATE", "2013-08-25"),
            ("3pm", "TIME", "2013-08-26T15:00"),
            ("Monday", "DATE", "2013-08-26"),
            ("Saturday", "DATE", "2013-08-24"),
            ("the weekend", "DATE", "2013-W34-WE"),
            ("Sunday morning", "TIME", "2013-08-25TMO"),
            ("the afternoon", "TIME", "2013-08-25TAF"),
            ("around midnight", "TIME", "2013-08-25T24:00"),
            ("overnight", "TIME", "2013-08-25TNI"),
            ("Monday morning", "TIME", "2013-08-26TMO"),
            ("Monday", "DATE", "2013-08-26"),
            ("annually", "SET", "P1Y"),
            ("1862", "DATE", "1862"),
            ("9.30pm", "TIME", "2013-08-26T21:30"),
            ("Monday", "DATE", "2013-08-26"),
            ("Sunday", "DATE", "2013-08-25"),
            ("8.30pm", "TIME", "2013-08-25T20:30"),
            ("Saturday morning", "TIME", "2013-08-24TMO"),
            ("6am", "TIME", "2013-08-23T06:00"),
            ("today", "DATE", "2013-08-23"),
            ("midnight", "TIME", "2013-08-27T24:00"),
            ("Tuesday", "DATE", "2013-08-27"),
            ("The weekend", "DATE", "2013-W34-WE"),
            ("summer", "DATE", "2013-SU"),
            ("2006", "DATE", "2006"),
            ("July", "DATE", "2013-07"),
            ("seven years", "DURATION", "P7Y"),
            ("17 July", "DATE", "2013-07-17"),
            ("August", "DATE", "2013-08"),
            ("last Friday", "DATE", "2013-08-16"),
            ("Monday", "DATE", "2013-08-19"),
            ("Next week", "DATE", "2013-W35"),
            ("the middle of September", "DATE", "2013-09"),
        ],
    ),
    # Sunday 2015-02-01 (ISO week 5), US regional paper's website, section label "LOCAL |
    # WEATHER", headline, deck, stamps "Posted February 1, 2015" (DATE) and "Updated 4:40 p.m."
    # (TIME on that day), byline, "WESTBURY FALLS —" dateline. Groundhog Day is 2 February,
    # Monday 2015-02-02 (headline). Publication-day parts: "Sunday afternoon" 2015-02-01TAF,
    # "today", "this evening" TEV, "tonight" and "late tonight" TNI (deck and body); "midnight"
    # after "this evening" the midnight ending Sunday, 2015-02-01T24:00 (gold_blind56). The
    # warning "from 7 p.m. today until 7 a.m. Tuesday", the ban "from 6 p.m. tonight until 6
    # a.m. Tuesday": each clock time and its day two TIMEX3 (gold_blind59's "9 p.m. tonight").
    # Future: "Monday" 2015-02-02 (snow, schools, the breakfast), "Monday evening" TEV, "Monday
    # afternoon" TAF, "Tuesday morning" (deck) 2015-02-03TMO, "Tuesday" 2015-02-03; "by 5 a.m.
    # that day" -> "5 a.m." 2015-02-03T05:00 and "that day" DATE 2015-02-03, a narrative anchor
    # on the Tuesday just named (like "that afternoon", gold_blind14); "Saturday, Feb. 7" one
    # DATE span. Past: "last Monday and Tuesday" in a Sunday paper -> "last Monday" 2015-01-26
    # (one span with "last") and "Tuesday" 2015-01-27, which makes "less than a week" (DURATION
    # P1W, anchored on the nor'easter, gold_blind35) true. "in more than 20 years" P20Y (the
    # period of a superlative); "36-hour" PT36H (7 p.m. Sunday to 7 a.m. Tuesday); "now"
    # PRESENT_REF; "since Dec. 1" 2014-12-01; "February 1969" 1969-02; "12-hour" PT12H; "the
    # past week" P1W; the city's "fiscal year that ends June 30" is July 2014-June 2015, named
    # by the year it ends, FY2015, with "June 30" 2015-06-30 (gold_blind35, gold_blind70). "Last
    # winter" in February 2015 is the winter of 2013-14, 2014-WI (a winter takes the year of
    # its January, gold_blind10, gold_blind103), its "early March" 2014-03; "several days" PXD;
    # "every two hours" SET PT2H. Not annotated: "April" in the byline "April Hensley" (a
    # name), "winter storm watch" (an adjectival season naming a kind of warning), "to date"
    # and "around the clock" (idioms), "the single-storm record", "20 inches", "50 mph", "14
    # inches", "61 inches", "31 inches", "U.S. Route 1", "$1.1 million", "$1.4 million", "140
    # line crews", "1-800-555-1969" (a phone number holding 1969, beside "February 1969"),
    # "westburyfalls.gov/storm2015" (a web address holding 2015), "nor'easter", "twice".
    "westbury-falls-groundhog-day-blizzard": (
        "2015-02-01",
        [
            ("Groundhog Day", "DATE", "2015-02-02"),
            ("tonight", "TIME", "2015-02-01TNI"),
            ("Tuesday morning", "TIME", "2015-02-03TMO"),
            ("February 1, 2015", "DATE", "2015-02-01"),
            ("4:40 p.m.", "TIME", "2015-02-01T16:40"),
            ("Sunday afternoon", "TIME", "2015-02-01TAF"),
            ("more than 20 years", "DURATION", "P20Y"),
            ("7 p.m.", "TIME", "2015-02-01T19:00"),
            ("today", "DATE", "2015-02-01"),
            ("7 a.m.", "TIME", "2015-02-03T07:00"),
            ("Tuesday", "DATE", "2015-02-03"),
            ("this evening", "TIME", "2015-02-01TEV"),
            ("midnight", "TIME", "2015-02-01T24:00"),
            ("Monday", "DATE", "2015-02-02"),
            ("4 a.m.", "TIME", "2015-02-02T04:00"),
            ("1 p.m.", "TIME", "2015-02-02T13:00"),
            ("Monday", "DATE", "2015-02-02"),
            ("36-hour", "DURATION", "PT36H"),
            ("late tonight", "TIME", "2015-02-01TNI"),
            ("Monday evening", "TIME", "2015-02-02TEV"),
            ("6 p.m.", "TIME", "2015-02-01T18:00"),
            ("tonight", "TIME", "2015-02-01TNI"),
            ("6 a.m.", "TIME", "2015-02-03T06:00"),
            ("Tuesday", "DATE", "2015-02-03"),
            ("Monday", "DATE", "2015-02-02"),
            ("Tuesday", "DATE", "2015-02-03"),
            ("5 a.m.", "TIME", "2015-02-03T05:00"),
            ("that day", "DATE", "2015-02-03"),
            ("less than a week", "DURATION", "P1W"),
            ("last Monday", "DATE", "2015-01-26"),
            ("Tuesday", "DATE", "2015-01-27"),
            ("now", "DATE", "PRESENT_REF"),
            ("Dec. 1", "DATE", "2014-12-01"),
            ("February 1969", "DATE", "1969-02"),
            ("12-hour", "DURATION", "PT12H"),
            ("the past week", "DURATION", "P1W"),
            ("the fiscal year", "DATE", "FY2015"),
            ("June 30", "DATE", "2015-06-30"),
            ("Last winter", "DATE", "2014-WI"),
            ("early March", "DATE", "2014-03"),
            ("Monday afternoon", "TIME", "2015-02-02TAF"),
            ("several days", "DURATION", "PXD"),
            ("Monday", "DATE", "2015-02-02"),
            ("Saturday, Feb. 7", "DATE", "2015-02-07"),
            ("every two hours", "SET", "PT2H"),
        ],
    ),
    # Saturday 2015-05-23 (ISO week 21), Hong Kong English daily's website, section path "NEWS
    # › HONG KONG › HEALTH & ENVIRONMENT", headline, standfirst, stamps "PUBLISHED : Saturday,
    # 23 May, 2015, 12:01am" and "UPDATED : Saturday, 23 May, 2015, 3:26am" (two DATE spans
    # with their weekday and two TIMEs, 12:01am being 00:01), double byline, no dateline.
    # "yesterday morning" is Friday 2015-05-22TMO and every clock time of the storm story is on
    # that Friday, the day of its narrative (gold_blind103): the signals at 4.25am, 5.40am,
    # 6.10am, "until 9.05am", "between 4am and noon", 6.20am, "at 6am" (the buses), "by 3pm",
    # "by 6pm", "at 8am", 11.30am; "that evening" 2015-05-22TEV, a narrative anchor on that
    # Friday (gold_blind14), with "from 7.15pm to 9.50pm"; "last night" 2015-05-22TNI (the
    # night of "yesterday", gold_blind35). "falls ... in one hour" (headline and lead) -> "one
    # hour" DURATION PT1H, the time a past fall took ("up 38cm in 24 hours", gold_blind103);
    # "almost three hours" PT3H (6.10am-9.05am); "50 minutes" PT50M. "first black signal this
    # year" (standfirst and lead) -> "this year" 2015. "the longest since September 2010"
    # 2010-09; "since records began in 1884" -> "1884" (gold_blind19). Future: "until Monday"
    # 2015-05-25, "today" 2015-05-23, "tomorrow" 2015-05-24, "Sunday night" 2015-05-24TNI,
    # "from Wednesday" 2015-05-27, "the middle of next week" 2015-W22 (gold_blind103), "the
    # coming weeks" PXW, "1 September" 2015-09-01. "Over the past decade" -> "the past decade"
    # P10Y; "about once a year" SET P1Y (modifier kept, like "almost every day",
    # gold_blind35). "since October" 2014-10 (the latest October before May). Not annotated:
    # "rush-hour" and "the rush hour" (a kind of time of day, not a dated one), "for the day" in
    # "close for the day" (an idiom), "any May morning" (it classifies the mornings compared,
    # like "the warmest October day", gold_blind9), "the next school year" (no calendar unit;
    # its start "1 September" is annotated), "Typhoon season" (gold_blind22), "black rainstorm
    # warning", "amber signal", "red", "the No 1 standby signal" (gold_blind22's "Signal No.
    # 1"), "112mm", "168.3mm", "31 degrees", "312 flights", "26", "41 landslips", "17
    # villagers", "East Rail line", "Tai Mong Tsai Road", "may" (the verb).
    "hong-kong-black-rainstorm-rush-hour": (
        "2015-05-23",
        [
            ("one hour", "DURATION", "PT1H"),
            ("this year", "DATE", "2015"),
            ("Saturday, 23 May, 2015", "DATE", "2015-05-23"),
            ("12:01am", "TIME", "2015-05-23T00:01"),
            ("Saturday, 23 May, 2015", "DATE", "2015-05-23"),
            ("3:26am", "TIME", "2015-05-23T03:26"),
            ("yesterday morning", "TIME", "2015-05-22TMO"),
            ("this year", "DATE", "2015"),
            ("one hour", "DURATION", "PT1H"),
            ("4.25am", "TIME", "2015-05-22T04:25"),
            ("5.40am", "TIME", "2015-05-22T05:40"),
            ("6.10am", "TIME", "2015-05-22T06:10"),
            ("almost three hours", "DURATION", "PT3H"),
            ("9.05am", "TIME", "2015-05-22T09:05"),
            ("September 2010", "DATE", "2010-09"),
            ("4am", "TIME", "2015-05-22T04:00"),
            ("noon", "TIME", "2015-05-22T12:00"),
            ("1884", "DATE", "1884"),
            ("6.20am", "TIME", "2015-05-22T06:20"),
            ("6am", "TIME", "2015-05-22T06:00"),
            ("3pm", "TIME", "2015-05-22T15:00"),
            ("50 minutes", "DURATION", "PT50M"),
            ("6pm", "TIME", "2015-05-22T18:00"),
            ("8am", "TIME", "2015-05-22T08:00"),
            ("last night", "TIME", "2015-05-22TNI"),
            ("11.30am", "TIME", "2015-05-22T11:30"),
            ("that evening", "TIME", "2015-05-22TEV"),
            ("7.15pm", "TIME", "2015-05-22T19:15"),
            ("9.50pm", "TIME", "2015-05-22T21:50"),
            ("Monday", "DATE", "2015-05-25"),
            ("today", "DATE", "2015-05-23"),
            ("tomorrow", "DATE", "2015-05-24"),
            ("Sunday night", "TIME", "2015-05-24TNI"),
            ("Wednesday", "DATE", "2015-05-27"),
            ("the middle of next week", "DATE", "2015-W22"),
            ("the past decade", "DURATION", "P10Y"),
            ("about once a year", "SET", "P1Y"),
            ("the coming weeks", "DURATION", "PXW"),
            ("1 September", "DATE", "2015-09-01"),
            ("October", "DATE", "2014-10"),
        ],
    ),
    # Wednesday 2014-03-26 (ISO week 13), Canadian prairie daily's website, section label
    # "Local | Breaking News", headline, deck, stamp "Posted: 03/26/2014 3:00 AM | Last
    # Modified: 03/26/2014 9:41 AM" (two DATEs written month/day/year and two TIMEs, like
    # "dated 11/04/2013" in gold_blind87), byline, no dateline. The outlook came "Tuesday"
    # 2014-03-25. "Easter" (deck and body) is Easter Sunday 2014-04-20, inside the forecast
    # crest window "between April 18 and April 26". "its 2011 record" -> "2011" (an adjectival
    # year, gold_blind28); "this spring" 2014-SP; "from now until the melt" -> "now"
    # PRESENT_REF (the melt is an event); "late April" 2014-04. "a long, cold winter" and "its
    # coldest winter" -> the head noun "winter" 2014-WI (the winter of 2013-14 just ending,
    # taking the year of its January, gold_blind10, gold_blind103); "the winter of 1978-79" one
    # span 1979-WI (gold_blind76). "March has been the coldest in 18 years" -> "March" 2014-03
    # and "18 years" P18Y (the period of a superlative). "until at least Sunday" -> "at least
    # Sunday" 2014-03-30; "the middle of next week" and "next week" 2014-W14; "two weeks later
    # than last year" -> "two weeks" P2W (the size of a delay, gold_blind35) and "last year"
    # 2013. The ice crews' hours "daily from 7 a.m. to 7 p.m." -> SET P1D and two TIMEs
    # XXXX-XX-XXThh:mm; "Saturday, April 5" one DATE span with "from 9 a.m. to 5 p.m." that
    # day; "for at least two weeks" -> "at least two weeks" P2W. The province's fiscal year
    # runs April-March and is named by the year it ends: "the fiscal year that begins April 1"
    # FY2015 plus "April 1" 2014-04-01 (gold_blind35), and "a year earlier" the fiscal year
    # before, FY2014 (the granularity of what it is compared with). "early April" 2014-04.
    # The 2011 flood: "In 2011", "May 4" 2011-05-04 (the crest, in the year just named), "42
    # days" P42D, "the following spring" 2012-SP (gold_blind9); the reeve's "remember 2011";
    # "three years" P3Y; "Now" PRESENT_REF; "most of May 2011" -> "May 2011" 2011-05. Not
    # annotated: "spring flood outlook" (an adjectival season naming a kind of outlook, like
    # "Seasonal forecasts" in gold_blind103), "the melt" and "until the ice goes out"
    # (event-named), "since then" (anaphoric), "every time" (not a time expression), "8.4
    # metres", "1.1 metres", "9.2 metres", "1.6 metres", "9.6 metres", "140 per cent", "plus
    # 6", "300,000 sandbags", "$18 million", "$12 million", "1,100 people", "204-555-2011" (a
    # phone number holding 2011, in a story with "2011" annotated four times), "Provincial Road
    # 314", "RM of Dunmore".
    "kesick-river-spring-flood-outlook": (
        "2014-03-26",
        [
            ("Easter", "DATE", "2014-04-20"),
            ("03/26/2014", "DATE", "2014-03-26"),
            ("3:00 AM", "TIME", "2014-03-26T03:00"),
            ("03/26/2014", "DATE", "2014-03-26"),
            ("9:41 AM", "TIME", "2014-03-26T09:41"),
            ("2011", "DATE", "2011"),
            ("this spring", "DATE", "2014-SP"),
            ("Tuesday", "DATE", "2014-03-25"),
            ("now", "DATE", "PRESENT_REF"),
            ("April 18", "DATE", "2014-04-18"),
            ("April 26", "DATE", "2014-04-26"),
            ("Easter", "DATE", "2014-04-20"),
            ("late April", "DATE", "2014-04"),
            ("winter", "DATE", "2014-WI"),
            ("winter", "DATE", "2014-WI"),
            ("the winter of 1978-79", "DATE", "1979-WI"),
            ("2011", "DATE", "2011"),
            ("March", "DATE", "2014-03"),
            ("18 years", "DURATION", "P18Y"),
            ("at least Sunday", "DATE", "2014-03-30"),
            ("the middle of next week", "DATE", "2014-W14"),
            ("next week", "DATE", "2014-W14"),
            ("two weeks", "DURATION", "P2W"),
            ("last year", "DATE", "2013"),
            ("daily", "SET", "P1D"),
            ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
            ("7 p.m.", "TIME", "XXXX-XX-XXT19:00"),
            ("Saturday, April 5", "DATE", "2014-04-05"),
            ("9 a.m.", "TIME", "2014-04-05T09:00"),
            ("5 p.m.", "TIME", "2014-04-05T17:00"),
            ("at least two weeks", "DURATION", "P2W"),
            ("the fiscal year", "DATE", "FY2015"),
            ("April 1", "DATE", "2014-04-01"),
            ("a year earlier", "DATE", "FY2014"),
            ("early April", "DATE", "2014-04"),
            ("2011", "DATE", "2011"),
            ("May 4", "DATE", "2011-05-04"),
            ("42 days", "DURATION", "P42D"),
            ("the following spring", "DATE", "2012-SP"),
            ("2011", "DATE", "2011"),
            ("three years", "DURATION", "P3Y"),
            ("Now", "DATE", "PRESENT_REF"),
            ("May 2011", "DATE", "2011-05"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
