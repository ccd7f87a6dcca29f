"""Annotations of the hundred-and-seventh blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind107/annotate.py [--show]

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
    # Wednesday 2013-03-20 (ISO week 12), wire-service national politics story, stamp "Mar.
    # 20, 2013 6:48 PM EDT" (a DATE and a TIME, the zone in the span and not in the value),
    # "WASHINGTON (AP) —" dateline; the day of the wire is named by its weekday ("voted 31-22
    # on Wednesday", "The bill approved Wednesday", "Wednesday afternoon"). Future weekdays:
    # the floor vote "as early as Friday" 2013-03-22 ("as early as" a signal), "by Friday
    # afternoon" 2013-03-22TAF, the Senate bill "Monday" 2013-03-25, the committee "at 10 a.m.
    # Thursday" 2013-03-21 (two TIMEX3); past: "late Tuesday night" 2013-03-19TNI (one span,
    # gold_blind13), "told reporters Tuesday" 2013-03-19. "next week" 2013-W13, "this week"
    # 2013-W12. "the start of the next budget year" is one DATE span with the value of the
    # federal fiscal year it starts, FY2014 ("the start of" kept like "the start of the year",
    # gold_blind40; "budget year" the fiscal year under another name, gold_blind29); "the
    # current budget year, which ends Sept. 30" FY2013 plus 2013-09-30; "fiscal 2014" FY2014.
    # "the fall" ahead 2013-FA; "this spring" 2013-SP (the story runs on the equinox); "the
    # end of 2015" the year's value; "two years ago" 2011 (the unit's granularity);
    # "two-week" and "six-month" adjectival DURATIONs; "less than two weeks" P2W with the
    # modifier kept; "for months" -> "months" PXM; "the 1950s and 1960s" two DATEs, 195 and
    # 196. Not annotated: "H.R. 1927" (a bill number in a story with 1950s-2015 dates),
    # "31-22", "9 percent", "the levee cliff" and "the flood season" (an event name and a
    # season with no calendar unit), "14,000 miles", "2,400", "1,900", "$38 million", "a
    # third", "may" (the verb).
    "levee-inspection-cuts-delay": (
        "2013-03-20",
        [
            ("Mar. 20, 2013", "DATE", "2013-03-20"),
            ("6:48 PM EDT", "TIME", "2013-03-20T18:48"),
            ("Wednesday", "DATE", "2013-03-20"),
            ("six months", "DURATION", "P6M"),
            ("Friday", "DATE", "2013-03-22"),
            ("next week", "DATE", "2013-W13"),
            ("April 1", "DATE", "2013-04-01"),
            ("two years ago", "DATE", "2011"),
            ("Wednesday", "DATE", "2013-03-20"),
            ("Oct. 1", "DATE", "2013-10-01"),
            ("the start of the next budget year", "DATE", "FY2014"),
            ("April 2", "DATE", "2013-04-02"),
            ("Friday afternoon", "TIME", "2013-03-22TAF"),
            ("two-week", "DURATION", "P2W"),
            ("March 29", "DATE", "2013-03-29"),
            ("the fall", "DATE", "2013-FA"),
            ("the end of 2015", "DATE", "2015"),
            ("late Tuesday night", "TIME", "2013-03-19TNI"),
            ("nearly four hours", "DURATION", "PT4H"),
            ("every year", "SET", "P1Y"),
            ("the 1950s", "DATE", "195"),
            ("1960s", "DATE", "196"),
            ("last year", "DATE", "2012"),
            ("2011", "DATE", "2011"),
            ("January", "DATE", "2013-01"),
            ("a full year", "DURATION", "P1Y"),
            ("Tuesday", "DATE", "2013-03-19"),
            ("six-month", "DURATION", "P6M"),
            ("Monday", "DATE", "2013-03-25"),
            ("less than two weeks", "DURATION", "P2W"),
            ("this week", "DATE", "2013-W12"),
            ("six-month", "DURATION", "P6M"),
            ("the current budget year", "DATE", "FY2013"),
            ("Sept. 30", "DATE", "2013-09-30"),
            ("months", "DURATION", "PXM"),
            ("June 2008", "DATE", "2008-06"),
            ("every week", "SET", "P1W"),
            ("this spring", "DATE", "2013-SP"),
            ("Wednesday afternoon", "TIME", "2013-03-20TAF"),
            ("10 a.m.", "TIME", "2013-03-21T10:00"),
            ("Thursday", "DATE", "2013-03-21"),
            ("fiscal 2014", "DATE", "FY2014"),
        ],
    ),
    # Saturday 2013-08-17 (ISO week 33), British broadcaster's foreign news page, stamp "17
    # August 2013 Last updated at 15:26 BST". Zeravia is three hours ahead of GMT: the talks
    # open "at 10:00 local time (07:00 GMT) on Monday" 2013-08-19, two TIMEX3 on that day
    # (gold_blind36) besides "Monday". The curfew "from 22:00 to 05:00 every night" gives the
    # hours of a recurring rule, XXXX-XX-XXT22:00 and XXXX-XX-XXT05:00, with the SET
    # XXXX-XX-XXTNI (gold_blind103); "since 6 August" -> "6 August". "ended at midnight on
    # Friday" is the midnight that ends Friday, 2013-08-16T24:00 (see README), plus "Friday".
    # Past weekdays: "Friday evening" 2013-08-16TEV, "released ... on Thursday" 2013-08-15,
    # "Tuesday night" 2013-08-13TNI and "Two days later" 2013-08-15, anchored on that Tuesday
    # (gold_blind36); "on Saturday morning" and "on Saturday" are the publication day. The
    # quoted "Tomorrow" is Sunday 2013-08-18 (the quote is given to the BBC for this page).
    # "a day after parliament voted" is an anchored duration, P1D; "for the first time in 11
    # days" the period of a "first in", P11D; "elections due in October" 2013-10; "the
    # autumn" in which the term should have ended 2013-FA; "Hotel bookings for August ... on a
    # year earlier" 2013-08 and 2012-08; "last week" 2013-W32, "next week" 2013-W34; "the
    # coming days" PXD; "the winter of 1998-99" one span 1999-WI (gold_blind76). Not
    # annotated: "1821 Square" (a square named by a year), "May this be the last curfew" (the
    # verb), "a second five-year term" beyond "five-year", "14 people", "a fifth", "40%",
    # "several thousand".
    "zeravia-curfew-lifted": (
        "2013-08-17",
        [
            ("17 August 2013", "DATE", "2013-08-17"),
            ("15:26 BST", "TIME", "2013-08-17T15:26"),
            ("Monday", "DATE", "2013-08-19"),
            ("22:00", "TIME", "XXXX-XX-XXT22:00"),
            ("05:00", "TIME", "XXXX-XX-XXT05:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("6 August", "DATE", "2013-08-06"),
            ("midnight", "TIME", "2013-08-16T24:00"),
            ("Friday", "DATE", "2013-08-16"),
            ("Saturday morning", "TIME", "2013-08-17TMO"),
            ("11 days", "DURATION", "P11D"),
            ("10:00 local time", "TIME", "2013-08-19T10:00"),
            ("07:00 GMT", "TIME", "2013-08-19T07:00"),
            ("Monday", "DATE", "2013-08-19"),
            ("2 August", "DATE", "2013-08-02"),
            ("a day", "DURATION", "P1D"),
            ("October", "DATE", "2013-10"),
            ("the spring of 2015", "DATE", "2015-SP"),
            ("Friday evening", "TIME", "2013-08-16TEV"),
            ("six months", "DURATION", "P6M"),
            ("this year", "DATE", "2013"),
            ("Thursday", "DATE", "2013-08-15"),
            ("11 days", "DURATION", "P11D"),
            ("every week", "SET", "P1W"),
            ("two years", "DURATION", "P2Y"),
            ("Tomorrow", "DATE", "2013-08-18"),
            ("Tuesday night", "TIME", "2013-08-13TNI"),
            ("Two days later", "DATE", "2013-08-15"),
            ("2004", "DATE", "2004"),
            ("five-year", "DURATION", "P5Y"),
            ("2009", "DATE", "2009"),
            ("the autumn", "DATE", "2013-FA"),
            ("August", "DATE", "2013-08"),
            ("a year earlier", "DATE", "2012-08"),
            ("last week", "DATE", "2013-W32"),
            ("the end of September", "DATE", "2013-09"),
            ("next week", "DATE", "2013-W34"),
            ("Saturday", "DATE", "2013-08-17"),
            ("the coming days", "DURATION", "PXD"),
            ("the winter of 1998-99", "DATE", "1999-WI"),
            ("almost three months", "DURATION", "P3M"),
        ],
    ),
    # Thursday 2013-05-09 (ISO week 19), wire-service court story, stamp "May 9, 2013 4:27 PM
    # EDT", "HARROWGATE, Ind. (AP) —" dateline; the sentencing is "Thursday", the day of the
    # wire. The headline's "gets 6 years" and "six years in federal prison" are the length of
    # the sentence, DURATION P6Y; "three years of supervised release" P3Y. "pleaded guilty in
    # January" 2013-01; "report to prison by June 24" 2013-06-24; "from 1998 until her arrest
    # in October 2011" and "between 2002 and 2011" one DATE per end; "on Friday afternoons" a
    # SET XXXX-WXX-5TAF (gold_blind10); "every morning" XXXX-XX-XXTMO. The lawyer "said
    # Wednesday" 2013-05-08 (past); the board "will meet Tuesday at 7 p.m." 2013-05-14 and
    # 2013-05-14T19:00 (future, two TIMEX3). "the summer of 2011", "the fall of 2011" one span
    # each; "last November" 2012-11; "annually" SET P1Y; "covering 2012" 2012; "this year" and
    # "the end of the year" 2013; "now" PRESENT_REF; "another two years" P2Y with the modifier
    # kept. Not annotated: "County Road 1100 East", "$1.2 million", "$9,000", "$1.4 million",
    # "$500", "$310,000", "58", "312 checks", "14 rural cemeteries", "the third", "twice",
    # "dozens of trips".
    "township-clerk-sentenced": (
        "2013-05-09",
        [
            ("6 years", "DURATION", "P6Y"),
            ("May 9, 2013", "DATE", "2013-05-09"),
            ("4:27 PM EDT", "TIME", "2013-05-09T16:27"),
            ("nearly a decade", "DURATION", "P10Y"),
            ("Thursday", "DATE", "2013-05-09"),
            ("six years", "DURATION", "P6Y"),
            ("January", "DATE", "2013-01"),
            ("three years", "DURATION", "P3Y"),
            ("June 24", "DATE", "2013-06-24"),
            ("1998", "DATE", "1998"),
            ("October 2011", "DATE", "2011-10"),
            ("2002", "DATE", "2002"),
            ("2011", "DATE", "2011"),
            ("Friday afternoons", "SET", "XXXX-WXX-5TAF"),
            ("nine years", "DURATION", "P9Y"),
            ("the summer of 2011", "DATE", "2011-SU"),
            ("2001", "DATE", "2001"),
            ("the past 18 months", "DURATION", "P18M"),
            ("the fall of 2011", "DATE", "2011-FA"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("Wednesday", "DATE", "2013-05-08"),
            ("April 18", "DATE", "2013-04-18"),
            ("three weeks", "DURATION", "P3W"),
            ("six years", "DURATION", "P6Y"),
            ("last November", "DATE", "2012-11"),
            ("annually", "SET", "P1Y"),
            ("2012", "DATE", "2012"),
            ("now", "DATE", "PRESENT_REF"),
            ("this year", "DATE", "2013"),
            ("Tuesday", "DATE", "2013-05-14"),
            ("7 p.m.", "TIME", "2013-05-14T19:00"),
            ("the end of the year", "DATE", "2013"),
            ("18 months", "DURATION", "P18M"),
            ("another two years", "DURATION", "P2Y"),
        ],
    ),
    # Tuesday 2013-10-29 (ISO week 44), business-paper earnings story, headline and dek
    # ("Raises 2013 Outlook", "in Fourth Quarter"), byline, stamp "Updated Oct. 29, 2013 7:42
    # p.m. ET". Velden's fiscal year is not described, so its quarters are calendar quarters:
    # "third-quarter" and "the quarter ended Sept. 28" 2013-Q3 (the quarter ends on the
    # company's last Saturday of September, the date annotated as written), "a year earlier"
    # 2012-Q3 (gold_blind35), "the fourth quarter", the dek's "Fourth Quarter" and
    # "fourth-quarter results" 2013-Q4, "the first half of next year" 2014-H1. Gorrick's
    # "fiscal first quarter ended Sept. 30" and "the fiscal year ending next June" are FY2014-Q1
    # and FY2014 (a fiscal year named by the year it ends, July 2013-June 2014, gold_blind33).
    # "our best summer" -> "summer" 2013-SU, the evaluation left out (gold_blind51's "such a
    # good winter"); "next summer" 2014-SU; "early last year" and "late 2008" the year's value;
    # "at 4 p.m. ... Tuesday" two TIMEX3; "last Thursday" in a Tuesday story the most recent
    # Thursday, 2013-10-24; the board "meets Wednesday" 2013-10-30; "late January" ahead
    # 2014-01; "every month since March" SET P1M and 2013-03; "the quarterly dividend" an
    # adjectival frequency naming a recurring payment, SET P3M (see README); "so far this
    # year" -> "this year". Not annotated: "Heritage 1955" (a product line), "three-quarters"
    # and "a fifth" (fractions), "88 cents a share" and the other amounts and percentages,
    # "9,400", "2,000", "300 jobs", "yet".
    "velden-appliance-third-quarter": (
        "2013-10-29",
        [
            ("2013", "DATE", "2013"),
            ("Fourth Quarter", "DATE", "2013-Q4"),
            ("Oct. 29, 2013", "DATE", "2013-10-29"),
            ("7:42 p.m. ET", "TIME", "2013-10-29T19:42"),
            ("third-quarter", "DATE", "2013-Q3"),
            ("early last year", "DATE", "2012"),
            ("the quarter", "DATE", "2013-Q3"),
            ("Sept. 28", "DATE", "2013-09-28"),
            ("a year earlier", "DATE", "2012-Q3"),
            ("2013", "DATE", "2013"),
            ("July", "DATE", "2013-07"),
            ("Tuesday", "DATE", "2013-10-29"),
            ("September", "DATE", "2013-09"),
            ("the fourth quarter", "DATE", "2013-Q4"),
            ("the first half of next year", "DATE", "2014-H1"),
            ("summer", "DATE", "2013-SU"),
            ("2006", "DATE", "2006"),
            ("this year", "DATE", "2013"),
            ("2014", "DATE", "2014"),
            ("4 p.m.", "TIME", "2013-10-29T16:00"),
            ("Tuesday", "DATE", "2013-10-29"),
            ("this year", "DATE", "2013"),
            ("2009", "DATE", "2009"),
            ("2010", "DATE", "2010"),
            ("late 2008", "DATE", "2008"),
            ("the spring of 2010", "DATE", "2010-SP"),
            ("1931", "DATE", "1931"),
            ("now", "DATE", "PRESENT_REF"),
            ("next summer", "DATE", "2014-SU"),
            ("the quarter", "DATE", "2013-Q3"),
            ("at least two years", "DURATION", "P2Y"),
            ("April 2012", "DATE", "2012-04"),
            ("every month", "SET", "P1M"),
            ("March", "DATE", "2013-03"),
            ("last Thursday", "DATE", "2013-10-24"),
            ("the fiscal first quarter", "DATE", "FY2014-Q1"),
            ("Sept. 30", "DATE", "2013-09-30"),
            ("the fiscal year", "DATE", "FY2014"),
            ("next June", "DATE", "2014-06"),
            ("Wednesday", "DATE", "2013-10-30"),
            ("quarterly", "SET", "P3M"),
            ("the 1950s", "DATE", "195"),
            ("fourth-quarter", "DATE", "2013-Q4"),
            ("late January", "DATE", "2014-01"),
        ],
    ),
    # Sunday 2013-01-13 (ISO week 2), cable-news website disaster story with a timeline of the
    # day, byline, stamp "updated 9:14 PM EST, Sun January 13, 2013" (a TIME and one DATE span
    # with the abbreviated weekday, gold_blind36), "Stroud Junction, Pennsylvania (CNN) --"
    # dateline. The derailment is "early Sunday", the publication day; the clock times belong
    # to it ("about 5:40 a.m.", "7 a.m.", "noon", "3:25 p.m."), with "Sunday afternoon",
    # "Sunday evening", "Sunday night" and "tonight" 2013-01-13TAF/TEV/TNI; "most of Sunday" ->
    # "Sunday" ("most of" left out, gold_blind36). "about 20 minutes after the crash" is an
    # anchored duration, PT20M; "The leak went on for more than nine hours" PT9H. The quoted
    # "Yesterday" (said on Sunday) is Saturday 2013-01-12; "Saturday night" 2013-01-12TNI and
    # "inspected Thursday" 2013-01-10 past; "Monday morning" 2013-01-14TMO, "closed Monday"
    # 2013-01-14, "at least Tuesday" 2013-01-15 and "by Wednesday" 2013-01-16 future. "last
    # spring" in January 2012-SP; "September" 2012-09; "every few hours" SET PTXH (see
    # README); "the second derailment here in five years" the period of a count, P5Y
    # (gold_blind103's "the third time in two weeks"); "the past decade" P10Y; "for years"
    # PXY; "daily" SET P1D; "at least a week" P1W. Not annotated: "the 20s" (temperatures),
    # "74-car", "570-555-0127", "stroudjunctionpa.gov/alerts/2013" (a web address), "1,200",
    # "Nineteen cars", "41", "a half-mile", "two blocks", "one at a time".
    "stroud-junction-derailment": (
        "2013-01-13",
        [
            ("9:14 PM EST", "TIME", "2013-01-13T21:14"),
            ("Sun January 13, 2013", "DATE", "2013-01-13"),
            ("Sunday night", "TIME", "2013-01-13TNI"),
            ("early Sunday", "DATE", "2013-01-13"),
            ("about 5:40 a.m.", "TIME", "2013-01-13T05:40"),
            ("about 20 minutes", "DURATION", "PT20M"),
            ("7 a.m.", "TIME", "2013-01-13T07:00"),
            ("noon", "TIME", "2013-01-13T12:00"),
            ("more than nine hours", "DURATION", "PT9H"),
            ("Sunday afternoon", "TIME", "2013-01-13TAF"),
            ("last spring", "DATE", "2012-SP"),
            ("Yesterday", "DATE", "2013-01-12"),
            ("Sunday", "DATE", "2013-01-13"),
            ("3:25 p.m.", "TIME", "2013-01-13T15:25"),
            ("Sunday evening", "TIME", "2013-01-13TEV"),
            ("at least Tuesday", "DATE", "2013-01-15"),
            ("48 hours", "DURATION", "PT48H"),
            ("Wednesday", "DATE", "2013-01-16"),
            ("Saturday night", "TIME", "2013-01-12TNI"),
            ("Thursday", "DATE", "2013-01-10"),
            ("1927", "DATE", "1927"),
            ("September", "DATE", "2012-09"),
            ("every few hours", "SET", "PTXH"),
            ("Monday morning", "TIME", "2013-01-14TMO"),
            ("five years", "DURATION", "P5Y"),
            ("March 2009", "DATE", "2009-03"),
            ("1979", "DATE", "1979"),
            ("the 1990s", "DATE", "199"),
            ("tonight", "TIME", "2013-01-13TNI"),
            ("Monday", "DATE", "2013-01-14"),
            ("the past decade", "DURATION", "P10Y"),
            ("years", "DURATION", "PXY"),
            ("daily", "SET", "P1D"),
            ("at least a week", "DURATION", "P1W"),
        ],
    ),
    # Monday 2013-06-24 (ISO week 26), newspaper follow-up story, headline, byline, date line
    # "Published: June 24, 2013", "TAMSETT, Ore. —" dateline. The narrative is anchored on
    # its own last date: "the night of Feb. 19" one TIME span 2013-02-19TNI (gold_blind5);
    # "early the next morning" 2013-02-20TMO (the modifier kept); "The next day" 2013-02-20;
    # "That evening" 2013-02-20TEV, the evening of that next day; "Two weeks later" the ISO
    # week of 2013-03-06, 2013-W10 ("N later" the unit's granularity, gold_blind28,
    # gold_blind58); "The following week" 2013-W11 (gold_blind29, gold_blind39). "For 92
    # years" P92Y; "at 6:45 every morning" XXXX-XX-XXT06:45 with the SET XXXX-XX-XXTMO;
    # "since February" 2013-02; "due in May" 2013-05 (past); "this summer" 2013-SU; "Every
    # Friday" XXXX-WXX-5; "in the fall" ahead 2013-FA; "in April ... a year earlier" 2013-04
    # and 2012-04; "in August" ahead 2013-08; "every two weeks since March" P2W and 2013-03;
    # "up to 26 weeks" P26W; "in a decade" the period of a count, P10Y; "Last Tuesday" in a
    # Monday story the most recent Tuesday, 2013-06-18 (gold_blind36); "by Labor Day" the
    # first Monday of September, 2013-09-02; "since 1921" and "through 2008" DATEs (signals
    # left out); "on Wednesday" ahead 2013-06-26; "A year ago" 2012; "now" and "Now"
    # PRESENT_REF. Not annotated: "spring dance" (a season naming a kind of event), "the
    # Depression" (an event), "2,300", "140 of its 185 workers", "57", "14.2 percent", "10.8
    # percent", "30 children", "200 residents", "$250,000", "the third", "yet".
    "tamsett-mill-fire-aftermath": (
        "2013-06-24",
        [
            ("June 24, 2013", "DATE", "2013-06-24"),
            ("92 years", "DURATION", "P92Y"),
            ("6:45", "TIME", "XXXX-XX-XXT06:45"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("February", "DATE", "2013-02"),
            ("the night of Feb. 19", "TIME", "2013-02-19TNI"),
            ("early the next morning", "TIME", "2013-02-20TMO"),
            ("The next day", "DATE", "2013-02-20"),
            ("That evening", "TIME", "2013-02-20TEV"),
            ("Two weeks later", "DATE", "2013-W10"),
            ("The following week", "DATE", "2013-W11"),
            ("May", "DATE", "2013-05"),
            ("this summer", "DATE", "2013-SU"),
            ("Every Friday", "SET", "XXXX-WXX-5"),
            ("31 years", "DURATION", "P31Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("the fall", "DATE", "2013-FA"),
            ("April", "DATE", "2013-04"),
            ("a year earlier", "DATE", "2012-04"),
            ("August", "DATE", "2013-08"),
            ("every two weeks", "SET", "P2W"),
            ("March", "DATE", "2013-03"),
            ("up to 26 weeks", "DURATION", "P26W"),
            ("a decade", "DURATION", "P10Y"),
            ("the 1990s", "DATE", "199"),
            ("Last Tuesday", "DATE", "2013-06-18"),
            ("Labor Day", "DATE", "2013-09-02"),
            ("1921", "DATE", "1921"),
            ("2008", "DATE", "2008"),
            ("Wednesday", "DATE", "2013-06-26"),
            ("the end of the year", "DATE", "2013"),
            ("A year ago", "DATE", "2012"),
            ("Now", "DATE", "PRESENT_REF"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
