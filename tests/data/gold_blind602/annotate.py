"""Annotations of the six-hundred-and-second blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind602/annotate.py [--show]

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
    # Friday 1998-04-17 (ISO week 16), AP drug-approval story, header line "Friday, April 17,
    # 1998" (one DATE span with its weekday, gold_blind34), headline, byline "Associated Press
    # Writer", "WASHINGTON (AP) _" dateline. AP's "today" is the day of the wire; the approval
    # came "late Thursday" 1998-04-16 (one span, the modifier kept). The headline's
    # "Once-a-Day" is an adjectival frequency naming the recurrence of the doses, SET P1D (like
    # "once-weekly" P1W in gold_blind61); "once a day", "twice a day" and "daily" P1D; "every
    # morning" XXXX-XX-XXTMO; "every three months" P3M; "every other day" P2D (gold_blind34).
    # "within six weeks" -> "six weeks" P6W; "within months" -> "months" PXM; "the past
    # decade" P10Y; "in January" the past January 1998-01; "March 3" 1998-03-03; "almost 14
    # months after the company applied" DURATION P14M (an anchored duration), "February 1997"
    # 1997-02. Trial periods are DURATIONs (gold_blind61, gold_blind73): "12 weeks" P12W, "the
    # final four weeks" and "the four weeks before treatment" -> "the four weeks" P4W, "the
    # three months before she joined" -> "the three months" P3M, "the following three months"
    # P3M, "the first year of treatment" -> "the first year" P1Y (an ordinal period of an
    # event); "two-year" P2Y. "the end of 1999" takes the year's value. Shipping "May 26"
    # 1998-05-26 (a Tuesday, ISO week 22), "the week before" anchored on it, 1998-W21. "at 9
    # a.m. EDT today" TIME 1998-04-17T09:00 (zone in the span) and DATE. Halbrook's fiscal year
    # ends June 30 and is named by the year it ends: "whose fiscal year ends June 30" names the
    # end of the year now running, 1998-06-30 (gold_blind33); "fiscal 1999" FY1999 (July
    # 1998-June 1999), "fiscal 2000" FY2000. "this afternoon" 1998-04-17TAF; "1991"; "June 11"
    # 1998-06-11 ahead; "early next year" 1999. The patient line's hours recur, "from 8 a.m. to
    # 8 p.m. daily" -> two TIMEs XXXX-XX-XXThh:mm and the SET (gold_blind34, gold_blind61);
    # "starting Monday" 1998-04-20. Not annotated: "40 mg", "HP-1996" (a code number holding a
    # year-like 1996), "9-2", "31 centers", "2.1", "4.6", "4.5", "3.9", "44" (an age), "11
    # times", "30 tablets", "$58.40", "$40 million", "$3.125", "$47.50", "two patients",
    # "1-800-555-1998" (a phone number holding 1998, in a 1998 story), "its highest price".
    "fda-approves-corvanil-migraine-pill": (
        "1998-04-17",
        [
            ("Friday, April 17, 1998", "DATE", "1998-04-17"),
            ("Once-a-Day", "SET", "P1D"),
            ("late Thursday", "DATE", "1998-04-16"),
            ("once a day", "SET", "P1D"),
            ("today", "DATE", "1998-04-17"),
            ("six weeks", "DURATION", "P6W"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("12 weeks", "DURATION", "P12W"),
            ("twice a day", "SET", "P1D"),
            ("months", "DURATION", "PXM"),
            ("the past decade", "DURATION", "P10Y"),
            ("January", "DATE", "1998-01"),
            ("March 3", "DATE", "1998-03-03"),
            ("almost 14 months", "DURATION", "P14M"),
            ("February 1997", "DATE", "1997-02"),
            ("October 1995", "DATE", "1995-10"),
            ("June 1997", "DATE", "1997-06"),
            ("the final four weeks", "DURATION", "P4W"),
            ("the four weeks", "DURATION", "P4W"),
            ("the three months", "DURATION", "P3M"),
            ("the following three months", "DURATION", "P3M"),
            ("every three months", "SET", "P3M"),
            ("the first year", "DURATION", "P1Y"),
            ("two-year", "DURATION", "P2Y"),
            ("the end of 1999", "DATE", "1999"),
            ("May 26", "DATE", "1998-05-26"),
            ("the week before", "DATE", "1998-W21"),
            ("9 a.m. EDT", "TIME", "1998-04-17T09:00"),
            ("today", "DATE", "1998-04-17"),
            ("June 30", "DATE", "1998-06-30"),
            ("fiscal 1999", "DATE", "FY1999"),
            ("fiscal 2000", "DATE", "FY2000"),
            ("this afternoon", "TIME", "1998-04-17TAF"),
            ("1991", "DATE", "1991"),
            ("every other day", "SET", "P2D"),
            ("June 11", "DATE", "1998-06-11"),
            ("early next year", "DATE", "1999"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
            ("Monday", "DATE", "1998-04-20"),
        ],
    ),
    # Thursday 1998-10-01 (ISO week 40), a weekly trade newsletter for hospital pharmacy
    # directors: masthead, "Vol. 12, No. 39 | Thursday, October 1, 1998" (the date one DATE
    # span with its weekday), contents list, three items and a deadlines box. "The weekly
    # newsletter" is an adjectival frequency naming the recurrence of the issues, SET P1W
    # (like "weekly flu bulletin" in gold_blind61). "15 months to go" (contents and heading,
    # the heading in capitals) and "With 15 months left before Jan. 1, 2000" DURATION P15M.
    # "our September survey" -> "September" 1998-09, the month the survey was made (like "the
    # November issue" in gold_blind93). "last Friday" in a Thursday newsletter is the most
    # recent Friday, 1998-09-25 (gold_blind8, gold_blind14). "midnight on Dec. 31, 1999" is
    # the rollover at the end of that day, TIME 1999-12-31T24:00 (gold_blind75,
    # gold_blind103), with its DATE; "the start of 1900" (the year the pumps will wrongly
    # read) DATE 1900, the modifier kept like "the start of the year" (gold_blind42). "from 6
    # p.m. on Dec. 31, 1999, until noon the next day": 1999-12-31T18:00, the DATE,
    # 2000-01-01T12:00 and "the next day" 2000-01-01, anchored on the date just named.
    # "quarterly" SET P3M (the adverb, gold_blind35), "twice a year" P1Y. "the 1998-99 season"
    # (a flu season) -> "1998" and "99" DATEs 1998 and 1999, "season" left out (gold_blind93,
    # gold_blind10). "about three weeks later than usual" DURATION P3W (the size of a shift,
    # gold_blind61); the strain "added in March" 1998-03; "next week" 1998-W41; "now"
    # PRESENT_REF; "mid-November" 1998-11; "at 2 p.m. EDT on Tuesday" 1998-10-06T14:00 and
    # 1998-10-06. The hospitals' fiscal year, like the federal one, runs October-September and
    # is named by the year it ends: "FISCAL 1999" and "fiscal 1999" FY1999, "fiscal 1998"
    # FY1998; "whose fiscal year ... began today" -> "today" 1998-10-01 only (like "whose
    # fiscal year ends June 30" in gold_blind33). "every 90 days" SET P90D, "monthly" P1M.
    # Deadlines: "Oct. 15", "Nov. 2", "Dec. 6-9" -> "Dec. 6" and "9" (a range of days, two
    # DATEs, gold_blind93), "Jan. 1, 1999". Not annotated: "HOSPITAL PHARMACY WEEK" and "HPW"
    # (the newsletter's name), "Vol. 12, No. 39", "Y2K" (the name of a problem, gold_blind34),
    # "Model 2000" (a model number, beside "Jan. 1, 2000"), "the year" in "store the year as
    # two digits" (generic), "fiscal year" in "whose fiscal year ... began today" (only its
    # day is annotated), "running late", "212 hospitals", "41 hospitals", "6.2%" (twice),
    # "H3N2", "www.hpweek.com/1998/y2k" (a URL holding 1998), "$395", "(800) 555-2000" (a
    # phone number ending in 2000), "a third".
    "hospital-pharmacy-week-y2k-flu-vaccine-deadlines": (
        "1998-10-01",
        [
            ("weekly", "SET", "P1W"),
            ("Thursday, October 1, 1998", "DATE", "1998-10-01"),
            ("15 months", "DURATION", "P15M"),
            ("Fiscal 1999", "DATE", "FY1999"),
            ("15 MONTHS", "DURATION", "P15M"),
            ("15 months", "DURATION", "P15M"),
            ("Jan. 1, 2000", "DATE", "2000-01-01"),
            ("September", "DATE", "1998-09"),
            ("Oct. 31", "DATE", "1998-10-31"),
            ("last Friday", "DATE", "1998-09-25"),
            ("1993", "DATE", "1993"),
            ("November", "DATE", "1998-11"),
            ("March 31, 1999", "DATE", "1999-03-31"),
            ("1995", "DATE", "1995"),
            ("midnight", "TIME", "1999-12-31T24:00"),
            ("Dec. 31, 1999", "DATE", "1999-12-31"),
            ("the start of 1900", "DATE", "1900"),
            ("6 p.m.", "TIME", "1999-12-31T18:00"),
            ("Dec. 31, 1999", "DATE", "1999-12-31"),
            ("noon", "TIME", "2000-01-01T12:00"),
            ("the next day", "DATE", "2000-01-01"),
            ("quarterly", "SET", "P3M"),
            ("twice a year", "SET", "P1Y"),
            ("1998", "DATE", "1998"),
            ("99", "DATE", "1999"),
            ("about three weeks", "DURATION", "P3W"),
            ("March", "DATE", "1998-03"),
            ("next week", "DATE", "1998-W41"),
            ("now", "DATE", "PRESENT_REF"),
            ("mid-November", "DATE", "1998-11"),
            ("2 p.m. EDT", "TIME", "1998-10-06T14:00"),
            ("Tuesday", "DATE", "1998-10-06"),
            ("FISCAL 1999", "DATE", "FY1999"),
            ("today", "DATE", "1998-10-01"),
            ("fiscal 1999", "DATE", "FY1999"),
            ("fiscal 1998", "DATE", "FY1998"),
            ("1994", "DATE", "1994"),
            ("every 90 days", "SET", "P90D"),
            ("monthly", "SET", "P1M"),
            ("Oct. 15", "DATE", "1998-10-15"),
            ("Nov. 2", "DATE", "1998-11-02"),
            ("Dec. 6", "DATE", "1998-12-06"),
            ("9", "DATE", "1998-12-09"),
            ("Jan. 1, 1999", "DATE", "1999-01-01"),
        ],
    ),
    # Tuesday 1999-03-02 (ISO week 9), newspaper science-desk column, section line "SCIENCE
    # TIMES | Tuesday, March 2, 1999" (the date one DATE span), column label, headline, byline,
    # no dateline. "in Wednesday's issue" -> "Wednesday" 1999-03-03, the coming day (the
    # possessive left out); "in an interview yesterday" 1999-03-01; "he said on Friday" the
    # most recent Friday, 1999-02-26. "every two years" SET P2Y; "Each visit took about four
    # hours" PT4H (a generic duration); "followed ... for an average of 27 years" -> "27
    # years" P27Y ("an average of" left out, gold_blind42); years as written ("1968" three
    # times in all, "1996" twice, "1972", "1993", "1974", "2004"). "at least 10 years" P10Y;
    # "for decades" -> "decades" PXY (gold_blind6); "the past decade" P10Y; "over many years"
    # -> "many years" PXY. "the late 1960s" 196, "the 1980s" 198; "now" PRESENT_REF twice (in
    # "now more than half are" and "now 79"). The volunteer's story: "July 9, 1968" (a
    # Tuesday), "at 7 a.m." that day 1968-07-09T07:00, "the next day" 1968-07-10, "That
    # evening" the evening of that next day, TIME 1968-07-10TEV (a narrative anchor, like
    # "that evening" after "the day before" in gold_blind8). "every morning since 1974" SET
    # XXXX-XX-XXTMO and DATE 1974. "last fall" in March 1999 is 1998-FA; "five years" P5Y;
    # "next month" 1999-04; "April 21" 1999-04-21. Not annotated: "VITAL SIGNS" (a column's
    # name), the headline's "50" and "80" (ages) and "May" (the verb, capitalised in a
    # headline), "middle age", "in their 70s and 80s" (ages, not decades, gold_blind42), "aged
    # 45 to 60", "over 65", "79" and "Interstate 79" (an age and a road), "4,210", "1,877",
    # "160", "15 percent", "twice as likely" (a count), "one in five", "more than half",
    # "6,000", "the first exams", "by the end of the study" (gold_blind93), "his first visit".
    "corbin-county-blood-pressure-memory-study": (
        "1999-03-02",
        [
            ("Tuesday, March 2, 1999", "DATE", "1999-03-02"),
            ("Wednesday", "DATE", "1999-03-03"),
            ("1968", "DATE", "1968"),
            ("every two years", "SET", "P2Y"),
            ("1996", "DATE", "1996"),
            ("about four hours", "DURATION", "PT4H"),
            ("27 years", "DURATION", "P27Y"),
            ("1968", "DATE", "1968"),
            ("1972", "DATE", "1972"),
            ("1993", "DATE", "1993"),
            ("1996", "DATE", "1996"),
            ("at least 10 years", "DURATION", "P10Y"),
            ("decades", "DURATION", "PXY"),
            ("yesterday", "DATE", "1999-03-01"),
            ("the past decade", "DURATION", "P10Y"),
            ("many years", "DURATION", "PXY"),
            ("the late 1960s", "DATE", "196"),
            ("now", "DATE", "PRESENT_REF"),
            ("the 1980s", "DATE", "198"),
            ("now", "DATE", "PRESENT_REF"),
            ("July 9, 1968", "DATE", "1968-07-09"),
            ("7 a.m.", "TIME", "1968-07-09T07:00"),
            ("the next day", "DATE", "1968-07-10"),
            ("That evening", "TIME", "1968-07-10TEV"),
            ("Friday", "DATE", "1999-02-26"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("1974", "DATE", "1974"),
            ("last fall", "DATE", "1998-FA"),
            ("five years", "DURATION", "P5Y"),
            ("2004", "DATE", "2004"),
            ("next month", "DATE", "1999-04"),
            ("April 21", "DATE", "1999-04-21"),
        ],
    ),
    # Saturday 1999-09-11 (ISO week 36), Canadian Press story as a paper's website runs it,
    # header line "Saturday, September 11, 1999" (one DATE span), headline, "MARTEN FALLS,
    # Ont. (CP) --" dateline. "today" is the publication day, "Sunday" 1999-09-12 ahead.
    # Labour Day was Monday 1999-09-06; "the Labour Day weekend" is the Saturday-Sunday before
    # it, the ISO week of its Saturday (4 September), 1999-W35-WE (gold_blind43, gold_blind76).
    # "from Aug. 30 to Sept. 7" two DATEs; "said Friday" 1999-09-10; "Wednesday night"
    # 1999-09-08TNI and "the next day" 1999-09-09 after it. "those nine days" DURATION P9D
    # (the determiner kept); "within 14 days of exposure" -> "14 days" P14D; "ate there on Aug.
    # 30 have until Monday" 1999-09-13 (14 days on). Clinics "from 9 a.m. to 7 p.m. today"
    # 1999-09-11T09:00 and T19:00 with "today", "from noon to 5 p.m. Sunday" 1999-09-12T12:00
    # and T17:00 with "Sunday"; the second clinic "on Monday" 1999-09-13. Past: "since
    # Thursday" 1999-09-09, "went back to school on Tuesday" 1999-09-07, "on Thursday
    # afternoon" 1999-09-09TAF. "until at least Sept. 20" -> "at least Sept. 20" 1999-09-20
    # (gold_blind35). "up to 50 days" P50D; "late October" 1999-10 ahead; "for weeks" ->
    # "weeks" PXW; "now" PRESENT_REF; "a booster six months after the first shot" -> "six
    # months" P6M (an anchored interval); "at least 10 years" P10Y; "the fall of 1996" one
    # span 1996-FA; "every year" P1Y; "in 1998" and "a year earlier" after it 1997 (the
    # granularity of what it is compared with, gold_blind35). "Thanksgiving" in Canada is the
    # second Monday of October, 1999-10-11 (a holiday on the date it falls on). "next Friday"
    # in a Saturday story is the coming Friday, 1999-09-17 (gold_blind18, gold_blind25). Not
    # annotated: "Highway 11", "2,400 meals", "67-year-old", "Three customers", "23 people",
    # "412", "589", "Since then" (anaphoric, gold_blind34), "around the clock" (gold_blind35),
    # "1-800-555-1996" (a phone number holding 1996, after "the fall of 1996"), "the first
    # shot", "the outbreak".
    "marten-falls-hepatitis-a-diner-clinics": (
        "1999-09-11",
        [
            ("Saturday, September 11, 1999", "DATE", "1999-09-11"),
            ("today", "DATE", "1999-09-11"),
            ("Sunday", "DATE", "1999-09-12"),
            ("the Labour Day weekend", "DATE", "1999-W35-WE"),
            ("Aug. 30", "DATE", "1999-08-30"),
            ("Sept. 7", "DATE", "1999-09-07"),
            ("Friday", "DATE", "1999-09-10"),
            ("Wednesday night", "TIME", "1999-09-08TNI"),
            ("the next day", "DATE", "1999-09-09"),
            ("those nine days", "DURATION", "P9D"),
            ("14 days", "DURATION", "P14D"),
            ("Aug. 30", "DATE", "1999-08-30"),
            ("Monday", "DATE", "1999-09-13"),
            ("9 a.m.", "TIME", "1999-09-11T09:00"),
            ("7 p.m.", "TIME", "1999-09-11T19:00"),
            ("today", "DATE", "1999-09-11"),
            ("noon", "TIME", "1999-09-12T12:00"),
            ("5 p.m.", "TIME", "1999-09-12T17:00"),
            ("Sunday", "DATE", "1999-09-12"),
            ("Monday", "DATE", "1999-09-13"),
            ("Thursday", "DATE", "1999-09-09"),
            ("Tuesday", "DATE", "1999-09-07"),
            ("1962", "DATE", "1962"),
            ("Thursday afternoon", "TIME", "1999-09-09TAF"),
            ("at least Sept. 20", "DATE", "1999-09-20"),
            ("up to 50 days", "DURATION", "P50D"),
            ("late October", "DATE", "1999-10"),
            ("weeks", "DURATION", "PXW"),
            ("now", "DATE", "PRESENT_REF"),
            ("six months", "DURATION", "P6M"),
            ("at least 10 years", "DURATION", "P10Y"),
            ("the fall of 1996", "DATE", "1996-FA"),
            ("every year", "SET", "P1Y"),
            ("1998", "DATE", "1998"),
            ("a year earlier", "DATE", "1997"),
            ("Thanksgiving", "DATE", "1999-10-11"),
            ("next Friday", "DATE", "1999-09-17"),
        ],
    ),
    # Wednesday 2000-01-12 (ISO week 2), British paper's health story, section label,
    # headline ("until next week"), standfirst ("since New Year's Day"), byline, date line
    # "Wednesday 12 January 2000". "yesterday" is Tuesday 2000-01-11 and "last night" its
    # night, 2000-01-11TNI (gold_blind35). "next week" 2000-W03; "New Year's Day" 2000-01-01
    # (a holiday on the day it falls on, gold_blind3). "until at least Monday" -> "at least
    # Monday" 2000-01-17, and "by Monday" the same coming Monday; "11 consecutive days" P11D
    # (gold_blind103). "at 8am yesterday" 2000-01-11T08:00 and the DATE; "more than 12 hours"
    # PT12H; "since Friday" the most recent Friday, 2000-01-07. "from 11pm on Monday until
    # 2.15pm the next day": 2000-01-10T23:00, "Monday" 2000-01-10 (the same weekday as the
    # future "Monday" in one story), "2.15pm" 2000-01-11T14:15 and "the next day" 2000-01-11.
    # "this winter's outbreak" -> "this winter" 2000-WI (the winter of 1999-2000, named by the
    # year of its January, gold_blind10, gold_blind97), "the winter of 1989-90" one span
    # 1990-WI (gold_blind73, gold_blind76). "last week" 2000-W01 (3-9 January) and "the week
    # before" 1999-W52 (27 December-2 January; 1 January 2000 lies in ISO week 52 of 1999).
    # "within a fortnight" -> "a fortnight" P2W (gold_blind9). "since Christmas" 1999-12-25;
    # "12-hour shifts" -> "12-hour" PT12H. "the end of March" 2000-03; "the financial year to
    # March" -> "the financial year" FY2000 (the NHS year April 1999-March 2000, named by the
    # year it ends) and "March" 2000-03 (gold_blind61). "last autumn" 1999-FA; "now"
    # PRESENT_REF; visiting hours "2pm to 4pm and 6.30pm to 8pm each day" four TIMEs
    # XXXX-XX-XXThh:mm and the SET P1D; "every morning at 7.30am" SET XXXX-XX-XXTMO and TIME
    # XXXX-XX-XXT07:30 (gold_blind93); "at the weekend" (ahead) -> "the weekend" 2000-W02-WE.
    # Not annotated: "HEALTH", "A&E" (twice), "41 patients", "87" (an age), "Ward 10", "212",
    # "every 100,000 patients" (a population base, not a set), "96", "24 extra beds", "the
    # holiday" (the Christmas and New Year break, no value; see README), "The millennium bug"
    # (the name of a problem, like "Y2K" in gold_blind34), "About 180 operations", "£1.2m",
    # "£1.9m", "winter pressures" (a kind of funding, like "excess winter deaths" in
    # gold_blind73), "58 per cent", "60 per cent", "over-75s", "01632 962 000" (a phone number
    # ending in 2000, in a 2000 story).
    "ashcombe-hospitals-flu-cancelled-operations": (
        "2000-01-12",
        [
            ("next week", "DATE", "2000-W03"),
            ("New Year's Day", "DATE", "2000-01-01"),
            ("Wednesday 12 January 2000", "DATE", "2000-01-12"),
            ("yesterday", "DATE", "2000-01-11"),
            ("at least Monday", "DATE", "2000-01-17"),
            ("11 consecutive days", "DURATION", "P11D"),
            ("8am", "TIME", "2000-01-11T08:00"),
            ("yesterday", "DATE", "2000-01-11"),
            ("more than 12 hours", "DURATION", "PT12H"),
            ("Friday", "DATE", "2000-01-07"),
            ("11pm", "TIME", "2000-01-10T23:00"),
            ("Monday", "DATE", "2000-01-10"),
            ("2.15pm", "TIME", "2000-01-11T14:15"),
            ("the next day", "DATE", "2000-01-11"),
            ("this winter", "DATE", "2000-WI"),
            ("the winter of 1989-90", "DATE", "1990-WI"),
            ("last week", "DATE", "2000-W01"),
            ("the week before", "DATE", "1999-W52"),
            ("a fortnight", "DURATION", "P2W"),
            ("last night", "TIME", "2000-01-11TNI"),
            ("Christmas", "DATE", "1999-12-25"),
            ("12-hour", "DURATION", "PT12H"),
            ("Monday", "DATE", "2000-01-17"),
            ("the end of March", "DATE", "2000-03"),
            ("the financial year", "DATE", "FY2000"),
            ("March", "DATE", "2000-03"),
            ("last autumn", "DATE", "1999-FA"),
            ("now", "DATE", "PRESENT_REF"),
            ("2pm", "TIME", "XXXX-XX-XXT14:00"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("6.30pm", "TIME", "XXXX-XX-XXT18:30"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("each day", "SET", "P1D"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("7.30am", "TIME", "XXXX-XX-XXT07:30"),
            ("the weekend", "DATE", "2000-W02-WE"),
        ],
    ),
    # Monday 2000-02-21 (ISO week 8), Hong Kong English-language daily, section label "HONG
    # KONG", date line "Monday, February 21, 2000", headline, standfirst, byline. "yesterday"
    # is Sunday 2000-02-20, "tomorrow" Tuesday 2000-02-22 (standfirst and body). Lunar New
    # Year fell on Saturday 2000-02-05 (a holiday on the date it falls on, gold_blind57), and
    # the text gives the date too ("since Lunar New Year on February 5" -> two DATEs); the
    # headline's "two weeks after Lunar New Year" -> "two weeks" DURATION P2W (an anchored
    # duration, gold_blind35) and the holiday. "the Year of the Dragon" (the lunar year begun
    # that day) DATE 2000, like "the Year of the Horse" in gold_blind57. "until end of March"
    # (standfirst, no article) and "until the end of March" 2000-03. "last week" 2000-W07,
    # "the week before" 2000-W06 (anchored on it, gold_blind42); "the past fortnight" P2W
    # (gold_blind9). "last autumn" (twice) 1999-FA. "on Saturday night" 2000-02-19TNI; "more
    # than eight hours" PT8H; "We have not seen wards this full in a decade" -> "a decade" P10Y
    # (the period of a negated "in", gold_blind34). Clinic hours "from 9am to 10pm daily,
    # including Sundays": two TIMEs XXXX-XX-XXThh:mm, SET P1D and "Sundays" SET XXXX-WXX-7
    # (plural weekday, gold_blind73). "This winter's outbreak" -> "This winter" 2000-WI, "Last
    # winter's peak" -> "Last winter" 1999-WI (the winter of 1998-99, named by its January),
    # its "mid-January" 1999-01, "about three weeks" P3W. "by mid-March" 2000-03; "within four
    # days" -> "four days" P4D; "yearly flu jabs" SET P1Y (an adjectival frequency naming a
    # recurrence); "from October" 2000-10 ahead; "every morning" SET; the panel "on Thursday at
    # 2.30pm" 2000-02-24 and 2000-02-24T14:30; the hotline "open from 8am to 11pm" two TIMEs
    # XXXX-XX-XXThh:mm. Not annotated: "night clinics" (a kind of clinic, like "night shifts"
    # in gold_blind34), "reunion dinners", "112 per cent", "2,140", "1,310", "H3N2",
    # "A/Shatin/7/99" (a strain name holding 99, gold_blind61), "14 acute hospitals", "600
    # extra beds", "18 general out-patient clinics", "HK$37", "58,000", "over 65", "2300 6555"
    # (a phone number that reads like a clock time, 23:00), the outbreak's "peak".
    "hong-kong-flu-wards-after-lunar-new-year": (
        "2000-02-21",
        [
            ("Monday, February 21, 2000", "DATE", "2000-02-21"),
            ("two weeks", "DURATION", "P2W"),
            ("Lunar New Year", "DATE", "2000-02-05"),
            ("tomorrow", "DATE", "2000-02-22"),
            ("end of March", "DATE", "2000-03"),
            ("yesterday", "DATE", "2000-02-20"),
            ("Lunar New Year", "DATE", "2000-02-05"),
            ("February 5", "DATE", "2000-02-05"),
            ("the Year of the Dragon", "DATE", "2000"),
            ("last week", "DATE", "2000-W07"),
            ("the week before", "DATE", "2000-W06"),
            ("the past fortnight", "DURATION", "P2W"),
            ("last autumn", "DATE", "1999-FA"),
            ("Saturday night", "TIME", "2000-02-19TNI"),
            ("more than eight hours", "DURATION", "PT8H"),
            ("a decade", "DURATION", "P10Y"),
            ("yesterday", "DATE", "2000-02-20"),
            ("tomorrow", "DATE", "2000-02-22"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("daily", "SET", "P1D"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("the end of March", "DATE", "2000-03"),
            ("This winter", "DATE", "2000-WI"),
            ("Last winter", "DATE", "1999-WI"),
            ("mid-January", "DATE", "1999-01"),
            ("about three weeks", "DURATION", "P3W"),
            ("mid-March", "DATE", "2000-03"),
            ("four days", "DURATION", "P4D"),
            ("last autumn", "DATE", "1999-FA"),
            ("yearly", "SET", "P1Y"),
            ("October", "DATE", "2000-10"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("Thursday", "DATE", "2000-02-24"),
            ("2.30pm", "TIME", "2000-02-24T14:30"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("11pm", "TIME", "XXXX-XX-XXT23:00"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
