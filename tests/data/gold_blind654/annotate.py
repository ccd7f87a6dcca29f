"""Annotations of the six-hundred-and-fifty-fourth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind654/annotate.py [--show]

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
    # Tuesday 1999-11-23 (ISO week 47), US trade paper's box-office story (Variety style),
    # section label, headline, byline, date line "Tue., Nov. 23, 1999, 11:45am PT" (the dated
    # line one DATE with its abbreviated weekday, the clock time a TIME with the zone in the
    # span, gold_blind43), "HOLLYWOOD --" dateline, chart. Thanksgiving 1999 is the fourth
    # Thursday of November, 1999-11-25. The headline's "weekend before Thanksgiving" is one
    # DATE span, 1999-W46-WE (20-21 November), like "the Wednesday before Thanksgiving"
    # (gold_blind84); "the day before Thanksgiving" likewise one span, 1999-11-24, beside
    # "Wednesday". "the weekend", "The weekend" (possessive, "'s" left out) 1999-W46-WE;
    # "final figures issued Monday" 1999-11-22; "a year ago" 1998 (the unit's granularity);
    # "Friday through Sunday" 1999-11-19 and 1999-11-21; "its opening weekend" the film's first
    # weekend (it opened Friday 12 November), 1999-W45-WE, the possessive kept in the span like
    # "its first week" (gold_blind35); "10-day" P10D; "shot in 71 days" P71D (how long a past
    # task took); "last winter" in November is the winter of 1998-99, 1999-WI (gold_blind103);
    # "Sunday's estimates" 1999-11-21; "Saturday night" 1999-11-20TNI and "after 10 p.m." that
    # night. Ahead: "Wednesday" 1999-11-24 (three times), "Friday" 1999-11-26, "the week's other
    # wide releases" 1999-W47, "the long weekend" (Thanksgiving, Thursday to Sunday) the ISO week
    # of its Saturday, 1999-W47-WE (gold_blind56, gold_blind103), "Christmas" 1999-12-25, "well
    # into January" 2000-01, "Feb. 8" 2000-02-08, "December" 1999-12; "midnight tonight" ->
    # "midnight" 1999-11-23T24:00 and "tonight" 1999-11-23TNI (gold_blind103); "five-day" P5D;
    # the next estimates "at 10 a.m. PT on Sunday" 1999-11-28T10:00 and 1999-11-28, "the next
    # day" 1999-11-29. "Nov. 5" 1999-11-05 and "in 17 days" P17D (5-21 November); "now"
    # PRESENT_REF; "since August" 1999-08; "So far this year" -> "this year" 1999; "the same
    # period of 1998" -> "1998"; "every year" SET P1Y; "since 1992". The chart's "(Nov. 19-21)"
    # -> "Nov. 19" and "21", the hyphen a range mark (gold_blind62). Not annotated: "No. 1",
    # the titles "Uncle Midnight", "Seven Bridges to Laredo", "The 1999 Club" (beside the
    # annotated "1999"), "Sunday at Dunmore Pier" (twice), "a millennium party", "the five-day
    # holiday" beyond "five-day", "for the first time", "1-800-555-1999", "THE TOP FIVE", dollar
    # figures, "2,814 hardtops", screen and site counts, percentages.
    "glass-orchard-weekend-box-office": (
        "1999-11-23",
        [
            ("weekend before Thanksgiving", "DATE", "1999-W46-WE"),
            ("Tue., Nov. 23, 1999", "DATE", "1999-11-23"),
            ("11:45am PT", "TIME", "1999-11-23T11:45"),
            ("the weekend", "DATE", "1999-W46-WE"),
            ("Monday", "DATE", "1999-11-22"),
            ("a year ago", "DATE", "1998"),
            ("Friday", "DATE", "1999-11-19"),
            ("Sunday", "DATE", "1999-11-21"),
            ("its opening weekend", "DATE", "1999-W45-WE"),
            ("10-day", "DURATION", "P10D"),
            ("71 days", "DURATION", "P71D"),
            ("last winter", "DATE", "1999-WI"),
            ("Sunday", "DATE", "1999-11-21"),
            ("Saturday night", "TIME", "1999-11-20TNI"),
            ("10 p.m.", "TIME", "1999-11-20T22:00"),
            ("early October", "DATE", "1999-10"),
            ("Wednesday", "DATE", "1999-11-24"),
            ("the day before Thanksgiving", "DATE", "1999-11-24"),
            ("the week", "DATE", "1999-W47"),
            ("the long weekend", "DATE", "1999-W47-WE"),
            ("Christmas", "DATE", "1999-12-25"),
            ("January", "DATE", "2000-01"),
            ("Nov. 5", "DATE", "1999-11-05"),
            ("now", "DATE", "PRESENT_REF"),
            ("17 days", "DURATION", "P17D"),
            ("Feb. 8", "DATE", "2000-02-08"),
            ("The weekend", "DATE", "1999-W46-WE"),
            ("August", "DATE", "1999-08"),
            ("this year", "DATE", "1999"),
            ("1998", "DATE", "1998"),
            ("1999", "DATE", "1999"),
            ("December", "DATE", "1999-12"),
            ("every year", "SET", "P1Y"),
            ("1992", "DATE", "1992"),
            ("Wednesday", "DATE", "1999-11-24"),
            ("Friday", "DATE", "1999-11-26"),
            ("Wednesday", "DATE", "1999-11-24"),
            ("midnight", "TIME", "1999-11-23T24:00"),
            ("tonight", "TIME", "1999-11-23TNI"),
            ("five-day", "DURATION", "P5D"),
            ("10 a.m. PT", "TIME", "1999-11-28T10:00"),
            ("Sunday", "DATE", "1999-11-28"),
            ("the next day", "DATE", "1999-11-29"),
            ("Nov. 19", "DATE", "1999-11-19"),
            ("21", "DATE", "1999-11-21"),
        ],
    ),
    # Wednesday 1998-05-20 (ISO week 21), AP entertainment wire on TV ratings, headline, byline
    # "AP Television Writer", header line "Wednesday, May 20, 1998" (one DATE, gold_blind34),
    # "NEW YORK (AP) _" dateline; "today" the day of the wire. The finale aired "Thursday night"
    # 1998-05-14TNI "from 9 p.m. to 11 p.m. EDT" (clock times on that night, the zone in the
    # span), after a retrospective that "began at 7:30 p.m." the same evening; Nielsen and CBS
    # "said Tuesday" 1998-05-19 (three times). "the week ended Sunday" is two TIMEX3, "the week"
    # 1998-W20 (the Monday-Sunday ratings week is the ISO week) and "Sunday" 1998-05-17, "ended"
    # a signal (gold_blind33, gold_blind73); the chart's "the week ended May 17" likewise. "the
    # May sweeps" -> "May" 1998-05, the month naming the ratings period like "the January
    # transfer window" (gold_blind24, gold_blind43); "the four-week ratings period that began
    # April 23 and ends today" -> "four-week" P4W, "April 23", "today" 1998-05-20; "the months
    # ahead" PXM, like "the coming months". "the same week last year" one span, the ISO week of
    # the same number a year back, 1997-W20 (gold_blind22, gold_blind62). "the 1997-98 season"
    # -> "1997" and "98" 1998, "season" left out (gold_blind43); "the fall" ahead 1998-FA, "the
    # summer" 1998-SU, "September" 1998-09. New slots: "Saturdays" SET XXXX-WXX-6 at "11 p.m."
    # XXXX-XX-XXT23:00 "starting June 6"; "Wednesdays" XXXX-WXX-3 at "10 p.m." "for six weeks
    # beginning June 17" (gold_blind84's slots). "nearly seven years" P7Y (September 1991 to May
    # 1998), "two more years" P2Y; "two-hour" PT2H, "90-minute" PT90M; "the spring of 1991"
    # 1991-SP; "that evening" after "April 3" 1998-04-03TEV; "twice a week" SET P1W. Not
    # annotated: "Weekly" (headline) and "weekly ratings victory" (an adjective naming the
    # period of a figure, like "its usual monthly total", gold_blind103), "the season finale",
    # "a fifth season", "its Thursday comedy", "its Sunday movie" (weekdays naming a kind of
    # programme, gold_blind84), "late-night", the titles "Ninety Days", "Midnight Garage",
    # "Ward 12", "Friday Night at the Gardens", "Courthouse 9", "a 21.4 rating", "a 34 share",
    # "11.8", "10.9", "9.6", "7.2", "12.4", "980,000", "1 percent", "98 million", the chart's
    # ranks "1." to "5.", viewer counts.
    "harbor-lights-finale-ratings": (
        "1998-05-20",
        [
            ("Wednesday, May 20, 1998", "DATE", "1998-05-20"),
            ("nearly seven years", "DURATION", "P7Y"),
            ("February", "DATE", "1998-02"),
            ("two-hour", "DURATION", "PT2H"),
            ("Thursday night", "TIME", "1998-05-14TNI"),
            ("Tuesday", "DATE", "1998-05-19"),
            ("the week", "DATE", "1998-W20"),
            ("Sunday", "DATE", "1998-05-17"),
            ("9 p.m.", "TIME", "1998-05-14T21:00"),
            ("11 p.m. EDT", "TIME", "1998-05-14T23:00"),
            ("90-minute", "DURATION", "PT90M"),
            ("7:30 p.m.", "TIME", "1998-05-14T19:30"),
            ("September 1991", "DATE", "1991-09"),
            ("Tuesday", "DATE", "1998-05-19"),
            ("this year", "DATE", "1998"),
            ("May", "DATE", "1998-05"),
            ("four-week", "DURATION", "P4W"),
            ("April 23", "DATE", "1998-04-23"),
            ("today", "DATE", "1998-05-20"),
            ("the months ahead", "DURATION", "PXM"),
            ("the same week last year", "DATE", "1997-W20"),
            ("the fall", "DATE", "1998-FA"),
            ("1997", "DATE", "1997"),
            ("98", "DATE", "1998"),
            ("the summer", "DATE", "1998-SU"),
            ("Tuesday", "DATE", "1998-05-19"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("11 p.m.", "TIME", "XXXX-XX-XXT23:00"),
            ("June 6", "DATE", "1998-06-06"),
            ("Wednesdays", "SET", "XXXX-WXX-3"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("six weeks", "DURATION", "P6W"),
            ("June 17", "DATE", "1998-06-17"),
            ("two more years", "DURATION", "P2Y"),
            ("April 3", "DATE", "1998-04-03"),
            ("the spring of 1991", "DATE", "1991-SP"),
            ("that evening", "TIME", "1998-04-03TEV"),
            ("twice a week", "SET", "P1W"),
            ("September", "DATE", "1998-09"),
            ("the week", "DATE", "1998-W20"),
            ("May 17", "DATE", "1998-05-17"),
        ],
    ),
    # Monday 2000-03-06 (ISO week 10), Canadian paper's awards-night story, section label,
    # headline, deck ("Sunday night's gala ... after nine years"), byline, date line "Monday,
    # March 6, 2000", "PORT ELGAR, Ont. —" dateline. A Monday paper: "last night" and "Sunday
    # night" are 2000-03-05TNI, "yesterday afternoon" 2000-03-05TAF, "Sunday's show" 2000-03-05,
    # "tomorrow" Tuesday 2000-03-07, "at 10 a.m. today" 2000-03-06T10:00 and 2000-03-06. The
    # clock times of the show ("at 8 p.m. ET", "at 10:40 p.m.", "just after 11:20 p.m.", "at 3
    # p.m." of the results' delivery) are on Sunday 2000-03-05, the day their sentences tell.
    # Past weekdays: "since Friday" 2000-03-03, "Friday night" 2000-03-03TNI, "Saturday morning"
    # 2000-03-04TMO, the conference "ended Saturday" 2000-03-04; ahead, "on tour Thursday"
    # 2000-03-09. "29th annual" -> "annual" SET P1Y (gold_blind91's "annual awards night"), the
    # ordinal an edition and not annotated. "in nine years" (deck and body) P9Y, the period of a
    # "first in" (gold_blind43); the quoted "Nine years is a long time" the same DURATION;
    # "ran 25 minutes past its scheduled end" PT25M (the size of an overrun, gold_blind43);
    # "minute-long" PT1M; "three-hour" PT3H; "two-day" P2D; "in a month" P1M; "after 25 years in
    # Toronto" P25Y. "last fall" in March 2000 is 1999-FA; "October" (a debut) 1999-10; "April
    # 14" 2000-04-14; "Jan. 10" and "Feb. 11" 2000; "April 1999"; "every two years" SET P2Y;
    # "the 1970s" 197; "last year" 1999; "Next year" 2001 and "March 4, 2001". Not annotated:
    # "the Quarter Hours" (a band) and "Late March" (a band, beside the annotated March dates),
    # "album of the year", "Best new group", "the lifetime achievement award", "29th", "23-year-
    # old", "61", "for the first time", "ever since", "22-city", "410,000", "1,400", "1.4
    # million", "30 per cent", "1-888-555-2000", "cadenceawards.ca/2001" (a 2000 story, beside
    # the annotated "March 4, 2001"), "Winter Roads" (an album).
    "cadence-awards-lindqvist-sweep": (
        "2000-03-06",
        [
            ("Sunday night", "TIME", "2000-03-05TNI"),
            ("nine years", "DURATION", "P9Y"),
            ("Monday, March 6, 2000", "DATE", "2000-03-06"),
            ("Friday", "DATE", "2000-03-03"),
            ("last night", "TIME", "2000-03-05TNI"),
            ("annual", "SET", "P1Y"),
            ("April 1999", "DATE", "1999-04"),
            ("Saturday morning", "TIME", "2000-03-04TMO"),
            ("Friday night", "TIME", "2000-03-03TNI"),
            ("Thursday", "DATE", "2000-03-09"),
            ("11:20 p.m.", "TIME", "2000-03-05T23:20"),
            ("a month", "DURATION", "P1M"),
            ("three-hour", "DURATION", "PT3H"),
            ("8 p.m. ET", "TIME", "2000-03-05T20:00"),
            ("25 minutes", "DURATION", "PT25M"),
            ("10:40 p.m.", "TIME", "2000-03-05T22:40"),
            ("1991", "DATE", "1991"),
            ("nine years", "DURATION", "P9Y"),
            ("minute-long", "DURATION", "PT1M"),
            ("last fall", "DATE", "1999-FA"),
            ("April 14", "DATE", "2000-04-14"),
            ("Nine years", "DURATION", "P9Y"),
            ("October", "DATE", "1999-10"),
            ("every two years", "SET", "P2Y"),
            ("1963", "DATE", "1963"),
            ("the 1970s", "DATE", "197"),
            ("1972", "DATE", "1972"),
            ("1997", "DATE", "1997"),
            ("25 years", "DURATION", "P25Y"),
            ("Jan. 10", "DATE", "2000-01-10"),
            ("Feb. 11", "DATE", "2000-02-11"),
            ("yesterday afternoon", "TIME", "2000-03-05TAF"),
            ("3 p.m.", "TIME", "2000-03-05T15:00"),
            ("last year", "DATE", "1999"),
            ("Sunday", "DATE", "2000-03-05"),
            ("tomorrow", "DATE", "2000-03-07"),
            ("two-day", "DURATION", "P2D"),
            ("Saturday", "DATE", "2000-03-04"),
            ("Next year", "DATE", "2001"),
            ("March 4, 2001", "DATE", "2001-03-04"),
            ("10 a.m.", "TIME", "2000-03-06T10:00"),
            ("today", "DATE", "2000-03-06"),
        ],
    ),
    # Thursday 2000-07-13 (ISO week 28), British tabloid website's showbiz court story, section
    # label, headline in capitals ("BANNED FOR 18 MONTHS"), standfirst, byline, stamp "Last
    # updated: 14:05 BST Thursday 13 July 2000" (the TIME and the dated DATE with its weekday,
    # gold_blind72's "09:40 Sunday 13 April 2014"), no dateline; "today" and "this afternoon"
    # the publication day. "18 MONTHS" (capitals) and "18 months" P18M; "until January 2002"
    # 2002-01, the end of the ban. The stop "at 2.40am on Sunday 9 April" 2000-04-09T02:40 and
    # 2000-04-09; the standfirst's "2am champagne binge" -> "2am" 2000-04-09T02:00, a clock time
    # in attributive position like "a 12:45 kick-off" (gold_blind43); "hours after a charity
    # gala" PTXH (gold_blind43); "that evening" the Saturday, 2000-04-08TEV, and Foyle's "that
    # night" the night of 8-9 April, dated by the evening it begins on, 2000-04-08TNI
    # (gold_blind21, gold_blind103). "12-week" P12W; "before the end of the year" -> "the end
    # of the year" 2000, the year's value (gold_blind35); "4 May" and "15 June" 2000; "from
    # Monday" 2000-07-17; "by 6am six days a week" -> "6am" XXXX-XX-XXT06:00 and "six days a
    # week" SET P1W (gold_blind46, gold_blind84); "1 September" 2000-09-01; "for the summer"
    # 2000-SU; "in five years" P5Y (the period of an ordinal count, gold_blind43); "March
    # 1997"; "two-year" P2Y; "last month" 2000-06; "for six weeks from the end of the month" ->
    # P6W and 2000-07; "Friday 28 July" 2000-07-28; "the autumn" 2000-FA; "in May" 2000-05;
    # "four nights a week" SET P1W at "7.30pm" XXXX-XX-XXT19:30; "on Tuesday" 2000-07-11; the
    # related link's "1999 in pictures" -> "1999". Not annotated: "Porsche 911", "the A40",
    # "34-year-old", "29", "71 microgrammes", "100 millilitres", "35", "twice over the limit",
    # "£60,000", "£2,500", "£55", "cut by a quarter" (a fraction of the ban, not a quarter of a
    # year), "the second time", "the Sunday Planet" (a newspaper), "since 1994" -> only "1994",
    # "13.2 million", "0207 555 2000", "showbiz@dailyflash.co.uk".
    "soap-star-foyle-driving-ban": (
        "2000-07-13",
        [
            ("18 MONTHS", "DURATION", "P18M"),
            ("2am", "TIME", "2000-04-09T02:00"),
            ("14:05 BST", "TIME", "2000-07-13T14:05"),
            ("Thursday 13 July 2000", "DATE", "2000-07-13"),
            ("18 months", "DURATION", "P18M"),
            ("today", "DATE", "2000-07-13"),
            ("January 2002", "DATE", "2002-01"),
            ("1994", "DATE", "1994"),
            ("2.40am", "TIME", "2000-04-09T02:40"),
            ("Sunday 9 April", "DATE", "2000-04-09"),
            ("hours", "DURATION", "PTXH"),
            ("that evening", "TIME", "2000-04-08TEV"),
            ("12-week", "DURATION", "P12W"),
            ("the end of the year", "DATE", "2000"),
            ("4 May", "DATE", "2000-05-04"),
            ("15 June", "DATE", "2000-06-15"),
            ("this afternoon", "TIME", "2000-07-13TAF"),
            ("that night", "TIME", "2000-04-08TNI"),
            ("Monday", "DATE", "2000-07-17"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("six days a week", "SET", "P1W"),
            ("1 September", "DATE", "2000-09-01"),
            ("the summer", "DATE", "2000-SU"),
            ("five years", "DURATION", "P5Y"),
            ("March 1997", "DATE", "1997-03"),
            ("two-year", "DURATION", "P2Y"),
            ("last month", "DATE", "2000-06"),
            ("six weeks", "DURATION", "P6W"),
            ("the end of the month", "DATE", "2000-07"),
            ("Friday 28 July", "DATE", "2000-07-28"),
            ("the autumn", "DATE", "2000-FA"),
            ("May", "DATE", "2000-05"),
            ("four nights a week", "SET", "P1W"),
            ("7.30pm", "TIME", "XXXX-XX-XXT19:30"),
            ("Tuesday", "DATE", "2000-07-11"),
            ("1999", "DATE", "1999"),
        ],
    ),
    # Friday 2000-08-11 (ISO week 32), Indian paper's film page on a release day, section label,
    # headline, byline "By Our Film Correspondent", date line "Friday, August 11, 2000",
    # "MUMBAI:" dateline; "today" (headline, lead, the cinema's shows) the release day.
    # Independence Day is 15 August, a Tuesday in 2000: "from Friday to Independence Day on
    # Tuesday" -> "Friday" 2000-08-11 (the publication day itself), "Independence Day" and
    # "Tuesday" 2000-08-15, two DATEs for one day like "Monday is Family Day" (gold_blind103);
    # the headline's "five-day bonanza" -> "five-day" P5D (11-15 August); "the long stretch"
    # is left out (vague, its days given by the dates beside it). "on Monday last" (Indian
    # English) the most recent Monday, 2000-08-07, "Monday last" one span (gold_blind9,
    # gold_blind49); "Wednesday evening" 2000-08-09TEV; "all shows up to Sunday" 2000-08-13;
    # "by Tuesday night" 2000-08-15TNI; "told this paper on Thursday" 2000-08-10; "Last Friday"
    # 2000-08-04; "fell sharply on Monday" 2000-08-07; "through Tuesday" 2000-08-15; the trade
    # papers' figures "on Monday" 2000-08-14. "the first three days" P3D and "its first week"
    # P1W (ordinal periods of an event, gold_blind62); "158-minute" PT158M; "shot over 94 days"
    # P94D; "between October 1998 and July 1999"; "November last year" one span 1999-11 (like
    # "September last year", gold_blind18); "held it up by nine months" P9M (the size of a
    # delay); "1986 hit" -> "1986"; "ran for 50 weeks" P50W; "For a year" -> "a year" P1Y;
    # "June 22" and "the next day" 2000-06-23 (gold_blind32, gold_blind84); "of 2000"; "July
    # 28"; the first show "at 9.30 am" 2000-08-11T09:30, the last "at 10.45 pm"
    # 2000-08-11T22:45; "five shows daily" SET P1D; "in 1999"; "since March" 2000-03; "August
    # 18" and "a week after India" P1W (anchored); "August 25" and "a fortnight after release"
    # P2W (gold_blind22); "at least 10 weeks" P10W (the modifier kept, gold_blind35); "by the
    # end of the month" 2000-08. Not annotated: the titles "Dil Ki Dhoop", "Barish Ke Baad" and
    # "Zeher 2000" (beside the annotated "2000"), "Rs 6 crore", "Rs 9 crore", "Rs 2.1 crore",
    # "Rs 20 crore", "Rs 75", "18 lakh", "U/A", "310 cinemas", "two cuts", "36", "60 prints",
    # "housefull", "so far", "the second-biggest", "ordinary days", "a difficult run".
    "dil-ki-dhoop-release-day": (
        "2000-08-11",
        [
            ("today", "DATE", "2000-08-11"),
            ("five-day", "DURATION", "P5D"),
            ("Friday, August 11, 2000", "DATE", "2000-08-11"),
            ("today", "DATE", "2000-08-11"),
            ("Friday", "DATE", "2000-08-11"),
            ("Independence Day", "DATE", "2000-08-15"),
            ("Tuesday", "DATE", "2000-08-15"),
            ("this year", "DATE", "2000"),
            ("Monday last", "DATE", "2000-08-07"),
            ("Wednesday evening", "TIME", "2000-08-09TEV"),
            ("Sunday", "DATE", "2000-08-13"),
            ("the first three days", "DURATION", "P3D"),
            ("Tuesday night", "TIME", "2000-08-15TNI"),
            ("158-minute", "DURATION", "PT158M"),
            ("94 days", "DURATION", "P94D"),
            ("October 1998", "DATE", "1998-10"),
            ("July 1999", "DATE", "1999-07"),
            ("November last year", "DATE", "1999-11"),
            ("nine months", "DURATION", "P9M"),
            ("1986", "DATE", "1986"),
            ("50 weeks", "DURATION", "P50W"),
            ("a year", "DURATION", "P1Y"),
            ("Thursday", "DATE", "2000-08-10"),
            ("June 22", "DATE", "2000-06-22"),
            ("the next day", "DATE", "2000-06-23"),
            ("2000", "DATE", "2000"),
            ("July 28", "DATE", "2000-07-28"),
            ("Last Friday", "DATE", "2000-08-04"),
            ("its first week", "DURATION", "P1W"),
            ("Monday", "DATE", "2000-08-07"),
            ("today", "DATE", "2000-08-11"),
            ("9.30 am", "TIME", "2000-08-11T09:30"),
            ("10.45 pm", "TIME", "2000-08-11T22:45"),
            ("daily", "SET", "P1D"),
            ("Tuesday", "DATE", "2000-08-15"),
            ("1999", "DATE", "1999"),
            ("March", "DATE", "2000-03"),
            ("August 18", "DATE", "2000-08-18"),
            ("a week", "DURATION", "P1W"),
            ("August 25", "DATE", "2000-08-25"),
            ("a fortnight", "DURATION", "P2W"),
            ("Monday", "DATE", "2000-08-14"),
            ("at least 10 weeks", "DURATION", "P10W"),
            ("the end of the month", "DATE", "2000-08"),
        ],
    ),
    # Saturday 1999-01-16 (ISO week 2), US music trade weekly's chart column, masthead, date
    # line "Saturday, January 16, 1999", column label, headline, byline, no dateline. "in the
    # week ended Jan. 10" -> "the week" 1999-W01 (the Monday-Sunday sales week, 4-10 January, is
    # the ISO week) and "Jan. 10" 1999-01-10, "ended" a signal (gold_blind33); "the previous
    # week" (twice) the week before it, 1998-W53 (28 December-3 January; 1998 has 53 ISO
    # weeks); "the seven days to Sunday" -> "the seven days" P7D and "Sunday" 1999-01-10
    # (gold_blind93). "since its release Nov. 17" 1998-11-17 (a Tuesday, the US release day) and
    # "in eight weeks" P8W; "now" PRESENT_REF twice; "Feb. 19", "March 12 and 13" -> "March 12"
    # and "13" 1999-03-13 (gold_blind62's bare day in a range); "Jan. 5" (twice, the release and
    # the nominations) 1999-01-05; "a week later than planned" P1W (the size of a delay);
    # "spent two years making the album" P2Y; "this spring" ahead in January 1999-SP; "late
    # October" 1998-10; "11 weeks" P11W; "since 1996"; "every Saturday night in February" ->
    # SET XXXX-WXX-6TNI and "February" 1999-02; "The 1971 album" -> "1971"; "28 years after its
    # release" P28Y (anchored); "the New Year's Day football games" -> "New Year's Day"
    # 1999-01-01, an attributive holiday naming the day the games were played (gold_blind84);
    # "next week" 1999-W03 with "hits stores Tuesday" 1999-01-19; "by Thursday night"
    # 1999-01-14TNI; "Feb. 24 at 8 p.m. ET"; "In 1998", "from 1997", "since 1991"; "compiled
    # weekly" SET P1W. Not annotated: "The Weekly Newspaper of the Music Business" (a masthead
    # adjective), "post-holiday", "a holiday compilation", "No. 1", "No. 4", "No. 161", "9-6"
    # (chart positions), "three times", "Top 200", the titles "Seventeen Candles", "Midnight Is
    # Mine", "Four Minutes to Sunday" (beside the annotated "Sunday"), "Tuesday Girl" (beside
    # the annotated "Tuesday"), "Harvest of Hours", "Late Shift", "40-date", "47", "26",
    # "142,000", "229,000", "10.2 million", "2.9 million", "88,000", "2,410", "600,000", "711
    # million", "14,000", "38%", "41%", "5%", "1-900-555-1999", "soundline.com/charts/1999/02".
    "seventeen-candles-chart-beat": (
        "1999-01-16",
        [
            ("Saturday, January 16, 1999", "DATE", "1999-01-16"),
            ("the week", "DATE", "1999-W01"),
            ("Jan. 10", "DATE", "1999-01-10"),
            ("the previous week", "DATE", "1998-W53"),
            ("the previous week", "DATE", "1998-W53"),
            ("now", "DATE", "PRESENT_REF"),
            ("Nov. 17", "DATE", "1998-11-17"),
            ("eight weeks", "DURATION", "P8W"),
            ("Feb. 19", "DATE", "1999-02-19"),
            ("March 12", "DATE", "1999-03-12"),
            ("13", "DATE", "1999-03-13"),
            ("Jan. 5", "DATE", "1999-01-05"),
            ("a week", "DURATION", "P1W"),
            ("two years", "DURATION", "P2Y"),
            ("this spring", "DATE", "1999-SP"),
            ("late October", "DATE", "1998-10"),
            ("now", "DATE", "PRESENT_REF"),
            ("11 weeks", "DURATION", "P11W"),
            ("1996", "DATE", "1996"),
            ("the seven days", "DURATION", "P7D"),
            ("Sunday", "DATE", "1999-01-10"),
            ("every Saturday night", "SET", "XXXX-WXX-6TNI"),
            ("February", "DATE", "1999-02"),
            ("1971", "DATE", "1971"),
            ("28 years", "DURATION", "P28Y"),
            ("New Year's Day", "DATE", "1999-01-01"),
            ("next week", "DATE", "1999-W03"),
            ("Tuesday", "DATE", "1999-01-19"),
            ("Thursday night", "TIME", "1999-01-14TNI"),
            ("Jan. 5", "DATE", "1999-01-05"),
            ("Feb. 24", "DATE", "1999-02-24"),
            ("8 p.m. ET", "TIME", "1999-02-24T20:00"),
            ("1998", "DATE", "1998"),
            ("1997", "DATE", "1997"),
            ("1991", "DATE", "1991"),
            ("weekly", "SET", "P1W"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
