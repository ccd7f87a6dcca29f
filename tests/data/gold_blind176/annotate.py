"""Annotations of the hundred-and-seventy-sixth blind gold set, chosen by hand before the tagger
ran.

    python tests/data/gold_blind176/annotate.py [--show]

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
    # Thursday 2013-07-18 (ISO week 29), British broadsheet on a public inquiry, headline,
    # standfirst, byline, date line "Thursday 18 July 2013" (one span with its weekday);
    # "yesterday" is Wednesday 2013-07-17. The evidence sessions start "from 14 October"
    # 2013-10-14 (a Monday; the headline's "in October" 2013-10); "by the end of next year" ->
    # "the end of next year" 2014 (the year's value, gold_blind15, gold_blind17); "from 2005 to
    # 2012" (standfirst) and "between 2005 and 2012" a range at its two ends, two DATEs each
    # time (gold_blind45, gold_blind103). "Seven years of decisions" P7Y; "a few weeks" PXW;
    # "four days a week" one SET span P1W with its count (gold_blind46, gold_blind52); the
    # hearings' start "from 10am" and the doors' "at 9am each day" are clock times of a
    # recurring event, XXXX-XX-XXT10:00 and XXXX-XX-XXT09:00, "each day" SET P1D, "daily" SET
    # P1D; "within 24 hours" -> "24 hours" PT24H. "until 5pm on Friday 6 September" -> TIME
    # 2013-09-06T17:00 and the DATE. "a break over Christmas" and "after Christmas" 2013-12-25
    # (a holiday on the day it falls on, gold_blind3, gold_blind13). "in the 18 months before
    # the collapse" -> "the 18 months", an anchored duration P18M (the collapse is dated only
    # as 2012). "in March" 2013-03 and "last month" 2013-06 (past); council officers "called in
    # January" 2014-01 (future, across the year boundary, gold_blind35); "after months of
    # pressure" -> "months" PXM; "£9.5m over two years" -> "two years" P2Y; "in 2009, four years
    # ago" two DATEs 2009; "since 2008"; "the summer of 2011" one span 2011-SU; "on 2 December"
    # 2013-12-02. Not annotated: "the Inquiries Act 2005" (a statute's name holding a year,
    # beside two annotated "2005", gold_blind48, gold_blind49, gold_blind75), "£212m", "4,300",
    # "61 estates", "1,160 written accounts", "120 seats", "ashmoorinquiry.org.uk", "so far",
    # "once the first report is published", "the year it went into administration" (anaphoric
    # on "2012").
    "ashmoor-homes-inquiry-timetable": (
        "2013-07-18",
        [
            ("October", "DATE", "2013-10"),
            ("the end of next year", "DATE", "2014"),
            ("2005", "DATE", "2005"),
            ("2012", "DATE", "2012"),
            ("Thursday 18 July 2013", "DATE", "2013-07-18"),
            ("14 October", "DATE", "2013-10-14"),
            ("yesterday", "DATE", "2013-07-17"),
            ("the end of next year", "DATE", "2014"),
            ("2005", "DATE", "2005"),
            ("2012", "DATE", "2012"),
            ("Seven years", "DURATION", "P7Y"),
            ("a few weeks", "DURATION", "PXW"),
            ("four days a week", "SET", "P1W"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("about six months", "DURATION", "P6M"),
            ("Christmas", "DATE", "2013-12-25"),
            ("5pm", "TIME", "2013-09-06T17:00"),
            ("Friday 6 September", "DATE", "2013-09-06"),
            ("the 18 months", "DURATION", "P18M"),
            ("March", "DATE", "2013-03"),
            ("months", "DURATION", "PXM"),
            ("last month", "DATE", "2013-06"),
            ("two years", "DURATION", "P2Y"),
            ("January", "DATE", "2014-01"),
            ("daily", "SET", "P1D"),
            ("24 hours", "DURATION", "PT24H"),
            ("2009", "DATE", "2009"),
            ("four years ago", "DATE", "2009"),
            ("2008", "DATE", "2008"),
            ("the summer of 2011", "DATE", "2011-SU"),
            ("2 December", "DATE", "2013-12-02"),
            ("Christmas", "DATE", "2013-12-25"),
            ("Monday 13 January 2014", "DATE", "2014-01-13"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("each day", "SET", "P1D"),
        ],
    ),
    # Friday 2014-03-21 (ISO week 12), US federal-news website on an inspector general's
    # audit, headline, byline, stamp "Fri, Mar 21, 2014 4:12 PM EDT" (the abbreviated weekday
    # checked by hand: 2014-03-21 is a Friday; the date one DATE span with it, the clock time a
    # TIME with the zone in the span, gold_blind41, gold_blind103), "WASHINGTON —" dateline.
    # The audit was "released Thursday" 2014-03-20 and the congresswoman "said Thursday" the
    # same day; the spokesman "said Friday", the publication day (gold_blind103's "early
    # Friday"). The federal fiscal year runs October-September and is named by the year it
    # ends: "in fiscal years 2010 through 2013" is a range annotated at its two ends (see
    # README), "fiscal years 2010" FY2010 and "2013" FY2013; "Sept. 30, the end of fiscal
    # 2013" -> 2013-09-30 and "the end of fiscal 2013" FY2013 (gold_blind41); "fiscal 2013"
    # FY2013 and "a year earlier" after it FY2012 (gold_blind41). "a 90-day deadline" DURATION
    # on the adjective; the headline's "90 days" P90D; 90 days from the release give "June
    # 18" 2014-06-18. "by the end of the calendar year" -> "the end of the calendar year" 2014.
    # "the second of the program in three years" -> "three years" P3Y (the period of an ordinal
    # count, gold_blind103); "at least 180 days behind on payments" P180D (how long the
    # arrears have run); "went unchecked for four years" (headline) and "asking ... for four
    # years" P4Y; "Every spring" SET XXXX-SP (gold_blind's "every summer"); "quarterly" SET P3M;
    # "over 40 years" -> "40 years" P40Y; "between April and October 2013" two DATEs; "since
    # January 2011, more than three years" 2011-01 and P3Y; "within a year" -> "a year" P1Y;
    # "next month" 2014-04, the hearing "10 a.m. April 8" a TIME and a DATE; "this year" 2014;
    # "the end of September" 2014-09. Not annotated: "$418 million", "27 of the 96 loans",
    # "14 recommendations", "12 of them", "R-Neb.", "$131 million", "$86 million", "14 state
    # offices", "20 loan reviewers", "1,214", "Report 09601-0002-31" (a report number), the web
    # address "oigwatch.org/reports/2014/0320" (a year and a day inside it), "then" (anaphoric,
    # "the service said then").
    "rural-water-loans-ig-audit": (
        "2014-03-21",
        [
            ("four years", "DURATION", "P4Y"),
            ("90 days", "DURATION", "P90D"),
            ("Fri, Mar 21, 2014", "DATE", "2014-03-21"),
            ("4:12 PM EDT", "TIME", "2014-03-21T16:12"),
            ("fiscal years 2010", "DATE", "FY2010"),
            ("2013", "DATE", "FY2013"),
            ("Thursday", "DATE", "2014-03-20"),
            ("three years", "DURATION", "P3Y"),
            ("at least 180 days", "DURATION", "P180D"),
            ("Sept. 30", "DATE", "2013-09-30"),
            ("the end of fiscal 2013", "DATE", "FY2013"),
            ("90-day", "DURATION", "P90D"),
            ("June 18", "DATE", "2014-06-18"),
            ("March 7", "DATE", "2014-03-07"),
            ("the end of the calendar year", "DATE", "2014"),
            ("2012", "DATE", "2012"),
            ("next month", "DATE", "2014-04"),
            ("four years", "DURATION", "P4Y"),
            ("Thursday", "DATE", "2014-03-20"),
            ("Every spring", "SET", "XXXX-SP"),
            ("1994", "DATE", "1994"),
            ("fiscal 2013", "DATE", "FY2013"),
            ("a year earlier", "DATE", "FY2012"),
            ("40 years", "DURATION", "P40Y"),
            ("quarterly", "SET", "P3M"),
            ("April", "DATE", "2013-04"),
            ("October 2013", "DATE", "2013-10"),
            ("January 2011", "DATE", "2011-01"),
            ("more than three years", "DURATION", "P3Y"),
            ("May 2011", "DATE", "2011-05"),
            ("a year", "DURATION", "P1Y"),
            ("Friday", "DATE", "2014-03-21"),
            ("this year", "DATE", "2014"),
            ("the end of September", "DATE", "2014-09"),
            ("10 a.m.", "TIME", "2014-04-08T10:00"),
            ("April 8", "DATE", "2014-04-08"),
        ],
    ),
    # Monday 2015-02-09 (ISO week 7), Australian metropolitan paper's website on a royal
    # commission's hearings timetable, headline, stamp "February 9, 2015 - 12:15AM" (a DATE and
    # a TIME), byline. "this week" 2015-W07; the timetable was "released on Sunday" 2015-02-08
    # and the Premier's spokeswoman spoke "on Sunday" (past); the commissioner sits "from 10am
    # on Tuesday" 2015-02-10T10:00 and the DATE, the opening "on Tuesday morning"
    # 2015-02-10TMO (future); the opposition spoke "on Saturday" 2015-02-07. "seven weeks"
    # (headline and lead) P7W; "The first fortnight" an ordinal period, DURATION P2W (like "The
    # first week" in gold_blind35); "before a break for Easter" -> Easter Sunday 2015-04-05 (a
    # holiday on the day it falls on, gold_blind3); "from 2 April to 13 April" two DATEs;
    # "Wednesday 11 March" 2015-03-11; the headline's "in March" 2015-03. "established in July
    # last year" -> "July last year" one span 2014-07 (gold_blind49); "by 30 June" 2015-06-30 (the
    # original deadline, ahead of the publication day); "Last month" 2015-01; "18 December"
    # 2015-12-18; "at least six more months" P6M with its modifiers; "since August" 2014-08;
    # "sat for 22 days last year" P22D and 2014; "over 25 years" P25Y; "March 2011" and "two
    # weeks before the state election" P2W (an anchored duration, gold_blind35); "about two
    # hours" PT2H; "a 12-month commission" DURATION on the adjective, "now it's 18 months" now
    # PRESENT_REF and P18M; the streaming hours "from 10am to 4pm" XXXX-XX-XXT10:00 and
    # XXXX-XX-XXT16:00, a recurring service (gold_blind103), "each evening" SET XXXX-XX-XXTEV
    # (gold_blind2's "every evening"); "before Christmas" 2015-12-25; "within 90 days" -> "90
    # days" P90D. Not annotated: "46 witnesses", "2,300 submissions", "$1.4 billion", "Level
    # 5.02" (a room number shaped like a clock time), "88 Hurst Street", "80 seats",
    # "corrinbasinrc.org.au", "SC", "the state election", "another extension".
    "corrin-basin-royal-commission-hearings": (
        "2015-02-09",
        [
            ("seven weeks", "DURATION", "P7W"),
            ("March", "DATE", "2015-03"),
            ("February 9, 2015", "DATE", "2015-02-09"),
            ("12:15AM", "TIME", "2015-02-09T00:15"),
            ("this week", "DATE", "2015-W07"),
            ("Sunday", "DATE", "2015-02-08"),
            ("seven weeks", "DURATION", "P7W"),
            ("Easter", "DATE", "2015-04-05"),
            ("10am", "TIME", "2015-02-10T10:00"),
            ("Tuesday", "DATE", "2015-02-10"),
            ("The first fortnight", "DURATION", "P2W"),
            ("2008", "DATE", "2008"),
            ("2013", "DATE", "2013"),
            ("Wednesday 11 March", "DATE", "2015-03-11"),
            ("July last year", "DATE", "2014-07"),
            ("30 June", "DATE", "2015-06-30"),
            ("Last month", "DATE", "2015-01"),
            ("18 December", "DATE", "2015-12-18"),
            ("at least six more months", "DURATION", "P6M"),
            ("August", "DATE", "2014-08"),
            ("22 days", "DURATION", "P22D"),
            ("last year", "DATE", "2014"),
            ("25 years", "DURATION", "P25Y"),
            ("March 2011", "DATE", "2011-03"),
            ("two weeks", "DURATION", "P2W"),
            ("about two hours", "DURATION", "PT2H"),
            ("Tuesday morning", "TIME", "2015-02-10TMO"),
            ("2 April", "DATE", "2015-04-02"),
            ("13 April", "DATE", "2015-04-13"),
            ("21 April", "DATE", "2015-04-21"),
            ("Saturday", "DATE", "2015-02-07"),
            ("12-month", "DURATION", "P12M"),
            ("now", "DATE", "PRESENT_REF"),
            ("18 months", "DURATION", "P18M"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("each evening", "SET", "XXXX-XX-XXTEV"),
            ("Christmas", "DATE", "2015-12-25"),
            ("Sunday", "DATE", "2015-02-08"),
            ("90 days", "DURATION", "P90D"),
        ],
    ),
    # Wednesday 2014-05-07 (ISO week 19), Canadian national paper's website on the Auditor
    # General's spring report, headline, byline, "OTTAWA — The Globe and Mail" line and the
    # stamps "Published Wednesday, May 07 2014, 3:00 AM EDT" and "Last updated Wednesday, May
    # 07 2014, 7:41 AM EDT" (each a DATE with its weekday and a TIME with its zone, the
    # zero-padded day as printed). The report was "tabled ... on Tuesday" 2014-05-06, the
    # minister spoke "on Tuesday afternoon" 2014-05-06TAF; the committee meets "on Thursday"
    # 2014-05-08 (future). "his spring report" -> "spring" 2014-SP and "its fall report is due
    # in November" -> "fall" 2014-FA and "November" 2014-11: reports named by the season they
    # are tabled in (see README). The federal fiscal year runs April-March and is named by the
    # year it ends: "from 2008-09 to 2012-13" FY2009 and FY2013 (one span each, gold_blind63,
    # gold_blind77), "in 2012-13" FY2013, "in 2008-09" FY2009; "by March 31, 2015, the end of
    # the current fiscal year" 2015-03-31 and "the end of the current fiscal year" FY2015 (the
    # period's value, gold_blind41). "five fiscal years" P5Y (like "the last three financial
    # years" in gold_blind77); "over the past six years" P6Y; "within 12 months" P12M; "19
    # months" and "11 months" average waits, DURATIONs (gold_blind41's "286 days"); "the 1970s"
    # 197 and the bare "1980s" 198; "in the next decade" P10Y; "since 2003"; "promised in
    # 2010 was dropped two years later" 2010 and "two years later" 2012 (anchored on the year
    # just named, gold_blind103's "two days later"); "within weeks, not years" PXW and PXY;
    # "the fall of 2011" one span 2011-FA; "twice a year" SET P1Y; "since January 2010"
    # 2010-01. Not annotated: "$1.1-billion", "412 repair projects", "96", "Chapter 6" (a
    # chapter number), "a third of them", "five recommendations", "the third time", "640
    # people", "minus 40", "the last report" (anaphoric).
    "auditor-general-northern-housing-spring-report": (
        "2014-05-07",
        [
            ("Wednesday, May 07 2014", "DATE", "2014-05-07"),
            ("3:00 AM EDT", "TIME", "2014-05-07T03:00"),
            ("Wednesday, May 07 2014", "DATE", "2014-05-07"),
            ("7:41 AM EDT", "TIME", "2014-05-07T07:41"),
            ("the past six years", "DURATION", "P6Y"),
            ("spring", "DATE", "2014-SP"),
            ("Tuesday", "DATE", "2014-05-06"),
            ("five fiscal years", "DURATION", "P5Y"),
            ("2008-09", "DATE", "FY2009"),
            ("2012-13", "DATE", "FY2013"),
            ("12 months", "DURATION", "P12M"),
            ("19 months", "DURATION", "P19M"),
            ("2012-13", "DATE", "FY2013"),
            ("11 months", "DURATION", "P11M"),
            ("2008-09", "DATE", "FY2009"),
            ("the 1970s", "DATE", "197"),
            ("1980s", "DATE", "198"),
            ("the next decade", "DURATION", "P10Y"),
            ("2003", "DATE", "2003"),
            ("2010", "DATE", "2010"),
            ("two years later", "DATE", "2012"),
            ("March 31, 2015", "DATE", "2015-03-31"),
            ("the end of the current fiscal year", "DATE", "FY2015"),
            ("weeks", "DURATION", "PXW"),
            ("years", "DURATION", "PXY"),
            ("Tuesday afternoon", "TIME", "2014-05-06TAF"),
            ("the fall of 2011", "DATE", "2011-FA"),
            ("Thursday", "DATE", "2014-05-08"),
            ("twice a year", "SET", "P1Y"),
            ("fall", "DATE", "2014-FA"),
            ("November", "DATE", "2014-11"),
            ("January 2010", "DATE", "2010-01"),
        ],
    ),
    # Tuesday 2013-08-13 (ISO week 33), Indian national paper's website on a parliamentary
    # committee report, headline, byline "Special Correspondent", dateline "NEW DELHI, August
    # 13, 2013" and stamp "Updated: August 13, 2013 23:41 IST" (a DATE each, the clock time a
    # TIME with its zone in the span). The report was tabled "on Tuesday", the publication day
    # itself, 2013-08-13 (twice). "seven-year delay" (headline and lead) DURATION on the
    # adjective; "sanctioned in 2004"; "by March 2009"; "by March 31 this year" one span
    # 2013-03-31 (like "July of this year", gold_blind49). The Indian financial year runs
    # April-March and is named by the year it ends: "by the end of 2015-16" -> "the end of
    # 2015-16" FY2016 (the period's value, gold_blind41), "in 2013-14" FY2014, "for 2011-12"
    # FY2012 (bare years written with the next year's two digits, gold_blind63, gold_blind77).
    # "within three months" P3M; "since 2009"; "for 14 months, between October 2011 and
    # December 2012" P14M and two DATEs; "in January" 2013-01 (past); "every fortnight" SET P2W
    # (gold_blind49); "last week" 2013-W32; "begun in 2006"; "at least two more years" P2Y with
    # its modifiers; "annually" SET P1Y (a yearly amount, like "18 percent annually",
    # gold_blind41); "a week after" an anchored duration P1W; "in early October" -> "early
    # October" 2013-10 (future); "Now" PRESENT_REF; "on August 27" 2013-08-27, "on August 5"
    # 2013-08-05, "on August 30" 2013-08-30. Not annotated: "the 12th Five Year Plan" (a plan's
    # name holding a duration, like "Plan 1995" in gold_blind35), "the monsoon session of
    # Parliament" (a session named by a season of no TimeML value, like "the summer recess" in
    # gold_blind25), "186-km", "Rs. 1,240 crore", "Rs. 3,905 crore", "61 per cent", "four
    # deadlines", "two districts", "Rs. 410 crore", "Rs. 900 crore", "18 million tonnes",
    # "three power stations", "a date" (in "fix a date").
    "rampur-kesla-rail-line-committee-report": (
        "2013-08-13",
        [
            ("seven-year", "DURATION", "P7Y"),
            ("August 13, 2013", "DATE", "2013-08-13"),
            ("August 13, 2013", "DATE", "2013-08-13"),
            ("23:41 IST", "TIME", "2013-08-13T23:41"),
            ("Tuesday", "DATE", "2013-08-13"),
            ("seven-year", "DURATION", "P7Y"),
            ("2004", "DATE", "2004"),
            ("March 2009", "DATE", "2009-03"),
            ("Tuesday", "DATE", "2013-08-13"),
            ("March 31 this year", "DATE", "2013-03-31"),
            ("the end of 2015-16", "DATE", "FY2016"),
            ("three months", "DURATION", "P3M"),
            ("2009", "DATE", "2009"),
            ("14 months", "DURATION", "P14M"),
            ("October 2011", "DATE", "2011-10"),
            ("December 2012", "DATE", "2012-12"),
            ("January", "DATE", "2013-01"),
            ("every fortnight", "SET", "P2W"),
            ("last week", "DATE", "2013-W32"),
            ("2006", "DATE", "2006"),
            ("at least two more years", "DURATION", "P2Y"),
            ("2013-14", "DATE", "FY2014"),
            ("annually", "SET", "P1Y"),
            ("a week", "DURATION", "P1W"),
            ("2011-12", "DATE", "FY2012"),
            ("early October", "DATE", "2013-10"),
            ("Now", "DATE", "PRESENT_REF"),
            ("August 27", "DATE", "2013-08-27"),
            ("August 5", "DATE", "2013-08-05"),
            ("August 30", "DATE", "2013-08-30"),
        ],
    ),
    # Saturday 2012-10-20 (ISO week 42), Irish national daily on a tribunal's final report,
    # headline, standfirst, byline, date line "Saturday 20 October 2012"; "yesterday" is
    # Friday 2012-10-19 (twice) and "last night" its night, 2012-10-19TNI (gold_blind35). The
    # report was "published on Thursday evening" 2012-10-18TEV, the website went offline "at
    # 6pm on Thursday" 2012-10-18T18:00 and the DATE; the copy reached the DPP "on Wednesday"
    # 2012-10-17, "a day before publication" an anchored duration P1D. Future: the Cabinet
    # "on Tuesday" 2012-10-23, the Dáil debate "next week" 2012-W43. The solicitor's "over the
    # weekend" said on a Friday for a Saturday paper is the weekend of publication, 2012-W42-WE.
    # "after 11 years" (standfirst) and "after 11 years of inquiry" P11Y; "between 1996 and
    # 2001" (standfirst and lead) two DATEs each; "every three months" SET P3M; "from early
    # 1996" -> "early 1996" DATE 1996 (gold_blind21's "early 2018"); "over 19 days" P19D; "sat
    # for 612 days" P612D; "retired in 2007 ... took over that autumn" 2007 and "that autumn"
    # 2007-FA (a narrative anchor, gold_blind10, gold_blind103); "July 2008"; "at least two
    # years" P2Y; "the coming weeks" PXW; "more than a decade" P10Y; "now" PRESENT_REF; "the
    # late 1990s" 199. Not annotated: "€90,000", "€68 million", "2,940 pages", "(71)" (an age),
    # "the Tribunals of Inquiry (Evidence) Act 1921" (a statute's name), "both Houses",
    # "carrickmoretribunal.ie", "at the same time" (anaphoric), "first" in "first raised".
    "carrickmore-tribunal-final-report": (
        "2012-10-20",
        [
            ("11 years", "DURATION", "P11Y"),
            ("1996", "DATE", "1996"),
            ("2001", "DATE", "2001"),
            ("Saturday 20 October 2012", "DATE", "2012-10-20"),
            ("1996", "DATE", "1996"),
            ("2001", "DATE", "2001"),
            ("Thursday evening", "TIME", "2012-10-18TEV"),
            ("11 years", "DURATION", "P11Y"),
            ("every three months", "SET", "P3M"),
            ("early 1996", "DATE", "1996"),
            ("1998", "DATE", "1998"),
            ("19 days", "DURATION", "P19D"),
            ("2009", "DATE", "2009"),
            ("yesterday", "DATE", "2012-10-19"),
            ("the weekend", "DATE", "2012-W42-WE"),
            ("November 2001", "DATE", "2001-11"),
            ("612 days", "DURATION", "P612D"),
            ("2007", "DATE", "2007"),
            ("that autumn", "DATE", "2007-FA"),
            ("July 2008", "DATE", "2008-07"),
            ("at least two years", "DURATION", "P2Y"),
            ("6pm", "TIME", "2012-10-18T18:00"),
            ("Thursday", "DATE", "2012-10-18"),
            ("yesterday", "DATE", "2012-10-19"),
            ("the coming weeks", "DURATION", "PXW"),
            ("Tuesday", "DATE", "2012-10-23"),
            ("next week", "DATE", "2012-W43"),
            ("Wednesday", "DATE", "2012-10-17"),
            ("a day", "DURATION", "P1D"),
            ("more than a decade", "DURATION", "P10Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("the late 1990s", "DATE", "199"),
            ("2000", "DATE", "2000"),
            ("2004", "DATE", "2004"),
            ("last night", "TIME", "2012-10-19TNI"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
