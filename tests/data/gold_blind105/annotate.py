"""Annotations of the hundred-and-fifth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind105/annotate.py [--show]

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
    # Wednesday 2013-04-17 (ISO week 16), agency oil-market report, "OIL-" headline, bullets,
    # byline and "HALMSTEAD, April 17 (Tillerman Wire) -" dateline; "on Wednesday" is the day
    # of the wire. The headline's "nine-month low" is an adjectival duration P9M (like
    # "seven-year low", gold_blind23), "its lowest in nine months" the period of a superlative.
    # Delivery months look forward (gold_blind6, gold_blind23, gold_blind80): "Brent for June
    # delivery" and "the June contract" 2013-06, "U.S. crude for May delivery", the bullet's
    # "May U.S. crude contract" and "The May contract" 2013-05. The May contract "expires on
    # Monday" (bullet and body, future) 2013-04-22, while the delegates "said on Monday" (past)
    # 2013-04-15; "on Tuesday" (settlement, the council's forecast) 2013-04-16 and "on Tuesday
    # evening" 2013-04-16TEV. "9:40 a.m. EDT (1340 GMT)" two TIME values on the wire's day, the
    # zones in the spans and not in the values; "due at 10:30 a.m. EDT" the same day. "the
    # week to April 12" -> "the week" 2013-W15 plus "April 12" (a Friday; "to" a signal, like
    # "the week to Sunday" in gold_blind80) and "A week earlier" the ISO week before, 2013-W14.
    # "last week's losses" -> "last week" 2013-W15. "this year's high" -> "this year" 2013;
    # "its second cut in two months" -> "two months" P2M (a count of times in a period,
    # gold_blind103); "the second half" and "the second half of 2013" 2013-H2; "the first
    # quarter" 2013-Q1 (just ended), "the second quarter" 2013-Q2 (current); "this spring"
    # 2013-SP; "the Memorial Day weekend" 2013-W21-WE (Memorial Day is Monday 2013-05-27, the
    # weekend before it takes the ISO week of its Saturday, gold_blind80). "the weekly
    # inventory report" is a SET P1W (a recurring report), "every week since mid-February" SET
    # P1W plus "mid-February" 2013-02. Not annotated: "third straight session" (a trading
    # session, gold_blind23), "at the close", "their fifth weekly build in a row" (the period
    # of a figure, like "its usual monthly total" in gold_blind103), "before then"
    # (anaphoric), "the summer driving season" (a trade season with no calendar value),
    # "CLK3" (a contract code that encodes May 2013, like "MWZ4" in gold_blind80), "Gerald May"
    # (a name), "may test" (the verb), "60,000 barrels per day", prices and percentages.
    "brent-nine-month-low-stocks-data": (
        "2013-04-17",
        [
            ("nine-month", "DURATION", "P9M"),
            ("May", "DATE", "2013-05"),
            ("Monday", "DATE", "2013-04-22"),
            ("April 17", "DATE", "2013-04-17"),
            ("nine months", "DURATION", "P9M"),
            ("Wednesday", "DATE", "2013-04-17"),
            ("last week", "DATE", "2013-W15"),
            ("the coming months", "DURATION", "PXM"),
            ("June", "DATE", "2013-06"),
            ("9:40 a.m. EDT", "TIME", "2013-04-17T09:40"),
            ("1340 GMT", "TIME", "2013-04-17T13:40"),
            ("July 2012", "DATE", "2012-07"),
            ("May", "DATE", "2013-05"),
            ("May", "DATE", "2013-05"),
            ("Monday", "DATE", "2013-04-22"),
            ("the second quarter", "DATE", "2013-Q2"),
            ("this spring", "DATE", "2013-SP"),
            ("April 1", "DATE", "2013-04-01"),
            ("this year", "DATE", "2013"),
            ("Feb. 8", "DATE", "2013-02-08"),
            ("Tuesday", "DATE", "2013-04-16"),
            ("this year", "DATE", "2013"),
            ("weekly", "SET", "P1W"),
            ("10:30 a.m. EDT", "TIME", "2013-04-17T10:30"),
            ("Tuesday evening", "TIME", "2013-04-16TEV"),
            ("the week", "DATE", "2013-W15"),
            ("April 12", "DATE", "2013-04-12"),
            ("A week earlier", "DATE", "2013-W14"),
            ("every week", "SET", "P1W"),
            ("mid-February", "DATE", "2013-02"),
            ("Tuesday", "DATE", "2013-04-16"),
            ("this year", "DATE", "2013"),
            ("two months", "DURATION", "P2M"),
            ("the second half", "DATE", "2013-H2"),
            ("May 31", "DATE", "2013-05-31"),
            ("Monday", "DATE", "2013-04-15"),
            ("the first quarter", "DATE", "2013-Q1"),
            ("the Memorial Day weekend", "DATE", "2013-W21-WE"),
            ("weeks", "DURATION", "PXW"),
            ("the second half of 2013", "DATE", "2013-H2"),
            ("next week", "DATE", "2013-W17"),
            ("the end of June", "DATE", "2013-06"),
        ],
    ),
    # Monday 2012-12-10 (ISO week 50), British broadsheet's business-page preview of an
    # (invented) exporters' council meeting, headline, standfirst, byline, date line "Monday 10
    # December 2012". The meeting is "on Wednesday" (standfirst and lead) 2012-12-12, with the
    # briefing "at about 6pm local time (1500 GMT) on Wednesday" (two TIME values on that day,
    # "about" and the zones kept in the spans); "this week" 2012-W50; "over the weekend" ->
    # "the weekend" 2012-W49-WE (8-9 December); "said on Sunday" 2012-12-09; "closed ... on
    # Friday" 2012-12-07; "due tomorrow" 2012-12-11; "who arrives tonight" 2012-12-10TNI;
    # "last month" 2012-11. "agreed a year ago" 2011 (the unit's granularity, gold_blind28).
    # "for most of the year" -> "the year" 2012 ("most of" left out, gold_blind23). "in June"
    # twice is the past June, 2012-06, but "to the end of June" after "extended by six months"
    # from 31 December 2012 is 2013-06; "six months" the size of the extension, DURATION
    # (gold_blind35). "the highest monthly figure in four years" -> "four years" P4Y, the
    # period of a superlative; "monthly figure" is the period of a figure and is not annotated,
    # while "The council's monthly market report" is a recurring report, SET P1M. "The fourth
    # quarter" 2012-Q4; "in the summer" (feared, past) 2012-SU; "the first quarter will be
    # weak" 2013-Q1; "from March" 2013-03; "by the spring" 2013-SP; "late May or early June"
    # 2013-05 and 2013-06; "ministers meet twice a year" SET P1Y (like "twice a week" P1W,
    # gold_blind35); "in five months" (how long a past fall took) DURATION P5M. Not annotated:
    # "the second of their two scheduled meetings", "twelve-member", "26.5 million barrels a
    # day" and the other rates, "monthly figure", "since then", "at any time", "this time"
    # (idiomatic), "may call" (the verb), "Lake Dorran", "Brent near $107".
    "exporters-council-valmora-preview": (
        "2012-12-10",
        [
            ("Wednesday", "DATE", "2012-12-12"),
            ("Monday 10 December 2012", "DATE", "2012-12-10"),
            ("Wednesday", "DATE", "2012-12-12"),
            ("this year", "DATE", "2012"),
            ("the weekend", "DATE", "2012-W49-WE"),
            ("a year ago", "DATE", "2011"),
            ("the first half of 2013", "DATE", "2013-H1"),
            ("this week", "DATE", "2012-W50"),
            ("Sunday", "DATE", "2012-12-09"),
            ("June", "DATE", "2012-06"),
            ("nine hours", "DURATION", "PT9H"),
            ("mid-August", "DATE", "2012-08"),
            ("Friday", "DATE", "2012-12-07"),
            ("the year", "DATE", "2012"),
            ("November", "DATE", "2012-11"),
            ("October", "DATE", "2012-10"),
            ("four years", "DURATION", "P4Y"),
            ("31 December", "DATE", "2012-12-31"),
            ("June", "DATE", "2012-06"),
            ("six months", "DURATION", "P6M"),
            ("the end of June", "DATE", "2013-06"),
            ("monthly", "SET", "P1M"),
            ("tomorrow", "DATE", "2012-12-11"),
            ("next year", "DATE", "2013"),
            ("The fourth quarter", "DATE", "2012-Q4"),
            ("the summer", "DATE", "2012-SU"),
            ("the first quarter", "DATE", "2013-Q1"),
            ("March", "DATE", "2013-03"),
            ("the spring", "DATE", "2013-SP"),
            ("December 2008", "DATE", "2008-12"),
            ("five months", "DURATION", "P5M"),
            ("about 6pm local time", "TIME", "2012-12-12T18:00"),
            ("1500 GMT", "TIME", "2012-12-12T15:00"),
            ("Wednesday", "DATE", "2012-12-12"),
            ("late May", "DATE", "2013-05"),
            ("early June", "DATE", "2013-06"),
            ("twice a year", "SET", "P1Y"),
            ("tonight", "TIME", "2012-12-10TNI"),
            ("last month", "DATE", "2012-11"),
        ],
    ),
    # Friday 2014-10-24 (ISO week 43), US local paper's utility rate-case story, headline
    # ("Jan. 1"), deck ("Nov. 12"), byline "Staff Writer", date line "Friday, October 24,
    # 2014", "MILLBROOK —" dateline. The settlement was "reached Thursday" and the chairman
    # "said Thursday" 2014-10-23; the commissioners are briefed "Monday" (future) 2014-10-27;
    # the parent "reported third-quarter results Tuesday" 2014-10-21. "on Jan. 1" is the coming
    # one, 2015-01-01; "Jan. 1, 2016" and "before 2018" as written. "asked for in March" and
    # "on March 14" 2014; "6 p.m. Nov. 12" two TIMEX3, the clock time on the hearing's day;
    # "through Nov. 21" ("through" a signal); "Dec. 9" 2014-12-09. "an 11-month review"
    # adjectival DURATION P11M; "10 months" the board's time limit, DURATION. The winter tariff
    # runs "From December through February": the months of the coming winter, 2014-12 and
    # 2015-02; "will feel it in January" 2015-01. "in the last two weeks" DURATION P2W (the
    # negotiation just ended); "resets every six months" SET P6M; "third-quarter" 2014-Q3 and
    # "a year earlier" after it 2013-Q3 (gold_blind35); "this summer" 2014-SU; "one of the
    # mildest in decades" -> "decades" PXY, the period of a superlative; "early next year"
    # 2015; "in a single year" DURATION P1Y (how long a past rise took, like "tripled in three
    # years", gold_blind35). Not annotated: "using 1,000 kilowatt-hours a month", "$95 a
    # year", "$118 million a year", "in a month" (rates), "its monthly bill" (the period of a
    # sum, gold_blind94), "a winter tariff" (the kind of a tariff, like "a £130 winter rebate"
    # avoided in gold_blind94), "the holidays" (no dates, gold_blind23), "since then"
    # (anaphoric), "base-rate", "1-800-555-2015", "Case No. 2014-0317",
    # "urb.state.gov/cases/2014/0317" (numbers in an identifier and a URL), "6.8%".
    "ashgrove-power-rate-settlement": (
        "2014-10-24",
        [
            ("Jan. 1", "DATE", "2015-01-01"),
            ("Nov. 12", "DATE", "2014-11-12"),
            ("Friday, October 24, 2014", "DATE", "2014-10-24"),
            ("Jan. 1", "DATE", "2015-01-01"),
            ("Thursday", "DATE", "2014-10-23"),
            ("March", "DATE", "2014-03"),
            ("6 p.m.", "TIME", "2014-11-12T18:00"),
            ("Nov. 12", "DATE", "2014-11-12"),
            ("Nov. 21", "DATE", "2014-11-21"),
            ("Thursday", "DATE", "2014-10-23"),
            ("Monday", "DATE", "2014-10-27"),
            ("Dec. 9", "DATE", "2014-12-09"),
            ("March 14", "DATE", "2014-03-14"),
            ("2009", "DATE", "2009"),
            ("11-month", "DURATION", "P11M"),
            ("Jan. 1, 2016", "DATE", "2016-01-01"),
            ("2018", "DATE", "2018"),
            ("December", "DATE", "2014-12"),
            ("February", "DATE", "2015-02"),
            ("January", "DATE", "2015-01"),
            ("the last two weeks", "DURATION", "P2W"),
            ("every six months", "SET", "P6M"),
            ("Oct. 1", "DATE", "2014-10-01"),
            ("April", "DATE", "2015-04"),
            ("third-quarter", "DATE", "2014-Q3"),
            ("Tuesday", "DATE", "2014-10-21"),
            ("a year earlier", "DATE", "2013-Q3"),
            ("this summer", "DATE", "2014-SU"),
            ("decades", "DURATION", "PXY"),
            ("10 months", "DURATION", "P10M"),
            ("early next year", "DATE", "2015"),
            ("1982", "DATE", "1982"),
            ("a single year", "DURATION", "P1Y"),
            ("Nov. 12", "DATE", "2014-11-12"),
        ],
    ),
    # Tuesday 2015-03-10 (ISO week 11), US refining trade daily, masthead line "Volume 34 /
    # Issue 47 / Tuesday, March 10, 2015" (the date one DATE span; volume and issue numbers not
    # annotated), headline, deck, byline, "PORT KEELING, Texas —" dateline. The fire was on
    # Saturday 2015-03-07: the headline's attributive "Saturday fire" is a DATE like a
    # possessive weekday; "on Saturday night" 2015-03-07TNI; "about 11:40 p.m. CST Saturday"
    # two TIMEX3 (clock time 2015-03-07T23:40 and the day; "about" kept, the zone in the span).
    # US daylight time began on Sunday 2015-03-08, so the later clock times are CDT:
    # "6:05 a.m. CDT today" 2015-03-10T06:05, "2:15 p.m. CDT Monday" 2015-03-09T14:15. "the
    # company said Sunday", "early Sunday" (DATE, like "early Friday" in gold_blind103) 2015-03-08;
    # "Sunday afternoon" 2015-03-08TAF; "on Monday", "said Monday afternoon" 2015-03-09. The
    # restart: "into next week" 2015-W12, "no earlier than March 17" -> "March 17", "until at
    # least next Tuesday" -> "at least next Tuesday" 2015-03-17 (the modifier kept, as "at least
    # Wednesday" in gold_blind103). Durations: "within 90 minutes" PT90M, "a 45-day planned
    # turnaround" P45D, "for up to 72 hours" PT72H, the filing's "at least one week" P1W, "a
    # 30-hour shutdown" PT30H, "for 19 days" P19D, "two days later than planned" P2D (the size
    # of a delay, gold_blind35), "its widest premium ... in two months" P2M (the period of a
    # superlative). "update customers daily" SET P1D. "The April RBOB futures contract" 2015-04
    # (forward). "first-quarter results on April 30" 2015-Q1 and 2015-04-30; "the fourth
    # quarter" 2014-Q4 and "a year earlier" 2013-Q4. Not annotated: "spring maintenance" (a
    # refinery operation, like "spring planting" in gold_blind80), "summer-grade gasoline" (a
    # product grade), "planned turnaround" beyond "45-day", "around the clock", "Crude Unit 2",
    # "Crude Unit 1", "140,000 b/d", "24-inch", "GULFWARD REFINING DAILY" (a title),
    # "713-555-1958", "94 percent", "until the crude unit restarts" (event-named).
    "port-keeling-crude-unit-fire-restart": (
        "2015-03-10",
        [
            ("Tuesday, March 10, 2015", "DATE", "2015-03-10"),
            ("next week", "DATE", "2015-W12"),
            ("Saturday", "DATE", "2015-03-07"),
            ("March 17", "DATE", "2015-03-17"),
            ("at least next Tuesday", "DATE", "2015-03-17"),
            ("Saturday night", "TIME", "2015-03-07TNI"),
            ("about 11:40 p.m. CST", "TIME", "2015-03-07T23:40"),
            ("Saturday", "DATE", "2015-03-07"),
            ("90 minutes", "DURATION", "PT90M"),
            ("Sunday", "DATE", "2015-03-08"),
            ("Jan. 28", "DATE", "2015-01-28"),
            ("45-day", "DURATION", "P45D"),
            ("Monday", "DATE", "2015-03-09"),
            ("up to 72 hours", "DURATION", "PT72H"),
            ("6:05 a.m. CDT", "TIME", "2015-03-10T06:05"),
            ("today", "DATE", "2015-03-10"),
            ("at least one week", "DURATION", "P1W"),
            ("early Sunday", "DATE", "2015-03-08"),
            ("Monday afternoon", "TIME", "2015-03-09TAF"),
            ("daily", "SET", "P1D"),
            ("Monday", "DATE", "2015-03-09"),
            ("April", "DATE", "2015-04"),
            ("two months", "DURATION", "P2M"),
            ("2:15 p.m. CDT", "TIME", "2015-03-09T14:15"),
            ("Monday", "DATE", "2015-03-09"),
            ("30-hour", "DURATION", "PT30H"),
            ("May 1", "DATE", "2015-05-01"),
            ("1958", "DATE", "1958"),
            ("2011", "DATE", "2011"),
            ("August 2013", "DATE", "2013-08"),
            ("19 days", "DURATION", "P19D"),
            ("two days", "DURATION", "P2D"),
            ("Sunday afternoon", "TIME", "2015-03-08TAF"),
            ("this week", "DATE", "2015-W11"),
            ("first-quarter", "DATE", "2015-Q1"),
            ("April 30", "DATE", "2015-04-30"),
            ("the fourth quarter", "DATE", "2014-Q4"),
            ("a year earlier", "DATE", "2013-Q4"),
        ],
    ),
    # Thursday 2012-11-15 (ISO week 46), energy-markets website's weekly gas storage story,
    # headline, stamp "Nov 15, 2012 | 12:47 PM EST" (a DATE and a TIME, gold_blind38), byline.
    # The office "said on Thursday" (the day of the stamp); "the week ended Nov. 9" -> "the
    # week" 2012-W45 plus "Nov. 9" (a Friday; "ended" a signal, gold_blind33); "the same week
    # last year" one span, 2011-W45 (gold_blind22, gold_blind80), and "above a year earlier"
    # after the week's stocks the same week, 2011-W45 (the granularity of what it is compared
    # with). "its weekly report" SET P1W; "every Thursday at 10:30 a.m. Eastern time" a SET
    # XXXX-WXX-4 and the hour of the recurring release XXXX-XX-XXT10:30 (gold_blind94). The
    # "five-year average" (twice) is "five-year" P5Y, "average" left out (gold_blind80).
    # "last winter" (December 2011-February 2012) 2012-WI and "this winter" 2013-WI, a winter
    # taking the year of its January (gold_blind94, gold_blind103); "the warmest in more than
    # 50 years" P50Y (the period of a superlative); "at the end of March" after last winter is
    # 2012-03, "by the end of March" ahead 2013-03. "December futures", the headline's
    # "December futures" and "how cold December and January get" 2012-12 and 2013-01. "traded
    # on Wednesday" 2012-11-14; "Dec. 2, 2011" as written; "A month ago" 2012-10 (the unit's
    # granularity); "through Thanksgiving next week" -> "Thanksgiving" 2012-11-22 (the fourth
    # Thursday of November) and "next week" 2012-W47; "next week's report" 2012-W47; "a day
    # early" DURATION P1D (the size of a shift, like "a day later than usual"); "on Wednesday,
    # Nov. 21" one DATE span; "at noon EST" 2012-11-21T12:00. Not annotated: "The front-month
    # contract" (see README), "the heating season" and "an injection season" (trade seasons
    # with no calendar value, like "this season" in gold_blind103), "the holiday" (it names no
    # date; its day, "Thanksgiving", is annotated), "then" (anaphoric), "65.4 bcf a day",
    # "bcf" figures, "$3.823", "20 percent".
    "gas-storage-first-draw-cold-snap": (
        "2012-11-15",
        [
            ("December", "DATE", "2012-12"),
            ("Nov 15, 2012", "DATE", "2012-11-15"),
            ("12:47 PM EST", "TIME", "2012-11-15T12:47"),
            ("the week", "DATE", "2012-W45"),
            ("Nov. 9", "DATE", "2012-11-09"),
            ("Thursday", "DATE", "2012-11-15"),
            ("weekly", "SET", "P1W"),
            ("10:30 a.m. EST", "TIME", "2012-11-15T10:30"),
            ("the same week last year", "DATE", "2011-W45"),
            ("five-year", "DURATION", "P5Y"),
            ("a year earlier", "DATE", "2011-W45"),
            ("five-year", "DURATION", "P5Y"),
            ("last winter", "DATE", "2012-WI"),
            ("more than 50 years", "DURATION", "P50Y"),
            ("the end of March", "DATE", "2012-03"),
            ("late November", "DATE", "2012-11"),
            ("December", "DATE", "2012-12"),
            ("11:15 a.m. EST", "TIME", "2012-11-15T11:15"),
            ("Oct. 1", "DATE", "2012-10-01"),
            ("Wednesday", "DATE", "2012-11-14"),
            ("Dec. 2, 2011", "DATE", "2011-12-02"),
            ("A month ago", "DATE", "2012-10"),
            ("Now", "DATE", "PRESENT_REF"),
            ("December", "DATE", "2012-12"),
            ("January", "DATE", "2013-01"),
            ("Thanksgiving", "DATE", "2012-11-22"),
            ("next week", "DATE", "2012-W47"),
            ("early December", "DATE", "2012-12"),
            ("this winter", "DATE", "2013-WI"),
            ("the end of March", "DATE", "2013-03"),
            ("next week", "DATE", "2012-W47"),
            ("a day", "DURATION", "P1D"),
            ("Wednesday, Nov. 21", "DATE", "2012-11-21"),
            ("noon EST", "TIME", "2012-11-21T12:00"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
            ("10:30 a.m. Eastern time", "TIME", "XXXX-XX-XXT10:30"),
            ("2000", "DATE", "2000"),
        ],
    ),
    # Saturday 2014-03-29 (ISO week 13), British regional paper's power-station closure story,
    # headline, standfirst, byline, date line "Saturday 29 March 2014". The owner "confirmed
    # yesterday" 2014-03-28; staff were told "on Thursday afternoon" 2014-03-27TAF, "it still
    # hit hard on Thursday" 2014-03-27; the council meets "on Wednesday" 2014-04-02 and letters
    # go out "from Monday" 2014-03-31 (future). The closure: "close on 31 March 2015"; "next
    # March" (standfirst and quote) 2015-03; "the end of the first quarter of next year" one
    # DATE span 2015-Q1 (like "the end of 1990" taking the year's value, gold_blind35); the
    # last unit "at 11pm on 30 March" 2015-03-30T23:00 and 2015-03-30, "the next day" anchored
    # on it, 2015-03-31. "in the autumn" 2014-FA; "through the winter" 2015-WI (the winter of
    # 2014-15, gold_blind94). Durations: "almost half a century" P50Y, "over the coming year"
    # P1Y and "over the next 12 months" P12M (see README), "the 20,000 operating hours"
    # PT20000H (the determiner kept, the relative clause left out; see README), "for six
    # years" P6Y, "up to three years" P3Y, "For its first 30 years" -> "its first 30 years"
    # P30Y (an ordinal period of an event, like "its first 100 days", gold_blind14). "the
    # 1980s" 198; "last year" 2013;
    # "in January" 2014-01 (past); "a jobs fair is planned for May" 2014-05; "every summer
    # since 1990" SET XXXX-SU plus 1990; "this year" 2014; "A week ago" 2014-W12; "Now"
    # PRESENT_REF. Not annotated: "this day" ("this day was coming", the closing day named
    # anaphorically), "for the last time", "around the clock", "peak demand", "At its peak",
    # "five million tonnes of coal a year" and "£4m a year" (rates), "Units 1 and 2",
    # "1,960-megawatt", "0800 555 2015", the ages "58" and "71", "190 jobs", "260 staff".
    "carrick-moss-power-station-closure": (
        "2014-03-29",
        [
            ("1967", "DATE", "1967"),
            ("next March", "DATE", "2015-03"),
            ("the coming year", "DURATION", "P1Y"),
            ("Saturday 29 March 2014", "DATE", "2014-03-29"),
            ("almost half a century", "DURATION", "P50Y"),
            ("31 March 2015", "DATE", "2015-03-31"),
            ("yesterday", "DATE", "2014-03-28"),
            ("Thursday afternoon", "TIME", "2014-03-27TAF"),
            ("the end of the first quarter of next year", "DATE", "2015-Q1"),
            ("the 20,000 operating hours", "DURATION", "PT20000H"),
            ("2008", "DATE", "2008"),
            ("six years", "DURATION", "P6Y"),
            ("Thursday", "DATE", "2014-03-27"),
            ("the autumn", "DATE", "2014-FA"),
            ("the winter", "DATE", "2015-WI"),
            ("11pm", "TIME", "2015-03-30T23:00"),
            ("30 March", "DATE", "2015-03-30"),
            ("the next day", "DATE", "2015-03-31"),
            ("the next 12 months", "DURATION", "P12M"),
            ("up to three years", "DURATION", "P3Y"),
            ("2018", "DATE", "2018"),
            ("1967", "DATE", "1967"),
            ("the 1980s", "DATE", "198"),
            ("its first 30 years", "DURATION", "P30Y"),
            ("2012", "DATE", "2012"),
            ("last year", "DATE", "2013"),
            ("January", "DATE", "2014-01"),
            ("2017", "DATE", "2017"),
            ("Wednesday", "DATE", "2014-04-02"),
            ("next March", "DATE", "2015-03"),
            ("Monday", "DATE", "2014-03-31"),
            ("May", "DATE", "2014-05"),
            ("every summer", "SET", "XXXX-SU"),
            ("1990", "DATE", "1990"),
            ("this year", "DATE", "2014"),
            ("A week ago", "DATE", "2014-W12"),
            ("Now", "DATE", "PRESENT_REF"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
