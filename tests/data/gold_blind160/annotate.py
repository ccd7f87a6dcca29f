"""Annotations of the hundred-and-sixtieth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind160/annotate.py [--show]

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
    # Tuesday 2014-05-27 (ISO week 22), US farm wire, headline, byline, stamp "May 27, 2014 4:18
    # PM CDT" (DATE and TIME, the zone in the span, not in the value), "HOLLAND FORKS, Neb.
    # (PFW) —" dateline. The weekly report ran "As of Sunday" 2014-05-25 ("as of" a signal) and
    # was released "Tuesday" 2014-05-27 instead of at "3 p.m. CDT on Mondays" (a clock time of
    # a recurring release, XXXX-XX-XXT15:00, with the SET "Mondays" XXXX-WXX-1) "because of
    # Memorial Day", Monday 2014-05-26. "weekend" (headline, "a cold, wet weekend") is the head
    # noun only, the weekend just past, 2014-W21-WE; "last week" and "in the week" are the
    # report's week, 2014-W21 (Monday-Sunday, gold_blind80); "a week earlier" 2014-W20. "the
    # fastest pace of the spring" is this spring, 2014-SP. Past weekdays "Wednesday" 2014-05-21,
    # "Saturday" 2014-05-24, "Saturday night" 2014-05-24TNI; future "by Thursday" 2014-05-29,
    # "the end of next week" 2014-W23, "the weekend" 2014-W22-WE (31 May-1 June). "five-year"
    # (twice) DURATION P5Y; "weekly Crop Progress report" SET P1W (a recurring report).
    # "a year ago" 2013 (the unit's granularity); "Last year ... until mid-June" 2013-06 (the
    # month of that year's clause); "through mid-June" ahead, 2014-06. "a late planting period
    # of 25 days" P25D. Contract months look forward: "July corn" 2014-07, "November soybeans"
    # 2014-11. "Two years ago" 2012 and "the first of May" in its clause, 2012-05-01. Not
    # annotated: "the state's biggest weekly gain" (an adjective naming the period of a figure,
    # not a recurrence, like "its usual monthly total" in gold_blind103), "of the season" and
    # "what the spring gives you" (a crop season and a generic spring), "prevented-planting",
    # "4-1/2 cents", "$4.66-3/4", "$12.08", "1,600 acres", "91.7 million acres", every percent,
    # "pfwire.com/crops/2014/0527" (a date inside a URL), "402-555-2014" (a phone number).
    "plains-crop-progress-soybeans-lag": (
        "2014-05-27",
        [
            ("weekend", "DATE", "2014-W21-WE"),
            ("May 27, 2014", "DATE", "2014-05-27"),
            ("4:18 PM CDT", "TIME", "2014-05-27T16:18"),
            ("last week", "DATE", "2014-W21"),
            ("the spring", "DATE", "2014-SP"),
            ("weekend", "DATE", "2014-W21-WE"),
            ("Tuesday", "DATE", "2014-05-27"),
            ("Sunday", "DATE", "2014-05-25"),
            ("a week earlier", "DATE", "2014-W20"),
            ("five-year", "DURATION", "P5Y"),
            ("weekly", "SET", "P1W"),
            ("five-year", "DURATION", "P5Y"),
            ("3 p.m. CDT", "TIME", "XXXX-XX-XXT15:00"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("Tuesday", "DATE", "2014-05-27"),
            ("Memorial Day", "DATE", "2014-05-26"),
            ("Wednesday", "DATE", "2014-05-21"),
            ("Saturday", "DATE", "2014-05-24"),
            ("Saturday night", "TIME", "2014-05-24TNI"),
            ("May 20", "DATE", "2014-05-20"),
            ("Thursday", "DATE", "2014-05-29"),
            ("the end of next week", "DATE", "2014-W23"),
            ("the week", "DATE", "2014-W21"),
            ("2010", "DATE", "2010"),
            ("a year ago", "DATE", "2013"),
            ("Last year", "DATE", "2013"),
            ("mid-June", "DATE", "2013-06"),
            ("May 31", "DATE", "2014-05-31"),
            ("June 10", "DATE", "2014-06-10"),
            ("25 days", "DURATION", "P25D"),
            ("July", "DATE", "2014-07"),
            ("Tuesday", "DATE", "2014-05-27"),
            ("November", "DATE", "2014-11"),
            ("June 30", "DATE", "2014-06-30"),
            ("the weekend", "DATE", "2014-W22-WE"),
            ("mid-June", "DATE", "2014-06"),
            ("Two years ago", "DATE", "2012"),
            ("the first of May", "DATE", "2012-05-01"),
        ],
    ),
    # Saturday 2012-07-14 (ISO week 28), Indian regional paper, headline, standfirst, byline
    # "Ramesh Kulkarni | Our Correspondent", date line "Khedgaon, July 14, 2012". "trails last
    # year" (headline) and "Last year" 2011; "by this time last year" one DATE span 2011, the
    # year's granularity (gold_blind46's "This time last year"); "may run into August" ahead,
    # 2012-08. Past weekdays: the office "said on Friday" 2012-07-13, the IMD forecast "on
    # Thursday" 2012-07-12, the plan "on Wednesday" 2012-07-11; the subsidy "from Monday" is
    # ahead, 2012-07-16. "eight days late" the size of a delay, P8D; "the last week of June" one
    # span, the ISO week holding June's last days, 2012-W26 (25 June-1 July, gold_blind9);
    # "from July 18 or 19" -> "July 18" and the bare "19" 2012-07-19 (gold_blind93). "this
    # year's June-September season" -> "this year" 2012 and the hyphenated month range at its
    # two ends, "June" 2012-06 and "September" 2012-09 (gold_blind78), "season" left out.
    # "till July 31", "till early October" ("till" a signal, gold_blind49); "early October"
    # is the October of "Last year", 2011-10; "In 2009 ... in mid-August" 2009-08. "in about
    # 65 days" (how long the pulses take) P65D; "within a week" P1W. The helpline hours "between
    # 9 am and 6 pm every day" are two TIMEs XXXX-XX-XXThh:mm with the SET P1D (gold_blind103).
    # "the 2012-13 financial year" one span FY2013 (the April-March Indian financial year is
    # named by the year it ends, gold_blind49). Not annotated: "so far", "kharif sowing" and
    # "the south-west monsoon" (crop and weather seasons, gold_blind17, gold_blind96), "the
    # period", "the long-period average", "double sowing", "short-duration", "moong", "urad",
    # "1800 266 2012" (a helpline holding 2012), lakh and crore amounts, mm and per cent.
    "khedgaon-kharif-sowing-monsoon-stall": (
        "2012-07-14",
        [
            ("last year", "DATE", "2011"),
            ("August", "DATE", "2012-08"),
            ("July 14, 2012", "DATE", "2012-07-14"),
            ("this time last year", "DATE", "2011"),
            ("nearly two weeks", "DURATION", "P2W"),
            ("Friday", "DATE", "2012-07-13"),
            ("June 1", "DATE", "2012-06-01"),
            ("July 12", "DATE", "2012-07-12"),
            ("June 17", "DATE", "2012-06-17"),
            ("eight days", "DURATION", "P8D"),
            ("the last week of June", "DATE", "2012-W26"),
            ("July 1", "DATE", "2012-07-01"),
            ("late June", "DATE", "2012-06"),
            ("now", "DATE", "PRESENT_REF"),
            ("Thursday", "DATE", "2012-07-12"),
            ("July 18", "DATE", "2012-07-18"),
            ("19", "DATE", "2012-07-19"),
            ("this year", "DATE", "2012"),
            ("June", "DATE", "2012-06"),
            ("September", "DATE", "2012-09"),
            ("mid-July", "DATE", "2012-07"),
            ("July 31", "DATE", "2012-07-31"),
            ("July 20", "DATE", "2012-07-20"),
            ("about 65 days", "DURATION", "P65D"),
            ("a week", "DURATION", "P1W"),
            ("Wednesday", "DATE", "2012-07-11"),
            ("Monday", "DATE", "2012-07-16"),
            ("9 am", "TIME", "XXXX-XX-XXT09:00"),
            ("6 pm", "TIME", "XXXX-XX-XXT18:00"),
            ("every day", "SET", "P1D"),
            ("the 2012-13 financial year", "DATE", "FY2013"),
            ("Last year", "DATE", "2011"),
            ("early October", "DATE", "2011-10"),
            ("2009", "DATE", "2009"),
            ("mid-August", "DATE", "2009-08"),
        ],
    ),
    # Wednesday 2014-09-10 (ISO week 37), Australian rural paper's website, headline,
    # standfirst, byline, stamp "10 Sep, 2014, 11:30 a.m." (DATE and TIME). Southern seasons
    # are valued in the year they fall in (gold_blind9, gold_blind103): "dry spring" (headline)
    # and "a warmer and drier than normal spring" -> the head noun "spring", 2014-SP, the
    # September-November spring now beginning. "the driest August ... in 12 years" (standfirst
    # and lead) -> "August" 2014-08 and the period of the superlative, P12Y. "in 2014-15" and
    # "harvested in 2011-12" -> two DATEs each, the bare second year included (gold_blind80,
    # gold_blind91). "The September crop report" and "the June report" are adjectival months,
    # 2014-09 and 2014-06; the report was "released ... on Tuesday" 2014-09-09, the price quoted
    # "yesterday" the same day. "the middle of July" 2014-07; "The next six weeks" P6W; ahead:
    # "early October", "mid-October" 2014-10, "November" 2014-11, "Christmas" 2014-12-25,
    # "December 2" 2014-12-02, "January delivery" 2015-01 (a forward month across the year
    # boundary). "10-year" P10Y. "the June quarter" is the Australian name of the April-June
    # quarter, 2014-Q2 (see README), "a year earlier" 2013-Q2. "Three weeks ago" 2014-W34 (the
    # week of 20 August, the unit's granularity, gold_blind5); "a month ago" 2014-08; "the
    # last three days" P3D. Not annotated: "a third straight below-average harvest", "Harvest",
    # "New-season", "early-sown", "9pc", "four-tonne crop", "15mm", "28 degrees", tonnages,
    # "$282", "$305", "dpicrops.com.au/forecast/2014-15" (a URL holding a season), "1800 655 914".
    "warrego-plains-winter-crop-forecast-cut": (
        "2014-09-10",
        [
            ("spring", "DATE", "2014-SP"),
            ("August", "DATE", "2014-08"),
            ("12 years", "DURATION", "P12Y"),
            ("10 Sep, 2014", "DATE", "2014-09-10"),
            ("11:30 a.m.", "TIME", "2014-09-10T11:30"),
            ("2014", "DATE", "2014"),
            ("15", "DATE", "2015"),
            ("August", "DATE", "2014-08"),
            ("12 years", "DURATION", "P12Y"),
            ("spring", "DATE", "2014-SP"),
            ("September", "DATE", "2014-09"),
            ("Tuesday", "DATE", "2014-09-09"),
            ("June", "DATE", "2014-06"),
            ("April", "DATE", "2014-04"),
            ("June", "DATE", "2014-06"),
            ("the middle of July", "DATE", "2014-07"),
            ("The next six weeks", "DURATION", "P6W"),
            ("early October", "DATE", "2014-10"),
            ("mid-October", "DATE", "2014-10"),
            ("November", "DATE", "2014-11"),
            ("Christmas", "DATE", "2014-12-25"),
            ("10-year", "DURATION", "P10Y"),
            ("2011", "DATE", "2011"),
            ("12", "DATE", "2012"),
            ("the June quarter", "DATE", "2014-Q2"),
            ("a year earlier", "DATE", "2013-Q2"),
            ("late April", "DATE", "2014-04"),
            ("mid-May", "DATE", "2014-05"),
            ("Three weeks ago", "DATE", "2014-W34"),
            ("Now", "DATE", "PRESENT_REF"),
            ("July 19", "DATE", "2014-07-19"),
            ("the last three days", "DURATION", "P3D"),
            ("January", "DATE", "2015-01"),
            ("yesterday", "DATE", "2014-09-09"),
            ("a month ago", "DATE", "2014-08"),
            ("December 2", "DATE", "2014-12-02"),
        ],
    ),
    # Friday 2012-09-21 (ISO week 38), British farming paper, headline ("Wet August" -> the head
    # noun "August" 2012-08), standfirst ("next year's crops" -> "next year" 2013; "November"
    # 2012-11), byline, date line "Friday 21 September 2012 | 09:14" (DATE with its weekday,
    # one span, and TIME). "this week" 2012-W38; "the wettest August ... for more than 50 years"
    # -> "August" and the period of the superlative P50Y. Past: "Wednesday night"
    # 2012-09-19TNI, "28 August", "since 1 September", "since Monday" 2012-09-17, the price "on
    # Thursday" 2012-09-20. "Last year we'd finished by the bank holiday" -> "the bank holiday"
    # is the August bank holiday of last year's clause, Monday 2011-08-29 (see README); "by
    # now" -> "now" PRESENT_REF (a counterfactual still points at the present). "the 1981-2010
    # average" -> "1981" and "2010" (gold_blind103). "Last year" 2011 and "This year" 2012;
    # "up £48 on a year ago" 2011. "by mid-October" 2012-10, "until November" 2012-11;
    # "November delivery" 2012-11. "a fortnight ago" 2012-W36 (counted in weeks, gold_blind11,
    # gold_blind50). The meeting "at 7.30pm on Tuesday 2 October" two TIMEX3. Future weekend:
    # "the weekend" 2012-W38-WE, "a dry Saturday" -> "Saturday" 2012-09-22, "Sunday night"
    # 2012-09-23TNI, "Monday" 2012-09-24; "until midnight on Saturday" -> "midnight"
    # 2012-09-22T24:00 (the end of that day, gold_blind103) and "Saturday". "since 2008" and
    # "that one went on into October" -> 2008-10 (the October of the 2008 harvest). Not
    # annotated: "winter wheat", "spring barley", "oilseed rape", "standing crop", "a Hagberg
    # falling number of 180", "71kg/hl", "82mm", "190 per cent", "60 per cent", "£206", "£48",
    # "210 of his 560 acres", "01632 960 208" (a phone number).
    "kelby-moor-wet-harvest-wheat-standing": (
        "2012-09-21",
        [
            ("August", "DATE", "2012-08"),
            ("next year", "DATE", "2013"),
            ("November", "DATE", "2012-11"),
            ("Friday 21 September 2012", "DATE", "2012-09-21"),
            ("09:14", "TIME", "2012-09-21T09:14"),
            ("this week", "DATE", "2012-W38"),
            ("August", "DATE", "2012-08"),
            ("more than 50 years", "DURATION", "P50Y"),
            ("Wednesday night", "TIME", "2012-09-19TNI"),
            ("28 August", "DATE", "2012-08-28"),
            ("Last year", "DATE", "2011"),
            ("the bank holiday", "DATE", "2011-08-29"),
            ("now", "DATE", "PRESENT_REF"),
            ("August", "DATE", "2012-08"),
            ("1981", "DATE", "1981"),
            ("2010", "DATE", "2010"),
            ("1 September", "DATE", "2012-09-01"),
            ("Monday", "DATE", "2012-09-17"),
            ("Last year", "DATE", "2011"),
            ("This year", "DATE", "2012"),
            ("November", "DATE", "2012-11"),
            ("Thursday", "DATE", "2012-09-20"),
            ("a year ago", "DATE", "2011"),
            ("mid-October", "DATE", "2012-10"),
            ("now", "DATE", "PRESENT_REF"),
            ("November", "DATE", "2012-11"),
            ("a fortnight ago", "DATE", "2012-W36"),
            ("7.30pm", "TIME", "2012-10-02T19:30"),
            ("Tuesday 2 October", "DATE", "2012-10-02"),
            ("the weekend", "DATE", "2012-W38-WE"),
            ("Saturday", "DATE", "2012-09-22"),
            ("Sunday night", "TIME", "2012-09-23TNI"),
            ("Monday", "DATE", "2012-09-24"),
            ("midnight", "TIME", "2012-09-22T24:00"),
            ("Saturday", "DATE", "2012-09-22"),
            ("2008", "DATE", "2008"),
            ("October", "DATE", "2008-10"),
        ],
    ),
    # Thursday 2015-03-19 (ISO week 12), Canadian national paper's website, headline, byline,
    # "KELDON, Sask." dateline line, stamps "Published Thursday, Mar. 19, 2015 6:02PM EDT" and
    # "Last updated Thursday, Mar. 19, 2015 6:40PM EDT" (each a DATE with its weekday and a
    # TIME). "the week ending March 15" -> "the week" 2015-W11 and "March 15" (a Sunday;
    # "ending" a signal, gold_blind80). Crop years written with two years give two DATEs each,
    # "crop year" left out ("in 2013-14", "the 2013-14 crop year" -> "2013" and "14" 2014,
    # gold_blind80); "The current crop year also ends July 31" -> only "July 31" 2015-07-31,
    # while the past crop year "ended on July 31" 2014-07-31. "the winter of 2013-14" one span
    # 2014-WI (gold_blind76, gold_blind103). "Last year's backlog" -> "Last year" 2014; "a
    # record 2013 crop" and "their 2014 canola" adjectival years. Past: "Wednesday"
    # 2015-03-18, "Tuesday" 2015-03-17, the coalition's report "on Monday" 2015-03-16, "since
    # August" 2014-08, "since November" 2014-11, "Nov. 28" 2014-11-28, "mid-January" 2015-01,
    # "February" 2015-02, "January" 2015-01, "last week" 2015-W11, "last fall" 2014-FA. Ahead:
    # "by April 30", "May shipment" 2015-05, "this spring" 2015-SP, "late April" 2015-04,
    # "December 2015", Brekke's trip "on Monday" 2015-03-23. "between now and then" -> "now"
    # PRESENT_REF ("then" anaphoric). "its weekly report" SET P1W (a recurring report);
    # "about six days" P6D and "11 days" P11D (waiting times). Not annotated: "minimum weekly
    # volumes" and "weekly shipments" (adjectives naming the period of a figure), "the first
    # time", "The current crop year", "No. 1 Canada Western Red Spring" (a grade name),
    # "seeding", "1.02 million tonnes", "40,000 bushels", "800 bushels", "3,200 acres", "140
    # kilometres".
    "keldon-grain-backlog-rail-cars": (
        "2015-03-19",
        [
            ("Thursday, Mar. 19, 2015", "DATE", "2015-03-19"),
            ("6:02PM EDT", "TIME", "2015-03-19T18:02"),
            ("Thursday, Mar. 19, 2015", "DATE", "2015-03-19"),
            ("6:40PM EDT", "TIME", "2015-03-19T18:40"),
            ("the week", "DATE", "2015-W11"),
            ("March 15", "DATE", "2015-03-15"),
            ("August", "DATE", "2014-08"),
            ("2013", "DATE", "2013"),
            ("14", "DATE", "2014"),
            ("Wednesday", "DATE", "2015-03-18"),
            ("2014", "DATE", "2014"),
            ("November", "DATE", "2014-11"),
            ("April 30", "DATE", "2015-04-30"),
            ("the next six weeks", "DURATION", "P6W"),
            ("last fall", "DATE", "2014-FA"),
            ("Last year", "DATE", "2014"),
            ("2013", "DATE", "2013"),
            ("the winter of 2013-14", "DATE", "2014-WI"),
            ("March 2014", "DATE", "2014-03"),
            ("2013", "DATE", "2013"),
            ("14", "DATE", "2014"),
            ("July 31", "DATE", "2014-07-31"),
            ("Nov. 28", "DATE", "2014-11-28"),
            ("July 31", "DATE", "2015-07-31"),
            ("now", "DATE", "PRESENT_REF"),
            ("May", "DATE", "2015-05"),
            ("Tuesday", "DATE", "2015-03-17"),
            ("mid-January", "DATE", "2015-01"),
            ("this spring", "DATE", "2015-SP"),
            ("February", "DATE", "2015-02"),
            ("about six days", "DURATION", "P6D"),
            ("last week", "DATE", "2015-W11"),
            ("11 days", "DURATION", "P11D"),
            ("January", "DATE", "2015-01"),
            ("weekly", "SET", "P1W"),
            ("Monday", "DATE", "2015-03-16"),
            ("late April", "DATE", "2015-04"),
            ("June 2014", "DATE", "2014-06"),
            ("December 2015", "DATE", "2015-12"),
            ("Monday", "DATE", "2015-03-23"),
        ],
    ),
    # Monday 2013-11-18 (ISO week 47), commodity wire, "SOFTS-" headline ("two-year high",
    # adjectival DURATION P2Y like "4-year low" in gold_blind80), "LONDON, Nov 18 (Harbourline
    # Commodities) -" dateline (the publication day), summary bullets, section heads. Prices
    # rose "on Monday", the day of the wire; "1215 GMT" that day. "the 2013/14 main crop" ->
    # "2013" and "14" 2014 ("main crop" left out, gold_blind80), "which runs from October to
    # March" -> the months of that crop, 2013-10 and 2014-03. Contract and delivery months look
    # forward (gold_blind80): "March cocoa" (bullet and body), "New York's March contract",
    # "March arabica", "sugar for March delivery" 2014-03; "January delivery" 2014-01;
    # "December" (white sugar) 2013-12. "highest since Sept 2011" / "September 2011" 2011-09.
    # "by Sunday" 2013-11-17 and "since the season opened on Oct 1" 2013-10-01; "by the same
    # date last year" one span 2012-11-17 (gold_blind80); "over the past week" P1W. "early this
    # year" -> "this year" 2013 (the Harmattan's arrival this winter, "early" an adverb of the
    # verb). "The mid-crop ... starts in April" 2014-04. "the fourth quarter" 2013-Q4 (ahead,
    # data "due in mid-January" 2014-01); "Third-quarter ... from a year earlier" 2013-Q3 and
    # 2012-Q3; "last month" 2013-10. "as of Nov 12" 2013-11-12; "showed on Friday" 2013-11-15.
    # "four-year low" (bullet and body) P4Y; "hit on Nov 7" 2013-11-07; "about three weeks late"
    # (a delay) P3W; "heavy rains in October" 2013-10; "the Lunar New Year holiday" the day of
    # the festival, 2014-01-31 (gold_blind78's "the Spring Festival holiday"), and "Jan 31".
    # Not annotated: "last season's pace" and "the season" (a crop season), "the mid-crop",
    # "main crop", the tickers "LCCc2" and "KCc2", "1.2 pct", "13 pct", "1,786 pounds",
    # "$2,712", "46,231 contracts", "$1.0135", "17.71 cents", "$489.60", "the Harmattan".
    "tembara-cocoa-two-year-high": (
        "2013-11-18",
        [
            ("two-year", "DURATION", "P2Y"),
            ("Nov 18", "DATE", "2013-11-18"),
            ("more than two years", "DURATION", "P2Y"),
            ("Monday", "DATE", "2013-11-18"),
            ("2013", "DATE", "2013"),
            ("14", "DATE", "2014"),
            ("October", "DATE", "2013-10"),
            ("March", "DATE", "2014-03"),
            ("March", "DATE", "2014-03"),
            ("Sept 2011", "DATE", "2011-09"),
            ("four-year", "DURATION", "P4Y"),
            ("March", "DATE", "2014-03"),
            ("1215 GMT", "TIME", "2013-11-18T12:15"),
            ("September 2011", "DATE", "2011-09"),
            ("March", "DATE", "2014-03"),
            ("Sunday", "DATE", "2013-11-17"),
            ("Oct 1", "DATE", "2013-10-01"),
            ("the same date last year", "DATE", "2012-11-17"),
            ("the past week", "DURATION", "P1W"),
            ("this year", "DATE", "2013"),
            ("April", "DATE", "2014-04"),
            ("the fourth quarter", "DATE", "2013-Q4"),
            ("mid-January", "DATE", "2014-01"),
            ("Third-quarter", "DATE", "2013-Q3"),
            ("a year earlier", "DATE", "2012-Q3"),
            ("last month", "DATE", "2013-10"),
            ("Nov 12", "DATE", "2013-11-12"),
            ("Friday", "DATE", "2013-11-15"),
            ("March", "DATE", "2014-03"),
            ("four-year", "DURATION", "P4Y"),
            ("Nov 7", "DATE", "2013-11-07"),
            ("January", "DATE", "2014-01"),
            ("about three weeks", "DURATION", "P3W"),
            ("October", "DATE", "2013-10"),
            ("the Lunar New Year holiday", "DATE", "2014-01-31"),
            ("Jan 31", "DATE", "2014-01-31"),
            ("March", "DATE", "2014-03"),
            ("December", "DATE", "2013-12"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
