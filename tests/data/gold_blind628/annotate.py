"""Annotations of the six-hundred-and-twenty-eighth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind628/annotate.py [--show]

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
    # Thursday 1989-06-29 (ISO week 26), AP state-capital wire copy as the wire printed it:
    # stamp line "AP-NR-06-29-89 1847EDT" (the month-day-year "06-29-89" a DATE, like the slash
    # date "9/25/14" of gold_blind41; the wire time "1847EDT" a TIME 18:47 with the zone in the
    # span, like "1330 GMT" in gold_blind20), slug, headline, "Eds:" note, byline, "DOVER, Del.
    # (AP) _" dateline; "today" is the day of the wire (gold_blind35). The session "ends at
    # midnight Friday": "midnight" 1989-06-30T24:00 and "Friday" its own DATE (gold_blind41,
    # gold_blind32). Delaware's fiscal year runs July-June and is named by the year it ends
    # (gold_blind13, gold_blind41): "the new fiscal year begins Saturday" -> FY1990 plus
    # 1989-07-01, "fiscal 1990" FY1990, "the fiscal year that ends Friday" FY1989 plus
    # 1989-06-30, "a year earlier" after it FY1988 (gold_blind94). Past: the House vote "at
    # 9:12 p.m. Tuesday" 1989-06-27, "Wednesday night" 1989-06-28TNI with "shortly after 11
    # p.m." that night ("shortly after" a signal). Future: "Friday afternoon" 1989-06-30TAF,
    # "Oct. 1" 1989-10-01, "July 14" 1989-07-14, "the weekend" 1989-W26-WE (1-2 July), "Jan.
    # 9" 1990-01-09, "November 1990". "Last year's budget" -> "Last year" 1988 (gold_blind35),
    # and the "July 1" and "midnight" of its sentence are that year's: 1988-07-01 (one span
    # "the early hours of July 1", like "the early hours of Thursday" in gold_blind103) and
    # 1988-06-30T24:00. "Jan. 10" 1989-01-10 and "June 30" 1989-06-30 (the session's legal
    # end, the same day as Friday). "daily since June 12" SET P1D and DATE 1989-06-12; "every
    # two weeks" SET P2W; "this week" 1989-W26; "the 1980s" 198. Not annotated: "AP-NR",
    # "AM-Delaware-Budget" ("AM" the wire's news cycle, not a part of day), "1st Ld-Writethru",
    # "0458" (a word count), "No pickup", "$1.1 billion", "61" (an age), "3-cent", "23-18",
    # "$19 million", "$14 million", "$41 million", "11,000", "the last minute", "Twice", "D-
    # Newark", "the second session" and "the 135th General Assembly" (institutional periods
    # and an ordinal), "41 House seats", "the session".
    "dover-budget-session-deadline": (
        "1989-06-29",
        [
            ("06-29-89", "DATE", "1989-06-29"),
            ("1847EDT", "TIME", "1989-06-29T18:47"),
            ("Friday", "DATE", "1989-06-30"),
            ("5:40 p.m.", "TIME", "1989-06-29T17:40"),
            ("tonight", "TIME", "1989-06-29TNI"),
            ("today", "DATE", "1989-06-29"),
            ("midnight", "TIME", "1989-06-30T24:00"),
            ("Friday", "DATE", "1989-06-30"),
            ("the new fiscal year", "DATE", "FY1990"),
            ("Saturday", "DATE", "1989-07-01"),
            ("5:40 p.m.", "TIME", "1989-06-29T17:40"),
            ("8 p.m.", "TIME", "1989-06-29T20:00"),
            ("tonight", "TIME", "1989-06-29TNI"),
            ("Friday afternoon", "TIME", "1989-06-30TAF"),
            ("1973", "DATE", "1973"),
            ("9:12 p.m.", "TIME", "1989-06-27T21:12"),
            ("Tuesday", "DATE", "1989-06-27"),
            ("40 minutes", "DURATION", "PT40M"),
            ("Oct. 1", "DATE", "1989-10-01"),
            ("fiscal 1990", "DATE", "FY1990"),
            ("the fiscal year", "DATE", "FY1989"),
            ("Friday", "DATE", "1989-06-30"),
            ("a year earlier", "DATE", "FY1988"),
            ("nearly four hours", "DURATION", "PT4H"),
            ("Wednesday night", "TIME", "1989-06-28TNI"),
            ("11 p.m.", "TIME", "1989-06-28T23:00"),
            ("about 90 minutes", "DURATION", "PT90M"),
            ("this morning", "TIME", "1989-06-29TMO"),
            ("midnight", "TIME", "1989-06-30T24:00"),
            ("Friday", "DATE", "1989-06-30"),
            ("July 14", "DATE", "1989-07-14"),
            ("every two weeks", "SET", "P2W"),
            ("Last year", "DATE", "1988"),
            ("the early hours of July 1", "DATE", "1988-07-01"),
            ("midnight", "TIME", "1988-06-30T24:00"),
            ("Jan. 10", "DATE", "1989-01-10"),
            ("June 30", "DATE", "1989-06-30"),
            ("daily", "SET", "P1D"),
            ("June 12", "DATE", "1989-06-12"),
            ("the weekend", "DATE", "1989-W26-WE"),
            ("the 1980s", "DATE", "198"),
            ("this week", "DATE", "1989-W26"),
            ("Jan. 9", "DATE", "1990-01-09"),
            ("November 1990", "DATE", "1990-11"),
        ],
    ),
    # Tuesday 1991-06-11 (ISO week 24), US metro daily's City Hall story, section label
    # "METRO", headline ("override Thursday"), byline "Staff Writer", date line "Tuesday, June
    # 11, 1991" (one DATE span with its weekday, gold_blind35), no dateline (a local story).
    # "yesterday" is Monday 1991-06-10, the veto's "4 p.m. news conference" that day
    # (adjectival clock time, a TIME on its day). Future: the override meeting "at 2 p.m.
    # Thursday" 1991-06-13 (headline and body, and "If the council fails Thursday"), "June 30"
    # 1991-06-30 (twice), "Aug. 5" 1991-08-05, "tomorrow morning" 1991-06-12TMO, "next spring"
    # 1992-SP, "at least December" 1991-12 (the modifier kept, gold_blind35). Past: "May 30"
    # 1991-05-30, "2:30 a.m. the next day" 1991-05-31T02:30 and 1991-05-31 (two TIMEX3, the
    # next day anchored on "May 30"), "Friday" (talks broke off) 1991-06-07, "last week"
    # 1991-W23, "April 15" 1991-04-15, "Jan. 2" 1991-01-02, "January 1990", "1989". The city's
    # fiscal year runs July-June, named by the year it ends (gold_blind13): "fiscal 1992", "The
    # fiscal year begins July 1" and "the 1991-92 fiscal year" FY1992 (one span, like "the
    # 2013-14 financial year" in gold_blind94), "fiscal 1993" FY1993. "the first budget veto
    # ... in seven years" DURATION P7Y (the period of a "first in", gold_blind35); "three weeks
    # of hearings" P3W; "a 14-hour session" PT14H (adjectival duration); "for six weeks in the
    # summer of 1984" P6W and 1984-SU; "the last two weeks" P2W; "four-year" P4Y. Sets:
    # "renewed monthly" P1M, "every night" XXXX-XX-XXTNI, "twice a week" and "once a week" P1W
    # (gold_blind35), "on Saturdays" XXXX-WXX-6, "on weekends" XXXX-WXX-WE (gold_blind20),
    # "Tuesdays at 7 p.m." XXXX-WXX-2 with the recurring hour XXXX-XX-XXT19:00 (gold_blind20).
    # "this spring" (hired) 1991-SP; "this year" 1991; "tonight's regular meeting" -> "tonight"
    # 1991-06-11TNI (the possessive dropped). Not annotated: "METRO", "$412 million", "10 of its
    # 15 votes", "11-4", "$6.8 million", "120 officers", "$405 million", "11 branch
    # libraries", "4 percent", "Room 300", "Ordinance 91-117" (an ordinance number holding the
    # year), "555-0630" (a phone number that reads like June 30, beside the annotated "June
    # 30"), "the last time a mayor vetoed a budget" (beyond "the summer of 1984"), "all but".
    "mayor-albanese-budget-veto": (
        "1991-06-11",
        [
            ("Thursday", "DATE", "1991-06-13"),
            ("Tuesday, June 11, 1991", "DATE", "1991-06-11"),
            ("yesterday", "DATE", "1991-06-10"),
            ("seven years", "DURATION", "P7Y"),
            ("2 p.m.", "TIME", "1991-06-13T14:00"),
            ("Thursday", "DATE", "1991-06-13"),
            ("May 30", "DATE", "1991-05-30"),
            ("three weeks", "DURATION", "P3W"),
            ("14-hour", "DURATION", "PT14H"),
            ("2:30 a.m.", "TIME", "1991-05-31T02:30"),
            ("the next day", "DATE", "1991-05-31"),
            ("4 p.m.", "TIME", "1991-06-10T16:00"),
            ("next spring", "DATE", "1992-SP"),
            ("this spring", "DATE", "1991-SP"),
            ("fiscal 1992", "DATE", "FY1992"),
            ("The fiscal year", "DATE", "FY1992"),
            ("July 1", "DATE", "1991-07-01"),
            ("Thursday", "DATE", "1991-06-13"),
            ("June 30", "DATE", "1991-06-30"),
            ("monthly", "SET", "P1M"),
            ("six weeks", "DURATION", "P6W"),
            ("the summer of 1984", "DATE", "1984-SU"),
            ("the 1991-92 fiscal year", "DATE", "FY1992"),
            ("January 1990", "DATE", "1990-01"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("the last two weeks", "DURATION", "P2W"),
            ("1989", "DATE", "1989"),
            ("four-year", "DURATION", "P4Y"),
            ("last week", "DATE", "1991-W23"),
            ("April 15", "DATE", "1991-04-15"),
            ("Jan. 2", "DATE", "1991-01-02"),
            ("at least December", "DATE", "1991-12"),
            ("twice a week", "SET", "P1W"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("once a week", "SET", "P1W"),
            ("Aug. 5", "DATE", "1991-08-05"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("June 30", "DATE", "1991-06-30"),
            ("Friday", "DATE", "1991-06-07"),
            ("tomorrow morning", "TIME", "1991-06-12TMO"),
            ("this year", "DATE", "1991"),
            ("fiscal 1993", "DATE", "FY1993"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("7 p.m.", "TIME", "XXXX-XX-XXT19:00"),
            ("tonight", "TIME", "1991-06-11TNI"),
        ],
    ),
    # Wednesday 1990-04-11 (ISO week 15), a UPI story as a Michigan daily printed it: date line
    # "Wednesday, April 11, 1990" (one DATE span) beside the paper's name and "Page 3A", headline,
    # byline "United Press International", "PORT ALDER, Mich. (UPI) --" dateline without date.
    # The recall vote was "on Tuesday" 1990-04-10; the wire names the days by weekday (written
    # Tuesday night for Wednesday's papers), so its clock times "shortly before 11 p.m.", "from
    # 7 a.m. to 8 p.m." and "about 11:30 p.m." are on Tuesday ("about" kept in the span,
    # gold_blind39; "shortly before" a signal), and "Tuesday night" 1990-04-10TNI and "said
    # Tuesday" that day. "last fall" in April is the fall of 1989, 1989-FA; "September",
    # "Sept. 12" and "December" (tax bills mailed then) 1989, past months of the story line;
    # "Jan. 16" 1990-01-16; "November 1987"; "the end of 1991" the year (gold_blind35). Future:
    # "noon Friday" -> "noon" 1990-04-13T12:00 and "Friday" 1990-04-13, "Tuesday, May 22" one
    # DATE span (gold_blind39), "4 p.m. April 20" 1990-04-20T16:00 and 1990-04-20, "next year"
    # 1991, "Thursday" 1990-04-12, "May" 1990-05, "this spring" 1990-SP. "a term that had 20
    # months left" DURATION P20M; "for five years" P5Y; "Within a week" -> "a week" P1W;
    # "within 45 days" -> "45 days" P45D; "at least a month" P1M (the modifier kept).
    # "Saturday afternoon" 1990-04-07TAF; "every evening last week" SET XXXX-XX-XXTEV and DATE
    # 1990-W14 (like "every night this week", gold_blind34); "now" PRESENT_REF, while "then" in
    # the same quote is anaphoric and left out. Not annotated: "Page 3A", "Lake Huron",
    # "4,211", "3,876", "14 precincts", "58 percent", "47" (an age), "VFW", "4-3", "2 mills",
    # "2,940 names", "nearly twice", "the first Michigan mayor" (an ordinal), "the rest of Voss'
    # term", "since 1972" gives only "1972", "since 1983" only "1983".
    "port-alder-mayor-recall": (
        "1990-04-11",
        [
            ("Wednesday, April 11, 1990", "DATE", "1990-04-11"),
            ("Tuesday", "DATE", "1990-04-10"),
            ("20 months", "DURATION", "P20M"),
            ("last fall", "DATE", "1989-FA"),
            ("11 p.m.", "TIME", "1990-04-10T23:00"),
            ("7 a.m.", "TIME", "1990-04-10T07:00"),
            ("8 p.m.", "TIME", "1990-04-10T20:00"),
            ("1972", "DATE", "1972"),
            ("about 11:30 p.m.", "TIME", "1990-04-10T23:30"),
            ("September", "DATE", "1989-09"),
            ("now", "DATE", "PRESENT_REF"),
            ("Sept. 12", "DATE", "1989-09-12"),
            ("five years", "DURATION", "P5Y"),
            ("December", "DATE", "1989-12"),
            ("a week", "DURATION", "P1W"),
            ("Jan. 16", "DATE", "1990-01-16"),
            ("1983", "DATE", "1983"),
            ("noon", "TIME", "1990-04-13T12:00"),
            ("Friday", "DATE", "1990-04-13"),
            ("45 days", "DURATION", "P45D"),
            ("Tuesday, May 22", "DATE", "1990-05-22"),
            ("4 p.m.", "TIME", "1990-04-20T16:00"),
            ("April 20", "DATE", "1990-04-20"),
            ("November 1987", "DATE", "1987-11"),
            ("the end of 1991", "DATE", "1991"),
            ("Tuesday night", "TIME", "1990-04-10TNI"),
            ("next year", "DATE", "1991"),
            ("Tuesday", "DATE", "1990-04-10"),
            ("at least a month", "DURATION", "P1M"),
            ("this spring", "DATE", "1990-SP"),
            ("Saturday afternoon", "TIME", "1990-04-07TAF"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("last week", "DATE", "1990-W14"),
            ("Thursday", "DATE", "1990-04-12"),
            ("May", "DATE", "1990-05"),
        ],
    ),
    # Friday 1991-06-28 (ISO week 26), AAP state-politics wire: service line, headline,
    # "HOBART, June 28 AAP -" dateline (its date a DATE of the publication day, gold_blind31)
    # and the sign-off stamp "AAP kd/ms 28/06/91 0742" (day-first slash date a DATE, "0742" a
    # TIME 07:42, like "1330 GMT" in gold_blind20). "today" is Friday; "yesterday" Thursday
    # 1991-06-27 with "10am" that day; the sitting's clock times "3.10am", "4am", "shortly
    # after 1am" and "4.25am" fall after midnight on Friday 1991-06-28 (a clock time after
    # midnight takes the new day, gold_blind7). The Australian financial year runs July-June,
    # named by the year it ends (gold_blind94): "the new financial year begins on Monday" FY1992
    # plus 1991-07-01, "the 1991-92 financial year" FY1992, "the current financial year would
    # end on Sunday" FY1991 plus 1991-06-30, "1989-90" FY1990. "Tuesday night" (the lower
    # house vote) 1991-06-25TNI; "next Thursday" 1991-07-04 (the coming Thursday); "midnight on
    # Sunday" 1991-06-30T24:00 and its DATE; "September 3", "August 13" 1991 ahead; "June 11"
    # 1991-06-11 past; "Last year's bill passed at 1.45am on June 27, 1990" -> "Last year" 1990,
    # "1.45am" 1990-06-27T01:45, "June 27, 1990". Durations: "more than 17 hours" PT17H, "the
    # first five months" P5M, "three days", "six months", "less than three weeks" P3W, "about
    # nine hours" PT9H, "three months" P3M, "the second time in two years" -> "two years" P2Y
    # (a count in a period, gold_blind103). "Fortnightly pay" SET P2W (an adjective naming a
    # recurrence, like "weekly strike benefits" in gold_blind35). "March 1993"; "1989". Not
    # annotated: "AAP NEWS WIRE", "all-night" (headline and lead; an adjective naming a kind of
    # sitting, like "all-night talks" in gold_blind80), "the Supply Bill (No. 2) 1991" (a year
    # as the fixed last element of a bill's name, gold_blind80), "$640 million", "18-16", "$48
    # million", "$21 million", "28,000", "11-8", "recall" (the verb: recall Parliament), "before
    # then" (anaphoric), "down to the wire", "kd/ms".
    "hobart-supply-all-night-sitting": (
        "1991-06-28",
        [
            ("June 28", "DATE", "1991-06-28"),
            ("3.10am", "TIME", "1991-06-28T03:10"),
            ("today", "DATE", "1991-06-28"),
            ("the new financial year", "DATE", "FY1992"),
            ("Monday", "DATE", "1991-07-01"),
            ("10am", "TIME", "1991-06-27T10:00"),
            ("yesterday", "DATE", "1991-06-27"),
            ("more than 17 hours", "DURATION", "PT17H"),
            ("the first five months", "DURATION", "P5M"),
            ("the 1991-92 financial year", "DATE", "FY1992"),
            ("September 3", "DATE", "1991-09-03"),
            ("Tuesday night", "TIME", "1991-06-25TNI"),
            ("three days", "DURATION", "P3D"),
            ("4am", "TIME", "1991-06-28T04:00"),
            ("the current financial year", "DATE", "FY1991"),
            ("Sunday", "DATE", "1991-06-30"),
            ("1989-90", "DATE", "FY1990"),
            ("six months", "DURATION", "P6M"),
            ("June 11", "DATE", "1991-06-11"),
            ("less than three weeks", "DURATION", "P3W"),
            ("Fortnightly", "SET", "P2W"),
            ("next Thursday", "DATE", "1991-07-04"),
            ("midnight", "TIME", "1991-06-30T24:00"),
            ("Sunday", "DATE", "1991-06-30"),
            ("two years", "DURATION", "P2Y"),
            ("Last year", "DATE", "1990"),
            ("1.45am", "TIME", "1990-06-27T01:45"),
            ("June 27, 1990", "DATE", "1990-06-27"),
            ("about nine hours", "DURATION", "PT9H"),
            ("three months", "DURATION", "P3M"),
            ("1am", "TIME", "1991-06-28T01:00"),
            ("4.25am", "TIME", "1991-06-28T04:25"),
            ("August 13", "DATE", "1991-08-13"),
            ("March 1993", "DATE", "1993-03"),
            ("1989", "DATE", "1989"),
            ("28/06/91", "DATE", "1991-06-28"),
            ("0742", "TIME", "1991-06-28T07:42"),
        ],
    ),
    # Monday 1989-03-27 (ISO week 13), Canadian Press story as a B.C. daily printed it: paper's
    # name, date line "Monday, March 27, 1989" and page "A4", section label "PROVINCE",
    # headline ("Friday deadline"), credit "The Canadian Press", "VICTORIA —" dateline. Easter
    # Sunday 1989 was March 26, so "today, Easter Monday" is the publication day, two DATEs
    # (like "Monday is Family Day", gold_blind103). B.C.'s fiscal year runs April-March, named
    # by the year it ends: "the 1989-90 fiscal year" FY1990 (one span, gold_blind94), "the year
    # that begins Saturday" -> "the year" FY1990 plus 1989-04-01, "the fiscal year that ends
    # Friday" FY1989 plus 1989-03-31. Future: "until Friday" 1989-03-31 (headline and lead),
    # "Tuesday at 2 p.m." 1989-03-28 and 1989-03-28T14:00, "April" and "May" 1989 (interim
    # supply; the minister's "in April" too), "effective July 1" -> 1989-07-01 ("effective" a
    # signal), "April 19" 1989-04-19, "the end of June" 1989-06. Past: "March 16" 1989-03-16,
    # "said Sunday" 1989-03-26, "on the weekend" in a Monday paper the weekend just past,
    # 1989-W12-WE (25-26 March), "on Thursday" 1989-03-23, "January" 1989-01, "1982". "every
    # night this week" SET XXXX-XX-XXTNI and DATE 1989-W13 (gold_blind34); the house's usual
    # hours recur, "6 p.m." XXXX-XX-XXT18:00 and "at noon on Fridays" XXXX-XX-XXT12:00 with SET
    # XXXX-WXX-5 (gold_blind20). "Last year's budget was not approved until June 29" -> "Last
    # year" 1988 (gold_blind35) and "June 29" 1988-06-29, the June of that year. "11 weeks"
    # P11W; "three days" P3D; "the past 10 years" P10Y; "three weeks before they vote" P3W (an
    # anchored duration, gold_blind35). Not annotated: "The Island Courier", "A4", "PROVINCE",
    # "$2.9 billion", "$13.2-billion", "$140 million", "$310 million", "seven per cent", "six
    # per cent", "Bill 19", "the last minute", "never", "on schedule", "40,000", "all but two",
    # "Cariboo South", "Room 221", "B.C.".
    "bc-interim-supply-easter-deadline": (
        "1989-03-27",
        [
            ("Monday, March 27, 1989", "DATE", "1989-03-27"),
            ("Friday", "DATE", "1989-03-31"),
            ("Friday", "DATE", "1989-03-31"),
            ("today", "DATE", "1989-03-27"),
            ("Easter Monday", "DATE", "1989-03-27"),
            ("Tuesday", "DATE", "1989-03-28"),
            ("2 p.m.", "TIME", "1989-03-28T14:00"),
            ("April", "DATE", "1989-04"),
            ("May", "DATE", "1989-05"),
            ("the 1989-90 fiscal year", "DATE", "FY1990"),
            ("March 16", "DATE", "1989-03-16"),
            ("the year", "DATE", "FY1990"),
            ("Saturday", "DATE", "1989-04-01"),
            ("the fiscal year", "DATE", "FY1989"),
            ("Friday", "DATE", "1989-03-31"),
            ("July 1", "DATE", "1989-07-01"),
            ("Sunday", "DATE", "1989-03-26"),
            ("11 weeks", "DURATION", "P11W"),
            ("January", "DATE", "1989-01"),
            ("the weekend", "DATE", "1989-W12-WE"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("this week", "DATE", "1989-W13"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("Thursday", "DATE", "1989-03-23"),
            ("April", "DATE", "1989-04"),
            ("1982", "DATE", "1982"),
            ("three days", "DURATION", "P3D"),
            ("the past 10 years", "DURATION", "P10Y"),
            ("Last year", "DATE", "1988"),
            ("June 29", "DATE", "1988-06-29"),
            ("April 19", "DATE", "1989-04-19"),
            ("three weeks", "DURATION", "P3W"),
            ("the end of June", "DATE", "1989-06"),
        ],
    ),
    # Sunday 1990-02-18 (ISO week 7), US Sunday paper's statehouse box: paper's name, date line
    # "Sunday, February 18, 1990", page "B5", label "STATEHOUSE WEEK", bureau credit,
    # "ANNAPOLIS -" dateline, then "THE WEEK AHEAD" (day heads "Monday, Feb. 19" to "Friday,
    # Feb. 23", each one DATE span with its weekday, gold_blind39), "ROLL CALLS" (heads
    # "Thursday, Feb. 15" and "Friday, Feb. 16", each with its roll-call time a TIME on that
    # day), "THE SPECIAL ELECTION" and "ON THE CALENDAR". "this week", "next week" and "last
    # week" were kept out (ambiguous in a Sunday paper, gold_blind41, gold_blind60); the head
    # "THE WEEK AHEAD" is not ambiguous and names the coming week, 1990-W08 (19-25 February),
    # a DATE like "The winter ahead" (gold_blind103), in capitals as printed. "Presidents
    # Day" 1990 is the third Monday of February, 1990-02-19, the same day as its head
    # (gold_blind56). The session "opened Jan. 10 and must end at midnight April 9":
    # 1990-01-10, "midnight" 1990-04-09T24:00 and "April 9"; the calendar's "April 9, midnight"
    # the same two values. Tuesday's times "11 a.m.", "noon", "1 p.m.", "past 9 p.m." (-> "9
    # p.m.", "past" a signal, gold_blind35) on 1990-02-20; "at 5 p.m." on Friday 1990-02-23;
    # the special election "March 6" 1990-03-06 and its polling hours "from 7 a.m. to 8 p.m."
    # on that day. Maryland's fiscal year runs July-June: "fiscal 1991, which starts July 1"
    # FY1991 plus 1990-07-01. "Last year's budget cleared the committee March 3" -> "Last year"
    # 1989 and "March 3" 1989-03-03; "last year" 1989. "Oct. 1" 1990-10-01 (future); "Jan. 31"
    # 1990-01-31; "through January 1991" -> "January 1991"; "the Sept. 11 primary" -> "Sept.
    # 11" 1990-09-11; "March 19" 1990-03-19. "last Tuesday" in a Sunday paper is the most recent
    # Tuesday, 1990-02-13 (gold_blind10); her "by the end of the week", said then, is the end of
    # that week, 1990-W07 (the modifier not recorded, gold_blind35); "by Saturday" 1990-02-17.
    # "90-day" P90D; "less than three weeks away" P3W (the special election 16 days off);
    # "after 14 years" P14Y; "every four years" SET P4Y; "posted daily at 8 a.m." SET P1D and
    # XXXX-XX-XXT08:00. Not annotated: "THE SUNDAY LEDGER", "B5", "HB 1990" (a bill number that
    # is the year of the story), "301-555-1990" (a phone number ending in it), "5-cent", "60
    # witnesses", "$9.4 billion", "two-thirds", "31st District" (twice), "SB 211", "10 cents a
    # pack", "30-17", "HB 430", "62-71", "Two", "Sine die", "Crossover", "STATEHOUSE WEEK" (a
    # column's name), "the midpoint", "the rest of Hoyt's term", "Room 140".
    "annapolis-statehouse-week-box": (
        "1990-02-18",
        [
            ("Sunday, February 18, 1990", "DATE", "1990-02-18"),
            ("90-day", "DURATION", "P90D"),
            ("less than three weeks", "DURATION", "P3W"),
            ("Jan. 10", "DATE", "1990-01-10"),
            ("midnight", "TIME", "1990-04-09T24:00"),
            ("April 9", "DATE", "1990-04-09"),
            ("THE WEEK AHEAD", "DATE", "1990-W08"),
            ("Monday, Feb. 19", "DATE", "1990-02-19"),
            ("Presidents Day", "DATE", "1990-02-19"),
            ("Tuesday, Feb. 20", "DATE", "1990-02-20"),
            ("11 a.m.", "TIME", "1990-02-20T11:00"),
            ("noon", "TIME", "1990-02-20T12:00"),
            ("1 p.m.", "TIME", "1990-02-20T13:00"),
            ("9 p.m.", "TIME", "1990-02-20T21:00"),
            ("Wednesday, Feb. 21", "DATE", "1990-02-21"),
            ("fiscal 1991", "DATE", "FY1991"),
            ("July 1", "DATE", "1990-07-01"),
            ("Last year", "DATE", "1989"),
            ("March 3", "DATE", "1989-03-03"),
            ("Thursday, Feb. 22", "DATE", "1990-02-22"),
            ("last year", "DATE", "1989"),
            ("Friday, Feb. 23", "DATE", "1990-02-23"),
            ("5 p.m.", "TIME", "1990-02-23T17:00"),
            ("March 6", "DATE", "1990-03-06"),
            ("Thursday, Feb. 15", "DATE", "1990-02-15"),
            ("4:52 p.m.", "TIME", "1990-02-15T16:52"),
            ("Oct. 1", "DATE", "1990-10-01"),
            ("Friday, Feb. 16", "DATE", "1990-02-16"),
            ("11:08 a.m.", "TIME", "1990-02-16T11:08"),
            ("every four years", "SET", "P4Y"),
            ("Jan. 31", "DATE", "1990-01-31"),
            ("14 years", "DURATION", "P14Y"),
            ("7 a.m.", "TIME", "1990-03-06T07:00"),
            ("8 p.m.", "TIME", "1990-03-06T20:00"),
            ("January 1991", "DATE", "1991-01"),
            ("Sept. 11", "DATE", "1990-09-11"),
            ("last Tuesday", "DATE", "1990-02-13"),
            ("the end of the week", "DATE", "1990-W07"),
            ("Saturday", "DATE", "1990-02-17"),
            ("March 19", "DATE", "1990-03-19"),
            ("April 9", "DATE", "1990-04-09"),
            ("midnight", "TIME", "1990-04-09T24:00"),
            ("daily", "SET", "P1D"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
