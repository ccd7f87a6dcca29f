"""Annotations of the three-hundred-and-eighty-eighth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind388/annotate.py [--show]

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
    # Thursday 2013-08-22 (ISO week 34), AP deployment story on a paper's website, headline
    # ("9-month" DURATION P9M), byline, stamp "Updated 4:18 pm, Thursday, August 22, 2013"
    # (the TIME, then the weekday date as one DATE span, gold_blind35), "FORT HALLORAN, Ky.
    # (AP) —" dateline. "early Thursday" is the publication day, DATE 2013-08-22 (gold_blind103);
    # "shortly after 2 a.m." -> "2 a.m." 2013-08-22T02:00 ("shortly after" a signal,
    # gold_blind77); the ceremony "ran until 11 p.m. Wednesday" 2013-08-21T23:00 and DATE
    # 2013-08-21; "a few hours after" a ceremony -> "a few hours" DURATION PTXH (a duration
    # anchored to an event, the duration alone). Future: "Saturday night" 2013-08-24TNI,
    # "Saturday's flight" 2013-08-24, "She turns 6 on Tuesday" 2013-08-27 and "that morning"
    # after it 2013-08-27TMO (a narrative anchor), "classes start Monday" 2013-08-26, "in
    # October" 2013-10, "mid-September" 2013-09, "the end of September" 2013-09, "next summer"
    # 2014-SU, "the Fourth of July" 2014-07-04 (a holiday on its day). Past: "last November"
    # 2012-11, "in June" 2013-06, "Aug. 1" 2013-08-01, "in May" 2013-05, "early July" 2013-07,
    # "last week" 2013-W33, "Wednesday night's ceremony" 2013-08-21TNI. "about every four days"
    # SET P4D (modifier kept, like "almost every day", gold_blind35); "every Monday at 7 p.m."
    # SET XXXX-WXX-1 and TIME XXXX-XX-XXT19:00 (the hour of a recurring meeting,
    # gold_blind28); "Eighteen months at home" P18M; "the past nine years" P9Y; "The next nine
    # months" P9M; "14 weeks" P14W; "two weeks of leave" P2W; "this year" 2013; "the end of
    # 2014" 2014. Not annotated: "3rd Brigade Combat Team", "88th Airborne Division", "1st
    # Battalion, 614th Infantry Regiment", "The previous rotation" (an event, no time value),
    # "the last time I left", "midway through the tour", "around the clock", "270-555-2013" (a
    # phone number holding 2013), "M777", "MRAP", "240", "3,400", "200 to 300", "14 soldiers",
    # "48", "16", the ages "34", "27", "2" and "6", "third or fourth", "four times".
    "fort-halloran-lancers-deploy": (
        "2013-08-22",
        [
            ("9-month", "DURATION", "P9M"),
            ("4:18 pm", "TIME", "2013-08-22T16:18"),
            ("Thursday, August 22, 2013", "DATE", "2013-08-22"),
            ("early Thursday", "DATE", "2013-08-22"),
            ("nine-month", "DURATION", "P9M"),
            ("the end of September", "DATE", "2013-09"),
            ("2 a.m.", "TIME", "2013-08-22T02:00"),
            ("a few hours", "DURATION", "PTXH"),
            ("11 p.m.", "TIME", "2013-08-21T23:00"),
            ("Wednesday", "DATE", "2013-08-21"),
            ("Saturday night", "TIME", "2013-08-24TNI"),
            ("about every four days", "SET", "P4D"),
            ("mid-September", "DATE", "2013-09"),
            ("March 2012", "DATE", "2012-03"),
            ("11 months", "DURATION", "P11M"),
            ("2003", "DATE", "2003"),
            ("Eighteen months", "DURATION", "P18M"),
            ("the past nine years", "DURATION", "P9Y"),
            ("Tuesday", "DATE", "2013-08-27"),
            ("that morning", "TIME", "2013-08-27TMO"),
            ("last November", "DATE", "2012-11"),
            ("October", "DATE", "2013-10"),
            ("June", "DATE", "2013-06"),
            ("this year", "DATE", "2013"),
            ("the end of 2014", "DATE", "2014"),
            ("every Monday", "SET", "XXXX-WXX-1"),
            ("7 p.m.", "TIME", "XXXX-XX-XXT19:00"),
            ("Aug. 1", "DATE", "2013-08-01"),
            ("Monday", "DATE", "2013-08-26"),
            ("The next nine months", "DURATION", "P9M"),
            ("Saturday", "DATE", "2013-08-24"),
            ("May", "DATE", "2013-05"),
            ("14 weeks", "DURATION", "P14W"),
            ("Wednesday night", "TIME", "2013-08-21TNI"),
            ("next summer", "DATE", "2014-SU"),
            ("the Fourth of July", "DATE", "2014-07-04"),
            ("two weeks", "DURATION", "P2W"),
            ("early July", "DATE", "2013-07"),
            ("last week", "DATE", "2013-W33"),
        ],
    ),
    # Friday 2015-09-18 (ISO week 38), Reuters-style exercise story, headline, "RIGA, Sept 18
    # (Reuters) -" dateline (the wire's date a DATE, gold_blind59), credit line. Latvia is on
    # EEST (UTC+3) in September. The drill starts "on Monday" 2015-09-21 (headline and body),
    # "from Sept 21 to Oct 2"; command-post work "at 0600Z (0900 local) on Monday": two TIMEs,
    # 2015-09-21T06:00 and T09:00, the zone mark "Z" and "local" in the span and not in the
    # value (gold_blind89, gold_blind66), and the DATE. Live fire "on Wednesday afternoon"
    # 2015-09-23TAF. The drop "on the night of Sept 24" one TIME span 2015-09-24TNI (like "the
    # evening of June 24", gold_blind28), "between 2100Z and 2230Z" that evening (still 24
    # September in UTC), "the next day" 2015-09-25. Columns move "only between 2200 and 0500
    # local time" with convoys "every night until Oct 1": the hours of a recurring activity
    # XXXX-XX-XXT22:00 and T05:00 and the SET XXXX-XX-XXTNI (gold_blind89). "Sunday, Sept 27"
    # one DATE span (like "Tuesday, Feb. 4", gold_blind66), "from 10 a.m. to 2 p.m." that day.
    # Past: "released on Thursday" 2015-09-17, "briefed ... on Wednesday evening"
    # 2015-09-16TEV, "Sept 1", "Sept 10", "in May" 2015-05, "since 2014" and "in April" after it
    # 2014-04. "Eighteen months ago" 2014-03 (the unit's granularity, gold_blind77 "seven weeks
    # ago"); "a year" P1Y and "seven months" P7M (how long planning takes); "the following
    # week" after "Oct 2" (ISO week 40) 2015-W41, a narrative anchor; "mid-October" 2015-10;
    # "a week of naval manoeuvres" P1W; "two-week" P2W; "twice a year" SET P1Y; "every four
    # months" SET P4M; "three hours" PT3H; "the past 18 months" P18M; "this year" 2015.
    # Not annotated: "Amber Shield 2015" (an exercise's name holding a year, gold_blind77's
    # "Autumn Anvil 2013"), "the previous rotation" (an event), "an earlier drill", "since"
    # in "have since been lengthened" (anaphoric), "F-16s", "M1A2", "the A2 and A6 highways",
    # "+371 6755 2015" (a phone number ending in 2015), "5,600", "11", "400", "120", the age
    # "19".
    "amber-shield-baltic-exercise-timetable": (
        "2015-09-18",
        [
            ("Monday", "DATE", "2015-09-21"),
            ("Sept 24", "DATE", "2015-09-24"),
            ("Sept 18", "DATE", "2015-09-18"),
            ("two-week", "DURATION", "P2W"),
            ("Monday", "DATE", "2015-09-21"),
            ("this year", "DATE", "2015"),
            ("Friday", "DATE", "2015-09-18"),
            ("Sept 21", "DATE", "2015-09-21"),
            ("Oct 2", "DATE", "2015-10-02"),
            ("a week", "DURATION", "P1W"),
            ("mid-October", "DATE", "2015-10"),
            ("Thursday", "DATE", "2015-09-17"),
            ("0600Z", "TIME", "2015-09-21T06:00"),
            ("0900 local", "TIME", "2015-09-21T09:00"),
            ("Monday", "DATE", "2015-09-21"),
            ("Wednesday afternoon", "TIME", "2015-09-23TAF"),
            ("the night of Sept 24", "TIME", "2015-09-24TNI"),
            ("2100Z", "TIME", "2015-09-24T21:00"),
            ("2230Z", "TIME", "2015-09-24T22:30"),
            ("the next day", "DATE", "2015-09-25"),
            ("2200", "TIME", "XXXX-XX-XXT22:00"),
            ("0500 local time", "TIME", "XXXX-XX-XXT05:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("Oct 1", "DATE", "2015-10-01"),
            ("Sunday, Sept 27", "DATE", "2015-09-27"),
            ("10 a.m.", "TIME", "2015-09-27T10:00"),
            ("2 p.m.", "TIME", "2015-09-27T14:00"),
            ("Eighteen months ago", "DATE", "2014-03"),
            ("a year", "DURATION", "P1Y"),
            ("seven months", "DURATION", "P7M"),
            ("twice a year", "SET", "P1Y"),
            ("2014", "DATE", "2014"),
            ("April", "DATE", "2014-04"),
            ("Sept 1", "DATE", "2015-09-01"),
            ("every four months", "SET", "P4M"),
            ("Sept 10", "DATE", "2015-09-10"),
            ("May", "DATE", "2015-05"),
            ("three hours", "DURATION", "PT3H"),
            ("1200Z", "TIME", "2015-10-02T12:00"),
            ("Oct 2", "DATE", "2015-10-02"),
            ("the following week", "DATE", "2015-W41"),
            ("the past 18 months", "DURATION", "P18M"),
            ("Wednesday evening", "TIME", "2015-09-16TEV"),
        ],
    ),
    # Wednesday 2014-03-12 (ISO week 11), British daily's defence page, section label,
    # headline, standfirst, byline, date line "Wednesday 12 March 2014" (one span with its
    # weekday). "yesterday" is Tuesday 2014-03-11, "yesterday morning" 2014-03-11TMO. The crash:
    # "at 21.42 on Wednesday 14 November 2012" -> TIME 2012-11-14T21:42 and the DATE (one
    # span with the weekday, gold_blind77); "the night before" 2012-11-13TNI and "that day"
    # 2012-11-14, narrative anchors on the crash day (like "the day before" and "that evening",
    # gold_blind8). "16 months after the crash" P16M and "about 40 minutes after taking off"
    # PT40M (anchored durations, the duration alone); "less than five hours" PT5H (standfirst
    # and body), "almost 14 hours" PT14H; "16-hour days" PT16H and "12-hour duty periods"
    # PT12H (adjectival durations); "12 hours off" PT12H; "the two months before the crash"
    # P2M. "last summer" 2013-SU; "the autumn of 2012" 2012-FA; "December 2012"; "now"
    # PRESENT_REF; "every 28 days" SET P28D; "1 March" 2014-03-01; "the end of the year" 2014;
    # "For more than a year" P1Y; "Last Thursday" in a Wednesday paper the most recent
    # Thursday, 2014-03-06 (gold_blind8's "last Thursday"); "Monday 24 March" one span;
    # "three weeks" P3W; "from September to November 2012" -> "September" 2012-09 and
    # "November 2012"; "in January" 2014-01 (past); "this summer" 2014-SU; "2017", "2009",
    # "2011" as written; "the coming months" PXM; "between 9am and 5pm daily" -> the hours of
    # a recurring service XXXX-XX-XXT09:00 and T17:00 and "daily" SET P1D (gold_blind89).
    # Not annotated: "Defence | Inquiry report" (a section label), "The Service Inquiry" (a
    # name), "the previous review" (an event; its year "2011" is annotated), "No 97 Squadron",
    # "Merlin Mk3", "ZJ 129" (a tail number), "£1.9bn", "0800 555 1914" (a phone number ending
    # in 1914), "23 recommendations", "three sorties", the ages "31", "24" and "62", "far too
    # long" (a quoted judgment, no measure), "three services".
    "merlin-hard-landing-service-inquiry": (
        "2014-03-12",
        [
            ("less than five hours", "DURATION", "PT5H"),
            ("Wednesday 12 March 2014", "DATE", "2014-03-12"),
            ("almost 14 hours", "DURATION", "PT14H"),
            ("yesterday", "DATE", "2014-03-11"),
            ("16 months", "DURATION", "P16M"),
            ("21.42", "TIME", "2012-11-14T21:42"),
            ("Wednesday 14 November 2012", "DATE", "2012-11-14"),
            ("about 40 minutes", "DURATION", "PT40M"),
            ("less than five hours", "DURATION", "PT5H"),
            ("the night before", "TIME", "2012-11-13TNI"),
            ("that day", "DATE", "2012-11-14"),
            ("last summer", "DATE", "2013-SU"),
            ("December 2012", "DATE", "2012-12"),
            ("16-hour", "DURATION", "PT16H"),
            ("the autumn of 2012", "DATE", "2012-FA"),
            ("2009", "DATE", "2009"),
            ("12 hours", "DURATION", "PT12H"),
            ("the two months", "DURATION", "P2M"),
            ("now", "DATE", "PRESENT_REF"),
            ("12-hour", "DURATION", "PT12H"),
            ("every 28 days", "SET", "P28D"),
            ("1 March", "DATE", "2014-03-01"),
            ("the end of the year", "DATE", "2014"),
            ("more than a year", "DURATION", "P1Y"),
            ("Last Thursday", "DATE", "2014-03-06"),
            ("yesterday morning", "TIME", "2014-03-11TMO"),
            ("Monday 24 March", "DATE", "2014-03-24"),
            ("three weeks", "DURATION", "P3W"),
            ("September", "DATE", "2012-09"),
            ("November 2012", "DATE", "2012-11"),
            ("January", "DATE", "2014-01"),
            ("this summer", "DATE", "2014-SU"),
            ("2017", "DATE", "2017"),
            ("the coming months", "DURATION", "PXM"),
            ("2011", "DATE", "2011"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("daily", "SET", "P1D"),
        ],
    ),
    # Monday 2013-12-16 (ISO week 51), Stars and Stripes-style homecoming story, section label
    # "NEWS | PACIFIC", headline, byline, "Published: December 16, 2013" stamp, "YOKOSUKA NAVAL
    # BASE, Japan —" dateline. The ship came in "on Sunday morning" 2013-12-15TMO, "a day
    # later than planned" and the headline's "a day late" -> "a day" DURATION P1D (the size
    # of a delay, gold_blind12, gold_blind89). "at 10:40 a.m. — 0140Z in the ship's log": a
    # local time and its UTC equivalent two TIMEs (Japan is UTC+9), both 2013-12-15 (T10:40,
    # T01:40; the zone mark "Z" in the span, gold_blind89). Past: "began May 20" 2013-05-20,
    # "due Saturday" 2013-12-14, "moved the arrival back on Thursday" 2013-12-12,
    # "Thanksgiving" 2013-11-28 (the fourth Thursday of November), "since May" 2013-05,
    # "since 7 a.m." on the homecoming day 2013-12-15T07:00, "in August" 2013-08, "in July"
    # 2013-07, "mid-October" 2013-10, "September" 2013-09, "last year" 2012, "Saturday night"
    # 2013-12-14TNI, "We'd planned for Saturday" 2013-12-14, "November 2012", "Sunday's
    # homecoming" 2013-12-15. Future: "Christmas" 2013-12-25, "on Friday" 2013-12-20, "until
    # Dec. 27", "from Dec. 28 through Jan. 6" (2014-01-06), "in January" 2014-01, "the spring"
    # 2014-SP, "before fiscal 2015" FY2015 (the federal October-September year named by the
    # year it ends, gold_blind35, gold_blind41). "fiscal 2013" FY2013, "fiscal 2010" FY2010;
    # "240 days underway", "170 days", "168 days at sea" DURATIONs; "the past 18 months" P18M;
    # "7-month" and "seven-month" P7M; "two weeks" P2W; "10-week" P10W; "one more day" P1D;
    # "five months" P5M; "now" PRESENT_REF. Not annotated: "DDG 119" (a hull number), "Pier
    # 12", "10 months old" (an age, like the ages "23", "20" and "31"), "40 degrees", "Eleven
    # sailors", "310", "the previous rotation" (an event), "during the patrol", "the whole
    # deployment", "for the first time" beyond "May", "stripes.com/pacific/2013/12/ralston"
    # (numbers in a URL), "Standard Missile".
    "uss-ralston-yokosuka-homecoming": (
        "2013-12-16",
        [
            ("7-month", "DURATION", "P7M"),
            ("a day", "DURATION", "P1D"),
            ("December 16, 2013", "DATE", "2013-12-16"),
            ("Sunday morning", "TIME", "2013-12-15TMO"),
            ("seven-month", "DURATION", "P7M"),
            ("a day", "DURATION", "P1D"),
            ("10:40 a.m.", "TIME", "2013-12-15T10:40"),
            ("0140Z", "TIME", "2013-12-15T01:40"),
            ("May 20", "DATE", "2013-05-20"),
            ("Saturday", "DATE", "2013-12-14"),
            ("Thursday", "DATE", "2013-12-12"),
            ("Thanksgiving", "DATE", "2013-11-28"),
            ("Christmas", "DATE", "2013-12-25"),
            ("now", "DATE", "PRESENT_REF"),
            ("May", "DATE", "2013-05"),
            ("7 a.m.", "TIME", "2013-12-15T07:00"),
            ("August", "DATE", "2013-08"),
            ("168 days", "DURATION", "P168D"),
            ("July", "DATE", "2013-07"),
            ("mid-October", "DATE", "2013-10"),
            ("two weeks", "DURATION", "P2W"),
            ("September", "DATE", "2013-09"),
            ("the past 18 months", "DURATION", "P18M"),
            ("240 days", "DURATION", "P240D"),
            ("fiscal 2013", "DATE", "FY2013"),
            ("170 days", "DURATION", "P170D"),
            ("fiscal 2010", "DATE", "FY2010"),
            ("last year", "DATE", "2012"),
            ("fiscal 2015", "DATE", "FY2015"),
            ("Friday", "DATE", "2013-12-20"),
            ("Dec. 27", "DATE", "2013-12-27"),
            ("Dec. 28", "DATE", "2013-12-28"),
            ("Jan. 6", "DATE", "2014-01-06"),
            ("10-week", "DURATION", "P10W"),
            ("January", "DATE", "2014-01"),
            ("the spring", "DATE", "2014-SP"),
            ("Saturday night", "TIME", "2013-12-14TNI"),
            ("Saturday", "DATE", "2013-12-14"),
            ("one more day", "DURATION", "P1D"),
            ("November 2012", "DATE", "2012-11"),
            ("five months", "DURATION", "P5M"),
            ("Sunday", "DATE", "2013-12-15"),
        ],
    ),
    # Tuesday 2015-02-03 (ISO week 6), US national daily's national-security page, section
    # label, headline, byline, date line "February 3, 2015", no dateline. The federal fiscal
    # year runs October-September and is named by the year it ends (gold_blind35, gold_blind41,
    # gold_blind47): "fiscal 2016" (headline and body) and "FY2016" FY2016; "the current fiscal
    # year" (twice) FY2015, "fiscal 2015" FY2015; "the first quarter of fiscal 2015" one span
    # FY2015-Q1, with "from October through December" 2014-10 and 2014-12 beside it; "fiscal
    # 2011" FY2011; "The five-year plan through fiscal 2020" -> "five-year" DURATION P5Y (an
    # adjectival duration, gold_blind41) and "fiscal 2020" FY2020. "asked ... on Monday", "at 1:30
    # p.m. Monday" 2015-02-02 (T13:30); "said Tuesday" the publication day; "will brief ...
    # on Wednesday" 2015-02-04. "due to return on Oct. 1" and "the 12 months that begin Oct.
    # 1" 2015-10-01, "the 12 months" P12M; "on Sept. 30" 2015-09-30; "Dec. 11" 2014-12-11 (past);
    # "Feb. 25" 2015-02-25; "early March" 2015-03. "the next five years" P5Y; "three years
    # longer" P3Y (the size of a delay); "two years" P2Y; "about 18 months" P18M; "up to three
    # months" P3M; "every quarter" SET P3M; "mid-2014" 2014; "now" PRESENT_REF; "every year"
    # SET P1Y (twice); "December 2013" 2013-12; "the 2013 sequester" -> "2013" (an adjectival
    # year); "2019", "2014", "1961", "1990", "2017", "2012" as written. Not annotated: "the
    # Budget Control Act of 2011" (a law's name holding its year), "27 years" and "13" (the
    # ages of a fleet, like the ship's age in gold_blind89), "F-35A", "KC-46", "A-10",
    # "B-52s", "$122.6 billion" and the other amounts, "44", "38", "12", "31 squadrons",
    # "www.af.mil/fy2016budget" (a web address holding a fiscal year), "703-555-2016",
    # "R-Ohio", "the spending bill", "half".
    "air-force-fiscal-2016-budget-request": (
        "2015-02-03",
        [
            ("fiscal 2016", "DATE", "FY2016"),
            ("February 3, 2015", "DATE", "2015-02-03"),
            ("Monday", "DATE", "2015-02-02"),
            ("fiscal 2016", "DATE", "FY2016"),
            ("the current fiscal year", "DATE", "FY2015"),
            ("Oct. 1", "DATE", "2015-10-01"),
            ("the next five years", "DURATION", "P5Y"),
            ("1:30 p.m.", "TIME", "2015-02-02T13:30"),
            ("Monday", "DATE", "2015-02-02"),
            ("the 12 months", "DURATION", "P12M"),
            ("Oct. 1", "DATE", "2015-10-01"),
            ("FY2016", "DATE", "FY2016"),
            ("fiscal 2015", "DATE", "FY2015"),
            ("2019", "DATE", "2019"),
            ("three years", "DURATION", "P3Y"),
            ("2014", "DATE", "2014"),
            ("1961", "DATE", "1961"),
            ("1990", "DATE", "1990"),
            ("fiscal 2016", "DATE", "FY2016"),
            ("December 2013", "DATE", "2013-12"),
            ("two years", "DURATION", "P2Y"),
            ("the current fiscal year", "DATE", "FY2015"),
            ("Sept. 30", "DATE", "2015-09-30"),
            ("about 18 months", "DURATION", "P18M"),
            ("2013", "DATE", "2013"),
            ("up to three months", "DURATION", "P3M"),
            ("every quarter", "SET", "P3M"),
            ("mid-2014", "DATE", "2014"),
            ("now", "DATE", "PRESENT_REF"),
            ("the first quarter of fiscal 2015", "DATE", "FY2015-Q1"),
            ("October", "DATE", "2014-10"),
            ("December", "DATE", "2014-12"),
            ("Dec. 11", "DATE", "2014-12-11"),
            ("Tuesday", "DATE", "2015-02-03"),
            ("fiscal 2011", "DATE", "FY2011"),
            ("Feb. 25", "DATE", "2015-02-25"),
            ("early March", "DATE", "2015-03"),
            ("five-year", "DURATION", "P5Y"),
            ("fiscal 2020", "DATE", "FY2020"),
            ("every year", "SET", "P1Y"),
            ("2017", "DATE", "2017"),
            ("every year", "SET", "P1Y"),
            ("2012", "DATE", "2012"),
            ("Wednesday", "DATE", "2015-02-04"),
        ],
    ),
    # Saturday 2012-11-10 (ISO week 45), Canadian community paper, section label, headline
    # ("at cenotaph Sunday"), standfirst, byline, paper's name, date line "Saturday, November
    # 10, 2012" (one span), "PORT ELLERY, N.S. —" dateline. Remembrance Day falls on Sunday
    # 2012-11-11: "Sunday's Remembrance Day service" -> "Sunday" and "Remembrance Day", two
    # DATEs (like "Monday is Family Day", gold_blind103); "11 a.m. Sunday", "10:30 a.m.", "11
    # a.m.", "9 a.m. to 1 p.m. Sunday" and "noon" on 2012-11-11 (T12:00). "three years ago"
    # 2009 (the unit's granularity), matching "the spring of 2009" 2009-SP. The soldier's tour:
    # "2008", "Sept. 3, 2008", "three weeks before the end of their seven-month tour" P3W and
    # P7M; "since the summer" 2008-SU (the narrative's summer); "home for Thanksgiving" the
    # Canadian Thanksgiving of 2008, the second Monday of October, 2008-10-13. "said on
    # Thursday" 2012-11-08; "Schools held assemblies on Friday" 2012-11-09; "until Monday"
    # 2012-11-12; "since Oct. 26" 2012-10-26; "last year" 2011; "This year's ceremony" ->
    # "This year" 2012; "Two minutes of silence" PT2M; "four days after D-Day" P4D (the
    # duration alone; "D-Day" is an event, gold_blind71); "June 1944", "May 1945", "the summer
    # of 1942" 1942-SU, "Nov. 11, 1923"; "the 1939-45 war" -> "1939" and "45" 1945, a range at
    # its two ends like "1914-18" (gold_blind71); "1949"; "every year since 1995" SET P1Y and
    # "1995"; "7 p.m. tonight" two TIMEs, 2012-11-10T19:00 and 2012-11-10TNI (gold_blind59).
    # Not annotated: "D-Day", "Second World War", "Royal Canadian Legion Branch 41",
    # "902-555-1945" (a phone number ending in 1945, beside "May 1945"), "the days" in
    # "counting down the days", "the end of their ... tour" beyond "seven-month", ages "26",
    # "21", "93", "23", "90", "60 wreaths", "Four of ... seven", "$14,300", "$12,100", "The
    # Ellery Examiner".
    "port-ellery-remembrance-day-cenotaph": (
        "2012-11-10",
        [
            ("Sunday", "DATE", "2012-11-11"),
            ("2008", "DATE", "2008"),
            ("Saturday, November 10, 2012", "DATE", "2012-11-10"),
            ("11 a.m.", "TIME", "2012-11-11T11:00"),
            ("Sunday", "DATE", "2012-11-11"),
            ("three years ago", "DATE", "2009"),
            ("2008", "DATE", "2008"),
            ("Sept. 3, 2008", "DATE", "2008-09-03"),
            ("three weeks", "DURATION", "P3W"),
            ("seven-month", "DURATION", "P7M"),
            ("the summer", "DATE", "2008-SU"),
            ("Thursday", "DATE", "2012-11-08"),
            ("Thanksgiving", "DATE", "2008-10-13"),
            ("Sunday", "DATE", "2012-11-11"),
            ("Remembrance Day", "DATE", "2012-11-11"),
            ("10:30 a.m.", "TIME", "2012-11-11T10:30"),
            ("Two minutes", "DURATION", "PT2M"),
            ("11 a.m.", "TIME", "2012-11-11T11:00"),
            ("This year", "DATE", "2012"),
            ("four days", "DURATION", "P4D"),
            ("June 1944", "DATE", "1944-06"),
            ("May 1945", "DATE", "1945-05"),
            ("the summer of 1942", "DATE", "1942-SU"),
            ("Nov. 11, 1923", "DATE", "1923-11-11"),
            ("1939", "DATE", "1939"),
            ("45", "DATE", "1945"),
            ("1949", "DATE", "1949"),
            ("the spring of 2009", "DATE", "2009-SP"),
            ("Oct. 26", "DATE", "2012-10-26"),
            ("last year", "DATE", "2011"),
            ("Monday", "DATE", "2012-11-12"),
            ("Friday", "DATE", "2012-11-09"),
            ("every year", "SET", "P1Y"),
            ("1995", "DATE", "1995"),
            ("7 p.m.", "TIME", "2012-11-10T19:00"),
            ("tonight", "TIME", "2012-11-10TNI"),
            ("9 a.m.", "TIME", "2012-11-11T09:00"),
            ("1 p.m.", "TIME", "2012-11-11T13:00"),
            ("Sunday", "DATE", "2012-11-11"),
            ("noon", "TIME", "2012-11-11T12:00"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
