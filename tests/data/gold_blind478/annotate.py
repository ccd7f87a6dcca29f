"""Annotations of the four-hundred-and-seventy-eighth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind478/annotate.py [--show]

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
    # Sunday 1998-01-18 (ISO week 3), state agency wire on a provincial congress, headline,
    # "QINGTAI, Jan. 18 (Tianxun) --" dateline (the publication day), "Enditem". The session
    # "closed here this afternoon" 1998-01-18TAF; "met for eight days from Jan. 11" (11-18
    # January) P8D and 1998-01-11; "a five-year term" P5Y on the adjective. "last year" 1997,
    # "This year" and "this year" 1998, "the province's 1998 budget" an adjectival year.
    # "the Ninth Five-Year Plan (1996-2000)" gives only its bracketed years (gold_blind31);
    # "the end of 1999" the year's value; "a year ahead of schedule" DURATION P1Y (the size
    # of a shift, gold_blind78); "the end of this century" 19 (gold_blind34). "last summer" in
    # January is the summer of 1997, 1997-SU. Past weekday: "On Saturday" 1998-01-17, "The
    # previous day" the day before that Saturday, 1998-01-16 (gold_blind36). "the Spring
    # Festival, which falls on Jan. 28 this year" -> the festival day 1998-01-28 (gold_blind78)
    # beside "Jan. 28" and "this year", three TIMEX3. "born in 1943" a DATE; "for 30 years"
    # P30Y. "at 4:30 p.m." the press conference on the closing day. Future: "on Tuesday"
    # 1998-01-20, "Jan. 26 at 9 a.m." two TIMEX3, "early next month" 1998-02 (modifier kept in
    # the span, not recorded), "January next year" one span 1999-01 (gold_blind31's "April next
    # year"). "every quarter" SET P3M, "twice a year" SET P1Y. Not annotated: "The first
    # session", "the Ninth" (twice), "The second session", "its first full meeting" (ordinal
    # sessions and meetings, gold_blind31), "the Ninth Five-Year Plan" beyond its years, "spring
    # farming" (a kind of farm work, like "spring planting" in gold_blind80), "the level of
    # 1996" beyond "1996", "54" (an age), "812 deputies", "10.6 percent", "182.4 billion yuan",
    # "22 billion U.S. dollars", "1.2 million", "21 million tons", "212-km", "340,000 hectares",
    # "five vice governors", "11 motions".
    "baolan-provincial-congress-session-closes": (
        "1998-01-18",
        [
            ("Jan. 18", "DATE", "1998-01-18"),
            ("this afternoon", "TIME", "1998-01-18TAF"),
            ("five-year", "DURATION", "P5Y"),
            ("eight days", "DURATION", "P8D"),
            ("Jan. 11", "DATE", "1998-01-11"),
            ("1998", "DATE", "1998"),
            ("this year", "DATE", "1998"),
            ("Jan. 12", "DATE", "1998-01-12"),
            ("last year", "DATE", "1997"),
            ("1997", "DATE", "1997"),
            ("the past five years", "DURATION", "P5Y"),
            ("1993", "DATE", "1993"),
            ("This year", "DATE", "1998"),
            ("1996", "DATE", "1996"),
            ("1996", "DATE", "1996"),
            ("2000", "DATE", "2000"),
            ("the end of 1999", "DATE", "1999"),
            ("a year", "DURATION", "P1Y"),
            ("the end of this century", "DATE", "19"),
            ("March 1", "DATE", "1998-03-01"),
            ("last summer", "DATE", "1997-SU"),
            ("Saturday", "DATE", "1998-01-17"),
            ("The previous day", "DATE", "1998-01-16"),
            ("the Spring Festival", "DATE", "1998-01-28"),
            ("Jan. 28", "DATE", "1998-01-28"),
            ("this year", "DATE", "1998"),
            ("1943", "DATE", "1943"),
            ("30 years", "DURATION", "P30Y"),
            ("4:30 p.m.", "TIME", "1998-01-18T16:30"),
            ("every quarter", "SET", "P3M"),
            ("twice a year", "SET", "P1Y"),
            ("Tuesday", "DATE", "1998-01-20"),
            ("Jan. 26", "DATE", "1998-01-26"),
            ("9 a.m.", "TIME", "1998-01-26T09:00"),
            ("early next month", "DATE", "1998-02"),
            ("January next year", "DATE", "1999-01"),
        ],
    ),
    # Saturday 1998-08-08 (ISO week 32), state agency "ROUNDUP:" on flood control, headline,
    # byline "by Tianxun writers ...", "YUANZHOU, Aug. 8 (Tianxun) --" dateline, "Enditem".
    # "the third flood crest of this summer" -> "this summer" 1998-SU (the ordinal crest not
    # annotated). "at 8 a.m. today" two TIMEX3; "the 1954 flood" (twice) and "last used in
    # 1954" DATE 1954 each time, an adjectival year naming when the flood happened
    # (gold_blind103's "the 1947 flood"); "rose 0.43 meters in 24 hours" PT24H (how long a
    # past change took, gold_blind35). The same weekdays in both directions: "on Monday
    # afternoon" 1998-08-10TAF (future) but "closed since Monday" 1998-08-03 (past); "by
    # Wednesday" 1998-08-12 (future) but "figures released on Wednesday" 1998-08-05 (past);
    # "until Tuesday" 1998-08-11 (future) but "since Tuesday" 1998-08-04 (past). "said here
    # Friday" 1998-08-07. "17 days after the first" P17D (anchored duration). "At 7:40 p.m.
    # on Thursday" 1998-08-06T19:40 and 1998-08-06; "that evening" the evening of that Thursday,
    # 1998-08-06TEV; "by 3 a.m. the next day" 1998-08-07T03:00 and 1998-08-07, the next day
    # anchored on the narrative's Thursday (gold_blind16, gold_blind36). "on Sunday" 1998-08-09
    # (future). "by 6 p.m. tonight" two TIMEX3 (like "4:15 this afternoon", gold_blind16).
    # "late June" 1998-06; "in 1996" 1996; "now" PRESENT_REF; "every two hours" SET PT2H; "a
    # meeting at 10 p.m. every day" the hour of a recurring meeting XXXX-XX-XXT22:00 and SET
    # P1D (gold_blind28, gold_blind78); "the worst this century" -> "this century" 19;
    # "about three months" P3M; "mid-August" and "the end of this month" 1998-08; "Sept. 1"
    # 1998-09-01. Not annotated: "the flood season" (a season of no calendar unit, like "the
    # monsoon season" in gold_blind31), "Third Flood Crest" and "The second crest" and "the
    # first" (ordinal crests), "until the water goes down" (event-named), "National Highway
    # 207", "44.67 meters", "1.17 meters", "0.43 meters", "52,000 cubic meters per second",
    # "1,700-km", "80,000", "600 soldiers", "45,000 residents", "112 people", "1.3 million
    # hectares", "9.6 billion yuan", "three times", "230,000 people", "30 counties", "4.1
    # billion yuan".
    "lanjiang-third-flood-crest-dikes": (
        "1998-08-08",
        [
            ("Aug. 8", "DATE", "1998-08-08"),
            ("this summer", "DATE", "1998-SU"),
            ("8 a.m.", "TIME", "1998-08-08T08:00"),
            ("today", "DATE", "1998-08-08"),
            ("1954", "DATE", "1954"),
            ("24 hours", "DURATION", "PT24H"),
            ("Monday afternoon", "TIME", "1998-08-10TAF"),
            ("Wednesday", "DATE", "1998-08-12"),
            ("Friday", "DATE", "1998-08-07"),
            ("Tuesday", "DATE", "1998-08-11"),
            ("July 30", "DATE", "1998-07-30"),
            ("17 days", "DURATION", "P17D"),
            ("7:40 p.m.", "TIME", "1998-08-06T19:40"),
            ("Thursday", "DATE", "1998-08-06"),
            ("that evening", "TIME", "1998-08-06TEV"),
            ("3 a.m.", "TIME", "1998-08-07T03:00"),
            ("the next day", "DATE", "1998-08-07"),
            ("40 days", "DURATION", "P40D"),
            ("Tuesday", "DATE", "1998-08-04"),
            ("Sunday", "DATE", "1998-08-09"),
            ("1954", "DATE", "1954"),
            ("the past week", "DURATION", "P1W"),
            ("Monday", "DATE", "1998-08-03"),
            ("6 p.m.", "TIME", "1998-08-08T18:00"),
            ("tonight", "TIME", "1998-08-08TNI"),
            ("late June", "DATE", "1998-06"),
            ("Wednesday", "DATE", "1998-08-05"),
            ("1996", "DATE", "1996"),
            ("now", "DATE", "PRESENT_REF"),
            ("every two hours", "SET", "PT2H"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("every day", "SET", "P1D"),
            ("the past 10 days", "DURATION", "P10D"),
            ("1954", "DATE", "1954"),
            ("this century", "DATE", "19"),
            ("about three months", "DURATION", "P3M"),
            ("1980", "DATE", "1980"),
            ("mid-August", "DATE", "1998-08"),
            ("the end of this month", "DATE", "1998-08"),
            ("Sept. 1", "DATE", "1998-09-01"),
        ],
    ),
    # Monday 1998-11-16 (ISO week 47), state agency's "ECONOMIC NEWS IN BRIEF" page, header
    # line "Monday, November 16, 1998" (one DATE span, gold_blind16) and six items, each with
    # its own dateline: four "Nov. 16" (the publication day) and two "Nov. 15", the Sunday on
    # which they were filed, dated as written (gold_blind16's dateline of the day before
    # publication). Railway item: "in October" 1998-10, "the same month of last year" one
    # span 1997-10 (like "the same period of last year", gold_blind16, gold_blind34); "for 1998
    # as a whole" -> "1998" (gold_blind78); "every week" SET P1W; "from December" 1998-12; "for
    # three days around New Year's Day" P3D and 1999-01-01; "Dec. 22" 1998-12-22. Power item
    # (dateline Nov. 15): "at 11:18 a.m. on Saturday" 1998-11-14T11:18 and 1998-11-14; "45 days
    # ahead of schedule" P45D (size of a shift); "July 1996"; "28 months" P28M; "June next
    # year" 1999-06. Exports item: "year on year" the month compared with, 1997-10, though
    # written before "in October" (gold_blind31, gold_blind78); "since March" 1998-03; "the
    # first three quarters" P3Q (gold_blind31). Coal item: "since July" 1998-07; "the end of
    # the year" 1998; "said Sunday" 1998-11-15; "the 1980s" 198; "last year" 1997. Fair item
    # (dateline Nov. 15): "closed here Sunday" 1998-11-15, the dateline's day; "eight days"
    # P8D; "last year's fair" -> "last year" 1997; "every autumn since 1985" SET XXXX-FA (like
    # "each winter" XXXX-WI, gold_blind16) and 1985; "Next year's fair" -> "Next year" 1999;
    # "Oct. 28" 1999-10-28. Wheat item: "last week" 1998-W46; "about five days earlier than
    # last year" P5D and 1997; "late October" 1998-10; "this year" 1998. Not annotated: "the
    # heating season" (no calendar unit), "Autumn trade fair" (an item heading naming the fair)
    # and "the 14th Qingtai Autumn Trade Fair" (a fair's name and its ordinal edition,
    # gold_blind31), "winter wheat" and "The autumn grain harvest" (crop names, gold_blind8,
    # gold_blind80), "No. 2" and "No. 3" (generating units), "300,000 kilowatts", "4.6 million
    # tons", "6.2 percent", "50 million tons", "36 extra coal trains", "8.4 percent", "312
    # million U.S. dollars", "2.1 percent", "1,260", "400", "9 million tons", "1.8 billion
    # yuan", "20 percent", "1.9 million hectares", "21.6 million tons".
    "economic-news-in-brief-november": (
        "1998-11-16",
        [
            ("Monday, November 16, 1998", "DATE", "1998-11-16"),
            ("Nov. 16", "DATE", "1998-11-16"),
            ("October", "DATE", "1998-10"),
            ("the same month of last year", "DATE", "1997-10"),
            ("today", "DATE", "1998-11-16"),
            ("1998", "DATE", "1998"),
            ("every week", "SET", "P1W"),
            ("December", "DATE", "1998-12"),
            ("three days", "DURATION", "P3D"),
            ("New Year's Day", "DATE", "1999-01-01"),
            ("Dec. 22", "DATE", "1998-12-22"),
            ("Nov. 15", "DATE", "1998-11-15"),
            ("11:18 a.m.", "TIME", "1998-11-14T11:18"),
            ("Saturday", "DATE", "1998-11-14"),
            ("45 days", "DURATION", "P45D"),
            ("July 1996", "DATE", "1996-07"),
            ("28 months", "DURATION", "P28M"),
            ("June next year", "DATE", "1999-06"),
            ("Nov. 16", "DATE", "1998-11-16"),
            ("year on year", "DATE", "1997-10"),
            ("October", "DATE", "1998-10"),
            ("March", "DATE", "1998-03"),
            ("today", "DATE", "1998-11-16"),
            ("the first three quarters", "DURATION", "P3Q"),
            ("Nov. 16", "DATE", "1998-11-16"),
            ("July", "DATE", "1998-07"),
            ("the end of the year", "DATE", "1998"),
            ("Sunday", "DATE", "1998-11-15"),
            ("the 1980s", "DATE", "198"),
            ("last year", "DATE", "1997"),
            ("Nov. 15", "DATE", "1998-11-15"),
            ("Sunday", "DATE", "1998-11-15"),
            ("eight days", "DURATION", "P8D"),
            ("last year", "DATE", "1997"),
            ("every autumn", "SET", "XXXX-FA"),
            ("1985", "DATE", "1985"),
            ("Next year", "DATE", "1999"),
            ("Oct. 28", "DATE", "1999-10-28"),
            ("Nov. 16", "DATE", "1998-11-16"),
            ("last week", "DATE", "1998-W46"),
            ("about five days", "DURATION", "P5D"),
            ("last year", "DATE", "1997"),
            ("late October", "DATE", "1998-10"),
            ("this year", "DATE", "1998"),
        ],
    ),
    # Friday 1999-02-12 (ISO week 6), the agency's wire as a news database delivers it: source
    # line, date line "February 12, 1999, Friday" (one DATE span, the weekday after the date),
    # "SECTION:", "LENGTH: 315 words", "HEADLINE:", "DATELINE: BEIJING, February 12", "BODY:"
    # and "LOAD-DATE: February 13, 1999" (the day the database loaded it, DATE 1999-02-13,
    # written in the text although it is not the publication day). The Spring Festival of 1999,
    # the first day of the lunar year, fell on Tuesday 1999-02-16: the headline's "Spring
    # Festival" and "the Spring Festival, which falls on Tuesday" (two TIMEX3, gold_blind78).
    # "on Thursday" (twice) and "said Thursday" 1999-02-11; "Wednesday night" 1999-02-10TNI;
    # "this weekend" 1999-W06-WE (13-14 February); "this morning" 1999-02-12TMO; "early next
    # week" 1999-W07 (the modifier kept, not recorded). "The 40-day transport season" -> "40-day"
    # P40D, 1 February to 12 March inclusive; "Over the first 11 days" P11D (an ordinal period of
    # an event, gold_blind35). "between 6 a.m. and 11 p.m. on Thursday" two TIMEs on that day;
    # the ticket offices' hours "from 5 a.m. to midnight every day" recurring hours
    # XXXX-XX-XXT05:00 and XXXX-XX-XXT24:00 ("midnight" the end of a day, gold_blind103) with
    # SET P1D. "three-week" P3W; "late January" 1999-01; "two weeks" P2W. "the Lantern
    # Festival on March 2" -> the festival day (the 15th day of the first lunar month)
    # 1999-03-02 beside "March 2" (see README). "last year" (twice) 1998; "this year" 1999.
    # Not annotated: "the eve of the festival" (anaphoric; its date "Feb. 15" is annotated),
    # "the festival season" and "the season" (no calendar unit, named by an event), "winter
    # vacation" (like "summer vacation", gold_blind78), "the holiday" (anaphoric), "so far",
    # "the last" before the festival, the hotline "6563-1999" (a phone number holding the
    # year; no bare "1999" is annotated after it), "LENGTH: 315 words", "2.91 million", "29.4
    # million", "184,000 tickets", "46 trains", "18 cities", "2,300 people", "410,000 calls",
    # "30 million", "610 pairs", "40 more", "2,400 flights", "118 million", "126 million",
    # "130 million", "150 million".
    "railways-record-passengers-spring-festival": (
        "1999-02-12",
        [
            ("February 12, 1999, Friday", "DATE", "1999-02-12"),
            ("Spring Festival", "DATE", "1999-02-16"),
            ("February 12", "DATE", "1999-02-12"),
            ("Thursday", "DATE", "1999-02-11"),
            ("today", "DATE", "1999-02-12"),
            ("this weekend", "DATE", "1999-W06-WE"),
            ("the Spring Festival", "DATE", "1999-02-16"),
            ("Tuesday", "DATE", "1999-02-16"),
            ("this morning", "TIME", "1999-02-12TMO"),
            ("40-day", "DURATION", "P40D"),
            ("Feb. 1", "DATE", "1999-02-01"),
            ("March 12", "DATE", "1999-03-12"),
            ("the first 11 days", "DURATION", "P11D"),
            ("6 a.m.", "TIME", "1999-02-11T06:00"),
            ("11 p.m.", "TIME", "1999-02-11T23:00"),
            ("Thursday", "DATE", "1999-02-11"),
            ("5 a.m.", "TIME", "XXXX-XX-XXT05:00"),
            ("midnight", "TIME", "XXXX-XX-XXT24:00"),
            ("every day", "SET", "P1D"),
            ("Feb. 15", "DATE", "1999-02-15"),
            ("Wednesday night", "TIME", "1999-02-10TNI"),
            ("early next week", "DATE", "1999-W07"),
            ("three-week", "DURATION", "P3W"),
            ("Jan. 20", "DATE", "1999-01-20"),
            ("Jan. 25", "DATE", "1999-01-25"),
            ("late January", "DATE", "1999-01"),
            ("two weeks", "DURATION", "P2W"),
            ("the Lantern Festival", "DATE", "1999-03-02"),
            ("March 2", "DATE", "1999-03-02"),
            ("last year", "DATE", "1998"),
            ("Feb. 6", "DATE", "1999-02-06"),
            ("March 7", "DATE", "1999-03-07"),
            ("Thursday", "DATE", "1999-02-11"),
            ("Feb. 20", "DATE", "1999-02-20"),
            ("1995", "DATE", "1995"),
            ("last year", "DATE", "1998"),
            ("this year", "DATE", "1999"),
            ("2005", "DATE", "2005"),
            ("February 13, 1999", "DATE", "1999-02-13"),
        ],
    ),
    # Thursday 1999-07-15 (ISO week 28), state agency statistics release, service line and
    # stamp "Transmitted: 1999-07-15 08:42 GMT" (DATE and TIME), headline ("in First Half",
    # without the article, 1999-H1), "QINGTAI, July 15 (Tianxun) --" dateline, "Enditem".
    # "the first half of this year" one span 1999-H1 and "the same period of last year" one
    # span 1998-H1 (gold_blind16); the bare "the first half" (three times) 1999-H1 and "a year
    # earlier" after it 1998-H1; "said here Thursday" the publication day. "the second
    # quarter" 1999-Q2, "the first quarter" 1999-Q1, "the third quarter" and the adjectival
    # "Third-quarter" 1999-Q3 (gold_blind78's "first-quarter"), "the second half" 1999-H2:
    # calendar periods of a provincial economy (gold_blind31). "at 10 a.m. Beijing time (0200
    # GMT)" two TIMEs (gold_blind31). "In June alone" 1999-06 and "year on year" 1998-06;
    # "since March 1997" 1997-03; "for the first time in 18 months" P18M (the period of a
    # "first in", gold_blind35). "the end of next year" 2000; "set in 1997 for the three years
    # from 1998 to 2000" -> 1997, "the three years" P3Y, 1998, 2000. "eight consecutive months"
    # P8M (a cardinal run, gold_blind103); "last August" in July 1999 is 1998-08. "now"
    # PRESENT_REF, "every month" SET P1M; "since early July" 1999-07; "begun in 1996";
    # "completed in October" 1999-10. Past "on Wednesday" 1999-07-14, future "on Monday"
    # 1999-07-19; "in recent months" PAST_REF; "released in May" 1999-05; "last year" 1998;
    # "on Oct. 15" 1999-10-15. Not annotated: "the fastest monthly growth" and "the 16th
    # monthly decline in a row" (an adjective on a figure, gold_blind103's "its usual monthly
    # total"; an ordinal), "the Baolan Statistical Yearbook 1999" (a title holding a year, like
    # "Expo 2014" in gold_blind78), "Tianxun News Agency English Service", "11.8 Pct", "11.8
    # percent", "96.3 billion yuan", "11.6 billion U.S. dollars", "13.2 percent", "10.1
    # percent", "14.5 percent", "210 million yuan", "1.2 billion yuan", "4.2 percent", "1.6
    # billion dollars", "9.3 percent", "1.4 percent", "about 11 percent", "1.8 million tons",
    # "171.2 billion yuan".
    "baolan-industrial-output-first-half": (
        "1999-07-15",
        [
            ("1999-07-15", "DATE", "1999-07-15"),
            ("08:42 GMT", "TIME", "1999-07-15T08:42"),
            ("First Half", "DATE", "1999-H1"),
            ("July 15", "DATE", "1999-07-15"),
            ("the first half of this year", "DATE", "1999-H1"),
            ("the same period of last year", "DATE", "1998-H1"),
            ("Thursday", "DATE", "1999-07-15"),
            ("the second quarter", "DATE", "1999-Q2"),
            ("the first quarter", "DATE", "1999-Q1"),
            ("10 a.m. Beijing time", "TIME", "1999-07-15T10:00"),
            ("0200 GMT", "TIME", "1999-07-15T02:00"),
            ("June", "DATE", "1999-06"),
            ("year on year", "DATE", "1998-06"),
            ("March 1997", "DATE", "1997-03"),
            ("18 months", "DURATION", "P18M"),
            ("the first half", "DATE", "1999-H1"),
            ("a year earlier", "DATE", "1998-H1"),
            ("the end of next year", "DATE", "2000"),
            ("1997", "DATE", "1997"),
            ("the three years", "DURATION", "P3Y"),
            ("1998", "DATE", "1998"),
            ("2000", "DATE", "2000"),
            ("eight consecutive months", "DURATION", "P8M"),
            ("last August", "DATE", "1998-08"),
            ("the first half", "DATE", "1999-H1"),
            ("now", "DATE", "PRESENT_REF"),
            ("every month", "SET", "P1M"),
            ("early July", "DATE", "1999-07"),
            ("the third quarter", "DATE", "1999-Q3"),
            ("the second half", "DATE", "1999-H2"),
            ("1996", "DATE", "1996"),
            ("October", "DATE", "1999-10"),
            ("Wednesday", "DATE", "1999-07-14"),
            ("Monday", "DATE", "1999-07-19"),
            ("recent months", "DATE", "PAST_REF"),
            ("May", "DATE", "1999-05"),
            ("last year", "DATE", "1998"),
            ("Third-quarter", "DATE", "1999-Q3"),
            ("Oct. 15", "DATE", "1999-10-15"),
        ],
    ),
    # Wednesday 2000-01-12 (ISO week 2), state agency wire on a port city's customs figures,
    # headline ("in 1999"), "HAIDONG, Jan. 12 (Tianxun) --" dateline, a closing table of years
    # and "Enditem". "last year" (twice) 1999; "from 1998" and "in 1998" 1998; "said here
    # Wednesday" the publication day. "In December alone" 1999-12 and "year on year" 1998-12;
    # "before Christmas" 1999-12-25 (past, the nearest one behind); "a year earlier" after last
    # year's surplus 1998; "the fourth quarter" 1999-Q4; "this year" 2000; "by 2003"; "From
    # Feb. 1" 2000-02-01; the office hours "from 8 a.m. to 10 p.m. every day" XXXX-XX-XXT08:00,
    # XXXX-XX-XXT22:00 and SET P1D; "within 24 hours" PT24H. "at midnight on Dec. 31" ->
    # "midnight" 1999-12-31T24:00, the midnight ending that day (gold_blind103), and "Dec. 31";
    # "The first export shipment of 2000" -> "2000"; "at 12:40 a.m. on Jan. 1" two TIMEX3.
    # "every spring since 1988" SET XXXX-SP and 1988; "April 18" 2000-04-18 and "six days"
    # P6D; "in 1984" and "the past 15 years" P15Y; "the 10th Five-Year Plan period
    # (2001-2005)" only the bracketed years (gold_blind31, gold_blind78); "in March" 2000-03;
    # past "on Monday" 2000-01-10, future "on Friday" 2000-01-14. The table's row labels
    # "1984", "1990", "1995", "1999" are years, DATEs. Not annotated: "the 'Y2K' problem"
    # (gold_blind34), "the date change" (an event), "the 10th Five-Year Plan" beyond its years,
    # "Container Terminal No. 2", "for the first time", "nearly 20-fold", "40 containers",
    # "10 Billion Dollars", "10.4 billion U.S. dollars", "12.6 percent", "10 billion dollars",
    # "15.1 percent", "6.2 billion dollars", "3.4 percent", "31 percent", "9.3 percent", "4.2
    # billion dollars", "2 billion dollars", "1.41 billion dollars", "58 percent", "24
    # percent", "6 percent", "about 10 percent", "15 billion dollars", the table's amounts.
    "haidong-foreign-trade-1999": (
        "2000-01-12",
        [
            ("1999", "DATE", "1999"),
            ("Jan. 12", "DATE", "2000-01-12"),
            ("last year", "DATE", "1999"),
            ("1998", "DATE", "1998"),
            ("Wednesday", "DATE", "2000-01-12"),
            ("1998", "DATE", "1998"),
            ("December", "DATE", "1999-12"),
            ("year on year", "DATE", "1998-12"),
            ("Christmas", "DATE", "1999-12-25"),
            ("a year earlier", "DATE", "1998"),
            ("the fourth quarter", "DATE", "1999-Q4"),
            ("1993", "DATE", "1993"),
            ("this year", "DATE", "2000"),
            ("2003", "DATE", "2003"),
            ("Feb. 1", "DATE", "2000-02-01"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("every day", "SET", "P1D"),
            ("24 hours", "DURATION", "PT24H"),
            ("last year", "DATE", "1999"),
            ("midnight", "TIME", "1999-12-31T24:00"),
            ("Dec. 31", "DATE", "1999-12-31"),
            ("2000", "DATE", "2000"),
            ("12:40 a.m.", "TIME", "2000-01-01T00:40"),
            ("Jan. 1", "DATE", "2000-01-01"),
            ("every spring", "SET", "XXXX-SP"),
            ("1988", "DATE", "1988"),
            ("April 18", "DATE", "2000-04-18"),
            ("six days", "DURATION", "P6D"),
            ("1984", "DATE", "1984"),
            ("the past 15 years", "DURATION", "P15Y"),
            ("2001", "DATE", "2001"),
            ("2005", "DATE", "2005"),
            ("March", "DATE", "2000-03"),
            ("Monday", "DATE", "2000-01-10"),
            ("Friday", "DATE", "2000-01-14"),
            ("1984", "DATE", "1984"),
            ("1990", "DATE", "1990"),
            ("1995", "DATE", "1995"),
            ("1999", "DATE", "1999"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
