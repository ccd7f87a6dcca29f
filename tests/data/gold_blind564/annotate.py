"""Annotations of blind gold set 564, chosen by hand before the tagger ran.

    python tests/data/gold_blind564/annotate.py [--show]

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
    # Monday 2000-01-31 (ISO week 5), business-section preview of a Fed meeting, news-service
    # style: section label, headline ("Starting Tomorrow"), byline, date line "Monday, January
    # 31, 2000" (one DATE span with its weekday, gold_blind32) and "WASHINGTON, Jan. 31 —"
    # dateline (the publication day, gold_blind32); "today" 2000-01-31. The meeting begins
    # "tomorrow" (headline) and "tomorrow morning" 2000-02-01 / 2000-02-01TMO; the decision
    # "on Wednesday at about 2:15 p.m." 2000-02-02 and 2000-02-02T14:15; the jobs report "due
    # Friday at 8:30 a.m." 2000-02-04 and 2000-02-04T08:30 (future). Past: "reported on
    # Friday" and "fell ... on Friday" 2000-01-28. "this week" 2000-W05, "last week" 2000-W04.
    # "last June" in January 2000 is 1999-06, then "June, August and November" 1999; "the
    # fall of 1998" 1998-FA, "the spring of 1997" 1997-SP, "the summer of 1998" 1998-SU (one
    # span each, gold_blind33). "the fourth quarter" (twice) 1999-Q4, "the third quarter"
    # 1999-Q3 (calendar quarters of the economy). "its fastest pace in nearly four years" ->
    # "nearly four years" P4Y (the period of a superlative, gold_blind23); "the third straight
    # year" DURATION P1Y (an ordinal run, like "a ninth straight month" P1M, gold_blind23);
    # "the 12 months through December" -> "the 12 months" P12M and "December" 1999-12
    # ("through" a signal, gold_blind63); "the lowest since early 1970" -> "early 1970" 1970;
    # "for weeks" -> "weeks" PXW; "since mid-January" 2000-01; "Dec. 29" 1999-12-29; "before
    # Jan. 1" 2000-01-01; "the next few months" PXM; "eight times a year" SET P1Y with the
    # count in the span (gold_blind23, gold_blind38); "semiannual testimony" SET P6M (an
    # adjectival frequency naming a recurrence, like "monthly leak surveys" in gold_blind35,
    # the period as "semiannually" P6M in gold_blind38); "the end of the year" 2000. Not
    # annotated: "the Y2K computer scare" (a name, gold_blind34), "the overnight rate" (an
    # adjective naming a kind of loan, like "Overnight lows" in gold_blind103), "an annual
    # rate" (gold_blind33), "its worst day" beyond "October", "a quarter-point", "half-point",
    # "5.75 percent", "6.1 percent", "one in five", "211.40 points", "4,000", "6.7 percent",
    # "doing 80" (a speed), "the fourth increase", "three cuts", "short-term" (an adjective
    # naming a kind of rate, gold_blind17).
    "fed-meeting-preview-rate-rise": (
        "2000-01-31",
        [
            ("Tomorrow", "DATE", "2000-02-01"),
            ("Monday, January 31, 2000", "DATE", "2000-01-31"),
            ("Jan. 31", "DATE", "2000-01-31"),
            ("nearly four years", "DURATION", "P4Y"),
            ("this week", "DATE", "2000-W05"),
            ("today", "DATE", "2000-01-31"),
            ("two-day", "DURATION", "P2D"),
            ("tomorrow morning", "TIME", "2000-02-01TMO"),
            ("Wednesday", "DATE", "2000-02-02"),
            ("about 2:15 p.m.", "TIME", "2000-02-02T14:15"),
            ("last June", "DATE", "1999-06"),
            ("June", "DATE", "1999-06"),
            ("August", "DATE", "1999-08"),
            ("November", "DATE", "1999-11"),
            ("the fall of 1998", "DATE", "1998-FA"),
            ("Friday", "DATE", "2000-01-28"),
            ("the fourth quarter", "DATE", "1999-Q4"),
            ("the third quarter", "DATE", "1999-Q3"),
            ("1999", "DATE", "1999"),
            ("the third straight year", "DURATION", "P1Y"),
            ("The fourth quarter", "DATE", "1999-Q4"),
            ("December", "DATE", "1999-12"),
            ("Jan. 1", "DATE", "2000-01-01"),
            ("Now", "DATE", "PRESENT_REF"),
            ("the next few months", "DURATION", "PXM"),
            ("November 1994", "DATE", "1994-11"),
            ("the 12 months", "DURATION", "P12M"),
            ("December", "DATE", "1999-12"),
            ("January", "DATE", "2000-01"),
            ("Friday", "DATE", "2000-02-04"),
            ("8:30 a.m.", "TIME", "2000-02-04T08:30"),
            ("early 1970", "DATE", "1970"),
            ("weeks", "DURATION", "PXW"),
            ("Friday", "DATE", "2000-01-28"),
            ("October", "DATE", "1999-10"),
            ("Dec. 29", "DATE", "1999-12-29"),
            ("mid-January", "DATE", "2000-01"),
            ("last week", "DATE", "2000-W04"),
            ("the spring of 1997", "DATE", "1997-SP"),
            ("eight times a year", "SET", "P1Y"),
            ("March 21", "DATE", "2000-03-21"),
            ("semiannual", "SET", "P6M"),
            ("mid-February", "DATE", "2000-02"),
            ("the end of the year", "DATE", "2000"),
            ("the summer of 1998", "DATE", "1998-SU"),
        ],
    ),
    # Tuesday 1998-09-15 (ISO week 38), business-section merger story, section label,
    # headline, deck ("by January", "This Year"), byline, date line "Tuesday, September 15,
    # 1998", no dateline (a New York story): "yesterday" is Monday 1998-09-14, "today"
    # 1998-09-15 with the call "at 11 a.m." that day. Past weekdays: the boards approved "late
    # Sunday" 1998-09-13 (modifier kept, gold_blind33), the closing price "on Friday"
    # 1998-09-11. The talks "stalled on Aug. 20 and resumed the next day": "the next day"
    # 1998-08-21, anchored on the date just named (gold_blind4, gold_blind32). "January"
    # (deck and body) is the next one, 1999-01; "mid-December" 1998-12; "early July", "late
    # July" 1998-07; "in March", "in June" 1998. Kestrel's fiscal year ends
    # June 30 (said in the text): "its fiscal first quarter, which ends Sept. 30" FY1999-Q1
    # plus 1998-09-30, "the second quarter" after it the company's own quarter FY1999-Q2
    # (gold_blind33), "fiscal 2000" FY2000, "fiscal 1998, which ended June 30" FY1998 plus
    # 1998-06-30, and "a year earlier" after fiscal 1998 FY1997 (the granularity of what it is
    # compared with). Ambrose keeps calendar periods: "the first half of this year" 1998-H1
    # (one span, gold_blind33). "before 2000" DATE 2000; "A year ago" 1997 (the unit's
    # granularity, gold_blind33); "a 30-day review" DURATION on the adjective; "at least six
    # months", "at least three years" and "the next 18 months" DURATIONs with their modifiers;
    # "next summer" in September is 1999-SU (gold_blind3); "every six months" SET P6M. Not
    # annotated: "since" at the end ("updated every six months since", anaphoric,
    # gold_blind33), "Switchpath 2000" (a product, in a story with "2000" and "fiscal 2000"
    # annotated), "0.62 of a Kestrel share", "$48.875", "$30.30", "$45.625", "31 percent",
    # "nearly a fifth", "$312 million", "54" (an age), "11 of the 12", "400 jobs", "14
    # million", "third acquisition", "Nasdaq trading", "a conference call".
    "kestrel-ambrose-software-merger": (
        "1998-09-15",
        [
            ("January", "DATE", "1999-01"),
            ("This Year", "DATE", "1998"),
            ("Tuesday, September 15, 1998", "DATE", "1998-09-15"),
            ("yesterday", "DATE", "1998-09-14"),
            ("late Sunday", "DATE", "1998-09-13"),
            ("early July", "DATE", "1998-07"),
            ("Aug. 20", "DATE", "1998-08-20"),
            ("the next day", "DATE", "1998-08-21"),
            ("Friday", "DATE", "1998-09-11"),
            ("January", "DATE", "1999-01"),
            ("30-day", "DURATION", "P30D"),
            ("mid-December", "DATE", "1998-12"),
            ("this year", "DATE", "1998"),
            ("March", "DATE", "1998-03"),
            ("June", "DATE", "1998-06"),
            ("yesterday", "DATE", "1998-09-14"),
            ("late July", "DATE", "1998-07"),
            ("at least six months", "DURATION", "P6M"),
            ("2000", "DATE", "2000"),
            ("A year ago", "DATE", "1997"),
            ("its fiscal first quarter", "DATE", "FY1999-Q1"),
            ("Sept. 30", "DATE", "1998-09-30"),
            ("the second quarter", "DATE", "FY1999-Q2"),
            ("fiscal 2000", "DATE", "FY2000"),
            ("fiscal 1998", "DATE", "FY1998"),
            ("June 30", "DATE", "1998-06-30"),
            ("a year earlier", "DATE", "FY1997"),
            ("1986", "DATE", "1986"),
            ("the first half of this year", "DATE", "1998-H1"),
            ("at least three years", "DURATION", "P3Y"),
            ("the next 18 months", "DURATION", "P18M"),
            ("next summer", "DATE", "1999-SU"),
            ("11 a.m.", "TIME", "1998-09-15T11:00"),
            ("today", "DATE", "1998-09-15"),
            ("1995", "DATE", "1995"),
            ("every six months", "SET", "P6M"),
        ],
    ),
    # Wednesday 1999-11-10 (ISO week 45), international business page, Japanese company's
    # half-year results, section label, headline, deck ("the Fiscal Year"), byline, date line
    # "Wednesday, November 10, 1999", "TOKYO, Nov. 10 —" dateline; "today" and "this
    # afternoon" the publication day, the close "at 3 p.m." that day. Tsurumi's fiscal year
    # ends March 31 (said in the lead): "the Fiscal Year" (deck), "the fiscal year, which ends
    # March 31" and "the full year" FY2000 (April 1999-March 2000, named by the year it ends),
    # "March 31" 2000-03-31. A fiscal half has no value shape (gold_blind63, gold_blind74), so
    # the text says "the six months to Sept. 30" -> "the six months" P6M and "Sept. 30"
    # 1999-09-30 ("to" a signal, gold_blind23, gold_blind63), "the six months" repeated P6M,
    # "a year earlier" after it the fiscal year before, FY1999 (gold_blind63); the director's
    # "the six months to March" P6M plus 2000-03 (ahead); the rival's "the six months to
    # September" P6M plus 1999-09. "on Monday" (twice) 1999-11-08, "on Tuesday" (the next
    # policy meeting, future) 1999-11-16; "this week" 1999-W45. "the spring" (the plan, past)
    # 1999-SP; "in May" 1999-05; "since late August" 1999-08; "since July" 1999-07; "since
    # February" 1999-02; "January 1996" 1996-01; "the end of March 2001" 2001-03 (one span);
    # "over three years" -> "three years" P3Y; "the October-December quarter" 1999-Q4 (a
    # quarter named by calendar months, gold_blind63); "late January" 2000-01; "the year 2000"
    # one DATE span (gold_blind35). "the New Year's weekend": New Year's Day 2000 is a
    # Saturday, so the weekend is 1-2 January 2000, the ISO week of its Saturday, 1999-W52-WE
    # (like "Family Day weekend" in gold_blind103; see README). "For two years" P2Y; "now"
    # (twice) and "Now" PRESENT_REF. Not annotated: "Y2K" (a name, gold_blind34), "on time"
    # (idiom, gold_blind103), "may be optimistic" (the verb), "a quarter of their value",
    # "one-yen", "104.60", "115 yen", "105", "1,412 yen", "two of its 14 factories", "4,000
    # jobs", "300 engineers", "its first cuts", "Kisaragi Securities" (a name), "short-term".
    "tsurumi-electric-yen-profit-halved": (
        "1999-11-10",
        [
            ("the Fiscal Year", "DATE", "FY2000"),
            ("Wednesday, November 10, 1999", "DATE", "1999-11-10"),
            ("Nov. 10", "DATE", "1999-11-10"),
            ("today", "DATE", "1999-11-10"),
            ("the six months", "DURATION", "P6M"),
            ("Sept. 30", "DATE", "1999-09-30"),
            ("the fiscal year", "DATE", "FY2000"),
            ("March 31", "DATE", "2000-03-31"),
            ("the six months", "DURATION", "P6M"),
            ("a year earlier", "DATE", "FY1999"),
            ("now", "DATE", "PRESENT_REF"),
            ("the full year", "DATE", "FY2000"),
            ("May", "DATE", "1999-05"),
            ("late August", "DATE", "1999-08"),
            ("Monday", "DATE", "1999-11-08"),
            ("January 1996", "DATE", "1996-01"),
            ("the spring", "DATE", "1999-SP"),
            ("this afternoon", "TIME", "1999-11-10TAF"),
            ("the six months", "DURATION", "P6M"),
            ("March", "DATE", "2000-03"),
            ("now", "DATE", "PRESENT_REF"),
            ("3 p.m.", "TIME", "1999-11-10T15:00"),
            ("July", "DATE", "1999-07"),
            ("the end of March 2001", "DATE", "2001-03"),
            ("three years", "DURATION", "P3Y"),
            ("1993", "DATE", "1993"),
            ("the October-December quarter", "DATE", "1999-Q4"),
            ("late January", "DATE", "2000-01"),
            ("1921", "DATE", "1921"),
            ("1997", "DATE", "1997"),
            ("the year 2000", "DATE", "2000"),
            ("the New Year's weekend", "DATE", "1999-W52-WE"),
            ("Monday", "DATE", "1999-11-08"),
            ("the six months", "DURATION", "P6M"),
            ("September", "DATE", "1999-09"),
            ("this week", "DATE", "1999-W45"),
            ("February", "DATE", "1999-02"),
            ("Tuesday", "DATE", "1999-11-16"),
            ("two years", "DURATION", "P2Y"),
            ("Now", "DATE", "PRESENT_REF"),
        ],
    ),
    # Thursday 1999-12-09 (ISO week 49), online financial news site's IPO story, section label
    # "MARKETS | IPO WATCH", headline, byline with stamp "December 9, 1999, 5:40 p.m. ET" (a
    # DATE and a TIME, the zone in the span, gold_blind38), "NEW YORK --" dateline; "today"
    # (twice) the publication day, the clock times "11:52 a.m." and "2:05 p.m." of the first
    # trading day, 1999-12-09. The price was set "on Wednesday afternoon" 1999-12-08TAF and
    # the shares sold "that evening", the evening of that Wednesday, 1999-12-08TEV (a narrative
    # anchor, like "that evening" in gold_blind8 and gold_blind26); MedRidge's trading begins
    # "on Tuesday" 1999-12-14 (future); "next week" 1999-W50. "a shaky autumn" -> "autumn"
    # 1999-FA, the head noun of a particular season (gold_blind103). "last month"
    # 1999-11; "since Thanksgiving" 1999-11-25 (the fourth Thursday of November); "this year"
    # 1999; "Christmas" 1999-12-25; "December sales" -> "December" 1999-12 (adjectival month,
    # gold_blind33); "from January through September" 1999-01 and 1999-09; "March 1997";
    # "the nine months ended Sept. 30" two TIMEX3 (gold_blind33); "Six months ago" 1999-06
    # (the unit's granularity); "since mid-October" 1999-10; "for 180 days, or until early
    # June" -> "180 days" P180D and "early June" 2000-06 (the lock-up's end, ahead); "25 days
    # after the offering, on Jan. 3" -> "25 days" P25D (anchored, gold_blind35) and 2000-01-03;
    # "after Dec. 17" 1999-12-17; "until after Jan. 1" 2000-01-01; "for 20 minutes" PT20M;
    # "the past three weeks" P3W; "a weekly list" SET P1W (an adjectival frequency,
    # gold_blind35). Not annotated: "24/7" (a phrase for "at all hours", like "around the
    # clock", gold_blind103), "1-800-555-1999" (a phone number holding 1999), "Y2K", "the
    # holidays" (gold_blind32), "the quiet period", "the 24th Internet company", "the third
    # most active", "TDWL", "$16", "$12 to $14", "$41", "$44.125", "$28.125", "3,713.80",
    # "1.8 percent", "40 percent", "70 percent", "5 million", "19 million", "230", "41",
    # "$4 million", "$11.2 million", "may not sell" (the verb).
    "tidewell-com-nasdaq-debut": (
        "1999-12-09",
        [
            ("December 9, 1999", "DATE", "1999-12-09"),
            ("5:40 p.m. ET", "TIME", "1999-12-09T17:40"),
            ("today", "DATE", "1999-12-09"),
            ("autumn", "DATE", "1999-FA"),
            ("Wednesday afternoon", "TIME", "1999-12-08TAF"),
            ("that evening", "TIME", "1999-12-08TEV"),
            ("last month", "DATE", "1999-11"),
            ("11:52 a.m.", "TIME", "1999-12-09T11:52"),
            ("20 minutes", "DURATION", "PT20M"),
            ("2:05 p.m.", "TIME", "1999-12-09T14:05"),
            ("Thanksgiving", "DATE", "1999-11-25"),
            ("weekly", "SET", "P1W"),
            ("this year", "DATE", "1999"),
            ("1998", "DATE", "1998"),
            ("the past three weeks", "DURATION", "P3W"),
            ("December", "DATE", "1999-12"),
            ("January", "DATE", "1999-01"),
            ("September", "DATE", "1999-09"),
            ("March 1997", "DATE", "1997-03"),
            ("the nine months", "DURATION", "P9M"),
            ("Sept. 30", "DATE", "1999-09-30"),
            ("Six months ago", "DATE", "1999-06"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Christmas", "DATE", "1999-12-25"),
            ("today", "DATE", "1999-12-09"),
            ("mid-October", "DATE", "1999-10"),
            ("180 days", "DURATION", "P180D"),
            ("early June", "DATE", "2000-06"),
            ("25 days", "DURATION", "P25D"),
            ("Jan. 3", "DATE", "2000-01-03"),
            ("next week", "DATE", "1999-W50"),
            ("Tuesday", "DATE", "1999-12-14"),
            ("Dec. 17", "DATE", "1999-12-17"),
            ("Jan. 1", "DATE", "2000-01-01"),
        ],
    ),
    # Friday 2000-08-18 (ISO week 33), Canadian paper's business section, inflation report,
    # section label, headline ("nine-year high") and deck in sentence case, byline, date line
    # "Friday, August 18, 2000", "OTTAWA —" dateline; "yesterday" is Thursday 2000-08-17 and
    # "at 7 a.m. yesterday" a TIME and a DATE (gold_blind103). "nine-year" (headline) and
    # "the highest in nine years" P9Y (an adjectival duration and the period of a
    # superlative, gold_blind23). "in July", "in July alone" 2000-07, "June" (twice) 2000-06,
    # "May" (twice) 2000-05, "since March" 2000-03. "over the year" -> "the year" DURATION
    # P1Y, the statistics-office twelve months (gold_blind23). "the fall" (deck and body,
    # ahead) 2000-FA; "Sept. 6" 2000-09-06; "the August numbers" -> "August" 2000-08
    # (gold_blind23); "by Thanksgiving": Canadian Thanksgiving is the second Monday of
    # October, 2000-10-09 (a holiday on the day it falls on, gold_blind103); "until January"
    # 2001-01 (across the year boundary, gold_blind35); "now" PRESENT_REF; "four consecutive
    # months" P4M (a cardinal run, gold_blind103); "until at least October" -> "at least
    # October" 2000-10 (gold_blind35); "July 1999" 1999-07; "since last winter" in August
    # 2000 is the winter of 1999-2000, 2000-WI (named by its January, gold_blind97,
    # gold_blind103); "1991"; "in September" (the customers' fill-up, ahead) 2000-09; "a year
    # ago" 1999 (the unit's granularity); "every month" SET P1M; "second-quarter" 2000-Q2
    # (adjectival, calendar); "Aug. 31" 2000-08-31; "for August" 2000-08; "on Sept. 8 at 7 a.m.
    # Eastern time" 2000-09-08 and 2000-09-08T07:00 (zone in the span); the Fed "meets on
    # Tuesday" 2000-08-22 (future). Not annotated: "annual inflation rate" (a rate's scaling,
    # gold_blind33, gold_blind38), "the core rate", "in late trading" (a trading-session
    # phrase, gold_blind63) beyond "yesterday", "1-800-555-2000" (a phone number holding
    # 2000), "3.1 per cent" and the other percentages, "0.2-per-cent", "the 2-per-cent
    # midpoint", "half a point", "$250", "67.62 cents", "a third of a cent", "600 goods", "for
    # the first time" (gold_blind35), "on record".
    "canada-inflation-gasoline-nine-year-high": (
        "2000-08-18",
        [
            ("nine-year", "DURATION", "P9Y"),
            ("the fall", "DATE", "2000-FA"),
            ("Friday, August 18, 2000", "DATE", "2000-08-18"),
            ("July", "DATE", "2000-07"),
            ("nine years", "DURATION", "P9Y"),
            ("7 a.m.", "TIME", "2000-08-17T07:00"),
            ("yesterday", "DATE", "2000-08-17"),
            ("July", "DATE", "2000-07"),
            ("June", "DATE", "2000-06"),
            ("June", "DATE", "2000-06"),
            ("the year", "DURATION", "P1Y"),
            ("May", "DATE", "2000-05"),
            ("March", "DATE", "2000-03"),
            ("May", "DATE", "2000-05"),
            ("Sept. 6", "DATE", "2000-09-06"),
            ("the fall", "DATE", "2000-FA"),
            ("August", "DATE", "2000-08"),
            ("Thanksgiving", "DATE", "2000-10-09"),
            ("January", "DATE", "2001-01"),
            ("now", "DATE", "PRESENT_REF"),
            ("four consecutive months", "DURATION", "P4M"),
            ("at least October", "DATE", "2000-10"),
            ("July 1999", "DATE", "1999-07"),
            ("last winter", "DATE", "2000-WI"),
            ("1991", "DATE", "1991"),
            ("September", "DATE", "2000-09"),
            ("a year ago", "DATE", "1999"),
            ("every month", "SET", "P1M"),
            ("yesterday", "DATE", "2000-08-17"),
            ("second-quarter", "DATE", "2000-Q2"),
            ("Aug. 31", "DATE", "2000-08-31"),
            ("August", "DATE", "2000-08"),
            ("Sept. 8", "DATE", "2000-09-08"),
            ("7 a.m. Eastern time", "TIME", "2000-09-08T07:00"),
            ("Tuesday", "DATE", "2000-08-22"),
        ],
    ),
    # Saturday 1998-12-05 (ISO week 49), Saturday paper's story on the monthly jobs report,
    # section label, headline ("28-Year Low"), deck ("in November"), byline, date line
    # "Saturday, December 5, 1998", "WASHINGTON —" dateline without date; "yesterday" is
    # Friday 1998-12-04 (also "yesterday's report"), and the report "released at 8:30 a.m."
    # that day, 1998-12-04T08:30 (the day of the event its sentence tells, gold_blind33).
    # "28-Year" (headline) and "its lowest level in 28 years" P28Y (gold_blind23); "November"
    # (deck, lead, body, the producer-price month) 1998-11 and "last month" 1998-11;
    # "October" (three times) 1998-10, "September", "August" (twice), "April", "March" 1998;
    # "early 1970" 1970; "since mid-July" 1998-07; "the most in a single month since 1984" ->
    # "a single month" DURATION P1M (the period within which the count is made, like "cut it
    # twice in a week" in gold_blind23; see README) and "1984"; "Christmas" 1998-12-25; "from
    # a year earlier" after November's earnings 1997-11 (the granularity of what it is
    # compared with, gold_blind33); "Over the past 12 months" -> "the past 12 months" P12M;
    # "For 1998 as a whole" -> "1998"; "since 1969"; "this fall" in December 1998-FA;
    # "Nov. 17", "Dec. 22", "Dec. 15", "Jan. 8" (the latter ahead, 1999-01-08); "Two months
    # ago" 1998-10 (the unit's granularity); "the first half of next year" 1999-H1 (one span);
    # "Now" PRESENT_REF. Weekly claims: "said on Thursday" 1998-12-03 (past); "the week ended
    # Nov. 28" -> "the week" 1998-W48 (the ISO week holding that Saturday) and "Nov. 28"
    # (gold_blind33). "on Friday" (future, producer prices) 1998-12-11; "December employment"
    # -> "December" 1998-12. Not annotated: "annual average" (an adjective naming a figure's
    # span, gold_blind33), "seasonally adjusted", "workweek", "on record", "the holidays"
    # (gold_blind32), "short-term", "before that" (anaphoric, like "Since then"), "last stood",
    # "three times" and "the third time" (counts of cuts; the text says "the third time on
    # Nov. 17", not "most recently on", which gold_blind14, gold_blind20, gold_blind34 and
    # gold_blind41 avoided), "a fourth cut", "4.3%", "4.3 percent", "267,000", "196,000",
    # "41,000", "190,000", "142.82 points", "9,016.14", "its highest close" beyond "mid-July",
    # "92,000", "48,000", "31,000", "4 cents", "$13.04", "2.9 million", "15,000", "298,000".
    "jobless-rate-november-28-year-low": (
        "1998-12-05",
        [
            ("28-Year", "DURATION", "P28Y"),
            ("November", "DATE", "1998-11"),
            ("Saturday, December 5, 1998", "DATE", "1998-12-05"),
            ("November", "DATE", "1998-11"),
            ("28 years", "DURATION", "P28Y"),
            ("yesterday", "DATE", "1998-12-04"),
            ("last month", "DATE", "1998-11"),
            ("October", "DATE", "1998-10"),
            ("September", "DATE", "1998-09"),
            ("August", "DATE", "1998-08"),
            ("October", "DATE", "1998-10"),
            ("April", "DATE", "1998-04"),
            ("early 1970", "DATE", "1970"),
            ("8:30 a.m.", "TIME", "1998-12-04T08:30"),
            ("mid-July", "DATE", "1998-07"),
            ("a single month", "DURATION", "P1M"),
            ("1984", "DATE", "1984"),
            ("Christmas", "DATE", "1998-12-25"),
            ("October", "DATE", "1998-10"),
            ("November", "DATE", "1998-11"),
            ("March", "DATE", "1998-03"),
            ("a year earlier", "DATE", "1997-11"),
            ("the past 12 months", "DURATION", "P12M"),
            ("1998", "DATE", "1998"),
            ("1969", "DATE", "1969"),
            ("this fall", "DATE", "1998-FA"),
            ("Nov. 17", "DATE", "1998-11-17"),
            ("Dec. 22", "DATE", "1998-12-22"),
            ("yesterday", "DATE", "1998-12-04"),
            ("August", "DATE", "1998-08"),
            ("Two months ago", "DATE", "1998-10"),
            ("the first half of next year", "DATE", "1999-H1"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Thursday", "DATE", "1998-12-03"),
            ("the week", "DATE", "1998-W48"),
            ("Nov. 28", "DATE", "1998-11-28"),
            ("November", "DATE", "1998-11"),
            ("Friday", "DATE", "1998-12-11"),
            ("Dec. 15", "DATE", "1998-12-15"),
            ("December", "DATE", "1998-12"),
            ("Jan. 8", "DATE", "1999-01-08"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
