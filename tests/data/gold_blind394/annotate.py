"""Annotations of blind gold set 394, chosen by hand before the tagger ran.

    python tests/data/gold_blind394/annotate.py [--show]

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
    # Saturday 2012-12-29 (ISO week 52), US wire story on a city's minimum wage, stamp
    # "Published 4:18 p.m., Saturday, December 29, 2012" (a TIME and a DATE span with its
    # weekday, gold_blind35), "MARSTON FALLS, N.M. (AP) —" dateline. "Effective Jan. 1" ->
    # "Jan. 1" 2013-01-01, "effective" a signal (gold_blind33, gold_blind35); the headline's
    # "rises Tuesday" the same day. "New Year's Day falls on Tuesday" two DATEs 2013-01-01
    # (like "Monday is Family Day", gold_blind103); "the next day" after it 2013-01-02, anchored
    # on the narrative's last date (gold_blind4, gold_blind32). Past: "said Friday" 2012-12-28,
    # "on Thursday afternoon" 2012-12-27TAF and "That evening" after it 2012-12-27TEV (a
    # narrative anchor, gold_blind8, gold_blind26). Future: "by Monday" 2012-12-31, "starting
    # Wednesday" 2013-01-02, "next week" 2013-W01 (Monday 31 December 2012 opens ISO week 1 of
    # 2013), "tonight" 2012-12-29TNI, "New Year's Eve" 2012-12-31. The hotline's hours "from
    # 8 a.m. to 6 p.m. daily" and the diner's closing "at 9 p.m. instead of 10 p.m." recur:
    # XXXX-XX-XXThh:mm with the SET "daily" P1D (gold_blind28, gold_blind95). "the first
    # paychecks of 2013" -> "2013"; "once a year" SET P1Y (gold_blind5); "in September" the
    # coming one 2013-09; "our best December in five years" -> "December" 2012-12 (the month
    # still running) and "five years" P5Y, the period of a superlative (gold_blind51); "within
    # 90 days" -> "90 days"; "up to two years" and "more than three years" DURATIONs with the
    # modifier kept; "the fiscal year that begins July 1" -> "the fiscal year" FY2014 (a city
    # year July-June named by the year it ends) plus "July 1" 2013-07-01 (gold_blind13,
    # gold_blind35); "now" PRESENT_REF; "the past year" P1Y. Not annotated: "$8.40" and "$9.10"
    # (prices that read like clock times), "$7.50", "$3.05", "$2.13", "90 cents", "$10",
    # "$140,000", "$90,000", "61,000", "4,800", "54" (an age), "5-2" (a vote), "312", "40
    # workers", "505-555-2013" (a phone number holding 2013), "Interstate 25", "Fourth Street",
    # "Sunday brunch shift" (a kind of shift named by a weekday, gold_blind95),
    # "marstonfalls.gov/wage2013", "a double shift", "At the same meeting" (anaphoric).
    "marston-falls-minimum-wage-jan-1": (
        "2012-12-29",
        [
            ("Tuesday", "DATE", "2013-01-01"),
            ("4:18 p.m.", "TIME", "2012-12-29T16:18"),
            ("Saturday, December 29, 2012", "DATE", "2012-12-29"),
            ("Jan. 1", "DATE", "2013-01-01"),
            ("November 2009", "DATE", "2009-11"),
            ("New Year's Day", "DATE", "2013-01-01"),
            ("Tuesday", "DATE", "2013-01-01"),
            ("the next day", "DATE", "2013-01-02"),
            ("Friday", "DATE", "2012-12-28"),
            ("Monday", "DATE", "2012-12-31"),
            ("Jan. 15", "DATE", "2013-01-15"),
            ("2013", "DATE", "2013"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
            ("daily", "SET", "P1D"),
            ("Wednesday", "DATE", "2013-01-02"),
            ("up to two years", "DURATION", "P2Y"),
            ("more than three years", "DURATION", "P3Y"),
            ("once a year", "SET", "P1Y"),
            ("September", "DATE", "2013-09"),
            ("Jan. 1, 2014", "DATE", "2014-01-01"),
            ("three years", "DURATION", "P3Y"),
            ("1998", "DATE", "1998"),
            ("tonight", "TIME", "2012-12-29TNI"),
            ("New Year's Eve", "DATE", "2012-12-31"),
            ("last month", "DATE", "2012-11"),
            ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("next week", "DATE", "2013-W01"),
            ("December", "DATE", "2012-12"),
            ("five years", "DURATION", "P5Y"),
            ("Thursday afternoon", "TIME", "2012-12-27TAF"),
            ("That evening", "TIME", "2012-12-27TEV"),
            ("2011", "DATE", "2011"),
            ("90 days", "DURATION", "P90D"),
            ("July 1, 2014", "DATE", "2014-07-01"),
            ("the fiscal year", "DATE", "FY2014"),
            ("July 1", "DATE", "2013-07-01"),
            ("now", "DATE", "PRESENT_REF"),
            ("January 2010", "DATE", "2010-01"),
            ("the past year", "DURATION", "P1Y"),
        ],
    ),
    # Friday 2013-09-06 (ISO week 36), Canadian paper's website, section label, headline,
    # byline, stamps "Published Friday, Sep. 06 2013, 9:12 AM EDT" and "Last updated ... 5:47
    # PM EDT" (a DATE span with its weekday and a TIME with the zone in the span, gold_blind63,
    # gold_blind103). The report month is August 2013: "in August" (headline and lead), "the
    # prior month" after the August rate 2013-07 (like "the previous month", gold_blind51),
    # "in July", "a flat June" -> "June" 2013-06 and "a soft spring" -> "spring" 2013-SP, "an
    # awful July" -> "July" (the head nouns, like "a wet winter", gold_blind103). "the three
    # months to August" and "the three months to May" are split, DURATION P3M plus the month
    # (gold_blind23, gold_blind67). "Year over year" after the August figure is the month
    # compared with, 2012-08 (gold_blind18, gold_blind51, gold_blind74), like "a year earlier"
    # after average earnings and "August, 2012" as written. "four straight months" a cardinal
    # run DURATION P4M (like "five consecutive days", gold_blind103); "the past six months"
    # P6M; "the lowest since October 2008" -> 2008-10; "this week" 2013-W36; Labour Day 2013 is
    # Monday 2 September: "after Labour Day" and "a Labour Day rally ... on Monday" two DATEs
    # (gold_blind56). "said Friday", "Friday's numbers" the publication day; "at 7 a.m. ET"
    # and "8:30 a.m. ET" on it; "last month" 2013-08; "almost three years" P3Y; "Oct. 23"
    # 2013-10-23; "the third quarter" 2013-Q3, "the second quarter" 2013-Q2 (a national
    # economy's calendar quarters); "mid-August" 2013-08; "September figures" the report month
    # 2013-09 (gold_blind51) and "Oct. 11 at 7 a.m. ET" a DATE and a TIME on it. Not annotated:
    # "7.0 per cent", "7.2 per cent", "13.9 per cent", "6.6 per cent", "1 per cent", "an
    # annualized 1.5 per cent" (a rate, gold_blind51), the job counts, "aged 15 to 24" (ages),
    # "summer jobs" (a kind, like "Summer programs", gold_blind103), "full-time", "Table
    # 282-0087" (a table number), "Harrowgate Securities", "Ontario", "Windsor".
    "canada-jobs-report-august": (
        "2013-09-06",
        [
            ("August", "DATE", "2013-08"),
            ("Friday, Sep. 06 2013", "DATE", "2013-09-06"),
            ("9:12 AM EDT", "TIME", "2013-09-06T09:12"),
            ("Friday, Sep. 06 2013", "DATE", "2013-09-06"),
            ("5:47 PM EDT", "TIME", "2013-09-06T17:47"),
            ("August", "DATE", "2013-08"),
            ("the prior month", "DATE", "2013-07"),
            ("Friday", "DATE", "2013-09-06"),
            ("7 a.m. ET", "TIME", "2013-09-06T07:00"),
            ("July", "DATE", "2013-07"),
            ("June", "DATE", "2013-06"),
            ("the three months", "DURATION", "P3M"),
            ("August", "DATE", "2013-08"),
            ("the three months", "DURATION", "P3M"),
            ("May", "DATE", "2013-05"),
            ("Year over year", "DATE", "2012-08"),
            ("spring", "DATE", "2013-SP"),
            ("July", "DATE", "2013-07"),
            ("the past six months", "DURATION", "P6M"),
            ("four straight months", "DURATION", "P4M"),
            ("July", "DATE", "2013-07"),
            ("October 2008", "DATE", "2008-10"),
            ("this week", "DATE", "2013-W36"),
            ("Labour Day", "DATE", "2013-09-02"),
            ("July", "DATE", "2013-07"),
            ("July", "DATE", "2013-07"),
            ("August, 2012", "DATE", "2012-08"),
            ("a year earlier", "DATE", "2012-08"),
            ("Labour Day", "DATE", "2013-09-02"),
            ("Monday", "DATE", "2013-09-02"),
            ("2009", "DATE", "2009"),
            ("8:30 a.m. ET", "TIME", "2013-09-06T08:30"),
            ("last month", "DATE", "2013-08"),
            ("almost three years", "DURATION", "P3Y"),
            ("Oct. 23", "DATE", "2013-10-23"),
            ("Friday", "DATE", "2013-09-06"),
            ("the third quarter", "DATE", "2013-Q3"),
            ("the second quarter", "DATE", "2013-Q2"),
            ("mid-August", "DATE", "2013-08"),
            ("September", "DATE", "2013-09"),
            ("Oct. 11", "DATE", "2013-10-11"),
            ("7 a.m. ET", "TIME", "2013-10-11T07:00"),
        ],
    ),
    # Tuesday 2014-09-16 (ISO week 38), British daily's website, section label, headline,
    # standfirst, byline, date line "Tuesday 16 September 2014 07.00 BST" (a DATE and a TIME,
    # gold_blind63). "yesterday" Monday 2014-09-15; "last week" 2014-W37, its "Thursday
    # afternoon" 2014-09-11TAF and "That evening" 2014-09-11TEV; "meet ... again on Thursday"
    # ahead, 2014-09-18 (the same weekday in both directions). The ballot "closes at noon on
    # Friday 3 October" -> "noon" 2014-10-03T12:00 (gold_blind6) and the DATE, "by 4pm" the
    # same day; "seven days' notice" -> "seven days" (gold_blind27, gold_blind95); "the next
    # day, Saturday 4 October" two DATEs 2014-10-04; "Monday 13 October", "Monday 20
    # October", "Monday 27 October" as written; "48-hour" PT48H; "in October" (standfirst)
    # 2014-10; "Bonfire Night" 2014-11-05 twice (gold_blind72); "from January" 2015-01; the new
    # rota's start "at 6am rather than 7am" recurs, XXXX-XX-XXT06:00 and T07:00, as do the
    # bins "until 8pm" and the helpline "every day from 8am to 6pm" (gold_blind95);
    # "fortnightly" SET P2W (gold_blind93); "every winter since 2010" a SET XXXX-WI and its
    # frame "2010" (gold_blind15, gold_blind95); "an hour earlier" -> "an hour" PT1H, the size
    # of a shift (gold_blind95); "Now" PRESENT_REF; "backdated to 1 April" -> 2014-04-01
    # ("backdated to" marks a start, like "retroactive to", gold_blind35); "next March"
    # 2015-03; "the 2015-16 financial year" FY2016 (a council's April-March year named by the
    # year it ends, one span, gold_blind25, gold_blind95); "the summer of 2011" 2011-SU; "11
    # days" P11D; "almost a fortnight" P2W (gold_blind4). Not annotated: "Act 1992" (the name of
    # a statute, like "the Finance Act 2014" in gold_blind88), "0800 555 2011" (beside the
    # annotated "2011"), "2.2%", "£1,900", "£350", "£14m", "£38m", "118,000 bins", "400", "150
    # workers", "collection days" (a kind of day), "the run-up", "a third" (a count),
    # "real-terms", "the current rota".
    "caldmoor-bin-strike-ballot": (
        "2014-09-16",
        [
            ("October", "DATE", "2014-10"),
            ("2011", "DATE", "2011"),
            ("Bonfire Night", "DATE", "2014-11-05"),
            ("Tuesday 16 September 2014", "DATE", "2014-09-16"),
            ("07.00 BST", "TIME", "2014-09-16T07:00"),
            ("yesterday", "DATE", "2014-09-15"),
            ("last week", "DATE", "2014-W37"),
            ("noon", "TIME", "2014-10-03T12:00"),
            ("Friday 3 October", "DATE", "2014-10-03"),
            ("4pm", "TIME", "2014-10-03T16:00"),
            ("the next day", "DATE", "2014-10-04"),
            ("Saturday 4 October", "DATE", "2014-10-04"),
            ("seven days", "DURATION", "P7D"),
            ("Monday 13 October", "DATE", "2014-10-13"),
            ("48-hour", "DURATION", "PT48H"),
            ("Monday 20 October", "DATE", "2014-10-20"),
            ("Monday 27 October", "DATE", "2014-10-27"),
            ("Bonfire Night", "DATE", "2014-11-05"),
            ("January", "DATE", "2015-01"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("fortnightly", "SET", "P2W"),
            ("Thursday afternoon", "TIME", "2014-09-11TAF"),
            ("That evening", "TIME", "2014-09-11TEV"),
            ("Thursday", "DATE", "2014-09-18"),
            ("2009", "DATE", "2009"),
            ("every winter", "SET", "XXXX-WI"),
            ("2010", "DATE", "2010"),
            ("Now", "DATE", "PRESENT_REF"),
            ("an hour", "DURATION", "PT1H"),
            ("1 April", "DATE", "2014-04-01"),
            ("next March", "DATE", "2015-03"),
            ("the 2015-16 financial year", "DATE", "FY2016"),
            ("2011", "DATE", "2011"),
            ("the summer of 2011", "DATE", "2011-SU"),
            ("11 days", "DURATION", "P11D"),
            ("almost a fortnight", "DURATION", "P2W"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("every day", "SET", "P1D"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
        ],
    ),
    # Monday 2014-10-13 (ISO week 42), Reuters-style wire, headline ("this week" 2014-W42),
    # website stamp "Mon Oct 13, 2014 7:06pm EDT" (a DATE and a TIME) and "WICHITA, Kan., Oct
    # 13 (Reuters) -" dateline (its date the publication day, gold_blind51). Future: the vote
    # "on Wednesday and Thursday" 2014-10-15 and 2014-10-16, results "late Thursday" DATE
    # 2014-10-16 (like "late yesterday", gold_blind35) and "the next day" after it 2014-10-17;
    # the contract "expires at 11:59 p.m. on Oct. 19" (a Sunday); it would "take effect Oct.
    # 20" and a strike could start "as early as 12:01 a.m. on Oct. 20" (a TIME and a DATE).
    # "days before the current agreement expires" -> "days" PXD, a vague anchored duration
    # (gold_blind2, gold_blind14). Past: "said on Monday" the wire's day; the deal "at about 2
    # a.m. on Sunday" 2014-10-12, after a "19-hour" session, and "That evening" the evening of
    # that Sunday, 2014-10-12TEV;
    # "on Monday afternoon" 2014-10-13TAF. Voting "from 5 a.m. to 7 p.m. on both days": hours
    # that recur on two days, XXXX-XX-XXThh:mm ("both days" left out, gold_blind95). "a 60-day
    # notice on Aug. 20" -> "60-day" P60D and 2014-08-20; "within 30 days of ratification" ->
    # "30 days" (gold_blind35); "over four years" P4Y; "Jan. 1, 2015"; "in July" 2014-07;
    # "until October 2018" 2018-10. "in 2008, in a 57-day strike that ended just before
    # Thanksgiving" -> "Thanksgiving" of that year, the fourth Thursday of November 2008,
    # 2008-11-27. Halvorsen's fiscal year ended Sept. 30, 2014 and is named by the year it
    # ends: "its fiscal third quarter, which ended June 30" FY2014-Q3 (one span with the
    # possessive, gold_blind38) plus 2014-06-30; "fourth-quarter results" FY2014-Q4; "Nov. 6"
    # 2014-11-06. Not annotated: "Local 1860" and "local1860.org" (a union local and its web
    # address), "401(k)", "HX-2100" (a model number), "9-0", "94 percent", "11 percent",
    # "$4,000", "$212 million", "2.4 percent", "$38.20", "3,600", "53" (an age), "both days".
    "halvorsen-machinists-contract-vote": (
        "2014-10-13",
        [
            ("this week", "DATE", "2014-W42"),
            ("four-year", "DURATION", "P4Y"),
            ("Mon Oct 13, 2014", "DATE", "2014-10-13"),
            ("7:06pm EDT", "TIME", "2014-10-13T19:06"),
            ("Oct 13", "DATE", "2014-10-13"),
            ("Wednesday", "DATE", "2014-10-15"),
            ("Thursday", "DATE", "2014-10-16"),
            ("four-year", "DURATION", "P4Y"),
            ("Monday", "DATE", "2014-10-13"),
            ("days", "DURATION", "PXD"),
            ("11:59 p.m.", "TIME", "2014-10-19T23:59"),
            ("Oct. 19", "DATE", "2014-10-19"),
            ("about 2 a.m.", "TIME", "2014-10-12T02:00"),
            ("Sunday", "DATE", "2014-10-12"),
            ("19-hour", "DURATION", "PT19H"),
            ("That evening", "TIME", "2014-10-12TEV"),
            ("5 a.m.", "TIME", "XXXX-XX-XXT05:00"),
            ("7 p.m.", "TIME", "XXXX-XX-XXT19:00"),
            ("late Thursday", "DATE", "2014-10-16"),
            ("the next day", "DATE", "2014-10-17"),
            ("Sept. 21", "DATE", "2014-09-21"),
            ("60-day", "DURATION", "P60D"),
            ("Aug. 20", "DATE", "2014-08-20"),
            ("four years", "DURATION", "P4Y"),
            ("30 days", "DURATION", "P30D"),
            ("Jan. 1, 2015", "DATE", "2015-01-01"),
            ("July", "DATE", "2014-07"),
            ("1987", "DATE", "1987"),
            ("Oct. 20", "DATE", "2014-10-20"),
            ("October 2018", "DATE", "2018-10"),
            ("12:01 a.m.", "TIME", "2014-10-20T00:01"),
            ("Oct. 20", "DATE", "2014-10-20"),
            ("2008", "DATE", "2008"),
            ("57-day", "DURATION", "P57D"),
            ("Thanksgiving", "DATE", "2008-11-27"),
            ("more than two weeks", "DURATION", "P2W"),
            ("Sept. 30", "DATE", "2014-09-30"),
            ("its fiscal third quarter", "DATE", "FY2014-Q3"),
            ("June 30", "DATE", "2014-06-30"),
            ("fourth-quarter", "DATE", "FY2014-Q4"),
            ("Nov. 6", "DATE", "2014-11-06"),
            ("Monday afternoon", "TIME", "2014-10-13TAF"),
        ],
    ),
    # Thursday 2012-05-17 (ISO week 20), Australian regional paper's website, headline
    # ("in June" 2012-06), byline, stamp "17 May, 2012 03:30 PM" (a DATE and a TIME,
    # gold_blind103). "the end of next month" 2012-06 (the end of a month takes the month,
    # gold_blind49); "more than 60 years" P60Y. Past: the meeting "at 7am on Tuesday"
    # 2012-05-15T07:00 and "that evening" its evening 2012-05-15TEV; "yesterday afternoon"
    # 2012-05-16TAF. Future: "on Monday at 10am" 2012-05-21 and T10:00, "the next day" after it
    # 2012-05-22, "next Wednesday" the coming Wednesday 2012-05-23 (gold_blind67's "next
    # Tuesday" was a week after a Tuesday paper; from a Thursday the nearest Wednesday ahead is
    # meant), "on Saturday" 2012-05-19, "Monday 4 June", "the Queen's Birthday holiday on
    # Monday 11 June" two DATEs 2012-06-11 (Victoria, second Monday of June; gold_blind9).
    # "Friday 29 June, at the end of the 2011-12 financial year" -> the DATE and "the end of the
    # 2011-12 financial year" FY2012 (an Australian July-June year named by the year it ends,
    # gold_blind95; "the end of" a year takes the year's value, gold_blind51). "four weeks'
    # notice" -> "four weeks" (gold_blind95); "at least two years' service" -> "at least two
    # years" P2Y (like "7 complete years' service", gold_blind69); "an extra week's notice" ->
    # "an extra week" P1W; "by 13 July"; "the nine months to March" split P9M and 2012-03
    # (gold_blind23, gold_blind67); "the 2010-11 financial year" FY2011; "in September" ahead
    # 2012-09; "the 1970s" 197; "last year" 2011; "in February" 2012-02; "Now" PRESENT_REF; the
    # counselling line "from 8am to 8pm daily" XXXX-XX-XXThh:mm and SET P1D. Not annotated:
    # "270 jobs", "51" and "aged over 45" (ages), "40 maintenance and dispatch staff", "$6.4
    # million", "$2.1 million", "900 people", "60 seasonal jobs" and "night shifts" (kinds),
    # "the summer fruit season" (a named season of no calendar unit, like "this season" in
    # gold_blind103), "Gate 3", "1800 555 049", "the Fair Work Act", "its peak".
    "greystone-cannery-closure-redundancies": (
        "2012-05-17",
        [
            ("June", "DATE", "2012-06"),
            ("17 May, 2012", "DATE", "2012-05-17"),
            ("03:30 PM", "TIME", "2012-05-17T15:30"),
            ("the end of next month", "DATE", "2012-06"),
            ("more than 60 years", "DURATION", "P60Y"),
            ("7am", "TIME", "2012-05-15T07:00"),
            ("Tuesday", "DATE", "2012-05-15"),
            ("Friday 29 June", "DATE", "2012-06-29"),
            ("the end of the 2011-12 financial year", "DATE", "FY2012"),
            ("four weeks", "DURATION", "P4W"),
            ("1 June", "DATE", "2012-06-01"),
            ("the end of July", "DATE", "2012-07"),
            ("that evening", "TIME", "2012-05-15TEV"),
            ("1989", "DATE", "1989"),
            ("at least two years", "DURATION", "P2Y"),
            ("an extra week", "DURATION", "P1W"),
            ("13 July", "DATE", "2012-07-13"),
            ("2007", "DATE", "2007"),
            ("the nine months", "DURATION", "P9M"),
            ("March", "DATE", "2012-03"),
            ("the 2010-11 financial year", "DATE", "FY2011"),
            ("September", "DATE", "2012-09"),
            ("1949", "DATE", "1949"),
            ("the 1970s", "DATE", "197"),
            ("last year", "DATE", "2011"),
            ("February", "DATE", "2012-02"),
            ("Monday", "DATE", "2012-05-21"),
            ("10am", "TIME", "2012-05-21T10:00"),
            ("the next day", "DATE", "2012-05-22"),
            ("yesterday afternoon", "TIME", "2012-05-16TAF"),
            ("next Wednesday", "DATE", "2012-05-23"),
            ("Monday 4 June", "DATE", "2012-06-04"),
            ("the Queen's Birthday holiday", "DATE", "2012-06-11"),
            ("Monday 11 June", "DATE", "2012-06-11"),
            ("Saturday", "DATE", "2012-05-19"),
            ("Now", "DATE", "PRESENT_REF"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("8pm", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
        ],
    ),
    # Wednesday 2015-11-18 (ISO week 47), Irish daily's website, section label, headline,
    # standfirst, byline, stamp "Wed, Nov 18, 2015, 06:00" (a DATE and a TIME). "14-month"
    # (headline and lead) P14M; "from January 1st" (standfirst and body) 2016-01-01; "over
    # Christmas" (standfirst and lead) 2015-12-25. The ballot "closed at 5pm on Monday"
    # 2015-11-16T17:00 and the DATE; "yesterday morning" 2015-11-17TMO; "on October 26th"
    # 2015-10-26 and "three weeks" P3W; "the early hours of October 3rd" one DATE span
    # 2015-10-03 (gold_blind103's "the early hours of Thursday"). "frozen for three years" P3Y;
    # "reviewed every three years" SET P3Y (gold_blind67); "twice a year" SET P1Y (gold_blind3,
    # gold_blind5); "the next eight years" P8Y; "the end of 2014" 2014; "by March 31st" the
    # coming one 2016-03-31; "five years ago" 2010 (the unit's granularity); "2004"; "September
    # 2014". Past narrative: "over the summer" 2015-SU, "on August 27th" 2015-08-27 and "that
    # evening" 2015-08-27TEV; "two-hour" PT2H. "its financial year to September 30th" -> "its
    # financial year" FY2015 (one span with the possessive, gold_blind63; the year ending 30
    # September 2015, named by the year it ends) and "September 30th" 2015-09-30, split like
    # "the financial year to March" (gold_blind61); "the previous year" FY2014, the financial
    # year before the one just named (gold_blind63's "the previous financial year"). Future:
    # "at 9.30am on Friday" 2015-11-20T09:30 and 2015-11-20; "next week" 2015-W48. "recent
    # years" PAST_REF; "the coming weeks" PXW; "now" PRESENT_REF. Not annotated: "Pensions Act
    # 1990" and "Section 50" (a statute's name and section), "65 to 66" (ages), "1,140", "71 per
    # cent", "2,300", "€95 million", "€310 million", "€148 million", "6 per cent", "20
    # schemes", "1890 555 066", "harbourgas.ie/pensions2016", "after that date" (anaphoric),
    # "final-salary", "career-average".
    "harbour-gas-pension-overhaul-vote": (
        "2015-11-18",
        [
            ("14-month", "DURATION", "P14M"),
            ("January 1st", "DATE", "2016-01-01"),
            ("Christmas", "DATE", "2015-12-25"),
            ("Wed, Nov 18, 2015", "DATE", "2015-11-18"),
            ("06:00", "TIME", "2015-11-18T06:00"),
            ("14-month", "DURATION", "P14M"),
            ("Christmas", "DATE", "2015-12-25"),
            ("5pm", "TIME", "2015-11-16T17:00"),
            ("Monday", "DATE", "2015-11-16"),
            ("yesterday morning", "TIME", "2015-11-17TMO"),
            ("October 26th", "DATE", "2015-10-26"),
            ("three weeks", "DURATION", "P3W"),
            ("the early hours of October 3rd", "DATE", "2015-10-03"),
            ("January 1st", "DATE", "2016-01-01"),
            ("three years", "DURATION", "P3Y"),
            ("every three years", "SET", "P3Y"),
            ("twice a year", "SET", "P1Y"),
            ("the next eight years", "DURATION", "P8Y"),
            ("the end of 2014", "DATE", "2014"),
            ("March 31st", "DATE", "2016-03-31"),
            ("five years ago", "DATE", "2010"),
            ("2004", "DATE", "2004"),
            ("September 2014", "DATE", "2014-09"),
            ("the summer", "DATE", "2015-SU"),
            ("two-hour", "DURATION", "PT2H"),
            ("August 27th", "DATE", "2015-08-27"),
            ("that evening", "TIME", "2015-08-27TEV"),
            ("its financial year", "DATE", "FY2015"),
            ("September 30th", "DATE", "2015-09-30"),
            ("the previous year", "DATE", "FY2014"),
            ("9.30am", "TIME", "2015-11-20T09:30"),
            ("Friday", "DATE", "2015-11-20"),
            ("next week", "DATE", "2015-W48"),
            ("recent years", "DATE", "PAST_REF"),
            ("the coming weeks", "DURATION", "PXW"),
            ("now", "DATE", "PRESENT_REF"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
