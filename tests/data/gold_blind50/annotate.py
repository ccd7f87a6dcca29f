"""Annotations of the fiftieth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind50/annotate.py [--show]

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
    # Sunday 2014-04-27 (ISO week 17), US unsigned editorial, date line "Sunday, April 27,
    # 2014". The council decides "On Thursday" (headline, lead and last line), the coming
    # Thursday 2014-05-01; the hearing was "Tuesday night", 2014-04-22TNI (past). "A generation
    # ago" PAST_REF (gold_blind6, gold_blind37); "the crash of 2008" -> "2008"; "For years" ->
    # "years" PXY; "next year's budget" -> "next year" 2015, the value of its wording (gold_blind35
    # "Last year's budget"). The agency's fiscal year is not described, so "the first quarter" is
    # the calendar quarter just reported, 2014-Q1, and "a year earlier" after it 2013-Q1; "the
    # winter" just past in an April story is 2014-WI (named by the year of its January); "the
    # snowiest in 20 years" gives the period of a superlative, P20Y; "for much of February" ->
    # "February" 2014-02 ("much of" left out, gold_blind37). "every 10 minutes from 6 a.m. to 11
    # p.m." is a SET and the hours of a recurring service, XXXX-XX-XXThh:mm (gold_blind26,
    # gold_blind28). "late last year" 2013; "the coming months" PXM; "Now" PRESENT_REF.
    "larkston-rapid-bus-editorial": (
        "2014-04-27",
        [
            ("Thursday", "DATE", "2014-05-01"),
            ("Sunday, April 27, 2014", "DATE", "2014-04-27"),
            ("Thursday", "DATE", "2014-05-01"),
            ("A generation ago", "DATE", "PAST_REF"),
            ("the 1990s", "DATE", "199"),
            ("2006", "DATE", "2006"),
            ("2008", "DATE", "2008"),
            ("every two years", "SET", "P2Y"),
            ("years", "DURATION", "PXY"),
            ("52 minutes", "DURATION", "PT52M"),
            ("1985", "DATE", "1985"),
            ("These days", "DATE", "PRESENT_REF"),
            ("Tuesday night", "TIME", "2014-04-22TNI"),
            ("next year", "DATE", "2015"),
            ("Sept. 30", "DATE", "2014-09-30"),
            ("the spring of 2016", "DATE", "2016-SP"),
            ("the first quarter", "DATE", "2014-Q1"),
            ("a year earlier", "DATE", "2013-Q1"),
            ("the winter", "DATE", "2014-WI"),
            ("20 years", "DURATION", "P20Y"),
            ("February", "DATE", "2014-02"),
            ("the past decade", "DURATION", "P10Y"),
            ("about 30 months", "DURATION", "P30M"),
            ("90-day", "DURATION", "P90D"),
            ("late 2016", "DATE", "2016"),
            ("every 10 minutes", "SET", "PT10M"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("11 p.m.", "TIME", "XXXX-XX-XXT23:00"),
            ("late last year", "DATE", "2013"),
            ("the coming months", "DURATION", "PXM"),
            ("more than a decade", "DURATION", "P10Y"),
            ("Now", "DATE", "PRESENT_REF"),
            ("Thursday", "DATE", "2014-05-01"),
        ],
    ),
    # Saturday 2013-09-21 (ISO week 38), British leading article on a centenary, print date
    # line "The Northern Courier, Saturday 21 September 2013". "A century ago this week" is one
    # DATE span, the ISO week with the current week's number a century back, 1913-W38
    # (gold_blind30, gold_blind46); the apposed "the afternoon of Wednesday 17 September 1913" is
    # one TIME span (like "the night of 15 February 1975", gold_blind26) and falls in 1913-W38.
    # The headline's "a century of open doors" and "kept for 100 years" are DURATION P100Y
    # (gold_blind37 "A Century of Photographs"). The cabinet decides "On Thursday", the coming
    # Thursday 2013-09-26; "on Mondays and Tuesdays" two SETs XXXX-WXX-1 and XXXX-WXX-2; "next
    # April" 2014-04, "by February" 2014-02 and "next spring" 2014-SP all lie ahead. "has lent
    # books every week since" -> "every week" SET P1W ("since" alone anaphoric); "every year since
    # the refurbishment of 2009" a SET and a DATE; "On Saturday mornings" XXXX-WXX-6TMO, "on
    # Thursday evenings" XXXX-WXX-4TEV. "11am today" two TIMEX3; "until 9pm" the same day.
    # "the coming decade" DURATION P10Y like "the next decade" (see README).
    "carrow-vale-library-centenary-leader": (
        "2013-09-21",
        [
            ("a century", "DURATION", "P100Y"),
            ("Saturday 21 September 2013", "DATE", "2013-09-21"),
            ("A century ago this week", "DATE", "1913-W38"),
            ("the afternoon of Wednesday 17 September 1913", "TIME", "1913-09-17TAF"),
            ("six years", "DURATION", "P6Y"),
            ("every week", "SET", "P1W"),
            ("the 1930s", "DATE", "193"),
            ("1981", "DATE", "1981"),
            ("Thursday", "DATE", "2013-09-26"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("Tuesdays", "SET", "XXXX-WXX-2"),
            ("next April", "DATE", "2014-04"),
            ("the next three years", "DURATION", "P3Y"),
            ("2010", "DATE", "2010"),
            ("February", "DATE", "2014-02"),
            ("the 1990s", "DATE", "199"),
            ("the early 2000s", "DATE", "200"),
            ("every year", "SET", "P1Y"),
            ("2009", "DATE", "2009"),
            ("last year", "DATE", "2012"),
            ("2008", "DATE", "2008"),
            ("Saturday mornings", "SET", "XXXX-WXX-6TMO"),
            ("Thursday evenings", "SET", "XXXX-WXX-4TEV"),
            ("last month", "DATE", "2013-08"),
            ("1974", "DATE", "1974"),
            ("18 months", "DURATION", "P18M"),
            ("the coming decade", "DURATION", "P10Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("1913", "DATE", "1913"),
            ("11am", "TIME", "2013-09-21T11:00"),
            ("today", "DATE", "2013-09-21"),
            ("9pm", "TIME", "2013-09-21T21:00"),
            ("today", "DATE", "2013-09-21"),
            ("100 years", "DURATION", "P100Y"),
            ("next spring", "DATE", "2014-SP"),
        ],
    ),
    # Tuesday 2014-03-18 (ISO week 12), British letters page, print date line "The Northern
    # Courier, Tuesday 18 March 2014"; the letters carry no dates of their own, so everything
    # is anchored on the publication day. "Your article of 14 March" is the most recent 14
    # March, 2014-03-14 (a Friday). "for 40 years I went in every Friday night" -> P40Y and SET
    # XXXX-WXX-5TNI; "Back then the landlord called time at 10.30pm" is a past habit, the hour of
    # a recurring closing time XXXX-XX-XXT22:30 ("Back then" and "called time" not annotated).
    # "last autumn" in March is 2013-FA; "the end of the month" 2014-03 and "It has 13 days left"
    # (18-31 March) agree. "a decade ago" 2004; "a fortnight ago" two ISO weeks back, 2014-W10
    # (gold_blind11); "after 200 years" how long the pub ran, P200Y. "on Sunday night" the most
    # recent Sunday, 2014-03-16TNI; "six more weeks" one span P6W (like "another three months",
    # gold_blind40); "next week" 2014-W13; "9am on Saturday" 2014-03-22 (future), two TIMEX3.
    # "on Question Time last Thursday" -> "last Thursday" 2014-03-13, the programme's name not
    # annotated; "in years" (negated) PXY; "I turn 70 this year" -> "this year" 2014, the age not
    # annotated; "every winter since the 1980s" a SET XXXX-WI and a DATE 198.
    "helmsby-drovers-arms-letters": (
        "2014-03-18",
        [
            ("Tuesday 18 March 2014", "DATE", "2014-03-18"),
            ("14 March", "DATE", "2014-03-14"),
            ("1962", "DATE", "1962"),
            ("40 years", "DURATION", "P40Y"),
            ("every Friday night", "SET", "XXXX-WXX-5TNI"),
            ("10.30pm", "TIME", "XXXX-XX-XXT22:30"),
            ("2008", "DATE", "2008"),
            ("last autumn", "DATE", "2013-FA"),
            ("the end of the month", "DATE", "2014-03"),
            ("2011", "DATE", "2011"),
            ("once a week", "SET", "P1W"),
            ("now", "DATE", "PRESENT_REF"),
            ("a decade ago", "DATE", "2004"),
            ("the past year", "DURATION", "P1Y"),
            ("January", "DATE", "2014-01"),
            ("1 March", "DATE", "2014-03-01"),
            ("200 years", "DURATION", "P200Y"),
            ("a fortnight ago", "DATE", "2014-W10"),
            ("next month", "DATE", "2014-04"),
            ("Sunday night", "TIME", "2014-03-16TNI"),
            ("six more weeks", "DURATION", "P6W"),
            ("4 April", "DATE", "2014-04-04"),
            ("next week", "DATE", "2014-W13"),
            ("9am", "TIME", "2014-03-22T09:00"),
            ("Saturday", "DATE", "2014-03-22"),
            ("30 April", "DATE", "2014-04-30"),
            ("these days", "DATE", "PRESENT_REF"),
            ("the past five years", "DURATION", "P5Y"),
            ("last Thursday", "DATE", "2014-03-13"),
            ("years", "DURATION", "PXY"),
            ("this year", "DATE", "2014"),
            ("every winter", "SET", "XXXX-WI"),
            ("the 1980s", "DATE", "198"),
            ("13 days", "DURATION", "P13D"),
        ],
    ),
    # Friday 2012-06-08 (ISO week 23), US signed op-ed column, web line "Published: June 8,
    # 2012", no dateline. Commencement is "On Saturday morning", 2012-06-09TMO, and the stream
    # "at 10 a.m. Central time Saturday" two TIMEX3 (the zone in the span, not in the value);
    # the trustees "approved Tuesday", 2012-06-05 (past). "the first payment comes due six
    # months after commencement, in December" -> P6M (anchored) and the coming December
    # 2012-12, while "finished her degree early, in December" is the past one, 2011-12. "Four
    # years ago" 2008; "This fall" and "the fall of 2012" 2012-FA; "the fifth increase in five
    # years" the period of an "Nth in", P5Y. "today it pays less than a third", set against "In
    # the 1970s", means nowadays, PRESENT_REF (gold_blind6). The state's fiscal year that
    # "begins July 1" is FY2013, named by the year it ends (gold_blind37), plus 2012-07-01.
    # "On May 14; two days later" -> 2012-05-16. "a 1987 graduate" -> "1987", an adjectival
    # year; "the Class of 2012" (three times) is a name and is not annotated (see README).
    "delmore-class-of-2012-column": (
        "2012-06-08",
        [
            ("June 8, 2012", "DATE", "2012-06-08"),
            ("Saturday morning", "TIME", "2012-06-09TMO"),
            ("six months", "DURATION", "P6M"),
            ("December", "DATE", "2012-12"),
            ("Four years ago", "DATE", "2008"),
            ("This fall", "DATE", "2012-FA"),
            ("Tuesday", "DATE", "2012-06-05"),
            ("five years", "DURATION", "P5Y"),
            ("A generation ago", "DATE", "PAST_REF"),
            ("a year", "DURATION", "P1Y"),
            ("three months", "DURATION", "P3M"),
            ("now", "DATE", "PRESENT_REF"),
            ("the 1970s", "DATE", "197"),
            ("today", "DATE", "PRESENT_REF"),
            ("2008", "DATE", "2008"),
            ("last month", "DATE", "2012-05"),
            ("the fiscal year", "DATE", "FY2013"),
            ("July 1", "DATE", "2012-07-01"),
            ("years", "DURATION", "PXY"),
            ("Earlier this month", "DATE", "2012-06"),
            ("December", "DATE", "2011-12"),
            ("May 14", "DATE", "2012-05-14"),
            ("two days later", "DATE", "2012-05-16"),
            ("now", "DATE", "PRESENT_REF"),
            ("annually", "SET", "P1Y"),
            ("June 21", "DATE", "2012-06-21"),
            ("the next two years", "DURATION", "P2Y"),
            ("the fall of 2012", "DATE", "2012-FA"),
            ("four years", "DURATION", "P4Y"),
            ("recent years", "DATE", "PAST_REF"),
            ("2020", "DATE", "2020"),
            ("2035", "DATE", "2035"),
            ("10 a.m. Central time", "TIME", "2012-06-09T10:00"),
            ("Saturday", "DATE", "2012-06-09"),
            ("1987", "DATE", "1987"),
            ("the future", "DATE", "FUTURE_REF"),
        ],
    ),
    # Monday 2012-11-19 (ISO week 47), British signed comment column, headline, standfirst,
    # byline and date line "Monday 19 November 2012". "Last week's vote" -> "Last week" 2012-W46,
    # the vote itself "On Wednesday", 2012-11-14; the leader was on Question Time "on Thursday
    # night", 2012-11-15TNI (the programme's name is not annotated). "a 25-year contract" and
    # "the next quarter of a century" P25Y; "the first three years" and "its first five years"
    # ordinal periods of the contract, P3Y and P5Y (possessive kept, gold_blind35); "next April"
    # 2013-04, "in February" and "in May" ahead (2013-02, 2013-05), "in September", "in March"
    # and "in August" past (2012). The reserves "in March, against £58m a year earlier" ->
    # 2012-03 and 2011-03; "the second half of 2014" one span 2014-H2. "next year's budget" ->
    # "next year" 2013 (wording value, gold_blind35). "the six months before an election" is an
    # anchored duration P6M; "by the next election", "at the time" and "back then" are not
    # annotated. "this week" 2012-W47; "the summer" ahead 2013-SU; "the coming decade" P10Y.
    "marland-council-waste-contract-column": (
        "2012-11-19",
        [
            ("Monday 19 November 2012", "DATE", "2012-11-19"),
            ("Last week", "DATE", "2012-W46"),
            ("1996", "DATE", "1996"),
            ("Wednesday", "DATE", "2012-11-14"),
            ("25-year", "DURATION", "P25Y"),
            ("next April", "DATE", "2013-04"),
            ("the next quarter of a century", "DURATION", "P25Y"),
            ("the first three years", "DURATION", "P3Y"),
            ("annually", "SET", "P1Y"),
            ("September", "DATE", "2012-09"),
            ("its first five years", "DURATION", "P5Y"),
            ("2018", "DATE", "2018"),
            ("three years", "DURATION", "P3Y"),
            ("next year", "DATE", "2013"),
            ("February", "DATE", "2013-02"),
            ("March", "DATE", "2012-03"),
            ("a year earlier", "DATE", "2011-03"),
            ("the second half of 2014", "DATE", "2014-H2"),
            ("recently", "DATE", "PAST_REF"),
            ("Thursday night", "TIME", "2012-11-15TNI"),
            ("every four years", "SET", "P4Y"),
            ("May", "DATE", "2013-05"),
            ("2009", "DATE", "2009"),
            ("the 1990s", "DATE", "199"),
            ("These days", "DATE", "PRESENT_REF"),
            ("recent months", "DATE", "PAST_REF"),
            ("8 November", "DATE", "2012-11-08"),
            ("2008", "DATE", "2008"),
            ("a fortnight", "DURATION", "P2W"),
            ("every week", "SET", "P1W"),
            ("2038", "DATE", "2038"),
            ("the six months", "DURATION", "P6M"),
            ("12-week", "DURATION", "P12W"),
            ("August", "DATE", "2012-08"),
            ("this week", "DATE", "2012-W47"),
            ("the summer", "DATE", "2013-SU"),
            ("the coming decade", "DURATION", "P10Y"),
        ],
    ),
    # Wednesday 2013-10-09 (ISO week 41), US letters page, web line "Published: October 9,
    # 2013"; each letter is signed with the place and the day it was written (Oct. 3, 4 and 5,
    # 2013), annotated as DATEs. "(news article, Oct. 3)" and "Your Oct. 3 article" 2013-10-03.
    # The first letter's past habits and present routine are clock times on no particular day
    # ("around 11 p.m.", "6 a.m.", "after 1 a.m. nearly every night" XXXX-XX-XXThh:mm and SET
    # XXXX-XX-XXTNI), as are the noise rule's hours ("between 11:30 p.m. and 6 a.m."); "For the
    # first decade" an ordinal period P10Y; "Nine years later" after 2004 -> 2013. The hearing
    # "at 7 p.m. Eastern time on Oct. 22" two TIMEX3 (zone in the span). The third letter, written
    # Saturday Oct. 5, resolves from its own date, as quoted speech resolves from the day it was
    # spoken (gold_blind40): "opened a 30-day comment period on Monday, which closes Oct. 30" ->
    # Monday 2013-09-30 (30 days before Oct. 30; from the publication day it would be Oct. 7),
    # and "learned of the plan only this week, from your article" (of Oct. 3) -> 2013-W40.
    "orland-field-night-flights-letters": (
        "2013-10-09",
        [
            ("October 9, 2013", "DATE", "2013-10-09"),
            ("Oct. 3", "DATE", "2013-10-03"),
            ("1991", "DATE", "1991"),
            ("the first decade", "DURATION", "P10Y"),
            ("around 11 p.m.", "TIME", "XXXX-XX-XXT23:00"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("Now", "DATE", "PRESENT_REF"),
            ("1 a.m.", "TIME", "XXXX-XX-XXT01:00"),
            ("nearly every night", "SET", "XXXX-XX-XXTNI"),
            ("the second half of 2015", "DATE", "2015-H2"),
            ("the 1960s", "DATE", "196"),
            ("2004", "DATE", "2004"),
            ("Nine years later", "DATE", "2013"),
            ("Oct. 3, 2013", "DATE", "2013-10-03"),
            ("Oct. 3", "DATE", "2013-10-03"),
            ("2006", "DATE", "2006"),
            ("11:30 p.m.", "TIME", "XXXX-XX-XXT23:30"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("every three years", "SET", "P3Y"),
            ("January", "DATE", "2014-01"),
            ("7 p.m. Eastern time", "TIME", "2013-10-22T19:00"),
            ("Oct. 22", "DATE", "2013-10-22"),
            ("the next 20 years", "DURATION", "P20Y"),
            ("Oct. 4, 2013", "DATE", "2013-10-04"),
            ("30-day", "DURATION", "P30D"),
            ("Monday", "DATE", "2013-09-30"),
            ("Oct. 30", "DATE", "2013-10-30"),
            ("the end of the year", "DATE", "2013"),
            ("14 years", "DURATION", "P14Y"),
            ("this week", "DATE", "2013-W40"),
            ("the spring of 2011", "DATE", "2011-SP"),
            ("every month", "SET", "P1M"),
            ("Oct. 5, 2013", "DATE", "2013-10-05"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
