"""Annotations of the hundred-and-eighty-sixth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind186/annotate.py [--show]

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
    # Friday 2013-03-15 (ISO week 11), British national paper, headline ("start on 6 April"),
    # standfirst, byline, date line "Friday 15 March 2013". The rules take effect "from 6
    # April" 2013-04-06 (headline and lead, "from" a signal); "the Home Office confirmed
    # yesterday" 2013-03-14; laid before Parliament "on Tuesday" 2013-03-12 (past); guidance
    # "on Monday" 2013-03-18 (future). "9 July last year" (standfirst and body) one span
    # 2012-07-09, the post-posed year kept like "6 April last year" (gold_blind88); "June last
    # year" likewise 2012-06. "last summer" said in March is the summer of 2012, 2012-SU
    # (gold_blind40); the quote's "arrived in the autumn" (past) 2012-FA, the Committee's
    # report "in the autumn" (future) 2013-FA. "a five-year route" and "a three-year visa"
    # adjectival DURATIONs; "more than 180 days in any 12-month period" two DURATIONs, the
    # window an adjective and not a SET (gold_blind88); "Until now" -> "now" PRESENT_REF; "the
    # 2013-14 tax year" one span FY2014 (the UK tax year 6 April-5 April, named by the year it
    # ends, gold_blind88). "the 12 months to June 2012" a DURATION plus a DATE, "to" a signal
    # (gold_blind82); "the previous 12 months" P12M. "three weeks before the cut-off" an
    # anchored duration, P3W; "the third overhaul in two years" -> "two years" P2Y (the period
    # of an ordinal count, gold_blind103); "barely three weeks" P3W with the modifier kept;
    # "12 months in advance" P12M. The helpline's extended hours recur: "until 8pm every day"
    # -> TIME XXXX-XX-XXT20:00 and SET P1D, "until 19 April" 2013-04-19. "early next year"
    # 2014; "April 2011" 2011-04; "after five years" P5Y. Not annotated: "HC 943" (a paper's
    # number), "Tier 2", "£24,300", "£494", "£514", "163,000", "242,000", "100,000", the age
    # "34", "0300 555 2013" (a phone number holding 2013), "www.visaroutesuk.org.uk/tier2-2013"
    # (a web address holding 2013), "that date" (anaphoric), "the cut-off" (an event),
    # "the current rules", "the first stage of the reforms".
    "skilled-worker-settlement-rules": (
        "2013-03-15",
        [
            ("6 April", "DATE", "2013-04-06"),
            ("9 July last year", "DATE", "2012-07-09"),
            ("Friday 15 March 2013", "DATE", "2013-03-15"),
            ("five-year", "DURATION", "P5Y"),
            ("6 April", "DATE", "2013-04-06"),
            ("yesterday", "DATE", "2013-03-14"),
            ("last summer", "DATE", "2012-SU"),
            ("Tuesday", "DATE", "2013-03-12"),
            ("9 July last year", "DATE", "2012-07-09"),
            ("five continuous years", "DURATION", "P5Y"),
            ("the 2013-14 tax year", "DATE", "FY2014"),
            ("more than 180 days", "DURATION", "P180D"),
            ("12-month", "DURATION", "P12M"),
            ("now", "DATE", "PRESENT_REF"),
            ("10 days", "DURATION", "P10D"),
            ("the 20 days", "DURATION", "P20D"),
            ("three-year", "DURATION", "P3Y"),
            ("last month", "DATE", "2013-02"),
            ("the 12 months", "DURATION", "P12M"),
            ("June 2012", "DATE", "2012-06"),
            ("the previous 12 months", "DURATION", "P12M"),
            ("2010", "DATE", "2010"),
            ("2015", "DATE", "2015"),
            ("2010", "DATE", "2010"),
            ("June last year", "DATE", "2012-06"),
            ("three weeks", "DURATION", "P3W"),
            ("the autumn", "DATE", "2012-FA"),
            ("this week", "DATE", "2013-W11"),
            ("barely three weeks", "DURATION", "P3W"),
            ("two years", "DURATION", "P2Y"),
            ("12 months", "DURATION", "P12M"),
            ("Monday", "DATE", "2013-03-18"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("every day", "SET", "P1D"),
            ("19 April", "DATE", "2013-04-19"),
            ("annually", "SET", "P1Y"),
            ("the autumn", "DATE", "2013-FA"),
            ("early next year", "DATE", "2014"),
            ("April 2011", "DATE", "2011-04"),
            ("five years", "DURATION", "P5Y"),
        ],
    ),
    # Tuesday 2012-08-14 (ISO week 33), US paper, headline ("open Wednesday"), subhead, byline
    # "Staff Writer", date line "Tuesday, August 14, 2012", "SAN TELMO, Calif. —" dateline.
    # Requests open Wednesday 2012-08-15 (headline, lead, the quote's "before Wednesday") and
    # "from Aug. 15" the same day written out; the agency "said Monday" 2012-08-13 (past).
    # "announced two months ago" 2012-06 (the unit's granularity, gold_blind28), the policy's
    # day "June 8" 2012-06-08. "two years" (subhead and body) and "their two-year period"
    # DURATIONs; "120 days before ..." an anchored duration, P120D; "within about six months"
    # -> "about six months" P6M. "five times in five years" -> "five years" P5Y (the period
    # of a count, gold_blind103); "the past six years" P6Y; "a 2007 lease" an adjectival year,
    # DATE 2007; "the Nov. 6 election" -> "Nov. 6" 2012-11-06. "in recent weeks" PAST_REF;
    # "in July" 2012-07 (past); "graduated ... in May" 2012-05 and "since last month" 2012-07.
    # "For 13 years" P13Y (present perfect, the length, gold_blind35); "Two years without that
    # fear" P2Y. Workshops "every Saturday morning" SET XXXX-WXX-6TMO "through September"
    # 2012-09; the hotline "opens at 8 a.m. daily" -> TIME XXXX-XX-XXT08:00 (hours of a
    # recurring service) and SET P1D. "the weekend" in a Tuesday paper is the one just past,
    # 2012-W32-WE (11-12 August); "last week" 2012-W32; "monthly" SET P1M; "through fiscal
    # 2013" -> "fiscal 2013" FY2013 (the federal fiscal year, October-September, named by
    # the year it ends); "in October" 2012-10. Not annotated: "age 14", "age 6" and "19"
    # (ages), "$380", "$2,000", "2014 Alameda Street" (a street number), "(559) 555-0815" (a
    # phone number holding 0815), "may ask" (the verb), "deferred-action", "in the order
    # received", "the first approvals".
    "deferred-action-requests-open": (
        "2012-08-14",
        [
            ("Wednesday", "DATE", "2012-08-15"),
            ("two years", "DURATION", "P2Y"),
            ("Tuesday, August 14, 2012", "DATE", "2012-08-14"),
            ("Wednesday", "DATE", "2012-08-15"),
            ("two months ago", "DATE", "2012-06"),
            ("two years", "DURATION", "P2Y"),
            ("Jan. 1, 2006", "DATE", "2006-01-01"),
            ("June 8", "DATE", "2012-06-08"),
            ("the past six years", "DURATION", "P6Y"),
            ("five years", "DURATION", "P5Y"),
            ("2007", "DATE", "2007"),
            ("Aug. 15", "DATE", "2012-08-15"),
            ("Monday", "DATE", "2012-08-13"),
            ("about six months", "DURATION", "P6M"),
            ("120 days", "DURATION", "P120D"),
            ("two-year", "DURATION", "P2Y"),
            ("Nov. 6", "DATE", "2012-11-06"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("Wednesday", "DATE", "2012-08-15"),
            ("July", "DATE", "2012-07"),
            ("May", "DATE", "2012-05"),
            ("last month", "DATE", "2012-07"),
            ("13 years", "DURATION", "P13Y"),
            ("Two years", "DURATION", "P2Y"),
            ("every Saturday morning", "SET", "XXXX-WXX-6TMO"),
            ("September", "DATE", "2012-09"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("daily", "SET", "P1D"),
            ("the weekend", "DATE", "2012-W32-WE"),
            ("last week", "DATE", "2012-W32"),
            ("monthly", "SET", "P1M"),
            ("fiscal 2013", "DATE", "FY2013"),
            ("October", "DATE", "2012-10"),
        ],
    ),
    # Monday 2014-06-30 (ISO week 27), Australian metropolitan paper's website, headline
    # ("from tomorrow"), stamp "Date: June 30, 2014 - 11:20AM" (DATE and TIME), byline. The
    # change takes effect "tomorrow" (headline, lead and last paragraph) = "1 July" (twice),
    # 2014-07-01. "another 12 months" P12M; "their first 12 months in the country" an ordinal
    # period with the possessive kept, DURATION P12M (like "its first 100 days", gold_blind14);
    # "at least 88 days" P88D; "the 2013-14 financial year, which ends today" FY2014 (the
    # Australian financial year July-June, named by the year it ends, gold_blind88) and
    # "today" 2014-06-30. "the March quarter" is the calendar quarter ending in March, the
    # latest reported, 2014-Q1, and "a year earlier" after it 2013-Q1 (gold_blind35).
    # "late July" 2014-07 (the harvest ahead); "a fortnight ago" 2014-W25 (two ISO weeks
    # before week 27, gold_blind11); "announced on 14 May" 2014-05-14, "seven weeks' notice"
    # -> "seven weeks" P7W. Southern seasons valued in the year they fall in (gold_blind88):
    # "Last winter" 2013-WI, "this winter's pruning crews" -> "this winter" 2014-WI.
    # "must now pay" PRESENT_REF; "weekly or fortnightly" two SETs P1W, P2W; "until 31
    # December" 2014-12-31; "began in 1975"; "before Christmas" 2014-12-25. "from 10pm
    # tonight until 6am AEST tomorrow": 10pm 2014-06-30T22:00, tonight 2014-06-30TNI, 6am
    # 2014-07-01T06:00 (zone in the span, not in the value), tomorrow 2014-07-01. Not
    # annotated: "last season" (a harvest season, like sports seasons in gold_blind7),
    # "subclass 417", "1300 555 417", "aged 18 to 30", "$420", "$440", "236,000", "44,000",
    # "6 per cent", "60-hectare", "two-thirds", "1,000 tonnes", "a second working holiday
    # visa" and "a second" (ordinal visas, not periods).
    "working-holiday-visa-farm-work": (
        "2014-06-30",
        [
            ("tomorrow", "DATE", "2014-07-01"),
            ("June 30, 2014", "DATE", "2014-06-30"),
            ("11:20AM", "TIME", "2014-06-30T11:20"),
            ("another 12 months", "DURATION", "P12M"),
            ("tomorrow", "DATE", "2014-07-01"),
            ("1 July", "DATE", "2014-07-01"),
            ("three months", "DURATION", "P3M"),
            ("their first 12 months", "DURATION", "P12M"),
            ("at least 88 days", "DURATION", "P88D"),
            ("12 months", "DURATION", "P12M"),
            ("up to six months", "DURATION", "P6M"),
            ("the 2013-14 financial year", "DATE", "FY2014"),
            ("today", "DATE", "2014-06-30"),
            ("the March quarter", "DATE", "2014-Q1"),
            ("a year earlier", "DATE", "2013-Q1"),
            ("late July", "DATE", "2014-07"),
            ("three weeks", "DURATION", "P3W"),
            ("88 days", "DURATION", "P88D"),
            ("a fortnight ago", "DATE", "2014-W25"),
            ("14 May", "DATE", "2014-05-14"),
            ("seven weeks", "DURATION", "P7W"),
            ("Last winter", "DATE", "2013-WI"),
            ("this winter", "DATE", "2014-WI"),
            ("now", "DATE", "PRESENT_REF"),
            ("weekly", "SET", "P1W"),
            ("fortnightly", "SET", "P2W"),
            ("1 July", "DATE", "2014-07-01"),
            ("31 December", "DATE", "2014-12-31"),
            ("1975", "DATE", "1975"),
            ("Christmas", "DATE", "2014-12-25"),
            ("10pm", "TIME", "2014-06-30T22:00"),
            ("tonight", "TIME", "2014-06-30TNI"),
            ("6am AEST", "TIME", "2014-07-01T06:00"),
            ("tomorrow", "DATE", "2014-07-01"),
        ],
    ),
    # Saturday 2015-06-13 (ISO week 24), Canadian paper's website, headline, subhead
    # ("Wednesday's cut-off" -> "Wednesday" 2015-06-10), byline, "KENMORE FALLS, Ont. —"
    # dateline, stamp "Published Saturday, Jun. 13, 2015 6:00AM EDT" (a weekday with its date
    # one DATE span, the clock time a TIME with the zone in the span). The rule "took effect
    # Thursday" 2015-06-11 = "before June 11"; "Until Wednesday" 2015-06-10; the quote's
    # "Wednesday afternoon" 2015-06-10TAF and "Thursday morning" 2015-06-11TMO. "four years'
    # residence out of six" (headline) -> "four years" P4Y ("six" elliptical, left out);
    # "four of the previous six years" -> "the previous six years" P6Y (gold_blind45's "four
    # of the past six years"); "three years of residence in the four years before ..." P3Y
    # and "the four years" P4Y; "longer than 30 days" P30D; "the final seven days before the
    # change" an anchored DURATION P7D; "within a year" P1Y; "31 months in 2013"; "in
    # February" 2015-02 and "a year earlier" after it 2014-02; "by a day" the size of a
    # delay, P1D (gold_blind88's "by a minute"); "next spring" 2016-SP; "a single week
    # abroad" DURATION P1W; "passed last June" 2014-06; "before the fall" 2015-FA;
    # "now", "Now" (twice) PRESENT_REF. Ceremonies "every Thursday at 10 a.m." -> SET
    # XXXX-WXX-4 and TIME XXXX-XX-XXT10:00; "Canada Day" 2015-07-01. "this weekend" in a
    # Saturday paper is its own weekend, 2015-W24-WE (gold_blind22). Not annotated: "Bill
    # C-66", "1867 Confederation Rd." and "1-888-555-1867" (numbers holding 1867), "aged 14 to
    # 64", "1,240", "$530", "$300", "262,000", "60 new citizens", "four of" and "for half",
    # "to the day" (an idiom), "their days" and "enough days" (counts of days, no number),
    # "the last part", "the old rules".
    "citizenship-four-of-six-years-rule": (
        "2015-06-13",
        [
            ("four years", "DURATION", "P4Y"),
            ("Wednesday", "DATE", "2015-06-10"),
            ("Saturday, Jun. 13, 2015", "DATE", "2015-06-13"),
            ("6:00AM EDT", "TIME", "2015-06-13T06:00"),
            ("now", "DATE", "PRESENT_REF"),
            ("the previous six years", "DURATION", "P6Y"),
            ("Thursday", "DATE", "2015-06-11"),
            ("Wednesday", "DATE", "2015-06-10"),
            ("three years", "DURATION", "P3Y"),
            ("the four years", "DURATION", "P4Y"),
            ("30 days", "DURATION", "P30D"),
            ("June 11", "DATE", "2015-06-11"),
            ("the final seven days", "DURATION", "P7D"),
            ("a year", "DURATION", "P1Y"),
            ("31 months", "DURATION", "P31M"),
            ("2013", "DATE", "2013"),
            ("February", "DATE", "2015-02"),
            ("a year earlier", "DATE", "2014-02"),
            ("2009", "DATE", "2009"),
            ("a day", "DURATION", "P1D"),
            ("Wednesday afternoon", "TIME", "2015-06-10TAF"),
            ("Thursday morning", "TIME", "2015-06-11TMO"),
            ("Now", "DATE", "PRESENT_REF"),
            ("next spring", "DATE", "2016-SP"),
            ("2011", "DATE", "2011"),
            ("2012", "DATE", "2012"),
            ("a single week", "DURATION", "P1W"),
            ("Now", "DATE", "PRESENT_REF"),
            ("last June", "DATE", "2014-06"),
            ("the fall", "DATE", "2015-FA"),
            ("2014", "DATE", "2014"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("Canada Day", "DATE", "2015-07-01"),
            ("this weekend", "DATE", "2015-W24-WE"),
        ],
    ),
    # Wednesday 2014-12-17 (ISO week 51), Irish national daily, headline ("close for
    # Christmas" -> "Christmas" 2014-12-25), standfirst ("before Friday"), byline, date line
    # "Wednesday 17 December 2014". The office closes "from 24 December to 2 January" (lead and
    # body) 2014-12-24 and 2015-01-02, two DATEs each time; "before Friday" (standfirst and
    # lead) 2014-12-19; "wait until January" 2015-01; "said yesterday" 2014-12-16; "by 16
    # January" 2015-01-16. "in November" 2014-11 and "the same month last year" one span
    # 2013-11 (like "the same quarter last year", gold_blind17); "through December" 2014-12;
    # "since before 6am on Monday" 2014-12-15T06:00 and the DATE; "seven hours" PT7H; "run to
    # 31 December or 31 January" the nearest ones ahead, 2014-12-31 and 2015-01-31; "asked in
    # October" 2014-10; "ends on 29 December" 2014-12-29; "every morning for three weeks" SET
    # XXXX-XX-XXTMO and DURATION P3W; "Christmas Eve" 2014-12-24, "3 January" 2015-01-03;
    # "launched in March" 2014-03; "at 10am daily" TIME XXXX-XX-XXT10:00 and SET P1D; "From
    # Monday 5 January" one span 2015-01-05 (a weekday with its date, gold_blind88); "until
    # 10pm every day for two weeks" TIME XXXX-XX-XXT22:00, SET P1D, DURATION P2W; "Christmas
    # Day" 2014-12-25, "St Stephen's Day" 2014-12-26, "New Year's Day" 2015-01-01; "this year"
    # 2014; "the end of 2015" the year's value 2015; "up to three years at a time" -> "up to
    # three years" P3Y; "every year since 2010" SET P1Y and DATE 2010. Not annotated: "over
    # the holidays" and "the holiday period" (no dates given, gold_blind23), "during the
    # closure" and "before the closure" (event-named), "their usual hours", "at a time",
    # "Stamp 4", "Stamp 2", "11,000", "a fifth", "24 extra staff", "€260",
    # "www.renewmystamp.ie", "01 555 1224" (a phone number holding 1224, beside "24 December").
    "immigration-office-christmas-closure": (
        "2014-12-17",
        [
            ("Christmas", "DATE", "2014-12-25"),
            ("Friday", "DATE", "2014-12-19"),
            ("Wednesday 17 December 2014", "DATE", "2014-12-17"),
            ("24 December", "DATE", "2014-12-24"),
            ("2 January", "DATE", "2015-01-02"),
            ("Friday", "DATE", "2014-12-19"),
            ("January", "DATE", "2015-01"),
            ("yesterday", "DATE", "2014-12-16"),
            ("24 December", "DATE", "2014-12-24"),
            ("2 January", "DATE", "2015-01-02"),
            ("16 January", "DATE", "2015-01-16"),
            ("November", "DATE", "2014-11"),
            ("the same month last year", "DATE", "2013-11"),
            ("December", "DATE", "2014-12"),
            ("6am", "TIME", "2014-12-15T06:00"),
            ("Monday", "DATE", "2014-12-15"),
            ("seven hours", "DURATION", "PT7H"),
            ("31 December", "DATE", "2014-12-31"),
            ("31 January", "DATE", "2015-01-31"),
            ("October", "DATE", "2014-10"),
            ("29 December", "DATE", "2014-12-29"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("three weeks", "DURATION", "P3W"),
            ("Christmas Eve", "DATE", "2014-12-24"),
            ("3 January", "DATE", "2015-01-03"),
            ("March", "DATE", "2014-03"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("daily", "SET", "P1D"),
            ("Monday 5 January", "DATE", "2015-01-05"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("every day", "SET", "P1D"),
            ("two weeks", "DURATION", "P2W"),
            ("Christmas Day", "DATE", "2014-12-25"),
            ("St Stephen's Day", "DATE", "2014-12-26"),
            ("New Year's Day", "DATE", "2015-01-01"),
            ("this year", "DATE", "2014"),
            ("the end of 2015", "DATE", "2015"),
            ("up to three years", "DURATION", "P3Y"),
            ("every year", "SET", "P1Y"),
            ("2010", "DATE", "2010"),
        ],
    ),
    # Thursday 2015-11-05 (ISO week 45), news-agency wire, headline, "TALVERA, Nov 5
    # (Harbourline) -" dateline (day and month only; the year from the story's DCT), credit
    # line. "said on Thursday" in a Thursday wire is the day itself, 2015-11-05; the minister
    # "said on Wednesday" 2015-11-04; "published ... on Monday" 2015-11-02. The rule starts
    # "from Jan. 1" 2016-01-01 (the headline's "from January" 2016-01, the quote's "A January
    # start" 2016-01, an adjectival month) and the decree "takes effect at midnight on Dec. 31"
    # -> "midnight" 2015-12-31T24:00, the midnight ending the named day (gold_blind88), and
    # "Dec. 31". "90-day" (headline) and "up to 90 days" P90D; "the 90 days" P90D with its
    # determiner; "longer than 14 days" P14D; "at least three weeks before they travel" an
    # anchored duration, P3W; "by 30 days" an extension's size, P30D; "by more than 10 days"
    # P10D; "barred ... for two years" P2Y; "after two years of falling arrivals" P2Y;
    # "doubled in five years" how long a change took, P5Y (gold_blind35); "until Nov. 16"
    # 2015-11-16. "the third quarter" 2015-Q3 and "a year earlier" 2014-Q3; "the April-June
    # quarter" the calendar quarter 2015-Q2 (gold_blind9); "last month" 2015-10; "next year"
    # 2016; "now" twice PRESENT_REF; "since 2012"; "the spring" ahead in November 2016-SP;
    # "daily" SET P1D "from March 27" 2016-03-27; "the 2016 season" -> "2016" (an adjectival
    # year; "season", an airline season, left out); "within 72 hours of arrival" PT72H;
    # "in 2009", "14-day stays" P14D; "the autumn of 2016" one span 2016-FA; "after a full
    # year under the new regime" P1Y. Not annotated: "38 countries", "12 countries",
    # "412,000", "11 percent", "7 percent", "9 percent", "15 percent", "half empty", "A320"
    # (a model number), "the date of entry" (no calendar value, gold_blind88), "once" ("can
    # be extended once", a count).
    "osmara-visa-free-90-days": (
        "2015-11-05",
        [
            ("90-day", "DURATION", "P90D"),
            ("January", "DATE", "2016-01"),
            ("Nov 5", "DATE", "2015-11-05"),
            ("up to 90 days", "DURATION", "P90D"),
            ("Jan. 1", "DATE", "2016-01-01"),
            ("Thursday", "DATE", "2015-11-05"),
            ("two years", "DURATION", "P2Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("14 days", "DURATION", "P14D"),
            ("at least three weeks", "DURATION", "P3W"),
            ("the 90 days", "DURATION", "P90D"),
            ("30 days", "DURATION", "P30D"),
            ("more than 10 days", "DURATION", "P10D"),
            ("two years", "DURATION", "P2Y"),
            ("five years", "DURATION", "P5Y"),
            ("Oct. 28", "DATE", "2015-10-28"),
            ("Monday", "DATE", "2015-11-02"),
            ("midnight", "TIME", "2015-12-31T24:00"),
            ("Dec. 31", "DATE", "2015-12-31"),
            ("Nov. 16", "DATE", "2015-11-16"),
            ("the third quarter", "DATE", "2015-Q3"),
            ("a year earlier", "DATE", "2014-Q3"),
            ("the April-June quarter", "DATE", "2015-Q2"),
            ("last month", "DATE", "2015-10"),
            ("Wednesday", "DATE", "2015-11-04"),
            ("next year", "DATE", "2016"),
            ("now", "DATE", "PRESENT_REF"),
            ("2012", "DATE", "2012"),
            ("January", "DATE", "2016-01"),
            ("the spring", "DATE", "2016-SP"),
            ("daily", "SET", "P1D"),
            ("March 27", "DATE", "2016-03-27"),
            ("2016", "DATE", "2016"),
            ("72 hours", "DURATION", "PT72H"),
            ("2009", "DATE", "2009"),
            ("14-day", "DURATION", "P14D"),
            ("the autumn of 2016", "DATE", "2016-FA"),
            ("a full year", "DURATION", "P1Y"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
