"""Annotations of the hundred-and-fifty-sixth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind156/annotate.py [--show]

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
    # Tuesday 2012-02-28 (ISO week 9), British stock-exchange announcement (RNS style) of a
    # calendar-year brickmaker's final results, header "Released 07:00 28-Feb-2012" (a TIME and
    # a DATE, gold_blind85). The Group's year follows the calendar, so "the year ended 31
    # December 2011" is "the year" DATE 2011 plus the day ("ended" a signal, gold_blind74), and
    # "the full year", "the first half", "the second half" take calendar values (2011, 2011-H1,
    # 2011-H2). The comparatives "(2010: £173.8m)" name the year the figure belongs to: "2010"
    # DATE each time (see README). "a year earlier" after "31 December 2011" takes the day's
    # granularity, 2010-12-31; "the end of January" 2012-01 and "year-on-year" after it 2011-01
    # (gold_blind74's "the end of June ... a year earlier"). "the Annual General Meeting" ->
    # "Annual" SET P1Y (gold_blind85), held "at 11.00am on Thursday 29 March 2012" (two
    # TIMEX3). Dividend dates ahead: paid 4 April 2012 (Wednesday), record date 16 March
    # (Friday), ex-dividend 14 March (Wednesday), scrip elections "by 5.00pm on 21 March 2012"
    # (Wednesday). "the spring" ahead in February 2012-SP; "the end of the year" (the chief
    # executive's retirement) 2012; "the summer" 2012-SU; "the first eight weeks of 2012" P8W
    # plus 2012; "1 February" 2012-02-01; "every year" SET P1Y; the presentation "at 9.30am
    # today" and the webcast "from noon" on the day of the announcement. Not annotated: "RNS
    # Number : 4821K", "the close of business" (an idiom of the register, its day annotated),
    # "Kingsbury 65" (a brick), "results2011" (in a URL), "14 Gresham Row", "EC2", "01632 960
    # 184", "at least twice" (a cover ratio), "over the cycle", "£184.2m", "5.1p", "7.6p", "6%",
    # "4.5%", "Final dividend", "Chairman's statement".
    "harrowgate-brick-final-results": (
        "2012-02-28",
        [
            ("07:00", "TIME", "2012-02-28T07:00"),
            ("28-Feb-2012", "DATE", "2012-02-28"),
            ("the year", "DATE", "2011"),
            ("31 December 2011", "DATE", "2011-12-31"),
            ("today", "DATE", "2012-02-28"),
            ("the year", "DATE", "2011"),
            ("31 December 2011", "DATE", "2011-12-31"),
            ("2010", "DATE", "2010"),
            ("2010", "DATE", "2010"),
            ("the full year", "DATE", "2011"),
            ("2010", "DATE", "2010"),
            ("31 December 2011", "DATE", "2011-12-31"),
            ("a year earlier", "DATE", "2010-12-31"),
            ("the end of January", "DATE", "2012-01"),
            ("year-on-year", "DATE", "2011-01"),
            ("Annual", "SET", "P1Y"),
            ("11.00am", "TIME", "2012-03-29T11:00"),
            ("Thursday 29 March 2012", "DATE", "2012-03-29"),
            ("4 April 2012", "DATE", "2012-04-04"),
            ("16 March 2012", "DATE", "2012-03-16"),
            ("14 March 2012", "DATE", "2012-03-14"),
            ("5.00pm", "TIME", "2012-03-21T17:00"),
            ("21 March 2012", "DATE", "2012-03-21"),
            ("2011", "DATE", "2011"),
            ("the first half", "DATE", "2011-H1"),
            ("July", "DATE", "2011-07"),
            ("the second half", "DATE", "2011-H2"),
            ("2007", "DATE", "2007"),
            ("14 months", "DURATION", "P14M"),
            ("September", "DATE", "2011-09"),
            ("the first eight weeks", "DURATION", "P8W"),
            ("2012", "DATE", "2012"),
            ("the spring", "DATE", "2012-SP"),
            ("1 February", "DATE", "2012-02-01"),
            ("the past seven years", "DURATION", "P7Y"),
            ("the end of the year", "DATE", "2012"),
            ("the summer", "DATE", "2012-SU"),
            ("every year", "SET", "P1Y"),
            ("1998", "DATE", "1998"),
            ("9.30am", "TIME", "2012-02-28T09:30"),
            ("today", "DATE", "2012-02-28"),
            ("noon", "TIME", "2012-02-28T12:00"),
        ],
    ),
    # Wednesday 2013-11-06 (ISO week 45), US press release (8-K style) with a dated dateline
    # "CEDAR HOLLOW, Ind., Nov. 6, 2013 /Midland Business Wire/ --"; "today" the day of the
    # release. Brackwater's fiscal year ends Sept. 30 (the text: "the full year ended Sept.
    # 30, 2013", "fiscal 2014, which began Oct. 1") and is named by the year it ends: fiscal
    # 2013 (Oct. 2012-Sept. 2013) FY2013, "the full year" FY2013; fiscal 2014 (headline,
    # subhead and body, five times) FY2014. "the fiscal fourth quarter" and "the fourth
    # quarter" (twice; the second in "below those of the fourth quarter") FY2013-Q4, "the
    # year-earlier quarter" FY2012-Q4; "the second quarter" (the plant's reopening) FY2014-Q2,
    # "First-quarter" FY2014-Q1 (gold_blind85: FY values in every company phrase). Calendar
    # words keep calendar values: "August" and "September" 2013, "June" 2013-06 (idled since),
    # "a year ago" 2012 (the unit's granularity), "later this week" 2013-W45, "late November"
    # 2013-11; the dividend is "payable Dec. 16, 2013" (Monday) to holders of record "Dec. 2,
    # 2013" (Monday), "payable" and "of record" signals (gold_blind74); "quarterly cash
    # dividend" SET P3M; "the ninth increase in the past 10 years" P10Y (the period of an
    # ordinal count, gold_blind85); the holiday closure "from Dec. 23 through Jan. 1" crosses
    # the year, 2013-12-23 and 2014-01-01; the buyback program "expires Dec. 31" 2013-12-31;
    # "over the next two years" P2Y; the call "at 11 a.m. Eastern time today" (the zone in the
    # span); "30 days" P30D. Not annotated: "the holidays" (no dates of its own, gold_blind35),
    # "NYSE: BWI", "1-800-555-0114", "passcode 2014" (a code equal to a year, beside "fiscal
    # 2014"), "Form 8-K", "Form 10-K", "317-555-0192", "27 cents", "25 cents", "ninth", "98
    # cents", "$4.35 to $4.55", "4% to 6%", "6,300", "11 countries", "may differ" (a verb).
    "brackwater-dividend-fiscal-2014-outlook": (
        "2013-11-06",
        [
            ("Fiscal 2014", "DATE", "FY2014"),
            ("Nov. 6, 2013", "DATE", "2013-11-06"),
            ("today", "DATE", "2013-11-06"),
            ("the fiscal fourth quarter", "DATE", "FY2013-Q4"),
            ("the full year", "DATE", "FY2013"),
            ("Sept. 30, 2013", "DATE", "2013-09-30"),
            ("quarterly", "SET", "P3M"),
            ("Dec. 16, 2013", "DATE", "2013-12-16"),
            ("Dec. 2, 2013", "DATE", "2013-12-02"),
            ("the past 10 years", "DURATION", "P10Y"),
            ("the fourth quarter", "DATE", "FY2013-Q4"),
            ("the year-earlier quarter", "DATE", "FY2012-Q4"),
            ("fiscal 2013", "DATE", "FY2013"),
            ("August", "DATE", "2013-08"),
            ("September", "DATE", "2013-09"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("a year ago", "DATE", "2012"),
            ("2006", "DATE", "2006"),
            ("Fiscal 2014", "DATE", "FY2014"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("Oct. 1", "DATE", "2013-10-01"),
            ("June", "DATE", "2013-06"),
            ("the second quarter", "DATE", "FY2014-Q2"),
            ("First-quarter", "DATE", "FY2014-Q1"),
            ("the fourth quarter", "DATE", "FY2013-Q4"),
            ("Dec. 23", "DATE", "2013-12-23"),
            ("Jan. 1", "DATE", "2014-01-01"),
            ("the next two years", "DURATION", "P2Y"),
            ("Dec. 31", "DATE", "2013-12-31"),
            ("11 a.m. Eastern time", "TIME", "2013-11-06T11:00"),
            ("today", "DATE", "2013-11-06"),
            ("30 days", "DURATION", "P30D"),
            ("1924", "DATE", "1924"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("later this week", "DATE", "2013-W45"),
            ("late November", "DATE", "2013-11"),
        ],
    ),
    # Saturday 2014-04-26 (ISO week 17), Scottish business page's AGM report, headline,
    # standfirst, byline, date line "Saturday 26 April 2014". The AGM was "on Thursday"
    # 2014-04-24 (standfirst "Thursday's AGM", body twice more, the possessive left out); the
    # pension fund "said on Thursday" the same day; "yesterday" Friday 2014-04-25. The chairman
    # "steps down in May" (ahead) 2014-05 "after nine years" P9Y; his successor "takes over on
    # 1 June" 2014-06-01; the dividend "payable on 16 May" 2014-05-16. "it came a year after
    # 18 per cent ... opposed" is an anchored duration, P1Y (gold_blind35); "Last year's revolt"
    # -> "Last year" 2013. Kilbride reports "for 2013" and its fiscal year is not described,
    # so "the first quarter" 2014-Q1 and "the second half" 2014-H2 are calendar ones; "the last
    # quarter of 2013" one span 2013-Q4 (like "the first quarter of 2016", gold_blind103).
    # "April" 2014-04 (trading so far this month); "the summer" ahead 2014-SU; the interim
    # results "in September" 2014-09; "mid-July" 2014-07; "the next five years" P5Y and "the
    # next five months" P5M (a quote); "nearly three hours" PT3H; "40 years" P40Y; "the past
    # year" P1Y; "the coming weeks" PXW; "11am" and "about 2pm" on the Thursday of the meeting.
    # Not annotated: "Kilbride 12 Year Old" (a whisky's name holding a duration), "AGM",
    # "final dividend", "interim results", "68" (an age), "31.4 per cent", "18 per cent",
    # "£412,000", "7 per cent", "4 per cent", "9.2p", "6p", "348p", "a fifth", "Almost a
    # third".
    "kilbride-distillers-agm-chairman-exit": (
        "2014-04-26",
        [
            ("Thursday", "DATE", "2014-04-24"),
            ("Saturday 26 April 2014", "DATE", "2014-04-26"),
            ("Thursday", "DATE", "2014-04-24"),
            ("nearly three hours", "DURATION", "PT3H"),
            ("May", "DATE", "2014-05"),
            ("nine years", "DURATION", "P9Y"),
            ("2010", "DATE", "2010"),
            ("1 June", "DATE", "2014-06-01"),
            ("1997", "DATE", "1997"),
            ("a year", "DURATION", "P1Y"),
            ("Last year", "DATE", "2013"),
            ("Thursday", "DATE", "2014-04-24"),
            ("2013", "DATE", "2013"),
            ("the first quarter", "DATE", "2014-Q1"),
            ("the last quarter of 2013", "DATE", "2013-Q4"),
            ("April", "DATE", "2014-04"),
            ("the second half", "DATE", "2014-H2"),
            ("40 years", "DURATION", "P40Y"),
            ("16 May", "DATE", "2014-05-16"),
            ("2012", "DATE", "2012"),
            ("the summer", "DATE", "2014-SU"),
            ("September", "DATE", "2014-09"),
            ("Nine years", "DURATION", "P9Y"),
            ("the next five years", "DURATION", "P5Y"),
            ("the next five months", "DURATION", "P5M"),
            ("Thursday", "DATE", "2014-04-24"),
            ("11am", "TIME", "2014-04-24T11:00"),
            ("about 2pm", "TIME", "2014-04-24T14:00"),
            ("the past year", "DURATION", "P1Y"),
            ("yesterday", "DATE", "2014-04-25"),
            ("mid-July", "DATE", "2014-07"),
            ("the coming weeks", "DURATION", "PXW"),
        ],
    ),
    # Friday 2014-10-31 (ISO week 44), English notice of a Japanese manufacturer (Tokyo Stock
    # Exchange disclosure style), dated "October 31, 2014" at its head; "a meeting held today"
    # the same day. Sanjo's fiscal year runs April-March and is named by the year it ends
    # (gold_blind74: the Japanese "fiscal 2014" for it is not used): "the Fiscal Year Ending
    # March 2015" (title), "the fiscal year ending March 31, 2015 (April 1, 2014 to March 31,
    # 2015)", "the fiscal year to March 2015" and "the fiscal year ending March 2015" are each
    # "the fiscal year" FY2015 plus the month or day ("ending" and "to" signals, gold_blind74's
    # "the business year to March 2014"); "the previous fiscal year" and "previous fiscal year"
    # FY2014, "fiscal year ended March 31, 2014" FY2014 plus the day. "the second quarter of the
    # fiscal year ending March 2015" is split like "the first seven weeks of the new financial
    # year" (gold_blind74): "the second quarter" FY2015-Q2, "the fiscal year" FY2015, "March
    # 2015". The fiscal halves have no value shape, so the text writes "the six months ended
    # September 30, 2014" (P6M plus the day) and "the remaining six months of the fiscal year"
    # (P6M plus FY2015). "mid-August" 2014-08; "from October 2014 onward" 2014-10; the interim
    # record date September 30, 2014; the year-end record date March 31, 2015; payment "from
    # December 5, 2014"; "twice a year" SET P1Y (gold_blind35's "twice a week"); results on
    # "November 7, 2014 at 15:00" (two TIMEX3), the briefing "on November 10" 2014-11-10; "May
    # 13, 2014"; "May 2013"; "spring 2015" 2015-SP. Not annotated: "year-end dividend" and
    # "annual dividend" (kinds and the period of a figure, like "interim dividend" and "its
    # usual monthly total", gold_blind74, gold_blind103), "Medium-Term Plan 2016" (a plan),
    # "6487" (a securities code), "+81-3-5555-2014" (a phone number ending in a year), "To whom
    # it may concern", "may differ", "as of the date of this notice", yen amounts and percentages.
    "sanjo-precision-forecast-dividend-revision": (
        "2014-10-31",
        [
            ("October 31, 2014", "DATE", "2014-10-31"),
            ("the Fiscal Year", "DATE", "FY2015"),
            ("March 2015", "DATE", "2015-03"),
            ("today", "DATE", "2014-10-31"),
            ("the fiscal year", "DATE", "FY2015"),
            ("March 31, 2015", "DATE", "2015-03-31"),
            ("April 1, 2014", "DATE", "2014-04-01"),
            ("March 31, 2015", "DATE", "2015-03-31"),
            ("May 13, 2014", "DATE", "2014-05-13"),
            ("the fiscal year", "DATE", "FY2015"),
            ("March 2015", "DATE", "2015-03"),
            ("the previous fiscal year", "DATE", "FY2014"),
            ("fiscal year", "DATE", "FY2014"),
            ("March 31, 2014", "DATE", "2014-03-31"),
            ("the six months", "DURATION", "P6M"),
            ("September 30, 2014", "DATE", "2014-09-30"),
            ("mid-August", "DATE", "2014-08"),
            ("the remaining six months", "DURATION", "P6M"),
            ("the fiscal year", "DATE", "FY2015"),
            ("October 2014", "DATE", "2014-10"),
            ("September 30, 2014", "DATE", "2014-09-30"),
            ("March 31, 2015", "DATE", "2015-03-31"),
            ("previous fiscal year", "DATE", "FY2014"),
            ("December 5, 2014", "DATE", "2014-12-05"),
            ("twice a year", "SET", "P1Y"),
            ("the second quarter", "DATE", "FY2015-Q2"),
            ("the fiscal year", "DATE", "FY2015"),
            ("March 2015", "DATE", "2015-03"),
            ("November 7, 2014", "DATE", "2014-11-07"),
            ("15:00", "TIME", "2014-11-07T15:00"),
            ("November 10", "DATE", "2014-11-10"),
            ("May 2013", "DATE", "2013-05"),
            ("spring 2015", "DATE", "2015-SP"),
        ],
    ),
    # Thursday 2015-02-19 (ISO week 8), Australian company's half-year results release to the
    # ASX, header "ASX ANNOUNCEMENT 19 February 2015"; "today" the day of the release.
    # Wattlebank's financial year ends 30 June and is named by the year it ends: "FY15" FY2015
    # (three times), "FY14" FY2014; "the first quarter" (its fiscal one, July-September 2014)
    # FY2015-Q1, in apposition to "the September quarter", a calendar name, 2014-Q3
    # (gold_blind74). "the half-year ended 31 December 2014", "the half ended 31 December 2014"
    # and the quote's "over the half" are July-December 2014, the calendar second half,
    # 2014-H2 (gold_blind74's "the half-year to 31 December"); "the prior corresponding period"
    # the same half a year before, 2013-H2, and so is the Australian shorthand "1H14" (the
    # first half of FY14, July-December 2013), 2013-H2 twice (see README). "a better than
    # expected December quarter" -> the head "December quarter" 2014-Q4 (like "a wetter than
    # average autumn", gold_blind103); "a slow October" -> "October" 2014-10. Dividend dates
    # ahead: paid 27 March 2015 (Friday), ex-dividend 4 March (Wednesday), record date 6 March
    # (Friday), DRP elections 9 March (Monday). "since 1 January" 2015-01-01; "January" 2015-01;
    # "Christmas" 2014-12-25 (the shutdowns "over Christmas", a holiday on its day);
    # "early February" 2015-02; "since November" 2014-11; "will reopen in April" 2015-04;
    # "over the next 18 months" P18M; "the past three years" P3Y; "11.00am AEDT today" a TIME
    # (zone in the span) and "today". Not annotated: "ASX: WBF", "Interim dividend" and "The
    # interim dividend" (a kind), "interim financial report", "Appendix 4D", "1800 555 215",
    # "conference ID 73144", "(07) 5555 0419", "$18.6 million" and other sums, "6.5 cents",
    # "fully franked", "12%", "7%".
    "wattlebank-foods-half-year-results": (
        "2015-02-19",
        [
            ("19 February 2015", "DATE", "2015-02-19"),
            ("the half-year", "DATE", "2014-H2"),
            ("31 December 2014", "DATE", "2014-12-31"),
            ("today", "DATE", "2015-02-19"),
            ("the half", "DATE", "2014-H2"),
            ("31 December 2014", "DATE", "2014-12-31"),
            ("the prior corresponding period", "DATE", "2013-H2"),
            ("1H14", "DATE", "2013-H2"),
            ("1H14", "DATE", "2013-H2"),
            ("31 December", "DATE", "2014-12-31"),
            ("30 June 2014", "DATE", "2014-06-30"),
            ("FY15", "DATE", "FY2015"),
            ("the first quarter", "DATE", "FY2015-Q1"),
            ("the September quarter", "DATE", "2014-Q3"),
            ("December quarter", "DATE", "2014-Q4"),
            ("October", "DATE", "2014-10"),
            ("the half", "DATE", "2014-H2"),
            ("2011", "DATE", "2011"),
            ("27 March 2015", "DATE", "2015-03-27"),
            ("4 March 2015", "DATE", "2015-03-04"),
            ("6 March 2015", "DATE", "2015-03-06"),
            ("9 March 2015", "DATE", "2015-03-09"),
            ("FY15", "DATE", "FY2015"),
            ("FY14", "DATE", "FY2014"),
            ("1 January", "DATE", "2015-01-01"),
            ("January", "DATE", "2015-01"),
            ("Christmas", "DATE", "2014-12-25"),
            ("early February", "DATE", "2015-02"),
            ("November", "DATE", "2014-11"),
            ("April", "DATE", "2015-04"),
            ("the next 18 months", "DURATION", "P18M"),
            ("2009", "DATE", "2009"),
            ("the past three years", "DURATION", "P3Y"),
            ("11.00am AEDT", "TIME", "2015-02-19T11:00"),
            ("today", "DATE", "2015-02-19"),
        ],
    ),
    # Monday 2015-04-13 (ISO week 16), Singapore business paper's story on a delayed annual
    # report, section line "COMPANIES & MARKETS | MONDAY, APRIL 13, 2015" (one DATE with its
    # weekday, checked by hand: the capitals escape gold_tools' weekday check), headline, deck,
    # byline, "SINGAPORE —" dateline. The company "said on Sunday" 2015-04-12 and filed "on
    # Sunday night" 2015-04-12TNI; it had promised the report "by last Friday" 2015-04-10 (the
    # Friday of the week before, in a Monday paper); "the year ended Dec 31, 2014" -> "the
    # year" DATE 2014 plus the day (a calendar-year company); "at least six more weeks" (deck
    # and quote) DURATION P6W with the modifier kept; "the end of May" 2015-05; suspended "on
    # April 1" 2015-04-01; "the March 31 deadline" -> "March 31" 2015-03-31, and the last trade
    # "on March 31" the same day. "in January" 2015-01, "in February" 2015-02 (past); "after
    # eight months in the job" P8M; "the nine months to September" P9M plus 2014-09, and "a
    # year earlier" after it the year, 2013 (gold_blind6, gold_blind33); "the past 18 months"
    # P18M; "a year ago" 2014 (the unit's granularity); "first-quarter results" 2015-Q1 (the
    # calendar-year company's quarter, an adjective), "due by May 15" 2015-05-15; "every two
    # weeks" SET P2W; "in the dark for two weeks" P2W; "In recent years" PAST_REF; the briefing
    # "at 3pm on Wednesday" 2015-04-15 (ahead), two TIMEX3; "annual general meeting" ->
    # "annual" SET P1Y (gold_blind85), "set for April 28" 2015-04-28 (Tuesday); "annual
    # report" (headline and lead) -> "annual" SET P1Y too, the adjective naming a recurring
    # publication like "its annual revision" (gold_blind23; see README). Not annotated:
    # "yard numbers 2012 to 2014" (hulls, after the annotated "2012 and 2013"), "wait six
    # more" (an elliptical duration, the noun left out), "second deadline", "until the accounts
    # are out", "until the report is published", "S$42.7 million", "S$11.2 million", "31.5
    # cents", "44 per cent", "about a third", "three offshore support vessels".
    "tanglin-harbour-annual-report-delay": (
        "2015-04-13",
        [
            ("MONDAY, APRIL 13, 2015", "DATE", "2015-04-13"),
            ("annual", "SET", "P1Y"),
            ("at least six more weeks", "DURATION", "P6W"),
            ("Sunday", "DATE", "2015-04-12"),
            ("annual", "SET", "P1Y"),
            ("the year", "DATE", "2014"),
            ("Dec 31, 2014", "DATE", "2014-12-31"),
            ("at least six more weeks", "DURATION", "P6W"),
            ("last Friday", "DATE", "2015-04-10"),
            ("the end of May", "DATE", "2015-05"),
            ("April 1", "DATE", "2015-04-01"),
            ("March 31", "DATE", "2015-03-31"),
            ("Sunday night", "TIME", "2015-04-12TNI"),
            ("2012", "DATE", "2012"),
            ("2013", "DATE", "2013"),
            ("January", "DATE", "2015-01"),
            ("2004", "DATE", "2004"),
            ("February", "DATE", "2015-02"),
            ("eight months", "DURATION", "P8M"),
            ("the nine months", "DURATION", "P9M"),
            ("September", "DATE", "2014-09"),
            ("a year earlier", "DATE", "2013"),
            ("the past 18 months", "DURATION", "P18M"),
            ("March 31", "DATE", "2015-03-31"),
            ("a year ago", "DATE", "2014"),
            ("first-quarter", "DATE", "2015-Q1"),
            ("May 15", "DATE", "2015-05-15"),
            ("every two weeks", "SET", "P2W"),
            ("two weeks", "DURATION", "P2W"),
            ("recent years", "DATE", "PAST_REF"),
            ("3pm", "TIME", "2015-04-15T15:00"),
            ("Wednesday", "DATE", "2015-04-15"),
            ("annual", "SET", "P1Y"),
            ("April 28", "DATE", "2015-04-28"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
