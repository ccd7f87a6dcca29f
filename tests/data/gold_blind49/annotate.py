"""Annotations of the forty-ninth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind49/annotate.py [--show]

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
    # Friday 2013-03-22 (ISO week 12), Indian English court story on a paper's website, stamp
    # "Published: 22nd March 2013 04:12 AM" (an ordinal-suffix date, gold_blind9), "KESARGARH:"
    # dateline. The bench sat on Thursday 2013-03-21 and "adjourned to next Tuesday", the
    # coming Tuesday 2013-03-26, which the headline and "10.30 am on March 26" confirm
    # (gold_blind25's "next Thursday" in a Friday paper). "by Monday" is future, 2013-03-25,
    # while "On Monday last" in a Friday paper is the most recent Monday, 2013-03-18
    # (gold_blind17). The slash dates "14/09/2011" and "15/04/2013" are day-first, as Indian
    # papers write them (14 and 15 cannot be months). The Indian financial year runs
    # April-March and is named by the year it ends: "the 2012-13 financial year, which ends on
    # March 31" is FY2013 (one span, like "the 2016/17 financial year" in gold_blind21) plus
    # 2013-03-31; "the first quarter of 2013-14" (April-June 2013) one span FY2014-Q1, like
    # "the first quarter of FY25" (gold_blind17). "last June" in March is 2012-06; "August
    # last year" one span 2012-08; "a 90-day extension" and "an 11-day sit-in" are DURATIONs
    # on the adjective; the night diversion's hours recur on no particular day.
    "kesargarh-highway-compensation-hearing": (
        "2013-03-22",
        [
            ("March 26", "DATE", "2013-03-26"),
            ("22nd March 2013", "DATE", "2013-03-22"),
            ("04:12 AM", "TIME", "2013-03-22T04:12"),
            ("Thursday", "DATE", "2013-03-21"),
            ("next Tuesday", "DATE", "2013-03-26"),
            ("10.30 am", "TIME", "2013-03-26T10:30"),
            ("March 26", "DATE", "2013-03-26"),
            ("January 2011", "DATE", "2011-01"),
            ("14/09/2011", "DATE", "2011-09-14"),
            ("nearly two years", "DURATION", "P2Y"),
            ("every week", "SET", "P1W"),
            ("last June", "DATE", "2012-06"),
            ("the 2012-13 financial year", "DATE", "FY2013"),
            ("March 31", "DATE", "2013-03-31"),
            ("the first quarter of 2013-14", "DATE", "FY2014-Q1"),
            ("December 2012", "DATE", "2012-12"),
            ("more than three months", "DURATION", "P3M"),
            ("90-day", "DURATION", "P90D"),
            ("January", "DATE", "2013-01"),
            ("2011", "DATE", "2011"),
            ("Monday", "DATE", "2013-03-25"),
            ("August last year", "DATE", "2012-08"),
            ("11-day", "DURATION", "P11D"),
            ("Monday last", "DATE", "2013-03-18"),
            ("December 2012", "DATE", "2012-12"),
            ("now", "DATE", "PRESENT_REF"),
            ("the second half of 2014", "DATE", "2014-H2"),
            ("10 pm", "TIME", "XXXX-XX-XXT22:00"),
            ("6 am", "TIME", "XXXX-XX-XXT06:00"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("15/04/2013", "DATE", "2013-04-15"),
            ("2010", "DATE", "2010"),
            ("nearly a year", "DURATION", "P1Y"),
        ],
    ),
    # Tuesday 2014-07-15 (ISO week 29), Indian city-page story, wire credit and stamp "TNN | Jul
    # 15, 2014, 03.12AM IST" (a DATE and a TIME with its zone in the span), "KHARVALI:"
    # dateline. The corporation decided on Monday 2014-07-14 (lake levels "on Monday morning");
    # the showers fell on Sunday night 2014-07-13; the festival committee spoke on Saturday
    # 2014-07-12 (past). "till July-end" (headline) is 2014-07, like "month-end" (gold_blind9);
    # "a year ago" takes the unit's granularity, 2013. "nearly four weeks late" is the size of a
    # delay, DURATION. "on alternate days" -> "alternate days" SET P2D, every second day, like
    # "every other week" P2W (gold_blind17). "the financial year 2014-15" is the current Indian
    # financial year, FY2015; "the April-June quarter" names calendar months and takes the
    # calendar value 2014-Q2 (gold_blind9, gold_blind17), and "a year earlier" after it
    # 2013-Q2. "a fortnight before the Nagzari Utsav" is an anchored duration; "the first time in
    # 52 years" the period of a "first in" (1962-2014). "Last year's final" -> "Last year"
    # 2013. The helpline hours recur daily. "the monsoon" is a weather season of no calendar
    # unit and is not annotated (gold_blind17, gold_blind22).
    "kharvali-water-cut-delayed-monsoon": (
        "2014-07-15",
        [
            ("July-end", "DATE", "2014-07"),
            ("Jul 15, 2014", "DATE", "2014-07-15"),
            ("03.12AM IST", "TIME", "2014-07-15T03:12"),
            ("Monday", "DATE", "2014-07-14"),
            ("the end of July", "DATE", "2014-07"),
            ("Monday morning", "TIME", "2014-07-14TMO"),
            ("a year ago", "DATE", "2013"),
            ("July 3", "DATE", "2014-07-03"),
            ("this year", "DATE", "2014"),
            ("nearly four weeks", "DURATION", "P4W"),
            ("June 1", "DATE", "2014-06-01"),
            ("Sunday night", "TIME", "2014-07-13TNI"),
            ("alternate days", "SET", "P2D"),
            ("twice a day", "SET", "P1D"),
            ("recent years", "DATE", "PAST_REF"),
            ("now", "DATE", "PRESENT_REF"),
            ("2009", "DATE", "2009"),
            ("July 31", "DATE", "2014-07-31"),
            ("the next fortnight", "DURATION", "P2W"),
            ("August 1", "DATE", "2014-08-01"),
            ("March", "DATE", "2014-03"),
            ("May", "DATE", "2014-05"),
            ("the financial year 2014-15", "DATE", "FY2015"),
            ("the April-June quarter", "DATE", "2014-Q2"),
            ("a year earlier", "DATE", "2013-Q2"),
            ("last week", "DATE", "2014-W28"),
            ("a fortnight", "DURATION", "P2W"),
            ("10-day", "DURATION", "P10D"),
            ("every year", "SET", "P1Y"),
            ("Saturday", "DATE", "2014-07-12"),
            ("July 28", "DATE", "2014-07-28"),
            ("August 6", "DATE", "2014-08-06"),
            ("annually", "SET", "P1Y"),
            ("1962", "DATE", "1962"),
            ("52 years", "DURATION", "P52Y"),
            ("August 3", "DATE", "2014-08-03"),
            ("Last year", "DATE", "2013"),
            ("21/07/2014", "DATE", "2014-07-21"),
            ("8 am", "TIME", "XXXX-XX-XXT08:00"),
            ("8 pm", "TIME", "XXXX-XX-XXT20:00"),
            ("daily", "SET", "P1D"),
        ],
    ),
    # Thursday 2013-11-21 (ISO week 47), Australian regional paper's website, stamp "21 Nov,
    # 2013 05:30 AM" (a DATE and a TIME). The bridge closes "from 7pm Friday to 5am Monday",
    # 2013-11-22 to 2013-11-25, four TIMEX3; "this weekend" (headline) and "the weekend" are
    # 2013-W47-WE. The fire ban is for Saturday 2013-11-23, "from 12.01am to 11.59pm AEDT" (the
    # zone in the span) and "the afternoon" of that day; the blaze was on Tuesday night
    # 2013-11-19 and contained on Wednesday morning 2013-11-20; "since last Thursday" in a
    # Thursday paper is the Thursday of the week before, 2013-11-14 (like "last Tuesday" in a
    # Tuesday paper, gold_blind4); the RFS meeting is "at 6.30pm on Monday", 2013-11-25.
    # Southern seasons (gold_blind9): "This spring" (September-November) 2013-SP; "last
    # summer" (December 2012-February 2013) takes the year of its January, 2013-SU. The
    # Australian financial year runs July-June: "the 2013-14 financial year" FY2014, "last
    # financial year" FY2013. "ran three hours over" is the size of an overrun, DURATION;
    # "Saturdays and Sundays" are SETs; the tip's hours recur on no particular day.
    "corrowa-bridge-closure-fire-ban": (
        "2013-11-21",
        [
            ("this weekend", "DATE", "2013-W47-WE"),
            ("21 Nov, 2013", "DATE", "2013-11-21"),
            ("05:30 AM", "TIME", "2013-11-21T05:30"),
            ("7pm", "TIME", "2013-11-22T19:00"),
            ("Friday", "DATE", "2013-11-22"),
            ("5am", "TIME", "2013-11-25T05:00"),
            ("Monday", "DATE", "2013-11-25"),
            ("this year", "DATE", "2013"),
            ("about 40 minutes", "DURATION", "PT40M"),
            ("the weekend", "DATE", "2013-W47-WE"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("August", "DATE", "2013-08"),
            ("three hours", "DURATION", "PT3H"),
            ("1956", "DATE", "1956"),
            ("more than a decade", "DURATION", "P10Y"),
            ("July", "DATE", "2013-07"),
            ("the end of February", "DATE", "2014-02"),
            ("Saturday", "DATE", "2013-11-23"),
            ("the afternoon", "TIME", "2013-11-23TAF"),
            ("12.01am", "TIME", "2013-11-23T00:01"),
            ("11.59pm AEDT", "TIME", "2013-11-23T23:59"),
            ("October 1", "DATE", "2013-10-01"),
            ("last Thursday", "DATE", "2013-11-14"),
            ("Tuesday night", "TIME", "2013-11-19TNI"),
            ("Wednesday morning", "TIME", "2013-11-20TMO"),
            ("This spring", "DATE", "2013-SP"),
            ("September", "DATE", "2013-09"),
            ("last summer", "DATE", "2013-SU"),
            ("now", "DATE", "PRESENT_REF"),
            ("Christmas", "DATE", "2013-12-25"),
            ("6.30pm", "TIME", "2013-11-25T18:30"),
            ("Monday", "DATE", "2013-11-25"),
            ("the 2013-14 financial year", "DATE", "FY2014"),
            ("last financial year", "DATE", "FY2013"),
            ("twice a year", "SET", "P1Y"),
            ("every Saturday", "SET", "XXXX-WXX-6"),
            ("the end of January", "DATE", "2014-01"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("4pm", "TIME", "XXXX-XX-XXT16:00"),
        ],
    ),
    # Saturday 2014-03-15 (ISO week 11), Australian regional weekend paper, date line "Saturday
    # 15 March 2014" (one span with its weekday). "today" is the publication day (clock times
    # 10am, 7pm and 2pm on it; "tonight's dinner" -> "tonight" TNI, the possessive left out);
    # "Tomorrow morning", "1pm" of the cricket match, "11am tomorrow"
    # and "on Sunday" are 2014-03-16. "the first of two days of celebrations" -> "two days"
    # DURATION; "125 years since the school opened" an anchored DURATION. "late last year" 2013
    # and "October" 2013-10 (past); "January 29" and "April 11" (the end of Term 1) and the
    # Anzac Day service "on April 25" are in 2014, "Anzac Day" a DATE inside the event name
    # like "St. Patrick's Day" (gold_blind21). "last winter" in March is the southern winter of
    # June-August 2013, which lies within one year, 2013-WI (gold_blind9). "every year since
    # 1919" and "every month since 2011" are a SET and a DATE each; "each day" a SET.
    "yallambee-school-125-years": (
        "2014-03-15",
        [
            ("Saturday 15 March 2014", "DATE", "2014-03-15"),
            ("today", "DATE", "2014-03-15"),
            ("two days", "DURATION", "P2D"),
            ("125 years", "DURATION", "P125Y"),
            ("February 1889", "DATE", "1889-02"),
            ("10am", "TIME", "2014-03-15T10:00"),
            ("tonight", "TIME", "2014-03-15TNI"),
            ("7pm", "TIME", "2014-03-15T19:00"),
            ("Tomorrow morning", "TIME", "2014-03-16TMO"),
            ("1pm", "TIME", "2014-03-16T13:00"),
            ("late last year", "DATE", "2013"),
            ("October", "DATE", "2013-10"),
            ("a fortnight", "DURATION", "P2W"),
            ("January 29", "DATE", "2014-01-29"),
            ("April 11", "DATE", "2014-04-11"),
            ("Anzac Day", "DATE", "2014-04-25"),
            ("April 25", "DATE", "2014-04-25"),
            ("every year", "SET", "P1Y"),
            ("1919", "DATE", "1919"),
            ("1922", "DATE", "1922"),
            ("each day", "SET", "P1D"),
            ("2pm", "TIME", "2014-03-15T14:00"),
            ("today", "DATE", "2014-03-15"),
            ("the 1970s", "DATE", "197"),
            ("2003", "DATE", "2003"),
            ("the past decade", "DURATION", "P10Y"),
            ("the 1950s", "DATE", "195"),
            ("last winter", "DATE", "2013-WI"),
            ("every month", "SET", "P1M"),
            ("2011", "DATE", "2011"),
            ("1989", "DATE", "1989"),
            ("11am", "TIME", "2014-03-16T11:00"),
            ("tomorrow", "DATE", "2014-03-16"),
            ("Sunday", "DATE", "2014-03-16"),
            ("2039", "DATE", "2039"),
            ("now", "DATE", "PRESENT_REF"),
            ("recent years", "DATE", "PAST_REF"),
        ],
    ),
    # Monday 2012-11-19 (ISO week 47), Canadian city paper, date line "Monday, November 19,
    # 2012" (one span). The council meets "tonight" (headline and body, twice), 2012-11-19TNI,
    # at 6:30 p.m.; the councillor "said Friday", 2012-11-16 (past); comments are taken "until
    # noon on Wednesday", 2012-11-21 (future). Winters take the year of their January
    # (gold_blind10, gold_blind28): "this winter" ahead in November is 2012-13, 2013-WI; "Last
    # winter" (twice) 2011-12, 2012-WI; "The previous winter" 2010-11, 2011-WI, with "January"
    # and "February 2011" in it. "Jan. 12 last year" is one span, 2011-01-12 (gold_blind15).
    # "the mildest in more than a decade" gives the period of a superlative, DURATION. The
    # parking-ban hours recur nightly, no particular day; "until April 15" is 2013-04-15.
    # "earlier this month" 2012-11; "next year" 2013.
    "port-alden-council-plowing-cuts": (
        "2012-11-19",
        [
            ("tonight", "TIME", "2012-11-19TNI"),
            ("Monday, November 19, 2012", "DATE", "2012-11-19"),
            ("tonight", "TIME", "2012-11-19TNI"),
            ("this winter", "DATE", "2013-WI"),
            ("2013", "DATE", "2013"),
            ("up to 72 hours", "DURATION", "PT72H"),
            ("6:30 p.m.", "TIME", "2012-11-19T18:30"),
            ("2013", "DATE", "2013"),
            ("Dec. 10", "DATE", "2012-12-10"),
            ("2004", "DATE", "2004"),
            ("24 hours", "DURATION", "PT24H"),
            ("Last winter", "DATE", "2012-WI"),
            ("more than a decade", "DURATION", "P10Y"),
            ("The previous winter", "DATE", "2011-WI"),
            ("almost every day", "SET", "P1D"),
            ("January", "DATE", "2011-01"),
            ("February 2011", "DATE", "2011-02"),
            ("three days", "DURATION", "P3D"),
            ("Jan. 12 last year", "DATE", "2011-01-12"),
            ("up to three days", "DURATION", "P3D"),
            ("Friday", "DATE", "2012-11-16"),
            ("the past three years", "DURATION", "P3Y"),
            ("the first quarter of 2013", "DATE", "2013-Q1"),
            ("Nov. 15", "DATE", "2012-11-15"),
            ("2 a.m.", "TIME", "XXXX-XX-XXT02:00"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("April 15", "DATE", "2013-04-15"),
            ("last winter", "DATE", "2012-WI"),
            ("tonight", "TIME", "2012-11-19TNI"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("Thursdays", "SET", "XXXX-WXX-4"),
            ("Jan. 7", "DATE", "2013-01-07"),
            ("earlier this month", "DATE", "2012-11"),
            ("next year", "DATE", "2013"),
            ("noon", "TIME", "2012-11-21T12:00"),
            ("Wednesday", "DATE", "2012-11-21"),
        ],
    ),
    # Wednesday 2012-10-24 (ISO week 43), Irish regional weekly, date line "Wednesday, October
    # 24, 2012" (one span), Irish dates with ordinal suffixes ("December 12th", "July 22nd").
    # "last Thursday's sitting" in a Wednesday paper is the most recent Thursday, 2012-10-18
    # (gold_blind8); "on Monday next" (post-posed "next", gold_blind22's "Tuesday next") is the
    # coming Monday, 2012-10-29. "between March and July of this year" -> "March" 2012-03 and
    # "July of this year" one span 2012-07. The permitted blasting hours and the early blasts
    # "before 8am on at least six occasions" are clock times on no particular day. "the spring
    # of 2011" one span; "in May", "in August", "in June and September" and "last month" are
    # past months of 2012, "the end of next month" 2012-11, "from January" 2013-01. The speeding
    # was "at 2.40am on Sunday, July 22nd" (two TIMEX3). The theft was "on the night of
    # September 30th" (one TIME span, gold_blind26), the arrest "two days later, on October
    # 2nd", both 2012-10-02 (gold_blind47's "two days later, on Jan. 5").
    "ballyconra-district-court-quarry": (
        "2012-10-24",
        [
            ("December", "DATE", "2012-12"),
            ("Wednesday, October 24, 2012", "DATE", "2012-10-24"),
            ("December 12th", "DATE", "2012-12-12"),
            ("last Thursday", "DATE", "2012-10-18"),
            ("March", "DATE", "2012-03"),
            ("July of this year", "DATE", "2012-07"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("every week", "SET", "P1W"),
            ("the spring of 2011", "DATE", "2011-SP"),
            ("almost five years", "DURATION", "P5Y"),
            ("May", "DATE", "2012-05"),
            ("August", "DATE", "2012-08"),
            ("the end of next month", "DATE", "2012-11"),
            ("June", "DATE", "2012-06"),
            ("September", "DATE", "2012-09"),
            ("December 12th", "DATE", "2012-12-12"),
            ("2.40am", "TIME", "2012-07-22T02:40"),
            ("Sunday, July 22nd", "DATE", "2012-07-22"),
            ("two years", "DURATION", "P2Y"),
            ("last month", "DATE", "2012-09"),
            ("the night of September 30th", "TIME", "2012-09-30TNI"),
            ("Monday next", "DATE", "2012-10-29"),
            ("two days later", "DATE", "2012-10-02"),
            ("October 2nd", "DATE", "2012-10-02"),
            ("January", "DATE", "2013-01"),
            ("1842", "DATE", "1842"),
            ("18 months", "DURATION", "P18M"),
            ("next week", "DATE", "2012-W44"),
            ("1998", "DATE", "1998"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
