"""Annotations of the four-hundred-and-twenty-eighth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind428/annotate.py [--show]

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
    # Monday 1998-10-26 (ISO week 44), newspaper campaign story, rubric "THE 1998 CAMPAIGN: THE
    # HOUSE" ("1998" an adjectival year, like "the 2016 race" in gold_blind41), headline
    # ("Eight Days Out" DURATION P8D), byline, date line "Monday, October 26, 1998" (one DATE
    # span with its weekday, gold_blind32, gold_blind35), "CANTRELL FALLS, Ohio —" dateline
    # without date. Election Day is Tuesday 1998-11-03, "eight days away" (P8D). Past: the
    # diner stop "at 6:15 a.m. on Sunday" 1998-10-25T06:15 and "by 6 p.m." that day; the poll
    # "taken Tuesday through Thursday" 1998-10-20 and 1998-10-22; "Saturday night"
    # 1998-10-24TNI; "said on Sunday" 1998-10-25; "last week" 1998-W43; the House adjourned
    # "on Oct. 21". Future: "by Friday evening" 1998-10-30TEV; the debate "set for Wednesday"
    # and the town meeting "on Wednesday" 1998-10-28; "On Tuesday" 1998-10-27; "The next day"
    # after that Wednesday is Thursday 1998-10-29 (narrative anchor, gold_blind32); "this
    # evening" 1998-10-26TEV; "today" with "the 7 a.m. shift change" and "at 8 p.m." on the
    # publication day; the polls "from 6:30 a.m. to 7:30 p.m." on Election Day, 1998-11-03.
    # "This fall" 1998-FA; "this month" 1998-10; "early September" 1998-09 (the month,
    # gold_blind32's "early July"); "Two years ago" 1996 (the unit's granularity); "his 1997
    # vote" an adjectival year; "the spring of 1996" one span; "two-year" (term) DURATION P2Y;
    # "every weekend" SET XXXX-WXX-WE; "every night" SET XXXX-XX-XXTNI; "Labor Day" 1998-09-07
    # (first Monday of September); "since July" 1998-07; "December" ahead 1998-12. Not
    # annotated: "Local 1998" (a union local in a 1998 story, like "Local 1990" in gold_blind35),
    # "the 14th Congressional District", "an eighth two-year term" beyond "two-year", "Route
    # 30", "The Lorain Valley Courier", "44-year-old", "61", "46 percent", "43 percent", "plus
    # or minus 4 percentage points", "15 points", "212 miles", "nine counties", "about 80
    # people", "1,100 jobs", "$300,000", "twice", "a third debate", "the canceled debate".
    "marchetti-gaines-ohio-house-bus-tour": (
        "1998-10-26",
        [
            ("1998", "DATE", "1998"),
            ("Eight Days", "DURATION", "P8D"),
            ("Monday, October 26, 1998", "DATE", "1998-10-26"),
            ("6:15 a.m.", "TIME", "1998-10-25T06:15"),
            ("Sunday", "DATE", "1998-10-25"),
            ("6 p.m.", "TIME", "1998-10-25T18:00"),
            ("1984", "DATE", "1984"),
            ("two-year", "DURATION", "P2Y"),
            ("Election Day", "DATE", "1998-11-03"),
            ("eight days", "DURATION", "P8D"),
            ("Nov. 3", "DATE", "1998-11-03"),
            ("Friday evening", "TIME", "1998-10-30TEV"),
            ("Two years ago", "DATE", "1996"),
            ("This fall", "DATE", "1998-FA"),
            ("Tuesday", "DATE", "1998-10-20"),
            ("Thursday", "DATE", "1998-10-22"),
            ("early September", "DATE", "1998-09"),
            ("Saturday night", "TIME", "1998-10-24TNI"),
            ("Sunday", "DATE", "1998-10-25"),
            ("this month", "DATE", "1998-10"),
            ("Wednesday", "DATE", "1998-10-28"),
            ("last week", "DATE", "1998-W43"),
            ("14 years", "DURATION", "P14Y"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("Oct. 21", "DATE", "1998-10-21"),
            ("this evening", "TIME", "1998-10-26TEV"),
            ("1997", "DATE", "1997"),
            ("the spring of 1996", "DATE", "1996-SP"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("Labor Day", "DATE", "1998-09-07"),
            ("July", "DATE", "1998-07"),
            ("today", "DATE", "1998-10-26"),
            ("7 a.m.", "TIME", "1998-10-26T07:00"),
            ("8 p.m.", "TIME", "1998-10-26T20:00"),
            ("Tuesday", "DATE", "1998-10-27"),
            ("Wednesday", "DATE", "1998-10-28"),
            ("The next day", "DATE", "1998-10-29"),
            ("1974", "DATE", "1974"),
            ("the next eight days", "DURATION", "P8D"),
            ("Election Day", "DATE", "1998-11-03"),
            ("13 hours", "DURATION", "PT13H"),
            ("6:30 a.m.", "TIME", "1998-11-03T06:30"),
            ("7:30 p.m.", "TIME", "1998-11-03T19:30"),
            ("December", "DATE", "1998-12"),
        ],
    ),
    # Thursday 1998-09-24 (ISO week 39), Post-style "THE FEDERAL PAGE" story, headline and
    # deck ("March 31 Deadline"), byline, "Washington Post Staff Writer", date line "Thursday,
    # September 24, 1998; Page A23" (one DATE span; "Page A23" not annotated), no dateline.
    # "yesterday" (the hearing, twice) is Wednesday 1998-09-23, "at 10 a.m." that day, "last
    # night" its night 1998-09-23TNI (gold_blind35). "March 31" (headline and lead) is the
    # coming one, 1999-03-31. "Jan. 1, 2000" is 464 days after the publication day (checked
    # with datetime): "464 days" DURATION P464D, anchored to the date change (gold_blind35);
    # "Fifteen months" P15M; "a decade" P10Y (how long building took). "the 1960s and 1970s"
    # -> "the 1960s" 196 and "1970s" 197. "read \"00\" as 1900" -> "1900" DATE 1900 (see
    # README); "Sept. 9, 1999", "Feb. 29, 2000" (a Tuesday, the leap day), "January 2000",
    # "midnight on Dec. 31, 1999" (T24:00 of that day, gold_blind32, with the date its own
    # DATE) and "Monday, Jan. 3, 2000" (one span, checked Monday) as written. Federal fiscal
    # years are named by the year they end: "fiscal 1998, which ends Wednesday" FY1998 plus
    # 1998-09-30 (the coming Wednesday, the last day of that fiscal year), "fiscal 1999"
    # FY1999, "fiscal 2000" FY2000. "a quarterly report card" SET P3M (an adjectival frequency
    # naming a recurrence, gold_blind35); "every three months" P3M; "each week" P1W. "since
    # February" 1998-02; "in August" 1998-08; "by Nov. 15" 1998-11-15 and "by Nov. 13"
    # 1998-11-13; "the end of the year" 1998; "installed in 1983"; "for two years" P2Y; "Oct.
    # 6" 1998-10-06 and "three days before Congress hopes to adjourn" P3D (anchored duration);
    # "since it opened in June" 1998-06. Not annotated: "Y2K" (headline, body, hot line; the
    # name of the problem, gold_blind34), "\"00\"" and "9999" (codes), "Model 7040", "Page
    # A23", "1-888-555-2000" (a phone number ending in 2000), "1,140", "Four", "Twelve states",
    # "31,000 calls", "$2.8 billion", "$1.9 billion", "D-minus", "(R-Pa.)", "(D-Ore.)", "the
    # date change", "a leap day" (a kind of day, its date annotated), "two digits".
    "y2k-house-panel-agencies-lag": (
        "1998-09-24",
        [
            ("March 31", "DATE", "1999-03-31"),
            ("Thursday, September 24, 1998", "DATE", "1998-09-24"),
            ("March 31", "DATE", "1999-03-31"),
            ("Jan. 1, 2000", "DATE", "2000-01-01"),
            ("yesterday", "DATE", "1998-09-23"),
            ("464 days", "DURATION", "P464D"),
            ("10 a.m.", "TIME", "1998-09-23T10:00"),
            ("nearly three hours", "DURATION", "PT3H"),
            ("Fifteen months", "DURATION", "P15M"),
            ("a decade", "DURATION", "P10Y"),
            ("the 1960s", "DATE", "196"),
            ("1970s", "DATE", "197"),
            ("1900", "DATE", "1900"),
            ("Sept. 9, 1999", "DATE", "1999-09-09"),
            ("Feb. 29, 2000", "DATE", "2000-02-29"),
            ("quarterly", "SET", "P3M"),
            ("February", "DATE", "1998-02"),
            ("August", "DATE", "1998-08"),
            ("yesterday", "DATE", "1998-09-23"),
            ("fiscal 1998", "DATE", "FY1998"),
            ("Wednesday", "DATE", "1998-09-30"),
            ("fiscal 1999", "DATE", "FY1999"),
            ("fiscal 2000", "DATE", "FY2000"),
            ("every three months", "SET", "P3M"),
            ("last night", "TIME", "1998-09-23TNI"),
            ("Nov. 15", "DATE", "1998-11-15"),
            ("1983", "DATE", "1983"),
            ("each week", "SET", "P1W"),
            ("January 2000", "DATE", "2000-01"),
            ("the end of the year", "DATE", "1998"),
            ("midnight", "TIME", "1999-12-31T24:00"),
            ("Dec. 31, 1999", "DATE", "1999-12-31"),
            ("Monday, Jan. 3, 2000", "DATE", "2000-01-03"),
            ("two years", "DURATION", "P2Y"),
            ("Oct. 6", "DATE", "1998-10-06"),
            ("three days", "DURATION", "P3D"),
            ("Nov. 13", "DATE", "1998-11-13"),
            ("June", "DATE", "1998-06"),
        ],
    ),
    # Saturday 1999-04-24 (ISO week 16), newspaper metro story, section and date line "New
    # York Region | Saturday, April 24, 1999" (one DATE span), headline, byline, "ALBANY —"
    # dateline without date; a New York paper's own-city copy, so "yesterday" is Friday
    # 1999-04-23 ("yesterday afternoon" 1999-04-23TAF) and "tomorrow" Sunday 1999-04-25 (the
    # meeting, "at 10 a.m. tomorrow" 1999-04-25T10:00). New York State's fiscal year runs
    # April-March and is named by the year it ends (gold_blind9, gold_blind41): "the fiscal
    # year that began April 1" FY2000 plus 1999-04-01, "the 1999-2000 fiscal year" one span
    # FY2000 (like "the 2012-13 financial year" in gold_blind49). Headline "Enters Its 4th
    # Week" -> "Its 4th Week" DURATION P4W (April 22-28 is the fourth week since April 1; an
    # ordinal week of an event with its possessive, like "its fourth week" in gold_blind35);
    # "is now 23 days old" -> "now" PRESENT_REF and "23 days" P23D (April 1 to April 24);
    # "15 straight years" P15Y (a cardinal run, like "five consecutive days" in
    # gold_blind103); "a debate of more than nine hours" PT9H. Past weekdays: "on Tuesday"
    # 1999-04-20, "Thursday night" 1999-04-22TNI, "released Wednesday" 1999-04-21. Future:
    # "Monday at 1 p.m." 1999-04-26 and 1999-04-26T13:00; "through next Friday" 1999-04-30
    # (the nearest coming Friday, gold_blind32). "Last year's budget" -> "Last year" 1998 (the
    # calendar value of the wording, gold_blind35) with "Aug. 4" 1998-08-04 and "125 days"
    # P125D (the size of a delay, checked: April 1 to Aug. 4, 1998); "this year's" -> "this
    # year" 1999.
    # "the Fourth of July" 1999-07-04 (a holiday on its day, the whole name one span); "the
    # end of the month" 1999-04; "the summer" ahead 1999-SU; "January" and "Feb. 1" past;
    # "May 6", "May 18" (a Tuesday), "June 17" ahead. "every week" SET P1W; "almost every day"
    # SET P1D (the modifier kept, gold_blind35); "twice a day" SET P1D; "for weeks" -> "weeks"
    # PXW. Not annotated: "Local 1000" (a union local), "88 to 57", "$73.1 billion", "190,000",
    # "$640 million", "686 districts", "61 percent", "802 voters", "3.5 percentage points",
    # "Rensselaer County", "until a deal is reached" (event-named), "The session".
    "albany-budget-talks-fourth-week": (
        "1999-04-24",
        [
            ("Saturday, April 24, 1999", "DATE", "1999-04-24"),
            ("Its 4th Week", "DURATION", "P4W"),
            ("yesterday afternoon", "TIME", "1999-04-23TAF"),
            ("the fiscal year", "DATE", "FY2000"),
            ("April 1", "DATE", "1999-04-01"),
            ("now", "DATE", "PRESENT_REF"),
            ("23 days", "DURATION", "P23D"),
            ("15 straight years", "DURATION", "P15Y"),
            ("the 1999-2000 fiscal year", "DATE", "FY2000"),
            ("Tuesday", "DATE", "1999-04-20"),
            ("more than nine hours", "DURATION", "PT9H"),
            ("Monday", "DATE", "1999-04-26"),
            ("1 p.m.", "TIME", "1999-04-26T13:00"),
            ("tomorrow", "DATE", "1999-04-25"),
            ("January", "DATE", "1999-01"),
            ("the summer", "DATE", "1999-SU"),
            ("every week", "SET", "P1W"),
            ("March 29", "DATE", "1999-03-29"),
            ("Thursday night", "TIME", "1999-04-22TNI"),
            ("next Friday", "DATE", "1999-04-30"),
            ("May 6", "DATE", "1999-05-06"),
            ("Feb. 1", "DATE", "1999-02-01"),
            ("May 18", "DATE", "1999-05-18"),
            ("Wednesday", "DATE", "1999-04-21"),
            ("April 12", "DATE", "1999-04-12"),
            ("April 15", "DATE", "1999-04-15"),
            ("Last year", "DATE", "1998"),
            ("Aug. 4", "DATE", "1998-08-04"),
            ("125 days", "DURATION", "P125D"),
            ("almost every day", "SET", "P1D"),
            ("weeks", "DURATION", "PXW"),
            ("yesterday", "DATE", "1999-04-23"),
            ("this year", "DATE", "1999"),
            ("the Fourth of July", "DATE", "1999-07-04"),
            ("the end of the month", "DATE", "1999-04"),
            ("10 a.m.", "TIME", "1999-04-25T10:00"),
            ("tomorrow", "DATE", "1999-04-25"),
            ("twice a day", "SET", "P1D"),
            ("June 17", "DATE", "1999-06-17"),
        ],
    ),
    # Friday 1999-10-22 (ISO week 42), newspaper Washington story, desk label, headline
    # ("19-Month Wait" DURATION P19M, an adjectival duration), byline, date line "Friday,
    # October 22, 1999", "WASHINGTON —" dateline without date; "yesterday" is Thursday
    # 1999-10-21 (the vote "at 11:50 a.m." that day, "after a two-hour debate" PT2H). "19
    # months" P19M (March 1998 to October 1999). "as early as next week" -> "next week"
    # 1999-W43. "last October" in October 1999 is the October before, 1998-10 (the 105th
    # Congress adjourned then). The hearing "on Sept. 29" (a Wednesday), "that day" the same
    # day, 1999-09-29 (a narrative anchor like "that day" in gold_blind18), "the next week"
    # after it 1999-W40 (anchored on the narrative's date, like "the next day" in
    # gold_blind32). "said Wednesday" 1999-10-20; "this year" 1999; "in all of 1998" ->
    # "1998"; "before Thanksgiving" 1999-11-25 (fourth Thursday of November); "after next
    # spring" 2000-SP; "the 2000 elections" -> "2000" (adjectival year); "In 1992"; "for more
    # than a year" P1Y; "in July" 1999-07; "since 1997"; "now" PRESENT_REF; "wait months" ->
    # "months" PXM; "11 years" P11Y and "six years" P6Y (careers); "every Thursday morning"
    # SET XXXX-WXX-4TMO (gold_blind50's "Saturday mornings" shape) with "since Labor Day"
    # 1999-09-06 (first Monday of September) its own DATE; the next session "at 9:30 a.m.
    # Thursday" 1999-10-28T09:30 and 1999-10-28 (future); "by Nov. 5" 1999-11-05. Not
    # annotated: "the 105th Congress", "the Fifth Circuit" (twice), "10 to 8", "52", "27", "21",
    # "17 seats", "22 percent", "Room 226", "a presidential election year" (no particular
    # year, the year is annotated on "1992"), "a lifetime appointment", "before then"
    # (anaphoric, like "until then" in gold_blind32), "its next session", "first nominated".
    "ocampo-fifth-circuit-committee-vote": (
        "1999-10-22",
        [
            ("19-Month", "DURATION", "P19M"),
            ("Friday, October 22, 1999", "DATE", "1999-10-22"),
            ("19 months", "DURATION", "P19M"),
            ("yesterday", "DATE", "1999-10-21"),
            ("next week", "DATE", "1999-W43"),
            ("11:50 a.m.", "TIME", "1999-10-21T11:50"),
            ("two-hour", "DURATION", "PT2H"),
            ("1994", "DATE", "1994"),
            ("March 1998", "DATE", "1998-03"),
            ("last October", "DATE", "1998-10"),
            ("Jan. 26", "DATE", "1999-01-26"),
            ("Sept. 29", "DATE", "1999-09-29"),
            ("45 minutes", "DURATION", "PT45M"),
            ("that day", "DATE", "1999-09-29"),
            ("1996", "DATE", "1996"),
            ("the next week", "DATE", "1999-W40"),
            ("yesterday", "DATE", "1999-10-21"),
            ("Wednesday", "DATE", "1999-10-20"),
            ("this year", "DATE", "1999"),
            ("1998", "DATE", "1998"),
            ("Thanksgiving", "DATE", "1999-11-25"),
            ("next spring", "DATE", "2000-SP"),
            ("2000", "DATE", "2000"),
            ("1992", "DATE", "1992"),
            ("more than a year", "DURATION", "P1Y"),
            ("July", "DATE", "1999-07"),
            ("1997", "DATE", "1997"),
            ("now", "DATE", "PRESENT_REF"),
            ("months", "DURATION", "PXM"),
            ("11 years", "DURATION", "P11Y"),
            ("six years", "DURATION", "P6Y"),
            ("every Thursday morning", "SET", "XXXX-WXX-4TMO"),
            ("Labor Day", "DATE", "1999-09-06"),
            ("9:30 a.m.", "TIME", "1999-10-28T09:30"),
            ("Thursday", "DATE", "1999-10-28"),
            ("Nov. 5", "DATE", "1999-11-05"),
        ],
    ),
    # Tuesday 2000-05-23 (ISO week 21), Post-style Metro story, label, headline and deck
    # ("Override Vote Set for Thursday, Before Memorial Day Weekend"), byline, "Washington
    # Post Staff Writer", date line "Tuesday, May 23, 2000; Page B01" (one DATE span), no
    # dateline. "yesterday" is Monday 2000-05-22 (the veto, "at a 4 p.m. news conference"
    # 2000-05-22T16:00), "that evening" its evening 2000-05-22TEV (a narrative anchor like
    # "that evening" in gold_blind8), "last night" its night 2000-05-22TNI. The override vote
    # "Thursday night" 2000-05-25TNI, "at 7:30 p.m. Thursday" 2000-05-25T19:30 and 2000-05-25.
    # Memorial Day 2000 is Monday 2000-05-29 (last Monday of May); "Memorial Day Weekend"
    # (deck, no article) and "the Memorial Day weekend" are the ISO weekend of its Saturday
    # 2000-05-27, 2000-W21-WE (gold_blind21, gold_blind103). The county's fiscal year runs
    # July-June and is named by the year it ends: "fiscal 2001" and "The fiscal year begins
    # July 1" FY2001 plus 2000-07-01 (gold_blind41's Missouri year). "10 days" P10D and "six
    # days" P6D (May 16 to May 22); "in a decade" -> "a decade" P10Y (the period of a "first
    # in", gold_blind35); "for six months" P6M; "four-year" P4Y; "ends in 2002"; "through
    # the summer" -> "the summer" 2000-SU; "Aug. 28" 2000-08-28; "the fall of 2001" 2001-FA
    # one span; "by a year" -> "a year" P1Y (the size of a delay, gold_blind35, gold_blind91);
    # "the past three years" P3Y; "the early 1990s" 199; "The 2000 Census" -> "2000" (a census
    # named by its year, like "The 1926 census" in gold_blind92); "now" PRESENT_REF;
    # "Tuesdays" SET XXXX-WXX-2 (a plural weekday, gold_blind5, gold_blind50); "from Friday
    # until June 5" 2000-05-26 and 2000-06-05; "March 15" past; "by May 31" ahead; the hot
    # line's hours "from 9 a.m. to 5 p.m. daily" XXXX-XX-XXT09:00, XXXX-XX-XXT17:00 and SET
    # P1D (gold_blind32, gold_blind34), "through Friday" 2000-05-26. Not annotated: "Page
    # B01", "5 to 2", "seven-member", "five votes", "District 3", "301-555-2001" (a phone
    # number ending in 2001, after the annotated "2001"), "2 cents per $100", "$14 million",
    # "$1.1 billion", "$9 million", "$40 million", "54 police officers", "38 classrooms",
    # "first veto", "first override attempt", "the county's first rate cut" beyond "a
    # decade", "a special session".
    "pellham-county-budget-veto": (
        "2000-05-23",
        [
            ("Thursday", "DATE", "2000-05-25"),
            ("Memorial Day Weekend", "DATE", "2000-W21-WE"),
            ("Tuesday, May 23, 2000", "DATE", "2000-05-23"),
            ("fiscal 2001", "DATE", "FY2001"),
            ("yesterday", "DATE", "2000-05-22"),
            ("Thursday night", "TIME", "2000-05-25TNI"),
            ("May 16", "DATE", "2000-05-16"),
            ("10 days", "DURATION", "P10D"),
            ("six days", "DURATION", "P6D"),
            ("4 p.m.", "TIME", "2000-05-22T16:00"),
            ("yesterday", "DATE", "2000-05-22"),
            ("that evening", "TIME", "2000-05-22TEV"),
            ("7:30 p.m.", "TIME", "2000-05-25T19:30"),
            ("Thursday", "DATE", "2000-05-25"),
            ("last night", "TIME", "2000-05-22TNI"),
            ("The fiscal year", "DATE", "FY2001"),
            ("July 1", "DATE", "2000-07-01"),
            ("June 1", "DATE", "2000-06-01"),
            ("December 1998", "DATE", "1998-12"),
            ("1994", "DATE", "1994"),
            ("a decade", "DURATION", "P10Y"),
            ("six months", "DURATION", "P6M"),
            ("four-year", "DURATION", "P4Y"),
            ("2002", "DATE", "2002"),
            ("the summer", "DATE", "2000-SU"),
            ("Aug. 28", "DATE", "2000-08-28"),
            ("the fall of 2001", "DATE", "2001-FA"),
            ("a year", "DURATION", "P1Y"),
            ("the past three years", "DURATION", "P3Y"),
            ("the early 1990s", "DATE", "199"),
            ("2000", "DATE", "2000"),
            ("now", "DATE", "PRESENT_REF"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("the Memorial Day weekend", "DATE", "2000-W21-WE"),
            ("Friday", "DATE", "2000-05-26"),
            ("June 5", "DATE", "2000-06-05"),
            ("March 15", "DATE", "2000-03-15"),
            ("May 31", "DATE", "2000-05-31"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("daily", "SET", "P1D"),
            ("Friday", "DATE", "2000-05-26"),
        ],
    ),
    # Wednesday 2000-06-07 (ISO week 23), newspaper primary-results story, rubric "THE 2000
    # CAMPAIGN: NEW JERSEY" ("2000" an adjectival year), headline, byline, date line
    # "Wednesday, June 7, 2000", "CRANMOOR, N.J. —" dateline without date. The primary was
    # "yesterday", Tuesday 2000-06-06: "Polls closed at 8 p.m." 2000-06-06T20:00, "shortly
    # before midnight" -> "midnight" 2000-06-06T24:00 (the midnight that ends primary day,
    # gold_blind32, gold_blind41), the party "broke up at 11:40 p.m." 2000-06-06T23:40; the
    # count "at 1 a.m." is after that midnight, 2000-06-07T01:00, and "early this morning"
    # 2000-06-07TMO. "Monday night" 2000-06-05TNI. Future: the absentee count "on Friday",
    # "until Friday", "at 9 a.m. Friday" 2000-06-09 (and 2000-06-09T09:00); "This fall"
    # 2000-FA and "Nov. 7" 2000-11-07 (Election Day 2000, not named); "the summer" 2000-SU;
    # "the Fourth of July" 2000-07-04; "June 19" 2000-06-19; "as soon as next week" ->
    # "next week" 2000-W24; "the coming days" PXD (gold_blind18). Past: "in March" 2000-03,
    # "in January" 2000-01, "last fall" 1999-FA; "since 1984", "since 1981", "since 1992",
    # "in 1998". "14 months" P14M; "Twenty years" P20Y; "the past six weeks" P6W; "within 17
    # days of the primary" -> "17 days" P17D; "about six hours" PT6H; "every night" SET
    # XXXX-XX-XXTNI; the quoted "Now" PRESENT_REF. Not annotated: "7th District" and "the 7th
    # Congressional District", "G.O.P.", "412 of 418", "424 votes", "18,412 to 17,988",
    # "1,100 absentee ballots", "21 percent", "51 percent", "10 terms", "Route 22", "47",
    # "58", "44", "$1.4 million", "$40,000", "two rivals", "the primary" (an event).
    "new-jersey-7th-district-primary": (
        "2000-06-07",
        [
            ("2000", "DATE", "2000"),
            ("Wednesday, June 7, 2000", "DATE", "2000-06-07"),
            ("yesterday", "DATE", "2000-06-06"),
            ("early this morning", "TIME", "2000-06-07TMO"),
            ("Friday", "DATE", "2000-06-09"),
            ("1 a.m.", "TIME", "2000-06-07T01:00"),
            ("14 months", "DURATION", "P14M"),
            ("midnight", "TIME", "2000-06-06T24:00"),
            ("Friday", "DATE", "2000-06-09"),
            ("8 p.m.", "TIME", "2000-06-06T20:00"),
            ("1984", "DATE", "1984"),
            ("March", "DATE", "2000-03"),
            ("This fall", "DATE", "2000-FA"),
            ("Nov. 7", "DATE", "2000-11-07"),
            ("1981", "DATE", "1981"),
            ("January", "DATE", "2000-01"),
            ("Twenty years", "DURATION", "P20Y"),
            ("11:40 p.m.", "TIME", "2000-06-06T23:40"),
            ("the summer", "DATE", "2000-SU"),
            ("the Fourth of July", "DATE", "2000-07-04"),
            ("Now", "DATE", "PRESENT_REF"),
            ("last fall", "DATE", "1999-FA"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("the past six weeks", "DURATION", "P6W"),
            ("1992", "DATE", "1992"),
            ("1998", "DATE", "1998"),
            ("Monday night", "TIME", "2000-06-05TNI"),
            ("17 days", "DURATION", "P17D"),
            ("June 19", "DATE", "2000-06-19"),
            ("next week", "DATE", "2000-W24"),
            ("the coming days", "DURATION", "PXD"),
            ("9 a.m.", "TIME", "2000-06-09T09:00"),
            ("Friday", "DATE", "2000-06-09"),
            ("about six hours", "DURATION", "PT6H"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
