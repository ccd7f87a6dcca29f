"""Annotations of the ninety-third blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind93/annotate.py [--show]

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
    # Thursday 2015-03-26 (ISO week 13), British regional public-health agency's weekly flu
    # surveillance report, title "Weekly ... surveillance report" (an adjectival frequency
    # naming the report's recurrence, SET P1W, like gold_blind61's "weekly flu bulletin"),
    # heading "Week 12, 2015 (16 to 22 March 2015)" and "Published: Thursday 26 March 2015,
    # 14:00" (a DATE and a TIME). The report's weeks are ISO weeks, as the heading itself
    # shows (week 12 = Monday 16 to Sunday 22 March; week 2 = 5 to 11 January 2015, also given
    # in the text): "Week 12, 2015" one DATE span 2015-W12 (gold_blind89's "Week 9, 2015"),
    # "week 12" 2015-W12 (three times), "week 49 of 2014" and "week 40 of 2014" one span each,
    # "week 13" 2015-W13. The ranges "16 to 22 March 2015" and "5 to 11 January 2015" are two
    # DATEs each, the bare day included (gold_blind62, gold_blind76). "the 2014-15 flu season"
    # gives the DATEs "2014" and "15" (2015), "flu season" left out (gold_blind10, gold_blind43,
    # gold_blind76; gold_blind42). "the seven days to Sunday" -> "the seven days" DURATION P7D
    # and "Sunday" 2015-03-22 (the Sunday just past, the last day of week 12), "to" a signal,
    # like "the 36 hours to Wednesday evening" (gold_blind76) and "the 52 weeks to 28 February
    # 2015" (gold_blind74). "the week ending 15 March" -> "the week" 2015-W11 and "15 March" (a
    # Sunday), "ending" a signal (gold_blind22, gold_blind61). "the previous week" after week 12
    # is 2015-W11 and "the same week last year" 2014-W12 (gold_blind22). "since the winter of
    # 2010-11" -> one span 2011-WI (gold_blind76); "since the season began in October" ->
    # "October" 2014-10. The outbreaks "reported on Monday" are of Monday 2015-03-23 and the ward
    # "reopened on Tuesday after 13 days" on 2015-03-24 (past; 11 March + 13 days confirms it).
    # "the end of February" 2015-02 and "a year earlier" 2014-02 (gold_blind61); "this winter"
    # 2015-WI; "late November" 2014-11, "mid-January" 2015-01; "every Thursday" SET XXXX-WXX-4;
    # "fortnightly" SET P2W (like "weekly" P1W); "next month" 2015-04; "the autumn" 2015-FA.
    # Not annotated: "9.8 per 100,000" and the other rates, "A(H3N2)", "A(H1N1)pdm09" (a strain
    # name holding "09"), "H3N2", "aged 65 and over" (twice), "the 15-24 age group", "Ward 9",
    # "the highest weekly rate" (the period of a figure, not a recurrence, gold_blind23),
    # "28-bed", "1,248", "37", "29", "14", "23", "41", "Three", "Two", the percentages, the URL
    # "flu/2015/wk12", the phone number "01632 960 412", "the season" ("since the season began").
    "penwarden-flu-surveillance-week-12": (
        "2015-03-26",
        [
            ("Weekly", "SET", "P1W"),
            ("Week 12, 2015", "DATE", "2015-W12"),
            ("16", "DATE", "2015-03-16"),
            ("22 March 2015", "DATE", "2015-03-22"),
            ("Thursday 26 March 2015", "DATE", "2015-03-26"),
            ("14:00", "TIME", "2015-03-26T14:00"),
            ("week 12", "DATE", "2015-W12"),
            ("2014", "DATE", "2014"),
            ("15", "DATE", "2015"),
            ("the seven days", "DURATION", "P7D"),
            ("Sunday", "DATE", "2015-03-22"),
            ("the week", "DATE", "2015-W11"),
            ("15 March", "DATE", "2015-03-15"),
            ("now", "DATE", "PRESENT_REF"),
            ("week 49 of 2014", "DATE", "2014-W49"),
            ("week 2", "DATE", "2015-W02"),
            ("5", "DATE", "2015-01-05"),
            ("11 January 2015", "DATE", "2015-01-11"),
            ("the winter of 2010-11", "DATE", "2011-WI"),
            ("October", "DATE", "2014-10"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("week 12", "DATE", "2015-W12"),
            ("the previous week", "DATE", "2015-W11"),
            ("the same week last year", "DATE", "2014-W12"),
            ("week 40 of 2014", "DATE", "2014-W40"),
            ("Monday", "DATE", "2015-03-23"),
            ("11 March", "DATE", "2015-03-11"),
            ("Tuesday", "DATE", "2015-03-24"),
            ("13 days", "DURATION", "P13D"),
            ("the end of February", "DATE", "2015-02"),
            ("a year earlier", "DATE", "2014-02"),
            ("this winter", "DATE", "2015-WI"),
            ("February 2014", "DATE", "2014-02"),
            ("late November", "DATE", "2014-11"),
            ("mid-January", "DATE", "2015-01"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
            ("next month", "DATE", "2015-04"),
            ("fortnightly", "SET", "P2W"),
            ("the autumn", "DATE", "2015-FA"),
            ("week 13", "DATE", "2015-W13"),
            ("Thursday 2 April", "DATE", "2015-04-02"),
        ],
    ),
    # Saturday 2013-08-03 (ISO week 31), Reuters-style outbreak wire, "PERENNA, Aug 3 (Reuters)
    # -" dateline (the publication day). The outbreak was declared over "on Friday" 2013-08-02
    # ("late Friday" the same day), 42 days after the last patient's discharge "on June 21"
    # (2013-06-21 + 42 days = 2013-08-02; "42 days" in headline and lead, "six weeks" in the
    # quote, DURATIONs P42D and P6W); the WHO "said on Saturday", the publication day itself
    # (gold_blind61). The minister's quoted "Today" was spoken on Friday and is 2013-08-02
    # (quoted speech anchored to the day it was spoken, gold_blind40). "The first case was
    # reported on May 3 ... His wife fell ill two days later" -> 2013-05-05, anchored on the
    # narrative's last date (gold_blind61). "the 21-day incubation period" -> "21-day" DURATION
    # P21D ("twice" a count, "the incubation period" left out, gold_blind61). "in the week to May
    # 26" -> "the week" 2013-W21 and "May 26" (a Sunday), "to" a signal (gold_blind61); "May",
    # "mid-May" 2013-05, "June" 2013-06; "twice a day" SET P1D; "about five days" P5D and "less
    # than 24 hours" PT24H; "Before this year" -> "this year" 2013; "at least the next three
    # months" P3M; "a 90-day programme" -> "90-day"; "until Oct 31" 2013-10-31. Schools
    # "reopened on Monday" 2013-07-29 (past); the market resumes "on Tuesday" 2013-08-06
    # (future) "for the first time since the spring" -> "the spring" 2013-SP; "weekly livestock
    # market" an adjectival frequency naming a recurrence, SET P1W (gold_blind28). "last week"
    # 2013-W30. The WHO briefing "at 11 a.m. (0900 GMT) on Tuesday": Geneva is on CEST (UTC+2)
    # in August, both clock times on 2013-08-06, two TIMEX3 plus the day (gold_blind28). Not
    # annotated: "31-year-old", "19 of the 56", "1,400 contacts", "14" (a weekly peak count),
    # "12 experts", the lineage "BV-2", "twice" (of the incubation period), "(Reuters)".
    "korvessa-brevin-fever-outbreak-over": (
        "2013-08-03",
        [
            ("42 days", "DURATION", "P42D"),
            ("Aug 3", "DATE", "2013-08-03"),
            ("Friday", "DATE", "2013-08-02"),
            ("42 days", "DURATION", "P42D"),
            ("Saturday", "DATE", "2013-08-03"),
            ("May 3", "DATE", "2013-05-03"),
            ("two days later", "DATE", "2013-05-05"),
            ("21-day", "DURATION", "P21D"),
            ("June 21", "DATE", "2013-06-21"),
            ("six weeks", "DURATION", "P6W"),
            ("late Friday", "DATE", "2013-08-02"),
            ("Today", "DATE", "2013-08-02"),
            ("May", "DATE", "2013-05"),
            ("the week", "DATE", "2013-W21"),
            ("May 26", "DATE", "2013-05-26"),
            ("June", "DATE", "2013-06"),
            ("21 days", "DURATION", "P21D"),
            ("twice a day", "SET", "P1D"),
            ("mid-May", "DATE", "2013-05"),
            ("May 19", "DATE", "2013-05-19"),
            ("about five days", "DURATION", "P5D"),
            ("less than 24 hours", "DURATION", "PT24H"),
            ("the 1980s", "DATE", "198"),
            ("this year", "DATE", "2013"),
            ("2009", "DATE", "2009"),
            ("at least the next three months", "DURATION", "P3M"),
            ("90-day", "DURATION", "P90D"),
            ("Oct 31", "DATE", "2013-10-31"),
            ("May 24", "DATE", "2013-05-24"),
            ("Monday", "DATE", "2013-07-29"),
            ("weekly", "SET", "P1W"),
            ("Tuesday", "DATE", "2013-08-06"),
            ("the spring", "DATE", "2013-SP"),
            ("last week", "DATE", "2013-W30"),
            ("11 a.m.", "TIME", "2013-08-06T11:00"),
            ("0900 GMT", "TIME", "2013-08-06T09:00"),
            ("Tuesday", "DATE", "2013-08-06"),
            ("the coming months", "DURATION", "PXM"),
        ],
    ),
    # Monday 2012-08-13 (ISO week 33), Australian paper's vaccination-programme story, headline,
    # standfirst, byline and date line "13 August 2012" (no weekday): the government announced
    # the programme "yesterday", Sunday 2012-08-12; the boosters are free "from 1 September"
    # (headline and lead) 2012-09-01, "from" a signal; the grandmother spoke "on Saturday"
    # 2012-08-11 (past) and the minister launches it "at 10am on Friday" 2012-08-17 (future).
    # "until the end of June next year" -> "the end of June next year" one span 2013-06, like
    # "September last year" (gold_blind18, gold_blind28). "every 10 years" (standfirst and body)
    # SET P10Y; "within a decade" -> "a decade" P10Y; "the past 10 years" P10Y. "the first half
    # of this year" one span 2012-H1 and "the same period last year" 2011-H1 (gold_blind22);
    # "Last year" 2011; "since records began in 1991" -> "1991" ("since records began" left out,
    # gold_blind36); "every year since the early 2000s" SET P1Y and DATE 200; "since March"
    # 2012-03. "at least two weeks before the baby arrives" an anchored DURATION P2W; "two doses
    # 28 days apart" -> "28 days" P28D (gold_blind61); "annually" SET P1Y. "from next year"
    # 2013; "the first quarter of 2013" the calendar quarter 2013-Q1 (a calendar year is named);
    # "from next March" 2013-03; "the 2013 flu season" -> "2013", an adjectival year, "flu
    # season" left out. Southern seasons (gold_blind9): "This winter's flu season" -> "This
    # winter" 2012-WI, the winter of June-August 2012, the possessive left out. "Ten years ago"
    # 2002 (the unit's granularity); "almost every week" SET P1W with the modifier kept
    # (gold_blind35); "the coming weeks" PXW; "the next few months" PXM; "by the end of the
    # year" -> "the end of the year" 2012. Not annotated: "Year 7 students" (a school year),
    # the infants' ages "at six weeks of age", "four and six months", "five weeks old", "aged six
    # months to under five", "the third trimester of pregnancy", "58", "the Merriden Sunday
    # Examiner" (a paper, in a Monday story), "may not need", "so far", "$6.4 million", "120,000",
    # "4,812", "2,960", "7,104", "1,930", "50,000", "Two babies".
    "port-merriden-whooping-cough-boosters": (
        "2012-08-13",
        [
            ("1 September", "DATE", "2012-09-01"),
            ("every 10 years", "SET", "P10Y"),
            ("13 August 2012", "DATE", "2012-08-13"),
            ("1 September", "DATE", "2012-09-01"),
            ("yesterday", "DATE", "2012-08-12"),
            ("the end of June next year", "DATE", "2013-06"),
            ("a decade", "DURATION", "P10Y"),
            ("every 10 years", "SET", "P10Y"),
            ("the past 10 years", "DURATION", "P10Y"),
            ("the first half of this year", "DATE", "2012-H1"),
            ("the same period last year", "DATE", "2011-H1"),
            ("Last year", "DATE", "2011"),
            ("1991", "DATE", "1991"),
            ("every year", "SET", "P1Y"),
            ("the early 2000s", "DATE", "200"),
            ("March", "DATE", "2012-03"),
            ("the next few months", "DURATION", "PXM"),
            ("now", "DATE", "PRESENT_REF"),
            ("at least two weeks", "DURATION", "P2W"),
            ("next year", "DATE", "2013"),
            ("the first quarter of 2013", "DATE", "2013-Q1"),
            ("next March", "DATE", "2013-03"),
            ("2013", "DATE", "2013"),
            ("28 days", "DURATION", "P28D"),
            ("annually", "SET", "P1Y"),
            ("This winter", "DATE", "2012-WI"),
            ("1 May", "DATE", "2012-05-01"),
            ("11 days", "DURATION", "P11D"),
            ("June", "DATE", "2012-06"),
            ("Saturday", "DATE", "2012-08-11"),
            ("now", "DATE", "PRESENT_REF"),
            ("almost every week", "SET", "P1W"),
            ("Ten years ago", "DATE", "2002"),
            ("the coming weeks", "DURATION", "PXW"),
            ("the end of the year", "DATE", "2012"),
            ("10am", "TIME", "2012-08-17T10:00"),
            ("Friday", "DATE", "2012-08-17"),
        ],
    ),
    # Friday 2015-02-13 (ISO week 7), British daily's hospital-performance story, headline,
    # standfirst, byline and date line "Friday 13 February 2015": the figures were "published
    # yesterday", 2015-02-12. The NHS financial year runs April-March and is named by the year
    # it ends (gold_blind11, gold_blind19, gold_blind61): "the third quarter of 2014-15"
    # (October-December 2014) one span FY2015-Q3, like "the first quarter of 2013-14"
    # (gold_blind49); "the quarter" after it FY2015-Q3 and "a year earlier" FY2014-Q3 (the
    # granularity of what is compared); "the same quarter of 2013-14" FY2014-Q3; "the first
    # quarter of 2015-16" FY2016-Q1. "in the year to March 2014, the last full financial year"
    # -> "the year" DATE FY2014 and "March 2014" 2014-03 ("to" a signal, as "the financial year
    # to March" was split in gold_blind61; the apposition says it is the financial year) and
    # "the last full financial year" FY2014 (April 2013-March 2014; FY2015 is not yet over).
    # "between October and December" 2014-10 and 2014-12. "worst in a decade" (headline) and
    # "for more than a decade" are periods of a superlative, DURATION P10Y (gold_blind61);
    # "the hardest in my 30 years in the NHS" likewise, "my 30 years" P30Y with the possessive
    # kept (gold_blind35's "its fourth week"). "within four hours" PT4H (three times, with the
    # standfirst), "four-hour" adjectival PT4H (twice), "18 weeks" and "18-week" P18W, "more
    # than 12 hours" PT12H, "more than an hour" PT1H, "14 hours" PT14H. Past weekdays: "On
    # Tuesday night" 2015-02-10TNI, "from Sunday night" 2015-02-08TNI, "said on Wednesday"
    # 2015-02-11; the board meets "at 1.30pm on Thursday 26 February" (TIME plus DATE).
    # "In December" 2014-12; "over Christmas" 2014-12-25 (gold_blind43, gold_blind67); "this
    # winter" 2015-WI; "for much of January" -> "January" 2015-01 ("much of" left out like "most
    # of"); "since mid-December" 2014-12; "Earlier this month" 2015-02; "in April" 2015-04;
    # "since mid-2014" 2014; "next month" 2015-03; "now" PRESENT_REF. Not annotated: "A&E",
    # "84.6%" and the other percentages, "Ward 12", "Ward 14", "28-bed", "81", "31 patients",
    # "11 ambulances", "57", "nine", "more than 200 operations", "36 extra beds", "Dr Owen
    # March" (a consultant, beside "March 2014"), "half the patients".
    "fennick-vale-ae-four-hour-third-quarter": (
        "2015-02-13",
        [
            ("a decade", "DURATION", "P10Y"),
            ("four hours", "DURATION", "PT4H"),
            ("Friday 13 February 2015", "DATE", "2015-02-13"),
            ("four hours", "DURATION", "PT4H"),
            ("the third quarter of 2014-15", "DATE", "FY2015-Q3"),
            ("more than a decade", "DURATION", "P10Y"),
            ("yesterday", "DATE", "2015-02-12"),
            ("four hours", "DURATION", "PT4H"),
            ("four-hour", "DURATION", "PT4H"),
            ("the year", "DATE", "FY2014"),
            ("March 2014", "DATE", "2014-03"),
            ("the last full financial year", "DATE", "FY2014"),
            ("the quarter", "DATE", "FY2015-Q3"),
            ("a year earlier", "DATE", "FY2014-Q3"),
            ("more than 12 hours", "DURATION", "PT12H"),
            ("October", "DATE", "2014-10"),
            ("December", "DATE", "2014-12"),
            ("the same quarter of 2013-14", "DATE", "FY2014-Q3"),
            ("Tuesday night", "TIME", "2015-02-10TNI"),
            ("more than an hour", "DURATION", "PT1H"),
            ("14 hours", "DURATION", "PT14H"),
            ("Sunday night", "TIME", "2015-02-08TNI"),
            ("Wednesday", "DATE", "2015-02-11"),
            ("December", "DATE", "2014-12"),
            ("18 weeks", "DURATION", "P18W"),
            ("18-week", "DURATION", "P18W"),
            ("Christmas", "DATE", "2014-12-25"),
            ("this winter", "DATE", "2015-WI"),
            ("my 30 years", "DURATION", "P30Y"),
            ("January", "DATE", "2015-01"),
            ("mid-December", "DATE", "2014-12"),
            ("Earlier this month", "DATE", "2015-02"),
            ("April", "DATE", "2015-04"),
            ("four-hour", "DURATION", "PT4H"),
            ("the first quarter of 2015-16", "DATE", "FY2016-Q1"),
            ("mid-2014", "DATE", "2014"),
            ("next month", "DATE", "2015-03"),
            ("now", "DATE", "PRESENT_REF"),
            ("1.30pm", "TIME", "2015-02-26T13:30"),
            ("Thursday 26 February", "DATE", "2015-02-26"),
        ],
    ),
    # Tuesday 2014-07-08 (ISO week 28), Canadian news website's health advisory, headline, deck,
    # stamps "Posted: Jul 08, 2014 5:42 PM ET" and "Last Updated: Jul 08, 2014 9:15 PM ET" (a
    # DATE and a TIME each, the zone in the span, gold_blind56); no dateline. The health unit
    # "said Tuesday", the publication day; the advisory went out "at 11:30 a.m. ET" and the
    # news conference was "Tuesday afternoon" 2014-07-08TAF; "As of 6 p.m." and "at noon" are
    # clock times of that day. Samples were "taken Sunday" 2014-07-06; "rain on the weekend"
    # is the weekend just past, 2014-W27-WE (gold_blind28), "between Friday night and Sunday
    # morning" 2014-07-04TNI and 2014-07-06TMO. Ahead: water handed out "from 9 a.m. to 7 p.m.
    # daily starting Wednesday" -> recurring hours XXXX-XX-XXT09:00 and T19:00, SET "daily" P1D
    # and "Wednesday" 2014-07-09 (gold_blind61); council meets "Thursday at 7 p.m." 2014-07-10,
    # two TIMEX3. "for at least one minute" PT1M; "for at least 48 hours" (deck and body) PT48H;
    # "at least 24 hours apart" -> "at least 24 hours" PT24H ("apart" left out, gold_blind61);
    # "over the next 24 hours" -> "the next 24 hours" PT24H; "more than it usually gets in a
    # month" -> "a month" P1M; "up to 10 days" P10D; "the next few days" PXD; "nine days" P9D;
    # "over the past decade" -> "the past decade" P10Y. "since May 2011" 2011-05; "the 1970s"
    # 197; "next year" 2015; "every day" SET P1D; "every morning at 8 a.m." a SET
    # XXXX-XX-XXTMO and a clock time on no particular day XXXX-XX-XXT08:00 (gold_blind28's "at
    # 9 a.m. every Saturday"). Not annotated: "until further notice" (gold_blind21), "until the
    # advisory is lifted", "Ward 3", "Ward 4", "E. coli O157", "94 millimetres", "6,200", "40
    # Mill St.", "under six months", "over 70", "64", "$3.1-million", "$8 million", the URL
    # "lakelandhealth.on.ca/water2014", the phone number "1-888-555-0147", "two consecutive sets".
    "oriel-creek-boil-water-advisory": (
        "2014-07-08",
        [
            ("at least 48 hours", "DURATION", "PT48H"),
            ("Jul 08, 2014", "DATE", "2014-07-08"),
            ("5:42 PM ET", "TIME", "2014-07-08T17:42"),
            ("Jul 08, 2014", "DATE", "2014-07-08"),
            ("9:15 PM ET", "TIME", "2014-07-08T21:15"),
            ("at least one minute", "DURATION", "PT1M"),
            ("Tuesday", "DATE", "2014-07-08"),
            ("11:30 a.m. ET", "TIME", "2014-07-08T11:30"),
            ("Sunday", "DATE", "2014-07-06"),
            ("at least 48 hours", "DURATION", "PT48H"),
            ("Tuesday afternoon", "TIME", "2014-07-08TAF"),
            ("at least 24 hours", "DURATION", "PT24H"),
            ("the next 24 hours", "DURATION", "PT24H"),
            ("the weekend", "DATE", "2014-W27-WE"),
            ("Friday night", "TIME", "2014-07-04TNI"),
            ("Sunday morning", "TIME", "2014-07-06TMO"),
            ("a month", "DURATION", "P1M"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("7 p.m.", "TIME", "XXXX-XX-XXT19:00"),
            ("daily", "SET", "P1D"),
            ("Wednesday", "DATE", "2014-07-09"),
            ("up to 10 days", "DURATION", "P10D"),
            ("the next few days", "DURATION", "PXD"),
            ("6 p.m.", "TIME", "2014-07-08T18:00"),
            ("May 2011", "DATE", "2011-05"),
            ("nine days", "DURATION", "P9D"),
            ("the 1970s", "DATE", "197"),
            ("every day", "SET", "P1D"),
            ("next year", "DATE", "2015"),
            ("noon", "TIME", "2014-07-08T12:00"),
            ("Thursday", "DATE", "2014-07-10"),
            ("7 p.m.", "TIME", "2014-07-10T19:00"),
            ("the past decade", "DURATION", "P10Y"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
        ],
    ),
    # Wednesday 2012-10-17 (ISO week 42), AP-style research report, headline, byline "AP
    # Medical Writer", "FAIRHURST, Md. (AP) —" dateline without date (the publication day only
    # here): the study was "published online Wednesday" and the journal "released them at 4
    # p.m. EDT Wednesday", the publication day (a clock time and its day two TIMEX3); the
    # outside expert "said Tuesday" 2012-10-16 (past); the author presents the results "on
    # Saturday" 2012-10-20 (future). "ran the study between 2003 and 2011" two DATEs ("between"
    # a signal); "for a median of seven years" -> "seven years" P7Y, "a median of" left out
    # like "a median follow-up of" (gold_blind73). "their daily ... dose" an adjectival
    # frequency naming a recurrence, SET P1D (gold_blind61's "daily pill"); "sold since 1998" ->
    # "1998". "between 6 a.m. and noon" (when strokes are most common) clock times on no
    # particular day, XXXX-XX-XXT06:00 and XXXX-XX-XXT12:00 (gold_blind28). "for 48 hours once
    # a year" DURATION PT48H and SET P1Y; "every six months" SET P6M; "in the first two years"
    # an ordinal period of the study, DURATION P2Y (gold_blind61's "the first year"); "recent
    # years" PAST_REF (gold_blind28); "the late 1990s" 199; "the past decade" P10Y; "the next
    # few years" PXY; "the November issue" -> "November" 2012-11 (the coming month, see README);
    # "now" PRESENT_REF; "last year" 2011; "began in March" 2012-03 (past); "in 2016"; "a
    # 30-day supply" -> "30-day" P30D (gold_blind61's "90-day supply"); "every year" SET P1Y.
    # Not annotated: "at bedtime", "before going to bed", "before bed", "with breakfast", "the
    # bedtime group", "the breakfast group", "during sleep" (events and routines of the day, not
    # times), "By the end of the study", "then", "20 mg",
    # "10,214", "312", "468", "about a third", "about a quarter", "50 to 79 years old" (ages),
    # "Stage 2 hypertension", "More than 2,600", "5,000", "$4", "2,300", "(AP)".
    "kenfield-bedtime-blood-pressure-pill-study": (
        "2012-10-17",
        [
            ("Wednesday", "DATE", "2012-10-17"),
            ("2003", "DATE", "2003"),
            ("2011", "DATE", "2011"),
            ("seven years", "DURATION", "P7Y"),
            ("daily", "SET", "P1D"),
            ("1998", "DATE", "1998"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("noon", "TIME", "XXXX-XX-XXT12:00"),
            ("48 hours", "DURATION", "PT48H"),
            ("once a year", "SET", "P1Y"),
            ("every six months", "SET", "P6M"),
            ("the first two years", "DURATION", "P2Y"),
            ("recent years", "DATE", "PAST_REF"),
            ("the late 1990s", "DATE", "199"),
            ("the past decade", "DURATION", "P10Y"),
            ("Tuesday", "DATE", "2012-10-16"),
            ("the next few years", "DURATION", "PXY"),
            ("November", "DATE", "2012-11"),
            ("4 p.m. EDT", "TIME", "2012-10-17T16:00"),
            ("Wednesday", "DATE", "2012-10-17"),
            ("Saturday", "DATE", "2012-10-20"),
            ("now", "DATE", "PRESENT_REF"),
            ("last year", "DATE", "2011"),
            ("March", "DATE", "2012-03"),
            ("2016", "DATE", "2016"),
            ("30-day", "DURATION", "P30D"),
            ("every year", "SET", "P1Y"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
