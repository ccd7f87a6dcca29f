"""Annotations of blind gold set 578, chosen by hand before the tagger ran.

    python tests/data/gold_blind578/annotate.py [--show]

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
    # Thursday 2000-02-17 (ISO week 7), AP-style wire on a transit strike vote, headline, header
    # line "Thursday, February 17, 2000" (one DATE span with its weekday, gold_blind34), byline,
    # "PORT LANIER, Ohio (AP) _" dateline; "today" is the wire's day. The strike is set for
    # "12:01 a.m. Monday" (headline and lead): "12:01 a.m." 2000-02-21T00:01 and "Monday"
    # 2000-02-21, two TIMEX3; "Monday is Presidents Day" two DATEs 2000-02-21 (the third Monday
    # of February; gold_blind56). The headline's "Tonight" and "7 p.m. tonight" are the wire's
    # night, 2000-02-17TNI and T19:00. Past weekdays: the vote "from 6 a.m. Wednesday"
    # 2000-02-16T06:00, "until noon today" 2000-02-17T12:00, talks "on Tuesday" 2000-02-15 that
    # broke off "shortly before 2 a.m. Wednesday" ("before" a signal, like "just before
    # midnight" in gold_blind48) 2000-02-16T02:00, Pruett "said Wednesday". The contract
    # "expired at midnight Jan. 31": the midnight that ends that day, 2000-01-31T24:00, with
    # "Jan. 31" its own DATE (gold_blind29, gold_blind33); "17 days" P17D (1-17 February).
    # "last summer" 1999-SU; "a driver for 19 years" P19Y; "the next three years" P3Y; "30-day"
    # P30D; "last week" 2000-W06; the authority's "fiscal 2000, which ends June 30" FY2000 (a
    # July-June year named by the year it ends) and 2000-06-30; "this year" 2000; "the 2001
    # budget" an adjectival year, DATE 2001 (the value follows the wording, gold_blind35);
    # "since 1986" and "23 days"; the customer line "from 6 a.m. to 10 p.m. daily" two TIMEs of
    # no particular day and a SET P1D (gold_blind34); "the spring" ahead 2000-SP; the rider's
    # bus "at 5:40 a.m. every morning" XXXX-XX-XXT05:40 and SET XXXX-XX-XXTMO; "the first week"
    # of the strike an ordinal period of an event, DURATION P1W (gold_blind8, gold_blind35);
    # "the weekend" 2000-W07-WE (19-20 February); "four-hour" PT4H. Not annotated: "140,000
    # daily riders" (an adjective counting riders, not a recurrence, like "its usual monthly
    # total" in gold_blind103), "a Sunday schedule" (a kind of timetable, gold_blind95), "the
    # holiday" (anaphoric), "the same period" (anaphoric), "Local 268", "1,412 to 97", "46",
    # "63", "7.5 percent", "12 percent", "$6.2 million", "1-800-555-2000" (a phone number
    # holding 2000 in a 2000 story), "$1.25" (reads like a clock time), "Route 24", "the No. 9
    # bus", "around the clock", "during a strike", "as soon as the strike begins".
    "port-lanier-transit-strike-deadline": (
        "2000-02-17",
        [
            ("12:01 a.m.", "TIME", "2000-02-21T00:01"),
            ("Monday", "DATE", "2000-02-21"),
            ("Tonight", "TIME", "2000-02-17TNI"),
            ("Thursday, February 17, 2000", "DATE", "2000-02-17"),
            ("today", "DATE", "2000-02-17"),
            ("12:01 a.m.", "TIME", "2000-02-21T00:01"),
            ("Monday", "DATE", "2000-02-21"),
            ("6 a.m.", "TIME", "2000-02-16T06:00"),
            ("Wednesday", "DATE", "2000-02-16"),
            ("noon", "TIME", "2000-02-17T12:00"),
            ("today", "DATE", "2000-02-17"),
            ("Monday", "DATE", "2000-02-21"),
            ("Presidents Day", "DATE", "2000-02-21"),
            ("three-year", "DURATION", "P3Y"),
            ("midnight", "TIME", "2000-01-31T24:00"),
            ("Jan. 31", "DATE", "2000-01-31"),
            ("17 days", "DURATION", "P17D"),
            ("11 hours", "DURATION", "PT11H"),
            ("Tuesday", "DATE", "2000-02-15"),
            ("2 a.m.", "TIME", "2000-02-16T02:00"),
            ("Wednesday", "DATE", "2000-02-16"),
            ("7 p.m.", "TIME", "2000-02-17T19:00"),
            ("tonight", "TIME", "2000-02-17TNI"),
            ("last summer", "DATE", "1999-SU"),
            ("19 years", "DURATION", "P19Y"),
            ("two years", "DURATION", "P2Y"),
            ("Wednesday", "DATE", "2000-02-16"),
            ("the next three years", "DURATION", "P3Y"),
            ("30-day", "DURATION", "P30D"),
            ("last week", "DATE", "2000-W06"),
            ("fiscal 2000", "DATE", "FY2000"),
            ("June 30", "DATE", "2000-06-30"),
            ("this year", "DATE", "2000"),
            ("2001", "DATE", "2001"),
            ("1986", "DATE", "1986"),
            ("23 days", "DURATION", "P23D"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("daily", "SET", "P1D"),
            ("the spring", "DATE", "2000-SP"),
            ("5:40 a.m.", "TIME", "XXXX-XX-XXT05:40"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("the first week", "DURATION", "P1W"),
            ("the weekend", "DATE", "2000-W07-WE"),
            ("four-hour", "DURATION", "PT4H"),
        ],
    ),
    # Tuesday 1998-10-13 (ISO week 42), Canadian business daily, section label, headline, deck,
    # byline, date line "Tuesday, October 13, 1998", "WINTERBURN, Alta. —" dateline. The
    # conciliator's report came out "on Friday" 1998-10-09 (also the share fall "on Friday");
    # "a 21-day cooling-off period" (headline "21-day countdown" too) DURATION P21D, ending
    # "Oct. 30" (deck) 1998-10-30, so the pilots could strike "as early as 12:01 a.m. on Oct. 31"
    # 1998-10-31T00:01 and the DATE. "the Thanksgiving weekend" just past is Canadian
    # Thanksgiving (Monday 1998-10-12), the ISO week of its Saturday, 1998-W41-WE (gold_blind56,
    # gold_blind103). "tomorrow at 9 a.m." 1998-10-14 and T09:00. Norbridge's fiscal year ends
    # Sept. 30 and is named by the year it ends: "whose fiscal year ends Sept. 30" names the end
    # of the year now running, 1999-09-30 (gold_blind63); "its fiscal first quarter" and the
    # deck's "first-quarter" FY1999-Q1 (October-December 1998), "the three months ending Dec.
    # 31" -> "the three months" P3M plus 1998-12-31 (gold_blind38); "fiscal 1998" FY1998, "a
    # year earlier" after it FY1997, "fourth-quarter results" FY1998-Q4 (July-September 1998).
    # "the whole summer" 1998-SU (modifier kept); "January" of the bonus ahead 1999-01;
    # "November" ahead 1998-11; "Christmas" 1998-12-25; "next year" 1999; "mid-August" 1998-08;
    # "March 1991"; "more than a week" P1W; "two-week" P2W; "14 months" P14M; "every six
    # hours" SET PT6H; "this week" 1998-W42. Not annotated: "Winterburn" (a town's name holding
    # "winter"), "a slow month", "the same period", "the deadline", "212 daily departures" (an
    # adjective counting flights), "Boeing 737-200" (a model number), "31", "1,150", "18 per
    # cent", "6 per cent", "22 per cent", "$2,000", "$14.6 million", "41 cents", "$9.2 million",
    # "$40 million", "35 cents", "$11.90", "one-time", "www.norbridge.ca/1998/labour" (a year in
    # a web address).
    "norbridge-air-pilots-cooling-off": (
        "1998-10-13",
        [
            ("21-day", "DURATION", "P21D"),
            ("Oct. 30", "DATE", "1998-10-30"),
            ("first-quarter", "DATE", "FY1999-Q1"),
            ("Tuesday, October 13, 1998", "DATE", "1998-10-13"),
            ("12:01 a.m.", "TIME", "1998-10-31T00:01"),
            ("Oct. 31", "DATE", "1998-10-31"),
            ("21-day", "DURATION", "P21D"),
            ("Friday", "DATE", "1998-10-09"),
            ("the Thanksgiving weekend", "DATE", "1998-W41-WE"),
            ("tomorrow", "DATE", "1998-10-14"),
            ("9 a.m.", "TIME", "1998-10-14T09:00"),
            ("four-year", "DURATION", "P4Y"),
            ("1994", "DATE", "1994"),
            ("June 30", "DATE", "1998-06-30"),
            ("three years", "DURATION", "P3Y"),
            ("January", "DATE", "1999-01"),
            ("14 months", "DURATION", "P14M"),
            ("the whole summer", "DATE", "1998-SU"),
            ("Sept. 30", "DATE", "1999-09-30"),
            ("more than a week", "DURATION", "P1W"),
            ("its fiscal first quarter", "DATE", "FY1999-Q1"),
            ("the three months", "DURATION", "P3M"),
            ("Dec. 31", "DATE", "1998-12-31"),
            ("fiscal 1998", "DATE", "FY1998"),
            ("a year earlier", "DATE", "FY1997"),
            ("fourth-quarter", "DATE", "FY1998-Q4"),
            ("Nov. 12", "DATE", "1998-11-12"),
            ("two-week", "DURATION", "P2W"),
            ("November", "DATE", "1998-11"),
            ("Christmas", "DATE", "1998-12-25"),
            ("next year", "DATE", "1999"),
            ("Friday", "DATE", "1998-10-09"),
            ("mid-August", "DATE", "1998-08"),
            ("March 1991", "DATE", "1991-03"),
            ("nine days", "DURATION", "P9D"),
            ("48 hours", "DURATION", "PT48H"),
            ("every six hours", "SET", "PT6H"),
            ("this week", "DATE", "1998-W42"),
        ],
    ),
    # Wednesday 1999-11-24 (ISO week 47), US local paper, section label, headline, deck, byline
    # "Courier Staff Writer", date line "Wednesday, November 24, 1999", "CEDAR HOLLOW —"
    # dateline, a schedule box. Thanksgiving is the fourth Thursday of November, 1999-11-25
    # (headline, "their Thanksgiving dinner tomorrow", the box's "Thanksgiving dinner ...
    # Thursday"): the holiday inside a possessive or a noun phrase is annotated like "the Anzac
    # Day service" (gold_blind49). The lockout began "at 6 a.m. on Aug. 9" 1999-08-09T06:00,
    # "nine days after their contract expired July 31" P9D plus 1999-07-31; "four months"
    # (deck) P4M and "15 weeks" P15W measure it (9 August-24 November is 107 days); "every day"
    # SET P1D. The dinner "from noon to 4 p.m." is tomorrow's, 1999-11-25T12:00 and T16:00 (in
    # the lead and in the box with "Thursday"); "three-hour" PT3H; "the holiday weekend" is
    # the Thanksgiving weekend, the ISO week of its Saturday 27 November, 1999-W47-WE. Past:
    # "Oct. 28", "about five hours", the mediator "said Monday" 1999-11-22, the statement
    # "Friday" 1999-11-19, "last month" 1999-10, "last week" 1999-W46, "Aug. 15", "since 1971",
    # "in 1948". Ahead: "next week" 1999-W48, "Jan. 1" 2000-01-01, "Christmas" 1999-12-25,
    # "spring" 2000-SP, the meeting "7 p.m. Tuesday, Nov. 30" (TIME and one DATE span with its
    # weekday). "eight-hour" and "12-hour" shifts PT8H and PT12H; "double-time pay on Sundays"
    # -> "Sundays" SET XXXX-WXX-7 (plural weekday, gold_blind95); "a five-year deal" P5Y with
    # "a raise every year" SET P1Y; "30 years in" (seniority) P30Y; "weekly benefits" SET P1W
    # (like "weekly strike benefits" in gold_blind35). Not annotated: "Local 1886" (a union
    # local), "1999 Mill St." (an address holding 1999 in a 1999 story), "Route 7", "555-0171",
    # "312", "140", "87", "54" (an age), "20 percent", "$3,800", "$150", "since then"
    # (anaphoric), "around the clock", "may" (the verb), "surprise walkouts".
    "cedar-hollow-mill-lockout-thanksgiving": (
        "1999-11-24",
        [
            ("Thanksgiving", "DATE", "1999-11-25"),
            ("four months", "DURATION", "P4M"),
            ("Wednesday, November 24, 1999", "DATE", "1999-11-24"),
            ("Aug. 9", "DATE", "1999-08-09"),
            ("Thanksgiving", "DATE", "1999-11-25"),
            ("tomorrow", "DATE", "1999-11-25"),
            ("every day", "SET", "P1D"),
            ("15 weeks", "DURATION", "P15W"),
            ("noon", "TIME", "1999-11-25T12:00"),
            ("4 p.m.", "TIME", "1999-11-25T16:00"),
            ("three-hour", "DURATION", "PT3H"),
            ("the holiday weekend", "DATE", "1999-W47-WE"),
            ("6 a.m.", "TIME", "1999-08-09T06:00"),
            ("Aug. 9", "DATE", "1999-08-09"),
            ("nine days", "DURATION", "P9D"),
            ("July 31", "DATE", "1999-07-31"),
            ("Oct. 28", "DATE", "1999-10-28"),
            ("about five hours", "DURATION", "PT5H"),
            ("Monday", "DATE", "1999-11-22"),
            ("next week", "DATE", "1999-W48"),
            ("eight-hour", "DURATION", "PT8H"),
            ("12-hour", "DURATION", "PT12H"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("Jan. 1", "DATE", "2000-01-01"),
            ("five-year", "DURATION", "P5Y"),
            ("every year", "SET", "P1Y"),
            ("Friday", "DATE", "1999-11-19"),
            ("1971", "DATE", "1971"),
            ("30 years", "DURATION", "P30Y"),
            ("Christmas", "DATE", "1999-12-25"),
            ("weekly", "SET", "P1W"),
            ("spring", "DATE", "2000-SP"),
            ("last month", "DATE", "1999-10"),
            ("Aug. 15", "DATE", "1999-08-15"),
            ("last week", "DATE", "1999-W46"),
            ("1948", "DATE", "1948"),
            ("Thanksgiving", "DATE", "1999-11-25"),
            ("noon", "TIME", "1999-11-25T12:00"),
            ("4 p.m.", "TIME", "1999-11-25T16:00"),
            ("Thursday", "DATE", "1999-11-25"),
            ("7 p.m.", "TIME", "1999-11-30T19:00"),
            ("Tuesday, Nov. 30", "DATE", "1999-11-30"),
        ],
    ),
    # Friday 2000-08-25 (ISO week 34), British regional daily, headline, standfirst, byline,
    # date line "Friday 25 August 2000"; "last night" is Thursday's, 2000-08-24TNI, "yesterday
    # afternoon" 2000-08-24TAF. The summer bank holiday is the last Monday of August,
    # 2000-08-28: the headline's "bank holiday" (the holiday itself) and "bank holiday Monday"
    # DATE 2000-08-28 (one span, a holiday's name like "Easter Monday" in gold_blind57; "the
    # summer bank holiday" gold_blind90); "the bank holiday weekend" the ISO week of its
    # Saturday 26 August, 2000-W34-WE. The walkout began "at 6am on Monday" 2000-08-21T06:00
    # ("since Monday" the same Monday), the cleaners joined "since Wednesday" 2000-08-23 (past);
    # it had been due to end "at midnight tonight", the midnight ending Friday, 2000-08-25T24:00
    # (gold_blind103), "tonight" 2000-08-25TNI; now "until at least 6am on Wednesday" -> "at
    # least 6am" 2000-08-30T06:00 (modifier kept, like "at least Wednesday" in gold_blind14) and
    # "Wednesday" 2000-08-30, the standfirst's "at least Wednesday" the same day. Contractors
    # "from Tuesday" 2000-08-29 and talks "on Tuesday morning" 2000-08-29TMO; "by noon today"
    # 2000-08-25T12:00 and the DATE; "on Sunday" ahead 2000-08-27. "a fortnight" P2W; "10-hour"
    # PT10H and "eight-hour" PT8H; "from weekly to fortnightly" two SETs P1W and P2W (a
    # frequency named by an adverb, like "up from hourly" in gold_blind95); "from 2 October"
    # 2000-10-02; "since March" and "due in April" 2000-03 and 2000-04 (past); "the 2001-02
    # financial year" one span FY2002 (a UK council's April-March year named by the year it
    # ends, gold_blind49); "in 1998"; "five days" P5D; the tips "from 8am to 8pm every day" two
    # TIMEs of no particular day and SET P1D; "the winter of 1979" one span 1979-WI (the winter
    # of 1978-79, taking the year of its January, gold_blind10) and "six weeks" P6W. Not
    # annotated: "27C", "184", "60,000 homes", "51" (an age), "3.2 per cent", "£640,000", "01632
    # 960 200", "www.thornbury.gov.uk/bins2000" (a year in a web address), "the outer estates",
    # "anyway".
    "thornbury-bin-strike-bank-holiday": (
        "2000-08-25",
        [
            ("bank holiday", "DATE", "2000-08-28"),
            ("at least Wednesday", "DATE", "2000-08-30"),
            ("a fortnight", "DURATION", "P2W"),
            ("Friday 25 August 2000", "DATE", "2000-08-25"),
            ("the bank holiday weekend", "DATE", "2000-W34-WE"),
            ("last night", "TIME", "2000-08-24TNI"),
            ("6am", "TIME", "2000-08-21T06:00"),
            ("Monday", "DATE", "2000-08-21"),
            ("Wednesday", "DATE", "2000-08-23"),
            ("midnight", "TIME", "2000-08-25T24:00"),
            ("tonight", "TIME", "2000-08-25TNI"),
            ("yesterday afternoon", "TIME", "2000-08-24TAF"),
            ("at least 6am", "TIME", "2000-08-30T06:00"),
            ("Wednesday", "DATE", "2000-08-30"),
            ("10-hour", "DURATION", "PT10H"),
            ("eight-hour", "DURATION", "PT8H"),
            ("weekly", "SET", "P1W"),
            ("fortnightly", "SET", "P2W"),
            ("2 October", "DATE", "2000-10-02"),
            ("Monday", "DATE", "2000-08-21"),
            ("March", "DATE", "2000-03"),
            ("April", "DATE", "2000-04"),
            ("the 2001-02 financial year", "DATE", "FY2002"),
            ("1998", "DATE", "1998"),
            ("five days", "DURATION", "P5D"),
            ("Tuesday", "DATE", "2000-08-29"),
            ("noon", "TIME", "2000-08-25T12:00"),
            ("today", "DATE", "2000-08-25"),
            ("Tuesday morning", "TIME", "2000-08-29TMO"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("every day", "SET", "P1D"),
            ("bank holiday Monday", "DATE", "2000-08-28"),
            ("Sunday", "DATE", "2000-08-27"),
            ("the winter of 1979", "DATE", "1979-WI"),
            ("six weeks", "DURATION", "P6W"),
        ],
    ),
    # Monday 1998-12-14 (ISO week 51), Indian national daily, section label, headline, deck,
    # date line "Monday, December 14, 1998", "By Our Special Correspondent", "MUMBAI:" dateline
    # without date; the copy was filed on Sunday ("union leaders said on Sunday" 1998-12-13),
    # and "today", "this evening" and "Monday night" are the paper's day, 1998-12-14 (the
    # conciliation meeting "at 11 a.m. today", T11:00; "late into the night" -> "the night"
    # 1998-12-14TNI). The headline's "two days from tomorrow": "two days" P2D, "tomorrow"
    # 1998-12-15; "a 48-hour strike from Tuesday morning" PT48H and 1998-12-15TMO; "6 a.m. on
    # December 15" to "6 a.m. on December 17" TIMEs and DATEs; branches closed "on Tuesday and
    # Wednesday" 1998-12-15 and 16, clearing suspended "till Thursday" 1998-12-17 ("till" a
    # signal, gold_blind49), ATMs dry "by Wednesday afternoon" 1998-12-16TAF. Past: talks broke
    # down "on Saturday evening" 1998-12-12TEV ("On Saturday" in the quote the same day); "on
    # Monday last" one span, the most recent Monday, 1998-12-07 (gold_blind17, gold_blind49);
    # "since January" 1998-01; "September 23", "November 18", "since December 1" 1998;
    # "October 31, 1997" and "with effect from November 1, 1997" ("with effect from" a signal,
    # like "effective"). "more than 13 months" P13M; "three years" P3Y; "a week" P1W;
    # "one-day" P1D and "two-hour" PT2H. The banks' year is the Indian April-March financial
    # year: "the 1998-99 financial year" one span FY1999 (gold_blind49), "March 31" 1999-03-31,
    # "the quarter ending December 31" -> "the quarter" FY1999-Q3 (October-December 1998, the
    # third quarter of an April-March year) plus 1998-12-31 (gold_blind63). "less than a
    # fortnight before Christmas" -> "less than a fortnight" P2W and "Christmas" 1998-12-25;
    # "this week" 1998-W51. Not annotated: "8.5 lakh", "Rs. 1,350 crore", "25 per cent", "10
    # per cent", "one per cent", "11 times", "58" (an age), "the sixth bipartite settlement"
    # and "the seventh" (ordinals of settlements), "the four metros", "Shop No. 1947" (a shop
    # number holding a year-like 1947), "work-to-rule", "wage bill".
    "bank-staff-48-hour-strike-wage-talks": (
        "1998-12-14",
        [
            ("two days", "DURATION", "P2D"),
            ("tomorrow", "DATE", "1998-12-15"),
            ("Monday, December 14, 1998", "DATE", "1998-12-14"),
            ("48-hour", "DURATION", "PT48H"),
            ("Tuesday morning", "TIME", "1998-12-15TMO"),
            ("Saturday evening", "TIME", "1998-12-12TEV"),
            ("Sunday", "DATE", "1998-12-13"),
            ("6 a.m.", "TIME", "1998-12-15T06:00"),
            ("December 15", "DATE", "1998-12-15"),
            ("6 a.m.", "TIME", "1998-12-17T06:00"),
            ("December 17", "DATE", "1998-12-17"),
            ("Tuesday", "DATE", "1998-12-15"),
            ("Wednesday", "DATE", "1998-12-16"),
            ("Thursday", "DATE", "1998-12-17"),
            ("this evening", "TIME", "1998-12-14TEV"),
            ("October 31, 1997", "DATE", "1997-10-31"),
            ("more than 13 months", "DURATION", "P13M"),
            ("November 1, 1997", "DATE", "1997-11-01"),
            ("three years", "DURATION", "P3Y"),
            ("January", "DATE", "1998-01"),
            ("Saturday", "DATE", "1998-12-12"),
            ("Monday last", "DATE", "1998-12-07"),
            ("a week", "DURATION", "P1W"),
            ("one-day", "DURATION", "P1D"),
            ("September 23", "DATE", "1998-09-23"),
            ("two-hour", "DURATION", "PT2H"),
            ("November 18", "DATE", "1998-11-18"),
            ("December 1", "DATE", "1998-12-01"),
            ("the 1998-99 financial year", "DATE", "FY1999"),
            ("March 31", "DATE", "1999-03-31"),
            ("the quarter", "DATE", "FY1999-Q3"),
            ("December 31", "DATE", "1998-12-31"),
            ("11 a.m.", "TIME", "1998-12-14T11:00"),
            ("today", "DATE", "1998-12-14"),
            ("the night", "TIME", "1998-12-14TNI"),
            ("Monday night", "TIME", "1998-12-14TNI"),
            ("Wednesday afternoon", "TIME", "1998-12-16TAF"),
            ("less than a fortnight", "DURATION", "P2W"),
            ("Christmas", "DATE", "1998-12-25"),
            ("this week", "DATE", "1998-W51"),
        ],
    ),
    # Saturday 1999-09-18 (ISO week 37), South African daily, section label, headline, deck,
    # date line "Saturday 18 September 1999", byline "Labour Reporter", "RIETSPRUIT —"
    # dateline; "yesterday" is Friday 1999-09-17, "this morning" 1999-09-18TMO. Heritage Day is
    # 24 September, a Friday in 1999: the headline's "Heritage Day" and "Friday, September 24,
    # is Heritage Day" (one DATE span for the weekday date and a DATE for the holiday, like
    # "Monday is Presidents Day" in gold_blind56), the rally "from 9am" that day T09:00. The
    # strike began "on the night of Sunday September 12", one TIME span 1999-09-12TNI (like
    # "the night of September 30th" in gold_blind49); "week-long" (deck and lead) P1W; "next
    # weekend" in a Saturday paper the weekend after this one, 1999-W38-WE (25-26 September),
    # "at least" after it outside the span. Future weekdays: talks "at 10am on Tuesday" and the
    # deck's "Tuesday" 1999-09-21, the dismissals "by the start of the morning shift on Monday"
    # -> "Monday" 1999-09-20. Past: "said on Thursday" 1999-09-16, "since Tuesday" 1999-09-14
    # (the same weekday in both directions), the arrests "on Wednesday night" 1999-09-15TNI.
    # The pickets "from 4am to 10pm daily" two TIMEs of no particular day and SET P1D; "every
    # night" SET XXXX-XX-XXTNI. "backdated to July 1" 1999-07-01 ("backdated to" a signal, like
    # "retroactive to" in gold_blind35); "two-year" P2Y; "its lowest level in 20 years" P20Y
    # (the period of a superlative); "the six months to June" P6M plus 1999-06 (gold_blind23's
    # "the three months to October"); "since April" 1999-04; "through the winter" -> "the
    # winter", the southern winter of 1999, valued in the year it falls in (gold_blind68,
    # gold_blind88); "the past week" P1W; "whose financial year ends in June" the end of the
    # year now running, 2000-06 (gold_blind63); "into October" 1999-10; "the September quarter"
    # the calendar quarter 1999-Q3 (like "the December quarter" in gold_blind63); "eight-hour"
    # PT8H; "at least four days" P4D; "a 10-day stoppage in 1994" P10D and 1994. Not
    # annotated: "the morning shift" (a kind of shift, like "the night shift" in
    # gold_blind44), "the year the mine was sold" (an event-named year, anaphoric to
    # "1994"), "until further notice", "a minimum monthly wage" (an adjective
    # naming the period of a figure, gold_blind103), "R40-million", "R2 000", "R18-million",
    # "7,5%" (a decimal comma), "12%", "6 800", "2 100", "200", "1 200kg", "14", "the No 3
    # shaft", "No 2 hostel", "(018) 555 1994" (a phone number holding 1994, beside the annotated
    # "1994"), "once the strike ends".
    "vaalkop-gold-mine-wage-strike": (
        "1999-09-18",
        [
            ("Heritage Day", "DATE", "1999-09-24"),
            ("Tuesday", "DATE", "1999-09-21"),
            ("week-long", "DURATION", "P1W"),
            ("Saturday 18 September 1999", "DATE", "1999-09-18"),
            ("next weekend", "DATE", "1999-W38-WE"),
            ("yesterday", "DATE", "1999-09-17"),
            ("week-long", "DURATION", "P1W"),
            ("the night of Sunday September 12", "TIME", "1999-09-12TNI"),
            ("4am", "TIME", "XXXX-XX-XXT04:00"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("daily", "SET", "P1D"),
            ("July 1", "DATE", "1999-07-01"),
            ("two-year", "DURATION", "P2Y"),
            ("20 years", "DURATION", "P20Y"),
            ("the six months", "DURATION", "P6M"),
            ("June", "DATE", "1999-06"),
            ("10am", "TIME", "1999-09-21T10:00"),
            ("Tuesday", "DATE", "1999-09-21"),
            ("April", "DATE", "1999-04"),
            ("the winter", "DATE", "1999-WI"),
            ("Friday, September 24", "DATE", "1999-09-24"),
            ("Heritage Day", "DATE", "1999-09-24"),
            ("9am", "TIME", "1999-09-24T09:00"),
            ("this morning", "TIME", "1999-09-18TMO"),
            ("Thursday", "DATE", "1999-09-16"),
            ("Monday", "DATE", "1999-09-20"),
            ("Tuesday", "DATE", "1999-09-14"),
            ("the past week", "DURATION", "P1W"),
            ("June", "DATE", "2000-06"),
            ("October", "DATE", "1999-10"),
            ("the September quarter", "DATE", "1999-Q3"),
            ("eight-hour", "DURATION", "PT8H"),
            ("at least four days", "DURATION", "P4D"),
            ("Wednesday night", "TIME", "1999-09-15TNI"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("10-day", "DURATION", "P10D"),
            ("1994", "DATE", "1994"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
