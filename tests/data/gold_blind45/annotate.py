"""Annotations of the forty-fifth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind45/annotate.py [--show]

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
    # Sunday 2013-11-17 (ISO week 46), Reuters-style bombing wire, "HARRUN, Kaldoria, Nov 17
    # (Reuters) -" dateline (the publication day). The bomb went off "in the early hours of
    # Saturday", 2013-11-16 (a DATE, as in gold_blind11 and gold_blind17), at 0140 local, which
    # was 2240 GMT on Friday 2013-11-15: the GMT time takes its own day and "Friday" is a DATE
    # of its own (like "2212 GMT Monday" in gold_blind28). The officials "said on Sunday" and
    # the Brigades' statement "on Sunday" are the publication day; "late Saturday", "Saturday
    # night" and "Saturday's crime" the day of the blast; the academy attack "on Wednesday"
    # (past tense) 2013-11-13; mourning "starting on Monday" 2013-11-18 and the session "on
    # Tuesday" 2013-11-19 lie ahead. "the deadliest attack ... in more than two years" is the
    # period of a superlative, DURATION P2Y (gold_blind28). "a year ago, on Nov 23, 2012": "a
    # year ago" takes the unit's granularity, 2012, and the apposed date is a DATE of its own.
    # The station reopened "at 1400 local (1100 GMT) on Sunday", two clock times of the
    # publication day; the truck ban "every day between 6 a.m. and 9 p.m." is a SET plus two
    # clock times on no particular day (like the curfew hours of gold_blind28), "for a month"
    # P1M. Not annotated: "the Harrun Sunday Herald" (a newspaper) and "a local weekly" (a
    # paper, not a recurrence), "Highway 9", "180 km (112
    # miles)", "27", "90", "11", "Nine", "14", ages "34", "19 and 22", "400", "310", "19",
    # "around the clock".
    "harrun-bus-station-car-bomb": (
        "2013-11-17",
        [
            ("Nov 17", "DATE", "2013-11-17"),
            ("the early hours of Saturday", "DATE", "2013-11-16"),
            ("Sunday", "DATE", "2013-11-17"),
            ("0140 local", "TIME", "2013-11-16T01:40"),
            ("2240 GMT", "TIME", "2013-11-15T22:40"),
            ("Friday", "DATE", "2013-11-15"),
            ("more than two years", "DURATION", "P2Y"),
            ("late Saturday", "DATE", "2013-11-16"),
            ("the past 24 hours", "DURATION", "PT24H"),
            ("2008", "DATE", "2008"),
            ("Sunday", "DATE", "2013-11-17"),
            ("Saturday", "DATE", "2013-11-16"),
            ("Wednesday", "DATE", "2013-11-13"),
            ("Saturday night", "TIME", "2013-11-16TNI"),
            ("the coming weeks", "DURATION", "PXW"),
            ("three days", "DURATION", "P3D"),
            ("Monday", "DATE", "2013-11-18"),
            ("Tuesday", "DATE", "2013-11-19"),
            ("next year", "DATE", "2014"),
            ("mid-2012", "DATE", "2012"),
            ("recent months", "DATE", "PAST_REF"),
            ("this year", "DATE", "2013"),
            ("last year", "DATE", "2012"),
            ("a year ago", "DATE", "2012"),
            ("Nov 23, 2012", "DATE", "2012-11-23"),
            ("1400 local", "TIME", "2013-11-17T14:00"),
            ("1100 GMT", "TIME", "2013-11-17T11:00"),
            ("Sunday", "DATE", "2013-11-17"),
            ("every day", "SET", "P1D"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("a month", "DURATION", "P1M"),
        ],
    ),
    # Monday 2014-06-02 (ISO week 23), AFP-style election-result wire, "TESKRA, June 2 (AFP) -"
    # dateline. Polling day was "Sunday" 2014-06-01 ("Sunday's ... election", "late Sunday",
    # "Sunday night"); the results "showed Monday", the final figures "at 0900 local (0700
    # GMT) on Monday", the concession "on Monday morning" and the observers "on Monday" are the
    # publication day; the football match "on Saturday" (past) 2014-05-31, Halvik's warning
    # "on Thursday" (past perfect) 2014-05-29, the meeting "on Wednesday" (future) 2014-06-04.
    # The headline's "12-year" is an adjectival DURATION like the body's "12 years". "five
    # years ago" takes the unit's granularity, 2009. "within its first 100 days" -> "its first
    # 100 days", an ordinal period of an event, DURATION P100D (gold_blind14). "next month"
    # 2014-07; "by the end of the month" June 2014; "originally due in 2015" -> "2015";
    # "February" (past) 2014-02; "every four years" SET P4Y; "four-week", "one-day" and
    # "18-month" adjectival DURATIONs; "at 1100 GMT" a clock time of the publication day; the
    # loan "expires in September" (future) 2014-09; "last year" 2013; "a budget for 2014"
    # DATE 2014; "before the end of 2016" -> "the end of 2016", the year's value (gold_blind28).
    # Not annotated: the URL "www.cec-valmoria.org/2014/seats", the score "3-1", "190-member",
    # "for the first time", "three times", ages "47", "63", "60 percent", "46 percent", "49.2
    # percent", "104 of the 190 seats", "71 percent", "22 seats", "3.1 percent", "$2.3
    # billion".
    "valmoria-opposition-wins-election": (
        "2014-06-02",
        [
            ("12-year", "DURATION", "P12Y"),
            ("June 2", "DATE", "2014-06-02"),
            ("Sunday", "DATE", "2014-06-01"),
            ("Monday", "DATE", "2014-06-02"),
            ("12 years", "DURATION", "P12Y"),
            ("late Sunday", "DATE", "2014-06-01"),
            ("0900 local", "TIME", "2014-06-02T09:00"),
            ("0700 GMT", "TIME", "2014-06-02T07:00"),
            ("Monday", "DATE", "2014-06-02"),
            ("1994", "DATE", "1994"),
            ("the early 1990s", "DATE", "199"),
            ("five years ago", "DATE", "2009"),
            ("Sunday night", "TIME", "2014-06-01TNI"),
            ("its first 100 days", "DURATION", "P100D"),
            ("Saturday", "DATE", "2014-05-31"),
            ("Monday morning", "TIME", "2014-06-02TMO"),
            ("next month", "DATE", "2014-07"),
            ("Thursday", "DATE", "2014-05-29"),
            ("Wednesday", "DATE", "2014-06-04"),
            ("June 16", "DATE", "2014-06-16"),
            ("the end of the month", "DATE", "2014-06"),
            ("2015", "DATE", "2015"),
            ("February", "DATE", "2014-02"),
            ("every four years", "SET", "P4Y"),
            ("2011", "DATE", "2011"),
            ("Monday", "DATE", "2014-06-02"),
            ("four-week", "DURATION", "P4W"),
            ("1100 GMT", "TIME", "2014-06-02T11:00"),
            ("one-day", "DURATION", "P1D"),
            ("August 2012", "DATE", "2012-08"),
            ("18-month", "DURATION", "P18M"),
            ("September", "DATE", "2014-09"),
            ("last year", "DATE", "2013"),
            ("2014", "DATE", "2014"),
            ("the coming months", "DURATION", "PXM"),
            ("the end of 2016", "DATE", "2016"),
        ],
    ),
    # Saturday 2012-08-18 (ISO week 33), AP-style flood story, headline, byline, "KESHAVAR,
    # Marinda (AP) —" dateline without date; the lead's "Saturday" and "The aid group ...
    # said Saturday" are the publication day. "for the third day running" -> "the third day
    # running", one DURATION P1D like "fifth straight day" (gold_blind13) and "Third Straight
    # Day" (gold_blind23). Past weekdays: the toll "as of Thursday" 2012-08-16 ("as of" a
    # signal), villages cut off "since Tuesday" 2012-08-14, the river "on Friday night"
    # 2012-08-17TNI, the road "closed since Monday" 2012-08-13, the prime minister's flight
    # "Friday" 2012-08-17; future ones: rain "through Sunday" 2012-08-19, flights cancelled
    # "until at least Monday" 2012-08-20 (the modifier kept in the span, gold_blind13), the
    # visit "on Tuesday" 2012-08-21 ("is due to"). "this week" 2012-W33, "early next week"
    # 2012-W34 (the week's value, "early" not recorded). "more than the city usually gets in a
    # month" is a generic DURATION P1M; "arrived two weeks late" the size of a delay, P2W
    # (gold_blind28); "doubled in a week" how long a change took, P1W (gold_blind35); "in four
    # of the past six years" -> "the past six years" P6Y; "weeks before the rice harvest" an
    # anchored vague duration, PXW. "this year's monsoon" -> "this year" 2012; "early July" and
    # "mid-July" 2012-07; "late September" (the harvest ahead) 2012-09; "last year's floods,
    # which struck in October" -> "last year" 2011 and "October" of that year, 2011-10.
    # "annually" and "daily" SETs. Not annotated: "May God help us" (the verb), "Flight 214",
    # "Highway 3", the helpline "1077", "since then", "210 millimeters (8 inches)", "4.2 meters
    # (14 feet)", "64", "19", "300,000", "1,400", "52", "40 percent", "2 billion tolans ($36
    # million)", "5,000", "15 percent".
    "marinda-monsoon-floods": (
        "2012-08-18",
        [
            ("the third day running", "DURATION", "P1D"),
            ("Saturday", "DATE", "2012-08-18"),
            ("Sunday", "DATE", "2012-08-19"),
            ("Thursday", "DATE", "2012-08-16"),
            ("the past 24 hours", "DURATION", "PT24H"),
            ("a month", "DURATION", "P1M"),
            ("Tuesday", "DATE", "2012-08-14"),
            ("annually", "SET", "P1Y"),
            ("Friday night", "TIME", "2012-08-17TNI"),
            ("1998", "DATE", "1998"),
            ("six weeks", "DURATION", "P6W"),
            ("two days", "DURATION", "P2D"),
            ("Monday", "DATE", "2012-08-13"),
            ("at least Monday", "DATE", "2012-08-20"),
            ("this year", "DATE", "2012"),
            ("two weeks", "DURATION", "P2W"),
            ("early July", "DATE", "2012-07"),
            ("mid-July", "DATE", "2012-07"),
            ("early next week", "DATE", "2012-W34"),
            ("Friday", "DATE", "2012-08-17"),
            ("Tuesday", "DATE", "2012-08-21"),
            ("this week", "DATE", "2012-W33"),
            ("the past six years", "DURATION", "P6Y"),
            ("Saturday", "DATE", "2012-08-18"),
            ("a week", "DURATION", "P1W"),
            ("daily", "SET", "P1D"),
            ("the end of the month", "DATE", "2012-08"),
            ("Aug. 27", "DATE", "2012-08-27"),
            ("September", "DATE", "2012-09"),
            ("weeks", "DURATION", "PXW"),
            ("late September", "DATE", "2012-09"),
            ("last year", "DATE", "2011"),
            ("October", "DATE", "2011-10"),
        ],
    ),
    # Thursday 2014-02-20 (ISO week 8), Reuters-style diplomacy wire, "GALVESTRA, Feb 20
    # (Reuters) -" dateline. The ministers agreed "on Thursday", the publication day, after
    # talks "late into Wednesday night" 2014-02-19TNI; the summit "next month" and the
    # headline's "March" are 2014-03, its opening "March 18"; the truce "since January" 2014-01
    # (signed "Jan 9", in force "since Jan 12"); the mortar attack "on Sunday" (past)
    # 2014-02-16, in "last week" 2014-W07; "this week's meeting" -> "this week" 2014-W08; the
    # separatists "said on Tuesday" 2014-02-18; Brannock travels "on Saturday" 2014-02-22 and
    # "on Monday" 2014-02-24 (future). "the summer of 2011" one span 2011-SU; "Until then, the
    # leaders had met every two years" SET P2Y ("Until then" anaphoric, left out); "nearly
    # three years of fighting" P3Y; "the region's bloodiest conflict in more than a decade"
    # the period of a superlative, P10Y; "late last year" 2013; "within 30 days" -> "30
    # days"; "a 90-day mission" DURATION on the adjective; "until the end of July" -> "the end
    # of July" 2014-07; "every week" SET P1W; "last year" 2013; "elections due in October"
    # (future) 2014-10; "the fourth quarter of 2013" and "the first half of this year"
    # (2014-H1) one span each, calendar periods (the fund's year is not described). Not
    # annotated: "Resolution 2016", "the G20", "11-nation", "8,000", "80 percent", "15 km (9
    # miles)", "300", "$120 million", "400,000", "so far", "Until then".
    "corvan-forum-esker-summit": (
        "2014-02-20",
        [
            ("March", "DATE", "2014-03"),
            ("Feb 20", "DATE", "2014-02-20"),
            ("Thursday", "DATE", "2014-02-20"),
            ("next month", "DATE", "2014-03"),
            ("January", "DATE", "2014-01"),
            ("two-day", "DURATION", "P2D"),
            ("March 18", "DATE", "2014-03-18"),
            ("the summer of 2011", "DATE", "2011-SU"),
            ("every two years", "SET", "P2Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("Wednesday night", "TIME", "2014-02-19TNI"),
            ("nearly three years", "DURATION", "P3Y"),
            ("more than a decade", "DURATION", "P10Y"),
            ("late last year", "DATE", "2013"),
            ("Jan 9", "DATE", "2014-01-09"),
            ("Jan 12", "DATE", "2014-01-12"),
            ("Sunday", "DATE", "2014-02-16"),
            ("last week", "DATE", "2014-W07"),
            ("this week", "DATE", "2014-W08"),
            ("March 1", "DATE", "2014-03-01"),
            ("30 days", "DURATION", "P30D"),
            ("90-day", "DURATION", "P90D"),
            ("April 12", "DATE", "2014-04-12"),
            ("the end of July", "DATE", "2014-07"),
            ("every week", "SET", "P1W"),
            ("last year", "DATE", "2013"),
            ("October", "DATE", "2014-10"),
            ("Tuesday", "DATE", "2014-02-18"),
            ("Saturday", "DATE", "2014-02-22"),
            ("Monday", "DATE", "2014-02-24"),
            ("the fourth quarter of 2013", "DATE", "2013-Q4"),
            ("the first half of this year", "DATE", "2014-H1"),
        ],
    ),
    # Tuesday 2013-05-21 (ISO week 21), AFP-style court wire, "BRENIC, May 21 (AFP) -"
    # dateline. The verdict came "on Tuesday", the publication day, read from "1030 local
    # (0830 GMT)" for "almost four hours" (PT4H); Vorel "said on Monday" 2013-05-20 (past);
    # the bail request "on Thursday" 2013-05-23 and the rally "for Saturday" 2013-05-25 lie
    # ahead; the appeal is filed "next week" 2013-W22. The headline's "seven years" is the
    # sentence, DURATION P7Y like the body's; "a suspended 18-month sentence" DURATION on the
    # adjective. "from 2005 to 2010" and "between 2006 and 2009" two DATEs each; "the autumn
    # of 2007" one span 2007-FA; "January 14 last year" one span 2012-01-14 (like "September
    # last year" in gold_blind28), and "two days later" anchored on it, 2012-01-16. "by 2016"
    # -> "2016"; "in recent years" -> "recent years" PAST_REF; "Last month" 2013-04; "earlier
    # this month" 2013-05; "down from 88th last year" -> "last year" 2012; "the 1990s" 199.
    # Not annotated: "VX-2000" (a model), "$3.2 million", "$410 million", "12 helicopters",
    # "nine", "14 seats", "120-member", "97th of 176", "88th", age "61", "before the verdict"
    # and "pending the appeal" (events).
    "lusovia-ex-minister-bribery-verdict": (
        "2013-05-21",
        [
            ("seven years", "DURATION", "P7Y"),
            ("May 21", "DATE", "2013-05-21"),
            ("Tuesday", "DATE", "2013-05-21"),
            ("seven years", "DURATION", "P7Y"),
            ("more than two years", "DURATION", "P2Y"),
            ("1030 local", "TIME", "2013-05-21T10:30"),
            ("0830 GMT", "TIME", "2013-05-21T08:30"),
            ("almost four hours", "DURATION", "PT4H"),
            ("2006", "DATE", "2006"),
            ("2009", "DATE", "2009"),
            ("2005", "DATE", "2005"),
            ("2010", "DATE", "2010"),
            ("2010", "DATE", "2010"),
            ("Monday", "DATE", "2013-05-20"),
            ("the autumn of 2007", "DATE", "2007-FA"),
            ("2011", "DATE", "2011"),
            ("November 2010", "DATE", "2010-11"),
            ("eight months", "DURATION", "P8M"),
            ("February 2011", "DATE", "2011-02"),
            ("January 14 last year", "DATE", "2012-01-14"),
            ("two days later", "DATE", "2012-01-16"),
            ("18-month", "DURATION", "P18M"),
            ("Thursday", "DATE", "2013-05-23"),
            ("15 days", "DURATION", "P15D"),
            ("next week", "DATE", "2013-W22"),
            ("Saturday", "DATE", "2013-05-25"),
            ("2016", "DATE", "2016"),
            ("recent years", "DATE", "PAST_REF"),
            ("Last month", "DATE", "2013-04"),
            ("earlier this month", "DATE", "2013-05"),
            ("last year", "DATE", "2012"),
            ("1992", "DATE", "1992"),
            ("the 1990s", "DATE", "199"),
        ],
    ),
    # Wednesday 2012-11-07 (ISO week 45), Reuters-style labour wire, "KORAVAN, Ondara, Nov 7
    # (Reuters) -" dateline. The vote was "on Wednesday", the publication day, with the speech
    # "at 11 a.m. (0900 GMT)" of that day; the offer came "late Monday" 2012-11-05, the police
    # action "on Friday night" 2012-11-02TNI and the company's statement "on Tuesday"
    # 2012-11-06 (past); the mass meeting "on Sunday" 2012-11-11, the dismissal deadline "by
    # Monday" 2012-11-12 and the minister's meetings "on Thursday and Friday" 2012-11-08 and
    # 2012-11-09 lie ahead. "for more than three weeks" since "Oct 16" -> P3W; the rise "from
    # Jan 1" is the coming one, 2013-01-01; "12-hour shifts" an adjectival DURATION; "six days
    # a week" a frequency that keeps only its period, SET P1W like "twice a week"
    # (gold_blind28); "this year" 2012 twice; "the third quarter", the last one reported,
    # 2012-Q3, and "a year earlier" after it 2011-Q3 (Bellmore's fiscal year is not described,
    # so calendar quarters); "formed last year" 2011; "a two-year wage deal" DURATION; "July
    # 2011", "June 2013"; "since August" 2012-08; "last month" 2012-10; "over the past five
    # years" -> "the past five years" P5Y; "recently" PAST_REF, "now" PRESENT_REF; "by
    # mid-2014" 2014; "the second half of 2013" one span. Not annotated: "night-shift" (a work
    # shift, not a part of a calendar day), "the March for Bread" (a protest's name),
    # "Shaft 9", "the R31 road", "14 shafts", "9 percent", "2,000 ondas", "12,000 ondas",
    # "5,500", "6,000", "3,000", "23", age "38", "45,000 ounces", "6 percent", "2.1 percent",
    # "$1,715 an ounce".
    "koravan-gold-mine-strike": (
        "2012-11-07",
        [
            ("Nov 7", "DATE", "2012-11-07"),
            ("Wednesday", "DATE", "2012-11-07"),
            ("more than three weeks", "DURATION", "P3W"),
            ("late Monday", "DATE", "2012-11-05"),
            ("Oct 16", "DATE", "2012-10-16"),
            ("Jan 1", "DATE", "2013-01-01"),
            ("12-hour", "DURATION", "PT12H"),
            ("six days a week", "SET", "P1W"),
            ("11 a.m.", "TIME", "2012-11-07T11:00"),
            ("0900 GMT", "TIME", "2012-11-07T09:00"),
            ("Sunday", "DATE", "2012-11-11"),
            ("Friday night", "TIME", "2012-11-02TNI"),
            ("Tuesday", "DATE", "2012-11-06"),
            ("this year", "DATE", "2012"),
            ("Monday", "DATE", "2012-11-12"),
            ("the third quarter", "DATE", "2012-Q3"),
            ("a year earlier", "DATE", "2011-Q3"),
            ("Thursday", "DATE", "2012-11-08"),
            ("Friday", "DATE", "2012-11-09"),
            ("last year", "DATE", "2011"),
            ("two-year", "DURATION", "P2Y"),
            ("July 2011", "DATE", "2011-07"),
            ("June 2013", "DATE", "2013-06"),
            ("August", "DATE", "2012-08"),
            ("this year", "DATE", "2012"),
            ("last month", "DATE", "2012-10"),
            ("the past five years", "DURATION", "P5Y"),
            ("recently", "DATE", "PAST_REF"),
            ("Wednesday", "DATE", "2012-11-07"),
            ("1987", "DATE", "1987"),
            ("seven weeks", "DURATION", "P7W"),
            ("mid-2014", "DATE", "2014"),
            ("now", "DATE", "PRESENT_REF"),
            ("the second half of 2013", "DATE", "2013-H2"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
