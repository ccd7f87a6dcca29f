"""Annotations of blind gold set 430, chosen by hand before the tagger ran.

    python tests/data/gold_blind430/annotate.py [--show]

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
    # Wednesday 1990-03-14 (ISO week 11), AP state-wire story as transmitted: sequence number
    # "V0388", slug line "AM-KS--Legislature,0368" (cycle, state, slug and word count), headline,
    # "Eds:" note, byline, "TOPEKA, Kan. (AP) _" dateline without date and the closing stamp
    # "AP-KS-03-14-90 1732CST", which carries the day: "03-14-90" DATE 1990-03-14 and "1732CST"
    # TIME 1990-03-14T17:32, the zone in the span and not in the value (like "1330 GMT",
    # gold_blind20). "today" and "early today" are the day of the wire (gold_blind35). The
    # debate "began Tuesday afternoon" 1990-03-13TAF and ran "nearly 14 hours" PT14H (headline
    # "14-Hour" PT14H, adjectival); the vote "at 4:12 a.m." 1990-03-14T04:12; supper "at 6:30
    # p.m." is Tuesday's, 1990-03-13T18:30, and the break "at 1 a.m." Wednesday's,
    # 1990-03-14T01:00 (clock times on the day of their narrative). Future: "as early as next
    # Wednesday" -> "next Wednesday" 1990-03-21 ("as early as" a signal, gold_blind20), the
    # headline's "Next Week" 1990-W12, hearings "at 1:30 p.m. Thursday" 1990-03-15 (two TIMEX3),
    # "the weekend" 1990-W11-WE (17-18 March). Past: "said Monday" 1990-03-12. The state fiscal
    # year runs July-June and is named by the year it ends: "the fiscal year that begins July
    # 1" -> FY1991 plus 1990-07-01, "fiscal 1991" FY1991 (gold_blind20, gold_blind35). "the
    # 1990-91 school year" -> "1990" and "91" (1991), two DATEs, "school year" left out
    # (gold_blind44). "January" (the budget message) 1990-01; "last year" and "Last year" 1989,
    # "April" after it 1989-04; "five years ago" 1985; "over three years" P3Y; "10 days" P10D,
    # "14 hours" PT14H; "three-week" P3W and "90-day" P90D adjectival; "April 6" 1990-04-06,
    # "April 25" 1990-04-25, "Aug. 15" 1990-08-15; "every year" SET P1Y, "each fall" SET
    # XXXX-FA. Not annotated: "V0388", "AM-KS" (the AM cycle), "0368" (word count), "Eds:",
    # "Substitute for House Bill 2711", "64-59", "31 amendments", "twice", "$1.4 billion", "$96
    # million", "$70 million", "4 mills", "46 mills", "38 mills", "the session" (event),
    # "R-Orland", "AP-KS".
    "kansas-house-school-aid-bill": (
        "1990-03-14",
        [
            ("14-Hour", "DURATION", "PT14H"),
            ("Next Week", "DATE", "1990-W12"),
            ("early today", "DATE", "1990-03-14"),
            ("Tuesday afternoon", "TIME", "1990-03-13TAF"),
            ("nearly 14 hours", "DURATION", "PT14H"),
            ("next Wednesday", "DATE", "1990-03-21"),
            ("4:12 a.m.", "TIME", "1990-03-14T04:12"),
            ("6:30 p.m.", "TIME", "1990-03-13T18:30"),
            ("1 a.m.", "TIME", "1990-03-14T01:00"),
            ("the fiscal year", "DATE", "FY1991"),
            ("July 1", "DATE", "1990-07-01"),
            ("three years", "DURATION", "P3Y"),
            ("1990", "DATE", "1990"),
            ("91", "DATE", "1991"),
            ("1993", "DATE", "1993"),
            ("last year", "DATE", "1989"),
            ("five years ago", "DATE", "1985"),
            ("1973", "DATE", "1973"),
            ("the past two years", "DURATION", "P2Y"),
            ("10 days", "DURATION", "P10D"),
            ("14 hours", "DURATION", "PT14H"),
            ("1:30 p.m.", "TIME", "1990-03-15T13:30"),
            ("Thursday", "DATE", "1990-03-15"),
            ("Monday", "DATE", "1990-03-12"),
            ("today", "DATE", "1990-03-14"),
            ("the weekend", "DATE", "1990-W11-WE"),
            ("today", "DATE", "1990-03-14"),
            ("January", "DATE", "1990-01"),
            ("fiscal 1991", "DATE", "FY1991"),
            ("April 6", "DATE", "1990-04-06"),
            ("three-week", "DURATION", "P3W"),
            ("April 25", "DATE", "1990-04-25"),
            ("90-day", "DURATION", "P90D"),
            ("Last year", "DATE", "1989"),
            ("April", "DATE", "1989-04"),
            ("every year", "SET", "P1Y"),
            ("each fall", "SET", "XXXX-FA"),
            ("Aug. 15", "DATE", "1990-08-15"),
            ("03-14-90", "DATE", "1990-03-14"),
            ("1732CST", "TIME", "1990-03-14T17:32"),
        ],
    ),
    # Saturday 1991-05-18 (ISO week 20), an afternoon paper's front page with its date line
    # "Saturday, May 18, 1991" (one DATE span) over an AP storm story with a "ALDER CREEK, Neb.
    # (AP) _" dateline and a weather box. "today" and "early today" are the Saturday of the
    # paper and the wire. The storm: "Friday evening" 1991-05-17TEV; tornadoes "between 5:45
    # p.m. and 7:30 p.m. CDT" that evening; "15 minutes after a tornado warning" PT15M (anchored
    # duration); the watch "at 3 p.m." to "11 p.m." Friday; the radio "every 10 minutes" SET
    # PT10M "from 5 p.m. until midnight", "midnight" ending Friday, 1991-05-17T24:00
    # (gold_blind39); "through the night" -> "the night" 1991-05-17TNI; the shelter "Friday
    # night" 1991-05-17TNI. Power "by 11 a.m. today" 1991-05-18T11:00; "until Sunday"
    # 1991-05-19, "by Sunday afternoon" 1991-05-19TAF; "the weekend" the current one,
    # 1991-W20-WE (18-19 May). "since June 1984" 1984-06; "this month" 1991-05 and "the wettest
    # May" -> "May" 1991-05 (gold_blind80); "41 years" P41Y; "about five weeks from harvest"
    # P5W (anchored to an event, like "days before Thanksgiving", gold_blind39); "late June"
    # 1991-06; "Now" PRESENT_REF; "72 hours" PT72H; "nearly an hour" PT1H; "in 40 minutes"
    # PT40M (how long a past change took, gold_blind35); "every two hours" SET PT2H; "A week
    # ago" 1991-W19 and "two years ago" 1989 (the unit's granularity, gold_blind28). The box:
    # "Yesterday" 1991-05-17, "Tonight" 1991-05-18TNI with "after 9 p.m." 1991-05-18T21:00,
    # "Sunday" 1991-05-19 with "by noon" 1991-05-19T12:00, "Monday" 1991-05-20 (box labels as
    # DATEs, gold_blind44). Not annotated: "Vol. 104, No. 139", "Afternoon Edition" (the name of
    # an edition, an adjectival part of day naming a kind, like "Overnight lows",
    # gold_blind103), "35 cents", "4 counties", "6,000", "2 miles", "80 mph", "Nebraska 14",
    # "1.8 inches", "6.1 inches", "1.84 inches", "High 88", "low 61", "Low 58", "High 74",
    # "High 81", "KBRN, AM 1490", "1,400", "23 people", "11 homes", ages "67" and "9", "may".
    "brandt-county-tornadoes-hail": (
        "1991-05-18",
        [
            ("Saturday, May 18, 1991", "DATE", "1991-05-18"),
            ("Friday evening", "TIME", "1991-05-17TEV"),
            ("Sunday", "DATE", "1991-05-19"),
            ("today", "DATE", "1991-05-18"),
            ("5:45 p.m.", "TIME", "1991-05-17T17:45"),
            ("7:30 p.m. CDT", "TIME", "1991-05-17T19:30"),
            ("15 minutes", "DURATION", "PT15M"),
            ("3 p.m.", "TIME", "1991-05-17T15:00"),
            ("11 p.m.", "TIME", "1991-05-17T23:00"),
            ("June 1984", "DATE", "1984-06"),
            ("early today", "DATE", "1991-05-18"),
            ("nearly an hour", "DURATION", "PT1H"),
            ("40 minutes", "DURATION", "PT40M"),
            ("this month", "DATE", "1991-05"),
            ("May", "DATE", "1991-05"),
            ("1962", "DATE", "1962"),
            ("41 years", "DURATION", "P41Y"),
            ("about five weeks", "DURATION", "P5W"),
            ("late June", "DATE", "1991-06"),
            ("Now", "DATE", "PRESENT_REF"),
            ("72 hours", "DURATION", "PT72H"),
            ("the night", "TIME", "1991-05-17TNI"),
            ("11 a.m.", "TIME", "1991-05-18T11:00"),
            ("today", "DATE", "1991-05-18"),
            ("Sunday afternoon", "TIME", "1991-05-19TAF"),
            ("every 10 minutes", "SET", "PT10M"),
            ("5 p.m.", "TIME", "1991-05-17T17:00"),
            ("midnight", "TIME", "1991-05-17T24:00"),
            ("Friday night", "TIME", "1991-05-17TNI"),
            ("every two hours", "SET", "PT2H"),
            ("the weekend", "DATE", "1991-W20-WE"),
            ("A week ago", "DATE", "1991-W19"),
            ("two years ago", "DATE", "1989"),
            ("Yesterday", "DATE", "1991-05-17"),
            ("Tonight", "TIME", "1991-05-18TNI"),
            ("9 p.m.", "TIME", "1991-05-18T21:00"),
            ("Sunday", "DATE", "1991-05-19"),
            ("noon", "TIME", "1991-05-19T12:00"),
            ("Monday", "DATE", "1991-05-20"),
        ],
    ),
    # Friday 1989-10-13 (ISO week 41), AP story as a news archive stores it: agency line, date
    # line "October 13, 1989, Friday, PM cycle" ("October 13, 1989, Friday" one DATE span, the
    # weekday after the date; "PM cycle" names the afternoon papers' cycle and is left out),
    # SECTION, LENGTH, HEADLINE, BYLINE and DATELINE fields, then the body. "today" is the day
    # of the wire and "this morning" its morning, 1989-10-13TMO. Sentence "Eight Years"
    # (headline) and "eight years" P8Y, "over five years" and "For five years" P5Y, "within 10
    # years of his release" P10Y (anchored), "for 16 years" P16Y twice, "up to 70 years" P70Y,
    # "nearly two hours" PT2H, "two weeks" P2W, "for 11 days" P11D. "until after Christmas" ->
    # "Christmas" 1989-12-25 ("until after" signals). Future: "by 9 a.m. Monday" 1989-10-16T09:00
    # and 1989-10-16, the trial "Nov. 27" 1989-11-27. Past: "said Thursday" 1989-10-12, "voted
    # Wednesday" 1989-10-11, "Aug. 21" 1989-08-21, "March 2" 1989-03-02 and "the next day"
    # 1989-03-03 (anchored on the narrative's last date, gold_blind39), "in April" 1989-04,
    # "March 20" 1989-03-20. "Last year" 1988; "a decade ago" 1979; "the 1970s" 197; "the
    # November 1990 election" -> "November 1990" 1990-11 (adjectival month and year);
    # "every month" SET P1M, "quarterly" SET P3M (gold_blind35). Not annotated: "PM cycle",
    # "LENGTH: 342 words", "a 1987 model motor home" (a model year, gold_blind16), "No.
    # CR389-1983" (a case number holding "1983", annotated earlier), "$214,000", "14 counts",
    # "three times", "four times", ages "58" and "44", "the second floor".
    "dunmore-county-treasurer-sentenced": (
        "1989-10-13",
        [
            ("October 13, 1989, Friday", "DATE", "1989-10-13"),
            ("Eight Years", "DURATION", "P8Y"),
            ("five years", "DURATION", "P5Y"),
            ("today", "DATE", "1989-10-13"),
            ("eight years", "DURATION", "P8Y"),
            ("10 years", "DURATION", "P10Y"),
            ("Christmas", "DATE", "1989-12-25"),
            ("16 years", "DURATION", "P16Y"),
            ("Aug. 21", "DATE", "1989-08-21"),
            ("1983", "DATE", "1983"),
            ("1988", "DATE", "1988"),
            ("up to 70 years", "DURATION", "P70Y"),
            ("five years", "DURATION", "P5Y"),
            ("every month", "SET", "P1M"),
            ("nearly two hours", "DURATION", "PT2H"),
            ("16 years", "DURATION", "P16Y"),
            ("9 a.m.", "TIME", "1989-10-16T09:00"),
            ("Monday", "DATE", "1989-10-16"),
            ("Thursday", "DATE", "1989-10-12"),
            ("March 2", "DATE", "1989-03-02"),
            ("the next day", "DATE", "1989-03-03"),
            ("April", "DATE", "1989-04"),
            ("Nov. 27", "DATE", "1989-11-27"),
            ("two weeks", "DURATION", "P2W"),
            ("Wednesday", "DATE", "1989-10-11"),
            ("quarterly", "SET", "P3M"),
            ("the 1970s", "DATE", "197"),
            ("Last year", "DATE", "1988"),
            ("a decade ago", "DATE", "1979"),
            ("this morning", "TIME", "1989-10-13TMO"),
            ("March 20", "DATE", "1989-03-20"),
            ("November 1990", "DATE", "1990-11"),
            ("1972", "DATE", "1972"),
            ("1911", "DATE", "1911"),
            ("11 days", "DURATION", "P11D"),
        ],
    ),
    # Thursday 1991-01-24 (ISO week 4), a daily paper's inside State page: folio line "4A |
    # THE MERRILL VALLEY TIMES | Thursday, January 24, 1991" (the date one DATE span), section
    # label, headline, AP byline, "CORLISS, Iowa (AP) _" dateline, and an "AT A GLANCE" box.
    # "today" is the Thursday. Past: "late Wednesday" 1991-01-23 (a DATE, gold_blind39), the
    # meeting "Wednesday's" -> "Wednesday" 1991-01-23 with "7:30 p.m." and "shortly before 11"
    # -> the bare "11" TIME 1991-01-23T23:00 (read in the evening by "7:30 p.m.", like the bare
    # "7" of gold_blind64; "shortly before" a signal, gold_blind20). Future: the hearing "7 p.m.
    # Monday" 1991-01-28 (headline "Monday" too, and the box's "7 p.m. Monday, Jan. 28", the
    # weekday and date one span, gold_blind39), "ask the board Monday" 1991-01-28, "Feb. 11"
    # twice, "May 31", "April 30", comments "until 4 p.m. Feb. 8" 1991-02-08T16:00 and
    # 1991-02-08. "the 1991-92 school year" -> "1991" and "92" (1992), two DATEs, "school year"
    # left out (gold_blind44). "a decision by January" (promised last spring) 1991-01; "Last
    # spring" 1990-SP; "last year" 1990; "last February" 1990-02; "September" and "December"
    # (the committee's past autumn) 1990-09 and 1990-12; "next fall" 1991-FA; "this summer"
    # ahead in January 1991-SU; "June 1993" 1993-06; "until 1992" 1992. "three-hour" PT3H
    # adjectival; "another year" and "One more year" P1Y; "50 minutes" PT50M twice; "the past
    # decade" P10Y; "six years" P6Y; "weekly" SET P1W. Not annotated: "4A" (page), "5-2", "more
    # than 200 parents", "140 pupils", "by a third", "$190,000", "$310,000", "$4.2 million",
    # "fifth-grade", "20 below", "four of the 19 teachers", ages "38", "400 Second St.",
    # "515-555-1991" (a phone number ending in the year), "the school year", "classes end".
    "corliss-ladd-school-closings": (
        "1991-01-24",
        [
            ("Thursday, January 24, 1991", "DATE", "1991-01-24"),
            ("Monday", "DATE", "1991-01-28"),
            ("late Wednesday", "DATE", "1991-01-23"),
            ("May 31", "DATE", "1991-05-31"),
            ("three-hour", "DURATION", "PT3H"),
            ("another year", "DURATION", "P1Y"),
            ("1991", "DATE", "1991"),
            ("92", "DATE", "1992"),
            ("50 minutes", "DURATION", "PT50M"),
            ("7 p.m.", "TIME", "1991-01-28T19:00"),
            ("Monday", "DATE", "1991-01-28"),
            ("Feb. 11", "DATE", "1991-02-11"),
            ("today", "DATE", "1991-01-24"),
            ("1980", "DATE", "1980"),
            ("last year", "DATE", "1990"),
            ("June 1993", "DATE", "1993-06"),
            ("the past decade", "DURATION", "P10Y"),
            ("Last spring", "DATE", "1990-SP"),
            ("January", "DATE", "1991-01"),
            ("1924", "DATE", "1924"),
            ("Wednesday", "DATE", "1991-01-23"),
            ("7:30 p.m.", "TIME", "1991-01-23T19:30"),
            ("11", "TIME", "1991-01-23T23:00"),
            ("six years", "DURATION", "P6Y"),
            ("1983", "DATE", "1983"),
            ("next fall", "DATE", "1991-FA"),
            ("50 minutes", "DURATION", "PT50M"),
            ("weekly", "SET", "P1W"),
            ("September", "DATE", "1990-09"),
            ("December", "DATE", "1990-12"),
            ("1989", "DATE", "1989"),
            ("last February", "DATE", "1990-02"),
            ("April 30", "DATE", "1991-04-30"),
            ("this summer", "DATE", "1991-SU"),
            ("Monday", "DATE", "1991-01-28"),
            ("1992", "DATE", "1992"),
            ("One more year", "DURATION", "P1Y"),
            ("7 p.m.", "TIME", "1991-01-28T19:00"),
            ("Monday, Jan. 28", "DATE", "1991-01-28"),
            ("Feb. 11", "DATE", "1991-02-11"),
            ("4 p.m.", "TIME", "1991-02-08T16:00"),
            ("Feb. 8", "DATE", "1991-02-08"),
        ],
    ),
    # Monday 1990-08-13 (ISO week 33), AP broadcast-wire farm script in capitals: stamp
    # "AP-IL-08-13-90 0548CDT" ("08-13-90" DATE, "0548CDT" TIME 1990-08-13T05:48), slug
    # "IL--Farm Report,0337", title line "ILLINOIS FARM REPORT FOR MONDAY, AUGUST 13TH" (one
    # DATE span, the ordinal spelled as broadcast copy writes it), the use line "(For use after
    # 6 a.m.)" -> "6 a.m." 1990-08-13T06:00, "(CITY) --" datelines. "TODAY" is the Monday.
    # Past: "OVER THE WEEKEND" -> "THE WEEKEND" 1990-W32-WE (11-12 August) with "SATURDAY"
    # 1990-08-11 and "SUNDAY" 1990-08-12; "LAST MONDAY'S REPORT" in a Monday script ->
    # "LAST MONDAY" 1990-08-06, the Monday of the week before (gold_blind4, gold_blind80);
    # "LATE JULY" 1990-07; "JULY 20TH" 1990-07-20; "LATE LAST WEEK" 1990-W32; "ON FRIDAY" the
    # markets' close 1990-08-10, twice. Ahead: "3 P.M. TODAY", "TONIGHT" 1990-08-13TNI, "BY
    # WEDNESDAY" 1990-08-15, "9:30 THIS MORNING" (two TIMEX3, 1990-08-13T09:30 and TMO),
    # "TUESDAY MORNING" 1990-08-14TMO, "THROUGH MID-SEPTEMBER" 1990-09, "AUGUST 31ST"
    # 1990-08-31, "JUNE 30TH, 1991" 1991-06-30, the fair "OPENS FRIDAY" 1990-08-17 "THROUGH
    # AUGUST 26TH" 1990-08-26, "SATURDAY AT 8 A.M." 1990-08-18, "12:40 P.M." 1990-08-13T12:40.
    # Futures months look forward (gold_blind80): "SEPTEMBER" corn 1990-09, "NOVEMBER" soybeans
    # 1990-11, "DECEMBER" wheat 1990-12. "THIS WEEK" 1990-W33; "TWO WEEKS EARLIER THAN USUAL"
    # P2W (size of a shift, gold_blind35); "FIVE-YEAR" P5Y and "30-DAY" P30D adjectival; "TEN
    # DAYS" P10D; "SIX DAYS" P6D; "LAST YEAR'S FAIR" -> "LAST YEAR" 1989; the fair's "7 P.M.
    # EVERY NIGHT" -> XXXX-XX-XXT19:00 and SET XXXX-XX-XXTNI (gold_blind16). The weekday check
    # of gold_tools is case-sensitive, so the capitalised weekdays were checked with datetime.
    # Not annotated: "AP-IL", "0337" (word count), "97 DEGREES", "58 PERCENT", "66 PERCENT",
    # "41 PERCENT", "30 PERCENT", "75 PERCENT", "LESS THAN AN INCH", "TWO DOLLARS 61 CENTS",
    # "FOUR CENTS", "SIX DOLLARS 12 CENTS", "NINE CENTS", "TWO DOLLARS 98 CENTS", "56 TO 57
    # DOLLARS PER HUNDREDWEIGHT", "217-555-1990" (a phone number ending in the year), "136TH",
    # "4-H", "61-THOUSAND", "THE DENT STAGE", "THE SOUTHERN THIRD", "ABOVE-NORMAL".
    "illinois-farm-report-dry-weekend": (
        "1990-08-13",
        [
            ("08-13-90", "DATE", "1990-08-13"),
            ("0548CDT", "TIME", "1990-08-13T05:48"),
            ("MONDAY, AUGUST 13TH", "DATE", "1990-08-13"),
            ("6 a.m.", "TIME", "1990-08-13T06:00"),
            ("THE WEEKEND", "DATE", "1990-W32-WE"),
            ("SATURDAY", "DATE", "1990-08-11"),
            ("SUNDAY", "DATE", "1990-08-12"),
            ("JULY 20TH", "DATE", "1990-07-20"),
            ("3 P.M.", "TIME", "1990-08-13T15:00"),
            ("TODAY", "DATE", "1990-08-13"),
            ("LAST MONDAY", "DATE", "1990-08-06"),
            ("LATE JULY", "DATE", "1990-07"),
            ("FIVE-YEAR", "DURATION", "P5Y"),
            ("THIS WEEK", "DATE", "1990-W33"),
            ("TWO WEEKS", "DURATION", "P2W"),
            ("TONIGHT", "TIME", "1990-08-13TNI"),
            ("WEDNESDAY", "DATE", "1990-08-15"),
            ("30-DAY", "DURATION", "P30D"),
            ("LATE LAST WEEK", "DATE", "1990-W32"),
            ("MID-SEPTEMBER", "DATE", "1990-09"),
            ("9:30", "TIME", "1990-08-13T09:30"),
            ("THIS MORNING", "TIME", "1990-08-13TMO"),
            ("FRIDAY", "DATE", "1990-08-10"),
            ("SEPTEMBER", "DATE", "1990-09"),
            ("NOVEMBER", "DATE", "1990-11"),
            ("DECEMBER", "DATE", "1990-12"),
            ("FRIDAY", "DATE", "1990-08-10"),
            ("TODAY", "DATE", "1990-08-13"),
            ("TUESDAY MORNING", "TIME", "1990-08-14TMO"),
            ("AUGUST 31ST", "DATE", "1990-08-31"),
            ("JUNE 30TH, 1991", "DATE", "1991-06-30"),
            ("FRIDAY", "DATE", "1990-08-17"),
            ("TEN DAYS", "DURATION", "P10D"),
            ("AUGUST 26TH", "DATE", "1990-08-26"),
            ("SATURDAY", "DATE", "1990-08-18"),
            ("8 A.M.", "TIME", "1990-08-18T08:00"),
            ("7 P.M.", "TIME", "XXXX-XX-XXT19:00"),
            ("EVERY NIGHT", "SET", "XXXX-XX-XXTNI"),
            ("LAST YEAR", "DATE", "1989"),
            ("SIX DAYS", "DURATION", "P6D"),
            ("12:40 P.M.", "TIME", "1990-08-13T12:40"),
        ],
    ),
    # Tuesday 1989-09-05 (ISO week 36), a daily paper's "STATE BRIEFS" column: folio line
    # "THE JAMESVILLE PLAINSMAN | Tuesday, September 5, 1989 | Page 2" (the date one DATE
    # span), three AP briefs, each with its own headline and "CITY, S.D. (AP) _" dateline.
    # "today" is the Tuesday. Labor Day 1989 is Monday 1989-09-04; "Labor Day weekend"
    # (headline) and "the Labor Day weekend" are the ISO weekend of its Saturday, 1989-W35-WE
    # (2-3 September, gold_blind43, gold_blind64). The holiday period "from 6 p.m. Friday until
    # midnight Monday": 1989-09-01T18:00 and 1989-09-01, "midnight" ending Monday
    # 1989-09-04T24:00 (gold_blind39) and 1989-09-04; "78-hour" PT78H adjectival. The crash
    # "shortly before 2 a.m. Sunday" 1989-09-03T02:00 and 1989-09-03; "earlier that night" the
    # night it ends, begun on Saturday evening, 1989-09-02TNI (gold_blind59, gold_blind103),
    # the modifier kept. "Saturday afternoon" 1989-09-02TAF, "Monday evening" 1989-09-04TEV,
    # "late Sunday" 1989-09-03; the funeral "10:30 a.m. Thursday" 1989-09-07. "So far this
    # year" -> "this year" 1989; "the same date last year" one DATE span 1988-09-05
    # (gold_blind80); "February" 1989-02; "the third time in five years" -> "five years" P5Y
    # (gold_blind103). Second brief: "early Monday" 1989-09-04 (a DATE), "about five hours"
    # PT5H, "14 hours", "10 hours", "eight hours" PT14H, PT10H, PT8H, the lanes "at 9:40 a.m."
    # 1989-09-04T09:40. Third brief: "resume Wednesday" 1989-09-06, "began June 12"
    # 1989-06-12, "by Oct. 15" 1989-10-15, "from 7 a.m. to 7 p.m. daily" XXXX-XX-XXT07:00,
    # XXXX-XX-XXT19:00 and SET P1D, "up to 20 minutes" PT20M, "Last month" 1989-08, "every
    # day" SET P1D. Not annotated: "the holiday" three times (anaphoric, the weekend is
    # annotated), "Page 2", "9 dead", "Nine people", "Four people", "Five of the deaths", "a
    # family of four", "121", "108", "Interstate 90", "I-29", "Interstate 29", "U.S. 14",
    # "U.S. 212", "a 1988 model" (a model year, gold_blind16), "40,000 pounds", "18 miles",
    # "40 mph", "3,800 vehicles", ages "23", "71", "51", "since" ("has since been cut").
    "south-dakota-labor-day-road-deaths": (
        "1989-09-05",
        [
            ("Tuesday, September 5, 1989", "DATE", "1989-09-05"),
            ("Labor Day weekend", "DATE", "1989-W35-WE"),
            ("the Labor Day weekend", "DATE", "1989-W35-WE"),
            ("1979", "DATE", "1979"),
            ("today", "DATE", "1989-09-05"),
            ("78-hour", "DURATION", "PT78H"),
            ("6 p.m.", "TIME", "1989-09-01T18:00"),
            ("Friday", "DATE", "1989-09-01"),
            ("midnight", "TIME", "1989-09-04T24:00"),
            ("Monday", "DATE", "1989-09-04"),
            ("last year", "DATE", "1988"),
            ("2 a.m.", "TIME", "1989-09-03T02:00"),
            ("Sunday", "DATE", "1989-09-03"),
            ("earlier that night", "TIME", "1989-09-02TNI"),
            ("10:30 a.m.", "TIME", "1989-09-07T10:30"),
            ("Thursday", "DATE", "1989-09-07"),
            ("Saturday afternoon", "TIME", "1989-09-02TAF"),
            ("Monday evening", "TIME", "1989-09-04TEV"),
            ("late Sunday", "DATE", "1989-09-03"),
            ("this year", "DATE", "1989"),
            ("the same date last year", "DATE", "1988-09-05"),
            ("February", "DATE", "1989-02"),
            ("five years", "DURATION", "P5Y"),
            ("today", "DATE", "1989-09-05"),
            ("early Monday", "DATE", "1989-09-04"),
            ("about five hours", "DURATION", "PT5H"),
            ("14 hours", "DURATION", "PT14H"),
            ("10 hours", "DURATION", "PT10H"),
            ("eight hours", "DURATION", "PT8H"),
            ("9:40 a.m.", "TIME", "1989-09-04T09:40"),
            ("Wednesday", "DATE", "1989-09-06"),
            ("June 12", "DATE", "1989-06-12"),
            ("Oct. 15", "DATE", "1989-10-15"),
            ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
            ("7 p.m.", "TIME", "XXXX-XX-XXT19:00"),
            ("daily", "SET", "P1D"),
            ("up to 20 minutes", "DURATION", "PT20M"),
            ("Last month", "DATE", "1989-08"),
            ("every day", "SET", "P1D"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
