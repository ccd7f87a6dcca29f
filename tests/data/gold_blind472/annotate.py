"""Annotations of blind gold set 472, chosen by hand before the tagger ran.

    python tests/data/gold_blind472/annotate.py [--show]

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
    # Tuesday 1990-10-16 (ISO week 42), US international broadcaster's hourly newscast, header
    # "Newscast: Tuesday, October 16, 1990 - 1400 UTC" (one DATE span with its weekday and a
    # TIME, the zone in the span and not in the value, gold_blind16, gold_blind30). The spoken
    # time check "fourteen hundred hours Universal Time" is one TIME span 1990-10-16T14:00 with
    # its zone words (a spoken clock time, like "It's six minutes past one GMT" in gold_blind48),
    # and "fifteen hundred Universal Time" the next newscast, T15:00. Mine: trapped "since early
    # Sunday" 1990-10-14 (the modifier kept, "early Friday" in gold_blind103); "about 4:20 a.m.
    # local time Sunday, 0220 UTC" -> local TIME 1990-10-14T04:20 (UTC+2, the local value kept,
    # gold_blind30), "Sunday" DATE and "0220 UTC" 1990-10-14T02:20; "almost 60 hours" PT60H
    # (02:20 UTC Sunday to 14:00 UTC Tuesday); "six-hour" PT6H; "by Thursday" 1990-10-18. Locusts:
    # "for the first time in five years" -> "five years" P5Y (the period of a "first in");
    # "late last week" 1990-W41 (the modifier not recorded); "within a month" -> "a month" P1M;
    # "the day after tomorrow" 1990-10-18 (gold_blind30). Debt: "three-day" P3D, "tomorrow"
    # 1990-10-17, "until 1993", "Friday afternoon" 1990-10-19TAF. Coup: "overnight" the night
    # just ended, begun on Monday evening, 1990-10-15TNI (gold_blind48); "within four hours" ->
    # PT4H; "by 6 a.m." today's 06:00; "midday" T12:00; the curfew "from 9 p.m. to 5 a.m. every
    # night" -> XXXX-XX-XXT21:00, XXXX-XX-XXT05:00 and SET XXXX-XX-XXTNI (gold_blind16);
    # "until Sunday" ahead 1990-10-21. Football: "on Saturday" 1990-10-13, "October 27th"
    # 1990-10-27. "daily at 1830 UTC" -> SET P1D and TIME XXXX-XX-XXT18:30 (the hours of a
    # recurring service). Not annotated: "Horizon 2000" (a plan's name), "3-1", "the first leg",
    # "The second leg", "6040 and 9760 kilohertz", "the 49 and 31 meter bands", "31 coal
    # miners", "40 meters", "eleven", "40 billion dollars", "WORLD NEWS", "Newscast".
    "cir-newscast-kolvar-mine-rescue": (
        "1990-10-16",
        [
            ("Tuesday, October 16, 1990", "DATE", "1990-10-16"),
            ("1400 UTC", "TIME", "1990-10-16T14:00"),
            ("fourteen hundred hours Universal Time", "TIME", "1990-10-16T14:00"),
            ("early Sunday", "DATE", "1990-10-14"),
            ("about 4:20 a.m. local time", "TIME", "1990-10-14T04:20"),
            ("Sunday", "DATE", "1990-10-14"),
            ("0220 UTC", "TIME", "1990-10-14T02:20"),
            ("six-hour", "DURATION", "PT6H"),
            ("almost 60 hours", "DURATION", "PT60H"),
            ("this morning", "TIME", "1990-10-16TMO"),
            ("every 15 minutes", "SET", "PT15M"),
            ("Thursday", "DATE", "1990-10-18"),
            ("1962", "DATE", "1962"),
            ("1979", "DATE", "1979"),
            ("five years", "DURATION", "P5Y"),
            ("late last week", "DATE", "1990-W41"),
            ("a month", "DURATION", "P1M"),
            ("the day after tomorrow", "DATE", "1990-10-18"),
            ("three-day", "DURATION", "P3D"),
            ("tomorrow", "DATE", "1990-10-17"),
            ("1993", "DATE", "1993"),
            ("Friday afternoon", "TIME", "1990-10-19TAF"),
            ("overnight", "TIME", "1990-10-15TNI"),
            ("four hours", "DURATION", "PT4H"),
            ("6 a.m.", "TIME", "1990-10-16T06:00"),
            ("1981", "DATE", "1981"),
            ("midday", "TIME", "1990-10-16T12:00"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("5 a.m.", "TIME", "XXXX-XX-XXT05:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("Sunday", "DATE", "1990-10-21"),
            ("Saturday", "DATE", "1990-10-13"),
            ("October 27th", "DATE", "1990-10-27"),
            ("fifteen hundred Universal Time", "TIME", "1990-10-16T15:00"),
            ("daily", "SET", "P1D"),
            ("1830 UTC", "TIME", "XXXX-XX-XXT18:30"),
        ],
    ),
    # Saturday 1989-06-17 (ISO week 24), US international broadcaster's correspondent report in
    # the script form of its archive: "DATE=6/17/89" (DATE 1989-06-17, read month first as a US
    # broadcaster writes it, like "04/10/2014" in gold_blind48; the two-digit year is 1989) and
    # the closing stamp "17-Jun-89 1:42 PM EDT (1742 UTC)" (a DATE and two TIMEs, EDT being
    # UTC-4 in June). "nine days after the Keral River broke through" -> "nine days" P9D (an
    # anchored duration; June 8 + 9 days = today). Past weekdays: "early Thursday" 1989-06-15,
    # "on Monday" 1989-06-12, "Wednesday evening" 1989-06-14TEV (two days after Monday), "That
    # evening" the same evening, "The next day" 1989-06-15 (anchored on that Wednesday), "since
    # last Sunday" 1989-06-11. Future: "by Tuesday" 1989-06-20, "the middle of next week"
    # 1989-W25 (gold_blind103), "June 26th" 1989-06-26. "late September" 1989-09. "the past
    # week" P1W; "twice a day" SET P1D; "every night" and "every morning" SETs of parts of day;
    # the minister's quoted "Today" the day he spoke; "In the next two weeks" P2W; "for ten
    # days" P10D; "For now" -> "now" PRESENT_REF (gold_blind12, gold_blind36). "the 1974 flood"
    # DATE 1974 (a flood named by its year, gold_blind103). Not annotated: "NUMBER=2-4471",
    # "(L-ONLY)", "VOICED AT:", "CUT ONE", "(:16)" (the length of the tape cut, in seconds, no
    # value shape), "END ACT", "NEB/CO/JWH/RAE", "NNNN", "Highway 19", "63-year-old", "212
    # people", "300-thousand", "160 kilometers", "six-thousand", "half a million", "40 million
    # dollars", "14 boats", "50 more", "The monsoon" (a season with no calendar unit), "around
    # the clock", "After that", "since the flooding began".
    "cir-correspondent-report-keral-floods": (
        "1989-06-17",
        [
            ("6/17/89", "DATE", "1989-06-17"),
            ("nine days", "DURATION", "P9D"),
            ("early Thursday", "DATE", "1989-06-15"),
            ("this morning", "TIME", "1989-06-17TMO"),
            ("June 8th", "DATE", "1989-06-08"),
            ("June 10th", "DATE", "1989-06-10"),
            ("Monday", "DATE", "1989-06-12"),
            ("two days", "DURATION", "P2D"),
            ("Wednesday evening", "TIME", "1989-06-14TEV"),
            ("That evening", "TIME", "1989-06-14TEV"),
            ("The next day", "DATE", "1989-06-15"),
            ("the past week", "DURATION", "P1W"),
            ("twice a day", "SET", "P1D"),
            ("this afternoon", "TIME", "1989-06-17TAF"),
            ("now", "DATE", "PRESENT_REF"),
            ("the next two weeks", "DURATION", "P2W"),
            ("Today", "DATE", "1989-06-17"),
            ("ten days", "DURATION", "P10D"),
            ("late September", "DATE", "1989-09"),
            ("the middle of next week", "DATE", "1989-W25"),
            ("June 26th", "DATE", "1989-06-26"),
            ("1974", "DATE", "1974"),
            ("41 days", "DURATION", "P41D"),
            ("last Sunday", "DATE", "1989-06-11"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("1974", "DATE", "1974"),
            ("now", "DATE", "PRESENT_REF"),
            ("Tuesday", "DATE", "1989-06-20"),
            ("17-Jun-89", "DATE", "1989-06-17"),
            ("1:42 PM EDT", "TIME", "1989-06-17T13:42"),
            ("1742 UTC", "TIME", "1989-06-17T17:42"),
        ],
    ),
    # Sunday 1991-03-10 (ISO week 10), US public-radio weekend world-news programme, an
    # interview by telephone; header "Air date: Sunday, March 10, 1991" (one DATE span) and
    # "Segment 3, 7:35 p.m. ET" (TIME, zone in the span); the closing time check "It's 7:42"
    # 1991-03-10T19:42 (the p.m. half fixed by the header, gold_blind30). "Running time: 6:40"
    # (minutes and seconds of the segment) is not annotated. "Starting tomorrow" and "starting
    # Monday at 8 a.m." 1991-03-11 (and T08:00); "six weeks, until April 21st" P6W and
    # 1991-04-21 (Monday 11 March to Sunday 21 April); "announced only on Friday" 1991-03-08;
    # "at midnight on Wednesday" -> "midnight" the end of the named day 1991-03-13T24:00
    # (gold_blind48's "midnight Friday") and "Wednesday" 1991-03-13; "January 1st" 1991-01-01;
    # "a little more than a year after the ... elections" P1Y (anchored duration, the modifier
    # not recorded); "the autumn" twice, promised for this year, 1991-FA; "January", "February"
    # 1991; "Since Christmas" 1990-12-25; "every day" P1D (twice); "Last week" 1991-W09, the ISO
    # week before the broadcast's own (which ends on this Sunday); "in four days" P4D (how long
    # the change took); "the end of the first quarter" 1991-Q1 (a country's quarters are
    # calendar quarters, gold_blind35); "Wages ... for March" 1991-03; "on Saturdays" SET
    # XXXX-WXX-6; "from 7 a.m. to 9 p.m. every day" -> XXXX-XX-XXT07:00, XXXX-XX-XXT21:00 and
    # SET P1D; "Easter Sunday" 1991-03-31; "in 1953"; "two days" P2D; "in twenty years" P20Y;
    # "the fiscal year that begins July 1st" -> "the fiscal year" FY1992 (July 1991-June 1992,
    # named by the year it ends, gold_blind35, gold_blind48) and "July 1st" 1991-07-01; "by the
    # summer" 1991-SU; "Give it a year" P1Y; "next Sunday" in a Sunday programme the nearest
    # coming one, 1991-03-17 (gold_blind30). Not annotated: "WORLD DESK WEEKEND" / "World Desk
    # Weekend" (a title), "Segment 3", "Running time: 6:40", "Good evening" (twice), "This
    # time" (this occasion), "eight years old", "24 percent", "11", "30 crowns", "41", "5,000
    # crowns", "one to one", "ten old crowns", "until the exchange ends", "After that", "yet".
    "mpr-world-desk-morvenia-currency-interview": (
        "1991-03-10",
        [
            ("Sunday, March 10, 1991", "DATE", "1991-03-10"),
            ("7:35 p.m. ET", "TIME", "1991-03-10T19:35"),
            ("tomorrow", "DATE", "1991-03-11"),
            ("six weeks", "DURATION", "P6W"),
            ("April 21st", "DATE", "1991-04-21"),
            ("Friday", "DATE", "1991-03-08"),
            ("midnight", "TIME", "1991-03-13T24:00"),
            ("Wednesday", "DATE", "1991-03-13"),
            ("January 1st", "DATE", "1991-01-01"),
            ("a little more than a year", "DURATION", "P1Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("the autumn", "DATE", "1991-FA"),
            ("the autumn", "DATE", "1991-FA"),
            ("January", "DATE", "1991-01"),
            ("February", "DATE", "1991-02"),
            ("Christmas", "DATE", "1990-12-25"),
            ("every day", "SET", "P1D"),
            ("Last week", "DATE", "1991-W09"),
            ("four days", "DURATION", "P4D"),
            ("the end of the first quarter", "DATE", "1991-Q1"),
            ("Monday", "DATE", "1991-03-11"),
            ("8 a.m.", "TIME", "1991-03-11T08:00"),
            ("March", "DATE", "1991-03"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("7 a.m.", "TIME", "XXXX-XX-XXT07:00"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("every day", "SET", "P1D"),
            ("Easter Sunday", "DATE", "1991-03-31"),
            ("1953", "DATE", "1953"),
            ("two days", "DURATION", "P2D"),
            ("twenty years", "DURATION", "P20Y"),
            ("the fiscal year", "DATE", "FY1992"),
            ("July 1st", "DATE", "1991-07-01"),
            ("the summer", "DATE", "1991-SU"),
            ("a year", "DURATION", "P1Y"),
            ("next Sunday", "DATE", "1991-03-17"),
            ("7:42", "TIME", "1991-03-10T19:42"),
        ],
    ),
    # Monday 1990-04-02 (ISO week 14), British international broadcaster's morning business
    # programme, header "Transmitted: Monday 2 April 1990, 0915 GMT" (one DATE span and a TIME);
    # "We're back tomorrow at 0915 GMT" 1990-04-03 and 1990-04-03T09:15. "In the next 25
    # minutes" PT25M; "a nervous start to the week" -> "the week" 1990-W14 (gold_blind30). The
    # British government's financial year runs April-March and is named by the year it ends:
    # "a new financial year" (intro) and "the new financial year began yesterday" FY1991 (April
    # 1990-March 1991, gold_blind74's "the new financial year"), "yesterday" Sunday 1990-04-01;
    # "the financial year that ended on Saturday" FY1990 and "Saturday" 1990-03-31. Japanese
    # companies: "Saturday, 31 March" one DATE span with its weekday; "the fiscal year to March
    # 1990" -> "the fiscal year" FY1990 and "March 1990" (gold_blind28). Tokyo clock times are
    # local: "nine o'clock" 1990-04-02T09:00 and "three o'clock" T15:00 (the trading day, a
    # Monday in Tokyo too). "twelve months" P12M; "today" 1990-04-02; "the first hour" of
    # trading PT1H (an ordinal period of an event, gold_blind35); "now" PRESENT_REF; "the end of
    # December" 1989-12; "a rally in April" 1990-04; "since 1987"; "on Wednesday" 1990-04-04;
    # "the end of the month" 1990-04; "forecast in March" 1990-03; "the fourth quarter" the last
    # one reported, 1989-Q4, "a year earlier" after it 1988-Q4 (gold_blind48); "on Friday"
    # 1990-03-30; "eleven months ago" 1989-05 and "since last April" 1989-04; "by the autumn"
    # 1990-FA; "the next six weeks" P6W; "told us on Saturday" 1990-03-31; "the past fortnight"
    # P2W; "Also this morning" 1990-04-02TMO; "over the weekend" -> "the weekend" just gone
    # 1990-W13-WE (31 March-1 April); "Easter Monday" 1990-04-16 (Easter Sunday 1990 is 15
    # April) and "two weeks from today" the same day (like "a week from today", gold_blind30);
    # "every hour" SET PT1H. Not annotated: "THE TRADING DAY" / "The Trading Day" (a title),
    # "Good morning", "the bulk carrier Northern 1990" (a ship's name in a 1990 story), "a
    # quarter" (a fraction), "twice" (a count), "4 per cent", "1.2 per cent", "158 to the
    # dollar", "2 billion pounds", "1,800 jobs", "30 cents", "19 dollars 20 a barrel", "the
    # 25-metre band", "session".
    "lwr-trading-day-tokyo-shares-shipyard": (
        "1990-04-02",
        [
            ("Monday 2 April 1990", "DATE", "1990-04-02"),
            ("0915 GMT", "TIME", "1990-04-02T09:15"),
            ("the next 25 minutes", "DURATION", "PT25M"),
            ("the week", "DATE", "1990-W14"),
            ("a new financial year", "DATE", "FY1991"),
            ("twelve months", "DURATION", "P12M"),
            ("today", "DATE", "1990-04-02"),
            ("the first hour", "DURATION", "PT1H"),
            ("now", "DATE", "PRESENT_REF"),
            ("the end of December", "DATE", "1989-12"),
            ("Saturday, 31 March", "DATE", "1990-03-31"),
            ("April", "DATE", "1990-04"),
            ("the fiscal year", "DATE", "FY1990"),
            ("March 1990", "DATE", "1990-03"),
            ("nine o'clock", "TIME", "1990-04-02T09:00"),
            ("three o'clock", "TIME", "1990-04-02T15:00"),
            ("1987", "DATE", "1987"),
            ("Wednesday", "DATE", "1990-04-04"),
            ("the end of the month", "DATE", "1990-04"),
            ("the new financial year", "DATE", "FY1991"),
            ("yesterday", "DATE", "1990-04-01"),
            ("the financial year", "DATE", "FY1990"),
            ("Saturday", "DATE", "1990-03-31"),
            ("March", "DATE", "1990-03"),
            ("the fourth quarter", "DATE", "1989-Q4"),
            ("Friday", "DATE", "1990-03-30"),
            ("a year earlier", "DATE", "1988-Q4"),
            ("eleven months ago", "DATE", "1989-05"),
            ("last April", "DATE", "1989-04"),
            ("the autumn", "DATE", "1990-FA"),
            ("the next six weeks", "DURATION", "P6W"),
            ("Saturday", "DATE", "1990-03-31"),
            ("the past fortnight", "DURATION", "P2W"),
            ("this morning", "TIME", "1990-04-02TMO"),
            ("the weekend", "DATE", "1990-W13-WE"),
            ("Easter Monday", "DATE", "1990-04-16"),
            ("two weeks from today", "DATE", "1990-04-16"),
            ("tomorrow", "DATE", "1990-04-03"),
            ("0915 GMT", "TIME", "1990-04-03T09:15"),
            ("every hour", "SET", "PT1H"),
        ],
    ),
    # Wednesday 1991-02-13 (ISO week 7), Australian international broadcaster's Pacific
    # bulletin with a correspondent on the telephone; header "Wednesday 13 February 1991 - 0700
    # UTC (6pm Australian Eastern Summer Time)" -> one DATE span, "0700 UTC" and "6pm Australian
    # Eastern Summer Time" two TIMEs of the same moment (UTC+11, the zone words in the span,
    # gold_blind30), and the spoken "seven o'clock Universal Time" T07:00. Vailoa is at UTC+12,
    # so the bulletin goes out at 7 p.m. there; its clock times keep their local value: "5pm
    # local time" T17:00, "about midday" T12:00, "by four o'clock" T16:00 (this afternoon),
    # "between 11 o'clock tonight and about three o'clock tomorrow morning" -> T23:00, the
    # night 1991-02-13TNI, 1991-02-14T03:00 and TIME 1991-02-14TMO (gold_blind46), "at 8
    # o'clock" the coming hour, T20:00, "and every hour after that" SET PT1H. "tonight" twice
    # 1991-02-13TNI; "now" PRESENT_REF; "at noon yesterday" 1991-02-12T12:00 and 1991-02-12;
    # "on Monday night" 1991-02-11TNI (past) and "reopen on Monday" 1991-02-18 (future); "Eight
    # years ago" 1983 (the year of Perrin); "in less than six hours" PT6H; "through Thursday"
    # 1991-02-14; "until the weekend" 1991-W07-WE; "26 days" P26D; "by the end of March"
    # 1991-03; "backdated to 1 January" -> "1 January" 1991-01-01 (like "retroactive to",
    # gold_blind35); "next February" 1992-02; "five-year" P5Y; "late last night" 1991-02-12TNI;
    # "four days" P4D; "1 July" 1991-07-01; "the treaty of 1987" 1987; "every six months" SET
    # P6M; "two months" P2M; "the season from November to April" -> "November" 1990-11 and
    # "April" 1991-04 (the months of this season, the past and the coming one); "0900 UTC" the
    # next edition today. Not annotated: "ISLANDS NEWSLINE" / "Islands Newsline", "Good
    # evening", "Cyclone Tamsin", "Tamsin", "Cyclone Perrin", "Perrin", "The cyclone season",
    # "the season" (no calendar unit, gold_blind103), "so far", "since" alone ("hasn't stopped
    # since"), "After that", "category four", "four cyclones", "140 kilometres", "15 kilometres
    # an hour", "180 kilometres an hour", "9,000 people", "12 per cent", "nine island nations",
    # "9580 and 11880 kilohertz".
    "ari-islands-newsline-cyclone-tamsin": (
        "1991-02-13",
        [
            ("Wednesday 13 February 1991", "DATE", "1991-02-13"),
            ("0700 UTC", "TIME", "1991-02-13T07:00"),
            ("6pm Australian Eastern Summer Time", "TIME", "1991-02-13T18:00"),
            ("seven o'clock Universal Time", "TIME", "1991-02-13T07:00"),
            ("tonight", "TIME", "1991-02-13TNI"),
            ("1983", "DATE", "1983"),
            ("5pm local time", "TIME", "1991-02-13T17:00"),
            ("now", "DATE", "PRESENT_REF"),
            ("about midday", "TIME", "1991-02-13T12:00"),
            ("this morning", "TIME", "1991-02-13TMO"),
            ("four o'clock", "TIME", "1991-02-13T16:00"),
            ("noon", "TIME", "1991-02-12T12:00"),
            ("yesterday", "DATE", "1991-02-12"),
            ("Monday night", "TIME", "1991-02-11TNI"),
            ("Eight years ago", "DATE", "1983"),
            ("less than six hours", "DURATION", "PT6H"),
            ("11 o'clock", "TIME", "1991-02-13T23:00"),
            ("tonight", "TIME", "1991-02-13TNI"),
            ("about three o'clock", "TIME", "1991-02-14T03:00"),
            ("tomorrow morning", "TIME", "1991-02-14TMO"),
            ("Thursday", "DATE", "1991-02-14"),
            ("the weekend", "DATE", "1991-W07-WE"),
            ("8 o'clock", "TIME", "1991-02-13T20:00"),
            ("every hour", "SET", "PT1H"),
            ("26 days", "DURATION", "P26D"),
            ("Monday", "DATE", "1991-02-18"),
            ("the end of March", "DATE", "1991-03"),
            ("1 January", "DATE", "1991-01-01"),
            ("next February", "DATE", "1992-02"),
            ("five-year", "DURATION", "P5Y"),
            ("late last night", "TIME", "1991-02-12TNI"),
            ("four days", "DURATION", "P4D"),
            ("1 July", "DATE", "1991-07-01"),
            ("1987", "DATE", "1987"),
            ("every six months", "SET", "P6M"),
            ("two months", "DURATION", "P2M"),
            ("November", "DATE", "1990-11"),
            ("April", "DATE", "1991-04"),
            ("0900 UTC", "TIME", "1991-02-13T09:00"),
        ],
    ),
    # Friday 1989-09-29 (ISO week 39), Canadian international broadcaster's listeners' mailbag
    # programme, header "Programme of Friday, September 29, 1989 - first heard at 2130 UTC" (one
    # DATE span and a TIME). "every Friday" SET XXXX-WXX-5 (twice); "This week" 1989-W39; "last
    # Friday's programme" -> "last Friday" 1989-09-22; the winter schedule "begins on Sunday,
    # October 29th, at 0100 UTC" -> one DATE span 1989-10-29 and TIME 1989-10-29T01:00; "our
    # daily transmission ... moves from 0630 to 0600 UTC" -> SET P1D and the hours of that
    # recurring transmission XXXX-XX-XXT06:30 and XXXX-XX-XXT06:00 ("from" and "to" are signals
    # of the change, not of a range). Letters: "since 1971"; "dated August 14th" 1989-08-14;
    # "almost six weeks" P6W (14 August to 25 September or so); "the evening of August 2nd" one
    # TIME span 1989-08-02TEV (gold_blind46's "the morning of July 10, 2011"); "next week"
    # 1989-W40; "in November" 1989-11; "since July 1st" 1989-07-01; "by the end of the year"
    # 1989; "within 30 days" P30D; "at six o'clock every morning" -> XXXX-XX-XXT06:00 and SET
    # XXXX-XX-XXTMO (gold_blind46); "March 5th, 1966"; "more than 23 years" P23Y; "This year"
    # 1989; "Thanksgiving" 1989-10-09 (Canadian Thanksgiving, the second Monday of October) and
    # the apposed "Monday, October 9th" one DATE span; "In the past month" P1M; "three months"
    # P3M; the repeats "on Saturdays at 0430 and on Sundays at 1400 UTC" -> SETs XXXX-WXX-6 and
    # XXXX-WXX-7 and the hours XXXX-XX-XXT04:30 and XXXX-XX-XXT14:00; "every Friday at 2130 UTC"
    # the same; "Until next Friday" in a Friday programme 1989-10-06 (gold_blind30). Not
    # annotated: "asks about Canadian Thanksgiving" (the holiday as a custom, no particular
    # year; the next sentence's "Thanksgiving" is annotated), "Our winter schedule" and "the
    # summer frequencies" (adjectival seasons naming kinds, gold_blind56), "Until then", "From
    # that date" (anaphoric), "MUSIC: THEME, UP AND UNDER", "THEME UP TO TIME", "6050
    # kilohertz", "the 49-metre band", "11945 kilohertz", "SINPO code of 44344", "Marlow 2001"
    # (a receiver's model), "412 letters", "14" (an age), "programme number 1,204", "P.O. Box
    # 1985", "Station B", "Good night", "LETTERS FROM THE WORLD" / "Letters from the World".
    "rni-letters-from-the-world-mailbag": (
        "1989-09-29",
        [
            ("Friday, September 29, 1989", "DATE", "1989-09-29"),
            ("2130 UTC", "TIME", "1989-09-29T21:30"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("This week", "DATE", "1989-W39"),
            ("last Friday", "DATE", "1989-09-22"),
            ("Sunday, October 29th", "DATE", "1989-10-29"),
            ("0100 UTC", "TIME", "1989-10-29T01:00"),
            ("daily", "SET", "P1D"),
            ("0630", "TIME", "XXXX-XX-XXT06:30"),
            ("0600 UTC", "TIME", "XXXX-XX-XXT06:00"),
            ("1971", "DATE", "1971"),
            ("August 14th", "DATE", "1989-08-14"),
            ("almost six weeks", "DURATION", "P6W"),
            ("the evening of August 2nd", "TIME", "1989-08-02TEV"),
            ("next week", "DATE", "1989-W40"),
            ("November", "DATE", "1989-11"),
            ("July 1st", "DATE", "1989-07-01"),
            ("the end of the year", "DATE", "1989"),
            ("30 days", "DURATION", "P30D"),
            ("six o'clock", "TIME", "XXXX-XX-XXT06:00"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("March 5th, 1966", "DATE", "1966-03-05"),
            ("more than 23 years", "DURATION", "P23Y"),
            ("This year", "DATE", "1989"),
            ("Thanksgiving", "DATE", "1989-10-09"),
            ("Monday, October 9th", "DATE", "1989-10-09"),
            ("the past month", "DURATION", "P1M"),
            ("three months", "DURATION", "P3M"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("2130 UTC", "TIME", "XXXX-XX-XXT21:30"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("0430", "TIME", "XXXX-XX-XXT04:30"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("1400 UTC", "TIME", "XXXX-XX-XXT14:00"),
            ("next Friday", "DATE", "1989-10-06"),
        ],
    ),
}


if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv[1:])
