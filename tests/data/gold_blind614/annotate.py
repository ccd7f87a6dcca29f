"""Annotations of blind gold set 614, chosen by hand before the tagger ran.

    python tests/data/gold_blind614/annotate.py [--show]

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
    # Thursday 1999-12-30 (ISO week 52 of 1999), US network evening news, programme title,
    # header "Show: 6:30 PM ET, Thursday, December 30, 1999" (a TIME with its zone in the span
    # and a one-span DATE with the weekday, gold_blind30), "Transcript #99123001" (an
    # identifier holding 991230, not annotated). "a little more than a day" DURATION P1D (the
    # modifier kept, not recorded); "the year 2000" one DATE span (gold_blind35). "early
    # tomorrow" DATE 1999-12-31 (like "early Friday", gold_blind103). "When it is midnight in
    # New Zealand, it will be 6 a.m. here on the East Coast and 3 a.m. in California": three
    # local clock times of one instant, each keeping its local value (gold_blind20,
    # gold_blind30): "midnight" is the midnight ending New Zealand's 31 December,
    # 1999-12-31T24:00 (gold_blind17, gold_blind103), "6 a.m." 1999-12-31T06:00 and "3 a.m."
    # 1999-12-31T03:00; the place phrases stay out of the spans (gold_blind46). "noon tomorrow"
    # and "8 p.m. tomorrow" two TIMEX3 each; "8 a.m. Saturday" 2000-01-01T08:00 and
    # 2000-01-01. Future: "through Sunday" 2000-01-02, "Monday, January 3" one span 2000-01-03,
    # "3 p.m. tomorrow", "11:30 Eastern tomorrow night" 1999-12-31T23:30 and 1999-12-31TNI.
    # Past: "until September" 1999-09, "since October" 1999-10, "December 18" 1999-12-18 and
    # "the next day" 1999-12-19 (anchored on it, gold_blind4), "Last night" 1999-12-29TNI,
    # "since Monday" 1999-12-27. "earlier this week" 1999-W52; "the same week last year" one
    # span 1998-W52 (gold_blind22); "the weekend" 1999-W52-WE: Saturday 1 January 2000 lies
    # in ISO week 52 of 1999. "New Year's Eve schedules" -> "New Year's Eve" 1999-12-31, like
    # "the New Year's Eve fireworks" (gold_blind17). "nine hours before the fireworks" PT9H
    # (an anchored duration alone, gold_blind35). "Ten years ago" 1989 (the unit's
    # granularity); "the spring of 1997" one span; "the 1970s" 197; "now" PRESENT_REF; "this
    # Thursday" in the sign-off the broadcast day (gold_blind30). Not annotated: "Y2K" (four
    # times, the name of a software problem, gold_blind34), "2000: The World Arrives" (a
    # programme title holding a year), "1-888-555-2000", "around the clock", "happy new year"
    # (a greeting), "Good evening", "Good night", "$8 billion", "$40 million", "40,000
    # calls", "by a third", "the fourth" (drill), "the fireworks", "CBN EVENING NEWS".
    "cbn-evening-news-y2k-countdown": (
        "1999-12-30",
        [
            ("6:30 PM ET", "TIME", "1999-12-30T18:30"),
            ("Thursday, December 30, 1999", "DATE", "1999-12-30"),
            ("a little more than a day", "DURATION", "P1D"),
            ("the year 2000", "DATE", "2000"),
            ("tonight", "TIME", "1999-12-30TNI"),
            ("the past three years", "DURATION", "P3Y"),
            ("early tomorrow", "DATE", "1999-12-31"),
            ("midnight", "TIME", "1999-12-31T24:00"),
            ("6 a.m.", "TIME", "1999-12-31T06:00"),
            ("3 a.m.", "TIME", "1999-12-31T03:00"),
            ("September", "DATE", "1999-09"),
            ("noon", "TIME", "1999-12-31T12:00"),
            ("tomorrow", "DATE", "1999-12-31"),
            ("every three hours", "SET", "PT3H"),
            ("Sunday", "DATE", "2000-01-02"),
            ("this morning", "TIME", "1999-12-30TMO"),
            ("October", "DATE", "1999-10"),
            ("1996", "DATE", "1996"),
            ("now", "DATE", "PRESENT_REF"),
            ("the 1970s", "DATE", "197"),
            ("Monday, January 3", "DATE", "2000-01-03"),
            ("8 p.m.", "TIME", "1999-12-31T20:00"),
            ("tomorrow", "DATE", "1999-12-31"),
            ("8 a.m.", "TIME", "2000-01-01T08:00"),
            ("Saturday", "DATE", "2000-01-01"),
            ("December 18", "DATE", "1999-12-18"),
            ("the next day", "DATE", "1999-12-19"),
            ("the spring of 1997", "DATE", "1997-SP"),
            ("Ten years ago", "DATE", "1989"),
            ("New Year's Eve", "DATE", "1999-12-31"),
            ("earlier this week", "DATE", "1999-W52"),
            ("3 p.m.", "TIME", "1999-12-31T15:00"),
            ("tomorrow", "DATE", "1999-12-31"),
            ("nine hours", "DURATION", "PT9H"),
            ("Last night", "TIME", "1999-12-29TNI"),
            ("this afternoon", "TIME", "1999-12-30TAF"),
            ("Monday", "DATE", "1999-12-27"),
            ("the same week last year", "DATE", "1998-W52"),
            ("this Thursday", "DATE", "1999-12-30"),
            ("11:30 Eastern", "TIME", "1999-12-31T23:30"),
            ("tomorrow night", "TIME", "1999-12-31TNI"),
            ("the weekend", "DATE", "1999-W52-WE"),
        ],
    ),
    # Wednesday 1998-03-18 (ISO week 12), US public-radio afternoon newsmagazine, station and
    # programme title ("DAY'S END", a title naming a part of day, not annotated), "Air date:
    # Wednesday, March 18, 1998" one DATE span and "Segment 3, 5:14 p.m. ET" a TIME
    # (gold_blind48). The contract "expires at 12:01 a.m. Friday": 1998-03-20T00:01 and
    # 1998-03-20. "a few hours ago" TIME PAST_REF, like "a few minutes ago" (gold_blind30; see
    # README). "eight o'clock tonight" 1998-03-18T20:00 and TNI; "since 10 o'clock this
    # morning" two TIMEX3; "until nearly midnight last night" -> "nearly midnight" the midnight
    # ending Tuesday, 1998-03-17T24:00 (approximator kept, gold_blind103), and "last night"
    # 1998-03-17TNI. Past weekdays: "Monday's session" and "said Monday" 1998-03-16, "voted
    # Sunday" 1998-03-15; "yesterday's St. Patrick's Day parade" -> "yesterday" and "St.
    # Patrick's Day" both 1998-03-17. Future: "Thursday afternoon" 1998-03-19TAF, "Friday
    # morning" 1998-03-20TMO, "later this week" 1998-W12 (gold_blind19, gold_blind53); "Last
    # week" 1998-W11. "the fiscal year that begins July 1" -> "the fiscal year" FY1999 (named
    # by the year it ends, gold_blind35, gold_blind8) and "July 1" 1998-07-01; "the first of
    # them in January" 1999-01 (the nearest January ahead); "until June" 1998-06. "the past 26
    # months" P26M, "the next two years" P2Y, "a two-year deal" P2Y, "14 hours" PT14H, "19 days"
    # P19D, "11 years" P11Y; "November 3, 1986"; "In '86" DATE 1986 with the apostrophe in the
    # span (gold_blind65). A rider's habit "every morning at 6:15": SET XXXX-XX-XXTMO and TIME
    # XXXX-XX-XXT06:15 (gold_blind22, gold_blind46). The time check "It's 5:22" 17:22 and "the
    # top of the hour" after it 18:00 (gold_blind30). Not annotated: "about a dollar an hour"
    # and "$14.60 an hour" (rates of pay), "Local 234", "Route 47", "the 47", "2,910 to 212",
    # "4 percent", "2 percent", "$40 million", "58" (an age), "four miles each way", "as long
    # as it takes", "www.bata-transit.org/strike98" (a web address holding a year), "WBRY".
    "cpr-days-end-brayton-transit-strike-deadline": (
        "1998-03-18",
        [
            ("Wednesday, March 18, 1998", "DATE", "1998-03-18"),
            ("5:14 p.m. ET", "TIME", "1998-03-18T17:14"),
            ("12:01 a.m.", "TIME", "1998-03-20T00:01"),
            ("Friday", "DATE", "1998-03-20"),
            ("a few hours ago", "TIME", "PAST_REF"),
            ("eight o'clock", "TIME", "1998-03-18T20:00"),
            ("tonight", "TIME", "1998-03-18TNI"),
            ("10 o'clock", "TIME", "1998-03-18T10:00"),
            ("this morning", "TIME", "1998-03-18TMO"),
            ("nearly midnight", "TIME", "1998-03-17T24:00"),
            ("last night", "TIME", "1998-03-17TNI"),
            ("Monday", "DATE", "1998-03-16"),
            ("14 hours", "DURATION", "PT14H"),
            ("Sunday", "DATE", "1998-03-15"),
            ("yesterday", "DATE", "1998-03-17"),
            ("St. Patrick's Day", "DATE", "1998-03-17"),
            ("the past 26 months", "DURATION", "P26M"),
            ("the next two years", "DURATION", "P2Y"),
            ("the fiscal year", "DATE", "FY1999"),
            ("July 1", "DATE", "1998-07-01"),
            ("two-year", "DURATION", "P2Y"),
            ("January", "DATE", "1999-01"),
            ("June", "DATE", "1998-06"),
            ("Thursday afternoon", "TIME", "1998-03-19TAF"),
            ("November 3, 1986", "DATE", "1986-11-03"),
            ("19 days", "DURATION", "P19D"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("6:15", "TIME", "XXXX-XX-XXT06:15"),
            ("11 years", "DURATION", "P11Y"),
            ("'86", "DATE", "1986"),
            ("Monday", "DATE", "1998-03-16"),
            ("Friday morning", "TIME", "1998-03-20TMO"),
            ("later this week", "DATE", "1998-W12"),
            ("Last week", "DATE", "1998-W11"),
            ("5:22", "TIME", "1998-03-18T17:22"),
            ("the top of the hour", "TIME", "1998-03-18T18:00"),
        ],
    ),
    # Sunday 2000-07-16 (ISO week 28), US 24-hour news channel's live breaking-news coverage,
    # channel and programme title ("NNC SUNDAY LIVE", a Sunday programme on a Sunday, not
    # annotated), headline, "Aired July 16, 2000 - 11:00 a.m. ET" (a DATE and a TIME,
    # gold_blind30), rush-transcript disclaimer ("MAY", not annotated). "It's 11 o'clock in the
    # East, 10 o'clock in Texas": two TIMEs of one instant, each its local value, 11:00 and
    # 10:00, the place phrases out of the spans (gold_blind46). "Right now" PRESENT_REF;
    # "overnight" the night begun on Saturday evening, 2000-07-15TNI (gold_blind48); "a few
    # hours ago" TIME PAST_REF (see README). "about 1:40 a.m. Central time" 2000-07-16T01:40
    # (zone and approximator kept, gold_blind7) and "2:40 Eastern" 2000-07-16T02:40; "the 5
    # a.m. count" -> "5 a.m." (an adjectival clock time, gold_blind22); "more than three
    # hours' head start" -> "more than three hours" PT3H. Past: "on Friday" 2000-07-14,
    # "Saturday afternoon" 2000-07-15TAF, "about 4 o'clock this morning" and "About three
    # o'clock this morning" (04:00 and 03:00, Central, the morning fixing the half of the day),
    # "since 6 a.m.", "since January" 2000-01, "since last year" 1999. Future: "until at
    # least Tuesday" -> "at least Tuesday" 2000-07-18 (gold_blind19), "tonight" 2000-07-16TNI,
    # "this afternoon" TAF, the news conference "at noon Central, 1 p.m. Eastern" 12:00 and
    # 13:00 (zone words kept), "the top of the hour" 2000-07-16T12:00 (Eastern, the anchor's
    # clock). "60 years" P60Y (a sentence), "a 1993 armed robbery" DATE 1993, "since 1996";
    # "the next 24 hours" PT24H; "two-hour shifts" PT2H; "March 1991", "11 days", "30 years";
    # "now" ("On the phone with us now") PRESENT_REF; "a few minutes ago" TIME PAST_REF;
    # "every half hour" SET PT30M. Not annotated: "a white 1994 pickup truck" (a model year,
    # gold_blind16), "1-800-555-0716" (a phone number whose end reads like 07/16, the
    # broadcast day), "NNC Weekend Report" (a title), "Interstate 20", "Highway 59", "41", "29"
    # (ages), "101 degrees", "about 60 officers", "$25,000", "a mile", "Breaking News".
    "nnc-sunday-live-caddo-ridge-escape": (
        "2000-07-16",
        [
            ("July 16, 2000", "DATE", "2000-07-16"),
            ("11:00 a.m. ET", "TIME", "2000-07-16T11:00"),
            ("11 o'clock", "TIME", "2000-07-16T11:00"),
            ("10 o'clock", "TIME", "2000-07-16T10:00"),
            ("Right now", "DATE", "PRESENT_REF"),
            ("overnight", "TIME", "2000-07-15TNI"),
            ("a few hours ago", "TIME", "PAST_REF"),
            ("about 1:40 a.m. Central time", "TIME", "2000-07-16T01:40"),
            ("2:40 Eastern", "TIME", "2000-07-16T02:40"),
            ("5 a.m.", "TIME", "2000-07-16T05:00"),
            ("more than three hours", "DURATION", "PT3H"),
            ("60 years", "DURATION", "P60Y"),
            ("1993", "DATE", "1993"),
            ("Friday", "DATE", "2000-07-14"),
            ("1996", "DATE", "1996"),
            ("Saturday afternoon", "TIME", "2000-07-15TAF"),
            ("about 4 o'clock", "TIME", "2000-07-16T04:00"),
            ("this morning", "TIME", "2000-07-16TMO"),
            ("6 a.m.", "TIME", "2000-07-16T06:00"),
            ("at least Tuesday", "DATE", "2000-07-18"),
            ("the next 24 hours", "DURATION", "PT24H"),
            ("this afternoon", "TIME", "2000-07-16TAF"),
            ("two-hour", "DURATION", "PT2H"),
            ("March 1991", "DATE", "1991-03"),
            ("11 days", "DURATION", "P11D"),
            ("January", "DATE", "2000-01"),
            ("last year", "DATE", "1999"),
            ("now", "DATE", "PRESENT_REF"),
            ("30 years", "DURATION", "P30Y"),
            ("About three o'clock", "TIME", "2000-07-16T03:00"),
            ("this morning", "TIME", "2000-07-16TMO"),
            ("tonight", "TIME", "2000-07-16TNI"),
            ("noon Central", "TIME", "2000-07-16T12:00"),
            ("1 p.m. Eastern", "TIME", "2000-07-16T13:00"),
            ("a few minutes ago", "TIME", "PAST_REF"),
            ("every half hour", "SET", "PT30M"),
            ("the top of the hour", "TIME", "2000-07-16T12:00"),
        ],
    ),
    # Saturday 1998-09-12 (ISO week 37), British international radio service's current-affairs
    # programme, service and programme title, header "Saturday 12 September 1998, 1705 GMT"
    # (one-span DATE and a TIME, gold_blind30, gold_blind48). Varnia is three hours ahead of
    # GMT: "1800 local time, 1500 GMT" two TIMEs (gold_blind30), and the correspondent's "5am
    # this morning" and "by midday" are local, 05:00 and 12:00 ("midday" T12:00, gold_blind11).
    # "the first time since 1962" -> "1962"; "overnight" (results expected) the coming night
    # 1998-09-12TNI; "by Tuesday" 1998-09-15; "3 October" and "1 October" the nearest ahead;
    # "hours before the doors opened" -> "hours" PTXH (gold_blind2, gold_blind6); "almost two
    # hours" PT2H; "19 years" P19Y; "over the past fortnight" -> "the past fortnight" P2W
    # (gold_blind9); "On Thursday" 1998-09-10 and "on Wednesday" 1998-09-09 past; "May 1995";
    # "a five-year term" P5Y. Keldor's rate rise "this afternoon" 1998-09-12TAF, "the second
    # increase in a month" -> "a month" P1M (the period of an ordinal count, gold_blind103);
    # "the second quarter" 1998-Q2 and "a year earlier" after it 1997-Q2 (gold_blind35,
    # gold_blind48); "since mid-August" 1998-08; "the early 1990s" 199. The ferry: "Friday
    # night" 1998-09-11TNI, "early this morning" 1998-09-12TMO, "built in 1979", "twice a
    # week" SET P1W, "until Monday" 1998-09-14, "Last weekend" in a Saturday broadcast the one
    # before, 1998-W36-WE (gold_blind30's "last weekend"). The time check "1719 Greenwich Mean
    # Time" one TIME span with the zone written out (gold_blind7, gold_blind48); "tomorrow at
    # 1705 GMT" 1998-09-13 and 1998-09-13T17:05; "the top of the hour" 1998-09-12T18:00. Not
    # annotated: "World Focus" (twice), "7325 kilohertz", "60 per cent", "14 per cent", "1.8
    # per cent", "a fifth", "more than 300 passengers", "four crossings", "the first time".
    "grs-world-focus-varnia-election": (
        "1998-09-12",
        [
            ("Saturday 12 September 1998", "DATE", "1998-09-12"),
            ("1705 GMT", "TIME", "1998-09-12T17:05"),
            ("1962", "DATE", "1962"),
            ("1800 local time", "TIME", "1998-09-12T18:00"),
            ("1500 GMT", "TIME", "1998-09-12T15:00"),
            ("overnight", "TIME", "1998-09-12TNI"),
            ("Tuesday", "DATE", "1998-09-15"),
            ("3 October", "DATE", "1998-10-03"),
            ("5am", "TIME", "1998-09-12T05:00"),
            ("this morning", "TIME", "1998-09-12TMO"),
            ("hours", "DURATION", "PTXH"),
            ("midday", "TIME", "1998-09-12T12:00"),
            ("almost two hours", "DURATION", "PT2H"),
            ("19 years", "DURATION", "P19Y"),
            ("the past fortnight", "DURATION", "P2W"),
            ("Thursday", "DATE", "1998-09-10"),
            ("Wednesday", "DATE", "1998-09-09"),
            ("May 1995", "DATE", "1995-05"),
            ("five-year", "DURATION", "P5Y"),
            ("1 October", "DATE", "1998-10-01"),
            ("this afternoon", "TIME", "1998-09-12TAF"),
            ("a month", "DURATION", "P1M"),
            ("the second quarter", "DATE", "1998-Q2"),
            ("a year earlier", "DATE", "1997-Q2"),
            ("mid-August", "DATE", "1998-08"),
            ("the early 1990s", "DATE", "199"),
            ("Friday night", "TIME", "1998-09-11TNI"),
            ("early this morning", "TIME", "1998-09-12TMO"),
            ("1979", "DATE", "1979"),
            ("twice a week", "SET", "P1W"),
            ("Monday", "DATE", "1998-09-14"),
            ("Last weekend", "DATE", "1998-W36-WE"),
            ("1719 Greenwich Mean Time", "TIME", "1998-09-12T17:19"),
            ("tomorrow", "DATE", "1998-09-13"),
            ("1705 GMT", "TIME", "1998-09-13T17:05"),
            ("the top of the hour", "TIME", "1998-09-12T18:00"),
        ],
    ),
    # Monday 2000-10-09 (ISO week 41), Canadian national TV late newscast, network and
    # programme title, "Broadcast: Monday, October 9, 2000, 10:00 p.m. ET" (one-span DATE and a
    # TIME), "[Closed-caption transcript]". Thanksgiving in Canada is the second Monday of
    # October, 2000-10-09: "Thanksgiving Monday" and "this Thanksgiving Monday" are DATE spans
    # of the holiday with its weekday (see README). "the end of the long weekend" one span
    # 2000-W40-WE, the ISO week of its Saturday (gold_blind103), the modifier unrecorded.
    # The ferry: "2:40 p.m. Pacific time" and "5:40 Eastern" two local TIMEs (gold_blind7),
    # "by 7 o'clock" 19:00 Pacific (the evening of the story), "tonight" twice 2000-10-09TNI,
    # "6:30 tomorrow morning" 2000-10-10T06:30 and
    # 2000-10-10TMO, "since noon"; "built in 1981"; "three weeks ago" 2000-W38 (the unit's
    # granularity, gold_blind30); "until Thursday" 2000-10-12; "every evening" SET
    # XXXX-XX-XXTEV ("until then" anaphoric, left out). "since Friday" 2000-10-06; "the same
    # weekend last year" one span 1999-W40-WE (the weekend of Saturday 9 October 1999,
    # gold_blind62). Ottawa: "on Wednesday at 2 p.m. Eastern, 3:30 in Newfoundland"
    # 2000-10-11, 14:00 and 15:30 (Newfoundland local; the place phrase out of the span);
    # "the fiscal year that ended March 31" FY2000 and 2000-03-31 (the federal April-March
    # year named by the year it ends); "next Monday, October 16" in a Monday broadcast seven
    # days ahead, two DATEs 2000-10-16 (gold_blind30); "this fall" 2000-FA. Calgary: "this
    # morning" TMO, "since 1985", "at 8 a.m." 08:00 local, "by Wednesday". "on Saturday
    # night" 2000-10-07TNI. Sign-off: "Wednesday's economic statement" -> "Wednesday",
    # "1:30 Eastern" 2000-10-11T13:30 (the afternoon of a 2 p.m. statement). Not annotated:
    # "THE NATION TONIGHT" / "The Nation Tonight" (a title), "winter tires" (a kind),
    # "coastalferries.bc.ca/2000/status" (a web address holding a year), "mid-crossing",
    # "the third in a row", "1-3" and "4-2" (a record and a score), "11 people", "14", "15
    # centimetres", "12 degrees", "$14.6 billion", "Good evening", "Good night", "until then".
    "dtn-the-nation-tonight-thanksgiving-ferry": (
        "2000-10-09",
        [
            ("Monday, October 9, 2000", "DATE", "2000-10-09"),
            ("10:00 p.m. ET", "TIME", "2000-10-09T22:00"),
            ("Thanksgiving Monday", "DATE", "2000-10-09"),
            ("tonight", "TIME", "2000-10-09TNI"),
            ("2:40 p.m. Pacific time", "TIME", "2000-10-09T14:40"),
            ("5:40 Eastern", "TIME", "2000-10-09T17:40"),
            ("7 o'clock", "TIME", "2000-10-09T19:00"),
            ("tonight", "TIME", "2000-10-09TNI"),
            ("6:30", "TIME", "2000-10-10T06:30"),
            ("tomorrow morning", "TIME", "2000-10-10TMO"),
            ("noon", "TIME", "2000-10-09T12:00"),
            ("the end of the long weekend", "DATE", "2000-W40-WE"),
            ("1981", "DATE", "1981"),
            ("three weeks ago", "DATE", "2000-W38"),
            ("Thursday", "DATE", "2000-10-12"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("Friday", "DATE", "2000-10-06"),
            ("the same weekend last year", "DATE", "1999-W40-WE"),
            ("Wednesday", "DATE", "2000-10-11"),
            ("2 p.m. Eastern", "TIME", "2000-10-11T14:00"),
            ("3:30", "TIME", "2000-10-11T15:30"),
            ("the fiscal year", "DATE", "FY2000"),
            ("March 31", "DATE", "2000-03-31"),
            ("next Monday", "DATE", "2000-10-16"),
            ("October 16", "DATE", "2000-10-16"),
            ("this fall", "DATE", "2000-FA"),
            ("this morning", "TIME", "2000-10-09TMO"),
            ("1985", "DATE", "1985"),
            ("8 a.m.", "TIME", "2000-10-09T08:00"),
            ("Wednesday", "DATE", "2000-10-11"),
            ("Saturday night", "TIME", "2000-10-07TNI"),
            ("this Thanksgiving Monday", "DATE", "2000-10-09"),
            ("Wednesday", "DATE", "2000-10-11"),
            ("1:30 Eastern", "TIME", "2000-10-11T13:30"),
        ],
    ),
    # Tuesday 1999-11-02 (ISO week 44), Australian public-radio breakfast current-affairs
    # programme, service and programme title ("DAYBREAK" / "Daybreak", a title naming a part
    # of day, not annotated), header "Tuesday, 2 November 1999   08:00 AEDT" (DATE and TIME).
    # Melbourne Cup Day is the first Tuesday of November, 1999-11-02 (a holiday on its day,
    # gold_blind83). Daylight saving began in New South Wales and Victoria on Sunday 31
    # October 1999; Queensland and Western Australia had none, so "6am Eastern Summer Time,
    # that's 5am in Brisbane and 3am in Perth" is one instant in three local values, 06:00,
    # 05:00 and 03:00 (zone words kept in the first span, places out); "an hour behind
    # Sydney" -> "an hour" PT1H (the size of a shift, gold_blind44); "daylight saving" names
    # a clock regime and is not annotated (like "British Summer Time", gold_blind44).
    # "late last night" and "last night" 1999-11-01TNI, "about 11 o'clock last night"
    # 1999-11-01T23:00; "suspended on Friday" 1999-10-29; "for three weeks" P3W; "15
    # October" 1999-10-15; "the 1998-99 financial year" one span FY1999 and "this financial
    # year" FY2000 (the July-June year named by the year it ends, gold_blind49, gold_blind69);
    # "in August" 1999-08; "in 1987"; "now" and "Now" PRESENT_REF; "within a fortnight" P2W;
    # "Friday week" DATE 1999-11-12, the Friday of next week (see README); "the next few
    # days" PXD; "the end of the month" 1999-11; "before Christmas" 1999-12-25. "the 7.15 to
    # Townsville this morning" -> "7.15" 1999-11-02T07:15 (a flight named by its departure
    # time, like "the 6.30am ferry", gold_blind22) and "this morning"; "since half past five"
    # 05:30 (gold_blind76); "maybe Thursday" 1999-11-04; "12 years" P12Y; "later this week"
    # 1999-W44. The Cup "starts at 3.20 this afternoon in Melbourne, 2.20 in Brisbane":
    # 15:20 and 14:20 with "this afternoon" TAF; "this year's betting" -> "this year" 1999;
    # "since 1990". Time check "18 minutes past eight" 08:18 (gold_blind48); "this Tuesday"
    # the broadcast day; "half past eight" 08:30. Not annotated: "Bantam 340" (an aircraft
    # model), "the Cup", "$14 million", "1,400 staff", "23", "the first creditors' meeting",
    # "the last pay run", "The timing", "the heaviest", "Good morning".
    "apr-daybreak-coral-air-collapse": (
        "1999-11-02",
        [
            ("Tuesday, 2 November 1999", "DATE", "1999-11-02"),
            ("08:00 AEDT", "TIME", "1999-11-02T08:00"),
            ("Melbourne Cup Day", "DATE", "1999-11-02"),
            ("this morning", "TIME", "1999-11-02TMO"),
            ("late last night", "TIME", "1999-11-01TNI"),
            ("6am Eastern Summer Time", "TIME", "1999-11-02T06:00"),
            ("5am", "TIME", "1999-11-02T05:00"),
            ("3am", "TIME", "1999-11-02T03:00"),
            ("Friday", "DATE", "1999-10-29"),
            ("about 11 o'clock", "TIME", "1999-11-01T23:00"),
            ("last night", "TIME", "1999-11-01TNI"),
            ("three weeks", "DURATION", "P3W"),
            ("15 October", "DATE", "1999-10-15"),
            ("the 1998-99 financial year", "DATE", "FY1999"),
            ("August", "DATE", "1999-08"),
            ("this financial year", "DATE", "FY2000"),
            ("1987", "DATE", "1987"),
            ("now", "DATE", "PRESENT_REF"),
            ("a fortnight", "DURATION", "P2W"),
            ("Friday week", "DATE", "1999-11-12"),
            ("the next few days", "DURATION", "PXD"),
            ("the end of the month", "DATE", "1999-11"),
            ("Christmas", "DATE", "1999-12-25"),
            ("7.15", "TIME", "1999-11-02T07:15"),
            ("this morning", "TIME", "1999-11-02TMO"),
            ("half past five", "TIME", "1999-11-02T05:30"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Thursday", "DATE", "1999-11-04"),
            ("12 years", "DURATION", "P12Y"),
            ("Sunday", "DATE", "1999-10-31"),
            ("an hour", "DURATION", "PT1H"),
            ("later this week", "DATE", "1999-W44"),
            ("3.20", "TIME", "1999-11-02T15:20"),
            ("this afternoon", "TIME", "1999-11-02TAF"),
            ("2.20", "TIME", "1999-11-02T14:20"),
            ("this year", "DATE", "1999"),
            ("1990", "DATE", "1990"),
            ("18 minutes past eight", "TIME", "1999-11-02T08:18"),
            ("this Tuesday", "DATE", "1999-11-02"),
            ("half past eight", "TIME", "1999-11-02T08:30"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
