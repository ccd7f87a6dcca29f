"""Annotations of the hundred-and-thirty-eighth blind gold set, chosen by hand before the tagger
ran.

    python tests/data/gold_blind138/annotate.py [--show]

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
    # Saturday 2013-11-16 (ISO week 46), British leading article, label "Leader", headline,
    # standfirst, print date line "Saturday 16 November 2013" (one DATE span), no byline.
    # Past weekdays: Harcastle's rise "On Tuesday" 2013-11-12, the regulator "On Thursday"
    # 2013-11-14; ahead: the frost "this weekend", the current weekend of a Saturday paper,
    # 2013-W46-WE (gold_blind4), and "by Monday" 2013-11-18. "the fourth large supplier in a
    # month" -> "a month" P1M, the period of an ordinal count ("the third time in two weeks",
    # gold_blind103); the rise applies "from 6 January", 2014-01-06. "Every autumn" SET
    # XXXX-FA and "every winter" SET XXXX-WI (gold_blind44, gold_blind50); "This year" 2013.
    # "The coming winter" is the winter of 2013-14, 2014-WI, and "Last winter" that of
    # 2012-13, 2013-WI, a winter taking the year of its January (gold_blind97, gold_blind103).
    # "next month's summit" -> "next month" 2013-12 (possessive dropped, gold_blind35).
    # "2013-14" (a UK government budget) is the financial year April 2013-March 2014, FY2014,
    # one span (gold_blind63); "raided as it was in May" 2013-05. The advice line's hours recur
    # ("closes at 6pm", "until 10pm every day"): XXXX-XX-XXT18:00, XXXX-XX-XXT22:00 and SET
    # P1D; "from December to February" 2013-12 and 2014-02. "A decade ago" 2003 and "a year
    # ago" 2012 at the unit's granularity; "the 1970s" 197; "recent years" PAST_REF, "these
    # days" PRESENT_REF; "more than two years" P2Y (since April 2011). Not annotated: "by the
    # end of this parliament" (standfirst and body; a parliament's term is an institutional
    # period with no calendar value, like "by the next election" in gold_blind50), "For too
    # long" (no length, gold_blind36), "So far", "overnight" (an idiom), "over 75" (an age),
    # "8.9%", "£1,310", "a million homes", "212,000", "61,000", "a tenth", "4.5 million",
    # "31,000", "£540m", "0800 555 1963" (a phone number holding 1963, beside "since 1963").
    "cold-homes-insulation-leader": (
        "2013-11-16",
        [
            ("Saturday 16 November 2013", "DATE", "2013-11-16"),
            ("Every autumn", "SET", "XXXX-FA"),
            ("every winter", "SET", "XXXX-WI"),
            ("This year", "DATE", "2013"),
            ("Tuesday", "DATE", "2013-11-12"),
            ("a month", "DURATION", "P1M"),
            ("6 January", "DATE", "2014-01-06"),
            ("Thursday", "DATE", "2013-11-14"),
            ("2008", "DATE", "2008"),
            ("April 2011", "DATE", "2011-04"),
            ("the past year", "DURATION", "P1Y"),
            ("a year ago", "DATE", "2012"),
            ("the 1970s", "DATE", "197"),
            ("A decade ago", "DATE", "2003"),
            ("2010", "DATE", "2010"),
            ("recent years", "DATE", "PAST_REF"),
            ("these days", "DATE", "PRESENT_REF"),
            ("The coming winter", "DATE", "2014-WI"),
            ("Last winter", "DATE", "2013-WI"),
            ("1963", "DATE", "1963"),
            ("next month", "DATE", "2013-12"),
            ("2013-14", "DATE", "FY2014"),
            ("May", "DATE", "2013-05"),
            ("March 2015", "DATE", "2015-03"),
            ("five years", "DURATION", "P5Y"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("10pm", "TIME", "XXXX-XX-XXT22:00"),
            ("every day", "SET", "P1D"),
            ("December", "DATE", "2013-12"),
            ("February", "DATE", "2014-02"),
            ("this weekend", "DATE", "2013-W46-WE"),
            ("Monday", "DATE", "2013-11-18"),
            ("more than two years", "DURATION", "P2Y"),
        ],
    ),
    # Tuesday 2014-03-11 (ISO week 11), US unsigned editorial on a state bill, label, headline
    # ("before April 30"), date line "Tuesday, March 11, 2014", no byline. The House passed
    # the bill "last Thursday", the most recent Thursday before publication, 2014-03-06
    # (gold_blind40, gold_blind50), "After nearly four hours of debate" PT4H; the chairwoman
    # "said Friday" 2014-03-07 (past); the hearing "for 1:30 p.m. Wednesday" and "should hear
    # the bill Wednesday" 2014-03-12 (future). "In the 16 years since" (1998) -> "the 16
    # years" P16Y, a duration anchored to a date like "the six months before an election"
    # (gold_blind50). "a two-week loan" adjectival DURATION; "paid every two weeks" SET P2W;
    # "report ... quarterly" SET P3M. The state's fiscal year runs July-June and is named by
    # the year it ends: "fiscal 2015, which begins July 1" FY2015 plus 2014-07-01. "last
    # spring" said in March is the spring of 2013 (spring 2014 has not begun); "two years ago"
    # 2012; "this month" and "the end of the month" 2014-03; "next week" 2014-W12; "April"
    # 2014-04; "5 p.m. today" a TIME and a DATE on the publication day. Not annotated: "House
    # Bill 1418", "64-35", "an annual rate of 36 percent" ("annual" names the period of a
    # rate, like "its usual monthly total" in gold_blind103), "the next payday" and "payday"
    # (an event, and part of a name of a loan), "on time", "For too long" (gold_blind36),
    # "the spring recess" (a legislative holiday; its "spring" is no calendar season, like
    # "the summer recess" in gold_blind25), "statehousebills.org/2014/HB1418" (a URL),
    # "717-555-1998" (a phone number holding 1998, beside "since 1998"), "412", "$350",
    # "$52.50", "Fourteen states", "$1.9 million", "$240,000", "R-Easton".
    "payday-loan-cap-editorial": (
        "2014-03-11",
        [
            ("April 30", "DATE", "2014-04-30"),
            ("Tuesday, March 11, 2014", "DATE", "2014-03-11"),
            ("last Thursday", "DATE", "2014-03-06"),
            ("nearly four hours", "DURATION", "PT4H"),
            ("1:30 p.m.", "TIME", "2014-03-12T13:30"),
            ("Wednesday", "DATE", "2014-03-12"),
            ("April 30", "DATE", "2014-04-30"),
            ("1998", "DATE", "1998"),
            ("the 16 years", "DURATION", "P16Y"),
            ("two-week", "DURATION", "P2W"),
            ("every two weeks", "SET", "P2W"),
            ("last year", "DATE", "2013"),
            ("five months", "DURATION", "P5M"),
            ("recent years", "DATE", "PAST_REF"),
            ("January 2012", "DATE", "2012-01"),
            ("Jan. 1, 2015", "DATE", "2015-01-01"),
            ("18 months", "DURATION", "P18M"),
            ("quarterly", "SET", "P3M"),
            ("fiscal 2015", "DATE", "FY2015"),
            ("July 1", "DATE", "2014-07-01"),
            ("Friday", "DATE", "2014-03-07"),
            ("this month", "DATE", "2014-03"),
            ("two years ago", "DATE", "2012"),
            ("last spring", "DATE", "2013-SP"),
            ("seven weeks", "DURATION", "P7W"),
            ("next week", "DATE", "2014-W12"),
            ("Wednesday", "DATE", "2014-03-12"),
            ("the end of the month", "DATE", "2014-03"),
            ("April", "DATE", "2014-04"),
            ("5 p.m.", "TIME", "2014-03-11T17:00"),
            ("today", "DATE", "2014-03-11"),
        ],
    ),
    # Friday 2012-11-30 (ISO week 48), Irish daily's opinion column looking back on its own
    # first ten years, label, headline ("Ten years on"), standfirst ("a decade of this
    # column"), byline, web stamp "Fri, Nov 30, 2012, 01:00" (a DATE and a TIME, like "Sat, Jan
    # 24, 2015, 01:00" in gold_blind60; "Fri" checked by hand: 2012-11-30 is a Friday). The
    # first column: "ten years ago this week" one span, the ISO week ten years back, 2002-W48
    # (gold_blind30, gold_blind46), and "Friday, November 29th, 2002" (a Friday in 2002-W48)
    # one DATE span. "Ten years on" takes the unit's granularity from 2002, 2012
    # (gold_blind10, gold_blind26); "a decade" of the column DURATION P10Y; "A decade ago"
    # 2002. "Christmas 2003" 2003-12-25 (gold_blind98); "three years late" the size of a
    # delay, P3Y (gold_blind35); "the spring of 2003" one span and "four years later" after it
    # 2007; "the 2011 census" an adjectival year, "2011". The bus "ran every 20 minutes" SET
    # PT20M, "These days it runs hourly" SET PT1H, "the last one leaves at 10.15pm" a clock
    # time on no particular day, XXXX-XX-XXT22:15 (gold_blind50). "every Friday since that
    # first one" SET XXXX-WXX-5 ("since that first one" anaphoric, left out); "For the first
    # five years" an ordinal period of the column, P5Y (gold_blind50); "the past four years"
    # P4Y. "last month, on October 22nd" 2012-10 and 2012-10-22; "reopened in June" 2012-06;
    # "in January" ahead 2013-01; "The next decade" P10Y (like "the coming decade",
    # gold_blind50); "next Friday" a week ahead of a Friday paper, 2012-12-07 (gold_blind5,
    # gold_blind68). Not annotated: "the Leaving Cert" (an exam), "under-21" (an age group),
    # "three-bed", "€189,000", "€410,000", "6,100", "9,400", "31", "11", "some 500".
    "carrigmore-decade-column": (
        "2012-11-30",
        [
            ("Ten years on", "DATE", "2012"),
            ("a decade", "DURATION", "P10Y"),
            ("Fri, Nov 30, 2012", "DATE", "2012-11-30"),
            ("01:00", "TIME", "2012-11-30T01:00"),
            ("ten years ago this week", "DATE", "2002-W48"),
            ("Friday, November 29th, 2002", "DATE", "2002-11-29"),
            ("1994", "DATE", "1994"),
            ("Christmas 2003", "DATE", "2003-12-25"),
            ("the summer of 2006", "DATE", "2006-SU"),
            ("three years", "DURATION", "P3Y"),
            ("2010", "DATE", "2010"),
            ("A decade ago", "DATE", "2002"),
            ("the spring of 2003", "DATE", "2003-SP"),
            ("four years later", "DATE", "2007"),
            ("2002", "DATE", "2002"),
            ("2011", "DATE", "2011"),
            ("every 20 minutes", "SET", "PT20M"),
            ("These days", "DATE", "PRESENT_REF"),
            ("hourly", "SET", "PT1H"),
            ("10.15pm", "TIME", "XXXX-XX-XXT22:15"),
            ("now", "DATE", "PRESENT_REF"),
            ("2009", "DATE", "2009"),
            ("the past year", "DURATION", "P1Y"),
            ("every Friday", "SET", "XXXX-WXX-5"),
            ("the first five years", "DURATION", "P5Y"),
            ("the autumn of 2008", "DATE", "2008-FA"),
            ("the past four years", "DURATION", "P4Y"),
            ("2001", "DATE", "2001"),
            ("last month", "DATE", "2012-10"),
            ("October 22nd", "DATE", "2012-10-22"),
            ("18 months", "DURATION", "P18M"),
            ("2011", "DATE", "2011"),
            ("2012", "DATE", "2012"),
            ("June", "DATE", "2012-06"),
            ("The next decade", "DURATION", "P10Y"),
            ("January", "DATE", "2013-01"),
            ("the 1980s", "DATE", "198"),
            ("next Friday", "DATE", "2012-12-07"),
        ],
    ),
    # Thursday 2015-02-19 (ISO week 8), Australian metropolitan paper's opinion piece on the
    # thirtieth anniversary of a bushfire, label, headline, byline, stamp "February 19, 2015 -
    # 12:15AM" (a DATE and a TIME 2015-02-19T00:15), author's note at the foot. The headline's
    # "Thirty years after the Tallowood fires" is a duration anchored to an event, P30Y ("Two
    # Weeks After Quake", gold_blind35). "Thirty years ago this week" one span 1985-W08; the
    # apposed "the afternoon of Wednesday, 20 February 1985" one TIME span 1985-02-20TAF
    # (gold_blind50), which falls in 1985-W08. That day's "7pm" 1985-02-20T19:00 and
    # "midnight" the end of it, 1985-02-20T24:00 (gold_blind103); "that night" 1985-02-20TNI
    # and "that Wednesday" 1985-02-20, narrative anchors (gold_blind26, gold_blind103). "of
    # eight months' standing" -> "eight months" P8M. The service "On Sunday ... at 11am" is
    # ahead, 2015-02-22 and 2015-02-22T11:00. Southern seasons, valued in the year they fall
    # in (gold_blind102, gold_blind103): "last spring" September-November 2014, 2014-SP, with
    # "9 October" 2014-10-09; "This summer" December 2014-February 2015, taking the year of its
    # January, 2015-SU; "The coming winter" June-August 2015, 2015-WI. The Australian
    # financial year runs July-June and is named by the year it ends (gold_blind9, gold_blind88):
    # "2015-16" FY2016, "2011-12" FY2012; the budget "due in June" 2015-06. "Today" meaning
    # nowadays PRESENT_REF (gold_blind50); "within minutes" -> "minutes" PTXM (gold_blind82);
    # "after 61 years" P61Y (like "after 200 years", gold_blind50); "For three decades" P30Y;
    # "a decade ago" 2005; "Thirty years on" 2015. Not annotated: "the anniversary", "the
    # cool months" (no calendar unit), "on record", "around the clock", "34" and "over 60"
    # (ages), "41 homes", "nine people", "300 neighbours", "$4.2 million", "22", "58",
    # "1800 555 198" (a phone number), "the next one".
    "tallowood-fires-thirty-years": (
        "2015-02-19",
        [
            ("Thirty years", "DURATION", "P30Y"),
            ("February 19, 2015", "DATE", "2015-02-19"),
            ("12:15AM", "TIME", "2015-02-19T00:15"),
            ("Thirty years ago this week", "DATE", "1985-W08"),
            ("the afternoon of Wednesday, 20 February 1985", "TIME", "1985-02-20TAF"),
            ("7pm", "TIME", "1985-02-20T19:00"),
            ("midnight", "TIME", "1985-02-20T24:00"),
            ("eight months", "DURATION", "P8M"),
            ("that night", "TIME", "1985-02-20TNI"),
            ("that Wednesday", "DATE", "1985-02-20"),
            ("Sunday", "DATE", "2015-02-22"),
            ("11am", "TIME", "2015-02-22T11:00"),
            ("1985", "DATE", "1985"),
            ("the 1990s", "DATE", "199"),
            ("the 1980s", "DATE", "198"),
            ("now", "DATE", "PRESENT_REF"),
            ("last spring", "DATE", "2014-SP"),
            ("9 October", "DATE", "2014-10-09"),
            ("This summer", "DATE", "2015-SU"),
            ("The coming winter", "DATE", "2015-WI"),
            ("the past three years", "DURATION", "P3Y"),
            ("June", "DATE", "2015-06"),
            ("2015-16", "DATE", "FY2016"),
            ("2011-12", "DATE", "FY2012"),
            ("1985", "DATE", "1985"),
            ("Today", "DATE", "PRESENT_REF"),
            ("minutes", "DURATION", "PTXM"),
            ("2009", "DATE", "2009"),
            ("61 years", "DURATION", "P61Y"),
            ("three decades", "DURATION", "P30Y"),
            ("1985", "DATE", "1985"),
            ("a decade ago", "DATE", "2005"),
            ("Thirty years on", "DATE", "2015"),
            ("1987", "DATE", "1987"),
            ("1995", "DATE", "1995"),
        ],
    ),
    # Wednesday 2013-03-27 (ISO week 13), Canadian paper's editorial on a provincial budget,
    # label, headline, paper name, date line "Wednesday, March 27, 2013". The budget was
    # "tabled Tuesday" 2013-03-26; the non-confidence motion comes "Thursday" 2013-03-28 and
    # the vote "April 9". The province's fiscal year runs April-March and is named by the year
    # it ends: "the fiscal year that ends Sunday" -> "the fiscal year" FY2013 plus "Sunday"
    # 2013-03-31; "2013-14, which begins Monday" FY2014 plus 2013-04-01; "2015-16" FY2016;
    # "2007-08" FY2008 (gold_blind63, gold_blind75, gold_blind88). "the third quarter,
    # October to December" is the third quarter of that fiscal year, FY2013-Q3, with
    # "October" 2012-10 and "December" 2012-12 (gold_blind49's FY2014-Q1). "two years later
    # than he promised" the size of a delay, P2Y; "last spring" in March 2013 is 2012-SP;
    # "the $790 million forecast in November" 2012-11; "a two-year wage freeze" adjectival
    # DURATION; "the next three years" P3Y; "the past 20 years" P20Y and "the mid-1990s" 199;
    # "February" 2013-02; "this year" 2013, "next year" 2014 and "last year" 2012 by their
    # wording (gold_blind35); "from April 1" 2013-04-01; "the quarterly updates he promised"
    # an adjectival frequency naming a recurrence, SET P3M (gold_blind35's "monthly leak
    # surveys"); "beginning in August" 2013-08; "October 2014" 2014-10. Not annotated: "the
    # out years" (budget jargon for unspecified later years, no value), "For too long", "on
    # time", "the election" (its "October 2014" is annotated), "$1.18 billion", "$790
    # million", "$210 million", "$640 million", "1.5 per cent", "8.1 per cent", "2.3 per
    # cent", "2.6 per cent", "$62 million", "$200", "31 of 55 seats", "1-888-555-2013" (a
    # phone number holding 2013), "kvstar.ca/budget2013" (a URL holding 2013).
    "provincial-budget-balance-editorial": (
        "2013-03-27",
        [
            ("Wednesday, March 27, 2013", "DATE", "2013-03-27"),
            ("Tuesday", "DATE", "2013-03-26"),
            ("2008", "DATE", "2008"),
            ("2015-16", "DATE", "FY2016"),
            ("two years", "DURATION", "P2Y"),
            ("last spring", "DATE", "2012-SP"),
            ("the fiscal year", "DATE", "FY2013"),
            ("Sunday", "DATE", "2013-03-31"),
            ("now", "DATE", "PRESENT_REF"),
            ("November", "DATE", "2012-11"),
            ("the third quarter", "DATE", "FY2013-Q3"),
            ("October", "DATE", "2012-10"),
            ("December", "DATE", "2012-12"),
            ("2013-14", "DATE", "FY2014"),
            ("Monday", "DATE", "2013-04-01"),
            ("two-year", "DURATION", "P2Y"),
            ("March 31, 2014", "DATE", "2014-03-31"),
            ("the next three years", "DURATION", "P3Y"),
            ("the past 20 years", "DURATION", "P20Y"),
            ("the mid-1990s", "DATE", "199"),
            ("February", "DATE", "2013-02"),
            ("1997", "DATE", "1997"),
            ("this year", "DATE", "2013"),
            ("next year", "DATE", "2014"),
            ("last year", "DATE", "2012"),
            ("April 1", "DATE", "2013-04-01"),
            ("2011", "DATE", "2011"),
            ("2007-08", "DATE", "FY2008"),
            ("Thursday", "DATE", "2013-03-28"),
            ("April 9", "DATE", "2013-04-09"),
            ("October 2014", "DATE", "2014-10"),
            ("quarterly", "SET", "P3M"),
            ("August", "DATE", "2013-08"),
        ],
    ),
    # Monday 2015-08-31 (ISO week 36), US paper's guest op-ed, label "GUEST OPINION",
    # headline, byline, date line "Monday, August 31, 2015", author's note at the foot.
    # Classes resume "Sept. 8" 2015-09-08; the bell times recur on school days and are clock
    # times on no particular day: "by 6:25 a.m." XXXX-XX-XXT06:25, "at 7:10 a.m." and "a 7:10
    # start" XXXX-XX-XXT07:10, "before 11 p.m." XXXX-XX-XXT23:00, "8:30 or later"
    # XXXX-XX-XXT08:30 (gold_blind50). "For 26 years" P26Y (1989 to 2015); "shifts by about
    # two hours" the size of a shift, PT2H; "about nine hours", "less than seven hours", "six
    # hours" DURATIONs with their modifiers. "last spring" said in August is the spring of the
    # same year, 2015-SP (gold_blind35). "On Monday mornings" SET XXXX-WXX-1TMO (gold_blind50's
    # "Saturday mornings"). "In the three years since" (the fall of 2012) -> "the three years"
    # P3Y. The board "meets again Thursday at 7 p.m." 2015-09-03 and 2015-09-03T19:00; "the
    # 2016-17 school year" -> "2016" and the bare "17" 2017, "school year" left out
    # (gold_blind44, gold_blind101); "an hour later" the size of a shift, PT1H; "next fall"
    # 2016-FA, "this fall" 2015-FA; "a year to plan it" P1Y. "until midnight Friday" ->
    # "midnight" 2015-09-04T24:00 and "Friday" 2015-09-04; "this weekend" ahead in a Monday
    # paper, 2015-W36-WE (5-6 September). Not annotated: "at an hour when" (no length, no
    # clock time), "16-year-olds" (an age), "First bell", "Corwin T-2000" (a model number),
    # "5-4", "harlowschools.org/start2015" (a URL holding 2015), "the Harlow County Fair",
    # "11,400", "2,900", "61 percent", "more than 70 districts", "by a fifth", "$1.4 million",
    # "$212 million", "less than 1 percent".
    "school-start-times-guest-op-ed": (
        "2015-08-31",
        [
            ("Monday, August 31, 2015", "DATE", "2015-08-31"),
            ("Sept. 8", "DATE", "2015-09-08"),
            ("6:25 a.m.", "TIME", "XXXX-XX-XXT06:25"),
            ("7:10 a.m.", "TIME", "XXXX-XX-XXT07:10"),
            ("1989", "DATE", "1989"),
            ("26 years", "DURATION", "P26Y"),
            ("the 1990s", "DATE", "199"),
            ("about two hours", "DURATION", "PT2H"),
            ("11 p.m.", "TIME", "XXXX-XX-XXT23:00"),
            ("about nine hours", "DURATION", "PT9H"),
            ("last spring", "DATE", "2015-SP"),
            ("less than seven hours", "DURATION", "PT7H"),
            ("Monday mornings", "SET", "XXXX-WXX-1TMO"),
            ("These days", "DATE", "PRESENT_REF"),
            ("7:10", "TIME", "XXXX-XX-XXT07:10"),
            ("six hours", "DURATION", "PT6H"),
            ("recent years", "DATE", "PAST_REF"),
            ("8:30", "TIME", "XXXX-XX-XXT08:30"),
            ("the fall of 2012", "DATE", "2012-FA"),
            ("the three years", "DURATION", "P3Y"),
            ("2004", "DATE", "2004"),
            ("two years ago", "DATE", "2013"),
            ("Thursday", "DATE", "2015-09-03"),
            ("7 p.m.", "TIME", "2015-09-03T19:00"),
            ("2016", "DATE", "2016"),
            ("17", "DATE", "2017"),
            ("an hour", "DURATION", "PT1H"),
            ("next fall", "DATE", "2016-FA"),
            ("this fall", "DATE", "2015-FA"),
            ("a year", "DURATION", "P1Y"),
            ("midnight", "TIME", "2015-09-04T24:00"),
            ("Friday", "DATE", "2015-09-04"),
            ("this weekend", "DATE", "2015-W36-WE"),
            ("2011", "DATE", "2011"),
        ],
    ),
}

if __name__ == "__main__":
    write_set(HERE, GOLD, sys.argv)
