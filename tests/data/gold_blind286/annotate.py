"""Annotations of blind gold set 286, chosen by hand before the tagger ran.

    python tests/data/gold_blind286/annotate.py [--show]

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
    # Tuesday 2013-10-15 (ISO week 42), Scottish university's embargoed press release, "Issued:
    # Tuesday 15 October 2013, 10:00" (a DATE with its weekday and a TIME) and the embargo line
    # "UNDER STRICT EMBARGO UNTIL 23:30 BST TUESDAY 15 OCTOBER 2013": "23:30 BST" TIME
    # 2013-10-15T23:30 and the capitalised date one DATE span (gold_blind73; the label and
    # "UNTIL" stay out; the capitals escape the weekday check, checked by hand with datetime).
    # The DCT is the issue day (gold_blind42, gold_blind73); the paper is "published online
    # tonight" 2013-10-15TNI, the night the embargo lifts. Headline "the first six months" of
    # life DURATION P6M (an ordinal period, gold_blind61, gold_blind73); "followed children for
    # eight years" P8Y. "every two years" SET P2Y; "the past decade" P10Y; "a few days" PXD;
    # "Ten years ago" 2003 (the unit's granularity); "48 hours" PT48H; "since 2010" -> "2010";
    # "April last year" one span 2012-04 (gold_blind13, gold_blind28); "on Friday" (past)
    # 2013-10-11; "later this month" 2013-10; "awarded in 2011 for five years" -> "2011" and
    # P5Y; "next spring" 2014-SP (the spring of 2013 is past in October); "the 2012-13 financial
    # year" of NHS Scotland (April-March) one DATE span FY2013, named by the year it ends
    # (gold_blind21); "in June" 2013-06; the print edition "on Saturday" 2013-10-19 (future).
    # Notes: "Wednesday 16 October" 2013-10-16 with "8am" and "11am" that day; "10:30" and
    # "Thursday" 2013-10-17, two TIMEX3; "twice a year" SET P1Y; "founded in 1967". Not
    # annotated: "before they are six months old", "before they were six months old", "at age
    # seven" (twice), "until the age of eight", "at age 12", "under two", "early infancy"
    # (ages), "since birth" (an event), "vol. 12, no. 4", the citation "2013;12(4):2011-19"
    # (journal year, volume and pages, in a 2013 release), "doi:10.4217/jpph.2013.1015",
    # "01382 496 2013", "07700 900 713", "11,420 children", "22 per cent", "41 per cent",
    # "by about a third", "£1.4 million".
    "inverallan-infant-antibiotics-weight-press-release": (
        "2013-10-15",
        [
            ("Tuesday 15 October 2013", "DATE", "2013-10-15"),
            ("10:00", "TIME", "2013-10-15T10:00"),
            ("23:30 BST", "TIME", "2013-10-15T23:30"),
            ("TUESDAY 15 OCTOBER 2013", "DATE", "2013-10-15"),
            ("the first six months", "DURATION", "P6M"),
            ("eight years", "DURATION", "P8Y"),
            ("tonight", "TIME", "2013-10-15TNI"),
            ("2002", "DATE", "2002"),
            ("2006", "DATE", "2006"),
            ("every two years", "SET", "P2Y"),
            ("the past decade", "DURATION", "P10Y"),
            ("a few days", "DURATION", "PXD"),
            ("Ten years ago", "DATE", "2003"),
            ("48 hours", "DURATION", "PT48H"),
            ("2010", "DATE", "2010"),
            ("April last year", "DATE", "2012-04"),
            ("Friday", "DATE", "2013-10-11"),
            ("later this month", "DATE", "2013-10"),
            ("2011", "DATE", "2011"),
            ("five years", "DURATION", "P5Y"),
            ("next spring", "DATE", "2014-SP"),
            ("2016", "DATE", "2016"),
            ("the 2012-13 financial year", "DATE", "FY2013"),
            ("June", "DATE", "2013-06"),
            ("Saturday", "DATE", "2013-10-19"),
            ("Wednesday 16 October", "DATE", "2013-10-16"),
            ("8am", "TIME", "2013-10-16T08:00"),
            ("11am", "TIME", "2013-10-16T11:00"),
            ("10:30", "TIME", "2013-10-17T10:30"),
            ("Thursday", "DATE", "2013-10-17"),
            ("twice a year", "SET", "P1Y"),
            ("1967", "DATE", "1967"),
        ],
    ),
    # Thursday 2012-05-17 (ISO week 20), Canadian university's news page, section labels,
    # headline, stamp "Thursday, May 17, 2012 – 9:40 a.m." (a DATE with its weekday and a TIME),
    # byline, "KINGSFORD, Ont. —" dateline. Headline "two decades on" -> "two decades" DURATION
    # P20Y, an anchored duration (gold_blind35's "Two Weeks After Quake"); "over the following 20
    # years" P20Y (gold_blind73's "the following four months"). "between 1988 and 1991" two
    # DATEs; "every two years" SET P2Y; "rarely slept more than five hours" PT5H; "published
    # online Wednesday" (past) 2012-05-16; "20-year" P20Y; "1995", "2010", "2010", "2011";
    # "15-minute" PT15M; "decades down the road" -> "decades" PXY; "since 2003"; "Now" and "now"
    # PRESENT_REF; "roughly two years apart" -> "roughly two years" P2Y (the modifier kept);
    # "Earlier this year" 2012; "September" 2012-09 (ahead); "the end of June 2013" 2013-06;
    # "over five years" P5Y; "March 2016". Future weekdays: "at 7 p.m. next Tuesday" 2012-05-22
    # (the Tuesday of next week, also the nearest one ahead) and "7 p.m." that day; "closes
    # Friday" 2012-05-18; "closed Monday for Victoria Day" -> "Monday" and "Victoria Day"
    # 2012-05-21, two DATEs (Victoria Day is the Monday before 25 May; like "Monday is Family
    # Day", gold_blind103). "held every spring" SET XXXX-SP; "This year's" -> "This year" 2012;
    # "Saturday, May 26" with "10 a.m." and "2 p.m." that day. Not annotated: "At the start of
    # the study" and "when they joined" (event-named), "at age 50", "in their early 50s", "50 on
    # average", "79" (ages), "Middle-aged", "midlife", "the last round", "Room 1988",
    # "613-555-2012", "3,812 residents", "612", "40 per cent", "$2.1 million", "the first".
    "halverton-midlife-sleep-memory-study": (
        "2012-05-17",
        [
            ("two decades", "DURATION", "P20Y"),
            ("Thursday, May 17, 2012", "DATE", "2012-05-17"),
            ("9:40 a.m.", "TIME", "2012-05-17T09:40"),
            ("the following 20 years", "DURATION", "P20Y"),
            ("1988", "DATE", "1988"),
            ("1991", "DATE", "1991"),
            ("every two years", "SET", "P2Y"),
            ("more than five hours", "DURATION", "PT5H"),
            ("Wednesday", "DATE", "2012-05-16"),
            ("20-year", "DURATION", "P20Y"),
            ("1995", "DATE", "1995"),
            ("2010", "DATE", "2010"),
            ("15-minute", "DURATION", "PT15M"),
            ("2010", "DATE", "2010"),
            ("2011", "DATE", "2011"),
            ("decades", "DURATION", "PXY"),
            ("2003", "DATE", "2003"),
            ("Now", "DATE", "PRESENT_REF"),
            ("roughly two years", "DURATION", "P2Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("Earlier this year", "DATE", "2012"),
            ("September", "DATE", "2012-09"),
            ("the end of June 2013", "DATE", "2013-06"),
            ("five years", "DURATION", "P5Y"),
            ("March 2016", "DATE", "2016-03"),
            ("7 p.m.", "TIME", "2012-05-22T19:00"),
            ("next Tuesday", "DATE", "2012-05-22"),
            ("Friday", "DATE", "2012-05-18"),
            ("Monday", "DATE", "2012-05-21"),
            ("Victoria Day", "DATE", "2012-05-21"),
            ("every spring", "SET", "XXXX-SP"),
            ("This year", "DATE", "2012"),
            ("Saturday, May 26", "DATE", "2012-05-26"),
            ("10 a.m.", "TIME", "2012-05-26T10:00"),
            ("2 p.m.", "TIME", "2012-05-26T14:00"),
        ],
    ),
    # Monday 2014-09-08 (ISO week 37), Australian metropolitan paper's website health story,
    # section label, headline, stamp "Date: September 8, 2014 - 12:15AM" (DATE and TIME), byline.
    # Headline "to start in January" 2015-01 (the nearest January ahead), like the body's "in
    # January". Trial time points are DURATIONs from the start of treatment (gold_blind73):
    # "after 12 weeks of treatment" and "for 12 weeks" P12W, "the four weeks before treatment"
    # and "the last four weeks of the trial" P4W, "six-month follow-up" P6M, "the first week"
    # P1W, "within two hours of an attack starting" PT2H. "by 2017"; "on Saturday" (past)
    # 2014-09-06; "in November" 2014-11 (ahead); "between March 2012 and October 2013"; "once a
    # day" SET P1D and "a daily headache diary" -> "daily" SET P1D (an adjectival frequency
    # naming a recurrence, gold_blind35); "waited 20 years" P20Y; "the drugs we use today"
    # PRESENT_REF (nowadays, gold_blind10, gold_blind50); "the 1980s" 198; "on Thursday"
    # (future) 2014-09-11; "mid-2012" 2012; "every weekend" SET XXXX-WXX-WE; "For the last two
    # years" P2Y; "late 2015" 2015 and "early 2016" 2016 (gold_blind96); "in 2011"; "on
    # Friday" (past) 2014-09-05; "in May" 2014-05; "the 2014-15 financial year" one DATE span
    # FY2015 (Australia's July-June year, named by the year it ends, gold_blind21) and "July 1"
    # 2014-07-01. Not annotated: "an average of" (gold_blind42), "Phase 2", "Phase 3",
    # "MLX-2013" (a drug code in a story with "October 2013" annotated), "20 mg", "7.4
    # attacks", "3.9", "6.1", "34" (an age), "ASX: KVN", "14 per cent", "6 per cent", "$1.62",
    # "$38 million", "$25 million", "486 adults", "31 clinics", "1,200 patients", "the most
    # common", "the first".
    "kavanagh-migraine-pill-trial-results": (
        "2014-09-08",
        [
            ("January", "DATE", "2015-01"),
            ("September 8, 2014", "DATE", "2014-09-08"),
            ("12:15AM", "TIME", "2014-09-08T00:15"),
            ("12 weeks", "DURATION", "P12W"),
            ("2017", "DATE", "2017"),
            ("Saturday", "DATE", "2014-09-06"),
            ("November", "DATE", "2014-11"),
            ("March 2012", "DATE", "2012-03"),
            ("October 2013", "DATE", "2013-10"),
            ("once a day", "SET", "P1D"),
            ("12 weeks", "DURATION", "P12W"),
            ("daily", "SET", "P1D"),
            ("the four weeks", "DURATION", "P4W"),
            ("the last four weeks", "DURATION", "P4W"),
            ("six-month", "DURATION", "P6M"),
            ("two hours", "DURATION", "PT2H"),
            ("20 years", "DURATION", "P20Y"),
            ("today", "DATE", "PRESENT_REF"),
            ("the 1980s", "DATE", "198"),
            ("the first week", "DURATION", "P1W"),
            ("Thursday", "DATE", "2014-09-11"),
            ("mid-2012", "DATE", "2012"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("the last two years", "DURATION", "P2Y"),
            ("January", "DATE", "2015-01"),
            ("late 2015", "DATE", "2015"),
            ("early 2016", "DATE", "2016"),
            ("2011", "DATE", "2011"),
            ("Friday", "DATE", "2014-09-05"),
            ("May", "DATE", "2014-05"),
            ("the 2014-15 financial year", "DATE", "FY2015"),
            ("July 1", "DATE", "2014-07-01"),
        ],
    ),
    # Friday 2015-08-21 (ISO week 34), US university space lab's media advisory, date line
    # "Friday, Aug. 21, 2015", headline ("Tuesday night launch" -> TIME 2015-08-25TNI),
    # "BOULDER CREEK, Colo. —" dateline, "MEDIA ACCESS" list. The launch "at 10:13 p.m. EDT
    # Tuesday, Aug. 25" -> TIME 2015-08-25T22:13 and the date with its weekday one DATE span;
    # the zone in the span, not in the value (gold_blind96). "a 30-minute window" PT30M; backup
    # days "Wednesday and Thursday" 2015-08-26, 2015-08-27; "Liftoff at 10:13 p.m. EDT would be
    # 0213 UTC Wednesday" -> the local time and its UTC equivalent two TIMEX3 on their own days,
    # 2015-08-25T22:13 and 2015-08-26T02:13, plus "Wednesday" (gold_blind96). Anchored
    # durations alone: "about 11 minutes after liftoff" PT11M, "about an hour after launch" PT1H,
    # "within 90 days of collection" P90D; "once every 95 minutes" SET PT95M (an orbit,
    # gold_blind96); "six years" P6Y; "11-year" P11Y; "April 2014"; "around 2019" (modifier kept)
    # and "2020"; "March 2011"; "in 2014"; "delayed it by 14 months" P14M (size of a delay);
    # "the first two years" P2Y (ordinal period); "fiscal 2016" FY2016 (the federal fiscal year,
    # gold_blind35, gold_blind96); "at least three years" P3Y; "through 2018" -> "2018";
    # "45-day" P45D; "in October" 2015-10; "every two minutes" SET PT2M; "four times a day" SET
    # P1D; "since 1974"; "for 2017". Media list: "1 p.m. EDT Monday, Aug. 24" TIME
    # 2015-08-24T13:00 and DATE; "at noon Saturday" 2015-08-22T12:00 and 2015-08-22 (future);
    # "9:15 p.m. EDT Tuesday" 2015-08-25T21:15; "no earlier than 12:30 a.m. EDT Wednesday"
    # 2015-08-26T00:30 and 2015-08-26 ("no earlier than" a signal); "about two minutes" PT2M;
    # "Aug. 18" 2015-08-18; "last week" 2015-W33. Not annotated: "HELIX-3", "Kestrel XL",
    # "180-kilogram", "540 kilometers", "1.6-meter", "second stage", "upper stage", "the next
    # minimum", "the peak", "www.corwin.edu/helix3", "303-555-2015", "FOR IMMEDIATE RELEASE",
    # "Live coverage", "post-launch", "prelaunch", "originally", "the first images".
    "corwin-helix-3-launch-advisory": (
        "2015-08-21",
        [
            ("Friday, Aug. 21, 2015", "DATE", "2015-08-21"),
            ("Tuesday night", "TIME", "2015-08-25TNI"),
            ("10:13 p.m. EDT", "TIME", "2015-08-25T22:13"),
            ("Tuesday, Aug. 25", "DATE", "2015-08-25"),
            ("30-minute", "DURATION", "PT30M"),
            ("Wednesday", "DATE", "2015-08-26"),
            ("Thursday", "DATE", "2015-08-27"),
            ("10:13 p.m. EDT", "TIME", "2015-08-25T22:13"),
            ("0213 UTC", "TIME", "2015-08-26T02:13"),
            ("Wednesday", "DATE", "2015-08-26"),
            ("about 11 minutes", "DURATION", "PT11M"),
            ("once every 95 minutes", "SET", "PT95M"),
            ("about an hour", "DURATION", "PT1H"),
            ("six years", "DURATION", "P6Y"),
            ("11-year", "DURATION", "P11Y"),
            ("April 2014", "DATE", "2014-04"),
            ("around 2019", "DATE", "2019"),
            ("2020", "DATE", "2020"),
            ("March 2011", "DATE", "2011-03"),
            ("2014", "DATE", "2014"),
            ("14 months", "DURATION", "P14M"),
            ("the first two years", "DURATION", "P2Y"),
            ("fiscal 2016", "DATE", "FY2016"),
            ("at least three years", "DURATION", "P3Y"),
            ("2018", "DATE", "2018"),
            ("45-day", "DURATION", "P45D"),
            ("October", "DATE", "2015-10"),
            ("90 days", "DURATION", "P90D"),
            ("every two minutes", "SET", "PT2M"),
            ("four times a day", "SET", "P1D"),
            ("1974", "DATE", "1974"),
            ("2017", "DATE", "2017"),
            ("1 p.m. EDT", "TIME", "2015-08-24T13:00"),
            ("Monday, Aug. 24", "DATE", "2015-08-24"),
            ("noon", "TIME", "2015-08-22T12:00"),
            ("Saturday", "DATE", "2015-08-22"),
            ("9:15 p.m. EDT", "TIME", "2015-08-25T21:15"),
            ("Tuesday", "DATE", "2015-08-25"),
            ("12:30 a.m. EDT", "TIME", "2015-08-26T00:30"),
            ("Wednesday", "DATE", "2015-08-26"),
            ("about two minutes", "DURATION", "PT2M"),
            ("Aug. 18", "DATE", "2015-08-18"),
            ("last week", "DATE", "2015-W33"),
        ],
    ),
    # Wednesday 2013-01-16 (ISO week 3), New Zealand climate institute's media release on the
    # year 2012, title ("climate summary for 2012" -> "2012"), "Issued: Wednesday 16 January
    # 2013, 11am NZDT" (a DATE with its weekday and a TIME, the zone in the span), key points,
    # contact. "Last year" 2012; "since the national temperature series began in 1880" ->
    # "1880"; "said today" 2013-01-16; "the 1981-2010 average" -> "1981" and "2010", a range at
    # its two ends (gold_blind103); "set in 1998"; "the 133-year series" -> "133-year" P133Y
    # (1880-2012); "since 2000"; "the past decade" P10Y (gold_blind3, gold_blind73). Southern
    # seasons are valued in the year they fall in (gold_blind68, gold_blind88, gold_blind103):
    # "Winter (June to August)" 2012-WI with "June" 2012-06 and "August" 2012-08 at the range's
    # ends, and "in late winter" -> "late winter" 2012-WI (modifier not recorded). "July"
    # 2012-07; "The year's highest" -> "The year" 2012 (the year summarised, possessive without
    # the "'s"); "3.10pm" 2012-02-06T15:10 on "Waitangi Day" (6 February) and "Monday 6
    # February" 2012-02-06 (the past February of the year told; two DATEs like "Monday is
    # Family Day", gold_blind103); "the next day" 2012-02-07; "the end of September" 2012-09;
    # "the lowest in 35 years" P35Y (period of a superlative); "several decades" PXY; "Since the
    # 1950s" 195; "the past 30 years" P30Y; "for February to April" 2013-02, 2013-04 (ahead);
    # "published on Friday" (past) 2013-01-11; "in November" 2012-11; "until at least May"
    # 2013-05; "since 1992"; "publishes ... monthly" SET P1M; "covering January" 2013-01 (the
    # month just past); "Tuesday 5 February" 2013-02-05. Not annotated: "hottest on record",
    # "on record", "the warmest in the record", "Seven of the 10 warmest years" (a count of
    # years), "One warm year" (generic), "seasonal outlook" (an adjective naming a kind,
    # gold_blind103), "El Niño", "13.41C", "0.84C", "13.29C", "1.2C", "1.9C", "38.4C", "16.2C",
    # "1C", "88 per cent", "45 per cent", "www.tci.org.nz/climate/2012-summary", "04 555 1880"
    # (a phone number ending in 1880, beside the annotated "1880"), "the long-term".
    "tasman-climate-summary-2012-warmest": (
        "2013-01-16",
        [
            ("2012", "DATE", "2012"),
            ("Wednesday 16 January 2013", "DATE", "2013-01-16"),
            ("11am NZDT", "TIME", "2013-01-16T11:00"),
            ("Last year", "DATE", "2012"),
            ("1880", "DATE", "1880"),
            ("today", "DATE", "2013-01-16"),
            ("2012", "DATE", "2012"),
            ("1981", "DATE", "1981"),
            ("2010", "DATE", "2010"),
            ("1998", "DATE", "1998"),
            ("133-year", "DURATION", "P133Y"),
            ("2000", "DATE", "2000"),
            ("the past decade", "DURATION", "P10Y"),
            ("Winter", "DATE", "2012-WI"),
            ("June", "DATE", "2012-06"),
            ("August", "DATE", "2012-08"),
            ("July", "DATE", "2012-07"),
            ("2012", "DATE", "2012"),
            ("1973", "DATE", "1973"),
            ("The year", "DATE", "2012"),
            ("3.10pm", "TIME", "2012-02-06T15:10"),
            ("Waitangi Day", "DATE", "2012-02-06"),
            ("Monday 6 February", "DATE", "2012-02-06"),
            ("the next day", "DATE", "2012-02-07"),
            ("the end of September", "DATE", "2012-09"),
            ("35 years", "DURATION", "P35Y"),
            ("several decades", "DURATION", "PXY"),
            ("the 1950s", "DATE", "195"),
            ("the past 30 years", "DURATION", "P30Y"),
            ("February", "DATE", "2013-02"),
            ("April", "DATE", "2013-04"),
            ("Friday", "DATE", "2013-01-11"),
            ("late winter", "DATE", "2012-WI"),
            ("November", "DATE", "2012-11"),
            ("at least May", "DATE", "2013-05"),
            ("1992", "DATE", "1992"),
            ("monthly", "SET", "P1M"),
            ("January", "DATE", "2013-01"),
            ("Tuesday 5 February", "DATE", "2013-02-05"),
        ],
    ),
    # Saturday 2014-03-22 (ISO week 12), English regional paper's heritage story, section
    # label, headline ("in time for Easter" -> Easter Sunday 2014-04-20), byline, date line
    # "Saturday 22 March 2014". "lay in the bed of the River Lenn for about 3,000 years" ->
    # "about 3,000 years" DURATION P3000Y (a length of time, gold_blind92; no value shape for a
    # year BC, so no date is given); "from Saturday 12 April" 2014-04-12; "18 months" P18M. The
    # find: "the afternoon of Sunday 9 September 2012" one TIME span 2012-09-09TAF (gold_blind92),
    # "the next day" 2012-09-10, "that evening" 2012-09-10TEV and "shortly after 11pm"
    # 2012-09-10T23:00 (narrative anchors on the last date told). "last May" 2013-05; "some
    # three centuries before" P300Y (size of a difference); "For three millennia" P3000Y; "we
    # had days, not weeks" -> "days" PXD and "weeks" PXW; "five months" P5M, "eight months" P8M;
    # "over the winter" -> "the winter" 2014-WI (the winter of 2013-14, year of its January,
    # gold_blind10, gold_blind92); "in January" 2014-01; "on Thursday" (past) 2014-03-20;
    # "almost four hours" PT4H; "12th-century" 11 (a century by its first two digits,
    # gold_blind92); "in 2013"; "by the 1150s" 115; "1139", "1538"; "the second century AD" 01
    # (gold_blind92's "the third century AD" 02); "November 2012". Opening hours recur: "daily"
    # SET P1D with "10am" and "4.30pm" XXXX-XX-XXThh:mm, "until 8pm on Thursday evenings" ->
    # "8pm" XXXX-XX-XXT20:00 and SET XXXX-WXX-4TEV (gold_blind92); "the end of October"
    # 2014-10; "Easter Monday" 2014-04-21; "Good Friday" 2014-04-18; "7pm on Wednesday 16
    # April" 2014-04-16T19:00 and the DATE; "Bookings open on Monday" 2014-03-24 (future). Not
    # annotated: "Bronze Age" and "the late Bronze Age" (a named era, gold_blind92), "Roman",
    # "the oldest", "The moment it was exposed", "7.2-metre", "200 metres", "£96,000", "£4.50",
    # "KM 2012.41" (a museum number holding the year of the find), "01522 555 1139" (a phone
    # number ending in 1139, beside the annotated "1139"), "after that", "Heritage Lottery Fund".
    "kelby-bronze-age-log-boat-display": (
        "2014-03-22",
        [
            ("Easter", "DATE", "2014-04-20"),
            ("Saturday 22 March 2014", "DATE", "2014-03-22"),
            ("about 3,000 years", "DURATION", "P3000Y"),
            ("Saturday 12 April", "DATE", "2014-04-12"),
            ("18 months", "DURATION", "P18M"),
            ("the afternoon of Sunday 9 September 2012", "TIME", "2012-09-09TAF"),
            ("the next day", "DATE", "2012-09-10"),
            ("that evening", "TIME", "2012-09-10TEV"),
            ("shortly after 11pm", "TIME", "2012-09-10T23:00"),
            ("last May", "DATE", "2013-05"),
            ("some three centuries", "DURATION", "P300Y"),
            ("three millennia", "DURATION", "P3000Y"),
            ("days", "DURATION", "PXD"),
            ("weeks", "DURATION", "PXW"),
            ("five months", "DURATION", "P5M"),
            ("eight months", "DURATION", "P8M"),
            ("the winter", "DATE", "2014-WI"),
            ("January", "DATE", "2014-01"),
            ("Thursday", "DATE", "2014-03-20"),
            ("almost four hours", "DURATION", "PT4H"),
            ("12th-century", "DATE", "11"),
            ("2013", "DATE", "2013"),
            ("the 1150s", "DATE", "115"),
            ("1139", "DATE", "1139"),
            ("1538", "DATE", "1538"),
            ("the second century AD", "DATE", "01"),
            ("November 2012", "DATE", "2012-11"),
            ("daily", "SET", "P1D"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("4.30pm", "TIME", "XXXX-XX-XXT16:30"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("Thursday evenings", "SET", "XXXX-WXX-4TEV"),
            ("the end of October", "DATE", "2014-10"),
            ("Easter Monday", "DATE", "2014-04-21"),
            ("Good Friday", "DATE", "2014-04-18"),
            ("7pm", "TIME", "2014-04-16T19:00"),
            ("Wednesday 16 April", "DATE", "2014-04-16"),
            ("Monday", "DATE", "2014-03-24"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
