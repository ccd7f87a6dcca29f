"""Annotations of the blind gold set 242, chosen by hand before the tagger ran.

    python tests/data/gold_blind242/annotate.py [--show]

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
    # Tuesday 2013-02-19 (ISO week 8), US metro paper's morning e-mail newsletter, headline
    # "What you need to know today", header "Sent: Tuesday, February 19, 2013 5:52 AM" (the
    # weekday date one DATE span, the clock time a TIME, gold_blind70, gold_blind82). Presidents
    # Day was Monday 2013-02-18 (third Monday of February), so "the long Presidents Day weekend"
    # just past is the Saturday-Monday weekend, the ISO week of its Saturday, 2013-W07-WE (like
    # "Family Day weekend" in gold_blind103). The section heads "TODAY" and "YESTERDAY" are
    # DATEs of the publication day and the day before (like the forecast-box labels of
    # gold_blind9 and gold_blind44); "COMING UP" and "IN CASE YOU MISSED IT" hold none. Weather:
    # "this afternoon" TAF, "tonight" TNI, "early Wednesday" DATE 2013-02-20 (gold_blind103's
    # "early Friday"), the advisory "from 7 p.m. today until 10 a.m. Wednesday" two TIMEs and
    # two DATEs; "late last night" is Monday's night, 2013-02-18TNI (gold_blind30). "the
    # fiscal year that begins July 1" is the city's fiscal year named by the year it ends,
    # FY2014, plus 2013-07-01 (gold_blind35). Future weekdays: buses "return to it Monday"
    # 2013-02-25 (the Monday ahead, not yesterday's), the hearing "Thursday:" 2013-02-21, the
    # show "Friday through Sunday" 2013-02-22 and 2013-02-24 "10 a.m. to 8 p.m. daily" (hours of
    # a recurring opening XXXX-XX-XXThh:mm with the SET, gold_blind64). Past: the shooting "at
    # about 11:40 p.m. Sunday" 2013-02-17, "Sunday's Ledger" 2013-02-17 (possessive without the
    # "'s"), "Last week" 2013-W07, "patched on Friday" 2013-02-15. "within months" -> "months"
    # PXM; "each year" SET P1Y; "its goal for the year" -> "the year" 2013 (the current year,
    # like "the year" in gold_blind64); the footer's "every morning before 6 a.m." a SET and a
    # TIME on no particular day. Not annotated: "Morning Briefing" and "Good morning" (a name
    # and a greeting), "the class of 2016" (a cohort, like "the Class of 2000" in gold_blind32),
    # "LEDGER13" (a code), "Route 40", "911", "1,947" (a count), "555-0219", "34-year-old",
    # "$48 million", "25 cents", "$212,000", "1,100", "600", "$9", "$2", "3 inches", "so far",
    # "behind schedule".
    "ridgeport-ledger-morning-briefing": (
        "2013-02-19",
        [
            ("today", "DATE", "2013-02-19"),
            ("Tuesday, February 19, 2013", "DATE", "2013-02-19"),
            ("5:52 AM", "TIME", "2013-02-19T05:52"),
            ("the long Presidents Day weekend", "DATE", "2013-W07-WE"),
            ("today", "DATE", "2013-02-19"),
            ("this afternoon", "TIME", "2013-02-19TAF"),
            ("tonight", "TIME", "2013-02-19TNI"),
            ("early Wednesday", "DATE", "2013-02-20"),
            ("7 p.m.", "TIME", "2013-02-19T19:00"),
            ("today", "DATE", "2013-02-19"),
            ("10 a.m.", "TIME", "2013-02-20T10:00"),
            ("Wednesday", "DATE", "2013-02-20"),
            ("late last night", "TIME", "2013-02-18TNI"),
            ("TODAY", "DATE", "2013-02-19"),
            ("4 p.m.", "TIME", "2013-02-19T16:00"),
            ("the fiscal year", "DATE", "FY2014"),
            ("July 1", "DATE", "2013-07-01"),
            ("9 a.m.", "TIME", "2013-02-19T09:00"),
            ("this morning", "TIME", "2013-02-19TMO"),
            ("Monday", "DATE", "2013-02-25"),
            ("YESTERDAY", "DATE", "2013-02-18"),
            ("about 11:40 p.m.", "TIME", "2013-02-17T23:40"),
            ("Sunday", "DATE", "2013-02-17"),
            ("yesterday", "DATE", "2013-02-18"),
            ("March 31", "DATE", "2013-03-31"),
            ("each year", "SET", "P1Y"),
            ("Thursday", "DATE", "2013-02-21"),
            ("Friday", "DATE", "2013-02-22"),
            ("Sunday", "DATE", "2013-02-24"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
            ("Sunday", "DATE", "2013-02-17"),
            ("the past two years", "DURATION", "P2Y"),
            ("months", "DURATION", "PXM"),
            ("Last week", "DATE", "2013-W07"),
            ("Friday", "DATE", "2013-02-15"),
            ("the year", "DATE", "2013"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
        ],
    ),
    # Wednesday 2014-06-11 (ISO week 24), British national daily's morning e-mail briefing,
    # headline ("from tomorrow evening"), date line "Wednesday 11 June 2014 06.30 BST" (DATE and
    # TIME, the zone in the span and not in the value, gold_blind82), byline. "this Wednesday"
    # is the publication day itself (like "this Monday" in gold_blind87). The strike runs "for
    # 48 hours from 6pm tomorrow" (PT48H, 2014-06-12T18:00 and the DATE); the talks broke down
    # "late last night", Tuesday's night 2014-06-10TNI; "its third since March" 2014-03; the
    # deadline "noon tomorrow" 2014-06-12T12:00; "on Friday" 2014-06-13, "Saturday morning"
    # 2014-06-14TMO, "Friday evening" 2014-06-13TEV, "the weekend" 2014-W24-WE (14-15 June).
    # "the three months to April" -> "the three months" DURATION P3M and "April" 2014-04
    # ("the 14 months to November 2013", gold_blind82); "early 2009" 2009; "Sunday 15 June"
    # one DATE span. The heading "Yesterday" is a DATE like the body's "yesterday", 2014-06-10;
    # "a week after the company was fined" an anchored DURATION P1W; "the summer of 2012" one
    # span; "Monday night" 2014-06-09TNI; "Our investigation on Saturday" 2014-06-07 (past);
    # "every Wednesday afternoon" SET XXXX-WXX-3TAF (like "every Saturday night" in gold_blind);
    # "more than 18 weeks" P18W; "has doubled in five years" P5Y (how long a change took,
    # gold_blind35); "last month" 2014-05; "11 years ago" 2003 (the unit's granularity); the
    # parrot's "every day at 7am" SET P1D and TIME XXXX-XX-XXT07:00. Not annotated: "weekday"
    # in "its usual weekday services" (an adjective naming a kind of service, like "Summer
    # programs" in gold_blind103), "Good morning" (twice, greetings), "Morning briefing" (the
    # product's name), "dailycourier.example/health/2014/jun/07/gp-hours" (a URL holding a
    # date), "JUNE14" (an offer code), "0800 015 2014" (a phone number ending in 2014), "the
    # A2070", "6.6 per cent", "20 per cent", "£6.2m", "300 miles", "three miles", "24C", "58",
    # "71", "one in four", "its third", "The closing night".
    "daily-courier-wednesday-briefing": (
        "2014-06-11",
        [
            ("tomorrow evening", "TIME", "2014-06-12TEV"),
            ("Wednesday 11 June 2014", "DATE", "2014-06-11"),
            ("06.30 BST", "TIME", "2014-06-11T06:30"),
            ("this Wednesday", "DATE", "2014-06-11"),
            ("48 hours", "DURATION", "PT48H"),
            ("6pm", "TIME", "2014-06-12T18:00"),
            ("tomorrow", "DATE", "2014-06-12"),
            ("late last night", "TIME", "2014-06-10TNI"),
            ("March", "DATE", "2014-03"),
            ("noon", "TIME", "2014-06-12T12:00"),
            ("tomorrow", "DATE", "2014-06-12"),
            ("Friday", "DATE", "2014-06-13"),
            ("Saturday morning", "TIME", "2014-06-14TMO"),
            ("today", "DATE", "2014-06-11"),
            ("the three months", "DURATION", "P3M"),
            ("April", "DATE", "2014-04"),
            ("9.30am", "TIME", "2014-06-11T09:30"),
            ("early 2009", "DATE", "2009"),
            ("this afternoon", "TIME", "2014-06-11TAF"),
            ("7pm", "TIME", "2014-06-11T19:00"),
            ("today", "DATE", "2014-06-11"),
            ("Sunday 15 June", "DATE", "2014-06-15"),
            ("Yesterday", "DATE", "2014-06-10"),
            ("yesterday", "DATE", "2014-06-10"),
            ("a week", "DURATION", "P1W"),
            ("the summer of 2012", "DATE", "2012-SU"),
            ("Monday night", "TIME", "2014-06-09TNI"),
            ("Saturday", "DATE", "2014-06-07"),
            ("every Wednesday afternoon", "SET", "XXXX-WXX-3TAF"),
            ("more than 18 weeks", "DURATION", "P18W"),
            ("five years", "DURATION", "P5Y"),
            ("last month", "DATE", "2014-05"),
            ("Friday evening", "TIME", "2014-06-13TEV"),
            ("the weekend", "DATE", "2014-W24-WE"),
            ("11 years ago", "DATE", "2003"),
            ("every day", "SET", "P1D"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
        ],
    ),
    # Sunday 2015-03-22 (ISO week 12), US local paper's website, Sunday "week ahead" newsletter
    # with day headings, stamp "Published March 22, 2015 at 7:00 a.m." ("at" a signal). "THE
    # WEEK AHEAD" (headline) is the coming Monday-Sunday week, 2015-W13 (see README; "The
    # winter ahead" was a DATE in gold_blind103). "Spring arrived Friday" -> "Spring" 2015-SP
    # (the season that began) and "Friday" 2015-03-20 (past). The day headings "Monday, March
    # 23" ... "Friday, March 27" are one DATE span each with their weekday (gold_blind64's
    # "Tuesday, June 10"); "The weekend" heading 2015-W13-WE (28-29 March). Plural weekdays are
    # SETs: "from Tuesdays to Mondays", "from Fridays to Thursdays" (gold_blind7). Clock times
    # take the day of their heading: "7 p.m." 2015-03-24, "noon to 6 p.m." 2015-03-25, "9 p.m."
    # 2015-03-27; "by 5 a.m. Monday" under Friday's heading is the Monday after that Friday,
    # 2015-03-30 (the item's own story line, see README), not tomorrow. The festival's "from
    # 8 a.m. to 3 p.m." on both Saturday and Sunday are the hours of a recurring opening,
    # XXXX-XX-XXThh:mm (gold_blind64). "this fall" 2015-FA; "Aug. 17" 2015-08-17; "a week
    # earlier than last year" -> "a week" DURATION P1W (the size of a shift, gold_blind64) and
    # "last year" 2014; "Memorial Day 2016" one DATE span, the last Monday of May 2016,
    # 2016-05-30; "a week-long break" DURATION P1W on the adjective; "April 6" 2015-04-06.
    # "The City Council voted ... on Tuesday" is past, 2015-03-17, while the heading "Tuesday,
    # March 24" is ahead; "starting Nov. 1" 2015-11-01 ("starting" a signal); "Wednesday night"
    # 2015-03-25TNI; "by Thursday" 2015-03-26; "next Sunday's edition" -> "next Sunday", seven
    # days ahead of a Sunday, 2015-03-29 (like "last Tuesday" in a Tuesday paper, gold_blind4).
    # Not annotated: "50-degree", "Route 9" (twice), "555-0175", "its 41st year", "5-2",
    # "overnight parking" (an adjective naming a kind of parking, like "Overnight lows" in
    # gold_blind103), "the second of three hearings", "a quarter-cent", "$5", "Walk-ins".
    "brookhaven-star-week-ahead": (
        "2015-03-22",
        [
            ("THE WEEK AHEAD", "DATE", "2015-W13"),
            ("March 22, 2015", "DATE", "2015-03-22"),
            ("7:00 a.m.", "TIME", "2015-03-22T07:00"),
            ("Spring", "DATE", "2015-SP"),
            ("Friday", "DATE", "2015-03-20"),
            ("Monday, March 23", "DATE", "2015-03-23"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("Fridays", "SET", "XXXX-WXX-5"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("Tuesday, March 24", "DATE", "2015-03-24"),
            ("7 p.m.", "TIME", "2015-03-24T19:00"),
            ("this fall", "DATE", "2015-FA"),
            ("Aug. 17", "DATE", "2015-08-17"),
            ("a week", "DURATION", "P1W"),
            ("last year", "DATE", "2014"),
            ("Memorial Day 2016", "DATE", "2016-05-30"),
            ("Wednesday, March 25", "DATE", "2015-03-25"),
            ("noon", "TIME", "2015-03-25T12:00"),
            ("6 p.m.", "TIME", "2015-03-25T18:00"),
            ("Thursday, March 26", "DATE", "2015-03-26"),
            ("Friday, March 27", "DATE", "2015-03-27"),
            ("9 p.m.", "TIME", "2015-03-27T21:00"),
            ("5 a.m.", "TIME", "2015-03-30T05:00"),
            ("Monday", "DATE", "2015-03-30"),
            ("The weekend", "DATE", "2015-W13-WE"),
            ("Saturday", "DATE", "2015-03-28"),
            ("Sunday", "DATE", "2015-03-29"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("3 p.m.", "TIME", "XXXX-XX-XXT15:00"),
            ("week-long", "DURATION", "P1W"),
            ("April 6", "DATE", "2015-04-06"),
            ("Tuesday", "DATE", "2015-03-17"),
            ("Nov. 1", "DATE", "2015-11-01"),
            ("Wednesday night", "TIME", "2015-03-25TNI"),
            ("Thursday", "DATE", "2015-03-26"),
            ("next Sunday", "DATE", "2015-03-29"),
        ],
    ),
    # Thursday 2012-11-29 (ISO week 48), Canadian business paper's morning e-mail briefing,
    # headline ("GDP due tomorrow"), date line "Thursday, November 29, 2012 - 6:45 a.m. ET".
    # Harbourfront Bank's fiscal year ends Oct. 31 and is named by the year it ends, so "its
    # fiscal fourth quarter, which ended Oct. 31" is FY2012-Q4 (the possessive kept, gold_blind64)
    # plus 2012-10-31, "the year-ago quarter" FY2011-Q4 (gold_blind9), "fiscal 2012" FY2012.
    # Pacific Crown Foods' "fiscal year ends April 30": "April 30" is the end of the current
    # fiscal year, 2013-04-30 (gold_blind8), and its "second-quarter" FY2013-Q2 (May-October
    # 2012). GDP "for the July-September quarter" 2012-Q3 (the months name a calendar quarter,
    # gold_blind13), "the second quarter" 2012-Q2, the calendar's "Q3" 2012-Q3, all at "8:30
    # a.m. ET tomorrow" 2012-11-30T08:30. "yesterday" and "late yesterday" 2012-11-28;
    # "overnight" the night begun Wednesday evening, 2012-11-28TNI (gold_blind103); "Crude for
    # January delivery" 2013-01 (a delivery month, gold_blind6); "early this morning" TMO.
    # Norcastle closes its mine "by the end of March" 2013-03 (the modifier kept, not recorded)
    # "after 23 years" P23Y; the handset "held up since the summer" 2012-SU, due "Dec. 7"
    # "three weeks later than planned" P3W (the size of a delay). "Cyber Monday" 2012-11-26 and
    # "Black Friday" 2012-11-23 are the US shopping days on the dates they fell on (holidays on
    # their day); "from last year's" -> "last year" 2011 (the wording's calendar value,
    # gold_blind35). Calendar lines: "Friday:" 2012-11-30, "Tuesday:" 2012-12-04 with "10 a.m."
    # that day. "for four years" P4Y; "next year" 2013; "Christmas Day" 2012-12-25 and "Boxing
    # Day" 2012-12-26. Not annotated: "HFB-T" (a ticker), "KX-2013" (a handset model holding a
    # year-like number, in a 2012 text beside "next year" 2013), "Report on Business" and
    # "MORNING BUSINESS BRIEFING" (names), "Good morning", "bank earnings season" (a reporting
    # season with no calendar unit), "after the close", "before markets open", "$1.42", "$1.31",
    # "7 to 10 per cent", "0.6 per cent", "1.8 per cent", "41.3 points", "0.3 per cent",
    # "$86.40", "100.62 cents", "310 workers", "17 per cent", "a share", "a barrel".
    "northern-ledger-morning-business-briefing": (
        "2012-11-29",
        [
            ("tomorrow", "DATE", "2012-11-30"),
            ("Thursday, November 29, 2012", "DATE", "2012-11-29"),
            ("6:45 a.m. ET", "TIME", "2012-11-29T06:45"),
            ("this morning", "TIME", "2012-11-29TMO"),
            ("its fiscal fourth quarter", "DATE", "FY2012-Q4"),
            ("Oct. 31", "DATE", "2012-10-31"),
            ("about 7 a.m. ET", "TIME", "2012-11-29T07:00"),
            ("the year-ago quarter", "DATE", "FY2011-Q4"),
            ("fiscal 2012", "DATE", "FY2012"),
            ("April 30", "DATE", "2013-04-30"),
            ("second-quarter", "DATE", "FY2013-Q2"),
            ("the July-September quarter", "DATE", "2012-Q3"),
            ("8:30 a.m. ET", "TIME", "2012-11-30T08:30"),
            ("tomorrow", "DATE", "2012-11-30"),
            ("the second quarter", "DATE", "2012-Q2"),
            ("yesterday", "DATE", "2012-11-28"),
            ("overnight", "TIME", "2012-11-28TNI"),
            ("January", "DATE", "2013-01"),
            ("early this morning", "TIME", "2012-11-29TMO"),
            ("late yesterday", "DATE", "2012-11-28"),
            ("the end of March", "DATE", "2013-03"),
            ("23 years", "DURATION", "P23Y"),
            ("the summer", "DATE", "2012-SU"),
            ("Dec. 7", "DATE", "2012-12-07"),
            ("three weeks", "DURATION", "P3W"),
            ("Cyber Monday", "DATE", "2012-11-26"),
            ("last year", "DATE", "2011"),
            ("Black Friday", "DATE", "2012-11-23"),
            ("Friday", "DATE", "2012-11-30"),
            ("Q3", "DATE", "2012-Q3"),
            ("Tuesday", "DATE", "2012-12-04"),
            ("10 a.m.", "TIME", "2012-12-04T10:00"),
            ("four years", "DURATION", "P4Y"),
            ("next year", "DATE", "2013"),
            ("Christmas Day", "DATE", "2012-12-25"),
            ("Boxing Day", "DATE", "2012-12-26"),
        ],
    ),
    # Saturday 2015-08-15 (ISO week 33), Australian regional paper's website, weekly "In case
    # you missed it" digest, stamp "15 Aug, 2015 06:00 AM" (DATE and TIME, gold_blind103).
    # "the week's biggest stories" -> "the week" 2015-W33 (possessive, like "the week's biggest
    # test" in gold_blind33), "Most read this week" 2015-W33; "next week" (lead and heading)
    # 2015-W34. Past weekdays of the week just gone: "since Monday" and "at 5am on Monday"
    # 2015-08-10, "Tuesday's minus 4.1C" 2015-08-11, "Wednesday night" 2015-08-12TNI, "just
    # before midnight on Thursday" -> "midnight" 2015-08-13T24:00 (the midnight that ends the
    # named day, gold_blind48, gold_blind103) and "Thursday", "opened ... on Sunday" 2015-08-09;
    # "yesterday morning" 2015-08-14TMO. Ahead: the show "from Thursday to Sunday" 2015-08-20
    # and 2015-08-23, "9am each day" XXXX-XX-XXT09:00 with the SET P1D, "tomorrow afternoon"
    # 2015-08-16TAF, "into Monday" 2015-08-17 (the same weekday in both directions). "four
    # days" (headline) and "four-day" P4D; "backdated to 1 July" 2015-07-01 ("backdated to" a
    # signal, gold_blind25); "July next year" one span 2016-07 (like "September last year",
    # gold_blind28). "Coldest morning in 18 years" P18Y and "the coldest in a decade" P10Y are
    # the periods of superlatives (gold_blind103); "since 1997" 1997; "this winter" is the
    # southern winter of 2015 (June-August), valued in the year it falls in, 2015-WI
    # (gold_blind68, gold_blind88, gold_blind103). Australian financial years run July-June and
    # are named by the year they end: "the 2015-16 financial year" FY2016, "the 2014-15
    # financial year" FY2015 (gold_blind88); "the June quarter" is named by its months'
    # calendar quarter, 2015-Q2 (like "the April-June quarter" in gold_blind13 and
    # gold_blind17), although it is the last quarter of the miner's financial year. "1
    # September" and "24 September" 2015; "11 days after it vanished" P11D (anchored duration);
    # "today's Weekend Herald" -> "today" 2015-08-15; "the 1975 floods, 40 years on" -> "1975"
    # and "40 years on" DATE 2015 (the unit's granularity, gold_blind10's "Forty years on");
    # "their first 12 weeks" DURATION P12W (a generic period, like "the first two hours" in
    # gold_blind44). Not annotated: "Weekend Herald" (a paper's name), "Morning" in the
    # headline's "Coldest morning" (the kind of reading, not a particular part of day: the day
    # is "Tuesday's"), "coldest morning since 1997" beyond "1997",
    # "coastalherald.example/icymi/2015-08-15" (a URL holding the date), "HERALD15" (a code),
    # "1300 552 015" (a phone number), "minus 4.1C", "16C", "3 per cent", "4.5 per cent", "38
    # per cent", "$212 million", "11.2 million tonnes", "6 cents", "$3.2 million", "$12",
    # "9,000", "a record", "a final dividend".
    "coastal-herald-icymi-week-digest": (
        "2015-08-15",
        [
            ("the week", "DATE", "2015-W33"),
            ("15 Aug, 2015", "DATE", "2015-08-15"),
            ("06:00 AM", "TIME", "2015-08-15T06:00"),
            ("Monday", "DATE", "2015-08-10"),
            ("next week", "DATE", "2015-W34"),
            ("four days", "DURATION", "P4D"),
            ("yesterday morning", "TIME", "2015-08-14TMO"),
            ("four-day", "DURATION", "P4D"),
            ("5am", "TIME", "2015-08-10T05:00"),
            ("Monday", "DATE", "2015-08-10"),
            ("midnight", "TIME", "2015-08-13T24:00"),
            ("Thursday", "DATE", "2015-08-13"),
            ("1 July", "DATE", "2015-07-01"),
            ("July next year", "DATE", "2016-07"),
            ("18 years", "DURATION", "P18Y"),
            ("Tuesday", "DATE", "2015-08-11"),
            ("1997", "DATE", "1997"),
            ("this winter", "DATE", "2015-WI"),
            ("a decade", "DURATION", "P10Y"),
            ("Wednesday night", "TIME", "2015-08-12TNI"),
            ("the 2015-16 financial year", "DATE", "FY2016"),
            ("1 September", "DATE", "2015-09-01"),
            ("the 2014-15 financial year", "DATE", "FY2015"),
            ("the June quarter", "DATE", "2015-Q2"),
            ("24 September", "DATE", "2015-09-24"),
            ("Sunday", "DATE", "2015-08-09"),
            ("this week", "DATE", "2015-W33"),
            ("11 days", "DURATION", "P11D"),
            ("next week", "DATE", "2015-W34"),
            ("Thursday", "DATE", "2015-08-20"),
            ("Sunday", "DATE", "2015-08-23"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("each day", "SET", "P1D"),
            ("today", "DATE", "2015-08-15"),
            ("1975", "DATE", "1975"),
            ("40 years on", "DATE", "2015"),
            ("today", "DATE", "2015-08-15"),
            ("tomorrow afternoon", "TIME", "2015-08-16TAF"),
            ("Monday", "DATE", "2015-08-17"),
            ("their first 12 weeks", "DURATION", "P12W"),
        ],
    ),
    # Monday 2014-09-15 (ISO week 38), US tech site's daily e-mail briefing, header "Monday,
    # Sept. 15, 2014 | Sent 7:10 AM PT" (DATE one span with its weekday, TIME with the zone in
    # the span). Ahead: the tablet event "Wednesday" 2014-09-17 "at 10 a.m. PT"; the conference
    # "tomorrow" 2014-09-16; "our live blog starts half an hour earlier" -> "half an hour"
    # DURATION PT30M (the size of a shift); pre-orders "Friday at 12:01 a.m. PT" 2014-09-19;
    # "Sept. 26"; Stratum reports "on Thursday" 2014-09-18. Past: Garnet Home "said late
    # Friday" 2014-09-12 (DATE, the modifier kept, like "late yesterday"); Kettle closed its
    # round "on Thursday" 2014-09-11 (the same weekday in both directions). "from April 8 to
    # Sept. 2, almost five months" two DATEs and P5M; "on Sept. 4"; "a year of free credit
    # monitoring" P1Y; "until Dec. 31" 2014-12-31; "now" PRESENT_REF; "by mid-2015" 2015
    # (gold_blind59). "the first week" of wearing a band is a generic DURATION P1W (gold_blind44's
    # "the first two hours"). Stratum's "fiscal year ends May 31": the current fiscal year ends
    # 2015-05-31, so "its fiscal first quarter" (June-August 2014) is FY2015-Q1; "for two
    # straight years" P2Y (a cardinal run, gold_blind82); "every 24 hours" SET PT24H. The box
    # "THIS WEEK" is 2014-W38 and its lines "Tuesday:" 2014-09-16 ("through Thursday"
    # 2014-09-18, "9 a.m. PT" that Tuesday) and "Wednesday:" 2014-09-17 ("9:30 a.m. PT", half
    # an hour before the event). The archive item: "Ten years ago this week" one span, the ISO
    # week ten years back, 2004-W38 (gold_blind30, gold_blind46); "Our verdict in 2004"; the
    # quoted verdict is read from its own date, September 2004 (gold_blind70): "before
    # Christmas" 2004-12-25, "by spring" 2005-SP. "TODAY'S DEAL" -> "TODAY" 2014-09-15
    # (possessive without the "'s"); "until midnight Tuesday" -> "midnight" 2014-09-16T24:00
    # (the end of the named day) and "Tuesday". Not annotated: "THE DOWNLOAD" and "daily" in
    # "daily tech briefing" (a name and an adjective naming a kind of newsletter), "Good
    # morning", "Slate 10", "Pulse 4", "Series C", "Version 8.0.2", "K-1999" and "1,999 songs"
    # (a model name and a count that look like a year), "Model 1200", "GH2014" and "SEPT30"
    # (codes holding a year and a month), "two-year-old" (an age), "circuitweekly.example/
    # download/2014-09-15" (a URL holding the date), "41 million", "26 million", "$60 million",
    # "14 cities", "10 more", "30%", "after the bell", "after that".
    "circuit-weekly-the-download": (
        "2014-09-15",
        [
            ("Monday, Sept. 15, 2014", "DATE", "2014-09-15"),
            ("7:10 AM PT", "TIME", "2014-09-15T07:10"),
            ("Wednesday", "DATE", "2014-09-17"),
            ("tomorrow", "DATE", "2014-09-16"),
            ("10 a.m. PT", "TIME", "2014-09-17T10:00"),
            ("Wednesday", "DATE", "2014-09-17"),
            ("half an hour", "DURATION", "PT30M"),
            ("Friday", "DATE", "2014-09-19"),
            ("12:01 a.m. PT", "TIME", "2014-09-19T00:01"),
            ("Sept. 26", "DATE", "2014-09-26"),
            ("late Friday", "DATE", "2014-09-12"),
            ("April 8", "DATE", "2014-04-08"),
            ("Sept. 2", "DATE", "2014-09-02"),
            ("almost five months", "DURATION", "P5M"),
            ("Sept. 4", "DATE", "2014-09-04"),
            ("a year", "DURATION", "P1Y"),
            ("Dec. 31", "DATE", "2014-12-31"),
            ("Thursday", "DATE", "2014-09-11"),
            ("now", "DATE", "PRESENT_REF"),
            ("mid-2015", "DATE", "2015"),
            ("the first week", "DURATION", "P1W"),
            ("May 31", "DATE", "2015-05-31"),
            ("its fiscal first quarter", "DATE", "FY2015-Q1"),
            ("Thursday", "DATE", "2014-09-18"),
            ("two straight years", "DURATION", "P2Y"),
            ("every 24 hours", "SET", "PT24H"),
            ("THIS WEEK", "DATE", "2014-W38"),
            ("Tuesday", "DATE", "2014-09-16"),
            ("Thursday", "DATE", "2014-09-18"),
            ("9 a.m. PT", "TIME", "2014-09-16T09:00"),
            ("Wednesday", "DATE", "2014-09-17"),
            ("9:30 a.m. PT", "TIME", "2014-09-17T09:30"),
            ("Ten years ago this week", "DATE", "2004-W38"),
            ("2004", "DATE", "2004"),
            ("Christmas", "DATE", "2004-12-25"),
            ("spring", "DATE", "2005-SP"),
            ("TODAY", "DATE", "2014-09-15"),
            ("midnight", "TIME", "2014-09-16T24:00"),
            ("Tuesday", "DATE", "2014-09-16"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
