"""Annotations of blind gold set 604, chosen by hand before the tagger ran.

    python tests/data/gold_blind604/annotate.py [--show]

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
    # Tuesday 1998-10-06 (ISO week 41), New York Times-style national-desk story, section label
    # "NATIONAL DESK | Section A, Page 22", headline ("for Next Week"), byline, date line
    # "Tuesday, October 6, 1998" (one span with its weekday, gold_blind29, gold_blind32) and
    # "WASHINGTON, Oct. 6 —" dateline of the same day (gold_blind32); "today", "this morning"
    # and "this afternoon" are that day. "next week" and the headline's "Next Week" 1998-W42;
    # the hearings open "at 10 a.m. on Wednesday, Oct. 14" (clock time and weekday-date, two
    # TIMEX3; weekday and date one span, gold_blind11, gold_blind19), the clerk testifies "On
    # Oct. 15", the last day "Friday, Oct. 16". "in nearly a decade" DURATION P10Y (the period
    # of a "first ... in", gold_blind35). The lawyer "said on Monday" (past) 1998-10-05; "on
    # Monday, Columbus Day" (future) 1998-10-12, two DATEs like "Monday is Family Day"
    # (gold_blind103); Columbus Day 1998 is the second Monday of October. "the holiday
    # weekend" is 10-11 October, the ISO week of its Saturday, 1998-W41-WE (gold_blind103's
    # "the long weekend"). Narrative: "the morning of Feb. 20, 1997" one TIME span
    # 1997-02-20TMO (gold_blind32), "that evening" 1997-02-20TEV (gold_blind8), "The next
    # day" 1997-02-21. "June" and "April" the past months of 1998; "January" (the House vote
    # after the elections) 1999-01; "early next year" 1999; "last week" 1998-W40; "27-month"
    # DURATION on the adjective; "three days a week" SET P1W, the period only (gold_blind45,
    # gold_blind46). Not annotated: "5 to 2", "Room 2141", "61", "Section 1623" (a statute
    # section that looks like a year), "$136,700", "the last day", "4,800-page", "the last
    # time", "the recess", "for life", "Page 22", "C-SPAN", "www.house.gov/judiciary/1998/
    # ellery.htm" (a year inside a web address).
    "ellery-judge-impeachment-hearings": (
        "1998-10-06",
        [
            ("Next Week", "DATE", "1998-W42"),
            ("Tuesday, October 6, 1998", "DATE", "1998-10-06"),
            ("Oct. 6", "DATE", "1998-10-06"),
            ("today", "DATE", "1998-10-06"),
            ("next week", "DATE", "1998-W42"),
            ("nearly a decade", "DURATION", "P10Y"),
            ("this morning", "TIME", "1998-10-06TMO"),
            ("more than three hours", "DURATION", "PT3H"),
            ("10 a.m.", "TIME", "1998-10-14T10:00"),
            ("Wednesday, Oct. 14", "DATE", "1998-10-14"),
            ("three days", "DURATION", "P3D"),
            ("June", "DATE", "1998-06"),
            ("27-month", "DURATION", "P27M"),
            ("Aug. 3", "DATE", "1998-08-03"),
            ("nine weeks", "DURATION", "P9W"),
            ("this afternoon", "TIME", "1998-10-06TAF"),
            ("Oct. 15", "DATE", "1998-10-15"),
            ("the morning of Feb. 20, 1997", "TIME", "1997-02-20TMO"),
            ("that evening", "TIME", "1997-02-20TEV"),
            ("The next day", "DATE", "1997-02-21"),
            ("Friday, Oct. 16", "DATE", "1998-10-16"),
            ("Monday", "DATE", "1998-10-05"),
            ("early next year", "DATE", "1999"),
            ("the past two years", "DURATION", "P2Y"),
            ("last week", "DATE", "1998-W40"),
            ("at least a month", "DURATION", "P1M"),
            ("eight days", "DURATION", "P8D"),
            ("eight months", "DURATION", "P8M"),
            ("1984", "DATE", "1984"),
            ("April", "DATE", "1998-04"),
            ("three days a week", "SET", "P1W"),
            ("Oct. 23", "DATE", "1998-10-23"),
            ("Nov. 3", "DATE", "1998-11-03"),
            ("January", "DATE", "1999-01"),
            ("Monday", "DATE", "1998-10-12"),
            ("Columbus Day", "DATE", "1998-10-12"),
            ("the holiday weekend", "DATE", "1998-W41-WE"),
        ],
    ),
    # Wednesday 1999-03-10 (ISO week 10), Washington Post-style campaign finance story, headline
    # and deck, byline, "Washington Post Staff Writer", date line "Wednesday, March 10, 1999;
    # Page A04", no city dateline; "yesterday" is Tuesday 1999-03-09 (the indictment, unsealed
    # "at 4:30 p.m. yesterday", two TIMEX3), "tomorrow" Thursday 1999-03-11 with "9:30 a.m."
    # that day. The headline's "'96" is the clipped year 1996, the apostrophe in the span, like
    # "the '70s" (gold_blind46). "during its final three weeks" -> "its final three weeks"
    # DURATION P3W, the possessive kept like "its fourth week" (gold_blind35). "last spring" in
    # a March paper, before the equinox, is the spring of 1998, 1998-SP. Bare weekdays: the
    # arraignment "at 2 p.m. Friday" 1999-03-12 (future), the spokesman "said Monday"
    # 1999-03-08 (past). "early last year" 1998, "late 1996" 1996, "early next year" 2000,
    # "this month" 1999-03, "last week" 1999-W09, "in January" (his resignation) 1999-01.
    # Narrative: "on Saturday, Oct. 12, 1996" one span, "the next Monday" 1996-10-14, "the
    # following 22 days" P22D; "on Feb. 4. That evening" 1999-02-04TEV, "two days later"
    # 1999-02-06 (anchored on the last date, gold_blind103's "two days later"). "every Tuesday
    # morning" SET XXXX-WXX-2TMO ("since then" anaphoric, left out). "the August recess" ->
    # "August" 1999-08 (gold_blind47's "its August recess"); "quarterly report" SET P3M
    # (gold_blind47). "five-year" DURATION on the adjective; "a maximum of five years" ->
    # "five years" P5Y; "about two years" P2Y. Not annotated: "No. 99-114-A" (a case number
    # opening with 99), "the 14th", "163", "$412,000", "$1,000", "23 counts", "47", "D-Va.",
    # "a third term", "for the first time", "since then", "$2.1 million", "Page A04".
    "pruitt-fundraiser-conduit-indictment": (
        "1999-03-10",
        [
            ("'96", "DATE", "1996"),
            ("Wednesday, March 10, 1999", "DATE", "1999-03-10"),
            ("yesterday", "DATE", "1999-03-09"),
            ("1996", "DATE", "1996"),
            ("its final three weeks", "DURATION", "P3W"),
            ("4:30 p.m.", "TIME", "1999-03-09T16:30"),
            ("yesterday", "DATE", "1999-03-09"),
            ("March 1995", "DATE", "1995-03"),
            ("October 1996", "DATE", "1996-10"),
            ("last spring", "DATE", "1998-SP"),
            ("2 p.m.", "TIME", "1999-03-12T14:00"),
            ("Friday", "DATE", "1999-03-12"),
            ("yesterday", "DATE", "1999-03-09"),
            ("2000", "DATE", "2000"),
            ("Monday", "DATE", "1999-03-08"),
            ("early last year", "DATE", "1998"),
            ("late 1996", "DATE", "1996"),
            ("the past two years", "DURATION", "P2Y"),
            ("five-year", "DURATION", "P5Y"),
            ("early next year", "DATE", "2000"),
            ("last week", "DATE", "1999-W09"),
            ("this month", "DATE", "1999-03"),
            ("Saturday, Oct. 12, 1996", "DATE", "1996-10-12"),
            ("the next Monday", "DATE", "1996-10-14"),
            ("the following 22 days", "DURATION", "P22D"),
            ("five years", "DURATION", "P5Y"),
            ("about two years", "DURATION", "P2Y"),
            ("January", "DATE", "1999-01"),
            ("Feb. 4", "DATE", "1999-02-04"),
            ("That evening", "TIME", "1999-02-04TEV"),
            ("two days later", "DATE", "1999-02-06"),
            ("every Tuesday morning", "SET", "XXXX-WXX-2TMO"),
            ("tomorrow", "DATE", "1999-03-11"),
            ("9:30 a.m.", "TIME", "1999-03-11T09:30"),
            ("August", "DATE", "1999-08"),
            ("Jan. 31", "DATE", "1999-01-31"),
            ("quarterly", "SET", "P3M"),
            ("April 15", "DATE", "1999-04-15"),
        ],
    ),
    # Monday 1999-08-16 (ISO week 33), wire story as a news archive stores it: "The
    # Associated Press / August 16, 1999, Monday, PM cycle" (date and weekday one DATE span;
    # "PM cycle" names a wire cycle, not a time), "SECTION:", "LENGTH:", "HEADLINE:",
    # "BYLINE:", "DATELINE: CHICAGO" and "BODY:" fields; "today" and "this afternoon" are the
    # day of the wire. "by 5 p.m. Aug. 30" two TIMEX3; "the first Monday in October"
    # 1999-10-04, one DATE span (gold_blind47). Past weekdays: Sabatini "pleaded guilty Friday"
    # 1999-08-13, "Friday afternoon" 1999-08-13TAF, the U.S. attorney's office "said
    # Thursday" 1999-08-12; future: the two sides "are to meet Wednesday" 1999-08-18. "the
    # ruling was filed at 9:15 a.m." is today's clock time. "last fall" in August 1999 is
    # 1998-FA; "February" (the grand jury's term) the coming one, 2000-02; "Labor Day" 1999,
    # the first Monday of September, 1999-09-06; "next week" 1999-W34. "11 years of personal
    # diaries" P11Y; "two centuries" DURATION P200Y (gold_blind6, gold_blind92); "about once a
    # month" SET P1M (gold_blind32's "more than once a month"); "every Tuesday" SET
    # XXXX-WXX-2; "from the summer of 1994 through the end of 1996" 1994-SU and 1996 ("the end
    # of 1996" the year's value, gold_blind35); "a 1994 repaving" an adjectival year. Not
    # annotated: "PM cycle", "LENGTH: 385 words", "7th U.S. Circuit", "2-1", "43", "68",
    # "Interstate 57", "No. 98-3412" (a docket number opening with 98), "its new term" and
    # "The grand jury's term" (institutional periods, gold_blind47), "when those meetings took
    # place".
    "orcutt-diaries-appeals-court-ruling": (
        "1999-08-16",
        [
            ("August 16, 1999, Monday", "DATE", "1999-08-16"),
            ("today", "DATE", "1999-08-16"),
            ("11 years", "DURATION", "P11Y"),
            ("1987", "DATE", "1987"),
            ("January 1997", "DATE", "1997-01"),
            ("5 p.m.", "TIME", "1999-08-30T17:00"),
            ("Aug. 30", "DATE", "1999-08-30"),
            ("the first Monday in October", "DATE", "1999-10-04"),
            ("June 8", "DATE", "1999-06-08"),
            ("9:15 a.m.", "TIME", "1999-08-16T09:15"),
            ("more than two months", "DURATION", "P2M"),
            ("two centuries", "DURATION", "P200Y"),
            ("every Tuesday", "SET", "XXXX-WXX-2"),
            ("last fall", "DATE", "1998-FA"),
            ("Friday", "DATE", "1999-08-13"),
            ("Nov. 19", "DATE", "1999-11-19"),
            ("Friday afternoon", "TIME", "1999-08-13TAF"),
            ("about once a month", "SET", "P1M"),
            ("the summer of 1994", "DATE", "1994-SU"),
            ("the end of 1996", "DATE", "1996"),
            ("1994", "DATE", "1994"),
            ("today", "DATE", "1999-08-16"),
            ("Labor Day", "DATE", "1999-09-06"),
            ("14 days", "DURATION", "P14D"),
            ("a month", "DURATION", "P1M"),
            ("Thursday", "DATE", "1999-08-12"),
            ("March 1998", "DATE", "1998-03"),
            ("the past 17 months", "DURATION", "P17M"),
            ("Wednesday", "DATE", "1999-08-18"),
            ("February", "DATE", "2000-02"),
            ("this afternoon", "TIME", "1999-08-16TAF"),
            ("next week", "DATE", "1999-W34"),
            ("six months", "DURATION", "P6M"),
        ],
    ),
    # Thursday 2000-06-29 (ISO week 26), news-agency story on a portal's politics page, stamp
    # "Thursday June 29, 2000 4:38 PM ET" (the date with its weekday one DATE span, the clock
    # time a TIME with the zone in the span, gold_blind103), headline, byline, "WASHINGTON
    # (Reuters) -" dateline. The court ruled "on Thursday", the publication day (the agency's
    # "on Thursday" for today), "released at 10:07 a.m." that day. "in the last 30 days before
    # an election" -> "the last 30 days" DURATION P30D, an anchored duration (gold_blind35);
    # "the 30-day disclosure rule" DURATION on the adjective. "the Nov. 7 elections" and
    # "Election Day" 2000-11-07, "about 19 weeks" P19W (131 days). "for the past quarter
    # century" P25Y. "May" (the legislature adjourned) 2000-05; "January, when its 2001
    # session begins" 2001-01 and the adjectival year "2001"; "this year" 2000; "Labor Day"
    # 2000, the first Monday of September, 2000-09-04; "On Monday" (past) 2000-06-26,
    # "earlier this month" 2000-06, "on Friday at 10 a.m." (future) 2000-06-30 and its clock
    # time, "until October" 2000-10. "every two years" SET P2Y; "the next four months" P4M.
    # Not annotated: "5-4", "No. 99-1106" (a docket number opening with 99), "one of the last
    # of the court's term" (an institutional period, gold_blind47), "11 states", "11
    # governorships", "$8,500", "$340 million", "the four dissenting justices", "Politics".
    "supreme-court-vermont-issue-ad-ruling": (
        "2000-06-29",
        [
            ("Thursday June 29, 2000", "DATE", "2000-06-29"),
            ("4:38 PM ET", "TIME", "2000-06-29T16:38"),
            ("Thursday", "DATE", "2000-06-29"),
            ("the last 30 days", "DURATION", "P30D"),
            ("Nov. 7", "DATE", "2000-11-07"),
            ("10:07 a.m.", "TIME", "2000-06-29T10:07"),
            ("1997", "DATE", "1997"),
            ("about 19 weeks", "DURATION", "P19W"),
            ("Election Day", "DATE", "2000-11-07"),
            ("Jan. 12", "DATE", "2000-01-12"),
            ("March 1999", "DATE", "1999-03"),
            ("30-day", "DURATION", "P30D"),
            ("1976", "DATE", "1976"),
            ("the past quarter century", "DURATION", "P25Y"),
            ("1996", "DATE", "1996"),
            ("October 1998", "DATE", "1998-10"),
            ("February 1999", "DATE", "1999-02"),
            ("Thursday", "DATE", "2000-06-29"),
            ("Labor Day", "DATE", "2000-09-04"),
            ("May", "DATE", "2000-05"),
            ("January", "DATE", "2001-01"),
            ("2001", "DATE", "2001"),
            ("the past two years", "DURATION", "P2Y"),
            ("1998", "DATE", "1998"),
            ("this year", "DATE", "2000"),
            ("every two years", "SET", "P2Y"),
            ("the next four months", "DURATION", "P4M"),
            ("Monday", "DATE", "2000-06-26"),
            ("earlier this month", "DATE", "2000-06"),
            ("Friday", "DATE", "2000-06-30"),
            ("10 a.m.", "TIME", "2000-06-30T10:00"),
            ("October", "DATE", "2000-10"),
        ],
    ),
    # Saturday 1998-11-14 (ISO week 46), British broadsheet's Washington story, section label
    # "International | The Americas", headline, standfirst, "From Harriet Cole in Washington",
    # date line "Saturday 14 November 1998" (one span); "yesterday" Friday 1998-11-13 and "last
    # night" its night, 1998-11-13TNI (gold_blind35, gold_blind103). "a year's worth" -> "a
    # year" P1Y, the possessive left out like "A fortnight's extension" (gold_blind10); "within
    # a fortnight" -> "a fortnight" P2W (gold_blind11). "until 5pm on 27 November" two TIMEX3.
    # "last January" 1998-01; "January" (the new Congress) 1999-01; "next June" 1999-06.
    # Future weekdays: hearings "resume on Tuesday" 1998-11-17 and "continue on Thursday"
    # 1998-11-19; past: the lawyer "said on Wednesday" 1998-11-11, the department "said on
    # Monday" 1998-11-09, the poll "published on Thursday" 1998-11-12 (the same weekday in both
    # directions, gold_blind32). Narrative: "the evening of 8 May 1996" one TIME span
    # 1996-05-08TEV (gold_blind32's "the night of July 24"), "the following morning"
    # 1996-05-09TMO (gold_blind32's "the next morning"); the standfirst's "May 1996" 1996-05.
    # "Christmas" (three times) 1998-12-25; "mid-December" 1998-12; "this month's mid-term
    # elections" -> "this month" 1998-11; "Over the summer" -> "the summer" 1998-SU; "last
    # month" 1998-10; "every weekend" SET XXXX-WXX-WE. Not annotated: "52", "$250,000",
    # "1600 Pennsylvania Avenue" (a street number like a year), "61 witnesses", "4,200 pages",
    # "mid-term", "the new Congress", "the 105th Congress", "58 per cent", "41 per cent",
    # "Ms Delia Frost" (a name).
    "garrow-trade-envoy-phone-logs-inquiry": (
        "1998-11-14",
        [
            ("May 1996", "DATE", "1996-05"),
            ("Christmas", "DATE", "1998-12-25"),
            ("Saturday 14 November 1998", "DATE", "1998-11-14"),
            ("yesterday", "DATE", "1998-11-13"),
            ("a year", "DURATION", "P1Y"),
            ("a fortnight", "DURATION", "P2W"),
            ("1994", "DATE", "1994"),
            ("last January", "DATE", "1998-01"),
            ("5pm", "TIME", "1998-11-27T17:00"),
            ("27 November", "DATE", "1998-11-27"),
            ("January", "DATE", "1999-01"),
            ("the evening of 8 May 1996", "TIME", "1996-05-08TEV"),
            ("the following morning", "TIME", "1996-05-09TMO"),
            ("eight months", "DURATION", "P8M"),
            ("last night", "TIME", "1998-11-13TNI"),
            ("Tuesday", "DATE", "1998-11-17"),
            ("Thursday", "DATE", "1998-11-19"),
            ("mid-December", "DATE", "1998-12"),
            ("Christmas", "DATE", "1998-12-25"),
            ("this month", "DATE", "1998-11"),
            ("17 March", "DATE", "1998-03-17"),
            ("the summer", "DATE", "1998-SU"),
            ("last month", "DATE", "1998-10"),
            ("1995", "DATE", "1995"),
            ("1996", "DATE", "1996"),
            ("Wednesday", "DATE", "1998-11-11"),
            ("nine hours", "DURATION", "PT9H"),
            ("two days", "DURATION", "P2D"),
            ("July", "DATE", "1998-07"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("Christmas", "DATE", "1998-12-25"),
            ("1997", "DATE", "1997"),
            ("Monday", "DATE", "1998-11-09"),
            ("next June", "DATE", "1999-06"),
            ("Thursday", "DATE", "1998-11-12"),
            ("two years", "DURATION", "P2Y"),
            ("1996", "DATE", "1996"),
        ],
    ),
    # Sunday 2000-03-05 (ISO week 9), a Sunday paper's Washington week-ahead calendar,
    # "WASHINGTON CALENDAR" label, headline, date line "Sunday, March 5, 2000", "Compiled by"
    # line; "tomorrow" Monday 2000-03-06 with "noon" that day, "returns Tuesday" 2000-03-07,
    # "the week ahead" 2000-W10 (the week that starts the next day, like "next week" in a
    # Sunday paper, gold_blind25). The day labels "MONDAY, MARCH 6" to "FRIDAY, MARCH 10" are
    # DATEs, one span each with the weekday (gold_blind64's week-ahead labels), and each clock
    # time under a label is on that day. "said on Thursday" (past) 2000-03-02. "week-long" and
    # "two-week" DURATIONs on the adjective; "pending for 112 days" P112D; "the past 18
    # months" P18M; "within 60 days of a federal election" -> "60 days" P60D (an anchored
    # duration); "after 21 years" P21Y; "three days of hearings" P3D. "nominated in November"
    # 1999-11; "last summer" 1999-SU; "in April" 2000-04; "by the end of June" 2000-06;
    # "covering February" 2000-02; "due by midnight" under Friday's label is the midnight that
    # ends Friday, 2000-03-10T24:00 (gold_blind32, gold_blind103). "at 4 p.m., as every
    # Thursday" -> this Thursday's meeting 2000-03-09T16:00 and the SET XXXX-WXX-4. "Monthly
    # reports" SET P1M (gold_blind35's "monthly leak surveys"); "First-quarter reports"
    # 2000-Q1 (an adjectival quarter, gold_blind27); "the 1996 campaigns" the year 1996. Not
    # annotated: "49", "9th Circuit", "SD-226", "2154 RHOB", "999 E Street NW", "S. 1816" (a
    # bill number like a year), "SR-301", "2141 RHOB", "202-555-2000" (a phone number holding
    # 2000), "www.capitolcalendar.com/2000/0305" (a date inside a web address), "Washington
    # Bureau", "LOOKING AHEAD" (a label with no value of its own; the dates under it are
    # annotated).
    "washington-calendar-week-of-march-6": (
        "2000-03-05",
        [
            ("Sunday, March 5, 2000", "DATE", "2000-03-05"),
            ("Tuesday", "DATE", "2000-03-07"),
            ("week-long", "DURATION", "P1W"),
            ("noon", "TIME", "2000-03-06T12:00"),
            ("tomorrow", "DATE", "2000-03-06"),
            ("the week ahead", "DATE", "2000-W10"),
            ("MONDAY, MARCH 6", "DATE", "2000-03-06"),
            ("November", "DATE", "1999-11"),
            ("10 a.m.", "TIME", "2000-03-06T10:00"),
            ("112 days", "DURATION", "P112D"),
            ("March 16", "DATE", "2000-03-16"),
            ("TUESDAY, MARCH 7", "DATE", "2000-03-07"),
            ("10 a.m.", "TIME", "2000-03-07T10:00"),
            ("the past 18 months", "DURATION", "P18M"),
            ("Feb. 17", "DATE", "2000-02-17"),
            ("Thursday", "DATE", "2000-03-02"),
            ("10 a.m.", "TIME", "2000-03-07T10:00"),
            ("last summer", "DATE", "1999-SU"),
            ("April", "DATE", "2000-04"),
            ("WEDNESDAY, MARCH 8", "DATE", "2000-03-08"),
            ("60 days", "DURATION", "P60D"),
            ("9:30 a.m.", "TIME", "2000-03-08T09:30"),
            ("two-week", "DURATION", "P2W"),
            ("April 14", "DATE", "2000-04-14"),
            ("10 a.m.", "TIME", "2000-03-08T10:00"),
            ("11 a.m.", "TIME", "2000-03-08T11:00"),
            ("the end of June", "DATE", "2000-06"),
            ("THURSDAY, MARCH 9", "DATE", "2000-03-09"),
            ("June 30, 1999", "DATE", "1999-06-30"),
            ("21 years", "DURATION", "P21Y"),
            ("1 p.m.", "TIME", "2000-03-09T13:00"),
            ("4 p.m.", "TIME", "2000-03-09T16:00"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
            ("FRIDAY, MARCH 10", "DATE", "2000-03-10"),
            ("Monthly", "SET", "P1M"),
            ("February", "DATE", "2000-02"),
            ("midnight", "TIME", "2000-03-10T24:00"),
            ("March 16", "DATE", "2000-03-16"),
            ("March 20", "DATE", "2000-03-20"),
            ("three days", "DURATION", "P3D"),
            ("1996", "DATE", "1996"),
            ("April 15", "DATE", "2000-04-15"),
            ("First-quarter", "DATE", "2000-Q1"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
