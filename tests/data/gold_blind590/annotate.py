"""Annotations of blind gold set 590, chosen by hand before the tagger ran.

    python tests/data/gold_blind590/annotate.py [--show]

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
    # Thursday 1989-09-28 (ISO week 39), AP Washington story on a House floor vote, headline,
    # date line "Thursday, September 28, 1989" (one DATE span with its weekday, gold_blind34),
    # byline "Associated Press Writer", "WASHINGTON (AP) _" dateline; "today" is the day of the
    # wire. Past weekdays: "late Wednesday" 1989-09-27 (modifier kept, like "late yesterday",
    # gold_blind35), OMB "said Tuesday" 1989-09-26. Future: the Senate vote "Friday" (headline
    # and body) 1989-09-29, "Friday afternoon" 1989-09-29TAF; the authority runs out "at
    # midnight Saturday" -> "midnight" 1989-09-30T24:00 and "Saturday" 1989-09-30, two TIMEX3
    # (gold_blind41's "at midnight Tuesday"); "the end of fiscal 1989" in apposition takes the
    # fiscal year's value FY1989 (gold_blind41's "the end of fiscal 2013"); "fiscal 1990, which
    # begins Sunday" FY1990 and 1989-10-01; "fiscal 1988" FY1988 (federal fiscal years run
    # October-September, named by the year they end, gold_blind35). "noon Tuesday, Oct. 3"
    # and "10 a.m. Wednesday, Oct. 4" a TIME and a DATE each (gold_blind41). "the Columbus Day
    # recess" -> "Columbus Day" 1989-10-09 (second Monday of October), a holiday inside an
    # event's name (gold_blind21's "the St. Patrick's Day parade"); the recess itself is not
    # annotated (gold_blind25, gold_blind77). "45 days after its authority runs out" P45D (a
    # duration anchored to an event), "45-day" P45D; "a five-year reauthorization" P5Y; "the
    # program's third stopgap in two years" P2Y (the period of an ordinal count, gold_blind103);
    # "Every fall" SET XXXX-FA (gold_blind41). The hotline "until 8 p.m. every night this week"
    # -> XXXX-XX-XXT20:00, SET XXXX-XX-XXTNI and DATE 1989-W39 (gold_blind94); "two hours later
    # than usual" PT2H (the size of a shift, gold_blind48). "this week" 1989-W39; "the weekend"
    # 1989-W39-WE (30 September-1 October); "July", "June", "Aug. 1", "Sept. 14" past, "Nov.
    # 14", "Oct. 6", "Oct. 16", "Oct. 31" ahead; "two weeks apart" P2W (the gap between Nov. 14
    # and Oct. 31). Not annotated: "247-170", "H.R. 3172", "1,989 loans" (a count that reads
    # as a year, in a 1989 story), "pop. 1,990", "1-800-555-1972" (a phone number beside the
    # annotated "1972"), "600 towns", "13 spending bills", "44 towns", "140 applications", "31
    # states", "$412 million", "$2.1 billion", "71" (an age), "the last time", "the Columbus Day
    # recess" beyond the holiday, "the shortest leash".
    "rural-water-loans-stopgap-house-vote": (
        "1989-09-28",
        [
            ("Friday", "DATE", "1989-09-29"),
            ("Thursday, September 28, 1989", "DATE", "1989-09-28"),
            ("late Wednesday", "DATE", "1989-09-27"),
            ("45 days", "DURATION", "P45D"),
            ("midnight", "TIME", "1989-09-30T24:00"),
            ("Saturday", "DATE", "1989-09-30"),
            ("the end of fiscal 1989", "DATE", "FY1989"),
            ("Friday", "DATE", "1989-09-29"),
            ("Nov. 14", "DATE", "1989-11-14"),
            ("five-year", "DURATION", "P5Y"),
            ("July", "DATE", "1989-07"),
            ("1972", "DATE", "1972"),
            ("fiscal 1988", "DATE", "FY1988"),
            ("Tuesday", "DATE", "1989-09-26"),
            ("five years", "DURATION", "P5Y"),
            ("fiscal 1990", "DATE", "FY1990"),
            ("Sunday", "DATE", "1989-10-01"),
            ("this week", "DATE", "1989-W39"),
            ("Friday afternoon", "TIME", "1989-09-29TAF"),
            ("noon", "TIME", "1989-10-03T12:00"),
            ("Tuesday, Oct. 3", "DATE", "1989-10-03"),
            ("Columbus Day", "DATE", "1989-10-09"),
            ("Oct. 6", "DATE", "1989-10-06"),
            ("Oct. 16", "DATE", "1989-10-16"),
            ("Sept. 14", "DATE", "1989-09-14"),
            ("10 a.m.", "TIME", "1989-10-04T10:00"),
            ("Wednesday, Oct. 4", "DATE", "1989-10-04"),
            ("45-day", "DURATION", "P45D"),
            ("two years", "DURATION", "P2Y"),
            ("Every fall", "SET", "XXXX-FA"),
            ("Aug. 1", "DATE", "1989-08-01"),
            ("30 days", "DURATION", "P30D"),
            ("more than six months", "DURATION", "P6M"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("this week", "DATE", "1989-W39"),
            ("two hours", "DURATION", "PT2H"),
            ("June", "DATE", "1989-06"),
            ("three months", "DURATION", "P3M"),
            ("now", "DATE", "PRESENT_REF"),
            ("Oct. 31", "DATE", "1989-10-31"),
            ("today", "DATE", "1989-09-28"),
            ("two weeks", "DURATION", "P2W"),
            ("the weekend", "DATE", "1989-W39-WE"),
        ],
    ),
    # Friday 1990-07-20 (ISO week 29), a congressman's printed newsletter to constituents
    # ("WASHINGTON REPORT"), masthead with "Vol. 4, No. 7" and the issue date "July 20, 1990"
    # (the publication day), section heads, a list of town meetings and the offices' hours.
    # "the Independence Day district work period" -> "Independence Day" 1990-07-04 (a holiday
    # inside an event's name, gold_blind21); "the August recess" -> "August" 1990-08, an
    # adjectival month (gold_blind77's "the February recess"), the recess not annotated; the
    # heading "TOWN MEETINGS IN AUGUST" likewise names August 1990. Past: "On Tuesday"
    # 1990-07-17. "Next week" 1990-W30 and its votes "Wednesday and Thursday" 1990-07-25 and
    # 1990-07-26 (future, in the week named). "July 11 and 12" -> "July 11" and "12", one DATE
    # per date (gold_blind25's "22 and 24 May"). "9:30 a.m. Tuesday, July 31" a TIME and a
    # DATE; testimony due "by 5 p.m. the day before" -> 1990-07-30T17:00 and "the day before"
    # 1990-07-30, anchored on the hearing day (gold_blind102's "the day before"). "fiscal 1991,
    # which starts Oct. 1" FY1991 and 1990-10-01; "expires Sept. 30, when fiscal 1990 ends"
    # 1990-09-30 and FY1990; "the fiscal year" (the one then ending) FY1990. "Labor Day" 1990 is
    # the first Monday of September, 1990-09-03. "the next two weeks" P2W ("sometime" left
    # out); "four weeks" P4W. The town meetings are one-off dates, each line a DATE with its
    # weekday and its clock times on that day ("10 a.m. to noon" two TIMEs). The district
    # office's hours recur: "8:30 a.m. to 5 p.m., and until 7 p.m. on Thursdays" ->
    # XXXX-XX-XXThh:mm TIMEs and the SET XXXX-WXX-4 (gold_blind25). "each year" SET P1Y;
    # "quarterly" SET P3M (gold_blind35); "since July 1" 1990-07-01; "up to three weeks" P3W;
    # "last month" 1990-06; "Next issue: October" 1990-10. Not annotated: "Vol. 4, No. 7",
    # "Missouri's 10th District", "296-118", "31-12", "H.R. 4417", "Room 2360", "1516
    # Longworth Building", "20515", "63770", "(202) 225-1990" and "VFW Post 1990" (a phone
    # number and a post number holding the year of the issue), "(314) 555-0731", "$14 million",
    # "19,000 letters", "13 appropriations bills", "since then" (anaphoric), "that window",
    # "most of the recess", "the recess", "Thank you for your patience".
    "reinholt-washington-report-newsletter": (
        "1990-07-20",
        [
            ("July 20, 1990", "DATE", "1990-07-20"),
            ("July 10", "DATE", "1990-07-10"),
            ("Independence Day", "DATE", "1990-07-04"),
            ("August", "DATE", "1990-08"),
            ("Aug. 4", "DATE", "1990-08-04"),
            ("fiscal 1991", "DATE", "FY1991"),
            ("Oct. 1", "DATE", "1990-10-01"),
            ("Tuesday", "DATE", "1990-07-17"),
            ("Next week", "DATE", "1990-W30"),
            ("Wednesday", "DATE", "1990-07-25"),
            ("Thursday", "DATE", "1990-07-26"),
            ("September", "DATE", "1990-09"),
            ("two days", "DURATION", "P2D"),
            ("July 11", "DATE", "1990-07-11"),
            ("12", "DATE", "1990-07-12"),
            ("9:30 a.m.", "TIME", "1990-07-31T09:30"),
            ("Tuesday, July 31", "DATE", "1990-07-31"),
            ("5 p.m.", "TIME", "1990-07-30T17:00"),
            ("the day before", "DATE", "1990-07-30"),
            ("June 27", "DATE", "1990-06-27"),
            ("Sept. 30", "DATE", "1990-09-30"),
            ("fiscal 1990", "DATE", "FY1990"),
            ("the next two weeks", "DURATION", "P2W"),
            ("Labor Day", "DATE", "1990-09-03"),
            ("four weeks", "DURATION", "P4W"),
            ("the fiscal year", "DATE", "FY1990"),
            ("AUGUST", "DATE", "1990-08"),
            ("Saturday, Aug. 11", "DATE", "1990-08-11"),
            ("10 a.m.", "TIME", "1990-08-11T10:00"),
            ("noon", "TIME", "1990-08-11T12:00"),
            ("Monday, Aug. 13", "DATE", "1990-08-13"),
            ("7 p.m.", "TIME", "1990-08-13T19:00"),
            ("Saturday, Aug. 25", "DATE", "1990-08-25"),
            ("9 a.m.", "TIME", "1990-08-25T09:00"),
            ("8:30 a.m.", "TIME", "XXXX-XX-XXT08:30"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("7 p.m.", "TIME", "XXXX-XX-XXT19:00"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("each year", "SET", "P1Y"),
            ("July 1", "DATE", "1990-07-01"),
            ("up to three weeks", "DURATION", "P3W"),
            ("last month", "DATE", "1990-06"),
            ("quarterly", "SET", "P3M"),
            ("October", "DATE", "1990-10"),
        ],
    ),
    # Wednesday 1990-02-14 (ISO week 7), British broadsheet parliamentary sketch, section label,
    # headline, byline, date line "Wednesday 14 February 1990"; "yesterday" is Tuesday
    # 1990-02-13, the day of the Prime Minister's Questions described. "St Valentine's Day"
    # 1990-02-14 and "a day early" -> "a day" P1D (the size of a shift, gold_blind25's "a week
    # earlier"). "At 3.15pm yesterday" a TIME and a DATE; "By 3.30pm" and "at 10pm" clock times
    # of the same Tuesday (the story's day). "Questions are taken on Tuesdays and Thursdays" ->
    # two SETs XXXX-WXX-2 and XXXX-WXX-4 (gold_blind21). The reply's "this week" 1990-W07;
    # Mr Hurle "turns 60 on Sunday" 1990-02-18 (future); "every year since 1984" SET P1Y and
    # DATE 1984 (gold_blind25's "every Tuesday since last summer"). "the House sat on Monday
    # until 2.40am" -> "Monday" 1990-02-12 and "2.40am" 1990-02-13T02:40: the Monday sitting
    # ran into the small hours of Tuesday, and a clock time takes the calendar day it falls on;
    # "at 3am" the same morning. In the quote said on Tuesday, "Three days ago" is Saturday
    # 1990-02-10 (the unit's granularity, gold_blind28) and "next Tuesday" seven days ahead,
    # 1990-02-20 (gold_blind25's "next Tuesday" in a Tuesday paper), which the third reading
    # "the following day" after "Monday 19 February" confirms. "published in November"
    # 1989-11; "three months and Christmas" P3M and 1989-12-25 (the Christmas just past).
    # "since 1959" and "31 years" P31Y; "at 6pm tonight" 1990-02-14T18:00 and 1990-02-14TNI.
    # "next week's business" -> "next week" 1990-W08 (possessive dropped); "on Thursday
    # afternoon" 1990-02-15TAF; "Friday 23 February" 1990-02-23; "first elected in 1983";
    # "for seven years" P7Y. Not annotated: "318 votes to 251" (headline and body), "a majority
    # of 67", "60" (an age), "Clause 14", "nine times", "twice", "the 1922 Committee" (a
    # committee named by a year), "Prime Minister's Questions" (a name), "the Budget" (twice,
    # an event; its "next month" is annotated), "another late night" and "the late sittings"
    # (kinds of sitting), "the half-term recess" (gold_blind25), "report stage" and "third
    # reading" (their days are annotated), "(C, Wessex Fen)", "any week".
    "commons-sketch-valentine-questions": (
        "1990-02-14",
        [
            ("Wednesday 14 February 1990", "DATE", "1990-02-14"),
            ("St Valentine's Day", "DATE", "1990-02-14"),
            ("a day", "DURATION", "P1D"),
            ("3.15pm", "TIME", "1990-02-13T15:15"),
            ("yesterday", "DATE", "1990-02-13"),
            ("15 minutes", "DURATION", "PT15M"),
            ("next month", "DATE", "1990-03"),
            ("this week", "DATE", "1990-W07"),
            ("Sunday", "DATE", "1990-02-18"),
            ("every year", "SET", "P1Y"),
            ("1984", "DATE", "1984"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("the past three weeks", "DURATION", "P3W"),
            ("Monday", "DATE", "1990-02-12"),
            ("2.40am", "TIME", "1990-02-13T02:40"),
            ("3am", "TIME", "1990-02-13T03:00"),
            ("Three days ago", "DATE", "1990-02-10"),
            ("next Tuesday", "DATE", "1990-02-20"),
            ("November", "DATE", "1989-11"),
            ("three months", "DURATION", "P3M"),
            ("Christmas", "DATE", "1989-12-25"),
            ("1959", "DATE", "1959"),
            ("31 years", "DURATION", "P31Y"),
            ("6pm", "TIME", "1990-02-14T18:00"),
            ("tonight", "TIME", "1990-02-14TNI"),
            ("3.30pm", "TIME", "1990-02-13T15:30"),
            ("10pm", "TIME", "1990-02-13T22:00"),
            ("next week", "DATE", "1990-W08"),
            ("Thursday afternoon", "TIME", "1990-02-15TAF"),
            ("Monday 19 February", "DATE", "1990-02-19"),
            ("the following day", "DATE", "1990-02-20"),
            ("Friday 23 February", "DATE", "1990-02-23"),
            ("1983", "DATE", "1983"),
            ("seven years", "DURATION", "P7Y"),
        ],
    ),
    # Tuesday 1991-06-11 (ISO week 24), Canadian Press story from Ottawa, headline, date line
    # "Tuesday, June 11, 1991", "OTTAWA (CP) -" dateline without byline; "today" is the day of
    # the wire (twice). Past weekdays: "moved Monday" and "Question Period on Monday"
    # 1991-06-10, "Monday night" 1991-06-10TNI, "last Friday" 1991-06-07 (the nearest past
    # Friday, gold_blind50's "last Thursday"). Future: "6 p.m. Thursday" 1991-06-13T18:00 and
    # 1991-06-13; "noon Wednesday" 1991-06-12T12:00 and 1991-06-12; "about 5:45 p.m. today"
    # (approximator kept, gold_blind25). "break for the summer" -> "the summer" 1991-SU (like
    # "for the winter" in gold_blind77); the headline's "summer break" is not annotated (a
    # recess, gold_blind25). "two more days" P2D ("more" after the number kept, gold_blind25).
    # "next week" 1991-W25 and the extended hours "until 11 p.m. each night" -> a recurring
    # clock time XXXX-XX-XXT23:00 and SET XXXX-XX-XXTNI. "last fall" in June 1991 1990-FA;
    # "since February" 1991-02; "last week" 1991-W23. Canada's federal fiscal year runs
    # April-March and is named by the year it ends (gold_blind48, gold_blind77): "the 1992-93
    # fiscal year" one span FY1993 (gold_blind21), "The current fiscal year, which began April
    # 1" FY1992 and 1991-04-01. "over 10 years starting Jan. 1, 1993" P10Y and 1993-01-01;
    # "the first five years" P5Y; "48 hours' notice" PT48H; "May 28 and 29" two DATEs; "10
    # minutes" PT10M. "Canada Day" 1991-07-01; "on Fridays" SET XXXX-WXX-5; "Friday, June 28"
    # 1991-06-28; "elected in 1988"; "for years" -> "years" PXY; "in January, and again in
    # April" past months of 1991. Not annotated: "Standing Order 78(3)", "Bill C-47", "the
    # 34th Parliament", "the fourth time", "the 11th", "60 to 62" and "67" (ages), "14 of the
    # 20 opposition questions", "$410 million", "$1.9 billion", "$30.5 billion", "Question
    # Period" (a name), "summer break" (headline), "third reading", "closure", "time
    # allocation".
    "ottawa-pension-bill-time-allocation": (
        "1991-06-11",
        [
            ("Tuesday, June 11, 1991", "DATE", "1991-06-11"),
            ("Monday", "DATE", "1991-06-10"),
            ("two more days", "DURATION", "P2D"),
            ("the summer", "DATE", "1991-SU"),
            ("today", "DATE", "1991-06-11"),
            ("6 p.m.", "TIME", "1991-06-13T18:00"),
            ("Thursday", "DATE", "1991-06-13"),
            ("June 21", "DATE", "1991-06-21"),
            ("Sept. 16", "DATE", "1991-09-16"),
            ("Monday night", "TIME", "1991-06-10TNI"),
            ("next week", "DATE", "1991-W25"),
            ("11 p.m.", "TIME", "XXXX-XX-XXT23:00"),
            ("each night", "SET", "XXXX-XX-XXTNI"),
            ("last fall", "DATE", "1990-FA"),
            ("February", "DATE", "1991-02"),
            ("three months", "DURATION", "P3M"),
            ("10 years", "DURATION", "P10Y"),
            ("Jan. 1, 1993", "DATE", "1993-01-01"),
            ("last week", "DATE", "1991-W23"),
            ("the 1992-93 fiscal year", "DATE", "FY1993"),
            ("the first five years", "DURATION", "P5Y"),
            ("The current fiscal year", "DATE", "FY1992"),
            ("April 1", "DATE", "1991-04-01"),
            ("48 hours", "DURATION", "PT48H"),
            ("May 28", "DATE", "1991-05-28"),
            ("29", "DATE", "1991-05-29"),
            ("10 minutes", "DURATION", "PT10M"),
            ("noon", "TIME", "1991-06-12T12:00"),
            ("Wednesday", "DATE", "1991-06-12"),
            ("Monday", "DATE", "1991-06-10"),
            ("Canada Day", "DATE", "1991-07-01"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("Friday, June 28", "DATE", "1991-06-28"),
            ("1988", "DATE", "1988"),
            ("years", "DURATION", "PXY"),
            ("January", "DATE", "1991-01"),
            ("April", "DATE", "1991-04"),
            ("last Friday", "DATE", "1991-06-07"),
            ("about 5:45 p.m.", "TIME", "1991-06-11T17:45"),
            ("today", "DATE", "1991-06-11"),
        ],
    ),
    # Saturday 1989-12-02 (ISO week 48), Australian broadsheet's Canberra report, headline,
    # byline, date line "Saturday, December 2, 1989", "CANBERRA:" dateline; "yesterday" is
    # Friday 1989-12-01 and "last night" (twice) its night, 1989-12-01TNI (gold_blind35). The
    # Senate "rose at 4.17am yesterday" after a sitting that "began at 9.30am on Thursday"
    # 1989-11-30: "almost 19 hours" PT19H; "through the night" (headline and body) -> "the
    # night" of Thursday, 1989-11-30TNI (gold_blind103); the Democrats met "on Friday morning"
    # 1989-12-01TMO. "Christmas deadline" (headline) and "rises for Christmas" -> 1989-12-25
    # (gold_blind77's "rises for Christmas"); "Thursday, December 14" 1989-12-14; "a
    # fortnight" P2W. "next Friday" in a Saturday paper is the nearest coming one, 1989-12-08
    # (gold_blind25, gold_blind48); "Saturday, December 9" 1989-12-09. "Question time on
    # Thursday" 1989-11-30, the deficit figure "released at 11.30am" that Thursday; "October"
    # 1989-10 and "since March" 1989-03 (past). "the 1989-90 Budget" -> "1989-90" FY1990, an
    # adjectival financial year written with two years (Australian government year July-June,
    # named by the year it ends, gold_blind21, gold_blind77, gold_blind88); "brought down in
    # August" 1989-08; "by June 30" the end of that year, 1990-06-30; "January 1" ahead
    # 1990-01-01; "for the six months to December 31" P6M and 1989-12-31 (gold_blind63).
    # "Monday and Tuesday" 1989-12-04 and 1989-12-05. The House's sitting hours next week
    # recur: "from 9.30am until 11pm every day next week" -> XXXX-XX-XXT09:30, XXXX-XX-XXT23:00,
    # SET P1D and DATE 1989-W49 (gold_blind94). "soon" FUTURE_REF; "dead for weeks" PXW;
    # "February 20" 1990-02-20; "August next year" one span 1990-08 (gold_blind21's "14 March
    # next year"). Not annotated: "35 votes to 32", "fewer than a dozen senators", "31 bills",
    # "the Sales Tax Amendment Bill (No. 4) 1989" (a title with a year, gold_blind48), "that
    # date" (anaphoric), "its first Saturday sitting" ("Saturday" naming a kind of sitting),
    # "the worst monthly figure" (the period of a figure, gold_blind103), "$2.1 billion", "$9.1
    # billion", "$640 million", "the ABC's 7.30 Report" (a programme's name holding a clock
    # time), "22 bills", "nine", "the autumn sittings" and "the Budget sittings" (institutional
    # periods with a season or an event in the name, gold_blind21, gold_blind25), "Question
    # time".
    "canberra-senate-all-night-sitting": (
        "1989-12-02",
        [
            ("the night", "TIME", "1989-11-30TNI"),
            ("Christmas", "DATE", "1989-12-25"),
            ("Saturday, December 2, 1989", "DATE", "1989-12-02"),
            ("4.17am", "TIME", "1989-12-01T04:17"),
            ("yesterday", "DATE", "1989-12-01"),
            ("almost 19 hours", "DURATION", "PT19H"),
            ("June 1987", "DATE", "1987-06"),
            ("9.30am", "TIME", "1989-11-30T09:30"),
            ("Thursday", "DATE", "1989-11-30"),
            ("the night", "TIME", "1989-11-30TNI"),
            ("two hours", "DURATION", "PT2H"),
            ("Friday morning", "TIME", "1989-12-01TMO"),
            ("a fortnight", "DURATION", "P2W"),
            ("Christmas", "DATE", "1989-12-25"),
            ("Thursday, December 14", "DATE", "1989-12-14"),
            ("January 1", "DATE", "1990-01-01"),
            ("last night", "TIME", "1989-12-01TNI"),
            ("next Friday", "DATE", "1989-12-08"),
            ("Saturday, December 9", "DATE", "1989-12-09"),
            ("1975", "DATE", "1975"),
            ("soon", "DATE", "FUTURE_REF"),
            ("Thursday", "DATE", "1989-11-30"),
            ("October", "DATE", "1989-10"),
            ("11.30am", "TIME", "1989-11-30T11:30"),
            ("March", "DATE", "1989-03"),
            ("1989-90", "DATE", "FY1990"),
            ("August", "DATE", "1989-08"),
            ("June 30", "DATE", "1990-06-30"),
            ("last night", "TIME", "1989-12-01TNI"),
            ("weeks", "DURATION", "PXW"),
            ("Monday", "DATE", "1989-12-04"),
            ("Tuesday", "DATE", "1989-12-05"),
            ("the six months", "DURATION", "P6M"),
            ("December 31", "DATE", "1989-12-31"),
            ("9.30am", "TIME", "XXXX-XX-XXT09:30"),
            ("11pm", "TIME", "XXXX-XX-XXT23:00"),
            ("every day", "SET", "P1D"),
            ("next week", "DATE", "1989-W49"),
            ("February 20", "DATE", "1990-02-20"),
            ("August next year", "DATE", "1990-08"),
        ],
    ),
    # Monday 1991-05-27 (ISO week 22), New Zealand morning paper's political story, headline,
    # byline, date line "Monday, May 27, 1991", "WELLINGTON -" dateline; "yesterday" is Sunday
    # 1991-05-26, "tomorrow" Tuesday 1991-05-28. Future: the House "rises on Thursday"
    # 1991-05-30, the third reading "by Thursday afternoon" 1991-05-30TAF, the committee stage
    # "on Wednesday" 1991-05-29; "the Queen's Birthday weekend" -> the Saturday-Monday holiday
    # weekend, ISO week of its Saturday (1 June), 1991-W22-WE (gold_blind21), the holiday
    # Monday (3 June) in week 23 getting no TIMEX3 of its own; "next week" 1991-W23; "this
    # week" in the quote 1991-W22. Past: urgency "on Thursday" 1991-05-23, "until 1.12am on
    # Friday" 1991-05-24T01:12 and 1991-05-24; the quote's "past midnight on Thursday" ->
    # "midnight" 1991-05-23T24:00 (midnight with a named day ends it, gold_blind41,
    # gold_blind77) and "Thursday". New Zealand's government year runs July-June, named by the
    # year it ends (gold_blind21): "the 1991-92 financial year" one span FY1992 and the
    # adjectival "1991-92 spending bids" FY1992; "1 July" 1991-07-01 (twice). "introduced in
    # March" 1991-03; "on 16 May" 1991-05-16; "three weeks to report instead of three months"
    # P3W and P3M; "its first full year" P1Y (an ordinal period of the change, the possessive
    # kept, gold_blind25, gold_blind35); "six hours over two days" PT6H and P2D; "since the
    # 1990 election" -> "1990"; "seven months" P7M; "six years" P6Y. "at 2pm on Tuesday 11
    # June" a TIME and a DATE; "paid fortnightly on Tuesdays instead of weekly on Thursdays"
    # -> SETs P2W, XXXX-WXX-2, P1W, XXXX-WXX-4. "late July" 1991-07; "by 5pm on Friday 14
    # June"; "a month earlier than last year" P1M and 1990 (gold_blind25); "Wednesday
    # mornings" SET XXXX-WXX-3TMO (gold_blind41's "Saturday nights"); "at 8am on 1 July".
    # Not annotated: "under 25" (an age), "9 per cent", "49 votes to 29", "$86 million",
    # "41,000 people", "the 11th time", "0800 651 991" (a phone number ending in 991), "the
    # committee stage", "the third reading", "second reading", "the Budget" (an event; its
    # "late July" annotated), "while the House is sitting", "under urgency".
    "wellington-urgency-benefit-bill": (
        "1991-05-27",
        [
            ("Monday, May 27, 1991", "DATE", "1991-05-27"),
            ("tomorrow", "DATE", "1991-05-28"),
            ("Thursday", "DATE", "1991-05-30"),
            ("the Queen's Birthday weekend", "DATE", "1991-W22-WE"),
            ("Thursday", "DATE", "1991-05-23"),
            ("1.12am", "TIME", "1991-05-24T01:12"),
            ("Friday", "DATE", "1991-05-24"),
            ("yesterday", "DATE", "1991-05-26"),
            ("Wednesday", "DATE", "1991-05-29"),
            ("Thursday afternoon", "TIME", "1991-05-30TAF"),
            ("1 July", "DATE", "1991-07-01"),
            ("the 1991-92 financial year", "DATE", "FY1992"),
            ("March", "DATE", "1991-03"),
            ("three weeks", "DURATION", "P3W"),
            ("three months", "DURATION", "P3M"),
            ("16 May", "DATE", "1991-05-16"),
            ("its first full year", "DURATION", "P1Y"),
            ("six hours", "DURATION", "PT6H"),
            ("two days", "DURATION", "P2D"),
            ("1990", "DATE", "1990"),
            ("seven months", "DURATION", "P7M"),
            ("six years", "DURATION", "P6Y"),
            ("midnight", "TIME", "1991-05-23T24:00"),
            ("Thursday", "DATE", "1991-05-23"),
            ("this week", "DATE", "1991-W22"),
            ("next week", "DATE", "1991-W23"),
            ("2pm", "TIME", "1991-06-11T14:00"),
            ("Tuesday 11 June", "DATE", "1991-06-11"),
            ("fortnightly", "SET", "P2W"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("weekly", "SET", "P1W"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("late July", "DATE", "1991-07"),
            ("1991-92", "DATE", "FY1992"),
            ("5pm", "TIME", "1991-06-14T17:00"),
            ("Friday 14 June", "DATE", "1991-06-14"),
            ("a month", "DURATION", "P1M"),
            ("last year", "DATE", "1990"),
            ("Wednesday mornings", "SET", "XXXX-WXX-3TMO"),
            ("8am", "TIME", "1991-07-01T08:00"),
            ("1 July", "DATE", "1991-07-01"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
