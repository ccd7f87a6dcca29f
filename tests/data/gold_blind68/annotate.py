"""Annotations of the sixty-eighth blind gold set, chosen by hand before the tagger ran.

    python tests/data/gold_blind68/annotate.py [--show]

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
    # Wednesday 2014-02-12 (ISO week 7), US regional-paper university calendar story, date line
    # "Wednesday, February 12, 2014", "LINDEN FALLS, Ind. —" dateline: the trustees approved
    # the calendar Tuesday 2014-02-11, the provost spoke Monday 2014-02-10 (past). "the 2014-15
    # academic year" (and the headline's "2014-15") gives two DATEs, "2014" and the bare "15"
    # 2015, "academic year" left out (gold_blind44). "a week earlier than usual" is the size of
    # a shift, P1W (gold_blind44). Dates without a year follow the calendar's order: Aug. 25,
    # Dec. 12, Aug. 21, Sept. 1 in 2014; "Jan. 5", "Jan. 26" in 2015 (after "Jan. 23, 2015").
    # "a new three-week January term" -> "three-week" P3W and the adjectival month "January"
    # 2015-01 (like "The October mid-term break", gold_blind25); "an extra course in January"
    # is that same coming January, 2015-01; "has to wait until May" (said now, in February)
    # the coming May 2014-05. "nearly two weeks before Christmas" (Dec. 12 to Dec. 25) P2W,
    # anchored duration; "Labor Day" 2014 is the first Monday of September, 2014-09-01, with
    # "Sept. 1" beside it. "next fall" 2014-FA; "the spring of 2016" one span. "8 a.m. Eastern
    # time on April 7" -> TIME 2014-04-07T08:00 (zone in the span, not in the value) and DATE.
    # Not annotated: "the spring semester", "Fall semester", "winter break", "fall break", "a
    # summer session" (academic terms and breaks, no calendar value, gold_blind25/49),
    # "evening slots", "the middle of the semester", "the Class of 2018", "MATH 101", "BIO
    # 150", "Room 214", "31-9", "21" (an age), "1,400", "6 percent" and the URL's "2014-15".
    "carrow-state-2014-15-calendar": (
        "2014-02-12",
        [
            ("2014", "DATE", "2014"),
            ("15", "DATE", "2015"),
            ("Aug. 25", "DATE", "2014-08-25"),
            ("Wednesday, February 12, 2014", "DATE", "2014-02-12"),
            ("2014", "DATE", "2014"),
            ("15", "DATE", "2015"),
            ("a week", "DURATION", "P1W"),
            ("Tuesday", "DATE", "2014-02-11"),
            ("2009", "DATE", "2009"),
            ("Monday, Aug. 25", "DATE", "2014-08-25"),
            ("Friday, Dec. 12", "DATE", "2014-12-12"),
            ("nearly two weeks", "DURATION", "P2W"),
            ("Christmas", "DATE", "2014-12-25"),
            ("Aug. 21", "DATE", "2014-08-21"),
            ("four days", "DURATION", "P4D"),
            ("three-week", "DURATION", "P3W"),
            ("January", "DATE", "2015-01"),
            ("Jan. 5", "DATE", "2015-01-05"),
            ("Jan. 23, 2015", "DATE", "2015-01-23"),
            ("Jan. 26", "DATE", "2015-01-26"),
            ("Saturday, May 9, 2015", "DATE", "2015-05-09"),
            ("10 a.m.", "TIME", "2015-05-09T10:00"),
            ("Monday", "DATE", "2014-02-10"),
            ("January", "DATE", "2015-01"),
            ("Right now", "DATE", "PRESENT_REF"),
            ("May", "DATE", "2014-05"),
            ("last month", "DATE", "2014-01"),
            ("two hours", "DURATION", "PT2H"),
            ("Labor Day", "DATE", "2014-09-01"),
            ("Sept. 1", "DATE", "2014-09-01"),
            ("the 1970s", "DATE", "197"),
            ("three times a week", "SET", "P1W"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("two-day", "DURATION", "P2D"),
            ("the past three years", "DURATION", "P3Y"),
            ("next fall", "DATE", "2014-FA"),
            ("12 weeks", "DURATION", "P12W"),
            ("May 18", "DATE", "2015-05-18"),
            ("Aug. 7, 2015", "DATE", "2015-08-07"),
            ("the spring of 2016", "DATE", "2016-SP"),
            ("two years", "DURATION", "P2Y"),
            ("March 18", "DATE", "2014-03-18"),
            ("8 a.m. Eastern time", "TIME", "2014-04-07T08:00"),
            ("April 7", "DATE", "2014-04-07"),
        ],
    ),
    # Monday 2013-08-12 (ISO week 33), British regional-paper exam-results preview, byline and
    # date line "Monday 12 August 2013": results day is Thursday 2013-08-15 (headline, lead and
    # "from 10am on Thursday"); its "8am", "9am", "10am", "Thursday morning" and "Thursday
    # afternoon" are on that day. "exam season closed in late June" -> "late June" 2013-06
    # (mod not recorded); "last year" / "Last year" 2012, "This year's results" -> "This year"
    # 2013. "GCSE results follow a week later, on Thursday 22 August": "a week later" takes the
    # unit's granularity, the ISO week 2013-W34 (gold_blind28), beside the date. "through
    # Easter" (revision, told in August) is Easter 2013, 2013-03-31; "next June" 2014-06; "by
    # Christmas" 2013-12-25; "this autumn" 2013-FA; "slept since Friday" the most recent
    # Friday, 2013-08-09; "last Tuesday" in a Monday paper 2013-08-06. "checked my phone every
    # hour for three days" -> SET PT1H and P3D. The helpline's "from 7am to 10pm each day"
    # are hours of a recurring day, XXXX-XX-XXT07:00 / T22:00, plus SET P1D. Not annotated:
    # "exam season", "half-term", "results day" (not written), "Year 13", "Year 12", "Room
    # 12", the phone number "0800 316 2013", grades "A or A*", "an A and two Bs", "27 per
    # cent", "600", "18" (an age).
    "thornbury-a-level-results-week": (
        "2013-08-12",
        [
            ("Thursday", "DATE", "2013-08-15"),
            ("Monday 12 August 2013", "DATE", "2013-08-12"),
            ("Thursday", "DATE", "2013-08-15"),
            ("late June", "DATE", "2013-06"),
            ("8am", "TIME", "2013-08-15T08:00"),
            ("9am", "TIME", "2013-08-15T09:00"),
            ("Thursday morning", "TIME", "2013-08-15TMO"),
            ("last year", "DATE", "2012"),
            ("48 hours", "DURATION", "PT48H"),
            ("This year", "DATE", "2013"),
            ("13 May", "DATE", "2013-05-13"),
            ("26 June", "DATE", "2013-06-26"),
            ("a week later", "DATE", "2013-W34"),
            ("Thursday 22 August", "DATE", "2013-08-22"),
            ("Last year", "DATE", "2012"),
            ("2006", "DATE", "2006"),
            ("September 2008", "DATE", "2008-09"),
            ("Easter", "DATE", "2013-03-31"),
            ("The next few days", "DURATION", "PXD"),
            ("next June", "DATE", "2014-06"),
            ("Thursday afternoon", "TIME", "2013-08-15TAF"),
            ("Christmas", "DATE", "2013-12-25"),
            ("this autumn", "DATE", "2013-FA"),
            ("Friday", "DATE", "2013-08-09"),
            ("every hour", "SET", "PT1H"),
            ("three days", "DURATION", "P3D"),
            ("every year", "SET", "P1Y"),
            ("two decades", "DURATION", "P20Y"),
            ("recent months", "DATE", "PAST_REF"),
            ("last Tuesday", "DATE", "2013-08-06"),
            ("7am", "TIME", "XXXX-XX-XXT07:00"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("each day", "SET", "P1D"),
            ("23 August", "DATE", "2013-08-23"),
            ("10am", "TIME", "2013-08-15T10:00"),
            ("Thursday", "DATE", "2013-08-15"),
        ],
    ),
    # Tuesday 2012-11-27 (ISO week 48), British regional-paper university fees story, date line
    # "Tuesday 27 November 2012", "MARSHBROOK —" dateline: the council decided "last night",
    # Monday 2012-11-26TNI (gold_blind35). "from 2015" (headline and lead) -> "2015", "from" a
    # signal; "the 2015 intake" and "the 2014 intake" adjectival years, "intake" left out like
    # "academic year"; "started in September" 2012-09. "three-year degrees" and "two-year
    # accelerated degrees" adjectival durations. "the 2017-18 academic year" -> "2017" and the
    # bare "18" 2018 (gold_blind44). "the past year" P1Y (gold_blind35); "the end of 2013" the
    # year's value. "two weeks ago, on 14 November" -> "two weeks ago" the ISO week two weeks
    # back, 2012-W46 (which holds 14 November), and the date; "later this week" 2012-W48 (mod
    # not recorded). "this year" 2012; "every year since 2003" SET P1Y and DATE. The protest
    # "at 1pm on Thursday" is ahead, 2012-11-29; "for years" -> "years" PXY; "on 12 February"
    # ahead 2013-02-12. Not annotated: "the long vacation" (a university holiday), "the Class
    # of 2018" (a cohort), "Room 101", "Those days" (anaphoric), amounts "£9,000", "£7,500",
    # "£4.2m", "£1,000", "£3,000", "14,200", "12 per cent", "9 per cent", the age "57".
    "marshbrook-fees-rise-2015": (
        "2012-11-27",
        [
            ("2015", "DATE", "2015"),
            ("Tuesday 27 November 2012", "DATE", "2012-11-27"),
            ("2015", "DATE", "2015"),
            ("last night", "TIME", "2012-11-26TNI"),
            ("the next three years", "DURATION", "P3Y"),
            ("2015", "DATE", "2015"),
            ("September", "DATE", "2012-09"),
            ("2014", "DATE", "2014"),
            ("three-year", "DURATION", "P3Y"),
            ("2017", "DATE", "2017"),
            ("18", "DATE", "2018"),
            ("the past year", "DURATION", "P1Y"),
            ("the end of 2013", "DATE", "2013"),
            ("four hours", "DURATION", "PT4H"),
            ("two weeks ago", "DATE", "2012-W46"),
            ("14 November", "DATE", "2012-11-14"),
            ("later this week", "DATE", "2012-W48"),
            ("1998", "DATE", "1998"),
            ("2006", "DATE", "2006"),
            ("this year", "DATE", "2012"),
            ("every year", "SET", "P1Y"),
            ("2003", "DATE", "2003"),
            ("two-year", "DURATION", "P2Y"),
            ("September 2014", "DATE", "2014-09"),
            ("every two years", "SET", "P2Y"),
            ("1pm", "TIME", "2012-11-29T13:00"),
            ("Thursday", "DATE", "2012-11-29"),
            ("years", "DURATION", "PXY"),
            ("the coming months", "DURATION", "PXM"),
            ("the 1990s", "DATE", "199"),
            ("12 February", "DATE", "2013-02-12"),
        ],
    ),
    # Friday 2014-10-17 (ISO week 42), British regional-paper school inspection story, date line
    # "Friday 17 October 2014", "ASHWELL —" dateline: special measures "yesterday", Thursday
    # 2014-10-16. "given 12 months to improve" (headline), "within 12 months" and "the next 12
    # months" P12M. The visit "for two days in June" -> P2D and 2014-06 (past); "over the
    # summer" and "in the summer" (GCSEs) 2014-SU; "since September" 2014-09; "last year"
    # 2013, following the wording (gold_blind35), though a school year may be meant; "took
    # over in April" 2014-04; "two years ago" 2012; "Since Easter" 2014-04-20; "before
    # Christmas" 2014-12-25. "6.30pm on Tuesday" ahead, 2014-10-21; "next Friday" in a Friday
    # paper is seven days ahead, 2014-10-24 (like "next Tuesday" in a Tuesday paper,
    # gold_blind25); "by 31 October" 2014-10-31. "must now show" and "are now inspected" ->
    # PRESENT_REF; "every Wednesday" XXXX-WXX-3; "every three years" SET P3Y; "for years" ->
    # "years" PXY. Not annotated: "the spring term", "half-term", "about once a term" (school
    # terms have no calendar value or SET shape, gold_blind25/49), "after school", "Year 9",
    # "Year 10", "Rooms 14 and 15", "10-year-olds", "14" (an age), "89 per cent", "41 per
    # cent", "58 per cent", "five good GCSEs", "a fifth".
    "kilnsey-road-academy-inspection": (
        "2014-10-17",
        [
            ("12 months", "DURATION", "P12M"),
            ("Friday 17 October 2014", "DATE", "2014-10-17"),
            ("yesterday", "DATE", "2014-10-16"),
            ("2011", "DATE", "2011"),
            ("two days", "DURATION", "P2D"),
            ("June", "DATE", "2014-06"),
            ("the summer", "DATE", "2014-SU"),
            ("now", "DATE", "PRESENT_REF"),
            ("12 months", "DURATION", "P12M"),
            ("Christmas", "DATE", "2014-12-25"),
            ("September", "DATE", "2014-09"),
            ("last year", "DATE", "2013"),
            ("the summer", "DATE", "2014-SU"),
            ("2012", "DATE", "2012"),
            ("April", "DATE", "2014-04"),
            ("two years ago", "DATE", "2012"),
            ("Easter", "DATE", "2014-04-20"),
            ("every Wednesday", "SET", "XXXX-WXX-3"),
            ("the past six months", "DURATION", "P6M"),
            ("1968", "DATE", "1968"),
            ("2012", "DATE", "2012"),
            ("recent years", "DATE", "PAST_REF"),
            ("6.30pm", "TIME", "2014-10-21T18:30"),
            ("Tuesday", "DATE", "2014-10-21"),
            ("31 October", "DATE", "2014-10-31"),
            ("next Friday", "DATE", "2014-10-24"),
            ("now", "DATE", "PRESENT_REF"),
            ("every three years", "SET", "P3Y"),
            ("years", "DURATION", "PXY"),
            ("the next 12 months", "DURATION", "P12M"),
        ],
    ),
    # Thursday 2015-05-14 (ISO week 20), US local-paper commencement preview, headline, byline,
    # web stamp "Posted May 14, 2015 at 6:05 PM" (DATE plus TIME 2015-05-14T18:05), "PRESCOTT
    # HILL, Vt. —" dateline: commencement is Saturday 2015-05-16 (headline and lead) "at 10
    # a.m."; "Saturday morning" 2015-05-16TMO; the college "said Wednesday" 2015-05-13 and the
    # seniors "finished final exams Tuesday" 2015-05-12 (past); baccalaureate "at 7 p.m.
    # Friday" and gowns "until 5 p.m. Friday" 2015-05-15 (future), two TIMEX3 each; "this
    # weekend" 2015-W20-WE. Parking "at 7:30 a.m." and seating "by 9:15 a.m." are on
    # commencement day. "retire in June" ahead 2015-06; "a 1979 graduate" adjectival year
    # (gold_blind50); "Four years ago" 2011, with "August 2011" beside it; "every year since
    # 1921" SET P1Y and DATE; "Last year's crowd" -> "Last year" 2014; "takes office July 1"
    # and "begin Aug. 31" ahead in 2015. Not annotated: "the Class of 2015" (a cohort, in a
    # 2015 story), "142nd commencement", "the spring semester", "the fall semester", "ninth
    # grade", "PHYS 101", "Room 210", "4.0", "22" (an age), "412", "5,000", "6,000".
    "ridgefield-college-commencement-2015": (
        "2015-05-14",
        [
            ("Saturday", "DATE", "2015-05-16"),
            ("May 14, 2015", "DATE", "2015-05-14"),
            ("6:05 PM", "TIME", "2015-05-14T18:05"),
            ("Saturday", "DATE", "2015-05-16"),
            ("10 a.m.", "TIME", "2015-05-16T10:00"),
            ("Saturday morning", "TIME", "2015-05-16TMO"),
            ("Wednesday", "DATE", "2015-05-13"),
            ("this weekend", "DATE", "2015-W20-WE"),
            ("Tuesday", "DATE", "2015-05-12"),
            ("7 p.m.", "TIME", "2015-05-15T19:00"),
            ("Friday", "DATE", "2015-05-15"),
            ("5 p.m.", "TIME", "2015-05-15T17:00"),
            ("Friday", "DATE", "2015-05-15"),
            ("1979", "DATE", "1979"),
            ("June", "DATE", "2015-06"),
            ("11 years", "DURATION", "P11Y"),
            ("three years", "DURATION", "P3Y"),
            ("August 2011", "DATE", "2011-08"),
            ("two days", "DURATION", "P2D"),
            ("Four years ago", "DATE", "2011"),
            ("every year", "SET", "P1Y"),
            ("1921", "DATE", "1921"),
            ("1944", "DATE", "1944"),
            ("2011", "DATE", "2011"),
            ("2008", "DATE", "2008"),
            ("7:30 a.m.", "TIME", "2015-05-16T07:30"),
            ("9:15 a.m.", "TIME", "2015-05-16T09:15"),
            ("about three hours", "DURATION", "PT3H"),
            ("Last year", "DATE", "2014"),
            ("July 1", "DATE", "2015-07-01"),
            ("Aug. 31", "DATE", "2015-08-31"),
        ],
    ),
    # Saturday 2013-06-22 (ISO week 25), Australian regional-paper school-holiday story,
    # headline, byline, web stamp "June 22, 2013 - 3:00AM" (DATE plus TIME 2013-06-22T03:00),
    # no dateline. Southern year: term 2 ends "on Friday", 2013-06-28 (headline and lead);
    # "the July holidays" (headline) and "the two-week July holidays" -> the adjectival month
    # 2013-07 (like "The October mid-term break", gold_blind25) and "two-week" P2W, "holidays"
    # left out; term 3 starts "Monday, July 15". "next Saturday, June 29" in a Saturday paper
    # is seven days ahead (gold_blind25), confirmed by the date; "10am AEST" on it, the zone in
    # the span. "This winter" in an Australian June is the southern winter of 2013 (June to
    # August), 2013-WI, which lies within one calendar year; "each winter" SET XXXX-WI. The
    # cruises' "9am and 1pm daily" are hours of a recurring day plus SET P1D; "on weekends"
    # XXXX-WXX-WE; the library's "10am every Wednesday" likewise. "3C on Thursday night" ->
    # 2013-06-20TNI; "next week" 2013-W26; "August 5, three weeks after the new term begins"
    # (July 15 + 3 weeks). "The 11-week term" P11W (April 15 to June 28); "Last month"
    # 2013-05; "from 2014"; "bookings open on Monday" ahead, 2013-06-24. Not annotated:
    # "term 2", "term 3", "Term 2", "the new term", "the winter break", "the break", "the
    # holidays", "frosty mornings" (generic), "after lunch", "Year 12", "Trial HSC exams", the
    # phone number "1800 555 213", "3C", "17" (an age), "15 per cent".
    "merrigal-heads-july-holidays": (
        "2013-06-22",
        [
            ("Friday", "DATE", "2013-06-28"),
            ("July", "DATE", "2013-07"),
            ("June 22, 2013", "DATE", "2013-06-22"),
            ("3:00AM", "TIME", "2013-06-22T03:00"),
            ("two-week", "DURATION", "P2W"),
            ("July", "DATE", "2013-07"),
            ("Friday", "DATE", "2013-06-28"),
            ("Monday, July 15", "DATE", "2013-07-15"),
            ("last year", "DATE", "2012"),
            ("each winter", "SET", "XXXX-WI"),
            ("1994", "DATE", "1994"),
            ("next Saturday", "DATE", "2013-06-29"),
            ("June 29", "DATE", "2013-06-29"),
            ("10am AEST", "TIME", "2013-06-29T10:00"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("1pm", "TIME", "XXXX-XX-XXT13:00"),
            ("daily", "SET", "P1D"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("September", "DATE", "2013-09"),
            ("This winter", "DATE", "2013-WI"),
            ("Thursday night", "TIME", "2013-06-20TNI"),
            ("next week", "DATE", "2013-W26"),
            ("August 5", "DATE", "2013-08-05"),
            ("three weeks", "DURATION", "P3W"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("11-week", "DURATION", "P11W"),
            ("April 15", "DATE", "2013-04-15"),
            ("Last month", "DATE", "2013-05"),
            ("2014", "DATE", "2014"),
            ("two weeks", "DURATION", "P2W"),
            ("the 1990s", "DATE", "199"),
            ("three weeks", "DURATION", "P3W"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("every Wednesday", "SET", "XXXX-WXX-3"),
            ("Monday", "DATE", "2013-06-24"),
            ("the past six months", "DURATION", "P6M"),
            ("Now", "DATE", "PRESENT_REF"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
