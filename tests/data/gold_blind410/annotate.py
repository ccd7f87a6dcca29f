"""Annotations of blind gold set 410, chosen by hand before the tagger ran.

    python tests/data/gold_blind410/annotate.py [--show]

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
    # Monday 1990-09-10 (ISO week 37), AP national wire as transmitted: slug "PM-Hurricane
    # Lydia, 3rd Ld-Writethru,a0731,0610" ("PM" the afternoon-paper cycle, "a0731" the story
    # number, "0610" the word count: none annotated), "Eds:" note, headline, byline,
    # "PORT ARDELL, Texas (AP) _" dateline without date, and the closing wire stamp
    # "AP-NY-09-10-90 1547EDT": "09-10-90" DATE 1990-09-10 (month first, two-digit year, like
    # "9/25/14" in gold_blind41) and "1547EDT" TIME 1990-09-10T15:47 (a four-digit clock time
    # like "0800 GMT" in gold_blind28, the zone in the span and not in the value). "today" is
    # the day of the wire (gold_blind35): "early today" DATE, "this afternoon", "this morning",
    # "tonight" parts of Monday; "about 3:30 a.m. CDT" and "By 2 p.m. CDT" clock times of
    # Monday ("about" kept, "By" a signal, gold_blind39). Past: "Sunday afternoon"
    # 1990-09-09TAF, "late Sunday" DATE 1990-09-09, "Sunday evening" 1990-09-09TEV, "last
    # night" the night of that Sunday 1990-09-09TNI, "Saturday" 1990-09-08 (twice), "the
    # weekend" just past 1990-W36-WE (8-9 September, twice), "last Wednesday" the Wednesday of
    # the week before, 1990-09-05, "Labor Day" 1990-09-03 (first Monday of September). The
    # mayor's "By midnight the water was in the streets" is the midnight ending Sunday,
    # 1990-09-09T24:00 (gold_blind39). Future: "at least Wednesday" 1990-09-12, "through
    # Friday" 1990-09-14, "Tuesday" 1990-09-11, "Wednesday morning" 1990-09-12TMO, "by
    # Thursday" 1990-09-13, "Tuesday morning" 1990-09-11TMO. The curfew is "nightly ... from 8
    # p.m. to 6 a.m.": the SET XXXX-XX-XXTNI and its hours XXXX-XX-XXThh:mm (gold_blind34).
    # "less than 18 hours' warning" -> "less than 18 hours" PT18H (possessive dropped);
    # "every fall" SET XXXX-FA; "every three hours" PT3H, "every hour" PT1H; "the past decade"
    # P10Y; "the 1980s" 198; "Now" PRESENT_REF; "Nov. 30" 1990-11-30, the season's end.
    # Not annotated: "PM", "3rd Ld", "a0731", "0610", "4th, 9th grafs", "4 Dead", "110 mph",
    # "60 mph", "Category 3", "Interstate 10", "30 miles", "6 to 10 inches", "24 feet", "26
    # feet", "9,000", "61", "73-year-old", "the Sunday Best" (a boat), "1-800-555-1961" (beside
    # the annotated 1961), "around the clock", "hurricane season", "a third".
    "hurricane-lydia-port-ardell-landfall": (
        "1990-09-10",
        [
            ("early today", "DATE", "1990-09-10"),
            ("this afternoon", "TIME", "1990-09-10TAF"),
            ("about 3:30 a.m. CDT", "TIME", "1990-09-10T03:30"),
            ("2 p.m. CDT", "TIME", "1990-09-10T14:00"),
            ("1983", "DATE", "1983"),
            ("three days", "DURATION", "P3D"),
            ("Sunday afternoon", "TIME", "1990-09-09TAF"),
            ("less than 18 hours", "DURATION", "PT18H"),
            ("midnight", "TIME", "1990-09-09T24:00"),
            ("every fall", "SET", "XXXX-FA"),
            ("late Sunday", "DATE", "1990-09-09"),
            ("Sunday evening", "TIME", "1990-09-09TEV"),
            ("this morning", "TIME", "1990-09-10TMO"),
            ("the weekend", "DATE", "1990-W36-WE"),
            ("Saturday", "DATE", "1990-09-08"),
            ("Labor Day", "DATE", "1990-09-03"),
            ("last night", "TIME", "1990-09-09TNI"),
            ("at least Wednesday", "DATE", "1990-09-12"),
            ("nightly", "SET", "XXXX-XX-XXTNI"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("Friday", "DATE", "1990-09-14"),
            ("tonight", "TIME", "1990-09-10TNI"),
            ("Tuesday", "DATE", "1990-09-11"),
            ("Wednesday morning", "TIME", "1990-09-12TMO"),
            ("1961", "DATE", "1961"),
            ("Thursday", "DATE", "1990-09-13"),
            ("Saturday", "DATE", "1990-09-08"),
            ("two weeks", "DURATION", "P2W"),
            ("December 1989", "DATE", "1989-12"),
            ("nine days", "DURATION", "P9D"),
            ("Aug. 28", "DATE", "1990-08-28"),
            ("last Wednesday", "DATE", "1990-09-05"),
            ("every three hours", "SET", "PT3H"),
            ("the weekend", "DATE", "1990-W36-WE"),
            ("every hour", "SET", "PT1H"),
            ("the past decade", "DURATION", "P10Y"),
            ("the 1980s", "DATE", "198"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Tuesday morning", "TIME", "1990-09-11TMO"),
            ("Nov. 30", "DATE", "1990-11-30"),
            ("09-10-90", "DATE", "1990-09-10"),
            ("1547EDT", "TIME", "1990-09-10T15:47"),
        ],
    ),
    # Saturday 1991-03-16 (ISO week 11), a US afternoon paper's world page printing AP copy:
    # folio "A8 THE EVENING LEDGER Saturday, March 16, 1991" (one DATE span with its weekday,
    # gold_blind35), section label "WORLD", headline, deck, byline, "TARVIK, Valmora (AP) _"
    # dateline, and a box "THE DISPUTE AT A GLANCE" whose dated items are annotated like body
    # text ("Today" the paper's day, "March 5" etc. of 1991, "October 1989", "1952"). An
    # evening paper's AP copy uses "today" for the paper's day (gold_blind35). The deadline
    # "until noon Monday" (headline, lead, box): "noon" 1991-03-18T12:00 and "Monday"
    # 1991-03-18, two TIMEX3; "before Monday" the same day. Past: "early Tuesday" DATE
    # 1991-03-12, "Friday" 1991-03-15 (twice), "late Friday night" one TIME span
    # 1991-03-15TNI, "Thursday" 1991-03-14. "the previous week" (warning shots before
    # Tuesday's killing) is anchored on the shooting, the ISO week before 1991-W11, 1991-W10
    # (gold_blind47). Future: "on Sunday" 1991-03-17, "next week" 1991-W12, "April 2"
    # 1991-04-02. "6 a.m. today" 1991-03-16T06:00 and the DATE; "this morning", "this
    # afternoon" and "early afternoon" (without a named day, the day of its sentence,
    # gold_blind39) are Saturday's. "four days" P4D; "48 hours" PT48H; "two-hour" PT2H;
    # "the past decade" P10Y; "within the past 24 hours" -> "the past 24 hours" PT24H;
    # "Earlier this month" 1991-03; "last year" 1990; "a 1952 treaty" adjectival year; "every
    # day" P1D, "every three months" P3M, "every half hour" PT30M. Not annotated: "A8" (page),
    # "212-38" (a vote), "11 rounds", "140-mile", "2,000 trucks", "a fifth", "67" (age), "two
    # armored brigades", "Radio Tarvik".
    "valmora-kestria-border-ultimatum": (
        "1991-03-16",
        [
            ("Saturday, March 16, 1991", "DATE", "1991-03-16"),
            ("Monday", "DATE", "1991-03-18"),
            ("6 a.m.", "TIME", "1991-03-16T06:00"),
            ("today", "DATE", "1991-03-16"),
            ("noon", "TIME", "1991-03-18T12:00"),
            ("Monday", "DATE", "1991-03-18"),
            ("the past decade", "DURATION", "P10Y"),
            ("early Tuesday", "DATE", "1991-03-12"),
            ("the previous week", "DATE", "1991-W10"),
            ("Friday", "DATE", "1991-03-15"),
            ("four days", "DURATION", "P4D"),
            ("48 hours", "DURATION", "PT48H"),
            ("late Friday night", "TIME", "1991-03-15TNI"),
            ("this afternoon", "TIME", "1991-03-16TAF"),
            ("March 5", "DATE", "1991-03-05"),
            ("1952", "DATE", "1952"),
            ("1985", "DATE", "1985"),
            ("every day", "SET", "P1D"),
            ("last year", "DATE", "1990"),
            ("two-hour", "DURATION", "PT2H"),
            ("Thursday", "DATE", "1991-03-14"),
            ("Sunday", "DATE", "1991-03-17"),
            ("next week", "DATE", "1991-W12"),
            ("Monday", "DATE", "1991-03-18"),
            ("Earlier this month", "DATE", "1991-03"),
            ("every three months", "SET", "P3M"),
            ("April 2", "DATE", "1991-04-02"),
            ("this morning", "TIME", "1991-03-16TMO"),
            ("early afternoon", "TIME", "1991-03-16TAF"),
            ("every half hour", "SET", "PT30M"),
            ("1948", "DATE", "1948"),
            ("Friday", "DATE", "1991-03-15"),
            ("the past 24 hours", "DURATION", "PT24H"),
            ("1952", "DATE", "1952"),
            ("October 1989", "DATE", "1989-10"),
            ("March 5", "DATE", "1991-03-05"),
            ("March 12", "DATE", "1991-03-12"),
            ("March 15", "DATE", "1991-03-15"),
            ("Today", "DATE", "1991-03-16"),
            ("noon", "TIME", "1991-03-18T12:00"),
            ("Monday", "DATE", "1991-03-18"),
        ],
    ),
    # Friday 1990-06-15 (ISO week 24), a US afternoon paper's state page printing AP copy:
    # folio "THE DAILY COURIER Friday, June 15, 1990 Page 3B" (one DATE span), label "OHIO",
    # headline, "BRANNOCK, Ohio (AP) _" dateline, box "BUDGET AT A GLANCE". The council voted
    # "late Thursday" (DATE 1990-06-14) "shortly before 11:30 p.m." (the clock time of that
    # night, "shortly before" a signal); "said today" 1990-06-15; "sign it Monday" 1990-06-18;
    # "at 7 p.m. Tuesday" 1990-06-19T19:00 and the DATE. The city's fiscal year runs July-June
    # and is named by the year it ends (gold_blind13, gold_blind20): "the fiscal year that
    # begins July 1" FY1991 plus 1990-07-01, "fiscal 1991" FY1991, "the current fiscal year,
    # which ends June 30" FY1990 plus 1990-06-30. "between July and March" (tax collections,
    # past) -> "July" 1989-07 and "March" 1990-03, the nearest past March and the July before
    # it (the fiscal year's first nine months). "Last year's budget" -> "Last year" 1989 and
    # "a year earlier" 1988, the calendar value of the wording (gold_blind35). "Jan. 1" (body
    # and box) 1991-01-01, "in January" 1991-01, "in November" 1990-11, "Oct. 1" 1990-10-01,
    # "Sept. 15" 1990-09-15, "Aug. 6" 1990-08-06, "July 9" 1990-07-09 (future); "in April"
    # 1990-04, "May 31" 1990-05-31, "June 1" 1990-06-01 (past). "the first time in eight
    # years" -> "eight years" P8Y (the period of a "first in"); "twice in one year" -> "one
    # year" P1Y (the period of a count, like "the third time in two weeks", gold_blind103).
    # "Mondays" (twice) SET XXXX-WXX-1; the library's closing hours "at 6 p.m. instead of 9
    # p.m." recur on no particular day, XXXX-XX-XXT18:00 and T21:00; "every day" P1D;
    # "quarterly" P3M; "every year" P1Y with "since 1979"; "this summer" 1990-SU; "last week"
    # 1990-W23; "Labor Day" 1990-09-03. Not annotated: "Page 3B", "7-2" (a vote), "yearly"
    # (an adjective naming the period of a bill, like "its usual monthly total",
    # gold_blind103), "summer recess" (an adjective naming a kind of recess), "Local 2140",
    # "1.5 mills", "$60,000", "$32", "$212.6 million", "4.1 percent", "1,100", "14 police
    # officers", "60 residents", "a third".
    "brannock-council-budget-tax-rise": (
        "1990-06-15",
        [
            ("Friday, June 15, 1990", "DATE", "1990-06-15"),
            ("1982", "DATE", "1982"),
            ("late Thursday", "DATE", "1990-06-14"),
            ("the fiscal year", "DATE", "FY1991"),
            ("July 1", "DATE", "1990-07-01"),
            ("eight years", "DURATION", "P8Y"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("11:30 p.m.", "TIME", "1990-06-14T23:30"),
            ("five-hour", "DURATION", "PT5H"),
            ("April", "DATE", "1990-04"),
            ("today", "DATE", "1990-06-15"),
            ("Monday", "DATE", "1990-06-18"),
            ("fiscal 1991", "DATE", "FY1991"),
            ("the current fiscal year", "DATE", "FY1990"),
            ("June 30", "DATE", "1990-06-30"),
            ("July", "DATE", "1989-07"),
            ("March", "DATE", "1990-03"),
            ("Jan. 1", "DATE", "1991-01-01"),
            ("January", "DATE", "1991-01"),
            ("November", "DATE", "1990-11"),
            ("one year", "DURATION", "P1Y"),
            ("Oct. 1", "DATE", "1990-10-01"),
            ("this summer", "DATE", "1990-SU"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("July 9", "DATE", "1990-07-09"),
            ("the past decade", "DURATION", "P10Y"),
            ("every day", "SET", "P1D"),
            ("May 31", "DATE", "1990-05-31"),
            ("two-year", "DURATION", "P2Y"),
            ("last week", "DATE", "1990-W23"),
            ("June 1", "DATE", "1990-06-01"),
            ("quarterly", "SET", "P3M"),
            ("Sept. 15", "DATE", "1990-09-15"),
            ("every year", "SET", "P1Y"),
            ("1979", "DATE", "1979"),
            ("Last year", "DATE", "1989"),
            ("a year earlier", "DATE", "1988"),
            ("7 p.m.", "TIME", "1990-06-19T19:00"),
            ("Tuesday", "DATE", "1990-06-19"),
            ("Aug. 6", "DATE", "1990-08-06"),
            ("Jan. 1", "DATE", "1991-01-01"),
            ("1982", "DATE", "1982"),
            ("Labor Day", "DATE", "1990-09-03"),
        ],
    ),
    # Tuesday 1991-02-12 (ISO week 7), a US morning paper's national page printing AP copy:
    # folio "THE TRI-CITY MORNING JOURNAL, Tuesday, February 12, 1991" (one DATE span) with
    # the label "NATION", headline, byline, "WASHINGTON (AP) _" dateline. Morning-paper AP
    # copy names the day before by its weekday ("said Monday", "a statement Monday",
    # 1991-02-11) and uses "today" for the paper's day ("resumes today" 1991-02-12); "on
    # Wednesday" 1991-02-13. The crash: "in December" 1990-12, "7:42 p.m. CST on Dec. 9"
    # 1990-12-09T19:42 and 1990-12-09 (Sunday); the clock times of that evening "6:58 p.m.",
    # "7:04 p.m.", "11 a.m.", "noon" and the adjectival "scheduled 6:20 p.m. departure" on the
    # day of the crash; "that day" 1990-12-09, "that evening" 1990-12-09TEV (gold_blind8),
    # "the day before" 1990-12-08, "the next day" 1990-12-10, "the previous week" the ISO week
    # before the crash's (1990-W49), 1990-W48 (gold_blind47) - all anchored on the crash, not
    # on the paper's day. "38 minutes" PT38M; "about 15 minutes" PT15M; "30-minute" PT30M;
    # "three-day" P3D; "14 years" P14Y; "within 60 days" -> "60 days"; "two months after the
    # crash" -> "two months" P2M (an anchored duration, gold_blind35); "Jan. 23" 1991-01-23;
    # "last month" 1991-01; "late summer" 1991-SU (the season's value, gold_blind83);
    # "the past decade" P10Y; "since 1982"; "A 1988 FAA study" adjectival year; "founded in
    # 1979"; "built between 1967 and 1971" two DATEs; "every night" SET XXXX-XX-XXTNI. Not
    # annotated: "Flight 1742" (twice), "DC-9", "DC-9s", "Runway 31", "11 of the 86", "52"
    # (age), "5 inches", "four legs", "seven victims", "14 DC-9s", "twice" (de-iced twice).
    "skyline-flight-1742-icing-hearing": (
        "1991-02-12",
        [
            ("Tuesday, February 12, 1991", "DATE", "1991-02-12"),
            ("December", "DATE", "1990-12"),
            ("38 minutes", "DURATION", "PT38M"),
            ("Monday", "DATE", "1991-02-11"),
            ("three-day", "DURATION", "P3D"),
            ("7:42 p.m. CST", "TIME", "1990-12-09T19:42"),
            ("Dec. 9", "DATE", "1990-12-09"),
            ("6:58 p.m.", "TIME", "1990-12-09T18:58"),
            ("7:04 p.m.", "TIME", "1990-12-09T19:04"),
            ("about 15 minutes", "DURATION", "PT15M"),
            ("30-minute", "DURATION", "PT30M"),
            ("14 years", "DURATION", "P14Y"),
            ("11 a.m.", "TIME", "1990-12-09T11:00"),
            ("that day", "DATE", "1990-12-09"),
            ("6:20 p.m.", "TIME", "1990-12-09T18:20"),
            ("noon", "TIME", "1990-12-09T12:00"),
            ("the previous week", "DATE", "1990-W48"),
            ("that evening", "TIME", "1990-12-09TEV"),
            ("the day before", "DATE", "1990-12-08"),
            ("the next day", "DATE", "1990-12-10"),
            ("Jan. 23", "DATE", "1991-01-23"),
            ("today", "DATE", "1991-02-12"),
            ("Wednesday", "DATE", "1991-02-13"),
            ("late summer", "DATE", "1991-SU"),
            ("the past decade", "DURATION", "P10Y"),
            ("1982", "DATE", "1982"),
            ("1988", "DATE", "1988"),
            ("Monday", "DATE", "1991-02-11"),
            ("60 days", "DURATION", "P60D"),
            ("last month", "DATE", "1991-01"),
            ("two months", "DURATION", "P2M"),
            ("1979", "DATE", "1979"),
            ("1967", "DATE", "1967"),
            ("1971", "DATE", "1971"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
        ],
    ),
    # Wednesday 1989-11-08 (ISO week 45), AP Pennsylvania state wire as transmitted: slug
    # "BC-PA--Special Election, 1st Ld-Writethru,0590", "Eds:" note, headline, byline, "HARWICK,
    # Pa. (AP) _" dateline, a returns box and the wire stamp "AP-PA-11-08-89 1148EST"
    # ("11-08-89" DATE, "1148EST" TIME 1989-11-08T11:48). The vote was "on Tuesday" 1989-11-07,
    # which is also "Election Day" (the general election day of 1989, gold_blind41); the polls'
    # hours "from 7 a.m. to 8 p.m." that Tuesday. Kroll "conceded at 1:10 a.m. today"
    # 1989-11-08T01:10 plus the DATE; "said today", "this morning" Wednesday's. Pardee's
    # "Tonight", spoken "shortly before midnight" on Tuesday, is 1989-11-07TNI, and that
    # "midnight" the one ending Tuesday, 1989-11-07T24:00. Headline "Ending 17 Years of GOP
    # Control" -> "17 Years" DURATION P17Y. "until Friday" 1989-11-10; "as early as Nov. 20"
    # 1989-11-20 (a signal, gold_blind39); "July 3" 1989-07-03; "February 1987" 1987-02; "last
    # week" 1989-W44; "since August" 1989-08; "the spring" just past 1989-SP; "the end of the
    # month" 1989-11; "in January" 1990-01; the state's fiscal year runs July-June, named by the
    # year it ends: "the fiscal year that begins July 1" (said in November 1989) FY1991 plus
    # 1990-07-01. "22 years" P22Y; "the remaining three years" P3Y (the rest of a term, like
    # "the last two years" of a contract, gold_blind39); "four-year" P4Y; "the past two months"
    # P2M; "the final week" (of the race) DURATION P1W, an ordinal period of an event like "The
    # first week" (gold_blind35) and "the final week" (gold_blind8); "every weekend" SET
    # XXXX-WXX-WE, "every night" XXXX-XX-XXTNI; "1972" (twice, "the 1972 election" an adjectival
    # year) and "1992". Not annotated: "BC-PA", "1st Ld", "0590", "4th-6th grafs", "7th graf",
    # "26-24", "27-23" (seat counts), "three-term", "216 precincts", "216 of 216", "31,407",
    # "30,112", "51 percent", "49 percent", "(51%)", "27th District", "27th Senate District",
    # "44", "71" (ages), "300 supporters", "600", "38 percent", "22 percent", "6 points",
    # "$900,000".
    "harwick-senate-special-election": (
        "1989-11-08",
        [
            ("17 Years", "DURATION", "P17Y"),
            ("Tuesday", "DATE", "1989-11-07"),
            ("1972", "DATE", "1972"),
            ("1:10 a.m.", "TIME", "1989-11-08T01:10"),
            ("today", "DATE", "1989-11-08"),
            ("Tonight", "TIME", "1989-11-07TNI"),
            ("midnight", "TIME", "1989-11-07T24:00"),
            ("today", "DATE", "1989-11-08"),
            ("this morning", "TIME", "1989-11-08TMO"),
            ("Election Day", "DATE", "1989-11-07"),
            ("Friday", "DATE", "1989-11-10"),
            ("July 3", "DATE", "1989-07-03"),
            ("22 years", "DURATION", "P22Y"),
            ("the remaining three years", "DURATION", "P3Y"),
            ("four-year", "DURATION", "P4Y"),
            ("Nov. 20", "DATE", "1989-11-20"),
            ("1992", "DATE", "1992"),
            ("February 1987", "DATE", "1987-02"),
            ("7 a.m.", "TIME", "1989-11-07T07:00"),
            ("8 p.m.", "TIME", "1989-11-07T20:00"),
            ("last week", "DATE", "1989-W44"),
            ("the past two months", "DURATION", "P2M"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("August", "DATE", "1989-08"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("the final week", "DURATION", "P1W"),
            ("January", "DATE", "1990-01"),
            ("the fiscal year", "DATE", "FY1991"),
            ("July 1", "DATE", "1990-07-01"),
            ("the spring", "DATE", "1989-SP"),
            ("the end of the month", "DATE", "1989-11"),
            ("1972", "DATE", "1972"),
            ("11-08-89", "DATE", "1989-11-08"),
            ("1148EST", "TIME", "1989-11-08T11:48"),
        ],
    ),
    # Thursday 1989-05-18 (ISO week 20), AP World Service copy as transmitted: slug
    # "BC-Canada-Custody Ruling,0520", headline, byline, "OTTAWA (AP) _" dateline and the
    # stamp "AP-WS-05-18-89 1702EDT" ("05-18-89" DATE, "1702EDT" TIME 1989-05-18T17:02).
    # "ruled today" 1989-05-18, the hearing "at 9:45 a.m." that day, "this morning" and "this
    # afternoon" Thursday's; "on Wednesday" (twice) 1989-05-17; "on Monday" ahead
    # 1989-05-22. "nearly two years ago" DATE 1987, the unit's granularity (gold_blind28),
    # the text giving "August 1987" and "Aug. 30, 1987"; "the next day" after that date
    # 1987-08-31 (gold_blind56). "by June 17" 1989-06-17; "next month" 1989-06 (the girl's
    # birthday); "the end of June" 1989-06; "January 1988" 1988-01; "last June" in May 1989
    # 1988-06; "Feb. 21" 1989-02-21; "the couple's 1985 divorce decree" adjectival year 1985;
    # "since 1983". "within 30 days" P30D; "two-week" P2W; "years of litigation" -> "years"
    # PXY; "the past two years" P2Y; "21 months" P21M; "six weeks" P6W; "four months" P4M;
    # "took less than three months to decide" -> "less than three months" P3M; "three weeks
    # left" P3W. "each summer" and "every summer" SET XXXX-SU; "twice a week" SET P1W
    # (gold_blind35). Not annotated: "summer visit" (an adjective naming a kind of visit),
    # "the school year" (a school's year with no calendar value here), "4-3" (the vote),
    # "7-year-old", "7", "8", "34", "39" (ages), "Grade 2", "38 children", "a dozen", "0520",
    # "three Canadian courts".
    "canada-court-custody-vermont-girl": (
        "1989-05-18",
        [
            ("today", "DATE", "1989-05-18"),
            ("nearly two years ago", "DATE", "1987"),
            ("30 days", "DURATION", "P30D"),
            ("August 1987", "DATE", "1987-08"),
            ("two-week", "DURATION", "P2W"),
            ("Aug. 30, 1987", "DATE", "1987-08-30"),
            ("the next day", "DATE", "1987-08-31"),
            ("years", "DURATION", "PXY"),
            ("the past two years", "DURATION", "P2Y"),
            ("Wednesday", "DATE", "1989-05-17"),
            ("9:45 a.m.", "TIME", "1989-05-18T09:45"),
            ("21 months", "DURATION", "P21M"),
            ("this morning", "TIME", "1989-05-18TMO"),
            ("June 17", "DATE", "1989-06-17"),
            ("six weeks", "DURATION", "P6W"),
            ("each summer", "SET", "XXXX-SU"),
            ("twice a week", "SET", "P1W"),
            ("next month", "DATE", "1989-06"),
            ("January 1988", "DATE", "1988-01"),
            ("last June", "DATE", "1988-06"),
            ("four months", "DURATION", "P4M"),
            ("Feb. 21", "DATE", "1989-02-21"),
            ("less than three months", "DURATION", "P3M"),
            ("1985", "DATE", "1985"),
            ("every summer", "SET", "XXXX-SU"),
            ("this afternoon", "TIME", "1989-05-18TAF"),
            ("Monday", "DATE", "1989-05-22"),
            ("the end of June", "DATE", "1989-06"),
            ("three weeks", "DURATION", "P3W"),
            ("1983", "DATE", "1983"),
            ("Wednesday", "DATE", "1989-05-17"),
            ("05-18-89", "DATE", "1989-05-18"),
            ("1702EDT", "TIME", "1989-05-18T17:02"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
