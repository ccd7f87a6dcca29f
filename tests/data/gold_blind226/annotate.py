"""Annotations of the two-hundred-and-twenty-sixth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind226/annotate.py [--show]

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
    # Friday 2012-08-10 (ISO week 32), business-paper story of a bank's data breach, headline
    # ("for Five Months", DURATION P5M), byline "Staff Reporter", date line "Friday, August 10,
    # 2012" (one DATE span), "CHARLOTTE, N.C. --" dateline. "yesterday" and "late yesterday"
    # are Thursday 2012-08-09 (gold_blind35). Past weekdays: the spokeswoman "said Wednesday"
    # and the class action "on Wednesday" 2012-08-08, letters "Monday" 2012-08-06, the board
    # "met Tuesday night" 2012-08-07TNI. The intruders' access "from early February until late
    # June" -> "early February" 2012-02 and "late June" 2012-06 ("from", "until" signals);
    # "June 28" 2012-06-28 (a Thursday, not written); "within hours" -> "hours" PTXH
    # (gold_blind6); "this month" 2012-08. The bank's fiscal year is not described, so "the
    # third quarter, which ends Sept. 30" is 2012-Q3 plus 2012-09-30, "the second quarter"
    # 2012-Q2 and "a year earlier" after it 2011-Q2 (gold_blind35). "its second security lapse
    # in three years" -> "three years" P3Y, the period of an ordinal count (gold_blind103's
    # "the third time in two weeks"). "in days, not months" PXD and PXM (gold_blind21's "days",
    # "weeks"); "the end of the year" 2012 (the year's value); "this year" 2012; "every 30
    # days" SET P30D, "once a year" SET P1Y; "a year of free credit monitoring" P1Y. Not
    # annotated: "version 3.2" (a program version), "91.204.17.33" (an IP address), "212,000",
    # "4,000", "140 branches", "$9.4 billion", "$6 million to $8 million", "$21.3 million", "48
    # cents", "$17.9 million", "$15 million", "71 cents", "4%", "$17.04", "12%", age "57",
    # "has since replaced" (anaphoric), "second security lapse" beyond "three years".
    "hartsell-bank-breach-sec-filing": (
        "2012-08-10",
        [
            ("Five Months", "DURATION", "P5M"),
            ("Friday, August 10, 2012", "DATE", "2012-08-10"),
            ("yesterday", "DATE", "2012-08-09"),
            ("about five months", "DURATION", "P5M"),
            ("early February", "DATE", "2012-02"),
            ("late June", "DATE", "2012-06"),
            ("late yesterday", "DATE", "2012-08-09"),
            ("June 28", "DATE", "2012-06-28"),
            ("hours", "DURATION", "PTXH"),
            ("six weeks", "DURATION", "P6W"),
            ("Wednesday", "DATE", "2012-08-08"),
            ("this month", "DATE", "2012-08"),
            ("Monday", "DATE", "2012-08-06"),
            ("a year", "DURATION", "P1Y"),
            ("90 days", "DURATION", "P90D"),
            ("2010", "DATE", "2010"),
            ("now", "DATE", "PRESENT_REF"),
            ("every 30 days", "SET", "P30D"),
            ("once a year", "SET", "P1Y"),
            ("July 30", "DATE", "2012-07-30"),
            ("Tuesday night", "TIME", "2012-08-07TNI"),
            ("the third quarter", "DATE", "2012-Q3"),
            ("Sept. 30", "DATE", "2012-09-30"),
            ("the second quarter", "DATE", "2012-Q2"),
            ("a year earlier", "DATE", "2011-Q2"),
            ("three years", "DURATION", "P3Y"),
            ("2009", "DATE", "2009"),
            ("last year", "DATE", "2011"),
            ("days", "DURATION", "PXD"),
            ("months", "DURATION", "PXM"),
            ("yesterday", "DATE", "2012-08-09"),
            ("the end of the year", "DATE", "2012"),
            ("the next two years", "DURATION", "P2Y"),
            ("Wednesday", "DATE", "2012-08-08"),
            ("Sept. 14", "DATE", "2012-09-14"),
            ("yesterday", "DATE", "2012-08-09"),
            ("this year", "DATE", "2012"),
        ],
    ),
    # Tuesday 2013-02-26 (ISO week 9), British paper's website, headline, standfirst, byline,
    # abbreviated date line "Tue 26 Feb 2013 14.05 GMT" (DATE and TIME, gold_blind21; the
    # abbreviated weekday checked by hand: 26 February 2013 is a Tuesday). The ICO "said on
    # Tuesday", the publication day; Pellmore "was told of the penalty on Friday" 2013-02-22;
    # the chief executive appears "on Wednesday 13 March" 2013-03-13 (one span, weekday
    # checked). The database was open "from October 2010 ... until May 2012"; the copying
    # "between 12 May and 3 June 2012" -> "12 May" 2012-05-12 and "3 June 2012", a range at
    # its two ends (gold_blind103); "5 June" 2012-06-05 and "17 July" 2012-07-17 take 2012 from
    # the story line, and "the following week" after 17 July (week 29) is 2012-W30 (gold_blind29).
    # "19 months" (standfirst and lead) and "Nineteen months" P19M; "six weeks" P6W twice;
    # "eight months" P8M; "28 days" P28D; "paid by 27 March" 2013-03-27 (future). "finished
    # encrypting ... in January" 2013-01; "since last summer" 2012-SU; "last year" 2012 and "the
    # year before" after it 2011 (the year before the one compared with); "last week"
    # 2013-W08; "this month" 2013-02; the customer's "until July" 2012-07 (past, the month of
    # the letters); "every quarter" SET P3M (gold_blind14); "within 24 hours" -> "24 hours"
    # PT24H. Not annotated: "the Data
    # Protection Act 1998" (an act's name, gold_blind48, gold_blind69), "the seventh
    # principle", "203.0.113.54", "198.51.100.7" (IP addresses), "pellmore.co.uk/help2012" (a
    # URL holding 2012), "0800 555 2012" (a phone number ending in 2012), "£180,000",
    # "£500,000", "41,000", "310,000", "1,204", "821", "a fifth", "at least three times" (a
    # count), "far too long".
    "pellmore-broadband-ico-fine": (
        "2013-02-26",
        [
            ("19 months", "DURATION", "P19M"),
            ("six weeks", "DURATION", "P6W"),
            ("Tue 26 Feb 2013", "DATE", "2013-02-26"),
            ("14.05 GMT", "TIME", "2013-02-26T14:05"),
            ("19 months", "DURATION", "P19M"),
            ("Tuesday", "DATE", "2013-02-26"),
            ("October 2010", "DATE", "2010-10"),
            ("May 2012", "DATE", "2012-05"),
            ("12 May", "DATE", "2012-05-12"),
            ("3 June 2012", "DATE", "2012-06-03"),
            ("5 June", "DATE", "2012-06-05"),
            ("17 July", "DATE", "2012-07-17"),
            ("the following week", "DATE", "2012-W30"),
            ("Nineteen months", "DURATION", "P19M"),
            ("six weeks", "DURATION", "P6W"),
            ("eight months", "DURATION", "P8M"),
            ("Friday", "DATE", "2013-02-22"),
            ("28 days", "DURATION", "P28D"),
            ("27 March", "DATE", "2013-03-27"),
            ("2001", "DATE", "2001"),
            ("January", "DATE", "2013-01"),
            ("now", "DATE", "PRESENT_REF"),
            ("every quarter", "SET", "P3M"),
            ("last summer", "DATE", "2012-SU"),
            ("April 2010", "DATE", "2010-04"),
            ("last year", "DATE", "2012"),
            ("the year before", "DATE", "2011"),
            ("May 2011", "DATE", "2011-05"),
            ("24 hours", "DURATION", "PT24H"),
            ("last week", "DATE", "2013-W08"),
            ("this month", "DATE", "2013-02"),
            ("July", "DATE", "2012-07"),
            ("Wednesday 13 March", "DATE", "2013-03-13"),
        ],
    ),
    # Thursday 2013-11-14 (ISO week 46), US local TV station's website, headline ("reopen
    # Monday"), stamps "Posted: Nov 14, 2013 6:10 AM EST" and "Updated: ... 5:48 PM EST" (two
    # DATEs and two TIMEs, the zone in the span and not in the value, gold_blind103), byline,
    # "MARLOW COUNTY, Ind. (WMCI) -" dateline. "officials said Thursday" is the publication
    # day. Past: "over the weekend" -> "the weekend" 2013-W45-WE (9-10 November), "Saturday
    # morning" 2013-11-09TMO, "Sunday night" 2013-11-10TNI, "Tuesday afternoon" 2013-11-12TAF,
    # restoring began "Wednesday" 2013-11-13, the attachment "opened ... Friday, Nov. 8"
    # (one span with its weekday, gold_blind21). Future: "closed through Friday" 2013-11-15,
    # "reopen Monday" (headline and lead) 2013-11-18, "finish by Sunday" 2013-11-17, "at 9 a.m.
    # Friday" 2013-11-15T09:00 and the DATE. "the deadline ... Nov. 12" (past) and "Nov. 22",
    # "through Nov. 27" (future). "going back to 1987" -> "1987"; "since August" 2013-08;
    # "early September" 2013-09; "in June" 2013-06. "72 hours" PT72H, "about an hour" PT1H (an
    # anchored duration), "six months" P6M ("six months, maybe longer"), "10 days" P10D,
    # "almost a week" P1W. "Two weeks ago" takes the unit's granularity, 2013-W44 (gold_blind5,
    # gold_blind15). "backs up its servers every night" SET XXXX-XX-XXTNI (gold_blind103);
    # "Extended hours, 7 a.m. to 7 p.m. daily" two TIMEs XXXX-XX-XXThh:mm and the SET P1D
    # (gold_blind42). "tonight" (the newscast) 2013-11-14TNI. Not annotated: "$650",
    # "48,000 files", "11 servers", "at least a dozen", "the second property tax installment",
    # "812-555-2013" (a phone number ending in 2013), "marlowcountyin.org/alerts/2013-11" (a
    # URL holding a year and month), "WMCI", "WMCI Nightside" (a programme), "for good", "the
    # deadline ran out" (an event-named moment).
    "marlow-county-ransomware-payment": (
        "2013-11-14",
        [
            ("Monday", "DATE", "2013-11-18"),
            ("Nov 14, 2013", "DATE", "2013-11-14"),
            ("6:10 AM EST", "TIME", "2013-11-14T06:10"),
            ("Nov 14, 2013", "DATE", "2013-11-14"),
            ("5:48 PM EST", "TIME", "2013-11-14T17:48"),
            ("the weekend", "DATE", "2013-W45-WE"),
            ("Friday", "DATE", "2013-11-15"),
            ("Monday", "DATE", "2013-11-18"),
            ("Thursday", "DATE", "2013-11-14"),
            ("Saturday morning", "TIME", "2013-11-09TMO"),
            ("Sunday night", "TIME", "2013-11-10TNI"),
            ("1987", "DATE", "1987"),
            ("72 hours", "DURATION", "PT72H"),
            ("Tuesday afternoon", "TIME", "2013-11-12TAF"),
            ("about an hour", "DURATION", "PT1H"),
            ("six months", "DURATION", "P6M"),
            ("Wednesday", "DATE", "2013-11-13"),
            ("Sunday", "DATE", "2013-11-17"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("August", "DATE", "2013-08"),
            ("Friday, Nov. 8", "DATE", "2013-11-08"),
            ("early September", "DATE", "2013-09"),
            ("Nov. 12", "DATE", "2013-11-12"),
            ("Nov. 22", "DATE", "2013-11-22"),
            ("10 days", "DURATION", "P10D"),
            ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
            ("7 p.m.", "TIME", "XXXX-XX-XXT19:00"),
            ("daily", "SET", "P1D"),
            ("Nov. 27", "DATE", "2013-11-27"),
            ("June", "DATE", "2013-06"),
            ("Two weeks ago", "DATE", "2013-W44"),
            ("2009", "DATE", "2009"),
            ("almost a week", "DURATION", "P1W"),
            ("9 a.m.", "TIME", "2013-11-15T09:00"),
            ("Friday", "DATE", "2013-11-15"),
            ("tonight", "TIME", "2013-11-14TNI"),
        ],
    ),
    # Wednesday 2014-07-16 (ISO week 29), Reuters-style wire, "UPDATE 2-" headline ("over four
    # months" P4M), stamp "Wed Jul 16, 2014 5:12pm EDT" (DATE and TIME; the abbreviated weekday
    # checked by hand), "NEW YORK, July 16 (Reuters) -" dateline (the publication day, DATE).
    # "said on Wednesday" and "afternoon trading on Wednesday" are the publication day
    # ("afternoon trading" a session, not a part of day, gold_blind36). The theft ran "between
    # March 3 and June 27" (two DATEs); the malware was "first detected ... on June 20" (a
    # Friday) "and removed a week later": "a week later" takes the unit's granularity, ISO week
    # 2014-W26 (gold_blind68), the week of June 27; "the following Monday" after June 20 is
    # 2014-06-23 (gold_blind4). "last week" 2014-W28; "within 72 hours" -> "72 hours" PT72H;
    # "12 months" P12M; "several weeks" PXW; "since at least 2012" -> "at least 2012" DATE 2012,
    # the modifier kept (gold_blind41); "every 15 minutes" SET PT15M; "late June" 2014-06;
    # "since late last year" 2013; "this year" 2014, "In 2013". The chain's fiscal year is
    # described ("Its fiscal 2014 ends Nov. 2"), so "the fiscal third quarter, which ends Aug.
    # 3" is FY2014-Q3 (named by the year it ends, gold_blind35) plus 2014-08-03; "fiscal 2014"
    # FY2014 and "Nov. 2" 2014-11-02; results "on Sept. 4" 2014-09-04. "early June" 2014-06;
    # "January 2013"; "by the end of 2015" 2015 (the year's value); "an October 2015 deadline"
    # -> "October 2015" 2015-10, an adjectival date; "in 2010". Not annotated: "UPDATE 2" (a
    # wire label), "212 diners", "640 restaurants", "23 states", "PINs", "185.86.151.11" (an IP
    # address), "Vantage 2012" (a software name holding 2012), "has since been patched"
    # (anaphoric), "the sixth restaurant company", "$4 million to $6 million", "3.1 percent",
    # "$24.18", "15 percent", "results" (no period named), "(Reuters)".
    "callisters-diner-card-breach": (
        "2014-07-16",
        [
            ("four months", "DURATION", "P4M"),
            ("Wed Jul 16, 2014", "DATE", "2014-07-16"),
            ("5:12pm EDT", "TIME", "2014-07-16T17:12"),
            ("July 16", "DATE", "2014-07-16"),
            ("Wednesday", "DATE", "2014-07-16"),
            ("nearly four months", "DURATION", "P4M"),
            ("March 3", "DATE", "2014-03-03"),
            ("June 27", "DATE", "2014-06-27"),
            ("June 20", "DATE", "2014-06-20"),
            ("a week later", "DATE", "2014-W26"),
            ("last week", "DATE", "2014-W28"),
            ("72 hours", "DURATION", "PT72H"),
            ("the following Monday", "DATE", "2014-06-23"),
            ("12 months", "DURATION", "P12M"),
            ("several weeks", "DURATION", "PXW"),
            ("at least 2012", "DATE", "2012"),
            ("every 15 minutes", "SET", "PT15M"),
            ("late June", "DATE", "2014-06"),
            ("late last year", "DATE", "2013"),
            ("this year", "DATE", "2014"),
            ("2013", "DATE", "2013"),
            ("the fiscal third quarter", "DATE", "FY2014-Q3"),
            ("Aug. 3", "DATE", "2014-08-03"),
            ("Sept. 4", "DATE", "2014-09-04"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("Nov. 2", "DATE", "2014-11-02"),
            ("Wednesday", "DATE", "2014-07-16"),
            ("early June", "DATE", "2014-06"),
            ("January 2013", "DATE", "2013-01"),
            ("the end of 2015", "DATE", "2015"),
            ("October 2015", "DATE", "2015-10"),
            ("2010", "DATE", "2010"),
        ],
    ),
    # Monday 2014-11-17 (ISO week 47), US technology site, headline ("90-day deadline"),
    # "Summary:" line, byline and stamp "November 17, 2014 -- 19:42 GMT (11:42 PST)" (a DATE
    # and two TIMEs, each clock time on the day it names, gold_blind36), a closing "Update,
    # 3:05pm PST" the same day. Past: the firmware "posted ... late Friday" 2014-11-14
    # (summary and body, the modifier kept, gold_blind86's "late Tuesday"), the advisory "on
    # Saturday" 2014-11-15, "over the weekend" -> "the weekend" 2014-W46-WE (15-16 November).
    # The 90 days run from Aug. 19 to today, 2014-11-17 (checked with datetime): "a deadline
    # that runs out today" -> "today" the publication day; "three days before" the deadline
    # (summary and body) P3D, an anchored duration; "nearly three months" P3M; "within a day"
    # -> "a day" P1D; "early August" 2014-08; "Nov. 6"; "on Thursday" (future) 2014-11-20.
    # "stopped receiving updates in January" 2014-01; "since 2012" (summary) and "March 2012";
    # "since at least 2013" -> "at least 2013" DATE 2013 (gold_blind41); "For at least a year"
    # DURATION P1Y (gold_blind38); "every hour" SET PT1H; "audits ... monthly" SET P1M (a
    # recurrence); "this year" 2014, "In May" 2014-05, "five weeks" P5W; "last year" 2013; "ship in
    # December" 2014-12. Not annotated: "Firmware 4.1.7", "build 20141114" (a build number
    # holding a date), "HV-200", "HV-2013" (a model number holding 2013), "version 3.0",
    # "CVE-2014-8823" (a vulnerability number holding 2014, gold_blind42), "62.210.14.99" (an
    # IP address), "31,000", "1.2 million", "the second serious hole" (an ordinal count).
    "tessaly-homevault-backdoor-patch": (
        "2014-11-17",
        [
            ("90-day", "DURATION", "P90D"),
            ("2012", "DATE", "2012"),
            ("late Friday", "DATE", "2014-11-14"),
            ("three days", "DURATION", "P3D"),
            ("November 17, 2014", "DATE", "2014-11-17"),
            ("19:42 GMT", "TIME", "2014-11-17T19:42"),
            ("11:42 PST", "TIME", "2014-11-17T11:42"),
            ("nearly three months", "DURATION", "P3M"),
            ("three days", "DURATION", "P3D"),
            ("late Friday", "DATE", "2014-11-14"),
            ("January", "DATE", "2014-01"),
            ("Saturday", "DATE", "2014-11-15"),
            ("March 2012", "DATE", "2012-03"),
            ("at least 2013", "DATE", "2013"),
            ("early August", "DATE", "2014-08"),
            ("Aug. 19", "DATE", "2014-08-19"),
            ("90 days", "DURATION", "P90D"),
            ("today", "DATE", "2014-11-17"),
            ("a day", "DURATION", "P1D"),
            ("Nov. 6", "DATE", "2014-11-06"),
            ("Thursday", "DATE", "2014-11-20"),
            ("the weekend", "DATE", "2014-W46-WE"),
            ("every hour", "SET", "PT1H"),
            ("at least a year", "DURATION", "P1Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("monthly", "SET", "P1M"),
            ("this year", "DATE", "2014"),
            ("May", "DATE", "2014-05"),
            ("five weeks", "DURATION", "P5W"),
            ("2006", "DATE", "2006"),
            ("last year", "DATE", "2013"),
            ("3:05pm PST", "TIME", "2014-11-17T15:05"),
            ("December", "DATE", "2014-12"),
        ],
    ),
    # Saturday 2015-06-20 (ISO week 25), Irish daily, headline ("for five weeks" P5W),
    # standfirst ("a 72-hour deadline", the adjective PT72H), byline, date line "Saturday 20
    # June 2015" (one span). "yesterday" (twice) is Friday 2015-06-19. The laptop was taken "on
    # Saturday 9 May" 2015-05-09 (one span, weekday checked) and reported "the following
    # morning", TIME 2015-05-10TMO (gold_blind13); the commissioner was told "until 2 June"
    # 2015-06-02 (and "on 2 June" again); members were written to "this week" 2015-W25. Past
    # weekdays: the board "met on Thursday night" 2015-06-18TNI; the account "arrived on
    # Tuesday" and the helpline's calls "since Tuesday" 2015-06-16. Future: the AGM "on Tuesday
    # 14 July" 2015-07-14. "more than five weeks" P5W twice; "between January 2009 and April
    # 2015" two DATEs; "since 2007"; "a few days" PXD; "within 14 days" P14D; "since 2011";
    # "within two days" P2D; "now being negotiated" PRESENT_REF; "within 72 hours of discovering
    # a breach" PT72H (an anchored duration); "by the end of the year" 2015; "in 2018"; "last
    # year" 2014 and "1,577 in 2013"; "every week" SET P1W; "the next 12 months" P12M;
    # "founded in 1968". Not annotated: "Co Clare", "8,400 members", "2,264", "1,577", "more
    # than 600 calls", "1850 555 968" (a phone number opening with 1850), "annual general
    # meeting" (a meeting's name, not a recurrence stated), "yet", "far too long", "that time"
    # (anaphoric), "promptly", "the Irish Consumers' Forum".
    "shannonmore-credit-union-laptop": (
        "2015-06-20",
        [
            ("five weeks", "DURATION", "P5W"),
            ("72-hour", "DURATION", "PT72H"),
            ("Saturday 20 June 2015", "DATE", "2015-06-20"),
            ("more than five weeks", "DURATION", "P5W"),
            ("yesterday", "DATE", "2015-06-19"),
            ("Saturday 9 May", "DATE", "2015-05-09"),
            ("the following morning", "TIME", "2015-05-10TMO"),
            ("2 June", "DATE", "2015-06-02"),
            ("this week", "DATE", "2015-W25"),
            ("January 2009", "DATE", "2009-01"),
            ("April 2015", "DATE", "2015-04"),
            ("2007", "DATE", "2007"),
            ("a few days", "DURATION", "PXD"),
            ("Thursday night", "TIME", "2015-06-18TNI"),
            ("yesterday", "DATE", "2015-06-19"),
            ("2 June", "DATE", "2015-06-02"),
            ("14 days", "DURATION", "P14D"),
            ("Tuesday", "DATE", "2015-06-16"),
            ("more than five weeks", "DURATION", "P5W"),
            ("2011", "DATE", "2011"),
            ("two days", "DURATION", "P2D"),
            ("now", "DATE", "PRESENT_REF"),
            ("72 hours", "DURATION", "PT72H"),
            ("the end of the year", "DATE", "2015"),
            ("2018", "DATE", "2018"),
            ("last year", "DATE", "2014"),
            ("2013", "DATE", "2013"),
            ("every week", "SET", "P1W"),
            ("the next 12 months", "DURATION", "P12M"),
            ("Tuesday", "DATE", "2015-06-16"),
            ("1968", "DATE", "1968"),
            ("Tuesday 14 July", "DATE", "2015-07-14"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
