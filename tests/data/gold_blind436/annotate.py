"""Annotations of the four-hundred-and-thirty-sixth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind436/annotate.py [--show]

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
    # Thursday 2013-02-28 (ISO week 9), English evening paper's website, council budget story,
    # section label, headline, standfirst, byline, stamp "Last updated: 12:05, Thursday 28
    # February 2013" (TIME and DATE, gold_blind69, gold_blind93). Full council met on
    # Wednesday 2013-02-27: "last night" (the vote) 2013-02-27TNI, "6pm yesterday", "10.50pm",
    # "about 8pm" and the protest "from 5pm" are clock times of that day. The council's
    # financial year runs April-March and is named by the year it ends: "2013-14" FY2014 three
    # times, "the financial year that begins on 1 April" -> FY2014 plus 2013-04-01
    # (gold_blind35, gold_blind88), "2015-16" FY2016; "balance the books by 31 March" is the end
    # of the current year, 2013-03-31. "from April" 2013-04, "next month" 2013-03, "in
    # December" 2012-12 (the grant), "November and December" of the consultation 2012-11 and
    # 2012-12. "last year's freeze" -> "last year" 2012, the value of the wording
    # (gold_blind35's "Last year's budget"). "Six weeks later" after "14 January" (2013-01-14)
    # is the ISO week six weeks on, 2013-W09 (unit granularity, gold_blind68's "a week
    # later"). Future: the cabinet "on Monday" 2013-03-04, "Thursday 21 March" with "6pm".
    # "the end of the year" 2013. SETs: "Wednesday afternoons" and "every Wednesday afternoon"
    # XXXX-WXX-3TAF (gold_blind10), "Sundays" XXXX-WXX-7 and "Saturdays" XXXX-WXX-6 (plural
    # weekdays, gold_blind95), "monthly" instalments P1M (an adjectival recurrence,
    # gold_blind35). DURATIONs: "five-hour", "almost five hours" PT5H, "20-minute" PT20M, "the
    # next three years" P3Y twice, "six weeks" P6W, "the past five years" P5Y, "the first
    # hour" PT1H (free parking, like "the first two hours" in gold_blind44). Not annotated:
    # "1.9%", "1.9 per cent", "31 votes to 22", "Band D", "£4.32", "£231.68", "ten" (a count of
    # instalments), "£9.6m", "60", "4,200", "1,814", "four of" (a count of years), "£24", "74
    # jobs", "agenda item 12", "hallbridge.gov.uk/budget2013" (a year inside a URL), "library
    # hours" (a kind), "at the last minute" (an idiom).
    "hallbridge-council-tax-budget-libraries": (
        "2013-02-28",
        [
            ("Wednesday afternoons", "SET", "XXXX-WXX-3TAF"),
            ("2013-14", "DATE", "FY2014"),
            ("five-hour", "DURATION", "PT5H"),
            ("the next three years", "DURATION", "P3Y"),
            ("12:05", "TIME", "2013-02-28T12:05"),
            ("Thursday 28 February 2013", "DATE", "2013-02-28"),
            ("April", "DATE", "2013-04"),
            ("2013-14", "DATE", "FY2014"),
            ("last night", "TIME", "2013-02-27TNI"),
            ("6pm", "TIME", "2013-02-27T18:00"),
            ("yesterday", "DATE", "2013-02-27"),
            ("10.50pm", "TIME", "2013-02-27T22:50"),
            ("almost five hours", "DURATION", "PT5H"),
            ("20-minute", "DURATION", "PT20M"),
            ("about 8pm", "TIME", "2013-02-27T20:00"),
            ("the financial year", "DATE", "FY2014"),
            ("1 April", "DATE", "2013-04-01"),
            ("next month", "DATE", "2013-03"),
            ("monthly", "SET", "P1M"),
            ("1 April", "DATE", "2013-04-01"),
            ("December", "DATE", "2012-12"),
            ("2011", "DATE", "2011"),
            ("2010", "DATE", "2010"),
            ("31 March", "DATE", "2013-03-31"),
            ("every Wednesday afternoon", "SET", "XXXX-WXX-3TAF"),
            ("3 April", "DATE", "2013-04-03"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("the next three years", "DURATION", "P3Y"),
            ("2015-16", "DATE", "FY2016"),
            ("last year", "DATE", "2012"),
            ("14 January", "DATE", "2013-01-14"),
            ("Six weeks later", "DATE", "2013-W09"),
            ("5pm", "TIME", "2013-02-27T17:00"),
            ("six weeks", "DURATION", "P6W"),
            ("November", "DATE", "2012-11"),
            ("December", "DATE", "2012-12"),
            ("the past five years", "DURATION", "P5Y"),
            ("Monday", "DATE", "2013-03-04"),
            ("1 May", "DATE", "2013-05-01"),
            ("the first hour", "DURATION", "PT1H"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("the end of the year", "DATE", "2013"),
            ("Thursday 21 March", "DATE", "2013-03-21"),
            ("6pm", "TIME", "2013-03-21T18:00"),
            ("2013-14", "DATE", "FY2014"),
        ],
    ),
    # Wednesday 2012-10-17 (ISO week 42), Northern Ireland weekly's court round-up, section
    # label, headline, subhead, "By Court Reporter", date line "Wednesday, October 17, 2012"
    # (one DATE with its weekday); the court sat on "Thursday, October 11" (one span), and
    # each case tells its own dates. Drink-driving: "1.20am on September 2" 2012-09-02T01:20
    # plus the DATE; "the previous evening" is the evening before those small hours,
    # 2012-09-01TEV (gold_blind69); "March 31 next year" one DATE span 2013-03-31 (like "9
    # February next year", gold_blind69); "18 months" (headline and body) and "20 weeks"
    # durations. Theft: "between August 12 and 19" -> "August 12" 2012-08-12 and the bare "19"
    # 2012-08-19, a range of days at its two ends with the bare day included (gold_blind93);
    # "three months ... suspended for two years" P3M and P2Y (gold_blind69); "the spring of
    # 2011" 2011-SP. Assault: "the early hours of May 27" one DATE span 2012-05-27 (gold_blind7,
    # gold_blind69); "120 hours" of community service DURATION PT120H; "within the next 12
    # months" P12M; "within 28 days" P28D; "in the next year" DURATION P1Y, a period like "the
    # next 12 months". Speeding: "11.45pm on Sunday, July 22" 2012-07-22T23:45 and the DATE;
    # "passed his test in February" 2012-02 and "until next February" 2013-02; "a shift
    # starting at midnight" told of that Sunday night is the midnight ending Sunday,
    # 2012-07-22T24:00 (gold_blind56, gold_blind103). Burglary: "Saturday, September 29"
    # 2012-09-29, "the following day" 2012-09-30 (the narrative's last date, gold_blind16),
    # "November 14" 2012-11-14, "early next year" 2013. "January 2011" and "June this year"
    # (one span, 2012-06); "October 25" 2012-10-25. "every Thursday at 10am" SET XXXX-WXX-4 and
    # TIME XXXX-XX-XXT10:00 (gold_blind69's "every Thursday at 11 a.m."); "Tomorrow's list" ->
    # "Tomorrow" 2012-10-18; "2009"; "two-year" P2Y. Not annotated: ages in brackets "(34)",
    # "(41)" twice, "(22)", "(19)"; "Article 16 of the Road Traffic (NI) Order 1995" (a statute
    # name, gold_blind69); "Route 66 Cabs" (a firm's name); "71mph", "£400", "£86", "£250",
    # "£150", "three penalty points", "three occasions", "46 cases", "R plates".
    "drumcarrig-magistrates-court-round-up": (
        "2012-10-17",
        [
            ("18 months", "DURATION", "P18M"),
            ("Wednesday, October 17, 2012", "DATE", "2012-10-17"),
            ("Thursday, October 11", "DATE", "2012-10-11"),
            ("1.20am", "TIME", "2012-09-02T01:20"),
            ("September 2", "DATE", "2012-09-02"),
            ("18 months", "DURATION", "P18M"),
            ("the previous evening", "TIME", "2012-09-01TEV"),
            ("March 31 next year", "DATE", "2013-03-31"),
            ("20 weeks", "DURATION", "P20W"),
            ("August 12", "DATE", "2012-08-12"),
            ("19", "DATE", "2012-08-19"),
            ("three months", "DURATION", "P3M"),
            ("two years", "DURATION", "P2Y"),
            ("the spring of 2011", "DATE", "2011-SP"),
            ("the early hours of May 27", "DATE", "2012-05-27"),
            ("120 hours", "DURATION", "PT120H"),
            ("the next 12 months", "DURATION", "P12M"),
            ("28 days", "DURATION", "P28D"),
            ("the next year", "DURATION", "P1Y"),
            ("11.45pm", "TIME", "2012-07-22T23:45"),
            ("Sunday, July 22", "DATE", "2012-07-22"),
            ("February", "DATE", "2012-02"),
            ("next February", "DATE", "2013-02"),
            ("midnight", "TIME", "2012-07-22T24:00"),
            ("Saturday, September 29", "DATE", "2012-09-29"),
            ("the following day", "DATE", "2012-09-30"),
            ("November 14", "DATE", "2012-11-14"),
            ("early next year", "DATE", "2013"),
            ("January 2011", "DATE", "2011-01"),
            ("June this year", "DATE", "2012-06"),
            ("October 25", "DATE", "2012-10-25"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("Tomorrow", "DATE", "2012-10-18"),
            ("2009", "DATE", "2009"),
            ("two-year", "DURATION", "P2Y"),
        ],
    ),
    # Monday 2015-03-30 (ISO week 14), Scottish daily's website, transport story, section label,
    # headline, standfirst, stamp "Published: 06:00 Monday 30 March 2015" (TIME and DATE),
    # byline. Easter 2015: Good Friday 2015-04-03, Easter Sunday 2015-04-05, Easter Monday
    # 2015-04-06; "over Easter" (headline and the spokeswoman's "fewer than half the usual
    # passengers over Easter") -> "Easter" 2015-04-05, a holiday on the day it falls on
    # (gold_blind68, gold_blind95); "the Easter weekend" 2015-W14-WE (gold_blind95). The
    # closure runs "from 11pm on Thursday until 5am on Tuesday": 2015-04-02T23:00 plus
    # 2015-04-02 and 2015-04-07T05:00 plus 2015-04-07 (future weekdays); 102 hours exactly,
    # "The 102-hour closure" PT102H; "for four days" (standfirst) P4D. "said on Friday"
    # 2015-03-27 (past). The replacement buses "every 30 minutes from 6am to 11pm each day":
    # SET PT30M, hours XXXX-XX-XXT06:00 and XXXX-XX-XXT23:00, SET "each day" P1D
    # (gold_blind95); "about 40 minutes longer" PT40M (the size of a shift). "The last train
    # ... on Thursday will leave at 22.14" 2015-04-02T22:14 and the first "at 06.02 on Tuesday"
    # 2015-04-07T06:02 (clock times, not trains named by their times). "this morning"
    # 2015-03-30TMO. "in more than a decade" P10Y (the period of a superlative). "every
    # Saturday night" SET XXXX-WXX-6TNI; "six months" P6M. "Last year" 2014, "11 days" P11D,
    # "October" 2014-10. Road: "Sunday 12 April" 2015-04-12, "between 7.30pm and 6am each
    # night" XXXX-XX-XXT19:30, XXXX-XX-XXT06:00 and SET XXXX-XX-XXTNI, "six weeks" P6W, "the
    # end of May" 2015-05; "for years" -> "years" PXY (gold_blind68); "every winter" SET
    # XXXX-WI. Not annotated: "overnight closures" (an adjective naming a kind, gold_blind95),
    # "Class 156" (a train class), "two-car", "the A869", "1.2 miles", "140 staff", "around the
    # clock", "0800 555 1868" (a phone number holding 1868, beside "built in 1868"), "23
    # miles", "£3.4m", "four-mile", "since then", "another one".
    "kilbrannan-line-easter-closure-a869-resurfacing": (
        "2015-03-30",
        [
            ("Easter", "DATE", "2015-04-05"),
            ("four days", "DURATION", "P4D"),
            ("next month", "DATE", "2015-04"),
            ("06:00", "TIME", "2015-03-30T06:00"),
            ("Monday 30 March 2015", "DATE", "2015-03-30"),
            ("11pm", "TIME", "2015-04-02T23:00"),
            ("Thursday", "DATE", "2015-04-02"),
            ("5am", "TIME", "2015-04-07T05:00"),
            ("Tuesday", "DATE", "2015-04-07"),
            ("more than a decade", "DURATION", "P10Y"),
            ("Friday", "DATE", "2015-03-27"),
            ("1868", "DATE", "1868"),
            ("the 1970s", "DATE", "197"),
            ("102-hour", "DURATION", "PT102H"),
            ("Good Friday", "DATE", "2015-04-03"),
            ("the Easter weekend", "DATE", "2015-W14-WE"),
            ("Easter Monday", "DATE", "2015-04-06"),
            ("every 30 minutes", "SET", "PT30M"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("11pm", "TIME", "XXXX-XX-XXT23:00"),
            ("each day", "SET", "P1D"),
            ("about 40 minutes", "DURATION", "PT40M"),
            ("Thursday", "DATE", "2015-04-02"),
            ("22.14", "TIME", "2015-04-02T22:14"),
            ("06.02", "TIME", "2015-04-07T06:02"),
            ("Tuesday", "DATE", "2015-04-07"),
            ("this morning", "TIME", "2015-03-30TMO"),
            ("Easter", "DATE", "2015-04-05"),
            ("every Saturday night", "SET", "XXXX-WXX-6TNI"),
            ("six months", "DURATION", "P6M"),
            ("2009", "DATE", "2009"),
            ("Last year", "DATE", "2014"),
            ("11 days", "DURATION", "P11D"),
            ("October", "DATE", "2014-10"),
            ("Sunday 12 April", "DATE", "2015-04-12"),
            ("7.30pm", "TIME", "XXXX-XX-XXT19:30"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("each night", "SET", "XXXX-XX-XXTNI"),
            ("six weeks", "DURATION", "P6W"),
            ("the end of May", "DATE", "2015-05"),
            ("years", "DURATION", "PXY"),
            ("1996", "DATE", "1996"),
            ("every winter", "SET", "XXXX-WI"),
        ],
    ),
    # Saturday 2014-01-11 (ISO week 2), English regional morning daily, hospital-trust story,
    # section label, headline, standfirst, byline, date line "Saturday, 11 January 2014". The
    # board met "on Thursday" 2014-01-09 (twice, once as "Thursday's meeting"); the extra beds
    # opened "on Monday" 2014-01-06; the next board meeting "at 9.30am on Thursday 30 January"
    # 2014-01-30T09:30 plus the DATE. The unit will shut "from 10pm to 8am every night": hours
    # of a recurring closure XXXX-XX-XXT22:00 and XXXX-XX-XXT08:00 with SET XXXX-XX-XXTNI
    # (gold_blind28, gold_blind95); the December figures "between 10pm and 8am" are the same
    # nightly hours. "six months" (standfirst, body, box) P6M, "six-month" P6M; "3 March"
    # 2014-03-03 and the box's "3 March 2014". The NHS financial year runs April-March and is
    # named by the year it ends: "the financial year" FY2014 and "31 March" 2014-03-31
    # (gold_blind11), the box's "2013-14" FY2014 (gold_blind93). "last spring" 2013-SP; "the
    # winter" (under way) 2014-WI, taking the year of its January (gold_blind10); "the autumn"
    # ahead 2014-FA; "the spring" ahead 2014-SP. "last week" in a Saturday paper of 11 January is
    # ISO week 1 of 2014 (30 December-5 January), 2014-W01. "more than four hours" PT4H; "40
    # minutes" PT40M (a travel time); "at three in the morning" a clock time on no particular
    # night, XXXX-XX-XXT03:00 (like "about 5 in the morning", gold_blind65); visiting "2pm to
    # 4pm and 6pm to 8pm daily" four TIMEs XXXX-XX-XXThh:mm and SET P1D. Not annotated: "at
    # night" twice (no clean value, gold_blind17), "around the clock", "Night closures" (a
    # kind, gold_blind95), "on record", "until further notice" (gold_blind21), "on a good
    # day", "so far", "Ward 9", "NHS 111", "A&E", "£6.8m", "£1.4m", "186", "nine nurses", "14
    # miles", "3,912 occasions", "20", "389", "67" (an age), "wexcombehospitals.nhs.uk/board/
    # 2014-01" (a URL holding a month).
    "ashcombe-minor-injuries-unit-night-closure": (
        "2014-01-11",
        [
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("six months", "DURATION", "P6M"),
            ("3 March", "DATE", "2014-03-03"),
            ("Saturday, 11 January 2014", "DATE", "2014-01-11"),
            ("six months", "DURATION", "P6M"),
            ("3 March", "DATE", "2014-03-03"),
            ("Thursday", "DATE", "2014-01-09"),
            ("2006", "DATE", "2006"),
            ("December", "DATE", "2013-12"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("more than four hours", "DURATION", "PT4H"),
            ("October", "DATE", "2013-10"),
            ("December", "DATE", "2013-12"),
            ("September", "DATE", "2013-09"),
            ("Thursday", "DATE", "2014-01-09"),
            ("six-month", "DURATION", "P6M"),
            ("the autumn", "DATE", "2014-FA"),
            ("the financial year", "DATE", "FY2014"),
            ("31 March", "DATE", "2014-03-31"),
            ("last spring", "DATE", "2013-SP"),
            ("the winter", "DATE", "2014-WI"),
            ("Monday", "DATE", "2014-01-06"),
            ("2 January", "DATE", "2014-01-02"),
            ("five days", "DURATION", "P5D"),
            ("last week", "DATE", "2014-W01"),
            ("2pm", "TIME", "XXXX-XX-XXT14:00"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
            ("9.30am", "TIME", "2014-01-30T09:30"),
            ("Thursday 30 January", "DATE", "2014-01-30"),
            ("40 minutes", "DURATION", "PT40M"),
            ("three in the morning", "TIME", "XXXX-XX-XXT03:00"),
            ("three days", "DURATION", "P3D"),
            ("November", "DATE", "2013-11"),
            ("the spring", "DATE", "2014-SP"),
            ("2006", "DATE", "2006"),
            ("3 March 2014", "DATE", "2014-03-03"),
            ("six months", "DURATION", "P6M"),
            ("2013-14", "DATE", "FY2014"),
        ],
    ),
    # Tuesday 2013-11-19 (ISO week 47), Welsh weekly's website, school inspection story,
    # section label, headline, stamp "Published: 19/11/2013 16:15" (a numeric day/month/year
    # date, DATE 2013-11-19, like "14/09/2011" in gold_blind49, and its TIME), byline. The
    # report was "published on Friday" 2013-11-15 (past). The inspection "from 24 to 26
    # September" -> the bare "24" 2013-09-24 and "26 September" 2013-09-26 (a range at its two
    # ends, gold_blind93), "three days" P3D. "June 2007" 2007-06; "within 12 months" P12M;
    # "April last year" one span 2012-04 (gold_blind44's "September last year"); "22 years"
    # P22Y; "two years ago" 2011 (unit granularity, gold_blind68); "2011", "2012"; "this
    # summer" 2013-SU; "Since September" 2013-09; "at least three times a week" SET P1W (count
    # and modifier kept in the span, gold_blind69's "three times a week"); "Tuesdays" and
    # "Thursdays" SETs XXXX-WXX-2 and XXXX-WXX-4, the club's hours XXXX-XX-XXT15:15 and
    # XXXX-XX-XXT16:00; "From January" 2014-01; "15 minutes earlier" PT15M (the size of a
    # shift), the new start "8.45am" XXXX-XX-XXT08:45 (gold_blind44's new first bell);
    # "daily" SET P1D; "every month" SET P1M; "20 December" 2013-12-20 (the apposition "the last
    # day of term" left out, terms have no calendar value, gold_blind68); "the 2013-14 school
    # year" -> "2013" and the bare "14" 2014, two DATEs, "school year" left out (gold_blind44,
    # gold_blind68); "1974"; "next summer" 2014-SU; "6pm on Thursday 28 November"
    # 2013-11-28T18:00 plus the DATE; "since 2009"; "now" PRESENT_REF; "since Easter" ->
    # "Easter" 2013-03-31 (gold_blind68). Not annotated: "214-pupil", "the third of four
    # grades", "Key Stage 2", "Year 6", "Years 3 to 6", "94.6 per cent", "£18,000", "Room 4",
    # "since then", "the last day of term", "since the inspection" (event-named).
    "cwm-eithin-primary-estyn-report": (
        "2013-11-19",
        [
            ("19/11/2013", "DATE", "2013-11-19"),
            ("16:15", "TIME", "2013-11-19T16:15"),
            ("Friday", "DATE", "2013-11-15"),
            ("three days", "DURATION", "P3D"),
            ("24", "DATE", "2013-09-24"),
            ("26 September", "DATE", "2013-09-26"),
            ("June 2007", "DATE", "2007-06"),
            ("12 months", "DURATION", "P12M"),
            ("April last year", "DATE", "2012-04"),
            ("22 years", "DURATION", "P22Y"),
            ("two years ago", "DATE", "2011"),
            ("2011", "DATE", "2011"),
            ("2012", "DATE", "2012"),
            ("this summer", "DATE", "2013-SU"),
            ("September", "DATE", "2013-09"),
            ("at least three times a week", "SET", "P1W"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("3.15pm", "TIME", "XXXX-XX-XXT15:15"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
            ("January", "DATE", "2014-01"),
            ("15 minutes", "DURATION", "PT15M"),
            ("8.45am", "TIME", "XXXX-XX-XXT08:45"),
            ("daily", "SET", "P1D"),
            ("every month", "SET", "P1M"),
            ("20 December", "DATE", "2013-12-20"),
            ("2013", "DATE", "2013"),
            ("14", "DATE", "2014"),
            ("1974", "DATE", "1974"),
            ("next summer", "DATE", "2014-SU"),
            ("6pm", "TIME", "2013-11-28T18:00"),
            ("Thursday 28 November", "DATE", "2013-11-28"),
            ("2009", "DATE", "2009"),
            ("now", "DATE", "PRESENT_REF"),
            ("Easter", "DATE", "2013-03-31"),
        ],
    ),
    # Friday 2014-08-22 (ISO week 34), English evening paper's what's-on guide, section label,
    # headline, standfirst, byline, stamp "Friday 22 August 2014 | 17:40", boxed-style
    # paragraphs with capitalised labels. The August bank holiday in England is the last Monday
    # of August, 2014-08-25: "THE August bank holiday" one DATE span with its determiner (like
    # "The spring bank holiday", gold_blind56, gold_blind95), and every bare "Monday" the same
    # day (future); "the bank holiday weekend" 2014-W34-WE, the weekend before the holiday
    # Monday (gold_blind80); "a packed three days ahead" P3D. "Christmas" 2014-12-25.
    # "tonight" 2014-08-22TNI with "7.30pm"; "tomorrow" 2014-08-23 (twice) with "noon"
    # 2014-08-23T12:00; "9.45pm on Sunday" and "8pm" that evening; "Sunday afternoon"
    # 2014-08-24TAF. "from 6am that day" -> "6am" 2014-08-25T06:00 and "that day" 2014-08-25
    # (gold_blind18). "Last year" 2013, "this year" 2014, "first held in 1953". The fair
    # "daily from 11am to 10pm until 31 August": SET P1D, XXXX-XX-XXT11:00, XXXX-XX-XXT22:00,
    # 2014-08-31. "every 10 minutes" SET PT10M; "10am on Monday"; the last train "at 22.08" on
    # Monday. Bins: "next week" 2014-W35, "a day later than usual" -> "a day" P1D (a shift,
    # gold_blind12), "Friday's" -> "Friday" 2014-08-29 and "Saturday" 2014-08-30 of that week.
    # "about 20 minutes" PT20M. Not annotated: "bank holiday guide" (an adjective), "61st" (an
    # ordinal of the carnival), "Harbour 1953" (a beer's name, beside "first held in 1953"),
    # "a Sunday timetable" (a kind, gold_blind95), "the A3079", "68 floats", "20,000", "60
    # ales", "£5", "under-16s", "£2", "01632 961 953", "westerhavencarnival.co.uk/2014" (a
    # year inside a URL), "the last until Christmas" beyond "Christmas".
    "westerhaven-bank-holiday-carnival-guide": (
        "2014-08-22",
        [
            ("Monday", "DATE", "2014-08-25"),
            ("12.30pm", "TIME", "2014-08-25T12:30"),
            ("Friday 22 August 2014", "DATE", "2014-08-22"),
            ("17:40", "TIME", "2014-08-22T17:40"),
            ("THE August bank holiday", "DATE", "2014-08-25"),
            ("Christmas", "DATE", "2014-12-25"),
            ("three days", "DURATION", "P3D"),
            ("the bank holiday weekend", "DATE", "2014-W34-WE"),
            ("1953", "DATE", "1953"),
            ("2pm", "TIME", "2014-08-25T14:00"),
            ("Monday", "DATE", "2014-08-25"),
            ("about 4pm", "TIME", "2014-08-25T16:00"),
            ("Last year", "DATE", "2013"),
            ("this year", "DATE", "2014"),
            ("tonight", "TIME", "2014-08-22TNI"),
            ("7.30pm", "TIME", "2014-08-22T19:30"),
            ("12.30pm", "TIME", "2014-08-25T12:30"),
            ("5pm", "TIME", "2014-08-25T17:00"),
            ("Monday", "DATE", "2014-08-25"),
            ("6am", "TIME", "2014-08-25T06:00"),
            ("that day", "DATE", "2014-08-25"),
            ("9.45pm", "TIME", "2014-08-24T21:45"),
            ("Sunday", "DATE", "2014-08-24"),
            ("about 20 minutes", "DURATION", "PT20M"),
            ("8pm", "TIME", "2014-08-24T20:00"),
            ("noon", "TIME", "2014-08-23T12:00"),
            ("tomorrow", "DATE", "2014-08-23"),
            ("6pm", "TIME", "2014-08-25T18:00"),
            ("Monday", "DATE", "2014-08-25"),
            ("daily", "SET", "P1D"),
            ("11am", "TIME", "XXXX-XX-XXT11:00"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("31 August", "DATE", "2014-08-31"),
            ("every 10 minutes", "SET", "PT10M"),
            ("10am", "TIME", "2014-08-25T10:00"),
            ("Monday", "DATE", "2014-08-25"),
            ("Monday", "DATE", "2014-08-25"),
            ("22.08", "TIME", "2014-08-25T22:08"),
            ("Monday", "DATE", "2014-08-25"),
            ("next week", "DATE", "2014-W35"),
            ("a day", "DURATION", "P1D"),
            ("Friday", "DATE", "2014-08-29"),
            ("Saturday", "DATE", "2014-08-30"),
            ("tomorrow", "DATE", "2014-08-23"),
            ("Sunday afternoon", "TIME", "2014-08-24TAF"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
