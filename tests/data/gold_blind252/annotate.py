"""Annotations of the two-hundred-and-fifty-second blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind252/annotate.py [--show]

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
    # Thursday 2012-02-23 (ISO week 8), South African business daily's budget story, headline,
    # standfirst, byline "Economics Writer", date line "Thursday, 23 February 2012" (one span
    # with its weekday), "CAPE TOWN —" dateline; the budget was tabled "yesterday", Wednesday
    # 2012-02-22, and the excise duties "took effect yesterday afternoon", 2012-02-22TAF.
    # Two South African years, each named by the year it ends (gold_blind9, gold_blind21,
    # gold_blind63): the government's fiscal year runs April-March, so "the fiscal year that
    # ends on 31 March" is FY2012 (plus "31 March" 2012-03-31), "The 2012/13 budget, which
    # takes effect on 1 April", "in 2012/13" and "the new fiscal year" FY2013, "2014/15"
    # FY2015 (a bare year pair is one span, like "2015-16" in gold_blind63); the tax year of
    # individuals runs March-February, so "the tax year starting on 1 March" (standfirst) and
    # "the 2012/13 tax year" are FY2013 and "the 2011/12 tax year" FY2012. "a month ahead of
    # the new fiscal year" -> "a month" DURATION P1M (an anchored duration). Kwela's year ends
    # on 29 February (2012 is a leap year): "its financial year", which it closes "next
    # Wednesday" (the nearest coming Wednesday, 2012-02-29), is FY2012, and "the 52 weeks to
    # 29 February" is DURATION P52W plus the date (gold_blind74). Weekdays: Statistics South
    # Africa "said on Tuesday" 2012-02-21 (past); the hearings open "on Tuesday" 2012-02-28
    # (future). "October's medium-term budget policy statement" -> "October" 2011-10; "the
    # fourth quarter" and "the third quarter" of GDP are calendar quarters, 2011-Q4 and
    # 2011-Q3; "last winter's outages" is the southern winter of 2011 (June-August),
    # 2011-WI, valued in the year it falls in (gold_blind9, gold_blind68); "the three years to
    # 2014/15" -> "the three years" P3Y plus FY2015; "from March" 2012-03, "in July" 2012-07,
    # "since December" 2011-12; "the end of May" 2012-05; "the second half of this year"
    # 2012-H2, one span. Not annotated: "3%", "4.6%", "4%", "R9.5bn", "R250,000",
    # "R1.06-trillion", "2.7%", "3.6%", "4.2%", "3.1%", "3.2%", "1.4%", "R1.8bn", "20c a litre"
    # (a price, not a rate of time), "annualised" (a way of stating growth), "medium-term"
    # (an adjective naming the framework), "the Appropriation Bill", "Harbourview Securities".
    "treasury-budget-deficit-tax-relief": (
        "2012-02-23",
        [
            ("the tax year", "DATE", "FY2013"),
            ("1 March", "DATE", "2012-03-01"),
            ("the next three years", "DURATION", "P3Y"),
            ("Thursday, 23 February 2012", "DATE", "2012-02-23"),
            ("2014/15", "DATE", "FY2015"),
            ("the fiscal year", "DATE", "FY2012"),
            ("31 March", "DATE", "2012-03-31"),
            ("yesterday", "DATE", "2012-02-22"),
            ("2012/13", "DATE", "FY2013"),
            ("1 April", "DATE", "2012-04-01"),
            ("1 March", "DATE", "2012-03-01"),
            ("the 2012/13 tax year", "DATE", "FY2013"),
            ("a month", "DURATION", "P1M"),
            ("the new fiscal year", "DATE", "FY2013"),
            ("2012/13", "DATE", "FY2013"),
            ("October", "DATE", "2011-10"),
            ("the next three years", "DURATION", "P3Y"),
            ("this year", "DATE", "2012"),
            ("2013", "DATE", "2013"),
            ("2014", "DATE", "2014"),
            ("last year", "DATE", "2011"),
            ("Tuesday", "DATE", "2012-02-21"),
            ("the fourth quarter", "DATE", "2011-Q4"),
            ("the third quarter", "DATE", "2011-Q3"),
            ("the three years", "DURATION", "P3Y"),
            ("2014/15", "DATE", "FY2015"),
            ("last winter", "DATE", "2011-WI"),
            ("4 April", "DATE", "2012-04-04"),
            ("yesterday afternoon", "TIME", "2012-02-22TAF"),
            ("its financial year", "DATE", "FY2012"),
            ("next Wednesday", "DATE", "2012-02-29"),
            ("December", "DATE", "2011-12"),
            ("March", "DATE", "2012-03"),
            ("July", "DATE", "2012-07"),
            ("the 52 weeks", "DURATION", "P52W"),
            ("29 February", "DATE", "2012-02-29"),
            ("24 April", "DATE", "2012-04-24"),
            ("Tuesday", "DATE", "2012-02-28"),
            ("the end of May", "DATE", "2012-05"),
            ("the 2011/12 tax year", "DATE", "FY2012"),
            ("1 July", "DATE", "2012-07-01"),
            ("2009", "DATE", "2009"),
            ("three years", "DURATION", "P3Y"),
            ("the second half of this year", "DATE", "2012-H2"),
        ],
    ),
    # Monday 2014-09-22 (ISO week 39), South African news website, headline, stamp
    # "2014-09-22 14:35" (an ISO-written date and a 24-hour clock time, two TIMEX3), byline,
    # "Johannesburg -" dateline. "warned on Monday" is the publication day itself; "this week"
    # (headline, lead and quote) 2014-W39; "last week" 2014-W38. Past: the units "tripped on
    # Saturday night" 2014-09-20TNI, the third was shut down "at 06:00 on Sunday"
    # 2014-09-21T06:00 plus the DATE. Future: "between 17:00 and 21:00 on Tuesday" and Block
    # 7's slot "from 18:00 to 20:30 on Tuesday" are TIMEs on 2014-09-23 with the DATE, Block
    # 3's "from 20:00 to 22:30" the same evening; "Wednesday is Heritage Day" gives two DATEs,
    # 2014-09-24 (like "Monday is Family Day", gold_blind103); "by Friday" and "until Friday"
    # 2014-09-26. The updates "at 07:00 and 12:00 SAST daily" recur: XXXX-XX-XXT07:00 and
    # XXXX-XX-XXT12:00 (zone in the span, not in the value) with the SET P1D, the bounded
    # period not part of the value (gold_blind27). Southern seasons in a September story: "the
    # spring" is the one begun, 2014-SP (September-November); "during winter" and "Over the
    # winter" the winter just past, 2014-WI; "the summer" ahead (December 2014-February 2015)
    # takes the year of its January, 2015-SU (gold_blind9). "Freedom Day in April" is
    # 2014-04-27 plus "April" 2014-04; "two and a half hours" PT150M (gold_blind24,
    # gold_blind86); "most of the past two years" -> "the past two years" P2Y (gold_blind15).
    # Not annotated: "Stage 1" (three times), "Block 7", "Block 3", "the public holiday" (its
    # day is annotated), "the evening peak" (twice; a load period, like "peak times"),
    # "1,000MW", "5%", "six power stations", "www.kransberg.gov.za/ls2014" (a URL holding a
    # year), "0860 555 214", "at short notice", "Until then" (anaphoric).
    "eskom-load-shedding-heritage-day": (
        "2014-09-22",
        [
            ("this week", "DATE", "2014-W39"),
            ("2014-09-22", "DATE", "2014-09-22"),
            ("14:35", "TIME", "2014-09-22T14:35"),
            ("Monday", "DATE", "2014-09-22"),
            ("this week", "DATE", "2014-W39"),
            ("Saturday night", "TIME", "2014-09-20TNI"),
            ("06:00", "TIME", "2014-09-21T06:00"),
            ("Sunday", "DATE", "2014-09-21"),
            ("17:00", "TIME", "2014-09-23T17:00"),
            ("21:00", "TIME", "2014-09-23T21:00"),
            ("Tuesday", "DATE", "2014-09-23"),
            ("Wednesday", "DATE", "2014-09-24"),
            ("Heritage Day", "DATE", "2014-09-24"),
            ("Friday", "DATE", "2014-09-26"),
            ("07:00", "TIME", "XXXX-XX-XXT07:00"),
            ("12:00 SAST", "TIME", "XXXX-XX-XXT12:00"),
            ("daily", "SET", "P1D"),
            ("Friday", "DATE", "2014-09-26"),
            ("two and a half hours", "DURATION", "PT150M"),
            ("last week", "DATE", "2014-W38"),
            ("18:00", "TIME", "2014-09-23T18:00"),
            ("20:30", "TIME", "2014-09-23T20:30"),
            ("Tuesday", "DATE", "2014-09-23"),
            ("20:00", "TIME", "2014-09-23T20:00"),
            ("22:30", "TIME", "2014-09-23T22:30"),
            ("Freedom Day", "DATE", "2014-04-27"),
            ("April", "DATE", "2014-04"),
            ("about six hours", "DURATION", "PT6H"),
            ("the spring", "DATE", "2014-SP"),
            ("winter", "DATE", "2014-WI"),
            ("the summer", "DATE", "2015-SU"),
            ("the winter", "DATE", "2014-WI"),
            ("Now", "DATE", "PRESENT_REF"),
            ("the past two years", "DURATION", "P2Y"),
            ("Freedom Day", "DATE", "2014-04-27"),
            ("this week", "DATE", "2014-W39"),
            ("this month", "DATE", "2014-09"),
        ],
    ),
    # Tuesday 2014-01-07 (ISO week 2), South African regional daily's matric-results story,
    # headline, standfirst, byline "Education Reporter", date line "Tuesday, 7 January 2014",
    # "MTHATHA —" dateline. The results were released "at 18:00 on Monday" (2014-01-06T18:00
    # plus the DATE), the department spoke "yesterday", the same Monday; "today's newspapers"
    # and "from 06:00 today" are the publication day. "the 2013 National Senior Certificate
    # examinations" -> "2013", an adjectival year (like "the 2024 academic year",
    # gold_blind22), and "a year earlier" the year compared with, 2012 (gold_blind35); the
    # headline's "since 2009" 2009. The exams ran "between 28 October and 28 November" 2013.
    # The principal's past habit: "on Saturdays from July" -> SET XXXX-WXX-6 and 2013-07;
    # "at 06:00 every morning" -> TIME XXXX-XX-XXT06:00 and SET XXXX-XX-XXTMO; "three months"
    # P3M. Ahead: "until 31 January", "from 24 February to 14 March", "early May" 2014-05,
    # the "two-week" winter school "in July" 2014-07, classes "on Saturdays from February";
    # the standfirst's "February and March" 2014-02 and 2014-03; "Wednesday, 15 January" and
    # "Thursday, 16 January" one span each with the weekday; "28 March"; "this Friday"
    # 2014-01-10 (the coming Friday, gold_blind87); "by 2015". "For a decade" -> "a decade"
    # P10Y; "Now" PRESENT_REF. "The summer" in a January story is the southern summer under
    # way (December 2013-February 2014), taking the year of its January, 2014-SU
    # (gold_blind9); "storms in December" 2013-12; "until February" 2014-02. Not annotated:
    # "Class of 2013" (a cohort named by its year, gold_blind101), "the winter holidays" (a
    # school holiday, gold_blind22, gold_blind68), "winter school" (a programme's name; its
    # month "July" is annotated), "Term 1" (a school term, gold_blind49), "Grade 12", "Grade
    # 1", "Grade 8", "34210" (an SMS number), "71.4%", "63.8%", "94%", "80%", "9,412",
    # "2,106", "14 schools", "up to two subjects", "matric", "bachelor's pass".
    "mthonjeni-matric-results-class-of-2013": (
        "2014-01-07",
        [
            ("2009", "DATE", "2009"),
            ("today", "DATE", "2014-01-07"),
            ("February", "DATE", "2014-02"),
            ("March", "DATE", "2014-03"),
            ("Tuesday, 7 January 2014", "DATE", "2014-01-07"),
            ("2013", "DATE", "2013"),
            ("a year earlier", "DATE", "2012"),
            ("yesterday", "DATE", "2014-01-06"),
            ("18:00", "TIME", "2014-01-06T18:00"),
            ("Monday", "DATE", "2014-01-06"),
            ("today", "DATE", "2014-01-07"),
            ("06:00", "TIME", "2014-01-07T06:00"),
            ("today", "DATE", "2014-01-07"),
            ("28 October", "DATE", "2013-10-28"),
            ("28 November", "DATE", "2013-11-28"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("July", "DATE", "2013-07"),
            ("06:00", "TIME", "XXXX-XX-XXT06:00"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("three months", "DURATION", "P3M"),
            ("31 January", "DATE", "2014-01-31"),
            ("24 February", "DATE", "2014-02-24"),
            ("14 March", "DATE", "2014-03-14"),
            ("early May", "DATE", "2014-05"),
            ("two-week", "DURATION", "P2W"),
            ("July", "DATE", "2014-07"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("February", "DATE", "2014-02"),
            ("a decade", "DURATION", "P10Y"),
            ("Now", "DATE", "PRESENT_REF"),
            ("2015", "DATE", "2015"),
            ("Wednesday, 15 January", "DATE", "2014-01-15"),
            ("Thursday, 16 January", "DATE", "2014-01-16"),
            ("28 March", "DATE", "2014-03-28"),
            ("this Friday", "DATE", "2014-01-10"),
            ("The summer", "DATE", "2014-SU"),
            ("December", "DATE", "2013-12"),
            ("February", "DATE", "2014-02"),
        ],
    ),
    # Friday 2013-05-31 (ISO week 22), Kenyan news website, headline, byline, stamp "Posted
    # Friday, May 31st 2013 at 4:45 pm EAT" (a DATE with its weekday and ordinal day, and a
    # TIME with the zone in the span), "NAIROBI, Kenya, May 31 –" dateline (a DATE of its
    # own, the publication day). Madaraka Day is 1 June, Saturday 2013-06-01: the headline's
    # "Madaraka Day fete" and "tomorrow's Madaraka Day celebrations" give "Madaraka Day" DATE
    # inside the event noun (like "the Anzac Day service", gold_blind49) and "tomorrow"; the
    # road closure "from 5am to 2pm on Saturday", "at 6am", "by 9.30am", "at 8am EAT" and "at
    # 11am" are clock times of that day. "said on Thursday" 2013-05-30; "from tonight"
    # 2013-05-31TNI. "50 years since it attained self-rule" and "50 years of independence on
    # December 12" are DURATION P50Y (anchored durations, gold_blind71); "June 1, 1963";
    # "December 12, Jamhuri Day" two DATEs 2013-12-12 (an apposition, like "14 July, Bastille
    # Day" in gold_blind71). "Last year's celebrations ... at about 7am" -> 2012 and
    # 2012-06-01T07:00 (the clock time on the day of last year's holiday); "an hour earlier"
    # -> "an hour" PT1H (the size of a shift, gold_blind24). "falls on Saturday this year" ->
    # 2013-06-01 and 2013. Kenya's financial year runs July-June and is named by the year it
    # ends (gold_blind22): "the current financial year, which ends on June 30" FY2013 plus
    # 2013-06-30, "the 2013/14 financial year" FY2014, one span (gold_blind21); "on June 12"
    # 2013-06-12. "over a week" -> "a week" P1W; "for ten years" P10Y; "the past week" P1W;
    # "May last year" one span 2012-05 (like "March last year", gold_blind99); "since March"
    # 2013-03. Not annotated: "since then" (anaphoric), "this time" (idiomatic), "the long
    # rains" (a season of no calendar unit, gold_blind22), "second term" (a school term),
    # "weekend sales" (an adjective naming a kind), "the holiday" (twice; its day is
    # annotated), "3,000", "14 people", "four gates", "all 47 county headquarters", "Sh120
    # million", "Moi Avenue", "Lang'ata Road", "KBC".
    "madaraka-day-kivuli-road-closures": (
        "2013-05-31",
        [
            ("Madaraka Day", "DATE", "2013-06-01"),
            ("Friday, May 31st 2013", "DATE", "2013-05-31"),
            ("4:45 pm EAT", "TIME", "2013-05-31T16:45"),
            ("May 31", "DATE", "2013-05-31"),
            ("tomorrow", "DATE", "2013-06-01"),
            ("Madaraka Day", "DATE", "2013-06-01"),
            ("50 years", "DURATION", "P50Y"),
            ("June 1, 1963", "DATE", "1963-06-01"),
            ("Thursday", "DATE", "2013-05-30"),
            ("5am", "TIME", "2013-06-01T05:00"),
            ("2pm", "TIME", "2013-06-01T14:00"),
            ("Saturday", "DATE", "2013-06-01"),
            ("6am", "TIME", "2013-06-01T06:00"),
            ("9.30am", "TIME", "2013-06-01T09:30"),
            ("tonight", "TIME", "2013-05-31TNI"),
            ("Last year", "DATE", "2012"),
            ("about 7am", "TIME", "2012-06-01T07:00"),
            ("an hour", "DURATION", "PT1H"),
            ("Saturday", "DATE", "2013-06-01"),
            ("this year", "DATE", "2013"),
            ("May 6", "DATE", "2013-05-06"),
            ("8am EAT", "TIME", "2013-06-01T08:00"),
            ("11am", "TIME", "2013-06-01T11:00"),
            ("the current financial year", "DATE", "FY2013"),
            ("June 30", "DATE", "2013-06-30"),
            ("the 2013/14 financial year", "DATE", "FY2014"),
            ("June 12", "DATE", "2013-06-12"),
            ("50 years", "DURATION", "P50Y"),
            ("December 12", "DATE", "2013-12-12"),
            ("Jamhuri Day", "DATE", "2013-12-12"),
            ("a week", "DURATION", "P1W"),
            ("ten years", "DURATION", "P10Y"),
            ("the past week", "DURATION", "P1W"),
            ("May last year", "DATE", "2012-05"),
            ("March", "DATE", "2013-03"),
        ],
    ),
    # Wednesday 2015-03-04 (ISO week 10), Ghanaian daily's website, headline, "Author:" line,
    # stamp "Date: 04-03-2015, 09:12": the numeric date is day-first, as Ghanaian papers write
    # it (4 March, not 3 April), DATE 2015-03-04, and the clock time TIME on that day.
    # Independence Day is 6 March, Friday 2015-03-06: the headline's "Independence Day
    # parade" and "Friday's Independence Day parade" give "Independence Day" DATE inside the
    # event noun (gold_blind49) and "Friday"; "at 7.30am", "by 11am", "from 5am to 2pm on
    # Friday", "at 6pm" and "Friday afternoon" are of that day. "yesterday" Tuesday
    # 2015-03-03; "since Monday" 2015-03-02. "every afternoon since February 9" -> SET
    # XXXX-XX-XXTAF and 2015-02-09; "Saturday mornings" SET XXXX-WXX-6TMO; "the past three
    # weeks" P3W. "This year's celebration" 2015; "58 years since Ghana attained independence"
    # P58Y (anchored); "March 6, 1957"; "its 2015 budget" -> "2015" (Ghana's fiscal year is
    # the calendar year). "Since January" 2015-01; "12 hours off and 24 hours on" PT12H and
    # PT24H. "Last year's parade ... shortly after 9am" -> 2014 and 2014-03-06T09:00 (the day
    # of last year's parade; "shortly after" a signal, gold_blind7). "a two-hour parade" PT2H;
    # "May Day, May 1" two DATEs 2015-05-01; "the regional Independence Day celebration next
    # year" -> "Independence Day" 2016-03-06 and "next year" 2016. Not annotated: "58th" (an
    # ordinal count of anniversaries), "the harmattan" (a season of no calendar unit), "JHS 2"
    # (a school class), "2,400", "300 flags", "GH¢85,000", "the timetable" (twice).
    "adwumakrom-independence-day-parade": (
        "2015-03-04",
        [
            ("Independence Day", "DATE", "2015-03-06"),
            ("04-03-2015", "DATE", "2015-03-04"),
            ("09:12", "TIME", "2015-03-04T09:12"),
            ("Friday", "DATE", "2015-03-06"),
            ("Independence Day", "DATE", "2015-03-06"),
            ("yesterday", "DATE", "2015-03-03"),
            ("7.30am", "TIME", "2015-03-06T07:30"),
            ("11am", "TIME", "2015-03-06T11:00"),
            ("every afternoon", "SET", "XXXX-XX-XXTAF"),
            ("February 9", "DATE", "2015-02-09"),
            ("Saturday mornings", "SET", "XXXX-WXX-6TMO"),
            ("the past three weeks", "DURATION", "P3W"),
            ("This year", "DATE", "2015"),
            ("58 years", "DURATION", "P58Y"),
            ("March 6, 1957", "DATE", "1957-03-06"),
            ("2015", "DATE", "2015"),
            ("Friday", "DATE", "2015-03-06"),
            ("January", "DATE", "2015-01"),
            ("12 hours", "DURATION", "PT12H"),
            ("24 hours", "DURATION", "PT24H"),
            ("5am", "TIME", "2015-03-06T05:00"),
            ("2pm", "TIME", "2015-03-06T14:00"),
            ("Friday", "DATE", "2015-03-06"),
            ("6pm", "TIME", "2015-03-06T18:00"),
            ("Last year", "DATE", "2014"),
            ("9am", "TIME", "2014-03-06T09:00"),
            ("Friday afternoon", "TIME", "2015-03-06TAF"),
            ("Monday", "DATE", "2015-03-02"),
            ("two-hour", "DURATION", "PT2H"),
            ("May Day", "DATE", "2015-05-01"),
            ("May 1", "DATE", "2015-05-01"),
            ("Independence Day", "DATE", "2016-03-06"),
            ("next year", "DATE", "2016"),
        ],
    ),
    # Sunday 2013-09-29 (ISO week 39), Nigerian Sunday paper, headline, byline with place,
    # date line "September 29, 2013", no dateline. Independence Day is 1 October, Tuesday
    # 2013-10-01: the headline's "Tuesday", "Tuesday, October 1" (one span with its weekday),
    # the broadcast "at 7am WAT on Tuesday" (zone in the span), the celebration "by 10am",
    # the Lagos parade "at 9am" with roads closed "from 6am to 1pm", banks and schools closed
    # "on Tuesday" (twice more), rain "on Tuesday morning" 2013-10-01TMO. Past: the statement
    # "issued ... on Friday" 2013-09-27, "dated 27/09/2013" (day-first, the same day); the
    # state spoke "on Saturday" 2013-09-28; fares "since Monday" 2013-09-23; schools resumed
    # "on September 16". Future: police "from Monday night" 2013-09-30TNI, banks resume "on
    # Wednesday" 2013-10-02. "this weekend" in a Sunday paper is its own weekend, 2013-W39-WE
    # (gold_blind22). "October 1, 1960"; "three years later" after it 1963 (the unit's
    # granularity, anchored on the date before, gold_blind18); "the 2015 general
    # elections" -> "2015"; "for 20 years" P20Y; "Last year" 2012; "This year" 2013. Not
    # annotated: "53rd Independence anniversary" (an ordinal anniversary, not the day's name;
    # the day is "Tuesday, October 1"), "the holiday" (twice), "the first term of the new
    # session" (a school term and session), "Comrade Monday Etim" (a name, after the
    # annotated "since Monday"), "by this time" (anaphoric), "24-hour" (the emergency line is
    # staffed round the clock, gold_blind3, gold_blind27), "0803 555 1960" (a phone number
    # ending in the year of independence), "About 2,000 policemen", "Gwagwa Square",
    # "Ikeja Township Stadium", "Ojuelegba".
    "nigeria-independence-anniversary-holiday": (
        "2013-09-29",
        [
            ("Tuesday", "DATE", "2013-10-01"),
            ("September 29, 2013", "DATE", "2013-09-29"),
            ("Tuesday, October 1", "DATE", "2013-10-01"),
            ("Friday", "DATE", "2013-09-27"),
            ("2015", "DATE", "2015"),
            ("27/09/2013", "DATE", "2013-09-27"),
            ("10am", "TIME", "2013-10-01T10:00"),
            ("7am WAT", "TIME", "2013-10-01T07:00"),
            ("Tuesday", "DATE", "2013-10-01"),
            ("Saturday", "DATE", "2013-09-28"),
            ("9am", "TIME", "2013-10-01T09:00"),
            ("6am", "TIME", "2013-10-01T06:00"),
            ("1pm", "TIME", "2013-10-01T13:00"),
            ("Monday night", "TIME", "2013-09-30TNI"),
            ("Tuesday", "DATE", "2013-10-01"),
            ("Wednesday", "DATE", "2013-10-02"),
            ("September 16", "DATE", "2013-09-16"),
            ("Tuesday", "DATE", "2013-10-01"),
            ("October 1, 1960", "DATE", "1960-10-01"),
            ("three years later", "DATE", "1963"),
            ("this weekend", "DATE", "2013-W39-WE"),
            ("Monday", "DATE", "2013-09-23"),
            ("20 years", "DURATION", "P20Y"),
            ("Last year", "DATE", "2012"),
            ("This year", "DATE", "2013"),
            ("Tuesday morning", "TIME", "2013-10-01TMO"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
