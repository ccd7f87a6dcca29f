"""Annotations of the four-hundred-and-twenty-second blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind422/annotate.py [--show]

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
    # Thursday 1989-07-13 (ISO week 28), British financial paper's UK news page, page line
    # "FINANCIAL TIMES  THURSDAY JULY 13 1989" (the page's weekday and date in capitals, one
    # DATE span like a date line), section label, headline, byline, no dateline. The ruling
    # came "yesterday", Wednesday 1989-07-12, as did the share price. "until at least April
    # 1991" -> "at least April 1991" 1991-04 (modifier kept, gold_blind35); "six-month" P6M on
    # the adjective; "last October" 1988-10 (the October before, said in July); "within the
    # next four weeks" P4W; "two years after bus services ... were deregulated" an anchored
    # duration, P2Y; "the 1985 Transport Act" -> "1985", a year standing before a law's name
    # (gold_blind80); "Within months of the sale" -> "months" PXM; "in January" 1989-01.
    # Service hours of no particular day: "after 7pm" and "until 11pm" XXXX-XX-XXThh:mm,
    # "from Monday to Saturday" two SETs (gold_blind76, gold_blind90), "every 20 minutes"
    # PT20M, "hourly" PT1H, "half-hourly" PT30M, "every Sunday" XXXX-WXX-7. "by October 29"
    # 1989-10-29 (a Sunday, ahead); "42 days' notice" -> "42 days" P42D, the apostrophe out
    # like "eight years' custody" (gold_blind69); "until mid-September" 1989-09; "last year"
    # 1988; "the autumn" ahead 1989-FA. Redvale's "financial year ends in March" (present
    # tense) is the March of the year now running, 1990-03 (gold_blind33's "whose fiscal year
    # ends June 30"); "the year to March 31" split at "to" (gold_blind63): "the year" FY1989
    # (named by the year it ends) and "March 31" 1989-03-31; "the previous year" FY1988; "the
    # six months to September" P6M plus 1989-09 (gold_blind28); interim figures "in November"
    # 1989-11. "last summer" said in July is the summer before, 1988-SU (gold_blind13);
    # "this winter" ahead 1990-WI, a winter taking the year of its January (gold_blind103).
    # Not annotated: "Sunday services", "the winter timetable", "evening and weekend
    # services" (adjectives naming kinds of service, gold_blind95), "the 747 airport coach"
    # (a route number), "£23m", "£1.3m", "£4.1m", "£2.9m", "4p", "186p", "18 per cent", "14
    # routes", "11 routes", "six rural routes", "four county councils", "three second-hand
    # buses", "the sale" (an event), "over the coming weeks" beyond "the coming weeks".
    "mmc-redvale-wealdshire-bus-ruling": (
        "1989-07-13",
        [
            ("THURSDAY JULY 13 1989", "DATE", "1989-07-13"),
            ("yesterday", "DATE", "1989-07-12"),
            ("two years", "DURATION", "P2Y"),
            ("at least April 1991", "DATE", "1991-04"),
            ("six-month", "DURATION", "P6M"),
            ("last October", "DATE", "1988-10"),
            ("the next four weeks", "DURATION", "P4W"),
            ("two years", "DURATION", "P2Y"),
            ("1985", "DATE", "1985"),
            ("months", "DURATION", "PXM"),
            ("January", "DATE", "1989-01"),
            ("7pm", "TIME", "XXXX-XX-XXT19:00"),
            ("every 20 minutes", "SET", "PT20M"),
            ("hourly", "SET", "PT1H"),
            ("half-hourly", "SET", "PT30M"),
            ("11pm", "TIME", "XXXX-XX-XXT23:00"),
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Saturday", "SET", "XXXX-WXX-6"),
            ("October 29", "DATE", "1989-10-29"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("42 days", "DURATION", "P42D"),
            ("mid-September", "DATE", "1989-09"),
            ("last year", "DATE", "1988"),
            ("the autumn", "DATE", "1989-FA"),
            ("March", "DATE", "1990-03"),
            ("the year", "DATE", "FY1989"),
            ("March 31", "DATE", "1989-03-31"),
            ("the previous year", "DATE", "FY1988"),
            ("the six months", "DURATION", "P6M"),
            ("September", "DATE", "1989-09"),
            ("November", "DATE", "1989-11"),
            ("yesterday", "DATE", "1989-07-12"),
            ("1979", "DATE", "1979"),
            ("the coming weeks", "DURATION", "PXW"),
            ("last summer", "DATE", "1988-SU"),
            ("1990", "DATE", "1990"),
            ("this winter", "DATE", "1990-WI"),
        ],
    ),
    # Wednesday 1989-11-08 (ISO week 45), news-agency wire of the late 1980s, headline in
    # capitals, "WASHINGTON, Nov 8 (Reuter) -" dateline (the publication day, gold_blind28),
    # "Reuter" sign-off and a stamp "08-NOV-1989 16:47:12" (date and clock time to the second,
    # two TIMEX3, gold_blind8, gold_blind70). "today" is the day of the wire. "nearly three
    # years after the company applied" an anchored duration P3Y (December 1986 to November
    # 1989); "within two weeks" P2W; "over 12 weeks" P12W. "in June" and "in August" past,
    # 1989-06 and 1989-08; "by the end of the summer" 1989-SU (the season's value, like "the
    # end of 1990" -> 1990). Dosing SETs: "twice a day" P1D, "every 12 hours" PT12H,
    # "monthly" P1M, "every three months" P3M; "at least one hour before meals" an anchored
    # duration PT1H; "the first six months of treatment" P6M (an ordinal period of an event,
    # gold_blind35). "94-year" and "30-day" adjectival durations. "2 p.m. EST" and "by 3 p.m."
    # clock times of the wire's day. Halstead's fiscal year ends June 30: "fiscal 1990, which
    # ends June 30" FY1990 plus 1990-06-30; "fiscal 1993" FY1993; "its fiscal first quarter
    # ended Sept 30" FY1990-Q1 (possessive kept, gold_blind55, gold_blind63) plus 1989-09-30;
    # "the year-earlier quarter" FY1989-Q1. "on Friday" 1989-11-10 ahead; "on Monday, Nov 20"
    # one DATE span (weekday and date, like "Monday, Jan. 6" in gold_blind44). "since January"
    # 1989-01; "a week after the FDA cleared" an anchored duration P1W; "until 1997"; "so far
    # this year" -> "this year" 1989 (gold_blind33); "all of 1988" -> "1988"; "now"
    # PRESENT_REF; "an average of 32 months" -> "32 months" P32M ("an average of" is not part
    # of a time expression); "last week" 1989-W44; "35 months" P35M; "in 1987". Not
    # annotated: "HX-1987" (a trial code, in a story with "1987" annotated), "<HLS>",
    # "100-mg", "40 pct", "35 pct", "48 dlrs", "150 mln dlrs", "400 mln dlrs", "21.4 mln
    # dlrs", "58 cts", "2-1/8", "41-3/4", "1.2 mln shares", "three times the daily average"
    # ("daily" names the span of an average, like "an annual rate", gold_blind33), "19 new
    # drugs", "20", "Reuter".
    "halstead-veralon-fda-approval": (
        "1989-11-08",
        [
            ("Nov 8", "DATE", "1989-11-08"),
            ("today", "DATE", "1989-11-08"),
            ("nearly three years", "DURATION", "P3Y"),
            ("two weeks", "DURATION", "P2W"),
            ("twice a day", "SET", "P1D"),
            ("12 weeks", "DURATION", "P12W"),
            ("December 1986", "DATE", "1986-12"),
            ("June", "DATE", "1989-06"),
            ("August", "DATE", "1989-08"),
            ("the end of the summer", "DATE", "1989-SU"),
            ("every 12 hours", "SET", "PT12H"),
            ("at least one hour", "DURATION", "PT1H"),
            ("monthly", "SET", "P1M"),
            ("the first six months", "DURATION", "P6M"),
            ("every three months", "SET", "P3M"),
            ("94-year", "DURATION", "P94Y"),
            ("2 p.m. EST", "TIME", "1989-11-08T14:00"),
            ("30-day", "DURATION", "P30D"),
            ("fiscal 1990", "DATE", "FY1990"),
            ("June 30", "DATE", "1990-06-30"),
            ("fiscal 1993", "DATE", "FY1993"),
            ("Friday", "DATE", "1989-11-10"),
            ("Monday, Nov 20", "DATE", "1989-11-20"),
            ("its fiscal first quarter", "DATE", "FY1990-Q1"),
            ("Sept 30", "DATE", "1989-09-30"),
            ("the year-earlier quarter", "DATE", "FY1989-Q1"),
            ("3 p.m.", "TIME", "1989-11-08T15:00"),
            ("January", "DATE", "1989-01"),
            ("a week", "DURATION", "P1W"),
            ("1997", "DATE", "1997"),
            ("this year", "DATE", "1989"),
            ("1988", "DATE", "1988"),
            ("now", "DATE", "PRESENT_REF"),
            ("32 months", "DURATION", "P32M"),
            ("last week", "DATE", "1989-W44"),
            ("35 months", "DURATION", "P35M"),
            ("1987", "DATE", "1987"),
            ("08-NOV-1989", "DATE", "1989-11-08"),
            ("16:47:12", "TIME", "1989-11-08T16:47:12"),
        ],
    ),
    # Saturday 1990-03-24 (ISO week 12), wire-service story with a byline "Associated Press
    # Writer" and a stamp "Saturday, March 24, 1990 3:12 PM EST" (date with weekday one DATE,
    # clock time a TIME with the zone in the span, gold_blind103; US standard time until 1
    # April 1990), "HOUSTON (AP) _" dateline; "today" is the day of the wire. "seized 13 months
    # ago" -> "13 months ago" 1989-02, the unit's granularity (gold_blind28), matching "on Feb.
    # 17, 1989"; "for the past 13 months" P13M. "at noon today" two TIMEX3, noon of the day;
    # "reopen Monday at 9 a.m." 1990-03-26 and 1990-03-26T09:00. "last summer" in March is
    # the summer before, 1989-SU; "by the end of the year" 1990; "almost every week" SET P1W
    # with the modifier kept (gold_blind35); "since January" 1990-01; "last week" 1990-W11;
    # "by the Feb. 28 deadline" 1990-02-28; "Thursday night" 1990-03-22TNI and "the next day"
    # 1990-03-23 (gold_blind32); "last year" 1989; "the early 1980s" 198; "over 18 months,
    # starting in June" P18M and 1990-06 (ahead); "until 1986"; "a year and a half" P18M;
    # "since 1982"; "earlier this month" 1990-03; "by late fall" 1990-FA (the modifier kept,
    # like "late last year"); the federal "fiscal 1991, which begins Oct. 1" FY1991 plus
    # 1990-10-01 (gold_blind33); "testify again Tuesday" 1990-03-27 (ahead); "over the next
    # decade" P10Y. The hot line's hours "from 8 a.m. to 8 p.m. daily" are hours of no
    # particular day with the SET (gold_blind28, gold_blind103), "through April 15" 1990-04-15.
    # Not annotated: "1988 Cypress Ridge Blvd." (a street number, beside the annotated
    # "1988"), "1-800-555-1989" (a phone number), "37-story", "42 branches", "61
    # institutions", "more than 400", "four bids", "so far", "deadline" beyond "Feb. 28", the
    # amounts, "54" (an age), "the worst".
    "cimarron-federal-thrift-sale": (
        "1990-03-24",
        [
            ("Saturday, March 24, 1990", "DATE", "1990-03-24"),
            ("3:12 PM EST", "TIME", "1990-03-24T15:12"),
            ("today", "DATE", "1990-03-24"),
            ("13 months ago", "DATE", "1989-02"),
            ("noon", "TIME", "1990-03-24T12:00"),
            ("today", "DATE", "1990-03-24"),
            ("Monday", "DATE", "1990-03-26"),
            ("9 a.m.", "TIME", "1990-03-26T09:00"),
            ("last summer", "DATE", "1989-SU"),
            ("the end of the year", "DATE", "1990"),
            ("almost every week", "SET", "P1W"),
            ("January", "DATE", "1990-01"),
            ("last week", "DATE", "1990-W11"),
            ("seven months", "DURATION", "P7M"),
            ("Feb. 28", "DATE", "1990-02-28"),
            ("Thursday night", "TIME", "1990-03-22TNI"),
            ("the next day", "DATE", "1990-03-23"),
            ("1988", "DATE", "1988"),
            ("last year", "DATE", "1989"),
            ("the early 1980s", "DATE", "198"),
            ("Feb. 17, 1989", "DATE", "1989-02-17"),
            ("the past 13 months", "DURATION", "P13M"),
            ("18 months", "DURATION", "P18M"),
            ("June", "DATE", "1990-06"),
            ("1986", "DATE", "1986"),
            ("a year and a half", "DURATION", "P18M"),
            ("1982", "DATE", "1982"),
            ("earlier this month", "DATE", "1990-03"),
            ("late fall", "DATE", "1990-FA"),
            ("fiscal 1991", "DATE", "FY1991"),
            ("Oct. 1", "DATE", "1990-10-01"),
            ("Tuesday", "DATE", "1990-03-27"),
            ("the next decade", "DURATION", "P10Y"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
            ("April 15", "DATE", "1990-04-15"),
        ],
    ),
    # Tuesday 1990-10-23 (ISO week 43), business-paper airline story, headline, deck
    # ("Fourth-Quarter Losses"), byline "Staff Reporter", date line "Tuesday, October 23,
    # 1990", "DALLAS --" dateline: the cuts came "yesterday", Monday 1990-10-22, "at 9:30
    # a.m." that day, and Tristate matched "that evening", 1990-10-22TEV (gold_blind8). The
    # war began "last Tuesday" 1990-10-16 (one span with "last", gold_blind4, gold_blind15),
    # Meridian answered "the next day" 1990-10-17, "by the weekend" the weekend just past,
    # 1990-W42-WE. Meridian's fiscal year is not described, so calendar quarters: the deck's
    # "Fourth-Quarter" and "the fourth quarter" 1990-Q4, "the third quarter" 1990-Q3 and "the
    # year-earlier period" after it 1989-Q3 (gold_blind6, gold_blind29). "14-day" P14D on the
    # adjective; "by Nov. 2", "between Nov. 27 and Dec. 20" ahead; "Thanksgiving" 1990-11-22
    # (the fourth Thursday of November), "the two weeks around Christmas" -> "the two weeks"
    # P2W and "Christmas" 1990-12-25. "through Friday" 1990-10-26 and "releases results
    # Thursday" 1990-10-25 ahead; "in an interview Sunday" 1990-10-21 past. "after 7 p.m. on
    # Tuesdays and Wednesdays" hours of no particular day and two SETs (gold_blind5).
    # "since August" 1990-08; "in September from a year earlier" 1990-09 and 1989-09 (the
    # granularity of what it is compared with, gold_blind33); "since 1983". "October and
    # November are going to be brutal" the current and the coming month, 1990-10 and
    # 1990-11; "until the spring" 1991-SP; "through the winter" -> "the winter" 1991-WI (a
    # winter takes the year of its January); "by March" 1991-03; "until 1993". "more than a
    # month" P1M (a generic length, modifier kept); "the spring of 1989" one span; "six
    # weeks" P6W; "monthly report" SET P1M (a recurring report, gold_blind80); "next week"
    # 1990-W44; "a year ago" 1989 (gold_blind33). Not annotated: "a Saturday-night stay" (a
    # fare rule naming a kind of trip, like "Summer programs", gold_blind56), "Flight 1990"
    # (a flight number, in a 1990 story), "Chapter 11", "727s", "1-800-555-1991", "35%",
    # "8.2%", "58.4%", "$98", "$79", "40 routes", "six carriers", "12 of its oldest", "20 new
    # jets", the share figures, "for as long as it takes", "its lowest load factor".
    "meridian-air-winter-fare-war": (
        "1990-10-23",
        [
            ("Fourth-Quarter", "DATE", "1990-Q4"),
            ("Tuesday, October 23, 1990", "DATE", "1990-10-23"),
            ("yesterday", "DATE", "1990-10-22"),
            ("last week", "DATE", "1990-W42"),
            ("the fourth quarter", "DATE", "1990-Q4"),
            ("14-day", "DURATION", "P14D"),
            ("today", "DATE", "1990-10-23"),
            ("Nov. 2", "DATE", "1990-11-02"),
            ("Nov. 27", "DATE", "1990-11-27"),
            ("Dec. 20", "DATE", "1990-12-20"),
            ("Thanksgiving", "DATE", "1990-11-22"),
            ("the two weeks", "DURATION", "P2W"),
            ("Christmas", "DATE", "1990-12-25"),
            ("9:30 a.m.", "TIME", "1990-10-22T09:30"),
            ("yesterday", "DATE", "1990-10-22"),
            ("that evening", "TIME", "1990-10-22TEV"),
            ("Friday", "DATE", "1990-10-26"),
            ("today", "DATE", "1990-10-23"),
            ("last Tuesday", "DATE", "1990-10-16"),
            ("the next day", "DATE", "1990-10-17"),
            ("the weekend", "DATE", "1990-W42-WE"),
            ("7 p.m.", "TIME", "XXXX-XX-XXT19:00"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Wednesdays", "SET", "XXXX-WXX-3"),
            ("August", "DATE", "1990-08"),
            ("September", "DATE", "1990-09"),
            ("a year earlier", "DATE", "1989-09"),
            ("1983", "DATE", "1983"),
            ("the third quarter", "DATE", "1990-Q3"),
            ("Thursday", "DATE", "1990-10-25"),
            ("the year-earlier period", "DATE", "1989-Q3"),
            ("October", "DATE", "1990-10"),
            ("November", "DATE", "1990-11"),
            ("the spring", "DATE", "1991-SP"),
            ("Sunday", "DATE", "1990-10-21"),
            ("the winter", "DATE", "1991-WI"),
            ("March", "DATE", "1991-03"),
            ("1993", "DATE", "1993"),
            ("more than a month", "DURATION", "P1M"),
            ("the spring of 1989", "DATE", "1989-SP"),
            ("six weeks", "DURATION", "P6W"),
            ("monthly", "SET", "P1M"),
            ("next week", "DATE", "1990-W44"),
            ("yesterday", "DATE", "1990-10-22"),
            ("a year ago", "DATE", "1989"),
        ],
    ),
    # Friday 1991-05-31 (ISO week 22), Australian daily's national page, section label,
    # headline, byline, date line "Friday, May 31, 1991", "CANBERRA:" dateline. "last night"
    # is the night of Thursday 1991-05-30 (gold_blind35), the debate "ended at 1.20am today",
    # 1991-05-31T01:20 and the DATE; "more than nine hours" PT9H. "on Tuesday evening"
    # 1991-05-28TEV and "the next day" 1991-05-29. "now" (the bill's next step) PRESENT_REF;
    # "on April 11" past; "next week" 1991-W23. The Australian financial year runs July-June
    # and is named by the year it ends (gold_blind49): "the end of the financial year" FY1991
    # (the value of the period, like "the end of 1990" -> 1990), "June 30" 1991-06-30;
    # "1989-90" FY1990, "1986-87" FY1987, "the 1991-92 income year" FY1992 (one span, like
    # "the 2013-14 financial year"), "1991-92" FY1992 twice (the second an adjective in "the
    # 1991-92 Budget"), "1993-94" FY1994, "1990-91 returns" FY1991. "at 2pm on February 21"
    # 1991-02-21T14:00 and the DATE. "every year since 1984" a SET P1Y and "1984"; "up to 13
    # months" P13M; "usually five years" -> "five years" P5Y; "more than three months" P3M
    # (the reach of a rule back in time, February to May); "in January" 1991-01; "now"
    # PRESENT_REF; "quarterly provisional tax" SET P3M (a recurring payment, like "quarterly"
    # dividends in gold_blind33); "by October 31" 1991-10-31. The line opens "on Monday"
    # 1991-06-03 (ahead); its hours "from 8.30am to 5pm, Monday to Friday" are TIMEs of no
    # particular day and two SETs (gold_blind90). "rises today" 1991-05-31; "on August 13"
    # ahead; "a week before the 1991-92 Budget" an anchored duration P1W. Not annotated: "the
    # Taxation Laws Amendment Bill (No. 3) 1991" and "the Income Tax Assessment Act 1936" (the
    # year the fixed last element of a short title, gold_blind80), "36 votes to 33", "section
    # 51(1)", "008 555 1991" (a phone number), "the winter break" (a recess named by its
    # season, like "the summer holidays", gold_blind95), "after that time" (anaphoric), "the
    # life of a scheme", "in advance", the amounts.
    "senate-passes-prepaid-deductions-bill": (
        "1991-05-31",
        [
            ("Friday, May 31, 1991", "DATE", "1991-05-31"),
            ("last night", "TIME", "1991-05-30TNI"),
            ("more than nine hours", "DURATION", "PT9H"),
            ("1.20am", "TIME", "1991-05-31T01:20"),
            ("today", "DATE", "1991-05-31"),
            ("July 1, 1992", "DATE", "1992-07-01"),
            ("Tuesday evening", "TIME", "1991-05-28TEV"),
            ("the next day", "DATE", "1991-05-29"),
            ("now", "DATE", "PRESENT_REF"),
            ("April 11", "DATE", "1991-04-11"),
            ("next week", "DATE", "1991-W23"),
            ("the end of the financial year", "DATE", "FY1991"),
            ("June 30", "DATE", "1991-06-30"),
            ("2pm", "TIME", "1991-02-21T14:00"),
            ("February 21", "DATE", "1991-02-21"),
            ("1989-90", "DATE", "FY1990"),
            ("1986-87", "DATE", "FY1987"),
            ("every year", "SET", "P1Y"),
            ("1984", "DATE", "1984"),
            ("up to 13 months", "DURATION", "P13M"),
            ("the 1991-92 income year", "DATE", "FY1992"),
            ("five years", "DURATION", "P5Y"),
            ("1991-92", "DATE", "FY1992"),
            ("1993-94", "DATE", "FY1994"),
            ("more than three months", "DURATION", "P3M"),
            ("January", "DATE", "1991-01"),
            ("now", "DATE", "PRESENT_REF"),
            ("quarterly", "SET", "P3M"),
            ("1990-91", "DATE", "FY1991"),
            ("October 31", "DATE", "1991-10-31"),
            ("Monday", "DATE", "1991-06-03"),
            ("8.30am", "TIME", "XXXX-XX-XXT08:30"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Friday", "SET", "XXXX-WXX-5"),
            ("today", "DATE", "1991-05-31"),
            ("August 13", "DATE", "1991-08-13"),
            ("a week", "DURATION", "P1W"),
            ("1991-92", "DATE", "FY1992"),
        ],
    ),
    # Monday 1991-09-16 (ISO week 38), Canadian national paper's business section, section
    # label "REPORT ON BUSINESS", headline, deck ("vote set for Wednesday"), byline "Labour
    # Reporter", date line "Monday, September 16, 1991", "PORT AVERY, Ont. --" dateline. The
    # deal came "at 5:40 a.m. yesterday", Sunday 1991-09-15, "almost six hours after" the old
    # contract "expired at midnight Saturday": "midnight" 1991-09-14T24:00, the midnight that
    # ends Saturday (gold_blind33), and "Saturday" 1991-09-14. The vote "Wednesday and
    # Thursday" 1991-09-18 and 1991-09-19 (deck and body), results "Thursday night"
    # 1991-09-19TNI; "through the weekend" the weekend just past, 1991-W37-WE. "three-year"
    # P3Y on the adjective; "retroactive to Aug. 1" 1991-08-01 (gold_blind35); "before
    # Christmas" 1991-12-25; the cut planned "in January" 1992-01 (ahead); "until at least the
    # end of 1992" -> "at least the end of 1992" 1992 (gold_blind10, gold_blind100); "each
    # year" SET P1Y. "in June", "in July", "since Aug. 10" past; "for nine days" P9D; "the
    # Labour Day weekend" 1991-W35-WE (Labour Day was Monday 2 September; the weekend takes the
    # ISO week of its Saturday, 31 August, like "the long Thanksgiving weekend" in
    # gold_blind56); "overtime on Saturdays" SET XXXX-WXX-6; "by the end of November"
    # 1991-11; "going into the winter" 1992-WI; "after 19 hours" PT19H; "For two months" P2M;
    # "every day" SET P1D; "Now" PRESENT_REF. "into the spring of 1993" one span.
    # "Thanksgiving" in Canada is the second Monday of October, 1991-10-14. Dunvale's fiscal
    # year ends Oct. 31: "ends Oct. 31" (present) 1991-10-31; "the six months ended April 30"
    # P6M plus 1991-04-30 (gold_blind33); "fiscal 1990" FY1990; "its fiscal third quarter,
    # ended July 31" FY1991-Q3 plus 1991-07-31; "on Sept. 26" ahead; "closed ... on Friday"
    # 1991-09-13; "up 50 cents on the week" -> "the week" the trading week just ended,
    # 1991-W37 (gold_blind33); "in 1985 ... 11 weeks". Not annotated: "Local 1987" (a union
    # local, in a story with "1985" and "1988"), "Series 2000 tank cars" (a product line),
    # "Hourly workers" (an adjective naming a class of pay), "second shift", "over the life
    # of the contract", "9 per cent", "3.5 per cent", "$750", "2,400", "600 grain hopper
    # cars", "3,100 cars", "40", the amounts and share price, "after the old agreement
    # expired" beyond the duration.
    "kestrel-railcar-tentative-contract": (
        "1991-09-16",
        [
            ("Wednesday", "DATE", "1991-09-18"),
            ("Monday, September 16, 1991", "DATE", "1991-09-16"),
            ("three-year", "DURATION", "P3Y"),
            ("5:40 a.m.", "TIME", "1991-09-15T05:40"),
            ("yesterday", "DATE", "1991-09-15"),
            ("almost six hours", "DURATION", "PT6H"),
            ("Wednesday", "DATE", "1991-09-18"),
            ("Thursday", "DATE", "1991-09-19"),
            ("Thursday night", "TIME", "1991-09-19TNI"),
            ("the weekend", "DATE", "1991-W37-WE"),
            ("Aug. 1", "DATE", "1991-08-01"),
            ("Christmas", "DATE", "1991-12-25"),
            ("January", "DATE", "1992-01"),
            ("at least the end of 1992", "DATE", "1992"),
            ("each year", "SET", "P1Y"),
            ("1988", "DATE", "1988"),
            ("midnight", "TIME", "1991-09-14T24:00"),
            ("Saturday", "DATE", "1991-09-14"),
            ("June", "DATE", "1991-06"),
            ("nine days", "DURATION", "P9D"),
            ("July", "DATE", "1991-07"),
            ("the Labour Day weekend", "DATE", "1991-W35-WE"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("Aug. 10", "DATE", "1991-08-10"),
            ("the end of November", "DATE", "1991-11"),
            ("the winter", "DATE", "1992-WI"),
            ("19 hours", "DURATION", "PT19H"),
            ("two months", "DURATION", "P2M"),
            ("every day", "SET", "P1D"),
            ("Now", "DATE", "PRESENT_REF"),
            ("the spring of 1993", "DATE", "1993-SP"),
            ("Thanksgiving", "DATE", "1991-10-14"),
            ("Oct. 31", "DATE", "1991-10-31"),
            ("the six months", "DURATION", "P6M"),
            ("April 30", "DATE", "1991-04-30"),
            ("fiscal 1990", "DATE", "FY1990"),
            ("its fiscal third quarter", "DATE", "FY1991-Q3"),
            ("July 31", "DATE", "1991-07-31"),
            ("Sept. 26", "DATE", "1991-09-26"),
            ("Friday", "DATE", "1991-09-13"),
            ("the week", "DATE", "1991-W37"),
            ("1985", "DATE", "1985"),
            ("11 weeks", "DURATION", "P11W"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
