"""Annotations of the six-hundred-and-thirty-second blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind632/annotate.py [--show]

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
    # Wednesday 2012-10-31 (ISO week 44), Halloween, US regional paper, section label, headline,
    # byline "Staff Writer", date line "Wednesday, October 31, 2012" (one DATE span), "BRENTFORD
    # —" dateline. Daylight saving time ended on Sunday 2012-11-04 at 2 a.m.: the headline's
    # "Fall back Sunday" and "2 a.m. Sunday" 2012-11-04 ("Fall back" is the verb), "1 a.m." the
    # same day; "set your clocks back an hour before bed Saturday" -> "an hour" PT1H (the size
    # of the shift, gold_blind44, gold_blind76) and "Saturday" 2012-11-03; the free checks "from
    # 9 a.m. to noon Saturday" the same Saturday, two TIMEs. Past: "said Tuesday" 2012-10-30,
    # "a week after a house fire" DURATION P1W (a duration anchored to an event, gold_blind35),
    # the fire "about 3:40 a.m. Oct. 23" 2012-10-23T03:40 plus the DATE, "recalled Oct. 18",
    # Ashby's trick-or-treat "on Saturday afternoon" 2012-10-27TAF (the same weekday both ways,
    # gold_blind101). "It has run four weeks longer since 2007" -> P4W and 2007; "it returns
    # March 10" 2013-03-10 (the second Sunday of March 2013, a month ahead across the year
    # boundary). "from August 2010 through February 2012" two DATEs. The recall line's hours
    # "between 8 a.m. and 5 p.m. ET Monday through Friday" recur: two TIMEs XXXX-XX-XXThh:mm and
    # the ends of the weekday range as SETs XXXX-WXX-1 and XXXX-WXX-5 (gold_blind98, gold_blind76).
    # "Twice a year" SET P1Y (the period only, gold_blind35); "every 10 years" P10Y; "tested
    # monthly" P1M; "since January" 2012-01. "Sunset on Sunday will come at 5:32 p.m., an hour
    # earlier than on Saturday" -> 2012-11-04, T17:32, PT1H, 2012-11-03. Halloween 2012-10-31
    # twice ("the city's Halloween parade" is held on this Halloween, like "The city's Canada Day
    # parade", gold_blind57); "5:30 to 8 p.m. tonight" -> "5:30" T17:30 (its p.m. taken from the
    # range's end), "8 p.m." and "tonight" 2012-10-31TNI; "at 6 p.m."; "until midnight" the end
    # of Halloween, 2012-10-31T24:00 (gold_blind57, gold_blind103); "every year since 2009" SET
    # P1Y and 2009. Not annotated: "Daylight saving time" (the name of a clock regime, like
    # "British Summer Time", gold_blind44), "Fall back" (verb), "date codes 1032 through 1208"
    # (codes that hold a year and week, like lot codes, gold_blind94), "HG-1500", "HG-1750",
    # "212,000", "$40", "1-877-555-1750", "hearthglo.com/recall2012", "in their 70s" (ages, not
    # the 1970s), "over 65", "340 free alarms", "Fire Station 1", "Elm Street", "Main Street",
    # "at once", "First, though" (an adverb of order), "trick-or-treat" (the event),
    # "darker evenings" (a kind of evening, no particular day).
    "fall-back-smoke-alarms-heater-recall": (
        "2012-10-31",
        [
            ("Sunday", "DATE", "2012-11-04"),
            ("Wednesday, October 31, 2012", "DATE", "2012-10-31"),
            ("an hour", "DURATION", "PT1H"),
            ("Saturday", "DATE", "2012-11-03"),
            ("Tuesday", "DATE", "2012-10-30"),
            ("a week", "DURATION", "P1W"),
            ("2 a.m.", "TIME", "2012-11-04T02:00"),
            ("Sunday", "DATE", "2012-11-04"),
            ("1 a.m.", "TIME", "2012-11-04T01:00"),
            ("four weeks", "DURATION", "P4W"),
            ("2007", "DATE", "2007"),
            ("March 10", "DATE", "2013-03-10"),
            ("about 3:40 a.m.", "TIME", "2012-10-23T03:40"),
            ("Oct. 23", "DATE", "2012-10-23"),
            ("two hours", "DURATION", "PT2H"),
            ("Oct. 18", "DATE", "2012-10-18"),
            ("August 2010", "DATE", "2010-08"),
            ("February 2012", "DATE", "2012-02"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Friday", "SET", "XXXX-WXX-5"),
            ("Twice a year", "SET", "P1Y"),
            ("January", "DATE", "2012-01"),
            ("every 10 years", "SET", "P10Y"),
            ("monthly", "SET", "P1M"),
            ("Sunday", "DATE", "2012-11-04"),
            ("5:32 p.m.", "TIME", "2012-11-04T17:32"),
            ("an hour", "DURATION", "PT1H"),
            ("Saturday", "DATE", "2012-11-03"),
            ("Halloween", "DATE", "2012-10-31"),
            ("5:30", "TIME", "2012-10-31T17:30"),
            ("8 p.m.", "TIME", "2012-10-31T20:00"),
            ("tonight", "TIME", "2012-10-31TNI"),
            ("Halloween", "DATE", "2012-10-31"),
            ("6 p.m.", "TIME", "2012-10-31T18:00"),
            ("midnight", "TIME", "2012-10-31T24:00"),
            ("Saturday afternoon", "TIME", "2012-10-27TAF"),
            ("every year", "SET", "P1Y"),
            ("2009", "DATE", "2009"),
            ("9 a.m.", "TIME", "2012-11-03T09:00"),
            ("noon", "TIME", "2012-11-03T12:00"),
            ("Saturday", "DATE", "2012-11-03"),
        ],
    ),
    # Monday 2013-11-25 (ISO week 48), AP story as a US paper's website runs it, section label,
    # headline, byline "AP Airlines Writer", stamp "Updated 4:18 pm, Monday, November 25, 2013"
    # (a TIME and one DATE span with its weekday, gold_blind98), "NEW YORK (AP) —" dateline.
    # Thanksgiving 2013 is the fourth Thursday of November, 2013-11-28 (the headline's "late
    # Thanksgiving" is this one). "the 12 days from Friday through Tuesday, Dec. 3" -> P12D,
    # "Friday" 2013-11-22 (past: the period has begun) and "Tuesday, Dec. 3" one DATE span;
    # "the Wednesday before Thanksgiving" one DATE span 2013-11-27 (gold_blind57); "The Sunday
    # after Thanksgiving" likewise 2013-12-01, with "Dec. 1" after it its own DATE. "said Monday"
    # the publication day (gold_blind28, gold_blind94); future "Wednesday" 2013-11-27, "Tuesday
    # night" 2013-11-26TNI, "Wednesday morning" 2013-11-27TMO, "through Thursday" 2013-11-28,
    # the return "on Sunday" 2013-12-01 "before 10 a.m. or after 7 p.m." (TIMEs on that day);
    # past: the $612 fare "on Sunday" 2013-11-24, "the weekend" just gone 2013-W47-WE. "a year
    # ago" 2012 and "three weeks ago" 2013-W45 (the unit's granularity, gold_blind94); "the past
    # week" P1W; "This year's holiday" -> "This year" 2013; "26 days" P26D; "the fewest since
    # 2002, the last time the holiday fell this late. It won't again until 2019" -> 2002, 2019.
    # "at 4 a.m. on Wednesday, an hour earlier than usual" -> T04:00, the DATE and PT1H (the
    # size of a shift, gold_blind38); "at least 90 minutes before domestic flights" PT90M with
    # its modifier (anchored duration, gold_blind57). "Every year ... every year" SET P1Y twice;
    # "for 19 years" P19Y; "the most since 2007"; "Christmas" 2013-12-25 twice; "by Dec. 10";
    # "140 daily flights" -> "daily" SET P1D (an adjective naming a recurrence, gold_blind35's
    # "weekly strike benefits"); "through Jan. 5" 2014-01-05. Not annotated: "usually the
    # busiest day of the year" (a superlative day of any year, gold_blind19, gold_blind57), "the
    # holidays", "the holiday rush", "the latest date possible", "the last time the holiday fell
    # this late" (anaphoric), "Flight 1128", "24.6 million", "2.5 million", "3 percent", "9
    # percent", "$386", "$612", "$329", "30 cities", "47" (age), "38.9 million", "50 miles",
    # "$3.28 a gallon", "traditionally", "www.farenest.com/holiday2013", "1-800-555-2013".
    "late-thanksgiving-record-air-crowds": (
        "2013-11-25",
        [
            ("Thanksgiving", "DATE", "2013-11-28"),
            ("4:18 pm", "TIME", "2013-11-25T16:18"),
            ("Monday, November 25, 2013", "DATE", "2013-11-25"),
            ("12 days", "DURATION", "P12D"),
            ("Friday", "DATE", "2013-11-22"),
            ("Tuesday, Dec. 3", "DATE", "2013-12-03"),
            ("the Wednesday before Thanksgiving", "DATE", "2013-11-27"),
            ("Monday", "DATE", "2013-11-25"),
            ("Wednesday", "DATE", "2013-11-27"),
            ("a year ago", "DATE", "2012"),
            ("The Sunday after Thanksgiving", "DATE", "2013-12-01"),
            ("Dec. 1", "DATE", "2013-12-01"),
            ("This year", "DATE", "2013"),
            ("Nov. 28", "DATE", "2013-11-28"),
            ("26 days", "DURATION", "P26D"),
            ("Thanksgiving", "DATE", "2013-11-28"),
            ("Christmas", "DATE", "2013-12-25"),
            ("2002", "DATE", "2002"),
            ("2019", "DATE", "2019"),
            ("last year", "DATE", "2012"),
            ("the past week", "DURATION", "P1W"),
            ("Wednesday", "DATE", "2013-11-27"),
            ("Sunday", "DATE", "2013-11-24"),
            ("three weeks ago", "DATE", "2013-W45"),
            ("the weekend", "DATE", "2013-W47-WE"),
            ("Tuesday night", "TIME", "2013-11-26TNI"),
            ("Wednesday morning", "TIME", "2013-11-27TMO"),
            ("Thursday", "DATE", "2013-11-28"),
            ("4 a.m.", "TIME", "2013-11-27T04:00"),
            ("Wednesday", "DATE", "2013-11-27"),
            ("an hour", "DURATION", "PT1H"),
            ("at least 90 minutes", "DURATION", "PT90M"),
            ("Every year", "SET", "P1Y"),
            ("every year", "SET", "P1Y"),
            ("19 years", "DURATION", "P19Y"),
            ("2007", "DATE", "2007"),
            ("Sunday", "DATE", "2013-12-01"),
            ("10 a.m.", "TIME", "2013-12-01T10:00"),
            ("7 p.m.", "TIME", "2013-12-01T19:00"),
            ("Christmas", "DATE", "2013-12-25"),
            ("Dec. 10", "DATE", "2013-12-10"),
            ("daily", "SET", "P1D"),
            ("Jan. 5", "DATE", "2014-01-05"),
        ],
    ),
    # Tuesday 2014-01-14 (ISO week 3), Canadian paper's website travel section, headline,
    # standfirst, byline, stamp "Published: January 14, 2014, 6:00 AM EST | Last Updated: January
    # 14, 2014, 11:42 AM EST" (two DATEs and two TIMEs, the zone in the span and not in the
    # value, gold_blind103), "PORT ALDER, Ont. —" dateline. "March break" (Ontario's school
    # holiday in March, four times) -> "March" DATE, the adjectival month of a school break with
    # the holiday word left out, like "The October mid-term break" (gold_blind25) and "a
    # February half-term" (gold_blind101): 2014-03 for this year's break (headline, lead, "Trips
    # over March break", "the March break inventory") and 2013-03 for last year's ("Last year,
    # a family of four flying to Cancun for March break"). "went live at midnight" -> the
    # midnight that began the publication day, the end of Monday, 2014-01-13T24:00 (midnight is
    # the end of the day it closes, gold_blind103). "by 11:59 p.m. ET on Thursday" 2014-01-16
    # (T23:59 plus the DATE); the standfirst's "Thursday night" and Okafor's "11:30 on Thursday
    # night" 2014-01-16TNI and T23:30 (night makes 11:30 p.m.). "from March 10 to 14" -> "March
    # 10" and the bare "14" 2014-03-14 (gold_blind94). "the Family Day long weekend in
    # February" -> one DATE span 2014-W07-WE (Family Day is Monday 2014-02-17; a holiday weekend
    # takes the ISO weekend of its Saturday, gold_blind103) and "February" 2014-02. "in the fall"
    # (past, said in January) 2013-FA; "for 22 years" P22Y; "by now" PRESENT_REF; "Last year"
    # 2013, "this year" 2014; "the following week" after this year's break (10-14 March, week
    # 11) 2014-W12. Northline: "9 a.m. ET today" 2014-01-14T09:00 and the DATE, "72 hours" PT72H,
    # "9 a.m. Friday" 2014-01-17; "Every Tuesday ... at 10 a.m." SET XXXX-WXX-2 and TIME
    # XXXX-XX-XXT10:00. "within 48 hours" PT48H; "Jan. 20", "April 30", "Jan. 21", "May 15",
    # "Feb. 3" in 2014; "in 2011"; "six months' validity" P6M (the genitive left out, like "30
    # days' notice", gold_blind94); "up to three weeks" P3W; "by 20 minutes" PT20M (the size of
    # a delay). Not annotated (the lead's "2014" is): "mapleair.ca/sale2014", "1-888-555-2014"
    # (year-like numbers), "$99 'Tuesday Deals'" (a product name holding a weekday), "winter
    # sales" (a kind of sale), "seat sale", "sun fares", "14 sun destinations", "40 per cent",
    # "$3,480", "$3,900", "$25", "a family of four", "King Street", "Special to the Ledger".
    "winter-seat-sales-march-break": (
        "2014-01-14",
        [
            ("March", "DATE", "2014-03"),
            ("Thursday night", "TIME", "2014-01-16TNI"),
            ("January 14, 2014", "DATE", "2014-01-14"),
            ("6:00 AM EST", "TIME", "2014-01-14T06:00"),
            ("January 14, 2014", "DATE", "2014-01-14"),
            ("11:42 AM EST", "TIME", "2014-01-14T11:42"),
            ("2014", "DATE", "2014"),
            ("midnight", "TIME", "2014-01-13T24:00"),
            ("March", "DATE", "2014-03"),
            ("48 hours", "DURATION", "PT48H"),
            ("Jan. 20", "DATE", "2014-01-20"),
            ("April 30", "DATE", "2014-04-30"),
            ("11:59 p.m. ET", "TIME", "2014-01-16T23:59"),
            ("Thursday", "DATE", "2014-01-16"),
            ("March", "DATE", "2014-03"),
            ("March 10", "DATE", "2014-03-10"),
            ("14", "DATE", "2014-03-14"),
            ("the Family Day long weekend", "DATE", "2014-W07-WE"),
            ("February", "DATE", "2014-02"),
            ("March", "DATE", "2014-03"),
            ("the fall", "DATE", "2013-FA"),
            ("22 years", "DURATION", "P22Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("Thursday", "DATE", "2014-01-16"),
            ("Last year", "DATE", "2013"),
            ("March", "DATE", "2013-03"),
            ("this year", "DATE", "2014"),
            ("the following week", "DATE", "2014-W12"),
            ("9 a.m. ET", "TIME", "2014-01-14T09:00"),
            ("today", "DATE", "2014-01-14"),
            ("72 hours", "DURATION", "PT72H"),
            ("9 a.m.", "TIME", "2014-01-17T09:00"),
            ("Friday", "DATE", "2014-01-17"),
            ("Jan. 21", "DATE", "2014-01-21"),
            ("May 15", "DATE", "2014-05-15"),
            ("Every Tuesday", "SET", "XXXX-WXX-2"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("Feb. 3", "DATE", "2014-02-03"),
            ("2011", "DATE", "2011"),
            ("six months", "DURATION", "P6M"),
            ("up to three weeks", "DURATION", "P3W"),
            ("11:30", "TIME", "2014-01-16T23:30"),
            ("Thursday night", "TIME", "2014-01-16TNI"),
            ("20 minutes", "DURATION", "PT20M"),
        ],
    ),
    # Friday 2014-12-19 (ISO week 51), British regional daily, section label, headline,
    # standfirst, byline, date line "Friday 19 December 2014". "today" (headline, lead, and
    # "Today" in the quote) 2014-12-19; "this afternoon" (standfirst and lead) 2014-12-19TAF;
    # "said yesterday" 2014-12-18; the queues "from about 2pm" today; "until 10pm tonight" two
    # TIMEs, T22:00 and TNI (gold_blind57). "the weekend" (standfirst) 2014-W51-WE, and
    # "tomorrow" 2014-12-20 and "Sunday" 2014-12-21 in it. Christmas 2014: "Christmas Eve"
    # 2014-12-24 with its last trains "at about 8pm" that evening, "Christmas Day" 2014-12-25,
    # "Boxing Day" 2014-12-26, "over Christmas" 2014-12-25. The closure "for nine days" (headline
    # and body) P9D, "from Saturday 27 December until Sunday 4 January" (one DATE span each,
    # weekday and date). "a 1960s signalling system" -> "1960s" 196 (an adjectival decade,
    # gold_blind98). "every 20 minutes" SET PT20M; "about 45 minutes" PT45M (the size of a
    # change); "on weekends" bare plural SET XXXX-WXX-WE (gold_blind57); "14 months" P14M;
    # "since August" 2014-08; "last year" 2013; "open at 03:30 daily from tomorrow until 4
    # January" -> TIME XXXX-XX-XXT03:30 (the hour of every day of the period), SET P1D, DATEs
    # 2014-12-20 and 2015-01-04; "two hours before short-haul departures" PT2H (anchored).
    # "Last Christmas" one DATE span 2013-12-25 (like "Last Canada Day", gold_blind57), "for six
    # hours on 23 December" PT6H and 2013-12-23 (the December of that Christmas); "Sunday night"
    # 2014-12-21TNI, "Monday morning" 2014-12-22TMO; "from 10am to 4pm on Sunday" two TIMEs on
    # 2014-12-21 and the DATE; "since 2010". Not annotated: "Christmas getaway" (headline and
    # lead; a kind of journey made before the holiday, like "Thanksgiving travel", gold_blind57),
    # "the heaviest traffic of the year" and "the busiest day of the year" (superlatives of any
    # year, gold_blind19, gold_blind57), "the festive period" (no calendar bounds, gold_blind57),
    # "the busiest days" (its "August" annotated), "the M64", "junctions 9 and 11", "12 miles",
    # "62,000", "8 per cent", "a fifth", "£1.17 a litre", "nvtrains.co.uk/xmas2014", "0345 555
    # 2712", "the Corn Hall centre", "the same work".
    "christmas-getaway-rail-closure-airport": (
        "2014-12-19",
        [
            ("today", "DATE", "2014-12-19"),
            ("nine days", "DURATION", "P9D"),
            ("this afternoon", "TIME", "2014-12-19TAF"),
            ("the weekend", "DATE", "2014-W51-WE"),
            ("Friday 19 December 2014", "DATE", "2014-12-19"),
            ("today", "DATE", "2014-12-19"),
            ("this afternoon", "TIME", "2014-12-19TAF"),
            ("yesterday", "DATE", "2014-12-18"),
            ("about 2pm", "TIME", "2014-12-19T14:00"),
            ("Today", "DATE", "2014-12-19"),
            ("Christmas Eve", "DATE", "2014-12-24"),
            ("about 8pm", "TIME", "2014-12-24T20:00"),
            ("Christmas Day", "DATE", "2014-12-25"),
            ("Boxing Day", "DATE", "2014-12-26"),
            ("nine days", "DURATION", "P9D"),
            ("Saturday 27 December", "DATE", "2014-12-27"),
            ("Sunday 4 January", "DATE", "2015-01-04"),
            ("1960s", "DATE", "196"),
            ("every 20 minutes", "SET", "PT20M"),
            ("about 45 minutes", "DURATION", "PT45M"),
            ("Christmas", "DATE", "2014-12-25"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("14 months", "DURATION", "P14M"),
            ("tomorrow", "DATE", "2014-12-20"),
            ("Sunday", "DATE", "2014-12-21"),
            ("August", "DATE", "2014-08"),
            ("last year", "DATE", "2013"),
            ("03:30", "TIME", "XXXX-XX-XXT03:30"),
            ("daily", "SET", "P1D"),
            ("tomorrow", "DATE", "2014-12-20"),
            ("4 January", "DATE", "2015-01-04"),
            ("two hours", "DURATION", "PT2H"),
            ("Last Christmas", "DATE", "2013-12-25"),
            ("six hours", "DURATION", "PT6H"),
            ("23 December", "DATE", "2013-12-23"),
            ("Sunday night", "TIME", "2014-12-21TNI"),
            ("Monday morning", "TIME", "2014-12-22TMO"),
            ("10pm", "TIME", "2014-12-19T22:00"),
            ("tonight", "TIME", "2014-12-19TNI"),
            ("10am", "TIME", "2014-12-21T10:00"),
            ("4pm", "TIME", "2014-12-21T16:00"),
            ("Sunday", "DATE", "2014-12-21"),
            ("2010", "DATE", "2010"),
        ],
    ),
    # Saturday 2015-03-14 (ISO week 11), Irish paper's consumer page, section label, headline,
    # standfirst, byline, date line "Saturday 14 March 2015". Mother's Day (Mothering Sunday, the
    # fourth Sunday of Lent) is tomorrow, Sunday 2015-03-15 (headline, lead, quote); St
    # Patrick's Day Tuesday 2015-03-17 (headline, lead, the sunset line, and last year's
    # 2014-03-17); "fall two days apart" P2D. Ahead: "Tuesday" (standfirst and six times in the
    # body) 2015-03-17, "taking Monday off" 2015-03-16, "reopen at 10am on Wednesday"
    # 2015-03-18; "tomorrow" 2015-03-15 and "tomorrow morning" 2015-03-15TMO; the parade "at
    # noon", the last buses "at 11.30pm" (Tuesday's clock times); pubs "from 10.30am on Tuesday
    # until 12.30am" -> T10:30 on the 17th and 2015-03-18T00:30 (an hour after midnight on the
    # next day, gold_blind57). Past: "since Valentine's Day" 2015-02-14, "began on Thursday"
    # 2015-03-12, "on 1 February" 2015-02-01 (a Sunday) and "the following weekend" anchored on
    # it, 7-8 February, 2015-W06-WE (like "two days later", gold_blind56). "a four-day break"
    # -> "four-day" P4D (an adjectival duration; the Saturday-to-Tuesday break is not an ISO
    # weekend, so "break" and no "-WE" value); "up 40 per cent on a year ago" -> 2014 (the unit's
    # granularity); "before 2pm today" T14:00 and the DATE; "about two hours" PT2H. "Last year's
    # display, also on St Patrick's Day, started at 7pm" -> "Last year" 2014, "St Patrick's Day"
    # 2014-03-17 and "7pm" 2014-03-17T19:00; "this year ... 8.15pm" 2015 and 2015-03-17T20:15.
    # "the clocks going forward an hour at 1am on Sunday 29 March" -> PT1H (the shift), T01:00
    # and the DATE; "sunset on St Patrick's Day will be at 6.31pm, and at 7.58pm a fortnight
    # later" -> 2015-03-17T18:31, 2015-03-31T19:58 and "a fortnight later" DATE 2015-03-31
    # (anchored on the narrative's last date, gold_blind56, gold_blind94). Not annotated:
    # "Sunday buses", "a Sunday service", "their normal Sunday hours" (kinds of service,
    # gold_blind76), "holiday hours" (gold_blind103), "a public holiday", "the day" ("close for
    # the day", anaphoric), "the one day of the year" (a superlative-like day of any year),
    # "now in its 12th year" (an age, gold_blind99), "Mother's Day gift vouchers" (a kind of
    # voucher, like "Christmas trees", gold_blind57), "Patrick Street" and "Grand Parade"
    # (streets), "Bloom & Stem", "11 shops", "40 per cent", "Eight routes", "1850 555 317",
    # "€29.99", "twice" ("filled the place twice").
    "mothers-day-st-patricks-holiday-hours": (
        "2015-03-14",
        [
            ("Mother's Day", "DATE", "2015-03-15"),
            ("St Patrick's Day", "DATE", "2015-03-17"),
            ("two days", "DURATION", "P2D"),
            ("Tuesday", "DATE", "2015-03-17"),
            ("Saturday 14 March 2015", "DATE", "2015-03-14"),
            ("Valentine's Day", "DATE", "2015-02-14"),
            ("Mother's Day", "DATE", "2015-03-15"),
            ("tomorrow", "DATE", "2015-03-15"),
            ("St Patrick's Day", "DATE", "2015-03-17"),
            ("Tuesday", "DATE", "2015-03-17"),
            ("Monday", "DATE", "2015-03-16"),
            ("four-day", "DURATION", "P4D"),
            ("a year ago", "DATE", "2014"),
            ("2pm", "TIME", "2015-03-14T14:00"),
            ("today", "DATE", "2015-03-14"),
            ("tomorrow morning", "TIME", "2015-03-15TMO"),
            ("tomorrow", "DATE", "2015-03-15"),
            ("Mother's Day", "DATE", "2015-03-15"),
            ("1 February", "DATE", "2015-02-01"),
            ("the following weekend", "DATE", "2015-W06-WE"),
            ("Tuesday", "DATE", "2015-03-17"),
            ("10am", "TIME", "2015-03-18T10:00"),
            ("Wednesday", "DATE", "2015-03-18"),
            ("Tuesday", "DATE", "2015-03-17"),
            ("Tuesday", "DATE", "2015-03-17"),
            ("11.30pm", "TIME", "2015-03-17T23:30"),
            ("noon", "TIME", "2015-03-17T12:00"),
            ("about two hours", "DURATION", "PT2H"),
            ("10.30am", "TIME", "2015-03-17T10:30"),
            ("Tuesday", "DATE", "2015-03-17"),
            ("12.30am", "TIME", "2015-03-18T00:30"),
            ("Thursday", "DATE", "2015-03-12"),
            ("Tuesday", "DATE", "2015-03-17"),
            ("Last year", "DATE", "2014"),
            ("St Patrick's Day", "DATE", "2014-03-17"),
            ("7pm", "TIME", "2014-03-17T19:00"),
            ("this year", "DATE", "2015"),
            ("8.15pm", "TIME", "2015-03-17T20:15"),
            ("an hour", "DURATION", "PT1H"),
            ("1am", "TIME", "2015-03-29T01:00"),
            ("Sunday 29 March", "DATE", "2015-03-29"),
            ("St Patrick's Day", "DATE", "2015-03-17"),
            ("6.31pm", "TIME", "2015-03-17T18:31"),
            ("7.58pm", "TIME", "2015-03-31T19:58"),
            ("a fortnight later", "DATE", "2015-03-31"),
        ],
    ),
    # Thursday 2015-04-02 (ISO week 14), Australian regional paper's website, section label,
    # headline, stamp "2 Apr, 2015 05:00 AM" (DATE and TIME, gold_blind103), byline. Easter 2015:
    # "Good Friday" 2015-04-03, "Easter Saturday" (in Australia the Saturday before Easter Sunday)
    # 2015-04-04, "Easter Sunday" 2015-04-05 (twice), "Easter Monday" 2015-04-06; "the long weekend"
    # (twice) Friday to Monday, the ISO weekend of its Saturday, 2015-W14-WE (gold_blind9,
    # gold_blind103). Headline "from midnight" -> the midnight ending today, 2015-04-02T24:00; the
    # body's "from 12.01am tomorrow until 11.59pm on Monday" -> 2015-04-03T00:01, "tomorrow",
    # 2015-04-06T23:59, "Monday". "starts at 6am today" T06:00 and the DATE; "five days" P5D; "one
    # day longer than last year" P1D (the size of a change) and 2014; "Last Easter" one DATE span,
    # Easter Sunday 2014, 2014-04-20 (like "Last Canada Day", gold_blind57); "from
    # this morning" 2015-04-02TMO; "said yesterday" 2015-04-01; "every two hours" SET PT2H; "a
    # 10-hour drive" -> "10-hour" PT10H; "on Tuesday" (past) 2015-03-31; "about every two weeks" SET
    # P2W (modifier kept, gold_blind35); "since mid-2013" 2013 (gold_blind59). Daylight saving ends
    # "at 3am on Sunday" 2015-04-05T03:00 and the DATE, "an hour" PT1H, "to 2am" 2015-04-05T02:00
    # (the same Sunday); "the first time since 2010" -> 2010; "for the first time in six months" P6M
    # (the period of a "first in", gold_blind35). The trading-hours box gives each day's hours on
    # that day (TIMEs on 2015-04-04 and 2015-04-06, "from noon" 2015-04-05T12:00). "Saturday
    # afternoon" (future) 2015-04-04TAF; "Anzac Day, which falls on Saturday 25 April this year" ->
    # "Anzac Day" and "Saturday 25 April this year", one span with its post-posed "this year" (like
    # "May 15 next year" and "January this year", gold_blind94), both 2015-04-25; "Tuesday 21 April"
    # 2015-04-21. Not annotated: "Easter exodus" (a kind of journey, like "Christmas getaway"), "one
    # of the busiest of the year" (a superlative), "Operation Tortoise", "Daylight saving" (the name
    # of a clock regime), "around the clock", "Trading hours", "darker evenings", "the price cycle",
    # "term 2", "14 cents", "148.9 cents a litre", "412 drivers", "two people", "24 degrees", "132
    # 701", "may open" (the verb), "in one go", "the Great Coast Road".
    "easter-double-demerits-daylight-saving": (
        "2015-04-02",
        [
            ("midnight", "TIME", "2015-04-02T24:00"),
            ("2 Apr, 2015", "DATE", "2015-04-02"),
            ("05:00 AM", "TIME", "2015-04-02T05:00"),
            ("12.01am", "TIME", "2015-04-03T00:01"),
            ("tomorrow", "DATE", "2015-04-03"),
            ("11.59pm", "TIME", "2015-04-06T23:59"),
            ("Monday", "DATE", "2015-04-06"),
            ("the long weekend", "DATE", "2015-W14-WE"),
            ("6am", "TIME", "2015-04-02T06:00"),
            ("today", "DATE", "2015-04-02"),
            ("five days", "DURATION", "P5D"),
            ("one day", "DURATION", "P1D"),
            ("last year", "DATE", "2014"),
            ("Last Easter", "DATE", "2014-04-20"),
            ("this morning", "TIME", "2015-04-02TMO"),
            ("yesterday", "DATE", "2015-04-01"),
            ("every two hours", "SET", "PT2H"),
            ("10-hour", "DURATION", "PT10H"),
            ("today", "DATE", "2015-04-02"),
            ("Tuesday", "DATE", "2015-03-31"),
            ("the long weekend", "DATE", "2015-W14-WE"),
            ("about every two weeks", "SET", "P2W"),
            ("mid-2013", "DATE", "2013"),
            ("3am", "TIME", "2015-04-05T03:00"),
            ("Sunday", "DATE", "2015-04-05"),
            ("an hour", "DURATION", "PT1H"),
            ("2am", "TIME", "2015-04-05T02:00"),
            ("2010", "DATE", "2010"),
            ("Easter Sunday", "DATE", "2015-04-05"),
            ("six months", "DURATION", "P6M"),
            ("Good Friday", "DATE", "2015-04-03"),
            ("Easter Saturday", "DATE", "2015-04-04"),
            ("9am", "TIME", "2015-04-04T09:00"),
            ("6pm", "TIME", "2015-04-04T18:00"),
            ("Easter Sunday", "DATE", "2015-04-05"),
            ("noon", "TIME", "2015-04-05T12:00"),
            ("Easter Monday", "DATE", "2015-04-06"),
            ("10am", "TIME", "2015-04-06T10:00"),
            ("4pm", "TIME", "2015-04-06T16:00"),
            ("Saturday afternoon", "TIME", "2015-04-04TAF"),
            ("Anzac Day", "DATE", "2015-04-25"),
            ("Saturday 25 April this year", "DATE", "2015-04-25"),
            ("Tuesday 21 April", "DATE", "2015-04-21"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
