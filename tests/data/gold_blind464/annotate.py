"""Annotations of the blind gold set 464, chosen by hand before the tagger ran.

    python tests/data/gold_blind464/annotate.py [--show]

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
    # Thursday 2013-10-17 (ISO week 42), US metro paper's website, day-by-day trial story:
    # section label, headline, deck, byline, stamps "Posted Oct. 17, 2013 at 6:48 PM" and
    # "Updated ... at 9:05 PM" (a DATE and a TIME each, gold_blind56, gold_blind103), "ELDON
    # CITY —" dateline. "now in its second week" -> "its second week" DURATION P2W, the
    # possessive kept, like "in its fourth week" (gold_blind35). The killing: "the night of
    # March 9, 2012" one TIME span 2012-03-09TNI (gold_blind52); "that Friday" 2012-03-09 and
    # "about 8:30 p.m." that day; "1:42 a.m. that Saturday" 2012-03-10T01:42 and 2012-03-10 (a
    # narrative anchor, like "that Saturday" in gold_blind52); "the next morning" after that
    # night 2012-03-10TMO, "around 7 a.m." then (the approximator kept, like "about"), "slept
    # until the afternoon" -> "the afternoon" 2012-03-10TAF. The trial: "Thursday" is the
    # publication day, "Thursday afternoon" and "Thursday morning" its parts; "Last week"
    # 2013-W41; future "Friday" 2013-10-18 (the court "would not sit"), "9 a.m. Monday"
    # 2013-10-21T09:00 and the DATE, "Monday afternoon" 2013-10-21TAF, the headline's "Monday"
    # the same day; "Oct. 8" 2013-10-08 past, "Oct. 25" 2013-10-25 ahead. "last November" in
    # October 2013 is 2012-11. The court's hours "from 9 a.m. to about 4:30 p.m. each day" ->
    # two TIMEs XXXX-XX-XXThh:mm and the SET "each day" P1D (gold_blind52, gold_blind66).
    # "15 years to life" -> "15 years" P15Y (gold_blind52); "more than 18 months" P18M; "I've
    # waited 19 months" P19M; "one more week" DURATION P1W; "every day" SET P1D. Not annotated:
    # "27", "31", "24" (ages), "the 19 witnesses", "twice", "three times", "911", ".380-caliber",
    # "Exhibit 212", "Courtroom 1012", "eldoncourier.com/2013/halvorsen-trial" (a year in a
    # web address), "life", "the shots", "openings", "the front row".
    "halvorsen-trial-roommate-testifies": (
        "2013-10-17",
        [
            ("Monday", "DATE", "2013-10-21"),
            ("its second week", "DURATION", "P2W"),
            ("Oct. 17, 2013", "DATE", "2013-10-17"),
            ("6:48 PM", "TIME", "2013-10-17T18:48"),
            ("Oct. 17, 2013", "DATE", "2013-10-17"),
            ("9:05 PM", "TIME", "2013-10-17T21:05"),
            ("Thursday", "DATE", "2013-10-17"),
            ("the night of March 9, 2012", "TIME", "2012-03-09TNI"),
            ("the next morning", "TIME", "2012-03-10TMO"),
            ("about three hours", "DURATION", "PT3H"),
            ("Oct. 8", "DATE", "2013-10-08"),
            ("about 8:30 p.m.", "TIME", "2012-03-09T20:30"),
            ("that Friday", "DATE", "2012-03-09"),
            ("1:42 a.m.", "TIME", "2012-03-10T01:42"),
            ("that Saturday", "DATE", "2012-03-10"),
            ("around 7 a.m.", "TIME", "2012-03-10T07:00"),
            ("the afternoon", "TIME", "2012-03-10TAF"),
            ("more than an hour", "DURATION", "PT1H"),
            ("Thursday afternoon", "TIME", "2013-10-17TAF"),
            ("11 days", "DURATION", "P11D"),
            ("March 20, 2012", "DATE", "2012-03-20"),
            ("January 2012", "DATE", "2012-01"),
            ("May 2013", "DATE", "2013-05"),
            ("Thursday morning", "TIME", "2013-10-17TMO"),
            ("April 2, 2012", "DATE", "2012-04-02"),
            ("last November", "DATE", "2012-11"),
            ("Last week", "DATE", "2013-W41"),
            ("about four minutes", "DURATION", "PT4M"),
            ("Thursday", "DATE", "2013-10-17"),
            ("Friday", "DATE", "2013-10-18"),
            ("9 a.m.", "TIME", "2013-10-21T09:00"),
            ("Monday", "DATE", "2013-10-21"),
            ("Monday afternoon", "TIME", "2013-10-21TAF"),
            ("about three days", "DURATION", "P3D"),
            ("Oct. 25", "DATE", "2013-10-25"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("about 4:30 p.m.", "TIME", "XXXX-XX-XXT16:30"),
            ("each day", "SET", "P1D"),
            ("15 years", "DURATION", "P15Y"),
            ("more than 18 months", "DURATION", "P18M"),
            ("March 23, 2012", "DATE", "2012-03-23"),
            ("every day", "SET", "P1D"),
            ("19 months", "DURATION", "P19M"),
            ("one more week", "DURATION", "P1W"),
        ],
    ),
    # Friday 2014-01-10 (ISO week 2), AP story on a newspaper website: headline, stamp
    # "Published 4:37 pm, Friday, January 10, 2014" (a TIME and one DATE span with its
    # weekday), byline, "ASHFORD FALLS, Maine (AP) —" dateline. "sentenced Friday" is the
    # publication day. The sentence "12 years in prison, with all but eight years suspended,
    # followed by four years of probation" -> three DURATIONs (gold_blind52); the headline's
    # "12 years" likewise; "asked for 20 years" P20Y. "shortly before 11 p.m. on Christmas Eve
    # 2012" -> "11 p.m." 2012-12-24T23:00 ("shortly before" a signal, gold_blind52) and
    # "Christmas Eve 2012" one DATE span 2012-12-24 (a holiday with its year, gold_blind10).
    # "pleaded guilty in October" 2013-10 (past, nearest); "Every day since Dec. 24, 2012" a SET
    # P1D and a DATE (gold_blind52); "Every Sunday" XXXX-WXX-7; "that night" the crash's night
    # 2012-12-24TNI; "the morning of Dec. 25, 2012" one TIME span (gold_blind52, gold_blind69);
    # "nearly 13 months" P13M; "as early as 2019" -> "2019" ("as early as" a signal); "the end of
    # 2015" DATE 2015 (gold_blind35); "next week" 2014-W03; "last month" 2013-12; "in May" the
    # coming May 2014-05; "Friday afternoon" 2014-01-10TAF and the lawyer's quoted "this
    # morning" the same day's morning 2014-01-10TMO; "10 years" P10Y; "the third deadly
    # wrong-way crash in Maine in two years" -> "two years" P2Y (the period of an ordinal count,
    # gold_blind52). Not annotated: "12 to serve" and "the defense sought five" (bare numbers,
    # elliptical, no unit in the text), "With good time" (sentence credit, not a time),
    # "revoked for life", "constantly", "Interstate 295", "Exit 48", "0.19 percent", "about 3
    # miles", "19-year-old", "46", "turned 20" (ages), "$2,500", "$11,400", "14 ramps", "30
    # more", "41 wrong-way incidents", "the first award", "four places".
    "ruehl-wrong-way-crash-sentencing": (
        "2014-01-10",
        [
            ("12 years", "DURATION", "P12Y"),
            ("4:37 pm", "TIME", "2014-01-10T16:37"),
            ("Friday, January 10, 2014", "DATE", "2014-01-10"),
            ("Friday", "DATE", "2014-01-10"),
            ("12 years", "DURATION", "P12Y"),
            ("eight years", "DURATION", "P8Y"),
            ("four years", "DURATION", "P4Y"),
            ("nearly four hours", "DURATION", "PT4H"),
            ("October", "DATE", "2013-10"),
            ("11 p.m.", "TIME", "2012-12-24T23:00"),
            ("Christmas Eve 2012", "DATE", "2012-12-24"),
            ("about two hours", "DURATION", "PT2H"),
            ("20 years", "DURATION", "P20Y"),
            ("Every day", "SET", "P1D"),
            ("Dec. 24, 2012", "DATE", "2012-12-24"),
            ("Every Sunday", "SET", "XXXX-WXX-7"),
            ("Jan. 3, 2013", "DATE", "2013-01-03"),
            ("2003", "DATE", "2003"),
            ("2008", "DATE", "2008"),
            ("that night", "TIME", "2012-12-24TNI"),
            ("nearly 13 months", "DURATION", "P13M"),
            ("the morning of Dec. 25, 2012", "TIME", "2012-12-25TMO"),
            ("2019", "DATE", "2019"),
            ("about five hours", "DURATION", "PT5H"),
            ("the end of 2015", "DATE", "2015"),
            ("next week", "DATE", "2014-W03"),
            ("last month", "DATE", "2013-12"),
            ("June 2012", "DATE", "2012-06"),
            ("May", "DATE", "2014-05"),
            ("Friday afternoon", "TIME", "2014-01-10TAF"),
            ("this morning", "TIME", "2014-01-10TMO"),
            ("10 years", "DURATION", "P10Y"),
            ("two years", "DURATION", "P2Y"),
            ("2013", "DATE", "2013"),
        ],
    ),
    # Tuesday 2015-06-23 (ISO week 26), legal-news wire: section label, headline, byline,
    # stamp "June 23, 2015 2:48 PM CDT" (a DATE and a TIME, the zone in the span), "ST. PAUL,
    # Minn. (BBW) —" dateline. "on Tuesday", "Tuesday's opinion", "said Tuesday" are the
    # publication day; "Tuesday afternoon" 2015-06-23TAF. "a 2011 shooting" adjectival year
    # DATE 2011 (gold_blind52); "the night of Nov. 4, 2011" one TIME span; "five days after the
    # shooting" DURATION P5D (an anchored duration, gold_blind52); "eight days", "about five
    # hours", "two days" DURATIONs; "Sept. 21, 2012" (verdict), "about 9 a.m. on Sept. 10, 2012"
    # TIME 2012-09-10T09:00 and the DATE; "the afternoon of Sept. 11" one TIME span
    # 2012-09-11TAF (like "the morning of 12 June", gold_blind52). The justices' hypothetical
    # lengths "for an hour" (twice) PT1H and "for a month" P1M are DURATIONs like any length
    # of time (see README); "nearly two days" P2D. "Jan. 13" the past January 2015-01-13; "the
    # third time in the past decade" -> "the past decade" P10Y (gold_blind35, gold_blind52);
    # "the second since 2012" -> "2012"; "10 days" P10D; "as early as this fall" -> "this
    # fall" 2015-FA (signal left out, gold_blind52); "since October 2012"; "July 14"
    # 2015-07-14 ahead; "since 1998"; "last year" 2014; "Thanksgiving Day 2011" one DATE span
    # 2011-11-24 (fourth Thursday of November); "Now" PRESENT_REF; "spent years in prison"
    # DURATION PXY (gold_blind52's "years of calculated lies"). Not annotated: "life without
    # parole", "5-2", "34", "22" (ages), "first-degree", "the 12th juror", "two alternates",
    # "at the time" (gold_blind69), "for the first time", "No. A13-1904" (a case number holding
    # 13), "34-page", "Rule 26.03", "the Sixth Amendment", "612-555-1998" (a phone number
    # beside "since 1998").
    "redding-closed-courtroom-new-trial": (
        "2015-06-23",
        [
            ("June 23, 2015", "DATE", "2015-06-23"),
            ("2:48 PM CDT", "TIME", "2015-06-23T14:48"),
            ("Tuesday", "DATE", "2015-06-23"),
            ("2011", "DATE", "2011"),
            ("September 2012", "DATE", "2012-09"),
            ("the night of Nov. 4, 2011", "TIME", "2011-11-04TNI"),
            ("five days", "DURATION", "P5D"),
            ("eight days", "DURATION", "P8D"),
            ("about five hours", "DURATION", "PT5H"),
            ("Sept. 21, 2012", "DATE", "2012-09-21"),
            ("two days", "DURATION", "P2D"),
            ("Tuesday", "DATE", "2015-06-23"),
            ("about 9 a.m.", "TIME", "2012-09-10T09:00"),
            ("Sept. 10, 2012", "DATE", "2012-09-10"),
            ("the afternoon of Sept. 11", "TIME", "2012-09-11TAF"),
            ("nearly two days", "DURATION", "P2D"),
            ("an hour", "DURATION", "PT1H"),
            ("an hour", "DURATION", "PT1H"),
            ("a month", "DURATION", "P1M"),
            ("2013", "DATE", "2013"),
            ("April 2014", "DATE", "2014-04"),
            ("Jan. 13", "DATE", "2015-01-13"),
            ("the past decade", "DURATION", "P10Y"),
            ("2012", "DATE", "2012"),
            ("10 days", "DURATION", "P10D"),
            ("Tuesday", "DATE", "2015-06-23"),
            ("this fall", "DATE", "2015-FA"),
            ("October 2012", "DATE", "2012-10"),
            ("July 14", "DATE", "2015-07-14"),
            ("1998", "DATE", "1998"),
            ("last year", "DATE", "2014"),
            ("Tuesday afternoon", "TIME", "2015-06-23TAF"),
            ("Thanksgiving Day 2011", "DATE", "2011-11-24"),
            ("Now", "DATE", "PRESENT_REF"),
            ("years", "DURATION", "PXY"),
        ],
    ),
    # Wednesday 2012-12-12 (ISO week 50), US local TV station's website, jury deliberations:
    # headline ("resume deliberations Thursday"), stamps "Posted: Dec 12, 2012 6:15 PM EST" and
    # "Updated: ... 11:02 PM EST", reporter's byline, "HARTSBORO, N.C. (WCTX) -" dateline.
    # "Wednesday" the publication day, its parts "Wednesday afternoon" and "Wednesday evening";
    # the jury's notes "At 10:47 a.m. Wednesday", "At 2:15 p.m.", "sent home at 5:05 p.m." on
    # 2012-12-12. Past: "2:50 p.m. Tuesday" 2012-12-11T14:50 and the DATE, "closing arguments
    # that morning" 2012-12-11TMO; "last week" 2012-W49. Future: "9:30 a.m. Thursday"
    # 2012-12-13, "by Friday" 2012-12-14, "will not sit Monday" 2012-12-17, "Tuesday, Dec. 18"
    # one DATE span, "the Friday before Christmas" one DATE span 2012-12-21 (an anchored
    # weekday, like "the Wednesday before Thanksgiving" in gold_blind57). "has now deliberated"
    # -> "now" PRESENT_REF; "about eight hours over two days" two DURATIONs (gold_blind46,
    # gold_blind52). The killing: "the morning of Feb. 19, 2011" one TIME span 2011-02-19TMO;
    # "the night before, Feb. 18, 2011" -> "the night before" TIME 2011-02-18TNI (anchored on
    # the morning just named) and "Feb. 18, 2011" DATE; "between 11:05 p.m. and 11:50 p.m.
    # that night" two TIMEs on 2011-02-18 and "that night" 2011-02-18TNI; the defense's "that
    # evening" 2011-02-18TEV. "Nov. 26, four days after Thanksgiving" -> "Nov. 26" 2012-11-26,
    # "four days" P4D, "Thanksgiving" 2012-11-22; "about two weeks" P2W; "a 15-minute break
    # every two hours" PT15M and SET PT2H; "up to 20 years" P20Y; "every day since jury
    # selection began Nov. 13" SET P1D and DATE 2012-11-13; "Twenty-two months" P22M; "a few
    # more days" PXD. Not annotated: "first-degree", "second-degree", "life in prison without
    # parole", "2007 Ford Ranger" (a model year, gold_blind16), "Highway 64", "74-71" (a score),
    # "38", "52" (ages), "seven men and five women", "31 witnesses", "200 exhibits", "$750,000",
    # "News 12" (twice), "11 CRS 50417" (a case file number opening with the year 2011),
    # "wctx.com/holcomb-trial", "overtime", "his half".
    "holcomb-jury-deliberations-day-two": (
        "2012-12-12",
        [
            ("Thursday", "DATE", "2012-12-13"),
            ("Dec 12, 2012", "DATE", "2012-12-12"),
            ("6:15 PM EST", "TIME", "2012-12-12T18:15"),
            ("Dec 12, 2012", "DATE", "2012-12-12"),
            ("11:02 PM EST", "TIME", "2012-12-12T23:02"),
            ("about six hours", "DURATION", "PT6H"),
            ("Wednesday", "DATE", "2012-12-12"),
            ("9:30 a.m.", "TIME", "2012-12-13T09:30"),
            ("Thursday", "DATE", "2012-12-13"),
            ("2:50 p.m.", "TIME", "2012-12-11T14:50"),
            ("Tuesday", "DATE", "2012-12-11"),
            ("that morning", "TIME", "2012-12-11TMO"),
            ("now", "DATE", "PRESENT_REF"),
            ("about eight hours", "DURATION", "PT8H"),
            ("two days", "DURATION", "P2D"),
            ("the morning of Feb. 19, 2011", "TIME", "2011-02-19TMO"),
            ("the night before", "TIME", "2011-02-18TNI"),
            ("Feb. 18, 2011", "DATE", "2011-02-18"),
            ("10:47 a.m.", "TIME", "2012-12-12T10:47"),
            ("Wednesday", "DATE", "2012-12-12"),
            ("last week", "DATE", "2012-W49"),
            ("11:05 p.m.", "TIME", "2011-02-18T23:05"),
            ("11:50 p.m.", "TIME", "2011-02-18T23:50"),
            ("that night", "TIME", "2011-02-18TNI"),
            ("about 40 minutes", "DURATION", "PT40M"),
            ("2:15 p.m.", "TIME", "2012-12-12T14:15"),
            ("5:05 p.m.", "TIME", "2012-12-12T17:05"),
            ("that evening", "TIME", "2011-02-18TEV"),
            ("Nov. 26", "DATE", "2012-11-26"),
            ("four days", "DURATION", "P4D"),
            ("Thanksgiving", "DATE", "2012-11-22"),
            ("about two weeks", "DURATION", "P2W"),
            ("Wednesday afternoon", "TIME", "2012-12-12TAF"),
            ("Friday", "DATE", "2012-12-14"),
            ("Monday", "DATE", "2012-12-17"),
            ("Tuesday, Dec. 18", "DATE", "2012-12-18"),
            ("the Friday before Christmas", "DATE", "2012-12-21"),
            ("15-minute", "DURATION", "PT15M"),
            ("every two hours", "SET", "PT2H"),
            ("up to 20 years", "DURATION", "P20Y"),
            ("every day", "SET", "P1D"),
            ("Nov. 13", "DATE", "2012-11-13"),
            ("Twenty-two months", "DURATION", "P22M"),
            ("Wednesday evening", "TIME", "2012-12-12TEV"),
            ("a few more days", "DURATION", "PXD"),
        ],
    ),
    # Sunday 2014-07-13 (ISO week 28), US Sunday paper's special report reconstructing a
    # search hour by hour: section label "SUNDAY SPECIAL REPORT" (not annotated, a label naming
    # the edition, like "the Western Sunday Herald" in gold_blind103), headline ("Nineteen
    # hours"), deck, byline, date line "Sunday, July 13, 2014", "BRENNER, Ohio —" dateline and
    # a TIMELINE box with day headings "FRIDAY, JULY 4" and "SATURDAY, JULY 5" (one DATE span
    # each, like date lines with their weekday) and clock times on those days. "the Fourth of
    # July" 2014-07-04 (twice); "Nineteen hours after she vanished" DURATION PT19H, the
    # headline's "Nineteen hours" the same; "In the nine days since" -> "the nine days" P9D;
    # "The first three hours" DURATION PT3H (an ordinal period, like "The first week" in
    # gold_blind35). Past weekdays in a Sunday paper: "released Thursday" 2014-07-10, "charged
    # Monday" 2014-07-07, "said Tuesday" 2014-07-08 (no "last week" or "this week" used in the
    # Sunday paper, as gold_blind47 avoided them); "Aug. 4" 2014-08-04 ahead. "every two hours
    # through the night" SET PT2H and TIME 2014-07-04TNI (the night of the search). "the 9
    # o'clock show" -> "9 o'clock" TIME 2014-07-04T21:00 (a prenominal clock time, see README);
    # "at about 11 p.m." 2014-07-04T23:00. "late that evening" after the 4:10 p.m. arrest
    # 2014-07-05TEV (modifier kept); "the next morning" after the 7:10 p.m. hospital check
    # 2014-07-06TMO. "since the spring" 2014-SP (the spring just past, gold_blind52); "in
    # March" 2014-03; "every weekend in June" SET XXXX-WXX-WE and DATE 2014-06; "Memorial Day"
    # 2014-05-26 (last Monday of May); "2002"; "last year" 2013; "looking for weeks" PXW; "up to
    # 11 years" P11Y; the lawyer's quoted "that night" the night of the Fourth, 2014-07-04TNI.
    # Not annotated: "6-year-old", "turned 6", "33" (ages), "40 miles", "about 6,000", "911",
    # "Route 8", "Gas-N-Go", "a 2003 Chevrolet Tahoe" (a model year, gold_blind16), "About 140
    # volunteers", "mile marker 119", "nine alerts", "1-877-555-0704" (a phone number holding
    # 0704, the date of the story), "day camp", "Amber Alert".
    "mia-dorsey-search-hour-by-hour": (
        "2014-07-13",
        [
            ("Nineteen hours", "DURATION", "PT19H"),
            ("the Fourth of July", "DATE", "2014-07-04"),
            ("Sunday, July 13, 2014", "DATE", "2014-07-13"),
            ("the Fourth of July", "DATE", "2014-07-04"),
            ("Nineteen hours", "DURATION", "PT19H"),
            ("the nine days", "DURATION", "P9D"),
            ("Thursday", "DATE", "2014-07-10"),
            ("Monday", "DATE", "2014-07-07"),
            ("Aug. 4", "DATE", "2014-08-04"),
            ("The first three hours", "DURATION", "PT3H"),
            ("1997", "DATE", "1997"),
            ("every two hours", "SET", "PT2H"),
            ("the night", "TIME", "2014-07-04TNI"),
            ("FRIDAY, JULY 4", "DATE", "2014-07-04"),
            ("8:40 p.m.", "TIME", "2014-07-04T20:40"),
            ("9 o'clock", "TIME", "2014-07-04T21:00"),
            ("8:52 p.m.", "TIME", "2014-07-04T20:52"),
            ("9:35 p.m.", "TIME", "2014-07-04T21:35"),
            ("10:15 p.m.", "TIME", "2014-07-04T22:15"),
            ("11:58 p.m.", "TIME", "2014-07-04T23:58"),
            ("about 11 p.m.", "TIME", "2014-07-04T23:00"),
            ("SATURDAY, JULY 5", "DATE", "2014-07-05"),
            ("1:30 a.m.", "TIME", "2014-07-05T01:30"),
            ("6 a.m.", "TIME", "2014-07-05T06:00"),
            ("11:20 a.m.", "TIME", "2014-07-05T11:20"),
            ("3:35 p.m.", "TIME", "2014-07-05T15:35"),
            ("4:10 p.m.", "TIME", "2014-07-05T16:10"),
            ("late that evening", "TIME", "2014-07-05TEV"),
            ("7:10 p.m.", "TIME", "2014-07-05T19:10"),
            ("the next morning", "TIME", "2014-07-06TMO"),
            ("the spring", "DATE", "2014-SP"),
            ("March", "DATE", "2014-03"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("June", "DATE", "2014-06"),
            ("Memorial Day", "DATE", "2014-05-26"),
            ("2002", "DATE", "2002"),
            ("last year", "DATE", "2013"),
            ("weeks", "DURATION", "PXW"),
            ("up to 11 years", "DURATION", "P11Y"),
            ("Tuesday", "DATE", "2014-07-08"),
            ("that night", "TIME", "2014-07-04TNI"),
        ],
    ),
    # Monday 2015-10-05 (ISO week 41), county district attorney's news release: office
    # heading, "FOR IMMEDIATE RELEASE", date line "Monday, October 5, 2015" (one DATE span),
    # contact line, headline ("18-month investigation", adjectival DURATION P18M),
    # "FALLSINGTON, Pa. —" dateline, "###" end mark. "announced today" the release day; "raids
    # that began at 5:30 a.m. Thursday" 2015-10-01T05:30 and 2015-10-01; "last week" 2015-W40;
    # "between January 2014 and September 2015" two DATEs. The crew's habit "between 2 a.m. and
    # 4 a.m., usually on weekends" -> two TIMEs on no particular day XXXX-XX-XXThh:mm and the
    # SET "weekends" XXXX-WXX-WE (a plural weekday-like noun as a SET, gold_blind13,
    # gold_blind47); "holiday weekends" names a kind and is not annotated. "over Labor Day
    # weekend" -> "Labor Day weekend" 2015-W36-WE (the ISO week of its Saturday, 5 September,
    # gold_blind103) and "between Sept. 5 and Sept. 7" two DATEs. "the night of March 2, 2014"
    # one TIME span; "about 12 minutes" PT12M; "every Tuesday" XXXX-WXX-2; "more than a year"
    # P1Y; "For almost two years" P2Y; "Starting this week" -> "this week" 2015-W41; "open only
    # after 10 minutes" PT10M; "now" PRESENT_REF; "reviewed weekly" SET P1W; "up to 20 years"
    # P20Y; "Friday afternoon" 2015-10-02TAF. Future: "1:30 p.m. Wednesday, Oct. 14" a TIME and
    # one DATE span; "Monday, Oct. 12" one DATE span and "Columbus Day" 2015-10-12 (second
    # Monday of October) two DATEs, like "Monday is Family Day" (gold_blind103). The office's
    # fiscal year is described as ending June 30: "In fiscal 2015, which ended June 30" ->
    # FY2015 plus 2015-06-30 (gold_blind63), "fiscal 2014" FY2014, "the current fiscal year"
    # FY2016 (July 2015-June 2016, named by the year it ends). "created in 2009". Not
    # annotated: "(717) 555-2015" (a phone number ending in the year of the release),
    # "(717) 555-0911", "press@harrowcountyda.org", "FOR IMMEDIATE RELEASE", "14", "The 14th",
    # "Eleven", "$1.2 million", "23 pharmacies", "four counties", "40,000", "eight locations",
    # "29" (age), "Seven", "five police departments", "time-delay", "a night alarm log" (an
    # adjective naming a kind of log), "18 Pa.C.S. § 3502", "Notice of Submission No. 2014-03"
    # (an identifier shaped like a month value), "112 cases", "87", "$1.9 million", "around the
    # clock", "holiday weekends".
    "harrow-county-pharmacy-burglary-ring-charges": (
        "2015-10-05",
        [
            ("Monday, October 5, 2015", "DATE", "2015-10-05"),
            ("18-month", "DURATION", "P18M"),
            ("today", "DATE", "2015-10-05"),
            ("January 2014", "DATE", "2014-01"),
            ("September 2015", "DATE", "2015-09"),
            ("5:30 a.m.", "TIME", "2015-10-01T05:30"),
            ("Thursday", "DATE", "2015-10-01"),
            ("last week", "DATE", "2015-W40"),
            ("2 a.m.", "TIME", "XXXX-XX-XXT02:00"),
            ("4 a.m.", "TIME", "XXXX-XX-XXT04:00"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("Labor Day weekend", "DATE", "2015-W36-WE"),
            ("Sept. 5", "DATE", "2015-09-05"),
            ("Sept. 7", "DATE", "2015-09-07"),
            ("the night of March 2, 2014", "TIME", "2014-03-02TNI"),
            ("about 12 minutes", "DURATION", "PT12M"),
            ("every Tuesday", "SET", "XXXX-WXX-2"),
            ("more than a year", "DURATION", "P1Y"),
            ("almost two years", "DURATION", "P2Y"),
            ("this week", "DATE", "2015-W41"),
            ("10 minutes", "DURATION", "PT10M"),
            ("now", "DATE", "PRESENT_REF"),
            ("weekly", "SET", "P1W"),
            ("up to 20 years", "DURATION", "P20Y"),
            ("Friday afternoon", "TIME", "2015-10-02TAF"),
            ("1:30 p.m.", "TIME", "2015-10-14T13:30"),
            ("Wednesday, Oct. 14", "DATE", "2015-10-14"),
            ("Monday, Oct. 12", "DATE", "2015-10-12"),
            ("Columbus Day", "DATE", "2015-10-12"),
            ("2009", "DATE", "2009"),
            ("fiscal 2015", "DATE", "FY2015"),
            ("June 30", "DATE", "2015-06-30"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("the current fiscal year", "DATE", "FY2016"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
