"""Annotations of blind gold set 598, chosen by hand before the tagger ran.

    python tests/data/gold_blind598/annotate.py [--show]

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
    # Saturday 1998-09-12 (ISO week 37), Singapore daily's home-news page, section label,
    # date line "SATURDAY, SEPTEMBER 12, 1998" (one DATE span with its weekday), headline,
    # standfirst, byline, no dateline. The outage was on Thursday 1998-09-10: "about 2.10pm"
    # 1998-09-10T14:10 (the approximator kept in the span), "8.55pm that evening" a TIME and
    # the evening 1998-09-10TEV, "until after midnight" the midnight ending Thursday,
    # 1998-09-10T24:00 ("after" a signal, gold_blind56, gold_blind75), "a 5pm deadline" the
    # student's deadline that day, 1998-09-10T17:00; "the next day" after Thursday is Friday
    # 1998-09-11, which is also "yesterday" (with "yesterday afternoon" and "yesterday
    # morning" its parts of day). The headline's "nearly 7 hours" and the lead's "almost seven
    # hours" PT7H; "within a week" -> "a week" P1W; "within seven days, by next Friday" ->
    # P7D and "next Friday" 1998-09-18 (the Friday of next week in a Saturday paper). "the
    # company's second major failure in three weeks" -> "three weeks" P3W (the period of an
    # ordinal count, gold_blind103); "Aug 22" 1998-08-22 (past); "within a minute" -> PT1M.
    # Future: "from Monday" and "on Monday" 1998-09-14, "the weekend" 1998-W37-WE (the weekend
    # the Saturday paper falls in, 12-13 September), "the end of the month" 1998-09, "October"
    # bills 1998-10, "Jan 1 next year" one DATE span 1999-01-01 (like "June last year",
    # gold_blind55). Past months "January", "May", "July" of 1998; "since National Day" ->
    # "National Day" 1998-08-09 (Singapore's fixed national holiday); "every month" SET P1M;
    # "every morning" SET XXXX-XX-XXTMO; the hotline "from 9am to 9pm daily" two TIMEs
    # XXXX-XX-XXThh:mm and the SET P1D (gold_blind34, gold_blind49). Not annotated:
    # "24-hour monitoring" (round-the-clock, like "the 24-hour petrol station" in
    # gold_blind72), "1800-555-1998" (a phone number holding the year), "38,000", "60,000",
    # "20,000", "300,000", "$5", "19" and "44" (ages), "Ayer Rajah", "the worst day in our
    # history" (only "Thursday" annotated), "a repeat", "the rest of the centre".
    "pacificlink-outage-seven-hours": (
        "1998-09-12",
        [
            ("SATURDAY, SEPTEMBER 12, 1998", "DATE", "1998-09-12"),
            ("nearly 7 hours", "DURATION", "PT7H"),
            ("a week", "DURATION", "P1W"),
            ("almost seven hours", "DURATION", "PT7H"),
            ("Thursday", "DATE", "1998-09-10"),
            ("about 2.10pm", "TIME", "1998-09-10T14:10"),
            ("8.55pm", "TIME", "1998-09-10T20:55"),
            ("that evening", "TIME", "1998-09-10TEV"),
            ("yesterday", "DATE", "1998-09-11"),
            ("midnight", "TIME", "1998-09-10T24:00"),
            ("the next day", "DATE", "1998-09-11"),
            ("three weeks", "DURATION", "P3W"),
            ("Aug 22", "DATE", "1998-08-22"),
            ("about 90 minutes", "DURATION", "PT90M"),
            ("yesterday afternoon", "TIME", "1998-09-11TAF"),
            ("seven days", "DURATION", "P7D"),
            ("next Friday", "DATE", "1998-09-18"),
            ("yesterday morning", "TIME", "1998-09-11TMO"),
            ("Thursday", "DATE", "1998-09-10"),
            ("a minute", "DURATION", "PT1M"),
            ("October", "DATE", "1998-10"),
            ("the end of the month", "DATE", "1998-09"),
            ("Monday", "DATE", "1998-09-14"),
            ("the weekend", "DATE", "1998-W37-WE"),
            ("Monday", "DATE", "1998-09-14"),
            ("5pm", "TIME", "1998-09-10T17:00"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("1996", "DATE", "1996"),
            ("January", "DATE", "1998-01"),
            ("May", "DATE", "1998-05"),
            ("the past year", "DURATION", "P1Y"),
            ("July", "DATE", "1998-07"),
            ("every month", "SET", "P1M"),
            ("National Day", "DATE", "1998-08-09"),
            ("Jan 1 next year", "DATE", "1999-01-01"),
            ("more than 30 minutes", "DURATION", "PT30M"),
            ("24 hours", "DURATION", "PT24H"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("9pm", "TIME", "XXXX-XX-XXT21:00"),
            ("daily", "SET", "P1D"),
        ],
    ),
    # Wednesday 1998-11-18 (ISO week 47), US metropolitan paper's business section, header
    # line "THE FREMONT LEDGER | BUSINESS | Wednesday, November 18, 1998 | D1" (the date one
    # span with its weekday), headline, deck, byline "Ledger Business Writer", no dateline.
    # The shares were priced "late Monday" 1998-11-16 (deck and body) and traded "yesterday",
    # Tuesday 1998-11-17: "11:47 a.m. Eastern time" and "4 p.m." are TIMEs of that day (the
    # zone in the span, not in the value), "That evening" 1998-11-17TEV, "yesterday's close"
    # -> "yesterday". "today" (meeting analysts) is 1998-11-18, but "today it hosts about
    # 40,000 auctions", set against "its first 18 months", means nowadays, PRESENT_REF
    # (gold_blind10, gold_blind50). "fly home Friday" is ahead, 1998-11-20; "road show ended
    # Friday" behind, 1998-11-13 (the same weekday in both directions). "two weeks ago"
    # 1998-W45 (the unit's granularity, gold_blind34); "this summer" 1998-SU; "next spring"
    # 1999-SP; "a 30-day option" P30D; "its first 18 months" P18M (possessive kept,
    # gold_blind55); "every Friday" SET XXXX-WXX-5; "the nine months ended Sept. 30" -> P9M
    # and 1998-09-30; "all of 1997" -> "1997"; "the third quarter" 1998-Q3 and "the April-June
    # quarter" 1998-Q2 (calendar quarters, no fiscal year described); "180 days" P180D and
    # "mid-May" 1999-05 (180 days from 17 November is 16 May); "Labor Day" 1998-09-07 (the
    # first Monday of September); "August" 1998-08, "early September" 1998-09; "next week"
    # 1998-W48; "Christmas" 1998-12-25; "fourth-quarter" 1998-Q4 (an adjectival period, a
    # DATE, gold_blind74); "late January" 1999-01; "2000". Not annotated: "two-year-old" (the
    # company's age, gold_blind86), "the holiday season" (no calendar value, gold_blind55),
    # "1998 Osgood Road" (a street number equal to the year), "D1", "3.5 million", "$14", "$10
    # to $12", "$41", "$52.25", "$38.25", "273 percent", "85 employees", "34" (an age), "$49
    # million", "525,000", "40,000", "$6.8 million", "$1.9 million", "$4.1 million",
    # "$610,000", "$720 million", "60 times", "14th", "nine companies", "20", "road show".
    "bidlantern-ipo-nasdaq-debut": (
        "1998-11-18",
        [
            ("Wednesday, November 18, 1998", "DATE", "1998-11-18"),
            ("late Monday", "DATE", "1998-11-16"),
            ("yesterday", "DATE", "1998-11-17"),
            ("this summer", "DATE", "1998-SU"),
            ("late Monday", "DATE", "1998-11-16"),
            ("two weeks ago", "DATE", "1998-W45"),
            ("11:47 a.m. Eastern time", "TIME", "1998-11-17T11:47"),
            ("4 p.m.", "TIME", "1998-11-17T16:00"),
            ("That evening", "TIME", "1998-11-17TEV"),
            ("today", "DATE", "1998-11-18"),
            ("Friday", "DATE", "1998-11-20"),
            ("next spring", "DATE", "1999-SP"),
            ("30-day", "DURATION", "P30D"),
            ("August 1996", "DATE", "1996-08"),
            ("its first 18 months", "DURATION", "P18M"),
            ("today", "DATE", "PRESENT_REF"),
            ("seven days", "DURATION", "P7D"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("the nine months", "DURATION", "P9M"),
            ("Sept. 30", "DATE", "1998-09-30"),
            ("1997", "DATE", "1997"),
            ("the third quarter", "DATE", "1998-Q3"),
            ("the April-June quarter", "DATE", "1998-Q2"),
            ("yesterday", "DATE", "1998-11-17"),
            ("the past 12 months", "DURATION", "P12M"),
            ("180 days", "DURATION", "P180D"),
            ("mid-May", "DATE", "1999-05"),
            ("Labor Day", "DATE", "1998-09-07"),
            ("August", "DATE", "1998-08"),
            ("early September", "DATE", "1998-09"),
            ("now", "DATE", "PRESENT_REF"),
            ("next week", "DATE", "1998-W48"),
            ("Christmas", "DATE", "1998-12-25"),
            ("Friday", "DATE", "1998-11-13"),
            ("fourth-quarter", "DATE", "1998-Q4"),
            ("late January", "DATE", "1999-01"),
            ("2000", "DATE", "2000"),
        ],
    ),
    # Monday 1999-03-08 (ISO week 10), weekly networking trade paper, masthead with issue date
    # "March 8, 1999" and "Vol. 16, No. 10", section labels, headline, byline, "SANTA CLARA,
    # Calif. -" dateline. A trade weekly dated Monday tells the week before: "last Tuesday"
    # 1999-03-02 (the launch; "10 a.m. Pacific time" that day), "on Wednesday" 1999-03-03,
    # "Friday's close" -> "Friday" 1999-03-05; "this week" 1999-W10. "next month" (headline
    # and body) 1999-04; "by fall" (headline) and "early fall" 1999-FA; "April 12" (body and
    # box) 1999-04-12; "six weeks earlier" the size of a shift, P6W (gold_blind28); "the
    # July-September quarter" 1999-Q3 (a calendar name, gold_blind55); "mid-December"
    # 1998-12; "the Martin Luther King Jr. Day weekend" the Saturday-Monday holiday weekend of
    # 16-18 January 1999, the ISO week of its Saturday, 1999-W02-WE (like "Family Day weekend"
    # in gold_blind103); "12 weeks" P12W; "last year" 1998; "the end of the year" 1999; "the
    # 2000 budget cycle" -> "2000" (an adjectival year); "November" 1998-11; "every 90 days"
    # SET P90D; "June 1" (body and box) 1999-06-01; "the end of March" 1999-03; "30-day" P30D;
    # "the past 12 months" P12M. Kestrel's fiscal year ends July 31 ("fiscal 1999, which ends
    # July 31" FY1999 and 1999-07-31), so "its fiscal second quarter, which ended Jan. 31" is
    # FY1999-Q2 and "a year earlier" FY1998-Q2 (gold_blind55); "May 10" 1999-05-10; the box's
    # "four-hour" PT4H and "three years" P3Y. Not annotated: "Year 2000 compliant" (the name
    # of a software property, like "Y2K" in gold_blind34; see README), "NetExpo 99" (a show's
    # name), "Vol. 16, No. 10", "KX-2400", "KX-3600", "KestrelOS 5.1", "Version 5.2", "5.2",
    # "10-slot", "12-slot", "24x7", "1-888-555-1999", "www.kestrelnet.com/kx2400", "$38,500",
    # "4 percent", "$61.2 million", "44 percent", "8 percent", "$31.75", "Falcon".
    "kestrel-kx2400-switch-launch": (
        "1999-03-08",
        [
            ("March 8, 1999", "DATE", "1999-03-08"),
            ("next month", "DATE", "1999-04"),
            ("fall", "DATE", "1999-FA"),
            ("last Tuesday", "DATE", "1999-03-02"),
            ("April 12", "DATE", "1999-04-12"),
            ("six weeks", "DURATION", "P6W"),
            ("January", "DATE", "1999-01"),
            ("the July-September quarter", "DATE", "1999-Q3"),
            ("early fall", "DATE", "1999-FA"),
            ("10 a.m. Pacific time", "TIME", "1999-03-02T10:00"),
            ("mid-December", "DATE", "1998-12"),
            ("the Martin Luther King Jr. Day weekend", "DATE", "1999-W02-WE"),
            ("12 weeks", "DURATION", "P12W"),
            ("1997", "DATE", "1997"),
            ("last year", "DATE", "1998"),
            ("the end of the year", "DATE", "1999"),
            ("2000", "DATE", "2000"),
            ("November", "DATE", "1998-11"),
            ("every 90 days", "SET", "P90D"),
            ("June 1", "DATE", "1999-06-01"),
            ("the end of March", "DATE", "1999-03"),
            ("30-day", "DURATION", "P30D"),
            ("1994", "DATE", "1994"),
            ("the past 12 months", "DURATION", "P12M"),
            ("its fiscal second quarter", "DATE", "FY1999-Q2"),
            ("Jan. 31", "DATE", "1999-01-31"),
            ("a year earlier", "DATE", "FY1998-Q2"),
            ("fiscal 1999", "DATE", "FY1999"),
            ("July 31", "DATE", "1999-07-31"),
            ("Wednesday", "DATE", "1999-03-03"),
            ("Friday", "DATE", "1999-03-05"),
            ("next month", "DATE", "1999-04"),
            ("this week", "DATE", "1999-W10"),
            ("May 10", "DATE", "1999-05-10"),
            ("April 12", "DATE", "1999-04-12"),
            ("June 1", "DATE", "1999-06-01"),
            ("four-hour", "DURATION", "PT4H"),
            ("three years", "DURATION", "P3Y"),
        ],
    ),
    # Thursday 1999-12-30 (ISO week 52), AP wire story, headline, header line "Thursday,
    # December 30, 1999" (one span with its weekday, gold_blind34), byline "AP Technology
    # Writer", "HOLLIS FORK, Iowa (AP) _" dateline. Friday is New Year's Eve 1999-12-31 and
    # Saturday New Year's Day 2000-01-01. Headline "Friday Night" 1999-12-31TNI; "from 6 p.m.
    # Friday until at least noon Saturday" -> 1999-12-31T18:00, "Friday", "at least noon"
    # 2000-01-01T12:00 (the modifier kept, like "at least Wednesday", gold_blind103) and
    # "Saturday"; "at midnight" is the midnight ending Friday, 1999-12-31T24:00 (gold_blind10,
    # gold_blind28); "a Jan. 1, 2000" one DATE span; "the year 2000" one span, 2000
    # (gold_blind35); "less than 48 hours" PT48H. "could read "00" as 1900" -> "1900" DATE
    # 1900, the year the programs would take (see README); "00" is not annotated. "the 1970s"
    # 197 and "1980s" 198; "June", "October" 1999; "Sept. 9" 1999-09-09 and "the next day"
    # 1999-09-10 (gold_blind55). "every Saturday" SET XXXX-WXX-6; "12-hour" PT12H; "Sunday
    # night" 2000-01-02TNI; "every hour through the night" -> SET PT1H and "the night" of
    # Friday, 1999-12-31TNI; "8 a.m. Saturday" 2000-01-01T08:00 and the DATE; "until 3 p.m.
    # Friday" 1999-12-31T15:00; "an hour later" the size of a delay, PT1H (gold_blind28);
    # "said Wednesday" 1999-12-29; "the past two weeks" P2W; "last summer" in December the
    # summer of the same year, 1999-SU (like "last spring" in August, gold_blind35);
    # "Christmas" 1999-12-25; "now" PRESENT_REF; "earlier this month" 1999-12; "recent
    # weeks" PAST_REF; "a year ago" 1998; "New Year's Eve" 1999-12-31 with "from 9 p.m. to 1
    # a.m.", the second after midnight on the new day, 2000-01-01T01:00 (gold_blind57);
    # "Monday, Jan. 3" one span 2000-01-03; "the end of next week" 2000-W01 (3-9 January
    # 2000, ISO week 1 of 2000; the modifier not recorded, gold_blind59); "Jan. 14"
    # 2000-01-14. Not annotated: "Y2K" (three times, gold_blind34), "Y2K Deadline", "a
    # normal holiday eve" and "a holiday weekend" (generic), "after the holiday" and "until
    # then" (anaphoric), "around the clock", "1-800-555-2000" (after every annotated "2000"),
    # "www.pvpc.org/y2k", "SCADA-7", "two digits", "40 engineers", "$4.2 million", "212
    # systems", "30 percent", "12 percent", "98 percent", "61 percent", "52" and "67" (ages).
    "prairie-valley-y2k-command-centers": (
        "1999-12-30",
        [
            ("Friday Night", "TIME", "1999-12-31TNI"),
            ("Thursday, December 30, 1999", "DATE", "1999-12-30"),
            ("the year 2000", "DATE", "2000"),
            ("less than 48 hours", "DURATION", "PT48H"),
            ("6 p.m.", "TIME", "1999-12-31T18:00"),
            ("Friday", "DATE", "1999-12-31"),
            ("at least noon", "TIME", "2000-01-01T12:00"),
            ("Saturday", "DATE", "2000-01-01"),
            ("three years", "DURATION", "P3Y"),
            ("midnight", "TIME", "1999-12-31T24:00"),
            ("Jan. 1, 2000", "DATE", "2000-01-01"),
            ("the 1970s", "DATE", "197"),
            ("1980s", "DATE", "198"),
            ("1900", "DATE", "1900"),
            ("1997", "DATE", "1997"),
            ("June", "DATE", "1999-06"),
            ("Sept. 9", "DATE", "1999-09-09"),
            ("the next day", "DATE", "1999-09-10"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("October", "DATE", "1999-10"),
            ("12-hour", "DURATION", "PT12H"),
            ("Sunday night", "TIME", "2000-01-02TNI"),
            ("every hour", "SET", "PT1H"),
            ("the night", "TIME", "1999-12-31TNI"),
            ("8 a.m.", "TIME", "2000-01-01T08:00"),
            ("Saturday", "DATE", "2000-01-01"),
            ("3 p.m.", "TIME", "1999-12-31T15:00"),
            ("Friday", "DATE", "1999-12-31"),
            ("an hour", "DURATION", "PT1H"),
            ("Wednesday", "DATE", "1999-12-29"),
            ("the past two weeks", "DURATION", "P2W"),
            ("last summer", "DATE", "1999-SU"),
            ("Christmas", "DATE", "1999-12-25"),
            ("now", "DATE", "PRESENT_REF"),
            ("earlier this month", "DATE", "1999-12"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("a year ago", "DATE", "1998"),
            ("New Year's Eve", "DATE", "1999-12-31"),
            ("9 p.m.", "TIME", "1999-12-31T21:00"),
            ("1 a.m.", "TIME", "2000-01-01T01:00"),
            ("Monday, Jan. 3", "DATE", "2000-01-03"),
            ("the end of next week", "DATE", "2000-W01"),
            ("Jan. 14", "DATE", "2000-01-14"),
        ],
    ),
    # Friday 2000-01-21 (ISO week 3), Indian business daily, masthead date line "FRIDAY,
    # JANUARY 21, 2000", section label, headline, byline "Our Bureau", dated dateline
    # "KANVAPURA, Jan 20:" (the day of filing, Thursday 2000-01-20, a DATE of its own,
    # gold_blind74); "on Thursday" (three times) the same day. Kalinga's year runs
    # April-March and is named by the year it ends (gold_blind49, gold_blind74): the current
    # year April 1999-March 2000 is FY2000, so the headline's "Q3" and "the third quarter
    # ended December 31, 1999" are FY2000-Q3 (plus the date), "the fourth quarter" and "Q4
    # FY2000" (one span, like "Q1FY13", gold_blind74) FY2000-Q4, "the current fiscal" FY2000,
    # "1998-99" FY1999, "2000-01" FY2001, "1999-2000" FY2000. Quarters named by calendar
    # months take calendar values: "the October-December quarter" 1999-Q4, "the September
    # quarter" 1999-Q3, "the December quarter" 1999-Q4; "the year-ago quarter" after "the
    # October-December quarter" 1998-Q4 (the nearer antecedent, gold_blind74). "the first
    # nine months of the current fiscal" -> DURATION P9M and the fiscal year (gold_blind34).
    # "the night of December 31" TIME 1999-12-31TNI and "the afternoon of January 1" TIME
    # 2000-01-01TAF, one span each (like "the evening of June 24", gold_blind28). "now"
    # PRESENT_REF; "February 4" 2000-02-04; "by June" 2000-06; "1986", "1995"; "March 2001";
    # "a year ago" 1999 (the unit's granularity); "from April 1" 2000-04-01; "every quarter"
    # SET P3M; "In December" 1999-12; "three-year" P3Y; "the past two years" P2Y; "last
    # month" 1999-12; "April 24" 2000-04-24; "last week" 2000-W02; "next week" 2000-W04;
    # "since October" 1999-10. Not annotated: "Y2K" (five times), "the rollover", "in the
    # quarter" (anaphoric), "quarterly profit" (the period of a figure, gold_blind55),
    # "after market hours", "ISO 9001", "CMM Level 4", "Rs 4 a share", "30-35 per cent",
    # the rupee, crore and dollar amounts, "612 engineers", "4,860", "1,500", percentages.
    "kalinga-softlabs-q3-y2k-results": (
        "2000-01-21",
        [
            ("FRIDAY, JANUARY 21, 2000", "DATE", "2000-01-21"),
            ("Q3", "DATE", "FY2000-Q3"),
            ("Jan 20", "DATE", "2000-01-20"),
            ("Thursday", "DATE", "2000-01-20"),
            ("the third quarter", "DATE", "FY2000-Q3"),
            ("December 31, 1999", "DATE", "1999-12-31"),
            ("the October-December quarter", "DATE", "1999-Q4"),
            ("the year-ago quarter", "DATE", "1998-Q4"),
            ("the first nine months", "DURATION", "P9M"),
            ("the current fiscal", "DATE", "FY2000"),
            ("the night of December 31", "TIME", "1999-12-31TNI"),
            ("the afternoon of January 1", "TIME", "2000-01-01TAF"),
            ("Thursday", "DATE", "2000-01-20"),
            ("now", "DATE", "PRESENT_REF"),
            ("the fourth quarter", "DATE", "FY2000-Q4"),
            ("1998-99", "DATE", "FY1999"),
            ("the September quarter", "DATE", "1999-Q3"),
            ("the December quarter", "DATE", "1999-Q4"),
            ("Q4 FY2000", "DATE", "FY2000-Q4"),
            ("February 4", "DATE", "2000-02-04"),
            ("June", "DATE", "2000-06"),
            ("1986", "DATE", "1986"),
            ("1995", "DATE", "1995"),
            ("March 2001", "DATE", "2001-03"),
            ("a year ago", "DATE", "1999"),
            ("April 1", "DATE", "2000-04-01"),
            ("every quarter", "SET", "P3M"),
            ("December", "DATE", "1999-12"),
            ("three-year", "DURATION", "P3Y"),
            ("the past two years", "DURATION", "P2Y"),
            ("last month", "DATE", "1999-12"),
            ("2000-01", "DATE", "FY2001"),
            ("1999-2000", "DATE", "FY2000"),
            ("April 24", "DATE", "2000-04-24"),
            ("last week", "DATE", "2000-W02"),
            ("next week", "DATE", "2000-W04"),
            ("Thursday", "DATE", "2000-01-20"),
            ("October", "DATE", "1999-10"),
        ],
    ),
    # Tuesday 2000-05-16 (ISO week 20), British broadsheet's business page, section label,
    # headline, standfirst, joint byline "Fiona Marchbank in Brussels and Tom Aldous", date
    # line "Tuesday 16 May 2000" (one span with its weekday), a "Timeline" box. "yesterday"
    # (four times) is Monday 2000-05-15 and "last night" its night, 2000-05-15TNI
    # (gold_blind35, gold_blind103); "at 9am this morning" a TIME 2000-05-16T09:00 and the part
    # of day 2000-05-16TMO (gold_blind69, gold_blind74); "tomorrow" 2000-05-17; "Thursday 25
    # May" one span 2000-05-25. "until 30 June" (standfirst, body, box) 2000-06-30; "an
    # 18-month investigation" P18M; "last year's figures" -> "last year" 1999; "in
    # September" 2000-09 and "in the autumn" 2000-FA, "before the summer" 2000-SU (ahead);
    # "November 1998" (body and box); "in March last year" one span 1999-03 (gold_blind55);
    # "three days" P3D; "at least two years" P2Y; "on 1 January" 2000-01-01; "less than a
    # fortnight after" an anchored duration, P2W; "on 1 March" 2000-03-01; "the end of the
    # year" 2000; "every quarter" SET P3M; "their lowest close since October" 1999-10;
    # "since 1995"; "14 months" P14M. Box: "March 1999", "1 January 2000", "1 March", "2
    # May", "15 May", "30 June". Not annotated: "the Competition Act 1998" (twice; the year
    # as the fixed last element of an Act's name, gold_blind80), "Article 82" and "the EC
    # Treaty", "2Mbit", "10 per cent" (twice), "€1.9bn", "four times", "a third", "42p",
    # "611p", "Until then" (anaphoric), "may ask" (the verb), "Teleron Online", "Nasdaq".
    "teleron-brussels-leased-line-charges": (
        "2000-05-16",
        [
            ("30 June", "DATE", "2000-06-30"),
            ("Tuesday 16 May 2000", "DATE", "2000-05-16"),
            ("yesterday", "DATE", "2000-05-15"),
            ("18-month", "DURATION", "P18M"),
            ("last year", "DATE", "1999"),
            ("30 June", "DATE", "2000-06-30"),
            ("September", "DATE", "2000-09"),
            ("November 1998", "DATE", "1998-11"),
            ("March last year", "DATE", "1999-03"),
            ("three days", "DURATION", "P3D"),
            ("at least two years", "DURATION", "P2Y"),
            ("last night", "TIME", "2000-05-15TNI"),
            ("1 January", "DATE", "2000-01-01"),
            ("less than a fortnight", "DURATION", "P2W"),
            ("1 March", "DATE", "2000-03-01"),
            ("yesterday", "DATE", "2000-05-15"),
            ("the end of the year", "DATE", "2000"),
            ("every quarter", "SET", "P3M"),
            ("yesterday", "DATE", "2000-05-15"),
            ("October", "DATE", "1999-10"),
            ("9am", "TIME", "2000-05-16T09:00"),
            ("this morning", "TIME", "2000-05-16TMO"),
            ("tomorrow", "DATE", "2000-05-17"),
            ("the autumn", "DATE", "2000-FA"),
            ("the summer", "DATE", "2000-SU"),
            ("1995", "DATE", "1995"),
            ("14 months", "DURATION", "P14M"),
            ("Thursday 25 May", "DATE", "2000-05-25"),
            ("November 1998", "DATE", "1998-11"),
            ("March 1999", "DATE", "1999-03"),
            ("1 January 2000", "DATE", "2000-01-01"),
            ("1 March", "DATE", "2000-03-01"),
            ("2 May", "DATE", "2000-05-02"),
            ("15 May", "DATE", "2000-05-15"),
            ("30 June", "DATE", "2000-06-30"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
