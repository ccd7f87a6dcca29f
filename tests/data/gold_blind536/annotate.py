"""Annotations of the blind gold set 536, chosen by hand before the tagger ran.

    python tests/data/gold_blind536/annotate.py [--show]

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
    # Monday 1989-09-11 (ISO week 37), business-paper takeover and leveraged-buyout story,
    # headline, deck ("to Meet Wednesday"), byline, date line "Monday, September 11, 1989" (one
    # span), "NEW YORK --" dateline. "late yesterday" and "yesterday afternoon" are Sunday
    # 1989-09-10 (TAF for the afternoon). Future weekdays: the directors meet "Wednesday" (deck
    # and body) 1989-09-13; Draycott's offer expires "at 5 p.m. EDT Friday" and "until 5 p.m.
    # Friday" -> 1989-09-15T17:00 (zone in the span, not in the value) and the DATE, "beyond
    # Friday" the same day. Past: "last Tuesday" in a Monday paper the most recent Tuesday,
    # 1989-09-05 (gold_blind8, gold_blind14); the board "rejected the Draycott bid Thursday"
    # 1989-09-07, "that evening" 1989-09-07TEV and "the next day" 1989-09-08, narrative anchors
    # on the last date told (gold_blind8, gold_blind32); "composite trading Friday" 1989-09-08.
    # "the Labor Day weekend": Labor Day 1989 is Monday 4 September, and the holiday weekend
    # takes the ISO week of its Saturday (2 September), 1989-W35-WE (gold_blind56,
    # gold_blind103); "worked through the weekend" the weekend just gone, 1989-W36-WE
    # (gold_blind2). "less than a week" P1W; "two weeks after ... proposed" P2W and "within 18
    # months of completing the purchase" P18M, durations anchored to an event (gold_blind35).
    # Kessler's fiscal year ends June 30 and is named by the year it ends (gold_blind33): "its
    # fiscal year ended June 30" -> "its fiscal year" FY1989 plus "June 30" 1989-06-30, "a year
    # earlier" FY1988 (the granularity of what it is compared with), "Its fiscal first quarter
    # ends Sept. 30" FY1990-Q1 plus 1989-09-30. Calendar: "this year" 1989, "late 1988" 1988,
    # "late October" 1989-10, "the end of the month" 1989-09, "Thanksgiving" the fourth Thursday
    # of November, 1989-11-23, "this summer" 1989-SU (said in September), "November" 1989-11,
    # "early next year" 1990. "the past decade" P10Y; "weeks" PXW; "the next few days" PXD;
    # "quarterly" SET P3M; "10-year" (a bond tenor) DURATION P10Y (gold_blind38). Not
    # annotated: "Supper Club 2000" (a product line), "$62", "$58-a-share", "$54", "$60.125",
    # "$1.375", "$1.6 billion", "$600 million", "$96 million", "$2.61", "4.9%", "12%", "14%",
    # "14 buyouts", "61" (an age), "high-yield"-style words, "a new ballgame".
    "kessler-foods-buyout-group-raises-bid": (
        "1989-09-11",
        [
            ("Wednesday", "DATE", "1989-09-13"),
            ("Monday, September 11, 1989", "DATE", "1989-09-11"),
            ("less than a week", "DURATION", "P1W"),
            ("late yesterday", "DATE", "1989-09-10"),
            ("July", "DATE", "1989-07"),
            ("Wednesday", "DATE", "1989-09-13"),
            ("5 p.m. EDT", "TIME", "1989-09-15T17:00"),
            ("Friday", "DATE", "1989-09-15"),
            ("last Tuesday", "DATE", "1989-09-05"),
            ("the Labor Day weekend", "DATE", "1989-W35-WE"),
            ("two weeks", "DURATION", "P2W"),
            ("Thursday", "DATE", "1989-09-07"),
            ("that evening", "TIME", "1989-09-07TEV"),
            ("the next day", "DATE", "1989-09-08"),
            ("the weekend", "DATE", "1989-W36-WE"),
            ("yesterday afternoon", "TIME", "1989-09-10TAF"),
            ("the next few days", "DURATION", "PXD"),
            ("Friday", "DATE", "1989-09-15"),
            ("March", "DATE", "1989-03"),
            ("Friday", "DATE", "1989-09-08"),
            ("this year", "DATE", "1989"),
            ("late 1988", "DATE", "1988"),
            ("1979", "DATE", "1979"),
            ("the past decade", "DURATION", "P10Y"),
            ("18 months", "DURATION", "P18M"),
            ("its fiscal year", "DATE", "FY1989"),
            ("June 30", "DATE", "1989-06-30"),
            ("a year earlier", "DATE", "FY1988"),
            ("Its fiscal first quarter", "DATE", "FY1990-Q1"),
            ("Sept. 30", "DATE", "1989-09-30"),
            ("late October", "DATE", "1989-10"),
            ("quarterly", "SET", "P3M"),
            ("1962", "DATE", "1962"),
            ("weeks", "DURATION", "PXW"),
            ("5 p.m.", "TIME", "1989-09-15T17:00"),
            ("Friday", "DATE", "1989-09-15"),
            ("the end of the month", "DATE", "1989-09"),
            ("Thanksgiving", "DATE", "1989-11-23"),
            ("this summer", "DATE", "1989-SU"),
            ("10-year", "DURATION", "P10Y"),
            ("November", "DATE", "1989-11"),
            ("early next year", "DATE", "1990"),
        ],
    ),
    # Tuesday 1990-11-20 (ISO week 47), business-paper earnings story of a company whose fiscal
    # year ends Sept. 30, headline ("Fiscal 4th Quarter", "Current Quarter"), deck ("by
    # March"), byline, date line "Tuesday, November 20, 1990", "SAN JOSE, Calif. --" dateline.
    # Fiscal 1990 ran October 1989-September 1990 and is named by the year it ends (gold_blind33):
    # the headline's "Fiscal 4th Quarter" (one span, like "Fiscal 3rd Quarter" in gold_blind14),
    # "its fiscal fourth quarter", "the quarter ended Sept. 30", "the fourth quarter" of orders
    # are FY1990-Q4 (July-September 1990), "the third quarter" FY1990-Q3, "the year-earlier
    # quarter" FY1989-Q4; "Current Quarter" / "the current quarter, which ends Dec. 31"
    # FY1991-Q1 plus 1990-12-31; "the fiscal second quarter, which ends March 31" FY1991-Q2 plus
    # 1991-03-31. "whose fiscal year ends Sept. 30" names the end of the year now running,
    # 1991-09-30 (gold_blind33), while "the quarter ended Sept. 30" is 1990-09-30. "fiscal 1990"
    # FY1990, "Sales for the year" FY1990, "a year earlier" after it FY1989, "fiscal 1989"
    # FY1989. "late yesterday", "yesterday" (twice) Monday 1990-11-19; "11 a.m. EST today"
    # 1990-11-20T11:00 and the DATE. "about three weeks later than usual" is the size of a
    # delay, DURATION P3W (gold_blind35). "the past four quarters" DURATION P4Q, the period of a
    # count ("in each of"), like "the past five quarters" in gold_blind40. "the spring" ahead
    # in November 1991-SP; "the second half of 1991" one span 1991-H2, a calendar phrase with
    # its year (gold_blind33). "by March" (deck and body) 1991-03; "Christmas" 1990-12-25 with
    # "two weeks" P2W; "Thanksgiving" the fourth Thursday of November, 1990-11-22; "since
    # August" 1990-08; "July" 1990-07; "next month" 1990-12; "52-week" P52W (gold_blind63);
    # "quarterly" SET P3M. The rival "said last Wednesday" 1990-11-14 (the most recent
    # Wednesday in a Tuesday paper); its calendar "three months ended Oct. 31" P3M plus
    # 1990-10-31, and "a year earlier" after a stretch with no value of its own takes the year,
    # 1989 (gold_blind6, gold_blind33). Not annotated: "Model 2400" (a product), "Form 10-K",
    # "600 jobs", "14%", "19%", "31%", "4%", "$8.4 million", "52 cents", "$9.50", "$31", "five
    # cents", "54" (an age), "the bottom", "after the close" (session words, not used here).
    "hadley-vance-fiscal-fourth-quarter-loss": (
        "1990-11-20",
        [
            ("Fiscal 4th Quarter", "DATE", "FY1990-Q4"),
            ("Current Quarter", "DATE", "FY1991-Q1"),
            ("March", "DATE", "1991-03"),
            ("Tuesday, November 20, 1990", "DATE", "1990-11-20"),
            ("its fiscal fourth quarter", "DATE", "FY1990-Q4"),
            ("the current quarter", "DATE", "FY1991-Q1"),
            ("Dec. 31", "DATE", "1990-12-31"),
            ("Sept. 30", "DATE", "1991-09-30"),
            ("late yesterday", "DATE", "1990-11-19"),
            ("the quarter", "DATE", "FY1990-Q4"),
            ("Sept. 30", "DATE", "1990-09-30"),
            ("the year-earlier quarter", "DATE", "FY1989-Q4"),
            ("about three weeks", "DURATION", "P3W"),
            ("Oct. 29", "DATE", "1990-10-29"),
            ("fiscal 1990", "DATE", "FY1990"),
            ("fiscal 1989", "DATE", "FY1989"),
            ("the year", "DATE", "FY1990"),
            ("a year earlier", "DATE", "FY1989"),
            ("March", "DATE", "1991-03"),
            ("two weeks", "DURATION", "P2W"),
            ("Christmas", "DATE", "1990-12-25"),
            ("quarterly", "SET", "P3M"),
            ("1983", "DATE", "1983"),
            ("the past four quarters", "DURATION", "P4Q"),
            ("the spring", "DATE", "1991-SP"),
            ("yesterday", "DATE", "1990-11-19"),
            ("the fourth quarter", "DATE", "FY1990-Q4"),
            ("the third quarter", "DATE", "FY1990-Q3"),
            ("the second half of 1991", "DATE", "1991-H2"),
            ("yesterday", "DATE", "1990-11-19"),
            ("52-week", "DURATION", "P52W"),
            ("July", "DATE", "1990-07"),
            ("the fiscal second quarter", "DATE", "FY1991-Q2"),
            ("March 31", "DATE", "1991-03-31"),
            ("Thanksgiving", "DATE", "1990-11-22"),
            ("August", "DATE", "1990-08"),
            ("11 a.m. EST", "TIME", "1990-11-20T11:00"),
            ("today", "DATE", "1990-11-20"),
            ("next month", "DATE", "1990-12"),
            ("last Wednesday", "DATE", "1990-11-14"),
            ("the three months", "DURATION", "P3M"),
            ("Oct. 31", "DATE", "1990-10-31"),
            ("a year earlier", "DATE", "1989"),
        ],
    ),
    # Wednesday 1991-05-22 (ISO week 21), business paper's executive-changes column, column
    # label, headline ("After 14 Months"), byline, date line "Wednesday, May 22, 1991", items
    # opening with the company and city in capitals. "yesterday" and "late yesterday" Tuesday
    # 1991-05-21; the board meeting "Monday" 1991-05-20 "ran past 11 p.m." -> TIME
    # 1991-05-20T23:00 ("past" a signal); "the next morning" Tuesday 1991-05-21TMO, a narrative
    # anchor (gold_blind3, gold_blind32); "shortly before noon" -> "noon" 1991-05-21T12:00,
    # "shortly before" left out like "Shortly before midnight" in gold_blind40. "14 Months"
    # (headline) and "14 months after taking the job" DURATION P14M, anchored to an event
    # (gold_blind35). "at least six months" P6M; "three-year" contract P3Y; "March 1990"
    # 1990-03; "since the end of 1989" 1989 (the year's value, gold_blind35). Ashcombe's fiscal
    # year is not described, so "first-quarter" is the calendar 1991-Q1 and "a year earlier"
    # after it 1990-Q1 (gold_blind33). "last month" 1991-04; "the end of the year" 1991;
    # "10 a.m. EDT tomorrow" 1991-05-23T10:00 and 1991-05-23. Delmar: "effective June 1"
    # 1991-06-01 ("effective" a signal, gold_blind33); "the end of the month" 1991-05; "31
    # years" P31Y; "for the first time since the 1930s" -> "the 1930s" 193; "until next April"
    # 1992-04. Triborough: "effective after the Memorial Day weekend" -> Memorial Day 1991 is
    # Monday 27 May, its weekend the ISO week of its Saturday (25 May), 1991-W21-WE
    # (gold_blind103); "within 30 days" P30D. Northfield: "since January" 1991-01; "meets
    # quarterly" SET P3M; "its July 16 meeting" 1991-07-16 (an adjectival date). Meridian:
    # "will retire Friday" 1991-05-24; "33 years" P33Y; "the past 12 years" P12Y; "1958".
    # Not annotated: "WHO'S NEWS", "1776 Main Street" (an address, after "in 1958"), "Boeing
    # 727" (a model number), "The overnight carrier" (an adjective naming a kind of service,
    # like "Overnight lows" in gold_blind103), "for the first time", "effective immediately"
    # (not used), ages ("47", "58", "52", "65", "44", "61", "88", "62"), "41%", "38%",
    # "$12.2 million", "$31.25", "58 cents", "two of its nine plants", "22 Boeing 727 freighters".
    "whos-news-ashcombe-chief-resigns": (
        "1991-05-22",
        [
            ("14 Months", "DURATION", "P14M"),
            ("Wednesday, May 22, 1991", "DATE", "1991-05-22"),
            ("yesterday", "DATE", "1991-05-21"),
            ("14 months", "DURATION", "P14M"),
            ("at least six months", "DURATION", "P6M"),
            ("March 1990", "DATE", "1990-03"),
            ("three-year", "DURATION", "P3Y"),
            ("1974", "DATE", "1974"),
            ("Monday", "DATE", "1991-05-20"),
            ("11 p.m.", "TIME", "1991-05-20T23:00"),
            ("the next morning", "TIME", "1991-05-21TMO"),
            ("noon", "TIME", "1991-05-21T12:00"),
            ("first-quarter", "DATE", "1991-Q1"),
            ("a year earlier", "DATE", "1990-Q1"),
            ("last month", "DATE", "1991-04"),
            ("the end of the year", "DATE", "1991"),
            ("yesterday", "DATE", "1991-05-21"),
            ("the end of 1989", "DATE", "1989"),
            ("late yesterday", "DATE", "1991-05-21"),
            ("10 a.m. EDT", "TIME", "1991-05-23T10:00"),
            ("tomorrow", "DATE", "1991-05-23"),
            ("June 1", "DATE", "1991-06-01"),
            ("the end of the month", "DATE", "1991-05"),
            ("31 years", "DURATION", "P31Y"),
            ("1987", "DATE", "1987"),
            ("1990", "DATE", "1990"),
            ("the 1930s", "DATE", "193"),
            ("next April", "DATE", "1992-04"),
            ("the Memorial Day weekend", "DATE", "1991-W21-WE"),
            ("30 days", "DURATION", "P30D"),
            ("January", "DATE", "1991-01"),
            ("1985", "DATE", "1985"),
            ("quarterly", "SET", "P3M"),
            ("July 16", "DATE", "1991-07-16"),
            ("Friday", "DATE", "1991-05-24"),
            ("33 years", "DURATION", "P33Y"),
            ("1958", "DATE", "1958"),
            ("the past 12 years", "DURATION", "P12Y"),
        ],
    ),
    # Thursday 1990-12-27 (ISO week 52), business paper's bond-market column, column label,
    # headline, byline, date line "Thursday, December 27, 1990", "NEW YORK --" dateline.
    # "yesterday" (twice) Wednesday 1990-12-26, the first session after Christmas; "late
    # Monday" 1990-12-24 (DATE, gold_blind8); the market "closed at 2 p.m." on "Monday"
    # 1990-12-24T14:00 and "was shut Tuesday" 1990-12-25. Future: "tomorrow" 1990-12-28; "next
    # Wednesday" in a Thursday paper the coming Wednesday, 1991-01-02 (gold_blind44); the
    # factory-orders report "due Monday" 1990-12-31, the same day as "New Year's Eve"
    # 1990-12-31. Holidays on the day they fall on: "Christmas" 1990-12-25 (three times),
    # "New Year's Day" and "New Year's" 1991-01-01. "due Dec. 15" 1990-12-15 (a Saturday);
    # "the 30-day grace period, which ends Jan. 14" P30D plus 1991-01-14. Maturities "due 1999"
    # and "due 1996" DATEs, "due" a signal, and the tenors "30-year", "two-year", "five-year"
    # DURATIONs (gold_blind38); "maturities from 1992 to 2010" two DATEs (gold_blind35).
    # "early next year" 1991; "as recently as August" -> "August" 1990-08 (gold_blind16);
    # "the five weeks ended Dec. 22" P5W plus 1990-12-22; "this year" (three times, once in "so
    # far this year") 1990; "1989"; "the late 1970s" 197; "November factory orders" 1990-11
    # (a report's month as an adjective, gold_blind33); "January delivery" 1991-01 (a delivery
    # month ahead, gold_blind33). Not annotated: "Chapter 11", "800-555-1990" (a phone number
    # holding 1990), "Project 2000" (a bond project's name), "Thin Holiday Trading" and "the
    # holiday" (an adjective and an anaphor), "the first session" and "shortened session"
    # (session words), "13 3/4%", "12 1/2%", "9 1/2%", "9 points", "6 1/2 points", "22", "41",
    # "70", "1/4 point", "101 5/8", "1/8", "98 11/32", "8.27%", "8.29%", "5.9%", "7.15%", "8%",
    # "2%", "11%", "$41 million", "$90", "$1,000", "$1.4 billion", "212 stores", "$18 billion".
    "credit-markets-lassiter-junk-bonds-plunge": (
        "1990-12-27",
        [
            ("Thursday, December 27, 1990", "DATE", "1990-12-27"),
            ("yesterday", "DATE", "1990-12-26"),
            ("Dec. 15", "DATE", "1990-12-15"),
            ("early next year", "DATE", "1991"),
            ("1999", "DATE", "1999"),
            ("1996", "DATE", "1996"),
            ("1988", "DATE", "1988"),
            ("August", "DATE", "1990-08"),
            ("30-day", "DURATION", "P30D"),
            ("Jan. 14", "DATE", "1991-01-14"),
            ("late Monday", "DATE", "1990-12-24"),
            ("New Year's Day", "DATE", "1991-01-01"),
            ("Christmas", "DATE", "1990-12-25"),
            ("the five weeks", "DURATION", "P5W"),
            ("Dec. 22", "DATE", "1990-12-22"),
            ("this year", "DATE", "1990"),
            ("Christmas", "DATE", "1990-12-25"),
            ("New Year's", "DATE", "1991-01-01"),
            ("this year", "DATE", "1990"),
            ("1989", "DATE", "1989"),
            ("this year", "DATE", "1990"),
            ("the late 1970s", "DATE", "197"),
            ("yesterday", "DATE", "1990-12-26"),
            ("Christmas", "DATE", "1990-12-25"),
            ("30-year", "DURATION", "P30Y"),
            ("Monday", "DATE", "1990-12-24"),
            ("2 p.m.", "TIME", "1990-12-24T14:00"),
            ("Tuesday", "DATE", "1990-12-25"),
            ("two-year", "DURATION", "P2Y"),
            ("tomorrow", "DATE", "1990-12-28"),
            ("five-year", "DURATION", "P5Y"),
            ("next Wednesday", "DATE", "1991-01-02"),
            ("New Year's Eve", "DATE", "1990-12-31"),
            ("November", "DATE", "1990-11"),
            ("Monday", "DATE", "1990-12-31"),
            ("January", "DATE", "1991-01"),
            ("1992", "DATE", "1992"),
            ("2010", "DATE", "2010"),
        ],
    ),
    # Friday 1989-07-14 (ISO week 28), business-paper foreign-dateline acquisition story,
    # headline, deck ("to Begin Wednesday"), byline, date line "Friday, July 14, 1989",
    # "TOKYO --" dateline. "yesterday" (twice) Thursday 1989-07-13: the announcement "at 3 p.m.
    # Tokyo time yesterday (2 a.m. EDT)" is two TIMEs of that day, 1989-07-13T15:00 and
    # 1989-07-13T02:00 (a local time and its equivalent, gold_blind28, gold_blind63; "Tokyo
    # time" kept in the span like "local time" in gold_blind8); "hours after" -> "hours" PTXH
    # (gold_blind15, gold_blind40); "that morning" Tokyo's
    # Thursday morning, 1989-07-13TMO; "by 4 p.m. EDT" the same Thursday. Past: "late
    # Wednesday" and "closed Wednesday" 1989-07-12. Future: the offer begins "next Wednesday"
    # (and the deck's "Wednesday") 1989-07-19 and expires "at midnight EDT on Aug. 16" -> the
    # midnight ending that Wednesday, 1989-08-16T24:00, with "Aug. 16" its DATE (gold_blind33,
    # gold_blind103). Takara's year runs April-March and is named by the year it ends
    # (gold_blind63): "whose fiscal year ends March 31" the end of the year now running,
    # 1990-03-31; "the year ended March 31" FY1989 plus 1989-03-31; "the current year" FY1990;
    # "the fiscal year that begins April 1, 1990" FY1991 plus 1990-04-01. Ridley's year is not
    # described: "the second quarter, which ended June 30" 1989-Q2 plus 1989-06-30, "the third
    # quarter" 1989-Q3. "four of the past six quarters" -> "the past six quarters" P6Q, the
    # period of a count (gold_blind33). "more than three years" P3Y; "at least two years" P2Y;
    # "the first year after the purchase" an ordinal period of an event, DURATION P1Y (like
    # "The first week" in gold_blind35); "every week" SET P1W; "30 days" P30D. "the end of
    # September" 1989-09; "February" 1989-02, "early May" 1989-05, "last month" 1989-06,
    # "since April" 1989-04; "this year" 1989; "this fall" 1989-FA; "expected 1990 earnings"
    # an adjectival year; "mid-August" 1989-08; "several days" PXD. Not annotated: "the Bon
    # holidays" (a holiday period with no fixed day, avoided in gold_blind74; its "mid-August"
    # is annotated), "Model 3290" (a product), "5 1/4-inch", "14 times", "2,100", "40 yen",
    # "2,150 yen", "21.4 billion yen", "388 billion yen", "$880 million", "$34", "$24.50",
    # "$151 million", "$6.3 million", "10%", ages "63" and "49", "before the opening".
    "takara-seimitsu-ridley-systems-purchase": (
        "1989-07-14",
        [
            ("Wednesday", "DATE", "1989-07-19"),
            ("Friday, July 14, 1989", "DATE", "1989-07-14"),
            ("3 p.m. Tokyo time", "TIME", "1989-07-13T15:00"),
            ("yesterday", "DATE", "1989-07-13"),
            ("2 a.m. EDT", "TIME", "1989-07-13T02:00"),
            ("hours", "DURATION", "PTXH"),
            ("that morning", "TIME", "1989-07-13TMO"),
            ("late Wednesday", "DATE", "1989-07-12"),
            ("next Wednesday", "DATE", "1989-07-19"),
            ("midnight EDT", "TIME", "1989-08-16T24:00"),
            ("Aug. 16", "DATE", "1989-08-16"),
            ("the end of September", "DATE", "1989-09"),
            ("30 days", "DURATION", "P30D"),
            ("Wednesday", "DATE", "1989-07-12"),
            ("yesterday", "DATE", "1989-07-13"),
            ("4 p.m. EDT", "TIME", "1989-07-13T16:00"),
            ("February", "DATE", "1989-02"),
            ("early May", "DATE", "1989-05"),
            ("more than three years", "DURATION", "P3Y"),
            ("last month", "DATE", "1989-06"),
            ("March 31", "DATE", "1990-03-31"),
            ("the year", "DATE", "FY1989"),
            ("March 31", "DATE", "1989-03-31"),
            ("the current year", "DATE", "FY1990"),
            ("the fiscal year", "DATE", "FY1991"),
            ("April 1, 1990", "DATE", "1990-04-01"),
            ("1978", "DATE", "1978"),
            ("the past six quarters", "DURATION", "P6Q"),
            ("the second quarter", "DATE", "1989-Q2"),
            ("June 30", "DATE", "1989-06-30"),
            ("the third quarter", "DATE", "1989-Q3"),
            ("1990", "DATE", "1990"),
            ("at least two years", "DURATION", "P2Y"),
            ("every week", "SET", "P1W"),
            ("the first year", "DURATION", "P1Y"),
            ("this year", "DATE", "1989"),
            ("April", "DATE", "1989-04"),
            ("this fall", "DATE", "1989-FA"),
            ("mid-August", "DATE", "1989-08"),
            ("several days", "DURATION", "PXD"),
        ],
    ),
    # Saturday 1991-12-07 (ISO week 49), Canadian paper's business section, section label and
    # date line "Saturday, December 7, 1991" (one span), headline, deck ("in fourth quarter"),
    # byline, "TORONTO" dateline. "yesterday" (twice) Friday 1991-12-06, "yesterday
    # afternoon" 1991-12-06TAF, "at 4:30 p.m." the results' release that day. The bank's year
    # runs November-October and is named by the year it ends (gold_blind33, gold_blind63):
    # "the fiscal year ended Oct. 31" FY1991 plus 1991-10-31, "fiscal 1991" FY1991, "the
    # previous year" FY1990; "the three months ended Oct. 31, its fourth quarter" P3M,
    # 1991-10-31 and "its fourth quarter" FY1991-Q4 (August-October 1991), also the deck's
    # "fourth quarter" and the analyst's "the quarter"; "a year earlier" after it FY1990-Q4;
    # "its second quarter, which ends April 30" FY1992-Q2 plus 1992-04-30; "Fiscal 1992, which
    # began Nov. 1" FY1992 plus 1991-11-01. Calendar phrases with their years stay calendar:
    # "the spring of 1990" 1990-SP, "the second half of 1992" 1992-H2 (gold_blind33); "since
    # the spring" in December 1991-SP; "since June" 1991-06; "the early 1980s" 198. Dividend
    # "quarterly" SET P3M, "payable Feb. 1" 1992-02-01, "of record Dec. 27" 1991-12-27.
    # Weekdays: Laurentian reported "Thursday" 1991-12-05; the others "next Tuesday and
    # Wednesday" 1991-12-10 and 1991-12-11 (the Wednesday of the same next week). "now"
    # PRESENT_REF; "every week" SET P1W; "Christmas" 1991-12-25; "the next three years" P3Y.
    # The branches' new hours recur: "on Saturdays from 9 a.m. to 1 p.m." -> SET XXXX-WXX-6 and
    # two TIMEs XXXX-XX-XXThh:mm (gold_blind103), "starting in January" 1992-01. Not
    # annotated: "BUSINESS", "TSE 300" (an index name), "Branch 2000" (a program's name),
    # "Saturday hours" (an adjective naming a kind of opening, like "holiday hours" in
    # gold_blind103), "after the close of trading" (a session word), "22%", "22 per cent",
    # "47 per cent", "18 per cent", "4 per cent", "$410-million", "$498-million", "$2.71",
    # "$639-million", "$3.52", "$71-million", "$134-million", "34 cents", "50 cents", "$24.75",
    # "40 largest", "1,100", "23,000", "60 of its 1,240 branches", "fifth-largest", "fourth of
    # the six big banks", "about repair, not growth".
    "dominion-crown-bank-fiscal-1991-profit": (
        "1991-12-07",
        [
            ("Saturday, December 7, 1991", "DATE", "1991-12-07"),
            ("fourth quarter", "DATE", "FY1991-Q4"),
            ("yesterday", "DATE", "1991-12-06"),
            ("the fiscal year", "DATE", "FY1991"),
            ("Oct. 31", "DATE", "1991-10-31"),
            ("fiscal 1991", "DATE", "FY1991"),
            ("the previous year", "DATE", "FY1990"),
            ("the three months", "DURATION", "P3M"),
            ("Oct. 31", "DATE", "1991-10-31"),
            ("its fourth quarter", "DATE", "FY1991-Q4"),
            ("a year earlier", "DATE", "FY1990-Q4"),
            ("4:30 p.m.", "TIME", "1991-12-06T16:30"),
            ("the spring of 1990", "DATE", "1990-SP"),
            ("the second half of 1992", "DATE", "1992-H2"),
            ("yesterday afternoon", "TIME", "1991-12-06TAF"),
            ("quarterly", "SET", "P3M"),
            ("Feb. 1", "DATE", "1992-02-01"),
            ("Dec. 27", "DATE", "1991-12-27"),
            ("its second quarter", "DATE", "FY1992-Q2"),
            ("April 30", "DATE", "1992-04-30"),
            ("Fiscal 1992", "DATE", "FY1992"),
            ("Nov. 1", "DATE", "1991-11-01"),
            ("yesterday", "DATE", "1991-12-06"),
            ("June", "DATE", "1991-06"),
            ("Thursday", "DATE", "1991-12-05"),
            ("next Tuesday", "DATE", "1991-12-10"),
            ("Wednesday", "DATE", "1991-12-11"),
            ("the quarter", "DATE", "FY1991-Q4"),
            ("the early 1980s", "DATE", "198"),
            ("the spring", "DATE", "1991-SP"),
            ("now", "DATE", "PRESENT_REF"),
            ("every week", "SET", "P1W"),
            ("Christmas", "DATE", "1991-12-25"),
            ("the next three years", "DURATION", "P3Y"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("1 p.m.", "TIME", "XXXX-XX-XXT13:00"),
            ("January", "DATE", "1992-01"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
