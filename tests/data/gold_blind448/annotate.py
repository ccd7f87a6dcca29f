"""Annotations of the four-hundred-and-forty-eighth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind448/annotate.py [--show]

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
    # Wednesday 1991-01-23 (ISO week 4), US business-paper earnings story, headline, deck,
    # byline "Staff Reporter", date line "Wednesday, January 23, 1991" (one span, gold_blind33)
    # and an "ASHBURY, Mass. --" dateline. "yesterday" (four times) is Tuesday 1991-01-22, the
    # day of the release, the composite trading and the 5 p.m. call (1991-01-22T17:00).
    # Brennart's fiscal year ends March 31 and is named by the year it ends (gold_blind33,
    # gold_blind38): its third quarter (October-December 1990) is FY1991-Q3 ("Fiscal Third
    # Quarter" in the headline one span, "its fiscal third quarter" with the possessive kept
    # like "its fiscal first quarter" in gold_blind63, "the quarter"), "the year-earlier
    # quarter" FY1990-Q3, "the fourth quarter, which ends March 31" FY1991-Q4 plus 1991-03-31,
    # "whose fiscal year ends March 31" the end of the year now running, 1991-03-31
    # (gold_blind33), "fiscal 1991" and "the full year" FY1991, "fiscal 1990" FY1990. "the nine
    # months" DURATION P9M and "a year earlier" after the fiscal nine months the fiscal year
    # FY1990 (gold_blind38). "the second half of calendar 1991" one span 1991-H2, "calendar"
    # kept (gold_blind74). "a year ago" 1990 (gold_blind33). "after Thanksgiving" 1990-11-22
    # (fourth Thursday of November 1990); "mid-January" 1991-01; "by June" (deck and body) and
    # "early May" the coming months; "within two years each time" -> "two years" P2Y.
    # "quarterly" and "every quarter" SET P3M. The rival (calendar year) "said Monday"
    # 1991-01-21, its "fourth-quarter" 1990-Q4 and "a year earlier" 1989-Q4, "Feb. 5"
    # 1991-02-05. Not annotated: "No. 4", "Courier 2000 workstation", "the calendar" (in
    # "follows the calendar"), "the close of trading", "each time", "63", prices, amounts,
    # "600 jobs", "9%", "17%".
    "brennart-data-fiscal-third-quarter-loss": (
        "1991-01-23",
        [
            ("Fiscal Third Quarter", "DATE", "FY1991-Q3"),
            ("June", "DATE", "1991-06"),
            ("Wednesday, January 23, 1991", "DATE", "1991-01-23"),
            ("its fiscal third quarter", "DATE", "FY1991-Q3"),
            ("Dec. 31", "DATE", "1990-12-31"),
            ("March 31", "DATE", "1991-03-31"),
            ("the quarter", "DATE", "FY1991-Q3"),
            ("the year-earlier quarter", "DATE", "FY1990-Q3"),
            ("the nine months", "DURATION", "P9M"),
            ("a year earlier", "DATE", "FY1990"),
            ("yesterday", "DATE", "1991-01-22"),
            ("yesterday", "DATE", "1991-01-22"),
            ("a year ago", "DATE", "1990"),
            ("5 p.m.", "TIME", "1991-01-22T17:00"),
            ("yesterday", "DATE", "1991-01-22"),
            ("Thanksgiving", "DATE", "1990-11-22"),
            ("mid-January", "DATE", "1991-01"),
            ("the fourth quarter", "DATE", "FY1991-Q4"),
            ("March 31", "DATE", "1991-03-31"),
            ("the second half of calendar 1991", "DATE", "1991-H2"),
            ("now", "DATE", "PRESENT_REF"),
            ("fiscal 1991", "DATE", "FY1991"),
            ("fiscal 1990", "DATE", "FY1990"),
            ("the full year", "DATE", "FY1991"),
            ("early May", "DATE", "1991-05"),
            ("June", "DATE", "1991-06"),
            ("the next six months", "DURATION", "P6M"),
            ("1982", "DATE", "1982"),
            ("1986", "DATE", "1986"),
            ("two years", "DURATION", "P2Y"),
            ("quarterly", "SET", "P3M"),
            ("every quarter", "SET", "P3M"),
            ("1979", "DATE", "1979"),
            ("Monday", "DATE", "1991-01-21"),
            ("fourth-quarter", "DATE", "1990-Q4"),
            ("a year earlier", "DATE", "1989-Q4"),
            ("Feb. 5", "DATE", "1991-02-05"),
            ("yesterday", "DATE", "1991-01-22"),
        ],
    ),
    # Tuesday 1990-05-15 (ISO week 20), British financial daily's company-news page, section
    # label and date line "Tuesday May 15 1990" (one span), headline ("after 11 years"),
    # standfirst ("on October 1"), byline, no dateline. "yesterday" (three times) is Monday
    # 1990-05-14, "at 8am yesterday" 1990-05-14T08:00, and "last night" that Monday's night,
    # 1990-05-14TNI (a British daily's "last night" is the evening of "yesterday",
    # gold_blind35, gold_blind103). The board met on "Sunday afternoon" 1990-05-13TAF and
    # Mr Ware telephoned shareholders "that evening" 1990-05-13TEV (gold_blind8). "the end of
    # September" 1990-09 (gold_blind74); "half an hour before the announcement" an anchored
    # duration PT30M; "more than five hours" PT5H. The year ends March 31: "the financial year
    # to March 31" is two TIMEX3, FY1990 and 1990-03-31 (like "the business year to March
    # 2014", gold_blind74), "the previous year" FY1989, "the six months to March" P6M plus
    # 1990-03. "last autumn" said in May is the autumn of the year before, 1989-FA
    # (gold_blind33); "this year" in the quote 1990; "the end of the decade" 199
    # (gold_blind74); "the end of 1992" 1992 (gold_blind35). Future: "on Thursday"
    # 1990-05-17 and "the next day" 1990-05-18; "November", "August 3", "July 6" the coming
    # ones. "every year" SET P1Y, "twice a year" SET P1Y (the count kept in the span, like
    # "twice a week" in gold_blind35). Not annotated: "47", "58", "£38.4m", "£41.2m", "£512m",
    # "14 per cent", "9p", "247p", "£390m", "4.9 per cent", "6.2p", "9.1p", "the West
    # Midlands", "half its contracts", "the Stock Exchange", "Interim results" (a kind).
    "harcastle-chief-executive-to-step-down": (
        "1990-05-15",
        [
            ("Tuesday May 15 1990", "DATE", "1990-05-15"),
            ("11 years", "DURATION", "P11Y"),
            ("October 1", "DATE", "1990-10-01"),
            ("the end of September", "DATE", "1990-09"),
            ("11 years", "DURATION", "P11Y"),
            ("yesterday", "DATE", "1990-05-14"),
            ("October 1", "DATE", "1990-10-01"),
            ("1986", "DATE", "1986"),
            ("two years", "DURATION", "P2Y"),
            ("Sunday afternoon", "TIME", "1990-05-13TAF"),
            ("more than five hours", "DURATION", "PT5H"),
            ("that evening", "TIME", "1990-05-13TEV"),
            ("8am", "TIME", "1990-05-14T08:00"),
            ("yesterday", "DATE", "1990-05-14"),
            ("half an hour", "DURATION", "PT30M"),
            ("the financial year", "DATE", "FY1990"),
            ("March 31", "DATE", "1990-03-31"),
            ("the previous year", "DATE", "FY1989"),
            ("the six months", "DURATION", "P6M"),
            ("March", "DATE", "1990-03"),
            ("yesterday", "DATE", "1990-05-14"),
            ("1972", "DATE", "1972"),
            ("April 1979", "DATE", "1979-04"),
            ("every year", "SET", "P1Y"),
            ("1982", "DATE", "1982"),
            ("last autumn", "DATE", "1989-FA"),
            ("this year", "DATE", "1990"),
            ("last night", "TIME", "1990-05-14TNI"),
            ("the end of the decade", "DATE", "199"),
            ("February", "DATE", "1990-02"),
            ("the end of 1992", "DATE", "1992"),
            ("Thursday", "DATE", "1990-05-17"),
            ("the next day", "DATE", "1990-05-18"),
            ("November", "DATE", "1990-11"),
            ("August 3", "DATE", "1990-08-03"),
            ("July 6", "DATE", "1990-07-06"),
            ("twice a year", "SET", "P1Y"),
        ],
    ),
    # Saturday 1989-08-19 (ISO week 33), Canadian national paper's business section, section
    # label and date line "Saturday, August 19, 1989" (one span), headline, deck ("expires
    # Sept. 8 ... on Labour Day"), byline with title and a "VANCOUVER" place line. Halvorsen
    # announced the bid "late Thursday" 1989-08-17 (DATE, gold_blind33); "yesterday morning"
    # 1989-08-18TMO, "yesterday" 1989-08-18 and "last night" that Friday's night
    # 1989-08-18TNI. The offer is open "until 5 p.m. PDT on Friday, Sept. 8": the clock time
    # 1989-09-08T17:00 (zone in the span, not in the value) and "Friday, Sept. 8" one DATE
    # span like a date line with its weekday. "Labour Day" (deck and body) is the first Monday
    # of September, 1989-09-04 (gold_blind3, gold_blind16), annotated besides "Sept. 4"; "the
    # next day" after it 1989-09-05. Offer documents go out "on Monday" 1989-08-21 (future).
    # "in almost two years" the period of a "first in", P2Y (gold_blind35); "an hour" PT1H.
    # "March, 1988" (the comma of the paper's style) one span 1988-03; "June" past 1989-06.
    # Cairnmore keeps calendar periods: "the six months ended June 30" P6M plus 1989-06-30, and
    # "a year earlier" after it the same half a year before, 1988-H1 (see README). "since the
    # spring" 1989-SP (gold_blind33). Halvorsen "whose fiscal year ends Sept. 30" (present
    # tense) 1989-09-30, "fiscal 1988" FY1988; a loan "that matures in 1994" DATE 1994
    # (gold_blind38). "within 15 days" P15D, "within weeks" PXW, "the fall of 1987" one span,
    # "after 10 weeks" P10W; "last year" 1988; "quarterly" SET P3M; "now" PRESENT_REF. Not
    # annotated: "$640-million", "$18.50-a-share", "$19.25", "$3.75", "$24", "66", "51",
    # "11.2 per cent", "$41.3-million", "$1.22", "12 per cent", "25 cents", "$57-million",
    # "$500-million", "410,000 tonnes", "No. 2 line", "around the clock", "as recently as"
    # beyond "June", "1-800-555-1974" (beside "1974", annotated).
    "cairnmore-halvorsen-hostile-bid": (
        "1989-08-19",
        [
            ("Saturday, August 19, 1989", "DATE", "1989-08-19"),
            ("Sept. 8", "DATE", "1989-09-08"),
            ("Labour Day", "DATE", "1989-09-04"),
            ("almost two years", "DURATION", "P2Y"),
            ("late Thursday", "DATE", "1989-08-17"),
            ("an hour", "DURATION", "PT1H"),
            ("yesterday morning", "TIME", "1989-08-18TMO"),
            ("5 p.m. PDT", "TIME", "1989-09-08T17:00"),
            ("Friday, Sept. 8", "DATE", "1989-09-08"),
            ("Labour Day", "DATE", "1989-09-04"),
            ("Sept. 4", "DATE", "1989-09-04"),
            ("the next day", "DATE", "1989-09-05"),
            ("last night", "TIME", "1989-08-18TNI"),
            ("now", "DATE", "PRESENT_REF"),
            ("14 years", "DURATION", "P14Y"),
            ("March, 1988", "DATE", "1988-03"),
            ("June", "DATE", "1989-06"),
            ("yesterday", "DATE", "1989-08-18"),
            ("about two years", "DURATION", "P2Y"),
            ("Monday", "DATE", "1989-08-21"),
            ("the six months", "DURATION", "P6M"),
            ("June 30", "DATE", "1989-06-30"),
            ("a year earlier", "DATE", "1988-H1"),
            ("the spring", "DATE", "1989-SP"),
            ("quarterly", "SET", "P3M"),
            ("1979", "DATE", "1979"),
            ("Sept. 30", "DATE", "1989-09-30"),
            ("fiscal 1988", "DATE", "FY1988"),
            ("1994", "DATE", "1994"),
            ("15 days", "DURATION", "P15D"),
            ("weeks", "DURATION", "PXW"),
            ("the fall of 1987", "DATE", "1987-FA"),
            ("10 weeks", "DURATION", "P10W"),
            ("1974", "DATE", "1974"),
            ("last year", "DATE", "1988"),
        ],
    ),
    # Thursday 1991-10-03 (ISO week 40), financial news wire's bond-ratings item, section
    # label, headline, stamp "10/03/91  2:47 PM EDT" (a month-first numeric date, like
    # "9/25/14" in gold_blind41, and the clock time with its zone, two TIMEX3) and a "NEW YORK
    # --" dateline; "today" and "this afternoon" are the day of the wire, "at 2:15 p.m. today"
    # and "at 2 p.m." 1991-10-03, "in the morning" -> "the morning" 1991-10-03TMO
    # (gold_blind6). "yesterday" is Wednesday 1991-10-02. Past weekdays: "said late Friday"
    # and "since Friday" 1991-09-27, "placed ... on review ... Tuesday" 1991-10-01; future:
    # the call "at 10 a.m. EDT Monday" 1991-10-07T10:00 and 1991-10-07. Maturities and tenor
    # as decided in gold_blind38: "due 2016" and "due 1998" DATEs, "10-year notes" DURATION
    # P10Y; "sold in May" 1991-05. "last December" said in October 1991 is 1990-12. "the
    # third delay in 18 months" the period of an "Nth in", P18M (gold_blind33); "14 months
    # behind schedule" the size of a delay, P14M (gold_blind35); "within 90 days" P90D;
    # "phased in over three years" P3Y; "next month" 1991-11; "the second half of 1992" and
    # "the first quarter of 1993" one span each; "through June 30, 1994"; "Oct. 17" the coming
    # one; "quarterly" SET P3M; "recent months" PAST_REF. Not annotated: "Baa3", "Baa2",
    # "Prime-3", "Prime-2", "BBB", "9 3/8%", "8.2%", "1,150-megawatt", "Unit 1", "first
    # mortgage bonds", "long-term debt" (no length), "$2.16 dividend", "62 1/2 cents",
    # "$23.75", "1 1/2 points", "96 3/4", "9.72%", "11%", "9%", "820,000", amounts.
    "renford-gas-electric-debt-downgrade": (
        "1991-10-03",
        [
            ("10/03/91", "DATE", "1991-10-03"),
            ("2:47 PM EDT", "TIME", "1991-10-03T14:47"),
            ("2:15 p.m.", "TIME", "1991-10-03T14:15"),
            ("today", "DATE", "1991-10-03"),
            ("August 1988", "DATE", "1988-08"),
            ("2016", "DATE", "2016"),
            ("1998", "DATE", "1998"),
            ("10-year", "DURATION", "P10Y"),
            ("May", "DATE", "1991-05"),
            ("last December", "DATE", "1990-12"),
            ("late Friday", "DATE", "1991-09-27"),
            ("the second half of 1992", "DATE", "1992-H2"),
            ("18 months", "DURATION", "P18M"),
            ("yesterday", "DATE", "1991-10-02"),
            ("1988", "DATE", "1988"),
            ("1987", "DATE", "1987"),
            ("14 months", "DURATION", "P14M"),
            ("Tuesday", "DATE", "1991-10-01"),
            ("90 days", "DURATION", "P90D"),
            ("next month", "DATE", "1991-11"),
            ("three years", "DURATION", "P3Y"),
            ("January 1990", "DATE", "1990-01"),
            ("this afternoon", "TIME", "1991-10-03TAF"),
            ("the first quarter of 1993", "DATE", "1993-Q1"),
            ("June 30, 1994", "DATE", "1994-06-30"),
            ("quarterly", "SET", "P3M"),
            ("1953", "DATE", "1953"),
            ("Oct. 17", "DATE", "1991-10-17"),
            ("2 p.m.", "TIME", "1991-10-03T14:00"),
            ("the morning", "TIME", "1991-10-03TMO"),
            ("Friday", "DATE", "1991-09-27"),
            ("recent months", "DATE", "PAST_REF"),
            ("10 a.m. EDT", "TIME", "1991-10-07T10:00"),
            ("Monday", "DATE", "1991-10-07"),
        ],
    ),
    # Monday 1990-07-16 (ISO week 29), Australian financial daily's companies page, section
    # label and date line "Monday 16 July 1990" (one span), headline ("by Christmas"),
    # byline and a "MELBOURNE" place line. Past weekdays: workers were told "on Friday"
    # 1990-07-13 "at 2.30pm" (1990-07-13T14:30), the union meeting "that evening"
    # 1990-07-13TEV, shares suspended "on Friday morning" 1990-07-13TMO, Mr Llewellyn spoke
    # "on Saturday" 1990-07-14, the State Government was told "on Thursday night"
    # 1990-07-12TNI; future: the minister meets "on Wednesday" 1990-07-18, the union "at 7am
    # tomorrow" 1990-07-17T07:00 and 1990-07-17, "today" 1990-07-16. "Christmas" (headline
    # and body) 1990-12-25. The year runs July-June: "the 1989-90 financial year" one span
    # FY1990 (like "the 2016/17 financial year", gold_blind21) with "June 30" 1990-06-30;
    # "full-year" FY1990 (gold_blind74); "the half-year to December 31" 1989-H2 plus
    # 1989-12-31 and "the prior corresponding period" 1988-H2, as decided in gold_blind74.
    # "the end of this month" 1990-07; "from September", "on January 1" (1991-01-01), "from
    # February" (1991-02) and "late August" the coming ones; "14 consecutive months" P14M
    # (gold_blind103's "five consecutive days"); "at least six months" P6M; "48 hours" PT48H;
    # "30 years of their lives" P30Y; "last year" 1989; "this winter" the southern winter
    # 1990-WI (gold_blind9); "every year" SET P1Y, "every day" SET P1D. Not annotated: "420
    # jobs", "about 300 employees", "$A11.6 million", "25 per cent", "Polar 2000 fridge",
    # "38 per cent", "$A9.2 million", "1,100 people", "night shift", "second shift", "(051) 55
    # 1956" (beside "1956", annotated), "until the plant closes".
    "tallis-north-tarwin-plant-closure": (
        "1990-07-16",
        [
            ("Monday 16 July 1990", "DATE", "1990-07-16"),
            ("Christmas", "DATE", "1990-12-25"),
            ("Christmas", "DATE", "1990-12-25"),
            ("Friday", "DATE", "1990-07-13"),
            ("2.30pm", "TIME", "1990-07-13T14:30"),
            ("Friday", "DATE", "1990-07-13"),
            ("that evening", "TIME", "1990-07-13TEV"),
            ("1956", "DATE", "1956"),
            ("the end of this month", "DATE", "1990-07"),
            ("September", "DATE", "1990-09"),
            ("Saturday", "DATE", "1990-07-14"),
            ("the 1989-90 financial year", "DATE", "FY1990"),
            ("June 30", "DATE", "1990-06-30"),
            ("14 consecutive months", "DURATION", "P14M"),
            ("January 1", "DATE", "1991-01-01"),
            ("every year", "SET", "P1Y"),
            ("1986", "DATE", "1986"),
            ("February", "DATE", "1991-02"),
            ("Friday morning", "TIME", "1990-07-13TMO"),
            ("today", "DATE", "1990-07-16"),
            ("full-year", "DATE", "FY1990"),
            ("late August", "DATE", "1990-08"),
            ("the half-year", "DATE", "1989-H2"),
            ("December 31", "DATE", "1989-12-31"),
            ("the prior corresponding period", "DATE", "1988-H2"),
            ("Thursday night", "TIME", "1990-07-12TNI"),
            ("Wednesday", "DATE", "1990-07-18"),
            ("at least six months", "DURATION", "P6M"),
            ("7am", "TIME", "1990-07-17T07:00"),
            ("tomorrow", "DATE", "1990-07-17"),
            ("48 hours", "DURATION", "PT48H"),
            ("30 years", "DURATION", "P30Y"),
            ("1981", "DATE", "1981"),
            ("1987", "DATE", "1987"),
            ("last year", "DATE", "1989"),
            ("this winter", "DATE", "1990-WI"),
            ("1983", "DATE", "1983"),
            ("every day", "SET", "P1D"),
        ],
    ),
    # Friday 1989-12-08 (ISO week 49), wire-service business story with the wire's header
    # stamp "AP-NY-12-08-89 1512EST" (the numeric date "12-08-89" month first, 1989-12-08,
    # and the clock time "1512EST" 1989-12-08T15:12 with its zone in the span, like "0800 GMT"
    # in gold_blind28; the desk code "AP-NY" not annotated), headline, byline "AP Business
    # Writer", "CINCINNATI (AP) _" dateline; "today" (twice) and "midafternoon" (TIME
    # 1989-12-08TAF, the modifier not recorded) are the day of the wire. Past weekdays: the
    # suit was "filed late Thursday" 1989-12-07 (DATE, gold_blind33), Vandermeer "said
    # Wednesday" 1989-12-06; future: the hearing "is scheduled for Tuesday" 1989-12-12 and
    # the board "meets again Monday" 1989-12-11. "last month" 1989-11; "last week" 1989-W48.
    # The story line: "Sept. 26" (twice), "six weeks of talks", the close planned "by Jan. 31"
    # (future from the agreement, 1990-01-31), "Nov. 13" and "That evening" 1989-11-13TEV
    # (gold_blind8), "the evening of Nov. 14" one TIME span 1989-11-14TEV (like "the morning
    # of Nov. 26", gold_blind32) and "The next day" 1989-11-15 (gold_blind32). "five-year
    # employment contracts" DURATION on the adjective; "20 years" P20Y; "Christmas"
    # 1989-12-25; "28 days" P28D; "the end of the year" 1989; "recent weeks" PAST_REF;
    # "third-quarter" 1989-Q3 and "a year earlier" 1988-Q3; "every week" SET P1W (the
    # anaphoric "since the merger collapsed" left out). Not annotated: "Case No. A8911274",
    # "513-555-1989", "$38-a-share", "$200 million", "$14 million", "$9.75", "31 percent",
    # "$21.50", "8 percent", "4,300 people", "14 percent", "$11.2 million", "62 cents",
    # "$23.125", "37.5 cents", "64", "once they are served".
    "hollister-shareholders-merger-suit": (
        "1989-12-08",
        [
            ("12-08-89", "DATE", "1989-12-08"),
            ("1512EST", "TIME", "1989-12-08T15:12"),
            ("last month", "DATE", "1989-11"),
            ("late Thursday", "DATE", "1989-12-07"),
            ("Sept. 26", "DATE", "1989-09-26"),
            ("Nov. 14", "DATE", "1989-11-14"),
            ("Sept. 26", "DATE", "1989-09-26"),
            ("six weeks", "DURATION", "P6W"),
            ("Jan. 31", "DATE", "1990-01-31"),
            ("1977", "DATE", "1977"),
            ("Nov. 13", "DATE", "1989-11-13"),
            ("five-year", "DURATION", "P5Y"),
            ("That evening", "TIME", "1989-11-13TEV"),
            ("the evening of Nov. 14", "TIME", "1989-11-14TEV"),
            ("The next day", "DATE", "1989-11-15"),
            ("20 years", "DURATION", "P20Y"),
            ("Christmas", "DATE", "1989-12-25"),
            ("today", "DATE", "1989-12-08"),
            ("28 days", "DURATION", "P28D"),
            ("Tuesday", "DATE", "1989-12-12"),
            ("last week", "DATE", "1989-W48"),
            ("Wednesday", "DATE", "1989-12-06"),
            ("the end of the year", "DATE", "1989"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("1921", "DATE", "1921"),
            ("October", "DATE", "1989-10"),
            ("third-quarter", "DATE", "1989-Q3"),
            ("a year earlier", "DATE", "1988-Q3"),
            ("every week", "SET", "P1W"),
            ("Monday", "DATE", "1989-12-11"),
            ("midafternoon", "TIME", "1989-12-08TAF"),
            ("today", "DATE", "1989-12-08"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
