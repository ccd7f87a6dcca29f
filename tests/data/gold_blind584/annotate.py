"""Annotations of blind gold set 584, chosen by hand before the tagger ran.

    python tests/data/gold_blind584/annotate.py [--show]

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
    # Wednesday 1999-03-17 (ISO week 11), AP-style UN Security Council story, wire stamp
    # "Wednesday, March 17, 1999; 7:14 p.m. EST" (the date with its weekday one DATE span, the
    # clock time a TIME with the zone in the span and not in the value), byline, "UNITED
    # NATIONS (AP) _" dateline without date; "today" is the wire's day. The deadline "until
    # midnight March 31": "midnight" the midnight that ends the named day, 1999-03-31T24:00
    # (gold_blind32, gold_blind103), "March 31" its own DATE. "a 1996 cease-fire line" an
    # adjectival year. Past weekdays: talks "began Tuesday morning" 1999-03-16TMO, the vote
    # "expected late Tuesday" 1999-03-16 (a DATE with its modifier, gold_blind32), officials
    # "said Monday" 1999-03-15. Future: the envoy flies "on Friday" 1999-03-19 and meets the
    # rebels "the next day" 1999-03-20 (anchored on Friday, gold_blind32); "the weekend" ahead
    # 1999-W11-WE (20-21 March); "next week" 1999-W12; "the morning of March 25" one TIME span
    # 1999-03-25TMO (gold_blind32). "12:01 a.m. April 1" two TIMEX3. "two days after rebels
    # shelled" is the anchored duration P2D; "this month" 1999-03; "since January" 1999-01;
    # "mid-April" 1999-04. "fiscal 2000, which begins Oct. 1" is the US federal fiscal year
    # (October 1999-September 2000) FY2000 and 1999-10-01 (gold_blind35). "every 30 days",
    # "every 90 days" SETs; "every Thursday" XXXX-WXX-4; "recent weeks" PAST_REF; "now"
    # PRESENT_REF. Not annotated: "15-0", "Resolution 1231", "third", "30 miles", "about
    # 40,000", "58", "twice", "About 300", "Route 9", "25 percent", "$40 million", the
    # document symbol "S/1999/291" (part of a UN document identifier, gold_blind77), "the
    # deadline".
    "sardova-security-council-deadline": (
        "1999-03-17",
        [
            ("Wednesday, March 17, 1999", "DATE", "1999-03-17"),
            ("7:14 p.m. EST", "TIME", "1999-03-17T19:14"),
            ("Two Weeks", "DURATION", "P2W"),
            ("today", "DATE", "1999-03-17"),
            ("midnight", "TIME", "1999-03-31T24:00"),
            ("March 31", "DATE", "1999-03-31"),
            ("1996", "DATE", "1996"),
            ("5:40 p.m.", "TIME", "1999-03-17T17:40"),
            ("nine hours", "DURATION", "PT9H"),
            ("Tuesday morning", "TIME", "1999-03-16TMO"),
            ("10 a.m.", "TIME", "1999-03-17T10:00"),
            ("today", "DATE", "1999-03-17"),
            ("January", "DATE", "1999-01"),
            ("Two weeks", "DURATION", "P2W"),
            ("this month", "DATE", "1999-03"),
            ("the past three weeks", "DURATION", "P3W"),
            ("Feb. 26", "DATE", "1999-02-26"),
            ("two days", "DURATION", "P2D"),
            ("Monday", "DATE", "1999-03-15"),
            ("Friday", "DATE", "1999-03-19"),
            ("the next day", "DATE", "1999-03-20"),
            ("every 30 days", "SET", "P30D"),
            ("the weekend", "DATE", "1999-W11-WE"),
            ("November 1996", "DATE", "1996-11"),
            ("four years", "DURATION", "P4Y"),
            ("1998", "DATE", "1998"),
            ("now", "DATE", "PRESENT_REF"),
            ("late Tuesday", "DATE", "1999-03-16"),
            ("12:01 a.m.", "TIME", "1999-04-01T00:01"),
            ("April 1", "DATE", "1999-04-01"),
            ("six months", "DURATION", "P6M"),
            ("every 90 days", "SET", "P90D"),
            ("next week", "DATE", "1999-W12"),
            ("the morning of March 25", "TIME", "1999-03-25TMO"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
            ("today", "DATE", "1999-03-17"),
            ("mid-April", "DATE", "1999-04"),
            ("fiscal 2000", "DATE", "FY2000"),
            ("Oct. 1", "DATE", "1999-10-01"),
        ],
    ),
    # Monday 1998-06-15 (ISO week 25), Reuters-style peace-talks wire, headline, "GENEVA, June
    # 15 (Reuters) -" dateline (the publication day), credit line. The round opens "on
    # Tuesday" 1998-06-16; the UN deadline "expires at midnight on Friday" -> "midnight"
    # 1998-06-19T24:00 and "Friday" 1998-06-19, which "the June 19 deadline" confirms; "four
    # days before" (headline and lead) is the anchored duration P4D. "mediators said on
    # Monday" is the wire's own day; "would arrive on Monday night" the coming night of that
    # day, 1998-06-15TNI. Past: "said on Sunday" 1998-06-14, the draft "circulated on Saturday
    # night" 1998-06-13TNI, "last week" 1998-W24. Future: "through the weekend" 1998-W25-WE
    # (20-21 June), Drace's "by Friday" 1998-06-19, the news conference "at 4 p.m. (1400 GMT) on
    # Thursday" 1998-06-18 (local time and GMT two TIMEX3, gold_blind28). Sessions "starting at
    # 9 a.m. (0700 GMT) each day" are recurring hours XXXX-XX-XXT09:00 / T07:00 with "each day"
    # SET P1D (gold_blind32's "from 9 a.m. to 1 p.m. daily"). "the first five years" of the
    # commission an ordinal period, DURATION P5Y (gold_blind35's "The first week"); "Next month"
    # 1998-07; "the autumn" ahead 1998-FA; "the first quarter" 1998-Q1 (a calendar quarter, no
    # fiscal year described) and "a year earlier" 1997-Q1 (gold_blind35, gold_blind54); "since
    # 1948" and "the 1948 armistice" DATE 1948. Not annotated: "fifth round", "The fourth
    # round", "Article 4", "20 km (12 miles)", "the 50th anniversary" (its year is annotated,
    # gold_blind54), "12 percent", the newsroom number "+41 22 555 1948", "if needed".
    "varosh-beltrany-geneva-fifth-round": (
        "1998-06-15",
        [
            ("four days", "DURATION", "P4D"),
            ("June 15", "DATE", "1998-06-15"),
            ("Tuesday", "DATE", "1998-06-16"),
            ("four days", "DURATION", "P4D"),
            ("midnight", "TIME", "1998-06-19T24:00"),
            ("Friday", "DATE", "1998-06-19"),
            ("Monday", "DATE", "1998-06-15"),
            ("three days", "DURATION", "P3D"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("0700 GMT", "TIME", "XXXX-XX-XXT07:00"),
            ("each day", "SET", "P1D"),
            ("May 29", "DATE", "1998-05-29"),
            ("11 days", "DURATION", "P11D"),
            ("1948", "DATE", "1948"),
            ("two weeks", "DURATION", "P2W"),
            ("Sunday", "DATE", "1998-06-14"),
            ("Monday night", "TIME", "1998-06-15TNI"),
            ("the weekend", "DATE", "1998-W25-WE"),
            ("last week", "DATE", "1998-W24"),
            ("July 12", "DATE", "1998-07-12"),
            ("June 19", "DATE", "1998-06-19"),
            ("March 20", "DATE", "1998-03-20"),
            ("three months", "DURATION", "P3M"),
            ("1996", "DATE", "1996"),
            ("June 23", "DATE", "1998-06-23"),
            ("October 1997", "DATE", "1997-10"),
            ("every six weeks", "SET", "P6W"),
            ("Saturday night", "TIME", "1998-06-13TNI"),
            ("25 years", "DURATION", "P25Y"),
            ("Jan. 1, 1999", "DATE", "1999-01-01"),
            ("the first five years", "DURATION", "P5Y"),
            ("Next month", "DATE", "1998-07"),
            ("1948", "DATE", "1948"),
            ("seven months", "DURATION", "P7M"),
            ("Friday", "DATE", "1998-06-19"),
            ("the autumn", "DATE", "1998-FA"),
            ("the first quarter", "DATE", "1998-Q1"),
            ("a year earlier", "DATE", "1997-Q1"),
            ("4 p.m.", "TIME", "1998-06-18T16:00"),
            ("1400 GMT", "TIME", "1998-06-18T14:00"),
            ("Thursday", "DATE", "1998-06-18"),
        ],
    ),
    # Saturday 2000-10-21 (ISO week 42), AFP-style state-visit itinerary, headline ("first
    # state visit ... in 26 years": the period of a "first in", DURATION P26Y, gold_blind35),
    # "VELSHAVN, Oct 21 (AFP) -" dateline; "said Saturday" is the wire's own day. The visit
    # runs Monday 2000-10-23 to Thursday 2000-10-26: landing "at 11:00 am (0900 GMT) on Monday"
    # (two TIMEX3 for the clock times, gold_blind28), talks "that afternoon" 2000-10-23TAF and
    # the dinner "that evening" 2000-10-23TEV, both anchored on Monday; the treaty "On Tuesday"
    # 2000-10-24; "The next day" after Tuesday 2000-10-25, with "10:30 am" that day; the
    # transport agreement "on Wednesday" and the march "on Wednesday morning" the same day;
    # "Thursday evening" 2000-10-26TEV and the jet "at 6:00 pm (1600 GMT) on Thursday".
    # "within six months" -> "six months"; "Next year" 2001; "the spring of 2001" one span;
    # "last spring" in October 2000-SP (gold_blind35); "in June" and "in May" past months of
    # 2000; "daily flights" an adjectival frequency naming a recurrence, SET P1D (gold_blind78);
    # "next March" 2001-03; "a 26-year gap" adjectival DURATION P26Y; "a year earlier" after
    # "1999" is 1998; "the first half of this year" one span 2000-H1; "every Saturday since
    # August" a SET XXXX-WXX-6 and DATE 2000-08 (gold_blind54). Not annotated: "21-gun salute",
    # "300-kilometre", "the 10th anniversary" (an ordinal of an event, gold_blind54), "twice",
    # "410 million dollars", "18 percent", "61", the flight number "MB 1999" (after the
    # annotated "1999"s), "that reconciliation".
    "montebria-caldonia-state-visit": (
        "2000-10-21",
        [
            ("26 years", "DURATION", "P26Y"),
            ("Oct 21", "DATE", "2000-10-21"),
            ("Monday", "DATE", "2000-10-23"),
            ("four-day", "DURATION", "P4D"),
            ("1974", "DATE", "1974"),
            ("Saturday", "DATE", "2000-10-21"),
            ("11:00 am", "TIME", "2000-10-23T11:00"),
            ("0900 GMT", "TIME", "2000-10-23T09:00"),
            ("Monday", "DATE", "2000-10-23"),
            ("that afternoon", "TIME", "2000-10-23TAF"),
            ("that evening", "TIME", "2000-10-23TEV"),
            ("Tuesday", "DATE", "2000-10-24"),
            ("1995", "DATE", "1995"),
            ("six months", "DURATION", "P6M"),
            ("January 1, 2002", "DATE", "2002-01-01"),
            ("The next day", "DATE", "2000-10-25"),
            ("10:30 am", "TIME", "2000-10-25T10:30"),
            ("Thursday evening", "TIME", "2000-10-26TEV"),
            ("1975", "DATE", "1975"),
            ("September 1991", "DATE", "1991-09"),
            ("Next year", "DATE", "2001"),
            ("the spring of 2001", "DATE", "2001-SP"),
            ("every year", "SET", "P1Y"),
            ("1993", "DATE", "1993"),
            ("June", "DATE", "2000-06"),
            ("last spring", "DATE", "2000-SP"),
            ("May", "DATE", "2000-05"),
            ("Wednesday", "DATE", "2000-10-25"),
            ("daily", "SET", "P1D"),
            ("next March", "DATE", "2001-03"),
            ("26-year", "DURATION", "P26Y"),
            ("1999", "DATE", "1999"),
            ("a year earlier", "DATE", "1998"),
            ("the first half of this year", "DATE", "2000-H1"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("August", "DATE", "2000-08"),
            ("Wednesday morning", "TIME", "2000-10-25TMO"),
            ("February 1999", "DATE", "1999-02"),
            ("five-year", "DURATION", "P5Y"),
            ("6:00 pm", "TIME", "2000-10-26T18:00"),
            ("1600 GMT", "TIME", "2000-10-26T16:00"),
            ("Thursday", "DATE", "2000-10-26"),
        ],
    ),
    # Thursday 2000-08-24 (ISO week 34), Japanese English-language daily, paper name, date line
    # "Thursday, August 24, 2000" (one DATE span), section label, headline ("from Sunday"),
    # byline. The ministry "announced Wednesday" 2000-08-23; the official "said Tuesday"
    # 2000-08-22 (past). The tour runs Sunday 2000-08-27 to "Sept. 3" (a Sunday; "eight-day"
    # P8D counts both ends): "9:40 p.m. Sunday" two TIMEX3; arrival "on Monday morning local
    # time" -> "Monday morning" 2000-08-28TMO ("local time" names no clock time and is left
    # out); talks "that afternoon" 2000-08-28TAF; signing "the next day" 2000-08-29; the
    # ceremony "10 a.m. Tuesday (7 a.m. Japan time)" -> "10 a.m." and "7 a.m. Japan time" both
    # on Tuesday 2000-08-29 (Marenesia is three hours ahead of Japan; a local time and its
    # equivalent two TIMEX3, the zone in the span, gold_blind78's "Beijing time"); "on
    # Wednesday" 2000-08-30 and "Thursday, Aug. 31" one span (gold_blind79); "Sept. 1 and 2" ->
    # "Sept. 1" and the bare day "2" 2000-09-02 (a date list with one month, gold_blind77).
    # "the Bon holidays" (13-16 August 2000, the Japanese summer festival) is a multi-day
    # festival named as a period: DATE by the smallest calendar unit that holds it, 2000-08
    # (gold_blind79; see README). "an accord that expired on March 31" 2000-03-31 and "since
    # April 1" 2000-04-01 (past); "for months" -> "months" PXM; "last autumn" 1999-FA; "in May"
    # 2000-05; "three-month" P3M; "the annual meeting" SET P1Y (gold_blind77); "in 12 years"
    # (first visit in) P12Y; "twice a week" SET P1W; "about a month before" anchored P1M;
    # "early next year" 2001; "the past two decades" P20Y. Not annotated: "five Pacific island
    # nations", "the 25th anniversary" (its "1975" is), "40 Japanese tuna boats",
    # "200-nautical-mile", "1.2 billion yen", "over the period" (anaphoric), "the U.N. General
    # Assembly session" (an institutional period, gold_blind77), "(03) 5555-1975".
    "hamada-marenesia-fisheries-pact": (
        "2000-08-24",
        [
            ("Thursday, August 24, 2000", "DATE", "2000-08-24"),
            ("Sunday", "DATE", "2000-08-27"),
            ("Sunday", "DATE", "2000-08-27"),
            ("eight-day", "DURATION", "P8D"),
            ("Wednesday", "DATE", "2000-08-23"),
            ("9:40 p.m.", "TIME", "2000-08-27T21:40"),
            ("Sunday", "DATE", "2000-08-27"),
            ("Monday morning", "TIME", "2000-08-28TMO"),
            ("that afternoon", "TIME", "2000-08-28TAF"),
            ("the next day", "DATE", "2000-08-29"),
            ("1975", "DATE", "1975"),
            ("10 a.m.", "TIME", "2000-08-29T10:00"),
            ("Tuesday", "DATE", "2000-08-29"),
            ("7 a.m. Japan time", "TIME", "2000-08-29T07:00"),
            ("March 31", "DATE", "2000-03-31"),
            ("five years", "DURATION", "P5Y"),
            ("April 1", "DATE", "2000-04-01"),
            ("months", "DURATION", "PXM"),
            ("last autumn", "DATE", "1999-FA"),
            ("May", "DATE", "2000-05"),
            ("three-month", "DURATION", "P3M"),
            ("Aug. 11", "DATE", "2000-08-11"),
            ("the Bon holidays", "DATE", "2000-08"),
            ("Wednesday", "DATE", "2000-08-30"),
            ("Thursday, Aug. 31", "DATE", "2000-08-31"),
            ("annual", "SET", "P1Y"),
            ("Sept. 1", "DATE", "2000-09-01"),
            ("2", "DATE", "2000-09-02"),
            ("Sept. 3", "DATE", "2000-09-03"),
            ("12 years", "DURATION", "P12Y"),
            ("twice a week", "SET", "P1W"),
            ("about a month", "DURATION", "P1M"),
            ("early next year", "DATE", "2001"),
            ("the past two decades", "DURATION", "P20Y"),
            ("Tuesday", "DATE", "2000-08-22"),
        ],
    ),
    # Friday 1999-09-10 (ISO week 36), Israeli English-language daily, paper name, date line
    # "Friday, September 10, 1999", section label, headline, byline. "yesterday" Thursday
    # 1999-09-09, "yesterday afternoon" 1999-09-09TAF, "until 3 a.m. yesterday" 1999-09-09T03:00
    # (the small hours of Thursday). Rosh Hashana 5760 runs from sundown on Friday 10 September
    # to nightfall on Sunday 12 September 1999: a festival of more than a day named as a period,
    # DATE 1999-09, the smallest calendar unit holding it (gold_blind79), in the headline ("after
    # Rosh Hashana"), in "a day after Rosh Hashana ends" and in "close ... for Rosh Hashana,
    # which begins at sundown" ("sundown" TIME 1999-09-10TEV, gold_blind79). Yom Kippur is one
    # day, Monday 1999-09-20, "which falls on Monday, September 20" one span with its weekday.
    # Future weekdays: arrival "on Monday" and "2 p.m. Monday" 1999-09-13, "that evening"
    # 1999-09-13TEV, the signing "Tuesday" (headline and body) 1999-09-14, "Wednesday morning"
    # 1999-09-15TMO and "that night" 1999-09-15TNI, reopening "on Monday morning"
    # 1999-09-13TMO. "less than a day after Rosh Hashana ends" is the anchored duration P1D
    # (the modifier kept, not recorded); "the past 18 months" P18M; "January 1" ahead
    # 2000-01-01; "the spring" ahead in September 2000-SP (gold_blind35); "June" and "May" past
    # months of 1999; "every two years" SET P2Y; "1 p.m. today" two TIMEX3. Not annotated: "the
    # summer recess" (a parliamentary recess, gold_blind77; its end "October 4" is annotated),
    # "the holiday" (anaphoric), "two chapters", "64", "$212 million", "$90 million", the duty
    # number "02-555-1992" (after the annotated "1992"), "its next session".
    "varnian-president-visit-free-trade": (
        "1999-09-10",
        [
            ("Friday, September 10, 1999", "DATE", "1999-09-10"),
            ("Rosh Hashana", "DATE", "1999-09"),
            ("Tuesday", "DATE", "1999-09-14"),
            ("Monday", "DATE", "1999-09-13"),
            ("three-day", "DURATION", "P3D"),
            ("1992", "DATE", "1992"),
            ("yesterday", "DATE", "1999-09-09"),
            ("2 p.m.", "TIME", "1999-09-13T14:00"),
            ("Monday", "DATE", "1999-09-13"),
            ("less than a day", "DURATION", "P1D"),
            ("Rosh Hashana", "DATE", "1999-09"),
            ("that evening", "TIME", "1999-09-13TEV"),
            ("Tuesday", "DATE", "1999-09-14"),
            ("the past 18 months", "DURATION", "P18M"),
            ("3 a.m.", "TIME", "1999-09-09T03:00"),
            ("yesterday", "DATE", "1999-09-09"),
            ("yesterday afternoon", "TIME", "1999-09-09TAF"),
            ("January 2002", "DATE", "2002-01"),
            ("seven years", "DURATION", "P7Y"),
            ("January 1", "DATE", "2000-01-01"),
            ("October 4", "DATE", "1999-10-04"),
            ("last year", "DATE", "1998"),
            ("1995", "DATE", "1995"),
            ("June", "DATE", "1999-06"),
            ("May", "DATE", "1999-05"),
            ("October 1994", "DATE", "1994-10"),
            ("March 1997", "DATE", "1997-03"),
            ("every two years", "SET", "P2Y"),
            ("the spring", "DATE", "2000-SP"),
            ("Wednesday morning", "TIME", "1999-09-15TMO"),
            ("that night", "TIME", "1999-09-15TNI"),
            ("Yom Kippur", "DATE", "1999-09-20"),
            ("Monday, September 20", "DATE", "1999-09-20"),
            ("1 p.m.", "TIME", "1999-09-10T13:00"),
            ("today", "DATE", "1999-09-10"),
            ("Rosh Hashana", "DATE", "1999-09"),
            ("sundown", "TIME", "1999-09-10TEV"),
            ("Monday morning", "TIME", "1999-09-13TMO"),
        ],
    ),
    # Tuesday 1998-12-01 (ISO week 49), Latin American English-language wire, service line,
    # stamp "01/12/1998 17:45 GMT" (day first, as the dateline's "Dec. 1" confirms, like
    # "28.10.2014" in gold_blind78; date and clock time two TIMEX3), headline, "CIUDAD DEL
    # ROBLE, Tacuara, Dec. 1 (APS) -" dateline. "a century after war" (headline) is the
    # anchored duration P100Y. Every "Thursday" (headline, lead, ceremony, possessive
    # "Thursday's ceremony", quoted "On Thursday") is 1998-12-03; "11 a.m. local time (1400
    # GMT)" two TIMEX3 on it, "Thursday morning" 1998-12-03TMO and the news conference "at 3
    # p.m." that day. Past: "said on Monday night" 1998-11-30TNI; "Nov. 20"; "last year" 1997
    # (twice). Future: "Wednesday evening" 1998-12-02TEV; "starting in February" 1999-02;
    # "before Christmas" 1998-12-25; "in March" 1999-03 (the Congress's return); "mid-December"
    # 1998-12; "next July" 1999-07. The pass "has been closed by snow since May" 1998-05.
    # "the 1990 level" an adjectival year. "For a hundred years" -> "a hundred years" P100Y.
    # "within 90 days" -> "90 days"; "the next two years" P2Y; "every three months" SET P3M.
    # Not annotated: "700-kilometer", "4,200 meters", "the sixth and final round", "two
    # soldiers", "the 100th anniversary" (its date "Dec. 3, 1898" is annotated), "300
    # kilometers", "63", "its summer recess" (a parliamentary recess, gold_blind77), "$1.4
    # billion", "Route 40", "the Treaty of Copahue" (a name).
    "tacuara-arrayan-border-treaty": (
        "1998-12-01",
        [
            ("01/12/1998", "DATE", "1998-12-01"),
            ("17:45 GMT", "TIME", "1998-12-01T17:45"),
            ("Thursday", "DATE", "1998-12-03"),
            ("a century", "DURATION", "P100Y"),
            ("Dec. 1", "DATE", "1998-12-01"),
            ("Thursday", "DATE", "1998-12-03"),
            ("1898", "DATE", "1898"),
            ("Monday night", "TIME", "1998-11-30TNI"),
            ("11 a.m. local time", "TIME", "1998-12-03T11:00"),
            ("1400 GMT", "TIME", "1998-12-03T14:00"),
            ("Thursday", "DATE", "1998-12-03"),
            ("Nov. 20", "DATE", "1998-11-20"),
            ("four days", "DURATION", "P4D"),
            ("April 1996", "DATE", "1996-04"),
            ("eight months", "DURATION", "P8M"),
            ("last year", "DATE", "1997"),
            ("Jan. 14, 1997", "DATE", "1997-01-14"),
            ("Thursday", "DATE", "1998-12-03"),
            ("Dec. 3, 1898", "DATE", "1898-12-03"),
            ("Wednesday evening", "TIME", "1998-12-02TEV"),
            ("Thursday morning", "TIME", "1998-12-03TMO"),
            ("3 p.m.", "TIME", "1998-12-03T15:00"),
            ("the next two years", "DURATION", "P2Y"),
            ("every three months", "SET", "P3M"),
            ("February", "DATE", "1999-02"),
            ("90 days", "DURATION", "P90D"),
            ("Christmas", "DATE", "1998-12-25"),
            ("March", "DATE", "1999-03"),
            ("last year", "DATE", "1997"),
            ("1990", "DATE", "1990"),
            ("May", "DATE", "1998-05"),
            ("mid-December", "DATE", "1998-12"),
            ("a hundred years", "DURATION", "P100Y"),
            ("Thursday", "DATE", "1998-12-03"),
            ("five-year", "DURATION", "P5Y"),
            ("next July", "DATE", "1999-07"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
