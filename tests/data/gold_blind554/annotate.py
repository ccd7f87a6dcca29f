"""Annotations of blind gold set 554, chosen by hand before the tagger ran.

    python tests/data/gold_blind554/annotate.py [--show]

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
    # Tuesday 1989-11-14 (ISO week 46), AP story as a news archive stores it: "The Associated
    # Press", date line "November 14, 1989, Tuesday, PM cycle" (date and weekday one DATE span,
    # like the date lines "Wednesday, September 20, 1989" of gold_blind35; "PM cycle" is the
    # wire's cycle, not a part of day, and is left out), SECTION, LENGTH, HEADLINE, BYLINE and
    # DATELINE fields. PM-cycle copy: "today" is the day of the wire. The thrift's fiscal year
    # ends June 30 and is named by the year it ends (gold_blind33): "the fiscal year that ended
    # June 30" FY1989 plus 1989-06-30, "the fiscal first quarter ended Sept. 30" FY1990-Q1 plus
    # 1989-09-30. The federal "fiscal 1990, which began Oct. 1" FY1990 plus 1989-10-01. Future:
    # the branches open "at 9 a.m. Wednesday" 1989-11-15T09:00 and 1989-11-15, "tomorrow
    # morning" 1989-11-15TMO, "next week" 1989-W47, the hearing "Nov. 28", the phone line
    # "through Nov. 30", "the end of the week" 1989-W46, "the end of 1990" 1990 (the year's
    # value, gold_blind35), "the spring" ahead in November 1990-SP (gold_blind35). Past: "last
    # Friday" 1989-11-10 (the memo "dated Nov. 10" confirms it), "Thursday night"
    # 1989-11-09TNI, "Monday afternoon" 1989-11-13TAF, "last week" 1989-W45, "August" (headline
    # and lead) 1989-08. "five years later" after "the end of 1982" is 1987 (the unit's
    # granularity on the narrative's last date, like "two days later" in gold_blind103); "at
    # least 90 days" past due DURATION P90D, the modifier kept; "within a month" -> "a month"
    # P1M; "every Saturday for 66 years" SET XXXX-WXX-6 and DURATION P66Y; the phone line "from
    # 8 a.m. to 8 p.m. daily" two TIMEs XXXX-XX-XXThh:mm and SET P1D (gold_blind32). Not
    # annotated: "PM cycle", "LENGTH: 421 words", "12th", "third" (seizure), "14 branches",
    # "$100,000", "61", "$48.2 million", "$11.6 million", "$30 million", "$310 million", "$2.1
    # billion", "$640 million", "300 more institutions", "38,000", "60 miles", "200 depositors",
    # "$4 million", "Chapter 11", "1-800-555-1989" (a phone number holding the year), "as
    # usual".
    "brazos-federal-thrift-seized": (
        "1989-11-14",
        [
            ("November 14, 1989, Tuesday", "DATE", "1989-11-14"),
            ("August", "DATE", "1989-08"),
            ("today", "DATE", "1989-11-14"),
            ("August", "DATE", "1989-08"),
            ("the fiscal year", "DATE", "FY1989"),
            ("June 30", "DATE", "1989-06-30"),
            ("the fiscal first quarter", "DATE", "FY1990-Q1"),
            ("Sept. 30", "DATE", "1989-09-30"),
            ("9 a.m.", "TIME", "1989-11-15T09:00"),
            ("Wednesday", "DATE", "1989-11-15"),
            ("tomorrow morning", "TIME", "1989-11-15TMO"),
            ("this morning", "TIME", "1989-11-14TMO"),
            ("tonight", "TIME", "1989-11-14TNI"),
            ("next week", "DATE", "1989-W47"),
            ("March 1988", "DATE", "1988-03"),
            ("last Friday", "DATE", "1989-11-10"),
            ("Thursday night", "TIME", "1989-11-09TNI"),
            ("Nov. 10", "DATE", "1989-11-10"),
            ("1923", "DATE", "1923"),
            ("the end of 1982", "DATE", "1982"),
            ("five years later", "DATE", "1987"),
            ("now", "DATE", "PRESENT_REF"),
            ("at least 90 days", "DURATION", "P90D"),
            ("this month", "DATE", "1989-11"),
            ("the next three years", "DURATION", "P3Y"),
            ("last week", "DATE", "1989-W45"),
            ("the end of 1990", "DATE", "1990"),
            ("the spring", "DATE", "1990-SP"),
            ("fiscal 1990", "DATE", "FY1990"),
            ("Oct. 1", "DATE", "1989-10-01"),
            ("Nov. 28", "DATE", "1989-11-28"),
            ("less than three hours", "DURATION", "PT3H"),
            ("Monday afternoon", "TIME", "1989-11-13TAF"),
            ("1986", "DATE", "1986"),
            ("a month", "DURATION", "P1M"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("66 years", "DURATION", "P66Y"),
            ("the end of the week", "DATE", "1989-W46"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
            ("Nov. 30", "DATE", "1989-11-30"),
        ],
    ),
    # Monday 1989-05-15 (ISO week 20), an evening member paper's page printing AP copy:
    # nameplate line with the date line "Monday, May 15, 1989" (one DATE span) and "Page 5A",
    # section label "NATION", headline, deck, "By The Associated Press", "PORT SOLANA, Fla.
    # (AP) -" dateline. An evening paper's "today" is its own day; "early today" one DATE span
    # (gold_blind32) and the boarding "at about 3:40 a.m." that morning, 1989-05-15T03:40.
    # Past: "Saturday night" 1989-05-13TNI, "Sunday morning" 1989-05-14TMO, "that evening"
    # after it 1989-05-14TEV (anchored on the Sunday just named, gold_blind8, gold_blind14),
    # "Sunday afternoon" 1989-05-14TAF, "last week" 1989-W19, "since at least January" ->
    # "at least January" 1989-01 (the modifier kept, like "at least March" in gold_blind35),
    # "Christmas" just past 1988-12-25, "last summer" 1988-SU. Future: the hearing "Friday"
    # 1989-05-19, the arraignment "Wednesday" 1989-05-17, the tow "Tuesday" 1989-05-16, "next
    # month" 1989-06, "the summer" 1989-SU. "the Memorial Day weekend": Memorial Day is the
    # last Monday of May, 1989-05-29; the weekend before it takes the ISO week of its Saturday
    # (27 May), 1989-W21-WE (gold_blind21's "Memorial Day weekend"). "30 hours" (deck) and
    # "nearly 30 hours" PT30H; "every two weeks" SET P2W; "once a year" SET P1Y and "every
    # month" SET P1M (gold_blind56); "Five years ago" 1984 (the unit's granularity); "up to 10
    # years" P10Y; "24-hour" PT24H; "the next few days" PXD (the quotation marks are outside the
    # span). Not annotated: "Page 5A", "1,400 Pounds", "11 people", "640 one-kilo bricks",
    # "42-foot", "$30 million", "200 miles", "44", "State Road 684", "AR-15", ".45-caliber",
    # "$212,000", "37", "nine", "two cutters", "(813) 555-0845", "the night shift" and "night
    # manager" (kinds of work, not times), "around the clock" (idiom), "all of 1988" beyond
    # "1988".
    "port-solana-cocaine-boat-raid": (
        "1989-05-15",
        [
            ("Monday, May 15, 1989", "DATE", "1989-05-15"),
            ("30 hours", "DURATION", "PT30H"),
            ("early today", "DATE", "1989-05-15"),
            ("last week", "DATE", "1989-W19"),
            ("Saturday night", "TIME", "1989-05-13TNI"),
            ("Sunday morning", "TIME", "1989-05-14TMO"),
            ("that evening", "TIME", "1989-05-14TEV"),
            ("nearly 30 hours", "DURATION", "PT30H"),
            ("about 3:40 a.m.", "TIME", "1989-05-15T03:40"),
            ("this morning", "TIME", "1989-05-15TMO"),
            ("every two weeks", "SET", "P2W"),
            ("at least January", "DATE", "1989-01"),
            ("Christmas", "DATE", "1988-12-25"),
            ("this afternoon", "TIME", "1989-05-15TAF"),
            ("Friday", "DATE", "1989-05-19"),
            ("Wednesday", "DATE", "1989-05-17"),
            ("last summer", "DATE", "1988-SU"),
            ("up to 10 years", "DURATION", "P10Y"),
            ("Sunday afternoon", "TIME", "1989-05-14TAF"),
            ("24-hour", "DURATION", "PT24H"),
            ("Tuesday", "DATE", "1989-05-16"),
            ("Jan. 1", "DATE", "1989-01-01"),
            ("1988", "DATE", "1988"),
            ("October 1987", "DATE", "1987-10"),
            ("Five years ago", "DATE", "1984"),
            ("once a year", "SET", "P1Y"),
            ("Now", "DATE", "PRESENT_REF"),
            ("every month", "SET", "P1M"),
            ("1981", "DATE", "1981"),
            ("the Memorial Day weekend", "DATE", "1989-W21-WE"),
            ("the summer", "DATE", "1989-SU"),
            ("next month", "DATE", "1989-06"),
            ("the next few days", "DURATION", "PXD"),
        ],
    ),
    # Thursday 1990-08-30 (ISO week 35), AP copy as it came off the wire: the transmission line
    # "AP-NR-08-30-90 1622EDT" holds the date month first, "08-30-90" DATE 1990-08-30 (a
    # numeric date, gold_blind22, gold_blind78), and the clock time "1622EDT" TIME
    # 1990-08-30T16:22 (the zone in the span, not in the value); the slug line
    # "PM-Census-Undercount, 1st Ld-Writethru, a0731, 0389" (a story code and a word count),
    # headline, "Eds:" note, byline, "WASHINGTON (AP) _" dateline. "today" the day of the wire.
    # "the 1990 census" -> "1990" DATE (an adjectival year, gold_blind35). "as of April 1, Census
    # Day" -> two DATEs 1990-04-01, the named day valued on the day it falls on like a holiday
    # ("Monday is Family Day", gold_blind103). Past: "this week" 1990-W35, "last month" 1990-07,
    # "April 26", "early June" 1990-06, "July 30", "July" 1990-07, "Monday" 1990-08-27 (the
    # mailing). Future: "early next year" 1991 (the modifier kept, like "late last year"),
    # "Sept. 14", "Dec. 31", "next week" 1990-W36, "the end of September" 1990-09, "Monday"
    # 1990-09-03 and "Labor Day" 1990-09-03 (the first Monday of September). "evenings" SET
    # XXXX-XX-XXTEV and "weekends" SET XXXX-WXX-WE (bare plurals, gold_blind13, gold_blind17);
    # "every 10 years" SET P10Y; "the 15 days the bureau allows" DURATION P15D; "the next 10
    # years" and "the next decade" P10Y; "the 1980s" 198; "two-year" P2Y. Not annotated: the
    # slug's "1st", "a0731" and "0389", "4 grafs", "5th graf", "pvs", "14 large cities", "tens
    # of thousands", "18,000", "212,406", "9 percent", "231,000", "$21 million", "39,000",
    # "140,000", "435 seats", "2,300", "1-800-555-1990" (beside the annotated "1990"), "P.O. Box
    # 1790" (beside the annotated "1790"), "the most complete in the nation's history".
    "dunmore-heights-census-undercount": (
        "1990-08-30",
        [
            ("08-30-90", "DATE", "1990-08-30"),
            ("1622EDT", "TIME", "1990-08-30T16:22"),
            ("today", "DATE", "1990-08-30"),
            ("1990", "DATE", "1990"),
            ("this week", "DATE", "1990-W35"),
            ("this afternoon", "TIME", "1990-08-30TAF"),
            ("early next year", "DATE", "1991"),
            ("last month", "DATE", "1990-07"),
            ("April 1", "DATE", "1990-04-01"),
            ("Census Day", "DATE", "1990-04-01"),
            ("April 26", "DATE", "1990-04-26"),
            ("early June", "DATE", "1990-06"),
            ("July 30", "DATE", "1990-07-30"),
            ("evenings", "SET", "XXXX-XX-XXTEV"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("the 1980s", "DATE", "198"),
            ("1985", "DATE", "1985"),
            ("the next 10 years", "DURATION", "P10Y"),
            ("Sept. 14", "DATE", "1990-09-14"),
            ("the 15 days", "DURATION", "P15D"),
            ("Monday", "DATE", "1990-08-27"),
            ("today", "DATE", "1990-08-30"),
            ("three weeks", "DURATION", "P3W"),
            ("July", "DATE", "1990-07"),
            ("Dec. 31", "DATE", "1990-12-31"),
            ("the next decade", "DURATION", "P10Y"),
            ("every 10 years", "SET", "P10Y"),
            ("1790", "DATE", "1790"),
            ("1980", "DATE", "1980"),
            ("1982", "DATE", "1982"),
            ("two-year", "DURATION", "P2Y"),
            ("next week", "DATE", "1990-W36"),
            ("the end of September", "DATE", "1990-09"),
            ("Monday", "DATE", "1990-09-03"),
            ("Labor Day", "DATE", "1990-09-03"),
        ],
    ),
    # Wednesday 1990-10-10 (ISO week 41), AP story as a newspaper library's archive stores a
    # morning paper's page: "Published: Wednesday, October 10, 1990" (one DATE span), Section,
    # Page, Edition, Source and "Word count" fields, capitalised headline, deck, "LAKE CORMAN,
    # Wis. (AP) -" dateline. Morning copy names yesterday by its weekday: "on Tuesday", "Tuesday
    # night" 1990-10-09TNI, "late Tuesday" (one DATE span), the stock "on Tuesday" 1990-10-09.
    # The publication day itself is "today" (deck) and "Wednesday" (the quote and "at 10 a.m.
    # Wednesday", 1990-10-10T10:00): a bare weekday that is the publication day takes that day
    # (gold_blind103's "early Friday"). "set for Monday but was put off a day because of
    # Columbus Day" -> "Monday" 1990-10-08, "a day" DURATION P1D (the size of a delay,
    # gold_blind35), "Columbus Day" 1990-10-08 (the second Monday of October); "early Monday"
    # 1990-10-08 too. "16-DAY" (headline) P16D, from the walkout on Sept. 24; "now in its third
    # week" -> "now" PRESENT_REF and "its third week" DURATION P3W (gold_blind35's "its fourth
    # week"); "at 12:01 a.m. Sept. 24" a TIME and its DATE. Future: "next week" 1990-W42, "the
    # weekend" 1990-W41-WE (13-14 October), "Monday, Oct. 15" one DATE span (gold_blind66's
    # "Wednesday, Oct. 21"), "Thanksgiving" 1990-11-22 (the fourth Thursday of November),
    # "Nov. 1". Northline's fiscal year ends June 30 and is
    # named by the year it ends: "fiscal 1990, which ended June 30" FY1990 and 1990-06-30, "the
    # second quarter of fiscal 1991, which ends Dec. 31" one span FY1991-Q2 and 1990-12-31.
    # "weekly strike benefits" SET P1W (gold_blind35) and "every Friday" SET XXXX-WXX-5;
    # "another month" P1M. Not annotated: "Page: 6D", "Edition: FINAL", "Word count: 411",
    # "Local 1138", "612-140", "1,900", "23 terminals", "six", "6 percent", "over the life of
    # the contract", "$9 million", "$14.2 million", "62 1/2 cents", "$17.25", "a third",
    # "holiday shipments" (an adjective), "$180", "around the clock", "Interstate 94", "1,250
    # tractors", "Model 9400", "4,000 customers".
    "northline-freight-drivers-strike": (
        "1990-10-10",
        [
            ("Wednesday, October 10, 1990", "DATE", "1990-10-10"),
            ("16-DAY", "DURATION", "P16D"),
            ("today", "DATE", "1990-10-10"),
            ("three-year", "DURATION", "P3Y"),
            ("Tuesday", "DATE", "1990-10-09"),
            ("next week", "DATE", "1990-W42"),
            ("Tuesday night", "TIME", "1990-10-09TNI"),
            ("Monday", "DATE", "1990-10-08"),
            ("a day", "DURATION", "P1D"),
            ("Columbus Day", "DATE", "1990-10-08"),
            ("now", "DATE", "PRESENT_REF"),
            ("its third week", "DURATION", "P3W"),
            ("12:01 a.m.", "TIME", "1990-09-24T00:01"),
            ("Sept. 24", "DATE", "1990-09-24"),
            ("two years", "DURATION", "P2Y"),
            ("Wednesday", "DATE", "1990-10-10"),
            ("1987", "DATE", "1987"),
            ("late Tuesday", "DATE", "1990-10-09"),
            ("10 a.m.", "TIME", "1990-10-10T10:00"),
            ("Wednesday", "DATE", "1990-10-10"),
            ("the weekend", "DATE", "1990-W41-WE"),
            ("another month", "DURATION", "P1M"),
            ("Monday, Oct. 15", "DATE", "1990-10-15"),
            ("fiscal 1990", "DATE", "FY1990"),
            ("June 30", "DATE", "1990-06-30"),
            ("the second quarter of fiscal 1991", "DATE", "FY1991-Q2"),
            ("Dec. 31", "DATE", "1990-12-31"),
            ("Tuesday", "DATE", "1990-10-09"),
            ("1979", "DATE", "1979"),
            ("41 days", "DURATION", "P41D"),
            ("the past two weeks", "DURATION", "P2W"),
            ("Thanksgiving", "DATE", "1990-11-22"),
            ("Nov. 1", "DATE", "1990-11-01"),
            ("weekly", "SET", "P1W"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("about 20 minutes", "DURATION", "PT20M"),
            ("early Monday", "DATE", "1990-10-08"),
            ("1946", "DATE", "1946"),
        ],
    ),
    # Friday 1991-02-22 (ISO week 8), a morning member paper's front page printing AP copy:
    # nameplate line with the date line "Friday, February 22, 1991" (one DATE span) and "A1",
    # headline, deck, byline "AP Aerospace Writer", "CAPE CANAVERAL, Fla. (AP) -" dateline.
    # Morning copy: the launch day is "Thursday" 1991-02-21 (liftoff "at 8:47 a.m. EST"
    # 1991-02-21T08:47, "Thursday night" 1991-02-21TNI), "today" (deck and body) the paper's
    # day, with the release "at about 2:30 p.m. EST today" 1991-02-22T14:30. "last Thursday"
    # 1991-02-14, "last weekend" 1991-W07-WE (16-17 February, like "last weekend" in
    # gold_blind30), "Presidents Day on Monday" two DATEs 1991-02-18 (the third Monday of
    # February), "Tuesday morning" 1991-02-19TMO. "Had the weather stayed bad, ... would have
    # tried again Saturday" 1991-02-23, the next Saturday after the launch (a counterfactual
    # does not change the day it names, gold_blind103's "Five years ago"). Landing "at 10:05
    # a.m. EST next Wednesday" 1991-02-27T10:05 and 1991-02-27 (gold_blind44: "next Wednesday"
    # in a Friday paper is the coming one); "Thursday is the backup landing day" 1991-02-28, so
    # Thursday occurs in both directions. "Weeklong" (headline) and "a week" P1W; "at T-minus 9
    # minutes" -> "9 minutes" PT9M ("T-minus" a signal, gold_blind59); "17 minutes" PT17M;
    # "150-minute" PT150M; "About nine minutes" PT9M; "less than an hour" PT1H; "48 hours"
    # PT48H; "six-day" P6D; "12-hour" PT12H; "two weeks before a House committee takes up"
    # P2W (anchored duration); the wake-up call "at 5:30 a.m. CST each day" TIME
    # XXXX-XX-XXT05:30 and SET P1D (gold_blind103's "7 p.m. ... every night"); "this year" 1991;
    # "December" 1990-12; "fiscal 1992, which begins Oct. 1" FY1992 and 1991-10-01; "last
    # summer" 1990-SU. Not annotated: "A1", "Intrepid", "$180 million", "184 miles", "47",
    # "third flight", "5,100-pound", "Skyguard 4", "19th orbit", "two 12-hour shifts" beyond
    # "12-hour", "nine shuttle missions", "the second", "40,000", "State Road 528", "one of the
    # toughest weeks" (a superlative over a kind of period), "T-minus", "liftoff", "the launch".
    "intrepid-shuttle-weather-satellite": (
        "1991-02-22",
        [
            ("Friday, February 22, 1991", "DATE", "1991-02-22"),
            ("Weeklong", "DURATION", "P1W"),
            ("today", "DATE", "1991-02-22"),
            ("Thursday", "DATE", "1991-02-21"),
            ("a week", "DURATION", "P1W"),
            ("8:47 a.m. EST", "TIME", "1991-02-21T08:47"),
            ("17 minutes", "DURATION", "PT17M"),
            ("150-minute", "DURATION", "PT150M"),
            ("9 minutes", "DURATION", "PT9M"),
            ("About nine minutes", "DURATION", "PT9M"),
            ("about 2:30 p.m. EST", "TIME", "1991-02-22T14:30"),
            ("today", "DATE", "1991-02-22"),
            ("at least seven years", "DURATION", "P7Y"),
            ("last Thursday", "DATE", "1991-02-14"),
            ("less than an hour", "DURATION", "PT1H"),
            ("48 hours", "DURATION", "PT48H"),
            ("last weekend", "DATE", "1991-W07-WE"),
            ("Presidents Day", "DATE", "1991-02-18"),
            ("Monday", "DATE", "1991-02-18"),
            ("Tuesday morning", "TIME", "1991-02-19TMO"),
            ("Saturday", "DATE", "1991-02-23"),
            ("1966", "DATE", "1966"),
            ("Thursday night", "TIME", "1991-02-21TNI"),
            ("six-day", "DURATION", "P6D"),
            ("December", "DATE", "1990-12"),
            ("this year", "DATE", "1991"),
            ("5:30 a.m. CST", "TIME", "XXXX-XX-XXT05:30"),
            ("each day", "SET", "P1D"),
            ("12-hour", "DURATION", "PT12H"),
            ("10:05 a.m. EST", "TIME", "1991-02-27T10:05"),
            ("next Wednesday", "DATE", "1991-02-27"),
            ("Thursday", "DATE", "1991-02-28"),
            ("two weeks", "DURATION", "P2W"),
            ("fiscal 1992", "DATE", "FY1992"),
            ("Oct. 1", "DATE", "1991-10-01"),
            ("nearly two hours", "DURATION", "PT2H"),
            ("1983", "DATE", "1983"),
            ("last summer", "DATE", "1990-SU"),
        ],
    ),
    # Saturday 1991-11-23 (ISO week 47), AP story as a news archive stores it, date line
    # "November 23, 1991, Saturday, AM cycle" (one DATE span, "AM cycle" left out), SECTION,
    # LENGTH, HEADLINE, BYLINE, "DATELINE: CLAYBORNE, Miss.". AM-cycle copy names the days by
    # their weekdays: the verdict "on Friday" 1991-11-22; deliberations began "Thursday
    # morning" 1991-11-21TMO and the verdict came "at 4:35 p.m. the next day" -> 1991-11-22T16:35
    # and "the next day" 1991-11-22 (a narrative anchor on the Thursday, gold_blind32); the
    # closing argument "Tuesday" 1991-11-19. Future: sentencing "Feb. 7" (headline and body)
    # 1992-02-07 and the deputies' trial "Jan. 13" 1992-01-13, across the year boundary
    # (gold_blind35); "Thanksgiving together Thursday" -> "Thanksgiving" 1991-11-28 (the fourth
    # Thursday of November) and "Thursday" 1991-11-28, so Thursday occurs in both directions.
    # "Earlier this month" 1991-11; "almost every Sunday night" SET XXXX-WXX-7TNI (a modifier
    # kept, like "almost every day" in gold_blind35); "every night" SET XXXX-XX-XXTNI; "Dec. 3,
    # 1988" and its "2:10 a.m." 1988-12-03T02:10; "the summer of 1989" one span 1989-SU
    # (gold_blind35's "the spring of 1988"); "For years" -> "years" PXY (gold_blind32); "now"
    # PRESENT_REF; "14 years", "up to 20 years", "nearly four weeks", "about 11 hours",
    # "12-year", "10 days" ("within" a signal), "two-year" durations. Not annotated: "AM cycle",
    # "LENGTH: 423 words", "$212,000", "58", "six counts", "$100,000", "until then"
    # (anaphoric), "seven women and five men", "$5,000 a flight" (a rate per flight, not per
    # time), "Highway 49", "at least 30 times", "900 pounds", "$31,000", "$147,000", "the 5th
    # U.S. Circuit Court of Appeals", "Operation Low Tide", "23 convictions", "four states",
    # "three times", "like we always have", "Not anymore".
    "tallant-county-sheriff-bribery-verdict": (
        "1991-11-23",
        [
            ("November 23, 1991, Saturday", "DATE", "1991-11-23"),
            ("Feb. 7", "DATE", "1992-02-07"),
            ("Friday", "DATE", "1991-11-22"),
            ("1985", "DATE", "1985"),
            ("1988", "DATE", "1988"),
            ("14 years", "DURATION", "P14Y"),
            ("March 1990", "DATE", "1990-03"),
            ("up to 20 years", "DURATION", "P20Y"),
            ("Feb. 7", "DATE", "1992-02-07"),
            ("Thursday morning", "TIME", "1991-11-21TMO"),
            ("nearly four weeks", "DURATION", "P4W"),
            ("4:35 p.m.", "TIME", "1991-11-22T16:35"),
            ("the next day", "DATE", "1991-11-22"),
            ("about 11 hours", "DURATION", "PT11H"),
            ("Earlier this month", "DATE", "1991-11"),
            ("almost every Sunday night", "SET", "XXXX-WXX-7TNI"),
            ("1987", "DATE", "1987"),
            ("Dec. 3, 1988", "DATE", "1988-12-03"),
            ("2:10 a.m.", "TIME", "1988-12-03T02:10"),
            ("1989", "DATE", "1989"),
            ("12-year", "DURATION", "P12Y"),
            ("1986", "DATE", "1986"),
            ("Tuesday", "DATE", "1991-11-19"),
            ("1984", "DATE", "1984"),
            ("1987", "DATE", "1987"),
            ("10 days", "DURATION", "P10D"),
            ("two-year", "DURATION", "P2Y"),
            ("the summer of 1989", "DATE", "1989-SU"),
            ("Jan. 13", "DATE", "1992-01-13"),
            ("1975", "DATE", "1975"),
            ("Thanksgiving", "DATE", "1991-11-28"),
            ("Thursday", "DATE", "1991-11-28"),
            ("now", "DATE", "PRESENT_REF"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("April 1990", "DATE", "1990-04"),
            ("years", "DURATION", "PXY"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
