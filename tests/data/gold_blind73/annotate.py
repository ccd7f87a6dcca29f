"""Annotations of the seventy-third blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind73/annotate.py [--show]

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
    # Monday 2015-06-08 (ISO week 24), British university press release, "Issued: Monday 8 June
    # 2015" (the DCT: the day the release went out) and an embargo line "EMBARGOED UNTIL 00:01 BST
    # WEDNESDAY 10 JUNE 2015" (TIME 2015-06-10T00:01 plus one DATE span with its weekday, in
    # capitals as such lines are printed; "EMBARGOED UNTIL" a label and signal, gold_blind42). The
    # paper is "published on Wednesday", the coming one, 2015-06-10; the briefing is "at 11am on
    # Tuesday 9 June" (TIME and DATE) and the interviews "from 1pm to 4pm" take the day of their
    # sentence, 2015-06-09. "Over a median follow-up of 62 months" -> "62 months" P62M, "a median
    # follow-up of" left out like "an average of" (gold_blind13, gold_blind37, gold_blind42). "every
    # four years" SET P4Y; "once per year" SET P1Y like "once a year"; "For decades" -> "decades"
    # PXY (earlier sets); "about ten years after problems begin" an anchored DURATION P10Y; "late
    # last year" 2014 and "mid-2014" 2014 (the year's value, gold_blind42); "the autumn" ahead in
    # June 2015-FA. Traps: "the age of 60", "aged 40-69", "in their twenties" (an age, not the
    # 2020s), "middle age", "the 1000 Genomes Project", the gene "KCNQ7", "p<0.001", the citation
    # "Genet Epidemiol Lett 2015;19:2014-26" (a journal year and pages), the DOI
    # "doi:10.1098/gel.2015.0412", "top 20", the phone numbers "01632 960 2015" and "07700 900 118",
    # "Out of hours", "may be able".
    "eastholm-hearing-gene-variant-press-release": (
        "2015-06-08",
        [
            ("Monday 8 June 2015", "DATE", "2015-06-08"),
            ("00:01 BST", "TIME", "2015-06-10T00:01"),
            ("WEDNESDAY 10 JUNE 2015", "DATE", "2015-06-10"),
            ("Wednesday", "DATE", "2015-06-10"),
            ("2006", "DATE", "2006"),
            ("2010", "DATE", "2010"),
            ("every four years", "SET", "P4Y"),
            ("62 months", "DURATION", "P62M"),
            ("the 1970s", "DATE", "197"),
            ("decades", "DURATION", "PXY"),
            ("Now", "DATE", "PRESENT_REF"),
            ("the past decade", "DURATION", "P10Y"),
            ("2035", "DATE", "2035"),
            ("about ten years", "DURATION", "P10Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("three-year", "DURATION", "P3Y"),
            ("late last year", "DATE", "2014"),
            ("the autumn", "DATE", "2015-FA"),
            ("once per year", "SET", "P1Y"),
            ("2019", "DATE", "2019"),
            ("mid-2014", "DATE", "2014"),
            ("11am", "TIME", "2015-06-09T11:00"),
            ("Tuesday 9 June", "DATE", "2015-06-09"),
            ("1pm", "TIME", "2015-06-09T13:00"),
            ("4pm", "TIME", "2015-06-09T16:00"),
            ("1966", "DATE", "1966"),
        ],
    ),
    # Tuesday 2013-11-26 (ISO week 48), official-statistics release of an invented health service,
    # "Publication date: Tuesday 26 November 2013, 09:30" (a DATE with its weekday and a TIME).
    # Winters take the year of their January (gold_blind28, gold_blind42, gold_blind51,
    # gold_blind70): the title's "Winter 2012-13" and "the winter of 2012-13" 2013-WI, one span each
    # with the pair of years (see README); "the previous winter" after it 2012-WI; "the winter of
    # 1999-2000" 2000-WI, "the winter of 2011-12" 2012-WI, "the winter of 2013-14" 2014-WI. "the
    # four months from December 2012 to March 2013" is a DURATION P4M plus two DATEs, and so are
    # "the preceding four months (August to November 2012)" (August 2012-08) and "the following four
    # months (April to July 2013)" (April 2013-04). "the week ending Sunday 13 January 2013" is two
    # TIMEX3, "the week" 2013-W02 (Monday 7 to Sunday 13 January, the ISO week) and the date with
    # its weekday ("ending" a signal, like "the week ended Oct. 12" in gold_blind33 and "the week to
    # Sunday" in gold_blind61). "the first quarter of 2013" 2013-Q1 and "the same quarter of 2012"
    # 2012-Q1; "a five-year average" -> "five-year" P5Y; "the end of January 2013" the month's
    # value, and "a year earlier" after it 2012-01 (the granularity of what it is compared with);
    # "next year" 2014; "Frequency: annually" SET P1Y; "every Thursday" SET XXXX-WXX-4. Traps:
    # "Excess Winter Deaths" / "excess winter deaths" / "excess winter mortality index" (a
    # statistic's name: no particular winter), "the dominant strain of the season" (a flu season,
    # gold_blind42), "A(H3N2)", "aged 75 and over", "aged 65 and over", "95% CI", "21.4", "16.2",
    # "74.1%", "2.9C", the URL ".../ewd-2013-14", the workbook "EWD_1213.xls", "Tables 1-12", the
    # telephone "01632 961 113".
    "lanmoor-excess-winter-deaths-2012-13-statistics": (
        "2013-11-26",
        [
            ("Winter 2012-13", "DATE", "2013-WI"),
            ("Tuesday 26 November 2013", "DATE", "2013-11-26"),
            ("09:30", "TIME", "2013-11-26T09:30"),
            ("November 2014", "DATE", "2014-11"),
            ("annually", "SET", "P1Y"),
            ("the winter of 2012-13", "DATE", "2013-WI"),
            ("the previous winter", "DATE", "2012-WI"),
            ("the winter of 1999-2000", "DATE", "2000-WI"),
            ("the four months", "DURATION", "P4M"),
            ("December 2012", "DATE", "2012-12"),
            ("March 2013", "DATE", "2013-03"),
            ("the preceding four months", "DURATION", "P4M"),
            ("August", "DATE", "2012-08"),
            ("November 2012", "DATE", "2012-11"),
            ("the following four months", "DURATION", "P4M"),
            ("April", "DATE", "2013-04"),
            ("July 2013", "DATE", "2013-07"),
            ("the week", "DATE", "2013-W02"),
            ("Sunday 13 January 2013", "DATE", "2013-01-13"),
            ("the first quarter of 2013", "DATE", "2013-Q1"),
            ("the same quarter of 2012", "DATE", "2012-Q1"),
            ("five-year", "DURATION", "P5Y"),
            ("the end of January 2013", "DATE", "2013-01"),
            ("a year earlier", "DATE", "2012-01"),
            ("March 2013", "DATE", "2013-03"),
            ("1962", "DATE", "1962"),
            ("the 1990s", "DATE", "199"),
            ("the past decade", "DURATION", "P10Y"),
            ("the winter of 2011-12", "DATE", "2012-WI"),
            ("14 May 2013", "DATE", "2013-05-14"),
            ("next year", "DATE", "2014"),
            ("the winter of 2013-14", "DATE", "2014-WI"),
            ("November 2014", "DATE", "2014-11"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
        ],
    ),
    # Wednesday 2013-09-25 (ISO week 39), AP-style medical story on a new study, headline, byline
    # "AP Medical Writer", "CHICAGO (AP) —" dateline without date (the publication day is only
    # here). The study was "published online Monday" 2013-09-23 and the outside doctor "said
    # Tuesday" 2013-09-24 (past); the researchers "will present follow-up data Saturday" 2013-09-28
    # (future). Headline "doubled in a decade" -> "a decade" P10Y, the period of a change
    # (gold_blind33, gold_blind35); "over a 10-year period" -> the adjectival "10-year" only
    # (gold_blind21). "on Fridays and Saturdays" two SETs XXXX-WXX-5, XXXX-WXX-6 (plural weekdays,
    # like "Wednesday evenings" and "Saturdays" in gold_blind61 and gold_blind21). "for days" ->
    # "days" PXD; "this fall" in late September 2013-FA; "last year's pace" -> "last year" 2012;
    # "Ten years ago" 2003 (the unit's granularity); "the first 24 hours" after a hit and "at least
    # 24 hours" PT24H; "about a week" P1W; "the coming years" PXY (gold_blind31); "in recent years"
    # -> "recent years" PAST_REF (gold_blind28, gold_blind61). Traps: "aged 8 to 19", "Senate Bill
    # 1906" (a bill number), "had his bell rung", "follow-up data", "not yet", "the same game", "64
    # hospitals", "7,400", "15,900", "1,200", the phone number "312-555-0190".
    "youth-sports-concussion-er-visits-study": (
        "2013-09-25",
        [
            ("a decade", "DURATION", "P10Y"),
            ("10-year", "DURATION", "P10Y"),
            ("Monday", "DATE", "2013-09-23"),
            ("2002", "DATE", "2002"),
            ("2011", "DATE", "2011"),
            ("2002", "DATE", "2002"),
            ("2011", "DATE", "2011"),
            ("2008", "DATE", "2008"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("days", "DURATION", "PXD"),
            ("more than a decade", "DURATION", "P10Y"),
            ("the 1990s", "DATE", "199"),
            ("Now", "DATE", "PRESENT_REF"),
            ("2009", "DATE", "2009"),
            ("2011", "DATE", "2011"),
            ("recent years", "DATE", "PAST_REF"),
            ("2012", "DATE", "2012"),
            ("the coming years", "DURATION", "PXY"),
            ("this fall", "DATE", "2013-FA"),
            ("last year", "DATE", "2012"),
            ("at least 24 hours", "DURATION", "PT24H"),
            ("about a week", "DURATION", "P1W"),
            ("the first 24 hours", "DURATION", "PT24H"),
            ("Tuesday", "DATE", "2013-09-24"),
            ("Ten years ago", "DATE", "2003"),
            ("Saturday", "DATE", "2013-09-28"),
            ("two years", "DURATION", "P2Y"),
            ("every week", "SET", "P1W"),
        ],
    ),
    # Saturday 2014-06-14 (ISO week 24), drug company's trial-results press release on a wire,
    # headline, bullets, "MINNEAPOLIS, June 14, 2014 /MedWire/ --" dateline; "today" (bullet and
    # lead) is 2014-06-14. The investor call is "on Monday, June 16" (bullet, one span with its
    # weekday) and "on Monday, June 16, 2014" (body), at "8:00 a.m. ET" / "8:00 a.m. Eastern Time",
    # TIME 2014-06-16T08:00, the zone in the span only. Trial time points are durations from the
    # start of treatment: "at 12 weeks", "At 12 weeks", "through 52 weeks", "for 12 weeks", "in 12
    # weeks" (see README); "52-Week" (headline) and "52-week" adjectival DURATIONs P52W; "the first
    # eight weeks" an ordinal period of treatment P8W (gold_blind42); "once a week" SET P1W and
    # "every four weeks" SET P4W ("thereafter" left out). "the fourth quarter of 2014" 2014-Q4, "the
    # first half of 2015" 2015-H1 (calendar, no fiscal year described); "last month" 2014-05; "early
    # next year" 2015; "the quarter ended March 31, 2014" is "the quarter" 2014-Q1 plus the date
    # (gold_blind6). Traps: "Phase 3" (three times), the trial names "ORBIT-2" and "ORBIT-3", "80
    # mg", "PASI 75", "p<0.0001", "78%", "91%", "6%", "842 adults", "94 sites", "Form 10-Q",
    # "NASDAQ: HLDN", "1-877-555-0142", the conference ID "2014616" (it reads like 2014-6-16, the
    # call's date), "+1 612-555-0177", "Forward-Looking Statements", "may differ".
    "halden-ostrelimab-psoriasis-phase-3-results": (
        "2014-06-14",
        [
            ("52-Week", "DURATION", "P52W"),
            ("12 weeks", "DURATION", "P12W"),
            ("52 weeks", "DURATION", "P52W"),
            ("today", "DATE", "2014-06-14"),
            ("Monday, June 16", "DATE", "2014-06-16"),
            ("8:00 a.m. ET", "TIME", "2014-06-16T08:00"),
            ("June 14, 2014", "DATE", "2014-06-14"),
            ("today", "DATE", "2014-06-14"),
            ("52-week", "DURATION", "P52W"),
            ("March 2012", "DATE", "2012-03"),
            ("January 2013", "DATE", "2013-01"),
            ("12 weeks", "DURATION", "P12W"),
            ("once a week", "SET", "P1W"),
            ("the first eight weeks", "DURATION", "P8W"),
            ("every four weeks", "SET", "P4W"),
            ("12 weeks", "DURATION", "P12W"),
            ("52 weeks", "DURATION", "P52W"),
            ("two days", "DURATION", "P2D"),
            ("the past decade", "DURATION", "P10Y"),
            ("12 weeks", "DURATION", "P12W"),
            ("a year", "DURATION", "P1Y"),
            ("the fourth quarter of 2014", "DATE", "2014-Q4"),
            ("the first half of 2015", "DATE", "2015-H1"),
            ("last month", "DATE", "2014-05"),
            ("early next year", "DATE", "2015"),
            ("Monday, June 16, 2014", "DATE", "2014-06-16"),
            ("8:00 a.m. Eastern Time", "TIME", "2014-06-16T08:00"),
            ("30 days", "DURATION", "P30D"),
            ("2006", "DATE", "2006"),
            ("the quarter", "DATE", "2014-Q1"),
            ("March 31, 2014", "DATE", "2014-03-31"),
        ],
    ),
    # Thursday 2014-09-11 (ISO week 37), Reuters-style health wire on a new study, "ARNSBURG, Sept
    # 11 (Reuters) -" dateline; the researchers "said on Thursday", the publication day itself; the
    # study was "published online on Wednesday" 2014-09-10 (past); the council "will vote on
    # Tuesday" 2014-09-16 (future). "in the three years after the city banned ..." -> "the three
    # years" P3Y, a period anchored on an event; "the first year" an ordinal period of the zone P1Y;
    # "twice daily" SET P1D (gold_blind42); "every hour" SET PT1H; "within 12 months of a routine
    # check" -> "12 months" P12M; "for decades" -> "decades" PXY, "within months" -> "months" PXM;
    # "the late 1990s" 199; "in March" past 2014-03; "from next year" -> "next year" 2015; "the
    # coming months" PXM. Traps: "PM2.5" (a particle size), "Euro 4" (an emissions standard), "June
    # Iles" (a name, beside "June 2009"), "p=0.003", "by about a fifth", "19 percent", "12 percent",
    # "18 percent", "13 percent", "14 monitors", "2,300 children", "200 cities".
    "arnsburg-low-emission-zone-child-asthma-study": (
        "2014-09-11",
        [
            ("Sept 11", "DATE", "2014-09-11"),
            ("the three years", "DURATION", "P3Y"),
            ("Thursday", "DATE", "2014-09-11"),
            ("January 2006", "DATE", "2006-01"),
            ("June 2009", "DATE", "2009-06"),
            ("July 1, 2009", "DATE", "2009-07-01"),
            ("July 2009", "DATE", "2009-07"),
            ("June 2012", "DATE", "2012-06"),
            ("Wednesday", "DATE", "2014-09-10"),
            ("every hour", "SET", "PT1H"),
            ("the first year", "DURATION", "P1Y"),
            ("twice daily", "SET", "P1D"),
            ("12 months", "DURATION", "P12M"),
            ("decades", "DURATION", "PXY"),
            ("Now", "DATE", "PRESENT_REF"),
            ("months", "DURATION", "PXM"),
            ("the late 1990s", "DATE", "199"),
            ("the past decade", "DURATION", "P10Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("2005", "DATE", "2005"),
            ("March", "DATE", "2014-03"),
            ("next year", "DATE", "2015"),
            ("Tuesday", "DATE", "2014-09-16"),
            ("2020", "DATE", "2020"),
            ("the coming months", "DURATION", "PXM"),
        ],
    ),
    # Friday 2012-10-19 (ISO week 42), British broadcaster's health page, stamp "19 October 2012
    # Last updated at 14:05 BST" (a DATE and a TIME, gold_blind36, gold_blind42), byline, no
    # dateline. "in the week to 14 October" is "the week" 2012-W41 plus "14 October" (a Sunday),
    # split like gold_blind61's "the week to Sunday"; "since the start of July" -> "the start of
    # July" 2012-07; "at the same point last year" -> "last year" 2011. The paper appeared "on
    # Thursday" 2012-10-18; the wards shut "on Tuesday night" 2012-10-16TNI and two "reopened two
    # days later", 2012-10-18, anchored on that Tuesday; the third "is due to reopen on Monday"
    # 2012-10-22; the spokeswoman "said on Friday", the publication day. "late July",
    # "mid-September", "early October" the months of 2012; "This year" 2012; "about six weeks
    # earlier than usual" the size of a shift, P6W (gold_blind61); "roughly every three years" SET
    # P3Y, the modifier kept (like "roughly once a decade"); "the mid-1990s" 199; "last weekend" in
    # a Friday story the weekend just past, 13-14 October, 2012-W41-WE (gold_blind40); "the past
    # week" P1W; "a year ago" 2011 (the unit's granularity); "Last winter" said in October is the
    # winter of 2011-12, 2012-WI, and "the winter of 2009-10" 2010-WI (winters take the year of
    # their January); "until 48 hours after" -> "48 hours" PT48H; "Earlier this month" 2012-10;
    # "every Thursday" XXXX-WXX-4 and "once a fortnight" SET P2W; "next week" 2012-W43; "recently"
    # PAST_REF; "the next five years" P5Y. Traps: "the Kestwick Sunday Echo" (a paper, in a Friday
    # story), "Winter vomiting bug" / "the winter vomiting bug" (an illness's name), the strain
    # "GII.4 Kestwick 2012" (a name holding a year), "60C", "1,390", "72%", "1,150 samples", "84
    # wards", "31", "40 patients", "1.1 million", "two million", "Wards closing" (a cross-head).
    "norovirus-new-strain-early-season": (
        "2012-10-19",
        [
            ("19 October 2012", "DATE", "2012-10-19"),
            ("14:05 BST", "TIME", "2012-10-19T14:05"),
            ("the week", "DATE", "2012-W41"),
            ("14 October", "DATE", "2012-10-14"),
            ("the start of July", "DATE", "2012-07"),
            ("last year", "DATE", "2011"),
            ("Thursday", "DATE", "2012-10-18"),
            ("August", "DATE", "2012-08"),
            ("now", "DATE", "PRESENT_REF"),
            ("January 2010", "DATE", "2010-01"),
            ("September 2012", "DATE", "2012-09"),
            ("late July", "DATE", "2012-07"),
            ("mid-September", "DATE", "2012-09"),
            ("This year", "DATE", "2012"),
            ("early October", "DATE", "2012-10"),
            ("about six weeks", "DURATION", "P6W"),
            ("roughly every three years", "SET", "P3Y"),
            ("the mid-1990s", "DATE", "199"),
            ("last weekend", "DATE", "2012-W41-WE"),
            ("the past week", "DURATION", "P1W"),
            ("a year ago", "DATE", "2011"),
            ("Tuesday night", "TIME", "2012-10-16TNI"),
            ("two days later", "DATE", "2012-10-18"),
            ("Monday", "DATE", "2012-10-22"),
            ("Friday", "DATE", "2012-10-19"),
            ("Last winter", "DATE", "2012-WI"),
            ("the winter of 2009-10", "DATE", "2010-WI"),
            ("about two days", "DURATION", "P2D"),
            ("48 hours", "DURATION", "PT48H"),
            ("Earlier this month", "DATE", "2012-10"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
            ("once a fortnight", "SET", "P2W"),
            ("next week", "DATE", "2012-W43"),
            ("Now", "DATE", "PRESENT_REF"),
            ("recently", "DATE", "PAST_REF"),
            ("the next five years", "DURATION", "P5Y"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
