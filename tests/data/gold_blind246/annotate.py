"""Annotations of blind gold set 246, chosen by hand before the tagger ran.

    python tests/data/gold_blind246/annotate.py [--show]

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
    # Wednesday 2013-04-03 (ISO week 14), British regional daily, headline ("by the summer"),
    # standfirst ("open today"), byline, date line "Wednesday 3 April 2013" (one span with its
    # weekday). "the summer" (headline) 2013-SU, the body's "the end of June" 2013-06 (the
    # month's value). Applications "close at noon on Friday 12 April": "noon" TIME
    # 2013-04-12T12:00 and the DATE, two TIMEX3 (gold_blind2, gold_blind90). "in the week
    # beginning 22 April" -> "the week" DATE 2013-W17 and "22 April" DATE 2013-04-22 (a Monday),
    # "beginning" a signal between them, like "the week ended Oct. 12" (gold_blind33) and "the
    # week ending Friday" (gold_blind22); see README. "the past eight months" P8M; "two-week",
    # "12-hour", "six-month" adjectival DURATIONs; the shift hours "from 6am to 6pm" and "from
    # 6pm to 6am" recur every working day, XXXX-XX-XXThh:mm (gold_blind90's office hours);
    # "weekends" bare plural SET XXXX-WXX-WE; "more than four weeks at a stretch" P4W; "eight
    # weeks in advance" P8W, a duration anchored to the rota's start; "February" 2013-02 and
    # "a year earlier" after it 2012-02 (gold_blind35); "Eighteen months ago" 2011-10 (the
    # unit's granularity, gold_blind28; the factory closed in October 2011); "the autumn"
    # ahead 2013-FA; "the end of 2014" 2014; the open evening "on Tuesday" 2013-04-09, "from 5pm
    # to 8pm" that day. Not annotated: "day shifts", "night shifts" (kinds, gold_blind34), "a
    # four-on, four-off pattern" (a roster's elliptical counts, no unit), "the rota", "open
    # evening" and "assessment sessions" (events), "HB/MB/0413" (a reference that reads like
    # April 2013), "harknessbakeries.co.uk/jobs/2013", "01632 960 218", "180", "420", "60",
    # "300", "Twelve engineering posts", "£17,650", "£18,900", "£31,000", "9.1 per cent", "7.8
    # per cent".
    "marlow-bridge-bakery-jobs": (
        "2013-04-03",
        [
            ("the summer", "DATE", "2013-SU"),
            ("today", "DATE", "2013-04-03"),
            ("Wednesday 3 April 2013", "DATE", "2013-04-03"),
            ("October 2011", "DATE", "2011-10"),
            ("last year", "DATE", "2012"),
            ("the past eight months", "DURATION", "P8M"),
            ("Monday 13 May", "DATE", "2013-05-13"),
            ("the end of June", "DATE", "2013-06"),
            ("9am", "TIME", "2013-04-03T09:00"),
            ("today", "DATE", "2013-04-03"),
            ("noon", "TIME", "2013-04-12T12:00"),
            ("Friday 12 April", "DATE", "2013-04-12"),
            ("the week", "DATE", "2013-W17"),
            ("22 April", "DATE", "2013-04-22"),
            ("two-week", "DURATION", "P2W"),
            ("13 May", "DATE", "2013-05-13"),
            ("12-hour", "DURATION", "PT12H"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("six-month", "DURATION", "P6M"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("more than four weeks", "DURATION", "P4W"),
            ("eight weeks", "DURATION", "P8W"),
            ("more than 20 years", "DURATION", "P20Y"),
            ("February", "DATE", "2013-02"),
            ("a year earlier", "DATE", "2012-02"),
            ("Eighteen months ago", "DATE", "2011-10"),
            ("Now", "DATE", "PRESENT_REF"),
            ("the autumn", "DATE", "2013-FA"),
            ("the end of 2014", "DATE", "2014"),
            ("Tuesday", "DATE", "2013-04-09"),
            ("5pm", "TIME", "2013-04-09T17:00"),
            ("8pm", "TIME", "2013-04-09T20:00"),
        ],
    ),
    # Tuesday 2012-09-18 (ISO week 38), US local paper's website, headline, deck, byline, stamp
    # "Posted: Tuesday, September 18, 2012 5:45 am" (the DATE with its weekday and the TIME, two
    # TIMEX3, gold_blind103), "PORT ELLERY —" dateline. The vote "Monday night" 2012-09-17TNI;
    # applications "due by 5 p.m. Oct. 19" (a Friday) 2012-10-19T17:00 and the DATE;
    # "Thanksgiving" (deck and body) 2012-11-22, the fourth Thursday of November
    # (gold_blind35); "early November" 2012-11; "Jan. 2" 2013-01-02; "by the end of January
    # at the latest" -> "the end of January" 2013-01 ("at the latest" left out); "until spring"
    # -> "spring" ahead 2013-SP. "three years" P3Y, "two more years" P2Y (the modifier kept),
    # "11 years", "90 days", "a year" ("within a year"), "eight months", "at least 10 years",
    # "about two weeks" DURATIONs; "more than three months after Gary Whitcomb resigned" P3M,
    # the duration alone (gold_blind35). "left in June" 2012-06, "since June 11" 2012-06-11,
    # "since 1994", "in 2000", "in 1999", "Last year" 2011, "his first since 2008". The
    # community meetings: "6:30 p.m. Thursday" 2012-09-20T18:30 with the DATE, "10 a.m.
    # Saturday" 2012-09-22T10:00 with the DATE (future); "until Sept. 30" 2012-09-30, "its Oct.
    # 1 meeting" 2012-10-01. "the fiscal year that began July 1" -> "the fiscal year" FY2013
    # (the city's July-June year, named by the year it ends, gold_blind21) and "July 1"
    # 2012-07-01. Not annotated: "5-2" (a vote), "five or six semifinalists", "$118,000 to
    # $136,000", "$24,500", "three installments", "three bidders", "Resolution 2012-117" (a
    # resolution number holding the year), "3 percent", "1919 Harbor Ave." (an address),
    # "portellery.org/manager2012", "41,000", "$52 million", "at the latest", "on the job".
    "port-ellery-city-manager-search": (
        "2012-09-18",
        [
            ("Oct. 19", "DATE", "2012-10-19"),
            ("Thanksgiving", "DATE", "2012-11-22"),
            ("Tuesday, September 18, 2012", "DATE", "2012-09-18"),
            ("5:45 am", "TIME", "2012-09-18T05:45"),
            ("Monday night", "TIME", "2012-09-17TNI"),
            ("more than three months", "DURATION", "P3M"),
            ("5 p.m.", "TIME", "2012-10-19T17:00"),
            ("Oct. 19", "DATE", "2012-10-19"),
            ("early November", "DATE", "2012-11"),
            ("Thanksgiving", "DATE", "2012-11-22"),
            ("Jan. 2", "DATE", "2013-01-02"),
            ("the end of January", "DATE", "2013-01"),
            ("three years", "DURATION", "P3Y"),
            ("two more years", "DURATION", "P2Y"),
            ("11 years", "DURATION", "P11Y"),
            ("June", "DATE", "2012-06"),
            ("1994", "DATE", "1994"),
            ("June 11", "DATE", "2012-06-11"),
            ("90 days", "DURATION", "P90D"),
            ("a year", "DURATION", "P1Y"),
            ("2000", "DATE", "2000"),
            ("spring", "DATE", "2013-SP"),
            ("1999", "DATE", "1999"),
            ("eight months", "DURATION", "P8M"),
            ("at least 10 years", "DURATION", "P10Y"),
            ("about two weeks", "DURATION", "P2W"),
            ("Last year", "DATE", "2011"),
            ("2008", "DATE", "2008"),
            ("6:30 p.m.", "TIME", "2012-09-20T18:30"),
            ("Thursday", "DATE", "2012-09-20"),
            ("10 a.m.", "TIME", "2012-09-22T10:00"),
            ("Saturday", "DATE", "2012-09-22"),
            ("Sept. 30", "DATE", "2012-09-30"),
            ("Oct. 1", "DATE", "2012-10-01"),
            ("the fiscal year", "DATE", "FY2013"),
            ("July 1", "DATE", "2012-07-01"),
        ],
    ),
    # Thursday 2014-10-09 (ISO week 41), government department's news page ("Press release",
    # headline, summary, "Published 9 October 2014", "From:" line), public appointment of a
    # board chair. "a four-year term from 1 April 2015" -> "four-year" P4Y and "1 April 2015"
    # ("from" a signal); "step down on 31 March 2015 after almost eight years" P8Y; "June
    # 2007", "2011", "set up in 1998" (the Act's "1998" is a name and not annotated); "the
    # 2014/15 financial year" FY2015, an English public body's April-March year named by the
    # year it ends, one span (gold_blind90); "three years ago" 2011 (the unit's granularity);
    # "The past few years" PXY; "the summer of 2010" one span 2010-SU; "Over the next four
    # years" P4Y; "quarterly meetings" SET P3M (an adjective naming a recurrence, like
    # "monthly leak surveys", gold_blind35); "twice a year" SET P1Y (gold_blind3); "at least
    # five years' experience" P5Y without the apostrophe (gold_blind90); "three-year" P3Y with
    # "1 June 2015"; "31 May" 2015-05-31 (ahead); "later this month" 2014-10; the information
    # session "at 10am on Thursday 16 October" 2014-10-16T10:00 and the DATE; "by 5pm the day
    # before" -> "5pm" 2014-10-15T17:00 and "the day before" DATE 2014-10-15 (anchored on the
    # session). Timetable: "5pm on Monday 3 November 2014", "21 November 2014", "8 and 9 December
    # 2014" -> "8" 2014-12-08 and "9 December 2014" (gold_blind27's "20 and 21 January"),
    # "January" 2015-01 (ahead), "1 April 2015"; "up to four years" P4Y; "by 24 October"
    # 2014-10-24. Not annotated: "Inland Waterways Act 1998" (an Act's name, gold_blind90),
    # "Closing date", "Shortlisting", "Appointment starts" (labels), "day one" (an idiom),
    # "may" (the verb), "640 miles", "72 reservoirs", "11 members", "£41 million", "£47
    # million", "£22,600", "OIW/2014/CH01", "0300 555 2014" (a phone number ending in the year).
    "northern-waterways-board-chair": (
        "2014-10-09",
        [
            ("four-year", "DURATION", "P4Y"),
            ("1 April 2015", "DATE", "2015-04-01"),
            ("9 October 2014", "DATE", "2014-10-09"),
            ("31 March 2015", "DATE", "2015-03-31"),
            ("almost eight years", "DURATION", "P8Y"),
            ("June 2007", "DATE", "2007-06"),
            ("2011", "DATE", "2011"),
            ("1998", "DATE", "1998"),
            ("the 2014/15 financial year", "DATE", "FY2015"),
            ("three years ago", "DATE", "2011"),
            ("The past few years", "DURATION", "PXY"),
            ("the summer of 2010", "DATE", "2010-SU"),
            ("2012", "DATE", "2012"),
            ("the next four years", "DURATION", "P4Y"),
            ("quarterly", "SET", "P3M"),
            ("twice a year", "SET", "P1Y"),
            ("at least five years", "DURATION", "P5Y"),
            ("three-year", "DURATION", "P3Y"),
            ("1 June 2015", "DATE", "2015-06-01"),
            ("31 May", "DATE", "2015-05-31"),
            ("later this month", "DATE", "2014-10"),
            ("10am", "TIME", "2014-10-16T10:00"),
            ("Thursday 16 October", "DATE", "2014-10-16"),
            ("5pm", "TIME", "2014-10-15T17:00"),
            ("the day before", "DATE", "2014-10-15"),
            ("5pm", "TIME", "2014-11-03T17:00"),
            ("Monday 3 November 2014", "DATE", "2014-11-03"),
            ("21 November 2014", "DATE", "2014-11-21"),
            ("8", "DATE", "2014-12-08"),
            ("9 December 2014", "DATE", "2014-12-09"),
            ("January", "DATE", "2015-01"),
            ("1 April 2015", "DATE", "2015-04-01"),
            ("up to four years", "DURATION", "P4Y"),
            ("24 October", "DATE", "2014-10-24"),
        ],
    ),
    # Saturday 2015-02-14 (ISO week 7), Irish daily's website, headline, standfirst, byline,
    # stamp "Sat, Feb 14, 2015, 01:00" (abbreviated weekday checked by hand: a Saturday; DATE
    # and TIME, two TIMEX3). Irish ordinal dates are one span with their suffix ("February
    # 26th", "Thursday, February 26th", "Saturday, March 14th", "Saturday, February 21st").
    # "within five minutes of their station" PT5M (standfirst and body), a travel time like "a
    # ten-minute walk" (gold_blind90). Applications "close at 4pm on Thursday, February 26th"
    # 2015-02-26T16:00 and the DATE; "since 2008" 2008; tests "in April" 2015-04 and interviews
    # "in May" 2015-05; "a 12-week training course beginning in September" -> "12-week" P12W
    # and "September" 2015-09; "at weekends" SET XXXX-WXX-WE; "every Tuesday evening" SET
    # XXXX-WXX-2TEV; "a probationary period of two years" P2Y. "On the afternoon of Saturday,
    # January 17th" one TIME span 2015-01-17TAF, like "the night of 13 January" (gold_blind90);
    # "since October" 2014-10; "now" PRESENT_REF; "the past 18 months" P18M; "last year" 2014;
    # "2013"; "average response time ... 14 minutes" DURATION PT14M (an average is still a
    # length of time, like "an average of 12 years" in gold_blind73); "in 2008"; "three years
    # ago" 2012; "The council's 2015 budget" -> "2015" (adjectival year); "agreed in
    # November" 2014-11; the information evenings "7.30pm on Wednesday" 2015-02-18T19:30 and
    # "11am on Saturday, February 21st". Not annotated: "in their fifties" (an age, not a
    # decade), "day or night" (an idiom like "around the clock"), "the third time since
    # October" beyond "October", "Information evenings" (events), "aged 18 or over", "The upper
    # age limit of 30", "24", "seven rural stations", "seven or eight", "the 10", "six",
    # "1,140", "980", "22km", "€9,300", "€1.2 million", "1890 200 215",
    # "dunmaracoco.ie/careers/firefighter2015", "DCC/FS/15/02" (a reference holding "15").
    "dunmara-retained-firefighters": (
        "2015-02-14",
        [
            ("five minutes", "DURATION", "PT5M"),
            ("February 26th", "DATE", "2015-02-26"),
            ("Sat, Feb 14, 2015", "DATE", "2015-02-14"),
            ("01:00", "TIME", "2015-02-14T01:00"),
            ("2008", "DATE", "2008"),
            ("4pm", "TIME", "2015-02-26T16:00"),
            ("Thursday, February 26th", "DATE", "2015-02-26"),
            ("Saturday, March 14th", "DATE", "2015-03-14"),
            ("April", "DATE", "2015-04"),
            ("May", "DATE", "2015-05"),
            ("12-week", "DURATION", "P12W"),
            ("September", "DATE", "2015-09"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("every Tuesday evening", "SET", "XXXX-WXX-2TEV"),
            ("two years", "DURATION", "P2Y"),
            ("five minutes", "DURATION", "PT5M"),
            ("the afternoon of Saturday, January 17th", "TIME", "2015-01-17TAF"),
            ("October", "DATE", "2014-10"),
            ("now", "DATE", "PRESENT_REF"),
            ("the past 18 months", "DURATION", "P18M"),
            ("last year", "DATE", "2014"),
            ("2013", "DATE", "2013"),
            ("14 minutes", "DURATION", "PT14M"),
            ("2008", "DATE", "2008"),
            ("three years ago", "DATE", "2012"),
            ("2015", "DATE", "2015"),
            ("November", "DATE", "2014-11"),
            ("7.30pm", "TIME", "2015-02-18T19:30"),
            ("Wednesday", "DATE", "2015-02-18"),
            ("11am", "TIME", "2015-02-21T11:00"),
            ("Saturday, February 21st", "DATE", "2015-02-21"),
        ],
    ),
    # Monday 2015-01-19 (ISO week 4), Canadian national paper's website, headline, deck,
    # byline, "KINGSMERE, N.S. —" dateline, stamps "Published Monday, Jan. 19, 2015 4:12PM EST"
    # and "Last updated Monday, Jan. 19, 2015 6:40PM EST" (DATE and TIME each, the zone in the
    # span and not in the value). "take office July 1 for a five-year term" and "a five-year
    # term beginning July 1" -> "five-year" P5Y and "July 1" 2015-07-01 ("beginning" a signal
    # like "commencing", gold_blind90); "whose second term ends June 30" 2015-06-30 ("second
    # term" not annotated, like "a second four-year term" beyond "four-year", gold_blind20).
    # "since 2011"; "last spring" 2014-SP; approved "on Saturday" 2015-01-17 and "announced it
    # Monday", the publication day 2015-01-19; "over eight months" P8M; "in December" 2014-12;
    # "12 years"; "2007", "2005", "2010"; "one-year" P1Y; "the fall of 2016" 2016-FA; "March
    # 31" 2015-03-31; "next month" 2015-02; "for three straight years" P3Y (a cardinal run,
    # like "five consecutive days", gold_blind103); "last fall" 2014-FA; "the 2015-16 academic
    # year" -> "2015" and "16" 2016, two DATEs (gold_blind27's academic year); "in November"
    # 2014-11; "The first hundred days" DURATION P100D (an ordinal period of an event, like
    # "its first 100 days", gold_blind14); "next week" 2015-W05; "the spring" ahead 2015-SP;
    # "June" 2015-06; "since 1988" (deck and body); "Three years ago" 2012; "a week after" P1W;
    # "Jan. 12" 2015-01-12; "October" 2015-10; "3 p.m. on Tuesday, Jan. 27" 2015-01-27T15:00
    # and the DATE. Not annotated: "14th president", "second term", "the 17-member search
    # committee", "14 times", "four finalists", "61 applicants", "$395,000", "9,400 students",
    # "at the time" (anaphoric), "Room 1915" (a room number that reads like a year).
    "kelvale-university-president": (
        "2015-01-19",
        [
            ("July 1", "DATE", "2015-07-01"),
            ("five-year", "DURATION", "P5Y"),
            ("1988", "DATE", "1988"),
            ("Monday, Jan. 19, 2015", "DATE", "2015-01-19"),
            ("4:12PM EST", "TIME", "2015-01-19T16:12"),
            ("Monday, Jan. 19, 2015", "DATE", "2015-01-19"),
            ("6:40PM EST", "TIME", "2015-01-19T18:40"),
            ("2011", "DATE", "2011"),
            ("last spring", "DATE", "2014-SP"),
            ("Saturday", "DATE", "2015-01-17"),
            ("Monday", "DATE", "2015-01-19"),
            ("five-year", "DURATION", "P5Y"),
            ("July 1", "DATE", "2015-07-01"),
            ("June 30", "DATE", "2015-06-30"),
            ("eight months", "DURATION", "P8M"),
            ("December", "DATE", "2014-12"),
            ("12 years", "DURATION", "P12Y"),
            ("2007", "DATE", "2007"),
            ("2005", "DATE", "2005"),
            ("2010", "DATE", "2010"),
            ("one-year", "DURATION", "P1Y"),
            ("the fall of 2016", "DATE", "2016-FA"),
            ("March 31", "DATE", "2015-03-31"),
            ("next month", "DATE", "2015-02"),
            ("three straight years", "DURATION", "P3Y"),
            ("last fall", "DATE", "2014-FA"),
            ("2015", "DATE", "2015"),
            ("16", "DATE", "2016"),
            ("November", "DATE", "2014-11"),
            ("The first hundred days", "DURATION", "P100D"),
            ("next week", "DATE", "2015-W05"),
            ("the spring", "DATE", "2015-SP"),
            ("June", "DATE", "2015-06"),
            ("1988", "DATE", "1988"),
            ("Three years ago", "DATE", "2012"),
            ("a week", "DURATION", "P1W"),
            ("Jan. 12", "DATE", "2015-01-12"),
            ("October", "DATE", "2015-10"),
            ("3 p.m.", "TIME", "2015-01-27T15:00"),
            ("Tuesday, Jan. 27", "DATE", "2015-01-27"),
        ],
    ),
    # Friday 2014-03-07 (ISO week 10), Australian broadcaster's news page, headline, byline,
    # stamps "Posted Fri 7 Mar 2014, 11:02am AEDT" and "Updated Fri 7 Mar 2014, 2:40pm AEDT"
    # (abbreviated weekday checked by hand: a Friday; DATE and TIME each, the zone in the span).
    # "by 2016"; "this morning" 2014-03-07TMO; "close on March 21" 2014-03-21; "in May"
    # 2014-05; "this weekend" 2014-W10-WE (8-9 March); "on Saturday from 9am to 4pm"
    # 2014-03-08 with 2014-03-08T09:00 and T16:00; "Sunday morning" 2014-03-09TMO. The roster
    # "14/7" is a code and not annotated; "14 days on site" P14D and "seven days at home" P7D
    # are the lengths of its two periods; "12-hour" PT12H. "the first six weeks of hiring"
    # P6W (an ordinal period of an event); "For the past decade" P10Y; "in November" 2013-11;
    # "last month" 2014-02; "1997"; "the 2014-15 financial year" FY2015, Australia's July-June
    # year named by the year it ends, one span (gold_blind21, gold_blind90); "four-year" P4Y;
    # "January" 2015-01 (ahead); "mid-2015" 2015 (gold_blind59); "for most of the past two
    # years" -> "the past two years" P2Y ("most of" left out, gold_blind15); "in 2011 and 2012"
    # two DATEs; "within months" -> "months" PXM; "the December quarter" 2013-Q4, the calendar
    # quarter Australians name by its last month, one span like "the April-June quarter"
    # (gold_blind17); "early 2003" 2003; "Fourteen straight days" P14D (a cardinal run);
    # "Eight days on and six days off" P8D and P6D. Not annotated: "14/7", "Last time"
    # (anaphoric), "fly-in, fly-out", "350", "120 jobs", "100 kilometres", "410", "Twenty
    # apprentices", "1 per cent", "7.4 per cent", "Callum Ridge Stage 2", "$640 million",
    # "BR-CR2-2014" (a reference holding the year), "brolgaresources.com.au/careers".
    "callum-ridge-mine-fifo-jobs": (
        "2014-03-07",
        [
            ("Fri 7 Mar 2014", "DATE", "2014-03-07"),
            ("11:02am AEDT", "TIME", "2014-03-07T11:02"),
            ("Fri 7 Mar 2014", "DATE", "2014-03-07"),
            ("2:40pm AEDT", "TIME", "2014-03-07T14:40"),
            ("2016", "DATE", "2016"),
            ("this morning", "TIME", "2014-03-07TMO"),
            ("March 21", "DATE", "2014-03-21"),
            ("May", "DATE", "2014-05"),
            ("this weekend", "DATE", "2014-W10-WE"),
            ("Saturday", "DATE", "2014-03-08"),
            ("9am", "TIME", "2014-03-08T09:00"),
            ("4pm", "TIME", "2014-03-08T16:00"),
            ("Sunday morning", "TIME", "2014-03-09TMO"),
            ("14 days", "DURATION", "P14D"),
            ("12-hour", "DURATION", "PT12H"),
            ("seven days", "DURATION", "P7D"),
            ("the first six weeks", "DURATION", "P6W"),
            ("the past decade", "DURATION", "P10Y"),
            ("November", "DATE", "2013-11"),
            ("last month", "DATE", "2014-02"),
            ("1997", "DATE", "1997"),
            ("the 2014-15 financial year", "DATE", "FY2015"),
            ("four-year", "DURATION", "P4Y"),
            ("January", "DATE", "2015-01"),
            ("mid-2015", "DATE", "2015"),
            ("the past two years", "DURATION", "P2Y"),
            ("2011", "DATE", "2011"),
            ("2012", "DATE", "2012"),
            ("months", "DURATION", "PXM"),
            ("the December quarter", "DATE", "2013-Q4"),
            ("early 2003", "DATE", "2003"),
            ("Fourteen straight days", "DURATION", "P14D"),
            ("Eight days", "DURATION", "P8D"),
            ("six days", "DURATION", "P6D"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
