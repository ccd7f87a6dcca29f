"""Annotations of blind gold set 504, chosen by hand before the tagger ran.

    python tests/data/gold_blind504/annotate.py [--show]

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
    # Tuesday 2017-07-11 (ISO week 28), US academic medical center's news release, "Issued:
    # Tuesday, July 11, 2017" (one DATE span with its weekday; the label is left out), embargo
    # line "EMBARGOED UNTIL 4 P.M. ET, THURSDAY, JULY 13, 2017" -> "4 P.M. ET" TIME
    # 2017-07-13T16:00 (the zone in the span, not in the value) and "THURSDAY, JULY 13, 2017"
    # DATE (capitals as printed; the weekday checked by hand with datetime, gold_blind73). The
    # DCT is the day issued, not the end of the embargo (gold_blind42, gold_blind73), so the
    # paper "will be published Thursday" is 2017-07-13 (future). "12-year" adjectival DURATION
    # P12Y; "the first 72 hours" of a heat wave PT72H and "about 48 hours into a heat wave"
    # PT48H, generic durations of an event (gold_blind61); "at least three consecutive days"
    # P3D, a cardinal run with its modifier (gold_blind103); "every hour" SET PT1H; "For years"
    # -> "years" PXY, "within hours" -> "hours" PTXH; "Now" and "now" (twice) PRESENT_REF. "the
    # July 2012 heat wave" -> "July 2012" 2012-07 (an adjectival month and year), "July 6" the
    # day of that July, 2012-07-06, and "the next day" anchored on it, 2012-07-07. "Last summer"
    # in July 2017 is 2016-SU (the summer under way is this one); "nine straight days" P9D;
    # "the 1980s" 198; "the summer of 2014" 2014-SU; "two-year" P2Y; "every 30 minutes" SET
    # PT30M; "the fall" ahead 2017-FA; "early 2020" 2020. Notes: "11 a.m. ET on Wednesday, July
    # 12" a TIME and a DATE; "recorded on Monday" 2017-07-10 (past); "until July 31"; the news
    # office's hours "from 8 a.m. to 6 p.m. daily" -> XXXX-XX-XXThh:mm twice and SET P1D
    # (gold_blind61). Not annotated: "on days with a heat advisory" (generic days), "95th
    # percentile", "95 degrees", "aged 65 and older", "41 percent", "1.9 million", "212
    # hospitals", "19 patients", "47", "1-888-555-2017", "passcode 71317" (reads like
    # 7/13/17, the embargo day), "rumc.edu/news/2017/heat-kidney", the citation
    # "2017;12(7):1104-1113", "615-555-0100", "after hours", "long after the weather breaks".
    "ridgefield-heat-wave-kidney-er-visits-release": (
        "2017-07-11",
        [
            ("Tuesday, July 11, 2017", "DATE", "2017-07-11"),
            ("4 P.M. ET", "TIME", "2017-07-13T16:00"),
            ("THURSDAY, JULY 13, 2017", "DATE", "2017-07-13"),
            ("12-year", "DURATION", "P12Y"),
            ("the first 72 hours", "DURATION", "PT72H"),
            ("Thursday", "DATE", "2017-07-13"),
            ("January 2004", "DATE", "2004-01"),
            ("December 2015", "DATE", "2015-12"),
            ("every hour", "SET", "PT1H"),
            ("at least three consecutive days", "DURATION", "P3D"),
            ("about 48 hours", "DURATION", "PT48H"),
            ("about a week", "DURATION", "P1W"),
            ("years", "DURATION", "PXY"),
            ("Now", "DATE", "PRESENT_REF"),
            ("hours", "DURATION", "PTXH"),
            ("July 2012", "DATE", "2012-07"),
            ("July 6", "DATE", "2012-07-06"),
            ("the next day", "DATE", "2012-07-07"),
            ("Last summer", "DATE", "2016-SU"),
            ("nine straight days", "DURATION", "P9D"),
            ("the 1980s", "DATE", "198"),
            ("2050", "DATE", "2050"),
            ("the summer of 2014", "DATE", "2014-SU"),
            ("now", "DATE", "PRESENT_REF"),
            ("two-year", "DURATION", "P2Y"),
            ("every 30 minutes", "SET", "PT30M"),
            ("the fall", "DATE", "2017-FA"),
            ("early 2020", "DATE", "2020"),
            ("2011", "DATE", "2011"),
            ("11 a.m. ET", "TIME", "2017-07-12T11:00"),
            ("Wednesday, July 12", "DATE", "2017-07-12"),
            ("Monday", "DATE", "2017-07-10"),
            ("now", "DATE", "PRESENT_REF"),
            ("July 31", "DATE", "2017-07-31"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("daily", "SET", "P1D"),
        ],
    ),
    # Monday 2019-03-11 (ISO week 11), Reuters-style drug-trial wire on a Japanese company,
    # "UPDATE 2-" headline, bullets, byline, "TOKYO, March 11 (Reuters) -" dateline (the
    # publication day), reporting and editing credit. Kisaragi's business year runs
    # April-March and is named by the year it ends (gold_blind63): the bullet's "business year
    # through March" -> "business year" FY2019 plus "March" 2019-03, split like "the business
    # year through March" (gold_blind63); "the business year ending March 31" -> FY2019 plus
    # 2019-03-31; "the full year" FY2019; "the business year starting in April" FY2020 plus
    # "April" 2019-04 (the text never says "fiscal 2018", the Japanese naming by the starting
    # year). Past weekdays: the committee "reviewed ... on Friday" 2019-03-08 and told the
    # company "the next day" 2019-03-09; "Sunday night" 2019-03-10TNI; the partner's "late
    # Sunday" DATE 2019-03-10 (like "late Monday", gold_blind61). The dateline day: "said on
    # Monday", "Monday evening" 2019-03-11TEV, "premarket trading on Monday" (only "Monday").
    # Future: "at 5 p.m. (0800 GMT) on Tuesday" two TIMEs (JST = GMT+9) and the DATE
    # 2019-03-12. "18-month" P18M (bullet), "for 18 months" P18M; "at 12 months" a trial time
    # point, DURATION P12M (gold_blind73); "every four weeks" SET P4W; "the second half of
    # 2020" 2020-H2; "the early 2020s" 202; "at least five years" P5Y; "the past 15 years"
    # P15Y; "last week" 2019-W10; Aldren (a US company, no fiscal year described) "the third
    # quarter" 2019-Q3; "another six months" P6M; "in January" 2019-01 (past); "by the end of
    # the month" 2019-03. Not annotated: "UPDATE 2", "Phase 3", "KITE-1", "KITE-2", "annual
    # results" (the period of the figures, like "quarterly net profit" in gold_blind28), "the
    # morning session" and "premarket trading" (trading-session words, gold_blind63), "Nikkei
    # 225", "42 bln yen", "42 billion yen", "$377 million", "61 billion yen", "3,120 yen", "190
    # billion yen", "1,640 patients", "19 percent", "0.5 percent", "11 percent", "310 sites",
    # "22 countries", "a fifth", "late-stage", "early-stage".
    "kisaragi-alzheimers-trials-halted-wire": (
        "2019-03-11",
        [
            ("18-month", "DURATION", "P18M"),
            ("business year", "DATE", "FY2019"),
            ("March", "DATE", "2019-03"),
            ("2008", "DATE", "2008"),
            ("March 11", "DATE", "2019-03-11"),
            ("Monday", "DATE", "2019-03-11"),
            ("Friday", "DATE", "2019-03-08"),
            ("the next day", "DATE", "2019-03-09"),
            ("every four weeks", "SET", "P4W"),
            ("12 months", "DURATION", "P12M"),
            ("Sunday night", "TIME", "2019-03-10TNI"),
            ("October 2016", "DATE", "2016-10"),
            ("the second half of 2020", "DATE", "2020-H2"),
            ("18 months", "DURATION", "P18M"),
            ("July 2018", "DATE", "2018-07"),
            ("the business year", "DATE", "FY2019"),
            ("March 31", "DATE", "2019-03-31"),
            ("May 14", "DATE", "2019-05-14"),
            ("the full year", "DATE", "FY2019"),
            ("October 2008", "DATE", "2008-10"),
            ("the early 2020s", "DATE", "202"),
            ("at least five years", "DURATION", "P5Y"),
            ("the past 15 years", "DURATION", "P15Y"),
            ("last week", "DATE", "2019-W10"),
            ("the third quarter", "DATE", "2019-Q3"),
            ("June 2017", "DATE", "2017-06"),
            ("Monday evening", "TIME", "2019-03-11TEV"),
            ("another six months", "DURATION", "P6M"),
            ("January", "DATE", "2019-01"),
            ("the business year", "DATE", "FY2020"),
            ("April", "DATE", "2019-04"),
            ("the end of the month", "DATE", "2019-03"),
            ("late Sunday", "DATE", "2019-03-10"),
            ("Monday", "DATE", "2019-03-11"),
            ("5 p.m.", "TIME", "2019-03-12T17:00"),
            ("0800 GMT", "TIME", "2019-03-12T08:00"),
            ("Tuesday", "DATE", "2019-03-12"),
        ],
    ),
    # Thursday 2019-04-04 (ISO week 14), US regional paper's website, outbreak update,
    # headline, stamp "Originally published April 4, 2019 at 11:20 am | Updated April 4, 2019
    # at 6:45 pm" (two DATEs and two TIMEs, gold_blind56), byline, exposure-site list. "said
    # Thursday" the publication day; "last week" 2019-W13; "on Tuesday" 2019-04-02 and "that
    # evening" anchored on it, 2019-04-02TEV; "Thursday afternoon" 2019-04-04TAF. "has now run
    # for six weeks" -> "now" PRESENT_REF and "six weeks" P6W; "42 days" P42D (the anchored
    # duration alone; "two incubation periods" is a count); "mid-May" 2019-05; "late
    # February", "Feb. 22", "early March", "March 4" and "March 10" past. The exposure sites:
    # dates with their weekday one span each ("Saturday, March 30", "Monday, April 1",
    # "Tuesday, April 2"), each clock time on its day ("from 10 a.m. to 1:30 p.m.", "between 4
    # p.m. and 8 p.m.", "from noon to 3 p.m.", "noon" T12:00). "up to 21 days later" -> "up to
    # 21 days" P21D; "until April 20" (30 March + 21 days). "since Feb. 25"; "in all of 2018"
    # -> "2018" ("all of" left out, gold_blind61). The clinics "every Saturday in April from 9
    # a.m. to 2 p.m." -> SET XXXX-WXX-6, "April" 2019-04 and two XXXX-XX-XXThh:mm TIMEs
    # (gold_blind61). "since March 18", "before April 15"; "on Wednesday" 2019-04-03 (past);
    # "starting in September" 2019-09; "next week" 2019-W15; "last fall" 2018-FA; "every
    # Monday and Thursday" two SETs, XXXX-WXX-1 and XXXX-WXX-4 (gold_blind10). Not annotated:
    # "a 4-year-old boy" (an age), "1950 Alder St.", "House Bill 2084", "360-555-1950",
    # "brookmerehealth.org/measles2019", "resets the clock", "At the earliest", "two incubation
    # periods", "23 cases", "11 confirmed", "three cases", "3,140 doses", "more than four
    # times", "86 percent", "MMR".
    "brookmere-county-measles-exposure-sites": (
        "2019-04-04",
        [
            ("April 4, 2019", "DATE", "2019-04-04"),
            ("11:20 am", "TIME", "2019-04-04T11:20"),
            ("April 4, 2019", "DATE", "2019-04-04"),
            ("6:45 pm", "TIME", "2019-04-04T18:45"),
            ("late February", "DATE", "2019-02"),
            ("Thursday", "DATE", "2019-04-04"),
            ("last week", "DATE", "2019-W13"),
            ("Tuesday", "DATE", "2019-04-02"),
            ("that evening", "TIME", "2019-04-02TEV"),
            ("Thursday afternoon", "TIME", "2019-04-04TAF"),
            ("now", "DATE", "PRESENT_REF"),
            ("six weeks", "DURATION", "P6W"),
            ("42 days", "DURATION", "P42D"),
            ("mid-May", "DATE", "2019-05"),
            ("Feb. 22", "DATE", "2019-02-22"),
            ("early March", "DATE", "2019-03"),
            ("March 4", "DATE", "2019-03-04"),
            ("March 10", "DATE", "2019-03-10"),
            ("Saturday, March 30", "DATE", "2019-03-30"),
            ("10 a.m.", "TIME", "2019-03-30T10:00"),
            ("1:30 p.m.", "TIME", "2019-03-30T13:30"),
            ("Monday, April 1", "DATE", "2019-04-01"),
            ("4 p.m.", "TIME", "2019-04-01T16:00"),
            ("8 p.m.", "TIME", "2019-04-01T20:00"),
            ("Tuesday, April 2", "DATE", "2019-04-02"),
            ("noon", "TIME", "2019-04-02T12:00"),
            ("3 p.m.", "TIME", "2019-04-02T15:00"),
            ("up to 21 days", "DURATION", "P21D"),
            ("April 20", "DATE", "2019-04-20"),
            ("Feb. 25", "DATE", "2019-02-25"),
            ("2018", "DATE", "2018"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("April", "DATE", "2019-04"),
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("2 p.m.", "TIME", "XXXX-XX-XXT14:00"),
            ("March 18", "DATE", "2019-03-18"),
            ("April 15", "DATE", "2019-04-15"),
            ("Wednesday", "DATE", "2019-04-03"),
            ("September", "DATE", "2019-09"),
            ("next week", "DATE", "2019-W15"),
            ("last fall", "DATE", "2018-FA"),
            ("every Monday", "SET", "XXXX-WXX-1"),
            ("Thursday", "SET", "XXXX-WXX-4"),
        ],
    ),
    # Saturday 2016-10-15 (ISO week 41), Kenyan national daily's county page, section label
    # "COUNTIES", headline, date line "SATURDAY OCTOBER 15 2016" (one DATE span in capitals, the
    # weekday checked by hand with datetime), "In Summary" bullets, byline. The 10-day campaign
    # runs "from October 17 to October 26" (Monday to Wednesday); "Mashujaa Day" (Heroes' Day,
    # 20 October) 2016-10-20, and "Mashujaa Day on Thursday" two DATEs (like "Monday is Family
    # Day", gold_blind103). Future weekdays: "from Monday" (headline and body) and "9am on
    # Monday" 2016-10-17 (the clock time T09:00 on it); "Sunday, October 23" one span. Past
    # weekdays: "said on Friday" 2016-10-14; the vaccines "arrived ... on Wednesday"
    # 2016-10-12 and were delivered "the next day" 2016-10-13; "on Tuesday last" -> "Tuesday
    # last" 2016-10-11, the most recent Tuesday (gold_blind63's "Monday last"). "from 8am to
    # 5pm daily" two XXXX-XX-XXThh:mm TIMEs and SET P1D; "the first five days" of the campaign
    # P5D (an ordinal period of an event); "the end of September" 2016-09 twice; "since
    # October 3"; "in 2012, four years ago" -> "2012" and "four years ago" 2012 (the unit's
    # granularity); "every four years" SET P4Y; "over three days last week" P3D and 2016-W40;
    # "expected from next week" 2016-W42; the Kenyan government year runs July-June and is
    # named by the year it ends (gold_blind22): "the 2016/17 financial year" FY2017, one span
    # (gold_blind70); "until the end of November" 2016-11; "Since January" 2016-01; "a
    # fortnight in June" P2W and 2016-06; "dead within a week" -> "a week" P1W. Not annotated:
    # "aged nine months to 14 years" (ages), "the short rains" (a rainy season of no calendar
    # value, like the flu season, gold_blind42), "morning services" (an adjective naming a
    # kind), "The rest of the time" (anaphoric), "2 and 8 degrees Celsius", "Sh48 million",
    # "0800 723 016", "310,000", "620", "96 cases", "two deaths", "71 per cent", "2,400", "84",
    # "78 per cent".
    "kerina-county-measles-rubella-campaign": (
        "2016-10-15",
        [
            ("10-day", "DURATION", "P10D"),
            ("Monday", "DATE", "2016-10-17"),
            ("SATURDAY OCTOBER 15 2016", "DATE", "2016-10-15"),
            ("October 17", "DATE", "2016-10-17"),
            ("October 26", "DATE", "2016-10-26"),
            ("Mashujaa Day", "DATE", "2016-10-20"),
            ("July", "DATE", "2016-07"),
            ("the end of September", "DATE", "2016-09"),
            ("10-day", "DURATION", "P10D"),
            ("Monday", "DATE", "2016-10-17"),
            ("Friday", "DATE", "2016-10-14"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("daily", "SET", "P1D"),
            ("Mashujaa Day", "DATE", "2016-10-20"),
            ("Thursday", "DATE", "2016-10-20"),
            ("the first five days", "DURATION", "P5D"),
            ("July", "DATE", "2016-07"),
            ("the end of September", "DATE", "2016-09"),
            ("October 3", "DATE", "2016-10-03"),
            ("2012", "DATE", "2012"),
            ("four years ago", "DATE", "2012"),
            ("every four years", "SET", "P4Y"),
            ("three days", "DURATION", "P3D"),
            ("last week", "DATE", "2016-W40"),
            ("Wednesday", "DATE", "2016-10-12"),
            ("the next day", "DATE", "2016-10-13"),
            ("Tuesday last", "DATE", "2016-10-11"),
            ("the 2016/17 financial year", "DATE", "FY2017"),
            ("next week", "DATE", "2016-W42"),
            ("9am", "TIME", "2016-10-17T09:00"),
            ("Monday", "DATE", "2016-10-17"),
            ("Sunday, October 23", "DATE", "2016-10-23"),
            ("the end of November", "DATE", "2016-11"),
            ("January", "DATE", "2016-01"),
            ("a fortnight", "DURATION", "P2W"),
            ("June", "DATE", "2016-06"),
            ("a week", "DURATION", "P1W"),
        ],
    ),
    # Wednesday 2018-09-05 (ISO week 36), Australian broadcaster's news website, headline,
    # byline, stamps "Posted Wed 5 Sep 2018, 11:40am" and "Updated Wed 5 Sep 2018, 6:12pm" (a
    # DATE and a TIME each), "Key points:" box, "Topics:" line. The report covers "the April to
    # June quarter" 2018-Q2 (one span, like "the April-June quarter", gold_blind63) and
    # compares "the same quarter last year" 2017-Q2 (twice); "the three months to June" ->
    # "the three months" P3M and "June" 2018-06 (like "the seven days to Sunday",
    # gold_blind93); "a median of 298 days" -> "298 days" P298D ("a median of" left out,
    # gold_blind93), "298 days" in the key point likewise; "quarterly report" SET P3M (an
    # adjectival frequency naming a recurrence, gold_blind61); "released on Wednesday" the
    # publication day; "within 365 days" P365D. The NSW financial year runs July-June and is
    # named by the year it ends (gold_blind9): "the 2017-18 financial year" FY2018 (one span,
    # gold_blind70), bare "2016-17" FY2017 (gold_blind63), "the last financial year" in
    # September 2018 FY2018. "March last year" one span 2017-03 (gold_blind93's "the end of June
    # next year"); "about a year" P1Y; the patient's past "Christmas and Easter" 2017-12-25 and
    # 2018-04-01 (Easter Sunday 2018), while "before Christmas" (key point and body) is
    # 2018-12-25 ahead; "now" PRESENT_REF twice; "another six months" P6M. "in the quarter"
    # -> "the quarter" 2018-Q2, anchored on the quarter reported, and "a year earlier" after it
    # 2017-Q2; "in a decade" P10Y (the period of a superlative); "late July" 2018-07; "every
    # night" SET XXXX-XX-XXTNI; "a fortnight" P2W; "up to 19 hours" PT19H. "said on Tuesday"
    # 2018-09-04; "the October to December quarter" 2018-Q4; "trialled in May" 2018-05; "every
    # Saturday from next month" SET XXXX-WXX-6 and 2018-10; "This winter", the southern winter
    # just ended, 2018-WI (valued in the year it falls in, gold_blind9, gold_blind93); "the June
    # budget" -> "June" 2018-06 (like "the November issue", gold_blind93); "2021"; "since 2015".
    # Not annotated: "the worst flu season" beyond "a decade" (gold_blind42), "Weekend
    # operating lists" (an adjective naming a kind), "category 3", "on time", "71" (an age),
    # "marrangul-2340" (a postcode in a topic tag), "83 per cent", "96 per cent", "3,410", "6 per
    # cent", "14,920", "9 per cent", "400 extra operations", "fourth", "$3.2 million", "$180
    # million".
    "marrangul-hospital-hip-knee-waits": (
        "2018-09-05",
        [
            ("Wed 5 Sep 2018", "DATE", "2018-09-05"),
            ("11:40am", "TIME", "2018-09-05T11:40"),
            ("Wed 5 Sep 2018", "DATE", "2018-09-05"),
            ("6:12pm", "TIME", "2018-09-05T18:12"),
            ("298 days", "DURATION", "P298D"),
            ("the April to June quarter", "DATE", "2018-Q2"),
            ("the same quarter last year", "DATE", "2017-Q2"),
            ("Christmas", "DATE", "2018-12-25"),
            ("298 days", "DURATION", "P298D"),
            ("the three months", "DURATION", "P3M"),
            ("June", "DATE", "2018-06"),
            ("quarterly", "SET", "P3M"),
            ("Wednesday", "DATE", "2018-09-05"),
            ("365 days", "DURATION", "P365D"),
            ("the same quarter last year", "DATE", "2017-Q2"),
            ("the 2017-18 financial year", "DATE", "FY2018"),
            ("2016-17", "DATE", "FY2017"),
            ("March last year", "DATE", "2017-03"),
            ("about a year", "DURATION", "P1Y"),
            ("Christmas", "DATE", "2017-12-25"),
            ("Easter", "DATE", "2018-04-01"),
            ("now", "DATE", "PRESENT_REF"),
            ("another six months", "DURATION", "P6M"),
            ("the quarter", "DATE", "2018-Q2"),
            ("a year earlier", "DATE", "2017-Q2"),
            ("a decade", "DURATION", "P10Y"),
            ("late July", "DATE", "2018-07"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("a fortnight", "DURATION", "P2W"),
            ("up to 19 hours", "DURATION", "PT19H"),
            ("Tuesday", "DATE", "2018-09-04"),
            ("Christmas", "DATE", "2018-12-25"),
            ("the October to December quarter", "DATE", "2018-Q4"),
            ("May", "DATE", "2018-05"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("next month", "DATE", "2018-10"),
            ("This winter", "DATE", "2018-WI"),
            ("now", "DATE", "PRESENT_REF"),
            ("the last financial year", "DATE", "FY2018"),
            ("June", "DATE", "2018-06"),
            ("2021", "DATE", "2021"),
            ("2015", "DATE", "2015"),
        ],
    ),
    # Friday 2018-04-20 (ISO week 16), British national paper's website, section label
    # "Science", headline, standfirst, byline, stamps "Fri 20 Apr 2018 00.01 BST" and "Last
    # modified on Fri 20 Apr 2018 09.30 BST" (a DATE and a TIME each, the zone in the span; the
    # 00.01 stamp is the usual end of a research embargo, and the DCT is the day). "almost two
    # weeks earlier" (headline and lead) P2W, "13 days" P13D, "nine days" P9D, "three days"
    # P3D and "nearly two weeks before Easter" P2W: sizes of a shift (gold_blind61,
    # gold_blind73); "1960s" (headline, no article) and "the 1960s" (twice) 196, "the 2010s"
    # 201; "more than 50 years" P50Y (standfirst and lead); "published on Friday" the
    # publication day; "about four days" P4D; "up to a week" P1W; "now" and "Now"
    # PRESENT_REF; "This year" 2018; "19 March" 2018-03-19; "Easter" 2018-04-01 (Easter
    # Sunday 2018); "last month" 2018-03; "the week to Sunday" -> "the week" 2018-W15 and
    # "Sunday" 2018-04-15 (gold_blind61); "founded in 1958"; "its annual Swallow Watch" SET P1Y
    # (an adjectival frequency naming a recurrence, gold_blind63's "annual wage talks"); "from
    # 1 April to 31 May" this year's; "the early May bank holiday weekend" (Saturday 5 to
    # Monday 7 May 2018) 2018-W18-WE, the ISO week of its Saturday (gold_blind9,
    # gold_blind103); "the autumn" 2018-FA; "this summer" 2018-SU; "over the weekend" ahead
    # 2018-W16-WE; "St George's Day on Monday" two DATEs 2018-04-23; "7.30pm on Thursday 26
    # April" a TIME and a DATE. Not annotated: "spring migrants" (an adjective naming a kind),
    # "a sign that summer was on its way" (a generic summer), "Science" (a section label),
    # "Swallow Watch" beyond "annual", "early arrivals", "a late cold snap", "too early", "for
    # ever", "at the wrong moment", "may" the verb, "214 sites", "1.2 million records", "60
    # swallows", "80 birds", "25C", "a third", "kestle.org.uk/swallowwatch2018".
    "swallows-arriving-earlier-fifty-year-study": (
        "2018-04-20",
        [
            ("almost two weeks", "DURATION", "P2W"),
            ("1960s", "DATE", "196"),
            ("more than 50 years", "DURATION", "P50Y"),
            ("Fri 20 Apr 2018", "DATE", "2018-04-20"),
            ("00.01 BST", "TIME", "2018-04-20T00:01"),
            ("Fri 20 Apr 2018", "DATE", "2018-04-20"),
            ("09.30 BST", "TIME", "2018-04-20T09:30"),
            ("almost two weeks", "DURATION", "P2W"),
            ("the 1960s", "DATE", "196"),
            ("more than 50 years", "DURATION", "P50Y"),
            ("Friday", "DATE", "2018-04-20"),
            ("13 days", "DURATION", "P13D"),
            ("the 1960s", "DATE", "196"),
            ("the 2010s", "DATE", "201"),
            ("now", "DATE", "PRESENT_REF"),
            ("nine days", "DURATION", "P9D"),
            ("three days", "DURATION", "P3D"),
            ("1964", "DATE", "1964"),
            ("2016", "DATE", "2016"),
            ("2015", "DATE", "2015"),
            ("about four days", "DURATION", "P4D"),
            ("up to a week", "DURATION", "P1W"),
            ("Now", "DATE", "PRESENT_REF"),
            ("This year", "DATE", "2018"),
            ("19 March", "DATE", "2018-03-19"),
            ("nearly two weeks", "DURATION", "P2W"),
            ("Easter", "DATE", "2018-04-01"),
            ("last month", "DATE", "2018-03"),
            ("the week", "DATE", "2018-W15"),
            ("Sunday", "DATE", "2018-04-15"),
            ("1958", "DATE", "1958"),
            ("annual", "SET", "P1Y"),
            ("1 April", "DATE", "2018-04-01"),
            ("31 May", "DATE", "2018-05-31"),
            ("the early May bank holiday weekend", "DATE", "2018-W18-WE"),
            ("the autumn", "DATE", "2018-FA"),
            ("this summer", "DATE", "2018-SU"),
            ("the weekend", "DATE", "2018-W16-WE"),
            ("St George's Day", "DATE", "2018-04-23"),
            ("Monday", "DATE", "2018-04-23"),
            ("7.30pm", "TIME", "2018-04-26T19:30"),
            ("Thursday 26 April", "DATE", "2018-04-26"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
