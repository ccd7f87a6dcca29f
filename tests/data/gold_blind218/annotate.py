"""Annotations of the two-hundred-and-eighteenth blind gold set, chosen by hand before the
tagger ran.

    python tests/data/gold_blind218/annotate.py [--show]

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
    # Thursday 2013-06-20 (ISO week 25), British regional daily, headline, standfirst, byline,
    # date line "Thursday 20 June 2013" (one span with its weekday). "from Saturday" (headline
    # and body, "from" a signal) 2013-06-22; "yesterday" 2013-06-19; the health check "on
    # Monday" 2013-06-17 (past); "last month" and "early May" 2013-05; Tashi "turns eight next
    # month" -> "next month" 2013-07 (the age is not annotated); "July" (vaccinations, ahead)
    # 2013-07. "midnight on Sunday 30 June" (and the standfirst's "midnight on 30 June") is the
    # midnight ending that day, T24:00 (gold_blind10), with the day a DATE of its own; the
    # shortlist "Wednesday 3 July" 2013-07-03. "the past fortnight" P2W; "the first few weeks"
    # PXW; "every three hours" SET PT3H; "held daily at 11am and 3.30pm" SET P1D with the
    # recurring hours XXXX-XX-XXThh:mm (gold_blind76), as "from 9.30am to 6pm every day".
    # "this weekend" 2013-W25-WE (22-23 June); "the autumn of 2011" 2011-FA; "last summer" in
    # June is the summer of 2012; "about a year" (how long cubs stay) P1Y. Not annotated: "At
    # six weeks old" and "eight" (ages), "34", "around the clock", "day and night", "much of
    # the day", "for the first time", "Enclosure 14", "1.1kg", "110g", "fewer than 10,000",
    # "six names", "£14.50", "harwoodzoo.org.uk/pandas2013", "01632 555 2013".
    "harwood-zoo-red-panda-twins": (
        "2013-06-20",
        [
            ("Saturday", "DATE", "2013-06-22"),
            ("early May", "DATE", "2013-05"),
            ("midnight", "TIME", "2013-06-30T24:00"),
            ("30 June", "DATE", "2013-06-30"),
            ("Thursday 20 June 2013", "DATE", "2013-06-20"),
            ("last month", "DATE", "2013-05"),
            ("Saturday", "DATE", "2013-06-22"),
            ("yesterday", "DATE", "2013-06-19"),
            ("4 May", "DATE", "2013-05-04"),
            ("2010", "DATE", "2010"),
            ("next month", "DATE", "2013-07"),
            ("the 1970s", "DATE", "197"),
            ("July 2008", "DATE", "2008-07"),
            ("the first few weeks", "DURATION", "PXW"),
            ("every three hours", "SET", "PT3H"),
            ("the past fortnight", "DURATION", "P2W"),
            ("Monday", "DATE", "2013-06-17"),
            ("July", "DATE", "2013-07"),
            ("Saturday", "DATE", "2013-06-22"),
            ("daily", "SET", "P1D"),
            ("11am", "TIME", "XXXX-XX-XXT11:00"),
            ("3.30pm", "TIME", "XXXX-XX-XXT15:30"),
            ("midnight", "TIME", "2013-06-30T24:00"),
            ("Sunday 30 June", "DATE", "2013-06-30"),
            ("Wednesday 3 July", "DATE", "2013-07-03"),
            ("48 hours", "DURATION", "PT48H"),
            ("this weekend", "DATE", "2013-W25-WE"),
            ("five years", "DURATION", "P5Y"),
            ("the autumn of 2011", "DATE", "2011-FA"),
            ("last summer", "DATE", "2012-SU"),
            ("about a year", "DURATION", "P1Y"),
            ("9.30am", "TIME", "XXXX-XX-XXT09:30"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("every day", "SET", "P1D"),
            ("31 August", "DATE", "2013-08-31"),
        ],
    ),
    # Tuesday 2014-09-16 (ISO week 38), US newspaper website, byline "Staff Writer", stamp
    # "Published 5:47 pm, Tuesday, September 16, 2014" (clock time and date two TIMEX3),
    # "CRESSWELL, Ohio —" dateline; "today" the publication day. Admiral died "Monday morning"
    # 2014-09-15TMO; "shortly after 7 a.m." -> "7 a.m." 2014-09-15T07:00 ("shortly after" a
    # signal, gold_blind7) and "8:15 a.m." the same day; "Monday afternoon" 2014-09-15TAF.
    # Ahead: memorial "2 p.m. Saturday" 2014-09-20 (two TIMEX3), "Wednesday morning"
    # 2014-09-17TMO, the condolence book "through Sunday" 2014-09-21, members' night "set for
    # Thursday" 2014-09-18. "for 63 years" P63Y; "around 1904" DATE 1904 (approximator kept);
    # "last fall" in September is the fall of 2013 (the one of 2014 has not begun);
    # "May" 2014-05; "the 1950s and 1960s" two DATEs 195 and 196; "this week" 2014-W38; "within
    # two weeks" P2W; "from 10 a.m. to 4 p.m. daily" hours of a recurring opening with SET
    # P1D; "annual members' night" SET P1Y (adjective naming a recurrence, gold_blind35);
    # "the end of October" 2014-10; "for the winter" ahead in September 2015-WI (a winter
    # takes the year of its January, gold_blind103); "the next few weeks" PXW; "this year"
    # 2014. Not annotated: "century-old", "about 110" and "71-year-old" (ages, gold_blind37),
    # "that time" (anaphoric), "R-51", "412 pounds", "1,400", "Generations", "right away",
    # "614-555-0190".
    "cresswell-zoo-tortoise-admiral-dies": (
        "2014-09-16",
        [
            ("5:47 pm", "TIME", "2014-09-16T17:47"),
            ("Tuesday, September 16, 2014", "DATE", "2014-09-16"),
            ("63 years", "DURATION", "P63Y"),
            ("Monday morning", "TIME", "2014-09-15TMO"),
            ("today", "DATE", "2014-09-16"),
            ("7 a.m.", "TIME", "2014-09-15T07:00"),
            ("2006", "DATE", "2006"),
            ("8:15 a.m.", "TIME", "2014-09-15T08:15"),
            ("1951", "DATE", "1951"),
            ("the 1980s", "DATE", "198"),
            ("around 1904", "DATE", "1904"),
            ("last fall", "DATE", "2013-FA"),
            ("recent weeks", "DATE", "PAST_REF"),
            ("Sept. 2", "DATE", "2014-09-02"),
            ("May", "DATE", "2014-05"),
            ("the 1950s", "DATE", "195"),
            ("1960s", "DATE", "196"),
            ("1972", "DATE", "1972"),
            ("this week", "DATE", "2014-W38"),
            ("two weeks", "DURATION", "P2W"),
            ("Monday afternoon", "TIME", "2014-09-15TAF"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("4 p.m.", "TIME", "XXXX-XX-XXT16:00"),
            ("daily", "SET", "P1D"),
            ("Sunday", "DATE", "2014-09-21"),
            ("2 p.m.", "TIME", "2014-09-20T14:00"),
            ("Saturday", "DATE", "2014-09-20"),
            ("Wednesday morning", "TIME", "2014-09-17TMO"),
            ("annual", "SET", "P1Y"),
            ("Thursday", "DATE", "2014-09-18"),
            ("1967", "DATE", "1967"),
            ("the end of October", "DATE", "2014-10"),
            ("the winter", "DATE", "2015-WI"),
            ("the next few weeks", "DURATION", "PXW"),
            ("this year", "DATE", "2014"),
        ],
    ),
    # Wednesday 2012-10-10 (ISO week 41), Australian regional paper's website, stamp "10 Oct,
    # 2012 11:20 AM" (date and clock time two TIMEX3, gold_blind103), byline, no dateline.
    # Past weekdays: the first chick "on Saturday morning" 2012-10-06TMO, the second "on
    # Monday" 2012-10-08, "on Sunday night" 2012-10-07TNI, "By Monday morning" 2012-10-08TMO;
    # "yesterday" 2012-10-09. "early September" 2012-09; "about 35 days" P35D and "up to four
    # days" P4D (modifiers kept); "the next eight weeks" P8W; "every morning" SET
    # XXXX-XX-XXTMO; "since the winter" -> "the winter" 2012-WI, the southern winter of 2012
    # valued in the year it falls in (gold_blind103); "the end of next week" 2012-W42 (the
    # modifier not recorded, gold_blind59); "December" 2012-12 and "1 November" 2012-11-01
    # ahead; "a fortnight" P2W; feeding "at 10.30am and 2pm daily" and "open from 9am to 5pm"
    # recurring hours XXXX-XX-XXThh:mm; "later this month" 2012-10; "nine months" P9M; "the
    # past decade" P10Y; "every year" SET P1Y; "for years" -> "years" PXY. Not annotated:
    # "last season" and "a record breeding season" (a breeding season has no calendar unit,
    # like "this season" in gold_blind103), "at about three weeks old" (an age), "40g",
    # "28 birds", "12 new nest boxes", "Tank 3", "$32", "1300 555 268".
    "bellhaven-aquarium-penguin-chicks": (
        "2012-10-10",
        [
            ("10 Oct, 2012", "DATE", "2012-10-10"),
            ("11:20 AM", "TIME", "2012-10-10T11:20"),
            ("Saturday morning", "TIME", "2012-10-06TMO"),
            ("Monday", "DATE", "2012-10-08"),
            ("yesterday", "DATE", "2012-10-09"),
            ("early September", "DATE", "2012-09"),
            ("2009", "DATE", "2009"),
            ("about 35 days", "DURATION", "P35D"),
            ("up to four days", "DURATION", "P4D"),
            ("Sunday night", "TIME", "2012-10-07TNI"),
            ("Monday morning", "TIME", "2012-10-08TMO"),
            ("the next eight weeks", "DURATION", "P8W"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("2010", "DATE", "2010"),
            ("the winter", "DATE", "2012-WI"),
            ("the end of next week", "DATE", "2012-W42"),
            ("December", "DATE", "2012-12"),
            ("1 November", "DATE", "2012-11-01"),
            ("a fortnight", "DURATION", "P2W"),
            ("10.30am", "TIME", "XXXX-XX-XXT10:30"),
            ("2pm", "TIME", "XXXX-XX-XXT14:00"),
            ("daily", "SET", "P1D"),
            ("later this month", "DATE", "2012-10"),
            ("nine months", "DURATION", "P9M"),
            ("the past decade", "DURATION", "P10Y"),
            ("2004", "DATE", "2004"),
            ("March 1998", "DATE", "1998-03"),
            ("every year", "SET", "P1Y"),
            ("2001", "DATE", "2001"),
            ("years", "DURATION", "PXY"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
        ],
    ),
    # Monday 2015-01-26 (ISO week 5), nonprofit's press release on a wire, headline, deck,
    # dateline "PORT ELLIS, Maine, Jan. 26, 2015 /PRNewswire/ --"; "today" the release day.
    # "since November" 2014-11 and "mid-November" 2014-11; "last winter" in January 2015 is the
    # winter of 2013-14, 2014-WI (the current one is 2015-WI; gold_blind103); "Dec. 20"
    # 2014-12-20, "Jan. 9" 2015-01-09; "at least 30 days" P30D; "about five months" P5M; "early
    # April" 2015-04 (deck and body); "every four hours" SET PT4H; "every weekend" SET
    # XXXX-WXX-WE; "Thanksgiving" 2014 is the fourth Thursday of November, 2014-11-27; "the
    # past five years" P5Y. The aquarium's fiscal year is described ("fiscal 2015, which ends
    # June 30"): July-June, named by the year it ends (gold_blind13): "fiscal 2015" FY2015,
    # "June 30" 2015-06-30, "fiscal 2014" FY2014, and "the quarter ended Dec. 31" its second
    # quarter (October-December 2014), FY2015-Q2, with "Dec. 31" 2014-12-31. "by the end of
    # March" 2015-03; feedings "at 1 p.m. on Saturdays and Sundays through March" -> TIME
    # XXXX-XX-XXT13:00, SETs XXXX-WXX-6 and XXXX-WXX-7, "March" 2015-03; the talk "Wednesday at
    # 6:30 p.m." 2015-01-28 (ahead); the seals "last spring" 2014-SP, returned "on Friday"
    # 2015-01-23 "after eight months" P8M. Not annotated: "Record Rescue Season", "41",
    # "Thirty-seven", "45 degrees", "Pool 2", "around the clock", "Kemp's ridleys",
    # "$410,000", "30%", "$168,000", "$150,000", "Route 1", "352,000", "600", "207-555-0178".
    "harbor-light-aquarium-sea-turtle-rescue": (
        "2015-01-26",
        [
            ("early April", "DATE", "2015-04"),
            ("Jan. 26, 2015", "DATE", "2015-01-26"),
            ("today", "DATE", "2015-01-26"),
            ("November", "DATE", "2014-11"),
            ("last winter", "DATE", "2014-WI"),
            ("2003", "DATE", "2003"),
            ("mid-November", "DATE", "2014-11"),
            ("Dec. 20", "DATE", "2014-12-20"),
            ("Jan. 9", "DATE", "2015-01-09"),
            ("at least 30 days", "DURATION", "P30D"),
            ("about five months", "DURATION", "P5M"),
            ("every four hours", "SET", "PT4H"),
            ("early April", "DATE", "2015-04"),
            ("every weekend", "SET", "XXXX-WXX-WE"),
            ("Thanksgiving", "DATE", "2014-11-27"),
            ("the past five years", "DURATION", "P5Y"),
            ("fiscal 2015", "DATE", "FY2015"),
            ("June 30", "DATE", "2015-06-30"),
            ("fiscal 2014", "DATE", "FY2014"),
            ("the quarter", "DATE", "FY2015-Q2"),
            ("Dec. 31", "DATE", "2014-12-31"),
            ("the end of March", "DATE", "2015-03"),
            ("1 p.m.", "TIME", "XXXX-XX-XXT13:00"),
            ("Saturdays", "SET", "XXXX-WXX-6"),
            ("Sundays", "SET", "XXXX-WXX-7"),
            ("March", "DATE", "2015-03"),
            ("Wednesday", "DATE", "2015-01-28"),
            ("6:30 p.m.", "TIME", "2015-01-28T18:30"),
            ("last spring", "DATE", "2014-SP"),
            ("Friday", "DATE", "2015-01-23"),
            ("eight months", "DURATION", "P8M"),
            ("1978", "DATE", "1978"),
            ("2014", "DATE", "2014"),
            ("2003", "DATE", "2003"),
        ],
    ),
    # Saturday 2015-04-11 (ISO week 15), Irish daily, headline, standfirst, byline, date line
    # "Saturday 11 April 2015"; "yesterday" Friday 2015-04-10. The report was published "on
    # Thursday" 2015-04-09; Mr Mahon meets inspectors "on Tuesday" 2015-04-14 (ahead). "six
    # months" (headline and lead) P6M; "October" (standfirst and body, ahead) 2015-10;
    # "earlier this year" 2015; "since last summer" 2014-SU; "17 February" and "3 March" 2015;
    # "more than a year" P1Y (modifier kept); "September 2013"; "in March" (past) 2015-03;
    # "next month" 2015-05; "22 years" P22Y; "over the winter" just past in April -> "the
    # winter" 2015-WI (the winter of 2014-15 takes the year of its January); "January"
    # 2015-01; "the end of 2016" the year's value (gold_blind35); "within 28 days" P28D;
    # "every four years" SET P4Y; "twice a year" SET P1Y (a count in a period keeps the period,
    # like "twice a week" in gold_blind35); "now" PRESENT_REF; "are now annual" SET P1Y;
    # "the past two years" P2Y; "Good Friday" 2015 is 2015-04-03 (Easter Sunday 5 April);
    # "daily from 10am to 6pm" SET with recurring hours; "until September" 2015-09. Not
    # annotated: "18C", "Pen 9", "19" (an age), "at any time", "the season", "14 complaints",
    # "€11", "0505 555 2016" (after the annotated "the end of 2016").
    "kilbrack-wildlife-park-welfare-inspection": (
        "2015-04-11",
        [
            ("six months", "DURATION", "P6M"),
            ("October", "DATE", "2015-10"),
            ("Saturday 11 April 2015", "DATE", "2015-04-11"),
            ("six months", "DURATION", "P6M"),
            ("earlier this year", "DATE", "2015"),
            ("Thursday", "DATE", "2015-04-09"),
            ("last summer", "DATE", "2014-SU"),
            ("17 February", "DATE", "2015-02-17"),
            ("3 March", "DATE", "2015-03-03"),
            ("2014", "DATE", "2014"),
            ("more than a year", "DURATION", "P1Y"),
            ("September 2013", "DATE", "2013-09"),
            ("March", "DATE", "2015-03"),
            ("next month", "DATE", "2015-05"),
            ("22 years", "DURATION", "P22Y"),
            ("the winter", "DATE", "2015-WI"),
            ("Tuesday", "DATE", "2015-04-14"),
            ("January", "DATE", "2015-01"),
            ("the end of 2016", "DATE", "2016"),
            ("28 days", "DURATION", "P28D"),
            ("yesterday", "DATE", "2015-04-10"),
            ("October", "DATE", "2015-10"),
            ("every four years", "SET", "P4Y"),
            ("twice a year", "SET", "P1Y"),
            ("2012", "DATE", "2012"),
            ("now", "DATE", "PRESENT_REF"),
            ("annual", "SET", "P1Y"),
            ("the past two years", "DURATION", "P2Y"),
            ("Good Friday", "DATE", "2015-04-03"),
            ("daily", "SET", "P1D"),
            ("10am", "TIME", "XXXX-XX-XXT10:00"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("September", "DATE", "2015-09"),
        ],
    ),
    # Friday 2013-02-22 (ISO week 8), US local TV station's website, headline ("before noon
    # Monday"), stamps "Posted: Feb 22, 2013 7:05 AM EST" and "Updated: ... 4:30 PM EST" (date
    # and clock time two TIMEX3, the zone in the span and not in the value), byline, "BRENTON,
    # Pa. (WBRT) -" dateline; "today" the publication day. Voting "opened Wednesday" 2013-02-20
    # and "closes at noon Monday" 2013-02-25T12:00 plus "Monday" 2013-02-25 (headline and
    # body); "next Tuesday" in a Friday story is the coming Tuesday, 2013-02-26 (gold_blind6).
    # "Jan. 29", "Feb. 5", "Feb. 12", "Jan. 30" 2013; "about 15 months" P15M; "her first two
    # weeks" P2W (an ordinal period with its possessive, gold_blind35); "from 10 a.m. to 3
    # p.m. each day" recurring hours with SET P1D; "about every three hours" SET PT3H (the
    # modifier kept, like "almost every day"); "Within a month" -> "a month" P1M; "April"
    # 2013-04; Tembo "turns one next month" -> "next month" 2013-03 (the age is not
    # annotated); "the spring" ahead 2013-SP; "Saturday, March 30" one DATE 2013-03-30;
    # "twice a day" SET P1D with "11 a.m." and "2 p.m." XXXX-XX-XXThh:mm; "the summer of 2010"
    # 2010-SU; "Last year's naming contest" -> "Last year" 2012. Not annotated: the
    # finalists' names "Winter" and "Sunday", "6 feet", "132 pounds", "2,600", "50 degrees",
    # "nighttime", "third calf", "fourth giraffe birth", "18,000", "wbrt.com/giraffe2013".
    "brenton-zoo-giraffe-calf-naming-vote": (
        "2013-02-22",
        [
            ("noon", "TIME", "2013-02-25T12:00"),
            ("Monday", "DATE", "2013-02-25"),
            ("Feb 22, 2013", "DATE", "2013-02-22"),
            ("7:05 AM EST", "TIME", "2013-02-22T07:05"),
            ("Feb 22, 2013", "DATE", "2013-02-22"),
            ("4:30 PM EST", "TIME", "2013-02-22T16:30"),
            ("Jan. 29", "DATE", "2013-01-29"),
            ("about 15 months", "DURATION", "P15M"),
            ("Feb. 5", "DATE", "2013-02-05"),
            ("Wednesday", "DATE", "2013-02-20"),
            ("noon", "TIME", "2013-02-25T12:00"),
            ("Monday", "DATE", "2013-02-25"),
            ("next Tuesday", "DATE", "2013-02-26"),
            ("today", "DATE", "2013-02-22"),
            ("her first two weeks", "DURATION", "P2W"),
            ("Feb. 12", "DATE", "2013-02-12"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("3 p.m.", "TIME", "XXXX-XX-XXT15:00"),
            ("each day", "SET", "P1D"),
            ("about every three hours", "SET", "PT3H"),
            ("a month", "DURATION", "P1M"),
            ("April", "DATE", "2013-04"),
            ("next month", "DATE", "2013-03"),
            ("the spring", "DATE", "2013-SP"),
            ("Saturday, March 30", "DATE", "2013-03-30"),
            ("twice a day", "SET", "P1D"),
            ("11 a.m.", "TIME", "XXXX-XX-XXT11:00"),
            ("2 p.m.", "TIME", "XXXX-XX-XXT14:00"),
            ("2004", "DATE", "2004"),
            ("2006", "DATE", "2006"),
            ("the summer of 2010", "DATE", "2010-SU"),
            ("Last year", "DATE", "2012"),
            ("Jan. 30", "DATE", "2013-01-30"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
