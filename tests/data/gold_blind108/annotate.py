"""Annotations of the hundred-and-eighth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind108/annotate.py [--show]

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
    # Monday 2012-06-25 (ISO week 26), Australian metropolitan paper's website, visa-rule story,
    # stamp "June 25, 2012 - 3:00AM" (one DATE and one TIME). The rules take effect on Sunday
    # 2012-07-01 (headline "starts Sunday", "Sunday, July 1" one span, "July 1", "8am on
    # Sunday"); "before midnight on Saturday" is the midnight ending Saturday 2012-06-30,
    # T24:00 (gold_blind88, gold_blind103). Two Saturdays by tense: "the 2011-12 financial
    # year, which ends on Saturday" 2012-06-30 (future) and "Mr Crowe said on Saturday"
    # 2012-06-23 (past); the hearing "on Friday" 2012-06-29 ahead, "said on Thursday"
    # 2012-06-21. The Australian financial year runs July-June and is named by the year it
    # ends: "the 2012-13 financial year" FY2013 and "the start of" it keeps its value (a start
    # of a year takes the year, gold_blind51); "the 2011-12 financial year" FY2012 and "a year
    # earlier" after it FY2011. "a year less than under the current rules" is the size of a
    # difference, DURATION P1Y (gold_blind31's "three days longer"); "within days" -> "days"
    # PXD; "this winter" is the southern winter of 2012, 2012-WI (gold_blind88, gold_blind103).
    # The hotline's hours recur: "from 8am to 8pm every day" -> two XXXX-XX-XXThh:mm and the
    # SET P1D (gold_blind103). "six-month" (headline) and "four-week" adjectival DURATIONs.
    # Not annotated: "subclass 423", "$455", "$900", "1300 555 196", "form 1423", "the
    # Migration Amendment (Regional Trades) Regulation 2012" (a year in a regulation's name,
    # gold_blind88), "the current rules", "The season" (a ski season, no calendar unit),
    # "first resort" / "last resort", "twice".
    "regional-trades-visa-changes": (
        "2012-06-25",
        [
            ("Sunday", "DATE", "2012-07-01"),
            ("six-month", "DURATION", "P6M"),
            ("June 25, 2012", "DATE", "2012-06-25"),
            ("3:00AM", "TIME", "2012-06-25T03:00"),
            ("at least four weeks", "DURATION", "P4W"),
            ("Sunday, July 1", "DATE", "2012-07-01"),
            ("March", "DATE", "2012-03"),
            ("1996", "DATE", "1996"),
            ("July 1", "DATE", "2012-07-01"),
            ("the start of the 2012-13 financial year", "DATE", "FY2013"),
            ("midnight", "TIME", "2012-06-30T24:00"),
            ("Saturday", "DATE", "2012-06-30"),
            ("six months", "DURATION", "P6M"),
            ("December 31", "DATE", "2012-12-31"),
            ("every six months", "SET", "P6M"),
            ("up to three years", "DURATION", "P3Y"),
            ("up to four years", "DURATION", "P4Y"),
            ("a year", "DURATION", "P1Y"),
            ("two years", "DURATION", "P2Y"),
            ("the 2011-12 financial year", "DATE", "FY2012"),
            ("Saturday", "DATE", "2012-06-30"),
            ("a year earlier", "DATE", "FY2011"),
            ("Saturday", "DATE", "2012-06-23"),
            ("the past decade", "DURATION", "P10Y"),
            ("recent years", "DATE", "PAST_REF"),
            ("last week", "DATE", "2012-W25"),
            ("more than 18 months", "DURATION", "P18M"),
            ("Friday", "DATE", "2012-06-29"),
            ("the end of August", "DATE", "2012-08"),
            ("Thursday", "DATE", "2012-06-21"),
            ("four-week", "DURATION", "P4W"),
            ("days", "DURATION", "PXD"),
            ("this winter", "DATE", "2012-WI"),
            ("8am", "TIME", "2012-07-01T08:00"),
            ("Sunday", "DATE", "2012-07-01"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("every day", "SET", "P1D"),
            ("the end of July", "DATE", "2012-07"),
        ],
    ),
    # Wednesday 2013-04-17 (ISO week 16), US metropolitan paper's website, deportation court
    # story, stamp "Published 6:48 pm, Wednesday, April 17, 2013" (a TIME and one DATE span).
    # The stay came "on Tuesday night" 2013-04-16TNI, "at about 9:40 p.m. Tuesday" (two
    # TIMEX3), and "yesterday" is that Tuesday; the flight was set for "7:15 a.m. Thursday",
    # 2013-04-18 (the coming Thursday, from both the story's past and the publication day).
    # "hours before flight" (headline) is an anchored vague duration, PTXH. Officers told the
    # family "on Monday" 2013-04-15; "asked ... on Wednesday" is the publication day;
    # "Friday, April 26" one span. "last September" 2012-09 and "January" 2013-01 past; "next
    # month" 2013-05. The US federal fiscal year runs October-September: "fiscal 2012, which
    # ended Sept. 30" FY2012 plus 2012-09-30 (gold_blind35, gold_blind51). "a 2004
    # conviction" adjectival year; "20-minute" adjectival DURATION; "his employer of 11 years"
    # DURATION P11Y; "after 10 years of continuous residence" anchored DURATION; "before
    # Congress breaks for the summer" -> "the summer" 2013-SU. Not annotated: "34", "6", "31",
    # "12" (ages), "Interstate 580", "40 miles", "case No. 13-70214", "three-judge", "409,800",
    # "www.helpforrafael.org/1985" (beside the annotated "1985"), "May" in "May no other
    # family" (the verb, beside "May 17" and "May 14"), "last-minute", "while the case is
    # pending".
    "ortiz-medina-deportation-stay": (
        "2013-04-17",
        [
            ("hours", "DURATION", "PTXH"),
            ("6:48 pm", "TIME", "2013-04-17T18:48"),
            ("Wednesday, April 17, 2013", "DATE", "2013-04-17"),
            ("Tuesday night", "TIME", "2013-04-16TNI"),
            ("7:15 a.m.", "TIME", "2013-04-18T07:15"),
            ("Thursday", "DATE", "2013-04-18"),
            ("30 days", "DURATION", "P30D"),
            ("1985", "DATE", "1985"),
            ("the early 1990s", "DATE", "199"),
            ("last September", "DATE", "2012-09"),
            ("seven months", "DURATION", "P7M"),
            ("January", "DATE", "2013-01"),
            ("2004", "DATE", "2004"),
            ("90 days", "DURATION", "P90D"),
            ("March 29", "DATE", "2013-03-29"),
            ("Monday", "DATE", "2013-04-15"),
            ("this week", "DATE", "2013-W16"),
            ("about 9:40 p.m.", "TIME", "2013-04-16T21:40"),
            ("Tuesday", "DATE", "2013-04-16"),
            ("May 17", "DATE", "2013-05-17"),
            ("May 14", "DATE", "2013-05-14"),
            ("a few hours", "DURATION", "PTXH"),
            ("yesterday", "DATE", "2013-04-16"),
            ("next month", "DATE", "2013-05"),
            ("20-minute", "DURATION", "PT20M"),
            ("11 years", "DURATION", "P11Y"),
            ("Friday, April 26", "DATE", "2013-04-26"),
            ("Wednesday", "DATE", "2013-04-17"),
            ("this afternoon", "TIME", "2013-04-17TAF"),
            ("fiscal 2012", "DATE", "FY2012"),
            ("Sept. 30", "DATE", "2012-09-30"),
            ("this year", "DATE", "2013"),
            ("recent months", "DATE", "PAST_REF"),
            ("every two weeks", "SET", "P2W"),
            ("last week", "DATE", "2013-W15"),
            ("10 years", "DURATION", "P10Y"),
            ("the summer", "DATE", "2013-SU"),
            ("this year", "DATE", "2013"),
        ],
    ),
    # Thursday 2013-11-28 (ISO week 48), British daily's website, quarterly asylum statistics,
    # date line "Thursday 28 November 2013 10.31 GMT" (one DATE, one TIME, the zone in the span).
    # "the year ending September" (standfirst) and "the year ending September 2013" are two
    # TIMEX3 each, "the year" DURATION P1Y and the month it ends in, "ending" a signal, like
    # "the 12 months through October" (gold_blind51) and "the three months to October"
    # (gold_blind23); "the 12 months" after it P12M. "a year earlier" after that stretch takes
    # the year, 2012, as after "the three months to October" (gold_blind23). "the third
    # quarter" and anaphoric "the quarter" 2013-Q3; "the same quarter of 2012" one span 2012-Q3;
    # "year-on-year" after the quarter 2012-Q3 (gold_blind18, gold_blind38). "the end of
    # September" / "the end of June" the month (gold_blind51); "July to September" two DATEs,
    # a range annotated at its ends (gold_blind103). "every quarter since the start of 2012":
    # a SET P3M and "the start of 2012" 2012. "surviving on £36.95 in weekly support" ->
    # "weekly" SET P1W (a recurring payment, like "weekly strike benefits", gold_blind35);
    # "The next quarterly release" -> "quarterly" SET P3M (a recurring publication, like
    # "quarterly inflation report", gold_blind51). "the first 12 months" (of a claim) an
    # ordinal period, DURATION P12M. "by January" 2014-01, "the end of 2014" 2014, "next month"
    # 2013-12, "the spring" ahead in November 2014-SP. Not annotated: "the highest annual
    # total", "The annual total", "the lowest quarterly figure" (periods of figures, like "its
    # usual monthly total" in gold_blind103), "on record", "longer than that", "the
    # Nationality, Immigration and Asylum Act 2002" (a year in a statute's short title, beside
    # the annotated "2002", gold_blind88), "section 82", "table as_01", "table dt_03", "Rachel
    # May" (a name), "9%", "14%", "38%", "33%", "£36.95", "24,310", "22,305", "6,702".
    "home-office-asylum-figures-rise": (
        "2013-11-28",
        [
            ("the year", "DURATION", "P1Y"),
            ("September", "DATE", "2013-09"),
            ("2008", "DATE", "2008"),
            ("Thursday 28 November 2013", "DATE", "2013-11-28"),
            ("10.31 GMT", "TIME", "2013-11-28T10:31"),
            ("the year", "DURATION", "P1Y"),
            ("September 2013", "DATE", "2013-09"),
            ("this morning", "TIME", "2013-11-28TMO"),
            ("more than six months", "DURATION", "P6M"),
            ("the 12 months", "DURATION", "P12M"),
            ("a year earlier", "DATE", "2012"),
            ("the third quarter", "DATE", "2013-Q3"),
            ("the same quarter of 2012", "DATE", "2012-Q3"),
            ("2002", "DATE", "2002"),
            ("2008", "DATE", "2008"),
            ("the past three years", "DURATION", "P3Y"),
            ("six months", "DURATION", "P6M"),
            ("the end of September", "DATE", "2013-09"),
            ("the end of June", "DATE", "2013-06"),
            ("the quarter", "DATE", "2013-Q3"),
            ("year-on-year", "DATE", "2012-Q3"),
            ("every quarter", "SET", "P3M"),
            ("the start of 2012", "DATE", "2012"),
            ("more than a year", "DURATION", "P1Y"),
            ("the first 12 months", "DURATION", "P12M"),
            ("weekly", "SET", "P1W"),
            ("yesterday", "DATE", "2013-11-27"),
            ("January", "DATE", "2014-01"),
            ("six months", "DURATION", "P6M"),
            ("the end of 2014", "DATE", "2014"),
            ("July", "DATE", "2013-07"),
            ("September", "DATE", "2013-09"),
            ("30 September", "DATE", "2013-09-30"),
            ("October", "DATE", "2013-10"),
            ("next month", "DATE", "2013-12"),
            ("quarterly", "SET", "P3M"),
            ("Thursday 27 February", "DATE", "2014-02-27"),
            ("the spring", "DATE", "2014-SP"),
        ],
    ),
    # Sunday 2014-08-10 (ISO week 32), agency wire on a migrant boat rescue, "SELVANA, Italy,
    # Aug 10 (Tidewire) -" dateline (the wire's only date). Italy keeps CEST
    # (UTC+2) in August: "11:40 p.m. local time (2140 GMT) on Friday" is two TIMEs for one
    # instant on Friday 2014-08-08 plus the weekday (gold_blind14, gold_blind15). The rescue
    # narrative runs back from the publication day: "the early hours of Sunday" one DATE span
    # 2014-08-10 (gold_blind103), "about 4 a.m. on Saturday" 2014-08-09, the departure on
    # "Wednesday night" 2014-08-06TNI, the engine failure "Thursday afternoon" 2014-08-07TAF and
    # "the following morning" anchored on it, 2014-08-08TMO; the minister "said on Thursday"
    # 2014-08-07. Ahead: ferries "on Monday" 2014-08-11 and "on Tuesday" 2014-08-12, calm
    # weather "until Wednesday" 2014-08-13 (so the story holds both Wednesdays), the strike
    # "for Aug 14". "on Sunday" and "tonight" are the wire's own day. "since January" 2014-01,
    # "in 2013", "last October" 2013-10, "from November" 2014-11, "every week since June" a
    # SET and 2014-06; "published ... every month" SET P1M. Not annotated: "412", "20 metres",
    # "90 nautical miles", "108,000", "43,000", "287", "100 million euros", "so far", "250",
    # "900", "300", "200", "120 miles", "the 28 European Union states", "may" (the verb),
    # "Mare Aperto", the reporting credit.
    "selvana-fishing-boat-rescue": (
        "2014-08-10",
        [
            ("Aug 10", "DATE", "2014-08-10"),
            ("almost two days", "DURATION", "P2D"),
            ("the early hours of Sunday", "DATE", "2014-08-10"),
            ("11:40 p.m. local time", "TIME", "2014-08-08T23:40"),
            ("2140 GMT", "TIME", "2014-08-08T21:40"),
            ("Friday", "DATE", "2014-08-08"),
            ("about 4 a.m.", "TIME", "2014-08-09T04:00"),
            ("Saturday", "DATE", "2014-08-09"),
            ("more than nine hours", "DURATION", "PT9H"),
            ("Wednesday night", "TIME", "2014-08-06TNI"),
            ("three days", "DURATION", "P3D"),
            ("Thursday afternoon", "TIME", "2014-08-07TAF"),
            ("the following morning", "TIME", "2014-08-08TMO"),
            ("48 hours", "DURATION", "PT48H"),
            ("Sunday morning", "TIME", "2014-08-10TMO"),
            ("tonight", "TIME", "2014-08-10TNI"),
            ("this month", "DATE", "2014-08"),
            ("January", "DATE", "2014-01"),
            ("2013", "DATE", "2013"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("last October", "DATE", "2013-10"),
            ("Thursday", "DATE", "2014-08-07"),
            ("the coming months", "DURATION", "PXM"),
            ("November", "DATE", "2014-11"),
            ("the past week", "DURATION", "P1W"),
            ("every week", "SET", "P1W"),
            ("June", "DATE", "2014-06"),
            ("Monday", "DATE", "2014-08-11"),
            ("Tuesday", "DATE", "2014-08-12"),
            ("Sunday", "DATE", "2014-08-10"),
            ("Saturday evening", "TIME", "2014-08-09TEV"),
            ("Wednesday", "DATE", "2014-08-13"),
            ("Aug 14", "DATE", "2014-08-14"),
            ("every month", "SET", "P1M"),
        ],
    ),
    # Tuesday 2014-10-21 (ISO week 43), British regional daily's website, inspection report on
    # an immigration removal centre, stamp "First published Tuesday 21st October 2014 in News"
    # (one DATE span with the ordinal day). "19 months" (headline and body) and "Nineteen
    # months" DURATION P19M; "June" (standfirst and body) the month of the visit, 2014-06;
    # "three-day" adjectival DURATION. The lock-in recurs: "from 9.30pm to 8am every night"
    # -> two XXXX-XX-XXThh:mm and the SET (gold_blind103); "every morning" XXXX-XX-XXTMO,
    # "every weekend" XXXX-WXX-WE (gold_blind56). "in the six months before the visit" an
    # anchored DURATION P6M; "the first six months of the year" one DATE span 2014-H1, like
    # "the first six months of 2023" (gold_blind). "yesterday" Monday 2014-10-20; the protest
    # "on Thursday" 2014-10-23; "said on Sunday" 2014-10-19; "since last Tuesday" in a Tuesday
    # paper is the Tuesday of the previous week, 2014-10-14 (gold_blind4's "last Tuesday"),
    # which is also the most recent Tuesday before the Sunday it was said. "Christmas"
    # 2014-12-25; "a contract that runs until March 2017" 2017-03; "the previous summer" after
    # "January 2012" is the summer before it, 2011-SU. Not annotated: "the night-time lock-in"
    # (an adjective naming a kind, like "Overnight lows", gold_blind103), "the shortest time
    # possible", "The average length", "11 detainees", "376 men", "a third", "47
    # recommendations", "C Wing", "four wings", "14 men", "01865 555 2011" (beside the annotated
    # "2011"), "A MAN".
    "ashby-fen-removal-centre-inspection": (
        "2014-10-21",
        [
            ("19 months", "DURATION", "P19M"),
            ("June", "DATE", "2014-06"),
            ("Tuesday 21st October 2014", "DATE", "2014-10-21"),
            ("19 months", "DURATION", "P19M"),
            ("today", "DATE", "2014-10-21"),
            ("three-day", "DURATION", "P3D"),
            ("June", "DATE", "2014-06"),
            ("more than a year", "DURATION", "P1Y"),
            ("41 days", "DURATION", "P41D"),
            ("29 days", "DURATION", "P29D"),
            ("2011", "DATE", "2011"),
            ("9.30pm", "TIME", "XXXX-XX-XXT21:30"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("last year", "DATE", "2013"),
            ("24 hours", "DURATION", "PT24H"),
            ("the six months", "DURATION", "P6M"),
            ("five days", "DURATION", "P5D"),
            ("the first six months of the year", "DATE", "2014-H1"),
            ("2013", "DATE", "2013"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("1998", "DATE", "1998"),
            ("March 2017", "DATE", "2017-03"),
            ("yesterday", "DATE", "2014-10-20"),
            ("Christmas", "DATE", "2014-12-25"),
            ("60 days", "DURATION", "P60D"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("Thursday", "DATE", "2014-10-23"),
            ("Sunday", "DATE", "2014-10-19"),
            ("last Tuesday", "DATE", "2014-10-14"),
            ("this week", "DATE", "2014-W43"),
            ("Nineteen months", "DURATION", "P19M"),
            ("more than 28 days", "DURATION", "P28D"),
            ("two years", "DURATION", "P2Y"),
            ("January 2012", "DATE", "2012-01"),
            ("the previous summer", "DATE", "2011-SU"),
        ],
    ),
    # Friday 2015-09-25 (ISO week 39), European broadcaster's English website, border closure
    # and reopening, stamp "Date 25.09.2015" (day.month.year, one DATE span). Korvenia keeps
    # CEST (UTC+2): the crossing was sealed "at midnight on Monday (2200 UTC)"; the gloss names
    # no other day and the 54 hours confirm it (see README), so "midnight" is the one ending
    # Monday, 2015-09-21T24:00, and "2200 UTC" 2015-09-21T22:00. It reopened "at 6 a.m. local
    # time (0400 UTC) on Thursday" 2015-09-24; "After 54 hours of closure" (standfirst) and
    # "more than two days" measure the same stretch. Past: "Tuesday night" 2015-09-22TNI,
    # "Wednesday afternoon" 2015-09-23TAF, "Thursday evening" twice 2015-09-24TEV, "on Sunday
    # alone" 2015-09-20, "summoned ... on Tuesday" 2015-09-22, "suspended since Monday"
    # 2015-09-21; ahead: "on Saturday" 2015-09-26, "next Wednesday" the Wednesday of the
    # following week, 2015-09-30, "this weekend" 2015-W39-WE. The nightly closure recurs:
    # "every night" (headline and body) and "each night" SET XXXX-XX-XXTNI, "from 10 p.m. to
    # 6 a.m." two XXXX-XX-XXThh:mm (gold_blind103). "until at least the end of October" ->
    # "at least the end of October" 2015-10, the modifiers in the span (gold_blind35's "at
    # least March"); "before winter" said in September -> "winter" 2016-WI, the winter of
    # 2015-16 taking the year of its January (gold_blind103's "The winter ahead"); "the
    # summer" 2015-SU; "the largest movement ... in two decades" the period of a superlative,
    # P20Y; "the start of August" the month 2015-08; "twice a day" SET P1D with the count in
    # the span (gold_blind35's "twice a week"). Not annotated: "6,300", "7 degrees Celsius",
    # "12,000 meals", "the E73 motorway", "20 kilometres", "4,000", "170,000", "9,000",
    # "3-metre", "one border down", "may" (the verb), "mup.kv/granica2015" (a URL holding a
    # year), "in the dark".
    "korvenia-border-crossing-reopens": (
        "2015-09-25",
        [
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("54 hours", "DURATION", "PT54H"),
            ("each night", "SET", "XXXX-XX-XXTNI"),
            ("at least the end of October", "DATE", "2015-10"),
            ("25.09.2015", "DATE", "2015-09-25"),
            ("6 a.m. local time", "TIME", "2015-09-24T06:00"),
            ("0400 UTC", "TIME", "2015-09-24T04:00"),
            ("Thursday", "DATE", "2015-09-24"),
            ("more than two days", "DURATION", "P2D"),
            ("midnight", "TIME", "2015-09-21T24:00"),
            ("Monday", "DATE", "2015-09-21"),
            ("2200 UTC", "TIME", "2015-09-21T22:00"),
            ("Thursday evening", "TIME", "2015-09-24TEV"),
            ("this morning", "TIME", "2015-09-25TMO"),
            ("Tuesday night", "TIME", "2015-09-22TNI"),
            ("Wednesday afternoon", "TIME", "2015-09-23TAF"),
            ("Thursday evening", "TIME", "2015-09-24TEV"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("at least the end of October", "DATE", "2015-10"),
            ("winter", "DATE", "2016-WI"),
            ("1994", "DATE", "1994"),
            ("this afternoon", "TIME", "2015-09-25TAF"),
            ("Sunday", "DATE", "2015-09-20"),
            ("this year", "DATE", "2015"),
            ("the start of August", "DATE", "2015-08"),
            ("2014", "DATE", "2014"),
            ("next month", "DATE", "2015-10"),
            ("Tuesday", "DATE", "2015-09-22"),
            ("next Wednesday", "DATE", "2015-09-30"),
            ("Monday", "DATE", "2015-09-21"),
            ("Saturday", "DATE", "2015-09-26"),
            ("three hours", "DURATION", "PT3H"),
            ("this weekend", "DATE", "2015-W39-WE"),
            ("the summer", "DATE", "2015-SU"),
            ("two decades", "DURATION", "P20Y"),
            ("the coming weeks", "DURATION", "PXW"),
            ("twice a day", "SET", "P1D"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
