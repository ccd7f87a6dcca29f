"""Annotations of the three-hundred-and-seventieth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind370/annotate.py [--show]

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
    # Tuesday 2012-11-13 (ISO week 46), Canadian (Ontario) community paper's website, section
    # label, headline, deck, byline, stamp "Updated Nov 13, 2012 - 5:45 AM EST" (DATE and TIME,
    # the zone in the span and not in the value, gold_blind103), "KELVANE, Ont. —" dateline.
    # The council met on Monday 2012-11-12: "last night" 2012-11-12TNI and "past 11 p.m."
    # 2012-11-12T23:00 (the clock time on the day of the meeting its sentence tells). Future:
    # "next Monday" in a Tuesday paper is the nearest Monday ahead, 2012-11-19, with "6:30
    # p.m." that day; "Thursday, Nov. 22", "Dec. 10", "Saturday, Nov. 24" with "6 p.m.",
    # "Monday, Nov. 26" with "7 p.m." (weekday dates one span, gold_blind35); "this Saturday"
    # 2012-11-17. The landfill hours recur: "Saturdays" SET XXXX-WXX-6 (deck and body, plural
    # weekdays, gold_blind90), "8 a.m." and "noon" TIMEs XXXX-XX-XXThh:mm (hours of a recurring
    # opening, gold_blind76, gold_blind90); "through winter" (deck) -> "winter" 2013-WI, the
    # winter of 2012-13 taking the year of its January (gold_blind10, gold_blind103); "the end
    # of March" 2013-03 ahead and "the end of November" 2012-11 (the year's value of the month,
    # modifier not recorded, like "the end of the month" in gold_blind35). "Remembrance Day"
    # 2012-11-11, a holiday on the day it falls on, the Sunday before; "Sunday morning"
    # 2012-11-11TMO with "10:45 a.m." that day. "the first in two years" -> "two years" P2Y
    # (the period of a "first in", gold_blind35); "nearly four hours" PT4H; "a minute" of
    # silence PT1M; "every year" SET P1Y twice, "since 2009" a DATE of its own; "the past eight
    # years" P8Y; "mid-December" 2012-12 (deck and body); "the spring of 2014" one span
    # 2014-SP; "next year" 2013, "Last year" 2011, "2013" (headline and lead, the budget's
    # year), "2004", "1958", "2015". Not annotated: "in the cold months" (vague, no value
    # shape), "for the season" (the landfill's season), "Until then" (anaphoric, gold_blind17),
    # "the 150th anniversary" (an ordinal; its year "2015" is annotated), "Bylaw 2012-47" (a
    # bylaw number holding the year of the story), "613-555-2013" (a phone number holding the
    # budget's year), "Concession 6", "County Road 18", "Ward 2", "5-2" (a vote),
    # "16-year-old" and "67" (ages), "$14.6-million", "$38", "$250,000", "$1.2 million",
    # "$85,000", "2.9 per cent", "2.9%", "1.8 per cent", "nine-kilometre", "400 people",
    # "first and second reading".
    "kelvane-council-2013-draft-budget": (
        "2012-11-13",
        [
            ("2013", "DATE", "2013"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("winter", "DATE", "2013-WI"),
            ("mid-December", "DATE", "2012-12"),
            ("Nov 13, 2012", "DATE", "2012-11-13"),
            ("5:45 AM EST", "TIME", "2012-11-13T05:45"),
            ("next year", "DATE", "2013"),
            ("2013", "DATE", "2013"),
            ("11 p.m.", "TIME", "2012-11-12T23:00"),
            ("last night", "TIME", "2012-11-12TNI"),
            ("Dec. 10", "DATE", "2012-12-10"),
            ("next Monday", "DATE", "2012-11-19"),
            ("6:30 p.m.", "TIME", "2012-11-19T18:30"),
            ("Thursday, Nov. 22", "DATE", "2012-11-22"),
            ("Last year", "DATE", "2011"),
            ("2004", "DATE", "2004"),
            ("nearly four hours", "DURATION", "PT4H"),
            ("1958", "DATE", "1958"),
            ("Oct. 22", "DATE", "2012-10-22"),
            ("two years", "DURATION", "P2Y"),
            ("mid-December", "DATE", "2012-12"),
            ("the spring of 2014", "DATE", "2014-SP"),
            ("this Saturday", "DATE", "2012-11-17"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("the end of March", "DATE", "2013-03"),
            ("the end of November", "DATE", "2012-11"),
            ("every year", "SET", "P1Y"),
            ("2009", "DATE", "2009"),
            ("a minute", "DURATION", "PT1M"),
            ("Remembrance Day", "DATE", "2012-11-11"),
            ("Sunday morning", "TIME", "2012-11-11TMO"),
            ("10:45 a.m.", "TIME", "2012-11-11T10:45"),
            ("2015", "DATE", "2015"),
            ("Saturday, Nov. 24", "DATE", "2012-11-24"),
            ("6 p.m.", "TIME", "2012-11-24T18:00"),
            ("every year", "SET", "P1Y"),
            ("the past eight years", "DURATION", "P8Y"),
            ("Monday, Nov. 26", "DATE", "2012-11-26"),
            ("7 p.m.", "TIME", "2012-11-26T19:00"),
        ],
    ),
    # Saturday 2014-01-25 (ISO week 4), Australian (New South Wales) regional paper's website,
    # section label, headline, byline, stamp "Jan. 25, 2014, 3 a.m." (DATE and TIME), no
    # dateline, boxed sub-heads and a "KEY DATES" list. Australia Day is Sunday 2014-01-26 and
    # its public holiday Monday 2014-01-27: "the Australia Day long weekend" and "the long
    # weekend" are Saturday 25 to Monday 27 January, the ISO weekend of the Saturday,
    # 2014-W04-WE (gold_blind9, gold_blind17, gold_blind103); "Sunday's Australia Day
    # celebrations" -> "Sunday" and "Australia Day" 2014-01-26, two DATEs; "Monday's public
    # holiday" -> "Monday" 2014-01-27. Students return "on Wednesday" 2014-01-29 (headline and
    # body, twice); teachers "a day earlier, on Tuesday" -> "a day earlier" DATE 2014-01-28 with
    # the apposed "Tuesday" (gold_blind32); the shop reopens "at 8am on Tuesday"
    # 2014-01-28T08:00. Double demerits run "from 12.01am yesterday until 11.59pm on Monday":
    # "yesterday" Friday 2014-01-24 with "12.01am" 2014-01-24T00:01, "11.59pm"
    # 2014-01-27T23:59; "by 9pm last night" 2014-01-24T21:00 and 2014-01-24TNI. "the next day"
    # after "December 20" is 2013-12-21 (gold_blind90, gold_blind14). "the first week" of
    # term DURATION P1W and "the first fortnight" P2W (ordinal periods, gold_blind35,
    # gold_blind83); "three days" P3D; "14-month" P14M (adjectival). School-zone hours recur:
    # "8am", "9.30am", "2.30pm", "4pm" XXXX-XX-XXThh:mm. "since October" 2013-10 (past);
    # "this week" 2014-W04; "Thursday morning" 2014-01-23TMO; "from 9am to 1pm today" on
    # 2014-01-25; "Last year" and "2013"; "two years earlier" after "2013" -> 2011 (the
    # granularity of what it is compared with, gold_blind35); "Friday, April 11", "two weeks" P2W,
    # "mid-February" 2014-02, "Tuesday, May 13" ahead. Not annotated: "Term 1" (three times)
    # and "the summer holidays", "holidays" (school terms and holidays, gold_blind49,
    # gold_blind68), "a staff development day", "school days" (no value shape), "Years 3, 5, 7 and
    # 9" (year groups, gold_blind68), "kindergarten", "for the first time", "full-time", "40km/h",
    # "23 drivers", "14 children", "380", "96", "194", "$18 million", "$1,250", "$1,080",
    # "wirrabinbuses.com.au/school2014" (a year in a URL), "6555 2014" (a phone number holding
    # the year), "NAPLAN", "the Pacific Highway".
    "wirrabin-back-to-school-term-1": (
        "2014-01-25",
        [
            ("Wednesday", "DATE", "2014-01-29"),
            ("Jan. 25, 2014", "DATE", "2014-01-25"),
            ("3 a.m.", "TIME", "2014-01-25T03:00"),
            ("Wednesday", "DATE", "2014-01-29"),
            ("a day earlier", "DATE", "2014-01-28"),
            ("Tuesday", "DATE", "2014-01-28"),
            ("the Australia Day long weekend", "DATE", "2014-W04-WE"),
            ("14-month", "DURATION", "P14M"),
            ("October", "DATE", "2013-10"),
            ("December 20", "DATE", "2013-12-20"),
            ("the next day", "DATE", "2013-12-21"),
            ("three days", "DURATION", "P3D"),
            ("the first week", "DURATION", "P1W"),
            ("Monday, February 3", "DATE", "2014-02-03"),
            ("Wednesday", "DATE", "2014-01-29"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("9.30am", "TIME", "XXXX-XX-XXT09:30"),
            ("2.30pm", "TIME", "XXXX-XX-XXT14:30"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("the long weekend", "DATE", "2014-W04-WE"),
            ("12.01am", "TIME", "2014-01-24T00:01"),
            ("yesterday", "DATE", "2014-01-24"),
            ("11.59pm", "TIME", "2014-01-27T23:59"),
            ("Monday", "DATE", "2014-01-27"),
            ("9pm", "TIME", "2014-01-24T21:00"),
            ("last night", "TIME", "2014-01-24TNI"),
            ("Last year", "DATE", "2013"),
            ("the first fortnight", "DURATION", "P2W"),
            ("this week", "DATE", "2014-W04"),
            ("Thursday morning", "TIME", "2014-01-23TMO"),
            ("9am", "TIME", "2014-01-25T09:00"),
            ("1pm", "TIME", "2014-01-25T13:00"),
            ("today", "DATE", "2014-01-25"),
            ("Sunday", "DATE", "2014-01-26"),
            ("Australia Day", "DATE", "2014-01-26"),
            ("Monday", "DATE", "2014-01-27"),
            ("8am", "TIME", "2014-01-28T08:00"),
            ("Tuesday", "DATE", "2014-01-28"),
            ("2013", "DATE", "2013"),
            ("two years earlier", "DATE", "2011"),
            ("Friday, April 11", "DATE", "2014-04-11"),
            ("two weeks", "DURATION", "P2W"),
            ("mid-February", "DATE", "2014-02"),
            ("Tuesday, May 13", "DATE", "2014-05-13"),
        ],
    ),
    # Monday 2015-08-03 (ISO week 32), BC Day (British Columbia's first Monday of August),
    # Canadian community paper's website, section label "NEWS » WILDFIRES", headline, deck,
    # byline with the paper's name, stamps "posted Aug 3, 2015 at 11:00 AM" and "updated Aug
    # 3, 2015 at 4:20 PM" (DATE and TIME each), no dateline. "long weekend" (headline, no
    # article) and "the BC Day long weekend" are Saturday 1 to Monday 3 August, the ISO weekend
    # of the Saturday, 2015-W31-WE (gold_blind17, gold_blind103); "BC Day" (deck, and "Today's
    # BC Day fireworks") 2015-08-03, the publication day, with "Today" (possessive without the
    # "'s"). Past: spotted "at about 3:30 p.m. Friday" 2015-07-31T15:30 and 2015-07-31; jumped
    # a ridge "on Saturday evening" 2015-08-01TEV; the order "at 9:15 p.m. Saturday"
    # 2015-08-01T21:15; "until after midnight" -> "midnight" the one ending that Saturday,
    # 2015-08-01T24:00 (gold_blind103, gold_blind75); "Saturday night" 2015-08-01TNI (twice);
    # "by noon yesterday" 2015-08-02T12:00 and 2015-08-02; "worked through the night" ->
    # "the night" of Sunday, 2015-08-02TNI, the last night before a Monday-morning story.
    # Future: "Tuesday" 2015-08-04, "at least Wednesday" 2015-08-05 (deck and body), "10 a.m.
    # tomorrow" 2015-08-04T10:00 and 2015-08-04. "this morning" 2015-08-03TMO, "this
    # afternoon" 2015-08-03TAF (the story was updated at 4:20 PM). The reception centre's and
    # the updates' hours recur: "8 a.m.", "10 p.m.", "9 a.m.", "5 p.m." XXXX-XX-XXThh:mm with
    # "daily" SET P1D and "twice a day" SET P1D (gold_blind35's "twice a week" P1W). "two
    # hours" PT2H; "the next 48 hours" PT48H; "41 days" P41D; "the past week" P1W. "Last
    # month" and "the driest July" 2015-07 (the head noun only, gold_blind103); "mid-July"
    # 2015-07; "since July 3" 2015-07-03; "July 28" 2015-07-28; "until Oct. 15" 2015-10-15;
    # "Last summer" in August 2015 -> 2014-SU (only one summer can be meant while the present
    # one is under way, as gold_blind95 argued for "last autumn" in March); "since 2003"
    # 2003. Not annotated: "K51402" (a fire number), "Highway 41", "1,800 hectares", "four
    # kilometres", "36 C", "40 km/h", "2.1 millimetres", "95 firefighters", "140", "260",
    # "212", "46", "twice" (a count), "58" (an age), "until further notice" (idiomatic), "on
    # short notice", "on record", "slrd.ca/fire2015" (a year in a URL), "250-555-2003" (a
    # phone number holding 2003, beside "since 2003").
    "tamarack-creek-wildfire-evacuation": (
        "2015-08-03",
        [
            ("long weekend", "DATE", "2015-W31-WE"),
            ("at least Wednesday", "DATE", "2015-08-05"),
            ("BC Day", "DATE", "2015-08-03"),
            ("Aug 3, 2015", "DATE", "2015-08-03"),
            ("11:00 AM", "TIME", "2015-08-03T11:00"),
            ("Aug 3, 2015", "DATE", "2015-08-03"),
            ("4:20 PM", "TIME", "2015-08-03T16:20"),
            ("the BC Day long weekend", "DATE", "2015-W31-WE"),
            ("Saturday evening", "TIME", "2015-08-01TEV"),
            ("about 3:30 p.m.", "TIME", "2015-07-31T15:30"),
            ("Friday", "DATE", "2015-07-31"),
            ("this morning", "TIME", "2015-08-03TMO"),
            ("9:15 p.m.", "TIME", "2015-08-01T21:15"),
            ("Saturday", "DATE", "2015-08-01"),
            ("midnight", "TIME", "2015-08-01T24:00"),
            ("two hours", "DURATION", "PT2H"),
            ("Saturday night", "TIME", "2015-08-01TNI"),
            ("noon", "TIME", "2015-08-02T12:00"),
            ("yesterday", "DATE", "2015-08-02"),
            ("the night", "TIME", "2015-08-02TNI"),
            ("the next 48 hours", "DURATION", "PT48H"),
            ("Tuesday", "DATE", "2015-08-04"),
            ("at least Wednesday", "DATE", "2015-08-05"),
            ("2003", "DATE", "2003"),
            ("41 days", "DURATION", "P41D"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("daily", "SET", "P1D"),
            ("this afternoon", "TIME", "2015-08-03TAF"),
            ("Saturday night", "TIME", "2015-08-01TNI"),
            ("mid-July", "DATE", "2015-07"),
            ("Last summer", "DATE", "2014-SU"),
            ("10 a.m.", "TIME", "2015-08-04T10:00"),
            ("tomorrow", "DATE", "2015-08-04"),
            ("Today", "DATE", "2015-08-03"),
            ("BC Day", "DATE", "2015-08-03"),
            ("July 3", "DATE", "2015-07-03"),
            ("Oct. 15", "DATE", "2015-10-15"),
            ("Last month", "DATE", "2015-07"),
            ("July", "DATE", "2015-07"),
            ("the past week", "DURATION", "P1W"),
            ("July 28", "DATE", "2015-07-28"),
            ("twice a day", "SET", "P1D"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
        ],
    ),
    # Thursday 2013-10-24 (ISO week 43), New Zealand regional paper's website, section label,
    # headline, byline in capitals, stamp "Last updated 05:00 24/10/2013" (a TIME and a
    # day-first DATE). Labour Day 2013 is the fourth Monday of October, 2013-10-28; "Labour
    # Weekend" (headline and lead) and "the weekend" are the weekend before it, 26-27 October,
    # 2013-W43-WE (gold_blind102, gold_blind99). Ahead: "7pm tomorrow" 2013-10-25T19:00 and
    # 2013-10-25; "until 5pm tomorrow" 2013-10-25T17:00; "Saturday 26 October" one span with
    # "10.30am" that day; "9.15pm that night" -> 2013-10-26T21:15 and "that night"
    # 2013-10-26TNI, a narrative anchor on the Saturday just named (gold_blind8's "that
    # evening"); "a fine Saturday" -> "Saturday" 2013-10-26 (head noun, like "a wet July" in
    # gold_blind102);
    # "Sunday afternoon" 2013-10-27TAF; "Monday" and "Labour Day" 2013-10-28 with "9am", "4pm",
    # "11am" that day; the road closure "from 6am to 3pm on Saturday"; "Saturday morning"
    # 2013-10-26TMO; "next year's event" -> "next year" 2014; "by March" the next March,
    # 2014-03. Past: "daylight saving started last month" -> "last month" 2013-09; "last year"
    # and "Last year" 2012, whose festival "Sunday" -> "the Sunday" 2012-10-21 (Labour Day
    # 2012 being 22 October, gold_blind99), a definite day fixed by the festival like "the
    # Saturday" of a festival in gold_blind76; "the year before" after "Last year" -> 2011
    # (gold_blind76), and its festival "the Saturday" 2011-10-22 (Labour Day 2011 being 24
    # October). The shuttle recurs: "every 20 minutes" SET PT20M, "9am" and "5pm"
    # XXXX-XX-XXThh:mm, "daily" SET P1D. "eight months" P8M; "every hour" SET PT1H; "one-day"
    # P1D (adjectival); "three days" P3D; "the 1990s" 199; "now" PRESENT_REF; "up to 30
    # minutes" PT30M; "1987" and "2016" as written. Not annotated: "The 27th festival" and
    # "the 30th" (ordinals of the event), "the first one", "Weekend passes" and "day passes"
    # (adjectival, naming kinds of ticket), "a Friday night market" (a kind of market),
    # "daylight saving" (a practice, not a time), "State Highway 54", "Main St", "under-12s",
    # "52" (an age), "12,000", "140 stalls", "110", "$1.4 million", "$25", "$10", "0800 555
    # 1987" (a phone number holding 1987, beside "since ... 1987").
    "rangiwai-blossom-festival-labour-weekend": (
        "2013-10-24",
        [
            ("Labour Weekend", "DATE", "2013-W43-WE"),
            ("05:00", "TIME", "2013-10-24T05:00"),
            ("24/10/2013", "DATE", "2013-10-24"),
            ("Labour Weekend", "DATE", "2013-W43-WE"),
            ("1987", "DATE", "1987"),
            ("7pm", "TIME", "2013-10-25T19:00"),
            ("tomorrow", "DATE", "2013-10-25"),
            ("Saturday 26 October", "DATE", "2013-10-26"),
            ("10.30am", "TIME", "2013-10-26T10:30"),
            ("last month", "DATE", "2013-09"),
            ("9.15pm", "TIME", "2013-10-26T21:15"),
            ("that night", "TIME", "2013-10-26TNI"),
            ("eight months", "DURATION", "P8M"),
            ("last year", "DATE", "2012"),
            ("Last year", "DATE", "2012"),
            ("the Sunday", "DATE", "2012-10-21"),
            ("the year before", "DATE", "2011"),
            ("the Saturday", "DATE", "2011-10-22"),
            ("every hour", "SET", "PT1H"),
            ("Saturday", "DATE", "2013-10-26"),
            ("Sunday afternoon", "TIME", "2013-10-27TAF"),
            ("Monday", "DATE", "2013-10-28"),
            ("Labour Day", "DATE", "2013-10-28"),
            ("9am", "TIME", "2013-10-28T09:00"),
            ("4pm", "TIME", "2013-10-28T16:00"),
            ("11am", "TIME", "2013-10-28T11:00"),
            ("one-day", "DURATION", "P1D"),
            ("three days", "DURATION", "P3D"),
            ("the 1990s", "DATE", "199"),
            ("now", "DATE", "PRESENT_REF"),
            ("6am", "TIME", "2013-10-26T06:00"),
            ("3pm", "TIME", "2013-10-26T15:00"),
            ("Saturday", "DATE", "2013-10-26"),
            ("every 20 minutes", "SET", "PT20M"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("daily", "SET", "P1D"),
            ("the weekend", "DATE", "2013-W43-WE"),
            ("up to 30 minutes", "DURATION", "PT30M"),
            ("Saturday morning", "TIME", "2013-10-26TMO"),
            ("5pm", "TIME", "2013-10-25T17:00"),
            ("tomorrow", "DATE", "2013-10-25"),
            ("next year", "DATE", "2014"),
            ("2016", "DATE", "2016"),
            ("March", "DATE", "2014-03"),
        ],
    ),
    # Friday 2012-06-08 (ISO week 23), Australian (Victorian) regional daily, section label
    # "TRAFFIC", headline, standfirst, byline, date line "Friday, June 8, 2012" (one span with
    # its weekday), a "WHAT YOU NEED TO KNOW" box. The Queen's Birthday holiday in Victoria is
    # the second Monday of June, 2012-06-11: "long weekend" (headline), "the Queen's Birthday
    # long weekend" and the box's "this weekend" are 9-11 June, the ISO weekend of the
    # Saturday, 2012-W23-WE (gold_blind9, gold_blind102); "Monday's public holiday" -> "Monday"
    # 2012-06-11. The closure starts "from 7pm on Tuesday" 2012-06-12T19:00 and 2012-06-12
    # ("Tuesday night" in the standfirst 2012-06-12TNI; "7pm Tuesday, June 12" in the box) and
    # ends "by 6am on Saturday, June 23"; the night closure "from 8pm on Sunday, June 24, to
    # 5am the next day" -> 2012-06-24T20:00, 2012-06-24, 2012-06-25T05:00 and "the next day"
    # 2012-06-25 (anchored on the Sunday just named), confirmed by the box's "5am Monday, June
    # 25". Past: the crash "at about 4.15am on Wednesday" 2012-06-06T04:15 and 2012-06-06;
    # "shortly before 1pm" -> "1pm" 2012-06-06T13:00 ("shortly before" a signal, gold_blind13,
    # gold_blind26); "last night" 2012-06-07TNI (the information session). "for 10 days"
    # (headline and body) P10D; "almost nine hours" PT9H; "the third crash ... in 18 months"
    # -> "18 months" P18M (the period of a count, gold_blind103); "25 minutes" and "about 25
    # minutes" PT25M; "up to 20 minutes earlier each morning" -> "up to 20 minutes" PT20M (the
    # size of a shift, gold_blind95) and "each morning" SET XXXX-XX-XXTMO; "more than 20
    # years" P20Y; "every year" SET P1Y (the following "since" is anaphoric and left out).
    # "the 2011-12 state budget" -> "2011-12" FY2012, Victoria's July-June financial year
    # named by the year it ends, one span (gold_blind77's elliptical "2011-12"); "the end of
    # the financial year" the current one, FY2012 (the modifier not recorded, like "the end of
    # 1990" in gold_blind35); "for winter" in June -> "winter" 2012-WI, the southern winter of
    # the year (gold_blind68, gold_blind103). "1927", "2009", "1991" as written; "Wednesday,
    # June 13", "Saturday, June 23", "Sunday, June 24", "Monday, June 25", "Tuesday, June 12"
    # one span each. Not annotated: "summer traffic" (an adjectival season naming a kind of
    # traffic, gold_blind56), "ski traffic", "15-tonne" (a load limit), "B-double", "the
    # C145", "35km", "70km", "60 residents", "$6.4 million", "44" (an age), "1800 555 927",
    # "tallangra.vic.gov.au/gaproad2012" (a year in a URL), "like clockwork" (idiomatic), "the
    # third crash" (an ordinal count).
    "koorunga-gap-road-bridge-closure": (
        "2012-06-08",
        [
            ("10 days", "DURATION", "P10D"),
            ("long weekend", "DATE", "2012-W23-WE"),
            ("Tuesday night", "TIME", "2012-06-12TNI"),
            ("25 minutes", "DURATION", "PT25M"),
            ("Friday, June 8, 2012", "DATE", "2012-06-08"),
            ("the Queen's Birthday long weekend", "DATE", "2012-W23-WE"),
            ("7pm", "TIME", "2012-06-12T19:00"),
            ("Tuesday", "DATE", "2012-06-12"),
            ("10 days", "DURATION", "P10D"),
            ("1927", "DATE", "1927"),
            ("2009", "DATE", "2009"),
            ("about 4.15am", "TIME", "2012-06-06T04:15"),
            ("Wednesday", "DATE", "2012-06-06"),
            ("1pm", "TIME", "2012-06-06T13:00"),
            ("almost nine hours", "DURATION", "PT9H"),
            ("18 months", "DURATION", "P18M"),
            ("last night", "TIME", "2012-06-07TNI"),
            ("6am", "TIME", "2012-06-23T06:00"),
            ("Saturday, June 23", "DATE", "2012-06-23"),
            ("2011-12", "DATE", "FY2012"),
            ("the end of the financial year", "DATE", "FY2012"),
            ("winter", "DATE", "2012-WI"),
            ("about 25 minutes", "DURATION", "PT25M"),
            ("Wednesday, June 13", "DATE", "2012-06-13"),
            ("up to 20 minutes", "DURATION", "PT20M"),
            ("each morning", "SET", "XXXX-XX-XXTMO"),
            ("8pm", "TIME", "2012-06-24T20:00"),
            ("Sunday, June 24", "DATE", "2012-06-24"),
            ("5am", "TIME", "2012-06-25T05:00"),
            ("the next day", "DATE", "2012-06-25"),
            ("more than 20 years", "DURATION", "P20Y"),
            ("1991", "DATE", "1991"),
            ("every year", "SET", "P1Y"),
            ("this weekend", "DATE", "2012-W23-WE"),
            ("Monday", "DATE", "2012-06-11"),
            ("7pm", "TIME", "2012-06-12T19:00"),
            ("Tuesday, June 12", "DATE", "2012-06-12"),
            ("6am", "TIME", "2012-06-23T06:00"),
            ("Saturday, June 23", "DATE", "2012-06-23"),
            ("8pm", "TIME", "2012-06-24T20:00"),
            ("Sunday, June 24", "DATE", "2012-06-24"),
            ("5am", "TIME", "2012-06-25T05:00"),
            ("Monday, June 25", "DATE", "2012-06-25"),
        ],
    ),
    # Wednesday 2015-04-22 (ISO week 17), South African regional daily's website, section label,
    # headline, byline-and-stamp line "Zinhle Mokoena | 22 April 2015 - 06:05" (a day-first
    # DATE and a TIME), no dateline. Freedom Day, 27 April, falls on Monday 2015-04-27:
    # "Freedom Day weekend" (headline, no article) is Saturday 25 to Monday 27 April, the ISO
    # weekend of the Saturday, 2015-W17-WE (like "Family Day weekend" in gold_blind103); "closed
    # on Monday for Freedom Day" -> two DATEs 2015-04-27 (like "Monday is Family Day",
    # gold_blind103). "yesterday" Tuesday 2015-04-21, the court day, with "from 8am"
    # 2015-04-21T08:00 and "shortly after 11am" -> "11am" 2015-04-21T11:00 ("shortly after" a
    # signal, gold_blind13). The arrest "in the early hours of Saturday" one DATE span
    # 2015-04-18 (gold_blind103), "at about 2.30am on Saturday" 2015-04-18T02:30 and the DATE;
    # "On Thursday" 2015-04-16 and "through Friday night" 2015-04-17TNI (past). "next
    # Wednesday" in a Wednesday paper is seven days ahead, 2015-04-29 (gold_blind68,
    # gold_blind25); "postponed to May 6" 2015-05-06. "the afternoon of April 13" one TIME
    # span 2015-04-13TAF (like "the night of 13 January", gold_blind90); "April 9" 2015-04-09.
    # "so far in the 2014/15 financial year, which ends on June 30" -> "the 2014/15 financial
    # year" FY2015 (a South African municipality's year runs July-June and is named by the
    # year it ends, like "the current financial year, which ends on 30 June" in gold_blind21)
    # and "June 30" 2015-06-30 ahead; "in all of 2013/14" -> "2013/14" FY2014, the elliptical
    # financial year one span (gold_blind77), "all of" left out like "all of 2010" in
    # gold_blind101; "so far" is left out (gold_blind103). "this month" 2015-04
    # (twice); "since January" 2015-01; "a 2009 conviction" -> "2009" (adjectival year);
    # "sentenced to five years" P5Y (a prison term); "2010"; "March 2012" 2012-03; "four days"
    # P4D; "seven days" P7D; "a week" P1W; "less than 20 minutes" PT20M; "up to 30 years" P30Y;
    # "every night" SET XXXX-XX-XXTNI; load-shedding hours "from 6pm to 8.30pm" recur on no
    # named day, XXXX-XX-XXThh:mm (gold_blind95). Not annotated: "Stage 2" (a load-shedding
    # level), "Extension 7" (twice, a suburb), "CAS 212/4/2015" (a case number holding the
    # month and year), "046 555 2015" (a phone number holding the year), "twice", "several
    # times" (counts), "34", "29", "41", "78" (ages), "300m", "4,000 homes", "R3.4 million",
    # "R1.9 million", "17 cable thefts", "about 40 people", "on the back of".
    "bloemhoek-cable-theft-court": (
        "2015-04-22",
        [
            ("Freedom Day weekend", "DATE", "2015-W17-WE"),
            ("22 April 2015", "DATE", "2015-04-22"),
            ("06:05", "TIME", "2015-04-22T06:05"),
            ("four days", "DURATION", "P4D"),
            ("this month", "DATE", "2015-04"),
            ("yesterday", "DATE", "2015-04-21"),
            ("the early hours of Saturday", "DATE", "2015-04-18"),
            ("May 6", "DATE", "2015-05-06"),
            ("next Wednesday", "DATE", "2015-04-29"),
            ("Monday", "DATE", "2015-04-27"),
            ("Freedom Day", "DATE", "2015-04-27"),
            ("seven days", "DURATION", "P7D"),
            ("2009", "DATE", "2009"),
            ("five years", "DURATION", "P5Y"),
            ("2010", "DATE", "2010"),
            ("March 2012", "DATE", "2012-03"),
            ("a week", "DURATION", "P1W"),
            ("Thursday", "DATE", "2015-04-16"),
            ("Friday night", "TIME", "2015-04-17TNI"),
            ("about 2.30am", "TIME", "2015-04-18T02:30"),
            ("Saturday", "DATE", "2015-04-18"),
            ("April 9", "DATE", "2015-04-09"),
            ("the afternoon of April 13", "TIME", "2015-04-13TAF"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("8am", "TIME", "2015-04-21T08:00"),
            ("11am", "TIME", "2015-04-21T11:00"),
            ("less than 20 minutes", "DURATION", "PT20M"),
            ("the 2014/15 financial year", "DATE", "FY2015"),
            ("June 30", "DATE", "2015-06-30"),
            ("2013/14", "DATE", "FY2014"),
            ("January", "DATE", "2015-01"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("8.30pm", "TIME", "XXXX-XX-XXT20:30"),
            ("this month", "DATE", "2015-04"),
            ("up to 30 years", "DURATION", "P30Y"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
