"""Annotations of the hundred-and-ninetieth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind190/annotate.py [--show]

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
    # Friday 2013-03-22 (ISO week 12), Reuters-style "UPDATE 2-" wire on a drug approval, stamp
    # "Fri Mar 22, 2013 5:41pm EDT" (DATE with its abbreviated weekday, checked by hand with
    # datetime, and a TIME with the zone in the span only), bullets, byline, "March 22
    # (Reuters) -" dateline. "on Friday" (approval, interview, close) is the publication day;
    # the conference call "at 8:30 a.m. EDT on Monday" is 2013-03-25 (future). The FDA's
    # action date "March 29" (bullet and body) 2013-03-29; "a week ahead of deadline"
    # (headline) and "a week before ... deadline" are the size of a shift, DURATION P1W
    # (gold_blind28, gold_blind35), as is "a delay of three months" P3M. The review was
    # extended "in December" 2012-12, the original action date "Dec. 29" 2012-12-29, pushed
    # "into late March" 2013-03; the panel voted "on Jan. 17" 2013-01-17. "mid-April" 2013-04;
    # "second half" (bullet) and "the second half of the year" 2013-H2 (gold_blind73's bare
    # "the second half"); "the middle of 2014" 2014, like "mid-2014"; "fourth-quarter"
    # (adjectival, the quarter just reported) 2012-Q4, "last month" 2013-02, "the third
    # quarter" 2013-Q3 (calendar: no fiscal year described); "every four weeks" SET P4W;
    # "52-week" and "two-year" adjectival DURATIONs; "over 12 months" P12M; "the first eight
    # weeks" (of treatment) P8W; "nearly a decade" P10Y; "the past month" P1M. Not annotated:
    # "UPDATE 2", "BEACON-2", "11-2" (a vote), "7 percent", "34 percent", "12 percent",
    # "$2,850", "$600 million", "$41 million", "$90 million", "3 cents", "$18.64", "$19.95",
    # "extended trading", "after hours".
    "corvane-lupus-drug-fda-approval": (
        "2013-03-22",
        [
            ("a week", "DURATION", "P1W"),
            ("Fri Mar 22, 2013", "DATE", "2013-03-22"),
            ("5:41pm EDT", "TIME", "2013-03-22T17:41"),
            ("March 29", "DATE", "2013-03-29"),
            ("mid-April", "DATE", "2013-04"),
            ("second half", "DATE", "2013-H2"),
            ("March 22", "DATE", "2013-03-22"),
            ("Friday", "DATE", "2013-03-22"),
            ("a week", "DURATION", "P1W"),
            ("March 29", "DATE", "2013-03-29"),
            ("every four weeks", "SET", "P4W"),
            ("2011", "DATE", "2011"),
            ("mid-April", "DATE", "2013-04"),
            ("the second half of the year", "DATE", "2013-H2"),
            ("three months", "DURATION", "P3M"),
            ("December", "DATE", "2012-12"),
            ("52-week", "DURATION", "P52W"),
            ("Dec. 29", "DATE", "2012-12-29"),
            ("late March", "DATE", "2013-03"),
            ("Jan. 17", "DATE", "2013-01-17"),
            ("12 months", "DURATION", "P12M"),
            ("the first eight weeks", "DURATION", "P8W"),
            ("Friday", "DATE", "2013-03-22"),
            ("nearly a decade", "DURATION", "P10Y"),
            ("8:30 a.m. EDT", "TIME", "2013-03-25T08:30"),
            ("Monday", "DATE", "2013-03-25"),
            ("2018", "DATE", "2018"),
            ("2027", "DATE", "2027"),
            ("1999", "DATE", "1999"),
            ("fourth-quarter", "DATE", "2012-Q4"),
            ("last month", "DATE", "2013-02"),
            ("the middle of 2014", "DATE", "2014"),
            ("this year", "DATE", "2013"),
            ("the third quarter", "DATE", "2013-Q3"),
            ("two-year", "DURATION", "P2Y"),
            ("June", "DATE", "2013-06"),
            ("the past month", "DURATION", "P1M"),
            ("Friday", "DATE", "2013-03-22"),
        ],
    ),
    # Monday 2014-01-06 (ISO week 2), drug company's press release on a wire, headline, subhead,
    # "CAMBRIDGE, Mass., Jan. 6, 2014 /PRNewswire/ --" dateline; "today" 2014-01-06. "Second Half
    # of 2014" (headline, capitalised) and "the second half of 2014" 2014-H2, one span each;
    # "next week" (subhead) 2014-W03, the week of the conference "on Tuesday, January 14, 2014"
    # (one span with its weekday) "at 10:30 a.m. Pacific Time" 2014-01-14T10:30. "2014 cash
    # guidance" an adjectival year. "last spring" in January 2014 is 2013-SP. Dosing "twice
    # daily" SET P1D and "once a week" SET P1W; "for 48 weeks", "24 weeks of follow-up", "after
    # 48 weeks of treatment" and "at least 48 weeks" DURATIONs (trial periods measured from the
    # start of treatment, gold_blind73). "roughly three months earlier than planned" the size of
    # a shift, P3M. "the first quarter of 2015" 2015-Q1; "2013 was about execution", "enter
    # 2014", "ended 2013", "into 2016", "in 2014" years as written. "in November" 2013-11 and
    # "in October" 2013-10 (past), "is in April" 2014-04 (future). "archived for 90 days" P90D;
    # "Since the 1980s" 198; "the quarter ended September 30, 2013" -> "the quarter" 2013-Q3 plus
    # the date (gold_blind73). Not annotated: "Phase 3" (twice), "KESTREL-301", "Top-Line" and
    # "top-line" (kinds of data), "NASDAQ: ARDB", "412 patients", "96 sites", "14 countries",
    # "150 mg", "$214 million", "$85 million to $95 million", "15 million people",
    # "www.ardellbio.com/investors/2014" (a URL holding the year), "Form 10-Q", "617-555-2014"
    # (a phone number ending in 2014), "may differ" (the verb).
    "ardell-doranavir-phase-3-enrollment": (
        "2014-01-06",
        [
            ("Second Half of 2014", "DATE", "2014-H2"),
            ("next week", "DATE", "2014-W03"),
            ("2014", "DATE", "2014"),
            ("Jan. 6, 2014", "DATE", "2014-01-06"),
            ("today", "DATE", "2014-01-06"),
            ("last spring", "DATE", "2013-SP"),
            ("the second half of 2014", "DATE", "2014-H2"),
            ("February 2013", "DATE", "2013-02"),
            ("December 2013", "DATE", "2013-12"),
            ("twice daily", "SET", "P1D"),
            ("48 weeks", "DURATION", "P48W"),
            ("24 weeks", "DURATION", "P24W"),
            ("48 weeks", "DURATION", "P48W"),
            ("roughly three months", "DURATION", "P3M"),
            ("the first quarter of 2015", "DATE", "2015-Q1"),
            ("2013", "DATE", "2013"),
            ("2014", "DATE", "2014"),
            ("2013", "DATE", "2013"),
            ("2016", "DATE", "2016"),
            ("2014", "DATE", "2014"),
            ("November", "DATE", "2013-11"),
            ("April", "DATE", "2014-04"),
            ("October", "DATE", "2013-10"),
            ("2031", "DATE", "2031"),
            ("Tuesday, January 14, 2014", "DATE", "2014-01-14"),
            ("10:30 a.m. Pacific Time", "TIME", "2014-01-14T10:30"),
            ("90 days", "DURATION", "P90D"),
            ("the 1980s", "DATE", "198"),
            ("once a week", "SET", "P1W"),
            ("at least 48 weeks", "DURATION", "P48W"),
            ("2008", "DATE", "2008"),
            ("the quarter", "DATE", "2013-Q3"),
            ("September 30, 2013", "DATE", "2013-09-30"),
        ],
    ),
    # Wednesday 2013-08-14 (ISO week 33), British daily's health story, headline, standfirst,
    # byline, date line "Wednesday 14 August 2013"; "yesterday" (the alert, the share fall)
    # 2013-08-13. Pharmacists must clear shelves "by 5pm on Friday" 2013-08-16T17:00 and the
    # DATE (future). "between April and June" 2013-04 and 2013-06 (past); the expiry dates
    # "March 2015" and "May 2015" are DATEs; "this summer" 2013-SU; "early last month" 2013-07
    # (the modifier in the span, like "late last year"); "the spring" (past) 2013-SP, "the
    # autumn" (future) 2013-FA; "so far this year" -> "this year" 2013 (gold_blind6); "2 August"
    # 2013-08-02; "in May" 2013-05 (past). "within ten days" P10D; "next month" 2013-09 and "the
    # middle of next month" 2013-09 (the modifier not recorded, like "the middle of next week"
    # in gold_blind103); the helpline "from 8am to 8pm daily" two TIMEs XXXX-XX-XXThh:mm and the
    # SET P1D (gold_blind61), "until the end of September" 2013-09; "second recall in two
    # years" P2Y (the period of an ordinal count, gold_blind103); "every day" SET P1D.
    # "first-half profit" 2013-H1 and "full-year profit" 2013 (adjectival; the company's year
    # is not described, so calendar values), "last month" 2013-07; "Last year" 2012. Not
    # annotated: the batch numbers "130412", "130507", "130528", "130611" (they read like
    # dates, yymmdd), "class 1", "Brevolin 100", "11 class 1 alerts", "180,000", "2.1 million",
    # "0800 555 1306", "4 per cent", "9 per cent", "about a third", "the new school term" (a
    # school term, no value shape), "the hay fever season" (no calendar unit), "may fail" (the
    # verb), "early" in "early last month" is kept in that span.
    "pellworth-brevolin-inhaler-batch-recall": (
        "2013-08-14",
        [
            ("Wednesday 14 August 2013", "DATE", "2013-08-14"),
            ("yesterday", "DATE", "2013-08-13"),
            ("5pm", "TIME", "2013-08-16T17:00"),
            ("Friday", "DATE", "2013-08-16"),
            ("April", "DATE", "2013-04"),
            ("June", "DATE", "2013-06"),
            ("March 2015", "DATE", "2015-03"),
            ("May 2015", "DATE", "2015-05"),
            ("this summer", "DATE", "2013-SU"),
            ("early last month", "DATE", "2013-07"),
            ("the spring", "DATE", "2013-SP"),
            ("at least two weeks", "DURATION", "P2W"),
            ("this year", "DATE", "2013"),
            ("2 August", "DATE", "2013-08-02"),
            ("every day", "SET", "P1D"),
            ("ten days", "DURATION", "P10D"),
            ("next month", "DATE", "2013-09"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
            ("the end of September", "DATE", "2013-09"),
            ("two years", "DURATION", "P2Y"),
            ("October 2011", "DATE", "2011-10"),
            ("May", "DATE", "2013-05"),
            ("the autumn", "DATE", "2013-FA"),
            ("2004", "DATE", "2004"),
            ("2010", "DATE", "2010"),
            ("Last year", "DATE", "2012"),
            ("yesterday", "DATE", "2013-08-13"),
            ("first-half", "DATE", "2013-H1"),
            ("last month", "DATE", "2013-07"),
            ("full-year", "DATE", "2013"),
            ("the middle of next month", "DATE", "2013-09"),
        ],
    ),
    # Thursday 2014-11-06 (ISO week 45), Indian business daily's website, headline ("Q2"), deck,
    # byline and place line, stamp "November 6, 2014 Last Updated at 00:42 IST" (DATE and TIME).
    # April-March fiscal year named by the year it ends (gold_blind9, gold_blind17,
    # gold_blind63): "the second quarter of 2014-15" one span FY2015-Q2 (like "the first quarter
    # of FY15"), the headline's "Q2" FY2015-Q2 (gold_blind17), while "the July-September
    # quarter" keeps its calendar value 2014-Q3 (gold_blind17); "a year earlier" after it and
    # "the same quarter last year" (one span) FY2014-Q2; "the quarter" (its research spending)
    # FY2015-Q2; "FY16" (deck and body) FY2016 and "that year" after it FY2016 (a narrative
    # anchor, like "That winter" in gold_blind103); "the current fiscal" FY2015 (gold_blind63);
    # "FY14" FY2014. "the six months to September 30" and "the six weeks to September 30" ->
    # DURATIONs P6M and P6W plus the DATE 2014-09-30 ("to" a signal, gold_blind63). Results
    # "on Wednesday" and the close "on Wednesday" 2014-11-05, the call "on Wednesday evening"
    # 2014-11-05TEV. The patent "expired on August 18" 2014-08-18; "within a week" P1W; "by
    # March" (deck and quote) 2015-03; "over nine days in September" P9D and 2014-09; "by
    # December 19" 2014-12-19; "until May 2016" and "the next 18 months" P18M; "since April"
    # 2014-04; "early next year" 2015; "since January" 2014-01; "the past three months" P3M;
    # "November 18" 2014-11-18 (the record date); "for two years" P2Y. Not annotated: "18%",
    # "12-14%", "Rs 312 crore" and the other sums, "8.6 per cent", "7.1 per cent", "25
    # products", "14 applications", "SRV-2014" (a drug code holding a year), "Rs 1,486.50",
    # "the BSE", "the Sensex", "Rs 4 a share", "interim dividend", "the record date".
    "sarvana-pharma-q2-feltrazin-patent-expiry": (
        "2014-11-06",
        [
            ("Q2", "DATE", "FY2015-Q2"),
            ("March", "DATE", "2015-03"),
            ("FY16", "DATE", "FY2016"),
            ("November 6, 2014", "DATE", "2014-11-06"),
            ("00:42 IST", "TIME", "2014-11-06T00:42"),
            ("Wednesday", "DATE", "2014-11-05"),
            ("the July-September quarter", "DATE", "2014-Q3"),
            ("the second quarter of 2014-15", "DATE", "FY2015-Q2"),
            ("a year earlier", "DATE", "FY2014-Q2"),
            ("the six months", "DURATION", "P6M"),
            ("September 30", "DATE", "2014-09-30"),
            ("August 18", "DATE", "2014-08-18"),
            ("a week", "DURATION", "P1W"),
            ("the six weeks", "DURATION", "P6W"),
            ("September 30", "DATE", "2014-09-30"),
            ("Wednesday evening", "TIME", "2014-11-05TEV"),
            ("two years", "DURATION", "P2Y"),
            ("March", "DATE", "2015-03"),
            ("FY16", "DATE", "FY2016"),
            ("that year", "DATE", "FY2016"),
            ("the current fiscal", "DATE", "FY2015"),
            ("nine days", "DURATION", "P9D"),
            ("September", "DATE", "2014-09"),
            ("December 19", "DATE", "2014-12-19"),
            ("May 2016", "DATE", "2016-05"),
            ("the next 18 months", "DURATION", "P18M"),
            ("FY14", "DATE", "FY2014"),
            ("the quarter", "DATE", "FY2015-Q2"),
            ("the same quarter last year", "DATE", "FY2014-Q2"),
            ("April", "DATE", "2014-04"),
            ("early next year", "DATE", "2015"),
            ("Wednesday", "DATE", "2014-11-05"),
            ("January", "DATE", "2014-01"),
            ("the past three months", "DURATION", "P3M"),
            ("November 18", "DATE", "2014-11-18"),
            ("1983", "DATE", "1983"),
            ("1996", "DATE", "1996"),
        ],
    ),
    # Saturday 2015-05-30 (ISO week 22), biotech trade website, headline ("year-end"), stamp
    # "May 30, 2015 | By ..."; "today" and "this morning" the publication day (the
    # presentation). Past: the abstract "on Thursday evening" 2015-05-28TEV, shares "on Friday"
    # 2015-05-29, the briefing "on Friday afternoon" 2015-05-29TAF, the rival "said on
    # Wednesday" 2015-05-27; future: the lymphoma data "at 2:15 p.m. CDT on Sunday"
    # 2015-05-31T14:15 and the DATE, the congress "runs through Tuesday" 2015-06-02. "year-end"
    # (headline) 2015 like "year-end" in gold_blind29, "the end of the year" 2015; "a median of
    # 22 months", "12 months", "a median of 31 months" -> the DURATIONs alone ("a median of" left
    # out, gold_blind73); "28-day" adjectival DURATION; "last October" 2014-10; "mid-2013" 2013;
    # "For years" and "months, not years" vague DURATIONs PXY, PXM, PXY; "the past decade" P10Y
    # (the period of a superlative); "early 2016" 2016; "the second half of 2016" 2016-H2 and
    # "six months after the filing" P6M (anchored); "last year's congress" -> "last year" 2014;
    # "the third quarter" 2015-Q3 (calendar); "the end of March" 2015-03; "2015 guidance" an
    # adjectival year; "in February" 2015-02; "the 2030s" 203. Not annotated: "Phase 3" (twice),
    # "ORION-3", "640-patient", "20 mg/kg", "days 1, 8 and 15" (days of a treatment cycle, no
    # calendar value), "second-line", "two-line statement", "9%", "14%", "$61.20", "$820
    # million", "$240 million to $260 million", "$2.4 billion", "not yet".
    "halvorsen-tremalimab-myeloma-congress-data": (
        "2015-05-30",
        [
            ("year-end", "DATE", "2015"),
            ("May 30, 2015", "DATE", "2015-05-30"),
            ("22 months", "DURATION", "P22M"),
            ("12 months", "DURATION", "P12M"),
            ("today", "DATE", "2015-05-30"),
            ("last October", "DATE", "2014-10"),
            ("Thursday evening", "TIME", "2015-05-28TEV"),
            ("Friday", "DATE", "2015-05-29"),
            ("2012", "DATE", "2012"),
            ("2012", "DATE", "2012"),
            ("mid-2013", "DATE", "2013"),
            ("28-day", "DURATION", "P28D"),
            ("31 months", "DURATION", "P31M"),
            ("2016", "DATE", "2016"),
            ("years", "DURATION", "PXY"),
            ("months", "DURATION", "PXM"),
            ("years", "DURATION", "PXY"),
            ("this morning", "TIME", "2015-05-30TMO"),
            ("the past decade", "DURATION", "P10Y"),
            ("the end of the year", "DATE", "2015"),
            ("early 2016", "DATE", "2016"),
            ("Friday afternoon", "TIME", "2015-05-29TAF"),
            ("the second half of 2016", "DATE", "2016-H2"),
            ("six months", "DURATION", "P6M"),
            ("2018", "DATE", "2018"),
            ("2:15 p.m. CDT", "TIME", "2015-05-31T14:15"),
            ("Sunday", "DATE", "2015-05-31"),
            ("Tuesday", "DATE", "2015-06-02"),
            ("last year", "DATE", "2014"),
            ("Wednesday", "DATE", "2015-05-27"),
            ("the third quarter", "DATE", "2015-Q3"),
            ("2007", "DATE", "2007"),
            ("the end of March", "DATE", "2015-03"),
            ("2018", "DATE", "2018"),
            ("2015", "DATE", "2015"),
            ("February", "DATE", "2015-02"),
            ("2022", "DATE", "2022"),
            ("the 2030s", "DATE", "203"),
        ],
    ),
    # Tuesday 2012-10-16 (ISO week 42), US paper's business story, headline, deck, byline, date
    # line "Tuesday, October 16, 2012", "SILVER SPRING, Md. —" dateline; "yesterday" (the vote,
    # the halt) Monday 2012-10-15 and "last night" its night 2012-10-15TNI (gold_blind35);
    # "today" 2012-10-16 with "9:30 a.m." that morning; "closed Friday" 2012-10-12 (past).
    # "by Dec. 2" (headline and lead) 2012-12-02, the agency's target date (a Sunday). "next
    # spring" 2013-SP; "more than nine hours" PT9H; "over a year" P1Y (a trial period); "once a
    # day" SET P1D; "at least five years" P5Y; "last week" 2012-W41; "12-month" adjectival
    # DURATION; "in January", "in June", "since July", "in August" 2012 months (past); "Two
    # years ago" 2010 and "a decade ago" 2002 (the unit's granularity, gold_blind61); "the
    # coming weeks" PXW; "the 1990s" 199; "recent years" PAST_REF; "the end of 2013" 2013;
    # "the next six months" P6M; "third-quarter" (adjectival, results due) 2012-Q3; "Nov. 8"
    # 2012-11-08. Not annotated: "9-6" (a vote, twice), "58" (an age), "7 percent", "2
    # percent", "a body mass index of 30", "$24.10", "250 sales representatives", "$150
    # million", "$700 million", "NDA 203-318" (an application number), "fda.gov", "marathon
    # hearing", "after approval" (an event).
    "keller-ridge-obesity-pill-fda-panel": (
        "2012-10-16",
        [
            ("Dec. 2", "DATE", "2012-12-02"),
            ("Tuesday, October 16, 2012", "DATE", "2012-10-16"),
            ("yesterday", "DATE", "2012-10-15"),
            ("Dec. 2", "DATE", "2012-12-02"),
            ("next spring", "DATE", "2013-SP"),
            ("more than nine hours", "DURATION", "PT9H"),
            ("a year", "DURATION", "P1Y"),
            ("once a day", "SET", "P1D"),
            ("at least five years", "DURATION", "P5Y"),
            ("last week", "DATE", "2012-W41"),
            ("2010", "DATE", "2010"),
            ("12-month", "DURATION", "P12M"),
            ("January", "DATE", "2012-01"),
            ("June", "DATE", "2012-06"),
            ("Two years ago", "DATE", "2010"),
            ("1994", "DATE", "1994"),
            ("last night", "TIME", "2012-10-15TNI"),
            ("a decade ago", "DATE", "2002"),
            ("the coming weeks", "DURATION", "PXW"),
            ("the 1990s", "DATE", "199"),
            ("recent years", "DATE", "PAST_REF"),
            ("yesterday", "DATE", "2012-10-15"),
            ("9:30 a.m.", "TIME", "2012-10-16T09:30"),
            ("today", "DATE", "2012-10-16"),
            ("July", "DATE", "2012-07"),
            ("Friday", "DATE", "2012-10-12"),
            ("August", "DATE", "2012-08"),
            ("the end of 2013", "DATE", "2013"),
            ("the next six months", "DURATION", "P6M"),
            ("2014", "DATE", "2014"),
            ("2017", "DATE", "2017"),
            ("third-quarter", "DATE", "2012-Q3"),
            ("Nov. 8", "DATE", "2012-11-08"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
