"""Annotations of the sixty-first blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind61/annotate.py [--show]

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
    # Monday 2013-06-03 (ISO week 23), Reuters-style drug-trial wire, "BOSTON, June 3 (Reuters)
    # -" dateline (the publication day). The results were "presented on Monday" and the shares
    # rose "in early trading on Monday": the publication day itself (gold_blind42's "said on
    # Thursday" in a Thursday story). The analysts' call is "at 8 a.m. EDT (1200 GMT) on
    # Tuesday", 2013-06-04: EDT is UTC-4, both clock times on Tuesday, two TIMEX3 plus the day
    # (gold_blind28). The headline's "Weekly" and "daily" and the body's "once-weekly" and
    # "daily" are adjectival frequencies naming a recurrence (doses), SETs P1W and P1D, like
    # gold_blind28's headline "Daily walks"; "52-week" and "90-day" and "two-year" adjectival
    # DURATIONs ("a 90-day supply" -> "90-day"). "After six months of treatment" -> "six
    # months" P6M; "over about three months" (what HbA1c measures) a generic DURATION P3M;
    # "the first four weeks" an ordinal period of treatment, P4W (gold_blind42's "the first
    # two weeks"); "enough for a month" P1M. "the fourth quarter" ahead is 2013-Q4 (Marlowe's
    # fiscal year is not described, so calendar quarters); "early next year" 2014; "late last
    # year" 2012; "mid-2012" 2012; "September" ahead 2013-09; "later this year" 2013. "more
    # than a decade" P10Y (since 2002). Not annotated: "PACE-52" (a trial's name holding the
    # trial's length), "type 2", "2 mg", "100 mg", "HbA1c", "1,184", "14 countries", "1.4
    # percentage points", "3.1 kg (6.8 lb)", "6 percent", "4 percent", "$1.2 billion", "7.2
    # percent", "$38.20", "four doses", "three-pen pack", "some may never need", "early
    # trading" (only the weekday), "early" (stopped treatment early), "(Reuters)".
    "marlowe-glenatide-weekly-diabetes-trial": (
        "2013-06-03",
        [
            ("Weekly", "SET", "P1W"),
            ("daily", "SET", "P1D"),
            ("52-week", "DURATION", "P52W"),
            ("June 3", "DATE", "2013-06-03"),
            ("once-weekly", "SET", "P1W"),
            ("daily", "SET", "P1D"),
            ("52 weeks", "DURATION", "P52W"),
            ("Monday", "DATE", "2013-06-03"),
            ("March 2011", "DATE", "2011-03"),
            ("mid-2012", "DATE", "2012"),
            ("once a week", "SET", "P1W"),
            ("once a day", "SET", "P1D"),
            ("six months", "DURATION", "P6M"),
            ("about three months", "DURATION", "P3M"),
            ("12 months", "DURATION", "P12M"),
            ("the first four weeks", "DURATION", "P4W"),
            ("every day", "SET", "P1D"),
            ("once a week", "SET", "P1W"),
            ("the 1990s", "DATE", "199"),
            ("the fourth quarter", "DATE", "2013-Q4"),
            ("early next year", "DATE", "2014"),
            ("the second half of 2014", "DATE", "2014-H2"),
            ("more than a decade", "DURATION", "P10Y"),
            ("2002", "DATE", "2002"),
            ("once-weekly", "SET", "P1W"),
            ("late last year", "DATE", "2012"),
            ("2018", "DATE", "2018"),
            ("a month", "DURATION", "P1M"),
            ("90-day", "DURATION", "P90D"),
            ("two-year", "DURATION", "P2Y"),
            ("September", "DATE", "2013-09"),
            ("later this year", "DATE", "2013"),
            ("Monday", "DATE", "2013-06-03"),
            ("8 a.m. EDT", "TIME", "2013-06-04T08:00"),
            ("1200 GMT", "TIME", "2013-06-04T12:00"),
            ("Tuesday", "DATE", "2013-06-04"),
        ],
    ),
    # Tuesday 2015-02-17 (ISO week 8), AFP-style outbreak wire, "SALVERA, Feb 17, 2015 (AFP) -"
    # dateline: the ministry spoke "on Tuesday", the publication day; the education minister
    # "late Monday" 2015-02-16; the first treatment centre opened "on Saturday" 2015-02-14
    # (past), the second is due "on Friday" 2015-02-20 (future), and the next figures come "at
    # 11 a.m. (1000 GMT) on Friday" (Merovia is on GMT+1; two TIMEX3 plus the day). "in the week
    # to Sunday" -> "the week" DATE 2015-W07 and "Sunday" 2015-02-15, "to" a signal between
    # them, as "the week ending Friday" was split in gold_blind22: the week to Sunday runs
    # Monday-Sunday, exactly the ISO week. "the week before" is anchored on it, 2015-W06
    # (gold_blind42); "the week to Feb. 1" -> "the week" 2015-W05 and "Feb. 1" (a Sunday). The
    # first case fell ill "on Jan. 4" (a Sunday) and died "two days later", 2015-01-06,
    # anchored on the narrative's last date. "cases dipped in mid-January before rising again at
    # the end of the month" -> "mid-January" and "the end of the month" both 2015-01 (the month
    # the clause tells, not the month of publication). "three weeks" (headline "down three
    # weeks running", lead "for three weeks in a row") and "Three weeks of decline" P3W; "its
    # incubation period is up to 21 days" -> "up to 21 days" P21D; "followed for 21 days" and
    # "Over the past 21 days" -> "21 days", "the past 21 days" P21D; "42 days" P42D; "more than
    # two weeks" P2W; "two doses four weeks apart" -> "four weeks" P4W (the interval between
    # doses); "over four months" P4M. "twice a day" SET P1D, "every day" SET P1D, "every
    # Thursday" SET XXXX-WXX-4. "earlier this month" 2015-02; "next month" 2015-03; "recent
    # years" PAST_REF; "the 1970s" 197. Not annotated: "Orva-14" (a strain's name), "twice the
    # incubation period" (a count), "the incubation period", the hotline "1977", "34-year-old",
    # "60-bed", "97", "31", "58", "102", "412", "six of the country's nine provinces", "1,870",
    # "96 percent", "3,000", "40,000", "around the clock", "(AFP)".
    "merovia-tarsa-fever-outbreak-weekly-count": (
        "2015-02-17",
        [
            ("three weeks", "DURATION", "P3W"),
            ("Feb 17, 2015", "DATE", "2015-02-17"),
            ("three weeks", "DURATION", "P3W"),
            ("Tuesday", "DATE", "2015-02-17"),
            ("Jan. 4", "DATE", "2015-01-04"),
            ("the week", "DATE", "2015-W07"),
            ("Sunday", "DATE", "2015-02-15"),
            ("the week before", "DATE", "2015-W06"),
            ("the week", "DATE", "2015-W05"),
            ("Feb. 1", "DATE", "2015-02-01"),
            ("Three weeks", "DURATION", "P3W"),
            ("mid-January", "DATE", "2015-01"),
            ("the end of the month", "DATE", "2015-01"),
            ("Jan. 4", "DATE", "2015-01-04"),
            ("two days later", "DATE", "2015-01-06"),
            ("up to 21 days", "DURATION", "P21D"),
            ("21 days", "DURATION", "P21D"),
            ("twice a day", "SET", "P1D"),
            ("the past 21 days", "DURATION", "P21D"),
            ("every day", "SET", "P1D"),
            ("42 days", "DURATION", "P42D"),
            ("more than two weeks", "DURATION", "P2W"),
            ("Saturday", "DATE", "2015-02-14"),
            ("Friday", "DATE", "2015-02-20"),
            ("earlier this month", "DATE", "2015-02"),
            ("Jan. 19", "DATE", "2015-01-19"),
            ("March 2", "DATE", "2015-03-02"),
            ("late Monday", "DATE", "2015-02-16"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
            ("2009", "DATE", "2009"),
            ("four months", "DURATION", "P4M"),
            ("the 1970s", "DATE", "197"),
            ("recent years", "DATE", "PAST_REF"),
            ("next month", "DATE", "2015-03"),
            ("four weeks", "DURATION", "P4W"),
            ("Jan. 9", "DATE", "2015-01-09"),
            ("11 a.m.", "TIME", "2015-02-20T11:00"),
            ("1000 GMT", "TIME", "2015-02-20T10:00"),
            ("Friday", "DATE", "2015-02-20"),
        ],
    ),
    # Thursday 2014-08-14 (ISO week 33), British daily's hospital waiting-times story, headline,
    # standfirst, byline and date line "Thursday 14 August 2014": the figures were "published
    # yesterday", 2014-08-13. "the end of June" 2014-06 and "a year earlier" after it 2013-06
    # (gold_blind11, gold_blind19); "six-year high" (headline) and "the highest number for six
    # years" are periods of a superlative, DURATION P6Y; "the 18-week target" (headline and
    # body) -> "18-week" DURATION P18W, "longer than 18 weeks" and "within 18 weeks of referral"
    # -> "18 weeks" P18W; "within four hours" PT4H; "more than 12 hours" PT12H. The NHS
    # financial year runs April-March and is named by the year it ends (gold_blind11,
    # gold_blind19): "the financial year to March" -> "the financial year" FY2014 (April
    # 2013-March 2014) and "March" 2014-03, "to" a signal, as gold_blind28 split "the fiscal
    # year to March 2008"; "the current financial year" FY2015. "the spring" ahead in August
    # is 2015-SP; "last winter" in August is the winter of December 2013-February 2014,
    # 2014-WI (named by the year of its January, gold_blind42); "the autumn" ahead 2014-FA.
    # "every month since February" -> SET P1M and "February" 2014-02; "in July" 2014-07; "told
    # in March" 2014-03 (past); "October" ahead 2014-10; "the first quarter of next year"
    # 2015-Q1, one span; "at weekends" SET XXXX-WXX-WE; "next month" 2014-09; "last year"
    # 2013; "the 2000s" 200. "Sunday 27 July" one DATE span with its weekday; the march sets
    # off "at 11am on Saturday" 2014-08-16 (future); the board meets "on Tuesday 26 August".
    # Not annotated: "Ward 7", "the 111 line", "24/7", "A&E", "The Save Harlowe Hospitals
    # March" (a named march, beside the annotated months "March"), "68", "5,300", "3,900",
    # "90%", "91.2%", "95%", "14 patients", "£11.8m", "£15m", "9%", "24 extra beds", "40
    # nurses", "out-of-hours".
    "harlowe-hospitals-waiting-times-18-weeks": (
        "2014-08-14",
        [
            ("six-year", "DURATION", "P6Y"),
            ("18-week", "DURATION", "P18W"),
            ("Thursday 14 August 2014", "DATE", "2014-08-14"),
            ("18 weeks", "DURATION", "P18W"),
            ("the end of June", "DATE", "2014-06"),
            ("six years", "DURATION", "P6Y"),
            ("a year earlier", "DATE", "2013-06"),
            ("yesterday", "DATE", "2014-08-13"),
            ("18 weeks", "DURATION", "P18W"),
            ("18-week", "DURATION", "P18W"),
            ("every month", "SET", "P1M"),
            ("February", "DATE", "2014-02"),
            ("now", "DATE", "PRESENT_REF"),
            ("the spring", "DATE", "2015-SP"),
            ("four hours", "DURATION", "PT4H"),
            ("July", "DATE", "2014-07"),
            ("Sunday 27 July", "DATE", "2014-07-27"),
            ("more than 12 hours", "DURATION", "PT12H"),
            ("the financial year", "DATE", "FY2014"),
            ("March", "DATE", "2014-03"),
            ("the current financial year", "DATE", "FY2015"),
            ("last year", "DATE", "2013"),
            ("recent months", "DATE", "PAST_REF"),
            ("October", "DATE", "2014-10"),
            ("the first quarter of next year", "DATE", "2015-Q1"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("next month", "DATE", "2014-09"),
            ("recently", "DATE", "PAST_REF"),
            ("the 2000s", "DATE", "200"),
            ("2010", "DATE", "2010"),
            ("2012", "DATE", "2012"),
            ("last winter", "DATE", "2014-WI"),
            ("10 months", "DURATION", "P10M"),
            ("March", "DATE", "2014-03"),
            ("six weeks", "DURATION", "P6W"),
            ("every week", "SET", "P1W"),
            ("11am", "TIME", "2014-08-16T11:00"),
            ("Saturday", "DATE", "2014-08-16"),
            ("Tuesday 26 August", "DATE", "2014-08-26"),
            ("the autumn", "DATE", "2014-FA"),
        ],
    ),
    # Friday 2013-01-18 (ISO week 3), US local paper's flu story, headline, byline "Staff
    # Writer", date line "Friday, January 18, 2013", "KESSLER COUNTY —" dateline: the hospitals
    # "said Thursday" 2013-01-17 and the bulletin came out "Thursday afternoon" 2013-01-17TAF;
    # the visitor ban starts Saturday 2013-01-19, when the free shots run "from 9 a.m. to 4 p.m.
    # Saturday" (two clock times on that day plus the day); the woman died "on Tuesday night"
    # 2013-01-15TNI; the tent went up "on Monday" 2013-01-14, the record day was "on Wednesday"
    # 2013-01-16 (past); "next Thursday" in a Friday paper is the coming one, six days ahead,
    # 2013-01-24 (gold_blind18, gold_blind25). "last week" 2013-W02 (twice) and "the week
    # before" anchored on it, 2013-W01 (gold_blind42); "next week" 2013-W04. The peak expected
    # "in late January or early February" 2013-01 and 2013-02; "since Oct. 1" 2012-10-01;
    # "this winter" 2013-WI; "early December" 2012-12; "about a month earlier than usual" the
    # size of a shift, DURATION P1M (gold_blind28's "six months later than planned"); "through
    # February" 2013-02 and "probably in March" 2013-03 (future). "the 2009 pandemic" an
    # adjectival year. "weekly flu bulletin" an adjectival frequency naming a recurrence, SET
    # P1W (like "weekly polls", gold_blind28); "on Wednesday evenings" SET XXXX-WXX-3TEV;
    # "every year" SET P1Y. "within 48 hours of the first symptoms" -> "48 hours" PT48H. Flu
    # seasons are not annotated (gold_blind42): "the flu season" (twice), "last season" ("at
    # the same point last season"). Not annotated either: "A/Halloway/2012" (a strain's name
    # holding the year it was isolated), "H3N2", "under 16", "6 months and older", "91-year-
    # old", "1920 Lake Road", "555-0147", "412", "187", "1,240", "310" (twice), "Nine".
    "kessler-county-flu-cases-double": (
        "2013-01-18",
        [
            ("Friday, January 18, 2013", "DATE", "2013-01-18"),
            ("last week", "DATE", "2013-W02"),
            ("Thursday", "DATE", "2013-01-17"),
            ("Saturday", "DATE", "2013-01-19"),
            ("late January", "DATE", "2013-01"),
            ("early February", "DATE", "2013-02"),
            ("weekly", "SET", "P1W"),
            ("Thursday afternoon", "TIME", "2013-01-17TAF"),
            ("last week", "DATE", "2013-W02"),
            ("the week before", "DATE", "2013-W01"),
            ("Oct. 1", "DATE", "2012-10-01"),
            ("this winter", "DATE", "2013-WI"),
            ("Tuesday night", "TIME", "2013-01-15TNI"),
            ("early December", "DATE", "2012-12"),
            ("about a month", "DURATION", "P1M"),
            ("2009", "DATE", "2009"),
            ("now", "DATE", "PRESENT_REF"),
            ("about two weeks", "DURATION", "P2W"),
            ("every year", "SET", "P1Y"),
            ("9 a.m.", "TIME", "2013-01-19T09:00"),
            ("4 p.m.", "TIME", "2013-01-19T16:00"),
            ("Saturday", "DATE", "2013-01-19"),
            ("Wednesday evenings", "SET", "XXXX-WXX-3TEV"),
            ("February", "DATE", "2013-02"),
            ("48 hours", "DURATION", "PT48H"),
            ("Monday", "DATE", "2013-01-14"),
            ("Wednesday", "DATE", "2013-01-16"),
            ("1994", "DATE", "1994"),
            ("next week", "DATE", "2013-W04"),
            ("March", "DATE", "2013-03"),
            ("next Thursday", "DATE", "2013-01-24"),
        ],
    ),
    # Wednesday 2013-07-17 (ISO week 29), British paper's vaccine-rollout story, headline,
    # standfirst, byline and date line "Wednesday 17 July 2013": the public-health director
    # spoke "yesterday", 2013-07-16; the first deliveries came "on Monday" 2013-07-15 (past);
    # the programme starts "from next Monday" (headline and twice in the body), the coming
    # Monday 2013-07-22 (in a Wednesday paper the Monday of next week as well, so the two
    # readings of "next" agree), "from" a signal. "the autumn" ahead 2013-FA (standfirst and
    # body); "by the end of the year" -> "the end of the year" 2013 (the year's value, like
    # gold_blind35's "the end of 1990"); "last week" 2013-W28; "so far this year" -> "this
    # year" 2013 (gold_blind6); "This year's flu programme" -> "This year" 2013, the possessive
    # left out; "Last winter" in July is December 2012-February 2013, 2013-WI; "last year"
    # 2012 (twice); "licensed ... in January" 2013-01 (past); "two weeks earlier than last
    # year" the size of a shift, P2W; "on 1 October" 2013-10-01; "the first half of next year"
    # 2014-H1, one span; "mid-2014" 2014. "more than two years" P2Y; "for years" -> "years"
    # PXY; "for three years" P3Y; "in the first year" of the programme -> "the first year", an
    # ordinal period of an event, DURATION P1Y (gold_blind42's "the first six months"). The
    # helpline hours "from 8am to 8pm daily" recur on no particular day, XXXX-XX-XXT08:00 and
    # T20:00, with "daily" SET P1D (gold_blind42); "every year", "annually" SET P1Y; "every
    # month" SET P1M. Not annotated: the ages "two, four and 12 months of age", "13- to
    # 18-year-olds", "under five", "over 65", "over-65s"; "Kelvax"; "40 or so cases", "four
    # children", "11", "23", "9,000 children", "88 per cent", "£2.1m", "61 per cent", "75 per
    # cent", "the first results" (an ordinal of results, not of time).
    "hartmoor-kellan-meningitis-vaccine-rollout": (
        "2013-07-17",
        [
            ("next Monday", "DATE", "2013-07-22"),
            ("the autumn", "DATE", "2013-FA"),
            ("the end of the year", "DATE", "2013"),
            ("Wednesday 17 July 2013", "DATE", "2013-07-17"),
            ("next Monday", "DATE", "2013-07-22"),
            ("every year", "SET", "P1Y"),
            ("the autumn", "DATE", "2013-FA"),
            ("the end of the year", "DATE", "2013"),
            ("the 1980s", "DATE", "198"),
            ("last year", "DATE", "2012"),
            ("2011", "DATE", "2011"),
            ("2012", "DATE", "2012"),
            ("this year", "DATE", "2013"),
            ("yesterday", "DATE", "2013-07-16"),
            ("more than two years", "DURATION", "P2Y"),
            ("years", "DURATION", "PXY"),
            ("now", "DATE", "PRESENT_REF"),
            ("January", "DATE", "2013-01"),
            ("three years", "DURATION", "P3Y"),
            ("last week", "DATE", "2013-W28"),
            ("Monday", "DATE", "2013-07-15"),
            ("next Monday", "DATE", "2013-07-22"),
            ("every month", "SET", "P1M"),
            ("the first year", "DURATION", "P1Y"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
            ("annually", "SET", "P1Y"),
            ("Last winter", "DATE", "2013-WI"),
            ("This year", "DATE", "2013"),
            ("two weeks", "DURATION", "P2W"),
            ("last year", "DATE", "2012"),
            ("1 October", "DATE", "2013-10-01"),
            ("the first half of next year", "DATE", "2014-H1"),
            ("mid-2014", "DATE", "2014"),
        ],
    ),
    # Saturday 2014-05-10 (ISO week 19), AP-style health story, byline "Associated Press",
    # "BRENTON, Pa. (AP) —" dateline without date (the publication day only here): the
    # officials spoke "on Friday" 2014-05-09; the latest death was "on Tuesday" 2014-05-06
    # (past); the weekly counts start "Monday" 2014-05-12 and the public meeting is "at 7 p.m.
    # Thursday" 2014-05-15 (future; the clock time and the day two TIMEX3). "this spring" in
    # May 2014-SP; "a decade ago" 2004, at the unit's granularity of years (gold_blind42's
    # "Five years ago"); "since March 1" 2014-03-01; "in all of last year" -> "last year" 2013
    # ("all of" left out like "most of", gold_blind23); "late April" and "in April" 2014-04;
    # "until at least October" -> "at least October" 2014-10 with the modifier kept
    # (gold_blind35); "through the end of the month" -> "the end of the month" 2014-05. The
    # dosing: "twice a day" SET P1D, "for 14 days" P14D, "every eight hours" SET PT8H
    # (gold_blind42), "once a week" SET P1W; "within 48 hours of the first symptoms" and
    # "after two weeks" of treatment are durations anchored to an event, PT48H and P2W; "can
    # cost you a week" P1W and "more than a week" P1W; "kill in days" and "years away" vague
    # durations PXD and PXY ("within days" -> "days", gold_blind2). "every Saturday in June
    # from 10 a.m. to 2 p.m." is a SET, a DATE 2014-06 and two clock times on no particular day
    # (gold_blind27's "every Saturday in May, from 9 a.m. to 3 p.m."); "every week" SET P1W.
    # "the past decade" P10Y; "the 1990s" 199. Not annotated: "9/11" (an event's name, not a
    # date of this story), "24/7", "the Brenton Sunday Ledger" (a paper, in a Saturday story),
    # "Dr. Samuel March" (beside "March 1"), "may need", "under 8", "aged 71, 64 and 9", "27
    # cases", "nine", "three deaths".
    "garrity-county-tick-fever-treatment-guidance": (
        "2014-05-10",
        [
            ("Friday", "DATE", "2014-05-09"),
            ("48 hours", "DURATION", "PT48H"),
            ("this spring", "DATE", "2014-SP"),
            ("a decade ago", "DATE", "2004"),
            ("twice a day", "SET", "P1D"),
            ("14 days", "DURATION", "P14D"),
            ("every eight hours", "SET", "PT8H"),
            ("a week", "DURATION", "P1W"),
            ("days", "DURATION", "PXD"),
            ("March 1", "DATE", "2014-03-01"),
            ("last year", "DATE", "2013"),
            ("2010", "DATE", "2010"),
            ("more than a week", "DURATION", "P1W"),
            ("late April", "DATE", "2014-04"),
            ("Tuesday", "DATE", "2014-05-06"),
            ("two weeks", "DURATION", "P2W"),
            ("once a week", "SET", "P1W"),
            ("1987", "DATE", "1987"),
            ("the 1990s", "DATE", "199"),
            ("the past decade", "DURATION", "P10Y"),
            ("the coming months", "DURATION", "PXM"),
            ("at least October", "DATE", "2014-10"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("June", "DATE", "2014-06"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("2 p.m.", "TIME", "XXXX-XX-XXT14:00"),
            ("every week", "SET", "P1W"),
            ("Monday", "DATE", "2014-05-12"),
            ("the end of the month", "DATE", "2014-05"),
            ("April", "DATE", "2014-04"),
            ("7 p.m.", "TIME", "2014-05-15T19:00"),
            ("Thursday", "DATE", "2014-05-15"),
            ("years", "DURATION", "PXY"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
