"""Annotations of blind gold set 636, chosen by hand before the tagger ran.

    python tests/data/gold_blind636/annotate.py [--show]

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
    # Wednesday 1999-05-26 (ISO week 21), New York metro budget story as a news database keeps
    # it: header "May 26, 1999, Wednesday, Late Edition - Final" (the date and its weekday one
    # DATE span, like "January 15, 2014 Wednesday" in gold_blind46; "Late Edition - Final" is
    # the edition, not a time), SECTION, LENGTH, HEADLINE, BYLINE and BODY labels, no dateline
    # (a New York story): "yesterday" is Tuesday 1999-05-25, "late last night" and "last
    # night" its night, 1999-05-25TNI (gold_blind35); "tomorrow" 1999-05-27 with "10 a.m."
    # 1999-05-27T10:00. The city's fiscal year runs July-June and is named by the year it
    # ends (gold_blind29): "the fiscal year that begins July 1" and "fiscal 2000" FY2000, "the
    # current fiscal year, which ends June 30" FY1999, "fiscal 1998" FY1998, "the first
    # quarter of fiscal 2001" one span FY2001-Q1 (July-September 2000; like "the comparable
    # period of fiscal 1990", gold_blind33). "the holiday weekend" is the Memorial Day weekend,
    # 29-31 May, the ISO week of its Saturday, 1999-W21-WE (gold_blind57, gold_blind103);
    # "Memorial Day" 1999-05-31, the last Monday of May. Past weekday: the hearing "on Monday"
    # 1999-05-24 "from 10 a.m. until almost 7 p.m." (two TIMEs on that day, the modifier kept).
    # Future: the office open "on Saturday and Sunday" 1999-05-29 and 1999-05-30; hearings "on
    # Tuesday and Wednesday of next week" 1999-06-01, 1999-06-02 and "next week" 1999-W22.
    # "Last year it voted on June 19" 1998-06-19; "in 1996 ... at 2 a.m. on June 27"
    # 1996-06-27T02:00 and the DATE; "nearly three weeks" the period of a "first time in"
    # (gold_blind35); "in each of the past four years" P4Y; "on Saturdays" SET XXXX-WXX-6
    # (gold_blind4); "every year for five years" SET P1Y and DURATION P5Y; "this June"
    # 1999-06; "April" and "September" the nearest in the clause's direction; "Twenty years
    # ago" 1979 (the unit's granularity); "Now" PRESENT_REF; "every spring" SET XXXX-SP
    # (gold_blind5). Not annotated: "Late Edition - Final", "Section B; Page 1; Column 2",
    # "LENGTH: 401 words", "$210 Million", "$36.4 billion", "6 percent", "11 branch
    # libraries", "$1.9 billion", "$1.4 billion", "$500 million", "$40 million", "P.S. 214" (a
    # school number with the shape of a century value), "300", "Intro 612" (a Council bill),
    # "the No. 7 line", "around the clock", "$9 billion", "the first time", "double sessions".
    "council-budget-talks-june-5-deadline": (
        "1999-05-26",
        [
            ("May 26, 1999, Wednesday", "DATE", "1999-05-26"),
            ("June 5", "DATE", "1999-06-05"),
            ("yesterday", "DATE", "1999-05-25"),
            ("nearly three weeks", "DURATION", "P3W"),
            ("late last night", "TIME", "1999-05-25TNI"),
            ("the fiscal year", "DATE", "FY2000"),
            ("July 1", "DATE", "1999-07-01"),
            ("10 a.m.", "TIME", "1999-05-27T10:00"),
            ("tomorrow", "DATE", "1999-05-27"),
            ("the holiday weekend", "DATE", "1999-W21-WE"),
            ("June 5", "DATE", "1999-06-05"),
            ("the past four years", "DURATION", "P4Y"),
            ("Last year", "DATE", "1998"),
            ("June 19", "DATE", "1998-06-19"),
            ("1996", "DATE", "1996"),
            ("2 a.m.", "TIME", "1996-06-27T02:00"),
            ("June 27", "DATE", "1996-06-27"),
            ("fiscal 2000", "DATE", "FY2000"),
            ("April", "DATE", "1999-04"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("September", "DATE", "1999-09"),
            ("every year", "SET", "P1Y"),
            ("five years", "DURATION", "P5Y"),
            ("this June", "DATE", "1999-06"),
            ("10 a.m.", "TIME", "1999-05-24T10:00"),
            ("almost 7 p.m.", "TIME", "1999-05-24T19:00"),
            ("Monday", "DATE", "1999-05-24"),
            ("the current fiscal year", "DATE", "FY1999"),
            ("June 30", "DATE", "1999-06-30"),
            ("fiscal 1998", "DATE", "FY1998"),
            ("the first quarter of fiscal 2001", "DATE", "FY2001-Q1"),
            ("2002", "DATE", "2002"),
            ("1997", "DATE", "1997"),
            ("Memorial Day", "DATE", "1999-05-31"),
            ("Saturday", "DATE", "1999-05-29"),
            ("Sunday", "DATE", "1999-05-30"),
            ("Tuesday", "DATE", "1999-06-01"),
            ("Wednesday", "DATE", "1999-06-02"),
            ("next week", "DATE", "1999-W22"),
            ("Twenty years ago", "DATE", "1979"),
            ("last night", "TIME", "1999-05-25TNI"),
            ("Now", "DATE", "PRESENT_REF"),
            ("every spring", "SET", "XXXX-SP"),
        ],
    ),
    # Tuesday 2000-02-08 (ISO week 6), the paper's web archive page of a "Metro Briefing"
    # column: label line "N.Y. / Region | February 8, 2000, Tuesday" (one DATE span, as in the
    # database header above), five short items under borough and state labels, each with a
    # credit in brackets, no datelines. "yesterday" is Monday 2000-02-07 in every item, "last
    # night" its night 2000-02-07TNI, "today" the page's day (the arraignment). F line: the
    # first shutdown "from 11:30 p.m. Friday to 5 a.m. Monday" 2000-02-11T23:30 and
    # 2000-02-14T05:00 with their DATEs (future weekdays, "will not run"); "every weekend
    # through Presidents' Day, Feb. 21" SET XXXX-WXX-WE (gold_blind2) and the holiday, the
    # third Monday of February, 2000-02-21, with the apposed "Feb. 21" a DATE of its own (like
    # "Memorial Day, May 28" in gold_blind16); "every 10 minutes" SET PT10M; "installed in
    # 1998". Rent board: "May 4", "late June" 2000-06, "Oct. 1" ahead; "Last year" 1999;
    # "one-year leases" and "two-year leases" adjectival DURATIONs P1Y, P2Y (gold_blind67,
    # gold_blind13). Kindergarten: "September" 2000-09, "Feb. 22", "March 31", "turn 5 by Dec.
    # 31" 2000-12-31 (the year of entry); "Last fall" 1999-FA; "as long as six weeks" P6W, the
    # modifier kept. Robberies: "over the past two weeks" P2W; arrested "about 9:15 p.m.
    # Sunday" 2000-02-06T21:15 and 2000-02-06; "between Jan. 24 and Feb. 4" two DATEs; "all of
    # them between 1 a.m. and 4 a.m." a window on several nights, XXXX-XX-XXT01:00 and
    # XXXX-XX-XXT04:00 (the hours of a repeated event, gold_blind32, gold_blind34). Jersey
    # City: "three days" P3D, "last week" 2000-W05, "Presidents' Day" again, "April 20" and
    # "April 21", the board's vote "last night" at a meeting that ended "after 11 p.m."
    # 2000-02-07T23:00. Not annotated: "F LINE WEEKEND SHUTDOWNS" (an adjectival "WEEKEND"
    # naming a kind of shutdown, like "Summer programs" in gold_blind103), "the F train",
    # "West Fourth Street", "Sixth Avenue", "17 times", "718-555-1904" (a phone number holding
    # a year-like 1904), "2 percent", "4 percent", "about a million", "Community School
    # District 24", "32 elementary schools", "turn 5", "600", "23-year-old", "four bodegas",
    # "East 149th Street", "31,000", "37 schools", "vacation days", the credits.
    "metro-briefing-f-line-rent-board-registration": (
        "2000-02-08",
        [
            ("February 8, 2000, Tuesday", "DATE", "2000-02-08"),
            ("11:30 p.m.", "TIME", "2000-02-11T23:30"),
            ("Friday", "DATE", "2000-02-11"),
            ("5 a.m.", "TIME", "2000-02-14T05:00"),
            ("Monday", "DATE", "2000-02-14"),
            ("yesterday", "DATE", "2000-02-07"),
            ("every 10 minutes", "SET", "PT10M"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("Presidents' Day", "DATE", "2000-02-21"),
            ("Feb. 21", "DATE", "2000-02-21"),
            ("1998", "DATE", "1998"),
            ("May 4", "DATE", "2000-05-04"),
            ("late June", "DATE", "2000-06"),
            ("yesterday", "DATE", "2000-02-07"),
            ("Oct. 1", "DATE", "2000-10-01"),
            ("Last year", "DATE", "1999"),
            ("one-year", "DURATION", "P1Y"),
            ("two-year", "DURATION", "P2Y"),
            ("September", "DATE", "2000-09"),
            ("Feb. 22", "DATE", "2000-02-22"),
            ("March 31", "DATE", "2000-03-31"),
            ("yesterday", "DATE", "2000-02-07"),
            ("Dec. 31", "DATE", "2000-12-31"),
            ("Last fall", "DATE", "1999-FA"),
            ("as long as six weeks", "DURATION", "P6W"),
            ("last night", "TIME", "2000-02-07TNI"),
            ("the past two weeks", "DURATION", "P2W"),
            ("about 9:15 p.m.", "TIME", "2000-02-06T21:15"),
            ("Sunday", "DATE", "2000-02-06"),
            ("Jan. 24", "DATE", "2000-01-24"),
            ("Feb. 4", "DATE", "2000-02-04"),
            ("1 a.m.", "TIME", "XXXX-XX-XXT01:00"),
            ("4 a.m.", "TIME", "XXXX-XX-XXT04:00"),
            ("today", "DATE", "2000-02-08"),
            ("three days", "DURATION", "P3D"),
            ("last week", "DATE", "2000-W05"),
            ("Presidents' Day", "DATE", "2000-02-21"),
            ("April 20", "DATE", "2000-04-20"),
            ("April 21", "DATE", "2000-04-21"),
            ("last night", "TIME", "2000-02-07TNI"),
            ("11 p.m.", "TIME", "2000-02-07T23:00"),
        ],
    ),
    # Saturday 1998-11-14 (ISO week 46), national story as the printed page shows it: folio
    # "A12 THE NEW YORK CLARION, SATURDAY, NOVEMBER 14, 1998" (the weekday and date one DATE
    # span, the publication day), "NATIONAL REPORT" label, headline, deck, byline and the
    # paper's dated dateline "LOUISVILLE, Ky., Nov. 13 —". The dateline carries the day the
    # story was filed, Friday 1998-11-13, the day before the paper (gold_blind16, gold_blind74),
    # and in this copy "today" is that day: "were told today" 1998-11-13, "in an interview this
    # afternoon" 1998-11-13TAF, the notices "shortly after 8 a.m." 1998-11-13T08:00; "yesterday"
    # is the day before it, Thursday 1998-11-12 (the board's vote), and "last night" that
    # night, 1998-11-12TNI, with "10 o'clock" 1998-11-12T22:00 (see README). Vouchers "on
    # Monday" 1998-11-16 (future). "Jan. 31" (headline and lead) 1999-01-31; "the end of
    # January" 1999-01; "Spring" (deck) and "the spring" 1999-SP; "the four 1950's buildings"
    # -> "1950's" DATE 195 (the decade written with the apostrophe of the period's style, like
    # "the 1950s"); "nearly two years" P2Y; "August 1997"; "the end of 2001" 2001 (gold_blind35);
    # "18 months long" P18M; "11 weeks" P11W (13 November to 31 January); "Thanksgiving" 1998,
    # the fourth Thursday of November, 1998-11-26; "Christmas" 1998-12-25; "since 1971";
    # "Now" PRESENT_REF; the caseworkers "from 9 a.m. to 7 p.m. daily" XXXX-XX-XXT09:00,
    # XXXX-XX-XXT19:00 and SET P1D (gold_blind32); "built in 1953"; "the mid-1980s" 198
    # (gold_blind16); "last winter" in November 1998 is the winter of 1997-98, 1998-WI, taking
    # the year of its January (gold_blind10, gold_blind103), and its "January" 1998-01; "a 1996
    # inspection" adjectival; "begun in 1993"; "this fiscal year, which began Oct. 1" is the
    # federal fiscal year named by the year it ends, FY1999 (gold_blind35), and 1998-10-01;
    # "on Tuesday evenings through December" SET XXXX-WXX-2TEV (gold_blind6) and 1998-12,
    # "beginning Nov. 17" 1998-11-17 (a Tuesday); "starting in March" 1999-03; "the summer of
    # 2000" 2000-SU; "a year later than first planned" the size of a delay, P1Y (gold_blind35).
    # Not annotated: "A12" (a page number), "NATIONAL REPORT", "212 families", "$28 million",
    # "1,060", "about 400 town houses", "$750", "Section 8" (a federal program's number),
    # "Building C", "61", "four children", "the holidays" (no dates given), "40 percent", "at
    # least 30 cities", "15 more", "the last tenant".
    "louisville-sheridan-courts-tenants-jan-31": (
        "1998-11-14",
        [
            ("SATURDAY, NOVEMBER 14, 1998", "DATE", "1998-11-14"),
            ("Jan. 31", "DATE", "1999-01-31"),
            ("Spring", "DATE", "1999-SP"),
            ("Nov. 13", "DATE", "1998-11-13"),
            ("today", "DATE", "1998-11-13"),
            ("Jan. 31", "DATE", "1999-01-31"),
            ("1950's", "DATE", "195"),
            ("the spring", "DATE", "1999-SP"),
            ("8 a.m.", "TIME", "1998-11-13T08:00"),
            ("yesterday", "DATE", "1998-11-12"),
            ("nearly two years", "DURATION", "P2Y"),
            ("August 1997", "DATE", "1997-08"),
            ("the end of 2001", "DATE", "2001"),
            ("Monday", "DATE", "1998-11-16"),
            ("10 o'clock", "TIME", "1998-11-12T22:00"),
            ("last night", "TIME", "1998-11-12TNI"),
            ("18 months", "DURATION", "P18M"),
            ("11 weeks", "DURATION", "P11W"),
            ("Thanksgiving", "DATE", "1998-11-26"),
            ("Christmas", "DATE", "1998-12-25"),
            ("1971", "DATE", "1971"),
            ("Now", "DATE", "PRESENT_REF"),
            ("the end of January", "DATE", "1999-01"),
            ("this afternoon", "TIME", "1998-11-13TAF"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("7 p.m.", "TIME", "XXXX-XX-XXT19:00"),
            ("daily", "SET", "P1D"),
            ("1953", "DATE", "1953"),
            ("the mid-1980s", "DATE", "198"),
            ("last winter", "DATE", "1998-WI"),
            ("January", "DATE", "1998-01"),
            ("1996", "DATE", "1996"),
            ("1993", "DATE", "1993"),
            ("this fiscal year", "DATE", "FY1999"),
            ("Oct. 1", "DATE", "1998-10-01"),
            ("Tuesday evenings", "SET", "XXXX-WXX-2TEV"),
            ("December", "DATE", "1998-12"),
            ("Nov. 17", "DATE", "1998-11-17"),
            ("March", "DATE", "1999-03"),
            ("the summer of 2000", "DATE", "2000-SU"),
            ("a year", "DURATION", "P1Y"),
        ],
    ),
    # Sunday 2000-08-27 (ISO week 34), weekly regional section of the paper (New Jersey),
    # masthead lines with the section's date line "Sunday, August 27, 2000" (one DATE span),
    # "EDUCATION" label, headline, byline and an undated "HARMON RIDGE —" dateline. Labor Day
    # 2000 is the first Monday of September, 2000-09-04; the other schools open "on
    # Wednesday, Sept. 6" (one DATE span, gold_blind17), "two days after Labor Day" -> "two
    # days" P2D (an anchored duration) and the holiday; "it will be a week after everyone
    # else" -> "a week" P1W, the size of a delay. The middle school opens "until Sept. 13"
    # (headline and body) 2000-09-13, and the parent's "Now it's the 13th" is that day,
    # 2000-09-13 (a day of the month by its ordinal, like "the 13th" in gold_blind43). Past
    # weekdays: the meeting "on Tuesday night" 2000-08-22TNI, the notice "on Wednesday"
    # 2000-08-23. Future: "on Thursday, Aug. 31, at 7 p.m." 2000-08-31 (one span) and
    # 2000-08-31T19:00; "at 8 p.m. on Sept. 12". "by Aug. 1" 2000-08-01; "most of July" ->
    # "July" 2000-07 ("most of" left out, gold_blind17); "three weeks ... in the spring" P3W and
    # 2000-SP; the split schedule "from 12:30 to 4:30 p.m. each day" XXXX-XX-XXT12:30,
    # XXXX-XX-XXT16:30 and SET P1D; "from the first week" an ordinal period of the school
    # term, DURATION P1W (gold_blind35); "since March", "In January", "In June" past months of
    # 2000; "September 5" 2000-09-05; "the end of August" 2000-08; "December 1998"; "since
    # 1971"; "on April 18" 2000-04-18 (New Jersey's school election, a Tuesday); "in 1999";
    # "in May" 2000-05; "June 30" 2000-06-30; "weekly updates" SET P1W (gold_blind35); "Last
    # fall" 1999-FA; "this year" 2000. Not annotated: "NEW JERSEY WEEKLY" (a section's name),
    # "Route 46", "640 students", "$23 million", "$58 million", "$1.2 million", "3,480",
    # "3,650", "www.harmonridge.k12.nj.us/2000-01" (a web address holding a school year),
    # "the third delay", "sixth graders", "sixth grade", "seventh and eighth graders", "first
    # day of classes", "the first school bond", "Until then", "twice", "since" (alone), the
    # headline's "Late" and "Later" (adjectives), "at the earliest" (post-posed, out of the
    # span of "Sept. 13", gold_blind52), "meets next".
    "harmon-ridge-middle-school-opening-delayed": (
        "2000-08-27",
        [
            ("Sunday, August 27, 2000", "DATE", "2000-08-27"),
            ("Sept. 13", "DATE", "2000-09-13"),
            ("a week", "DURATION", "P1W"),
            ("Wednesday, Sept. 6", "DATE", "2000-09-06"),
            ("two days", "DURATION", "P2D"),
            ("Labor Day", "DATE", "2000-09-04"),
            ("Aug. 1", "DATE", "2000-08-01"),
            ("Sept. 13", "DATE", "2000-09-13"),
            ("Tuesday night", "TIME", "2000-08-22TNI"),
            ("July", "DATE", "2000-07"),
            ("three weeks", "DURATION", "P3W"),
            ("the spring", "DATE", "2000-SP"),
            ("12:30", "TIME", "XXXX-XX-XXT12:30"),
            ("4:30 p.m.", "TIME", "XXXX-XX-XXT16:30"),
            ("each day", "SET", "P1D"),
            ("the first week", "DURATION", "P1W"),
            ("Wednesday", "DATE", "2000-08-23"),
            ("March", "DATE", "2000-03"),
            ("January", "DATE", "2000-01"),
            ("September 5", "DATE", "2000-09-05"),
            ("June", "DATE", "2000-06"),
            ("the end of August", "DATE", "2000-08"),
            ("Now", "DATE", "PRESENT_REF"),
            ("the 13th", "DATE", "2000-09-13"),
            ("December 1998", "DATE", "1998-12"),
            ("1971", "DATE", "1971"),
            ("April 18", "DATE", "2000-04-18"),
            ("1999", "DATE", "1999"),
            ("May", "DATE", "2000-05"),
            ("June 30", "DATE", "2000-06-30"),
            ("Thursday, Aug. 31", "DATE", "2000-08-31"),
            ("7 p.m.", "TIME", "2000-08-31T19:00"),
            ("8 p.m.", "TIME", "2000-09-12T20:00"),
            ("Sept. 12", "DATE", "2000-09-12"),
            ("weekly", "SET", "P1W"),
            ("Last fall", "DATE", "1999-FA"),
            ("this year", "DATE", "2000"),
        ],
    ),
    # Monday 1998-03-16 (ISO week 12), New York court story as a news database keeps it:
    # header "March 16, 1998, Monday, Late Edition - Final" (one DATE span), labels, no
    # dateline, and a closing "LOAD-DATE: March 17, 1998", the day the archive took the story
    # in: a calendar date written out, DATE 1998-03-17, the label left out (see README).
    # "Today" (headline) and "today" 1998-03-16; "yesterday" is Sunday 1998-03-15 (the
    # interview), "yesterday afternoon" 1998-03-15TAF, "Last night" 1998-03-15TNI. "Fatal 1997
    # Fire" an adjectival year. The fire: "in January 1997"; "at about 3:40 a.m. on Sunday,
    # Jan. 12, 1997" 1997-01-12T03:40 and one DATE span with its weekday; "about 20 minutes
    # later" TIME 1997-01-12T04:00 (gold_blind47); "14 months after city inspectors cited
    # his building" an anchored duration P14M (cited in November 1995), and the sister's
    # "Fourteen months" P14M. "since his arrest in May" 1997-05 (the nearest past May); "last
    # April" 1997-04; "on Friday" 1998-03-13 (past); "over about five weeks" P5W; "first set
    # for Oct. 20" 1997-10-20 (past); "on Feb. 9" 1998-02-09; "dating to 1989" ("dating to" a
    # signal, gold_blind35); "November 1995", "within 30 days" P30D, "March 1996"; "For more
    # than a year" P1Y; "the fall of 1996" 1996-FA; "days before the fire" PXD (anchored,
    # vague); "annual inspections" SET P1Y (gold_blind23); "signed in December" 1997-12;
    # "take effect July 1" 1998-07-01; "since 1990"; "the first to reach a jury in nearly a
    # decade" P10Y (the period of a "first in"); "into late April" 1998-04; the court's hours
    # "from 9:30 a.m. to 4:30 p.m. each day" XXXX-XX-XXT09:30, XXXX-XX-XXT16:30 and SET P1D;
    # "every month" SET P1M; "every day" SET P1D; "five more weeks" P5W. Not annotated: "Late
    # Edition - Final", "Section B; Page 3; Column 5", "LENGTH: 401 words", "LOAD-DATE" (the
    # label), "58", "11 buildings", "$250,000", "30 witnesses", "2,400 pages", "1417
    # Knickerbocker Avenue" (a street number with the shape of a year, beside "1997"), "the
    # second floor", "34", "9 and 6", "$1,500", "more than six apartments", "three fatal-fire
    # prosecutions", "the first", "about 20 relatives", "29", "Since the fire", "twice",
    # "most recently", "a long time" (predicate of "Fourteen months", which is annotated).
    "bushwick-landlord-fire-trial-opens": (
        "1998-03-16",
        [
            ("March 16, 1998, Monday", "DATE", "1998-03-16"),
            ("Today", "DATE", "1998-03-16"),
            ("1997", "DATE", "1997"),
            ("today", "DATE", "1998-03-16"),
            ("January 1997", "DATE", "1997-01"),
            ("14 months", "DURATION", "P14M"),
            ("May", "DATE", "1997-05"),
            ("Friday", "DATE", "1998-03-13"),
            ("about five weeks", "DURATION", "P5W"),
            ("Oct. 20", "DATE", "1997-10-20"),
            ("Feb. 9", "DATE", "1998-02-09"),
            ("1989", "DATE", "1989"),
            ("about 3:40 a.m.", "TIME", "1997-01-12T03:40"),
            ("Sunday, Jan. 12, 1997", "DATE", "1997-01-12"),
            ("about 20 minutes later", "TIME", "1997-01-12T04:00"),
            ("last April", "DATE", "1997-04"),
            ("November 1995", "DATE", "1995-11"),
            ("30 days", "DURATION", "P30D"),
            ("March 1996", "DATE", "1996-03"),
            ("more than a year", "DURATION", "P1Y"),
            ("yesterday", "DATE", "1998-03-15"),
            ("yesterday afternoon", "TIME", "1998-03-15TAF"),
            ("the fall of 1996", "DATE", "1996-FA"),
            ("days", "DURATION", "PXD"),
            ("annual", "SET", "P1Y"),
            ("December", "DATE", "1997-12"),
            ("July 1", "DATE", "1998-07-01"),
            ("1990", "DATE", "1990"),
            ("nearly a decade", "DURATION", "P10Y"),
            ("late April", "DATE", "1998-04"),
            ("9:30 a.m.", "TIME", "XXXX-XX-XXT09:30"),
            ("4:30 p.m.", "TIME", "XXXX-XX-XXT16:30"),
            ("each day", "SET", "P1D"),
            ("Last night", "TIME", "1998-03-15TNI"),
            ("every month", "SET", "P1M"),
            ("every day", "SET", "P1D"),
            ("Fourteen months", "DURATION", "P14M"),
            ("five more weeks", "DURATION", "P5W"),
            ("March 17, 1998", "DATE", "1998-03-17"),
        ],
    ),
    # Thursday 1999-12-16 (ISO week 50), the paper's news-service copy: slug line, service
    # line and date line "Thursday, December 16, 1999" (one DATE span), headline, byline and
    # "DENVER, Dec. 16 —" dateline. The service moves the story the day it is written, so the
    # dateline's day is the publication day and "today" 1999-12-16, "this morning"
    # 1999-12-16TMO (gold_blind32, gold_blind34). "for Four Hours" (headline) and "The
    # four-hour shutdown" DURATION PT4H. New Year's Eve (headline, lead, survey) 1999-12-31
    # and New Year's Day 2000-01-01 (gold_blind17, gold_blind97): trains stop "at 11:30 p.m.
    # on New Year's Eve" 1999-12-31T23:30 until "3:30 a.m. on New Year's Day"
    # 2000-01-01T03:30; "through the night" -> "the night" of New Year's Eve, 1999-12-31TNI;
    # fares waived "from 6 p.m. on Dec. 31 until 6 a.m. on Jan. 1"; "fireworks ... at 9 p.m.
    # and again at midnight" 1999-12-31T21:00 and the midnight ending the year, T24:00 of 31
    # December (gold_blind97); "this time ... until 2 a.m." that night, 2000-01-01T02:00; "on
    # the 31st" 1999-12-31 (an ordinal day of the month, gold_blind43). "the night of Nov. 6"
    # one TIME span 1999-11-06TNI (gold_blind32, gold_blind47); "October 1994"; "last week"
    # 1999-W49; the second test "at 1 a.m. Sunday" 1999-12-19T01:00 and the quote's "Sunday"
    # (future); "released Monday" 1999-12-13 and "on Tuesday night" 1999-12-14TNI (past);
    # "most of the past two years" -> "the past two years" P2Y ("most of" left out); "on Dec.
    # 31, 1998"; "this year" 1999; "Trains normally run every 15 minutes until 1 a.m." SET
    # PT15M and XXXX-XX-XXT01:00 (a service's regular hour); "a two-hour debate" PT2H;
    # "from Dec. 27 through Jan. 7" and "from Dec. 30 until Jan. 3", the January days in 2000.
    # Not annotated: "BC-DENVER-TRAINS-Y2K-CLARION" (a slug), "Y2K" (gold_blind34), "38
    # signal controllers", "$340,000", "92 percent", "fewer than half", "about 41,000",
    # "twice that many", "the 16th Street Mall" (a street, in a story dated the 16th), "9 to 2"
    # (a vote), "2,100 employees", "303-555-2000" (a phone number ending in a year-like 2000),
    # "around the clock", "this time" (gold_blind32), "the longest", "full service".
    "denver-light-rail-new-years-eve-shutdown": (
        "1999-12-16",
        [
            ("Thursday, December 16, 1999", "DATE", "1999-12-16"),
            ("Four Hours", "DURATION", "PT4H"),
            ("New Year's Eve", "DATE", "1999-12-31"),
            ("Dec. 16", "DATE", "1999-12-16"),
            ("11:30 p.m.", "TIME", "1999-12-31T23:30"),
            ("New Year's Eve", "DATE", "1999-12-31"),
            ("3:30 a.m.", "TIME", "2000-01-01T03:30"),
            ("New Year's Day", "DATE", "2000-01-01"),
            ("today", "DATE", "1999-12-16"),
            ("the night", "TIME", "1999-12-31TNI"),
            ("6 p.m.", "TIME", "1999-12-31T18:00"),
            ("Dec. 31", "DATE", "1999-12-31"),
            ("6 a.m.", "TIME", "2000-01-01T06:00"),
            ("Jan. 1", "DATE", "2000-01-01"),
            ("this morning", "TIME", "1999-12-16TMO"),
            ("four-hour", "DURATION", "PT4H"),
            ("October 1994", "DATE", "1994-10"),
            ("the night of Nov. 6", "TIME", "1999-11-06TNI"),
            ("last week", "DATE", "1999-W49"),
            ("1 a.m.", "TIME", "1999-12-19T01:00"),
            ("Sunday", "DATE", "1999-12-19"),
            ("Sunday", "DATE", "1999-12-19"),
            ("the 31st", "DATE", "1999-12-31"),
            ("the past two years", "DURATION", "P2Y"),
            ("Monday", "DATE", "1999-12-13"),
            ("New Year's Eve", "DATE", "1999-12-31"),
            ("Dec. 31, 1998", "DATE", "1998-12-31"),
            ("this year", "DATE", "1999"),
            ("9 p.m.", "TIME", "1999-12-31T21:00"),
            ("midnight", "TIME", "1999-12-31T24:00"),
            ("every 15 minutes", "SET", "PT15M"),
            ("1 a.m.", "TIME", "XXXX-XX-XXT01:00"),
            ("2 a.m.", "TIME", "2000-01-01T02:00"),
            ("Tuesday night", "TIME", "1999-12-14TNI"),
            ("two-hour", "DURATION", "PT2H"),
            ("Dec. 27", "DATE", "1999-12-27"),
            ("Jan. 7", "DATE", "2000-01-07"),
            ("Dec. 30", "DATE", "1999-12-30"),
            ("Jan. 3", "DATE", "2000-01-03"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
