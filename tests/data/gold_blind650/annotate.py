"""Annotations of the six-hundred-and-fiftieth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind650/annotate.py [--show]

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
    # Sunday 1998-10-25 (ISO week 43), US regional Sunday paper's own poll on a Senate race,
    # folio line "The Ashbury Sentinel-Ledger | Sunday, October 25, 1998 | Page 1A" (one DATE
    # span with its weekday, gold_blind35), headline, poll box line, byline, "ASHBURY -"
    # dateline. Election Day 1998 is Tuesday 1998-11-03 ("Nov. 3", "Election Day", gold_blind41);
    # "Nine days before the election" DURATION P9D (an anchored duration alone, gold_blind32).
    # Past weekdays: the poll "conducted Tuesday through Thursday" 1998-10-20 and 1998-10-22,
    # "said Friday" and "Friday night" 1998-10-23, early voting "began Thursday" and reports
    # "filed Thursday" 1998-10-22. Future: "Monday and Tuesday" 1998-10-26 and 1998-10-27,
    # "Saturday, Oct. 31" one DATE span (gold_blind66), the debate "at 8 p.m. Wednesday"
    # 1998-10-28T20:00 and 1998-10-28. "a month ago" 1998-09 (the unit's granularity); "the
    # newspaper's September poll" -> "September" 1998-09, an adjectival month like "The March
    # numbers" (gold_blind30); "Sept. 21-23" -> "Sept. 21" and the bare "23", two DATEs
    # (gold_blind51's "Dec. 11-12"); "Labor Day" 1998-09-07 (first Monday of September); "every
    # week" SET P1W, "six weeks" P6W; "every night since Oct. 5" SET XXXX-XX-XXTNI and DATE;
    # "now" PRESENT_REF; "six-year" P6Y; "the past two weeks" P2W; "Four years ago" 1994;
    # offices "open from 8 a.m. to 5 p.m. daily" -> two TIMEs XXXX-XX-XXThh:mm and SET P1D
    # (gold_blind32); "since January" 1998-01; "the end of September" 1998-09; "the weekend
    # before Election Day" 1998-W44-WE (31 October-1 November). Not annotated: "Page 1A",
    # "44%", "42%", "14%", "2 points", "11 points", "806 likely voters", "3.5 percentage
    # points", "49 percent to 38 percent", ages "51" and "63", "a two-term state treasurer"
    # (gold_blind41), "third six-year term" beyond "six-year", "third and final debate", "the
    # last debate", "61 percent", "43 percent", "$2.1 million", "$1.8 million",
    # "www.sentinel-ledger.com/poll/1998/10" (numbers in a URL), "1-800-555-1998" (a phone
    # number holding the year), "WRBT-TV".
    "dalton-pruett-senate-poll": (
        "1998-10-25",
        [
            ("Sunday, October 25, 1998", "DATE", "1998-10-25"),
            ("Nine days", "DURATION", "P9D"),
            ("a month ago", "DATE", "1998-09"),
            ("Tuesday", "DATE", "1998-10-20"),
            ("Thursday", "DATE", "1998-10-22"),
            ("September", "DATE", "1998-09"),
            ("Sept. 21", "DATE", "1998-09-21"),
            ("23", "DATE", "1998-09-23"),
            ("Labor Day", "DATE", "1998-09-07"),
            ("every week", "SET", "P1W"),
            ("six weeks", "DURATION", "P6W"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("Oct. 5", "DATE", "1998-10-05"),
            ("now", "DATE", "PRESENT_REF"),
            ("September", "DATE", "1998-09"),
            ("six-year", "DURATION", "P6Y"),
            ("the past two weeks", "DURATION", "P2W"),
            ("1992", "DATE", "1992"),
            ("Monday", "DATE", "1998-10-26"),
            ("Tuesday", "DATE", "1998-10-27"),
            ("Saturday, Oct. 31", "DATE", "1998-10-31"),
            ("Friday", "DATE", "1998-10-23"),
            ("Nov. 3", "DATE", "1998-11-03"),
            ("Friday night", "TIME", "1998-10-23TNI"),
            ("8 p.m.", "TIME", "1998-10-28T20:00"),
            ("Wednesday", "DATE", "1998-10-28"),
            ("Oct. 15", "DATE", "1998-10-15"),
            ("1995", "DATE", "1995"),
            ("Four years ago", "DATE", "1994"),
            ("Thursday", "DATE", "1998-10-22"),
            ("Oct. 31", "DATE", "1998-10-31"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("daily", "SET", "P1D"),
            ("January", "DATE", "1998-01"),
            ("the end of September", "DATE", "1998-09"),
            ("Thursday", "DATE", "1998-10-22"),
            ("the weekend", "DATE", "1998-W44-WE"),
            ("Election Day", "DATE", "1998-11-03"),
        ],
    ),
    # Wednesday 1998-11-04 (ISO week 45), Reuters wire on an election night, web stamp
    # "Wednesday November 4, 1998 3:12 AM ET" (DATE with its weekday and TIME, the zone in the
    # span, gold_blind56), byline, "PITTSBURGH, Nov 4 (Reuters) -" dateline ("Nov 4" the
    # publication day). Election Day was Tuesday 1998-11-03: "Tuesday's midterm election" and
    # "open ... on Tuesday" 1998-11-03, the polls' "7 a.m. to 8 p.m." and "after 9 p.m." that
    # day; the small-hours clock times "2:40 a.m. EST", "1 a.m." and "about 1:30 a.m." are
    # Wednesday's, 1998-11-04; "early Wednesday" the publication day (gold_blind32's "early
    # today"); the winner's quoted "Tonight" at 1:30 a.m. is the election night, 1998-11-03TNI
    # (gold_blind40's quoted "Tonight" on election night). Past "Monday" 1998-11-02; future
    # "by Friday" 1998-11-06, "9 a.m. Thursday" 1998-11-05T09:00 and the DATE, "the end of the
    # week" 1998-W45 (gold_blind35), "next week" 1998-W46. "22 years" P22Y; "two years ago"
    # 1996, "four years ago" 1994; "March" 1998-03; "his 11th term ends in January" 1999-01;
    # "the final two weeks" P2W (of the campaign, like "the final days" in gold_blind47); "Oct
    # 26-28" -> "Oct 26" and the bare "28" (gold_blind51); "over the weekend" 1998-W44-WE;
    # "every Saturday since June" SET XXXX-WXX-6 and 1998-06 (gold_blind32's "every night since
    # Jan. 3"); "the past year" P1Y; "mid-October" 1998-10; "20 days" P20D, "within five days"
    # P5D; "early January" 1999-01. Not annotated: "fewer than 2,000 votes", "611 precincts",
    # "50.6 percent", "49.4 percent", "the 19th Congressional District", "9 points", "his 11th
    # term", "the 106th Congress", ages "44" and "71", "41 percent", "36 percent", "7 points",
    # "12 percent", "140 town meetings", "$1.2 million", "2 to 1", "every vote", "may" (the
    # verb), "the retiring incumbent", "the official count" (an event).
    "hollister-kemble-house-election-night": (
        "1998-11-04",
        [
            ("Wednesday November 4, 1998", "DATE", "1998-11-04"),
            ("3:12 AM ET", "TIME", "1998-11-04T03:12"),
            ("Nov 4", "DATE", "1998-11-04"),
            ("22 years", "DURATION", "P22Y"),
            ("Tuesday", "DATE", "1998-11-03"),
            ("early Wednesday", "DATE", "1998-11-04"),
            ("2:40 a.m. EST", "TIME", "1998-11-04T02:40"),
            ("Friday", "DATE", "1998-11-06"),
            ("the end of the week", "DATE", "1998-W45"),
            ("1 a.m.", "TIME", "1998-11-04T01:00"),
            ("two years ago", "DATE", "1996"),
            ("about 1:30 a.m.", "TIME", "1998-11-04T01:30"),
            ("Tonight", "TIME", "1998-11-03TNI"),
            ("March", "DATE", "1998-03"),
            ("1976", "DATE", "1976"),
            ("January", "DATE", "1999-01"),
            ("Monday", "DATE", "1998-11-02"),
            ("the final two weeks", "DURATION", "P2W"),
            ("7 a.m.", "TIME", "1998-11-03T07:00"),
            ("8 p.m.", "TIME", "1998-11-03T20:00"),
            ("Tuesday", "DATE", "1998-11-03"),
            ("9 p.m.", "TIME", "1998-11-03T21:00"),
            ("four years ago", "DATE", "1994"),
            ("Oct 26", "DATE", "1998-10-26"),
            ("28", "DATE", "1998-10-28"),
            ("the weekend", "DATE", "1998-W44-WE"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("June", "DATE", "1998-06"),
            ("the past year", "DURATION", "P1Y"),
            ("mid-October", "DATE", "1998-10"),
            ("20 days", "DURATION", "P20D"),
            ("five days", "DURATION", "P5D"),
            ("9 a.m.", "TIME", "1998-11-05T09:00"),
            ("Thursday", "DATE", "1998-11-05"),
            ("next week", "DATE", "1998-W46"),
            ("early January", "DATE", "1999-01"),
        ],
    ),
    # Thursday 1999-07-01 (ISO week 26), Capitol Hill political weekly's campaign-finance story
    # on the end of the second fund-raising quarter, masthead, date line "Thursday, July 1,
    # 1999", section label, headline, byline. "the three months that ended at midnight last
    # night" -> "the three months" P3M (gold_blind30), "midnight" the end of Wednesday
    # 1999-06-30T24:00 and "last night" 1999-06-30TNI, the night of "yesterday" (two TIMEX3
    # like "midnight tonight" in gold_blind103); "yesterday" 1999-06-30 twice. "the 2000
    # presidential nomination" -> "2000", an adjectival year. "the first half of the year"
    # 1999-H1 (the half just ended); "Four years ago, no Republican had raised ... by the end of
    # June" -> 1995 and "the end of June" 1995-06, the June of that narrative year, not the
    # June just ended. Past weekdays: "three on Tuesday alone" and "at 10 p.m. on Tuesday"
    # 1999-06-29 (and 1999-06-29T22:00), "told reporters Monday" 1999-06-28, "every night since
    # Sunday" SET XXXX-XX-XXTNI and 1999-06-27. "14 fund-raisers in 10 days" -> "10 days"
    # P10D, how long a past run took (gold_blind35). Campaign reports follow calendar quarters
    # (gold_blind47): "the second quarter" 1999-Q2, "the first quarter" 1999-Q1, "the third
    # quarter" 1999-Q3; "from April through June" 1999-04 and 1999-06. "four hours every
    # morning" PT4H and SET XXXX-XX-XXTMO (gold_blind75's "two hours every morning"); "Labor
    # Day" 1999-09-06; "Jan. 1" 2000-01-01 (the next one); "last week" 1999-W25; "the next few
    # weeks" PXW; "two-week" P2W; "This August" 1999-08; "now" PRESENT_REF twice ("now advises",
    # "by now"); "Thanksgiving" 1999-11-25 (fourth Thursday of November). Not annotated: "H.R.
    # 1999" (a bill number holding the year, gold_blind41), "$11 Million", "$19 million", "$9
    # million", "14 fund-raisers", "three", "$4 million", "$5,000 in each of 20 states", "20
    # most vulnerable incumbents", "$250,000", "$3.2 million", "twice her total", "his last",
    # "three candidates", "the first time", "this point", "the six other Republicans".
    "ruddock-second-quarter-fundraising": (
        "1999-07-01",
        [
            ("Thursday, July 1, 1999", "DATE", "1999-07-01"),
            ("the three months", "DURATION", "P3M"),
            ("midnight", "TIME", "1999-06-30T24:00"),
            ("last night", "TIME", "1999-06-30TNI"),
            ("yesterday", "DATE", "1999-06-30"),
            ("2000", "DATE", "2000"),
            ("July 15", "DATE", "1999-07-15"),
            ("the first half of the year", "DATE", "1999-H1"),
            ("Four years ago", "DATE", "1995"),
            ("the end of June", "DATE", "1995-06"),
            ("April", "DATE", "1999-04"),
            ("10 days", "DURATION", "P10D"),
            ("Tuesday", "DATE", "1999-06-29"),
            ("Monday", "DATE", "1999-06-28"),
            ("the second quarter", "DATE", "1999-Q2"),
            ("mid-May", "DATE", "1999-05"),
            ("four hours", "DURATION", "PT4H"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("yesterday", "DATE", "1999-06-30"),
            ("Labor Day", "DATE", "1999-09-06"),
            ("Jan. 1", "DATE", "2000-01-01"),
            ("last week", "DATE", "1999-W25"),
            ("the next few weeks", "DURATION", "PXW"),
            ("Sept. 30", "DATE", "1999-09-30"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("Sunday", "DATE", "1999-06-27"),
            ("10 p.m.", "TIME", "1999-06-29T22:00"),
            ("Tuesday", "DATE", "1999-06-29"),
            ("April", "DATE", "1999-04"),
            ("June", "DATE", "1999-06"),
            ("the first quarter", "DATE", "1999-Q1"),
            ("two-week", "DURATION", "P2W"),
            ("July 12", "DATE", "1999-07-12"),
            ("Oct. 15", "DATE", "1999-10-15"),
            ("the third quarter", "DATE", "1999-Q3"),
            ("This August", "DATE", "1999-08"),
            ("1996", "DATE", "1996"),
            ("now", "DATE", "PRESENT_REF"),
            ("now", "DATE", "PRESENT_REF"),
            ("Thanksgiving", "DATE", "1999-11-25"),
            ("Aug. 21", "DATE", "1999-08-21"),
        ],
    ),
    # Tuesday 2000-02-15 (ISO week 7), South Carolina daily's debate story, masthead, date line
    # "Columbia, S.C. - Tuesday, February 15, 2000", section label, headline, two-name byline,
    # "COLUMBIA -" dateline. The debate was "last night", Monday 2000-02-14TNI, "at 8 p.m."
    # that evening 2000-02-14T20:00, and "fell on Valentine's Day" 2000-02-14. The primary is
    # Saturday 2000-02-19 ("Saturday's", "7 a.m. Saturday", "votes Saturday"), "7 p.m." and
    # "6 a.m." on that day; "four days before" P4D and Michigan "three days after South
    # Carolina" P3D, anchored durations alone (gold_blind32's "eight days after the Iowa
    # caucuses"). Future weekdays: "by Wednesday" 2000-02-16, "Thursday evening" 2000-02-17TEV,
    # "Friday" 2000-02-18 and "Friday night" 2000-02-18TNI. "7 a.m. today" and "this
    # afternoon" are the publication day's. "90-minute" PT90M; "about 40 minutes into the
    # debate" PT40M; "For two weeks" P2W; "every day" SET P1D; "the 48 hours after New
    # Hampshire" PT48H (like "the weeks after the shooting", gold_blind32); "Feb. 9-12" ->
    # "Feb. 9" and "12" (gold_blind51); "mid-January" 2000-01; "14 days" P14D; "this year" 2000;
    # "last fall" 1999-FA (gold_blind32's "last spring" in January 2000); "the 1996 record" ->
    # "1996"; "March 9" 2000-03-09. Not annotated: "primary day" (a day named by an event,
    # gold_blind25, gold_blind75; its date is "Saturday"), "until the polls close", "the last
    # before the primary", "fourth meeting", "18-point", "45 percent", "41 percent", "3.7
    # points", "20 points", "702 likely ... voters", "his 41st", "276,000 votes", ages "55" and
    # "63", "$1 million", "1-888-555-2000" (a phone number holding the year), "may" (the verb).
    "lasker-stroud-south-carolina-debate": (
        "2000-02-15",
        [
            ("Tuesday, February 15, 2000", "DATE", "2000-02-15"),
            ("90-minute", "DURATION", "PT90M"),
            ("last night", "TIME", "2000-02-14TNI"),
            ("1980", "DATE", "1980"),
            ("four days", "DURATION", "P4D"),
            ("Saturday", "DATE", "2000-02-19"),
            ("8 p.m.", "TIME", "2000-02-14T20:00"),
            ("Jan. 6", "DATE", "2000-01-06"),
            ("Feb. 1", "DATE", "2000-02-01"),
            ("Valentine's Day", "DATE", "2000-02-14"),
            ("two weeks", "DURATION", "P2W"),
            ("every day", "SET", "P1D"),
            ("about 40 minutes", "DURATION", "PT40M"),
            ("Wednesday", "DATE", "2000-02-16"),
            ("Feb. 2", "DATE", "2000-02-02"),
            ("the 48 hours", "DURATION", "PT48H"),
            ("Feb. 9", "DATE", "2000-02-09"),
            ("12", "DATE", "2000-02-12"),
            ("mid-January", "DATE", "2000-01"),
            ("14 days", "DURATION", "P14D"),
            ("this year", "DATE", "2000"),
            ("7 a.m.", "TIME", "2000-02-15T07:00"),
            ("today", "DATE", "2000-02-15"),
            ("Thursday evening", "TIME", "2000-02-17TEV"),
            ("this afternoon", "TIME", "2000-02-15TAF"),
            ("last fall", "DATE", "1999-FA"),
            ("Friday", "DATE", "2000-02-18"),
            ("three days", "DURATION", "P3D"),
            ("Friday night", "TIME", "2000-02-18TNI"),
            ("7 a.m.", "TIME", "2000-02-19T07:00"),
            ("Saturday", "DATE", "2000-02-19"),
            ("7 p.m.", "TIME", "2000-02-19T19:00"),
            ("1996", "DATE", "1996"),
            ("Saturday", "DATE", "2000-02-19"),
            ("March 9", "DATE", "2000-03-09"),
            ("6 a.m.", "TIME", "2000-02-19T06:00"),
        ],
    ),
    # Saturday 2000-03-04 (ISO week 9), AP wire on a web portal, stamp "Saturday March 4, 2000
    # 6:41 PM ET" (DATE with its weekday and TIME), headline, byline, "LOS ANGELES (AP) _"
    # dateline; "today" the publication day. "Super Tuesday" (headline and lead) DATE
    # 2000-03-07, a named day on the date it falls on, like "Election Day" (gold_blind41) and
    # "Good Friday" (gold_blind27), see README; "three days left before Super Tuesday" P3D.
    # The same weekday both ways: future "vote Tuesday", "8 p.m. PST Tuesday", "Tuesday night",
    # the quoted "Tuesday is" and "After Tuesday" 2000-03-07; past "on Tuesday, Feb. 29" one
    # DATE span 2000-02-29 (gold_blind66). Clock times of the day: "7:30 a.m.", "noon"
    # 2000-03-04T12:00, "9 p.m. PST". Future: "Sunday" 2000-03-05, "Monday" 2000-03-06 (twice),
    # "that evening" 2000-03-06TEV (the evening of that Monday), "Monday night"
    # 2000-03-06TNI, "Wednesday morning" 2000-03-08TMO; past "by Friday" 2000-03-03. "The next
    # 72 hours" PT72H; "the past month" P1M; "Feb. 28 to March 2" two DATEs; "A month ago"
    # 2000-02; "every four years" SET P4Y; "Four years ago" 1996 and its "late March" 1996-03;
    # "moved the date up three weeks in 1998" -> "three weeks" P3W, the size of a shift (like
    # "a year later than" in gold_blind35), and "1998"; "since mid-February" 2000-02; "every
    # hour" SET PT1H; "Aug. 14" 2000-08-14. Not annotated: "the 11 states", "about 2,000
    # people", "511 likely Democratic voters", "46 percent", "40 percent", "4.3 percentage
    # points", "25 points", "1.4 million", "$6 million", "$4 million", "435 delegates",
    # "2,170", "412", "298", "34", "so far", "the whole ballgame".
    "kessler-ambrose-super-tuesday-california": (
        "2000-03-04",
        [
            ("Saturday March 4, 2000", "DATE", "2000-03-04"),
            ("6:41 PM ET", "TIME", "2000-03-04T18:41"),
            ("Super Tuesday", "DATE", "2000-03-07"),
            ("three days", "DURATION", "P3D"),
            ("Super Tuesday", "DATE", "2000-03-07"),
            ("today", "DATE", "2000-03-04"),
            ("Tuesday", "DATE", "2000-03-07"),
            ("7:30 a.m.", "TIME", "2000-03-04T07:30"),
            ("noon", "TIME", "2000-03-04T12:00"),
            ("9 p.m. PST", "TIME", "2000-03-04T21:00"),
            ("The next 72 hours", "DURATION", "PT72H"),
            ("Feb. 22", "DATE", "2000-02-22"),
            ("Tuesday, Feb. 29", "DATE", "2000-02-29"),
            ("the past month", "DURATION", "P1M"),
            ("today", "DATE", "2000-03-04"),
            ("Sunday", "DATE", "2000-03-05"),
            ("Feb. 28", "DATE", "2000-02-28"),
            ("March 2", "DATE", "2000-03-02"),
            ("A month ago", "DATE", "2000-02"),
            ("Monday", "DATE", "2000-03-06"),
            ("that evening", "TIME", "2000-03-06TEV"),
            ("Monday night", "TIME", "2000-03-06TNI"),
            ("Tuesday night", "TIME", "2000-03-07TNI"),
            ("8 p.m. PST", "TIME", "2000-03-07T20:00"),
            ("Tuesday", "DATE", "2000-03-07"),
            ("Wednesday morning", "TIME", "2000-03-08TMO"),
            ("Friday", "DATE", "2000-03-03"),
            ("every four years", "SET", "P4Y"),
            ("Four years ago", "DATE", "1996"),
            ("late March", "DATE", "1996-03"),
            ("three weeks", "DURATION", "P3W"),
            ("1998", "DATE", "1998"),
            ("Feb. 22", "DATE", "2000-02-22"),
            ("mid-February", "DATE", "2000-02"),
            ("every hour", "SET", "PT1H"),
            ("Monday", "DATE", "2000-03-06"),
            ("Aug. 14", "DATE", "2000-08-14"),
            ("Tuesday", "DATE", "2000-03-07"),
            ("Tuesday", "DATE", "2000-03-07"),
        ],
    ),
    # Monday 2000-07-17 (ISO week 29), British broadsheet's Washington correspondent on a
    # running-mate search before the conventions, section line, headline, standfirst, "From
    # ... in Washington" byline, date line "Monday 17 July 2000", a box "THE ROAD TO NOVEMBER".
    # "a fortnight today" (standfirst and body) DATE 2000-07-31, a day fourteen days after the
    # paper's, like "a week from today" (gold_blind30), beside the apposed "31 July". "the end
    # of next week" 2000-W30 (gold_blind59's "the end of next week"); "yesterday" Sunday
    # 2000-07-16; "the weekend" just past 2000-W28-WE (15-16 July) and "on Saturday"
    # 2000-07-15; "this morning" 2000-07-17TMO; "the night of 3 August" one TIME span
    # 2000-08-03TNI (gold_blind32's "the night of July 24"); "Wednesday 26 July" one DATE.
    # "Four years ago" 1996 and "two days before the convention" P2D; "at least a week" P1W and
    # "at least four years" P4Y (modifier kept, gold_blind35); "from 1968 to 1970" two DATEs;
    # "this summer" 2000-SU; "taken from 11 to 13 July" -> the bare "11" 2000-07-11 and "13
    # July" (gold_blind51's "Dec. 11-12", the month after the pair); "In May" 2000-05 (past);
    # "next month" 2000-08; "Labor Day" 2000-09-04 (first Monday of September) with "4
    # September" and "this year"; "early August" 2000-08; "Since January" 2000-01; "the past
    # six weeks" P6W; "twice a day" SET P1D (gold_blind35's "twice a week"); "Tonight"
    # 2000-07-17TNI; "7.30pm local time (12.30am BST)" two TIMEs, the local time on Monday and
    # its British equivalent on Tuesday 2000-07-18T00:30 (gold_blind28, gold_blind32). Box:
    # "NOVEMBER" 2000-11 (the month of the election); "31 July-3 August" and "14-17 August"
    # two DATEs each, the bare "14" 2000-08-14; "5 October"; "7 November". Not annotated:
    # "polling day" (a day named by an event, gold_blind25), "23 names", "five", "the last
    # two", ages "57", "61", "48", "45 per cent", "43 per cent", "three points", "11 points",
    # "$60m", "17 states", "first of three", "the ABN network".
    "haldane-running-mate-convention": (
        "2000-07-17",
        [
            ("a fortnight today", "DATE", "2000-07-31"),
            ("Monday 17 July 2000", "DATE", "2000-07-17"),
            ("the end of next week", "DATE", "2000-W30"),
            ("yesterday", "DATE", "2000-07-16"),
            ("more than three months", "DURATION", "P3M"),
            ("the weekend", "DATE", "2000-W28-WE"),
            ("Saturday", "DATE", "2000-07-15"),
            ("this morning", "TIME", "2000-07-17TMO"),
            ("31 July", "DATE", "2000-07-31"),
            ("a fortnight today", "DATE", "2000-07-31"),
            ("the night of 3 August", "TIME", "2000-08-03TNI"),
            ("Wednesday 26 July", "DATE", "2000-07-26"),
            ("Four years ago", "DATE", "1996"),
            ("two days", "DURATION", "P2D"),
            ("at least a week", "DURATION", "P1W"),
            ("1968", "DATE", "1968"),
            ("1970", "DATE", "1970"),
            ("1998", "DATE", "1998"),
            ("at least four years", "DURATION", "P4Y"),
            ("this summer", "DATE", "2000-SU"),
            ("11", "DATE", "2000-07-11"),
            ("13 July", "DATE", "2000-07-13"),
            ("May", "DATE", "2000-05"),
            ("next month", "DATE", "2000-08"),
            ("Labor Day", "DATE", "2000-09-04"),
            ("4 September", "DATE", "2000-09-04"),
            ("this year", "DATE", "2000"),
            ("early August", "DATE", "2000-08"),
            ("January", "DATE", "2000-01"),
            ("the past six weeks", "DURATION", "P6W"),
            ("twice a day", "SET", "P1D"),
            ("Tonight", "TIME", "2000-07-17TNI"),
            ("7.30pm local time", "TIME", "2000-07-17T19:30"),
            ("12.30am BST", "TIME", "2000-07-18T00:30"),
            ("NOVEMBER", "DATE", "2000-11"),
            ("31 July", "DATE", "2000-07-31"),
            ("3 August", "DATE", "2000-08-03"),
            ("14", "DATE", "2000-08-14"),
            ("17 August", "DATE", "2000-08-17"),
            ("5 October", "DATE", "2000-10-05"),
            ("7 November", "DATE", "2000-11-07"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
