"""Annotations of blind gold set 508, chosen by hand before the tagger ran.

    python tests/data/gold_blind508/annotate.py [--show]

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
    # Tuesday 1998-03-17 (ISO week 12), international shortwave service's English world news,
    # header "Tuesday 17 March 1998, 1130 UTC" (one DATE span with its weekday and a TIME, like
    # "Wednesday 8 October 2003, 1430 GMT" in gold_blind30) and the read-out "1130 Universal
    # Time". Talmora is one hour ahead of UTC: the surrender "at about 0510 local time, 0410
    # UTC" is two TIMEs on the bulletin's day (local clock times keep their local value,
    # gold_blind20, gold_blind30); "through the night" -> "the night" 1998-03-16TNI, the night
    # dated by the evening it begins on; "Sunday evening" 1998-03-15TEV; "about 34 hours"
    # PT34H; "due in court on Friday" 1998-03-20. "yesterday" 1998-03-16; "one-day" P1D; "has
    # doubled in two years" P2Y (the time a change took, gold_blind35); the meeting "for
    # Thursday" 1998-03-19. "the financial year that begins on 1 April" -> "the financial
    # year" FY1999 (April 1998-March 1999, named by the year it ends, like gold_blind48's
    # FY2013) and "1 April" 1998-04-01. "Easter" 1998 is Sunday 1998-04-12. "dates back to
    # 1921" -> "1921" ("back to" a signal, like "dating to", gold_blind35). "the autumn of 1995"
    # one span 1995-FA; "last year" 1997. The strike: "48-hour" PT48H; "midnight tonight" ->
    # "midnight" 1998-03-17T24:00 (the midnight ending the day, gold_blind103) and "tonight"
    # 1998-03-17TNI; "midnight on Thursday" 1998-03-19T24:00 and "Thursday" (48 hours in all);
    # "since January" 1998-01; "Wednesday and Thursday" ahead; "before the summer" 1998-SU (the
    # summer ahead in March, gold_blind48). The launch "at 0342 UTC today"; "last November"
    # 1997-11; "the end of April" 1998-04; "at least seven years" P7Y with the modifier. Chess:
    # "last night" 1998-03-16TNI, "1500 UTC tomorrow" 1998-03-18T15:00 and the DATE. The
    # service's daily hours "every day at 0630, 1130 and 1930 UTC" -> SET P1D and three TIMEs
    # XXXX-XX-XXThh:mm (gold_blind27's "daily at 13:00, 15:30 and 18:00"); "29 March" 1998-03-29
    # (the schedule change, ahead); "1230 UTC" the next bulletin. Not annotated: "Korvel
    # KA-2000" (a model number in a 1998 text), "Skylark 3", "9895 kilohertz",
    # "www.rvi.vm/sched98" (a web address holding "98"), "Our summer schedule" (an adjective
    # naming a broadcasting schedule, like "Summer programs" in gold_blind103), "41
    # passengers", "six crew", "nine per cent", "twice", "three times", "the third national
    # stoppage", "the seventh game", "56 moves", "the 24-year-old", "4-2", "WORLD NEWS".
    "rvi-world-news-hijack-ringgat-strike": (
        "1998-03-17",
        [
            ("Tuesday 17 March 1998", "DATE", "1998-03-17"),
            ("1130 UTC", "TIME", "1998-03-17T11:30"),
            ("1130 Universal Time", "TIME", "1998-03-17T11:30"),
            ("Sunday evening", "TIME", "1998-03-15TEV"),
            ("about 0510 local time", "TIME", "1998-03-17T05:10"),
            ("0410 UTC", "TIME", "1998-03-17T04:10"),
            ("the night", "TIME", "1998-03-16TNI"),
            ("about 34 hours", "DURATION", "PT34H"),
            ("Friday", "DATE", "1998-03-20"),
            ("yesterday", "DATE", "1998-03-16"),
            ("one-day", "DURATION", "P1D"),
            ("1994", "DATE", "1994"),
            ("two years", "DURATION", "P2Y"),
            ("Thursday", "DATE", "1998-03-19"),
            ("the financial year", "DATE", "FY1999"),
            ("1 April", "DATE", "1998-04-01"),
            ("Easter", "DATE", "1998-04-12"),
            ("1921", "DATE", "1921"),
            ("this morning", "TIME", "1998-03-17TMO"),
            ("six months", "DURATION", "P6M"),
            ("the autumn of 1995", "DATE", "1995-FA"),
            ("last year", "DATE", "1997"),
            ("48-hour", "DURATION", "PT48H"),
            ("midnight", "TIME", "1998-03-17T24:00"),
            ("tonight", "TIME", "1998-03-17TNI"),
            ("midnight", "TIME", "1998-03-19T24:00"),
            ("Thursday", "DATE", "1998-03-19"),
            ("January", "DATE", "1998-01"),
            ("Wednesday", "DATE", "1998-03-18"),
            ("Thursday", "DATE", "1998-03-19"),
            ("the summer", "DATE", "1998-SU"),
            ("0342 UTC", "TIME", "1998-03-17T03:42"),
            ("today", "DATE", "1998-03-17"),
            ("last November", "DATE", "1997-11"),
            ("the end of April", "DATE", "1998-04"),
            ("at least seven years", "DURATION", "P7Y"),
            ("last night", "TIME", "1998-03-16TNI"),
            ("1500 UTC", "TIME", "1998-03-18T15:00"),
            ("tomorrow", "DATE", "1998-03-18"),
            ("every day", "SET", "P1D"),
            ("0630", "TIME", "XXXX-XX-XXT06:30"),
            ("1130", "TIME", "XXXX-XX-XXT11:30"),
            ("1930 UTC", "TIME", "XXXX-XX-XXT19:30"),
            ("29 March", "DATE", "1998-03-29"),
            ("1230 UTC", "TIME", "1998-03-17T12:30"),
        ],
    ),
    # Thursday 1999-09-23 (ISO week 38), US public radio network's foreign-desk spot script,
    # "Filed: Thu 09/23/99, 0455 ET" (a month-first date with a two-digit year, one DATE span
    # with its abbreviated weekday, like "9/25/14" in gold_blind41, and a TIME with its zone)
    # and the feeds "6 a.m. and 7 a.m. ET", two TIMEs on the filing day. Kastellan is seven
    # hours ahead of ET; the host's "this morning" and the reporter's "six o'clock local time
    # this morning" are the local morning of 1999-09-23 (local clock times keep their local
    # value, gold_blind30). "For the first time in seven years" -> "seven years" P7Y (the
    # period of a "first in", gold_blind35); "last month" 1999-08; "17th-century" DATE 16 (an
    # adjectival century, like "15th-century" in gold_blind4); "within minutes" -> "minutes"
    # PTXM; "By half past seven" 1999-09-23T07:30 (a spoken clock time, gold_blind76); "through
    # the night" -> "the night" 1999-09-22TNI. "Easter Sunday 1992" one DATE span, Western
    # Easter (the family goes to Mass), 1992-04-19, like "Christmas Eve 1978" in gold_blind10;
    # the quoted "the next day" is anchored on it, 1992-04-20 (gold_blind14); "It took me seven
    # years" P7Y; "April 1992" agrees. "the truce of 1995" -> "1995"; "For seven years" P7Y and
    # "every Sunday" SET XXXX-WXX-7 (a past habit). The new hours "from 6 a.m. to 8 p.m.
    # daily" -> XXXX-XX-XXT06:00, XXXX-XX-XXT20:00 and SET P1D (gold_blind28); "now" (the
    # gates "will now open") PRESENT_REF; "90-day" P90D; "December" 1999-12 ahead. "Yesterday"
    # and "late yesterday" 1999-09-22; "since 1992", "since 1991", "since 1993" the years;
    # "next week" 1999-W39; protests "for Saturday" 1999-09-25; "October 17th" 1999-10-17;
    # "Today" 1999-09-23; "Tomorrow" (the back-announce) 1999-09-24. Not annotated: "Cut 14",
    # "MORNING REPORT" / "Morning Report" (a programme title naming a part of day),
    # "Checkpoint Nine", "Seventy-one-year-old", "about 11,000", "around the clock" (an idiom,
    # gold_blind35), "up and under" (a tape cue), "the first time" beyond "seven years" and
    # "1992", "two headmasters", "who would lift which barrier".
    "cpr-foreign-desk-kastellan-bridge-spot": (
        "1999-09-23",
        [
            ("Thu 09/23/99", "DATE", "1999-09-23"),
            ("0455 ET", "TIME", "1999-09-23T04:55"),
            ("6 a.m.", "TIME", "1999-09-23T06:00"),
            ("7 a.m. ET", "TIME", "1999-09-23T07:00"),
            ("seven years", "DURATION", "P7Y"),
            ("this morning", "TIME", "1999-09-23TMO"),
            ("last month", "DATE", "1999-08"),
            ("17th-century", "DATE", "16"),
            ("six o'clock local time", "TIME", "1999-09-23T06:00"),
            ("this morning", "TIME", "1999-09-23TMO"),
            ("minutes", "DURATION", "PTXM"),
            ("half past seven", "TIME", "1999-09-23T07:30"),
            ("the night", "TIME", "1999-09-22TNI"),
            ("Easter Sunday 1992", "DATE", "1992-04-19"),
            ("the next day", "DATE", "1992-04-20"),
            ("seven years", "DURATION", "P7Y"),
            ("April 1992", "DATE", "1992-04"),
            ("1995", "DATE", "1995"),
            ("seven years", "DURATION", "P7Y"),
            ("every Sunday", "SET", "XXXX-WXX-7"),
            ("August 27th", "DATE", "1999-08-27"),
            ("now", "DATE", "PRESENT_REF"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
            ("90-day", "DURATION", "P90D"),
            ("December", "DATE", "1999-12"),
            ("Yesterday", "DATE", "1999-09-22"),
            ("late yesterday", "DATE", "1999-09-22"),
            ("1992", "DATE", "1992"),
            ("1991", "DATE", "1991"),
            ("next week", "DATE", "1999-W39"),
            ("Saturday", "DATE", "1999-09-25"),
            ("October 17th", "DATE", "1999-10-17"),
            ("Today", "DATE", "1999-09-23"),
            ("Tomorrow", "DATE", "1999-09-24"),
            ("1993", "DATE", "1993"),
        ],
    ),
    # Sunday 1998-11-29 (ISO week 48), Australian-style public radio's 7am bulletin, header
    # "NEWS - 0700 AEDT, Sunday 29 November 1998" (a TIME with its zone and a DATE span with
    # its weekday) and "It's seven o'clock" 07:00. Marevo is two hours ahead of AEDT: "5am
    # Marevo time" and "3am local time" (conceded "shortly before", a signal, gold_blind48) are
    # clock times of the bulletin's day in Marevo; the polls "closed at 6pm Marevo time
    # yesterday, 4pm eastern daylight time" -> two TIMEs 1998-11-28T18:00 and T16:00 and the
    # DATE; "through the night" -> "the night" 1998-11-28TNI; "since about midnight" the
    # midnight ending Saturday, 1998-11-28T24:00 (gold_blind103). "ten o'clock this morning"
    # 1998-11-29T10:00 (still ahead: it is 9am in Marevo) and the part of day. "19 years"
    # P19Y; "up to three hours" PT3H; "24 days" P24D; "the fourth of November" 1998-11-04
    # (one span, its determiner kept); "his 1999 budget" -> "1999" (an adjectival year). Past
    # "Friday night" 1998-11-27TNI; "weekly" SET P1W (an adjectival frequency naming a
    # recurrence, "the weekly ferry", like "its weekly run" in gold_blind16); "by Christmas"
    # 1998-12-25; "within two years" P2Y; "on Tuesday" 1998-12-01; "within 30 days" P30D;
    # "four-year" P4Y; "on Monday" 1998-11-30; "now" PRESENT_REF; "a day" P1D. The by-election:
    # "9am today", "Saturday's vote" -> "Saturday" 1998-11-28 (the possessive dropped), "until
    # Friday, 4 December" one DATE span. "every hour" SET PT1H; "it's 7.05" 1998-11-29T07:05;
    # "eight o'clock" 08:00. Not annotated: "Good morning", "71 per cent", "27 of the 45
    # seats", "34-degree heat", "84 per cent", "77 per cent", "two seats", "46-year-old",
    # "112 votes", "17.715 megahertz", "the last election" and "the declaration" (events),
    # "independence" (an event, its year annotated), "the first time" beyond "1979".
    "snr-0700-news-marevo-election-count": (
        "1998-11-29",
        [
            ("0700 AEDT", "TIME", "1998-11-29T07:00"),
            ("Sunday 29 November 1998", "DATE", "1998-11-29"),
            ("seven o'clock", "TIME", "1998-11-29T07:00"),
            ("1979", "DATE", "1979"),
            ("5am Marevo time", "TIME", "1998-11-29T05:00"),
            ("1991", "DATE", "1991"),
            ("3am local time", "TIME", "1998-11-29T03:00"),
            ("19 years", "DURATION", "P19Y"),
            ("6pm Marevo time", "TIME", "1998-11-28T18:00"),
            ("yesterday", "DATE", "1998-11-28"),
            ("4pm eastern daylight time", "TIME", "1998-11-28T16:00"),
            ("the night", "TIME", "1998-11-28TNI"),
            ("about midnight", "TIME", "1998-11-28T24:00"),
            ("ten o'clock", "TIME", "1998-11-29T10:00"),
            ("this morning", "TIME", "1998-11-29TMO"),
            ("up to three hours", "DURATION", "PT3H"),
            ("1995", "DATE", "1995"),
            ("1987", "DATE", "1987"),
            ("24 days", "DURATION", "P24D"),
            ("the fourth of November", "DATE", "1998-11-04"),
            ("1999", "DATE", "1999"),
            ("Friday night", "TIME", "1998-11-27TNI"),
            ("weekly", "SET", "P1W"),
            ("1997", "DATE", "1997"),
            ("Christmas", "DATE", "1998-12-25"),
            ("two years", "DURATION", "P2Y"),
            ("Tuesday", "DATE", "1998-12-01"),
            ("30 days", "DURATION", "P30D"),
            ("four-year", "DURATION", "P4Y"),
            ("Monday", "DATE", "1998-11-30"),
            ("now", "DATE", "PRESENT_REF"),
            ("a day", "DURATION", "P1D"),
            ("9am", "TIME", "1998-11-29T09:00"),
            ("today", "DATE", "1998-11-29"),
            ("Saturday", "DATE", "1998-11-28"),
            ("Friday, 4 December", "DATE", "1998-12-04"),
            ("every hour", "SET", "PT1H"),
            ("today", "DATE", "1998-11-29"),
            ("7.05", "TIME", "1998-11-29T07:05"),
            ("eight o'clock", "TIME", "1998-11-29T08:00"),
        ],
    ),
    # Wednesday 2000-05-17 (ISO week 20), South Asian state broadcaster's English news,
    # header "NEWS IN ENGLISH - 2100 HOURS" (a TIME, "hours" kept in the span, gold_blind27,
    # gold_blind77) and "Wednesday, 17th May, 2000" (one DATE span). The cyclone struck "in the
    # early hours of Tuesday" -> one DATE span 2000-05-16 (gold_blind103); "this evening"
    # 2000-05-17TEV; "now" PRESENT_REF; "this forenoon" TIME 2000-05-17TMO (Indian English
    # "forenoon" is the morning, see README); "at least a fortnight" P2W; "yesterday morning"
    # 2000-05-16TMO; "twice daily" SET P1D (the count dropped from the value, gold_blind35);
    # "from Friday" 2000-05-19 (twice). Past: the alert "on Saturday" 2000-05-13, "1730 hours
    # on Monday" 2000-05-15T17:30 and the DATE, "the 24 hours before" PT24H, "Monday night"
    # 2000-05-15TNI; "since 1968", "by 1990". Future: "till the 31st of this month" one DATE
    # span 2000-05-31 (gold_blind87), "next week" 2000-W21, "June" 2000-06, "till Saturday"
    # 2000-05-20 (the same weekday in both directions), "tomorrow" 2000-05-18 and "ten days"
    # P10D, "the next 48 hours" PT48H. "the financial year 2000-2001" one span FY2001 (the
    # April-March year named by the year it ends, like "the financial year 2014-15" in
    # gold_blind49); "Monday last" 2000-05-15, the most recent Monday (gold_blind9,
    # gold_blind17); "the 21st of February" 2000-02-21; "this afternoon" 2000-05-17TAF;
    # "today"; "April" 2000-04 and "a year earlier" 1999-04 (the granularity of what it is
    # compared with, gold_blind35). Weather: "tomorrow", "Yesterday's" -> "Yesterday"
    # 2000-05-16, "Sunrise tomorrow is at 0538 hours" 2000-05-18T05:38 and "tomorrow"; "2300
    # hours" the next bulletin. Not annotated: "212", "three lakh", "one lakh", "1,400", "190
    # kilometres per hour", "eight kilometres", "Rs 75 crore", "60 tonnes", "danger signal
    # number ten", "9,000", "500", "190", "15 kilometres per hour", "sine die" (Latin "without
    # a day", the adjournment's form), "6.1 per cent", "3.2 per cent", "41.2 degrees Celsius",
    # "round the clock", "2339 2000" (a phone number holding 2000 in a 2000 bulletin),
    # "Sunrise", "the budget session" (a parliamentary session, its start date annotated).
    "nbs-2100-english-news-keshavpur-cyclone": (
        "2000-05-17",
        [
            ("2100 HOURS", "TIME", "2000-05-17T21:00"),
            ("Wednesday, 17th May, 2000", "DATE", "2000-05-17"),
            ("the early hours of Tuesday", "DATE", "2000-05-16"),
            ("this evening", "TIME", "2000-05-17TEV"),
            ("now", "DATE", "PRESENT_REF"),
            ("this forenoon", "TIME", "2000-05-17TMO"),
            ("at least a fortnight", "DURATION", "P2W"),
            ("yesterday morning", "TIME", "2000-05-16TMO"),
            ("twice daily", "SET", "P1D"),
            ("Friday", "DATE", "2000-05-19"),
            ("Saturday", "DATE", "2000-05-13"),
            ("1730 hours", "TIME", "2000-05-15T17:30"),
            ("Monday", "DATE", "2000-05-15"),
            ("the 24 hours", "DURATION", "PT24H"),
            ("1968", "DATE", "1968"),
            ("1990", "DATE", "1990"),
            ("Monday night", "TIME", "2000-05-15TNI"),
            ("Friday", "DATE", "2000-05-19"),
            ("the 31st of this month", "DATE", "2000-05-31"),
            ("next week", "DATE", "2000-W21"),
            ("June", "DATE", "2000-06"),
            ("Saturday", "DATE", "2000-05-20"),
            ("tomorrow", "DATE", "2000-05-18"),
            ("ten days", "DURATION", "P10D"),
            ("the next 48 hours", "DURATION", "PT48H"),
            ("the financial year 2000-2001", "DATE", "FY2001"),
            ("Monday last", "DATE", "2000-05-15"),
            ("the 21st of February", "DATE", "2000-02-21"),
            ("this afternoon", "TIME", "2000-05-17TAF"),
            ("today", "DATE", "2000-05-17"),
            ("April", "DATE", "2000-04"),
            ("a year earlier", "DATE", "1999-04"),
            ("tomorrow", "DATE", "2000-05-18"),
            ("Yesterday", "DATE", "2000-05-16"),
            ("tomorrow", "DATE", "2000-05-18"),
            ("0538 hours", "TIME", "2000-05-18T05:38"),
            ("2300 hours", "TIME", "2000-05-17T23:00"),
        ],
    ),
    # Friday 1999-11-19 (ISO week 46), British-style international radio's current-affairs
    # programme, running-order header "TX: Friday 19 November 1999, 2105 GMT" (DATE span with
    # its weekday, TIME with its zone). Kelmark is an hour ahead of GMT; its clock times keep
    # their local value. "the eight-year war" -> "eight-year" P8Y; "this evening" TEV; "this
    # weekend" 1999-W46-WE (20-21 November, ahead); "midnight tomorrow" -> "midnight"
    # 1999-11-20T24:00 (the midnight ending Saturday) and "tomorrow" 1999-11-20; "has spent the
    # week" -> "the week" the current week 1999-W46 (gold_blind30). "half past four this
    # afternoon" 1999-11-19T16:30 (gold_blind76) and TAF; "barely three hours" PT3H. Past: "on
    # Monday" 1999-11-15, "On Tuesday" 1999-11-16, "the next day" 1999-11-17 and "that
    # evening" 1999-11-17TEV (anchored on the narrative's last date, gold_blind8, gold_blind14),
    # "last Friday" in a Friday broadcast 1999-11-12, the Friday of the week before (like "last
    # Tuesday" in a Tuesday paper, gold_blind4). "2 August 1998"; the earlier rounds "in
    # January, April and July" 1999-01, 1999-04, 1999-07 (past, nearest). The draft: "within
    # 30 days" P30D; "from 1 March" 2000-03-01 (ahead); "the spring of 2002" 2002-SP and "the
    # autumn" after it 2002-FA (a narrative anchor on the year just named, gold_blind10); "18
    # months" P18M; "every six months" SET P6M. "since October 1992"; "by the end of next year"
    # DATE 2000 (the year's value); "for a decade" P10Y; the quote "this morning" TMO, "eight
    # years" P8Y, "another 48 hours" PT48H (the modifier kept, see README). Ahead: "Sunday
    # evening" 1999-11-21TEV, "11 o'clock on Saturday morning" 1999-11-20T11:00 and TMO,
    # "tomorrow", "on Monday" 1999-11-22, "in January" 2000-01; "2305 GMT"; "it's twelve
    # minutes past nine" 1999-11-19T21:12 (a spoken time check, gold_blind48). Not annotated:
    # "EUROPE TONIGHT" / "Europe Tonight" (three times; a programme title), "item 2", "TX",
    # "17 points", "ten kilometres", "3,000-strong", "the fourth round", "the first three",
    # "This round", "the first time" beyond "1991", "our late edition", "the west wing".
    "bor-europe-tonight-kelmark-talks": (
        "1999-11-19",
        [
            ("Friday 19 November 1999", "DATE", "1999-11-19"),
            ("2105 GMT", "TIME", "1999-11-19T21:05"),
            ("eight-year", "DURATION", "P8Y"),
            ("this evening", "TIME", "1999-11-19TEV"),
            ("this weekend", "DATE", "1999-W46-WE"),
            ("midnight", "TIME", "1999-11-20T24:00"),
            ("tomorrow", "DATE", "1999-11-20"),
            ("the week", "DATE", "1999-W46"),
            ("half past four", "TIME", "1999-11-19T16:30"),
            ("this afternoon", "TIME", "1999-11-19TAF"),
            ("barely three hours", "DURATION", "PT3H"),
            ("Monday", "DATE", "1999-11-15"),
            ("2 August 1998", "DATE", "1998-08-02"),
            ("January", "DATE", "1999-01"),
            ("April", "DATE", "1999-04"),
            ("July", "DATE", "1999-07"),
            ("Tuesday", "DATE", "1999-11-16"),
            ("the next day", "DATE", "1999-11-17"),
            ("that evening", "TIME", "1999-11-17TEV"),
            ("1991", "DATE", "1991"),
            ("30 days", "DURATION", "P30D"),
            ("1 March", "DATE", "2000-03-01"),
            ("the spring of 2002", "DATE", "2002-SP"),
            ("the autumn", "DATE", "2002-FA"),
            ("18 months", "DURATION", "P18M"),
            ("every six months", "SET", "P6M"),
            ("October 1992", "DATE", "1992-10"),
            ("the end of next year", "DATE", "2000"),
            ("a decade", "DURATION", "P10Y"),
            ("this morning", "TIME", "1999-11-19TMO"),
            ("eight years", "DURATION", "P8Y"),
            ("another 48 hours", "DURATION", "PT48H"),
            ("last Friday", "DATE", "1999-11-12"),
            ("Sunday evening", "TIME", "1999-11-21TEV"),
            ("11 o'clock", "TIME", "1999-11-20T11:00"),
            ("Saturday morning", "TIME", "1999-11-20TMO"),
            ("tomorrow", "DATE", "1999-11-20"),
            ("Monday", "DATE", "1999-11-22"),
            ("January", "DATE", "2000-01"),
            ("2305 GMT", "TIME", "1999-11-19T23:05"),
            ("twelve minutes past nine", "TIME", "1999-11-19T21:12"),
        ],
    ),
    # Saturday 2000-01-01 (ISO week 52 of 1999), Canadian private radio network's 9 a.m.
    # national newscast, header "Saturday, January 1, 2000 | 9:00 a.m. ET" (DATE and TIME).
    # "It's nine o'clock Eastern, ten in the Maritimes" -> 09:00 and the elliptical "ten"
    # 10:00, Atlantic time (see README); "the year 2000" one DATE span 2000 (gold_blind35);
    # "nine hours" PT9H (how old the year is in the east). "overnight" the night begun on New
    # Year's Eve, 1999-12-31TNI; "since December 27th" 1999-12-27; "every four hours" SET
    # PT4H; "at least Tuesday" 2000-01-04; "comes Monday" 2000-01-03. "printed receipts dated
    # January 1, 1900" -> DATE 1900-01-01, the date the receipts show (see README); "12:01
    # a.m." 2000-01-01T00:01 (gold_blind75); "February 29th" 2000-02-29; "2000 is a leap year"
    # -> "2000" DATE; "the end of January" 2000-01. "New Year's Eve" 1999-12-31 (a holiday on
    # its day); "the fireworks at midnight" and "where midnight struck" -> 1999-12-31T24:00,
    # the midnight ending New Year's Eve (gold_blind103; Newfoundland's own midnight, local
    # value); "about three o'clock this morning" 2000-01-01T03:00 and TMO; "into 2000" and "of
    # 2000" -> "2000"; "10:30 Eastern time last night" 1999-12-31T22:30 and 1999-12-31TNI;
    # "12:00:27 a.m. Newfoundland time" a clock time to the second 2000-01-01T00:00:27 (shape of
    # gold_blind8, gold_blind70). "mid-December" 1999-12; "the twentieth century" 19 (the
    # century's first two digits, gold_blind4). Weather "Today", "Tonight" 2000-01-01TNI,
    # "Tomorrow" 2000-01-02; "this weekend" on its Saturday 1999-W52-WE (the ISO week of its
    # Saturday, gold_blind4); garbage pickup "from Monday to Tuesday next week" 2000-01-03,
    # 2000-01-04 and "next week" 2000-W01; "It's 9:06" 09:06; "ten o'clock Eastern" 10:00.
    # Not annotated: "Good morning", "So far" and "so far" (gold_blind103), "Y2K" and "the
    # millennium bug" (names of a software problem, gold_blind34), "around the clock",
    # "1-800-555-2000" (a hotline number holding 2000), "a leap year" (a kind of year, the
    # year itself annotated), "150,000 people", "14 arrests", "61 per cent", "minus 4",
    # "zero", "the first Canadians", "first baby", "NATIONAL NEWS".
    "northstar-national-news-y2k-rollover": (
        "2000-01-01",
        [
            ("Saturday, January 1, 2000", "DATE", "2000-01-01"),
            ("9:00 a.m. ET", "TIME", "2000-01-01T09:00"),
            ("nine o'clock Eastern", "TIME", "2000-01-01T09:00"),
            ("ten", "TIME", "2000-01-01T10:00"),
            ("the year 2000", "DATE", "2000"),
            ("nine hours", "DURATION", "PT9H"),
            ("overnight", "TIME", "1999-12-31TNI"),
            ("December 27th", "DATE", "1999-12-27"),
            ("every four hours", "SET", "PT4H"),
            ("at least Tuesday", "DATE", "2000-01-04"),
            ("Monday", "DATE", "2000-01-03"),
            ("January 1, 1900", "DATE", "1900-01-01"),
            ("12:01 a.m.", "TIME", "2000-01-01T00:01"),
            ("February 29th", "DATE", "2000-02-29"),
            ("2000", "DATE", "2000"),
            ("the end of January", "DATE", "2000-01"),
            ("New Year's Eve", "DATE", "1999-12-31"),
            ("midnight", "TIME", "1999-12-31T24:00"),
            ("about three o'clock", "TIME", "2000-01-01T03:00"),
            ("this morning", "TIME", "2000-01-01TMO"),
            ("2000", "DATE", "2000"),
            ("midnight", "TIME", "1999-12-31T24:00"),
            ("10:30 Eastern time", "TIME", "1999-12-31T22:30"),
            ("last night", "TIME", "1999-12-31TNI"),
            ("2000", "DATE", "2000"),
            ("12:00:27 a.m. Newfoundland time", "TIME", "2000-01-01T00:00:27"),
            ("mid-December", "DATE", "1999-12"),
            ("the twentieth century", "DATE", "19"),
            ("Today", "DATE", "2000-01-01"),
            ("Tonight", "TIME", "2000-01-01TNI"),
            ("Tomorrow", "DATE", "2000-01-02"),
            ("this weekend", "DATE", "1999-W52-WE"),
            ("Monday", "DATE", "2000-01-03"),
            ("Tuesday", "DATE", "2000-01-04"),
            ("next week", "DATE", "2000-W01"),
            ("9:06", "TIME", "2000-01-01T09:06"),
            ("ten o'clock Eastern", "TIME", "2000-01-01T10:00"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
