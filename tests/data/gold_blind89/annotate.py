"""Annotations of the eighty-ninth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind89/annotate.py [--show]

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
    # Wednesday 2013-03-13 (ISO week 11), shipping daily's news story, headline, deck, date line
    # "Wednesday 13 March 2013", byline; "yesterday" is Tuesday 2013-03-12. The ship sailed
    # "at 2130 local time on Saturday" 2013-03-09 (past), lost propulsion "On Monday morning"
    # 2013-03-11 and resumed "at 1740 LT the same day" (Monday). The revised ETA "14 March 0600
    # LT" is Thursday, two TIMEX3 (a clock time and its day); the original arrival "at 1800 on
    # Tuesday" 2013-03-12 is 36 hours earlier, which the headline's "36 hours late", the lead's
    # "about 36 hours behind schedule" and "The 36-hour delay" measure (the size of a delay,
    # DURATION, gold_blind28, gold_blind53). "expected alongside on Thursday" (deck) and "on
    # Thursday morning" are 2013-03-14 (future); "sail on Friday evening" 2013-03-15TEV.
    # "Shippers were told on Monday" is past, 2013-03-11, while the Marla Bay "arrives on
    # Monday", future, 2013-03-18: one weekday in both directions. "already a day late" and
    # "within a day of schedule" are DURATION P1D (a delay, a tolerance). "about two hours
    # before high water" is a duration anchored on an event. "a weekly service" SET P1W;
    # "next week" 2013-W12; "the end of the month" 2013-03; "late last year" 2012
    # (gold_blind36, gold_blind56); "in January ... a year earlier" 2013-01, 2012-01 (the
    # granularity of what it is compared with). "The 2004-built ship": "2004" is an adjectival
    # year, DATE (see README). "the second engine failure ... in 18 months" gives the period of
    # the count, P18M. Traps: "4,250 teu", "IMO 9287341", "call sign 5BKQ7", "48°31'N
    # 005°12'W", "14 knots", "berth 12", "2,900 moves", "around the clock", "tides
    # permitting", "61%", "78%".
    "corvina-star-hallsmouth-engine-delay": (
        "2013-03-13",
        [
            ("36 hours", "DURATION", "PT36H"),
            ("Thursday", "DATE", "2013-03-14"),
            ("Wednesday 13 March 2013", "DATE", "2013-03-13"),
            ("about 36 hours", "DURATION", "PT36H"),
            ("yesterday", "DATE", "2013-03-12"),
            ("2004", "DATE", "2004"),
            ("2130 local time", "TIME", "2013-03-09T21:30"),
            ("Saturday", "DATE", "2013-03-09"),
            ("a day", "DURATION", "P1D"),
            ("Monday morning", "TIME", "2013-03-11TMO"),
            ("almost nine hours", "DURATION", "PT9H"),
            ("1740 LT", "TIME", "2013-03-11T17:40"),
            ("the same day", "DATE", "2013-03-11"),
            ("14 March", "DATE", "2013-03-14"),
            ("0600 LT", "TIME", "2013-03-14T06:00"),
            ("1800", "TIME", "2013-03-12T18:00"),
            ("Tuesday", "DATE", "2013-03-12"),
            ("about two hours", "DURATION", "PT2H"),
            ("Thursday morning", "TIME", "2013-03-14TMO"),
            ("Friday evening", "TIME", "2013-03-15TEV"),
            ("about 30 hours", "DURATION", "PT30H"),
            ("36-hour", "DURATION", "PT36H"),
            ("weekly", "SET", "P1W"),
            ("up to two days", "DURATION", "P2D"),
            ("the end of the month", "DATE", "2013-03"),
            ("Monday", "DATE", "2013-03-11"),
            ("next week", "DATE", "2013-W12"),
            ("18 months", "DURATION", "P18M"),
            ("October 2011", "DATE", "2011-10"),
            ("five days", "DURATION", "P5D"),
            ("24-day", "DURATION", "P24D"),
            ("late last year", "DATE", "2012"),
            ("more than a decade", "DURATION", "P10Y"),
            ("recent months", "DATE", "PAST_REF"),
            ("a day", "DURATION", "P1D"),
            ("January", "DATE", "2013-01"),
            ("a year earlier", "DATE", "2012-01"),
            ("earlier this month", "DATE", "2013-03"),
            ("now", "DATE", "PRESENT_REF"),
            ("Monday", "DATE", "2013-03-18"),
        ],
    ),
    # Thursday 2014-03-20 (ISO week 12), harbour authority's local notice to mariners, heading,
    # "Issued: Thursday 20 March 2014, 1100 hrs" (a DATE and a TIME of the issue). The berth is
    # closed "from 0001 hrs on 1 April until 2359 hrs on 3 April" (Tuesday 2014-04-01 to
    # Thursday 2014-04-03; four TIMEX3, "from" and "until" signals) and reopens "at 0600 hrs on
    # Friday 4 April". "hrs" belongs to the clock time and stays in the span, like "14:00
    # hours" in gold_blind27. The predicted high waters "on 2 April are at 0412 ... and 1638"
    # are clock times of that day; the tide heights are traps. "within two hours either side
    # of high water" and "two hours before the vessel reaches" are generic / anchored
    # durations. "Diving will take place daily between 0700 and 1900 hrs" is a SET and the
    # hours of a recurring activity, XXXX-XX-XXThh:mm (gold_blind28, gold_blind56, gold_blind76).
    # "carried out annually and last in May 2013" SET P1Y and 2013-05; "mid-April this year"
    # one span 2014-04, the post-posed year kept like "September last year" (gold_blind28).
    # Holidays on their dates, a holiday and its date two DATEs (gold_blind76): Easter Sunday
    # 2014 is 20 April, so "Good Friday, 18 April" 2014-04-18 and "Easter Monday,
    # 21 April" 2014-04-21. Traps: "No. 11 of 2014", "No. 9 of 2014" (notice numbers; no bare
    # "2014" is annotated), "Berth 4", "Berth 6", "Berth 7", "9.5 m", "5.8 m", "5.6 m", "TERN 2",
    # "VHF Channel 14", "Rule 27", "50 m", "4 knots", "tides permitting", "24 hours a day" (an
    # idiom like "around the clock"), the phone number, "On those days" (anaphoric).
    "wrayhaven-notice-kings-quay-berth-closure": (
        "2014-03-20",
        [
            ("Thursday 20 March 2014", "DATE", "2014-03-20"),
            ("1100 hrs", "TIME", "2014-03-20T11:00"),
            ("0001 hrs", "TIME", "2014-04-01T00:01"),
            ("1 April", "DATE", "2014-04-01"),
            ("2359 hrs", "TIME", "2014-04-03T23:59"),
            ("3 April", "DATE", "2014-04-03"),
            ("0600 hrs", "TIME", "2014-04-04T06:00"),
            ("Friday 4 April", "DATE", "2014-04-04"),
            ("two hours", "DURATION", "PT2H"),
            ("2 April", "DATE", "2014-04-02"),
            ("0412", "TIME", "2014-04-02T04:12"),
            ("1638", "TIME", "2014-04-02T16:38"),
            ("28 March", "DATE", "2014-03-28"),
            ("about 10 days", "DURATION", "P10D"),
            ("daily", "SET", "P1D"),
            ("0700", "TIME", "XXXX-XX-XXT07:00"),
            ("1900 hrs", "TIME", "XXXX-XX-XXT19:00"),
            ("every 30 minutes", "SET", "PT30M"),
            ("at least 24 hours", "DURATION", "PT24H"),
            ("two hours", "DURATION", "PT2H"),
            ("annually", "SET", "P1Y"),
            ("May 2013", "DATE", "2013-05"),
            ("mid-April this year", "DATE", "2014-04"),
            ("three weeks", "DURATION", "P3W"),
            ("at least seven days", "DURATION", "P7D"),
            ("Good Friday", "DATE", "2014-04-18"),
            ("18 April", "DATE", "2014-04-18"),
            ("Easter Monday", "DATE", "2014-04-21"),
            ("21 April", "DATE", "2014-04-21"),
        ],
    ),
    # Tuesday 2014-01-14 (ISO week 3), aviation news page, headline, date line with byline
    # "Tuesday 14 January 2014 | By ...". "from March" (headline) is the coming March 2014-03;
    # the route starts "on 30 March" (a Sunday), "the start of the summer season" being the
    # airlines' scheduling season, a trade season left out (see README); "said on Monday"
    # 2014-01-13; "the board approved the route on Friday" 2014-01-10 (past); "at 0900 on
    # Thursday" 2014-01-16 (future, "go on sale"). "three times a week" (headline and body) SET
    # P1W; "on Tuesdays, Thursdays and Saturdays" SETs; "a daily service in July and August"
    # SET P1D and the months of 2014; "a fourth daily frequency" SET P1D, like "a fourth daily
    # return sailing" in gold_blind76. The departure times "at 0745", "at 1005", "the 0810
    # departure ... will move to 0655" are the hours of a recurring flight, XXXX-XX-XXThh:mm
    # (see README for "the 0810 departure"); "from the same date" is 30 March, 2014-03-30.
    # "five years ago" at the unit's granularity, 2009 (the route "dropped in 2009"); "the
    # autumn" past in January is 2013-FA; "the fourth quarter ... a year earlier" 2013-Q4,
    # 2012-Q4 (no fiscal year described); "last summer" 2013-SU; "each night between 2300 and
    # 0600 for six weeks from 14 April" SET, two recurring clock times, P6W and 2014-04-14.
    # Traps: "SK 714", "SK 715" (flight numbers), "72-seat", "ATR 72-600", "£39", the phone
    # number "0845 555 0714", "1.2 million", "9%", "71%", "two points", "24 destinations",
    # "runway, 09/27", "the summer season", "its summer schedule", "early-morning departures".
    "skerran-air-kelbridge-lisvane-route": (
        "2014-01-14",
        [
            ("three times a week", "SET", "P1W"),
            ("March", "DATE", "2014-03"),
            ("Tuesday 14 January 2014", "DATE", "2014-01-14"),
            ("30 March", "DATE", "2014-03-30"),
            ("Monday", "DATE", "2014-01-13"),
            ("2009", "DATE", "2009"),
            ("three times a week", "SET", "P1W"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("daily", "SET", "P1D"),
            ("July", "DATE", "2014-07"),
            ("August", "DATE", "2014-08"),
            ("0745", "TIME", "XXXX-XX-XXT07:45"),
            ("1005", "TIME", "XXXX-XX-XXT10:05"),
            ("0810", "TIME", "XXXX-XX-XXT08:10"),
            ("0655", "TIME", "XXXX-XX-XXT06:55"),
            ("the same date", "DATE", "2014-03-30"),
            ("October 2011", "DATE", "2011-10"),
            ("daily", "SET", "P1D"),
            ("1 June", "DATE", "2014-06-01"),
            ("0900", "TIME", "2014-01-16T09:00"),
            ("Thursday", "DATE", "2014-01-16"),
            ("the past two years", "DURATION", "P2Y"),
            ("five years ago", "DATE", "2009"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Friday", "DATE", "2014-01-10"),
            ("the autumn", "DATE", "2013-FA"),
            ("last year", "DATE", "2013"),
            ("2012", "DATE", "2012"),
            ("this year", "DATE", "2014"),
            ("the fourth quarter", "DATE", "2013-Q4"),
            ("a year earlier", "DATE", "2012-Q4"),
            ("last summer", "DATE", "2013-SU"),
            ("each night", "SET", "XXXX-XX-XXTNI"),
            ("2300", "TIME", "XXXX-XX-XXT23:00"),
            ("0600", "TIME", "XXXX-XX-XXT06:00"),
            ("six weeks", "DURATION", "P6W"),
            ("14 April", "DATE", "2014-04-14"),
        ],
    ),
    # Saturday 2013-11-09 (ISO week 45), aviation safety website, headline, byline with stamp
    # "9 November 2013, 10:42 GMT" (a DATE and a TIME, the zone in the span, gold_blind56). The
    # diversion was on Friday 2013-10-18: every clock time of the flight is that day, "1352 UTC
    # (1552 local time)" two TIMEX3 (gold_blind28), "At 1432 UTC", "about 14:34Z" (the "Z" of
    # UTC in the span, the modifier "about" kept, like "about 6:40 am" in gold_blind53). "landed
    # ... 25 minutes later" after "1432 UTC" is a TIME with the clock value 14:57 (gold_blind53:
    # "N minutes later" after an exact clock time), whereas the headline's and lead's "25
    # minutes after the (first) warning" are anchored durations, PT25M. "the report was
    # published on Thursday" 2013-11-07, "Nordvel said on Friday" 2013-11-08 (past), the
    # committee briefing "on Tuesday" 2013-11-12 (future). The heater was removed "on 20
    # October" and sent away "two days later", 2013-10-22 (anchored on the narrative's last
    # date). "for 15 days" 18 October-2 November. "delayed into the evening" of the
    # diversion, 2013-10-18TEV. "twice daily" SET P1D; "the late 1980s" 198; "this year ... In
    # February" 2013 and 2013-02; "within 30 days" and "within 12 months" generic durations;
    # "the second half of next year" 2014-H2, one span. Traps: "Avora 320" (an aircraft
    # type), "NV 2490" (flight number), "148 passengers", "flight level 360", "7700" (the
    # emergency transponder code), "110 nm", "runway 27L", "NV-KRT" (registration), "14 Avora
    # 320s", "every 1,200 flight cycles" (a usage interval counted in landings, not in time).
    "nordvel-nv2490-cargo-smoke-diversion": (
        "2013-11-09",
        [
            ("25 minutes", "DURATION", "PT25M"),
            ("9 November 2013", "DATE", "2013-11-09"),
            ("10:42 GMT", "TIME", "2013-11-09T10:42"),
            ("18 October", "DATE", "2013-10-18"),
            ("25 minutes", "DURATION", "PT25M"),
            ("Thursday", "DATE", "2013-11-07"),
            ("1352 UTC", "TIME", "2013-10-18T13:52"),
            ("1552 local time", "TIME", "2013-10-18T15:52"),
            ("1432 UTC", "TIME", "2013-10-18T14:32"),
            ("25 minutes later", "TIME", "2013-10-18T14:57"),
            ("about 14:34Z", "TIME", "2013-10-18T14:34"),
            ("2006", "DATE", "2006"),
            ("20 October", "DATE", "2013-10-20"),
            ("two days later", "DATE", "2013-10-22"),
            ("2007", "DATE", "2007"),
            ("15 days", "DURATION", "P15D"),
            ("2 November", "DATE", "2013-11-02"),
            ("almost two hours", "DURATION", "PT2H"),
            ("the evening", "TIME", "2013-10-18TEV"),
            ("Friday", "DATE", "2013-11-08"),
            ("the past three weeks", "DURATION", "P3W"),
            ("twice daily", "SET", "P1D"),
            ("the late 1980s", "DATE", "198"),
            ("recent years", "DATE", "PAST_REF"),
            ("recently", "DATE", "PAST_REF"),
            ("this year", "DATE", "2013"),
            ("February", "DATE", "2013-02"),
            ("35 minutes", "DURATION", "PT35M"),
            ("2011", "DATE", "2011"),
            ("30 days", "DURATION", "P30D"),
            ("12 months", "DURATION", "P12M"),
            ("Tuesday", "DATE", "2013-11-12"),
            ("the second half of next year", "DATE", "2014-H2"),
        ],
    ),
    # Sunday 2012-08-19 (ISO week 33), coastguard agency's news release, date line "Sunday 19
    # August 2012"; the rescue was "early this morning", 2012-08-19TMO, and every clock time
    # without a named day ("03:17", "03:29", "03:40", "04:05", "07:56", "03:00", "11:40 this
    # morning", the release "at 15:20") is the release's own day. "about 35 minutes after
    # launching" and "a four-hour search" are durations (03:29-04:05; about 04:00-07:56). "on
    # Saturday morning" 2012-08-18TMO and "since Friday evening" 2012-08-17TEV are past. "this
    # month" 2012-08; "in July, up from 71 a year earlier" 2012-07 and 2011-07; "its figures
    # for the summer next month": the summer of 2012, 2012-SU, and 2012-09. "Every summer" SET
    # XXXX-SU; "every six hours" PT6H; "every week" P1W; "every year" P1Y; "this year's" ->
    # "this year" 2012 (the possessive without "'s"); "on Sunday 26 August, from 10am to 4pm"
    # one weekday date and two clock times of that day. "the past 24 hours" PT24H, "more than a
    # century" P100Y. Traps: "VHF channel 16" (twice), "9-metre", "Sea Wren II",
    # "55°41'N 004°12'W", "Rescue 147", "58-year-old", "41 knots", "96 incidents", "71", "the
    # third capsize", "five missions", "999", the phone number.
    "marran-coastguard-sea-wren-capsize": (
        "2012-08-19",
        [
            ("Sunday 19 August 2012", "DATE", "2012-08-19"),
            ("early this morning", "TIME", "2012-08-19TMO"),
            ("03:17", "TIME", "2012-08-19T03:17"),
            ("03:29", "TIME", "2012-08-19T03:29"),
            ("03:40", "TIME", "2012-08-19T03:40"),
            ("04:05", "TIME", "2012-08-19T04:05"),
            ("about 35 minutes", "DURATION", "PT35M"),
            ("07:56", "TIME", "2012-08-19T07:56"),
            ("four-hour", "DURATION", "PT4H"),
            ("this afternoon", "TIME", "2012-08-19TAF"),
            ("Saturday morning", "TIME", "2012-08-18TMO"),
            ("two-day", "DURATION", "P2D"),
            ("Friday evening", "TIME", "2012-08-17TEV"),
            ("03:00", "TIME", "2012-08-19T03:00"),
            ("Every summer", "SET", "XXXX-SU"),
            ("every six hours", "SET", "PT6H"),
            ("this month", "DATE", "2012-08"),
            ("July", "DATE", "2012-07"),
            ("a year earlier", "DATE", "2011-07"),
            ("the summer", "DATE", "2012-SU"),
            ("next month", "DATE", "2012-09"),
            ("the past 24 hours", "DURATION", "PT24H"),
            ("11:40", "TIME", "2012-08-19T11:40"),
            ("this morning", "TIME", "2012-08-19TMO"),
            ("every week", "SET", "P1W"),
            ("more than a century", "DURATION", "P100Y"),
            ("every year", "SET", "P1Y"),
            ("this year", "DATE", "2012"),
            ("Sunday 26 August", "DATE", "2012-08-26"),
            ("10am", "TIME", "2012-08-26T10:00"),
            ("4pm", "TIME", "2012-08-26T16:00"),
            ("15:20", "TIME", "2012-08-19T15:20"),
        ],
    ),
    # Friday 2015-02-27 (ISO week 9), shipbroker's weekly market report, heading "DRY BULK
    # WEEKLY | Week 9, 2015" (the broker's week number is the ISO week, 23 February-1 March,
    # one DATE span 2015-W09; see README) and date line. "for third straight week" (headline,
    # no determiner) and "for a third straight week" are ordinal periods, DURATION P1W
    # (gold_blind23, gold_blind53). "a week-long holiday that ended on Wednesday" P1W and
    # 2015-02-25; "closed on Thursday" 2015-02-26; "a week earlier" compared with Thursday's
    # close is the ISO week before, 2015-W08 (gold_blind12, gold_blind22, gold_blind80); "since
    # mid-January" 2015-01; "so far in the first quarter ... a year earlier" 2015-Q1, 2014-Q1;
    # "the past year" P1Y; "before the second half" 2015-H2; "the fifth time in six weeks" the
    # period of the count, P6W; "fixed on Tuesday" 2015-02-24; "for 12 months' period" P12M (the
    # "'" out of the span, like "36 hours' sailing" in gold_blind12); "delivery ... early
    # March" 2015-03; "unchanged from last week" 2015-W08, "this week" 2015-W09; "in January"
    # 2015-01 (twice); "since mid-2012" 2012; "since 1 January" 2015-01-01; "a week ago" at the
    # unit's granularity, 2015-W08; "March cargoes" an adjectival month ahead, 2015-03; "their
    # highest in seven years" the period of a superlative, P7Y; "the second quarter" 2015-Q2;
    # "every Friday" SET; "on 6 March" 2015-03-06. "The 2010-built ... Kamsarmax": "2010" an
    # adjectival year. Traps: "DRY BULK WEEKLY" / "Dry Bulk Weekly" (a publication's title),
    # "$8,940/day" and the other day rates, "14%", "82,000 dwt", "the fifth time", "2.4
    # million dwt", "41 bulkers", "67", "7.8 years" (a fleet's average age), "TD3", "WS 52",
    # "WS 58".
    "harcourt-dry-bulk-weekly-capesize": (
        "2015-02-27",
        [
            ("Week 9, 2015", "DATE", "2015-W09"),
            ("Friday 27 February 2015", "DATE", "2015-02-27"),
            ("third straight week", "DURATION", "P1W"),
            ("a third straight week", "DURATION", "P1W"),
            ("week-long", "DURATION", "P1W"),
            ("Wednesday", "DATE", "2015-02-25"),
            ("Thursday", "DATE", "2015-02-26"),
            ("a week earlier", "DATE", "2015-W08"),
            ("mid-January", "DATE", "2015-01"),
            ("the first quarter", "DATE", "2015-Q1"),
            ("a year earlier", "DATE", "2014-Q1"),
            ("the past year", "DURATION", "P1Y"),
            ("the second half", "DATE", "2015-H2"),
            ("six weeks", "DURATION", "P6W"),
            ("2010", "DATE", "2010"),
            ("Tuesday", "DATE", "2015-02-24"),
            ("12 months", "DURATION", "P12M"),
            ("early March", "DATE", "2015-03"),
            ("last week", "DATE", "2015-W08"),
            ("this week", "DATE", "2015-W09"),
            ("January", "DATE", "2015-01"),
            ("mid-2012", "DATE", "2012"),
            ("1 January", "DATE", "2015-01-01"),
            ("2014", "DATE", "2014"),
            ("now", "DATE", "PRESENT_REF"),
            ("the 1990s", "DATE", "199"),
            ("a week ago", "DATE", "2015-W08"),
            ("March", "DATE", "2015-03"),
            ("this month", "DATE", "2015-02"),
            ("January", "DATE", "2015-01"),
            ("seven years", "DURATION", "P7Y"),
            ("the coming months", "DURATION", "PXM"),
            ("2013", "DATE", "2013"),
            ("the second quarter", "DATE", "2015-Q2"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("6 March", "DATE", "2015-03-06"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
