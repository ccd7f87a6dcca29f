"""Annotations of blind gold set 420, chosen by hand before the tagger ran.

    python tests/data/gold_blind420/annotate.py [--show]

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
    # Monday 1989-10-16 (ISO week 42), AP national labor story, header line "Monday, October
    # 16, 1989" (one DATE span with its weekday, gold_blind34), byline, "HALSTEAD FALLS, Kan.
    # (AP) _" dateline; "today" is the wire day. The strike began on Labor Day 1989, the
    # first Monday of September, 1989-09-04: the contract "expired at midnight Sept. 3" ->
    # "midnight" 1989-09-03T24:00 (the midnight that ends the named day, gold_blind29) and
    # "Sept. 3" its own DATE; "the next morning" 1989-09-04TMO, anchored on it. "Six Weeks"
    # (headline) and "six weeks" DURATION P6W (Sept. 4 to Oct. 16). Past weekdays: the mediator
    # met "Friday and Saturday" 1989-10-13 and 1989-10-14 and announced "late Sunday night"
    # 1989-10-15TNI (one TIME span, like "late Tuesday night" in gold_blind47); the company
    # "said Wednesday" 1989-10-11. Future: talks "Thursday" (headline, lead, "10 a.m.
    # Thursday") 1989-10-19, "the weekend" 1989-W42-WE (21-22 October). "for the first time in
    # two decades" -> "two decades" P20Y (the period of a "first in"). "Since September" ->
    # "September" 1989-09; "every Saturday night" SET XXXX-WXX-6TNI (a past habit); "every
    # Friday" SET XXXX-WXX-5. Corvin's fiscal year "ends June 30" (present tense: the year now
    # running) -> "June 30" 1990-06-30 (gold_blind33); "its fiscal first quarter, which ended
    # Sept. 30" FY1990-Q1 (July-September 1989, the possessive kept, gold_blind63) and "a year
    # earlier" after it FY1989-Q1 (gold_blind35); "Last week" 1989-W41. "January" (a contract
    # renewal ahead) 1990-01; "Thanksgiving" 1989 the fourth Thursday of November, 1989-11-23.
    # "as much as three weeks" P3W, the modifier kept; "within 48 hours" -> "48 hours" PT48H.
    # Not annotated: "Local 1447", "Series 1900" (a product series holding a year-like
    # number), "316-555-1989" (a phone number ending in the year of the story), "2,400", "9
    # percent", "12 percent", "$1,000", "47" (an age), "600", "$4.1 million", "$2.7 million",
    # "a third", "140", "$100", "800 families", "by then" and "since the walkout began"
    # (anaphoric and event-named), "when times were bad", "a third session", "the first time".
    "corvin-machinists-strike-talks": (
        "1989-10-16",
        [
            ("Six Weeks", "DURATION", "P6W"),
            ("Thursday", "DATE", "1989-10-19"),
            ("Monday, October 16, 1989", "DATE", "1989-10-16"),
            ("six weeks", "DURATION", "P6W"),
            ("today", "DATE", "1989-10-16"),
            ("Thursday", "DATE", "1989-10-19"),
            ("Labor Day", "DATE", "1989-09-04"),
            ("Friday", "DATE", "1989-10-13"),
            ("Saturday", "DATE", "1989-10-14"),
            ("late Sunday night", "TIME", "1989-10-15TNI"),
            ("10 a.m.", "TIME", "1989-10-19T10:00"),
            ("Thursday", "DATE", "1989-10-19"),
            ("the weekend", "DATE", "1989-W42-WE"),
            ("three-year", "DURATION", "P3Y"),
            ("midnight", "TIME", "1989-09-03T24:00"),
            ("Sept. 3", "DATE", "1989-09-03"),
            ("the next morning", "TIME", "1989-09-04TMO"),
            ("1977", "DATE", "1977"),
            ("97 days", "DURATION", "P97D"),
            ("three years", "DURATION", "P3Y"),
            ("1986", "DATE", "1986"),
            ("two decades", "DURATION", "P20Y"),
            ("Now", "DATE", "PRESENT_REF"),
            ("22 years", "DURATION", "P22Y"),
            ("every Saturday night", "SET", "XXXX-WXX-6TNI"),
            ("September", "DATE", "1989-09"),
            ("Wednesday", "DATE", "1989-10-11"),
            ("Oct. 30", "DATE", "1989-10-30"),
            ("12-hour", "DURATION", "PT12H"),
            ("this month", "DATE", "1989-10"),
            ("as much as three weeks", "DURATION", "P3W"),
            ("June 30", "DATE", "1990-06-30"),
            ("Last week", "DATE", "1989-W41"),
            ("its fiscal first quarter", "DATE", "FY1990-Q1"),
            ("Sept. 30", "DATE", "1989-09-30"),
            ("a year earlier", "DATE", "FY1989-Q1"),
            ("Nov. 15", "DATE", "1989-11-15"),
            ("January", "DATE", "1990-01"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("Thanksgiving", "DATE", "1989-11-23"),
            ("48 hours", "DURATION", "PT48H"),
        ],
    ),
    # Thursday 1990-02-15 (ISO week 7), NYT-style national story, headline ("Into Summer"),
    # date line "Published: February 15, 1990" (the label left out), byline "Special to The
    # New York Times", "PORT SEDLEY, Me. —" dateline without date; "yesterday" is Wednesday
    # 1990-02-14 and "last night" its night, 1990-02-14TNI (gold_blind35). The grounding was
    # "at 11:40 p.m. on Saturday" 1990-02-10T23:40 and 1990-02-10; "Five days after" it
    # DURATION P5D; "that night" 1990-02-10TNI and "the next day" 1990-02-11 anchored on it;
    # "the previous week" (the inspection, told in the grounding's paragraph) the ISO week
    # before the grounding's week 6, 1990-W05 (gold_blind47); "By Monday, two days later" two
    # DATEs 1990-02-12 (gold_blind29); "on Tuesday afternoon" 1990-02-13TAF; "arrived Sunday"
    # 1990-02-11, "closed ... on Monday" 1990-02-12, "cancellations started Tuesday"
    # 1990-02-13. Future: "tomorrow" 1990-02-16, "next week" 1990-W08, "March 6", "mid-May"
    # 1990-05, "till June" -> "June" 1990-06, "Memorial Day" 1990 the last Monday of May,
    # 1990-05-28. "Summer" (headline) and "the summer" 1990-SU; "this spring" 1990-SP; "the
    # winter" now running in February, 1990-WI (a winter takes the year of its January,
    # gold_blind10). "the fiscal year that ends June 30" is the state's, FY1990 plus
    # 1990-06-30 (named by the year it ends, gold_blind13). The cleanup hours recur, "from 7
    # a.m. to 5 p.m. every day" -> two TIMEs XXXX-XX-XXThh:mm and SET P1D (gold_blind32);
    # "weekly reimbursements" SET P1W (an adjective naming a recurrence, gold_blind35); "for
    # years" -> "years" PXY. Not annotated: "40 Miles", "620-foot", "9.2 million gallons",
    # "1.3 million gallons", "12 miles", "1,140", "61" and "14" (ages: "since I was 14" is an
    # age, not a date), "900", "$2.3 million", "so far", "the region's summer economy" (an
    # adjectival season naming a kind, like "Summer programs" in gold_blind103).
    "aurora-star-merrow-bay-oil-spill": (
        "1990-02-15",
        [
            ("Summer", "DATE", "1990-SU"),
            ("February 15, 1990", "DATE", "1990-02-15"),
            ("Five days", "DURATION", "P5D"),
            ("yesterday", "DATE", "1990-02-14"),
            ("the summer", "DATE", "1990-SU"),
            ("11:40 p.m.", "TIME", "1990-02-10T23:40"),
            ("Saturday", "DATE", "1990-02-10"),
            ("the previous week", "DATE", "1990-W05"),
            ("that night", "TIME", "1990-02-10TNI"),
            ("the next day", "DATE", "1990-02-11"),
            ("Monday", "DATE", "1990-02-12"),
            ("two days later", "DATE", "1990-02-12"),
            ("Tuesday afternoon", "TIME", "1990-02-13TAF"),
            ("last night", "TIME", "1990-02-14TNI"),
            ("Monday", "DATE", "1990-02-12"),
            ("at least 30 days", "DURATION", "P30D"),
            ("March 1972", "DATE", "1972-03"),
            ("nearly three years", "DURATION", "P3Y"),
            ("the 1970s", "DATE", "197"),
            ("this spring", "DATE", "1990-SP"),
            ("June", "DATE", "1990-06"),
            ("30 years", "DURATION", "P30Y"),
            ("Sunday", "DATE", "1990-02-11"),
            ("tomorrow", "DATE", "1990-02-16"),
            ("next week", "DATE", "1990-W08"),
            ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("every day", "SET", "P1D"),
            ("the winter", "DATE", "1990-WI"),
            ("the fiscal year", "DATE", "FY1990"),
            ("June 30", "DATE", "1990-06-30"),
            ("weekly", "SET", "P1W"),
            ("Memorial Day", "DATE", "1990-05-28"),
            ("Tuesday", "DATE", "1990-02-13"),
            ("March 6", "DATE", "1990-03-06"),
            ("mid-May", "DATE", "1990-05"),
            ("three months", "DURATION", "P3M"),
            ("years", "DURATION", "PXY"),
        ],
    ),
    # Saturday 1990-09-22 (ISO week 38), AP foreign story with a "KEY DATES" box, header line
    # "Saturday, September 22, 1990", byline, "MARAK, Belsora (AP) _" dateline; "today" is the
    # wire day. The two hostages were found "shortly after 4 p.m. Friday" 1990-09-21T16:00
    # and 1990-09-21 ("shortly after" a signal), reached the capital "that evening"
    # 1990-09-21TEV and were examined "that night" 1990-09-21TNI; "a day after" their release
    # and "two days after the government freed" are anchored durations, P1D and P2D
    # (gold_blind29, gold_blind32). "on Thursday it set a new deadline of noon Oct. 1" ->
    # "Thursday" 1990-09-20 (past), "noon" 1990-10-01T12:00 and "Oct. 1" (also the headline's).
    # "the previous week" (the government's denial, told of the freeing on Wednesday Sept. 19,
    # week 38) is the week before, 1990-W37 (gold_blind47). "more than five weeks" P5W (Aug.
    # 14 to Sept. 21); "the first week" of captivity DURATION P1W (an ordinal period of an
    # event, gold_blind35); "soon" in reported speech FUTURE_REF (gold_blind32); "every
    # morning" XXXX-XX-XXTMO; "about once a week" SET P1W with the modifier kept (like "at least
    # once a day", gold_blind103); "for an hour on Sundays" PT1H and SET XXXX-WXX-7; "every
    # evening since Aug. 20" a SET and a DATE (gold_blind35's "every Saturday since
    # mid-January"); "early next week" 1990-W39; "last month" 1990-08; "Christmas" 1990-12-25.
    # In the box (all past, 1990): "within four weeks" -> P4W; "Two days later" after "Sept.
    # 13" 1990-09-15 (anchored on the entry's date); "by two weeks" P2W, the size of a shift.
    # Not annotated: "2 of 11", "52", "29" (ages), "42 prisoners", "$5 million", "14 villages",
    # "$1.2 billion", "3,000 people", "90 miles", "six prisoners", "KEY DATES" (a box title).
    "belsora-dam-hostages-two-freed": (
        "1990-09-22",
        [
            ("Oct. 1", "DATE", "1990-10-01"),
            ("Saturday, September 22, 1990", "DATE", "1990-09-22"),
            ("more than five weeks", "DURATION", "P5W"),
            ("today", "DATE", "1990-09-22"),
            ("a day", "DURATION", "P1D"),
            ("4 p.m.", "TIME", "1990-09-21T16:00"),
            ("Friday", "DATE", "1990-09-21"),
            ("that evening", "TIME", "1990-09-21TEV"),
            ("that night", "TIME", "1990-09-21TNI"),
            ("Aug. 14", "DATE", "1990-08-14"),
            ("Thursday", "DATE", "1990-09-20"),
            ("noon", "TIME", "1990-10-01T12:00"),
            ("Oct. 1", "DATE", "1990-10-01"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("soon", "DATE", "FUTURE_REF"),
            ("the first week", "DURATION", "P1W"),
            ("about once a week", "SET", "P1W"),
            ("an hour", "DURATION", "PT1H"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("1983", "DATE", "1983"),
            ("today", "DATE", "1990-09-22"),
            ("the past 10 days", "DURATION", "P10D"),
            ("early next week", "DATE", "1990-W39"),
            ("two days", "DURATION", "P2D"),
            ("the previous week", "DATE", "1990-W37"),
            ("1993", "DATE", "1993"),
            ("1986", "DATE", "1986"),
            ("last month", "DATE", "1990-08"),
            ("1978", "DATE", "1978"),
            ("63 days", "DURATION", "P63D"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("Aug. 20", "DATE", "1990-08-20"),
            ("Christmas", "DATE", "1990-12-25"),
            ("Aug. 14", "DATE", "1990-08-14"),
            ("Aug. 16", "DATE", "1990-08-16"),
            ("four weeks", "DURATION", "P4W"),
            ("Aug. 31", "DATE", "1990-08-31"),
            ("Sept. 13", "DATE", "1990-09-13"),
            ("Two days later", "DATE", "1990-09-15"),
            ("two weeks", "DURATION", "P2W"),
            ("Sept. 19", "DATE", "1990-09-19"),
            ("Sept. 21", "DATE", "1990-09-21"),
        ],
    ),
    # Tuesday 1991-05-14 (ISO week 20), NYT-style Metro story on a city budget crisis,
    # headline, date line "Tuesday, May 14, 1991", byline "Special to The New York Times",
    # "HOLLISPORT, Conn. —" dateline without date; "last night" is Monday 1991-05-13TNI,
    # "yesterday" 1991-05-13, "tomorrow morning" 1991-05-15TMO. Hollisport's fiscal year runs
    # July-June and is named by the year it ends (gold_blind13, gold_blind29): "the fiscal year
    # that begins July 1" FY1992 plus 1991-07-01, "the current fiscal year, which ends June 30"
    # FY1991 plus 1991-06-30, "fiscal 1987" FY1987, "the fiscal third quarter, which ended
    # March 31" FY1991-Q3 (January-March 1991) plus 1991-03-31 and "a year earlier" after it
    # FY1990-Q3. "came four days after Moody's ... lowered" -> "four days" P4D (anchored);
    # "for the second time in 14 months" -> "14 months" P14M (the period of an ordinal count,
    # gold_blind103). "shut the public libraries on Saturdays" SET XXXX-WXX-6; "once a week"
    # and "twice a week" SET P1W; "a 90-day hiring freeze" P90D; "through December" 1991-12;
    # "This summer" 1991-SU, "July 4" and "Memorial Day" 1991 (the last Monday of May,
    # 1991-05-27), the pools' opening days this year. Future: "7 p.m. Thursday"
    # 1991-05-16T19:00 and 1991-05-16, "by June 1", "next week" 1991-W21, "early next month"
    # 1991-06 (the month's value, gold_blind32). "the 1980s" 198, "the 1930s" 193. Not
    # annotated: "410", "$38 Million", "$312 million", "three firehouses", "$11 million", "$4
    # million", "141,000", "20 percent", "6 percent", "Engine Company 12", "Ladder 4", "52.5
    # mills", "48", "Local 1303", "5 percent", "58" (an age), "the first Connecticut city".
    "hollisport-budget-layoffs": (
        "1991-05-14",
        [
            ("Tuesday, May 14, 1991", "DATE", "1991-05-14"),
            ("last night", "TIME", "1991-05-13TNI"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("the fiscal year", "DATE", "FY1992"),
            ("July 1", "DATE", "1991-07-01"),
            ("June 28", "DATE", "1991-06-28"),
            ("1976", "DATE", "1976"),
            ("four days", "DURATION", "P4D"),
            ("14 months", "DURATION", "P14M"),
            ("the current fiscal year", "DATE", "FY1991"),
            ("June 30", "DATE", "1991-06-30"),
            ("now", "DATE", "PRESENT_REF"),
            ("January", "DATE", "1991-01"),
            ("December 1989", "DATE", "1989-12"),
            ("the past two years", "DURATION", "P2Y"),
            ("the 1980s", "DATE", "198"),
            ("fiscal 1987", "DATE", "FY1987"),
            ("the past two years", "DURATION", "P2Y"),
            ("the fiscal third quarter", "DATE", "FY1991-Q3"),
            ("March 31", "DATE", "1991-03-31"),
            ("a year earlier", "DATE", "FY1990-Q3"),
            ("once a week", "SET", "P1W"),
            ("twice a week", "SET", "P1W"),
            ("September", "DATE", "1991-09"),
            ("90-day", "DURATION", "P90D"),
            ("December", "DATE", "1991-12"),
            ("This summer", "DATE", "1991-SU"),
            ("July 4", "DATE", "1991-07-04"),
            ("Memorial Day", "DATE", "1991-05-27"),
            ("July 1", "DATE", "1991-07-01"),
            ("six months", "DURATION", "P6M"),
            ("1976", "DATE", "1976"),
            ("10 years", "DURATION", "P10Y"),
            ("7 p.m.", "TIME", "1991-05-16T19:00"),
            ("Thursday", "DATE", "1991-05-16"),
            ("June 1", "DATE", "1991-06-01"),
            ("tomorrow morning", "TIME", "1991-05-15TMO"),
            ("next week", "DATE", "1991-W21"),
            ("the 1930s", "DATE", "193"),
            ("yesterday", "DATE", "1991-05-13"),
            ("early next month", "DATE", "1991-06"),
        ],
    ),
    # Friday 1991-03-08 (ISO week 10), NYT-style foreign story from London, headline, date
    # line "March 8, 1991", byline "Special to The New York Times", "LONDON —" dateline; the
    # resignation was "yesterday", Thursday 1991-03-07: "early yesterday" one DATE span (like
    # "early today", gold_blind32), the letter "at 6:15 p.m." that day, "last night"
    # 1991-03-07TNI; "Wednesday night" 1991-03-06TNI. "four days after a Sunday newspaper
    # reported" -> "four days" P4D (anchored); "On Sunday" 1991-03-03, "on Monday" 1991-03-04,
    # "on Wednesday" 1991-03-06, "At question time on Tuesday" 1991-03-05 and "that evening"
    # 1991-03-05TEV, "could not survive the week" 1991-W10 (the week of that Tuesday); "next
    # Wednesday" the nearest coming one, 1991-03-13 (gold_blind29). "Nov. 16" and "Nov. 27"
    # past, 1990; "11 days later" after Nov. 16 an anchored DATE 1990-11-27 (gold_blind29's
    # "two days later"), with the apposed date before it; "the previous month" anchored on
    # November 1990, 1990-10 (gold_blind23). "two years before the company went public" P2Y.
    # "Saturday mornings" SET XXXX-WXX-6TMO (gold_blind10's "Friday afternoons"); "the tax year
    # that ends April 5" is the British tax year 1990-91, named by the year it ends like a
    # financial year (gold_blind67), FY1991 plus 1991-04-05. "the spring" 1991-SP, "May"
    # 1991-05, "June" 1991-06; "a bad winter" -> "winter" 1991-WI (the winter of 1990-91,
    # the head noun only, gold_blind103) and "a bad March" -> "March" 1991-03 (gold_blind44's
    # "a colder than average November"). Not annotated: "a Sunday newspaper" (a kind of paper)
    # and "The Sunday Courier" (a name), "the 1922 Committee" (a body named by a year), "£40
    # million", "44" (an age), "20,000 shares", "three Channel ports", "£31,000", "18 percent",
    # "question time", "afterward".
    "penhallow-minister-resigns-shares": (
        "1991-03-08",
        [
            ("March 8, 1991", "DATE", "1991-03-08"),
            ("yesterday", "DATE", "1991-03-07"),
            ("four days", "DURATION", "P4D"),
            ("Wednesday night", "TIME", "1991-03-06TNI"),
            ("early yesterday", "DATE", "1991-03-07"),
            ("6:15 p.m.", "TIME", "1991-03-07T18:15"),
            ("last night", "TIME", "1991-03-07TNI"),
            ("Sunday", "DATE", "1991-03-03"),
            ("Nov. 16", "DATE", "1990-11-16"),
            ("Monday", "DATE", "1991-03-04"),
            ("Wednesday", "DATE", "1991-03-06"),
            ("Nov. 27", "DATE", "1990-11-27"),
            ("11 days later", "DATE", "1990-11-27"),
            ("yesterday", "DATE", "1991-03-07"),
            ("the previous month", "DATE", "1990-10"),
            ("Tuesday", "DATE", "1991-03-05"),
            ("an hour", "DURATION", "PT1H"),
            ("that evening", "TIME", "1991-03-05TEV"),
            ("the week", "DATE", "1991-W10"),
            ("1983", "DATE", "1983"),
            ("July 1989", "DATE", "1989-07"),
            ("1986", "DATE", "1986"),
            ("two years", "DURATION", "P2Y"),
            ("the late 1980s", "DATE", "198"),
            ("July 1992", "DATE", "1992-07"),
            ("Saturday mornings", "SET", "XXXX-WXX-6TMO"),
            ("next Wednesday", "DATE", "1991-03-13"),
            ("the tax year", "DATE", "FY1991"),
            ("April 5", "DATE", "1991-04-05"),
            ("this week", "DATE", "1991-W10"),
            ("five-year", "DURATION", "P5Y"),
            ("June", "DATE", "1991-06"),
            ("the spring", "DATE", "1991-SP"),
            ("May", "DATE", "1991-05"),
            ("winter", "DATE", "1991-WI"),
            ("March", "DATE", "1991-03"),
        ],
    ),
    # Wednesday 1989-11-29 (ISO week 48), AP foreign story on an earthquake's aftermath,
    # header line "Wednesday, November 29, 1989", byline, "MONTESARRO, Italy (AP) _" dateline;
    # "today" is the wire day. The quake "struck at 4:12 a.m. on Nov. 1, All Saints' Day" ->
    # 1989-11-01T04:12, "Nov. 1" and the holiday in apposition, two DATEs (gold_blind36);
    # "Four Weeks" (headline) and "Four weeks after" P4W. "by midmorning" and "that evening"
    # are parts of the quake's day, 1989-11-01TMO and 1989-11-01TEV (gold_blind39's "By
    # midafternoon"); "the night of the quake" one TIME span dated by the evening it began on,
    # 1989-10-31TNI, although the quake came after midnight (gold_blind29's "the night of the
    # fire"); "overnight" (the snow, told on Wednesday) the night begun on Tuesday evening,
    # 1989-11-28TNI (gold_blind103). "more than 50 hours" PT50H; "two days later" after "Nov.
    # 3" 1989-11-05. Past weekdays: "by Monday" and "reopened Monday" 1989-11-27, "9:30 p.m.
    # Sunday" 1989-11-26T21:30 and 1989-11-26. Future: "by Friday" 1989-12-01, "the weekend"
    # 1989-W48-WE (2-3 December), "January" 1990-01, "February" 1990-02, "Christmas"
    # 1989-12-25 (twice), "Epiphany" 1990-01-06, "spring" 1990-SP, "the end of the year" 1989.
    # "16th-century" DATE 15 (gold_blind4, gold_blind31); "almost every day" SET P1D with the
    # modifier kept (gold_blind35); "twice a day" SET P1D. Not annotated: "the first snow of
    # the season" ("the season" has no calendar unit, gold_blind103), "the holiday"
    # (anaphoric), "morning classes" and "afternoon classes" and "night temperatures"
    # (adjectives naming kinds), "6,000", "5.9" and "4.2" (magnitudes), "87", "9-year-old",
    # "1,500", "40", "71" and "49" (ages), "2,300", "1,100", "400 billion lire", "$290
    # million", "14 degrees", "300 more heated caravans", "that long".
    "montesarro-quake-tents-winter": (
        "1989-11-29",
        [
            ("Four Weeks", "DURATION", "P4W"),
            ("Wednesday, November 29, 1989", "DATE", "1989-11-29"),
            ("Four weeks", "DURATION", "P4W"),
            ("overnight", "TIME", "1989-11-28TNI"),
            ("4:12 a.m.", "TIME", "1989-11-01T04:12"),
            ("Nov. 1", "DATE", "1989-11-01"),
            ("All Saints' Day", "DATE", "1989-11-01"),
            ("midmorning", "TIME", "1989-11-01TMO"),
            ("that evening", "TIME", "1989-11-01TEV"),
            ("Nov. 3", "DATE", "1989-11-03"),
            ("more than 50 hours", "DURATION", "PT50H"),
            ("two days later", "DATE", "1989-11-05"),
            ("last week", "DATE", "1989-W47"),
            ("Christmas", "DATE", "1989-12-25"),
            ("Monday", "DATE", "1989-11-27"),
            ("today", "DATE", "1989-11-29"),
            ("January", "DATE", "1990-01"),
            ("February", "DATE", "1990-02"),
            ("Christmas", "DATE", "1989-12-25"),
            ("Epiphany", "DATE", "1990-01-06"),
            ("spring", "DATE", "1990-SP"),
            ("the night of the quake", "TIME", "1989-10-31TNI"),
            ("almost every day", "SET", "P1D"),
            ("9:30 p.m.", "TIME", "1989-11-26T21:30"),
            ("Sunday", "DATE", "1989-11-26"),
            ("Nov. 6", "DATE", "1989-11-06"),
            ("16th-century", "DATE", "15"),
            ("1972", "DATE", "1972"),
            ("Monday", "DATE", "1989-11-27"),
            ("twice a day", "SET", "P1D"),
            ("the next three years", "DURATION", "P3Y"),
            ("the end of the year", "DATE", "1989"),
            ("the weekend", "DATE", "1989-W48-WE"),
            ("Friday", "DATE", "1989-12-01"),
            ("1973", "DATE", "1973"),
            ("four years", "DURATION", "P4Y"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
