"""Annotations of blind gold set 484, chosen by hand before the tagger ran.

    python tests/data/gold_blind484/annotate.py [--show]

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
    # Wednesday 2012-09-12 (ISO week 37), US metro daily's website, teachers' strike, stamps
    # "Posted: Sept. 12, 2012 6:15 a.m. | Updated: Sept. 12, 2012 11:42 a.m." (each a DATE and
    # a TIME, gold_blind56), byline, "BRAYTON, Ohio —" dateline. "enters third day" (headline)
    # and "its third day" are ordinal days of an event, DURATION P1D (gold_blind12,
    # gold_blind29); "tonight" 2012-09-12TNI and the talks "at 7 p.m." on the publication day.
    # Past: the walkout "Monday" 2012-09-10 (three times), "Tuesday afternoon" 2012-09-11TAF,
    # "10 p.m. Tuesday" 2012-09-11T22:00 and the DATE, "yesterday" 2012-09-11, "June 30" (the
    # expired contract) 2012-06-30, "May" (the levy vote) 2012-05. Future: the board "at 6 p.m.
    # Thursday" 2012-09-13T18:00 and the DATE, "that evening" 2012-09-13TEV (a narrative anchor
    # on that Thursday, gold_blind8), "the next day" 2012-09-14 (gold_blind14), "Monday at the
    # earliest" -> "Monday" 2012-09-17 (the trailing "at the earliest" out of the span),
    # "Friday night's football game" -> "Friday night" 2012-09-14TNI, "until Friday"
    # 2012-09-14, "starting in January" 2013-01, "in June" 2013-06, "Memorial Day" 2013 (the
    # last Monday of May) 2013-05-27. "the 2012-13 school year" -> "2012" and "13" 2013, "school
    # year" left out (gold_blind44, gold_blind68). The district's fiscal year runs July-June
    # and is named by the year it ends (gold_blind3, gold_blind13): "the current fiscal year,
    # which ends June 30" FY2013 plus 2013-06-30. "25 years" P25Y (the period of a "first in",
    # gold_blind35); "nearly nine hours" PT9H; "three days" P3D; "this week" 2012-W37; "every
    # day" and "daily" SET P1D; the drop-in centers' hours "8 a.m. to 3 p.m. daily" recur,
    # XXXX-XX-XXT08:00 and XXXX-XX-XXT15:00 (gold_blind28, gold_blind68). Not annotated: "the
    # first scheduled day of classes" (an event-named day in apposition to "Monday"), "the
    # school day", "31,000", "2,140", "1.5 percent", "3 percent", "28 students", "$19 million",
    # "4.9-mill", "16 schools", "4,300", "14,000", "38" (an age), "until there's a fair
    # contract", "until the strike ends", "brayton.k12.oh.us/strike2012" (a URL holding a year),
    # "330-555-2013" (a phone number holding a year-like 2013, beside the annotated "13").
    "brayton-teachers-strike-third-day": (
        "2012-09-12",
        [
            ("third day", "DURATION", "P1D"),
            ("tonight", "TIME", "2012-09-12TNI"),
            ("Sept. 12, 2012", "DATE", "2012-09-12"),
            ("6:15 a.m.", "TIME", "2012-09-12T06:15"),
            ("Sept. 12, 2012", "DATE", "2012-09-12"),
            ("11:42 a.m.", "TIME", "2012-09-12T11:42"),
            ("today", "DATE", "2012-09-12"),
            ("its third day", "DURATION", "P1D"),
            ("7 p.m.", "TIME", "2012-09-12T19:00"),
            ("Monday", "DATE", "2012-09-10"),
            ("2012", "DATE", "2012"),
            ("13", "DATE", "2013"),
            ("25 years", "DURATION", "P25Y"),
            ("1987", "DATE", "1987"),
            ("11 days", "DURATION", "P11D"),
            ("nearly nine hours", "DURATION", "PT9H"),
            ("Monday", "DATE", "2012-09-10"),
            ("Tuesday afternoon", "TIME", "2012-09-11TAF"),
            ("10 p.m.", "TIME", "2012-09-11T22:00"),
            ("Tuesday", "DATE", "2012-09-11"),
            ("June 30", "DATE", "2012-06-30"),
            ("the next three years", "DURATION", "P3Y"),
            ("January", "DATE", "2013-01"),
            ("yesterday", "DATE", "2012-09-11"),
            ("the current fiscal year", "DATE", "FY2013"),
            ("June 30", "DATE", "2013-06-30"),
            ("November 2011", "DATE", "2011-11"),
            ("May", "DATE", "2012-05"),
            ("early this morning", "TIME", "2012-09-12TMO"),
            ("6:30 a.m.", "TIME", "2012-09-12T06:30"),
            ("every day", "SET", "P1D"),
            ("6 p.m.", "TIME", "2012-09-13T18:00"),
            ("Thursday", "DATE", "2012-09-13"),
            ("that evening", "TIME", "2012-09-13TEV"),
            ("the next day", "DATE", "2012-09-14"),
            ("Monday", "DATE", "2012-09-17"),
            ("Friday night", "TIME", "2012-09-14TNI"),
            ("three days", "DURATION", "P3D"),
            ("this week", "DATE", "2012-W37"),
            ("Friday", "DATE", "2012-09-14"),
            ("June", "DATE", "2013-06"),
            ("Memorial Day", "DATE", "2013-05-27"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("3 p.m.", "TIME", "XXXX-XX-XXT15:00"),
            ("daily", "SET", "P1D"),
        ],
    ),
    # Thursday 2014-03-20 (ISO week 12), British higher-education trade weekly, section label,
    # headline, standfirst, date line "20 March 2014", byline, a "KEY DATES" box. Staff "were
    # told on Tuesday" 2014-03-18, the email "at 4.30pm" that day; "yesterday" 2014-03-19; the
    # petition "launched on Friday" 2014-03-14 (past); "1pm tomorrow" 2014-03-21T13:00 and the
    # DATE. A British university's financial year runs 1 August-31 July and is named by the
    # year it ends (gold_blind11, gold_blind21): "the current financial year, which closes on
    # 31 July" FY2014 plus 2014-07-31; "the 2014-15 financial year" and "the 2012-13 financial
    # year" one span each, FY2015 and FY2013 (gold_blind21). "Easter" 2014 is 20 April
    # (standfirst and body); "the end of June" and the box's "End of June" 2014-06; "published
    # in December" 2013-12 (past) but results "due in December" 2014-12 (future); "this autumn"
    # 2014-FA; "at least 2016" DATE 2016, the modifier kept (gold_blind35); "the 2008 Research
    # Assessment Exercise" -> "2008" (an adjectival year, gold_blind28). "the third round of
    # cuts in five years" -> "five years" P5Y (gold_blind103's "the third time in two weeks");
    # "in 48 hours" DURATION (how long a past change took); "90-day" and "12-month" adjectival
    # DURATIONs; "for 30 years" P30Y. Not annotated: "REF 2014" (the name of an assessment
    # exercise holding a year, like "Plan 1995" in gold_blind35), "immediately", "the end of
    # their degrees", "open day", "140 academic posts", "£7.6 million", "£3.1 million", "31 per
    # cent", "6 per cent", "14,800", "2,300 signatures", "22" (an age), "the third round".
    "wexcombe-university-job-cuts": (
        "2014-03-20",
        [
            ("September 2015", "DATE", "2015-09"),
            ("Easter", "DATE", "2014-04-20"),
            ("20 March 2014", "DATE", "2014-03-20"),
            ("the next 18 months", "DURATION", "P18M"),
            ("Tuesday", "DATE", "2014-03-18"),
            ("4.30pm", "TIME", "2014-03-18T16:30"),
            ("the current financial year", "DATE", "FY2014"),
            ("31 July", "DATE", "2014-07-31"),
            ("the 2014-15 financial year", "DATE", "FY2015"),
            ("90-day", "DURATION", "P90D"),
            ("Monday 31 March", "DATE", "2014-03-31"),
            ("the end of June", "DATE", "2014-06"),
            ("12-month", "DURATION", "P12M"),
            ("2011", "DATE", "2011"),
            ("September 2015", "DATE", "2015-09"),
            ("the 2012-13 financial year", "DATE", "FY2013"),
            ("December", "DATE", "2013-12"),
            ("2010", "DATE", "2010"),
            ("1966", "DATE", "1966"),
            ("yesterday", "DATE", "2014-03-19"),
            ("5 March", "DATE", "2014-03-05"),
            ("December", "DATE", "2014-12"),
            ("2008", "DATE", "2008"),
            ("1pm", "TIME", "2014-03-21T13:00"),
            ("tomorrow", "DATE", "2014-03-21"),
            ("Easter", "DATE", "2014-04-20"),
            ("five years", "DURATION", "P5Y"),
            ("2012", "DATE", "2012"),
            ("at least 2016", "DATE", "2016"),
            ("30 years", "DURATION", "P30Y"),
            ("Friday", "DATE", "2014-03-14"),
            ("48 hours", "DURATION", "PT48H"),
            ("23 April", "DATE", "2014-04-23"),
            ("Saturday 26 April", "DATE", "2014-04-26"),
            ("this autumn", "DATE", "2014-FA"),
            ("31 March", "DATE", "2014-03-31"),
            ("End of June", "DATE", "2014-06"),
            ("September 2015", "DATE", "2015-09"),
        ],
    ),
    # Saturday 2013-06-29 (ISO week 26), Indian-English city-page story on a university's
    # first cut-off list, headline ("from Monday"), stamp "Jun 29, 2013, 03.12 AM IST" (DATE
    # and TIME, the zone in the span), "NEW DELHI:" dateline without date, a "KEY DATES" box.
    # Past: the list "on Friday night" 2013-06-28TNI, "late Thursday" 2013-06-27 (the modifier
    # in the span, gold_blind35's "late yesterday"), "met ... on Thursday" 2013-06-27,
    # "queuing ... since Wednesday" 2013-06-26, "June 18" 2013-06-18. Future: "Monday, July 1"
    # and "Wednesday, July 3" one DATE each (gold_blind68's "Monday, Aug. 25"), "July 5
    # (Friday)" two DATEs of 2013-07-05, "the Wednesday deadline" -> "Wednesday" 2013-07-03,
    # "July 10", "July 22", "till July 31" ("till" a signal like "until"). "the 2013-14
    # academic session" -> "2013" and "14" 2014, "academic session" left out like "academic
    # year" (gold_blind68). The admission hours "between 9.30 am and 1 pm each day" and the
    # helpline's "from 10 am to 5 pm daily" recur: XXXX-XX-XXThh:mm with SET P1D; "every
    # evening" SET XXXX-XX-XXTEV. "extended by a week" P1W (the size of a delay, gold_blind35);
    # "a day after the third list" DURATION P1D (anchored to an event); "a fortnight" P2W
    # (gold_blind9); "nearly 48 hours" PT48H; "24 hours" PT24H; "three-year" P3Y; "for days"
    # PXD. "last year" and "Last year" (twice) 2012, "late July" and "mid-August" of 2012 after
    # "Last year"; "this year" 2013; "2012" twice. The box's "July 1-3" is a range annotated
    # at its two ends, "July 1" and "3" 2013-07-03 (gold_blind103's "1981-2010"). Not
    # annotated: "99%", "97.75%", "96%", "85% and 93%", "0.5 to 1 percentage point", "B.Com
    # (Hons)", "B.Sc (Hons)", "best four subjects", "Class XII", "first-year students", "the
    # second list", "the third list", "a sixth list", "2.71 lakh", "2.4 lakh", "54,000 seats",
    # "61 colleges", "41 colleges", "Rs 150", "Rs 9,000", "Rs 15,500", "011-2766 2013" (a phone
    # number ending in a year-like 2013), "ycu.ac.in/admissions2013", "before classes start".
    "ycu-first-cut-off-list": (
        "2013-06-29",
        [
            ("Monday", "DATE", "2013-07-01"),
            ("Jun 29, 2013", "DATE", "2013-06-29"),
            ("03.12 AM IST", "TIME", "2013-06-29T03:12"),
            ("Friday night", "TIME", "2013-06-28TNI"),
            ("2013", "DATE", "2013"),
            ("14", "DATE", "2014"),
            ("Monday, July 1", "DATE", "2013-07-01"),
            ("Wednesday, July 3", "DATE", "2013-07-03"),
            ("9.30 am", "TIME", "XXXX-XX-XXT09:30"),
            ("1 pm", "TIME", "XXXX-XX-XXT13:00"),
            ("each day", "SET", "P1D"),
            ("July 5", "DATE", "2013-07-05"),
            ("Friday", "DATE", "2013-07-05"),
            ("July 22", "DATE", "2013-07-22"),
            ("June 18", "DATE", "2013-06-18"),
            ("a week", "DURATION", "P1W"),
            ("last year", "DATE", "2012"),
            ("2012", "DATE", "2012"),
            ("this year", "DATE", "2013"),
            ("nearly 48 hours", "DURATION", "PT48H"),
            ("late Thursday", "DATE", "2013-06-27"),
            ("Thursday", "DATE", "2013-06-27"),
            ("a fortnight", "DURATION", "P2W"),
            ("Last year", "DATE", "2012"),
            ("late July", "DATE", "2012-07"),
            ("mid-August", "DATE", "2012-08"),
            ("2012", "DATE", "2012"),
            ("Wednesday", "DATE", "2013-06-26"),
            ("a day", "DURATION", "P1D"),
            ("July 10", "DATE", "2013-07-10"),
            ("three-year", "DURATION", "P3Y"),
            ("24 hours", "DURATION", "PT24H"),
            ("Wednesday", "DATE", "2013-07-03"),
            ("Last year", "DATE", "2012"),
            ("days", "DURATION", "PXD"),
            ("10 am", "TIME", "XXXX-XX-XXT10:00"),
            ("5 pm", "TIME", "XXXX-XX-XXT17:00"),
            ("daily", "SET", "P1D"),
            ("July 31", "DATE", "2013-07-31"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("July 1", "DATE", "2013-07-01"),
            ("3", "DATE", "2013-07-03"),
            ("July 5", "DATE", "2013-07-05"),
            ("July 22", "DATE", "2013-07-22"),
        ],
    ),
    # Monday 2015-02-02 (ISO week 6), English county council's news release, "Issued: Monday 2
    # February 2015" (one DATE, like a date line), "Ref: PR 015/2015", headline, "ENDS" and
    # notes to editors. "term dates for 2016-17" (headline) and "the 2016-17 school year" ->
    # "2016" and "17" 2017 each time (gold_blind44, gold_blind68); "2015-16" likewise. The
    # proposed "two-week break in October" (headline's "two-week October break") and "the
    # October break" -> "two-week" P2W and "October" 2016-10, the month the break fills in the
    # school year described, the break word left out (gold_blind68's "the July holidays").
    # "today" 2015-02-02; "5pm on Friday 27 March" 2015-03-27T17:00 and the DATE; the dated
    # days of 2016-17 as written ("Thursday 1 September 2016", "Monday 17 October", "Friday
    # 28 October", "Tuesday 20 December", "Friday 21 July 2017"); "close for Christmas"
    # 2016-12-25 (a holiday on the day it falls on); "two days later than in the current
    # pattern" -> "two days" P2D (the size of a shift, gold_blind35). "Currently" PRESENT_REF;
    # "one week" P1W; "about eight weeks" P8W; "Every year" SET P1Y; "A fortnight's break" ->
    # "A fortnight" P2W (possessive dropped, gold_blind10). "last spring" in February 2015 is
    # 2014-SP; "before Easter" 2015-04-05; "agreed in July" 2014-07; "2009". Drop-in sessions:
    # "from 4pm to 7pm on Wednesday 11 February", "on Saturday 21 February from 10am to noon"
    # (noon T12:00, gold_blind6); "the evening of Thursday 5 March" one TIME span
    # 2015-03-05TEV (gold_blind21's "the night of July 19"); "in May" 2015-05; "within a week"
    # -> "a week" P1W. Not annotated: "the autumn term", "the autumn half-term", "a first half
    # of term", "half-term", "the summer holiday", "a longer autumn break" (terms, holidays
    # and kinds, gold_blind68), "the first time", "the required 190", "staff training days",
    # "normal opening hours", "PR 015/2015" (a reference number holding the year),
    # "harrowfield.gov.uk/termdates2016", "PO Box 1617", "HF1 2TD", "01632 960 415", "07700
    # 900 416", "3,400 parents", "61 per cent", "41", "58", "212", "173", "14".
    "harrowfield-term-dates-consultation": (
        "2015-02-02",
        [
            ("Monday 2 February 2015", "DATE", "2015-02-02"),
            ("two-week", "DURATION", "P2W"),
            ("October", "DATE", "2016-10"),
            ("2016", "DATE", "2016"),
            ("17", "DATE", "2017"),
            ("2016", "DATE", "2016"),
            ("17", "DATE", "2017"),
            ("two-week", "DURATION", "P2W"),
            ("October", "DATE", "2016-10"),
            ("today", "DATE", "2015-02-02"),
            ("5pm", "TIME", "2015-03-27T17:00"),
            ("Friday 27 March", "DATE", "2015-03-27"),
            ("Thursday 1 September 2016", "DATE", "2016-09-01"),
            ("October", "DATE", "2016-10"),
            ("Monday 17 October", "DATE", "2016-10-17"),
            ("Friday 28 October", "DATE", "2016-10-28"),
            ("Christmas", "DATE", "2016-12-25"),
            ("Tuesday 20 December", "DATE", "2016-12-20"),
            ("Friday 21 July 2017", "DATE", "2017-07-21"),
            ("two days", "DURATION", "P2D"),
            ("Currently", "DATE", "PRESENT_REF"),
            ("one week", "DURATION", "P1W"),
            ("about eight weeks", "DURATION", "P8W"),
            ("Every year", "SET", "P1Y"),
            ("A fortnight", "DURATION", "P2W"),
            ("last spring", "DATE", "2014-SP"),
            ("Easter", "DATE", "2015-04-05"),
            ("2015", "DATE", "2015"),
            ("16", "DATE", "2016"),
            ("July", "DATE", "2014-07"),
            ("2009", "DATE", "2009"),
            ("4pm", "TIME", "2015-02-11T16:00"),
            ("7pm", "TIME", "2015-02-11T19:00"),
            ("Wednesday 11 February", "DATE", "2015-02-11"),
            ("Saturday 21 February", "DATE", "2015-02-21"),
            ("10am", "TIME", "2015-02-21T10:00"),
            ("noon", "TIME", "2015-02-21T12:00"),
            ("the evening of Thursday 5 March", "TIME", "2015-03-05TEV"),
            ("May", "DATE", "2015-05"),
            ("a week", "DURATION", "P1W"),
        ],
    ),
    # Tuesday 2014-08-05 (ISO week 32), British broadcaster's live page on Scottish exam
    # results day, newest entry first: stamp "5 August 2014 Last updated at 12:40 BST" (DATE
    # and TIME), a "Key points" box, entry stamps "12:40" to "08:02", each a TIME on the page's
    # day (gold_blind9's live blog); relative expressions in an entry are anchored to its day.
    # "today" 2014-08-05; "this year" 2014; "last year" and "Last year" 2013 (three times);
    # "until 8pm tonight" 2014-08-05T20:00 and 2014-08-05TNI, "until 8pm" again in the 12:40
    # entry; "8am tomorrow" 2014-08-06T08:00 and the DATE; "Friday 15 August" and "29 August"
    # ahead; "the deadline fell a week earlier" -> "a week" P1W (the size of a shift,
    # gold_blind35); "a year ago" 2013 (the unit's granularity, gold_blind103); "opened on 1
    # July" 2014-07-01; "late September" 2014-09; "up at 6am" 2014-08-05T06:00; "every ten
    # minutes" SET PT10M; "for the last two hours" -> "the last two hours" PT2H (gold_blind9's
    # "the last 20 minutes"); "sat in May" 2014-05; "the 1980s" 198; "delayed by a year" P1Y;
    # "one-year" P1Y; "the past five years" P5Y; "since 2003"; "posted on Friday" 2014-08-01
    # (past, four days back); "this morning" 2014-08-05TMO; "from 08:00" 2014-08-05T08:00;
    # "until about 2pm" 2014-08-05T14:00; "next week, on Thursday 14 August" -> 2014-W33 and
    # the DATE. Not annotated: "Good morning" (a greeting), "results day" (twice, an event-named
    # day, gold_blind25), "for the first time", "so far", "at the same point" (of the day, the
    # annotated "last year" after it carries the comparison), "Higher", "Advanced Higher",
    # "National 4 and 5", "National 5", "Standard Grades", "A-level", "Clearing", "five As",
    # "148,000", "77.2%", "77.1%", "81.4%", "2%", "2,912 calls", "3,400", "31,070", "92,000",
    # "17" (an age), "one school in ten", "0808 555 2014" (a phone number ending in the year).
    "scotland-exam-results-live": (
        "2014-08-05",
        [
            ("5 August 2014", "DATE", "2014-08-05"),
            ("12:40 BST", "TIME", "2014-08-05T12:40"),
            ("today", "DATE", "2014-08-05"),
            ("this year", "DATE", "2014"),
            ("last year", "DATE", "2013"),
            ("8pm", "TIME", "2014-08-05T20:00"),
            ("tonight", "TIME", "2014-08-05TNI"),
            ("12:40", "TIME", "2014-08-05T12:40"),
            ("last year", "DATE", "2013"),
            ("8pm", "TIME", "2014-08-05T20:00"),
            ("8am", "TIME", "2014-08-06T08:00"),
            ("tomorrow", "DATE", "2014-08-06"),
            ("12:05", "TIME", "2014-08-05T12:05"),
            ("Friday 15 August", "DATE", "2014-08-15"),
            ("29 August", "DATE", "2014-08-29"),
            ("Last year", "DATE", "2013"),
            ("a week", "DURATION", "P1W"),
            ("11:20", "TIME", "2014-08-05T11:20"),
            ("a year ago", "DATE", "2013"),
            ("1 July", "DATE", "2014-07-01"),
            ("late September", "DATE", "2014-09"),
            ("10:30", "TIME", "2014-08-05T10:30"),
            ("6am", "TIME", "2014-08-05T06:00"),
            ("every ten minutes", "SET", "PT10M"),
            ("the last two hours", "DURATION", "PT2H"),
            ("09:45", "TIME", "2014-08-05T09:45"),
            ("May", "DATE", "2014-05"),
            ("the 1980s", "DATE", "198"),
            ("a year", "DURATION", "P1Y"),
            ("2012", "DATE", "2012"),
            ("one-year", "DURATION", "P1Y"),
            ("09:10", "TIME", "2014-08-05T09:10"),
            ("the past five years", "DURATION", "P5Y"),
            ("2003", "DATE", "2003"),
            ("08:30", "TIME", "2014-08-05T08:30"),
            ("Friday", "DATE", "2014-08-01"),
            ("this morning", "TIME", "2014-08-05TMO"),
            ("08:00", "TIME", "2014-08-05T08:00"),
            ("08:02", "TIME", "2014-08-05T08:02"),
            ("about 2pm", "TIME", "2014-08-05T14:00"),
            ("next week", "DATE", "2014-W33"),
            ("Thursday 14 August", "DATE", "2014-08-14"),
        ],
    ),
    # Friday 2015-04-10 (ISO week 15), Canadian student newspaper, flag, section label,
    # headline, stamp "Posted April 10, 2015 at 9:05 a.m." (DATE and TIME), byline, no
    # dateline, an editor's note "updated at 2:15 p.m. on April 10". The board voted "on
    # Wednesday night" 2015-04-08TNI, in a meeting running "past 11 p.m." 2015-04-08T23:00; the
    # rally "at noon on Wednesday" 2015-04-08T12:00 and the DATE, "that evening" 2015-04-08TEV;
    # "Wednesday's meeting" -> "Wednesday" 2015-04-08. The university's fiscal year begins May
    # 1 and is named by the year it ends (gold_blind3, gold_blind23): "the fiscal year that
    # begins May 1" FY2016 plus 2015-05-01; "the 2017-18 fiscal year" one span FY2018
    # (gold_blind21), while "the 2015-16 academic year" splits into "2015" and "16" 2016
    # (gold_blind68): a financial year has a value shape, an academic year has none. Future:
    # "in September" 2015-09, "by December 31" 2015-12-31, "over the summer" 2015-SU, "in the
    # fall" 2015-FA, "next year's provincial budget" -> "next year" 2016, "next month" 2015-05,
    # "expires on June 30" 2015-06-30, "Final exams begin Tuesday" 2015-04-14, "until April 29",
    # "Thursday, June 18" one DATE. Past: "took effect in January" 2015-01, "since February"
    # 2015-02, "since 2006", "Last year" 2014. "the next two years" P2Y; "three-hour" PT3H;
    # "for three years" P3Y; "met weekly" SET P1W; "every year" SET P1Y; "the ninth increase in
    # a decade" -> "a decade" P10Y (the period of an ordinal count, gold_blind103); "in 10
    # days" P10D (how long a past change took); "40-minute" PT40M. Not annotated: "Room 2015"
    # (a room number equal to the year), "cartieru.ca/governors/2015-04-08" (a date inside a
    # URL), "17-6", "$14-million", "$14 million", "$412-million", "3 per cent", "2.8 per cent",
    # "$6,480", "$9.8 million", "300 students", "4,100 signatures", "23" (an age), "a
    # fourth-year economics student" (a year of study), "the exam period", "Final exams", "after
    # the vote", "once the hiring freeze takes hold", "the ninth increase".
    "cartier-governors-budget-tuition": (
        "2015-04-10",
        [
            ("April 10, 2015", "DATE", "2015-04-10"),
            ("9:05 a.m.", "TIME", "2015-04-10T09:05"),
            ("Wednesday night", "TIME", "2015-04-08TNI"),
            ("the fiscal year", "DATE", "FY2016"),
            ("May 1", "DATE", "2015-05-01"),
            ("the next two years", "DURATION", "P2Y"),
            ("three-hour", "DURATION", "PT3H"),
            ("11 p.m.", "TIME", "2015-04-08T23:00"),
            ("September", "DATE", "2015-09"),
            ("2015", "DATE", "2015"),
            ("16", "DATE", "2016"),
            ("the 2017-18 fiscal year", "DATE", "FY2018"),
            ("January", "DATE", "2015-01"),
            ("December 31", "DATE", "2015-12-31"),
            ("the summer", "DATE", "2015-SU"),
            ("three years", "DURATION", "P3Y"),
            ("weekly", "SET", "P1W"),
            ("February", "DATE", "2015-02"),
            ("the fall", "DATE", "2015-FA"),
            ("noon", "TIME", "2015-04-08T12:00"),
            ("Wednesday", "DATE", "2015-04-08"),
            ("that evening", "TIME", "2015-04-08TEV"),
            ("every year", "SET", "P1Y"),
            ("2006", "DATE", "2006"),
            ("a decade", "DURATION", "P10Y"),
            ("10 days", "DURATION", "P10D"),
            ("next year", "DATE", "2016"),
            ("Last year", "DATE", "2014"),
            ("40-minute", "DURATION", "PT40M"),
            ("June 30", "DATE", "2015-06-30"),
            ("next month", "DATE", "2015-05"),
            ("Tuesday", "DATE", "2015-04-14"),
            ("April 29", "DATE", "2015-04-29"),
            ("Thursday, June 18", "DATE", "2015-06-18"),
            ("Wednesday", "DATE", "2015-04-08"),
            ("2:15 p.m.", "TIME", "2015-04-10T14:15"),
            ("April 10", "DATE", "2015-04-10"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
